"""The reader over the generated sample plans (sample_plans/**), when they exist.

Invariants only (the generator owns what each sample contains): every file reads or gives
one PlanReadError; every section found has a heading or text; thread rows point at cells of
the right sections; advice items point at Section K blocks.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ehcaudit.errors import PlanReadError
from ehcaudit.reader import read_plan

ROOT = Path(__file__).resolve().parents[1] / "sample_plans"
FILES = sorted(
    p for p in ROOT.rglob("*")
    if p.suffix.lower() in (".docx", ".docm", ".md", ".txt") and p.name.lower() != "readme.md"
) if ROOT.exists() else []
ROLE = {"need": {"B", "C", "D"}, "provision": {"F", "G", "H1", "H2"}, "outcome": {"E"}}


@pytest.mark.skipif(not FILES, reason="no sample plans generated yet")
@pytest.mark.parametrize("path", FILES[:200], ids=lambda p: str(p.relative_to(ROOT)))
def test_sample_plan_invariants(path):
    try:
        plan = read_plan(path)
    except PlanReadError as e:
        assert e.reason and "\n" not in e.reason
        return
    for code, sec in plan.sections.items():
        if sec.found:
            assert sec.heading or sec.block_ids, code
        for i in sec.block_ids:
            assert plan.blocks[i].section == code
    for row in plan.threads:
        for role, allowed in ROLE.items():
            assert {plan.blocks[i].section for i in getattr(row, role)} <= allowed
    for item in plan.advice:
        assert plan.blocks[item.block_id].section == "K"
