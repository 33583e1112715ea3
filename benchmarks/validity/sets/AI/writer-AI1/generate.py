#!/usr/bin/env python3
"""Generate the AI1 blind test set: 12 fictional EHC plans for 'Saltmarsh County Council'
(a fictional rural East Anglian county) and the answer key labels.yaml.

Plan text lives as Python data in plans_1.py, plans_2.py and plans_3.py (one dict per plan).
Three renderers, one per layout:
  heading2-numbered     Heading 2 per section, Heading 3 numbered sub-headings, List Bullet/Number
  shaded-heading-table  each section heading in a shaded 1x1 table, then paragraphs or tables
  bold-statutory        no heading styles; bold long statutory titles; hand-typed bullets

Block types used in the plan data:
  ("sub", text)            numbered sub-heading (house style: A1, B2, E3, F1 ...)
  ("p", text)              paragraph
  ("pb", label, text)      paragraph starting with a bold label
  ("ul", [items])          bullets   ("ol" numbered, "dash" dashes, "circ" o-bullets)
  ("table", header, rows)  a Word table
"""
import os
import sys

import yaml
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from plans_1 import PLANS as P1  # noqa: E402
from plans_2 import PLANS as P2  # noqa: E402
from plans_3 import PLANS as P3  # noqa: E402

PLANS = P1 + P2 + P3
OUT = os.path.join(HERE, "plans")
AUDIT_DATE = "2026-12-09"
COUNCIL = "Saltmarsh County Council"

SECTION_ORDER = ["A", "B", "C", "D", "E", "F", "G", "H1", "H2", "I", "J", "K"]

SHORT_TITLES = {
    "A": "Views, interests and aspirations",
    "B": "Special educational needs",
    "C": "Health needs",
    "D": "Social care needs",
    "E": "Outcomes",
    "F": "Special educational provision",
    "G": "Health provision",
    "H1": "Social care provision (Chronically Sick and Disabled Persons Act 1970, section 2)",
    "H2": "Other social care provision",
    "I": "Placement",
    "J": "Personal budget",
    "K": "Advice and information",
}

LONG_TITLES = {
    "A": "Section A: The views, interests and aspirations of the child and his or her parents, or of the young person",
    "B": "Section B: The child or young person's special educational needs",
    "C": "Section C: The child or young person's health care needs which relate to their special educational needs",
    "D": "Section D: The child or young person's social care needs which relate to their special educational needs or to a disability",
    "E": "Section E: The outcomes sought for the child or the young person",
    "F": "Section F: The special educational provision required by the child or the young person",
    "G": "Section G: Any health provision reasonably required by the learning difficulties or disabilities which result in the child or young person having special educational needs",
    "H1": "Section H1: Any social care provision which must be made for a child or young person under 18 resulting from section 2 of the Chronically Sick and Disabled Persons Act 1970",
    "H2": "Section H2: Any other social care provision reasonably required by the learning difficulties or disabilities which result in the child or young person having special educational needs",
    "I": "Section I: The name and type of the school, maintained nursery school, post-16 institution or other institution to be attended by the child or young person and the type of that institution",
    "J": "Section J: Where any special educational provision is to be secured by a direct payment, the special educational needs and outcomes to be met by the direct payment",
    "K": "Section K: The advice and information gathered during the EHC needs assessment",
}

CRITERIA = [
    "CA-DATED", "CA-ADVICE-AGE", "CA-STATUTORY-ADVICE", "CA-ANNUAL-REVIEW",
    "PC-OUTCOME-NOT-PROVISION", "PC-SMART", "PC-VOICE", "PC-ASPIRATIONS", "PC-ASPIRATION-LINK",
    "PC-PFA", "PC-STRENGTHS",
    "PR-VAGUE-WORDING", "PR-QUANTIFIED", "PR-OUTCOME-LINK",
    "HC-NEEDS", "HC-PROVISION-SPECIFIC", "HC-NEEDS-MET", "HC-ADVICE", "HC-DCO-SIGNOFF",
    "HC-THERAPY-PLACEMENT", "HC-ADVICE-PROVIDERS", "HC-OUTCOMES",
    "SC-NEEDS", "SC-STATUTORY-LINK", "SC-PROVISION-SPECIFIC", "SC-ADVICE", "SC-RIGHT-SECTION",
    "LG-SPELLING", "LG-GRAMMAR", "LG-READABILITY", "LG-JARGON",
]


# ---------------------------------------------------------------- helpers
def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def add_table(doc, header, rows, style="Table Grid", header_fill="D9E2F3"):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = style
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        c = t.rows[0].cells[i]
        c.text = ""
        r = c.paragraphs[0].add_run(h)
        r.bold = True
        shade(c, header_fill)
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    doc.add_paragraph()
    return t


def front_matter(doc, plan, title_style):
    if title_style == "heading":
        doc.add_heading(f"{COUNCIL}", level=1)
        doc.add_paragraph("Education, Health and Care (EHC) Plan")
    else:
        p = doc.add_paragraph()
        r = p.add_run(COUNCIL.upper())
        r.bold = True
        r.font.size = Pt(14)
        p = doc.add_paragraph()
        r = p.add_run(plan.get("doc_title", "Education, Health and Care (EHC) Plan"))
        r.bold = True
        r.font.size = Pt(13)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for label, value in plan["front"]:
        cells = t.add_row().cells
        cells[0].text = ""
        cells[0].paragraphs[0].add_run(label).bold = True
        shade(cells[0], "F2F2F2")
        cells[1].text = value
    doc.add_paragraph()
    for para in plan.get("intro", []):
        doc.add_paragraph(para)


def k_rows(plan):
    return [list(r) for r in plan["K"]]


# ---------------------------------------------------------------- renderer 1
def render_heading2(plan):
    doc = Document()
    front_matter(doc, plan, "heading")
    for s in SECTION_ORDER:
        doc.add_heading(f"Section {s} – {SHORT_TITLES[s]}", level=2)
        if s == "K":
            for para in plan.get("K_intro", []):
                doc.add_paragraph(para)
            add_table(doc, ["Advice or information", "Given by", "Date"], k_rows(plan))
            continue
        for b in plan["sections"][s]:
            kind = b[0]
            if kind == "sub":
                doc.add_heading(b[1], level=3)
            elif kind == "p":
                doc.add_paragraph(b[1])
            elif kind == "pb":
                p = doc.add_paragraph()
                p.add_run(b[1]).bold = True
                p.add_run(b[2])
            elif kind in ("ul", "dash", "circ"):
                for it in b[1]:
                    doc.add_paragraph(it, style="List Bullet")
            elif kind == "ol":
                for it in b[1]:
                    doc.add_paragraph(it, style="List Number")
            elif kind == "table":
                add_table(doc, b[1], b[2])
            else:
                raise ValueError(kind)
    doc.add_heading("Sign-off", level=2)
    for para in plan["signoff"]:
        doc.add_paragraph(para)
    return doc


# ---------------------------------------------------------------- renderer 2
def shaded_heading(doc, text):
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    c = t.rows[0].cells[0]
    c.text = ""
    r = c.paragraphs[0].add_run(text)
    r.bold = True
    r.font.size = Pt(12)
    r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    shade(c, "2E5F4F")
    doc.add_paragraph()


def render_shaded(plan):
    doc = Document()
    front_matter(doc, plan, "bold")
    for s in SECTION_ORDER:
        shaded_heading(doc, f"SECTION {s}: {SHORT_TITLES[s].upper()}")
        if s == "K":
            for para in plan.get("K_intro", []):
                doc.add_paragraph(para)
            add_table(doc, ["Advice or information", "Given by", "Date"], k_rows(plan),
                      header_fill="DCE9E2")
            continue
        for b in plan["sections"][s]:
            kind = b[0]
            if kind == "sub":
                p = doc.add_paragraph()
                p.add_run(b[1]).bold = True
            elif kind == "p":
                doc.add_paragraph(b[1])
            elif kind == "pb":
                p = doc.add_paragraph()
                p.add_run(b[1]).bold = True
                p.add_run(b[2])
            elif kind in ("ul", "dash", "circ"):
                for it in b[1]:
                    doc.add_paragraph(it, style="List Bullet")
            elif kind == "ol":
                for it in b[1]:
                    doc.add_paragraph(it, style="List Number")
            elif kind == "table":
                add_table(doc, b[1], b[2], header_fill="DCE9E2")
            else:
                raise ValueError(kind)
    shaded_heading(doc, "SIGN-OFF")
    for para in plan["signoff"]:
        doc.add_paragraph(para)
    return doc


# ---------------------------------------------------------------- renderer 3
def bold_para(doc, text, size=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    if size:
        r.font.size = Pt(size)
    return p


def render_bold(plan):
    doc = Document()
    front_matter(doc, plan, "bold")
    for s in SECTION_ORDER:
        bold_para(doc, LONG_TITLES[s], 12)
        if s == "K":
            for para in plan.get("K_intro", []):
                doc.add_paragraph(para)
            for what, who, when in plan["K"]:
                line = f"• {what} – {who}"
                if when:
                    line += f" – {when}"
                doc.add_paragraph(line)
            doc.add_paragraph()
            continue
        for b in plan["sections"][s]:
            kind = b[0]
            if kind == "sub":
                p = doc.add_paragraph()
                r = p.add_run(b[1])
                r.bold = True
                r.underline = True
            elif kind == "p":
                doc.add_paragraph(b[1])
            elif kind == "pb":
                p = doc.add_paragraph()
                p.add_run(b[1]).bold = True
                p.add_run(b[2])
            elif kind == "ul":
                for it in b[1]:
                    doc.add_paragraph("• " + it)
            elif kind == "dash":
                for it in b[1]:
                    doc.add_paragraph("- " + it)
            elif kind == "circ":
                for it in b[1]:
                    doc.add_paragraph("    o " + it)
            elif kind == "ol":
                for i, it in enumerate(b[1], 1):
                    doc.add_paragraph(f"{i}. {it}")
            elif kind == "table":
                add_table(doc, b[1], b[2], header_fill="E7E6E6")
            else:
                raise ValueError(kind)
        doc.add_paragraph()
    bold_para(doc, "Sign-off")
    for para in plan["signoff"]:
        doc.add_paragraph(para)
    return doc


RENDERERS = {
    "heading2-numbered": render_heading2,
    "shaded-heading-table": render_shaded,
    "bold-statutory": render_bold,
}


def build_labels():
    out = {"audit_date": AUDIT_DATE, "plans": []}
    for p in PLANS:
        labels = {}
        for c in CRITERIA:
            if c in p["fail"]:
                labels[c] = "fail"
            elif c in p.get("na", []):
                labels[c] = "na"
            else:
                labels[c] = "pass"
        unknown = (set(p["fail"]) | set(p.get("na", [])) | set(p["why"])) - set(CRITERIA)
        assert not unknown, (p["id"], unknown)
        for c in p["fail"]:
            assert c in p["why"], (p["id"], "no why for fail", c)
        out["plans"].append({
            "file": f"{p['id']}.docx",
            "layout": p["layout"],
            "age": p["meta"]["age"],
            "year_group": p["meta"]["year_group"],
            "needs": p["meta"]["needs"],
            "voice": p["meta"]["voice"],
            "sound": not p["fail"],
            "labels": labels,
            "why": {c: p["why"][c] for c in CRITERIA if c in p["why"]},
        })
    return out


def main():
    os.makedirs(OUT, exist_ok=True)
    ids = [p["id"] for p in PLANS]
    assert ids == [f"ai1{n:02d}" for n in range(1, 13)], ids
    for p in PLANS:
        doc = RENDERERS[p["layout"]](p)
        doc.core_properties.author = COUNCIL + " SEND Service"
        doc.core_properties.title = "Education, Health and Care Plan"
        doc.save(os.path.join(OUT, f"{p['id']}.docx"))
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(build_labels(), f, sort_keys=False, allow_unicode=True, width=100)
    print("wrote", len(PLANS), "plans and labels.yaml")


if __name__ == "__main__":
    main()
