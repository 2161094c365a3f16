#!/bin/sh
# Installs tonghop as one file: PREFIX/bin/tonghop (PREFIX defaults to /usr/local).
#   sh scripts/install.sh                   # release build, Swift runtime linked in
#   sh scripts/install.sh "$HOME/.local"    # another prefix
#   sh scripts/install.sh --binary FILE DIR # install a binary already built
# The model is compiled into the program, so nothing else needs copying; the machine it runs
# on needs only the shared libraries scripts/install-deps.sh --minimal installs.
set -eu
cd "$(dirname "$0")/.."
binary=""
if [ "${1:-}" = "--binary" ]; then
  binary=$2
  shift 2
fi
prefix=${1:-/usr/local}
if [ -z "$binary" ]; then
  swift build -c release --static-swift-stdlib --product tonghop
  binary="$(swift build -c release --static-swift-stdlib --show-bin-path)/tonghop"
fi
mkdir -p "$prefix/bin"
cp "$binary" "$prefix/bin/tonghop.part"
chmod 755 "$prefix/bin/tonghop.part"
mv "$prefix/bin/tonghop.part" "$prefix/bin/tonghop"
echo "tonghop installed: $prefix/bin/tonghop"
