"""Metamorphic tests for PR-OUTCOME-LINK (round 25): an outcome on a specific skill is served by provision
on that skill, however each is worded; lines in E that are not outcomes, and needs the plan rules out,
are not judged.

Base plan: a reading need and outcome and a play need and outcome, each with its provision. Each variant
adds one outcome (and its provision) worded as another council would word it; the boundary adds the
outcome with nothing on its skill in F.
"""

from __future__ import annotations

import care_builder
import pytest
from validity_helpers import run, why

B = ["Sam finds reading hard: his reading age is 6 years 2 months.",
     "Sam finds it hard to take turns and join in with other children at play."]
E = ["By July 2027, Sam will read 50 of the first 100 high-frequency words.",
     "By July 2027, Sam will take turns in a game with two other children on 4 out of 5 days."]
F = ["- Phonics teaching (Read Write Inc.), 1:1 with a trained teaching assistant, 4 x 20 minutes a week.",
     "- A turn-taking and social skills group of 4 children, twice a week for 30 minutes, led by the ELSA."]


def _run(e: list[str] = (), f: list[str] = (), b: list[str] = (), base_f: list[str] = F):
    plan = care_builder.build({"A": ["Sam likes drawing."], "B": B + list(b), "E": E + list(e),
                               "F": list(base_f) + [f"- {x}" for x in f]})
    return run(plan, "PR-OUTCOME-LINK")


def _unlinked(res, text: str) -> list:
    return [f for f in res.findings if f.kind == "issue" and text[:40] in (f.quote or "")]


DRESSING_OUTCOMES = [
    "By July 2027, Sam will put on his coat and shoes with one prompt on 4 out of 5 days.",
    "By the end of Year 2, Sam will get changed for PE without help, including his socks and shoes.",
    "By March 2027, Sam will do up the zip on his coat by himself at home time.",
    "By July 2027, Sam will get dressed after swimming on his own in 4 out of 5 sessions.",
]
DRESSING_PROVISION = [
    "An occupational therapy programme for dressing skills, 10 minutes daily, 1:1 with his TA, set by the OT.",
    "Practice of fastenings and changing for PE, 1:1 with a TA, before every PE lesson, following the OT's advice.",
    "Self-care skills practised daily for 10 minutes with his key adult, as set out by the occupational therapist.",
]
WALKING_OUTCOMES = [
    "By July 2027, Sam will walk 10 metres along the corridor holding one adult's hand on 4 out of 5 attempts.",
    "By July 2027, Sam will climb the stairs to the hall with one hand on the rail, on 4 out of 5 days.",
    "By Easter 2027, Sam will walk from the classroom to the playground without falling on 9 out of 10 days.",
]
WALKING_PROVISION = [
    "A physiotherapy programme, practised daily for 15 minutes 1:1 with a TA trained by the physiotherapist.",
    "Gross motor sessions (balance and strength), 3 x 20 minutes a week, 1:1 with a trained TA.",
]
COURSE_OUTCOMES = [
    "By July 2027, Sam will gain an Entry Level 3 certificate in English and the ASDAN Personal Progress award.",
    "By the end of the academic year, Sam will achieve his Level 1 Diploma with all units signed off.",
    "By July 2028, Sam will pass GCSE English and maths at grade 4 or above.",
]
COURSE_PROVISION = [
    "Study programme at the college: 16 hours a week, in classes of up to 10, taught by qualified lecturers.",
    "English and maths teaching in a group of up to 6, 4 hours a week each, by a specialist teacher.",
]


@pytest.mark.parametrize("outcome", DRESSING_OUTCOMES)
@pytest.mark.parametrize("prov", DRESSING_PROVISION)
def test_a_dressing_outcome_is_served_by_self_care_provision(outcome, prov):
    res = _run([outcome], [prov])
    assert not _unlinked(res, outcome), why(res)


@pytest.mark.parametrize("outcome", WALKING_OUTCOMES)
@pytest.mark.parametrize("prov", WALKING_PROVISION)
def test_a_walking_outcome_is_served_by_motor_provision(outcome, prov):
    res = _run([outcome], [prov])
    assert not _unlinked(res, outcome), why(res)


@pytest.mark.parametrize("outcome", COURSE_OUTCOMES)
@pytest.mark.parametrize("prov", COURSE_PROVISION)
def test_a_qualification_outcome_is_served_by_the_course(outcome, prov):
    res = _run([outcome], [prov])
    assert not _unlinked(res, outcome), why(res)


@pytest.mark.parametrize("outcome", DRESSING_OUTCOMES + WALKING_OUTCOMES + COURSE_OUTCOMES)
def test_an_outcome_with_nothing_on_its_skill_is_still_unlinked(outcome):
    # a course is learning: any teaching in F serves it by area, so here F holds no teaching at all
    res = _run([outcome], ["A visual timetable on his desk, updated by his TA at the start of each day."], base_f=F[1:])
    assert _unlinked(res, outcome), why(res)


NOT_OUTCOMES = [
    "What we want Sam to achieve by the end of Year 2",
    "Outcomes are to be achieved by the end of Year 2 (July 2027).",
    "All outcomes will be reviewed at Sam's annual review.",
    "Sam's outcomes follow the Preparing for Adulthood areas.",
    "Outcome (to be achieved within 12 months, by March 2027)",
    "These outcomes were agreed with Sam and his parents at the planning meeting.",
    "Progress towards each outcome will be recorded by the class teacher and reviewed each term.",
]


@pytest.mark.parametrize("line", NOT_OUTCOMES)
def test_a_line_about_the_outcomes_is_not_an_outcome(line):
    res = _run([line])
    assert not _unlinked(res, line), why(res)


RULED_OUT = [
    "Sam has no sensory or physical needs.",
    "Sam has no identified sensory or physical difficulties.",
    "His hearing and vision have been checked and are within the typical range.",
    "There are no concerns about Sam's hearing or vision.",
    "No sensory or physical needs have been identified.",
    "Sam is sensitive to noise because he is anxious, not because of a sensory processing difficulty.",
]


@pytest.mark.parametrize("line", RULED_OUT)
def test_a_need_the_plan_rules_out_is_not_a_need(line):
    res = _run(b=[line])
    assert not _unlinked(res, line), why(res)
