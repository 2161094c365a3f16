#!/usr/bin/env python3
"""Runs the contenders on the generated NO01 files and reports median wall time and peak RSS.

Repetitions are interleaved and the contender order rotates each repetition, so a burst of
load from other work on the machine falls on different contenders rather than on one.
Wall time is measured around the child process; peak RSS is GNU time's %M (the child's
maximum resident set, KiB).

Usage: driver.py --work DIR --rows 100000,1000000 --reps 3 [--floor BIN] [--venv DIR]
                 [--tonghop BIN | --tonghop-note TEXT] [--only NAME,...]
"""

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def measure(argv, log):
    """(exit status, wall seconds, peak RSS in KiB, CPU seconds) of one run; output goes to `log`.

    Peak RSS comes from GNU time, not from this process's wait4: a child forked from Python
    inherits Python's resident pages, and ru_maxrss keeps that high-water mark across exec,
    so a small program would show this driver's size instead of its own. CPU time (user +
    system, children included) is GNU time's too: on a machine shared with other work it
    moves far less than wall time.
    """
    rss_file = log + ".rss"
    with open(log, "wb") as out:
        start = time.perf_counter()
        status = subprocess.call(["/usr/bin/time", "-f", "%M %U %S", "-o", rss_file] + argv,
                                 stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        wall = time.perf_counter() - start
    with open(rss_file) as f:
        rss, user, system = f.read().split()[-3:]
    os.remove(rss_file)
    return status, wall, int(rss), float(user) + float(system)


def contenders(args):
    """name → function(csv, out dir) giving the command line; in the table's order."""
    py = os.path.join(args.venv, "bin", "python")
    peers = os.path.join(HERE, "peers.py")
    table = {}
    if args.tonghop:
        table["tonghop build"] = lambda csv, out: [args.tonghop, "build", csv, "--period", "2024-05", "--out", out]
        table["tonghop build --compression fast"] = lambda csv, out: [
            args.tonghop, "build", csv, "--period", "2024-05", "--out", out, "--compression", "fast"]
        table["tonghop check"] = lambda csv, out: [args.tonghop, "check", csv, "--period", "2024-05", "--quiet"]
    table["C floor (libxlsxwriter)"] = lambda csv, out: [args.floor, csv, os.path.join(out, "nha-o.xlsx")]
    if args.csv_floor:
        table["C RFC 4180 parse"] = lambda csv, out: [args.csv_floor, csv, ","]
    table["rustpy-xlsxwriter"] = lambda csv, out: [py, peers, "rustpy", csv, os.path.join(out, "nha-o.xlsx")]
    table["polars + rustpy-xlsxwriter"] = lambda csv, out: [py, peers, "polars", csv, os.path.join(out, "nha-o.xlsx")]
    table["xlsxwriter (Python)"] = lambda csv, out: [py, peers, "xlsxwriter", csv, os.path.join(out, "nha-o.xlsx")]
    table["pandas + xlsxwriter"] = lambda csv, out: [py, peers, "pandas", csv, os.path.join(out, "nha-o.xlsx")]
    # A Table Schema with NO01's types, enums, lengths and key: validation close to what a
    # form check does (no cross-field rules, no period bound; see docs/PERFORMANCE.md).
    schema = os.path.join(HERE, "no01.schema.json")
    table["frictionless validate"] = lambda csv, out: [
        os.path.join(args.venv, "bin", "frictionless"), "validate", "--trusted", "--schema", schema, csv]
    if args.only:
        wanted = args.only.split(",")
        table = {k: v for k, v in table.items() if any(w.lower() in k.lower() for w in wanted)}
    return table


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--work", required=True)
    parser.add_argument("--rows", default="100000,1000000")
    parser.add_argument("--reps", type=int, default=3)
    parser.add_argument("--floor", required=True)
    parser.add_argument("--csv-floor", help="the plain C RFC 4180 parse (bench/csvfloor/floor.c)")
    parser.add_argument("--venv", required=True)
    parser.add_argument("--tonghop")
    parser.add_argument("--tonghop-note", default="")
    parser.add_argument("--only", help="comma-separated parts of contender names")
    args = parser.parse_args()

    sizes = [int(n) for n in args.rows.split(",")]
    table = contenders(args)
    names = list(table)
    results = {}   # (name, n) → [(status, wall, rss, cpu)]
    runs_log = open(os.path.join(args.work, "runs.tsv"), "w")
    runs_log.write("contender\trows\trep\tstatus\twall_s\tpeak_rss_kib\tcpu_s\n")
    for n in sizes:
        csv = os.path.join(args.work, "data", f"no01-{n}.csv")
        for rep in range(args.reps):
            order = names[rep % len(names):] + names[:rep % len(names)]
            for name in order:
                out = os.path.join(args.work, "out", f"{slug(name)}-{n}")
                shutil.rmtree(out, ignore_errors=True)
                os.makedirs(out)
                log = os.path.join(args.work, "logs", f"{slug(name)}-{n}-{rep + 1}.log")
                os.makedirs(os.path.dirname(log), exist_ok=True)
                status, wall, rss, cpu = measure(table[name](csv, out), log)
                results.setdefault((name, n), []).append((status, wall, rss, cpu))
                runs_log.write(f"{name}\t{n}\t{rep + 1}\t{status}\t{wall:.3f}\t{rss}\t{cpu:.3f}\n")
                runs_log.flush()
                print(f"  {n:>9} rep {rep + 1}  {name:<24} {wall:8.2f} s {cpu:8.2f} s CPU {rss / 1024:8.1f} MiB"
                      + ("" if status == 0 else f"  exit {status}, see {log}"), flush=True)
                shutil.rmtree(out, ignore_errors=True)

    lines = report(results, names, sizes, args)
    print()
    print("\n".join(lines))
    with open(os.path.join(args.work, "results.md"), "w") as f:
        f.write("\n".join(lines) + "\n")
    return 0


def slug(name):
    return "".join(c if c.isalnum() else "-" for c in name.lower()).strip("-")


def report(results, names, sizes, args):
    """Two tables, wall time and CPU time: each contender's median beside the C floor and
    rustpy-xlsxwriter; `check` beside the plain C parse of the same file, a reader's floor."""
    bases = {"floor": "C floor (libxlsxwriter)", "rustpy": "rustpy-xlsxwriter", "parse": "C RFC 4180 parse"}
    lines = [f"Rows: {args.rows}; repetitions: {args.reps}; medians, highest peak RSS."]
    for title, k in (("wall time", 1), ("CPU time (user + system)", 3)):
        lines += [
            "",
            f"| contender | N | median {title} (s) | peak RSS (MiB) | / C floor | / rustpy-xlsxwriter | / C parse |",
            "|---|---:|---:|---:|---:|---:|---:|",
        ]
        for n in sizes:
            medians = {}
            for name in names:
                good = [run[k] for run in results.get((name, n), []) if run[0] == 0]
                if good:
                    medians[name] = statistics.median(good)

            def ratio(name, base):
                b = medians.get(bases[base])
                return f"{medians[name] / b:.2f}×" if b and name in medians else ""

            for name in names:
                runs = results[(name, n)]
                good = [run for run in runs if run[0] == 0]
                if not good:
                    lines.append(f"| {name} | {n:,} | failed (exit {runs[0][0]}) | | | | |")
                    continue
                rss = max(run[2] for run in good) / 1024
                note = "" if len(good) == len(runs) else f" ({len(runs) - len(good)} failed)"
                writes = name not in ("tonghop check", bases["parse"], "frictionless validate")
                lines.append(f"| {name}{note} | {n:,} | {medians[name]:.2f} | {rss:.0f} | "
                             f"{ratio(name, 'floor') if writes else ''} | {ratio(name, 'rustpy') if writes else ''} | "
                             f"{'' if writes else ratio(name, 'parse')} |")
    if args.tonghop_note:
        lines += ["", f"tonghop build: {args.tonghop_note}"]
    return lines


if __name__ == "__main__":
    sys.exit(main())
