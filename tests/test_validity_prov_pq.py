"""Validity classes for PR-QUANTIFIED found on sets P and Q (round 13), read across the first runs of
J-Q. Each class is shown by a sentence written for this test (another council's way of saying the
same thing) and by the set's own sentence (plan named). What an auditor applies:

* A provision table's header row is read as the column headings, however the council words them:
  a provision word with a short clause about the child ("Support I will get", "Help Zara will
  have") and a heading that asks several things of one column ("How often / how long / group
  size"). Read as an item, such a row was the false alarm on 10 of set Q's 19 passes.
* A terse row that says how often ("Social skills group | weekly | school staff") is provision,
  not a repeated row of column labels, and is judged.
* A row that leaves its own column for how often (or who) empty, or an item whose own "How much:"
  part says only "as appropriate", has left the amount open: a clear gap, as a cell saying only
  "As required" is.
* An item's kind comes from what it IS: therapy, travel training or a programme that uses a
  device or a wheelchair-accessible route is teaching, not equipment; things "provided by" a
  service, naming no activity, are equipment (what and who).
* A heading with its references to needs and outcomes in brackets ("(B3, B4; outcomes 3, 4 and
  6)") is a heading, not an item; a one-off reassessment dated to a month says how often.
* Provision only hedged ("would benefit from access to the nurture group where possible") is
  still provision in F, and is judged: it says nothing of how much or who.
"""

from __future__ import annotations

import care_builder
import pytest
from test_validity_provision import with_table
from validity_helpers import flagged, run, why

from ehcaudit.checks._table_lines import is_header_cell
from ehcaudit.checks.provision import _OUTCOME_REFS
from ehcaudit.model import Block

GOOD = [
    "- Precision teaching of sight words, 1:1 with a trained teaching assistant, 3 x 15 minutes a week.",
    "- Speech and language therapy, 1:1 with a speech and language therapist, weekly, 30 minutes.",
]

SOUND_ROWS = [
    ["Specialist dyslexia teaching: reading and spelling strategies", "Weekly, 1 hour, 1:1",
     "Specialist dyslexia tutor (Level 5 qualified)"],
    ["Check-in to review her week using the traffic-light card", "Every Friday, 15 mins, 1:1",
     "Personal tutor (college)"],
]


def _issues(res):
    return [f for f in res.findings if f.kind == "issue"]


def _quoted(res, text: str) -> list:
    return [f for f in _issues(res) if f.quote and text in f.quote]


def _prq(lines: list[str]):
    return run(care_builder.build({"F": GOOD + [f"- {x}" for x in lines]}), "PR-QUANTIFIED")


def _table(rows: list[list[str]]):
    return run(with_table(care_builder.build({"F": ["Provision for Kian"]}), "F", rows), "PR-QUANTIFIED")


# -- a header row in the council's own words ------------------------------------------------------

@pytest.mark.parametrize("header", [
    ["Support I will get", "When and how often", "Who will give it"],  # set Q, q201-q212
    ["What will be provided", "How often / how long / group size", "Who provides it"],  # set P, p203
    ["Help Zara will have", "How much / how long", "Who gives it"],  # new
    ["What you will receive", "Frequency, duration", "Delivered by"],  # new
])
def test_a_header_row_in_the_councils_words_is_not_an_item(header):
    assert all(is_header_cell(h) for h in header), header
    res = _table([header, *SOUND_ROWS])
    assert not _quoted(res, header[0]), why(res)
    assert res.level >= 3, why(res)


def test_a_header_row_repeated_under_each_sub_heading_is_not_an_item():
    header = ["Support I will get", "When and how often", "Who will give it"]  # set Q, q202 / q201
    res = _table([header, SOUND_ROWS[0], ["Emotional wellbeing"], header, SOUND_ROWS[1]])
    assert not _quoted(res, "Support I will get"), why(res)
    assert res.level >= 3, why(res)


@pytest.mark.parametrize("cell", [
    "Support Amir will have every day",  # a provision cell, not a heading
    "Daily / weekly", "Class teacher / TA", "Weekly, 30 minutes",
])
def test_a_provision_cell_is_not_a_header(cell):
    assert not is_header_cell(cell)


# -- a terse row that says how often is provision, not a row of labels ------------------------------

@pytest.mark.parametrize("row", [
    ["Social skills group", "weekly", "school staff"],  # set P, p206 (its group-size cell is blank)
    ["Lego club", "daily", "a TA"],  # new
])
def test_a_terse_row_with_a_frequency_is_judged(row):
    res = _table([["Provision", "How often and how long", "Delivered by"], *SOUND_ROWS, row])
    assert _quoted(res, row[0]), why(res)


# -- the row's own column for how often left empty ---------------------------------------------------

@pytest.mark.parametrize("row", [
    # set Q, q202 (its "When and how often" cell is empty)
    ["Kian will have opportunities to check in with a trusted adult and to use the quiet room as required",
     "", "College staff"],
    # new
    ["Time with the mentor to talk through the day's worries", "", "Learning mentor"],
])
def test_an_empty_cell_under_how_often_is_a_clear_gap(row):
    header = ["Support I will get", "When and how often", "Who will give it"]
    plan = with_table(care_builder.build({"F": ["Provision for Kian"]}), "F", [header, *SOUND_ROWS])
    for c, text in enumerate(row):
        if text:  # the reader drops an empty cell: the row holds its filled cells only
            b = Block(id=len(plan.blocks), kind="table_cell", text=text, section="F",
                      location=f"Section F, table row 4, column {c + 1}", table=7, row=3, col=c)
            plan.blocks.append(b)
            plan.sections["F"].block_ids.append(b.id)
    res = run(plan, "PR-QUANTIFIED")
    assert _quoted(res, row[0][:30]) and res.level <= 2, why(res)
    filled = [row[0], "Twice a week, 20 minutes", row[2]]
    res = _table([header, *SOUND_ROWS, filled])
    assert res.level >= 3, why(res)


@pytest.mark.parametrize("line", [
    # set P, p202
    "Opportunities to practise daily living skills such as cooking, laundry and shopping in the residential "
    "house; How much: as appropriate; Who: residential care staff",
    # new
    "Practice at making snacks in the training kitchen; Frequency: as and when; Who: care staff",
])
def test_a_how_much_part_saying_as_appropriate_is_a_clear_gap(line):
    res = _prq([line])
    assert _quoted(res, line[:30]) and res.level <= 2, why(res)


# -- the kind of provision: what the item is -------------------------------------------------------------

@pytest.mark.parametrize("row", [
    # set Q, q205 (its frequency cell is empty)
    ["Travel training with the college travel trainer to learn the wheelchair-accessible bus route to the "
     "leisure centre", "College travel trainer"],
    # new
    ["Physiotherapy using his standing frame and walker", "Physiotherapist"],
])
def test_therapy_or_training_that_uses_equipment_is_not_equipment(row):
    res = _table([["Provision", "Delivered by"], row])
    found = _quoted(res, row[0][:30])
    assert found and "how often" in found[0].message and "equipment" not in found[0].message, why(res)


@pytest.mark.parametrize("line", [
    "Chunky crayons and a cut-away cup and angled spoon provided by the Occupational Therapy service.",  # Q, q103
    "A wobble cushion and a writing slope supplied by the school's OT service.",  # new
])
def test_things_provided_by_a_service_are_equipment(line):
    res = _prq([line])
    assert not _quoted(res, line[:30]), why(res)


def test_a_group_provided_by_someone_is_not_equipment():
    line = "Social skills group provided by the teaching assistant."
    res = _prq([line])
    assert _quoted(res, line[:30]), why(res)


# -- headings with references; a dated reassessment ------------------------------------------------

@pytest.mark.parametrize("heading", [
    "Reading, writing and maths (B3, B4; outcomes 3, 4 and 6)",  # set Q, q107
    "Independence (needs 5 and 6; outcome 4)",  # new
])
def test_a_heading_with_references_is_not_an_item(heading):
    res = run(care_builder.build({"F": [heading, *GOOD]}), "PR-QUANTIFIED")
    assert not _quoted(res, heading[:20]), why(res)


@pytest.mark.parametrize("text", ["Speech therapy (1:1)", "Lego therapy (weekly, 30 minutes)", "Reading (see SALT report)"])
def test_a_bracket_saying_how_much_is_not_a_reference(text):
    assert not _OUTCOME_REFS.search(text)


@pytest.mark.parametrize("line", [
    # set Q, q107
    "May 2027 is when the SALT will carry out a full reassessment of Hafsa’s language (one morning in school), "
    "so that her Year 6 targets and her secondary transition plan are based on up-to-date information.",
    # new
    "June 2027 is when the educational psychologist will carry out a reassessment of Leo's reading.",
])
def test_a_reassessment_dated_to_a_month_says_how_often(line):
    res = _prq([line])
    assert not _quoted(res, line[:30]), why(res)


# -- hedged provision is provision --------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Ibrahim would benefit from access to the school’s nurture group where possible.",  # set Q, q106
    "Maya could benefit from the lunchtime club when places allow.",  # new
])
def test_hedged_provision_is_judged(line):
    res = _prq([line])
    assert _quoted(res, line[:30]) and flagged(res), why(res)


@pytest.mark.parametrize("line", [
    # set P, p110
    "Access to a quiet space in the nurture room where possible when Sam feels overwhelmed.; How much: When "
    "needed; Who: Nurture room TA; Funded by: School budget",
    # new
    "Use of the calm corner in her classroom when she shows her red card; How much: when she needs it; Who: "
    "class TA",
])
def test_a_space_used_when_needed_is_not_an_open_amount(line):
    res = _prq([line])
    assert res.level >= 3, why(res)


# -- PR-VAGUE-WORDING: a scheme's name is not the vague "access to" ----------------------------------

@pytest.mark.parametrize("line", [
    "Height-adjustable desk and chair at work. Funded by Access to Work; provided and maintained by the "
    "employer's Facilities Team.",  # set Q, q211
    "Tuition while she is unwell, arranged through the Access to Education Team, 5 hours a week.",  # new
])
def test_a_schemes_name_is_not_vague_wording(line):
    res = run(care_builder.build({"F": GOOD + [f"- {line}"]}), "PR-VAGUE-WORDING")
    assert not flagged(res), why(res)


def test_access_to_as_provision_is_still_vague():
    res = run(care_builder.build({"F": GOOD + ["- Sam will have access to Maths support."]}), "PR-VAGUE-WORDING")
    assert flagged(res), why(res)


# -- PR-OUTCOME-LINK: an outcome's labelled lines; a mild difficulty the child manages ----------------

SERVED = "By July 2027, you will read a bus timetable and plan a journey on your own, checked by your tutor."
TRAVEL = "- Travel training to read bus timetables and plan journeys, 1:1 with the travel trainer, weekly, 1 hour."


@pytest.mark.parametrize("part", [
    "Measure: Exam board result.",  # set P, p210
    "Review: Termly, with the Epilepsy Specialist Nurse.",  # set P, p210
    "How we will know: a note in her placement diary each week.",  # new
])
def test_an_outcomes_labelled_line_is_not_an_outcome(part):
    res = run(care_builder.build({"E": [SERVED, part], "F": [TRAVEL]}), "PR-OUTCOME-LINK")
    assert not _quoted(res, part[:15]), why(res)


@pytest.mark.parametrize("need", [
    "Your fine motor skills are a little slow, but you manage buttons and zips.",  # set P, p210
    "His handwriting is slightly untidy, but he can write a full page in a lesson.",  # new
])
def test_a_mild_difficulty_the_child_manages_is_not_an_unmet_need(need):
    res = run(care_builder.build({"B": [need], "E": [SERVED], "F": [TRAVEL]}), "PR-OUTCOME-LINK")
    assert not _quoted(res, need[:20]), why(res)


def test_a_handwriting_need_with_no_provision_is_still_a_gap():
    need = "His handwriting is hard to read and he cannot write more than two lines in a lesson."
    res = run(care_builder.build({"B": [need], "E": [SERVED], "F": [TRAVEL]}), "PR-OUTCOME-LINK")
    assert _quoted(res, need[:20]) and flagged(res), why(res)
