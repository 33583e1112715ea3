"""PDF plans in layouts the blind validity writers used (benchmarks/pdf/run.py --validity): the
PDF is read as its Word original. Each case is a small plan built with python-docx and exported
with LibreOffice at test time (skipped without it)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import docx
import docx_builders as B
import pdf_corpus as C
import pdfplumber
import pytest
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from ehcaudit.reader import read_plan
from ehcaudit.reader.pdf_grid import Grid
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


def _shade(paragraph, fill: str = "FFFFFF") -> None:
    shd = OxmlElement("w:shd")
    for k, v in (("w:val", "clear"), ("w:color", "auto"), ("w:fill", fill)):
        shd.set(qn(k), v)
    paragraph._p.get_or_add_pPr().append(shd)


_ADVICE = [("Views of the family", "2 February 2026", "Both carers, at home"),
           ("School report", "9 February 2026", "Mr Alan Reeve, SENCo, Brookfield School"),
           ("Psychology advice", "12 January 2026", "Dr Hana Osei, Educational Psychologist"),
           ("Paediatric advice", "20 January 2026", "Dr Carl Wynn, Community Paediatrician"),
           ("Speech and language advice", "26 January 2026", "Ms Ruth Ames, Speech and Language Therapist"),
           ("Occupational therapy advice", "30 January 2026", "Mr Ian Pell, Occupational Therapist"),
           ("Social care advice", "3 February 2026", "Ms Jo Tate, Social Worker, Children's Services")]


def _shaded_advice_table(path: Path) -> Path:
    """A styled plan whose Section K is a bordered four-column table ("requested | date | from |
    appended") that runs over a page break, every first-column paragraph shaded white (a box
    inset in its cell), the last rows requested but not received ("YES/ NO", no date)."""
    B.heading_styles(path)
    d = docx.Document(str(path))
    for _ in range(30):  # push Section K's table over the foot of a page
        d.add_paragraph("A line of text that fills the page before the advice table begins here.")
    rows = [("Advice requested", "Date received", "Who from", "Appended"),
            *[(a, b, c, "YES") for a, b, c in _ADVICE],
            ("Any other advice the council thinks fit to seek", "", "", "YES/ NO"),
            ("Advice the family asked the council to seek from anyone else", "", "", "YES/ NO")]
    t = d.add_table(rows=len(rows), cols=4)
    t.style = "Table Grid"
    for values, row in zip(rows, t.rows, strict=True):
        for i, v in enumerate(values):
            row.cells[i].text = v
        _shade(row.cells[0].paragraphs[0])
    d.save(path)
    return path


def _wrapped_bold_labels(path: Path) -> Path:
    """A styled plan with a narrow two-column table whose second column holds items each led by
    a bold label that wraps onto a second line ("Report from the hearing / support team:"), and a
    bold label ending in a colon that fills its line; then a bold line alone in its cell above a
    plain paragraph (two paragraphs, kept apart)."""
    B.heading_styles(path)
    d = docx.Document(str(path))
    t = d.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    t.autofit = False
    items = [("Report from the hearing support team for the whole year:", "the teacher of the deaf, 5 May 2026"),
             ("Careers guidance for adult life:", "the careers adviser, 6 May 2026")]
    for i, (label, rest) in enumerate(items):
        cell = t.rows[i].cells[1]
        para = cell.paragraphs[0]
        para.add_run(label).bold = True
        para.add_run(" " + rest)
    cell = t.rows[2].cells[1]
    cell.paragraphs[0].add_run("Notes").bold = True
    cell.add_paragraph("Plain text in its own paragraph below.")
    for row in t.rows:
        row.cells[0].text = "K"
        row.cells[0].width = t.columns[0].width = docx.shared.Inches(0.6)
        row.cells[1].width = t.columns[1].width = docx.shared.Inches(2.1)
    d.save(path)
    return path


def _paragraph_over_a_page(path: Path) -> Path:
    """A styled plan with a one-row bordered table whose cell paragraph is longer than a page, so
    a page break cuts it (its lines after the cut begin in lower case), then a second paragraph."""
    B.heading_styles(path)
    d = docx.Document(str(path))
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    t.rows[0].cells[0].text = "Provision"
    long = "Daily reading support " + " ".join(["with the class teacher and a trained assistant"] * 90) + "."
    t.rows[0].cells[1].text = long
    t.rows[0].cells[1].add_paragraph("Reviewed each term by the SENCo.")
    d.save(path)
    return path


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory) -> dict[str, tuple[Path, Path]]:
    folder = tmp_path_factory.mktemp("blind-pdf")
    words = {"shaded": _shaded_label_table(folder / "blind-shaded.docx"),
             "broken": _bold_broken_line(folder / "blind-broken.docx"),
             "narrow": _narrow_cells(folder / "blind-narrow.docx"),
             "advice": _shaded_advice_table(folder / "blind-advice.docx"),
             "labels": _wrapped_bold_labels(folder / "blind-labels.docx"),
             "overpage": _paragraph_over_a_page(folder / "blind-overpage.docx")}
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


def test_shaded_cell_paragraphs_do_not_split_a_table_over_a_page(pdfs):
    word, pdf = pdfs["advice"]
    w, p = read_plan(word), read_plan(pdf)
    # one table of four columns, as in Word: the shading boxes make no column of their own
    wk = [(b.row, b.col, b.text) for b in w.blocks if b.section == "K" and b.table is not None]
    pk = [(b.row, b.col, b.text) for b in p.blocks if b.section == "K" and b.table is not None]
    assert pk == wk
    assert [(a.title, a.date) for a in p.advice] == [(a.title, a.date) for a in w.advice]
    rubric = load_rubric(default_rubric_path())
    levels = [{c.id: c.level for c in score_plan(read_plan(f), rubric, AS_OF).criteria} for f in (word, pdf)]
    assert levels[1]["CA-DATED"] == levels[0]["CA-DATED"]


def test_shading_slivers_merge_only_in_pairs_of_one_height():
    # a cell (x 10..200) cut by an inset shading box (x 15..195) into a sliver each side
    cut = [(10.0, 0.0, 15.0, 40.0), (15.0, 0.0, 195.0, 20.0), (15.0, 20.0, 195.0, 40.0), (195.0, 0.0, 200.0, 40.0),
           (200.0, 0.0, 300.0, 40.0)]
    g = Grid((10.0, 0.0, 300.0, 40.0), cut, 1)
    assert sorted(g.cells) == [(10.0, 0.0, 200.0, 40.0), (200.0, 0.0, 300.0, 40.0)]
    assert len(g.cols) == 2
    # boundary: slivers of different heights are not one cell's edges; nothing is merged
    uneven = [(10.0, 0.0, 15.0, 40.0), (15.0, 0.0, 195.0, 40.0), (195.0, 0.0, 200.0, 30.0)]
    assert sorted(Grid((10.0, 0.0, 200.0, 40.0), uneven, 1).cells) == [(15.0, 0.0, 195.0, 40.0)]


def test_bold_label_wrapped_in_a_cell_stays_one_paragraph(pdfs):
    word, pdf = pdfs["labels"]
    w = [b.text for b in read_plan(word).blocks if b.table is not None and b.col == 1]
    p = [b.text for b in read_plan(pdf).blocks if b.table is not None and b.col == 1]
    assert w[0].startswith("Report from the hearing support team") and "Notes\nPlain text" in w[2]
    assert p == w, p


def test_cell_paragraph_cut_by_a_page_break_is_one_paragraph(pdfs):
    word, pdf = pdfs["overpage"]
    with pdfplumber.open(pdf) as f:  # the case holds: the paragraph starts on one page, ends on the next
        texts = [pg.extract_text() or "" for pg in f.pages]
    start = next(i for i, t in enumerate(texts) if "Daily reading support" in t)
    assert "Reviewed each term" not in texts[start] and "trained assistant" in texts[start + 1]
    w = [b.text for b in read_plan(word).blocks if b.kind == "table_cell" and b.col == 1]
    p = [b.text for b in read_plan(pdf).blocks if b.kind == "table_cell" and b.col == 1]
    assert p == w, p
