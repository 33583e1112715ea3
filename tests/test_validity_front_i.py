"""Set I front-matter class: the plan's date, its last review and the year group as councils
write them ("Final EHCP date", "Date finalised", "NCY 4", a month/year date of birth...).

Each class has new wording of our own plus the set's wording; the set I plans are read whole too.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from ehcaudit.reader import read_plan
from ehcaudit.reader.frontmatter import build_front, pairs_from_text

SET_I = Path(__file__).resolve().parents[1] / "benchmarks" / "validity" / "sets" / "I" / "plans"


def _front(text: str):
    return build_front(pairs_from_text(text))


@pytest.mark.parametrize("text, when", [
    # our own wording
    ("Date this plan was issued: 3 October 2026", dt.date(2026, 10, 3)),
    ("Date of this plan: 03/10/2026", dt.date(2026, 10, 3)),
    ("Plan finalised: 3rd Oct 2026", dt.date(2026, 10, 3)),
    ("Date of EHC plan: 2026-10-03", dt.date(2026, 10, 3)),
    ("Date EHCP finalised: 3 October 2026", dt.date(2026, 10, 3)),
    ("Final plan date: 3.10.2026", dt.date(2026, 10, 3)),
    ("Current EHCP date: October 3, 2026", dt.date(2026, 10, 3)),
    # the set's wording
    ("Final EHCP date: 20 April 2026", dt.date(2026, 4, 20)),
    ("Date finalised: 4th Sept 2026", dt.date(2026, 9, 4)),
    ("Date finalised: Sep-2026 (issued 21 September 2026)", dt.date(2026, 9, 21)),
])
def test_plan_date_labels(text, when):
    assert _front(text).date_issued == when


@pytest.mark.parametrize("text, when", [
    ("Review date: 14 May 2026", dt.date(2026, 5, 14)),
    ("Date of last review: 14/05/2026", dt.date(2026, 5, 14)),
    ("Most recent review: May 2026", dt.date(2026, 5, 1)),
    ("Date of last review: 6 October 2025", dt.date(2025, 10, 6)),  # set I (i107)
])
def test_last_review_labels(text, when):
    assert _front(text).last_review == when


def test_next_review_is_not_the_last_review():
    assert _front("Next review date: 14 May 2027").last_review is None


@pytest.mark.parametrize("text, year", [
    # our own wording
    ("NCY: Year 6", 6),
    ("National Curriculum Year (NCY): 2", 2),
    ("School year: Y8", 8),
    ("NC yr: 11", 11),
    ("Year group: NCY R", 0),
    ("Education phase: Key Stage 3", 7),
    # the set's wording
    ("NCY: 4", 4),
    ("NCY: Y1", 1),
    ("NCY: Year 5", 5),
    ("Year Group (NCY): Year 2", 2),
    ("Year Group (NCY): Reception (NCY R)", 0),
    ("Year Group (NCY): Nursery (NCY N1)", 0),
    ("NCY: Post-19 (NCY 15)", 14),
    ("Age: 11 years | Year Group (NCY): Year 7", 7),
])
def test_year_group_labels(text, year):
    assert _front(text).year_group == year


@pytest.mark.parametrize("text, born", [
    ("Date of birth: 04/2023", dt.date(2023, 4, 1)),   # set I (i201): month and year only
    ("DOB: 9-2014", dt.date(2014, 9, 1)),
    ("Date of birth: 17 March 2015", dt.date(2015, 3, 17)),
])
def test_month_year_birth_gives_the_year_group(text, born):
    fm = _front(text + "\nDate of plan: 1 October 2026")
    assert fm.born == born
    assert fm.year_group == fm.year_on(dt.date(2026, 10, 1))
    assert fm.year_group is not None


def test_age_alone_gives_a_year():
    fm = _front("Age: 7 years")
    assert fm.age == 7 and fm.year_on(dt.date(2026, 10, 1)) == 2


@pytest.mark.parametrize("name, issued, year", [
    ("i101.docx", dt.date(2026, 4, 20), 2),
    ("i104.docx", dt.date(2026, 3, 2), 4),
    ("i108.docx", dt.date(2026, 11, 10), 0),
    ("i112.docx", dt.date(2026, 1, 19), 14),
    ("i202.docx", dt.date(2026, 10, 19), 3),
    ("i205.docx", dt.date(2026, 9, 21), 5),
    ("i207.docx", dt.date(2026, 11, 2), 1),
    ("i210.docx", dt.date(2026, 7, 2), 4),
])
def test_set_i_front_matter(name, issued, year):
    plan = read_plan(SET_I / name)
    assert plan.front.date_issued == issued
    assert plan.front.year_group == year


# -- through the criteria: the plan's date makes it current; a young child's year rules PfA out ------

def _plan(tmp_path, front: str):
    f = tmp_path / "plan.txt"
    f.write_text(f"Name: Ty\n{front}\n\nSection A: Views\nTy likes football and maths.\n\n"
                 "Section B: Special educational needs\nTy has ADHD and finds it hard to sit still.\n")
    return read_plan(f)


@pytest.mark.parametrize("front", [
    "Final EHCP date: 2 March 2026",          # set I (i104)
    "Date EHCP finalised: 2nd March 2026",    # new
    "Date of this plan: 02/03/2026",          # new
])
def test_a_plan_dated_under_a_year_ago_is_current(tmp_path, front):
    from validity_helpers import flagged, run
    plan = _plan(tmp_path, front)
    assert plan.front.date_issued == dt.date(2026, 3, 2)
    assert not flagged(run(plan, "CA-ANNUAL-REVIEW"))


@pytest.mark.parametrize("front", [
    "Date finalised: 2 July 2026\nDate of birth: 05/2018\nNCY: 4",   # set I (i210)
    "Date of plan: 2 July 2026\nNational Curriculum Year: NCY 3",  # new
])
def test_preparing_for_adulthood_is_not_applicable_to_a_young_child(tmp_path, front):
    from validity_helpers import run
    assert not run(_plan(tmp_path, front), "PC-PFA").applicable
