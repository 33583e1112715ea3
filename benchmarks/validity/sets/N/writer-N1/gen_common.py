"""Shared helpers for the set N1 generator (Northmoor MBC style plans)."""
import copy
from docx import Document
from docx.shared import Pt, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

COUNCIL = "Northmoor Metropolitan Borough Council"
TEAM = "SEND Assessment and Review Team"


def shade(cell, fill="D9E2F3"):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def bold_para(doc, text, size=None, space_before=10):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    if size:
        r.font.size = Pt(size)
    p.paragraph_format.space_before = Pt(space_before)
    return p


def set_cell(cell, text, bold=False):
    """Replace a cell's content with text; '\n' starts a new paragraph."""
    parts = text.split("\n") if text is not None else [""]
    paras = cell.paragraphs
    for extra in paras[1:]:
        extra._element.getparent().remove(extra._element)
    first = cell.paragraphs[0]
    for r in list(first.runs):
        r._element.getparent().remove(r._element)
    run = first.add_run(parts[0])
    run.bold = bold
    for t in parts[1:]:
        np_ = cell.add_paragraph()
        rr = np_.add_run(t)
        rr.bold = bold
    return cell


def box(doc, text, fill="FFF2CC"):
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    c = t.rows[0].cells[0]
    shade(c, fill)
    lines = text.split("\n")
    set_cell(c, "")
    p = c.paragraphs[0]
    if ":" in lines[0]:
        head, rest = lines[0].split(":", 1)
        r = p.add_run(head + ":")
        r.bold = True
        p.add_run(rest)
    else:
        p.add_run(lines[0])
    for ln in lines[1:]:
        c.add_paragraph(ln)
    doc.add_paragraph()
    return t


def table(doc, header, rows, widths=None, header_fill="D9D9D9"):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], header_fill)
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            set_cell(cells[i], v)
    doc.add_paragraph()
    return t


def render_blocks(doc, blocks, list_styles=False):
    """Blocks: ('p',t) plain, ('lab',t) bold label, ('b',t) bullet, ('d',t) dash bullet,
    ('o',t) sub-bullet, ('n',t) numbered (text carries its number), ('box',t), ('table',hdr,rows)."""
    for blk in blocks:
        kind = blk[0]
        if kind == "p":
            doc.add_paragraph(blk[1])
        elif kind == "lab":
            p = doc.add_paragraph()
            r = p.add_run(blk[1])
            r.bold = True
            if not list_styles:
                r.underline = True
        elif kind in ("b", "d", "o"):
            if list_styles:
                st = "List Bullet 2" if kind == "o" else "List Bullet"
                doc.add_paragraph(blk[1], style=st)
            else:
                sym = {"b": "\u2022", "d": "-", "o": "o"}[kind]
                p = doc.add_paragraph(f"{sym}\t{blk[1]}")
                p.paragraph_format.left_indent = Pt(36 if kind == "o" else 18)
                p.paragraph_format.first_line_indent = Pt(-18)
        elif kind == "n":
            if list_styles:
                txt = blk[1].split(" ", 1)[1] if blk[1][0].isdigit() else blk[1]
                doc.add_paragraph(txt, style="List Number")
            else:
                p = doc.add_paragraph(blk[1])
                p.paragraph_format.left_indent = Pt(18)
                p.paragraph_format.first_line_indent = Pt(-18)
        elif kind == "box":
            box(doc, blk[1])
        elif kind == "table":
            table(doc, blk[1], blk[2])
        else:
            raise ValueError(kind)
