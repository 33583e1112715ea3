"""Reader benchmark: time to read a 500-page (150,000-word) plan, and a folder of hostile files.

    python benchmarks/reader/run.py [--repeat 5]

Generates its inputs under benchmarks/out/reader/ (git-ignored) with the same builders the
tests use, reads each one in this process ``--repeat`` times and prints min / median / max
seconds and the peak resident memory of the process. Figures for the README come from here.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests"))

import hostile_corpus  # noqa: E402

from ehcaudit.errors import PlanReadError  # noqa: E402
from ehcaudit.reader import read_plan  # noqa: E402


def timed(fn, repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    out = ROOT / "benchmarks" / "out" / "reader"
    out.mkdir(parents=True, exist_ok=True)
    big = hostile_corpus.large_plan(out / "500-pages.docx")
    corpus = out / "hostile"
    expect = hostile_corpus.build(corpus)

    words = read_plan(big).words
    rows = [(f"500-page plan ({words:,} words, {big.stat().st_size / 1024:.0f} KiB)",
             timed(lambda: read_plan(big), args.repeat))]

    def read_all() -> None:
        for name in expect:
            try:
                read_plan(corpus / name)
            except PlanReadError:
                pass

    rows.append((f"hostile folder ({len(expect)} files incl. 1 GiB zip bomb and the 500-page plan)",
                 timed(read_all, args.repeat)))
    print(f"{'input':<78} {'min s':>7} {'median s':>9} {'max s':>7}")
    for name, ts in rows:
        print(f"{name:<78} {min(ts):7.2f} {statistics.median(ts):9.2f} {max(ts):7.2f}")
    print(f"peak RSS of this process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")


if __name__ == "__main__":
    main()
