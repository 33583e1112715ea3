"""Shared helpers for the set J1 generator (python-docx)."""
import copy
import re
from docx import Document
from docx.shared import Pt, Cm
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

COUNCIL = "Marlshire County Council"

STAT = {
    "A": "The views, interests and aspirations of the child and his or her parents, or of the young person",
    "B": "The special educational needs of the child or young person",
    "C": "The health care needs of the child or young person which relate to their special educational needs",
    "D": "The social care needs of the child or young person which relate to their special educational needs or to a disability",
    "E": "The outcomes sought for the child or young person",
    "F": "The special educational provision required by the child or young person",
    "G": "Any health provision reasonably required by the learning difficulties or disabilities which result in the child or young person having special educational needs",
    "H1": "Social care provision which must be made for the child or young person under section 2 of the Chronically Sick and Disabled Persons Act 1970",
    "H2": "Any other social care provision reasonably required by the learning difficulties or disabilities which result in the child or young person having special educational needs",
    "I": "The name and type of the school, maintained nursery school, post-16 institution or other institution to be attended by the child or young person",
    "J": "Where there is a Personal Budget, the details of how it will support particular outcomes, the provision it will be used for and the arrangements for direct payments",
    "K": "The advice and information gathered during the EHC needs assessment",
}

QUESTION = {
    "A": "What is important to me and my family?",
    "B": "What do I need help with?",
    "C": "What are my health needs?",
    "D": "What are my social care needs?",
    "E": "What do we want to achieve?",
    "F": "What help will I get to learn?",
    "G": "What help will I get from health services?",
    "H1": "What help will I get from social care?",
    "H2": "What other social care help will I get?",
    "I": "Where will I learn?",
    "J": "Is there a Personal Budget?",
    "K": "Who gave advice for my plan?",
    "EF": "What do we want to achieve, and what help will I get?",
}

B_HEAD = ["What people find hard for me", "What this means in school"]
E_HEAD = ["Outcome", "Steps towards it", "Timescale"]
F_HEAD = ["What", "How often / how long", "Who", "Group size"]
EF_HEAD = ["Outcome", "Provision", "Frequency", "Who"]


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    for old in tcPr.findall(qn("w:shd")):
        tcPr.remove(old)
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def add_runs(p, text, bold=False):
    for part in re.split(r"(\*\*.+?\*\*)", text):
        if not part:
            continue
        if part.startswith("**") and part.endswith("**"):
            r = p.add_run(part[2:-2])
            r.bold = True
        else:
            r = p.add_run(part)
            if bold:
                r.bold = True


def fill_cell(cell, text, bold=False):
    lines = text.split("\n") if isinstance(text, str) else list(text)
    for p in cell.paragraphs[1:]:
        p._p.getparent().remove(p._p)
    p0 = cell.paragraphs[0]
    for child in list(p0._p):
        if child.tag != qn("w:pPr"):
            p0._p.remove(child)
    for i, line in enumerate(lines):
        p = p0 if i == 0 else cell.add_paragraph()
        add_runs(p, line, bold=bold)


def add_table(doc, headers, rows, fill="D9E2F3", widths=None):
    t = doc.add_table(rows=1, cols=len(headers))
    t.style = "Table Grid"
    for i, h in enumerate(headers):
        c = t.rows[0].cells[i]
        fill_cell(c, h, bold=True)
        shade(c, fill)
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            fill_cell(cells[i], v)
    if widths:
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = Cm(w)
    return t


def new_doc():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    return d


def insert_paragraph_after(anchor_el, parent, text, bold=False, style=None):
    new_p = OxmlElement("w:p")
    anchor_el.addnext(new_p)
    para = Paragraph(new_p, parent)
    if style:
        para.style = style
    add_runs(para, text, bold=bold)
    return para


# ---------------------------------------------------------------- renderers
def render_blocks(doc, blocks, layout, opts):
    bullet = opts.get("bullet", "\u2022")
    subbullet = opts.get("subbullet", "o")
    tsep = opts.get("title_sep", " \u2013 ")
    for b in blocks:
        kind = b[0]
        if kind == "heading":
            p = doc.add_paragraph()
            r = p.add_run(b[1])
            r.bold = True
            r.font.size = Pt(16)
        elif kind == "front":
            if layout == "bold-statutory":
                for label, value in b[1]:
                    p = doc.add_paragraph()
                    add_runs(p, f"**{label}:** {value}")
            else:
                t = doc.add_table(rows=0, cols=2)
                t.style = "Table Grid"
                for label, value in b[1]:
                    cells = t.add_row().cells
                    fill_cell(cells[0], label, bold=True)
                    shade(cells[0], "E2EFDA")
                    fill_cell(cells[1], value)
                doc.add_paragraph()
        elif kind == "title":
            key, q = b[1], QUESTION[b[1]]
            if layout == "bold-statutory":
                p = doc.add_paragraph()
                p.paragraph_format.space_before = Pt(12)
                add_runs(p, f"Section {key}: {STAT[key]}{tsep}{q}", bold=True)
            else:
                if key == "EF":
                    doc.add_heading(f"Sections E and F \u2013 {q}", level=2)
                else:
                    doc.add_heading(f"Section {key} \u2013 {q}", level=2)
        elif kind == "p":
            p = doc.add_paragraph()
            add_runs(p, b[1])
        elif kind == "bp":
            if layout == "bold-statutory":
                p = doc.add_paragraph()
                add_runs(p, b[1], bold=True)
            else:
                doc.add_heading(b[1], level=3)
        elif kind == "bul":
            if layout == "bold-statutory":
                p = doc.add_paragraph()
                p.paragraph_format.left_indent = Cm(0.6)
                add_runs(p, f"{bullet} {b[1]}")
            else:
                p = doc.add_paragraph(style="List Bullet")
                add_runs(p, b[1])
        elif kind == "sub":
            if layout == "bold-statutory":
                p = doc.add_paragraph()
                p.paragraph_format.left_indent = Cm(1.4)
                add_runs(p, f"{subbullet} {b[1]}")
            else:
                p = doc.add_paragraph(style="List Bullet 2")
                add_runs(p, b[1])
        elif kind == "tbl":
            add_table(doc, b[1], b[2], widths=b[3] if len(b) > 3 else None)
            doc.add_paragraph()
        elif kind == "barea":
            p = doc.add_paragraph()
            add_runs(p, b[1], bold=True)
            add_table(doc, B_HEAD, b[2], fill="FCE4D6", widths=[6.5, 10])
            doc.add_paragraph()
        elif kind == "ef":
            t = doc.add_table(rows=1, cols=4)
            t.style = "Table Grid"
            for i, h in enumerate(EF_HEAD):
                fill_cell(t.rows[0].cells[i], h, bold=True)
                shade(t.rows[0].cells[i], "D9E2F3")
            for outcome, provs in b[1]:
                first = None
                for j, (prov, freq, who) in enumerate(provs):
                    cells = t.add_row().cells
                    if j == 0:
                        first = cells[0]
                        fill_cell(cells[0], outcome)
                    fill_cell(cells[1], prov)
                    fill_cell(cells[2], freq)
                    fill_cell(cells[3], who)
                    last = cells[0]
                if len(provs) > 1:
                    merged = first.merge(last)
                    fill_cell(merged, outcome)
            for row in t.rows:
                for i, w in enumerate([4.8, 6.2, 3.2, 3.2]):
                    row.cells[i].width = Cm(w)
            doc.add_paragraph()
        else:
            raise ValueError(kind)


# ---------------------------------------------------------------- text dump
def docx_text(path):
    """All text of a docx: paragraphs and table cells in body order (merged cells once)."""
    d = Document(path)
    out = []

    def walk_table(t):
        for row in t.rows:
            seen = set()
            for c in row.cells:
                if id(c._tc) in seen:
                    continue
                seen.add(id(c._tc))
                for p in c.paragraphs:
                    out.append(p.text)
                for nt in c.tables:
                    walk_table(nt)

    from docx.table import Table
    for el in d.element.body.iterchildren():
        tag = el.tag.split("}")[1]
        if tag == "p":
            out.append(Paragraph(el, d).text)
        elif tag == "tbl":
            walk_table(Table(el, d))
    return "\n".join(out)
