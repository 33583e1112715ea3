"""Rendering engine for set R2 (Chalkvale Council, garrison-town EHC plans).

Three layouts: heading2-numbered, letter-column, shaded-heading-table.
Plan content is a dict (see plans_*.py); this module only lays it out in Word.
"""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

COUNCIL = "Chalkvale Council"
SERVICE = "Special Educational Needs and Disabilities (SEND) Service"

TITLES = {
    "A": "Views, interests and aspirations",
    "B": "Special educational needs",
    "C": "Health needs",
    "D": "Social care needs",
    "E": "Outcomes",
    "F": "Special educational provision",
    "G": "Health provision",
    "H1": "Social care provision under the Chronically Sick and Disabled Persons Act 1970",
    "H2": "Other social care provision",
    "I": "Placement",
    "J": "Personal budget",
    "K": "Advice and information",
}
ORDER = ["A", "B", "C", "D", "E", "F", "G", "H1", "H2", "I", "J", "K"]


# ---------------------------------------------------------------- helpers
def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def set_width(cell, cm):
    cell.width = Cm(cm)


def base_doc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    for s in doc.sections:
        s.left_margin = s.right_margin = Cm(2)
    return doc


class Sink:
    """Adds paragraphs either to the document body or to a table cell."""

    def __init__(self, target, is_cell=False):
        self.t = target
        self.is_cell = is_cell
        self.first = is_cell  # a fresh cell already has one empty paragraph

    def para(self, text="", style=None, bold=False, italic=False):
        if self.first:
            p = self.t.paragraphs[0]
            if style:
                p.style = style
            self.first = False
        else:
            p = self.t.add_paragraph(style=style) if style else self.t.add_paragraph()
        if text:
            r = p.add_run(text)
            r.bold = bold
            r.italic = italic
        return p


def blocks_to(sink, blocks, sub_style=None, numbered_items=False):
    """blocks: list of (kind, payload). kinds: p, ul, h, q."""
    for kind, payload in blocks:
        if kind == "p":
            sink.para(payload)
        elif kind == "q":
            sink.para(payload, italic=True)
        elif kind == "h":
            if sub_style:
                sink.para(payload, style=sub_style)
            else:
                sink.para(payload, bold=True)
        elif kind == "ul":
            for item in payload:
                sink.para(item, style="List Bullet")
        elif kind == "ol":
            for item in payload:
                sink.para(item, style="List Number")
        else:
            raise ValueError(kind)


def k_line(item):
    what, who, date = item
    s = f"{what} – {who}"
    if date:
        s += f" – {date}"
    return s


def front_table(doc, front, label_fill=None):
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for label, value in front:
        row = t.add_row()
        row.cells[0].text = ""
        r = row.cells[0].paragraphs[0].add_run(label)
        r.bold = True
        row.cells[1].text = value
        set_width(row.cells[0], 6)
        set_width(row.cells[1], 11)
        if label_fill:
            shade(row.cells[0], label_fill)
    return t


def signature(sink, plan):
    sink.para(plan["signed"])


# ------------------------------------------------------------ section bodies
def a_blocks(plan, numbered_subs):
    out = []
    for i, (sub, blocks) in enumerate(plan["A"], 1):
        out.append(("h", f"A{i} {sub}" if numbered_subs else sub))
        out.extend(blocks)
    return out


def e_blocks(plan, numbered_subs, list_kind="ul"):
    out = []
    if plan["E"].get("intro"):
        out.append(("p", plan["E"]["intro"]))
    for i, (sub, items) in enumerate(plan["E"]["groups"], 1):
        out.append(("h", f"E{i} {sub}" if numbered_subs else sub))
        if list_kind == "num":
            n0 = sum(len(g[1]) for g in plan["E"]["groups"][: i - 1])
            out.extend(("p", f"{n0 + j}. {it}") for j, it in enumerate(items, 1))
        else:
            out.append((list_kind, items))
    return out


def f_blocks_numbered_paras(plan, show_areas=True):
    out = []
    if plan.get("F_intro"):
        out.append(("p", plan["F_intro"]))
    n = 0
    for area, items in plan["F"]:
        if show_areas and area:
            out.append(("h", area))
        for it in items:
            n += 1
            out.append(("p", f"F{n}. {it}"))
    return out


def g_blocks(plan):
    out = list(plan["G"])
    if plan.get("G_sign"):
        out.append(("p", plan["G_sign"]))
    return out


# ------------------------------------------------------------ layout 1
def render_heading2(plan, path):
    doc = base_doc()
    doc.add_paragraph(f"{COUNCIL} – {SERVICE}")
    doc.add_heading("Education, Health and Care Plan", level=0)
    doc.add_paragraph(plan["intro"])
    front_table(doc, plan["front"])
    doc.add_paragraph()
    body = Sink(doc)
    for sec in ORDER:
        doc.add_heading(f"Section {sec}: {TITLES[sec]}", level=2)
        if sec == "A":
            blocks_to(body, a_blocks(plan, True), sub_style="Heading 3")
        elif sec == "B":
            blocks_to(body, [("p", x) for x in plan["B"]])
        elif sec == "E":
            blocks_to(body, e_blocks(plan, True), sub_style="Heading 3")
        elif sec == "F":
            if plan.get("F_intro"):
                body.para(plan["F_intro"])
            for i, (area, items) in enumerate(plan["F"], 1):
                doc.add_heading(f"F{i} {area}", level=3)
                blocks_to(body, [("ol", items)])
        elif sec == "G":
            blocks_to(body, g_blocks(plan))
        elif sec == "K":
            if plan.get("K_intro"):
                body.para(plan["K_intro"])
            for item in plan["K"]:
                body.para(k_line(item), style="List Bullet")
            for extra in plan.get("K_notes", []):
                body.para(extra)
        else:
            blocks_to(body, plan[sec])
    doc.add_paragraph()
    signature(body, plan)
    doc.save(path)


# ------------------------------------------------------------ layout 3
def render_letter_column(plan, path):
    doc = base_doc()
    p = doc.add_paragraph()
    r = p.add_run(f"{COUNCIL}\n{SERVICE}")
    r.bold = True
    p = doc.add_paragraph()
    r = p.add_run("EDUCATION, HEALTH AND CARE PLAN")
    r.bold = True
    r.font.size = Pt(16)
    doc.add_paragraph(plan["intro"])
    front_table(doc, plan["front"], label_fill="EDEDED")
    doc.add_paragraph()

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"

    def section_rows(sec, chunks):
        """chunks: list of block-lists; one table row each, plus a title row."""
        start = len(t.rows)
        row = t.add_row()
        rp = row.cells[1].paragraphs[0]
        rr = rp.add_run(TITLES[sec])
        rr.bold = True
        shade(row.cells[1], "F2F2F2")
        for blocks in chunks:
            row = t.add_row()
            blocks_to(Sink(row.cells[1], is_cell=True), blocks)
        end = len(t.rows) - 1
        merged = t.cell(start, 0).merge(t.cell(end, 0)) if end > start else t.cell(start, 0)
        # keep just one paragraph in the merged letter cell
        for extra in merged.paragraphs[1:]:
            extra._element.getparent().remove(extra._element)
        lp = merged.paragraphs[0]
        lp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        lr = lp.add_run(sec)
        lr.bold = True
        lr.font.size = Pt(20)
        shade(merged, "D9E2F3")
        for i in range(start, end + 1):
            set_width(t.cell(i, 0), 1.8)
            set_width(t.cell(i, 1), 15.2)

    for sec in ORDER:
        if sec == "A":
            chunks = []
            for sub, blocks in plan["A"]:
                chunks.append([("h", sub)] + blocks)
        elif sec == "B":
            chunks = [[("p", x)] for x in plan["B"]]
        elif sec == "E":
            chunks = []
            if plan["E"].get("intro"):
                chunks.append([("p", plan["E"]["intro"])])
            for sub, items in plan["E"]["groups"]:
                chunks.append([("h", sub), ("ul", items)])
        elif sec == "F":
            chunks = []
            if plan.get("F_intro"):
                chunks.append([("p", plan["F_intro"])])
            n = 0
            for area, items in plan["F"]:
                blk = [("h", area)]
                for it in items:
                    n += 1
                    blk.append(("p", f"F{n}. {it}"))
                chunks.append(blk)
        elif sec == "G":
            chunks = [g_blocks(plan)]
        elif sec == "K":
            blk = []
            if plan.get("K_intro"):
                blk.append(("p", plan["K_intro"]))
            blk += [("p", k_line(i)) for i in plan["K"]]
            blk += [("p", x) for x in plan.get("K_notes", [])]
            chunks = [blk]
        else:
            chunks = [plan[sec]]
        section_rows(sec, chunks)
    doc.add_paragraph()
    doc.add_paragraph(plan["signed"])
    doc.save(path)


# ------------------------------------------------------------ layout 5
def shaded_heading(doc, text, fill="1F3864"):
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    c = t.cell(0, 0)
    shade(c, fill)
    r = c.paragraphs[0].add_run(text)
    r.bold = True
    r.font.size = Pt(12)
    r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    doc.add_paragraph()


def render_shaded(plan, path):
    doc = base_doc()
    shaded_heading(doc, f"{COUNCIL.upper()}  |  EDUCATION, HEALTH AND CARE PLAN", fill="2E5A3A")
    doc.add_paragraph(SERVICE)
    doc.add_paragraph(plan["intro"])
    front_table(doc, plan["front"], label_fill="E2EFDA")
    doc.add_paragraph()
    body = Sink(doc)
    for sec in ORDER:
        shaded_heading(doc, f"Section {sec} – {TITLES[sec]}", fill="2E5A3A")
        if sec == "A":
            blocks_to(body, a_blocks(plan, False))
        elif sec == "B":
            blocks_to(body, [("p", x) for x in plan["B"]])
        elif sec == "E":
            blocks_to(body, e_blocks(plan, False, list_kind="num"))
        elif sec == "F":
            blocks_to(body, f_blocks_numbered_paras(plan))
        elif sec == "G":
            blocks_to(body, g_blocks(plan))
        elif sec == "K":
            if plan.get("K_intro"):
                body.para(plan["K_intro"])
            kt = doc.add_table(rows=1, cols=3)
            kt.style = "Table Grid"
            for c, h in zip(kt.rows[0].cells, ["Advice or information", "Given by", "Date"]):
                c.text = ""
                rr = c.paragraphs[0].add_run(h)
                rr.bold = True
                shade(c, "E2EFDA")
            for what, who, date in plan["K"]:
                row = kt.add_row()
                row.cells[0].text = what
                row.cells[1].text = who
                row.cells[2].text = date
            for extra in plan.get("K_notes", []):
                body.para(extra)
        else:
            blocks_to(body, plan[sec])
        doc.add_paragraph()
    signature(body, plan)
    doc.save(path)


RENDERERS = {
    "heading2-numbered": render_heading2,
    "letter-column": render_letter_column,
    "shaded-heading-table": render_shaded,
}
