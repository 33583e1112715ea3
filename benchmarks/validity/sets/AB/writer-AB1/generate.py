"""Generator for blind test set AB1 (Hollinbrook Borough Council, fictional).

Plan text lives as Python data in plans_ab1_*.py beside this file; one renderer per layout:
  bold-statutory  -> render_blocks(..., mode="bold")
  ef-table        -> render_blocks(..., mode="ef")
  national-template -> render_national()
Run: /work/blind/.venv-AB1/bin/python generate.py
"""
import copy, os, sys
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
TEMPLATE = "/work/shared/reference/national-ehcp-template.docx"
OUT = os.path.join(HERE, "plans")


# ----------------------------------------------------------------- helpers
def shade(cell, fill="D9E2F3"):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False):
    """Replace a cell's text; '\n' starts a new paragraph; lines starting '• ' stay as typed."""
    paras = cell.paragraphs
    first = paras[0]
    for p in paras[1:]:
        p._element.getparent().remove(p._element)
    for r in list(first.runs):
        r._element.getparent().remove(r._element)
    for child in list(first._element):
        if child.tag in (qn("w:hyperlink"),):
            first._element.remove(child)
    lines = text.split("\n")
    run = first.add_run(lines[0]); run.bold = bold
    for ln in lines[1:]:
        p = cell.add_paragraph()
        r = p.add_run(ln); r.bold = bold


def add_table(doc, header, rows, widths=None, header_fill="D9E2F3"):
    t = doc.add_table(rows=0, cols=len(header) if header else len(rows[0]))
    t.style = "Table Grid"
    if header:
        cells = t.add_row().cells
        for c, h in zip(cells, header):
            set_cell(c, h, bold=True); shade(c, header_fill)
    for row in rows:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)
    return t


# ------------------------------------------------ block layouts (bold / ef)
def render_blocks(plan, mode):
    doc = docx.Document()
    st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(11)
    for b in plan["blocks"]:
        kind = b[0]
        if kind == "title":
            p = doc.add_paragraph(); r = p.add_run(b[1]); r.bold = True; r.font.size = Pt(16)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "h":  # real heading style (ef layout only)
            assert mode == "ef", "bold-statutory layout has no heading styles"
            doc.add_heading(b[2], level=b[1])
        elif kind == "bold":  # bold paragraph used as a heading (bold layout)
            p = doc.add_paragraph(); r = p.add_run(b[1]); r.bold = True
        elif kind == "p":
            doc.add_paragraph(b[1])
        elif kind == "lb":  # Word list bullet style (ef layout)
            doc.add_paragraph(b[1], style="List Bullet")
        elif kind == "tb":  # hand-typed bullet: ("tb", "•", text) ; indent level by char
            ch, text = b[1], b[2]
            indent = {"•": "", "-": "    ", "o": "        "}.get(ch, "")
            doc.add_paragraph(f"{indent}{ch} {text}")
        elif kind == "table":
            add_table(doc, b[1], b[2])
            doc.add_paragraph("")
        elif kind == "ef":
            header, outcomes = b[1], b[2]
            t = doc.add_table(rows=1, cols=4); t.style = "Table Grid"
            for c, h in zip(t.rows[0].cells, header):
                set_cell(c, h, bold=True); shade(c)
            for oc in outcomes:
                if oc.get("area"):
                    row = t.add_row().cells
                    m = row[0].merge(row[3]); set_cell(m, oc["area"], bold=True); shade(m, "F2F2F2")
                    continue
                provs = oc["prov"]
                first_idx = len(t.rows)
                for (what, freq, who) in provs:
                    row = t.add_row().cells
                    set_cell(row[1], what); set_cell(row[2], freq); set_cell(row[3], who)
                top = t.rows[first_idx].cells[0]
                if len(provs) > 1:
                    top = top.merge(t.rows[len(t.rows) - 1].cells[0])
                set_cell(top, oc["outcome"])
            doc.add_paragraph("")
        else:
            raise ValueError(kind)
    return doc


# ------------------------------------------------------ national template
def _del_row(table, idx):
    tr = table.rows[idx]._tr
    tr.getparent().remove(tr)


def _clone_row(table, src_idx, after_idx=None):
    src = table.rows[src_idx]._tr
    new = copy.deepcopy(src)
    anchor = table.rows[after_idx if after_idx is not None else src_idx]._tr
    anchor.addnext(new)
    return new


def _para_after(el, text, bold_label=None):
    p = OxmlElement("w:p")
    el.addnext(p)
    para = docx.text.paragraph.Paragraph(p, None)
    if bold_label:
        r = para.add_run(bold_label); r.bold = True
    para.add_run(text)
    return p


def _fill_rows(table, first_row, rows, ncols_skip_template=None):
    """Fill need rows starting at first_row with `rows` (tuples), delete unused template rows."""
    total_template = len(table.rows) - first_row
    for i, vals in enumerate(rows):
        cells = table.rows[first_row + i].cells
        seen = []
        uniq = []
        for c in cells:
            if c._tc in seen: continue
            seen.append(c._tc); uniq.append(c)
        for c, v in zip(uniq, vals):
            set_cell(c, v)
    for _ in range(total_template - len(rows)):
        _del_row(table, first_row + len(rows))


def render_national(plan):
    doc = docx.Document(TEMPLATE)
    T = doc.tables
    f = plan["front"]
    # title
    h = [p for p in doc.paragraphs if p.text.startswith("EHCP template")][0]
    for child in list(h._element):
        if child.tag != qn("w:pPr"):
            h._element.remove(child)
    h.add_run(plan["title"])
    # table 0 personal details
    t0 = T[0]
    set_cell(t0.rows[1].cells[1], f["name"]); set_cell(t0.rows[1].cells[3], f["preferred"])
    set_cell(t0.rows[2].cells[0], f["age_label"]); set_cell(t0.rows[2].cells[1], f["age"])
    set_cell(t0.rows[3].cells[1], f["sex"]); set_cell(t0.rows[3].cells[3], f["ethnicity"])
    set_cell(t0.rows[4].cells[1], f["lang_child"]); set_cell(t0.rows[4].cells[3], f["lang_parent"])
    set_cell(t0.rows[6].cells[1], f["parent1"]); set_cell(t0.rows[6].cells[3], f["parent1_rel"])
    set_cell(t0.rows[9].cells[1], f["parent2"]); set_cell(t0.rows[9].cells[3], f["parent2_rel"])
    # house-style rows for year and dates, cloned from the Sex/Ethnicity row
    new = _clone_row(t0, 3, after_idx=4)
    new2 = copy.deepcopy(new); new.addnext(new2)
    r5 = t0.rows[5].cells; r6 = t0.rows[6].cells
    set_cell(r5[0], "School year:"); set_cell(r5[1], f["year"])
    set_cell(r5[2], "Date this plan was issued:"); set_cell(r5[3], f["issued"])
    set_cell(r6[0], "Type of plan:"); set_cell(r6[1], f["plan_type"])
    set_cell(r6[2], "Date of last annual review:"); set_cell(r6[3], f["last_review"])
    # delete email / address rows (now at 9,10 and 12,13 after two inserts)
    for idx in (13, 12, 10, 9):
        _del_row(t0, idx)
    # table 1 services
    t1 = T[1]
    vals = f["services"]  # list of 9 values for rows 1..9; None means leave template text
    for i, v in enumerate(vals, start=1):
        if v is not None:
            set_cell(t1.rows[i].cells[1], v)
    _del_row(t1, 3)  # NHS number row removed for anonymisation
    # A1 / A2
    set_cell(T[2].rows[1].cells[1], plan["A1"])
    a2 = T[3]
    set_cell(a2.rows[3].cells[0], plan["A2_views"])
    set_cell(a2.rows[5].cells[0], plan["A2_interests"])
    set_cell(a2.rows[7].cells[0], plan["A2_strengths"])
    set_cell(a2.rows[9].cells[0], plan["A2_aspirations"])
    # B-F-E areas
    for ti, key in zip((4, 5, 6, 7), ("ci", "cl", "semh", "sp")):
        area = plan["areas"].get(key)
        t = T[ti]
        if area is None:
            set_cell(t.rows[2].cells[0], "No special educational needs have been identified in this area in the advice received.")
            _fill_rows(t, 4, [])
            continue
        set_cell(t.rows[2].cells[0], area["strengths"])
        _fill_rows(t, 4, area["rows"])
    # health C-G-E
    ht = T[8]
    set_cell(ht.rows[1].cells[0], plan["health"]["strengths"])
    _fill_rows(ht, 3, plan["health"]["rows"])
    if plan.get("health_signoff"):
        _para_after(ht._tbl, plan["health_signoff"], bold_label="Health agreement: ")
    # social D-H1-H2-E
    stt = T[9]
    set_cell(stt.rows[1].cells[0], plan["social"]["strengths"])
    _fill_rows(stt, 3, plan["social"]["rows"])
    # I placement
    set_cell(T[10].rows[0].cells[1], plan["I"][0]); set_cell(T[10].rows[1].cells[1], plan["I"][1])
    # J
    set_cell(T[11].rows[0].cells[1], plan["J"][0]); set_cell(T[11].rows[1].cells[1], plan["J"][1])
    # K: plan["K"] = dict row_index -> (label or None, date, who, appended); plus "extra" rows
    kt = T[12]
    extra = plan.get("K_extra", [])
    for row_idx, (label, date, who, app) in plan["K"].items():
        cells = kt.rows[row_idx].cells
        if label is not None: set_cell(cells[0], label)
        set_cell(cells[1], date); set_cell(cells[2], who); set_cell(cells[3], app)
    for (label, date, who, app) in reversed(extra):
        new = _clone_row(kt, 1, after_idx=3)
        cells = kt.rows[4].cells
        set_cell(cells[0], label); set_cell(cells[1], date); set_cell(cells[2], who); set_cell(cells[3], app)
    so = T[13].rows[1].cells
    set_cell(so[0], plan["signoff"][0]); set_cell(so[1], plan["signoff"][1]); set_cell(so[2], plan["signoff"][2])
    return doc


# ------------------------------------------------------------- text dump
def doc_text(path):
    d = docx.Document(path)
    out = []
    def walk(el):
        for child in el.iterchildren():
            if child.tag == qn("w:p"):
                out.append("".join(t.text or "" for t in child.iter(qn("w:t"))))
            elif child.tag == qn("w:tbl"):
                for tr in child.iter(qn("w:tr")):
                    for tc in tr.findall(qn("w:tc")):
                        walk(tc)
    walk(d.element.body)
    return out


def main():
    sys.path.insert(0, HERE)
    os.makedirs(OUT, exist_ok=True)
    import plans_ab1_a, plans_ab1_b, plans_ab1_c
    plans = plans_ab1_a.PLANS + plans_ab1_b.PLANS + plans_ab1_c.PLANS
    for plan in plans:
        if plan["layout"] == "national-template":
            doc = render_national(plan)
        elif plan["layout"] == "ef-table":
            doc = render_blocks(plan, "ef")
        else:
            doc = render_blocks(plan, "bold")
        path = os.path.join(OUT, plan["id"] + ".docx")
        doc.save(path)
        words = sum(len(t.split()) for t in doc_text(path))
        print(plan["id"], plan["layout"], words, "words")


if __name__ == "__main__":
    main()
