"""Validity classes for the provision criteria found on sets R and S (round 16).

Each class is shown by a sentence written for this test (another council's way of saying the same
thing) and by the set's own sentence (plan named). What an auditor applies:

* PR-QUANTIFIED: a general statement written before the provision table frames it and is not an
  item; an area heading over items ("Anxiety and sensory needs") is a heading; a sentence whose
  object is the item before ("The Sensory Support Service provides it", "sets the programme",
  "will train the TA") is part of it; an item whose own words leave it "as appropriate" is a clear
  gap; a row whose "Intensity" cell says no amount ("Regular sessions ...") has left how often open.
* An E/F table whose provision column is headed "Provision – what will happen" is read as F.
* PR-VAGUE-WORDING: "as agreed with Isla at her Year 9 review" records who agreed a specified item.
* PR-OUTCOME-LINK: a line about the outcomes ("Ethan's outcomes follow the Preparing for Adulthood
  areas") is not an outcome; a need to record work another way ("cannot keep up with note-taking")
  needs a way of recording in F; warning of changes meets anxiety about change; a general item on
  independence skills meets a need listing them.
"""

from __future__ import annotations

from pathlib import Path

import care_builder
import docx
import pytest
from docx_builders import front_matter
from validity_helpers import flagged, run, why

from ehcaudit.reader import read_plan

GOOD = [
    "- Precision teaching of sight words, 1:1 with a trained teaching assistant, 3 x 15 minutes a week.",
    "- Speech and language therapy, 1:1 with a speech and language therapist, weekly, 30 minutes.",
]


def _issues(res, text: str) -> list:
    return [f for f in res.findings if f.kind == "issue" and text[:40] in (f.quote or "")]


def _prq(lines: list[str]):
    return run(care_builder.build({"F": GOOD + lines}), "PR-QUANTIFIED")


ROWS = [
    ["Teaching of touch-typing on her laptop, on her own with an adult.", "2 x 30 mins per week",
     "A teaching assistant trained by the QTVI"],
    ["A joining-in group to practise introducing herself, using role play.", "Weekly, 20 minutes, small group (max 4)",
     "Learning mentor"],
    ["Visits from the Qualified Teacher of Vision Impairment to advise and train staff.",
     "Once every half term, 90 minutes each visit", "QTVI, Sensory Support Service"],
]


def _table_docx(path: Path, before: list[str], header: list[str], rows: list[list[str]], code: str = "F") -> Path:
    d = docx.Document()
    front_matter(d)
    d.add_heading("Section A: Views, interests and aspirations", 1)
    d.add_paragraph("Ewa likes music and wants to be a singer.")
    d.add_heading("Section B: Special educational needs", 1)
    d.add_paragraph("Ewa has a vision impairment and finds it hard to read normal print.")
    d.add_heading("Section E: Outcomes" if code == "E" else "Section F: Special educational provision", 1)
    for line in before:
        d.add_paragraph(line)
    t = d.add_table(rows=0, cols=len(header))
    for cells in [header, *rows]:
        row = t.add_row().cells
        for i, text in enumerate(cells):
            row[i].text = text
    d.save(path)
    return path


# -- PR-QUANTIFIED: a general statement before the provision table frames it -----------------------

@pytest.mark.parametrize("before", [
    "All staff who work with Ewa will follow the advice of her Qualified Teacher of Vision Impairment (QTVI). "
    "The provision below will be in place from the date of this plan.",  # set R, r101
    "Maya is dual registered.",  # set S, s101
    "Everyone who teaches Ewa will read her pupil profile.",  # new
])
def test_a_statement_before_the_provision_table_is_not_an_item(tmp_path, before):
    plan = read_plan(_table_docx(tmp_path / "p.docx", [before], ["What will happen", "How much / how often",
                                                                   "Who will do it"], ROWS))
    res = run(plan, "PR-QUANTIFIED")
    assert not _issues(res, before) and not flagged(res), why(res)


def test_a_statement_before_the_table_that_says_an_amount_is_still_judged(tmp_path):
    before = "Ewa will have regular check-ins with an adult every day."  # new: an item, not a frame
    plan = read_plan(_table_docx(tmp_path / "p.docx", [before], ["What will happen", "How much / how often",
                                                                   "Who will do it"], ROWS))
    res = run(plan, "PR-QUANTIFIED")
    assert _issues(res, before), why(res)


# -- E/F table: "Provision – what will happen" is the provision column -----------------------------

@pytest.mark.parametrize("head", ["Provision – what will happen", "Provision - how it will be given"])
def test_a_provision_column_with_a_gloss_is_section_f(tmp_path, head):
    rows = [["By March 2027, Ewa will read N24 print for 10 minutes.", *ROWS[0]], ["", *ROWS[1]]]
    plan = read_plan(_table_docx(tmp_path / "p.docx", [], ["Outcome (in 12 months' time, by March 2027)", head,
                                                           "Frequency – how much / how often", "Who will do it"],
                                 rows, code="E"))
    assert any("touch-typing" in b.text for b in plan.blocks_in("F")), [b.text for b in plan.blocks_in("F")]
    for cid in ("PR-QUANTIFIED", "PR-VAGUE-WORDING"):
        res = run(plan, cid)
        assert not flagged(res), (cid, why(res))


# -- PR-QUANTIFIED: an area heading over items in a cell -------------------------------------------

@pytest.mark.parametrize("heading", ["Anxiety and sensory needs",  # set R, r204
                                     "Medical and physical needs"])  # new
def test_an_area_heading_line_is_not_an_item(heading):
    res = _prq([f"- {heading}"])
    assert not _issues(res, heading), why(res)


# -- PR-QUANTIFIED: a sentence whose object is the item before is part of it -----------------------

@pytest.mark.parametrize("item", [
    # set R, r206
    "Freya will use a radio aid in all lessons and assemblies. The Sensory Support Service provides it; her TA "
    "will check it every morning and the QToD will maintain it and arrange any repairs.",
    # set S, s103
    "Speech and language therapy programme to build two-word phrases using signs, words and photo cards. The NHS "
    "Speech and Language Therapist sets the programme and visits nursery once each half-term for about an hour (six "
    "visits a year) to update it and show staff how to use it. The programme is delivered 1:1 by Leanne, Poppy's "
    "Key Person (trained in Makaton Level 1), for 10 minutes every morning session.",
    # new
    "Sam will use a writing slope for all written work. The school's OT supplies it and his TA checks it each week.",
])
def test_a_sentence_about_the_item_before_joins_it(item):
    res = _prq([item])
    assert not flagged(res), why(res)


# -- PR-QUANTIFIED: an item left "as appropriate"; an amount cell saying no amount ------------------

@pytest.mark.parametrize("line", [
    "Nicu will have opportunities to use his communication aid (iPad with symbol software) throughout the school "
    "day as appropriate.",  # set R, r110
    "Jo will have use of a laptop in lessons where appropriate.",  # new
])
def test_an_item_left_as_appropriate_is_a_clear_gap(line):
    res = _prq([f"- {line}"])
    assert _issues(res, line) and flagged(res), why(res)


@pytest.mark.parametrize("cell", [
    "Regular sessions with the Learning Mentor to talk about his feelings",  # set S, s206
    "As needed, time with the ELSA to talk through his worries",  # new
])
def test_an_intensity_cell_that_says_no_amount_leaves_how_often_open(tmp_path, cell):
    rows = [["Precision teaching for spelling", "10 minutes daily, 1:1", "Teaching assistant", "Half-termly"],
            ["Mentoring", cell, "Learning Mentor", "Termly"]]
    plan = read_plan(_table_docx(tmp_path / "p.docx", [], ["Provision", "Intensity", "Delivered by", "Reviewed"], rows))
    res = run(plan, "PR-QUANTIFIED")
    assert [f for f in res.findings if f.kind == "issue" and "how often" in f.message] and flagged(res), why(res)


def test_a_term_under_how_often_beside_a_count_is_not_open(tmp_path):
    # set E, e206: the count is in the provision cell, the term under "How often" says when
    rows = [["Friendship group with two classmates at lunchtime", "Twice a week, 30 minutes", "Learning mentor", "School"],
            ["Transition: four extra visits to Hartsdale Community School with her TA, including a mobility check of the "
             "building by the physiotherapist", "Summer term 2027", "SENCo, TA and physiotherapist", "School"]]
    plan = read_plan(_table_docx(tmp_path / "p.docx", [], ["How this will be done", "How often", "Who will do this",
                                                           "Funded by"], rows))
    res = run(plan, "PR-QUANTIFIED")
    assert not flagged(res), why(res)


# -- PR-VAGUE-WORDING: a record of agreement is not vagueness ---------------------------------------

@pytest.mark.parametrize("line, vague", [
    ("From September 2027, the QTVI will add half an hour of braille awareness to each fortnightly session, as agreed "
     "with Isla at her Year 9 review.", False),  # set S, s205
    ("The SALT will see Tom 1:1 for 30 minutes weekly, as agreed with Tom and his mum at his annual review.", False),  # new
    ("Hours of support as agreed with the school.", True),  # provision left to agreement: still vague
])
def test_agreement_at_a_review_is_not_vague(line, vague):
    res = run(care_builder.build({"F": GOOD + [f"- {line}"]}), "PR-VAGUE-WORDING")
    assert flagged(res) is vague, why(res)


# -- PR-OUTCOME-LINK ---------------------------------------------------------------------------------

SETTLED = "By July 2027, Jaxon will complete his Level 1 course, confirmed by his tutor."
COURSE = "- Level 1 course in horticulture at college, 3 days a week, taught by qualified tutors, 36 weeks a year."


@pytest.mark.parametrize("need", [
    "He writes very slowly, so he cannot keep up with note-taking or written tasks in lessons and needs a different "
    "way of recording his work.",  # set R, r108
    "She needs another means of recording her answers because writing tires her hand.",  # new
])
def test_a_need_to_record_work_another_way_needs_provision(need):
    res = run(care_builder.build({"B": [need], "E": [SETTLED], "F": [COURSE]}), "PR-OUTCOME-LINK")
    assert _issues(res, need) and flagged(res), why(res)


def test_a_need_to_record_work_met_by_a_laptop():
    need = "He cannot keep up with note-taking in lessons."
    prov = "- A laptop for all note-taking in lessons, set up by the college's IT technician."
    res = run(care_builder.build({"B": [need], "E": [SETTLED], "F": [COURSE, prov]}), "PR-OUTCOME-LINK")
    assert not _issues(res, need), why(res)


@pytest.mark.parametrize("line", ["Ethan's outcomes follow the Preparing for Adulthood areas.",  # set R, r212
                                  "Her outcomes are grouped by the four areas of need."])  # new
def test_a_line_about_the_outcomes_is_not_an_outcome(line):
    res = run(care_builder.build({"E": [line, SETTLED], "F": [COURSE]}), "PR-OUTCOME-LINK")
    assert not _issues(res, line), why(res)


def test_warning_of_changes_meets_anxiety_about_change():
    need = "Social, emotional and mental health: unexpected changes make him very anxious."  # set R, r212 (labelled)
    prov = "- His tutor will warn Ethan of any change on his app before it happens, each morning."  # set R, r212
    res = run(care_builder.build({"B": [need], "E": [SETTLED], "F": [COURSE, prov]}), "PR-OUTCOME-LINK")
    assert not _issues(res, need), why(res)


def test_a_general_independence_item_meets_a_need_listing_skills():
    need = "He has not yet travelled on a bus on his own and relies on his parents to manage money."  # set R, r208
    prov = "- Opportunities for Callum to develop his independence skills as appropriate."  # set R, r208
    res = run(care_builder.build({"B": [need], "E": [SETTLED], "F": [COURSE, prov]}), "PR-OUTCOME-LINK")
    assert not _issues(res, need), why(res)
