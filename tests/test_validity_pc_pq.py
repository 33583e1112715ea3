"""Person-centred criteria, round 13: the classes behind sets P and Q's disagreements, read across
the first runs of J-Q.

Each class: a new sentence in our own words and the set's sentence (exact wording), run through
the packaged rubric's criterion; where the class is a layout, the set's plan itself too.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_validity_person_centred_g import build, issues, table
from validity_helpers import flagged, run, why

from ehcaudit.checks._outcomes import is_date_heading, is_measure_heading, is_outcome
from ehcaudit.checks._pc_reading import is_definition, is_plan_note
from ehcaudit.model import Plan
from ehcaudit.reader import read_plan

SETS = Path(__file__).resolve().parents[1] / "benchmarks" / "validity" / "sets"


def set_plan(s: str, name: str) -> Plan:
    return read_plan(SETS / s / "plans" / name)


# -- PC-SMART: one column heading naming both the date and the measure --------------------------------

@pytest.mark.parametrize("heading", [
    "By when, and how we will know",  # set Q (q208)
    "By when and how we will know",  # set Q (q211)
    "When and how will we know?",  # ours
    "Timescale / evidence",  # ours
    "Target date & how progress is measured",  # ours
])
def test_smart_date_and_measure_in_one_column(heading):
    assert is_date_heading(heading) and is_measure_heading(heading) and not is_outcome(heading)
    plan = table(["Area", "Outcome", heading],
                 ["Learning", "Leah will read a page of her class reader aloud with 95% accuracy.",
                  "By the end of Year 5 (July 2027); reading record kept by her class teacher"],
                 ["Health", "Leah will take her inhaler before PE on every school day, with no missed doses "
                            "in her log.", "Within 12 weeks of this plan; her own log, checked by the school nurse"])
    res = run(plan, "PC-SMART")
    assert not flagged(res), why(res)
    assert heading not in issues(res)


def test_smart_combined_column_still_needs_a_date():
    plan = table(["Outcome", "By when, and how we will know"],
                 ["Leah will read a page of her class reader aloud with 95% accuracy.", "reading record"])
    assert flagged(run(plan, "PC-SMART"))


def test_one_heading_word_is_not_a_combined_heading():
    for h in ("Outcome", "How we will know", "Leah will read and write a postcard by July 2027"):
        assert not (is_date_heading(h) and is_measure_heading(h)), h


@pytest.mark.parametrize("name", ["q208.docx", "q211.docx"])
def test_smart_set_q_combined_column_plans(name):
    res = run(set_plan("Q", name), "PC-SMART")
    assert not flagged(res), why(res)


# -- PC-SMART: a review note after its label; a definition of a term -----------------------------------

@pytest.mark.parametrize("line", [
    "Review: Every 6 weeks at the Child in Need review.",  # set P (p208)
    "Review date - March 2027, at the Looked After Child review",  # ours
    "Monitoring: half-termly by the SENCo with Leah and her mum",  # ours
])
def test_review_line_after_its_label_is_no_outcome(line):
    assert is_plan_note(line) and not is_outcome(line)


@pytest.mark.parametrize("line", [
    "Preparing for adulthood (PfA) means getting ready for work, independent living, friendships and community "
    "life, and good health.",  # set Q (q201)
    "Independent travel refers to getting to college and back without a member of staff.",  # ours
])
def test_definition_of_a_term_is_no_outcome(line):
    assert is_definition(line) and not is_outcome(line)


@pytest.mark.parametrize("line", [
    "By July 2027, Leah will explain what her diagnosis means to a new friend.",
    "Success for Leah means she will walk to school on her own by July 2027.",
    "Reviewing her own targets with her tutor each term, Leah will choose her next step.",
])
def test_outcome_about_meaning_or_reviewing_stays_an_outcome(line):
    assert not is_definition(line) and not is_plan_note(line) and is_outcome(line)


@pytest.mark.parametrize("name", [("P", "p208.docx"), ("Q", "q201.docx")])
def test_smart_set_plans_with_notes_in_e(name):
    res = run(set_plan(*name), "PC-SMART")
    assert not flagged(res), why(res)


# -- PC-SMART: the end of a stage said another way; the same at every occasion --------------------------

@pytest.mark.parametrize("outcome", [
    # set P (p111)
    "By the conclusion of Key Stage 4, Sofia will have completed an application to a post-16 provider and will "
    "have attended no fewer than two transition visits to that provider.",
    # ours
    "At the close of Year 9, Leah will have chosen her three GCSE options with her tutor.",
    "On completion of her internship, Leah will have passed her Level 1 food hygiene certificate.",
])
def test_smart_end_of_stage_said_another_way_is_a_date(outcome):
    res = run(table(["Outcome"], [outcome]), "PC-SMART")
    assert not flagged(res), why(res)


@pytest.mark.parametrize("outcome", [
    # set P (p201)
    "By July 2027, Oscar will help with his own tube feeds by holding the syringe with an adult at every feed "
    "at pre-school.",
    # ours
    "By Easter 2027, Leah will hang up her coat and bag herself at each drop-off at nursery.",
])
def test_smart_the_same_at_every_occasion_is_a_measure(outcome):
    res = run(table(["Outcome"], [outcome]), "PC-SMART")
    assert not flagged(res), why(res)


def test_smart_every_opportunity_is_no_measure():
    res = run(table(["Outcome"], ["By July 2027, Leah will be more confident at every opportunity in class."]),
              "PC-SMART")
    assert flagged(res)


# -- PC-SMART: an aim measured by the steps written under it ---------------------------------------------

def test_smart_aim_pointing_to_its_steps_below():
    ours = build([("E", "By July 2028 we hope Leah will be ready for secondary school as a confident reader. "
                        "The steps below are for this year.", None, None),
                  ("E", "1. By July 2027, Leah will read 40 of the 100 high-frequency words on sight.", None, None),
                  ("E", "2. By July 2027, Leah will read a page of her reader aloud with 90% accuracy.", None, None)])
    res = run(ours, "PC-SMART")
    assert not flagged(res), why(res)
    res = run(set_plan("Q", "q107.docx"), "PC-SMART")  # set Q
    assert not flagged(res), why(res)


def test_smart_aim_with_unmeasured_steps_is_still_unmeasured():
    res = run(build([("E", "By July 2028 we hope Leah will be a confident reader. The steps below are for this "
                           "year.", None, None),
                     ("E", "By July 2027, Leah will enjoy reading more.", None, None)]), "PC-SMART")
    assert flagged(res)


# -- PC-PFA: a theme's label in a row of its own heads the rows under it; adapted PfA outcomes ---------

def test_pfa_label_row_heads_the_rows_below():
    # ours: a one-column table, each theme in a row of its own above its outcome
    rows = [("E", "Employment", None, (0, 1, 1)),
            ("E", "By July 2027, Leah will complete her Level 1 certificate in horticulture.", None, (0, 2, 1)),
            ("E", "Independent living", None, (0, 3, 1)),
            ("E", "By July 2027, Leah will use her phone alarm to get up for college on 4 days out of 5.", None,
             (0, 4, 1)),
            ("E", "Friends and community", None, (0, 5, 1)),
            ("E", "By July 2027, Leah will take part in the Thursday walking group with two other students.", None,
             (0, 6, 1)),
            ("E", "Good health", None, (0, 7, 1)),
            ("E", "By July 2027, Leah will take her tablets at 8am every day, ticking them off on her chart.", None,
             (0, 8, 1))]
    res = run(build(rows), "PC-PFA")
    assert not flagged(res), why(res)
    res = run(set_plan("Q", "q202.docx"), "PC-PFA")  # set Q
    assert not flagged(res), why(res)


def test_pfa_without_the_label_rows_a_theme_is_still_missing():
    rows = [("E", "By July 2027, Leah will complete her Level 1 certificate in horticulture.", None, (0, 1, 1)),
            ("E", "By July 2027, Leah will take her tablets at 8am every day, ticking them off on her chart.", None,
             (0, 2, 1))]
    assert flagged(run(build(rows), "PC-PFA"))


def test_pfa_adapted_outcomes_cover_their_theme():
    # ours: work adapted to a young person with profound needs; choices over their own day
    outcomes = ["By July 2027, Leah will hand out the drinks to her customers at the school tuck shop, "
                "pressing her switch to greet each one.",
                "By July 2027, Leah will choose her own lunch from two photos at every meal, with staff recording it.",
                "By July 2027, Leah will go to the youth club each Saturday and greet two friends.",
                "By July 2027, Leah will take her medication at 8am every day, ticking it off on her chart."]
    res = run(build([("E", o, None, None) for o in outcomes]), "PC-PFA")
    assert not flagged(res), why(res)


def test_pfa_set_p_profound_needs_plan():
    res = run(set_plan("P", "p205.docx"), "PC-PFA")
    assert not flagged(res), why(res)


# -- PC-OUTCOME-NOT-PROVISION: "will have" + the child's own act is the future perfect, not a thing had --

@pytest.mark.parametrize("outcome", [
    # set P (p212)
    "Outcome 3: By the end of Year 8, Jayden will have successfully undertaken a programme of practical electrical "
    "tasks within the design and technology curriculum, culminating in the independent wiring of a plug and a "
    "simple circuit.",
    # ours
    "By July 2027, Leah will have independently completed a programme of six cookery tasks, ending with a two-course "
    "meal for her family.",
])
def test_not_provision_future_perfect_of_the_childs_act(outcome):
    res = run(build([("E", outcome, None, None)]), "PC-OUTCOME-NOT-PROVISION")
    assert not flagged(res), why(res)


@pytest.mark.parametrize("outcome", [
    "By July 2027, Leah will have received a programme of 1:1 speech therapy sessions.",
    "By July 2027, Leah will have 1:1 support from a teaching assistant in every lesson.",
])
def test_not_provision_things_had_or_received_are_still_provision(outcome):
    assert flagged(run(build([("E", outcome, None, None)]), "PC-OUTCOME-NOT-PROVISION"))


# -- PC-VOICE: the family's words with who said them after; the child's view in a formal register -------

@pytest.mark.parametrize("text", [
    # set Q (q106)
    "“Ibrahim is a loving boy. He gets angry when people don’t understand him and then he hits. At home he is "
    "fine with me. I want the school to help him talk and to stop him getting into trouble.” (Ibrahim’s mother, "
    "translated by interpreter)",
    # ours
    "\"Leah sleeps better now and I want her to keep swimming on Saturdays.\" - her dad, at the review meeting",
])
def test_voice_family_quote_attributed_after_it(text):
    child = "Leah told her key person, using picture cards, that she likes painting and the sandpit."
    res = run(build([("A", child, None, None), ("A", text, None, None)]), "PC-VOICE")
    assert not flagged(res), why(res)


def test_voice_quote_attributed_to_a_teacher_is_no_family_view():
    child = "Leah told her key person, using picture cards, that she likes painting and the sandpit."
    text = "\"Leah is settled and works well in small groups.\" (class teacher, Mrs Khan)"
    assert flagged(run(build([("A", child, None, None), ("A", text, None, None)]), "PC-VOICE"))


@pytest.mark.parametrize("text", [
    # set P (p212)
    "In the course of a structured consultation undertaken with the assistance of the school's learning mentor on "
    "21 September 2026, Jayden articulated the view that the provision of learning activities within the context "
    "of the main classroom environment is, in his estimation, frequently not conducive to his concentration.",
    # ours
    "During a one-to-one interview with her advocate in October 2026, Leah expressed a strong preference for "
    "lessons in the smaller teaching room.",
])
def test_voice_child_view_reported_formally_with_how_it_was_gathered(text):
    family = "Leah's mother says she wants Leah to feel safe at school."
    res = run(build([("A", text, None, None), ("A", family, None, None)]), "PC-VOICE")
    assert not flagged(res), why(res)


def test_voice_a_parents_view_at_a_meeting_is_not_the_childs():
    text = "At the planning meeting in October 2026, Leah's mother expressed concern about the size of the classes."
    assert flagged(run(build([("A", text, None, None)]), "PC-VOICE"))
