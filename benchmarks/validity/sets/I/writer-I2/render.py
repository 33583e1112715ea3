"""Renderers for the three layouts used by set I2 (imported by generate.py)."""
from docx import Document
from docx.shared import Pt, RGBColor
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

LA = "London Borough of Eastmere"
TITLES = {
    "A": "Views, interests and aspirations of the child and their parents, or of the young person",
    "B": "Special educational needs",
    "C": "Health needs related to SEN or disability",
    "D": "Social care needs related to SEN or disability",
    "E": "Outcomes",
    "F": "Special educational provision",
    "G": "Health provision",
    "H1": "Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970",
    "H2": "Other social care provision",
    "I": "Placement",
    "J": "Personal budget",
    "K": "Advice and information gathered during the EHC needs assessment",
}


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def add_table(container, header, rows, style="Table Grid"):
    t = container.add_table(rows=1, cols=len(header))
    t.style = style
    for i, h in enumerate(header):
        c = t.rows[0].cells[i]
        c.text = ""
        r = c.paragraphs[0].add_run(h)
        r.bold = True
        shade(c, "D9E2F3")
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    return t


def blocks_into(container, blocks, numbered_heads=False):
    """container: Document or _Cell."""
    for b in blocks:
        kind = b[0]
        if kind == "p":
            container.add_paragraph(b[1])
        elif kind == "h":
            if numbered_heads and hasattr(container, "add_heading"):
                container.add_heading(b[1], level=3)
            else:
                p = container.add_paragraph()
                r = p.add_run(b[1])
                r.bold = True
        elif kind == "b":
            for it in b[1]:
                container.add_paragraph(it, style="List Bullet")
        elif kind == "n":
            for it in b[1]:
                container.add_paragraph(it, style="List Number")
        elif kind == "t":
            add_table(container, b[1], b[2])
            container.add_paragraph("")


def front_table(doc, plan):
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in plan["front"]:
        cells = t.add_row().cells
        cells[0].text = ""
        cells[0].paragraphs[0].add_run(k).bold = True
        cells[1].text = v
        shade(cells[0], "EDEDED")
    doc.add_paragraph("")


def title(doc, plan):
    p = doc.add_paragraph()
    r = p.add_run(LA)
    r.bold = True
    r.font.size = Pt(12)
    doc.add_heading("Education, Health and Care Plan", level=1)


def render_heading2(plan, path):
    doc = Document()
    title(doc, plan)
    front_table(doc, plan)
    for letter, blocks in plan["secs"]:
        doc.add_heading(f"Section {letter}: {TITLES[letter]}", level=2)
        blocks_into(doc, blocks, numbered_heads=True)
    doc.save(path)


def render_letter_column(plan, path):
    doc = Document()
    title(doc, plan)
    front_table(doc, plan)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for letter, blocks in plan["secs"]:
        first = t.add_row()
        first.cells[1].text = ""
        first.cells[1].paragraphs[0].add_run(TITLES[letter]).bold = True
        shade(first.cells[1], "F2F2F2")
        rows = [first]
        # group blocks: a heading starts a new row
        chunks, cur = [], []
        for b in blocks:
            if b[0] == "h" and cur:
                chunks.append(cur)
                cur = []
            cur.append(b)
        if cur:
            chunks.append(cur)
        for ch in chunks:
            row = t.add_row()
            cell = row.cells[1]
            cell.text = ""
            first_p = cell.paragraphs[0]
            # put the first block in the existing paragraph when it is text
            if ch[0][0] in ("p", "h"):
                run = first_p.add_run(ch[0][1])
                run.bold = ch[0][0] == "h"
                rest = ch[1:]
            else:
                rest = ch
            blocks_into(cell, rest)
            rows.append(row)
        top = rows[0].cells[0]
        if len(rows) > 1:
            top = top.merge(rows[-1].cells[0])
        top.text = ""
        r = top.paragraphs[0].add_run(letter)
        r.bold = True
        r.font.size = Pt(16)
        shade(top, "BDD7EE")
    doc.save(path)


def render_shaded(plan, path):
    doc = Document()
    title(doc, plan)
    front_table(doc, plan)
    for letter, blocks in plan["secs"]:
        ht = doc.add_table(rows=1, cols=1)
        ht.style = "Table Grid"
        c = ht.rows[0].cells[0]
        c.text = ""
        r = c.paragraphs[0].add_run(f"Section {letter} – {TITLES[letter]}")
        r.bold = True
        r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        shade(c, "1F4E79")
        blocks_into(doc, blocks)
    doc.save(path)


RENDER = {
    "heading2-numbered": render_heading2,
    "letter-column": render_letter_column,
    "shaded-heading-table": render_shaded,
}
