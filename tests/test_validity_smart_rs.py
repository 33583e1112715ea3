"""PC-SMART, PC-OUTCOME-NOT-PROVISION and PC-PFA, round 16: the classes behind sets R and S's
disagreements, read across the first runs of J-S.

Each class: a new sentence in our own words and the set's sentence (exact wording), run through
the packaged rubric's criterion; where the class is a layout, the set's plan itself too.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_validity_person_centred_g import build, issues, table
from validity_helpers import flagged, run, why

from ehcaudit.checks._outcomes import is_outcome, is_stem
from ehcaudit.model import Plan
from ehcaudit.reader import read_plan

SETS = Path(__file__).resolve().parents[1] / "benchmarks" / "validity" / "sets"


def set_plan(s: str, name: str) -> Plan:
    return read_plan(SETS / s / "plans" / name)


def _e(*outcomes: str) -> Plan:
    return build([("E", o, None, None) for o in outcomes])


# -- PC-SMART: the plan's own review is a time frame, however the review is owned ----------------------

@pytest.mark.parametrize("outcome", [
    "By the next annual review, Jayden will sleep through until at least 6am on 5 nights out of 7.",  # set S, s106
    "By my next annual review I will plan, shop for and cook a simple meal for my family once a week.",  # S, s104
    "By the next review, Callum will stay in all his lessons for the whole lesson on at least 9 days out of 10, "
    "as shown on the school's attendance and behaviour system.",  # set R, r208
    # ours
    "Before Leah's next review, she will read a bus timetable and say when the next bus leaves, on 4 out of 5 tries.",
    "By next review, Leah will fasten her own coat on 4 out of 5 days, recorded by her key person.",
])
def test_smart_the_next_review_dates_an_outcome(outcome):
    res = run(_e(outcome), "PC-SMART")
    assert not flagged(res), why(res)


def test_smart_a_review_that_is_not_a_deadline_still_dates_nothing():
    res = run(_e("Leah will fasten her own coat on 4 out of 5 days, and staff will review this."), "PC-SMART")
    assert flagged(res)


# -- PC-SMART: the end of the year shortened ----------------------------------------------------------

@pytest.mark.parametrize("outcome", [
    # set R, r110 (exact wording)
    "By EOY, N. will sustain engagement w/ adult-led task at workstation for 5 mins w/ ≤2 prompts in 4/5 sessions "
    "(engagement model).",
    # ours
    "By EoT, Leah will match 10 picture cards to their objects on 4 out of 5 tries.",
])
def test_smart_eoy_is_a_date(outcome):
    res = run(_e(outcome), "PC-SMART")
    assert not flagged(res), why(res)


# -- PC-SMART: "on my own", "in every literacy lesson", a performance --------------------------------------

@pytest.mark.parametrize("outcome", [
    # set S, s110 (exact wording)
    "By the end of the Spring term 2027, I will use my iPad's zoom and VoiceOver to read a page of our class text "
    "on my own in every literacy lesson.",
    "By July 2027, I will learn the choir songs from large-print or audio versions so that I can sing in the summer "
    "concert without the words in front of me.",
    # ours
    "By July 2027, I will get my PE kit on in each PE lesson.",
    "By July 2027, Leah will play her keyboard piece in the spring music assembly.",
])
def test_smart_measures_in_the_childs_own_voice(outcome):
    res = run(_e(outcome), "PC-SMART")
    assert not flagged(res), why(res)


def test_smart_a_feeling_is_still_unmeasured():
    assert flagged(run(_e("By July 2027, I will feel happier in my literacy lessons."), "PC-SMART"))


# -- PC-SMART: a stem at the top of a column dates the cells that complete it ----------------------------

@pytest.mark.parametrize("stem", [
    "By the time I start school (September 2027), I will...",  # set S, s212
    "By July 2027, Leah will:",  # ours
])
def test_smart_stem_heading_is_no_outcome_and_dates_its_column(stem):
    assert is_stem(stem) and not is_outcome(stem)
    plan = table(["Area", stem, "How we will know"],
                 ["Communication", "give a picture to an adult to ask for a snack, with 3 different adults, on 4 out "
                                   "of 5 chances.", "PECS record kept by the key person"],
                 ["Health", "settle to sleep in her own bed within 30 minutes, on 5 nights out of 7.",
                  "Sleep diary kept by her parents"])
    res = run(plan, "PC-SMART")
    assert not flagged(res), why(res)
    assert stem not in issues(res)


def test_smart_cells_without_a_dated_stem_are_still_undated():
    plan = table(["Area", "Leah will...", "How we will know"],
                 ["Health", "settle to sleep in her own bed within 30 minutes, on 5 nights out of 7.",
                  "Sleep diary kept by her parents"])
    assert flagged(run(plan, "PC-SMART"))


def test_smart_set_s_stem_plan():
    res = run(set_plan("S", "s212.docx"), "PC-SMART")
    assert not flagged(res), why(res)


# -- PC-SMART: a line about the outcomes as a set; a header with a gloss --------------------------------

@pytest.mark.parametrize("line", [
    "Outcomes describe what Florin will be able to do in 12 months' time (by April 2027).",  # set R, r102
    "These outcomes set out what Leah will be able to do by the end of Year 6.",  # ours
    "Provision – what will happen",  # set R, r105 (a column header)
    "Support - who will help me",  # ours
])
def test_smart_notes_and_glossed_headers_are_no_outcomes(line):
    assert not is_outcome(line)


def test_smart_set_r_combined_table_with_glossed_headers():
    # set R, r105: "Outcome (...) | Provision – what will happen | Frequency – how much / how often | Who will do it"
    plan = set_plan("R", "r105.docx")
    assert any("Language programme" in b.text for b in plan.blocks_in("F"))
    res = run(plan, "PC-SMART")
    assert not flagged(res), why(res)


# -- PC-OUTCOME-NOT-PROVISION: a thing the child has that staff make for them --------------------------

@pytest.mark.parametrize("outcome", [
    "Sara has large print copies of all class texts, prepared by the HLTA.",  # set R, r111
    "Leah will have a laminated symbol strip for each lesson, made by her key person.",  # ours
    "Leah gets her worksheets enlarged by the TA before each lesson.",  # ours
])
def test_provision_a_resource_made_by_staff_is_provision(outcome):
    res = run(_e("By July 2027, Leah will read 40 words on sight, checked by her teacher each half term.", outcome),
              "PC-OUTCOME-NOT-PROVISION")
    assert flagged(res), why(res)


@pytest.mark.parametrize("outcome", [
    "By July 2027, Leah will have made a model of the solar system, checked by her teacher.",
    "By July 2027, Leah will read 40 words on sight, checked by her teacher each half term.",
    "By July 2027, Leah will hand in homework that has been prepared at home, on 4 weeks out of 5.",
])
def test_provision_achievements_and_records_are_not_made_for_the_child(outcome):
    res = run(_e(outcome), "PC-OUTCOME-NOT-PROVISION")
    assert not flagged(res), why(res)


# -- PC-PFA: keeping safe in mind and body is good health ---------------------------------------------

def test_pfa_a_safety_plan_is_good_health():
    # set S, s101 (exact wording of the health outcome), with the set's education and community outcomes
    res = run(_e("Within 6 months I will follow the steps in my safety plan and tell my key adult when I feel unsafe, "
                 "instead of hurting myself.",
                 "By the end of Year 11 I will sit GCSE English and maths and apply for a post-16 course.",
                 "By the next annual review I will meet a friend or go to a youth group outside home at least once a "
                 "week."), "PC-PFA")
    assert not flagged(res), why(res)
    # ours
    res = run(_e("By July 2027, Leah will use her coping cards instead of self-harming, on every occasion she "
                 "feels overwhelmed.",
                 "By July 2027, Leah will complete her Level 1 horticulture course at college.",
                 "By July 2027, Leah will go to the youth club each Saturday."), "PC-PFA")
    assert not flagged(res), why(res)
    assert not flagged(run(set_plan("S", "s101.docx"), "PC-PFA"))


def test_pfa_two_themes_are_still_too_few():
    assert flagged(run(_e("By July 2027, Leah will complete her Level 1 certificate in horticulture.",
                          "By July 2027, Leah will go to the youth club each Saturday."), "PC-PFA"))
