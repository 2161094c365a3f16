#!/bin/sh
# Sets up what is missing, builds TongHop and consolidates the sample month 2024-05.
# The workbooks land in tonghop-out/2024-05/.
set -eu
cd "$(dirname "$0")/.."
sh scripts/install-deps.sh --minimal
swift build -c release --product tonghop
.build/release/tonghop build samples/2024-05 --period 2024-05 --out tonghop-out
