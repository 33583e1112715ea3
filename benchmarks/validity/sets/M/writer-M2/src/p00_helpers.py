#!/usr/bin/env python3
"""Generator for blind test set M2 (12 EHC plans, Mereshire County Council, fictional).

Layouts: heading2-numbered, letter-column, shaded-heading-table (4 each).
Each plan is a dict: file, layout, title, front (list of label/value), sections
(list of (key, title, blocks)). Block kinds:
  ("sub", text)            sub-heading
  ("p", text)              paragraph
  ("bul", [items])         bulleted list (Word List Bullet style)
  ("num", [items])         numbered list (Word List Number style)
  ("lab", label, text)     paragraph with a bold label ("Job coaching:")
  ("tbl", headers, rows)   table
"""
import os
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

OUT = os.path.dirname(os.path.abspath(__file__))
PLANS_DIR = os.path.join(OUT, "plans")
COUNCIL = "Mereshire County Council"
PLANS = []


def plan(**kw):
    PLANS.append(kw)
    return kw


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def bold_para(container, text, size=None):
    p = container.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    if size:
        r.font.size = Pt(size)
    return p


def add_table(container, headers, rows, style="Table Grid", head_fill="E7E6E6"):
    t = container.add_table(rows=1, cols=len(headers))
    try:
        t.style = style
    except Exception:
        pass
    for i, h in enumerate(headers):
        c = t.rows[0].cells[i]
        c.text = ""
        r = c.paragraphs[0].add_run(h)
        r.bold = True
        if head_fill:
            shade(c, head_fill)
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    return t


def render_blocks(container, blocks, sub_style=None, first_para=None):
    """Render blocks into a Document or a table cell.
    sub_style: heading level for sub-headings in a Document (int) or None for bold paragraphs.
    first_para: an existing empty paragraph to reuse (cells start with one)."""
    def newp(style=None):
        nonlocal first_para
        if first_para is not None:
            p = first_para
            first_para = None
            if style:
                p.style = style
            return p
        return container.add_paragraph(style=style) if style else container.add_paragraph()

    for b in blocks:
        kind = b[0]
        if kind == "sub":
            if sub_style and hasattr(container, "add_heading"):
                container.add_heading(b[1], level=sub_style)
            else:
                p = newp()
                r = p.add_run(b[1])
                r.bold = True
        elif kind == "p":
            p = newp()
            p.add_run(b[1])
        elif kind == "bul":
            for it in b[1]:
                p = newp("List Bullet")
                p.add_run(it)
        elif kind == "num":
            for it in b[1]:
                p = newp("List Number")
                p.add_run(it)
        elif kind == "lab":
            p = newp()
            r = p.add_run(b[1] + " ")
            r.bold = True
            p.add_run(b[2])
        elif kind == "tbl":
            if first_para is not None:
                # keep the cell's first paragraph as a tiny spacer
                first_para = None
            add_table(container, b[1], b[2])
            if not hasattr(container, "add_heading"):
                container.add_paragraph()
        else:
            raise ValueError(kind)


def front_table(doc, front, fill=None):
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in front:
        cells = t.add_row().cells
        cells[0].text = ""
        r = cells[0].paragraphs[0].add_run(k)
        r.bold = True
        if fill:
            shade(cells[0], fill)
        cells[1].text = v
    return t


def base_doc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    for s in doc.sections:
        s.left_margin = s.right_margin = Cm(2)
    return doc


# ---------------------------------------------------------------- layouts
def render_heading2(p):
    doc = base_doc()
    doc.add_heading(p["title"], level=1)
    doc.add_paragraph(COUNCIL + " - Special Educational Needs and Disabilities (SEND) Service")
    front_table(doc, p["front"])
    for key, title, blocks in p["sections"]:
        doc.add_heading(f"Section {key}: {title}", level=2)
        render_blocks(doc, blocks, sub_style=3)
    return doc


def render_letter_column(p):
    doc = base_doc()
    h = doc.add_paragraph()
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = h.add_run(p["title"])
    r.bold = True
    r.font.size = Pt(16)
    doc.add_paragraph(COUNCIL + " - Special Educational Needs and Disabilities (SEND) Service").alignment = WD_ALIGN_PARAGRAPH.CENTER
    front_table(doc, p["front"], fill="F2F2F2")
    doc.add_paragraph()
    big = doc.add_table(rows=0, cols=2)
    big.style = "Table Grid"
    for key, title, blocks in p["sections"]:
        start = len(big.rows)
        row = big.add_row().cells
        row[1].text = ""
        rr = row[1].paragraphs[0].add_run(title)
        rr.bold = True
        shade(row[1], "DEEAF6")
        for b in blocks:
            cells = big.add_row().cells
            render_blocks(cells[1], [b], first_para=cells[1].paragraphs[0])
        end = len(big.rows) - 1
        m = big.cell(start, 0).merge(big.cell(end, 0)) if end > start else big.cell(start, 0)
        for extra in m.paragraphs[1:]:
            extra._element.getparent().remove(extra._element)
        m.paragraphs[0].text = ""
        lr = m.paragraphs[0].add_run(key)
        lr.bold = True
        lr.font.size = Pt(20)
        m.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        shade(m, "BDD7EE")
    for row in big.rows:
        row.cells[0].width = Cm(1.6)
        row.cells[1].width = Cm(15.4)
    return doc


def render_shaded(p):
    doc = base_doc()
    t = doc.add_table(rows=1, cols=1)
    c = t.rows[0].cells[0]
    shade(c, "1F4E79")
    r = c.paragraphs[0].add_run(p["title"])
    r.bold = True
    r.font.size = Pt(15)
    r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    doc.add_paragraph(COUNCIL + " | Special Educational Needs and Disabilities (SEND) Team")
    front_table(doc, p["front"])
    for key, title, blocks in p["sections"]:
        doc.add_paragraph()
        ht = doc.add_table(rows=1, cols=1)
        ht.style = "Table Grid"
        hc = ht.rows[0].cells[0]
        shade(hc, "C5E0B3")
        rr = hc.paragraphs[0].add_run(f"Section {key} - {title}")
        rr.bold = True
        rr.font.size = Pt(12)
        render_blocks(doc, blocks, sub_style=None)
    return doc


RENDER = {
    "heading2-numbered": render_heading2,
    "letter-column": render_letter_column,
    "shaded-heading-table": render_shaded,
}
