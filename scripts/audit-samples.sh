#!/usr/bin/env bash
# The README's main command: score every monthly folder of sample_plans/ as of the end of
# that month, writing reports/scores-YYYY-MM.json (the JSON contract) and
# reports/scores-YYYY-MM.txt (the readable report) for each month.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
mkdir -p reports
status=0
for dir in sample_plans/[0-9][0-9][0-9][0-9]-[0-9][0-9]/; do
  month=$(basename "$dir")
  as_of=$(.venv/bin/python -c "import calendar,sys; y,m=map(int,sys.argv[1].split('-')); print(f'{y:04d}-{m:02d}-{calendar.monthrange(y,m)[1]:02d}')" "$month")
  .venv/bin/ehcaudit score "$dir" --as-of "$as_of" --format json > "reports/scores-$month.json" || status=$?
  .venv/bin/ehcaudit score "$dir" --as-of "$as_of" > "reports/scores-$month.txt" 2>&1 || true
  echo "$month: $(grep -c '"plan_id"' "reports/scores-$month.json") plans scored -> reports/scores-$month.json, .txt"
done
exit "$status"
