"""Person-centred criteria, round 26: the classes behind set AA's disagreements, in our own words with
their boundaries, and set AA's plans themselves.

- PC-SMART (the Section E outcome readers): a note saying what each outcome gives ("Each outcome says
  what Sam will be able to do ..."), and the outcomes named with where they are written ("The outcomes
  in the left-hand column are ..."), are notes about the set, not outcomes.
- PC-SMART: an area's title naming what its outcomes build towards ("Friendships: working towards
  'have a best friend'") is a title; the words quoted from the hope are the family's, not an outcome.
- PC-VOICE: the aid the child used to give their views ("using his eye-gaze communication device",
  "on her talker", "via his iPad") says how the views were gathered.
- PC-ASPIRATION-LINK: an Aspirations box left for a meeting to come ("To be discussed at the first
  annual review") gives the outcomes nothing to build on, however well they take up the interests.
- PC-ASPIRATION-LINK: a first-person hope the plan cannot have had from the child (the plan says the
  child does not speak; nothing says how the views were gathered) is no aspiration of the child's.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_validity_person_centred_g import build
from validity_helpers import flagged, run

from ehcaudit.checks._outcomes import is_outcome
from ehcaudit.checks._pc_reading import GATHERED
from ehcaudit.reader import read_plan

SETS = Path(__file__).resolve().parents[1] / "benchmarks" / "validity" / "sets"


# -- a note about what each outcome says ------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Each outcome says what Bea will be able to do by the date given and how staff will know.",
    "Every target sets out how her teacher will check it and when it should be reached.",
    "Each of the outcomes below describes what Lena will be able to do by July 2027.",
    "Every outcome states when Kit should achieve it. They were agreed with his dad in May 2026.",
])
def test_note_on_what_each_outcome_says_is_no_outcome(line):
    assert not is_outcome(line)


@pytest.mark.parametrize("line", [
    "The outcomes in the left-hand column are what Ana will work towards this year.",
    "The targets on the left are for the end of Year 4 and were agreed with Mia and her dad.",
    "The outcomes (Section E) in the first column are Jo's targets for Year 10; the support beside each is what "
    "school will do.",
    "The outcomes listed below were agreed with Ravi at his review.",
])
def test_outcomes_named_with_their_place_are_a_note(line):
    assert not is_outcome(line)


@pytest.mark.parametrize("line", [
    # boundary: the child says or shows something - the "will" is the child's
    "By July 2027, Sam will show what he has learned about money by paying for his lunch on 4 days out of 5.",
    "By December 2026, Sam will explain what each of his targets means to his teacher.",
    "By July 2027, Ana will set out what she needs in a lesson on a card she shows her teachers.",
])
def test_child_saying_what_is_still_an_outcome(line):
    assert is_outcome(line)


# -- a title naming what it builds towards ---------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Playing alongside others: building towards 'be with other children' and a place at the village school",
    "Getting about - working towards her wish to walk to the shop on her own",
    "Friendships: towards 'have a best friend who comes to tea'",
    "E2 Looking after himself – heading towards 'I will cook my own tea'",
    "Keeping well: building towards his mum's wish that everyone feels confident with his epilepsy",
])
def test_towards_title_is_no_outcome(line):
    assert not is_outcome(line)


@pytest.mark.parametrize("line", [
    # boundary: an outcome of the child's after the label, or on its way towards a hope
    "Communication: by July 2027, Sam will use 20 signs, working towards talking with his family.",
    "Communication: Sam will work towards using 20 signs by July 2027",
])
def test_outcome_after_a_towards_label_is_an_outcome(line):
    assert is_outcome(line)


def test_towards_title_is_not_judged_smart():
    plan = build([("E", "Joining in: building towards 'be with other children'", None, None),
                  ("E", "By July 2027, Ayo will take 3 turns in a ball game with one other child on 3 days out of 5, "
                        "recorded by his key worker.", None, None)], known_as="Ayo")
    assert not flagged(run(plan, "PC-SMART"))


# -- the aid the views were given with -------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "What Dev told us (using his eye-gaze communication device, with his tutor, 4 May 2026)",
    "Zara said this on her talker with her teaching assistant.",
    "Ben told his key worker via his iPad with Proloquo2Go.",
    "In her own words, using Makaton signs and her communication book:",
])
def test_aid_named_says_how_views_were_gathered(line):
    assert GATHERED.search(line)


@pytest.mark.parametrize("line", [
    # boundary: equipment that is no means of giving views
    "Sam is using his walking frame more.",
    "He used the device on his desk.",
    "Mum says he is on the switch programme at school.",
])
def test_other_equipment_says_nothing_of_views(line):
    assert not GATHERED.search(line)


def test_eye_gaze_views_pass_voice():
    plan = build([("A", "Dev is non-verbal and uses an eye-gaze device.", None, None),
                  ("A", "What Dev told us (using his eye-gaze communication device, with his tutor, 4 May 2026)",
                   None, None),
                  ("A", '"I like music. I want to go to college more days."', None, None),
                  ("A", "His mum says he loves being with people his own age.", None, None)], known_as="Dev")
    assert not flagged(run(plan, "PC-VOICE"))


def test_first_person_views_without_means_still_flagged():
    # boundary: the same child, the same words, nothing saying how they were given
    plan = build([("A", "Dev is non-verbal.", None, None),
                  ("A", '"I like music. I want to go to college more days."', None, None),
                  ("A", "His mum says he loves being with people his own age.", None, None)], known_as="Dev")
    assert flagged(run(plan, "PC-VOICE"))


# -- an Aspirations box deferred ---------------------------------------------------------------------------

_INTEREST = ("A", "Ayo loves football and plays at the park every weekend.", "Interests", None)
_FOOTBALL = ("E", "By July 2027, Ayo will play a football game at lunchtime and take turns without an adult stepping "
                  "in, on 4 days out of 5.", None, None)


@pytest.mark.parametrize("box", [
    "To be discussed at the first annual review.",
    "To be agreed with Ayo and his family at his next review.",
    "Will be discussed at the next review.",
    "Still to be discussed with Ayo and his mum.",
])
def test_deferred_aspirations_are_not_rescued_by_interests(box):
    plan = build([_INTEREST, ("A", box, "Aspirations", None), _FOOTBALL], known_as="Ayo")
    res = run(plan, "PC-ASPIRATION-LINK")
    assert flagged(res)


def test_no_aspirations_box_is_not_rescued_by_interests_either():
    # round 33: aspirations not recorded ("Not discussed at the planning meeting") is as deferred: an
    # outcome that takes up the child's interest does not stand in for the hopes nobody recorded
    plan = build([_INTEREST, ("A", "Not discussed at the planning meeting.", "Aspirations", None), _FOOTBALL],
                 known_as="Ayo")
    assert flagged(run(plan, "PC-ASPIRATION-LINK"))


# -- a ghost-written hope ----------------------------------------------------------------------------------

def _ghost(views_how: str = ""):
    rows = [("A", "Hello, I am Mia. When I grow up I want to be a pilot and fly planes.", "All about me", None),
            ("A", "Her parents would like her to walk on her own and to make friends at nursery.", "Parents", None),
            ("B", "Mia does not yet use spoken words.", None, None),
            ("E", "By July 2027, Mia will walk 3 metres holding one hand on 4 of 5 attempts, measured by her "
                  "physiotherapist.", None, None),
            ("E", "By July 2027, Mia will play alongside a friend for 5 minutes on 3 days in a week, recorded by her "
                  "key person.", None, None)]
    if views_how:
        rows.insert(0, ("A", views_how, "All about me", None))
    return build(rows, known_as="Mia")


def test_ghost_written_hope_is_no_aspiration():
    res = run(_ghost(), "PC-ASPIRATION-LINK")
    assert not flagged(res)
    assert not any("pilot" in (f.quote or "") and f.kind == "issue" for f in res.findings)


def test_gathered_hope_is_still_an_aspiration():
    # boundary: the same words, gathered with her key person using picture cards: her hope, which no
    # outcome serves
    res = run(_ghost("Mia chose these with her key person using picture cards."), "PC-ASPIRATION-LINK")
    assert any("pilot" in (f.quote or "") and f.kind == "issue" for f in res.findings)


# -- set AA's plans ------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("name", "cid"), [("aa101.docx", "PC-SMART"), ("aa201.docx", "PC-SMART"),
                                           ("aa208.docx", "PC-SMART"), ("aa207.docx", "PC-VOICE")])
def test_set_aa_passes(name, cid):
    assert not flagged(run(read_plan(SETS / "AA" / "plans" / name), cid))


def test_set_aa_aa112_link_fails():
    assert flagged(run(read_plan(SETS / "AA" / "plans" / "aa112.docx"), "PC-ASPIRATION-LINK"))
