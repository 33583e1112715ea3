#!/usr/bin/env python3
"""Generator for blind test set AC2 (writer AC2).

Fictional council: London Borough of Northmead.  Twelve fictional, anonymised EHC plans in three
layouts (bold-statutory, letter-column, shaded-heading-table).  Plan text is Python data below;
one renderer per layout.  Run:  /work/blind/.venv-AC2/bin/python generate.py
"""
import os
import re

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

OUT = os.path.dirname(os.path.abspath(__file__))
PLANS_DIR = os.path.join(OUT, "plans")
COUNCIL = "London Borough of Northmead"


# ----------------------------------------------------------------------------------------------
# Tiny content language
# ----------------------------------------------------------------------------------------------
def P(t):
    return ("p", t)


def H(t):
    return ("h", t)


def B(t):
    return ("b", t)


def T(header, rows):
    return ("t", header, rows)


def O(area, text, know):
    return ("o", area, text, know)


def FI(what, often, group, who):
    return ("f", what, often, group, who)


def GI(what, often, who):
    return ("g", what, often, who)


def K(advice, who, date):
    return ("k", advice, who, date)


SECTION_ORDER = ["A", "B", "C", "D", "E", "F", "G", "H1", "H2", "I", "J", "K"]

LONG_TITLES = {
    "A": "Section A: The views, interests and aspirations of the child and his or her parents, or of the young person",
    "B": "Section B: The child or young person's special educational needs",
    "C": "Section C: The child or young person's health care needs which relate to their special educational needs",
    "D": "Section D: The child or young person's social care needs which relate to their special educational needs or to a disability",
    "E": "Section E: The outcomes sought for the child or young person, including outcomes for adult life",
    "F": "Section F: The special educational provision required by the child or young person",
    "G": "Section G: Any health care provision reasonably required by the learning difficulties or disabilities which result in the child or young person having special educational needs",
    "H1": "Section H1: Any social care provision which must be made for the child or young person as a result of section 2 of the Chronically Sick and Disabled Persons Act 1970",
    "H2": "Section H2: Any other social care provision reasonably required by the learning difficulties or disabilities which result in the child or young person having special educational needs",
    "I": "Section I: The name and type of the school, maintained nursery school, post-16 institution or other institution to be attended by the child or young person",
    "J": "Section J: Details of any personal budget, including arrangements for any direct payments",
    "K": "Section K: The advice and information gathered during the EHC needs assessment",
}

SHORT_TITLES = {
    "A": "Views, interests and aspirations",
    "B": "Special educational needs",
    "C": "Health care needs",
    "D": "Social care needs",
    "E": "Outcomes",
    "F": "Special educational provision",
    "G": "Health care provision",
    "H1": "Social care provision (section 2, Chronically Sick and Disabled Persons Act 1970)",
    "H2": "Other social care provision",
    "I": "Placement",
    "J": "Personal budget",
    "K": "Advice and information",
}

GLOSSARY = {
    "EHC": "Education, Health and Care",
    "SEND": "special educational needs and disabilities",
    "SENCO": "Special Educational Needs Coordinator: the teacher who leads on special educational needs in a school or setting",
    "NHS": "National Health Service",
    "GP": "general practitioner (family doctor)",
    "PE": "physical education",
    "GCSE": "General Certificate of Secondary Education",
    "CAMHS": "Child and Adolescent Mental Health Services",
    "CBT": "cognitive behavioural therapy: a talking therapy",
    "PECS": "Picture Exchange Communication System: a way of communicating by handing over pictures",
    "QTVI": "Qualified Teacher of Children and Young People with Vision Impairment",
    "ELSA": "Emotional Literacy Support Assistant: a teaching assistant trained by educational psychologists to support children's emotional wellbeing",
    "IT": "information technology",
    "EOTAS": "education otherwise than at school",
    "UK": "United Kingdom",
}

SIGN_OFF = ("Signed on behalf of the London Borough of Northmead: Joanne Pryce, SEND Casework Manager. "
            "Date: {date}")


# ----------------------------------------------------------------------------------------------
# docx helpers
# ----------------------------------------------------------------------------------------------
def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def set_base(doc):
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    for s in doc.sections:
        s.left_margin = s.right_margin = Cm(2)
        s.top_margin = s.bottom_margin = Cm(2)


def bold_para(container, text, size=None, italic=False, underline=False):
    p = container.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    r.italic = italic
    r.underline = underline
    if size:
        r.font.size = Pt(size)
    return p


def cell_text(cell, text, bold=False, first=True):
    """Write text into a table cell (first paragraph re-used)."""
    if first and cell.paragraphs and not cell.paragraphs[0].text:
        p = cell.paragraphs[0]
    else:
        p = cell.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    return p


def simple_table(doc, header, rows, widths=None, header_fill="D9D9D9"):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for i, h in enumerate(header):
        c = t.rows[0].cells[i]
        cell_text(c, h, bold=True)
        shade(c, header_fill)
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cell_text(cells[i], v)
    if widths:
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = Cm(w)
    return t


def title_block(doc, plan):
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(COUNCIL)
    r.bold = True
    r.font.size = Pt(14)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Education, Health and Care Plan")
    r.bold = True
    r.font.size = Pt(16)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("SEND Assessment and Review Team").italic = True


def front_table(doc, plan, fill="E7E6E6"):
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for label, value in plan["front"]:
        cells = t.add_row().cells
        cell_text(cells[0], label, bold=True)
        shade(cells[0], fill)
        cell_text(cells[1], value)
    for row in t.rows:
        row.cells[0].width = Cm(5.5)
        row.cells[1].width = Cm(11.5)
    doc.add_paragraph()


def outcome_label(n, area):
    return "Outcome %d (%s)" % (n, area)


def glossary_items(plan, text):
    if not plan.get("glossary", True):
        return []
    found = []
    for ab, meaning in GLOSSARY.items():
        if re.search(r"\b%s\b" % re.escape(ab), text):
            found.append((ab, meaning))
    for ab, meaning in plan.get("extra_glossary", []):
        found.append((ab, meaning))
    return found


def plan_text(plan):
    bits = [v for _, v in plan["front"]] + [plan["intro"]]
    for sec in SECTION_ORDER:
        for blk in plan["S"][sec]:
            bits.extend(str(x) for x in blk[1:])
    return "\n".join(bits)


def group_runs(blocks):
    """Yield (kind, [blocks]) with consecutive o/f/g/k blocks grouped together."""
    out = []
    for blk in blocks:
        kind = blk[0]
        if kind in ("o", "f", "g", "k") and out and out[-1][0] == kind:
            out[-1][1].append(blk)
        else:
            out.append((kind, [blk]))
    return out


# ----------------------------------------------------------------------------------------------
# Layout 1: bold-statutory (no heading styles, bold long titles, hand-typed bullets)
# ----------------------------------------------------------------------------------------------
def render_bold_statutory(plan):
    doc = Document()
    set_base(doc)
    title_block(doc, plan)
    front_table(doc, plan)
    bullet = plan.get("bullet", "•")
    sub = plan.get("subbullet", "-")
    doc.add_paragraph(plan["intro"])
    n_out = 0
    for sec in SECTION_ORDER:
        bold_para(doc, LONG_TITLES[sec], size=12)
        for kind, blks in group_runs(plan["S"][sec]):
            if kind == "p":
                doc.add_paragraph(blks[0][1])
            elif kind == "h":
                bold_para(doc, blks[0][1], underline=True)
            elif kind == "b":
                p = doc.add_paragraph(bullet + "  " + blks[0][1])
                p.paragraph_format.left_indent = Cm(0.8)
                p.paragraph_format.first_line_indent = Cm(-0.5)
            elif kind == "t":
                simple_table(doc, blks[0][1], blks[0][2])
                doc.add_paragraph()
            elif kind == "o":
                for _, area, text, know in blks:
                    n_out += 1
                    bold_para(doc, outcome_label(n_out, area))
                    doc.add_paragraph(text)
                    p = doc.add_paragraph()
                    p.add_run("How we will know: ").bold = True
                    p.add_run(know)
            elif kind == "f":
                for _, what, often, group, who in blks:
                    p = doc.add_paragraph(bullet + "  " + what)
                    p.paragraph_format.left_indent = Cm(0.8)
                    p.paragraph_format.first_line_indent = Cm(-0.5)
                    for lab, val in (("How often and for how long", often), ("Group size or ratio", group),
                                     ("Who will provide it", who)):
                        if val:
                            q = doc.add_paragraph("%s  %s: %s" % (sub, lab, val))
                            q.paragraph_format.left_indent = Cm(1.6)
            elif kind == "g":
                for _, what, often, who in blks:
                    p = doc.add_paragraph(bullet + "  " + what)
                    p.paragraph_format.left_indent = Cm(0.8)
                    p.paragraph_format.first_line_indent = Cm(-0.5)
                    for lab, val in (("How often and for how long", often), ("Who will provide it", who)):
                        if val:
                            q = doc.add_paragraph("%s  %s: %s" % (sub, lab, val))
                            q.paragraph_format.left_indent = Cm(1.6)
            elif kind == "k":
                simple_table(doc, ["Advice or information", "Given by", "Date"],
                             [[a, w, d] for _, a, w, d in blks], widths=[5, 8.5, 3.5])
                doc.add_paragraph()
    gl = glossary_items(plan, plan_text(plan))
    if gl:
        bold_para(doc, "Words and abbreviations used in this plan", size=12)
        for ab, meaning in gl:
            doc.add_paragraph("%s  %s: %s" % (bullet, ab, meaning))
    doc.add_paragraph()
    doc.add_paragraph(SIGN_OFF.format(date=plan["signed"]))
    return doc


# ----------------------------------------------------------------------------------------------
# Layout 2: letter-column (one big two-column table; shaded letter cell merged down the section)
# ----------------------------------------------------------------------------------------------
def render_letter_column(plan):
    doc = Document()
    set_base(doc)
    title_block(doc, plan)
    front_table(doc, plan, fill="DEEAF6")
    doc.add_paragraph(plan["intro"])
    big = doc.add_table(rows=0, cols=2)
    big.style = "Table Grid"
    n_out = 0
    for sec in SECTION_ORDER:
        start = len(big.rows)
        r = big.add_row().cells
        cell_text(r[1], "Section %s: %s" % (sec, SHORT_TITLES[sec]), bold=True)
        shade(r[1], "F2F2F2")
        for kind, blks in group_runs(plan["S"][sec]):
            if kind in ("p", "h", "b"):
                c = big.add_row().cells[1]
                txt = blks[0][1]
                if kind == "b":
                    txt = "• " + txt
                cell_text(c, txt, bold=(kind == "h"))
            elif kind == "t":
                header, rows = blks[0][1], blks[0][2]
                for row in rows:
                    c = big.add_row().cells[1]
                    first = True
                    for h_, v in zip(header, row):
                        p = cell_text(c, "", first=first)
                        first = False
                        p.add_run(h_ + ": ").bold = True
                        p.add_run(v)
            elif kind == "o":
                for _, area, text, know in blks:
                    n_out += 1
                    c = big.add_row().cells[1]
                    cell_text(c, outcome_label(n_out, area), bold=True)
                    cell_text(c, text, first=False)
                    p = cell_text(c, "", first=False)
                    p.add_run("How we will know: ").bold = True
                    p.add_run(know)
            elif kind == "f":
                for _, what, often, group, who in blks:
                    c = big.add_row().cells[1]
                    first = True
                    for lab, val in (("Provision", what), ("How often and for how long", often),
                                     ("Group size or ratio", group), ("Who will provide it", who)):
                        if val:
                            p = cell_text(c, "", first=first)
                            first = False
                            p.add_run(lab + ": ").bold = True
                            p.add_run(val)
            elif kind == "g":
                for _, what, often, who in blks:
                    c = big.add_row().cells[1]
                    first = True
                    for lab, val in (("Health provision", what), ("How often and for how long", often),
                                     ("Who will provide it", who)):
                        if val:
                            p = cell_text(c, "", first=first)
                            first = False
                            p.add_run(lab + ": ").bold = True
                            p.add_run(val)
            elif kind == "k":
                for _, a, w, d in blks:
                    c = big.add_row().cells[1]
                    p = cell_text(c, "")
                    p.add_run(a).bold = True
                    cell_text(c, "Given by: " + w, first=False)
                    cell_text(c, "Date: " + d, first=False)
        end = len(big.rows) - 1
        top = big.rows[start].cells[0]
        cell_text(top, sec, bold=True)
        if end > start:
            top = top.merge(big.rows[end].cells[0])
        shade(top, "BDD7EE")
    for row in big.rows:
        row.cells[0].width = Cm(1.6)
        row.cells[1].width = Cm(15.4)
    gl = glossary_items(plan, plan_text(plan))
    if gl:
        doc.add_paragraph()
        bold_para(doc, "Words and abbreviations used in this plan")
        simple_table(doc, ["Word", "What it means"], [[a, m] for a, m in gl], widths=[3, 14],
                     header_fill="DEEAF6")
    doc.add_paragraph()
    doc.add_paragraph(SIGN_OFF.format(date=plan["signed"]))
    return doc


# ----------------------------------------------------------------------------------------------
# Layout 3: shaded-heading-table (each section heading in its own shaded 1x1 table)
# ----------------------------------------------------------------------------------------------
def render_shaded(plan):
    doc = Document()
    set_base(doc)
    title_block(doc, plan)
    front_table(doc, plan, fill="E2EFD9")
    doc.add_paragraph(plan["intro"])
    n_out = 0
    for sec in SECTION_ORDER:
        t = doc.add_table(rows=1, cols=1)
        t.style = "Table Grid"
        c = t.rows[0].cells[0]
        p = cell_text(c, "")
        r = p.add_run("Section %s – %s" % (sec, SHORT_TITLES[sec]))
        r.bold = True
        r.font.size = Pt(12)
        r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        shade(c, "385723")
        doc.add_paragraph()
        for kind, blks in group_runs(plan["S"][sec]):
            if kind == "p":
                doc.add_paragraph(blks[0][1])
            elif kind == "h":
                bold_para(doc, blks[0][1])
            elif kind == "b":
                doc.add_paragraph(blks[0][1], style="List Bullet")
            elif kind == "t":
                simple_table(doc, blks[0][1], blks[0][2], header_fill="E2EFD9")
                doc.add_paragraph()
            elif kind == "o":
                rows = []
                for _, area, text, know in blks:
                    n_out += 1
                    rows.append([outcome_label(n_out, area), text, know])
                simple_table(doc, ["Outcome", "What we want to achieve, and by when", "How we will know"], rows,
                             widths=[3, 8, 6], header_fill="E2EFD9")
                doc.add_paragraph()
            elif kind == "f":
                rows = [[w, o, g or "Not applicable", who] for _, w, o, g, who in blks]
                simple_table(doc, ["Provision", "How often and for how long", "Group size or ratio",
                                   "Who will provide it"], rows, widths=[6.5, 3.5, 2.5, 4.5],
                             header_fill="E2EFD9")
                doc.add_paragraph()
            elif kind == "g":
                rows = [[w, o, who] for _, w, o, who in blks]
                simple_table(doc, ["Health provision", "How often and for how long", "Who will provide it"],
                             rows, widths=[7.5, 4.5, 5], header_fill="E2EFD9")
                doc.add_paragraph()
            elif kind == "k":
                simple_table(doc, ["Advice or information", "Given by", "Date received"],
                             [[a, w, d] for _, a, w, d in blks], widths=[5, 8.5, 3.5], header_fill="E2EFD9")
                doc.add_paragraph()
    gl = glossary_items(plan, plan_text(plan))
    if gl:
        bold_para(doc, "Words and abbreviations used in this plan")
        for ab, meaning in gl:
            doc.add_paragraph("%s – %s" % (ab, meaning), style="List Bullet")
    doc.add_paragraph()
    doc.add_paragraph(SIGN_OFF.format(date=plan["signed"]))
    return doc


RENDERERS = {
    "bold-statutory": render_bold_statutory,
    "letter-column": render_letter_column,
    "shaded-heading-table": render_shaded,
}

PLANS = []

# ==============================================================================================
# ac201 - SOUND - bold-statutory - Chaya, 3, Nursery, Down syndrome, Yiddish at home
# ==============================================================================================
PLANS.append({
    "id": "ac201", "layout": "bold-statutory", "bullet": "•", "subbullet": "-", "signed": "14 October 2026",
    "front": [
        ("First name", "Chaya"),
        ("School year", "Nursery (Early Years Foundation Stage), age 3"),
        ("Home languages", "Yiddish (main language at home) and English"),
        ("Education setting", "Tiferes Girls' Nursery (independent)"),
        ("Social care involvement", "None"),
        ("Type of plan", "Final EHC plan (first plan)"),
        ("Date plan issued", "14 October 2026"),
        ("Date of last annual review", "Not yet reviewed – this is Chaya's first plan. Because Chaya is under five, her first review will be held by April 2027."),
        ("EHC coordinator", "Leah Cohen, SEND Officer"),
    ],
    "intro": ("About this plan: this Education, Health and Care (EHC) plan describes Chaya, what she needs and the "
              "help she must have. It was co-produced with Chaya's parents, with a Yiddish interpreter, at a planning "
              "meeting at Tiferes Girls' Nursery on 2 September 2026. Where this plan uses an abbreviation, it is "
              "explained at the end."),
    "S": {
        "A": [
            H("How we found out what Chaya thinks and feels"),
            P("Chaya is three years old. She uses around 15 single words, in Yiddish and English, and about 20 Makaton "
              "signs. Her views below were gathered by watching her play and by talking with the people who know her "
              "best: her parents, her key person at nursery (Mrs Esther Gold) and the Early Years Specialist Teacher, who "
              "watched her play at nursery on 12 June 2026. Her key person also showed Chaya photographs of toys and "
              "activities so that she could point to the ones she likes."),
            H("What Chaya shows us she likes"),
            B("Bubbles, songs with actions and the musical toys in the nursery."),
            B("Looking at photographs of her family, especially her five older brothers and sisters. She kisses the photographs and signs 'more'."),
            B("Water play and pouring. She will stay at the water tray for ten minutes or more."),
            B("Her grandmother's visits on Friday afternoons. She signs 'Bobba' and runs to the door."),
            H("What Chaya shows us she does not like"),
            B("Loud, sudden noises such as the hand dryer. She covers her ears and looks for an adult."),
            B("Being rushed at lunchtime. She eats slowly and pushes her plate away if she is hurried."),
            H("What people like and admire about Chaya"),
            P("Chaya is affectionate, sociable and determined. She waves to everyone in the morning and has a lovely "
              "laugh. She copies the actions of other children and will keep trying at a puzzle until she has finished "
              "it. She loves being helpful and carries the register to the office with her key person every morning."),
            H("Chaya's parents' views"),
            P("Chaya's mother and father shared their views at home on 2 June 2026 with the help of a Yiddish "
              "interpreter. They said: \"Chaya is a happy girl and she is the baby of the family, so everyone wants to "
              "help her. We know she understands much more than she can say. We want her to be with other girls from "
              "our community, and we want her to learn in a way that suits her. We were worried that she would not be "
              "understood at nursery, but her key person has learned her signs and that has made a big difference.\""),
            P("They would like Chaya to have access to the same songs and stories as the other girls, in Yiddish, so "
              "that she can join in at home on Shabbos and at festivals."),
            H("Hopes for the future"),
            P("Chaya's parents hope that she will:"),
            B("talk with her grandparents and her brothers and sisters in Yiddish and English;"),
            B("go to Tiferes Girls' School with her sisters when she starts Reception in September 2027;"),
            B("make friends and play with other girls;"),
            B("do more things for herself, such as feeding herself and climbing the stairs at home."),
        ],
        "B": [
            P("Chaya has Down syndrome, a genetic condition that affects how children learn and develop. Her needs are "
              "described below under the four areas of need used in the SEND Code of Practice. Each area starts with "
              "what Chaya can already do."),
            H("Communication and interaction"),
            P("Chaya understands familiar words in Yiddish and English when they are used in everyday routines, for "
              "example 'coat', 'drink', 'wash hands' and 'home time'. She follows simple one-part instructions when an "
              "adult shows her with a sign or a gesture. She uses about 15 words, although they are not always clear, and "
              "about 20 Makaton signs (Makaton is a language programme that uses signs and symbols alongside speech). "
              "The Speech and Language Therapist assessed her on 1 July 2026 and found that her understanding is at "
              "about the level of a child of 20 to 24 months and her talking at about the level of a child of 15 to 18 "
              "months."),
            P("Chaya wants to be with other children but does not yet know how to start or keep up play with them. She "
              "takes toys from others and sometimes pushes when she wants a turn. She needs adults to show her how to "
              "wait, share and take turns."),
            H("Cognition and learning"),
            P("Chaya is curious and learns well when she can see and handle things. She can put shapes in a shape sorter, "
              "complete a four-piece inset puzzle and match pictures of familiar objects. She is beginning to copy "
              "simple pretend play, such as feeding a doll. The Educational Psychologist found on 24 June 2026 that she "
              "learns best in short, repeated steps with lots of praise and with things to look at and handle. She needs "
              "more time than other children to take in what she hears, and adults need to wait for up to ten seconds "
              "for her to respond."),
            H("Social, emotional and mental health"),
            P("Chaya is usually calm and happy. She can become upset at times of change, for example when her key person "
              "is away. She settles when she is given her comfort toy and shown a photograph of what is happening next. "
              "She is beginning to notice other children's feelings; last term she brought a tissue to a girl who was "
              "crying."),
            H("Sensory and/or physical"),
            P("Chaya has low muscle tone, which is common in children with Down syndrome. She walked at 26 months. She can "
              "walk on flat ground but tires quickly, falls more often than other children and cannot yet climb stairs "
              "without crawling. She finds it hard to hold a crayon and to use a spoon, and she needs a chair with a "
              "footrest to sit well at the table. She is sensitive to loud noise."),
        ],
        "C": [
            P("Chaya's health needs are described below. They were set out in the medical advice from her Community "
              "Paediatrician on 30 June 2026 and in the other health advice listed in Section K."),
            B("Heart: Chaya was born with a hole in the heart (an atrioventricular septal defect), which was repaired by "
              "surgery when she was five months old. The repair was successful and there are no limits on what she can "
              "do, but she needs a check-up with the heart team once a year."),
            B("Thyroid: children with Down syndrome are more likely to develop an underactive thyroid gland. Chaya's "
              "thyroid blood test in March 2026 was normal. She needs a blood test every year."),
            B("Hearing and muscle tone: Chaya has no trouble with her hearing at present, but she does have low muscle "
              "tone, which affects her walking, her balance and how long she can keep going. Because children with Down "
              "syndrome often develop glue ear, her hearing is checked every six months. Her muscle tone and movement "
              "are supported by the children's physiotherapy service."),
            B("General health: Chaya needs the routine health checks recommended for children with Down syndrome, "
              "overseen by her Community Paediatrician."),
        ],
        "D": [
            P("A social worker from the Northmead Disabled Children's Team met Chaya's parents at home on 8 July 2026 to "
              "complete a social care screening assessment. The assessment found that Chaya's care needs are those "
              "expected for a young child at her stage of development and that they are fully met by her family. She has "
              "no social care needs that require provision in this plan at present."),
            P("The social worker explained the short breaks local offer to Chaya's parents, including the Sunday "
              "stay-and-play group for disabled children and their brothers and sisters at Woodbury Park Children's "
              "Centre. Chaya's parents said they do not wish to apply at present, and they know how to contact the "
              "Disabled Children's Team if things change."),
        ],
        "E": [
            P("These outcomes were agreed with Chaya's parents and the nursery at the planning meeting. They build on "
              "her family's hopes for her and will be checked at her first review."),
            O("Communication and interaction",
              "By the end of the summer term (July 2027), Chaya will use at least 50 different words or Makaton signs, in "
              "Yiddish or English, to ask for things, greet people and name familiar objects.",
              "Her key person will keep a log of the words and signs Chaya uses on her own. The Speech and Language "
              "Therapist will check the log in July 2027. In September 2026 Chaya used about 35 words and signs."),
            O("Communication and interaction",
              "By July 2027, Chaya will take turns with another child in a simple game, such as rolling a ball or posting "
              "shapes, waiting for her turn three times in a row, on three separate days in one week.",
              "Her key person will watch and record this in her learning journal."),
            O("Cognition and learning",
              "By July 2027, ready for starting Reception, Chaya will sort objects into three colours (red, blue and "
              "yellow) and match 10 pictures to real objects.",
              "The Early Years Specialist Teacher will check this with Chaya during the summer term visit and write it in "
              "her progress record."),
            O("Physical development and health",
              "By August 2027, Chaya will walk up the four steps into the nursery building holding the handrail, with an "
              "adult beside her but not holding her, on 4 out of 5 mornings in a week.",
              "Her key person will record this on her movement chart, and the physiotherapist will check it at the "
              "review session."),
            O("Independence",
              "By July 2027, Chaya will feed herself a whole bowl of food with a spoon and drink from an open cup using "
              "two hands at lunch on 4 out of 5 days.",
              "Her key person will record this on the lunchtime chart and share it with her parents each Friday."),
        ],
        "F": [
            P("The provision below must be made at Tiferes Girls' Nursery during Chaya's 15 hours a week (Monday to "
              "Friday, 9am to 12 noon), unless it says otherwise."),
            H("Communication and interaction (Outcomes 1 and 2)"),
            FI("Adult support from a named key person who uses Makaton (trained to Level 2), to model words and signs "
               "during play and routines, help Chaya join in with other children and keep her safe.",
               "All 15 hours of her nursery week", "1:1",
               "Key person (early years practitioner, Level 3 qualification), employed by the nursery"),
            FI("Speech and language therapy: assessment, setting targets and direct therapy with objects, pictures and "
               "Makaton.",
               "30 minutes every other Tuesday morning at nursery: 12 sessions across the autumn and spring terms, then review",
               "Chaya on her own with the therapist, with her key person watching and joining in",
               "Speech and Language Therapist, Northmead Children's Speech and Language Therapy Service"),
            FI("A daily language session following the Speech and Language Therapist's programme (for example, choosing "
               "games with objects and photographs, and songs with signs).",
               "10 minutes every nursery day", "1:1", "Key person, trained by the Speech and Language Therapist"),
            FI("Makaton training for the nursery team.",
               "One 2-hour session in November 2026 and a 1-hour refresher in March 2027", "Whole nursery staff team",
               "Speech and Language Therapist"),
            FI("Turn-taking play group (ball games, posting games and simple picture lotto).",
               "15 minutes, 4 mornings a week", "A group of no more than 4 children", "Key person"),
            FI("A visual timetable of photographs of the nursery routine and a 'now and next' board.",
               "Used in every session; photographs updated each half term", "",
               "Made and kept up to date by the key person"),
            H("Cognition and learning (Outcome 3)"),
            FI("Visits from the Early Years Specialist Teacher to observe Chaya, set small-step learning targets, show "
               "staff how to teach them and review progress with her parents.",
               "1 hour, once each half term", "",
               "Early Years Specialist Teacher (qualified teacher), Northmead Early Years Inclusion Team"),
            FI("Small-step learning activities (matching, sorting and early counting) taught with real objects and "
               "plenty of repetition.",
               "15 minutes every nursery day", "1:1",
               "Key person, following the Early Years Specialist Teacher's targets"),
            FI("From January 2027, Portage home visits to help Chaya's parents carry on her learning at home through play.",
               "1 hour fortnightly for two terms, then review", "Chaya and her parents at home",
               "Portage home visitor (trained in the Portage model), Northmead Portage Service"),
            H("Physical development and independence (Outcomes 4 and 5)"),
            FI("A daily movement programme written by the physiotherapist, including step practice, balance games and "
               "floor play.",
               "10 minutes, twice every nursery day", "1:1",
               "Key person, shown the programme by the physiotherapist"),
            FI("A small chair with a footrest and side supports for table activities and meals.",
               "Every nursery session", "",
               "Provided by the nursery; checked for fit each half term by the nursery manager"),
            FI("Supported lunchtime: a shallow bowl, a chunky-handled spoon and a two-handled open cup, with an adult "
               "sitting next to Chaya to show her each step and praise her.",
               "Every nursery lunchtime (about 30 minutes)", "1:1", "Key person"),
            H("Social, emotional and mental health"),
            FI("A photograph book about any planned change (for example, a new member of staff or a move to a new "
               "room), shared with Chaya before it happens.",
               "Shared at least 3 days before each planned change, for 5 minutes a day", "1:1",
               "Key person, with Chaya's parents"),
            H("Moving to Reception"),
            FI("May 2027: a transition meeting with Chaya's parents, the nursery, the Reception teacher and the Early "
               "Years Specialist Teacher to plan Chaya's move to school.",
               "One meeting of 1 hour", "", "Arranged by the nursery manager"),
        ],
        "G": [
            GI("A review of Chaya's general health and development, including her Down syndrome health checks.",
               "A 30-minute appointment every 6 months at Northmead Child Development Centre (next due April 2027)",
               "Community Paediatrician, Northmead Community Children's Health Service"),
            GI("A thyroid blood test.", "Once a year (next due March 2027)",
               "Arranged by the Community Paediatrician"),
            GI("A heart check-up (clinic review and heart scan).", "Once a year (next due March 2027)",
               "Consultant Paediatric Cardiologist, St Anselm's Children's Hospital"),
            GI("A hearing test.", "Every 6 months (next due November 2026)",
               "Paediatric Audiology Service, Northmead Community Children's Health Service"),
            GI("Physiotherapy: assessment, writing and updating Chaya's movement programme, and showing her key person "
               "and parents how to carry it out.",
               "6 sessions of 45 minutes, fortnightly at nursery from October 2026, then review",
               "Paediatric Physiotherapist, Northmead Community Children's Physiotherapy Service"),
            H("Health agreement"),
            P("The health provision in this section was reviewed and agreed by Dr Ruth Adeyemi, Designated Clinical "
              "Officer, NHS Lea and Thames Integrated Care Board, on 7 October 2026."),
        ],
        "H1": [
            P("None at present. Short breaks were discussed with Chaya's parents during the social care screening on "
              "8 July 2026 (see Section D), and they did not wish to apply."),
        ],
        "H2": [
            P("None. The social care screening on 8 July 2026 found no other social care provision is needed."),
        ],
        "I": [
            P("Tiferes Girls' Nursery, Northmead: an independent Jewish girls' nursery. Chaya will attend the nursery "
              "class for 15 hours a week until she starts Reception in September 2027."),
            P("The local authority consulted the nursery, which has agreed to admit Chaya and to make the provision in "
              "Section F."),
        ],
        "J": [
            P("Personal budgets were explained to Chaya's parents at the planning meeting on 2 September 2026. They have "
              "not asked for a personal budget at this time."),
        ],
        "K": [
            K("Parents' views and information (Appendix 1)", "Chaya's mother and father", "2 June 2026"),
            K("Educational advice", "Mrs Bracha Stern, Nursery Manager and Special Educational Needs Coordinator (SENCO), with Mrs Esther Gold, Key Person, Tiferes Girls' Nursery", "10 June 2026"),
            K("Educational advice (early years)", "Ms Claire Hughes, Early Years Specialist Teacher, Northmead Early Years Inclusion Team", "12 June 2026"),
            K("Psychological advice", "Dr Naomi Feld, Educational Psychologist, Northmead Educational Psychology Service", "24 June 2026"),
            K("Medical advice", "Dr Aisha Rahman, Community Paediatrician, Northmead Community Children's Health Service", "30 June 2026"),
            K("Speech and language therapy advice", "Ms Leah Brenner, Speech and Language Therapist, Northmead Children's Speech and Language Therapy Service", "1 July 2026"),
            K("Physiotherapy advice", "Mr Tom Okafor, Paediatric Physiotherapist, Northmead Community Children's Physiotherapy Service", "3 July 2026"),
            K("Cardiology clinic letter", "Dr James Mensah, Consultant Paediatric Cardiologist, St Anselm's Children's Hospital", "16 March 2026"),
            K("Audiology report", "Ms Priya Shah, Paediatric Audiologist, Paediatric Audiology Service", "20 May 2026"),
            K("Social care advice (screening assessment)", "Mr Daniel Okoro, Social Worker, Northmead Disabled Children's Team", "8 July 2026"),
        ],
    },
})
# ==============================================================================================
# ac202 - SOUND - letter-column - Baran, 19, Year 14, autism, learning disability, epilepsy
# ==============================================================================================
PLANS.append({
    "id": "ac202", "layout": "letter-column", "signed": "3 June 2026",
    "front": [
        ("First name", "Baran"),
        ("School year", "Year 14 (third year of post-16 education)"),
        ("Age", "19"),
        ("Home languages", "Kurmanji (Kurdish) and English; Turkish is also spoken at home"),
        ("Education setting", "Millfield College – Pathways to Employment (supported internship)"),
        ("Social care involvement", "Northmead Adult Social Care, Transitions Team (Care Act 2014 support)"),
        ("Type of plan", "Amended EHC plan following annual review"),
        ("Date of last annual review", "23 April 2026"),
        ("Date plan issued", "3 June 2026"),
        ("EHC coordinator", "Serkan Demir, SEND Officer (Post-16)"),
    ],
    "intro": ("About this plan: this is Baran's Education, Health and Care (EHC) plan. It was amended after his annual "
              "review on 23 April 2026, which Baran led with his job coach. The plan was co-produced with Baran and his "
              "mother. It is written to help Baran prepare for adult life: work, living as independently as he can, "
              "friends and his community, and staying healthy."),
    "S": {
        "A": [
            H("My views – in my own words"),
            P("Baran wrote these words with his job coach at his annual review on 23 April 2026. He chose which ones to "
              "keep."),
            P("\"My name is Baran. I am 19. I go to Millfield College and I do my internship at the hospital kitchen. I "
              "like the kitchen job. I wash the trays and I put the sandwiches in the fridge with the labels. My "
              "supervisor is Gary. He says I work hard."),
            P("I like football. I support Galatasaray and I play walking football on Saturday. I like cooking pasta and "
              "I like my phone. I do not like it when the bus is late and I do not like shouting."),
            P("When I finish college I want a job in a kitchen or a café. I want to get paid. One day I want to live in "
              "a flat with my friends, near my mum. I want to go on the bus on my own.\""),
            H("What people like and admire about Baran"),
            B("He is polite, punctual and proud of his work. His supervisor describes him as \"the most reliable member of the tray team\"."),
            B("He remembers routines and follows a written or picture task list very well."),
            B("He is kind to his younger cousins and helps his mother with the shopping."),
            B("He is a good team player at walking football and has kept going every week for two years."),
            H("What is important to Baran"),
            P("Having his day planned and knowing about changes in advance; his phone, which he uses for music, photos "
              "and reminders; his family; football; and earning his own money."),
            H("His mother's views"),
            P("Baran's mother gave her views at the annual review with a Kurmanji interpreter. She said: \"I am very "
              "proud of Baran. Two years ago he could not go to the shop on his own. Now he goes to the hospital three "
              "days a week and they like him there. My worry is what happens after college. I want him to have a job "
              "and to be safe, and I want him to take his epilepsy tablets without me reminding him. I am not getting "
              "younger, and he needs to learn to cook and look after himself.\""),
            H("Aspirations"),
            B("Baran: paid work in a kitchen or café; living in a flat with friends near his family; travelling on his own; keeping up his football."),
            B("His mother: a job, staying safe, managing his own medication and daily living skills."),
        ],
        "B": [
            P("Baran has an autism diagnosis and a moderate learning disability. He also has epilepsy (see Section C). "
              "His strengths and needs are set out below; all information comes from the advice listed in Section K."),
            H("Communication and interaction"),
            P("Baran speaks in short sentences in English and Kurmanji. He understands everyday instructions with two "
              "parts, especially when they are written down or shown with pictures. He finds it hard to follow long "
              "spoken explanations, to ask for help when he is stuck, and to know what to say to customers or "
              "colleagues he does not know. When he is anxious he goes quiet and may walk away."),
            H("Cognition and learning"),
            P("Baran reads familiar words and short sentences (Entry Level 2 in English) and uses a calculator for "
              "money. He passed Entry Level 2 Functional Skills maths in June 2025 and is working towards Entry Level 3. "
              "He learns best by doing a task step by step with a model, a checklist and repetition. He needs help to "
              "plan his time, to handle money in shops and to understand his payslip."),
            H("Social, emotional and mental health"),
            P("Baran is calm and good-humoured when he knows what is happening. Unexpected changes, loud arguments and "
              "crowded places make him anxious. He now uses his phone's calm playlist and asks for a five-minute break, "
              "which works well. He would like more friends of his own age outside college."),
            H("Sensory and/or physical"),
            P("Baran is sensitive to loud noise and wears ear defenders in the dish-wash area. He has no physical "
              "difficulties with walking or lifting."),
            H("Preparing for adulthood"),
            P("Baran is in his final year of the supported internship. He needs support to move into paid work, to "
              "travel on his own, to cook simple meals and to manage his health and his money."),
        ],
        "C": [
            P("Baran has epilepsy (focal seizures that can become tonic-clonic seizures). His seizures are well "
              "controlled with regular medication taken morning and evening. He has had two seizures in the last 12 "
              "months, each lasting up to two minutes. Before a seizure he often has a warning feeling (an aura). He "
              "needs his medication taken on time every day, staff at college and at his placement who know his "
              "individual healthcare plan and can give his emergency (rescue) medication, and reviews by the adult "
              "epilepsy service."),
            P("Baran has no other health needs relating to his special educational needs."),
        ],
        "D": [
            P("Baran was assessed by the Northmead Adult Social Care Transitions Team under the Care Act 2014 on 12 "
              "February 2026. The assessment found that he has eligible needs for support to: take part in "
              "activities in his community and make friends; plan and cook simple meals; manage money and shopping; "
              "and keep safe when out alone. His mother is his main carer and was offered a carer's assessment, which "
              "she completed on 12 March 2026."),
        ],
        "E": [
            P("Baran's outcomes are preparing-for-adulthood outcomes. They follow his own aspirations in Section A."),
            O("Employment",
              "By July 2027, Baran will complete his supported internship in the hospital catering department, working "
              "three days a week, and receive a positive written report from his workplace supervisor on at least 4 of "
              "the 5 job skills in his internship plan (arriving on time, following a task list, asking for help, "
              "working safely and speaking politely to customers).",
              "His supervisor's end-of-placement report, checked by his job coach in July 2027."),
            O("Employment and learning",
              "By July 2027, Baran will gain the Entry Level 3 Functional Skills qualification in maths.",
              "His certificate from Millfield College."),
            O("Independent living",
              "By March 2027, Baran will travel on his own by bus from home to his placement and back on 5 out of 5 days "
              "a week for 4 weeks in a row.",
              "His travel log, signed by his job coach each week."),
            O("Independent living",
              "By July 2027, Baran will plan, shop for and cook a simple hot meal for his family using a picture "
              "recipe, on at least 6 occasions during the summer term.",
              "Photographs and a tick sheet kept by Baran and confirmed by his mother and his independent living tutor."),
            O("Good health",
              "By July 2027, Baran will take his epilepsy medication every morning and evening using his phone reminder "
              "and tick chart, missing no more than one dose a month, and will tell a member of staff when he feels an "
              "aura on every occasion.",
              "His tick chart, checked monthly by his mother and at each review by the epilepsy specialist nurse; "
              "seizure records kept by college and the placement."),
            O("Friends, relationships and community",
              "By July 2027, Baran will go to the Thursday evening social club at Woodbury Park Community Centre at "
              "least 3 times each month and will have arranged at least two activities with a friend outside the club.",
              "Attendance record kept by his personal assistant and discussed at his review."),
        ],
        "F": [
            P("This provision is made by Millfield College through its Pathways to Employment supported internship, "
              "Monday to Friday, 36 weeks a year, unless it says otherwise."),
            H("Employment (Outcome 1)"),
            FI("Supported internship at Northmead University Hospital catering department, using a written and picture "
               "task list for each shift.",
               "Tuesday, Wednesday and Thursday, 9am to 3pm, for 36 weeks", "1:1 job coaching for the first 2 hours of "
               "each shift for the first 6 weeks of each new task, then 1:3 for the rest of the shift",
               "Job coach trained in systematic instruction, employed by Millfield College"),
            FI("Employability session: practising asking for help, speaking to customers and understanding a payslip.",
               "1 hour each Monday", "A group of no more than 8 interns",
               "Supported internship tutor (qualified teacher)"),
            FI("Speech and language therapy to practise workplace conversations (scripts, role play and video feedback).",
               "45 minutes every other Monday in the autumn term (6 sessions), then review", "1:1",
               "Speech and Language Therapist employed by Millfield College"),
            FI("Speech and language therapy consultation with the job coach and supervisor to agree communication "
               "strategies for the workplace.", "1 hour once each half term", "",
               "Speech and Language Therapist employed by Millfield College"),
            H("Maths (Outcome 2)"),
            FI("Functional Skills maths (Entry Level 3), with money and time tasks taken from his job.",
               "2 hours every Friday", "A group of no more than 8, with a learning support assistant",
               "Maths teacher (qualified teacher)"),
            FI("Exam access arrangements: 25% extra time and a reader in Functional Skills assessments.",
               "Every Functional Skills assessment", "", "Arranged by the college exams officer"),
            H("Independent living (Outcomes 3 and 4)"),
            FI("From September 2026, independent travel training on Baran's route from home to the hospital, fading "
               "support step by step until he travels alone.",
               "Each placement day (3 journeys a week) for 8 weeks, then review", "1:1",
               "Travel trainer, Northmead Travel Training Service"),
            FI("Independent living skills: planning a meal, shopping to a budget and cooking, using picture recipes.",
               "2 hours every Friday afternoon", "A group of no more than 6",
               "Independent living tutor with a food hygiene qualification"),
            FI("A tablet with a picture-recipe app and visual task lists for work and home.", "Daily use", "",
               "Provided by the college; set up and updated each half term by the job coach"),
            H("Good health and community (Outcomes 5 and 6)"),
            FI("Health and wellbeing tutorial: using his phone reminders, recognising his aura and telling staff, and "
               "planning his week, including the social club.",
               "30 minutes each Monday", "1:1", "Personal tutor"),
        ],
        "G": [
            GI("Review of Baran's epilepsy, his medication and his individual healthcare plan.",
               "45-minute review every 6 months (next due October 2026)",
               "Epilepsy Specialist Nurse, Northmead Adult Epilepsy Service"),
            GI("Training for college and placement staff in seizure first aid and in giving Baran's rescue "
               "medication (buccal midazolam).",
               "A 2-hour session each September, and a 1-hour session within 2 weeks of any new member of staff "
               "joining Baran's support team",
               "Epilepsy Specialist Nurse, Northmead Adult Epilepsy Service"),
            GI("Neurology review of Baran's epilepsy and medication.", "Once a year (next due January 2027)",
               "Consultant Neurologist, Northmead University Hospital"),
            H("Health agreement"),
            P("Health agreement: the provision in Section G was reviewed and supported by Dr Ruth Adeyemi, Designated "
              "Clinical Officer, NHS Lea and Thames Integrated Care Board, on 27 May 2026."),
        ],
        "H1": [
            P("Not applicable. Baran is over 18, so section 2 of the Chronically Sick and Disabled Persons Act 1970 no "
              "longer applies to him. His social care support is set out in Section H2."),
        ],
        "H2": [
            P("Social care provision under the Care Act 2014, following the assessment by Northmead Adult Social Care on "
              "12 February 2026:"),
            B("A personal assistant for 6 hours a week (Thursday 5pm to 8pm for the social club, and Saturday 10am to "
              "1pm for shopping and cooking practice), paid for through a direct payment (see Section J)."),
            B("A review of his support plan by his Transitions Team social worker every 6 months (next due August 2026)."),
            B("Carer's support for Baran's mother: a carer's break of one day a month through the Northmead Carers "
              "Centre, agreed at her carer's assessment on 12 March 2026."),
        ],
        "I": [
            P("Millfield College, Northmead: a general further education college. Programme: Pathways to Employment "
              "(supported internship), one year full time, September 2026 to July 2027."),
        ],
        "J": [
            P("Baran receives a direct payment of £138.00 a week from Northmead Adult Social Care to employ his personal "
              "assistant (Section H2). His mother manages the direct payment on his behalf, with support from the "
              "Northmead Direct Payments Support Service. There is no personal budget for the education provision."),
        ],
        "K": [
            K("Baran's own views (annual review)", "Baran, with his job coach", "23 April 2026"),
            K("Parent's views", "Baran's mother", "23 April 2026"),
            K("Educational advice", "Ms Helen Carter, Course Leader, Pathways to Employment, Millfield College", "14 April 2026"),
            K("Preparing for adulthood advice (employment)", "Mr Gary Lewis, Job Coach, Millfield College", "14 April 2026"),
            K("Preparing for adulthood advice (careers)", "Ms Anita Brown, Careers Adviser, Northmead Careers Service", "2 March 2026"),
            K("Psychological advice", "Dr Kemal Aydin, Educational Psychologist, Northmead Educational Psychology Service", "10 March 2026"),
            K("Medical advice", "Ms Sarah Okonjo, Epilepsy Specialist Nurse, Northmead Adult Epilepsy Service", "20 March 2026"),
            K("Neurology clinic letter", "Dr Paul Green, Consultant Neurologist, Northmead University Hospital", "5 January 2026"),
            K("Speech and language therapy advice", "Ms Rachel Bloom, Speech and Language Therapist, Millfield College", "1 April 2026"),
            K("Social care advice (Care Act 2014 assessment)", "Mr Hakan Yilmaz, Social Worker, Northmead Adult Social Care Transitions Team", "12 February 2026"),
        ],
    },
})
# ==============================================================================================
# ac203 - FAILURE - shaded-heading-table - Elif, 8, Year 3, cystic fibrosis
# ==============================================================================================
PLANS.append({
    "id": "ac203", "layout": "shaded-heading-table", "signed": "30 June 2026",
    "front": [
        ("First name", "Elif"),
        ("School year", "Year 3 (from September 2026)"),
        ("Age", "7"),
        ("Home languages", "Turkish and English"),
        ("Education setting", "Woodbury Park Primary School"),
        ("Social care involvement", "None"),
        ("Type of plan", "Final EHC plan (first plan)"),
        ("Date plan issued", "30 June 2026"),
        ("Date of last annual review", "Not applicable – first plan. First annual review due by June 2027."),
        ("EHC coordinator", "Selin Arslan, SEND Officer"),
    ],
    "intro": ("About this plan: this Education, Health and Care (EHC) plan was co-produced with Elif and her parents at "
              "a planning meeting at Woodbury Park Primary School on 9 June 2026, with a Turkish interpreter. It sets out "
              "what Elif needs and the help she must have at school, from health services and from social care."),
    "S": {
        "A": [
            H("About me – what I told Mrs Kaya"),
            P("Elif shared her views with her teaching assistant, Mrs Kaya, on 18 May 2026. Mrs Kaya wrote down her words "
              "and Elif drew pictures to go with them."),
            P("\"I am Elif and I am 7. I have got cystic fibrosis. That means I have to do my physio every day and take "
              "my tablets when I eat. I like drawing animals and I like my cat, Pamuk. I want to be a vet when I am big so "
              "I can make animals better. I like reading books about animals but the long words are hard."),
            P("I don't like it when I have to stay in hospital because I miss my friends. When I come back they are "
              "playing different games and I don't know what to do. I like Mrs Kaya because she helps me. My best "
              "friend is Aylin.\""),
            H("What people like and admire about Elif"),
            P("Elif is brave, funny and kind. She explains her cystic fibrosis to other children in a matter-of-fact way "
              "and reminds adults when it is time for her tablets. She is a talented artist; her drawing of a fox was "
              "chosen for the school calendar. She is patient with younger children and loves to help in the library."),
            H("My parents' views"),
            P("Elif's parents shared their views on 9 June 2026. Her father said: \"Elif is a strong girl. Her illness "
              "means she misses school, sometimes two weeks at a time, and she gets behind. When she comes back she is "
              "tired and sad that her friends have moved on. We want her to keep up with her class, to read well and to "
              "have good friends. We hope she can go to university one day, maybe to be a vet like she says.\""),
            H("Hopes for the future"),
            B("Elif would like to be a vet, to read long books about animals and to keep her friends."),
            B("Her parents hope she will keep up with her class, read well, have good friends and go to university."),
        ],
        "B": [
            P("Elif has cystic fibrosis, an inherited condition that mainly affects the lungs and the digestive system. "
              "Her learning has been affected by time missed from school: she was in hospital for 4 weeks in total during "
              "Year 2. Her needs are described below."),
            H("Cognition and learning"),
            P("Elif is a bright girl with a wide vocabulary and good general knowledge, especially about animals. Her "
              "reading is about one year behind that of other children her age: she reads simple books fluently but "
              "struggles to sound out longer words with more than one syllable. In maths she knows her number bonds to "
              "10 and can count in 2s, 5s and 10s, but she has gaps in place value and subtraction because of the "
              "lessons she missed. After a hospital stay she needs to catch up on the work she missed."),
            H("Physical: handwriting"),
            P("Elif's handwriting is slow and tiring for her. She grips her pencil very tightly and her letters vary "
              "in size. She often stops writing after two or three lines because her hand aches, so her written work "
              "does not show what she knows. Her teacher reports that she writes far less than she can say."),
            H("Social, emotional and mental health"),
            P("Elif has good friendships, especially with Aylin, but she finds it hard to join in again after time "
              "away. She has told adults she feels left out and \"different\" because of her treatments. She is "
              "sometimes tearful on the first days back after a hospital stay."),
        ],
        "C": [
            P("Elif's health needs are set out in the advice from her cystic fibrosis team at St Anselm's Children's "
              "Hospital (see Section K)."),
            B("Lungs: Elif needs airway clearance physiotherapy twice a day (done at home before and after school) and "
              "inhaled medicines. She is prone to chest infections and needs good hand hygiene and must not be in close "
              "contact with other children who have cystic fibrosis."),
            B("Digestion and growth: Elif must take enzyme capsules with every meal and snack that contains fat, "
              "including at school. She needs extra calories and salt, and must have her water bottle with her."),
            B("Hospital stays: two or three times a year she may need a two-week course of antibiotics given through a "
              "drip, usually in hospital."),
            B("Continence: since January 2026 Elif has had soiling accidents at school about once a week, linked to "
              "constipation, which is common in cystic fibrosis. She is very embarrassed and has started to avoid "
              "eating and drinking at school so that she does not need the toilet."),
        ],
        "D": [
            P("A social worker from the Northmead Disabled Children's Team completed a social care screening with Elif's "
              "parents on 28 April 2026. There are no social care needs requiring provision. The family were given "
              "information about the short breaks local offer and the Northmead Young Carers service for Elif's older "
              "brother; they did not wish to be referred at this time."),
        ],
        "E": [
            O("Cognition and learning",
              "By July 2027, Elif will read a book from the school's orange reading band about animals aloud with at "
              "least 95% of words read correctly, and answer 4 out of 5 questions about it.",
              "Reading assessment by her class teacher at the end of each term, recorded in her reading record."),
            O("Cognition and learning",
              "By July 2027, Elif will add and subtract two-digit numbers using a number line, getting 8 out of 10 "
              "correct in a class check.",
              "Half-termly maths checks marked by her class teacher."),
            O("Social, emotional and mental health",
              "By July 2027, Elif will feel happier and more confident at playtimes.",
              "Her teacher and teaching assistant will keep an eye on her."),
            O("Social, emotional and mental health",
              "By July 2027, Elif will be more settled in class when she comes back from hospital.",
              "Staff views at the annual review."),
        ],
        "F": [
            P("The provision below must be made by Woodbury Park Primary School, unless it says otherwise."),
            H("Cognition and learning (Outcomes 1 and 2)"),
            FI("Phonics and reading intervention focused on reading longer words (syllable splitting and blending).",
               "20 minutes, 4 times a week", "A group of no more than 3",
               "Teaching assistant trained in the school's phonics programme"),
            FI("Maths catch-up using objects and number lines, following the class teacher's plan.",
               "30 minutes, 3 times a week", "A group of no more than 4", "Teaching assistant, planned by the class teacher"),
            FI("Work packs while Elif is in hospital or at home recovering, marked and returned with feedback.",
               "Sent within 3 school days of each absence starting, then weekly until she returns", "",
               "Class teacher, sent through the hospital school"),
            FI("Catch-up sessions after each hospital stay to teach the key reading and maths she missed.",
               "30 minutes daily for 2 weeks after each return", "1:1", "Teaching assistant, planned by the class teacher"),
            H("Social, emotional and mental health (Outcomes 3 and 4)"),
            FI("Emotional Literacy Support Assistant (ELSA) sessions on feelings, friendships and talking about her "
               "condition.",
               "30 minutes weekly for 8 weeks, then review", "1:1", "ELSA, trained by the Northmead Educational Psychology Service"),
            FI("Lunchtime friendship club with board games and craft.", "30 minutes, 3 lunchtimes a week",
               "A group of no more than 6", "Learning mentor"),
            FI("A return-to-school meeting with Elif and her parents after each hospital stay, to plan her first week "
               "back.", "30 minutes on the first day back", "", "SENCO"),
        ],
        "G": [
            P("The following health provision is made by the cystic fibrosis team at St Anselm's Children's Hospital "
              "and the school nursing service."),
            GI("Cystic fibrosis clinic review (consultant, nurse, physiotherapist and dietitian).",
               "Every 3 months, about 2 hours", "Cystic fibrosis team, St Anselm's Children's Hospital"),
            GI("An individual healthcare plan for school, covering enzymes, hand hygiene, infection control and what to "
               "do if Elif is unwell, and training for school staff in giving enzymes.",
               "Written by September 2026 and reviewed every September; a 1-hour training session for named staff each September",
               "Cystic Fibrosis Clinical Nurse Specialist, St Anselm's Children's Hospital"),
            GI("Airway clearance physiotherapy programme and review of technique; advice to school on PE and exercise.",
               "Reviewed at each clinic appointment (every 3 months); one 1-hour visit to school each autumn term",
               "Cystic Fibrosis Physiotherapist, St Anselm's Children's Hospital"),
            GI("Dietary plan, including extra calories and salt, and advice to the school kitchen.",
               "Reviewed every 3 months at clinic; written plan sent to school each September",
               "Cystic Fibrosis Dietitian, St Anselm's Children's Hospital"),
            GI("Enzyme capsules with every meal and snack at school, kept in the school office.",
               "Every meal and snack in school", "Named school staff, trained by the Cystic Fibrosis Clinical Nurse Specialist"),
        ],
        "H1": [
            P("None. See Section D: the family were given information about short breaks and did not wish to apply."),
        ],
        "H2": [
            P("None, following the social care screening on 28 April 2026."),
        ],
        "I": [
            P("Woodbury Park Primary School, Northmead: a mainstream community primary school."),
        ],
        "J": [
            P("A personal budget was discussed with Elif's parents on 9 June 2026. They did not request one."),
        ],
        "K": [
            K("Elif's views", "Elif, recorded by Mrs Kaya, Teaching Assistant", "18 May 2026"),
            K("Parents' views", "Elif's mother and father", "9 June 2026"),
            K("Educational advice", "Mrs Ruth Palmer, SENCO, Woodbury Park Primary School", "6 May 2026"),
            K("Psychological advice", "Dr Naomi Feld, Educational Psychologist, Northmead Educational Psychology Service", "13 May 2026"),
            K("Medical advice", "Dr Omar Siddiqui, Consultant in Paediatric Respiratory Medicine, St Anselm's Children's Hospital", "20 April 2026"),
            K("Nursing advice", "Ms Claire Dunne, Cystic Fibrosis Clinical Nurse Specialist, St Anselm's Children's Hospital", "20 April 2026"),
            K("Physiotherapy advice", "Ms Jo Reid, Cystic Fibrosis Physiotherapist, St Anselm's Children's Hospital", "22 April 2026"),
            K("Dietetic advice", "Ms Fatma Celik, Cystic Fibrosis Dietitian, St Anselm's Children's Hospital", "22 April 2026"),
            K("Social care advice (screening)", "Mr Daniel Okoro, Social Worker, Northmead Disabled Children's Team", "28 April 2026"),
        ],
    },
})
# ==============================================================================================
# ac204 - FAILURE - bold-statutory - Shmuel, 14, Year 9, autism and anxiety, child in need plan
# ==============================================================================================
PLANS.append({
    "id": "ac204", "layout": "bold-statutory", "bullet": "-", "subbullet": "o", "signed": "11 September 2026",
    "front": [
        ("First name", "Shmuel"),
        ("School year", "Year 9"),
        ("Age", "14"),
        ("Home languages", "Yiddish and English; Hebrew and Aramaic for religious studies"),
        ("Education setting", "Yeshiva Lev Torah (independent Jewish boys' secondary school)"),
        ("Social care involvement", "Child in need plan, Northmead Children's Social Care (open since January 2026)"),
        ("Type of plan", "Amended EHC plan following annual review"),
        ("Date of last annual review", "2 July 2026"),
        ("Date plan issued", "11 September 2026"),
        ("EHC coordinator", "Leah Cohen, SEND Officer"),
    ],
    "intro": ("About this plan: this Education, Health and Care (EHC) plan was amended after Shmuel's annual review "
              "at Yeshiva Lev Torah on 2 July 2026. It was co-produced with Shmuel and his parents. Abbreviations are "
              "explained at the end of the plan."),
    "S": {
        "A": [
            H("What Shmuel told us"),
            P("Shmuel talked to his mentor, Mr Weiss, about his plan on 24 June 2026, and came to part of his review "
              "meeting. These are his words."),
            P("\"I like learning Gemara with my chavrusa [study partner], especially when we argue about a difficult "
              "piece and then we work it out. I am good at remembering things, like whole pages and all the bus routes "
              "in London. I like maps and buses and I have a collection of old bus timetables."),
            P("I don't like it when the room is noisy and everyone is shouting out. Then I go out and walk in the "
              "corridor. I hate writing in English because my hand is slow and my spelling is bad. At lunch I don't "
              "know where to sit so I go to the library."),
            P("When I am older I want to go to a big yeshiva and learn all day. Later I want to work with my uncle in "
              "his printing shop, because he says I am good with the machines and I never get the orders mixed up. I "
              "would like to go on the bus on my own to my grandmother.\""),
            H("What people like and admire about Shmuel"),
            P("Shmuel has an excellent memory and a sharp, logical mind. His rebbe (religious studies teacher) says he is "
              "one of the strongest in his class at following a complex argument. He is honest, kind to younger boys "
              "and very knowledgeable about transport. He has a dry sense of humour."),
            H("His parents' views"),
            P("Shmuel's mother and father said at the review: \"Shmuel is a clever boy and he has a good heart. At home "
              "he is more relaxed. School has been hard for him because of the noise and the English work, and last "
              "year he often came home very upset. The family has had a difficult year. We want him to be happy at "
              "yeshiva, to manage his worries, and to become independent so that one day he can work and have his own "
              "family.\""),
        ],
        "B": [
            P("Shmuel has a diagnosis of autism (made in 2023) and experiences high levels of anxiety. His needs are "
              "set out below."),
            H("Communication and interaction"),
            P("Shmuel speaks fluently in Yiddish and English and uses advanced vocabulary in religious studies. He takes "
              "language literally and can misread jokes and sarcasm. He finds unstructured social times, such as lunch, "
              "very hard and usually spends them alone. In group discussion he may talk at length about his interests "
              "and not notice that others want a turn."),
            H("Cognition and learning"),
            P("In religious studies Shmuel is working above the level of most boys in his year. In English and maths "
              "(taught in the afternoons) he is behind: his reading comprehension is good but his spelling is at about "
              "the level of a 9-year-old, and his handwriting is slow (9 words a minute when copying). He can type at 20 "
              "words a minute. He finds it hard to start written tasks and to organise his ideas in writing."),
            H("Social, emotional and mental health"),
            P("Shmuel becomes anxious in noisy rooms, when plans change without warning and when he is asked to write "
              "at length. When anxious he leaves the classroom and walks in the corridor. In the spring term he left "
              "lessons about 3 times a week. He responds well to a calm adult who explains what is happening."),
            H("Sensory and/or physical"),
            P("Shmuel is sensitive to noise and to strong smells in the dining hall. His fine motor skills are weaker "
              "than his other skills, which affects his handwriting."),
        ],
        "C": [
            P("Awaiting advice from the Community Paediatrician. Health needs are not known at this time."),
        ],
        "D": [
            P("Shmuel is a child in need."),
        ],
        "E": [
            O("Communication and interaction",
              "By July 2027, Shmuel will take part in a lunchtime club with other boys, staying for the whole session, "
              "at least twice a week for 6 weeks in a row.",
              "Attendance log kept by the learning mentor."),
            O("Cognition and learning",
              "By July 2027, Shmuel will type a piece of writing of at least 200 words, planned with a writing frame, in "
              "English lessons, on 3 occasions in the summer term.",
              "Pieces of work saved in his English folder and checked by his English teacher."),
            O("Cognition and learning",
              "By July 2027, Shmuel will spell correctly 80% of the 200 most common English words, from 55% now.",
              "Spelling check by the SENCO at the end of each term."),
            O("Social, emotional and mental health",
              "By July 2027, when he feels anxious in class Shmuel will use his exit card and return to the lesson within "
              "10 minutes on 4 out of 5 occasions.",
              "Record kept by the class teacher and reviewed by his mentor each half term."),
            O("Religious studies",
              "By July 2027, Shmuel will prepare a passage of Gemara with his study partner in the study hall for 30 "
              "minutes without leaving the room, on 4 out of 5 days.",
              "Record kept by his rebbe."),
        ],
        "F": [
            P("The following provision must be made by Yeshiva Lev Torah."),
            H("Communication and interaction"),
            FI("Social communication group (turn-taking in conversation, reading other people's reactions, problem "
               "solving in social situations).",
               "45 minutes once a week for 12 weeks, then review", "A group of no more than 4 boys",
               "Learning mentor, trained by the Speech and Language Therapist"),
            FI("Speech and language therapy: assessment and direct sessions on understanding non-literal language.",
               "40 minutes every other week for the autumn term (7 sessions), then review", "1:1",
               "Speech and Language Therapist, Northmead Children's Speech and Language Therapy Service"),
            FI("Lunchtime club (chess and transport club) with a named adult present.", "30 minutes, 3 times a week",
               "A group of no more than 8", "Learning mentor"),
            H("Cognition and learning"),
            FI("A laptop with word processing and spelling software for all written work in English lessons.",
               "Every English lesson", "", "Provided by the school; set up and maintained by the school IT technician"),
            FI("Touch-typing and spelling programme.", "20 minutes, 4 times a week", "1:1",
               "Teaching assistant trained in the programme"),
            FI("Writing frames and planning sheets for extended writing.", "Every English lesson", "",
               "English teacher"),
            H("Social, emotional and mental health"),
            FI("Mentoring sessions to talk about worries, plan for changes and practise calming strategies.",
               "20 minutes twice a week, and more often where possible", "1:1", "Learning mentor (Mr Weiss)"),
            FI("Shmuel will have access to a quiet room (the small library) at break and lunchtime.",
               "Every break and lunchtime", "", "Supervised by the duty teacher"),
            FI("Staff should give Shmuel warning of changes to his timetable or to staff.",
               "At least one day before each planned change", "", "Class teacher or mentor"),
            FI("An exit card that lets Shmuel leave the room for up to 10 minutes to a named place (the corridor "
               "bench outside the office).", "Every lesson", "", "Agreed by the SENCO and shared with all staff"),
        ],
        "G": [
            P("None at present."),
        ],
        "H1": [
            P("None."),
        ],
        "H2": [
            P("None."),
        ],
        "I": [
            P("Yeshiva Lev Torah, Northmead: an independent Jewish boys' secondary school."),
        ],
        "J": [
            P("Not requested."),
        ],
        "K": [
            K("Shmuel's views", "Shmuel, with Mr Weiss, Learning Mentor", "24 June 2026"),
            K("Parents' views", "Shmuel's mother and father", "2 July 2026"),
            K("Educational advice", "Rabbi Yosef Klein, Head of Secular Studies and SENCO, Yeshiva Lev Torah", "16 June 2026"),
            K("Psychological advice", "Ms Sarah Whitlock, Educational Psychologist, Northmead Educational Psychology Service", "9 June 2026"),
            K("Speech and language therapy advice", "Ms Leah Brenner, Speech and Language Therapist, Northmead Children's Speech and Language Therapy Service", "19 May 2026"),
            K("Medical advice", "Requested from the Community Paediatrician on 14 May 2026; not received at the time of issue", "Not received"),
        ],
    },
})
# ==============================================================================================
# ac205 - FAILURE - letter-column - Rojda, 10, Year 6, vision impairment (septo-optic dysplasia)
# ==============================================================================================
PLANS.append({
    "id": "ac205", "layout": "letter-column", "signed": "2 October 2026",
    "front": [
        ("First name", "Rojda"),
        ("School year", "Year 6"),
        ("Age", "10"),
        ("Home languages", "Kurmanji (Kurdish) and English"),
        ("Education setting", "Lea Vale Primary School"),
        ("Social care involvement", "None"),
        ("Type of plan", "Final EHC plan (first plan)"),
        ("Date plan issued", "2 October 2026"),
        ("Date of last annual review", "Not applicable – first plan"),
        ("EHC coordinator", "Serkan Demir, SEND Officer"),
    ],
    "intro": ("About this plan: this Education, Health and Care (EHC) plan was co-produced with Rojda and her mother at "
              "a meeting at Lea Vale Primary School on 15 September 2026, with a Kurmanji interpreter. It is also "
              "available in braille and in large print."),
    "S": {
        "A": [
            H("Rojda's views"),
            P("Rojda gave her views to her class teacher on 1 July 2026, and recorded a voice note for the meeting. "
              "These are her words."),
            P("\"I am Rojda and I am ten. I can see a little bit, like shapes and big colours, but not small things. I "
              "am learning braille and I am really fast at it now. I like music, especially the keyboard, and I sing in "
              "the school choir. I like my friends Hana and Lily. They walk with me at playtime."),
            P("I don't like it when people move my things or leave bags on the floor, because then I trip. I don't "
              "like it when the teacher writes on the board and doesn't say what it says. I am a bit scared about going "
              "to secondary school because it is big and I don't know the way. I definately want to stay with Hana."),
            P("When I grow up I want to be a music teacher or a singer.\""),
            H("What people like and admire about Rojda"),
            B("She is determined and hard-working, and she picked up braille faster than anyone expected."),
            B("She has a beautiful singing voice and plays the keyboard by ear."),
            B("She is a loyal friend and a confident speaker in class discussions."),
            H("Her mother's views"),
            P("Rojda's mother said: \"Rojda is very clever and she never gives up. I worry about her safety at the big "
              "school and about her medicine. I want her to be independent, to go to university and to have a job she "
              "loves. Music makes her very happy.\""),
            H("Hopes for the future"),
            P("Rojda wants to be a music teacher or a singer. Her mother hopes Rojda will be independent, go to "
              "university and have a job she loves."),
        ],
        "B": [
            P("Rojda has septo-optic dysplasia, a rare condition present from birth that affects the development of "
              "the optic nerves and of the pituitary gland, which controls many of the body's hormones. She is "
              "registered as severely sight impaired."),
            H("Sensory: vision"),
            P("Rojda can see light, large shapes and bright colours, and she can read very large print (about 36 point) "
              "slowly for short periods. She is learning to read and write in braille and now reads Grade 1 braille at "
              "about 30 words a minute. She needs all written information in braille or spoken, and she needs the "
              "classroom enviroment to be kept clear and predictable so that she can move around safely. She cannot "
              "see the board, pictures or facial expressions."),
            H("Cognition and learning"),
            P("Rojda is working at the expected level for her age in speaking and listening and in maths when work is "
              "given in braille or orally. Her written work is slower than other children's because braille writing "
              "takes longer. She needs extra time and specialist equipment to access the curriculum."),
            H("Mobility and independence"),
            P("Rojda moves confidently around familiar parts of the school using the walls and landmarks, but she needs "
              "to learn to use a long cane and to learn new routes, especially before she moves to secondary school in "
              "September 2027."),
            H("Social, emotional and mental health"),
            P("Rojda is sociable and well liked. She can become anxious in new places and in crowds."),
        ],
        "C": [
            P("Rojda's pituitary gland does not make enough of some hormones. Her health needs are:"),
            B("Cortisol: she takes hydrocortisone tablets three times a day, including one dose at school at lunchtime. "
              "If she is unwell, vomiting or injured, she needs extra hydrocortisone quickly and may need an emergency "
              "injection. This is set out in her individual healthcare plan."),
            B("Growth hormone: she has an injection every evening at home."),
            B("Eyes: her vision is monitored by the eye clinic."),
        ],
        "D": [
            P("A social worker from the Northmead Sensory Team met Rojda's mother on 10 June 2026. Rojda's care needs "
              "are met by her family and there are no social care needs that require provision. The social worker "
              "gave the family information about the short breaks local offer and about a seperate Saturday music "
              "group for blind and partially sighted children run by a local charity."),
        ],
        "E": [
            O("Communication and literacy",
              "Rojda will receive braille lessons three times a week from her specialist teacher.",
              "Lesson records."),
            O("Access to learning",
              "Staff will make sure all of Rojda's worksheets and books are in braille before each lesson.",
              "The SENCO will check."),
            O("Access to learning",
              "By July 2027, Rojda is given a laptop with screen-reading software and a braille display.",
              "The equipment is in place."),
            O("Mobility and independence",
              "By October 2027, Rojda will find her way on her own, using her long cane, between 5 key places at her "
              "new secondary school (her form room, the dining hall, the toilets, the office and the music room).",
              "Checked by the habilitation specialist during a route check in October 2027."),
            O("Health",
              "By July 2027, Rojda will go to the school office at lunchtime on her own to take her hydrocortisone, using "
              "her talking watch reminder, on 9 out of 10 school days.",
              "Medication record kept by the school office."),
            O("Communication and literacy",
              "By July 2027, Rojda will read Grade 2 (contracted) braille at 50 words a minute with at least 90% accuracy.",
              "Braille reading assessment by her specialist teacher each term."),
        ],
        "F": [
            P("The provision below must be made at Lea Vale Primary School, unless it says otherwise."),
            FI("Specialist teaching of braille reading and writing (moving from Grade 1 to Grade 2 braille).",
               "45 minutes, 3 times a week", "1:1",
               "Qualified Teacher of Children and Young People with Vision Impairment (QTVI), Northmead Sensory Support Service"),
            FI("Daily braille practice following the QTVI's programme.", "20 minutes every school day", "1:1",
               "Teaching assistant with Grade 2 braille training"),
            FI("All lesson materials, books and tests transcribed into braille, and diagrams made tactile.",
               "Ready at least 2 days before each lesson", "",
               "Braille transcriber, Northmead Sensory Support Service"),
            FI("Laptop with screen-reading software and a refreshable braille display.", "Every lesson", "",
               "Provided and maintained by Northmead Sensory Support Service"),
            FI("Adult support in lessons to describe what is on the board and to accomodate Rojda's needs in "
               "practical subjects such as science and PE.",
               "20 hours a week", "1:1", "Teaching assistant with vision impairment training"),
            FI("Rojda will have habilitation training to help her learn to use a long cane and move around school "
               "safely.", "", "", ""),
            FI("Visits to her secondary school before she moves, to learn the building.",
               "4 visits of 1 hour in the summer term 2027", "1:1",
               "Teaching assistant, with the secondary school's SENCO"),
            FI("Exam access arrangements for the Key Stage 2 tests: braille papers, 100% extra time and a separate room.",
               "May 2027 tests", "", "Applied for by the SENCO"),
        ],
        "G": [
            GI("Endocrinology clinic review of Rojda's hormone medicines and growth.",
               "Every 3 months, about 1 hour", "Consultant Paediatric Endocrinologist, St Anselm's Children's Hospital"),
            GI("Individual healthcare plan for school, including the emergency steroid plan, and training for named "
               "school staff in giving hydrocortisone and the emergency injection.",
               "Plan reviewed each September; a 90-minute training session each September and within 2 weeks of "
               "any change to her medicines",
               "Paediatric Endocrine Nurse Specialist, St Anselm's Children's Hospital"),
            GI("Eye clinic review.", "Every 6 months", "Consultant Paediatric Ophthalmologist, St Anselm's Children's Hospital"),
            H("Health agreement"),
            P("Agreed by Dr Ruth Adeyemi, Designated Clinical Officer, NHS Lea and Thames Integrated Care Board, on "
              "24 September 2026."),
        ],
        "H1": [
            P("None. Short breaks were discussed with the family on 10 June 2026 (see Section D)."),
        ],
        "H2": [
            P("None, following the social care assessment on 10 June 2026."),
        ],
        "I": [
            P("Lea Vale Primary School, Northmead: a mainstream community primary school, until July 2027. The "
              "secondary school will be named at the Year 6 review, which will be held by 15 February 2027."),
        ],
        "J": [
            P("Rojda's mother did not request a personal budget."),
        ],
        "K": [
            K("Rojda's views", "Rojda, recorded by her class teacher", "1 July 2026"),
            K("Parent's views", "Rojda's mother", "1 July 2026"),
            K("Educational advice", "Mr Andrew Hall, SENCO, Lea Vale Primary School", "24 June 2026"),
            K("Educational advice (vision impairment)", "Ms Karen Lowe, Vision Support Assistant, Northmead Sensory Support Service", "17 June 2026"),
            K("Psychological advice", "Dr Kemal Aydin, Educational Psychologist, Northmead Educational Psychology Service", "30 June 2026"),
            K("Medical advice", "Dr Ayesha Malik, Consultant Paediatric Endocrinologist, St Anselm's Children's Hospital", "3 June 2026"),
            K("Nursing advice", "Ms Lucy Hart, Paediatric Endocrine Nurse Specialist, St Anselm's Children's Hospital", "3 June 2026"),
            K("Ophthalmology clinic letter", "Mr David Osei, Consultant Paediatric Ophthalmologist, St Anselm's Children's Hospital", "12 March 2026"),
            K("Social care advice", "Ms Gemma Price, Social Worker, Northmead Sensory Team", "10 June 2026"),
        ],
    },
})
# ==============================================================================================
# ac206 - SOUND - shaded-heading-table - Miriam, 15, Year 10, albinism and vision impairment
# ==============================================================================================
PLANS.append({
    "id": "ac206", "layout": "shaded-heading-table", "signed": "20 April 2026",
    "front": [
        ("First name", "Miriam"),
        ("School year", "Year 10"),
        ("Age", "15"),
        ("Home languages", "English and Yiddish"),
        ("Education setting", "Northmead Girls' High School (independent Jewish girls' school)"),
        ("Social care involvement", "None"),
        ("Type of plan", "Amended EHC plan following annual review"),
        ("Date of last annual review", "16 March 2026"),
        ("Date plan issued", "20 April 2026"),
        ("EHC coordinator", "Leah Cohen, SEND Officer"),
    ],
    "intro": ("About this plan: this Education, Health and Care (EHC) plan was amended after Miriam's Year 10 annual "
              "review on 16 March 2026. It was co-produced with Miriam and her parents. From Year 9 onwards the plan "
              "includes outcomes to prepare Miriam for adult life. It is printed in 18-point bold for Miriam."),
    "S": {
        "A": [
            H("My views (written by Miriam for her review)"),
            P("\"I am Miriam and I am 15. I have albinism, which means my skin and hair are very pale and my eyes don't "
              "see clearly. I can read if the print is big enough and I use my magnifier and my laptop a lot. My "
              "favourite subjects are history and biology. I love reading novels on my tablet with the font turned up, "
              "and I bake challah with my grandmother every Friday."),
            P("School is mostly good now that my work comes enlarged. The hardest thing is when teachers give out "
              "sheets that are too small or use the board without reading it out. I also don't like having to ask "
              "every time. I want to do things for myself and not always have someone next to me."),
            P("I want to get good GCSEs, especially in biology, and then go to seminary and train to be a speech and "
              "language therapist or a pharmacist. I want to be able to go to town and to my friends' houses on my own "
              "on the bus.\""),
            H("What people like and admire about Miriam"),
            B("She is articulate, funny and a natural leader; she is the form representative on the school council."),
            B("She works extremely hard and is predicted grade 7 in history and biology."),
            B("She speaks up for herself and is learning to explain her vision to new teachers."),
            H("My parents' views"),
            P("Miriam's parents said at the review: \"Miriam has grown up so much this year. She is ambitious and we "
              "want her to have every chance other girls have. We worry about her getting around on her own, especially "
              "crossing busy roads, and we want her to learn to travel safely. We also want her to be confident to tell "
              "people what she needs when she goes on to seminary and work.\""),
            H("Aspirations"),
            P("Miriam aims to achieve good GCSE grades, go to seminary and then train as a speech and language "
              "therapist or a pharmacist. She wants to travel independently and manage her own needs. Her parents share "
              "these hopes and want her to be safe and confident."),
        ],
        "B": [
            P("Miriam has oculocutaneous albinism. This affects her eyes: she has reduced vision (6/36 in her better "
              "eye, which means she sees at 6 metres what most people see at 36 metres), nystagmus (her eyes move "
              "involuntarily) and is very sensitive to bright light. She is registered as sight impaired."),
            H("Sensory: vision"),
            P("Miriam reads print at 18 point bold comfortably, and smaller print with her hand magnifier for short "
              "periods. She cannot see the board from her desk, and she finds diagrams, maps and graphs with fine "
              "detail very hard to read. Reading for long periods makes her eyes tired, so she reads more slowly than "
              "her classmates, and she needs more time in tests. Bright sunlight and glare from windows make it harder "
              "for her to see. She has access to a video magnifier in most lessons and is now learning to use screen "
              "magnification on her laptop."),
            H("Cognition and learning"),
            P("Miriam is a capable learner working at or above the expected level in most subjects. Her difficulties "
              "with vision slow her down rather than affect her understanding."),
            H("Independence and mobility"),
            P("Miriam moves around school confidently. Outside school she finds it hard to read bus numbers, road signs "
              "and timetables, and to judge the speed of traffic. She has not yet travelled on her own."),
            H("Social, emotional and mental health"),
            P("Miriam has a close group of friends. She sometimes feels self-conscious about her appearance and her "
              "equipment, and she can become frustrated when her needs are forgotten."),
        ],
        "C": [
            P("Miriam has no difficulty with her general health, but she has a vision impairment caused by albinism, "
              "which is monitored by the eye clinic. She also needs low vision aids (magnifiers), which are assessed "
              "and supplied by the low vision clinic. This is set out in the advice from the Consultant Paediatric "
              "Ophthalmologist and the low vision clinic listed in Section K."),
        ],
        "D": [
            P("A social worker from the Northmead Sensory Team completed a social care assessment with Miriam and her "
              "parents on 2 February 2026. Miriam's needs for care and support are met within her family, and she has "
              "no social care needs that require provision. The social worker gave the family information about "
              "activities in the local offer, including a youth group for visually impaired teenagers and the "
              "mobility and independence courses run in the school holidays."),
        ],
        "E": [
            P("Miriam's outcomes prepare her for adult life and follow the aspirations in Section A."),
            O("Employment and education",
              "By August 2027, Miriam will gain at least grade 6 in GCSE biology and history.",
              "Her GCSE results in August 2027."),
            O("Employment and education",
              "By July 2027, Miriam will explain her vision and the adjustments she needs to at least 3 new teachers or "
              "work experience supervisors, without an adult present.",
              "Feedback forms from the teachers or supervisors, collected by the Qualified Teacher of Children and Young People with Vision Impairment (QTVI)."),
            O("Independent living",
              "By March 2027, Miriam will be able to access the community independently: she will travel by bus on her "
              "own from home to the town centre and back, reading the bus number with her monocular, on 3 separate "
              "occasions.",
              "Route checks signed off by the habilitation specialist, and Miriam's own travel diary."),
            O("Independent living",
              "By July 2027, Miriam will set up her laptop's magnification and her video magnifier for each lesson "
              "without help on 9 out of 10 school days.",
              "Weekly check recorded by her teaching assistant."),
            O("Good health",
              "By January 2027, Miriam will book her low vision clinic appointment by telephone herself and, at the "
              "appointment, tell the optometrist about any changes in her vision, with her parent in the waiting room.",
              "Confirmed by Miriam and her parents at her annual review."),
        ],
        "F": [
            P("The provision below must be made at Northmead Girls' High School, unless it says otherwise."),
            H("Vision and learning (Outcomes 1, 2 and 4)"),
            FI("Specialist teaching and advice visits from the QTVI: teaching Miriam to use her equipment and to explain "
               "her needs, checking her materials and advising teachers.",
               "1 hour every 3 weeks during term", "",
               "Qualified Teacher of Children and Young People with Vision Impairment (QTVI), Northmead Sensory Support Service"),
            FI("May 2027: a visit by the QTVI to update the school's vision impairment guidance for Miriam's Year 11 "
               "teachers.", "One visit of 2 hours", "",
               "QTVI, Northmead Sensory Support Service"),
            FI("Modified large print (18 point bold, A4) for all worksheets, texts and tests, with simplified diagrams.",
               "Every lesson; ready at least 24 hours before the lesson", "",
               "Teaching assistant trained in producing modified large print"),
            FI("Video magnifier (a camera linked to a screen) in all lessons that use the board or practical "
               "demonstrations.", "Every lesson", "",
               "Provided and maintained by Northmead Sensory Support Service (technology officer)"),
            FI("Laptop with screen magnification software and electronic copies of textbooks.", "Every lesson", "",
               "Provided by Northmead Sensory Support Service; software set up and updated by the service's technology officer"),
            FI("Touch-typing programme.", "20 minutes, 3 times a week for 10 weeks, then review", "1:1",
               "Teaching assistant"),
            FI("Exam access arrangements: modified enlarged papers (A4, 18 point bold), 25% extra time and a room with "
               "blinds and adjustable lighting.",
               "All internal tests and GCSE examinations", "", "Arranged by the exams officer with the Special Educational Needs Coordinator (SENCO)"),
            FI("Seat near the front, away from direct window glare, with the blinds on the window side lowered.", "Every lesson", "",
               "Class teachers, following the QTVI's seating plan"),
            H("Independent travel and mobility (Outcome 3)"),
            FI("Habilitation training in road safety, using her monocular to read bus numbers, and independent bus "
               "travel along two routes.",
               "1 hour on 10 Wednesday afternoons in the autumn term, then review",
               "Miriam on her own with the habilitation specialist",
               "Habilitation Specialist, Northmead Sensory Support Service"),
            H("Preparing for adulthood (Outcomes 2 and 5)"),
            FI("Careers guidance focused on post-16 options and on the adjustments Miriam can expect in further study "
               "and work.", "Two 45-minute meetings in Year 10 and two in Year 11", "1:1",
               "Careers Adviser, Northmead Careers Service"),
            FI("Self-advocacy sessions: preparing a one-page profile about her vision and practising explaining it.",
               "30 minutes every other week for the summer term", "1:1", "SENCO"),
        ],
        "G": [
            GI("Eye clinic review of Miriam's vision and eye health.", "Once a year (next due November 2026)",
               "Consultant Paediatric Ophthalmologist, St Anselm's Children's Hospital"),
            GI("Low vision assessment and supply of magnifiers and a monocular.", "Once a year (next due January 2027)",
               "Optometrist, Low Vision Clinic, St Anselm's Children's Hospital"),
            H("Health agreement"),
            P("Confirmed by Dr Ruth Adeyemi, Designated Clinical Officer, NHS Lea and Thames Integrated Care Board, on "
              "14 April 2026."),
        ],
        "H1": [
            P("None. The social care assessment on 2 February 2026 found no needs requiring provision. Short breaks and "
              "holiday activities in the local offer were discussed with the family (see Section D)."),
        ],
        "H2": [
            P("None, following the social care assessment on 2 February 2026."),
        ],
        "I": [
            P("Northmead Girls' High School, Northmead: an independent Jewish girls' secondary school."),
        ],
        "J": [
            P("Miriam's parents were offered a personal budget at the annual review. They chose not to have one."),
        ],
        "K": [
            K("Miriam's views", "Miriam", "16 March 2026"),
            K("Parents' views", "Miriam's mother and father", "16 March 2026"),
            K("Educational advice", "Mrs Devorah Katz, SENCO, Northmead Girls' High School", "9 March 2026"),
            K("Educational advice (vision impairment)", "Ms Joanna Fraser, QTVI, Northmead Sensory Support Service", "4 March 2026"),
            K("Habilitation advice", "Mr Peter Nolan, Habilitation Specialist, Northmead Sensory Support Service", "4 March 2026"),
            K("Psychological advice", "Ms Sarah Whitlock, Educational Psychologist, Northmead Educational Psychology Service", "18 February 2026"),
            K("Medical advice", "Mr David Osei, Consultant Paediatric Ophthalmologist, St Anselm's Children's Hospital", "27 November 2025"),
            K("Low vision assessment", "Ms Hannah Levy, Optometrist, Low Vision Clinic, St Anselm's Children's Hospital", "14 January 2026"),
            K("Preparing for adulthood advice", "Ms Anita Brown, Careers Adviser, Northmead Careers Service", "10 March 2026"),
            K("Social care advice", "Ms Gemma Price, Social Worker, Northmead Sensory Team", "2 February 2026"),
        ],
    },
})
# ==============================================================================================
# ac207 - FAILURE - bold-statutory - Rivka, 16, Year 11, Prader-Willi syndrome
# ==============================================================================================
PLANS.append({
    "id": "ac207", "layout": "bold-statutory", "bullet": "•", "subbullet": "o", "signed": "6 November 2025",
    "front": [
        ("First name", "Rivka"),
        ("School year", "Year 11 (2025 to 2026)"),
        ("Age", "16"),
        ("Home languages", "Yiddish and English"),
        ("Education setting", "Northmead Girls' High School (independent Jewish girls' school)"),
        ("Social care involvement", "Northmead Disabled Children's Team (short breaks)"),
        ("Type of plan", "Amended EHC plan following annual review"),
        ("Date plan first issued", "4 March 2024"),
        ("Date of last annual review", "19 September 2025"),
        ("Date of this amended plan", "6 November 2025"),
        ("EHC coordinator", "Leah Cohen, SEND Officer"),
    ],
    "intro": ("About this plan: this Education, Health and Care (EHC) plan was amended following Rivka's Year 11 annual "
              "review on 19 September 2025. It was co-produced with Rivka and her parents and includes outcomes to "
              "prepare Rivka for adult life."),
    "S": {
        "A": [
            H("Rivka's views"),
            P("Rivka shared her views with her form teacher before her review, using a 'My Future' booklet, and then "
              "talked about them at the meeting. This is what she said."),
            P("\"I love little children. I help at my sister's playgroup on Sundays and I read them stories and sing "
              "songs. I want to work in a nursery when I finish school. I like drawing, music and my friends at Bnos "
              "[the Sunday girls' club]."),
            P("I get very hungry all the time and it is hard when other girls have sweets. I don't like it when people "
              "hide food from me, but I know it is to help me. I get tired in the afternoons and my back brace is "
              "uncomfortable."),
            P("When I am older I want to live in a house with my friends and have a job in a nursery.\""),
            H("What people like and admire about Rivka"),
            B("Rivka is warm, cheerful and very caring towards younger children."),
            B("She has a good memory for songs and stories and a lovely singing voice."),
            B("She is reliable and likes to help; she runs the class book corner."),
            H("Her parents' views"),
            P("Rivka's parents said: \"Rivka is the heart of our family. We want her to have a job she loves, friends "
              "and as independent a life as she can have, safely. The food is our biggest worry, and we need school and "
              "any future college to understand it completely. We also want her back to be looked after properly.\""),
            H("Aspirations"),
            P("Rivka would like to work in a nursery, live with friends in a shared house and keep her friendships at "
              "Bnos. Her parents want her to have a job she enjoys, friends and a safe, independent life."),
        ],
        "B": [
            P("Rivka has Prader-Willi syndrome, a rare genetic condition. It affects appetite, muscle tone, learning and "
              "behaviour."),
            H("Cognition and learning"),
            P("Rivka has a moderate learning difficulty. She reads simple texts and writes short sentences (Entry Level 2 "
              "English). She can add and subtract money to £10 with a calculator. She learns best with short tasks, "
              "visual steps and lots of practice. She is working towards Entry Level qualifications."),
            H("Communication and interaction"),
            P("Rivka speaks clearly in short sentences. She sometimes repeats the same question many times when she is "
              "worried, especially about food or changes to the day. She needs clear, calm answers and visual "
              "timetables."),
            H("Social, emotional and mental health"),
            P("Rivka is sociable and kind. She can become very upset, and occasionally has outbursts, when routines "
              "change or when food is not available as she expects. She calms quickly with a familiar adult and a quiet "
              "space."),
            H("Sensory and/or physical"),
            P("Rivka has low muscle tone and tires easily, particularly in the afternoon. She finds long walks and stairs "
              "tiring."),
        ],
        "C": [
            P("Rivka's health needs are:"),
            B("Appetite and food: Rivka has an extreme, constant hunger (hyperphagia), which is part of Prader-Willi "
              "syndrome. She needs a strict, calorie-controlled food plan, supervision whenever food is available and "
              "food to be kept out of reach. Without this she is at risk of serious weight gain and choking."),
            B("Hormones: she has a growth hormone injection at home every evening and is reviewed by the endocrine team."),
            B("Back: Rivka has scoliosis (a curve of the spine), which is getting worse. She must wear a back brace for "
              "16 hours a day, including at school, and needs an adult to help her take it off and put it back on "
              "correctly before and after PE. She is under review by the spinal team and may need surgery."),
            B("Temperature: she does not always feel heat or cold and needs reminding to wear a coat or take one off."),
        ],
        "D": [
            P("Rivka needs supervision at all times when out of the house because of the risks around food and road "
              "safety. Her parents have eight children and find it hard to give Rivka the supervision she needs at "
              "weekends and in the holidays. The Northmead Disabled Children's Team assessed Rivka's needs on 4 August "
              "2025 and agreed the short breaks set out in Section H1."),
        ],
        "E": [
            P("These outcomes prepare Rivka for adult life. They run to the end of Year 11."),
            O("Employment",
              "By July 2026, Rivka will complete a two-week work experience placement in a nursery class and receive a "
              "positive report from the nursery manager on at least 3 of the 4 skills in her placement plan.",
              "The nursery manager's report, checked by the careers adviser."),
            O("Employment and learning",
              "By June 2026, Rivka will gain the Entry Level 3 Functional Skills qualification in English.",
              "Her certificate."),
            O("Independent living",
              "By July 2026, Rivka will choose and pack her own lunch from the menu agreed with her dietitian, on 4 days "
              "out of 5 for 4 weeks in a row.",
              "Lunch checklist kept by her teaching assistant and her mother."),
            O("Good health",
              "By July 2026, Rivka will follow her food plan at school without taking extra food on 9 out of 10 school "
              "days.",
              "Daily food record kept by her teaching assistant."),
            O("Friends, relationships and community",
              "By July 2026, Rivka will go to Bnos every Sunday and help to run one activity for the younger girls each "
              "month.",
              "Confirmed by the Bnos leader at her next annual review."),
        ],
        "F": [
            P("This provision must be made by Northmead Girls' High School, unless it says otherwise."),
            H("Cognition and learning"),
            FI("Functional Skills English and maths at Entry Level, taught in small steps with visual supports.",
               "5 hours a week for each subject", "A group of no more than 6", "Qualified teacher with a teaching assistant"),
            FI("Reading and spelling intervention.", "20 minutes, 4 times a week", "1:1", "Teaching assistant"),
            H("Communication and interaction"),
            FI("Speech and language therapy: social communication and managing repeated questions.",
               "30 minutes every other week, 6 sessions each term", "1:1",
               "Speech and Language Therapist, Northmead Children's Speech and Language Therapy Service"),
            FI("A visual timetable, updated each morning, and a 'changes' card for any change to her day.", "Daily", "",
               "Teaching assistant"),
            H("Social, emotional and mental health and supervision"),
            FI("Adult support throughout the school day, including supervision at all times when food is present.",
               "All of the school day (32.5 hours a week)", "1:1", "Teaching assistant trained in Prader-Willi syndrome"),
            FI("A quiet space with a beanbag in the learning support room, for calming down.", "Available in every lesson and at break", "",
               "Set up by the SENCO"),
            H("Preparing for adulthood"),
            FI("Careers guidance and planning for work experience in a nursery.", "Three 45-minute meetings in Year 11", "1:1",
               "Careers Adviser, Northmead Careers Service"),
            FI("Independent living skills: planning and packing a healthy lunch, using money and travel practice.",
               "90 minutes each week", "A group of no more than 4", "Teaching assistant, planned by the SENCO"),
        ],
        "G": [
            GI("Food plan for school, including portion sizes, supervision and safe storage of food, and training for "
               "school staff.",
               "Reviewed every 6 months; 1-hour training for named staff each September",
               "Paediatric Dietitian, Northmead Community Children's Health Service"),
            GI("Endocrine review of growth hormone treatment, weight and general health.", "Every 6 months",
               "Consultant Paediatric Endocrinologist, St Anselm's Children's Hospital"),
            H("Health agreement"),
            P("The health provision above was agreed by Dr Ruth Adeyemi, Designated Clinical Officer, NHS Lea and "
              "Thames Integrated Care Board, on 30 October 2025."),
        ],
        "H1": [
            P("Short breaks, following the assessment by the Northmead Disabled Children's Team on 4 August 2025:"),
            B("One overnight stay a month (Saturday 10am to Sunday 4pm) at Northmead Short Breaks House, with 1:1 "
              "staffing trained in Prader-Willi syndrome."),
            B("A holiday play scheme place for 3 days a week for 4 weeks in the summer holidays, 10am to 3pm, with 1:1 "
              "support."),
        ],
        "H2": [
            P("None."),
        ],
        "I": [
            P("Northmead Girls' High School, Northmead: an independent Jewish girls' secondary school, to July 2026."),
        ],
        "J": [
            P("No personal budget has been requested."),
        ],
        "K": [
            K("Rivka's views", "Rivka, with her form teacher", "12 September 2025"),
            K("Parents' views", "Rivka's mother and father", "19 September 2025"),
            K("Educational advice", "Mrs Devorah Katz, SENCO, Northmead Girls' High School", "8 September 2025"),
            K("Psychological advice", "Dr Naomi Feld, Educational Psychologist, Northmead Educational Psychology Service", "15 January 2022"),
            K("Medical advice", "Dr Ayesha Malik, Consultant Paediatric Endocrinologist, St Anselm's Children's Hospital", "9 June 2023"),
            K("Dietetic advice", "Ms Rebecca Shaw, Paediatric Dietitian, Northmead Community Children's Health Service", ""),
            K("Speech and language therapy report", "Speech and Language Therapy Service", ""),
            K("Preparing for adulthood advice", "Ms Anita Brown, Careers Adviser, Northmead Careers Service", "10 September 2025"),
            K("Social care advice", "Ms Tamar Fischer, Social Worker, Northmead Disabled Children's Team", "4 August 2025"),
        ],
    },
})
# ==============================================================================================
# ac208 - FAILURE - letter-column - Dovid, 6, Year 1, autism, non-speaking
# ==============================================================================================
PLANS.append({
    "id": "ac208", "layout": "letter-column", "signed": "2 September 2026",
    "front": [
        ("First name", "Dovid"),
        ("School year", "Year 1"),
        ("Age", "6"),
        ("Home languages", "Yiddish"),
        ("Education setting", "Talmud Torah Bnei Northmead (independent Jewish boys' primary school)"),
        ("Social care involvement", "None"),
        ("Type of plan", "Final EHC plan (first plan)"),
        ("Date plan issued", "2 September 2026"),
        ("Date of last annual review", "Not applicable – first plan"),
        ("EHC coordinator", "Leah Cohen, SEND Officer"),
    ],
    "intro": ("About this plan: this Education, Health and Care (EHC) plan was co-produced with Dovid's parents at a "
              "meeting at Talmud Torah Bnei Northmead on 14 July 2026, with a Yiddish interpreter."),
    "S": {
        "A": [
            H("All about me"),
            P("\"My name is Dovid and I am 6. I find lots of things very hard. I cannot talk, so people do not "
              "understand me and I get cross. I hate noise and I scream when the bell goes. I do not like other boys "
              "touching my things. I cannot sit still in class and I run out of the room. I do not sleep well and I "
              "am tired in the morning.\""),
            H("Background"),
            P("Dovid presents with a marked impairment in reciprocal social interaction and restricted, repetitive "
              "patterns of behaviour, meeting DSM-5 criteria for ASD (Level 2 severity), with comorbid global "
              "developmental delay, absent functional expressive language and sensory modulation dysregulation with a "
              "predominantly hyper-responsive auditory profile."),
            H("Parents' views"),
            P("Dovid's parents said at the meeting: \"We are very worried. Dovid cannot tell us what he wants and he "
              "screams for a long time. He runs off in the street and we are frightened he will be hurt. He does not "
              "sleep and the whole family is tired. His brothers go to the Talmud Torah and we are worried that the "
              "school will not be able to manage him.\""),
        ],
        "B": [
            H("Communication and interaction"),
            P("Dovid does not use words. He pulls adults by the hand to things he wants and screams when he is not "
              "understood. He does not respond to his name consistently and does not follow spoken instructions unless "
              "they are part of a very familiar routine. He does not play with other children and becomes distressed "
              "when they come near his toys."),
            H("Cognition and learning"),
            P("Dovid is not yet able to take part in class learning. He cannot sit at a table for more than a minute or "
              "two and does not yet join in with group songs or stories. He cannot yet hold a pencil or match "
              "pictures."),
            H("Social, emotional and mental health"),
            P("Dovid becomes very distressed at transitions, when routines change and in noisy places. He screams, "
              "drops to the floor and sometimes bites his hand. These episodes can last 20 minutes."),
            H("Sensory and/or physical"),
            P("Dovid is very sensitive to noise, especially the school bell and the hand dryer. He puts his hands over "
              "his ears and runs. He seeks movement and spins and climbs on furniture."),
        ],
        "C": [
            P("Dovid has great difficulty getting to sleep and often wakes for two or three hours in the night. He was "
              "prescribed melatonin by his Community Paediatrician in May 2026, which has helped a little."),
            P("He has no other health needs relating to his special educational needs, according to the medical advice "
              "from his Community Paediatrician dated 6 June 2026."),
        ],
        "D": [
            P("A social worker from the Northmead Disabled Children's Team completed a social care assessment with "
              "Dovid's parents on 1 July 2026. Dovid's care needs are met by his parents and there are no social care "
              "needs requiring provision at present. The family were given information about the short breaks local "
              "offer and the Northmead autism parent workshops, and Dovid's mother has booked a place on the autumn "
              "workshop."),
        ],
        "E": [
            O("Communication and interaction",
              "By July 2027, Dovid will hand a picture card to an adult to ask for a favourite item or activity (using "
              "the Picture Exchange Communication System, PECS, Phase 2), on at least 10 occasions a day.",
              "Daily PECS tally kept by his teaching assistant and checked by the Speech and Language Therapist each "
              "half term."),
            O("Cognition and learning",
              "By July 2027, Dovid will sit at his work station and complete a 3-step task (for example posting, matching "
              "or building) for 5 minutes, on 4 out of 5 days.",
              "Work station record kept by his teaching assistant."),
            O("Social, emotional and mental health",
              "By July 2027, Dovid will move between the classroom and the hall using his transition object without "
              "dropping to the floor, on 8 out of 10 occasions.",
              "Transition record kept by his teaching assistant."),
            O("Sensory",
              "By March 2027, Dovid will put on his ear defenders himself when he hears the bell, on 4 out of 5 "
              "occasions.",
              "Observation record kept by his teaching assistant."),
            O("Health: sleep",
              "By March 2027, Dovid will fall asleep within 30 minutes of going to bed on at least 5 nights out of 7.",
              "Sleep diary kept by his parents and reviewed by the Community Paediatrician."),
        ],
        "F": [
            P("The provision below must be made by Talmud Torah Bnei Northmead."),
            FI("Adult support throughout the school day to help Dovid communicate with pictures, move between "
               "activities and stay safe.",
               "All of the school day (27.5 hours a week)", "1:1",
               "Teaching assistant trained in autism and PECS (Level 1 training within the first half term)"),
            FI("Work station (structured teaching) sessions with a visual schedule and short tasks.",
               "10 minutes, 4 times a day", "1:1", "Teaching assistant, planned by the class teacher"),
            FI("Attention Autism sessions (an adult-led group to build attention and shared enjoyment).",
               "15 minutes daily", "A group of no more than 4", "Teaching assistant trained in Attention Autism"),
            FI("Ear defenders and a quiet corner with a tent and weighted cushion.", "Every day", "",
               "Provided by the school; checked each week by the teaching assistant"),
            FI("Sensory movement breaks (trampoline, swing and heavy work).", "10 minutes, 3 times a day", "1:1",
               "Teaching assistant, following the occupational therapist's sensory programme"),
            FI("Visits from the Northmead Autism Advisory Teacher to observe Dovid, advise staff and review his "
               "programme.", "1.5 hours once each half term", "",
               "Autism Advisory Teacher (qualified teacher), Northmead Autism Outreach Service"),
            P("Speech and language therapy for Dovid is set out in Section G."),
        ],
        "G": [
            GI("Speech and language therapy: direct sessions to teach Dovid to use PECS, and a PECS programme for school "
               "and home.",
               "30 minutes weekly at school for 12 weeks, then review",
               "Speech and Language Therapist, Northmead Children's Speech and Language Therapy Service"),
            GI("Training for school staff in PECS and in using visual supports.", "One 2-hour session in September 2026",
               "Speech and Language Therapist, Northmead Children's Speech and Language Therapy Service"),
            GI("Review of Dovid's sleep and melatonin.", "30 minutes every 3 months",
               "Community Paediatrician, Northmead Community Children's Health Service"),
            GI("Sleep advice sessions for Dovid's parents (bedtime routine, visual bedtime schedule).",
               "4 sessions of 1 hour, fortnightly from October 2026",
               "Sleep Practitioner, Northmead Community Children's Health Service"),
            H("Health agreement"),
            P("Agreed by Dr Ruth Adeyemi, Designated Clinical Officer, NHS Lea and Thames Integrated Care Board, on "
              "26 August 2026."),
        ],
        "H1": [
            P("None. Short breaks were discussed at the social care assessment on 1 July 2026 (see Section D)."),
        ],
        "H2": [
            P("None, following the social care assessment on 1 July 2026."),
        ],
        "I": [
            P("Talmud Torah Bnei Northmead, Northmead: an independent Jewish boys' primary school."),
        ],
        "J": [
            P("Dovid's parents did not request a personal budget."),
        ],
        "K": [
            K("Parents' views", "Dovid's mother and father", "14 July 2026"),
            K("Educational advice", "Rabbi Chaim Gross, Head Teacher and SENCO, Talmud Torah Bnei Northmead", "10 June 2026"),
            K("Educational advice (autism)", "Ms Julie Martin, Autism Advisory Teacher, Northmead Autism Outreach Service", "12 June 2026"),
            K("Psychological advice", "Ms Sarah Whitlock, Educational Psychologist, Northmead Educational Psychology Service", "17 June 2026"),
            K("Medical advice", "Dr Aisha Rahman, Community Paediatrician, Northmead Community Children's Health Service", "6 June 2026"),
            K("Speech and language therapy advice", "Ms Leah Brenner, Speech and Language Therapist, Northmead Children's Speech and Language Therapy Service", "19 June 2026"),
            K("Occupational therapy advice", "Mr Sam Reilly, Occupational Therapist, Northmead Children's Occupational Therapy Service", "24 June 2026"),
            K("Sleep advice", "Ms Nina Patel, Sleep Practitioner, Northmead Community Children's Health Service", "30 June 2026"),
            K("Social care advice", "Mr Daniel Okoro, Social Worker, Northmead Disabled Children's Team", "1 July 2026"),
        ],
    },
})
# ==============================================================================================
# ac209 - FAILURE - shaded-heading-table - Mehmet, 12, Year 7, Down syndrome, looked after
# ==============================================================================================
PLANS.append({
    "id": "ac209", "layout": "shaded-heading-table", "signed": "27 July 2026", "glossary": False,
    "front": [
        ("First name", "Mehmet"),
        ("School year", "Year 7 (from September 2026)"),
        ("Age", "11"),
        ("Home languages", "Turkish and English"),
        ("Education setting", "Northmead Park Academy"),
        ("Legal status", "CLA – s.31 care order. Lives with his aunt and uncle (kinship foster carers)."),
        ("Type of plan", "Amended EHC plan following Year 6 phase transfer review"),
        ("Date of last annual review", "10 February 2026"),
        ("Date plan issued", "27 July 2026"),
        ("EHC coordinator", "Selin Arslan, SEND Officer"),
    ],
    "intro": ("About this plan: this Education, Health and Care (EHC) plan was amended for Mehmet's move to "
              "secondary school in September 2026. It was co-produced with Mehmet and his aunt and uncle."),
    "S": {
        "A": [
            H("What Mehmet told us"),
            P("Mehmet talked about his new school with his HLTA on 3 February 2026, using photographs of the school "
              "and a talking mat. These are the things he said and chose."),
            P("\"I like football and Fenerbahçe. I like drawing cars. I like my cousin Emre. I like Mrs Green. Big "
              "school is good because there is a football pitch. I don't like loud music. I don't like when people "
              "laugh at me.\""),
            H("What people like and admire about Mehmet"),
            P("Mehmet have a great sense of humour and loves to make people laugh. He is an very sociable boy who says "
              "hello to everyone in the playground. He he enjoys helping adults, for example giving out the books, and "
              "is proud when he is given a job. He is good at drawing and has a brilliant memory for football players "
              "and results."),
            H("My aunt and uncle's views"),
            P("Mehmet's aunt said: \"Mehmet has lived with us since he was seven and he is part of our family. He and "
              "his cousins spend there weekends playing football in the park. We want him to be happy at the big "
              "school, to make friends and to learn to read better. We want him to be as independent as possible when "
              "he is older, maybe to work in a café or in sport.\""),
            H("Hopes for the future"),
            P("Mehmet wants to play football and to draw. His aunt and uncle hope he will make friends, read better and "
              "one day work in a café or in sport."),
        ],
        "B": [
            P("Mehmet has Down syndrome. His needs are described below."),
            H("Communication and interaction"),
            P("Mehmet speaks in short sentences of three or four words in Turkish and English. His speech is not always "
              "clear to people who do not know him. He understands more than he can say but needs instructions broken "
              "into short steps with pictures. The SALT assessed him in January 2026 and found his understanding of "
              "language to be at about the level of a 5-year-old."),
            H("Cognition and learning"),
            P("Mehmet reads about 40 common words by sight and is starting to blend simple three-letter words. He can "
              "count objects to 20 and add numbers to 10 using objects. He learns best with visual support, "
              "repetition and practical activities."),
            H("Social, emotional and mental health"),
            P("Mehmet is friendly but can be over-familiar with people he does not know. He becomes upset if he thinks "
              "people are laughing at him, and may refuse to work. He needs help to understand friendships and to keep "
              "himself safe."),
            H("Sensory and/or physical"),
            P("Mehmet has low muscle tone and finds handwriting tiring. He is sensitive to loud noise."),
        ],
        "C": [
            B("Thyroid: Mehmet has an underactive thyroid gland and takes a tablet every morning at home. He needs a "
              "blood test every 6 months."),
            B("Coeliac disease: Mehmet must follow a strict gluten-free diet, including at school. Eating gluten makes "
              "him unwell with stomach pain and diarrhoea."),
        ],
        "D": [
            P("Mehmet needs help and prompting with washing, dressing and personal hygiene. He does not understand "
              "danger from traffic or from strangers and needs an adult with him at all times when he is out of the "
              "house. He would like to go to clubs and activities with other young people."),
        ],
        "E": [
            O("Communication and interaction",
              "By July 2027, Mehmet will follow a two-step instruction in class, supported by pictures, on 8 out of 10 "
              "occasions.",
              "Recorded by his TA each half term and checked by the SALT."),
            O("Cognition and learning",
              "By July 2027, Mehmet will read 100 common words by sight and read a simple book at his level with 90% "
              "accuracy.",
              "Reading assessment by the SENCO each term."),
            O("Cognition and learning",
              "By July 2027, Mehmet will add and subtract numbers to 20 using a number line, getting 8 out of 10 correct.",
              "Half-termly maths check by his maths teacher."),
            O("Social, emotional and mental health",
              "By July 2027, Mehmet will name 3 people in school he can go to if he is upset, and go to one of them "
              "instead of refusing to work, on 4 out of 5 occasions.",
              "ELSA records."),
            O("Health",
              "By July 2027, Mehmet will choose gluten-free food in the school canteen by himself, using the green-dot "
              "menu, on 9 out of 10 days.",
              "Checked by the canteen supervisor."),
        ],
        "F": [
            FI("Speech and language therapy to develop understanding of instructions and clearer speech.",
               "30 minutes fortnightly", "1:1", "SALT, Northmead Children's Speech and Language Therapy Service"),
            FI("Reading intervention (sight words and phonics).", "20 minutes daily", "A group of no more than 3",
               "HLTA"),
            FI("Maths intervention using practical equipment.", "30 minutes, 3 times a week", "A group of no more than 4",
               "HLTA"),
            FI("ELSA sessions on feelings, friendships and keeping safe.", "30 minutes weekly for 10 weeks, then review",
               "1:1", "ELSA"),
            FI("Visual timetable and task boards in every lesson.", "Every lesson", "", "TA"),
            FI("Sloping board and chunky pencil grips for writing.", "Every lesson", "", "Provided by the SENCO"),
            FI("Visits from the EP to advise staff on Mehmet's learning.", "1.5 hours once a term", "", "EP"),
        ],
        "G": [
            GI("Review of thyroid function and general health, with a blood test.", "Every 6 months",
               "Community Paediatrician, Northmead Community Children's Health Service"),
            GI("Gluten-free diet plan for school and advice to the school catering team.",
               "Reviewed once a year; written plan sent to school each September",
               "Paediatric Dietitian, Northmead Community Children's Health Service"),
            H("Health agreement"),
            P("Agreed by Dr Ruth Adeyemi, DCO, NHS Lea and Thames ICB, on 20 July 2026."),
        ],
        "H1": [
            P("Saturday club short break at Woodbury Park Youth Centre: 5 hours (10am to 3pm) every other Saturday, "
              "with 1:3 staffing, funded by the Disabled Children's Team."),
        ],
        "H2": [
            P("Mehmet will have 1:1 support from a TA for 15 hours each week in lessons to help him follow the work and "
              "stay on task."),
        ],
        "I": [
            P("Northmead Park Academy, Northmead: a mainstream academy for pupils aged 11 to 16, from September 2026."),
        ],
        "J": [
            P("No personal budget requested."),
        ],
        "K": [
            K("Mehmet's views", "Mehmet, with Mrs Green, HLTA", "3 February 2026"),
            K("Carers' views", "Mehmet's aunt and uncle", "10 February 2026"),
            K("Educational advice", "Mr Colin Burke, SENCO, Lea Vale Primary School", "27 January 2026"),
            K("Psychological advice", "Dr Kemal Aydin, EP, Northmead Educational Psychology Service", "20 January 2026"),
            K("Medical advice", "Dr Aisha Rahman, Community Paediatrician, Northmead Community Children's Health Service", "15 January 2026"),
            K("Dietetic advice", "Ms Rebecca Shaw, Paediatric Dietitian, Northmead Community Children's Health Service", "19 January 2026"),
            K("SALT advice", "Ms Leah Brenner, SALT, Northmead Children's Speech and Language Therapy Service", "22 January 2026"),
        ],
    },
})
# ==============================================================================================
# ac210 - SOUND - bold-statutory - Yusuf, 10, Year 5, 22q11.2 deletion syndrome, child in need plan
# ==============================================================================================
PLANS.append({
    "id": "ac210", "layout": "bold-statutory", "bullet": "-", "subbullet": "•", "signed": "9 November 2026",
    "front": [
        ("First name", "Yusuf"),
        ("School year", "Year 5"),
        ("Age", "10"),
        ("Home languages", "Turkish, Kurmanji (Kurdish) and English"),
        ("Education setting", "Woodbury Park Primary School"),
        ("Social care involvement", "Child in need plan, Northmead Children's Social Care (since February 2026)"),
        ("Type of plan", "Amended EHC plan following annual review"),
        ("Date of last annual review", "12 October 2026"),
        ("Date plan issued", "9 November 2026"),
        ("EHC coordinator", "Selin Arslan, SEND Officer"),
    ],
    "intro": ("About this plan: this Education, Health and Care (EHC) plan was amended after Yusuf's annual review on "
              "12 October 2026. Yusuf's parents, his social worker, his school and his health team took part, and the "
              "plan was co-produced with Yusuf's family alongside his child in need plan, so that the two plans work "
              "together. A Turkish interpreter supported the meeting."),
    "S": {
        "A": [
            H("Yusuf's views (his own words, written down by his class teacher on 28 September 2026)"),
            P("\"I am Yusuf. I am ten. I like football, I am a goalkeeper. I support Galatasaray and Arsenal. I like "
              "buses, the number 73 is my favourite. I like Mr Brown because he is funny and he helps me with my "
              "writing. I don't like PE when it is running because I get tired and my chest feels funny. I don't like "
              "it when people say 'what?' when I talk."),
            P("At home it is busy because I have five brothers and sisters. My mum is poorly and she gets tired so my "
              "big sister helps. I like going to the Wednesday club because there is football and the pool table."),
            P("When I grow up I want to be a bus driver or a football goalkeeper. I want to read the football magazine "
              "by myself.\""),
            H("What people like and admire about Yusuf"),
            B("He is friendly, funny and thoughtful; he often checks that his mum is all right."),
            B("He is a brave goalkeeper and a good team player at the Wednesday club."),
            B("He has an excellent memory for bus routes and football results."),
            B("He tries hard with his speech and will repeat himself patiently when he is not understood."),
            H("His parents' views"),
            P("Yusuf's mother and father shared their views at the review. His father said: \"Yusuf is a good boy with "
              "a big heart. He worries about his mother. We want him to read and write well in English and Turkish, to "
              "speak clearly so people understand him, and to have good friends. We hope he will have a job and his own "
              "life one day. The help from the social worker and the Wednesday club has made things easier for all "
              "of us.\""),
            H("Aspirations"),
            P("Yusuf wants to be a bus driver or a goalkeeper and to read the football magazine on his own. His parents "
              "hope he will read and write well, speak clearly, have good friends and, in time, a job and an "
              "independent life."),
        ],
        "B": [
            P("Yusuf has 22q11.2 deletion syndrome, a genetic condition in which a small piece of chromosome 22 is "
              "missing. It affects his heart, his calcium levels, his speech and his learning."),
            H("Communication and interaction"),
            P("Yusuf has a lot to say and good everyday understanding. His speech sounds nasal and some sounds are "
              "missing, so unfamiliar listeners understand about half of what he says. His sentences are short and he "
              "finds it hard to tell a story or explain an event in the right order. He is assessed by the Speech and "
              "Language Therapist as having a language delay of about two years."),
            H("Cognition and learning"),
            P("Yusuf has moderate learning difficulties. He reads simple texts at about the level expected of a "
              "7-year-old and he enjoys football reports read to him. In maths he can add and subtract within 20 and "
              "recognise all coins, but he finds money, time and multiplication difficult. He learns best through "
              "practical activities, pictures and repetition, with time to think."),
            H("Social, emotional and mental health"),
            P("Yusuf is well liked and has two good friends. He can be anxious, especially about his mother's health and "
              "about changes at school, and he sometimes goes quiet and withdrawn. He finds it hard to join games at "
              "lunchtime when the rules are unclear."),
            H("Sensory and/or physical"),
            P("Yusuf's handwriting is large and slow, and his pencil control is weak. He tires more quickly than other "
              "children in PE because of his heart condition."),
        ],
        "C": [
            P("Yusuf's health needs, as set out in the medical advice from his Community Paediatrician (14 September 2026) "
              "and the cardiology letter (20 March 2026), are:"),
            B("Heart: Yusuf was born with a heart condition (tetralogy of Fallot), which was repaired by surgery as a "
              "baby. He is well, but he tires more quickly than other children when running and needs to be able to "
              "rest. He has a heart check-up once a year."),
            B("Calcium: Yusuf's body does not keep enough calcium. He takes calcium and vitamin D every day at home. Low "
              "calcium can cause tingling fingers, muscle cramps or twitching; if this happens at school, staff must "
              "follow his individual healthcare plan. He needs a blood test every 6 months."),
            B("Speech: Yusuf's nasal speech is linked to how his palate works. This is assessed by the specialist cleft "
              "palate surgeon; speech and language therapy is in Section F."),
        ],
        "D": [
            P("Yusuf has been supported by a child in need plan since February 2026. His social worker, Ms Zeynep Kaya "
              "(Northmead Children's Social Care), gave social care advice for this plan on 3 July 2026 and attended "
              "the annual review. Her advice and the child in need plan describe these needs:"),
            B("Yusuf's mother has a long-term illness and his father works nights. There are six children in a "
              "two-bedroom flat. The family need practical support with routines, especially bedtime and getting "
              "to school on time."),
            B("Yusuf needs support to take part in activities with other children outside school, and his parents need "
              "regular breaks from caring."),
            B("Yusuf worries about his mother and needs adults to help him understand her illness."),
            P("The child in need plan and this EHC plan were agreed together: the Wednesday short break and the family "
              "support worker in Section H come from the child in need plan, and the school's Special Educational "
              "Needs Coordinator (SENCO) attends each child in need review so that school and social care work "
              "jointly. A referral to Northmead Housing for a larger home was made by the social worker in March "
              "2026."),
        ],
        "E": [
            O("Communication and interaction",
              "By July 2027, Yusuf will retell a short event or story in at least 4 sentences in the right order, with "
              "speech that an unfamiliar adult understands, on 3 occasions in the summer term.",
              "Recorded by the Speech and Language Therapist at her summer term assessment."),
            O("Cognition and learning",
              "By July 2027, Yusuf will read a football magazine article of about 150 words at his reading level with at "
              "least 90% of words correct, and answer 3 questions about it.",
              "Termly reading check by his class teacher."),
            O("Cognition and learning",
              "By July 2027, Yusuf will pay for items costing up to £2 with coins and work out his change, getting 8 out "
              "of 10 correct.",
              "Half-termly maths check by his teaching assistant, recorded in his maths book."),
            O("Physical",
              "By July 2027, Yusuf will write 3 sentences in legible joined handwriting in 10 minutes.",
              "Handwriting samples collected each half term by his class teacher."),
            O("Health",
              "By July 2027, Yusuf will take part in the whole PE lesson, using his rest card to take short breaks when he "
              "is tired, in at least 5 out of 6 lessons each half term.",
              "Recorded by his PE teacher."),
            O("Health",
              "By March 2027, Yusuf will tell an adult straight away, using his 'body signals' card, every time he has "
              "tingling fingers or cramp at school.",
              "Recorded in his individual healthcare plan log by the school office and reviewed by the school nurse."),
            O("Social, emotional and mental health",
              "By July 2027, Yusuf will join a game with other children at lunchtime on at least 3 days a week for 4 "
              "weeks in a row.",
              "Lunchtime log kept by the learning mentor."),
        ],
        "F": [
            P("The provision below must be made at Woodbury Park Primary School, unless it says otherwise."),
            H("Communication and interaction (Outcome 1)"),
            FI("Speech and language therapy: direct therapy on speech sounds and telling events in order.",
               "40 minutes every Thursday for 10 weeks in the spring term, then review", "1:1",
               "Speech and Language Therapist, Northmead Children's Speech and Language Therapy Service"),
            FI("Speech and language programme following the therapist's plan (sound practice and story sequencing).",
               "15 minutes, 4 times a week", "1:1", "Teaching assistant trained by the Speech and Language Therapist"),
            FI("Speech and language therapy review and training for Yusuf's teaching assistant.",
               "1 hour once each half term", "", "Speech and Language Therapist"),
            H("Cognition and learning (Outcomes 2 and 3)"),
            FI("Reading intervention using high-interest texts about football and transport.",
               "20 minutes daily", "A group of no more than 3", "Teaching assistant trained in the school's reading programme"),
            FI("Practical maths sessions on money and time, using real coins and a shop role-play.",
               "30 minutes, 3 times a week", "A group of no more than 4", "Teaching assistant, planned by the class teacher"),
            FI("Adult support in English and maths lessons to break tasks into steps and check understanding.",
               "10 hours a week (each English and maths lesson)", "In class, within a group of no more than 6",
               "Teaching assistant"),
            H("Physical (Outcomes 4 and 5)"),
            FI("Occupational therapy assessment and a fine motor and handwriting programme.",
               "One 1-hour assessment in November 2026, then a review visit of 45 minutes each half term", "1:1",
               "Occupational Therapist, Northmead Children's Occupational Therapy Service"),
            FI("Fine motor and handwriting programme following the occupational therapist's plan.",
               "15 minutes, 3 times a week", "1:1", "Teaching assistant"),
            FI("A 'rest card' in PE that lets Yusuf take a 2-minute break, and a PE plan agreed with his parents.",
               "Every PE lesson", "", "PE teacher, following the individual healthcare plan"),
            H("Social, emotional and mental health (Outcome 7)"),
            FI("Emotional Literacy Support Assistant (ELSA) sessions on worries, feelings and understanding his mother's "
               "illness.", "30 minutes weekly for 8 weeks, then review", "1:1",
               "ELSA, trained by Northmead Educational Psychology Service"),
            FI("Lunchtime games club teaching the rules of playground games.", "30 minutes, 3 lunchtimes a week",
               "A group of no more than 6", "Learning mentor"),
            FI("From January 2027, a morning check-in on arrival, to settle Yusuf and pass on messages from home.",
               "10 minutes every school morning", "1:1", "Learning mentor"),
        ],
        "G": [
            GI("Heart check-up (clinic review and heart scan).", "Once a year (next due March 2027)",
               "Consultant Paediatric Cardiologist, St Anselm's Children's Hospital"),
            GI("Review of Yusuf's calcium, growth and general health, with a blood test.", "Every 6 months (30 minutes)",
               "Community Paediatrician, Northmead Community Children's Health Service"),
            GI("Individual healthcare plan covering PE, rest breaks and what to do if Yusuf has signs of low calcium, and "
               "training for named school staff.",
               "Plan reviewed each September; a 1-hour training session for named staff each September",
               "School Nurse, Northmead School Nursing Service"),
            GI("Palate and speech assessment to decide whether surgery would help Yusuf's speech.",
               "One clinic appointment in January 2027, then as agreed at that appointment",
               "Consultant Cleft Surgeon, St Anselm's Children's Hospital"),
            H("Health agreement"),
            P("The health provision in Section G was reviewed and agreed by Dr Ruth Adeyemi, Designated Clinical "
              "Officer, NHS Lea and Thames Integrated Care Board, on 2 November 2026."),
        ],
        "H1": [
            P("Short breaks under section 2 of the Chronically Sick and Disabled Persons Act 1970, agreed in the child in "
              "need plan:"),
            B("After-school club for disabled children at Woodbury Park Youth Centre: every Wednesday in term time, "
              "3.30pm to 6.30pm, with 1:3 staffing."),
            B("Summer holiday play scheme: 2 days a week (10am to 3pm) for 3 weeks in August 2027, with 1:3 staffing."),
        ],
        "H2": [
            P("Other social care provision under the child in need plan (section 17 of the Children Act 1989):"),
            B("A family support worker from Northmead Early Help visits the family at home once a fortnight for 1 hour "
              "to help with bedtime and morning routines, for 6 months from November 2026, then review."),
            B("Child in need review meetings every 6 weeks, chaired by the social worker, with a Turkish interpreter; "
              "the SENCO attends."),
        ],
        "I": [
            P("Woodbury Park Primary School, Northmead: a mainstream community primary school."),
        ],
        "J": [
            P("A personal budget was discussed at the annual review on 12 October 2026. Yusuf's parents prefer the "
              "short breaks to be arranged by the Disabled Children's Team and did not ask for a direct payment."),
        ],
        "K": [
            K("Yusuf's views", "Yusuf, written down by his class teacher", "28 September 2026"),
            K("Parents' views", "Yusuf's mother and father", "12 October 2026"),
            K("Educational advice", "Mrs Ruth Palmer, SENCO, Woodbury Park Primary School", "29 September 2026"),
            K("Psychological advice", "Dr Naomi Feld, Educational Psychologist, Northmead Educational Psychology Service", "15 September 2026"),
            K("Medical advice", "Dr Aisha Rahman, Community Paediatrician, Northmead Community Children's Health Service", "14 September 2026"),
            K("Cardiology clinic letter", "Dr James Mensah, Consultant Paediatric Cardiologist, St Anselm's Children's Hospital", "20 March 2026"),
            K("Cleft clinic letter", "Ms Alison Reed, Consultant Cleft Surgeon, St Anselm's Children's Hospital", "8 July 2026"),
            K("School nursing advice", "Ms Grace Adebayo, School Nurse, Northmead School Nursing Service", "22 September 2026"),
            K("Speech and language therapy advice", "Ms Leah Brenner, Speech and Language Therapist, Northmead Children's Speech and Language Therapy Service", "21 September 2026"),
            K("Occupational therapy advice", "Mr Sam Reilly, Occupational Therapist, Northmead Children's Occupational Therapy Service", "5 October 2026"),
            K("Social care advice and child in need plan", "Ms Zeynep Kaya, Social Worker, Northmead Children's Social Care", "3 July 2026"),
        ],
    },
})
# ==============================================================================================
# ac211 - SOUND - letter-column - Emir, 13, Year 8, autism and anxiety, education otherwise than at school
# ==============================================================================================
PLANS.append({
    "id": "ac211", "layout": "letter-column", "signed": "18 February 2026",
    "front": [
        ("First name", "Emir"),
        ("School year", "Year 8"),
        ("Age", "13"),
        ("Home languages", "Turkish and English"),
        ("Education setting", "Education otherwise than at school (EOTAS) package arranged by Northmead SEND Team"),
        ("Social care involvement", "Northmead Disabled Children's Team (short breaks)"),
        ("Type of plan", "Amended EHC plan following annual review"),
        ("Date of last annual review", "15 January 2026"),
        ("Date plan issued", "18 February 2026"),
        ("EHC coordinator", "Serkan Demir, SEND Officer"),
    ],
    "intro": ("About this plan: this Education, Health and Care (EHC) plan was amended after Emir's annual review at "
              "Woodbury Park Library on 15 January 2026. Emir attended for the first half of the meeting. The plan was "
              "co-produced with Emir and his mother."),
    "S": {
        "A": [
            H("My views (Emir wrote these in an email to his SEND officer on 10 January 2026)"),
            P("\"Hi, this is what I want in my plan. I like my tutor sessions because it's quiet and I can ask "
              "questions without everyone looking at me. I'm good at maths and science and I'm really into space and "
              "rockets. I built a model of the James Webb telescope. I also like gaming and coding in Scratch and a bit "
              "of Python."),
            P("I don't want to go back to a big school. The noise and the corridors made me feel sick every day. I "
              "would maybe try a small group if I knew the people first. I get anxious about new places and talking to "
              "people I don't know, and sometimes I can't leave the house."),
            P("When I'm older I want to work at a space agency or make games. I want to do GCSEs in maths, physics and "
              "computer science. I'd like to have a friend who likes the same stuff as me.\""),
            H("What people like and admire about Emir"),
            B("He is very able in maths and science, and teaches himself from online courses."),
            B("He is honest, thoughtful and has a quick, dry sense of humour."),
            B("He is kind to his younger sisters and helps them with their homework."),
            B("He has kept going with his tuition every week, even on difficult days."),
            H("His mother's views"),
            P("Emir's mother said: \"Emir is a clever, gentle boy. At secondary school he became so anxious that he "
              "stopped eating and sleeping. Since the tuition started he is calmer and he is learning again. I want "
              "him to get his GCSEs and a good job, and to have friends. I would like him to be in a small group with "
              "other young people one day, but only when he is ready.\""),
            H("Aspirations"),
            P("Emir wants to take GCSEs in maths, physics and computer science, work at a space agency or in games "
              "design, and have a friend who shares his interests. His mother hopes he will gain his GCSEs, get a good "
              "job, make friends and, when he is ready, learn in a small group."),
        ],
        "B": [
            P("Emir is autistic and experiences severe anxiety. He left Northmead Park Academy in March 2025 after a "
              "long period of not attending, and has been educated otherwise than at school since May 2025."),
            H("Communication and interaction"),
            P("Emir speaks fluently and has an advanced vocabulary, especially about science and technology. He finds "
              "it hard to start conversations, to take part in group discussions and to read other people's body "
              "language. He prefers to communicate in writing (email or chat) when he is anxious."),
            H("Cognition and learning"),
            P("Emir is working above the expected level for his age in maths and science. His reading is good, but he "
              "finds extended writing hard to plan and start. Because he missed most of Year 7, he has gaps in English "
              "and humanities."),
            H("Social, emotional and mental health"),
            P("Emir's anxiety is high in busy, noisy places and with unfamiliar people. When anxious he shuts down, "
              "cannot speak and wants to go home. He has not spent time with other young people of his age for nearly "
              "a year, apart from online gaming."),
            H("Sensory"),
            P("Emir is sensitive to noise, bright lighting and crowds."),
        ],
        "C": [
            P("Emir has no difficulty with his physical health, but he has severe anxiety, which is being treated by "
              "Northmead Child and Adolescent Mental Health Services (CAMHS). This is described in the advice from the "
              "CAMHS clinical psychologist dated 8 December 2025. He also has difficulty getting to sleep, which the "
              "psychologist is addressing as part of his anxiety treatment."),
        ],
        "D": [
            P("The Northmead Disabled Children's Team assessed Emir's needs on 2 December 2025. The assessment found "
              "that Emir needs support to take part in activities with other young people, because his anxiety and "
              "autism mean he cannot join ordinary youth clubs, and that his mother, a single parent of three, needs a "
              "regular break from caring. The short break in Section H1 meets these needs."),
        ],
        "E": [
            O("Cognition and learning",
              "By July 2027, Emir will complete Year 9 work in maths and science and sit a mock GCSE maths paper at the "
              "higher tier, scoring at least grade 5.",
              "Mock paper marked by his maths tutor."),
            O("Cognition and learning",
              "By July 2026, Emir will plan and write a 400-word piece of writing using a planning frame, on 3 "
              "occasions in the summer term.",
              "Writing portfolio checked by his English tutor."),
            O("Communication and interaction",
              "By July 2026, Emir will take part in a small-group online science lesson, answering or asking at least 2 "
              "questions (spoken or in the chat) in 4 out of 5 lessons.",
              "Lesson records from the online teacher, shared with the EOTAS coordinator each half term."),
            O("Social, emotional and mental health",
              "By December 2026, Emir will attend a morning session at the Northmead Learning Centre in a group of no "
              "more than 4 young people, once a week for 6 weeks in a row.",
              "Attendance register kept by the Learning Centre and reported to the EOTAS coordinator."),
            O("Health",
              "By October 2026, Emir will use two of the strategies from his anxiety plan to leave the house for his "
              "tuition on at least 9 out of 10 sessions.",
              "Attendance record kept by his tutors, and Emir's own rating scale reviewed with the CAMHS psychologist."),
            O("Friends and community",
              "By July 2026, Emir will go to the Saturday coding club on at least 8 of the sessions in the summer term.",
              "Attendance record kept by the club leader."),
        ],
        "F": [
            P("Emir's special educational provision is made otherwise than at a school (see Section I). It is arranged "
              "by the Northmead SEND Team and coordinated by the EOTAS Coordinator."),
            FI("Tuition in maths and science, following a Key Stage 3 programme leading towards GCSE.",
               "Two sessions of 90 minutes each week (Monday and Wednesday mornings), 38 weeks a year", "1:1",
               "Qualified teacher of maths and science, employed by the Northmead Tuition Service"),
            FI("Tuition in English and humanities, including planning and writing extended pieces.",
               "Two sessions of 90 minutes each week (Tuesday and Thursday mornings), 38 weeks a year", "1:1",
               "Qualified teacher of English, employed by the Northmead Tuition Service"),
            FI("Live online science lessons with other young people, camera optional.",
               "1 hour, 3 times a week, 38 weeks a year", "A group of no more than 6",
               "Qualified science teacher, Lea Valley Online Learning (online school approved by the local authority)"),
            FI("From April 2026, a small-group morning at the Northmead Learning Centre, starting with a visit when the "
               "centre is empty and building towards a full session.",
               "One morning a week (2.5 hours), then review after 6 weeks", "A group of no more than 4",
               "Learning Centre teacher (qualified teacher) and a learning mentor"),
            FI("Speech and language therapy on conversation skills and joining group discussions.",
               "45 minutes every other Tuesday afternoon for 12 sessions, then review", "1:1",
               "Speech and Language Therapist, Northmead Children's Speech and Language Therapy Service"),
            FI("Educational psychology consultation with Emir's tutors and mother to review his learning and anxiety "
               "strategies.", "1 hour once a term", "",
               "Educational Psychologist, Northmead Educational Psychology Service"),
            FI("A laptop with coding software, a headset and a writing-planning app.", "Every session", "",
               "Provided by the local authority; set up and maintained by the Northmead Tuition Service IT technician"),
            FI("EOTAS coordination: planning, checking the quality of the package and meeting Emir and his mother.",
               "1 hour each half term", "", "EOTAS Coordinator, Northmead SEND Team"),
        ],
        "G": [
            GI("Cognitive behavioural therapy (CBT) for anxiety, adapted for autistic young people, including a sleep "
               "plan.",
               "12 sessions of 50 minutes, fortnightly from February 2026 (at home or online), then review",
               "Clinical Psychologist, Northmead CAMHS"),
            GI("Parent sessions for Emir's mother on supporting his anxiety.", "3 sessions of 1 hour, one each half term",
               "Clinical Psychologist, Northmead CAMHS"),
            H("Health agreement"),
            P("The health provision in Section G was reviewed and agreed by Dr Ruth Adeyemi, Designated Clinical "
              "Officer, NHS Lea and Thames Integrated Care Board, on 11 February 2026."),
        ],
        "H1": [
            P("Short break: a place at the Saturday coding club for autistic young people at Woodbury Park Youth Centre, "
              "10am to 2pm every other Saturday, with staffing of 1:4, funded by the Northmead Disabled Children's "
              "Team following their assessment on 2 December 2025."),
        ],
        "H2": [
            P("None. The Disabled Children's Team assessment on 2 December 2025 found no other social care provision "
              "is needed."),
        ],
        "I": [
            P("No school or other institution is named. Under section 61 of the Children and Families Act 2014, the "
              "local authority has decided that it would be inappropriate for the special educational provision in "
              "Section F to be made in a school or post-16 institution, because of the severity of Emir's anxiety set "
              "out in the psychological and health advice. The provision will be made otherwise than at a school, "
              "as set out in Section F."),
        ],
        "J": [
            P("Emir's mother was offered a personal budget at the annual review. She chose for the local authority to "
              "arrange the provision directly."),
        ],
        "K": [
            K("Emir's views (email)", "Emir", "10 January 2026"),
            K("Parent's views", "Emir's mother", "15 January 2026"),
            K("Educational advice", "Ms Claire Ford, Maths and Science Tutor, Northmead Tuition Service", "5 January 2026"),
            K("Educational advice (EOTAS review)", "Mr Ian Shaw, EOTAS Coordinator, Northmead SEND Team", "9 January 2026"),
            K("Psychological advice", "Dr Kemal Aydin, Educational Psychologist, Northmead Educational Psychology Service", "17 December 2025"),
            K("Medical advice", "Dr Mark Evans, General Practitioner, Woodbury Park Medical Centre", "20 November 2025"),
            K("Health advice (mental health)", "Dr Leyla Aksoy, Clinical Psychologist, Northmead CAMHS", "8 December 2025"),
            K("Speech and language therapy advice", "Ms Rachel Bloom, Speech and Language Therapist, Northmead Children's Speech and Language Therapy Service", "18 November 2025"),
            K("Social care advice", "Ms Tamar Fischer, Social Worker, Northmead Disabled Children's Team", "2 December 2025"),
        ],
    },
})
# ==============================================================================================
# ac212 - FAILURE - shaded-heading-table - Hasan, 17, Year 12, autism, anxiety and low mood
# ==============================================================================================
PLANS.append({
    "id": "ac212", "layout": "shaded-heading-table", "signed": "15 October 2026",
    "front": [
        ("First name", "Hasan"),
        ("School year", "Year 12"),
        ("Age", "17"),
        ("Home languages", "Kurmanji (Kurdish), Turkish and English"),
        ("Education setting", "Northmead Sixth Form College"),
        ("Social care involvement", "None"),
        ("Type of plan", "Amended EHC plan following annual review"),
        ("Date of last annual review", "17 September 2026"),
        ("Date plan issued", "15 October 2026"),
        ("EHC coordinator", "Serkan Demir, SEND Officer (Post-16)"),
    ],
    "intro": ("About this plan: this Education, Health and Care (EHC) plan was amended after Hasan's annual review at "
              "Northmead Sixth Form College on 17 September 2026. It was co-produced with Hasan and his parents, with a "
              "Kurmanji interpreter for his father."),
    "S": {
        "A": [
            H("My views"),
            P("Hasan filled in his 'My Review' form with his tutor on 10 September 2026 and spoke at his review. These "
              "are his words."),
            P("\"I'm Hasan, I'm 17. College is better than school because people leave you alone. I'm doing English and "
              "maths again and an employability course. What I really like is cars. I help my uncle in his garage on "
              "Sundays: I can change oil, change a tyre and do brake pads with him watching. I want to be a mechanic and "
              "one day have my own garage. I also play football for Woodbury Rangers under-18s, I'm a defender."),
            P("I find reading hard and I hate reading out loud. When I get stressed my chest goes tight and I have to "
              "get out of the room. Last year I felt really down for a long time and I didn't want to do anything. "
              "CAMHS helped. I want to learn to drive when I'm 18.\""),
            H("What people like and admire about Hasan"),
            B("He is practical, patient and very good with his hands; his uncle says he is a natural mechanic."),
            B("He is a committed team player and has not missed a football training session this year."),
            B("He is respectful and well liked by staff and other students."),
            H("His parents' views"),
            P("Hasan's father said: \"Hasan is a good son. He is happiest in the garage with my brother. We want him to "
              "get a qualification and a good job, maybe with cars, and to be healthy and not so sad like last year. We "
              "want him to go about on his own and be independent.\""),
            H("Aspirations"),
            P("Hasan wants to become a motor mechanic and one day run his own garage, to keep playing football for his "
              "team and to learn to drive. His parents hope he will get a qualification and a job, ideally working with "
              "cars, stay well and become independent."),
        ],
        "B": [
            P("Hasan is autistic and has anxiety and periods of low mood. He also has difficulties with reading."),
            H("Communication and interaction"),
            P("Hasan is a quiet young man who speaks clearly but briefly. He finds group work, speaking in front of "
              "others and unexpected questions very difficult. He prefers practical demonstrations to long spoken "
              "explanations."),
            H("Cognition and learning"),
            P("Hasan's reading is well below the level expected for his age: his reading age was 10 years 6 months when "
              "tested in June 2026. He decodes slowly and loses the meaning of longer texts. His maths is stronger; he "
              "achieved grade 3 in GCSE maths in August 2026 and is resitting it. He learns best through hands-on tasks."),
            H("Social, emotional and mental health"),
            P("Hasan becomes anxious when he has to read aloud, in crowded places and when routines change. When "
              "anxious he feels his chest tighten and leaves the room. He had a long period of low mood in 2025 and was "
              "seen by CAMHS; his mood is now better but he still has low days."),
            H("Independence"),
            P("Hasan does not yet travel on his own on public transport; his father drives him to college."),
        ],
        "C": [
            P("Hasan has anxiety and low mood. He was seen by Northmead Child and Adolescent Mental Health Services "
              "(CAMHS) from March 2025 and takes medication for anxiety and low mood, prescribed by the CAMHS "
              "psychiatrist. He needs ongoing mental health support and reviews of his medication. He has no other "
              "health needs, according to the medical advice from his GP dated 28 August 2026."),
        ],
        "D": [
            P("A social worker from the Northmead Disabled Children's Team completed a social care assessment with Hasan "
              "and his parents on 3 September 2026. Hasan has no social care needs that require provision. The social "
              "worker gave information about the local offer for young people, including the Northmead youth "
              "mentoring scheme and the transition service for young adults, and the family will contact the team if "
              "they need support."),
        ],
        "E": [
            O("Social, emotional and mental health",
              "Hasan will be given weekly mentoring to help with his anxiety.",
              "Mentor's records."),
            O("Cognition and learning",
              "Hasan will receive support from the learning support team in his lessons.",
              "Tutor's report."),
            O("Cognition and learning",
              "Hasan will improve his reading.",
              "Reading test."),
            O("Health",
              "By April 2027, when he feels anxious in a lesson, Hasan will use one of his three calming strategies and "
              "return to the lesson within 10 minutes on 4 out of 5 occasions.",
              "Record kept by his learning mentor and reviewed each half term."),
            O("Independent living",
              "By March 2027, Hasan will travel by bus from home to college on his own on 5 days a week for 4 weeks in a "
              "row.",
              "Travel log signed by the travel trainer and then by his personal tutor."),
            O("Employment",
              "By June 2027, Hasan will complete a one-week work experience placement in the college reception office "
              "and receive a positive report from his supervisor.",
              "Supervisor's report, checked by the careers adviser."),
        ],
        "F": [
            P("The provision below must be made by Northmead Sixth Form College, unless it says otherwise."),
            FI("GCSE English and maths resit classes.", "3 hours a week for each subject, 36 weeks",
               "A group of no more than 12", "Qualified teachers of English and maths"),
            FI("Reading support.", "", "Small group", ""),
            FI("Regular mentoring sessions to talk about worries and practise calming strategies.", "", "1:1",
               "Learning mentor"),
            FI("In-class support from a learning support assistant, where possible.", "Up to 5 hours a week", "1:1",
               "Learning support assistant"),
            FI("Access to a quiet room at break times as needed.", "", "", "Learning support team"),
            FI("Independent travel training on the bus route from home to college.",
               "Each college day (5 journeys a week) for 6 weeks from November 2026, then review", "1:1",
               "Travel trainer, Northmead Travel Training Service"),
            FI("Exam access arrangements: 25% extra time and a separate room for all tests and examinations.",
               "All tests and examinations", "", "Arranged by the college exams officer"),
            FI("Careers guidance and a one-week work experience placement in the college reception office.",
               "Two 45-minute careers meetings in the autumn term; placement for one week in June 2027", "1:1",
               "Careers Adviser, Northmead Careers Service, with the college work experience coordinator"),
        ],
        "G": [
            P("CAMHS will continue to support Hasan as needed."),
            H("Health agreement"),
            P("The health provision in Section G was reviewed and agreed by Dr Ruth Adeyemi, Designated Clinical "
              "Officer, NHS Lea and Thames Integrated Care Board, on 8 October 2026."),
        ],
        "H1": [
            P("None. Hasan has no social care needs requiring provision (social care assessment, 3 September 2026); "
              "the local offer was discussed with the family (see Section D)."),
        ],
        "H2": [
            P("None, following the social care assessment on 3 September 2026."),
        ],
        "I": [
            P("Northmead Sixth Form College, Northmead: a sixth form college. Programme: Level 1 Study Programme "
              "(English, maths and employability), September 2026 to July 2027."),
        ],
        "J": [
            P("Hasan and his parents did not request a personal budget."),
        ],
        "K": [
            K("Hasan's views", "Hasan, with his personal tutor", "10 September 2026"),
            K("Parents' views", "Hasan's mother and father", "17 September 2026"),
            K("Educational advice", "Ms Joanne Reeves, Head of Learning Support, Northmead Sixth Form College", "8 September 2026"),
            K("Psychological advice", "Ms Sarah Whitlock, Educational Psychologist, Northmead Educational Psychology Service", "1 July 2026"),
            K("Medical advice", "Dr Mark Evans, General Practitioner (GP), Woodbury Park Medical Centre", "28 August 2026"),
            K("Preparing for adulthood advice", "Ms Anita Brown, Careers Adviser, Northmead Careers Service", "2 September 2026"),
            K("Social care advice", "Mr Daniel Okoro, Social Worker, Northmead Disabled Children's Team", "3 September 2026"),
        ],
    },
})


# ----------------------------------------------------------------------------------------------
def extract_text(path):
    """All text of a .docx in body order (paragraphs and table cells, merged cells once)."""
    doc = Document(path)
    out = []
    for el in doc.element.body.iter():
        if el.tag == qn("w:p"):
            t = "".join(x.text or "" for x in el.iter(qn("w:t")))
            if t.strip():
                out.append(t)
    return out


def main():
    os.makedirs(PLANS_DIR, exist_ok=True)
    for plan in PLANS:
        doc = RENDERERS[plan["layout"]](plan)
        doc.core_properties.title = "Education, Health and Care Plan"
        doc.core_properties.author = COUNCIL
        doc.save(os.path.join(PLANS_DIR, plan["id"] + ".docx"))
        print("wrote", plan["id"], plan["layout"])


if __name__ == "__main__":
    main()
