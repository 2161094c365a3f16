#!/bin/sh
# Runs every test. The end-to-end tests recalculate workbooks with LibreOffice (soffice),
# so this first installs what is missing (scripts/install-deps.sh; nothing when present).
set -eu
cd "$(dirname "$0")/.."
sh scripts/install-deps.sh
swift build --product tonghop
swift test "$@"
