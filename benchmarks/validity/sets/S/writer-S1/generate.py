#!/usr/bin/env python3
"""Generator for blind test set S1 (writer S1).

Fictional Thames estuary unitary authority ("Estuary Borough Council").
Builds 12 EHC plans as .docx in three layouts (bold-statutory, ef-table,
national-template) and writes labels.yaml (the answer key).

Run:  /work/blind/.venv-S1/bin/python generate.py
"""
import copy
import datetime
import os

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor
from docx.table import Table
from docx.text.paragraph import Paragraph

HERE = os.path.dirname(os.path.abspath(__file__))
PLANS = os.path.join(HERE, "plans")
TEMPLATE = "/work/shared/reference/national-ehcp-template.docx"
COUNCIL = "Estuary Borough Council"

# ---------------------------------------------------------------- helpers


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def cell_write(cell, text, bold=False, size=None):
    """Replace a cell's content. Lines become separate paragraphs."""
    lines = text.split("\n") if isinstance(text, str) else list(text)
    # remove all but the first paragraph
    for p in cell.paragraphs[1:]:
        p._element.getparent().remove(p._element)
    first = cell.paragraphs[0]
    for r in list(first.runs):
        r._element.getparent().remove(r._element)
    for i, line in enumerate(lines):
        p = first if i == 0 else cell.add_paragraph()
        if line.startswith("**") and line.endswith("**") and len(line) > 4:
            run = p.add_run(line[2:-2])
            run.bold = True
        else:
            run = p.add_run(line)
            run.bold = bold
        if size:
            run.font.size = Pt(size)


def add_table(doc, header, rows, style="Table Grid", widths=None, head_fill="D9D9D9"):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = doc.styles[style]
    for i, h in enumerate(header):
        c = t.rows[0].cells[i]
        cell_write(c, h, bold=True)
        if head_fill:
            shade(c, head_fill)
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cell_write(cells[i], v)
    if widths:
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = Cm(w)
    return t


def bold_para(doc, text, size=None, underline=False):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    r.underline = underline
    if size:
        r.font.size = Pt(size)
    return p


def move_after(anchor_el, new_el):
    anchor_el.addnext(new_el)


# ------------------------------------------------- layout 4: bold-statutory

STAT_TITLES = {
    "A": "Section A: The views, interests and aspirations of the child and his or her parents or the young person",
    "B": "Section B: The child or young person's special educational needs",
    "C": "Section C: The child or young person's health care needs which relate to their special educational needs",
    "D": "Section D: The child or young person's social care needs which relate to their special educational needs or to a disability",
    "E": "Section E: The outcomes sought for the child or the young person",
    "F": "Section F: The special educational provision required by the child or the young person",
    "G": "Section G: Any health care provision reasonably required by the learning difficulties or disabilities which result in the child or young person having special educational needs",
    "H1": "Section H1: Social care provision which must be made for the child or young person under section 2 of the Chronically Sick and Disabled Persons Act 1970",
    "H2": "Section H2: Any other social care provision reasonably required by the learning difficulties or disabilities which result in the child or young person having special educational needs",
    "I": "Section I: The name and type of the school, maintained nursery school, post-16 institution or other institution to be attended by the child or young person",
    "J": "Section J: Where any special educational provision is to be secured by a direct payment, the special educational needs and outcomes to be met by the direct payment",
    "K": "Section K: The advice and information gathered during the EHC needs assessment",
}
ORDER = ["A", "B", "C", "D", "E", "F", "G", "H1", "H2", "I", "J", "K"]


def render_blocks(doc, blocks, bullet="•", sub_style=None, list_style=None):
    """Blocks: ('p', text) ('sub', text) ('b', text) ('q', text) ('table', header, rows)."""
    for blk in blocks:
        kind = blk[0]
        if kind == "p":
            doc.add_paragraph(blk[1])
        elif kind == "sub":
            if sub_style:
                doc.add_paragraph(blk[1], style=sub_style)
            else:
                bold_para(doc, blk[1])
        elif kind == "b":
            if list_style:
                doc.add_paragraph(blk[1], style=list_style)
            else:
                p = doc.add_paragraph(f"{bullet}  {blk[1]}")
                p.paragraph_format.left_indent = Cm(0.6)
                p.paragraph_format.first_line_indent = Cm(-0.4)
        elif kind == "n":  # numbered item
            if list_style:
                doc.add_paragraph(blk[1], style="List Number")
            else:
                doc.add_paragraph(blk[1])
        elif kind == "q":
            p = doc.add_paragraph()
            r = p.add_run(blk[1])
            r.italic = True
            p.paragraph_format.left_indent = Cm(0.8)
        elif kind == "table":
            add_table(doc, blk[1], blk[2], widths=blk[3] if len(blk) > 3 else None)
            doc.add_paragraph()
        elif kind == "outcome":
            # ('outcome', text, measured)
            if list_style:
                doc.add_paragraph(blk[1], style="List Number")
            else:
                p = doc.add_paragraph(f"{bullet}  {blk[1]}")
                p.paragraph_format.left_indent = Cm(0.6)
                p.paragraph_format.first_line_indent = Cm(-0.4)
            p2 = doc.add_paragraph()
            r = p2.add_run("Measured by: ")
            r.bold = True
            p2.add_run(blk[2])
            p2.paragraph_format.left_indent = Cm(0.6)
        else:
            raise ValueError(kind)


def render_bold_statutory(plan):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = plan.get("font", "Arial")
    st.font.size = Pt(11)
    bullet = plan.get("bullet", "•")
    p = bold_para(doc, plan["title"], size=14)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if plan.get("front_table"):
        t = doc.add_table(rows=0, cols=2)
        t.style = doc.styles["Table Grid"]
        for k, v in plan["front"]:
            cells = t.add_row().cells
            cell_write(cells[0], k, bold=True)
            cell_write(cells[1], v)
        doc.add_paragraph()
    else:
        for k, v in plan["front"]:
            p = doc.add_paragraph()
            r = p.add_run(k + ": ")
            r.bold = True
            p.add_run(v)
        doc.add_paragraph()
    titles = plan.get("titles", STAT_TITLES)
    for key in ORDER:
        title = titles[key]
        if plan.get("caps"):
            title = title.upper()
        bold_para(doc, title)
        render_blocks(doc, plan["sections"][key], bullet=bullet)
        doc.add_paragraph()
    for line in plan.get("footer_lines", []):
        doc.add_paragraph(line)
    return doc


# ---------------------------------------------------- layout 2: ef-table

EF_TITLES = {
    "A": "Section A – Views, interests and aspirations",
    "B": "Section B – Special educational needs",
    "C": "Section C – Health care needs",
    "D": "Section D – Social care needs",
    "EF": "Sections E and F – Outcomes and special educational provision",
    "G": "Section G – Health care provision",
    "H1": "Section H1 – Social care provision (Chronically Sick and Disabled Persons Act 1970, section 2)",
    "H2": "Section H2 – Other social care provision",
    "I": "Section I – Placement",
    "J": "Section J – Personal budget and direct payments",
    "K": "Section K – Advice and information",
}


def render_ef_table(plan):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = plan.get("font", "Calibri")
    st.font.size = Pt(11)
    doc.add_heading(plan["title"], level=1)
    t = doc.add_table(rows=0, cols=2)
    t.style = doc.styles["Table Grid"]
    for k, v in plan["front"]:
        cells = t.add_row().cells
        cell_write(cells[0], k, bold=True)
        shade(cells[0], "EDEDED")
        cell_write(cells[1], v)
    doc.add_paragraph()
    titles = dict(EF_TITLES)
    titles.update(plan.get("titles", {}))
    for key in ["A", "B", "C", "D", "EF", "G", "H1", "H2", "I", "J", "K"]:
        doc.add_heading(titles[key], level=2)
        if key == "EF":
            for blk in plan.get("ef_intro", []):
                doc.add_paragraph(blk)
            header = plan.get("ef_header", ["Outcome", "Provision", "Frequency", "Who"])
            tbl = doc.add_table(rows=1, cols=4)
            tbl.style = doc.styles["Table Grid"]
            for i, h in enumerate(header):
                cell_write(tbl.rows[0].cells[i], h, bold=True)
                shade(tbl.rows[0].cells[i], plan.get("ef_fill", "BDD7EE"))
            for outcome, provs in plan["EF"]:
                start = len(tbl.rows)
                for prov in provs:
                    cells = tbl.add_row().cells
                    for i, v in enumerate(prov):
                        cell_write(cells[i + 1], v)
                first = tbl.rows[start].cells[0]
                if len(provs) > 1:
                    first = first.merge(tbl.rows[start + len(provs) - 1].cells[0])
                cell_write(first, outcome)
            for row in tbl.rows:
                for i, w in enumerate([6.0, 5.5, 3.2, 3.3]):
                    row.cells[i].width = Cm(w)
            doc.add_paragraph()
            for blk in plan.get("ef_after", []):
                doc.add_paragraph(blk)
        else:
            render_blocks(doc, plan["sections"][key], sub_style="Heading 3", list_style="List Bullet")
    return doc


# ----------------------------------------------- layout 6: national-template


def _delete_row(table, idx):
    tr = table.rows[idx]._tr
    tr.getparent().remove(tr)


def _fill_rows(table, first_row, rows, ncols):
    """Fill rows starting at first_row; delete unused template rows."""
    total = len(table.rows)
    avail = total - first_row
    # add rows if needed by copying the last template row
    while avail < len(rows):
        new_tr = copy.deepcopy(table.rows[-1]._tr)
        table.rows[-1]._tr.addnext(new_tr)
        avail += 1
    for i, row in enumerate(rows):
        cells = table.rows[first_row + i].cells
        seen = []
        uniq = []
        for c in cells:
            if c._tc not in seen:
                seen.append(c._tc)
                uniq.append(c)
        for j in range(ncols):
            cell_write(uniq[j], row[j] if j < len(row) else "")
    # delete the rest (from the end)
    for idx in range(len(table.rows) - 1, first_row + len(rows) - 1, -1):
        _delete_row(table, idx)


def _para_after(el, text, bold_prefix=None, doc=None):
    p = OxmlElement("w:p")
    el.addnext(p)
    para = Paragraph(p, None)
    if bold_prefix:
        r = para.add_run(bold_prefix)
        r.bold = True
    para.add_run(text)
    return para


def render_national(plan):
    doc = Document(TEMPLATE)
    T = doc.tables
    # Title
    for p in doc.paragraphs:
        if p.text.startswith("EHCP template for testing"):
            for r in p.runs[1:]:
                r._element.getparent().remove(r._element)
            p.runs[0].text = plan["title"]
            title_p = p
            break
    # front-matter table inserted after the title
    ft = doc.add_table(rows=0, cols=2)
    ft.style = doc.styles["Table Grid"]
    for k, v in plan["front"]:
        cells = ft.add_row().cells
        cell_write(cells[0], k, bold=True)
        shade(cells[0], "DEEAF6")
        cell_write(cells[1], v)
    move_after(title_p._element, ft._tbl)
    spacer = OxmlElement("w:p")
    ft._tbl.addnext(spacer)

    pd = plan["personal"]
    t0 = T[0]
    cell_write(t0.cell(1, 1), pd["name"])
    cell_write(t0.cell(1, 3), pd["preferred"])
    cell_write(t0.cell(2, 1), pd["dob"])
    cell_write(t0.cell(3, 1), pd["sex"])
    cell_write(t0.cell(3, 3), pd["ethnicity"])
    cell_write(t0.cell(4, 1), pd["lang"])
    cell_write(t0.cell(4, 3), pd["parent_lang"])
    cell_write(t0.cell(6, 1), pd["p1"])
    cell_write(t0.cell(6, 3), pd["p1_rel"])
    cell_write(t0.cell(7, 1), pd.get("p1_email", "Withheld (anonymised copy)"))
    cell_write(t0.cell(7, 3), pd.get("p1_tel", "Withheld (anonymised copy)"))
    cell_write(t0.cell(8, 1), pd.get("p1_addr", "Withheld (anonymised copy)"))
    if pd.get("p2"):
        cell_write(t0.cell(9, 1), pd["p2"])
        cell_write(t0.cell(9, 3), pd["p2_rel"])
        cell_write(t0.cell(10, 1), pd.get("p2_email", "Withheld (anonymised copy)"))
        cell_write(t0.cell(10, 3), pd.get("p2_tel", "Withheld (anonymised copy)"))
        cell_write(t0.cell(11, 1), pd.get("p2_addr", "Same as parent or carer 1"))
    else:
        for idx in (11, 10, 9):
            _delete_row(t0, idx)

    sv = plan["services"]
    t1 = T[1]
    for i, v in enumerate(sv, start=1):
        cell_write(t1.cell(i, 1), v)

    cell_write(T[2].cell(1, 1), plan["A1"])
    cell_write(T[3].cell(3, 0), plan["views"])
    cell_write(T[3].cell(5, 0), plan["interests"])
    cell_write(T[3].cell(7, 0), plan["strengths"])
    cell_write(T[3].cell(9, 0), plan["aspirations"])

    for ti, key in zip((4, 5, 6, 7), ("ci", "cl", "semh", "sp")):
        area = plan["bfe"][key]
        cell_write(T[ti].cell(2, 0), area["strengths"])
        _fill_rows(T[ti], 4, area["rows"], 3)

    cge = plan["cge"]
    cell_write(T[8].cell(1, 0), cge["strengths"])
    _fill_rows(T[8], 3, cge["rows"], 3)
    if plan.get("dco_line"):
        _para_after(T[8]._tbl, plan["dco_line"][1], bold_prefix=plan["dco_line"][0])

    dh = plan["dh"]
    cell_write(T[9].cell(1, 0), dh["strengths"])
    _fill_rows(T[9], 3, dh["rows"], 4)

    ti = T[10]
    cell_write(ti.cell(0, 1), plan["I"][0])
    cell_write(ti.cell(1, 1), plan["I"][1])
    extra = plan["I"][2:]
    for i in range(2):
        if i < len(extra):
            cell_write(ti.cell(2 + i, 0), extra[i][0], bold=True)
            cell_write(ti.cell(2 + i, 1), extra[i][1])
    for i in range(len(T[10].rows) - 1, 1 + len(extra), -1):
        _delete_row(ti, i)

    cell_write(T[11].cell(0, 1), plan["J"][0])
    cell_write(T[11].cell(1, 1), plan["J"][1])

    tk = T[12]
    # plan["K"]: dict row_index -> (label or None to keep, date, who, appended)
    # plus "extra": list of rows inserted after given row
    for idx, vals in plan["K"]["rows"].items():
        label, date, who, app = vals
        if label is not None:
            cell_write(tk.cell(idx, 0), label)
        cell_write(tk.cell(idx, 1), date)
        cell_write(tk.cell(idx, 2), who)
        cell_write(tk.cell(idx, 3), app)
    # insert extras (after row index), processed from the bottom up
    for after_idx, rows in sorted(plan["K"].get("extra", {}).items(), reverse=True):
        anchor = tk.rows[after_idx]._tr
        for vals in reversed(rows):
            new_tr = copy.deepcopy(anchor)
            anchor.addnext(new_tr)
        for j, vals in enumerate(rows):
            r = tk.rows[after_idx + 1 + j]
            for c, v in zip(r.cells, vals):
                cell_write(c, v)
    so = plan["signoff"]
    cell_write(T[13].cell(1, 0), so[0])
    cell_write(T[13].cell(1, 1), so[1])
    cell_write(T[13].cell(1, 2), so[2])
    return doc


RENDER = {
    "bold-statutory": render_bold_statutory,
    "ef-table": render_ef_table,
    "national-template": render_national,
}


# =====================================================================
# PLAN DATA
# =====================================================================

PLANS_DATA = []

# ----------------------------------------------------------------- s101
PLANS_DATA.append({
    "file": "s101.docx",
    "layout": "bold-statutory",
    "bullet": "•",
    "title": "ESTUARY BOROUGH COUNCIL\nEducation, Health and Care Plan",
    "front_table": True,
    "front": [
        ("Name", "Maya"),
        ("Year", "Year 10"),
        ("Education setting", "Saltings Academy, dual registered with The Beacon Tuition Centre (Pupil Referral Unit, PRU)"),
        ("Review meeting held", "16 September 2026 (annual review)"),
        ("Finalised on", "7 October 2026"),
        ("EHC Co-ordinator", "Gemma Hollis, Special Educational Needs Assessment and Review Team"),
    ],
    "sections": {
        "A": [
            ("p", "Maya wrote this section with Ms Osei, her key worker at the Beacon, over two sessions in September 2026. Her mum added her views at the review meeting."),
            ("sub", "Who I am"),
            ("p", "I'm Maya and I'm 15. I live with my mum, my little brother Reece, who is 7, and our dog Biscuit. I'm good at drawing, especially manga characters, and people at the Beacon say I'm funny once I get to know them. I'm good at looking after people."),
            ("sub", "What matters to me"),
            ("b", "My mum. She has MS (multiple sclerosis) and on bad days I do the shopping and the cooking and take Reece to school."),
            ("b", "Biscuit. Taking him for a walk calms me down."),
            ("b", "Having one adult in school I can talk to without having to explain everything again."),
            ("b", "Not being shouted at or made to stand out in front of the class."),
            ("sub", "What I find hard"),
            ("b", "Walking into a classroom when everyone is already sitting down."),
            ("b", "Busy corridors and the canteen at lunchtime."),
            ("b", "When I'm anxious my chest goes tight and I can't think straight. Sometimes when it all gets too much I hurt myself. I don't want everyone knowing about that."),
            ("b", "Maths, because I missed a lot of Year 9."),
            ("sub", "What my mum says"),
            ("p", "\"Maya is kind and sensible and she has had to grow up fast. Some mornings she physically can't get out of the door, and I don't always have the energy to push her. I worry when she is in her room for hours. I need school to understand that she isn't lazy and that home is hard for her too. The Beacon has been good for her because it is small and the staff listen.\""),
        ],
        "B": [
            ("p", "Maya is articulate and thoughtful when talking with one adult, and she is reliable and caring in a way that is unusual for her age. She has a real talent for art: her art teacher predicts a grade 6 at GCSE. She works best in a calm, predictable enviroment with adults she knows."),
            ("table", ["Need", "What this looks like for me", "Evidence"], [
                ["Social, emotional and mental health: anxiety and emotionally based school avoidance",
                 "I get panic attacks on school mornings. My attendance at Saltings was 38% in the Summer term 2026; at the Beacon it was 81%. I avoid rooms where I don't know people.",
                 "Educational Psychologist report, July 2026; attendance data from both settings"],
                ["Social, emotional and mental health: managing overwhelming feelings",
                 "When I'm overwhelmed I shut down or walk out. I find it hard to ask for help when a room is busy.",
                 "Key worker records, the Beacon, September 2026; advice from EWMHS (Emotional Wellbeing and Mental Health Service)"],
                ["Cognition and learning: gaps in learning",
                 "I've missed a lot of maths. I'm working at about GCSE grade 2 in maths and grade 4 in English. My reading is fine but I lose track in long written answers.",
                 "Saltings teacher assessments, July 2026"],
                ["Communication and interaction: speaking in groups",
                 "I talk well with one person but I freeze if I'm asked to answer in front of the class.",
                 "Observations by staff at both settings, September 2026"],
            ], [4.5, 7.5, 4.5]),
        ],
        "C": [
            ("p", "Maya has been open to EWMHS since February 2026 for anxiety and low mood, and has a diagnosis of generalised anxiety disorder. Her anxiety also affects her sleep: she often cannot get to sleep until the early hours, which makes school mornings harder."),
            ("p", "In April 2026 Maya was seen by the Crisis team after self-harming. She now has a safety plan, which is held by EWMHS and shared with the Designated Safeguarding Lead at each setting."),
        ],
        "D": [
            ("p", "Maya is a young carer. She helps her mum, who has multiple sclerosis, with shopping, cooking and taking her brother to school, and this occassionally means she is late or absent. The family has been supported through a Child in Need plan since March 2026."),
        ],
        "E": [
            ("p", "These outcomes run to the end of Year 11 (July 2028). Progress towards them will be checked at each review."),
            ("outcome", "I will attend my timetabled sessions, at Saltings and the Beacon together, on at least 80% of days by the end of the Spring term 2027.",
             "weekly attendance figures from both settings, checked by my key worker."),
            ("outcome", "By July 2027 I will walk into three Saltings lessons a week on my own, without an adult taking me to the door.",
             "key worker's log, reviewed every two weeks."),
            ("outcome", "Within 6 months I will follow the steps in my safety plan and tell my key adult when I feel unsafe, instead of hurting myself.",
             "EWMHS review of my safety plan and my weekly mood scale (1 to 10) with my key worker."),
            ("outcome", "By the end of Year 11 I will sit GCSE English and maths and apply for a post-16 course.",
             "exam entries confirmed by the Exams Officer; a college application sent by 31 January 2028."),
            ("outcome", "By the next annual review I will speak in a group of four or five students at least once in every English lesson at the Beacon.",
             "English teacher's record, checked each half-term."),
            ("outcome", "By the next annual review I will meet a friend or go to a youth group outside home at least once a week.",
             "my own diary, shared with my key worker each half-term."),
        ],
        "F": [
            ("p", "Maya is dual registered. Provision is delivered at the Beacon on Mondays, Tuesdays and Wednesdays and at Saltings on Thursdays and Fridays, unless stated otherwise."),
            ("table", ["Support", "Amount", "Provider", "Funding"], [
                ["Key worker check-in: Ms Osei, Higher Level Teaching Assistant (HLTA), meets Maya on arrival to agree the plan for the day",
                 "15 minutes every morning at the Beacon, and at Saltings where possible", "The Beacon; Saltings pastoral team", "PRU place funding; Saltings special educational needs budget"],
                ["Graded return to Saltings: a personal timetable starting with 2 lessons a week and adding one lesson every fortnight, agreed with Maya",
                 "Reviewed every fortnight (30 minutes) by the Assistant SENCO (Special Educational Needs Co-ordinator), Maya and her mum", "Saltings Academy", "Element 3 top-up (extra funding from the council)"],
                ["Maths catch-up teaching, 1:1, with a qualified maths teacher",
                 "2 × 50 minutes a week (Tuesdays and Thursdays)", "The Beacon", "PRU place funding"],
                ["English in a group of 4 with a qualified English teacher, with planned turns for Maya to speak in the group",
                 "3 × 1 hour a week", "The Beacon", "PRU place funding"],
                ["Emotional Literacy Support Assistant (ELSA) sessions, 1:1, on noticing the early signs of anxeity and using calming strategies",
                 "45 minutes weekly, block of 8 sessions, then reviewed with Maya", "Saltings ELSA, trained and supervised by the Educational Psychology Service", "Element 3 top-up"],
                ["A seperate quiet room for Maya to use when she feels overwhelmed, as appropriate",
                 "As needed", "Both settings", "Within existing resources"],
                ["Maya should be allowed to leave lessons 5 minutes early to avoid busy corridors (exit card)",
                 "Every lesson at Saltings", "Head of Year 10", "No cost"],
                ["Educational Psychologist (EP) consultation with staff and Maya to review progress",
                 "Once a term, 1.5 hours", "Estuary Educational Psychology Service", "Council core service"],
                ["Careers guidance: 1:1 meetings with a qualified careers adviser, and a college taster day with her key worker",
                 "2 × 45 minutes in Year 10; taster day in June 2027", "Saltings careers lead", "Saltings"],
                ["Exam access arrangements: rest breaks and a small room (no more than 6 candidates) for all GCSE mock and final exams",
                 "All exams", "Applied for and arranged by the Saltings Exams Officer", "Saltings"],
                ["Youth group at the Beacon: a structured social session in a group of 6, led by a qualified Youth Worker",
                 "1.5 hours every Wednesday afternoon in term time", "The Beacon", "PRU place funding"],
            ], [6.0, 4.0, 3.5, 3.0]),
        ],
        "G": [
            ("b", "EWMHS: cognitive behavioural therapy (CBT) with a Mental Health Practitioner, covering Maya's anxiety and sleep. 50 minutes every fortnight, a block of 12 sessions from September 2026, reviewed at the end of the block."),
            ("b", "EWMHS care co-ordinator: reviews Maya's safety plan with her once a month (30 minutes) and sends the updated plan to the Designated Safeguarding Lead at each setting within 2 working days."),
            ("p", "DCO approval of health sections: Dr Nadia Rahman, Designated Clinical Officer, 30 September 2026."),
        ],
        "H1": [("p", "None.")],
        "H2": [("p", "None.")],
        "I": [("p", "Saltings Academy, Marsh Lane (mainstream secondary academy, 11–16). Maya is dual registered with The Beacon Tuition Centre (Pupil Referral Unit) and will recieve her education there three days a week until July 2027, when the arrangement will be reviewed.")],
        "J": [("p", "No personal budget has been requested.")],
        "K": [
            ("b", "Maya's views, written with her key worker – 9 September 2026"),
            ("b", "Parent's views – Maya's mum, at the annual review meeting – 16 September 2026"),
            ("b", "Educational advice – Mr Daniel Fry, SENCO, Saltings Academy – 8 September 2026"),
            ("b", "Educational advice – Ms Abena Osei, HLTA and key worker, The Beacon Tuition Centre – 10 September 2026"),
            ("b", "Psychological advice – Dr Helen Marsh, Educational Psychologist – 14 July 2026"),
            ("b", "Health advice – Leanne Clarke, Mental Health Practitioner, EWMHS – 28 August 2026"),
            ("b", "Preparing for adulthood advice – Sam Okoro, Careers Adviser – 11 September 2026"),
        ],
    },
})

# ----------------------------------------------------------------- s104
PLANS_DATA.append({
    "file": "s104.docx",
    "layout": "bold-statutory",
    "bullet": "-",
    "caps": True,
    "font": "Verdana",
    "title": "ESTUARY BOROUGH COUNCIL – EDUCATION, HEALTH AND CARE PLAN",
    "front_table": False,
    "front": [
        ("Name", "Kai"),
        ("Year", "Year 12 (first year of a two-year course at Estuary College)"),
        ("Review meeting held", "4 March 2026"),
        ("Finalised on", "27 March 2026 (amended following the annual review)"),
        ("EHC Co-ordinator", "Tom Ridley"),
    ],
    "sections": {
        "A": [
            ("p", "Kai wrote the first part of this section himself on his laptop before his review, and checked the final wording with his EHC Co-ordinator."),
            ("sub", "Who I am"),
            ("p", "My name is Kai and I'm 17. I'm autistic, which for me means I notice details other people miss and I like to know exactly what is happening. I'm doing Level 1 Animal Care at Estuary College. I have two bearded dragons and a corn snake and I know a lot about reptiles. I'm good at following instructions when they are written down, and I'm always on time."),
            ("sub", "What matters to me"),
            ("b", "My animals."),
            ("b", "Knowing my timetable a week ahead."),
            ("b", "Having somewhere quiet to go at lunch."),
            ("b", "My friend Josh, who I game with online."),
            ("sub", "What I find hard"),
            ("b", "Noisy rooms and people talking over each other."),
            ("b", "Phoning people or talking to someone I don't know."),
            ("b", "When plans change at the last minute. My anxiety goes up and I can't eat."),
            ("b", "Buses when they are late or full."),
            ("sub", "My future"),
            ("p", "I want to work in a pet shop or a reptile rescue centre. One day I want my own flat with room for a vivarium. I would like to be able to get the bus into town on my own without Dad."),
            ("sub", "What my parents say"),
            ("p", "\"Kai has come a long way since school. He is kind, honest and very knowledgeable, and college has given him a new confidence. We want him to get a job he loves, to be able to travel and cook for himself, and to have people around him when we're not. Our biggest worry is his anxiety when things change.\""),
        ],
        "B": [
            ("p", "Kai's strengths: excellent knowledge of animal care; reliable and punctual; accurate when following written steps; a good reader (reading age above 16 years). He passed Entry Level 3 Functional Skills English in July 2025."),
            ("table", ["Need", "What this looks like for me", "Evidence"], [
                ["Communication and interaction (autism)",
                 "I understand things best when they are written down. I find it hard to start a conversation with someone new, use the phone, or ask for help in a busy room. Noise in the canteen and hand dryers hurt my ears.",
                 "College Learning Support report, February 2026"],
                ["Social, emotional and mental health (anxiety)",
                 "Changes to my routine and crowded places make me very anxious. I go quiet, stop eating and sometimes go home early.",
                 "Discharge summary from EWMHS (Emotional Wellbeing and Mental Health Service), January 2026; college attendance records"],
                ["Cognition and learning (maths)",
                 "Maths is hard for me, especially money and time. I'm working at Entry Level 3.",
                 "College initial assessment, September 2025"],
                ["Independence",
                 "I can't yet travel on my own or cook a meal without help.",
                 "Parents' and college views; Transitions Team assessment, March 2026"],
            ], [4.0, 8.0, 4.5]),
        ],
        "C": [
            ("p", "Kai was diagnosed with autism in 2015. He also has anxiety. He had a course of cognitive behavioural therapy (CBT) with EWMHS in 2025 and was discharged in January 2026 with a relapse-prevention plan. He still has periods of high anxiety, mostly at times of change, when he stops eating properly and sleeps badly. He takes no regular medication."),
            ("p", "Kai will move from children's to adult health services when he turns 18 in March 2027."),
        ],
        "D": [
            ("p", "Kai does not have social care needs related to his special educational needs at present. The 14–25 Transitions Team assessed him in March 2026 and found that he does not need social care support: he lives at home with his parents, who give him the help he needs. The family has information about the short breaks and youth offer and knows how to ask for a reassessment. His needs will be looked at again before he turns 18."),
        ],
        "E": [
            ("p", "Kai's outcomes follow the four preparing for adulthood areas: work, independent living, friends and community, and good health."),
            ("outcome", "By July 2027 I will complete a 6-week work placement (one day a week) at a pet shop or reptile rescue centre and gain a positive report from my placement supervisor.",
             "placement supervisor's report and attendance log."),
            ("outcome", "By July 2027 I will be awarded my Level 1 Diploma in Animal Care and my Entry Level 3 Functional Skills maths certificate.",
             "college results."),
            ("outcome", "By the end of the Spring term 2027 I will access the community independently, travelling by bus from home to college and into town on my own, on 4 out of 5 days.",
             "my travel log, checked each week by my travel trainer."),
            ("outcome", "By my next annual review I will plan, shop for and cook a simple meal for my family once a week.",
             "my photo diary and my parents' feedback."),
            ("outcome", "By the end of the Spring term 2027, when I feel anxious I will use the steps in my relapse-prevention plan and score my anxiety at 5 out of 10 or lower on at least 4 days a week.",
             "my weekly anxiety scale, shared with my learning mentor and my GP."),
            ("outcome", "By July 2027 I will join a college club or local group linked to my interests (for example the reptile society) and go at least twice a month.",
             "attendance, checked at my college progress reviews."),
        ],
        "F": [
            ("p", "All provision is delivered at Estuary College on Kai's three college days (Tuesday to Thursday), unless it says otherwise."),
            ("b", "Learning mentor (a trained member of the college Learning Support team): a 1:1 meeting every Tuesday morning, 30 minutes, to go through the week's timetable, any changes, and Kai's anxiety scale."),
            ("b", "A written timetable for the following week, emailed to Kai by his course tutor every Friday. Any change of room or staff is sent to Kai by text at least 24 hours before."),
            ("b", "Functional Skills maths in a group of 6 with a qualified maths lecturer, 2 hours a week, plus 30 minutes a week of 1:1 support on money and time from a learning support assistant."),
            ("b", "Travel training: 1:1 with the college travel trainer, two sessions a week of 1.5 hours each for a block of 10 weeks from January 2027, then one shadowing journey a week until Kai travels on his own."),
            ("b", "Work placement: the college Job Coach will find a suitable placement and support Kai 1:1 for his first two placement days (full days), then visit him at the placement for 30 minutes each week."),
            ("b", "May 2027: the Job Coach will run two mock interviews with Kai (45 minutes each) to prepare him to apply for Saturday work."),
            ("b", "Independent living skills: cooking and shopping sessions in a group of 5 in the college training flat, 2 hours every Wednesday, led by a tutor with a Level 3 qualification in supported living."),
            ("b", "A pass to use the Learning Support base at breaks and lunchtimes; the base is staffed by the Learning Support team."),
            ("b", "Ear defenders, supplied by college Learning Support and replaced if lost or broken."),
            ("b", "Exam arrangements: 25% extra time and a separate small room for all Functional Skills and diploma tests, applied for by the college Exams Officer."),
            ("b", "Social communication group ('Connect') for autistic students, group of 8, 1 hour every Thursday, led by the college's specialist autism practitioner."),
            ("b", "Educational Psychologist: consultation with college staff once a term (1 hour) to review strategies for managing change and anxiety."),
            ("b", "Careers guidance: a 1:1 meeting with the college careers adviser (qualified to Level 6) each term, 45 minutes."),
        ],
        "G": [
            ("b", "GP (Dr Ruth Lowe, Seacourt Surgery): a 15-minute appointment every 3 months until March 2027 to review Kai's anxiety, sleep and weight, then once a year. The GP will refer Kai back to EWMHS, or to adult mental health services after his 18th birthday, if his anxiety score stays above the level agreed in his relapse-prevention plan for two weeks."),
            ("b", "EWMHS: one transition meeting (1 hour) with Kai, his parents and the GP by February 2027, to agree who will support his mental health as an adult."),
            ("p", "DCO approval of health sections: agreed by Dr Nadia Rahman, Designated Clinical Officer (DCO), on 23 March 2026."),
        ],
        "H1": [("p", "No provision is required (see Section D). Short breaks were discussed with Kai and his parents in March 2026 and were not wanted.")],
        "H2": [("p", "None required.")],
        "I": [("p", "Estuary College (general further education college). Level 1 Diploma in Animal Care, three days a week (Tuesday to Thursday), September 2025 to July 2027.")],
        "J": [("p", "No personal budget.")],
        "K": [
            ("b", "Kai's views – written by Kai – 20 February 2026"),
            ("b", "Parents' views – Kai's mum and dad – 20 February 2026"),
            ("b", "Educational advice – Lydia Grant, Learning Support Manager, Estuary College – 24 February 2026"),
            ("b", "Psychological advice – Dr Owen Tully, Educational Psychologist – 14 January 2026"),
            ("b", "Medical advice – Dr Ruth Lowe, GP, Seacourt Surgery – 18 February 2026"),
            ("b", "Health advice – Chloe Barnes, Mental Health Practitioner, EWMHS (discharge summary) – 21 January 2026"),
            ("b", "Social care advice – Marcus Webb, Social Worker, 14–25 Transitions Team – 2 March 2026"),
            ("b", "Preparing for adulthood advice – Sam Okoro, Careers Adviser – 25 February 2026"),
        ],
    },
})

# ----------------------------------------------------------------- s107
PLANS_DATA.append({
    "file": "s107.docx",
    "layout": "bold-statutory",
    "bullet": "o",
    "font": "Arial",
    "title": "Estuary Borough Council\nEDUCATION, HEALTH AND CARE PLAN",
    "front_table": False,
    "front": [
        ("Name", "Ellie"),
        ("Year", "Post-19 (Foundation Learning, third year at college)"),
        ("Review meeting held", "30 September 2025"),
        ("Finalised on", "24 October 2025"),
    ],
    "titles": dict(STAT_TITLES, H1="Section H1: Any social care provision which must be made for a child or young person under 18 resulting from section 2 of the Chronically Sick and Disabled Persons Act 1970"),
    "sections": {
        "A": [
            ("sub", "Ellie's background"),
            ("p", "Ellie is 20 and lives at home with her mum and stepdad. She has cerebral palsy (spastic quadriplegia), which affects all four limbs, and she drives her own powered wheelchair. Her speech is affected by her cerebral palsy (dysarthria), so people who do not know her can find her hard to understand. She also uses a communication app on her tablet, which speaks the words she types or selects."),
            ("sub", "What her mum says"),
            ("p", "\"Ellie is sociable, funny and stubborn in a good way. She loves music, especially musicals, and she knows every word of Wicked. College has been the best thing for her – she has friends there and she has grown up a lot. We would like Ellie to get some part-time work, maybe in the college café or an office, and in a few years to move into supported living with friends. We worry about what happens when college ends, and about her health, especially her hips and her chest.\""),
            ("sub", "What college staff say"),
            ("p", "Ellie's course tutor, Mrs Patel, says Ellie is popular with her group and a natural leader in drama sessions. She works hard in the college café on Wednesdays and takes payments on the till with support. She can become frustrated when staff do not wait for her to finish speaking."),
            ("sub", "Interests"),
            ("p", "Musicals, karaoke, Instagram, baking and the college drama group."),
        ],
        "B": [
            ("p", "Ellie's strengths: she is determined, sociable and a confident performer. She knows her own routines and care needs well, and she can use her tablet and communication app independently with a keyguard."),
            ("table", ["Need", "What this looks like for Ellie", "Evidence"], [
                ["Communication", "Unfamiliar people find Ellie's speech hard to understand. She uses her app for new people and longer messages, but typing is slow. Staff need to wait for her.", "Speech and language therapy report, June 2025"],
                ["Cognition and learning", "Ellie is working at Entry Level 2 in English and Entry Level 1 in maths. She learns best through practical, real-life tasks and needs extra time.", "College assessment, July 2025"],
                ["Physical", "Ellie needs help with all transfers (hoist), personal care, eating (some foods cut up) and drinking. She cannot write by hand.", "Occupational therapy report, May 2025"],
                ["Independence", "Ellie has not yet used public transport without family or college staff, and needs support to manage money.", "College and parent views"],
            ], [3.5, 8.5, 4.5]),
        ],
        "C": [
            ("p", "Ellie has cerebral palsy. She takes baclofen (a medicine to reduce muscle stiffness) three times a day. She needs a 24-hour postural management programme to protect her hips and spine, and her hips are X-rayed once a year."),
            ("p", "Because of swallowing difficulties she has a soft and bite-sized diet (level 6 on the IDDSI scale, the international scale for food textures) and she is at risk of chest infections; she had two in 2024–25. She is also at risk of pressure sores because she sits for long periods."),
        ],
        "D": [
            ("p", "Ellie needs help with all personal care and needs support to go out. Adult Social Care (Transitions Team) completed a Care Act assessment in June 2025, which found that she has eligible needs for personal care at home and for support to take part in social activities. Her mum is her main carer and works part-time."),
        ],
        "E": [
            ("outcome", "By July 2026, Ellie will take payments on the till in the college café on her own, using the card reader and her app to speak to customers, for a whole one-hour shift on 3 out of 4 Wednesdays.", "café supervisor's record."),
            ("outcome", "By July 2026, Ellie will direct her own personal care at college, telling staff with her speech or app what she needs and in which order, in 4 out of 5 personal care routines.", "support staff checklist."),
            ("outcome", "By the end of the Spring term 2026, Ellie will travel on the accessible bus to the town centre with her personal assistant and buy something in a shop herself, twice a month.", "personal assistant's diary."),
            ("outcome", "By July 2026, Ellie will use her app to remind staff when it is time for her stretches and for a drink, so that she has a drink at least every two hours during the college day.", "drinks and positioning chart."),
            ("outcome", "By July 2026, Ellie will achieve Entry Level 2 Functional Skills maths.", "college results."),
            ("outcome", "By July 2026, Ellie will join the Thursday evening musical theatre group at the arts centre and go at least three times a month.", "personal assistant's diary and group register."),
        ],
        "F": [
            ("b", "Personal care at college: 1:1 support from a trained learning support assistant (LSA) for all personal care, eating and drinking, across Ellie's three college days; two trained staff for every hoist transfer."),
            ("b", "Communication: a programme to increase the speed and range of Ellie's app use, set by the college's speech and language therapist, who visits once each half-term (1 hour) to review it; 15 minutes' practice daily, 1:1 with her LSA."),
            ("b", "Functional Skills English and maths in a group of 6 with a qualified tutor, 2 hours of each a week."),
            ("b", "Work experience in the college café: 2 hours every Wednesday with a job coach, 1:1 for the first half-term and then 1:2."),
            ("b", "Community learning: one afternoon a week (3 hours) of travel and community skills with a tutor and an LSA, in a group of 3, using public transport."),
            ("b", "Assistive technology: tablet with communication app and keyguard, set up by the college assistive technology officer and checked each half-term."),
            ("b", "Home care package: care agency visits every morning (45 minutes) and every evening (45 minutes), 7 days a week, for personal care, funded by Adult Social Care."),
        ],
        "G": [
            ("b", "Adult Community Neuro-Physiotherapy: review every 6 weeks at college (45 minutes). The physiotherapist writes Ellie's stretching and positioning programme, trains college and care staff in it once a year, and arranges her yearly hip X-ray."),
            ("b", "Daily stretches (20 minutes) and a standing frame session (30 minutes) at college, carried out by support staff trained by the physiotherapist."),
            ("b", "Adult Speech and Language Therapy (swallowing): review of Ellie's eating and drinking plan every 6 months (1 hour), and yearly training for the college staff who support her at lunchtime."),
            ("b", "Wheelchair Service: yearly review of Ellie's powered wheelchair and seating; repairs within 5 working days of a request."),
            ("b", "GP: yearly health check (30 minutes) and review of her baclofen prescription every 6 months."),
        ],
        "H1": [("p", "Not applicable – Ellie is over 18.")],
        "H2": [("p", "A personal assistant to support Ellie to take part in social activities in the community, 6 hours a week, funded through a direct payment from Adult Social Care (see Section J). The home care package is set out in Section F.")],
        "I": [("p", "Estuary College (general further education college), Foundation Learning, three days a week, September 2025 to July 2026.")],
        "J": [("p", "Ellie's mum manages a direct payment of £96 a week from Adult Social Care to employ Ellie's personal assistant (6 hours a week). None of the special educational provision in Section F is secured by a direct payment.")],
        "K": [
            ("b", "Young person and parent contribution (annual review form) – 2 September 2025"),
            ("b", "Educational advice – Mrs Anita Patel, Course Tutor, Estuary College – 9 September 2025"),
            ("b", "Psychological advice – Dr Helen Marsh, Educational Psychologist – 20 February 2025"),
            ("b", "Medical advice – Dr Sam Kirby, GP, Riverside Medical Centre – 3 July 2025"),
            ("b", "Physiotherapy advice – Gareth Lund, Neuro-Physiotherapist, Adult Community Physiotherapy – 12 June 2025"),
            ("b", "Speech and language therapy advice (swallowing) – Helen Quinn, Speech and Language Therapist, Adult Speech and Language Therapy Service – 17 June 2025"),
            ("b", "Speech and language therapy advice (communication) – Laura Bell, Speech and Language Therapist, Estuary College – 10 June 2025"),
            ("b", "Occupational therapy advice – Kerry Walsh, Occupational Therapist – 21 May 2025"),
            ("b", "Wheelchair Service report – Tom Fisher, Rehabilitation Engineer, Estuary Wheelchair Service – 5 August 2025"),
            ("b", "Social care advice (Care Act assessment) – Donna Reeves, Social Worker, Adult Social Care Transitions Team – 12 June 2025"),
            ("b", "Preparing for adulthood advice – Sam Okoro, Careers Adviser – 10 September 2025"),
        ],
    },
})

# ----------------------------------------------------------------- s110
PLANS_DATA.append({
    "file": "s110.docx",
    "layout": "bold-statutory",
    "bullet": "•",
    "font": "Calibri",
    "title": "Education, Health and Care Plan\nEstuary Borough Council – Special Educational Needs and Disabilities (SEND) Service",
    "front_table": True,
    "front": [
        ("Name", "Ruby"),
        ("Year", "Year 5"),
        ("School", "Creekside Primary School"),
        ("Review meeting held", "12 February 2026"),
        ("Finalised on", "6 March 2026"),
    ],
    "sections": {
        "A": [
            ("p", "Ruby wrote her part on her iPad with Mrs Dalton, her Qualified Teacher of Children and Young People with Vision Impairment (QTVI), in January 2026. Her mum's views were written down at the review."),
            ("sub", "Who I am"),
            ("p", "I'm Ruby and I'm 10. I have albinism, which means my skin, hair and eyes don't have much colour, and my eyes don't see as well as other people's. I'm really good at singing and I'm in the school choir. I love reading on my iPad because I can make the words as big as I want. My best friends are Mia and Jas."),
            ("sub", "What matters to me"),
            ("b", "Being treated the same as everyone else."),
            ("b", "My iPad and my magnifier."),
            ("b", "Choir, and learning the guitar with my grandad."),
            ("b", "Knowing where things are in the classroom."),
            ("sub", "What I find hard"),
            ("b", "Reading the board, even from the front."),
            ("b", "Bright sunshine. It hurts my eyes and I burn really easily."),
            ("b", "Finding my friends on the big playground."),
            ("b", "When people point at things instead of saying what they mean."),
            ("sub", "When I grow up"),
            ("p", "I want to be a singer or a vet. I want to go to the same secondary school as Mia."),
            ("sub", "What Mum says"),
            ("p", "\"Ruby is bright, confident and determined. She doesn't want to be seen as different, so sometimes she won't use her equipment in front of other children. I want her to stay confident as she goes to secondary school, to find her way around a new school on her own, and to keep up with her friends in everything.\""),
        ],
        "B": [
            ("p", "Ruby is an able, articulate pupil. She is working at the expected standard in reading, writing and maths when her work is given in her preferred print size (N24 bold, which is 24-point bold print) or on her iPad. She is an enthusiastic member of the choir, is well liked, and asks for help in small groups."),
            ("table", ["Need", "What this looks like for me", "Evidence"], [
                ["Vision",
                 "My distance vision is 6/60 (I see at 6 metres what most people see at 60 metres). I need big print to read. My eyes move all the time (this is called nystagmus), which makes reading tiring. I can't see the board or pictures on the screen unless they are on my iPad.",
                 "QTVI report, January 2026; eye clinic letter, November 2025"],
                ["Mobility and independence",
                 "I have no difficulty walking or running, but I bump into things in new places and I can't find people in the playground or the hall. I will need to learn the routes around my secondary school.",
                 "Habilitation Specialist report, February 2026"],
                ["Access to learning",
                 "I take longer to read and to find my place, and I'm tired by the afternoon. I need to learn to touch-type and to use the zoom and VoiceOver (the iPad reads the screen aloud) properly.",
                 "QTVI report; class teacher's report, January 2026"],
                ["Feelings and confidence",
                 "Sometimes I won't use my magnifier in front of others because I don't want to look different.",
                 "Mum; QTVI"],
            ], [3.5, 9.0, 4.0]),
        ],
        "C": [
            ("p", "Ruby has oculocutaneous albinism (a genetic condition that affects the colour of the skin, hair and eyes), with nystagmus and reduced vision. Her eyes are checked by the Paediatric Ophthalmology clinic every six months. She wears glasses, with tinted lenses outdoors."),
            ("p", "Her skin burns very quickly in sunlight, so she needs sun protection (factor 50 sun cream, a hat and long sleeves) whenever she is outside from March to October. She is otherwise fit and well."),
        ],
        "D": [
            ("p", "Ruby does not have social care needs at present. She lives with her mum and her younger brother. Early Help supported the family in 2024 after a house move, and this support closed successfully. Social care advice from the Children with Disabilities Team (January 2026) found that Ruby does not need social care services. The family was given details of the short break clubs for children with vision impairment and chose not to apply."),
        ],
        "E": [
            ("outcome", "By the end of the Spring term 2027, I will touch-type at 20 words a minute with 90% accuracy.", "my typing programme record, checked by my QTVI each half-term."),
            ("outcome", "By the end of the Spring term 2027, I will use my iPad's zoom and VoiceOver to read a page of our class text on my own in every literacy lesson.", "class teacher's check, twice each half-term."),
            ("outcome", "By July 2027, I will find my own way between my classroom, the hall, the library and the dining room, and find my friends in the playground using my landmarks, on 5 out of 5 checks.", "the Habilitation Specialist's route assessment."),
            ("outcome", "By the next annual review, I will use my magnifier or iPad in front of my class without being reminded in at least 4 out of 5 lessons.", "teaching assistant's tally, once a week."),
            ("outcome", "By July 2026, I will put on my own sun cream and hat before going out at break and lunch on 9 out of 10 checked days.", "teaching assistant's break-time checklist."),
            ("outcome", "By July 2027, I will learn the choir songs from large-print or audio versions so that I can sing in the summer concert without the words in front of me.", "choir leader's record."),
        ],
        "F": [
            ("p", "Ruby's provision is delivered at Creekside Primary School in term time."),
            ("b", "QTVI from the Sensory Support Service: a visit each half-term (six visits a year, about 1.5 hours each) to assess Ruby's functional vision, teach her new technology skills and advise staff."),
            ("b", "Touch-typing programme, 1:1 with a teaching assistant trained by the QTVI, 15 minutes daily."),
            ("b", "iPad skills (zoom, VoiceOver and using the camera to view the board), 1:1 with the same teaching assistant, 20 minutes twice a week."),
            ("b", "All printed materials enlarged to N24 bold on matt paper, or sent to Ruby's iPad, prepared by the class teaching assistant before each lesson."),
            ("b", "Equipment: an iPad with zoom and VoiceOver, a portable electronic magnifier and a sloping desk, provided by the Sensory Support Service and set up and checked each half-term by its technician."),
            ("b", "Habilitation training (mobility and independence) with a Habilitation Specialist: 1:1, 45 minutes every fortnight in term time, on routes around school and the playground."),
            ("b", "May 2027: the Habilitation Specialist will begin route training at Ruby's secondary school, with three 1-hour visits before the end of the Summer term."),
            ("b", "Staff training: vision impairment awareness for all staff who teach Ruby, one 1-hour session each September, led by the QTVI."),
            ("b", "Test arrangements: modified large-print papers (N24 bold), 25% extra time and a separate room with controlled lighting for school assessments and the Key Stage 2 tests, arranged by the SENCO (Special Educational Needs Co-ordinator)."),
            ("b", "Seating near the front with her back to the window to avoid glare, in every room, and blinds closed on sunny days; checked by the class teacher."),
            ("b", "A talk for Ruby's class about albinism and her equipment, planned with Ruby and led by the QTVI, once a year."),
            ("b", "Choir: large-print or audio versions of songs supplied by the choir leader a week before each new song is taught."),
        ],
        "G": [
            ("b", "Paediatric Ophthalmology, Estuary Hospital: an eye examination every six months (about 1 hour), with new glasses and tinted lenses prescribed when needed."),
            ("b", "School Nurse: writes Ruby's individual healthcare plan for sun protection with Mum, and reviews it every February (30 minutes). The plan tells staff when and how to help Ruby with sun cream, her hat and shade."),
            ("p", "DCO approval of health sections: approved by Claire Boateng, Deputy Designated Clinical Officer, 2 March 2026."),
        ],
        "H1": [("p", "None. Short breaks were considered (see Section D); the family chose not to apply.")],
        "H2": [("p", "None required.")],
        "I": [("p", "Creekside Primary School (mainstream community primary school). Ruby will move to secondary school in September 2027; her secondary school will be named by 15 February 2027.")],
        "J": [("p", "No personal budget has been requested.")],
        "K": [
            ("b", "Ruby's views – written with Mrs Dalton, QTVI – 21 January 2026"),
            ("b", "Parent's views – Ruby's mum – 21 January 2026"),
            ("b", "Educational advice – Mrs Karen Webb, SENCO, Creekside Primary School – 22 January 2026"),
            ("b", "Educational advice (vision impairment) – Mrs Louise Dalton, QTVI, Sensory Support Service – 20 January 2026"),
            ("b", "Habilitation advice – Peter Holt, Habilitation Specialist, Sensory Support Service – 3 February 2026"),
            ("b", "Psychological advice – Dr Carys Powell, Educational Psychologist – 9 December 2025"),
            ("b", "Medical advice – Dr Anil Mehta, Consultant Ophthalmologist, Estuary Hospital – 28 November 2025"),
            ("b", "Health advice – Kerry Lamb, School Nurse – 14 January 2026"),
            ("b", "Social care advice – Mark Ellis, Social Worker, Children with Disabilities Team – 9 January 2026"),
        ],
    },
})

# ----------------------------------------------------------------- s102
PLANS_DATA.append({
    "file": "s102.docx",
    "layout": "ef-table",
    "title": "Education, Health and Care Plan – Estuary Borough Council",
    "front": [
        ("Name", "Tyler"),
        ("Year", "Year 4 (from September 2026)"),
        ("School", "Wharfside Primary School"),
        ("Finalised on", "3 July 2026"),
        ("Review meeting held", "Not applicable – first plan following an EHC needs assessment"),
    ],
    "sections": {
        "A": [
            ("sub", "Tyler's views"),
            ("p", "Tyler's class teacher, Miss Kerr, talked with him in May 2026 using a talking mat (a board where he placed picture cards under 'like' and 'don't like'). Tyler said:"),
            ("p", "\"I like PE and football and my Xbox. I don't like writing, it makes my hand hurt. I don't like it when I get told off in front of everyone. When I'm older I want to play football for a proper team.\""),
            ("sub", "Mum's views"),
            ("p", "\"Tyler is hard work at home and at school. He can't sit still, he can't wait his turn and he has meltdowns most evenings, especially when his medication wears off. He gets into trouble at playtime nearly every day and he has been sent home twice this year. He doesn't have any real friends and he doesn't get invited to parties. I'm worried he will be excluded. I want him to stay at Wharfside and to get through a day without being in trouble, and I'd love him to be in a football team like his cousins.\""),
        ],
        "B": [
            ("table", ["Need", "What this looks like", "Evidence"], [
                ["Attention – ADHD (attention deficit hyperactivity disorder)",
                 "Tyler cannot stay in his seat for more than about 3 minutes. He calls out, interrupts, and does not finish tasks. He loses his equipment every day.",
                 "Class teacher's report, May 2026; Community Paediatrician, February 2026"],
                ["Social, emotional and mental health",
                 "Tyler has angry outbursts 3 or 4 times a week, usually at playtime or when he is told 'no'. He has hit other children and thrown chairs, and he has had two suspensions this school year.",
                 "School behaviour log, January to May 2026"],
                ["Social interaction",
                 "Tyler struggles to play with other children. He does not wait his turn and changes the rules of games, and other children avoid him.",
                 "Educational Psychologist's report, June 2026"],
                ["Cognition and learning",
                 "Tyler is working well below the expected level in reading, writing and maths. He reads at Book Band Orange (a level usually reached in Year 1) and cannot recall number bonds to 10 (pairs of numbers that make 10).",
                 "Teacher assessment, June 2026"],
                ["Physical – handwriting",
                 "Tyler's pencil grip is weak, his letters are poorly formed and he complains that his hand hurts after a few lines.",
                 "Class teacher's report, May 2026"],
            ]),
        ],
        "C": [
            ("p", "Tyler was diagnosed with ADHD by Dr Pereira, Community Paediatrician, in February 2026. He takes methylphenidate (a medicine for ADHD) every morning, given at home. The medicine reduces his appetite and he often eats very little at lunchtime, so his weight is being monitored. He has no other health needs."),
        ],
        "D": [
            ("p", "Tyler lives with his mum and his baby sister. Since January 2026 the family has had Early Help support from a Family Support Worker, mainly with evening and bedtime routines. There is no statutory social care involvement. Mum was given information about the local short breaks offer (including a Saturday sports club for children with additional needs) and did not want to apply at this time."),
        ],
        "G": [
            ("b", "Community Paediatrician (Dr Pereira): medication review in clinic every 6 months (30 minutes), including height and weight."),
            ("b", "School Nurse: checks Tyler's height and weight once each term at school and shares the results with Mum and the paediatrician."),
            ("p", "DCO approval of health sections: agreed by Dr Nadia Rahman, Designated Clinical Officer, 29 June 2026."),
        ],
        "H1": [("p", "None. Short breaks were discussed with Mum during the assessment. She did not want to apply at this time and knows how to apply later.")],
        "H2": [("p", "Early Help: the Family Support Worker (Jordan Pike) visits the family at home once a fortnight for 1 hour until March 2027, working with Mum on evening and bedtime routines. Funded by Estuary Early Help Service.")],
        "I": [("p", "Wharfside Primary School (mainstream community primary school).")],
        "J": [("p", "Not applicable – no personal budget has been requested.")],
        "K": [
            ("table", ["Advice", "Given by", "Date"], [
                ["Parent's views", "Tyler's mum", "12 May 2026"],
                ["Tyler's views", "Gathered by Miss Kerr, class teacher, using a talking mat", "14 May 2026"],
                ["Educational advice", "Mrs Lorna Bates, SENCO, Wharfside Primary School", "15 May 2026"],
                ["Psychological advice", "Dr Owen Tully, Educational Psychologist", "4 June 2026"],
                ["Medical advice", "Dr Ana Pereira, Community Paediatrician", "20 May 2026"],
                ["Health advice", "Kerry Lamb, School Nurse", "18 May 2026"],
                ["Social care advice", "Jordan Pike, Family Support Worker, Estuary Early Help Service", "21 May 2026"],
            ]),
        ],
    },
    "ef_intro": ["Sections E and F are set out together so that each outcome sits beside the provision that will help Tyler achieve it. All provision is delivered at Wharfside Primary School in term time."],
    "EF": [
        ("By July 2027 Tyler will stay on task at his table for the first 15 minutes of maths and English lessons on 4 days out of 5.\nMeasured by: class teacher's tally chart, reviewed each half-term.", [
            ("Planned movement breaks using a sand timer", "2 × 5 minutes in every morning session", "Class teaching assistant (TA)"),
            ("Individual visual timetable and 'now and next' board, gone through with Tyler at the start of each session", "Daily", "Class TA"),
            ("Training for all Year 4 staff in ADHD-friendly classroom strategies (seating near the teacher, tasks broken into short chunks)", "One 2-hour session in September 2026, repeated each September", "Specialist teacher, Estuary Inclusion Support Service"),
        ]),
        ("Tyler has an adult with him in every lesson to keep him on task and help him calm down.", [
            ("1:1 teaching assistant support in all lessons and at lunchtime", "32.5 hours a week", "TA trained in ADHD strategies and in Zones of Regulation (a programme that teaches children to recognise their feelings and choose a calming strategy)"),
        ]),
        ("By the end of Year 4, Tyler will feel calmer and happier at school.\nMeasured by: feedback from Tyler, Mum and staff.", [
            ("Small group social skills sessions", "Weekly", "School staff"),
            ("Zones of Regulation lessons, 1:1", "20 minutes, 3 times a week (Monday, Wednesday, Friday)", "TA trained in Zones of Regulation"),
        ]),
        ("By the end of the Spring term 2027, Tyler will take turns and follow the rules in a 20-minute team game in PE without an adult prompting him, in 3 out of 4 observed sessions.\nMeasured by: PE teacher's observation record.", [
            ("Structured turn-taking games, starting in pair work and building to a group of 4", "30 minutes twice a week (Tuesday and Thursday)", "TA trained by the school's Inclusion Lead"),
            ("Lunchtime football club, group of 8, with a play leader who knows Tyler's plan", "30 minutes every Wednesday lunchtime", "Lunchtime play leader"),
        ]),
        ("By July 2027 Tyler will read books at Book Band Turquoise with at least 90% accuracy and write three sentences on his own using capital letters and full stops.\nMeasured by: termly reading assessment and writing samples kept by the class teacher.", [
            ("1:1 reading with phonics practice", "15 minutes daily", "Class TA"),
            ("Precision teaching for number bonds and spellings, 1:1", "10 minutes daily", "Class TA trained by the SENCO (Special Educational Needs Co-ordinator)"),
            ("Handwriting programme in a group of 3, using a writing slope and pencil grip provided by the school", "10 minutes, 4 times a week", "Class TA"),
        ]),
        ("By the end of the Spring term 2027, Tyler will eat at least half of his school lunch on 4 days out of 5.\nMeasured by: lunchtime supervisor's record, shared with Mum each Friday.", [
            ("Quiet lunch table with a named adult; Tyler starts lunch 10 minutes before the rest of his class", "Daily", "Lunchtime supervisor"),
        ]),
        ("All outcomes", [
            ("Educational Psychologist consultation with staff and Mum to review strategies and progress", "Once a term, 1 hour", "Estuary Educational Psychology Service"),
            ("Review of Tyler's plan with Mum", "Each half-term, 30 minutes", "SENCO"),
        ]),
    ],
})

# ----------------------------------------------------------------- s105
PLANS_DATA.append({
    "file": "s105.docx",
    "layout": "ef-table",
    "title": "Estuary Borough Council: Education, Health and Care Plan",
    "front": [
        ("Name", "Zofia"),
        ("Year", "Year 7"),
        ("School", "Marshgate Academy"),
        ("Review meeting held", "20 November 2025 (Year 6 phase transfer review)"),
        ("Finalised on", "12 February 2026"),
    ],
    "sections": {
        "A": [
            ("sub", "Zofia's views"),
            ("p", "Gathered by her Specialist Support Assistant (Hearing) with a Polish interpreter, November 2025. Zofia said:"),
            ("p", "\"I like art and swimming and my cat, Mruczek. I want to be an artist or a hairdresser. I don't like it when the class is noisy because I can't hear the teacher. I don't like it when people talk with their back to me.\""),
            ("sub", "Parents' views"),
            ("p", "Zofia's parents report that she is a consistent BTE user at home, although compliance reduces at weekends. They have concerns regarding curriculum access in the secondary phase given the increased listening load and degraded SNR in practical subjects. They would like the RM system to be used in all lessons, and they want Zofia to achieve good GCSEs and go on to college."),
            ("sub", "Background and strengths"),
            ("p", "Zofia has a bilateral moderate-to-severe SNHL (PTA 60–70 dB HL), diagnosed at age 3 following a failed hearing screen in Poland, and is aided bilaterally. Aided BKB scores are 86% in quiet, reducing to 52% at +5 dB SNR. Functional listening is further compromised by EAL status; receptive vocabulary (BPVS) is below the 5th centile in English. She has been known to SSS since arrival in the UK in 2022 and is on the ToD caseload at NatSIP Band 3."),
            ("p", "Zofia is a strong visual learner and a hard worker. She reads fluently in Polish, draws beautifully, and has a small group of loyal friends."),
        ],
        "B": [
            ("table", ["Need", "What this looks like", "Evidence"], [
                ["Hearing", "Zofia misses much of what is said in noisy rooms, in group discussion and when the speaker is not facing her. She is tired from listening by the afternoon.", "Audiology report, March 2023; Specialist Support Assistant (Hearing) report, October 2025"],
                ["Language and vocabulary", "Zofia's English vocabulary is well below that expected for her age. She understands everyday language but not subject words in science and geography. Polish is her home language.", "NHS speech and language therapy report, October 2025"],
                ["Cognition and learning", "Zofia's reading accuracy is good but her understanding of what she reads is weaker. She is just below the expected standard in maths.", "Year 6 teacher assessment, July 2025"],
                ["Social communication", "Zofia finds group conversation at lunch hard to follow and sometimes withdraws from her friends.", "Class teacher and parents"],
            ]),
        ],
        "C": [
            ("p", "Zofia has a permanent hearing loss in both ears caused by the inner ear (sensorineural hearing loss). She wears two hearing aids, which are reviewed by Paediatric Audiology. She has no other health needs."),
        ],
        "D": [
            ("p", "Zofia has no social care needs. She lives with her parents and older brother. Social care advice from the Children with Disabilities Team (2 December 2025) confirmed there are no assessed needs. The family was told about the short breaks local offer and about family events run by the National Deaf Children's Society, and did not want to apply for short breaks."),
        ],
        "G": [
            ("b", "Paediatric Audiology, Estuary Hospital: hearing test and hearing aid review every 6 months (45 minutes), with new earmoulds when needed."),
            ("b", "NHS Speech and Language Therapy: a block of 6 weekly 1:1 sessions (45 minutes) each term in school to develop Zofia's vocabulary and narrative skills, followed by a programme for the Specialist Support Assistant to deliver."),
            ("p", "DCO approval of health sections: agreed by Dr Nadia Rahman, Designated Clinical Officer, 6 February 2026."),
        ],
        "H1": [("p", "None. Short breaks were considered and were not wanted by the family (see Section D).")],
        "H2": [("p", "None.")],
        "I": [("p", "Marshgate Academy (mainstream secondary academy, 11–18).")],
        "J": [("p", "None.")],
        "K": [
            ("table", ["Advice", "From", "Date"], [
                ["Zofia's views", "Gathered by her Specialist Support Assistant (Hearing) with a Polish interpreter", "14 November 2025"],
                ["Parents' views", "Zofia's mum and dad", "14 November 2025"],
                ["Educational advice", "Mrs Julie Carr, Year 6 teacher and SENCO, Harbour Lane Primary School", "10 November 2025"],
                ["Educational advice (hearing)", "Joanne Price, Specialist Support Assistant (Hearing), Sensory Support Service", "28 October 2025"],
                ["Psychological advice", "Dr Carys Powell, Educational Psychologist", "5 November 2025"],
                ["Medical advice", "Paediatric Audiology, Estuary Hospital (Mr Neil Foster, Audiologist)", "14 March 2023"],
                ["Speech and language therapy advice", "Holly Marsh, Speech and Language Therapist, NHS", "21 October 2025"],
                ["Social care advice", "Mark Ellis, Social Worker, Children with Disabilities Team", "2 December 2025"],
            ]),
        ],
    },
    "ef_intro": ["Provision is delivered at Marshgate Academy in term time."],
    "EF": [
        ("By February 2027, Zofia will demonstrate improved auditory access in mainstream lessons, achieving ≥75% on BKB sentence testing at +5 dB SNR using the RM system.\nMeasured by: ToD functional listening assessment, termly.", [
            ("Radio aid (RM system): transmitter worn by every teacher; receivers checked at the start of each day", "Every lesson", "Subject teachers; daily check by the Specialist Support Assistant; maintained and repaired by the Sensory Support Service technician"),
            ("Qualified Teacher of the Deaf visits to monitor listening, check equipment and advise staff", "Fortnightly during term, 1 hour", "Sensory Support Service"),
            ("Deaf awareness training for all staff who teach Zofia", "One 2-hour session each September", "Qualified Teacher of the Deaf"),
        ]),
        ("By February 2027, Zofia will increase receptive subject-specific vocabulary, with ≥80% of pre-taught Tier 3 vocabulary retained at 2-week probe, and demonstrate age-appropriate narrative macrostructure on the ERRNI.\nMeasured by: SSA vocabulary probes; SALT re-assessment.", [
            ("Pre-teaching of subject vocabulary, 1:1, using pictures and written word lists", "20 minutes, 3 times a week", "Specialist Support Assistant (Hearing), trained by the Qualified Teacher of the Deaf"),
            ("English as an additional language vocabulary group, group of 4", "2 × 30 minutes a week", "English as an Additional Language Co-ordinator (qualified teacher)"),
        ]),
        ("By February 2027, Zofia will self-advocate re: listening needs, independently requesting repetition/clarification and managing HA and RM transmitter hand-over in ≥4/5 lessons.\nMeasured by: SSA observation checklist.", [
            ("Self-advocacy and equipment skills sessions, 1:1", "30 minutes weekly, block of 8 sessions each term", "Qualified Teacher of the Deaf"),
        ]),
        ("By February 2027, Zofia will participate in structured group discussion in ≥3 lessons/week, with peer-mediated turn-taking to optimise SNR.\nMeasured by: teacher observation, recorded weekly.", [
            ("Seating in the front third of the room, away from windows and doors, with a clear view of the teacher's face; subtitles on all video", "Every lesson", "All teachers; checked half-termly by the SENCO"),
            ("Lunchtime club in a quiet room with deaf and hearing friends, group of 6", "Twice a week, 30 minutes", "Specialist Support Assistant (Hearing)"),
        ]),
        ("By February 2027, Zofia will join the after-school art club and complete a portfolio of 6 finished pieces.\nMeasured by: art teacher's record.", [
            ("After-school art club, group of 15, with the art teacher using the RM transmitter", "1 hour weekly", "Art teacher"),
        ]),
    ],
})

# ----------------------------------------------------------------- s108
PLANS_DATA.append({
    "file": "s108.docx",
    "layout": "ef-table",
    "title": "Education, Health and Care Plan",
    "ef_header": ["Outcome", "Provision", "Frequency", "Who"],
    "ef_fill": "E2EFDA",
    "front": [
        ("Local authority", COUNCIL),
        ("Name", "Ayo"),
        ("Year", "Year 2"),
        ("School", "Ferry Road Primary School"),
        ("Finalised on", "1 May 2026"),
        ("Review meeting held", "Not yet held – first plan (annual review due by April 2027)"),
    ],
    "titles": {"A": "Section A – All about me", "EF": "Sections E and F – My outcomes and the help I will get"},
    "sections": {
        "A": [
            ("sub", "What Ayo says"),
            ("p", "Ayo shared his views with his teaching assistant, Mrs Bello, in March 2026, using pictures and a 'My favourite things' sheet. These are his words:"),
            ("p", "\"I like dinosaurs. T. rex is the best. I like my brother Tobi and football. I don't like it when people talk fast. Sometimes I don't know what to do. I want to be a zookeeper.\""),
            ("sub", "What Ayo's parents say"),
            ("p", "\"Ayo is a gentle, loving boy who makes people smile. At home we speak Yoruba and English. He understands a lot of Yoruba but speaks mostly English now. We were surprised when the speech therapist said he has a language disorder, because his big brother learned English quickly. We want Ayo to talk in full sentences, to read well, and to have friends who understand him. We hope he will go to secondary school with his friends.\""),
            ("sub", "What Ayo is good at"),
            ("p", "Ayo is kind, patient and good at practical tasks. He builds detailed models, knows the names of more than 20 dinosaurs, and enjoys number work: he is working at the expected standard in maths for Year 2 when questions come with pictures. He is a confident footballer at playtime."),
        ],
        "B": [
            ("table", ["Need", "What this looks like for Ayo", "Evidence"], [
                ["Speech, language and communication: Developmental Language Disorder (DLD) – a long-term difficulty learning and using language, which is not caused by learning English as an additional language",
                 "Ayo speaks in sentences of 3 or 4 words and often leaves out small words and word endings ('him go park'). He finds it hard to retell a story or explain what happened at playtime. He has difficulty understanding instructions with 3 or more parts, in English and in Yoruba.",
                 "NHS speech and language therapy assessment, February 2026 (in both languages, with an interpreter)"],
                ["Vocabulary", "Ayo's English vocabulary is at about a 4-year-old level. He struggles with topic words in class.", "NHS speech and language therapy assessment, February 2026"],
                ["Reading", "Ayo reads at Book Band Yellow (a level usually reached early in Year 1). He scored 24 out of 40 in the phonics screening check in June 2025 (the pass mark was 32).", "Class teacher assessment, March 2026"],
                ["Playing with others", "Because other children do not always understand him, Ayo gives up and plays on his own.", "Educational Psychologist's report, March 2026"],
            ]),
        ],
        "C": [
            ("p", "Ayo has no health needs relating to his special educational needs. His hearing was tested by Paediatric Audiology in January 2026 and is normal. The School Nursing Team's health advice (March 2026) confirmed there are no other health concerns. Ayo's speech and language therapy is set out in Sections E and F, because it is educational provision that teaches him."),
        ],
        "D": [
            ("p", "Ayo does not have social care needs. He lives with his parents and his older brother, and the family is well supported by their church and extended family. Social care advice from the Early Help Hub (March 2026) confirmed there are no social care needs. Early Help support was offered and the family said they did not need it; short breaks are not needed."),
        ],
        "G": [("p", "No health care provision is needed (see Section C).")],
        "H1": [("p", "None. Ayo does not need social care support (see Section D). Short breaks and Early Help were considered during the assessment and are not needed.")],
        "H2": [("p", "None.")],
        "I": [("p", "Ferry Road Primary School (mainstream community primary school).")],
        "J": [("p", "No personal budget has been requested.")],
        "K": [
            ("table", ["Advice", "Provided by", "Date"], [
                ["Ayo's views", "Gathered by Mrs Bello, teaching assistant, using pictures", "12 March 2026"],
                ["Parents' advice", "Ayo's mum and dad", "10 March 2026"],
                ["Educational advice", "Miss Rachel Osborne, SENCO, Ferry Road Primary School", "9 March 2026"],
                ["Psychological advice", "Dr Owen Tully, Educational Psychologist", "20 March 2026"],
                ["Medical advice", "Kerry Lamb, School Nurse, School Nursing Team", "16 March 2026"],
                ["Hearing test report", "Paediatric Audiology, Estuary Hospital", "21 January 2026"],
                ["Speech and language therapy advice", "Holly Marsh, Speech and Language Therapist, NHS", "24 February 2026"],
                ["Social care advice", "Dionne Grant, Early Help Practitioner, Early Help Hub", "18 March 2026"],
            ]),
        ],
    },
    "ef_intro": ["Each outcome is shown with the help that Ayo will get to achieve it. Provision is delivered at Ferry Road Primary School in term time."],
    "EF": [
        ("By the end of the Spring term 2027, Ayo will speak in sentences of 5 words or more that include small linking words (for example 'I went to the park with Tobi') when telling an adult about his weekend.\nMeasured by: language sample taken by the speech and language therapist at each half-termly visit.", [
            ("Speech and language therapy programme: sentence building with colour-coded picture cards, 1:1", "20 minutes, 3 times a week", "Teaching assistant (TA) trained by the NHS speech and language therapist"),
            ("Speech and language therapist's visit to assess Ayo, set his targets and train the TA", "Once each half-term, about an hour (six visits a year)", "Estuary Children's Speech and Language Therapy Service"),
        ]),
        ("By July 2027, Ayo will learn 10 new topic words each half-term and use at least 8 of them correctly in class discussion or in his writing.\nMeasured by: word-learning record kept by the TA and checked by the class teacher.", [
            ("Pre-teaching of topic words using word maps and pictures, in a group of 3", "15 minutes, Mondays and Thursdays", "Class TA"),
            ("Picture word mat of the topic words on Ayo's table", "Every lesson; new mat each half-term", "Class teacher"),
        ]),
        ("By July 2027, Ayo will follow three-part instructions in class (for example 'get your book, find page 4 and write the date') without help, on 4 out of 5 occasions.\nMeasured by: TA's observation checklist, once a fortnight.", [
            ("Instructions given in short chunks with a picture prompt or 'now and next' board", "Every lesson", "Class teacher and TA"),
            ("Listening and attention games group, group of 4", "20 minutes every Tuesday and Friday", "TA trained by the speech and language therapist"),
        ]),
        ("By July 2027, Ayo will read books at Book Band Orange with at least 90% accuracy and pass the phonics screening check when he retakes it in June 2027.\nMeasured by: termly reading assessment and the phonics check result.", [
            ("Phonics catch-up, group of 3", "15 minutes every afternoon", "TA trained in the school's phonics programme"),
            ("1:1 reading with an adult", "10 minutes, 4 times a week", "Class TA"),
        ]),
        ("By the end of the Spring term 2027, Ayo will join a game with at least two other children at playtime and stay in it for 10 minutes, on 3 days out of 5.\nMeasured by: playtime observation by the lunchtime leader, twice a week.", [
            ("Lego-based therapy: building models in a team of 3, each child with a set job, to practise talking and listening", "45 minutes weekly", "TA trained in Lego-based therapy"),
            ("Playground buddy (a trained Year 5 pupil) and a supervising adult at lunchtime football", "Daily at lunchtime", "Lunchtime leader"),
        ]),
        ("By July 2027, Ayo will give a 1-minute talk to his class about his favourite animal, using a picture prompt card.\nMeasured by: class teacher's note and a short video kept in his learning journal.", [
            ("Planning and practising a short talk with a picture prompt card, 1:1", "15 minutes weekly for the 6 weeks before the talk", "Class TA"),
        ]),
        ("All outcomes", [
            ("Educational Psychologist consultation with the class teacher and parents", "Once a term, 1 hour", "Estuary Educational Psychology Service"),
            ("Training in DLD and visual supports for all Year 2 and Year 3 staff", "One 90-minute session each September", "NHS speech and language therapist"),
            ("Vocabulary pack in English and Yoruba sent home", "Each half-term", "SENCO (Special Educational Needs Co-ordinator), with the English as an Additional Language Co-ordinator"),
        ]),
    ],
})

# ----------------------------------------------------------------- s111
PLANS_DATA.append({
    "file": "s111.docx",
    "layout": "ef-table",
    "title": "Estuary Borough Council – Education, Health and Care Plan",
    "ef_header": ["Outcome (I will…)", "Provision", "Frequency", "Who"],
    "ef_fill": "FCE4D6",
    "front": [
        ("Name", "Leah"),
        ("Year", "Year 8"),
        ("School", "Marshgate Academy"),
        ("Review meeting held", "22 September 2026"),
        ("Finalised on", "15 October 2026"),
    ],
    "sections": {
        "A": [
            ("p", "Leah wrote this with her Head of Year, Mr Adams, in September 2026, partly on paper and partly by email, because she finds talking face to face hard."),
            ("sub", "Who I am"),
            ("p", "I'm Leah and I'm 12. I'm autistic. I'm good at drawing on my tablet and I'm making my own comic. I know loads about Japanese animation. I help look after my little brother Max, who has cerebral palsy."),
            ("sub", "What matters to me"),
            ("b", "Max and my mum."),
            ("b", "My cat."),
            ("b", "My online art group."),
            ("b", "Being able to leave a room if I need to."),
            ("sub", "What I find hard"),
            ("b", "School. The noise, the smell of the canteen, people touching me in the corridor."),
            ("b", "When teachers say 'you'll be fine' when I'm not."),
            ("b", "Getting to sleep. My brain won't switch off."),
            ("b", "Eating. There are only a few foods I can eat."),
            ("b", "Sometimes I hurt myself when everything gets too much."),
            ("sub", "My future"),
            ("p", "I want to be an animator or design games. I want to go to college to do art and design."),
            ("sub", "What Mum says"),
            ("p", "\"Leah is clever, creative and very caring with Max. Since Year 7 she has found school harder and harder; some mornings she is sick with worry. I want her to get back into school in a way that works for her, and to feel safe. I also want her to have time to be a teenager and not always be helping me with Max.\""),
        ],
        "B": [
            ("table", ["Need", "What this looks like for me", "Evidence"], [
                ["Communication and interaction (autism)", "I find it hard to talk to adults I don't know and to ask questions in class. I prefer to write things down.", "Autism diagnosis, 2023; report from the SENCO (Special Educational Needs Co-ordinator), September 2026"],
                ["Social, emotional and mental health: anxiety and not being able to attend school", "My attendance was 46% last year. I manage better when I can start the day in a small room and build up to lessons.", "Attendance records; Educational Psychologist's report, July 2026"],
                ["Sensory", "Noise, crowds and smells in the canteen and corridors make me panic.", "Sensory checklist completed with the SENCO, September 2026"],
                ["Cognition and learning: literacy", "My reading age is 9 years 4 months and my spelling is weak, so I avoid subjects with a lot of reading. I'm fine with maths.", "Reading assessment, September 2026"],
            ]),
        ],
        "C": [
            ("p", "Leah has anxiety and has self-harmed. She has been open to EWMHS (Emotional Wellbeing and Mental Health Service) since June 2026. In May 2026 she was seen by the Crisis team after self-harming and she now has a safety plan, which is held by EWMHS and shared with the school's Designated Safeguarding Lead."),
            ("p", "Leah does not fall asleep until after 1am on most school nights."),
            ("p", "Leah eats a very limited range of foods (about ten) and has lost weight since Easter. In September 2026 her GP referred her to the Community Paediatrician for an assessment of her eating."),
        ],
        "D": [
            ("p", "Leah is a young carer. She helps care for her younger brother Max, who has cerebral palsy, especially in the evenings when her mum is working. A young carer's needs assessment by the Young Carers Service in June 2026 found that caring is affecting her sleep and her school attendance. Max has his own social worker and a short breaks package through the Children with Disabilities Team."),
        ],
        "G": [
            ("b", "EWMHS: cognitive behavioural therapy (CBT) adapted for autistic young people, with a Mental Health Practitioner, working on Leah's anxiety and self-harm and reviewing her safety plan at every session. 50 minutes every fortnight, 12 sessions from October 2026, in clinic or at school; reviewed at the end of the block."),
            ("b", "School Nurse to offer support with Leah's sleep as needed."),
            ("p", "DCO approval of health sections: Dr Nadia Rahman, Designated Clinical Officer, 9 October 2026."),
        ],
        "H1": [("p", "None for Leah. (Max receives short breaks in his own right.)")],
        "H2": [("p", "Young Carers Service: 1:1 support from a Young Carers Worker, 1 hour every fortnight, and a place at the monthly young carers' group (2 hours, first Saturday of each month), from October 2026 to July 2027. Funded by Estuary Children's Services.")],
        "I": [("p", "Marshgate Academy (mainstream secondary academy, 11–18).")],
        "J": [("p", "No personal budget.")],
        "K": [
            ("table", ["Advice", "Given by", "Date"], [
                ["Leah's views", "Leah, written with Mr Adams, Head of Year 8", "15 September 2026"],
                ["Parent's views", "Leah's mum", "18 September 2026"],
                ["Educational advice", "Ms Farah Iqbal, SENCO, Marshgate Academy", "16 September 2026"],
                ["Psychological advice", "Dr Owen Tully, Educational Psychologist", "8 July 2026"],
                ["Medical advice", "Dr Sam Kirby, GP, Riverside Medical Centre", "1 September 2026"],
                ["Health advice", "Chloe Barnes, Mental Health Practitioner, EWMHS", "10 September 2026"],
                ["Social care advice (young carer's assessment)", "Tasha Reid, Young Carers Worker, Young Carers Service", "11 September 2026"],
            ]),
        ],
    },
    "ef_intro": ["Provision is delivered at Marshgate Academy in term time unless it says otherwise."],
    "EF": [
        ("By the end of the Spring term 2027, I will attend school for at least 3 full days a week, starting each day in the Base (the school's small inclusion room) and going to at least two timetabled lessons a day.\nMeasured by: attendance register and my Base timetable, checked weekly by the Base manager.", [
            ("Personal timetable starting in the Base, adding one lesson a week, agreed with Leah each Friday", "Daily", "Base manager (a Higher Level Teaching Assistant)"),
            ("Arrive 10 minutes before other pupils and leave lessons 5 minutes early, using a pass", "Every day", "Head of Year 8 issues the pass"),
        ]),
        ("I will have a weekly session with the school counsellor until the end of the Spring term 2027.\nMeasured by: the counsellor's attendance record.", [
            ("1:1 counselling with the school counsellor (a qualified, registered counsellor employed by the Academy)", "45 minutes weekly", "School counsellor"),
        ]),
        ("By the end of the Spring term 2027, I will tell my key adult or use my time-out card when I start to feel overwhelmed, instead of leaving the school site or hurting myself, on at least 4 out of 5 occasions.\nMeasured by: key adult's weekly check-in record and the Base log.", [
            ("Key adult check-in with a named Pastoral Manager", "10 minutes at the start and end of each school day", "Pastoral Manager"),
            ("Time-out card to leave any lesson and go to the Base, which is staffed all day", "Any lesson", "Card issued by the Head of Year 8; Base staff"),
        ]),
        ("By the next annual review, I will be asleep by 11pm on at least 4 school nights a week.\nMeasured by: my sleep diary, shared with my key adult every week.", [
            ("Sleep diary reviewed with Leah", "Weekly, 10 minutes", "Pastoral Manager"),
        ]),
        ("By the end of the Spring term 2027, I will eat lunch in the Base on at least 4 days a week.\nMeasured by: Base lunch log.", [
            ("Lunch pass to eat in the Base with a familiar adult, away from the canteen; ear defenders supplied for corridors", "Daily", "Base staff; ear defenders supplied by the SENCO"),
        ]),
        ("By the end of the Spring term 2027, I will ask a question or ask for help in lessons using my question card or by writing on a mini whiteboard, in at least 3 lessons a week.\nMeasured by: teachers' tally, collected weekly by the SENCO.", [
            ("Question card and mini whiteboard in every lesson; teachers check in with Leah privately during tasks", "Every lesson", "Subject teachers, monitored by the SENCO"),
            ("Social communication group for autistic girls, group of 5", "45 minutes weekly", "Teaching assistant with specialist autism training"),
        ]),
        ("By July 2027, I will finish a 10-page comic in art lessons and at the after-school digital art club, and show it in the Year 8 art display.\nMeasured by: art teacher's record.", [
            ("After-school digital art club in a quiet room, group of 8", "1 hour every Tuesday", "Art teacher"),
            ("School tablet with drawing software for art lessons, set up and maintained by the IT technician", "Every art lesson", "IT technician"),
        ]),
        ("All outcomes", [
            ("Educational Psychologist consultation with staff, Leah and Mum", "Once a term, 1 hour", "Estuary Educational Psychology Service"),
        ]),
    ],
})

# ----------------------------------------------------------------- s103
PLANS_DATA.append({
    "file": "s103.docx",
    "layout": "national-template",
    "title": "Education, Health and Care Plan – Estuary Borough Council",
    "front": [
        ("Finalised on", "14 July 2026"),
        ("Review meeting held", "Not yet held – first review due in January 2027 (plans for children under five are reviewed every six months)"),
        ("Year", "Early years – nursery (due to start Reception in September 2027)"),
    ],
    "personal": {
        "name": "Poppy", "preferred": "Poppy", "dob": "Withheld (anonymised copy) – age 3",
        "sex": "Female", "ethnicity": "White British", "lang": "English", "parent_lang": "English",
        "p1": "Poppy's mum (name withheld)", "p1_rel": "Mother",
        "p2": "Poppy's dad (name withheld)", "p2_rel": "Father",
    },
    "services": [
        "Little Egrets Nursery (private day nursery), five mornings a week",
        "Seacourt Surgery; Dr Farah Ali, Community Paediatrician",
        "Removed from this copy",
        "No",
        "NHS Speech and Language Therapy; Children's Physiotherapy; Early Years Inclusion Team; Portage (home visiting service for pre-school children, until January 2026)",
        "No",
        "No",
        "Yes – appended",
        "No",
    ],
    "A1": "Poppy is three years old and lives with her mum, her dad and her big brother Alfie, who is 6. Poppy has Down syndrome. She was born with a heart condition (an atrioventricular septal defect, a hole between the chambers of the heart), which was repaired by surgery when she was five months old. She had Portage home visits from 10 months old and started at Little Egrets Nursery in January 2026.\n\nHow Poppy communicates: Poppy uses about 30 Makaton signs (signs used alongside speech) and 10 to 15 single words. She points, leads adults by the hand and uses a few photo cards at nursery. She understands short sentences in familiar routines, such as 'coat on' and 'time for snack'.",
    "views": "**What Poppy tells us through play and signs**\nLeanne, Poppy's Key Person at nursery, watched Poppy over four sessions in May 2026 and wrote down what she showed us:\n• Poppy signs 'more' and 'music' many times a day. Singing time is her favourite part of the morning.\n• She heads straight for the water tray and the sand and stays there for 10 minutes or more.\n• She pushes her coat and shoes away and signs 'finish' when she doesn't want to do something.\n• She waves and smiles at Leanne every morning and looks for her brother at home time.\n\n**What Poppy's family say**\n\"Poppy is our little ray of sunshine. She is determined and she makes everyone laugh. We want people to see Poppy first, not her Down syndrome. We worry about her talking – she understands far more than she can say – and about her being left out as she gets older.\"",
    "interests": "Music and singing, especially 'Wind the Bobbin Up'; water and sand play; lift-the-flap books; her brother Alfie; the swings at the park.",
    "strengths": "Poppy is sociable and affectionate. She copies other children's play, uses signs with her friends, feeds herself with a spoon and drinks from an open cup.",
    "aspirations": "Poppy's parents hope she will start Reception at their local primary school with her brother in September 2027, that she will be able to tell people what she wants using words and signs, and that she will have friends who invite her to parties. In the longer term they want her to be as independent as she can be.",
    "bfe": {
        "ci": {
            "strengths": "Poppy is a keen communicator. She uses about 30 Makaton signs, makes good eye contact and enjoys turn-taking games such as peekaboo.",
            "rows": [
                ("Poppy's spoken language is delayed. She uses 10 to 15 single words and about 30 signs, mostly to ask for things. (Speech and language therapy advice, May 2026)",
                 "Speech and language therapy programme to build two-word phrases using signs, words and photo cards. The NHS Speech and Language Therapist sets the programme and visits nursery once each half-term for about an hour (six visits a year) to update it and show staff how to use it.\nThe programme is delivered 1:1 by Leanne, Poppy's Key Person (trained in Makaton Level 1), for 10 minutes every morning session.",
                 "By the end of the Summer term 2027, Poppy will join two words or signs together (for example 'more juice', 'Mummy gone') to ask for things or to comment, at least 10 times in a morning session.\nMeasured by: Key Person's tally over three sessions, checked by the speech and language therapist."),
                ("Poppy understands familiar routines but finds it hard to follow instructions with two key words (for example 'give teddy the cup') outside those routines.",
                 "Attention and listening group, group of 4, 10 minutes every morning session, led by the Early Years SENCO (Special Educational Needs Co-ordinator).\nA 'now and next' photo board used at every change of activity, made and kept up to date by the Key Person.",
                 "By September 2027, ready for school entry, Poppy will follow instructions with two key words in play in 4 out of 5 tries.\nMeasured by: the speech and language therapist's assessment at her summer visit."),
            ],
        },
        "cl": {
            "strengths": "Poppy learns well by copying and through repetition. She completes a 4-piece inset puzzle and matches colours.",
            "rows": [
                ("Poppy's play and early thinking skills are at around the level expected at 18 to 24 months (Early Years Inclusion Team assessment, May 2026). She plays with one toy at a time for short periods.",
                 "Individual play sessions, 1:1 with the Key Person, 15 minutes each morning, following the targets in Poppy's play plan.\nThe Early Years Inclusion Team specialist teacher visits nursery twice a term (1 hour each visit) to review the play plan and train staff.",
                 "By the end of the Summer term 2027, Poppy will play with a toy in two linked steps (for example feeding a doll and then putting it to bed) for 5 minutes.\nMeasured by: Key Person's observation notes and the specialist teacher's review."),
            ],
        },
        "semh": {
            "strengths": "Poppy is happy and settled at nursery. She greets adults and children and comforts other children when they cry.",
            "rows": [
                ("Poppy finds it hard to stop an activity she is enjoying. She sits or drops to the floor when asked to move on.",
                 "Warnings before every change of activity, using a sand timer, the sign 'finish' and the 'now and next' board, by all room staff.\nAll room staff trained by the Early Years SENCO in Poppy's transition routine (one 1-hour session in September 2026, and for new staff when they start).",
                 "By the end of the Spring term 2027, Poppy will move from one activity to the next after a sand-timer warning, without dropping to the floor, in 8 out of 10 changes.\nMeasured by: Key Person's tally chart on two mornings a week."),
            ],
        },
        "sp": {
            "strengths": "Poppy has been walking on her own since April 2026 and enjoys climbing.",
            "rows": [
                ("Poppy has low muscle tone, which is common in Down syndrome. She tires quickly, falls on uneven ground and cannot yet manage steps without holding on. She grasps crayons in her fist.",
                 "Movement and hand skills programme set by the Children's Physiotherapist, who reviews Poppy at nursery once a term (45 minutes) and updates the programme.\nDelivered 1:1 by the Key Person every morning session: 10 minutes of steps, balance and climbing outdoors, and 10 minutes of hand play (play dough, posting, chunky crayons).\nA small chair with a footrest and side supports for table activities, provided by the nursery and adjusted by the physiotherapist at each visit.",
                 "By September 2027 school entry, Poppy will walk up and down the three steps to the nursery garden holding the rail without an adult's hand, and will make marks on paper holding a chunky crayon in her fingers.\nMeasured by: the physiotherapist's review in June 2027 and the Key Person's observations."),
            ],
        },
    },
    "cge": {
        "strengths": "Poppy is generally well and no longer needs heart medicine.",
        "rows": [
            ("Heart: Poppy had heart surgery at five months. She is well but needs a yearly check by the children's heart (cardiology) team.",
             "Paediatric Cardiology clinic, Estuary Hospital: yearly review including a heart scan (next due March 2027).",
             "By July 2027, Poppy will join in all outdoor physical play at nursery with no medical restrictions, confirmed at her yearly cardiology review.\nMeasured by: cardiology clinic letter to parents and GP."),
            ("Thyroid: Poppy has an underactive thyroid (hypothyroidism, which is common in Down syndrome). She takes a daily tablet at home and has a blood test every six months.",
             "Community Paediatrician (Dr Farah Ali): review every six months in clinic (30 minutes), including thyroid blood test results and growth.",
             "By July 2027, Poppy will manage a full three-hour morning session without needing a sleep, on 4 days out of 5.\nMeasured by: nursery daily diary."),
        ],
    },
    "dco_line": ("DCO approval of health sections: ", "the health needs and provision above were agreed by Dr Nadia Rahman, Designated Clinical Officer, on 8 July 2026."),
    "dh": {
        "strengths": "Poppy lives with a loving family who know her needs well, with grandparents nearby who help every week.",
        "rows": [
            ("Poppy does not have social care needs at present. The Children with Disabilities Team offered her parents a social care assessment in June 2026; they chose not to have one, as they manage Poppy's care well with family support.",
             "None at present. Information about short breaks for under-fives (including the Saturday stay-and-play) was given to the family on 10 June 2026; they can ask for an assessment at any time.",
             "None. Early Help was discussed and is not needed.",
             "Not applicable."),
        ],
    },
    "I": ("Little Egrets Nursery", "Private, voluntary and independent early years setting, funded through the early years entitlement with additional special educational needs inclusion funding from the council",
          ("Next placement", "Poppy will start Reception in September 2027. Her school will be named at her review in early 2027.")),
    "J": ("No direct payment has been requested.", "Not applicable."),
    "K": {
        "rows": {
            1: ("Parents' advice", "12 May 2026", "Poppy's mum and dad", "YES"),
            2: ("Educational advice", "20 May 2026", "Sarah Dunn, Early Years SENCO, Little Egrets Nursery", "YES"),
            3: ("Early Years Inclusion Team advice", "22 May 2026", "Joanne Rees, Specialist Teacher (Early Years)", "YES"),
            4: (None, "27 May 2026", "Dr Farah Ali, Community Paediatrician", "YES"),
            5: (None, "2 June 2026", "Dr Carys Powell, Educational Psychologist", "YES"),
            6: (None, "10 June 2026", "Mark Ellis, Social Worker, Children with Disabilities Team", "YES"),
            7: ("Speech and language therapy advice", "29 May 2026", "Liz Hammond, Speech and Language Therapist, NHS", "YES"),
        },
        "extra": {
            4: [
                ("Cardiology clinic letter", "17 March 2026", "Dr Rhys Evans, Consultant Paediatric Cardiologist, Estuary Hospital", "YES"),
            ],
            7: [
                ("Physiotherapy advice", "28 May 2026", "Ben Carter, Children's Physiotherapist", "YES"),
            ],
        },
    },
    "signoff": ("Gemma Hollis, EHC Co-ordinator", "G. Hollis", "14 July 2026"),
})

# ----------------------------------------------------------------- s106
PLANS_DATA.append({
    "file": "s106.docx",
    "layout": "national-template",
    "title": "Education, Health and Care Plan",
    "front": [
        ("Local authority", COUNCIL),
        ("Year", "Year 9"),
        ("Review meeting held", "18 June 2026 (Year 9 annual review)"),
        ("Finalised on", "30 July 2026"),
    ],
    "personal": {
        "name": "Jayden", "preferred": "Jayden", "dob": "Withheld (anonymised copy)",
        "sex": "Male", "ethnicity": "Mixed – White and Black Caribbean", "lang": "English", "parent_lang": "English",
        "p1": "Jayden's dad (name withheld)", "p1_rel": "Father",
    },
    "services": [
        "Kingsreach School (special school)",
        "Riverside Medical Centre; Dr Ben Hartley, Community Paediatrician",
        "Removed from this copy",
        "Yes – Children with Disabilities Team (short breaks)",
        "NHS Speech and Language Therapy; Special School Nursing Team; Paediatric Neurology, Estuary Hospital",
        "No",
        "No",
        "Yes – appended",
        "No",
    ],
    "A1": "Jayden is 14 and lives with his dad and his older sister. He has severe learning difficulties and autism, which were diagnosed when he was 4. Jayden also has epilepsy, diagnosed in 2021. He has been at Kingsreach School since Reception.\n\nCommunication: Jayden uses single words and short phrases, Makaton signs and a symbol book. He understand more than he can say, especially when you show him pictures, and he needs extra time to answer.",
    "views": "**Jayden's views**\nJayden's class teacher, Mr Cole, gathered his views in May 2026 using Talking Mats (a way of sharing views by placing picture cards on a mat). On his 'like' side Jayden put: the goats and chickens at Marsh Farm, swimming, the school minibus, chips and his tablet. On his 'don't like' side he put: loud hand dryers, haircuts and waiting. When he was asked what he wants to do when he is older, he signed 'farm' and 'work' together.\n\n**Dad's views**\n\"Jayden is a happy lad most of the time and he is very loving. We go to the farm every Saturday and he knows all the animals by name. I want him to be as independent as he can – making his own breakfast, getting about with support – and maybe to work with animals one day. I worry about what will happen after he leaves school.\"",
    "interests": "Animals, especially goats; swimming; riding on the minibus; music videos on his tablet.",
    "strengths": "Jayden is loving and has a great sense of humour. He remembers routes and routines very well, is gentle with animals and likes to help staff tidy up. He uses his tablet on his own to find videos.",
    "aspirations": "Jayden would like to work with animals, for example at Marsh Farm. His dad would like him to live as independently as possible with support, and to have a job or a volunteering role when he leaves school.",
    "bfe": {
        "ci": {
            "strengths": "Jayden asks for things he wants using two- or three-word phrases or symbols, and he enjoys sharing jokes with staff.",
            "rows": [
                ("Jayden find it difficult to ask for help or to tell adults when something is wrong. When this happens he may become upset or bite his hand.",
                 "Speech and language therapy programme using Jayden's symbol book and Makaton, set by the NHS Speech and Language Therapist, who visits the class once each half-term (1 hour) to review the programme and model it for staff.\nDelivered 1:1 by the class teaching assistant (TA), who is trained in Makaton Level 2, for 15 minutes daily.",
                 "By July 2027, Jayden will use a symbol or a sign to ask for help or to say 'stop' in 8 out of 10 opportunities across the school day.\nMeasured by: class TA's weekly tally, reviewed by the speech and language therapist."),
                ("Jayden finds it hard to wait and take turns in group activities.",
                 "Turn-taking group, group of 4, 20 minutes daily, led by the class teacher, using motivating objects and a visual 'my turn' card.",
                 "By the end of the Spring term 2027, Jayden will wait for his turn in a group game with three other students for 3 turns without adult help, on 4 days out of 5.\nMeasured by: class teacher's observation record."),
            ],
        },
        "cl": {
            "strengths": "Jayden counts objects to 10 and recognises 20 familiar words by sight, including his own name and his classmates' names.",
            "rows": [
                ("Jayden is working at early primary levels: he counts to 10 reliably and reads about 20 familiar words by sight. He need a lot of repetition and practical tasks to learn new skills.",
                 "Individual literacy and numeracy sessions, 1:1 with the class teacher, 20 minutes daily for each, using real objects and a TEACCH workstation (a structured teaching approach in which tasks are set out visually from left to right).",
                 "By July 2027, Jayden will count to 20 and read 40 familiar words by sight.\nMeasured by: class teacher's termly assessment against his individual learning targets."),
            ],
        },
        "semh": {
            "strengths": "Jayden is usually calm and happy at school and has a good relationship with his class team.",
            "rows": [
                ("When Jayden is anxious, for example when his routine changes, he bites his hand and may run out of the classroom. Staff needs to warn him about changes.",
                 "Visual timetable and 'now and next' board in use all day; any change shown to Jayden in advance with a 'change' symbol, by class staff.\nSensory breaks in the school sensory room, 10 minutes three times a day, with a TA, following his sensory plan.",
                 "By July 2027, Jayden will use his 'break' card to ask for a sensory break instead of running from the room, on 4 out of 5 occasions when he is anxious.\nMeasured by: incident log and TA's tally."),
            ],
        },
        "sp": {
            "strengths": "Jayden is physically active and a confident swimmer.",
            "rows": [
                ("No needs identified in this area. Jayden's sensitivity to noise and touch is described under social, emotional and mental health.",
                 "See the social, emotional and mental health section.",
                 "See the social, emotional and mental health section."),
            ],
        },
    },
    "cge": {
        "strengths": "Jayden is generally healthy and active and eats a good range of foods.",
        "rows": [
            ("Epilepsy: Jayden has tonic-clonic and absence seizures. He takes sodium valproate twice a day at home and has buccal midazolam (a rescue medicine given inside the cheek) in school in case a seizure lasts longer than 5 minutes. He had two seizures at school in the last year.",
             "",
             ""),
            ("Sleep: Jayden often wakes at 3am and is then tired at school. He takes melatonin at bedtime, prescribed by the Community Paediatrician.",
             "Community Paediatrician (Dr Hartley): review of sleep and melatonin every 6 months in clinic (30 minutes).",
             "By the next annual review, Jayden will sleep through until at least 6am on 5 nights out of 7.\nMeasured by: sleep diary kept by Dad."),
        ],
    },
    "dco_line": ("DCO approval of health sections: ", "Dr Nadia Rahman, Designated Clinical Officer, 24 July 2026."),
    "dh": {
        "strengths": "Jayden's dad and sister know him well and care for him very well at home.",
        "rows": [
            ("Jayden's dad is his main carer and works part-time. Caring for Jayden at night and at weekends is tiring, and Jayden needs an adult with him at all times when he is out. A Children with Disabilities Team assessment (April 2026) found that Jayden needs short breaks. Jayden is not on a Child in Need or Child Protection plan.",
             "Overnight short breaks at Oakwood House: 1 night each month (12 nights a year).\nKingsreach Saturday Club: 10am to 2pm every other Saturday during term, staff ratio 1:2.\nFunded by the Children with Disabilities Team.",
             "None.",
             "Not applicable – see the outcomes in the tables above."),
        ],
    },
    "I": ("Kingsreach School", "Maintained special school for pupils with severe and complex learning difficulties (4–19)"),
    "J": ("No direct payment. Short breaks are arranged directly by the Children with Disabilities Team.", "Not applicable."),
    "K": {
        "rows": {
            1: ("Views of Jayden (Talking Mats) and his dad", "22 May 2026", "Jayden and his dad, with Mr Cole, class teacher", "YES"),
            2: ("Educational advice", "3 June 2026", "Mr Liam Cole, Class Teacher, Kingsreach School", "YES"),
            3: ("Speech and language therapy advice", "27 May 2026", "Amy Reid, Speech and Language Therapist, NHS", "YES"),
            4: (None, "1 June 2026", "Dr Ben Hartley, Community Paediatrician", "YES"),
            5: (None, "", "Educational Psychology Service", "YES"),
            6: (None, "15 April 2026", "Rachel Dunne, Social Worker, Children with Disabilities Team", "YES"),
            7: ("Annual review report", "18 June 2026", "Kingsreach School", "YES"),
            8: (None, "10 June 2026", "Sam Okoro, Careers Adviser", "YES"),
        },
        "extra": {
            4: [("Special school nursing advice", "29 May 2026", "Jo Tran, Special School Nurse", "YES")],
        },
    },
    "signoff": ("Tom Ridley, EHC Co-ordinator", "T. Ridley", "30 July 2026"),
})

# ----------------------------------------------------------------- s109
PLANS_DATA.append({
    "file": "s109.docx",
    "layout": "national-template",
    "title": "Estuary Borough Council – Education, Health and Care Plan",
    "front": [
        ("Finalised on", "19 October 2026"),
        ("Review meeting held", "24 September 2026"),
        ("Year", "Year 11"),
    ],
    "personal": {
        "name": "Kyle", "preferred": "Kyle", "dob": "Withheld (anonymised copy)",
        "sex": "Male", "ethnicity": "White British", "lang": "English", "parent_lang": "English",
        "p1": "Foster carers (names withheld)", "p1_rel": "Foster carers",
        "p2": "Kyle's mum (name withheld)", "p2_rel": "Birth mother", "p2_addr": "Withheld (anonymised copy)",
    },
    "services": [
        "Saltings Academy (Year 11) and Riverside Skills Centre (registered alternative provision), Monday to Wednesday",
        "Seacourt Surgery",
        "Removed from this copy",
        "Yes",
        "Youth Offending Team (YOT) – Referral Order (a youth court order) until March 2027; Virtual School (the council team that oversees the education of looked-after children)",
        "Yes – since February 2026",
        "No",
        "No",
        "No",
    ],
    "A1": "Kyle is 16 and in Year 11. He was diagnosed with ADHD (attention deficit hyperactivity disorder) in 2019 and took medication until 2024, when he stopped. He was permanently excluded from his previous secondary school in Year 9 and started at Saltings Academy in September 2024. Since January 2026 he has attended Riverside Skills Centre, an alternative provision, three days a week for motor vehicle and construction courses. He moved to live with foster carers in February 2026.\n\nCommunication: Kyle is a confident talker with adults he trusts. He can be sharp when he feels judged and prefers people to be straight with him.",
    "views": "**Kyle's views (from his meeting with his EHC Co-ordinator, 10 September 2026)**\n\"Riverside is better than school because you do real stuff. I'm good with engines – I can strip a carburettor down on my own. I don't like being told what to do by people who don't know me. I want to do motor vehicle at college next year and get an apprenticeship. I want my own car.\"\n\n**Foster carers' views**\n\"Kyle has settled well with us. He's funny, helpful around the house and brilliant with our younger foster child. He needs structure, and he needs adults to keep their word. We want him to get onto the college course and stay out of trouble.\"\n\nKyle's mum was invited to give her views but did not respond.",
    "interests": "Engines, motorbikes, the gym, cooking with his foster carer.",
    "strengths": "Kyle is practical and good with his hands. He is loyal, gets on well with younger children and is reliable at Riverside, where his attendance is 92%.",
    "aspirations": "Kyle wants to study Motor Vehicle at Estuary College from September 2027 and then get an apprenticeship as a mechanic. He wants his own car and, later, his own flat.",
    "bfe": {
        "ci": {
            "strengths": "Kyle speaks confidently and clearly with adults he trusts.",
            "rows": [
                ("No special educational needs identified in this area.", "Not applicable.", "Not applicable."),
            ],
        },
        "cl": {
            "strengths": "Kyle learns best through practical tasks. His reading is at the level expected for his age.",
            "rows": [
                ("Kyle has gaps in maths and English after missing most of Year 9. He is working at GCSE grade 2 in maths and grade 3 in English. He finds it hard to get started on writing tasks and to keep going.",
                 "Small group maths and English.\nKyle should have support in lessons to get started on written tasks.",
                 "By the end of Year 11, Kyle will achieve GCSE grade 4 in English and at least grade 3 in maths, or Functional Skills Level 2 in both.\nMeasured by: exam results, summer 2027."),
                ("Kyle will need to plan his move to college and manage a new timetable on his own.",
                 "Careers guidance: 1:1 meetings with the Saltings careers adviser (qualified to Level 6), 45 minutes each half-term, including help with his college application by January 2027.\nKyle will have opportunities to take part in vocational sessions at Riverside as appropriate.",
                 "By 31 January 2027, Kyle will have applied for the Level 1 Motor Vehicle course at Estuary College, and in September 2027 he will start the course.\nMeasured by: application confirmation and college enrolment."),
                ("Kyle will need to budget and cook for himself when he leaves care.",
                 "Life skills course at Riverside (budgeting and cooking), group of 6, 2 hours every Thursday for the Spring term, led by the Riverside life skills tutor.",
                 "By the end of the Spring term 2027, Kyle will cook three simple meals on his own and keep to a weekly budget of £30 for 6 weeks in a row.\nMeasured by: life skills tutor's record and foster carers' feedback."),
            ],
        },
        "semh": {
            "strengths": "Kyle responds well to adults who are consistent and straight with him.",
            "rows": [
                ("Kyle finds it hard to manage his anger when he feels disrespected. He has walked out of lessons and had three suspensions in 2025–26.",
                 "Mentoring with the Youth Worker.\nKyle will have opportunities to talk to a trusted adult as appropriate.",
                 "Kyle will manage his anger better and make better choices.\nMeasured by: ongoing monitoring."),
                ("Kyle finds it hard to concentrate for more than 10 to 15 minutes in classroom lessons, especially in the afternoon.",
                 "A 5-minute movement break after every 20 minutes of classroom work, agreed with each teacher; a task card breaking each lesson's work into steps, prepared by the class teacher.",
                 "Kyle will be more focused in lessons.\nMeasured by: teacher feedback."),
                ("Kyle has few positive activities outside school and has been drawn into offending with older young people.",
                 "Youth Worker (see above) to link Kyle with the community gym and the Friday football project.",
                 "By July 2027, Kyle will go to the youth gym session at the community centre at least once a week, first with his Youth Worker and then on his own.\nMeasured by: gym attendance record."),
            ],
        },
        "sp": {
            "strengths": "Kyle is fit and strong and enjoys physical work.",
            "rows": [
                ("No special educational needs identified in this area.", "Not applicable.", "Not applicable."),
            ],
        },
    },
    "cge": {
        "strengths": "Kyle is physically fit and goes to the gym.",
        "rows": [
            ("Not known – awaiting health advice.", "None identified.", "Not applicable."),
        ],
    },
    "dh": {
        "strengths": "Kyle has a stable placement with experienced foster carers.",
        "rows": [
            ("Kyle is looked after by Estuary Borough Council and lives with foster carers.", "None.", "None.", "Not applicable."),
        ],
    },
    "I": ("Saltings Academy", "Mainstream secondary academy (11–16)",
          ("Alternative provision", "Riverside Skills Centre (registered alternative provision), Monday to Wednesday, commissioned and funded by Saltings Academy until July 2027.")),
    "J": ("None.", "Not applicable."),
    "K": {
        "rows": {
            1: ("Views of Kyle", "10 September 2026", "Kyle, with his EHC Co-ordinator", "YES"),
            2: ("Foster carers' views", "12 September 2026", "Kyle's foster carers", "YES"),
            3: ("Educational advice", "15 September 2026", "Mr Daniel Fry, SENCO (Special Educational Needs Co-ordinator), Saltings Academy; Jo Mercer, Centre Manager, Riverside Skills Centre", "YES"),
            5: (None, "22 June 2026", "Dr Helen Marsh, Educational Psychologist", "YES"),
            6: (None, "16 September 2026", "Lauren Hayes, Social Worker, Children Looked After Team", "YES"),
            7: ("Youth Offending Team report", "14 September 2026", "Craig Dale, YOT Case Manager", "YES"),
            8: (None, "8 September 2026", "Sam Okoro, Careers Adviser", "YES"),
        },
    },
    "signoff": ("Gemma Hollis, EHC Co-ordinator", "G. Hollis", "19 October 2026"),
})

# ----------------------------------------------------------------- s112
PLANS_DATA.append({
    "file": "s112.docx",
    "layout": "national-template",
    "title": "Education, Health and Care Plan – Estuary Borough Council",
    "front": [
        ("Year", "Year 13 (sixth form)"),
        ("Review meeting held", "20 May 2026 (annual review)"),
        ("Finalised on", "11 June 2026"),
    ],
    "personal": {
        "name": "Priya", "preferred": "Priya", "dob": "Withheld (anonymised copy) – age 17",
        "sex": "Female", "ethnicity": "Asian British – Indian", "lang": "English", "parent_lang": "Gujarati and English",
        "p1": "Priya's mum (name withheld)", "p1_rel": "Mother",
        "p2": "Priya's dad (name withheld)", "p2_rel": "Father",
    },
    "services": [
        "Kingsreach School Sixth Form",
        "Riverside Medical Centre; Sunita Rao, Epilepsy Nurse Specialist, Estuary Hospital",
        "Not included in this copy",
        "Yes – Children with Disabilities Team (short breaks); Adult Social Care Transitions Team from age 17",
        "Careers adviser; job coach; NHS Speech and Language Therapy",
        "No",
        "No",
        "Yes – appended",
        "No",
    ],
    "A1": "Priya is 17 and lives with her mum, her dad and her grandmother. She has severe learning difficulties and epilepsy. She has been at Kingsreach School since she was 11 and is now in the sixth form.\n\nHow Priya communicates: Priya speaks in short sentences of three to five words and uses Makaton signs to support her speech. She understands everyday conversation when people speak slowly and give her time to answer. She uses a picture schedule on her phone.",
    "views": "**Priya's views**\nHer tutor, Ms Grant, gathered Priya's views over two weeks in April 2026, using photos of her favourite places and a 'happy / not happy' board. Priya said:\n\"I like work. I like the café. I like making cakes. I like my friends Zara and Kim.\"\n\"Not happy: busy shops. Shouting.\"\n\"I want a job in a café.\"\n\n**Family views**\n\"We are very proud of Priya. She is cheerful and hard-working and she helps her grandmother in the kitchen every day. We want her to have a job she enjoys, maybe in a café or a bakery, to have friends and a social life, and to be as independent as possible while living at home with us for now. We worry about her epilepsy when she is out without us.\"",
    "interests": "Baking; music, especially Bollywood songs; dancing; the café at the community centre; her tablet.",
    "strengths": "Priya is reliable and follows routines well. She makes a sandwich and a hot drink on her own and pays for things with a card. She is polite and friendly with customers in the school café. She walks without any difficulty and loves dance and Zumba.",
    "aspirations": "Priya wants to work in a café. When she leaves school in July 2027, she and her family would like her to go on to a supported internship or a college hospitality course and then part-time paid work. In the longer term her parents hope she will live in her own home with support.",
    "bfe": {
        "ci": {
            "strengths": "Priya chats happily with people she knows and uses Makaton and the pictures on her phone well.",
            "rows": [
                ("Priya finds it hard to speak to people she doesn't know, such as customers or shop staff, and to ask for help when she doesn't understand.",
                 "Speech and language therapy: the NHS Speech and Language Therapist visits once each half-term (1 hour) to update Priya's communication programme, including scripts for serving customers.\nPractice of customer scripts and asking for help, 1:1 with a teaching assistant (TA) trained in Makaton, 15 minutes, four days a week.",
                 "By July 2027, Priya will greet a customer, take a simple order and ask for help when she doesn't understand, in 4 out of 5 café shifts.\nMeasured by: café supervisor's checklist."),
            ],
        },
        "cl": {
            "strengths": "Priya reads familiar words, including menu words and signs, and counts money up to £10.",
            "rows": [
                ("Priya is working at Entry Level 1 in English and maths. She finds it hard to work out change and to tell the time.",
                 "Functional Skills English and maths in a group of 6 with a qualified teacher, 1 hour daily, using real-life tasks (menus, prices, bus times).\nMoney skills, 1:1 with a TA, 20 minutes three times a week, using real coins and notes.",
                 "By July 2027, Priya will be awarded Entry Level 1 Functional Skills in English and maths, and she will check her change when buying items costing up to £5 on 4 out of 5 occasions.\nMeasured by: exam results and the TA's record."),
                ("Priya needs to learn the routines and skills for working in a café.",
                 "Work experience in the school café, 2 mornings a week (3 hours each), with the job coach – 1:1 at first, moving to one job coach for three students from January 2027.\nExternal placement at the community centre café, one day a week from April 2027, supported by the job coach.",
                 "By July 2027, Priya will complete a 10-week placement at the community centre café and gain a positive report from her placement supervisor.\nMeasured by: placement supervisor's report."),
            ],
        },
        "semh": {
            "strengths": "Priya is cheerful, popular with her friends and enjoys group activities.",
            "rows": [
                ("Priya becomes upset and freezes in busy, noisy places such as supermarkets, and sometimes refuses to go in.",
                 "Community visits to shops and cafés in a group of 3 with a TA, one afternoon a week (2 hours), with a visual plan made with Priya beforehand and a 'quiet break' card.",
                 "By July 2027, Priya will go into a busy supermarket with one adult and buy the five items on her shopping list, using her quiet break card if she needs it, on 3 out of 4 visits.\nMeasured by: TA's record."),
                ("Priya has not yet gone out in the community on her own, and her parents worry about her safety because of her epilepsy.",
                 "Travel training, 1:1 with the school's travel trainer, 45 minutes twice a week for a block of 12 weeks from January 2027, starting with the route from home to the corner shop.\nPersonal safety sessions (using her phone to call home, what to do if she is lost), group of 4, 30 minutes weekly, with her sixth form tutor.",
                 "By the end of the Spring term 2027, Priya will access the community independently on a short, familiar route – walking from home to the corner shop and buying two items – once a week, and text her mum when she arrives and when she leaves.\nMeasured by: travel log kept by Priya and her mum and checked by the travel trainer."),
            ],
        },
        "sp": {
            "strengths": "Priya is fit and active.",
            "rows": [
                ("No special educational needs identified in this area.", "Not applicable.", "Not applicable."),
            ],
        },
    },
    "cge": {
        "strengths": "Priya is fit and active and takes her tablets without fuss.",
        "rows": [
            ("Epilepsy: Priya has generalised epilepsy with tonic-clonic seizures. She takes lamotrigine (an anti-seizure medicine) twice a day at home. Her last seizure was in January 2026. She has rescue medicine (buccal midazolam, given inside the cheek) at school and in her bag when she is out, to be given if a seizure lasts longer than 5 minutes.",
             "Epilepsy Nurse Specialist, Estuary Hospital: reviews Priya's seizure care plan with her parents every 6 months (30 minutes), and trains school staff, the travel trainer and the job coach in seizure first aid and rescue medicine once a year (a 2-hour session each September).\nPaediatric Neurology clinic: review every 12 months, with a joint appointment in 2027 to hand over to the adult neurology clinic before Priya's 19th birthday.",
             "By July 2027, Priya will tell a trusted adult if she feels unwell or has a warning feeling before a seizure, and will carry her phone and medical ID card on every trip into the community.\nMeasured by: travel trainer's and job coach's records."),
            ("Weight: Priya's weight has gone up over the last year. Her GP has advised a healthy diet and more exercise.",
             "GP: annual learning disability health check (30 minutes), including weight and blood pressure.",
             "By the next annual review, Priya will choose a healthy lunch at least 3 days a week and take part in a dance or exercise session twice a week.\nMeasured by: tutor's record and Priya's photo diary."),
        ],
    },
    "dco_line": ("DCO approval of health sections: ", "the health needs and health provision in this plan were checked and agreed by Dr Nadia Rahman, Designated Clinical Officer, on 5 June 2026."),
    "dh": {
        "strengths": "Priya has a close, supportive family, including her grandmother, who helps to care for her.",
        "rows": [
            ("Priya needs an adult with her at all times in the community because of her epilepsy and learning difficulties, and both her parents work. The Children with Disabilities Team assessed her needs in March 2026 and she has a short breaks package. She will need an adult social care assessment before she turns 18.",
             "Saturday youth club for young people with learning disabilities: 10am to 3pm every Saturday in term time, staff ratio 1:3.\nHoliday activity scheme: 8 days each summer holiday, 6 hours a day.\nBoth funded by the Children with Disabilities Team.",
             "Adult Social Care Transitions Team: a Care Act assessment will be completed by February 2027, before Priya turns 18, so that her support continues without a gap.",
             "By July 2027, Priya will go to her Saturday club on at least 3 Saturdays out of 4 and help plan one outing with her friends each half-term.\nMeasured by: youth club worker's record."),
        ],
    },
    "I": ("Kingsreach School (Sixth Form)", "Maintained special school for pupils with severe and complex learning difficulties (4–19)",
          ("Next step", "From September 2027, a supported internship or a hospitality course at Estuary College, to be agreed at the next annual review.")),
    "J": ("No direct payment. Short breaks are arranged directly by the Children with Disabilities Team.", "Not applicable."),
    "K": {
        "rows": {
            1: ("Priya's views (photos and choices board)", "24 April 2026", "Priya, with Ms Jade Grant, sixth form tutor", "YES"),
            2: ("Parents' views", "24 April 2026", "Priya's mum and dad", "YES"),
            3: ("Educational advice", "30 April 2026", "Ms Jade Grant, Sixth Form Tutor, and Mr Paul Ince, SENCO (Special Educational Needs Co-ordinator), Kingsreach School", "YES"),
            4: (None, "7 April 2026", "Sunita Rao, Epilepsy Nurse Specialist, and Dr Kwame Asante, Paediatric Neurologist, Estuary Hospital", "YES"),
            5: (None, "15 January 2026", "Dr Helen Marsh, Educational Psychologist", "YES"),
            6: (None, "20 March 2026", "Rachel Dunne, Social Worker, Children with Disabilities Team", "YES"),
            7: ("Speech and language therapy advice", "16 April 2026", "Amy Reid, Speech and Language Therapist, NHS", "YES"),
            8: (None, "28 April 2026", "Sam Okoro, Careers Adviser, and Lewis Hart, Job Coach", "YES"),
        },
        "extra": {
            4: [("GP health information", "2 April 2026", "Dr Sam Kirby, GP, Riverside Medical Centre", "YES")],
        },
    },
    "signoff": ("Tom Ridley, EHC Co-ordinator", "T. Ridley", "11 June 2026"),
})


# =====================================================================
# ANSWER KEY
# =====================================================================

CRITERIA = [
    "CA-DATED", "CA-ADVICE-AGE", "CA-STATUTORY-ADVICE", "CA-ANNUAL-REVIEW",
    "PC-OUTCOME-NOT-PROVISION", "PC-SMART", "PC-VOICE", "PC-ASPIRATIONS",
    "PC-ASPIRATION-LINK", "PC-PFA", "PC-STRENGTHS",
    "PR-VAGUE-WORDING", "PR-QUANTIFIED", "PR-OUTCOME-LINK",
    "HC-NEEDS", "HC-PROVISION-SPECIFIC", "HC-NEEDS-MET", "HC-ADVICE",
    "HC-DCO-SIGNOFF", "HC-THERAPY-PLACEMENT", "HC-ADVICE-PROVIDERS", "HC-OUTCOMES",
    "SC-NEEDS", "SC-STATUTORY-LINK", "SC-PROVISION-SPECIFIC", "SC-ADVICE", "SC-RIGHT-SECTION",
    "LG-SPELLING", "LG-GRAMMAR", "LG-READABILITY", "LG-JARGON",
]

KEY = {
    "s101.docx": {
        "age": 15, "year_group": "Year 10", "needs": ["SEMH", "anxiety", "self-harm", "school avoidance", "young carer"],
        "voice": "first person (teenager, 'Who I am' / 'What matters to me' / 'What I find hard') plus mum quoted",
        "fail": {
            "CA-STATUTORY-ADVICE": "K lists Maya's and mum's views, two educational advices, EP, EWMHS and careers advice but no social care advice, although D records \"a Child in Need plan since March 2026\" - statutory social care advice missing",
            "PC-ASPIRATIONS": "A has only \"Who I am\", \"What matters to me\", \"What I find hard\" and mum's \"I need school to understand that she isn't lazy\" - no hopes or aspirations for now or the future from Maya or her mum",
            "PC-ASPIRATION-LINK": "no aspirations in A to build on, and the outcomes (attendance, walking into lessons, safety plan, GCSEs, speaking in a group, meeting a friend) do not draw on her stated interests (drawing/manga, art, Biscuit)",
            "PR-VAGUE-WORDING": "\"15 minutes every morning at the Beacon, and at Saltings where possible\"; \"A seperate quiet room for Maya to use when she feels overwhelmed, as appropriate\"; \"Maya should be allowed to leave lessons 5 minutes early\"",
            "SC-STATUTORY-LINK": "D: \"The family has been supported through a Child in Need plan since March 2026.\" but H1 \"None.\", H2 \"None.\", no social worker contribution, no reference to the CIN plan and no social care advice in K",
            "SC-PROVISION-SPECIFIC": "H1 \"None.\" H2 \"None.\" for a young carer on a CIN plan - no young carers support stated and no statement that short breaks / early help were considered",
            "SC-ADVICE": "no social care advice listed in K",
            "LG-SPELLING": "\"enviroment\" (B), \"occassionally\" (D), \"anxeity\" and \"seperate\" (F), \"recieve\" (I)",
        },
        "na": ["HC-THERAPY-PLACEMENT"],
        "notes": {
            "HC-DCO-SIGNOFF": "PASS: \"DCO approval of health sections: Dr Nadia Rahman, Designated Clinical Officer, 30 September 2026.\"",
            "PR-QUANTIFIED": "PASS: apart from the vague wording, every item states amount/provider; exam access arrangement (\"rest breaks and a small room ... Applied for and arranged by the Saltings Exams Officer\") needs no group size",
            "PC-PFA": "PASS: Year 10 outcomes cover education (GCSEs, post-16 application), friends/community (meet a friend / youth group) and health (safety plan)",
        },
    },
    "s102.docx": {
        "age": 8, "year_group": "Year 4", "needs": ["ADHD", "SEMH"],
        "voice": "third person; child's words gathered by class teacher with a talking mat; mum quoted",
        "fail": {
            "PC-OUTCOME-NOT-PROVISION": "Outcome column: \"Tyler has an adult with him in every lesson to keep him on task and help him calm down.\" - provision written as an outcome",
            "PC-SMART": "\"By the end of Year 4, Tyler will feel calmer and happier at school. Measured by: feedback from Tyler, Mum and staff.\" - not measurable; the 'adult with him' outcome has no measure or date",
            "PR-QUANTIFIED": "\"Small group social skills sessions | Weekly | School staff\" - no session length, group size or staff expertise",
            "PC-STRENGTHS": "A and B describe only difficulties (\"Tyler is hard work at home and at school. He can't sit still...\"; B table lists only deficits) - nothing Tyler is good at or can do",
        },
        "na": ["PC-PFA", "HC-THERAPY-PLACEMENT", "SC-STATUTORY-LINK"],
        "notes": {
            "SC-PROVISION-SPECIFIC": "PASS: H1 none with short breaks discussed; H2 Family Support Worker \"once a fortnight for 1 hour until March 2027\"",
            "SC-STATUTORY-LINK": "NA: Early Help only - no CIN/CP/looked-after status",
            "HC-OUTCOMES": "PASS: appetite need in C -> \"eat at least half of his school lunch on 4 days out of 5\"",
        },
    },
    "s103.docx": {
        "age": 3, "year_group": "Nursery (early years)", "needs": ["Down syndrome", "speech and language", "physical (low tone)"],
        "voice": "What Poppy tells us through play and signs, observed by her Key Person; family quoted",
        "fail": {},
        "na": ["PC-PFA", "SC-STATUTORY-LINK"],
        "notes": {
            "PC-VOICE": "PASS: \"Leanne, Poppy's Key Person at nursery, watched Poppy over four sessions in May 2026 and wrote down what she showed us\" - a three-year-old's views through play",
            "PR-QUANTIFIED": "PASS: \"visits nursery once each half-term for about an hour (six visits a year)\" - a professional's visit needs no group size",
            "CA-DATED": "PASS: the K rows for preparing for adulthood and for advice the parent requests are left as template text (not advice items)",
            "SC-PROVISION-SPECIFIC": "PASS: H1 \"None at present. Information about short breaks ... given to the family on 10 June 2026\"; H2 \"Early Help was discussed and is not needed\"",
            "HC-THERAPY-PLACEMENT": "PASS: speech and language therapy and the physiotherapy-set movement programme are in F (B-F-E tables)",
            "HC-DCO-SIGNOFF": "PASS: \"DCO approval of health sections: the health needs and provision above were agreed by Dr Nadia Rahman, Designated Clinical Officer, on 8 July 2026.\"",
        },
    },
    "s104.docx": {
        "age": 17, "year_group": "Year 12", "needs": ["ASC", "anxiety (SEMH)"],
        "voice": "first person written by the young person; parents quoted",
        "fail": {},
        "na": ["SC-STATUTORY-LINK", "HC-THERAPY-PLACEMENT"],
        "notes": {
            "PC-OUTCOME-NOT-PROVISION": "PASS (trap): \"gain a positive report from my placement supervisor\" and \"be awarded my Level 1 Diploma in Animal Care\" are achievements, not provision",
            "PC-SMART": "PASS (trap): \"I will access the community independently, travelling by bus from home to college and into town on my own, on 4 out of 5 days\" is an outcome",
            "PR-VAGUE-WORDING": "PASS (trap): \"May 2027: the Job Coach will run two mock interviews\" - May is the month",
            "PR-QUANTIFIED": "PASS: \"25% extra time and a separate small room ... applied for by the college Exams Officer\" (access arrangement); \"Ear defenders, supplied by college Learning Support\" (equipment)",
            "SC-NEEDS": "PASS: no social care needs, on the basis of the 14-25 Transitions Team assessment in March 2026",
        },
    },
    "s105.docx": {
        "age": 11, "year_group": "Year 7", "needs": ["hearing impairment", "EAL"],
        "voice": "child's words gathered by support assistant with interpreter; parents' views in professional paraphrase",
        "fail": {
            "CA-STATUTORY-ADVICE": "hearing-impaired pupil but the only hearing educational advice is \"Joanne Price, Specialist Support Assistant (Hearing), Sensory Support Service\" - no advice from a qualified Teacher of the Deaf",
            "CA-ADVICE-AGE": "\"Medical advice | Paediatric Audiology, Estuary Hospital (Mr Neil Foster, Audiologist) | 14 March 2023\" - about 35 months old when the plan was finalised on 12 February 2026",
            "HC-ADVICE": "the only medical advice is the March 2023 audiology report - not current",
            "HC-THERAPY-PLACEMENT": "G: \"NHS Speech and Language Therapy: a block of 6 weekly 1:1 sessions (45 minutes) each term in school to develop Zofia's vocabulary and narrative skills\" - educational therapy placed in G",
            "LG-READABILITY": "A: \"Zofia has a bilateral moderate-to-severe SNHL (PTA 60–70 dB HL) ... Aided BKB scores are 86% in quiet, reducing to 52% at +5 dB SNR\"; E: \"increase receptive subject-specific vocabulary, with ≥80% of pre-taught Tier 3 vocabulary retained at 2-week probe, and demonstrate age-appropriate narrative macrostructure on the ERRNI\" - not readable by a family",
            "LG-JARGON": "BTE, SNR, RM, SNHL, PTA, dB HL, BKB, BPVS, SSS, ToD, NatSIP, ERRNI, SSA, SALT, HA, SENCO used without explanation",
        },
        "na": ["PC-PFA", "SC-STATUTORY-LINK"],
        "notes": {
            "PC-SMART": "PASS: despite the jargon, each outcome has a date (February 2027) and a measure",
            "HC-ADVICE-PROVIDERS": "PASS: both G providers (Audiology, NHS SALT) have advice in K (audiology's is old - counted under CA-ADVICE-AGE / HC-ADVICE)",
            "PR-QUANTIFIED": "PASS: \"Radio aid (RM system) ... maintained and repaired by the Sensory Support Service technician\" (equipment with who maintains it); ToD \"Fortnightly during term, 1 hour\"",
        },
    },
    "s106.docx": {
        "age": 14, "year_group": "Year 9", "needs": ["SLD", "ASC", "epilepsy"],
        "voice": "Talking Mats gathered by class teacher (third person); dad quoted",
        "fail": {
            "CA-DATED": "K row Educational psychologist: Date received left blank, Who from \"Educational Psychology Service\" - the EP advice has no date",
            "PC-ASPIRATION-LINK": "A: Jayden \"signed 'farm' and 'work' together\"; aspiration \"to work with animals, for example at Marsh Farm\", dad wants independence - no outcome builds on animals, work or independence",
            "PC-PFA": "Year 9 plan whose outcomes cover only asking for help, turn-taking, counting/reading, a break card and sleep - nothing on employment, independent living or community",
            "HC-NEEDS-MET": "C: \"Epilepsy: Jayden has tonic-clonic and absence seizures ... buccal midazolam ... in school\" - the G cell for this row is empty (no seizure plan, rescue medicine training or neurology review)",
            "HC-OUTCOMES": "the epilepsy row has no outcome (E cell empty)",
            "LG-GRAMMAR": "\"He understand more than he can say\"; \"Jayden find it difficult to ask for help\"; \"He need a lot of repetition\"; \"Staff needs to warn him about changes\"",
        },
        "na": ["SC-STATUTORY-LINK"],
        "notes": {
            "SC-STATUTORY-LINK": "NA: \"Jayden is not on a Child in Need or Child Protection plan\" (short breaks only)",
            "HC-DCO-SIGNOFF": "PASS: \"DCO approval of health sections: Dr Nadia Rahman, Designated Clinical Officer, 24 July 2026.\"",
            "HC-PROVISION-SPECIFIC": "PASS: the one health provision written (sleep review every 6 months, 30 minutes) is specific; the gap is counted under HC-NEEDS-MET",
            "CA-STATUTORY-ADVICE": "PASS: parent/child, educational, medical, social care and PfA advice present; EP advice is listed (undated - counted under CA-DATED)",
        },
    },
    "s107.docx": {
        "age": 20, "year_group": "Post-19", "needs": ["physical (cerebral palsy)", "learning difficulty", "communication (AAC)"],
        "voice": "third person - mum and college staff only",
        "fail": {
            "CA-ANNUAL-REVIEW": "\"Review meeting held: 30 September 2025\", \"Finalised on: 24 October 2025\" - more than 12 months before the audit date (1 December 2026)",
            "PC-VOICE": "A has \"Ellie's background\", \"What her mum says\", \"What college staff say\" and \"Interests\" - nothing in Ellie's own words and no account of how her views were gathered (she is 20 and communicates with speech and an app)",
            "HC-DCO-SIGNOFF": "G lists physiotherapy, SALT (swallowing), Wheelchair Service and GP provision but there is no record anywhere that health (DCO/commissioner) agreed it",
            "SC-RIGHT-SECTION": "F: \"Home care package: care agency visits every morning (45 minutes) and every evening (45 minutes), 7 days a week, for personal care, funded by Adult Social Care.\" - social care provision in F; H2 says \"The home care package is set out in Section F.\"",
        },
        "na": ["SC-STATUTORY-LINK"],
        "notes": {
            "CA-ADVICE-AGE": "PASS: all advice 1-8 months old when the plan was finalised (EP 20 February 2025 is the oldest)",
            "HC-THERAPY-PLACEMENT": "PASS: communication therapy is in F; swallowing SALT and physiotherapy are health provision in G",
            "SC-PROVISION-SPECIFIC": "PASS: H2 \"A personal assistant ... 6 hours a week, funded through a direct payment\"; H1 \"Not applicable – Ellie is over 18.\"",
            "PC-ASPIRATIONS": "PASS: mum's hopes (part-time work in a café or office, supported living with friends)",
        },
    },
    "s108.docx": {
        "age": 6, "year_group": "Year 2", "needs": ["speech and language (DLD)", "EAL"],
        "voice": "child's own words gathered by TA with pictures; parents quoted",
        "fail": {},
        "na": ["PC-PFA", "HC-PROVISION-SPECIFIC", "HC-NEEDS-MET", "HC-DCO-SIGNOFF", "HC-ADVICE-PROVIDERS", "HC-OUTCOMES", "SC-STATUTORY-LINK"],
        "notes": {
            "HC-NEEDS": "PASS: \"Ayo has no health needs relating to his special educational needs. His hearing was tested ... in January 2026 and is normal. The School Nursing Team's health advice (March 2026) confirmed...\"",
            "HC-THERAPY-PLACEMENT": "PASS: SALT in F; G \"No health care provision is needed\"",
            "PR-QUANTIFIED": "PASS: \"Once each half-term, about an hour (six visits a year)\" - therapist's visit, no group size needed",
            "SC-PROVISION-SPECIFIC": "PASS: H1 \"Short breaks and Early Help were considered during the assessment and are not needed.\"",
        },
    },
    "s109.docx": {
        "age": 16, "year_group": "Year 11", "needs": ["ADHD", "SEMH", "looked after", "alternative provision"],
        "voice": "first person quote from the young person; foster carers quoted",
        "fail": {
            "CA-STATUTORY-ADVICE": "K \"Medical advice\" row left empty - no medical/health advice (no looked-after child health assessment either)",
            "PC-SMART": "\"Kyle will manage his anger better and make better choices. Measured by: ongoing monitoring.\"; \"Kyle will be more focused in lessons. Measured by: teacher feedback.\" - not measurable, no date",
            "PR-VAGUE-WORDING": "\"Kyle should have support in lessons to get started on written tasks.\"; \"Kyle will have opportunities to take part in vocational sessions at Riverside as appropriate.\"; \"opportunities to talk to a trusted adult as appropriate\"",
            "PR-QUANTIFIED": "\"Small group maths and English.\"; \"Mentoring with the Youth Worker.\" - no frequency, length, group size or expertise",
            "HC-NEEDS": "C: \"Not known – awaiting health advice.\"",
            "HC-ADVICE": "no medical/health advice listed in K",
            "SC-NEEDS": "D: \"Kyle is looked after by Estuary Borough Council and lives with foster carers.\" - states status, describes no needs",
            "SC-STATUTORY-LINK": "looked after since February 2026 (services table: Currently a looked after child? | Yes – since February 2026) but D/H do not mention the care plan, PEP, Virtual School or the social worker's advice; H1 \"None.\" H2 \"None.\"",
            "SC-PROVISION-SPECIFIC": "H1 \"None.\" H2 \"None.\" - nothing on what support the care plan gives or whether other support was considered",
        },
        "na": ["HC-PROVISION-SPECIFIC", "HC-NEEDS-MET", "HC-DCO-SIGNOFF", "HC-THERAPY-PLACEMENT", "HC-ADVICE-PROVIDERS", "HC-OUTCOMES"],
        "notes": {
            "CA-DATED": "PASS: the empty template \"Medical advice\" row is not an advice item; all listed items are attributed and dated",
            "SC-ADVICE": "PASS: K: \"Lauren Hayes, Social Worker, Children Looked After Team\", 16 September 2026",
            "PC-PFA": "PASS: college application, life skills (cooking/budget), community gym",
        },
    },
    "s110.docx": {
        "age": 10, "year_group": "Year 5", "needs": ["vision impairment (albinism)"],
        "voice": "first person written with the QTVI; mum quoted",
        "fail": {},
        "na": ["PC-PFA", "SC-STATUTORY-LINK", "HC-THERAPY-PLACEMENT"],
        "notes": {
            "HC-NEEDS": "PASS (trap): \"I have no difficulty walking or running\" sits alongside real health needs (albinism, sun protection) which C describes",
            "PR-VAGUE-WORDING": "PASS (trap): \"May 2027: the Habilitation Specialist will begin route training\" - May the month",
            "PR-QUANTIFIED": "PASS: equipment \"provided by the Sensory Support Service and set up and checked each half-term by its technician\"; QTVI \"a visit each half-term (six visits a year, about 1.5 hours each)\"; test arrangements \"arranged by the SENCO\"",
            "CA-STATUTORY-ADVICE": "PASS: QTVI advice (Mrs Louise Dalton, 20 January 2026) present for a vision-impaired pupil",
            "HC-DCO-SIGNOFF": "PASS: \"DCO approval of health sections: approved by Claire Boateng, Deputy Designated Clinical Officer, 2 March 2026.\"",
        },
    },
    "s111.docx": {
        "age": 12, "year_group": "Year 8", "needs": ["ASC", "SEMH", "school avoidance", "self-harm", "young carer"],
        "voice": "first person (written with Head of Year); mum quoted",
        "fail": {
            "PC-OUTCOME-NOT-PROVISION": "\"I will have a weekly session with the school counsellor until the end of the Spring term 2027. Measured by: the counsellor's attendance record.\" - provision written as an outcome",
            "PR-OUTCOME-LINK": "B row \"Cognition and learning: literacy\" | \"My reading age is 9 years 4 months and my spelling is weak\" - no literacy provision in F (and no outcome)",
            "HC-PROVISION-SPECIFIC": "G: \"School Nurse to offer support with Leah's sleep as needed.\" - no what, how often or how long",
            "HC-NEEDS-MET": "C: \"Leah eats a very limited range of foods (about ten) and has lost weight since Easter\" - no health provision in G for her eating or weight",
            "HC-ADVICE-PROVIDERS": "School Nurse provides in G but K has no School Nurse advice",
        },
        "na": ["PC-PFA", "HC-THERAPY-PLACEMENT", "SC-STATUTORY-LINK"],
        "notes": {
            "PC-SMART": "PASS: the counsellor 'outcome' is dated and measured (it fails as provision, not SMART); the other outcomes are SMART",
            "SC-PROVISION-SPECIFIC": "PASS: H2 Young Carers Worker \"1 hour every fortnight\" and \"monthly young carers' group (2 hours...)\"",
            "SC-STATUTORY-LINK": "NA: young carer's assessment only; no CIN/CP/looked-after status for Leah",
            "HC-OUTCOMES": "PASS: anxiety/self-harm -> time-out/tell key adult; sleep -> asleep by 11pm; eating -> lunch in the Base",
        },
    },
    "s112.docx": {
        "age": 17, "year_group": "Year 13", "needs": ["SLD", "epilepsy"],
        "voice": "young person's words gathered by tutor with photos and a choices board; family quoted",
        "fail": {},
        "na": ["SC-STATUTORY-LINK"],
        "notes": {
            "PC-OUTCOME-NOT-PROVISION": "PASS (trap): \"be awarded Entry Level 1 Functional Skills\" and \"gain a positive report from her placement supervisor\" are achievements",
            "PC-SMART": "PASS (trap): \"Priya will access the community independently on a short, familiar route ... once a week\" is an outcome",
            "HC-NEEDS": "PASS (trap): \"She walks without any difficulty\" alongside epilepsy, which C and G cover",
            "CA-DATED": "PASS: the K row for advice the parent requests is left as template text (not an advice item)",
            "HC-DCO-SIGNOFF": "PASS: \"checked and agreed by Dr Nadia Rahman, Designated Clinical Officer, on 5 June 2026\"",
        },
    },
}


def build_labels():
    out = {"audit_date": datetime.date(2026, 12, 1), "plans": []}
    for plan in PLANS_DATA:
        k = KEY[plan["file"]]
        labels = {}
        for c in CRITERIA:
            if c in k["fail"]:
                labels[c] = "fail"
            elif c in k["na"]:
                labels[c] = "na"
            else:
                labels[c] = "pass"
        why = {}
        for c in CRITERIA:
            if c in k["fail"]:
                why[c] = k["fail"][c]
            elif c in k.get("notes", {}):
                why[c] = k["notes"][c]
        out["plans"].append({
            "file": plan["file"],
            "layout": plan["layout"],
            "age": k["age"],
            "year_group": k["year_group"],
            "needs": k["needs"],
            "voice": k["voice"],
            "labels": labels,
            "why": why,
        })
    out["plans"].sort(key=lambda p: p["file"])
    return out


def main():
    os.makedirs(PLANS, exist_ok=True)
    for plan in PLANS_DATA:
        doc = RENDER[plan["layout"]](plan)
        doc.core_properties.author = "Estuary Borough Council SEND Service"
        doc.core_properties.title = "Education, Health and Care Plan"
        doc.save(os.path.join(PLANS, plan["file"]))
        print("wrote", plan["file"])
    labels = build_labels()
    with open(os.path.join(HERE, "labels.yaml"), "w") as fh:
        yaml.safe_dump(labels, fh, sort_keys=False, allow_unicode=True, width=1000)
    print("wrote labels.yaml")


if __name__ == "__main__":
    main()
