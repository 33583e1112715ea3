"""PR-QUANTIFIED, set AJ's first run: an item whose numbered title is written as its first sentence,
with the outcomes it serves ("F2 Specialist teaching (E1, E2). A specialist teacher teaches ..."),
is one item under that title; the title is no item of its own that "does not say how often". In
words of our own."""

from __future__ import annotations

import datetime as dt

import docx
import pytest

from ehcaudit.reader import read_plan
from ehcaudit.rubric.engine import score_plan
from ehcaudit.rubric.files import default_rubric_path
from ehcaudit.rubric.schema import load_rubric


@pytest.fixture(scope="module")
def rubric():
    return load_rubric(default_rubric_path())


def _level(tmp_path, rubric, *items: str) -> int:
    d = docx.Document()
    d.add_heading("Section E: Outcomes", level=1)
    d.add_paragraph("By July 2027, Omar will add and subtract numbers to 100 with 9 out of 10 correct on his "
                    "class teacher's half-termly check.")
    d.add_heading("Section F: Special educational provision", level=1)
    for text in items:
        d.add_paragraph(text)
    d.save(tmp_path / "f.docx")
    result = score_plan(read_plan(tmp_path / "f.docx"), rubric, dt.date(2026, 12, 1))
    return {c.id: c.level for c in result.criteria}["PR-QUANTIFIED"]


@pytest.mark.parametrize("item", [
    "F3 Maths support (E2, E4). A teaching assistant trained in the programme works with Omar in a group of 3, "
    "twice a week for 20 minutes.",
    "F1 Number sense (all outcomes). Omar has 1:1 teaching from a specialist maths teacher once a week for 45 minutes.",
    "F7 Counting games (E1). Daily, 10 minutes, a group of no more than 4, led by a teaching assistant trained by "
    "the specialist teacher.",
])
def test_a_numbered_title_sentence_is_the_items_title(tmp_path, rubric, item):
    assert _level(tmp_path, rubric, item) == 4


def test_the_item_under_the_title_is_still_judged(tmp_path, rubric):
    assert _level(tmp_path, rubric, "F3 Maths support (E2). A teaching assistant will help Omar with maths.") <= 2


def _vague(tmp_path, rubric, item: str) -> int:
    d = docx.Document()
    d.add_heading("Section F: Special educational provision", level=1)
    d.add_paragraph(item)
    d.save(tmp_path / "v.docx")
    result = score_plan(read_plan(tmp_path / "v.docx"), rubric, dt.date(2026, 12, 1))
    return {c.id: c.level for c in result.criteria}["PR-VAGUE-WORDING"]


@pytest.mark.parametrize("item", [
    # a choice the plan gives the child (set AI's first run: "Kalina may answer by pointing, nodding ...")
    "In class, Omar may reply by pointing to his symbol board instead of speaking; his teacher accepts this every lesson.",
    "During tests Omar may stand at the back of the room for a minute, as his teacher agreed with him.",
    # agreed with the young person and reviewed on a fixed cycle (set AJ: "as agreed with Yusuf and reviewed each half term")
    "A job coach supports Omar 1:1 for his whole shift, fading as he becomes confident, as agreed with Omar and "
    "reviewed each half term.",
])
def test_a_childs_permission_or_a_reviewed_agreement_is_not_vague(tmp_path, rubric, item):
    assert _vague(tmp_path, rubric, item) >= 3


@pytest.mark.parametrize("item", [
    "Omar may need a teaching assistant at lunchtimes.",
    "Omar may be offered a place in the nurture group.",
    "Omar may attend the social skills group when a place is free.",
    "Mrs Khan may visit school to advise staff.",
    "Support hours will be reduced as agreed with the school.",
])
def test_a_maybe_about_provision_is_still_vague(tmp_path, rubric, item):
    assert _vague(tmp_path, rubric, item) <= 2


@pytest.mark.parametrize("item", ["Staff may provide a quiet space when Omar is upset.",
                                  "Teachers may give Omar extra time where possible.",
                                  "Support may be reduced next year."])
def test_staff_who_may_do_something_are_a_maybe_about_provision(tmp_path, rubric, item):
    assert _vague(tmp_path, rubric, item) <= 2
