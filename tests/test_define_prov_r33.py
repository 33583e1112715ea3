"""Round 33: what PR-QUANTIFIED and PR-OUTCOME-LINK judge, by definition.

An item is a thing the child gets, with the elements the plan gives it anywhere in its record. A sentence
that goes on to the item's next step ("She will then ...") or changes its amount over time ("His hours will
rise by ...") has no thing of its own: it is part of that record. A one-off piece of work tied to its
moment needs who and when, not how often. A line about the outcomes as a set is not an outcome. The
wording is invented councils' wording, not the validity sets'."""

from __future__ import annotations

import datetime as dt

import pytest
from packaged_rubric import RUBRIC
from validity_helpers import plan_of as _plan

from ehcaudit.checks._prov_frame import later_step, names_again
from ehcaudit.checks._prov_unit import one_off_action
from ehcaudit.checks.outcome_link import _OUTCOME_PART_RE
from ehcaudit.rubric.engine import run_criterion

WHEN = dt.date(2026, 6, 30)

#: A fully specified item, so that a plan's level turns on the line under test.
SOUND = "A teaching assistant trained in precision teaching will give Omar 10 minutes of 1:1 sight-word practice three times a week."


def _quantified_issues(*items: str) -> list[str]:
    plan = _plan([("F", "Learning", "list_item", t) for t in (SOUND, *items)])
    out = run_criterion(plan, RUBRIC, RUBRIC.criterion("PR-QUANTIFIED"), WHEN, cache={})
    return [f"{f.message} {f.quote}" for f in out.findings if f.kind != "evidence"]


# -- the next step of an item, and its amount changing: part of its record ---------------------------

LATER_STEPS = [
    "He will then send a written summary to Omar's parents.",
    "Then she joins the rest of her class for the plenary.",
    "After each visit the advisory teacher updates the targets on the provision map.",
    "Following this, the key worker shares the photo book with the family.",
    "His hours will rise by one morning every half term, agreed with his carers.",
    "The sessions will taper to once a fortnight from the spring term.",
    "Her timetable will gradually increase to full days by Easter.",
]


@pytest.mark.parametrize("sent", LATER_STEPS)
def test_a_later_step_or_a_changing_amount_goes_with_the_item_before(sent):
    assert later_step(sent)


NEW_ITEMS = [
    "Then he will have 20 minutes of phonics every day in a group of 3.",  # a next step with its own amount
    "The therapist will see him weekly.",
    "A fidget toy will be kept on his desk.",
    "Thereafter, weekly maths catch-up with a tutor.",
]


@pytest.mark.parametrize("sent", NEW_ITEMS)
def test_a_sentence_with_its_own_thing_and_amount_is_not_a_later_step(sent):
    assert not later_step(sent)


def test_the_next_step_of_a_visit_is_not_judged_alone():
    issues = _quantified_issues(
        "An occupational therapist from the Westvale Therapy Team will see Omar 1:1 in school every Wednesday for 40 minutes "
        "in the autumn term. She will then write a home programme for his carers to follow.")
    assert issues == []


def test_a_changing_amount_is_not_judged_alone():
    issues = _quantified_issues(
        "Kofi will attend the Larch Centre for 10 hours a week in a group of no more than 5, taught by a qualified teacher. "
        "His hours will rise by one morning every half term, agreed at each review with his mother.")
    assert issues == []


def test_a_vague_item_is_still_judged_when_a_later_step_follows_it():
    issues = _quantified_issues("An adult will help Omar with his reading when possible. Then he will read with a partner.")
    assert any("how often" in i for i in issues)


def test_the_deliverer_named_again_with_their_training_is_part_of_the_item():
    item = "Leila will have a learning support assistant with her for 20 hours a week (all lessons)."
    again = "The learning support assistant will have completed Makaton Level 2 training."
    assert names_again(again, item)
    assert _quantified_issues(f"{item} {again}") == []


# -- a one-off piece of work tied to its moment: who and when ------------------------------------------

ONE_OFF = [
    "By October 2026 the occupational therapist will assess Ben's seating in class and write a report for the school.",
    "In the autumn term the SENCo will hold a transition meeting with the new school and Ella's parents.",
    "Before Easter 2027 the advisory teacher will observe Kai in two lessons and write feedback for his teachers.",
    "Ahead of his move to Year 7, the educational psychologist will update the advice for his new school.",
]


@pytest.mark.parametrize("line", ONE_OFF)
def test_a_dated_one_off_needs_who_and_when_not_how_often(line):
    assert one_off_action(line)
    assert _quantified_issues(line) == []


NOT_ONE_OFF = [
    "In the autumn term the speech and language therapist will review his targets each half term.",
    "By July 2027 the SENCo will arrange sessions as needed.",
    "The educational psychologist will assess Ben.",  # no moment
    "Speech and language therapy in the spring term 2027.",  # no single piece of work
]


@pytest.mark.parametrize("line", NOT_ONE_OFF)
def test_a_recurring_or_undated_action_is_not_a_one_off(line):
    assert not one_off_action(line)


def test_a_one_off_with_no_one_named_still_lacks_who():
    issues = _quantified_issues("In March 2027 an assessment of Ben's handwriting will be carried out to update his targets.")
    assert any("who delivers it" in i for i in issues)


# -- a line about the outcomes as a set is not an outcome ------------------------------------------------

ABOUT_OUTCOMES = [
    "Outcomes for the end of Year 9 and the steps towards them. Each one builds on Jonah's aspirations in Section A.",
    "All of Zoe's long-term outcomes link to what she told us she wants in Section A.",
    "The outcomes below were agreed with Kai and his dad at the planning meeting.",
    "Each one builds on something Ruby said about her future.",
]


@pytest.mark.parametrize("line", ABOUT_OUTCOMES)
def test_a_line_about_the_outcomes_is_not_one(line):
    assert _OUTCOME_PART_RE.match(line)


OUTCOMES = [
    "Outcomes: By July 2027, Sam will read 50 common words on sight.",
    "Outcome 2 – By July 2027, Sam will swim 10 metres without a float.",
    "By July 2027, Sam will order his own lunch in the canteen on 4 days out of 5.",
]


@pytest.mark.parametrize("line", OUTCOMES)
def test_an_outcome_with_its_label_is_still_an_outcome(line):
    assert not _OUTCOME_PART_RE.match(line)


# -- a need's topic is what the child finds hard ----------------------------------------------------------

def test_the_toilet_as_a_place_the_child_goes_is_not_a_toileting_need():
    from ehcaudit.checks._need_gaps import what_child_finds_hard
    assert "toilet" not in what_child_finds_hard("In maths she often asks to go to the toilet and is away for 15 minutes.")
    assert "toilet" not in what_child_finds_hard("When upset he leaves the classroom for the toilets.")
    for own in ("She needs help to go to the toilet and to wash her hands.", "He is not yet toilet trained and wears pads."):
        assert what_child_finds_hard(own) == own
