"""What the validity tests share: the packaged rubric, one criterion run on a plan, and what
counts as flagged (amber or red: below the scale's first green level)."""

from __future__ import annotations

import datetime as dt

from packaged_rubric import RUBRIC

from ehcaudit.rubric.engine import run_criterion

AS_OF = dt.date(2026, 12, 1)
GREEN = next(i for i, lv in enumerate(RUBRIC.scale, start=1) if lv.rag == "green")


def run(plan, cid, as_of=AS_OF):
    return run_criterion(plan, RUBRIC, RUBRIC.criterion(cid), as_of, cache={})


def flagged(res) -> bool:
    return res.applicable and res.level < GREEN


def why(res):
    return [(f.kind, f.message, f.quote) for f in res.findings]
