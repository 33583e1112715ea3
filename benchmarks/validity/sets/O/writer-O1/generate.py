# -*- coding: utf-8 -*-
"""Generator for blind test set O1 (12 fictional EHC plans, outer London borough voice).
Layouts: bold-statutory, ef-table, national-template (4 each).
Content lives in plans_a.py / plans_b.py / plans_c.py as Python data; this file renders it.
Run: /work/blind/.venv-O1/bin/python generate.py"""
import copy, os, sys
from docx import Document
from docx.shared import Pt, RGBColor
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from docx.table import Table

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import plans_a, plans_b, plans_c

OUT = os.path.join(HERE, "plans")
TEMPLATE = "/work/shared/reference/national-ehcp-template.docx"
COUNCIL = "London Borough of Hollinwell"
AREA_NAMES = {"CI": "Communication and interaction", "CL": "Cognition and learning",
              "SEMH": "Social, emotional and mental health", "SP": "Sensory and/or physical",
              "PFA-EMP": "Preparing for adulthood: employment and education",
              "PFA-IND": "Preparing for adulthood: independent living",
              "PFA-COM": "Preparing for adulthood: friends, relationships and community",
              "PFA-HEALTH": "Preparing for adulthood: good health", "HEALTH": "Health",
              "ALL": "All areas"}

# ------------------------------------------------------------------ helpers
def shade(cell, fill="D9E2F3"):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), fill)
    tcPr.append(shd)

def set_cell(cell, text, bold=False):
    """Replace a cell's text; '\n' starts a new paragraph."""
    paras = cell.paragraphs
    for p in paras[1:]:
        p._p.getparent().remove(p._p)
    p = paras[0]
    for r in list(p.runs):
        r._r.getparent().remove(r._r)
    for h in p._p.findall(qn("w:hyperlink")):
        p._p.remove(h)
    lines = text.split("\n")
    r = p.add_run(lines[0]); r.bold = bold
    for line in lines[1:]:
        np_ = cell.add_paragraph()
        rr = np_.add_run(line); rr.bold = bold

def bold_para(doc, text, size=None):
    p = doc.add_paragraph()
    r = p.add_run(text); r.bold = True
    if size: r.font.size = Pt(size)
    return p

def label_para(doc, label, value):
    p = doc.add_paragraph()
    r = p.add_run(label + ": "); r.bold = True
    p.add_run(value)
    return p

def grid(doc, header, rows, style="Table Grid", head_fill="D9E2F3"):
    t = doc.add_table(rows=1, cols=len(header))
    try:
        t.style = style
    except Exception:
        pass
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, bold=True); shade(t.rows[0].cells[i], head_fill)
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            set_cell(cells[i], v)
    return t

def add_dco_row(t, text):
    cells = t.add_row().cells
    m = cells[0].merge(cells[-1])
    set_cell(m, text)
    shade(m, "EDEDED")

def need_rows(p):
    return [(f"{AREA_NAMES.get(a, name)}: {need}" if False else f"{name}: {need}", ev, imp)
            for (a, name, need, ev, imp) in p["B"]]

# ------------------------------------------------------------------ layout 4: bold-statutory
T_A = "Section A: About me and my family - the views, interests and aspirations of the child and his or her parents, or of the young person"
T_B = "Section B: The child or young person's special educational needs (SEN)"
T_C = "Section C: The child or young person's health needs which relate to their SEN"
T_D = "Section D: The child or young person's social care needs which relate to their SEN or to a disability"
T_E = "Section E: The outcomes sought for the child or young person, including outcomes for adult life"
T_F = "Section F: The special educational provision required by the child or young person"
T_G = "Section G: Any health provision reasonably required by the learning difficulties or disabilities which result in the child or young person having SEN"
T_H1 = "Section H1: Social care provision which must be made for the child or young person under section 2 of the Chronically Sick and Disabled Persons Act 1970"
T_H2 = "Section H2: Any other social care provision reasonably required by the learning difficulties or disabilities which result in the child or young person having SEN"
T_I = "Section I: The name and type of the school, maintained nursery school, post-16 institution or other institution to be attended by the child or young person"
T_J = "Section J: Personal budget (including arrangements for direct payments)"
T_K = "Section K: The advice and information gathered during the EHC needs assessment"

def render_A_plain(doc, p, mark="\u2022"):
    for sub, items in p["A"]:
        q = doc.add_paragraph(); r = q.add_run(sub); r.bold = True; r.italic = True
        for it in items:
            if isinstance(it, tuple) and it[0] == "bullets":
                for b in it[1]:
                    doc.add_paragraph(f"{mark}  {b}")
            else:
                doc.add_paragraph(it)

def provision_table(doc, items):
    return grid(doc, ["Support", "Amount", "Provided by", "Reviewed by"], items)

def render_bold(p):
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(11)
    bold_para(doc, COUNCIL.upper(), 12)
    bold_para(doc, "EDUCATION, HEALTH AND CARE PLAN", 14)
    for k, v in p["front"]:
        label_para(doc, k, v)
    doc.add_paragraph()
    bold_para(doc, T_A)
    render_A_plain(doc, p, "\u2022")
    bold_para(doc, T_B)
    doc.add_paragraph(p["B_intro"])
    grid(doc, ["Need", "Evidence (advice ref)", "Impact on learning"], need_rows(p))
    bold_para(doc, T_C)
    for x in p["C"]: doc.add_paragraph(x)
    bold_para(doc, T_D)
    for x in p["D"]: doc.add_paragraph(x)
    bold_para(doc, T_E)
    doc.add_paragraph("Outcome (what we want to achieve), the steps this year and the review point:")
    for e in p["E"]:
        doc.add_paragraph(f"-  {AREA_NAMES[e['area']]}: {e['outcome']}")
        doc.add_paragraph(f"      o  Steps this year: {e['steps']}")
        doc.add_paragraph(f"      o  Review point: {e['review']}")
    bold_para(doc, T_F)
    areas = []
    for f in p["F"]:
        if f["area"] not in areas: areas.append(f["area"])
    for a in areas:
        q = doc.add_paragraph(); r = q.add_run(AREA_NAMES[a]); r.underline = True
        provision_table(doc, [(f["support"], f["amount"], f["by"], f["rev"]) for f in p["F"] if f["area"] == a])
    bold_para(doc, T_G)
    if p["G"]:
        t = provision_table(doc, p["G"])
        if p.get("dco"): add_dco_row(t, p["dco"])
    else:
        doc.add_paragraph(p.get("G_text", "None."))
    bold_para(doc, T_H1)
    for x in p["H1"]: doc.add_paragraph(x)
    bold_para(doc, T_H2)
    for x in p["H2"]: doc.add_paragraph(("\u2022  " + x) if len(p["H2"]) > 1 else x)
    bold_para(doc, T_I); doc.add_paragraph(p["I"])
    bold_para(doc, T_J); doc.add_paragraph(p["J"])
    bold_para(doc, T_K)
    for adv, who, date in p["K"]:
        doc.add_paragraph(f"\u2022  {adv} - {who}" + (f" - {date}" if date else ""))
    doc.add_paragraph()
    label_para(doc, "Signed on behalf of the " + COUNCIL, "EHC Plan Co-ordinator, SEND Assessment and Review Team")
    return doc

# ------------------------------------------------------------------ layout 2: ef-table
def render_ef(p):
    doc = Document()
    doc.add_heading("Education, Health and Care Plan", level=1)
    doc.add_paragraph(COUNCIL + " - SEND Assessment and Review Team")
    t = doc.add_table(rows=0, cols=2); t.style = "Table Grid"
    for k, v in p["front"]:
        c = t.add_row().cells; set_cell(c[0], k, bold=True); shade(c[0], "F2F2F2"); set_cell(c[1], v)
    doc.add_heading("Section A: About me and my family", level=2)
    for sub, items in p["A"]:
        doc.add_heading(sub, level=3)
        for it in items:
            if isinstance(it, tuple) and it[0] == "bullets":
                for b in it[1]: doc.add_paragraph(b, style="List Bullet")
            else:
                doc.add_paragraph(it)
    doc.add_heading("Section B: Special educational needs", level=2)
    doc.add_paragraph(p["B_intro"])
    grid(doc, ["Need", "Evidence (advice ref)", "Impact on learning"], need_rows(p))
    doc.add_heading("Section C: Health needs related to SEN", level=2)
    for x in p["C"]: doc.add_paragraph(x)
    doc.add_heading("Section D: Social care needs", level=2)
    for x in p["D"]: doc.add_paragraph(x)
    doc.add_heading("Sections E and F: Outcomes and special educational provision", level=2)
    doc.add_paragraph("Each outcome (Section E) is shown with the special educational provision (Section F) that will help Yusuf achieve it.".replace("Yusuf", p["name"]))
    t = doc.add_table(rows=1, cols=4); t.style = "Table Grid"
    for i, h in enumerate(["Outcome", "Provision", "Frequency", "Who"]):
        set_cell(t.rows[0].cells[i], h, bold=True); shade(t.rows[0].cells[i], "DEEAF6")
    for idx, e in enumerate(p["E"]):
        fs = [f for f in p["F"] if f["o"] == idx]
        otext = f"E{idx+1} ({AREA_NAMES[e['area']]})\n{e['outcome']}\nSteps this year: {e['steps']}\nReview point: {e['review']}"
        if not fs:
            c = t.add_row().cells
            set_cell(c[0], otext)
            set_cell(c[1], "Health provision - see Section G.")
            set_cell(c[2], "See Section G"); set_cell(c[3], "See Section G")
            continue
        first = None
        for j, f in enumerate(fs):
            c = t.add_row().cells
            if j == 0:
                first = c[0]; set_cell(c[0], otext)
            set_cell(c[1], f"F{p['F'].index(f)+1}. " + f["support"])
            set_cell(c[2], f["amount"])
            set_cell(c[3], f"{f['by']} (reviewed by: {f['rev']})")
            last = c[0]
        if len(fs) > 1:
            first.merge(last)
            set_cell(first, otext)
    doc.add_heading("Section G: Health provision", level=2)
    if p["G"]:
        t = grid(doc, ["Support", "Amount", "Provided by", "Reviewed by"], p["G"])
        if p.get("dco"): add_dco_row(t, p["dco"])
    else:
        doc.add_paragraph(p.get("G_text", "None."))
    doc.add_heading("Section H1: Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970", level=2)
    for x in p["H1"]: doc.add_paragraph(x)
    doc.add_heading("Section H2: Other social care provision", level=2)
    for x in p["H2"]: doc.add_paragraph(x)
    doc.add_heading("Section I: Placement", level=2); doc.add_paragraph(p["I"])
    doc.add_heading("Section J: Personal budget", level=2); doc.add_paragraph(p["J"])
    doc.add_heading("Section K: Advice and information", level=2)
    grid(doc, ["Advice", "Given by", "Date"], [(a, w, d) for a, w, d in p["K"]])
    return doc

# ------------------------------------------------------------------ layout 6: national template
AREA_TABLE = {"CI": 4, "CL": 5, "SEMH": 6, "SP": 7}

def fill_area_table(t, area):
    # rows: 0 header, 1 'Strengths', 2 strengths text, 3 col heads, 4.. need rows
    if area is None:
        set_cell(t.rows[2].cells[0], "No special educational needs have been identified in this area.")
        for r in list(t.rows)[4:]:
            t._tbl.remove(r._tr)
        return
    set_cell(t.rows[2].cells[0], area["strengths"])
    rows = list(t.rows)[4:]
    for i, (n, f, e) in enumerate(area["rows"]):
        c = rows[i].cells
        set_cell(c[0], n); set_cell(c[1], f); set_cell(c[2], e)
    for r in rows[len(area["rows"]):]:
        t._tbl.remove(r._tr)

def render_template(p):
    doc = Document(TEMPLATE)
    body_paras = doc.paragraphs
    title = [q for q in body_paras if q.text.startswith("EHCP template")][0]
    for r in title.runs[1:]:
        r._r.getparent().remove(r._r)
    title.runs[0].text = "Education, Health and Care Plan - " + COUNCIL
    # front-matter table placed under the title
    ft = doc.add_table(rows=0, cols=2); ft.style = doc.tables[0].style
    for k, v in p["front"] + ([("Next review", p["review_note"])] if p.get("review_note") else []):
        c = ft.add_row().cells; set_cell(c[0], k, bold=True); set_cell(c[1], v)
    title._p.addnext(ft._tbl)
    T = doc.tables[1:]  # original tables (index shifted by the inserted one)
    pe = p["personal"]
    t0 = T[0]
    set_cell(t0.rows[1].cells[1], pe["name"]); set_cell(t0.rows[1].cells[3], pe["preferred"])
    set_cell(t0.rows[2].cells[1], pe["dob"])
    set_cell(t0.rows[3].cells[1], pe["sex"]); set_cell(t0.rows[3].cells[3], pe["ethnicity"])
    set_cell(t0.rows[4].cells[1], pe["lang"]); set_cell(t0.rows[4].cells[3], pe["parent_lang"])
    set_cell(t0.rows[6].cells[1], pe["p1"]); set_cell(t0.rows[6].cells[3], pe["p1rel"])
    set_cell(t0.rows[7].cells[1], "Held on case record"); set_cell(t0.rows[7].cells[3], "Held on case record")
    set_cell(t0.rows[8].cells[1], "Held on case record (anonymised copy)")
    if pe["p2"]:
        set_cell(t0.rows[9].cells[1], pe["p2"]); set_cell(t0.rows[9].cells[3], pe["p2rel"])
        set_cell(t0.rows[10].cells[1], "Held on case record"); set_cell(t0.rows[10].cells[3], "Held on case record")
        set_cell(t0.rows[11].cells[1], "Same as parent or carer 1")
    else:
        for r in list(t0.rows)[9:12]:
            t0._tbl.remove(r._tr)
    sv = p["services"]; t1 = T[1]
    for i, key in enumerate(["setting", "gp", None, "sc", "other", "lac", "waslac", "opp", "moving"], start=1):
        set_cell(t1.rows[i].cells[1], "Not included in anonymised copy" if key is None else sv[key])
    # A1
    t2 = T[2]
    set_cell(t2.rows[0].cells[1], "About me and my family: my story so far", bold=True)
    set_cell(t2.rows[1].cells[1], p["history"] + "\n\nHow I communicate: " + p["communication"])
    t3 = T[3]
    set_cell(t3.rows[3].cells[0], p["child_views"] + "\n\n" + p["family_views"])
    set_cell(t3.rows[5].cells[0], p["interests"])
    set_cell(t3.rows[7].cells[0], p["strengths"])
    set_cell(t3.rows[9].cells[0], p["aspirations"])
    nt = None
    if "PFA" in p["areas"]:
        src = T[7]._tbl
        new = copy.deepcopy(src)
        src.addnext(new)
        gap = OxmlElement("w:p"); src.addnext(gap)
        nt = Table(new, T[7]._parent)
        set_cell(nt.rows[0].cells[0], "Special Educational Needs and Provision (B-F-E)\nPreparing for adulthood\nEmployment and further learning, independent living, friends and community, and good health.", bold=True)
    for area, ti in AREA_TABLE.items():
        fill_area_table(T[ti], p["areas"].get(area))
    if nt is not None:
        fill_area_table(nt, p["areas"]["PFA"])
    # health C-G-E (T[8])
    th = T[8]
    set_cell(th.rows[1].cells[0], p["health_strengths"] or "-")
    hrows = list(th.rows)[3:]
    for i, (c_, g_, e_) in enumerate(p["health"]):
        c = hrows[i].cells; set_cell(c[0], c_); set_cell(c[1], g_); set_cell(c[2], e_)
    for r in hrows[len(p["health"]):]:
        th._tbl.remove(r._tr)
    if p.get("dco"): add_dco_row(th, p["dco"])
    ts = T[9]
    set_cell(ts.rows[1].cells[0], p["social_strengths"])
    srows = list(ts.rows)[3:]
    for i, vals in enumerate(p["social"]):
        c = srows[i].cells
        for j, v in enumerate(vals): set_cell(c[j], v)
    for r in srows[len(p["social"]):]:
        ts._tbl.remove(r._tr)
    tp = T[10]
    set_cell(tp.rows[0].cells[1], p["placement"][0]); set_cell(tp.rows[1].cells[1], p["placement"][1])
    for r in list(tp.rows)[2:]:
        tp._tbl.remove(r._tr)
    tj = T[11]
    set_cell(tj.rows[0].cells[1], p["dp"]); set_cell(tj.rows[1].cells[1], p["dp"] if "direct payment" in p["dp"].lower() else "Not applicable")
    # K
    tk = T[12]
    rows = list(tk.rows)
    slot = {"parent": rows[1], "edu": rows[2], "med": rows[4], "ep": rows[5], "sc": rows[6], "pfa": rows[8]}
    extras = []
    for adv, date, who in p["K"]:
        a = adv.lower()
        key = ("parent" if ("parent" in a or "views" in a) else "edu" if a.startswith("educational advice") else
               "med" if a.startswith("medical") else "ep" if a.startswith("educational psych") else
               "sc" if a.startswith("social care") else "pfa" if a.startswith("preparing") else None)
        if key and key in slot:
            r = slot.pop(key)
            if key in ("parent", "edu"):
                set_cell(r.cells[0], adv)
            c = r.cells; set_cell(c[1], date); set_cell(c[2], who); set_cell(c[3], "YES")
        else:
            extras.append((adv, date, who))
    anchor = rows[3]
    if extras:
        first = extras[0]
        c = anchor.cells; set_cell(c[0], first[0]); set_cell(c[1], first[1]); set_cell(c[2], first[2]); set_cell(c[3], "YES")
        prev = anchor
        for adv, date, who in extras[1:]:
            nr = copy.deepcopy(anchor._tr); prev._tr.addnext(nr)
            from docx.table import _Row
            row = _Row(nr, tk)
            c = row.cells; set_cell(c[0], adv); set_cell(c[1], date); set_cell(c[2], who); set_cell(c[3], "YES")
            prev = row
    else:
        tk._tbl.remove(anchor._tr)
    for key, r in slot.items():  # slots nobody filled: leave as template rows, except blank ones
        if key in ("parent", "edu"):
            tk._tbl.remove(r._tr)
    tsg = T[13]
    c = tsg.rows[1].cells
    set_cell(c[0], "Leanne Ward, EHC Plan Co-ordinator"); set_cell(c[1], "Signed electronically")
    set_cell(c[2], [v for k, v in p["front"] if k == "Date of this EHC plan"][0])
    return doc

GLOSSARY = {"SALT": "speech and language therapist", "EP": "educational psychologist",
            "SENCo": "special educational needs co-ordinator", "OT": "occupational therapist",
            "TA": "teaching assistant", "DCO": "Designated Clinical Officer", "ICB": "Integrated Care Board",
            "CAMHS": "Child and Adolescent Mental Health Services", "PEP": "Personal Education Plan",
            "EAL": "English as an additional language", "ARP": "Additionally Resourced Provision"}

def iter_paragraphs(doc):
    from docx.text.paragraph import Paragraph
    for p in doc.element.body.iter(qn("w:p")):
        yield Paragraph(p, doc)

def explain_acronyms(doc):
    """House style: spell out each acronym on its first use in the plan."""
    import re
    done = set()
    for para in iter_paragraphs(doc):
        ptext = para.text
        for acr, exp in GLOSSARY.items():
            if acr in done: continue
            if not re.search(r"\b" + re.escape(acr) + r"\b", ptext): continue
            done.add(acr)
            if "(" + acr + ")" in ptext or exp.lower() in ptext.lower(): continue
            for run in para.runs:
                m = re.search(r"\b" + re.escape(acr) + r"\b", run.text)
                if m:
                    e = exp[0].upper() + exp[1:] if m.start() == 0 else exp
                    run.text = run.text[:m.start()] + e + " (" + acr + ")" + run.text[m.end():]
                    break
            ptext = para.text

RENDER = {"bold-statutory": render_bold, "ef-table": render_ef, "national-template": render_template}

def main():
    os.makedirs(OUT, exist_ok=True)
    allp = {}
    for m in (plans_a, plans_b, plans_c):
        allp.update(m.P)
    for key in sorted(allp):
        p = allp[key]
        doc = RENDER[p["layout"]](p)
        if not p.get("house_style_off"):
            explain_acronyms(doc)
        doc.save(os.path.join(OUT, p["file"]))
        print("wrote", p["file"], p["layout"])

if __name__ == "__main__":
    main()
