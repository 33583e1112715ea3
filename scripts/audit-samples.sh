#!/usr/bin/env bash
# The README's main command: audit every monthly folder of sample_plans/ into the results
# store (reports/ehcaudit.db), each month as of its last day, then write the trend report
# (reports/trend-YYYY-MM.html, .xlsx and CSVs). Re-running replaces each month's results
# (never double-counts) and reuses unchanged plans, so a second run is quick.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
mkdir -p reports
status=0
for dir in sample_plans/[0-9][0-9][0-9][0-9]-[0-9][0-9]/; do
  month=$(basename "$dir")
  echo "== $month"
  .venv/bin/ehcaudit audit "$dir" --month "$month" --store reports/ehcaudit.db || status=$?
done
.venv/bin/ehcaudit trend --store reports/ehcaudit.db --out reports || status=$?
exit "$status"
