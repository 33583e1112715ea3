"""PDF plans in layouts the blind validity writers used (benchmarks/pdf/run.py --validity): the
PDF is read as its Word original. Each case is a small plan built with python-docx and exported
with LibreOffice at test time (skipped without it)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import docx
import docx_builders as B
import pdf_corpus as C
import pytest
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from ehcaudit.reader import read_plan
from ehcaudit.rubric.engine import score_plan
from ehcaudit.rubric.schema import default_rubric_path, load_rubric

pytestmark = pytest.mark.skipif(C.soffice() is None,
                                reason="LibreOffice (soffice) not installed: apt-get install libreoffice-writer-nogui")

AS_OF = dt.date(2026, 12, 1)


def _shaded_label_table(path: Path) -> Path:
    """A styled plan whose front matter is a table drawn without borders, its left column of
    labels shaded ("Plan date | 4 November 2026"), and no other issue date."""
    B.heading_styles(path)
    d = docx.Document(str(path))
    for p in d.paragraphs:
        if p.text.startswith("Date issued"):
            p._p.getparent().remove(p._p)
    rows = [("Plan date", "4 November 2026"), ("Date of most recent review", "None yet: this is the first plan"),
            ("Key stage", "Key Stage 3 (Year 7)")]
    t = d.add_table(rows=len(rows), cols=2)  # the default table style: no borders
    for (label, value), row in zip(rows, t.rows, strict=True):
        row.cells[0].text, row.cells[1].text = label, value
        shd = OxmlElement("w:shd")
        for k, v in (("w:val", "clear"), ("w:color", "auto"), ("w:fill", "D9E2F3")):
            shd.set(qn(k), v)
        row.cells[0]._tc.get_or_add_tcPr().append(shd)
    body = d.element.body
    body.insert(1, t._tbl)  # after the plan's title line
    d.save(path)
    return path


def _bold_broken_line(path: Path) -> Path:
    """A styled plan opening with one bold paragraph broken by hand: the council's name, then its
    service, whose name is also Section B's title ("Special Educational Needs ... Service")."""
    B.heading_styles(path)
    d = docx.Document(str(path))
    first = d.paragraphs[0]
    p = first.insert_paragraph_before()
    run = p.add_run("Chalkvale Council")
    run.bold = True
    run.add_break()
    run.add_text("Special Educational Needs and Disabilities (SEND) Service")
    d.save(path)
    return path


def _narrow_cells(path: Path) -> Path:
    """A styled plan with a provision table in Section G whose narrow columns break long words
    where the line runs out ("Physiotherap" / "y")."""
    B.heading_styles(path)
    d = docx.Document(str(path))
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    t.autofit = False
    for i, text in enumerate(("Physiotherapy programme", "Monthly, 45 minutes", "Children's Physiotherapy")):
        t.rows[0].cells[i].text = text
        t.rows[0].cells[i].width = t.columns[i].width = docx.shared.Inches(0.7)
    d.save(path)
    return path


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory) -> dict[str, tuple[Path, Path]]:
    folder = tmp_path_factory.mktemp("blind-pdf")
    words = {"shaded": _shaded_label_table(folder / "blind-shaded.docx"),
             "broken": _bold_broken_line(folder / "blind-broken.docx"),
             "narrow": _narrow_cells(folder / "blind-narrow.docx")}
    made = C.to_pdf(list(words.values()), folder / "pdf")
    assert set(made) == set(words.values()), "LibreOffice did not export every case"
    return {k: (w, made[w]) for k, w in words.items()}


def test_shaded_left_column_without_borders_is_read_as_a_two_column_table(pdfs):
    word, pdf = pdfs["shaded"]
    cells = [b for b in read_plan(pdf).blocks if b.table == 0]
    by_pos = {(b.row, b.col): b.text for b in cells}
    assert by_pos[(0, 0)] == "Plan date" and by_pos[(0, 1)] == "4 November 2026"
    assert by_pos[(1, 0)] == "Date of most recent review"
    assert by_pos[(2, 1)] == "Key Stage 3 (Year 7)"
    rubric = load_rubric(default_rubric_path())
    levels = [{c.id: c for c in score_plan(read_plan(f), rubric, AS_OF).criteria}["CA-ANNUAL-REVIEW"]
              for f in (word, pdf)]
    assert levels[1].level == levels[0].level
    assert any("4 November 2026" in f.quote for f in levels[1].findings if f.kind == "evidence")


def test_bold_paragraph_broken_by_hand_is_one_paragraph_not_a_section_heading(pdfs):
    word, pdf = pdfs["broken"]
    w, p = read_plan(word), read_plan(pdf)
    first = p.blocks[0]
    assert first.section is None
    assert "Chalkvale Council" in first.text and "(SEND) Service" in first.text
    # Section B begins where the Word file's does, at its own heading
    assert [b.text for b in p.blocks if b.kind == "heading" and b.section == "B"][:1] == \
        [b.text for b in w.blocks if b.kind == "heading" and b.section == "B"][:1]
    assert [c for c, s in p.sections.items() if s.found] == [c for c, s in w.sections.items() if s.found]


def test_word_broken_at_a_narrow_cell_edge_is_joined_again(pdfs):
    word, pdf = pdfs["narrow"]
    w = [b.text for b in read_plan(word).blocks if b.kind == "table_cell"]
    p = [b.text for b in read_plan(pdf).blocks if b.kind == "table_cell"]
    assert "Children's Physiotherapy" in w
    assert p == w, p
