"""Person-centred criteria, round 12: the classes behind set O's PC-SMART false alarms.

Each class: a new sentence in our own words and the set's sentence (exact wording), run through
the packaged rubric's criterion.
"""

from __future__ import annotations

import pytest
from test_validity_person_centred_g import build, table
from validity_helpers import flagged, run, why

# -- a shortened date: "By Dec '27", "By 20.07.27", "by Sept 2027" ----------------------------------


@pytest.mark.parametrize("outcome", [
    # ours
    "By Nov '27 Leah will catch the school minibus on her own on 5 days out of 5, logged by the driver.",
    "By Sept 2027, Leah will read 40 tricky words correctly, checked on her phonics tracker.",
    "Leah will write three sentences with full stops by Feb. ’27, as recorded by her class teacher.",
    # set O, o209 and o212
    "By Dec '27 I will touch-type at 30 words a minute with 95% accuracy.",
    "Independent living: By Dec '27 I will plan, shop for and cook a simple meal for my family once a week "
    "(Mum's record and photos).",
])
def test_smart_shortened_date_is_a_deadline(outcome):
    res = run(table(["Outcome"], [outcome]), "PC-SMART")
    assert not flagged(res), why(res)


def test_smart_shortened_year_alone_is_no_measure():
    # "'27" is the year, not a count: the outcome is time-bound but measures nothing
    res = run(table(["Outcome"], ["By Dec '27 Leah will feel happier and more settled at break times."]),
              "PC-SMART")
    assert flagged(res), why(res)
    assert "measured" in str(why(res))


def test_smart_shortened_date_in_a_by_when_column():
    # set O, o211: the nested "Outcome | By when | Measured by" table, the date written "By Dec '26"
    cell = ("Outcome\nBy when\nMeasured by\n"
            "Casey will explain to each new teacher what helps her hear in lessons, using her one-page profile.\n"
            "By Dec '26\nAll subject teachers confirm to the Teacher of the Deaf")
    res = run(build([("E", cell, None, (0, 1, 1))]), "PC-SMART")
    assert not flagged(res), why(res)


# -- a nested outcome column headed as the question it answers ---------------------------------------

@pytest.mark.parametrize("heading", ["What we want Lily to achieve", "What I want to be able to do"])
def test_smart_outcome_column_headed_as_a_question(heading):
    # set O, o205 (first heading) and our own wording: each row's "By when" cell dates its outcome
    cell = (f"{heading}\nHow we will know\nBy when\n"
            "Lily will use at least 50 different words across Romanes and English to ask for things and to name "
            "people and toys.\nWord log kept by her key person and by her parents at home (20 words in June 2026).\n"
            "By Easter 2027")
    res = run(build([("E", cell, None, (0, 1, 1))]), "PC-SMART")
    assert not flagged(res), why(res)


def test_smart_undated_row_of_a_question_headed_table_still_flagged():
    cell = ("What we want Leah to achieve\nHow we will know\nBy when\n"
            "Leah will tie her shoelaces on her own on 4 mornings out of 5.\nKey person's record.\nOngoing")
    res = run(build([("E", cell, None, (0, 1, 1))]), "PC-SMART")
    assert flagged(res), why(res)
    assert "time-bound" in str(why(res))


# -- a note about the outcomes naming their section in brackets ----------------------------------------

@pytest.mark.parametrize("note", [
    # ours
    "Every outcome (see Section E) is set out beside the support in Section F that will help Leah reach it.",
    # set O, o102
    "Each outcome (Section E) is shown with the special educational provision (Section F) that will help Zahra "
    "achieve it.",
])
def test_smart_note_about_the_outcomes_is_no_outcome(note):
    good = "By July 2027, Leah will count to 20 correctly on 4 out of 5 days, checked by her teacher."
    res = run(build([("E", note, None, None), ("E", good, None, None)]), "PC-SMART")
    assert not flagged(res), why(res)


# -- a step serves its outcome: dated by it and measured by it ---------------------------------------

@pytest.mark.parametrize(("outcome", "step"), [
    # ours
    ("By March 2027, Leah will hang up her coat and find her peg without help on 5 mornings out of 5, "
     "recorded by her key person.", "Steps this year: photo of her peg; then a reminder only at the door."),
    # set O, o101
    ("Communication and interaction: By end of Summer 2027, Amina will ask for help or for a break using a "
     "two-word phrase or a symbol card on at least 4 out of 5 occasions, as recorded by her teaching assistant.",
     'Steps this year: Amina uses her "help" and "break" cards with an adult prompt; then without a prompt.'),
])
def test_smart_step_is_dated_and_measured_by_its_outcome(outcome, step):
    for rows in ([("E", outcome, None, None), ("E", step, None, None), ("E", "Review point: Spring 2027", None, None)],
                 [("E", outcome + "\n" + step, None, (0, 1, 1))]):  # its own line, or in the outcome's box
        res = run(build(rows), "PC-SMART")
        assert not flagged(res), why(res)


def test_smart_step_of_an_unmeasured_outcome_is_not_measured_by_it():
    rows = [("E", "By July 2027, Leah will be more confident in the playground.", None, None),
            ("E", "Steps this year: Leah will join in with games at playtime.", None, None)]
    res = run(build(rows), "PC-SMART")
    assert flagged(res), why(res)


# -- a test or check-up the young person manages to have is a one-off event ------------------------------

@pytest.mark.parametrize("outcome", [
    # ours
    "By June 2027, Leah will have her hearing test at the audiology clinic, using her visual story to prepare.",
    # set O, o207
    "By March 2027 I will have a blood test at my GP surgery, with my sensory kit and a familiar adult with me.",
])
def test_smart_test_or_check_up_is_a_one_off_event(outcome):
    res = run(table(["Outcome"], [outcome]), "PC-SMART")
    assert not flagged(res), why(res)


#: A sound row of the same nested table: outcome, measure, date.
GOOD_ROW = "Leah will read 40 tricky words correctly.\nPhonics tracker, checked termly.\nBy Easter 2027"


# -- beside provision, a record of its own sessions measures the service, not the child ---------------

@pytest.mark.parametrize(("prov", "measure", "when"), [
    # ours
    ("Leah will have a weekly session with the school counsellor.", "Visits logged by the counsellor.",
     "By July 2027"),
    # set O, o202
    ("I will have a session with my Learning Mentor every week to talk about my worries.",
     "Sessions recorded by the Learning Mentor.", "Over the next year"),
])
def test_smart_provision_measured_by_its_own_sessions_is_flagged(prov, measure, when):
    cell = (f"Outcome\nHow we will know\nBy when\n{GOOD_ROW}\n{prov}\n{measure}\n{when}")
    res = run(build([("E", cell, None, (0, 1, 1))]), "PC-SMART")
    assert flagged(res), why(res)
    assert "measured" in str(why(res))


def test_smart_provision_with_a_measure_of_the_child_is_left_to_not_provision():
    cell = (f"Outcome\nHow we will know\nBy when\n{GOOD_ROW}\n"
            "Leah will have a weekly session with the school counsellor.\n"
            "Sessions recorded by the counsellor, with Leah's worry scale score falling from 8 to 4 out of 10.\n"
            "By July 2027")
    res = run(build([("E", cell, None, (0, 1, 1))]), "PC-SMART")
    assert not flagged(res), why(res)
