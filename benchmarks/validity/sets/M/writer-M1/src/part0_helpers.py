#!/usr/bin/env python3
"""Generator for blind test set M1 (12 fictional, anonymised EHC plans).

West Midlands unitary authority voice ("Plan dated", "Last reviewed", "Current NC Year").
Layouts: bold-statutory (m101, m104, m107, m110), ef-table (m102, m105, m108, m111),
national-template (m103, m106, m109, m112).
Run:  /work/blind/.venv-M1/bin/python generate.py
"""
import copy
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

OUT = os.path.dirname(os.path.abspath(__file__))
PLANS = os.path.join(OUT, "plans")
TEMPLATE = "/work/shared/reference/national-ehcp-template.docx"
COUNCIL = "Harbourne Metropolitan Borough Council"  # fictional West Midlands unitary

os.makedirs(PLANS, exist_ok=True)


# ---------------------------------------------------------------- low-level helpers
def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def cell_text(cell, content, bold=False, size=None):
    """Replace a cell's content with one or more paragraphs. content: str (\n = new
    paragraph) or list of str."""
    if isinstance(content, str):
        lines = content.split("\n")
    else:
        lines = list(content)
    paras = cell.paragraphs
    for p in paras[1:]:
        p._p.getparent().remove(p._p)
    first = paras[0]
    for r in list(first.runs):
        r._r.getparent().remove(r._r)
    for i, line in enumerate(lines):
        p = first if i == 0 else cell.add_paragraph()
        add_runs(p, line, bold=bold, size=size)
    return cell


def add_runs(p, text, bold=False, size=None):
    """'**x**' segments are bold."""
    parts = text.split("**")
    for i, part in enumerate(parts):
        if not part:
            continue
        r = p.add_run(part)
        r.bold = bold or (i % 2 == 1)
        if size:
            r.font.size = Pt(size)
    return p


def para(doc, text="", bold=False, style=None, size=None, align=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    add_runs(p, text, bold=bold, size=size)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def table(doc, header, rows, widths=None, head_fill="D9E2F3", style="Table Grid"):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = style
    for i, h in enumerate(header):
        cell_text(t.rows[0].cells[i], h, bold=True)
        if head_fill:
            shade(t.rows[0].cells[i], head_fill)
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cell_text(cells[i], v)
    doc.add_paragraph()
    return t


def blocks(doc, items, bullet_style=None, sub_bold=True):
    """Render a list of blocks.
    ('p', text)  ('sub', text)  ('bul', [items], marker)  ('num', [items])
    ('table', header, rows)"""
    for b in items:
        kind = b[0]
        if kind == "p":
            para(doc, b[1])
        elif kind == "sub":
            para(doc, b[1], bold=sub_bold)
        elif kind == "bul":
            marker = b[2] if len(b) > 2 else "•"
            for it in b[1]:
                if bullet_style:
                    para(doc, it, style=bullet_style)
                else:
                    para(doc, f"{marker}\t{it}" if marker in ("•", "o") else f"{marker} {it}")
        elif kind == "num":
            for n, it in enumerate(b[1], 1):
                if bullet_style:
                    para(doc, it, style="List Number")
                else:
                    para(doc, f"{n}. {it}")
        elif kind == "table":
            table(doc, b[1], b[2])
        else:
            raise ValueError(kind)


STAT_TITLES = {
    "A": "Section A: The views, interests and aspirations of the child and his or her parents, or of the young person",
    "B": "Section B: The child or young person's special educational needs",
    "C": "Section C: The child or young person's health care needs which relate to their special educational needs",
    "D": "Section D: The child or young person's social care needs which relate to their special educational needs or to a disability",
    "E": "Section E: The outcomes sought for the child or young person, including outcomes for adult life where appropriate",
    "F": "Section F: The special educational provision required by the child or young person",
    "G": "Section G: Any health provision reasonably required by the learning difficulties or disabilities which result in the child or young person having special educational needs",
    "H1": "Section H1: Any social care provision which must be made for the child or young person under 18 resulting from section 2 of the Chronically Sick and Disabled Persons Act 1970",
    "H2": "Section H2: Any other social care provision reasonably required by the learning difficulties or disabilities which result in the child or young person having special educational needs",
    "I": "Section I: The name and type of the school, maintained nursery school, post-16 institution or other institution to be attended by the child or young person",
    "J": "Section J: Personal budget (including arrangements for direct payments)",
    "K": "Section K: The advice and information gathered during the EHC needs assessment",
}

SHORT_TITLES = {
    "A": "Section A – Views, interests and aspirations",
    "B": "Section B – Special educational needs",
    "C": "Section C – Health care needs",
    "D": "Section D – Social care needs",
    "EF": "Sections E and F – Outcomes and special educational provision",
    "G": "Section G – Health provision",
    "H1": "Section H1 – Social care provision (Chronically Sick and Disabled Persons Act 1970, section 2)",
    "H2": "Section H2 – Other social care provision",
    "I": "Section I – Placement",
    "J": "Section J – Personal budget",
    "K": "Section K – Advice and information",
}

B_HEAD = ["Area of need", "What this looks like for me", "What helps"]
E_HEAD = ["My outcome", "Steps towards it (this year)", "We will know this has happened when..."]
F_HEAD = ["What support", "How often and for how long", "Delivered by", "Group size"]
EF_HEAD = ["Outcome", "Provision", "Frequency", "Who"]


# ---------------------------------------------------------------- layout: bold-statutory
def build_bold(p):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    para(doc, COUNCIL.upper(), bold=True, size=10)
    para(doc, "Education, Health and Care Plan", bold=True, size=16)
    for label, value in p["front"]:
        para(doc, f"**{label}:** {value}")
    para(doc)
    for sec in ["A", "B", "C", "D", "E", "F", "G", "H1", "H2", "I", "J", "K"]:
        para(doc, STAT_TITLES[sec], bold=True)
        blocks(doc, p[sec])
    if p.get("signoff"):
        para(doc, p["signoff"])
    doc.save(os.path.join(PLANS, p["file"]))


# ---------------------------------------------------------------- layout: ef-table
def build_ef(p):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    doc.add_heading("Education, Health and Care Plan", level=1)
    para(doc, COUNCIL + " – Special Educational Needs and Disabilities (SEND) Service")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for label, value in p["front"]:
        c = t.add_row().cells
        cell_text(c[0], label, bold=True)
        shade(c[0], "EDEDED")
        cell_text(c[1], value)
    para(doc)
    for sec in ["A", "B", "C", "D"]:
        doc.add_heading(SHORT_TITLES[sec], level=2)
        blocks(doc, p[sec], bullet_style="List Bullet")
    doc.add_heading(SHORT_TITLES["EF"], level=2)
    blocks(doc, p.get("EF_intro", []), bullet_style="List Bullet")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(EF_HEAD):
        cell_text(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "C6E0B4")
    for area, groups in p["EF"]:
        r = t.add_row().cells
        m = r[0].merge(r[3])
        cell_text(m, area, bold=True)
        shade(m, "E2EFDA")
        for outcome, provs in groups:
            start = None
            for j, (prov, freq, who) in enumerate(provs):
                c = t.add_row().cells
                if j == 0:
                    start = c[0]
                    cell_text(c[0], outcome)
                else:
                    c[0].text = ""
                    last = c[0]
                cell_text(c[1], prov)
                cell_text(c[2], freq)
                cell_text(c[3], who)
            if len(provs) > 1:
                start.merge(last)
                cell_text(start, outcome)
    para(doc)
    for sec in ["G", "H1", "H2", "I", "J", "K"]:
        doc.add_heading(SHORT_TITLES[sec], level=2)
        blocks(doc, p[sec], bullet_style="List Bullet")
    if p.get("signoff"):
        para(doc, p["signoff"])
    doc.save(os.path.join(PLANS, p["file"]))


# ---------------------------------------------------------------- layout: national template
def _cells(row):
    out, prev = [], None
    for c in row.cells:
        if c._tc is prev:
            continue
        prev = c._tc
        out.append(c)
    return out


def _fill_rows(tbl, first, rows, ncols):
    """Fill rows starting at index `first` with `rows` (list of tuples); delete the rest
    of the placeholder rows."""
    trs = tbl.rows[first:]
    for i, tr in enumerate(trs):
        if i < len(rows):
            cs = _cells(tr)
            for j in range(ncols):
                cell_text(cs[j], rows[i][j])
        else:
            tbl._tbl.remove(tr._tr)


def build_national(p):
    doc = Document(TEMPLATE)
    body = doc.element.body
    # front matter lines under the title
    h1 = [q for q in doc.paragraphs if q.style.name == "Heading 1"][0]
    for r in list(h1.runs):
        r._r.getparent().remove(r._r)
    h1.add_run("Education, Health and Care Plan")
    anchor = h1._p
    lines = [COUNCIL] + [f"**{k}:** {v}" for k, v in p["front"]]
    for line in lines:
        newp = OxmlElement("w:p")
        anchor.addnext(newp)
        anchor = newp
        from docx.text.paragraph import Paragraph
        add_runs(Paragraph(newp, h1._parent), line)
    T = doc.tables
    # personal details
    pd = T[0]
    vals = p["personal"]
    cell_text(_cells(pd.rows[1])[1], vals["name"])
    cell_text(_cells(pd.rows[1])[3], vals.get("preferred", vals["name"]))
    cell_text(_cells(pd.rows[2])[1], vals["dob"])
    cell_text(_cells(pd.rows[3])[1], vals["sex"])
    cell_text(_cells(pd.rows[3])[3], vals["ethnicity"])
    cell_text(_cells(pd.rows[4])[1], vals["lang"])
    cell_text(_cells(pd.rows[4])[3], vals["parent_lang"])
    cell_text(_cells(pd.rows[6])[1], vals["parent1"])
    cell_text(_cells(pd.rows[6])[3], vals["rel1"])
    cell_text(_cells(pd.rows[7])[1], "Held on file")
    cell_text(_cells(pd.rows[7])[3], "Held on file")
    cell_text(_cells(pd.rows[8])[1], "Held on file")
    if vals.get("parent2"):
        cell_text(_cells(pd.rows[9])[1], vals["parent2"])
        cell_text(_cells(pd.rows[9])[3], vals["rel2"])
        cell_text(_cells(pd.rows[10])[1], "Held on file")
        cell_text(_cells(pd.rows[10])[3], "Held on file")
        cell_text(_cells(pd.rows[11])[1], "Same address")
    else:
        for tr in list(pd.rows[9:12]):
            pd._tbl.remove(tr._tr)
    # services
    sv = T[1]
    for i, key in enumerate(["setting", "gp", "nhs", "known_sc", "others", "lac", "was_lac",
                             "one_page", "moving"], start=1):
        cell_text(_cells(sv.rows[i])[1], p["services"][key])
    # A1 history / communication
    cell_text(_cells(T[2].rows[1])[1], p["A1"])
    # A2
    a2 = T[3]
    cell_text(_cells(a2.rows[3])[0], p["A2"]["views"])
    cell_text(_cells(a2.rows[5])[0], p["A2"]["interests"])
    cell_text(_cells(a2.rows[7])[0], p["A2"]["strengths"])
    cell_text(_cells(a2.rows[9])[0], p["A2"]["aspirations"])
    # B-F-E per area
    for ti, key in zip([4, 5, 6, 7], ["ci", "cl", "semh", "sp"]):
        area = p["BFE"][key]
        cell_text(_cells(T[ti].rows[2])[0], area["strengths"])
        _fill_rows(T[ti], 4, area["rows"], 3)
    # C-G-E
    cell_text(_cells(T[8].rows[1])[0], p["CGE"]["strengths"])
    _fill_rows(T[8], 3, p["CGE"]["rows"], 3)
    # D-H1-H2-E
    cell_text(_cells(T[9].rows[1])[0], p["DH"]["strengths"])
    _fill_rows(T[9], 3, p["DH"]["rows"], 4)
    # health sign-off / extra notes after the C-G table
    if p.get("after_health"):
        tbl_el = T[8]._tbl
        anchor = tbl_el
        from docx.text.paragraph import Paragraph
        for line in p["after_health"]:
            newp = OxmlElement("w:p")
            anchor.addnext(newp)
            anchor = newp
            add_runs(Paragraph(newp, h1._parent), line)
    if p.get("after_social"):
        anchor = T[9]._tbl
        from docx.text.paragraph import Paragraph
        for line in p["after_social"]:
            newp = OxmlElement("w:p")
            anchor.addnext(newp)
            anchor = newp
            add_runs(Paragraph(newp, h1._parent), line)
    # I
    it = T[10]
    cell_text(_cells(it.rows[0])[1], p["I"]["name"])
    cell_text(_cells(it.rows[1])[1], p["I"]["type"])
    if p["I"].get("extra"):
        cell_text(_cells(it.rows[2])[0], p["I"]["extra"][0])
        cell_text(_cells(it.rows[2])[1], p["I"]["extra"][1])
        it._tbl.remove(it.rows[3]._tr)
    else:
        for tr in list(it.rows[2:4]):
            it._tbl.remove(tr._tr)
    # J
    cell_text(_cells(T[11].rows[0])[1], p["J"][0])
    cell_text(_cells(T[11].rows[1])[1], p["J"][1])
    # K: p["K"] maps row index -> (label or None, date, who, appended) ; "delete" removes
    kt = T[12]
    rows = list(kt.rows)
    extra = p["K"].get("extra", [])
    # add extra "other person" rows after row 7
    anchor = rows[7]._tr
    for (label, date, who, app) in extra:
        new = copy.deepcopy(rows[7]._tr)
        anchor.addnext(new)
        anchor = new
    rows_now = list(kt.rows)
    # map: rows 1..7 original, then extras, then 8, 9
    idx_map = {i: rows_now[i] for i in range(1, 8)}
    for n in range(len(extra)):
        idx_map[f"x{n}"] = rows_now[8 + n]
    idx_map[8] = rows_now[8 + len(extra)]
    idx_map[9] = rows_now[9 + len(extra)]
    for n, e in enumerate(extra):
        p["K"][f"x{n}"] = e
    to_delete = []
    for key, row in idx_map.items():
        spec = p["K"].get(key)
        if spec is None:
            continue  # leave template row untouched
        if spec == "delete":
            to_delete.append(row)
            continue
        label, date, who, app = spec
        cs = _cells(row)
        if label is not None:
            cell_text(cs[0], label)
        cell_text(cs[1], date)
        cell_text(cs[2], who)
        cell_text(cs[3], app)
    for row in to_delete:
        kt._tbl.remove(row._tr)
    # sign-off
    so = T[13]
    cs = _cells(so.rows[1])
    cell_text(cs[0], p["signoff"][0])
    cell_text(cs[1], p["signoff"][1])
    cell_text(cs[2], p["signoff"][2])
    doc.save(os.path.join(PLANS, p["file"]))
