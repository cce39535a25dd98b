#!/usr/bin/env bash
# Set up shopanalysis on this machine and write the demo reports.
#
#   bash setup.sh                 create .venv, install, write reports/ for the demo shop
#   bash setup.sh --install-only  the same without the demo reports (test.sh uses this)
#
# Needs Python 3.11+ (python3, or set PYTHON=...). Run as root on Debian/Ubuntu and it
# installs the few system libraries WeasyPrint (the PDF export) uses; otherwise it
# says which to install. Everything else goes into .venv/ inside this folder.
set -euo pipefail
cd "$(dirname "$0")"

PYTHON=${PYTHON:-python3}
DEMO=1
[ "${1:-}" = "--install-only" ] && DEMO=0

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

# 1. System libraries: pango (text layout for PDF), harfbuzz-subset (about 3x faster PDFs).
DEB_PACKAGES="libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0"
if command -v dpkg >/dev/null 2>&1; then
  missing=""
  for p in $DEB_PACKAGES; do dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"; done
  if ! "$PYTHON" -c "import venv, ensurepip" >/dev/null 2>&1; then missing="$missing python3-venv"; fi
  if [ -n "$missing" ]; then
    if [ "$(id -u)" = 0 ]; then
      say "installing Debian packages:$missing"
      apt-get update -qq
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
    else
      echo "Some system packages are missing:$missing"
      echo "Install them with:  sudo apt-get install$missing   (PDF export needs them; the rest works without)"
    fi
  fi
fi

# 2. The virtual environment and the project in it (editable: notebooks and data stay in this folder).
"$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' || {
  echo "shopanalysis needs Python 3.11 or newer; $PYTHON is $("$PYTHON" --version 2>&1). Set PYTHON=/path/to/python3.11"; exit 1; }
if [ ! -x .venv/bin/python ]; then
  say "creating .venv with $("$PYTHON" --version)"
  "$PYTHON" -m venv .venv
fi
stamp=.venv/.shopanalysis-installed
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  say "installing shopanalysis and its dependencies into .venv (a few minutes the first time)"
  .venv/bin/python -m pip install --quiet --upgrade pip
  # setuptools warns of same-named folders on every editable install; this repo has one
  # shopanalysis/ and it is the package, so the warning says nothing here.
  PYTHONWARNINGS="ignore:Editable installation" .venv/bin/python -m pip install --quiet --editable '.[test]'
  touch "$stamp"
fi
# Byte-compile the package once: an editable install does not, and where PYTHONDONTWRITEBYTECODE
# is set every report kernel would compile it again (about 0.2 s a report on this machine).
.venv/bin/python -m compileall -q shopanalysis >/dev/null || true

# 3. The demo reports.
if [ "$DEMO" = 1 ]; then
  say "writing the demo reports (HTML and PDF) to reports/"
  .venv/bin/shopanalysis demo --out reports
  cat <<'MSG'

Done. Next:
  open reports/daily_review/2026-10-15/daily_review.html (or the .pdf next to it; other reports beside it)
  .venv/bin/shopanalysis course --student student && .venv/bin/jupyter lab student/   the course, from lesson 00
  .venv/bin/shopanalysis list                 the reports and their parameters
MSG
fi
