#!/usr/bin/env python3
"""Generator for blind test set P1 (Dervale City Council, fictional). Builds plans/p101-p112.docx and labels.yaml."""

# ---------------------------------------------------------------------------
# Renderers (one per layout). Content is in the PLANS list further down.
# ---------------------------------------------------------------------------
import copy
import docx
from docx.shared import Pt, RGBColor
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.enum.text import WD_ALIGN_PARAGRAPH

TEMPLATE = "/work/shared/reference/national-ehcp-template.docx"
COUNCIL = "Dervale City Council"

STAT_TITLES = {
    "A": "Section A: The views, interests and aspirations of the child and his or her parents, or of the young person",
    "B": "Section B: The child or young person's special educational needs",
    "C": "Section C: The child or young person's health needs which are related to their special educational needs",
    "D": "Section D: The child or young person's social care needs which are related to their special educational needs or to a disability",
    "E": "Section E: The outcomes sought for the child or young person, including outcomes for adult life",
    "F": "Section F: The special educational provision required by the child or young person",
    "G": "Section G: Any health provision reasonably required by the learning difficulties or disabilities which result in the child or young person having special educational needs",
    "H1": "Section H1: Any social care provision which must be made for the child or young person under section 2 of the Chronically Sick and Disabled Persons Act 1970",
    "H2": "Section H2: Any other social care provision reasonably required by the learning difficulties or disabilities which result in the child or young person having special educational needs",
    "I": "Section I: The name and type of the school, post-16 institution or other institution to be attended by the child or young person, or the type of institution",
    "J": "Section J: Personal budget, including arrangements for direct payments",
    "K": "Section K: The advice and information gathered during the education, health and care needs assessment",
}


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def para(container, text="", bold=False, style=None, italic=False, size=None, lead=None):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    if lead:
        r = p.add_run(lead)
        r.bold = True
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    return p


def set_cell(cell, items, bold_first=False):
    """Replace the content of a cell. items: str or list of str / (lead, text)."""
    if isinstance(items, str):
        items = [items]
    for p in cell.paragraphs[1:]:
        p._p.getparent().remove(p._p)
    first = cell.paragraphs[0]
    for r in list(first.runs):
        r._r.getparent().remove(r._r)
    for i, it in enumerate(items):
        p = first if i == 0 else cell.add_paragraph()
        if isinstance(it, tuple):
            r = p.add_run(it[0])
            r.bold = True
            p.add_run(it[1])
        else:
            r = p.add_run(it)
            if bold_first and i == 0:
                r.bold = True


def prov_text(pv):
    what, much, who, fund = pv
    s = f"{what} – {much} – {who}"
    if fund:
        s += f" (funded by: {fund})"
    return s


def unique_provs(area):
    seen, out = set(), []
    for row in area["rows"]:
        for pv in row.get("prov", []):
            if pv[0] not in seen:
                seen.add(pv[0])
                out.append(pv)
    return out


# ----------------------------------------------------------------- bold-statutory
def render_bold(plan, path):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    b = plan.get("bullet", "•")
    sub = plan.get("subbullet", "o")

    p = para(d, COUNCIL.upper(), bold=True, size=14)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = para(d, "EDUCATION, HEALTH AND CARE (EHC) PLAN", bold=True, size=14)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    para(d, "")
    for lab, val in plan["front"]:
        para(d, val, lead=lab + ": ")
    para(d, "")

    A = plan["A"]
    para(d, STAT_TITLES["A"], bold=True)
    para(d, "My one-page profile", bold=True, italic=True)
    para(d, A["intro"], italic=True)
    for head, key in (("What people like and admire about me", "like"),
                      ("What is important to me", "important"),
                      ("How best to support me", "support")):
        para(d, head, bold=True)
        for it in A[key]:
            para(d, f"{b}  {it}")
    para(d, A.get("views_head", "My views"), bold=True)
    for t in A["views"]:
        para(d, t)
    para(d, A.get("family_head", "My family's views"), bold=True)
    for t in A["family"]:
        para(d, t)
    if A.get("hopes"):
        para(d, A.get("hopes_head", "My hopes for the future"), bold=True)
        for t in A["hopes"]:
            para(d, f"{b}  {t}")
    para(d, A.get("story_head", "My story so far"), bold=True)
    for t in A["story"]:
        para(d, t)

    para(d, "")
    para(d, STAT_TITLES["B"], bold=True)
    for area in plan["areas"]:
        para(d, area["title"], bold=True, italic=True)
        para(d, area["strengths"], lead="What is going well: ")
        for row in area["rows"]:
            if row.get("need"):
                para(d, f"{b}  {row['need']}")
        for n in area.get("extra_needs", []):
            para(d, f"{b}  {n}")

    H = plan["health"]
    para(d, "")
    para(d, STAT_TITLES["C"], bold=True)
    for row in H["rows"]:
        para(d, row["need"])

    S = plan["social"]
    para(d, "")
    para(d, STAT_TITLES["D"], bold=True)
    for t in S["D"]:
        para(d, t)

    para(d, "")
    para(d, STAT_TITLES["E"], bold=True)
    for area in plan["areas"]:
        para(d, area["title"], bold=True, italic=True)
        if area.get("aspiration"):
            para(d, area["aspiration"], lead="Long-term aspiration: ")
        for row in area["rows"]:
            if row.get("out"):
                para(d, f"{b}  {row['out']}", lead="")
                para(d, f"      {sub}  How we will know: {row['know']}")
    extra = [(r["out"], r["know"]) for r in H["rows"] if r.get("out")] + S.get("out", [])
    if extra:
        para(d, plan.get("extra_out_title", "Health, care and independence"), bold=True, italic=True)
        for o, k in extra:
            para(d, f"{b}  {o}")
            para(d, f"      {sub}  How we will know: {k}")

    para(d, "")
    para(d, STAT_TITLES["F"], bold=True)
    if plan.get("f_style") == "table":
        for area in plan["areas"]:
            para(d, area["title"], bold=True, italic=True)
            t = d.add_table(rows=1, cols=4)
            t.style = "Table Grid"
            for i, h in enumerate(["What", "How much", "Who", "Funded by"]):
                set_cell(t.rows[0].cells[i], h, bold_first=True)
                shade(t.rows[0].cells[i], "D9D9D9")
            for pv in unique_provs(area):
                cells = t.add_row().cells
                for i in range(4):
                    set_cell(cells[i], pv[i])
            para(d, "")
    else:
        for area in plan["areas"]:
            para(d, area["title"], bold=True, italic=True)
            for what, much, who, fund in unique_provs(area):
                para(d, f"{b}  {what}")
                para(d, f"      {sub}  How much: {much}")
                para(d, f"      {sub}  Who: {who}")
                para(d, f"      {sub}  Funded by: {fund}")

    para(d, "")
    para(d, STAT_TITLES["G"], bold=True)
    provs = [pv for r in H["rows"] for pv in r.get("prov", [])]
    if provs:
        for pv in provs:
            if len(pv) == 1:
                para(d, f"{b}  {pv[0]}")
            else:
                para(d, f"{b}  {pv[0]} – {pv[1]} – {pv[2]}")
    else:
        para(d, H.get("G_none", "None."))
    if H.get("dco"):
        para(d, H["dco"], lead="DCO comments: ")

    para(d, "")
    para(d, STAT_TITLES["H1"], bold=True)
    for t in S["H1"]:
        para(d, t)
    para(d, "")
    para(d, STAT_TITLES["H2"], bold=True)
    for t in S["H2"]:
        para(d, t)

    para(d, "")
    para(d, STAT_TITLES["I"], bold=True)
    for t in plan["I"]:
        para(d, t)
    para(d, "")
    para(d, STAT_TITLES["J"], bold=True)
    for t in plan["J"]:
        para(d, t)
    para(d, "")
    para(d, STAT_TITLES["K"], bold=True)
    for lab, date, who in plan["K"]:
        para(d, f"{b}  {lab}: {who}{' – ' + date if date else ''}")
    para(d, "")
    para(d, f"Signed on behalf of {COUNCIL}: {plan['signoff'][0]}, {plan['signoff'][1]}")
    d.save(path)


# ----------------------------------------------------------------- ef-table
def render_ef(plan, path):
    d = docx.Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(11)
    d.add_heading(f"{COUNCIL} – Education, Health and Care (EHC) Plan", level=1)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for lab, val in plan["front"]:
        c = t.add_row().cells
        set_cell(c[0], lab, bold_first=True)
        shade(c[0], "E7E6E6")
        set_cell(c[1], val)

    A = plan["A"]
    d.add_heading("Section A – My one-page profile, views and aspirations", level=1)
    para(d, A["intro"], italic=True)
    for head, key in (("What people like and admire about me", "like"),
                      ("What is important to me", "important"),
                      ("How best to support me", "support")):
        d.add_heading(head, level=2)
        for it in A[key]:
            d.add_paragraph(it, style="List Bullet")
    d.add_heading(A.get("views_head", "My views"), level=2)
    for x in A["views"]:
        para(d, x)
    d.add_heading(A.get("family_head", "My family's views"), level=2)
    for x in A["family"]:
        para(d, x)
    if A.get("hopes"):
        d.add_heading(A.get("hopes_head", "My hopes for the future"), level=2)
        for x in A["hopes"]:
            d.add_paragraph(x, style="List Bullet")
    d.add_heading(A.get("story_head", "My story so far"), level=2)
    for x in A["story"]:
        para(d, x)

    d.add_heading("Section B – Special educational needs", level=1)
    for area in plan["areas"]:
        d.add_heading(area["title"], level=2)
        para(d, area["strengths"], lead="Strengths: ")
        for row in area["rows"]:
            if row.get("need"):
                d.add_paragraph(row["need"], style="List Bullet")
        for n in area.get("extra_needs", []):
            d.add_paragraph(n, style="List Bullet")

    H = plan["health"]
    d.add_heading("Section C – Health needs related to special educational needs", level=1)
    for row in H["rows"]:
        para(d, row["need"])
    S = plan["social"]
    d.add_heading("Section D – Social care needs related to special educational needs or disability", level=1)
    for x in S["D"]:
        para(d, x)

    d.add_heading("Sections E and F – Outcomes and special educational provision", level=1)
    para(d, "Each outcome is set for the end of the key stage (or sooner where shown). "
            "The provision needed to reach it is on the same row.", italic=True)
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Outcome", "Provision", "Frequency", "Who"]):
        set_cell(t.rows[0].cells[i], h, bold_first=True)
        shade(t.rows[0].cells[i], "1F4E79")
        for r in t.rows[0].cells[i].paragraphs[0].runs:
            r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)

    def area_row(title, asp):
        cells = t.add_row().cells
        m = cells[0].merge(cells[3])
        items = [(title, "")]
        if asp:
            items.append(("Long-term aspiration: ", asp))
        set_cell(m, items)
        shade(m, "DEEAF6")

    def out_rows(out, know, provs):
        provs = provs or [("See Section G / H", "", "", "")]
        first = None
        for j, pv in enumerate(provs):
            cells = t.add_row().cells
            if j == 0:
                first = cells[0]
                set_cell(cells[0], [out, ("How we will know: ", know)])
            else:
                first = first.merge(cells[0])
            set_cell(cells[1], pv[0])
            set_cell(cells[2], pv[1])
            who = [pv[2]] + ([("Funded by: ", pv[3])] if pv[3] else [])
            set_cell(cells[3], who)

    for area in plan["areas"]:
        area_row(area["title"], area.get("aspiration"))
        for row in area["rows"]:
            if row.get("out"):
                out_rows(row["out"], row["know"], row.get("prov"))
            elif row.get("prov"):
                out_rows("(Supports the outcomes above)", "as above", row.get("prov"))
    hrows = [r for r in H["rows"] if r.get("out")]
    if hrows or S.get("out"):
        area_row(plan.get("extra_out_title", "Health, care and independence"), plan.get("extra_asp"))
        for r in hrows:
            out_rows(r["out"], r["know"], [("Health provision – see Section G", "See Section G", "See Section G", "")])
        for o, k in S.get("out", []):
            out_rows(o, k, [("Social care provision – see Section H", "See Section H", "See Section H", "")])

    d.add_heading("Section G – Health provision", level=1)
    provs = [pv for r in H["rows"] for pv in r.get("prov", [])]
    if provs:
        g = d.add_table(rows=1, cols=3)
        g.style = "Table Grid"
        for i, h in enumerate(["What", "How much", "Who"]):
            set_cell(g.rows[0].cells[i], h, bold_first=True)
            shade(g.rows[0].cells[i], "E7E6E6")
        for pv in provs:
            c = g.add_row().cells
            for i in range(3):
                set_cell(c[i], pv[i] if i < len(pv) else "")
    else:
        para(d, H.get("G_none", "None."))
    if H.get("dco"):
        d.add_heading("DCO comments", level=2)
        para(d, H["dco"])

    d.add_heading("Section H1 – Social care provision (section 2, Chronically Sick and Disabled Persons Act 1970)", level=1)
    for x in S["H1"]:
        para(d, x)
    d.add_heading("Section H2 – Other social care provision", level=1)
    for x in S["H2"]:
        para(d, x)
    d.add_heading("Section I – Placement", level=1)
    for x in plan["I"]:
        para(d, x)
    d.add_heading("Section J – Personal budget", level=1)
    for x in plan["J"]:
        para(d, x)
    d.add_heading("Section K – Advice and information", level=1)
    k = d.add_table(rows=1, cols=3)
    k.style = "Table Grid"
    for i, h in enumerate(["Advice", "Given by", "Date"]):
        set_cell(k.rows[0].cells[i], h, bold_first=True)
        shade(k.rows[0].cells[i], "E7E6E6")
    for lab, date, who in plan["K"]:
        c = k.add_row().cells
        set_cell(c[0], lab)
        set_cell(c[1], who)
        set_cell(c[2], date)
    para(d, "")
    para(d, f"{plan['signoff'][0]}, for {COUNCIL}. Date issued: {plan['signoff'][1]}")
    d.save(path)


# ----------------------------------------------------------------- national template
def _trim_rows(table, start, n_used):
    rows = list(table.rows)
    for r in rows[start + n_used:]:
        table._tbl.remove(r._tr)


def render_national(plan, path):
    d = docx.Document(TEMPLATE)
    T = d.tables
    nat = plan["nat"]
    # title and plan details
    h = [p for p in d.paragraphs if p.style.name == "Heading 1"][0]
    for r in h.runs[1:]:
        r._r.getparent().remove(r._r)
    h.runs[0].text = f"{COUNCIL} – Education, Health and Care Plan"
    ft = d.add_table(rows=0, cols=2)
    ft.style = T[1].style
    for lab, val in plan["front"]:
        c = ft.add_row().cells
        set_cell(c[0], lab, bold_first=True)
        set_cell(c[1], val)
    h._p.addnext(ft._tbl)

    # personal details
    pd = T[0]
    set_cell(pd.rows[1].cells[1], plan["name"])
    set_cell(pd.rows[1].cells[3], nat.get("preferred", plan["name"]))
    set_cell(pd.rows[2].cells[0], "Date of birth:")
    set_cell(pd.rows[2].cells[1], nat["dob"])
    set_cell(pd.rows[3].cells[1], nat["sex"])
    set_cell(pd.rows[3].cells[3], nat["ethnicity"])
    set_cell(pd.rows[4].cells[1], nat["lang"])
    set_cell(pd.rows[4].cells[3], nat["parent_lang"])
    set_cell(pd.rows[6].cells[1], nat["p1"][0])
    set_cell(pd.rows[6].cells[3], nat["p1"][1])
    for rr in (7, 10):
        set_cell(pd.rows[rr].cells[1], "Held on file (removed from this copy)")
        set_cell(pd.rows[rr].cells[3], "Held on file (removed from this copy)")
    set_cell(pd.rows[8].cells[1], "Held on file (removed from this copy)")
    set_cell(pd.rows[9].cells[1], nat["p2"][0])
    set_cell(pd.rows[9].cells[3], nat["p2"][1])
    set_cell(pd.rows[11].cells[1], nat["p2"][2])

    sv = T[1]
    for i, key in enumerate(["setting", "gp", "nhs", "known_sc", "others", "lac", "was_lac", "opp", "moving"], start=1):
        set_cell(sv.rows[i].cells[1], nat[key])

    A = plan["A"]
    set_cell(T[2].rows[1].cells[1], A["story"] + [("How I communicate: ", nat["communication"])])
    a2 = T[3]
    set_cell(a2.rows[1].cells[0], nat.get("recordings", "No drawings or recordings were sent in for this plan."))
    views = [("How these views were gathered: ", A["intro"]),
             ("My one-page profile", ""),
             ("What people like and admire about me: ", " ".join(A["like"])),
             ("What is important to me: ", " ".join(A["important"])),
             ("How best to support me: ", " ".join(A["support"])),
             (A.get("views_head", "My views") + ": ", "")] + A["views"] + \
            [(A.get("family_head", "My family's views") + ": ", "")] + A["family"]
    set_cell(a2.rows[3].cells[0], views)
    set_cell(a2.rows[5].cells[0], nat["interests"])
    set_cell(a2.rows[7].cells[0], nat["strengths"])
    set_cell(a2.rows[9].cells[0], A["hopes"] if A.get("hopes") else ["Not recorded."])

    area_tables = {"CI": T[4], "CL": T[5], "SEMH": T[6], "SP": T[7]}
    used = {a["key"]: a for a in plan["areas"]}
    for key, tb in area_tables.items():
        if key in used:
            a = used[key]
            set_cell(tb.rows[2].cells[0], a["strengths"] if isinstance(a["strengths"], list) else [a["strengths"]])
            rows = a["rows"]
            for i, row in enumerate(rows):
                c = tb.rows[4 + i].cells
                set_cell(c[0], row.get("need", ""))
                set_cell(c[1], [prov_text(pv) for pv in row.get("prov", [])] or [""])
                outs = [row["out"], ("How we will know: ", row["know"])] if row.get("out") else [""]
                if row.get("out") and a.get("aspiration") and i == 0:
                    outs = [("Long-term aspiration: ", a["aspiration"])] + outs
                set_cell(c[2], outs)
            _trim_rows(tb, 4, len(rows))
        else:
            set_cell(tb.rows[2].cells[0], nat["not_area"][key])
            c = tb.rows[4].cells
            set_cell(c[0], "No special educational needs in this area at present.")
            set_cell(c[1], "None required.")
            set_cell(c[2], "Not applicable.")
            _trim_rows(tb, 4, 1)

    H = plan["health"]
    cg = T[8]
    set_cell(cg.rows[1].cells[0], H.get("strengths", ""))
    for i, row in enumerate(H["rows"]):
        c = cg.rows[3 + i].cells
        set_cell(c[0], row["need"])
        pv = row.get("prov", [])
        set_cell(c[1], [f"{p[0]} – {p[1]} – {p[2]}" if len(p) == 3 else p[0] for p in pv] or [row.get("prov_none", "")])
        set_cell(c[2], [row["out"], ("How we will know: ", row["know"])] if row.get("out") else [row.get("out_none", "")])
    _trim_rows(cg, 3, len(H["rows"]))
    if H.get("dco"):
        p = d.add_paragraph()
        r = p.add_run("DCO comments: ")
        r.bold = True
        p.add_run(H["dco"])
        cg._tbl.addnext(p._p)

    S = plan["social"]
    dh = T[9]
    set_cell(dh.rows[1].cells[0], S.get("strengths", ""))
    c = dh.rows[3].cells
    set_cell(c[0], S["D"])
    set_cell(c[1], S["H1"])
    set_cell(c[2], S["H2"])
    set_cell(c[3], [x for o, k in S.get("out", []) for x in (o, ("How we will know: ", k))] or ["No social care outcomes are needed."])
    _trim_rows(dh, 3, 1)

    it = T[10]
    set_cell(it.rows[0].cells[1], nat["i_name"])
    set_cell(it.rows[1].cells[1], nat["i_type"])
    set_cell(it.rows[2].cells[0], "Start date / attendance")
    set_cell(it.rows[2].cells[1], nat["i_start"])
    _trim_rows(it, 0, 3)
    jt = T[11]
    set_cell(jt.rows[0].cells[1], plan["J"][0])
    set_cell(jt.rows[1].cells[1], plan["J"][1] if len(plan["J"]) > 1 else "Not applicable.")

    kt = T[12]
    slots = {"medical": 4, "ep": 5, "social": 6, "other": 7, "pfa": 8, "parent_req": 9}
    generic = [k for k in plan["K"] if len(k) < 4 or k[3] is None]
    slotted = [k for k in plan["K"] if len(k) == 4 and k[3] is not None]
    slot_tr = {k: kt.rows[v]._tr for k, v in slots.items()}
    last_tr = {}
    for lab, date, who, slot in slotted:
        if slot in last_tr:
            new = copy.deepcopy(last_tr[slot])
            last_tr[slot].addnext(new)
            last_tr[slot] = new
        else:
            last_tr[slot] = slot_tr[slot]
        r = [x for x in kt.rows if x._tr is last_tr[slot]][0]
        c = r.cells
        set_cell(c[0], lab)
        set_cell(c[1], date)
        set_cell(c[2], who)
        set_cell(c[3], "YES")
    blank_rows = [kt.rows[1], kt.rows[2], kt.rows[3]]
    while len(generic) > len(blank_rows):
        new = copy.deepcopy(blank_rows[-1]._tr)
        blank_rows[-1]._tr.addnext(new)
        blank_rows.append([x for x in kt.rows if x._tr is new][0])
    for r, g in zip(blank_rows, generic):
        c = r.cells
        set_cell(c[0], g[0])
        set_cell(c[1], g[1])
        set_cell(c[2], g[2])
        set_cell(c[3], "YES")
    for r in blank_rows[len(generic):]:
        kt._tbl.remove(r._tr)

    so = T[13]
    set_cell(so.rows[1].cells[0], plan["signoff"][0])
    set_cell(so.rows[1].cells[1], "Signed electronically")
    set_cell(so.rows[1].cells[2], plan["signoff"][1])
    d.save(path)


RENDER = {"bold-statutory": render_bold, "ef-table": render_ef, "national-template": render_national}

# ---------------------------------------------------------------------------
# Plan content, part 1 (p101 - p106)
# ---------------------------------------------------------------------------
PLANS = []

# ============================================================== p101 Tyler
PLANS.append(dict(
    file="p101.docx", layout="bold-statutory", name="Tyler", age=15, year_group="Year 10",
    needs=["SEMH", "ADHD"], voice="first person (one-page profile)", f_style="table", bullet="•", subbullet="o",
    front=[("Name", "Tyler"), ("Plan start date", "6 January 2023"), ("Most recent review", "21 October 2025"),
           ("Curriculum year", "Year 10"), ("Education", "EOTAS package (tutor, online school, personal budget)"),
           ("EHC co-ordinator", "Sarah Bains")],
    A=dict(
        intro="Tyler talked about this page with his YOS worker and his EOTAS tutor at the youth centre on 2 October 2025. These are his words.",
        like=["I'm good at fixing things. I sorted the brakes on my cousin's bike and the chain on my mate's.",
              "People say I'm funny and I stick up for my mates and my little brother.",
              "Gary at the boxing gym says I never miss a session and I work harder than anyone there."],
        important=["My nan – I see her every Sunday.", "My dog, Tyson.",
                   "Being spoken to like an adult, not shouted at.", "Having my own space when I'm angry."],
        support=["Tell me straight what's going on and why.",
                 "If I'm wound up, give me five minutes and don't stand over me.",
                 "Let me get up and move. I can't sit still for an hour.",
                 "Don't keep bringing up stuff from my old schools."],
        views=["\"School never worked for me. I got kicked out of two schools and then the PRU. Doing lessons with Dan in the library is better because it's just me and him and he doesn't make a big deal if I need a break. I want to get my maths and English sorted. I'm not bothered about science.\"",
               "\"The online lessons are alright if I can keep my camera off. Boxing is the best bit of my week.\""],
        family_head="My mum's views",
        family=["Tyler's mum, Kerry, says Tyler is a kind lad at home and is brilliant with his little brother. She is worried that he is easily led by older boys and that his arrest in the summer frightened him more than he lets on. She wants him to keep going with his tutoring, get his English and maths, and stay out of trouble."],
        hopes=["\"I want to be a mechanic like my uncle Lee. He says I can help out at his garage on Saturdays when I'm 16, and then I want to go to college to do motor vehicle.\"",
               "Kerry: \"I want him to have a trade and a future. Most of all I want him to be safe.\""],
        story=["Tyler was permanently excluded from his secondary school in Year 8. He attended the PRU for two terms before a second permanent exclusion in Year 9. He has had an EOTAS package since January 2023.",
               "Tyler was diagnosed with ADHD by the Community Paediatrician in 2021. His EP report describes a history of ACEs, including domestic abuse in the family home before he was 10. In August 2025 he received a nine-month Referral Order and is supervised by the YOS."],
    ),
    areas=[
        dict(key="SEMH", title="Social, emotional and mental health",
             strengths="Tyler is loyal, has a good sense of humour and responds well to adults who are calm and direct. He has gone to boxing three times a week for a year without missing a session.",
             aspiration="To stay calm and stay in education.",
             rows=[
                 dict(need="Tyler has ADHD and traits of ODD. He finds it very hard to sit still, wait or listen for more than 10 minutes at a time.",
                      out="By the end of KS4, Tyler will use an agreed calming strategy (a walk, the boxing pads or a 5-minute break) when he feels angry in tutor sessions, on 4 out of 5 occasions.",
                      know="Tutor's session log, reviewed half-termly with the YOS worker.",
                      prov=[("Tutoring sessions each week in English and maths, using RP approaches.", "Each week", "EOTAS tutor", "High Needs Block"),
                            ("Access to a YOS mentor as required to support engagement.", "As required", "YOS mentor", "YOS")]),
                 dict(need="When he feels criticised or cornered, Tyler becomes angry very quickly. In the past this led to physical aggression towards staff and to two permanent exclusions.",
                      out="By July 2026, Tyler will attend 90% of his timetabled tutoring and online lessons.",
                      know="Attendance records from the tutor and the online school, checked monthly by the EOTAS co-ordinator.",
                      prov=[("1:1 boxing coaching at Eastgate Amateur Boxing Club to practise self-regulation (breathing, pacing, stopping on a signal)", "2 x 1 hr per week", "Head coach (England Boxing Level 2 coach)", "Personal budget £4,500 per year (Section J)")]),
             ]),
        dict(key="CL", title="Cognition and learning",
             strengths="Tyler has good practical problem solving and is quick at mental arithmetic with money.",
             aspiration="To get his English and maths.",
             rows=[
                 dict(need="Tyler's reading age is 9 years 4 months (tested September 2025). He avoids reading aloud and his written work is short, with little punctuation.",
                      out="By the end of KS4, Tyler's reading age will rise to at least 11 years on the tutor's standardised reading test.",
                      know="Standardised reading test each term by the tutor.",
                      prov=[("Reading intervention using a structured phonics and fluency programme", "Each session", "EOTAS tutor", "High Needs Block"),
                            ("Opportunities for vocational taster sessions where possible.", "Termly", "EOTAS co-ordinator", "High Needs Block")]),
                 dict(need="In maths Tyler is working at about Entry Level 3, with gaps in fractions, measures and written methods.",
                      out="By the end of KS4, Tyler will pass Functional Skills maths at Entry Level 3.",
                      know="Exam result; practice papers marked by the online school each half term.",
                      prov=[("Live online lessons in maths and English", "3 x 1 hr per week, small group (max. 6)", "Qualified teachers at Brightpath Online Academy", "High Needs Block")]),
             ]),
    ],
    health=dict(rows=[
        dict(need="Tyler has ADHD, diagnosed in 2021 by the Community Paediatrician. He takes slow-release methylphenidate each morning; Kerry says he is calmer and can focus for longer when he takes it.",
             prov=[("ADHD medication review (height, weight, blood pressure and dose)", "Every 6 months, 30-minute clinic appointment", "Community Paediatrician (Dr Okonjo), Dervale Children's Centre")]),
        dict(need="Tyler was seen by CAMHS (Youth Justice Liaison) after his arrest. The practitioner found low mood and poor sleep linked to worry about his court case, but no mental health disorder.",
             prov=[("Sessions on sleep, low mood and managing worry", "Fortnightly, 45 minutes, 8 sessions from November 2025", "CAMHS (Youth Justice Liaison) practitioner, at the YOS office")],
             out="By July 2026, Tyler will sleep for at least 8 hours on 4 school nights out of 5.",
             know="Tyler's sleep diary, checked with the CAMHS practitioner at each session."),
    ], dco="The health advice has been read and the provision in Section G is agreed on behalf of Dervale and County ICB. Helen Adeyemi, DCO, 4 November 2025."),
    extra_out_title="Health",
    social=dict(
        D=["Tyler lives with his mum and his younger brother. He is subject to a nine-month Referral Order (from August 2025) and meets his YOS worker each week.",
           "An Early Help assessment in September 2025 found no need for statutory social care involvement. The YOS and Early Help worker are concerned that Tyler is easily drawn into anti-social behaviour by older young people in the area."],
        H1=["None. Short breaks were discussed with Kerry; she does not feel they are needed."],
        H2=["YOS Referral Order supervision: weekly 1-hour session with his YOS worker until May 2026.",
            "Early Help Family Worker: fortnightly home visit of 1 hour for 12 weeks from September 2025, working with Kerry on routines and boundaries."],
        out=[]),
    I=["EOTAS under section 61 of the Children and Families Act 2014. The package in Section F is co-ordinated by the Dervale EOTAS Team."],
    J=["Personal budget of £4,500 per year, paid as a direct payment to Kerry every quarter, for Tyler's boxing coaching (Section F). Kerry is supported by the Direct Payments Support Service."],
    K=[("Parent's views", "19 September 2025", "Kerry (mum)"),
       ("Young person's views", "2 October 2025", "Tyler, with his YOS worker"),
       ("Educational advice", "12 September 2025", "Dan Whitby, EOTAS tutor (qualified teacher)"),
       ("Psychological advice", "25 July 2025", "Dr Ruth Mallory, Educational Psychologist"),
       ("Medical advice", "8 August 2025", "Dr Okonjo, Community Paediatrician"),
       ("Mental health advice", "30 September 2025", "Priya Lal, CAMHS (Youth Justice Liaison)"),
       ("Social care advice (Early Help assessment)", "15 September 2025", "Joanne Ferris, Early Help Family Worker"),
       ("Youth justice advice", "1 October 2025", "Lewis Grant, YOS case manager"),
       ("Preparing for adulthood advice", "10 October 2025", "Becky Lowe, careers adviser, Dervale Careers Hub")],
    signoff=("Sarah Bains, EHC co-ordinator", "4 November 2025"),
    fails={
        "PR-VAGUE-WORDING": "\"Access to a YOS mentor as required to support engagement.\" and \"Opportunities for vocational taster sessions where possible.\" - woolly wording in F",
        "PR-QUANTIFIED": "\"Tutoring sessions each week in English and maths\" with How much \"Each week\"; reading intervention \"Each session\" - no hours, session length or tutor expertise; mentor \"As required\"",
        "PC-PFA": "Year 10 plan; outcomes are calming, attendance, reading age, Functional Skills maths and sleep - no employment/college, independent living or community outcome",
        "PC-ASPIRATION-LINK": "A: \"I want to be a mechanic like my uncle Lee\" / \"go to college to do motor vehicle\" - no outcome builds on this aspiration",
        "LG-JARGON": "\"EOTAS\", \"YOS\", \"PRU\", \"ODD\", \"ACEs\", \"RP approaches\", \"KS4\", \"CAMHS\", \"ICB\", \"DCO\" never explained",
        "CA-ANNUAL-REVIEW": "\"Most recent review: 21 October 2025\" - more than 12 months before the audit date 2026-12-01",
    },
    notes={"PC-ASPIRATIONS": "pass: aspirations clearly stated in A (mechanic, college) - the failure is the link, not their absence",
           "SC-STATUTORY-LINK": "na: Referral Order/YOS and Early Help only - not looked after, CIN or CP",
           "CA-ADVICE-AGE": "pass: all advice July-October 2025, less than 12 months before the October/November 2025 review and reissue"},
))

# ============================================================== p102 Amira
PLANS.append(dict(
    file="p102.docx", layout="ef-table", name="Amira", age=3, year_group="Nursery (FS1)",
    needs=["speech and language", "EAL"], voice="observation through play by key person",
    front=[("Name", "Amira"), ("Plan start date", "3 November 2026"),
           ("Most recent review", "First plan – first review by May 2027 (every six months while Amira is under five)"),
           ("Curriculum year", "Nursery (FS1), Early Years Foundation Stage (EYFS)"), ("Age", "3 years"),
           ("Setting", "Meadowbank Primary School Nursery Class"),
           ("Home languages", "Kurdish (Sorani) and Arabic; English is an additional language (EAL) for Amira")],
    A=dict(
        intro="Amira is 3 and is beginning to use single English words. Her key person at nursery, Leanne, gathered her views over three weeks in September 2026 by watching her play, using photos and a choosing board, and by talking with her parents through a Kurdish interpreter.",
        like=["Amira is gentle and caring: she brings the baby doll to Leanne when it \"needs\" a nappy.",
              "She is determined and keeps trying with the shape sorter until every piece is in.",
              "She has a lovely laugh and joins in with the actions to \"Row, row, row your boat\"."],
        important=["Her big brother Rawand, who collects her every day.", "Water play and the sand tray.",
                   "Her pink rabbit from home, which lives in her tray."],
        support=["Get down to her level and show her what you mean with objects and pictures.",
                 "Say single English words clearly and let her answer in Kurdish too – both languages count.",
                 "Give her time: count to ten in your head before you help."],
        views_head="What Amira tells us through her play",
        views=["Amira shows us she loves the water tray. She goes there first every morning and takes an adult's hand to lead them over.",
               "When the room gets noisy she covers her ears and hides in the book corner. She comes out when Leanne sits nearby and holds out her rabbit.",
               "On the choosing board she picks the photos of water, bubbles and the garden most days. She watches the other children in the role-play kitchen and copies what they do, which tells us she wants to join in."],
        family_head="What Amira's family say",
        family=["Amira's mum and dad, Shilan and Karwan, said (through an interpreter) that Amira talks much more at home in Kurdish, but only to family. They are proud of how she helps with her baby sister. They would like her to make friends and to understand what adults say to her at nursery."],
        hopes_head="Hopes for the future",
        hopes=["Amira's parents hope she will talk confidently in Kurdish and English, and start school at Meadowbank with her brother in September 2027.",
               "Shilan says: \"One day I would like her to be a teacher, like her auntie.\""],
        story_head="Amira's story so far",
        story=["Amira was born in Dervale. She started at nursery in April 2026. After repeated ear infections she had grommets (tiny tubes that let air into the middle ear) fitted in August 2026."],
    ),
    areas=[
        dict(key="CI", title="Communication and interaction",
             strengths="Amira understands many everyday words in Kurdish and is learning the English names of things she uses, such as cup, coat and bubbles. She points and uses eye contact well to show what she wants.",
             aspiration="To talk with her friends and family in Kurdish and English.",
             rows=[
                 dict(need="Amira's understanding and use of language are behind what is expected for her age in Kurdish as well as in English. The speech and language therapist (SaLT) found that this is a language difficulty and not only because English is new to her. She uses single words and gestures and does not yet join two words together.",
                      out="By the end of Spring term 2027, Amira will join two words together (for example \"more bubbles\") in either language, at least 5 times in a nursery session.",
                      know="Leanne's weekly observation notes, and the SaLT's review in March 2027.",
                      prov=[("Language session with her favourite toys, working on the SaLT's current targets", "Daily for 10 minutes, 1:1", "Key person (Early Years Educator trained by the SaLT)", "Early Years Inclusion Fund"),
                            ("SaLT visit to assess, show staff how to use the strategies and update targets", "Twice per half term, 1 hour each visit", "Speech and language therapist, Dervale Children's Speech and Language Therapy Service", "Local authority"),
                            ("Dual-language picture book sent home with a short note for parents on how to share it", "One book each week", "Nursery teacher, with the EAL advisory teacher", "Nursery budget")]),
                 dict(need="Amira does not yet turn or look when her name is called while she is busy playing, and she finds it hard to follow an instruction unless it is shown to her.",
                      out="By July 2027, Amira will stop and look at the adult when her name is called during play, on 4 out of 5 tries.",
                      know="Key person's tally chart, shared with parents at each six-monthly review.",
                      prov=[("Listening and attention games (such as \"Ready, steady… go\" with toys)", "3 x 15 minutes per week, small group (max. 4)", "Nursery teaching assistant (TA), trained in the games by the SaLT", "Early Years Inclusion Fund"),
                            ("Visual timetable and objects of reference used at every change of activity", "Every session", "Prepared and kept up to date by the key person", "Nursery budget")]),
             ]),
        dict(key="SEMH", title="Social, emotional and mental health",
             strengths="Amira is affectionate, settles quickly with Leanne and is happy to play alongside one familiar child.",
             aspiration="To feel safe at nursery and to play with other children.",
             rows=[
                 dict(need="When the room is noisy or a routine changes without warning, Amira becomes upset, covers her ears and hides. This happens two or three times a day.",
                      out="By the end of Spring term 2027, Amira will play next to another child at the water or sand tray for 5 minutes, with an adult nearby, on 3 days a week.",
                      know="Observations in Amira's learning journal, written by her key person.",
                      prov=[("A calm corner with cushions, ear defenders and her rabbit; Amira is shown the \"quiet\" photo and taken there when she covers her ears", "Set up every session", "Key person", "Nursery budget"),
                            ("Adult-supported play with one other child", "Daily, 10 minutes", "Key person", "Early Years Inclusion Fund")]),
             ]),
    ],
    extra_out_title="Health",
    health=dict(rows=[
        dict(need="Amira has had repeated ear infections and glue ear. She had grommets fitted at Dervale Royal Hospital in August 2026. Her hearing test in October 2026 was within the normal range, but her hearing needs to be checked in case the glue ear comes back. She has no other health needs.",
             prov=[("Hearing test and grommet check", "Every 6 months, 30-minute appointment (next April 2027)", "Paediatric Audiology, Dervale Royal Hospital"),
                   ("Review of grommets", "Once, in February 2027", "Ear, Nose and Throat (ENT) consultant, Dervale Royal Hospital")],
             out="By July 2027, Amira will let an adult know when her ears hurt or she cannot hear, by pointing to her ear or saying \"ear\".",
             know="Key person records each time in the home–nursery book; parents say at the review whether she does this at home."),
    ], dco="The health advice has been considered and the provision in Section G is agreed by the Integrated Care Board (ICB). Agreed by Helen Adeyemi, Designated Clinical Officer (DCO), 27 October 2026."),
    social=dict(
        D=["Amira does not have social care needs relating to her special educational needs. Her parents were asked about this at the planning meeting: they have a supportive extended family nearby and do not want short breaks or Early Help at present. The Children's Services Duty and Advice Team confirmed that the family is not known to social care."],
        H1=["No provision needed. Short breaks were explained to Amira's parents; they do not want them now and know they can ask again at the review."],
        H2=["No provision needed. The family have the contact details for the Family Hub if they would like Early Help in future."],
        out=[]),
    I=["Meadowbank Primary School Nursery Class (maintained school nursery): 15 hours per week, rising to 30 hours per week from January 2027."],
    J=["No personal budget has been requested."],
    K=[("Parents' views (with Kurdish interpreter)", "2 September 2026", "Shilan and Karwan (parents)"),
       ("Educational advice", "9 September 2026", "Joyce Ndlovu, nursery teacher and Special Educational Needs Co-ordinator (SENCo), with Leanne Hardy, key person"),
       ("Psychological advice", "16 September 2026", "Dr Fiona Kerr, Educational Psychologist"),
       ("Medical advice", "26 August 2026", "Dr Simran Bhatt, Community Paediatrician"),
       ("Speech and language therapy advice", "4 September 2026", "Holly Grant, Speech and Language Therapist"),
       ("Audiology report", "14 October 2026", "Clare Dunn, Clinical Scientist, Paediatric Audiology"),
       ("ENT clinic letter", "19 August 2026", "Mr Farouk, ENT consultant"),
       ("EAL advice", "11 September 2026", "Gul Khan, EAL advisory teacher, Minority Ethnic Achievement Service"),
       ("Social care advice", "18 August 2026", "Tom Hale, Senior Practitioner, Children's Services Duty and Advice Team")],
    signoff=("Adam Kowalski, EHC co-ordinator", "3 November 2026"),
    fails={},
    notes={"PC-VOICE": "pass (trap): a 3-year-old's views gathered through play by her key person - \"What Amira tells us through her play\"",
           "PR-QUANTIFIED": "pass (trap): SaLT visit \"Twice per half term, 1 hour each visit\" - professional visit, no group size needed",
           "SC-NEEDS": "pass (trap): no social care needs, stated with basis (parents asked; Duty and Advice Team check)"},
))

# ============================================================== p103 Reuben
PLANS.append(dict(
    file="p103.docx", layout="national-template", name="Reuben", age=8, year_group="Year 3",
    needs=["Down syndrome", "speech and language"], voice="third person, words and Makaton gathered by TA",
    front=[("Plan start date", "14 September 2026"), ("Most recent review", "Not yet reviewed (new plan)"),
           ("Curriculum year", "Year 3")],
    nat=dict(dob="Withheld in this anonymised copy (age 8)", sex="Male", ethnicity="White British",
             lang="English (uses Makaton signs)", parent_lang="English", p1=("Gemma", "Mother"),
             p2=("Paul", "Father", "Same address"),
             setting="Brookvale Primary School (mainstream)",
             gp="Dr Simran Bhatt, Community Paediatrician", nhs="Removed from this copy",
             known_sc="No", others="Speech and Language Therapy; Occupational Therapy; Educational Psychology",
             lac="No", was_lac="No", opp="Yes – included in A2", moving="No",
             communication="Reuben talks in two- or three-word phrases, which people who do not know him find hard to understand. He uses Makaton signs (a language programme of signs and symbols used alongside speech) and photos to make himself understood.",
             interests="Fire engines and anything with a siren; the Gruffalo; swimming with his dad on Saturdays; dancing to music in the kitchen.",
             strengths="Reuben is sociable and loving and he makes friends easily. He copies other children's actions and learns well from watching. He is good at remembering routines and at matching pictures.",
             not_area={},
             i_name="Brookvale Primary School", i_type="Mainstream primary school (community school)",
             i_start="Full time, from September 2026"),
    A=dict(
        intro="Reuben's teaching assistant, Mrs Patel, talked with him over several days in June 2026 using words, Makaton signs and photos of his day. His parents added their views at the planning meeting on 1 July 2026.",
        like=["Reuben is friendly and says hello to everyone.", "He is a brilliant dancer.", "He is kind and looks after younger children at lunch."],
        important=["Mummy, Daddy and his sister Lily.", "Fire engines.", "Swimming on Saturdays."],
        support=["Use Makaton signs when you talk to him.", "Show him a photo of what is happening next.", "Give him time and a little help to start a task."],
        views_head="What Reuben told us",
        views=["Reuben pointed to the photo of the classroom and signed \"good\". He said \"Mrs Patel nice\" and \"dinner yum\".",
               "He pointed to the photo of the hall at PE time and said \"too loud\". When asked about reading he signed \"more books\"."],
        family_head="What Reuben's family told us",
        family=["Gemma and Paul said Reuben is a happy boy who loves school. They want him to learn to read, to make himself understood by more people, and to have friends who invite him to parties. They worry that he gets very tired in the afternoons."],
        hopes=["Reuben says he wants to be a \"fireman\".",
               "His parents hope he will read and write, stay at Brookvale with his friends and grow up to live as independently as possible."],
        story=["Reuben has Down syndrome. He went to Little Stars Nursery with support, and has been at Brookvale Primary School since Reception, supported through SEN Support (extra help for special educational needs without a plan) and now through this plan. He is in Year 3."],
    ),
    areas=[
        dict(key="CI", title="Communication and interaction",
             strengths="Reuben loves to communicate and uses signs, gestures and words together. He understands simple instructions given with a sign or picture.",
             aspiration="To talk with more people and be understood.",
             rows=[
                 dict(need="Reuben speaks in two- or three-word phrases and his speech is often unclear. He understands more than he can say but loses track of longer instructions.",
                      prov=[("Makaton signs used by all adults in his class; weekly 15-minute signing session for the whole class", "Every lesson; weekly session", "Class teacher and teaching assistant (TA), both Makaton Level 2 trained", "School budget"),
                            ("Daily language session following the speech and language therapy programme", "Daily, 15 minutes, 1:1", "TA trained by the therapist", "Element 3 top-up funding")],
                      out="By July 2027, Reuben will use four-word sentences (with or without signs) to ask for what he needs, on 4 out of 5 observed occasions.",
                      know="Recorded weekly by the TA and checked by the speech and language therapist each term."),
             ]),
        dict(key="CL", title="Cognition and learning",
             strengths="Reuben learns well by watching and copying. He knows 20 letter sounds and can count to 10 with objects.",
             aspiration="To read books about fire engines.",
             rows=[
                 dict(need="Reuben is working at about Year 1 level in reading and maths. He finds it hard to blend sounds and forgets new learning unless it is practised every day.",
                      prov=[("Phonics and reading catch-up programme", "Daily, 20 minutes, 1:1", "TA trained in the school's phonics programme", "Element 3 top-up funding"),
                            ("Numicon maths in a small group (max. 4)", "4 x 30 minutes per week", "Class teacher", "School budget")],
                      out="By July 2027, Reuben will read a simple fire engine book at his reading level with 90% of words correct.",
                      know="Running record by the SENCo (Special Educational Needs Co-ordinator) each half term."),
                 dict(need="Reuben's attention in whole-class lessons lasts about 5 minutes and he needs an adult close by to stay on task.",
                      prov=[("Full-time support in class from a TA", "27.5 hours per week", "TA", "Element 3 top-up funding")],
                      out="Reuben will have a TA with him in class to help him with his learning.",
                      know="TA timetable."),
             ]),
        dict(key="SEMH", title="Social, emotional and mental health",
             strengths="Reuben is cheerful and warm and other children like playing with him.",
             aspiration="To have friends who invite him to parties.",
             rows=[
                 dict(need="When a task is hard or the hall is noisy, Reuben runs off or sits on the floor and refuses to move. This happens about three times a week.",
                      prov=[("Social skills group using games and turn-taking", "2 x 30 minutes per week, group of 4", "Emotional Literacy Support Assistant (ELSA)", "School budget"),
                            ("\"Now and next\" board and a 2-minute break card", "Every lesson", "Made and updated by the TA", "School budget")],
                      out="By the end of Spring term 2027, Reuben will show his break card instead of running off, on 4 out of 5 occasions.",
                      know="TA's daily behaviour log, reviewed each half term."),
             ]),
        dict(key="SP", title="Sensory and/or physical needs",
             strengths="Reuben walks, runs and climbs the playground equipment safely.",
             aspiration="To write his own name and dress himself for PE.",
             rows=[
                 dict(need="Reuben has low muscle tone, which makes it hard for him to hold a pencil, use scissors and do up buttons.",
                      prov=[("Fine motor skills group (threading, playdough, scissor skills) following the occupational therapy programme", "3 x 20 minutes per week, group of 4", "TA trained by the occupational therapist", "School budget"),
                            ("Occupational therapist (OT) visit to review the programme and train staff", "Once a term, 1 hour", "NHS Children's Occupational Therapy Service", "Commissioned by the local authority")],
                      out="By July 2027, Reuben will write his first name with correctly formed letters without a model, on 3 out of 4 attempts.",
                      know="Handwriting samples collected each half term by the class teacher."),
             ]),
    ],
    health=dict(strengths="Reuben is generally healthy, active and enjoys swimming.", rows=[
        dict(need="Reuben has an underactive thyroid (hypothyroidism), treated with levothyroxine tablets each morning at home. He also has obstructive sleep apnoea (his breathing stops and starts while he sleeps) and is on the waiting list for a sleep study; he is often very tired in the afternoons and has fallen asleep in class.",
             prov=[("Thyroid blood test and medication review", "Every 6 months, 30-minute appointment", "Community Paediatrician, Dervale Children's Centre")],
             out="By July 2027, Reuben will tell an adult when he feels unwell or cold, using his \"I feel\" symbol card.",
             know="Recorded by the TA and shared with parents in the home–school book."),
        dict(need="Reuben has a speech and language disorder linked to his Down syndrome.",
             prov=[("Speech and language therapy: 1:1 therapy in school and a daily programme set for the TA", "6 sessions per term, 40 minutes each", "Speech and language therapist (SaLT), NHS Children's Speech and Language Therapy Service")],
             out="See the communication and interaction outcome.", know="As above."),
    ], dco="The Designated Clinical Officer (DCO) has reviewed the health advice and agrees the health provision in Section G. Helen Adeyemi, DCO, Dervale and County Integrated Care Board, 8 September 2026."),
    social=dict(strengths="Reuben has a loving, supportive family.",
        D=["Reuben has no social care needs relating to his special educational needs. His parents say they manage well with help from his grandparents. The Children with Disabilities Team screened the request in June 2026 and found no social care needs."],
        H1=["None needed. The family were given information about the short breaks local offer (holiday play schemes) and do not wish to apply at present."],
        H2=["None needed."], out=[]),
    J=["No personal budget has been requested.", "Not applicable."],
    K=[("Parents' views", "1 July 2026", "Gemma and Paul (parents)", None),
       ("Educational advice", "24 June 2026", "Mrs Hughes, Class Teacher and Mr Kerr, SENCo, Brookvale Primary School", None),
       ("Speech and language therapy advice", "17 June 2026", "Holly Grant, Speech and Language Therapist", None),
       ("Medical advice", "10 June 2026", "Dr Simran Bhatt, Community Paediatrician", "medical"),
       ("Educational psychologist", "4 March 2024", "Dr Ruth Mallory, Educational Psychologist", "ep"),
       ("Social care", "22 June 2026", "Amy North, Social Worker, Children with Disabilities Team", "social"),
       ("Occupational therapy advice", "19 June 2026", "Sian Evans, Occupational Therapist", "other")],
    signoff=("Sarah Bains, EHC co-ordinator", "14 September 2026"),
    fails={
        "HC-NEEDS-MET": "C: \"He also has obstructive sleep apnoea ... he is often very tired in the afternoons and has fallen asleep in class.\" - nothing in G for the sleep apnoea",
        "HC-OUTCOMES": "sleep apnoea/tiredness in C leads to no outcome in E (only the \"I feel\" card and communication outcomes)",
        "HC-THERAPY-PLACEMENT": "G: \"Speech and language therapy: 1:1 therapy in school and a daily programme set for the TA\" - therapy that educates is in G, not F",
        "CA-ADVICE-AGE": "K: EP advice \"4 March 2024\" (Dr Ruth Mallory, Educational Psychologist) - about 30 months old when the plan was issued on 14 September 2026",
        "PC-OUTCOME-NOT-PROVISION": "E: \"Reuben will have a TA with him in class to help him with his learning.\" - provision, not an outcome",
        "PC-SMART": "\"Reuben will have a TA with him in class to help him with his learning.\" with \"How we will know: TA timetable.\" - no measure of achievement, no date",
    },
    notes={"CA-STATUTORY-ADVICE": "pass: all reg 6 advice present (the EP advice is there but old - that is CA-ADVICE-AGE)"},
))

# ============================================================== p104 Keira
PLANS.append(dict(
    file="p104.docx", layout="bold-statutory", name="Keira", age=17, year_group="Year 12",
    needs=["hearing"], voice="first person (her own words, written with QToD)", f_style="bullets", bullet="-", subbullet="o",
    front=[("Name", "Keira"), ("Plan start date", "2 March 2021"),
           ("Most recent review", "15 October 2026 (phase transfer review; plan amended and reissued 6 November 2026)"),
           ("Curriculum year", "Year 12 (post-16)"), ("Setting", "Dervale College – Level 2 Health and Social Care"),
           ("EHC co-ordinator", "Adam Kowalski")],
    A=dict(
        intro="Keira wrote this page with her Qualified Teacher of the Deaf (QToD), Mrs Ellis, in September 2026. These are her own words.",
        like=["I'm organised. I keep a planner and I'm never late.",
              "I'm good with little kids. I help at my cousin's nursery at weekends.",
              "My friends say I'm a good listener, which is funny because I'm deaf!"],
        important=["My mum. She's been poorly and I help look after her.",
                   "My deaf friends from the Saturday youth club.",
                   "Knowing what's going on. I hate being the last to find out."],
        support=["Face me when you talk and don't cover your mouth.",
                 "Use the radio aid every time, even for a quick announcement.",
                 "Send me the notes or slides before the lesson.",
                 "Check I've understood by asking me to tell you, not \"Did you get that?\""],
        views=["\"College is much better than school because the groups are smaller and the tutors actually wear the radio aid microphone. I find it hard in the canteen because it's so loud, so I eat in the library with my friend Chloe.\"",
               "\"I don't want people to do everything for me. I want to learn to sort things out myself, like my audiology appointments, before I'm 18.\""],
        family_head="My mum's views",
        family=["Keira's mum, Donna, said: \"Keira is my rock. I worry she puts everyone else first. I'd like her to have more time for herself and her friends, and I want her to get her qualification and a job she loves.\""],
        hopes=["\"I want to be a nursery nurse and one day run my own nursery.\"",
               "\"I want to pass my Level 2, then do the Level 3 Early Years Educator course.\"",
               "\"I'd like to learn to drive and go on holiday with my friends.\""],
        story=["Keira has a severe to profound sensorineural hearing loss in both ears (permanent deafness caused by the inner ear), found soon after birth. She wears two hearing aids and uses a radio aid in class. She speaks English and uses some British Sign Language (BSL).",
               "Keira went to Hollybrook Academy with support from the Sensory Support Service and started at Dervale College in September 2026. Since February 2026 her family has been supported under a Child in Need (CIN) plan because of her mum's illness and Keira's caring role."],
    ),
    areas=[
        dict(key="CI", title="Communication and interaction",
             strengths="Keira's spoken English is clear and her vocabulary is in the average range for her age (assessed by the QToD, June 2026). She lip-reads well in a quiet room.",
             aspiration="To work with young children, where she needs to listen and talk all day.",
             rows=[
                 dict(need="Keira cannot follow speech in noisy rooms or at a distance without her radio aid. Group discussions where people talk over each other are very hard for her.",
                      out="By the end of Spring term 2027, Keira will ask for repetition or clarification in group discussions at least once a session without being prompted, in 4 out of 5 observed sessions.",
                      know="The QToD's observation notes at each visit and her course tutor's notes.",
                      prov=[("Radio aid (Roger system) worn by every tutor in every lesson. Keira's receiver is checked at the start of each day by her learning support assistant (LSA); the system is maintained and repaired by the Sensory Support Service technician.", "Every lesson, daily check", "LSA and Sensory Support Service technician", "Sensory Support Service"),
                            ("Visits from the QToD to observe Keira in lessons, check her listening equipment, advise tutors and review her targets with her", "6 visits per year (one each half term), 1 hour each", "Qualified Teacher of the Deaf, Dervale Sensory Support Service", "Local authority (Sensory Support Service)"),
                            ("Deaf awareness training for all of Keira's tutors", "One 90-minute session in the first half of each Autumn term", "QToD", "Local authority (Sensory Support Service)")]),
                 dict(need="Keira misses new subject words if they are only spoken, and she gets very tired because listening all day takes a lot of effort (listening fatigue).",
                      out="By the end of Year 12 (July 2027), Keira will use at least 40 new course words correctly in her written assignments.",
                      know="Vocabulary log kept with her communication support worker and checked by the course tutor each term.",
                      prov=[("Pre-teaching of new course vocabulary", "2 hrs/wk (2 x 1 hr), one-to-one (1:1)", "Communication support worker (CSW) with BSL Level 3", "Dervale College (high needs top-up)"),
                            ("Lesson notes and slides emailed to Keira at least 24 hours before each lesson; all videos shown with subtitles", "Every lesson", "Course tutor", "Dervale College")]),
             ]),
        dict(key="CL", title="Cognition and learning",
             strengths="Keira is a hard-working learner. She gained GCSE (General Certificate of Secondary Education) English at grade 5 and maths at grade 4.",
             aspiration="To be a qualified nursery nurse and, one day, run her own nursery.",
             rows=[
                 dict(need="Keira's written work is accurate, but she cannot take notes and lip-read at the same time, so she misses information in taught sessions and in assessments that depend on listening.",
                      out="By the end of Year 12 (July 2027), Keira will be awarded the Level 2 Certificate in Health and Social Care and gain a place on the Level 3 Early Years Educator course.",
                      know="Certificate awarded; course offer letter; college progress tracking reviewed each term.",
                      prov=[("Note-taking support in all taught sessions", "12 hours per week", "Trained electronic note-taker (Level 3)", "Dervale College (high needs top-up)"),
                            ("25% extra time and a quiet separate room in all college exams and timed assessments", "All exams and timed assessments", "Arranged by the college Exams Officer", "Dervale College"),
                            ("Work placement at a day nursery as part of the course; the placement officer briefs the nursery on deaf awareness before Keira starts", "1 day (6 hours) per week", "College placement officer", "Dervale College")]),
             ]),
        dict(key="SEMH", title="Social, emotional and mental health",
             strengths="Keira is caring, mature and reliable, and she has a close group of friends.",
             aspiration="To have time for herself and her friends, as well as helping her mum.",
             rows=[
                 dict(need="Keira's caring role at home leaves her tired and, at times, anxious. She worries about her mum during the college day and finds it hard to ask for help for herself.",
                      out="Within 6 months, Keira will use her weekly check-in to name one worry and agree one step to deal with it, on 8 out of 10 check-ins.",
                      know="The learning mentor's check-in log.",
                      prov=[("Check-in with her learning mentor", "Weekly, 30 minutes, 1:1 (Mondays)", "College learning mentor", "Dervale College")]),
             ]),
    ],
    extra_out_title="Preparing for adulthood: good health, independence and friends",
    health=dict(rows=[
        dict(need="Keira has permanent deafness in both ears. She wears two behind-the-ear hearing aids, which need to be checked, repaired and fitted with new earmoulds as her ears change. She has no other health needs and is generally well.",
             prov=[("Hearing test and hearing aid review, with new earmoulds", "Every 6 months, 45-minute appointment", "Paediatric Audiology, Dervale Royal Hospital (moving to Adult Audiology at 18; transfer planned for Sep 27)"),
                   ("Hearing aid repairs", "Drop-in repair clinic on Tuesdays and Thursdays, 9am to 12 noon", "Paediatric Audiology, Dervale Royal Hospital")],
             out="By her 18th birthday, Keira will book and attend her own audiology appointments and change her own hearing aid tubing and batteries, without her mum's help.",
             know="Audiology records and Keira's own diary, checked by the QToD."),
    ], dco="The health provision in Section G has been agreed with the Designated Clinical Officer (DCO), Helen Adeyemi, for Dervale and County Integrated Care Board, on 4 November 2026."),
    social=dict(
        D=["Keira's mum has multiple sclerosis and her condition worsened in 2025. Keira helps with her mum's care most evenings and at weekends.",
           "Since February 2026 the family has been supported under a Child in Need (CIN) plan. The CIN social worker, Sam Price, gave advice for this plan and attended the review on 15 October 2026. The aims of the CIN plan – to reduce Keira's caring tasks, protect her time for study and friends, and help her become independent – have shaped the outcomes in Section E about friendships and independence. Keira is also known to the Dervale Young Carers Service."],
        H1=["None for Keira under section 2 of the Chronically Sick and Disabled Persons Act 1970. Short breaks were considered at the CIN review in September 2026; Keira chose the young carers' activities in H2 instead."],
        H2=["- Child in Need plan: visits from the CIN social worker every 4 weeks (1 hour), and CIN review meetings every 3 months (next in January 2027). Provided by Dervale Children's Social Care.",
            "- Young Carers Service: young carers' group every Wednesday evening in term time (2 hours), plus 4 day trips a year.",
            "- Home care for Keira's mum, arranged by Adult Social Care after a carer's assessment in August 2026: 10 hours per week. This is recorded here because it reduces Keira's caring role."],
        out=[("By Sep 27, Keira will go to a social or leisure activity of her choice with friends at least twice a month, as well as the deaf youth club.",
              "Keira's own record, checked at the CIN reviews and the annual review.")]),
    I=["Dervale College (general further education college). Full-time study programme: Level 2 Health and Social Care, 16.5 hours per week taught, plus 6 hours per week on work placement."],
    J=["No personal budget has been requested. Keira and her mum were told about personal budgets at the review."],
    K=[("Young person's views", "20 September 2026", "Keira, written with her QToD"),
       ("Parent's views", "22 September 2026", "Donna (mum)"),
       ("Educational advice (qualified teacher of the deaf)", "14 September 2026", "Jane Ellis, Qualified Teacher of the Deaf, Sensory Support Service"),
       ("Educational advice", "30 September 2026", "Rob Tierney, Additional Learning Support Manager, Dervale College"),
       ("Psychological advice", "2 September 2026", "Dr Neil Osei, Educational Psychologist"),
       ("Medical advice", "24 August 2026", "Dr Hannah Wood, Audiovestibular Physician"),
       ("Audiology report", "10 September 2026", "Clare Dunn, Clinical Scientist, Paediatric Audiology"),
       ("Social care advice", "8 September 2026", "Sam Price, Child in Need social worker, Children's Social Care"),
       ("Preparing for adulthood advice", "25 September 2026", "Becky Lowe, careers adviser, Dervale Careers Hub")],
    signoff=("Adam Kowalski, EHC co-ordinator", "6 November 2026"),
    fails={},
    notes={"PC-OUTCOME-NOT-PROVISION": "pass (trap): \"Keira will be awarded the Level 2 Certificate in Health and Social Care\" - an achievement, not provision",
           "PR-QUANTIFIED": "pass (traps): \"25% extra time and a quiet separate room ... Arranged by the college Exams Officer\" (access arrangement, no group size); radio aid maintained by the Sensory Support Service technician (equipment); QToD \"6 visits per year (one each half term), 1 hour each\"",
           "SC-STATUTORY-LINK": "pass: CIN plan - social worker's advice in K, attended review, CIN aims shaped E, CIN visits in H2",
           "CA-ANNUAL-REVIEW": "pass: most recent review 15 October 2026"},
))

# ============================================================== p105 Jayden
PLANS.append(dict(
    file="p105.docx", layout="ef-table", name="Jayden", age=12, year_group="Year 7",
    needs=["autism", "SEMH"], voice="parent only (child's views absent)",
    front=[("Name", "Jayden"), ("Plan start date", "16 June 2026"), ("Most recent review", "Not yet reviewed (first plan)"),
           ("Curriculum year", "Year 7 (Key Stage 3)"), ("Age", "12"),
           ("Education", "Education otherwise than in school (EOTAS): online school, home tutor and mentor")],
    A=dict(
        intro="This page was completed by Jayden's mum, Rachel, at the planning meeting on 21 May 2026. Jayden did not attend the meeting.",
        like=["Mum says Jayden is very clever and knows everything about trains and the London Underground.",
              "He is honest and very gentle with animals.", "He has a brilliant memory for facts and dates."],
        important=["His routine.", "His cat, Pixel.", "Trains and railway maps.", "A quiet bedroom that nobody goes into without knocking."],
        support=["Warn him about any change the day before.", "Write things down rather than just saying them.",
                 "Never make him speak in front of a group."],
        views_head="Views",
        views=["Rachel says Jayden stopped going to Greenfields Academy in November 2025 because the noise and crowds made him feel sick with worry. He now spends most of the day in his room and is only calm when he is doing something about trains."],
        family_head="Mum's views",
        family=["Rachel feels that Jayden will not cope in a big secondary school again. She wants him to keep learning at home, to get out of the house more and to have one friend he sees in person. She is tired and would like some time for herself at weekends."],
        hopes_head="Hopes for the future",
        hopes=["Rachel hopes Jayden will get his GCSEs (General Certificate of Secondary Education), maybe work on the railways one day, and have a friend he meets in person."],
        story_head="Jayden's story",
        story=["Jayden was diagnosed with autism spectrum condition (ASC) by the Community Paediatrician in 2019. He managed at primary school with support, but after he moved to Greenfields Academy in September 2025 his anxiety rose and several incidents occured where he ran out of school. He has not attended since November 2025. The local authority (LA) agreed an EOTAS package from June 2026."],
    ),
    areas=[
        dict(key="CL", title="Cognition and learning",
             strengths="Jayden has strong reasoning and maths skills and reads fluently for his age.",
             aspiration="To get qualifications and work on the railways.",
             rows=[
                 dict(need="Jayden has missed most of Year 7 in school and has gaps in science and written English. He finds it very hard to start writing and gives up if a task looks long.",
                      out="Jayden will recieve 15 hours of tutoring each week.",
                      know="Tutor's timesheets.",
                      prov=[("Home tutoring in English, maths and science, 1:1", "15 hours per week tutoring (3 x 5 hrs)", "EOTAS tutor (qualified teacher)", "LA High Needs Block")]),
                 dict(need="He cannot work in a classroom enviroment at present, so all his teaching has to be at home or online.",
                      out="By the end of Year 8, Jayden will log on to 4 out of 5 of his online maths and science lessons each week and take part using the chat or his camera.",
                      know="Online school register and participation record, checked monthly by the EOTAS co-ordinator.",
                      prov=[("Online school: live lessons in maths, science and computing", "6 lessons per week, 50 minutes each, small group (max. 8)", "Qualified teachers, Brightpath Online Academy", "LA High Needs Block"),
                            ("Laptop with headset and webcam", "Issued once; checked each half term", "Set up and maintained by the EOTAS Team IT technician", "LA High Needs Block")]),
                 dict(need="Jayden's writing is short and he does not yet organise his ideas into paragraphs.",
                      out="By July 2027, Jayden will write a 300-word piece (for example about a railway line) in at least three paragraphs.",
                      know="Writing samples checked by his tutor each half term.",
                      prov=[("Home tutoring in English, maths and science, 1:1", "15 hours per week tutoring (3 x 5 hrs)", "EOTAS tutor (qualified teacher)", "LA High Needs Block")]),
             ]),
        dict(key="SEMH", title="Social, emotional and mental health",
             strengths="Jayden is calm and focused when he is working on something he is interested in.",
             aspiration="To feel calm enough to go out and to have a friend he sees in person.",
             rows=[
                 dict(need="Jayden has high anxiety. He becomes distressed when plans change and rarely leaves the house except for medical appointments.",
                      out="By July 2027, Jayden will feel more confident and less anxious.",
                      know="Mum's feedback.",
                      prov=[("Mentor sessions at home, then at the library", "2 x 1 hr per week, 1:1", "Mentor (trained in autism and anxiety), Dervale EOTAS Team", "LA High Needs Block")]),
                 dict(need="He finds it hard to work in a seperate group with other young people and has no friends he sees in person.",
                      out="Jayden has a mentor who meets him twice a week.",
                      know="Mentor's log.",
                      prov=[("Mentor sessions at home, then at the library", "2 x 1 hr per week, 1:1", "Mentor (trained in autism and anxiety), Dervale EOTAS Team", "LA High Needs Block")]),
                 dict(need="He needs help to build up time out of the house.",
                      out="By the end of Spring term 2027, Jayden will leave the house for a planned activity with his mentor twice a week, for at least 1 hour each time.",
                      know="Mentor's log, reviewed with Rachel each half term.",
                      prov=[("Personal assistant (PA) to take Jayden to the climbing centre and the model railway club at weekends", "3 hrs per week (Saturdays)", "PA employed by Rachel", "Social care short breaks personal budget £2,600 per year")]),
             ]),
        dict(key="CI", title="Communication and interaction",
             strengths="Jayden has a wide vocabulary and talks in detail about his interests with familiar adults.",
             aspiration="To talk with people outside his family.",
             rows=[
                 dict(need="Jayden finds conversation with people he does not know very hard: he does not take turns, and he will not speak in groups.",
                      out="By the end of Year 8, Jayden will take part in a video call with one other pupil from the online school, answering and asking questions, once a week for 6 weeks in a row.",
                      know="Online school SENCo's record of sessions.",
                      prov=[("Online social communication group", "1 x 45 minutes per week, small group (max. 4)", "Special Educational Needs Co-ordinator (SENCo), Brightpath Online Academy", "LA High Needs Block"),
                            ("Speech and language therapy to teach conversation skills", "6 sessions per term, 45 minutes, 1:1 by video", "Speech and language therapist (SaLT), Dervale Children's Speech and Language Therapy Service", "LA")]),
             ]),
    ],
    extra_out_title="Health",
    health=dict(rows=[
        dict(need="Jayden has difficulty getting to sleep and takes melatonin, prescribed by the Community Paediatrician.",
             prov=[("Melatonin review and sleep advice", "Every 6 months, 30 minutes", "Community Paediatrician, Dervale Children's Centre")],
             out="By the end of Spring term 2027, Jayden will be asleep by 10.30pm on 5 school nights out of 5.",
             know="Jayden's sleep diary, checked by the Community Paediatrician at each review."),
        dict(need="Jayden's anxiety is severe enough to need Child and Adolescent Mental Health Services (CAMHS). He was assessed by CAMHS in April 2026.",
             prov=[("Cognitive behavioural therapy (CBT) for anxiety", "8 weekly sessions, 50 minutes, 1:1, at home or by video", "Clinical psychologist, CAMHS Getting Help Team")]),
    ], dco="Sections C and G have been agreed on behalf of the Integrated Care Board (ICB). Helen Adeyemi, Designated Clinical Officer (DCO), 10 June 2026."),
    social=dict(
        D=["Jayden was assessed by the Short Breaks Team in April 2026. He is eligible for short breaks because his autism and anxiety mean he cannot go out without an adult, and Rachel, a single parent, has no other support. There are no safeguarding concerns."],
        H1=["Short breaks: Saturday club at Fernlea Activity Centre, one Saturday a month (10am to 3pm), 12 sessions a year. Provided by the Dervale Children with Disabilities Short Breaks Service."],
        H2=["None needed. Early Help was considered; Rachel did not want it because the short breaks meet the family's needs."],
        out=[]),
    I=["EOTAS under section 61 of the Children and Families Act 2014: the LA is satisfied that it would be inappropriate for the provision to be made in a school at present. The package in Section F is co-ordinated by the Dervale EOTAS Team."],
    J=["Personal budget of £2,600 per year, paid monthly to Rachel as a direct payment for the personal assistant in Section F. Rachel is the employer, with help from the Direct Payments Support Service."],
    K=[("Parent's views", "21 May 2026", "Rachel (mum)"),
       ("Educational advice", "5 May 2026", "Mr Carter, SENCo, Greenfields Academy"),
       ("Psychological advice", "29 April 2026", "Dr Fiona Kerr, Educational Psychologist"),
       ("Medical advice", "14 April 2026", "Dr Simran Bhatt, Community Paediatrician"),
       ("Mental health advice", "20 April 2026", "Dr Leah Moran, Clinical Psychologist, CAMHS"),
       ("Speech and language therapy advice", "8 May 2026", "Holly Grant, Speech and Language Therapist"),
       ("Social care advice", "24 April 2026", "Kim Akhtar, Social Worker, Short Breaks Team")],
    signoff=("Adam Kowalski, EHC co-ordinator", "16 June 2026"),
    fails={
        "PC-OUTCOME-NOT-PROVISION": "E: \"Jayden will recieve 15 hours of tutoring each week.\" and \"Jayden has a mentor who meets him twice a week.\" - provision written as outcomes",
        "PC-SMART": "\"By July 2027, Jayden will feel more confident and less anxious.\" measured by \"Mum's feedback.\" - not measurable; the two provision-outcomes have no date or measure",
        "PC-VOICE": "A: \"This page was completed by Jayden's mum ... Jayden did not attend the meeting.\" - no views from Jayden himself, and no account of how they were sought",
        "LG-SPELLING": "\"recieve\", \"occured\", \"enviroment\", \"seperate\"",
        "SC-RIGHT-SECTION": "F: \"Personal assistant (PA) to take Jayden to the climbing centre and the model railway club at weekends\" funded by the social care short breaks personal budget - social care provision written in F",
    },
    notes={"SC-PROVISION-SPECIFIC": "pass: H1 short breaks are specific (one Saturday a month, 10am to 3pm, 12 sessions); the failure is the PA placed in F",
           "SC-STATUTORY-LINK": "na: short breaks eligibility only; no CIN/CP/looked-after status recorded",
           "PC-ASPIRATIONS": "pass: mum's hopes stated (GCSEs, railways, a friend)"},
))

# ============================================================== p106 Nell
PLANS.append(dict(
    file="p106.docx", layout="national-template", name="Nell", age=10, year_group="Year 5",
    needs=["autism", "epilepsy"], voice="first person (her own words)",
    front=[("Plan start date", "22 June 2026"), ("Most recent review", "Not yet reviewed – first annual review due by June 2027"),
           ("Curriculum year", "Year 5")],
    nat=dict(dob="Withheld in this anonymised copy (age 10)", sex="Female", ethnicity="White British",
             lang="English", parent_lang="English", p1=("Laura", "Mother"), p2=("Chris", "Father", "Same address"),
             setting="Hillcrest Primary School (mainstream, with an enhanced resource base for autistic pupils)",
             gp="Dr Simran Bhatt, Community Paediatrician; Kerry Walsh, Children's Epilepsy Nurse", nhs="Removed from this copy",
             known_sc="No", others="Autism Outreach Team; Educational Psychology Service; Children's Speech and Language Therapy Service",
             lac="No", was_lac="No", opp="Yes – included in A2", moving="No",
             communication="Nell talks fluently, especially about her interests, but she takes language literally and can miss jokes, hints and instructions given to the whole class.",
             interests="Sharks and ocean life; drawing comics; Lego; swimming lessons on Thursdays.",
             strengths="Nell has an excellent memory and a wide vocabulary. She is honest, funny and kind to younger children. She reads above her age level and is proud of her drawing.",
             not_area={"CL": "Nell is working at the expected standard in reading, writing and maths. She does not have special educational needs in cognition and learning.",
                       "SP": ""},
             i_name="Hillcrest Primary School", i_type="Mainstream primary school with an enhanced resource base for autistic pupils (academy)",
             i_start="Full time; Nell is taught in her mainstream class with support from the resource base"),
    A=dict(
        intro="Nell wrote her one-page profile with her class teacher in May 2026, using a worksheet with pictures. Her words are in quotation marks. Her mum and dad gave their views at the planning meeting on 2 May 2026.",
        like=["\"I know loads about sharks. I can name 30 kinds.\"", "\"I'm good at drawing comics.\"",
              "\"I'm honest. I always tell the truth, even if it gets me into trouble.\""],
        important=["\"My cat Nibbles.\"", "\"Knowing what is happening each day.\"", "\"My best friend Ava.\""],
        support=["\"Tell me what is going to happen before it happens.\"",
                 "\"Let me wear my ear defenders in assembly.\"",
                 "\"If I go quiet, ask me if I'm OK – I might have had a funny feeling (a seizure).\""],
        views=["\"I like school when it is quiet and I know what we are doing. I hate it when there is a supply teacher and nobody tells me. Playtime is hard because I don't know the rules of the games.\""],
        family_head="My mum and dad's views",
        family=["Laura and Chris said Nell is a bright, funny girl who has worked hard to cope with busy classrooms. They worry about her seizures at school and want all staff to know what to do. They would like her to have more friends and to feel less anxious about changes."],
        hopes=["\"When I grow up I want to be a marine biologist and swim with sharks (friendly ones).\"",
               "Laura and Chris hope Nell will go to a mainstream secondary school with Ava and that she will have friends who understand her."],
        story=["Nell was diagnosed with autism in 2021, when she was 5. In 2023 she was diagnosed with focal epilepsy: she has seizures where she stares, fiddles with her clothes and does not respond for up to a minute, about once a month. She has been at Hillcrest Primary School since Reception."],
    ),
    areas=[
        dict(key="CI", title="Communication and interaction",
             strengths="Nell has a wide vocabulary and explains her ideas clearly to adults. She enjoys talking about her interests.",
             aspiration="To have friends who understand her.",
             rows=[
                 dict(need="Nell takes language literally and misses instructions given to the whole class. She finds it hard to join in with other children's games and conversations at playtime.",
                      prov=[("Social communication group (taking turns in conversation, joining a game)", "2 x 30 minutes per week, group of 4", "Resource base teaching assistant (TA) trained by the speech and language therapist", "Resource base funding"),
                            ("Speech and language therapist (SaLT) visit to review Nell's social communication targets and coach the TA", "Twice per term, 1 hour each", "Children's Speech and Language Therapy Service", "Local authority")],
                      out="By July 2027, Nell will join a game with other children at playtime at least 3 times a week, staying in the game for 10 minutes or more.",
                      know="Playground observations by the resource base TA, recorded weekly."),
             ]),
        dict(key="SEMH", title="Social, emotional and mental health",
             strengths="Nell can name her feelings and will use her calm box when reminded.",
             aspiration="To feel less anxious about changes.",
             rows=[
                 dict(need="Unexpected changes (a supply teacher, a changed timetable) make Nell very anxious. She hides under a table or cries, about twice a week.",
                      prov=[("A visual timetable on her desk, updated before school each day, and a warning card for any change", "Daily, before 8.45am", "Class TA", "School budget"),
                            ("Zones of Regulation sessions to learn ways to calm down", "Weekly, 30 minutes, 1:1", "Emotional Literacy Support Assistant (ELSA)", "Resource base funding"),
                            ("Starting in May 2027, the Autism Outreach teacher will visit to plan Nell's move to Year 6 and begin preparing her for secondary school", "Twice per half term, 1 hour each visit", "Specialist teacher, Dervale Autism Outreach Team", "Local authority")],
                      out="By the end of Year 5 (July 2027), Nell will use her warning card and calm box to cope with a change, without hiding or crying, on 4 out of 5 occasions.",
                      know="Class TA's record of changes and how Nell responded, reviewed each half term."),
             ]),
        dict(key="SP", title="Sensory and/or physical needs",
             strengths="Nell has no difficulty walking, running or climbing, and she enjoys swimming and PE.",
             aspiration="To enjoy assemblies and trips with her class.",
             rows=[
                 dict(need="Nell is very sensitive to noise. Assemblies, the dinner hall and fire alarms cause her real distress.",
                      prov=[("Ear defenders kept in her tray", "Available all day", "Provided by the school; checked each half term by the class TA", "School budget"),
                            ("Lunch in the resource base quiet room with two friends", "3 days per week", "Lunchtime supervisor from the resource base", "Resource base funding")],
                      out="By July 2027, Nell will stay in whole-school assembly for the full 20 minutes, wearing her ear defenders, on 4 out of 5 occasions.",
                      know="Class TA's weekly record."),
             ]),
    ],
    health=dict(strengths="Nell is active and generally healthy. She manages her epilepsy medicine well with her parents.", rows=[
        dict(need="Nell has focal epilepsy. She has a seizure about once a month, usually lasting less than a minute, and is tired and confused for about half an hour afterwards. She takes lamotrigine twice a day (at home). If a seizure lasts more than 5 minutes she needs rescue medicine (buccal midazolam).",
             prov=[("Individual healthcare plan written and reviewed each year; training for all staff who work with Nell in seizure first aid and giving buccal midazolam", "Once a year (2-hour training session), plus training for any new staff within 2 weeks of starting", "Children's Epilepsy Nurse, Dervale Children's Community Health"),
                   ("Epilepsy and medication review", "Every 6 months, 30-minute clinic appointment", "Community Paediatrician, Dervale Children's Centre")],
             out="By the end of Year 5 (July 2027), Nell will tell an adult or show her \"funny feeling\" card when she feels a seizure starting, every time staff notice one.",
             know="Seizure log kept by school staff, shared with parents and the Epilepsy Nurse."),
    ], dco="The health advice has been read and the health provision in Section G is agreed on behalf of Dervale and County Integrated Care Board. Signed by Helen Adeyemi, Designated Clinical Officer (DCO), 15 June 2026."),
    social=dict(strengths="Nell's family are loving and well organised.",
        D=["Nell has no social care needs relating to her special educational needs. The Children with Disabilities Team looked at the request in May 2026 and found no eligible needs; the family manage well with help from Nell's grandparents."],
        H1=["None needed (see Section D). The family have the short breaks local offer leaflet and do not want short breaks at present."],
        H2=["None needed. Early Help was offered through the Family Hub and Laura and Chris declined it."], out=[]),
    J=["No personal budget has been requested.", "Not applicable."],
    K=[("Parents' views", "2 May 2026", "Laura and Chris (parents)", None),
       ("Nell's views (one-page profile)", "14 May 2026", "Nell, with her class teacher", None),
       ("Educational advice", "28 April 2026", "Mrs Khan, Special Educational Needs Co-ordinator (SENCo), Hillcrest Primary School", None),
       ("Medical advice", "12 April 2026", "Dr Simran Bhatt, Community Paediatrician", "medical"),
       ("Epilepsy advice", "30 April 2026", "Kerry Walsh, Children's Epilepsy Nurse", "medical"),
       ("Educational psychologist", "9 April 2026", "Dr Fiona Kerr, Educational Psychologist", "ep"),
       ("Social care", "7 May 2026", "Amy North, Social Worker, Children with Disabilities Team", "social"),
       ("Autism Outreach Team advice", "21 April 2026", "Mr Jones, Specialist Teacher, Autism Outreach Team", "other")],
    signoff=("Adam Kowalski, EHC co-ordinator", "22 June 2026"),
    fails={},
    notes={"HC-NEEDS": "pass (trap): \"Nell has no difficulty walking, running or climbing\" sits alongside a real health need (epilepsy), which G meets",
           "PR-VAGUE-WORDING": "pass (trap): \"Starting in May 2027, the Autism Outreach teacher will visit...\" - 'May' is the month",
           "CA-DATED": "pass (trap): the unfilled template rows in K (Year 9 preparing-for-adulthood row and the parent-requested row) are template rows nobody filled, not advice items"},
))

# ---------------------------------------------------------------------------
# Plan content, part 2 (p107 - p112)
# ---------------------------------------------------------------------------

# ============================================================== p107 Marcus
PLANS.append(dict(
    file="p107.docx", layout="bold-statutory", name="Marcus", age=14, year_group="Year 9",
    needs=["SEMH"], voice="first person (his words, gathered by home tutor and foster carer)", f_style="table", bullet="•", subbullet="-",
    front=[("Name", "Marcus"), ("Plan start date", "10 July 2026"), ("Most recent review", "None yet – first review due by July 2027"),
           ("Curriculum year", "Year 9"), ("Age", "14"),
           ("Education", "Home tuition from Dervale Hospital and Home Education Service, with a phased start at Oakfield School"),
           ("EHC co-ordinator", "Sarah Bains")],
    A=dict(
        intro="Marcus shared his views with his home tutor and his foster carer, Jo, over two sessions in June 2026. His words are in quotation marks.",
        like=["\"Jo says I make the best spaghetti bolognese in the house.\"",
              "\"I'm calm with animals. I help out at the city farm.\"",
              "\"I'm honest, even when it's hard.\""],
        important=["\"Jo and Mark, and the dogs.\"", "\"Cooking.\"", "\"Not being moved again.\"", "\"Seeing my sister once a month.\""],
        support=["\"Don't ask me loads of questions about my past.\"", "\"Tell me before something changes.\"",
                 "\"Let me sit near the door.\""],
        views=["\"Being on the ward was rubbish but the ward teacher, Mr Daly, was alright. He got me doing maths again. I don't want to go back to a big school. I'm OK with a small one if I can start slow.\""],
        family_head="My foster carers' views",
        family=["Jo and Mark say Marcus have settled well with them and is a thoughtful, funny young man who has come a long way since his admission. They want him to have a small school where staff understand trauma, and to keep cooking, which calms him."],
        hopes=["\"I want to be a chef and have my own food truck.\"",
               "Jo and Mark: \"We'd like him to go to college and live on his own one day, with us close by.\""],
        story=["Marcus has lived with his foster carers, Jo and Mark, since 2022. In February 2026 he was admitted to the adolescent mental health unit at Dervale Royal Hospital for 11 weeks after a long period of low mood and self-harm. On the ward he was taught by the ward teacher from the Hospital and Home Education Service.",
               "Since he come home in May 2026 he has had home tuition and has started visiting Oakfield School, a small special school for pupils with social, emotional and mental health (SEMH) needs."],
    ),
    areas=[
        dict(key="SEMH", title="Social, emotional and mental health",
             strengths="Marcus is thoughtful and kind. He is very good with animals and younger children, and he can talk about his feelings with adults he trusts.",
             aspiration="To feel safe and settled in school and to keep himself well.",
             rows=[
                 dict(need="Marcus has experienced early trauma and loss. He has low mood and, in the past, he has self-harmed when he felt overwhelmed.",
                      out="Within 6 months, Marcus will use his safety plan and tell a trusted adult when he feels overwhelmed, on every occasion that staff or carers record.",
                      know="Incident and check-in records at Oakfield School and at home, reviewed monthly.",
                      prov=[("Key adult who meets Marcus at the gate and checks in with him", "Every morning at registration (10 minutes) and at the end of each day (10 minutes)", "Named teaching assistant (TA) trained in trauma-informed practice", "Oakfield School"),
                            ("Mentor sessions using a cognitive behavioural approach", "Weekly, 45 minutes, 1:1", "Oakfield School learning mentor", "High needs top-up")]),
                 dict(need="Large groups and noisy corridors frighten him, and he will leave or shut down; this has led to long absences from school. Him and his tutor has built a good relationship, but he finds it hard to trust new adults.",
                      out="By the end of Spring term 2027, Marcus will attend Oakfield School for 4 full days a week, building up from 2 half-days.",
                      know="Weekly attendance register, reviewed at the fortnightly planning meeting.",
                      prov=[("Phased timetable at Oakfield School in a class of 8 with a teacher and 2 TAs", "From 2 half-days (September 2026) to 4 full days by March 2027, reviewed fortnightly", "Oakfield School staff", "Place funding plus high needs top-up"),
                            ("Independent travel training from home to Oakfield School", "2 sessions per week for 8 weeks, 1 hour each, 1:1", "Trainer, Dervale Travel Training Team", "Local authority (LA) transport budget")]),
             ]),
        dict(key="CL", title="Cognition and learning",
             strengths="Marcus reads well (reading age 13 years, June 2026) and is quick at mental arithmetic.",
             aspiration="To go to college to train as a chef.",
             rows=[
                 dict(need="Marcus missed most of Years 7 and 8. He has gaps in maths (fractions and algebra) and science, and his written work is short. There is less adults in his new school's classes than on the ward, so he needs planned help to catch up.",
                      out="By the end of Year 9 (July 2027), Marcus will score at least 70% on the end-of-unit tests for fractions and simple algebra.",
                      know="Teacher assessments each half term.",
                      prov=[("Home tuition in maths, English and science, 1:1", "10 hrs per week (5 x 2 hrs) until he attends Oakfield for 3 days, then 4 hrs per week", "Qualified teacher, Dervale Hospital and Home Education Service", "LA High Needs Block"),
                            ("Maths catch-up intervention (fractions and algebra)", "3 x 30 minutes per week, small group (max. 4)", "Higher level teaching assistant (HLTA)", "High needs top-up")]),
                 dict(need="Marcus has not had any careers guidance and does not know what catering courses need.",
                      out="By the end of Year 9, Marcus will complete a one-week taster in the Oakfield School café kitchen and visit the catering department at Dervale College.",
                      know="Feedback from the café manager and a record of the college visit.",
                      prov=[("Catering taster week in the school café kitchen, and a half-day visit to Dervale College", "One week in Summer term 2027, plus one half-day visit", "Oakfield School careers lead", "Oakfield School")]),
             ]),
    ],
    extra_out_title="Preparing for adulthood: independent living, community and good health",
    health=dict(rows=[
        dict(need="Marcus has a diagnosis of depression and has symptoms of post-traumatic stress. He was an inpatient at the adolescent mental health unit from February to May 2026. He takes sertraline (an antidepressant) every day. There has been no self-harm since April 2026. He sleeps poorly when he is anxious. He has been under the care of Child and Adolescent Mental Health Services (CAMHS) since his admission.",
             prov=[("CAMHS will continue to support Marcus and his carers as needed.",),
                   ("Review of sertraline", "Every 3 months, 15-minute appointment", "Dr Ellis, GP (family doctor), Greenway Surgery")],
             out="By July 2027, Marcus will go to bed before 11pm on 5 nights out of 7 and attend all of his CAMHS appointments.",
             know="Sleep diary kept with Jo; CAMHS attendance record."),
    ]),
    social=dict(
        D=["Marcus is a looked after child and has lived with long-term foster carers since 2022. His foster carers say his care needs are fully met at home, so no social care needs relating to his special educational needs have been identified."],
        H1=["None."],
        H2=["None. Short breaks were discussed with Jo and Mark and are not needed."],
        out=[("By Sep 27, Marcus will plan, shop for and cook a two-course meal for his foster family within a £10 budget, once a week for 4 weeks in a row.",
              "Jo and Mark's record, shared at the annual review."),
             ("By July 2027, Marcus will go to the city farm volunteers' group every Saturday morning for a whole term.",
              "Attendance record kept by the farm volunteer co-ordinator.")]),
    I=["Oakfield School, a maintained special school for pupils with SEMH needs (Year 9), with home tuition from Dervale Hospital and Home Education Service during the phased start."],
    J=["No personal budget has been requested."],
    K=[("Young person's views", "16 June 2026", "Marcus, with his home tutor"),
       ("Foster carers' views", "18 June 2026", "Jo and Mark (foster carers)"),
       ("Educational advice (hospital education)", "12 May 2026", "Mr Daly, ward teacher, Hospital and Home Education Service"),
       ("Educational advice", "10 June 2026", "Ms Price, home tutor, Hospital and Home Education Service"),
       ("Psychological advice", "3 June 2026", "Dr Neil Osei, Educational Psychologist"),
       ("Medical advice", "12 May 2026", "Dr Ellis, GP"),
       ("Preparing for adulthood advice", "15 June 2026", "Becky Lowe, careers adviser, Dervale Careers Hub")],
    signoff=("Sarah Bains, EHC co-ordinator", "10 July 2026"),
    fails={
        "SC-STATUTORY-LINK": "D: \"Marcus is a looked after child ...\" - no social worker's contribution, care plan, Personal Education Plan or Virtual School, and no social care advice in K; nothing shows the looked-after status informed the plan",
        "SC-ADVICE": "K lists no social care advice for a looked-after child",
        "CA-STATUTORY-ADVICE": "no social care advice in K (reg 6 advice missing)",
        "HC-PROVISION-SPECIFIC": "G: \"CAMHS will continue to support Marcus and his carers as needed.\" - no what, how often or how long",
        "HC-ADVICE-PROVIDERS": "CAMHS provides in G but K has no CAMHS advice (medical advice from the GP only)",
        "HC-DCO-SIGNOFF": "G has health provision but no DCO comments or any record of health agreement",
        "LG-GRAMMAR": "\"Marcus have settled well\", \"Since he come home in May 2026\", \"Him and his tutor has built a good relationship\", \"There is less adults in his new school's classes\"",
    },
    notes={"SC-NEEDS": "pass (weak): D says no social care needs and gives a basis (foster carers' report); the failure is the missing statutory link",
           "SC-PROVISION-SPECIFIC": "pass: H2 \"Short breaks were discussed with Jo and Mark and are not needed.\"",
           "HC-NEEDS-MET": "pass: the mental health need is met by a G item (CAMHS) - vague, which is HC-PROVISION-SPECIFIC",
           "HC-ADVICE": "pass: medical advice from the GP, 12 May 2026"},
))

# ============================================================== p108 Ollie
PLANS.append(dict(
    file="p108.docx", layout="ef-table", name="Ollie", age=20, year_group="Post-19",
    needs=["severe learning difficulty", "physical"], voice="Talking Mats, symbols and observation by tutor",
    front=[("Name", "Ollie"), ("Plan start date", "11 March 2019"),
           ("Most recent review", "8 May 2026 (plan amended and reissued 18 June 2026)"),
           ("Curriculum year", "Post-19 (third and final year of specialist college)"), ("Age", "20"),
           ("Setting", "Riverbank College (independent specialist college)")],
    A=dict(
        intro="Ollie uses short spoken phrases, Makaton signs (a language programme that uses signs and symbols with speech) and symbols. His tutor, Ben, talked with him using Talking Mats (picture cards that he sorts into \"like\", \"not sure\" and \"don't like\") in March 2026, and staff who know him well added what they have seen.",
        like=["Ollie is friendly and says hello to everyone in the college café.",
              "He is reliable: he puts out the café chairs every morning without being asked.",
              "He has a great memory for bus numbers and football results."],
        important=["Dervale Town football club.", "His mum, dad and sister Ellie.", "Buses.", "His iPad."],
        support=["Use short sentences and show him a symbol or a sign.", "Give him time to answer – about a minute.",
                 "Help on his right side: his right arm and hand are weaker."],
        views_head="What Ollie told us",
        views=["Using the Talking Mat, Ollie put \"café work\", \"bus\", \"cooking\" and \"friends\" on the \"like\" side. He put \"writing\" and \"noisy rooms\" on the \"don't like\" side.",
               "He said: \"Work in café. Get money.\" and \"Bus on my own.\""],
        family_head="What Ollie's family told us",
        family=["Ollie's mum and dad, Karen and Steve, said: \"We want Ollie to have a proper job, even a few hours a week, and to do more for himself, so that one day he can live in supported housing with his friends.\""],
        hopes_head="Hopes for the future",
        hopes=["Ollie: \"Work in café. Get money.\"",
               "Karen and Steve hope Ollie will have a paid job in a café by the time he is 22 and move into supported living with friends by the time he is 25."],
        story_head="Ollie's story",
        story=["Ollie has a severe learning difficulty and a right hemiplegia (weakness of the right arm and leg) caused by a stroke around the time he was born. He went to Brookfield Special School until he was 19 and started at Riverbank College in September 2024. This is his final year; he will leave college in July 2027. His college place is funded by the local authority (LA)."],
    ),
    areas=[
        dict(key="CL", title="Cognition and learning – preparing for work",
             strengths="Ollie recognises more than 50 symbols and 20 written words, counts to 20 and can use coins to pay for one item.",
             aspiration="To have a paid job in a café.",
             rows=[
                 dict(need="Ollie learns slowly and needs a lot of practice in real places. He cannot yet work out his change or follow a work rota on his own.",
                      out="By July 2027, Ollie will gain a good written report from his supervisor at his Riverside Café placement, showing he completes his set tasks (setting tables, clearing and loading the dishwasher) with no more than 2 prompts a shift.",
                      know="Supervisor's written report at the end of each term.",
                      prov=[("Supported work placement at Riverside Café with a job coach", "2 days a week, 5 hours a day; job coach 1:1, moving to 1 adult : 3 students by Spring term 2027", "Riverbank College job coach (trained in supported employment)", "LA High Needs Block"),
                            ("Picture rota and task cards for his café jobs", "Updated each half term", "Made and updated by the job coach", "Riverbank College")]),
                 dict(need="He relies on staff to pay for things and check change.",
                      out="By July 2027, Ollie will pay for his lunch with a £5 note and check his change with a coin card, on 4 out of 5 trips.",
                      know="Tutor's record of community trips.",
                      prov=[("Money skills taught in the college shop and café", "3 x 45 minutes per week, small group (max. 4)", "Tutor (qualified further education (FE) teacher) with a learning support assistant (LSA)", "LA High Needs Block")]),
             ]),
        dict(key="CI", title="Communication and interaction",
             strengths="Ollie uses two- and three-word phrases and Makaton. People who know him understand him well.",
             aspiration="To talk to customers and new people.",
             rows=[
                 dict(need="People who do not know Ollie often do not understand his speech, and he gives up and walks away.",
                      out="By July 2027, Ollie will use the communication app on his iPad to order food in a café and to ask a stranger the time, on 4 out of 5 tries.",
                      know="Tutor's record, checked by the speech and language therapist each half term.",
                      prov=[("Speech and language therapist (SaLT) sets and reviews Ollie's communication programme", "Twice per half term, 1 hour each", "Riverbank College SaLT", "LA High Needs Block"),
                            ("Communication programme practised in real settings", "3 x 20 minutes per week, 1:1", "LSA trained by the SaLT", "LA High Needs Block"),
                            ("iPad with a symbol communication app", "Charged daily; vocabulary updated each half term", "App set up and updated by the college SaLT; iPad charged by the LSA", "Riverbank College")]),
             ]),
        dict(key="SP", title="Physical and sensory – independent living",
             strengths="Ollie walks on his own and climbs stairs using the handrail. He is keen to do things for himself.",
             aspiration="To live in supported housing with his friends.",
             rows=[
                 dict(need="Ollie's right hand is weak, so he struggles with buttons, cutting food and tasks that need two hands, such as opening packets.",
                      out="By July 2027, Ollie will make beans on toast using his adapted kitchen tools with no more than one spoken prompt, once a week at college and once a week at home.",
                      know="Independent living tutor's weekly record; parents' record at home.",
                      prov=[("Occupational therapy (OT) to teach one-handed kitchen and dressing skills, and train his LSA", "6 sessions per term, 45 minutes, 1:1", "Riverbank College occupational therapist", "LA High Needs Block"),
                            ("Adapted kitchen tools (one-handed chopping board, kettle tipper)", "Checked each term", "Provided and checked by the college OT", "Riverbank College"),
                            ("Cooking session in the training kitchen", "1 x 2 hrs per week, small group (max. 4)", "Independent living tutor", "LA High Needs Block")]),
                 dict(need="Ollie cannot yet travel or go out in his local area on his own.",
                      out="By the end of Spring term 2027, Ollie will catch the number 27 bus from home to college on his own, 5 days out of 5, for 4 weeks in a row; by July 2027 he will get out and about in his community on his own, walking to the local shop and library once a week.",
                      know="Travel trainer's sign-off; parents' record.",
                      prov=[("Independent travel training", "2 sessions per week for 10 weeks, 1 hour each, 1:1", "Trainer, Dervale Travel Training Team", "LA")]),
             ]),
    ],
    extra_out_title="Preparing for adulthood: good health and friends",
    health=dict(rows=[
        dict(need="Ollie has a right hemiplegia. The muscles in his right calf are tight, and he wears an ankle-foot orthosis (AFO, a plastic splint) on his right leg. He has no seizures and is otherwise well.",
             prov=[("Review of his daily stretching programme and AFO fit", "3 times a year, 45 minutes", "Adult Community Physiotherapy, Dervale Community Health"),
                   ("Orthotic review and new AFO", "Once a year, 30 minutes", "Orthotics Service, Dervale Royal Hospital")],
             out="By July 2027, Ollie will do his 10-minute stretching routine with his support staff only prompting the start, on 5 days out of 7.",
             know="Home and college stretching chart, checked by the physiotherapist."),
        dict(need="As an adult with a learning disability, Ollie needs an annual health check.",
             prov=[("Annual learning disability health check", "Once a year, 30 minutes", "GP, Castle Street Medical Practice")]),
    ], dco="Health provision in Section G agreed by Helen Adeyemi, Designated Clinical Officer (DCO, 0–25), Dervale and County Integrated Care Board (ICB), 12 June 2026."),
    social=dict(
        D=["Ollie needs help with personal care (dressing and showering) and cannot yet go out safely on his own. A Care Act assessment by the Adult Social Care Transitions Team in March 2026 found that he is eligible for support."],
        H1=["Not applicable – Ollie is over 18. His social care support is provided under the Care Act 2014 (see H2)."],
        H2=["Personal assistant (PA) support: 6 hours per week (Saturdays) to go swimming and to the Friday social club, paid by a direct payment of £5,200 per year.",
            "Overnight respite: 14 nights per year at Laurel House.",
            "Transitions social worker: reviews Ollie's care and support plan every 6 months."],
        out=[("By July 2027, Ollie will go to the Friday social club every week and name two friends he meets there.",
              "PA's weekly notes, shared with Karen and Steve.")]),
    I=["Riverbank College (independent specialist post-16 institution, approved under section 41 of the Children and Families Act 2014): 3 days per week at college, plus 2 days per week on supported work placement, until July 2027."],
    J=["Social care direct payment of £5,200 per year for PA support (Section H2), managed by Karen. No education personal budget has been requested."],
    K=[("Young person's views (Talking Mats)", "10 March 2026", "Ollie, with his tutor Ben Foster"),
       ("Parents' views", "12 March 2026", "Karen and Steve (parents)"),
       ("Educational and preparing for adulthood advice", "20 March 2026", "Ben Foster, tutor and transition co-ordinator, Riverbank College"),
       ("Speech and language therapy advice", "25 March 2026", "Riverbank College Speech and Language Therapist"),
       ("Occupational therapy advice", "25 March 2026", "Riverbank College Occupational Therapist"),
       ("Psychological advice", "2 February 2026", "Dr Neil Osei, Educational Psychologist"),
       ("Medical advice", "4 March 2026", "Dr Kiran Shah, GP"),
       ("Physiotherapy advice", "18 February 2026", "Lucy Barr, Physiotherapist, Adult Community Physiotherapy"),
       ("Orthotics advice", "26 February 2026", "Marek Nowak, Orthotist"),
       ("Social care advice (Care Act assessment)", "17 March 2026", "Paul Reid, Transitions Social Worker, Adult Social Care")],
    signoff=("Adam Kowalski, EHC co-ordinator", "18 June 2026"),
    fails={},
    notes={"PC-OUTCOME-NOT-PROVISION": "pass (trap): \"Ollie will gain a good written report from his supervisor\" - achievement, not provision",
           "PC-SMART": "pass (trap): \"he will get out and about in his community on his own\" - community independence outcome with a measure (weekly walk to shop and library) and date",
           "PC-VOICE": "pass: views gathered through Talking Mats by his tutor, clearly attributed",
           "SC-STATUTORY-LINK": "na: adult (20) with Care Act support - no looked-after/CIN/CP status"},
))

# ============================================================== p109 Zainab
PLANS.append(dict(
    file="p109.docx", layout="national-template", name="Zainab", age=9, year_group="Year 4",
    needs=["vision"], voice="first person quotes gathered by class teacher",
    front=[("Plan start date", "9 September 2026"), ("Most recent review", "Not applicable – new plan"),
           ("Curriculum year", "Year 4")],
    nat=dict(dob="Withheld in this anonymised copy (age 9)", sex="Female", ethnicity="Asian British – Pakistani",
             lang="English and Urdu", parent_lang="Urdu", p1=("Farah", "Mother"), p2=("Imran", "Father", "Same address"),
             setting="Elmfield Primary School (mainstream)",
             gp="Consultant Ophthalmologist, Eye Clinic, Dervale Royal Hospital", nhs="Removed from this copy",
             known_sc="No", others="Sensory Support Service (vision); School Nursing Service",
             lac="No", was_lac="No", opp="No", moving="No",
             communication="Zainab speaks English and Urdu fluently. She cannot see faces clearly across a room, so she relies on voices to know who is speaking.",
             interests="Animals, especially horses and rabbits; audiobooks; singing in the school choir.",
             strengths="Zainab needs a lot of adult help at present. She cannot see the board or read standard print, and she cannot find her way around school on her own without an adult.",
             not_area={"SEMH": "No needs identified in this area."},
             i_name="Elmfield Primary School", i_type="Mainstream primary school (community school)",
             i_start="Full time"),
    A=dict(
        intro="Zainab's class teacher talked with her in June 2026 and wrote down what she said. Her mum, Farah, shared her views at a meeting with an Urdu interpreter.",
        like=["Zainab finds it hard to join in with PE and games.", "She is not able to read books in ordinary print.", "She needs an adult with her on the stairs."],
        important=["\"My rabbit, Coco.\"", "\"My big books.\"", "\"Choir.\""],
        support=["\"Say my name before you talk to me.\"", "\"Give me my own copy, in big writing.\"", "\"Don't move my things.\""],
        views_head="What Zainab told us",
        views=["\"I like it when Miss gives me my own big book. I don't like PE when the ball comes fast because I can't see it. I get lost going to the hall when everyone is rushing.\""],
        family_head="What Zainab's family told us",
        family=["Farah said Zainab's eyesight has not changed but school work is getting harder because of the amount of small print. She worries that Zainab will fall on the stairs and that she is left out at playtime. She would like Zainab to be more independent."],
        hopes=["\"I want to be a vet and look after horses.\"",
               "Farah hopes Zainab will go to the same secondary school as her cousins and be able to get around on her own."],
        story=["Zainab has oculocutaneous albinism, which affects her eyes, skin and hair. She has low vision and nystagmus (her eyes make constant small movements). She has been at Elmfield Primary School since Reception."],
    ),
    areas=[
        dict(key="CI", title="Communication and interaction",
             strengths="Zainab cannot see facial expressions and does not always know when someone is talking to her.",
             aspiration="To join in with her friends at playtime.",
             rows=[
                 dict(need="Zainab cannot see faces or gestures across a room, so she misses social signals and does not know who is speaking to her in a group.",
                      prov=[("Staff and pupils say Zainab's name before speaking to her; the class teacher reminds the class at the start of each term", "Every interaction; reminder each term", "Class teacher", "School budget"),
                            ("Playground buddy scheme, with two trained Year 5 buddies", "Every lunchtime, 4 days per week", "Organised by the learning mentor, who checks in with Zainab weekly (15 minutes)", "School budget")],
                      out="By July 2027, Zainab will join a game at lunchtime with her buddies at least 3 days a week.",
                      know="Learning mentor's weekly record."),
             ]),
        dict(key="CL", title="Cognition and learning",
             strengths="Zainab is not yet able to read standard print and falls behind when she cannot see the board.",
             aspiration="To be a vet.",
             rows=[
                 dict(need="Zainab cannot read standard print or see the board. She needs print of at least N24 size (about 1 cm high), and she reads slowly because of her nystagmus.",
                      prov=[("All class texts and worksheets enlarged to N24, prepared the day before each lesson", "Every lesson", "Class teaching assistant (TA)", "Element 3 top-up funding"),
                            ("Video magnifier on her desk, linked to the classroom board", "All lessons", "Provided and maintained by the Sensory Support Service technician", "Sensory Support Service"),
                            ("Visits from the Qualified Teacher of Vision Impairment (QTVI) to assess Zainab's functional vision, advise staff and set targets", "Once each half term, 1 hour", "QTVI, Dervale Sensory Support Service", "Local authority")],
                      out="By July 2027, Zainab will read a Year 4 level animal information book in N24 print at 60 words per minute.",
                      know="Reading speed check by the QTVI each half term."),
                 dict(need="Handwriting is slow and tiring; she will need to touch-type to keep up in Key Stage 2 (KS2) and at secondary school.",
                      prov=[("Touch-typing programme on a laptop", "3 x 15 minutes per week, 1:1", "Class TA", "Element 3 top-up funding")],
                      out="By July 2027, Zainab will touch-type at 15 words per minute with 90% accuracy.",
                      know="Typing programme report, checked by the SENCo (Special Educational Needs Co-ordinator) each term."),
             ]),
        dict(key="SP", title="Sensory and/or physical needs",
             strengths="Zainab is unable to move around school safely on her own.",
             aspiration="To get around on her own.",
             rows=[
                 dict(need="Zainab has poor depth perception. She finds stairs, steps and busy corridors difficult and does not yet move around school on her own.",
                      prov=[("Habilitation training (mobility and independence) with a Habilitation Specialist for 10 weeks.", "10 weeks", "Habilitation Specialist, Sensory Support Service", "Local authority"),
                            ("Yellow contrast strips on the edges of all steps, fitted by the site manager and checked each term", "Fitted once; checked each term", "School site manager", "School budget")],
                      out="By July 2027, Zainab will walk on her own from her classroom to the hall, the toilets and the playground using her landmarks, 5 days out of 5.",
                      know="Observation by the class TA, recorded weekly."),
             ]),
    ],
    health=dict(strengths="Zainab is otherwise healthy.", rows=[
        dict(need="Zainab has albinism with low vision and nystagmus. Her eyes need checking every 6 months and her glasses prescription updating.",
             prov=[("Eye examination and glasses prescription", "Every 6 months, 30-minute appointment", "Consultant Ophthalmologist, Eye Clinic, Dervale Royal Hospital")],
             out="By July 2027, Zainab will wear her glasses and tinted lenses all day without reminders, on 5 days out of 5.",
             know="Class TA's weekly record."),
        dict(need="Her skin burns very easily in the sun.",
             prov=[("Individual healthcare plan for sun protection (factor 50 sun cream before outdoor play from April to September, hat and long sleeves), written and trained to staff", "Written and reviewed once a year, with a 30-minute staff briefing", "School Nurse, Dervale School Nursing Service")],
             out="By July 2027, Zainab will put on her own sun cream and hat before outdoor play, with one reminder.",
             know="Class TA's record in the summer term."),
    ], dco="The health provision in Section G was agreed on 2 September 2026 by Helen Adeyemi, Designated Clinical Officer (DCO), Dervale and County Integrated Care Board."),
    social=dict(strengths="Zainab's family is close and supportive.",
        D=["Zainab has no social care needs relating to her special educational needs. The family were asked at the planning meeting and said they do not need support. The Children with Disabilities Team confirmed that there are no eligible needs."],
        H1=["None needed. Short breaks were explained to Farah, who does not want them at present."],
        H2=["None needed."], out=[]),
    J=["No personal budget has been requested.", "Not applicable."],
    K=[("Parent's views (with Urdu interpreter)", "30 June 2026", "Farah (mother)", None),
       ("Educational advice", "", "Miss Holt, Class Teacher, Elmfield Primary School", None),
       ("School nursing advice", "17 June 2026", "Sue Marsh, School Nurse", None),
       ("Medical advice", "", "Consultant Ophthalmologist, Eye Clinic, Dervale Royal Hospital", "medical"),
       ("Educational psychologist", "22 June 2026", "Dr Aisha Rahman, Educational Psychologist", "ep"),
       ("Social care", "25 June 2026", "Amy North, Social Worker, Children with Disabilities Team", "social")],
    signoff=("Sarah Bains, EHC co-ordinator", "9 September 2026"),
    fails={
        "CA-STATUTORY-ADVICE": "K has no advice from a qualified teacher of the visually impaired (QTVI), although Zainab has a vision impairment and a QTVI provides in F",
        "CA-DATED": "K: \"Educational advice\" (Miss Holt, Class Teacher) and \"Medical advice\" (Consultant Ophthalmologist) have no date received",
        "HC-ADVICE": "medical advice from the Consultant Ophthalmologist is undated (and no named clinician), so its currency cannot be judged",
        "PC-STRENGTHS": "A2 Strengths: \"Zainab needs a lot of adult help at present. She cannot see the board...\"; \"What people like and admire about me\" lists only difficulties; B strengths rows are deficits (\"Zainab is not yet able to read standard print\", \"Zainab is unable to move around school safely on her own.\")",
        "PR-QUANTIFIED": "F: \"Habilitation training (mobility and independence) with a Habilitation Specialist for 10 weeks.\" - no frequency, session length or ratio",
    },
    notes={"HC-ADVICE-PROVIDERS": "pass: Eye Clinic (ophthalmologist) and School Nurse both appear in K (the ophthalmology item is undated - that is CA-DATED/HC-ADVICE)"},
))

# ============================================================== p110 Callum
PLANS.append(dict(
    file="p110.docx", layout="bold-statutory", name="Callum", age=11, year_group="Year 6",
    needs=["ADHD", "literacy difficulties"], voice="first person (his words, gathered by his TA)", f_style="bullets", bullet="o", subbullet="-",
    front=[("Name", "Callum"), ("Plan start date", "2 October 2026"),
           ("Most recent review", "Not yet reviewed – first review due by October 2027"),
           ("Curriculum year", "Year 6"), ("Age", "11"), ("School", "St Anne's Church of England (CE) Primary School"),
           ("EHC co-ordinator", "Adam Kowalski")],
    A=dict(
        intro="Callum talked with his teaching assistant (TA), Mrs Bell, in July 2026 using a talking mat with picture cards. These are his words.",
        like=["I'm fast. I won the 100 metres on sports day.", "I'm good at Minecraft and I build massive things.",
              "Mrs Bell says I'm kind to the little ones at dinner time."],
        important=["My dog, Biscuit.", "Football on Saturdays with my uncle.", "My Xbox.", "My sisters."],
        support=["Tell me one thing at a time.", "Let me move about – I get fidgety.",
                 "Don't shout at me in front of everyone.", "Help me with spellings without making a big deal."],
        views=["\"I don't like writing because it takes ages, my hand hurts and I can't spell. I like maths when it's on the whiteboards. I'm worried about big school because it's massive and I'll get lost.\""],
        family_head="My mum's views",
        family=["Callum's mum, Stacey, says he is loving and funny but \"a whirlwind\". She wants him to get help with reading and to settle well at secondary school."],
        hopes=["\"I want to be a footballer or a YouTuber. If not, a PE teacher.\"",
               "Stacey: \"I want him to be happy at secondary and to get a good job.\""],
        story=["Callum was diagnosed with attention deficit hyperactivity disorder (ADHD) by the Community Paediatrician in 2024. A specialist teacher assessment in 2025 found he has dyslexic-type difficulties. He had support at SEN Support level (help for special educational needs (SEN) without a plan) from Year 2 until this plan."],
    ),
    areas=[
        dict(key="CL", title="Cognition and learning",
             strengths="Callum has good number sense and mental maths; his maths is close to the expected standard for Year 6. He is a good problem solver and explains his thinking out loud.",
             aspiration="To be able to read and write well enough for secondary school.",
             rows=[
                 dict(need="Reading: standardised score 74 (September 2026). Callum reads at about a Year 3 level and guesses longer words.",
                      out="By the end of Key Stage 2 (KS2), in July 2027, Callum will read a Year 4 level book aloud with 95% accuracy.",
                      know="Running record by the Special Educational Needs Co-ordinator (SENCo) each half term.",
                      prov=[("Structured phonics and reading programme", "4 x 20 minutes per week, 1:1", "TA trained in the programme, overseen by the SENCo", "Element 3 top-up funding"),
                            ("Visit from the Specialist Teacher to assess Callum's progress and update the reading programme", "Once each half term, 1 hour", "Specialist Teacher, Dervale Learning Support Service", "Local authority")]),
                 dict(need="Spelling and writing: Callum spells by sound and writes two or three sentences on his own. His handwriting is slow and tiring.",
                      out="By the end of Year 7, Callum will write a paragraph of 6 sentences on a laptop, with capital letters and full stops correct in at least 5 sentences.",
                      know="Writing samples collected each half term by the class teacher (then the English teacher).",
                      prov=[("Precision teaching of 10 high-frequency spellings", "Daily, 10 minutes, 1:1", "TA", "Element 3 top-up funding"),
                            ("A laptop with word-prediction software for extended writing", "All extended writing tasks", "Set up by the school IT technician and checked each half term", "School budget")]),
             ]),
        dict(key="SEMH", title="Social, emotional and mental health",
             strengths="Callum is sociable and energetic, has lots of friends and is helpful when he is given a job.",
             aspiration="To be happy and settled at secondary school.",
             rows=[
                 dict(need="Callum has ADHD. He finds it hard to sit still, wait his turn or listen for more than about 5 minutes; he shouts out and leaves his seat several times a lesson.",
                      out="By July 2027, Callum will stay on task for 10 minutes in maths and English with no more than one prompt, in 4 out of 5 observed lessons.",
                      know="TA's weekly tally, reviewed with the SENCo.",
                      prov=[("Movement breaks of 5 minutes (a job or a walk with the TA), at least once each lesson and more as appropriate", "At least once each lesson", "Class TA", "School budget"),
                            ("Zones of Regulation group to learn ways to calm down and refocus", "2 x 30 minutes per week, group of 4", "Emotional Literacy Support Assistant (ELSA)", "School budget")]),
                 dict(need="When he is embarrassed about his reading, Callum becomes silly or walks out of class. This happens about twice a week.",
                      out="By the end of the first half term in Year 7 (October 2027), Callum will use his break card to ask for a break instead of leaving class without permission, on 8 out of 10 occasions.",
                      know="Behaviour log, reviewed each half term.",
                      prov=[("Access to a quiet space in the nurture room where possible when Callum feels overwhelmed.", "When needed", "Nurture room TA", "School budget"),
                            ("Extra transition visits to his secondary school, with his TA, and a transition booklet with photos", "4 visits of 1 hour in Summer term 2027; booklet by May 2027", "Class TA and SENCo", "Element 3 top-up funding")]),
             ]),
    ],
    health=dict(rows=[
        dict(need="Callum has ADHD and takes methylphenidate each morning before school, prescribed by the Community Paediatrician.",
             prov=[("ADHD medication review (height, weight, blood pressure and dose)", "Every 6 months, 30-minute clinic appointment", "Community Paediatrician, Dervale Children's Centre")]),
        dict(need="In March 2026 Callum was diagnosed with childhood absence epilepsy. He has short absences (a few seconds when he stares and does not respond) several times a day, which means he misses parts of what is said in lessons. He takes ethosuximide twice a day."),
    ], dco="The health provision in Section G has been agreed. Helen Adeyemi, Designated Clinical Officer (DCO), 28 September 2026."),
    social=dict(
        D=["Callum is currently subject to a Child Protection Plan. Details are held by Children's Social Care."],
        H1=["None."], H2=["None."], out=[]),
    I=["St Anne's CE Primary School (mainstream, voluntary aided) until July 2027. His secondary school will be named in this plan by 15 February 2027."],
    J=["No personal budget has been requested."],
    K=[("Parent's views", "1 August 2026", "Stacey (mum)"),
       ("Callum's views", "10 July 2026", "Callum, with Mrs Bell (TA)"),
       ("Educational advice", "15 July 2026", "Mrs Harper, SENCo, St Anne's CE Primary School"),
       ("Psychological advice", "8 July 2026", "Dr Aisha Rahman, Educational Psychologist"),
       ("Medical advice", "22 June 2026", "Dr Okonjo, Community Paediatrician"),
       ("Specialist teacher advice", "30 June 2026", "Mr Lyle, Specialist Teacher, Dervale Learning Support Service")],
    signoff=("Adam Kowalski, EHC co-ordinator", "2 October 2026"),
    fails={
        "SC-STATUTORY-LINK": "D: \"Callum is currently subject to a Child Protection Plan. Details are held by Children's Social Care.\" with H1/H2 \"None.\" and no social care advice - the CP plan does not inform the EHC plan",
        "SC-NEEDS": "D only states the CP status - it describes no social care needs and gives no basis for there being none",
        "SC-PROVISION-SPECIFIC": "H1 \"None.\" / H2 \"None.\" - no mention of whether short breaks or Early Help were considered",
        "SC-ADVICE": "K has no social care advice",
        "CA-STATUTORY-ADVICE": "no social care advice in K (reg 6)",
        "HC-NEEDS-MET": "C: \"In March 2026 Callum was diagnosed with childhood absence epilepsy.\" - nothing in G for epilepsy (no epilepsy nurse, healthcare plan or staff training)",
        "HC-OUTCOMES": "epilepsy (absences causing him to miss parts of lessons) leads to no outcome in E",
        "PR-VAGUE-WORDING": "F: \"at least once each lesson and more as appropriate\" and \"Access to a quiet space in the nurture room where possible\"",
    },
    notes={"PR-QUANTIFIED": "pass: each F item states what, how often/length, who; the quiet space is a need-led adjustment (the failure is the wording)",
           "HC-DCO-SIGNOFF": "pass: DCO agreement recorded with name and date (the G it agreed is incomplete - HC-NEEDS-MET)",
           "HC-ADVICE-PROVIDERS": "pass: the only G provider (Community Paediatrician) gave advice in K"},
))

# ============================================================== p111 Sofia
PLANS.append(dict(
    file="p111.docx", layout="ef-table", name="Sofia", age=16, year_group="Year 11",
    needs=["dyslexia", "SEMH", "EOTAS"], voice="third person summary with one quotation",
    front=[("Name", "Sofia"), ("Plan start date", "30 April 2026"), ("Most recent review", "12 November 2026"),
           ("Curriculum year", "Year 11"), ("Age", "16"),
           ("Education", "Education otherwise than in school (EOTAS): online school, specialist tutor and mentor")],
    A=dict(
        intro="The information in this section was gathered by the EOTAS co-ordinator at a meeting with Sofia and her father on 3 March 2026 and was updated at the review meeting held on 12 November 2026.",
        like=["Sofia is recognised by those who work with her as demonstrating a conscientious approach to those tasks which she has elected to undertake, together with a notable aptitude for visual and creative activity, including digital illustration."],
        important=["It is important to Sofia that the arrangements for her education continue to be delivered predominantly within the home environment or by means of online platforms, that communication regarding any proposed changes to those arrangements is provided to her in writing and in advance, and that her privacy in relation to her difficulties is respected in her dealings with peers."],
        support=["Sofia is best supported through approaches which minimise the demands associated with reading aloud and unplanned verbal participation, whilst ensuring that materials are presented in accessible formats consistent with the recommendations contained within the specialist teacher's report."],
        views_head="Sofia's views",
        views=["In discussion with the EOTAS co-ordinator, Sofia indicated that, notwithstanding the difficulties which she experienced in attending her previous setting, which she attributed principally to the number of people present and to the expectation that she would read in front of others, she considers the current arrangements to be preferable, stating: \"I'm fine doing lessons online because nobody's looking at me.\" Sofia further indicated that she spends a considerable proportion of her free time engaged in digital illustration."],
        family_head="Family views",
        family=["Sofia's father, Tomasz, advised that the family's principal concern relates to the maintenance of Sofia's current level of engagement, in view of the extended period of non-attendance which preceded the implementation of the present arrangements, and that it is the family's view that any reintegration into a group setting should be undertaken on a gradual basis only."],
        hopes=[],
        story_head="Background",
        story=["Sofia attended Kingsway Academy until Year 9, at which point a pattern of emotionally based school non-attendance (EBSNA) developed, such that she has not attended a school building since March 2025. Following a specialist teacher assessment in 2025 which identified dyslexia, and the involvement of the Early Help service, an EOTAS package was put in place by the local authority (LA) from April 2026."],
    ),
    areas=[
        dict(key="CL", title="Cognition and learning",
             strengths="Sofia has good verbal reasoning (average range on the educational psychologist's assessment) and strong visual and drawing skills.",
             rows=[
                 dict(need="Sofia has dyslexia, identified by a specialist teacher in 2025. Her reading speed and spelling are well below average (standardised scores 76 and 72).",
                      out="By the conclusion of Key Stage 4 (KS4), in July 2027, it is anticipated that Sofia will have demonstrated the consistent and independent application of assistive technology, including text-to-speech functionality, in the completion of written assignments across not fewer than three curriculum subjects, as evidenced through the submission of such work to her tutors on at least four out of five occasions within each half-termly period.",
                      know="Record of submitted work maintained by the EOTAS co-ordinator and reviewed on a half-termly basis.",
                      prov=[("Laptop with text-to-speech and speech-to-text software", "Issued once; checked each half term", "Set up and maintained by the Dervale EOTAS Team IT technician", "LA High Needs Block"),
                            ("Specialist literacy tuition (dyslexia)", "2 hrs/wk (2 x 1 hr), one-to-one (1:1)", "Specialist teacher with a Level 5 qualification in specific learning difficulties (SpLD)", "LA High Needs Block")]),
                 dict(need="Because of her dyslexia she reads slowly and tires quickly in exams.",
                      out="By the end of Spring term 2027, it is expected that Sofia will have attained a standardised score of not less than 82 on the reading speed measure administered by the specialist teacher, such improvement being attributable to the structured programme of literacy tuition specified in Section F.",
                      know="Standardised assessment administered by the specialist teacher in March 2027.",
                      prov=[("Specialist literacy tuition (dyslexia)", "2 hrs/wk (2 x 1 hr), one-to-one (1:1)", "Specialist teacher with a Level 5 qualification in specific learning difficulties (SpLD)", "LA High Needs Block"),
                            ("25% extra time, a computer reader and a separate room for all GCSE (General Certificate of Secondary Education) exams", "All GCSE exams, summer 2027", "Arranged by the exams officer at the exam centre (Dervale Learning Centre)", "LA High Needs Block"),
                            ("Online school: live lessons in English language, English literature, science and art", "12 x 50 minutes per week, small group (max. 10)", "Qualified teachers, Brightpath Online Academy", "LA High Needs Block")]),
             ],
             extra_needs=["Sofia also has significant difficulties with number (dyscalculia). She cannot recall times tables, relies on counting on her fingers and is working at about a Year 5 level in maths."]),
        dict(key="SEMH", title="Social, emotional and mental health",
             strengths="Sofia is polite, reliable with her online work and has one close friend.",
             rows=[
                 dict(need="Sofia has high anxiety in crowded places and when asked to read aloud. She has not been inside a school building since March 2025, and she will leave an online lesson if she is asked to speak without warning.",
                      out="It is intended that, by the end of the Spring term 2027, Sofia will have progressed, through a graduated programme of exposure agreed in consultation with her mentor, to attendance at the Dervale Learning Centre for one supervised session of not less than two hours per week over a period of six consecutive weeks, as recorded within the mentor's attendance log.",
                      know="Mentor's attendance log.",
                      prov=[("Mentor sessions, moving from home to the Dervale Learning Centre", "2 x 1.5 hrs per week, 1:1", "Mentor (trained in anxiety-based non-attendance), Dervale EOTAS Team", "LA High Needs Block")]),
                 dict(need="Sofia has not yet made any plans for what she will do after Year 11.",
                      out="By the conclusion of Key Stage 4, Sofia will have completed an application to a post-16 provider and will have attended no fewer than two transition visits to that provider, in order that the continuity of her education beyond the age of sixteen is secured.",
                      know="Application record and visit log held by the EOTAS co-ordinator.",
                      prov=[("Careers guidance", "3 sessions of 1 hour (Autumn and Spring terms)", "Careers adviser (Level 6 qualified), Dervale Careers Hub", "LA"),
                            ("Transition visits to her chosen post-16 provider", "2 visits of 2 hours, Spring term 2027", "Mentor", "LA High Needs Block")]),
                 dict(need="Sofia relies on her father to drive her to any appointment.",
                      out="By July 2027, Sofia will undertake the journey by public bus between her home and the Dervale Learning Centre independently on not fewer than four consecutive occasions.",
                      know="Travel trainer's sign-off.",
                      prov=[("Independent travel training", "6 sessions of 1 hour, 1:1", "Trainer, Dervale Travel Training Team", "LA")]),
                 dict(need="She has few opportunities to meet other young people outside her home.",
                      out="By July 2027, Sofia will have attended a weekly youth group for a minimum of one full term, thereby increasing the extent of her participation within her local community.",
                      know="Youth group attendance register.",
                      prov=[("Mentor to go with Sofia to the youth group for the first 4 sessions, then meet her afterwards", "4 sessions of 2 hours, then 15 minutes weekly", "Mentor, Dervale EOTAS Team", "LA High Needs Block")]),
             ]),
    ],
    health=dict(rows=[dict(need="Not known at the time of writing.")], G_none="None."),
    social=dict(
        D=["Sofia does not have social care needs relating to her special educational needs. Early Help worked with the family in 2025 and closed the case in January 2026 with no further needs identified; her father confirmed this at the review."],
        H1=["None required. Short breaks were not requested; the family know how to ask for Early Help again."],
        H2=["None required."], out=[]),
    I=["EOTAS under section 61 of the Children and Families Act 2014: the LA is satisfied that it would be inappropriate for the provision to be made in a school or post-16 institution at present. The package is co-ordinated by the Dervale EOTAS Team."],
    J=["No personal budget has been requested."],
    K=[("Young person's views", "3 March 2026; updated 12 November 2026", "Sofia, with the EOTAS co-ordinator"),
       ("Parent's views", "3 March 2026", "Tomasz (father)"),
       ("Educational advice (specialist teacher, SpLD)", "10 February 2026", "Ms Green, Specialist Teacher, Dervale Learning Support Service"),
       ("Educational advice (EOTAS co-ordinator)", "1 November 2026", "Mr Hill, EOTAS co-ordinator"),
       ("Psychological advice", "24 February 2026", "Dr Aisha Rahman, Educational Psychologist"),
       ("Medical advice", "14 February 2026", "Dr Moss, GP – no health needs relating to Sofia's special educational needs"),
       ("Social care advice (Early Help closure summary)", "20 January 2026", "Joanne Ferris, Early Help Family Worker"),
       ("Preparing for adulthood advice", "5 March 2026", "Becky Lowe, careers adviser, Dervale Careers Hub")],
    signoff=("Sarah Bains, EHC co-ordinator", "20 November 2026"),
    fails={
        "PC-ASPIRATIONS": "A has views, interests and the family's concern but no hopes or aspirations for the future from Sofia or her father",
        "PC-ASPIRATION-LINK": "no aspirations stated, and no outcome builds on her stated interest in digital illustration",
        "HC-NEEDS": "C: \"Not known at the time of writing.\" (although the GP advice in K says there are no health needs)",
        "PR-OUTCOME-LINK": "B: \"Sofia also has significant difficulties with number (dyscalculia)...\" - no maths provision in F (online school covers English, science and art only) and no outcome",
        "LG-READABILITY": "A and E written in dense officialese, e.g. \"it is anticipated that Sofia will have demonstrated the consistent and independent application of assistive technology\"; \"notwithstanding the difficulties which she experienced\"",
    },
    notes={"PC-VOICE": "pass: Sofia's own words quoted (\"I'm fine doing lessons online because nobody's looking at me.\") and how gathered stated",
           "PC-SMART": "pass: outcomes are wordy but specific, measurable and dated",
           "LG-JARGON": "pass: EOTAS, EBSNA, KS4, SpLD, GCSE, LA explained; the problem is sentence style, not unexplained terms",
           "HC-NEEDS-MET": "na: there are no health needs (GP advice); G says none"},
))

# ============================================================== p112 Dev
PLANS.append(dict(
    file="p112.docx", layout="national-template", name="Dev", age=4, year_group="Reception",
    needs=["autism", "speech and language"], voice="what he tells us through signs and play (key adult)",
    front=[("Plan start date", "1 September 2026"),
           ("Most recent review", "First plan – six-monthly review due by March 2027 (Dev is under five)"),
           ("Curriculum year", "Reception (Early Years Foundation Stage)")],
    nat=dict(dob="Withheld in this anonymised copy (age 4)", sex="Male", ethnicity="Asian British – Indian",
             lang="Gujarati and English (Dev does not yet use spoken words)", parent_lang="Gujarati and English",
             p1=("Priya", "Mother"), p2=("Not applicable", "", "Not applicable"),
             setting="Northfield Primary School, Reception class",
             gp="Dr Simran Bhatt, Community Paediatrician", nhs="Removed from this copy",
             known_sc="Yes – Children with Disabilities Team (short breaks)", others="Speech and Language Therapy; Occupational Therapy; Educational Psychology; Autism Outreach Team",
             lac="No", was_lac="No", opp="Yes – included in A2", moving="No",
             communication="Dev does not use spoken words yet. He communicates by leading adults by the hand, by reaching, and increasingly by handing over picture cards. He is learning a few Makaton signs (signs used alongside speech), including \"more\" and \"finished\".",
             interests="Spinning objects, water play, trains, the song \"Wheels on the Bus\", and being swung in a blanket.",
             strengths="Dev is affectionate with people he knows and has a beautiful smile. He has excellent visual memory: he completes 24-piece jigsaws and knows where every toy is kept. He is very determined.",
             not_area={},
             i_name="Northfield Primary School", i_type="Mainstream primary school (community school), Reception class",
             i_start="Full time from September 2026 (mornings only for the first 3 weeks)"),
    A=dict(
        intro="Dev is 4 and does not use words yet. His nursery key person, Sana, watched him through his play over four weeks in June and July 2026 and noted what he showed us through his signs, actions and choices. Mrs Desai, a teaching assistant (TA) from Northfield who is now his key adult, joined her for three transition visits. His mum added what she knows.",
        like=["Dev is gentle and loving with his baby cousin.", "He is a brilliant puzzle-solver.",
              "He has a lovely belly laugh when he is swung in a blanket."],
        important=["His mum and his grandma (Ba).", "His blue train.", "Water play.", "Knowing what is coming next."],
        support=["Use his picture cards and the signs \"more\" and \"finished\".", "Show him a photo of the next activity before it starts.",
                 "Give him a calm, quiet space when the classroom is busy."],
        views_head="What Dev tells us through signs and play",
        views=["Dev takes Sana's hand and leads her to the water tray most mornings. He laughs and signs \"more\" when she pours water over the wheel.",
               "When the nursery group sings, Dev covers his ears and goes under the table, but he comes out for \"Wheels on the Bus\" and does the actions. This tells us he enjoys music but finds loud group noise hard.",
               "He hands over the picture card for \"outside\" at least three times a day, so we know he loves being outdoors."],
        family_head="What Dev's family tell us",
        family=["Priya says Dev is a happy, loving boy. She would love to hear him call her \"Mummy\", and she finds it very hard to take him out with his two younger sisters because he runs off. She wants him to be able to tell people what he needs and to feel calm at school."],
        hopes=["Priya hopes Dev will learn to communicate what he wants, make a friend, and stay at Northfield with his cousins.",
               "Dev shows us he wants to be with other children: he watches the train track and sometimes passes a train to another child."],
        story=["Dev was diagnosed with autism by the Community Paediatrician in March 2026. He went to Little Stars Nursery with extra help from the Early Years Inclusion Fund and started at Northfield Primary School in September 2026."],
    ),
    areas=[
        dict(key="CI", title="Communication and interaction",
             strengths="Dev is a good watcher and loves cause-and-effect toys. He can ask for things by leading an adult to them.",
             aspiration="To tell people what he needs and wants.",
             rows=[
                 dict(need="Dev has no spoken words. He cannot yet ask for help or tell adults what he wants, and gets upset when he is not understood.",
                      prov=[("Picture Exchange Communication System (PECS): Dev is taught to hand over a picture to ask for things", "3 x 10 minutes daily, 1:1, plus use throughout the day", "Key adult (TA trained in PECS Level 1)", "Element 3 top-up funding"),
                            ("Speech and language therapist (SaLT) visit to assess, set targets and coach staff in PECS and Makaton", "6 visits a year (one each half term), 1 hour each", "Children's Speech and Language Therapy Service", "Local authority")],
                      out="By the end of Reception (July 2027), Dev will hand a picture card to an adult to ask for a snack or toy, without physical help, 10 times a day.",
                      know="Key adult's daily PECS record, checked by the SaLT at each visit."),
                 dict(need="Dev's attention for adult-led activities is very short (about 1 minute), so he misses group learning.",
                      prov=[("Attention Autism sessions (a structured group that builds shared attention)", "Daily, 15 minutes, small group (max. 4)", "TA trained in Attention Autism", "Element 3 top-up funding")],
                      out="By the end of Spring term 2027, Dev will stay with the Attention Autism group for 5 minutes on 4 days out of 5.",
                      know="Key adult's weekly record."),
             ]),
        dict(key="CL", title="Cognition and learning",
             strengths="Dev learns well through things he can see and touch. He completes jigsaws and matching games above his age level.",
             aspiration="To learn alongside other children.",
             rows=[
                 dict(need="Dev needs the Early Years Foundation Stage curriculum adapted, with learning broken into very small steps and taught 1:1.",
                      prov=[("1:1 support throughout the school day from a key adult", "32.5 hours per week", "TA trained in autism (Autism Education Trust Tier 2)", "Element 3 top-up funding"),
                            ("Work-station teaching of matching, sorting and early number", "2 x 10 minutes daily, 1:1", "Key adult, following targets set by the class teacher", "Element 3 top-up funding")],
                      out="By July 2027, Dev will complete a 3-step task at his work station (for example sort, match, then put away) on his own, on 4 out of 5 days.",
                      know="Work-station record kept by the key adult and reviewed by the class teacher each half term."),
             ]),
        dict(key="SEMH", title="Social, emotional and mental health",
             strengths="Dev is affectionate and shows interest in other children's play.",
             aspiration="To make a friend.",
             rows=[
                 dict(need="Dev becomes very distressed by changes and loud noise, and he runs out of the classroom about twice a day.",
                      prov=[("Visual timetable with photos, and \"now and next\" board", "Used at every change of activity", "Made and updated by the key adult", "School budget"),
                            ("Calm den in the classroom with ear defenders", "Available all day", "Set up and kept stocked by the key adult", "School budget")],
                      out="By the end of Spring term 2027, Dev will go to the calm den (instead of running out) when he is upset, on 4 out of 5 occasions.",
                      know="Key adult's incident record, reviewed each half term."),
             ]),
        dict(key="SP", title="Sensory and/or physical needs",
             strengths="Dev is agile and enjoys climbing and swinging.",
             aspiration="To feel calm and ready to learn.",
             rows=[
                 dict(need="Dev seeks movement and deep pressure, and he is upset by loud noises and some food textures.",
                      prov=[("Sensory circuit (bouncing, crawling, deep pressure)", "Every morning at registration, 10 minutes, 1:1", "Key adult", "School budget"),
                            ("Occupational therapist (OT) sensory assessment, a written sensory plan for staff, and a review visit each term", "One 1.5-hour assessment visit (Autumn term 2026), then a 30-minute review visit each term", "Children's Occupational Therapy Service", "Local authority")],
                      out="By July 2027, Dev will sit at the snack table with other children for 5 minutes on 4 days out of 5.",
                      know="Key adult's daily record."),
             ]),
    ],
    health=dict(strengths="Dev is a healthy, active boy.", rows=[
        dict(need="Dev has no health needs related to his special educational needs. His Community Paediatrician saw him on 14 July 2026: he is well, growing normally, eats a good range of food and sleeps through the night. His hearing was tested in June 2026 and is normal.",
             prov_none="No health provision is needed at present.", out_none="Not applicable.")]),
    social=dict(strengths="Priya is a loving, committed parent with support from Dev's grandma.",
        D=["Dev is supported by the Children with Disabilities Team as a child in need (section 17 of the Children Act 1989) because of his disability. Priya is a single parent with two younger children and cannot safely take Dev out alone because he runs off. The social worker's assessment (July 2026) found that the family needs short breaks; it informed Sections D, H1 and the social care outcome in this plan."],
        H1=["Saturday play scheme at Fernlea with 1:1 staffing: 2 Saturdays a month, 5 hours each (10am to 3pm). Children with Disabilities Team.",
            "Home-based sitting service after school: 3 hours per week (Wednesdays). Provided by Crossroads Care, arranged by the Children with Disabilities Team."],
        H2=["None needed. Early Help was considered; it is not needed because the Children with Disabilities Team is involved."],
        out=[("By March 2027, Dev will stay at the Saturday play scheme for the full 5 hours, settling within 15 minutes of arriving, on 4 out of 5 visits.",
              "Play scheme staff's session notes, shared with Priya and the social worker.")]),
    J=["No personal budget has been requested. Priya was told about direct payments for short breaks and chose services arranged by the team.", "Not applicable."],
    K=[("Parent's views", "20 July 2026", "Priya (mother)", None),
       ("Educational advice (early years setting)", "15 July 2026", "Sana Mir, Key Person and Manager, Little Stars Nursery", None),
       ("Speech and language therapy advice", "8 July 2026", "Holly Grant, Speech and Language Therapist", None),
       ("Medical advice", "14 July 2026", "Dr Simran Bhatt, Community Paediatrician", "medical"),
       ("Educational psychologist", "1 July 2026", "Dr Fiona Kerr, Educational Psychologist", "ep"),
       ("Social care", "24 July 2026", "Kim Akhtar, Social Worker, Children with Disabilities Team", "social"),
       ("Occupational therapy advice", "10 July 2026", "Sian Evans, Occupational Therapist", "other"),
       ("Autism Outreach Team advice", "16 July 2026", "Mr Jones, Specialist Teacher, Autism Outreach Team", "other")],
    signoff=("Sarah Bains, EHC co-ordinator", "1 September 2026"),
    fails={},
    notes={"PC-VOICE": "pass (trap): non-verbal 4-year-old's views gathered by his key adult through signs and play - \"What Dev tells us through signs and play\"",
           "HC-NEEDS": "pass (trap): no health needs, said plainly with the basis (paediatrician's review 14 July 2026, normal hearing test)",
           "SC-STATUTORY-LINK": "pass: child in need (s17, disabled child) - social worker's assessment informed D, H1 and the E outcome; social care advice in K",
           "CA-ANNUAL-REVIEW": "pass: plan start date 1 September 2026"},
))

# ---------------------------------------------------------------------------
# Answer key and main
# ---------------------------------------------------------------------------
CRITERIA = ["CA-DATED", "CA-ADVICE-AGE", "CA-STATUTORY-ADVICE", "CA-ANNUAL-REVIEW",
            "PC-OUTCOME-NOT-PROVISION", "PC-SMART", "PC-VOICE", "PC-ASPIRATIONS", "PC-ASPIRATION-LINK", "PC-PFA", "PC-STRENGTHS",
            "PR-VAGUE-WORDING", "PR-QUANTIFIED", "PR-OUTCOME-LINK",
            "HC-NEEDS", "HC-PROVISION-SPECIFIC", "HC-NEEDS-MET", "HC-ADVICE", "HC-DCO-SIGNOFF", "HC-THERAPY-PLACEMENT", "HC-ADVICE-PROVIDERS", "HC-OUTCOMES",
            "SC-NEEDS", "SC-STATUTORY-LINK", "SC-PROVISION-SPECIFIC", "SC-ADVICE", "SC-RIGHT-SECTION",
            "LG-SPELLING", "LG-GRAMMAR", "LG-READABILITY", "LG-JARGON"]

NA = {
    "p101.docx": ["SC-STATUTORY-LINK"],
    "p102.docx": ["PC-PFA", "SC-STATUTORY-LINK"],
    "p103.docx": ["PC-PFA", "SC-STATUTORY-LINK"],
    "p104.docx": [],
    "p105.docx": ["PC-PFA", "SC-STATUTORY-LINK"],
    "p106.docx": ["PC-PFA", "SC-STATUTORY-LINK"],
    "p107.docx": [],
    "p108.docx": ["SC-STATUTORY-LINK"],
    "p109.docx": ["PC-PFA", "SC-STATUTORY-LINK"],
    "p110.docx": ["PC-PFA"],
    "p111.docx": ["SC-STATUTORY-LINK", "HC-PROVISION-SPECIFIC", "HC-NEEDS-MET", "HC-DCO-SIGNOFF",
                  "HC-THERAPY-PLACEMENT", "HC-ADVICE-PROVIDERS", "HC-OUTCOMES"],
    "p112.docx": ["PC-PFA", "HC-PROVISION-SPECIFIC", "HC-NEEDS-MET", "HC-DCO-SIGNOFF", "HC-ADVICE-PROVIDERS", "HC-OUTCOMES"],
}


def build_labels():
    import datetime
    out = {"audit_date": datetime.date(2026, 12, 1), "plans": []}
    for p in PLANS:
        labels = {}
        for c in CRITERIA:
            if c in p["fails"]:
                labels[c] = "fail"
            elif c in NA[p["file"]]:
                labels[c] = "na"
            else:
                labels[c] = "pass"
        for c in p["fails"]:
            assert c in CRITERIA, c
            assert c not in NA[p["file"]], (p["file"], c)
        why = dict(p["fails"])
        for c, t in p.get("notes", {}).items():
            if c not in why:
                why[c] = t
        out["plans"].append(dict(file=p["file"], layout=p["layout"], age=p["age"], year_group=p["year_group"],
                                 needs=p["needs"], voice=p["voice"], labels=labels, why=why))
    return out


def main():
    import os
    import yaml
    here = os.path.dirname(os.path.abspath(__file__))
    os.makedirs(os.path.join(here, "plans"), exist_ok=True)
    for p in PLANS:
        RENDER[p["layout"]](p, os.path.join(here, "plans", p["file"]))
    with open(os.path.join(here, "labels.yaml"), "w") as f:
        yaml.safe_dump(build_labels(), f, sort_keys=False, allow_unicode=True, width=200)
    print("wrote", len(PLANS), "plans")


if __name__ == "__main__":
    main()
