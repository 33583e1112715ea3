"""Voice criteria, round 23: the classes behind set Y's disagreements for PC-VOICE and
PC-ASPIRATION-LINK, each in our own words with its boundary.

* PC-VOICE: a child the plan says does not speak - wherever it says so, Section B's communication
  needs as well as Section A - given a fluent first-person account with nothing saying how it was
  gathered: the adults' words, not the child's view (y212).
* PC-ASPIRATION-LINK, the child's name given only in the front matter's "Name" row links no hope to
  an outcome ("Jordan wants to be a mechanic" and "Jordan's outcomes will be reviewed ..."), y210.
* PC-ASPIRATION-LINK, the reflexive of doing it unaided ("carry out the practicals himself") is how
  well an outcome is done, like "independently", not a step towards an independent life; the reflexive
  as the object of caring for oneself ("dress himself") is (keeps y102 flagged).
* PC-ASPIRATION-LINK, two families of words: nature study (a naturalist's badge, rock-pool and habitat
  surveys serve a hope to be a marine biologist or wildlife ranger, y101), and passing exams ("get my
  GCSEs", "pass her exams", "leave with qualifications") is a hope of doing well at school, served by
  learning outcomes (y202).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_validity_person_centred_g import build
from validity_helpers import flagged, run, why

from ehcaudit.reader import read_plan

SETS = Path(__file__).resolve().parents[1] / "benchmarks" / "validity" / "sets"
LINK = "PC-ASPIRATION-LINK"
VOICE = "PC-VOICE"


def rows(*items: tuple[str, str] | tuple[str, str, str]) -> list[tuple]:
    return [(x[0], x[1], x[2] if len(x) > 2 else None, None) for x in items]


# -- PC-VOICE: how the child speaks, read in Section B too ------------------------------------------------------

_FLUENT = ("My name is Sami and I am eleven. I feel that the adults around me do not always understand my sensory "
           "needs, and I would prefer to be told in advance when an activity is going to change.")
_FAMILY = ("Sami's views", "His dad says Sami loves the trampoline and they hope he will be calmer at weekends.")


def _sami(b_text: str, *a_more: tuple[str, str]) -> object:
    plan = build(rows(*[("A", t, h) for t, h in a_more], ("A", _FLUENT, "About me"), ("A", _FAMILY[1], _FAMILY[0]),
                      ("B", b_text)), known_as="Sami")
    plan.front.year_group = 7
    return plan


@pytest.mark.parametrize("b_text", [
    "Sami does not use speech or signs; he communicates by leading an adult to what he wants.",
    "He is non-verbal and uses a small number of objects of reference.",
    "Sami has no spoken language and communicates through vocalisations and reaching.",
    "He is not yet talking, although he babbles when he is happy.",
])
def test_a_child_section_b_says_does_not_speak_given_fluent_words(b_text):
    res = run(_sami(b_text), VOICE)
    assert flagged(res), why(res)


def test_a_child_who_talks_can_give_the_same_words():
    # boundary: Section B says he speaks in sentences - the account may be his own
    res = run(_sami("Sami talks in full sentences but finds it hard to follow long spoken instructions."), VOICE)
    assert not flagged(res), why(res)


def test_a_child_who_does_not_speak_with_how_the_views_were_gathered():
    # boundary: Section A says how the adults put his views together
    res = run(_sami("He is non-verbal and uses a small number of objects of reference.",
                    ("His key worker wrote this with Sami's family, through observation of his choices over a "
                     "fortnight.", "About me")), VOICE)
    assert not flagged(res), why(res)


def test_voice_set_y_y212():
    assert flagged(run(read_plan(SETS / "Y" / "plans" / "y212.docx"), VOICE))


# -- PC-ASPIRATION-LINK: the central hope said again and again ------------------------------------------------

_HORSES = "By July 2027, Leah will groom and tack up a pony at the stables with one prompt, on 4 of 5 visits."


def test_the_same_hope_said_again_and_again_with_nothing_built_on_it():
    # boundary: college in three sentences no outcome builds on, a lesser hope (horses) served
    plan = build(rows(("A", "\"I want to go to college when I am older.\""),
                      ("A", "Leah would like to go to college with her cousin."),
                      ("A", "Her mum hopes she will go on to college."),
                      ("A", "She also wants to keep riding horses."), ("E", _HORSES)))
    res = run(plan, LINK)
    assert flagged(res), why(res)


def test_the_job_hope_built_on_once_but_ignored_three_times():
    # boundary: one of four sentences stating the hope of a job is built on (through its other hope,
    # the bus), three are not - the central hope is still ignored
    plan = build(rows(("A", "\"When I leave school I want to work at the builders' merchant.\""),
                      ("A", "Jo wants to work at a builders' merchant and earn his own money."),
                      ("A", "His dad would love him to have a job one day, even a few hours a week."),
                      ("A", "His family hope he will have a paid job and catch the bus on his own."),
                      ("E", "By July 2027, Jo will catch the bus to town on his own on 4 of 5 Saturdays.")),
                 known_as="Jo")
    res = run(plan, LINK)
    assert flagged(res), why(res)


def test_link_set_y_y101():
    res = run(read_plan(SETS / "Y" / "plans" / "y101.docx"), LINK)
    assert not flagged(res), why(res)


# -- PC-ASPIRATION-LINK: done "himself" is how well, not an independent life ----------------------------------

_INDEPENDENT = "His mum hopes he will become as independent as possible."


@pytest.mark.parametrize("outcome", [
    "By July 2027, Jo will carry out three science practicals himself, with his TA only setting out the equipment.",
    "By March 2027, Jo will read the weekly class text himself in 4 out of 5 lessons.",
    "By July 2027, Jo will finish his maths homework himself in 8 of 10 weeks, checked by his tutor.",
])
def test_done_himself_serves_no_hope_of_independence(outcome):
    res = run(build(rows(("A", _INDEPENDENT), ("E", outcome)), known_as="Jo"), LINK)
    assert flagged(res), why(res)


@pytest.mark.parametrize("outcome", [
    "By July 2027, Jo will dress himself after swimming, including socks and shoes, on 4 of 5 occasions.",
    "By July 2027, Jo will make himself a hot drink and a sandwich at lunchtime on 3 days a week.",
    "By March 2027, Jo will get himself to the school bus stop each morning on 9 of 10 days.",
])
def test_caring_for_himself_serves_the_hope_of_independence(outcome):
    # boundary: the reflexive as the object of caring for or getting oneself about
    res = run(build(rows(("A", _INDEPENDENT), ("E", outcome)), known_as="Jo"), LINK)
    assert not flagged(res), why(res)


def test_link_set_y_y102():
    assert flagged(run(read_plan(SETS / "Y" / "plans" / "y102.docx"), LINK))


# -- PC-ASPIRATION-LINK: nature study; passing exams ---------------------------------------------------------

@pytest.mark.parametrize("hope,outcome", [
    ("\"I want to be a marine biologist.\"",
     "By July 2027, Isla will earn the junior naturalist badge after four rock-pool surveys she writes up herself."),
    ("Ffion wants to be a wildlife ranger when she grows up.",
     "By July 2027, Ffion will complete a habitat survey of the school pond, naming six species."),
    ("He hopes to work in an aquarium one day.",
     "By July 2027, he will label ten kinds of sea life from the seashore walk in his project book."),
])
def test_nature_study_serves_a_hope_in_the_field(hope, outcome):
    res = run(build(rows(("A", hope), ("E", outcome)), known_as="Isla"), LINK)
    assert not flagged(res), why(res)


def test_a_nature_hope_with_nothing_in_the_field():
    # boundary: the same hope, outcomes only about spelling
    res = run(build(rows(("A", "\"I want to be a marine biologist.\""),
                         ("E", "By July 2027, Isla will spell 150 of the 200 common words in a dictation check.")),
                    known_as="Isla"), LINK)
    assert flagged(res), why(res)


_MATHS = "By July 2027, Kai will answer 8 of 10 Year 8 maths questions correctly in a termly check by his teacher."


@pytest.mark.parametrize("hope", [
    "\"I want to get my GCSEs so I can choose what I do next.\"",
    "Kai hopes to pass his exams in Year 11.",
    "His mum wants him to leave school with qualifications.",
    "He would like to sit his GCSEs with his friends.",
])
def test_passing_exams_is_served_by_learning_outcomes(hope):
    res = run(build(rows(("A", hope), ("E", _MATHS)), known_as="Kai"), LINK)
    assert not flagged(res), why(res)


def test_passing_exams_with_no_learning_outcome():
    # boundary: the only outcome is about getting about, not learning
    res = run(build(rows(("A", "Kai hopes to pass his exams in Year 11."),
                         ("E", "By July 2027, Kai will put his coat on and line up at the door with one prompt.")),
                    known_as="Kai"), LINK)
    assert flagged(res), why(res)


# -- PC-ASPIRATION-LINK: the child's name from a "Name" row links nothing ---------------------------------------

_REVIEW_LINE = "Rhys will have these outcomes looked at again at his annual review next September."
_RHYS_OUTCOME = "By July 2027, Rhys will stay in 4 of 5 lessons for the full hour, as shown on the register."


@pytest.mark.parametrize("field", ["Name", "Child's name", "Preferred name", "First name"])
def test_the_name_in_the_front_matter_links_no_hope(field):
    plan = build(rows(("A", "\"I want to be a plumber.\""), ("A", "Rhys wants to be a plumber like his grandad."),
                      ("E", _REVIEW_LINE), ("E", _RHYS_OUTCOME)), known_as="")
    plan.front.known_as = None
    plan.front.fields = {field: "Rhys"}
    res = run(plan, LINK)
    assert flagged(res), why(res)


def test_a_hope_built_on_with_the_name_in_the_front_matter():
    # boundary: an outcome in the hope's own field still links
    plan = build(rows(("A", "Rhys wants to be a plumber like his grandad."), ("E", _RHYS_OUTCOME),
                      ("E", "By July 2027, Rhys will complete three plumbing jobs, such as changing a tap washer, with one prompt.")),
                 known_as="")
    plan.front.known_as = None
    plan.front.fields = {"Name": "Rhys"}
    res = run(plan, LINK)
    assert not flagged(res), why(res)


def test_link_set_y_y210():
    assert flagged(run(read_plan(SETS / "Y" / "plans" / "y210.docx"), LINK))
