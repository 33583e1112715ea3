"""The bundled sample plans: readable in every layout, and their scores tell the story of a
year of improvement."""

from __future__ import annotations

import datetime as dt
import statistics
from pathlib import Path

from ehcaudit.pipeline import iter_plan_files
from ehcaudit.reader import read_plan
from ehcaudit.rubric.engine import score_plan
from ehcaudit.rubric.schema import default_rubric_path, load_rubric

ROOT = Path(__file__).resolve().parents[1] / "sample_plans"
RUBRIC = load_rubric(default_rubric_path())


def test_twelve_months_of_six_to_ten_plans():
    months = sorted(p for p in ROOT.iterdir() if p.is_dir())
    assert len(months) == 12
    for m in months:
        assert 6 <= len(list(m.iterdir())) <= 10, m


def test_every_sample_plan_reads_with_all_sections_and_layouts_vary():
    layouts = set()
    for path, problem in iter_plan_files([ROOT]):
        assert problem is None
        plan = read_plan(path)
        missing = [c for c, s in plan.sections.items() if not s.found]
        assert not missing, f"{path}: sections not found {missing}"
        assert plan.advice, f"{path}: no advice items read from K"
        layouts.add("national" if plan.threads else path.suffix)
    assert {"national", ".docx", ".md"} <= layouts


def test_scores_improve_over_the_year():
    by_month: dict[str, list[float]] = {}
    for path, _ in iter_plan_files([ROOT]):
        month = path.parent.name
        as_of = dt.date.fromisoformat(f"{month}-28")
        by_month.setdefault(month, []).append(score_plan(read_plan(path), RUBRIC, as_of).overall.score)
    months = sorted(by_month)
    first = statistics.mean(s for m in months[:3] for s in by_month[m])
    last = statistics.mean(s for m in months[-3:] for s in by_month[m])
    assert last > first + 5, (first, last)
