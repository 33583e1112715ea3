# ---------------------------------------------------------------------------
# Rendering engine: one function per layout. Plan content is neutral data:
#   plan = {file, layout, title, front: [(label, value)], sections: [(letter, title, blocks)]}
#   blocks: ("sub", text) | ("p", text) | ("bul", [..]) | ("num", [..]) | ("table", header, rows)
#   "**x**" inside text marks a bold run.
# ---------------------------------------------------------------------------
import re
from docx import Document
from docx.shared import Pt, RGBColor, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

COUNCIL = "Carrowford City Council"


def add_runs(par, text, bold_all=False):
    parts = re.split(r"(\*\*.+?\*\*)", text)
    for part in parts:
        if not part:
            continue
        if part.startswith("**") and part.endswith("**"):
            r = par.add_run(part[2:-2]); r.bold = True
        else:
            r = par.add_run(part)
            if bold_all:
                r.bold = True
    return par


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def set_cell_text(cell, text, bold=False, style=None):
    p = cell.paragraphs[0]
    if style:
        p.style = style
    add_runs(p, text, bold_all=bold)
    return p


def cell_par(cell, text="", style=None, bold=False, first=[False]):
    # reuse the empty first paragraph of a fresh cell
    if len(cell.paragraphs) == 1 and not cell.paragraphs[0].text and not cell.paragraphs[0].runs:
        p = cell.paragraphs[0]
        if style:
            p.style = style
    else:
        p = cell.add_paragraph(style=style)
    add_runs(p, text, bold_all=bold)
    return p


def grid_table(doc, header, rows, style="Table Grid", header_fill="D9E2F3"):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = style
    for i, h in enumerate(header):
        set_cell_text(t.rows[0].cells[i], h, bold=True)
        if header_fill:
            shade(t.rows[0].cells[i], header_fill)
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            set_cell_text(cells[i], v)
    return t


def front_matter(doc, plan, fill=None):
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in plan["front"]:
        c = t.add_row().cells
        set_cell_text(c[0], k, bold=True)
        if fill:
            shade(c[0], fill)
        set_cell_text(c[1], v)
    doc.add_paragraph()


def sec_label(letter):
    return "Section " + letter


# --- layout 1: heading2-numbered -------------------------------------------
def render_heading2(plan):
    doc = Document()
    doc.add_heading(plan["title"], level=1)
    doc.add_paragraph(COUNCIL + " - Education, Health and Care (EHC) plan")
    front_matter(doc, plan)
    for letter, title, blocks in plan["sections"]:
        doc.add_heading("%s: %s" % (sec_label(letter), title), level=2)
        n = 0
        for b in blocks:
            kind = b[0]
            if kind == "sub":
                n += 1
                doc.add_heading("%s%d %s" % (letter, n, b[1]), level=3)
            elif kind == "p":
                add_runs(doc.add_paragraph(), b[1])
            elif kind == "bul":
                for it in b[1]:
                    add_runs(doc.add_paragraph(style="List Bullet"), it)
            elif kind == "num":
                for it in b[1]:
                    add_runs(doc.add_paragraph(style="List Number"), it)
            elif kind == "table":
                grid_table(doc, b[1], b[2])
                doc.add_paragraph()
    return doc


# --- layout 2: letter-column -------------------------------------------------
def render_letter_column(plan):
    doc = Document()
    h = doc.add_paragraph(); add_runs(h, plan["title"], bold_all=True)
    h.runs[0].font.size = Pt(16)
    doc.add_paragraph(COUNCIL + " - Education, Health and Care (EHC) plan")
    front_matter(doc, plan, fill="EDEDED")
    for letter, title, blocks in plan["sections"]:
        width = 1 + max([len(b[1]) for b in blocks if b[0] == "table"] or [1])
        t = doc.add_table(rows=0, cols=width)
        t.style = "Table Grid"
        rows = []
        # title row
        r = t.add_row(); rows.append(r)
        right = r.cells[1].merge(r.cells[width - 1]) if width > 2 else r.cells[1]
        set_cell_text(right, title, bold=True)
        shade(right, "F2F2F2")
        for b in blocks:
            kind = b[0]
            if kind == "table":
                r = t.add_row(); rows.append(r)
                for i, hd in enumerate(b[1]):
                    set_cell_text(r.cells[1 + i], hd, bold=True)
                    shade(r.cells[1 + i], "F2F2F2")
                if len(b[1]) < width - 1:
                    r.cells[len(b[1])].merge(r.cells[width - 1])
                for row in b[2]:
                    r = t.add_row(); rows.append(r)
                    for i, v in enumerate(row):
                        set_cell_text(r.cells[1 + i], v)
                    if len(row) < width - 1:
                        r.cells[len(row)].merge(r.cells[width - 1])
                continue
            # text blocks: one merged row each (consecutive text blocks share a row)
            r = t.add_row(); rows.append(r)
            cell = r.cells[1].merge(r.cells[width - 1]) if width > 2 else r.cells[1]
            if kind == "sub":
                cell_par(cell, b[1], bold=True)
            elif kind == "p":
                cell_par(cell, b[1])
            elif kind in ("bul", "num"):
                st = "List Bullet" if kind == "bul" else "List Number"
                for it in b[1]:
                    cell_par(cell, it, style=st)
        # merge the letter column down the whole section
        top = rows[0].cells[0]
        col = top.merge(rows[-1].cells[0]) if len(rows) > 1 else top
        p = col.paragraphs[0]
        r = p.add_run(letter); r.bold = True; r.font.size = Pt(20)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        shade(col, "1F3864")
        r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        for row in t.rows:
            row.cells[0].width = Cm(1.5)
        doc.add_paragraph()
    return doc


# --- layout 3: shaded-heading-table -----------------------------------------
def render_shaded(plan):
    doc = Document()
    t = doc.add_table(rows=1, cols=1); t.style = "Table Grid"
    c = t.rows[0].cells[0]; shade(c, "385623")
    p = c.paragraphs[0]; r = p.add_run(plan["title"]); r.bold = True; r.font.size = Pt(16)
    r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    doc.add_paragraph(COUNCIL + " | Education, Health and Care (EHC) plan")
    front_matter(doc, plan, fill="E2EFD9")
    for letter, title, blocks in plan["sections"]:
        t = doc.add_table(rows=1, cols=1); t.style = "Table Grid"
        c = t.rows[0].cells[0]; shade(c, "C5E0B3")
        p = c.paragraphs[0]; r = p.add_run("%s - %s" % (letter, title)); r.bold = True; r.font.size = Pt(12)
        for b in blocks:
            kind = b[0]
            if kind == "sub":
                p = doc.add_paragraph(); add_runs(p, b[1], bold_all=True)
            elif kind == "p":
                add_runs(doc.add_paragraph(), b[1])
            elif kind == "bul":
                for it in b[1]:
                    add_runs(doc.add_paragraph(style="List Bullet"), it)
            elif kind == "num":
                for it in b[1]:
                    add_runs(doc.add_paragraph(style="List Number"), it)
            elif kind == "table":
                grid_table(doc, b[1], b[2], header_fill="E2EFD9")
        doc.add_paragraph()
    return doc


RENDER = {
    "heading2-numbered": render_heading2,
    "letter-column": render_letter_column,
    "shaded-heading-table": render_shaded,
}
