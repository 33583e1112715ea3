"""Round 29: what an outcome is, defined positively (checks._outcome_unit).

An outcome is a line in which the child is the one who will do or achieve something, or the act written
verb first. Lead-ins, notes, pointers, funding and review lines of shapes no set has used are rejected
by construction (no pattern for them); real outcomes in many forms are still judged.
"""

from __future__ import annotations

import pytest

from ehcaudit.checks._outcome_unit import child_acts, plan_names, serves_child
from ehcaudit.checks._outcomes import is_outcome

#: Invented councils' lead-ins, notes and fragments: none names the child doing anything.
NOT_OUTCOMES = [
    "Every target in this table has been talked through with Rosa and her grandmother.",
    "What follows sets out the changes we are working towards with Tariq over the coming year.",
    "The support listed opposite will be in place from the first day of term.",
    "Paid for from the high needs block; the headteacher is accountable for delivery.",
    "Overseen termly by the inclusion lead.",
    "Please read alongside the therapy advice in Appendix 4.",
    "Rooted in Keira's passion for horses and her dream of working in a stable.",
    "(Tuesdays and Thursdays, 20 minutes, small group, HLTA)",
    "Each morning, 15 minutes before registration",
    "Checked at every termly planning meeting.",
    "Cognition and learning",
    "Target C2 - Independence at lunchtime",
    "Timescale: end of Key Stage 3",
    "Success will be judged against the baseline taken in September.",
    "Our hope is that Ezra grows in confidence.",
    "Zofia wants to have more friends at school.",
    "Milo is in Year 4 at Brookfield Primary.",
    "The aims below run until the next phase transfer; they will be looked at each term.",
]


@pytest.mark.parametrize("line", NOT_OUTCOMES)
def test_lead_ins_and_notes_are_not_outcomes(line):
    assert not is_outcome(line, ["Rosa", "Tariq", "Keira", "Ezra", "Zofia", "Milo"])


#: Outcomes written every way: third person, first person, second person, verb first, after a label,
#: after a frame of time or condition, with a code, with an initial, the child's own measure.
OUTCOMES = [
    "By the end of Year 8, Bronwen will catch the school bus on her own on 4 days out of 5.",
    "By Feb '28 Oisin will name 20 objects in a picture book.",
    "Within two terms, when he is frustrated, he will use his help card instead of leaving the room.",
    "I will make my own packed lunch three mornings a week by next summer.",
    "You will use your talker to greet 3 classmates every morning.",
    "To travel to the leisure centre on my own by the end of Year 12.",
    "Read 60 common words on sight by July 2028.",
    "Be able to dress for PE without help by Easter.",
    "Friendships: by the spring review, Naveen will join a lunchtime club once a week.",
    "C3.1 By December 2027, Wren will count objects to 20 accurately in 4 of 5 tries.",
    "By the summer, T. will wait for his turn in a group game of 4 children.",
    "By July 2028, Leila's attendance will rise from 80% to at least 93%.",
    "It is expected that by the end of Year 2 Otis will write a sentence with a full stop.",
    "With one visual prompt, Saoirse will put on her coat and shoes before outdoor play.",
]


@pytest.mark.parametrize("line", OUTCOMES)
def test_real_outcomes_are_judged(line):
    assert is_outcome(line, ["Bronwen", "Oisin", "Naveen", "Wren", "Leila", "Otis", "Saoirse"])


#: Provision written where an outcome should be: still an outcome line, for PC-OUTCOME-NOT-PROVISION.
PROVISION_IN_E = [
    "Jade has a 1:1 teaching assistant for all lessons.",
    "Sam is given 30 minutes of speech and language therapy every week.",
    "Staff will help Quinn to join in at wet play.",
    "Adults will check Quinn's glasses are clean every morning.",
]


@pytest.mark.parametrize("line", PROVISION_IN_E)
def test_provision_written_in_e_is_still_seen(line):
    assert is_outcome(line, ["Jade", "Sam", "Quinn"])


def test_what_the_auditor_knows_is_kept():
    assert not is_outcome("By the end of Reception, Hugo will:", ["Hugo"])  # a stem completed under it
    assert not is_outcome("Aspiration: to work in a garage like his uncle")  # the hope, not the outcome
    assert not is_outcome("How we will know: reading test each term")  # a measure line


def test_they_only_when_first():
    assert child_acts("They will use a visual timetable to move between lessons by July 2027.")
    assert not child_acts("Her outcomes look ahead to college. They will be reviewed in March 2027.")


def test_staff_about_the_review_is_not_provision():
    assert not serves_child("Staff will check progress towards these outcomes at Freya's review.", ["Freya"])


def test_plan_names_reads_the_child_from_the_section():
    lines = ["By July, Tanvir will read 40 words.", "Tanvir's spelling will improve.", "Staff will model words."]
    assert plan_names(lines) == ["Tanvir"]


# -- PC-SMART: staff, not the child, the subject of an undated, unmeasured "outcome" -----------------

_SOUND = ["By July 2027, Leah will read 40 common words on sight, checked by her teacher each half-term.",
          "By July 2027, Leah will count to 20 accurately in 4 out of 5 tries, recorded by her TA."]


def _plan(extra: str):
    from test_validity_person_centred_g import build
    return build([("E", t, None, None) for t in [*_SOUND, extra]])


def test_staff_outcome_with_no_date_or_measure_is_not_smart():
    from validity_helpers import flagged, run
    res = run(_plan("Adults will help Leah to join a game at wet play."), "PC-SMART")
    assert flagged(res)
    assert any("staff will do" in f.message for f in res.findings)


def test_child_given_something_is_left_to_not_provision():
    # round 31: only when the plan dates it - undated, it is no more time-bound than any other line
    # written as an outcome (tests/test_define_pc_r31.py)
    from validity_helpers import flagged, run
    assert not flagged(run(_plan("By July 2027, Leah will be given a daily check-in with her key adult."), "PC-SMART"))


#: The brief's own examples of lines that are not the unit (round 29).
@pytest.mark.parametrize("line", [
    "The provision below will be delivered during all of her nursery sessions",
    "Each outcome (Section E) is shown with the provision that will help Zahra achieve it",
    "Funded by Pupil Premium Plus",
    "The SENCo makes sure it happens",
    "See communication and interaction provision above",
    "Building on Ibrahim's love of football",
    "(Mondays, 30 minutes; 1:1; Learning Mentor)",
    "Daily, 10 minutes on arrival",
    "Review: Every 6 weeks",
])
def test_brief_examples_are_not_outcomes(line):
    assert not is_outcome(line, ["Zahra", "Ibrahim"])


@pytest.mark.parametrize("line", ["", "   ", "-", "•", "..."])
def test_empty_or_punctuation_line_is_no_outcome(line):
    assert not is_outcome(line)


@pytest.mark.parametrize("line", [
    "E4 Travel and community",  # set AC's area title (a first word that is also a verb)
    "Play and friendships",
    "O2: Work and volunteering",
    "Outcome 3 - Care and independence",
])
def test_an_area_title_whose_first_word_is_a_verb_is_no_outcome(line):
    assert not is_outcome(line)


@pytest.mark.parametrize("line", [
    "Read and write 20 common words by July 2027.",
    "Travel to college on my own by the end of the spring term 2027.",
    "To travel and shop in town with a friend by summer 2027.",
])
def test_acts_written_verb_first_are_still_outcomes(line):
    assert is_outcome(line)
