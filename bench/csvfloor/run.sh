#!/bin/sh
# Times CSVReader against the C floor on a generated 1M-row, 13-column Vietnamese UTF-8 file.
#   bench/csvfloor/run.sh [ROWS]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out="$root/bench/work/csvfloor"
mkdir -p "$out"
data="$out/no01-${1:-1000000}.csv"
[ -f "$data" ] || python3 "$here/gen.py" "$data" "${1:-1000000}"

cc -O2 -o "$out/floor" "$here/floor.c"
# The reader is built as SwiftPM's release configuration builds it: each module -O, whole-module.
swiftc -O -wmo -parse-as-library -I "$root/Sources/CLibCrypto" -module-name Common -emit-module -emit-module-path "$out/Common.swiftmodule" \
    -c "$root"/Sources/Common/*.swift -o "$out/Common.o"
swiftc -O -wmo -parse-as-library -I "$out" -I "$root/Sources/CLibCrypto" -module-name CSVReading -emit-module -emit-module-path "$out/CSVReading.swiftmodule" \
    -c "$root"/Sources/CSVReading/*.swift -o "$out/CSVReading.o"
swiftc -O -parse-as-library -I "$out" -I "$root/Sources/CLibCrypto" "$here/ReaderBench.swift" "$out/Common.o" "$out/CSVReading.o" -o "$out/reader-bench"

ls -l "$data"
cat "$data" > /dev/null
"$out/floor" "$data" ";"
"$out/reader-bench" "$data"
