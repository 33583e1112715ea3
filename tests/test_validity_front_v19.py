"""Set V: front-matter, Section K and combined-table classes (round 19).

1. Reader (Section K): an advice list typed as lines with "|" between the cells ("Advice | Who
   gave it | Date", then one line per item) - in one cell or as paragraphs: the header line is the
   list's column headers, not an undated item, and each line's cells are read by those headers.
2. Reader (Section K): the family's views with a note in brackets inside the title ("Grandparents'
   (kinship carers') views") say whose views they are, as "Grandparents' views" does.
3. Reader (combined tables): a header naming each column's section by a bracketed letter ("What we
   want Ellis to achieve (E)", "Provision (F)"), with "How much and how often" beside the
   provision, is a combined E/F table: the provision cells are Section F, not outcomes.

Each class has wording of our own, its boundary, and the set's plans read whole.
"""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from validity_helpers import flagged, run, why

from ehcaudit.reader import read_plan

SETS = Path(__file__).resolve().parents[1] / "benchmarks" / "validity" / "sets"


def _k_docx(tmp_path, lines: list[str], *, in_cell: bool):
    d = docx.Document()
    d.add_paragraph("Date of issue: 2 June 2026")
    d.add_heading("Section K: Advice and information", level=1)
    if in_cell:
        cell = d.add_table(rows=1, cols=1).rows[0].cells[0]
        cell.paragraphs[0].text = lines[0]
        for ln in lines[1:]:
            cell.add_paragraph(ln)
    else:
        for ln in lines:
            d.add_paragraph(ln)
    path = tmp_path / "k.docx"
    d.save(path)
    return read_plan(path)


# -- 1. an advice list typed with "|" between its cells ----------------------------------------------

_PIPE_LIST = [
    "Report | Given by | Date received",
    "Ellis's views | Ellis, with his teaching assistant | 3 March 2026",
    "Educational advice | Mrs Hale, SENCo, Brookfield Primary | 5 March 2026",
    "Psychological advice | Dr Lowe, Educational Psychologist | 9 March 2026",
]


@pytest.mark.parametrize("in_cell", [True, False])
def test_a_pipe_typed_advice_list_is_read_by_its_header(tmp_path, in_cell):
    plan = _k_docx(tmp_path, _PIPE_LIST, in_cell=in_cell)
    items = [(a.title, a.author, a.date_text) for a in plan.advice]
    assert items == [
        ("Ellis's views", "Ellis, with his teaching assistant", "3 March 2026"),
        ("Educational advice", "Mrs Hale, SENCo, Brookfield Primary", "5 March 2026"),
        ("Psychological advice", "Dr Lowe, Educational Psychologist", "9 March 2026"),
    ], items
    res = run(plan, "CA-DATED")
    assert not flagged(res), why(res)


def test_a_pipe_typed_list_in_another_column_order(tmp_path):
    plan = _k_docx(tmp_path, ["Date | Author | Advice", "9 March 2026 | Dr Lowe, Educational Psychologist | "
                              "Psychological advice"], in_cell=True)
    assert [(a.title, a.author, a.date_text) for a in plan.advice] == [
        ("Psychological advice", "Dr Lowe, Educational Psychologist", "9 March 2026")]


def test_a_pipe_typed_row_with_an_empty_date_is_still_undated(tmp_path):
    # boundary: the header is dropped, but a row whose date cell is empty is still undated
    plan = _k_docx(tmp_path, _PIPE_LIST[:2] + ["Educational advice | Mrs Hale, SENCo |  "], in_cell=True)
    assert [(a.title, a.date) for a in plan.advice][-1] == ("Educational advice", None)
    res = run(plan, "CA-DATED")
    assert flagged(res) and any("when it was given" in f.message for f in res.findings), why(res)


def test_v102_header_line_is_not_an_item():
    plan = read_plan(SETS / "V" / "plans" / "v102.docx")
    assert all(a.title != "Advice" and not (a.author or "").endswith("|") for a in plan.advice), plan.advice
    assert not flagged(run(plan, "CA-DATED"))


# -- 2. the family's views with a note in brackets in the title ------------------------------------

@pytest.mark.parametrize("line, who", [
    ("Grandparents' (kinship carers') views - 15 April 2026", "Grandparents"),
    ("Aunt's (special guardian) views – 2 May 2026", "Aunt"),
    ("Parents' (both attended the meeting) views – 8 May 2026", "Parents"),
])
def test_views_with_a_bracketed_note_name_whose_they_are(tmp_path, line, who):
    plan = _k_docx(tmp_path, [line], in_cell=False)
    assert [(a.author, a.kind) for a in plan.advice] == [(who, "parent_young_person")], plan.advice
    assert not flagged(run(plan, "CA-DATED"))


def test_a_report_with_a_bracketed_note_still_needs_its_author(tmp_path):
    # boundary: the brackets do not make a professional's report the family's
    plan = _k_docx(tmp_path, ["Educational advice (annual review) - 15 April 2026"], in_cell=False)
    res = run(plan, "CA-DATED")
    assert flagged(res) and any("who gave it" in f.message for f in res.findings), why(res)


def test_v108_carers_views_are_attributed():
    assert not flagged(run(read_plan(SETS / "V" / "plans" / "v108.docx"), "CA-DATED"))


# -- 3. a combined table whose headers name their sections by a bracketed letter --------------------

def _ef_docx(tmp_path, header: list[str]):
    d = docx.Document()
    d.add_paragraph("Date of issue: 2 June 2026")
    d.add_heading("Section E and F: Outcomes and provision", level=1)
    rows = [header,
            ["By July 2027, Ellis will read 40 common words on sight, checked by his teacher each half term.",
             "Daily reading practice with flash cards", "15 minutes a day, 1:1", "Teaching assistant"],
            ["", "Shared reading with an adult", "Twice a week", "Class teacher"]]
    t = d.add_table(rows=len(rows), cols=len(header))
    for r, cells in zip(t.rows, rows, strict=True):
        for c, text in zip(r.cells, cells, strict=True):
            c.text = text
    path = tmp_path / "ef.docx"
    d.save(path)
    return read_plan(path)


@pytest.mark.parametrize("header", [
    ["What we want Ellis to achieve (E)", "Provision (F)", "How much and how often", "Delivered by"],
    ["Our aim for Ellis (Section E)", "Support in school (Section F)", "How often", "Who"],
])
def test_bracketed_section_letters_make_a_combined_table(tmp_path, header):
    plan = _ef_docx(tmp_path, header)
    e = [b.text for b in plan.blocks_in("E") if b.kind != "heading"]
    f = [b.text for b in plan.blocks_in("F") if b.kind != "heading"]
    assert e == ["By July 2027, Ellis will read 40 common words on sight, checked by his teacher each half term."], e
    assert "Shared reading with an adult" in f and "Twice a week" in f, f
    res = run(plan, "PC-SMART")
    assert not flagged(res), why(res)


def test_a_single_bracketed_letter_is_not_a_combined_table(tmp_path):
    # boundary: one section named, the other columns not sections: the table stays where it is
    plan = _ef_docx(tmp_path, ["What we want Ellis to achieve (E)", "Comments", "Notes", "Remarks"])
    assert not plan.blocks_in("F") or all(b.kind == "heading" for b in plan.blocks_in("F"))


def test_v207_provision_cells_are_not_outcomes():
    plan = read_plan(SETS / "V" / "plans" / "v207.docx")
    assert any(b.text.startswith("Precision-taught reading") for b in plan.blocks_in("F"))
    res = run(plan, "PC-SMART")
    assert not flagged(res), why(res)
