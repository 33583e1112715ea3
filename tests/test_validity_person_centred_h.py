"""Validity classes for the person-centred criteria (round 5, set H): each class an auditor applies,
shown by a sentence written for this test and by set H's own plan (named).

PC-SMART does not read an outcome table's aspiration column ("Aspiration | Outcome | How we will
know") as outcomes: it is the hope the row builds on, undated on purpose; an area row with a
bracketed note ("Independent living (aspiration: go to town on his own)") or a line wholly in
brackets (an aside about the row) is a label, not an outcome.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_validity_person_centred_g import build, issues, table
from validity_helpers import flagged, run, why

from ehcaudit.model import Plan
from ehcaudit.reader import read_plan

SET_H = Path(__file__).resolve().parents[1] / "benchmarks" / "validity" / "sets" / "H" / "plans"


def h_plan(name: str) -> Plan:
    return read_plan(SET_H / name)


# -- PC-SMART: an aspiration column is the row's hope, not an outcome -----------------------------

@pytest.mark.parametrize("heading", ["Aspiration", "My hopes and dreams", "Long-term aspiration",
                                     "What I want for the future"])
def test_smart_aspiration_column_is_not_an_outcome(heading):
    plan = table([heading, "Outcome (by end of key stage)", "How we will know"],
                 ["To be a zookeeper", "By July 2028, Leah will feed the class guinea pigs on her own, "
                  "following her picture checklist, on four days out of five.", "Weekly checklist kept by her TA."],
                 ["To ride a bike like my sister", "By July 2028, Leah will ride a balance bike the length of "
                  "the playground without adult help.", "Physiotherapist's termly review notes."])
    res = run(plan, "PC-SMART")
    assert not flagged(res), why(res)
    assert "To be a zookeeper" not in issues(res)


def test_smart_aspiration_column_does_not_hide_a_vague_outcome():
    plan = table(["Aspiration", "Outcome (by end of key stage)", "How we will know"],
                 ["To be a zookeeper", "Leah will be happier at school.", "Staff will notice."])
    assert flagged(run(plan, "PC-SMART"))


@pytest.mark.parametrize("name", ["h101.docx", "h104.docx", "h110.docx"])
def test_smart_set_h_aspiration_column(name):
    res = run(h_plan(name), "PC-SMART")
    assert "To feed herself and be independent" not in issues(res)
    assert "To go to college to do motor vehicle" not in issues(res)
    assert not any(q and q.startswith("To make games") for q in issues(res))
    assert not flagged(res), (name, why(res))


# -- PC-SMART: a label with a bracketed note, or an aside in brackets, is not an outcome ----------

@pytest.mark.parametrize("line", ["Getting about (aspiration: to catch the bus to her nan's)",
                                  "Good health (linked to Part C)",
                                  "(This helps Leah keep up with her friends at break time.)"])
def test_smart_bracketed_note_or_aside_is_not_an_outcome(line):
    plan = build([("E", line, None, None),
                  ("E", "By July 2027, Leah will buy a snack at the shop with a £2 coin on 3 out of 4 visits.",
                   None, None)])
    res = run(plan, "PC-SMART")
    assert not flagged(res), why(res)
    assert line not in issues(res)


@pytest.mark.parametrize("name", ["h105.docx", "h108.docx"])
def test_smart_set_h_area_rows_and_asides(name):
    res = run(h_plan(name), "PC-SMART")
    assert not flagged(res), (name, why(res))


# -- PC-OUTCOME-NOT-PROVISION: a person assigned to the child is provision -------------------------

@pytest.mark.parametrize("line", [
    "By the end of the course, Leah will have a BSL interpreter in every lecture.",
    "Leah will have a note-taker in all her theory lessons by September 2027.",
    "Within 12 months, Leah will have a communication support worker for college trips.",
])
def test_onp_person_assigned_to_the_child_is_provision(line):
    plan = build([("E", line, None, None),
                  ("E", "By July 2027, Leah will write a 300-word assignment plan on her own, checked by her tutor.",
                   None, None)])
    assert flagged(run(plan, "PC-OUTCOME-NOT-PROVISION"))
    res = run(plan, "PC-SMART")  # provision written in E is PC-OUTCOME-NOT-PROVISION's finding alone
    assert line not in issues(res), why(res)


def test_onp_set_h_h203_interpreter():
    res = run(h_plan("h203.docx"), "PC-OUTCOME-NOT-PROVISION")
    assert flagged(res)
    assert not flagged(run(h_plan("h203.docx"), "PC-SMART"))


# -- PC-OUTCOME-NOT-PROVISION: the child saying what help they want is an achievement ----------------

@pytest.mark.parametrize("line", [
    "By July 2027, Leah will explain to a new teacher what support she needs in PE, using her one-page profile, "
    "at the start of each term.",
    "By March 2027, Leah will tell her key worker how she wants to be helped at lunchtime, on 4 out of 5 days.",
])
def test_onp_child_saying_what_help_they_want_is_achievement(line):
    plan = build([("E", line, None, None)])
    res = run(plan, "PC-OUTCOME-NOT-PROVISION")
    assert not flagged(res), why(res)


def test_onp_set_h_h107_tells_worker_how_she_likes_to_be_helped():
    assert not flagged(run(h_plan("h107.docx"), "PC-OUTCOME-NOT-PROVISION"))


# -- PC-PFA: schoolwork is not employment ------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "By July 2027, Leah will work at the expected level in science, scoring 60% in her end-of-year test.",
    "By July 2027, Leah will work in lessons for 20 minutes without leaving her seat, on 4 out of 5 days.",
])
def test_pfa_schoolwork_is_not_employment(line):
    res = run(build([("E", line, None, None)]), "PC-PFA")
    assert not any(k == "evidence" and "employment" in m for k, m, _ in why(res)), why(res)


def test_pfa_work_experience_is_employment():
    line = "By July 2027, Leah will work at the garden centre for a two-week work placement, with a good report."
    res = run(build([("E", line, None, None)]), "PC-PFA")
    assert any(k == "evidence" and "employment" in m for k, m, _ in why(res)), why(res)


def test_pfa_set_h_h108_year9_without_pfa_outcomes_flagged():
    assert flagged(run(h_plan("h108.docx"), "PC-PFA"))


# -- PC-STRENGTHS: a Strengths box filled with what the child does not yet do ------------------------

def test_strengths_box_of_not_yet_and_none_identified_is_flagged():
    rows = [("A", "Strengths", "Strengths", None),
            ("A", "Leah does not yet speak in class and does not join in group games.", "Strengths", None),
            ("A", "None identified at this time.", "Strengths", None),
            ("A", "She is not yet able to use the toilet on her own.", "Strengths", None),
            ("B", "Leah has a diagnosis of global developmental delay.", None, None)]
    assert flagged(run(build(rows), "PC-STRENGTHS"))


def test_strengths_box_with_real_strengths_is_not_flagged():
    rows = [("A", "Strengths", "Strengths", None),
            ("A", "Leah is kind to younger children and loves singing.", "Strengths", None),
            ("A", "She is good at jigsaws and remembers the words of every song.", "Strengths", None),
            ("A", "She does not give up when a puzzle is hard.", "Strengths", None)]
    res = run(build(rows), "PC-STRENGTHS")
    assert not flagged(res), why(res)


def test_strengths_set_h_h109():
    assert flagged(run(h_plan("h109.docx"), "PC-STRENGTHS"))


# -- PC-VOICE: a parent's quoted words are not the child's, nor is "what she says" -------------------

def _views(text: str, sub: str = "Views") -> Plan:
    return build([("A", text, sub, None)])


@pytest.mark.parametrize("text", [
    'Dad says Leah is happy at school. "I want Leah to make a friend in her class. I worry at home." '
    "(Mark, Dad, at the review)",
    'Leah likes the swings. "I would love Leah to be able to swim by the summer." (Gran)',
    "Leah uses signing and pointing to support what she says.",
])
def test_voice_family_quote_or_how_she_talks_is_not_the_childs_view(text):
    res = run(_views(text), "PC-VOICE")
    assert flagged(res), why(res)


def test_voice_child_naming_themself_in_their_quote_is_their_view():
    res = run(_views('"My name is Leah and I am eight. I like horses and my cat."', "All about me"), "PC-VOICE")
    assert not any("does not show the child" in m for _, m, _q in why(res)), why(res)


def test_voice_set_h_h106_mums_quote_is_not_zosias_view():
    assert flagged(run(h_plan("h106.docx"), "PC-VOICE"))
    assert not flagged(run(h_plan("h102.docx"), "PC-VOICE"))
