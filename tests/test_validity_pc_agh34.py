"""Person-centred criteria, round 34: the classes behind sets AG and AH's disagreements, in our own words
with their boundaries, and the sets' plans themselves.

- PC-PFA: outcomes prepare for adulthood in the themes that fit the young person: two of the four themes
  are enough; one theme or none is still a finding.
- PC-STRENGTHS: a Strengths box that says only what the child does not yet do, finds hard, needs
  supervision for, or where they fall below their peers, describes needs, whatever liking is quoted
  elsewhere.
- PC-SMART: a line pointing to an outcome written elsewhere ("See the communication outcome: ...") is a
  cross-reference, not an outcome of its own.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_validity_person_centred_g import build
from validity_helpers import flagged, run, why

from ehcaudit.checks.pc_smart import CROSS_REFERENCE
from ehcaudit.reader import read_plan

SETS = Path(__file__).resolve().parents[1] / "benchmarks" / "validity" / "sets"

_TRAVEL = "By July 2027, Leah will travel on her own by bus to her swimming lesson and home again on 4 occasions in a row."
_HEALTH = "By July 2027, Leah will take her own inhaler before PE on 9 days out of 10, recorded by her form tutor."
_WORK = "By July 2027, Leah will complete a two-week work placement at the garden centre, with a good report."
_READ = "By July 2027, Leah's reading age will be at least 10 years, on the school's reading test in June."
_SPELL = "By July 2027, Leah will spell 80% of her subject words correctly in a weekly check by her teacher."


# -- PC-PFA: two themes that fit the young person are enough --------------------------------------------

@pytest.mark.parametrize("outcomes", [
    [_TRAVEL, _HEALTH, _READ],  # independent living and good health, no work outcome
    [_WORK, _HEALTH],            # employment and good health
    [_WORK, _TRAVEL, _SPELL],    # employment and independent living
])
def test_pfa_two_fitting_themes_are_enough(outcomes):
    res = run(build([("E", o, None, None) for o in outcomes]), "PC-PFA")
    assert not flagged(res), why(res)


@pytest.mark.parametrize("outcomes", [
    [_READ, _SPELL],           # classroom targets only
    [_WORK, _READ, _SPELL],    # one theme: still a finding
])
def test_pfa_one_theme_or_none_still_flagged(outcomes):
    assert flagged(run(build([("E", o, None, None) for o in outcomes]), "PC-PFA"))


@pytest.mark.parametrize("feeling", [
    "By July 2027, Leah will be happier and calmer in school.",
    "By July 2027, Leah will rate her anxiety in lessons at 3 or below in 8 of 10 weekly check-ins.",
    "By July 2027, Leah will use her calm-down plan in 4 of 5 worried moments, recorded by her mentor.",
])
def test_pfa_feeling_at_school_is_no_second_theme(feeling):
    # GCSE grades and a feeling at school: one theme, however the feeling is measured
    res = run(build([("E", "By July 2027, Leah will get grade 5 in GCSE maths.", None, None),
                     ("E", feeling, None, None)]), "PC-PFA")
    assert flagged(res), why(res)


def test_pfa_feeling_counts_alongside_two_themes():
    res = run(build([("E", o, None, None) for o in
                     (_WORK, _TRAVEL, "By July 2027, Leah will rate her anxiety at 3 or below in 8 of 10 check-ins.")]),
              "PC-PFA")
    assert any(f.kind == "evidence" and "good health" in f.message for f in res.findings), why(res)
    assert not flagged(res)


def test_pfa_managing_own_seizures_is_good_health():
    line = "By July 2027, Leah will swipe her own VNS magnet when she feels a seizure starting, on 3 of 4 occasions."
    res = run(build([("E", line, None, None), ("E", _TRAVEL, None, None)]), "PC-PFA")
    assert not flagged(res), why(res)


@pytest.mark.parametrize("set_name,name", [("I", "i102.docx"), ("K", "k203.docx"), ("X", "x202.docx")])
def test_pfa_earlier_sets_feeling_plans_still_flagged(set_name, name):
    assert flagged(run(read_plan(SETS / set_name / "plans" / name), "PC-PFA"))


def test_pfa_set_ag_ag211_two_themes():
    assert not flagged(run(read_plan(SETS / "AG" / "plans" / "ag211.docx"), "PC-PFA"))


# -- PC-STRENGTHS: a Strengths box of needs ------------------------------------------------------------

_LIKING = ("A", '"I love horses more than anything and I want to work with them one day."', "Views", None)


@pytest.mark.parametrize("box", [
    ["Leah needs close supervision in the playground.", "She does not yet write a sentence on her own.",
     "Her maths is well below that of her classmates."],
    ["Leah finds it hard to join a conversation.", "She does not yet count beyond ten at the level expected for her age.",
     "Her learning is held back by her tiredness."],
    ["Leah needs adult support in most lessons.", "She is not yet confident in class.",
     "She finds it very hard to start work."],
])
def test_strengths_box_of_needs_flagged_despite_a_liking(box):
    rows = [_LIKING, *[("B", s, "Strengths", None) for s in box]]
    assert flagged(run(build(rows), "PC-STRENGTHS"))


def test_strengths_box_with_what_she_can_do_not_flagged():
    rows = [_LIKING,
            ("B", "Leah is good at drawing and remembers every horse's name at the stables.", "Strengths", None),
            ("B", "She is kind to younger pupils and helps them find their way.", "Strengths", None),
            ("B", "She finds it hard to start a conversation.", "Strengths", None)]
    res = run(build(rows), "PC-STRENGTHS")
    assert not flagged(res), why(res)


def test_strengths_set_ag_ag211():
    assert flagged(run(read_plan(SETS / "AG" / "plans" / "ag211.docx"), "PC-STRENGTHS"))


# -- PC-SMART: a cross-reference is no outcome -----------------------------------------------------------

@pytest.mark.parametrize("line", [
    "See the communication outcome: Maisie will use her signs, including “finished”, to show when she has had enough.",
    "See outcome E2 above.",
    "Refer to the outcome under Cognition and learning.",
    "As in the independence outcome, Leah will make her own lunch.",
])
def test_cross_reference_is_no_outcome(line):
    assert CROSS_REFERENCE.match(line)
    res = run(build([("E", _READ, None, None), ("E", line, None, None)]), "PC-SMART")
    assert not flagged(res), why(res)


@pytest.mark.parametrize("line", [
    "Leah will see the dentist and tell her what hurts.",
    "Seeing her friends at lunch, Leah will be happier.",
])
def test_outcome_that_is_no_cross_reference_is_still_judged(line):
    assert not CROSS_REFERENCE.match(line)
    assert flagged(run(build([("E", _READ, None, None), ("E", line, None, None)]), "PC-SMART"))


def test_smart_set_ag_ag202():
    assert not flagged(run(read_plan(SETS / "AG" / "plans" / "ag202.docx"), "PC-SMART"))
