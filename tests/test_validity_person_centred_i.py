"""Validity classes for the person-centred criteria (round 6, set I): each class an auditor applies,
shown by a sentence written for this test and by set I's own plan (named).

- PC-SMART: an aspiration written above or beside an outcome after its label ("Aspiration: ...",
  "My ambition - ...", "Long-term goal: ...") is the hope the outcome builds towards, not an outcome
  to be judged SMART; a step written after its label on the same line ("Short steps (this year):
  By ...") is a step of the outcome before it; a half-term name ("Summer 1") and "end of key stage"
  are when, not a count or a stage reached; doing it "herself" is a measure like "on her own".
- PC-PFA: the aspiration line is no outcome towards adulthood; a heading names a theme in its own
  words ("Independence", "Community"), but the "social" of "Social, emotional and mental health"
  (an area of need) is not friends or community; using the shops of the community is community.
- PC-ASPIRATIONS: a family's hopes in their own (translated, non-standard) English are aspirations
  ("When she is big we hope she becomes a doctor", "We want she learns English").
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_validity_person_centred_g import build, issues
from validity_helpers import flagged, run, why

from ehcaudit.checks._outcomes import is_aspiration_line
from ehcaudit.model import Plan
from ehcaudit.reader import read_plan

SET_I = Path(__file__).resolve().parents[1] / "benchmarks" / "validity" / "sets" / "I" / "plans"


def i_plan(name: str) -> Plan:
    return read_plan(SET_I / name)


def e_lines(*lines: str, sub: str | None = None) -> Plan:
    return build([("E", t, sub, None) for t in lines])


# -- PC-SMART: an aspiration after its label is the hope, not an outcome -----------------------------

@pytest.mark.parametrize("line", [
    "Aspiration: To be a bus driver and to make friends at school",  # set I, i101
    "Aspiration: To work on the railway or in IT",  # set I, i102
    "My ambition - to look after horses at a riding stables",
    "Long-term aspiration (in Leah's words): live in a flat with my best friend",
    "Dream: to sing in a band on a real stage",
    "Long-term goal: to live near my gran and have a job",
    "Hopes and dreams: to play football for the town team",
    "E2 Aspiration: To read stories to her little brother",
])
def test_aspiration_label_lines(line):
    assert is_aspiration_line(line)


@pytest.mark.parametrize("line", [
    "Long-term goal: by July 2028 Leah will travel to college on the bus on her own",
    "Aspiration: a vet. Outcome: By July 2027, Leah will feed the rabbits every day, ticked on her chart.",
    "What I want to achieve: by July I will read 50 words",
    "Outcome (end of key stage): By July 2027, Leah will read 30 words, checked by her teacher.",
])
def test_outcome_lines_are_not_aspirations(line):
    assert not is_aspiration_line(line)


def test_smart_aspiration_line_is_not_judged():
    plan = e_lines("Aspiration: To look after horses at a riding stables",
                   "Outcome (end of key stage): By July 2027, Leah will groom a pony and clean its tack, "
                   "following her picture checklist, on 4 out of 5 visits recorded by the stables leader.",
                   "Short steps (this year):",
                   "- By March 2027, Leah will name 6 parts of a pony's tack correctly.")
    res = run(plan, "PC-SMART")
    assert not flagged(res), why(res)


def test_smart_aspiration_line_does_not_hide_a_vague_outcome():
    plan = e_lines("My ambition - to look after horses at a riding stables",
                   "Outcome: By July 2027, Leah will be calmer and happier at school.")
    assert flagged(run(plan, "PC-SMART"))


@pytest.mark.parametrize("name", ["i101.docx", "i102.docx", "i105.docx", "i106.docx", "i107.docx",
                                  "i109.docx", "i110.docx", "i103.docx"])
def test_smart_set_i_aspiration_lines(name):
    res = run(i_plan(name), "PC-SMART")
    assert not any(q and q.lstrip().startswith("Aspiration") for q in issues(res)), why(res)
    assert not flagged(res), (name, why(res))


# -- PC-SMART: a step after its label on one line; "Summer 1" and "end of key stage" are when ---------

def test_smart_step_after_label_measures_nothing_when_it_is_provision():
    plan = e_lines("Aspiration: To go to the shops on her own",
                   "Outcome (end of key stage): By July 2027, Leah will be given travel training to help her.",
                   "Short steps (this year): By the end of Autumn 2026, Leah will be supported to cross the road.")
    assert flagged(run(plan, "PC-SMART"))


def test_smart_half_term_name_is_not_a_count():
    plan = e_lines("Outcome: By July 2027, Leah will be more settled in class.",
                   "Short steps: By the end of Spring 2, Leah will have fewer upsets.")
    assert flagged(run(plan, "PC-SMART"))


@pytest.mark.parametrize("name", ["i104.docx", "i111.docx"])
def test_smart_set_i_vague_outcomes_still_flagged(name):
    # i104: 'By the end of Summer 1, Kai will have fewer incidents.'; i111: 'will receive mobility
    # training ... to help her get around' under 'Outcome (end of key stage):'
    assert flagged(run(i_plan(name), "PC-SMART"))


def test_smart_doing_it_herself_is_measured():
    plan = e_lines("By March 2027, Leah will top up her bus pass herself using the app.",
                   "By July 2027, Leah will pack her college bag herself each morning.")
    res = run(plan, "PC-SMART")
    assert not flagged(res), why(res)


# -- PC-PFA ---------------------------------------------------------------------------------------

def test_pfa_aspiration_lines_and_semh_heading_do_not_count():
    plan = build([
        ("E", "Aspiration: To live in my own flat and have friends", "E1 Communication and interaction", None),
        ("E", "Outcome: By July 2027, Leah will take 2 turns to speak in a group task in 4 of 5 lessons.",
         "E1 Communication and interaction", None),
        ("E", "Outcome: By July 2027, Leah will pass GCSE English at grade 4.", "E2 Cognition and learning", None),
        ("E", "Outcome: By July 2027, Leah will go to the quiet room instead of leaving the lesson, 4 days of 5.",
         "E3 Social, emotional and mental health", None),
    ])
    res = run(plan, "PC-PFA")
    assert flagged(res), why(res)


def test_pfa_theme_headings_and_community_shops():
    plan = build([
        ("E", "By July 2027, Leah will arrange a week's work experience at a garage herself.",
         "Independence, community and work", None),
        ("E", "By July 2027, Leah will buy her lunch in a shop on the high street, on 4 of 5 trips.", "Money", None),
    ])
    res = run(plan, "PC-PFA")
    assert not flagged(res), why(res)


def test_pfa_set_i():
    assert flagged(run(i_plan("i102.docx"), "PC-PFA"))  # GCSEs and calm-at-school only
    for name in ("i107.docx", "i212.docx"):  # 'Independence, community ...' row; 'pay ... in a shop'
        res = run(i_plan(name), "PC-PFA")
        assert not flagged(res), (name, why(res))


# -- PC-ASPIRATIONS: hopes in a family's own translated English -------------------------------------

@pytest.mark.parametrize("sentence", [
    "Her grandmother says: \"When she is big we hope she becomes a nurse like her aunt.\"",
    "His father told us: \"We want he learns to read and gets a good job.\"",
])
def test_aspirations_in_the_familys_own_english(sentence):
    plan = build([("A", "Leah likes painting and the swings.", None, None), ("A", sentence, None, None)])
    res = run(plan, "PC-ASPIRATIONS")
    assert not flagged(res), why(res)


def test_aspirations_set_i_i207():
    res = run(i_plan("i207.docx"), "PC-ASPIRATIONS")
    assert not flagged(res), why(res)
