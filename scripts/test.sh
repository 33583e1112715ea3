#!/usr/bin/env bash
# The README's test command: set up (once) and run the whole test suite and the linter.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
lint=(src tests scripts); [[ -d benchmarks ]] && lint+=(benchmarks)
.venv/bin/python -m ruff check "${lint[@]}"
.venv/bin/python -m pytest "$@"
