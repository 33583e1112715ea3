"""Person-centred criteria, round 24: the classes behind set Z's disagreements, in our own words with
their boundaries, and set Z's plans themselves.

- PC-SMART (the Section E outcome readers): an outcome's title written as a gerund with the area of
  need in brackets after it ("O2: Asking for help when I am stuck (cognition and learning)") is a
  title, however many words the bracketed area adds.
- PC-SMART: the hope an outcome builds on, owned by two people joined by "and" ("Mum and Nana's hope",
  "Ravi and his family's wish"), or introduced by "It builds on", is no outcome.
- PC-SMART: a note that progress on each outcome (every target, all steps) will be recorded, tracked
  or measured, and reviewed, is a note about the set, not an outcome.
- PC-VOICE: a grandparent or kinship carer by the name the family uses (Nana, Granny, Grampa, a
  special guardian, a kinship carer, Auntie) gives the family's view.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_validity_person_centred_g import build
from validity_helpers import flagged, run

from ehcaudit.checks._outcomes import is_outcome
from ehcaudit.reader import read_plan

SETS = Path(__file__).resolve().parents[1] / "benchmarks" / "validity" / "sets"


# -- a gerund title with its area in brackets ------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "O2: Asking for help when I am stuck in a lesson (cognition and learning)",
    "Outcome 3 - Knowing what to do when my plans change (social, emotional and mental health)",
    "E4 – Telling an adult how I am feeling today (social, emotional and mental health)",
    "T1. Finding out where to go when the bell rings (communication and interaction)",
])
def test_gerund_title_with_bracketed_area_is_no_outcome(line):
    assert not is_outcome(line)


@pytest.mark.parametrize("line", [
    "E1 – Ayo will ask for help when he is stuck in a lesson (cognition and learning)",
    "By July 2027, Ayo will tell an adult how he is feeling on 4 days out of 5 (social, emotional and mental health)",
])
def test_outcome_with_bracketed_area_is_still_an_outcome(line):
    assert is_outcome(line, ["Ayo", "Jamie", "Kemi", "Leo", "Ruby", "Sam"])  # the reader passes the plan's names


# -- a hope owned by two people ---------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "This builds on Dad and Grandma's hope that Ayo can make his own breakfast.",
    "Linked to Ravi and his family's wish that he can travel on the bus alone.",
    "It builds on his mum and dad's hope that he will make friends at his new school.",
    "Auntie and Uncle's dream is for Mia to go to college.",
])
def test_hope_of_two_owners_is_no_outcome(line):
    assert not is_outcome(line)


@pytest.mark.parametrize("line", [
    "Building on her gran and grandad's wish, Ella will walk to the corner shop with a friend by July 2027.",
    "It builds on this, and Sam will join a lunchtime club on two days a week by July 2027.",
])
def test_child_outcome_after_a_joint_hope_is_an_outcome(line):
    assert is_outcome(line)


# -- progress on each outcome being recorded --------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Progress towards each outcome will be recorded by Ayo's tutor and reviewed by the SENCo every half-term.",
    "Progress on every target will be tracked by her teaching assistant and checked each term by the SENCo.",
    "Each outcome will be measured by the class teacher and discussed at the termly review.",
    "All of the steps will be logged in his home-school book.",
])
def test_note_on_recording_progress_is_no_outcome(line):
    assert not is_outcome(line)


def test_outcome_beside_a_recording_note_is_an_outcome():
    assert is_outcome("By July 2027 Sam will read 40 common words. Each outcome will be reviewed by the SENCo.")


# -- PC-VOICE: grandparents and kinship carers --------------------------------------------------------------

_CHILD = ("A", 'Ayo told his key worker using picture cards: "I like Lego and my dog. I don\'t like loud rooms."',
          "About me", None)


@pytest.mark.parametrize("rows", [
    [("A", "What Nana says", "What Nana says", None),
     ("A", "Nana hopes Ayo will feel confident talking to his friends.", "What Nana says", None)],
    [("A", "Granny says he is a kind boy who loves building things.", "Family", None)],
    [("A", "His special guardian told us she is worried about his sleep.", "Family", None)],
    [("A", "Ayo's kinship carers feel that he needs calm starts to the day.", "Family", None)],
])
def test_kinship_family_view_counts(rows):
    plan = build([_CHILD, *rows], known_as="Ayo")
    assert not flagged(run(plan, "PC-VOICE"))


def test_no_family_view_still_flagged():
    plan = build([_CHILD, ("A", "Ayo enjoys swimming on Saturdays.", "About me", None)], known_as="Ayo")
    assert flagged(run(plan, "PC-VOICE"))


# -- set Z's plans ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("name", "cid"), [("z101.docx", "PC-SMART"), ("z201.docx", "PC-SMART"),
                                           ("z208.docx", "PC-SMART"), ("z205.docx", "PC-VOICE")])
def test_set_z_passes(name, cid):
    assert not flagged(run(read_plan(SETS / "Z" / "plans" / name), cid))


# -- PC-ASPIRATION-LINK: a trade served by its field -------------------------------------------------------------

def _link(hope: str, outcome: str):
    return run(build([("A", hope, None, None), ("E", outcome, None, None)], known_as="Ayo"), "PC-ASPIRATION-LINK")


@pytest.mark.parametrize("outcome", [
    "By July 2027, Ayo will finish a one-week placement with an electrical firm and get a good report from his supervisor.",
    "By July 2027, Ayo will complete the Level 1 electronics unit at college, assessed by his tutor.",
    "By July 2027, Ayo will wire a simple circuit safely in 4 of 5 practical lessons on electricity, checked by his teacher.",
])
def test_electrician_hope_served_by_its_field(outcome):
    res = _link("\"I want to be an electrician when I leave school.\"", outcome)
    assert not flagged(res)


def test_electrician_hope_with_nothing_in_the_field():
    # boundary: the same hope, the only outcome about spelling
    res = _link("\"I want to be an electrician when I leave school.\"",
                "By July 2027, Ayo will spell 150 of the 200 common words correctly in a dictation check.")
    assert flagged(res)


def test_set_z_z107_link():
    assert not flagged(run(read_plan(SETS / "Z" / "plans" / "z107.docx"), "PC-ASPIRATION-LINK"))


# -- PC-SMART: the child's own say at a named occasion ----------------------------------------------------------

@pytest.mark.parametrize("outcome", [
    "By July 2027, Ayo will explain to the panel at his annual review what he wants to study at college.",
    "By March 2027, Ayo will share his views during his transition meeting using his talking mat.",
    "By July 2027, Ayo will describe to his social worker at their next planning meeting what makes a good weekend.",
    "By July 2027, Ayo will tell his audiologist at his clinic appointment how his new hearing aids sound in class.",
])
def test_say_at_a_named_occasion_is_measurable(outcome):
    res = run(build([("E", outcome, None, None)], known_as="Ayo"), "PC-SMART")
    assert not flagged(res)


@pytest.mark.parametrize("outcome", [
    "By July 2027, Ayo will tell adults how he is feeling when he is worried.",
    "By July 2027, Ayo will tell his teacher at the morning meeting how he is feeling.",
])
def test_say_with_no_occasion_is_still_unmeasured(outcome):
    res = run(build([("E", outcome, None, None)], known_as="Ayo"), "PC-SMART")
    assert flagged(res)


def test_set_z_z102_smart():
    assert not flagged(run(read_plan(SETS / "Z" / "plans" / "z102.docx"), "PC-SMART"))
