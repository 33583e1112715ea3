"""Validity classes for PR-QUANTIFIED found on set V (round 19).

Each class is shown by a sentence written for this test (another council's way of saying the same
thing), by its boundary (a near-miss that must still be flagged) and, where useful, by the set's own
sentence (plan named). What an auditor applies:

* a standing rule on what staff will not ask of the child ("Teachers will not ask him to read aloud
  unless he volunteers"; "She will not be asked to present to the group") is kept by every adult in
  every lesson: what it rules out is what must be said;
* a slot of the school day ("after lunch", "on arrival", "mid-morning"), the child's own lunch in a
  named place ("will eat his lunch in the small hall") and a loud time in a room ("when the room is
  loud") say when, and last as long as the slot;
* a share of the week ("for 60% of the week") says how much;
* a meeting dated to a week of a month ("in the first week of October 2026") happens once;
* the group a child goes back to is her own group, and a group counted by its members ("Ava, Ben and
  one other pupil") has a size; one adult as the subject ("an adult will go with her") says who;
* the setting a young person attends by name ("attends Moorside College full time") delivers it;
* a sentence saying only who pays ("Funded by the Pupil Premium.") is not an item; a sentence using
  or checking the item before ("She will use it in every lesson"; "The teacher will check this is
  happening") is part of it; a heading numbered by its section ("F2 Reading and writing") is a
  heading; the child's visits to the chosen next school are not a professional's visits.
"""

from __future__ import annotations

import care_builder
import pytest
from validity_helpers import flagged, run, why

from ehcaudit.checks._prov_frame import goes_on_about, heading_number_off
from ehcaudit.checks.provision import _is_lead_in

GOOD = [
    "- Precision teaching of sight words, 1:1 with a trained teaching assistant, 3 x 15 minutes a week.",
    "- Speech and language therapy, 1:1 with a speech and language therapist, weekly, 30 minutes.",
]


def _issues(res, text: str) -> list:
    return [f for f in res.findings if f.kind == "issue" and text[:40] in (f.quote or "")]


def _prq(lines: list[str]):
    return run(care_builder.build({"A": ["Kit likes football."], "F": GOOD + lines}), "PR-QUANTIFIED")


@pytest.mark.parametrize("line", [
    # set V, v102 and v110
    "Teachers will not ask Finn to read aloud in front of the class unless he has volunteered.",
    "Evie will not be asked to read aloud or present to the group without agreeing it in advance with her lecturer.",
    # new
    "Staff should not put Kit on the spot to answer a question in front of his peers.",
    # slots of the day, lunch in a place, a loud time (v101, v103)
    "A 5-minute sit-down with a drink in the library after break, with his teaching assistant.",
    "A handwashing and toilet routine followed by the TA at set times: on arrival, mid-morning and after lunch.",
    "Kit will eat his lunch in the small hall with a group of no more than 6 friends, arranged by the SENCo.",
    "Whenever the classroom gets too noisy, an adult will take Kit to the library and help him return to the "
    "group once he is calm.",
    # a share of the week (v209)
    "Teaching in the resource base for 40% of the week, in a group of no more than 8, taught by a specialist teacher.",
    # a meeting dated to a week of a month (v205)
    "The SENCo meets Kit's parents in the first week of October 2026 for 45 minutes to check the plan is working.",
    # a group counted by its members (v209)
    "Lunch club: Kit, Sam, Ali and one other pupil meet with the teaching assistant every Friday for 20 minutes.",
    # the setting attended by name (v110)
    "Kit attends Moorside College full time (18 hours a week on the Level 1 Construction course, plus maths).",
])
def test_elements_written_other_ways_are_read(line):
    res = _prq([f"- {line}"])
    assert not _issues(res, line), why(res)


@pytest.mark.parametrize("line", [
    # a rule with no "not": what is asked, with no when or who, stays a gap
    "Kit will be asked to read aloud to his teaching assistant.",
    # lunch with no place: nothing says where or with whom
    "Kit will have extra help at lunch.",
    # a group of named friends with no count stays open
    "Kit and some friends meet with the teaching assistant to plan songs.",
])
def test_near_misses_are_still_flagged(line):
    res = _prq([f"- {line}"])
    assert _issues(res, line), why(res)


def test_a_funding_note_after_an_item_is_not_an_item():
    res = _prq(["- A key adult meets Kit 1:1 every morning for 10 minutes to plan his day. Funded by Pupil Premium Plus."])
    assert not flagged(res) and not _issues(res, "Funded by"), why(res)


def test_using_or_checking_the_item_before_joins_it():
    assert goes_on_about("Kit will use it in every lesson.", "A laptop with speech-to-text software, set up by IT.")
    assert goes_on_about("The class teacher will check this is happening each week.", "All staff will face Kit.")
    assert not goes_on_about("Kit will use a pencil grip.", "A laptop with speech-to-text software, set up by IT.")
    # "it" belongs to the sentence's own aid, not to the item before (set Q, q106)
    assert not goes_on_about("A help card and a calm corner, with the TA showing him how to use it.",
                             "Kit would benefit from access to the school's nurture group where possible.")


def test_a_heading_numbered_by_its_section_is_a_heading():
    assert heading_number_off("F2 Reading and writing") == "Reading and writing"
    assert _is_lead_in("F2 Reading and writing") and _is_lead_in("3. Sensory needs")
    assert heading_number_off("2 sessions a week with the TA") == "2 sessions a week with the TA"
    assert not _is_lead_in("F2 Reading with the TA, 20 minutes daily")


def test_visits_to_the_chosen_next_school_are_the_childs_own():
    line = "The SENCo will arrange 2 extra visits to the chosen secondary school in the summer term 2027."
    res = _prq([f"- {line}"])
    assert not [f for f in _issues(res, line) if "professional" in f.message], why(res)
