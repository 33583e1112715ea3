"""Generator for blind test set O2 (Fellshire County Council, fictional rural county in the far North West).
Builds o201.docx ... o212.docx in ./plans using three layouts:
heading2-numbered, letter-column, shaded-heading-table."""
import os, re, sys
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.join(HERE, "plans")

LONG = {
 "A": "Section A: The views, interests and aspirations of the child and his or her parents, or of the young person",
 "B": "Section B: The child or young person's special educational needs",
 "C": "Section C: The child or young person's health needs which relate to their special educational needs",
 "D": "Section D: The child or young person's social care needs which relate to their special educational needs or to a disability",
 "E": "Section E: The outcomes sought for the child or young person",
 "F": "Section F: The special educational provision required by the child or young person",
 "G": "Section G: Any health provision reasonably required by the learning difficulties or disabilities which result in the child or young person having special educational needs",
 "H1": "Section H1: Social care provision which must be made for the child or young person under section 2 of the Chronically Sick and Disabled Persons Act 1970",
 "H2": "Section H2: Any other social care provision reasonably required by the learning difficulties or disabilities which result in the child or young person having special educational needs",
 "I": "Section I: The name and type of the school or other institution to be attended by the child or young person",
 "J": "Section J: Personal budget (including arrangements for direct payments)",
 "K": "Section K: Advice and information gathered during the EHC needs assessment",
}
SHORT = {
 "A": "Views, interests and aspirations", "B": "Special educational needs",
 "C": "Health needs", "D": "Social care needs", "E": "Outcomes",
 "F": "Special educational provision", "G": "Health provision",
 "H1": "Social care provision (section 2, Chronically Sick and Disabled Persons Act 1970)",
 "H2": "Other social care provision", "I": "Placement", "J": "Personal budget",
 "K": "Advice and information",
}


def add_runs(par, text, bold_all=False, color=None, size=None):
    parts = re.split(r"(\*\*.*?\*\*)", text)
    for part in parts:
        if not part:
            continue
        b = bold_all
        if part.startswith("**") and part.endswith("**"):
            part = part[2:-2]
            b = True
        r = par.add_run(part)
        r.bold = b
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
        if size:
            r.font.size = Pt(size)
    return par


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def fill_table(table, rows, header=True, header_fill="D9D9D9"):
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell = table.cell(i, j)
            cell.text = ""
            add_runs(cell.paragraphs[0], val, bold_all=(header and i == 0))
            if header and i == 0 and header_fill:
                shade(cell, header_fill)


def new_table(container, rows, header=True, header_fill="D9D9D9"):
    ncol = max(len(r) for r in rows)
    t = container.add_table(rows=len(rows), cols=ncol)
    t.style = "Table Grid"
    fill_table(t, rows, header, header_fill)
    return t


def render_blocks(container, blocks, heading_fn):
    """container: Document or _Cell. heading_fn(container, text) renders a sub-heading."""
    for blk in blocks:
        kind, val = blk[0], blk[1]
        if kind == "p":
            add_runs(container.add_paragraph(), val)
        elif kind == "h":
            heading_fn(container, val)
        elif kind == "b":
            for item in val:
                add_runs(container.add_paragraph(style="List Bullet"), item)
        elif kind == "n":
            for item in val:
                add_runs(container.add_paragraph(style="List Number"), item)
        elif kind == "t":
            new_table(container, val)
            container.add_paragraph()
        else:
            raise ValueError(kind)


def front_table(doc, front, fill="EDEDED"):
    t = doc.add_table(rows=len(front), cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate(front):
        c0, c1 = t.cell(i, 0), t.cell(i, 1)
        c0.text = ""; c1.text = ""
        add_runs(c0.paragraphs[0], k, bold_all=True)
        shade(c0, fill)
        add_runs(c1.paragraphs[0], v)
    return t


# ---------------- layout 1: heading2-numbered ----------------
def build_heading2(plan):
    doc = Document()
    doc.add_heading(plan["title"], 1)
    if plan.get("subtitle"):
        doc.add_paragraph(plan["subtitle"])
    front_table(doc, plan["front"])
    doc.add_paragraph()
    for letter, blocks in plan["sections"]:
        title = f"Section {letter}: {plan.get('short', SHORT).get(letter, SHORT[letter])}"
        doc.add_heading(title, 2)
        render_blocks(doc, blocks, lambda c, t: c.add_heading(t, 3))
    return doc


# ---------------- layout 2: letter-column ----------------
def build_letter_column(plan):
    doc = Document()
    p = doc.add_paragraph(); add_runs(p, plan["title"], bold_all=True, size=16)
    if plan.get("subtitle"):
        doc.add_paragraph(plan["subtitle"])
    front_table(doc, plan["front"], fill="DEEAF6")
    doc.add_paragraph()
    for letter, blocks in plan["sections"]:
        rows = 1 + len(blocks)
        t = doc.add_table(rows=rows, cols=2)
        t.style = "Table Grid"
        for r in t.rows:
            r.cells[0].width = Cm(1.6)
            r.cells[1].width = Cm(15.4)
        left = t.cell(0, 0).merge(t.cell(rows - 1, 0))
        left.text = ""
        add_runs(left.paragraphs[0], letter, bold_all=True, size=20)
        shade(left, "DEEAF6")
        head = t.cell(0, 1)
        head.text = ""
        add_runs(head.paragraphs[0], LONG[letter].split(": ", 1)[1], bold_all=True)
        shade(head, "F2F2F2")
        for i, blk in enumerate(blocks, start=1):
            cell = t.cell(i, 1)
            cell.text = ""
            first = cell.paragraphs[0]
            kind, val = blk
            if kind == "p":
                add_runs(first, val)
            elif kind == "h":
                add_runs(first, val, bold_all=True)
            elif kind in ("b", "n"):
                style = "List Bullet" if kind == "b" else "List Number"
                first.style = doc.styles[style]
                add_runs(first, val[0])
                for item in val[1:]:
                    add_runs(cell.add_paragraph(style=style), item)
            elif kind == "t":
                new_table(cell, val)
        doc.add_paragraph()
    return doc


# ---------------- layout 3: shaded-heading-table ----------------
def shaded_heading(doc, text, fill="1F4E79", color="FFFFFF"):
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    c = t.cell(0, 0); c.text = ""
    add_runs(c.paragraphs[0], text, bold_all=True, color=color, size=12)
    shade(c, fill)
    doc.add_paragraph()


def build_shaded(plan):
    doc = Document()
    p = doc.add_paragraph(); add_runs(p, plan["title"], bold_all=True, size=16)
    if plan.get("subtitle"):
        doc.add_paragraph(plan["subtitle"])
    shaded_heading(doc, "About this plan", fill="A6A6A6", color="000000")
    front_table(doc, plan["front"], fill="F2F2F2")
    doc.add_paragraph()
    fill = plan.get("fill", "1F4E79")
    for letter, blocks in plan["sections"]:
        shaded_heading(doc, LONG[letter], fill=fill)
        render_blocks(doc, blocks, lambda c, t: add_runs(c.add_paragraph(), t, bold_all=True))
    return doc


BUILDERS = {"heading2-numbered": build_heading2, "letter-column": build_letter_column,
            "shaded-heading-table": build_shaded}


def main():
    os.makedirs(OUT, exist_ok=True)
    from plans_a import PLANS as A
    from plans_b import PLANS as B
    from plans_c import PLANS as C
    for plan in A + B + C:
        doc = BUILDERS[plan["layout"]](plan)
        path = os.path.join(OUT, plan["file"])
        doc.save(path)
        print("wrote", path)


if __name__ == "__main__":
    main()
