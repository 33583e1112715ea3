"""Generator for blind test-plan set P2 (writer P2, Seabourne City Council).

Builds plans/p201.docx ... plans/p212.docx from the content in plan_content.py and writes
labels.yaml (the answer key) from the same file, so the key and the plans cannot drift apart.

Layouts (4 plans each):
  heading2-numbered      - Heading 2 per section, numbered Heading 3 sub-headings, Word list styles
  letter-column          - one two-column table per section, section letter merged down the left
  shaded-heading-table   - each section heading in a shaded 1x1 table, then paragraphs and tables
"""
import os
import sys

import yaml
from docx import Document
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import plan_content as pc  # noqa: E402

ORDER = ["A", "B", "C", "D", "E", "F", "G", "H1", "H2", "I", "J", "K"]


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def bold_para(container, text, size=None, color=None):
    p = container.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    return p


def lead_para(container, lead, text, style=None):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    r = p.add_run(lead + " ")
    r.bold = True
    p.add_run(text)
    return p


def first_cell_para(cell):
    """Return the empty first paragraph of a new cell, then new ones."""
    if len(cell.paragraphs) == 1 and not cell.paragraphs[0].text:
        return cell.paragraphs[0]
    return cell.add_paragraph()


def front_table(doc, rows, header_fill=None):
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for label, value in rows:
        cells = t.add_row().cells
        cells[0].paragraphs[0].add_run(label).bold = True
        cells[1].paragraphs[0].add_run(value)
        cells[0].width = Cm(5.5)
        cells[1].width = Cm(11)
        if header_fill:
            shade(cells[0], header_fill)
    doc.add_paragraph()
    return t


def final_pages(doc, plan):
    for line in plan.get("la_sign", []):
        doc.add_paragraph(line)
    if plan.get("health_agreement"):
        doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        bold_para(doc, plan["health_agreement"][0], size=12)
        for line in plan["health_agreement"][1:]:
            doc.add_paragraph(line)


# ---------------------------------------------------------------- heading2-numbered
def render_h2(plan):
    doc = Document()
    doc.add_paragraph(plan["council"], style="Title")
    doc.add_heading(plan["doc_title"], level=1)
    front_table(doc, plan["front"])
    for key in ORDER:
        doc.add_heading(f"Section {key}: {plan['titles'][key]}", level=2)
        n = 0
        for b in plan["sections"][key]:
            kind = b[0]
            if kind == "sub":
                n += 1
                doc.add_heading(f"{key}{n} {b[1]}", level=3)
            elif kind == "p":
                doc.add_paragraph(b[1])
            elif kind == "lead":
                lead_para(doc, b[1], b[2])
            elif kind == "ul":
                for item in b[1]:
                    doc.add_paragraph(item, style="List Bullet")
            elif kind == "out":
                doc.add_paragraph(b[1], style="List Number")
                lead_para(doc, "Measure:", b[2]).paragraph_format.left_indent = Cm(1.27)
                lead_para(doc, "Review:", b[3]).paragraph_format.left_indent = Cm(1.27)
            elif kind == "prov":
                p = doc.add_paragraph(style="List Bullet")
                p.add_run(b[1]).bold = True
                p.add_run(f" – {b[2]}. Delivered by: {b[3]}.")
            elif kind == "adv":
                parts = [x for x in b[1:] if x]
                doc.add_paragraph(" – ".join(parts), style="List Bullet")
    final_pages(doc, plan)
    return doc


# ---------------------------------------------------------------- letter-column
def render_letter(plan):
    doc = Document()
    bold_para(doc, plan["council"], size=16)
    bold_para(doc, plan["doc_title"], size=14)
    front_table(doc, plan["front"], header_fill="EDEDED")
    for key in ORDER:
        blocks = plan["sections"][key]
        t = doc.add_table(rows=1 + len(blocks), cols=2)
        t.style = "Table Grid"
        for row in t.rows:
            row.cells[0].width = Cm(1.6)
            row.cells[1].width = Cm(15)
        left = t.cell(0, 0).merge(t.cell(len(blocks), 0))
        r = left.paragraphs[0].add_run(key)
        r.bold = True
        r.font.size = Pt(20)
        shade(left, "D9D9D9")
        title = t.cell(0, 1)
        title.paragraphs[0].add_run(plan["titles"][key]).bold = True
        shade(title, "F2F2F2")
        for i, b in enumerate(blocks, start=1):
            cell = t.cell(i, 1)
            kind = b[0]
            if kind == "sub":
                first_cell_para(cell).add_run(b[1]).bold = True
            elif kind == "p":
                first_cell_para(cell).add_run(b[1])
            elif kind == "lead":
                p = first_cell_para(cell)
                p.add_run(b[1] + " ").bold = True
                p.add_run(b[2])
            elif kind == "ul":
                for item in b[1]:
                    first_cell_para(cell).add_run("• " + item)
            elif kind == "out":
                first_cell_para(cell).add_run(b[1]).bold = True
                p = cell.add_paragraph()
                p.add_run("Measure: ").bold = True
                p.add_run(b[2])
                p = cell.add_paragraph()
                p.add_run("Review: ").bold = True
                p.add_run(b[3])
            elif kind == "prov":
                first_cell_para(cell).add_run(b[1]).bold = True
                p = cell.add_paragraph()
                p.add_run("How much: ").italic = True
                p.add_run(b[2])
                p = cell.add_paragraph()
                p.add_run("Who: ").italic = True
                p.add_run(b[3])
            elif kind == "adv":
                p = first_cell_para(cell)
                p.add_run(b[1]).bold = True
                rest = [x for x in b[2:] if x]
                p.add_run(" – " + " – ".join(rest))
        doc.add_paragraph()
    final_pages(doc, plan)
    return doc


# ---------------------------------------------------------------- shaded-heading-table
def shaded_heading(doc, text, fill="1F4E79"):
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    c = t.cell(0, 0)
    shade(c, fill)
    r = c.paragraphs[0].add_run(text)
    r.bold = True
    r.font.size = Pt(12)
    r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    doc.add_paragraph()


def grid(doc, header, rows, fill="DCE6F1"):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for i, h in enumerate(header):
        t.cell(0, i).paragraphs[0].add_run(h).bold = True
        shade(t.cell(0, i), fill)
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].paragraphs[0].add_run(v)
    doc.add_paragraph()


def render_shaded(plan):
    doc = Document()
    bold_para(doc, plan["council"], size=15, color="1F4E79")
    bold_para(doc, plan["doc_title"], size=13)
    front_table(doc, plan["front"], header_fill="DCE6F1")
    for key in ORDER:
        shaded_heading(doc, f"Section {key} – {plan['titles'][key]}")
        blocks = plan["sections"][key]
        i = 0
        n_out = 0
        while i < len(blocks):
            b = blocks[i]
            kind = b[0]
            if kind in ("prov", "adv"):
                group = []
                while i < len(blocks) and blocks[i][0] == kind:
                    group.append(blocks[i][1:])
                    i += 1
                if kind == "prov":
                    grid(doc, plan.get("prov_header", ["Provision", "How often and for how long", "Delivered by"]), group)
                else:
                    grid(doc, ["Advice or information", "Given by", "Date"], [(g[0], g[1], g[2] or "") for g in group])
                continue
            if kind == "sub":
                bold_para(doc, b[1], color="1F4E79")
            elif kind == "p":
                doc.add_paragraph(b[1])
            elif kind == "lead":
                lead_para(doc, b[1], b[2])
            elif kind == "ul":
                for item in b[1]:
                    doc.add_paragraph(item, style="List Bullet")
            elif kind == "out":
                n_out += 1
                p = doc.add_paragraph()
                p.add_run(f"Outcome {n_out}: ").bold = True
                p.add_run(b[1])
                lead_para(doc, "Measure:", b[2]).paragraph_format.left_indent = Cm(1)
                lead_para(doc, "Review:", b[3]).paragraph_format.left_indent = Cm(1)
            i += 1
    final_pages(doc, plan)
    return doc


RENDER = {
    "heading2-numbered": render_h2,
    "letter-column": render_letter,
    "shaded-heading-table": render_shaded,
}


def main():
    os.makedirs(os.path.join(HERE, "plans"), exist_ok=True)
    key = {"audit_date": "2026-12-01", "plans": []}
    for plan in pc.PLANS:
        doc = RENDER[plan["layout"]](plan)
        doc.save(os.path.join(HERE, "plans", plan["file"]))
        labels = {c: "pass" for c in pc.CRITERIA}
        labels.update(plan["labels"])
        assert set(labels) == set(pc.CRITERIA), plan["file"]
        entry = {
            "file": plan["file"],
            "layout": plan["layout"],
            "age": plan["age"],
            "year_group": plan["year_group"],
            "needs": plan["needs"],
            "voice": plan["voice"],
            "labels": {c: labels[c] for c in pc.CRITERIA},
        }
        if plan.get("why"):
            entry["why"] = plan["why"]
        key["plans"].append(entry)
    with open(os.path.join(HERE, "labels.yaml"), "w") as f:
        f.write("audit_date: 2026-12-01\nplans:\n")
        body = yaml.safe_dump(key["plans"], sort_keys=False, allow_unicode=True, width=200)
        f.write("\n".join("  " + ln if ln else ln for ln in body.splitlines()) + "\n")
    print("wrote", len(pc.PLANS), "plans")


if __name__ == "__main__":
    main()
