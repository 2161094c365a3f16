#!/bin/sh
# Runs every test. End-to-end tests use LibreOffice (soffice) to recalculate workbooks;
# scripts/install-deps.sh installs it.
set -eu
cd "$(dirname "$0")/.."
swift build --product tonghop
swift test "$@"
