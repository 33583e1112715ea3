"""Processor time a plan spent outside the grammar engine, for before/after comparisons on a
busy machine (processor time, not wall time).

    python benchmarks/audit/generate.py --plans 100          # the caseload, once
    python benchmarks/audit/outside_engine.py 30             # plans 1..30; plan 0 warms up

Prints, per plan: the whole assessment; Harper's own linting (``organized_lints``); the grammar
engine as ``benchmarks/audit/run.py`` times it alone (``check_many``: Harper and the grammar
patterns); and what is left outside each. Run before and after a change in the same conditions
(e.g. alternately, with PYTHONPATH pointing at a copy of the old ``src``).
"""

from __future__ import annotations

import datetime as dt
import sys
import time
from pathlib import Path

import ehcaudit.language.harper_engine as harper_engine
from ehcaudit.pipeline import assess
from ehcaudit.rubric.files import default_rubric_path
from ehcaudit.rubric.schema import load_rubric

ROOT = Path(__file__).resolve().parents[2]
spent = {"harper": 0.0, "check_many": 0.0}


class _TimedLinter:
    def __init__(self, linter):
        self._linter = linter

    def organized_lints(self, *args, **kwargs):
        t = time.process_time()
        try:
            return self._linter.organized_lints(*args, **kwargs)
        finally:
            spent["harper"] += time.process_time() - t

    def __getattr__(self, name):
        return getattr(self._linter, name)


_init, _check_many = harper_engine.HarperEngine.__init__, harper_engine.HarperEngine.check_many


def _timed_init(self, *args, **kwargs):
    _init(self, *args, **kwargs)
    self._linter = _TimedLinter(self._linter)


def _timed_check_many(self, texts):
    t = time.process_time()
    try:
        return _check_many(self, texts)
    finally:
        spent["check_many"] += time.process_time() - t


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 30
    harper_engine.HarperEngine.__init__ = _timed_init
    harper_engine.HarperEngine.check_many = _timed_check_many
    rubric = load_rubric(default_rubric_path())
    plans = sorted((ROOT / "benchmarks" / "out" / "audit" / "plans").glob("*.docx"))[:n + 1]
    cache: dict = {}
    assess(plans[0], rubric, dt.date(2026, 12, 1), cache=cache)
    spent.update(harper=0.0, check_many=0.0)
    t0 = time.process_time()
    for p in plans[1:]:
        assess(p, rubric, dt.date(2026, 12, 1), cache=cache)
    total = time.process_time() - t0
    k = 1000 / (len(plans) - 1)
    print(f"plans {len(plans) - 1}: total {total * k:.1f} ms/plan, Harper {spent['harper'] * k:.1f}, "
          f"outside Harper {(total - spent['harper']) * k:.1f}; engine.check_many {spent['check_many'] * k:.1f}, "
          f"outside check_many {(total - spent['check_many']) * k:.1f} ms/plan")


if __name__ == "__main__":
    main()
