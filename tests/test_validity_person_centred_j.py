"""Validity classes for the person-centred criteria (round 7, set J): each class an auditor applies,
shown by sentences written for this test and by set J's own plan (named).

- PC-VOICE: a first-person "All about me" for a child the plan says does not speak, with nothing
  saying how the views were gathered, is the adults' voice; a family member named in apposition
  ("Maureen, Daniel's former foster carer, ...") speaks for the family, and so do reporting verbs
  ("Shannon's mother reported that ...").
- PC-SMART: "May" the month is no verb ("Practical assessment in May 2027." is a note, not an
  outcome); a note about the plan's reviews is no outcome; a bare means ("Observation") beside an
  outcome that names a feeling or state measures nothing.
- PC-OUTCOME-NOT-PROVISION: a place the young person wins (a confirmed place, a place on a
  course or apprenticeship) is an achievement.
- PC-PFA: a table's row label ("Preparing for Adulthood area | Outcome") names its outcome's theme.
- PC-ASPIRATION-LINK: doing something "independently" is how well, not a step towards an independent
  life; "I'd like to ..." is an aspiration; the setting the child likes ("I like my college") and
  the pronoun "it" (not IT) link no interest to an outcome.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_validity_person_centred_g import build, issues, table
from validity_helpers import flagged, run, why

from ehcaudit.checks._outcomes import is_outcome
from ehcaudit.checks._pc_reading import NO_SPEECH, ghost_written
from ehcaudit.model import Plan
from ehcaudit.reader import read_plan

SET_J = Path(__file__).resolve().parents[1] / "benchmarks" / "validity" / "sets" / "J" / "plans"


def j_plan(name: str) -> Plan:
    return read_plan(SET_J / name)


def a_lines(*lines: str | tuple[str, str]) -> Plan:
    rows = [("A", x, None, None) if isinstance(x, str) else ("A", x[1], x[0], None) for x in lines]
    return build(rows)


# -- PC-VOICE: first person for a child who does not speak ------------------------------------------

_MUM = "Leah's mum says she is a happy girl and would like her to feed herself."


def test_voice_first_person_for_a_child_without_words_is_not_her_view():
    plan = a_lines("My name is Leah and I am 3. I like splashing in the bath and the big slide.",
                   _MUM, "Leah is non-verbal and communicates by crying and reaching.")
    res = run(plan, "PC-VOICE")
    assert flagged(res), why(res)


def test_voice_first_person_with_how_it_was_gathered_is_her_view():
    plan = a_lines("My name is Leah and I am 3. I like splashing in the bath and the big slide.",
                   "Her key person wrote this with Leah's mum, from watching what Leah chooses in play.",
                   _MUM, "Leah is non-verbal and communicates by crying and reaching.")
    res = run(plan, "PC-VOICE")
    assert not flagged(res), why(res)


def test_voice_first_person_of_a_child_who_talks_is_her_view():
    plan = a_lines("I like the big slide and I want to go to big school.", _MUM,
                   "Leah is an effective non-verbal communicator as well as a chatty girl.")
    res = run(plan, "PC-VOICE")
    assert not flagged(res), why(res)


@pytest.mark.parametrize("text,said", [
    ("She does not use words yet; she reaches for what she wants.", True),
    ("Kai is pre-verbal.", True),
    ("He has no spoken language.", True),
    ("He does not speak English at home.", False),
    ("He does not talk to adults he does not know.", False),
    ("She picks up non-verbal cues well.", False),
])
def test_no_speech_reading(text, said):
    assert bool(NO_SPEECH.search(text)) is said


def test_ghost_written_needs_first_person():
    a = "Ruby does not use words yet."
    assert ghost_written("I am Ruby and I am 4.", a, a)
    assert not ghost_written("Ruby smiles when music plays.", a, a)


def test_voice_set_j_j109():
    res = run(j_plan("j109.docx"), "PC-VOICE")
    assert flagged(res), why(res)


def test_voice_family_named_in_apposition():
    plan = a_lines(("What Leah says", '"I like horses and my flat."'),
                   ("What people who know Leah say", "Karen, Leah's former foster carer, visits every week. "
                                                     "She says Leah is kind and funny."))
    res = run(plan, "PC-VOICE")
    assert not flagged(res), why(res)


@pytest.mark.parametrize("sentence", [
    "Leah's father reported that she has been sleeping better since the summer.",
    "Her grandmother noted that Leah worries about travelling on her own.",
])
def test_voice_family_reporting_verbs(sentence):
    plan = a_lines('In her own words, "I want a job with animals."', sentence)
    res = run(plan, "PC-VOICE")
    assert not flagged(res), why(res)


@pytest.mark.parametrize("name", ["j205.docx", "j210.docx"])
def test_voice_set_j_family_views(name):
    res = run(j_plan(name), "PC-VOICE")
    assert not flagged(res), (name, why(res))


# -- PC-SMART: notes that are no outcomes; a bare means beside a state ------------------------------

@pytest.mark.parametrize("line", [
    "Practical assessment in May 2027.",  # set J, j111
    "Mock exams in May.",
    "Because Isla is under 5, her plan will be reviewed every 6 months.",  # set J, j202
    "As Leah is in Reception, her EHC plan will be reviewed in March 2027.",
    "The next review will be in the spring term.",
])
def test_notes_are_not_outcomes(line):
    assert not is_outcome(line)


@pytest.mark.parametrize("line", [
    "By May 2027, Leah may choose to walk to the shop with a friend twice a week.",
    "By July 2027, Leah will review her own plan with her tutor and say what she wants to change.",
])
def test_outcomes_still_outcomes(line):
    assert is_outcome(line)


@pytest.mark.parametrize("name", ["j111.docx", "j202.docx"])
def test_smart_set_j_notes_not_judged(name):
    res = run(j_plan(name), "PC-SMART")
    assert not flagged(res), (name, why(res))


def test_smart_bare_means_beside_a_state_measures_nothing():
    plan = table(["Outcome", "How we will know"],
                 ["By July 2027, Leah will read 40 common words on sight.", "Reading record, each half-term"],
                 ["By March 2027, Leah will feel more confident in the dinner hall.", "Staff observation"])
    res = run(plan, "PC-SMART")
    assert flagged(res), why(res)
    assert any("confident" in (q or "") for q in issues(res))


def test_smart_bare_means_beside_an_action_still_measures():
    plan = table(["Outcome", "How we will know"],
                 ["By March 2027, Leah will hang up her coat and bag when she arrives.", "Observation"])
    res = run(plan, "PC-SMART")
    assert not flagged(res), why(res)


def test_smart_set_j_j211():
    res = run(j_plan("j211.docx"), "PC-SMART")
    assert flagged(res), why(res)
    assert any("happier" in (q or "") for q in issues(res))


# -- PC-OUTCOME-NOT-PROVISION: a place the young person wins -----------------------------------------

@pytest.mark.parametrize("line", [
    "By June 2027, Leah will have a secured place at a sixth form after two taster days.",
    "By Easter 2027, Leah will get a place on an animal care course at the land-based college.",
])
def test_won_place_is_an_achievement(line):
    res = run(build([("E", line, None, None)]), "PC-OUTCOME-NOT-PROVISION")
    assert not flagged(res), why(res)


def test_given_place_is_still_provision():
    res = run(build([("E", "Leah will have a place at a special school with a small class.", None, None)]),
              "PC-OUTCOME-NOT-PROVISION")
    assert flagged(res), why(res)


def test_outcome_not_provision_set_j_j212():
    res = run(j_plan("j212.docx"), "PC-OUTCOME-NOT-PROVISION")
    assert not flagged(res), why(res)


# -- PC-PFA: the theme in a row label ---------------------------------------------------------------

def test_pfa_theme_in_row_label():
    plan = table(["Adulthood theme", "Outcome"],
                 ["Work", "By July 2027, Leah will complete a week of work experience at a garage."],
                 ["Independent living", "By July 2027, Leah will plan her week on her phone calendar, 4 weeks of 4."],
                 ["Community", "By July 2027, Leah will go to a youth club twice a month."],
                 ["Health", "By July 2027, Leah will book her own dentist appointment."])
    res = run(plan, "PC-PFA")
    assert not flagged(res), why(res)


def test_pfa_set_j_j212():
    res = run(j_plan("j212.docx"), "PC-PFA")
    assert not flagged(res), why(res)


# -- PC-ASPIRATION-LINK -----------------------------------------------------------------------------

def test_aspiration_link_independently_is_no_link():
    plan = build([
        ("A", "I want to be a DJ. I'd like to go to college in town and get the train there on my own.", None, None),
        ("A", "Her dad would like her to be more independent, especially getting around town.", None, None),
        ("A", "Her dad wants her to go to college.", None, None),
        ("E", "By July 2027, Leah will independently ask staff for enlarged worksheets in 4 of 5 lessons.", None, None),
        ("E", "By July 2027, Leah will make independent use of her magnifier in 9 of 10 lessons.", None, None),
    ])
    res = run(plan, "PC-ASPIRATION-LINK")
    assert flagged(res), why(res)


def test_aspiration_link_still_links_a_real_independence_outcome():
    plan = build([
        ("A", "Her dad would like her to be more independent, especially getting around town.", None, None),
        ("E", "By July 2027, Leah will travel to college by bus on her own on 4 days out of 5.", None, None),
    ])
    res = run(plan, "PC-ASPIRATION-LINK")
    assert not flagged(res), why(res)


def test_aspiration_link_setting_and_it_are_no_interest():
    plan = build([
        ("A", "I like my college because it is calm and the staff are kind.", None, None),
        ("A", "I like buses and timetables.", None, None),
        ("E", "By July 2027, Leah will serve at the college shop till on 2 days a week (supervisor's log).", None, None),
        ("E", "By July 2027, Leah will go to a board games group twice a month (support worker's record).", None, None),
    ])
    res = run(plan, "PC-ASPIRATION-LINK")
    assert flagged(res), why(res)


@pytest.mark.parametrize("name", ["j104.docx", "j210.docx"])
def test_aspiration_link_set_j(name):
    res = run(j_plan(name), "PC-ASPIRATION-LINK")
    assert flagged(res), (name, why(res))
