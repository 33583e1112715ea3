#!/usr/bin/env python3
"""Generator for blind validity set X1 (Marram Coast Council, fictional).

Plan text is held as Python data below; one renderer per layout:
  ef-table, letter-column, national-template.
Run:  /work/blind/.venv-X1/bin/python generate.py
"""
import copy
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "plans")
TEMPLATE = "/work/shared/reference/national-ehcp-template.docx"
COUNCIL = "Marram Coast Council"


# ---------------------------------------------------------------- helpers
def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def set_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + edge)
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), "4")
        el.set(qn("w:space"), "0")
        el.set(qn("w:color"), "808080")
        borders.append(el)
    tblPr.append(borders)


class _Filler:
    """Adds paragraphs to a document or a cell, re-using a cell's first empty paragraph."""

    def __init__(self, target):
        self.t = target
        self.first = None
        if hasattr(target, "_tc"):
            ps = target.paragraphs
            if len(ps) == 1 and not ps[0].text:
                self.first = ps[0]

    def para(self, text="", style=None):
        if self.first is not None:
            p = self.first
            self.first = None
            if text:
                p.add_run(text)
            if style:
                p.style = style
            return p
        return self.t.add_paragraph(text, style=style)


def _has_style(target, name):
    try:
        target.part.document.styles[name]
        return True
    except KeyError:
        return False


def add_blocks(target, blocks):
    """Block kinds: str = paragraph; ("h", t) bold sub-heading; ("b", [..]) bullets;
    ("n", [..]) numbered list; ("q", t) italic quote; ("bt", [..]) hand-typed bullets."""
    f = _Filler(target)
    if isinstance(blocks, str):
        blocks = [blocks]
    for b in blocks:
        if isinstance(b, str):
            f.para(b)
        elif b[0] == "h":
            p = f.para()
            r = p.add_run(b[1])
            r.bold = True
        elif b[0] == "q":
            p = f.para()
            r = p.add_run(b[1])
            r.italic = True
        elif b[0] == "b":
            for item in b[1]:
                if _has_style(target, "List Bullet"):
                    f.para(item, style="List Bullet")
                else:  # the national template has no list styles: hand-typed bullet
                    f.para("\u2022 " + item)
        elif b[0] == "n":
            for item in b[1]:
                f.para(item, style="List Number")
        elif b[0] == "bt":
            for item in b[1]:
                f.para("\u2022 " + item)
        else:
            raise ValueError(b)
    return f


def title_block(doc, plan):
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(COUNCIL)
    r.bold = True
    r.font.size = Pt(14)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Education, Health and Care (EHC) Plan")
    r.bold = True
    r.font.size = Pt(16)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("Marram Coast Special Educational Needs and Disabilities (SEND) Service").italic = True


def front_table(doc, plan):
    t = doc.add_table(rows=0, cols=2)
    set_borders(t)
    for label, value in plan["front"]:
        row = t.add_row()
        row.cells[0].text = label
        row.cells[0].paragraphs[0].runs[0].bold = True
        shade(row.cells[0], "DCE6F0")
        row.cells[1].text = value
    doc.add_paragraph()


# ------------------------------------------------------- layout: ef-table
EF_SECTION_TITLES = {
    "A": "Section A: The views, interests and aspirations of {name} and {poss} family",
    "B": "Section B: {name}'s special educational needs",
    "C": "Section C: {name}'s health needs which relate to {poss} special educational needs",
    "D": "Section D: {name}'s social care needs which relate to {poss} special educational needs or disability",
    "EF": "Sections E and F: Outcomes and the special educational provision to help {name} achieve them",
    "G": "Section G: Health provision",
    "H1": "Section H1: Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970",
    "H2": "Section H2: Other social care provision",
    "I": "Section I: Placement",
    "J": "Section J: Personal budget",
    "K": "Section K: Advice and information gathered during the EHC needs assessment",
}


def merge_down(table, col, r0, r1):
    if r1 > r0:
        table.cell(r0, col).merge(table.cell(r1, col))


def render_ef_table(plan):
    doc = Document()
    title_block(doc, plan)
    front_table(doc, plan)
    fmt = dict(name=plan["name"], poss=plan["poss"])

    def heading(key):
        doc.add_heading(EF_SECTION_TITLES[key].format(**fmt), level=1)

    for key in ("A", "B", "C", "D"):
        heading(key)
        add_blocks(doc, plan[key])
    heading("EF")
    if plan.get("EF_intro"):
        add_blocks(doc, plan["EF_intro"])
    hdr = plan.get("EF_header", ["Outcome (Section E)", "Provision (Section F)",
                                 "How often and for how long", "Who provides it"])
    t = doc.add_table(rows=1, cols=4)
    set_borders(t)
    for i, h in enumerate(hdr):
        c = t.rows[0].cells[i]
        c.text = h
        c.paragraphs[0].runs[0].bold = True
        shade(c, "1F4E79")
        c.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    for area in plan["EF"]:
        row = t.add_row()
        a = row.cells[0].merge(row.cells[3])
        a.text = area["area"]
        a.paragraphs[0].runs[0].bold = True
        shade(a, "DCE6F0")
        for grp in area["groups"]:
            start = len(t.rows)
            for prov in grp["prov"]:
                r = t.add_row()
                r.cells[1].text = prov[0]
                r.cells[2].text = prov[1]
                r.cells[3].text = prov[2]
            end = len(t.rows) - 1
            merge_down(t, 0, start, end)
            cell = t.cell(start, 0)
            cell.text = grp["outcome"]
    doc.add_paragraph()
    for key in ("G", "H1", "H2", "I", "J"):
        heading(key)
        add_blocks(doc, plan[key])
    heading("K")
    if plan.get("K_intro"):
        add_blocks(doc, plan["K_intro"])
    kt = doc.add_table(rows=1, cols=3)
    set_borders(kt)
    for i, h in enumerate(plan.get("K_header", ["Advice or information", "Given by", "Date"])):
        kt.rows[0].cells[i].text = h
        kt.rows[0].cells[i].paragraphs[0].runs[0].bold = True
        shade(kt.rows[0].cells[i], "DCE6F0")
    for item in plan["K"]:
        r = kt.add_row()
        for i, v in enumerate(item):
            r.cells[i].text = v
    doc.add_paragraph()
    add_blocks(doc, plan["signoff"])
    return doc


# -------------------------------------------------- layout: letter-column
LC_TITLES = {
    "A": "The views, interests and aspirations of {name} and {poss} parents or carers",
    "B": "Special educational needs",
    "C": "Health needs related to {poss} special educational needs",
    "D": "Social care needs related to {poss} special educational needs or disability",
    "E": "Outcomes",
    "F": "Special educational provision",
    "G": "Health provision",
    "H1": "Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970",
    "H2": "Other social care provision",
    "I": "Placement",
    "J": "Personal budget",
    "K": "Advice and information",
}


def render_letter_column(plan):
    doc = Document()
    title_block(doc, plan)
    # short front matter above the big table, as label: value lines
    for label, value in plan["front"]:
        p = doc.add_paragraph()
        p.add_run(label + ": ").bold = True
        p.add_run(value)
    t = doc.add_table(rows=0, cols=2)
    set_borders(t)
    fmt = dict(name=plan["name"], poss=plan["poss"])
    for key in ("A", "B", "C", "D", "E", "F", "G", "H1", "H2", "I", "J", "K"):
        chunks = plan[key]  # list of chunks; each chunk = one row of blocks
        start = len(t.rows)
        r = t.add_row()
        r.cells[1].text = LC_TITLES[key].format(**fmt)
        r.cells[1].paragraphs[0].runs[0].bold = True
        shade(r.cells[1], "EFEFEF")
        for chunk in chunks:
            r = t.add_row()
            add_blocks(r.cells[1], chunk)
        end = len(t.rows) - 1
        merge_down(t, 0, start, end)
        lc = t.cell(start, 0)
        lc.text = key
        run = lc.paragraphs[0].runs[0]
        run.bold = True
        run.font.size = Pt(20)
        lc.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        shade(lc, "BDD7EE")
    for tr in t.rows:
        tr.cells[0].width = Pt(40)
    doc.add_paragraph()
    add_blocks(doc, plan["signoff"])
    return doc


# --------------------------------------------- layout: national-template
def clear_cell(cell):
    ps = cell.paragraphs
    for p in ps[1:]:
        p._p.getparent().remove(p._p)
    p0 = cell.paragraphs[0]
    for r in list(p0.runs):
        r._r.getparent().remove(r._r)
    for el in list(p0._p):
        if el.tag in (qn("w:hyperlink"),):
            p0._p.remove(el)


def set_cell(cell, blocks):
    clear_cell(cell)
    add_blocks(cell, blocks)


def insert_paragraph_after(element, doc, text="", bold_label=None):
    from docx.text.paragraph import Paragraph
    new_p = OxmlElement("w:p")
    element.addnext(new_p)
    para = Paragraph(new_p, doc._body)
    if bold_label:
        para.add_run(bold_label).bold = True
    if text:
        para.add_run(text)
    return para


def delete_row(table, row):
    table._tbl.remove(row._tr)


def copy_row_after(table, row):
    new_tr = copy.deepcopy(row._tr)
    row._tr.addnext(new_tr)
    from docx.table import _Row
    return _Row(new_tr, table)


def render_national(plan):
    doc = Document(TEMPLATE)
    body = doc.element.body
    T = doc.tables
    # plan details under the template title (house style)
    h1 = doc.paragraphs[0]
    anchor = h1._p
    p = insert_paragraph_after(anchor, doc, COUNCIL + " \u2013 Education, Health and Care (EHC) plan")
    p.runs[0].bold = True
    anchor = p._p
    for label, value in plan["details"]:
        p = insert_paragraph_after(anchor, doc, value, bold_label=label + ": ")
        anchor = p._p
    # personal details
    pd = T[0]
    set_cell(pd.rows[1].cells[1], plan["name"])
    set_cell(pd.rows[1].cells[3], plan.get("preferred", plan["name"]))
    set_cell(pd.rows[2].cells[1], plan["pd"]["dob"])
    set_cell(pd.rows[3].cells[1], plan["pd"]["sex"])
    set_cell(pd.rows[3].cells[3], plan["pd"]["ethnicity"])
    set_cell(pd.rows[4].cells[1], plan["pd"]["lang"])
    set_cell(pd.rows[4].cells[3], plan["pd"]["parent_lang"])
    set_cell(pd.rows[6].cells[1], plan["pd"]["p1"])
    set_cell(pd.rows[6].cells[3], plan["pd"]["p1rel"])
    set_cell(pd.rows[7].cells[1], "Held on the case record")
    set_cell(pd.rows[7].cells[3], "Held on the case record")
    set_cell(pd.rows[8].cells[1], "Held on the case record")
    set_cell(pd.rows[9].cells[1], plan["pd"].get("p2", "Not applicable"))
    set_cell(pd.rows[9].cells[3], plan["pd"].get("p2rel", ""))
    set_cell(pd.rows[10].cells[1], "Held on the case record" if plan["pd"].get("p2") else "")
    set_cell(pd.rows[10].cells[3], "Held on the case record" if plan["pd"].get("p2") else "")
    set_cell(pd.rows[11].cells[1], plan["pd"].get("p2addr", "Not applicable"))
    sv = T[1]
    for i, key in enumerate(["setting", "gp", "nhs", "social", "others", "lac_now", "lac_ever",
                             "opp", "moving"], start=1):
        set_cell(sv.rows[i].cells[1], plan["services"][key])
    # A1 / A2
    set_cell(T[2].rows[1].cells[1], plan["A1"])
    set_cell(T[3].rows[3].cells[0], plan["views"])
    set_cell(T[3].rows[5].cells[0], plan["interests"])
    set_cell(T[3].rows[7].cells[0], plan["strengths"])
    set_cell(T[3].rows[9].cells[0], plan["aspirations"])
    # B-F-E tables
    for ti, key in zip((4, 5, 6, 7), ("ci", "cl", "semh", "sp")):
        tbl = T[ti]
        area = plan["bfe"][key]
        set_cell(tbl.rows[2].cells[0], area["strengths"])
        rows = list(tbl.rows)[4:]
        for i, r in enumerate(rows):
            if i < len(area["rows"]):
                for j in range(3):
                    set_cell(r.cells[j], area["rows"][i][j])
            else:
                delete_row(tbl, r)
    # C-G-E
    tbl = T[8]
    set_cell(tbl.rows[1].cells[0], plan["health"]["strengths"])
    rows = list(tbl.rows)[3:]
    for i, r in enumerate(rows):
        if i < len(plan["health"]["rows"]):
            for j in range(3):
                set_cell(r.cells[j], plan["health"]["rows"][i][j])
        else:
            delete_row(tbl, r)
    if plan.get("health_agreement"):
        ha = insert_paragraph_after(tbl._tbl, doc, plan["health_agreement"][1],
                                    bold_label=plan["health_agreement"][0])
    # D-H1-H2-E
    tbl = T[9]
    set_cell(tbl.rows[1].cells[0], plan["social"]["strengths"])
    rows = list(tbl.rows)[3:]
    for i, r in enumerate(rows):
        if i < len(plan["social"]["rows"]):
            for j in range(4):
                set_cell(r.cells[j], plan["social"]["rows"][i][j])
        else:
            delete_row(tbl, r)
    # I placement
    tbl = T[10]
    set_cell(tbl.rows[0].cells[1], plan["I"][0])
    set_cell(tbl.rows[1].cells[1], plan["I"][1])
    for r in list(tbl.rows)[2:]:
        delete_row(tbl, r)
    # J
    tbl = T[11]
    set_cell(tbl.rows[0].cells[1], plan["J"][0])
    set_cell(tbl.rows[1].cells[1], plan["J"][1])
    # K: one entry per template row (1..9); None leaves the row as the template has it.
    tbl = T[12]
    krows = list(tbl.rows)
    for i, entry in enumerate(plan["K"], start=1):
        if entry is None:
            continue
        entries = entry if isinstance(entry, list) else [entry]
        base = krows[i]
        targets = [base]
        for _ in entries[1:]:
            targets.append(copy_row_after(tbl, targets[-1]))
        for row, e in zip(targets, entries):
            label, date, who, appended = e
            if label is not None:
                set_cell(row.cells[0], label)
            set_cell(row.cells[1], date)
            set_cell(row.cells[2], who)
            set_cell(row.cells[3], appended)
    # sign-off
    tbl = T[13]
    for j, v in enumerate(plan["signoff"]):
        set_cell(tbl.rows[1].cells[j], v)
    return doc


# ======================================================================
# x101 - ef-table - SOUND - Tomás, 7, Year 2, developmental language disorder
# ======================================================================
X101 = dict(
    id="x101", layout="ef-table", name="Tomás", poss="his",
    front=[
        ("Name used in this plan", "Tomás"),
        ("Age and school year", "7 years old, Year 2"),
        ("School", "Holme Staithe Church of England Primary School"),
        ("Languages spoken at home", "Portuguese (Tomás speaks Portuguese and English)"),
        ("Date this plan was issued", "14 September 2026"),
        ("Date of last annual review", "Not applicable \u2013 this is Tomás's first EHC plan. The first annual review will be held by September 2027."),
        ("Type of plan", "Final EHC plan"),
        ("EHC coordinator", "Lead EHC Coordinator, Marram Coast SEND Service"),
    ],
    A=[
        ("h", "How we found out what Tomás thinks"),
        "Tomás shared his views with his class teacher and a Portuguese-speaking teaching assistant on 23 June 2026. They used picture cards and a recording button so that Tomás could choose his answers and say them in the language he wanted. The words in this section that are in quotation marks are Tomás's own; where he spoke Portuguese, the teaching assistant has translated them.",
        ("h", "About me"),
        ("q", "\u201cI am Tomás. I am seven. I live with Mãe, Pai and my baby sister Inês. We live near the big glasshouses where Pai works.\u201d"),
        ("q", "\u201cI like football, trains and Lego. I like drawing trains with lots of carriages. My best time at school is games and building.\u201d"),
        ("q", "\u201cMiss Carter is kind because she waits for me. Sometimes I don't know the words. Then I point or I draw it.\u201d"),
        ("q", "\u201cWhen the class is noisy my head gets full. I like the quiet table.\u201d"),
        ("h", "What people like and admire about Tomás"),
        ("b", [
            "Tomás is kind and helpful. He is the first to help a younger child who has fallen over in the playground.",
            "He is good with numbers. He can count to 100, add and take away numbers to 20, and he loves measuring things.",
            "He is a careful and detailed drawer, and he often shows what he means by drawing it.",
            "He is a strong and skilful footballer and plays for a junior team in Sandhaven on Saturdays.",
            "He speaks two languages and is proud of it; he sometimes teaches his friends Portuguese words.",
            "He remembers routines well once he has learned them and likes to help set up the classroom.",
        ]),
        ("h", "What is important to Tomás"),
        "Playing football with his friends at lunchtime, having time to answer when someone asks him a question, his family (especially his baby sister), and being allowed to show his work by drawing it. Tomás does not like being rushed, and he does not like it when other children finish his sentences for him.",
        ("h", "My family's views"),
        "Tomás's parents, Ana and Rui, shared their views at a meeting at school on 30 June 2026 with a Portuguese interpreter. The family came to the Marram coast from Portugal in 2022 when Rui found seasonal work on a salad farm. Rui now works all year round in the packhouse and Ana works part time, so the family have settled in Holme Staithe and want Tomás to stay at his school.",
        "Ana and Rui told us that at first they thought Tomás was slow to talk because he was learning English. They became worried when they noticed he also found it hard to explain things in Portuguese, and that his younger cousins in Portugal were saying longer sentences than him. They are relieved that the speech and language therapist assessed him in both languages and that there is now a clear explanation. They would like school to keep using Portuguese words with him alongside English, and they would like to be shown the games and activities they can do at home.",
        "Tomás's parents are also worried about his sleep. He takes more than an hour to settle at night and often wakes, which makes mornings difficult for the whole family. They would like help with this.",
        ("h", "Hopes for the future"),
        ("q", "Tomás: \u201cI want to play football for Norwich. Or drive a train.\u201d"),
        "Ana and Rui hope that Tomás will read and write well in English and in Portuguese, that he will always have good friends, and that he will be able to put his hand up and talk in front of his class. In the longer term, they hope he will go to the local secondary school with his friends, and that he will have the chance to go to college and choose his own job.",
    ],
    B=[
        "Tomás has a developmental language disorder (DLD). This is a long-term difficulty with learning, understanding and using spoken language that is not explained by another condition. It was diagnosed by a specialist speech and language therapist in April 2026 after an assessment in both English and Portuguese with an interpreter. Because his difficulties show up in both of his languages, they are not caused by learning English as an additional language.",
        ("h", "Communication and interaction"),
        "What Tomás does well: Tomás is a friendly communicator. He uses eye contact, pointing, gesture and drawing well to get his message across, he has a good sense of humour and he enjoys joke books with pictures. He understands familiar classroom routines and follows one-part instructions reliably.",
        ("b", [
            "Understanding: Tomás finds it hard to follow instructions with two parts, particularly when they contain time or position words such as \u201cbefore\u201d, \u201cafter\u201d, \u201cbehind\u201d or \u201cunless\u201d. On the therapist's assessment he followed 3 out of 10 two-part instructions correctly.",
            "Vocabulary: his vocabulary in both languages is well below that expected for his age. He often uses general words such as \u201cthing\u201d or \u201cthat one\u201d, and he needs to hear a new word many times before he can use it.",
            "Sentences: Tomás usually speaks in sentences of 3 or 4 words and often leaves out small grammar words and word endings (for example, \u201chim go park yesterday\u201d).",
            "Telling a story or explaining what happened: he finds it hard to put events in order, which means adults and other children do not always understand what has happened at playtime.",
        ]),
        ("h", "Cognition and learning"),
        "What Tomás does well: the educational psychologist found that Tomás's non-verbal reasoning (solving puzzles and patterns without words) is in the average range. He is working at the expected standard in number and shape.",
        ("b", [
            "Reading: Tomás knows most single letter sounds but finds it hard to blend sounds into words and to remember common words. In the Phonics Screening Check in June 2026 he scored 22 out of 40 and will retake it in Year 2. He is reading books at the school's orange band level with support.",
            "Writing: he can write a simple sentence of 4 or 5 words when an adult helps him plan it, but he cannot yet write a sentence on his own.",
            "Learning new topic words in science and history is slow for Tomás because of his language difficulty, so he can miss the main ideas of a lesson.",
        ]),
        ("h", "Social, emotional and mental health"),
        "What Tomás does well: Tomás has several good friends in his class, especially through football. He is caring and notices when others are upset.",
        ("b", [
            "When Tomás cannot find the words or is not understood, he becomes frustrated. He sometimes pushes another child at lunchtime, when play is busy and less structured; school recorded an average of 2 pushing incidents a week in the summer term 2026.",
            "In noisy, busy times he sometimes withdraws and stops joining in.",
            "He rarely asks an adult for help in class and will sit quietly rather than say he does not understand.",
        ]),
        ("h", "Sensory and/or physical needs"),
        "Tomás does not have special educational needs in this area. His hearing and vision were checked in April 2026 and were normal, and his movement and handwriting skills are in line with his age (advice from the community paediatrician and the school).",
    ],
    C=[
        "Tomás has no difficulty with his hearing or his eyesight \u2013 both were tested in April 2026 and were normal \u2013 but he does have difficulty getting to sleep and staying asleep. His parents keep a record which shows it usually takes him between 60 and 90 minutes to fall asleep and that he wakes on most nights. When he is tired, he finds it much harder to listen and concentrate on language work in the morning.",
        "Dr Okafor, community paediatrician, found no medical cause for the sleep difficulty and referred the family to the Children's Community Sleep Service, which has assessed Tomás (see Section K).",
        "Tomás's developmental language disorder is a long-term condition that health professionals diagnose. The speech and language therapy he needs teaches him and trains the staff who work with him, so it is special educational provision and is written in Section F.",
    ],
    D=[
        "Tomás does not have social care needs relating to his special educational needs or disability. This is based on the social care advice given by the Early Help Hub of Marram Coast Children's Services on 8 July 2026, which confirmed that the family are not known to social care and that no assessment is needed.",
        "The family have been given information about the local offer, including holiday activity clubs in Holme Staithe and the Portuguese-speaking parents' group at Sandhaven Family Hub, and they know they can ask for an early help assessment at any time.",
    ],
    EF_intro=[
        "Each outcome is shown with the provision that will help Tomás achieve it. Outcomes will be checked at the annual review and each term at Tomás's school support plan meeting. Unless the table says otherwise, all provision is made at Holme Staithe Church of England Primary School during the school day.",
    ],
    EF=[
        dict(area="Communication and interaction", groups=[
            dict(outcome="By July 2027, Tomás will follow two-part classroom instructions that include a time word (\u201cbefore\u201d, \u201cafter\u201d, \u201cfirst\u201d, \u201cthen\u201d) correctly in 8 out of 10 attempts, as recorded by his speech and language therapist at her end-of-block review.",
                 prov=[
                     ("Direct speech and language therapy on his own, working on understanding instructions, concept words and building longer sentences. The therapist writes a home and school programme after each block.",
                      "A block of 6 weekly sessions of 45 minutes in the autumn term 2026 and a second block of 6 weekly sessions of 45 minutes in the spring term 2027, each followed by a review",
                      "Specialist speech and language therapist, Marram Coast Children's Speech and Language Therapy Service"),
                     ("Daily language programme set by the speech and language therapist, delivered 1:1 in a quiet space next to the classroom.",
                      "Every school day, 20 minutes",
                      "Teaching assistant trained by the speech and language therapist"),
                     ("Visual supports in every lesson: a visual timetable, a \u201cfirst and then\u201d board, instructions given one part at a time with a picture, and Tomás showing the adult what he has to do before he starts.",
                      "Every lesson, every day",
                      "Class teacher and all adults working with Tomás"),
                 ]),
            dict(outcome="By July 2027, Tomás will retell a familiar story or a playground event in at least 4 sentences, using \u201cfirst\u201d, \u201cnext\u201d and \u201cthen\u201d correctly in 3 out of 4 retells, as recorded by his class teacher on the school's story-telling assessment each term.",
                 prov=[
                     ("Small-group narrative and vocabulary group using the Colourful Semantics approach (colour-coded question words to build sentences).",
                      "Three times a week, 25 minutes, for the whole school year; group of no more than 4 children",
                      "Teaching assistant trained in Colourful Semantics by the speech and language therapist"),
                     ("Pre-teaching of 5 new topic words before each new topic, with pictures and a word mat sent home in English and Portuguese.",
                      "Every Monday, 15 minutes, on his own",
                      "Teaching assistant"),
                     ("Training for school staff on developmental language disorder and Colourful Semantics.",
                      "One 90-minute session in the autumn term 2026, then a 1-hour follow-up visit each half term",
                      "Specialist speech and language therapist"),
                 ]),
        ]),
        dict(area="Cognition and learning", groups=[
            dict(outcome="By July 2027, Tomás will read at least 32 out of 40 words correctly in a phonics check and read a book at the school's turquoise band level with at least 90% accuracy, as assessed by the special educational needs co-ordinator (SENCo) each half term.",
                 prov=[
                     ("Individual phonics catch-up using the school's systematic synthetic phonics scheme, following the same sounds as the class.",
                      "Daily, 15 minutes, 1:1",
                      "Teaching assistant trained in the school's phonics scheme"),
                     ("Reading a book matched to his phonics stage with an adult, who checks he understands the words and the story.",
                      "4 times a week, 10 minutes, on his own",
                      "Class teacher or teaching assistant"),
                 ]),
            dict(outcome="By the end of the spring term 2027, Tomás will write 2 sentences on his own, using a picture word bank, with a capital letter and full stop, in 4 out of 5 writing tasks, as checked by his class teacher in his writing book.",
                 prov=[
                     ("Writing frames and a picture word bank for every writing task; Tomás says his sentence aloud to an adult and taps out the words before he writes it.",
                      "Every writing lesson",
                      "Class teacher"),
                     ("Guided writing group.",
                      "Twice a week, 30 minutes, in a group of no more than 5 children",
                      "Class teacher"),
                 ]),
        ]),
        dict(area="Social, emotional and mental health", groups=[
            dict(outcome="By Easter 2027, Tomás will use his \u201chelp\u201d card or say \u201cI don't understand\u201d when he is stuck, at least 3 times a week, as noted on the teaching assistant's weekly record, and he will have no pushing incidents for 4 weeks in a row, as shown on the school's behaviour log.",
                 prov=[
                     ("Structured lunchtime football club with visual rules, turn-taking and a \u201chelp\u201d card.",
                      "4 lunchtimes a week, 20 minutes, in a group of 6 children",
                      "Midday supervisor trained by the SENCo"),
                     ("Social communication group practising asking for help, joining a game and explaining a problem through role-play.",
                      "Weekly, 30 minutes, for 10 weeks then review; group of no more than 4",
                      "Emotional Literacy Support Assistant (ELSA) trained by the Marram Coast Educational Psychology Service"),
                     ("Check-in with his key adult at the start of the school day to look at the visual timetable and talk about any changes.",
                      "Every school day, 5 minutes, on his own",
                      "Teaching assistant"),
                 ]),
        ]),
        dict(area="Health (see Section G)", groups=[
            dict(outcome="By the end of the spring term 2027, Tomás will fall asleep within 30 minutes of going to bed on at least 5 nights out of 7, as shown in the sleep diary his parents keep for the sleep practitioner.",
                 prov=[
                     ("The health provision for this outcome is set out in Section G. School will send home the visual bedtime routine cards made with Tomás in class.",
                      "Once, in October 2026",
                      "Class teacher"),
                 ]),
        ]),
    ],
    G=[
        ("b", [
            "Sleep support from the Children's Community Sleep Service: a sleep practitioner will meet Tomás's parents, with a Portuguese interpreter, for 4 sessions of 45 minutes, once a fortnight from October 2026, to set up a bedtime routine and a sleep diary. The practitioner will then review progress by telephone 6 weeks after the last session.",
            "Community paediatrician review: Dr Okafor will see Tomás once in the spring term 2027 for a 30-minute clinic appointment to review his sleep and general development, and will discharge him if his sleep has improved.",
        ]),
        "Speech and language therapy is educational provision for Tomás and is written in Section F.",
        ("h", "Health agreement"),
        "The health provision in Section G was reviewed and agreed by Dr Helen Marsh, Designated Clinical Officer (DCO), Marram and Broadland Integrated Care Board (ICB), on 9 September 2026.",
    ],
    H1=["None. Tomás has no needs that require provision under section 2 of the Chronically Sick and Disabled Persons Act 1970 (social care advice of 8 July 2026)."],
    H2=["None. The family have been told about short breaks, holiday clubs and family support on the local offer and about the Sandhaven Family Hub; they do not need these at present."],
    I=["Holme Staithe Church of England Primary School (mainstream primary school)."],
    J=["The family have not asked for a personal budget."],
    K_header=["Advice or information", "Given by", "Date"],
    K=[
        ("Parents' views (with a Portuguese interpreter)", "Ana and Rui, Tomás's parents", "30 June 2026"),
        ("Tomás's views", "Gathered by his class teacher and a Portuguese-speaking teaching assistant", "23 June 2026"),
        ("Educational advice", "SENCo, Holme Staithe Church of England Primary School", "26 June 2026"),
        ("Psychological advice", "Dr Priya Nair, Educational Psychologist, Marram Coast Educational Psychology Service", "10 June 2026"),
        ("Speech and language therapy advice", "Kirsty Lane, Specialist Speech and Language Therapist, Marram Coast Children's Speech and Language Therapy Service", "28 April 2026"),
        ("Medical advice", "Dr Samuel Okafor, Community Paediatrician, Marram Coast Community Child Health", "2 July 2026"),
        ("Sleep assessment", "Jo Pereira, Sleep Practitioner, Children's Community Sleep Service", "15 July 2026"),
        ("Social care advice", "Senior Practitioner, Early Help Hub, Marram Coast Children's Services", "8 July 2026"),
    ],
    signoff=["Signed on behalf of Marram Coast Council: Lead EHC Coordinator, Marram Coast SEND Service. Date: 14 September 2026."],
)


# ======================================================================
# x102 - letter-column - SOUND - Elliot, 13, Year 8, hearing impairment, RAF family
# ======================================================================
X102 = dict(
    id="x102", layout="letter-column", name="Elliot", poss="his",
    front=[
        ("Name", "Elliot"),
        ("National Curriculum year", "Year 8 (age 13)"),
        ("School", "Wexley Academy (mainstream secondary academy)"),
        ("Plan finalised", "16/06/2026 (amended plan following annual review)"),
        ("Last reviewed", "12/05/2026"),
        ("Previous plan", "Transferred from Lincolnshire when the family moved to the Royal Air Force station at Fenhurst in February 2026"),
    ],
    A=[
        [("h", "About me \u2013 in my own words"),
         "Elliot wrote this section himself on a laptop with his Qualified Teacher of the Deaf before his annual review, and read it out at the meeting on 12 May 2026.",
         ("q", "\u201cMy name is Elliot and I am 13. My dad is an engineer in the Royal Air Force (RAF), so we have moved house four times. We came to RAF Fenhurst in February, in the middle of Year 8, which was hard because everyone already had their friends.\u201d"),
         ("q", "\u201cI am deaf in both ears and I wear two hearing aids. I also use a radio aid, which is a microphone my teacher wears that sends her voice straight to my hearing aids. I like it when teachers remember to wear it and switch it off when they are talking to someone else.\u201d"),
         ("q", "\u201cThings I am good at: maths, building things, fixing my bike, and gaming. I got a gold award in the science fair at my old school for a model wind turbine.\u201d"),
         ("q", "\u201cWhat I find hard: group work when everyone talks at once, the canteen because it is so loud, and when teachers talk while they are writing on the board. I don't like it when teachers make a big deal about my hearing aids in front of the class.\u201d")],
        [("h", "What people like and admire about Elliot"),
         ("b", ["Elliot is determined and hard-working; his teachers say he never gives up on a tricky problem.",
                "He is practical and inventive, and his design and technology teacher describes his model-making as \u201cexceptional for his age\u201d.",
                "He is polite, funny and a loyal friend, and he has already made two good friends in his form group.",
                "He looks after his own hearing aids well and knows how to change the batteries and tubing."])],
        [("h", "My family's views"),
         "Elliot's mum, Claire, shared her views at the annual review. Elliot's dad, who was on detachment at the time, sent his views by email before the meeting.",
         "Claire said that each move has meant new teachers who do not know Elliot, and that it usually takes a term before everyone uses the radio aid properly. She is pleased with how quickly Wexley Academy and the Sensory Support Service set things up this time. She worries that Elliot becomes very tired at the end of the school day from concentrating on listening, and that he sometimes pretends to understand to avoid standing out. Elliot's dad would like Elliot to keep his interest in engineering and to have a group of friends he can keep in touch with if the family are posted again."],
        [("h", "Hopes for the future"),
         ("q", "Elliot: \u201cI want to be an aircraft engineer like my dad, or design cars. I want to do an apprenticeship or go to university.\u201d"),
         "His parents hope Elliot will do well in his GCSEs (General Certificates of Secondary Education), especially in maths, science and design and technology, that he will be confident telling people what he needs as a deaf young person, and that he will have friends wherever the family lives."],
    ],
    B=[
        [("h", "Overview"),
         "Elliot has a permanent moderate to severe hearing loss in both ears (bilateral sensorineural hearing loss), identified when he was two. With his hearing aids and radio aid he can follow speech well in a quiet room when he can see the speaker's face. Background noise, distance and several people speaking at once make listening very difficult. He uses spoken English and knows some British Sign Language, which he does not use at school."],
        [("h", "Communication and interaction"),
         "Strengths: Elliot is a clear speaker with good everyday vocabulary, and he communicates confidently with adults one to one.",
         ("b", ["Elliot misses parts of class discussion, instructions given while a teacher is moving around, and comments from other students, particularly in practical lessons and group work.",
                "His knowledge of subject-specific words is behind that of his classmates (for example, \u201cdensity\u201d, \u201cfriction\u201d, \u201cmetaphor\u201d), because he has not overheard them as often as hearing children do.",
                "He does not always tell teachers when he has not heard, and he rarely asks for a repeat in front of the class."])],
        [("h", "Cognition and learning"),
         "Strengths: Elliot's non-verbal reasoning is in the above-average range (educational psychologist, March 2026). He is working at the expected standard in maths and at a high standard in design and technology.",
         ("b", ["Reading comprehension: his standardised score on the school's reading test in April 2026 was 84 (the average range is 85 to 115). He decodes words accurately but misses meaning when texts contain unfamiliar vocabulary or figurative language.",
                "Written work in English, history and geography is short and he finds it hard to take notes while listening."])],
        [("h", "Social, emotional and mental health"),
         "Strengths: Elliot is resilient and has coped with four house moves and three changes of school.",
         ("b", ["He has found it hard to make friends since joining mid-year, and he avoids the canteen and noisy social spaces at lunchtime.",
                "He becomes very tired by the afternoon (listening fatigue), which affects his concentration in the last two lessons."])],
        [("h", "Sensory and/or physical needs"),
         ("b", ["Elliot needs his hearing aids and radio aid working and used consistently in every lesson.",
                "He needs good listening conditions: a seat near the front and to one side where he can see the teacher and the class, and classrooms with soft furnishings to reduce echo where possible in the building." ])],
    ],
    C=[
        ["Elliot has no difficulty with his balance, vision or general health (audiology and paediatric advice, April 2026), but his permanent hearing loss is a lifelong health need. He needs regular hearing tests to check whether his hearing has changed, hearing aid checks and re-programming, and new earmoulds as he grows, because loose moulds cause feedback (whistling) and reduce what he hears.",
         "He sometimes has sore ear canals from his moulds in hot weather, which his audiologist is aware of."],
    ],
    D=[
        ["Elliot does not have social care needs relating to his hearing loss. The Children's Services Duty and Assessment Team considered the information from his transfer and from the family on 20 April 2026 and advised that no social care assessment was needed.",
         "The family have support from the RAF station's community support team, and they have been given information about short breaks and youth activities on the local offer, including a monthly youth club for deaf young people run by a local charity."],
    ],
    E=[
        [("h", "Communication and interaction"),
         ("n", ["By February 2027, Elliot will tell each of his subject teachers what helps him to hear in their lessons (for example, wearing the radio aid microphone and facing the class when speaking), and will have done this with at least 8 of his 10 teachers, as checked by his Qualified Teacher of the Deaf.",
                "By July 2027, Elliot will use at least 20 new subject words from science and design and technology correctly in his written work, as recorded each half term on his Qualified Teacher of the Deaf's vocabulary tracker."])],
        [("h", "Cognition and learning"),
         ("n", ["By July 2027, Elliot's standardised score on the school's reading comprehension test will rise from 84 to at least 90, as recorded by the special educational needs co-ordinator (SENCo)."])],
        [("h", "Social, emotional and mental health"),
         ("n", ["By Easter 2027, Elliot will have joined an after-school club of his choice (he has chosen the engineering club) and attended at least 8 of the 10 sessions that term, as shown on the club register."])],
        [("h", "Sensory and health"),
         ("n", ["By December 2026, Elliot will check his own hearing aids and radio aid each morning and tell his form tutor if either is not working, on at least 9 out of every 10 school days, as shown on his daily check sheet."])],
    ],
    F=[
        [("h", "Support from the Sensory Support Service"),
         ("b", ["A Qualified Teacher of the Deaf (QToD) from the Marram Coast Sensory Support Service will visit Elliot fortnightly during term time for 1 hour: 30 minutes teaching him on his own (subject vocabulary and explaining his hearing needs to others) and 30 minutes advising his teachers and checking his listening conditions. (Outcomes 1, 2 and 5.)",
                "The QToD will give deaf awareness training to all staff who teach Elliot: a 1-hour session in September each year, and a 20-minute briefing for any new member of staff within 2 weeks of them starting to teach him. (Outcome 1.)",
                "May 2027: the QToD will carry out a full assessment of Elliot's listening and language, lasting 2 hours, and report to his annual review."])],
        [("h", "Equipment"),
         ("b", ["A radio aid (remote microphone system) for use in every lesson, provided and maintained by the Sensory Support Service. The QToD checks and services it at each visit; the learning support assistant charges it each evening and gives it to Elliot at registration. (Outcome 5.)",
                "A laptop with captioning software, and captioned versions of all video clips used in lessons, set up by the school's information technology (IT) technician and checked each half term by the QToD."])],
        [("h", "Teaching and classroom arrangements"),
         ("b", ["Every teacher will wear the radio aid microphone when speaking to the class, seat Elliot near the front and to one side, face the class when speaking, and repeat other students' answers. (Outcome 1.)",
                "Pre-teaching of key subject words before each new science and design and technology topic: 20 minutes, twice a week, on his own, by a learning support assistant trained by the QToD in vocabulary teaching. (Outcome 2.)",
                "Reading comprehension intervention using the school's reciprocal reading programme: 3 sessions a week of 30 minutes for 12 weeks, then review, in a group of no more than 4 students, led by the trained reading intervention teacher. (Outcome 3.)",
                "Printed notes or slides for each lesson, given to Elliot at the start of the lesson by the class teacher, so that he does not have to listen and write at the same time. (Outcome 3.)"])],
        [("h", "Access arrangements"),
         ("b", ["25% extra time, a separate room for listening tasks and language modified papers where allowed, in all internal assessments and public exams. These will be arranged by the school's exams officer with the SENCo."])],
        [("h", "Social and emotional support"),
         ("b", ["A quiet lunch club in the library with a small group of students on 3 lunchtimes a week, supervised by the learning support assistant, so that Elliot has a quieter place to eat and make friends. (Outcome 4.)",
                "Weekly 15-minute check-in with his form tutor on Fridays to talk about the week, tiredness and any listening problems. (Outcome 4.)",
                "The SENCo will introduce Elliot to the engineering club leader before he joins and check his attendance each half term. (Outcome 4.)"])],
    ],
    G=[
        ["Paediatric Audiology, Sandhaven Hospital: a hearing test and hearing aid review every 6 months (appointments of about 45 minutes), including re-programming of his hearing aids when his hearing results change. New earmoulds will be made and fitted within 3 weeks of a request from the family or the QToD.",
         "The audiologist will send a copy of each hearing test result to the QToD within 2 weeks so the radio aid settings can be matched.",
         "Annual ear, nose and throat check by the audiology service's consultant in audiovestibular medicine (a 20-minute appointment each spring).",
         ("h", "Health agreement"),
         "Health provision confirmed by Dr Helen Marsh, Designated Clinical Officer, Marram and Broadland Integrated Care Board, on 10 June 2026."],
    ],
    H1=[["No provision. Elliot has no needs under section 2 of the Chronically Sick and Disabled Persons Act 1970 (social care advice, 20 April 2026)."]],
    H2=[["No provision. Short breaks and youth activities on the local offer have been discussed with the family, who will contact the short breaks team if their circumstances change."]],
    I=[["Wexley Academy (mainstream secondary academy)."]],
    J=[["No personal budget has been requested."]],
    K=[
        [("b", ["Elliot's own views \u2013 written with his Qualified Teacher of the Deaf \u2013 12 May 2026",
                "Parents' views \u2013 Claire (mum) at the review meeting and Elliot's dad by email \u2013 12 May 2026",
                "Educational advice \u2013 SENCo, Wexley Academy \u2013 5 May 2026",
                "Specialist teaching advice for hearing impairment \u2013 Rachel Moss, Qualified Teacher of the Deaf, Marram Coast Sensory Support Service \u2013 24 April 2026",
                "Psychological advice \u2013 Dr Tom Ellis, Educational Psychologist, Marram Coast Educational Psychology Service \u2013 18 March 2026",
                "Medical advice \u2013 Dr Anna Fielding, Community Paediatrician \u2013 2 April 2026",
                "Audiology advice \u2013 Clinical Scientist (Audiology), Paediatric Audiology, Sandhaven Hospital \u2013 9 April 2026",
                "Social care advice \u2013 Duty and Assessment Team, Marram Coast Children's Services \u2013 20 April 2026"])],
    ],
    signoff=["Issued by Marram Coast Council, SEND Service. Authorised by the EHC Team Manager on 16/06/2026."],
)


# ======================================================================
# x103 - national-template - FAIL - Gabija, 10, Year 5, hearing impairment
# Planted: HI advice from a hearing support assistant, no QToD advice;
# asthma in C with nothing in G and no outcome; audiology "as needed";
# no record of health's agreement.
# ======================================================================
X103 = dict(
    id="x103", layout="national-template", name="Gabija",
    details=[
        ("School year", "Year 5"),
        ("Date of this EHC plan", "05/05/2026 (final plan)"),
        ("Last annual review", "Not yet reviewed \u2013 first EHC plan"),
        ("EHC coordinator", "EHC Coordinator (North Locality), Marram Coast Special Educational Needs and Disabilities (SEND) Service"),
    ],
    pd=dict(dob="Not shown on this copy (age 10)", sex="Female", ethnicity="White \u2013 other European (Lithuanian)",
            lang="Lithuanian and English", parent_lang="Lithuanian",
            p1="Rasa", p1rel="Mother", p2="Tomas", p2rel="Father", p2addr="Same address"),
    services=dict(
        setting="Sandhaven Primary School and Hearing Support Base",
        gp="Sandhaven Medical Centre; Paediatric Audiology, Sandhaven Hospital",
        nhs="Held by health services",
        social="No",
        others="Speech and language therapy; educational psychology",
        lac_now="No", lac_ever="No", opp="Yes \u2013 appended",
        moving="No"),
    A1=["Gabija was born in Lithuania and moved to the Marram coast with her parents in 2019, when her mum came to work on a flower farm near Wexley. Her dad now works as a forklift driver at the port. Gabija's moderate hearing loss in both ears was identified by the school nurse hearing screen when she started in Reception, and she has worn hearing aids since she was five. She joined the Hearing Support Base at Sandhaven Primary School in Year 3.",
        "How Gabija communicates: Gabija uses spoken English at school and Lithuanian at home. She lip-reads a great deal and watches faces closely. In a noisy room she often nods as if she has understood when she has not."],
    views=[("h", "Gabija's views (in her own words, recorded with her class teacher on 4 March 2026)"),
           ("q", "\u201cI like drawing horses, swimming and playing with my cousin Emilija. I like the base because it is quiet and Mrs Harper helps me.\u201d"),
           ("q", "\u201cI don't like it when people talk behind me or when the hall is noisy. Sometimes I feel left out at playtime because I can't hear the game.\u201d"),
           ("h", "Parents' views (Rasa and Tomas, with a Lithuanian interpreter, 10 March 2026)"),
           "Rasa and Tomas are proud of how hard Gabija works. They are worried that her English reading and writing are behind her classmates and that she is sometimes lonely at playtime. They want her to keep speaking Lithuanian at home and would like more information about how to look after her hearing aids. They also told us about Gabija's asthma, which is worse in winter and has caused her to miss school."],
    interests=["Drawing (especially horses), swimming at Sandhaven Leisure Centre, Lithuanian dancing club on Saturdays, and baking with her grandmother during summer visits to Lithuania."],
    strengths=["Gabija is cheerful, kind and very determined. She is a strong swimmer and has her 200-metre badge. She is good at maths, particularly number and times tables, and she is an excellent artist. She is bilingual and sometimes helps new Lithuanian-speaking children settle into school."],
    aspirations=[("q", "Gabija: \u201cI want to be a vet or an artist.\u201d"),
                 "Her parents hope Gabija will read and write English as well as her friends, go to Wexley Academy with her friends in Year 7, and one day go to university."],
    bfe=dict(
        ci=dict(strengths=["Gabija communicates clearly one to one and is confident with adults she knows. Her everyday spoken vocabulary in English has grown quickly."],
                rows=[
                    ("Gabija misses much of what is said in class discussions and group work, especially when several people speak or when the speaker turns away.",
                     ["The class teacher and all adults will wear the radio aid microphone during teaching, face Gabija when speaking, and repeat other children's answers. Every lesson, every day.",
                      "Seat near the front, to one side, with a clear view of the teacher and the board; agreed by the class teacher each term."],
                     "By July 2027, Gabija will tell an adult when she has not heard or understood, at least 3 times a day, as recorded on the base tally sheet by the Hearing Support Base teacher."),
                    ("Gabija's understanding and use of subject vocabulary and longer sentences in English is below that expected for her age (speech and language therapy assessment, February 2026).",
                     ["Direct speech and language therapy: 6 weekly 40-minute sessions on her own in each of the autumn and spring terms, working on vocabulary and sentence structure, by the specialist speech and language therapist for hearing impairment, who will also write a programme for the base staff.",
                      "Language programme set by the therapist: 20 minutes daily, 1:1, by a hearing support assistant trained by the therapist."],
                     "By July 2027, Gabija will use 30 new topic words from science and geography correctly in speech and writing, recorded on the base vocabulary tracker by the Hearing Support Base teacher each half term."),
                ]),
        cl=dict(strengths=["Gabija works at the expected standard in maths. She is a careful and neat writer."],
                rows=[
                    ("Gabija's reading comprehension is well below the expected standard (standardised score 78 in January 2026). Her written work is short and contains few linking words.",
                     ["Reading comprehension group: 4 sessions a week of 30 minutes in the Hearing Support Base, in a group of no more than 4 pupils, taught by the Hearing Support Base teacher (a Qualified Teacher of the Deaf).",
                      "Pre-teaching of key words and the main ideas of the next English lesson: 15 minutes daily, 1:1, by a hearing support assistant."],
                     "By July 2027, Gabija's standardised reading comprehension score will rise from 78 to at least 85, as measured on the school's reading test by the special educational needs co-ordinator (SENCo)."),
                ]),
        semh=dict(strengths=["Gabija is warm and friendly and gets on well with adults."],
                  rows=[
                      ("Gabija sometimes feels left out at playtime because she cannot follow games and conversations in the playground.",
                       ["Playground buddy group (games with simple visual rules) on 3 lunchtimes a week, 20 minutes, in a group of 4 children including Gabija, led by a midday supervisor trained by the Hearing Support Base teacher.",
                        "Deaf friendship group with other pupils from the base: every other Tuesday afternoon, 45 minutes, led by the Hearing Support Base teacher."],
                       "By Easter 2027, Gabija will join a playground game with at least one other child on 3 out of 5 lunchtimes each week, as observed and recorded by the midday supervisor."),
                  ]),
        sp=dict(strengths=["Gabija looks after her hearing aids carefully and is starting to change her own batteries."],
                rows=[
                    ("Gabija has a moderate bilateral sensorineural hearing loss and needs working hearing aids and a radio aid in all lessons.",
                     ["A radio aid (remote microphone), provided and maintained by the Marram Coast Sensory Support Service; checked each morning by a hearing support assistant and charged overnight in the base.",
                      "Acoustic treatment of Gabija's Year 5 classroom (carpet and ceiling panels), fitted by Marram Coast Council's property services by September 2026."],
                     "By March 2027, Gabija will put in her own hearing aids, check they are working with a listening check and tell an adult in the base if there is a fault, on 9 out of 10 school days, as shown on her daily check sheet."),
                ]),
    ),
    health=dict(
        strengths=["Gabija is an active, healthy girl who swims twice a week."],
        rows=[
            ("Gabija has a permanent moderate hearing loss in both ears. She needs hearing tests, hearing aid checks and new earmoulds as she grows.",
             "Paediatric Audiology, Sandhaven Hospital, will see Gabija as needed to check her hearing and her hearing aids.",
             "By March 2027, Gabija will put in her own hearing aids, check they are working and report any fault on 9 out of 10 school days (see sensory and physical outcome)."),
            ("Gabija also has asthma, which is triggered by cold weather and exercise. She uses a blue reliever inhaler and a brown preventer inhaler, and she has had two hospital admissions in the last year.",
             "", ""),
        ]),
    health_agreement=None,
    social=dict(
        strengths=["Gabija lives with both parents, who are very involved in her education."],
        rows=[
            ("Gabija does not have social care needs relating to her special educational needs or disability. This is based on the social care advice from the Children with Disabilities Team, Marram Coast Children's Services, dated 16 March 2026.",
             "None.",
             "None. The family have been given information about short breaks on the local offer and about the National Deaf Children's Society family events.",
             "None."),
        ]),
    I=["Sandhaven Primary School, with a place in its Hearing Support Base",
       "Mainstream maintained primary school with a resource base for pupils with hearing impairment"],
    J=["No personal budget has been requested.", "Not applicable."],
    K=[
        ("Parents' views (with a Lithuanian interpreter)", "10/03/2026", "Rasa and Tomas, Gabija's parents", "YES"),
        ("Gabija's views", "04/03/2026", "Gabija, recorded by her class teacher", "YES"),
        ("Educational advice", "12/03/2026", "SENCo, Sandhaven Primary School", "YES"),
        [(["Medical advice"], "18/02/2026", "Dr Anna Fielding, Community Paediatrician, Marram Coast Community Child Health", "YES"),
         ("Audiology report", "02/02/2026", "Clinical Scientist (Audiology), Paediatric Audiology, Sandhaven Hospital", "YES")],
        (None, "24/02/2026", "Dr Tom Ellis, Educational Psychologist, Marram Coast Educational Psychology Service", "YES"),
        (None, "16/03/2026", "Senior Practitioner, Children with Disabilities Team, Marram Coast Children's Services", "YES"),
        [(["Advice on Gabija's hearing impairment"], "06/03/2026", "Hearing Support Assistant, Sandhaven Primary School Hearing Support Base", "YES"),
         ("Speech and language therapy advice", "20/02/2026", "Specialist Speech and Language Therapist (hearing impairment), Marram Coast Children's Speech and Language Therapy Service", "YES")],
        None,
        None,
    ],
    signoff=["EHC Team Manager, Marram Coast SEND Service", "Signed electronically", "05/05/2026"],
)


# ======================================================================
# x104 - ef-table - FAIL - Harvey, 8, Year 3, speech/language + anxiety, RAF family
# Planted: provision written as outcomes in E (several forms) + a feeling outcome;
# loose provision in F (vague words, group with no size/frequency, therapy with no amount);
# continence nurse provides in G but gave no advice in K; ELSA group (educational) in H2.
# ======================================================================
X104 = dict(
    id="x104", layout="ef-table", name="Harvey", poss="his",
    front=[
        ("Name used in this plan", "Harvey"),
        ("Age and school year", "8 years old, Year 3"),
        ("School", "Fenhurst Community Primary School (mainstream)"),
        ("Languages spoken at home", "English"),
        ("Date this plan was issued", "22nd June 2026"),
        ("Date of last annual review", "Not applicable (first EHC plan; assessment requested in February 2026)"),
        ("Type of plan", "Final EHC plan"),
        ("EHC coordinator", "EHC Coordinator (South Locality), Marram Coast SEND Service"),
    ],
    A=[
        ("h", "About me"),
        "Harvey talked to his teaching assistant about what he likes and what he finds hard on 11 March 2026, using a \u201cthumbs up, thumbs down\u201d card sort. His answers are written here as he said them.",
        ("q", "\u201cI'm Harvey. I'm eight. My dad is in the Royal Air Force (RAF) and we lived in Cyprus before. I've been to three schools.\u201d"),
        ("q", "\u201cI like dinosaurs, Minecraft and swimming in the sea. I know all the names of the dinosaurs, even the hard ones.\u201d"),
        ("q", "\u201cI don't like it when people don't understand me. I don't like new places. I get a funny tummy in the morning.\u201d"),
        ("h", "Harvey's story so far"),
        "Harvey was born at an RAF station in Lincolnshire and has moved with his family three times. He started school in Cyprus, where he was seen by a speech and language therapist for a block of sessions in Reception and Year 1. Records from his previous school arrived in February 2026 and showed that he had a school support plan for speech, language and reading. Harvey has a younger sister, Isla, who is four and attends the nursery on the station.",
        ("h", "What people like and admire about Harvey"),
        ("b", ["Harvey has an amazing memory for facts and loves sharing them.",
               "He is gentle and caring with younger children and with animals.",
               "He is a confident swimmer and has a good sense of humour.",
               "He tries very hard with his reading and is proud when he finishes a book."]),
        ("h", "My family's views"),
        "Harvey's mum, Gemma, told us (meeting on 18 March 2026) that Harvey's speech has always been hard for people outside the family to understand, and that each move has meant starting again with a new speech and language therapist. The family moved from the RAF base in Cyprus to RAF Fenhurst in January 2026, halfway through the school year. Since the move, Harvey has been very anxious in the mornings, has had tummy aches, and has started wetting during the day at school, which upsets him a lot. Harvey's dad, Lee, is due to be deployed for four months in the autumn and the family are worried about how Harvey will cope.",
        ("h", "Hopes for the future"),
        ("q", "Harvey: \u201cI want to be a palaeontologist and dig up dinosaurs.\u201d"),
        "Gemma and Lee hope Harvey will be understood by other people, will make friends who will stay in touch when the family move again, and will feel safe and happy at school.",
    ],
    B=[
        ("h", "Communication and interaction"),
        "Strengths: Harvey has a wide vocabulary, especially about dinosaurs and animals, and he understands what is said to him well.",
        ("b", ["Harvey has a speech sound disorder. He replaces many sounds (for example \u201ct\u201d for \u201ck\u201d and \u201cd\u201d for \u201cg\u201d) and leaves off the ends of words, so unfamiliar adults understand only about half of what he says.",
               "He becomes frustrated and stops talking when he is not understood, and he avoids speaking in front of the class."]),
        ("h", "Cognition and learning"),
        "Strengths: Harvey is working at the expected standard in maths and has excellent general knowledge.",
        ("b", ["Harvey's reading is about a year behind that expected for his age (school assessment, March 2026); he reads simple books fluently but guesses at longer words.",
               "His spelling is well below the expected standard; he spells words the way he says them, so sounds that he cannot yet say are often missing or replaced in his writing.",
               "Harvey's reading and spelling are below the expected standard. His speech sound difficulties affect how he links sounds to letters; he scored 27 out of 40 in the Phonics Screening Check in Year 2."]),
        ("h", "Social, emotional and mental health"),
        "Strengths: Harvey is kind and well liked by the adults in school.",
        ("b", ["Since moving to Fenhurst, Harvey has been anxious at the start of the day. He cried at the door on 14 of the first 30 school days and often asks to go to the office.",
               "He finds new adults and changes in routine very hard, and he is anxious about his dad's deployment.",
               "He has not yet formed a close friendship at his new school and often spends playtime with an adult on duty."]),
    ],
    C=[
        "Harvey has daytime wetting, which started after the family's move in January 2026. His family doctor (GP) found no infection and referred him to the Children's Bladder and Bowel Service. At school he has had on average 2 wetting accidents a week this term, which upset and embarrass him. He has no other health needs.",
        "Harvey's speech sound disorder is assessed and treated by the speech and language therapy service; this therapy is in Section F.",
    ],
    D=[
        "Harvey does not have social care needs relating to his special educational needs. This is based on the social care advice given after an Early Help screening by Marram Coast Children's Services on 29 April 2026. The family are supported by the RAF station's community support team and have been told about the short breaks and holiday activities on the local offer.",
    ],
    EF_header=["What we want Harvey to achieve", "What will be provided", "How much / how often", "Who will provide it"],
    EF=[
        dict(area="Communication and interaction", groups=[
            dict(outcome="By March 2027, Harvey will say words with \u201ck\u201d and \u201cg\u201d correctly at the start of words in 8 out of 10 attempts in a picture-naming task, as recorded by his speech and language therapist.",
                 prov=[
                     ("Speech and language therapy to work on Harvey's speech sounds.",
                      "Up to 3 sessions per half term",
                      "Speech and language therapist, Marram Coast Children's Speech and Language Therapy Service"),
                     ("Speech sound practice programme written by the speech and language therapist.",
                      "Daily, 10 minutes, 1:1",
                      "Teaching assistant trained by the speech and language therapist"),
                 ]),
            dict(outcome="Harvey will receive 1:1 support from a teaching assistant to practise his speech sounds.",
                 prov=[
                     ("See the speech sound practice programme above.",
                      "Daily",
                      "Teaching assistant"),
                 ]),
        ]),
        dict(area="Cognition and learning", groups=[
            dict(outcome="By July 2027, Harvey will read and spell 40 of the Year 3 common exception words correctly, as assessed by his class teacher each half term.",
                 prov=[
                     ("Precision teaching of common exception words.",
                      "Daily, 10 minutes, 1:1",
                      "Teaching assistant trained in precision teaching"),
                     ("Phonics catch-up group.",
                      "Four times a week, 20 minutes, in a group of no more than 4",
                      "Teaching assistant trained in the school's phonics scheme"),
                 ]),
            dict(outcome="Harvey is given a visual timetable and a word mat in every lesson.",
                 prov=[
                     ("Visual timetable and word mat.",
                      "Every lesson",
                      "Class teacher"),
                 ]),
        ]),
        dict(area="Social, emotional and mental health", groups=[
            dict(outcome="By July 2027, Harvey will feel happier and more settled at school.",
                 prov=[
                     ("Harvey should have access to a quiet space as appropriate when he feels anxious.",
                      "When needed",
                      "Class teacher"),
                     ("Regular check-ins with a trusted adult.",
                      "Regular",
                      "Teaching assistant"),
                 ]),
            dict(outcome="Staff will help Harvey to settle in the morning and will prepare him for changes of adult.",
                 prov=[
                     ("Harvey will take part in a social skills group.",
                      "Spring term",
                      "Teaching assistant"),
                     ("Harvey may be given a \u201cworry box\u201d and a transition book with photos of new adults where possible.",
                      "As appropriate",
                      "Class teacher"),
                 ]),
        ]),
        dict(area="Health (see Section G)", groups=[
            dict(outcome="By Easter 2027, Harvey will have no more than one wetting accident a fortnight at school, as recorded on the school's confidential care record by his teaching assistant.",
                 prov=[
                     ("A reminder to use the toilet at break, lunchtime and before the afternoon session, given discreetly by his teaching assistant using a picture card; spare clothes kept in school.",
                      "Three times each school day",
                      "Teaching assistant, following the plan written by the continence nurse (see Section G)"),
                 ]),
        ]),
    ],
    G=[
        ("b", [
            "Children's Bladder and Bowel Service: a specialist continence nurse will see Harvey and his mum at the clinic for 3 appointments of 40 minutes, 6 weeks apart, starting in September 2026, to set up a drinking and toileting plan and a bladder diary.",
            "The continence nurse will visit school once in the autumn term 2026 for 45 minutes to train Harvey's teaching assistant in the toileting plan, and will review the plan by telephone with the special educational needs co-ordinator (SENCo) each half term until March 2027.",
        ]),
        "The SENCo will hold the continence plan in school.",
        ("h", "Health agreement"),
        "The health provision above was agreed by Dr Helen Marsh, Designated Clinical Officer, Marram and Broadland Integrated Care Board, on 17 June 2026.",
    ],
    H1=["None."],
    H2=[("b", ["Deployment support group: while Harvey's dad is deployed, the school's Emotional Literacy Support Assistant (ELSA) will run a \u201cmoving on and missing you\u201d group for service children at school, weekly, 30 minutes, in a group of 5 children, from September to December 2026."])],
    I=["Fenhurst Community Primary School (mainstream primary school)."],
    J=["No personal budget has been requested."],
    K=[
        ("Parents' views", "Gemma and Lee, Harvey's parents", "18 March 2026"),
        ("Harvey's views", "Gathered by his teaching assistant", "11 March 2026"),
        ("Educational advice", "SENCo, Fenhurst Community Primary School", "25 March 2026"),
        ("Psychological advice", "Dr Priya Nair, Educational Psychologist", "14 April 2026"),
        ("Speech and language therapy advice", "Speech and Language Therapist, Marram Coast Children's Speech and Language Therapy Service", "8 April 2026"),
        ("Medical advice", "Dr Samuel Okafor, Community Paediatrician", "21 April 2026"),
        ("Social care advice", "Early Help Coordinator, Marram Coast Children's Services", "29 April 2026"),
    ],
    signoff=["Signed on behalf of Marram Coast Council: EHC Team Manager. Date: 22nd June 2026."],
)


# ======================================================================
# x105 - letter-column - FAIL - Kai, 12, Year 7, FASD, looked after
# Planted: looked-after status not drawn into D/H, no social care advice;
# only medical advice is from 2022; grammar errors; deficit-only description.
# ======================================================================
X105 = dict(
    id="x105", layout="letter-column", name="Kai", poss="his",
    front=[
        ("Name", "Kai"),
        ("National Curriculum year", "Year 7 (age 12)"),
        ("School", "Wexley Academy (mainstream secondary academy)"),
        ("Legal status", "Looked after child (care order); lives with foster carers"),
        ("Plan finalised", "15 Sept 2026 (amended plan following annual review)"),
        ("Last reviewed", "10 July 2026"),
    ],
    A=[
        [("h", "Kai's views"),
         "Kai talked with his form tutor and his foster carer, Sue, about what he wanted people to know before his annual review on 10 July 2026. These are his words.",
         ("q", "\u201cI like cooking with Sue, riding my bike at the skate park and watching cooking videos. I like the new school better now I know where the rooms are.\u201d"),
         ("q", "\u201cI hate it when teachers say too many things at once. I forget and then I get in trouble. When I get angry I need to walk.\u201d")],
        [("h", "Kai's history"),
         "Kai lived with his birth mother in Wexley until he was eight. He was moved to three short-term foster placements in his first year in care, because each placement ended after incidents at home and at school, before he moved to Sue and Mark in 2023. He changed primary school twice during this time and missed most of Year 4. At primary school he had a full-time teaching assistant from Year 5 and spent part of each afternoon in the school's nurture room. He moved to Wexley Academy in September 2026.",
         "Kai's transition to secondary school was planned over the summer term: he made 4 extra visits to Wexley Academy with his teaching assistant, was given a photo book of the building and his teachers, and attended a two-day summer school."],
        [("h", "What we know about Kai"),
         "Kai has fetal alcohol spectrum disorder (FASD). This is a lifelong condition caused by exposure to alcohol before birth, which affects how the brain develops. Kai have great difficulty remembering instructions and organising himself, and he often loses his equipment. He cannot manage unstructured times, and he struggles to understand the consequences of his actions. He is easily led by older students and has been involved in several incidents at break time. His reading and writing are well below the level expected for his age, and he cannot work independently for more than a few minutes. He finds changes of room, teacher and routine very difficult and has had 3 fixed-term suspensions in Year 6."],
        [("h", "Views of Kai's foster carers"),
         "Sue and Mark have cared for Kai since 2023. They said that there worried about how Kai will cope with the demands of secondary school, because at home he needs an adult with him for almost every task. They would like school to use the same visual routines that work at home and to to let them know each day how the day has gone. Kai's sleep is poor and this makes his mornings very difficult."],
        [("h", "Hopes for the future"),
         ("q", "Kai: \u201cI want to be a chef and have my own restaurant.\u201d"),
         "Sue and Mark hope Kai will stay at Wexley Academy, learn to cook independently and, when he is older, get a job in a kitchen."],
    ],
    B=[
        [("h", "Communication and interaction"),
         ("b", ["Kai often misses the start of instructions because he is not attending when the teacher begins to speak, and he does not ask for them to be repeated.",
                "Kai takes language literally and often misunderstands jokes, sarcasm and instructions with more than one step.",
                "He talks a lot but finds it hard to explain what has happened in the right order, which causes problems when incidents are investigated."])],
        [("h", "Cognition and learning"),
         ("b", ["Kai's reading age is about 8 years (school reading test, June 2026) and his spelling is at a Year 3 level. He guesses at long words and loses the meaning of a text after two or three sentences.",
                "In maths he cannot yet recall multiplication facts beyond the 2, 5 and 10 times tables, and he forgets methods from one lesson to the next. He finds money and telling the time on an analogue clock very difficult.",
                "He cannot copy accurately from the board and rarely finishes written work in the time given; his books contain many unfinished pieces.",
                "His working memory is very weak; he was given a extra adult in Year 6 to help him remember instructions, and he still cannot carry out a three-step instruction without help.",
                "He struggles to plan and organise work and to move from one task to another."])],
        [("h", "Social, emotional and mental health"),
         ("b", ["Kai becomes angry quickly when he feels confused or blamed, and he sometimes runs out of the classroom. In his first half term at Wexley Academy he left lessons without permission 12 times, most often in the afternoon and after a change of teacher.",
                "He does not recognise when he is becoming anxious or overwhelmed until he is already very upset, and he finds it very hard to calm down without an adult he knows.",
                "He cannot judge whether other students are joking or being unkind, and he often reacts to teasing with shouting or pushing, which has led to detentions he does not understand.",
                "He is vulnerable to being led into trouble by older students at break and lunchtime."])],
        [("h", "Sensory and/or physical needs"),
         ("b", ["Kai is overwhelmed by noisy, crowded places such as the corridors between lessons and the canteen.",
                "He fidgets constantly, cannot stay seated for more than about 10 minutes and often handles or breaks equipment when he is unsettled.",
                "His handwriting is large, poorly formed and tiring for him, and he struggles with practical tasks that need fine control, such as using a ruler or a knife in food lessons."])],
    ],
    C=[
        ["Kai's FASD was diagnosed by the community paediatrician in 2022. The diagnosis explains his difficulties with memory, attention, planning and understanding consequences, which are met by the provision in Section F.",
         "Kai has difficulty falling asleep and often sleeps for only 6 hours a night. He is prescribed melatonin by the community paediatrician."],
    ],
    D=[
        ["Kai is a looked after child."],
    ],
    E=[
        [("n", ["By July 2027, Kai will follow a three-step classroom instruction without a reminder in 4 out of 5 lessons, as recorded on his daily report card by his teaching assistant.",
                "By July 2027, Kai's reading age will rise from 8 years to at least 9 years 6 months on the school's reading test, as measured by the special educational needs co-ordinator (SENCo).",
                "By Easter 2027, Kai will use his \u201ctime out\u201d card and walk to the agreed calm space instead of running out of class, on at least 8 out of 10 occasions when he is upset, as recorded by his key adult.",
                "By July 2027, Kai will follow a 5-step picture recipe to make a simple meal in food lessons, with no more than 2 prompts from an adult, as recorded by his food teacher.",
                "By the end of the spring term 2027, Kai will be asleep by 10 pm on at least 5 school nights out of 7, as recorded in the sleep diary kept by his foster carers."])],
    ],
    F=[
        [("b", ["A teaching assistant trained in FASD strategies will support Kai in English, maths, science and humanities lessons (15 hours a week), breaking instructions into single steps with a visual checklist. (Outcome 1.)",
                "A visual timetable and a daily report card that goes home each evening, completed by the teaching assistant. (Outcomes 1 and 3.)",
                "Reading intervention (the school's structured phonics and fluency programme): 4 sessions a week of 30 minutes in a group of no more than 3, taught by the specialist literacy teacher. (Outcome 2.)",
                "A key adult (the learning mentor) who meets Kai every morning for 10 minutes before registration and every Friday for 30 minutes to review his week and practise using his \u201ctime out\u201d card. (Outcome 3.)",
                "Supervised lunch club in the learning support base every day for the whole lunchtime, led by a learning support assistant, in a group of no more than 8. (Outcome 3.)",
                "Leaving lessons 3 minutes early to avoid crowded corridors, with a pass issued by the SENCo. (Outcome 3.)",
                "Food lessons with a 5-step picture recipe prepared by the food teacher, and a weekly after-school cooking club (1 hour, group of 6, led by the food technician). (Outcome 4.)",
                "A laptop for extended writing, with a word bank for each subject, set up and maintained by the school's information technology technician, and a writing slope and thick-barrelled pens provided by the SENCo. (Outcome 1.)",
                "Maths intervention using concrete apparatus and a times-table practice programme: 3 sessions a week of 20 minutes in a group of no more than 4, led by a higher level teaching assistant. (Outcome 1.)",
                "A movement break of 5 minutes at the midpoint of each double lesson, supervised by the teaching assistant, and a fidget tool agreed with Kai. (Outcome 3.)",
                "Training for all Year 7 staff on FASD by the Marram Coast Educational Psychology Service: one 2-hour session in September 2026 and a 1-hour follow-up in January 2027."])],
    ],
    G=[
        ["Community paediatrician: review of Kai's sleep and melatonin prescription every 6 months (30-minute appointment), with the next review in January 2027.",
         "The paediatrician will give Kai's foster carers a sleep diary and discuss it at each review.",
         "This health provision was reviewed and supported by Dr Helen Marsh, Designated Clinical Officer, Marram and Broadland Integrated Care Board, on 8 September 2026."],
    ],
    H1=[["None."]],
    H2=[["None."]],
    I=[["Wexley Academy (mainstream secondary academy)."]],
    J=[["Not applicable."]],
    K=[
        [("b", ["Kai's views \u2013 gathered by his form tutor and foster carer \u2013 10 July 2026",
                "Foster carers' views \u2013 Sue and Mark \u2013 10 July 2026",
                "Educational advice \u2013 SENCo, Wexley Academy \u2013 30 June 2026",
                "Psychological advice \u2013 Dr Tom Ellis, Educational Psychologist, Marram Coast Educational Psychology Service \u2013 22 May 2026",
                "Medical advice \u2013 Dr Samuel Okafor, Community Paediatrician (FASD diagnostic report) \u2013 14 March 2022"])],
    ],
    signoff=["Issued by Marram Coast Council, SEND Service. Authorised by the EHC Team Manager on 15 Sept 2026."],
)


# ======================================================================
# x106 - national-template - SOUND - Jayden, 9, Year 4, FASD, looked after
# ======================================================================
X106 = dict(
    id="x106", layout="national-template", name="Jayden",
    details=[
        ("School year", "Year 4"),
        ("Date of this EHC plan", "7 April 2026 (amended plan following annual review)"),
        ("Last annual review", "3 March 2026"),
        ("EHC coordinator", "EHC Coordinator (Children in Care), Marram Coast Special Educational Needs and Disabilities (SEND) Service"),
    ],
    pd=dict(dob="Not shown on this copy (age 9)", sex="Male", ethnicity="White British",
            lang="English", parent_lang="English",
            p1="Linda", p1rel="Foster carer (long-term)",
            p2="Children in Care Team, Marram Coast Children's Services", p2rel="Corporate parent (the council shares parental responsibility under a care order)",
            p2addr="Marram Coast Council offices, Wexley"),
    services=dict(
        setting="Easton Marsh Primary School",
        gp="Easton Marsh Surgery; Dr Anna Fielding, Community Paediatrician",
        nhs="Held by health services",
        social="Yes \u2013 looked after under a care order; allocated social worker in the Children in Care Team",
        others="Virtual School for children in care; educational psychology; occupational therapy",
        lac_now="Yes (since 2021; care order made in 2022)",
        lac_ever="Yes",
        opp="Yes \u2013 appended",
        moving="No"),
    A1=["Jayden lived with his birth mother until he was four. He came into care in 2021 and has lived with his long-term foster carer, Linda, in Easton Marsh ever since; a care order was made in 2022 and the plan is for him to stay with Linda until adulthood. He sees his older sister, who lives with another foster family, once a month.",
        "In July 2025 Jayden was diagnosed with fetal alcohol spectrum disorder (FASD) at the regional FASD clinic. FASD is a lifelong condition caused by exposure to alcohol before birth; for Jayden it mainly affects his memory, attention, understanding of language and managing his feelings.",
        "How Jayden communicates: Jayden is chatty and sociable and talks in full sentences. He takes words literally, so he can misunderstand jokes, figures of speech and long instructions. He often says \u201cyes\u201d when asked if he understands, so adults check by asking him to show or tell them what to do."],
    views=[("h", "Jayden's views"),
           "Jayden shared his views with his designated teacher on 20 February 2026 using Talking Mats (picture cards that he sorted into \u201clike\u201d, \u201cnot sure\u201d and \u201cdon't like\u201d). These are his words:",
           ("q", "\u201cI like my dog Biscuit and drawing monster trucks. I like Mrs Patel because she helps me when my brain goes fuzzy.\u201d"),
           ("q", "\u201cI don't like wet play or when it is too loud. I don't like spelling tests. I want to stay with Linda forever.\u201d"),
           ("h", "Foster carer's views (Linda, 20 February 2026)"),
           "Linda said that Jayden has come a long way since the diagnosis: everyone now understands that he is not being naughty when he forgets things. She would like school to keep using the visual checklists, because they work at home too. She is worried about his reading and about how tired he gets, and she would like help to explain Jayden's early life to him in a way he can understand.",
           ("h", "Social worker's views (Children in Care Team, 16 February 2026)"),
           "Jayden's social worker said that his placement with Linda is stable and loving and that the priority in his care plan is to keep it that way. She wants the EHC plan and Jayden's Personal Education Plan (PEP) to work together so that Linda and school are not asked to do different things."],
    interests=["Monster trucks, drawing, his dog Biscuit, building dens, swimming, and helping Linda in the garden."],
    strengths=["Jayden is funny, affectionate and full of energy. He is a confident swimmer and a talented drawer, and he is good at practical tasks such as building and making. He is kind to younger children and remembers people's names and birthdays. He tries hard when work is set out in small steps and is proud of his achievements."],
    aspirations=[("q", "Jayden: \u201cI want to be a farmer with big tractors, or a monster truck driver.\u201d"),
                 "Linda hopes Jayden will be able to read well enough to enjoy books about trucks and farming, will have a group of friends, and will one day work outdoors with machines or animals. The care plan aim is for Jayden to stay with Linda into adulthood."],
    bfe=dict(
        ci=dict(strengths=["Jayden is sociable and enjoys talking to adults and children. He has a good vocabulary about things that interest him."],
                rows=[
                    ("Jayden finds it hard to follow instructions with more than one step and takes language literally, so he often starts a task without knowing what to do.",
                     ["Instructions given one step at a time, with a visual checklist on his desk that he ticks off, in every lesson; all adults in Year 4 to check understanding by asking Jayden to show or tell them the first step.",
                      "Language for learning group (following instructions, understanding figures of speech): twice weekly for 30 minutes in a group of 4, led by a teaching assistant trained by the educational psychologist, for 12 weeks then review."],
                     "By March 2027, Jayden will complete a three-step task using his visual checklist without adult help in 4 out of 5 lessons, as recorded by his teaching assistant on the weekly tracking sheet."),
                ]),
        cl=dict(strengths=["Jayden is working at the expected standard in shape and measures and enjoys practical maths."],
                rows=[
                    ("Jayden's reading is at the level expected of a child in Year 2 and he finds it very hard to remember spellings and number facts because of his weak working memory (educational psychologist, February 2026).",
                     ["Precision teaching of high-frequency words: daily, 10 minutes, 1:1, by a teaching assistant trained in precision teaching.",
                      "Phonics and reading fluency programme: 4 times a week, 20 minutes, in a group of no more than 3 pupils, taught by the school's trained reading intervention teacher.",
                      "Number facts practised through games and concrete apparatus: 3 times a week, 15 minutes, 1:1, by a teaching assistant."],
                     "By March 2027, Jayden will read 100 of the first 200 high-frequency words correctly and read a book at the school's purple band level with 90% accuracy, as assessed by the special educational needs co-ordinator (SENCo) each term."),
                ]),
        semh=dict(strengths=["Jayden forms warm relationships with trusted adults and responds well to praise and calm reminders."],
                  rows=[
                      ("When Jayden is confused, tired or in a noisy place he becomes overwhelmed and may shout, hide under a table or run out of the classroom (on average 3 times a week in the autumn term 2025).",
                       ["A named key adult (teaching assistant) who greets Jayden every morning, checks his mood using the Zones of Regulation colours and goes through the day's timetable: daily, 10 minutes.",
                        "Zones of Regulation group (learning to recognise feelings and choose a calming strategy): weekly, 40 minutes, in a group of 5 pupils, led by the Emotional Literacy Support Assistant (ELSA).",
                        "A calm corner in the classroom and an agreed \u201ctime out\u201d card, set up by the class teacher; Jayden stays in the calm corner for no more than 10 minutes and then returns to his work with his key adult."],
                       "By March 2027, Jayden will use his time out card or the calm corner instead of leaving the classroom on at least 8 out of 10 occasions when he is upset, as shown on the school's incident log."),
                  ]),
        sp=dict(strengths=["Jayden is strong and active and enjoys physical activity."],
                rows=[
                    ("Jayden seeks movement and deep pressure and finds it hard to sit still on the carpet. His handwriting is large and tiring for him (occupational therapy assessment, February 2026).",
                     ["Occupational therapy: the occupational therapist will visit school 3 times in the summer term 2026, for 1 hour each, to write a sensory programme and a handwriting programme and train his teaching assistant, then review them at a 1-hour visit in the autumn term 2026.",
                      "Sensory circuit (movement activities) before school and after lunch: daily, 10 minutes each time, in a group of 3, led by a teaching assistant trained by the occupational therapist.",
                      "Handwriting programme set by the occupational therapist: 3 times a week, 15 minutes, 1:1, by a teaching assistant; a writing slope and pencil grip provided by school."],
                     "By March 2027, Jayden will sit and take part in carpet time for 10 minutes on 4 days out of 5, and will copy a 3-line passage legibly in 5 minutes, as recorded by his teaching assistant and checked by the occupational therapist."),
                ]),
    ),
    health=dict(
        strengths=["Jayden is physically healthy, active and growing well. His immunisations and dental checks are up to date."],
        rows=[
            ("FASD: Jayden needs medical follow-up of his growth, attention and sleep by the community paediatrician.",
             "Dr Anna Fielding, community paediatrician, will review Jayden every 6 months in clinic (30-minute appointment), with Linda present, next in September 2026.",
             "See the sleep outcome below; progress in the education outcomes above will be shared with the paediatrician before each review."),
            ("Sleep: Jayden takes more than an hour to fall asleep and wakes early. He takes melatonin, prescribed by the community paediatrician.",
             "The community paediatrician will prescribe and review melatonin at each 6-monthly appointment; Linda keeps a sleep diary for 2 weeks before each review.",
             "By December 2026, Jayden will be asleep by 8.30 pm on at least 5 nights out of 7, as shown in Linda's sleep diary."),
            ("As a child in care, Jayden has a statutory health assessment every year.",
             "The Looked After Children's Nurse will complete Jayden's review health assessment every 12 months (a 1-hour appointment at home), next due in November 2026, and share the health plan with school.",
             "By November 2026, Jayden will tell the nurse one thing that is going well with his health and one thing he wants help with, as recorded in his health assessment."),
        ]),
    health_agreement=("Health agreement: ", "The health provision in this plan was reviewed and agreed by Dr Helen Marsh, Designated Clinical Officer (DCO), Marram and Broadland Integrated Care Board, on 31 March 2026."),
    social=dict(
        strengths=["Jayden has a stable, loving home with Linda and a good relationship with his social worker."],
        rows=[
            ("Jayden is looked after by Marram Coast Council under a care order. His care plan is for him to stay with Linda long term. His social worker's advice is that he needs stability, regular contact with his sister, and help to understand his early life. This EHC plan was written alongside his Personal Education Plan (PEP): the PEP targets for this year are the outcomes in this plan, agreed at the joint PEP and annual review meeting on 3 March 2026.",
             "None. Jayden's social worker considered his needs under section 2 of the Chronically Sick and Disabled Persons Act 1970 and found none.",
             ["His social worker visits him at home at least every 6 weeks and sees him on his own.",
              "Looked after child reviews every 6 months, chaired by an Independent Reviewing Officer.",
              "PEP meeting each term (about 1 hour) with Linda, the designated teacher, the social worker and a Virtual School adviser. (The Virtual School is the council's team that champions the education of children in care.)"],
             "By March 2027, Jayden will have attended all three termly PEP meetings for part of the meeting and said what is going well at school, as recorded in each PEP."),
            ("Jayden has questions about why he cannot live with his birth mother and becomes upset after contact.",
             "None.",
             ["Life story work with his social worker: 6 sessions of 45 minutes, fortnightly from May 2026, then review.",
              "Support for Linda: a short break with an approved respite carer known to Jayden for one weekend every 8 weeks (Friday 5 pm to Sunday 5 pm), arranged by the fostering service.",
              "Sibling contact with his sister once a month, supervised by the social worker."],
             "By March 2027, Jayden will have made at least 6 pages of his life story book with his social worker and shared them with Linda, as recorded at his looked after child review."),
        ]),
    I=["Easton Marsh Primary School", "Mainstream maintained primary school"],
    J=["No personal budget has been requested.",
       "Not applicable. Pupil Premium Plus funding for Jayden is planned through his PEP."],
    K=[
        ("Foster carer's views", "20/02/2026", "Linda, foster carer", "YES"),
        ("Jayden's views", "20/02/2026", "Jayden, with his designated teacher (Talking Mats)", "YES"),
        ("Educational advice", "24/02/2026", "SENCo and designated teacher for children in care, Easton Marsh Primary School", "YES"),
        [(["Medical advice"], "12/02/2026", "Dr Anna Fielding, Community Paediatrician, Marram Coast Community Child Health", "YES"),
         ("Review health assessment", "18/11/2025", "Looked After Children's Nurse, Marram Coast Community Health", "YES"),
         ("Occupational therapy advice", "05/02/2026", "Children's Occupational Therapist, Marram Coast Children's Therapy Service", "YES")],
        (None, "10/02/2026", "Dr Priya Nair, Educational Psychologist, Marram Coast Educational Psychology Service", "YES"),
        (None, "16/02/2026", "Allocated social worker, Children in Care Team, Marram Coast Children's Services", "YES"),
        (None, "23/02/2026", "Virtual School adviser, Marram Coast Virtual School", "YES"),
        None,
        None,
    ],
    signoff=["EHC Team Manager, Marram Coast SEND Service", "Signed electronically", "07/04/2026"],
)


# ======================================================================
# x107 - ef-table - FAIL - Andrei, 15, Year 10, moderate learning difficulties
# Planted: Year 10 plan with no preparing-for-adulthood outcomes and no PfA advice;
# outcomes ignore his aspirations; outcomes undated / not measurable;
# C "awaiting health advice" and medical advice not received.
# ======================================================================
X107 = dict(
    id="x107", layout="ef-table", name="Andrei", poss="his",
    front=[
        ("Name used in this plan", "Andrei"),
        ("Age and school year", "15 years old, Year 10"),
        ("School", "Tidewater School, Wexley (special school for pupils with moderate learning difficulties)"),
        ("Languages spoken at home", "Romanian and English"),
        ("Date this plan was issued", "27/02/2026"),
        ("Date of last annual review", "19/01/2026"),
        ("Type of plan", "Amended EHC plan following annual review"),
        ("EHC coordinator", "EHC Coordinator (Secondary), Marram Coast SEND Service"),
    ],
    A=[
        ("h", "About me"),
        "Andrei wrote this with his tutor at Tidewater School before his annual review on 19 January 2026.",
        ("q", "\u201cMy name is Andrei and I am 15. I live in Kessingham with my mum, dad and two brothers. My family came from Romania when I was eight, to work on the farms. Now my dad drives a tractor for a big farm.\u201d"),
        ("q", "\u201cI like cars, engines and fixing things. On Saturdays I help my uncle at his garage in Wexley. I can change a tyre and check the oil. I like football and playing football games on my console.\u201d"),
        ("q", "\u201cThe bus to school is really long \u2013 over an hour. I am tired when I get there. I don't like reading out loud and I don't like when people rush me in maths.\u201d"),
        ("h", "My story so far"),
        "Andrei came to England from Romania in 2019 and joined Year 3 at Kessingham Primary School speaking very little English. He learned spoken English quickly, but by Year 5 his teachers noticed that his reading, writing and maths were falling further behind, in Romanian as well as in English. An educational psychology assessment in Year 6 found that he has moderate learning difficulties. He started at Wexley Academy in Year 7 but found the size of the school and the pace of lessons very difficult, and he moved to Tidewater School in Year 8. Since then his attendance and behaviour have been very good.",
        ("h", "What people like and admire about Andrei"),
        ("b", ["Andrei is practical, patient and good with his hands; staff say he is the first person they ask when something needs fixing.",
               "He is polite, reliable and a good team player in football.",
               "He speaks two languages and helps his mum with English at appointments.",
               "He works hard in lessons he enjoys and has excellent attendance (97% last year)."]),
        ("h", "My family's views"),
        "Andrei's parents, Elena and Mihai, attended the annual review with a Romanian interpreter. They are pleased with his progress at Tidewater School and say he is happier than he was in mainstream school. They are worried about what will happen after Year 11, because Andrei still finds it hard to read forms and handle money, and he has never travelled anywhere on his own. They would like him to learn a trade and to be able to look after himself.",
        ("h", "Hopes for the future"),
        ("q", "Andrei: \u201cI want to be a mechanic and work in a garage, maybe my uncle's. I want to learn to drive and have my own car and my own flat one day.\u201d"),
        "His parents hope Andrei will go to college to do a motor vehicle course, get a job, travel on his own and live independently when he is older.",
    ],
    B=[
        ("h", "Communication and interaction"),
        "Strengths: Andrei speaks Romanian and English fluently in everyday conversation and is confident talking to adults he knows.",
        ("b", ["Andrei finds it hard to understand longer spoken explanations and abstract vocabulary in lessons, and he does not always ask when he has not understood."]),
        ("h", "Cognition and learning"),
        "Strengths: Andrei has good practical problem-solving skills and learns well from demonstration.",
        ("b", ["Andrei has moderate learning difficulties. His reading age is 9 years 2 months and his comprehension is weaker than his word reading (school assessment, December 2025).",
               "His spelling is at about a Year 3 level and his handwriting is slow; he writes about 8 words a minute, which is about half the speed of most students of his age, and he avoids writing more than a few sentences.",
               "He remembers what he has been shown far better than what he has been told, and he needs new learning repeated several times over a number of weeks before it is secure.",
               "He finds it hard to organise his ideas for writing and to plan a longer piece of work.",
               "In maths he is secure with addition and subtraction of whole numbers but finds multiplication, fractions and money difficult."]),
        ("h", "Social, emotional and mental health"),
        "Strengths: Andrei has a good group of friends at Tidewater School.",
        ("b", ["Andrei has low confidence about his learning and becomes anxious and withdrawn when asked to read aloud or answer maths questions quickly.",
               "He is often tired after his 70-minute bus journey to school.",
               "Andrei compares himself with his younger brother, who is doing well at mainstream school, and says he is \u201cthick\u201d when he gets something wrong. He can stop working altogether for the rest of a lesson when this happens."]),
    ],
    C=["Awaiting health advice. The school nursing team has been asked for information."],
    D=["Andrei does not have social care needs relating to his special educational needs. This is based on the social care advice from the Duty and Assessment Team, Marram Coast Children's Services, dated 18 November 2025. The family have been given information about youth clubs and short breaks on the local offer."],
    EF=[
        dict(area="Communication and interaction", groups=[
            dict(outcome="Andrei will improve his understanding of subject vocabulary.",
                 prov=[
                     ("Pre-teaching of 5 key words before each new topic in science and English, using pictures and real objects.",
                      "Twice a week, 20 minutes, in a group of no more than 4",
                      "Teaching assistant"),
                     ("Lessons planned with short spoken explanations, demonstrations and a written key-word list on every table.",
                      "Every lesson",
                      "Subject teachers at Tidewater School"),
                 ]),
        ]),
        dict(area="Cognition and learning", groups=[
            dict(outcome="Andrei will improve his reading comprehension.",
                 prov=[
                     ("Reading comprehension intervention (reciprocal reading) using short non-fiction texts.",
                      "4 times a week, 30 minutes, in a group of 4 students",
                      "Specialist literacy teacher"),
                 ]),
            dict(outcome="By July 2026, Andrei will spell 80 of the 100 most common words correctly in a dictation test, as assessed by his English teacher.",
                 prov=[
                     ("Precision teaching of spellings.",
                      "Daily, 10 minutes, 1:1",
                      "Teaching assistant trained in precision teaching"),
                     ("Writing frames and a subject word bank for every extended writing task, with Andrei talking through his plan with an adult before he writes.",
                      "Every English, science and humanities lesson",
                      "Subject teachers and teaching assistant"),
                     ("Laptop with spelling and word prediction software for extended writing, set up and maintained by the school's information technology technician.",
                      "Available in every lesson",
                      "Information technology technician"),
                 ]),
            dict(outcome="Andrei will become more confident in maths.",
                 prov=[
                     ("Small-group maths intervention on multiplication and fractions using concrete apparatus.",
                      "3 times a week, 30 minutes, in a group of 5",
                      "Higher level teaching assistant (maths)"),
                 ]),
        ]),
        dict(area="Social, emotional and mental health", groups=[
            dict(outcome="By the end of the summer term 2026, Andrei will feel calmer in lessons.",
                 prov=[
                     ("Andrei is not asked to read aloud unless he has practised the text first; he is given thinking time of at least 10 seconds before answering in maths.",
                      "Every lesson",
                      "All subject teachers"),
                     ("A quiet 10-minute settling activity on arrival after the bus journey, with a drink and snack.",
                      "Every school day, 10 minutes",
                      "Form tutor"),
                     ("Mentoring session with his form tutor to review the week and set a target.",
                      "Weekly, 20 minutes, on his own",
                      "Form tutor"),
                 ]),
        ]),
    ],
    G=["None at present."],
    H1=["None (see Section D)."],
    H2=["None. The family know about the short breaks and youth activities on the local offer and can ask the Children's Services Duty and Assessment Team for an assessment if their needs change."],
    I=["Tidewater School, Wexley (special school for pupils with moderate learning difficulties). Home-to-school transport is provided by Marram Coast Council."],
    J=["No personal budget has been requested."],
    K=[
        ("Parents' views (with a Romanian interpreter)", "Elena and Mihai, Andrei's parents", "19 January 2026"),
        ("Andrei's views", "Andrei, written with his tutor", "14 January 2026"),
        ("Educational advice", "Deputy Headteacher (Inclusion), Tidewater School", "12 January 2026"),
        ("Psychological advice", "Dr Tom Ellis, Educational Psychologist, Marram Coast Educational Psychology Service", "21 October 2025"),
        ("Social care advice", "Duty and Assessment Team, Marram Coast Children's Services", "18 November 2025"),
        ("Medical advice", "Requested from the school nursing team on 4 December 2025 \u2013 not received", "\u2013"),
    ],
    signoff=["Signed on behalf of Marram Coast Council: EHC Team Manager. Date: 27/02/2026."],
)


# ======================================================================
# x108 - letter-column - FAIL - Ruby, 6, Year 1, attachment difficulties, Child in Need plan
# Planted: CIN plan in front matter and A but not in D/H (H1/H2 "None.");
# spelling slips; a "first-person" view that cannot be a six-year-old's own;
# vague, unquantified nurture provision.
# ======================================================================
X108 = dict(
    id="x108", layout="letter-column", name="Ruby", poss="her",
    front=[
        ("Name", "Ruby"),
        ("National Curriculum year", "Year 1 (age 6)"),
        ("School", "Sandhaven Infant School"),
        ("Known to social care", "Yes \u2013 Child in Need plan since March 2026"),
        ("Plan finalised", "10/07/2026 (final plan)"),
        ("Last reviewed", "Not applicable \u2013 first EHC plan"),
    ],
    A=[
        [("h", "Ruby's views"),
         ("q", "\u201cI find it difficult when the routine changes without warning, and I would benefit from having a consistent adult who understands my needs. I feel that my behaviour is a way of communicating that I do not feel safe. I would like school to work closely with my mum and to recognise my progress.\u201d")],
        [("h", "What people like and admire about Ruby"),
         ("b", ["Ruby is bright, curious and imaginative; she makes up long stories with her dolls.",
                "She loves singing and knows all the words to the songs in assembly.",
                "She is very affectionate with adults she trusts and is gentle with the class guinea pigs.",
                "She is good at jigsaws and can complete a 100-piece puzzle on her own."])],
        [("h", "Mum's views"),
         "Ruby lives with her mum, Kelly, and her baby brother in Sandhaven. Ruby's dad does not live with the family and has no contact. Kelly shared her views at a meeting at school on 14 May 2026. She said that Ruby had a difficult start in life and that things at home were very hard until last year; the family now have a social worker and a Child in Need plan. Kelly said Ruby can be loving one minute and furious the next, and that mornings and bedtimes are the hardest times. She is worried that Ruby is falling behind and that other parents do not want their children to play with her. She would like school and home to use the same approach.",
         "Kelly told us that Ruby has always loved music and that singing together in the car is one of the times when Ruby is most relaxed and chatty. She said that Ruby copes best when she knows exactly what is going to happen, and that she becomes very upset if she is collected by someone she was not expecting. Kelly is pleased that Ruby now has a key adult at school and says Ruby talks about her at home. She would like to be told about good things that happen in school, not only about difficult days."],
        [("h", "Hopes for the future"),
         "Kelly hopes Ruby will have friends, enjoy school and learn to read. She says Ruby loves to sing and dreams of being on stage one day."],
    ],
    B=[
        [("h", "Social, emotional and mental health"),
         "Ruby has attachment difficulties. This means that, because of her early experiences, she finds it hard to trust adults and to feel safe, and she needs a lot of help to manage strong feelings.",
         ("b", ["Ruby becomes very distressed at changes of adult or routine, and when she is upset she may hit out, hide or run from the classroom; the school recorded 11 such incidents in the spring term 2026.",
                "She finds it hard to seperate from her mum in the morning and often takes 20 minutes to settle into class.",
                "She wants to play with other children but finds sharing and turn-taking very hard, and she has few freinds in her class because games often end in arguments."])],
        [("h", "Communication and interaction"),
         ("b", ["Ruby's spoken language is below the level expected for her age; she has difficulty explaining what has happened and describing her feelings in words (educational psychologist, April 2026).",
                "She uses short sentences of 3 to 4 words and often uses gestures or actions instead of words when she is upset.",
                "She understands everyday instructions in class but misses longer instructions given to the whole class, and then copies what other children do."])],
        [("h", "Cognition and learning"),
         ("b", ["Ruby knows 18 letter sounds and can blend simple three-letter words with help. Her attention for adult-led learning is short (about 5 minutes).",
                "She can count objects to 10 accurately and recognises numbers to 20, which is in line with what is expected for her age.",
                "She learns best through play, music and movement, and she remembers songs and rhymes easily."])],
    ],
    C=[["Ruby has no health needs relating to her special educational needs. This is based on the medical advice from the community paediatrician (20 May 2026), who found that she is healthy and developing normally physically."]],
    D=[["Ruby's mum finds the evenings and mornings very difficult, and she has told us that Ruby's behaviour at home can be challenging, especially at bedtime, when Ruby will often get out of bed many times and become upset if she is told to return to it, which means that she is definately not getting enough sleep on school nights.",
        "Kelly would like help to manage Ruby's behaviour at home."]],
    E=[
        [("n", ["By July 2027, Ruby will come into class and settle at her morning task within 5 minutes of arriving on at least 4 mornings out of 5, as recorded by her key adult.",
                "By July 2027, the number of times Ruby hits out, hides or runs from the classroom will fall from 11 a term to no more than 3 a term, as shown on the school's incident log.",
                "By Easter 2027, Ruby will take turns in a game with two other children for 10 minutes without adult help on 3 occasions a week, as recorded by the nurture group leader.",
                "By July 2027, Ruby will know all 40 Phase 2 and Phase 3 phonics sounds and read 20 common words, as assessed by her class teacher each half term.",
                "By July 2027, Ruby will use a sentence of at least 5 words to describe how she feels and why, using a feelings picture card, on 4 out of 5 check-ins, as recorded by her key adult."])],
    ],
    F=[
        [("b", ["A named key adult (a teaching assistant trained in attachment-aware practice by the Marram Coast Educational Psychology Service) to meet Ruby at the school gate every morning and take her to class, 10 minutes daily. (Outcome 1.)",
                "Regular time with her key adult to build their relationship. (Outcomes 1 and 2.)",
                "Ruby should have access to the nurture group where possible. (Outcome 3.)",
                "Adults warn Ruby of any change of routine or adult using a visual timetable, which she will recieve each morning from her key adult at the gate, and a photo card of any new adult. (Outcome 2.)",
                "Talk Boost language group (a structured programme for children with language delay): 3 times a week, 30 minutes, in a group of 4, led by a teaching assistant trained in Talk Boost, for 10 weeks then review. (Outcome 5.)",
                "Daily phonics catch-up: 15 minutes, 1:1, by a teaching assistant trained in the school's phonics scheme. (Outcome 4.)",
                "A calm box in the classroom with sensory items chosen with Ruby, set up by her class teacher, and a visual \u201cfeelings\u201d card that she can show to her key adult. (Outcomes 2 and 5.)",
                "Home\u2013school diary completed by her key adult at the end of each day, with at least one positive comment, and read by Kelly each evening. (Outcomes 1 and 2.)",
                "The educational psychologist will meet Ruby's class teacher and key adult once each half term for 1 hour to review her progress and plan strategies. (Outcomes 1 to 5.)"])],
    ],
    G=[["None."]],
    H1=[["None."]],
    H2=[["None."]],
    I=[["Sandhaven Infant School (mainstream infant school)."]],
    J=[["No personal budget has been requested."]],
    K=[
        [("b", ["Mum's views \u2013 Kelly \u2013 14 May 2026",
                "Educational advice \u2013 Special educational needs co-ordinator (SENCo), Sandhaven Infant School \u2013 12 May 2026",
                "Psychological advice \u2013 Dr Priya Nair, Educational Psychologist, Marram Coast Educational Psychology Service \u2013 28 April 2026",
                "Medical advice \u2013 Dr Samuel Okafor, Community Paediatrician \u2013 20 May 2026",
                "Social care advice \u2013 Ruby's social worker, Coastal Locality Team, Marram Coast Children's Services \u2013 3 June 2026"])],
    ],
    signoff=["Issued by Marram Coast Council, SEND Service. Authorised by the EHC Team Manager on 10/07/2026."],
)


# ======================================================================
# x109 - national-template - FAIL - Luca, 3, pre-school, severe language disorder
# Planted: issued October 2025 and never reviewed (over 12 months at audit);
# clinical report language in A and E with acronyms never spelled out;
# direct speech and language therapy placed in G;
# sensory need in B with no provision and an outcome with no provision.
# ======================================================================
X109 = dict(
    id="x109", layout="national-template", name="Luca",
    details=[
        ("Education phase", "Pre-school (EYFS), age 3"),
        ("Date of this EHC plan", "10 October 2025 (final plan)"),
        ("Last annual review", "None held"),
        ("EHC coordinator", "EHC Coordinator (Early Years), Marram Coast SEND Service"),
    ],
    pd=dict(dob="Not shown on this copy (age 3)", sex="Male", ethnicity="White \u2013 other European (Romanian)",
            lang="Romanian (a few English words)", parent_lang="Romanian",
            p1="Ioana", p1rel="Mother", p2="Florin", p2rel="Father", p2addr="Same address"),
    services=dict(
        setting="Little Owls Pre-school, Kessingham",
        gp="Kessingham Surgery; Community Paediatrics, Marram Coast Community Child Health",
        nhs="Held by health services",
        social="No",
        others="SALT; EP; Early Years SEND Team",
        lac_now="No", lac_ever="No", opp="Yes \u2013 appended",
        moving="No"),
    A1=["Luca was born in Romania and came to Kessingham in 2023 with his parents, who work on a vegetable farm. He started at Little Owls Pre-school in January 2025 for 15 hours a week.",
        "Luca presents with a severe mixed receptive-expressive language disorder with co-occurring phonological impairment. He is pre-verbal in both languages, demonstrates fleeting joint attention and limited symbolic play, and his verbal comprehension is at the single information-carrying word level. Differential diagnosis of ASD was considered by the multi-disciplinary team and is not indicated at this time. A GDD profile is noted on the Schedule of Growing Skills.",
        "How Luca communicates: Luca takes adults by the hand to what he wants, points, and uses about 5 single words in Romanian (for example \u201capa\u201d for water). He is beginning to use PECS phase 1 at snack time."],
    views=[("h", "Luca's views \u2013 how we found out"),
           "Luca's key person watched him during play over three sessions in September 2025 and talked with his mum about what he enjoys at home. Luca showed us what he likes by choosing toys and by how he reacted.",
           ("b", ["Luca loves the water tray, bubbles and anything that spins. He laughs and comes back for more when an adult plays peek-a-boo.",
                  "He goes to the book corner on his own to look at a tractor book and brings it to his key person.",
                  "He puts his hands over his ears and moves away when the room is noisy at tidy-up time.",
                  "He pushes away food he does not know and takes his key person's hand to the door when he wants to go outside."]),
           ("h", "Parents' views (Ioana and Florin, with a Romanian interpreter, 29 July 2025)"),
           "Ioana and Florin say Luca is a loving, happy boy who adores his baby cousin. They are worried because he is not talking and gets very cross when they do not understand what he wants. They would like Luca to be able to tell them what he needs and to make friends at pre-school."],
    interests=["Water play, bubbles, spinning toys, tractors and trains, being outdoors, peek-a-boo games with adults."],
    strengths=["Luca is affectionate and loves to be close to familiar adults. He is curious and will explore new toys. He is good at puzzles with 4 pieces, can climb the outdoor frame confidently and can feed himself with a spoon."],
    aspirations=["Ioana and Florin hope Luca will talk in Romanian and English, go to the village primary school with the children he knows, and have friends. In the longer term they hope he will be independent and happy."],
    bfe=dict(
        ci=dict(strengths=["Luca enjoys being with adults and uses gesture and pointing to communicate."],
                rows=[
                    ("Severe mixed receptive-expressive language disorder: comprehension at the single ICW level; expressive language limited to approximately 5 single words; reduced joint attention.",
                     ["Intensive Interaction with his key person: daily, 10 minutes, 1:1, by the key person trained by the Early Years SEND Team.",
                      "PECS at snack time and free play (phases 1 to 2): every session, by an LSA trained in PECS.",
                      "SALT programme targets practised by the LSA: 3 times a week, 15 minutes, 1:1.",
                      "Makaton signs for 20 key words used by all staff in every session; staff trained in a 3-hour Makaton workshop by the Early Years SEND Team in November 2025."],
                     "By July 2026, Luca will demonstrate sustained triadic joint attention for 2 minutes in 4 out of 5 structured opportunities and will consistently comprehend 2 ICW-level instructions in 8 out of 10 trials, as measured on SALT probes."),
                    ("Luca has no functional means of requesting and becomes dysregulated when not understood.",
                     ["PECS book kept with Luca and used by all staff; pictures prepared by the SENCo and updated each half term."],
                     "By July 2026, Luca will initiate a spontaneous PECS exchange to request a preferred item 5 times per session across 3 consecutive sessions, as recorded by the LSA."),
                ]),
        cl=dict(strengths=["Luca explores new toys and enjoys cause-and-effect toys."],
                rows=[
                    ("Luca's play is at an early sensory-exploratory level; symbolic play is emerging only with modelling. He is working well below age-related expectations in the EYFS prime areas.",
                     ["Attention Autism (stage 1 and 2 bucket sessions): daily, 10 minutes, in a group of 4 children, led by the SENCo, who is trained in Attention Autism.",
                      "Modelled pretend play with his key person (feeding the doll, pushing the tractor): daily, 10 minutes, 1:1."],
                     "By July 2026, Luca will demonstrate 3 functional pretend-play actions with familiar objects without a model on 3 occasions, as recorded on his EYFS learning journey by his key person."),
                ]),
        semh=dict(strengths=["Luca is affectionate and settles well with his key person."],
                  rows=[
                      ("Transitions between activities trigger dysregulation (crying, dropping to the floor) on most days.",
                       ["Now-and-next photo board used at every transition by all staff; a 2-minute warning with a sand timer; a named adult to support each transition, every session."],
                       "By July 2026, Luca will move from outdoor play to snack time using his now-and-next board with no more than one episode of crying a week, as recorded by his key person."),
                  ]),
        sp=dict(strengths=["Luca has good gross motor skills and enjoys climbing."],
                rows=[
                    ("Luca has sensory-seeking behaviours: he mouths toys, seeks deep pressure and cannot stay seated at group time for more than a few seconds.",
                     ["Awaiting occupational therapy assessment."],
                     "By July 2026, Luca will sit with his group for 5 minutes at story time on 4 out of 5 days, as recorded by his key person."),
                ]),
    ),
    health=dict(
        strengths=["Luca is a healthy boy. His hearing was tested by audiology in June 2025 and was normal."],
        rows=[
            ("Severe mixed receptive-expressive language disorder (SALT diagnosis, June 2025).",
             "SALT: direct 1:1 therapy at pre-school, weekly, 30 minutes, for 10 weeks each term, by the SALT from the Marram Coast Children's Speech and Language Therapy Service, who will also set the programme for the LSA and review it termly.",
             "See communication and interaction outcomes."),
            ("GDD profile: Luca needs monitoring of his overall development by the community paediatrician.",
             "Community paediatrician review every 6 months (30-minute clinic appointment), next in March 2026.",
             "See outcomes above; the paediatrician will review progress at each appointment."),
        ]),
    health_agreement=("Health agreement: ", "Agreed by the DCO, Marram and Broadland ICB, on 06/10/2025."),
    social=dict(
        strengths=["Luca lives with both parents and has a large, supportive extended family locally."],
        rows=[
            ("Luca does not have social care needs relating to his special educational needs. This is based on the Early Help screening by Marram Coast Children's Services on 2 September 2025.",
             "None.",
             "None. The family have been given information about the Kessingham Family Hub stay-and-play sessions and short breaks on the local offer.",
             "None."),
        ]),
    I=["Little Owls Pre-school, Kessingham", "Private, voluntary and independent early years setting"],
    J=["No personal budget has been requested.", "Not applicable."],
    K=[
        ("Parents' views (with a Romanian interpreter)", "29/07/2025", "Ioana and Florin, Luca's parents", "YES"),
        ("Luca's views (through observation of play)", "19/09/2025", "Luca's key person, Little Owls Pre-school", "YES"),
        ("Educational advice", "15/08/2025", "SENCo, Little Owls Pre-school, with the Early Years SEND Team adviser", "YES"),
        [(["Medical advice"], "24/06/2025", "Dr Anna Fielding, Community Paediatrician", "YES"),
         ("SALT advice", "10/06/2025", "Specialist SALT, Marram Coast Children's Speech and Language Therapy Service", "YES")],
        (None, "18/07/2025", "Dr Priya Nair, EP, Marram Coast Educational Psychology Service", "YES"),
        (None, "02/09/2025", "Early Help Coordinator, Marram Coast Children's Services", "YES"),
        None,
        None,
        None,
    ],
    signoff=["EHC Team Manager, Marram Coast SEND Service", "Signed electronically", "10/10/2025"],
)


# ======================================================================
# x110 - ef-table - SOUND - Daria, 16, Year 11, moderate learning difficulties
# and attachment difficulties; lives with her grandmother (special guardian)
# ======================================================================
X110 = dict(
    id="x110", layout="ef-table", name="Daria", poss="her",
    front=[
        ("Name used in this plan", "Daria"),
        ("Age and school year", "16 years old, Year 11"),
        ("School", "Tidewater School, Wexley (special school for pupils with moderate learning difficulties)"),
        ("Languages spoken at home", "English and Romanian"),
        ("Date this plan was issued", "20.03.2026"),
        ("Date of last annual review", "24.02.2026"),
        ("Type of plan", "Amended EHC plan following the Year 11 annual review"),
        ("EHC coordinator", "EHC Coordinator (Preparing for Adulthood), Marram Coast SEND Service"),
    ],
    A=[
        ("h", "About me"),
        "Daria wrote this section herself with her form tutor, using a \u201cPerson-centred review\u201d booklet, before her annual review on 24 February 2026.",
        ("q", "\u201cI'm Daria and I'm 16. I live with my Bunica (my nan) in Easton Marsh. I have lived with her since I was six. My mum is Romanian and I still speak some Romanian with Bunica.\u201d"),
        ("q", "\u201cI love animals, especially horses and dogs. I help at the stables near our house on Sundays \u2013 I muck out and groom the ponies. I like art, baking and music.\u201d"),
        ("q", "\u201cThings that are hard for me: reading long things, maths with money, and when people shout. Sometimes when a teacher says my work is good I get embarrassed and I rip it up, and afterwards I wish I hadn't.\u201d"),
        ("q", "\u201cThe bus to school takes nearly an hour. I want to be able to go places on my own like my friends do.\u201d"),
        ("h", "What people like and admire about Daria"),
        ("b", ["Daria is caring and patient with animals and younger students, and staff at the stables say she is one of their most reliable volunteers.",
               "She is creative and has a real talent for drawing; her artwork was chosen for the school's summer exhibition.",
               "She is honest about her feelings and works hard to put things right after a difficult moment.",
               "She has good practical skills in the kitchen and follows a recipe with pictures carefully."]),
        ("h", "My grandmother's views"),
        "Daria's grandmother, Maria, is her special guardian. Maria told the review that Daria has grown in confidence since moving to Tidewater School and that her volunteering at the stables has been \u201cthe best thing that ever happened to her\u201d. Maria worries about what happens after Year 11: Daria has never travelled on a bus alone, she is not confident with money, and Maria is getting older and wants Daria to be ready to manage more for herself. She would like Daria to go to college and work with animals.",
        ("h", "My hopes for the future"),
        ("q", "Daria: \u201cI want to go to East Marram College to do animal care and then work at a stables or a kennels. One day I want my own flat and a dog.\u201d"),
        "Maria hopes Daria will get a college place, travel independently, learn to manage her own money and keep the good friends she has made.",
    ],
    B=[
        ("h", "Cognition and learning"),
        "Strengths: Daria has good visual memory and learns practical tasks well when they are demonstrated step by step. She has made steady progress in English and is on track for an Entry Level 2 certificate.",
        ("b", ["Daria has moderate learning difficulties. Her reading age is 10 years 1 month (school test, January 2026); she reads familiar texts fluently but needs help to understand longer or unfamiliar texts.",
               "In maths she can add and subtract money to \u00a310 with a calculator but cannot yet work out change or plan a budget.",
               "She needs information broken into short steps with pictures, and she takes longer than her classmates to complete written tasks."]),
        ("h", "Social, emotional and mental health"),
        "Strengths: Daria has a small, loyal group of friends and has good relationships with the staff she knows well.",
        ("b", ["Daria has attachment difficulties. Because of her early experiences before she came to live with her grandmother, she can find it hard to trust new adults and to believe good things said about her. When she is praised in front of others she sometimes becomes upset, tears up her work or leaves the room (6 times in the autumn term 2025).",
               "She finds changes of staff and routine difficult, and she will need careful preparation for the move to college."]),
        ("h", "Communication and interaction"),
        "Strengths: Daria is a clear speaker and enjoys talking about her interests.",
        ("b", ["Daria sometimes misunderstands complex spoken instructions and is reluctant to ask for help from adults she does not know."]),
    ],
    C=["Daria has no health needs relating to her special educational needs. This was confirmed in the medical advice of Dr Anna Fielding, community paediatrician, dated 14 January 2026, who found that Daria is in good health and takes no regular medication. Daria was seen by the Child and Adolescent Mental Health Services (CAMHS) in 2023\u20132024 for a course of therapy, and her case was closed in June 2024 with no further treatment needed; the paediatrician's advice takes this into account."],
    D=[
        "Daria has lived with her grandmother, Maria, under a special guardianship order since 2016. Daria is not looked after and is not on a child in need or child protection plan.",
        "The Special Guardianship Support Team assessed the family's support needs in December 2025 and found that:",
        ("b", ["Daria needs safe opportunities to spend time with young people of her own age outside school, because she has little independent social life and her grandmother cannot always take her out;",
               "Maria (aged 68) needs support and advice to manage Daria's emotional outbursts at home, which happen about once a week and are linked to Daria's attachment difficulties."]),
    ],
    EF_header=["Outcome", "Provision", "Frequency and duration", "Who"],
    EF=[
        dict(area="Employment and education (preparing for adulthood)", groups=[
            dict(outcome="By the end of July 2026, Daria will gain the Entry Level 2 certificate in English and the Entry Level 2 certificate in mathematics, as confirmed by the exam board results.",
                 prov=[
                     ("English and maths teaching in a class of no more than 8 students, with texts adapted to her reading level and visual step-by-step guides.",
                      "5 hours of English and 5 hours of maths a week",
                      "English and maths teachers, Tidewater School"),
                     ("Reading comprehension intervention using short practical texts (recipes, timetables, animal care leaflets).",
                      "3 times a week, 20 minutes, in a group of 3",
                      "Higher level teaching assistant trained in the school's comprehension programme"),
                     ("A reader and 25% extra time in all internal and external exams.",
                      "All exams and mock exams",
                      "Arranged by the exams officer with the special educational needs co-ordinator (SENCo)"),
                 ]),
            dict(outcome="By July 2026, Daria will have completed a 2-week work experience placement at Wexley Animal Rescue Centre and will have received a positive report from her placement supervisor, with \u201cgood\u201d or better in at least 3 of the 4 areas assessed (punctuality, following instructions, care of animals, working with others).",
                 prov=[
                     ("Work experience placement at Wexley Animal Rescue Centre, with a job coach who introduces her to staff, teaches each new task step by step and reduces support as she becomes confident.",
                      "Two weeks in June 2026, school hours; job coach present full time for the first 3 days, then for the first hour of each day",
                      "Job coach, Tidewater School Vocational Team"),
                     ("Preparation sessions: visiting the centre, meeting the supervisor, practising the route and the tasks with photos.",
                      "3 sessions of 1 hour in May 2026, on her own with the job coach",
                      "Job coach, Tidewater School Vocational Team"),
                 ]),
            dict(outcome="By the end of May 2026, Daria will have received an offer of a place on the Foundation Animal Care course at East Marram College, and by July 2026 she will have attended 3 transition visits there, as recorded by the college's transition coordinator.",
                 prov=[
                     ("Careers guidance interviews to plan her college application and transition.",
                      "3 interviews of 45 minutes, in March, April and June 2026, on her own",
                      "Careers adviser (qualified in careers guidance), Marram Coast Preparing for Adulthood Team"),
                     ("Transition visits to East Marram College, supported by a familiar adult, with a photo booklet made after each visit.",
                      "3 half-day visits in June and July 2026",
                      "Form tutor from Tidewater School and the college's transition coordinator"),
                 ]),
        ]),
        dict(area="Independent living (preparing for adulthood)", groups=[
            dict(outcome="By March 2027, Daria will access the community independently by travelling on her own by bus from Easton Marsh to Wexley and back on 5 journeys in a row, as signed off by the independent travel trainer.",
                 prov=[
                     ("Independent travel training on the Easton Marsh to Wexley bus route, starting with the trainer beside her and reducing to the trainer following at a distance.",
                      "Twice a week, 1 hour, for 12 weeks from April 2026, then review; on her own with the trainer",
                      "Independent travel trainer, Marram Coast Council Travel Training Service"),
                 ]),
            dict(outcome="By July 2026, Daria will use a card and a picture shopping list to buy 5 items for a recipe in a supermarket, check her change and stay within a \u00a310 budget on 3 occasions, as recorded by her life skills teacher.",
                 prov=[
                     ("Life skills lessons on money, shopping and cooking, including weekly shopping trips to Wexley town centre.",
                      "Weekly, 2 hours, in a group of 6 students with 2 adults",
                      "Life skills teacher and teaching assistant, Tidewater School"),
                 ]),
        ]),
        dict(area="Friends, relationships and community; emotional wellbeing", groups=[
            dict(outcome="By July 2026, Daria will accept praise from staff calmly \u2013 saying \u201cthank you\u201d or smiling, without damaging her work or leaving the room \u2013 on at least 9 out of 10 occasions, as recorded by her key adult.",
                 prov=[
                     ("Private, specific praise given quietly or in writing rather than in front of the class, in all lessons.",
                      "Every lesson",
                      "All staff, following the key adult's guidance"),
                     ("Sessions with her key adult (a learning mentor trained in attachment-aware practice) to talk through feelings, practise responses to praise and prepare for changes.",
                      "Weekly, 30 minutes, on her own, plus a 5-minute check-in each morning",
                      "Learning mentor"),
                 ]),
            dict(outcome="By Christmas 2026, Daria will be attending the Saturday youth club on at least 3 out of 4 sessions a term and will name two friends she has met there, as recorded at her review (see Section H1).",
                 prov=[
                     ("Social care provision for this outcome is set out in Sections H1 and H2. Tidewater School will share Daria's communication passport with the youth club leaders.",
                      "Once, before her first session in April 2026",
                      "SENCo"),
                 ]),
        ]),
    ],
    G=["No health provision is required (see Section C). If Daria's emotional wellbeing changes, her grandmother or school can ask her GP (family doctor) for a referral to CAMHS."],
    H1=[("b", ["Short break: a place at the Saturday youth club for young people with special educational needs and disabilities at Wexley Youth Centre, for 4 hours every other Saturday, with a youth worker ratio of 1 worker to 4 young people. This is provided by the Children with Disabilities Short Breaks Service under section 2 of the Chronically Sick and Disabled Persons Act 1970, following the assessment in December 2025."])],
    H2=[("b", ["A special guardianship support worker will visit Daria and Maria at home every 6 weeks for 1 hour to review how things are going at home and with the move to college.",
               "A therapeutic parenting course for Maria: 8 weekly sessions of 2 hours in the spring term 2026, run by the Special Guardianship Support Team."])],
    I=["Tidewater School, Wexley (special school for pupils with moderate learning difficulties) until the end of Year 11. Home-to-school transport is provided by Marram Coast Council. The type of setting from September 2026 will be named after the college offer and the next review."],
    J=["A personal budget has not been requested. The family were given information about direct payments for short breaks and chose a commissioned youth club place."],
    K_header=["Advice or information", "Given by", "Date"],
    K=[
        ("Daria's views", "Daria, written with her form tutor", "17 February 2026"),
        ("Special guardian's views", "Maria, Daria's grandmother", "24 February 2026"),
        ("Educational advice", "SENCo, Tidewater School", "10 February 2026"),
        ("Psychological advice", "Dr Tom Ellis, Educational Psychologist, Marram Coast Educational Psychology Service", "12 November 2025"),
        ("Medical advice", "Dr Anna Fielding, Community Paediatrician, Marram Coast Community Child Health", "14 January 2026"),
        ("Social care advice (special guardianship support assessment)", "Senior Practitioner, Special Guardianship Support Team, Marram Coast Children's Services", "9 December 2025"),
        ("Preparing for adulthood advice", "Careers adviser, Marram Coast Preparing for Adulthood Team", "28 January 2026"),
    ],
    signoff=["Signed on behalf of Marram Coast Council: EHC Team Manager. Date: 20.03.2026."],
)


# ======================================================================
# x111 - letter-column - SOUND - Rūta, 3, pre-school, global developmental delay,
# language delay and glue ear; Lithuanian family
# ======================================================================
X111 = dict(
    id="x111", layout="letter-column", name="Rūta", poss="her",
    front=[
        ("Name", "Rūta"),
        ("Education phase", "Pre-school, Early Years Foundation Stage (age 3 years 5 months)"),
        ("School", "Sandhaven Community Pre-school (15 hours a week)"),
        ("Plan finalised", "2 October 2026 (final plan)"),
        ("Last reviewed", "Not applicable \u2013 first EHC plan. Because Rūta is under five, her plan will be reviewed every 6 months; the first review will be held by April 2027."),
    ],
    A=[
        [("h", "How we learned what Rūta likes and thinks"),
         "Rūta does not yet use words to tell us what she thinks. Her key person at pre-school, who knows her well, watched and played with her over four sessions in July 2026 and noted what she chose, what made her smile and what upset her. Her mum, Jurgita, told us what Rūta does at home, with a Lithuanian interpreter. This is what they found:",
         ("b", ["Rūta loves music and rhymes. She claps and rocks when she hears \u201cRow, row, row your boat\u201d and hands the adult the song card to ask for it again.",
                "She enjoys the sensory room lights and the sand tray, and she will play alongside another child at the sand tray for a few minutes.",
                "She signs \u201cmore\u201d and \u201cfinished\u201d in Makaton (a language programme of signs and symbols used with speech) and she points to what she wants.",
                "She does not like loud, sudden noises or being rushed when she is eating, and she cries when her coat is put on before she is ready.",
                "She lights up when her big brother Matas comes to collect her."])],
        [("h", "What people like and admire about Rūta"),
         ("b", ["Rūta is affectionate and has a lovely smile that she uses to make friends with adults.",
                "She is determined: she practised climbing the small slide every day until she could do it on her own.",
                "She copies actions quickly and has learned 6 Makaton signs since Easter.",
                "She feeds herself well with a spoon and enjoys trying new fruit."])],
        [("h", "Our family's views"),
         "Jurgita shared her views on 6 August 2026. The family came from Lithuania in 2021; Rūta's dad works at a pea and bean farm near Kessingham, often long hours in summer, and Jurgita works part time at a packing factory. Jurgita said Rūta is \u201cour sunshine\u201d. She is worried that Rūta is not talking in Lithuanian or English and that she often seems not to hear when she is called, especially when she has a cold. She would like Rūta to be able to let people know what she wants, and to learn signs the family can use at home. She would like information in Lithuanian where possible."],
        [("h", "Hopes for the future"),
         "Jurgita hopes Rūta will start to talk, make a friend at pre-school, and be ready to start school with children from her village. In the longer term, she hopes Rūta will be happy, as independent as possible, and able to take part in family life in both Lithuania and England."],
    ],
    B=[
        [("h", "Overview"),
         "Rūta has global developmental delay: she is learning and developing more slowly than other children of her age in most areas. She also has glue ear, which comes and goes and makes it harder for her to hear speech clearly (see Section C). She is working at around the level expected of a child of 12 to 18 months in communication and language, and around 20 to 24 months in physical development (Early Years SEND Advisory Teacher, July 2026)."],
        [("h", "Communication and interaction"),
         "Strengths: Rūta communicates through pointing, leading adults by the hand, eye contact, and 6 Makaton signs. She enjoys social games such as peek-a-boo.",
         ("b", ["Rūta does not yet use spoken words in either language.",
                "She understands some familiar words in routines (for example \u201cshoes\u201d, \u201cdrink\u201d, \u201cbye-bye\u201d) but does not yet follow simple instructions outside routines.",
                "Her attention to adult-led activity is short: about 1 minute."])],
        [("h", "Cognition and learning"),
         "Strengths: Rūta explores toys with interest and enjoys cause-and-effect toys such as pop-up boxes.",
         ("b", ["She is beginning to match objects but does not yet use toys to pretend (for example, feeding a doll).",
                "She needs many repetitions to learn a new routine."])],
        [("h", "Social, emotional and mental health"),
         "Strengths: Rūta is sociable with familiar adults and settles quickly with her key person.",
         ("b", ["She becomes distressed at unexpected changes, such as tidy-up time, and needs an adult to help her calm down."])],
        [("h", "Sensory and/or physical needs"),
         "Strengths: Rūta walks and climbs steadily and enjoys outdoor play.",
         ("b", ["Her fine motor skills are delayed; she finds it hard to use a pincer grip and to put on her own coat and shoes.",
                "Because of her glue ear, she needs a quiet listening environment and adults to get her attention before speaking (Qualified Teacher of the Deaf, August 2026)."])],
    ],
    C=[
        ["Rūta has no difficulty with eating, drinking or sleeping, but she has glue ear (fluid behind the eardrums). Her hearing test in July 2026 showed a mild hearing loss in both ears, which is likely to change from month to month. Glue ear often gets better on its own, but her ear, nose and throat (ENT) consultant will decide in January 2027 whether she needs grommets (tiny tubes put into the eardrums).",
         "Rūta's global developmental delay is monitored by her community paediatrician, who has found no other medical cause (medical advice, July 2026)."],
    ],
    D=[
        ["Rūta does not have social care needs relating to her special educational needs or disability. This is based on the social care advice from the Children with Disabilities Team, Marram Coast Children's Services, dated 12 August 2026. The family have been told about short breaks on the local offer, including the Saturday stay-and-play for children with additional needs at Sandhaven Family Hub, and they may ask for a short breaks assessment at any time."],
    ],
    E=[
        [("h", "Communication and interaction"),
         ("n", ["By April 2027, Rūta will use 20 Makaton signs or picture cards to ask for things she wants (for example \u201cdrink\u201d, \u201chelp\u201d, \u201coutside\u201d), each used on at least 3 different days, as recorded by her key person on her sign log.",
                "By April 2027, Rūta will turn to look when her name is called from 2 metres away in a quiet room on 4 out of 5 attempts, as recorded by her key person each week."])],
        [("h", "Cognition and learning"),
         ("n", ["By April 2027, Rūta will show 3 different pretend-play actions (such as feeding a doll, stirring a pot, pushing a car into a garage) on her own, as noted in her learning journal by her key person."])],
        [("h", "Social, emotional and mental health"),
         ("n", ["By April 2027, Rūta will move from free play to tidy-up time using her \u201cnow and next\u201d picture card, without crying, on 4 out of 5 sessions, as recorded by her key person."])],
        [("h", "Sensory and physical"),
         ("n", ["By April 2027, Rūta will put on her own coat using the \u201ccoat flip\u201d method with no more than one prompt, on 3 days in a row, as recorded by her key person."])],
    ],
    F=[
        [("h", "Adult support at pre-school"),
         ("b", ["An additional early years practitioner, trained in Makaton (foundation level) and Intensive Interaction, for all 15 hours Rūta attends each week, to work 1:1 with her during adult-led activities and support her in play with other children. (All outcomes.)",
                "Intensive Interaction (a way of building communication by joining in with the child's own sounds and actions): daily, 10 minutes, 1:1, by her key person. (Outcome 1.)",
                "A \u201cnow and next\u201d picture board and a 1-minute warning with a song before each change of activity, every session, by her key person. (Outcome 4.)",
                "Modelled pretend play with familiar objects: daily, 10 minutes, 1:1, by her key person. (Outcome 3.)",
                "Fine motor and dressing practice using the \u201ccoat flip\u201d method and posting and threading games: daily, 10 minutes, 1:1, by her key person, following a programme set by the Early Years SEND Advisory Teacher. (Outcome 5.)"])],
        [("h", "Speech and language therapy"),
         ("b", ["The speech and language therapist will see Rūta on her own at pre-school on Tuesday mornings for 30 minutes, for 8 weeks from January 2027, then review. At each visit she will show the key person the next steps. (Outcomes 1 and 2.)",
                "January 2027: the speech and language therapist will lead a 1-hour session for all pre-school staff and Jurgita on using signs and picture cards, with a Lithuanian interpreter."])],
        [("h", "Advice for hearing and the listening environment"),
         ("b", ["A Qualified Teacher of the Deaf from the Marram Coast Sensory Support Service will visit the pre-school once each half term for 45 minutes to advise staff on getting Rūta's attention, reducing background noise and checking how she is hearing, and will attend her reviews. (Outcome 2.)",
                "Staff will say Rūta's name and get her attention before speaking, face her, and keep background music off during adult-led activities, every session. (Outcome 2.)"])],
        [("h", "Home learning and advisory support"),
         ("b", ["Portage (a home-visiting educational service for pre-school children with special educational needs): a trained Portage home visitor will visit Rūta and Jurgita at home fortnightly for 1 hour, with a Lithuanian interpreter at every visit, to set small play and communication targets that match those at pre-school. (All outcomes.)",
                "The Early Years SEND Advisory Teacher will visit the pre-school each half term for 1 hour to review Rūta's progress and targets with her key person and the pre-school SENCo (special educational needs co-ordinator)."])],
    ],
    G=[
        ["Paediatric Audiology, Sandhaven Hospital: a hearing test every 3 months (30-minute appointment) while Rūta has glue ear, with results sent to the family, the pre-school and the Qualified Teacher of the Deaf.",
         "Ear, nose and throat (ENT) consultant, Sandhaven Hospital: outpatient review on 19 January 2027 (about 20 minutes) to decide whether grommets are needed. If grommets are fitted, Audiology will re-test her hearing 6 weeks afterwards.",
         "Community paediatrician: review of Rūta's development every 6 months (45-minute appointment with an interpreter), next in March 2027.",
         ("h", "Health agreement"),
         "Health provision confirmed by Dr Helen Marsh, Designated Clinical Officer, Marram and Broadland Integrated Care Board, on 28 September 2026."],
    ],
    H1=[["No provision (see Section D)."]],
    H2=[["No provision. The family know about the short breaks local offer and the Sandhaven Family Hub stay-and-play sessions, which Jurgita already attends once a week with Rūta."]],
    I=[["Sandhaven Community Pre-school (private, voluntary and independent early years setting), 15 funded hours a week."]],
    J=[["No personal budget has been requested."]],
    K=[
        [("b", ["Parent's views \u2013 Jurgita (mum), with a Lithuanian interpreter \u2013 6 August 2026",
                "Rūta's views \u2013 observation of play by her key person, Sandhaven Community Pre-school \u2013 July 2026 (4 sessions, 7 to 23 July 2026)",
                "Educational advice \u2013 Early Years SEND Advisory Teacher, Marram Coast Early Years SEND Team, with the pre-school SENCo \u2013 24 July 2026",
                "Advice on hearing \u2013 Qualified Teacher of the Deaf, Marram Coast Sensory Support Service \u2013 14 August 2026",
                "Psychological advice \u2013 Dr Priya Nair, Educational Psychologist, Marram Coast Educational Psychology Service \u2013 30 June 2026",
                "Speech and language therapy advice \u2013 Specialist Speech and Language Therapist (early years), Marram Coast Children's Speech and Language Therapy Service \u2013 17 June 2026",
                "Medical advice \u2013 Dr Samuel Okafor, Community Paediatrician \u2013 9 July 2026",
                "Audiology and ENT report \u2013 Paediatric Audiology and ENT Department, Sandhaven Hospital \u2013 21 July 2026",
                "Social care advice \u2013 Children with Disabilities Team, Marram Coast Children's Services \u2013 12 August 2026"])],
    ],
    signoff=["Issued by Marram Coast Council, SEND Service. Authorised by the EHC Team Manager on 2 October 2026."],
)


# ======================================================================
# x112 - national-template - FAIL - Ieva, 17, Year 12, moderate learning difficulties, anxiety
# Planted: anxiety/low mood in C with nothing in G and no outcome;
# parents' views undated and EP advice unattributed in K;
# no aspirations recorded; provision written as outcomes in E.
# ======================================================================
X112 = dict(
    id="x112", layout="national-template", name="Ieva",
    details=[
        ("School year", "Year 12 (first year at college)"),
        ("Date of this EHC plan", "29 October 2026 (amended plan following annual review)"),
        ("Last annual review", "2 October 2026"),
        ("EHC coordinator", "EHC Coordinator (Post-16), Marram Coast Special Educational Needs and Disabilities (SEND) Service"),
    ],
    pd=dict(dob="Not shown on this copy (age 17)", sex="Female", ethnicity="White \u2013 other European (Lithuanian)",
            lang="Lithuanian and English", parent_lang="Lithuanian",
            p1="Ieva (young person)", p1rel="Self",
            p2="Daiva", p2rel="Mother", p2addr="Same address"),
    services=dict(
        setting="East Marram College \u2013 Foundation Studies (Pathways to Work, Entry Level 3)",
        gp="Kessingham Surgery",
        nhs="Held by health services",
        social="No",
        others="Child and Adolescent Mental Health Services (CAMHS); Marram Coast Preparing for Adulthood Team",
        lac_now="No", lac_ever="No", opp="Yes \u2013 appended",
        moving="No"),
    A1=["Ieva moved to Kessingham from Lithuania with her mother in 2018, when she was nine; her mother works at a poultry processing plant on shifts. Ieva was identified as having moderate learning difficulties in Year 6 and has had an EHC plan since Year 8. She attended Wexley Academy until July 2026 and started at East Marram College in September 2026. She travels to college on the college bus, a journey of about 50 minutes.",
        "How Ieva communicates: Ieva speaks English and Lithuanian fluently in everyday conversation. She is quiet in groups and rarely starts a conversation with someone she does not know. She prefers written or picture instructions to long spoken explanations."],
    views=[("h", "Ieva's views (from her annual review meeting, 2 October 2026)"),
           ("q", "\u201cCollege is better than school because there are fewer people in my class and the teachers talk to you like an adult. I like the cooking sessions and looking after the plants in the polytunnel.\u201d"),
           ("q", "\u201cI don't like the canteen, it's too busy. I get really worried in the mornings and sometimes I don't want to get on the bus. I don't like talking on the phone.\u201d"),
           ("h", "Mum's views"),
           "Daiva said that Ieva has settled at college better than she expected. She is worried about Ieva's anxiety, which has got worse over the last year: Ieva often cannot sleep, stays in her room at weekends, and has hurt herself in the past. Daiva finds it hard to get help because of her shift work and would like college to tell her if Ieva seems low."],
    interests=["Cooking, gardening, drawing in her sketchbook, watching baking programmes, and walking her neighbour's dog."],
    strengths=["Ieva is hard-working, careful and kind. Her tutor says she is the most reliable member of the group in practical sessions, and she takes great care with the plants in the college polytunnel. She is bilingual and has a good memory for routines and recipes once she has learned them."],
    aspirations=["Not discussed at this review."],
    bfe=dict(
        ci=dict(strengths=["Ieva communicates clearly one to one and is polite and friendly with staff."],
                rows=[
                    ("Ieva finds it hard to speak up in groups, to ask for help and to use the telephone.",
                     ["Small-group communication skills sessions (asking for help, making phone calls, speaking to customers) using role-play: weekly, 45 minutes, in a group of 6 students, led by the college's specialist learning support tutor, for 12 weeks then review."],
                     "By July 2027, Ieva will make a short telephone call to book an appointment or ask for information on 3 occasions with no more than one prompt, as recorded by her learning support tutor."),
                ]),
        cl=dict(strengths=["Ieva follows a written recipe or set of picture instructions accurately."],
                rows=[
                    ("Ieva has moderate learning difficulties. Her reading age is about 10 years and she is working at Entry Level 2 in maths; she finds money, time and reading unfamiliar texts difficult.",
                     ["English and maths functional skills lessons at Entry Level 2 to 3: 2 hours of each a week, in a class of no more than 10 students, taught by qualified functional skills teachers.",
                      "In-class support from a learning support assistant in English and maths lessons (4 hours a week).",
                      "Money and budgeting sessions: weekly, 1 hour, in a group of 6 students, led by the Pathways to Work tutor, including a weekly shopping task in Sandhaven."],
                     "By July 2027, Ieva will gain the Entry Level 3 functional skills qualification in English and Entry Level 2 in maths, as confirmed by her exam results."),
                    ("Ieva has no experience of work and needs to learn workplace routines, such as arriving on time, following a rota and asking a supervisor what to do next.",
                     ["Supported work placement at Sandhaven Garden Centre one day a week (6 hours) from January to March 2027, with a job coach from the college's supported internship team: present all day for the first 3 weeks, then for 2 hours each week.",
                      "Employability sessions (preparing a simple curriculum vitae (CV), interview practice, workplace rules): weekly, 1 hour, in a group of 8 students, led by the Pathways to Work tutor."],
                     "Ieva will receive weekly support from a job coach on her work placement."),
                ]),
        semh=dict(strengths=["Ieva has made a friend in her tutor group and talks openly with her learning mentor."],
                  rows=[
                      ("Ieva becomes very anxious in busy places and at the start of the day; she missed 9 days of college in September and October 2026.",
                       ["Learning mentor sessions: weekly, 45 minutes, on her own, to plan her week, practise calming strategies and prepare for changes.",
                        "A quiet room for lunch (the learning support base), open every day, with a learning support assistant present."],
                       "By the end of the spring term 2027, Ieva will attend at least 90% of her timetabled college sessions, as shown on the college register."),
                      ("On bad mornings Ieva finds it hard to get on the college bus and to walk into the building on her own.",
                       ["A learning support assistant meets Ieva at the college bus stop every morning for 10 minutes and walks with her to the learning support base, for the autumn term 2026, then review at a meeting with Ieva and her mum."],
                       "Ieva is supported by college staff to travel on the college bus."),
                  ]),
        sp=dict(strengths=["Ieva has no sensory or physical needs that need special educational provision."],
                rows=[]),
    ),
    health=dict(
        strengths=["Ieva enjoys walking and is generally in good physical health."],
        rows=[
            ("Ieva has eczema on her hands, which flares up in cold weather and in the kitchen.",
             "Her GP (family doctor) prescribes an emollient cream and reviews her eczema once a year in a 10-minute appointment; college provides non-latex gloves for kitchen sessions.",
             "By July 2027, Ieva will apply her emollient cream before and after every kitchen session without a reminder, as recorded by her Pathways to Work tutor."),
            ("Ieva has anxiety and low mood. She was referred to CAMHS in March 2026 after she told her school that she had been hurting herself; she had an assessment in May 2026 and is waiting for a course of therapy. She often sleeps badly and withdraws to her room at weekends.",
             "",
             ""),
        ]),
    health_agreement=("Health agreement: ", "The health provision in this plan was reviewed and agreed by Dr Helen Marsh, Designated Clinical Officer, Marram and Broadland Integrated Care Board, on 22 October 2026."),
    social=dict(
        strengths=["Ieva has a close relationship with her mum and a supportive neighbour."],
        rows=[
            ("Ieva does not have social care needs relating to her special educational needs or disability. This is based on the social care advice from the 14 to 25 Transitions Team, Marram Coast Children's Services, dated 15 September 2026, who found that she does not need a social care assessment.",
             "None.",
             "None. Ieva and her mum have been given information about the local offer, including youth clubs and the young people's wellbeing service.",
             "None."),
        ]),
    I=["East Marram College", "General further education college (Foundation Studies department)"],
    J=["No personal budget has been requested.", "Not applicable."],
    K=[
        ("Ieva's views (young person)", "02/10/2026", "Ieva", "YES"),
        ("Parent's views", "", "Daiva, Ieva's mother", "YES"),
        ("Educational advice", "25/09/2026", "Learning Support Manager, East Marram College", "YES"),
        [(["Medical advice"], "03/09/2026", "Dr Ruth Hale, GP, Kessingham Surgery", "YES"),
         ("CAMHS assessment letter", "21/05/2026", "Assessment Clinician, CAMHS, Marram and Broadland", "YES")],
        (None, "11/09/2026", "", "YES"),
        (None, "15/09/2026", "Senior Practitioner, 14 to 25 Transitions Team, Marram Coast Children's Services", "YES"),
        None,
        (None, "18/09/2026", "Careers adviser, Marram Coast Preparing for Adulthood Team", "YES"),
        None,
    ],
    signoff=["EHC Team Manager, Marram Coast SEND Service", "Signed electronically", "29/10/2026"],
)


# ---------------------------------------------------------------- main
PLANS = [X101, X102, X103, X104, X105, X106, X107, X108, X109, X110, X111, X112]
RENDERERS = {
    "ef-table": render_ef_table,
    "letter-column": render_letter_column,
    "national-template": render_national,
}


def main():
    os.makedirs(OUT, exist_ok=True)
    for plan in PLANS:
        doc = RENDERERS[plan["layout"]](plan)
        doc.core_properties.author = "Marram Coast SEND Service"
        doc.core_properties.title = "EHC plan"
        path = os.path.join(OUT, plan["id"] + ".docx")
        doc.save(path)
        print("wrote", path)


if __name__ == "__main__":
    main()
