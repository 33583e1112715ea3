"""Trend report benchmark: time and peak memory to build and write the HTML, Excel and CSV
reports for a year of audits of a given size.

    python benchmarks/trend/run.py [--months 12] [--sizes 10,100,1000]

Frames are synthetic (tests/trend_frames.py: 7 criteria in 4 areas, one finding per
applicable criterion, quality improving month by month), so the figures measure the
report code alone, not reading the store. Prints one line per size: plans, findings rows,
seconds to aggregate, to write the HTML, Excel and CSV files, and peak memory (RSS).
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests"))

from trend_frames import make_frames  # noqa: E402

from ehcaudit.months import month_range, shift_month  # noqa: E402
from ehcaudit.reports.trend import (  # noqa: E402
    build_trend,
    write_csvs,
    write_html,
    write_xlsx,
)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--months", type=int, default=12)
    ap.add_argument("--sizes", default="10,100,1000", help="plans per month, comma-separated")
    args = ap.parse_args()
    last = "2026-11"
    first = shift_month(last, -(args.months - 1))
    print(f"{args.months} months ({first} to {last}); seconds per stage")
    print("plans/month  plans  findings  aggregate   html  excel   csv  peak RSS MiB")
    for size in (int(s) for s in args.sizes.split(",")):
        frames = make_frames(first, last, per_month=size)
        assert len(month_range(first, last)) == args.months
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp)
            t0 = time.perf_counter()
            t = build_trend(frames)
            t1 = time.perf_counter()
            write_html(t, out / "t.html")
            t2 = time.perf_counter()
            write_xlsx(t, out / "t.xlsx")
            t3 = time.perf_counter()
            write_csvs(t, out)
            t4 = time.perf_counter()
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"{size:>11}  {len(t.plans):>5}  {len(t.findings):>8}  {t1 - t0:>9.2f}  "
              f"{t2 - t1:>5.2f}  {t3 - t2:>5.2f}  {t4 - t3:>4.2f}  {rss:>12.0f}")


if __name__ == "__main__":
    main()
