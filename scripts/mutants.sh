#!/usr/bin/env bash
# Mutation check: applies each curated mutant of scripts/mutants.txt to a scratch copy of the
# tree, builds it and runs the whole `swift test` suite against it. Every mutant must make a
# test fail ("killed"); one that passes every test ("survived") shows where the tests are thin.
#
#   scripts/mutants.sh              every mutant; prints "mutants: K/N killed" and the rest
#   scripts/mutants.sh --one NAME   one mutant
#   scripts/mutants.sh --list       the mutants' names
#
# A mutant whose target text is gone from the code is "stale" and counts as a failure, as does
# one that no longer compiles ("broken"): the list must follow the code. A whole run first runs
# the unmutated suite, which must pass (MUTANTS_BASELINE=0 skips it when that very tree was just
# tested). The exit status is 0 only when every mutant is killed.
#
# The scratch copies live in $MUTANTS_WORK (default /tmp/tonghop-mutants), one per parallel job
# ($MUTANTS_JOBS, default 1). Each keeps its own .build between mutants and between runs, so only
# the first build is a full one; later mutants rebuild only the modules they touch. A test run
# stops at the suite's first failure: the mutant is killed by then, and a survivor always runs
# the suite to its end.
[ -n "${BASH_VERSION:-}" ] || exec bash "$0" "$@"
set -u
cd "$(dirname "$0")/.."
ROOT=$(pwd)
WORK=${MUTANTS_WORK:-/tmp/tonghop-mutants}
JOBS=${MUTANTS_JOBS:-1}

case "${1:-}" in
  --list) exec python3 scripts/mutate.py list ;;
  --one) [ -n "${2:-}" ] || { echo "usage: $0 --one NAME" >&2; exit 2; }; NAMES=$2 ;;
  "") NAMES=$(python3 scripts/mutate.py list) || exit 2 ;;
  *) echo "usage: $0 [--one NAME | --list]" >&2; exit 2 ;;
esac
if [ -n "${2:-}" ] && ! python3 scripts/mutate.py list | grep -qx -- "$2"; then
  echo "no mutant named $2 (see --list)" >&2; exit 2
fi

mkdir -p "$WORK"
rm -f "$WORK"/result-*

# Copies the repository's files (not .build, .git or outputs) over a scratch tree, keeping its
# .build, and removing files the repository no longer has. Times are kept so that the build
# sees only the mutated file as changed.
sync_tree() {
  local tree=$1
  mkdir -p "$tree"
  find "$tree" -mindepth 1 -maxdepth 1 ! -name '.build' -exec rm -rf {} +
  tar -C "$ROOT" --exclude='./.build' --exclude='./.build-*' --exclude='./.git' --exclude='./tonghop-out' \
      --exclude='./fuzz/work' -cf - . | tar -C "$tree" -xf -
}

# Runs the suite in its own process group and stops it at the first failure reported.
run_suite() {
  local tree=$1 log=$2
  : > "$log"
  ( cd "$tree" && exec setsid swift test --skip-build ) > "$log" 2>&1 &
  local pid=$!
  while kill -0 "$pid" 2>/dev/null; do
    if grep -q -E '^✘ |Fatal error|error: Exited with' "$log"; then
      kill -TERM -- "-$pid" 2>/dev/null
      sleep 2
      kill -KILL -- "-$pid" 2>/dev/null
      wait "$pid" 2>/dev/null
      return 1
    fi
    sleep 2
  done
  wait "$pid"
}

# One mutant in the scratch tree of job $2; writes "verdict name seconds detail" to the results.
one_mutant() {
  local name=$1 job=$2
  local tree="$WORK/tree-$job" log="$WORK/log-$job-$name.txt" started verdict detail
  started=$(date +%s)
  sync_tree "$tree"
  if ! python3 scripts/mutate.py apply "$name" "$tree" 2> "$log"; then
    verdict=stale; detail=$(tail -1 "$log")
  elif ! ( cd "$tree" && swift build --build-tests ) >> "$log" 2>&1; then
    verdict=broken; detail="does not compile: see $log"
  elif run_suite "$tree" "$log.test"; then
    verdict=survived; detail="every test passed"
  else
    verdict=killed
    detail=$(grep -m1 -E '^✘ |Fatal error|error: Exited with' "$log.test" | cut -c1-160)
  fi
  printf '%s\t%s\t%s\t%s\n' "$verdict" "$name" "$(( $(date +%s) - started ))" "$detail" >> "$WORK/result-$job"
  printf '%-9s %-40s %4ss  %s\n' "$verdict" "$name" "$(( $(date +%s) - started ))" "$detail"
}

# The scratch trees are built once unmutated first: a mutant's build is then incremental.
# A whole run also runs the unmutated suite once: a failing test there would "kill" every
# mutant and prove nothing.
begin=$(date +%s)
for job in $(seq 1 "$JOBS"); do
  sync_tree "$WORK/tree-$job"
  ( cd "$WORK/tree-$job" && swift build --build-tests ) > "$WORK/warm-$job.txt" 2>&1 || {
    echo "the unmutated tree does not build: see $WORK/warm-$job.txt" >&2; exit 2; }
done
if [ "${1:-}" != "--one" ] && [ "${MUTANTS_BASELINE:-1}" != 0 ]; then
  if ! run_suite "$WORK/tree-1" "$WORK/baseline.txt"; then
    echo "the unmutated suite fails: see $WORK/baseline.txt" >&2; exit 2
  fi
  echo "baseline: every test passes unmutated ($(( $(date +%s) - begin ))s)"
fi

for job in $(seq 1 "$JOBS"); do
  (
    n=0
    for name in $NAMES; do
      if [ $(( n % JOBS + 1 )) -eq "$job" ]; then one_mutant "$name" "$job"; fi
      n=$(( n + 1 ))
    done
  ) &
done
wait

# Leave the scratch trees unmutated for the next run.
for job in $(seq 1 "$JOBS"); do sync_tree "$WORK/tree-$job"; done

total=$(cat "$WORK"/result-* | wc -l)
killed=$(cat "$WORK"/result-* | awk -F'\t' '$1 == "killed"' | wc -l)
echo "mutants: $killed/$total killed in $(( ($(date +%s) - begin) / 60 ))m$(( ($(date +%s) - begin) % 60 ))s"
cat "$WORK"/result-* | awk -F'\t' '$1 != "killed" { printf "  %s: %s (%s)\n", $1, $2, $4 }'
[ "$killed" -eq "$total" ]
