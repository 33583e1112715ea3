#!/usr/bin/env python3
"""Build set AJ2 (Holmroyd Metropolitan Borough Council) EHC plans aj201-aj212.

Plan text lives in plans_*.py as a small line-based markup:
  ==FRONT / ==A ... ==K   start the front matter or a section
  ### text                sub-heading
  - text                  bullet
  1) text                 numbered item
  @ title                 an outcome / provision item; following '> Label: value' lines are its fields
  | a | b | c             table row (first row of a run is the header)
  ! text                  bold paragraph
  anything else           a paragraph
One renderer per layout: bold-statutory, heading2-numbered, shaded-heading-table.
"""
import os, re, sys
import docx
from docx.shared import Pt, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.join(HERE, "plans")

COUNCIL = "Holmroyd Metropolitan Borough Council"
ORDER = ["A", "B", "C", "D", "E", "F", "G", "H1", "H2", "I", "J", "K"]

LONG = {
    "A": "Section A: The views, interests and aspirations of the child and his or her parents, or of the young person",
    "B": "Section B: The special educational needs of the child or young person",
    "C": "Section C: The health care needs of the child or young person which relate to their special educational needs",
    "D": "Section D: The social care needs of the child or young person which relate to their special educational needs or to a disability",
    "E": "Section E: The outcomes sought for the child or young person",
    "F": "Section F: The special educational provision required by the child or young person",
    "G": "Section G: Any health care provision reasonably required by the learning difficulties or disabilities which result in the child or young person having special educational needs",
    "H1": "Section H1: Any social care provision which must be made for the child or young person as a result of section 2 of the Chronically Sick and Disabled Persons Act 1970",
    "H2": "Section H2: Any other social care provision reasonably required by the learning difficulties or disabilities which result in the child or young person having special educational needs",
    "I": "Section I: The name of the school, maintained nursery school, post-16 institution or other institution to be attended by the child or young person and the type of that institution",
    "J": "Section J: Where any special educational provision is to be secured by a direct payment, the special educational needs and outcomes to be met by the direct payment",
    "K": "Section K: The advice and information gathered during the EHC needs assessment",
}
SHORT = {
    "A": "Views, interests and aspirations",
    "B": "Special educational needs",
    "C": "Health needs",
    "D": "Social care needs",
    "E": "Outcomes",
    "F": "Special educational provision",
    "G": "Health provision",
    "H1": "Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970",
    "H2": "Other social care provision",
    "I": "Placement",
    "J": "Personal budget",
    "K": "Advice and information",
}


def parse(text):
    """Return {'FRONT': [(label, value)], 'A': [blocks], ...}."""
    secs, cur = {}, None
    for raw in text.strip("\n").split("\n"):
        line = raw.rstrip()
        if line.startswith("=="):
            cur = line[2:].strip()
            secs[cur] = []
            continue
        if not line.strip():
            continue
        blocks = secs[cur]
        if cur == "FRONT":
            lab, val = line.split(":", 1)
            blocks.append((lab.strip(), val.strip()))
        elif line.startswith("### "):
            blocks.append(("sub", line[4:].strip()))
        elif line.startswith("- "):
            blocks.append(("bul", line[2:].strip()))
        elif re.match(r"^\d+\) ", line):
            blocks.append(("num", line.split(") ", 1)[1].strip()))
        elif line.startswith("@ "):
            blocks.append(("item", line[2:].strip(), []))
        elif line.startswith("> "):
            lab, val = line[2:].split(":", 1)
            blocks[-1][2].append((lab.strip(), val.strip()))
        elif line.startswith("|"):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if blocks and blocks[-1][0] == "tbl":
                blocks[-1][1].append(cells)
            else:
                blocks.append(("tbl", [cells]))
        elif line.startswith("! "):
            blocks.append(("bold", line[2:].strip()))
        else:
            blocks.append(("p", line.strip()))
    return secs


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def bold_para(doc, text, size=None, align=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    if size:
        r.font.size = Pt(size)
    if align:
        p.alignment = align
    return p


def label_para(doc, label, value, prefix="", style=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    if prefix:
        p.add_run(prefix)
    r = p.add_run(label + ": ")
    r.bold = True
    p.add_run(value)
    return p


def add_table(doc, rows, header_fill=None):
    ncol = max(len(r) for r in rows)
    t = doc.add_table(rows=0, cols=ncol)
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        cells = t.add_row().cells
        for j in range(ncol):
            cells[j].text = r[j] if j < len(r) else ""
            if i == 0:
                for run in cells[j].paragraphs[0].runs:
                    run.bold = True
                if header_fill:
                    shade(cells[j], header_fill)
    doc.add_paragraph()
    return t


# ---------------------------------------------------------------- renderers
def render_bold_statutory(plan, secs):
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    bullet = plan.get("bullet", "\u2022")
    sub_bullet = plan.get("sub_bullet", "-")
    bold_para(doc, COUNCIL, 14, WD_ALIGN_PARAGRAPH.CENTER)
    bold_para(doc, "Education, Health and Care (EHC) Plan", 14, WD_ALIGN_PARAGRAPH.CENTER)
    for lab, val in secs["FRONT"]:
        label_para(doc, lab, val)
    doc.add_paragraph()
    for s in ORDER:
        bold_para(doc, LONG[s])
        for b in secs[s]:
            k = b[0]
            if k == "sub":
                p = doc.add_paragraph()
                r = p.add_run(b[1]); r.bold = True; r.underline = True
            elif k == "bold":
                bold_para(doc, b[1])
            elif k == "p":
                doc.add_paragraph(b[1])
            elif k == "bul":
                doc.add_paragraph(bullet + " " + b[1])
            elif k == "num":
                n = sum(1 for x in secs[s][: secs[s].index(b)] if x[0] == "num") + 1
                doc.add_paragraph("%d. %s" % (n, b[1]))
            elif k == "item":
                bold_para(doc, b[1])
                for lab, val in b[2]:
                    label_para(doc, lab, val, prefix=sub_bullet + " ")
            elif k == "tbl":
                add_table(doc, b[1])
        doc.add_paragraph()
    return doc


def render_heading2(plan, secs):
    doc = docx.Document()
    doc.add_heading(COUNCIL, level=1)
    doc.add_paragraph("Education, Health and Care (EHC) Plan")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for lab, val in secs["FRONT"]:
        c = t.add_row().cells
        c[0].text = lab
        c[0].paragraphs[0].runs[0].bold = True
        c[1].text = val
    doc.add_paragraph()
    for s in ORDER:
        doc.add_heading("Section %s \u2013 %s" % (s, SHORT[s]), level=2)
        for b in secs[s]:
            k = b[0]
            if k == "sub":
                doc.add_heading(b[1], level=3)
            elif k == "bold":
                bold_para(doc, b[1])
            elif k == "p":
                doc.add_paragraph(b[1])
            elif k == "bul":
                doc.add_paragraph(b[1], style="List Bullet")
            elif k == "num":
                doc.add_paragraph(b[1], style="List Number")
            elif k == "item":
                doc.add_heading(b[1], level=3)
                for lab, val in b[2]:
                    label_para(doc, lab, val, style="List Bullet")
            elif k == "tbl":
                add_table(doc, b[1])
    return doc


def render_shaded(plan, secs):
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    bold_para(doc, COUNCIL, 14)
    bold_para(doc, "Education, Health and Care (EHC) Plan", 13)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for lab, val in secs["FRONT"]:
        c = t.add_row().cells
        c[0].text = lab
        c[0].paragraphs[0].runs[0].bold = True
        shade(c[0], "E7E6E6")
        c[1].text = val
    doc.add_paragraph()
    for s in ORDER:
        h = doc.add_table(rows=1, cols=1)
        h.style = "Table Grid"
        cell = h.rows[0].cells[0]
        cell.text = ""
        r = cell.paragraphs[0].add_run("Section %s: %s" % (s, SHORT[s]))
        r.bold = True
        r.font.size = Pt(12)
        r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        shade(cell, "1F4E79")
        doc.add_paragraph()
        for b in secs[s]:
            k = b[0]
            if k == "sub":
                p = doc.add_paragraph()
                rr = p.add_run(b[1]); rr.bold = True; rr.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
            elif k == "bold":
                bold_para(doc, b[1])
            elif k == "p":
                doc.add_paragraph(b[1])
            elif k == "bul":
                doc.add_paragraph(b[1], style="List Bullet")
            elif k == "num":
                doc.add_paragraph(b[1], style="List Number")
            elif k == "item":
                it = doc.add_table(rows=1, cols=2)
                it.style = "Table Grid"
                a, bcell = it.rows[0].cells
                m = a.merge(bcell)
                m.text = ""
                rr = m.paragraphs[0].add_run(b[1]); rr.bold = True
                shade(m, "DEEAF6")
                for lab, val in b[2]:
                    c = it.add_row().cells
                    c[0].text = lab
                    c[1].text = val
                doc.add_paragraph()
            elif k == "tbl":
                add_table(doc, b[1], header_fill="DEEAF6")
    return doc


RENDER = {
    "bold-statutory": render_bold_statutory,
    "heading2-numbered": render_heading2,
    "shaded-heading-table": render_shaded,
}


def all_plans():
    import plans_1, plans_2, plans_3
    return plans_1.PLANS + plans_2.PLANS + plans_3.PLANS


def main():
    os.makedirs(OUT, exist_ok=True)
    for plan in all_plans():
        secs = parse(plan["text"])
        missing = [s for s in ["FRONT"] + ORDER if s not in secs]
        assert not missing, (plan["id"], missing)
        doc = RENDER[plan["layout"]](plan, secs)
        path = os.path.join(OUT, plan["id"] + ".docx")
        doc.save(path)
        print("wrote", path)
    write_labels()


def write_labels():
    import yaml, labels_src
    data = labels_src.build()
    with open(os.path.join(HERE, "labels.yaml"), "w") as fh:
        yaml.safe_dump(data, fh, sort_keys=False, allow_unicode=True, width=1000)
    print("wrote labels.yaml")


if __name__ == "__main__":
    main()
