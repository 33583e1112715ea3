"""Generate set N2 plans (Wealdshire County Council, fictional) with python-docx.
Layouts: heading2-numbered (n201-n204), letter-column (n205-n208), shaded-heading-table (n209-n212)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from common import LONG, SHORT
import content_a, content_b, content_c

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "plans")
ORDER = ["A", "B", "C", "D", "E", "F", "G", "H1", "H2", "I", "J", "K"]


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def base_doc():
    d = Document()
    st = d.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(11)
    return d


def add_table(container, rows, header_fill="D9E2F3"):
    t = container.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = t.cell(i, j); c.text = ""
            run = c.paragraphs[0].add_run(v)
            if i == 0:
                run.bold = True; shade(c, header_fill)
    return t


def front_table(d, front):
    t = d.add_table(rows=len(front), cols=2); t.style = "Table Grid"
    for i, (k, v) in enumerate(front):
        a, b = t.cell(i, 0), t.cell(i, 1)
        a.text = ""; a.paragraphs[0].add_run(k).bold = True; shade(a, "F2F2F2")
        b.text = v
    return t


def render_blocks(container, blocks, sub_style=None, list_mode="word"):
    """container: Document or _Cell. sub_style: heading style name or None (bold paragraph)."""
    for b in blocks:
        kind = b[0]
        if kind == "p":
            container.add_paragraph(b[1])
        elif kind == "quote":
            p = container.add_paragraph(); r = p.add_run("“" + b[1] + "”"); r.italic = True
            p.paragraph_format.left_indent = Cm(1)
        elif kind == "sub":
            if sub_style:
                container.add_paragraph(b[1], style=sub_style)
            else:
                p = container.add_paragraph(); p.add_run(b[1]).bold = True
        elif kind in ("ul", "ol"):
            for n, item in enumerate(b[1], 1):
                if list_mode == "word":
                    container.add_paragraph(item, style="List Bullet" if kind == "ul" else "List Number")
                else:  # hand-typed
                    mark = "•" if kind == "ul" else f"{n}."
                    p = container.add_paragraph(f"{mark}\t{item}")
                    p.paragraph_format.left_indent = Cm(0.75); p.paragraph_format.first_line_indent = Cm(-0.75)
        elif kind == "table":
            add_table(container, b[1])
            if hasattr(container, "add_paragraph") and not hasattr(container, "_tc"):
                container.add_paragraph()
        else:
            raise ValueError(kind)


def render_heading2(plan):
    d = base_doc()
    d.add_heading(plan["title"], level=1)
    d.add_paragraph("Wealdshire County Council, SEND Service (Special Educational Needs and Disabilities)")
    front_table(d, plan["front"]); d.add_paragraph()
    secs = dict(plan["sections"])
    for n, code in enumerate(ORDER, 1):
        d.add_heading(f"{n}. {LONG[code]}", level=2)
        render_blocks(d, secs[code], sub_style="Heading 3")
    d.save(os.path.join(OUT, plan["file"]))


def render_letter_column(plan):
    d = base_doc()
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(1.8)
    p = d.add_paragraph(); r = p.add_run(plan["title"]); r.bold = True; r.font.size = Pt(14)
    front_table(d, plan["front"]); d.add_paragraph()
    secs = dict(plan["sections"])
    for code in ORDER:
        blocks = secs[code]
        # one row for the section title, then one row per block; tables nest inside the cell
        t = d.add_table(rows=1 + len(blocks), cols=2); t.style = "Table Grid"
        left = t.cell(0, 0).merge(t.cell(len(blocks), 0))
        left.text = ""; lr = left.paragraphs[0].add_run(code); lr.bold = True; lr.font.size = Pt(20)
        left.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        shade(left, "BDD7EE"); left.width = Cm(1.6)
        for row in t.rows:
            row.cells[0].width = Cm(1.6); row.cells[1].width = Cm(15.8)
        title = t.cell(0, 1); title.text = ""; title.paragraphs[0].add_run(SHORT[code]).bold = True
        shade(title, "DEEAF6")
        for i, b in enumerate(blocks, 1):
            c = t.cell(i, 1); c.text = ""
            first = c.paragraphs[0]
            if b[0] == "p":
                first.add_run(b[1])
            elif b[0] == "sub":
                first.add_run(b[1]).bold = True
            else:
                render_blocks(c, [b], list_mode="word")
                if not first.text and len(c.paragraphs) > 1:
                    first._element.getparent().remove(first._element)
        d.add_paragraph()
    d.save(os.path.join(OUT, plan["file"]))


def render_shaded(plan):
    d = base_doc()
    p = d.add_paragraph(); r = p.add_run("WEALDSHIRE COUNTY COUNCIL"); r.bold = True
    p = d.add_paragraph(); r = p.add_run(plan["title"]); r.bold = True; r.font.size = Pt(16)
    front_table(d, plan["front"]); d.add_paragraph()
    secs = dict(plan["sections"])
    for code in ORDER:
        t = d.add_table(rows=1, cols=1); t.style = "Table Grid"
        c = t.cell(0, 0); c.text = ""
        rr = c.paragraphs[0].add_run(LONG[code]); rr.bold = True
        shade(c, plan.get("shade", "D9D9D9"))
        render_blocks(d, secs[code], sub_style=None, list_mode="word")
        d.add_paragraph()
    d.save(os.path.join(OUT, plan["file"]))


RENDER = {"heading2-numbered": render_heading2, "letter-column": render_letter_column,
          "shaded-heading-table": render_shaded}

if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    for plan in content_a.PLANS + content_b.PLANS + content_c.PLANS:
        RENDER[plan["layout"]](plan)
        print("wrote", plan["file"])
