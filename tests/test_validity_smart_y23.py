"""PC-SMART, PC-OUTCOME-NOT-PROVISION and PC-PFA, round 23: the classes behind set Y's disagreements.

- PC-SMART (and the outcome readers it shares): a note about the outcomes as a set - their subject
  the outcomes ("Her outcomes prepare her for adult life", "These targets build on ...") and their only
  future the set's own review ("They will be reviewed at the annual review") - is no outcome, even
  after a sentence of context ("Leah is in Year 11.").
- PC-OUTCOME-NOT-PROVISION: the perfect participle of the child's own act ("having completed six
  surveys", "having passed her theory test") is something done, not provision received.
- PC-PFA: an outcome's code and area of need on a line of their own above it ("E3 - Social, emotional and mental health") is its title,
  naming a theme only in a heading's words.

Each class: sentences in our own words, its boundary (a near-miss still read as before), and set Y's
plans themselves.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_validity_person_centred_g import build, issues, table
from validity_helpers import flagged, run, why

from ehcaudit.checks._outcomes import is_coded_label, is_outcome
from ehcaudit.checks._pc_reading import is_set_note
from ehcaudit.model import Plan
from ehcaudit.reader import read_plan

SETS = Path(__file__).resolve().parents[1] / "benchmarks" / "validity" / "sets"

GOOD = ("By July 2027, Leah will order and pay for her own lunch in the canteen on 4 out of 5 days, "
        "recorded by her teaching assistant.")


def set_plan(s: str, name: str) -> Plan:
    return read_plan(SETS / s / "plans" / name)


def _themes(res) -> list[str]:
    return [f.message for f in res.findings if f.kind == "evidence"]


# -- the outcomes as a set: a note, not an outcome ---------------------------------------------------

SET_NOTES = [
    "Her outcomes prepare her for adult life (work, living independently, friends and health). "
    "They will be reviewed at her annual review in May 2027.",
    "Leah is in Year 11. Her outcomes get her ready for adulthood and will be reviewed at her next annual review, "
    "by June 2027.",
    "These targets build on what Leah told us at her planning meeting; they will be checked each term by the SENCo.",
    "Leah's outcomes look ahead to college. Both will be revisited at the transition review in March 2027.",
]


@pytest.mark.parametrize("line", SET_NOTES)
def test_note_about_the_set_is_no_outcome(line):
    assert is_set_note(line)
    assert not is_outcome(line)


@pytest.mark.parametrize("line", SET_NOTES)
def test_note_about_the_set_not_judged_smart(line):
    plan = build([("E", line, None, None), ("E", GOOD, None, None)])
    res = run(plan, "PC-SMART")
    assert not flagged(res), why(res)
    assert line not in issues(res)


@pytest.mark.parametrize("line", [
    # the child's own future beside the set's review: an outcome still
    "By July 2027 Leah will meet 3 of her 4 reading targets, which will be reviewed termly.",
    # provision with a review: still read (and left to PC-OUTCOME-NOT-PROVISION)
    "Leah will be supported to meet her targets, which will be reviewed termly.",
])
def test_near_miss_still_an_outcome(line):
    assert not is_set_note(line)
    assert not is_set_note("Leah's targets will be met by July 2027.")  # "met": no review of the set
    assert is_outcome(line)


def test_vague_outcome_beside_a_set_note_still_flagged():
    plan = build([("E", SET_NOTES[0], None, None), ("E", "Leah will be more confident.", None, None)])
    res = run(plan, "PC-SMART")
    assert flagged(res), why(res)


@pytest.mark.parametrize("name", ["y209.docx", "y211.docx"])
def test_smart_set_y_set_notes(name):
    res = run(set_plan("Y", name), "PC-SMART")
    assert not flagged(res), why(res)


# -- PC-OUTCOME-NOT-PROVISION: "having" + the child's own act ----------------------------------------

@pytest.mark.parametrize("line", [
    "By July 2027, Leah will be awarded her bronze swimming badge, having completed four 25-metre lengths unaided.",
    "By June 2027, Leah will get her provisional licence, having passed her theory test first time.",
    "By March 2027, Leah will earn a place in the school choir, having learnt three songs by heart.",
    "By July 2027, Leah will receive the Duke of Edinburgh bronze award, having done her expedition with her group.",
])
def test_having_done_is_no_provision(line):
    res = run(build([("E", line, None, None)]), "PC-OUTCOME-NOT-PROVISION")
    assert not flagged(res), why(res)


@pytest.mark.parametrize("line", [
    "By July 2027, Leah will read 50 words, having received 1:1 support from a teaching assistant every day.",
    "Leah will be having speech and language therapy every week.",
])
def test_having_received_still_provision(line):
    res = run(build([("E", line, None, None)]), "PC-OUTCOME-NOT-PROVISION")
    assert flagged(res), why(res)


def test_set_y_y101_certificate():
    res = run(set_plan("Y", "y101.docx"), "PC-OUTCOME-NOT-PROVISION")
    assert not flagged(res), why(res)


# -- PC-PFA: a set note claims no theme; a coded area-of-need title is a heading ---------------------

@pytest.mark.parametrize("line", ["E3 – Social, emotional and mental health", "O2: Communication and interaction",
                                  "2. Independent living", "Outcome 3 - Social, emotional and mental health",
                                  "Target 1: Communication and interaction"])
def test_coded_label(line):
    assert is_coded_label(line)


@pytest.mark.parametrize("line", ["Social, emotional and mental health", "E1 Leah will read 50 words by July 2027",
                                  "E2 – Leah will go to the youth club each week"])
def test_not_coded_label(line):
    assert not is_coded_label(line)


@pytest.mark.parametrize("title", ["E3 – Social, emotional and mental health", "Outcome 3: Social, emotional and mental health",
                                   "3. Social, emotional and mental health"])
def test_pfa_coded_semh_title_is_no_community(title):
    plan = table(["Outcome", "Provision"],
                 [title + "\nBy July 2027, Leah will name three feelings on her feelings chart each morning.",
                  "Daily 10-minute check-in with her key adult"])
    res = run(plan, "PC-PFA")
    assert not any("friends" in m for m in _themes(res)), why(res)


def test_pfa_coded_theme_title_still_names_its_theme():
    plan = table(["Outcome", "Provision"],
                 ["E2 – Independent living\nBy July 2027, Leah will make a sandwich with one prompt, 4 days out of 5.",
                  "Weekly cooking session with her TA"],
                 ["E4 – Friends and community\nBy July 2027, Leah will take part in a weekly after-school activity.",
                  "Key adult goes with her for the first 4 weeks"])
    res = run(plan, "PC-PFA")
    assert any("independent" in m for m in _themes(res)), why(res)
    assert any("friends" in m for m in _themes(res)), why(res)


def test_pfa_set_y_y202():
    res = run(set_plan("Y", "y202.docx"), "PC-PFA")
    assert flagged(res), why(res)


@pytest.mark.parametrize("name", ["y209.docx", "y211.docx"])
def test_pfa_set_y_themes_from_outcomes(name):
    res = run(set_plan("Y", name), "PC-PFA")
    assert not flagged(res), why(res)
