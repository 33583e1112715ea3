"""Round 36 (first runs): PR-QUANTIFIED weighs a gap as an auditor does.

The severity rule: one item with two or more gaps caps the plan at Requires improvement, so what counts
as a gap decides most first-run false alarms. Who delivers it and with what expertise are one thing an
auditor asks ("who, and are they up to it"): no one named at all is one gap, not two; a person named by
name ("led by Priya") or every adult around the child, with no training said, is a quibble, reported and
not marked down; "school staff" or "the pastoral team" with no expertise is still a gap. An amount left
unsaid and a group with no size stay clear gaps. A line that says nothing of its own, not even what it
is, is a heading, not an item. Practice at home with a parent is given by the parent. "A block of 8
sessions" counts sessions, not the members of a group. The wording is invented, not the validity sets'."""

from __future__ import annotations

import datetime as dt

import pytest
from packaged_rubric import RUBRIC
from validity_helpers import plan_of as _plan

from ehcaudit.rubric.engine import run_criterion

WHEN = dt.date(2026, 12, 1)

SOUND = [
    "A teaching assistant trained in precision teaching will give Omar 10 minutes of 1:1 sight-word practice three times a week.",
    "A speech and language therapist will see Omar on his own for 30 minutes every Wednesday.",
]


def _run(*items: str):
    lines = [("F", "Learning", "list_item", t) for t in (*SOUND, *items)]
    return run_criterion(_plan(lines), RUBRIC, RUBRIC.criterion("PR-QUANTIFIED"), WHEN, cache={})


def _issues(*items: str) -> list[str]:
    return [f"{f.message} {f.quote}" for f in _run(*items).findings if f.kind != "evidence"]


# -- no one named: one gap, not two (the item is marked down, the plan not failed for it) ---------------

@pytest.mark.parametrize("item", [
    "A money-skills course in a group of no more than 6, 1 hour every Tuesday for the spring term.",
    "From March 2027, bus training to the college, 45 minutes twice a week for 8 weeks, 1:1.",
    "Drama club after school, 1 hour each Thursday, in a group of up to 10 pupils.",
    "Keyboard skills practice on a laptop, 15 minutes every morning, 1:1.",
])
def test_no_one_named_is_one_gap(item: str) -> None:
    r = _run(item)
    assert r.level >= 3, r.findings
    assert any("who delivers it" in m for m in _issues(item))  # still reported


# -- a person named by name, or every adult, with no training said: a quibble --------------------------

@pytest.mark.parametrize("item", [
    "Turn-taking games in a group of three, 20 minutes every afternoon, led by Priya.",
    "A worry-box chat, 1:1 with Mr Okafor, 10 minutes each Monday morning.",
    "Every adult in the room uses a now-and-next board with Omar at each change of activity.",
    "All staff in his class give one instruction at a time and show the matching picture, in every lesson.",
])
def test_named_person_without_training_is_a_quibble(item: str) -> None:
    assert _run(item, item.replace("Priya", "Tomas").replace("Okafor", "Banerjee")).level == 4


# -- practice at home with a parent: the parent gives it -------------------------------------------------

@pytest.mark.parametrize("item", [
    "Spelling games at home with his dad, three evenings a week for 10 minutes.",
    "Shared reading at home for 15 minutes each evening, with her mum signing the reading record.",
    "Number bonds practice at home, 5 minutes every day, with their parents using the cards sent by school.",
])
def test_home_practice_with_parents(item: str) -> None:
    assert _issues(item) == []


# -- "a block of 8 sessions" is no group size -------------------------------------------------------------

def test_block_of_sessions_is_no_group_size() -> None:
    msgs = _issues("Ben will join a friendship group for a block of 6 fortnightly sessions.")
    assert any("the group size or ratio" in m for m in msgs)
    assert not any("the group size or ratio" in m for m in _issues("A friendship group of 6, 30 minutes fortnightly, led by the ELSA."))


# -- the boundary: clear gaps still fail the plan -----------------------------------------------------------

@pytest.mark.parametrize("item", [
    "Occupational therapy programme carried out in class.",                    # a therapy with no amount, no one
    "Friendship group sessions, weekly for a term, run by the pastoral team.",  # no size, no expertise
    "Handwriting group, three times a week, led by school staff.",             # no length, no size, no expertise
    "Nature club in a small group, led by Priya.",                             # no amount, no size: the name saves nothing
    "Spelling games at home with his mum.",                                    # the parent gives it; the amount is open
    "Ella can use the calm room as appropriate.",                              # left open
    "Sam will have 1:1 support.",                                              # says nothing more: vague, not a heading
])
def test_clear_gaps_still_fail(item: str) -> None:
    assert _run(item).level <= 2, _issues(item)
