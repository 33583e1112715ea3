#!/usr/bin/env bash
# The README's main command: audit every monthly folder of sample_plans/ into the results
# store reports/ehcaudit.db, then write the trend report (HTML, Excel, CSV) into reports/.
# Re-running is safe: unchanged plans are reused, and nothing is double-counted.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
mkdir -p reports
status=0
for dir in sample_plans/[0-9][0-9][0-9][0-9]-[0-9][0-9]/; do
  month=$(basename "$dir")
  .venv/bin/ehcaudit audit "$dir" --month "$month" --store reports/ehcaudit.db || status=$?
done
.venv/bin/ehcaudit trend --store reports/ehcaudit.db --out reports
exit "$status"
