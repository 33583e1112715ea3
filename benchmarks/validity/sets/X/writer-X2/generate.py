#!/usr/bin/env python3
"""Generator for blind set X2: twelve fictional EHC plans for Calderbrook Metropolitan Borough Council.

Plan text is held as Python data (PLANS, defined below the renderers). One renderer per layout:
  bold-statutory        -> render_bold_statutory
  heading2-numbered     -> render_heading2_numbered
  shaded-heading-table  -> render_shaded_heading_table

Block mini-language inside a section (a list):
  "## Title"       sub-heading
  "* text"         bullet
  "o text"         second-level bullet
  "1. text"        numbered item (any number)
  "**Label:** rest" paragraph with a bold lead-in
  "> text"         quoted child's words (italic)
  other strings    paragraph
  ("table", header, rows)  a table (header row shaded); rows are lists of cell strings;
                   a cell equal to "^" is merged with the cell above it.
"""
import os
import re
from docx import Document
from docx.shared import Pt, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "plans")

COUNCIL = "Calderbrook Metropolitan Borough Council"

LONG_TITLES = {
    "A": "Section A: The views, interests and aspirations of the child and his or her parents, or of the young person",
    "B": "Section B: The special educational needs of the child or young person",
    "C": "Section C: The health care needs of the child or young person which relate to their special educational needs",
    "D": "Section D: The social care needs of the child or young person which relate to their special educational needs or to a disability",
    "E": "Section E: The outcomes sought for the child or young person, including outcomes for adult life",
    "F": "Section F: The special educational provision required by the child or young person",
    "G": "Section G: Any health care provision reasonably required by the learning difficulties or disabilities which result in the child or young person having special educational needs",
    "H1": "Section H1: Any social care provision which must be made for the child or young person as a result of section 2 of the Chronically Sick and Disabled Persons Act 1970",
    "H2": "Section H2: Any other social care provision reasonably required by the learning difficulties or disabilities which result in the child or young person having special educational needs",
    "I": "Section I: The name and type of the school, maintained nursery school, post-16 institution or other institution to be attended by the child or young person",
    "J": "Section J: Details of any personal budget, including arrangements for direct payments",
    "K": "Section K: The advice and information gathered during the Education, Health and Care needs assessment",
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
    "J": "Section J – Personal budget and direct payments",
    "K": "Section K – Advice and information",
}

ORDER = ["A", "B", "C", "D", "E", "F", "G", "H1", "H2", "I", "J", "K"]


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def add_rich(par, text, italic=False):
    """Add text to a paragraph; segments wrapped in ** are bold."""
    parts = text.split("**")
    for k, seg in enumerate(parts):
        if not seg:
            continue
        r = par.add_run(seg)
        r.bold = (k % 2 == 1)
        r.italic = italic
    return par


def add_table(doc, header, rows, fill="D9D9D9"):
    t = doc.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    for j, h in enumerate(header):
        c = t.rows[0].cells[j]
        c.text = ""
        r = c.paragraphs[0].add_run(h)
        r.bold = True
        shade(c, fill)
    for i, row in enumerate(rows, start=1):
        for j, val in enumerate(row):
            if val == "^":
                continue
            t.rows[i].cells[j].text = val
    # merges: "^" joins the cell above
    for j in range(len(header)):
        i = 1
        while i <= len(rows):
            if rows[i - 1][j] != "^":
                k = i
                while k + 1 <= len(rows) and rows[k][j] == "^":
                    k += 1
                if k > i:
                    top = t.cell(i, j)
                    txt = top.text
                    merged = top.merge(t.cell(k, j))
                    merged.text = txt
                i = k + 1
            else:
                i += 1
    doc.add_paragraph()
    return t


def front_matter_table(doc, plan, fill=None):
    t = doc.add_table(rows=len(plan["front"]), cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate(plan["front"]):
        a, b = t.rows[i].cells
        a.text = ""
        a.paragraphs[0].add_run(k).bold = True
        if fill:
            shade(a, fill)
        b.text = v
    doc.add_paragraph()


def new_doc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    return doc


# ---------------------------------------------------------------- bold-statutory
def render_bold_statutory(plan, path):
    doc = new_doc()
    bullet = plan.get("bullet", "•")
    p = doc.add_paragraph()
    r = p.add_run(COUNCIL.upper())
    r.bold = True
    r.font.size = Pt(14)
    p = doc.add_paragraph()
    r = p.add_run("EDUCATION, HEALTH AND CARE (EHC) PLAN")
    r.bold = True
    r.font.size = Pt(14)
    for k, v in plan["front"]:
        p = doc.add_paragraph()
        p.add_run(k + " ").bold = True
        p.add_run(v)
    doc.add_paragraph()
    for sec in ORDER:
        p = doc.add_paragraph()
        r = p.add_run(LONG_TITLES[sec])
        r.bold = True
        r.font.size = Pt(12)
        for blk in plan["sections"][sec]:
            if isinstance(blk, tuple):
                add_table(doc, blk[1], blk[2])
                continue
            if blk.startswith("## "):
                p = doc.add_paragraph()
                r = p.add_run(blk[3:])
                r.bold = True
                r.underline = True
            elif blk.startswith("* "):
                p = doc.add_paragraph()
                p.paragraph_format.left_indent = Pt(18)
                p.add_run(bullet + "  ")
                add_rich(p, blk[2:])
            elif blk.startswith("o "):
                p = doc.add_paragraph()
                p.paragraph_format.left_indent = Pt(36)
                p.add_run("o  " + blk[2:])
            elif re.match(r"^\d+\. ", blk):
                p = doc.add_paragraph()
                p.paragraph_format.left_indent = Pt(18)
                add_rich(p, blk)
            elif blk.startswith("> "):
                p = doc.add_paragraph()
                p.paragraph_format.left_indent = Pt(18)
                add_rich(p, blk[2:], italic=True)
            else:
                add_rich(doc.add_paragraph(), blk)
        doc.add_paragraph()
    for line in plan["signoff"]:
        add_rich(doc.add_paragraph(), line)
    doc.save(path)


# ---------------------------------------------------------------- heading2-numbered
def render_heading2_numbered(plan, path):
    doc = new_doc()
    doc.add_heading("Education, Health and Care (EHC) Plan", level=1)
    doc.add_paragraph(COUNCIL + " – Special Educational Needs and Disabilities (SEND) Assessment and Review Team")
    front_matter_table(doc, plan)
    for sec in ORDER:
        doc.add_heading(SHORT_TITLES[sec], level=2)
        n = 0
        for blk in plan["sections"][sec]:
            if isinstance(blk, tuple):
                add_table(doc, blk[1], blk[2])
                continue
            if blk.startswith("## "):
                n += 1
                doc.add_heading(f"{sec}{n} {blk[3:]}", level=3)
            elif blk.startswith("* "):
                add_rich(doc.add_paragraph(style="List Bullet"), blk[2:])
            elif blk.startswith("o "):
                add_rich(doc.add_paragraph(style="List Bullet 2"), blk[2:])
            elif re.match(r"^\d+\. ", blk):
                add_rich(doc.add_paragraph(style="List Number"), re.sub(r"^\d+\. ", "", blk))
            elif blk.startswith("> "):
                add_rich(doc.add_paragraph(style="Quote"), blk[2:])
            else:
                add_rich(doc.add_paragraph(), blk)
    doc.add_heading("Sign-off", level=2)
    for line in plan["signoff"]:
        add_rich(doc.add_paragraph(), line)
    doc.save(path)


# ---------------------------------------------------------------- shaded-heading-table
def render_shaded_heading_table(plan, path):
    doc = new_doc()
    p = doc.add_paragraph()
    r = p.add_run(COUNCIL)
    r.bold = True
    r.font.size = Pt(13)
    p = doc.add_paragraph()
    r = p.add_run("Education, Health and Care (EHC) Plan")
    r.bold = True
    r.font.size = Pt(16)
    front_matter_table(doc, plan, fill="E2EFDA")
    for sec in ORDER:
        t = doc.add_table(rows=1, cols=1)
        t.style = "Table Grid"
        c = t.rows[0].cells[0]
        c.text = ""
        r = c.paragraphs[0].add_run(SHORT_TITLES[sec])
        r.bold = True
        r.font.size = Pt(12)
        shade(c, "BDD7EE")
        for blk in plan["sections"][sec]:
            if isinstance(blk, tuple):
                add_table(doc, blk[1], blk[2], fill="DDEBF7")
                continue
            if blk.startswith("## "):
                p = doc.add_paragraph()
                r = p.add_run(blk[3:])
                r.bold = True
                r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
            elif blk.startswith("* "):
                add_rich(doc.add_paragraph(style="List Bullet"), blk[2:])
            elif blk.startswith("o "):
                add_rich(doc.add_paragraph(style="List Bullet 2"), blk[2:])
            elif re.match(r"^\d+\. ", blk):
                add_rich(doc.add_paragraph(style="List Number"), re.sub(r"^\d+\. ", "", blk))
            elif blk.startswith("> "):
                p = doc.add_paragraph()
                p.paragraph_format.left_indent = Pt(18)
                add_rich(p, blk[2:], italic=True)
            else:
                add_rich(doc.add_paragraph(), blk)
        doc.add_paragraph()
    for line in plan["signoff"]:
        add_rich(doc.add_paragraph(), line)
    doc.save(path)


RENDERERS = {
    "bold-statutory": render_bold_statutory,
    "heading2-numbered": render_heading2_numbered,
    "shaded-heading-table": render_shaded_heading_table,
}

# ====================================================================== x201 (bold-statutory, SOUND)
X201 = {
    "id": "x201", "layout": "bold-statutory", "bullet": "•",
    "front": [
        ("Name:", "Zainab"),
        ("Month and year of birth:", "October 2016"),
        ("School year:", "Year 5"),
        ("Education setting:", "Brookfold Primary School (mainstream, maintained)"),
        ("Date this plan was issued:", "20 October 2026"),
        ("Last annual review:", "22/09/2026"),
        ("Type of plan:", "Amended plan following annual review"),
        ("Languages at home:", "Urdu, Punjabi and English"),
        ("EHC co-ordinator:", "Shazia Rafiq, Special Educational Needs and Disabilities (SEND) Assessment and Review Team"),
    ],
    "sections": {
        "A": [
            "## How Zainab shared her views",
            "Zainab gave her views for this review over two sessions in September 2026 with Mrs Kauser, her teaching assistant, who has worked with her for three years. Zainab used her eye-gaze communication device (a computer she controls by looking at the screen) and her yes/no signals: she looks up for \"yes\" and looks down and to the left for \"no\". Mrs Kauser typed only what Zainab built on her device. Her words are below.",
            "## What Zainab told us",
            "> \"I like school. I like Miss Hussain because she does funny voices when she reads.\"",
            "> \"My best thing is stories. I like scary ones but not too scary.\"",
            "> \"I want to talk more in class. Sometimes the talker is slow and everyone is waiting.\"",
            "> \"I don't like it when people talk to Mrs Kauser and not me. Talk to ME.\"",
            "> \"I want my own chair to go to the library by myself.\"",
            "> \"When I am big I want to be a teacher and read stories to children.\"",
            "## What people like and admire about Zainab",
            "* She has a wicked sense of humour and loves to make her classmates laugh with jokes on her device.",
            "* She is determined. She practised driving her powered wheelchair round the playground every day in the summer term until she could reach the gate.",
            "* She is a keen listener to stories and remembers the names of characters and what happened in books read weeks ago.",
            "* She is kind and notices when friends are upset.",
            "* Her family describe her as \"the boss of the house\" who keeps her two younger brothers in order.",
            "## What Zainab's family say",
            "Zainab lives with her mum, dad, two younger brothers and her paternal grandmother. Her parents gave their views at a meeting at home on 15 September 2026, with an interpreter for her grandmother. Her mum said: \"Zainab understands everything. People see the wheelchair and think she doesn't, and that makes us angry. We want teachers to expect a lot from her.\"",
            "Her parents are pleased with how Zainab has settled into Key Stage 2. They would like her to be able to say more, more quickly, in class, and to be less reliant on adults to move around school. They are worried about secondary transfer in 2028 and want planning to start early.",
            "## Zainab's and her family's hopes for the future",
            "* Zainab wants to be a teacher who reads stories to children.",
            "* Her family hope she will go to the same secondary school as her cousins and have a group of friends her own age.",
            "* Everyone hopes that Zainab will be able to move around school and her community as independently as possible.",
            "## Zainab's story so far",
            "Zainab was born at 29 weeks and was diagnosed with cerebral palsy affecting all four limbs when she was 14 months old. She also has a cerebral visual impairment, which means her eyes work but her brain has difficulty making sense of what she sees, especially when there is a lot to look at. She has attended Brookfold Primary School since Reception. She was given her eye-gaze device in Year 3 and has made rapid progress with it.",
        ],
        "B": [
            "## Communication and interaction",
            "Zainab understands spoken language at a level expected for her age. Her speech is limited to a small number of sounds that her family and familiar staff recognise. She uses a high-tech eye-gaze communication device with a vocabulary of around 4,000 words organised into pages; she can put together sentences of six to eight words but this takes time, and she often gives up in group discussions when the conversation moves on. She needs adults and peers to wait, to speak to her directly and to give her time to answer.",
            "## Cognition and learning",
            "Zainab is a capable learner. Her most recent school assessments (July 2026) show that she is working at the expected standard for Year 4 in reading comprehension when texts are read to her, and at about a Year 2 level in writing and mathematics. Her writing and number work are held back by the physical effort of using her device and by her visual impairment, rather than by her understanding. She is beginning to spell words using the alphabet page on her device.",
            "## Social, emotional and mental health",
            "Zainab is sociable and well liked. She can become frustrated and tearful when she cannot make herself understood, and she sometimes refuses to use her device when she is tired. She has friends in class, but playtime is difficult because her friends move faster than she can and games change quickly.",
            "## Sensory and/or physical needs",
            "Zainab has bilateral spastic cerebral palsy. She uses a powered wheelchair, which she is learning to drive with a head-controlled switch, and a manual wheelchair pushed by an adult for longer distances. She needs full help with personal care and with changes of position through the day. She uses a standing frame and a specialist classroom chair.",
            "Zainab has a cerebral visual impairment. She sees best when objects are presented one at a time against a plain background, and she finds busy displays, crowded corridors and bright light from windows tiring. She has no difficulty with her hearing (her hearing was checked by the audiology service in March 2026 and was normal), but her vision affects every part of her learning and independence.",
        ],
        "C": [
            "Zainab's health needs were described by Dr Naila Chaudhry, Consultant Community Paediatrician, in her advice of 10 March 2026, and by her physiotherapist.",
            "* **Cerebral palsy:** Zainab has high muscle tone in her arms and legs. Without daily stretches, standing and careful positioning she is at risk of painful tightening of her muscles (contractures) and of her hips moving out of place. She is on the hip surveillance programme and has a hip X-ray every 12 months.",
            "* **Cerebral visual impairment:** reviewed each year by the paediatric ophthalmologist at Calderbrook Royal Infirmary. She does not need glasses.",
            "* **Eating and drinking:** Zainab eats a soft diet and drinks from an open cup with help. She was assessed by the dysphagia (swallowing) speech and language therapist in January 2026; her swallow is safe with her current diet and positioning, and she has an eating and drinking plan.",
            "* **Medication:** Zainab takes baclofen (a muscle relaxant) morning and evening at home. No medication is given in school.",
        ],
        "D": [
            "Zainab was assessed by the Children with Disabilities Team. Mr Adrian Holt, Social Worker, visited the family on 3 March 2026 and gave social care advice for this review. He found that Zainab's care needs at home are met by her parents and grandmother, with equipment provided through health services, and that the family do not currently need social care support. There are therefore no assessed social care needs at this time.",
            "The family were given information about the short breaks and holiday activities on Calderbrook's Local Offer and know that they can ask for a short breaks assessment at any time. They have been referred to the Calderbrook Carers' Centre for information about support for parent carers.",
        ],
        "E": [
            "The outcomes below were agreed with Zainab and her family at the annual review on 22 September 2026. They will be reviewed at her next annual review in September 2027 and checked by school each term.",
            "## Outcome 1 – Saying what I think in class",
            "Linked to Zainab's wish to \"talk more in class\" and to be a teacher one day.",
            "By July 2027, Zainab will use her eye-gaze device to make at least three comments or answers of her own in each English and science lesson, on four days out of five, over a two-week check in each half term. Her teaching assistant will record this on her communication log.",
            "## Outcome 2 – Reading and writing",
            "By July 2027, Zainab will write a story of at least 100 words using the word and alphabet pages of her device, which will be read to her class and published in the school newsletter. Her class teacher will keep copies of her writing and check it against the Year 4 writing standards each term.",
            "## Outcome 3 – Getting around school on my own",
            "Linked to Zainab's wish to \"go to the library by myself\".",
            "By July 2027, Zainab will access the school library and hall independently in her powered wheelchair, driving from her classroom without adult help and without bumping into people or walls on five out of five checks over two weeks, recorded by her physiotherapist and teaching assistant.",
            "## Outcome 4 – Using my vision",
            "By July 2027, Zainab will find and choose her own reading book from a shelf of six books set out against a plain background, on eight out of ten attempts, recorded by her qualified teacher of children with vision impairment each half term.",
            "## Outcome 5 – Staying comfortable and healthy",
            "By July 2027, Zainab will stand in her standing frame for 30 minutes twice a day in school, telling staff with her device if she is uncomfortable, on at least nine days out of ten, recorded on her physical management chart. At lunchtime she will tell the adult helping her, using her device, when she wants a drink and when she has had enough to eat, at every lunchtime in a weekly check, recorded by the lunchtime supervisor.",
            "## Outcome 6 – Friends",
            "Linked to her family's hope that she will have friends her own age.",
            "By July 2027, Zainab will go to a lunchtime club of her choice with classmates every week and take part in the club's activity, and will name at least two friends from the club when asked by her mum. Attendance will be recorded by the club leader and checked each term.",
        ],
        "F": [
            "All provision is overseen by the special educational needs co-ordinator (SENCo) at Brookfold Primary School, who checks it is in place each half term.",
            "## Communication and interaction (Outcomes 1, 2 and 6)",
            "* A teaching assistant trained in augmentative and alternative communication (AAC – ways of communicating other than speech) will support Zainab 1:1 for 25 hours per week across the school day, including lunchtimes. The teaching assistant will have completed the Calderbrook AAC Level 2 course.",
            "* Specialist speech and language therapist (AAC), Calderbrook Children's Therapy Service: will see Zainab on her own in school for 45 minutes every other Tuesday during term time, to teach new vocabulary and sentence building on her device, and will set targets for her teaching assistant.",
            "* The teaching assistant will practise the speech and language therapist's targets with Zainab daily for 15 minutes on her own, and record progress on the communication log.",
            "* Class teacher to plan at least one question in each English and science lesson that Zainab has prepared an answer to in advance, using pre-stored messages on her device.",
            "* Whole-class staff (teacher and teaching assistants) will receive two hours of training on supporting an AAC user from the specialist speech and language therapist in the first half of the autumn term 2026, with a one-hour refresher in April 2027.",
            "* Eye-gaze communication device, mount and charger: provided by the Regional Specialised AAC Service. The device is set up and its vocabulary updated by the specialist speech and language therapist; repairs are arranged by the SENCo with the Regional Specialised AAC Service within five school days.",
            "## Cognition and learning (Outcomes 2 and 4)",
            "* Daily literacy teaching in class with tasks adapted by the class teacher so that Zainab can answer with her device (for example, multiple-choice pages prepared the day before by the teaching assistant).",
            "* A precision teaching spelling programme, delivered by her teaching assistant 1:1, four times a week for 10 minutes, using the alphabet page on her device. Progress reviewed each half term by the SENCo.",
            "* Access arrangements for all school tests and assessments: 25% extra time, rest breaks and a trained scribe who reads the questions and records Zainab's answers, arranged by the SENCo.",
            "## Vision (Outcome 4)",
            "* Qualified teacher of children and young people with vision impairment (QTVI), Calderbrook Sensory Support Service: a visit of one hour each half term to observe Zainab, advise staff and update her vision strategies, with a written note after each visit.",
            "* The QTVI will give the class team one hour of training on cerebral visual impairment in the autumn term 2026.",
            "* Resources presented one at a time on a plain black background; classroom displays near Zainab kept plain; Zainab seated with her back to the window. The class teacher is responsible for these adaptations daily.",
            "## Physical (Outcomes 3 and 5)",
            "* Powered wheelchair driving practice: 20 minutes daily, 1:1 with her teaching assistant, following the programme written by the wheelchair service occupational therapist.",
            "* From November 2026: the occupational therapist, Calderbrook Children's Therapy Service, will visit school for one hour every half term to review Zainab's driving, classroom seating and desk position, and to update the programme.",
            "* Two trained staff (moving and handling trained, renewed every 12 months) for all transfers and personal care.",
            "## Social, emotional and mental health (Outcome 6)",
            "* A lunchtime club chosen by Zainab, one lunchtime each week (30 minutes), with her teaching assistant present to support communication and set up her device so that she can take part.",
            "* The class teacher will run a 15-minute \"talking with Zainab\" circle with a group of no more than 5 classmates, once a fortnight, teaching them how to wait for and respond to her device.",
            "## Preparing for secondary transfer",
            "* The SENCo will arrange a transition planning meeting with the family, the QTVI and the specialist speech and language therapist in June 2027, ahead of the Year 6 phase transfer review.",
        ],
        "G": [
            "* **Physiotherapy:** Zainab's physiotherapist (Band 7 Paediatric Physiotherapist, Calderbrook Children's Therapy Service) will see her in school for 45 minutes every other Thursday during term time, to review her stretches, standing and positioning, and will update her physical management plan each term. The physiotherapist will train her teaching assistants in her daily stretching programme (one hour, each September and when the programme changes).",
            "* **Daily physical management in school:** stretches for 15 minutes each morning and standing frame for 30 minutes twice a day, carried out by teaching assistants trained by the physiotherapist, following the physical management plan.",
            "* **Hip surveillance:** hip X-ray every 12 months at Calderbrook Royal Infirmary, arranged by the Consultant Community Paediatrician. Next due March 2027.",
            "* **Eye care:** annual review by the paediatric ophthalmologist at Calderbrook Royal Infirmary.",
            "* **Eating and drinking:** the dysphagia speech and language therapist will review Zainab's eating and drinking plan every six months (next due January 2027) and train lunchtime staff who support her (45 minutes, each time the plan changes).",
            "* **Equipment:** standing frame and classroom chair provided and serviced every 12 months by the Calderbrook Children's Equipment Service; powered wheelchair provided and maintained by the Calderbrook Wheelchair Service.",
            "* **Community paediatrician:** Dr Chaudhry will review Zainab every six months in clinic, including her medication.",
            "**Health agreement:** The health provision in Section G was reviewed and agreed by Dr Farah Qureshi, Designated Clinical Officer, Calder and Irwell Integrated Care Board, on 12 October 2026.",
        ],
        "H1": [
            "None at present. Following social care advice of 3 March 2026, Zainab has no assessed social care needs. The family have information about short breaks on the Local Offer and can request a short breaks assessment from the Children with Disabilities Team at any time.",
        ],
        "H2": [
            "None. The family have been referred to the Calderbrook Carers' Centre for a parent carer's needs conversation.",
        ],
        "I": [
            "Brookfold Primary School, Moorside Road, Calderbrook – a mainstream maintained primary school.",
        ],
        "J": [
            "No personal budget has been requested.",
        ],
        "K": [
            "The following advice and information was used to write this plan. All reports are appended.",
            "* Zainab's views – gathered by Mrs Kauser, Teaching Assistant, using Zainab's eye-gaze device, September 2026 (sessions on 8 and 10 September 2026).",
            "* Parents' views – Zainab's mother and father, at a home meeting on 15 September 2026.",
            "* Educational advice – Mrs Claire Dawson, SENCo, Brookfold Primary School, 14 September 2026.",
            "* Psychological advice – Dr Imran Sheikh, Educational Psychologist, Calderbrook Educational Psychology Service, 24 February 2026.",
            "* Advice on vision impairment – Mrs Helen Barraclough, QTVI, Calderbrook Sensory Support Service, 12 May 2026.",
            "* Medical advice – Dr Naila Chaudhry, Consultant Community Paediatrician, Calderbrook Children's Community Health Services, 10 March 2026.",
            "* Physiotherapy advice – Mr Tom Greenwood, Paediatric Physiotherapist, Calderbrook Children's Therapy Service, 2 April 2026.",
            "* Speech and language therapy (AAC) advice – Ms Ruth Ellison, Specialist Speech and Language Therapist, 19 April 2026.",
            "* Dysphagia advice – Miss Amna Iqbal, Speech and Language Therapist (Eating and Drinking), 21 January 2026.",
            "* Occupational therapy advice – Mrs Jo Whitehead, Occupational Therapist, Calderbrook Children's Therapy Service, 28 April 2026.",
            "* Social care advice – Mr Adrian Holt, Social Worker, Children with Disabilities Team, 3 March 2026.",
            "* Audiology report – Calderbrook Children's Audiology Service, 17 March 2026.",
            "* Ophthalmology clinic letter – Mr Paul Brennan, Consultant Paediatric Ophthalmologist, Calderbrook Royal Infirmary, 6 June 2026.",
            "* Wheelchair review letter – Mr Gary Lumb, Clinical Lead, Calderbrook Wheelchair Service, 30 June 2026.",
            "* Equipment review – Ms Dawn Pickering, Technical Officer, Calderbrook Children's Equipment Service, 2 July 2026.",
        ],
    },
    "signoff": [
        "**Signed on behalf of Calderbrook Metropolitan Borough Council:** Lorraine Whitworth, SEND Assessment and Review Team Manager",
        "**Date:** 20 October 2026",
    ],
}

# ====================================================================== x202 (bold-statutory, FAIL)
X202 = {
    "id": "x202", "layout": "bold-statutory", "bullet": "-",
    "front": [
        ("Name:", "Hamza"),
        ("Month and year of birth:", "January 2012"),
        ("School year:", "Year 9 (Key Stage 3)"),
        ("Education setting:", "Ravensfold Academy (special school for pupils with severe learning difficulties and autism)"),
        ("Date this plan was issued:", "12 May 2026"),
        ("Last annual review:", "24 April 2026"),
        ("Type of plan:", "Amended plan following Year 9 annual review"),
        ("Languages at home:", "Sylheti and English"),
        ("EHC co-ordinator:", "Mohammed Ashraf, Special Educational Needs and Disabilities (SEND) Assessment and Review Team"),
    ],
    "sections": {
        "A": [
            "## How Hamza's views were gathered",
            "Hamza uses some single words and short phrases, a picture exchange communication system (PECS – a way of asking for things by handing over picture cards) and Makaton signing (signs used with speech). His views were gathered by his class teacher, Mr Lee, over a week in April 2026, using a talking mat (a mat where Hamza placed picture cards under \"like\", \"not sure\" and \"don't like\") and by watching what he chose at free time.",
            "## What Hamza likes and is good at",
            "- Hamza placed \"trains\", \"swimming\", \"iPad\", \"chicken and rice\" and \"Grandad\" under \"like\".",
            "- He placed \"assembly\", \"hand dryers\" and \"haircut\" under \"don't like\".",
            "- When he was shown a photograph of the school minibus he signed \"go\" and said \"train station\" – the class visited the railway museum in March and he has asked to go back every day since.",
            "- Hamza is very good at jigsaws and can complete a 100-piece puzzle on his own.",
            "- He has an excellent memory for routes and will tell staff if the minibus goes a different way.",
            "- He is gentle with younger pupils and likes to help give out the fruit at snack time.",
            "## What Hamza's family say",
            "Hamza lives with his mum, dad, older sister and grandad. His parents met the EHC co-ordinator on 20 April 2026. His dad said: \"Hamza is a happy boy at home when he knows what is happening. He loves his grandad and they go to watch the trains every Sunday. We worry about what happens when he leaves school – we want him to have a life, maybe some work, and be safe.\"",
            "His mum is worried about his seizures, which she says have happened more often since Christmas, and about his sleep. She would like school to keep teaching him to look after himself, such as washing and dressing.",
            "## Hamza's and his family's hopes for the future",
            "- Hamza's family hope he will be able to do some kind of work when he is older, perhaps with trains or at the station café.",
            "- They hope he will be able to go out in the community with support and be safe.",
            "- Hamza's dad would like him to be able to travel on the train with a member of the family without becoming distressed.",
        ],
        "B": [
            "## Communication and interaction",
            "Hamza has a diagnosis of autism and a severe learning difficulty. He understands short instructions of two key words in familiar routines, supported by signs and pictures. He uses around 40 spoken words and 60 PECS cards, and he is beginning to build two-picture sentences (\"I want + train\"). When he cannot make himself understood he may bite his hand or drop to the floor.",
            "## Cognition and learning",
            "Hamza is working within the pre-key stage standards. He recognises around 20 words by sight, including his name and the names of family members. He counts to 10 reliably and can match coins. He learns best through short, structured tasks with a clear start and finish, and with visual supports.",
            "## Social, emotional and mental health",
            "Hamza finds changes to routine and noisy places very difficult. He has become more anxious over the last year and has had more incidents of distress, particularly after weekends. He enjoys being with adults he knows and is beginning to tolerate working alongside one other pupil.",
            "## Sensory and/or physical needs",
            "Hamza is sensitive to loud noises, especially hand dryers and the school bell, and wears ear defenders at times. He seeks deep pressure and movement. His fine motor skills are developing: he can use scissors with a support spring and write the first letter of his name.",
        ],
        "C": [
            "Hamza's health needs are described in the advice of Dr Sarah Okafor, Consultant Community Paediatrician, dated 2 March 2026.",
            "- **Epilepsy:** Hamza was diagnosed with epilepsy in 2023. He has tonic-clonic seizures (seizures where he loses consciousness and his body stiffens and jerks), at present about twice a month, often in the early morning or when he is tired. Seizures lasting more than five minutes need rescue medication (buccal midazolam, given into the side of the mouth) and an ambulance. He has had two seizures at school since January 2026. His epilepsy medication (sodium valproate) was increased in February 2026.",
            "- **Sleep:** Hamza has difficulty getting to sleep and often wakes at 3am. He takes melatonin prescribed by Dr Okafor.",
            "- **Diet:** Hamza eats a limited range of foods. His weight is within the healthy range and is checked at each paediatric appointment.",
            "- **Dental care:** Hamza finds tooth brushing and visits to the dentist very difficult.",
        ],
        "D": [
            "Social care advice was given by Ms Paula Hirst, Social Worker, Children with Disabilities Team, on 9 April 2026. Hamza needs an adult with him at all times, both in the house and outside, because he has no sense of danger, particularly near roads. His parents provide all of his personal care. His sleep problems mean his parents are often awake in the night and are very tired. His older sister helps with his care and has been offered a young carers' assessment.",
            "The family's social care needs are met through short breaks (see Section H1).",
        ],
        "E": [
            "## Outcome 1 – Communication",
            "By July 2027, Hamza will use PECS to make three-picture sentences (\"I want + big + train\") to request things at snack time and free time, on 8 out of 10 occasions, recorded on his PECS record by class staff.",
            "## Outcome 2 – Wellbeing",
            "By July 2027, Hamza will be happier and calmer in school.",
            "## Outcome 3 – Reading",
            "By July 2027, Hamza will read 40 words by sight, including the words on the class timetable, checked by his class teacher each term using the school's sight-word list.",
            "## Outcome 4 – Mathematics",
            "By July 2027, Hamza will count out up to 20 objects accurately and add two small groups together, on 4 out of 5 occasions, recorded in his maths book by his teacher.",
            "## Outcome 5 – Working with others",
            "By July 2027, Hamza will feel more confident working with other pupils.",
            "## Outcome 6 – Fine motor skills",
            "By July 2027, Hamza will write all the letters of his first name correctly from memory on 3 out of 3 attempts, recorded by class staff.",
        ],
        "F": [
            "Hamza will continue to attend Ravensfold Academy, in a class of no more than 8 pupils with a teacher and three teaching assistants.",
            "## Communication and interaction",
            "- PECS teaching, 1:1 with a teaching assistant trained in PECS (Level 1), for 10 minutes three times a day, plus use of his PECS book at all snack, lunch and choosing times.",
            "- Speech and language therapist, Calderbrook Children's Therapy Service: assessment and target-setting visit once a half term (1 hour), and 1 hour of training for his class team each autumn term.",
            "- Makaton signing used by all staff in his class throughout the day.",
            "## Cognition and learning",
            "- Structured teaching in a work station, 1:1 with a teaching assistant, for 20 minutes twice a day.",
            "- Sight-word teaching using a precision teaching approach, 1:1, 10 minutes daily, with a teaching assistant.",
            "- Maths taught in a group of no more than 4 pupils, 30 minutes daily, by the class teacher.",
            "## Social, emotional and mental health",
            "- Hamza will have access to the sensory room as appropriate when he becomes anxious.",
            "- Regular movement breaks throughout the day.",
            "- Opportunities to work alongside other pupils where possible.",
            "- A visual timetable, now-and-next board and social stories (short personalised stories that explain what will happen) prepared by class staff for changes to routine.",
            "## Sensory and physical",
            "- Occupational therapist, Calderbrook Children's Therapy Service: sensory assessment and programme, with a review visit each term (1 hour).",
            "- Daily sensory circuit for 10 minutes each morning, delivered by a teaching assistant following the occupational therapist's programme.",
            "- Fine motor practice, 10 minutes daily, 1:1 with a teaching assistant.",
            "- Ear defenders provided by school and kept in his tray.",
        ],
        "G": [
            "- **Community paediatrician:** Dr Okafor will review Hamza every six months in clinic to monitor his sleep and his melatonin, and his weight and growth.",
            "- **Sleep:** the Calderbrook Children's Sleep Service (sleep practitioner) will offer Hamza's parents a six-week sleep programme, with a one-hour home visit each week for 6 weeks, then review, starting in June 2026.",
            "- **Dental care:** Hamza will be seen by the Community Dental Service (special care dentistry) every six months.",
            "**Health agreement:** The health provision above was agreed by Mrs Janet Fairbank, Designated Clinical Officer, Calder and Irwell Integrated Care Board, on 6 May 2026.",
        ],
        "H1": [
            "- Short breaks at the Oakwell Short Break Centre, a Saturday club for 6 hours (10am–4pm) every other Saturday, with 1:1 staffing, funded by the Children with Disabilities Service.",
            "- One overnight short break at Oakwell each month (12 nights a year).",
        ],
        "H2": [
            "- A young carers' assessment has been offered to Hamza's sister by the Calderbrook Young Carers Service.",
        ],
        "I": [
            "Ravensfold Academy – an academy special school for pupils aged 4 to 19 with severe learning difficulties and autism.",
        ],
        "J": [
            "No personal budget has been requested.",
        ],
        "K": [
            "- Parents' views – meeting with Hamza's parents, 20 April 2026.",
            "- Hamza's views – gathered by Mr Lee, Class Teacher, using a talking mat, 14–17 April 2026.",
            "- Educational advice – Mr Lee, Class Teacher, and Mrs Rachel Shaw, Deputy Headteacher, Ravensfold Academy, 17 April 2026.",
            "- Psychological advice – Dr Helen Marsden, Educational Psychologist, Calderbrook Educational Psychology Service, 21 January 2026.",
            "- Medical advice – Dr Sarah Okafor, Consultant Community Paediatrician, 2 March 2026.",
            "- Sleep Service advice – Ms Ellie Booth, Sleep Practitioner, Calderbrook Children's Sleep Service, 11 March 2026.",
            "- Community Dental Service letter – Mr Arif Mahmood, Special Care Dentist, 5 February 2026.",
            "- Speech and language therapy advice – Ms Leanne Clegg, Speech and Language Therapist, 16 February 2026.",
            "- Occupational therapy advice – Mrs Anna Nowak, Occupational Therapist, 23 February 2026.",
            "- Social care advice – Ms Paula Hirst, Social Worker, Children with Disabilities Team, 9 April 2026.",
            "- Preparing for adulthood advice – Mr Daniel Kerr, Careers Adviser (Level 6 qualified), Calderbrook Careers Service, 17 April 2026.",
        ],
    },
    "signoff": [
        "**Signed on behalf of Calderbrook Metropolitan Borough Council:** Lorraine Whitworth, SEND Assessment and Review Team Manager",
        "**Date:** 12 May 2026",
    ],
}

# ====================================================================== x203 (bold-statutory, FAIL)
X203 = {
    "id": "x203", "layout": "bold-statutory", "bullet": "•",
    "front": [
        ("Name:", "Maryam"),
        ("Month and year of birth:", "June 2006"),
        ("Education phase:", "Post-16 – second year of a three-year college course"),
        ("Education setting:", "Lowfold Specialist College"),
        ("Date this plan was issued:", "3 February 2026"),
        ("Last annual review:", "15 January 2026"),
        ("Type of plan:", "Amended plan following annual review"),
        ("Languages at home:", "Urdu and English"),
        ("EHC co-ordinator:", "Shazia Rafiq, Special Educational Needs and Disabilities (SEND) Assessment and Review Team"),
    ],
    "sections": {
        "A": [
            "## Background and presentation",
            "Maryam is a 19-year-old female who presents with profound and multiple learning difficulties (PMLD) secondary to a mitochondrial cytopathy (complex I deficiency), with dystonic quadriplegic cerebral palsy, refractory epilepsy, gastro-oesophageal reflux disease and oropharyngeal dysphagia necessitating enteral nutrition via a percutaneous endoscopic gastrostomy.",
            "Maryam is non-ambulant and is fully dependent on others for all activities of daily living, including feeding, toileting, transfers and positioning. She is doubly incontinent. She demonstrates no functional expressive communication and no reliable yes/no response. Her cognitive functioning has been assessed as being within the profound range, below the first of the engagement steps. Her dystonic posturing is exacerbated by pain, reflux and environmental stimuli, and she presents with periods of prolonged crying that are difficult to settle.",
            "Her respiratory status is compromised and she has had three hospital admissions in the last 18 months for lower respiratory tract infections, with suspected aspiration. She requires oral suction at times.",
            "## Parents' views",
            "Maryam's parents attended the annual review on 15 January 2026. They report that Maryam's health has been unstable over the past year and that her seizure control has deteriorated since her medication was changed in the summer. They are concerned about her weight, which has dropped, and about the length of the transport journey to college (over one hour each way), which they feel leaves her exhausted and uncomfortable.",
            "Her parents state that they are satisfied with the care at Lowfold Specialist College and wish the placement to continue. Her mother stated that staff must follow the feeding regime exactly and must contact her if Maryam has a seizure lasting more than two minutes. They requested that the college liaise with the dietitian regarding her weight loss.",
        ],
        "B": [
            "## Communication and interaction",
            "Maryam has no formal communication system and no functional expressive language. She is unable to indicate choices reliably. Staff interpret crying, grimacing and stiffening as signs of pain or distress. She has not yet demonstrated a consistent response to objects of reference.",
            "## Cognition and learning",
            "Maryam's cognitive functioning is within the profound range. She is unable to anticipate familiar routines and has not yet shown cause-and-effect understanding. Her attention to activities is fleeting and is limited by fatigue, medication and seizure activity.",
            "## Social, emotional and mental health",
            "Maryam is unable to initiate interaction with staff or peers. Her periods of distress are prolonged and are difficult to manage in a group setting.",
            "## Sensory and physical needs",
            "Maryam has dystonic quadriplegic cerebral palsy and is non-ambulant. She is unable to sit without full support and has very limited head control. She has hypersensitivity to touch around her face and mouth. She requires a hoist and two trained staff for all transfers.",
        ],
        "C": [
            "Maryam's health needs are set out in the advice of Dr Simon Wade, Consultant Neurologist, dated 4 November 2025.",
            "• **Mitochondrial disorder:** a progressive genetic condition affecting energy production in the body's cells. Illness, fasting or overheating may cause a decline in her condition.",
            "• **Epilepsy:** Maryam has daily myoclonic seizures and, about once a week, tonic-clonic seizures. Seizures lasting more than five minutes require buccal midazolam (rescue medication given into the side of the mouth). She has a seizure management plan.",
            "• **Eating, drinking and nutrition:** Maryam is fed through a gastrostomy (a tube into her stomach). She receives a prescribed feed by pump at college between 10am and 2pm. She may have small tastes of pureed food by mouth as part of her dysphagia plan. She has lost 2.5kg since March 2025.",
            "• **Reflux and breathing:** Maryam has reflux, which is managed with medication given at home and with positioning, and she is at risk of chest infections. She needs oral suction at times.",
            "• **Posture and movement:** Maryam needs a 24-hour postural management programme (supported positioning day and night) to reduce pain and protect her hips and spine.",
        ],
        "D": [
            "Maryam's social care needs were assessed under the Care Act 2014 by Ms Louise Kaye, Social Worker, Transitions Team, on 10 November 2025. Maryam needs two carers for all transfers and personal care. Her parents provide all of her care in the evenings and at night, and her father has a back injury. The family are at risk of carer breakdown without support. The assessment found that Maryam is eligible for support under the Care Act 2014.",
        ],
        "E": [
            "These outcomes cover the period to July 2027 and are reviewed at each annual review. They have been written to prepare Maryam for adult life.",
            "## Outcome 1 – Communication and choice (friends, relationships and community)",
            "By July 2027, Maryam will demonstrate a consistent intentional response (eye-pointing or vocalisation) when offered a choice of two objects of reference, on 7 out of 10 trials, as recorded on her communication record by her tutor.",
            "## Outcome 2 – Good health: posture",
            "By July 2027, Maryam will maintain cervical extension with her head in midline in supported sitting for 5 minutes, and tolerate 45 minutes daily in her prone stander without dystonic distress, on 4 out of 5 college days, as recorded on her postural management chart.",
            "## Outcome 3 – Good health: eating and drinking",
            "By July 2027, Maryam will tolerate 5 teaspoons of oral tasters at lunchtime on 4 out of 5 college days without clinical signs of aspiration (coughing, wet voice or colour change), as recorded by staff trained in her dysphagia plan.",
            "## Outcome 4 – Good health: attendance and seizure management",
            "By July 2027, Maryam will attend college for a full day (9.30am to 3pm) on at least 4 days out of 5 in each half term, with seizure activity and post-ictal recovery managed within college, as recorded on the college register.",
            "## Outcome 5 – Friends and community",
            "By July 2027, Maryam will take part in a weekly community visit with her peer group (for example, the sensory session at Calderbrook Central Library), demonstrating engagement (eye contact, vocalisation or reaching) for at least 10 minutes on 3 out of 4 visits, as recorded by her tutor.",
            "## Outcome 6 – Independent living: personal care",
            "By July 2027, Maryam will actively participate in her personal care routine by lifting her arm or turning her head when asked, at 3 out of 5 prompts in each routine, as recorded on her personal care chart by her support staff.",
        ],
        "F": [
            "## Curriculum and staffing (all outcomes)",
            "• A place on the Pathway 1 sensory curriculum at Lowfold Specialist College, 5 days a week (9.30am to 3pm), 38 weeks a year, in a group of no more than 6 students with a tutor and a staffing ratio of 1 support worker to 1 student.",
            "• A tutor qualified as a teacher with a specialist qualification in profound and multiple learning difficulties will plan Maryam's programme and review her progress against her outcomes each half term.",
            "## Communication (Outcome 1)",
            "• Speech and language therapist, Lowfold Specialist College therapy team: 45-minute session with Maryam on her own every Wednesday during term time, to teach and assess her responses to objects of reference and choice-making.",
            "• Her support worker will offer structured choices using objects of reference at least 10 times each day, following the therapist's programme, and record her responses.",
            "• Intensive interaction (a way of building communication by following and copying the person's own sounds and movements), 1:1 with her support worker, 15 minutes twice daily.",
            "## Physical and sensory (Outcomes 2 and 6)",
            "• Occupational therapist, Lowfold Specialist College therapy team: one hour each fortnight to work with Maryam on hand and arm movement during personal care and sensory activities, and to update her sensory programme.",
            "• Sensory programme for touch sensitivity, 10 minutes three times a day, delivered by her support worker as set out by the occupational therapist.",
            "## Community (Outcome 5)",
            "• A weekly community visit with her group of no more than 6 students, 1:1 staffing and a wheelchair-accessible college vehicle, for 2 hours every Thursday, planned by her tutor.",
        ],
        "G": [
            "• **Enteral feeding:** the Calderbrook Community Nursing Team (Enteral Feeding Nurse Specialist) will train college staff in gastrostomy care, pump feeding and oral suction (3 hours each September) and check each staff member's competence every term.",
            "• **Nutrition:** the Adult Dietitian, Calderbrook Community Nutrition and Dietetics Service, will review Maryam's feeding regime and weight every 3 months.",
            "• **Epilepsy:** the Epilepsy Specialist Nurse, Adult Learning Disability Epilepsy Service, will review Maryam's seizure management plan every 6 months and train college staff in the giving of buccal midazolam (2 hours each September, with a refresher in February).",
            "• **Posture:** the Adult Learning Disability Physiotherapist will visit college for 1 hour each month to review Maryam's postural management programme and standing, and will train her support staff (1 hour each term).",
            "• **Dysphagia:** the Speech and Language Therapist (Dysphagia), Adult Learning Disability Service, will review Maryam's eating and drinking plan every 6 months.",
            "• **Neurology:** Dr Wade will review Maryam in the neurology clinic every 6 months.",
            "• **Equipment:** wheelchair and seating provided and maintained by the Calderbrook Wheelchair Service; prone stander, hoist and slings provided and serviced every 6 months by the Calderbrook Integrated Equipment Service.",
        ],
        "H1": [
            "Not applicable. Maryam is over 18 and her social care provision is made under the Care Act 2014 (see Section H2).",
        ],
        "H2": [
            "• Personal care at home from a home care agency commissioned by Calderbrook Adult Social Care: two carers for 45 minutes each morning (7am) and 45 minutes each evening (8pm), 7 days a week.",
            "• Overnight respite at Beechwood House (adult short stay service) for 2 nights each month (24 nights a year).",
            "• A carer's assessment for Maryam's father has been completed by the Calderbrook Carers' Centre (16 December 2025).",
        ],
        "I": [
            "Lowfold Specialist College – an independent specialist post-16 institution approved under section 41 of the Children and Families Act 2014.",
        ],
        "J": [
            "No personal budget has been requested for the special educational provision. The social care provision in H2 is commissioned by Calderbrook Adult Social Care.",
        ],
        "K": [
            "• Parental views – Maryam's mother and father, annual review meeting, 15 January 2026.",
            "• Educational advice – Ms Karen Mellor, Head of Learning (Pathway 1), Lowfold Specialist College, 8 January 2026.",
            "• Psychological advice – Dr Owen Pratt, Educational Psychologist, Calderbrook Educational Psychology Service, 19 November 2025.",
            "• Medical advice – Dr Simon Wade, Consultant Neurologist, Calderbrook Royal Infirmary, 4 November 2025.",
            "• Enteral feeding advice – Mrs Gillian Rowe, Enteral Feeding Nurse Specialist, Calderbrook Community Nursing Team, 12 December 2025.",
            "• Dietetic advice – Miss Hina Aslam, Adult Dietitian, Calderbrook Community Nutrition and Dietetics Service, 2 December 2025.",
            "• Epilepsy advice – Mr David Parkin, Epilepsy Specialist Nurse, Adult Learning Disability Epilepsy Service, 27 November 2025.",
            "• Physiotherapy advice – Ms Clare Bentley, Physiotherapist, Adult Learning Disability Service, 25 November 2025.",
            "• Dysphagia advice – Mrs Yasmin Ali, Speech and Language Therapist (Dysphagia), Adult Learning Disability Service, 1 December 2025.",
            "• Speech and language therapy and occupational therapy advice – Lowfold Specialist College therapy team, Ms Beth Naylor (Speech and Language Therapist) and Mr Sam Hirst (Occupational Therapist), 6 January 2026.",
            "• Wheelchair and equipment – Calderbrook Wheelchair Service review letter, Mr Gary Lumb, Clinical Lead, 18 September 2025; maintenance record from the Calderbrook Integrated Equipment Service, Ms Dawn Pickering, Technical Officer, 3 October 2025.",
            "• Social care advice – Ms Louise Kaye, Social Worker, Transitions Team, Care Act assessment, 10 November 2025.",
            "• Preparing for adulthood advice – Mr Neil Barker, Transitions Key Worker, Calderbrook Preparing for Adulthood Team, 9 January 2026.",
        ],
    },
    "signoff": [
        "**Glossary of terms used in this plan**",
        "• **Mitochondrial cytopathy (complex I deficiency):** a genetic condition in which the cells do not make enough energy.",
        "• **Dystonic quadriplegic cerebral palsy:** cerebral palsy affecting all four limbs, causing involuntary twisting movements and postures (dystonia).",
        "• **Refractory epilepsy:** epilepsy that is not fully controlled by medication. **Myoclonic seizures:** short jerks of the muscles. **Post-ictal recovery:** the period of rest and recovery after a seizure.",
        "• **Lower respiratory tract infections:** chest infections.",
        "• **Gastro-oesophageal reflux disease:** stomach contents coming back up into the food pipe.",
        "• **Oropharyngeal dysphagia:** difficulty swallowing safely. **Aspiration:** food, drink or saliva going into the lungs. **Oral tasters:** very small tastes of food for enjoyment, given as set out in the dysphagia plan.",
        "• **Enteral nutrition via a percutaneous endoscopic gastrostomy:** feeding through a tube placed directly into the stomach.",
        "• **Cervical extension in midline:** holding the head up and in the centre. **Prone stander:** standing frame that supports the person leaning slightly forward.",
        "• **Objects of reference:** real objects used to stand for an activity (for example, a cup for drink time).",
        "• **Engagement steps:** a way of assessing how a learner with profound needs pays attention and responds.",
        "• **Activities of daily living:** everyday tasks such as eating, washing and dressing.",
        "**Signed on behalf of Calderbrook Metropolitan Borough Council:** Lorraine Whitworth, SEND Assessment and Review Team Manager",
        "**Date:** 3 February 2026",
    ],
}

# ====================================================================== x204 (bold-statutory, SOUND)
X204 = {
    "id": "x204", "layout": "bold-statutory", "bullet": "-",
    "front": [
        ("Name:", "Idris"),
        ("Month and year of birth:", "September 2010"),
        ("School year:", "Year 11 (Key Stage 4)"),
        ("Education setting:", "Calderbrook Grange Academy, with the Vision Impairment Resource Base"),
        ("Date this plan was issued:", "21.10.2026"),
        ("Last annual review:", "29 September 2026 (Year 11 phase transfer review)"),
        ("Type of plan:", "Amended plan following annual review"),
        ("Languages at home:", "Bengali and English"),
        ("EHC co-ordinator:", "Mohammed Ashraf, Special Educational Needs and Disabilities (SEND) Assessment and Review Team"),
    ],
    "sections": {
        "A": [
            "## My views – in my own words",
            "Idris wrote this section himself on his laptop, with his qualified teacher of children and young people with vision impairment (QTVI) asking the questions, on 17 September 2026.",
            "> \"I'm Idris. I'm 16 and I'm in Year 11 at Grange. I was born with Leber congenital amaurosis, which is a genetic eye condition. I can see light and big shapes, but that's about it, so I use braille and a screen reader to do my work.\"",
            "> \"Things I'm good at: computers, coding, music production and arguing (my mum says). I'm in the school band and I play keyboard. I've made beats since I was 11 and I've got over 300 followers on my channel.\"",
            "> \"What works for me: getting my work in braille or electronically before the lesson, not after. Teachers saying my name when they talk to me. People not moving stuff in the classroom without telling me.\"",
            "> \"What doesn't work: worksheets that are pictures of text, because my screen reader can't read them. Being walked everywhere by a teaching assistant like I'm in Year 7.\"",
            "> \"Next year I want to go to Calderbrook College to do Level 3 Computing, then university. I want to be a software developer and make apps that are actually accessible. I also want to get the bus into town on my own to meet my mates without my dad dropping me off.\"",
            "## What my family say",
            "Idris lives with his mum, dad and two sisters. His parents spoke to the EHC co-ordinator on 22 September 2026. His mum said: \"We are very proud of Idris. He works so hard and he never lets his eyes stop him. We were worried when he started at secondary school but he has done better than we ever expected.\"",
            "His dad said the family's biggest worry is independence: \"He is 16 and he should be going out with his friends. We drive him everywhere because we worry about the roads and the buses. We know we need to let go, but we need him to be properly trained first.\" His parents would like the move to college to be planned early, with visits, so that Idris knows the building and the route.",
            "## Hopes for the future",
            "- Idris wants to study Computing at Level 3 at college and then go to university to become a software developer.",
            "- He wants to travel independently into Calderbrook town centre and to college.",
            "- His family hope he will have a full social life and live independently as an adult.",
            "## What others say about Idris",
            "His Head of Year describes him as \"a natural leader with a sharp sense of humour\". He represented the school at the regional coding competition in March 2026, where his team came second. He mentors two Year 7 pupils from the resource base.",
        ],
        "B": [
            "## Sensory needs – vision",
            "Idris is severely sight impaired. He has light perception and can detect large shapes and movement in good light, but he cannot use print at any size. He is a fluent reader of contracted (Grade 2) braille, reading at about 80 words a minute, and an expert user of a screen reader (software that reads out what is on the computer screen). He needs all written materials in braille or an accessible electronic format, and diagrams and graphs as tactile (raised) diagrams with a braille key.",
            "Idris has been taught to use a long cane and can move around the school building and grounds on his own. He knows some routes in his local area but has not yet learnt routes that involve buses or crossing busy roads.",
            "## Cognition and learning",
            "Idris is a very able learner. He is predicted grades 6 to 7 in his General Certificate of Secondary Education (GCSE) subjects, including Computer Science, English Language and Mathematics. He needs more time than his peers for reading and for working with tactile diagrams, and he tires quickly in long exams because of the effort of reading braille and listening to his screen reader.",
            "## Communication and interaction",
            "Idris is an articulate young man who communicates well with adults and peers. He can find it hard to join group conversations because he misses non-verbal signals, such as who is about to speak. He can come across as blunt when he is tired or frustrated.",
            "## Social, emotional and mental health",
            "Idris has a good group of friends and is well respected in school. He has told staff that he sometimes feels left out at weekends because his friends meet in town without him. He can become anxious about new places and people.",
            "## Independent living skills",
            "Idris can make a hot drink and simple snacks, manage his own money in familiar shops and organise his own timetable with his phone. He has not yet cooked a full meal on his own or travelled independently on public transport.",
        ],
        "C": [
            "Idris's health needs were described by Mr Paul Brennan, Consultant Paediatric Ophthalmologist, Calderbrook Royal Infirmary, in his advice of 4 June 2026.",
            "- **Leber congenital amaurosis:** a genetic condition of the retina (the back of the eye) that causes severe sight loss from birth. Idris also has nystagmus (involuntary movement of the eyes). He is reviewed once a year in the eye clinic. He has been referred to the genetics service to discuss whether he could take part in treatment trials in the future.",
            "- **Light sensitivity:** Idris's eyes are uncomfortable in bright light and he wears dark-tinted glasses outdoors.",
            "- Idris has no difficulty with his hearing or his general health, but his sight loss mildly affects his sleep pattern; he sometimes has difficulty falling asleep because his body clock is not set by daylight, and he takes melatonin (a sleep hormone) prescribed by his GP (general practitioner).",
        ],
        "D": [
            "Idris's social care needs were considered by Ms Rebecca Tann, Social Worker, Calderbrook Sensory Team (Children and Adults), who met Idris and his family on 10 June 2026. She found that Idris has no social care needs that require provision from the Council: his family meet his care needs and his independent living and travel needs are being met through education provision (Section F). He is registered as severely sight impaired with Calderbrook Council.",
            "Ms Tann gave the family information about the Local Offer, including the youth clubs and sports activities run by the Calderbrook Sight Loss Society, and about the Disabled Person's Railcard and the free bus pass. The Sensory Team will offer a Care Act transition assessment before Idris turns 18.",
        ],
        "E": [
            "These outcomes were agreed with Idris and his family at the Year 11 annual review on 29 September 2026. They cover the move to post-16 education and will be reviewed in autumn 2027.",
            "## Outcome 1 – Employment and education: qualifications",
            "Building on Idris's aim to study Computing at college and become a software developer.",
            "By August 2027, Idris will gain at least five GCSEs at grade 4 or above, including English Language, Mathematics and Computer Science, as shown by his GCSE results.",
            "## Outcome 2 – Employment and education: moving to college",
            "By 31 March 2027, Idris will receive an offer of a place on the Level 3 Computing course at Calderbrook College, after attending an interview and at least two visits. By July 2027, he will find his way on his own between the college entrance, his classroom, the library and the café using his long cane, on three out of three assessed walks with the habilitation specialist.",
            "## Outcome 3 – Independent living and community: travel",
            "Building on Idris's wish to \"get the bus into town on my own\".",
            "By July 2027, Idris will access Calderbrook town centre independently, travelling by bus from his home to the bus station and back on his own, on three separate occasions signed off by his habilitation specialist. By September 2027, he will travel independently from home to Calderbrook College and back on five consecutive days.",
            "## Outcome 4 – Independent living: cooking",
            "By July 2027, Idris will plan, shop for and cook a simple hot meal for his family (for example, pasta with a sauce) on his own, using his talking kitchen scales and tactile markers, on three occasions, checked by his habilitation specialist and confirmed by his parents.",
            "## Outcome 5 – Friends and community",
            "By July 2027, Idris will meet his friends in town on a weekend on at least four occasions, arranging the meeting himself, and will tell his QTVI about each outing at their half-termly review.",
        ],
        "F": [
            "All provision will be co-ordinated by the Teacher in Charge of the Vision Impairment Resource Base (a QTVI), who will check it is being delivered each half term and report to the special educational needs co-ordinator (SENCo).",
            "## Teaching and learning (Outcomes 1 and 2)",
            "- All lessons in mainstream classes, with materials provided in Grade 2 braille or accessible electronic format at least one school day before each lesson. Materials are produced by the Resource Base braille transcriber (qualified in Unified English Braille).",
            "- Tactile diagrams for Mathematics, Science and Computer Science produced by the Resource Base technician, who is trained in tactile graphics, for every lesson that uses diagrams.",
            "- QTVI teaching, 1:1, x3 weekly for 50 minutes, covering braille mathematics code, screen reader skills and exam technique.",
            "- A teaching assistant trained in braille (Unified English Braille Level 2) in Mathematics and Science lessons (8 lessons a week), to support with tactile diagrams and practical work. The teaching assistant will not guide Idris between lessons unless he asks.",
            "- Access arrangements for all mock and GCSE exams: modified papers in braille (with electronic copies for use with his screen reader), 50% extra time, supervised rest breaks, a separate room and a laptop with his screen reader, arranged by the Exams Officer with the QTVI. Applications to be made by 15 November 2026.",
            "## Equipment (Outcomes 1, 2 and 4)",
            "- A laptop with screen reader software and a refreshable braille display (a device that shows a line of braille from the computer), provided by school. The Resource Base technician will set these up, update the software each half term and arrange repairs or a loan device within two school days.",
            "- Talking kitchen scales, tactile markers and a liquid-level indicator for cooking, provided by the Resource Base and kept at home.",
            "## Independent travel and independent living (Outcomes 2, 3 and 4)",
            "- Habilitation specialist (a qualified habilitation specialist for children and young people with vision impairment, Calderbrook Sensory Support Service): 1:1 mobility and independent living training for 1 hour twice a week in term time, in school, at home and in the community, following a route-learning plan agreed with Idris.",
            "- From January 2027, route training to Calderbrook College, 1 hour weekly for 10 weeks then review, plus four sessions in the summer holiday 2027 to practise the journey.",
            "- March 2027: the habilitation specialist will carry out a building familiarisation at Calderbrook College with Idris (two visits of 2 hours).",
            "## Preparing for college (Outcome 2)",
            "- Careers Adviser (Level 6 qualified), Calderbrook Careers Service: three 1:1 guidance meetings with Idris between October 2026 and March 2027 (45 minutes each), including help with his application and interview.",
            "- A transition meeting in May 2027 between the Resource Base, Calderbrook College's learning support team and the Sensory Support Service, to plan his braille materials, equipment and exam arrangements for September 2027.",
            "## Social, emotional and mental health (Outcome 5)",
            "- A 30-minute 1:1 check-in with his QTVI each half term to review his wellbeing, friendships and outings.",
            "- Lunchtime coding club (weekly, 45 minutes), where Idris is a peer mentor, supervised by the Computer Science teacher.",
        ],
        "G": [
            "- **Eye clinic:** Idris will be reviewed by Mr Brennan, Consultant Paediatric Ophthalmologist, once every 12 months in the eye clinic at Calderbrook Royal Infirmary. His tinted glasses are prescribed by the hospital optometrist at the same appointment.",
            "- **Genetics:** an appointment with the Clinical Geneticist, Northern Regional Genetics Service, by March 2027 (one appointment, with a follow-up if the family wish).",
            "- **Sleep:** Idris's GP, Dr Ahmed, will review his sleep medication every 6 months at the surgery.",
            "**Health agreement:** confirmed by Dr Farah Qureshi, Designated Clinical Officer, Calder and Irwell Integrated Care Board, on 15 October 2026.",
        ],
        "H1": [
            "None. The Sensory Team assessment of 10 June 2026 found no social care needs requiring provision. The family have information about activities on the Local Offer.",
        ],
        "H2": [
            "None at present. A Care Act transition assessment will be offered by the Sensory Team before Idris turns 18.",
        ],
        "I": [
            "Year 11: Calderbrook Grange Academy (mainstream academy) with the Vision Impairment Resource Base.",
            "From September 2027: to be named following consultation with Calderbrook College (general further education college) by 31 March 2027.",
        ],
        "J": [
            "No personal budget has been requested.",
        ],
        "K": [
            "- Idris's views – written by Idris, 17 September 2026.",
            "- Parents' views – telephone conversation with Idris's mum and dad, 22 September 2026.",
            "- Educational advice – Ms Joanne Firth, QTVI and Teacher in Charge, Vision Impairment Resource Base, Calderbrook Grange Academy, 15 September 2026.",
            "- Advice from a qualified teacher of children and young people with vision impairment – Ms Joanne Firth, QTVI (as above), 15 September 2026.",
            "- Habilitation advice – Mr Craig Sutcliffe, Habilitation Specialist, Calderbrook Sensory Support Service, 1 September 2026.",
            "- Psychological advice – Dr Imran Sheikh, Educational Psychologist, Calderbrook Educational Psychology Service, 12 January 2026.",
            "- Medical advice – Mr Paul Brennan, Consultant Paediatric Ophthalmologist, Calderbrook Royal Infirmary, 4 June 2026.",
            "- GP summary – Dr Rashid Ahmed, General Practitioner, Moorside Medical Practice, 8 July 2026.",
            "- Genetics referral letter – Northern Regional Genetics Service, Dr Fiona Lord, Clinical Geneticist, 20 July 2026.",
            "- Social care advice – Ms Rebecca Tann, Social Worker, Calderbrook Sensory Team, 10 June 2026.",
            "- Preparing for adulthood advice – Mrs Kelly Dyson, Careers Adviser (Level 6 qualified), Calderbrook Careers Service, 23 September 2026.",
        ],
    },
    "signoff": [
        "**Signed on behalf of Calderbrook Metropolitan Borough Council:** Lorraine Whitworth, SEND Assessment and Review Team Manager",
        "**Date:** 21 October 2026",
    ],
}

# ====================================================================== x205 (heading2-numbered, FAIL)
X205 = {
    "id": "x205", "layout": "heading2-numbered",
    "front": [
        ("Name", "Ibrahim"),
        ("Month and year of birth", "September 2018"),
        ("School year", "Year 3"),
        ("Education setting", "Moorside Primary School"),
        ("Legal status", "Looked after by Calderbrook Metropolitan Borough Council (care order, March 2026)"),
        ("Date this plan was issued", "19 October 2026"),
        ("Last annual review", "Not applicable – first plan following an Education, Health and Care (EHC) needs assessment"),
        ("Languages at home", "English (foster home); Urdu (family time)"),
        ("EHC co-ordinator", "Nadia Begum, Special Educational Needs and Disabilities (SEND) Assessment and Review Team"),
    ],
    "sections": {
        "A": [
            "## All about me",
            "Ibrahim talked about himself with his class teacher, Miss Carter, and his foster carer, Mrs Walsh, on 10 September 2026. He drew pictures while they talked and Miss Carter wrote down what he said.",
            "> \"I'm Ibrahim and I'm eight. I live with Sue and Mark and their dog Biscuit. Biscuit sleeps on my bed but don't tell.\"",
            "> \"I'm good at football. I'm a goalkeeper because my left hand is my strong hand. My right hand doesn't do what I tell it.\"",
            "> \"I like maths and I like it when we do science with magnets. I don't like writing because it makes my hand hurt and I'm slow.\"",
            "> \"I get scared when there's a new teacher. I like it when Mrs Ali is in.\"",
            "> \"When I'm big I want to be a vet or a goalkeeper for City.\"",
            "## What people like and admire about Ibrahim",
            "* He is funny and chatty and gets on well with adults.",
            "* He is very good at mental maths and loves number puzzles.",
            "* He is brave: he has had many changes in his life and has kept trying.",
            "* He is kind to animals and looks after the class fish.",
            "## What Ibrahim's carers say",
            "Ibrahim has lived with his foster carers, Sue and Mark Walsh, since November 2025. Mrs Walsh said: \"Ibrahim is a lovely lad who has had a tough start. He has come on so much since he moved in. He is bright, but he gets very upset if his routine changes or if he thinks someone is leaving. We want school to understand that when he hides under the table it is because he is frightened, not naughty.\"",
            "Mr and Mrs Walsh would like Ibrahim to get help with his handwriting and reading, to join a football club, and to feel settled at school.",
            "## Hopes for the future",
            "* Ibrahim wants to be a vet or a goalkeeper.",
            "* His foster carers hope he will catch up with his reading, enjoy school and make lasting friendships.",
            "## Ibrahim's history",
            "Ibrahim has right-sided hemiplegic cerebral palsy (cerebral palsy affecting the right side of his body). He lived with his birth mother until October 2025. He had two short foster placements before moving to Mr and Mrs Walsh. He joined Moorside Primary School in January 2026, his third school.",
        ],
        "B": [
            "## Cognition and learning",
            "Ibrahim is working at the expected standard for Year 3 in mathematics, and his reasoning is a strength. His reading is about two years behind: he is still learning phonics at Phase 4 (reading words with adjacent consonants such as \"stop\" and \"milk\") and reads books banded for Year 1. Gaps in his early schooling and frequent moves have affected his progress.",
            "## Communication and interaction",
            "Ibrahim's speech and language are within the expected range for his age. He talks confidently with adults and can explain his ideas clearly in maths and science. He sometimes finds it hard to join in with groups of children in the playground, because games move quickly and he worries about being left out.",
            "## Social, emotional and mental health",
            "Ibrahim shows high levels of anxiety at times of change and separation. When a familiar adult is absent, or when there is a supply teacher, he may hide under a table, refuse to come into class or cry for long periods. He finds the end of the school day and the days after family time with his birth mother particularly hard. He sometimes says he is \"bad\" and that people will \"send him away\". His teachers describe him as needing a consistent adult he trusts.",
            "## Sensory and/or physical needs",
            "Ibrahim has right-sided hemiplegic cerebral palsy. He has limited use of his right hand and uses his left hand for writing and most tasks. His handwriting is slow and effortful: he writes about six words a minute. He finds tasks that need two hands (cutting, opening packets, fastening buttons and laces) difficult. He walks independently with a right ankle-foot orthosis (a splint worn inside his shoe) and can run, but his balance is poor on uneven ground and he tires in the afternoon.",
        ],
        "C": [
            "Ibrahim's health needs are set out in the advice of Dr Lucy Harding, Community Paediatrician (Looked After Children), and of the physiotherapy and occupational therapy services.",
            "* **Right hemiplegic cerebral palsy:** Ibrahim has tightness in his right calf and right arm. He needs a daily stretching programme and wears a right ankle-foot orthosis during the day.",
            "* **Hand function:** reduced strength and control in his right hand affect his self-care and his writing.",
            "* **Hearing and vision:** both were checked at his health assessment and are normal.",
            "* Ibrahim has no other medical conditions and takes no regular medication.",
        ],
        "D": [
            "Ibrahim is a looked after child.",
        ],
        "E": [
            "These outcomes were agreed with Ibrahim's foster carers and his class teacher at the planning meeting on 10 September 2026. They are to be achieved by the end of Year 3 (July 2027) unless stated, and school will report progress towards them each term in Ibrahim's school report.",
            "## Reading",
            "By July 2027, Ibrahim will read a book banded for Year 2 with 95% accuracy, and will know all Phase 5 phonics sounds, checked by his class teacher using the school's phonics assessment each half term.",
            "## Writing",
            "By July 2027, Ibrahim will write three linked sentences about his weekend using his left hand and a pencil grip, legibly, in 10 minutes, on three out of four weekly checks, recorded by his teaching assistant. For longer pieces, he will type 15 words a minute on a laptop, checked by his class teacher each term.",
            "## Self-care",
            "By April 2027, Ibrahim will put on his coat and do up the zip, and open his lunchbox and all packets in it, without adult help, on five days out of five, recorded by lunchtime staff.",
            "## Physical activity and joining a team",
            "Building on Ibrahim's love of football and his wish to be a goalkeeper.",
            "By July 2027, Ibrahim will take part in the whole of every PE (physical education) lesson and join the after-school football club for at least one term, walking on the school field without falling on four out of five lessons, recorded by his PE teacher.",
        ],
        "F": [
            "## Cognition and learning",
            "* Ibrahim will join a small phonics group regularly, led by a teaching assistant.",
            "* Daily 1:1 reading with an adult for 10 minutes, using books matched to his phonics phase.",
            "* Mathematics taught in class with his peers, with extension tasks planned by the class teacher.",
            "## Writing and physical",
            "* A sloping writing board and a pencil grip, provided by school; the special educational needs co-ordinator (SENCo) will check they are in place each half term.",
            "* A laptop for longer writing tasks from January 2027, provided by school and set up by the school's computing technician.",
            "* Touch-typing programme, 15 minutes four times a week, 1:1 with a teaching assistant, for two terms then review.",
            "* Differentiated writing tasks: the class teacher will reduce the amount of copying and provide writing frames in every lesson that involves writing.",
            "* Access arrangements for end of key stage assessments and school tests: 25% extra time and rest breaks, arranged by the SENCo.",
            "## Self-care and physical education",
            "* A teaching assistant will practise coat, zip and lunchbox skills with Ibrahim for 10 minutes before each lunchtime and home time, following the occupational therapist's programme in Section G.",
            "* PE lessons adapted by the PE teacher following the physiotherapist's advice, with a teaching assistant present in every PE lesson.",
            "* A place at the school's after-school football club (Tuesdays, 1 hour), with the club coach briefed by the SENCo on Ibrahim's balance and fatigue.",
        ],
        "G": [
            "## Physiotherapy",
            "Children's Physiotherapist, Calderbrook Children's Therapy Service: a school visit every half term (1 hour) to review Ibrahim's stretching programme and his orthosis, and to advise the PE teacher. The physiotherapist will train his teaching assistant in his stretching programme (45 minutes, at the start of each term).",
            "Daily stretches for 10 minutes at lunchtime, carried out by his teaching assistant.",
            "## Occupational therapy",
            "Children's Occupational Therapist, Calderbrook Children's Therapy Service: will work with Ibrahim in school once a week for 30 minutes for 10 weeks from November 2026, then review, delivering a fine motor and handwriting programme to improve his pencil control, two-handed skills and dressing. The occupational therapist will write a daily practice programme for his teaching assistant and train them to deliver it (1 hour).",
            "## Orthotics",
            "Right ankle-foot orthosis provided and reviewed every 6 months by the Orthotist, Calderbrook Royal Infirmary Orthotics Department; replaced as Ibrahim grows.",
            "## Community paediatrician",
            "Dr Harding will review Ibrahim's cerebral palsy once a year in clinic, alongside his annual looked after child health review.",
            "**Health agreement:** The provision in this section was reviewed and agreed by Dr Farah Qureshi, Designated Clinical Officer, Calder and Irwell Integrated Care Board, 9 October 2026.",
        ],
        "H1": [
            "None.",
        ],
        "H2": [
            "None.",
        ],
        "I": [
            "Moorside Primary School – mainstream community primary school.",
        ],
        "J": [
            "Not applicable.",
        ],
        "K": [
            ("table", ["Advice or information", "Given by", "Date"], [
                ["Ibrahim's views", "Gathered by Miss Carter, Class Teacher, with Mrs Walsh, Foster Carer", "10 September 2026"],
                ["Foster carers' views", "Mr and Mrs Walsh, Foster Carers", "10 September 2026"],
                ["Educational advice", "Mrs Deborah Lane, SENCo, Moorside Primary School", "4 September 2026"],
                ["Psychological advice", "Dr Kamran Hussain, Educational Psychologist, Calderbrook Educational Psychology Service", "15 July 2026"],
                ["Medical advice (including initial health assessment)", "Dr Lucy Harding, Community Paediatrician (Looked After Children)", "2 December 2025"],
                ["Physiotherapy advice", "Ms Kirsty Ogden, Children's Physiotherapist", "16 June 2026"],
                ["Occupational therapy advice", "Mr James Pollard, Children's Occupational Therapist", "23 June 2026"],
                ["Orthotics review", "Mr Neil Foster, Orthotist, Calderbrook Royal Infirmary", "12 May 2026"],
            ]),
        ],
    },
    "signoff": [
        "Signed on behalf of Calderbrook Metropolitan Borough Council: Lorraine Whitworth, SEND Assessment and Review Team Manager, 19 October 2026.",
    ],
}

# ====================================================================== x206 (heading2-numbered, SOUND)
X206 = {
    "id": "x206", "layout": "heading2-numbered",
    "front": [
        ("Name", "Aisha"),
        ("Month and year of birth", "February 2022"),
        ("School year", "Reception (Early Years Foundation Stage)"),
        ("Education setting", "Greenacre Community Primary School – Reception class"),
        ("Date this plan was issued", "4 November 2026"),
        ("Last reviewed", "14 October 2026 (six-monthly early years review)"),
        ("Type of plan", "Amended plan following review"),
        ("Languages at home", "Bengali and English"),
        ("EHC co-ordinator", "Nadia Begum, Special Educational Needs and Disabilities (SEND) Assessment and Review Team"),
    ],
    "sections": {
        "A": [
            "## How we found out what Aisha thinks and feels",
            "Aisha does not use words yet. Her views were gathered by the people who know her best: her key person in Reception, Mrs Rahman, who watched and recorded how Aisha responded during play over two weeks in September 2026; her mum and dad; and her Portage home visitor (a specialist early years teacher who visited her at home before she started school), whose notes from last year were shared with the family's agreement. Photographs of Aisha's favourite things were used in the review meeting so that she could show us what she liked by reaching and smiling.",
            "## What Aisha shows us she likes",
            "* Aisha laughs and kicks her legs when she hears nursery rhymes, especially \"Twinkle, Twinkle\" and \"The Wheels on the Bus\".",
            "* She reaches for shiny and crinkly things and loves the sensory tray with foil and tinsel.",
            "* She looks for her big sister when she hears her voice and smiles when her name is sung.",
            "* She shows she does not like loud sudden noises or being rushed by turning her head away and crying.",
            "* She enjoys being outdoors, especially the swing seat, and will vocalise \"ah-ah\" to ask for more.",
            "## What people like and admire about Aisha",
            "Aisha has a beautiful smile and a lovely giggle, and she has charmed everyone in her class. She is curious and wants to explore everything she can reach. She is determined, and she has worked very hard at sitting and reaching in her supportive chair. Her classmates love to sing to her, and she rewards them with smiles.",
            "## What Aisha's family say",
            "Aisha lives with her mum, dad, sister (aged 9) and brother (aged 6). Her parents gave their views at the review on 14 October 2026. Aisha's dad said: \"Aisha is our little fighter. She was very poorly as a baby and we did not know if she would come home. Now she goes to school in her uniform like her brother and sister, and that makes us so happy.\"",
            "Her mum said the family's biggest worry is Aisha becoming ill, because illness can be dangerous for her, and that everyone at school must know her emergency plan. She would like Aisha to learn to tell people what she wants and to be part of her class. Aisha sometimes sleeps for up to two hours in the afternoon when she has had a busy morning, and her parents would like school to let her rest when she is tired.",
            "## Hopes for the future",
            "* Aisha's family hope she will be able to communicate her wishes, for example by choosing between two things.",
            "* They hope she will be able to sit, use her hands to play and feed herself some food.",
            "* They want her to have friends and go to school with children from her community.",
        ],
        "B": [
            "## Communication and interaction",
            "Aisha is at an early stage of communication. She responds to familiar voices and to her name, smiles and vocalises to get attention, and cries or turns away to say no. She is beginning to look at an object she wants when offered a choice of two, but this is not yet consistent. She understands some familiar routines when they are supported by objects (for example, a cup means drink time).",
            "## Cognition and learning",
            "Aisha has global developmental delay (she is developing more slowly than other children in all areas). On the Early Years Foundation Stage (EYFS) framework she is working within the range expected of a child aged 6 to 12 months. She is beginning to understand cause and effect: she will hit a switch-operated toy to make it play music.",
            "## Social, emotional and mental health",
            "Aisha is a sociable little girl who enjoys being with other children. She becomes distressed when she is tired, hungry or unwell, and she needs adults who know her well to recognise and respond to her signals.",
            "## Sensory and/or physical needs",
            "Aisha has dystonia (involuntary muscle movements and stiffness) caused by her metabolic condition. She cannot yet sit without support and does not crawl or walk. She uses a supportive classroom chair, a floor-sitting system and a specialist buggy. She can reach and grasp with her left hand and is beginning to use her right hand. She needs full help with feeding, dressing and changing.",
        ],
        "C": [
            "Aisha's health needs were described by Dr Rachel Fenwick, Consultant in Paediatric Inherited Metabolic Disease, Northern Children's Hospital, in her advice of 9 September 2026, and by her community paediatrician and dietitian.",
            "* **Glutaric aciduria type 1:** a rare inherited metabolic condition. Aisha's body cannot break down some of the building blocks of protein (the amino acids lysine and tryptophan), and a build-up can damage the brain. She had a serious illness (a metabolic crisis) at 8 months that caused her dystonia.",
            "* **Special diet:** Aisha must have a low-protein diet with a special amino acid formula drink, measured exactly. She also takes carnitine (a supplement) twice a day at home. She has regular blood tests at the metabolic clinic.",
            "* **Emergency regimen:** if Aisha is unwell (for example, vomiting, diarrhoea or a temperature), she must start her emergency regimen (a special high-sugar drink given at set times) straight away, and her parents must be contacted. If she cannot keep the drinks down, she must go to hospital immediately with her emergency letter.",
            "* **Feeding:** Aisha eats puréed and mashed low-protein food from a spoon and drinks her formula from a free-flow cup. She has a gastrostomy (a feeding tube into her stomach) for top-up feeds overnight at home and for her emergency regimen if she will not drink. Her swallow was assessed in July 2026 and is safe with her current textures.",
            "* **Dystonia:** managed by the neurology team with medication (trihexyphenidyl) given at home, and by careful positioning.",
            "* **Hearing and vision:** Aisha has no difficulty with her hearing or her eyesight (both checked in June 2026), but her dystonia makes it hard for her to hold her head still to look at things, so objects need to be held at her eye level.",
        ],
        "D": [
            "## Social care assessment",
            "Aisha has a child in need plan with the Children with Disabilities Team because of the level of care she needs at home. Her social worker, Ms Joanne Pickles, gave social care advice for this review on 2 October 2026 and attended the review meeting. The child in need plan was last reviewed on 22 September 2026 and is reviewed every three months.",
            "## Aisha's social care needs",
            "Aisha needs an adult with her at all times, and all her care must follow her diet and emergency plans. Her parents share her care, including overnight tube feeds, and they are often tired. They have little time with their older children. The child in need plan identifies a need for a break for the family and for support with specialist equipment at home.",
            "## How the child in need plan and this plan work together",
            "The social worker and the EHC co-ordinator agreed the outcomes and provision in this plan together at the review meeting, so that the home sitting service (Section H1) uses the same communication approaches and care plans as school. The child in need review and the EHC plan review will be held on the same day where possible, and the social worker will share the child in need plan with school each time it is updated.",
        ],
        "E": [
            "Aisha's outcomes are written for the end of her Reception year (July 2027). Because Aisha is under five, her plan will be reviewed every six months, next in April 2027.",
            "## Communication",
            "By July 2027, Aisha will choose between two objects (for example, a cup for drink or a bell for music) by looking at or reaching for the one she wants, on at least 8 out of 10 opportunities over a week, recorded by her key person on her communication chart.",
            "## Play and learning",
            "By July 2027, Aisha will use a switch to start and stop a toy or song, pressing it again when it stops, on 4 out of 5 sessions, recorded in her learning journal by her key person.",
            "## Physical",
            "By July 2027, Aisha will sit in her floor-sitting system with her head up and reach across her middle to take a toy with her right hand, on 3 out of 5 attempts in a session, recorded by her physiotherapist each half term.",
            "## Eating and drinking (good health)",
            "By July 2027, Aisha will hold and bring a cup with two handles to her mouth and take a drink of her formula with an adult steadying the cup, at every snack time for a week, recorded by her key person.",
            "## Being part of her class",
            "By July 2027, Aisha will join her class for carpet time and the whole of one song session each day, showing she is taking part (smiling, vocalising or moving to the music) on 4 days out of 5, recorded by her class teacher.",
        ],
        "F": [
            "## Staffing and teaching",
            "* A specialist support assistant, 1:1 for the whole school day (9am to 3.15pm, five days a week), trained in Aisha's communication approaches, moving and handling, her diet plan, gastrostomy care and her emergency regimen. Where the support assistant is absent, a second trained assistant named by the special educational needs co-ordinator (SENCo) will cover.",
            "* Aisha's key person will plan a personalised curriculum based on the EYFS and the Engagement Model (a way of assessing how children with complex needs explore and take part), reviewed each half term with the SENCo.",
            "## Communication (Communication; Being part of her class)",
            "* Objects of reference (real objects used to stand for activities) used with Aisha at every change of activity, by all staff who work with her.",
            "* Choice-making practice, 1:1 with her support assistant, 10 minutes three times a day.",
            "* Speech and language therapist, Calderbrook Children's Therapy Service: will see Aisha on her own in school for 30 minutes every Monday for 6 weeks in the autumn term and 6 weeks in the spring term, then review; and will train her support assistant and key person in choice-making and switch use (1 hour, autumn term 2026).",
            "* Song and story sessions with her class every day (15 minutes), with her support assistant helping her to join in.",
            "## Cognition and learning (Play and learning)",
            "* Switch-adapted toys and a single-message switch, provided by school. The SENCo will check the switches and toys each half term and replace batteries and broken items within one week.",
            "* Cause-and-effect play, 1:1 with her support assistant, 15 minutes daily.",
            "## Physical (Physical; Eating and drinking)",
            "* Occupational therapist, Calderbrook Children's Therapy Service: one visit each half term (1 hour) to work with Aisha on reaching and hand use during play and at snack time, and to update her play and positioning programme for staff.",
            "* Reaching and hand-use activities from the occupational therapist's programme, 10 minutes twice daily, with her support assistant.",
            "* Cup-drinking practice with a two-handled cup at every snack time, supported by her support assistant following the speech and language therapist's eating and drinking plan.",
            "* Supportive classroom chair, floor-sitting system and changing bench, provided by the Calderbrook Children's Equipment Service and checked every six months by its technical officer.",
            "## Rest",
            "* A quiet rest area in the classroom with a mat and positioning equipment, with a rest of at least 30 minutes after lunch each day, supervised by her support assistant.",
        ],
        "G": [
            "## Metabolic care",
            "* Metabolic Dietitian, Northern Children's Hospital Inherited Metabolic Disease Team: will write and update Aisha's diet plan and emergency regimen, and will train school staff who support her (1 hour in school at the start of each term, and within two weeks of any change to the plan).",
            "* Consultant in Paediatric Inherited Metabolic Disease: clinic review every three months, including blood tests.",
            "* Community Children's Nursing Team: a nurse will train Aisha's support assistants and key person in gastrostomy care and giving the emergency regimen by tube (2 hours, each September and for any new staff), and will check their competence every six months.",
            "## Physiotherapy",
            "* Children's Physiotherapist, Calderbrook Children's Therapy Service: will see Aisha in school for 45 minutes every fortnight to work on her sitting and head control, and to update her positioning programme. The physiotherapist will train her support assistant in her stretches and positioning (1 hour, each term).",
            "* Stretches and standing: 15 minutes each morning and afternoon with her support assistant, following the physiotherapy programme.",
            "## Other health provision",
            "* Community paediatrician: six-monthly review in clinic.",
            "* Neurology: review of her dystonia medication every six months by the paediatric neurologist at Northern Children's Hospital.",
            "* Speech and language therapist (eating and drinking): review of her eating and drinking plan every six months (next due January 2027).",
            "## Health agreement",
            "The Designated Clinical Officer, Dr Farah Qureshi (Calder and Irwell Integrated Care Board), reviewed and supported the health provision in this plan on 28 October 2026.",
        ],
        "H1": [
            "* A home sitting service of 4 hours every other Saturday (10am to 2pm), provided by a sitter from Calderbrook Home Support trained by the Community Children's Nursing Team in Aisha's diet, emergency regimen and gastrostomy care. Arranged and reviewed by the Children with Disabilities Team as part of her child in need plan.",
            "* An occupational therapy assessment for home equipment and adaptations (bathing and changing) by the Calderbrook Council Children's Occupational Therapist (social care), to be completed by January 2027.",
        ],
        "H2": [
            "* Aisha's brother and sister have been referred to the Calderbrook Young Carers Service for a sibling group (fortnightly, 2 hours, term time).",
        ],
        "I": [
            "Greenacre Community Primary School – mainstream community primary school (Reception class).",
        ],
        "J": [
            "The home sitting service in Section H1 is commissioned directly by the Council. Aisha's parents were offered a direct payment for it and chose not to take one at present.",
        ],
        "K": [
            ("table", ["Advice or information", "Given by", "Date"], [
                ["Aisha's views (observation in class)", "Mrs Shabana Rahman, Key Person, Greenacre Community Primary School", "8–19 September 2026"],
                ["Parents' views", "Aisha's mum and dad, at the review meeting", "14 October 2026"],
                ["Educational advice", "Mrs Gemma Shaw, SENCo, Greenacre Community Primary School", "30 September 2026"],
                ["Portage notes (shared with family's agreement)", "Ms Lisa Kirk, Portage Home Visitor, Calderbrook Early Years Inclusion Team", "15 January 2026"],
                ["Psychological advice", "Dr Imran Sheikh, Educational Psychologist", "5 December 2025"],
                ["Medical advice (metabolic)", "Dr Rachel Fenwick, Consultant in Paediatric Inherited Metabolic Disease, Northern Children's Hospital", "9 September 2026"],
                ["Medical advice (community paediatrics)", "Dr Naila Chaudhry, Consultant Community Paediatrician", "18 August 2026"],
                ["Metabolic dietetic advice", "Ms Claire Ward, Metabolic Dietitian, Northern Children's Hospital", "9 September 2026"],
                ["Neurology letter", "Dr Peter Hale, Paediatric Neurologist, Northern Children's Hospital", "3 July 2026"],
                ["Community nursing advice", "Ms Amy Cole, Community Children's Nurse", "22 September 2026"],
                ["Physiotherapy advice", "Mr Tom Greenwood, Children's Physiotherapist", "25 September 2026"],
                ["Occupational therapy advice", "Mrs Jo Whitehead, Occupational Therapist", "25 September 2026"],
                ["Speech and language therapy advice (communication, and eating and drinking)", "Miss Amna Iqbal, Speech and Language Therapist", "11 July 2026"],
                ["Orthoptic screening report (vision)", "Mrs Sarah Lund, Orthoptist, Calderbrook Royal Infirmary", "16 June 2026"],
                ["Audiology report", "Calderbrook Children's Audiology Service", "16 June 2026"],
                ["Social care advice", "Ms Joanne Pickles, Social Worker, Children with Disabilities Team", "2 October 2026"],
            ]),
        ],
    },
    "signoff": [
        "Signed on behalf of Calderbrook Metropolitan Borough Council: Lorraine Whitworth, SEND Assessment and Review Team Manager, 4 November 2026.",
    ],
}

# ====================================================================== x207 (heading2-numbered, FAIL)
X207 = {
    "id": "x207", "layout": "heading2-numbered",
    "front": [
        ("Name", "Yusuf"),
        ("Month and year of birth", "September 2013"),
        ("School year", "Year 7"),
        ("Education setting", "Ravensfold Academy"),
        ("Date this plan was issued", "3 November 2025"),
        ("Last annual review", "14/10/2025"),
        ("Type of plan", "Amended plan following annual review (phase transfer to secondary department)"),
        ("Languages at home", "Punjabi and English"),
        ("EHC co-ordinator", "Mohammed Ashraf, SEND Assessment and Review Team"),
    ],
    "sections": {
        "A": [
            "## How Yusuf's views were gathered",
            "Yusuf's TA, Mrs Begum, gathered his views over two weeks in October 2025 using PECS, photographs and a talking mat. She also recorded what Yusuf chose to do at free time and what he moved away from.",
            "## What Yusuf told us",
            "* Yusuf put the photos of the swimming pool, the trampoline, his Lego and \"Mum\" on the happy side of the talking mat.",
            "* He put the hand dryer, the dinner hall and \"hair cut\" on the sad side.",
            "* When shown the photo of the corner shop he said \"crisps\" and \"money\" and smiled.",
            "* He handed Mrs Begum the PECS card for \"swimming\" four times during the session.",
            "## Yusuf's history",
            "Yusuf was diagnosed with autism at the age of four by the Child Development Centre. He attended the primary department at Ravensfold Academy from Reception and moved to the secondary department in September 2025. The move was planned over the summer term with visits, photographs of his new classroom and a transition book, and he settled within three weeks. He has the same TA as last year for part of each day, which has helped.",
            "## What Yusuf is good at",
            "* Yusuf builds complicated Lego models by copying the picture instructions, and he can concentrate on this for 30 minutes.",
            "* He has a brilliant memory for songs and can sing the whole of the school's leavers' song.",
            "* He is a strong swimmer and swims a width on his own.",
            "* He is affectionate with adults he knows and likes a high five.",
            "## What Yusuf's family say",
            "Yusuf lives with his mum, dad and younger brother. His parents met with the SENCo on 8 October 2025. His mum said: \"Yusuf has settled well in the secondary department and he likes his new teacher. He is happier at home than he was last year. Our biggest wish is for him to tell us what he wants and what is wrong, so that he does not get so upset.\"",
            "His dad said he would love to take Yusuf to the shops and to the mosque on a Friday, but at the moment Yusuf gets very distressed in busy places and runs off.",
            "## Hopes for the future",
            "* Yusuf's family hope he will be able to communicate what he wants and needs.",
            "* They hope he will be able to go to the shops and to the mosque with his dad calmly and safely.",
            "* They hope he will keep swimming and maybe join a club.",
        ],
        "B": [
            "## Communication and interaction",
            "Yusuf has a diagnosis of ASC and SLD. He understands simple instructions with two key words when they are given with a sign or a picture. He uses about 30 single words and his PECS book, and he is at Phase 3 of PECS (choosing between pictures). When he cannot make himself understood he may bite his hand or pull an adult's arm.",
            "## Cognition and learning",
            "Yusuf is working within the pre-key stage standards. He matches pictures and objects, sorts by colour and shape, and counts to 5. He can match numbers to 5 to groups of objects and is beginning to recognise coins. He recognises his name and the names of his family, and can find his own peg, tray and coat by his photograph and name. He learns best with a TEACCH work station, where tasks are set out in seperate trays from left to right and he puts finished work in a box.",
            "## Social, emotional and mental health",
            "Yusuf is generally happy in school but becomes anxious when routines change or when places are noisy and busy. He occassionally drops to the floor or runs off when he is overwhelmed. He likes to be near adults he knows and is beginning to sit with one other pupil at snack time.",
            "## Sensory and/or physical needs",
            "Yusuf seeks movement and deep pressure (he likes being squeezed and jumping) and avoids loud noises. His OT reports that he has sensory processing differences. His gross motor skills are good; his fine motor skills are developing.",
        ],
        "C": [
            "Yusuf's health needs were described by Dr Sarah Okafor, Consultant Community Paediatrician, in her advice of 15 September 2025.",
            "* **Autism and severe learning difficulty:** diagnosed by the Calderbrook Child Development Centre in 2017. Reviewed by the community paediatrician once a year.",
            "* **Eczema:** Yusuf has eczema on his hands and arms. He needs an emollient (moisturising) cream applied three times a day, including once at school at lunchtime. His skin becomes sore and cracked if this is missed.",
            "* Yusuf's hearing and vision were checked in 2025 and are normal.",
        ],
        "D": [
            "Social care advice was given by Mr Adrian Holt, Social Worker, CWD Team, on 2 September 2025. Yusuf needs an adult with him at all times because he has no sense of danger and may run off. His parents find it very difficult to take him out, and his younger brother often misses out on family trips. The family would benefit from short breaks in the school holidays.",
        ],
        "E": [
            "## Communication",
            "By July 2026, Yusuf will use PECS to build a sentence strip (\"I want + item\") to request snacks and activities, on 8 out of 10 opportunities at snack time, recorded by class staff on his PECS record.",
            "## Support at unstructured times",
            "Yusuf will recieve 1:1 support from a TA at lunchtime and break time.",
            "## Understanding the day",
            "Yusuf is given a visual timetable at the start of each lesson so that he knows what is happening.",
            "## Learning",
            "By July 2026, Yusuf will complete a three-step task at his work station on his own, from the first tray to the finished box, on 4 out of 5 days, recorded by his teacher.",
            "## Structure",
            "Staff will use TEACCH work systems with Yusuf every day.",
            "## Speech and language",
            "Yusuf will have weekly SALT sessions.",
            "## In the community",
            "By July 2026, Yusuf will walk with his class to the local shop, choose an item using his PECS book and hand over the money, staying with his group, on 3 out of 4 trips, recorded by his teacher.",
            "## Looking after his skin",
            "By July 2026, Yusuf will rub his own emollient cream into his hands and arms at lunchtime with one prompt, on 4 days out of 5, recorded on his care chart by class staff.",
        ],
        "F": [
            "## Communication and interaction",
            "* A class of no more than 8 pupils with a teacher and three TAs, all trained in PECS Level 1.",
            "* PECS teaching 1:1 with a TA, 10 minutes three times daily, following the SALT's programme.",
            "* SALT, Calderbrook Children's Therapy Service: 30 minutes 1:1 with Yusuf every Wednesday for 8 weeks each term, and a 1-hour programme review with class staff at the end of each block.",
            "* Makaton signing used by all class staff throughout the day.",
            "## Cognition and learning",
            "* TEACCH work station in class, set up by his teacher. Yusuf will work at it 1:1 with a TA for 20 minutes twice daily.",
            "* A visual timetable and now-and-next board, updated by class staff before each lesson.",
            "* Number and money work in a group of no more than 4 pupils, 20 minutes daily, led by the class teacher.",
            "## Social, emotional and mental health",
            "* 1:1 TA support at lunchtime and break time every day (1 hour 15 minutes), from a TA who knows Yusuf well.",
            "* A quiet low-arousal enviroment for lunch: Yusuf will eat in the small dining room with no more than 6 pupils.",
            "* Social story written by the class teacher before every community visit and change of routine.",
            "* Community visit to the local shop with his class group (no more than 6 pupils, 1:2 staffing), 1 hour every Thursday.",
            "## Sensory and physical",
            "* OT, Calderbrook Children's Therapy Service: sensory assessment and a written sensory diet, with a 1-hour review visit each half term.",
            "* Sensory circuit 15 minutes each morning and a movement break of 5 minutes every hour, delivered by a TA following the OT's sensory diet.",
            "* Swimming lesson each week (30 minutes) with his class, with a TA in the water.",
        ],
        "G": [
            "* **Eczema:** emollient cream applied at lunchtime every school day by class staff, as prescribed by Yusuf's GP. The school nurse, Calderbrook 0-19 Service, will train class staff in applying creams (30 minutes each September).",
            "* **GP:** Dr Malik will review Yusuf's eczema every 12 months.",
            "* **Community paediatrician:** annual review in clinic.",
            "**Health agreement:** agreed by Mrs Janet Fairbank, DCO, Calder and Irwell ICB, 28 October 2025.",
        ],
        "H1": [
            "* Holiday play scheme at the Oakwell Short Break Centre, 4 days in each school holiday except Christmas (10am to 3pm), with 1:1 staffing, arranged by the CWD Team.",
        ],
        "H2": [
            "None.",
        ],
        "I": [
            "Ravensfold Academy – academy special school for pupils with SLD and autism (secondary department).",
        ],
        "J": [
            "No personal budget has been requested.",
        ],
        "K": [
            ("table", ["Advice", "From", "Date"], [
                ["Yusuf's views", "Mrs Begum, TA, Ravensfold Academy", "October 2025"],
                ["Parents' views", "Yusuf's mum and dad, meeting with the SENCo", "8 October 2025"],
                ["Educational advice", "Mr Gareth Pilling, Class Teacher, and Mrs Rachel Shaw, SENCo, Ravensfold Academy", "6 October 2025"],
                ["Psychological advice", "Dr Helen Marsden, EP", "11 March 2025"],
                ["Medical advice", "Dr Sarah Okafor, Consultant Community Paediatrician", "15 September 2025"],
                ["GP letter", "Dr Yasir Malik, GP, Northgate Surgery", "20 August 2025"],
                ["School nursing", "Ms Jane Crowther, School Nurse, Calderbrook 0-19 Service", "29 September 2025"],
                ["SALT advice", "Ms Leanne Clegg, SALT", "12 June 2025"],
                ["OT advice", "Mrs Anna Nowak, OT", "19 June 2025"],
                ["Social care advice", "Mr Adrian Holt, Social Worker, CWD Team", "2 September 2025"],
            ]),
        ],
    },
    "signoff": [
        "Signed on behalf of Calderbrook Metropolitan Borough Council: Lorraine Whitworth, SEND Assessment and Review Team Manager, 3 November 2025.",
    ],
}

# ====================================================================== x208 (heading2-numbered, SOUND)
X208 = {
    "id": "x208", "layout": "heading2-numbered",
    "front": [
        ("Name", "Safiya"),
        ("Age", "24 (born March 2002)"),
        ("Education phase", "Post-19 – third and final year"),
        ("Education setting", "Pennine Pathways College (specialist post-19 college)"),
        ("Date this plan was issued", "8 July 2026"),
        ("Last annual review", "16 June 2026"),
        ("Type of plan", "Amended plan following annual review"),
        ("Languages at home", "Urdu, Punjabi and English"),
        ("EHC co-ordinator", "Nadia Begum, Special Educational Needs and Disabilities (SEND) Assessment and Review Team"),
    ],
    "sections": {
        "A": [
            "## My views",
            "Safiya talks in short phrases and uses Makaton signs (signs and symbols used alongside speech). She gave her views to her key worker at college, Ms Farooq, over three sessions in May 2026, using photographs of her week and a symbol board. Ms Farooq wrote down Safiya's own words; the words in brackets were signed.",
            "> \"I like college. I like café. Wiping tables. Saying hello.\"",
            "> \"I like Friday (disco). I like my friend Laura. Laura my best friend.\"",
            "> \"Mum help me. I want do it myself.\"",
            "> \"Seizures – no. Don't like. Tired after.\"",
            "> \"Next year (work) café. Money. Buy clothes.\"",
            "## What people like and admire about Safiya",
            "* She is friendly and polite and always says hello to everyone in the café.",
            "* She is hard-working and likes to finish her jobs properly.",
            "* She loves music and dancing and knows the words to lots of songs.",
            "* She is a good friend and notices when her friends are sad.",
            "## What my family say",
            "Safiya lives with her mum and dad and her younger brother. Her parents spoke with the EHC co-ordinator at the annual review on 16 June 2026. Her mum said: \"Safiya has grown up so much at college. Two years ago she would not speak to anyone she did not know. Now she serves customers in the café. We are so proud of her.\"",
            "Her parents are worried about what will happen when college ends in July 2027. They want Safiya to have something meaningful to do every day, ideally some paid or voluntary work, and to keep her friends. They would like her to learn to do more for herself at home, such as making her own lunch. They are keen for her to stay living at home for now, but want her to be ready to live with support in the future.",
            "## Hopes for the future",
            "* Safiya wants to work in a café and earn her own money to buy clothes.",
            "* She wants to keep seeing her friend Laura and go to the Friday disco.",
            "* Her family hope she will have meaningful daytime activities after college, with some work, and that she will one day live in supported accommodation near the family.",
            "## My story",
            "Safiya has Pitt-Hopkins syndrome, a rare genetic condition that causes a severe learning difficulty, differences in breathing, and epilepsy. She went to Highcliffe Hill School until she was 19 and has been at Pennine Pathways College since September 2024. This is her final year: her EHC plan will cease at the end of the 2026 to 2027 academic year, as she turns 25 in March 2027.",
        ],
        "B": [
            "## Communication and interaction",
            "Safiya uses two- and three-word phrases, supported by Makaton signs, with familiar people. She is less confident with unfamiliar people and may go quiet or look to staff to speak for her. She understands instructions with three key words in familiar settings and needs extra time to process what is said. She recognises about 50 symbols and uses a symbol board for choosing.",
            "## Cognition and learning",
            "Safiya has a severe learning difficulty. She reads around 40 words by sight and recognises coins, but she cannot yet work out change. She follows picture sequences of up to 5 steps. She learns best through practical tasks repeated in the same way, in the real setting where she will use the skill.",
            "## Social, emotional and mental health",
            "Safiya is sociable and enjoys the company of friends. She becomes anxious in crowded or noisy places and when her routine changes without warning. She can become tearful after a seizure and needs quiet time to recover.",
            "## Sensory and/or physical needs",
            "Safiya walks independently but tires on long walks. Her fine motor skills are good enough to use cutlery, wipe tables and spread butter, but she finds buttons and opening packets difficult.",
            "## Preparing for adulthood",
            "Safiya has made good progress in work skills at the college café and can carry out three set tasks with prompts. She has not yet travelled without a familiar adult, and needs support to manage money and plan her day.",
        ],
        "C": [
            "Safiya's health needs were described by Dr Martin Kaye, Consultant Neurologist, in his advice of 20 April 2026, and by her epilepsy specialist nurse.",
            "* Safiya has no difficulty with eating and drinking, but she has epilepsy. She has focal seizures (she stares and picks at her clothes for about a minute) two or three times a week, and tonic-clonic seizures (she falls, stiffens and jerks) about once a month. Seizures lasting more than five minutes need buccal midazolam (rescue medication given into the side of the mouth). She takes two anti-seizure medicines, one of them at lunchtime. She has a seizure care plan.",
            "* **Breathing pattern:** as part of Pitt-Hopkins syndrome, Safiya sometimes breathes very fast and then holds her breath, particularly when excited or anxious. This is not harmful and settles on its own, but staff need to know about it so that it is not confused with a seizure.",
            "* **General health:** Safiya has an annual learning disability health check with her GP (general practitioner) and a health action plan.",
        ],
        "D": [
            "Safiya's social care needs were assessed under the Care Act 2014 by Mr Kieran Lowe, Social Worker, Calderbrook Adult Social Care (Learning Disability Team), on 28 April 2026. The assessment found that Safiya is eligible for support because she needs help with personal care, meal preparation, managing money, keeping safe in the community and keeping up friendships, and because her parents need regular breaks from caring. Mr Lowe attended the annual review and will lead her transition planning for when college ends in July 2027, working with the EHC co-ordinator.",
        ],
        "E": [
            "Safiya's outcomes prepare her for adult life and the end of college in July 2027. They are reviewed each term by her tutor and formally at her annual review.",
            "## Employment – work at the café",
            "Building on Safiya's wish to \"work café\" and earn money.",
            "By July 2027, Safiya will receive a positive end-of-placement report from her supervisor at the Calderbrook Community Café, having completed her three set tasks (wiping tables, setting out cutlery and greeting customers) with no more than one prompt on 8 out of 10 shifts, as recorded in her work placement log.",
            "## Employment – a daytime plan after college",
            "By June 2027, Safiya will have an offer of a place at a day opportunity that includes volunteering or work, chosen by her after visiting at least three options and telling her social worker which she prefers, using photographs and her own words.",
            "## Independent living – making lunch",
            "By July 2027, Safiya will make her own lunch (a sandwich and a drink) using a picture recipe, with no more than one verbal prompt, on 4 out of 5 college days, as recorded by her tutor.",
            "## Friends, relationships and community",
            "By July 2027, Safiya will go to the Thursday evening social club at Calderbrook Arts Centre with her personal assistant and stay for the whole session, on 8 out of 10 weeks each term, as recorded in her personal assistant's diary.",
            "## Good health – managing my epilepsy",
            "By July 2027, Safiya will take her lunchtime medicine from her dosette box (a pill organiser) with one prompt every college day, and will show staff her \"I feel funny\" sign whenever she has a warning of a seizure, as recorded on her medication and seizure records.",
            "## Communication – talking to new people",
            "By July 2027, Safiya will use a phrase of three words or more, with signs, to make a request or comment to an unfamiliar person (for example, a café customer) on 4 out of 5 observed occasions, recorded by her job coach each half term.",
        ],
        "F": [
            "## Study programme",
            "* A place at Pennine Pathways College for three days a week (Monday, Tuesday and Thursday, 9.30am to 3pm), 36 weeks a year, in a class of no more than 8 students with a tutor qualified in teaching adults with learning disabilities and two learning support assistants.",
            "* September 2026: Safiya's tutor will agree her personal learning programme with her, built around her outcomes, and review it with her each term.",
            "## Work placement (Employment outcomes)",
            "* A work placement at the Calderbrook Community Café, two mornings a week (Wednesday and Friday, 9.30am to 12.30pm), supported 1:1 by a job coach trained in systematic instruction (a step-by-step method for teaching work tasks). The job coach will reduce support as Safiya becomes more independent, following a written fading plan reviewed each half term.",
            "* From January 2027, the college transition co-ordinator will arrange visits to at least three day opportunities (one half-day visit to each, accompanied by her key worker) and meet her social worker twice in the spring term to plan the move.",
            "## Communication (Communication and Employment outcomes)",
            "* Speech and language therapist, Pennine Pathways College therapy team: a 45-minute session with Safiya on her own every Tuesday in the autumn term, working on phrases for the café and for meeting new people, followed by a half-termly 30-minute session in the spring and summer terms.",
            "* The speech and language therapist will give her job coach and tutor one hour of training in her communication programme in September 2026.",
            "* Makaton signing by all staff who work with her, and a symbol board at the café till, made by the speech and language therapist.",
            "## Independent living (Independent living outcome)",
            "* Lunch-making teaching in the college training flat, 1:1 with a learning support assistant, every college day (30 minutes), using picture recipes prepared by her tutor.",
            "* Money skills in a group of no more than 4 students, 45 minutes twice a week, led by her tutor.",
            "## Good health (Good health outcome)",
            "* Medication routine: a learning support assistant trained in medication administration will prompt and supervise Safiya's lunchtime medicine every college day and record it.",
            "* A staff member trained in her seizure care plan and in buccal midazolam with her at all times in college and at her work placement.",
        ],
        "G": [
            "* **Epilepsy Specialist Nurse, Calderbrook Adult Learning Disability Service:** will review Safiya's seizure care plan every six months (next due December 2026), and will train college staff and her job coach in her seizure care plan, buccal midazolam and how to recognise her breathing pattern (2 hours each September, with a 1-hour refresher in January).",
            "* **Consultant Neurologist:** Dr Kaye will review Safiya in the neurology clinic every 12 months, and sooner if her seizures increase.",
            "* **GP:** annual learning disability health check and health action plan review, by Dr Rashid Ahmed at Moorside Medical Practice.",
            "* **Community learning disability nurse:** will support Safiya and her family with the move to adult day services in the summer term 2027, including writing a health passport (a short document about her health needs for new staff), with three visits of one hour.",
            "## Health agreement",
            "The health provision in this section was confirmed by Dr Emma Nuttall, Designated Clinical Officer (Adults), Calder and Irwell Integrated Care Board, on 2 July 2026.",
        ],
        "H1": [
            "Not applicable. Safiya is over 18, and her social care provision is made under the Care Act 2014 (see Section H2).",
        ],
        "H2": [
            "* A personal assistant for 6 hours a week (Thursday evening social club, 3 hours, and a Saturday community outing, 3 hours), funded through a direct payment (see Section J).",
            "* Overnight short breaks at Holme Lane (adult short break service): 14 nights a year, booked by her parents with the service.",
            "* Transition planning for after college, led by Mr Lowe, Social Worker, with a transition review meeting in March 2027.",
        ],
        "I": [
            "Pennine Pathways College – a specialist post-19 college (independent specialist post-16 institution approved under section 41 of the Children and Families Act 2014).",
        ],
        "J": [
            "Safiya's parents manage a direct payment on her behalf of £105 a week for her personal assistant (Section H2), paid by Calderbrook Adult Social Care. There is no personal budget for the education or health provision.",
        ],
        "K": [
            ("table", ["Advice or information", "Given by", "Date"], [
                ["Safiya's views", "Safiya, recorded by Ms Sadia Farooq, Key Worker, Pennine Pathways College", "5, 12 and 19 May 2026"],
                ["Parents' views", "Safiya's mum and dad, annual review meeting", "16 June 2026"],
                ["Educational advice", "Mr Peter Sands, Tutor, Pennine Pathways College", "2 June 2026"],
                ["Psychological advice", "Dr Owen Pratt, Educational Psychologist, Calderbrook Educational Psychology Service", "13 October 2025"],
                ["Medical advice", "Dr Martin Kaye, Consultant Neurologist, Calderbrook Royal Infirmary", "20 April 2026"],
                ["Epilepsy nursing advice", "Mr David Parkin, Epilepsy Specialist Nurse, Adult Learning Disability Service", "11 May 2026"],
                ["GP summary and health action plan", "Dr Rashid Ahmed, General Practitioner, Moorside Medical Practice", "14 April 2026"],
                ["Community learning disability nursing advice", "Ms Rachel Birch, Community Learning Disability Nurse", "6 May 2026"],
                ["Speech and language therapy advice", "Ms Beth Naylor, Speech and Language Therapist, Pennine Pathways College", "21 May 2026"],
                ["Social care advice (Care Act assessment)", "Mr Kieran Lowe, Social Worker, Calderbrook Adult Social Care", "28 April 2026"],
                ["Preparing for adulthood advice", "Mrs Helen Dyer, Transition Co-ordinator, Pennine Pathways College", "2 June 2026"],
                ["Work placement report", "Mr Joe Radcliffe, Supervisor, Calderbrook Community Café", "29 May 2026"],
            ]),
        ],
    },
    "signoff": [
        "Signed on behalf of Calderbrook Metropolitan Borough Council: Lorraine Whitworth, SEND Assessment and Review Team Manager, 8 July 2026.",
    ],
}

# ====================================================================== x209 (shaded-heading-table, FAIL)
X209 = {
    "id": "x209", "layout": "shaded-heading-table",
    "front": [
        ("Name", "Rehan"),
        ("Month and year of birth", "February 2020"),
        ("School year", "Year 2"),
        ("Education setting", "Highcliffe Hill School"),
        ("Date this plan was issued", "2 November 2026"),
        ("Last annual review", "12 October 2026"),
        ("Type of plan", "Amended plan following annual review"),
        ("Languages at home", "Urdu and English"),
        ("EHC co-ordinator", "Shazia Rafiq, Special Educational Needs and Disabilities (SEND) Assessment and Review Team"),
    ],
    "sections": {
        "A": [
            "## How we found out what Rehan thinks (observation and play)",
            "Rehan does not use words. His class teacher, Mrs Holroyd, and his teaching assistant, Mr Khan, watched him during play, lunch and outdoor sessions over two weeks in September 2026 and recorded what he chose, what made him smile and what he pushed away. Photographs of these moments were shared at his review.",
            "## What Rehan shows us",
            "* Rehan enjoy water play and he laughs and splashes whenever he is near the water tray.",
            "* He gives an big smile when he hears music with a strong beat, and he bounces in his chair.",
            "* He likes to to bang the drum in music sessions and will reach for the beater.",
            "* He pushes away food he does not like and turns his head from loud voices.",
            "* He reaches for Mr Khan's hand when he wants to go outside.",
            "## What people like and admire about Rehan",
            "Rehan is a happy, affectionate boy with an infectious laugh. He loves being with people and will crawl over to join other children. He is curious and determined, and he has recently started to pull himself up to stand at the furniture.",
            "## What Rehan's family say",
            "Rehan and his brother lives with their mum. Mum gave her views at the review on 12 October 2026: \"Rehan is a joy. He is always laughing. I want him to walk and to tell me what he wants. There are times when he doesn't sleep and I am exhausted.\"",
            "## Hopes for the future",
            "* Mum hopes Rehan will walk on his own.",
            "* She hopes he will be able to tell people what he wants, using signs or pictures.",
            "* She wants him to be happy and to have friends at school.",
            "## Rehan's history",
            "Rehan was diagnosed with Angelman syndrome (a rare genetic condition that affects development, speech and movement) when he was 18 months old, after tests by the genetics service. He had early support at home from the Portage service and attended the assessment nursery at Highcliffe Hill School from the age of three. He started in the Reception class at Highcliffe Hill School in September 2024 and moved into Year 2 this term, where he has settled well with the same teaching assistant as last year.",
            "## A typical day for Rehan",
            "Rehan travels to school by council transport with a passenger assistant. He arrives at about 9am and is greeted by Mr Khan, who helps him out of his car seat and into his walking frame for the short walk to class. Mornings start with a sensory circuit, followed by a song session, choosing time and a small-group activity. Rehan has a snack at 10.30am and enjoys fruit and crackers. After lunch he often needs a quiet time on a beanbag. He finishes the day with outdoor play or a water session, which he loves. Staff share a home-school diary with his mum every day.",
            "Rehan and his older brother have been subject to child protection plans since June 2026, under the category of neglect.",
        ],
        "B": [
            "## Communication and interaction",
            "Rehan does not use speech. He communicates by reaching, pulling an adult's hand, laughing and crying. He is beginning to look at a photograph when it is offered with a real object. He understands some familiar words in routines, such as \"dinner\" and \"coat\".",
            "## Cognition and learning",
            "Rehan is working at an early stage of development. He explores objects by mouthing and banging them and is beginning to understand cause and effect. His attention is very short, usually less than a minute, unless he is doing a favourite activity.",
            "Using the Engagement Model (the school's way of assessing how pupils with complex needs explore and take part in learning), his teacher reports that Rehan now anticipates familiar songs, reaches for objects that interest him and sometimes persists with a toy when it stops working. He responds best to short activities with lots of movement and music, repeated in the same way each day, and learns well from watching other children.",
            "## Social, emotional and mental health",
            "Rehan is very sociable and wants to be near other people. Their are times when he becomes overexcited and grabs or pulls hair. He finds it hard to wait.",
            "## Sensory and/or physical needs",
            "Rehan crawls and can stand holding on to furniture. He walks a few steps with both hands held. His balance is poor and he uses a walking frame for short distances. He seeks movement and puts objects in his mouth.",
            "His fine motor skills are developing: he can pick up large objects with a whole-hand grasp and bang two objects together, but he cannot yet release objects into a container with control. He needs full help with dressing, washing and changing, and he is fed with a spoon and drinks from a cup with a lid, with an adult helping.",
        ],
        "C": [
            "Rehan's health needs were described by Dr Naila Chaudhry, Consultant Community Paediatrician, on 8 September 2026.",
            "* **Epilepsy:** Rehan has epilepsy linked to Angelman syndrome. He has absence seizures daily and has had two tonic-clonic seizures this year. He takes sodium valproate at home and has buccal midazolam (rescue medication) in school for seizures lasting more than five minutes.",
            "* **Sleep:** Rehan sleeps for only four to five hours a night. He takes melatonin prescribed by Dr Chaudhry.",
            "* **Continence:** Rehan is not toilet trained. He wears pads day and night and needs changing about five times during the school day. He often has constipation. The Children's Continence Service (Mrs Julie Sharp, Continence Nurse) assessed him on 4 September 2026 and recommends a daily timed toileting programme in school, a laxative prescribed by his GP (general practitioner), and a regular supply of pads.",
            "* **Mobility:** Rehan's walking is delayed; he is under the care of the children's physiotherapist.",
        ],
        "D": [
            "No social care needs identified.",
        ],
        "E": [
            ("table", ["Outcome", "How we will know", "Links to"], [
                ["By July 2027, Rehan will walk 10 metres along the school corridor holding one adult's hand, on 4 out of 5 attempts.", "Recorded by the physiotherapist each half term and by class staff weekly.", "Mum's hope that Rehan will walk on his own"],
                ["By July 2027, Rehan will choose between two photographs to ask for an activity (for example, water play or music), on 7 out of 10 opportunities.", "Recorded on his communication chart by his teaching assistant.", "Mum's hope that he will tell people what he wants"],
                ["Staff will take Rehan to a sensory circuit every morning.", "Sensory circuit record.", "Concentration"],
                ["Rehan will be given a single-message switch so he can say \"more\" at snack time.", "Switch in place.", "Communication"],
                ["By July 2027, Rehan will play alongside another child at the water tray or sand tray for 5 minutes without grabbing, on 3 out of 4 sessions.", "Recorded by his class teacher in his learning journal.", "Mum's wish for him to have friends"],
            ]),
        ],
        "F": [
            ("table", ["Provision", "How often and how long", "Delivered by", "Outcome"], [
                ["Class of no more than 6 pupils, with a teacher and three teaching assistants, following a sensory curriculum", "Full time, 5 days a week", "Class teacher (qualified teacher with specialist training in severe and profound learning difficulties)", "All"],
                ["Choice-making with photographs and objects", "1:1, 10 minutes three times a day", "Teaching assistant trained by the speech and language therapist", "Communication"],
                ["Speech and language therapy: assessment, programme writing and direct work on photograph choice", "45 minutes on his own every other Thursday during term time, plus one hour of staff training each autumn term", "Speech and language therapist, Calderbrook Children's Therapy Service", "Communication"],
                ["Single-message switch for requests at snack time", "Every snack time", "Provided and programmed by the class teacher", "Communication"],
                ["Sensory circuit (movement, balance and calming activities)", "15 minutes every morning", "Teaching assistant, following the occupational therapist's programme", "Attention"],
                ["Occupational therapy review of sensory programme", "1 hour visit each half term", "Occupational therapist, Calderbrook Children's Therapy Service", "Attention"],
                ["Supported play at the water and sand trays with one other child", "15 minutes daily", "Teaching assistant", "Playing with others"],
                ["Walking practice with his walking frame and hand-held walking", "10 minutes twice daily", "Teaching assistant trained by the physiotherapist", "Walking"],
            ]),
        ],
        "G": [
            ("table", ["Health provision", "How often and how long", "Provided by"], [
                ["Training of school staff in Rehan's epilepsy care plan and buccal midazolam", "2 hours each September and for new staff; 1-hour refresher each February", "Epilepsy Specialist Nurse, Calderbrook Children's Epilepsy Service"],
                ["Review of Rehan's epilepsy care plan", "Every 6 months", "Epilepsy Specialist Nurse"],
                ["Physiotherapy: walking and balance programme, and direct work with Rehan", "45 minutes in school every other week; programme updated each term", "Children's Physiotherapist, Calderbrook Children's Therapy Service"],
                ["Review of epilepsy, sleep and medication", "Every 6 months in clinic", "Dr Naila Chaudhry, Consultant Community Paediatrician"],
            ]),
            "**Health agreement:** reviewed and agreed by Dr Farah Qureshi, Designated Clinical Officer, Calder and Irwell Integrated Care Board, on 27 October 2026.",
        ],
        "H1": [
            "None.",
        ],
        "H2": [
            "None.",
        ],
        "I": [
            "Highcliffe Hill School – community special school for pupils aged 2 to 19 with severe, profound and multiple learning difficulties.",
        ],
        "J": [
            "No personal budget has been requested.",
        ],
        "K": [
            ("table", ["Advice", "Given by", "Date"], [
                ["Rehan's views (observation)", "Mrs Holroyd, Class Teacher, and Mr Khan, Teaching Assistant, Highcliffe Hill School", "September 2026"],
                ["Parent's views", "Rehan's mum, at the annual review", "12 October 2026"],
                ["Educational advice", "Mrs Holroyd, Class Teacher, Highcliffe Hill School", "1 October 2026"],
                ["Psychological advice", "Dr Kamran Hussain, Educational Psychologist", "20 February 2026"],
                ["Medical advice", "Dr Naila Chaudhry, Consultant Community Paediatrician", "8 September 2026"],
                ["Epilepsy nursing advice", "Ms Carol Whiteley, Epilepsy Specialist Nurse", "15 September 2026"],
                ["Continence assessment", "Mrs Julie Sharp, Continence Nurse, Children's Continence Service", "4 September 2026"],
                ["Physiotherapy advice", "Ms Kirsty Ogden, Children's Physiotherapist", "10 September 2026"],
                ["Speech and language therapy advice", "Ms Leanne Clegg, Speech and Language Therapist", "17 September 2026"],
                ["Occupational therapy advice", "Mr James Pollard, Occupational Therapist", "17 September 2026"],
            ]),
        ],
    },
    "signoff": [
        "Signed on behalf of Calderbrook Metropolitan Borough Council: Lorraine Whitworth, SEND Assessment and Review Team Manager. Date: 2 November 2026.",
    ],
}

# ====================================================================== x210 (shaded-heading-table, SOUND)
X210 = {
    "id": "x210", "layout": "shaded-heading-table",
    "front": [
        ("Name", "Amira"),
        ("Month and year of birth", "November 2010"),
        ("School year", "Year 10 (Key Stage 4)"),
        ("Education setting", "Pennine View School"),
        ("Date this plan was issued", "5 February 2026"),
        ("Last annual review", "14 January 2026"),
        ("Type of plan", "Amended plan following annual review"),
        ("Languages at home", "Urdu and English"),
        ("EHC co-ordinator", "Nadia Begum, Special Educational Needs and Disabilities (SEND) Assessment and Review Team"),
    ],
    "sections": {
        "A": [
            "## How Amira shared her views",
            "Amira uses a communication aid that she controls with a switch by her head, and partner-assisted scanning (an adult reads out choices and she signals \"yes\" by raising her eyebrows). She prepared her views with her speech and language therapist and her class teacher in January 2026, and presented them herself at her review using her communication aid. These are her words.",
            "> \"Hello everyone. I am Amira. I am 15.\"",
            "> \"I love drama. I love Little Mix and BTS. I love my nephew Zayn. He is a baby and he is funny.\"",
            "> \"I don't like when people talk about me and not to me. I don't like being hungry in the morning.\"",
            "> \"School is good. Drama is the best. I want to be in the play again.\"",
            "> \"When I leave school I want to go to college and do drama or media. I want to work in a theatre. I want to live with my friends one day, with carers.\"",
            "## What people like and admire about Amira",
            "* She is funny and clever, with a quick wit that comes across clearly through her communication aid.",
            "* She is a talented performer: she played the narrator in the school's summer production, using pre-recorded lines on her communication aid.",
            "* She is determined: she can spend up to an hour working on a message for a friend.",
            "* She is a loyal friend and a caring aunt.",
            "## What Amira's family say",
            "Amira lives with her mum, dad and older sister; her married sister and baby nephew visit most days. Her parents said at the review on 14 January 2026: \"Amira has a good brain and a big personality. We want people to see that first. We want her to go to college and have a good life, with the right care.\"",
            "Her parents would like more help to plan for life after school. They worry about Amira's weight and comfort, and want school and health staff to work closely together on her feeding.",
            "## Hopes for the future",
            "* Amira wants to go to college to study drama or media and then work in a theatre.",
            "* She wants to live with friends, with carers, when she is older.",
            "* Her family want her to go to college, stay healthy and comfortable, and be as independent as possible in making decisions about her life.",
        ],
        "B": [
            "## Communication and interaction",
            "Amira understands spoken language well and follows conversations at a level close to her age. She cannot use speech that others understand, because of her cerebral palsy. She uses a high-tech communication aid with a head switch and scanning, and a paper-based communication book with partner-assisted scanning when the aid is not available (for example, in the swimming pool). Building messages is slow; she needs people to wait and not finish her sentences unless she asks them to.",
            "## Cognition and learning",
            "Amira is working at Entry Level 2 to 3 in English and Entry Level 1 to 2 in mathematics. She has a good memory and an excellent understanding of stories and characters. She is following ASDAN (Award Scheme Development and Accreditation Network) Personal Progress and Entry Level courses. She needs extra time and adapted materials because of the physical effort of accessing her work.",
            "## Social, emotional and mental health",
            "Amira is confident and sociable. She can feel frustrated and low when she is in pain or when she is not included. She has sometimes told staff that she worries about the future.",
            "## Sensory and/or physical needs",
            "Amira has dyskinetic cerebral palsy (cerebral palsy causing involuntary movements). She uses a powered wheelchair with support and a head switch to drive. She needs full support for personal care, eating and drinking, and positioning, and uses a hoist for transfers. She needs a rest lying down during the day, and at other times when needed.",
        ],
        "C": [
            "Amira's health needs were described by Dr Naila Chaudhry, Consultant Community Paediatrician, in her advice of 3 November 2025, and by her community nurse, dietitian, physiotherapist and speech and language therapist (eating and drinking).",
            "* **Gastrostomy feeding:** most of Amira's nutrition is given through a gastrostomy (a tube into her stomach). In school she has a bolus feed (a feed given over about 20 minutes by syringe) at 10.30am and 1pm and water flushes. She enjoys small tastes of food by mouth at lunchtime as set out in her eating and drinking plan.",
            "* **Eating and drinking:** Amira's swallow is unsafe for most food and drink textures. She has an eating and drinking plan from the dysphagia speech and language therapist.",
            "* **Posture and pain:** Amira's involuntary movements cause muscle pain and tiredness. She needs a 24-hour postural management programme. Her hips are monitored by X-ray every 12 months.",
            "* **Reflux:** managed with medication given at home.",
            "* Amira has no difficulty with her vision or hearing (both checked in 2025).",
        ],
        "D": [
            "Amira's social care needs were assessed by Ms Paula Hirst, Social Worker, Children with Disabilities Team, who gave social care advice on 11 December 2025. Amira needs two carers for all transfers and personal care and an adult with her at all times. Her parents provide most of her care, including overnight repositioning, and her mother has had surgery on her shoulder this year. The family need short breaks to continue caring, and Amira needs opportunities to spend time with other young people outside school and family.",
        ],
        "E": [
            ("table", ["Outcome", "How we will know", "Preparing for adulthood area"], [
                ["By July 2027, Amira will gain the ASDAN Personal Progress Certificate and an Entry Level 3 qualification in English.", "Award certificates, confirmed by her class teacher.", "Employment and education – her aim to go to college"],
                ["By July 2027, Amira will take a speaking part in the school production and introduce herself to an audience of visitors, using messages she has prepared herself on her communication aid.", "Performance recorded by her drama teacher; Amira's own review of it at her annual review.", "Employment and education – her wish to work in a theatre"],
                ["By March 2027, Amira will tell her college interview panel, using her communication aid, which course she wants to do and why, having visited at least two colleges.", "Record of college visits and interview kept by the careers adviser.", "Employment and education"],
                ["By July 2027, Amira will direct her own personal care and her feed times, telling staff what she needs and in what order, on 4 out of 5 days.", "Recorded on her personal care chart by the staff who support her.", "Independent living"],
                ["By July 2027, Amira will attend the Friday youth club at Holly Lodge on at least 10 Fridays each term, and will plan one group outing with other young people using her communication aid.", "Youth club attendance record and Amira's photo diary.", "Friends, relationships and community"],
                ["By July 2027, Amira will tell staff using her communication aid when she is in pain or uncomfortable and what would help (for example, a change of position), every time she is asked at her three daily checks.", "Recorded on her comfort chart by class staff; checked weekly by her physiotherapist.", "Good health"],
            ]),
        ],
        "F": [
            ("table", ["Provision", "How often and how long", "Delivered by", "Outcome"], [
                ["Class of no more than 8 students with a teacher and four teaching assistants, following the Key Stage 4 pathway with ASDAN and Entry Level courses", "Full time, 32.5 hours a week", "Class teacher, a qualified teacher", "Qualifications"],
                ["Teaching assistant support for all learning, personal care and feeding", "1:1 throughout the school day, with two staff for transfers", "Teaching assistants trained in moving and handling, her communication aid, and gastrostomy feeding (trained by the community children's nurse)", "All"],
                ["Speech and language therapy to develop her use of her communication aid, including preparing messages for drama, college interviews and personal care", "45 minutes 1:1 on Mondays and Thursdays during term time", "Specialist speech and language therapist (augmentative and alternative communication), Pennine View School therapy team", "Drama; college; personal care; good health"],
                ["Communication aid, head switch and mounting: set-up, vocabulary updates and repairs", "Vocabulary updated weekly; equipment checked each half term; repairs within 3 school days", "Specialist speech and language therapist with the Regional Specialised AAC (augmentative and alternative communication) Service, which provides and maintains the equipment", "All"],
                ["Drama lessons and rehearsals for the school production", "1 hour weekly drama lesson, plus rehearsals (1 hour weekly) in the spring and summer terms", "Drama teacher, with her teaching assistant", "Drama"],
                ["Access arrangements for all assessments: 50% extra time, rest breaks and use of her communication aid, with a scribe", "All internal and external assessments", "Arranged by the Exams Officer", "Qualifications"],
                ["Careers guidance: 1:1 interviews and support with visits and applications", "Three 45-minute meetings between February and December 2026, and accompanied visits to two colleges", "Careers Adviser (Level 6 qualified), Calderbrook Careers Service", "College"],
                ["Occupational therapy: seating, use of her head switch with her communication aid, and powered wheelchair driving", "1 hour in school every half term; update of her access plan each term", "Occupational therapist, Pennine View School therapy team", "All"],
                ["Personal care teaching: practising telling staff how she wants her care done", "At each personal care routine, with a weekly 20-minute session to prepare messages with her teaching assistant", "Teaching assistant, following the speech and language therapist's plan", "Personal care"],
                ["Comfort checks using her communication aid", "Three times a day (10am, 12.30pm, 2.30pm)", "Class staff", "Good health"],
            ]),
        ],
        "G": [
            ("table", ["Health provision", "How often and how long", "Provided by"], [
                ["Training of school staff in gastrostomy care and bolus feeding, with competency checks", "3 hours each September and for new staff; competency check every 6 months", "Community Children's Nursing Team"],
                ["Review of feeding plan, weight and growth", "Every 3 months", "Paediatric Dietitian, Calderbrook Children's Nutrition and Dietetics Service"],
                ["Eating and drinking (dysphagia) assessment and plan, and training of lunchtime staff", "Review every 6 months; 45 minutes of staff training after each review", "Speech and Language Therapist (Dysphagia), Calderbrook Children's Therapy Service"],
                ["Physiotherapy: 24-hour postural management programme, pain and comfort review, and training of staff in her positioning and stretches", "45 minutes in school every other Wednesday; staff training 1 hour each term", "Children's Physiotherapist, Calderbrook Children's Therapy Service"],
                ["Daily positioning and stretching programme, including a lying rest and standing frame", "Rest 30 minutes after lunch; standing 30 minutes each morning; stretches 15 minutes daily", "Teaching assistants trained by the physiotherapist"],
                ["Hip X-ray and review", "Every 12 months", "Consultant Community Paediatrician, with Calderbrook Royal Infirmary"],
                ["Medical review including reflux and pain medication", "Every 6 months in clinic", "Dr Naila Chaudhry, Consultant Community Paediatrician"],
            ]),
            "**Health agreement:** The health provision in Section G was reviewed and agreed by Dr Farah Qureshi, Designated Clinical Officer, Calder and Irwell Integrated Care Board, on 29 January 2026.",
        ],
        "H1": [
            ("table", ["Social care provision", "How often and how much", "Provided by"], [
                ["Overnight short breaks at Holly Lodge short breaks unit", "2 nights each month (24 nights a year)", "Calderbrook Children with Disabilities Service"],
                ["Friday youth club at Holly Lodge, with 1:1 staffing", "Every Friday in term time, 5pm to 8pm", "Calderbrook Children with Disabilities Service"],
                ["Personal assistant for after-school activities, funded by a direct payment (see Section J)", "3 hours a week", "Personal assistant employed by Amira's parents"],
            ]),
        ],
        "H2": [
            "None. Amira's transition to adult social care will be planned from Year 11; a Care Act transition assessment will be offered by the Preparing for Adulthood Team before she turns 17.",
        ],
        "I": [
            "Pennine View School – community special school for pupils aged 3 to 19 with physical disabilities and complex medical needs.",
        ],
        "J": [
            "A direct payment of £52 a week for a personal assistant (3 hours a week, Section H1), paid to Amira's parents by the Children with Disabilities Service.",
        ],
        "K": [
            ("table", ["Advice", "Given by", "Date"], [
                ["Amira's views", "Amira, prepared with her speech and language therapist and class teacher", "January 2026 (presented 14 January 2026)"],
                ["Parents' views", "Amira's mum and dad, annual review meeting", "14 January 2026"],
                ["Educational advice", "Mr Daniel Webb, Class Teacher, Pennine View School", "5 January 2026"],
                ["Psychological advice", "Dr Helen Marsden, Educational Psychologist", "17 September 2025"],
                ["Medical advice", "Dr Naila Chaudhry, Consultant Community Paediatrician", "3 November 2025"],
                ["Community nursing advice", "Ms Amy Cole, Community Children's Nurse", "1 December 2025"],
                ["Dietetic advice", "Mrs Lorna Baxter, Paediatric Dietitian", "24 November 2025"],
                ["Dysphagia advice", "Miss Amna Iqbal, Speech and Language Therapist (Dysphagia)", "13 October 2025"],
                ["Physiotherapy advice", "Mr Tom Greenwood, Children's Physiotherapist", "10 December 2025"],
                ["Speech and language therapy (communication) and occupational therapy advice", "Ms Naomi Price, Specialist Speech and Language Therapist, and Ms Ellie Hargreaves, Occupational Therapist, Pennine View School", "8 January 2026"],
                ["Social care advice", "Ms Paula Hirst, Social Worker, Children with Disabilities Team", "11 December 2025"],
                ["Preparing for adulthood advice", "Mr Daniel Kerr, Careers Adviser, Calderbrook Careers Service", "7 January 2026"],
            ]),
        ],
    },
    "signoff": [
        "Signed on behalf of Calderbrook Metropolitan Borough Council: Lorraine Whitworth, SEND Assessment and Review Team Manager. Date: 5 February 2026.",
    ],
}

# ====================================================================== x211 (shaded-heading-table, FAIL)
X211 = {
    "id": "x211", "layout": "shaded-heading-table",
    "front": [
        ("Name", "Tahmid"),
        ("Month and year of birth", "September 2013"),
        ("School year", "Year 8"),
        ("Education setting", "Calderbrook Grange Academy – Vision Impairment Resource Base"),
        ("Date this plan was issued", "12th October 2026"),
        ("Last annual review", "21 September 2026"),
        ("Type of plan", "Amended plan following annual review"),
        ("Languages at home", "Bengali and English"),
        ("EHC co-ordinator", "Mohammed Ashraf, Special Educational Needs and Disabilities (SEND) Assessment and Review Team"),
    ],
    "sections": {
        "A": [
            "## About me – in my own words",
            "Tahmid talked to his key worker in the Resource Base, Mrs Moss, on 12 September 2026, and she typed what he said. He checked it afterwards using the magnifier on his tablet.",
            "> \"My name is Tahmid and I'm 13. I've got albinism, which means I've got no colour in my skin, hair or eyes, and my eyes don't see very well. Everything far away is blurry and my eyes wobble a bit.\"",
            "> \"I love football, but I'm rubbish at playing because I can't see the ball till it's right there. So I do commentary instead. I know every Premier League player and their stats. I want to be a sports journalist or a commentator on the radio.\"",
            "> \"I like History and English. I don't like Maths because the board is always too far away and my worksheets come late.\"",
            "> \"Sometimes people make comments about how I look. I just ignore it but it makes me not want to go to lunch.\"",
            "> \"I want to get the bus to school on my own like my mates. My mum still takes me.\"",
            "## Tahmid's history",
            "Tahmid's albinism was diagnosed soon after he was born. He was supported at home by a qualified teacher of children with vision impairment from the age of one, and he went to his local primary school, where he had a teaching assistant for part of each day and his work enlarged. He joined Calderbrook Grange Academy in September 2025 and is registered with the Vision Impairment Resource Base, which means he spends most of his time in mainstream lessons and goes to the Resource Base for specialist teaching, equipment and support at break and lunchtime if he wishes.",
            "Year 7 went well academically, but Tahmid found the size of the school and the busy corridors difficult, and there were two incidents of name-calling in the spring term, which were dealt with under the school's anti-bullying policy. He now has a pass to leave lessons two minutes early to avoid the crowded corridors.",
            "## What people like and admire about Tahmid",
            "* Tahmid is a confident speaker with a brilliant memory for facts and figures.",
            "* He is a keen chess player and beat his Head of Year in the school tournament.",
            "* He is kind and funny and has a small group of loyal friends.",
            "* He works hard and takes pride in his written work.",
            "## What Tahmid's family say",
            "Tahmid's parents met the EHC co-ordinator on 15 September 2026. His dad said: \"Tahmid is a clever boy and we want him to reach his potential. He was upset in Year 7 because some children called him names. We want school to make sure he is safe and happy.\" His mum would like help so that Tahmid can travel to school independently, and she wants his tablet to be working properly in all his lessons.",
            "## Hopes for the future",
            "* Tahmid wants to be a sports journalist or radio commentator.",
            "* He wants to travel on the bus on his own.",
            "* His parents hope he will go to university.",
        ],
        "B": [
            "## Sensory needs – vision",
            "Tahmid has oculocutaneous albinism with nystagmus (involuntary movement of the eyes). His distance vision is very reduced and he cannot see the whiteboard from his desk. He reads print at size 24 point (N24) or with magnification on his tablet. He is very sensitive to bright light and glare. He is not yet confident moving around unfamiliar places or crossing roads, because he cannot judge the speed of traffic.",
            "## Cognition and learning",
            "Tahmid is a capable learner, working at the expected standard in English, History and Science. He is slightly below the expected standard in Mathematics, mainly because of difficulties accessing diagrams, graphs and the board. He reads and writes more slowly than his classmates because of his vision.",
            "His reading age on the school's reading test in July 2026 was in line with his actual age, but his reading speed was about half that of his classmates, and he tires after about 20 minutes of close reading. His handwriting is neat but slow, about 12 words a minute. He has started to learn to touch-type and can type about 15 words a minute. He needs extra time to find his place on a page and to look from the board to his work, because of his nystagmus.",
            "## Social, emotional and mental health",
            "Tahmid has a small group of friends. He has experienced unkind comments about his appearance and sometimes avoids the dinner hall. He can become anxious in busy corridors.",
            "## Communication and interaction",
            "Tahmid is articulate and confident with adults. He sometimes misses facial expressions and gestures, which can lead to misunderstandings with other pupils.",
            "## Independence and mobility",
            "Tahmid moves around school confidently once he has learnt a route, but he finds new buildings and crowded spaces difficult. He does not yet use a cane. He has not travelled on a bus without an adult and needs to learn how to identify the right bus, ask the driver for help and cross the road safely at the bus stop near school.",
        ],
        "C": [
            "* **Albinism and nystagmus:** Tahmid has oculocutaneous albinism, a genetic condition that reduces the pigment in his eyes, skin and hair and affects the development of the retina. His distance vision is very reduced and he has nystagmus.",
            "* **Light sensitivity:** Tahmid is very sensitive to bright light. He wears tinted glasses and a cap with a peak outdoors.",
            "* **Glasses:** Tahmid wears glasses for short sight and astigmatism. His prescription is checked by the hospital eye service.",
            "An updated report has been requested from the hospital eye service.",
        ],
        "D": [
            "Social care advice was given by Ms Rebecca Tann, Social Worker, Calderbrook Sensory Team, on 7 July 2026. She found that Tahmid's needs are met by his family and by his education provision and that there are no social care needs at present. The family were given information about the Calderbrook Sight Loss Society's youth group and about short breaks on the Local Offer.",
        ],
        "E": [
            ("table", ["Outcome", "How we will know", "Links to"], [
                ["By July 2027, Tahmid will use the camera and magnifier on his tablet to copy information from the whiteboard in every Mathematics and Science lesson, without asking an adult, on 4 out of 5 lessons in a two-week check.", "Lesson observations by the qualified teacher of children with vision impairment (QTVI) each half term.", "Tahmid's wish to keep up in Maths"],
                ["By July 2027, Tahmid will touch-type at 30 words per minute with 90% accuracy.", "Typing programme record, checked by his teaching assistant each half term.", "His wish to be a journalist"],
                ["By July 2027, Tahmid will travel by bus from home to school on his own, on 5 consecutive school days.", "Signed off by his habilitation specialist.", "His wish to get the bus like his mates"],
                ["By April 2027, Tahmid will write and present a weekly football report on the school radio station, on at least 8 weeks.", "School radio log kept by the English teacher.", "His wish to be a sports commentator"],
                ["By July 2027, Tahmid will eat lunch in the dinner hall with his friends on at least 4 days a week, and will tell his key worker if anyone makes comments about him.", "Lunch record and weekly check-in notes kept by his key worker.", "His family's wish for him to be safe and happy"],
            ]),
        ],
        "F": [
            ("table", ["Provision", "How often and how long", "Delivered by", "Outcome"], [
                ["Teaching by a qualified teacher of children and young people with vision impairment (QTVI): tablet and magnification skills, touch typing, study skills", "1:1, two sessions of 50 minutes each week", "QTVI, Vision Impairment Resource Base", "Board work; typing"],
                ["All worksheets, textbooks and tests provided in N24 print or electronically on his tablet, one school day before each lesson", "Every lesson", "Resource Base technician", "Board work"],
                ["Tablet with camera and magnification apps, with a stand; set up, updated and repaired", "Checked each half term; repairs or a loan tablet within 2 school days", "Resource Base technician", "Board work"],
                ["Touch-typing programme", "15 minutes daily, 1:1", "Teaching assistant in the Resource Base", "Typing"],
                ["Habilitation training: route learning from home to school by bus, road crossing and moving around school", "1 hour weekly for 12 weeks from October 2026, then review", "Habilitation specialist, Calderbrook Sensory Support Service", "Travel"],
                ["Access arrangements for all tests and exams: modified large print (N24), 25% extra time and a seat away from the window", "All assessments", "Arranged by the Exams Officer with the QTVI", "All"],
                ["School radio club, with his scripts provided in large print", "Weekly, 45 minutes (Wednesday lunchtime)", "English teacher", "Radio"],
                ["Weekly check-in about friendships, lunchtimes and any unkind comments", "15 minutes every Monday", "Key worker (Resource Base teaching assistant)", "Lunchtimes"],
                ["A group on understanding visual impairment and albinism, run with Tahmid's agreement, for his form group", "One 50-minute session in the autumn term 2026", "QTVI and Head of Year", "Lunchtimes"],
            ]),
        ],
        "G": [
            "Tahmid will continue to be seen by the eye clinic and the orthoptist as needed.",
            "Tinted glasses and glasses for short sight are supplied by the hospital eye service.",
            "**Health agreement:** The health provision in this section was agreed by Dr Farah Qureshi, Designated Clinical Officer, Calder and Irwell Integrated Care Board, on 5 October 2026.",
        ],
        "H1": [
            "None. No social care needs were identified in the social care advice of 7 July 2026. The family have information about short breaks and youth activities on the Local Offer.",
        ],
        "H2": [
            "None.",
        ],
        "I": [
            "Calderbrook Grange Academy – mainstream academy with a Vision Impairment Resource Base.",
        ],
        "J": [
            "No personal budget has been requested.",
        ],
        "K": [
            ("table", ["Advice", "Given by", "Date"], [
                ["Tahmid's views", "Tahmid, recorded by Mrs Kelly Moss, Key Worker, Vision Impairment Resource Base", "12 September 2026"],
                ["Parents' views", "Tahmid's mum and dad, meeting with the EHC co-ordinator", "15 September 2026"],
                ["Educational advice", "Mrs Anita Shah, SENCo (special educational needs co-ordinator), Calderbrook Grange Academy", "10 September 2026"],
                ["Vision impairment advice", "Mrs Kelly Moss, Vision Support Assistant, Calderbrook Sensory Support Service", "3 July 2026"],
                ["Report from Head of Year 8", "Mr Stuart Platt, Head of Year 8", ""],
                ["Pupil profile", "Calderbrook Grange Academy", ""],
                ["Psychological advice", "Dr Kamran Hussain, Educational Psychologist", "18 February 2026"],
                ["Medical advice (clinic letter)", "Dr Anil Mehta, Consultant Paediatric Ophthalmologist, Calderbrook Royal Infirmary", "9 May 2023"],
                ["Habilitation advice", "Mr Craig Sutcliffe, Habilitation Specialist, Calderbrook Sensory Support Service", "29 June 2026"],
                ["Social care advice", "Ms Rebecca Tann, Social Worker, Calderbrook Sensory Team", "7 July 2026"],
            ]),
        ],
    },
    "signoff": [
        "Signed on behalf of Calderbrook Metropolitan Borough Council: Lorraine Whitworth, SEND Assessment and Review Team Manager. Date: 12 October 2026.",
    ],
}

# ====================================================================== x212 (shaded-heading-table, FAIL)
X212 = {
    "id": "x212", "layout": "shaded-heading-table",
    "front": [
        ("Name", "Bilal"),
        ("Month and year of birth", "October 2008"),
        ("School year", "Year 12 (sixth form)"),
        ("Education setting", "Ravensfold Academy Sixth Form"),
        ("Date this plan was issued", "20/03/2026"),
        ("Last annual review", "26 February 2026"),
        ("Type of plan", "Amended plan following annual review"),
        ("Languages at home", "Urdu and English"),
        ("EHC co-ordinator", "Shazia Rafiq, Special Educational Needs and Disabilities (SEND) Assessment and Review Team"),
    ],
    "sections": {
        "A": [
            "## My views",
            "Bilal gave his views to his tutor, Miss Grant, on 19 February 2026, using a talking mat and photographs of his week. He speaks in short sentences; these are his words.",
            "> \"I'm Bilal. I'm 17. I like plants and growing things. I like the garden at school. I grew tomatoes.\"",
            "> \"I like my uncle's garden centre. I help him water the plants on Saturday.\"",
            "> \"When I finish school I want to work at the garden centre. With plants. And get money.\"",
            "> \"I want to go on the bus by myself. Number 42 to my uncle's.\"",
            "> \"I don't like noisy. I don't like the dinner hall. I like my headphones.\"",
            "## What people like and admire about Bilal",
            "* Bilal is gentle, kind and hard-working.",
            "* He is brilliant with plants: he looks after the school greenhouse and knows the names of more than 30 plants.",
            "* He has a fantastic memory for bus numbers and routes.",
            "* He is honest and reliable and always finishes a job he has started.",
            "## Bilal's time at school",
            "Bilal has been at Ravensfold Academy since Year 3, when he moved from a mainstream primary school. He joined the sixth form in September 2025 and has settled well in his new class. This year he has started a work-related learning course, which includes looking after the school greenhouse and selling plants at the summer fair. He goes swimming with his class every week and has a residential trip planned for June 2026.",
            "## What Bilal's family say",
            "Bilal lives with his mum, dad and two younger sisters. His parents gave their views at the annual review on 26 February 2026. His dad said: \"Bilal is happiest outside with plants. His uncle says he is a real help at the garden centre. We would love him to have a job there one day, even a few hours a week.\"",
            "His mum said: \"We need him to learn to get the bus. At the moment we take him everywhere, and we will not always be able to. We also want him to be more independent at home, with washing and dressing.\"",
            "## Hopes for the future",
            "* Bilal wants to work at a garden centre and earn his own money.",
            "* He wants to travel on the bus on his own, especially to his uncle's garden centre.",
            "* His family hope he will have a paid job, travel independently and one day live with some support.",
        ],
        "B": [
            "## Communication and interaction",
            "Bilal has autism and a severe learning difficulty. He speaks in short sentences of three to five words and understands instructions with three key words when they are given with visual support. He finds it hard to start conversations with people he does not know, and he may repeat phrases when he is anxious.",
            "## Cognition and learning",
            "Bilal reads about 80 words by sight, including common signs. He can count reliably to 20, recognises coins and notes, and is learning to pay for items with a set amount. He learns best through practical, hands-on tasks in real settings.",
            "Bilal is working towards Entry Level 1 awards in Independent Living and Personal Progress. He can follow a visual sequence of five steps, and he remembers routines well once they are taught. He finds it hard to transfer a skill learnt in one place to another place, so skills need to be practised in the setting where he will use them. He can write his first name and copy short words, and he uses a tablet with symbols to record his work.",
            "## Social, emotional and mental health",
            "Bilal is calm and friendly in familiar places. He becomes anxious in noisy, crowded places and may put his hands over his ears and walk away. He has one close friend in his tutor group.",
            "When he is anxious he asks the same question many times and needs a calm, clear answer with a picture. He copes much better with changes when they are explained to him in advance with a visual timetable.",
            "## Sensory and/or physical needs",
            "Bilal is sensitive to noise and uses ear defenders or headphones. He needs prompts to complete washing, dressing and toothbrushing, and he finds fastenings difficult.",
        ],
        "C": [
            "To be confirmed. Health advice was requested from the Community Paediatric Service on 12 January 2026 but had not been received when this plan was finalised.",
        ],
        "D": [
            "Social care advice was given by Mr Adrian Holt, Social Worker, Children with Disabilities Team, on 9 February 2026. Bilal needs supervision when he is out in the community because he does not yet understand road safety or stranger danger. He needs prompting with personal care. His parents would like him to have activities with other young people outside school, and they would benefit from a regular break. Mr Holt recommended a short-break youth club. A Care Act transition assessment will be carried out by the Preparing for Adulthood Team before Bilal is 18.",
        ],
        "E": [
            ("table", ["Outcome", "How we will know", "Preparing for adulthood area"], [
                ["By July 2027, Bilal will get changed after swimming without help, including doing up his zips and putting on his shoes, on 4 out of 5 sessions.", "Recorded on his independence checklist by his teaching assistant.", "Independent living"],
                ["By July 2027, Bilal will make beans on toast following a picture recipe, using the toaster and the microwave safely, with no more than one prompt, on 3 out of 4 cooking sessions.", "Recorded by the food technology teacher.", "Independent living"],
                ["By July 2027, Bilal will brush his teeth for two minutes after lunch using a visual timer, with no adult prompts, on 5 out of 5 days in a weekly check.", "Recorded on his toothbrushing chart by his teaching assistant.", "Good health"],
                ["By July 2027, Bilal will go to the lunchtime games club with his friend at least twice a week and stay for the whole session.", "Club register, kept by the club leader.", "Friends, relationships and community"],
                ["By July 2027, Bilal will start a conversation with an unfamiliar adult using a learnt phrase (for example, \"Hello, how are you?\"), on 4 out of 5 opportunities.", "Recorded by his tutor each half term.", "Friends, relationships and community"],
            ]),
        ],
        "F": [
            ("table", ["Provision", "How often and how long", "Delivered by", "Outcome"], [
                ["Sixth form class of no more than 8 students, with a teacher and three teaching assistants, following the Pathway 2 independence curriculum", "Full time, 5 days a week", "Class teacher, qualified teacher with experience of autism", "All"],
                ["Speech and language therapy programme for conversation skills and learnt phrases", "Devised and reviewed by the speech and language therapist; delivered by class staff", "Speech and language therapist, Calderbrook Children's Therapy Service, and class staff", "Conversation"],
                ["Changing after swimming: task analysis and backward chaining (teaching the last step first)", "At every weekly swimming session (45 minutes)", "Teaching assistant, 1:1", "Changing"],
                ["Cooking lessons with picture recipes in the training kitchen", "1 hour weekly, in a group of no more than 4", "Food technology teacher and a teaching assistant", "Cooking"],
                ["Toothbrushing routine after lunch with a visual timer and picture sequence; a copy of the sequence and a timer provided for home", "Daily, 5 minutes, 1:1", "Teaching assistant", "Toothbrushing"],
                ["Lunchtime games club, in a quiet room, with a staff member present", "Tuesday and Thursday lunchtimes, 30 minutes", "Club leader (teaching assistant)", "Friends"],
                ["Friday evening youth short-break club at the Oakwell Centre, run by the Children with Disabilities Service, to give Bilal activities with other young people and his parents a break", "3 hours every Friday in term time (6pm to 9pm)", "Oakwell Centre youth workers, with 1:3 staffing", "Friends"],
                ["Visual timetable and ear defenders", "Throughout the day; ear defenders kept in his bag", "Class staff", "All"],
            ]),
        ],
        "G": [
            "None at this time. Section G will be updated when health advice is received.",
        ],
        "H1": [
            "See Section F (Friday evening youth short-break club at the Oakwell Centre).",
        ],
        "H2": [
            "A Care Act transition assessment will be completed by the Calderbrook Preparing for Adulthood Team by October 2026.",
        ],
        "I": [
            "Ravensfold Academy Sixth Form – academy special school for students with severe learning difficulties and autism (post-16 department).",
        ],
        "J": [
            "No personal budget has been requested.",
        ],
        "K": [
            ("table", ["Advice", "Given by", "Date"], [
                ["Bilal's views", "Bilal, recorded by Miss Grant, Tutor, Ravensfold Academy Sixth Form", "19 February 2026"],
                ["Parents' views", "Bilal's mum and dad, annual review meeting", "26 February 2026"],
                ["Educational advice", "Miss Grant, Tutor, and Mrs Rachel Shaw, Deputy Headteacher, Ravensfold Academy", "16 February 2026"],
                ["Psychological advice", "Dr Helen Marsden, Educational Psychologist", "3 November 2025"],
                ["Speech and language therapy advice", "Ms Leanne Clegg, Speech and Language Therapist", "28 January 2026"],
                ["Medical advice", "Requested from the Community Paediatric Service, 12 January 2026 – not received", ""],
                ["Social care advice", "Mr Adrian Holt, Social Worker, Children with Disabilities Team", "9 February 2026"],
                ["Preparing for adulthood advice", "Mr Daniel Kerr, Careers Adviser, Calderbrook Careers Service", "20 February 2026"],
            ]),
        ],
    },
    "signoff": [
        "Signed on behalf of Calderbrook Metropolitan Borough Council: Lorraine Whitworth, SEND Assessment and Review Team Manager. Date: 20 March 2026.",
    ],
}


PLANS = [X201, X202, X203, X204, X205, X206, X207, X208, X209, X210, X211, X212]


def main():
    os.makedirs(OUT, exist_ok=True)
    for plan in PLANS:
        path = os.path.join(OUT, plan["id"] + ".docx")
        RENDERERS[plan["layout"]](plan, path)
        print("wrote", path)


if __name__ == "__main__":
    main()
