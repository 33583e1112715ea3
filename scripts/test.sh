#!/usr/bin/env bash
# The README's test command: set up (once) and run the whole test suite and the linter.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/python -m ruff check src tests benchmarks scripts
.venv/bin/python -m pytest "$@"
