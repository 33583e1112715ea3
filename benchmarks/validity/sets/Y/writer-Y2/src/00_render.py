"""Renderers for the three Wealdshire County Council layouts (imported by generate.py)."""
from docx import Document
from docx.shared import Pt, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

COUNCIL = "Wealdshire County Council"

LONG_TITLES = {
    "A": "Section A: The views, interests and aspirations of the child and his or her parents, or of the young person",
    "B": "Section B: The child or young person's special educational needs",
    "C": "Section C: The child or young person's health needs which are related to their special educational needs",
    "D": "Section D: The child or young person's social care needs which are related to their special educational needs or to a disability",
    "E": "Section E: The outcomes sought for the child or the young person, including outcomes for adult life",
    "F": "Section F: The special educational provision required by the child or the young person",
    "G": "Section G: Any health provision reasonably required by the learning difficulties or disabilities which result in the child or young person having special educational needs",
    "H1": "Section H1: Any social care provision which must be made for the child or young person under section 2 of the Chronically Sick and Disabled Persons Act 1970",
    "H2": "Section H2: Any other social care provision reasonably required by the learning difficulties or disabilities which result in the child or young person having special educational needs",
    "I": "Section I: The name and type of the school, maintained nursery school, post-16 institution or other institution to be attended by the child or young person",
    "J": "Section J: Where there is a Personal Budget, the details of how it will support particular outcomes, the provision it will be used for and the arrangements for any direct payments",
    "K": "Section K: The advice and information gathered during the EHC needs assessment",
}
SHORT_TITLES = {
    "A": "Section A – Views, interests and aspirations",
    "B": "Section B – Special educational needs",
    "C": "Section C – Health needs",
    "D": "Section D – Social care needs",
    "E": "Section E – Outcomes",
    "F": "Section F – Special educational provision",
    "G": "Section G – Health provision",
    "H1": "Section H1 – Social care provision (Chronically Sick and Disabled Persons Act 1970, section 2)",
    "H2": "Section H2 – Other social care provision",
    "I": "Section I – Placement",
    "J": "Section J – Personal budget",
    "K": "Section K – Advice and information",
}
ORDER = ["A", "B", "C", "D", "E", "F", "G", "H1", "H2", "I", "J", "K"]


def shade(cell, fill="D9D9D9"):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def fmt_item(item):
    what, freq, who = item
    parts = [what.rstrip(".") + "."]
    if freq:
        parts.append("How often: " + freq.rstrip(".") + ".")
    if who:
        parts.append("Who: " + who.rstrip(".") + ".")
    return " ".join(parts)


def title_block(doc, plan):
    p = doc.add_paragraph()
    r = p.add_run(COUNCIL)
    r.bold = True
    r.font.size = Pt(14)
    p = doc.add_paragraph()
    r = p.add_run(plan.get("doctitle", "Education, Health and Care Plan"))
    r.bold = True
    r.font.size = Pt(13)


# ---------------------------------------------------------------- bold-statutory
def _bs_blocks(doc, blocks):
    for kind, val in blocks:
        if kind == "h":
            p = doc.add_paragraph()
            r = p.add_run(val)
            r.bold = True
            r.underline = True
        elif kind == "p":
            doc.add_paragraph(val)
        elif kind == "ul":
            for it in val:
                if isinstance(it, tuple):  # (text, [subitems])
                    doc.add_paragraph("•\t" + it[0])
                    for s in it[1]:
                        doc.add_paragraph("\to  " + s)
                else:
                    doc.add_paragraph("•\t" + it)
        elif kind == "dash":
            for it in val:
                doc.add_paragraph("-  " + it)
        elif kind == "lv":
            p = doc.add_paragraph()
            r = p.add_run(val[0] + ": ")
            r.bold = True
            p.add_run(val[1])


def render_bold(plan, path):
    doc = Document()
    title_block(doc, plan)
    for lab, val in plan["front"]:
        p = doc.add_paragraph()
        r = p.add_run(lab + ": ")
        r.bold = True
        p.add_run(val)
    _bs_blocks(doc, plan.get("intro", []))
    for s in ORDER:
        p = doc.add_paragraph()
        r = p.add_run(LONG_TITLES[s])
        r.bold = True
        r.font.size = Pt(12)
        if s == "E":
            _bs_blocks(doc, plan.get("Eintro", []))
            for code, area, text in plan["E"]:
                p = doc.add_paragraph()
                r = p.add_run(f"{code} ({area}): ")
                r.bold = True
                p.add_run(text)
        elif s == "F":
            _bs_blocks(doc, plan.get("Fintro", []))
            for code, heading, items in plan["F"]:
                p = doc.add_paragraph()
                r = p.add_run(heading)
                r.bold = True
                for it in items:
                    doc.add_paragraph("-  " + fmt_item(it))
            _bs_blocks(doc, plan.get("Fafter", []))
        elif s == "K":
            _bs_blocks(doc, plan.get("Kintro", []))
            for adv, who, date in plan["K"]:
                doc.add_paragraph("•\t" + "; ".join(x for x in (adv, who, date) if x))
            _bs_blocks(doc, plan.get("Kafter", []))
        else:
            _bs_blocks(doc, plan[s])
    _bs_blocks(doc, plan.get("signoff", []))
    doc.save(path)


# ---------------------------------------------------------------- ef-table
def _ef_blocks(doc, blocks):
    for kind, val in blocks:
        if kind == "h":
            p = doc.add_paragraph()
            r = p.add_run(val)
            r.bold = True
        elif kind == "p":
            doc.add_paragraph(val)
        elif kind in ("ul", "dash"):
            for it in val:
                if isinstance(it, tuple):
                    doc.add_paragraph(it[0], style="List Bullet")
                    for s in it[1]:
                        doc.add_paragraph(s, style="List Bullet 2")
                else:
                    doc.add_paragraph(it, style="List Bullet")
        elif kind == "lv":
            p = doc.add_paragraph()
            r = p.add_run(val[0] + ": ")
            r.bold = True
            p.add_run(val[1])


def render_ef(plan, path):
    doc = Document()
    title_block(doc, plan)
    ft = doc.add_table(rows=0, cols=2)
    ft.style = "Table Grid"
    for lab, val in plan["front"]:
        c = ft.add_row().cells
        c[0].text = lab
        c[1].text = val
        shade(c[0], "EDEDED")
    _ef_blocks(doc, plan.get("intro", []))
    for s in ORDER:
        if s == "F":
            continue
        if s == "E":
            doc.add_heading("Sections E and F – Outcomes and the special educational provision to meet them", level=2)
            _ef_blocks(doc, plan.get("Eintro", []))
            _ef_blocks(doc, plan.get("Fintro", []))
            hdr = plan.get("efheader", ["Outcome", "Provision", "Frequency", "Who"])
            t = doc.add_table(rows=1, cols=4)
            t.style = "Table Grid"
            for i, h in enumerate(hdr):
                t.rows[0].cells[i].text = ""
                r = t.rows[0].cells[i].paragraphs[0].add_run(h)
                r.bold = True
                shade(t.rows[0].cells[i], "C6D9F1")
            fmap = {}
            for code, heading, items in plan["F"]:
                fmap.setdefault(code, []).extend(items)
            rows_for = []
            for code, area, text in plan["E"]:
                rows_for.append((f"{code} – {area}\n{text}", fmap.get(code, [])))
            if "ALL" in fmap:
                rows_for.append((plan.get("alllabel", "All outcomes – provision throughout the school day"), fmap["ALL"]))
            for otext, items in rows_for:
                items = items or [("", "", "")]
                start = None
                for j, (what, freq, who) in enumerate(items):
                    row = t.add_row()
                    c = row.cells
                    if j == 0:
                        start = c[0]
                        c[0].text = otext
                    c[1].text = what
                    c[2].text = freq
                    c[3].text = who
                if len(items) > 1:
                    start.merge(t.rows[-1].cells[0])
            _ef_blocks(doc, plan.get("Fafter", []))
            continue
        doc.add_heading(SHORT_TITLES[s], level=2)
        if s == "K":
            _ef_blocks(doc, plan.get("Kintro", []))
            kt = doc.add_table(rows=1, cols=3)
            kt.style = "Table Grid"
            for i, h in enumerate(["Advice and information", "Given by", "Date"]):
                kt.rows[0].cells[i].text = h
                shade(kt.rows[0].cells[i], "C6D9F1")
            for adv, who, date in plan["K"]:
                c = kt.add_row().cells
                c[0].text, c[1].text, c[2].text = adv, who, date
            _ef_blocks(doc, plan.get("Kafter", []))
        else:
            _ef_blocks(doc, plan[s])
    _ef_blocks(doc, plan.get("signoff", []))
    doc.save(path)


# ---------------------------------------------------------------- letter-column
def _lc_fill(cell, kind, val):
    cell.text = ""
    p = cell.paragraphs[0]
    if kind == "h":
        r = p.add_run(val)
        r.bold = True
    elif kind == "p":
        p.add_run(val)
    elif kind in ("ul", "dash"):
        first = True
        for it in val:
            txt = it[0] if isinstance(it, tuple) else it
            q = p if first else cell.add_paragraph()
            q.add_run("• " + txt)
            first = False
            if isinstance(it, tuple):
                for s in it[1]:
                    cell.add_paragraph("    – " + s)
    elif kind == "lv":
        r = p.add_run(val[0] + ": ")
        r.bold = True
        p.add_run(val[1])
    elif kind == "item":
        what, freq, who = val
        p.add_run(what)
        if freq:
            q = cell.add_paragraph()
            q.add_run("How often / how long: ").bold = True
            q.add_run(freq)
        if who:
            q = cell.add_paragraph()
            q.add_run("Who: ").bold = True
            q.add_run(who)


def render_letter(plan, path):
    doc = Document()
    title_block(doc, plan)
    ft = doc.add_table(rows=0, cols=2)
    ft.style = "Table Grid"
    for lab, val in plan["front"]:
        c = ft.add_row().cells
        c[0].text = lab
        c[1].text = val
    for kind, val in plan.get("intro", []):
        if kind == "p":
            doc.add_paragraph(val)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for s in ORDER:
        rows = [("h", SHORT_TITLES[s].split("–", 1)[1].strip())]
        if s == "E":
            rows += plan.get("Eintro", [])
            rows += [("lv", (f"{code} {area}", text)) for code, area, text in plan["E"]]
        elif s == "F":
            rows += plan.get("Fintro", [])
            for code, heading, items in plan["F"]:
                rows.append(("h", heading))
                rows += [("item", it) for it in items]
            rows += plan.get("Fafter", [])
        elif s == "K":
            rows += plan.get("Kintro", [])
            rows += [("lv", (adv, "; ".join(x for x in (who, date) if x))) for adv, who, date in plan["K"]]
            rows += plan.get("Kafter", [])
        else:
            rows += plan[s]
        first = None
        for kind, val in rows:
            c = t.add_row().cells
            if first is None:
                first = c[0]
                c[0].text = ""
                r = c[0].paragraphs[0].add_run(s)
                r.bold = True
                r.font.size = Pt(16)
            _lc_fill(c[1], kind, val)
        last = t.rows[-1].cells[0]
        if last is not first:
            first = first.merge(last)
        shade(first, "BFBFBF")
    for kind, val in plan.get("signoff", []):
        doc.add_paragraph(val if isinstance(val, str) else ": ".join(val))
    doc.save(path)


RENDER = {"bold-statutory": render_bold, "ef-table": render_ef, "letter-column": render_letter}
