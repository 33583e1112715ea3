"""Validity classes for PR-QUANTIFIED found on set AB (round 27).

Each class is shown by tables and sentences written for this test, laid out and worded as other councils
would, and by its boundary. What an auditor applies:

* a provision table nested in a section's cell (the "letter column" layout) is read row by row, each
  row judged with its column headers, also when the cell opens with a sentence before the table
  ("Provision below must be delivered as written.") and when a row's empty cell left no line (nothing
  under "Group size" for a laptop): rows that open with their number in order ("F1.", "F2.") are still
  rows. A row that truly says nothing of who or how often is still flagged, and lines that are not
  numbered rows and do not fill the columns are not taken for a table.
"""

from __future__ import annotations

import care_builder
import docx
import pytest
from validity_helpers import flagged, run, why

from ehcaudit.checks._table_lines import nested_table, row_headers_for
from ehcaudit.reader import read_plan

HEADER = ["Provision", "How often and for how long", "Group size", "Delivered by", "For outcome"]

#: Rows of a nested provision table as a council writes them: some leave "Group size" empty.
ROWS = [
    ["F1. Precision teaching of high-frequency words", "Four times a week, 15 minutes", "1:1",
     "Teaching assistant trained in precision teaching", "E1"],
    ["F2. Social skills group using a structured games programme", "Weekly, Thursday, 40 minutes", "A group of 5",
     "Learning mentor", "E2"],
    ["F3. A writing slope and pencil grips for all written work", "Every lesson", "",
     "Provided by the school occupational therapist", "E3"],
    ["F4. Extra time (25%) and a separate room in tests and exams", "All internal and external exams", "",
     "Arranged by the exams officer", "E1"],
    ["F5. Check-in with his key adult to look at the day's timetable", "Daily, 10 minutes at registration", "1:1",
     "Key adult (a named teaching assistant)", "E2, E3"],
]


def _plan(tmp_path, intro: list[str], rows: list[list[str]]):
    d = docx.Document()
    cells = {"A": "Zak says he likes trains and drawing maps, and wants to work at a station.",
             "B": "Zak finds reading and writing hard and worries when the day changes."}
    for code, text in cells.items():
        t = d.add_table(rows=2, cols=2)
        t.cell(0, 0).merge(t.cell(1, 0)).text = code
        t.cell(0, 1).text = f"Section {code}"
        t.cell(1, 1).text = text
    t = d.add_table(rows=2, cols=2)
    t.cell(0, 0).merge(t.cell(1, 0)).text = "F"
    t.cell(0, 1).text = "Section F: Special educational provision"
    cell = t.cell(1, 1)
    cell.text = intro[0] if intro else ""
    for line in intro[1:]:
        cell.add_paragraph(line)
    inner = cell.add_table(rows=len(rows) + 1, cols=len(HEADER))
    for c, h in enumerate(HEADER):
        inner.cell(0, c).text = h
    for r, row in enumerate(rows, start=1):
        for c, text in enumerate(row):
            inner.cell(r, c).text = text
    path = tmp_path / "nested.docx"
    d.save(path)
    return read_plan(path)


# -- the lines of a nested table -----------------------------------------------------------------------

def _lines(intro: list[str], rows: list[list[str]]) -> str:
    return "\n".join([*intro, *HEADER, *[c for r in rows for c in r if c]])


@pytest.mark.parametrize("intro", [
    [],
    ["Provision below must be delivered as written."],
    ["The school will make the provision set out below.", "All of it starts on 1 September 2026."],
])
def test_a_nested_table_after_an_intro_sentence_is_read_row_by_row(intro):
    table = nested_table(_lines(intro, ROWS))
    assert table is not None
    lead, header, rows = table
    assert lead == intro and header == HEADER
    assert [r[0] for r in rows] == [r[0] for r in ROWS]
    assert rows[2] == [c for c in ROWS[2] if c]  # the empty "Group size" cell left no line


def test_a_ragged_row_has_only_its_first_and_last_headers():
    assert row_headers_for(HEADER, ["F3. A writing slope", "Every lesson", "By the OT", "E3"]) == \
        ["Provision", "", "", "For outcome"]
    assert row_headers_for(HEADER, ROWS[0]) == HEADER


def test_whole_rows_still_read_without_numbers():
    rows = [[c.split(". ", 1)[-1] for c in r] for r in (ROWS[0], ROWS[1], ROWS[4])]
    assert nested_table("\n".join([*HEADER, *[c for r in rows for c in r]])) == ([], HEADER, rows)


@pytest.mark.parametrize("text", ["", "   ", "One line only", "This is a whole sentence standing alone here.",
                                  "This is a whole sentence standing alone here.\nAnd this is a second full sentence here."])
def test_a_cell_of_no_table_or_only_a_lead_in_is_no_table(text):
    assert nested_table(text) is None


@pytest.mark.parametrize("body", [
    # ragged lines with no row numbers: where one row ends is not known
    ["Precision teaching", "Four times a week", "Teaching assistant", "E1", "Social skills group", "Weekly",
     "A group of 5", "Learning mentor", "E2"],
    # numbers out of order are a list, not rows
    ["F1. Precision teaching", "Daily", "Teaching assistant", "F3. Laptop", "Every lesson", "School IT team"],
])
def test_lines_that_are_not_rows_are_not_a_table(body):
    assert nested_table("\n".join([*HEADER, *body])) is None


def test_a_long_paragraph_before_labels_is_not_skipped_as_an_intro():
    # three sentences before the header: too much to be the table's intro
    text = "\n".join(["One sentence here about the plan.", "Another sentence about the provision below.",
                      "A third sentence that is still not a header.", *HEADER, *ROWS[0], *ROWS[1]])
    assert nested_table(text) is None


# -- PR-QUANTIFIED on a plan laid out so ----------------------------------------------------------------

@pytest.mark.parametrize("intro", [
    ["Provision below must be delivered as written."],
    ["Zak's provision is set out in the table below and will be reviewed each term."],
    [],
])
def test_nested_rows_with_every_element_pass(tmp_path, intro):
    res = run(_plan(tmp_path, intro, ROWS), "PR-QUANTIFIED")
    assert not flagged(res), why(res)


def test_a_nested_row_that_says_no_amount_or_who_is_still_flagged(tmp_path):
    rows = [*ROWS, ["F6. Reading intervention using a phonics catch-up programme", "", "", "", "E1"]]
    res = run(_plan(tmp_path, ["Provision below must be delivered as written."], rows), "PR-QUANTIFIED")
    issues = [f for f in res.findings if f.kind == "issue" and "phonics catch-up" in (f.quote or "")]
    assert issues and "how often" in issues[0].message, why(res)
    assert not [f for f in res.findings if f.kind == "issue" and "phonics" not in (f.quote or "")], why(res)


# -- every one of the adults around the child, as the subject of a strategy ------------------------------



GOOD = [
    "- Precision teaching of sight words, 1:1 with a trained teaching assistant, 3 x 15 minutes a week.",
    "- Speech and language therapy, 1:1 with a speech and language therapist, weekly, 30 minutes.",
]


def _run(lines: list[str]):
    return run(care_builder.build({"A": ["Zak likes trains."], "F": GOOD + lines}), "PR-QUANTIFIED")


def _issues(res, text: str) -> list:
    return [f for f in res.findings if f.kind == "issue" and text[:40] in (f.quote or "")]


@pytest.mark.parametrize("line", [
    # set AB, ab101
    "A total communication approach all day: every adult who works with Maryam uses Makaton signs and "
    "photographs alongside short spoken phrases of one or two key words.",
    "Visual prompts all day: each member of staff in her class will show Zak a picture card with each instruction.",
    "Throughout the day, every adult working with Zak gives him a five-minute warning before a change of activity.",
    "Calm, low-demand language at all times: everyone who works with Zak uses his name first and keeps "
    "instructions to one step.",
])
def test_every_adult_around_the_child_says_who(line):
    res = _run([f"- {line}"])
    assert not [f for f in _issues(res, line) if "who delivers" in f.message], why(res)


def test_a_strategy_with_no_adult_still_says_no_who():
    line = "Makaton signs and photographs alongside short spoken phrases, all day."
    res = _run([f"- {line}"])
    assert any("who delivers" in f.message for f in _issues(res, line)), why(res)


# -- equipment its provider adjusts on her visits; what an adult plans with a professional's advice -------

@pytest.mark.parametrize("line", [
    # set AB, ab101
    "A supportive classroom chair with a footrest and hip strap, provided by the children's occupational "
    "therapist (OT), who adjusts it at each termly visit; the teaching assistant checks the straps each half term.",
    "A standing frame, supplied by the physiotherapy service, who checks it at every visit.",
    "Pencil grips and a writing slope, provided by the OT, who reviews them at each half-termly visit.",
])
def test_equipment_adjusted_by_its_provider_on_visits_is_equipment(line):
    res = _run([f"- {line}"])
    assert not _issues(res, line), why(res)


def test_a_professionals_visit_to_adjust_equipment_still_needs_how_long():
    line = "The OT will visit each term to adjust his chair."
    res = _run([f"- {line}"])
    assert any("for how long" in f.message for f in _issues(res, line)), why(res)


@pytest.mark.parametrize("line", [
    "A personalised sensory curriculum planned by the class teacher, with advice from the specialist "
    "teacher, delivered every day in the classroom by his teaching assistant.",
    "A daily movement circuit designed by the teaching assistant with guidance from the physiotherapist, "
    "delivered by the teaching assistant.",
])
def test_what_an_adult_plans_with_advice_is_no_visit(line):
    res = _run([f"- {line}"])
    assert not [f for f in _issues(res, line) if "visits" in f.message], why(res)


# -- a sub-point written as a bullet of its own ------------------------------------------------------------

@pytest.mark.parametrize("sub", [
    "The course runs on Tuesday afternoons, so it does not clash with her work placement.",  # as in set AB, ab106
    "The group meets in the library so that it is quiet.",
    "This programme runs in the spring term, after his mocks.",
])
def test_a_bullet_naming_the_item_before_is_part_of_it(sub):
    item = ("A 6-week money skills course, 1 hour a week, in a group of no more than 8 students, run by the "
            "college's life skills tutor.") if "course" in sub else \
        ("A social skills group, weekly for 40 minutes, in a group of 4, led by the learning mentor."
         if "group" in sub else
         "A maths catch-up programme, twice a week for 30 minutes, 1:1 with a trained teaching assistant.")
    res = _run([f"- {item}", f"- {sub}"])
    assert not _issues(res, sub) and not flagged(res), why(res)


def test_a_bullet_with_its_own_subject_is_an_item_of_its_own():
    sub = "The SALT will see Zak to set his targets."
    res = _run(["- A social skills group, weekly for 40 minutes, in a group of 4, led by the learning mentor.",
                f"- {sub}"])
    assert _issues(res, sub), why(res)
