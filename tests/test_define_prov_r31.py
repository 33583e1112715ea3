"""Round 31: an item's record and the golden thread, by definition.

PR-QUANTIFIED reads an item's elements wherever the plan writes them for it: its own words, its
labelled sub-lines ("How often: ...", "Who: ..."), and a standing statement of its block that says who
gives every item in it. PR-OUTCOME-LINK links an outcome to provision as an auditor does: a shared row,
a reference to the outcome, the same area heading over both (however each words it), or an item naming
the outcome's goal. The wording here is invented councils' wording, not the validity sets'."""

from __future__ import annotations

import datetime as dt

import care_builder
import pytest
from packaged_rubric import RUBRIC
from validity_helpers import plan_of as _plan

from ehcaudit.checks._prov_unit import is_item, stands_for_items
from ehcaudit.model import Plan
from ehcaudit.rubric.engine import run_criterion

WHEN = dt.date(2026, 6, 30)


def _run(plan: Plan, criterion: str):
    return run_criterion(plan, RUBRIC, RUBRIC.criterion(criterion), WHEN, cache={})


def _issues(out) -> list[str]:
    return [f.message for f in out.findings if f.kind != "evidence"]


# -- standing statements: a line about the set of items saying who gives them ------------------------

STANDING = [
    "Every item in this section is delivered by Zara's one-to-one learning support assistant, who holds a "
    "Level 3 award in supporting pupils with autism.",
    "The support set out here is given by Ravi's key worker, a nursery nurse trained in Makaton to Level 2.",
    "All of the help under this heading will be taught by the hearing support teacher (a qualified teacher of the deaf).",
    "The following provision will be delivered by Mr Osei, the specialist dyslexia teacher (Level 7 qualified).",
]


@pytest.mark.parametrize("line", STANDING)
def test_a_standing_statement_is_about_the_items_and_says_who_gives_them(line):
    assert not is_item(line)
    assert stands_for_items(line)


NOT_STANDING = [
    # who oversees, funds or reviews the items is not who gives them
    "The SENCo makes sure all of the provision below is in place each term.",
    "All of the support in this section is funded by the council's high needs block.",
    "Review: all of the provision is reviewed by the inclusion lead each half term.",
    # one item going on about itself, not the set
    "It is delivered by the speech and language therapist.",
    "This programme is led by the educational psychologist.",
]


@pytest.mark.parametrize("line", NOT_STANDING)
def test_oversight_funding_and_one_items_continuation_do_not_stand_for_every_item(line):
    assert not stands_for_items(line)


ITEMS = ["- Attention Autism sessions in a group of 3, 20 minutes each morning.",
         "- Lego-based therapy with two peers, 40 minutes on Wednesdays."]


def test_a_standing_statement_gives_every_item_in_its_block_who_delivers_it():
    out = _run(care_builder.build({"F": [STANDING[0], *ITEMS]}), "PR-QUANTIFIED")
    assert not _issues(out)
    assert out.level == 4


def test_without_the_standing_statement_the_same_items_do_not_say_who():
    out = _run(care_builder.build({"F": list(ITEMS)}), "PR-QUANTIFIED")
    assert any("who delivers it" in m for m in _issues(out))


def test_oversight_alone_does_not_say_who_delivers():
    out = _run(care_builder.build({"F": [NOT_STANDING[0], *ITEMS]}), "PR-QUANTIFIED")
    assert any("who delivers it" in m for m in _issues(out))


def test_a_standing_statement_speaks_for_its_own_block_only():
    plan = _plan([
        ("F", None, "heading", "Section F"),
        ("F", "Social communication", "heading", "Social communication"),
        ("F", "Social communication", "paragraph", STANDING[0]),
        ("F", "Social communication", "list_item", ITEMS[0][2:]),
        ("F", "Reading", "heading", "Reading"),
        ("F", "Reading", "list_item", "Paired reading with an older pupil, 15 minutes, three times a week."),
    ])
    issues = _issues(_run(plan, "PR-QUANTIFIED"))
    assert len(issues) == 1 and "who delivers it" in issues[0]


def test_a_statement_above_the_first_sub_heading_speaks_for_all_of_f():
    plan = _plan([
        ("F", None, "heading", "Section F"),
        ("F", None, "paragraph", STANDING[3]),
        ("F", "Reading", "heading", "Reading"),
        ("F", "Reading", "list_item", "Structured spelling programme, 1:1, 30 minutes twice a week."),
        ("F", "Writing", "heading", "Writing"),
        ("F", "Writing", "list_item", "Touch-typing lessons, 1:1, 20 minutes every Friday."),
    ])
    assert not _issues(_run(plan, "PR-QUANTIFIED"))


def test_labelled_sub_lines_are_part_of_the_item_record():
    out = _run(care_builder.build({"F": [
        "- Precision teaching of high-frequency words, 1:1",
        "- How often: four mornings a week, 10 minutes",
        "- Who: a teaching assistant trained in precision teaching by the educational psychologist"]}), "PR-QUANTIFIED")
    assert not _issues(out)


# -- the issue's exact examples touching PR-QUANTIFIED ----------------------------------------------------

@pytest.mark.parametrize("line", [
    "Careers: 3 one-to-one careers guidance meetings of 45 minutes each year with a qualified careers adviser",
    "The SALT will visit nursery once each half-term (6 visits a year, 1 hour each)",
    "A speech and language therapist will see Sam on his own on Mondays and Thursdays, half an hour each time, "
    "across the autumn term",
])
def test_issue_examples_are_fully_specified(line):
    assert not _issues(_run(care_builder.build({"F": [f"- {line}"]}), "PR-QUANTIFIED"))


# -- the golden thread ------------------------------------------------------------------------------------

def test_the_same_area_heading_links_outcome_and_provision_however_each_words_it():
    plan = _plan([
        ("E", None, "heading", "Section E"),
        ("E", "Getting about (preparing for adulthood: independent living)", "heading", "Getting about"),
        ("E", "Getting about (preparing for adulthood: independent living)", "list_item",
         "By July 2027, Tomasz will catch the 42 bus to the leisure centre on his own on 3 occasions."),
        ("F", None, "heading", "Section F"),
        ("F", "Independent living", "heading", "Independent living"),
        ("F", "Independent living", "list_item",
         "Road safety practice with his learning mentor, 1:1, 45 minutes every Tuesday afternoon."),
    ])
    out = _run(plan, "PR-OUTCOME-LINK")
    assert not _issues(out)
    assert any("same area heading" in f.message for f in out.findings)


def test_an_item_naming_the_outcomes_goal_serves_it():
    plan = care_builder.build({
        "E": ["- By Easter 2027, Kofi will operate a big-button switch to choose his song at circle time, 4 days out of 5."],
        "F": ["- F3 Switch practice with the class teacher, 1:1, 10 minutes every morning."],
    })
    out = _run(plan, "PR-OUTCOME-LINK")
    assert not [m for m in _issues(out) if "could be linked" in m]
    assert any("goal" in f.message for f in out.findings)


def test_a_reference_in_brackets_links_the_outcome():
    plan = care_builder.build({
        "E": ["- Outcome 3: By July 2027, Tomasz will catch the 42 bus to the leisure centre on his own on 3 occasions."],
        "F": ["- Road safety practice with his learning mentor, 1:1, 45 minutes every Tuesday (links to outcomes 1 and 3)."],
    })
    out = _run(plan, "PR-OUTCOME-LINK")
    assert not _issues(out)


def test_an_outcome_nothing_in_f_touches_is_still_unlinked():
    plan = _plan([
        ("E", None, "heading", "Section E"),
        ("E", "Creative arts", "heading", "Creative arts"),
        ("E", "Creative arts", "list_item",
         "By July 2027, Leah will compose an eight-bar melody on the keyboard and perform it to her class."),
        ("F", None, "heading", "Section F"),
        ("F", "Reading", "heading", "Reading"),
        ("F", "Reading", "list_item", "Paired reading with an older pupil, 15 minutes, three times a week, led by a TA."),
    ])
    assert any("could be linked" in m for m in _issues(_run(plan, "PR-OUTCOME-LINK")))
