#!/bin/sh
# Reading an .xlsx return: `tonghop check` on a NO01 workbook written by tonghop itself,
# beside python-calamine (Rust) and openpyxl in read-only mode, in the same run.
#   bench/read_xlsx.sh [ROWS] [REPS]        default 100000 rows, 3 repetitions
#   TONGHOP=/path/to/tonghop bench/read_xlsx.sh   a binary built elsewhere
# Writes bench/work/read-xlsx.md (median wall and CPU time, highest peak RSS) and prints it.
set -eu
ROWS=${1:-100000}
REPS=${2:-3}
BENCH=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$BENCH")
WORK=$BENCH/work
VENV=$WORK/read-venv
mkdir -p "$WORK/data"
# Pinned so that two runs months apart compare the same peers.
PEERS="python-calamine==0.9.1 openpyxl==3.1.5"
[ -x /usr/bin/time ] || { apt-get update -q >/dev/null && apt-get install -y -q time >/dev/null; }
if ! "$VENV/bin/python" -m pip show python-calamine openpyxl >/dev/null 2>&1; then
    python3 -m venv "$VENV"
    "$VENV/bin/python" -m pip install -q $PEERS
fi
# TONGHOP=path uses a tonghop built elsewhere; otherwise the release build of this checkout.
if [ -z "${TONGHOP:-}" ]; then
    (cd "$ROOT" && swift build -c release --product tonghop >/dev/null)
    TONGHOP=$ROOT/.build/release/tonghop
fi

# The workbook: a seeded NO01 return of ROWS households, consolidated by `tonghop build`;
# its NO01 sheet holds every row (typed cells: text, years, money, real dates, yes/no).
# One folder per size: a number in the file's name would be read as the month it names
# (`no01-2000.csv` is January 2000 to `tonghop`).
DATA=$WORK/data/xlsx-$ROWS
CSV=$DATA/NO01.csv
BOOK=$DATA/nha-o.xlsx
mkdir -p "$DATA"
[ -f "$CSV" ] || python3 "$BENCH/gen_no01.py" "$ROWS" "$CSV"
if [ ! -f "$BOOK" ]; then
    rm -rf "$DATA/build"
    "$TONGHOP" build "$CSV" --period 2024-05 --out "$DATA/build" --quiet
    # A workbook without the rows would time nothing: every row must have been accepted.
    python3 -c 'import json, sys; r = json.load(open(sys.argv[1]))["files"][0]["rows"]; sys.exit(r["accepted"] != int(sys.argv[2]))' \
        "$DATA/build/2024-05/bao-cao.json" "$ROWS" || { echo "the build did not accept all $ROWS rows" >&2; exit 1; }
    cp "$DATA/build/2024-05/nha-o.xlsx" "$BOOK"
fi
echo "workbook: $BOOK ($(du -k "$BOOK" | cut -f1) KiB)"

run() {  # name, command...: one timed run, "wall_s rss_kib cpu_s" appended to the name's log
    name=$1; shift
    /usr/bin/time -f "%e %M %U %S" -o "$WORK/time.tmp" "$@" >/dev/null 2>"$WORK/err.tmp" || {
        status=$?; [ "$name" = tonghop ] && [ $status -eq 1 ] || { cat "$WORK/err.tmp" >&2; exit 1; }; }
    # GNU time writes "Command exited with non-zero status 1" first when tonghop finds issues.
    tail -n 1 "$WORK/time.tmp" | awk '{ print $1, $2, $3 + $4 }' >> "$WORK/read-$name.runs"
}
rm -f "$WORK"/read-*.runs
for rep in $(seq "$REPS"); do
    run tonghop "$TONGHOP" check "$BOOK" --period 2024-05 --format json --max-issues 100
    run calamine "$VENV/bin/python" "$BENCH/read_peers.py" calamine "$BOOK"
    run openpyxl "$VENV/bin/python" "$BENCH/read_peers.py" openpyxl "$BOOK"
done
"$VENV/bin/python" "$BENCH/read_peers.py" cells "$BOOK" > "$WORK/cells.tmp"
{
    echo "Reading $ROWS rows of NO01 from $(basename "$BOOK") ($(cat "$WORK/cells.tmp") cells in all sheets), median of $REPS"
    echo
    # CPU time (user + system) beside wall time: on a shared machine it moves less.
    echo "| reader | wall (s) | CPU (s) | peak RSS (MiB) | wall vs calamine | CPU vs calamine |"
    echo "|---|---|---|---|---|---|"
    for name in tonghop calamine openpyxl; do
        wall=$(cut -d' ' -f1 "$WORK/read-$name.runs" | sort -n | awk -v reps="$REPS" 'NR == int((reps + 1) / 2)')
        cpu=$(cut -d' ' -f3 "$WORK/read-$name.runs" | sort -n | awk -v reps="$REPS" 'NR == int((reps + 1) / 2)')
        rss=$(cut -d' ' -f2 "$WORK/read-$name.runs" | sort -n | tail -n 1)
        echo "$name $wall $cpu $rss"
    done > "$WORK/table.tmp"
    base=$(awk '$1 == "calamine" { print $2, $3 }' "$WORK/table.tmp")
    awk -v w="${base% *}" -v c="${base#* }" '{ printf "| %s | %.2f | %.2f | %.0f | %.2f× | %.2f× |\n", $1, $2, $3, $4 / 1024, $2 / w, $3 / c }' "$WORK/table.tmp"
} | tee "$WORK/read-xlsx.md"
