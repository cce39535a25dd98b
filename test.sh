#!/usr/bin/env bash
# Run the whole test suite: unit tests, doctests, notebooks under nbval, reports through papermill,
# and lesson 01's widget in a real browser (tests/test_browser.py: Debian's chromium through Playwright).
#   bash test.sh              everything
#   bash test.sh tests/test_io.py -x    any pytest arguments narrow it down
# Run as root on Debian/Ubuntu and it installs chromium and a Chinese font for the browser test;
# otherwise it says what to install (without chromium that test is skipped, or fails when CI is set).
set -euo pipefail
cd "$(dirname "$0")"
bash setup.sh --install-only

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

# The browser test drives the system chromium (Playwright never downloads one here); a CJK font
# lets the browser draw the Chinese widget labels (charts bring their own font).
missing=""
[ -x /usr/bin/chromium ] || missing="$missing chromium"
if ! { command -v fc-list >/dev/null 2>&1 && [ -n "$(fc-list :lang=zh family 2>/dev/null)" ]; }; then
  missing="$missing fonts-wqy-microhei"
fi
if [ -n "$missing" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    say "installing Debian packages for the browser test:$missing"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
  else
    echo "The browser test (tests/test_browser.py) needs:$missing"
    echo "Install them with:  sudo apt-get install$missing   (without chromium the test is skipped; with CI set it fails)"
  fi
fi

exec .venv/bin/python -m pytest "$@"
