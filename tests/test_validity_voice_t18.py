"""Voice criteria, round 18: the classes behind sets T and U's disagreements for PC-VOICE and
PC-ASPIRATION-LINK, each in our own words with its boundary.

* PC-VOICE: views written in fluent first person for a young person the plan says does not speak,
  with nothing saying how they were gathered, are the adults' voice wherever Section A gives them -
  a description of how he communicates, found first, does not stand in for them (set U, u212).
* PC-ASPIRATION-LINK: "activities" is where any outcome happens, not the field of a hope for
  "meaningful activity" (u212); a hope that names nothing but being happy gives the outcomes nothing
  to build towards - neither linked nor missed, so a plan whose only hope it is is judged on the
  child's interests (amber at worst, never red).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_validity_person_centred_g import build
from validity_helpers import flagged, run, why

from ehcaudit.checks.person_centred import AspirationLinkParams, _names_no_field
from ehcaudit.reader import read_plan

SET_U = Path(__file__).resolve().parents[1] / "benchmarks" / "validity" / "sets" / "U" / "plans"
LINK = "PC-ASPIRATION-LINK"


def rows(*items: tuple[str, str] | tuple[str, str, str]) -> list[tuple]:
    return [(x[0], x[1], x[2] if len(x) > 2 else None, None) for x in items]


# -- PC-VOICE: ghost-written views, wherever they stand --------------------------------------------------

_HOW = ("Sam does not use speech. He communicates through sounds, looking at what he wants and a big "
        "button that plays a recorded message.")
_PARENTS = "Sam's dad says he is settled and would like him to try the climbing wall."
_GHOST = "\"I love my new class and I have lots of friends. Next term I want to get better at cooking.\""


def test_voice_description_first_does_not_rescue_ghost_written_views():
    plan = build(rows(("A", _HOW), ("A", _GHOST, "Sam's views"), ("A", _PARENTS, "Family views")), known_as="Sam")
    res = run(plan, "PC-VOICE")
    assert flagged(res), why(res)


def test_voice_ghost_written_views_with_how_gathered_are_his():
    # boundary: the same views, with Section A saying how they were put together
    plan = build(rows(("A", _HOW),
                      ("A", "His tutor wrote these views with Sam over a month, watching what he chose and "
                            "using his talking button.", "Sam's views"),
                      ("A", _GHOST, "Sam's views"), ("A", _PARENTS, "Family views")), known_as="Sam")
    res = run(plan, "PC-VOICE")
    assert not flagged(res), why(res)


def test_voice_description_alone_still_passes_when_no_views_are_ghost_written():
    # boundary: no first-person account written for him - how he shows what he wants is still read
    plan = build(rows(("A", _HOW), ("A", "He smiles and reaches for the drum when music starts."),
                      ("A", _PARENTS, "Family views")), known_as="Sam")
    res = run(plan, "PC-VOICE")
    assert not flagged(res), why(res)


def test_voice_first_person_of_a_speaking_young_person_after_a_description():
    # boundary: a young person who talks gives his own words, whatever is said first
    plan = build(rows(("A", "Sam communicates through speech and some signs when he is tired."),
                      ("A", _GHOST, "Sam's views"), ("A", _PARENTS, "Family views")), known_as="Sam")
    res = run(plan, "PC-VOICE")
    assert not flagged(res), why(res)


def test_voice_set_u_u212():
    res = run(read_plan(SET_U / "u212.docx"), "PC-VOICE")
    assert flagged(res), why(res)


# -- PC-ASPIRATION-LINK: "activities" links no hope --------------------------------------------------------

def test_activities_link_no_hope():
    plan = build(rows(("A", "His family would like him to have meaningful activity each week, such as volunteering "
                            "at the allotment."),
                      ("E", "By July 2027, Sam will point to one of two photos to choose between activities on 8 out "
                            "of 10 occasions, recorded by his tutor.")), known_as="Sam")
    res = run(plan, LINK)
    assert flagged(res), why(res)


def test_the_field_of_the_hope_still_links():
    # boundary: an outcome about the allotment builds on the hope
    plan = build(rows(("A", "His family would like him to have meaningful activity each week, such as volunteering "
                            "at the allotment."),
                      ("E", "By July 2027, Sam will water and weed a bed at the community allotment for an hour each "
                            "week, recorded by his support worker.")), known_as="Sam")
    res = run(plan, LINK)
    assert not flagged(res), why(res)


# -- PC-ASPIRATION-LINK: a hope that names nothing but being happy ---------------------------------------------

_READING = "By July 2027, Leah will read 40 common words on sight in 4 out of 5 checks, recorded by her teacher."


def _params() -> AspirationLinkParams:
    from packaged_rubric import RUBRIC
    return AspirationLinkParams.model_validate(RUBRIC.criterion(LINK).check.model_dump(exclude={"kind"}))


@pytest.mark.parametrize("sentence,empty", [
    ("Her parents hope she will be happy.", True),
    ("We just want Leah to be happy.", True),
    ("They want her to have a happy life.", True),
    ("I want to be happy at school.", True),
    ("They want her to be happy and have friends.", False),  # friends: a field
    ("In the future they want him to have a job and be happy.", False),  # a job
    ("I want to be happy at Wyemarch High.", False),  # a named place
    ("When I'm older I want to live with Chloe.", False),  # no empty hope word: a person and a home
])
def test_empty_hope_reading(sentence, empty):
    assert _names_no_field(sentence, _params(), ["Leah"]) is empty


def test_only_hope_to_be_happy_is_amber_not_red():
    plan = build(rows(("A", "Leah is seven."), ("A", "Her parents hope she will be happy."), ("E", _READING)))
    res = run(plan, LINK)
    assert flagged(res) and res.level == 2, why(res)


def test_only_hope_to_be_happy_judged_on_interests():
    plan = build(rows(("A", "Leah loves horses and drawing."), ("A", "Her parents hope she will be happy."),
                      ("E", _READING),
                      ("E", "By July 2027, Leah will groom a pony at the riding school with one prompt on 3 visits "
                            "a term, logged by the instructor.")))
    res = run(plan, LINK)
    assert not flagged(res), why(res)


def test_a_hope_with_a_field_beside_it_is_still_judged():
    # boundary: the happy hope drops out, the hope to be a vet is still plainly ignored
    plan = build(rows(("A", "Her parents hope she will be happy."), ("A", "Leah wants to be a vet when she grows up."),
                      ("E", _READING)))
    res = run(plan, LINK)
    assert flagged(res) and res.level == 1, why(res)
