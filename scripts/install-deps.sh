#!/bin/sh
# Installs what TongHop needs on Debian 12 when it is missing; does nothing otherwise.
#   libxlsxwriter-dev       the workbook writer TongHop links against
#   libssl-dev              the system libcrypto (SHA-256 of every return, password hashes)
#   libreoffice-calc-nogui  a real spreadsheet application, used by the tests to recalculate
#   fonts-liberation2       Times New Roman-compatible fonts with Vietnamese glyphs
#   unzip                   used by the tests to look inside workbooks
#   chromium-headless-shell a real browser for the web page's tests, driven by Playwright
#                           for Python (pip; its own browser download is not used)
set -eu
PKGS="libxlsxwriter-dev libssl-dev libreoffice-calc-nogui fonts-liberation2 unzip chromium-headless-shell"
[ "${1:-}" = "--minimal" ] && PKGS="libxlsxwriter-dev libssl-dev"
missing=""
for p in $PKGS; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO=sudo
  echo "install-deps: apt-get install$missing"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi
if [ "${1:-}" != "--minimal" ] && ! python3 -c "import playwright" 2>/dev/null; then
  echo "install-deps: pip install playwright"
  python3 -m pip install -q playwright
fi
