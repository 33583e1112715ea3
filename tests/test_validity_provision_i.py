"""Validity classes for the provision criteria found on set I (round 6).

Each class is shown by a sentence written for this test (another council's way of saying the same
thing) and by set I's own sentence (plan named). What an auditor applies:

* PR-QUANTIFIED: an item written as labelled lines ("Provision. Staffing: ... Frequency & duration:
  ... Group: ... Review: ...") is one item, whether the labels join their words with "and", "&" or
  "+" and whether the lines run on or stand on lines of their own in one cell; each labelled line
  is part of the item above it, never an item of its own.
* PR-QUANTIFIED: equipment a named role provides and keeps ("symbols and a step, provided and kept
  in the toilet area by the SENCo | Each toilet visit") is equipment (what, and who provides or
  keeps it), not a professional's visit.
* PR-QUANTIFIED and PR-VAGUE-WORDING: a funding line naming the provision it pays for, set out
  elsewhere ("Pupil Premium Plus funding ..., used as agreed in his PEP to fund the reading
  programme above") says where the money comes from; it is not provision and is not judged.
* PR-VAGUE-WORDING: physical access as the topic a therapist assesses or works on ("OT review of
  seating, access to the laptop ...", "Occupational therapy: seating, access to computer ...")
  is not the vague "access to [support]"; access given as the provision still is.
* PR-OUTCOME-LINK: a need in a B–F–E row of its own that says how the child must be taught
  ("Needs tasks taught step by step and practised many times") is met by the teaching provision
  in the other rows of its area's table; a need naming a difficulty with no provision stays a gap,
  even written as a note without a full stop ("Finds it hard to ask for help"), which is not a title.
"""

from __future__ import annotations

import care_builder
import pytest
from test_validity_provision import with_table
from validity_helpers import flagged, run, why


def _issues(res):
    return [f for f in res.findings if f.kind == "issue"]


GOOD = [
    "- Precision teaching of sight words, 1:1 with a trained teaching assistant, 3 x 15 minutes a week.",
    "- Speech and language therapy, 1:1 with a speech and language therapist, weekly, 30 minutes.",
]


# -- PR-QUANTIFIED: labelled lines ("Staffing: / Frequency & duration: / Group: / Review:") --------

@pytest.mark.parametrize("cell", [
    # set I, i110
    "Social communication group (friendship and conversation skills). Staffing: Specialist TA trained in "
    "autism. Frequency & duration: Weekly, 45 minutes. Group: Small group (4-6). Review: Termly.",
    # set I, i112
    "Supported internship job coaching in the college café. Staffing: Job coach (Supported Internship team). "
    "Frequency & duration: 3 days a week, 4 hours each day. Group: 1 to 1, reducing to 1:3 by Easter 2027. "
    "Review: Half-termly.",
    # set I, i111 (the labelled line "Frequency & duration: Every lesson. Review: Half-termly.")
    "All class materials enlarged to N24 or sent as digital files before each lesson. Staffing: Specialist TA "
    "(vision impairment). Frequency & duration: Every lesson. Review: Half-termly.",
    # new: "+" and "&" in other labels
    "Lego-based therapy to practise turn-taking. Staff + ratio: ELSA, 1 adult to 3 pupils. Time & frequency: "
    "Tuesdays, 40 minutes. Review date: July 2027.",
])
def test_labelled_lines_with_an_ampersand_are_parts_of_the_item_above(cell):
    res = run(care_builder.build({"F": GOOD + [cell]}), "PR-QUANTIFIED")
    assert not _issues(res) and not flagged(res), why(res)


@pytest.mark.parametrize("cell", [
    # set I, i110, with each label on a line of its own in the template's F cell
    "Social communication group (friendship and conversation skills).\nStaffing: Specialist TA trained in autism."
    "\nFrequency & duration: Weekly, 45 minutes.\nGroup: Small group (4-6).\nReview: Termly.",
    # new: a bracket on a label and a longer label
    "Touch-typing programme (Nessy Fingers).\nStaffing (ratio): Teaching assistant trained by the OT, 1:1.\n"
    "Frequency and length of sessions: Three times a week, 20 minutes.\nReview: Each half-term.",
])
def test_labelled_lines_in_one_template_cell_are_one_item(cell):
    plan = care_builder.build(threads=[("BFE", "Finds it hard to join group work and to type at speed", cell,
                                        "By July 2027, Sam will take part in a group discussion of 4 students.")])
    res = run(plan, "PR-QUANTIFIED")
    assert not _issues(res) and not flagged(res), why(res)


def test_labelled_lines_whose_fields_are_empty_are_still_reported():
    cell = "Social skills group. Staffing: TA. Frequency & duration: . Group: . Review: Termly."
    res = run(care_builder.build({"F": GOOD + [cell]}), "PR-QUANTIFIED")
    assert flagged(res) and any("Social skills group" in (f.quote or "") for f in _issues(res)), why(res)


# -- PR-QUANTIFIED: equipment a named role provides and keeps -------------------------------------

ROWS = [
    ["Provision", "Frequency", "Who"],
    ["Language play sessions from the SaLT programme, 1 to 1", "Daily, 15 minutes", "Key person trained by the SaLT"],
]


@pytest.mark.parametrize("row", [
    # set I, i106
    ["Toileting symbols and a step, provided and kept in the toilet area by the pre-school SENCo",
     "Each toilet visit", "Pre-school SENCo"],
    # new
    ["A now-and-next board and a timer, kept by the classroom door and replenished by the key worker",
     "Each handwashing visit", "Key worker"],
])
def test_equipment_a_role_provides_and_keeps_is_not_a_professionals_visit(row):
    res = run(with_table(care_builder.build({"F": []}), "F", ROWS + [row]), "PR-QUANTIFIED")
    assert not flagged(res) and not any("visits" in f.message for f in _issues(res)), why(res)


def test_a_professionals_visit_still_needs_how_often_and_how_long():
    row = ["The specialist teacher will visit nursery to advise staff", "As needed", "Specialist teacher"]
    res = run(with_table(care_builder.build({"F": []}), "F", ROWS + [row]), "PR-QUANTIFIED")
    assert flagged(res), why(res)


# -- PR-QUANTIFIED and PR-VAGUE-WORDING: a funding line is not provision -------------------------

FUNDED = [
    "- A structured phonics programme, 1 to 1, 3 x weekly 20-minute sessions, delivered by a TA trained by "
    "the Specialist Teacher.",
]


@pytest.mark.parametrize("line", [
    # set I, i205
    "Pupil Premium Plus funding from the Virtual School, used as agreed in his PEP to fund the reading "
    "programme above.",
    # new
    "Element 3 top-up funding is paid to the academy and spent on the phonics sessions set out in this section, "
    "as agreed with the trust.",
])
@pytest.mark.parametrize("cid", ["PR-QUANTIFIED", "PR-VAGUE-WORDING"])
def test_a_funding_line_naming_the_provision_it_pays_for_is_not_provision(line, cid):
    res = run(care_builder.build({"F": FUNDED + [f"- {line}"]}), cid)
    assert not flagged(res) and not any(line[:30] in (f.quote or "") for f in _issues(res)), why(res)


@pytest.mark.parametrize("line", [
    "Funding for TA support, to be used as agreed with the school.",  # new: the funding is the provision
    "Pupil Premium Plus funding from the Virtual School, used as agreed in his PEP.",  # set I wording, no pointer
])
def test_funding_that_is_itself_the_provision_is_still_judged(line):
    res = run(care_builder.build({"F": FUNDED + [f"- {line}"]}), "PR-VAGUE-WORDING")
    assert flagged(res), why(res)


# -- PR-VAGUE-WORDING: physical access as a therapist's topic ------------------------------------

@pytest.mark.parametrize("line", [
    # set I, i103
    "Occupational therapy (OT) assessment and review of seating, access to the laptop and college environment, "
    "once a term, 1 hour, by the college OT.",
    # set I, i209
    "Occupational therapy: seating, access to computer and travel skills - 6 sessions of 45 minutes, by the "
    "Children's Therapy Service OT.",
    # new
    "The physiotherapist will look at his posture, access to the science benches and stairs, twice a term.",
    "Wheelchair access to the food technology room, checked each term by the site manager.",
])
def test_physical_access_as_a_topic_is_not_vague(line):
    res = run(care_builder.build({"F": [f"- {line}"]}), "PR-VAGUE-WORDING")
    assert not flagged(res), why(res)


@pytest.mark.parametrize("line", [
    "Kai will have access to a laptop for extended writing.",  # new
    "Occupational therapy: access to an OT.",  # new: access given, not a topic
    "Following the OT assessment, Lily will have access to a writing slope.",  # new
])
def test_access_given_as_provision_is_still_vague(line):
    res = run(care_builder.build({"F": [f"- {line}"]}), "PR-VAGUE-WORDING")
    assert flagged(res), why(res)


# -- PR-OUTCOME-LINK: a need saying how the child must be taught, in a row of its own ------------

def _bfe(need_alone: str):
    plan = care_builder.build(threads=[
        ("BFE", "Severe learning difficulty: working at Entry Level 1",
         "Entry Level Food Preparation course. Staffing: Catering tutor (qualified), with a learning support "
         "assistant (LSA). Frequency & duration: 2 days a week, 5 hours a day. Group: Small group (6-8) with 1 LSA.",
         "By July 2027, Dan will be awarded the Entry Level 2 certificate in Food Preparation."),
        ("BFE", need_alone, "", ""),
    ])
    for row in plan.threads:
        row.area = "Cognition and learning"
    return plan


@pytest.mark.parametrize("need", [
    "Needs tasks taught step by step and practised many times",  # set I, i112
    "Learns best when new work is broken into small steps and revisited the next day",  # new
    "She needs new vocabulary pre-taught and repeated across the week",  # new, with its subject
])
def test_a_need_on_how_the_child_must_be_taught_is_met_by_its_areas_provision(need):
    res = run(_bfe(need), "PR-OUTCOME-LINK")
    assert not flagged(res) and not any("in its row" in f.message for f in _issues(res)), why(res)


@pytest.mark.parametrize("need", [
    "Touch-typing speed is slow (8 words a minute), so she falls behind with written work",  # a difficulty
    "Needs to learn to count coins up to £5, step by step",  # a skill to be taught: named provision
])
def test_a_need_naming_a_difficulty_or_a_skill_in_a_row_of_its_own_is_still_a_gap(need):
    res = run(_bfe(need), "PR-OUTCOME-LINK")
    assert flagged(res) and any("in its row" in f.message for f in _issues(res)), why(res)


@pytest.mark.parametrize("need", [
    "Finds it hard to ask for help or explain a problem to unfamiliar people",  # set I, i112 (its row has none here)
    "He finds it hard to remember instructions",  # new: a note without a full stop
])
def test_a_need_written_as_a_note_in_a_row_with_no_provision_is_a_gap_not_a_title(need):
    res = run(_bfe(need), "PR-OUTCOME-LINK")
    assert flagged(res) and any("in its row" in f.message for f in _issues(res)), why(res)
