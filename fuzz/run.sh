#!/bin/sh
# Builds and runs the libFuzzer targets (address sanitizer on).
#   sh fuzz/run.sh reader 2000000     # decoding + CSV reader, N runs
#   sh fuzz/run.sh check 2000000      # the whole check path, N runs
#   sh fuzz/run.sh xlsx 2000000       # .xlsx workbooks: zip, XML parts, worksheets, N runs
#   sh fuzz/run.sh check merge        # keep what the runs found: minimised into the corpus
# The library sources are compiled into one module (imports between our modules removed),
# because a fuzzer brings its own main and SwiftPM executables want theirs; the system
# libcrypto comes in through its module map (-I Sources/CLibCrypto).
# The committed corpus fuzz/corpus/<target> is read; inputs that reach new code are written
# to fuzz/work/<target>-new, so a run leaves the repository as it was until `merge`.
# Each run appends its execution count to fuzz/work/executions.
set -eu
cd "$(dirname "$0")/.."
target=${1:-reader}
runs=${2:-100000}
work=fuzz/work/$target
found=fuzz/work/$target-new
case $target in
  reader) modules="Common CSVReading"; entry=fuzz/ReaderFuzz.swift ;;
  # Validation reads workbook returns too: the check and xlsx targets compile in
  # ZIPFoundation's sources (SwiftPM's checkout), with zlib and libxml2.
  check)  modules="Common CSVReading XLSXReading TaskModel Validation"; entry=fuzz/CheckFuzz.swift ;;
  xlsx)   modules="Common XLSXReading"; entry=fuzz/XLSXFuzz.swift ;;
  *) echo "targets: reader, check, xlsx" >&2; exit 2 ;;
esac
rm -rf "$work/src"; mkdir -p "$work/src" "$found" fuzz/corpus/$target
# The fuzz build reads in 1 KiB chunks instead of 64 KiB, so inputs of a few KiB cross chunk
# boundaries (where decoding, BOMs and quoted fields must carry over) and each run allocates less.
for m in $modules; do
  for f in Sources/$m/*.swift; do
    sed -E -e '/^(@testable )?import (Common|CSVReading|TaskModel|Validation|XLSXReading|ZIPFoundation)$/d' \
      -e 's/static let chunkSize = 64 << 10$/static let chunkSize = 1 << 10/' "$f" > "$work/src/$m-$(basename "$f")"
  done
done
if [ "$target" != reader ]; then
  zip=.build/checkouts/ZIPFoundation/Sources
  [ -d "$zip" ] || swift package resolve
  cp "$zip"/ZIPFoundation/*.swift "$work/src/"
  extra="-Xcc -D_GNU_SOURCE -I $zip/CZLib -I Sources/CLibXML2 -Xcc -I/usr/include/libxml2 -lxml2 -lz"
else
  extra=""
fi
[ "$target" = xlsx ] || grep -q 'chunkSize = 1 << 10' "$work/src/CSVReading-FileSurvey.swift"
if [ ! -x "$work/fuzzer" ] || [ -n "$(find Sources fuzz -name '*.swift' -newer "$work/fuzzer" | head -1)" ] || [ fuzz/run.sh -nt "$work/fuzzer" ]; then
  swiftc -O -sanitize=fuzzer,address -parse-as-library -I Sources/CLibCrypto $extra "$work"/src/*.swift fuzz/FuzzSupport.swift "$entry" -o "$work/fuzzer"
fi
if [ "$target" = xlsx ] && [ -z "$(ls fuzz/corpus/$target)" ]; then
  # Seeds: real workbooks (templates filled by openpyxl, saved by LibreOffice) and hand-made ones.
  i=0
  for f in Tests/Fixtures/xlsx/*/*.xlsx samples/*/*/*.xlsx; do
    [ -f "$f" ] || continue
    i=$((i + 1)); cp "$f" "fuzz/corpus/$target/seed-$i"
  done
elif [ -z "$(ls fuzz/corpus/$target)" ]; then
  # Seeds: the sample months, the bad-input corpus and the fixture month.
  i=0
  for f in samples/*/*/* Tests/Fixtures/bad/*.csv Tests/Fixtures/month/*.csv; do
    i=$((i + 1)); cp "$f" "fuzz/corpus/$target/seed-$i"
  done
fi
# LeakSanitizer at exit reports the model decoded once into the check target's globals (it
# lives as long as the process); leaks per input would show as growing RSS instead.
# For the xlsx target: ZIPFoundation opens each archive through Foundation's
# FileManager.fileSystemRepresentation(withPath:), whose 32-byte buffer is never freed (a
# dependency's leak, once per workbook opened, not per row).
leaks=1; [ "$target" = check ] || [ "$target" = xlsx ] && leaks=0
# The check target's mutations use the model's words (fuzz/dictionary.py).
dict=""
if [ "$target" = check ] && command -v python3 >/dev/null; then
  python3 fuzz/dictionary.py Sources/TaskModel/Resources/model.json > "$work/check.dict"
  dict="-dict=$work/check.dict"
fi
# Workbooks are zips of several parts: the real seeds are 5–40 KiB.
maxlen=8192; [ "$target" = xlsx ] && maxlen=65536
export ASAN_OPTIONS="detect_leaks=$leaks"
if [ "$runs" = merge ]; then
  exec "$work/fuzzer" -merge=1 -max_len=${FUZZ_MAX_LEN:-$maxlen} -timeout=10 "fuzz/corpus/$target" "$found"
fi
{ "$work/fuzzer" -detect_leaks=$leaks -runs="$runs" -max_len=${FUZZ_MAX_LEN:-$maxlen} -timeout=10 -rss_limit_mb=4096 \
    -print_final_stats=1 $dict ${FUZZ_ARGS:-} "$found" "fuzz/corpus/$target" >&2 && echo 0 || echo $?; } 2>&1 > "$work/status" | tee "$work/last.log"
executed=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/last.log")
echo "$(date -u +%FT%TZ) $target ${executed:-?}" >> fuzz/work/executions
exit "$(cat "$work/status")"
