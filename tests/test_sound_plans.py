"""A sound plan in each layout the sample generator writes gets no red criterion (issue #3)."""

from __future__ import annotations

import datetime as dt
import importlib.util
import random
from pathlib import Path

import pytest
from packaged_rubric import RUBRIC

from ehcaudit.reader import read_plan
from ehcaudit.rubric.engine import score_plan

ROOT = Path(__file__).resolve().parents[1]


def generator():
    spec = importlib.util.spec_from_file_location("generate_samples", ROOT / "scripts" / "generate_samples.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


GEN = generator()


def sound_plan(year: int, seed: int):
    """The generator's plan with no failure planted (p_bad = 0), for a given year group."""
    rng = random.Random(seed)
    while True:
        front, sections, bad = GEN.plan_content(rng, "Jade", dt.date(2026, 3, 1), 0.0)
        if int(front["National Curriculum year"]) == year:
            assert not any(bad.values())
            return front, sections


@pytest.mark.parametrize("layout", ["styled", "national", "caps", "titles", "table", "md"])
@pytest.mark.parametrize("year", [5, 10])
def test_sound_plan_has_no_red_criterion(layout, year, tmp_path):
    front, sections = sound_plan(year, seed=year)
    path = GEN.write_plan(front, sections, tmp_path, f"sound-{layout}", layout)
    result = score_plan(read_plan(path), RUBRIC, dt.date(2026, 3, 31))
    red = [c for c in result.criteria if c.applicable and c.rag == "red"]
    report = "\n".join(f"{c.id} (level {c.level}): " + "; ".join(f"[{f.kind}] {f.location}: {f.message} «{f.quote[:80]}»"
                                                                  for f in c.findings) for c in red)
    assert not red, f"{layout}, Year {year}: red criteria on a sound plan:\n{report}"
    assert result.overall.rag == "green", (layout, year, result.overall)
    by_id = {c.id: c for c in result.criteria}
    for cid in ("PC-ASPIRATION-LINK", "PC-STRENGTHS", "PR-QUANTIFIED", "PR-OUTCOME-LINK"):
        assert by_id[cid].level == 4, (layout, year, cid, [(f.message, f.quote) for f in by_id[cid].findings])
    pfa = by_id["PC-PFA"]
    assert pfa.applicable == (year >= 9) and (pfa.level == 4 or not pfa.applicable), (layout, year, pfa.findings)
