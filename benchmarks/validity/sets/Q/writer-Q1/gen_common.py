"""Rendering helpers for set Q1 (Kirkhallam City Council, fictional)."""
import copy
from docx import Document
from docx.shared import Pt, RGBColor
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.enum.text import WD_ALIGN_PARAGRAPH

COUNCIL = "Kirkhallam City Council"

def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement('w:shd')
    shd.set(qn('w:val'), 'clear'); shd.set(qn('w:color'), 'auto'); shd.set(qn('w:fill'), fill)
    tcPr.append(shd)

def cell_text(cell, text, bold=False, italic=False):
    """Replace a cell's contents with text; '\n\n' or list -> separate paragraphs."""
    paras = text if isinstance(text, list) else text.split('\n')
    first = cell.paragraphs[0]
    for p in cell.paragraphs[1:]:
        p._p.getparent().remove(p._p)
    for r in list(first.runs):
        r._r.getparent().remove(r._r)
    for h in first._p.findall(qn('w:hyperlink')):
        first._p.remove(h)
    style = first.style
    for i, t in enumerate(paras):
        p = first if i == 0 else cell.add_paragraph(style=style)
        add_rich(p, t, bold=bold, italic=italic)

def add_rich(p, text, bold=False, italic=False):
    """Very small markup: **bold** segments."""
    parts = text.split('**')
    for i, seg in enumerate(parts):
        if not seg:
            continue
        r = p.add_run(seg)
        r.bold = bold or (i % 2 == 1)
        r.italic = italic
    return p

def table(doc, headers, rows, widths=None, header_fill='D9D9D9', style='Table Grid'):
    t = doc.add_table(rows=1, cols=len(headers))
    t.style = style
    for i, h in enumerate(headers):
        cell_text(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], header_fill)
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cell_text(cells[i], v)
    return t
