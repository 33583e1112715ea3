"""Validity classes for the provision criteria found on sets K and L (round 10).

Each class is shown by a sentence written for this test (another council's way of saying the same
thing) and by the set's own sentence (plan named). What an auditor applies:

* PR-QUANTIFIED: an adaptation made following a professional's guidance is the adaptation (what and
  who), not the professional's visit.
* PR-QUANTIFIED: an access arrangement sat in a "small group room" is still an access arrangement.
* PR-QUANTIFIED: the adults around the child, as the subject of a strategy, say who.
* PR-QUANTIFIED: a standing permission (what the young person wears, carries or keeps) needs only what.
* PR-QUANTIFIED: a sentence that only recommends provision, followed by one setting it out in the same
  words, is one item; a sentence on how the item is monitored "at each session" is part of it.
* PR-OUTCOME-LINK: a titled long-term-outcome row over its target rows is served by their provision;
  "has no sensory or physical needs" is not a need; English tuition meets a reading need.
"""

from __future__ import annotations

import care_builder
import docx
import pytest
from test_validity_provision import with_table
from validity_helpers import flagged, run, why

from ehcaudit.reader import read_plan

GOOD = [
    "- Precision teaching of sight words, 1:1 with a trained teaching assistant, 3 x 15 minutes a week.",
    "- Speech and language therapy, 1:1 with a speech and language therapist, weekly, 30 minutes.",
]


def _issues(res):
    return [f for f in res.findings if f.kind == "issue"]


def _quoted(res, text: str) -> list:
    return [f for f in _issues(res) if text[:40] in (f.quote or "")]


def _prq(lines: list[str]):
    return run(care_builder.build({"F": GOOD + [f"- {x}" for x in lines]}), "PR-QUANTIFIED")


# -- PR-QUANTIFIED: following a professional's guidance ------------------------------------------

@pytest.mark.parametrize("line", [
    "Charts and graphs will be simplified and enlarged following the QTVI's guidance.",  # set K, k205
    "Worksheets will be printed on cream paper in a larger font, as the specialist teacher advised.",  # new
])
def test_an_adaptation_following_guidance_is_not_a_visit(line):
    res = _prq([line])
    assert not [f for f in _quoted(res, line) if "visits" in f.message or "how long" in f.message], why(res)


def test_a_professionals_visit_still_needs_how_often():
    line = "The advisory teacher for visual impairment will visit to give guidance to staff."
    res = _prq([line])
    assert [f for f in _quoted(res, line) if "how often" in f.message], why(res)


# -- PR-QUANTIFIED: an access arrangement in a small-group room ----------------------------------

@pytest.mark.parametrize("row", [
    # set K, k104
    ["B1, B2", "Access arrangements for the Key Stage 2 tests: 25% additional time, and sitting the tests in the "
     "small group room with no more than 3 other pupils; the radio aid used for all spoken instructions.",
     "Applied for by the special educational needs co-ordinator (SENCo) by the March 2027 deadline"],
    # new
    ["B3", "Access arrangements for GCSE exams: a reader and sitting the exams in the small-group room",
     "Arranged by the exams officer"],
])
def test_an_access_arrangement_in_a_small_group_room(row):
    plan = with_table(care_builder.build({"F": GOOD}), "F", [["Need", "Provision", "Who"], row])
    res = run(plan, "PR-QUANTIFIED")
    assert not _quoted(res, row[0]), why(res)


def test_a_small_group_intervention_still_needs_every_element():
    line = "Small group phonics intervention with a teaching assistant."
    res = _prq([line])
    assert [f for f in _quoted(res, line) if "how often" in f.message], why(res)


# -- PR-QUANTIFIED: the adults as the subject of a strategy -------------------------------------

@pytest.mark.parametrize("line", [
    # set K, k210
    "Adults should use visual supports (pictures, gestures and written key words) when giving instructions and "
    "should check that Ibrahim has understood.",
    # set L, l111
    "Adults may use Makaton signs alongside speech throughout the day.",
    # new
    "All adults working with Zara will give her a five-minute warning before each change of activity.",
])
def test_the_adults_around_the_child_say_who(line):
    res = _prq([line])
    assert not [f for f in _quoted(res, line) if "who" in f.message], why(res)


def test_training_for_adults_does_not_say_who_delivers_it():
    line = "Makaton training for all adults in the class, twice a year for 2 hours."
    res = _prq([line])
    assert [f for f in _quoted(res, line) if "who" in f.message], why(res)


# -- PR-QUANTIFIED: a standing permission -------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Where possible, Mason will be allowed to wear a plain soft jumper instead of the blazer.",  # set L, l202
    "Priya may keep a water bottle on her desk and drink from it when she needs to.",  # new
])
def test_a_standing_permission_needs_only_what(line):
    res = _prq([line])
    assert not _quoted(res, line), why(res)


def test_leaving_a_lesson_still_needs_when_and_who():
    line = "Jo is allowed to leave the lesson for a rest."
    res = _prq([line])
    assert _quoted(res, line), why(res)


# -- PR-QUANTIFIED: a recommendation, then its delivery; monitoring at each session --------------

@pytest.mark.parametrize("line", [
    # set K, k210
    "Ibrahim would benefit from pre-teaching of new topic vocabulary. His TA will pre-teach five topic words each "
    "week in a 15-minute 1-to-1 session on Mondays, where possible.",
    # new
    "Ella would benefit from touch-typing practice. Her teaching assistant will run touch-typing practice 1:1 "
    "for 20 minutes three times a week.",
])
def test_a_recommendation_and_its_delivery_are_one_item(line):
    res = _prq([line])
    assert not _issues(res), why(res)


def test_a_recommendation_alone_is_still_flagged():
    line = "Ella would benefit from touch-typing practice."
    res = _prq([line])
    assert _quoted(res, line), why(res)


@pytest.mark.parametrize("line", [
    # set K, k203
    "Anxiety. Amir will recieve a 45-minute 1-to-1 session once a week for two terms from a Specialist SEMH "
    "(social, emotional and mental health) practitioner from the borough's Inclusion Service, using cognitive "
    "behavioural approaches to manage anxiety in school. His anxiety rating will be recorded at each session.",
    # new
    "Dan will have a 30-minute 1:1 session with the ELSA every Thursday. His mood scores are logged after each "
    "session.",
])
def test_monitoring_at_each_session_is_part_of_the_item(line):
    res = _prq([line])
    assert not _issues(res), why(res)


# -- PR-OUTCOME-LINK: a titled long-term outcome row over its targets ----------------------------

def _ef_plan(tmp_path, title: str, target: str, provision: list[str], gap: bool = False):
    d = docx.Document()
    d.add_heading("Section B: Special educational needs", level=1)
    d.add_paragraph("Cognition and learning: Sam finds reading hard and his reading age is 7 years.")
    d.add_heading("Sections E and F: Outcomes and provision", level=1)
    t = d.add_table(rows=3, cols=4)
    for c, h in enumerate(["Outcome (short-term targets, next 12 months)", "Provision", "Frequency", "Who"]):
        t.cell(0, c).text = h
    merged = t.cell(1, 0).merge(t.cell(1, 3))
    merged.text = title
    t.cell(2, 0).text = target
    if not gap:
        for c, text in enumerate(provision, start=1):
            t.cell(2, c).text = text
    path = tmp_path / "plan.docx"
    d.save(path)
    return read_plan(path)


@pytest.mark.parametrize("title,target,provision", [
    # set L, l112
    ("Learning\nLong-term outcome (end of phase): By the end of Key Stage 3 (July 2029), Leo will read and use "
     "maths well enough to manage everyday tasks and his chosen college course.",
     "By January 2027, Leo's reading age will rise from 7 years 9 months to at least 8 years 9 months.",
     ["Reading intervention (phonics and comprehension)", "Daily, 20 minutes",
      "1:1 with a TA trained in the school's reading programme"]),
    # new
    ("Getting around\nAspiration for the end of the key stage: by July 2028 Sam will travel to college on his own.",
     "By March 2027, Sam will walk from the gate to his classroom without an adult, on 4 days out of 5.",
     ["Route practice with photographs of landmarks", "Every morning, 10 minutes", "His key worker"]),
])
def test_a_titled_outcome_row_is_served_by_the_rows_below(tmp_path, title, target, provision):
    res = run(_ef_plan(tmp_path, title, target, provision), "PR-OUTCOME-LINK")
    assert not [f for f in _issues(res) if "in its row" in f.message], why(res)


def test_an_empty_provision_cell_under_a_title_is_still_a_gap(tmp_path):
    plan = _ef_plan(tmp_path, "Getting around\nAspiration: by July 2028 Sam will travel to college on his own.",
                    "By March 2027, Sam will walk from the gate to his classroom without an adult.", [], gap=True)
    res = run(plan, "PR-OUTCOME-LINK")
    assert [f for f in _issues(res) if "in its row" in f.message], why(res)


# -- PR-OUTCOME-LINK: a need ruled out by name; English tuition and reading ----------------------

@pytest.mark.parametrize("line", [
    "Leo has no sensory or physical needs.",  # set L, l112
    "Sensory and physical: Ruby has no hearing, vision or motor difficulties.",  # new
])
def test_ruling_out_an_area_by_name_is_not_a_need(line):
    res = run(care_builder.build({"B": [line], "F": GOOD}), "PR-OUTCOME-LINK")
    assert not _quoted(res, line), why(res)


def test_a_need_in_an_area_is_still_read():
    line = "Sensory and/or physical: weak fine motor control; she cannot yet fasten buttons."
    res = run(care_builder.build({"B": [line], "F": GOOD}), "PR-OUTCOME-LINK")
    assert _quoted(res, line) and flagged(res), why(res)


@pytest.mark.parametrize("provision", [
    "GCSE maths and English tuition, 1:1, 10 hrs per week, with a qualified teacher.",  # set L, l203
    "English lessons in a group of 6 with a specialist teacher, five a week.",  # new
])
def test_english_tuition_meets_a_reading_need(provision):
    need = ("In September 2026 his tutors assessed him at GCSE grade 3 in maths and grade 2 in English; his reading "
            "age is 13 years 2 months, and he avoids long texts and extended writing.")
    res = run(care_builder.build({"B": [need], "F": [f"- {provision}"]}), "PR-OUTCOME-LINK")
    assert not [f for f in _issues(res) if "(reading)" in f.message], why(res)


# -- PR-QUANTIFIED: "As required" under a Frequency column ---------------------------------------

@pytest.mark.parametrize("row", [
    ["Regular sensory breaks as required throughout the day.", "As required", "Staff"],  # set K, k105
    ["Movement breaks across the school day with his key adult", "When needed", "Key adult"],  # new
])
def test_as_required_under_frequency_leaves_how_often_open(row):
    plan = with_table(care_builder.build({"F": GOOD}), "F", [["Provision", "Frequency", "Who"], row])
    res = run(plan, "PR-QUANTIFIED")
    assert [f for f in _quoted(res, row[0]) if "how often" in f.message] and res.level <= 2, why(res)


def test_ongoing_under_a_duration_column_is_not_a_gap_in_how_often():
    row = ["Calm space and check-in with a named TA", "Daily, 10 minutes at the start of lunch", "Ongoing", "Named TA"]
    plan = with_table(care_builder.build({"F": GOOD}), "F", [["Provision", "Frequency", "Duration", "Who"], row])
    res = run(plan, "PR-QUANTIFIED")
    assert not [f for f in _quoted(res, row[0]) if "how often" in f.message], why(res)
