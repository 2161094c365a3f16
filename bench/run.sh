#!/bin/sh
# The NO01 benchmark in one command: generate the data, build the contenders, measure.
#
#   bench/run.sh [--rows 100000,1000000] [--reps 3] [--only NAME,...] [--no-tonghop]
#
# Everything it makes goes to bench/work/ (ignored by git): data/, the floor binary, a
# Python venv with the peers, logs/, runs.tsv (every run) and results.md (the table).
# See docs/PERFORMANCE.md for the method and the last measured table.
set -eu

ROWS=100000,1000000
REPS=3
ONLY=
TONGHOP=yes
while [ $# -gt 0 ]; do
    case "$1" in
        --rows) ROWS=$2; shift 2 ;;
        --reps) REPS=$2; shift 2 ;;
        --only) ONLY=$2; shift 2 ;;
        --no-tonghop) TONGHOP=no; shift ;;
        -h|--help) sed -n '2,8p' "$0"; exit 0 ;;
        *) echo "unknown option: $1" >&2; exit 2 ;;
    esac
done

BENCH=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$BENCH")
WORK=$BENCH/work
VENV=$WORK/venv
mkdir -p "$WORK/data" "$WORK/out" "$WORK/logs"

# Pinned so that two runs months apart compare the same peers.
PEERS="rustpy-xlsxwriter==0.8.0 xlsxwriter==3.3.1 pandas==3.1.1 polars==2.1.0 frictionless==5.21.0"

# Debian packages the floor and the venv need, installed only when missing.
[ -e /usr/include/xlsxwriter.h ] && command -v pkg-config >/dev/null || {
    apt-get update -q >/dev/null && apt-get install -y -q libxlsxwriter-dev pkg-config >/dev/null; }
[ -x /usr/bin/time ] || { apt-get update -q >/dev/null && apt-get install -y -q time >/dev/null; }
python3 -c 'import ensurepip' 2>/dev/null || {
    apt-get update -q >/dev/null && apt-get install -y -q python3-venv >/dev/null; }

echo "== peers (venv $VENV)"
if ! "$VENV/bin/python" -m pip show rustpy-xlsxwriter xlsxwriter pandas polars frictionless >/dev/null 2>&1; then
    python3 -m venv "$VENV"
    "$VENV/bin/python" -m pip install -q $PEERS
fi
"$VENV/bin/python" -m pip list 2>/dev/null | grep -iE '^(rustpy-xlsxwriter|xlsxwriter|pandas|numpy|polars|frictionless) '

echo "== C floors"
cc -O2 -o "$WORK/floor" "$BENCH/floor/floor.c" $(pkg-config --cflags --libs xlsxwriter)
cc -O2 -o "$WORK/csv-floor" "$BENCH/csvfloor/floor.c"

echo "== data"
for n in $(echo "$ROWS" | tr ',' ' '); do
    csv=$WORK/data/no01-$n.csv
    # The generator is deterministic: a file that exists is the same file.
    if [ ! -s "$csv" ] || [ "$csv" -ot "$BENCH/gen_no01.py" ]; then
        python3 "$BENCH/gen_no01.py" "$n" "$csv.tmp" && mv "$csv.tmp" "$csv"
    fi
    ls -l "$csv"
done

echo "== tonghop"
TONGHOP_BIN=
NOTE=
if [ "$TONGHOP" = no ]; then
    NOTE="not measured (--no-tonghop)"
elif ! (cd "$ROOT" && swift build -c release --product tonghop) >"$WORK/logs/swift-build.log" 2>&1; then
    NOTE="not measured: the release build failed, see bench/work/logs/swift-build.log"
else
    bin=$ROOT/.build/release/tonghop
    # A first small run tells whether `build` exists and takes this data at all.
    python3 "$BENCH/gen_no01.py" 100 "$WORK/data/probe.csv"
    rm -rf "$WORK/out/probe"
    if "$bin" build "$WORK/data/probe.csv" --period 2024-05 --out "$WORK/out/probe" \
        >"$WORK/logs/tonghop-probe.log" 2>&1; then
        TONGHOP_BIN=$bin
    else
        NOTE="not measured: 'tonghop build' failed on a 100-row probe (exit $?), see bench/work/logs/tonghop-probe.log"
    fi
    rm -rf "$WORK/out/probe"
fi
echo "${NOTE:-$TONGHOP_BIN}"

echo "== measure (rows $ROWS, $REPS repetitions)"
set -- --work "$WORK" --rows "$ROWS" --reps "$REPS" --floor "$WORK/floor" --csv-floor "$WORK/csv-floor" --venv "$VENV"
[ -z "$ONLY" ] || set -- "$@" --only "$ONLY"
if [ -n "$TONGHOP_BIN" ]; then set -- "$@" --tonghop "$TONGHOP_BIN"; else set -- "$@" --tonghop-note "$NOTE"; fi
exec python3 "$BENCH/driver.py" "$@"
