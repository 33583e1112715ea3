"""What the validity tests share: the packaged rubric, one criterion run on a plan, and what
counts as flagged (amber or red: below the scale's first green level)."""

from __future__ import annotations

import datetime as dt

from packaged_rubric import RUBRIC

from ehcaudit.model import SECTION_CODES, Block, Plan, Section
from ehcaudit.rubric.engine import run_criterion

AS_OF = dt.date(2026, 12, 1)
GREEN = next(i for i, lv in enumerate(RUBRIC.scale, start=1) if lv.rag == "green")


def run(plan, cid, as_of=AS_OF):
    return run_criterion(plan, RUBRIC, RUBRIC.criterion(cid), as_of, cache={})


def flagged(res) -> bool:
    return res.applicable and res.level < GREEN


def why(res):
    return [(f.kind, f.message, f.quote) for f in res.findings]


def plan_of(lines: list[tuple[str, str | None, str, str]]) -> Plan:
    """A plan of ``(section, sub-heading, block kind, text)`` lines, in that order."""
    blocks: list[Block] = []
    secs = {c: Section(code=c, title=c) for c in SECTION_CODES}
    for sec, sub, kind, text in lines:
        b = Block(id=len(blocks), kind=kind, text=text, section=sec, subsection=sub,
                  location=f"Section {sec}, {kind} {len(blocks) + 1}")
        blocks.append(b)
        secs[sec].found = True
        secs[sec].block_ids.append(b.id)
    return Plan(plan_id="T", source="t.md", sha256="0" * 64, format="md", blocks=blocks, sections=secs)
