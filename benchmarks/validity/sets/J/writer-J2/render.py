"""Rendering helpers for set J2 (three layouts). Imported by generate.py."""
import re

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

ORDER = ["A", "B", "C", "D", "E", "F", "G", "H1", "H2", "I", "J", "K"]

TITLES = {
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


# ---------------------------------------------------------------- low level
def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def add_runs(par, text, bold=False, size=None):
    for part in re.split(r"(\*\*.+?\*\*)", text):
        if not part:
            continue
        if part.startswith("**") and part.endswith("**"):
            r = par.add_run(part[2:-2])
            r.bold = True
        else:
            r = par.add_run(part)
            if bold:
                r.bold = True
        if size:
            r.font.size = Pt(size)
    return par


def new_para(container, style=None):
    """Reuse the empty first paragraph of a fresh cell, else add one."""
    if hasattr(container, "_tc"):
        ps = container.paragraphs
        if len(ps) == 1 and not ps[0].runs and ps[0].text == "" and not getattr(container, "_used", False):
            p = ps[0]
            if style:
                p.style = style
            return p
    return container.add_paragraph(style=style)


def restart_numbering(doc):
    """Create a fresh numbering instance for List Number so each list starts at 1."""
    numbering = doc.part.numbering_part.numbering_definitions._numbering
    style = doc.styles["List Number"]
    num_id = style.element.pPr.numPr.numId.val
    abstract = numbering.num_having_numId(num_id).abstractNumId.val
    num = numbering.add_num(abstract)
    lo = num.add_lvlOverride(ilvl=0)
    lo.add_startOverride(1)
    return num.numId


def set_num(par, num_id):
    pPr = par._p.get_or_add_pPr()
    numPr = pPr.get_or_add_numPr()
    numPr.get_or_add_ilvl().val = 0
    numPr.get_or_add_numId().val = num_id


def fill_table(tbl, header, rows, head_fill="D9D9D9", bold_first_col=False):
    tbl.style = "Table Grid"
    if header:
        for i, h in enumerate(header):
            c = tbl.rows[0].cells[i]
            add_runs(new_para(c), h, bold=True)
            shade(c, head_fill)
    off = 1 if header else 0
    for ri, row in enumerate(rows):
        for ci, val in enumerate(row):
            c = tbl.rows[ri + off].cells[ci]
            add_runs(new_para(c), val, bold=(bold_first_col and ci == 0))


def render_blocks(doc, container, blocks, mode, head_fill="D9D9D9"):
    """mode: 'h2n' (Heading 3 sub-headings) or 'plain' (bold sub-headings)."""
    for b in blocks:
        kind = b[0]
        if kind == "p":
            add_runs(new_para(container), b[1])
        elif kind == "h":
            if mode == "h2n":
                container.add_heading(b[1], level=3)
            else:
                add_runs(new_para(container), b[1], bold=True)
        elif kind == "ul":
            for item in b[1]:
                add_runs(new_para(container, "List Bullet"), item)
        elif kind == "ol":
            nid = restart_numbering(doc)
            for item in b[1]:
                p = new_para(container, "List Number")
                set_num(p, nid)
                add_runs(p, item)
        elif kind == "table":
            header, rows = b[1], b[2]
            n = len(header) if header else len(rows[0])
            t = container.add_table(rows=len(rows) + (1 if header else 0), cols=n)
            fill_table(t, header, rows, head_fill)
            if mode != "cell":
                container.add_paragraph()
        else:
            raise ValueError(kind)


# ---------------------------------------------------------------- layouts
def title_block(doc, plan):
    h = doc.add_heading(plan.get("doc_title", "Education, Health and Care (EHC) Plan"), level=1)
    p = doc.add_paragraph()
    add_runs(p, plan.get("council", "Northgate City Council | Special Educational Needs and Disabilities (SEND) Team"))
    if plan.get("subtitle"):
        add_runs(doc.add_paragraph(), plan["subtitle"])


def front_table(doc, front, fill):
    t = doc.add_table(rows=len(front), cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate(front):
        add_runs(new_para(t.rows[i].cells[0]), k, bold=True)
        shade(t.rows[i].cells[0], fill)
        add_runs(new_para(t.rows[i].cells[1]), v)
    for row in t.rows:
        row.cells[0].width = Cm(5)
        row.cells[1].width = Cm(11)
    doc.add_paragraph()


def render_h2n(plan, path):
    doc = Document()
    title_block(doc, plan)
    front_table(doc, plan["front"], plan.get("fill", "DEEAF6"))
    titles = dict(TITLES)
    titles.update(plan.get("titles", {}))
    for sec in ORDER:
        if sec not in plan["sections"]:
            continue
        doc.add_heading(f"Section {sec}: {titles[sec]}", level=2)
        render_blocks(doc, doc, plan["sections"][sec], "h2n", plan.get("fill", "DEEAF6"))
    doc.save(path)


def render_sht(plan, path):
    doc = Document()
    title_block(doc, plan)
    for k, v in plan["front"]:
        p = doc.add_paragraph()
        add_runs(p, f"**{k}:** {v}")
    doc.add_paragraph()
    titles = dict(TITLES)
    titles.update(plan.get("titles", {}))
    fill = plan.get("fill", "C6E0B4")
    for sec in ORDER:
        if sec not in plan["sections"]:
            continue
        t = doc.add_table(rows=1, cols=1)
        t.style = "Table Grid"
        c = t.cell(0, 0)
        shade(c, fill)
        text = plan.get("sht_format", "Section {sec} - {title}").format(sec=sec, title=titles[sec])
        add_runs(new_para(c), text, bold=True, size=12)
        render_blocks(doc, doc, plan["sections"][sec], "plain", "F2F2F2")
    doc.save(path)


def render_lc(plan, path):
    """One big table: section letter merged down a narrow left column."""
    doc = Document()
    title_block(doc, plan)
    fill = plan.get("fill", "FCE4D6")
    front_table(doc, plan["front"], fill)
    titles = dict(TITLES)
    titles.update(plan.get("titles", {}))
    t = doc.add_table(rows=0, cols=4)
    t.style = "Table Grid"

    def row_merged():
        r = t.add_row()
        c = r.cells[1].merge(r.cells[3])
        return c

    for sec in ORDER:
        if sec not in plan["sections"]:
            continue
        start = len(t.rows)
        hc = row_merged()
        add_runs(new_para(hc), titles[sec], bold=True)
        shade(hc, fill)
        for b in plan["sections"][sec]:
            if b[0] == "table":
                header, rows = b[1], b[2]
                n = len(header)
                allrows = [(header, True)] + [(r, False) for r in rows]
                for vals, is_head in allrows:
                    r = t.add_row()
                    if n == 3:
                        cells = [r.cells[1], r.cells[2], r.cells[3]]
                    elif n == 2:
                        cells = [r.cells[1], r.cells[2].merge(r.cells[3])]
                    else:
                        raise ValueError("LC tables must have 2 or 3 columns")
                    for c, v in zip(cells, vals):
                        add_runs(new_para(c), v, bold=is_head)
                        if is_head:
                            shade(c, "F2F2F2")
            elif b[0] == "h":
                c = row_merged()
                add_runs(new_para(c), b[1], bold=True)
            else:
                c = row_merged()
                render_blocks(doc, c, [b], "cell")
        end = len(t.rows) - 1
        lc = t.cell(start, 0).merge(t.cell(end, 0))
        p = lc.paragraphs[0]
        add_runs(p, sec, bold=True, size=16)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        shade(lc, fill)
    for row in t.rows:
        widths = [Cm(1.3), Cm(5.2), Cm(4.8), Cm(4.7)]
        for c, w in zip(row.cells, widths):
            c.width = w
    doc.save(path)


RENDER = {
    "heading2-numbered": render_h2n,
    "letter-column": render_lc,
    "shaded-heading-table": render_sht,
}
