"""Person-centred criteria, round 34: the classes behind sets AG and AH's disagreements, in our own words
with their boundaries, and the sets' plans themselves.

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

_READ = "By July 2027, Leah's reading age will be at least 10 years, on the school's reading test in June."


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
