#!/usr/bin/env python3
"""Generator for blind test set L2 (writer L2): 12 fictional, anonymised EHC plans
for a fictional coastal county in the South East ("Southcliff County Council").

Layouts (4 plans each):
  heading2-numbered     l201, l204, l207, l210
  letter-column         l202, l205, l208, l211
  shaded-heading-table  l203, l206, l209, l212

Plan content lives in content_l2a.py / content_l2b.py / content_l2c.py as Python data;
this file holds the three layout renderers, writes plans/*.docx and labels.yaml.

Block types used in the content:
  ('p', text)                 paragraph (**bold** markup allowed)
  ('h', text)                 sub-heading (rendered per layout)
  ('bul', [items])            Word 'List Bullet' list
  ('num', [items])            Word 'List Number' list (numbering restarts for each list)
  ('table', header, rows)     table; a row given as ('span', text) is a merged area row
  ('q', text)                 quoted words (italic)
"""
import datetime
import os
import re
import sys

import yaml
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import content_l2a  # noqa: E402
import content_l2b  # noqa: E402
import content_l2c  # noqa: E402

PLANS_DIR = os.path.join(HERE, "plans")

# --------------------------------------------------------------------------- helpers


def add_runs(par, text, bold=None, italic=None, size=None, color=None):
    parts = re.split(r"(\*\*.+?\*\*)", text)
    for part in parts:
        if not part:
            continue
        if part.startswith("**") and part.endswith("**"):
            r = par.add_run(part[2:-2])
            r.bold = True
        else:
            r = par.add_run(part)
            if bold is not None:
                r.bold = bold
        if italic:
            r.italic = True
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    return par


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def new_par(container, style=None):
    """Add a paragraph; re-use the empty first paragraph of a fresh table cell."""
    if hasattr(container, "_tc"):
        pars = container.paragraphs
        if len(pars) == 1 and not pars[0].text and not getattr(container, "_used", False):
            container._used = True
            p = pars[0]
            if style:
                p.style = style
            return p
        container._used = True
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    return p


def restart_numbering(doc, paragraphs):
    """Give a run of 'List Number' paragraphs their own numbering instance starting at 1."""
    numbering = doc.part.numbering_part.numbering_definitions._numbering
    style = doc.styles["List Number"]
    numPr = style.element.pPr.numPr
    num = numbering.num_having_numId(numPr.numId.val)
    abstract_id = num.abstractNumId.val
    new_num = numbering.add_num(abstract_id)
    ov = new_num.add_lvlOverride(ilvl=0)
    ov.add_startOverride(1)
    for p in paragraphs:
        pPr = p._p.get_or_add_pPr()
        np_ = pPr.get_or_add_numPr()
        np_.get_or_add_ilvl().val = 0
        np_.get_or_add_numId().val = new_num.numId


def set_col_widths(table, widths):
    """Set widths on the grid and on every cell, so Word and LibreOffice agree."""
    table.autofit = False
    grid = table._tbl.tblGrid
    for idx, gc in enumerate(grid.findall(qn("w:gridCol"))):
        if idx < len(widths):
            gc.set(qn("w:w"), str(int(widths[idx].twips)))
    for tr in table._tbl.findall(qn("w:tr")):
        col = 0
        for tc in tr.findall(qn("w:tc")):
            span = tc.grid_span if hasattr(tc, "grid_span") else 1
            w = sum(int(widths[i]) for i in range(col, min(col + span, len(widths))))
            tcPr = tc.get_or_add_tcPr()
            tcW = tcPr.get_or_add_tcW()
            tcW.set(qn("w:type"), "dxa")
            tcW.set(qn("w:w"), str(int(w / 635)))
            col += span


def default_widths(header, total_cm=17.0):
    n = len(header)
    h = [x.lower() for x in header]
    if n == 2:
        cm = (4.5, total_cm - 4.5)
    elif n == 3 and h[-1] == "date":
        cm = (5.0, total_cm - 8.0, 3.0)
    elif n == 3:
        cm = (total_cm - 9.5, 4.5, 5.0)
    else:
        cm = tuple(total_cm / n for _ in range(n))
    return tuple(Cm(c) for c in cm)


def add_table(doc, container, header, rows, header_fill="D9D9D9", widths=None, style="Table Grid"):
    ncols = len(header)
    if hasattr(container, "_tc"):
        container._used = True
        t = container.add_table(rows=1, cols=ncols)
    else:
        t = container.add_table(rows=1, cols=ncols)
    t.style = doc.styles[style]
    for i, h in enumerate(header):
        c = t.rows[0].cells[i]
        c.paragraphs[0].text = ""
        add_runs(c.paragraphs[0], h, bold=True)
        if header_fill:
            shade(c, header_fill)
    for row in rows:
        cells = t.add_row().cells
        if isinstance(row, tuple) and row and row[0] == "span":
            m = cells[0].merge(cells[-1])
            m.paragraphs[0].text = ""
            add_runs(m.paragraphs[0], row[1], bold=True)
            shade(m, "F2F2F2")
            continue
        for i, val in enumerate(row):
            cell = cells[i]
            lines = val if isinstance(val, list) else [val]
            first = True
            for line in lines:
                p = cell.paragraphs[0] if first else cell.add_paragraph()
                first = False
                add_runs(p, line)
    if hasattr(container, "_tc"):
        total = 14.8
    else:
        total = 17.0
    set_col_widths(t, widths or default_widths(header, total))
    return t


def render_blocks(doc, container, blocks, heading_fn, table_fill="D9D9D9"):
    for b in blocks:
        kind = b[0]
        if kind == "p":
            add_runs(new_par(container), b[1])
        elif kind == "q":
            add_runs(new_par(container), b[1], italic=True)
        elif kind == "h":
            heading_fn(container, b[1])
        elif kind == "bul":
            for item in b[1]:
                add_runs(new_par(container, "List Bullet"), item)
        elif kind == "num":
            pars = []
            for item in b[1]:
                p = new_par(container, "List Number")
                add_runs(p, item)
                pars.append(p)
            restart_numbering(doc, pars)
        elif kind == "table":
            widths = b[3] if len(b) > 3 else None
            add_table(doc, container, b[1], b[2], header_fill=table_fill, widths=widths)
            if not hasattr(container, "_tc"):
                container.add_paragraph()
        else:
            raise ValueError(kind)


def base_doc(plan):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = plan.get("font", "Arial")
    st.font.size = Pt(plan.get("font_size", 11))
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin = sec.bottom_margin = Cm(2.0)
    foot = sec.footer.paragraphs[0]
    foot.text = plan.get("footer", "Southcliff County Council - Education, Health and Care Plan - Official: Sensitive")
    foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return doc


def front_table(doc, container, rows, fill="DEEAF6", widths=(Cm(6), Cm(11))):
    t = container.add_table(rows=0, cols=2)
    t.style = doc.styles["Table Grid"]
    for k, v in rows:
        cells = t.add_row().cells
        cells[0].paragraphs[0].text = ""
        add_runs(cells[0].paragraphs[0], k, bold=True)
        shade(cells[0], fill)
        add_runs(cells[1].paragraphs[0], v)
    set_col_widths(t, widths)
    return t


# --------------------------------------------------------------------------- layout 1


def render_heading2(plan):
    doc = base_doc(plan)
    doc.add_heading(plan["title"], level=1)
    if plan.get("subtitle"):
        add_runs(doc.add_paragraph(), plan["subtitle"], italic=True)
    front_table(doc, doc, plan["front"])
    doc.add_paragraph()

    def hfn(container, text):
        container.add_heading(text, level=3)

    for key, title, blocks in plan["sections"]:
        doc.add_heading(title, level=2)
        render_blocks(doc, doc, blocks, hfn)
    return doc


# --------------------------------------------------------------------------- layout 3


def render_lettercol(plan):
    doc = base_doc(plan)
    p = doc.add_paragraph()
    add_runs(p, plan["title"], bold=True, size=16)
    if plan.get("subtitle"):
        add_runs(doc.add_paragraph(), plan["subtitle"])
    front_table(doc, doc, plan["front"], fill=plan.get("front_fill", "E2EFDA"))
    doc.add_paragraph()
    letter_fill = plan.get("letter_fill", "C6E0B4")
    one_table = plan.get("one_table", True)

    def hfn(container, text):
        add_runs(new_par(container), text, bold=True)

    big = None
    if one_table:
        big = doc.add_table(rows=0, cols=2)
        big.style = doc.styles["Table Grid"]
    for key, title, blocks in plan["sections"]:
        if one_table:
            t = big
        else:
            t = doc.add_table(rows=0, cols=2)
            t.style = doc.styles["Table Grid"]
        start = len(t.rows)
        r = t.add_row().cells
        add_runs(r[1].paragraphs[0], title, bold=True, size=12)
        shade(r[1], "F2F2F2")
        # group blocks: a heading and the block(s) after it share a row
        groups, cur = [], []
        for b in blocks:
            if b[0] == "h" and cur:
                groups.append(cur)
                cur = []
            cur.append(b)
        if cur:
            groups.append(cur)
        for g in groups:
            cell = t.add_row().cells[1]
            render_blocks(doc, cell, g, hfn)
        end = len(t.rows) - 1
        left = t.cell(start, 0)
        if end > start:
            left = left.merge(t.cell(end, 0))
        left.paragraphs[0].text = ""
        add_runs(left.paragraphs[0], key, bold=True, size=18)
        left.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        shade(left, letter_fill)
        if not one_table:
            set_col_widths(t, (Cm(1.6), Cm(15.4)))
            doc.add_paragraph()
    if one_table:
        set_col_widths(big, (Cm(1.6), Cm(15.4)))
    return doc


# --------------------------------------------------------------------------- layout 5


def render_shaded(plan):
    doc = base_doc(plan)
    fill = plan.get("heading_fill", "1F4E79")
    text_col = plan.get("heading_text", "FFFFFF")
    p = doc.add_paragraph()
    add_runs(p, plan["title"], bold=True, size=15)
    if plan.get("subtitle"):
        add_runs(doc.add_paragraph(), plan["subtitle"])
    front_table(doc, doc, plan["front"], fill=plan.get("front_fill", "DEEAF6"))
    doc.add_paragraph()

    def hfn(container, text):
        add_runs(new_par(container), text, bold=True, color=plan.get("sub_color", "1F4E79"))

    for key, title, blocks in plan["sections"]:
        t = doc.add_table(rows=1, cols=1)
        t.style = doc.styles["Table Grid"]
        c = t.rows[0].cells[0]
        add_runs(c.paragraphs[0], title, bold=True, size=12, color=text_col)
        shade(c, fill)
        doc.add_paragraph()
        render_blocks(doc, doc, blocks, hfn, table_fill=plan.get("table_fill", "DEEAF6"))
    return doc


RENDER = {
    "heading2-numbered": render_heading2,
    "letter-column": render_lettercol,
    "shaded-heading-table": render_shaded,
}

CRITERIA = [
    "CA-DATED", "CA-ADVICE-AGE", "CA-STATUTORY-ADVICE", "CA-ANNUAL-REVIEW",
    "PC-OUTCOME-NOT-PROVISION", "PC-SMART", "PC-VOICE", "PC-ASPIRATIONS",
    "PC-ASPIRATION-LINK", "PC-PFA", "PC-STRENGTHS",
    "PR-VAGUE-WORDING", "PR-QUANTIFIED", "PR-OUTCOME-LINK",
    "HC-NEEDS", "HC-PROVISION-SPECIFIC", "HC-NEEDS-MET", "HC-ADVICE", "HC-DCO-SIGNOFF",
    "HC-THERAPY-PLACEMENT", "HC-ADVICE-PROVIDERS", "HC-OUTCOMES",
    "SC-NEEDS", "SC-STATUTORY-LINK", "SC-PROVISION-SPECIFIC", "SC-ADVICE", "SC-RIGHT-SECTION",
    "LG-SPELLING", "LG-GRAMMAR", "LG-READABILITY", "LG-JARGON",
]


def all_plans():
    plans = content_l2a.PLANS + content_l2b.PLANS + content_l2c.PLANS
    return sorted(plans, key=lambda p: p["file"])


def build_labels(plan):
    fail = set(plan.get("fail", []))
    na = set(plan.get("na", []))
    assert not (fail & na), plan["file"]
    for c in fail | na:
        assert c in CRITERIA, (plan["file"], c)
    labels = {}
    for c in CRITERIA:
        labels[c] = "fail" if c in fail else ("na" if c in na else "pass")
    why = plan.get("why", {})
    for c in fail:
        assert c in why, (plan["file"], "missing why for", c)
    return labels, why


def main():
    os.makedirs(PLANS_DIR, exist_ok=True)
    out = {"audit_date": datetime.date(2026, 12, 1), "plans": []}
    for plan in all_plans():
        doc = RENDER[plan["layout"]](plan)
        doc.save(os.path.join(PLANS_DIR, plan["file"]))
        labels, why = build_labels(plan)
        out["plans"].append({
            "file": plan["file"],
            "layout": plan["layout"],
            "age": plan["age"],
            "year_group": plan["year_group"],
            "needs": plan["needs"],
            "voice": plan["voice"],
            "labels": labels,
            "why": why,
        })
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8") as fh:
        yaml.safe_dump(out, fh, sort_keys=False, allow_unicode=True, width=110)
    print("wrote", len(out["plans"]), "plans")


if __name__ == "__main__":
    main()
