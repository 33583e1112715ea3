"""Validity classes for PR-QUANTIFIED and PR-VAGUE-WORDING found on set W (round 20).

Each class is shown by a sentence written for this test, by its boundary (a near-miss that must still
be flagged) and, where useful, by the set's own sentence (plan named). What an auditor applies:

* a line saying the items are on top of the teaching every pupil gets ("The support set out below is
  additional to the quality-first teaching in every class") frames the list; it is not an item;
* a cell naming the lessons the item runs in ("All science lessons", "all of her English lessons")
  says how often and for how long: each of those lessons;
* a change to provision with its step stated, left to the child's review or PEP meetings ("extended
  by one afternoon a week each term as agreed at LAC reviews") is not vague; a change left to
  agreement with no step and no meeting ("increased as agreed with the school") still is.
"""

from __future__ import annotations

import care_builder
import pytest
from validity_helpers import flagged, run, why

GOOD = [
    "- Precision teaching of sight words, 1:1 with a trained teaching assistant, 3 x 15 minutes a week.",
    "- Speech and language therapy, 1:1 with a speech and language therapist, weekly, 30 minutes.",
]


def _issues(res, text: str) -> list:
    return [f for f in res.findings if f.kind == "issue" and text[:40] in (f.quote or "")]


def _run(lines: list[str], criterion: str):
    return run(care_builder.build({"A": ["Kit likes football."], "F": GOOD + lines}), criterion)


@pytest.mark.parametrize("line", [
    # set W, w101
    "The provision below is in addition to the high-quality teaching given to all pupils.",
    # new
    "The support set out below is additional to the quality-first teaching in every class.",
    "All of the provision in this section is over and above the ordinary school curriculum.",
])
def test_a_line_framing_the_items_is_not_an_item(line):
    res = _run([line], "PR-QUANTIFIED")
    assert not _issues(res, line) and not flagged(res), why(res)


def test_an_item_that_mentions_class_teaching_is_still_an_item():
    line = "Support with reading in a small group, in addition to the high-quality teaching in class."
    res = _run([f"- {line}"], "PR-QUANTIFIED")
    assert _issues(res, line), why(res)


@pytest.mark.parametrize("line", [
    # set W, w110
    "Small teaching group for all core subjects – All core lessons, in a group of no more than 6 – Qualified "
    "teachers at the centre",
    # new
    "Teaching in a small science set – all science lessons, in a group of no more than 8 – a science teacher",
])
def test_the_lessons_an_item_runs_in_say_how_often_and_how_long(line):
    res = _run([f"- {line}"], "PR-QUANTIFIED")
    assert not [f for f in _issues(res, line) if "how often" in f.message], why(res)


def test_some_lessons_still_leave_the_amount_open():
    line = "Teaching in a small science set – some science lessons, in a group of no more than 8 – a science teacher"
    res = _run([f"- {line}"], "PR-QUANTIFIED")
    assert [f for f in _issues(res, line) if "how often" in f.message], why(res)


@pytest.mark.parametrize("line", [
    # set W, w212 (as a row of its own)
    "Reduced and phased timetable, increased by one lesson a week each half term as agreed at PEP meetings, "
    "by the designated teacher.",
    # new
    "Part-time timetable of 3 days a week, extended by one afternoon a week each term as agreed at LAC reviews, "
    "arranged by the head of year.",
])
def test_a_stated_step_agreed_at_the_childs_meetings_is_not_vague(line):
    res = _run([f"- {line}"], "PR-VAGUE-WORDING")
    assert not _issues(res, line), why(res)


@pytest.mark.parametrize("line", [
    "Part-time timetable, increased as agreed with the school.",
    "Hours of teaching assistant support as agreed at meetings.",
])
def test_provision_left_to_agreement_is_still_vague(line):
    res = _run([f"- {line}"], "PR-VAGUE-WORDING")
    assert _issues(res, line), why(res)


# -- PR-OUTCOME-LINK: a need in a row of its own under its area's table (set W, w103) ---------------------

_TRANSITION = ("BFE", "Kit gets very worried in busy, noisy places and at lunchtime.",
               "Transition to his new secondary school: four visits with his key adult and a photo book of "
               "the building - summer term 2027, four 1-hour visits - SENCo and key adult",
               "By October 2027, Kit will go to every lesson in his first half term at his new school.")


@pytest.mark.parametrize("need, gap", [
    ("Kit is frightened about starting at his new secondary school next year.", False),
    # boundary: a further need the area's provision says nothing about stays an empty row
    ("Kit finds it hard to tie his shoelaces after PE.", True),
])
def test_a_further_need_row_is_met_by_its_area_tables_provision(need, gap):
    plan = care_builder.build({"A": ["Kit likes football."]}, threads=[_TRANSITION, ("BFE", need, "", "")])
    res = run(plan, "PR-OUTCOME-LINK")
    empty = [f for f in res.findings if f.kind == "issue" and "no provision in its row" in f.message]
    assert bool(empty) is gap, why(res)
