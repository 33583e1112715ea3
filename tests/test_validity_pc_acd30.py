"""Person-centred criteria, round 30: the classes behind sets AC and AD's PC-ASPIRATION-LINK
disagreements, each in our own words with its boundary.

* An interest is the thing enjoyed, not the verb of enjoying it: "listening to music" is music, so an
  outcome about being understood by listeners uses no interest (ad110).
* A field's words must name the field: travelling by bus is getting about, not a step towards being
  a mechanic (ac212); "the building" a child stays in is a place, not building and making (ac104).
* A goal of work or study is built on in its own clauses: an outcome sharing a word with another hope
  in the same sentence (his football team, learning to drive) builds no step towards the trade; a line
  that labels an outcome ("Outcome 2 (Cognition and learning)") is not an outcome (ac212).
* A young child's wish to be something when grown up is a passing wish in the third person too
  ("Oskar would like to be a goalkeeper or a vet"); the time a hope is set ("by the time he starts
  secondary school") is not a hope of the next school (ad101).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_validity_person_centred_g import build
from validity_helpers import flagged, run, why

from ehcaudit.reader import read_plan

SETS = Path(__file__).resolve().parents[1] / "benchmarks" / "validity" / "sets"
LINK = "PC-ASPIRATION-LINK"


def rows(*items: tuple[str, str] | tuple[str, str, str]) -> list[tuple]:
    return [(x[0], x[1], x[2] if len(x) > 2 else None, None) for x in items]


def _plan(year: int, *items: tuple[str, str], known_as: str = "Dev"):
    plan = build(rows(*items), known_as=known_as)
    plan.front.year_group = year
    return plan


# -- an interest is the thing enjoyed, not the verb of enjoying it ---------------------------------------------

@pytest.mark.parametrize("interest,outcome", [
    ("Dev likes listening to podcasts and watching rally racing.",
     "By July 2027, Dev will be understood by unfamiliar listeners in 8 of 10 short conversations, recorded by the SLT."),
    ("She enjoys watching the birds from the kitchen window.",
     "By March 2027, Dev will watch a three-step demonstration and then carry it out with one prompt."),
    ("He loves playing the keyboard at home.",
     "By July 2027, Dev will play a board game with two classmates, taking turns without leaving, in 4 of 5 sessions."),
])
def test_the_verb_of_enjoying_is_no_interest(interest, outcome):
    res = run(_plan(10, ("A", interest), ("E", outcome)), LINK)
    assert flagged(res), why(res)


def test_the_thing_enjoyed_is_still_an_interest():
    # boundary: the podcasts themselves, used by the outcome
    res = run(_plan(10, ("A", "His dad hopes he will be happy."),  # an empty hope: judged on the interests
                    ("A", "Dev likes listening to podcasts and watching rally racing."),
                    ("E", "By July 2027, Dev will record a two-minute podcast about rally racing with a partner.")), LINK)
    assert not flagged(res), why(res)


# -- a field's words name the field ----------------------------------------------------------------------------

_BUS = "By March 2027, Dev will travel by bus from home to college on his own on 5 days a week for 4 weeks."


@pytest.mark.parametrize("hope", [
    "\"I want to be a mechanic and fix engines.\"",
    "Dev wants to work on cars, like his grandad did.",
    "He hopes to become a motorbike mechanic.",
])
def test_travelling_by_bus_is_no_step_towards_a_trade_with_vehicles(hope):
    res = run(_plan(11, ("A", hope), ("E", _BUS)), LINK)
    assert flagged(res), why(res)


def test_a_vehicle_course_is_a_step_towards_the_trade():
    # boundary: the trade's own field
    res = run(_plan(11, ("A", "\"I want to be a mechanic and fix engines.\""),
                    ("E", "By July 2027, Dev will change a car tyre and check the oil on the motor vehicle course, "
                          "signed off by his tutor.")), LINK)
    assert not flagged(res), why(res)


@pytest.mark.parametrize("outcome", [
    "By July 2027, Dev will stay inside the building instead of running out, on 9 of 10 days, logged by staff.",
    "By March 2027, Dev will walk calmly around the school building between lessons with one reminder.",
])
def test_the_building_a_child_stays_in_is_a_place_not_making(outcome):
    res = run(_plan(10, ("A", "\"I want to be a builder like my dad.\""), ("E", outcome)), LINK)
    assert flagged(res), why(res)


def test_building_something_is_making():
    # boundary: the child builds
    res = run(_plan(10, ("A", "\"I want to be a builder like my dad.\""),
                    ("E", "By July 2027, Dev will be building a brick wall three courses high in the construction "
                          "workshop, checked by his instructor.")), LINK)
    assert not flagged(res), why(res)


# -- a goal is built on in its own clauses; an outcome's label is no outcome -----------------------------------

_GOAL = "Dev wants to become a plumber, to keep swimming for his club and to learn to drive."


@pytest.mark.parametrize("outcome", [
    "By July 2027, Dev will swim 400 metres in the club's Saturday session, timed by the coach.",
    "By July 2027, Dev will follow the learning support plan in 4 of 5 lessons, recorded by his tutor.",
    "By March 2027, Dev will drive the go-kart round the activity centre track with an instructor.",
])
def test_a_word_shared_with_another_hope_is_no_step_towards_the_goal(outcome):
    res = run(_plan(12, ("A", _GOAL), ("E", outcome)), LINK)
    assert flagged(res), why(res)


def test_an_outcome_in_the_goals_field():
    # boundary: the trade itself
    res = run(_plan(12, ("A", _GOAL),
                    ("E", "By July 2027, Dev will complete the first plumbing unit of his college course, "
                          "signed off by his tutor.")), LINK)
    assert not flagged(res), why(res)


def test_a_school_skill_named_with_the_goal_is_its_means():
    # boundary: reading in the same sentence as the trade is the means towards it, not another hope
    res = run(_plan(10, ("A", "\"I want to read English well and to be a plumber one day.\""),
                    ("E", "By July 2027, Dev will read a 300-word text and answer 5 of 6 questions, checked termly.")),
              LINK)
    assert not flagged(res), why(res)


def test_an_outcomes_label_is_no_outcome():
    plan = build([("A", "\"I want to learn to cook a curry.\"", None, None),
                  ("E", "Outcome 2 (Cognition and learning)", None, (0, 2, 1)),
                  ("E", "By July 2027, Dev will spell 100 of the 200 common words correctly.", None, (0, 2, 2))],
                 known_as="Dev")
    plan.front.year_group = 8
    res = run(plan, LINK)
    assert flagged(res), why(res)


# -- a young child's passing wish, reported; the time of a hope ------------------------------------------------

_READ = "By July 2027, Dev will read a book of his choice for 10 minutes with an adult on 4 of 5 days."


@pytest.mark.parametrize("wish", [
    "Dev would like to be a goalkeeper or a vet.",
    "He wants to be an astronaut.",
    "Dev really wants to be a racing driver.",
])
def test_a_young_childs_reported_wish_is_a_passing_wish(wish):
    # neither built on nor missed: no finding says an outcome ignores it
    res = run(_plan(4, ("A", wish), ("A", "His parents hope he will read for pleasure."), ("E", _READ)), LINK)
    assert not flagged(res), why(res)
    assert not [q for k, _, q in why(res) if k == "issue" and q == wish], why(res)


def test_a_reported_wish_said_three_times_is_not_the_central_hope():
    res = run(_plan(4, ("A", "Dev would like to be a footballer."), ("A", "He wants to be a footballer for Rovers."),
                    ("A", "Dev really wants to be a footballer like his cousin."),
                    ("A", "His parents hope he will read for pleasure."), ("E", _READ)), LINK)
    assert not flagged(res), why(res)


def test_the_familys_wish_for_a_young_child_is_a_hope():
    # boundary: the family's hope that he becomes something is no passing wish of his
    res = run(_plan(4, ("A", "His dad would like him to be a footballer."), ("A", "His mum wants him to be a footballer."),
                    ("A", "His grandad hopes he will be a footballer for Rovers."),
                    ("A", "His parents hope he will read for pleasure."), ("E", _READ)), LINK)
    assert flagged(res), why(res)


def test_the_same_wish_from_year_nine_is_a_goal():
    # boundary: a teenager's goal of work, with nothing in its field
    res = run(_plan(10, ("A", "Dev would like to be a vet."), ("A", "His parents hope he will read for pleasure."),
                    ("E", _READ)), LINK)
    assert flagged(res), why(res)


def test_the_time_a_hope_is_set_is_not_a_hope_of_the_next_school():
    # "by the time he starts secondary school" says when; read as a hope, the next school would be said three
    # times and built on in none of its clauses
    res = run(_plan(5, ("A", "They want him to walk to school on his own by the time he starts secondary school, but "
                             "they worry about the roads."),
                    ("A", "Dev wants to go up to secondary school with his friends."),
                    ("A", "His parents hope he will go to college one day."),
                    ("E", "By July 2027, Dev will cross the two roads near his home with his mum, using the crossing "
                          "routine, on 5 mornings out of 5."),
                    ("E", _READ)), LINK)
    assert not flagged(res), why(res)


# -- the sets' plans -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("plan", ["AC/plans/ac104.docx", "AC/plans/ac212.docx", "AD/plans/ad110.docx"])
def test_link_sets_acd_flagged(plan):
    assert flagged(run(read_plan(SETS / plan), LINK))


@pytest.mark.parametrize("plan", ["AD/plans/ad101.docx", "AA/plans/aa102.docx", "E/plans/e204.docx"])
def test_link_sets_passed(plan):
    res = run(read_plan(SETS / plan), LINK)
    assert not flagged(res), why(res)
