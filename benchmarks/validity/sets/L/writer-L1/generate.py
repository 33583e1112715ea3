#!/usr/bin/env python3
"""Generator for blind set L1 (writer L1): 12 fictional EHC plans for a Yorkshire
metropolitan borough ("Holmebridge MBC") in three layouts:

  bold-statutory    - no heading styles; bold capitalised statutory section titles,
                      hand-typed bullets, provision tables
  ef-table          - Heading 1 sections; E and F together in one
                      "Outcome | Provision | Frequency | Who" table
  national-template - /work/shared/reference/national-ehcp-template.docx filled in

Plan content lives in plans_bold.py, plans_ef.py and plans_nat.py; the answer key in
labels_l1.py.  Run:  /work/blind/.venv-L1/bin/python generate.py
"""
import copy
import os
import sys

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from docxkit import (add_runs, cell_write, hand_bullet_para, insert_paragraph_after,  # noqa: E402
                     new_doc, shade, table)

TEMPLATE = "/work/shared/reference/national-ehcp-template.docx"
OUT = os.path.join(HERE, "plans")

STAT_TITLES = {
    "A": "SECTION A - THE VIEWS, INTERESTS AND ASPIRATIONS OF THE CHILD AND HIS OR HER PARENTS, OR OF THE YOUNG PERSON",
    "B": "SECTION B - THE SPECIAL EDUCATIONAL NEEDS OF THE CHILD OR YOUNG PERSON",
    "C": "SECTION C - THE HEALTH CARE NEEDS OF THE CHILD OR YOUNG PERSON WHICH RELATE TO THEIR SPECIAL EDUCATIONAL NEEDS",
    "D": "SECTION D - THE SOCIAL CARE NEEDS OF THE CHILD OR YOUNG PERSON WHICH RELATE TO THEIR SPECIAL EDUCATIONAL NEEDS OR TO A DISABILITY",
    "E": "SECTION E - THE OUTCOMES SOUGHT FOR THE CHILD OR YOUNG PERSON",
    "F": "SECTION F - THE SPECIAL EDUCATIONAL PROVISION REQUIRED BY THE CHILD OR YOUNG PERSON",
    "G": "SECTION G - ANY HEALTH CARE PROVISION REASONABLY REQUIRED BY THE LEARNING DIFFICULTIES OR DISABILITIES WHICH RESULT IN THE CHILD OR YOUNG PERSON HAVING SPECIAL EDUCATIONAL NEEDS",
    "H1": "SECTION H1 - ANY SOCIAL CARE PROVISION WHICH MUST BE MADE FOR THE CHILD OR YOUNG PERSON UNDER SECTION 2 OF THE CHRONICALLY SICK AND DISABLED PERSONS ACT 1970",
    "H2": "SECTION H2 - ANY OTHER SOCIAL CARE PROVISION REASONABLY REQUIRED BY THE LEARNING DIFFICULTIES OR DISABILITIES WHICH RESULT IN THE CHILD OR YOUNG PERSON HAVING SPECIAL EDUCATIONAL NEEDS",
    "I": "SECTION I - PLACEMENT: THE NAME AND TYPE OF THE SCHOOL OR OTHER INSTITUTION",
    "J": "SECTION J - PERSONAL BUDGET (INCLUDING ARRANGEMENTS FOR DIRECT PAYMENTS)",
    "K": "SECTION K - ADVICE AND INFORMATION GATHERED DURING THE EHC NEEDS ASSESSMENT",
}

SHORT_TITLES = {
    "A": "SECTION A - VIEWS, INTERESTS AND ASPIRATIONS",
    "B": "SECTION B - SPECIAL EDUCATIONAL NEEDS",
    "C": "SECTION C - HEALTH CARE NEEDS",
    "D": "SECTION D - SOCIAL CARE NEEDS",
    "EF": "SECTIONS E AND F - OUTCOMES AND SPECIAL EDUCATIONAL PROVISION",
    "G": "SECTION G - HEALTH CARE PROVISION",
    "H1": "SECTION H1 - SOCIAL CARE PROVISION UNDER SECTION 2 OF THE CHRONICALLY SICK AND DISABLED PERSONS ACT 1970",
    "H2": "SECTION H2 - OTHER SOCIAL CARE PROVISION",
    "I": "SECTION I - PLACEMENT",
    "J": "SECTION J - PERSONAL BUDGET",
    "K": "SECTION K - ADVICE AND INFORMATION GATHERED",
}

F_HEAD = ["Intervention", "Frequency", "Duration", "Staff ratio", "Staff skills/training"]
F_WIDTHS = [6.0, 2.7, 2.2, 2.3, 4.0]


# --------------------------------------------------------------------------- block builders
def b_area(name, current, barriers):
    blocks = [("h", name), ("hh", "Current level of functioning")]
    blocks += current if isinstance(current, list) else [current]
    blocks.append(("hh", "Barriers to learning"))
    blocks += barriers if isinstance(barriers, list) else [barriers]
    return blocks


def e_outcome(title, long, shorts):
    blocks = [("h", title), ("hh", "Long-term outcome (end of phase)"), long,
              ("hh", "Short-term targets (next 12 months)")]
    blocks += [("b", s) for s in shorts]
    return blocks


def f_table(area, rows):
    return [("h", area), ("t", F_HEAD, rows, F_WIDTHS)]


# --------------------------------------------------------------------------- bold-statutory
def render_blocks_plain(doc, blocks, bullet, sub_bullet, heading_mode):
    """heading_mode: 'bold' (no heading styles) or 'styles' (Heading 2 / List Bullet)."""
    for blk in blocks:
        if isinstance(blk, str):
            p = doc.add_paragraph()
            add_runs(p, blk)
            continue
        kind = blk[0]
        if kind == "b":
            if heading_mode == "bold":
                hand_bullet_para(doc, bullet, blk[1])
            else:
                p = doc.add_paragraph(style="List Bullet")
                add_runs(p, blk[1])
        elif kind == "sb":
            if heading_mode == "bold":
                hand_bullet_para(doc, sub_bullet, blk[1], level=1)
            else:
                p = doc.add_paragraph(style="List Bullet 2")
                add_runs(p, blk[1])
        elif kind == "n":
            if heading_mode == "bold":
                hand_bullet_para(doc, blk[1], blk[2])
            else:
                p = doc.add_paragraph(style="List Number")
                add_runs(p, blk[2])
        elif kind == "h":
            if heading_mode == "bold":
                p = doc.add_paragraph()
                p.paragraph_format.space_before = Pt(6)
                r = p.add_run(blk[1])
                r.bold = True
                r.underline = True
            else:
                doc.add_paragraph(blk[1], style="Heading 2")
        elif kind == "hh":
            p = doc.add_paragraph()
            r = p.add_run(blk[1])
            r.bold = True
            r.italic = heading_mode == "bold"
        elif kind == "q":
            p = doc.add_paragraph()
            p.paragraph_format.left_indent = Cm(0.6)
            add_runs(p, blk[1], italic=True)
        elif kind == "t":
            _, headers, rows, widths = blk
            table(doc, headers, rows, widths=widths, size=9.5 if len(rows[0]) > 3 else None)
            doc.add_paragraph()
        else:
            raise ValueError(kind)


def front_matter(doc, plan):
    for i, line in enumerate(plan["title"]):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(line)
        r.bold = True
        r.font.size = Pt(14 if i == 0 else 12)
    if plan.get("front_style", "table") == "table":
        t = table(doc, None, [(a, b) for a, b in plan["front"]], widths=[5.5, 11.5], bold_first_col=True)
        for r in t.rows:
            shade(r.cells[0], "EDEDED")
        doc.add_paragraph()
    else:
        for a, b in plan["front"]:
            p = doc.add_paragraph()
            p.paragraph_format.space_after = Pt(0)
            add_runs(p, "**" + a + ":** " + b)
        doc.add_paragraph()


def render_bold(plan):
    doc = new_doc(font=plan.get("font", "Arial"))
    front_matter(doc, plan)
    for key, blocks in plan["sections"]:
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(12)
        p.paragraph_format.keep_with_next = True
        r = p.add_run(STAT_TITLES[key])
        r.bold = True
        render_blocks_plain(doc, blocks, plan.get("bullet", "•"), plan.get("sub_bullet", "o"), "bold")
    for line in plan.get("closing", []):
        p = doc.add_paragraph()
        add_runs(p, line)
    return doc


# --------------------------------------------------------------------------- ef-table
def render_ef_table(doc, ef, fill="DEEAF6"):
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    heads = ["Outcome (short-term targets, next 12 months)", "Provision", "Frequency", "Who"]
    widths = [5.2, 6.3, 2.8, 3.2]
    for i, h in enumerate(heads):
        cell_write(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "BFBFBF")
    for area in ef:
        r = t.add_row()
        m = r.cells[0].merge(r.cells[3])
        cell_write(m, ["**" + area["area"] + "**",
                       "**Long-term outcome (end of phase):** " + area["long"]])
        shade(m, fill)
        start = None
        for target, prov, freq, who in area["rows"]:
            r = t.add_row()
            if target is not None:
                cell_write(r.cells[0], target)
                if start is not None and start[1] > 0:
                    pass
                start = [r.cells[0], 0]
            else:
                top = start[0]
                merged = top.merge(r.cells[0])
                start = [merged, start[1] + 1]
            cell_write(r.cells[1], prov)
            cell_write(r.cells[2], freq)
            cell_write(r.cells[3], who)
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = Cm(w)
    return t


def render_ef(plan):
    doc = new_doc(font=plan.get("font", "Calibri"))
    front_matter(doc, plan)
    for key, blocks in plan["sections"]:
        doc.add_paragraph(SHORT_TITLES[key], style="Heading 1")
        if key == "EF":
            for line in plan.get("ef_intro", []):
                p = doc.add_paragraph()
                add_runs(p, line)
            render_ef_table(doc, blocks)
            doc.add_paragraph()
        else:
            render_blocks_plain(doc, blocks, "•", "o", "styles")
    for line in plan.get("closing", []):
        p = doc.add_paragraph()
        add_runs(p, line)
    return doc


# --------------------------------------------------------------------------- national template
def set_cell(cell, content, bold=False):
    """Replace the text of a template cell, keeping the first paragraph's formatting."""
    if isinstance(content, str):
        content = [content]
    paras = cell.paragraphs
    base = paras[0]
    for p in paras[1:]:
        p._element.getparent().remove(p._element)
    for r in list(base.runs):
        r._element.getparent().remove(r._element)
    # remove hyperlinks / other run containers left behind
    for child in list(base._element):
        if child.tag != qn("w:pPr"):
            base._element.remove(child)
    first = True
    for item in content:
        text = item[1] if isinstance(item, tuple) else item
        if isinstance(item, tuple) and item[0] == "b":
            text = "• " + text
        if first:
            p = base
            first = False
        else:
            new = copy.deepcopy(base._element)
            for child in list(new):
                if child.tag != qn("w:pPr"):
                    new.remove(child)
            cell._tc.append(new)
            from docx.text.paragraph import Paragraph
            p = Paragraph(new, cell)
        add_runs(p, text, bold=bold)


def uniq_cells(row):
    seen, out = set(), []
    for c in row.cells:
        if id(c._tc) in seen:
            continue
        seen.add(id(c._tc))
        out.append(c)
    return out


def remove_row(t, row):
    row._tr.getparent().remove(row._tr)


def fill_area_table(t, strengths, rows, first_row=4, strengths_row=2):
    set_cell(uniq_cells(t.rows[strengths_row])[0], strengths)
    template_rows = list(t.rows)[first_row:]
    for i, tr in enumerate(template_rows):
        if i < len(rows):
            cells = uniq_cells(tr)
            for c, val in zip(cells, rows[i]):
                set_cell(c, val)
        else:
            remove_row(t, tr)


def render_nat(plan):
    doc = Document(TEMPLATE)
    paras = doc.paragraphs
    paras[1].text = ""
    paras[1].add_run(plan["title"])
    T = doc.tables
    # --- table 0: personal details; add Date of Issue / Review Due / School Year rows
    t0 = T[0]
    pd = plan["personal"]
    set_cell(uniq_cells(t0.rows[1])[1], pd["name"])
    set_cell(uniq_cells(t0.rows[1])[3], pd["preferred"])
    set_cell(uniq_cells(t0.rows[2])[1], pd["dob"])
    set_cell(uniq_cells(t0.rows[3])[1], pd["sex"])
    set_cell(uniq_cells(t0.rows[3])[3], pd["ethnicity"])
    set_cell(uniq_cells(t0.rows[4])[1], pd["lang"])
    set_cell(uniq_cells(t0.rows[4])[3], pd["parent_lang"])
    set_cell(uniq_cells(t0.rows[6])[1], pd["contact1"])
    set_cell(uniq_cells(t0.rows[6])[3], pd["rel1"])
    set_cell(uniq_cells(t0.rows[7])[1], "Withheld (anonymised copy)")
    set_cell(uniq_cells(t0.rows[7])[3], "Withheld (anonymised copy)")
    set_cell(uniq_cells(t0.rows[8])[1], "Withheld (anonymised copy)")
    if pd.get("contact2"):
        set_cell(uniq_cells(t0.rows[9])[1], pd["contact2"])
        set_cell(uniq_cells(t0.rows[9])[3], pd["rel2"])
        set_cell(uniq_cells(t0.rows[10])[1], "Withheld (anonymised copy)")
        set_cell(uniq_cells(t0.rows[10])[3], "Withheld (anonymised copy)")
        set_cell(uniq_cells(t0.rows[11])[1], pd.get("addr2", "Same as parent or carer 1"))
    else:
        for r in list(t0.rows)[9:12]:
            remove_row(t0, r)
    # inserted front-matter rows after the Date of Birth row
    anchor = t0.rows[2]._tr
    for (l1, v1, l2, v2) in reversed(plan["dates_rows"]):
        new = copy.deepcopy(t0.rows[3]._tr)
        anchor.addnext(new)
    for i, (l1, v1, l2, v2) in enumerate(plan["dates_rows"]):
        row = t0.rows[3 + i]
        cells = uniq_cells(row)
        set_cell(cells[0], l1, bold=True)
        set_cell(cells[1], v1)
        set_cell(cells[2], l2, bold=True)
        set_cell(cells[3], v2)
    # --- table 1: services
    t1 = T[1]
    sv = plan["services"]
    keys = ["setting", "gp", "nhs", "social", "others", "lac", "was_lac", "opp", "moving"]
    for i, k in enumerate(keys):
        set_cell(uniq_cells(t1.rows[i + 1])[1], sv[k])
    # --- table 2: A1
    set_cell(uniq_cells(T[2].rows[1])[1], plan["a1"])
    # --- table 3: A2
    t3 = T[3]
    set_cell(uniq_cells(t3.rows[1])[0], plan.get("digital", "No drawings, videos or sound recordings were provided."))
    set_cell(uniq_cells(t3.rows[3])[0], plan["views"])
    set_cell(uniq_cells(t3.rows[5])[0], plan["interests"])
    set_cell(uniq_cells(t3.rows[7])[0], plan["strengths"])
    set_cell(uniq_cells(t3.rows[9])[0], plan["aspirations"])
    # --- B-F-E tables
    for idx, key in zip([4, 5, 6, 7], ["ci", "cl", "semh", "sp"]):
        area = plan["areas"][key]
        fill_area_table(T[idx], area["strengths"], area["rows"])
    # --- C-G-E
    h = plan["health"]
    fill_area_table(T[8], h["strengths"], h["rows"], first_row=3, strengths_row=1)
    if plan.get("health_signoff"):
        insert_paragraph_after(T[8]._tbl, plan["health_signoff"])
    # --- D-H1-H2-E
    s = plan["social"]
    fill_area_table(T[9], s["strengths"], s["rows"], first_row=3, strengths_row=1)
    # --- I placement
    t10 = T[10]
    pl = plan["placement"]
    rows10 = list(t10.rows)
    for i, tr in enumerate(rows10):
        if i < len(pl):
            c = uniq_cells(tr)
            if i >= 2:
                set_cell(c[0], pl[i][0], bold=True)
            set_cell(c[1], pl[i][1])
        else:
            remove_row(t10, tr)
    # --- J
    t11 = T[11]
    set_cell(uniq_cells(t11.rows[0])[1], plan["pb"][0])
    set_cell(uniq_cells(t11.rows[1])[1], plan["pb"][1])
    # --- K
    t12 = T[12]
    orig = list(t12.rows)
    base = copy.deepcopy(orig[1]._tr)
    new_trs = []
    for entry in plan["K"]:
        if entry[0] == "TEMPLATE":
            new_trs.append(copy.deepcopy(orig[entry[1]]._tr))
        else:
            label, date, who, app = entry
            tr = copy.deepcopy(base)
            new_trs.append((tr, label, date, who, app))
    for r in orig[1:]:
        remove_row(t12, r)
    from docx.table import _Row
    for item in new_trs:
        if isinstance(item, tuple):
            tr, label, date, who, app = item
            t12._tbl.append(tr)
            row = _Row(tr, t12)
            c = uniq_cells(row)
            set_cell(c[0], label)
            set_cell(c[1], date)
            set_cell(c[2], who)
            set_cell(c[3], app)
        else:
            t12._tbl.append(item)
    # --- sign-off
    t13 = T[13]
    c = uniq_cells(t13.rows[1])
    for cell, val in zip(c, plan["signoff"]):
        set_cell(cell, val)
    return doc


# --------------------------------------------------------------------------- main
def main():
    import plans_bold
    import plans_ef
    import plans_nat
    from labels_l1 import LABELS

    os.makedirs(OUT, exist_ok=True)
    plans = plans_bold.PLANS + plans_ef.PLANS + plans_nat.PLANS
    plans.sort(key=lambda p: p["file"])
    for plan in plans:
        if plan["layout"] == "bold-statutory":
            doc = render_bold(plan)
        elif plan["layout"] == "ef-table":
            doc = render_ef(plan)
        else:
            doc = render_nat(plan)
        doc.core_properties.author = "Holmebridge MBC SEND Assessment and Review Team"
        doc.core_properties.title = "Education, Health and Care Plan"
        doc.save(os.path.join(OUT, plan["file"]))
        print("wrote", plan["file"])
    with open(os.path.join(HERE, "labels.yaml"), "w") as fh:
        yaml.safe_dump(LABELS, fh, sort_keys=False, allow_unicode=True, width=1000)
    print("wrote labels.yaml")


if __name__ == "__main__":
    main()
