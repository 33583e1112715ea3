"""Front matter: label: value pairs in paragraphs or 2/4-column tables outside the sections."""

from __future__ import annotations

import datetime as dt

import docx
import pytest

from ehcaudit.reader import read_plan


@pytest.mark.parametrize("lines, field, value", [
    (["Plan reference: EHC/2026/001"], "reference", "EHC/2026/001"),
    (["EHCP reference: R-1"], "reference", "R-1"),
    (["Ref: AB12"], "reference", "AB12"),
    (["National Curriculum year: 9"], "year_group", 9),
    (["NC Year: Year 9"], "year_group", 9),
    (["Year group: Reception"], "year_group", 0),
    (["Year group: R"], "year_group", 0),
    (["Age: 14"], "age", 14),
    (["Age: 14 years"], "age", 14),
    (["Date issued: 12/03/2026"], "date_issued", dt.date(2026, 3, 12)),
    (["Date of issue: 12 March 2026"], "date_issued", dt.date(2026, 3, 12)),
    (["Date plan finalised: 2026-03-12"], "date_issued", dt.date(2026, 3, 12)),
    (["Date of last annual review: 1st Sept 2025"], "last_review", dt.date(2025, 9, 1)),
    (["Last review: March 2025"], "last_review", dt.date(2025, 3, 1)),
    (["Team: North"], "team", "North"),
    (["SEN team: East Locality"], "team", "East Locality"),
    (["Locality: West"], "team", "West"),
    (["Caseworker: CW12"], "caseworker", "CW12"),
    (["Case officer: CW7"], "caseworker", "CW7"),
    (["Known as: Jay"], "known_as", "Jay"),
    (["Preferred name: Jay"], "known_as", "Jay"),
    (["Pseudonym: Child X"], "known_as", "Child X"),
])
def test_paragraph_labels(tmp_path, lines, field, value):
    p = tmp_path / "plan.txt"
    p.write_text("\n".join(lines + ["Section A: Views", "Text."]))
    plan = read_plan(p)
    assert getattr(plan.front, field) == value
    label = lines[0].split(":")[0]
    assert label in plan.front.fields


def test_plan_id_falls_back_to_file_stem(tmp_path):
    p = tmp_path / "jay-2026.md"
    p.write_text("# Section A: Views\nText.\n")
    assert read_plan(p).plan_id == "jay-2026"


def test_two_and_four_column_tables_in_docx(tmp_path):
    d = docx.Document()
    t = d.add_table(rows=3, cols=4)
    rows = [["Plan reference:", "EHC-77", "Date issued:", "12/03/2026"],
            ["NC Year:", "Year 10", "Age:", "15"],
            ["Caseworker", "CW3", "Team", "South"]]
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            t.rows[r].cells[c].text = text
    t2 = d.add_table(rows=1, cols=2)
    t2.rows[0].cells[0].text = "Date of last annual review"
    t2.rows[0].cells[1].text = "05.02.26"
    d.add_heading("Section A: Views, interests and aspirations", 1)
    d.add_paragraph("Team: not front matter, this is inside section A")
    path = tmp_path / "p.docx"
    d.save(path)
    plan = read_plan(path)
    fm = plan.front
    assert (fm.reference, fm.date_issued, fm.year_group, fm.age, fm.caseworker, fm.team, fm.last_review) == (
        "EHC-77", dt.date(2026, 3, 12), 10, 15, "CW3", "South", dt.date(2026, 2, 5))
    assert plan.plan_id == "EHC-77"
    assert fm.fields["Plan reference"] == "EHC-77"
    assert fm.fields["Date of last annual review"] == "05.02.26"
    cell = next(b for b in plan.blocks if b.text == "EHC-77")
    assert cell.kind == "table_cell" and cell.section is None
    assert cell.location == "Front matter, table row 1, column 2"


def test_pairs_after_the_plan_ends_are_not_front_matter(tmp_path):
    p = tmp_path / "plan.txt"
    p.write_text("Section A: Views\nAge: 14\n")
    assert read_plan(p).front.age is None


def test_reference_in_the_page_header(tmp_path):
    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "EHCP reference: HDR-12    Caseworker: CW9"
    d.add_heading("Section A: Views, interests and aspirations", 1)
    d.add_paragraph("Sam likes trains.")
    path = tmp_path / "p.docx"
    d.save(path)
    plan = read_plan(path)
    assert plan.plan_id == "HDR-12"
    assert plan.front.caseworker == "CW9"
    assert not any("HDR-12" in b.text for b in plan.blocks)  # headers make no blocks


def test_body_value_beats_page_header(tmp_path):
    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "Plan reference: OLD-1"
    d.add_paragraph("Plan reference: NEW-2")
    d.add_heading("Section A: Views", 1)
    path = tmp_path / "p.docx"
    d.save(path)
    assert read_plan(path).plan_id == "NEW-2"


def test_tab_separated_labels(tmp_path):
    d = docx.Document()
    d.add_paragraph("Plan reference\tTAB-3")
    d.add_paragraph("Year group\t\tYear 6")
    d.add_heading("Section A: Views", 1)
    d.add_paragraph("Team\tnot front matter")
    path = tmp_path / "p.docx"
    d.save(path)
    plan = read_plan(path)
    assert (plan.plan_id, plan.front.year_group, plan.front.team) == ("TAB-3", 6, None)
    assert plan.blocks[0].text == "Plan reference TAB-3"
