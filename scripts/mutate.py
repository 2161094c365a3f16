#!/usr/bin/env python3
"""Reads scripts/mutants.txt and applies one mutant to a copy of the tree (for scripts/mutants.sh).

    mutate.py list               names of the mutants, one a line
    mutate.py apply NAME TREE    applies NAME inside TREE; exit 3 when its target is stale

A mutant is a block of scripts/mutants.txt:

    == name
    # what a user would see if this bug shipped
    Sources/Some/File.swift
    - exact text, found exactly once in the file
    + its replacement

or, for the model, a change of one value addressed by a path, checked against its old value
(the copy of the model compiled into the program is regenerated from it):

    == name
    model: measures[id=dd_area].kind: "sum" -> "count"

A path is dot-separated keys; `list[field=value]` picks the element whose field is value and
`list[3]` the fourth. Old and new values are JSON. A mutant whose text is not found exactly
once, or whose model value is not the old one, is stale: the code moved on and the mutant must
be rewritten, so the run fails rather than silently testing nothing.
"""
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
MODEL = "Sources/TaskModel/Resources/model.json"


class Stale(Exception):
    pass


def mutants():
    out, current = [], None
    with open(os.path.join(HERE, "mutants.txt"), encoding="utf-8") as f:
        for raw in f:
            line = raw.rstrip("\n")
            if line.startswith("== "):
                current = {"name": line[3:].strip(), "file": None, "old": None, "new": None, "model": None}
                out.append(current)
            elif current is None or not line.strip() or line.startswith("#"):
                continue
            elif line.startswith("model: "):
                current["model"] = line[len("model: "):]
            elif line.startswith("- "):
                current["old"] = line[2:]
            elif line.startswith("+ "):
                current["new"] = line[2:]
            elif line == "+":
                current["new"] = ""
            else:
                current["file"] = line.strip()
    names = [m["name"] for m in out]
    duplicates = {n for n in names if names.count(n) > 1}
    if duplicates:
        sys.exit(f"mutants.txt names these twice: {sorted(duplicates)}")
    return out


def select(node, segment):
    if "[" not in segment:
        if not isinstance(node, dict) or segment not in node:
            raise Stale(f"no key {segment}")
        return node, segment
    name, _, selector = segment.partition("[")
    selector = selector.rstrip("]")
    items = node.get(name) if name else node
    if not isinstance(items, list):
        raise Stale(f"{name} is not a list")
    if selector.isdigit():
        index = int(selector)
        if index >= len(items):
            raise Stale(f"{name}[{index}] does not exist")
        return items, index
    field, _, value = selector.partition("=")
    found = [i for i, item in enumerate(items) if isinstance(item, dict) and str(item.get(field)) == value]
    if len(found) != 1:
        raise Stale(f"{name}[{selector}] matches {len(found)} elements")
    return items, found[0]


def apply_model(tree, spec):
    path, _, change = spec.partition(": ")
    old, _, new = change.partition(" -> ")
    file = os.path.join(tree, MODEL)
    with open(file, encoding="utf-8") as f:
        original = f.read()
    model = json.loads(original)
    node = model
    segments = path.split(".")
    for segment in segments[:-1]:
        parent, key = select(node, segment)
        node = parent[key]
    parent, key = select(node, segments[-1])
    if parent[key] != json.loads(old):
        raise Stale(f"{path} is {json.dumps(parent[key], ensure_ascii=False)}, not {old}")
    parent[key] = json.loads(new)
    with open(file, "w", encoding="utf-8") as f:
        json.dump(model, f, ensure_ascii=False, indent=1)
        if original.endswith("\n"):
            f.write("\n")
    # The program carries the model compiled in: the mutant must reach it there too, or only
    # the test that compares the two copies would notice.
    embed = os.path.join(tree, "scripts", "embed-model.py")
    if os.path.isfile(embed):
        subprocess.run([sys.executable, embed], check=True)


def apply_text(tree, m):
    file = os.path.join(tree, m["file"] or "")
    if not m["file"] or not os.path.isfile(file):
        raise Stale(f"no file {m['file']}")
    with open(file, encoding="utf-8") as f:
        text = f.read()
    count = text.count(m["old"] or "\0")
    if count != 1:
        raise Stale(f"«{m['old']}» occurs {count} times in {m['file']}")
    with open(file, "w", encoding="utf-8") as f:
        f.write(text.replace(m["old"], m["new"] or ""))


def main():
    if len(sys.argv) >= 2 and sys.argv[1] == "list":
        for m in mutants():
            print(m["name"])
        return
    if len(sys.argv) != 4 or sys.argv[1] != "apply":
        sys.exit(__doc__)
    name, tree = sys.argv[2], sys.argv[3]
    chosen = [m for m in mutants() if m["name"] == name]
    if not chosen:
        sys.exit(f"no mutant named {name}")
    m = chosen[0]
    try:
        if m["model"]:
            apply_model(tree, m["model"])
        else:
            if m["old"] is None or m["new"] is None:
                raise Stale("a text mutant needs a - line and a + line")
            apply_text(tree, m)
    except Stale as e:
        print(f"stale: {e}", file=sys.stderr)
        sys.exit(3)


if __name__ == "__main__":
    main()
