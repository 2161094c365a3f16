#!/bin/sh
# Builds and runs the libFuzzer targets (address sanitizer on).
#   sh fuzz/run.sh reader 2000000     # decoding + CSV reader, N runs
#   sh fuzz/run.sh check 2000000      # the whole check path, N runs
# The library sources are compiled into one module (imports between our modules removed),
# because a fuzzer brings its own main and SwiftPM executables want theirs.
# The corpus lives in fuzz/corpus/<target>; new inputs that reach new code are added there.
set -eu
cd "$(dirname "$0")/.."
target=${1:-reader}
runs=${2:-100000}
work=fuzz/work/$target
rm -rf "$work/src"; mkdir -p "$work/src" "$work/resources" fuzz/corpus/$target
case $target in
  reader) modules="Common CSVReading"; entry=fuzz/ReaderFuzz.swift ;;
  check)  modules="Common CSVReading TaskModel Validation"; entry=fuzz/CheckFuzz.swift ;;
  *) echo "targets: reader, check" >&2; exit 2 ;;
esac
for m in $modules; do
  for f in Sources/$m/*.swift; do
    sed -E '/^(@testable )?import (Common|CSVReading|TaskModel|Validation)$/d' "$f" > "$work/src/$m-$(basename "$f")"
  done
done
cp Sources/TaskModel/Resources/model.json "$work/resources/"
if [ ! -x "$work/fuzzer" ] || [ -n "$(find Sources fuzz -name '*.swift' -newer "$work/fuzzer" | head -1)" ]; then
  swiftc -O -sanitize=fuzzer,address -parse-as-library "$work"/src/*.swift fuzz/FuzzSupport.swift "$entry" -o "$work/fuzzer"
fi
if [ -z "$(ls fuzz/corpus/$target)" ]; then
  # Seeds: the sample months, the bad-input corpus and the fixture month.
  i=0
  for f in samples/*/*/* Tests/Fixtures/bad/*.csv Tests/Fixtures/month/*.csv; do
    i=$((i + 1)); cp "$f" "fuzz/corpus/$target/seed-$i"
  done
fi
# LeakSanitizer at exit reports the model decoded once into the check target's globals (it
# lives as long as the process); leaks per input would show as growing RSS instead.
leaks=1; [ "$target" = check ] && leaks=0
ASAN_OPTIONS="detect_leaks=$leaks" TONGHOP_FUZZ_RESOURCES="$PWD/$work/resources" "$work/fuzzer" -detect_leaks=$leaks -runs="$runs" -max_len=${FUZZ_MAX_LEN:-8192} -timeout=10 -rss_limit_mb=4096 \
  -print_final_stats=1 ${FUZZ_ARGS:-} "fuzz/corpus/$target"
