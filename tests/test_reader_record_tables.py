"""Record tables (session 19, set AJ's first run): one outcome or one provision written as a small
table of its own, a title row then one "label | value" row for each part, is read as one item:
a row of values under a row of labels, as an ordinary table's header row stands over its rows.
Before, each "label | value" row was judged alone ("What | Teaching of reading ..." did not say
how often, which the next row did). Synthetic plans, in words of our own."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import docx
import pytest

from ehcaudit.column_labels import is_field_label
from ehcaudit.reader import read_plan
from ehcaudit.rubric.engine import score_plan
from ehcaudit.rubric.files import default_rubric_path
from ehcaudit.rubric.schema import load_rubric

AS_OF = dt.date(2026, 12, 1)

OUTCOME = [("By when", "July 2027"),
           ("Outcome", "Ravi will read aloud a short passage from his class reader with no more than three errors."),
           ("How we will know", "His class teacher hears him read each Friday and records the errors on his reading log."),
           ("Builds on", "his wish to read comics to his little brother.")]
PROVISION = [("What", "Phonics teaching using a structured synthetic phonics programme, with daily practice of new sounds."),
             ("How often and for how long", "Four times a week, 20 minutes."),
             ("Group size", "A group of no more than 3 pupils."),
             ("Who", "A teaching assistant trained in the programme, overseen by the SENCo.")]
EQUIPMENT = [("What", "A tablet with text-to-speech software for reading worksheets."),
             ("Provided and maintained by", "The school's IT technician, who checks it each half term.")]


def _plan(path: Path, records: dict[str, list[tuple[str, list[tuple[str, str]]]]]) -> Path:
    d = docx.Document()
    titles = {"A": "Views, interests and aspirations", "B": "Special educational needs", "C": "Health needs",
              "D": "Social care needs", "E": "Outcomes", "F": "Special educational provision",
              "G": "Health provision", "H1": "Social care provision (section 2 of the Chronically Sick and "
              "Disabled Persons Act 1970)", "H2": "Other social care provision", "I": "Placement",
              "J": "Personal budget", "K": "Advice and information"}
    for code, title in titles.items():
        d.add_heading(f"Section {code}: {title}", level=1)
        if code not in records:
            d.add_paragraph("Ravi enjoys football and drawing; he finds reading hard and wants to get better at it.")
            continue
        for name, rows in records[code]:
            t = d.add_table(rows=len(rows) + 1, cols=2)
            top = t.rows[0].cells[0].merge(t.rows[0].cells[1])
            top.text = name
            for r, (label, value) in enumerate(rows, 1):
                t.rows[r].cells[0].text = label
                t.rows[r].cells[1].text = value
    d.save(path)
    return path


@pytest.fixture(scope="module")
def rubric():
    return load_rubric(default_rubric_path())


@pytest.fixture(scope="module")
def plan(tmp_path_factory):
    path = tmp_path_factory.mktemp("record") / "record.docx"
    return read_plan(_plan(path, {"E": [("E1 Reading aloud", OUTCOME)],
                                  "F": [("F1 Phonics", PROVISION), ("F2 Reading software", EQUIPMENT)]}))


def test_a_record_is_one_row_of_values_under_its_labels(plan):
    cells = [b for b in plan.blocks if b.section == "F" and b.kind == "table_cell"]
    first = [b for b in cells if b.table == cells[0].table]
    labels = [b.text for b in first if b.row == first[0].row]
    values = [b.text for b in first if b.row != first[0].row]
    assert labels == [label for label, _ in PROVISION]
    assert values == [value for _, value in PROVISION]
    assert len({b.row for b in first if b.text in values}) == 1
    # each block still says where a person finds it in the document: its own row of the table
    assert [b.location.rsplit("row ", 1)[1] for b in first if b.text in values] == \
        ["2, column 2", "3, column 2", "4, column 2", "5, column 2"]
    # the title is the values' sub-heading
    assert {b.subsection for b in first} == {"F1 Phonics"}


def test_a_record_of_provision_or_an_outcome_is_judged_whole(plan, rubric):
    result = score_plan(plan, rubric, AS_OF)
    levels = {c.id: c.level for c in result.criteria}
    assert levels["PR-QUANTIFIED"] == 4, [f.message for c in result.criteria if c.id == "PR-QUANTIFIED" for f in c.findings]
    assert levels["PC-SMART"] >= 3, [f.message for c in result.criteria if c.id == "PC-SMART" for f in c.findings]


def test_a_record_missing_its_amount_is_still_a_gap(tmp_path, rubric):
    bare = [("What", "Phonics teaching using a structured synthetic phonics programme."),
            ("Who", "A teaching assistant.")]
    plan = read_plan(_plan(tmp_path / "bare.docx", {"E": [("E1 Reading aloud", OUTCOME)], "F": [("F1 Phonics", bare)]}))
    result = score_plan(plan, rubric, AS_OF)
    assert {c.id: c.level for c in result.criteria}["PR-QUANTIFIED"] <= 2


def test_a_two_column_table_of_provision_is_no_record(tmp_path):
    d = docx.Document()
    d.add_heading("Section F: Special educational provision", level=1)
    t = d.add_table(rows=3, cols=2)
    for r, (a, b) in enumerate([("Speech and language therapy", "Weekly, 30 minutes, 1:1, by a SALT"),
                                ("Social skills group", "Twice a week, a group of 4, led by the ELSA"),
                                ("Reading intervention", "Daily, 15 minutes, by a trained TA")]):
        t.rows[r].cells[0].text, t.rows[r].cells[1].text = a, b
    d.save(tmp_path / "two.docx")
    cells = [b for b in read_plan(tmp_path / "two.docx").blocks if b.kind == "table_cell"]
    assert [(b.row, b.col) for b in cells] == [(0, 0), (0, 1), (1, 0), (1, 1), (2, 0), (2, 1)]


@pytest.mark.parametrize("label", ["What", "How often and for how long", "Group size", "Who", "Arranged by",
                                   "Provided and maintained by", "By when", "Outcome", "How we will know",
                                   "Builds on", "Success criteria"])
def test_field_labels(label):
    assert is_field_label(label)


@pytest.mark.parametrize("text", ["Speech and language therapy", "Ravi will read aloud.", "Jade",
                                  "Weekly, 30 minutes"])
def test_not_field_labels(text):
    assert not is_field_label(text)


def test_labelled_lines_of_one_item_are_judged_together(tmp_path, rubric):
    """The same record written as "Label: value" lines under the item's sub-heading: a "Provided and
    maintained by:" line completes the "What:" line above it, as "Provided by:" did."""
    d = docx.Document()
    for code, title in [("E", "Outcomes"), ("F", "Special educational provision")]:
        d.add_heading(f"Section {code}: {title}", level=1)
        if code == "E":
            d.add_paragraph("By July 2027, Ravi will read aloud a short passage from his class reader with no more "
                            "than three errors, checked by his class teacher each Friday.")
            continue
        d.add_heading("F1 Reading software", level=2)
        d.add_paragraph("What: A tablet with text-to-speech software for reading worksheets.", style="List Bullet")
        d.add_paragraph("Provided and maintained by: The school's IT technician, who checks it each half term.",
                        style="List Bullet")
    d.save(tmp_path / "lines.docx")
    result = score_plan(read_plan(tmp_path / "lines.docx"), rubric, AS_OF)
    assert {c.id: c.level for c in result.criteria}["PR-QUANTIFIED"] == 4
