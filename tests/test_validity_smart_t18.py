"""PC-SMART, PC-OUTCOME-NOT-PROVISION and PC-PFA, round 18: the classes behind sets T and U's
disagreements.

Each class: sentences in our own words, the class's boundary (a near-miss that must still be
flagged or still pass), the set's own sentence where it helps, and the set's plan itself.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_validity_person_centred_g import build, issues
from validity_helpers import flagged, run, why

from ehcaudit.checks._outcomes import is_outcome
from ehcaudit.checks._pc_reading import is_set_note, without_recorder
from ehcaudit.model import Plan
from ehcaudit.reader import read_plan

SETS = Path(__file__).resolve().parents[1] / "benchmarks" / "validity" / "sets"


def set_plan(s: str, name: str) -> Plan:
    return read_plan(SETS / s / "plans" / name)


def _e(*outcomes: str) -> Plan:
    return build([("E", o, None, None) for o in outcomes])


# -- PC-SMART: an area title written as a gerund, its verb inside a what/how/who clause --------------------

@pytest.mark.parametrize("title", [
    "E1 Understanding what people say",  # set U, u101
    # ours
    "E3 Telling adults how I feel",
    "2. Knowing who to ask for help",
    "Choosing what to eat at lunch",
])
def test_smart_gerund_title_is_not_an_outcome(title):
    assert not is_outcome(title)
    res = run(_e(title, "By July 2027, Leah will point to the right picture card when asked, on 8 out of 10 "
                        "occasions, recorded by her teaching assistant."), "PC-SMART")
    assert not flagged(res), why(res)
    assert title not in issues(res)


@pytest.mark.parametrize("line", [
    # an outcome written as a gerund is still an outcome: a figure, a modal or a full stop
    "Understanding what people say in 8 out of 10 lessons",
    "Telling adults how she feels when she will be upset",
    "Knowing who to ask for help.",
])
def test_smart_gerund_outcome_is_still_read(line):
    assert is_outcome(line)


def test_smart_u101_gerund_title():
    assert not flagged(run(set_plan("U", "u101.docx"), "PC-SMART"))


# -- PC-SMART: a line that gives only the date ----------------------------------------------------------

@pytest.mark.parametrize("line", [
    "To be achieved by July 2026 (end of Year 6).",  # set U, u107
    # ours
    "Target date: the end of Key Stage 2 (July 2028)",
    "To be met by Easter 2027.",
])
def test_smart_date_line_is_not_an_outcome(line):
    assert not is_outcome(line)


def test_smart_date_line_above_the_outcomes_dates_them():
    res = run(_e("To be achieved by the end of Year 5.",
                 "Leah will read 40 of the 100 high-frequency words on sight, checked by her teacher."), "PC-SMART")
    assert not flagged(res), why(res)
    # boundary: an undated outcome with nothing above it is still not time-bound
    res = run(_e("Leah will read 40 of the 100 high-frequency words on sight, checked by her teacher."), "PC-SMART")
    assert flagged(res)
    # boundary: the same words with the outcome after them are an outcome
    assert is_outcome("To be achieved by July 2027, Leah will read 40 words on sight.")


def test_smart_u107_date_line():
    assert not flagged(run(set_plan("U", "u107.docx"), "PC-SMART"))


# -- PC-SMART: an offer the young person wins, confirmed in writing ------------------------------------------

@pytest.mark.parametrize("outcome", [
    # set U, u211 (exact wording)
    "By August 2027, Aisha will have an offer of a permanent administration post, confirmed in writing by an "
    "employer.",
    # ours
    "By June 2027, Leah will receive a conditional offer from the sixth form college for its animal care course.",
    "By July 2027, Leah will secure an offer of a supported internship at the hospital.",
    "By July 2027, Leah will choose a work placement, verified by her tutor.",
])
def test_smart_an_offer_won_is_measurable(outcome):
    res = run(_e(outcome), "PC-SMART")
    assert not flagged(res), why(res)


def test_smart_an_offer_boundary_still_needs_a_measure():
    # wanting or looking for a job is no event that happens or does not
    res = run(_e("By August 2027, Leah will be more confident about looking for a job."), "PC-SMART")
    assert flagged(res)


def test_smart_u211_offer():
    assert not flagged(run(set_plan("U", "u211.docx"), "PC-SMART"))


# -- PC-SMART: a note about the set that reports the family's hope --------------------------------------------

@pytest.mark.parametrize("line", [
    # set T, t208 (exact wording)
    "Outcomes agreed with Tanvir's mother and school on 22 June 2026. They build on his family's hope that he "
    "will be understood, make friends and read.",
    # ours
    "Targets set at the review meeting in May 2026, reflecting Leah's wish that she will live near her gran.",
])
def test_smart_set_note_with_a_reported_hope(line):
    assert is_set_note(line)
    assert not is_outcome(line)


def test_smart_set_note_boundary_an_outcome_after_its_label():
    # an outcome's own "will" still makes it an outcome
    assert not is_set_note("Outcome: Leah will read 20 words on sight.")
    assert not is_set_note("Outcomes agreed in June: Leah will read 20 words and her mum hopes she will enjoy it.")


def test_smart_t208_set_note():
    assert not flagged(run(set_plan("T", "t208.docx"), "PC-SMART"))


# -- PC-OUTCOME-NOT-PROVISION: attending every session is an attendance target ---------------------------

@pytest.mark.parametrize("outcome", [
    # set U, u112 (exact wording)
    "By July 2027, Chloe will gain the Level 1 Award in Food Safety in Catering and will complete a 6-week external "
    "work placement at a café in Castle Marden, one day a week, attending every session and receiving a positive "
    "report from her placement supervisor.",
    # ours
    "By July 2027, Leah will attend all of her college sessions on Tuesdays and Thursdays.",
    "By March 2027, Leah will go to the weekend drama club, attending each session for the whole term.",
])
def test_onp_attending_every_session_is_an_achievement(outcome):
    res = run(_e(outcome), "PC-OUTCOME-NOT-PROVISION")
    assert not flagged(res), why(res)


def test_onp_attending_sessions_boundary_is_still_provision():
    res = run(_e("Leah will attend speech therapy sessions every week."), "PC-OUTCOME-NOT-PROVISION")
    assert flagged(res)


def test_onp_u112_attending():
    assert not flagged(run(set_plan("U", "u112.docx"), "PC-OUTCOME-NOT-PROVISION"))


# -- PC-OUTCOME-NOT-PROVISION: "of being given it" is the moment the child acts -----------------------------

@pytest.mark.parametrize("outcome", [
    # set T, t209 (exact wording)
    "By July 2027, Jayden will start a written task within 2 minutes of being given it, using his task card, in 8 "
    "out of 10 observed lessons.",
    # ours
    "By July 2027, Leah will put her coat on within a minute of being asked, on 4 days out of 5.",
    "By July 2027, Leah will tidy her tray after being shown the picture of it, on 4 out of 5 occasions.",
])
def test_onp_being_given_after_a_preposition_is_a_condition(outcome):
    res = run(_e(outcome), "PC-OUTCOME-NOT-PROVISION")
    assert not flagged(res), why(res)


def test_onp_being_given_boundary_is_still_provision():
    res = run(_e("By July 2027, Leah will be given a 1:1 teaching assistant in every lesson."), "PC-OUTCOME-NOT-PROVISION")
    assert flagged(res)


def test_onp_t209_being_given():
    assert not flagged(run(set_plan("T", "t209.docx"), "PC-OUTCOME-NOT-PROVISION"))


# -- PC-PFA: who records an outcome names no theme ---------------------------------------------------------

def test_pfa_the_recorder_names_no_theme():
    assert "college" not in without_recorder("Leah will take her tablets, recorded by the college nursing team.")
    # a young person's classroom and care outcomes, recorded by college staff, prepare for no adult theme
    res = run(_e("By July 2027, Leah will take her tablets at both times each day on 95% of days, recorded on her "
                 "medication chart by the college nursing team.",
                 "By July 2027, Leah will sort 3 colours on 4 out of 5 trials, assessed by her college tutor."), "PC-PFA")
    assert flagged(res)
    assert sum(1 for k, *_ in why(res) if k != "evidence") == 3, why(res)
    # boundary: an outcome about college itself still counts for employment or education
    res = run(_e("By July 2027, Leah will take her tablets at both times each day on 95% of days.",
                 "By July 2027, Leah will travel to college by bus on her own, recorded by her tutor.",
                 "By July 2027, Leah will go to the youth club each Saturday."), "PC-PFA")
    assert not flagged(res), why(res)


def test_pfa_u212_classroom_outcomes():
    assert flagged(run(set_plan("U", "u212.docx"), "PC-PFA"))
