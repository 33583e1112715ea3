#!/usr/bin/env python3
"""Generator for blind test set AA2 (Wyeland County Council, fictional).

Plan text lives as Python data in data/aa2NN.py (one module per plan, variable P).
One renderer per layout: bold-statutory, ef-table, shaded-heading-table.

Block mini-language used in the data:
  "## text"   sub-heading
  "- text"    bullet          "-- text"  second-level bullet
  ("table", header_list, rows_list)   a plain table
  any other string                    a paragraph
"""
import importlib.util
import os
import sys

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "plans")

COUNCIL = "Wyeland County Council"
PLAN_TITLE = "Education, Health and Care (EHC) Plan"

LONG_TITLES = {
    "A": "Section A: The views, interests and aspirations of the child and his or her parents, or of the young person",
    "B": "Section B: The child or young person's special educational needs",
    "C": "Section C: The child or young person's health care needs which relate to their special educational needs",
    "D": "Section D: The child or young person's social care needs which relate to their special educational needs or to a disability",
    "E": "Section E: The outcomes sought for the child or the young person",
    "F": "Section F: The special educational provision required by the child or the young person",
    "G": "Section G: Any health care provision reasonably required by the learning difficulties or disabilities which result in the child or young person having special educational needs",
    "H1": "Section H1: Any social care provision which must be made for the child or young person as a result of section 2 of the Chronically Sick and Disabled Persons Act 1970",
    "H2": "Section H2: Any other social care provision reasonably required by the learning difficulties or disabilities which result in the child or young person having special educational needs",
    "I": "Section I: The name and type of the school, maintained nursery school, post-16 institution or other institution to be attended by the child or young person",
    "J": "Section J: Personal budget, including the arrangements for any direct payments",
    "K": "Section K: The advice and information gathered during the EHC needs assessment",
}

SHORT_TITLES = {
    "A": "Section A: Views, interests and aspirations",
    "B": "Section B: Special educational needs",
    "C": "Section C: Health needs",
    "D": "Section D: Social care needs",
    "E": "Section E: Outcomes",
    "F": "Section F: Special educational provision",
    "G": "Section G: Health provision",
    "H1": "Section H1: Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970",
    "H2": "Section H2: Other social care provision",
    "I": "Section I: Placement",
    "J": "Section J: Personal budget",
    "K": "Section K: Advice and information",
}

ORDER = ["A", "B", "C", "D", "E", "F", "G", "H1", "H2", "I", "J", "K"]


# ---------------------------------------------------------------- helpers
def shade(cell, fill="D9E2F3"):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def bold_para(doc, text, size=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    if size:
        r.font.size = Pt(size)
    return p


def label_para(doc, label, value):
    p = doc.add_paragraph()
    r = p.add_run(label + ": ")
    r.bold = True
    p.add_run(value)
    return p


def set_cell(cell, text, bold=False):
    cell.text = ""
    parts = text.split("\n")
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(part)
        r.bold = bold


def plain_table(doc, header, rows, shade_header=True):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, bold=True)
        if shade_header:
            shade(t.rows[0].cells[i], "E7E6E6")
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            set_cell(cells[i], v)
    return t


def render_blocks(doc, blocks, style):
    """style: 'typed' (hand-typed bullets, no list styles) or 'word' (List Bullet styles)."""
    bullet = style.get("bullet", "•")
    sub_bullet = style.get("sub_bullet", "o")
    typed = style.get("typed", False)
    for b in blocks:
        if isinstance(b, tuple) and b[0] == "table":
            plain_table(doc, b[1], b[2])
            doc.add_paragraph()
        elif b.startswith("## "):
            p = bold_para(doc, b[3:])
            if style.get("underline_sub"):
                p.runs[0].underline = True
        elif b.startswith("-- "):
            if typed:
                doc.add_paragraph("      " + sub_bullet + "  " + b[3:])
            else:
                doc.add_paragraph(b[3:], style="List Bullet 2")
        elif b.startswith("- "):
            if typed:
                doc.add_paragraph(bullet + "  " + b[2:])
            else:
                doc.add_paragraph(b[2:], style="List Bullet")
        else:
            doc.add_paragraph(b)


def ef_table(doc, ef):
    header = ef["header"]
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "C5E0B3")
    for group in ef["rows"]:
        if isinstance(group, str):
            # a shaded band row naming the area of need
            r = t.add_row().cells
            m = r[0].merge(r[3])
            set_cell(m, group, bold=True)
            shade(m, "EDEDED")
            continue
        outcome, provs = group
        if not provs:
            provs = [("", "", "")]
        first = None
        for k, (prov, freq, who) in enumerate(provs):
            cells = t.add_row().cells
            if k == 0:
                first = cells[0]
                set_cell(cells[0], outcome)
            else:
                first = first.merge(cells[0])
            set_cell(cells[1], prov)
            set_cell(cells[2], freq)
            set_cell(cells[3], who)
    return t


def k_table(doc, k):
    plain_table(doc, k["header"], k["rows"])


# ---------------------------------------------------------------- renderers
def render_bold_statutory(P):
    doc = Document()
    st = {"typed": True, "bullet": P.get("bullet", "•"), "sub_bullet": P.get("sub_bullet", "o")}
    bold_para(doc, COUNCIL.upper(), 14)
    bold_para(doc, PLAN_TITLE, 13)
    for lab, val in P["front"]:
        label_para(doc, lab, val)
    doc.add_paragraph()
    for sec in ORDER:
        bold_para(doc, LONG_TITLES[sec])
        if sec == "K" and isinstance(P["K"], dict):
            k_table(doc, P["K"])
        else:
            render_blocks(doc, P[sec], st)
        doc.add_paragraph()
    render_blocks(doc, P.get("signoff", []), st)
    return doc


def render_ef_table(P):
    doc = Document()
    st = {"typed": False}
    doc.add_heading(COUNCIL, level=0)
    doc.add_paragraph(PLAN_TITLE).runs[0].bold = True
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for lab, val in P["front"]:
        c = t.add_row().cells
        set_cell(c[0], lab, bold=True)
        set_cell(c[1], val)
    doc.add_paragraph()
    for sec in ORDER:
        if sec == "E":
            doc.add_heading(P["EF"]["title"], level=2)
            render_blocks(doc, P["EF"].get("intro", []), st)
            ef_table(doc, P["EF"])
            doc.add_paragraph()
            render_blocks(doc, P["EF"].get("after", []), st)
            continue
        if sec == "F":
            continue
        doc.add_heading(SHORT_TITLES[sec], level=2)
        if sec == "K" and isinstance(P["K"], dict):
            k_table(doc, P["K"])
        else:
            render_blocks(doc, P[sec], st)
    render_blocks(doc, P.get("signoff", []), st)
    return doc


def render_shaded(P):
    doc = Document()
    st = {"typed": False}
    p = bold_para(doc, COUNCIL, 14)
    bold_para(doc, PLAN_TITLE, 13)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for lab, val in P["front"]:
        c = t.add_row().cells
        set_cell(c[0], lab, bold=True)
        shade(c[0], "DEEAF6")
        set_cell(c[1], val)
    doc.add_paragraph()
    titles = P.get("titles", SHORT_TITLES)
    for sec in ORDER:
        h = doc.add_table(rows=1, cols=1)
        h.style = "Table Grid"
        set_cell(h.rows[0].cells[0], titles[sec], bold=True)
        shade(h.rows[0].cells[0], "1F4E79" if False else "BDD7EE")
        doc.add_paragraph()
        if sec == "K" and isinstance(P["K"], dict):
            k_table(doc, P["K"])
        else:
            render_blocks(doc, P[sec], st)
    render_blocks(doc, P.get("signoff", []), st)
    return doc


RENDERERS = {
    "bold-statutory": render_bold_statutory,
    "ef-table": render_ef_table,
    "shaded-heading-table": render_shaded,
}


def load(pid):
    path = os.path.join(HERE, "data", pid + ".py")
    spec = importlib.util.spec_from_file_location(pid, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.P


def main(ids=None):
    os.makedirs(OUT, exist_ok=True)
    ids = ids or sorted(f[:-3] for f in os.listdir(os.path.join(HERE, "data")) if f.endswith(".py"))
    for pid in ids:
        P = load(pid)
        doc = RENDERERS[P["layout"]](P)
        doc.save(os.path.join(OUT, pid + ".docx"))
        print("wrote", pid, P["layout"])


if __name__ == "__main__":
    main(sys.argv[1:] or None)
