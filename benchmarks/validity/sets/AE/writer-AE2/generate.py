#!/usr/bin/env python3
"""Generator for blind test set AE2 (writer AE2): 12 fictional, anonymised EHC plans for
Kirkholme Metropolitan Borough Council (fictional northern inner-city borough).

Layouts: letter-column (ae201-ae204), bold-statutory (ae205-ae208),
national-template (ae209-ae212, filled from /work/shared/reference/national-ehcp-template.docx).

Plan text is held as Python data below; one renderer per layout.
Block mini-syntax used in the letter-column and bold-statutory data:
  '## text'   sub-heading
  '* text'    bullet (level 1), '- text' dash bullet, 'o text' level-2 bullet
  '| a | b'   table row (consecutive rows form one table; first row is the header)
  other       ordinary paragraph
"""
import copy
import os
import sys

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "plans")
TEMPLATE = "/work/shared/reference/national-ehcp-template.docx"

COUNCIL = "Kirkholme Metropolitan Borough Council"

LONG_TITLES = {
    "A": "Section A: The views, interests and aspirations of the child and his or her parents, or of the young person",
    "B": "Section B: The child or young person's special educational needs",
    "C": "Section C: The child or young person's health care needs which relate to their special educational needs",
    "D": "Section D: The child or young person's social care needs which relate to their special educational needs or to a disability",
    "E": "Section E: The outcomes sought for the child or the young person",
    "F": "Section F: The special educational provision required by the child or the young person",
    "G": "Section G: Any health care provision reasonably required by the learning difficulties or disabilities which result in the child or young person having special educational needs",
    "H1": "Section H1: Any social care provision which must be made for a child or young person under 18 resulting from section 2 of the Chronically Sick and Disabled Persons Act 1970",
    "H2": "Section H2: Any other social care provision reasonably required by the learning difficulties or disabilities which result in the child or young person having special educational needs",
    "I": "Section I: The name and type of the school, maintained nursery school, post-16 institution or other institution to be attended by the child or young person and the type of that institution",
    "J": "Section J: Where there is a personal budget, the details of how the personal budget will support particular outcomes, the provision it will be used for including any flexibility in its usage and the arrangements for any direct payments for education, health and social care",
    "K": "Section K: The advice and information gathered during the EHC needs assessment",
}

SHORT_TITLES = {
    "A": "Views, interests and aspirations",
    "B": "Special educational needs",
    "C": "Health care needs related to special educational needs",
    "D": "Social care needs related to special educational needs or disability",
    "E": "Outcomes",
    "F": "Special educational provision",
    "G": "Health care provision",
    "H1": "Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970",
    "H2": "Other social care provision",
    "I": "Placement",
    "J": "Personal budget",
    "K": "Advice and information",
}

ORDER = ["A", "B", "C", "D", "E", "F", "G", "H1", "H2", "I", "J", "K"]


# ----------------------------------------------------------------- helpers
def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def base_doc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    return doc


def split_blocks(blocks):
    """Group consecutive table rows into ('table', rows) items."""
    out = []
    for b in blocks:
        if b.startswith("|"):
            cells = [c.strip() for c in b.strip().strip("|").split("|")]
            if out and out[-1][0] == "table":
                out[-1][1].append(cells)
            else:
                out.append(("table", [cells]))
        elif b.startswith("## "):
            out.append(("sub", b[3:]))
        elif b.startswith("* "):
            out.append(("bullet", "\u2022 " + b[2:]))
        elif b.startswith("- "):
            out.append(("bullet", "- " + b[2:]))
        elif b.startswith("o "):
            out.append(("bullet2", "o " + b[2:]))
        else:
            out.append(("para", b))
    return out


def fill_table(tbl, rows, header_fill="E7E6E6"):
    for r, cells in enumerate(rows):
        for c, txt in enumerate(cells):
            cell = tbl.cell(r, c)
            cell.text = ""
            lines = txt.split(" // ")
            p = cell.paragraphs[0]
            for i, line in enumerate(lines):
                if i:
                    p = cell.add_paragraph()
                run = p.add_run(line)
                if r == 0:
                    run.bold = True
            if r == 0:
                shade(cell, header_fill)


# ------------------------------------------------- layout: letter-column
def render_letter_column(plan, path):
    doc = base_doc()
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = COUNCIL + " | Education, Health and Care Plan | OFFICIAL-SENSITIVE"
    p = doc.add_paragraph()
    r = p.add_run(COUNCIL)
    r.bold = True
    r.font.size = Pt(14)
    p = doc.add_paragraph()
    r = p.add_run(plan["title"])
    r.bold = True
    r.font.size = Pt(16)
    ft = doc.add_table(rows=len(plan["front"]), cols=2)
    ft.style = "Table Grid"
    for i, (k, v) in enumerate(plan["front"]):
        ft.cell(i, 0).text = k
        ft.cell(i, 0).paragraphs[0].runs[0].bold = True
        shade(ft.cell(i, 0), "DEEAF6")
        ft.cell(i, 1).text = v
    doc.add_paragraph()
    big = doc.add_table(rows=0, cols=2)
    big.style = "Table Grid"
    for letter in ORDER:
        blocks = split_blocks(plan["sections"][letter])
        # group blocks into rows: new row at each sub-heading
        groups = []
        for b in blocks:
            if b[0] == "sub" or not groups:
                groups.append([b])
            else:
                groups[-1].append(b)
        first = big.add_row()
        first_idx = len(big.rows) - 1
        tcell = first.cells[1]
        tcell.text = ""
        rr = tcell.paragraphs[0].add_run(plan.get("titles", SHORT_TITLES)[letter])
        rr.bold = True
        rr.font.size = Pt(12)
        shade(tcell, "F2F2F2")
        for g in groups:
            row = big.add_row()
            cell = row.cells[1]
            used_first = False
            for kind, val in g:
                if kind == "table":
                    t = cell.add_table(rows=len(val), cols=len(val[0]))
                    t.style = "Table Grid"
                    fill_table(t, val)
                    used_first = True
                    continue
                if not used_first:
                    para = cell.paragraphs[0]
                    used_first = True
                else:
                    para = cell.add_paragraph()
                run = para.add_run(val)
                if kind == "sub":
                    run.bold = True
                if kind == "bullet2":
                    para.paragraph_format.left_indent = Pt(18)
        last_idx = len(big.rows) - 1
        a = big.cell(first_idx, 0)
        if last_idx > first_idx:
            a = a.merge(big.cell(last_idx, 0))
        a.text = ""
        run = a.paragraphs[0].add_run(letter)
        run.bold = True
        run.font.size = Pt(18)
        a.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        shade(a, "1F4E79")
        run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    for row in big.rows:
        row.cells[0].width = Pt(40)
    if plan.get("footer_paras"):
        doc.add_paragraph()
        for fp in plan["footer_paras"]:
            doc.add_paragraph(fp)
    doc.save(path)


# ------------------------------------------------- layout: bold-statutory
def render_bold_statutory(plan, path):
    doc = base_doc()
    p = doc.add_paragraph()
    r = p.add_run(COUNCIL.upper())
    r.bold = True
    p = doc.add_paragraph()
    r = p.add_run(plan["title"])
    r.bold = True
    r.font.size = Pt(14)
    for k, v in plan["front"]:
        p = doc.add_paragraph()
        r = p.add_run(k + ": ")
        r.bold = True
        p.add_run(v)
    doc.add_paragraph()
    for letter in ORDER:
        p = doc.add_paragraph()
        r = p.add_run(LONG_TITLES[letter])
        r.bold = True
        for kind, val in split_blocks(plan["sections"][letter]):
            if kind == "table":
                t = doc.add_table(rows=len(val), cols=len(val[0]))
                t.style = "Table Grid"
                fill_table(t, val, header_fill="D9D9D9")
                doc.add_paragraph()
            elif kind == "sub":
                p = doc.add_paragraph()
                r = p.add_run(val)
                r.bold = True
                r.underline = True
            else:
                p = doc.add_paragraph(val)
                if kind == "bullet2":
                    p.paragraph_format.left_indent = Pt(24)
                elif kind == "bullet":
                    p.paragraph_format.left_indent = Pt(10)
        doc.add_paragraph()
    for fp in plan.get("footer_paras", []):
        doc.add_paragraph(fp)
    doc.save(path)


# ------------------------------------------------- layout: national-template
def set_cell(cell, text, bold=False):
    """Replace the cell's content with text (' // ' separates paragraphs)."""
    paras = cell.paragraphs
    for extra in paras[1:]:
        extra._p.getparent().remove(extra._p)
    p = cell.paragraphs[0]
    for r in list(p.runs):
        r._r.getparent().remove(r._r)
    for child in list(p._p):
        if child.tag in (qn("w:hyperlink"),):
            p._p.remove(child)
    for i, line in enumerate(text.split(" // ")):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold


def render_national(plan, path):
    doc = Document(TEMPLATE)
    T = doc.tables
    body = doc.element.body
    # front-matter lines after the title (house style)
    title_p = [p for p in doc.paragraphs if p.style.name == "Heading 1"][0]
    anchor = title_p._p.getnext()
    from docx.text.paragraph import Paragraph
    anchor_para = Paragraph(anchor, title_p._parent)
    lines = [COUNCIL + " – Education, Health and Care (EHC) Plan"] + [k + ": " + v for k, v in plan["front"]]
    for i, line in enumerate(lines):
        np_ = anchor_para.insert_paragraph_before()
        if ": " in line and i:
            k, v = line.split(": ", 1)
            rr = np_.add_run(k + ": ")
            rr.bold = True
            np_.add_run(v)
        else:
            rr = np_.add_run(line)
            rr.bold = True
    # personal details
    pd = plan["personal"]
    t = T[0]
    set_cell(t.cell(1, 1), pd["name"])
    set_cell(t.cell(1, 3), pd["preferred"])
    set_cell(t.cell(2, 1), pd["dob"])
    set_cell(t.cell(3, 1), pd["sex"])
    set_cell(t.cell(3, 3), pd["ethnicity"])
    set_cell(t.cell(4, 1), pd["lang"])
    set_cell(t.cell(4, 3), pd["parent_lang"])
    set_cell(t.cell(6, 1), pd["p1"])
    set_cell(t.cell(6, 3), pd["p1_rel"])
    set_cell(t.cell(7, 1), "Held on case record")
    set_cell(t.cell(7, 3), "Held on case record")
    set_cell(t.cell(8, 1), "Held on case record (removed from this copy)")
    set_cell(t.cell(9, 1), pd.get("p2", "Not applicable"))
    set_cell(t.cell(9, 3), pd.get("p2_rel", ""))
    set_cell(t.cell(10, 1), "Held on case record" if pd.get("p2") else "")
    set_cell(t.cell(10, 3), "Held on case record" if pd.get("p2") else "")
    set_cell(t.cell(11, 1), "Same address" if pd.get("p2") else "")
    s = plan["services"]
    t = T[1]
    for i, key in enumerate(["setting", "gp", "nhs", "known_sc", "others", "lac", "was_lac", "opp", "moving"], start=1):
        set_cell(t.cell(i, 1), s[key])
    # A1
    set_cell(T[2].cell(1, 1), plan["history"])
    # A2
    t = T[3]
    set_cell(t.cell(3, 0), plan["views"])
    set_cell(t.cell(5, 0), plan["interests"])
    set_cell(t.cell(7, 0), plan["strengths"])
    set_cell(t.cell(9, 0), plan["aspirations"])
    # B-F-E tables
    for ti, key in zip([4, 5, 6, 7], ["ci", "cl", "semh", "sp"]):
        area = plan["areas"][key]
        t = T[ti]
        set_cell(t.cell(2, 0), area["strengths"])
        rows = area["rows"]
        for i, (n, pv, o) in enumerate(rows):
            set_cell(t.cell(4 + i, 0), n)
            set_cell(t.cell(4 + i, 1), pv)
            set_cell(t.cell(4 + i, 2), o)
        for row in list(t.rows)[4 + len(rows):]:
            row._tr.getparent().remove(row._tr)
    # C-G-E
    t = T[8]
    set_cell(t.cell(1, 0), plan["health"]["strengths"])
    rows = plan["health"]["rows"]
    for i, (n, pv, o) in enumerate(rows):
        set_cell(t.cell(3 + i, 0), n)
        set_cell(t.cell(3 + i, 1), pv)
        set_cell(t.cell(3 + i, 2), o)
    for row in list(t.rows)[3 + len(rows):]:
        row._tr.getparent().remove(row._tr)
    if plan["health"].get("agreement"):
        after = T[8]._tbl.getnext()
        p = Paragraph(after, title_p._parent)
        rr = p.add_run(plan["health"]["agreement"])
        rr.italic = True
    # D-H1-H2-E
    t = T[9]
    set_cell(t.cell(1, 0), plan["social"]["strengths"])
    rows = plan["social"]["rows"]
    for i, (n, h1, h2, o) in enumerate(rows):
        set_cell(t.cell(3 + i, 0), n)
        set_cell(t.cell(3 + i, 1), h1)
        set_cell(t.cell(3 + i, 2), h2)
        set_cell(t.cell(3 + i, 3), o)
    for row in list(t.rows)[3 + len(rows):]:
        row._tr.getparent().remove(row._tr)
    # I
    t = T[10]
    set_cell(t.cell(0, 1), plan["placement"][0])
    set_cell(t.cell(1, 1), plan["placement"][1])
    # J
    t = T[11]
    set_cell(t.cell(0, 1), plan["budget"][0])
    set_cell(t.cell(1, 1), plan["budget"][1])
    # K: rows 1-3 are blank in the template; rows 4-9 carry template labels.
    t = T[12]
    k = plan["k"]
    blank_rows = [t.rows[1], t.rows[2], t.rows[3]]
    extra = k.get("extra", [])
    # need more blank rows? copy row 3 after itself
    while len(blank_rows) < len(k["top"]):
        new_tr = copy.deepcopy(blank_rows[-1]._tr)
        blank_rows[-1]._tr.addnext(new_tr)
        from docx.table import _Row
        blank_rows.append(_Row(new_tr, t))
    for row, item in zip(blank_rows, k["top"]):
        set_cell(row.cells[0], item[0])
        set_cell(row.cells[1], item[1])
        set_cell(row.cells[2], item[2])
        set_cell(row.cells[3], item[3])
    labelled = {r.cells[0].text.strip().split("\n")[0][:20]: r for r in t.rows[len(blank_rows) + 1:]}
    for row in t.rows[len(blank_rows) + 1:]:
        lab = row.cells[0].text.strip()
        for key, vals in k["fill"].items():
            if lab.startswith(key):
                if vals[0] is not None:
                    set_cell(row.cells[0], vals[0])
                set_cell(row.cells[1], vals[1])
                set_cell(row.cells[2], vals[2])
                set_cell(row.cells[3], vals[3])
    # sign-off
    t = T[13]
    set_cell(t.cell(1, 0), plan["signoff"][0])
    set_cell(t.cell(1, 1), plan["signoff"][1])
    set_cell(t.cell(1, 2), plan["signoff"][2])
    doc.save(path)


RENDER = {
    "letter-column": render_letter_column,
    "bold-statutory": render_bold_statutory,
    "national-template": render_national,
}

PLANS = []

# ======================================================================= ae201
PLANS.append({
    "id": "ae201", "layout": "letter-column",
    "title": "Education, Health and Care (EHC) Plan – Final",
    "front": [
        ("Child's first name", "Tolu"),
        ("School year", "Year 2 (Key Stage 1)"),
        ("Age when this plan was issued", "7 years"),
        ("Education setting", "St Aidan's Church of England Primary School"),
        ("Date this plan was issued", "12 March 2026"),
        ("Last annual review", "None yet – this is Tolu's first EHC plan. First review due by March 2027."),
        ("Caseworker", "Rehana Begum, Special Educational Needs and Disabilities (SEND) Assessment and Review Service"),
    ],
    "sections": {
        "A": [
            "## What Tolu told us (her own words, gathered by her class teacher and the educational psychologist using a talking mat and her drawings on 8 December 2025)",
            "I like drawing horses and my cat Biscuit. My best friends are Maisie and Hafsa. I like reading with Mrs Pearson because she does funny voices.",
            "I don't like it when my legs hurt and I have to go to hospital. I don't like it when everyone has finished their work and I haven't.",
            "When I am tired I want to sit on the beanbag. Sometimes I forget what the teacher said and then I look at Hafsa.",
            "When I grow up I want to be a vet and look after horses.",
            "## What Tolu's parents told us (home visit with the caseworker, 17 November 2025)",
            "Tolu's mum and dad describe her as kind, funny and determined. She was diagnosed with sickle cell disease through newborn screening. Last year a brain scan showed a small 'silent' stroke, which her haematology team think explains why she finds it harder than her friends to remember and to keep up in class.",
            "They worry most about her missing school when she is in hospital, about her getting cold or dehydrated at school, and about her falling behind with her reading. They want Tolu to have access to the same trips and clubs as her friends, with the right health plan in place, and for school to tell them early if she seems tired or unwell.",
            "## What people like and admire about Tolu",
            "* She is caring and notices when a friend is upset.",
            "* She is a confident speaker and loves 'show and tell'.",
            "* She has a very good vocabulary and remembers stories she has heard.",
            "* She works hard and keeps trying even when a task is difficult.",
            "* She is artistic and her drawings are displayed in the school hall.",
            "## Tolu's and her family's hopes for the future",
            "Tolu wants to be a vet. Her parents hope she will read confidently, swim with her class, keep up with her friends and, in time, move on to secondary school with her friends. In the next year they want her to read simple books on her own and to be able to tell an adult when she needs a rest or is in pain.",
        ],
        "B": [
            "## Cognition and learning",
            "Tolu's educational psychologist found that her verbal reasoning is in the average range, which is a real strength, but her working memory and speed of processing are well below those of children her age. She often loses track of instructions with more than two steps and needs extra time to finish tasks.",
            "In December 2025 Tolu was reading books at the Yellow book band, about a year behind what is expected for Year 2. She knows most Phase 3 phonics sounds but is not yet secure with Phase 5 sounds. In maths she can count reliably to 50 and knows number bonds to 10, but she does not yet recall number bonds to 20.",
            "## Communication and interaction",
            "Tolu communicates well. She speaks in full sentences, joins in discussions and has good friendships. No special educational needs were identified in this area.",
            "## Social, emotional and mental health",
            "Tolu is usually happy at school. She becomes worried and tearful before hospital appointments and after a hospital stay, and she can be reluctant to say when she is in pain because she does not want to miss out.",
            "## Sensory and/or physical",
            "Because of her sickle cell disease Tolu tires more quickly than her classmates, particularly in the afternoon. She has regular hospital appointments and missed 19 school days in the autumn term of 2025 because of pain episodes. She needs to drink often, use the toilet more often and keep warm, and she can take part in physical education (PE) lessons with planned rest.",
        ],
        "C": [
            "## Sickle cell disease",
            "Tolu has sickle cell disease (type HbSS), an inherited blood condition. It can cause sudden, severe pain (a 'crisis'), makes her more likely to catch serious infections, and can be triggered by cold, dehydration, tiredness and stress. She takes penicillin twice daily to protect against infection, and hydroxycarbamide, a daily medicine that reduces the number of crises; this needs blood tests every 8 weeks.",
            "In 2025 a magnetic resonance imaging (MRI) scan showed a silent cerebral infarct (a small area of damage to the brain that happened without obvious symptoms). Tolu's haematologist advises that this is likely to affect her memory and speed of thinking. She has a transcranial Doppler scan (an ultrasound of the blood flow in her brain) every year.",
            "Tolu has no trouble with her hearing or eyesight, but her sickle cell disease means she needs a plan in school for drinking, keeping warm, rest and pain, and staff who know what to do if she becomes unwell.",
            "## Emotional wellbeing linked to her condition",
            "Tolu's clinical psychologist reports that she has become anxious about hospital visits and about pain since her admission in October 2025.",
        ],
        "D": [
            "## Social care needs",
            "Tolu has no social care needs relating to her special educational needs or disability. This was the conclusion of a screening of the family's circumstances by the Children with Disabilities Team, confirmed in writing by Claire Holt, Social Worker, on 1 December 2025. The family were given information about short breaks and family support on the Kirkholme SEND Local Offer.",
        ],
        "E": [
            "## How we have written Tolu's outcomes",
            "These outcomes were agreed with Tolu's parents and school at the planning meeting on 10 February 2026. They build on Tolu's wish to be a vet (which needs good reading), her parents' wish for her to keep up with her friends, and her hope to swim with her class.",
            "| No. | Outcome | How we will know |",
            "| E1 | By the end of July 2027, Tolu will read a book at the Gold book band aloud with at least 95% accuracy. | Running record taken by her class teacher every half term. |",
            "| E2 | By the end of July 2027, Tolu will follow a three-step instruction in class without a reminder on 8 out of 10 observed occasions. | Teaching assistant records 10 observations in the last week of each half term. |",
            "| E3 | By the end of July 2027, Tolu will recall number bonds to 20, answering at least 18 out of 20 questions correctly within 3 seconds each. | Class teacher checks at the end of each term. |",
            "| E4 | By December 2026, Tolu will show her rest card or tell an adult herself when she is tired or in pain, on every occasion her key adult notices signs of tiredness or pain, over 4 consecutive weeks. | Key adult's daily health log, checked by the Special Educational Needs Co-ordinator (SENCo) each half term. |",
            "| E5 | By July 2027, Tolu will receive her 10-metre swimming certificate, having swum with her class every week in the warm teaching pool. | Swimming teacher's record and certificate. |",
            "| E6 | By July 2027, Tolu will tell her clinic psychologist or her parents two things that help her feel calm before a hospital visit, and use at least one of them before each of her clinic appointments in the summer term. | Parents' report and psychologist's session notes. |",
        ],
        "F": [
            "## Special educational provision",
            "All provision below is arranged by St Aidan's and overseen by the school's Special Educational Needs Co-ordinator (SENCo).",
            "| Provision | How often and how long | Group size | Who delivers it |",
            "| F1 Precision teaching of phonics sounds and common words (outcome E1) | Daily, 10 minutes | 1:1 | Teaching assistant (TA) trained in precision teaching by the Educational Psychology Service |",
            "| F2 Phonics booster group using the school's phonics scheme (outcome E1) | Three times a week, 20 minutes | A group of no more than 4 pupils | Year 2 TA trained in the scheme, planned by the class teacher |",
            "| F3 Memory and attention programme, including practising three-step instructions (outcome E2) | Twice weekly, 15 minutes, for 10 weeks then reviewed by the SENCo with the educational psychologist | On her own with an adult | Year 2 TA |",
            "| F4 Instructions given in short chunks, with a picture prompt card on her desk and a check that she has understood (outcome E2) | Every lesson | Whole class | Class teacher and TA |",
            "| F5 Number intervention using Numicon (outcome E3) | x3 weekly, 20 minutes | Group of 3 | Year 2 TA, planned by the class teacher |",
            "| F6 Educational psychologist (EP) consultation with class teacher and SENCo to review progress and adjust F1–F5 (outcomes E1–E3) | Once each term, 1 hour | Not applicable | Dr Imran Qureshi, Educational Psychologist |",
            "| F7 A 10-minute rest break in the quiet room each afternoon, and a 'rest card' she can show at any time (outcome E4) | Daily | 1:1 supervision | Key adult (Year 2 TA); rest card made by the class teacher |",
            "| F8 Catch-up after absence: a home learning pack for each absence of 3 days or more, and a 20-minute 1:1 catch-up on each of her first 3 days back (outcomes E1–E3) | After every absence of 3 days or more | 1:1 | Class teacher |",
            "| F9 From April 2026, weekly swimming lesson with her class in the teaching pool at Kirkholme Leisure Centre (water at least 30°C), with her key adult in the water beside her (outcome E5) | Weekly, 30 minutes | Class group, with 1:1 adult | Swimming teacher and key adult |",
            "| F10 A check-in with her key adult on the morning of each hospital appointment and on her first day back after any hospital stay, using a 'worry jar' and a visual plan of the day (outcomes E4, E6) | 10 minutes on each of those days | 1:1 | Key adult (Year 2 TA) |",
        ],
        "G": [
            "## Health care provision",
            "| Provision | Who | How often / how long |",
            "| G1 Write Tolu's Individual Healthcare Plan (IHCP), covering drinks, toilet use, warmth, rest, pain relief and when to call her parents or an ambulance; review it each September and after any hospital admission (outcomes E4, E5) | Ruth Mensah, Haemoglobinopathy Clinical Nurse Specialist, Kirkholme Regional Haemoglobinopathy Centre | Written by April 2026; reviewed each September and after each admission |",
            "| G2 Sickle cell training for all staff who work with Tolu, including the swimming teacher | Haemoglobinopathy Clinical Nurse Specialist | Once a year, 90-minute session in school, each September |",
            "| G3 Haematology review, hydroxycarbamide prescribing and blood monitoring; transcranial Doppler scan | Dr Helen Okafor, Consultant Paediatric Haematologist | Clinic every 3 months; blood tests every 8 weeks; scan once a year |",
            "| G4 Psychology sessions to help Tolu manage pain and worry about hospital (outcome E6) | Dr Sana Mirza, Clinical Psychologist, Haemoglobinopathy Psychology Service | 6 fortnightly sessions of 45 minutes from April 2026, then reviewed with parents |",
            "| G5 Daily penicillin (twice a day, given at home) | Prescribed by the haematology team; given by parents | Daily |",
            "## Health agreement",
            "The health provision in Section G was reviewed and agreed on behalf of West Pennine Integrated Care Board (ICB) by Dr Nasreen Akhtar, Designated Clinical Officer, on 4 March 2026.",
        ],
        "H1": [
            "Tolu does not need provision under section 2 of the Chronically Sick and Disabled Persons Act 1970 at present. The family were told about short breaks (including the Saturday play scheme) on the Kirkholme SEND Local Offer and have chosen not to apply now; they know they can ask the Children with Disabilities Team for a new assessment at any time.",
        ],
        "H2": [
            "None. Early help family support was considered at the planning meeting and the family said they do not need it at present.",
        ],
        "I": [
            "St Aidan's Church of England Primary School, Kirkholme – a mainstream, voluntary aided primary school.",
        ],
        "J": [
            "No personal budget has been requested. Information about personal budgets was given to Tolu's parents on 17 November 2025.",
        ],
        "K": [
            "| Advice and information | Given by | Date |",
            "| Tolu's views (talking mat and drawings) | Gathered by Mrs Jane Pearson, class teacher, and Dr Imran Qureshi, Educational Psychologist | 8 December 2025 |",
            "| Parents' views and information | Tolu's mother and father | 17 November 2025 |",
            "| Educational advice | Mrs Jane Pearson, class teacher, with Mr David Shaw, SENCo, St Aidan's Church of England Primary School | 5 December 2025 |",
            "| Psychological advice | Dr Imran Qureshi, Educational Psychologist, Kirkholme Educational Psychology Service | 8 December 2025 |",
            "| Medical advice | Dr Helen Okafor, Consultant Paediatric Haematologist, Kirkholme Regional Haemoglobinopathy Centre | 20 November 2025 |",
            "| Nursing advice | Ruth Mensah, Haemoglobinopathy Clinical Nurse Specialist | 24 November 2025 |",
            "| Clinical psychology advice | Dr Sana Mirza, Clinical Psychologist, Haemoglobinopathy Psychology Service | 2 December 2025 |",
            "| Social care advice | Claire Holt, Social Worker, Children with Disabilities Team | 1 December 2025 |",
        ],
    },
    "footer_paras": ["Signed on behalf of Kirkholme Council: Rehana Begum, SEND Caseworker, 12 March 2026."],
})

# ======================================================================= ae202
PLANS.append({
    "id": "ae202", "layout": "letter-column",
    "title": "Education, Health and Care (EHC) Plan – Amended following annual review",
    "front": [
        ("Child's first name", "Zain"),
        ("School year", "Year 9"),
        ("Age when this plan was issued", "13"),
        ("Education setting", "Kirkholme Park Academy (on roll), attending Bridgeway Centre alternative provision three mornings a week"),
        ("Date this plan was issued", "9 September 2026"),
        ("Last annual review", "1 July 2026"),
        ("Caseworker", "Mohammed Iqbal, Special Educational Needs and Disabilities (SEND) Assessment and Review Service"),
    ],
    "sections": {
        "A": [
            "## Zain's views (Zain spoke to his key worker at Bridgeway on 18 June 2026 and agreed what she wrote down)",
            "\"I like computers and making things in Minecraft. I'm good at fixing my family's phones and laptops. I like my cousin Umar and my cat.",
            "In the mornings I feel sick and my heart goes fast when I think about school. Kirkholme Park is too loud, the corridors are rammed and the bell makes me jump. At Bridgeway it's calmer and the teachers don't shout.",
            "I want to go back to some lessons at Kirkholme Park, especially computing, and I want to do computing for my exams. I don't want to feel sick every morning.\"",
            "## What Zain's parents told us (annual review meeting, 1 July 2026, with an Urdu interpreter for Zain's grandmother)",
            "Zain's mum and dad say he is clever, gentle and funny at home and very patient with his younger sisters. He was diagnosed with autism in Year 6. Since Year 8 he has found it harder and harder to get into school; his attendance in Year 8 was 41%. Mornings are very difficult and he often stays in his room.",
            "They want Zain to be happy going to school again, to get his General Certificate of Secondary Education (GCSE) qualifications, especially computing, and in the long run to go to college. His grandmother would like him to come to the mosque youth group again, which he used to enjoy.",
            "## Strengths",
            "* Zain is very able in computing and maths and teaches himself from videos.",
            "* He is honest and kind, and adults find him easy to talk to one-to-one.",
            "* He has kept attending Bridgeway on most of his timetabled mornings since February 2026.",
            "## Hopes for the future",
            "Zain wants to return to computing lessons and take computing GCSE. His parents hope he will go to college and work with computers.",
        ],
        "B": [
            "## Communication and interaction",
            "Zain is autistic. He speaks fluently and has a good vocabulary, but finds it hard to join in group conversations, to ask for help in a busy classroom and to cope with unexpected changes. He prefers to work on his own.",
            "## Social, emotional and mental health",
            "Zain has high anxiety, which has led to emotionally based school avoidance. Busy corridors, noise and being asked questions in front of the class are his main triggers. When anxious he goes quiet and leaves the room or refuses to come into school. His anxiety is worse on Sunday evenings and after holidays.",
            "## Cognition and learning",
            "Zain's educational psychologist found his reasoning skills to be above average. His attainment in English has fallen behind because of missed teaching, particularly extended writing. He is working at the expected level in maths.",
            "## Sensory",
            "Zain is very sensitive to noise and to crowds. He finds the school bell, the dining hall and changing for physical education (PE) lessons very difficult.",
        ],
        "C": [
            "Zain has generalised anxiety, diagnosed by Kirkholme Child and Adolescent Mental Health Services (CAMHS) in March 2026. He has stomach aches and poor sleep on school nights. He is otherwise physically well.",
        ],
        "D": [
            "Zain does not have social care needs relating to his special educational needs. Children's Social Care (the Multi-Agency Safeguarding Hub) checked with the family and advised on 20 May 2026 that there was no role for social care. The family took part in an Early Help assessment in 2025, which closed in January 2026 with the family's agreement.",
        ],
        "E": [
            "| No. | Outcome |",
            "| E1 | By July 2027, Zain will feel calmer and happier about coming to school. |",
            "| E2 | By the end of the spring term 2027, Zain will attend Kirkholme Park Academy for his two computing lessons every week, on at least 8 out of 10 timetabled lessons each half term, as shown by the attendance register. |",
            "| E3 | By July 2027, Zain will be more confident in lessons and with other pupils. |",
            "| E4 | By July 2027, Zain will write a piece of at least 300 words, planned and checked on his own, that his English teacher assesses as working towards GCSE grade 4. |",
            "| E5 | By December 2026, Zain will use his exit card to leave a lesson calmly rather than walking out, on 4 out of 5 occasions recorded by his key worker. |",
        ],
        "F": [
            "| Provision | Frequency | Who |",
            "| F1 Key worker check-ins to talk about how Zain is feeling | Regular | Bridgeway key worker |",
            "| F2 Zain should attend a social communication group | Weekly, 45 minutes, group of 4 | Bridgeway learning mentor |",
            "| F3 Access to a quiet space at break and lunch where possible | Daily | Kirkholme Park pastoral team |",
            "| F4 Up to 3 hours of 1:1 English teaching at Bridgeway | Weekly | Qualified English teacher at Bridgeway |",
            "| F5 A planned return to computing lessons, starting with the last 20 minutes of one lesson and building up as appropriate | Two computing lessons a week | Computing teacher and teaching assistant |",
            "| F6 An exit card, and a named adult Zain may go to when he leaves a lesson | Every lesson | Pastoral manager |",
            "| F7 Educational psychologist consultation with Bridgeway and Kirkholme Park staff | Once a term, 1 hour | Educational psychologist |",
        ],
        "G": [
            "G1 Kirkholme CAMHS: Zain will continue to see his CAMHS practitioner, Ms Ayesha Malik, Mental Health Practitioner, for cognitive behavioural therapy for anxiety. The number and timing of sessions will be decided by CAMHS.",
            "## Health agreement",
            "The health provision in Section G was reviewed and agreed on behalf of West Pennine Integrated Care Board by Dr Nasreen Akhtar, Designated Clinical Officer, on 2 September 2026.",
        ],
        "H1": [
            "None. Zain does not need provision under section 2 of the Chronically Sick and Disabled Persons Act 1970. Short breaks on the Local Offer were discussed at the review; the family did not want to apply.",
        ],
        "H2": [
            "None required. The Early Help assessment closed in January 2026; the family know how to contact the Early Help Hub.",
        ],
        "I": [
            "Kirkholme Park Academy (mainstream secondary academy), with a part-time placement at Bridgeway Centre (alternative provision) three mornings a week, commissioned by Kirkholme Park Academy, until July 2027.",
        ],
        "J": [
            "No personal budget requested.",
        ],
        "K": [
            "| Advice and information | Given by | Date |",
            "| Zain's views | Recorded by Shazia Ahmed, key worker, Bridgeway Centre | 18 June 2026 |",
            "| Parents' views | Zain's mother and father (with grandmother; Urdu interpreter) | 1 July 2026 |",
            "| Educational advice | Mr Paul Hirst, Special Educational Needs Co-ordinator (SENCo), Kirkholme Park Academy; Ms Lisa Grant, Head of Centre, Bridgeway | 24 June 2026 |",
            "| Psychological advice | Dr Kate Williams, Educational Psychologist, Kirkholme Educational Psychology Service | 12 May 2026 |",
            "| Medical advice | Dr Farid Chaudhry, Consultant Community Paediatrician | 30 April 2026 |",
            "| Mental health advice | Ayesha Malik, Mental Health Practitioner, Kirkholme CAMHS | 15 June 2026 |",
            "| Social care advice | Duty Social Worker, Multi-Agency Safeguarding Hub, Children's Social Care | 20 May 2026 |",
        ],
    },
    "footer_paras": ["Signed on behalf of Kirkholme Council: Mohammed Iqbal, SEND Caseworker, 9 September 2026."],
})

# ======================================================================= ae203
PLANS.append({
    "id": "ae203", "layout": "letter-column",
    "title": "Education, Health and Care (EHC) Plan – Final",
    "front": [
        ("Child's first name", "Ibrahim"),
        ("School year", "Year 5"),
        ("Age when this plan was issued", "10"),
        ("Education setting", "Greenfold Primary School"),
        ("Date this plan was issued", "15 January 2026"),
        ("Last annual review", "Not applicable – first EHC plan"),
        ("Caseworker", "Rehana Begum, Special Educational Needs and Disabilities (SEND) Assessment and Review Service"),
    ],
    "sections": {
        "A": [
            "## Ibrahim's views (gathered by his teaching assistant, who has known him for two years, using picture cards on 3 November 2025)",
            "Ibrahim told us he likes football, his tablet and going to his grandad's. He chose the 'sad' card for writing and for 'when people don't understand me'. He said he does not like the dinner hall because it is noisy and he does not like it when other children say his voice sounds funny.",
            "## Parents' views (meeting with the caseworker and an Urdu interpreter, 29 October 2025)",
            "Ibrahim's parents told us that he was diagnosed with 22q11.2 deletion syndrome when he was a baby, after heart surgery. They said he struggles with reading, writing and maths and is a long way behind his younger sister. He is hard to understand when he speaks, gets frustrated and sometimes hits out at home. He cannot dress himself fully or tie his shoelaces. Since he started having seizures last year they are very worried about him and do not let him go to the park without an adult.",
            "## Background",
            "Ibrahim had open-heart surgery at 4 months old. He had speech therapy in nursery and Reception. He has been on the school's special educational needs register since Year 1 and the school requested this assessment in June 2025 because he was not making progress despite additional support.",
        ],
        "B": [
            "## Cognition and learning",
            "Ibrahim has significant learning difficulties. His educational psychologist found that his scores on tests of reasoning, memory and processing speed were all well below average. He is reading at about a Year 1 level and cannot yet blend longer words. His writing is limited to one simple sentence with adult help. In maths he cannot yet add two-digit numbers and does not understand place value.",
            "## Communication and interaction",
            "Ibrahim's speech is hard to understand because air escapes through his nose when he speaks (hypernasal speech), which is common in 22q11.2 deletion syndrome. He is slow to respond to questions and often gives up when he is not understood.",
            "## Social, emotional and mental health",
            "Ibrahim becomes frustrated and upset when he cannot do his work or is not understood, and he has hit other children at playtime.",
            "## Physical",
            "Ibrahim has poor fine motor skills and poor handwriting, and he cannot yet manage zips and buttons.",
        ],
        "C": [
            "## 22q11.2 deletion syndrome",
            "Ibrahim has 22q11.2 deletion syndrome, a genetic condition confirmed by the Northern Regional Clinical Genetics Service. He had surgery to repair a heart defect in infancy and is now reviewed by cardiology once a year. He has low calcium levels and takes a calcium and vitamin D supplement every day at lunchtime.",
            "## Epilepsy",
            "Since March 2025 Ibrahim has had focal seizures, in which he stares, does not respond and sometimes chews or fiddles with his clothes, lasting one to two minutes. He has had two longer seizures at home. He is under the care of the paediatric neurology team and takes lamotrigine twice a day. He is tired after a seizure and can sleep for an hour.",
            "## Speech",
            "Ibrahim's hypernasal speech is caused by the way the muscles at the back of his mouth work (velopharyngeal insufficiency). He is being assessed by the cleft and speech surgery team at Kirkholme Royal Infirmary.",
        ],
        "D": [
            "Ibrahim does not have social care needs relating to his special educational needs or disability. This was confirmed by the Children with Disabilities Team (screening by Gemma Rowe, Social Worker, 18 November 2025). The family were given information on short breaks on the Kirkholme SEND Local Offer.",
        ],
        "E": [
            "| No. | Outcome | How progress will be measured |",
            "| E1 | By July 2027, Ibrahim will read aloud a book at the Orange book band with 90% accuracy. | Running record by class teacher each half term. |",
            "| E2 | By July 2027, Ibrahim will write three sentences about a picture, using capital letters and full stops, on his own. | Class teacher assesses a piece of independent writing each half term. |",
            "| E3 | By July 2027, Ibrahim will add two 2-digit numbers using a number line or base-ten equipment, getting 8 out of 10 correct. | Termly maths assessment by class teacher. |",
            "| E4 | By July 2027, Ibrahim will be understood by an unfamiliar adult when he says a 5-word sentence, on 8 out of 10 attempts. | Speech and language therapist's termly review. |",
            "| E5 | By December 2026, Ibrahim will use his 'help' card or say \"help please\" when he is stuck, instead of hitting or leaving his seat, on 4 out of 5 occasions in a week. | Teaching assistant's weekly tally, checked by the Special Educational Needs Co-ordinator (SENCo). |",
            "| E6 | By July 2027, Ibrahim will put on his coat and do up the zip on his own before home time on 5 days out of 5. | Teaching assistant's record. |",
        ],
        "F": [
            "| Provision | How often / how long | Group size | Delivered by |",
            "| F1 Phonics and reading intervention (Read Write Inc. one-to-one tutoring) (E1) | Daily, 15 minutes | 1:1 | Teaching assistant trained in Read Write Inc. |",
            "| F2 Guided writing with a sentence frame and word bank (E2) | 4 times a week, 20 minutes | Group of 3 | Class teacher |",
            "| F3 Maths intervention using base-ten equipment and number lines (E3) | 3 times a week, 20 minutes | Group of 4 | Higher level teaching assistant (HLTA) |",
            "| F4 Daily practice of speech targets set by the speech and language therapist (E4) | Daily, 10 minutes | 1:1 | Teaching assistant, trained by the speech and language therapist |",
            "| F5 Zones of Regulation teaching and use of a 'help' card (E5) | Twice weekly, 20 minutes, for 12 weeks then review | Group of 4 | Teaching assistant trained in Zones of Regulation |",
            "| F6 Fine motor and dressing skills programme set by the occupational therapist (E6) | Daily, 10 minutes | 1:1 | Teaching assistant |",
            "| F7 Educational psychologist consultation with school staff (E1–E5) | Once a term, 1 hour | Not applicable | Educational Psychologist, Kirkholme Educational Psychology Service |",
            "| F8 Occupational therapy assessment and programme review in school (E6) | Twice a year, 1 hour each visit | 1:1 | Occupational therapist, Kirkholme Children's Therapy Service |",
        ],
        "G": [
            "| Health provision | Who | How often |",
            "| G1 Cardiology review | Paediatric cardiologist, Kirkholme Royal Infirmary | Once a year |",
            "| G2 Calcium and vitamin D supplement, given in school at lunchtime, and blood test for calcium levels | Prescribed by the community paediatrician; given by the school office first aider; blood test at the paediatric clinic | Daily supplement; blood test every 6 months |",
            "| G3 Speech and language therapy to teach Ibrahim to produce the sounds p, b, t, d, k and g with less air through his nose, and to use them in words and sentences (E4) | Speech and language therapist, Kirkholme Children's Therapy Service | 1:1 in school, 30 minutes weekly for 10 weeks each term |",
            "| G4 Community paediatric review | Dr Farid Chaudhry, Consultant Community Paediatrician | Every 6 months |",
        ],
        "H1": [
            "None. The Children with Disabilities Team found no assessed need for provision under section 2 of the Chronically Sick and Disabled Persons Act 1970. Short breaks and local play schemes on the Local Offer were explained to the family on 18 November 2025.",
        ],
        "H2": [
            "None. The family were offered Early Help support through the school's family support worker and said they would contact her if they need it.",
        ],
        "I": [
            "Greenfold Primary School, Kirkholme (mainstream community primary school).",
        ],
        "J": [
            "No personal budget has been requested.",
        ],
        "K": [
            "| Advice and information | Given by | Date |",
            "| Ibrahim's views | Gathered by Mrs Nadia Hussain, teaching assistant, Greenfold Primary School | 3 November 2025 |",
            "| Parents' views | Ibrahim's mother and father (Urdu interpreter present) | 29 October 2025 |",
            "| Educational advice | Ms Claire Bentley, SENCo, Greenfold Primary School | 7 November 2025 |",
            "| Psychological advice | Dr Tom Ashworth, Educational Psychologist, Kirkholme Educational Psychology Service | 21 November 2025 |",
            "| Medical advice | Dr Farid Chaudhry, Consultant Community Paediatrician | 12 November 2025 |",
            "| Genetics information | Dr Anjali Rao, Consultant Clinical Geneticist, Northern Regional Clinical Genetics Service | 2 October 2025 |",
            "| Occupational therapy advice | Beth Kaur, Occupational Therapist, Kirkholme Children's Therapy Service | 14 November 2025 |",
            "| Social care advice | Gemma Rowe, Social Worker, Children with Disabilities Team | 18 November 2025 |",
        ],
    },
    "footer_paras": ["Signed on behalf of Kirkholme Council: Rehana Begum, SEND Caseworker, 15 January 2026."],
})

# ======================================================================= ae204
PLANS.append({
    "id": "ae204", "layout": "letter-column",
    "title": "Education, Health and Care (EHC) Plan – Amended following annual review",
    "front": [
        ("Young person's first name", "Bilal"),
        ("Education phase", "Post-16: further education (third year at college), supported internship"),
        ("Age when this plan was issued", "19"),
        ("Education setting", "Kirkholme College – Supported Internship Programme, based at Kirkholme Royal Infirmary"),
        ("Date this plan was issued", "6 November 2026"),
        ("Last annual review", "14 October 2026"),
        ("Caseworker", "Sabina Hussain, Special Educational Needs and Disabilities (SEND) Assessment and Review Service (Post-16 Team)"),
    ],
    "sections": {
        "A": [
            "## About me – in my own words (I talked to my college tutor, Ms Clarke, on 29 September 2026 and she typed what I said. I checked it.)",
            "My name is Bilal. I am 19. I live with my mum, my dad and my two brothers. I am doing a supported internship at the hospital. I work in the stores and in the post room. I like it because I know what I have to do every day and I like sorting things into the right places.",
            "I like cricket, Bollywood films and going to the gym with my brother. I'm good at remembering numbers and codes. My manager says I am never late.",
            "Things that are hard for me: when people talk too fast, when the bus is late or changes, and when there are lots of people. I get worried and I go quiet. Money is hard for me to work out.",
            "When I finish college I want a real job with wages, maybe in a hospital stores. I want to go on the bus on my own to work and to the gym. One day I want my own flat near my mum.",
            "## What my family say (review meeting, 14 October 2026)",
            "Bilal's parents are very proud of how he has grown up on the internship. They would like him to get a paid job, be able to travel on his own and manage his own money, and keep seeing his friends from college. They worry about what happens when college ends, and about Bilal's weight since he started eating takeaway food at work.",
            "## What people like and admire about Bilal",
            "* Reliable and punctual – he has not been late once this year.",
            "* Accurate with numbers, codes and stock checks.",
            "* Polite and well liked by his colleagues in the stores team.",
            "* Follows a routine once he has learned it, and will ask for a written list when he is unsure.",
            "## Bilal's aspirations",
            "Paid work in a hospital stores or post room; travelling independently to work and the gym; managing his own money; in the longer term, living in his own flat with support near his family.",
        ],
        "B": [
            "## Cognition and learning",
            "Bilal has a moderate learning difficulty. He is working at Entry Level 3 in English and Entry Level 2 in maths (Functional Skills). He reads familiar work instructions well but finds new written information hard. He finds money, time and budgeting difficult and needs concrete methods (for example, a card and an app rather than cash).",
            "## Communication and interaction",
            "Bilal is autistic. He communicates in short sentences and needs extra time to process what he hears. He can find it hard to ask for help or to tell someone he does not understand. Unexpected changes to routine make him anxious.",
            "## Social, emotional and mental health",
            "Bilal becomes anxious in crowds and when plans change. He manages well when he is prepared in advance and has a named person to go to.",
            "## Independence and preparing for adulthood",
            "Bilal has learned the bus route to the hospital with his job coach but has not yet travelled on his own. He has not yet had a paid job.",
        ],
        "C": [
            "Bilal has no trouble with his general physical health, but since early 2026 he has put on weight (his general practitioner (GP) recorded a body mass index in the overweight range at his annual learning disability health check in April 2026), and his anxiety in busy places affects his daily life. His health needs are:",
            "* healthy eating and weight: advice and support to plan healthier meals and keep active;",
            "* anxiety linked to autism: strategies to manage worry on journeys and at work;",
            "* an annual learning disability health check with his GP.",
        ],
        "D": [
            "Bilal's adult social care needs were assessed under the Care Act 2014 by the Adult Social Care Transitions Team (assessment completed 8 September 2026 by Dan Whitworth, Social Worker). Bilal is eligible for support to access the community and take part in leisure activities, because he cannot yet travel or manage money safely on his own. His parents are also entitled to a carer's assessment, which they have been offered.",
        ],
        "E": [
            "## Outcomes to July 2027 (the end of Bilal's internship)",
            "| No. | Preparing for adulthood area | Outcome | How we will know |",
            "| E1 | Employment | By July 2027, Bilal will receive a positive end-of-rotation report from his line manager in each of his three internship rotations, rated 'meets expectations' or better for accuracy and timekeeping. | Line manager's rotation review, kept by the job coach. |",
            "| E2 | Employment | By July 2027, Bilal will have applied for at least 3 paid jobs and attended at least one interview, with help from his job coach only to check his application. | Job coach's record of applications. |",
            "| E3 | Independent living | By March 2027, Bilal will access the community independently, travelling by bus on his own from home to the hospital and back on 5 days out of 5 for 4 weeks in a row. | Job coach's travel log and Bilal's travel app record. |",
            "| E4 | Independent living | By July 2027, Bilal will pay for his lunch using his contactless card and check the amount on his banking app afterwards, on 9 out of 10 working days. | Job coach's weekly checklist. |",
            "| E5 | Good health | By July 2027, Bilal will plan and make a healthy packed lunch for work on at least 3 days a week, for 6 weeks in a row. | Bilal's photo diary, checked by his tutor each Friday. |",
            "| E6 | Friends, relationships and community | By July 2027, Bilal will go to the Friday evening social group at Kirkholme Youth and Community Centre on at least 3 Fridays a month, travelling with his personal assistant. | Attendance record kept by his personal assistant. |",
        ],
        "F": [
            "## Special educational provision (Kirkholme College Supported Internship Programme)",
            "| Provision | How often / how long | Group size | Who |",
            "| F1 Workplace job coaching: on-the-job teaching of tasks and routines, using written task lists (E1) | Full days for the first 2 weeks of each rotation, then 2 hours a day for weeks 3–6, then one 1-hour visit a week | 1:1 | Job coach, Kirkholme College Supported Internship Team (trained in systematic instruction) |",
            "| F2 Employability sessions: job searching, applications, interview practice (E2) | Weekly, 90 minutes, Thursday afternoons | A group of no more than 8 interns | Supported internship tutor (qualified teacher) |",
            "| F3 English and maths (Functional Skills), with a focus on money and time (E4) | Twice weekly, 1 hour each | Group of 6 | Qualified Functional Skills tutor |",
            "| F4 Independent travel training: planned route practice, then shadowing at a distance, then solo travel with phone check-in (E3) | Each working day for 8 weeks from November 2026, then reviewed | 1:1 | Kirkholme Council Independent Travel Training Team, trained travel trainer |",
            "| F5 A 'Brain in Hand' support app on Bilal's phone, with his routes, work routines and a 'red button' to ask for help (E3, E4) | Set up in November 2026; checked and updated each half term | Not applicable | Set up and maintained by the job coach |",
            "| F6 Healthy eating and food preparation sessions in the college training kitchen (E5) | Weekly, 1 hour, for 10 weeks from January 2027 | Group of 5 | Independent living skills tutor |",
            "| F7 Weekly review with his tutor, using a visual plan of the week to prepare Bilal for any changes (E1–E6) | Weekly, 20 minutes, Friday | 1:1 | Supported internship tutor |",
            "| F8 Educational psychologist consultation with the internship team on managing change and anxiety at work (E1, E3) | Once in the autumn term and once in the spring term, 1 hour each | Not applicable | Educational Psychologist, Kirkholme Educational Psychology Service (Post-16) |",
        ],
        "G": [
            "| Health provision | Who | How often / how long |",
            "| G1 Healthy lifestyle and weight support: sessions with Bilal (and his mum if he wishes) on meals, portion sizes and exercise (E5) | Community Learning Disability Nurse, Kirkholme Community Learning Disability Team | 6 sessions of 1 hour, fortnightly, from November 2026 |",
            "| G2 Anxiety management: a personalised anxiety plan for journeys and work, shared with the job coach (E3) | Community Learning Disability Nurse (as G1) | 4 sessions of 1 hour within the same block, then a review at 6 months |",
            "| G3 Annual learning disability health check and health action plan | Bilal's GP practice | Once a year (next due April 2027) |",
            "## Health agreement",
            "The health provision above was confirmed on behalf of West Pennine Integrated Care Board by Dr Nasreen Akhtar, Designated Clinical Officer, on 2 November 2026.",
        ],
        "H1": [
            "Not applicable. Section 2 of the Chronically Sick and Disabled Persons Act 1970 applies to children under 18; Bilal's social care support is provided under the Care Act 2014 (see H2).",
        ],
        "H2": [
            "| Social care provision | How much / how often | Who |",
            "| H2.1 Personal assistant support to go to the gym and the Friday social group and to practise using money in the community (E4, E6) | 6 hours a week: Friday 5pm–9pm and 2 hours on Saturday | Personal assistant employed by Bilal's family through a direct payment (see Section J) |",
            "| H2.2 Carer's assessment offered to Bilal's parents | Offered on 8 September 2026; to be completed by December 2026 | Adult Social Care Transitions Team |",
        ],
        "I": [
            "Kirkholme College (general further education college) – Supported Internship Programme, with the internship based at Kirkholme Royal Infirmary, until July 2027.",
        ],
        "J": [
            "Bilal has a social care personal budget of £5,200 a year, paid as a direct payment to his father as his nominated person, to employ a personal assistant for the support in H2.1. The direct payment agreement was signed on 1 October 2026 and is reviewed each year by the Adult Social Care Transitions Team.",
        ],
        "K": [
            "| Advice and information | Given by | Date |",
            "| Bilal's own views | Bilal, recorded by Ms Joanne Clarke, Supported Internship Tutor | 29 September 2026 |",
            "| Parents' views | Bilal's mother and father | 14 October 2026 |",
            "| Educational advice and preparing for adulthood advice | Ms Joanne Clarke, Supported Internship Tutor, and Mr Lee Barker, Job Coach, Kirkholme College | 2 October 2026 |",
            "| Psychological advice | Dr Kate Williams, Educational Psychologist, Kirkholme Educational Psychology Service | 18 June 2026 |",
            "| Medical advice | Dr Sarah Fenton, GP, Moss Lane Surgery (learning disability annual health check) | 22 April 2026 |",
            "| Health advice | Mark Evans, Community Learning Disability Nurse | 10 September 2026 |",
            "| Social care advice (Care Act assessment) | Dan Whitworth, Social Worker, Adult Social Care Transitions Team | 8 September 2026 |",
            "| Careers guidance | Ruth Adeyemi, Careers Adviser, Kirkholme College | 25 September 2026 |",
        ],
    },
    "footer_paras": ["Signed on behalf of Kirkholme Council: Sabina Hussain, SEND Caseworker, 6 November 2026."],
})

# ======================================================================= ae205
PLANS.append({
    "id": "ae205", "layout": "bold-statutory",
    "title": "EDUCATION, HEALTH AND CARE (EHC) PLAN",
    "front": [
        ("First name", "Jayden"),
        ("National Curriculum year", "Year 7"),
        ("Age", "11"),
        ("Current setting", "Moorside High School"),
        ("Legal status", "Looked after by Kirkholme Council (full Care Order, since May 2025); lives with foster carers"),
        ("Date of EHC plan", "5 October 2026"),
        ("Last reviewed", "First plan – annual review due by October 2027"),
        ("Plan written by", "Mohammed Iqbal, Special Educational Needs and Disabilities (SEND) Caseworker"),
    ],
    "sections": {
        "A": [
            "## All about me",
            "I present with dysregulated behaviour and hyperactivity-impulsivity consistent with my diagnosis of attention deficit hyperactivity disorder (ADHD). My executive functioning difficulties impact on my ability to sustain attention to task and to self-regulate in unstructured environments. I respond positively to adult co-regulation and clearly defined boundaries. My aspiration is to become a mechanic.",
            "## My foster carers' views (Mr and Mrs Dawson, meeting on 9 September 2026)",
            "Jayden has lived with us since May 2025. He is a lively, funny and generous boy who loves football, BMX bikes and taking things apart to see how they work. He has settled well with us and gets on with our grandson. He finds it very hard to sit still, to wait and to listen to long instructions, and mornings can be a battle. The move to high school in September has been hard for him and he has already had two detentions for leaving lessons without permission.",
            "We would like him to stay in mainstream school, make friends, and keep his love of fixing things – we think he would make a great mechanic, like his uncle. We would like school to recieve clear information from us each week so that home and school give him the same messages.",
            "## What Jayden is good at",
            "• Practical tasks: he rebuilt a bike with Mr Dawson over the summer.",
            "• Sport: he plays for an under-12 football team and is a good team player on the pitch.",
            "• He is generous, kind to younger children and quick to forgive.",
            "## Hopes for the future",
            "Jayden wants to be a mechanic. His foster carers want him to do well in mainstream school and go on to college.",
        ],
        "B": [
            "## Social, emotional and mental health",
            "Jayden has a diagnosis of ADHD (made by the community paediatrician in January 2026). He finds it very difficult to stay seated, to wait his turn and to manage his feelings when he is frustrated. In his first month at Moorside he left lessons without permission 11 times. He experienced early trauma and loss before coming into care, and adults who know him well say he can become very upset at changes of staff or routine, particularly when he is in a new enviroment, and finds it hard to trust new adults.",
            "## Cognition and learning",
            "Jayden's reading age is about 9 years 6 months (tested in July 2026), about 18 months behind his age. His spelling and handwriting are weak and he avoids writing tasks. In maths he is working just below age-related expectations and is quick at mental arithmetic.",
            "## Communication and interaction",
            "Jayden speaks well and is confident with adults he knows. He misses parts of longer spoken instructions because of his attention difficulties.",
        ],
        "C": [
            "Jayden has ADHD. He takes methylphenidate (slow-release) each morning before school, prescribed and reviewed by the community paediatrician. His appetite is definately reduced at lunchtime because of his medication and he needs a snack at morning break. He has no other known health needs; his annual looked-after child health assessment in June 2026 found him physically well.",
        ],
        "D": [
            "Jayden does not have any social care needs.",
        ],
        "E": [
            "• E1: By July 2027, Jayden will stay in his lesson for the whole lesson, using his agreed movement break card instead of leaving without permission, in at least 4 out of 5 lessons each day, as recorded on his daily report card by his form tutor.",
            "• E2: By July 2027, Jayden will have a reading age of at least 11 years on the school's standardised reading test, carried out by the Special Educational Needs Co-ordinator (SENCo) each term.",
            "• E3: By July 2027, Jayden will write a paragraph of at least 8 sentences in English or science without stopping work, using a writing frame, in 3 pieces of work each half term, assessed by his English teacher.",
            "• E4: By December 2026, Jayden will tell a named adult when he is angry or worried using his 'traffic light' card, on 4 out of 5 occasions recorded on his report card.",
            "• E5: By July 2027, Jayden will complete a bike repair project in the school's after-school engineering club, attending at least 10 out of 12 sessions, with the club leader signing off each repair stage.",
        ],
        "F": [
            "| Provision | How often / for how long | Group size | Who |",
            "| F1 Key adult: a named mentor who meets Jayden at the school gate, checks his timetable with him and reviews his report card | Daily, 10 minutes at 8.35am and 10 minutes at 3.05pm | 1:1 | Learning mentor, trained in attachment-aware practice (E1, E4) |",
            "| F2 Movement break card: Jayden can leave class for a 5-minute movement break to the learning support base, at most twice a lesson | Every lesson | Individual | Arranged by the SENCo; all subject teachers informed (E1) |",
            "| F3 Reading intervention (Lexia PowerUp plus guided reading with an adult) | 3 x 30 minutes weekly | Group of no more than 4 | Teaching assistant (TA) trained in the programme (E2) |",
            "| F4 Writing frames and a laptop for extended writing in English, science and humanities | Every lesson that includes extended writing | Individual | Laptop provided and maintained by the school's information technology (IT) technician; writing frames made by the SENCo (E3) |",
            "| F5 Emotional literacy sessions with an Emotional Literacy Support Assistant (ELSA) | Weekly, 45 minutes, for 8 weeks, then reviewed | 1:1 | ELSA-trained TA (E4) |",
            "| F6 After-school engineering club | Weekly, Tuesday 3.15pm–4.30pm, 12 sessions in the spring term | Group of 10 with 2 staff | Design and technology technician (E5) |",
            "| F7 Educational psychologist (EP) consultation and staff training on ADHD and attachment | Twice a year, 2 hours each time | Not applicable | Educational Psychologist, Kirkholme Educational Psychology Service (E1, E4) |",
            "| F8 Home–school communication book, with a weekly phone call to the foster carers on Fridays | Weekly, 15 minutes | Not applicable | Learning mentor (E1–E4) |",
            "| F9 Instructions given in short steps, with the steps written on a mini whiteboard on Jayden's desk | Every lesson | Individual | All subject teachers, briefed by the SENCo at the start of each term (E1, E3) |",
        ],
        "G": [
            "| Health provision | Who | How often |",
            "| G1 ADHD medication review, including height, weight and blood pressure | Dr Farid Chaudhry, Consultant Community Paediatrician | Every 6 months |",
            "| G2 A snack at morning break to help with reduced appetite | Foster carers provide; learning mentor makes sure it is eaten | Daily |",
            "| G3 Annual health assessment for children in care | Looked After Children's Nurse, Kirkholme Children's Community Health Services | Once a year (next due June 2027) |",
            "Health agreement: the health provision above was reviewed and agreed on behalf of West Pennine Integrated Care Board (ICB) by Dr Nasreen Akhtar, Designated Clinical Officer, on 29 September 2026.",
        ],
        "H1": [
            "None.",
        ],
        "H2": [
            "None.",
        ],
        "I": [
            "Moorside High School, Kirkholme – mainstream secondary school (academy).",
        ],
        "J": [
            "No personal budget has been requested.",
        ],
        "K": [
            "| Advice and information | From | Date |",
            "| Jayden's views | Recorded by Ms Rachel Moss, learning mentor, Moorside High School | 16 September 2026 |",
            "| Foster carers' views | Mr and Mrs Dawson, foster carers | 9 September 2026 |",
            "| Educational advice | Mrs Angela Firth, SENCo, Moorside High School, and Mr Ben Lowe, Year 6 teacher at Jayden's primary school (transition information) | 18 September 2026 |",
            "| Psychological advice | Dr Tom Ashworth, Educational Psychologist | 3 July 2026 |",
            "| Medical advice | Dr Farid Chaudhry, Consultant Community Paediatrician | 24 June 2026 |",
            "| Health assessment | Looked After Children's Nurse, Kirkholme Children's Community Health Services | 12 June 2026 |",
        ],
    },
    "footer_paras": ["Kirkholme Council will make sure that the special educational provision in Section F is put in place. This plan will be reviewed seperately from any other plan within 12 months.", "Signed: Mohammed Iqbal, SEND Caseworker, for Kirkholme Council, 5 October 2026."],
})

# ======================================================================= ae206
PLANS.append({
    "id": "ae206", "layout": "bold-statutory",
    "title": "EDUCATION, HEALTH AND CARE (EHC) PLAN",
    "front": [
        ("First name", "Maryam"),
        ("Age", "4 years (born April 2022)"),
        ("Education phase", "Early Years Foundation Stage (EYFS) – nursery class, moving to Reception in September 2026"),
        ("Current setting", "Bright Horizons Nursery School (maintained nursery school)"),
        ("Date of EHC plan", "25 June 2026"),
        ("Last reviewed", "First plan. Because Maryam is under 5, her plan will be reviewed every 6 months; first review by December 2026."),
        ("Plan written by", "Sabina Hussain, Special Educational Needs and Disabilities (SEND) Caseworker"),
    ],
    "sections": {
        "A": [
            "## How we found out what Maryam thinks and feels",
            "Maryam does not use spoken words yet. Her views were gathered by her key person at nursery, Mrs Shabnam Akhtar, who has known her for 18 months, through watching her play over two weeks in April 2026, and by her Portage home visitor during play at home. Maryam's parents helped us understand what her sounds, signs and movements mean.",
            "• Maryam loves water play, bubbles, music and being swung. She laughs loudly and reaches out her arms for 'more'.",
            "• She shows she likes someone by taking their hand and leading them to what she wants.",
            "• She uses the Makaton signs for 'more' and 'finished' and touches a picture of a cup for a drink.",
            "• She pushes things away, turns her head or cries when she has had enough or when a room is too noisy.",
            "• She is happiest with adults she knows, and watches her older brothers closely.",
            "## What Maryam's parents told us (home visit, 14 April 2026, with an Urdu interpreter)",
            "Maryam's parents say she is a joyful, affectionate little girl who makes everyone smile. She was diagnosed with Angelman syndrome, a rare genetic condition, by the Northern Regional Clinical Genetics Service when she was 18 months old. She has epilepsy and sleeps badly, often waking for two or three hours in the night. They are very tired but say Maryam's nursery has been 'a lifeline'.",
            "They want Maryam to walk on her own, to find a way to tell them what she wants, and to go to the same primary school as her brothers with the right help. In the future they hope she will have friends, be as independent as she can be and always be safe and happy.",
            "## What Maryam is good at",
            "• Maryam is sociable and loves being with people; she greets adults she knows with a big smile.",
            "• She can stand holding on to furniture and walk 5 steps with her walking frame.",
            "• She understands many familiar words and routines, such as 'coat on' and 'snack time'.",
            "• She enjoys music and will rock and clap to a favourite song.",
        ],
        "B": [
            "## Communication and interaction",
            "Maryam has no spoken words. She communicates through sounds, facial expressions, reaching and leading adults, two Makaton signs and pointing to one picture. Her speech and language therapist reports that she understands single words for familiar objects and people in familiar routines. She can attend to an adult-led activity for about 1 minute.",
            "## Cognition and learning",
            "Maryam is working within the 0–11 months range of the Early Years Foundation Stage for most areas of learning. She explores objects by mouthing and banging them, and is beginning to understand cause and effect (she presses a switch toy to make it play music).",
            "## Physical and sensory",
            "Maryam has low muscle tone and poor balance. She walks a few steps with a walking frame and needs an adult close by to keep her safe. She needs supported seating at the table. She mouths objects and needs close supervision because of the risk of choking on small items.",
            "## Social, emotional and mental health",
            "Maryam is very sociable but becomes distressed in noisy rooms and when routines change suddenly. She needs a calm space to rest, especially after a seizure.",
        ],
        "C": [
            "## Angelman syndrome and epilepsy",
            "Maryam has Angelman syndrome. She has epilepsy, with absence seizures most days and occasional longer tonic-clonic seizures (about once a month). She takes sodium valproate twice a day and has buccal midazolam as rescue medication if a seizure lasts longer than 5 minutes, as set out in her seizure care plan. She is tired and needs to sleep after a longer seizure.",
            "## Sleep",
            "Maryam has great difficulty sleeping through the night, which is common in Angelman syndrome. She takes melatonin at bedtime, prescribed by the community paediatrician.",
            "## Eating and drinking",
            "Maryam has no difficulty with chewing or swallowing, but she has epilepsy and sleep problems that need the health provision in Section G. She drinks from an open cup with help.",
            "## Mobility",
            "Maryam is under the care of the children's physiotherapy service for her low muscle tone and balance.",
        ],
        "D": [
            "Maryam's needs were assessed by the Children with Disabilities Team (assessment by Gemma Rowe, Social Worker, completed 30 April 2026). Because Maryam needs constant supervision and wakes for long periods at night, her parents have very little rest and find it hard to give time to her two older brothers (aged 7 and 10). Maryam meets the criteria for short breaks under section 2 of the Chronically Sick and Disabled Persons Act 1970. The family do not need any other social care support at present.",
        ],
        "E": [
            "## Maryam's outcomes (to be reviewed in December 2026 and again in June 2027)",
            "- E1 (communication): By June 2027, Maryam will use 8 Makaton signs or picture symbols to ask for things she wants (for example 'more', 'drink', 'bubbles', 'help'), each one seen on at least 3 different days by her key person and recorded in her learning journal.",
            "- E2 (attention): By June 2027, Maryam will stay with an adult-led 'Attention Autism' group activity for 3 minutes, on 4 out of 5 days in a week, as recorded by her key person.",
            "- E3 (physical): By June 2027, Maryam will walk 15 metres from the classroom to the playground with her walking frame, with an adult beside her but not holding the frame, on 3 days out of 5, as recorded by her key person and checked by her physiotherapist.",
            "- E4 (learning): By December 2026, Maryam will press a switch to make a toy work and then look at the adult to ask for 'again', in 4 out of 5 play sessions, as noted by her key person.",
            "- E5 (health and wellbeing): By June 2027, Maryam will attend at least 9 out of 10 of her school sessions each half term, with any seizure, rescue medication and recovery managed in school as set out in her seizure care plan, as shown by the school's attendance register and seizure log.",
            "- E6 (joining in): By June 2027, Maryam will take part in the whole-class music session for at least 10 minutes, sitting in her supportive chair and joining in with actions, once a week for 6 weeks in a row, as recorded by her class teacher.",
            "- E7 (health and wellbeing): By June 2027, Maryam will sleep for at least 6 hours without waking on 4 nights out of 7, as recorded in her parents' sleep diary and reviewed by the community paediatrician.",
        ],
        "F": [
            "## Special educational provision",
            "From September 2026, the provision below will be made at Maryam's primary school (see Section I). It is overseen by the school's Special Educational Needs Co-ordinator (SENCo).",
            "| Provision | How often / how long | Group size or ratio | Who |",
            "| F1 A trained adult with Maryam throughout the school day, for safety, communication and learning (all outcomes) | Full school day, 8.45am–3.15pm, 5 days a week | 1:1 | Teaching assistant (TA) trained in Makaton (Level 2), epilepsy care and moving and handling |",
            "| F2 Makaton signing and picture symbols used with Maryam throughout the day, and a personal symbol board kept up to date (E1) | Throughout each day; board updated weekly | 1:1 | TA, with the class teacher |",
            "| F3 Speech and language therapy: direct work with Maryam, and modelling for her TA, on Tuesdays in the autumn and spring terms (E1, E2) | Fortnightly, 45 minutes | On her own with the therapist, TA present | Speech and Language Therapist, Kirkholme Children's Therapy Service |",
            "| F4 'Attention Autism' sessions (E2) | Daily, 15 minutes | Group of 4 children with 2 adults | Class TA trained in Attention Autism |",
            "| F5 Occupational therapy (OT) assessment of seating and play, and a sensory and fine motor programme for staff to use (E4, E6) | Visit once each half term, 1 hour | Not applicable | Occupational Therapist, Kirkholme Children's Therapy Service |",
            "| F6 Supportive classroom chair with a foot plate and harness | In all table-top and group activities | Not applicable | Provided and maintained by Kirkholme Children's Therapy Service (OT); checked each half term by the OT |",
            "| F7 Cause-and-effect and switch play using adapted toys (E4) | Daily, 10 minutes | 1:1 | TA, following the OT's programme |",
            "| F8 A quiet rest area with a mat in the classroom for rest after seizures and when the room is too noisy | Available throughout the day | Not applicable | Set up by the class teacher by September 2026 |",
            "| F9 Advice and training for school staff from the Early Years Inclusion Team | 2 half-day visits in the autumn term 2026, then once a term for 1 hour | Not applicable | Early Years Inclusion Teacher (qualified teacher) |",
        ],
        "G": [
            "| Health provision | Who | How often / how long |",
            "| G1 Seizure care plan, including the use of buccal midazolam; written for school and reviewed when Maryam's medication changes (E5) | Paediatric Epilepsy Nurse Specialist, Kirkholme Royal Infirmary | Written by September 2026; reviewed each year and at every medication change |",
            "| G2 Training for all staff who care for Maryam in recognising seizures and giving buccal midazolam (E5) | Paediatric Epilepsy Nurse Specialist | 2-hour session each September, with a refresher for new staff within 2 weeks of starting |",
            "| G3 Neurology review of epilepsy and medication | Dr Chris Hallam, Consultant Paediatric Neurologist | Every 6 months |",
            "| G4 Sleep review and melatonin prescribing | Dr Farid Chaudhry, Consultant Community Paediatrician | Every 6 months |",
            "| G5 Physiotherapy: assessment, a daily standing and walking programme for the TA to follow, and provision and maintenance of her walking frame (E3) | Paediatric Physiotherapist, Kirkholme Children's Community Health Services | Visit to school once each half term, 45 minutes; frame checked at each visit |",
            "Health agreement: this health provision has been reviewed and supported on behalf of West Pennine Integrated Care Board (ICB) by Dr Nasreen Akhtar, Designated Clinical Officer, on 19 June 2026.",
        ],
        "H1": [
            "• Home-based short break: a trained short-break carer from the Children with Disabilities Team will look after Maryam at home for 4 hours every other Saturday (10am to 2pm), so that her parents can spend time with her brothers.",
            "• Overnight sleep support: a night sitter for one night a month, arranged by the Children with Disabilities Team, so that Maryam's parents can sleep.",
        ],
        "H2": [
            "None required. The family were told about Early Help family support and the sleep support workshops on the Kirkholme SEND Local Offer and will contact the Early Help Hub if they want them.",
        ],
        "I": [
            "Until July 2026: Bright Horizons Nursery School (maintained nursery school).",
            "From September 2026: Reception class at Greenfold Primary School, Kirkholme (mainstream community primary school), the school Maryam's brothers attend.",
        ],
        "J": [
            "The family have chosen not to take a direct payment for the short breaks in H1; the Children with Disabilities Team will arrange them directly. No other personal budget has been requested.",
        ],
        "K": [
            "| Advice and information | From | Date |",
            "| Maryam's views (observation and play) | Mrs Shabnam Akhtar, key person, Bright Horizons Nursery School, and Julie Turner, Portage Home Visitor | 20 April 2026 |",
            "| Parents' views | Maryam's mother and father (Urdu interpreter) | 14 April 2026 |",
            "| Educational advice | Ms Helen Cross, Nursery Teacher and SENCo, Bright Horizons Nursery School | 20 April 2026 |",
            "| Psychological advice | Dr Imran Qureshi, Educational Psychologist, Kirkholme Educational Psychology Service | 28 April 2026 |",
            "| Medical advice | Dr Farid Chaudhry, Consultant Community Paediatrician | 2 April 2026 |",
            "| Neurology and epilepsy advice | Dr Chris Hallam, Consultant Paediatric Neurologist, with the Paediatric Epilepsy Nurse Specialist | 15 March 2026 |",
            "| Speech and language therapy advice | Amy Sharples, Speech and Language Therapist | 21 April 2026 |",
            "| Occupational therapy advice | Beth Kaur, Occupational Therapist | 23 April 2026 |",
            "| Physiotherapy advice | Nadia Patel, Paediatric Physiotherapist | 16 April 2026 |",
            "| Social care advice | Gemma Rowe, Social Worker, Children with Disabilities Team | 30 April 2026 |",
        ],
    },
    "footer_paras": ["Signed: Sabina Hussain, SEND Caseworker, for Kirkholme Council, 25 June 2026."],
})

# ======================================================================= ae207
PLANS.append({
    "id": "ae207", "layout": "bold-statutory",
    "title": "EDUCATION, HEALTH AND CARE (EHC) PLAN",
    "front": [
        ("First name", "Kyle"),
        ("National Curriculum year", "Year 10"),
        ("Age", "15"),
        ("Current setting", "Kirkholme Learning Centre (PRU)"),
        ("Date of EHC plan", "2 October 2026"),
        ("Last reviewed", "Annual review held 15 September 2026; plan amended"),
        ("Plan written by", "Mohammed Iqbal, Special Educational Needs and Disabilities (SEND) Caseworker"),
    ],
    "sections": {
        "A": [
            "## Kyle's views (Kyle talked to his YJS case manager and his key worker at the Learning Centre on 3 September 2026; these are his words)",
            "\"I'm alright at the Centre. The classes are small and the staff don't get on your case as much. I like practical stuff – engines, bikes, anything where you can use your hands. I don't like reading out loud or when teachers use long words and then have a go at you for not getting it.",
            "I want to do motor vehicle at college and work in a garage. My uncle has a garage in Salford and he said he'd take me on if I get my qualifications. I know I need to keep out of trouble.\"",
            "## Mum's views (annual review, 15 September 2026)",
            "Kyle's mum says he is a loving lad who is brilliant with his little brother and will do anything for his family. He was permanently excluded from Moorside High School in Year 9 after a series of incidents. She says he has always struggled to understand what people say to him and to explain himself, and this gets him into trouble. She wants him to get his qualifications, go to college and have a future away from the people he got involved with last year.",
            "## What Kyle does well",
            "• He is practical and mechanically minded: he can strip and rebuild a bike engine.",
            "• He is loyal, caring towards younger children and polite to staff he trusts.",
            "• He has attended the Learning Centre on 92% of days since January 2026.",
            "## Aspirations",
            "Kyle wants to study motor vehicle maintenance at Kirkholme College and work in his uncle's garage.",
        ],
        "B": [
            "## Communication and interaction",
            "Kyle has DLD. His SALT assessment (June 2026) found his understanding of spoken language and his vocabulary to be well below his age. He finds it hard to follow long instructions, to understand abstract words and to explain what happened in a sequence. This affects his learning in every subject and has led to misunderstandings with adults, including the police.",
            "## SEMH",
            "Kyle has SEMH needs. He can react angrily when he feels criticised or does not understand. He has been known to the YJS since November 2025 and is on a referral order until February 2027. He has worked well with his YJS case manager.",
            "## Cognition and learning",
            "Kyle's reading age is 10 years 2 months and his spelling is weak. He is working at about KS3 level in English and maths and is on track for Entry Level 3 qualifications; with support he could achieve GCSE grades 2–3 in maths.",
        ],
        "C": [
            "Kyle has no diagnosed physical health needs (GP summary, 10 August 2026). He has low mood and poor sleep. CAMHS saw him from March 2026 and he completed 6 sessions of CBT in June 2026. CAMHS advise follow-up reviews this year to make sure his mood stays stable, and a relapse plan so that the PRU knows the early warning signs.",
        ],
        "D": [
            "Kyle is known to the YJS (referral order, November 2025 to February 2027). His YJS case manager reports that his communication difficulties mean he has not always understood what was expected of him under his order or in police interviews, and that he is at risk of exploitation by older young people in his area. An Early Help assessment was completed with the family in July 2026; Kyle is not on a child in need or child protection plan. Social care advice from the Early Help Team and the YJS has been used to write this section and Section H2.",
        ],
        "E": [
            "• E1: Kyle will receive weekly mentoring from his YJS case manager.",
            "• E2: Kyle is given 1:1 support from a TA in English and maths lessons.",
            "• E3: Staff will use visual prompts and check Kyle's understanding when giving instructions.",
            "• E4: By July 2027, Kyle will have a better attitude to learning and feel more positive about his future.",
            "• E5: By July 2027, Kyle will gain an offer of a place on a Level 1 motor vehicle course at Kirkholme College, having attended an interview on his own.",
            "• E6: By July 2027, Kyle will explain in his own words what happened in an incident, putting at least 4 events in the right order, on 4 out of 5 occasions when asked by his key worker, as recorded in his key worker's log.",
            "• E7: By March 2027, Kyle will rate his mood on a 1–10 scale with his key worker every Monday and use his relapse plan to tell her when his mood or sleep is getting worse, with a score of 5 or more in at least 8 out of 10 weeks, recorded in his key worker's log.",
        ],
        "F": [
            "| Provision | How often / how long | Who |",
            "| F1 Small group literacy intervention using a phonics-based catch-up programme | Weekly | TA |",
            "| F2 SALT – direct therapy on vocabulary, understanding and sequencing | Autumn and spring terms | SALT |",
            "| F3 Pre-teaching of key vocabulary for each topic in maths, science and motor vehicle | 3 x 20 minutes weekly, 1:1 | HLTA |",
            "| F4 Weekly ELSA session on managing anger and responding to criticism | 45 minutes weekly for 8 weeks, then review, 1:1 | ELSA |",
            "| F5 Motor vehicle taster course at Kirkholme College | Every Wednesday afternoon (3 hours) in the spring and summer terms, group of 8 | College vocational tutor, with a PRU TA |",
            "| F6 Careers guidance and college application support | 3 x 1-hour meetings, autumn and spring terms | Careers adviser (Level 6 qualified) |",
            "| F7 Communication passport explaining Kyle's DLD, shared with YJS, police liaison officer and college | Written by December 2026; updated each term | SALT with Kyle's key worker |",
        ],
        "G": [
            "| Health provision | Who | How often / how long |",
            "| G1 Follow-up reviews of Kyle's mood and sleep, and a written relapse plan shared with the PRU (E7) | Sophie Grant, CAMHS Practitioner | Monthly, 30 minutes, October 2026 to January 2027, then discharge if stable |",
            "Health agreement: agreed on behalf of West Pennine ICB by Dr Nasreen Akhtar, DCO, 28 September 2026.",
        ],
        "H1": [
            "None. Kyle does not meet the criteria for provision under section 2 of the Chronically Sick and Disabled Persons Act 1970 (Children with Disabilities Team screening, 22 July 2026).",
        ],
        "H2": [
            "• YJS referral order interventions: weekly 1-hour meetings with his YJS case manager until February 2027, including work on exploitation and consequences, using the communication passport (F7).",
            "• Early Help family support: a family support worker from the Early Help Team will visit Kyle and his mum at home every two weeks for 1 hour until March 2027, to support routines and positive activities.",
        ],
        "I": [
            "Kirkholme Learning Centre (PRU), Kirkholme – until July 2028.",
        ],
        "J": [
            "No personal budget requested.",
        ],
        "K": [
            "| Advice and information | From | Date |",
            "| Kyle's views | Kyle, recorded by Jordan Pike, key worker, and Lauren Shaw, YJS case manager | 3 September 2026 |",
            "| Parent's views | Kyle's mother | 15 September 2026 |",
            "| Educational advice | Mr Gary Nolan, SENCO, Kirkholme Learning Centre | 8 September 2026 |",
            "| Psychological advice | Dr Kate Williams, EP, Kirkholme EPS | 20 May 2026 |",
            "| Medical advice | Dr Amir Siddiqui, GP, Hollins Road Medical Practice | 10 August 2026 |",
            "| SALT advice | Amy Sharples, SALT, Kirkholme Children's Therapy Service | 24 June 2026 |",
            "| CAMHS end-of-treatment report | Sophie Grant, CAMHS Practitioner | 18 June 2026 |",
            "| Social care advice | Early Help Team – Lisa Ward, Family Support Worker; Lauren Shaw, YJS case manager | 22 July 2026 |",
            "| PfA advice | Ruth Adeyemi, Careers Adviser | 1 September 2026 |",
        ],
    },
    "footer_paras": ["Signed: Mohammed Iqbal, SEND Caseworker, for Kirkholme Council, 2 October 2026."],
})

# ======================================================================= ae208
PLANS.append({
    "id": "ae208", "layout": "bold-statutory",
    "title": "EDUCATION, HEALTH AND CARE (EHC) PLAN",
    "front": [
        ("First name", "Nusrat"),
        ("National Curriculum year", "Year 4"),
        ("Age", "9"),
        ("Current setting", "Brook Street Primary School"),
        ("Date of EHC plan", "18 May 2026"),
        ("Last reviewed", "Not yet reviewed – first plan (review due by May 2027)"),
        ("Plan written by", "Rehana Begum, Special Educational Needs and Disabilities (SEND) Caseworker"),
    ],
    "sections": {
        "A": [
            "## What Nusrat told us",
            "Nusrat shared her views with the school's Emotional Literacy Support Assistant (ELSA), Mrs Rahman, on 11 March 2026, using a talking mat and then a drawing of 'my best day' and 'my worst day'. Mrs Rahman wrote down what she said.",
            "\"I like drawing, Lego and my baby brother. I like reading books about animals, especially sharks. My best day is a Saturday when I go to the library with Abba and then we get chips.",
            "At school I like Miss Holt and I like the reading corner because it's quiet. I don't like the hall because it's loud and it smells. I don't like it when the plan changes and no one tells me. My tummy hurts in the morning and I don't want to get out of the car.",
            "When I grow up I want to work in an aquarium and look after the sharks.\"",
            "## What Nusrat's family told us (home visit, 4 March 2026, with a Sylheti interpreter)",
            "Nusrat's mother and father describe her as clever, kind and very loving with her baby brother. She was diagnosed as autistic in October 2025. She speaks Sylheti and English at home. Since Year 3 she has found it harder to go into school; most mornings she cries, says her tummy hurts and sometimes refuses to leave the car. Her attendance was 71% in the autumn term of 2025.",
            "They want Nusrat to be happy at school, to have a friend and to keep learning, because she loves books. They hope she will go to university one day. They value the regular contact they have had with her class teacher this year and want it to continue.",
            "## What Nusrat is good at",
            "• Nusrat is an excellent reader: she reads above the level expected for her age and remembers facts in detail.",
            "• She is creative and can spend a long time on a drawing or a Lego model.",
            "• She is gentle and kind to younger children.",
            "• She works hard when she feels calm and safe.",
            "## Hopes for the future",
            "Nusrat wants to work in an aquarium with sharks. Her parents hope she will be happy in school, have a good friend and go on to university.",
        ],
        "B": [
            "## Communication and interaction",
            "Nusrat is autistic. She has a wide vocabulary, but she finds it hard to start and keep up conversations with other children, to join group work and to understand jokes and non-literal language. She often plays alongside, rather than with, other children at playtime. She has access to a quiet reading corner in her classroom and uses it well when she is overwhelmed.",
            "## Social, emotional and mental health",
            "Nusrat has high anxiety, particularly at the start of the school day, in the hall and during unexpected changes. This has led to emotionally based school avoidance: between September 2025 and February 2026 she arrived late or missed school on 41 mornings. When anxious she becomes silent, covers her ears and sometimes hides under a table.",
            "## Sensory",
            "Nusrat is very sensitive to noise, smells and busy spaces, particularly the school hall at lunchtime and assemblies.",
            "## Cognition and learning",
            "Nusrat is working at or above the expected standard in reading and at the expected standard in maths. She finds extended writing difficult because she struggles to plan and organise her ideas, and her writing is working towards the expected standard.",
        ],
        "C": [
            "Nusrat has no difficulty with eating, sleeping or her physical health, but she has frequent stomach aches on school mornings which her GP (general practitioner) has linked to anxiety, and anxiety that affects her daily life at home and school. Her anxiety has been assessed by the Kirkholme Mental Health Support Team in schools (MHST), who advise a short programme of parent-led cognitive behavioural therapy.",
        ],
        "D": [
            "Nusrat has no social care needs relating to her special educational needs or disability. An Early Help assessment completed by the Kirkholme Early Help Hub (Lisa Ward, Family Support Worker, 25 February 2026) found no social care needs, and advised that the family's needs are met through school and health support. The family have been given information about the Kirkholme SEND Local Offer, including autism-friendly holiday activities.",
        ],
        "E": [
            "- E1: By December 2026, Nusrat will come into school through the side entrance and settle into the nurture room by 8.50am on at least 9 days out of every 10, as shown by the school's attendance register and her key adult's log.",
            "- E2: By July 2027, Nusrat will join her class for the morning register at 9.00am on at least 4 days a week for 6 weeks in a row, as recorded by her class teacher.",
            "- E3: By July 2027, Nusrat will take part in a structured game or Lego activity with at least one other child at lunchtime, taking turns and talking about the game, twice a week for 6 weeks in a row, as recorded by the lunchtime supervisor.",
            "- E4: By March 2027, Nusrat will show her 'worry scale' card or tell an adult her worry level (1 to 5) when she feels anxious, on 4 out of 5 occasions logged by her key adult.",
            "- E5: By July 2027, Nusrat will plan and write a non-fiction report of at least 3 paragraphs on an animal of her choice, using a planning frame on her own, assessed as meeting the expected standard for Year 5 by her class teacher.",
            "- E6: By July 2027, Nusrat will accept praise from an adult in front of her class calmly (without hiding or covering her ears) on 4 out of 5 occasions observed by her class teacher in the last two weeks of each half term.",
        ],
        "F": [
            "| Provision | How often / how long | Group size | Who |",
            "| F1 Soft start: from September 2026, Nusrat will arrive through the side entrance at 8.40am and spend 15 minutes in the nurture room with her key adult, using a visual plan of the day (E1, E2) | Daily, 15 minutes | 1:1 | Key adult: teaching assistant (TA) trained in autism awareness by the Kirkholme Autism Outreach Team |",
            "| F2 A visual timetable on her desk, and a warning of any change to the day given by her key adult during the soft start (E1, E2) | Daily | Individual | Class teacher prepares; key adult shares each morning |",
            "| F3 Emotional literacy sessions with the ELSA, using a 'worry scale' (E4, E6) | Weekly, 30 minutes, for 6 sessions, then reviewed by the Special Educational Needs Co-ordinator (SENCo) with her parents | 1:1 | Mrs Rahman, ELSA |",
            "| F4 Lego-based therapy club at lunchtime (E3) | Twice weekly, 30 minutes | Group of 3 | TA trained in Lego-based therapy |",
            "| F5 Lunch in the small dining room away from the main hall, with ear defenders available at all times in school (E3) | Daily | Group of no more than 8 | Lunchtime supervisor; ear defenders supplied by the SENCo |",
            "| F6 Writing intervention using planning frames and modelled writing (E5) | 3 times a week, 20 minutes | Group of 4 | Class teacher |",
            "| F7 Autism Outreach Team advice and training for Nusrat's class staff (all outcomes) | Two 1-hour visits in the autumn term 2026, then once each term for 1 hour | Not applicable | Specialist teacher, Kirkholme Autism Outreach Team |",
            "| F8 Educational psychologist consultation with the SENCo, class teacher and parents (with a Sylheti interpreter) (E1, E2, E4) | Once a term, 1 hour | Not applicable | Dr Imran Qureshi, Educational Psychologist |",
            "| F9 Fortnightly meeting between class teacher and parents, with an interpreter, to agree the next steps for the return to class (E2) | Every other Friday, 20 minutes | Not applicable | Class teacher |",
        ],
        "G": [
            "| Health provision | Who | How often / how long |",
            "| G1 Parent-led cognitive behavioural therapy for child anxiety, delivered with Nusrat's mother (and a Sylheti interpreter) (E1, E4) | Education Mental Health Practitioner, Kirkholme Mental Health Support Team in schools | 8 weekly sessions of 45 minutes from June 2026, then a review session 6 weeks later |",
            "| G2 Review of stomach aches, weight and growth | Dr Priya Nair, GP, Brook Street Surgery | One 15-minute appointment in September 2026, then every 6 months while the stomach aches continue |",
            "Health agreement: the health provision above was reviewed and confirmed on behalf of West Pennine Integrated Care Board (ICB) by Dr Nasreen Akhtar, Designated Clinical Officer, on 11 May 2026.",
        ],
        "H1": [
            "None. Nusrat does not need provision under section 2 of the Chronically Sick and Disabled Persons Act 1970 (Early Help assessment, 25 February 2026). Short breaks and autism-friendly holiday activities on the Local Offer were explained to the family.",
        ],
        "H2": [
            "None required (see Section D).",
        ],
        "I": [
            "Brook Street Primary School, Kirkholme – mainstream community primary school.",
        ],
        "J": [
            "No personal budget has been requested.",
        ],
        "K": [
            "| Advice and information | From | Date |",
            "| Nusrat's views | Gathered by Mrs Rahman, ELSA, Brook Street Primary School | 11 March 2026 |",
            "| Parents' views | Nusrat's mother and father (Sylheti interpreter) | 4 March 2026 |",
            "| Educational advice | Miss Emma Holt, class teacher, and Mrs Farzana Ali, SENCo, Brook Street Primary School | 9 March 2026 |",
            "| Psychological advice | Dr Imran Qureshi, Educational Psychologist, Kirkholme Educational Psychology Service | 18 March 2026 |",
            "| Medical advice | Dr Farid Chaudhry, Consultant Community Paediatrician (autism diagnosis and health advice) | 2 March 2026 |",
            "| Mental health advice | Katie Bell, Education Mental Health Practitioner, Kirkholme Mental Health Support Team | 13 March 2026 |",
            "| GP information | Dr Priya Nair, GP, Brook Street Surgery | 27 February 2026 |",
            "| Autism outreach advice | Specialist Teacher, Kirkholme Autism Outreach Team | 16 March 2026 |",
            "| Social care advice | Early Help assessment by Lisa Ward, Family Support Worker, Kirkholme Early Help Hub, endorsed by Sam Cooper, Team Manager, Children's Social Care | 25 February 2026 |",
        ],
    },
    "footer_paras": ["Signed: Rehana Begum, SEND Caseworker, for Kirkholme Council, 18 May 2026."],
})

# ======================================================================= ae209
NA_AREA = "No special educational needs have been identified in this area."
PLANS.append({
    "id": "ae209", "layout": "national-template",
    "front": [
        ("Date this plan was issued", "20/10/2026 (amended following annual review)"),
        ("Last annual review", "22/09/2026"),
        ("School year", "Year 11"),
        ("Caseworker", "Sabina Hussain, Special Educational Needs and Disabilities (SEND) Assessment and Review Service"),
    ],
    "personal": {"name": "Grace", "preferred": "Grace", "dob": "October 2010 (month and year only)", "sex": "Female",
                 "ethnicity": "Black British – African", "lang": "English", "parent_lang": "English and Yoruba",
                 "p1": "Grace's mother", "p1_rel": "Mother"},
    "services": {"setting": "Northfield High School (mainstream secondary academy)",
                 "gp": "Moss Lane Surgery (family doctor). Key health professional: Dr Helen Okafor, Consultant Haematologist, Kirkholme Regional Haemoglobinopathy Centre",
                 "nhs": "Held on case record (removed from this copy)",
                 "known_sc": "No",
                 "others": "Haemoglobinopathy Clinical Nurse Specialist; Specialist Teacher (Specific Learning Difficulties), Kirkholme Learning Support Service; Careers Adviser",
                 "lac": "No", "was_lac": "No", "opp": "Yes – appended", "moving": "No"},
    "history": "Grace has sickle cell disease (type HbSS), diagnosed through newborn screening. She has had several hospital admissions for painful crises, most recently in March 2026, and one episode of acute chest syndrome in Year 8. She takes hydroxycarbamide daily, which has reduced her crises. // Grace was identified as dyslexic in Year 5 and has had an Education, Health and Care (EHC) plan since Year 7. She is now in Year 11, studying for her General Certificate of Secondary Education (GCSE) exams. // How Grace communicates: Grace communicates well in speech. She prefers information in writing to be short, with key points in bullet form, and uses text-to-speech for long texts.",
    "views": "Grace's views (in her own words, written with her form tutor, 15 September 2026): \"I'm proud that I've kept up with my GCSEs even though I've been in hospital. Reading is still slow for me and I hate reading out loud. The laptop and the reader in exams really help. When I'm in pain I don't like people making a fuss, I just want to go to the medical room and ring my mum. Next year I want to go to Kirkholme Sixth Form College and do health and social care and biology, because I want to be a nurse – the sickle cell nurses have been amazing to me.\" // Grace's mother's views (annual review, 22 September 2026): \"Grace is determined and hard-working and she doesn't let her sickle cell stop her. I want her to get the grades she needs for college and to learn to manage her own health – remembering her medicine, drinking enough and knowing when to slow down – because soon she will be an adult and will have to do it herself.\"",
    "interests": "Netball (she helps coach the Year 7 team), music, church youth choir, social media, spending time with her cousins.",
    "strengths": "Grace is articulate, determined and organised. She has excellent verbal reasoning and strong science knowledge. She is a caring friend and a good team player. She has learned to use assistive technology confidently. Her predicted grades are 5 in science, 4 in English Language and 4 in maths.",
    "aspirations": "Grace wants to study health and social care and biology at Kirkholme Sixth Form College and then train as a nurse. Her mother hopes she will achieve the grades she needs, manage her own health as an adult and keep her close friendships.",
    "areas": {
        "ci": {"strengths": NA_AREA, "rows": [("Grace has no special educational needs in communication and interaction (educational advice, 10 September 2026).", "Not applicable", "Not applicable")]},
        "cl": {"strengths": "Grace has strong spoken vocabulary and reasoning; she understands complex texts when they are read to her.",
               "rows": [
                   ("Grace has dyslexia. Her reading speed is well below average (standardised score 78, September 2026) and her spelling is weak (standardised score 81). Reading exam questions and long texts takes her much longer than her peers.",
                    "Exam access arrangements in all internal and external examinations, including GCSE (General Certificate of Secondary Education) exams: 25% extra time and a reader (or computer reader software). Applied for and arranged each year by the Special Educational Needs Co-ordinator (SENCo) with the school's exams officer; assessment for access arrangements carried out by the Specialist Teacher (Specific Learning Difficulties) by October 2026.",
                    "By August 2027, Grace will gain GCSE English Language at grade 4 or above, sitting the exam with her agreed access arrangements."),
                   ("Grace's written work is slow and her spelling errors make her answers hard to follow.",
                    "A school laptop with speech-to-text and text-to-speech software, for use in all lessons and exams. Set up and maintained by the school's information technology (IT) technician; checked with Grace each half term. // Touch-typing and software skills: 20 minutes, twice weekly, 1:1 with a teaching assistant (TA) trained in the software, for the autumn term 2026.",
                    "By March 2027, Grace will write a 600-word timed answer in English using speech-to-text software, in 60 minutes, with no more than 5 uncorrected spelling errors, in 3 mock or practice papers marked by her English teacher."),
                   ("Grace has gaps in maths caused by missed teaching during hospital stays.",
                    "Maths catch-up tuition focused on the gaps identified in her mock exams: 1 hour weekly, in a group of no more than 3, with a qualified maths teacher, from October 2026 to May 2027. // After any absence of 3 days or more, her form tutor will send work home and arrange a 30-minute 1:1 catch-up session with each subject teacher affected within 5 school days of her return.",
                    "By August 2027, Grace will gain GCSE maths at grade 4 or above."),
                   ("Grace needs to plan her move to college.",
                    "Careers guidance from the school's careers adviser (Level 6 qualified): three 45-minute 1:1 meetings between October 2026 and March 2027, including support with her college application and a visit to Kirkholme Sixth Form College with her mother.",
                    "By March 2027, Grace will receive an offer of a place on the health and social care and biology programme at Kirkholme Sixth Form College."),
               ]},
        "semh": {"strengths": "Grace is resilient and has good friendships.",
                 "rows": [("Grace becomes low in mood and worried about falling behind after hospital admissions.",
                           "A weekly 20-minute 1:1 check-in with her form tutor on Monday mornings to plan her week and catch-up work, for the whole school year.",
                           "By December 2026, Grace will keep her own written plan of catch-up work after any absence and complete all of it within 3 weeks of returning, as checked by her form tutor.")]},
        "sp": {"strengths": "Grace takes part in physical education (PE) and coaches netball.",
               "rows": [("Grace tires easily and her sickle cell disease affects her in cold weather and when she is dehydrated (see health section).",
                         "Reasonable adjustments in school: a water bottle in all lessons, permission to wear a coat in PE outdoors from October to March, a lift pass, and a 15-minute rest in the medical room whenever she asks for one, as set out in her Individual Healthcare Plan (IHCP). Arranged by the SENCo and shared with all staff each September.",
                         "By July 2027, Grace will take part in at least 3 out of 4 timetabled PE lessons each half term, using her agreed adjustments, as recorded by her PE teacher.")]},
    },
    "health": {"strengths": "Grace knows her condition well and can explain her IHCP to staff.",
               "rows": [
                   ("Sickle cell disease: risk of painful crises, infection and acute chest syndrome; triggered by cold, dehydration, tiredness and stress. Grace has no difficulties with her hearing or vision, but needs a plan for pain, fluids and warmth in school.",
                    "Individual Healthcare Plan written and reviewed each September, and training for school staff (90 minutes, once a year, each September) by Ruth Mensah, Haemoglobinopathy Clinical Nurse Specialist. // Haematology clinic review every 3 months, blood tests every 8 weeks and hydroxycarbamide prescribing by Dr Helen Okafor, Consultant Haematologist.",
                    "By July 2027, Grace will take her hydroxycarbamide every day without reminders, shown by her own medication app record and her blood test results reviewed at clinic each quarter, with no more than 2 missed doses a month."),
                   ("Preparing to move to adult haemoglobinopathy services at 18.",
                    "Transition programme ('Ready Steady Go'): three 1-hour sessions with the Haemoglobinopathy Clinical Nurse Specialist between November 2026 and June 2027, including Grace attending part of each clinic appointment on her own.",
                    "By July 2027, Grace will book one of her own clinic appointments and attend the first 15 minutes of each clinic appointment on her own, as recorded by the nurse specialist."),
               ],
               "agreement": "Health agreement: The health provision in Section G has been reviewed and agreed on behalf of West Pennine Integrated Care Board (ICB) by Dr Nasreen Akhtar, Designated Clinical Officer, 14/10/2026."},
    "social": {"strengths": "Grace has a close, supportive family and an active church community.",
               "rows": [("Grace has no social care needs related to her special educational needs or disability. This was confirmed by the Children with Disabilities Team after a screening conversation with Grace and her mother (Claire Holt, Social Worker, 16/09/2026).",
                         "None. Short breaks and youth activities on the Kirkholme SEND Local Offer were discussed; Grace and her mother do not wish to apply.",
                         "None. Early Help support was offered and declined.",
                         "Not applicable.")]},
    "placement": ("Northfield High School, Kirkholme", "Mainstream secondary academy (11–16), until the end of Year 11 (July 2027)"),
    "budget": ("No personal budget has been requested.", "Not applicable."),
    "k": {
        "top": [
            ("Parent and young person's views", "22/09/2026", "Grace (with her form tutor, 15/09/2026) and Grace's mother", "YES"),
            ("Educational advice", "10/09/2026", "Mrs Karen Oldham, SENCo, Northfield High School", "YES"),
            ("Specific learning difficulties assessment", "08/09/2026", "Ms Lucy Brooks, Specialist Teacher (Specific Learning Difficulties), Kirkholme Learning Support Service", "YES"),
        ],
        "fill": {
            "Medical advice": (None, "01/09/2026", "Dr Helen Okafor, Consultant Haematologist, Kirkholme Regional Haemoglobinopathy Centre; Ruth Mensah, Haemoglobinopathy Clinical Nurse Specialist", "YES"),
            "Educational psychologist": (None, "12/05/2026", "Dr Kate Williams, Educational Psychologist, Kirkholme Educational Psychology Service", "YES"),
            "Social care": (None, "16/09/2026", "Claire Holt, Social Worker, Children with Disabilities Team", "YES"),
            "Provision to assist": (None, "18/09/2026", "Ruth Adeyemi, Careers Adviser (preparing for adulthood advice)", "YES"),
        },
    },
    "signoff": ("Sabina Hussain, SEND Caseworker, Kirkholme Council", "Signed electronically", "20/10/2026"),
})

# ======================================================================= ae210
PLANS.append({
    "id": "ae210", "layout": "national-template",
    "front": [
        ("Date this plan was issued", "20 April 2026"),
        ("Last annual review", "Not applicable – first EHC plan"),
        ("School year", "Year 1"),
        ("Caseworker", "Rehana Begum, Special Educational Needs and Disabilities (SEND) Assessment and Review Service"),
    ],
    "personal": {"name": "Aisha", "preferred": "Aisha", "dob": "February 2020", "sex": "Female",
                 "ethnicity": "Asian British – Pakistani", "lang": "English and Punjabi", "parent_lang": "Punjabi and Urdu",
                 "p1": "Aisha's mother", "p1_rel": "Mother", "p2": "Aisha's father", "p2_rel": "Father"},
    "services": {"setting": "Holly Bank Primary School (mainstream), with outreach from Oakwood Special School",
                 "gp": "Dr Farid Chaudhry, Consultant Community Paediatrician",
                 "nhs": "Removed from this copy",
                 "known_sc": "Yes – Children with Disabilities Team (short breaks)",
                 "others": "Speech and Language Therapy; Occupational Therapy; Paediatric Dietitian; Educational Psychology",
                 "lac": "No", "was_lac": "No", "opp": "Yes", "moving": "No"},
    "history": "Aisha was diagnosed with autism and global developmental delay by the community paediatrician in January 2024, when she was nearly 4. She attended a private nursery and started Reception at Holly Bank Primary School in September 2024 with school support. The school requested an EHC needs assessment in November 2025. // How Aisha communicates: Aisha uses single words and some two-word phrases, mainly to ask for things she wants. She leads adults by the hand, uses some pictures and becomes upset when she is not understood.",
    "views": "Aisha's views were gathered by her teaching assistant, who works with her every day, through observation and a 'likes and dislikes' picture sort on 5 February 2026. Aisha chose pictures of the swing, bubbles, the iPad and her sister. She pushed away pictures of the hall, the toilet and the dinner tray. When shown her classroom she said \"Aisha's room\" and smiled. // Parents' views (meeting at school, 2 February 2026): Aisha's parents say she is affectionate, funny and loves music and the park. Her mum says mealtimes are very hard because Aisha eats only a few foods (plain crackers, chips and yoghurt), and Aisha is not yet toilet trained, which worries them as she gets older. They want her to talk more, make a friend and be happy at school.",
    "interests": "Swings, bubbles, songs with actions, the iPad, her big sister.",
    "strengths": "Aisha is affectionate with people she knows. She has a good visual memory: she can complete 12-piece jigsaws and remembers where things are kept. She copies actions to songs and enjoys music. She can follow her own visual timetable for the morning with a little help.",
    "aspirations": "Aisha's parents hope she will learn to talk in sentences, eat a wider range of foods and make a friend at school. In the future they hope she can stay in a mainstream school near home.",
    "areas": {
        "ci": {"strengths": "Aisha uses about 40 single words and copies new words she hears in songs.",
               "rows": [
                   ("Aisha has significant delay in her understanding and use of language. She understands simple instructions in familiar routines but not new instructions. She uses single words to request.",
                    "Speech and language therapy programme delivered by the teaching assistant (TA), 15 minutes daily, 1:1, set and reviewed by the speech and language therapist (SaLT), who visits school once each half term for 1 hour. // Aisha will have access to a communication book with symbols throughout the day.",
                    "Aisha will receive speech and language therapy."),
                   ("Aisha uses single words but does not yet join words together to ask for things or to comment.",
                    "Modelling of two-word phrases during snack and play, using symbols and Makaton signs: 10 minutes, twice daily, 1:1 with the TA, following targets set by the SaLT.",
                    "By July 2027, Aisha will use at least 10 different two-word phrases (for example 'more bubbles', 'want swing') to ask for things, each heard on at least 2 different days, as recorded by her TA."),
                   ("Aisha finds it hard to play and take turns with other children.",
                    "Attention Autism and turn-taking sessions in a small group, regular, led by a TA.",
                    "Aisha is supported by an adult to play with other children at playtime."),
               ]},
        "cl": {"strengths": "Aisha has a good visual memory and enjoys matching and sorting.",
               "rows": [
                   ("Aisha is working well below age-related expectations in all areas, at around the 22–36 month range of the Early Years Foundation Stage (EYFS). She finds it hard to stay at an adult-led task for more than a minute.",
                    "Individual work at a workstation using a TEACCH-style (structured teaching) approach: 3 tasks, 10 minutes, twice daily, 1:1 with TA. // Adult support in class where possible.",
                    "By July 2027, Aisha will complete 3 structured tasks at her workstation on her own, without adult prompts, on 4 out of 5 days, recorded by her TA."),
               ]},
        "semh": {"strengths": "Aisha is usually calm when she knows what is happening next.",
                 "rows": [("Aisha becomes distressed at changes of routine and in noisy places such as the hall. She may drop to the floor, scream or run away.",
                           "Aisha will have a visual timetable and now-and-next board in class. // Regular movement breaks and access to the sensory room when needed.",
                           "Aisha will have a visual timetable and now-and-next board in class.")]},
        "sp": {"strengths": "Aisha enjoys climbing and swinging.",
               "rows": [("Aisha is very sensitive to noise and avoids touching messy textures. She has difficulty with fine motor skills such as holding a pencil or spoon.",
                         "Occupational therapy (OT) assessment and a sensory and fine motor programme, with the occupational therapist visiting school once a term for 1 hour and the TA delivering the programme daily for 10 minutes 1:1. // Ear defenders provided by school.",
                         "By July 2027, Aisha will use a spoon to feed herself yoghurt at lunchtime with no more than one adult prompt, on 4 out of 5 days, as recorded by the lunchtime TA.")]},
    },
    "health": {"strengths": "Aisha is physically healthy and active.",
               "rows": [
                   ("Restricted eating: Aisha eats only a few foods and refuses new textures. Her weight is on the 9th centile.",
                    "Paediatric dietitian: assessment and a written feeding plan for home and school, with 3 follow-up appointments at 8-week intervals (30 minutes each) from May 2026, and review of her weight at each appointment. Kirkholme Children's Nutrition and Dietetics Service.",
                    "By April 2027, Aisha will eat at least 3 new foods from the feeding plan, each on at least 3 occasions at school lunch, as recorded on her food chart by the lunchtime TA."),
                   ("Continence: Aisha is not toilet trained. She wears pads during the day and has frequent constipation, which makes her uncomfortable and distressed.",
                    "",
                    ""),
                   ("Autism and global developmental delay: ongoing medical oversight.",
                    "Community paediatric review every 6 months, Dr Farid Chaudhry, Consultant Community Paediatrician.",
                    "Not applicable."),
               ],
               "agreement": "Health agreement: the health provision above was reviewed and agreed on behalf of West Pennine Integrated Care Board (ICB) by Dr Nasreen Akhtar, Designated Clinical Officer, on 14 April 2026."},
    "social": {"strengths": "Aisha's parents and older sister are very involved in her care.",
               "rows": [("Aisha needs constant supervision because she has no sense of danger and may run off. Her parents are finding it hard to take her out and to meet the needs of her older sister. The Children with Disabilities Team assessed the family (Gemma Rowe, Social Worker, 11 March 2026) and Aisha is eligible for short breaks.",
                         "After-school short break club at Oakwood Short Break Centre, every Wednesday 3.30pm–6.30pm during term time, with transport from school, arranged by the Children with Disabilities Team.",
                         "None. The family were given information about the Kirkholme SEND Local Offer and parent support groups.",
                         "By April 2027, Aisha will go to the short break club every week and join one group activity (music or the garden) for at least 10 minutes each visit, as recorded by club staff.")]},
    "placement": ("Holly Bank Primary School, Kirkholme", "Mainstream community primary school"),
    "budget": ("No personal budget has been requested.", "Not applicable."),
    "k": {
        "top": [
            ("Parents' views", "02/02/2026", "Aisha's mother and father", "YES"),
            ("Aisha's views", "05/02/2026", "Mrs Tahira Saleem, teaching assistant, Holly Bank Primary School", "YES"),
            ("Educational advice", "09/02/2026", "Mrs Sue Walker, Special Educational Needs Co-ordinator (SENCo), Holly Bank Primary School", "YES"),
            ("Speech and language therapy advice", "18/02/2026", "Amy Sharples, Speech and Language Therapist", "YES"),
            ("Occupational therapy advice", "03/03/2026", "Beth Kaur, Occupational Therapist", "YES"),
            ("Dietetic advice", "24/02/2026", "Hannah Lowe, Paediatric Dietitian, Kirkholme Children's Nutrition and Dietetics Service", "YES"),
        ],
        "fill": {
            "Medical advice": (None, "09/01/2024", "Dr Farid Chaudhry, Consultant Community Paediatrician (diagnostic report)", "YES"),
            "Educational psychologist": (None, "06/03/2026", "Dr Tom Ashworth, Educational Psychologist, Kirkholme Educational Psychology Service", "YES"),
            "Social care": (None, "11/03/2026", "Gemma Rowe, Social Worker, Children with Disabilities Team", "YES"),
        },
    },
    "signoff": ("Rehana Begum, SEND Caseworker, Kirkholme Council", "Signed electronically", "20/04/2026"),
})

# ======================================================================= ae211
PLANS.append({
    "id": "ae211", "layout": "national-template",
    "front": [
        ("Date this plan was issued", "21.10.2025 (amended following annual review)"),
        ("Last annual review", "30.09.2025"),
        ("School year", "Year 12 (post-16)"),
        ("Caseworker", "Mohammed Iqbal, Special Educational Needs and Disabilities (SEND) Assessment and Review Service (Post-16 Team)"),
    ],
    "personal": {"name": "Hamza", "preferred": "Hamza", "dob": "September 2008", "sex": "Male",
                 "ethnicity": "Asian British – Bangladeshi", "lang": "English", "parent_lang": "Bengali (Sylheti) and English",
                 "p1": "Hamza's mother", "p1_rel": "Mother"},
    "services": {"setting": "Kirkholme College (general further education college)",
                 "gp": "Hollins Road Medical Practice (family doctor)",
                 "nhs": "Removed from this copy",
                 "known_sc": "No",
                 "others": "Kirkholme Child and Adolescent Mental Health Services (CAMHS) – referral made; Careers Adviser",
                 "lac": "No", "was_lac": "No", "opp": "No", "moving": "No"},
    "history": "Hamza was diagnosed as autistic when he was 11. In Years 9 and 10 he found school increasingly difficult and his attendance fell to 38%; he completed Year 11 through a part-time timetable at Kirkholme Park Academy and online lessons. He gained five General Certificate of Secondary Education (GCSE) qualifications at grades 4 to 6 in summer 2025. Hamza have been attending Kirkholme College since September 2025 on a Level 3 information technology (IT) course. // How Hamza communicates: Hamza speaks fluently but is quiet with people he does not know. He prefers to communicate by email or message and finds phone calls and meetings very difficult.",
    "views": "Hamza's views (Hamza wrote these himself and emailed them to his college support tutor on 22 September 2025): \"College is better than school because people treat you like an adult and you only go in for your lessons. I like the IT course, especially programming. I don't like the canteen, it is too loud, and I don't like group presentations. I get really anxious before I have to go in on a Monday. I want to pass my course, go to university to do computer science and get a job in software. I want to learn to drive and eventually live on my own.\" // His mother's views (annual review, 30 September 2025): \"Hamza is very clever and is a kind son. He doesn't like to go out much and he spends most evenings in his room. I worry about his anxiety and that he has no friends at college. I want him to finish his course and be happy.\"",
    "interests": "Programming, building computers, online gaming with friends, cricket statistics.",
    "strengths": "Hamza is very able in computing and maths. He works independently and pays great attention to detail. He is honest and reliable, and his tutors say he produces some of the best coursework in the group.",
    "aspirations": "Hamza wants to go to university to study computer science and work as a software developer. He wants to learn to drive and, in the future, live on his own. His mother wants him to complete his course, make friends and be happy.",
    "areas": {
        "ci": {"strengths": "Hamza communicates clearly in writing.",
               "rows": [("Hamza is autistic. He finds group work, presentations and talking to unfamiliar people very difficult, and he rarely asks for help in class, which effects how well he does in group units.",
                         "Weekly 30-minute 1:1 meeting with his college support tutor (trained in autism through the college's specialist autism training) to plan his week, agree how he will ask for help and prepare for any group tasks. // Hamza will agree with each tutor an alternative to presenting in front of the class (recorded presentation or presenting to the tutor only); agreed by the college's Additional Learning Support Manager by the start of each unit.",
                         "By July 2026, Hamza will ask a tutor for help, by email or in person, at least once a week for 8 weeks in a row, as recorded by his support tutor.")]},
        "cl": {"strengths": "Hamza is on track for a distinction in his programming units.",
               "rows": [("Hamza's organisation of coursework deadlines are a weakness; he leaves work until the last moment when anxious.",
                         "Study skills support: an planner app set up on his phone by the support tutor in September 2025, and a 30-minute 1:1 session every other Tuesday with the study skills tutor to plan coursework deadlines, for the whole academic year.",
                         "By July 2026, Hamza will hand in at least 9 out of 10 coursework assignments by the deadline, as recorded on the college's tracking system."),
                        ("Hamza needs information and guidance to plan his route to university.",
                         "Careers guidance: two 45-minute 1:1 meetings with the college careers adviser (Level 6 qualified) in the spring term 2026, and a place on the college's university taster day in June 2026.",
                         "By July 2026, Hamza will attend a university computer science open day or taster day and write a shortlist of 3 courses he plans to apply for, checked by the careers adviser.")]},
        "semh": {"strengths": "Hamza is self-aware and can explain what makes him anxious.",
                 "rows": [("Hamza has high anxiety, especially on Monday mornings, in crowded places and in new situations. He has few friends at college and spends most of of his free time alone.",
                           "A quiet study room to use at break and lunch, booked for him by the Additional Learning Support team every day. // A weekly computing and gaming club (1 hour, Thursday lunchtime, group of 8 to 10 students), with the club leader, a learning support assistant, introducing him to the group.",
                           "By July 2026, Hamza will attend the Thursday computing club on at least 8 out of 10 weeks each term and name at least one student he talks to there, as recorded by the club leader.")]},
        "sp": {"strengths": NA_AREA, "rows": [("No sensory or physical needs have been identified (college advice, September 2025).", "Not applicable", "Not applicable")]},
    },
    "health": {"strengths": "Hamza is physically well.",
               "rows": [("Hamza's health needs are not known at this time. A referral has been made to CAMHS and their advice is awaited.",
                         "To be confirmed when CAMHS advice is received.",
                         "To be confirmed.")],
               "agreement": ""},
    "social": {"strengths": "Hamza has a supportive mother and two older sisters.",
               "rows": [("Hamza has no social care needs relating to his special educational needs. This was the outcome of a screening by the Children with Disabilities Team (Gemma Rowe, Social Worker, 20.08.2025), which also discussed the move to adult services at 18.",
                         "None required (screening 20.08.2025). The family have information on the Local Offer.",
                         "None required. Hamza was told about the Kirkholme young people's autism social group; he does not want to go at the moment.",
                         "Not applicable.")]},
    "placement": ("Kirkholme College", "General further education college"),
    "budget": ("No personal budget has been requested.", "Not applicable."),
    "k": {
        "top": [
            ("Young person's views", "22.09.2025", "Hamza (written by Hamza himself)", "YES"),
            ("Parent's views", "30.09.2025", "Hamza's mother", "YES"),
            ("Educational advice", "", "Kirkholme College", "YES"),
            ("School report from Year 11", "", "", "YES"),
        ],
        "fill": {
            "Medical advice": (None, "15.07.2025", "Dr Farid Chaudhry, Consultant Community Paediatrician", "YES"),
            "Educational psychologist": (None, "02.06.2025", "Dr Kate Williams, Educational Psychologist", "YES"),
            "Social care": (None, "20.08.2025", "Gemma Rowe, Social Worker, Children with Disabilities Team", "YES"),
            "Advice and information from any other": ("CAMHS", "Requested 03.09.2025 – not received", "Kirkholme CAMHS", "NO"),
            "Provision to assist": (None, "", "Careers adviser, Kirkholme College", "YES"),
        },
    },
    "signoff": ("Mohammed Iqbal, SEND Caseworker, Kirkholme Council", "Signed electronically", "21.10.2025"),
})

# ======================================================================= ae212
PLANS.append({
    "id": "ae212", "layout": "national-template",
    "front": [
        ("Date this plan was issued", "4 November 2026"),
        ("Last annual review", "Not applicable – first EHC plan"),
        ("School year", "Year 8"),
        ("Caseworker", "Sabina Hussain, Special Educational Needs and Disabilities (SEND) Assessment and Review Service"),
    ],
    "personal": {"name": "Adil", "preferred": "Adil", "dob": "September 2013", "sex": "Male",
                 "ethnicity": "Asian British – Pakistani", "lang": "English and Urdu", "parent_lang": "Urdu",
                 "p1": "Adil's mother", "p1_rel": "Mother"},
    "services": {"setting": "Moorside High School (mainstream secondary academy)",
                 "gp": "Dr Helen Okafor, Consultant Haematologist, Kirkholme Regional Haemoglobinopathy Centre",
                 "nhs": "Removed from this copy",
                 "known_sc": "Yes – Child in Need plan since March 2026 (Children's Social Care, North Locality Team)",
                 "others": "Allocated social worker (North Locality Team); Kirkholme Young Carers; Haemoglobinopathy Clinical Nurse Specialist; school counsellor",
                 "lac": "No", "was_lac": "No", "opp": "Yes", "moving": "No"},
    "history": "Adil has beta thalassaemia major, an inherited blood condition, diagnosed when he was a baby. He needs a blood transfusion every 3 weeks at the Kirkholme Regional Haemoglobinopathy Centre, which means he misses a full day of school each time, and he is often tired in the days before a transfusion. He takes medicine every day to remove extra iron from his body (iron chelation). // Adil lives with his mother and his younger sister, who is 8. His mother has multiple sclerosis and Adil helps to care for her. // How Adil communicates: Adil speaks English and Urdu fluently. He is quiet in class and does not always say when he has not understood.",
    "views": "Adil's views (talking with the school's learning mentor, Mr Khan, on 29 September 2026, who wrote down what he said): \"I'm good at science and I like football, but I get tired and then I can't concentrate. When I miss a day for my transfusion I come back and everyone's moved on and I don't know what's going on. I don't really tell teachers because I don't want to make a fuss. I worry about my mum. I want to be a pharmacist because I know a lot about medicines already.\" // Adil's mother's views (home visit, 22 September 2026, with an Urdu interpreter): \"Adil is a good boy, he helps me so much, maybe too much. I worry he is tired and sad and that his schoolwork is suffering. I want him to do well and go to university like his cousin.\"",
    "interests": "Football, science documentaries, playing chess with his uncle.",
    "strengths": "Adil is polite, caring and responsible. He is strong in science and maths and has a good memory for facts. He is a confident speaker in Urdu and English and is a loyal friend.",
    "aspirations": "Adil wants to become a pharmacist. His mother hopes he will do well at school and go to university.",
    "areas": {
        "ci": {"strengths": NA_AREA, "rows": [("No special educational needs in communication and interaction (educational advice, 25 September 2026).", "Not applicable", "Not applicable")]},
        "cl": {"strengths": "Adil is working at the expected level in science and maths.",
               "rows": [
                   ("Adil's reading age is 10 years 4 months (September 2026), about 2 years below his age. Gaps in his reading and spelling mean he struggles with extended writing and reading in humanities and English.",
                    "Adil will attend a literacy catch-up group led by a teaching assistant.",
                    "By July 2027, Adil will have a reading age of at least 12 years 0 months on the school's standardised reading test, carried out by the Special Educational Needs Co-ordinator (SENCo) each term."),
                   ("Adil misses about one day in fifteen because of his transfusions, and loses track of work he has missed.",
                    "A named catch-up mentor: the learning mentor meets Adil for 20 minutes 1:1 on the day after each transfusion to go through the work he missed and give him a printed copy of each lesson's resources.",
                    "By July 2027, Adil will complete the catch-up work for at least 9 out of 10 missed days within one week of returning, as recorded by the learning mentor."),
                   ("Adil finds it hard to organise himself and to remember homework deadlines, particularly when he is tired.",
                    "",
                    "By July 2027, Adil will hand in at least 9 out of 10 homework tasks on time each half term, as shown on the school's online homework record and checked by his form tutor."),
               ]},
        "semh": {"strengths": "Adil is caring and thoughtful and has two close friends.",
                 "rows": [("Adil is often low in mood and worries a great deal about his mother's health and his own condition. He rarely tells adults how he is feeling.",
                           "Counselling sessions with the school counsellor for a term.",
                           "By July 2027, Adil will rate his mood at 6 or more out of 10 on at least 3 out of 4 weekly check-ins with his learning mentor each half term, and will name one adult in school he goes to when worried.")]},
        "sp": {"strengths": "Adil is active and enjoys football when he has the energy.",
               "rows": [("Adil tires easily, especially in the week before a transfusion, and needs adjustments in physical education (PE) and at the end of the day.",
                         "Adjustments as set out in his Individual Healthcare Plan (IHCP): a lift pass, permission to sit out or take a rest in PE when his energy is low, and a 10-minute rest in the learning support base during afternoon break on the two days before each transfusion. Arranged by the SENCo and shared with all staff each September.",
                         "By July 2027, Adil will take part in at least 3 out of 4 PE lessons each half term, using his adjustments, as recorded by his PE teacher.")]},
    },
    "health": {"strengths": "Adil knows a lot about his condition and his medicines.",
               "rows": [
                   ("Beta thalassaemia major: Adil needs blood transfusions every 3 weeks and daily iron chelation. Too much iron can damage his heart and liver, so it is checked with blood tests and a yearly MRI (magnetic resonance imaging) scan.",
                    "Blood transfusion as a day case every 3 weeks; monthly blood tests; iron chelation (deferasirox) prescribed and reviewed every 3 months; cardiac and liver MRI once a year. Dr Helen Okafor, Consultant Haematologist, Kirkholme Regional Haemoglobinopathy Centre. // IHCP written and reviewed every September, and a 1-hour training session for school staff each September, by Ruth Mensah, Haemoglobinopathy Clinical Nurse Specialist.",
                    "By July 2027, Adil will take his chelation medicine every day, recording each dose in his medicine app, with no more than 2 missed doses a month as checked at each 3-monthly clinic review."),
                   ("Emotional impact of a lifelong condition: Adil worries about his health and his future.",
                    "Clinical psychology: 6 fortnightly 50-minute sessions at the Haemoglobinopathy Centre from November 2026, timed to fit with his transfusion days, then a review. Dr Sana Mirza, Clinical Psychologist, Haemoglobinopathy Psychology Service.",
                    "By April 2027, Adil will describe two ways of managing worry about his condition and use one of them before each transfusion, as recorded by the psychologist and Adil's own diary."),
               ],
               "agreement": "Health agreement: the health provision in this section was reviewed and agreed on behalf of West Pennine Integrated Care Board (ICB) by Dr Nasreen Akhtar, Designated Clinical Officer, on 28 October 2026."},
    "social": {"strengths": "Adil is a caring young person with a close relationship with his mother and sister.",
               "rows": [("Adil is a young carer. He helps his mother with shopping, cooking and getting his sister ready for school, and he looks after his sister after school on most days. This leaves him tired and with little time for homework, friends or football.",
                         "None.",
                         "Kirkholme Young Carers group: fortnightly on Wednesdays, 5pm–7pm, at the Kirkholme Youth and Community Centre, with transport home provided by Kirkholme Young Carers. // Home tuition: a qualified teacher from the Kirkholme Medical Needs Teaching Service will teach Adil English and maths at home for 2 hours after each transfusion day, during the autumn and spring terms.",
                         "By July 2027, Adil will go to the young carers group on at least 8 out of 10 sessions each term and take part in one activity of his choice (for example the football session), as recorded by the group leader.")]},
    "placement": ("Moorside High School, Kirkholme", "Mainstream secondary school (academy)"),
    "budget": ("No personal budget has been requested.", "Not applicable."),
    "k": {
        "top": [
            ("Adil's views", "29/09/2026", "Mr Imran Khan, Learning Mentor, Moorside High School", "YES"),
            ("Parent's views", "22/09/2026", "Adil's mother (Urdu interpreter)", "YES"),
            ("Educational advice", "25/09/2026", "Mrs Angela Firth, SENCo, Moorside High School", "YES"),
        ],
        "fill": {
            "Medical advice": (None, "15/09/2026", "Dr Helen Okafor, Consultant Haematologist, and Ruth Mensah, Haemoglobinopathy Clinical Nurse Specialist, Kirkholme Regional Haemoglobinopathy Centre", "YES"),
            "Educational psychologist": (None, "01/10/2026", "Dr Tom Ashworth, Educational Psychologist, Kirkholme Educational Psychology Service", "YES"),
            "Social care": (None, "Requested 02/09/2026 – not received", "Children's Social Care", "NO"),
            "Advice and information from any other": ("Clinical psychology advice", "05/10/2026", "Dr Sana Mirza, Clinical Psychologist, Haemoglobinopathy Psychology Service", "YES"),
        },
    },
    "signoff": ("Sabina Hussain, SEND Caseworker, Kirkholme Council", "Signed electronically", "04/11/2026"),
})


# ---------------------------------------------------------------- main
def main():
    os.makedirs(OUT, exist_ok=True)
    only = set(sys.argv[1:])
    for plan in PLANS:
        if only and plan["id"] not in only:
            continue
        path = os.path.join(OUT, plan["id"] + ".docx")
        RENDER[plan["layout"]](plan, path)
        print("wrote", path)


if __name__ == "__main__":
    main()
