"""Validity classes for the provision criteria found on sets K and L (round 8).

Each class is shown by a sentence written for this test (another council's way of saying the same
thing) and by the set's own sentence (plan named). What an auditor applies:

* Reader: a provision table whose first column cross-refers each row to its need ("Need ref |
  Provision | Resources/Staffing | Frequency", cells "B1", "B1, B3") is one provision table in
  Section F; its "B1" cells do not start Section B.
* PR-QUANTIFIED: a line saying who co-ordinates or reviews "the provision below" introduces the
  items and is none of them.
* PR-QUANTIFIED: support for the whole of every day ("throughout the college day", "for the whole
  college day", "all day") says when and for how long; so does "every tuition session", "at break and
  lunch".
"""

from __future__ import annotations

import care_builder
import docx
import pytest
from test_validity_provision import with_table
from validity_helpers import flagged, run, why

from ehcaudit.checks._table_lines import is_header_cell
from ehcaudit.reader import read_plan

GOOD = [
    "- Precision teaching of sight words, 1:1 with a trained teaching assistant, 3 x 15 minutes a week.",
    "- Speech and language therapy, 1:1 with a speech and language therapist, weekly, 30 minutes.",
]


def _issues(res):
    return [f for f in res.findings if f.kind == "issue"]


def _quoted(res, text: str) -> list:
    return [f for f in _issues(res) if text[:40] in (f.quote or "")]


# -- Reader: a "Need ref" column in a provision table -------------------------------------------

@pytest.mark.parametrize("header", [
    ["Need ref", "Provision", "Resources/Staffing", "Frequency"],  # set K, k107 / k110
    ["Outcome no.", "Support", "Who", "How often"],  # new
])
def test_a_need_reference_column_keeps_the_table_in_section_f(tmp_path, header):
    d = docx.Document()
    d.add_heading("Section B: Special educational needs", level=1)
    d.add_paragraph("B1 Vision. Freya has a severe visual impairment and reads enlarged print.")
    d.add_heading("Section F: Special educational provision", level=1)
    t = d.add_table(rows=3, cols=4)
    rows = [header,
            ["B1", "All printed resources enlarged to N24 on A3 paper", "Specialist teaching assistant for "
             "vision impairment prepares resources", "Every lesson"],
            ["B1, B3", "Touch-typing practice with a typing programme, 1:1", "Teaching assistant trained in the "
             "programme", "Three 20-minute sessions a week"]]
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            t.cell(r, c).text = text
    path = tmp_path / "plan.docx"
    d.save(path)
    plan = read_plan(path)
    f_text = " ".join(b.text for b in plan.blocks_in("F"))
    assert "Touch-typing practice" in f_text and "All printed resources" in f_text
    assert is_header_cell(header[0])
    res = run(plan, "PR-QUANTIFIED")
    assert not _quoted(res, " | ".join(header)), why(res)


def test_a_sentence_with_a_need_code_is_not_a_header():
    assert not is_header_cell("B1")
    assert not is_header_cell("No")


# -- PR-QUANTIFIED: who co-ordinates "the provision below" ------------------------------------

@pytest.mark.parametrize("line", [
    # set K, k210
    "The provision below will be co-ordinated by the Special Educational Needs Co-ordinator (SENCo), Mrs Janet Fox.",
    # set K, k203
    "Amir will be taught in mainstream classes with the provision below, co-ordinated by the Special Educational "
    "Needs Co-ordinator (SENCo), Mr Ade Bello, who will review it with Amir and his parents each term.",
    # new
    "The following provision is managed by the inclusion lead, who meets Sam's carers every half term.",
])
def test_who_coordinates_the_provision_below_is_not_an_item(line):
    res = run(care_builder.build({"F": [line] + GOOD}), "PR-QUANTIFIED")
    assert not _quoted(res, line), why(res)


def test_an_item_after_the_lead_in_is_still_judged():
    line = "Reading support from a teaching assistant."
    res = run(care_builder.build({"F": ["The provision below will be reviewed by the SENCo."] + GOOD + [f"- {line}"]}),
              "PR-QUANTIFIED")
    assert _quoted(res, line), why(res)


# -- PR-QUANTIFIED: the whole of every day; every session -----------------------------------------

@pytest.mark.parametrize("line", [
    # set K, k209
    "Tom will have 1:1 support from a learning support assistant trained in Positive Behaviour Support throughout "
    "the college day.",
    # set L, l108
    "Beth has a 1:1 LSA for the whole college day.",
    # new
    "Kai will have a 1:1 nursery practitioner trained in Makaton for the full nursery day.",
])
def test_support_for_the_whole_day_says_how_often_and_how_long(line):
    res = run(care_builder.build({"F": GOOD + [f"- {line}"]}), "PR-QUANTIFIED")
    assert not [f for f in _quoted(res, line) if "how often" in f.message or "how long" in f.message], why(res)


@pytest.mark.parametrize("row", [
    # set L, l212
    ["Written instructions and a task checklist for every piece of work; Ella can answer in writing",
     "Every tuition session", "Tutor (qualified teacher)"],
    # new
    ["A printed word bank of subject vocabulary on his desk", "Each science lesson", "Class teacher"],
])
def test_every_named_session_says_how_often(row):
    plan = with_table(care_builder.build({"F": GOOD}), "F", [["Provision", "How much", "Who"], row])
    res = run(plan, "PR-QUANTIFIED")
    assert not [f for f in _quoted(res, row[0]) if "how often" in f.message], why(res)


def test_a_clear_gap_is_still_flagged():
    res = run(care_builder.build({"F": ["- Some help with reading from an adult when needed."]}), "PR-QUANTIFIED")
    assert flagged(res), why(res)


# -- PR-QUANTIFIED: run-in headings, funding lines, intervals, dated training, equipment for all tuition

@pytest.mark.parametrize("line", [
    # set K, k212
    "Speech and language therapy. A Speech and Language Therapist (SALT) from the Children's Speech and Language "
    "Therapy Service will visit x1 per half term for an hour to assess Aisha's communication, model PECS with her "
    "TA and update her targets. Between visits her TA will teach PECS 1-to-1 in two 20-min slots daily.",
    # new
    "Occupational therapy. An occupational therapist will see Leo in school once a month for 45 minutes.",
])
def test_a_run_in_heading_is_not_an_item(line):
    res = run(care_builder.build({"F": GOOD + [line]}), "PR-QUANTIFIED")
    assert not [f for f in _issues(res) if (f.quote or "").strip().rstrip(".") in
                ("Speech and language therapy", "Occupational therapy")], why(res)


@pytest.mark.parametrize("line", [
    "Both are funded through Beth's Adult Social Care direct payment.",  # set L, l108
    "These are paid for from the school's notional SEN budget.",  # new
])
def test_how_the_items_are_funded_is_not_an_item(line):
    res = run(care_builder.build({"F": GOOD + [line]}), "PR-QUANTIFIED")
    assert not _quoted(res, line), why(res)


@pytest.mark.parametrize("line", [
    # set K, k212
    "Her TA will take Aisha to the toilet every hour, using a picture sequence, following a toileting plan written "
    "by the Early Years SENCo with her parents in November 2026.",
    # new
    "In science practicals a teaching assistant trained in visual impairment will sit with Maya.",
])
def test_an_interval_or_a_subjects_lessons_say_how_often(line):
    res = run(care_builder.build({"F": GOOD + [f"- {line}"]}), "PR-QUANTIFIED")
    assert not [f for f in _quoted(res, line) if "how often" in f.message], why(res)


@pytest.mark.parametrize("line", [
    # set K, k212
    "Her TA will be trained by the Autism Outreach Team in the Picture Exchange Communication System (PECS: a way "
    "of communicating by exchanging pictures) and in Attention Autism during Autumn 2 2026.",
    # new
    "His key worker will be trained in safe moving and handling by the physiotherapist in Spring 1 2027.",
])
def test_staff_training_dated_to_a_term_says_how_often(line):
    res = run(care_builder.build({"F": GOOD + [f"- {line}"]}), "PR-QUANTIFIED")
    assert not [f for f in _quoted(res, line) if "how often" in f.message], why(res)


@pytest.mark.parametrize("row", [
    # set L, l212
    ["A laptop with speech-to-text and mind-mapping software", "For all tuition and independent work",
     "Set up and maintained by the Education IT Support technician, Southcliff County Council"],
    # new
    ["A writing slope and a pencil grip", "For all tuition", "Supplied and maintained by the tutor"],
])
def test_equipment_used_for_all_tuition_is_equipment(row):
    plan = with_table(care_builder.build({"F": GOOD}), "F", [["Provision", "How much", "Who"], row])
    res = run(plan, "PR-QUANTIFIED")
    assert not _quoted(res, row[0]), why(res)
