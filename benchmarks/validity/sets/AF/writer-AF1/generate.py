"""Generator for blind test set AF1 (Saxmere County Council, fictional).

Plan text lives as Python data in plandata/*.py; one renderer per layout:
  national-template     -> render_national()  (fills /work/shared/reference/national-ehcp-template.docx)
  shaded-heading-table  -> render_shaded()
  ef-table              -> render_ef()
Run: /work/blind/.venv-AF1/bin/python generate.py
"""
import copy, os, sys
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
TEMPLATE = "/work/shared/reference/national-ehcp-template.docx"
OUT = os.path.join(HERE, "plans")
COUNCIL = "Saxmere County Council"

# ---------------------------------------------------------------- helpers

def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def clear_cell(cell):
    for p in list(cell.paragraphs)[1:]:
        p._p.getparent().remove(p._p)
    for t in cell._tc.findall(qn("w:tbl")):
        cell._tc.remove(t)
    p = cell.paragraphs[0]
    for r in list(p.runs):
        r._r.getparent().remove(r._r)
    return p


def add_blocks(target, blocks, first_para=None, bullet_style="List Bullet"):
    """blocks: str -> paragraph; ('h', s) -> bold line; ('b', [..]) -> bullets;
    ('n', [..]) -> numbered; ('hb', [..]) -> hand-typed bullets."""
    if isinstance(blocks, str):
        blocks = [blocks]
    fp = [first_para]
    try:
        target.part.styles[bullet_style]
        has_bullets = True
    except KeyError:
        has_bullets = False

    def para(style=None):
        if fp[0] is not None:
            p = fp[0]
            if style:
                p.style = style  # may raise KeyError before the paragraph is used
            fp[0] = None
            return p
        return target.add_paragraph(style=style) if style else target.add_paragraph()

    for b in blocks:
        if isinstance(b, str):
            para().add_run(b)
        elif b[0] == "h":
            para().add_run(b[1]).bold = True
        elif b[0] == "b":
            for item in b[1]:
                if has_bullets:
                    para(bullet_style).add_run(item)
                else:  # template without list styles: hand-typed bullet
                    para().add_run("\u2022 " + item)
        elif b[0] == "n":
            for item in b[1]:
                para("List Number").add_run(item)
        elif b[0] == "hb":
            for item in b[1]:
                para().add_run("\u2022 " + item)


def set_cell(cell, blocks, bold=False):
    p = clear_cell(cell)
    if bold and isinstance(blocks, str):
        p.add_run(blocks).bold = True
        return
    add_blocks(cell, blocks, first_para=p)


def delete_row(table, row):
    table._tbl.remove(row._tr)


def delete_table(table):
    table._tbl.getparent().remove(table._tbl)


def clone_row_after(table, row):
    new = copy.deepcopy(row._tr)
    row._tr.addnext(new)
    return docx.table._Row(new, table)


def unique_cells(row):
    out, seen = [], set()
    for c in row.cells:
        if id(c._tc) in seen:
            continue
        seen.add(id(c._tc))
        out.append(c)
    return out


def base_doc():
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    return d


def front_table(d, rows):
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in rows:
        r = t.add_row().cells
        set_cell(r[0], k, bold=True)
        set_cell(r[1], v)
    return t

# ---------------------------------------------------------------- shaded-heading-table

SH_TITLES = {
    "A": "Section A: The views, interests and aspirations of {n} and {p}",
    "B": "Section B: {n}'s special educational needs",
    "C": "Section C: {n}'s health needs which relate to their special educational needs",
    "D": "Section D: {n}'s social care needs which relate to their special educational needs or disability",
    "E": "Section E: The outcomes sought for {n}",
    "F": "Section F: The special educational provision required by {n}",
    "G": "Section G: Health provision reasonably required",
    "H1": "Section H1: Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970",
    "H2": "Section H2: Any other social care provision reasonably required",
    "I": "Section I: Placement",
    "J": "Section J: Personal budget (including direct payments)",
    "K": "Section K: Advice and information gathered during the EHC needs assessment",
}


def shaded_heading(d, text):
    t = d.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    c = t.cell(0, 0)
    shade(c, "C6D9F1")
    set_cell(c, text, bold=True)
    d.add_paragraph()


def k_table(d, rows, header=("Advice or information", "Given by", "Date")):
    t = d.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "E7E6E6")
    for r in rows:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            set_cell(cells[i], v)
    return t


def render_shaded(P):
    d = base_doc()
    h = d.add_paragraph()
    h.add_run(COUNCIL).bold = True
    h = d.add_paragraph()
    h.add_run("Education, Health and Care (EHC) Plan").bold = True
    front_table(d, P["front"])
    d.add_paragraph()
    n, par = P["name"], P.get("parents", "their family")
    for sec in ["A", "B", "C", "D", "E", "F", "G", "H1", "H2", "I", "J", "K"]:
        shaded_heading(d, SH_TITLES[sec].format(n=n, p=par))
        content = P[sec]
        if sec == "E":
            for area, outs in content:
                d.add_paragraph().add_run(area).bold = True
                for code, text in outs:
                    p = d.add_paragraph()
                    p.add_run(code + "  ").bold = True
                    p.add_run(text)
        elif sec == "F":
            for area, intro, items in content:
                d.add_paragraph().add_run(area).bold = True
                if intro:
                    add_blocks(d, intro)
                t = d.add_table(rows=1, cols=3)
                t.style = "Table Grid"
                for i, hd in enumerate(["Outcome(s)", "Provision", "Delivered by"]):
                    set_cell(t.rows[0].cells[i], hd, bold=True)
                    shade(t.rows[0].cells[i], "E7E6E6")
                for oc, prov, who in items:
                    cells = t.add_row().cells
                    set_cell(cells[0], oc)
                    set_cell(cells[1], prov)
                    set_cell(cells[2], who)
                d.add_paragraph()
        elif sec == "K":
            add_blocks(d, P.get("K_intro", []))
            k_table(d, P["K"])
            d.add_paragraph()
            add_blocks(d, P.get("signoff", []))
        else:
            add_blocks(d, content)
            if sec == "G" and P.get("G_agree"):
                add_blocks(d, P["G_agree"])
        d.add_paragraph()
    d.save(os.path.join(OUT, P["id"] + ".docx"))

# ---------------------------------------------------------------- ef-table

EF_TITLES = {
    "A": "Section A – About me: views, interests and aspirations",
    "B": "Section B – Special educational needs",
    "C": "Section C – Health needs",
    "D": "Section D – Social care needs",
    "EF": "Sections E and F – Outcomes and special educational provision",
    "G": "Section G – Health provision",
    "H1": "Section H1 – Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970",
    "H2": "Section H2 – Other social care provision",
    "I": "Section I – Placement",
    "J": "Section J – Personal budget",
    "K": "Section K – Advice and information",
}


def render_ef(P):
    d = base_doc()
    d.add_heading(COUNCIL + " – Education, Health and Care (EHC) Plan", level=0)
    front_table(d, P["front"])
    for sec in ["A", "B", "C", "D", "EF", "G", "H1", "H2", "I", "J", "K"]:
        d.add_heading(EF_TITLES[sec], level=1)
        if sec != "EF":
            add_blocks(d, P[sec])
            if sec == "G" and P.get("G_agree"):
                add_blocks(d, P["G_agree"])
            continue
        add_blocks(d, P.get("EF_intro", []))
        hdr = P.get("EF_header", ["Outcome", "Provision", "Frequency", "Who"])
        t = d.add_table(rows=1, cols=4)
        t.style = "Table Grid"
        for i, hd in enumerate(hdr):
            set_cell(t.rows[0].cells[i], hd, bold=True)
            shade(t.rows[0].cells[i], "D9D9D9")
        for area, outcomes in P["EF"]:
            r = t.add_row()
            c = r.cells[0].merge(r.cells[3])
            set_cell(c, area, bold=True)
            shade(c, "F2F2F2")
            for otext, provs in outcomes:
                first = len(t.rows)
                for prov, freq, who in provs:
                    cells = t.add_row().cells
                    set_cell(cells[1], prov)
                    set_cell(cells[2], freq)
                    set_cell(cells[3], who)
                last = len(t.rows) - 1
                oc = t.cell(first, 0)
                if last > first:
                    oc = oc.merge(t.cell(last, 0))
                set_cell(oc, otext)
        d.add_paragraph()
        add_blocks(d, P.get("EF_after", []))
    add_blocks(d, P.get("signoff", []))
    d.save(os.path.join(OUT, P["id"] + ".docx"))

# ---------------------------------------------------------------- national template

AREA_TABLE = {"ci": 4, "cl": 5, "semh": 6, "sp": 7}


def render_national(P):
    d = docx.Document(TEMPLATE)
    T = list(d.tables)
    body = d.element.body
    # title + house front matter
    h1 = [p for p in d.paragraphs if p.style.name == "Heading 1"][0]
    for r in list(h1.runs):
        r._r.getparent().remove(r._r)
    h1.add_run(COUNCIL + " – Education, Health and Care (EHC) Plan")
    anchor = h1
    for k, v in reversed(P["front_lines"]):
        np_ = OxmlElement("w:p")
        h1._p.addnext(np_)
        p = docx.text.paragraph.Paragraph(np_, h1._parent)
        p.add_run(k + ": ").bold = True
        p.add_run(v)
    # table 0 personal details: rows 1..11 value cells
    t0 = T[0]
    for (ri, ci), v in P["personal"].items():
        set_cell(unique_cells(t0.rows[ri])[ci], v)
    # table 1 services
    for ri, v in P["services"].items():
        set_cell(unique_cells(T[1].rows[ri])[1], v)
    # A1
    set_cell(T[2].rows[1].cells[1], P["A1"])
    # A2
    for ri, key in [(3, "views"), (5, "interests"), (7, "strengths"), (9, "aspirations")]:
        set_cell(T[3].rows[ri].cells[0], P[key])
    # B-F-E areas
    for key, ti in AREA_TABLE.items():
        t = T[ti]
        if key not in P["areas"]:
            delete_table(t)
            continue
        strengths, rows = P["areas"][key]
        set_cell(t.rows[2].cells[0], strengths)
        trs = list(t.rows)
        for i, row in enumerate(trs[4:]):
            if i < len(rows):
                cs = unique_cells(row)
                for j in range(3):
                    set_cell(cs[j], rows[i][j])
            else:
                delete_row(t, row)
    # C-G-E
    t = T[8]
    set_cell(t.rows[1].cells[0], P["health_strengths"])
    trs = list(t.rows)
    for i, row in enumerate(trs[3:]):
        if i < len(P["health"]):
            cs = unique_cells(row)
            for j in range(3):
                set_cell(cs[j], P["health"][i][j])
        else:
            delete_row(t, row)
    # health agreement paragraph after table 8
    prev = t._tbl
    for line in reversed(P["G_agree"]):
        np_ = OxmlElement("w:p")
        prev.addnext(np_)
        p = docx.text.paragraph.Paragraph(np_, h1._parent)
        if isinstance(line, tuple):
            p.add_run(line[1]).bold = True
        else:
            p.add_run(line)
    # D-H1-H2-E
    t = T[9]
    set_cell(t.rows[1].cells[0], P["social_strengths"])
    trs = list(t.rows)
    for i, row in enumerate(trs[3:]):
        if i < len(P["social"]):
            cs = unique_cells(row)
            for j in range(4):
                set_cell(cs[j], P["social"][i][j])
        else:
            delete_row(t, row)
    # I placement
    t = T[10]
    for i, (k, v) in enumerate(P["placement"]):
        cs = unique_cells(t.rows[i])
        if k is not None:
            set_cell(cs[0], k)
        set_cell(cs[1], v)
    # J
    for i, v in enumerate(P["J"]):
        set_cell(unique_cells(T[11].rows[i])[1], v)
    # K
    t = T[12]
    rows = list(t.rows)
    # rows 1-3 are blank label rows; extra advice cloned after row 3
    extra = P["K_top"]
    for i in range(len(extra) - 3):
        clone_row_after(t, rows[3])
    rows = list(t.rows)
    for i, vals in enumerate(extra):
        cs = unique_cells(rows[1 + i])
        for j, v in enumerate(vals):
            set_cell(cs[j], v)
    base = 1 + len(extra)
    # template rows: medical, EP, social care, other, PfA, parent-requested
    for off, vals in P["K_rows"].items():
        if vals is None:
            continue  # left as the template's wording
        cs = unique_cells(rows[base + off])
        for j, v in enumerate(vals):
            if v is not None:
                set_cell(cs[j], v)
    # sign-off
    cs = unique_cells(T[13].rows[1])
    for j, v in enumerate(P["signoff"]):
        set_cell(cs[j], v)
    d.save(os.path.join(OUT, P["id"] + ".docx"))


RENDER = {"national-template": render_national, "shaded-heading-table": render_shaded,
          "ef-table": render_ef}

if __name__ == "__main__":
    import importlib
    os.makedirs(OUT, exist_ok=True)
    plans = []
    for mod in ["nt", "shaded", "ef"]:
        try:
            m = importlib.import_module("plandata." + mod)
        except ModuleNotFoundError:
            continue
        plans.extend(m.PLANS)
    only = sys.argv[1:]
    for P in plans:
        if only and P["id"] not in only:
            continue
        RENDER[P["layout"]](P)
        print("wrote", P["id"], P["layout"])
