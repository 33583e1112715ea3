"""Validity classes for PR-QUANTIFIED found on set AA (round 26).

Each class is shown by sentences written for this test, worded as other councils would word them, and by
its boundary. What an auditor applies:

* a club named by its slot of the school day, with its subject between ("a lunchtime chess club", "a
  breakfast reading club") or set in the slot ("a Lego group in the lunch hour"), lasts the slot; a club
  with no slot ("chess club every Tuesday") still says no length;
* a young person attending a supported internship, traineeship or apprenticeship, or a named programme at
  a named college, is on a study programme: its college or provider delivers it; an internship or
  placement with a named employer says who; an intervention programme at the child's school still names
  its adult;
* a dated change to the item before ("From January 2027, this will reduce to ...") is part of it; a dated
  sentence with its own subject ("From January 2027, the SALT will visit monthly") is an item of its own;
* a response to a health episode ("If he has a seizure, ...") happens each time the episode does; a
  first aider is a role with its expertise; the child's own feelings ("when she feels anxious") still
  leave the amount to demand.
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


def _run(lines: list[str]):
    return run(care_builder.build({"A": ["Jac likes drawing."], "F": lines + GOOD}), "PR-QUANTIFIED")


# -- a club in a slot of the school day --------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Lunchtime art club: every Monday and Thursday, led by the art teacher, in a group of no more than 8.",
    "Lunchtime chess club every Tuesday and Friday, run by the maths teacher, in a group of no more than 10.",
    "A breakfast reading club on Mondays and Wednesdays, led by a trained teaching assistant, in a group of up to 6.",
    "Lego building group in the lunch hour twice a week, run by the ELSA, in a group of 4.",
    "A board games club at lunchtime every Thursday, led by the learning mentor, in a group of up to 5.",
])
def test_a_club_in_a_slot_of_the_day_lasts_the_slot(line):
    res = _run([f"- {line}"])
    assert not _issues(res, line) and not flagged(res), why(res)


@pytest.mark.parametrize("line", [
    "Chess club every Tuesday and Friday, run by the maths teacher, in a group of no more than 10.",
    "An after-school art club every Monday, led by the art teacher, in a group of up to 8.",
])
def test_a_club_with_no_slot_still_says_no_length(line):
    res = _run([f"- {line}"])
    assert any("for how long" in f.message for f in _issues(res, line)), why(res)


def test_lunch_with_a_group_is_not_a_club():
    line = "Jac will eat lunch with a group of friends, weekly, supported by his key adult."
    res = _run([f"- {line}"])
    assert _issues(res, line), why(res)  # no length of its own: still judged


# -- a study programme, internship or placement at a named college or employer -----------------------

@pytest.mark.parametrize("line", [
    "Jac attends the Next Steps programme at Marches Valley College four days a week (9am to 3pm), 38 weeks a year.",
    "Owen attends his supported internship three days a week (Tuesday to Thursday), 36 weeks a year, until July 2027.",
    "Lowri will start a traineeship at Brecon Road Garden Centre in September 2026, two days a week for 20 weeks.",
    "Ffion is on the Foundation Skills course at Wyeside College, three days a week for 36 weeks.",
])
def test_a_programme_at_a_named_college_or_employer_is_delivered_by_it(line):
    res = _run([line])
    assert not _issues(res, line) and not flagged(res), why(res)


def test_a_placement_with_a_named_employer_says_who():
    line = "A work placement with Greenway Hotels in the kitchen, one 3-hour shift each week for 12 weeks."
    res = _run([f"- {line}"])
    assert not any("who delivers" in f.message for f in _issues(res, line)), why(res)


@pytest.mark.parametrize("line, lacking", [
    ("A work placement three days a week for 10 weeks.", "who delivers it"),
    ("Jac attends a social skills programme three days a week.", "who delivers it"),
    ("The Thrive programme at Oakfield Primary School, three times a week for 20 minutes.", "who delivers it"),
])
def test_a_programme_naming_no_provider_still_lacks_who(line, lacking):
    res = _run([f"- {line}"])
    assert any(lacking in f.message for f in _issues(res, line)), why(res)


# -- a dated change to the item before ---------------------------------------------------------------

@pytest.mark.parametrize("then", [
    "From January 2027, this will reduce to 3 hours a week as she grows in confidence.",
    "After the October half term, the sessions will drop to once a fortnight.",
    "By the summer term, it will fade to one check-in a day.",
    "From Easter 2027, the support will increase to 4 hours a week before her exams.",
])
def test_a_dated_change_to_the_item_before_is_part_of_it(then):
    first = "A job coach, trained in systematic instruction, will work with Jac 1:1 at the hotel for 6 hours a week."
    res = _run([f"- {first} {then}"])
    assert not _issues(res, then) and not flagged(res), why(res)


def test_a_dated_sentence_with_its_own_subject_is_its_own_item():
    then = "From January 2027, the SALT will visit monthly."
    first = "A job coach, trained in systematic instruction, will work with Jac 1:1 at the hotel for 6 hours a week."
    res = _run([f"- {first} {then}"])
    assert _issues(res, then), why(res)


# -- a response to a health episode -------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "When Maryam reports a migraine, a first aider will give her prescribed medicine (as written in her care plan) "
    "and let her rest in the medical room for 30 minutes before deciding with her mother whether she goes home.",
    "If Tariq has a seizure lasting more than 5 minutes, a first aider will give his rescue medicine as set out in "
    "his care plan and stay with him for 30 minutes.",
    "If she shows signs of a hypo, a first aider will give her glucose tablets and check her blood sugar 15 minutes later.",
    "Whenever he complains of a headache, a first aider will let him rest in the medical room for 20 minutes.",
])
def test_a_response_to_a_health_episode_happens_each_time(line):
    res = _run([f"- {line}"])
    assert not _issues(res, line) and not flagged(res), why(res)


def test_the_childs_own_feelings_still_leave_it_to_demand():
    line = "When she feels anxious, a first aider will let her rest in the medical room for 20 minutes."
    res = _run([f"- {line}"])
    assert any("how often" in f.message for f in _issues(res, line)), why(res)


# -- an adult for every occasion of a care task --------------------------------------------------------

@pytest.mark.parametrize("line", [
    "A second adult trained in moving and handling for every transfer between his wheelchair and the changing bench.",
    "Two trained teaching assistants for all hoisting, following her moving and handling plan.",
    "A trained learning support assistant for all personal care, following her intimate care plan.",
])
def test_an_adult_for_every_occasion_of_a_care_task_says_how_often(line):
    res = _run([f"- {line}"])
    assert not _issues(res, line) and not flagged(res), why(res)


def test_help_with_a_care_task_on_no_occasion_still_lacks_how_often():
    line = "A second trained assistant to help with personal care."
    res = _run([f"- {line}"])
    assert any("how often" in f.message for f in _issues(res, line)), why(res)
