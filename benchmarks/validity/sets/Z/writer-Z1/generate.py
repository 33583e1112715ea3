#!/usr/bin/env python3
"""Generator for blind set Z1 (Ashdene County Council, fictional).

Plans z101-z112 in three layouts: letter-column, national-template, bold-statutory.
Plan text is held as Python data below; one renderer per layout.
Run:  /work/blind/.venv-Z1/bin/python generate.py
Writes plans/*.docx and labels.yaml next to this file.
"""
import copy
import os

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))
TEMPLATE = "/work/shared/reference/national-ehcp-template.docx"
COUNCIL = "Ashdene County Council"

# ---------------------------------------------------------------- blocks
# A section is a list of blocks:
#   ("h", text)        sub-heading
#   ("p", text)        paragraph
#   ("b", [items])     bullets (an item starting with "o " is a sub-bullet in bold-statutory)
#   ("n", [items])     numbered list


def shade(cell, fill="D9D9D9"):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def set_col_width(table, idx, width):
    for row in table.rows:
        row.cells[idx].width = width


def bold_para(container, text, size=None, underline=False):
    p = container.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    r.underline = underline
    if size:
        r.font.size = Pt(size)
    return p


def labelled(container, label, value):
    p = container.add_paragraph()
    r = p.add_run(label + " ")
    r.bold = True
    p.add_run(value)
    return p


# ------------------------------------------------ letter-column renderer
SHORT_TITLES = {
    "A": "The views, interests and aspirations of {n} and {pp}",
    "B": "{n}'s special educational needs",
    "C": "{n}'s health care needs which relate to {ps} special educational needs",
    "D": "{n}'s social care needs which relate to {ps} special educational needs or disability",
    "E": "Outcomes",
    "F": "Special educational provision",
    "G": "Health care provision",
    "H1": "Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970",
    "H2": "Other social care provision",
    "I": "Placement",
    "J": "Personal budget",
    "K": "Advice and information gathered during the EHC needs assessment",
}
ORDER = ["A", "B", "C", "D", "E", "F", "G", "H1", "H2", "I", "J", "K"]


def render_letter_column(plan, path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10.5)
    p = bold_para(doc, COUNCIL, 14)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = bold_para(doc, "Education, Health and Care Plan", 13)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph("Special Educational Needs and Disabilities (SEND) Service – " + plan["team"]).alignment = WD_ALIGN_PARAGRAPH.CENTER
    for label, value in plan["front"]:
        labelled(doc, label, value)
    doc.add_paragraph()
    # count rows
    rows = sum(1 + len(plan["sections"][s]) for s in ORDER)
    t = doc.add_table(rows=rows, cols=2)
    t.style = "Table Grid"
    r = 0
    fmt = dict(n=plan["name"], pp=plan["pp"], ps=plan["ps"])
    for s in ORDER:
        start = r
        c = t.cell(r, 1)
        c.paragraphs[0].add_run(SHORT_TITLES[s].format(**fmt)).bold = True
        r += 1
        for kind, content in plan["sections"][s]:
            c = t.cell(r, 1)
            if kind == "h":
                c.paragraphs[0].add_run(content).bold = True
            elif kind == "p":
                c.paragraphs[0].text = content
            elif kind in ("b", "n"):
                style = "List Bullet" if kind == "b" else "List Number"
                first = True
                for item in content:
                    if first:
                        c.paragraphs[0].text = item
                        c.paragraphs[0].style = doc.styles[style]
                        first = False
                    else:
                        c.add_paragraph(item, style=style)
            r += 1
        end = r - 1
        m = t.cell(start, 0).merge(t.cell(end, 0)) if end > start else t.cell(start, 0)
        m.paragraphs[0].text = ""
        run = m.paragraphs[0].add_run(s)
        run.bold = True
        run.font.size = Pt(16)
        m.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        shade(m, "BDD7EE")
    set_col_width(t, 0, Cm(1.6))
    set_col_width(t, 1, Cm(15.4))
    if plan.get("closing"):
        doc.add_paragraph()
        for line in plan["closing"]:
            doc.add_paragraph(line)
    doc.save(path)


# ---------------------------------------------- bold-statutory renderer
LONG_TITLES = {
    "A": "Section A: The views, interests and aspirations of the child and his or her parents, or of the young person",
    "B": "Section B: The child or young person's special educational needs",
    "C": "Section C: The child or young person's health care needs which relate to their special educational needs",
    "D": "Section D: The child or young person's social care needs which relate to their special educational needs or to a disability",
    "E": "Section E: The outcomes sought for the child or young person, including outcomes for adult life",
    "F": "Section F: The special educational provision required by the child or young person",
    "G": "Section G: Any health care provision reasonably required by the learning difficulties or disabilities which result in the child or young person having special educational needs",
    "H1": "Section H1: Any social care provision which must be made for a child or young person under 18 resulting from section 2 of the Chronically Sick and Disabled Persons Act 1970",
    "H2": "Section H2: Any other social care provision reasonably required by the learning difficulties or disabilities which result in the child or young person having special educational needs",
    "I": "Section I: The name and type of the school, maintained nursery school, post-16 institution or other institution to be attended by the child or young person",
    "J": "Section J: Where there is a Personal Budget, the details of how the Personal Budget will support particular outcomes",
    "K": "Section K: The advice and information gathered during the EHC needs assessment",
}


def render_bold_statutory(plan, path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    p = bold_para(doc, COUNCIL.upper(), 14)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = bold_para(doc, "EDUCATION, HEALTH AND CARE PLAN", 13)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph("Special Educational Needs and Disabilities (SEND) Service – " + plan["team"]).alignment = WD_ALIGN_PARAGRAPH.CENTER
    for label, value in plan["front"]:
        labelled(doc, label, value)
    bullet = plan.get("bullet", "•")
    for s in ORDER:
        doc.add_paragraph()
        bold_para(doc, LONG_TITLES[s])
        for kind, content in plan["sections"][s]:
            if kind == "h":
                bold_para(doc, content, underline=True)
            elif kind == "p":
                doc.add_paragraph(content)
            elif kind == "b":
                for item in content:
                    if item.startswith("o "):
                        pp = doc.add_paragraph("o\t" + item[2:])
                        pp.paragraph_format.left_indent = Cm(1.5)
                    else:
                        pp = doc.add_paragraph(bullet + "\t" + item)
                        pp.paragraph_format.left_indent = Cm(0.6)
            elif kind == "n":
                for i, item in enumerate(content, 1):
                    doc.add_paragraph("%d.\t%s" % (i, item))
    if plan.get("closing"):
        doc.add_paragraph()
        for line in plan["closing"]:
            doc.add_paragraph(line)
    doc.save(path)


# -------------------------------------------- national-template renderer
def clear_cell(cell):
    for p in list(cell.paragraphs)[1:]:
        p._p.getparent().remove(p._p)
    for r in list(cell.paragraphs[0].runs):
        r._r.getparent().remove(r._r)
    return cell


def fill_cell(cell, blocks):
    """blocks: str or list of (kind, text) blocks."""
    clear_cell(cell)
    if isinstance(blocks, str):
        blocks = [("p", blocks)]
    first = True
    for kind, content in blocks:
        items = content if kind == "b" else [content]
        for item in items:
            p = cell.paragraphs[0] if first else cell.add_paragraph()
            first = False
            if kind == "h":
                p.add_run(item).bold = True
            elif kind == "b":
                p.add_run("• " + item)
            else:
                p.add_run(item)


def replace_in_cell(cell, old, new):
    for p in cell.paragraphs:
        if old in p.text:
            txt = p.text.replace(old, new)
            for r in list(p.runs):
                r._r.getparent().remove(r._r)
            p.add_run(txt)


def delete_row(table, row):
    table._tbl.remove(row._tr)


def fill_area_table(table, area, strengths_row=2, first_row=4, width=3):
    """area: dict(strengths=blocks, rows=[(need, provision, outcome)]) or None."""
    fill_cell(table.rows[strengths_row].cells[0], area["strengths"])
    rows = area["rows"]
    n_avail = len(table.rows) - first_row
    assert len(rows) <= n_avail, (len(rows), n_avail)
    for i, vals in enumerate(rows):
        cells = table.rows[first_row + i].cells
        for j in range(width):
            fill_cell(cells[j], vals[j])
    for row in list(table.rows)[first_row + len(rows):]:
        delete_row(table, row)


def insert_paragraph_after(par, text="", bold_label=None):
    new_p = OxmlElement("w:p")
    par._p.addnext(new_p)
    from docx.text.paragraph import Paragraph
    p = Paragraph(new_p, par._parent)
    if bold_label:
        p.add_run(bold_label + " ").bold = True
    if text:
        p.add_run(text)
    return p


def paragraph_after_table(table, text, bold_label=None):
    new_p = OxmlElement("w:p")
    table._tbl.addnext(new_p)
    from docx.text.paragraph import Paragraph
    p = Paragraph(new_p, table._parent)
    if bold_label:
        p.add_run(bold_label + " ").bold = True
    p.add_run(text)
    return p


def render_national(plan, path):
    doc = Document(TEMPLATE)
    T = doc.tables
    # front matter (house style) after the Heading 1
    h1 = [p for p in doc.paragraphs if p.style.name == "Heading 1"][0]
    last = h1
    lines = [(None, COUNCIL + " – Education, Health and Care Plan. Special Educational Needs and Disabilities (SEND) Service, " + plan["team"])] + list(plan["front"])
    for label, value in lines:
        last = insert_paragraph_after(last, value, label)
    # personal details
    pd = plan["personal"]
    t0 = T[0]
    fill_cell(t0.rows[1].cells[1], pd["name"])
    fill_cell(t0.rows[1].cells[3], pd["preferred"])
    fill_cell(t0.rows[2].cells[1], pd["dob"])
    fill_cell(t0.rows[3].cells[1], pd["sex"])
    fill_cell(t0.rows[3].cells[3], pd["ethnicity"])
    fill_cell(t0.rows[4].cells[1], pd["lang"])
    fill_cell(t0.rows[4].cells[3], pd["parent_lang"])
    fill_cell(t0.rows[6].cells[1], pd["p1"])
    fill_cell(t0.rows[6].cells[3], pd["p1_rel"])
    fill_cell(t0.rows[7].cells[1], "Held on case file")
    fill_cell(t0.rows[7].cells[3], "Held on case file")
    fill_cell(t0.rows[8].cells[1], "Held on case file")
    fill_cell(t0.rows[9].cells[1], pd.get("p2", "Not applicable"))
    fill_cell(t0.rows[9].cells[3], pd.get("p2_rel", ""))
    fill_cell(t0.rows[10].cells[1], "Held on case file" if pd.get("p2") else "")
    fill_cell(t0.rows[10].cells[3], "Held on case file" if pd.get("p2") else "")
    fill_cell(t0.rows[11].cells[1], pd.get("p2_addr", "Same address"))
    sv = plan["services"]
    t1 = T[1]
    for i, key in enumerate(["setting", "gp", "nhs", "social", "others", "lac", "was_lac", "opp", "moving"], 1):
        fill_cell(t1.rows[i].cells[1], sv[key])
    fill_cell(T[2].rows[1].cells[1], plan["A1"])
    t3 = T[3]
    fill_cell(t3.rows[3].cells[0], plan["views"])
    fill_cell(t3.rows[5].cells[0], plan["interests"])
    fill_cell(t3.rows[7].cells[0], plan["strengths"])
    fill_cell(t3.rows[9].cells[0], plan["aspirations"])
    for idx, key in zip((4, 5, 6, 7), ("ci", "cl", "semh", "sp")):
        fill_area_table(T[idx], plan["areas"][key])
    fill_area_table(T[8], plan["health"], strengths_row=1, first_row=3, width=3)
    fill_area_table(T[9], plan["social"], strengths_row=1, first_row=3, width=4)
    if plan.get("health_agreement"):
        paragraph_after_table(T[8], plan["health_agreement"], "Health agreement:")
    t10 = T[10]
    fill_cell(t10.rows[0].cells[1], plan["placement"]["name"])
    fill_cell(t10.rows[1].cells[1], plan["placement"]["type"])
    for i, (a, b) in enumerate(plan["placement"].get("extra", [])):
        fill_cell(t10.rows[2 + i].cells[0], a)
        fill_cell(t10.rows[2 + i].cells[1], b)
    fill_cell(T[11].rows[0].cells[1], plan["J"][0])
    fill_cell(T[11].rows[1].cells[1], plan["J"][1])
    t12 = T[12]
    for ri, vals in plan["K"].items():
        cells = t12.rows[ri].cells
        label, date, who, app = vals
        if label is not None:
            fill_cell(cells[0], label)
        if date is not None:
            fill_cell(cells[1], date)
        if who is not None:
            fill_cell(cells[2], who)
        if app is not None:
            fill_cell(cells[3], app)
    for extra in plan.get("K_extra", []):
        new_tr = copy.deepcopy(t12.rows[1]._tr)
        t12._tbl.append(new_tr)
        row = t12.rows[-1]
        for j, v in enumerate(extra):
            fill_cell(row.cells[j], v)
    t13 = T[13]
    for j, v in enumerate(plan["signoff"]):
        fill_cell(t13.rows[1].cells[j], v)
    doc.save(path)


RENDER = {
    "letter-column": render_letter_column,
    "bold-statutory": render_bold_statutory,
    "national-template": render_national,
}

PLANS = []
LABELS = {}

# =====================================================================
# z101  letter-column  SOUND  Prabin, 7, Year 2, hearing impairment
# =====================================================================
PLANS.append(dict(
    id="z101", layout="letter-column", name="Prabin", pp="his parents", ps="his",
    team="Kinverton and South Team",
    front=[
        ("Child's first name:", "Prabin"),
        ("Age:", "7 years"),
        ("National Curriculum year:", "Year 2"),
        ("Education setting:", "Kinverton Garrison Primary Academy (Three Spires Academy Trust)"),
        ("Type of plan:", "Final EHC plan (first plan following EHC needs assessment)"),
        ("Date of EHC plan:", "30 March 2026"),
        ("Last annual review:", "Not yet due – first review by March 2027"),
        ("Caseworker:", "SEND Casework Officer, Kinverton and South Team"),
    ],
    sections={
        "A": [
            ("h", "How we gathered Prabin's views"),
            ("p", "Prabin's views were gathered in school on 4 February 2026 by his Teacher of the Deaf, who knows him well, using a talking mat with pictures of school, home and playtime. Prabin put each picture under a thumbs up, a thumbs down or a 'not sure' face and then talked about his choices. His mum was with him for part of the session. The words below are Prabin's own, written down as he said them."),
            ("h", "About me – in my own words"),
            ("b", [
                "\"I am 7. I live at Gurkha Lines with my mum, my dad and my little sister Asha.\"",
                "\"My dad is a soldier. I want to be a soldier like him, or a footballer for Aston Villa.\"",
                "\"I like football, Lego and my cousin's dog. His name is Bhote.\"",
                "\"I like it when Mrs Holt uses the microphone. I can hear her good.\"",
                "\"I don't like it when the hall is noisy at dinner time. My ears go buzzy.\"",
                "\"Sometimes I don't know what to do because I didn't hear. Then I copy my friend.\"",
            ]),
            ("h", "What people like and admire about Prabin"),
            ("p", "Prabin is a kind, funny boy who looks after his younger sister and is always the first to welcome a new child to the class. Staff describe him as determined: he practised throwing and catching every lunchtime for a month so that he could join the Year 2 football group. He speaks Nepali at home and English at school and moves between the two with ease, often helping his grandmother with English words at the shop. He is proud of his hearing aids and chose blue moulds so that they match his football kit."),
            ("h", "How Prabin communicates"),
            ("p", "Prabin talks in full sentences in English and in Nepali. He hears best when the speaker is close to him, facing him, and when background noise is low. He watches faces closely and uses lip patterns to fill in what he misses. He does not always realise that he has missed something, so he may answer a different question from the one he was asked."),
            ("h", "What Prabin's parents say"),
            ("p", "Prabin's parents shared their views at a meeting at home on 2 February 2026, with a Nepali interpreter. They are pleased with how the school has welcomed the family since they moved to Kinverton from Brunei in 2024. Mum said: \"At home he is happy, but he is tired after school, and he tells me he did not understand the teacher.\" Dad would like Prabin to have access to the same after-school clubs as his friends and to feel that his hearing does not hold him back. Both parents want him to keep speaking Nepali and to read well in English."),
            ("h", "Hopes and aspirations"),
            ("b", [
                "Prabin wants to play for a football team and, when he is older, to join the army like his dad.",
                "His parents want him to read and write as well as other children of his age, to keep his Nepali, and to go to secondary school with his cousins.",
                "Everyone wants Prabin to be able to speak up for himself when he has not heard something.",
            ]),
        ],
        "B": [
            ("p", "Prabin has a permanent moderate hearing loss in both ears (bilateral sensorineural hearing loss), which was diagnosed when he was three. He wears two behind-the-ear hearing aids and uses a radio aid in class. His needs are described below under the four areas of need."),
            ("h", "Communication and interaction"),
            ("p", "What Prabin does well: he is a confident talker, he takes turns in conversation with one friend, and he uses a good range of everyday vocabulary in both languages."),
            ("p", "What Prabin finds difficult: his speech and language therapist found that his understanding of new subject words (for example 'habitat', 'estimate') is below that expected for his age, because he hears new words less clearly and less often than his classmates. He misses parts of instructions given to the whole class, especially in the hall or outside. He mishears some quiet speech sounds (s, f, th) and this shows in his own speech ('fum' for 'thumb')."),
            ("h", "Cognition and learning"),
            ("p", "What Prabin does well: his educational psychologist found that his non-verbal reasoning is in the average range; he is quick with number facts to 20 and enjoys maths, particularly shape."),
            ("p", "What Prabin finds difficult: he is working below age-related expectations in phonics and reading. In January 2026 he read 22 of the 40 Year 2 common exception words (55%). Hearing the difference between similar sounds makes phonics harder for him, and he tires by the afternoon because listening takes so much effort."),
            ("h", "Social, emotional and mental health"),
            ("p", "What Prabin does well: he is well liked and he is generous with his things. He is able to say when he is cross."),
            ("p", "What Prabin finds difficult: in noisy team games at lunchtime he misses the rules and sometimes walks away, which leaves him on his own. He can become upset when he realises he has done the wrong task."),
            ("h", "Sensory and/or physical"),
            ("p", "Prabin's hearing loss is described above and in Section C. He can put his hearing aids in with help, but he does not yet check whether they are working, and he does not always tell an adult when a battery is flat."),
        ],
        "C": [
            ("p", "Prabin has no difficulty with his eyesight, which was checked at the school-entry vision screen and again by an optometrist in October 2025, but he has a permanent moderate bilateral sensorineural hearing loss. This means that he cannot hear quiet speech without amplification and that he hears speech less clearly in background noise, even with his hearing aids."),
            ("p", "His hearing and his hearing aids are monitored by the Paediatric Audiology Service at Ashdene General Hospital. He needs his hearing tested and his hearing aids checked every six months, and his earmoulds replaced as he grows (about every 6–9 months at his age)."),
            ("p", "Prabin is otherwise healthy and has no other health care needs identified by the community paediatrician (medical advice, 11 February 2026)."),
        ],
        "D": [
            ("p", "Prabin has no social care needs relating to his special educational needs or disability. This was the conclusion of the social care advice given by the Disabled Children's Team on 13 February 2026, after a conversation with Prabin's parents and a review of the other advice."),
            ("p", "The family's support network is strong, including relatives in the garrison community and the Kinverton Gurkha Welfare Centre. The social worker gave the family information about the Local Offer and the Ashdene Deaf Children's Family Group; the family do not wish to apply for short breaks at present."),
        ],
        "E": [
            ("p", "These outcomes are to be achieved by the end of the summer term 2027 (July 2027) unless another date is given. Progress will be checked at the annual review."),
            ("h", "E1 – Speaking up when I have not heard (communication and interaction)"),
            ("p", "By July 2027, when Prabin has not heard an instruction, he will tell the adult by asking for it to be repeated or by showing his 'say it again' card, in at least 4 out of 5 lessons observed by his Teacher of the Deaf during the summer term. (This builds on everyone's hope that Prabin can speak up for himself.)"),
            ("h", "E2 – Reading (cognition and learning)"),
            ("p", "By July 2027, Prabin will read at least 36 of the 40 Year 2 common exception words (90%) correctly, checked by his class teacher each half-term, so that he is ready to read as well as his friends in Year 3."),
            ("h", "E3 – Saying new words clearly (communication and interaction)"),
            ("p", "By July 2027, Prabin will say the 's', 'f' and 'th' sounds correctly in words in 8 out of 10 tries in his speech and language sessions, recorded by his speech and language therapist."),
            ("h", "E4 – Playing football with friends (social, emotional and mental health)"),
            ("p", "By July 2027, Prabin will join a team game with at least two classmates at lunchtime on 3 days in every week, recorded by the lunchtime supervisor during a two-week check each half-term. (Prabin wants to play for a football team.)"),
            ("h", "E5 – Looking after my hearing aids (sensory)"),
            ("p", "By Easter 2027, Prabin will check his own hearing aids each morning with the sound check and tell an adult when one is not working, on 9 out of 10 school days, recorded in his hearing aid log by his teaching assistant."),
        ],
        "F": [
            ("p", "The provision below is to be delivered by Kinverton Garrison Primary Academy unless another provider is named. The outcome each item serves is shown in brackets."),
            ("h", "Whole-class and environment"),
            ("b", [
                "A radio aid (remote microphone system) for use in all lessons and assemblies, provided and maintained by the Ashdene Sensory Support Service. The class teaching assistant checks it with Prabin each morning; the Teacher of the Deaf checks it each half-term. (E1, E5)",
                "Seating near the front, facing the teacher and away from the door and the projector fan, arranged by the class teacher. Soft furnishings on the classroom display boards and felt pads on chair legs, fitted by the school site manager by 30 April 2026. (E1)",
                "Adults face Prabin when speaking, repeat other children's answers, and write key instructions on the board. All staff working with Prabin are trained in this (see staff training below). (E1)",
            ]),
            ("h", "Teacher of the Deaf"),
            ("b", [
                "A qualified Teacher of the Deaf (a teacher holding the mandatory qualification for teachers of hearing-impaired pupils) from the Ashdene Sensory Support Service will visit once every half-term for 1 hour 30 minutes to observe Prabin in class, check the listening environment, check his equipment, update his targets and advise staff. (E1, E5)",
                "The Teacher of the Deaf will give the class teacher, the teaching assistants and the lunchtime supervisors 1 hour of deaf-awareness training each term. (E1, E4)",
                "The Teacher of the Deaf will carry out a room acoustic check of Prabin's new classroom each September, taking about 1 hour. (E1)",
            ]),
            ("h", "Language and reading"),
            ("b", [
                "Pre-teaching of topic vocabulary three times per week for 15 minutes, in a group of no more than 3 children, by a teaching assistant trained by the Teacher of the Deaf. (E1, E2)",
                "A daily keep-up phonics session of 15 minutes, 1:1, with a teaching assistant trained in the school's phonics programme, using quiet space in the library. (E2)",
                "Reading of common exception words using flashcards with Prabin's teaching assistant, 1:1, for 10 minutes each afternoon, four days a week. (E2)",
            ]),
            ("h", "Speech and language therapy (this is special educational provision)"),
            ("b", [
                "A speech and language therapist from Ashdene Community Health NHS Trust will see Prabin on his own for 6 sessions of 40 minutes on Wednesday mornings in the summer term 2026, then review. From September 2026 the therapist will visit once each half-term for 45 minutes to see Prabin and update his programme. (E3)",
                "A teaching assistant trained by the therapist will deliver Prabin's speech sound programme twice weekly for 20 minutes, 1:1. (E3)",
            ]),
            ("h", "Social and emotional"),
            ("b", [
                "An adult-led lunchtime team game club on Tuesdays and Thursdays for 20 minutes, in a group of no more than 6 children, run by a lunchtime supervisor who has had the deaf-awareness training. Rules are shown on a picture card before each game. (E4)",
                "A 5-minute check-in with his teaching assistant at the end of each morning to go over anything he missed. (E1, E4)",
            ]),
            ("h", "Looking after hearing aids"),
            ("b", [
                "Daily 5-minute hearing aid check with Prabin at the start of the school day, led by his teaching assistant and gradually handed over to Prabin, following the steps set by the Teacher of the Deaf. Spare batteries are kept in the classroom by the class teacher. (E5)",
            ]),
        ],
        "G": [
            ("b", [
                "Paediatric Audiology Service, Ashdene General Hospital: a hearing test and hearing aid review every 6 months (appointment about 1 hour), new earmoulds when he outgrows them, and hearing aid batteries sent to the family by post every 3 months. Repairs are carried out when needed through the audiology drop-in clinic.",
                "Paediatric audiologist to send a copy of each hearing test result to the Teacher of the Deaf within 4 weeks of the appointment, with Prabin's parents' agreement.",
            ]),
            ("p", "Health agreement: the health provision above was reviewed and agreed by Helen Varley, Designated Clinical Officer, NHS Ashdene Integrated Care Board (ICB), on 20 March 2026."),
        ],
        "H1": [("p", "None. Social care advice (13 February 2026) found no assessed need for provision under section 2 of the Chronically Sick and Disabled Persons Act 1970. Short breaks were discussed with the family, who do not wish to apply at present.")],
        "H2": [("p", "None. The family has been given information about the Local Offer and the Ashdene Deaf Children's Family Group.")],
        "I": [("p", "Kinverton Garrison Primary Academy, Kinverton (an academy in the Three Spires Academy Trust) – mainstream primary school.")],
        "J": [("p", "No personal budget has been requested.")],
        "K": [
            ("n", [
                "Parental advice – Prabin's parents, with a Nepali interpreter, 2 February 2026 (Appendix 1).",
                "Prabin's views – gathered with a talking mat by his Teacher of the Deaf, 4 February 2026 (Appendix 2).",
                "Educational advice – Mrs J. Holt, Class Teacher, and Mr D. Rai, SENCo (special educational needs co-ordinator), Kinverton Garrison Primary Academy, 9 February 2026 (Appendix 3).",
                "Educational advice (hearing impairment) – Ms A. Leckie, qualified Teacher of the Deaf, Ashdene Sensory Support Service, 4 February 2026 (Appendix 4).",
                "Medical advice – Dr R. Okafor, Community Paediatrician, Ashdene Community Health NHS Trust, 11 February 2026 (Appendix 5).",
                "Audiology report – Ms F. Whitcombe, Clinical Scientist (Audiology), Ashdene General Hospital, 20 January 2026 (Appendix 6).",
                "Speech and language therapy advice – Mrs L. Pardoe, Speech and Language Therapist, Ashdene Community Health NHS Trust, 6 February 2026 (Appendix 7).",
                "Psychological advice – Dr S. Bhandari, Educational Psychologist, Ashdene Educational Psychology Service, 16 February 2026 (Appendix 8).",
                "Social care advice – Ms K. Brennan, Senior Practitioner, Disabled Children's Team, Ashdene Children's Services, 13 February 2026 (Appendix 9).",
            ]),
        ],
    },
    closing=["Signed on behalf of Ashdene County Council: SEND Casework Officer, Kinverton and South Team. Date: 30 March 2026."],
))
# =====================================================================
# z104  letter-column  FAIL  Maya, 6, Year 1, social communication + sensory
# =====================================================================
PLANS.append(dict(
    id="z104", layout="letter-column", name="Maya", pp="her parents", ps="her",
    team="Larkbury and North Team",
    front=[
        ("Child's first name:", "Maya"),
        ("Age:", "6"),
        ("National Curriculum year:", "Year 1"),
        ("Education setting:", "St Edburg's Church of England Primary Academy, Larkbury (Vale Learning Partnership)"),
        ("Type of plan:", "Final EHC plan"),
        ("Date of EHC plan:", "02/10/2026"),
        ("Last annual review:", "N/A – new plan"),
        ("Caseworker:", "SEND Casework Officer, Larkbury and North Team"),
    ],
    sections={
        "A": [
            ("h", "How Maya's views were gathered"),
            ("p", "Maya's teaching assistant, Mrs Cole, spent time with her over two weeks in June 2026 looking at photographs of the classroom, the playground and home, and drawing together. Maya chose the photographs she liked and did not like. The words in speech marks are Maya's own."),
            ("h", "About Maya"),
            ("b", [
                "\"I like the dogs. I want to look after the dogs when I am big.\"",
                "\"I like the swing and the quiet corner.\"",
                "\"The hand dryer is too loud. Don't like it.\"",
                "\"Oscar is my friend.\" (Oscar is a boy in her class.)",
            ]),
            ("p", "Maya is a bright, curious six-year-old who knows the names of more dog breeds than any adult in her class. She has an excellent memory for songs and can sing every word of the class assembly songs. She loves drawing animals and is careful and patient when she draws. She is kind to younger children and will bring them a tissue if they are crying."),
            ("h", "What Maya's parents say"),
            ("p", "Maya's mum and dad spoke to the caseworker at home on 24 June 2026. They said Maya is funny and loving at home and plays happily with her older brother, Theo. They worry that she is often on her own at playtime and that she comes home upset about noise. Dad said: \"We just want her to have a friend and to enjoy school like Theo does.\""),
            ("h", "Hopes for the future"),
            ("p", "Maya wants to look after animals when she grows up. Her parents hope that she will make a close friend, stay at St Edburg's with her brother, and cope with the noise of a busy school so that she can join in with everything."),
        ],
        "B": [
            ("h", "Communication and interaction"),
            ("p", "Maya speaks in short sentences and has a good vocabulary for the things that interest her, especially animals. She finds it hard to follow instructions given to the whole class and often waits to copy other children. Her speech and language therapist found that her understanding of language is around the level expected of a four-year-old and that she finds it difficult to start or join play with other children, to take turns and to understand what other people are thinking. She sometimes repeats phrases she has heard earlier in the day when she is unsure what to say, which can make it harder for adults to know what she needs in a busy classroom enviroment."),
            ("h", "Cognition and learning"),
            ("p", "Maya knows all of her phase 3 sounds and can blend three-letter words. She counts reliably to 20. She finds writing hard because her pencil grip is weak and she tires quickly. She can write 'M' and 'a' but does not yet write her whole name."),
            ("h", "Social, emotional and mental health"),
            ("p", "Maya becomes distressed when routines change without warning, for example when there is a supply teacher or a fire drill, and she may hide under a table or run to the quiet corner. Lunchtimes are the hardest part of her day: the hall is noisy and the seperate playground for Key Stage 1 is crowded, and staff report that she is upset on three or four days in every week."),
            ("h", "Sensory and/or physical"),
            ("p", "The occupational therapist's assessment in July 2026 found that Maya is very sensitive to noise and to some textures and that she seeks movement (spinning, swinging) to help her feel calm. She covers her ears in the hall and in the toilets because of the hand dryers. At the begining of the day she is often unsettled and needs movement before she can sit for carpet time."),
        ],
        "C": [
            ("p", "Maya has no difficulties with eating or sleeping, but she has sensory processing differences, assessed by the occupational therapist in July 2026, which affect how she copes with noise, touch and movement. These are described in Section B."),
            ("p", "Maya was seen by the community paediatrician in July 2026. She is on the waiting list for an autism assessment with the Ashdene Neurodevelopmental Pathway. She has no other health care needs."),
        ],
        "D": [
            ("p", "Maya has no social care needs. This is based on the social care advice from the Ashdene Early Help Hub dated 10 July 2026. The family have been told about the Local Offer and the parent support group for children awaiting an autism assessment."),
        ],
        "E": [
            ("p", "These outcomes will be reviewed at Maya's first annual review."),
            ("h", "Outcome 1 – Communication"),
            ("p", "Maya will receive 20 minutes of Attention Autism (a group programme that builds shared attention) every day in a small group."),
            ("h", "Outcome 2 – Understanding the school day"),
            ("p", "Maya is given a visual timetable and a now-and-next board to help her understand the school day."),
            ("h", "Outcome 3 – Play"),
            ("p", "Staff will model play with Maya at choosing time so that she learns to share toys."),
            ("h", "Outcome 4 – Friendship"),
            ("p", "By July 2027, Maya will take turns in a game with a friend she has chosen for 5 minutes at choosing time on 3 days in every week, recorded by her teaching assistant."),
            ("h", "Outcome 5 – Lunchtimes"),
            ("p", "By July 2027, Maya will feel calmer and happier at lunchtimes."),
            ("h", "Outcome 6 – Writing"),
            ("p", "Maya will write her first name with correctly formed letters."),
            ("h", "Outcome 7 – Managing noise and movement"),
            ("p", "By the end of March 2027, Maya will show her 'break' card to an adult before leaving the classroom on 4 out of 5 occasions, recorded on her sensory log by her teaching assistant."),
        ],
        "F": [
            ("p", "All provision is delivered by St Edburg's Church of England Primary Academy unless another provider is named."),
            ("h", "Communication and interaction"),
            ("b", [
                "Attention Autism group (a structured programme to build shared attention) for 20 minutes daily, in a group of 4 children, led by a teaching assistant who has completed the Attention Autism two-day training. (Outcomes 1, 4)",
                "A speech and language therapist from Ashdene Community Health NHS Trust will visit once each half-term for 1 hour to see Maya, set targets and model strategies to her teaching assistant. (Outcomes 1, 4)",
                "Her teaching assistant will deliver the therapist's language programme 1:1 three times a week for 15 minutes. (Outcome 1)",
                "Adult-supported turn-taking games with Maya and one chosen friend at choosing time, 10 minutes on 4 days a week, led by her teaching assistant. (Outcomes 3, 4)",
            ]),
            ("h", "Structure and routine"),
            ("b", [
                "An individual visual timetable and now-and-next board, made and updated each morning by her teaching assistant. Changes to the day are shown to Maya on her timetable by the class teacher before the change happens. (Outcome 2)",
            ]),
            ("h", "Cognition and learning"),
            ("b", [
                "Fine-motor and name-writing programme (Write from the Start) for 15 minutes, 1:1, four times per week, delivered by her teaching assistant, with a pencil grip provided by the school. (Outcome 6)",
            ]),
            ("h", "Social, emotional and sensory"),
            ("b", [
                "Lunchtime: Maya eats in the small dining room with a group of no more than 6 children, supervised by a named midday supervisor, and then goes to the lunchtime Lego club in the library, 20 minutes daily, run by a trained teaching assistant. (Outcome 5)",
                "Ear defenders, provided by the school and kept in her tray by the class teacher, and a timer for her 'break' card. Maya's break is 5 minutes on the swing or in the quiet corner with her teaching assistant: four planned breaks a day shown on her timetable, and a break each time she shows her card. (Outcome 7)",
                "Sensory circuits (a short sequence of movement activities to help her get ready to learn) for 10 minutes at the start of each school day, in a group of 3, led by a teaching assistant following the plan written by the occupational therapist. (Outcome 7)",
                "The special educational needs co-ordinator (SENCo) will make sure that all staff who work with Maya definately receive the autism awareness training from the Ashdene Inclusion Team (2 hours, autumn term 2026). (Outcomes 1–7)",
            ]),
        ],
        "G": [
            ("b", [
                "Occupational therapy (Ashdene Community Health NHS Trust): an occupational therapist will deliver 1:1 sensory integration therapy sessions with Maya in school, 45 minutes once a week for 8 weeks in the spring term 2027, teaching her to recognise when she needs movement and to use calming strategies, then review.",
                "Community paediatrician: review appointment in spring 2027 (about 45 minutes) following the autism assessment.",
            ]),
            ("p", "Health agreement: reviewed and agreed by Helen Varley, Designated Clinical Officer, NHS Ashdene Integrated Care Board (ICB), 22 September 2026."),
        ],
        "H1": [("p", "None. Short breaks were discussed with the family by the Early Help Hub; the family do not need them at present.")],
        "H2": [("p", "None. The family has information about the Local Offer and the parent support group.")],
        "I": [("p", "St Edburg's Church of England Primary Academy, Larkbury – mainstream primary academy (Vale Learning Partnership).")],
        "J": [("p", "No personal budget has been requested.")],
        "K": [
            ("n", [
                "Parental advice – Maya's parents, 24 June 2026 (Appendix 1).",
                "Maya's views – gathered by Mrs T. Cole, Teaching Assistant, June 2026 (Appendix 2).",
                "Educational advice – Miss H. Ward, Class Teacher, and Mrs P. Singh, SENCo (special educational needs co-ordinator), St Edburg's Church of England Primary Academy, 30 June 2026 (Appendix 3).",
                "Medical advice – Dr R. Okafor, Community Paediatrician, Ashdene Community Health NHS Trust, 14 July 2026 (Appendix 4).",
                "Occupational therapy advice – Ms C. Denton, Occupational Therapist, Ashdene Community Health NHS Trust, 17 July 2026 (Appendix 5).",
                "Speech and language therapy advice – Mrs L. Pardoe, Speech and Language Therapist, Ashdene Community Health NHS Trust, 2 July 2026 (Appendix 6).",
                "Psychological advice – Dr M. Ahmed, Educational Psychologist, Ashdene Educational Psychology Service, 8 July 2026 (Appendix 7).",
                "Social care advice – Mr J. Fenwick, Early Help Practitioner, Ashdene Early Help Hub, 10 July 2026 (Appendix 8).",
            ]),
        ],
    },
    closing=["Signed on behalf of Ashdene County Council: SEND Casework Officer, Larkbury and North Team. Date: 2 October 2026."],
))
# =====================================================================
# z107  letter-column  FAIL  Bishal, 15, Year 10, dyslexia + ADHD
# =====================================================================
PLANS.append(dict(
    id="z107", layout="letter-column", name="Bishal", pp="his parents", ps="his",
    team="Kinverton and South Team",
    front=[
        ("Child's first name:", "Bishal"),
        ("Age:", "15"),
        ("National Curriculum year:", "Year 10"),
        ("Education setting:", "Hollins Wood Academy, Kinverton (Three Spires Academy Trust)"),
        ("Type of plan:", "Final EHC plan (annual review updates added to the working copy)"),
        ("Date of EHC plan:", "14 March 2024"),
        ("Last annual review:", "9 October 2025 – amendments agreed at review; amended plan not yet issued"),
        ("Caseworker:", "SEND Casework Officer, Kinverton and South Team"),
    ],
    sections={
        "A": [
            ("h", "Background"),
            ("p", "Bishal presents with ADHD (combined presentation) with comorbid SpLD. EF deficits manifest as impaired working memory (WMI 2nd percentile on the WISC-V) and poor response inhibition on the CPT-3, with a phonological processing deficit and reduced processing speed consistent with a dyslexic profile. Behavioural dysregulation is observed in unstructured contexts, with hyperkinetic presentation reported across settings."),
            ("h", "My views (from my annual review, October 2025)"),
            ("p", "\"I'm good at practical stuff. In electronics I can wire a circuit faster than anyone and I helped Mr Price fix the lights for the school play. I hate reading out loud and I hate when teachers give me loads of instructions at once because I forget the first bit. My tablets help in the morning but by last lesson I can't sit still. I want to be an electrician or join the Royal Engineers like my uncle. I want to pass English and maths so I can get an apprenticeship.\""),
            ("h", "What is important to Bishal"),
            ("b", [
                "Being treated the same as everyone else and not being taken out of lessons in front of his friends.",
                "Practical work – he learns best when he can build, take apart or fix something.",
                "His family, especially his grandparents, and the Nepali community at the Gurkha Welfare Centre, where he helps with the youth football on Sundays.",
                "Having instructions written down so that he does not have to ask again.",
            ]),
            ("h", "What Bishal's parents say"),
            ("p", "Bishal's mum and dad said at the annual review that he is helpful at home, good with his hands and kind to his grandparents, who live with the family. They are proud that he fixed the family's washing machine using a video. They worry that he will not pass his GCSEs because of his reading and that he loses his temper when he is tired. They want him to get a trade and to stay close to the family in Kinverton."),
            ("h", "Aspirations"),
            ("b", [
                "Bishal: an electrical apprenticeship after Year 11, or the army (Royal Engineers).",
                "Parents: GCSE English and maths, a trade, and for Bishal to manage his own medication and money.",
            ]),
        ],
        "B": [
            ("h", "Communication and interaction"),
            ("p", "Bishal speaks English and Nepali fluently. He has good friendships with a small group of boys from the garrison. He interrupts in class and finds it hard to wait his turn in discussions, which has led to falling out with some staff."),
            ("h", "Cognition and learning"),
            ("p", "Strengths: practical problem-solving, electronics, design and technology and number work are strengths. Needs: Bishal's reading age was 10 years 4 months in September 2025 (WRAT-5). He reads slowly and loses his place. His spelling is inconsistent, and his written work is much shorter than his spoken ideas. He forgets multi-step instructions and homework deadlines. He is predicted grade 3 in English Language and grade 4 in maths."),
            ("h", "Social, emotional and mental health"),
            ("p", "Bishal has a strong sense of fairness and is well liked by younger pupils, whom he helps in the Year 7 lunchtime club. He becomes frustrated and angry when he feels he is being singled out, particularly in the afternoon when his medication has worn off. He received four fixed-term suspensions in Year 9, none so far in Year 10."),
            ("h", "Sensory and/or physical"),
            ("p", "Bishal has no sensory or physical needs."),
            ("h", "Progress since the last plan"),
            ("p", "At the annual review in October 2025 school reported that Bishal's reading age had risen by 14 months in a year with the Units of Sound programme, that he had met his homework target in two of three terms, and that the number of times he left lessons without permission had fallen from 31 in Year 9 to 9 in the first half-term of Year 10. Staff noted that he responds best to male staff he knows well and to a calm, private word rather than a public reprimand. His design and technology teacher described his practical work as 'grade 6 standard'. He attended the Year 10 careers fair and spoke to two local electrical firms on his own."),
        ],
        "C": [
            ("p", "Bishal has a diagnosis of ADHD from the community paediatric service (2019). He takes methylphenidate (slow-release) each morning, prescribed through the paediatric ADHD clinic, and has an IHCP in school. His appetite is reduced at lunchtime because of the medication and his weight is monitored at each clinic appointment."),
        ],
        "D": [
            ("p", "Bishal has no social care needs relating to his special educational needs. This was the conclusion of the social care advice from Ashdene Children's Services (Early Help Hub) in January 2024. The family is supported by the Kinverton Gurkha Welfare Centre."),
        ],
        "E": [
            ("h", "E1 – English (cognition and learning)"),
            ("p", "By the end of Year 11 (July 2027), Bishal will achieve at least a grade 4 in GCSE English Language, so that he can apply for an electrical apprenticeship."),
            ("h", "E2 – Reading"),
            ("p", "By July 2026, Bishal's reading age will improve from 10 years 4 months to at least 12 years, measured on the WRAT-5 by the SENCo."),
            ("h", "E3 – Organisation"),
            ("p", "By July 2026, Bishal will record all homework in his planner and hand in at least 8 out of 10 pieces of homework on time each half-term, checked weekly by his key worker."),
            ("h", "E4 – Managing frustration"),
            ("p", "By July 2026, Bishal will use his agreed time-out card, instead of leaving lessons without permission, on at least 4 out of 5 occasions when he feels angry, recorded on the behaviour log."),
            ("h", "E5 – Preparing for work (PfA)"),
            ("p", "By July 2027, Bishal will complete a one-week work experience placement with an electrical contractor and receive a positive employer report, and will submit an application for a Level 2 electrical apprenticeship or college course by 31 March 2027."),
            ("h", "E6 – Independent living and health (PfA)"),
            ("p", "By July 2027, Bishal will take his own morning medication without a reminder on 6 out of 7 days, recorded on the chart at home, and will explain to his paediatrician at his clinic appointment what his medication does and how it affects his appetite."),
        ],
        "F": [
            ("h", "Cognition and learning"),
            ("b", [
                "SpLD-specialist literacy intervention (Units of Sound) three times a week for 30 minutes, 1:1, delivered by a specialist teacher holding an AMBDA, Hollins Wood Academy. (E1, E2)",
                "Reading and comprehension group for 45 minutes once a week, in a group of no more than 4, led by an English HLTA. (E1, E2)",
                "Exam access arrangements assessed by the SENCo in line with JCQ regulations in Year 10: 25% extra time and a reader (computer reader) in all internal and external exams, arranged by the exams officer. (E1)",
                "A laptop with speech-to-text and text-to-speech software for all written work, set up and maintained by the academy's IT technician. (E1)",
            ]),
            ("h", "Attention and organisation"),
            ("b", [
                "A key worker (learning mentor) meets Bishal for 10 minutes each morning and each Friday afternoon for 20 minutes to check his planner and plan the week. (E3)",
                "Instructions broken into steps and written on the board in all lessons; a printed copy of homework given by each subject teacher. (E3)",
            ]),
            ("h", "Social, emotional and mental health"),
            ("b", [
                "A time-out card agreed with the pastoral lead, allowing 5 minutes in the learning support base; all subject staff informed by the SENCo each September. (E4)",
                "ELSA sessions, 1:1, weekly for 30 minutes for 8 weeks each term, delivered by the trained ELSA. (E4)",
            ]),
            ("h", "Preparing for adulthood"),
            ("b", [
                "A careers adviser (Level 6 qualified) from the Ashdene Careers Service will meet Bishal three times in Year 10 and Year 11 (45 minutes each) to plan routes into electrical apprenticeships. (E5)",
                "Work experience for one week in June 2026 with an electrical contractor, arranged by the academy's work-related learning coordinator, with a risk assessment and a half-day visit from the coordinator. (E5)",
                "Weekly 45-minute PSHE lesson on money and independence in a group of 12, taught by the PSHE lead. (E6)",
            ]),
        ],
        "G": [
            ("b", [
                "Paediatric ADHD clinic, Ashdene Community Health NHS Trust: medication review with the community paediatrician every 6 months (30-minute appointment), including height, weight and blood pressure.",
                "School nurse: reviews Bishal's IHCP with the family and school once a year (30 minutes), and provides a 1-hour update on ADHD medication to pastoral staff each September.",
            ]),
            ("p", "Health agreement: reviewed and agreed by Helen Varley, Designated Clinical Officer, NHS Ashdene Integrated Care Board, 4 March 2024."),
        ],
        "H1": [("p", "None.")],
        "H2": [("p", "None. Information about the Local Offer and the Ashdene Youth Service was given to the family by the Early Help Hub.")],
        "I": [("p", "Hollins Wood Academy, Kinverton – mainstream secondary academy (Three Spires Academy Trust).")],
        "J": [("p", "Not applicable.")],
        "K": [
            ("n", [
                "Parental advice – Bishal's parents, 12 January 2024.",
                "Educational advice – SENCo, Hollins Wood Academy.",
                "Psychological advice – Dr P. Lomax, Educational Psychologist, Ashdene Educational Psychology Service, 21 June 2021.",
                "Medical advice – Dr R. Okafor, Community Paediatrician, 3 November 2021.",
                "School nursing advice – Mrs E. Lowe, School Nurse, Ashdene Community Health NHS Trust, 8 January 2024.",
                "Social care advice – Ms G. Harte, Early Help Practitioner, Ashdene Early Help Hub, 15 January 2024.",
                "Annual review report and Bishal's views – Hollins Wood Academy, 9 October 2025.",
                "Careers guidance report – careers adviser, Ashdene Careers Service.",
            ]),
        ],
    },
    closing=["Signed on behalf of Ashdene County Council: SEND Casework Officer, Kinverton and South Team. Date: 14 March 2024."],
))
# =====================================================================
# z110  letter-column  SOUND  Oliver, 5, Reception, autism/social communication + sensory, minimally verbal
# =====================================================================
PLANS.append(dict(
    id="z110", layout="letter-column", name="Oliver", pp="his family", ps="his",
    team="Larkbury and North Team",
    front=[
        ("Child's first name:", "Oliver"),
        ("Age:", "5 years 3 months"),
        ("National Curriculum year:", "Reception (Early Years Foundation Stage)"),
        ("Education setting:", "Larkbury Meadows Primary Academy (Vale Learning Partnership)"),
        ("Type of plan:", "Final EHC plan"),
        ("Date of EHC plan:", "26th February 2026"),
        ("Last annual review:", "None – new plan; first review to be held within 12 months"),
        ("Caseworker:", "SEND Casework Officer, Larkbury and North Team"),
    ],
    sections={
        "A": [
            ("h", "How we found out what Oliver thinks and feels"),
            ("p", "Oliver uses very few spoken words, so his views have been gathered by the people who know him best. His key adult in Reception, Mrs Gill, watched and recorded what he chose, what he avoided and how he showed his feelings over three weeks in November 2025. She also offered him pairs of photographs and symbols (for example, 'sand tray' or 'bikes') and noted which one he picked. His mum and his nan added what he shows them at home."),
            ("h", "What Oliver has shown us"),
            ("b", [
                "Oliver loves water and trains. He chooses the water tray and the train track every time they are offered, and he lines up the carriages in the same order each day.",
                "He shows he is happy by flapping his hands, smiling and humming the theme tune of his favourite programme.",
                "He leads an adult by the hand to what he wants and hands over a picture symbol for 'biscuit', 'bubbles' and 'outside'.",
                "He covers his ears and goes under the table when the hall is busy, which tells us that noise upsets him.",
                "He will sit next to one friend, Ruby, at the sand tray and watches what she does.",
            ]),
            ("h", "What Oliver's mum and nan say"),
            ("p", "Oliver lives with his mum and his nan in Larkbury. His mum said: \"Oliver is a cuddly, funny little boy. He knows exactly what he likes. I want him to be able to tell me what he wants without getting upset, and I want him to have a friend.\" His nan looks after him two days a week and says he loves going to the park to watch the trains go past the bridge. Both say that bath time is the highlight of his day. They would like him to be dry in the daytime by the time he starts Year 1 and they worry about how noisy and busy the school hall is. Oliver's regular routine at home – trains, tea, bath, story – helps him settle, and they would like school to know it."),
            ("h", "Hopes for the future"),
            ("p", "Oliver's family hope that he will be able to tell people what he needs, make friends, go to the same primary school as his cousins, and one day learn to swim. They hope that he will keep his love of trains, and Mum jokes that he may drive one one day."),
        ],
        "B": [
            ("p", "Oliver received a diagnosis of autism from the Ashdene Neurodevelopmental Pathway in November 2025. His special educational needs are described below."),
            ("h", "Communication and interaction"),
            ("p", "What Oliver can do: he uses around 15 single words (for example 'train', 'more', 'Nana') and hands over picture symbols to ask for three favourite things. He enjoys songs with actions and joins in with the last word of familiar rhymes."),
            ("p", "What he needs help with: his speech and language therapist found that his understanding of spoken language is at about the level of a two-year-old. He understands single words about familiar things in context but not longer instructions. He rarely starts an interaction with other children and finds it hard to share attention with an adult on something the adult has chosen."),
            ("h", "Cognition and learning"),
            ("p", "What Oliver can do: he completes 12-piece jigsaws, matches colours and shapes, and can count trains to five. He has a very good visual memory and remembers where everything is kept in the classroom."),
            ("p", "What he needs help with: his learning is at the early stages of the Early Years Foundation Stage (EYFS) curriculum in most areas. He learns best through short, practical, adult-led activities with visual support, and he needs help to move from an activity he enjoys to one that an adult has chosen."),
            ("h", "Social, emotional and mental health"),
            ("p", "What Oliver can do: he is affectionate with familiar adults and is learning to wait for a short time when he sees a timer."),
            ("p", "What he needs help with: he becomes very distressed (crying, dropping to the floor) at transitions and when routines change, on average twice each day. He does not yet play with other children, though he likes to be near them."),
            ("h", "Sensory and/or physical"),
            ("p", "The occupational therapist found that Oliver is very sensitive to loud or sudden noise and seeks deep pressure and movement. He walks and runs well. His fine motor skills are early: he holds a crayon in his fist."),
        ],
        "C": [
            ("p", "Oliver has no difficulty eating a range of foods and he sleeps well, but he is not yet toilet trained in the daytime and wears pull-ups at school and at home. The Bladder and Bowel Service assessed him in January 2026 and found no medical cause; he needs a structured toileting programme."),
            ("p", "Oliver is under the care of the community paediatrician following his diagnosis of autism. His hearing was tested in October 2025 and is normal."),
        ],
        "D": [
            ("p", "A child and family assessment by the Disabled Children's Team (January 2026) found that Oliver needs constant supervision because he has no sense of danger near roads and water, and that his mum and nan need a short break from caring. Oliver enjoys being with other children at a play scheme when he has an adult with him."),
        ],
        "E": [
            ("p", "The outcomes below are for the end of Reception and Year 1. Progress will be reported at each review."),
            ("h", "E1 – Telling people what I want (communication and interaction)"),
            ("p", "By July 2027, Oliver will ask for 10 different things or activities by handing over a picture symbol or saying a word, across one school week, recorded in his communication log by his key adult. (Family hope: that Oliver can tell people what he needs.)"),
            ("h", "E2 – Looking and listening together (communication and interaction)"),
            ("p", "By February 2027, Oliver will watch and wait during the adult's turn in a group attention activity for 5 minutes in 4 out of 5 sessions, recorded weekly by the teaching assistant who leads the group."),
            ("h", "E3 – Being dry in the daytime (health)"),
            ("p", "By December 2026, Oliver will wee in the toilet when taken at his set times on 8 out of 10 occasions in school, recorded on his toileting chart by his key adult. (Family hope: dry in the daytime before Year 1 ends.)"),
            ("h", "E4 – Coping with noise at lunch (sensory)"),
            ("p", "By July 2027, Oliver will stay in the dining hall for 15 minutes at lunchtime, wearing his ear defenders, on 4 out of 5 days, recorded by the midday supervisor."),
            ("h", "E5 – Playing with a friend (social, emotional and mental health)"),
            ("p", "By July 2027, Oliver will play alongside another child and pass a toy when asked on 3 occasions in a week, observed and recorded by his key adult. (Family hope: that Oliver has a friend.)"),
            ("h", "E6 – Moving between activities (social, emotional and mental health)"),
            ("p", "By July 2027, Oliver will move from one activity to the next using his now-and-next board with no more than one episode of distress a day, over a two-week check recorded by his class teacher."),
        ],
        "F": [
            ("p", "The provision below will be made by Larkbury Meadows Primary Academy unless another provider is named. Outcomes served are shown in brackets."),
            ("h", "Adult support"),
            ("b", [
                "A named key adult (teaching assistant with Level 3 training in autism from the Ashdene Inclusion Team) working 1:1 with Oliver for 25 hours per week, across the whole school day including lunchtime, to deliver the programmes below. (E1–E6)",
            ]),
            ("h", "Communication"),
            ("b", [
                "A symbol-exchange communication system (PECS, the Picture Exchange Communication System), set up by the speech and language therapist and used in every activity; his key adult adds new symbols each Friday. (E1)",
                "Speech and language therapy: the speech and language therapist (Ashdene Community Health NHS Trust) will see Oliver on his own on Monday afternoons for 6 sessions of 45 minutes, then review. After that the therapist will visit once each half-term for 1 hour to review his targets and train his key adult. (E1, E2)",
                "His key adult will deliver the therapist's communication programme 1:1, daily for 15 minutes. (E1)",
                "Attention Autism (a structured group programme that builds shared attention through exciting visual activities) x3 weekly for 15 minutes, in a group of 4 children, led by a trained teaching assistant. (E2)",
            ]),
            ("h", "Learning and routine"),
            ("b", [
                "A now-and-next board and visual timetable, prepared each morning by his key adult; a sand timer shown 2 minutes before every change of activity. (E6)",
                "Adult-led learning tasks at a workstation, 4 x 10 minutes daily, planned by the class teacher and delivered by his key adult. (E6)",
                "Intensive Interaction (an approach in which the adult joins in with Oliver's own play, sounds and movements to build shared enjoyment) and adult-supported play with one other child at the sand or water tray, 10 minutes daily, led by his key adult. (E5)",
            ]),
            ("h", "Sensory and physical"),
            ("b", [
                "Occupational therapy (educational): the occupational therapist (Ashdene Community Health NHS Trust) will write Oliver's sensory programme and train his key adult and class teacher for 1 hour in March 2026, then review the programme in school once each term for 45 minutes. (E4, E6)",
                "His sensory programme (deep pressure, trampette, heavy work) delivered by his key adult 3 times each day for 10 minutes: on arrival, before lunch and after lunch. (E4, E6)",
                "Ear defenders and a weighted lap pad, provided by the school and checked each half-term by the special educational needs co-ordinator (SENCo). (E4)",
                "Lunch: Oliver starts lunch 10 minutes before the main sitting at a small table with his key adult and no more than 3 other children. The time in the main hall is increased by 5 minutes each half-term. (E4)",
            ]),
            ("h", "Toileting"),
            ("b", [
                "A timed toileting programme (every 90 minutes, with a visual sequence for each step) delivered by his key adult, following the plan written by the Bladder and Bowel Service nurse. (E3)",
            ]),
            ("h", "Advice and transition"),
            ("b", [
                "An educational psychologist will meet the class teacher and SENCo for a 1-hour consultation each term to review progress and advise on the move to Year 1. (E1–E6)",
                "June 2026: a transition book with photographs of the Year 1 classroom and staff, made by his key adult, and 3 visits to the new classroom in the last two weeks of the summer term. (E6)",
            ]),
        ],
        "G": [
            ("b", [
                "Bladder and Bowel Service (Ashdene Community Health NHS Trust): a specialist continence nurse will write Oliver's toileting plan in March 2026, train his key adult and mum (1 hour), and review the plan in school every 8 weeks (30 minutes) until he is dry in the daytime; nappies and wipes are supplied when needed through the home delivery service until then.",
                "Community paediatrician: review appointment every 6 months (about 45 minutes) to monitor Oliver's development and wellbeing.",
            ]),
            ("p", "Health agreement: the health provision in this section was confirmed by Helen Varley, Designated Clinical Officer, NHS Ashdene Integrated Care Board (ICB), on 16 February 2026."),
        ],
        "H1": [
            ("b", [
                "Short breaks under section 2 of the Chronically Sick and Disabled Persons Act 1970: Oliver will attend the Larkbury Saturday Play Scheme every other Saturday for 3 hours (10am to 1pm), with a 1:1 support worker provided by the scheme, arranged by the Disabled Children's Team. This gives Oliver time with other children and gives his mum and nan a break.",
                "Review of the short break by his social worker after 6 months (August 2026).",
            ]),
        ],
        "H2": [("p", "None. Mum has been given details of the Ashdene autism parent programme through the Local Offer.")],
        "I": [("p", "Larkbury Meadows Primary Academy, Larkbury – mainstream primary academy (Vale Learning Partnership).")],
        "J": [("p", "Mum has chosen to have the short break arranged by the council rather than as a direct payment.")],
        "K": [
            ("n", [
                "Parental advice – Oliver's mum and nan, 12 November 2025 (Appendix 1).",
                "Oliver's views – observation and choices recorded by Mrs R. Gill, key adult, November 2025 (Appendix 2).",
                "Educational advice – Mrs A. Kaur, Reception Teacher, and Mr B. Lister, SENCo (special educational needs co-ordinator), Larkbury Meadows Primary Academy, 5 December 2025 (Appendix 3).",
                "Medical advice – Dr T. Hughes, Community Paediatrician, Ashdene Community Health NHS Trust, 28 November 2025 (Appendix 4).",
                "Speech and language therapy advice – Ms N. Quigley, Speech and Language Therapist, 2 December 2025 (Appendix 5).",
                "Occupational therapy advice – Ms C. Denton, Occupational Therapist, 9 December 2025 (Appendix 6).",
                "Continence assessment – Ms J. Parr, Specialist Nurse, Bladder and Bowel Service, 14 January 2026 (Appendix 7).",
                "Psychological advice – Dr S. Bhandari, Educational Psychologist, Ashdene Educational Psychology Service, 10 December 2025 (Appendix 8).",
                "Social care advice – Ms K. Brennan, Social Worker, Disabled Children's Team, child and family assessment, 20 January 2026 (Appendix 9).",
            ]),
        ],
    },
    closing=["Signed on behalf of Ashdene County Council: SEND Casework Officer, Larkbury and North Team. Date: 26 February 2026."],
))
# =====================================================================
# z106  bold-statutory  SOUND  Ruby, 13, Year 9, school avoidance/anxiety + sensory processing
# =====================================================================
PLANS.append(dict(
    id="z106", layout="bold-statutory", name="Ruby", pp="her parents", ps="her", bullet="-",
    team="Larkbury and North Team",
    front=[
        ("Child's first name:", "Ruby"),
        ("Age:", "13"),
        ("National Curriculum year:", "Year 9"),
        ("Education setting:", "Stowe Parva Academy (Vale Learning Partnership)"),
        ("Type of plan:", "Final EHC plan"),
        ("Date of EHC plan:", "14 July 2026"),
        ("Last annual review:", "Not applicable (new plan). Annual review due by July 2027."),
        ("Caseworker:", "SEND Casework Officer, Larkbury and North Team"),
    ],
    sections={
        "A": [
            ("h", "About me (Ruby wrote this with her key worker in April 2026)"),
            ("p", "My name is Ruby and I am 13. I live with my mum, my stepdad and my two dogs, Pickle and Moss. I love drawing, especially animals and manga characters, and I have filled nine sketchbooks this year. I am good at art, I am kind to animals, and my friends say I am a good listener."),
            ("p", "School is hard for me. On a bad morning I feel sick and my heart goes really fast and I sometimes spend up to an hour getting ready and still can't go. Corridors are the worst because they are loud and people push. I can cope better in small rooms. I like Mrs Patel (my key worker) because she doesn't make a big deal of it when I arrive late. I want people to know that I am not being lazy. I do want to learn."),
            ("p", "When I am older I want to be a veterinary nurse, or do something with art. I want to do GCSE art and go to college in Larkbury. I would like to be able to go into town on the bus with my friend without my mum."),
            ("h", "What Ruby's family say"),
            ("p", "Ruby's mum and stepdad met the caseworker on 16 April 2026. They describe Ruby as creative, funny and very loyal to her friends. Mum said that Ruby's anxiety about school started in Year 7 after a difficult move from primary school, and that her attendance has fallen every term since. \"Some days she gets to the gate and can't go in. It breaks my heart, because she loved learning.\" They are pleased with the support from Stowe Parva Academy's pastoral team and the Child and Adolescent Mental Health Services (CAMHS) and want a plan that helps Ruby get back to full days. They hope she will get the GCSEs she needs for college and that she will have a part-time job with animals when she is 16."),
            ("h", "Ruby's and her family's aspirations"),
            ("b", [
                "Ruby wants to become a veterinary nurse or work in art, to take GCSE art, and to go to college in Larkbury.",
                "She wants to travel into town on the bus with a friend.",
                "Her family want her back in school full time, with friends, and with a Saturday job with animals by the time she is 16.",
            ]),
        ],
        "B": [
            ("h", "Social, emotional and mental health"),
            ("p", "Strengths: Ruby is reflective and can describe her feelings clearly in writing and in drawings. She has two close friends in her year group and keeps in regular contact with them online. She engages well with her key worker and with her CAMHS practitioner."),
            ("p", "Needs: Ruby experiences high levels of anxiety linked to school (emotionally based school avoidance). Her attendance in the spring term 2026 was 54%. She arrives late on most days she attends, and she leaves lessons when she feels overwhelmed, most often in busy practical lessons and in the lunch hall. The educational psychologist found that Ruby's avoidance is maintained by fear of being noticed when she arrives late and by gaps in her learning that make lessons feel harder each time she returns."),
            ("h", "Cognition and learning"),
            ("p", "Strengths: Ruby's reading and spelling are in the average range and her art is well above age-related expectations. She has access to a laptop at home and completes the online work her teachers set."),
            ("p", "Needs: her missed learning has left gaps, especially in maths (working at about a Year 7 standard) and science. She finds it hard to ask for help in class."),
            ("h", "Communication and interaction"),
            ("p", "Ruby communicates well with adults and friends she trusts. She finds it hard to speak in front of the whole class and will not answer questions in large groups."),
            ("h", "Sensory and/or physical"),
            ("p", "The occupational therapist found that Ruby has sensory processing differences: she is over-sensitive to noise and to being touched unexpectedly, which makes corridors, the lunch hall and changing rooms very difficult for her."),
        ],
        "C": [
            ("p", "Ruby has no difficulties with her physical health, but she has an anxiety disorder diagnosed by CAMHS in February 2026, which shows as panic symptoms (a racing heart, nausea, shaking) on school mornings and disturbed sleep. She is seen by the CAMHS Getting Help team. She does not take medication."),
            ("p", "Ruby's sensory processing differences were assessed by the occupational therapist (see Section B); the educational parts of this are met in Section F."),
        ],
        "D": [
            ("p", "Ruby has no social care needs relating to her special educational needs. This is the conclusion of the social care advice from Ashdene Children's Services (Early Help Hub), 5 May 2026. The Early Help practitioner offered a family support worker; the family felt the support from school and CAMHS was enough and may contact Early Help again at any time."),
        ],
        "E": [
            ("p", "Ruby chose the words for these outcomes with her key worker. They are for the end of Year 10 (July 2027) unless another date is given. Outcomes E5 to E7 prepare Ruby for adult life."),
            ("h", "E1 – Getting back to school"),
            ("p", "By July 2027, Ruby will attend at least 85% of school sessions across the summer term (from 54% in spring 2026), as recorded in the academy's attendance register."),
            ("h", "E2 – Managing worry"),
            ("p", "By April 2027, Ruby will use one of her three agreed calming strategies and stay in the lesson on at least 4 out of 5 occasions when she feels anxious, as recorded on her self-rating card and checked weekly with her key worker."),
            ("h", "E3 – Maths"),
            ("p", "By July 2027, Ruby will reach the Year 9 expected standard in the academy's maths assessments, measured at the end-of-year test."),
            ("h", "E4 – Speaking up in class"),
            ("p", "By February 2027, Ruby will ask a teacher for help, using her help card or in words, at least once a week in each core subject, recorded by the teachers on her weekly report."),
            ("h", "E5 – Working towards a career with animals or art (employment)"),
            ("p", "By July 2027, Ruby will gain her Bronze Arts Award, and will receive a positive report from a one-week work experience placement at a veterinary surgery or animal rescue centre in Larkbury."),
            ("h", "E6 – Getting around on my own (friends and community, independent living)"),
            ("p", "By December 2026, Ruby will travel by bus from Stowe Parva into Larkbury town centre and back with a friend, without an adult, on at least 3 occasions, confirmed by her mum."),
            ("h", "E7 – Looking after my wellbeing (good health)"),
            ("p", "By March 2027, Ruby will score her own anxiety as 4 or below (on the 0–10 scale she uses with CAMHS) on at least 3 school mornings in 5, recorded in her CAMHS mood diary and shared with her key worker."),
        ],
        "F": [
            ("p", "The following provision will be made by Stowe Parva Academy unless another provider is named."),
            ("h", "Social, emotional and mental health"),
            ("b", [
                "A key worker (learning mentor trained in emotionally based school avoidance by the Ashdene Educational Psychology Service) who meets Ruby at the side gate at 8.40am each day and holds a 15-minute check-in, 1:1, in the Hub. (E1, E2)",
                "From 7 September 2026, a phased return timetable agreed with Ruby and her mum: 3 full days and 2 mornings each week in the autumn term, moving to 5 full days by February 2027, reviewed every 3 weeks by the key worker and the pastoral lead. (E1)",
                "An anxiety management programme, 1:1, weekly for 45 minutes for 12 weeks, delivered by the key worker using the programme agreed with the CAMHS practitioner. (E2, E7)",
                "A time-out pass allowing Ruby to leave any lesson for 10 minutes to the Hub, with all her teachers told by the SENCo (special educational needs co-ordinator) each September. (E2)",
                "Consultation with the educational psychologist, 1 hour each half-term, for the key worker, pastoral lead and family. (E1, E2)",
            ]),
            ("h", "Cognition and learning"),
            ("b", [
                "Maths catch-up tuition x2 weekly for 40 minutes in a group of no more than 4, taught by a maths teacher. (E3)",
                "Printed lesson notes for every science and maths lesson missed, sent home each Friday by the SENCo, and a weekly 30-minute catch-up session, 1:1, with a teaching assistant. (E3)",
                "A 'help card' that Ruby places on her desk, agreed with all her teachers; no questions directed at Ruby in front of the whole class until she chooses otherwise. (E4)",
            ]),
            ("h", "Sensory"),
            ("b", [
                "Ruby leaves every lesson 5 minutes early to avoid busy corridors, arranged by the pastoral lead with a printed pass. (E1, E2)",
                "Lunch in the Hub with a group of no more than 6 pupils, supervised by the Hub teaching assistant, every day. (E1)",
                "A single changing cubicle for physical education (PE) lessons, arranged by the head of PE. (E1)",
                "The occupational therapist (Ashdene Community Health NHS Trust) will give Ruby's key worker and pastoral lead 1 hour of training on her sensory profile in September 2026 and review the sensory strategies in school once a term for 45 minutes. (E2)",
            ]),
            ("h", "Preparing for adulthood"),
            ("b", [
                "Arts Award sessions led by an art teacher, 1 hour every other Tuesday after school, in a group of no more than 8 pupils. (E5)",
                "A careers adviser (Level 6 qualified, Ashdene Careers Service) will meet Ruby twice in Year 10 for 45 minutes each, to plan work experience and college courses in animal care and art. (E5)",
                "One week's work experience in June 2027 at a veterinary surgery or animal rescue centre, arranged by the academy's careers lead, who will visit Ruby at the placement once. (E5)",
                "A travel training programme of 6 sessions then review (1 hour each, 1:1, after school) with the Ashdene Independent Travel Training team, starting October 2026. (E6)",
            ]),
        ],
        "G": [
            ("b", [
                "CAMHS Getting Help team (Ashdene Mental Health NHS Foundation Trust): cognitive behavioural therapy (CBT) for anxiety, 10 sessions of 50 minutes, fortnightly, at the Larkbury clinic, with a CAMHS practitioner (psychological wellbeing practitioner), starting June 2026, then review. The practitioner will share Ruby's calming strategies with her key worker by telephone after sessions 1, 5 and 10.",
                "GP: a sleep and wellbeing review with Ruby and her mum (15-minute appointment) every 6 months.",
            ]),
            ("p", "Health agreement: this section has been reviewed and supported by Dr Nadia Rahman, Designated Medical Officer, NHS Ashdene Integrated Care Board (ICB), on 30 June 2026."),
        ],
        "H1": [("p", "None. Social care advice (5 May 2026) identified no need for provision under section 2 of the Chronically Sick and Disabled Persons Act 1970.")],
        "H2": [("p", "None. Early Help support from a family support worker was offered and declined (see Section D); the family has the contact details for the Early Help Hub and the Local Offer.")],
        "I": [("p", "Stowe Parva Academy, Stowe Parva – mainstream secondary academy (Vale Learning Partnership).")],
        "J": [("p", "No personal budget has been requested.")],
        "K": [
            ("b", [
                "Ruby's views – written by Ruby with her key worker, Mrs S. Patel, 20 April 2026.",
                "Parental advice – Ruby's mum and stepdad, 16 April 2026.",
                "Educational advice – Mr O. Grant, SENCo, and Mrs S. Patel, Learning Mentor, Stowe Parva Academy, 24 April 2026.",
                "Psychological advice – Dr L. Vaughan, Educational Psychologist, Ashdene Educational Psychology Service, 8 May 2026.",
                "Medical advice – Dr T. Hughes, Community Paediatrician, Ashdene Community Health NHS Trust, 29 April 2026.",
                "Health advice (mental health) – Ms C. Ashworth, Psychological Wellbeing Practitioner, CAMHS Getting Help team, 13 May 2026.",
                "Occupational therapy advice – Ms C. Denton, Occupational Therapist, Ashdene Community Health NHS Trust, 1 May 2026.",
                "GP summary – Larkbury Medical Practice (GP), 22 April 2026.",
                "Social care advice – Mr J. Fenwick, Early Help Practitioner, Ashdene Early Help Hub, 5 May 2026.",
                "Preparing for adulthood advice – Ms R. Lang, Careers Adviser, Ashdene Careers Service, 12 May 2026.",
            ]),
        ],
    },
    closing=["Glossary: GCSE – General Certificate of Secondary Education, the exams taken at the end of Year 11. Hub – the academy's small, quiet base for pupils who need support.",
             "Signed on behalf of Ashdene County Council: SEND Casework Officer, Larkbury and North Team. Date: 14 July 2026."],
))
# =====================================================================
# z103  bold-statutory  FAIL  Kieran, 14, Year 9, school avoidance + social communication, child in need plan
# =====================================================================
PLANS.append(dict(
    id="z103", layout="bold-statutory", name="Kieran", pp="his mum", ps="his", bullet="•",
    team="Kinverton and South Team",
    front=[
        ("Child's first name:", "Kieran"),
        ("Age:", "14"),
        ("National Curriculum year:", "Year 9"),
        ("Education setting:", "Hollins Wood Academy, Kinverton (Three Spires Academy Trust)"),
        ("Social care involvement:", "Child in need plan (Ashdene Children's Services, Kinverton Locality Team) since March 2026"),
        ("Type of plan:", "Final EHC plan"),
        ("Date of EHC plan:", "7 September 2026"),
        ("Last annual review:", "Not applicable – new plan"),
        ("Caseworker:", "SEND Casework Officer, Kinverton and South Team"),
    ],
    sections={
        "A": [
            ("h", "Kieran's views"),
            ("p", "Kieran met the caseworker and his key worker in the school library on 2 June 2026. He did not want to write anything down, so his key worker typed what he said. These are his words."),
            ("p", "\"I'm alright with one or two people but in big groups I never know what to say, or I say the wrong thing and everyone laughs. Mornings are the worst. I get a pain in my stomach and I just can't make myself walk in. It's not that I hate school, it's the people and the noise. The only lessons I like are engineering and design. At weekends I help my granddad with his cars. I can change the oil and the brake pads on his Fiesta on my own. I want to be a mechanic and go to Kinverton College to do motor vehicle, and I want to pass my driving test as soon as I'm 17. I'd like a Saturday job at the garage on the ring road.\""),
            ("h", "What Kieran's mum says"),
            ("p", "Kieran lives with his mum and his younger sister. His mum said that he is a gentle, practical boy who is brilliant with his hands and patient with his sister. He has found secondary school increasingly difficult and his attendance dropped sharply in Year 8. Mum said: \"Things have been really hard at home this year and the social worker has been coming since March, which has helped. I just want him back in school and to have a future. He lights up when he's with his granddad in the garage.\" Mum would like Kieran to have a diagnostic assessment for autism, which has been requested by the paediatrician."),
            ("h", "What is important to Kieran and how best to support him"),
            ("b", [
                "Knowing what is going to happen each day, with any change explained to him in advance and in private.",
                "A quiet place to go at break and lunch, and being allowed to arrive before the corridors get busy.",
                "Adults who speak to him calmly and say exactly what they mean, without sarcasm.",
                "Time with his granddad in the garage at weekends, which his mum says is when he is most relaxed.",
            ]),
            ("h", "Aspirations"),
            ("b", [
                "Kieran: to become a mechanic, go to Kinverton College to study motor vehicle maintenance, get a Saturday job at a garage and pass his driving test at 17.",
                "Mum: for Kieran to be back in school, to have friends and to have a good future.",
            ]),
        ],
        "B": [
            ("h", "Communication and interaction"),
            ("p", "Kieran has a good vocabulary and can talk in detail about engines and cars. He is polite with adults. He finds it hard to understand jokes, sarcasm and unwritten social rules, and he often misreads what other young people mean, which leads to arguments in group work and at social times. The speech and language therapist found that his understanding of inference and non-literal language is well below the level expected for his age. He has been referred for an autism assessment."),
            ("h", "Cognition and learning"),
            ("p", "Kieran's non-verbal reasoning is in the high-average range and he does well in practical subjects. His reading accuracy is age-appropriate but his reading comprehension standardised score is 81 (below average), particularly when questions ask him to infer. Gaps caused by missed lessons mean he is working below expected levels in English, science and humanities."),
            ("h", "Social, emotional and mental health"),
            ("p", "Kieran experiences emotionally based school avoidance. His attendance in the summer term 2026 was 47%. He reports stomach pains and feeling sick on school mornings. He has been referred to CAMHS (Child and Adolescent Mental Health Services) and was assessed in May 2026 as having generalised anxiety. In school he avoids the canteen and corridors and prefers to spend breaks in the library."),
            ("h", "Sensory and/or physical"),
            ("p", "Kieran finds loud, crowded spaces very uncomfortable. He has no physical needs."),
        ],
        "C": [
            ("p", "Kieran has generalised anxiety, assessed by CAMHS in May 2026, which shows as stomach pains, nausea and poor sleep, especially on school nights. He is waiting for an autism assessment with the Ashdene Neurodevelopmental Pathway (referral made by the community paediatrician in June 2026). He has no other health needs."),
        ],
        "D": [
            ("p", "Kieran does not have any social care needs."),
        ],
        "E": [
            ("p", "The following outcomes are to be achieved by the end of Year 9 (July 2027)."),
            ("h", "E1 – Attendance"),
            ("p", "By July 2027, Kieran will attend at least 80% of lessons over the summer term, measured by the academy's attendance register."),
            ("h", "E2 – Managing anxiety in school"),
            ("p", "By April 2027, when Kieran feels anxious in a lesson he will use his time-out card and return to the lesson within 10 minutes on at least 4 out of 5 occasions, recorded by the learning support base staff."),
            ("h", "E3 – Reading comprehension"),
            ("p", "By July 2027, Kieran's reading comprehension standardised score will be at least 90 on the academy's reading test (from 81 in June 2026), measured by the special educational needs co-ordinator (SENCo)."),
            ("h", "E4 – Understanding others"),
            ("p", "By July 2027, Kieran will explain the meaning of 8 out of 10 common idioms and sarcastic comments correctly in his social communication sessions, recorded by the speech and language therapist."),
            ("h", "E5 – Group work"),
            ("p", "By February 2027, Kieran will take part in paired or group work in English and science for the whole activity in 3 out of 4 lessons each week, recorded by the teachers on his weekly report."),
        ],
        "F": [
            ("p", "The following provision will be made by Hollins Wood Academy unless stated otherwise."),
            ("h", "Social, emotional and mental health"),
            ("b", [
                "A key worker (learning mentor trained by the Ashdene Educational Psychology Service in supporting emotionally based school avoidance) who meets Kieran at reception at 8.30am daily for a 10-minute check-in, 1:1. (E1, E2)",
                "A reintegration timetable starting with 3 full days a week in September 2026, increasing by one day every 4 weeks, reviewed fortnightly by the key worker, Kieran and his mum. (E1)",
                "A time-out card allowing Kieran 10 minutes in the learning support base, shown to the teacher; all his teachers are told about the card by the SENCo at the start of each term. (E2)",
                "Lunch and break in the library club with a group of no more than 8 pupils, supervised by the librarian, every day. (E1, E5)",
                "Consultation with the educational psychologist for 1 hour each half-term with the key worker, pastoral lead and Kieran's mum to review the reintegration plan. (E1, E2)",
            ]),
            ("h", "Communication and interaction"),
            ("b", [
                "The speech and language therapist (Ashdene Community Health NHS Trust) will see Kieran on his own for 6 sessions of 45 minutes, one each week in the autumn term 2026, to teach him strategies for understanding idioms, inference and sarcasm, then review; after that, a 1-hour visit each term to update his programme and train his teaching assistant. (E4)",
                "A social communication group (using the therapist's programme), weekly for 50 minutes, in a group of 4 Year 9 and Year 10 pupils, led by a teaching assistant trained by the speech and language therapist. (E4, E5)",
                "A named role (timekeeper or note-taker) for Kieran in each group task, agreed in advance by the class teacher, with instructions written down. (E5)",
            ]),
            ("h", "Cognition and learning"),
            ("b", [
                "Reading comprehension intervention (Reciprocal Reading, in which pupils take turns to predict, question, clarify and summarise a text) twice weekly for 30 minutes in a group of no more than 4, led by a higher level teaching assistant (HLTA). (E3)",
                "A 30-minute catch-up session every Friday, 1:1 with a teaching assistant, to go over work missed in English, science and humanities. (E1, E3)",
                "25% extra time and a separate small room for internal assessments, arranged by the SENCo. (E1)",
            ]),
        ],
        "G": [
            ("b", [
                "CAMHS Getting Help team (Ashdene Mental Health NHS Foundation Trust): cognitive behavioural therapy (CBT) for anxiety, 8 sessions of 50 minutes, fortnightly, at the Kinverton clinic, with a CAMHS practitioner, from September 2026, then review.",
                "Community paediatric service (Ashdene Neurodevelopmental Pathway): autism diagnostic assessment (expected spring 2027), with a 1-hour feedback appointment for Kieran and his mum and a written report to school within 4 weeks.",
            ]),
            ("p", "Health agreement: reviewed and agreed by Helen Varley, Designated Clinical Officer, NHS Ashdene Integrated Care Board (ICB), 26 August 2026."),
        ],
        "H1": [("p", "None.")],
        "H2": [("p", "None.")],
        "I": [("p", "Hollins Wood Academy, Kinverton – mainstream secondary academy (Three Spires Academy Trust).")],
        "J": [("p", "No personal budget has been requested.")],
        "K": [
            ("b", [
                "Kieran's views – recorded by Mr C. Doyle, Key Worker, Hollins Wood Academy, 2 June 2026.",
                "Parental advice – Kieran's mum, 4 June 2026.",
                "Educational advice – Mrs F. Osei, SENCo, Hollins Wood Academy, 11 June 2026.",
                "Psychological advice – Dr L. Vaughan, Educational Psychologist, Ashdene Educational Psychology Service, 25 June 2026.",
                "Medical advice – Dr T. Hughes, Community Paediatrician, Ashdene Community Health NHS Trust, 16 June 2026.",
                "Mental health advice – Mr A. Gurung, CAMHS Practitioner, CAMHS Getting Help team, 22 May 2026.",
                "Speech and language therapy advice – Ms N. Quigley, Speech and Language Therapist, 18 June 2026.",
                "Preparing for adulthood advice – Ms R. Lang, Careers Adviser, Ashdene Careers Service, 9 July 2026.",
            ]),
        ],
    },
    closing=["Signed on behalf of Ashdene County Council: SEND Casework Officer, Kinverton and South Team. Date: 7 September 2026."],
))
# =====================================================================
# z109  bold-statutory  FAIL  Jayden, 12, Year 8, ADHD + dyslexia
# =====================================================================
PLANS.append(dict(
    id="z109", layout="bold-statutory", name="Jayden", pp="his parents", ps="his", bullet="•",
    team="Kinverton and South Team",
    front=[
        ("Child's first name:", "Jayden"),
        ("Age:", "12"),
        ("National Curriculum year:", "Year 8 from September 2026 (Year 7 during the assessment)"),
        ("Education setting:", "Hollins Wood Academy, Kinverton (Three Spires Academy Trust)"),
        ("Type of plan:", "Final EHC plan"),
        ("Date of EHC plan:", "3rd August 2026"),
        ("Last annual review:", "Not applicable – new plan"),
        ("Caseworker:", "SEND Casework Officer, Kinverton and South Team"),
    ],
    sections={
        "A": [
            ("h", "Views"),
            ("p", "Jayden did not attend the assessment meetings and did not wish to meet the caseworker, so his views have not been recorded. The views below are those of his dad and stepmum, given at a meeting at home on 6 May 2026, and of school staff."),
            ("h", "What Jayden's parents say"),
            ("p", "Jayden lives with his dad, his stepmum and three younger half-siblings in Kinverton. Dad said that home life is very difficult: Jayden will not follow instructions, argues about everything, cannot sit still for meals, refuses to go to bed and regularly hurts his younger brothers when he is frustrated. Mornings are chaotic and he is often late for school. His stepmum said: \"We are exhausted. He can't concentrate on anything for more than a minute and he won't read anything at all.\" They reported that he struggled throughout primary school, was excluded twice in Year 6, and that they are worried he will be permanently excluded from secondary school. Dad said that Jayden's tablets have made some difference to the mornings but that by teatime he is \"off the walls\". He said the paediatrician is also concerned that Jayden sleeps only five or six hours a night and has lost weight because he does not eat at lunchtime since starting his tablets."),
            ("h", "What school staff say"),
            ("p", "Staff at Hollins Wood Academy report that Jayden is frequently off task, calls out, leaves his seat without permission and fails to complete written work. He does not bring the right equipment. He refuses to read aloud and becomes confrontational when challenged. He has received 14 behaviour points and two internal exclusions since starting in September."),
            ("h", "Aspirations"),
            ("p", "Jayden's dad hopes that Jayden will stay in mainstream school, pass his GCSEs (General Certificate of Secondary Education) in English and maths and get a job in the building trade, as his dad did. His stepmum would like him to be able to read well enough to get a driving licence and a job, and to have friends who are a good influence."),
        ],
        "B": [
            ("h", "Cognition and learning"),
            ("p", "Jayden has dyslexia, identified by the educational psychologist in May 2026. His reading age is 7 years 9 months and his spelling age is 7 years 2 months (Single Word Spelling Test, May 2026), more than four years below his age. He cannot decode unfamiliar words of more than one syllable. He is unable to write more than two or three sentences independently and his handwriting is often illegible. His working memory is very weak (below the 5th percentile) and he forgets instructions almost immediately."),
            ("h", "Social, emotional and mental health"),
            ("p", "Jayden has attention deficit hyperactivity disorder (ADHD). He is impulsive, cannot stay in his seat, interrupts constantly and is unable to wait his turn. He loses his temper quickly when work is difficult and has thrown equipment. He has poor relationships with his peers, who find his behaviour annoying, and he has no settled friendships."),
            ("h", "Communication and interaction"),
            ("p", "Jayden's spoken language is age-appropriate but he does not listen to others in discussions and talks over them. He does not follow multi-step spoken instructions and needs them repeated several times. He misses key information in lessons because he is not paying attention, and he does not ask for help; instead he distracts others or refuses to start."),
            ("h", "Behaviour in school"),
            ("p", "Since September Jayden has been late to 31 lessons, has arrived without a pen or his planner on most days, and has not handed in any written homework. He has been sent to the on-call room nine times, mostly in English and humanities, where there is a lot of reading and writing. He refuses to take part in group work in science and has damaged a textbook. At break and lunch he is often involved in arguments on the field and has been moved to the supervised area on several occasions. His head of year reports that he rarely accepts responsibility for his actions."),
            ("h", "Sensory and/or physical"),
            ("p", "Jayden has no sensory or physical needs."),
        ],
        "C": [
            ("p", "Not known at this time – awaiting advice from the community paediatric service."),
        ],
        "D": [
            ("p", "A child and family assessment by the Disabled Children's Team (May 2026) found that Jayden's needs place his family under considerable strain. He needs close supervision at home and outside, his parents have had no break from caring for over a year, and his younger siblings are affected by his behaviour. The assessment recommended short breaks for Jayden and family support for his parents with routines and managing behaviour."),
        ],
        "E": [
            ("p", "These outcomes are to be achieved by the end of Year 8 (July 2027)."),
            ("h", "E1 – Reading"),
            ("p", "By July 2027, Jayden will read 100 high-frequency words and decode two-syllable words with 80% accuracy, and his reading age will be at least 9 years 6 months on the Salford Sentence Reading Test, measured by the SENCo (special educational needs co-ordinator)."),
            ("h", "E2 – Writing"),
            ("p", "By July 2027, Jayden will write a paragraph of at least 6 sentences, using a writing frame, in 3 out of 4 English assessments, marked by his English teacher."),
            ("h", "E3 – Staying on task"),
            ("p", "By April 2027, Jayden will complete a 15-minute independent task in English, maths and science in 4 out of 5 lessons, recorded on his daily report card."),
            ("h", "E4 – Managing frustration"),
            ("p", "By July 2027, Jayden will use his 'pause' card to take a 5-minute break instead of throwing equipment or walking out, on 4 out of 5 occasions, recorded on the behaviour log, so that he can stay in mainstream school."),
            ("h", "E5 – Working with others"),
            ("p", "By July 2027, Jayden will take part in a 20-minute team task in design and technology without a behaviour point in 3 out of 4 lessons, recorded by his design and technology teacher, building the practical skills he will need for a trade."),
        ],
        "F": [
            ("p", "The following provision will be made by Hollins Wood Academy unless stated otherwise."),
            ("h", "Cognition and learning"),
            ("b", [
                "Specialist dyslexia teaching: a specialist teacher holding a Level 5 qualification in specific learning difficulties will teach Jayden 1:1 three times a week for 40 minutes using a structured, multi-sensory phonics programme. (E1)",
                "Precision teaching (short, timed daily practice of a small set of words) of high-frequency words, 10 minutes daily, 1:1, with a teaching assistant trained by the educational psychologist. (E1)",
                "A writing frame and a word mat in every lesson, supplied by the SENCo, and a reading pen for use in all lessons, set up and maintained by the academy's IT technician. (E2)",
                "Literacy group x2 weekly, 45 minutes, in a group of no more than 5, taught by a higher level teaching assistant (HLTA). (E1, E2)",
            ]),
            ("h", "Social, emotional and mental health"),
            ("b", [
                "A daily report card with three targets, checked at the end of each lesson by the subject teacher and reviewed with Jayden for 10 minutes at the end of each day by his head of year. (E3)",
                "A 'pause' card allowing a 5-minute movement break in the corridor outside the learning support base, supervised by a teaching assistant; all teachers informed by the SENCo each term. (E4)",
                "Tasks broken into 10–15 minute chunks with a visual timer, planned by each subject teacher following the ADHD training below. (E3)",
                "Anger management programme, 1:1, weekly for 30 minutes for 10 weeks, delivered by the learning mentor. (E4)",
                "Lego-based therapy (a structured social skills group in which pupils build models together, each with a set role) in a group of 3, 45 minutes weekly, led by a trained teaching assistant. (E5)",
                "Training on ADHD for all Year 8 teachers, 1 hour in the autumn term 2026, delivered by the educational psychologist. (E3, E4)",
            ]),
            ("h", "Support for the family (short breaks)"),
            ("b", [
                "Short breaks: Jayden will attend the Kinverton Youth Inclusion short-break club every Saturday for 4 hours, with 1 member of staff to 2 young people, arranged and funded by the Disabled Children's Team.",
                "A family support worker from the Disabled Children's Team will visit the family at home fortnightly for 1 hour for 12 weeks to help his parents with routines and behaviour at home.",
                "o Review of the short breaks and family support by the social worker after 6 months.",
            ]),
        ],
        "G": [
            ("p", "None at this time."),
            ("p", "Health agreement: this plan has been reviewed and agreed by Helen Varley, Designated Clinical Officer, NHS Ashdene Integrated Care Board (ICB), 24 July 2026."),
        ],
        "H1": [("p", "See Section F.")],
        "H2": [("p", "See Section F.")],
        "I": [("p", "Hollins Wood Academy, Kinverton – mainstream secondary academy (Three Spires Academy Trust).")],
        "J": [("p", "The family has not asked for a personal budget.")],
        "K": [
            ("b", [
                "Parental advice – Jayden's dad and stepmum, 6 May 2026.",
                "Educational advice – Mrs F. Osei, SENCo, Hollins Wood Academy, 15 May 2026.",
                "Psychological advice – Dr P. Lomax, Educational Psychologist, Ashdene Educational Psychology Service, 20 May 2026.",
                "Medical advice – Dr R. Okafor, Community Paediatrician, Ashdene Community Health NHS Trust, 2 June 2026.",
                "Social care advice – Ms K. Brennan, Social Worker, Disabled Children's Team, child and family assessment, 19 May 2026.",
            ]),
        ],
    },
    closing=["Signed on behalf of Ashdene County Council: SEND Casework Officer, Kinverton and South Team. Date: 3 August 2026."],
))
# =====================================================================
# z112  bold-statutory  SOUND  Leah, 15-16, Year 11, looked after, dyslexia + social communication
# =====================================================================
PLANS.append(dict(
    id="z112", layout="bold-statutory", name="Leah", pp="her carers", ps="her", bullet="-",
    team="Larkbury and North Team",
    front=[
        ("Child's first name:", "Leah"),
        ("Age:", "15 (16 in September 2026)"),
        ("National Curriculum year:", "Year 11 from September 2026 (Year 10 at the annual review)"),
        ("Education setting:", "Stowe Parva Academy (Vale Learning Partnership)"),
        ("Legal status:", "Looked after by Ashdene County Council (full care order); living with long-term foster carers since 2021"),
        ("Type of plan:", "Amended EHC plan following annual review"),
        ("Date of EHC plan:", "10.07.2026 (first issued June 2019)"),
        ("Last annual review:", "05.06.2026"),
        ("Caseworker:", "SEND Casework Officer, Larkbury and North Team"),
    ],
    sections={
        "A": [
            ("h", "About me – written by Leah for her annual review, May 2026"),
            ("p", "I'm Leah and I'm nearly 16. I live with Sue and Graham, my foster carers, and their cat, Biscuit. I've been with them five years and it's home. I see my mum every month and my brother Jake at weekends when he's not working."),
            ("p", "I'm really good with little kids. I help at the Sunday crèche at church and the parents ask for me by name. I'm good at netball, I'm captain of the Year 11 team, and I'm a hard worker even when things are difficult. Reading takes me ages and I hate it when people rush me. I get confused when people don't say exactly what they mean, and big groups of new people make me really anxious, so I need someone to tell me what's going to happen before it happens."),
            ("p", "What I want: I want to go to Larkbury College to do childcare and then work in a nursery. One day I'd like to be a nursery manager. I want to pass English so I don't have to resit it. I want to be able to get the bus to college by myself and to know how to manage my own money before I leave Sue and Graham's."),
            ("h", "What Leah's foster carers say"),
            ("p", "Sue and Graham said that Leah is caring, funny and determined, and that she has grown in confidence since moving to Stowe Parva Academy. She is thoughtful with younger children and has a real gift for calming them. They said that Leah still needs a lot of reassurance before new situations and that she finds college visits and open evenings overwhelming. They want her to have the same chances as any other young person and to stay with them for as long as she wants to."),
            ("h", "What Leah's mum says"),
            ("p", "Leah's mum shared her views through Leah's social worker on 28 May 2026. She is proud of how hard Leah works and wants her to go to college and to keep seeing her family."),
            ("h", "Aspirations"),
            ("b", [
                "To study Level 2 Childcare at Larkbury College from September 2027, and then work in a nursery, with a long-term hope of becoming a nursery manager.",
                "To pass GCSE (General Certificate of Secondary Education) English Language at grade 4 or above.",
                "To travel independently and manage her own money.",
            ]),
        ],
        "B": [
            ("h", "Cognition and learning"),
            ("p", "Leah has dyslexia. Her verbal reasoning is in the average range and she is strong in maths (predicted grade 5) and in practical subjects. Her reading speed is slow (standardised score 74 on the reading speed test, April 2026) although her comprehension is good when text is read to her. She is predicted grade 3 in GCSE English Language and finds long written answers under time pressure very difficult. She uses a reader pen and is an able user of her laptop."),
            ("h", "Communication and interaction"),
            ("p", "Leah is chatty and warm with people she knows. She has social communication difficulties: she takes language literally, finds it hard to read what others mean from their tone or expression, and can misunderstand messages from friends, which leads to upset. She needs clear, direct language and warning of changes, and asks for help when needed if she knows and trusts the adult."),
            ("h", "Social, emotional and mental health"),
            ("p", "Leah is resilient and has stable, positive relationships at home and school. She becomes anxious when facing new places and people, and her anxiety rises around transitions and contact arrangements. Her early childhood experiences mean that trust takes time to build."),
            ("h", "Sensory and/or physical"),
            ("p", "Leah has no sensory or physical needs."),
        ],
        "C": [
            ("p", "Leah has no health care needs relating to her special educational needs. This is based on her review health assessment by the Looked After Children's Nurse (March 2026), which found her to be in good physical and emotional health, and on her GP summary (April 2026). She is registered with a GP and a dentist and her immunisations are up to date."),
        ],
        "D": [
            ("p", "Leah is a looked after child on a full care order and has lived with her long-term foster carers since 2021. Her social worker contributed advice to this review (May 2026), and Leah's care plan and personal education plan (PEP) were considered alongside this EHC plan; the EHC plan review and her looked after review were aligned so that targets match."),
            ("p", "Leah's social care needs relating to her special educational needs: because of her social communication difficulties and anxiety about new situations, she needs planned, step-by-step support to prepare for leaving care, including travel, money and moving to college. She also needs stable, well-planned family time with her mum and brother, with warning of any changes. From her 16th birthday she is entitled to a personal adviser from the Leaving Care Service and a pathway plan."),
        ],
        "E": [
            ("p", "All outcomes prepare Leah for adult life. They are to be achieved by July 2027 unless stated."),
            ("h", "E1 – Qualifications (employment)"),
            ("p", "By August 2027, Leah will gain a grade 4 or above in GCSE English Language, so that she can start her college course without a resit."),
            ("h", "E2 – College place (employment)"),
            ("p", "By March 2027, Leah will receive an offer of a place on the Level 2 Childcare course at Larkbury College, having attended an interview with her chosen support."),
            ("h", "E3 – Work experience (employment)"),
            ("p", "By April 2027, Leah will complete 10 half-days of work experience at a day nursery in Stowe Parva and receive a positive report from the nursery manager."),
            ("h", "E4 – Travel (independent living; friends and community)"),
            ("p", "By February 2027, Leah will travel by bus from home to Larkbury College and back on her own on 4 occasions, without needing to phone for help, confirmed by her foster carers."),
            ("h", "E5 – Money (independent living)"),
            ("p", "By July 2027, Leah will budget for a week's food shopping and travel using her savings account and her bank card, keeping within the agreed budget in 4 weeks out of 5, checked with her personal adviser."),
            ("h", "E6 – Understanding others (friends and community)"),
            ("p", "By December 2026, when Leah is unsure what someone means, she will check by asking a clarifying question, in at least 3 situations each week, recorded on her reflection sheet and reviewed fortnightly with her key adult."),
        ],
        "F": [
            ("p", "The following provision will be made by Stowe Parva Academy unless stated otherwise."),
            ("h", "Cognition and learning"),
            ("b", [
                "Exam access arrangements: 25% extra time and a reader (a computer reader or a human reader) in all mock and GCSE exams, assessed and arranged by the SENCo (special educational needs co-ordinator) with the exams officer. (E1)",
                "o May 2027: a separate room for GCSE English Language and English Literature exams, arranged by the exams officer.",
                "A laptop with text-to-speech software and a reader pen for all lessons and homework, provided and maintained by the academy's IT technician. (E1)",
                "English Language intervention (exam technique and structured writing) x3 weekly for 40 minutes in a group of no more than 4, taught by an English teacher. (E1)",
                "Specialist dyslexia teaching, 1:1, once a week for 45 minutes, by a specialist teacher with a Level 7 qualification in specific learning difficulties. (E1)",
            ]),
            ("h", "Communication and interaction, social and emotional"),
            ("b", [
                "A named key adult (learning mentor) who meets Leah for 20 minutes every Monday and Thursday to plan the week, prepare her for any changes and go through her reflection sheet. (E6)",
                "A specialist teacher from the Ashdene Autism Outreach Team will visit once each half-term for 1 hour to review Leah's social understanding work and advise staff, and will give Year 11 staff 1 hour of training in the autumn term 2026. (E6)",
                "Social understanding sessions using comic strip conversations (simple drawings that show what people say, think and mean), 1:1, fortnightly for 30 minutes, with the key adult. (E6)",
            ]),
            ("h", "Preparing for adulthood"),
            ("b", [
                "A careers adviser (Level 6 qualified, Ashdene Careers Service) will meet Leah three times in Year 11, 45 minutes each time, and attend her college interview preparation session. (E2, E3)",
                "Transition to college: two accompanied visits to Larkbury College before March 2027 and a third visit on her own, arranged by the designated teacher for looked after children, with the college's learning support team told about her needs. (E2, E4)",
                "Work experience: one morning a week (Wednesdays) for 10 weeks in the spring term 2027 at a day nursery, arranged by the careers lead, who will visit her at the placement twice. (E3)",
                "Money skills: a personal finance course, weekly for 50 minutes for 8 weeks, in a group of 6, taught by the personal, social, health and economic (PSHE) education lead. (E5)",
            ]),
        ],
        "G": [
            ("p", "None required. Leah's annual review health assessment will continue as part of her looked after children's health care, outside this plan."),
        ],
        "H1": [
            ("p", "None. Leah's social worker's advice (May 2026) found no need for provision under section 2 of the Chronically Sick and Disabled Persons Act 1970; her needs are met through her care plan and the provision in H2."),
        ],
        "H2": [
            ("b", [
                "Leaving Care Service: a personal adviser will meet Leah once a month for 1 hour from September 2026 to write and review her pathway plan, including travel, money and her move to college. (E4, E5)",
                "Independent travel training: 6 sessions of 1 hour, 1:1, with the Ashdene Independent Travel Training team, from October 2026, arranged by her social worker. (E4)",
                "Family time: monthly supervised family time with her mum (2 hours) and fortnightly time with her brother, arranged by her social worker, with any change shared with Leah at least one week ahead.",
                "Her personal education plan (PEP) is reviewed each term by the designated teacher, her social worker and the Ashdene Virtual School (the council's team that oversees the education of looked after children), and is aligned with the outcomes in Section E.",
            ]),
        ],
        "I": [("p", "Stowe Parva Academy, Stowe Parva – mainstream secondary academy (Vale Learning Partnership), until the end of Year 11.")],
        "J": [("p", "No personal budget has been requested.")],
        "K": [
            ("b", [
                "Leah's views – written by Leah, May 2026 (received 22 May 2026).",
                "Foster carers' views – Sue and Graham, 20 May 2026.",
                "Leah's mum's views – given to the social worker, 28 May 2026.",
                "Educational advice – Mr O. Grant, SENCo, and Mrs D. Amos, Designated Teacher for Looked After Children, Stowe Parva Academy, 27 May 2026 (annual review report).",
                "Psychological advice – Dr L. Vaughan, Educational Psychologist, Ashdene Educational Psychology Service, 11 February 2026.",
                "Medical advice – Ms H. Curran, Looked After Children's Nurse, review health assessment, 17 March 2026, and GP summary, Stowe Parva Surgery, 9 April 2026.",
                "Social care advice – Ms P. Kowalski, Social Worker, Children in Care Team, Ashdene Children's Services, 26 May 2026, with Leah's care plan (March 2026).",
                "Virtual School advice – Mr S. Nuttall, Virtual School Education Adviser, 29 May 2026, with Leah's PEP (spring term 2026).",
                "Preparing for adulthood advice – Ms R. Lang, Careers Adviser, Ashdene Careers Service, 14 May 2026.",
                "Autism Outreach advice – Mrs J. Whyte, Specialist Teacher, Ashdene Autism Outreach Team, 6 May 2026.",
            ]),
        ],
    },
    closing=["Signed on behalf of Ashdene County Council: SEND Casework Officer, Larkbury and North Team. Date: 10 July 2026."],
))
# =====================================================================
# z105  national-template  SOUND  Freya, 9, Year 4, dyslexia + sensory processing + hypermobility
# =====================================================================
NONE_ROW = lambda who: [("No special educational needs in this area (" + who + ").", "None required.", "Not applicable.")]

PLANS.append(dict(
    id="z105", layout="national-template", name="Freya", team="Kinverton and South Team",
    front=[
        ("Child's first name:", "Freya"),
        ("Age:", "9"),
        ("National Curriculum year:", "Year 4"),
        ("Type of plan:", "Amended EHC plan following annual review"),
        ("Date of EHC plan:", "19 November 2026 (first issued 11 November 2024)"),
        ("Last annual review:", "22/10/2026"),
        ("Caseworker:", "SEND Casework Officer, Kinverton and South Team"),
    ],
    personal=dict(name="Freya", preferred="Freya", dob="Month and year of birth: May 2017", sex="Female",
                  ethnicity="White British", lang="English", parent_lang="English",
                  p1="Mum (name held on case file)", p1_rel="Mother", p2="Dad (name held on case file)", p2_rel="Father",
                  p2_addr="Same address"),
    services=dict(setting="Kinverton Garrison Primary Academy (Three Spires Academy Trust)",
                  gp="Kinverton Garrison Medical Centre (GP); Paediatric Physiotherapy, Ashdene Community Health NHS Trust",
                  nhs="Held on case file", social="No", others="Educational Psychologist; Specialist Teacher (Cognition and Learning); Occupational Therapist",
                  lac="No", was_lac="No", opp="Yes – appended", moving="No"),
    A1=[("p", "Freya lives with her mum, her dad and her younger brother. Her dad serves in the Royal Logistic Corps and the family moved to Kinverton in summer 2024, Freya's third move and third school since Reception. Her first EHC plan was issued in November 2024 after a specialist teacher assessment identified dyslexia. This plan has been amended following her annual review on 22 October 2026, with new advice from her specialist teacher, physiotherapist and occupational therapist."),
        ("p", "Communication: Freya communicates clearly and confidently in spoken English. She prefers to show what she knows by talking or drawing rather than writing.")],
    views=[("h", "Freya's views (Freya talked to her teaching assistant, who wrote down her words, October 2026)"),
           ("p", "\"I like school now because I have friends and Mr Evans makes science fun. I'm good at science and I know loads about volcanoes. I don't like reading out loud because the words jump about and I lose my place. Writing makes my hand hurt, especially at the end of the day. The typing lessons help. I hate the noise in the hall, it makes me feel fizzy. The wobble cushion helps me sit still. When Dad goes away I worry a bit but I have my memory box.\""),
           ("h", "Freya's parents' views (annual review meeting, 22 October 2026)"),
           ("p", "Mum and Dad are pleased with Freya's progress in reading this year and with how settled she is. They said the move to Kinverton was hard and that Freya worries when Dad is deployed. They want Freya to keep up with her friends in reading and writing before she moves to secondary school, and to have access to a laptop for longer pieces of writing. They would like the school to keep helping with her hand pain and her dislike of noise.")],
    interests=[("p", "Science (especially volcanoes and space), Brownies, gymnastics club on Saturdays, drawing comics with her brother, and baking with her nan when they visit.")],
    strengths=[("b", ["Curious and full of questions; excellent general knowledge and scientific vocabulary.",
                      "Very good listening comprehension – she understands texts well when they are read to her.",
                      "Kind and sociable; she made friends quickly after moving schools.",
                      "Flexible and bendy – she is one of the best in her gymnastics club."])],
    aspirations=[("p", "Freya wants to be a scientist who studies volcanoes, and she wants to read the Harry Potter books on her own. Her parents hope she will read and write confidently enough to manage secondary school without falling behind, and that she will keep enjoying science.")],
    areas=dict(
        ci=dict(strengths=[("p", "Freya's speech and language are well developed. She explains her ideas clearly and enjoys class discussions.")],
                rows=NONE_ROW("educational advice, October 2026")),
        cl=dict(strengths=[("p", "Freya has strong verbal reasoning (above average, educational psychology assessment, March 2026), excellent general knowledge and good number skills. She enjoys science and can explain complex ideas out loud.")],
                rows=[
                    ("Freya has dyslexia. Her single-word reading standardised score is 79 and her spelling standardised score is 76 (specialist teacher assessment, September 2026). She reads at about a Year 2 level, loses her place and finds it hard to decode longer words.",
                     [("b", ["Specialist dyslexia teaching, 1:1, twice a week for 40 minutes, using a structured, cumulative phonics programme, delivered by a specialist teacher with a Level 5 qualification in specific learning difficulties, from the Ashdene Cognition and Learning Team.",
                             "Daily reading practice, 1:1, 15 minutes, with a teaching assistant trained by the specialist teacher, using decodable books matched to her programme.",
                             "January 2027: the specialist teacher will repeat Freya's standardised reading and spelling assessments (about 1 hour) and update her programme."])],
                     "By July 2027, Freya will read 8 out of 10 words of two or three syllables correctly from her programme word lists, and her single-word reading standardised score will be at least 85, as measured by her specialist teacher. (This builds on Freya's wish to read the Harry Potter books herself.)"),
                    ("Freya's spelling and written work are well below what she can say. She finds writing slow and tiring, and her written work is much shorter than her spoken ideas.",
                     [("b", ["Touch-typing programme, 15 minutes three times per week, in a group of no more than 3 pupils, supervised by a teaching assistant who has completed the programme's online training.",
                             "A laptop with word prediction software for all written work of more than half a page, set up and maintained by the academy's IT technician.",
                             "A spelling intervention (Nessy Spelling) daily for 10 minutes, 1:1, with a teaching assistant trained in the programme by the specialist teacher."])],
                     "By July 2027, Freya will type a piece of writing of at least 150 words in 30 minutes, using word prediction, in 3 out of 4 extended writing tasks, assessed by her class teacher."),
                    ("Freya loses her place when reading from the board and from printed text.",
                     [("b", ["A reading pen and coloured overlays, provided by the school and checked each half-term by the SENCo (special educational needs co-ordinator).",
                             "Printed copies of board work in a clear, well-spaced font on cream paper, provided by the class teacher for every lesson."])],
                     "By March 2027, Freya will use her reading pen on her own to read a science or topic worksheet in 4 out of 5 lessons, recorded by her teaching assistant."),
                ]),
        semh=dict(strengths=[("p", "Freya is cheerful, sociable and resilient. She makes friends easily and talks openly about her feelings.")],
                  rows=[
                      ("Freya becomes anxious when her dad is deployed or away on exercise, and this affects her concentration and sleep at these times.",
                       [("b", ["A weekly 20-minute session with the academy's emotional literacy support assistant (ELSA, a teaching assistant trained by the educational psychology service to support children's emotional wellbeing), 1:1, for 6 weeks then review, starting in the first week of each deployment.",
                               "Service children's club (the 'Little Troopers' group) every other Tuesday for 30 minutes in a group of no more than 8, run by the academy's service pupil champion."])],
                       "By July 2027, during any period when her dad is away, Freya will tell an adult how she feels using her feelings scale at least twice a week, and will complete her memory box activity with the ELSA, as recorded in her ELSA log."),
                  ]),
        sp=dict(strengths=[("p", "Freya is agile and well coordinated in gymnastics and enjoys PE (physical education).")],
                rows=[
                    ("Freya has sensory processing differences (occupational therapy assessment, September 2026). She is over-sensitive to noise and seeks movement, and finds it hard to sit still on the carpet or in assemblies.",
                     [("b", ["Sensory circuits (a short sequence of movement activities that help a child feel alert and calm) every morning for 10 minutes in a group of 4, led by a teaching assistant trained by the occupational therapist.",
                             "A wobble cushion and ear defenders, provided by the school and replaced by the SENCo when worn.",
                             "Occupational therapy (educational): the occupational therapist will visit once a term for 1 hour to review Freya's sensory strategies and train her teaching assistant."])],
                     "By July 2027, Freya will stay in whole-school assemblies for 20 minutes using her ear defenders and cushion in 4 out of 5 assemblies, recorded by her teaching assistant."),
                ]),
    ),
    health=dict(strengths=[("p", "Freya is generally healthy and active. She has no difficulties with her hearing or vision (both checked by the school nursing team in September 2026), but she has joint hypermobility.")],
                rows=[
                    ("Joint hypermobility (paediatric physiotherapy assessment, August 2026): Freya's finger and wrist joints are very flexible, which makes handwriting tiring and painful after 10 minutes, and her knees ache after long walks.",
                     [("b", ["Paediatric physiotherapist (Ashdene Community Health NHS Trust): review in school once a term for 45 minutes to check Freya's hand and knee exercise programme and show her teaching assistant the exercises.",
                             "A sloping writing board and a chunky pen grip, supplied and replaced by the physiotherapy service."])],
                     "By July 2027, Freya will write by hand for 15 minutes without stopping because of hand pain in 4 out of 5 handwriting sessions, recorded by her class teacher, and will do her hand exercises on her own each morning."),
                ]),
    health_agreement="Agreed by Dr Nadia Rahman, Designated Medical Officer, NHS Ashdene Integrated Care Board (ICB), 5 November 2026.",
    social=dict(strengths=[("p", "Freya has a close and supportive family and is part of the garrison's service families network.")],
                rows=[
                    ("Freya has no social care needs relating to her special educational needs. This was the conclusion of the social care advice from the Disabled Children's Team (October 2026). The family were given information about the Local Offer and about the Army Welfare Service.",
                     "None.", "None. Short breaks were considered and are not needed.", "Not applicable."),
                ]),
    placement=dict(name="Kinverton Garrison Primary Academy", type="Mainstream primary academy (Three Spires Academy Trust)"),
    J=("No personal budget has been requested.", "Not applicable."),
    K={
        1: ("Parent or carer advice (views of Freya's parents)", "22/10/2026", "Freya's parents", "YES"),
        2: ("Child's views", "20/10/2026", "Freya, written down by Mrs L. Bowen, Teaching Assistant", "YES"),
        3: ("Educational advice", "15/10/2026", "Mrs K. Price, SENCo, and Mr J. Evans, Class Teacher, Kinverton Garrison Primary Academy; Ms V. Holt, Specialist Teacher, Ashdene Cognition and Learning Team (assessment 24/09/2026)", "YES"),
        4: (None, "02/09/2026", "Dr R. Okafor, Community Paediatrician; Ms E. Lund, Paediatric Physiotherapist (assessment 19/08/2026), Ashdene Community Health NHS Trust", "YES"),
        5: (None, "11/03/2026", "Dr S. Bhandari, Educational Psychologist, Ashdene Educational Psychology Service", "YES"),
        6: (None, "08/10/2026", "Ms K. Brennan, Senior Practitioner, Disabled Children's Team, Ashdene Children's Services", "YES"),
        7: (None, "30/09/2026", "Ms C. Denton, Occupational Therapist, Ashdene Community Health NHS Trust", "YES"),
    },
    signoff=("SEND Casework Officer, Kinverton and South Team", "Signed (held on case file)", "19/11/2026"),
))
# =====================================================================
# z102  national-template  FAIL  Lily, 10, Year 5, ADHD + sensory processing
# =====================================================================
PLANS.append(dict(
    id="z102", layout="national-template", name="Lily", team="Larkbury and North Team",
    front=[
        ("Child's first name:", "Lily"),
        ("Age:", "10"),
        ("National Curriculum year:", "Year 5"),
        ("Type of plan:", "Amended EHC plan following annual review"),
        ("Date of EHC plan:", "18 June 2026"),
        ("Last annual review:", "12 May 2026"),
        ("Caseworker:", "SEND Casework Officer, Larkbury and North Team"),
    ],
    personal=dict(name="Lily", preferred="Lily", dob="Month and year of birth: January 2016", sex="Female",
                  ethnicity="White British", lang="English", parent_lang="English",
                  p1="Mum (name held on case file)", p1_rel="Mother", p2="Not applicable", p2_rel="", p2_addr="Not applicable"),
    services=dict(setting="Hollinford Primary Academy (Vale Learning Partnership)",
                  gp="Hollinford Surgery (GP); Community Paediatrician, Ashdene Community Health NHS Trust",
                  nhs="Held on case file", social="No", others="Educational Psychologist; Occupational Therapist; School Nurse",
                  lac="No", was_lac="No", opp="Yes – appended", moving="No"),
    A1=[("p", "Lily lives with her mum and her older sister in Hollinford. She was diagnosed with attention deficit hyperactivity disorder (ADHD) by the community paediatrician in Year 3 and started medication in Year 4. Her first EHC plan was issued in June 2025. At her annual review on 12 May 2026, everyone agreed that Lily has made good progress in reading and that her sensory needs and her friendships are now the main priorities. The plan has been amended to reflect this."),
        ("p", "Communication: Lily is a chatty, expressive communicator who loves to tell stories. She talks quickly and sometimes interrupts.")],
    views=[("h", "Lily's views (Lily talked to her teaching assistant, Miss Hale, in April 2026; these are her words)"),
           ("p", "\"I like dancing, drama and making slime. I'm good at remembering lines for plays. Maths is my worst because it takes forever and I can't sit still. I hate the feeling of my school jumper, it's itchy, and the lunch hall is way too loud. I wish I had more friends who want to play the same games as me. I want to be on the stage when I grow up, in a musical in London.\""),
           ("h", "Lily's mum's views (annual review, 12 May 2026)"),
           ("p", "Mum said Lily is loving, energetic and creative and brightens every room. The medication has helped Lily focus in the mornings. She is worried that Lily is falling out with friends more often and that she is still having accidents with wetting during the day, which upsets her a lot and makes her not want to go on the Year 6 residential trip. Mum would like more help for Lily to calm down after lunch and to make and keep friends.")],
    interests=[("p", "Dancing (she goes to street dance on Wednesdays), drama club, musical theatre soundtracks, making slime, and her guinea pig, Pudding.")],
    strengths=[("b", ["Creative and imaginative; a confident performer in school plays.",
                      "Excellent memory for songs and scripts.",
                      "Reading has improved by 18 months in a year; she now reads for pleasure.",
                      "Kind to younger children; she is a reading buddy for Year 1."])],
    aspirations=[("p", "Lily wants to be a performer in musical theatre. Mum hopes she will move to secondary school with friends, manage her feelings and go on the Year 6 residential trip.")],
    areas=dict(
        ci=dict(strengths=[("p", "Lily's spoken language is well developed and she enjoys drama and storytelling.")],
                rows=[
                    ("Lily finds it hard to keep friendships going. She misreads how others are feeling, dominates games and becomes upset when friends do not want to play her way. She falls out with friends on most days.",
                     [("b", ["Lily will attend a social skills group (Talkabout) with a teaching assistant.",
                             "Lily will have opportunities to practise turn-taking games at lunchtime as appropriate."])],
                     "By March 2027, Lily will join a game chosen by another child and keep playing for 10 minutes without falling out, on 3 lunchtimes a week, recorded by the lunchtime supervisor."),
                ]),
        cl=dict(strengths=[("p", "Lily's reading age has risen from 7 years 6 months to 9 years in a year. She has a good memory and learns quickly through drama and movement.")],
                rows=[
                    ("Lily's attention difficulties (ADHD) mean that she loses focus after about 5 minutes of independent work and is working below age-related expectations in maths and writing.",
                     [("b", ["Maths intervention (Numicon) for 30 minutes three times a week in a group of 4, taught by a higher level teaching assistant (HLTA).",
                             "Tasks broken into 5-minute chunks with a visual timer and a task checklist, prepared by the class teacher for all maths and writing lessons.",
                             "Lily will have regular movement breaks as appropriate."])],
                     "By July 2027, Lily will complete a 15-minute independent maths task in 4 out of 5 lessons, recorded on her task checklist, and will reach the Year 5 expected standard in the school's end-of-year maths assessment."),
                ]),
        semh=dict(strengths=[("p", "Lily is warm and affectionate and can talk about her feelings once she is calm.")],
                  rows=[
                      ("Lily becomes dysregulated after lunchtime: she shouts, runs out of class or hides, on about 3 afternoons a week.",
                       [("b", ["Lily will have access to a quiet space when needed.",
                               "A 10-minute calm-down routine with her teaching assistant straight after lunch each day, using the Zones of Regulation (a programme that helps children recognise and manage their feelings), 1:1."])],
                       "By February 2027, Lily will use her Zones of Regulation card to ask for a calm-down break instead of running out of class, on 4 out of 5 occasions, recorded by her teaching assistant."),
                  ]),
        sp=dict(strengths=[("p", "Lily is strong and well coordinated and loves dance and PE (physical education).")],
                rows=[
                    ("Lily has sensory processing differences (occupational therapy assessment, March 2026). She is over-sensitive to noise and to the feel of clothing, and she seeks movement.",
                     [("b", ["Sensory circuits every morning for 10 minutes in a group of 5, led by a teaching assistant trained by the occupational therapist.",
                             "An occupational therapist (Ashdene Community Health NHS Trust) will visit once a term for 1 hour to review Lily's sensory programme and train staff.",
                             "Lily may wear her own soft cotton top instead of the school jumper, agreed by the headteacher, and ear defenders, provided by the school, in the lunch hall."])],
                     "By July 2027, Lily will eat her lunch in the dining hall for 15 minutes using her ear defenders on 4 out of 5 days, recorded by the lunchtime supervisor."),
                ]),
    ),
    health=dict(strengths=[("p", "Lily is active, eats well and enjoys sport.")],
                rows=[
                    ("Attention deficit hyperactivity disorder (ADHD), diagnosed in 2024. Lily takes slow-release methylphenidate every morning at home.",
                     [("b", ["Community paediatrician (Ashdene Community Health NHS Trust): ADHD medication review every 6 months (30-minute appointment), including height, weight and blood pressure checks."])],
                     "By July 2027, Lily will tell her paediatrician at her review how her medication helps her in school, with her mum's help."),
                    ("Daytime wetting: Lily has accidents at school about twice a week, usually in the afternoon. She has been seen by the school nurse, who has referred her to the Bladder and Bowel Service. This is very upsetting for Lily and is affecting whether she wants to go on the Year 6 residential trip.",
                     "", ""),
                ]),
    health_agreement=None,
    social=dict(strengths=[("p", "Lily has a loving family and a supportive grandmother who helps with childcare.")],
                rows=[
                    ("Lily has no social care needs relating to her special educational needs or disability, as confirmed in the social care advice from the Early Help Hub (April 2026). Mum was given information about the Local Offer and the Hollinford ADHD parents' group.",
                     "None.", "None. Early help was discussed and Mum does not need it at present.", "Not applicable."),
                ]),
    placement=dict(name="Hollinford Primary Academy", type="Mainstream primary academy (Vale Learning Partnership)"),
    J=("No personal budget has been requested.", "Not applicable."),
    K={
        1: ("Parent or carer advice (Lily's mum)", "12/05/2026", "Lily's mum, at the annual review", "YES"),
        2: ("Child's views", "24/04/2026", "Lily, recorded by Miss J. Hale, Teaching Assistant", "YES"),
        3: ("Educational advice (annual review report)", "05/05/2026", "Mrs C. Adeyemi, SENCo (special educational needs co-ordinator), Hollinford Primary Academy", "YES"),
        4: (None, "14/04/2026", "Dr T. Hughes, Community Paediatrician, Ashdene Community Health NHS Trust", "YES"),
        5: (None, "20/01/2026", "Dr M. Ahmed, Educational Psychologist, Ashdene Educational Psychology Service", "YES"),
        6: (None, "21/04/2026", "Mr J. Fenwick, Early Help Practitioner, Ashdene Early Help Hub", "YES"),
        7: (None, "18/03/2026", "Ms C. Denton, Occupational Therapist, Ashdene Community Health NHS Trust; Mrs E. Lowe, School Nurse (14/03/2026)", "YES"),
    },
    signoff=("SEND Casework Officer, Larkbury and North Team", "Signed (held on case file)", "18/06/2026"),
))
# =====================================================================
# z108  national-template  FAIL  Anisha, 10, Year 5, hearing impairment (Nepali family)
# =====================================================================
PLANS.append(dict(
    id="z108", layout="national-template", name="Anisha", team="Kinverton and South Team",
    front=[
        ("Child's first name:", "Anisha"),
        ("Age:", "10"),
        ("National Curriculum year:", "Year 5"),
        ("Type of plan:", "Final EHC plan"),
        ("Date of EHC plan:", "23 April 2026"),
        ("Last annual review:", "Not applicable – new plan"),
        ("Caseworker:", "SEND Casework Officer, Kinverton and South Team"),
    ],
    personal=dict(name="Anisha", preferred="Anisha", dob="Month and year of birth: October 2015", sex="Female",
                  ethnicity="Asian – Nepali", lang="Nepali and English", parent_lang="Nepali (Mum); Nepali and English (Dad)",
                  p1="Mum (name held on case file)", p1_rel="Mother", p2="Dad (name held on case file)", p2_rel="Father",
                  p2_addr="Same address"),
    services=dict(setting="Kinverton Garrison Primary Academy (Three Spires Academy Trust)",
                  gp="Kinverton Garrison Medical Centre (GP); Paediatric Audiology, Ashdene General Hospital",
                  nhs="Held on case file", social="No", others="Ashdene Sensory Support Service; Educational Psychologist",
                  lac="No", was_lac="No", opp="Yes – appended", moving="No"),
    A1=[("p", "Anisha lives with her mum, her dad and her two brothers in the garrison. Her dad serves with the Queen's Gurkha Signals. The family moved to Kinverton from Nepal, via Brunei, in 2023. Anisha was found to have a hearing loss at a hearing screen in Year 4 and was fitted with hearing aids in early 2025. Her hearing loss was not picked up sooner, and she has gaps in her English vocabulary and in her learning."),
        ("p", "Communication: Anisha speaks Nepali at home and English at school. Anisha have a moderate hearing loss in both ears and relies on her hearing aids, lip-reading and on seeing what other children do.")],
    views=[("h", "Anisha's views (talked with her class teacher and a Nepali-speaking teaching assistant, February 2026)"),
           ("p", "\"I like art and netball and looking after my baby brother. I like it when Miss Thapa explains in Nepali. In the hall I can't hear anything, it is all noise. When the teacher talks to the wall I don't know what she said. I want to be a doctor so I can help people like my grandmother in Nepal. I want more friends to play with at lunch.\""),
           ("h", "Anisha's parents' views (meeting at home with an interpreter, 27 January 2026)"),
           ("p", "Mum and Dad said that Anisha is a hard-working, caring girl who helps with her brothers and is proud of her hearing aids now. They are worried that she is behind in English and maths and that she will find secondary school hard. They said she is often lonely at school because she cannot follow what the other girls are talking about. They want her to go to Hollins Wood Academy with her cousins and to do well enough to go to university.")],
    interests=[("p", "Art and drawing, netball, Nepali dance at the Gurkha Welfare Centre, cooking momos with her mum, and looking after her baby brother.")],
    strengths=[("b", ["Hard-working and determined; she always completes her homework.",
                      "Good at art and at practical maths such as measuring.",
                      "Fluent in Nepali; she reads and writes Nepali script.",
                      "Caring and responsible with younger children."])],
    aspirations=[("p", "Anisha wants to be a doctor. Her parents want her to go to Hollins Wood Academy with her cousins, to catch up in English and maths, and to go to university.")],
    areas=dict(
        ci=dict(strengths=[("p", "Anisha communicates confidently in Nepali and well in English one-to-one in a quiet room.")],
                rows=[
                    ("Anisha's English vocabulary is about three years behind her age (British Picture Vocabulary Scale, standardised score 72, January 2026) because she heard spoken English poorly for several years. She misses instructions given to the whole class and does not always say when she has not heard.",
                     [("b", ["Pre-teaching of topic vocabulary x3 weekly for 20 minutes in a group of no more than 3, by a teaching assistant trained by the Teacher of the Deaf.",
                             "A qualified Teacher of the Deaf (Ashdene Sensory Support Service) will visit once each half-term for 1 hour to observe Anisha, check her equipment and the the listening environment, and advise staff.",
                             "Deaf-awareness training for all staff who teach Anisha, 1 hour each term, by the Teacher of the Deaf."])],
                     "By July 2027, Anisha will use 40 new topic words correctly in her spoken and written work, checked half-termly by her teaching assistant against her vocabulary list, and will ask for repetition when she has not heard in 4 out of 5 lessons observed by the Teacher of the Deaf."),
                ]),
        cl=dict(strengths=[("p", "Anisha has average non-verbal reasoning (educational psychology assessment, February 2026) and strong practical maths skills.")],
                rows=[
                    ("Anisha is working at about a Year 4 standard in reading, writing and maths. Gaps in her learning come from the years when her hearing loss was not known.",
                     [("b", ["Reading comprehension intervention for 30 minutes three times a week in a group of 4, led by a higher level teaching assistant (HLTA).",
                             "Maths catch-up (fluency and word problems) for 20 minutes daily, 1:1, with a teaching assistant, using a programme planned by the maths lead."])],
                     "By July 2027, Anisha will reach the Year 5 standard in reading and maths in the school's termly assessments, and will answer 7 out of 10 maths word problems correctly, checked by her class teacher."),
                ]),
        semh=dict(strengths=[("p", "Anisha is calm, kind and well liked by adults. She copes well with change.")],
                  rows=[
                      ("Anisha is often on her own at lunchtime and breaktime. She says she cannot follow what the other girls is talking about in groups, and she has no close friend in her class.",
                       "See communication and interaction provision above.",
                       "By July 2027, Anisha will play with at least two friends she has chosen on 4 lunchtimes a week, recorded by the lunchtime supervisor, and will say she has a close friend in her class."),
                  ]),
        sp=dict(strengths=[("p", "Anisha looks after her hearing aids carefully and tells an adult when a battery is flat.")],
                rows=[
                    ("Anisha has a moderate bilateral sensorineural hearing loss. Without her hearing aids she hears very little speech; with them, she still struggles in background noise and at a distance.",
                     [("b", ["A radio aid (remote microphone) in all lessons, provided and maintained by the Ashdene Sensory Support Service, and checked each morning by her teaching assistant.",
                             "Seating at the front, near the teacher, with her back to the window, arranged by the class teacher; carpet tiles and soft display boards fitted in her classroom by the site manager by June 2026.",
                             "An hearing aid and radio aid check each morning for 5 minutes with her teaching assistant."])],
                     "By December 2026, Anisha will use her radio aid in every lesson and will ask the teacher to use it if it has been forgotten, on 9 out of 10 days, recorded by her teaching assistant."),
                ]),
    ),
    health=dict(strengths=[("p", "Anisha is healthy and active. She wears her hearing aids all day.")],
                rows=[
                    ("Permanent moderate bilateral sensorineural hearing loss (Paediatric Audiology, January 2026).",
                     [("b", ["Paediatric Audiology, Ashdene General Hospital: hearing test and hearing aid review every 6 months (1-hour appointment), new earmoulds each year, and hearing aid batteries posted to the family every 3 months."])],
                     "By July 2027, Anisha will put in, take out and clean her own hearing aids each day without help, reported by her mum and teaching assistant."),
                    ("Recurrent ear infections and glue ear in the right ear, for which she had grommets fitted in 2024.",
                     [("b", ["ENT (ear, nose and throat) to review grommets as required."])],
                     "By July 2027, Anisha will tell an adult on the same day whenever her right ear is sore or discharging, so that it can be treated quickly; her teaching assistant will record each report in her home–school book, checked at her annual review."),
                ]),
    health_agreement="Reviewed and agreed by Helen Varley, Designated Clinical Officer, NHS Ashdene Integrated Care Board (ICB), on 14 April 2026.",
    social=dict(strengths=[("p", "Anisha's family is close and well supported by the Gurkha community in Kinverton.")],
                rows=[
                    ("Anisha has no social care needs. Their is no need for social care provision, as confirmed by the social care advice from the Disabled Children's Team (February 2026). The family were given information about the Local Offer and the Ashdene Deaf Children's Family Group.",
                     "None.", "None. The family have information about short breaks and do not need them at present.", "Not applicable."),
                ]),
    placement=dict(name="Kinverton Garrison Primary Academy", type="Mainstream primary academy (Three Spires Academy Trust)"),
    J=("No personal budget has been requested.", "Not applicable."),
    K={
        1: ("Parent or carer advice", "27/01/2026", "Anisha's parents, with a Nepali interpreter", "YES"),
        2: ("Educational advice", "10/02/2026", "Mrs P. Shah, SENCo (special educational needs co-ordinator), Kinverton Garrison Primary Academy", "YES"),
        3: ("Hearing impairment advice", "04/02/2026", "Mrs D. Ward, Teaching Assistant (Hearing Support), Ashdene Sensory Support Service", "YES"),
        4: (None, "15/01/2026", "Ms F. Whitcombe, Clinical Scientist (Audiology), Ashdene General Hospital; GP summary, Kinverton Garrison Medical Centre (20/01/2026)", "YES"),
        5: (None, "18/02/2026", "Dr S. Bhandari, Educational Psychologist, Ashdene Educational Psychology Service", "YES"),
        6: (None, "12/02/2026", "Ms K. Brennan, Senior Practitioner, Disabled Children's Team", "YES"),
    },
    K_extra=[("Child's views", "16/02/2026", "Anisha, with her class teacher and Miss Thapa, Teaching Assistant", "YES")],
    signoff=("SEND Casework Officer, Kinverton and South Team", "Signed (held on case file)", "23/04/2026"),
))
# =====================================================================
# z111  national-template  FAIL  Callum, 12, Year 8, looked after, ADHD + social communication
# =====================================================================
PLANS.append(dict(
    id="z111", layout="national-template", name="Callum", team="Larkbury and North Team",
    front=[
        ("Child's first name:", "Callum"),
        ("Age:", "12"),
        ("National Curriculum year:", "Year 8"),
        ("Type of plan:", "Final EHC plan"),
        ("Date of EHC plan:", "12 October 2026"),
        ("Last annual review:", "Not applicable – new plan"),
        ("Caseworker:", "SEND Casework Officer, Larkbury and North Team"),
    ],
    personal=dict(name="Callum", preferred="Cal", dob="Month and year of birth: February 2014", sex="Male",
                  ethnicity="White British", lang="English", parent_lang="English",
                  p1="Foster carer (name held on case file)", p1_rel="Foster carer", p2="Social worker, Children in Care Team (name held on case file)", p2_rel="Allocated social worker",
                  p2_addr="Ashdene Children's Services, County Hall"),
    services=dict(setting="Stowe Parva Academy (Vale Learning Partnership)",
                  gp="Stowe Parva Surgery (GP); Community Paediatrician, Ashdene Community Health NHS Trust",
                  nhs="Held on case file", social="Yes – Children in Care Team",
                  others="Educational Psychologist; Ashdene Virtual School; Looked After Children's Nurse",
                  lac="Yes – looked after under a care order since March 2024; in foster care", was_lac="Yes", opp="No", moving="No"),
    A1=[("p", "Callum has lived with his foster carers in Stowe Parva since March 2024. Before that he lived with his mum and moved home and school several times. He was diagnosed with attention deficit hyperactivity disorder (ADHD) in 2023. He moved to Stowe Parva Academy in Year 7, where staff raised concerns about his attention, his understanding of social situations and his difficulty staying in lessons. The academy requested an EHC needs assessment in March 2026."),
        ("p", "Communication: Callum talks easily with adults he trusts, and likes to talk about football and gaming. He takes things literally and can misunderstand jokes.")],
    views=[("h", "Callum's views (talked with the designated teacher for looked after children, June 2026)"),
           ("p", "\"I'm good at football and FIFA and I'm the best in my house at Mario Kart. I like football and art. I don't like maths because the teacher goes too fast. People wind me up and then I get in trouble, not them. I like living with Pat and Steve, they're alright. I don't want to keep moving. I'd like a proper mate at school.\""),
           ("h", "Foster carers' views (June 2026)"),
           ("p", "Callum's foster carers said that he has settled well at home, is affectionate and funny, and loves football training on Tuesdays. They said he is very sensitive to criticism and gets into arguments at school that he does not understand. They would like school to understand him better and help him make friends.")],
    interests=[("p", "Football (he plays for Stowe Parva Colts under-13s), gaming, drawing cartoons, and walking Pat and Steve's dog.")],
    strengths=[("b", ["Sporty and a good team player on the football pitch.",
                      "Funny and affectionate with adults he trusts.",
                      "Good at art; he draws detailed cartoon characters.",
                      "Honest – he will own up when he has done something wrong once he is calm."])],
    aspirations=[("p", "To be discussed at the next review.")],
    areas=dict(
        ci=dict(strengths=[("p", "Callum has a good vocabulary and enjoys talking with adults he knows.")],
                rows=[
                    ("Callum misreads social situations. He takes jokes and teasing literally, assumes others are getting at him, and reacts angrily, which leads to arguments on most days.",
                     [("b", ["Callum should have access to ELSA (emotional literacy support assistant) sessions where possible.",
                             "Regular check-ins with a key adult."])],
                     "Callum will have a key adult to check in with each morning."),
                ]),
        cl=dict(strengths=[("p", "Callum is working at age-related expectations in reading and does well in art and PE (physical education).")],
                rows=[
                    ("Callum is working below age-related expectations in maths (about a Year 5 standard) and in extended writing. He loses focus after a few minutes and gives up when work looks hard.",
                     [("b", ["Small group maths intervention with a teaching assistant (TA).",
                             "Work broken into short chunks with a checklist, prepared by subject teachers in all lessons."])],
                     "Callum is supported by a TA in maths lessons to help him stay on task."),
                ]),
        semh=dict(strengths=[("p", "Callum is resilient and has formed a warm relationship with his foster carers.")],
                  rows=[
                      ("Callum finds it hard to stay in lessons when he feels criticised or confused. He was removed from lessons 23 times in the summer term 2026 and has had two suspensions.",
                       [("b", ["A time-out card allowing 5 minutes in the learning support base, with all staff informed by the SENCo (special educational needs co-ordinator) each term.",
                               "A weekly 30-minute mentoring session, 1:1, with the learning mentor, for 10 weeks then review."])],
                       "By July 2027, Callum will be more confident in class and will feel happier at school."),
                  ]),
        sp=dict(strengths=[("p", "Callum is physically fit and well coordinated.")],
                rows=NONE_ROW("educational and medical advice, 2026")),
    ),
    health=dict(strengths=[("p", "Callum is fit and healthy and plays football twice a week.")],
                rows=[
                    ("Attention deficit hyperactivity disorder (ADHD). Callum takes slow-release methylphenidate every morning, given by his foster carers. His appetite at lunchtime is reduced.",
                     [("b", ["Community paediatrician (Ashdene Community Health NHS Trust): ADHD medication review every 6 months (30 minutes), including height, weight and blood pressure."])],
                     "By July 2027, Callum will eat at least half of his school lunch on 4 out of 5 days, recorded by the lunchtime supervisor, and will be able to say what his medication is for at his paediatric review."),
                ]),
    health_agreement="Confirmed by Dr Nadia Rahman, Designated Medical Officer, NHS Ashdene Integrated Care Board (ICB), on 2 October 2026.",
    social=dict(strengths=[("p", "Callum has a stable placement with experienced foster carers.")],
                rows=[
                    ("Callum is a looked after child.",
                     "None.", "None.", "N/A"),
                ]),
    placement=dict(name="Stowe Parva Academy", type="Mainstream secondary academy (Vale Learning Partnership)"),
    J=("No personal budget has been requested.", "Not applicable."),
    K={
        1: ("Foster carers' views", "16/06/2026", "Callum's foster carers", "YES"),
        2: ("Child's views", "18/06/2026", "Callum, recorded by Mrs D. Amos, Designated Teacher for Looked After Children", "YES"),
        3: ("Educational advice", "25/06/2026", "Mr O. Grant, SENCo, Stowe Parva Academy", "YES"),
        4: (None, "07/07/2026", "Dr T. Hughes, Community Paediatrician, Ashdene Community Health NHS Trust", "YES"),
        5: (None, "01/07/2026", "Dr L. Vaughan, Educational Psychologist, Ashdene Educational Psychology Service", "YES"),
        6: (None, "30/06/2026", "Ms P. Kowalski, Social Worker, Children in Care Team, Ashdene Children's Services", "YES"),
        7: (None, "03/07/2026", "Mr S. Nuttall, Virtual School Education Adviser, Ashdene Virtual School", "YES"),
    },
    signoff=("SEND Casework Officer, Larkbury and North Team", "Signed (held on case file)", "12/10/2026"),
))

# =====================================================================
# Answer key
# =====================================================================
CRITERIA = [
    "CA-DATED", "CA-ADVICE-AGE", "CA-STATUTORY-ADVICE", "CA-ANNUAL-REVIEW",
    "PC-OUTCOME-NOT-PROVISION", "PC-SMART", "PC-VOICE", "PC-ASPIRATIONS", "PC-ASPIRATION-LINK", "PC-PFA", "PC-STRENGTHS",
    "PR-VAGUE-WORDING", "PR-QUANTIFIED", "PR-OUTCOME-LINK",
    "HC-NEEDS", "HC-PROVISION-SPECIFIC", "HC-NEEDS-MET", "HC-ADVICE", "HC-DCO-SIGNOFF", "HC-THERAPY-PLACEMENT",
    "HC-ADVICE-PROVIDERS", "HC-OUTCOMES",
    "SC-NEEDS", "SC-STATUTORY-LINK", "SC-PROVISION-SPECIFIC", "SC-ADVICE", "SC-RIGHT-SECTION",
    "LG-SPELLING", "LG-GRAMMAR", "LG-READABILITY", "LG-JARGON",
]

META = {
    "z101": dict(age=7, year_group="Year 2", needs=["hearing impairment"], voice="first person (talking mat) and third person"),
    "z102": dict(age=10, year_group="Year 5", needs=["ADHD", "sensory processing differences"], voice="first person quote and third person"),
    "z103": dict(age=14, year_group="Year 9", needs=["emotionally based school avoidance", "social communication difficulties", "anxiety"], voice="first person quote and third person"),
    "z104": dict(age=6, year_group="Year 1", needs=["social communication difficulties", "sensory processing differences"], voice="first person quotes and third person"),
    "z105": dict(age=9, year_group="Year 4", needs=["dyslexia", "sensory processing differences", "hypermobility"], voice="first person quote and third person"),
    "z106": dict(age=13, year_group="Year 9", needs=["emotionally based school avoidance", "anxiety", "sensory processing differences"], voice="first person (written by the young person)"),
    "z107": dict(age=15, year_group="Year 10", needs=["dyslexia", "ADHD"], voice="clinical third person and first person quote"),
    "z108": dict(age=10, year_group="Year 5", needs=["hearing impairment"], voice="first person quote and third person"),
    "z109": dict(age=12, year_group="Year 8", needs=["ADHD", "dyslexia"], voice="third person (adults only)"),
    "z110": dict(age=5, year_group="Reception", needs=["autism / social communication difficulties", "sensory processing differences", "continence"], voice="observation by key adult, third person"),
    "z111": dict(age=12, year_group="Year 8", needs=["ADHD", "social communication difficulties"], voice="first person quote and third person"),
    "z112": dict(age=16, year_group="Year 11", needs=["dyslexia", "social communication difficulties"], voice="first person (written by the young person)"),
}

NA_HEALTH_NONE = {k: "na" for k in ["HC-PROVISION-SPECIFIC", "HC-NEEDS-MET", "HC-DCO-SIGNOFF", "HC-THERAPY-PLACEMENT", "HC-ADVICE-PROVIDERS", "HC-OUTCOMES"]}

LABELS = {
    "z101": dict(
        labels={"PC-PFA": "na", "SC-STATUTORY-LINK": "na", "SC-RIGHT-SECTION": "na"},
        why={
            "PC-VOICE": 'PASS: "Prabin\'s views were gathered in school on 4 February 2026 by his Teacher of the Deaf, who knows him well, using a talking mat" - how the views were gathered is stated and his words are quoted; parents\' views with interpreter (trap)',
            "PR-VAGUE-WORDING": 'PASS: "Dad would like Prabin to have access to the same after-school clubs" - "access to" is in Section A, not in provision (trap)',
            "PR-QUANTIFIED": 'PASS: "provided and maintained by the Ashdene Sensory Support Service" - equipment needs only what and who maintains it; "will see Prabin on his own for 6 sessions of 40 minutes on Wednesday mornings" - therapist 1:1 on named days; "From September 2026 the therapist will visit once each half-term for 45 minutes" (traps)',
            "HC-NEEDS": 'PASS: "Prabin has no difficulty with his eyesight" sits beside the real hearing need that C and G cover (trap)',
            "HC-PROVISION-SPECIFIC": 'PASS: "Repairs are carried out when needed" - "when needed" in G; the audiology review itself is every 6 months, about 1 hour (trap)',
            "HC-DCO-SIGNOFF": 'PASS: "reviewed and agreed by Helen Varley, Designated Clinical Officer, NHS Ashdene Integrated Care Board (ICB), on 20 March 2026"',
            "HC-THERAPY-PLACEMENT": 'PASS: "Speech and language therapy (this is special educational provision)" - SaLT is in F',
            "CA-STATUTORY-ADVICE": 'PASS: "qualified Teacher of the Deaf, Ashdene Sensory Support Service, 4 February 2026" - the hearing-impairment advice is from a qualified teacher of the deaf',
            "CA-ANNUAL-REVIEW": 'PASS: "Date of EHC plan: 30 March 2026" with "Not yet due" review - issued within 12 months of the audit',
            "SC-NEEDS": 'PASS: "This was the conclusion of the social care advice given by the Disabled Children\'s Team on 13 February 2026" - none, with basis (trap)',
            "SC-PROVISION-SPECIFIC": 'PASS: "Short breaks were discussed with the family, who do not wish to apply at present." - no provision, short breaks and Local Offer considered',
            "LG-GRAMMAR": 'PASS: "I can hear her good." - the child\'s own words, quoted as said; not a caseworker error (trap)',
        }),
    "z102": dict(
        labels={"PC-PFA": "na", "SC-STATUTORY-LINK": "na", "SC-RIGHT-SECTION": "na",
                "HC-NEEDS-MET": "fail", "HC-OUTCOMES": "fail", "HC-DCO-SIGNOFF": "fail",
                "PR-VAGUE-WORDING": "fail", "PR-QUANTIFIED": "fail"},
        why={
            "HC-NEEDS-MET": '"Daytime wetting: Lily has accidents at school about twice a week" - the G cell beside this health need is empty; no continence provision anywhere in G',
            "HC-OUTCOMES": '"This is very upsetting for Lily and is affecting whether she wants to go on the Year 6 residential trip." - a significant health need with an empty E cell and no outcome',
            "HC-DCO-SIGNOFF": '"ADHD medication review every 6 months (30-minute appointment)" - G has health provision but the plan records no health agreement (no DCO/DMO name or role, no date) anywhere',
            "PR-VAGUE-WORDING": '"Lily will have access to a quiet space when needed."; "Lily will have regular movement breaks as appropriate."; "Lily will have opportunities to practise turn-taking games at lunchtime as appropriate."; "Lily may wear her own soft cotton top"',
            "PR-QUANTIFIED": '"Lily will attend a social skills group (Talkabout) with a teaching assistant." - an intervention with no frequency, duration or group size; movement breaks and quiet space unquantified',
            "PC-VOICE": 'PASS: "Lily talked to her teaching assistant, Miss Hale, in April 2026; these are her words" - attributed child\'s views and mum\'s views',
            "HC-THERAPY-PLACEMENT": 'PASS: "An occupational therapist (Ashdene Community Health NHS Trust) will visit once a term for 1 hour" - OT is in F',
            "CA-DATED": 'PASS: template K rows 8 and 9 left unfilled are not advice items; every filled row has who and when',
        }),
    "z103": dict(
        labels={"SC-RIGHT-SECTION": "na",
                "SC-NEEDS": "fail", "SC-STATUTORY-LINK": "fail", "SC-PROVISION-SPECIFIC": "fail", "SC-ADVICE": "fail",
                "CA-STATUTORY-ADVICE": "fail", "PC-PFA": "fail", "PC-ASPIRATION-LINK": "fail"},
        why={
            "SC-NEEDS": '"Kieran does not have any social care needs." - no basis given and contradicted by "Child in need plan (Ashdene Children\'s Services, Kinverton Locality Team) since March 2026"',
            "SC-STATUTORY-LINK": '"Child in need plan (Ashdene Children\'s Services, Kinverton Locality Team) since March 2026" - and mum says "the social worker has been coming since March", but D and H show nothing of the CIN plan or the social worker\'s contribution; H1 and H2 are "None."',
            "SC-PROVISION-SPECIFIC": 'H1 "None." and H2 "None." - no provision and no sign that short breaks, early help or the child in need plan were considered',
            "SC-ADVICE": '"Preparing for adulthood advice – Ms R. Lang, Careers Adviser, Ashdene Careers Service, 9 July 2026." is the last K item - no social care advice listed although a social worker is involved',
            "CA-STATUTORY-ADVICE": 'K has no social care advice (regulation 6) - items run from "Kieran\'s views" to "Preparing for adulthood advice"',
            "PC-PFA": '"The following outcomes are to be achieved by the end of Year 9 (July 2027)." - a Year 9 plan whose outcomes cover attendance, anxiety in lessons, reading, idioms and group work; none for employment, independent living, community or adult health',
            "PC-ASPIRATION-LINK": '"I want to be a mechanic and go to Kinverton College to do motor vehicle" - no outcome builds on the mechanic, college, Saturday job or driving aspirations',
            "HC-THERAPY-PLACEMENT": 'PASS: speech and language therapy is in F ("The speech and language therapist (Ashdene Community Health NHS Trust) will see Kieran on his own")',
            "HC-OUTCOMES": 'PASS: "when Kieran feels anxious in a lesson he will use his time-out card" - the anxiety need leads to outcome E2',
        }),
    "z104": dict(
        labels={"PC-PFA": "na", "SC-STATUTORY-LINK": "na", "SC-RIGHT-SECTION": "na",
                "PC-OUTCOME-NOT-PROVISION": "fail", "PC-SMART": "fail", "HC-THERAPY-PLACEMENT": "fail", "LG-SPELLING": "fail"},
        why={
            "PC-OUTCOME-NOT-PROVISION": '"Maya will receive 20 minutes of Attention Autism"; "Maya is given a visual timetable and a now-and-next board"; "Staff will model play with Maya at choosing time" - provision written as outcomes (will receive / is given / staff will)',
            "PC-SMART": '"By July 2027, Maya will feel calmer and happier at lunchtimes." - dated but no measure; "Maya will write her first name with correctly formed letters." - no date; outcomes 1-3 are provision with no measure',
            "HC-THERAPY-PLACEMENT": '"an occupational therapist will deliver 1:1 sensory integration therapy sessions with Maya in school" - OT that teaches/trains the child is special educational provision and belongs in F, not G',
            "LG-SPELLING": '"enviroment", "seperate", "begining", "definately" - four misspellings inside long sentences',
            "PC-VOICE": 'PASS: "Maya chose the photographs she liked and did not like. The words in speech marks are Maya\'s own."',
            "PR-QUANTIFIED": 'PASS: "Ear defenders, provided by the school and kept in her tray by the class teacher" - equipment with who; interventions have frequency, duration, group size and who',
            "HC-OUTCOMES": 'PASS: "By the end of March 2027, Maya will show her \'break\' card" - the sensory need leads to Outcome 7',
        }),
    "z105": dict(
        labels={"PC-PFA": "na", "SC-STATUTORY-LINK": "na", "SC-RIGHT-SECTION": "na"},
        why={
            "CA-DATED": 'PASS: "Provision to assist the Y9 and older children" and the parent-request row are template rows nobody filled in (Year 4 child) - not advice items (trap)',
            "CA-STATUTORY-ADVICE": 'PASS: parent, educational, medical, educational psychologist and social care advice all present; Year 4, so no preparing-for-adulthood advice needed',
            "CA-ADVICE-AGE": 'PASS: oldest item "11/03/2026" (educational psychologist) is 8 months before the plan date "19 November 2026"',
            "LG-GRAMMAR": 'PASS: "in prepare for independent in adulthood" and "Is there is a one page profile" are the national template\'s own slips, not graded (trap)',
            "PR-VAGUE-WORDING": 'PASS: "to have access to a laptop for longer pieces of writing" is in the parents\' views (A), not provision (trap)',
            "PR-QUANTIFIED": 'PASS: "January 2027: the specialist teacher will repeat Freya\'s standardised reading and spelling assessments (about 1 hour)" - assessment with who, when, how long; "A reading pen and coloured overlays, provided by the school and checked each half-term by the SENCo" - equipment with who (traps)',
            "HC-NEEDS": 'PASS: "She has no difficulties with her hearing or vision (both checked by the school nursing team in September 2026), but she has joint hypermobility." - the hypermobility need is covered in C and G (trap)',
            "HC-DCO-SIGNOFF": 'PASS: "Agreed by Dr Nadia Rahman, Designated Medical Officer, NHS Ashdene Integrated Care Board (ICB), 5 November 2026."',
            "HC-THERAPY-PLACEMENT": 'PASS: "Occupational therapy (educational): the occupational therapist will visit once a term" is in F; physiotherapy monitoring in G',
            "SC-NEEDS": 'PASS: "This was the conclusion of the social care advice from the Disabled Children\'s Team (October 2026)."',
            "PC-ASPIRATION-LINK": 'PASS: "(This builds on Freya\'s wish to read the Harry Potter books herself.)"',
        }),
    "z106": dict(
        labels={"SC-STATUTORY-LINK": "na", "SC-RIGHT-SECTION": "na"},
        why={
            "PC-OUTCOME-NOT-PROVISION": 'PASS: "Ruby will gain her Bronze Arts Award, and will receive a positive report from a one-week work experience placement" - achievements, not support (trap)',
            "PC-PFA": 'PASS: "Outcomes E5 to E7 prepare Ruby for adult life." - employment, community/independent travel ("travel by bus from Stowe Parva into Larkbury town centre and back with a friend, without an adult") and good health',
            "PC-SMART": 'PASS: "score her own anxiety as 4 or below (on the 0–10 scale she uses with CAMHS) on at least 3 school mornings in 5" - a wellbeing outcome with a measure',
            "PR-QUANTIFIED": 'PASS: "From 7 September 2026, a phased return timetable" (date starting a provision sentence); "A travel training programme of 6 sessions then review"; "The occupational therapist ... will give Ruby\'s key worker and pastoral lead 1 hour of training" - training with who, how long (traps)',
            "PR-VAGUE-WORDING": 'PASS: "sometimes spend up to an hour getting ready" (A), "keeps in regular contact with them online" and "She has access to a laptop at home" (B) - outside F (traps)',
            "HC-NEEDS": 'PASS: "Ruby has no difficulties with her physical health, but she has an anxiety disorder diagnosed by CAMHS" - the anxiety need is met in G and E7 (trap)',
            "HC-DCO-SIGNOFF": 'PASS: "this section has been reviewed and supported by Dr Nadia Rahman, Designated Medical Officer"',
            "HC-THERAPY-PLACEMENT": 'PASS: occupational therapy training and review are in F; G holds CAMHS and GP only',
            "SC-PROVISION-SPECIFIC": 'PASS: "Early Help support from a family support worker was offered and declined" - no provision, early help considered',
            "CA-STATUTORY-ADVICE": 'PASS: "Preparing for adulthood advice – Ms R. Lang, Careers Adviser" present for Year 9, with parent, educational, EP, medical and social care advice',
            "LG-JARGON": 'PASS: CAMHS, CBT, ICB, PE spelled out; "Glossary: GCSE – General Certificate of Secondary Education"',
            "LG-SPELLING": 'PASS: "manga", "co-ordinator", "wellbeing" and place names are correct (trap)',
        }),
    "z107": dict(
        labels={"SC-STATUTORY-LINK": "na", "SC-RIGHT-SECTION": "na", "HC-THERAPY-PLACEMENT": "na",
                "CA-ANNUAL-REVIEW": "fail", "CA-ADVICE-AGE": "fail", "CA-DATED": "fail", "HC-ADVICE": "fail",
                "LG-READABILITY": "fail", "LG-JARGON": "fail"},
        why={
            "CA-ANNUAL-REVIEW": '"9 October 2025 – amendments agreed at review; amended plan not yet issued" - last reviewed more than 12 months before the audit date (plan dated "14 March 2024")',
            "CA-ADVICE-AGE": '"Psychological advice – Dr P. Lomax, Educational Psychologist, Ashdene Educational Psychology Service, 21 June 2021." - 33 months old when the plan was issued in March 2024; medical advice "3 November 2021" 28 months',
            "CA-DATED": '"Educational advice – SENCo, Hollins Wood Academy." - no date and no named person; "Careers guidance report – careers adviser, Ashdene Careers Service." - no date',
            "HC-ADVICE": '"Medical advice – Dr R. Okafor, Community Paediatrician, 3 November 2021." - over 24 months old at issue; not current',
            "LG-READABILITY": '"Bishal presents with ADHD (combined presentation) with comorbid SpLD. EF deficits manifest as impaired working memory" - clinical-report language in Section A',
            "LG-JARGON": '"SpLD", "EF", "WMI", "WISC-V", "CPT-3", "WRAT-5", "IHCP", "AMBDA", "JCQ", "HLTA", "ELSA", "PSHE", "PfA" and "ADHD" are never spelled out',
            "PC-OUTCOME-NOT-PROVISION": 'PASS: "receive a positive employer report" - an achievement (trap)',
            "PC-PFA": 'PASS: "E5 – Preparing for work (PfA)" and "E6 – Independent living and health (PfA)"',
            "HC-ADVICE-PROVIDERS": 'PASS: both G providers gave advice (paediatrician, 2021 - its age is graded under HC-ADVICE; school nurse, 8 January 2024)',
        }),
    "z108": dict(
        labels={"PC-PFA": "na", "SC-STATUTORY-LINK": "na", "SC-RIGHT-SECTION": "na", "HC-THERAPY-PLACEMENT": "na",
                "CA-STATUTORY-ADVICE": "fail", "HC-PROVISION-SPECIFIC": "fail", "HC-ADVICE-PROVIDERS": "fail",
                "LG-GRAMMAR": "fail", "PR-OUTCOME-LINK": "fail"},
        why={
            "CA-STATUTORY-ADVICE": '"Mrs D. Ward, Teaching Assistant (Hearing Support), Ashdene Sensory Support Service" - the hearing-impairment advice is from a teaching assistant, not a qualified teacher of the deaf',
            "HC-PROVISION-SPECIFIC": '"ENT (ear, nose and throat) to review grommets as required." - no named service/clinician, frequency or length',
            "HC-ADVICE-PROVIDERS": '"ENT (ear, nose and throat) to review grommets as required." - the ENT service provides in G but gave no advice in K (only audiology and a GP summary)',
            "LG-GRAMMAR": '"Anisha have a moderate hearing loss"; "check her equipment and the the listening environment"; "what the other girls is talking about"; "An hearing aid and radio aid check"; "Their is no need for social care provision"',
            "PR-OUTCOME-LINK": '"See communication and interaction provision above." - the friendship need and its outcome ("will play with at least two friends she has chosen on 4 lunchtimes a week") are served by no provision; the cross-referenced provision is vocabulary teaching and Teacher of the Deaf visits',
            "HC-NEEDS-MET": 'PASS (arguable): the grommets need has an entry in G ("ENT ... as required"); its vagueness is graded under HC-PROVISION-SPECIFIC',
            "PR-QUANTIFIED": 'PASS: "A radio aid (remote microphone) in all lessons, provided and maintained by the Ashdene Sensory Support Service" - equipment with who',
        }),
    "z109": dict(
        labels=dict({"PC-PFA": "na", "SC-STATUTORY-LINK": "na",
                     "PC-STRENGTHS": "fail", "PC-VOICE": "fail", "HC-NEEDS": "fail", "HC-NEEDS-MET": "fail",
                     "HC-OUTCOMES": "fail", "SC-RIGHT-SECTION": "fail"},
                    **{"HC-PROVISION-SPECIFIC": "na", "HC-ADVICE-PROVIDERS": "na", "HC-THERAPY-PLACEMENT": "na"}),
        why={
            "PC-STRENGTHS": '"Jayden will not follow instructions, argues about everything, cannot sit still for meals" - A and B describe only deficits ("He is unable to write more than two or three sentences independently", "he rarely accepts responsibility"); no strengths or interests anywhere',
            "PC-VOICE": '"Jayden did not attend the assessment meetings and did not wish to meet the caseworker, so his views have not been recorded." - only adults speak; no other way of gathering a 12-year-old\'s views was tried',
            "HC-NEEDS": '"Not known at this time – awaiting advice from the community paediatric service." - yet medical advice dated 2 June 2026 is in K and A records ADHD medication, poor sleep and weight loss',
            "HC-NEEDS-MET": '"None at this time." - the ADHD medication, sleep and weight concerns reported by the paediatrician have no health provision (e.g. a medication review)',
            "HC-OUTCOMES": '"sleeps only five or six hours a night and has lost weight" - no health outcome in E for these needs; C says "Not known at this time"',
            "SC-RIGHT-SECTION": '"Short breaks: Jayden will attend the Kinverton Youth Inclusion short-break club every Saturday for 4 hours" and the family support worker are written in Section F; H1 and H2 say only "See Section F."',
            "SC-PROVISION-SPECIFIC": 'PASS (arguable): the short breaks and family support say what, how often and how long ("fortnightly for 1 hour for 12 weeks"); their misplacement is graded under SC-RIGHT-SECTION',
            "HC-DCO-SIGNOFF": 'PASS: "this plan has been reviewed and agreed by Helen Varley, Designated Clinical Officer" - agreement recorded (G says none)',
            "PC-ASPIRATIONS": 'PASS: "Jayden\'s dad hopes that Jayden will stay in mainstream school, pass his GCSEs" - family aspirations stated',
        }),
    "z110": dict(
        labels={"PC-PFA": "na", "SC-STATUTORY-LINK": "na"},
        why={
            "PC-VOICE": 'PASS: "How we found out what Oliver thinks and feels" - a minimally verbal child\'s views gathered by observation, photographs and symbols by his key adult, plus mum and nan (trap)',
            "HC-NEEDS": 'PASS: "Oliver has no difficulty eating a range of foods and he sleeps well, but he is not yet toilet trained" - the continence need is met in G and E3 (trap)',
            "PR-QUANTIFIED": 'PASS: "will see Oliver on his own on Monday afternoons for 6 sessions of 45 minutes, then review" - therapist 1:1 on named days; "June 2026: a transition book" - a date starting a provision item; "Ear defenders and a weighted lap pad, provided by the school" - equipment with who (traps)',
            "PR-VAGUE-WORDING": 'PASS: "Oliver\'s regular routine at home" is in Section A and "supplied when needed" is in Section G - not special educational provision (trap)',
            "HC-PROVISION-SPECIFIC": 'PASS: "review the plan in school every 8 weeks (30 minutes)"; "when needed" refers only to supplies (trap)',
            "HC-DCO-SIGNOFF": 'PASS: "confirmed by Helen Varley, Designated Clinical Officer, NHS Ashdene Integrated Care Board (ICB), on 16 February 2026"',
            "HC-THERAPY-PLACEMENT": 'PASS: "Occupational therapy (educational)" and speech and language therapy are in F; G holds the continence service and paediatrician',
            "SC-PROVISION-SPECIFIC": 'PASS: "every other Saturday for 3 hours (10am to 1pm), with a 1:1 support worker"',
            "SC-RIGHT-SECTION": 'PASS: short breaks are in H1, under section 2 of the Chronically Sick and Disabled Persons Act 1970',
            "CA-ANNUAL-REVIEW": 'PASS: "Date of EHC plan: 26th February 2026" - within 12 months of the audit date',
            "LG-GRAMMAR": 'PASS: "Mum jokes that he may drive one one day" - "one one" is correct English (drive one [a train] one day), not a doubled word (trap)',
        }),
    "z111": dict(
        labels={"PC-PFA": "na", "SC-RIGHT-SECTION": "na", "HC-THERAPY-PLACEMENT": "na",
                "SC-NEEDS": "fail", "SC-STATUTORY-LINK": "fail", "SC-PROVISION-SPECIFIC": "fail",
                "PC-OUTCOME-NOT-PROVISION": "fail", "PC-SMART": "fail", "PR-VAGUE-WORDING": "fail", "PR-QUANTIFIED": "fail",
                "PC-ASPIRATIONS": "fail", "PC-ASPIRATION-LINK": "fail"},
        why={
            "SC-NEEDS": '"Callum is a looked after child." - a legal status, not a description of social care need',
            "SC-STATUTORY-LINK": '"Yes – looked after under a care order since March 2024; in foster care" - D and H show nothing of the care plan, PEP, the social worker\'s advice or joint working; D is "Callum is a looked after child." and H1/H2 "None."',
            "SC-PROVISION-SPECIFIC": 'H1 "None." and H2 "None." - for a looked after child, with no statement of what was considered',
            "PC-OUTCOME-NOT-PROVISION": '"Callum will have a key adult to check in with each morning."; "Callum is supported by a TA in maths lessons to help him stay on task." - provision written as outcomes',
            "PC-SMART": '"By July 2027, Callum will be more confident in class and will feel happier at school." - no observable measure; the two provision outcomes have no date or measure',
            "PR-VAGUE-WORDING": '"Callum should have access to ELSA (emotional literacy support assistant) sessions where possible."; "Regular check-ins with a key adult."',
            "PR-QUANTIFIED": '"Small group maths intervention with a teaching assistant (TA)." - no frequency, duration or group size; ELSA sessions and check-ins unquantified',
            "PC-ASPIRATIONS": '"To be discussed at the next review." - the aspirations box holds no aspirations',
            "PC-ASPIRATION-LINK": '"To be discussed at the next review." - with no aspirations recorded, the outcomes cannot build on them',
            "SC-ADVICE": 'PASS: "Ms P. Kowalski, Social Worker, Children in Care Team, Ashdene Children\'s Services" dated 30/06/2026 - advice was given, but not used (graded under SC-STATUTORY-LINK)',
        }),
    "z112": dict(
        labels=dict({"SC-RIGHT-SECTION": "pass"}, **NA_HEALTH_NONE),
        why={
            "HC-NEEDS": 'PASS: "Leah has no health care needs relating to her special educational needs. This is based on her review health assessment by the Looked After Children\'s Nurse (March 2026)" - none, with basis (trap)',
            "PC-OUTCOME-NOT-PROVISION": 'PASS: "Leah will gain a grade 4 or above in GCSE English Language"; "Leah will receive an offer of a place on the Level 2 Childcare course"; "receive a positive report from the nursery manager" - achievements (traps)',
            "PR-QUANTIFIED": 'PASS: "Exam access arrangements: 25% extra time and a reader" arranged by the SENCo with the exams officer - access arrangement with who, no group size; "May 2027: a separate room" - a month starting a provision item (traps)',
            "SC-STATUTORY-LINK": 'PASS: "Her social worker contributed advice to this review (May 2026), and Leah\'s care plan and personal education plan (PEP) were considered alongside this EHC plan"',
            "SC-NEEDS": 'PASS: "Leah\'s social care needs relating to her special educational needs: because of her social communication difficulties" - needs described beyond the legal status',
            "PC-VOICE": 'PASS: "About me – written by Leah for her annual review, May 2026" plus foster carers\' and mum\'s views',
            "PR-VAGUE-WORDING": 'PASS: "asks for help when needed" is in Section B (trap)',
            "CA-STATUTORY-ADVICE": 'PASS: young person, carers, educational, EP, medical (LAC nurse), social care and preparing-for-adulthood advice all present',
            "CA-ANNUAL-REVIEW": 'PASS: "Last annual review: 05.06.2026" - within 12 months',
        }),
}


def build_labels():
    out = {"audit_date": __import__("datetime").date(2026, 12, 1), "plans": []}
    for p in PLANS:
        pid = p["id"]
        lab = {c: "pass" for c in CRITERIA}
        lab.update(LABELS[pid]["labels"])
        m = META[pid]
        out["plans"].append({
            "file": pid + ".docx", "layout": p["layout"], "age": m["age"], "year_group": m["year_group"],
            "needs": m["needs"], "voice": m["voice"], "labels": lab, "why": LABELS[pid]["why"],
        })
    out["plans"].sort(key=lambda d: d["file"])
    return out


if __name__ == "__main__":
    os.makedirs(os.path.join(HERE, "plans"), exist_ok=True)
    for p in PLANS:
        RENDER[p["layout"]](p, os.path.join(HERE, "plans", p["id"] + ".docx"))
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(build_labels(), f, sort_keys=False, allow_unicode=True, width=1000)
    print("wrote", len(PLANS), "plans and labels.yaml")
