"""PC-SMART, PC-OUTCOME-NOT-PROVISION and PC-PFA, round 22: the classes behind set X's disagreements.

- PC-SMART: a line that names the hope an outcome builds on ("Linked to her wish to ...", "Building on
  his love of ...", "His wish to be a pilot", "Independent living - her aim to ...") is the
  aspiration, written above or beside the outcome, not an outcome to be judged SMART.
- PC-PFA: working with other pupils is classroom work, not employment; "snack time" is a time of the
  school day, not preparing a snack.

Each class: sentences in our own words, its boundary (a near-miss that must still be read as before),
and set X's plans themselves.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_validity_person_centred_g import build, issues, table
from validity_helpers import flagged, run, why

from ehcaudit.checks._outcomes import is_aspiration_line, is_hope_link, is_outcome
from ehcaudit.model import Plan
from ehcaudit.reader import read_plan

SETS = Path(__file__).resolve().parents[1] / "benchmarks" / "validity" / "sets"

GOOD = ("By July 2027, Leah will order and pay for her own lunch in the canteen on 4 out of 5 days, "
        "recorded by her teaching assistant.")


def set_plan(s: str, name: str) -> Plan:
    return read_plan(SETS / s / "plans" / name)


# -- PC-SMART: the hope an outcome builds on is not an outcome ---------------------------------------

HOPE_LINES = [
    # a link word, then whose hope and what it is
    "Linked to Leah's wish to work in a vet's surgery.",
    "Building on her love of horses and her dream of riding in a show.",
    "This outcome supports her family's hope that she will have a job one day.",
    "Towards his ambition of becoming a chef.",
    "Connected to her aspiration to live in her own flat with friends.",
    "Works towards Leah's goal of going to college.",
    # the hope alone, its owner named, perhaps after a preparing-for-adulthood area and a dash
    "Her wish to be a hairdresser",
    "Leah's hope to travel on the train like her sister",
    "Her parents' wish for her to be safe when she is out",
    "Independent living – her aim to cook for her friends",
    "Employment - his dream to drive a tractor",
]


@pytest.mark.parametrize("line", HOPE_LINES)
def test_hope_link_is_not_an_outcome(line):
    assert is_hope_link(line)
    assert is_aspiration_line(line)
    assert not is_outcome(line)


@pytest.mark.parametrize("line", HOPE_LINES[:6])
def test_hope_link_above_outcome_not_judged(line):
    plan = build([("E", line, "Outcome 1 - Getting around", None), ("E", GOOD, "Outcome 1 - Getting around", None)])
    res = run(plan, "PC-SMART")
    assert not flagged(res), why(res)
    assert line not in issues(res)


@pytest.mark.parametrize("head", ["Links to", "Linked aspiration", "Preparing for adulthood area"])
def test_hope_link_in_a_column_beside_outcome_not_judged(head):
    plan = table(["Outcome", "How we will know", head],
                 [GOOD, "Canteen record kept by her TA.", "Her wish to be a cashier"],
                 ["By July 2027, Leah will catch the number 12 bus to the town centre on her own on 3 occasions.",
                  "Signed off by her travel trainer.", "Independent living – her hope to go shopping with friends"])
    res = run(plan, "PC-SMART")
    assert not flagged(res), why(res)


@pytest.mark.parametrize("line", [
    # dated, or the child's own "will": the outcome itself
    "Her aim is to read 50 common words by July 2027.",
    "Building on his love of trains, Sam will travel to college by bus on his own.",
    "By July 2027, Leah will follow her interest in art by showing her work at the school exhibition.",
    "Her goal over the next year is to swim 25 metres.",
    # not a hope, and no possessor before the aim
    "The aim is for Leah to travel to school on her own.",
])
def test_near_miss_still_an_outcome(line):
    # round 29: "Her interests will be used to motivate her" and "Leah's love of music helps her settle"
    # are no outcome any more (the child is not the one acting): see tests/test_define_outcome_r29.py
    assert not is_hope_link(line)
    assert is_outcome(line)


def test_undated_aim_still_flagged():
    plan = build([("E", "The aim is for Leah to travel to school on her own.", None, None)])
    res = run(plan, "PC-SMART")
    assert flagged(res), why(res)


@pytest.mark.parametrize("name", ["x201.docx", "x204.docx", "x205.docx", "x210.docx", "x211.docx"])
def test_smart_set_x_hope_lines(name):
    res = run(set_plan("X", name), "PC-SMART")
    assert not flagged(res), why(res)


# -- PC-PFA: classroom work and school routines are no adulthood theme --------------------------------

@pytest.mark.parametrize("line", [
    "By July 2027, Leah will work with other pupils on a group task for 10 minutes.",
    "By July 2027, Leah will work with her classmates in science without leaving her seat.",
    "By July 2027, Leah will sign 'more' to ask for fruit at snack time on 4 out of 5 days.",
    "By July 2027, Leah will wait her turn at snacktime.",
])
def test_pfa_classroom_is_no_theme(line):
    plan = build([("E", line, None, None)])
    res = run(plan, "PC-PFA")
    assert not [f for f in res.findings if f.kind == "evidence"], why(res)


@pytest.mark.parametrize("line", [
    "By July 2027, Leah will work with a supervisor at the garden centre for two mornings a week.",
    "By July 2027, Leah will make herself a snack after school, 4 days out of 5.",
    "By July 2027, Leah will work in the school café taking orders from customers.",
])
def test_pfa_real_theme_still_found(line):
    plan = build([("E", line, None, None)])
    res = run(plan, "PC-PFA")
    assert [f for f in res.findings if f.kind == "evidence"], why(res)


def test_pfa_set_x_x202():
    res = run(set_plan("X", "x202.docx"), "PC-PFA")
    assert flagged(res), why(res)


# -- PC-PFA: the measure column beside an outcome names no theme ------------------------------

def _themes(res) -> list[str]:
    return [f.message for f in res.findings if f.kind == "evidence"]


def test_pfa_measure_column_names_no_theme():
    plan = table(["Outcome", "How we will know"],
                 ["By July 2027, Leah will get grade 5 in GCSE English.",
                  "Log kept by her mentor for social, emotional and mental health, and her friendship diary."],
                 ["By July 2027, Leah will rate her worry at 3 or below in 8 of 10 weekly check-ins.",
                  "Recorded by the youth club leader and the college nurse."])
    res = run(plan, "PC-PFA")
    assert not any("friends" in m or "independent" in m for m in _themes(res)), why(res)
    assert flagged(res), why(res)


@pytest.mark.parametrize("line", [
    "By July 2027, Leah will go to a social group at the library every month.",
    "By July 2027, Leah will use social media safely to keep in touch with two friends.",
])
def test_pfa_social_life_still_community(line):
    res = run(build([("E", line, None, None)]), "PC-PFA")
    assert any("friends" in m for m in _themes(res)), why(res)


def test_pfa_set_k_k203():
    res = run(set_plan("K", "k203.docx"), "PC-PFA")
    assert flagged(res), why(res)
