#!/usr/bin/env python3
"""Generator for blind test set AH1 (Wealdshire County Council, fictional).

Twelve fictional, anonymised EHC plans in three layouts:
  national-template  (ah101, ah104, ah108, ah111)
  heading2-numbered  (ah102, ah105, ah107, ah110)
  letter-column      (ah103, ah106, ah109, ah112)
Plan text is Python data below; one renderer per layout.
Run: /work/blind/.venv-AH1/bin/python generate.py
"""
import copy
import os
import re

import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "plans")
TEMPLATE = "/work/shared/reference/national-ehcp-template.docx"
COUNCIL = "Wealdshire County Council"

SECTION_TITLES = {
    "A": "Section A: The views, interests and aspirations of {name} and {poss} family",
    "A_YP": "Section A: The views, interests and aspirations of {name}",
    "B": "Section B: Special educational needs",
    "C": "Section C: Health needs which relate to {name}'s special educational needs",
    "D": "Section D: Social care needs which relate to {name}'s special educational needs or disability",
    "E": "Section E: Outcomes",
    "F": "Section F: Special educational provision",
    "G": "Section G: Health provision",
    "H1": "Section H1: Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970",
    "H2": "Section H2: Other social care provision",
    "I": "Section I: Placement",
    "J": "Section J: Personal budget",
    "K": "Section K: Advice and information gathered during the assessment",
}
ORDER = ["A", "B", "C", "D", "E", "F", "G", "H1", "H2", "I", "J", "K"]


def add_runs(par, text):
    """Very small markup: **bold** segments."""
    parts = re.split(r"(\*\*[^*]+\*\*)", text)
    for part in parts:
        if not part:
            continue
        if part.startswith("**") and part.endswith("**"):
            r = par.add_run(part[2:-2])
            r.bold = True
        else:
            par.add_run(part)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def front_table(doc, front):
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for label, value in front:
        row = t.add_row()
        row.cells[0].text = ""
        add_runs(row.cells[0].paragraphs[0], "**" + label + "**")
        row.cells[1].text = value
        shade(row.cells[0], "EDEDED")
    return t


def section_title(plan, key):
    if key == "A" and plan.get("young_person"):
        key2 = "A_YP"
    else:
        key2 = key
    return SECTION_TITLES[key2].format(name=plan["name"], poss=plan["poss"])


# ---------------------------------------------------------------- heading2-numbered
def render_heading2(plan, path):
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    doc.add_paragraph(COUNCIL, style="Title")
    doc.add_paragraph("Education, Health and Care (EHC) Plan", style="Subtitle")
    front_table(doc, plan["front"])
    doc.add_paragraph("")
    for key in ORDER:
        doc.add_paragraph(section_title(plan, key), style="Heading 2")
        for blk in plan["sections"][key]:
            kind = blk[0]
            if kind == "h":
                doc.add_paragraph(blk[1], style="Heading 3")
            elif kind == "p":
                add_runs(doc.add_paragraph(), blk[1])
            elif kind == "b":
                for item in blk[1]:
                    add_runs(doc.add_paragraph(style="List Bullet"), item)
            elif kind == "n":
                for item in blk[1]:
                    add_runs(doc.add_paragraph(style="List Number"), item)
    doc.save(path)


# ---------------------------------------------------------------- letter-column
def render_letter_column(plan, path):
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    p = doc.add_paragraph()
    r = p.add_run(COUNCIL + " – Education, Health and Care (EHC) Plan")
    r.bold = True
    r.font.size = Pt(16)
    front_table(doc, plan["front"])
    doc.add_paragraph("")
    big = doc.add_table(rows=0, cols=2)
    big.style = "Table Grid"
    big.alignment = WD_TABLE_ALIGNMENT.CENTER
    for key in ORDER:
        rows = []
        row = big.add_row()
        rows.append(row)
        row.cells[1].text = ""
        add_runs(row.cells[1].paragraphs[0], "**" + section_title(plan, key) + "**")
        for blk in plan["sections"][key]:
            row = big.add_row()
            rows.append(row)
            cell = row.cells[1]
            kind = blk[0]
            if kind == "h":
                cell.text = ""
                r = cell.paragraphs[0].add_run(blk[1])
                r.bold = True
                r.italic = True
            elif kind == "p":
                cell.text = ""
                add_runs(cell.paragraphs[0], blk[1])
            elif kind in ("b", "n"):
                cell.text = ""
                first = True
                for i, item in enumerate(blk[1]):
                    par = cell.paragraphs[0] if first else cell.add_paragraph()
                    first = False
                    prefix = "• " if kind == "b" else "%d. " % (i + 1)
                    add_runs(par, prefix + item)
        top = rows[0].cells[0]
        if len(rows) > 1:
            top = top.merge(rows[-1].cells[0])
        top.text = ""
        lr = top.paragraphs[0].add_run(key)
        lr.bold = True
        lr.font.size = Pt(18)
        shade(top, "C6D9F1")
    for row in big.rows:
        row.cells[0].width = Cm(1.8)
        row.cells[1].width = Cm(15.2)
    doc.save(path)


# ---------------------------------------------------------------- national-template
def set_cell(cell, text):
    paras = cell.paragraphs
    for par in paras[1:]:
        par._p.getparent().remove(par._p)
    first = paras[0]
    for child in list(first._p):
        if child.tag != qn("w:pPr"):
            first._p.remove(child)
    lines = text.split("\n")
    add_runs(first, lines[0])
    for line in lines[1:]:
        par = cell.add_paragraph(style=first.style)
        add_runs(par, line)


def del_row(row):
    tr = row._tr
    tr.getparent().remove(tr)


def del_table(table):
    tbl = table._tbl
    tbl.getparent().remove(tbl)


def insert_par_after(par, text, style=None):
    new_p = OxmlElement("w:p")
    par._p.addnext(new_p)
    from docx.text.paragraph import Paragraph
    np_ = Paragraph(new_p, par._parent)
    if style:
        np_.style = style
    add_runs(np_, text)
    return np_


def render_national(plan, path):
    doc = docx.Document(TEMPLATE)
    T = list(doc.tables)
    tpers, tserv, ta1, ta2, tci, tcl, tsemh, tsp, thealth, tsocial, tplace, tdp, tk, tsign = T
    # title and plan details
    for par in doc.paragraphs:
        if par.style.name == "Heading 1":
            set_para = par
            for child in list(par._p):
                if child.tag != qn("w:pPr"):
                    par._p.remove(child)
            par.add_run(COUNCIL + " – Education, Health and Care (EHC) Plan")
            last = par
            for label, value in plan["front"]:
                last = insert_par_after(last, "**" + label + ":** " + value, style="Normal")
            break
    pd = plan["personal"]
    set_cell(tpers.rows[1].cells[1], pd["name"])
    set_cell(tpers.rows[1].cells[3], pd["preferred"])
    set_cell(tpers.rows[2].cells[1], pd["dob"])
    set_cell(tpers.rows[3].cells[1], pd["sex"])
    set_cell(tpers.rows[3].cells[3], pd["ethnicity"])
    set_cell(tpers.rows[4].cells[1], pd["lang"])
    set_cell(tpers.rows[4].cells[3], pd["parent_lang"])
    set_cell(tpers.rows[6].cells[1], pd["contact1"])
    set_cell(tpers.rows[6].cells[3], pd["rel1"])
    for r, c in ((7, 1), (7, 3), (8, 1)):
        set_cell(tpers.rows[r].cells[c], "Withheld (anonymised copy)")
    if pd.get("contact2"):
        set_cell(tpers.rows[9].cells[1], pd["contact2"])
        set_cell(tpers.rows[9].cells[3], pd["rel2"])
        for r, c in ((10, 1), (10, 3)):
            set_cell(tpers.rows[r].cells[c], "Withheld (anonymised copy)")
        set_cell(tpers.rows[11].cells[1], "Same as parent or carer 1")
    else:
        for r in (11, 10, 9):
            del_row(tpers.rows[r])
    sv = plan["services"]
    for i, key in enumerate(["setting", "gp", "nhs", "social", "others", "lac_now", "lac_past", "opp", "moving"], start=1):
        set_cell(tserv.rows[i].cells[1], sv[key])
    set_cell(ta1.rows[1].cells[1], plan["history"])
    set_cell(ta2.rows[3].cells[0], plan["views"])
    set_cell(ta2.rows[5].cells[0], plan["interests"])
    set_cell(ta2.rows[7].cells[0], plan["strengths"])
    set_cell(ta2.rows[9].cells[0], plan["aspirations"])
    for key, table in (("ci", tci), ("cl", tcl), ("semh", tsemh), ("sp", tsp)):
        area = plan["areas"].get(key)
        if area is None:
            del_table(table)
            continue
        set_cell(table.rows[2].cells[0], area["strengths"])
        rows = list(table.rows)
        for i, trip in enumerate(area["rows"]):
            for j in range(3):
                set_cell(rows[4 + i].cells[j], trip[j])
        for row in rows[4 + len(area["rows"]):]:
            del_row(row)
    h = plan["health"]
    set_cell(thealth.rows[1].cells[0], h["strengths"])
    rows = list(thealth.rows)
    for i, trip in enumerate(h["rows"]):
        for j in range(3):
            set_cell(rows[3 + i].cells[j], trip[j])
    for row in rows[3 + len(h["rows"]):]:
        del_row(row)
    if h.get("agreement"):
        # paragraph straight after the C/G table
        nxt = thealth._tbl.getnext()
        from docx.text.paragraph import Paragraph
        par = Paragraph(nxt, thealth._parent)
        add_runs(par, h["agreement"])
    s = plan["social"]
    set_cell(tsocial.rows[1].cells[0], s["strengths"])
    rows = list(tsocial.rows)
    for i, quad in enumerate(s["rows"]):
        for j in range(4):
            set_cell(rows[3 + i].cells[j], quad[j])
    for row in rows[3 + len(s["rows"]):]:
        del_row(row)
    set_cell(tplace.rows[0].cells[1], plan["placement"][0])
    set_cell(tplace.rows[1].cells[1], plan["placement"][1])
    set_cell(tdp.rows[0].cells[1], plan["dp"][0])
    set_cell(tdp.rows[1].cells[1], plan["dp"][1])
    # Section K: rows 1-3 blank labels, 4 medical, 5 EP, 6 social care, 7 other, 8 PfA, 9 parent-requested
    k = plan["k"]
    krows = list(tk.rows)
    slots = {"blank": krows[1:4], "medical": [krows[4]], "ep": [krows[5]], "social": [krows[6]],
             "other": [krows[7]], "pfa": [krows[8]], "requested": [krows[9]]}
    for slot, items in k.items():
        if not items:
            continue
        base = slots[slot]
        # make enough rows by copying the last row of the slot
        while len(base) < len(items):
            new_tr = copy.deepcopy(base[-1]._tr)
            base[-1]._tr.addnext(new_tr)
            from docx.table import _Row
            base.append(_Row(new_tr, tk))
        for row, item in zip(base, items):
            label, date, who, app = item
            if slot != "blank":
                template_label = row.cells[0].text.strip()
                label = template_label + "\n" + label if label else template_label
            set_cell(row.cells[0], label)
            set_cell(row.cells[1], date)
            set_cell(row.cells[2], who)
            set_cell(row.cells[3], app)
        if slot == "blank":
            for row in base[len(items):]:
                del_row(row)
    so = plan["signoff"]
    set_cell(tsign.rows[1].cells[0], so[0])
    set_cell(tsign.rows[1].cells[1], so[1])
    set_cell(tsign.rows[1].cells[2], so[2])
    doc.save(path)


RENDER = {"heading2-numbered": render_heading2, "letter-column": render_letter_column,
          "national-template": render_national}
PLANS = []

def H(t): return ("h", t)
def P(t): return ("p", t)
def B(*items): return ("b", list(items))
def N(*items): return ("n", list(items))


# ===================================================================== ah101 (SOUND)
PLANS.append({
    "id": "ah101", "layout": "national-template", "name": "Noah", "poss": "his",
    "front": [
        ("Plan status", "Final EHC plan (first plan)"),
        ("Date this plan was issued", "12 October 2026"),
        ("Last annual review", "Not applicable – this is Noah's first EHC plan. Because Noah is under five, his plan will be reviewed within 6 months, by April 2027"),
        ("Education phase", "Early years – pre-school (Early Years Foundation Stage, EYFS); Noah is due to start Reception in September 2027"),
        ("Age when this plan was issued", "3 years 8 months"),
    ],
    "personal": {"name": "Noah", "preferred": "Noah", "dob": "Withheld (anonymised copy) – Noah was 3 years 8 months old when this plan was issued",
                 "sex": "Male", "ethnicity": "White British",
                 "lang": "English. Noah also uses objects of reference, on-body signs and Makaton signs",
                 "parent_lang": "English", "contact1": "Noah's mother (name withheld)", "rel1": "Mother",
                 "contact2": "Noah's father (name withheld)", "rel2": "Father"},
    "services": {"setting": "Little Acorns Pre-School, Hartfield (a private, voluntary and independent early years setting)",
                 "gp": "Hartfield Medical Practice. Key health professional: Dr Helen Marsh, Consultant Community Paediatrician",
                 "nhs": "Withheld (anonymised copy)",
                 "social": "Yes – Children with Disabilities Team (assessment completed July 2026; short breaks only, no allocated social worker)",
                 "others": "Wealdshire Sensory Support Service; Children's Speech and Language Therapy; Children's Physiotherapy; Paediatric Audiology; Paediatric Ophthalmology; Portage home-visiting service",
                 "lac_now": "No", "lac_past": "No", "opp": "Yes – appended", "moving": "No"},
    "history": (
        "Noah lives with his mum, dad and his older sister, Ellie, who is 6, in a village near Hartfield. Noah was born at 36 weeks and was diagnosed soon after birth with CHARGE syndrome, a genetic condition which, for Noah, affects his hearing, his sight and his balance. He has a moderate to severe hearing loss in both ears and wears bone-conduction hearing aids on a soft headband. He has a coloboma (a gap in part of the eye that formed before birth) in both eyes, which means he sees less than other children, especially when looking down and in bright light. Because both his hearing and his sight are affected, Noah has what is called multi-sensory impairment (MSI).\n"
        "Noah was supported at home by the Portage home-visiting service from the age of 10 months. He started at Little Acorns Pre-School in January 2026 and attends for 15 hours a week across three mornings (Monday, Tuesday and Thursday). His key person and his intervenor (a teaching assistant trained to work with children who have multi-sensory impairment) know him well, and his family describe the pre-school as 'a second home'.\n"
        "**How Noah communicates**\n"
        "Noah uses a mixture of sounds, body movement, objects of reference (real objects that stand for an activity, such as a small cup for snack time), on-body signs (signs made on his hands or shoulder) and about 15 Makaton signs. He understands familiar routines and a few single words when they are said close to him with his hearing aids working. He lets people know he is unhappy by turning his head away and pushing things off the table, and he shows he is happy by rocking, smiling and reaching for the adult's hands."),
    "views": (
        "**How we found out what Noah thinks**\n"
        "Noah is too young to tell us his views in words. His key person, his intervenor and his mum watched him closely over four sessions at pre-school and at home in June 2026, and noted what he chose, what he went back to and what made him smile or turn away. The Qualified Teacher of Multi-Sensory Impairment also observed him during a play session. This is what they saw:\n"
        "• Noah loves the water tray and the vibrating cushion. He pulls an adult's hand towards them to ask for more.\n"
        "• He smiles and rocks when his mum sings 'Row, Row, Row Your Boat' with him on her knee.\n"
        "• He turns away and covers his eyes when the room is bright and noisy, for example at tidy-up time.\n"
        "• He holds his cup object of reference before snack and goes to the snack table on his own when he is given it.\n"
        "**What Noah's parents say**\n"
        "'Noah is a happy, determined little boy and he makes us laugh every day. We want people to take the time to get to know him, because once you understand how he communicates he has a lot to say. Our biggest worry is him starting school. We want him to be somewhere everyone understands his hearing and his sight, not just one person. We would like him to be able to tell us what he wants, whether that is by signing, using objects or, one day, using words. We would also love him to be able to walk further on his own, as at the moment he gets tired and wobbly and wants to be carried.' (Noah's mum and dad, parental advice, 3 June 2026)"),
    "interests": "Water play, sand and anything he can squeeze; lights and shiny toys in a dim room; bouncing on the trampoline at home with Dad; songs with actions; being pushed on the swing at the park; spending time with his sister, Ellie.",
    "strengths": (
        "• Noah is sociable and seeks out familiar adults for games of peek-a-boo and tickles.\n"
        "• He is persistent: he will keep trying to open a box or a container until he manages it.\n"
        "• He uses the sight he has well, and follows a light-up ball across a table.\n"
        "• He has learnt about 15 Makaton signs in the last six months, including 'more', 'finished', 'drink' and 'Mummy'.\n"
        "• He is beginning to take steps with one hand held and can stand on his own for a few seconds."),
    "aspirations": (
        "**Noah's parents' hopes for the future:** that Noah will be able to tell people what he wants and needs; that he will have friends at school; that he will be as independent as he can be, including walking on his own; and that he will start Reception in September 2027 in a school where the staff understand multi-sensory impairment. They would like him to have access to the same family days out as his sister, such as the farm park and the beach.\n"
        "**Hopes for Noah from the people who know him at pre-school:** that he will join in with small-group play alongside other children and enjoy it."),
    "areas": {
        "ci": {"strengths": "Noah makes lots of eye contact with adults he knows and enjoys turn-taking games. He copies simple signs and remembers them.",
               "rows": [
                   ("Noah does not yet have a reliable way to make choices or ask for things. He relies on adults noticing his body language, and he becomes frustrated when he is not understood.",
                    "**Total communication approach:** every adult working with Noah will use his objects of reference, on-body signs and Makaton signs alongside short spoken phrases (no more than three key words) throughout every session.\n"
                    "**Choice-making:** 1:1 with his intervenor, twice each morning Noah attends (10 minutes at snack and 10 minutes at free play), Noah will be offered a choice between two objects, following the programme written by his speech and language therapist (SLT).\n"
                    "**Speech and language therapy:** a speech and language therapist from the Wealdshire Children's Speech and Language Therapy Service will see Noah on his own at pre-school for 45 minutes every other Tuesday in term time, show his intervenor and key person how to carry out the programme, and update the programme each half term.",
                    "By April 2027, Noah will use an object, a sign or a picture to choose between two things at snack and at play on at least 4 out of 5 occasions, as recorded by his key person on his weekly choice-making chart."),
                   ("Noah understands only familiar words in familiar routines (for example 'shoes on' and 'snack'), and only when he is close to the person speaking and his hearing aids are working.",
                    "**How adults speak to Noah:** the adult will be within 1 metre of Noah, at his eye level and on his left side (his better-seeing side), and will touch his shoulder with his name sign before speaking to him, every time.\n"
                    "**Staff training:** the Qualified Teacher of Multi-Sensory Impairment (QTMSI) from the Wealdshire Sensory Support Service will deliver a 2-hour training session on multi-sensory impairment and Noah's communication to all pre-school staff in the autumn term 2026, and a 1-hour refresher in the summer term 2027 before Noah moves to school.",
                    "By July 2027, Noah will respond to 10 familiar spoken words paired with a sign (for example 'coat', 'outside' and 'finished') by going to the right place or doing the right thing, on 3 separate days, checked by his intervenor and recorded in his learning journal."),
               ]},
        "cl": {"strengths": "Noah is curious and explores objects with his hands and mouth. He remembers where his favourite toys are kept and goes to find them.",
               "rows": [
                   ("Noah is working within the 8 to 20 months band in most areas of the Early Years Foundation Stage. Because he sees and hears less than other children, he learns through touch and real objects, and he needs more time to explore and make sense of new things.",
                    "**Intervenor support:** Noah will have 1:1 support from an intervenor for all 15 hours he attends each week. The intervenor will be a teaching assistant who has completed, or will complete by 18 December 2026, the Wealdshire Sensory Support Service 'Intervenor Foundation' course (4 days).\n"
                    "**Learning through touch:** a planned exploration activity (for example a treasure basket of real objects) for 15 minutes each morning Noah attends, 1:1 with his intervenor, following targets set by the QTMSI.\n"
                    "**Specialist teacher visits:** the QTMSI will visit the pre-school once every half term for 2 hours to observe Noah, set and review his targets and advise staff, and will send a short written report to the pre-school and to Noah's parents after each visit.",
                    "By July 2027, Noah will explore a new object with his hands for at least 2 minutes before putting it down, and will find a toy hidden under a cloth in front of him, on 3 occasions in a week, as recorded by the QTMSI at her half-termly visit."),
               ]},
        "semh": {"strengths": "Noah is affectionate and calms quickly with a familiar adult. He enjoys being near his sister and her friends at home.",
                 "rows": [
                     ("Noah finds busy, noisy and bright spaces overwhelming. At these times he covers his eyes, cries and sometimes bangs his head on the floor. He does not yet play alongside other children.",
                      "**Quiet corner:** the pre-school manager will set up a dimmed quiet corner with a floor cushion and a vibrating cushion by 1 November 2026. His intervenor will take Noah there before tidy-up time each session (about 10 minutes) and whenever he shows the signs of distress listed in his one-page profile.\n"
                      "**Small-group play:** Noah will join a group of no more than 3 children for a 10-minute sensory play activity (water, sand or music) three times per week, led by his key person with his intervenor beside him.",
                      "By April 2027, Noah will stay in a small-group play activity with two other children for 10 minutes without needing to leave, on 3 out of 4 occasions, recorded on his key person's observation sheet."),
                 ]},
        "sp": {"strengths": "Noah uses his sight well in dimmer light and loves light-up toys. He is starting to take steps with one hand held.",
               "rows": [
                   ("Noah has a moderate to severe hearing loss in both ears. He pulls his hearing aids off when he is tired, and he cannot hear speech across a room or when there is background noise.",
                    "**Hearing aid checks:** his intervenor will check Noah's hearing aids at the start of each session and after outdoor play, using the listening check taught by the QTMSI, and will record this on the daily checklist.\n"
                    "**Radio aid:** a radio aid (a small microphone worn by the adult that sends their voice straight to Noah's hearing aids), provided and maintained by the Wealdshire Sensory Support Service, will be used by his key person or intervenor at group times. The QTMSI will check it at each half-termly visit.\n"
                    "**Room acoustics:** the pre-school manager will put in place the soft furnishings and carpet tiles recommended in the QTMSI's environmental audit of June 2026 by 1 December 2026.",
                    "By April 2027, Noah will keep his hearing aids on for the whole 3-hour session on 4 out of 5 days, as recorded on the daily hearing aid checklist."),
                   ("Noah sees less than other children, particularly below his eye level and in bright light. He trips over things on the floor and does not notice small objects placed low down.",
                    "**Visual environment:** the pre-school manager will fit blinds to the south-facing windows of the main room by 1 December 2026. Staff will place Noah's activities on a sloping tray at his eye level, and keep a clear route from the door to the snack table and the quiet corner free of toys.\n"
                    "**Finding his way around:** a habilitation specialist from the Wealdshire Sensory Support Service will visit for 1 hour each half term to teach Noah to find his way around the room using touch cues, and show his intervenor how to practise this with him for 5 minutes each morning.",
                    "By July 2027, Noah will walk from the pre-school door to his peg and then to the snack table, with one hand held or using the wall rail, without tripping, on 4 out of 5 days, as recorded by his intervenor."),
               ]},
    },
    "health": {
        "strengths": "Noah is generally well and has had no hospital stays since April 2025. He eats a wide range of foods and has no difficulty with chewing or swallowing, but he does have balance difficulties because of his CHARGE syndrome, which the physiotherapy team supports (see below).",
        "rows": [
            ("**Hearing:** moderate to severe hearing loss in both ears. Noah needs bone-conduction hearing aids and regular hearing tests.",
             "Paediatric Audiology, Wealdshire Hospitals NHS Trust: a hearing test and hearing aid review every 3 months at the audiology clinic. Audiology will supply replacement headbands and batteries at each review and by post when the family ask.",
             "See the sensory and physical outcome: by April 2027, Noah will keep his hearing aids on for the whole session on 4 out of 5 days."),
            ("**Sight:** coloboma in both eyes, with reduced vision that needs to be monitored for changes.",
             "Paediatric Ophthalmology, Wealdshire Hospitals NHS Trust: an eye examination every 6 months by the consultant ophthalmologist, with a summary of Noah's functional vision sent to the QTMSI after each appointment.",
             "See the sensory and physical outcome: by July 2027, Noah will walk from the door to his peg and the snack table without tripping on 4 out of 5 days."),
            ("**Balance and walking:** Noah's balance is affected by differences in his inner ear. He walks only with one hand held and tires quickly.",
             "Children's Physiotherapy, Wealdshire Community Health: a physiotherapist will see Noah for 45 minutes once a month for 6 months (alternating between home and pre-school), then review. The physiotherapist will write a 10-minute daily standing and stepping programme and show Noah's parents and his intervenor how to carry it out.",
             "By July 2027, Noah will walk 5 metres on his own across the pre-school room on 3 separate days, recorded by his intervenor and checked by the physiotherapist at her monthly visit."),
            ("**Overall health:** Noah's CHARGE syndrome needs overall medical oversight and coordination between his hospital teams.",
             "Community Paediatrics: Dr Helen Marsh, Consultant Community Paediatrician, will review Noah in clinic every 6 months and coordinate his care with the hospital teams.",
             "Noah's health outcomes are set out in the rows above."),
        ],
        "agreement": "**Health agreement:** the health provision in this plan was reviewed and agreed on behalf of NHS Wealdshire and Downs Integrated Care Board (ICB) by Dr Anita Rao, Designated Clinical Officer (DCO), on 5 October 2026.",
    },
    "social": {
        "strengths": "Noah's family are loving and well organised, and grandparents who live nearby help every week.",
        "rows": [
            ("The Children with Disabilities Team completed a child and family assessment in July 2026. It found that Noah needs an adult with him at all times and cannot yet be left with a babysitter who does not know his signs, which places extra demands on his parents, particularly in the school holidays.",
             "**Short breaks:** 3 hours every other Saturday (78 hours a year) with a specialist sitter from the Wealdshire Short Breaks Service, starting in November 2026. The sitter will be trained in Noah's communication by the QTMSI. The Children with Disabilities Team will review the short breaks every 6 months.",
             "**Local offer:** the family have information about the Wealdshire local offer, including the monthly 'Sensory Stars' Saturday group for families of children with sensory impairment, which they already attend.",
             "By July 2027, Noah will stay happily with his short breaks sitter for a 3-hour session, without crying for his parents for more than 5 minutes, on 3 sessions in a row, as recorded by the sitter in the home-sitter book."),
        ],
    },
    "placement": ("Little Acorns Pre-School, Hartfield, until July 2027",
                  "Private, voluntary and independent early years setting. The school for Noah's Reception year (from September 2027) will be named at his next review."),
    "dp": ("Noah's parents have chosen not to have a personal budget at this time. They were given information about direct payments for short breaks on 8 July 2026.", "Not applicable."),
    "k": {
        "blank": [
            ("Parent views and information (parental advice form)", "3 June 2026", "Noah's mum and dad", "YES"),
            ("Educational advice – early years setting", "20 June 2026", "Sarah Bennett, Manager and Special Educational Needs Co-ordinator (SENCo), Little Acorns Pre-School", "YES"),
            ("Educational advice – sensory impairment", "24 June 2026", "Claire Dawson, Qualified Teacher of Multi-Sensory Impairment (holding the mandatory qualifications for teaching children with hearing impairment and with visual impairment), Wealdshire Sensory Support Service", "YES"),
        ],
        "medical": [
            ("Community paediatric report", "1 July 2026", "Dr Helen Marsh, Consultant Community Paediatrician", "YES"),
            ("Audiology report", "16 June 2026", "Mark Price, Clinical Scientist (Audiology), Wealdshire Hospitals NHS Trust", "YES"),
            ("Ophthalmology clinic letter", "9 May 2026", "Mr David Chen, Consultant Paediatric Ophthalmologist, Wealdshire Hospitals NHS Trust", "YES"),
            ("Physiotherapy report", "22 June 2026", "Amy Lewis, Children's Physiotherapist, Wealdshire Community Health", "YES"),
            ("Speech and language therapy report", "26 June 2026", "Joanna Hill, Speech and Language Therapist, Wealdshire Children's Speech and Language Therapy Service", "YES"),
        ],
        "ep": [("Psychological advice", "30 June 2026", "Dr Tom Ashworth, Educational Psychologist, Wealdshire Educational Psychology Service", "YES")],
        "social": [("Child and family assessment", "8 July 2026", "Kelly Morgan, Social Worker, Children with Disabilities Team", "YES")],
        "other": [("Portage home-visiting summary", "11 June 2026", "Rachel Green, Portage Home Visitor", "YES")],
        "pfa": None,
        "requested": None,
    },
    "signoff": ("Mark Fielding, Senior EHC Co-ordinator, Wealdshire Special Educational Needs and Disabilities (SEND) Service", "Signed electronically", "12 October 2026"),
})

# ===================================================================== ah102 (SOUND)
PLANS.append({
    "id": "ah102", "layout": "heading2-numbered", "name": "Freya", "poss": "her",
    "front": [
        ("First name", "Freya"),
        ("Age when this plan was issued", "10"),
        ("National Curriculum year", "Year 5"),
        ("School", "St Michael's Church of England Primary School, Amberley Green (mainstream)"),
        ("Date this plan was issued", "2 March 2026"),
        ("Last annual review", "Not applicable – first EHC plan. The first annual review will be held by February 2027."),
        ("Plan written by", "EHC Co-ordinator, East Area, Wealdshire Special Educational Needs and Disabilities (SEND) Service"),
    ],
    "sections": {
        "A": [
            H("A1 About me"),
            P("Freya wrote this with her class teacher, Mrs Okoye, on 12 January 2026, using our 'What I want you to know about me' sheet. These are Freya's own words."),
            P("My name is Freya and I am 10. I live with my mum, my stepdad and my little brother Alfie, and we have a cocker spaniel called Biscuit. I love drawing, especially comics, and I go to gymnastics on Thursdays. I am good at reading and I have read all of the Nevermoor books. My best friends are Lily and Hana."),
            P("Maths is the thing I find hardest. When we do times tables tests my tummy goes funny and sometimes I hide in the toilets so I don't have to do it. Numbers get muddled in my head and I forget what I was doing halfway through. I like it when Mrs Patel lets me use the counters and the number line, and when nobody can see my answers. I don't like it when people say 'that's easy'."),
            H("A2 What my family say"),
            P("Freya's mum told us at the co-production meeting on 14 January 2026: 'Freya is kind, creative and funny, and she works really hard. It breaks my heart that she calls herself stupid because of maths. Last year she was getting stomach aches most Sunday nights and didn't want to go in on Mondays. Since she started working with Mrs Patel things are a bit better, but we want to make sure she gets the help she needs before secondary school. We would like her to have access to the same trips and clubs as everyone else and not miss out because of extra help.'"),
            H("A3 What I am good at"),
            B("Reading: Freya reads well above the level expected for her age. Her reading comprehension score in November 2025 was in the above-average range.",
              "Art and design: her comic strips were displayed at Amberley Green library in the summer of 2025.",
              "Gymnastics: she has passed her Level 4 proficiency award.",
              "Friendship: she is a caring friend and a playground buddy for children in Year 1.",
              "Maths: she uses a number line and counters well when they are to hand, and she remembers facts when they are linked to a picture or a story."),
            H("A4 My hopes for the future"),
            P("Freya says: 'I want to be an illustrator or a vet. I want to be able to do maths without crying, and I want to go to Amberley Park School with Lily and Hana.'"),
            P("Her mum hopes that Freya will start secondary school in September 2027 feeling confident, and that she will be able to manage money and time on her own, for example buying something in a shop and checking her change, or knowing when to leave for gymnastics."),
        ],
        "B": [
            H("B1 Cognition and learning"),
            P("Freya has dyscalculia, a specific learning difficulty that affects her understanding of numbers and her ability to learn number facts. This was identified by the specialist teacher assessment in October 2025 and confirmed by the educational psychologist in November 2025. On the Dyscalculia Screener her number sense was below the 5th percentile, while her verbal reasoning was in the above-average range."),
            B("Freya cannot yet recall number bonds to 10 or most times tables facts; she counts on her fingers for additions such as 8 + 5.",
              "She does not yet understand place value beyond 100, and finds it hard to compare numbers such as 307 and 370.",
              "She finds it difficult to read an analogue clock and to work out how long something will take.",
              "She loses track of calculations with more than one step because her working memory is weaker than her other skills (below average on the working memory tasks in the educational psychologist's assessment).",
              "Her maths attainment is at about the level expected at the end of Year 2 (Key Stage 1), although her reading and writing are at or above the expected standard for Year 5."),
            H("B2 Social, emotional and mental health"),
            P("Freya has marked anxiety about maths. In the autumn term 2025 she left about 2 in every 5 maths lessons, asking to go to the toilet or the school office, and she describes herself as 'stupid'. Her worry is specific to maths and timed tasks: in other lessons and with her friends she is settled and confident. Her score on the Spence Children's Anxiety Scale, completed with the educational psychologist, was in the raised range for school-related worries."),
            H("B3 How Freya learns best"),
            P("Freya has strong language and visual skills. She learns best when ideas are shown with real objects and pictures, when she is given thinking time, and when she is not put on the spot in front of others."),
        ],
        "C": [
            P("Freya has no health needs relating to her special educational needs. This was confirmed in the health advice from the school nursing service (10 December 2025), which found her vision and hearing checks up to date and within the normal range and no medical conditions. Freya's stomach aches were discussed with her family doctor (GP) in 2025 and no medical cause was found; they are linked to her worry about maths, which is addressed in Sections B and F."),
        ],
        "D": [
            P("Freya has no social care needs relating to her special educational needs. Children's social care were asked for advice and replied on 8 January 2026 that Freya is not known to them and that no assessment was indicated. Freya's mum has been given information about the Wealdshire local offer, including the Family Information Service and holiday activity clubs."),
        ],
        "E": [
            P("Freya's outcomes are for the end of Year 6 (July 2027) unless another date is given. Progress towards them will be checked at her annual review in February 2027, using the measures written into each outcome."),
            H("E1 Number facts"),
            P("By July 2027, Freya will recall all number bonds to 10 and to 20 and the 2, 5 and 10 times tables, answering each within 5 seconds, and will score at least 18 out of 20 on the weekly quick-recall check recorded by her specialist teacher."),
            H("E2 Place value and calculation"),
            P("By the end of the summer term 2027, Freya will add and subtract three-digit numbers using a written method, getting at least 8 out of 10 correct on an end-of-unit check, and will be working at Year 4 level or above in the school's maths assessment."),
            H("E3 Money and time"),
            P("By July 2027, Freya will pay for an item at a shop or the school fair with coins and check her change correctly on 3 out of 4 occasions, and will read an analogue clock to the nearest 5 minutes, as observed and recorded by her teaching assistant."),
            H("E4 Feeling calm in maths"),
            P("By February 2027, Freya will stay for the whole of 9 out of 10 maths lessons over a fortnight without asking to leave, as recorded on her class teacher's lesson log, and will rate her maths worry at 3 or lower on her 1 to 10 scale at her weekly check-in."),
            H("E5 Taking praise"),
            P("By July 2027, Freya will receive praise for her maths work in front of the class and accept it calmly (for example by smiling or saying 'thank you') without hiding her work, on 4 out of 5 occasions observed by her class teacher during a half term."),
            H("E6 Moving to secondary school"),
            P("By July 2027, Freya will have visited her Year 7 school at least 3 times and, on the last visit, will find her way from the main entrance to the learning support base and to a maths classroom on her own, as recorded by the secondary school's transition co-ordinator."),
        ],
        "F": [
            P("St Michael's Church of England Primary School will make the provision below. The school's special educational needs co-ordinator (SENCo) is responsible for making sure it happens and for recording it on Freya's provision map."),
            H("F1 Specialist teaching for dyscalculia (outcomes E1, E2, E3)"),
            B("**What:** a structured, multi-sensory numeracy programme (using Numicon and the Dynamo Maths programme) covering number sense, number bonds and place value, and, from January 2027, money and time.",
              "**How often and how long:** 3 sessions a week, 30 minutes each, in term time, until the end of Year 6.",
              "**Group size:** 1:1.",
              "**Who:** a specialist teacher holding a Level 7 qualification in specific learning difficulties (SpLD), from the Wealdshire Learning Support Service.",
              "From March 2026, the sessions will be on Monday, Wednesday and Friday mornings, outside the daily maths lesson, so that Freya does not miss whole-class teaching.",
              "The specialist teacher will reassess Freya's number skills at the end of each term and send a written progress note to her mum and the SENCo."),
            H("F2 Pre-teaching and practice (outcomes E1, E2, E4)"),
            B("**What:** pre-teaching of the key words and a worked example for the next maths lesson, and practice of number facts using games and the Times Tables Rock Stars program.",
              "**How often and how long:** every school day, 15 minutes before the maths lesson.",
              "**Group size:** a group of no more than 4 pupils.",
              "**Who:** a teaching assistant trained by the specialist teacher (see F6)."),
            H("F3 Adjustments in every maths lesson (outcomes E2, E4, E5)"),
            B("Counters, Numicon shapes, a 0 to 100 number line and a multiplication square will be on Freya's table in every maths lesson, set out by her class teacher.",
              "Freya will not be asked to answer aloud in front of the class unless she has put her hand up, and will not do timed tests in front of others; her class teacher will do recall checks with her privately.",
              "For problems with more than one step, her class teacher will give Freya the steps on a numbered card.",
              "In the Key Stage 2 national tests in May 2027, Freya will have 25% extra time and a reader for the maths papers, applied for by the SENCo in line with the arrangements she uses in class."),
            H("F4 Help with worry about maths (outcomes E4, E5)"),
            B("**What:** a programme on managing worry, using the Starving the Anxiety Gremlin approach.",
              "**Who:** the school's Emotional Literacy Support Assistant (ELSA), a teaching assistant trained and supervised by the Wealdshire Educational Psychology Service.",
              "**How often and how long:** once a week for 40 minutes, for 8 weeks, then reviewed with Freya and her mum; a further 8 weeks if her worry rating is still above 5.",
              "**Group size:** 1:1 for the first 4 sessions, then in a group of 3.",
              "**Weekly check-in:** 5 minutes every Monday with the ELSA, when Freya rates her maths worry on a 1 to 10 scale and the ELSA records it."),
            H("F5 Equipment and software (outcomes E1, E3)"),
            B("A school tablet with the Dynamo Maths and Times Tables Rock Stars apps, set up by the school's information technology (IT) technician by 16 March 2026 and updated by him at the start of each term.",
              "A talking calculator and a desk-sized number line, provided and replaced when worn by the SENCo."),
            H("F6 Advice and training for staff"),
            B("The educational psychologist will meet Freya's class teacher, the SENCo and her teaching assistant for 1 hour each term (3 times a year) to review Freya's progress and her anxiety and to advise on approaches.",
              "The specialist teacher will deliver a 1-hour training session on teaching pupils with dyscalculia to Freya's class teacher and teaching assistant in the first half of the summer term 2026."),
            H("F7 Moving to secondary school (outcome E6)"),
            B("The SENCo will arrange 3 extra visits of about 1 hour each to Freya's Year 7 school in the summer term 2027, with her teaching assistant, as well as the usual Year 6 induction day.",
              "May 2027: the SENCo will send Freya's one-page profile and the specialist teacher's latest report to the SENCo of her Year 7 school."),
        ],
        "G": [P("None. No health provision is needed (see Section C).")],
        "H1": [P("None. The social care advice of 8 January 2026 found no assessed needs that call for provision under section 2 of the Chronically Sick and Disabled Persons Act 1970.")],
        "H2": [P("None. Freya's family have information about the local offer and about early help through the school's family support worker, should they want it in the future.")],
        "I": [P("St Michael's Church of England Primary School, Amberley Green – a mainstream voluntary aided primary school."),
              P("Freya's school for Year 7 (from September 2027) will be named after the phase transfer review, which must be completed by 15 February 2027.")],
        "J": [P("Freya's mum has not asked for a personal budget. Information about personal budgets was given to her on 14 January 2026.")],
        "K": [
            B("Parent's views (parental contribution form) – Freya's mum, 5 January 2026.",
              "Freya's views ('What I want you to know about me') – Freya, with her class teacher, 12 January 2026.",
              "Educational advice – Mrs A. Okoye, Class Teacher, and Mr J. Dunn, SENCo, St Michael's Church of England Primary School, 9 December 2025.",
              "Specialist teacher assessment – Ms K. Turner, Specialist Teacher (SpLD), Wealdshire Learning Support Service, 21 October 2025.",
              "Psychological advice – Dr S. Nair, Educational Psychologist, Wealdshire Educational Psychology Service, 27 November 2025.",
              "Health advice – Ms L. Fox, School Nurse, Wealdshire Community Health School Nursing Service, 10 December 2025.",
              "Social care advice – Duty Team Manager, Children's Social Care Front Door, 8 January 2026."),
            P("Plan issued on behalf of Wealdshire County Council by Mark Fielding, Senior EHC Co-ordinator, on 2 March 2026."),
        ],
    },
})

# ===================================================================== ah103 (SOUND)
PLANS.append({
    "id": "ah103", "layout": "letter-column", "name": "Oliver", "poss": "his",
    "front": [
        ("Name", "Oliver"),
        ("Year group", "Year 10 (Key Stage 4) from September 2026"),
        ("Age", "15"),
        ("Plan finalised", "19/08/2026 (amended plan following annual review)"),
        ("Last reviewed", "Annual review meeting held on 30 June 2026"),
        ("First EHC plan issued", "April 2024"),
        ("Education setting", "Downsview Academy (mainstream secondary), with teaching at home from the Wealdshire Medical Needs Teaching Service"),
    ],
    "sections": {
        "A": [
            H("About me – in my own words"),
            P("Oliver told his home tutor, Mr Lowe, what he wanted in this section during a lesson on 23 June 2026. Mr Lowe typed it as Oliver said it, and Oliver checked it."),
            P("\"I'm Oliver. I got glandular fever in Year 7 and I never really got better. In January 2024 they told me I have ME, which is myalgic encephalomyelitis, also called chronic fatigue syndrome. Basically my battery runs out really fast and if I push it I pay for it for days. People think I'm just tired, but it's more like having flu all the time. On a bad day I can't even read a page of a book.\""),
            P("\"What I'm good at is computers. I taught myself Python and I've built a couple of small games. I'm good at explaining things to people if they ask. I like gaming with my mates online, films, and my dog, Pixel. I want to do my GCSEs (General Certificate of Secondary Education exams), just not as many as everyone else. What helps me is knowing my timetable in advance, being able to rest without asking in front of everyone, and teachers not making a thing of it when I'm off.\""),
            P("\"When I'm older I want to work in game design or something with computers. I want to learn to drive and I want to be able to get into town by myself without my mum having to take me everywhere.\""),
            H("What Oliver's parents say"),
            P("Oliver's mum and dad wrote for the review on 20 June 2026: \"Oliver has coped with a huge amount with real maturity. Last year he was mostly at home; this year he manages three mornings at school and it has made a big difference to his mood. We worry about him doing too much when he has a good day and then crashing. We want him to get the qualifications he is capable of, to keep his friends, and to become more independent, even if he has to do things differently. We hope he will go on to study computing at college.\""),
            H("What people like and admire about Oliver"),
            B("He has a dry sense of humour and is well liked by his friends and teachers.",
              "He is a capable programmer and was predicted a grade 7 in GCSE computer science at the end of Year 9.",
              "He has learnt to plan his week using an activity diary and is honest about how he is feeling.",
              "He helps younger pupils at the lunchtime coding club when he is well enough to stay."),
        ],
        "B": [
            H("Cognition and learning"),
            P("Oliver is an able learner whose progress has been held back by his illness. He missed most of Year 8 and about half of Year 9. His teachers assess him as working at grade 4 to 5 in English and maths, grade 6 to 7 in computer science and grade 4 in science. Fatigue affects his concentration and the speed at which he can take in and recall information, especially later in the day and after physical effort. He has gaps in his knowledge from missed teaching, particularly in maths (algebra and geometry) and in science practical work."),
            H("Social, emotional and mental health"),
            P("Oliver has felt cut off from his friends and at times low in mood because of his illness. He worries about falling behind and about what people think when he is absent. The school counsellor reports that his mood has improved since he returned for three mornings a week, but he still finds it hard to say 'no' to activities and then becomes exhausted."),
            H("Physical needs"),
            P("Oliver has limited energy for physical and mental activity. He needs to pace himself: plan his activity, build in rest, and increase what he does very gradually. He becomes dizzy if he stands for more than a few minutes, cannot climb several flights of stairs, and cannot carry a heavy bag."),
        ],
        "C": [
            P("Oliver has moderate myalgic encephalomyelitis / chronic fatigue syndrome (ME/CFS), diagnosed in January 2024 by the Wealdshire Paediatric ME/CFS Service. His symptoms include severe fatigue, post-exertional malaise (a worsening of symptoms a day or more after physical or mental effort), headaches, poor sleep and difficulty concentrating."),
            P("Oliver has no trouble with his appetite or his eating, but he does have orthostatic intolerance: he becomes dizzy and light-headed when standing for more than a few minutes. This is managed through a fluid and salt plan from his paediatrician and through the seating arrangements in Section F."),
            P("Oliver's low mood has been reviewed by his family doctor (GP) and the ME/CFS service. It is linked to the impact of his illness and is being supported in school through counselling (Section F); a referral to mental health services is not needed at present."),
        ],
        "D": [
            P("Oliver's needs were considered by the Children with Disabilities Team, whose social care advice of 2 June 2026 concluded that Oliver does not have eligible social care needs at this time: his parents meet his care needs at home and the family do not need short breaks. The family were offered an early help assessment and information on the local offer, including the Wealdshire 'Chronic Illness Youth Group', which Oliver has joined online."),
        ],
        "E": [
            P("These outcomes were agreed with Oliver and his parents at the annual review. They are set out under the preparing for adulthood themes and will be reviewed at Oliver's next annual review in June 2027."),
            H("Outcome 1 – Education and employment"),
            P("By July 2028, at the end of Year 11, Oliver will gain GCSEs at grade 4 or above in English language, maths, computer science and combined science, as shown in his results."),
            H("Outcome 2 – Education and employment"),
            P("By the end of the summer term 2027, Oliver will hand in at least 80% of the coursework and homework tasks set in English, maths and computer science, in the shortened formats agreed with his teachers, as recorded on the school's tracking system each half term."),
            H("Outcome 3 – Employment"),
            P("By July 2027, Oliver will complete a three-morning work experience placement in a computing or games business and receive a positive written report from his placement supervisor, rated 'good' or better in at least 3 of the 4 areas on the school's work experience form."),
            H("Outcome 4 – Good health"),
            P("By March 2027, Oliver will use his activity diary to plan each week within his agreed energy limit and follow his fluid plan, and will have no more than 2 'crash' days (days spent in bed after overdoing it) in each half term, as recorded in his diary and checked with his ME/CFS specialist nurse."),
            H("Outcome 5 – Independent living and community"),
            P("By April 2027, Oliver will access the town centre independently by bus on a Saturday, for a trip of up to 2 hours, on 3 occasions, as agreed with and recorded by his mum."),
            H("Outcome 6 – Friends and relationships"),
            P("By December 2027, Oliver will spend time with a friend, in person or in an online gaming club, at least once a fortnight, as recorded in his activity diary and reported by Oliver at his review."),
        ],
        "F": [
            P("Downsview Academy's special educational needs co-ordinator (SENCo) will coordinate the provision below with the Wealdshire Medical Needs Teaching Service, and will review it with Oliver and his parents each half term."),
            H("1. Part-time timetable (outcomes 1, 2, 4)"),
            P("Oliver will attend Downsview Academy on Monday, Wednesday and Friday mornings (8.45 am to 12.15 pm). His subjects are reduced to 4 GCSEs: English language, maths, computer science and combined science. Any increase in his timetable will be agreed at the half-termly review with Oliver, his parents and the ME/CFS specialist nurse, and will be no more than one extra lesson a week each half term."),
            H("2. Teaching at home (outcomes 1, 2)"),
            P("The Wealdshire Medical Needs Teaching Service will provide 1:1 teaching at home by qualified teachers: maths for 1 hour twice a week and English for 1 hour twice a week (4 hours a week in total) in term time, on Tuesday and Thursday."),
            H("3. Live online lessons (outcome 1)"),
            P("Oliver will join 2 computer science lessons a week (50 minutes each) live from home through the school's online learning platform. A laptop with a headset and webcam will be provided by the school and kept in working order by the school's information technology (IT) support team."),
            H("4. Key worker (outcomes 2, 4)"),
            P("A named key worker, a higher level teaching assistant (HLTA) trained by the ME/CFS specialist nurse, will meet Oliver for 10 minutes at the start and 10 minutes at the end of each school morning to plan his energy use, check which work has been set and collect work to send home."),
            H("5. Rest and access around school (outcome 4)"),
            B("A rest room in the learning support base with a reclining chair, for Oliver's use at break and whenever he shows his rest card, set up and kept available by the SENCo.",
              "A lift pass, a locker on the ground floor and a second set of textbooks kept at home, arranged by the SENCo by 7 September 2026.",
              "Permission to sit in all lessons and assemblies, and to leave lessons 5 minutes early to avoid crowded corridors; the SENCo will tell all Oliver's teachers in writing at the start of each term."),
            H("6. Exam access arrangements (outcome 1)"),
            P("In all mock and GCSE exams, Oliver will have 25% extra time, supervised rest breaks and a separate room, applied for and arranged by the school's exams officer using evidence from the SENCo."),
            H("7. Counselling (outcomes 4, 6)"),
            P("Oliver will see the school counsellor (registered with the British Association for Counselling and Psychotherapy) 1:1 for 50 minutes each week for 10 sessions in the autumn term 2026, then review with Oliver, who can choose to continue for a further 10 sessions."),
            H("8. Friendships (outcome 6)"),
            P("Oliver will join the lunchtime coding club on Wednesdays (40 minutes, a group of no more than 8 pupils, run by a computer science teacher), staying until 12.55 pm; the SENCo will arrange a taxi home at 1.00 pm on those days."),
            H("9. Careers guidance and work experience (outcome 3)"),
            P("A careers adviser with a Level 6 qualification in careers guidance will meet Oliver 1:1 for 45 minutes once a term. By June 2027 the adviser will arrange a three-morning work experience placement in a computing or games business, with a risk assessment that includes rest breaks."),
            H("10. Travel training (outcome 5)"),
            P("A travel trainer from the Wealdshire Independent Travel Training team will work with Oliver 1:1 for 6 sessions of 1 hour in the spring term 2027, then review with Oliver and his mum."),
        ],
        "G": [
            P("**Wealdshire Paediatric ME/CFS Service:** a clinical nurse specialist will see Oliver every 6 weeks for 45 minutes (alternating between clinic and video calls) to review his activity diary and energy management plan, and will send an updated written plan to the SENCo at the start of each term. The nurse will also give a 1-hour briefing on ME/CFS and pacing to Oliver's teachers and key worker in September 2026, with a 30-minute update each term."),
            P("**Community Paediatrics:** Dr Helen Marsh, Consultant Community Paediatrician, will review Oliver every 6 months, including his orthostatic intolerance and his fluid and salt plan (at least 2 litres of fluid a day)."),
            P("**Family doctor (GP):** Oliver's GP will review his sleep and headaches every 3 months and prescribe any medication."),
            P("**Health agreement:** Section G confirmed by Dr Anita Rao, Designated Clinical Officer, NHS Wealdshire and Downs Integrated Care Board, on 12 August 2026."),
        ],
        "H1": [P("None. See Section D: the social care advice of 2 June 2026 found no need for provision under section 2 of the Chronically Sick and Disabled Persons Act 1970.")],
        "H2": [P("None. Early help was offered to the family in June 2026 and they decided they did not need it at present; they have information about the local offer and can contact the Children with Disabilities Team again at any time.")],
        "I": [P("Downsview Academy, Wealdshire – a mainstream secondary academy for pupils aged 11 to 18. Part of Oliver's education is delivered at home by the Wealdshire Medical Needs Teaching Service, as set out in Section F.")],
        "J": [P("A personal budget was discussed at the annual review on 30 June 2026. Oliver's parents did not ask for one.")],
        "K": [
            B("Oliver's views – Oliver, recorded in his own words by his home tutor, 23 June 2026.",
              "Parents' views – written contribution from Oliver's mum and dad, 20 June 2026.",
              "Educational advice – Mrs R. Hughes, SENCo, Downsview Academy, 16 June 2026.",
              "Educational advice – Mr P. Lowe, Teacher, Wealdshire Medical Needs Teaching Service, 18 June 2026.",
              "Medical advice – Dr Helen Marsh, Consultant Community Paediatrician, 5 May 2026.",
              "Medical advice – Sue Walker, Clinical Nurse Specialist, Wealdshire Paediatric ME/CFS Service, 9 June 2026.",
              "Medical advice – Dr M. Hale, GP, Amberley Green Surgery, 14 May 2026.",
              "Psychological advice – Dr S. Nair, Educational Psychologist, Wealdshire Educational Psychology Service, 11 March 2026.",
              "Social care advice – Kelly Morgan, Social Worker, Children with Disabilities Team, 2 June 2026.",
              "Preparing for adulthood advice – Ms D. Cole, Careers Adviser, Wealdshire Careers and Participation Service, 25 June 2026.",
              "Counselling summary – Ms J. Ward, School Counsellor, Downsview Academy, 17 June 2026."),
            P("Signed for Wealdshire County Council: Mark Fielding, Senior EHC Co-ordinator, 19 August 2026."),
        ],
    },
})

# ===================================================================== ah104 (SOUND)
PLANS.append({
    "id": "ah104", "layout": "national-template", "name": "Priya", "poss": "her", "young_person": True,
    "front": [
        ("Plan status", "Amended final EHC plan following annual review"),
        ("Date this plan was issued", "9 February 2026"),
        ("Last annual review", "26 January 2026 (review meeting held at Wealdshire College)"),
        ("Education phase", "Post-16 – second year of a three-year study programme at Wealdshire College"),
        ("Age when this plan was issued", "19"),
    ],
    "personal": {"name": "Priya", "preferred": "Priya", "dob": "Withheld (anonymised copy) – Priya was 19 when this plan was issued",
                 "sex": "Female", "ethnicity": "British Indian",
                 "lang": "English. Priya uses speech with familiar people and an eye-gaze communication aid with everyone else",
                 "parent_lang": "English and Gujarati", "contact1": "Priya (young person)", "rel1": "Self – Priya has asked that her mum is copied into all letters",
                 "contact2": "Priya's mother (name withheld)", "rel2": "Mother"},
    "services": {"setting": "Wealdshire College, Hartfield Campus (general further education college) – Pathways to Independence department",
                 "gp": "Riverside Surgery. Key health professional: Dr Kwame Mensah, Consultant in Neurodisability (young adults' transition clinic)",
                 "nhs": "Withheld (anonymised copy)",
                 "social": "Yes – Adult Social Care, Transitions Team (Care Act assessment completed November 2025)",
                 "others": "Community dietitian; adult community nursing team; college therapy team (speech and language therapy, occupational therapy); adult physiotherapy; wheelchair service; Specialist Communication Aids Service",
                 "lac_now": "No", "lac_past": "No", "opp": "Yes – appended (written by Priya)", "moving": "No"},
    "history": (
        "Priya has four-limb cerebral palsy, a condition caused by damage to the brain around the time of birth which affects the movement of her arms, legs and body and the muscles she uses for speaking and swallowing. She uses a powered wheelchair, which she drives herself with a joystick. Since she was 8 she has had a gastrostomy (a feeding tube that goes through the wall of her tummy into her stomach), through which she receives most of her food and drink.\n"
        "Priya attended Beacon Hill School (a special school) until she was 17 and moved to Wealdshire College in September 2024. She lives at home with her mum, her dad and her grandmother, and has an older brother at university.\n"
        "**How Priya communicates**\n"
        "Priya speaks in short phrases that her family and close friends understand. With other people she uses an eye-gaze communication aid: a tablet on her wheelchair which she controls by looking at the screen and which speaks what she types. She is quick and witty with it, and she uses it for texting and social media too. Please give her time to answer and do not finish her sentences for her."),
    "views": (
        "**My views (Priya wrote this on her communication aid for her review in January 2026)**\n"
        "I am Priya. I am 19 and I am in my second year at college. I love it. I have made real friends, Jas and Megan, and we go to the cinema. My favourite subject is media. I made a podcast about accessible places in Hartfield and 200 people listened to it.\n"
        "I do not like it when people talk to my mum or my assistant instead of me. I am the one in charge of my life. I want more say in my care, like choosing who helps me and when.\n"
        "At college I need help with my physical care and setting up my equipment, and I need time to write. I get tired in the afternoons. My chair has broken down twice this year and it stops me getting to lessons.\n"
        "**What Priya's mum says (review meeting, 26 January 2026)**\n"
        "'I am so proud of how Priya has grown in confidence at college. We have to let go more, and that is hard for us as parents, but we know she needs to be more independent. We hope she can live in her own home with support one day and do a job she loves. The most important thing for us is that her health is looked after properly wherever she is.'"),
    "interests": "Making podcasts and videos; radio; Bollywood and pop music; going to the cinema with friends; fashion and make-up; cooking programmes; her family's dog.",
    "strengths": (
        "• Priya is articulate and funny on her communication aid, and she speaks up for herself.\n"
        "• She has good literacy skills (she passed Functional Skills English Level 1 in June 2025).\n"
        "• She is creative and organised: she plans, records and edits her own podcast.\n"
        "• She knows her health needs well and can explain her feeding routine to new staff.\n"
        "• She is a loyal friend and is a student representative for her department."),
    "aspirations": (
        "**Priya's hopes:** 'I want to work in radio or social media, maybe for a disability charity. I want to live in a flat with a friend and have my own carers. I want to go to a festival.'\n"
        "**Her family's hopes:** that Priya will have a job she enjoys, live in her own home with support, and stay well."),
    "areas": {
        "ci": {"strengths": "Priya is a confident communicator who uses her communication aid well in lessons and socially.",
               "rows": [
                   ("Priya's speech is understood only by people who know her well. With her communication aid she types at about 6 words a minute, so she needs extra time in conversation and lessons. She has little experience of using her aid on the telephone or in a workplace.",
                    "**Speech and language therapy:** a speech and language therapist from the college therapy team will work with Priya 1:1 for 45 minutes every fortnight in term time, on faster word prediction, stored phrases for work and telephone use, and on directing her own care.\n"
                    "The therapist will also give a 1-hour training session each term to Priya's tutors and learning support assistants on communicating with Priya and supporting her aid use.\n"
                    "**Communication aid:** Priya's eye-gaze communication aid is provided, insured and repaired by the Specialist Communication Aids Service (NHS), which will service it once a year and repair it within 5 working days of a fault being reported; the college learning support manager will report faults on the day they happen.",
                    "By July 2027, Priya will make two telephone calls using her communication aid (for example to book a taxi and to ask about a work placement), giving all the information needed without help, as recorded by her speech and language therapist."),
               ]},
        "cl": {"strengths": "Priya learns quickly when she can use her own equipment. She is good at planning and organising projects.",
               "rows": [
                   ("Priya is studying for a Level 1 Certificate in Creative Media Production and for Functional Skills maths Entry Level 3. Writing with her aid is slow and tiring, and she finds it hard to keep up with note-taking and deadlines when she is tired in the afternoons.",
                    "**Learning support in lessons:** a learning support assistant (LSA) trained in eye-gaze equipment will support Priya 1:1 in all 16 hours of taught sessions each week, setting up her equipment, scribing notes she dictates and helping her plan her work.\n"
                    "**Study programme:** 16 hours a week over 4 days, with no taught sessions after 2.30 pm, agreed by her course leader.\n"
                    "**Assessment arrangements:** 50% extra time and rest breaks for all assessments and Functional Skills exams, applied for by the college's exams officer.",
                    "By July 2027, Priya will gain the Level 1 Certificate in Creative Media Production and pass Functional Skills maths at Entry Level 3, as shown in her college results."),
                   ("Priya has not yet had experience of a workplace.",
                    "**Work placement:** the college's job coach will set up a supported work placement at Wealdshire Community Radio for one afternoon a week (2 hours) for 10 weeks from April 2026, visit Priya there for the first 3 sessions and then every other week, and meet the placement supervisor to agree adjustments.",
                    "By July 2026, Priya will complete her 10-week placement at Wealdshire Community Radio and receive a positive report from her placement supervisor, rated 'good' or better in at least 4 of the 5 areas on the college's placement review form."),
               ]},
        "sp": {"strengths": "Priya drives her powered wheelchair safely and independently around college and her local area.",
               "rows": [
                   ("Priya needs help from two people with transfers (moving from her wheelchair, using a hoist) and with toileting during the college day. She has not yet travelled on her own beyond the college site.",
                    "**Physical support at college:** two learning support assistants trained in moving and handling (training updated each year by the college health and safety officer) will help Priya with hoist transfers and toileting twice each college day, at 11.00 am and at 1.30 pm, so that she can attend all her sessions.\n"
                    "**Occupational therapy:** an occupational therapist from the college therapy team will see Priya 1:1 for 1 hour every 3 weeks, working on switch access to her laptop, planning her route and using the accessible kitchen, and will update her moving and handling plan each term.\n"
                    "**Independent travel:** the job coach will work with Priya 1:1 for 6 sessions of 1 hour in the spring term 2026 on travelling by powered wheelchair from college to the town centre, then review.",
                    "By January 2027, Priya will access the community independently in her powered wheelchair, travelling from college to the Wealdshire Centre shops (about 800 metres) and back without staff on 3 occasions, as recorded by her tutor."),
               ]},
    },
    "health": {
        "strengths": "Priya has been well this year and has not needed a hospital stay since 2023. She has no difficulty with her breathing or chest at present, but she does need careful management of her gastrostomy, her swallowing and her posture, as set out below.",
        "rows": [
            ("**Gastrostomy feeding:** Priya receives most of her food and all her drinks through her gastrostomy, with feeds at 10.00 am and 12.30 pm during the college day.",
             "**Community dietitian (adult nutrition and dietetics service):** reviews Priya's weight and feeding plan every 3 months and updates the written feeding plan sent to college; arranges home delivery of feed and equipment each month.\n"
             "**Adult community nursing team:** trains the two named college staff who give Priya's feeds (2 hours, once a year, plus a competency check every 6 months) and replaces her gastrostomy button every 6 months at home.",
             "By January 2027, Priya will tell college staff, using her communication aid, when she is ready for her feed and when she needs a drink, on 9 out of 10 occasions, as recorded on her feeding chart."),
            ("**Eating and drinking safely:** Priya can safely eat small amounts of smooth pureed food for taste, but thin drinks and lumpy food make her cough and could go into her lungs.",
             "**Adult speech and language therapy (dysphagia service):** a speech and language therapist who specialises in swallowing reviews Priya's eating and drinking plan every 6 months and trains college staff who support her at lunch (1 hour each September).",
             "By January 2027, Priya will check with staff, using her communication aid, that any food offered at college matches her eating and drinking plan before she tastes it, every time, as recorded by her learning support assistant."),
            ("**Posture and muscle tightness:** Priya's muscles are tight and she can develop pain in her hips if she sits in one position for too long.",
             "**Adult physiotherapy:** a physiotherapist reviews Priya's 24-hour posture plan every 4 months and shows college staff how to use her standing frame (Priya stands for 30 minutes each college day).\n"
             "**Wheelchair service:** services Priya's powered wheelchair every 6 months and repairs it within 2 working days of a fault being reported.",
             "By January 2027, Priya will ask staff to help her change position at least every 2 hours, and will report any pain using her communication aid, on 9 out of 10 college days, as recorded on her posture chart."),
        ],
        "agreement": "**Health agreement:** Health provision confirmed on behalf of NHS Wealdshire and Downs Integrated Care Board by Dr Anita Rao, Designated Clinical Officer, on 3 February 2026.",
    },
    "social": {
        "strengths": "Priya knows what support she wants and is keen to direct her own care. Her family are very supportive.",
        "rows": [
            ("A Care Act assessment by the Adult Social Care Transitions Team (November 2025) found that Priya has eligible needs for help with all personal care, meals and getting out in the community, which are currently met almost entirely by her mum. Priya wants to choose her own carers and to spend time with friends without her family.",
             "Not applicable: Priya is over 18, so her social care is provided under the Care Act 2014 and set out in H2.",
             "**Personal assistant support:** 14 hours a week of personal assistant support at home and in the community (evenings and weekends), paid for through a direct payment (see Section J), reviewed by the Transitions Team every 6 months.\n"
             "**Carer's assessment:** Priya's mum was offered a carer's assessment in November 2025, which is booked for March 2026.",
             "By July 2027, Priya will plan and go on a trip to the cinema or a café with a friend and her personal assistant, without her family, at least twice a month, as recorded by her personal assistant."),
        ],
    },
    "placement": ("Wealdshire College, Hartfield Campus", "General further education college (post-16 institution)."),
    "dp": ("Direct payment of £252 a week for 14 hours of personal assistant support (Section H2), managed by Priya with help from her mum and the Wealdshire Direct Payments Support Service.",
           "Paid every four weeks into a separate bank account. Priya employs her personal assistants and the Direct Payments Support Service handles payroll."),
    "k": {
        "blank": [
            ("Priya's views (her own written contribution)", "20 January 2026", "Priya", "YES"),
            ("Parent's views", "20 January 2026", "Priya's mum", "YES"),
            ("Educational advice", "15 January 2026", "Gemma Holt, Learning Support Manager, Wealdshire College", "YES"),
        ],
        "medical": [
            ("Neurodisability transition clinic letter", "11 November 2025", "Dr Kwame Mensah, Consultant in Neurodisability", "YES"),
            ("Dietetic report", "5 December 2025", "Laura Kemp, Community Dietitian, adult nutrition and dietetics service", "YES"),
            ("Community nursing report", "9 December 2025", "Adult community nursing team (Nina Patel, Community Staff Nurse)", "YES"),
            ("Dysphagia (swallowing) report", "2 December 2025", "Owen Jones, Speech and Language Therapist, adult dysphagia service", "YES"),
            ("Physiotherapy report", "28 November 2025", "Fiona Grant, Physiotherapist, adult physiotherapy", "YES"),
            ("Wheelchair service letter", "14 October 2025", "Wealdshire Wheelchair Service (Clinical Engineer)", "YES"),
            ("Therapy reports (speech and language therapy, occupational therapy)", "12 January 2026", "Wealdshire College therapy team (Hannah Reed, Speech and Language Therapist; Chris Lamb, Occupational Therapist)", "YES"),
        ],
        "ep": [("Psychological advice", "8 October 2025", "Dr Tom Ashworth, Educational Psychologist", "YES")],
        "social": [("Care Act assessment", "18 November 2025", "Jo Barker, Social Worker, Adult Social Care Transitions Team", "YES")],
        "other": [("Specialist Communication Aids Service report", "3 November 2025", "Specialist Communication Aids Service (Clinical Scientist)", "YES")],
        "pfa": [("Preparing for adulthood review", "15 January 2026", "Sam Ellis, Job Coach and Transition Co-ordinator, Wealdshire College", "YES")],
        "requested": None,
    },
    "signoff": ("Mark Fielding, Senior EHC Co-ordinator, Wealdshire Special Educational Needs and Disabilities (SEND) Service", "Signed electronically", "9 February 2026"),
})

# ===================================================================== ah105 (SOUND)
PLANS.append({
    "id": "ah105", "layout": "heading2-numbered", "name": "Theo", "poss": "his",
    "front": [
        ("First name", "Theo"),
        ("Age when this plan was issued", "12"),
        ("National Curriculum year", "Year 8"),
        ("School", "Oakhurst School (independent special school)"),
        ("Date this plan was issued", "21 September 2026 (amended following annual review)"),
        ("Last annual review", "8 July 2026"),
        ("Plan written by", "EHC Co-ordinator, North Area, Wealdshire Special Educational Needs and Disabilities (SEND) Service"),
    ],
    "sections": {
        "A": [
            H("A1 How Theo's views were gathered"),
            P("Theo gave his views to his key worker at Oakhurst, Dan, over two sessions in June 2026, using a Talking Mat (a board where he sorted picture symbols into 'like', 'not sure' and 'don't like') and then talking about his choices. Dan wrote down what Theo said, word for word, and read it back to him."),
            H("A2 Theo's views"),
            P("\"I like Minecraft, trains and the Titanic. I know every class of steam engine on the Bluebell Railway. I like Oakhurst because it is quiet and nobody shouts. I like science with Mr Fraser because we did volcanoes.\""),
            P("\"I don't like the smell in the dining hall. It makes me feel sick. I only like my foods: plain pasta, crackers, chicken nuggets from one shop, Cheerios and apple juice. New food looks wrong and feels wrong in my mouth. I don't like people watching me eat.\""),
            P("\"I want to go on the Titanic exhibition trip in Year 8. I want to be a train driver or work on a heritage railway. I want to be able to eat at Grandad's house.\""),
            H("A3 What Theo's parents say"),
            P("Theo's mum and dad told the annual review on 8 July 2026: 'Moving to Oakhurst has been the best thing for Theo. He is calmer, he goes in happily and he talks about his friends, which he never did before. Food is still the hardest thing for our family. We cannot eat out, and holidays are very difficult. We would love him to try a few more foods, to be able to eat with the family at Christmas, and to have a healthy weight. In the longer term we hope he will have a job he loves, probably something to do with trains, and live as independently as he can.'"),
            H("A4 What people like and admire about Theo"),
            B("Theo has an excellent memory for facts and can talk in detail about engineering and history.",
              "He is honest, gentle and kind to younger pupils.",
              "He reads well above his age level and enjoys non-fiction.",
              "He has made two good friends at Oakhurst, Kai and Ruby, and plays Minecraft with them at lunchtime.",
              "He follows routines well and is always on time for lessons."),
        ],
        "B": [
            H("B1 Communication and interaction"),
            P("Theo is autistic; he was diagnosed by the Wealdshire Child Development Centre in 2021. He speaks fluently and has a wide vocabulary, especially about his interests. He finds it hard to follow group conversations, to understand jokes and sarcasm, and to know how to join in or end a conversation. He takes language literally. When anxious, he talks at length about trains and finds it hard to listen."),
            H("B2 Cognition and learning"),
            P("Theo's reading is at the expected standard for his age and his scientific knowledge is strong. His writing is slower and less organised than his spoken ideas; he needs help to plan longer pieces. His maths is about one year behind his age, mainly in problem solving."),
            H("B3 Social, emotional and mental health"),
            P("Theo becomes very anxious with unexpected changes, noise and smells, and at mealtimes. When anxious he may leave the room or refuse to move. His anxiety has reduced since he joined Oakhurst: incidents of leaving class have fallen from about 5 a week in January 2026 to 1 a week in June 2026."),
            H("B4 Sensory and physical needs"),
            P("Theo is highly sensitive to smells, textures and loud noise. This affects his eating (see Section C) and his ability to be in busy spaces such as the dining hall. His fine motor skills are slightly below those expected for his age, which makes handwriting tiring."),
        ],
        "C": [
            P("Theo has avoidant/restrictive food intake disorder (ARFID), diagnosed by the Child and Adolescent Mental Health Services (CAMHS) eating disorders team in March 2026. ARFID is an eating disorder in which a person eats only a very small range of foods because of the sensory properties of food and fear of what might happen if they eat something new, not because of worries about weight or shape. Theo eats 9 foods. His weight is on the 4th centile (a measure comparing him with other boys of his age) and his growth needs to be monitored."),
            P("Theo is autistic (see Section B). His autism is not a health need requiring provision in Section G; his communication and sensory needs are met through Section F."),
            P("Theo's vision and hearing were checked in 2026 and are normal. He has no difficulty with chewing or swallowing, but he does have the restricted eating described above, which is met in Section G."),
        ],
        "D": [
            P("The Children with Disabilities Team assessed Theo's needs for short breaks in March 2026. Theo needs close supervision in the community because he can run from situations that overwhelm him, and his parents have had very little time to spend with Theo's younger sister. The assessment found that Theo is eligible for short breaks under section 2 of the Chronically Sick and Disabled Persons Act 1970 (see Section H1)."),
        ],
        "E": [
            P("These outcomes were co-produced with Theo and his parents at the annual review. They are to be achieved by the end of Year 8 (July 2027) unless another date is given."),
            H("E1 Conversations"),
            P("By July 2027, Theo will start and end a conversation with a classmate on a topic chosen by the classmate, taking at least 3 turns each, on 4 out of 5 occasions observed by his speech and language therapist in a half term."),
            H("E2 Writing"),
            P("By July 2027, Theo will plan and write a non-fiction report of at least 300 words using a writing frame, reaching the Year 8 standard in Oakhurst's writing assessment."),
            H("E3 Coping with change"),
            P("By March 2027, Theo will use his 'change card' and calming plan to stay in class when there is an unexpected change, leaving class no more than once a fortnight, as recorded on the school's behaviour log."),
            H("E4 Trying new foods"),
            P("By July 2027, Theo will eat at least 3 new foods from his food ladder, each on at least 3 separate occasions, as recorded in his food diary and checked by his dietitian."),
            H("E5 Eating with others"),
            P("By December 2026, Theo will eat his lunch in the small dining room at Oakhurst with his two friends on 4 out of 5 school days, as recorded by his key worker."),
            H("E6 School trip"),
            P("By July 2027, Theo will go on the Year 8 Titanic exhibition trip and stay with his group for the whole day, as agreed with and recorded by his form tutor."),
        ],
        "F": [
            P("Oakhurst School will make the provision below. Oakhurst's special educational needs co-ordinator (SENCo) is responsible for it and will report on it at each review."),
            H("F1 Specialist teaching and class size (outcomes E2, E3)"),
            B("Theo will be taught in a class of no more than 8 pupils by teachers experienced in teaching autistic pupils, with a teaching assistant in every lesson.",
              "A visual timetable on his desk, and a warning of any planned change at least 24 hours in advance, given by his form tutor.",
              "Writing frames and a laptop for extended writing (provided and maintained by the school's information technology team), in all lessons needing more than a paragraph of writing."),
            H("F2 Speech and language therapy (outcome E1)"),
            B("**What:** social communication sessions using the Social Thinking approach, practising conversation skills.",
              "**How often and how long:** once a week for 45 minutes.",
              "**Group size:** a group of 3, with Theo's friends.",
              "**Who:** Oakhurst's speech and language therapist (registered with the Health and Care Professions Council), who will also spend 30 minutes a fortnight advising Theo's teachers."),
            H("F3 Occupational therapy and sensory regulation (outcomes E3, E5)"),
            B("**What:** a sensory regulation programme ('sensory diet') written by Oakhurst's occupational therapist, with two daily movement breaks and use of the quiet room (see F4).",
              "**How often:** a 10-minute movement break at 10.30 am and 1.30 pm each day, led by the class teaching assistant; a 30-minute 1:1 session with the occupational therapist every other week to review the programme.",
              "Ear defenders, provided by the school, kept in Theo's bag and replaced when worn by his key worker."),
            H("F4 Calming plan and key worker (outcome E3)"),
            B("Theo's key worker will meet him for 10 minutes at the start of each day to go through the day and any changes.",
              "Theo will have a 'change card' he can show to go to the quiet room for 10 minutes, returning with his key worker.",
              "The SENCo will review his calming plan with Theo and his parents each half term."),
            H("F5 Mealtimes at school (outcomes E4, E5)"),
            B("Theo will eat lunch in the small dining room (no more than 6 pupils) with his key worker present, every day.",
              "Staff will not comment on what or how much Theo eats, and will follow the eating plan written by the CAMHS eating disorders team.",
              "**Food exploration:** a 20-minute 1:1 session once a week with Oakhurst's occupational therapist, touching, smelling and tasting foods from his food ladder, following the plan agreed with the CAMHS clinician."),
            H("F6 Trips (outcome E6)"),
            B("For each school trip, Theo's form tutor will give him a visual guide to the day at least one week before, and his key worker will go with him."),
        ],
        "G": [
            H("G1 CAMHS eating disorders team (ARFID pathway)"),
            B("A clinical psychologist will see Theo 1:1 for 50 minutes every fortnight for 12 sessions (from October 2026), using a graded approach to new foods, with his parents joining the last 10 minutes; the team will then review progress with the family.",
              "The clinician will meet Oakhurst's occupational therapist and key worker for 30 minutes once a half term to agree the school eating plan."),
            H("G2 Paediatric dietetics"),
            B("The paediatric dietitian will review Theo's growth and diet every 3 months, and will prescribe a nutritional supplement drink which the family collect from the pharmacy each month."),
            H("G3 Community paediatrics"),
            B("Dr Helen Marsh, Consultant Community Paediatrician, will check Theo's weight and growth every 6 months."),
            H("G4 Agreement"),
            P("Health provision agreed by Dr Anita Rao, Designated Clinical Officer, NHS Wealdshire and Downs Integrated Care Board, 15 September 2026."),
        ],
        "H1": [
            B("**Short breaks:** a place at the Saturday Explorers club for autistic children (5 hours, every other Saturday in term time), with 1:1 staff support, arranged by the Children with Disabilities Team.",
              "**Holiday short breaks:** 6 days of holiday play scheme a year (6 hours a day) with 1:1 support.",
              "The Children with Disabilities Team will review these short breaks every 6 months with the family."),
        ],
        "H2": [P("None. The family have information about the local offer, including the autism parent support group run by Wealdshire Parent Carer Forum.")],
        "I": [P("Oakhurst School, Amberley – an independent special school for autistic pupils aged 7 to 19, approved under section 41 of the Children and Families Act 2014.")],
        "J": [P("Theo's parents have asked for a personal budget for the Saturday short breaks, paid as a direct payment of £40 a session from January 2027. The Children with Disabilities Team will set this up by 31 December 2026.")],
        "K": [
            N("Theo's views – Theo, gathered by his key worker using a Talking Mat, 17 June 2026.",
              "Parents' views – Theo's mum and dad, written contribution, 30 June 2026.",
              "Educational advice – Ms H. Grey, SENCo, Oakhurst School, 25 June 2026.",
              "Speech and language therapy report – Ms P. Rowe, Speech and Language Therapist, Oakhurst School, 19 June 2026.",
              "Occupational therapy report – Mr L. Ford, Occupational Therapist, Oakhurst School, 22 June 2026.",
              "Psychological advice – Dr S. Nair, Educational Psychologist, Wealdshire Educational Psychology Service, 2 February 2026.",
              "Medical advice – Dr Helen Marsh, Consultant Community Paediatrician, 12 May 2026.",
              "CAMHS eating disorders team assessment – Dr E. Baxter, Clinical Psychologist, 20 March 2026.",
              "Dietetic report – Ms R. Shah, Paediatric Dietitian, 4 June 2026.",
              "Social care advice (short breaks assessment) – Kelly Morgan, Social Worker, Children with Disabilities Team, 26 March 2026."),
            P("Plan issued on behalf of Wealdshire County Council by Mark Fielding, Senior EHC Co-ordinator, on 21 September 2026."),
        ],
    },
})

# ===================================================================== ah106 (FAIL: CIN plan not drawn through; outcomes; ELSA group unquantified)
PLANS.append({
    "id": "ah106", "layout": "letter-column", "name": "Isla", "poss": "her",
    "front": [
        ("Name", "Isla"),
        ("Year group", "Year 8"),
        ("Age", "13"),
        ("Plan finalised", "15 May 2026 (first EHC plan)"),
        ("Last reviewed", "Not yet reviewed – first annual review due by May 2027"),
        ("Education setting", "Kingsmead School, Hartfield (mainstream secondary)"),
        ("Child in need plan", "Yes – since March 2026 (South Wealdshire Children's Social Care)"),
    ],
    "sections": {
        "A": [
            H("About me – in my own words"),
            P("Isla typed this at home on 10 March 2026, with her mum sitting with her. She asked for it to go in the plan exactly as she wrote it."),
            P("\"I'm Isla and I'm 13. I live with my mum and my two younger brothers. I like baking (especially brownies), drawing anime characters and looking after our guinea pigs, Pickle and Pop. I'm good at art and I used to be good at English. I like my art teacher, Miss Cole, because she never makes a fuss.\""),
            P("\"Going to school is the hardest thing in my life right now. When I wake up on a school day my heart starts racing and I feel sick and sometimes I actually am sick. In the corridors it's so loud and people push and I feel like everyone is looking at me. Once I'm in art I'm mostly okay. I don't want to be off, I just can't make myself go. It helps when someone I know is waiting for me and I can go in a different door. It doesn't help when people say I just need to try harder.\""),
            P("\"When I'm older I want to be a baker or have my own cake business. I want to do well in my exams, especially art. I want to go to the cinema with my friends again.\""),
            H("What Isla's mum says"),
            P("\"Isla was a happy, chatty girl at primary school. Things started going wrong in Year 7 after some problems with friendships, and since October 2025 she has been in school less than half the time. Some mornings it takes two hours to get her out of the door. Our social worker, Becky, has been visiting since the spring and has helped with the boys, but I still feel like I'm fighting everyone on my own. I want Isla back in school, learning and happy, and I want her to get the qualifications she is capable of.\" (Isla's mum, parental advice, 12 March 2026)"),
            H("What people like and admire about Isla"),
            B("Isla is creative and talented in art; her work was chosen for the Year 7 exhibition.",
              "She is caring and helps her mum with her younger brothers.",
              "She is an able reader and enjoys fantasy novels.",
              "She is honest about how she feels and can describe her worries clearly to adults she trusts."),
        ],
        "B": [
            H("Social, emotional and mental health"),
            P("Isla has high levels of anxiety which stop her attending school. Her attendance was 43% in the autumn term 2025 and 38% in the spring term 2026. Her anxiety is worst in the morning, in crowded places such as corridors and the canteen, and in lessons where she may be asked to speak in front of others. She has had panic attacks in school (racing heart, shaking and feeling sick) about twice a week when she attends. She has lost touch with most of her friends."),
            H("Cognition and learning"),
            P("Isla is an able learner. Her reading age is above her actual age. Because of missed lessons she now has gaps in maths and science, and her teachers assess her as working about one year below the level expected in those subjects. She finds it hard to ask for help in class."),
        ],
        "C": [
            P("Isla has an anxiety disorder, diagnosed by the Child and Adolescent Mental Health Services (CAMHS) in January 2026. Her symptoms include panic attacks, nausea, poor sleep and avoidance of school. CAMHS have offered cognitive behavioural therapy (a talking therapy that helps people change unhelpful patterns of thinking and behaviour)."),
        ],
        "D": [P("No social care needs.")],
        "E": [
            H("Outcome 1"),
            P("By July 2027, Isla will feel calmer and more confident about coming to school."),
            H("Outcome 2"),
            P("Isla will have a key adult who meets her at the school gate every morning."),
            H("Outcome 3"),
            P("By July 2027, Isla will attend school for at least 80% of sessions over the summer term, as shown on the school's attendance register."),
            H("Outcome 4"),
            P("By December 2026, Isla will be working at the expected level for Year 9 in maths and science, as shown in her end-of-term assessments."),
            H("Outcome 5"),
            P("By April 2027, Isla will use her calming plan to manage a panic attack in school and return to her lesson within 15 minutes on 4 out of 5 occasions, as recorded by her key adult."),
            H("Outcome 6"),
            P("By July 2027, Isla will complete a General Certificate of Secondary Education (GCSE) art project (a sketchbook of at least 20 pages) and exhibit one piece in the Year 9 art show, as confirmed by her art teacher."),
        ],
        "F": [
            P("Kingsmead School's special educational needs co-ordinator (SENCo) will arrange and monitor the provision below and report on it each half term to Isla and her mum."),
            H("1. Key adult and arrival"),
            P("A named key adult (a teaching assistant trained in supporting pupils with anxiety) will meet Isla at the side entrance at 8.35 am every school day and spend 10 minutes with her in the learning support base before her first lesson."),
            H("2. Anxiety management group"),
            P("Isla will take part in a small-group anxiety management programme with the school's Emotional Literacy Support Assistant (ELSA) for six weeks."),
            H("3. Reintegration timetable"),
            P("Isla will follow a reintegration timetable starting with 3 full mornings a week in the summer term 2026, increasing by one afternoon every 3 weeks, and including every art lesson from the start, agreed at a meeting every 3 weeks between Isla, her mum, her key adult and the SENCo."),
            H("4. Catch-up teaching in maths and science"),
            P("1:1 catch-up teaching by a qualified teacher for 45 minutes twice a week in maths and once a week in science, for the summer and autumn terms 2026, then review."),
            H("5. Adjustments around school"),
            B("A corridor pass allowing Isla to move between lessons 5 minutes before the bell, issued by the SENCo.",
              "Isla will not be asked to read aloud or answer questions in front of the class unless she volunteers; the SENCo will tell all her teachers this in writing at the start of each term.",
              "A quiet place to eat lunch in the learning support base every day, supervised by a teaching assistant, with no more than 6 pupils."),
            H("6. Educational psychology"),
            P("The educational psychologist will meet Isla, her mum and her key adult for 1 hour once each term to review her calming plan and advise staff."),
        ],
        "G": [
            P("**CAMHS:** a CAMHS mental health practitioner will provide cognitive behavioural therapy to Isla 1:1 for 50 minutes every week for 12 weeks from June 2026 (in clinic, or at school if Isla prefers), then review with Isla and her mum."),
            P("**CAMHS and school:** the practitioner will meet the SENCo and Isla's key adult for 30 minutes once a half term to share strategies for school."),
            P("**Health agreement:** Section G confirmed by Dr Anita Rao, Designated Clinical Officer, NHS Wealdshire and Downs Integrated Care Board, on 7 May 2026."),
        ],
        "H1": [P("None.")],
        "H2": [P("None.")],
        "I": [P("Kingsmead School, Hartfield – a mainstream secondary school (academy) for pupils aged 11 to 16.")],
        "J": [P("Isla's mum has not asked for a personal budget.")],
        "K": [
            B("Isla's views – Isla, written at home, 10 March 2026.",
              "Parent's views – Isla's mum, parental advice, 12 March 2026.",
              "Educational advice – Mr G. Barnes, SENCo, Kingsmead School, 20 March 2026.",
              "Psychological advice – Dr Tom Ashworth, Educational Psychologist, Wealdshire Educational Psychology Service, 2 April 2026.",
              "Health advice – Ms C. Doyle, Mental Health Practitioner, CAMHS, 27 March 2026.",
              "Health advice – Dr Helen Marsh, Consultant Community Paediatrician, 16 April 2026."),
            P("Signed for Wealdshire County Council: Mark Fielding, Senior EHC Co-ordinator, 15 May 2026."),
        ],
    },
})

# ===================================================================== ah107 (FAIL: OT in G; vague/unquantified F; spelling; grammar)
PLANS.append({
    "id": "ah107", "layout": "heading2-numbered", "name": "Harry", "poss": "his",
    "front": [
        ("First name", "Harry"),
        ("Age when this plan was issued", "11"),
        ("National Curriculum year", "Year 6"),
        ("School", "Hartfield Church of England Junior School (mainstream)"),
        ("Date this plan was issued", "3 November 2026"),
        ("Last annual review", "Not applicable – first EHC plan"),
        ("Plan written by", "EHC Co-ordinator, West Area, Wealdshire Special Educational Needs and Disabilities (SEND) Service"),
    ],
    "sections": {
        "A": [
            H("A1 About me"),
            P("Harry told his teaching assistant, Mrs Webb, what to write here on 15 September 2026. She wrote down his words and he checked them."),
            P("\"My name is Harry and I'm 11. I live with my mum and dad and my big sister Molly. I love football (I support Brighton), Lego Technic and making stop-motion films on Dad's phone. My joints are bendy, which sounds cool but it isn't really, because they hurt and I get really tired. Writing makes my hand and wrist ache after about five minutes and then my writing goes messy. I hate games lessons when we do running because my knees hurt, but I like being in goal.\""),
            P("\"I want to go to Hartfield Academy with my friends. When I grow up I want to make films or be a sports commentator.\""),
            H("A2 What my family say"),
            P("Harry's parents said at the planning meeting on 22 September 2026: \"Harry is bright and funny and he has a great imagination, but his body lets him down. By the end of the school day he is exhausted and sometimes in tears with pain. We want the school to understand that this is real. We'd like Harry to be able to get his ideas down without pain, to keep playing football, and to be ready for secondary school.\""),
            H("A3 What Harry is good at"),
            B("Harry has a wide vocabulary and tells brilliant stories out loud.",
              "He is good at maths, especially mental arithmetic.",
              "He is a thoughtful friend and a member of the school council.",
              "He has made three stop-motion films that were shown in assembly."),
            H("A4 Hopes for the future"),
            P("Harry hopes to go to Hartfield Academy in September 2027 and one day to make films or commentate on football. His parents hope he will manage his pain and tiredness well enough to enjoy school and keep up with his friends."),
        ],
        "B": [
            H("B1 Physical needs"),
            P("Harry has hypermobility spectrum disorder (HSD), which means that his joints move further than usual and are less stable, causing pain, fatigue and poor stamina. Harry have difficulty with activities that need his hands and wrists to hold a position for a long time, such as writing, cutting and doing up buttons, and he occassionally dislocates his thumb joint when he grips too hard."),
            P("He tires quickly when standing or walking and by the afternoon his pain is often 6 out of 10 on his pain scale. He finds sitting on the floor and on hard chairs uncomfortable."),
            H("B2 Cognition and learning"),
            P("Harry's reading and maths are at the expected standard for Year 6. His spoken ideas are well above those expected for his age, but his written work is much shorter and less organised than he is capable of, because he cannot write for long without pain. He writes about 6 words a minute, compared with about 15 for most children his age. He is not yet able to touch-type, and he has to recieve help to record anything longer than a paragraph."),
            H("B3 Social, emotional and mental health"),
            P("Harry is sociable and well liked, but he becomes frustrated and upset when his body stops him doing things, and he has started to avoid written work by asking to go to the toilet. He worries that he will not cope at secondary school, where there are more stairs and more writing."),
        ],
        "C": [
            P("Harry was diagnosed with hypermobility spectrum disorder by Dr Helen Marsh, Consultant Community Paediatrician, in March 2026. His symptoms include pain in his hands, wrists and knees, fatigue and occasional partial dislocation of his thumb joints. He sometimes has poor sleep because of pain. He is known to the children's physiotherapy and occupational therapy services. There are no other medical conditions."),
        ],
        "D": [
            P("Harry has no social care needs. The Children with Disabilities Team considered the request for social care advice and replied on 28 August 2026 that Harry's needs are met by his family and that he does not meet the threshold for a social care assessment. The family have been given information about the local offer, including inclusive football sessions."),
        ],
        "E": [
            P("These outcomes are to be achieved by July 2027 (the end of Year 6) unless another date is given."),
            H("E1 Recording my ideas"),
            P("By July 2027, Harry will type at least 20 words a minute with accuracy of 90% or more, as measured by his teaching assistant on a typing program once a half term."),
            H("E2 Writing"),
            P("By July 2027, Harry will produce a story or report of at least 400 words using his laptop or voice recording, reaching the expected standard in the school's Year 6 writing assessment."),
            H("E3 Managing pain and tiredness"),
            P("By March 2027, Harry will use his pacing plan and take his planned breaks so that his pain score at the end of the school day is 4 out of 10 or lower on 4 out of 5 days, as recorded on his daily pain chart."),
            H("E4 Hand skills"),
            P("By April 2027, Harry will do up the buttons on his school shirt and use scissors to cut out a shape accurately, without pain above 3 out of 10, as checked by his occupational therapist."),
            H("E5 Moving to secondary school"),
            P("By July 2027, Harry will have visited Hartfield Academy 3 times and will be able to explain his pacing plan and his laptop use to his new form tutor, as recorded by the primary school's special educational needs co-ordinator (SENCo)."),
        ],
        "F": [
            P("The school's SENCo is responsible for the provision below and will review it with Harry and his parents each term."),
            H("F1 Recording work"),
            B("A laptop with word prediction software, provided by the school and set up by the information technology (IT) technician by 1 December 2026, for all written work longer than a few sentences.",
              "Touch-typing: 1:1 with a teaching assistant for 15 minutes, four times per week, using the 'Nessy Fingers' program, until Harry reaches 20 words a minute.",
              "Harry can use voice recording or a scribe for written tasks, with the teaching assistant writing down his ideas in a seperate book when he is tired."),
            H("F2 Fine motor skills"),
            B("Harry will take part in a fine motor skills group.",
              "Access to a writing slope and pencil grips where possible."),
            H("F3 Pacing and movement"),
            B("Regular movement breaks as appropriate.",
              "A supportive chair with a footrest and a cushion, provided by the school, for all lessons and assemblies; Harry will not be asked to sit on the floor.",
              "A lift pass and extra time to move between lessons will be discussed with the the secondary school at the transition review."),
            H("F4 Worries and frustration"),
            B("**What:** an emotional literacy programme on managing frustration and worries about change.",
              "**How often and how long:** 30 minutes once a week for 8 weeks, then review.",
              "**Group size:** 1:1.",
              "**Who:** the school's Emotional Literacy Support Assistant (ELSA), trained and supervised by the Wealdshire Educational Psychology Service."),
            H("F5 Transition to secondary school"),
            B("The SENCo will arrange 3 extra visits to Hartfield Academy in the summer term 2027, with Harry's teaching assistant, and will share his pacing plan with the Academy's SENCo by June 2027."),
            H("F6 Physical education"),
            P("The physical education (PE) teacher will adapt activities so that Harry can take part in every PE lesson without high-impact running or jumping, for example by playing in goal, following the physiotherapist's written advice. Harry will definately not be asked to do the bleep test."),
        ],
        "G": [
            H("G1 Occupational therapy"),
            P("The NHS children's occupational therapist will deliver a 1:1 handwriting and fine motor programme with Harry in school for 30 minutes every week for 10 weeks from January 2027, working on hand strength, grip and buttons, and will then leave a home and school programme for his teaching assistant to continue daily for 10 minutes."),
            H("G2 Physiotherapy"),
            P("The children's physiotherapist will see Harry at clinic every 6 weeks for 45 minutes to review his joint-strengthening exercises and pain, and will give his parents a written home exercise programme. The exercises helps Harry's stamina and there parents will do them with him for 15 minutes each evening."),
            H("G3 Community paediatrics"),
            P("Dr Helen Marsh, Consultant Community Paediatrician, will review Harry every 6 months, including his pain and sleep."),
            H("G4 Health agreement"),
            P("Health provision agreed by Dr Anita Rao, Designated Clinical Officer, NHS Wealdshire and Downs Integrated Care Board, 26 October 2026."),
        ],
        "H1": [P("None. Social care advice (28 August 2026) found no assessed needs for provision under section 2 of the Chronically Sick and Disabled Persons Act 1970.")],
        "H2": [P("None. The family have information about the local offer, including the inclusive football sessions at Hartfield Leisure Centre.")],
        "I": [P("Hartfield Church of England Junior School – a mainstream junior school. Harry's secondary school from September 2027 will be named following the phase transfer review by 15 February 2027.")],
        "J": [P("Harry's parents have not requested a personal budget. This was an useful discussion at the planning meeting, and they know they can ask at any time.")],
        "K": [
            B("Harry's views – Harry, recorded by his teaching assistant, 15 September 2026.",
              "Parents' views – Harry's mum and dad, 22 September 2026.",
              "Educational advice – Mrs L. Moore, SENCo, Hartfield Church of England Junior School, 10 September 2026.",
              "Psychological advice – Dr S. Nair, Educational Psychologist, 1 October 2026.",
              "Medical advice – Dr Helen Marsh, Consultant Community Paediatrician, 2 September 2026.",
              "Occupational therapy report – Ms A. Price, Children's Occupational Therapist, Wealdshire Community Health, 14 September 2026.",
              "Physiotherapy report – Mr R. Quinn, Children's Physiotherapist, Wealdshire Community Health, 8 September 2026.",
              "Social care advice – Children with Disabilities Team (Team Manager), 28 August 2026."),
            P("Plan issued on behalf of Wealdshire County Council by Mark Fielding, Senior EHC Co-ordinator, on 3 November 2026."),
        ],
    },
})

# ===================================================================== ah108 (FAIL: review overdue; old advice; no PfA; provision as outcome)
PLANS.append({
    "id": "ah108", "layout": "national-template", "name": "Jack", "poss": "his",
    "front": [
        ("Plan status", "Amended final EHC plan"),
        ("Date this plan was issued", "2 December 2024 (amended following annual review)"),
        ("Last annual review", "9 September 2025 – plan maintained without amendment"),
        ("National Curriculum year", "Year 10 (2024–25), electively home educated"),
        ("Age when this plan was issued", "15"),
    ],
    "personal": {"name": "Jack", "preferred": "Jack", "dob": "Withheld (anonymised copy) – Jack was 15 when this plan was issued",
                 "sex": "Male", "ethnicity": "White British", "lang": "English", "parent_lang": "English",
                 "contact1": "Jack's mother (name withheld)", "rel1": "Mother",
                 "contact2": "Jack's father (name withheld)", "rel2": "Father"},
    "services": {"setting": "Electively home educated since September 2023 (previously Downsview Academy)",
                 "gp": "Amberley Green Surgery",
                 "nhs": "Withheld (anonymised copy)",
                 "social": "No",
                 "others": "Wealdshire Learning Support Service; Elective Home Education Team",
                 "lac_now": "No", "lac_past": "No", "opp": "No", "moving": "No"},
    "history": (
        "Jack lives with his mum, his dad and his younger sister in Amberley Green. He was identified with dyscalculia (a specific learning difficulty with numbers) in Year 5 and received support at primary school. He moved to Downsview Academy in Year 7, where his anxiety about maths grew: he began refusing to go to maths lessons and then to school. His parents decided to educate him at home from September 2023, when he was in Year 9, and they employ a maths tutor who is a qualified teacher.\n"
        "Jack's EHC plan was first issued in January 2022 and was amended following his annual review in October 2024.\n"
        "**How Jack communicates**\n"
        "Jack is a confident talker who expresses himself well, although he goes quiet and avoids eye contact when he is anxious."),
    "views": (
        "**Jack's views (from a conversation with the Elective Home Education Adviser, 14 October 2024)**\n"
        "'Being at home is so much better. I can work at the kitchen table and nobody laughs if I get something wrong. I still hate maths. When I see a page of numbers my chest goes tight and I just want to walk off. My tutor is alright, he explains things with money and car parts, which makes more sense. I'm good at fixing bikes and I've rebuilt two with my dad. I like going to the skate park with my mates on Saturdays.'\n"
        "**Jack's parents' views (parental contribution, 10 October 2024)**\n"
        "'Taking Jack out of school was the right decision for his mental health. He is calmer, sleeping better and laughing again. But maths is still a huge barrier. We want him to catch up, to stop panicking when he sees numbers and to enjoy learning again. We are paying for tuition ourselves and would like to know the local authority is behind us.'"),
    "interests": "Fixing and building bikes; skateboarding; motorsport on television; cooking with his dad; computer games with friends.",
    "strengths": (
        "• Jack is practical and good with his hands; he has rebuilt two bikes from parts.\n"
        "• He reads well and enjoys car and bike magazines.\n"
        "• He is funny and has a close group of friends from the skate park.\n"
        "• He understands maths better when it is linked to money, measuring and real objects."),
    "aspirations": (
        "**Jack:** 'I want to be good at maths and not panic when I see numbers. I want to be able to work things out like everyone else.'\n"
        "**Jack's parents:** 'We hope that Jack will grow up confident with numbers and calm about learning.'"),
    "areas": {
        "ci": None,
        "cl": {"strengths": "Jack's reading and writing are at the level expected for his age. He has a good memory for practical procedures.",
               "rows": [
                   ("Jack has dyscalculia. He does not reliably recall times tables facts beyond the 2, 5 and 10 times tables, and he counts on his fingers for addition and subtraction with numbers above 20. His maths attainment is at about the level expected at the end of primary school.",
                    "**Maths tuition:** 1:1 tuition by a qualified teacher with experience of dyscalculia, twice a week for 1 hour, at home, arranged by Jack's parents.\n"
                    "**Specialist teaching programme:** a structured, multi-sensory maths programme, following the plan written by the specialist teacher from the Wealdshire Learning Support Service, used in every tuition session.\n"
                    "**Specialist teacher advice:** the specialist teacher will visit once a term for 1 hour to review Jack's progress with his tutor and parents.",
                    "Jack will receive 1:1 maths tuition twice a week from a qualified tutor."),
                   ("Jack finds it hard to understand fractions, percentages and decimals, and to solve problems with more than one step.",
                    "**Concrete resources:** Jack's tutor will use money, measuring equipment and bike parts to teach fractions, percentages and decimals, in every tuition session.\n"
                    "**Software:** a licence for the Dynamo Maths program for use at home, paid for by the local authority and renewed each year by the Elective Home Education Team; Jack will use it for 20 minutes, 4 days a week.",
                    "By July 2025, Jack will convert between simple fractions, decimals and percentages (halves, quarters, tenths) with 8 out of 10 correct on his tutor's half-termly check."),
                   ("Jack cannot reliably recall times tables facts.",
                    "**Times tables practice:** 10 minutes daily using the Dynamo Maths program, with his parents checking his score each Friday.",
                    "By July 2025, Jack will recall all times tables facts to 10 x 10, answering 45 out of 50 correctly in 5 minutes on his tutor's test."),
               ]},
        "semh": {"strengths": "Jack is much calmer since being educated at home, and he is able to tell his parents when he is becoming anxious.",
                 "rows": [
                     ("Jack becomes very anxious when faced with maths tasks. He describes a tight chest, walks away from the table and refuses to continue.",
                      "**Anxiety management:** the Learning Support Service's emotional wellbeing practitioner will see Jack 1:1 at home for 45 minutes every fortnight for 8 sessions, teaching breathing and grounding strategies, then review.\n"
                      "**Calm workspace:** Jack's parents will provide a quiet workspace at home with his resources to hand.",
                      "Jack is given a quiet, calm space to work at home, with breaks when he feels anxious."),
                     ("Jack avoids any task that he thinks may involve numbers, including in everyday life.",
                      "**Graded practice:** Jack's tutor will build one short real-life number task (for example, working out a price or a measurement) into each session, starting with tasks Jack has chosen.",
                      "By July 2025, Jack will complete a 30-minute tuition session without leaving the table on 4 out of 5 sessions, as recorded by his tutor."),
                 ]},
        "sp": None,
    },
    "health": {
        "strengths": "Jack is physically well and active.",
        "rows": [
            ("Jack has no health needs relating to his special educational needs. This is based on a letter from his family doctor (GP) dated 3 February 2022.",
             "None.",
             "Not applicable."),
        ],
        "agreement": None,
    },
    "social": {
        "strengths": "Jack has a supportive family and good friendships.",
        "rows": [
            ("Jack has no social care needs relating to his special educational needs. Social care advice (Children's Social Care Front Door, 15 October 2024) confirmed that Jack is not known to social care and that no assessment is needed.",
             "None.",
             "None. The family have information about the local offer, including the Wealdshire home education support group.",
             "Not applicable."),
        ],
    },
    "placement": ("Not named – electively home educated",
                  "Jack's parents have made their own arrangements to educate him at home under section 7 of the Education Act 1996. The local authority is satisfied that these arrangements are suitable. Under section 42(5) of the Children and Families Act 2014 the local authority is not required to arrange the provision in Section F while this remains the case."),
    "dp": ("Jack's parents asked about a personal budget for tuition in October 2024. The local authority does not currently agree to a personal budget for this provision.", "Not applicable."),
    "k": {
        "blank": [
            ("Parents' views", "10 October 2024", "Jack's mum and dad", "YES"),
            ("Jack's views", "14 October 2024", "Jack, recorded by Ms T. Reeves, Elective Home Education Adviser", "YES"),
            ("Educational advice", "12 October 2024", "Mr P. Shaw, qualified teacher (Jack's maths tutor)", "YES"),
        ],
        "medical": [("GP letter", "3 February 2022", "Dr M. Hale, GP, Amberley Green Surgery", "YES")],
        "ep": [("Psychological advice", "12 May 2021", "Dr Tom Ashworth, Educational Psychologist", "YES")],
        "social": [("Social care advice", "15 October 2024", "Children's Social Care Front Door (Duty Social Worker)", "YES")],
        "other": [("Specialist teacher assessment", "23 September 2021", "Ms K. Turner, Specialist Teacher, Wealdshire Learning Support Service", "YES")],
        "pfa": [("Careers guidance summary", "17 October 2024", "Ms D. Cole, Careers Adviser, Wealdshire Careers and Participation Service", "YES")],
        "requested": None,
    },
    "signoff": ("Mark Fielding, Senior EHC Co-ordinator, Wealdshire Special Educational Needs and Disabilities (SEND) Service", "Signed electronically", "2 December 2024"),
})

# ===================================================================== ah109 (FAIL: epilepsy unmet; dietitian gave no advice; vague F; CP plan not drawn through)
PLANS.append({
    "id": "ah109", "layout": "letter-column", "name": "Ava", "poss": "her",
    "front": [
        ("Name", "Ava"),
        ("Year group", "Year 2"),
        ("Age", "7"),
        ("Plan finalised", "22 June 2026 (first EHC plan)"),
        ("Last reviewed", "Not applicable – first plan; annual review due by June 2027"),
        ("Education setting", "Brookfield School, Amberley (maintained special school)"),
        ("Child protection plan", "Yes – since May 2026; allocated social worker in the South Wealdshire Child Protection Team"),
    ],
    "sections": {
        "A": [
            H("How we found out what Ava thinks"),
            P("Ava uses a few Makaton signs and picture symbols and does not yet use spoken words. Her class teacher and her teaching assistant, who have worked with her every day since September 2025, watched Ava across a week in April 2026 and recorded what she chose, what she enjoyed and what upset her. Ava also sorted photographs of her day into 'happy' and 'not happy' boxes with her teaching assistant."),
            H("What Ava showed us"),
            B("Ava put the photographs of the sensory room, the swing and music time in the 'happy' box every time.",
              "She laughs and reaches out when adults sing 'Wind the Bobbin Up', and signs 'more'.",
              "She pushes away the spoon when offered food by someone she does not know, and signs 'finished'.",
              "She put the photograph of the minibus in the 'not happy' box and cries when it is noisy."),
            H("What Ava's mum says"),
            P("'Ava is my little sunshine. She is cheeky and she knows exactly what she wants. I want her to be safe at school and to learn to tell people what she needs. Her seizures frighten me and I want to know that the staff know what to do. I hope one day she will be able to walk on her own and that she will have friends.' (Ava's mum, parental advice, 11 April 2026)"),
            H("What people like and admire about Ava"),
            B("Ava has a lovely smile and a great sense of humour.",
              "She is very sociable and greets every adult in her class with a wave.",
              "She has learnt 12 Makaton signs this year.",
              "She can now sit on her own for 5 minutes and pull herself to standing at a table."),
            H("Hopes for the future"),
            P("Ava's mum hopes that Ava will be able to tell people what she wants, walk on her own, stay safe and well, and have friends. Her teachers hope that she will be able to join in with group learning for longer."),
        ],
        "B": [
            H("Communication and interaction"),
            P("Ava has global developmental delay, which means she is learning and developing more slowly than other children in all areas. She understands familiar routines and about 20 familiar words when supported by signs and objects. She communicates by reaching, vocalising, 12 Makaton signs and choosing between two picture symbols."),
            H("Cognition and learning"),
            P("Ava is working at the early stages of the school's pre-key-stage curriculum, at around the level of a child aged 12 to 18 months in most areas. She learns best through repetition, songs and real objects, and she concentrates for about 3 minutes on an adult-led activity."),
            H("Physical and sensory"),
            P("Ava has low muscle tone. She can sit on her own and pull herself to stand, but she cannot yet walk without support. She uses a walker with adult help and a wheelchair for longer distances. She is sensitive to loud noise."),
        ],
        "C": [
            P("**Gastrostomy:** Ava has a gastrostomy (a feeding tube into her stomach) and receives most of her nutrition through it, with a feed at 10.00 am and a water flush at 2.00 pm during the school day. She can take small tastes of smooth food by mouth."),
            P("**Epilepsy:** Ava has epilepsy, diagnosed in 2024. She has focal seizures, in which she stares, her right arm jerks and she does not respond, about 2 or 3 times a month, usually when she is tired or unwell. If a seizure lasts longer than 5 minutes she needs emergency rescue medication (buccal midazolam, given into the side of the mouth) and an ambulance. After a seizure she is sleepy for up to 2 hours."),
            P("**Development:** Ava's global developmental delay is monitored by her community paediatrician."),
        ],
        "D": [
            P("Ava's mum is a single parent who also cares for Ava's younger brother. The Children with Disabilities Team's short breaks assessment (April 2026) found that caring for Ava, who needs help with all her personal care and feeding and wakes most nights, leaves her mum with little time to rest. The family need short breaks to give Ava new experiences and her mum a break from caring."),
        ],
        "E": [
            H("Outcome 1 – Communication"),
            P("By June 2027, Ava will use 25 Makaton signs or symbols to ask for things and to say 'yes', 'no' and 'finished', using at least 10 of them each day, as recorded by her class teacher on her communication tracker."),
            H("Outcome 2 – Learning"),
            P("By June 2027, Ava will take part in a 10-minute adult-led group activity in class (for example, a music or story session) without leaving, on 4 out of 5 days, as recorded by her teaching assistant."),
            H("Outcome 3 – Moving"),
            P("By June 2027, Ava will walk 10 metres in her walker with an adult beside her but not holding it, from her classroom to the hall, on 3 separate days, as recorded by her teaching assistant and checked by the physiotherapist."),
            H("Outcome 4 – Feeding"),
            P("By June 2027, Ava will sign 'drink' or 'hungry' to let staff know she is ready for her feed or water flush on 4 out of 5 school days, as recorded on her feeding chart."),
            H("Outcome 5 – Short breaks"),
            P("By June 2027, Ava will take part happily in a 3-hour short break session at Brookfield Saturday Club, without becoming distressed for more than 10 minutes, on 4 sessions in a row, as recorded by the club's staff."),
        ],
        "F": [
            P("Brookfield School will make the provision below. The school's special educational needs co-ordinator (SENCo) will check that it happens and report on it at each review."),
            H("Class and staffing"),
            P("Ava will be taught in a class of no more than 8 pupils with a qualified teacher experienced in teaching pupils with severe learning difficulties and at least 3 teaching assistants, for the whole school week (32.5 hours)."),
            H("Communication"),
            B("Staff should use Makaton signs and symbols as appropriate alongside speech with Ava throughout the day.",
              "A speech and language therapist from the school's therapy team will see Ava 1:1 for 30 minutes every other week in term time and set her communication targets, which her teaching assistant will practise with her daily for 10 minutes.",
              "A personal symbol book, made and kept up to date by her teaching assistant, will go between home and school every day."),
            H("Learning"),
            B("Where possible, Ava will work 1:1 with a teaching assistant for 3 short sessions of 10 minutes each day on her individual learning targets.",
              "Ava should join her class for group music and story sessions for 10 minutes each day, led by her class teacher, with her teaching assistant beside her."),
            H("Physical and sensory"),
            B("A sensory circuit (movement activities to help her settle) every morning for 10 minutes, 1:1 with a trained teaching assistant.",
              "Ava may use the sensory room with her teaching assistant when the classroom is too noisy.",
              "An occupational therapist from the school's therapy team will visit each half term for 1 hour to check Ava's seating and equipment and to train her teaching assistants."),
        ],
        "G": [
            P("**Children's community nursing team:** a community nurse will train the Brookfield staff who give Ava's gastrostomy feeds (2 hours each September, and for any new staff), check their competency every 6 months, and replace Ava's gastrostomy button every 6 months."),
            P("**Community dietitian:** the community dietitian will review Ava's feeding regime, weight and growth every 3 months, send an updated feeding plan to school and home after each review, and arrange the monthly home delivery of her feed and equipment."),
            P("**Children's physiotherapy:** a physiotherapist will see Ava at school for 45 minutes every 4 weeks, update her walking and standing programme, and show her teaching assistants how to carry it out for 15 minutes daily."),
            P("**Community paediatrics:** Dr Helen Marsh, Consultant Community Paediatrician, will review Ava's development and growth every 6 months."),
            P("**Health agreement:** Section G agreed by Dr Anita Rao, Designated Clinical Officer, NHS Wealdshire and Downs Integrated Care Board, 15 June 2026."),
        ],
        "H1": [
            B("**Short breaks:** Brookfield Saturday Club, 3 hours every other Saturday (about 26 sessions a year), with 1:1 support from staff trained in gastrostomy care, arranged by the Children with Disabilities Team.",
              "**Overnight short breaks:** 2 nights a month at Willow House short breaks unit, starting September 2026.",
              "The Children with Disabilities Team will review these short breaks with Ava's mum every 6 months."),
        ],
        "H2": [P("None. Ava's mum has been given information about the Wealdshire Carers' Centre and the local offer.")],
        "I": [P("Brookfield School, Amberley – a maintained special school for pupils aged 2 to 19 with severe and profound and multiple learning difficulties.")],
        "J": [P("Ava's mum has chosen to receive the Saturday Club short breaks as a direct payment from September 2026 (£48 a session), managed with help from the Wealdshire Direct Payments Support Service.")],
        "K": [
            B("Parent's views – Ava's mum, parental advice, 11 April 2026.",
              "Ava's views – gathered by her class teacher and teaching assistant through observation and photograph sorting, 24 April 2026.",
              "Educational advice – Mrs J. Carter, Class Teacher, and Ms F. Lane, SENCo, Brookfield School, 28 April 2026.",
              "Psychological advice – Dr Tom Ashworth, Educational Psychologist, 6 May 2026.",
              "Medical advice – Dr Helen Marsh, Consultant Community Paediatrician, 30 April 2026.",
              "Speech and language therapy report – Ms P. Rowe, Speech and Language Therapist, 21 April 2026.",
              "Physiotherapy report – Ms A. Lewis, Children's Physiotherapist, 17 April 2026.",
              "Community nursing report – Children's Community Nursing Team (Sister K. Obi), 23 April 2026.",
              "Social care advice (short breaks assessment) – Ms R. Khan, Short Breaks Worker, Children with Disabilities Team, 29 April 2026."),
            P("Signed for Wealdshire County Council: Mark Fielding, Senior EHC Co-ordinator, 22 June 2026."),
        ],
    },
})

# ===================================================================== ah110 (FAIL: sensory advice from a TA; no child voice; no strengths; clinical language in A)
PLANS.append({
    "id": "ah110", "layout": "heading2-numbered", "name": "Ella", "poss": "her",
    "front": [
        ("First name", "Ella"),
        ("Age when this plan was issued", "14"),
        ("National Curriculum year", "Year 9"),
        ("School", "Hartfield Academy (mainstream secondary with a resource base for deaf pupils)"),
        ("Date this plan was issued", "28 January 2026 (amended following annual review)"),
        ("Last annual review", "12 January 2026"),
        ("Plan written by", "EHC Co-ordinator, West Area, Wealdshire Special Educational Needs and Disabilities (SEND) Service"),
    ],
    "sections": {
        "A": [
            H("A1 Background"),
            P("Ella presents with Usher syndrome type 1, with congenital bilateral profound sensorineural hearing loss, sequential bilateral cochlear implantation (2013 and 2015) and progressive rod-cone dystrophy with nyctalopia and constricted peripheral visual fields of approximately 20 degrees. Vestibular areflexia is also documented. Ella is therefore classified as having multi-sensory impairment, with deteriorating functional vision expected over the secondary phase."),
            H("A2 Views of Ella's family"),
            P("Ella's mother reports that Ella is increasingly reluctant to go out after dark, and that she has stopped attending the youth club because she cannot follow the conversation in a noisy room. She reports that Ella has fallen twice at school in the dark corridors this winter and becomes upset when she misses what teachers say. Ella's father is concerned about her future and about her becoming isolated from her friends."),
            P("School staff report that Ella frequently misses instructions in group work, does not always wear her cochlear implant processors at break, and is reluctant to use her long cane in front of other pupils."),
            H("A3 Aspirations"),
            P("Ella's parents would like her to stay in mainstream education, take her General Certificate of Secondary Education (GCSE) exams, go on to college and, in the longer term, have a job and travel independently. They hope she will keep her friendships and learn the skills she will need as her sight changes."),
        ],
        "B": [
            H("B1 Communication and interaction"),
            P("Ella is unable to follow speech in noisy environments or at a distance, even with her cochlear implants. She misses a large part of group discussion and does not always realise that she has missed information. Her lip-reading is becoming less reliable as her sight deteriorates, particularly in poor light. She does not use British Sign Language (BSL) and has not been taught any tactile communication."),
            H("B2 Cognition and learning"),
            P("Ella is working below age-related expectations in English, science and humanities, at about grade 3 in her Year 9 assessments. Her reading speed is slow because of her restricted field of vision, and she has difficulty locating information on a crowded page or on the board. She fails to complete written tasks in the time given."),
            H("B3 Social, emotional and mental health"),
            P("Ella has become withdrawn and anxious. She avoids social situations, does not join in at lunchtime and is reluctant to ask for help. She is embarrassed by her equipment and refuses to use her cane or radio aid in front of other pupils."),
            H("B4 Sensory and physical"),
            P("Ella has profound deafness (managed with cochlear implants) and progressive sight loss, particularly at night and at the edges of her vision. Her balance is poor, especially in the dark and on uneven ground, and she is at risk of falls on stairs and in crowded corridors."),
        ],
        "C": [
            P("Ella has Usher syndrome type 1, a genetic condition causing profound deafness from birth, loss of balance and retinitis pigmentosa (an eye condition in which sight is gradually lost, starting with night vision and side vision). Ella uses two cochlear implants (surgically implanted hearing devices). Her cochlear implants need regular checks and her sight needs to be monitored. She has no other medical conditions."),
        ],
        "D": [
            P("Ella has no social care needs relating to her special educational needs at present. The Children with Disabilities Team gave advice on 3 December 2025 that Ella's needs are met by her family and that no assessment is needed. The family have information about the local offer, including the Wealdshire Deaf Youth Club, and have been told they can ask for an assessment again at any time."),
        ],
        "E": [
            P("Ella's outcomes are linked to the preparing for adulthood themes and will be reviewed at her next annual review in January 2027."),
            H("E1 Education (preparing for further education)"),
            P("By July 2027, Ella will achieve grade 4 or above in her end of Year 10 assessments in English and science, as shown in the school's assessment records."),
            H("E2 Independent travel (independent living)"),
            P("By July 2027, Ella will use her long cane to travel between all her lessons, including in the dark corridors in winter, without adult help on 4 out of 5 days, as recorded by her habilitation specialist."),
            H("E3 Communication and friendships (friends, relationships and community)"),
            P("By December 2026, Ella will attend the Wealdshire Deaf Youth Club at least twice a month and take part in a group activity there, as recorded by the youth club leader."),
            H("E4 Managing her own equipment (good health)"),
            P("By July 2026, Ella will check and charge her own cochlear implant processors and radio aid each day and tell staff if they are not working, on 9 out of 10 school days, as recorded on her equipment checklist."),
            H("E5 Asking for help"),
            P("By July 2026, Ella will ask a teacher to repeat or explain information she has missed at least once in every lesson where she needs to, as observed by her teaching assistant in two lessons a week."),
        ],
        "F": [
            P("Hartfield Academy will make the provision below. The academy's special educational needs co-ordinator (SENCo) is responsible for it and will report to Ella's parents each term."),
            H("F1 Teaching in the resource base"),
            B("**What:** pre-teaching and re-teaching of vocabulary and key ideas in English and science, and teaching of strategies for repairing a conversation.",
              "**How often and how long:** 4 sessions a week, 50 minutes each.",
              "**Group size:** a group of no more than 4 deaf pupils.",
              "**Who:** a Qualified Teacher of the Deaf from the resource base."),
            H("F2 Support in mainstream lessons"),
            B("A teaching assistant trained in deaf awareness and sighted guiding will support Ella in 15 lessons a week (English, science, maths and humanities), taking notes and checking understanding.",
              "All teachers will wear the radio aid transmitter in every lesson; the Qualified Teacher of the Deaf will check the radio aid weekly and the Sensory Support Service will repair or replace it within 3 school days.",
              "Enlarged, uncluttered worksheets (at least 18-point Arial on buff paper) for every lesson, prepared by the resource base teaching assistant."),
            H("F3 Mobility and independence"),
            B("A habilitation specialist from the Wealdshire Sensory Support Service will teach Ella long cane skills and route learning 1:1 for 1 hour every week for 12 weeks, then 1 hour every fortnight.",
              "The SENCo will arrange for the main corridors and stairwells to be lit at all times and for step edges to be marked in contrasting colours by 1 March 2026."),
            H("F4 Wellbeing"),
            B("Ella will meet the school counsellor 1:1 for 45 minutes weekly for 8 weeks, then review.",
              "A lunchtime club in the resource base, 4 days a week for 30 minutes, with no more than 6 pupils, run by a teaching assistant."),
            H("F5 Exams and assessment"),
            B("25% extra time, a modified enlarged paper and a separate room with good lighting for all assessments and exams, arranged by the exams officer."),
            H("F6 Specialist advice"),
            B("A Qualified Teacher of the Deaf and a Qualified Teacher of Children with Vision Impairment from the Sensory Support Service will each visit Ella once every half term for 1 hour to review her needs and advise staff."),
            H("F7 Preparing for adulthood"),
            B("A careers adviser will meet Ella for 45 minutes twice a year from Year 9, and will arrange a college taster day in Year 10."),
        ],
        "G": [
            P("**Cochlear Implant Centre (Wealdshire Hospitals NHS Trust):** a review of Ella's implants and processors every 6 months; replacement parts and batteries supplied by the centre by post."),
            P("**Paediatric Ophthalmology:** eye examination and visual field test every 6 months, with results shared with the Sensory Support Service."),
            P("**Children's Physiotherapy:** a children's physiotherapist will see Ella at school for 45 minutes every fortnight for 6 sessions to work on her balance, then review."),
            P("**Health agreement:** agreed by Dr Anita Rao, Designated Clinical Officer, NHS Wealdshire and Downs Integrated Care Board, 20 January 2026."),
        ],
        "H1": [P("None – see Section D.")],
        "H2": [P("None. The family have information about the local offer and the Wealdshire Deaf Youth Club.")],
        "I": [P("Hartfield Academy – a mainstream secondary academy with a resource base for deaf pupils.")],
        "J": [P("Ella's parents have not requested a personal budget.")],
        "K": [
            B("Parents' views – Ella's mum and dad, 8 December 2025.",
              "Educational advice – Mr D. Sharp, SENCo, Hartfield Academy, 10 December 2025.",
              "Sensory advice – Mrs P. Dale, Specialist Teaching Assistant (Hearing and Vision), Wealdshire Sensory Support Service, 5 December 2025.",
              "Psychological advice – Dr S. Nair, Educational Psychologist, 15 December 2025.",
              "Medical advice – Cochlear Implant Centre (Ms V. Lee, Clinical Scientist), 25 November 2025.",
              "Medical advice – Mr David Chen, Consultant Paediatric Ophthalmologist, 1 December 2025.",
              "Physiotherapy advice – Mr R. Quinn, Children's Physiotherapist, 28 November 2025.",
              "Social care advice – Children with Disabilities Team (Team Manager), 3 December 2025.",
              "Preparing for adulthood advice – Ms D. Cole, Careers Adviser, 9 December 2025."),
            P("Plan issued on behalf of Wealdshire County Council by Mark Fielding, Senior EHC Co-ordinator, on 28 January 2026."),
        ],
    },
})

# ===================================================================== ah111 (FAIL: no aspirations; health advice missing so C/G placeholders, no sign-off; unexplained acronyms)
PLANS.append({
    "id": "ah111", "layout": "national-template", "name": "Maya", "poss": "her", "young_person": True,
    "front": [
        ("Plan status", "Final EHC plan (first plan)"),
        ("Date this plan was issued", "20 April 2026"),
        ("Last annual review", "Not applicable – first EHC plan"),
        ("Education phase", "Post-16 – Year 12, Wealdshire Sixth Form College"),
        ("Age when this plan was issued", "17"),
    ],
    "personal": {"name": "Maya", "preferred": "Maya", "dob": "Withheld (anonymised copy) – Maya was 17 when this plan was issued",
                 "sex": "Female", "ethnicity": "Mixed – White and Black Caribbean", "lang": "English", "parent_lang": "English",
                 "contact1": "Maya (young person)", "rel1": "Self", "contact2": "Maya's father (name withheld)", "rel2": "Father"},
    "services": {"setting": "Wealdshire Sixth Form College",
                 "gp": "Hartfield Medical Practice. Key health professional: CAMHS eating disorders team",
                 "nhs": "Withheld (anonymised copy)", "social": "No",
                 "others": "College learning support; school nursing service (post-16)",
                 "lac_now": "No", "lac_past": "No", "opp": "No", "moving": "No"},
    "history": (
        "Maya lives with her dad and her older brother in Hartfield. She has had difficulties with eating since early childhood, eating only a small number of foods, and was diagnosed with ARFID by CAMHS in 2024. She was supported at school through SEN support and an IHCP. Her attendance fell in Year 11 as her anxiety about eating in front of others grew, and she missed most of her mock exams, although she achieved 7 GCSEs in summer 2025.\n"
        "Maya started at Wealdshire Sixth Form College in September 2025, studying A levels in biology, psychology and English literature. The college requested an EHCNA in January 2026 because her attendance had fallen to 61% and she was not eating at college.\n"
        "**How Maya communicates**\n"
        "Maya is articulate and prefers to give her views in writing or by email, as she finds face-to-face meetings stressful."),
    "views": (
        "**Maya's views (written by Maya and emailed to her EHC co-ordinator, 9 March 2026)**\n"
        "'I'm Maya. I like reading, writing poetry, biology and true crime podcasts. I have a small group of friends at college who I trust. The main thing people need to understand is that I'm not being fussy and I'm not trying to lose weight. Most foods make me gag because of the texture and smell, and I get scared I'll be sick. Eating in front of people is the worst. At college I just don't eat all day and by the afternoon I can't concentrate and I get headaches and feel shaky.\n"
        "I'd like somewhere quiet to eat, someone who gets it, and for teachers not to make a big deal of it when I'm late or I have to leave. I'm behind in biology coursework and that stresses me out.'\n"
        "**Maya's dad's views (parental contribution, 12 March 2026)**\n"
        "'Maya is clever, kind and stubborn in a good way. I'm worried about her health and her weight, and about her dropping out of college. She needs people to understand ARFID and to stop telling her to just eat something.'"),
    "interests": "Reading (especially poetry and crime fiction); writing poetry; biology; true crime podcasts; walking her dad's dog; drawing.",
    "strengths": (
        "• Maya is very able academically and achieved grade 8 in GCSE English literature and grade 7 in biology.\n"
        "• She writes thoughtfully and had a poem published in a national young writers' anthology in 2025.\n"
        "• She is a loyal friend and is trusted by her small group of friends.\n"
        "• She is honest about her difficulties and can explain them clearly in writing."),
    "aspirations": "To be discussed with Maya at her first annual review.",
    "areas": {
        "ci": None,
        "cl": {"strengths": "Maya is an able student with strong written skills. Her teachers predict grades B to A in English literature and psychology.",
               "rows": [
                   ("Maya's attendance is 61% and she has missed a significant amount of teaching, particularly in biology practical sessions. Her concentration falls sharply in the afternoon because she has not eaten, and she has fallen behind with her biology coursework (4 of 8 required practicals completed).",
                    "**Catch-up teaching:** 1:1 biology catch-up with a biology teacher for 1 hour a week in term time until all required practicals are complete, then review.\n"
                    "**Timetable:** the SENCo will arrange for Maya's biology lessons to be timetabled in the morning wherever the college timetable allows.\n"
                    "**LSA check-in:** an LSA will meet Maya for 15 minutes at the start of each college day to plan her day and her breaks.",
                    "By December 2026, Maya will complete all 8 required biology practicals and submit her write-ups, as recorded by her biology teacher."),
                   ("Maya finds exams very stressful, particularly long papers without a break.",
                    "**Access arrangements:** 25% extra time, supervised rest breaks with permission to eat, and a room with no more than 10 candidates for all mock and A level exams, arranged by the exams officer.",
                    "By July 2027, Maya will sit all her A level exams, with her access arrangements, and gain A levels in biology, psychology and English literature, as shown in her results."),
               ]},
        "semh": {"strengths": "Maya has a small, supportive group of friends and is well liked by her teachers.",
                 "rows": [
                     ("Maya has high anxiety about eating in front of others and about being sick. She avoids the canteen and does not eat during the college day. She worries about being judged and about falling behind.",
                      "**Mentor:** a named learning mentor will meet Maya 1:1 for 30 minutes once a week to review her week, her eating plan at college and her workload.\n"
                      "**Quiet space to eat:** the learning support room will be kept available for Maya to eat at lunchtime every day, with no more than 3 other students, arranged by the SENCo.\n"
                      "**Staff awareness:** the SENCo will brief all Maya's teachers in writing on ARFID and her agreed adjustments at the start of each term.",
                      "By March 2027, Maya will eat lunch at college on 4 out of 5 days, and in the college canteen with a friend at least twice a week, as recorded by her learning mentor."),
                     ("Maya has lost confidence in taking part in class discussion when she is tired and hungry.",
                      "**DBT skills group:** the college's wellbeing team will run a DBT skills group for 1 hour a week for 10 weeks, in a group of no more than 8 students, led by a college counsellor trained in DBT.",
                      "By July 2026, Maya will contribute at least once to the discussion in each psychology and English literature lesson, on 4 out of 5 lessons over a fortnight, as recorded by her teachers."),
                 ]},
        "sp": None,
    },
    "health": {
        "strengths": "Maya understands her condition well and can explain it to others.",
        "rows": [
            ("Awaiting advice from the CAMHS eating disorders team.",
             "CAMHS to continue involvement as needed. The school nurse will monitor Maya's weight and BMI.",
             "By March 2027, Maya will eat lunch at college on 4 out of 5 days (see the social, emotional and mental health outcome above)."),
        ],
        "agreement": None,
    },
    "social": {
        "strengths": "Maya has a close relationship with her dad and brother.",
        "rows": [
            ("Maya has no social care needs relating to her special educational needs. Social care advice was received from Children's Social Care (Front Door) on 16 March 2026, confirming that Maya is not known to social care and that no assessment is indicated.",
             "None.",
             "None. Maya and her dad have been given information about the local offer and about the Wealdshire young carers' and young people's wellbeing services.",
             "Not applicable."),
        ],
    },
    "placement": ("Wealdshire Sixth Form College", "Sixth form college (post-16 institution)."),
    "dp": ("Maya has not requested a personal budget.", "Not applicable."),
    "k": {
        "blank": [
            ("Maya's views", "9 March 2026", "Maya", "YES"),
            ("Parent's views", "12 March 2026", "Maya's dad", "YES"),
            ("Educational advice", "11 March 2026", "Mrs E. Pearce, SENCo, Wealdshire Sixth Form College", "YES"),
        ],
        "medical": [("Requested from the CAMHS eating disorders team on 2 March 2026", "Not received at the time of issue", "CAMHS", "NO")],
        "ep": [("Psychological advice", "18 March 2026", "Dr Tom Ashworth, EP", "YES")],
        "social": [("Social care advice", "16 March 2026", "Children's Social Care Front Door (Duty Team Manager)", "YES")],
        "other": [("Learning mentor report", "13 March 2026", "Mr K. Ali, Learning Mentor, Wealdshire Sixth Form College", "YES")],
        "pfa": [("PfA advice", "20 March 2026", "Ms D. Cole, Careers Adviser, Wealdshire Careers and Participation Service", "YES")],
        "requested": None,
    },
    "signoff": ("Mark Fielding, Senior EHC Co-ordinator, Wealdshire SEND Service", "Signed electronically", "20 April 2026"),
})

# ===================================================================== ah112 (FAIL: undated/unattributed advice; money need and outcome with no provision; social care in F and education in H2)
PLANS.append({
    "id": "ah112", "layout": "letter-column", "name": "Sam", "poss": "his", "young_person": True,
    "front": [
        ("Name", "Sam"),
        ("Education phase", "Post-19 – third year at Ashdown Specialist College (day student)"),
        ("Age", "23"),
        ("Plan finalised", "16 July 2026 (amended plan following annual review)"),
        ("Last reviewed", "Annual review meeting held on 30 June 2026"),
        ("Education setting", "Ashdown Specialist College, Amberley (independent specialist post-16 institution)"),
    ],
    "sections": {
        "A": [
            H("About me – in my own words"),
            P("Sam told his course tutor what he wanted to say for his review on 16 June 2026, using his communication passport and photos. His tutor wrote it down and read it back to him, and Sam said it was right."),
            P("\"I'm Sam. I'm 23. I live in a shared house with two other lads and there's staff in the day and at night. I like Crystal Palace, gardening, Lego and the bus. I'm good at growing tomatoes and I know all the bus numbers in Hartfield. At college I'm in the horticulture group and I'm the best at potting on.\""),
            P("\"I don't like it when the bus is late or full. I get panicky and I want to go home. I don't like maths. Sometimes people at the bus station ask me for money and I give it to them because I don't know what to say.\""),
            P("\"I want a job at Greenacres Garden Centre. I want to go to the football with my mate Lewis without staff. I want to cook my own tea.\""),
            H("What Sam's family say"),
            P("Sam's mum wrote for the review (24 June 2026): \"Sam has come on so much at Ashdown. He is more confident and he loves his horticulture course. We want him to have a proper job, even a few hours a week, and to be safe when he is out on his own. Our worry is money: he is too trusting and has been taken advantage of.\""),
            H("What people like and admire about Sam"),
            B("Sam is cheerful, friendly and polite, and staff describe him as 'a joy to work with'.",
              "He is reliable and always arrives on time for his horticulture sessions.",
              "He has excellent knowledge of local bus routes and timetables.",
              "He has passed his Entry Level 2 award in horticulture and his Entry Level 1 Functional Skills English."),
        ],
        "B": [
            H("Cognition and learning"),
            P("Sam has a moderate learning disability and is autistic. He reads familiar words and short sentences and writes his name and address. He learns practical skills well when tasks are broken into small steps and shown to him, and he needs lots of repetition to remember new information."),
            H("Money"),
            P("Sam cannot yet count money beyond £5, recognise which coins and notes he needs, or check his change. He does not understand how much things cost or how to make his money last the week. He has given money to strangers who asked him for it at the bus station on at least three occasions this year."),
            H("Social, emotional and mental health"),
            P("Sam becomes anxious when routines change unexpectedly, for example when a bus is cancelled. When anxious he may walk away from staff or ring his mum repeatedly. He finds it hard to say 'no' to people and to judge whether someone can be trusted."),
            H("Communication"),
            P("Sam speaks in short sentences and understands everyday language when it is clear and concrete. He uses a communication passport and photographs to explain things that are new or complicated."),
        ],
        "C": [
            P("Sam has mild asthma, controlled with a reliever inhaler; he has no other physical health conditions. His anxiety has been assessed by the Community Learning Disability Team psychologist (May 2026), who found that it is significant and affects his independence, and has offered individual therapy."),
        ],
        "D": [
            P("Adult Social Care reviewed Sam's Care Act assessment on 4 June 2026. Sam has eligible needs for support with planning meals and cooking, managing his medication, keeping his home clean, and staying safe in the community, particularly around money and people who may take advantage of him. His needs are currently met by supported living staff at Brightwell Supported Living, funded by Adult Social Care."),
        ],
        "E": [
            H("Outcome 1 – Employment"),
            P("By July 2027, Sam will complete a supported internship placement at Greenacres Garden Centre for 2 days a week over 2 terms and receive a positive final report from his job coach and line manager, rated 'good' or better in at least 4 of the 6 areas."),
            H("Outcome 2 – Independent travel"),
            P("By March 2027, Sam will travel by bus from his house to Greenacres Garden Centre and back on his own, including when his usual bus is cancelled, on 8 out of 10 placement days, as recorded by his job coach."),
            H("Outcome 3 – Independent living"),
            P("By July 2027, Sam will cook a simple hot meal (for example pasta with sauce) following a picture recipe, with staff only watching, once a week for 6 weeks in a row, as recorded by his supported living key worker."),
            H("Outcome 4 – Money"),
            P("By July 2027, Sam will plan a weekly food budget of £30 and keep to it for 4 weeks in a row, checking his change at the till, as recorded by his key worker."),
            H("Outcome 5 – Friends and community"),
            P("By June 2027, Sam will go to a Crystal Palace home game with his friend Lewis, without staff, having planned the journey himself, on at least 2 occasions, as reported by Sam and his key worker."),
            H("Outcome 6 – Good health"),
            P("By December 2026, Sam will use his coping plan when he feels panicky on the bus (stopping, breathing and reading his plan card) instead of ringing his mum, on 4 out of 5 occasions recorded by his job coach, and will carry his inhaler every day."),
        ],
        "F": [
            P("Ashdown Specialist College will make the provision below, 4 days a week in term time (36 weeks a year). The college's head of learning support is responsible for it."),
            H("1. Supported internship (outcome 1)"),
            P("A supported internship at Greenacres Garden Centre for 2 days a week (6 hours a day) over the autumn and spring terms, with a job coach trained in systematic instruction, who will support Sam 1:1 for the first 4 weeks and then reduce to 2 hours a day, visiting at least once a week, and meet his line manager once a month."),
            H("2. Travel training (outcome 2)"),
            P("A travel trainer from the college will work with Sam 1:1 on his route to Greenacres for 8 sessions of 2 hours in September and October 2026, including what to do if the bus is cancelled, then shadow him from a distance for 4 further journeys."),
            H("3. Horticulture and Functional Skills (outcome 1)"),
            P("Horticulture (Entry Level 3) for 2 days a week in a group of no more than 8 learners, taught by a qualified horticulture tutor with a learning support assistant, and Functional Skills English at Entry Level 2 for 1 hour a week in the same group."),
            H("4. Coping with change (outcome 6)"),
            P("A coping plan card, written with Sam by his tutor and the Community Learning Disability Team psychologist, reviewed by his tutor each half term, and practised with him weekly for 15 minutes during tutorial."),
            H("5. Support at home (outcome 3)"),
            P("A support worker from Brightwell Supported Living will help Sam for 2 hours each evening with cooking his tea, laundry and taking his medication, and for 4 hours on Saturdays with shopping and cleaning."),
        ],
        "G": [
            P("**Community Learning Disability Team:** a clinical psychologist will see Sam 1:1 for 50 minutes every fortnight for 10 sessions from September 2026, working on anxiety and staying safe with people, then review with Sam and his mum; the psychologist will also meet his tutor and key worker for 30 minutes once a term."),
            P("**Asthma:** Sam's family doctor (GP) practice nurse will carry out an annual asthma review and prescribe his reliever inhaler."),
            P("**Health agreement:** confirmed by Dr Anita Rao, Designated Clinical Officer, NHS Wealdshire and Downs Integrated Care Board, 10 July 2026."),
        ],
        "H1": [P("Not applicable: Sam is over 18. His social care is provided under the Care Act 2014 (see H2).")],
        "H2": [
            P("**Personal assistant:** 6 hours a week of personal assistant support (Saturday afternoons) to go to football and other community activities, funded by Adult Social Care through a direct payment, reviewed every 6 months."),
            P("**Functional Skills English:** 1:1 tutoring at the supported living house by a college tutor for 1 hour a week in term time."),
        ],
        "I": [P("Ashdown Specialist College, Amberley – an independent specialist post-16 institution (day placement), approved under section 41 of the Children and Families Act 2014.")],
        "J": [P("Direct payment of £108 a week for 6 hours of personal assistant support (Section H2), managed by Sam's mum on his behalf with help from the Wealdshire Direct Payments Support Service.")],
        "K": [
            B("Sam's views – Sam, recorded by his course tutor, 16 June 2026.",
              "Parent's views – Sam's mum, 24 June 2026.",
              "Educational advice – Mr N. Gill, Head of Learning Support, Ashdown Specialist College, 19 June 2026.",
              "Course tutor report – Ms L. Hart, Course Tutor, Ashdown Specialist College.",
              "Views of Sam's supported living provider.",
              "Psychological advice – Dr Tom Ashworth, Educational Psychologist, 2 March 2026.",
              "Medical advice – Dr J. Ward, Clinical Psychologist, Community Learning Disability Team, 20 May 2026.",
              "Medical advice – Hartfield Medical Practice (Practice Nurse), 8 June 2026.",
              "Social care advice (Care Act review) – Ms S. Patel, Social Worker, Adult Social Care Learning Disability Team, 4 June 2026.",
              "Preparing for adulthood advice – Ms D. Cole, Careers Adviser, 12 June 2026."),
            P("Signed for Wealdshire County Council: Mark Fielding, Senior EHC Co-ordinator, 16 July 2026."),
        ],
    },
})


def docx_paragraph_texts(path):
    """All paragraph texts of a .docx in body order, descending into tables (merged cells once)."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph
    d = docx.Document(path)
    out = []

    def walk(parent_el, parent):
        for el in parent_el.iterchildren():
            tag = el.tag.split('}')[1]
            if tag == 'p':
                out.append(Paragraph(el, parent).text)
            elif tag == 'tbl':
                from docx.table import _Cell
                t = Table(el, parent)
                for tr in el.findall(qn("w:tr")):
                    for tc in tr.findall(qn("w:tc")):
                        if tc.vMerge == "continue":
                            continue
                        walk(tc, _Cell(tc, t))
    walk(d.element.body, d)
    return out


def check_labels():
    import yaml
    key = yaml.safe_load(open(os.path.join(HERE, "labels.yaml")))
    problems = 0
    for pl in key["plans"]:
        paras = [" ".join(p.split()) for p in docx_paragraph_texts(os.path.join(OUT, pl["file"]))]
        for crit, why in (pl.get("why") or {}).items():
            quotes = re.findall(r'"([^"]+)"', why)
            if not quotes:
                print("NO QUOTE", pl["file"], crit)
                problems += 1
            for q in quotes:
                q = " ".join(q.split())
                if not any(q in p for p in paras):
                    print("QUOTE NOT FOUND", pl["file"], crit, q)
                    problems += 1
        for crit, val in pl["labels"].items():
            if val == "fail" and crit not in (pl.get("why") or {}):
                print("FAIL WITHOUT WHY", pl["file"], crit)
                problems += 1
    print("problems:", problems)
    return problems


def main():
    import sys
    if "--check" in sys.argv:
        sys.exit(1 if check_labels() else 0)
    os.makedirs(OUT, exist_ok=True)
    for plan in PLANS:
        path = os.path.join(OUT, plan["id"] + ".docx")
        RENDER[plan["layout"]](plan, path)
        print("wrote", path)


if __name__ == "__main__":
    main()
