#!/usr/bin/env bash
# Run the whole test suite: unit tests, doctests, notebooks under nbval, reports through papermill.
#   bash test.sh              everything
#   bash test.sh tests/test_io.py -x    any pytest arguments narrow it down
set -euo pipefail
cd "$(dirname "$0")"
bash setup.sh --install-only
exec .venv/bin/python -m pytest "$@"
