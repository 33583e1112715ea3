"""Validity classes for PR-QUANTIFIED and PR-OUTCOME-LINK found on set Z (round 24).

Each class is shown by sentences written for this test, worded as other councils would word them, and by
its boundary. What an auditor applies:

* a pointer to provision written elsewhere in the section ("See the communication provision above") is not
  an item; in a national-template row it is the row's provision only if what it points to addresses the
  row's outcome;
* a later sentence in which the child uses the item before ("She will be able to use it whenever ...") is
  part of that item;
* a subject naming the lessons an adjustment is made in ("in English and maths lessons") says when, and
  does not make the adjustment teaching; a task done in a group ("each group task") is not a teaching group;
* a bracket saying what kind of provision a heading is ("(this is special educational provision)") or
  pointing to another item ("(see staff training below)") does not change what the line is;
* "The following provision will be made by ..." frames the items, as "The provision below ..." does.
"""

from __future__ import annotations

import care_builder
import pytest
from validity_helpers import flagged, run, why

from ehcaudit.checks._prov_items import _is_lead_in

GOOD = [
    "- Precision teaching of sight words, 1:1 with a trained teaching assistant, 3 x 15 minutes a week.",
    "- Speech and language therapy, 1:1 with a speech and language therapist, weekly, 30 minutes.",
]


def _issues(res, text: str) -> list:
    return [f for f in res.findings if f.kind == "issue" and text[:40] in (f.quote or "")]


def _run(lines: list[str]):
    return run(care_builder.build({"A": ["Mo likes drawing."], "F": lines + GOOD}), "PR-QUANTIFIED")


# -- pointers to provision elsewhere -----------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "See communication and interaction provision above.",
    "As for F2 above.",
    "Refer to the speech and language support below (E3).",
    "Same as the sensory provision above.",
])
def test_a_pointer_to_provision_elsewhere_is_not_an_item(line):
    res = _run([f"- {line}"])
    assert not _issues(res, line) and not flagged(res), why(res)


def test_a_line_naming_provision_and_pointing_on_is_still_judged():
    line = "See the social worker above for weekly visits."
    assert _issues(_run([f"- {line}"]), line)


# -- the child using the item before -----------------------------------------------------------------

@pytest.mark.parametrize("first, then", [
    ("A calm corner in the classroom with a beanbag, set up by the class teacher by September 2026.",
     "Mo will be able to use it whenever he shows his card."),
    ("A quiet base in the library, set up by the SENCo.", "She is allowed to go to it at any time."),
    ("A writing slope from the occupational therapist, kept in class by the TA.",
     "He will be encouraged to use it in all written work."),
])
def test_the_child_using_the_item_before_is_part_of_it(first, then):
    res = _run([f"- {first} {then}"])
    assert not _issues(res, then) and not flagged(res), why(res)


def test_a_sentence_with_its_own_object_stays_an_item():
    then = "Mo will be able to use a laptop for long pieces of writing."
    res = _run([f"- A quiet base in the library, set up by the SENCo. {then}"])
    assert _issues(res, then), why(res)


# -- subjects naming lessons; tasks done in a group --------------------------------------------------

@pytest.mark.parametrize("line", [
    "Use of the small room for independent work in English and maths lessons when he is anxious, supervised by a TA.",
    "Mo may go to the library base during science and reading lessons when he feels overwhelmed, with his TA.",
    "Mo may use a laptop in English, history and geography lessons, set up by the IT technician.",
    "A named role (timekeeper or note-taker) for Mo in each group task, agreed in advance by the class teacher.",
    "In all group work Mo will be paired with a chosen partner, arranged by the class teacher.",
])
def test_lessons_and_group_tasks_as_occasions(line):
    res = _run([f"- {line}"])
    assert not _issues(res, line), why(res)


@pytest.mark.parametrize("line", [
    "Extra maths lessons in a small room with a TA.",  # lessons given: teaching, amount open
    "Use of the small room for reading with a TA.",  # no lessons named: when is open
    "Mo can go to the quiet room when he feels overwhelmed.",  # when and who open (set F)
])
def test_teaching_or_an_open_occasion_is_still_flagged(line):
    assert _issues(_run([f"- {line}"]), line)


# -- asides that do not change what a line is --------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Speech and language therapy (this is special educational provision)",
    "Occupational therapy (specified as educational provision)",
    "Physiotherapy (which counts as special educational provision)",
])
def test_a_heading_saying_its_kind_of_provision_is_a_lead_in(line):
    assert _is_lead_in(line)


def test_a_line_with_an_amount_and_that_aside_stays_an_item():
    assert not _is_lead_in("Speech and language therapy, weekly, 30 minutes, 1:1 (this is special educational provision)")


@pytest.mark.parametrize("line", [
    "Adults face Mo when speaking and write key instructions on the board. All staff working with Mo are "
    "trained in this (see staff training below).",
    "Teachers give Mo a printed copy of the slides before each lesson (see the training for staff above).",
])
def test_a_pointer_to_training_does_not_make_a_strategy_training(line):
    assert not _issues(_run([f"- {line}"]), line)


def test_training_itself_is_still_judged_as_training():
    line = "Training for all staff on deaf awareness (see F3 below)."
    assert _issues(_run([f"- {line}"]), line)


def test_the_following_provision_framed_by_its_provider_is_not_an_item():
    line = "The following provision will be made by Brookfield Academy unless stated otherwise."
    res = _run([line])
    assert not any(line[:40] in (f.quote or "") for f in res.findings), why(res)


# -- PR-OUTCOME-LINK: a pointer in a B-F-E row -------------------------------------------------------

_VOCAB = ("Needs help to learn the words of each topic.",
          "Pre-teaching of topic vocabulary three times a week for 20 minutes in a group of 3, by a trained TA.",
          "By July 2027, Mo will use 30 new topic words correctly in his written work.")


def _thread(pointer_row):
    plan = care_builder.build({"A": ["Mo likes drawing."]}, threads=[("BFE", *_VOCAB), ("BFE", *pointer_row)])
    return run(plan, "PR-OUTCOME-LINK")


@pytest.mark.parametrize("pointer", ["See communication and interaction provision above.", "As for the row above."])
def test_a_pointer_to_provision_that_does_not_serve_the_outcome_is_a_gap(pointer):
    res = _thread(("Finds it hard to make friends at playtime.", pointer,
                   "By July 2027, Mo will play with two friends he has chosen on 4 lunchtimes a week."))
    assert flagged(res) and any("points to provision" in f.message for f in res.findings), why(res)


def test_a_pointer_to_provision_that_serves_the_outcome_links():
    res = _thread(("Needs to learn the words of science topics too.", "See the vocabulary provision above.",
                   "By July 2027, Mo will use 20 new science topic words correctly in his written work, using his vocabulary list."))
    assert not any("points to provision" in f.message for f in res.findings), why(res)


def test_none_required_is_not_a_pointer():
    from ehcaudit.checks.outcome_link import _POINTS_ELSEWHERE
    assert _POINTS_ELSEWHERE.search("As for the learning provision below")
    assert not _POINTS_ELSEWHERE.search("None required.")
    assert not _POINTS_ELSEWHERE.search("Weekly social skills group, see Mrs Hart for details")
