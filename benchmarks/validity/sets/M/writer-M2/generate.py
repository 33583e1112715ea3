#!/usr/bin/env python3
"""Generator for blind test set M2 (12 EHC plans, Mereshire County Council, fictional).

Layouts: heading2-numbered, letter-column, shaded-heading-table (4 each).
Each plan is a dict: file, layout, title, front (list of label/value), sections
(list of (key, title, blocks)). Block kinds:
  ("sub", text)            sub-heading
  ("p", text)              paragraph
  ("bul", [items])         bulleted list (Word List Bullet style)
  ("num", [items])         numbered list (Word List Number style)
  ("lab", label, text)     paragraph with a bold label ("Job coaching:")
  ("tbl", headers, rows)   table
"""
import os
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

OUT = os.path.dirname(os.path.abspath(__file__))
PLANS_DIR = os.path.join(OUT, "plans")
COUNCIL = "Mereshire County Council"
PLANS = []


def plan(**kw):
    PLANS.append(kw)
    return kw


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def bold_para(container, text, size=None):
    p = container.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    if size:
        r.font.size = Pt(size)
    return p


def add_table(container, headers, rows, style="Table Grid", head_fill="E7E6E6"):
    t = container.add_table(rows=1, cols=len(headers))
    try:
        t.style = style
    except Exception:
        pass
    for i, h in enumerate(headers):
        c = t.rows[0].cells[i]
        c.text = ""
        r = c.paragraphs[0].add_run(h)
        r.bold = True
        if head_fill:
            shade(c, head_fill)
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    return t


def render_blocks(container, blocks, sub_style=None, first_para=None):
    """Render blocks into a Document or a table cell.
    sub_style: heading level for sub-headings in a Document (int) or None for bold paragraphs.
    first_para: an existing empty paragraph to reuse (cells start with one)."""
    def newp(style=None):
        nonlocal first_para
        if first_para is not None:
            p = first_para
            first_para = None
            if style:
                p.style = style
            return p
        return container.add_paragraph(style=style) if style else container.add_paragraph()

    for b in blocks:
        kind = b[0]
        if kind == "sub":
            if sub_style and hasattr(container, "add_heading"):
                container.add_heading(b[1], level=sub_style)
            else:
                p = newp()
                r = p.add_run(b[1])
                r.bold = True
        elif kind == "p":
            p = newp()
            p.add_run(b[1])
        elif kind == "bul":
            for it in b[1]:
                p = newp("List Bullet")
                p.add_run(it)
        elif kind == "num":
            for it in b[1]:
                p = newp("List Number")
                p.add_run(it)
        elif kind == "lab":
            p = newp()
            r = p.add_run(b[1] + " ")
            r.bold = True
            p.add_run(b[2])
        elif kind == "tbl":
            if first_para is not None:
                # keep the cell's first paragraph as a tiny spacer
                first_para = None
            add_table(container, b[1], b[2])
            if not hasattr(container, "add_heading"):
                container.add_paragraph()
        else:
            raise ValueError(kind)


def front_table(doc, front, fill=None):
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in front:
        cells = t.add_row().cells
        cells[0].text = ""
        r = cells[0].paragraphs[0].add_run(k)
        r.bold = True
        if fill:
            shade(cells[0], fill)
        cells[1].text = v
    return t


def base_doc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    for s in doc.sections:
        s.left_margin = s.right_margin = Cm(2)
    return doc


# ---------------------------------------------------------------- layouts
def render_heading2(p):
    doc = base_doc()
    doc.add_heading(p["title"], level=1)
    doc.add_paragraph(COUNCIL + " - Special Educational Needs and Disabilities (SEND) Service")
    front_table(doc, p["front"])
    for key, title, blocks in p["sections"]:
        doc.add_heading(f"Section {key}: {title}", level=2)
        render_blocks(doc, blocks, sub_style=3)
    return doc


def render_letter_column(p):
    doc = base_doc()
    h = doc.add_paragraph()
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = h.add_run(p["title"])
    r.bold = True
    r.font.size = Pt(16)
    doc.add_paragraph(COUNCIL + " - Special Educational Needs and Disabilities (SEND) Service").alignment = WD_ALIGN_PARAGRAPH.CENTER
    front_table(doc, p["front"], fill="F2F2F2")
    doc.add_paragraph()
    big = doc.add_table(rows=0, cols=2)
    big.style = "Table Grid"
    for key, title, blocks in p["sections"]:
        start = len(big.rows)
        row = big.add_row().cells
        row[1].text = ""
        rr = row[1].paragraphs[0].add_run(title)
        rr.bold = True
        shade(row[1], "DEEAF6")
        for b in blocks:
            cells = big.add_row().cells
            render_blocks(cells[1], [b], first_para=cells[1].paragraphs[0])
        end = len(big.rows) - 1
        m = big.cell(start, 0).merge(big.cell(end, 0)) if end > start else big.cell(start, 0)
        for extra in m.paragraphs[1:]:
            extra._element.getparent().remove(extra._element)
        m.paragraphs[0].text = ""
        lr = m.paragraphs[0].add_run(key)
        lr.bold = True
        lr.font.size = Pt(20)
        m.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        shade(m, "BDD7EE")
    for row in big.rows:
        row.cells[0].width = Cm(1.6)
        row.cells[1].width = Cm(15.4)
    return doc


def render_shaded(p):
    doc = base_doc()
    t = doc.add_table(rows=1, cols=1)
    c = t.rows[0].cells[0]
    shade(c, "1F4E79")
    r = c.paragraphs[0].add_run(p["title"])
    r.bold = True
    r.font.size = Pt(15)
    r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    doc.add_paragraph(COUNCIL + " | Special Educational Needs and Disabilities (SEND) Team")
    front_table(doc, p["front"])
    for key, title, blocks in p["sections"]:
        doc.add_paragraph()
        ht = doc.add_table(rows=1, cols=1)
        ht.style = "Table Grid"
        hc = ht.rows[0].cells[0]
        shade(hc, "C5E0B3")
        rr = hc.paragraphs[0].add_run(f"Section {key} - {title}")
        rr.bold = True
        rr.font.size = Pt(12)
        render_blocks(doc, blocks, sub_style=None)
    return doc


RENDER = {
    "heading2-numbered": render_heading2,
    "letter-column": render_letter_column,
    "shaded-heading-table": render_shaded,
}

# ============================================================ m201 (sound)
plan(
    file="m201.docx", layout="heading2-numbered",
    title="Education, Health and Care (EHC) Plan: Niamh",
    front=[
        ("Name", "Niamh"),
        ("Age", "17"),
        ("Education phase", "Post-16 (Year 13)"),
        ("Setting", "Kingsmead College, Foundation Learning"),
        ("Annual review meeting held", "14 May 2026"),
        ("Date finalised", "09.06.2026"),
        ("Next review", "By May 2027"),
        ("EHC plan co-ordinator", "Helen Marsh, SEND Casework Officer"),
    ],
    sections=[
        ("A", "Niamh's views, interests and aspirations, and those of her family", [
            ("sub", "A1 All about me"),
            ("p", "Niamh wrote this with her tutor, Mr Okafor, in May 2026, in her own words."),
            ("bul", [
                "My name is Niamh. I am 17 and I go to Kingsmead College. I am doing Animal Care.",
                "I love the rabbits best. I know all their names.",
                "I am good at remembering what to do when I have done it a few times. My friends say I am funny and kind.",
                "I find it hard when people talk fast. I like it when someone shows me first. Sometimes I use Makaton signs (signs and symbols used with talking).",
                "I want to work with animals when I leave college. I would like to work at the rescue centre or in a pet shop.",
                "I want to get the bus to college on my own, like my sister does.",
            ]),
            ("sub", "A2 What my family say"),
            ("p", "Niamh's mum and dad describe her as caring, determined and very sociable. They hope she gets a paid job with animals, travels and sees friends without a parent, lives in a shared supported flat near the family one day, and stays healthy."),
        ]),
        ("B", "Special educational needs", [
            ("p", "Niamh has Down syndrome. Her needs are set out below, starting with what she does well."),
            ("sub", "B1 Cognition and learning"),
            ("p", "Niamh reads short sentences and is working at Entry Level 2 in English and maths. She learns best by doing a task several times with an adult beside her. She forgets instructions with more than two steps and needs new information in small parts, with extra time to think."),
            ("sub", "B2 Communication and interaction"),
            ("p", "Niamh speaks in short sentences and is easily understood by people who know her. She will often say 'yes' when she has not understood, so staff need to check by asking her to show them."),
            ("sub", "B3 Social, emotional and mental health"),
            ("p", "Niamh has a wide group of friends and is well liked. She becomes anxious in new places and needs a familiar adult with her at first."),
            ("sub", "B4 Independence"),
            ("p", "Niamh can make a sandwich and use a microwave. She does not yet travel alone and needs help with money."),
        ]),
        ("C", "Health needs related to Niamh's special educational needs", [
            ("bul", [
                "Hypothyroidism (an underactive thyroid gland, which is more common in people with Down syndrome). Niamh takes a tablet every morning and has a blood test once a year. When her levels are low she is tired and puts on weight more easily.",
                "Weight: Niamh's weight has increased over the last year. Her GP (family doctor) and the Transition Nurse have advised support with healthy eating and exercise.",
                "Her eyesight and hearing were checked in March 2026 and are within the normal range.",
            ]),
        ]),
        ("D", "Social care needs", [
            ("p", "Niamh lives with her mum, dad and younger sister. Tom Ellery, Social Worker in the Preparing for Adulthood team, completed a social care assessment in March 2026. He found that Niamh needs support to take part in activities in the community with friends her own age, because she cannot yet travel or handle money on her own."),
            ("p", "Niamh turns 18 in April 2027. A Care Act transition assessment has been started by the Adult Social Care Transitions Team."),
        ]),
        ("E", "Outcomes", [
            ("p", "Niamh's outcomes follow the four Preparing for Adulthood areas."),
            ("sub", "E1 Work"),
            ("num", [
                "By the end of my course (July 2027), I will be awarded my Entry Level 3 Certificate in Animal Care.",
                "By the end of my course, I will complete a 10-week work placement at Meadowbank Animal Rescue one day a week, and my placement supervisor will record that I did the feeding and cleaning routine with no more than one reminder each day.",
            ]),
            ("sub", "E2 Living more independently"),
            ("num", [
                "Within 6 months (by December 2026), I will travel on the number 12 bus from home to college on my own on 5 days out of 5, checked by my Travel Trainer.",
                "By July 2027, I will pay for things in a shop with a £10 note and check my change, getting it right 4 times out of 5 as recorded by my learning support assistant.",
            ]),
            ("sub", "E3 Friends and community"),
            ("num", [
                "By July 2027, I will go to the Thursday youth club in town with a friend and my personal assistant at least three times a month, and tell my tutor one thing I did each time.",
            ]),
            ("sub", "E4 Staying healthy"),
            ("num", [
                "By July 2027, I will choose a healthy lunch at college on 4 days out of 5 and go for a 30-minute walk three times a week, recorded on my health chart with the Transition Nurse.",
                "Before I turn 18, I will tell the nurse or doctor myself why I take my thyroid tablet, and I will take it each morning without being reminded, as recorded on my medicine chart at home.",
            ]),
        ]),
        ("F", "Special educational provision", [
            ("sub", "F1 Learning support"),
            ("lab", "Learning support:", "A Learning Support Assistant (LSA) trained in teaching learners with Down syndrome will work with Niamh 1-2-1 in all practical animal care sessions (3 sessions per week, 2.5 hours each) and will support her in a small group (max 4) in her English and maths lessons (4 hours per week)."),
            ("lab", "English and maths:", "2 x 30 min sessions weekly of 1-2-1 reading and money skills with her LSA, following a programme written and reviewed each half-term by the Learning Support Manager."),
            ("lab", "Teaching approaches:", "In every lesson, tutors will give one instruction at a time with a photo or symbol and check Niamh's understanding by asking her to show them."),
            ("sub", "F2 Communication"),
            ("lab", "Speech and language therapy:", "A Speech and Language Therapist (SALT) from the college's contracted therapy service will see Niamh 1-2-1 fortnightly (45 mins) in the autumn and spring terms, working on asking for help and checking she has understood. The therapist will train her LSA once a term (1 hour), and the LSA will practise the programme with Niamh 3 times a week for 10 minutes."),
            ("lab", "Makaton:", "All staff who teach Niamh will complete Makaton Level 1 training, arranged by the Learning Support Manager, by December 2026."),
            ("sub", "F3 Work placement"),
            ("lab", "Job coaching:", "From January 2027, a Job Coach from the college Supported Employment Team will support Niamh at Meadowbank Animal Rescue one day per week (5 hours) for 10 weeks. The Job Coach will meet the placement supervisor fortnightly (15 mins) to check progress."),
            ("sub", "F4 Travel and money"),
            ("lab", "Travel training:", "A Travel Trainer from the council's Independent Travel Training service will travel with Niamh 1-2-1 on the morning and afternoon journeys twice a week for 8 weeks from September 2026, then follow at a distance for 2 weeks before signing her off."),
            ("sub", "F5 Exams"),
            ("lab", "Assessments:", "Niamh will have a reader and an extra quarter of the time in all assessments and exams, applied for and set up by the college Exams Officer."),
        ]),
        ("G", "Health provision", [
            ("lab", "Transition Nurse (Learning Disability):", "Sarah Quinn, Transition Nurse, will see Niamh at college or at home once every half-term (6 sessions per year, 45 mins each) to work on her health action plan, healthy eating and exercise."),
            ("lab", "Specialist Dietitian:", "6 sessions per year (30 mins each) with the Community Specialist Dietitian at Haddow Health Centre, for Niamh and her mum, to plan meals and agree a weight goal."),
            ("lab", "GP:", "Yearly thyroid blood test and Learning Disability Annual Health Check at Haddow Health Centre."),
            ("p", "The health provision in this section was agreed by Dr Leila Ahmed, Designated Clinical Officer for Mereshire Integrated Care Board (ICB), on 3 June 2026."),
        ]),
        ("H1", "Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970", [
            ("p", "4 hours per week of community support from a personal assistant, paid through a direct payment (see Section J), so that Niamh can go to youth club with friends. Reviewed once a term by the Preparing for Adulthood social worker."),
        ]),
        ("H2", "Other social care provision", [
            ("p", "Care Act transition assessment: the Adult Social Care Transitions Team will complete a Care Act needs assessment with Niamh and her parents by February 2027, so that any adult support is agreed before her 18th birthday."),
        ]),
        ("I", "Placement", [
            ("p", "Kingsmead College (general further education college). Foundation Learning study programme, 3 days per week."),
        ]),
        ("J", "Personal budget", [
            ("p", "Direct payment of £54 per week (4 hours at £13.50 per hour) for the community support in Section H1, paid to Niamh's parents. There is no personal budget for education provision."),
        ]),
        ("K", "Advice and information", [
            ("tbl", ["Advice", "Given by", "Date"], [
                ["Niamh's views", "Niamh, written with Daniel Okafor, Personal Tutor", "14.05.2026"],
                ["Parents' views", "Niamh's mum and dad", "14.05.2026"],
                ["Educational advice (college review report)", "Daniel Okafor, Personal Tutor, Kingsmead College", "05.05.2026"],
                ["Educational psychology advice", "Dr Ruth Barker, Educational Psychologist, Mereshire Educational Psychology Service", "20.03.2026"],
                ["Health advice", "Sarah Quinn, Transition Nurse", "17.04.2026"],
                ["Dietetic advice", "Amy Cole, Specialist Dietitian", "22.04.2026"],
                ["GP health summary", "Dr Rahul Mehta, GP, Haddow Health Centre", "10.04.2026"],
                ["Speech and language therapy advice", "Beth Lowe, Speech and Language Therapist", "28.04.2026"],
                ["Social care advice", "Tom Ellery, Social Worker, Preparing for Adulthood team", "25.03.2026"],
                ["Preparing for adulthood and careers advice", "Janine Bird, Careers Adviser, Mereshire Careers Service", "30.04.2026"],
            ]),
        ]),
    ],
)

# ============================================================ m202 (fail: CP plan not reflected; no PfA outcomes; CAMHS vague; no health sign-off)
plan(
    file="m202.docx", layout="letter-column",
    title="Education, Health and Care Plan",
    front=[
        ("Name", "Callum"),
        ("Age", "15"),
        ("Education phase", "Secondary (Year 11)"),
        ("Settings", "Haddow Academy (registered school) and Riverside Learning Centre (alternative provision)"),
        ("Date finalised", "21.04.2026"),
        ("Next review", "April 2027"),
        ("Caseworker", "Jo Pearce, Education, Health and Care (EHC) Co-ordinator"),
    ],
    sections=[
        ("A", "Views, interests and aspirations", [
            ("sub", "What Callum says"),
            ("p", "Callum talked to his key worker at Riverside, Kerry Banks, in March 2026. She wrote down what he said:"),
            ("p", "\"I like fixing bikes and I'm good at it. I built my own BMX from parts. I play FIFA online with my mates most nights. Maths is alright, I can do it if it's quiet. I don't like big corridors and loads of people, it makes me feel sick and then I can't go in. At Riverside it's small and the staff don't shout. I want to pass my English and maths GCSEs. I want to get back to learning without feeling sick every morning.\""),
            ("sub", "What Callum's mum says"),
            ("p", "Callum's mum says he is clever, funny and very good with his hands, and that he is patient and kind with his younger sister. She wants Callum to feel safe, to get back into learning and to leave school with his English and maths. \"He's missed so much, but when he's calm he flies.\""),
        ]),
        ("B", "Special educational needs", [
            ("sub", "Social, emotional and mental health"),
            ("p", "Callum has severe anxiety. In crowded places he has panic attacks (racing heart, feeling sick, needing to leave). His attendance at Haddow Academy fell to 42% in Year 10. Since January 2026 he has attended Riverside Learning Centre three days a week, where his attendance is 81%. He manages best in small groups with staff he knows, and with warning of any change."),
            ("sub", "Cognition and learning"),
            ("p", "Callum is an able learner. His maths teacher predicts a grade 5 at GCSE. In English he has gaps from missed lessons: his reading is secure, but he finds it hard to plan and finish longer written answers under time pressure, and he avoids writing when anxious."),
            ("sub", "Communication and interaction"),
            ("p", "Callum communicates well one to one and with his small group of friends. He does not like speaking in front of a class."),
        ]),
        ("C", "Health needs", [
            ("p", "Callum was diagnosed with generalised anxiety disorder by Child and Adolescent Mental Health Services (CAMHS) in 2025. His anxiety is worst on weekday mornings and in crowded places, where he has panic attacks."),
        ]),
        ("D", "Social care needs", [
            ("p", "Callum lives with his mum and his younger sister. Callum and his sister have been subject to Child Protection plans since February 2026 under the category of emotional harm. Callum's mum says things at home are now calmer."),
        ]),
        ("E", "Outcomes", [
            ("num", [
                "By the end of the spring term 2027, Callum will attend Riverside on all three of his days each week, with attendance above 90% on the register.",
                "By the summer 2027 exams, Callum will complete three practice English papers under timed conditions and reach at least grade 4 in his English mock examination.",
                "By March '27, Callum will use his calm plan (breathing, time-out card, quiet room) when he feels anxious in lessons, on 4 out of 5 occasions recorded by his key worker.",
                "By June 2027, Callum will join a maths class of 8 students for three full lessons each week, recorded on his timetable by the Riverside maths teacher.",
            ]),
        ]),
        ("F", "Special educational provision", [
            ("lab", "Key worker mentoring:", "2 x 30 min sessions weekly, 1-2-1, with his key worker at Riverside, who is trained as an Emotional Literacy Support Assistant (ELSA). Sessions cover his calm plan and planning his week."),
            ("lab", "Calm plan:", "Callum's calm plan will be reviewed by Callum and his key worker once each half-term (30 mins) and shared with all staff who teach him."),
            ("lab", "English:", "2 x 1 hour sessions weekly of 1-2-1 tuition with a qualified English teacher at Riverside, focused on planning and finishing longer written answers."),
            ("lab", "Maths:", "Maths in a small group (max 4) with the Riverside maths teacher, as timetabled (3 x 1 hr), moving to a class of 8 from the spring term 2027 when Callum agrees."),
            ("lab", "Exam arrangements:", "A separate room and supervised rest breaks in all mock and GCSE exams, applied for by the Special Educational Needs Co-ordinator (SENCo) at Haddow Academy."),
            ("lab", "Joint planning:", "The Haddow Academy SENCo and the Riverside key worker will meet twice termly (45 mins) to review Callum's timetable and attendance."),
        ]),
        ("G", "Health provision", [
            ("p", "CAMHS: Callum will continue to be supported by the CAMHS Getting Help team. Appointments will be offered as needed."),
        ]),
        ("H1", "Social care provision (section 2, Chronically Sick and Disabled Persons Act 1970)", [
            ("p", "None."),
        ]),
        ("H2", "Other social care provision", [
            ("p", "None."),
        ]),
        ("I", "Placement", [
            ("p", "Haddow Academy (mainstream secondary academy, 11-16), with a placement at Riverside Learning Centre (alternative provision) three days per week until the end of Year 11."),
        ]),
        ("J", "Personal budget", [
            ("p", "No personal budget has been requested."),
        ]),
        ("K", "Advice and information", [
            ("tbl", ["Advice", "From", "Date"], [
                ["Callum's views", "Gathered by Kerry Banks, Key Worker, Riverside Learning Centre", "10.03.2026"],
                ["Parent's views", "Callum's mum", "10.03.2026"],
                ["Educational advice", "James Farrow, SENCo, Haddow Academy", "02.03.2026"],
                ["Educational advice (alternative provision)", "Kerry Banks, Key Worker, Riverside Learning Centre", "05.03.2026"],
                ["Psychological advice", "Dr Sam Clarke, Educational Psychologist", "16.02.2026"],
                ["Health advice", "Dr Nina Ross, Clinical Psychologist, CAMHS", "24.02.2026"],
                ["Careers and preparing for adulthood advice", "Lee Grant, Careers Adviser, Mereshire Careers Service", "04.03.2026"],
            ]),
        ]),
    ],
)

# ============================================================ m203 (fail: epilepsy unmet/no outcome; OT in G; vague F; provision-as-outcome)
plan(
    file="m203.docx", layout="shaded-heading-table",
    title="Education, Health and Care Plan - Liam",
    front=[
        ("Name", "Liam"),
        ("Age", "18"),
        ("Education phase", "Post-16 (Year 14)"),
        ("College", "West Mereshire College - Level 2 IT Technical programme"),
        ("Date finalised", "14 September 2026"),
        ("Next review", "September 2027"),
    ],
    sections=[
        ("A", "My views, interests and aspirations", [
            ("p", "Liam wrote this section with his learning support tutor in June 2026."),
            ("p", "I am Liam and I am 18. I am in my second year at West Mereshire College doing IT. I'm good at building PCs and fixing problems on laptops - my family and my neighbours ask me when their Wi-Fi stops working. I like gaming, Formula 1 and watching wheelchair basketball."),
            ("p", "I want to work in IT support, maybe on a help desk, and later I'd like to get an apprenticeship. I want to be able to cook for myself and get the bus to college without my dad driving me. I get tired by the afternoon and my hands get stiff when I type for a long time."),
            ("sub", "My parents' views"),
            ("p", "Liam's parents are proud of how hard he works and how good he is with technology. They would like him to get paid work in IT, to become more independent at home and in getting about, and to have a social life outside the family. They worry about him having a seizure when he is out on his own."),
        ]),
        ("B", "Special educational needs", [
            ("sub", "Physical and sensory"),
            ("p", "Liam has cerebral palsy (spastic diplegia), which affects his legs and, to a lesser extent, his hands. He walks short distances indoors with elbow crutches and uses a manual wheelchair outdoors and for longer distances around college. His typing and handwriting are slow, and his hands become stiff after about 20 minutes. He tires by the afternoon, particularly after a lot of walking."),
            ("sub", "Cognition and learning"),
            ("p", "Liam is working at Level 2. He has strong problem-solving skills and a good memory for technical procedures. He needs extra time to complete written work and assessments because of his slower typing."),
            ("sub", "Social, emotional and mental health"),
            ("p", "Liam is confident and gets on well with his tutors. He can become frustrated and withdrawn when he is tired or when he cannot get round the building easily. He has few friends outside college."),
            ("sub", "Independence"),
            ("p", "Liam can make a hot drink and a snack, but he has not yet cooked a meal on his own because he finds it hard to stand, lift pans and cut up food. He does not yet travel to college on his own."),
        ]),
        ("C", "Health needs", [
            ("bul", [
                "Cerebral palsy: Liam needs physiotherapy to keep his muscles and joints flexible and to maintain his walking.",
                "Epilepsy: Liam has focal epilepsy, diagnosed when he was 12. It is controlled with daily medication, but he still has occasional seizures, usually when very tired; his last seizure was in March 2026. He has an emergency medication plan written by his neurologist.",
                "Liam finds everyday kitchen tasks difficult because of his balance and hand stiffness.",
            ]),
        ]),
        ("D", "Social care needs", [
            ("p", "Liam lives with his parents and his older brother. The Preparing for Adulthood social worker, Kate Ansell, assessed Liam's needs in May 2026. His parents meet his care needs at home and Liam does not need help with personal care. The family were given information about short breaks, leisure schemes and the Adult Social Care Transitions Team and do not want any services at present; they know how to ask for a Care Act assessment if things change."),
        ]),
        ("E", "Outcomes", [
            ("tbl", ["Preparing for adulthood area", "Outcome"], [
                ["Employment", "By the end of my course (July 2027), I will gain my Level 2 IT Technical Certificate."],
                ["Employment", "Within 1 year, I will complete a 6-week work placement in an IT support office, and my placement manager will confirm in writing that I logged and solved at least 10 help-desk requests."],
                ["Independent living", "By July 2027, I will cook a hot meal (for example pasta with sauce) in the college training flat using adapted equipment with no adult help, on 3 occasions recorded by my tutor."],
                ["Independent living", "By Easter 2027, I will travel from home to college on the accessible bus in my wheelchair on my own two days a week, signed off by my Travel Trainer."],
                ["Friends and community", "By July 2027, I will join a college club or a wheelchair basketball session and go at least twice a month, recorded in my progress review."],
                ["Good health", "By July 2027, I will do my stretching programme on my own 5 days out of 7, recorded on my phone app and checked by my physiotherapist."],
                ["Good health", "Liam will continue to receive physiotherapy and support from staff with his physical needs."],
            ]),
        ]),
        ("F", "Special educational provision", [
            ("lab", "Learning support:", "A Learning Support Assistant will support Liam in a small group (max 4) in all practical IT workshop sessions (6 hours per week), setting up and moving equipment and positioning his workstation."),
            ("lab", "Assistive technology:", "A laptop with a compact keyboard, trackball and dictation software, for all lessons and assessments. The college Assistive Technology Officer installed the software and updates it each term."),
            ("lab", "Exams:", "An extra 25% of the time and use of his laptop in all assessments and exams; the college Exams Officer applies for these and sets them up."),
            ("lab", "Rest breaks:", "Liam will have access to the quiet room for rest breaks where possible."),
            ("lab", "Independent living:", "Opportunities to practise independent living skills in the college training flat as appropriate."),
            ("lab", "Travel training:", "A Travel Trainer will travel with Liam 1-2-1 on 2 journeys per week for 10 weeks from January 2027, including getting on and off the bus in his wheelchair."),
            ("lab", "Work placement:", "A Job Coach from the college Work Placements team will find Liam an IT support placement and visit him there once a week (1 hour) for the 6 weeks of the placement."),
            ("lab", "Enrichment:", "The Student Support Officer will go with Liam to his first two club or sport sessions, then meet him fortnightly (15 mins) for the rest of the autumn term."),
        ]),
        ("G", "Health provision", [
            ("lab", "Physiotherapy:", "A Neuro Physiotherapist from the Adult Community Neuro Rehabilitation Team will review Liam every 3 months (45 mins) and update his home stretching programme."),
            ("lab", "Occupational therapy:", "An Occupational Therapist from the Community Therapies Team will work with Liam 1-2-1 in the college training flat fortnightly (45 mins) for 12 weeks, teaching him to use a perching stool, kettle tipper and adapted knife and chopping board to prepare meals safely."),
            ("p", "Agreed on behalf of Mereshire Integrated Care Board by Claire Lord, Designated Clinical Officer, 2 September 2026."),
        ]),
        ("H1", "Social care provision (section 2 of the Chronically Sick and Disabled Persons Act 1970)", [
            ("p", "None: see Section D. Short breaks were offered and not taken up."),
        ]),
        ("H2", "Other social care provision", [
            ("p", "None at present. The family has contact details for the Adult Social Care Transitions Team and can request a Care Act assessment at any time."),
        ]),
        ("I", "Placement", [
            ("p", "West Mereshire College (general further education college), Level 2 IT Technical study programme, 3 days per week."),
        ]),
        ("J", "Personal budget", [
            ("p", "None requested."),
        ]),
        ("K", "Advice and information", [
            ("tbl", ["Advice", "Provided by", "Date"], [
                ["Liam's views", "Liam, with Raj Patel, Learning Support Tutor", "16.06.2026"],
                ["Parents' views", "Liam's parents", "16.06.2026"],
                ["Educational advice", "Raj Patel, Learning Support Tutor, West Mereshire College", "10.06.2026"],
                ["Educational psychology advice", "Dr Emma Carr, Educational Psychologist", "21.05.2026"],
                ["Medical advice (epilepsy)", "Dr Kwame Osei, Consultant Neurologist, Haddow General Hospital", "03.06.2026"],
                ["Physiotherapy advice", "Lucy Fenn, Neuro Physiotherapist", "28.05.2026"],
                ["Occupational therapy advice", "Mark Doyle, Occupational Therapist, Community Therapies Team", "04.06.2026"],
                ["Social care advice", "Kate Ansell, Social Worker, Preparing for Adulthood team", "19.05.2026"],
                ["Preparing for adulthood advice", "Sam Hollis, Careers Adviser", "12.06.2026"],
            ]),
        ]),
    ],
)

# ============================================================ m204 (fail: provision in E; unmeasurable outcome; review overdue; looked-after status not reflected)
plan(
    file="m204.docx", layout="heading2-numbered",
    title="Education, Health and Care Plan for Alfie",
    front=[
        ("Child's name", "Alfie"),
        ("Age", "7"),
        ("National Curriculum year", "Year 3 (2025/26)"),
        ("Education phase", "Primary (Key Stage 2)"),
        ("Date finalised", "03.07.2024"),
        ("Date of last annual review", "12.06.2025"),
        ("Next review", "June 2026"),
    ],
    sections=[
        ("A", "Views, interests and aspirations", [
            ("sub", "A1 What Alfie tells us through his pictures, choices and play"),
            ("p", "Alfie's teaching assistant, Mrs Lucy Hart, spent time with him over two weeks in May 2025 using photo cards and a 'like / don't like' board, and watched what he chose in free play."),
            ("bul", [
                "Alfie chose the train track, the water tray and the trampoline every day. He lines up his trains and names each one.",
                "He picked the photo of his foster carers' dog, Biscuit, as his favourite thing at home.",
                "He put the hand dryer, the school bell and the hall at lunchtime on the 'don't like' side, and covered his ears when we showed him the hall photo.",
                "He smiles and flaps his hands when it is time for the sensory room and says 'bounce!'.",
            ]),
            ("sub", "A2 What Alfie's foster carers say"),
            ("p", "Jo and Martin have cared for Alfie since October 2023. They describe him as affectionate and funny, with a brilliant memory for train routes. Their hopes are that Alfie will talk more so he can tell people what he needs, that he makes a friend at school, and that he learns to swim. Longer term they would like him to be happy and as independent as he can be."),
        ]),
        ("B", "Special educational needs", [
            ("sub", "B1 Communication and interaction"),
            ("p", "Alfie is autistic. He uses single words and some short phrases, and he repeats phrases he has heard (echolalia). He uses the Picture Exchange Communication System (PECS) at Phase 4, building simple sentences with picture cards. He understands familiar routine language but not longer instructions. He plays alongside other children and is beginning to notice them."),
            ("sub", "B2 Cognition and learning"),
            ("p", "Alfie has a very good visual memory. He reads around 30 sight words, knows all his letter sounds and counts objects to 20. He finds it hard to stay with an adult-led task for more than 3 to 4 minutes."),
            ("sub", "B3 Social, emotional and mental health and sensory"),
            ("p", "Alfie becomes distressed at transitions and in loud places; he may drop to the floor, run or hit out. He is calmer with a visual timetable, warnings and sensory breaks."),
        ]),
        ("C", "Health needs", [
            ("p", "Alfie's autism was diagnosed by the Community Paediatrician in November 2023. He has difficulty getting to sleep and wakes two or three times a night. He is prescribed melatonin, which is reviewed by the Community Paediatrician."),
        ]),
        ("D", "Social care needs", [
            ("p", "Alfie is a looked after child. He has lived with his foster carers, Jo and Martin, and their two older children since October 2023. He needs more help than other children his age with dressing, washing and toileting, which his foster carers provide. He needs an adult with him at all times when out, because he does not understand danger near roads."),
        ]),
        ("E", "Outcomes", [
            ("sub", "E1 Communication"),
            ("p", "By the end of Year 3, Alfie will use two-picture sentences with his PECS book to ask for things at snack time and in play, on 8 out of 10 observed occasions recorded by his teaching assistant."),
            ("sub", "E2 Learning"),
            ("p", "Alfie has a 1-2-1 teaching assistant in every lesson to help him stay in class and complete his work."),
            ("p", "By the end of Year 3, Alfie will read 50 sight words and match a written number to a set of objects to 20, checked each half-term by his class teacher."),
            ("sub", "E3 Emotional wellbeing"),
            ("p", "By the end of Year 3, Alfie will be happier and more settled at school."),
            ("sub", "E4 Social"),
            ("p", "By the end of Year 3, Alfie will take turns in a simple game with one other child for 5 minutes, three times a week, recorded by his teaching assistant."),
            ("sub", "E5 Sleep"),
            ("p", "By the end of Year 3, Alfie will settle to sleep by 8pm on 5 nights out of 7, recorded in his sleep diary by his foster carers."),
        ]),
        ("F", "Special educational provision", [
            ("sub", "F1 Communication and interaction"),
            ("bul", [
                "Speech and language therapy: a Speech and Language Therapist (SALT) from the NHS Children's Speech and Language Therapy Service will visit school twice termly (1 hour each visit) to assess Alfie, set his communication targets and train his teaching assistant (TA).",
                "PECS: his TA, trained in PECS, will work with Alfie 1-2-1 three times a day for 10 minutes on his PECS targets.",
                "Turn-taking games: 3 x 10 min sessions weekly with Alfie and one other child, led by his TA.",
                "Attention Autism (a group programme that builds attention and shared enjoyment): 4 x 20 min sessions weekly in a small group (max 4), led by a Higher Level Teaching Assistant (HLTA) trained in the approach.",
            ]),
            ("sub", "F2 Cognition and learning"),
            ("bul", [
                "A TA trained in autism will support Alfie 1-2-1 for the whole school day (32.5 hours per week).",
                "Independent work station using the TEACCH approach (structured, visual tasks that Alfie completes on his own): 2 x 15 min daily, set up by his TA.",
                "Reading and number: 1-2-1 sight-word and number work with his TA, daily for 15 minutes, using targets set by the class teacher.",
            ]),
            ("sub", "F3 Emotional wellbeing and sensory"),
            ("bul", [
                "An Occupational Therapist (OT) will complete a sensory assessment in school in the autumn term 2025 (one 2-hour visit) and write a sensory programme.",
                "Sensory circuit with his TA, daily for 10 minutes on arrival and after lunch, following the OT's programme.",
                "Visual timetable and a 'now and next' board, updated by his TA before each change of activity.",
                "Lunchtime: Alfie will eat in the small dining room with his TA and two other children every day.",
            ]),
            ("sub", "F4 Working with home"),
            ("bul", [
                "Home-school book completed daily by his TA and foster carers.",
                "The Special Educational Needs Co-ordinator (SENCo) will meet the foster carers once each half-term (30 minutes) to review progress.",
            ]),
        ]),
        ("G", "Health provision", [
            ("bul", [
                "Community Paediatrician (Dr Kaur, Haddow Child Development Centre): review of Alfie's sleep and melatonin every 6 months (30-minute appointment).",
            ]),
            ("p", "Health provision agreed by Dr Priya Nandra, Designated Clinical Officer (DCO), 28 June 2024."),
        ]),
        ("H1", "Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970", [
            ("p", "Short breaks have been discussed with Alfie's foster carers. They do not wish to apply at this time."),
        ]),
        ("H2", "Other social care provision", [
            ("p", "None."),
        ]),
        ("I", "Placement", [
            ("p", "Brookfield Primary School (mainstream primary school)."),
        ]),
        ("J", "Personal budget", [
            ("p", "Not requested."),
        ]),
        ("K", "Advice and information", [
            ("num", [
                "Alfie's views gathered by Lucy Hart, Teaching Assistant, Brookfield Primary School - 23 May 2025 (annual review).",
                "Foster carers' views - Jo and Martin - 12 June 2025 (annual review).",
                "Annual review report - Karen Lowe, SENCo, Brookfield Primary School - 20 May 2025.",
                "Educational advice - Karen Lowe, SENCo, Brookfield Primary School - 18 March 2024.",
                "Psychological advice - Dr Tom Hughes, Educational Psychologist - 22 February 2024.",
                "Medical advice - Dr Kaur, Community Paediatrician - 15 January 2024.",
                "Speech and language therapy advice - Alice Green, Speech and Language Therapist - 6 March 2024.",
                "Occupational therapy advice - Rob Steele, Occupational Therapist - 2 April 2024.",
            ]),
        ]),
    ],
)

# ============================================================ m205 (sound)
plan(
    file="m205.docx", layout="letter-column",
    title="Education, Health and Care Plan",
    front=[
        ("Young person", "Ethan"),
        ("Age", "20"),
        ("Education phase", "Age 19+ (Supported Internship)"),
        ("Provider", "Kingsmead College Supported Internship programme, hosted by Haddow Community Hospital"),
        ("Date finalised", "28.07.2026"),
        ("Next review", "July 2027"),
        ("Lead officer", "Sian Hardy, 19-25 Education, Health and Care (EHC) Team"),
    ],
    sections=[
        ("A", "All about me: my views, interests and aspirations", [
            ("p", "I wrote this with my Job Coach, Paul, in May 2026. My mum added her part at the end."),
            ("p", "I'm Ethan. I'm 20 and I'm doing a supported internship at Haddow Community Hospital. I work in the kitchen and on the ward trolleys. I like cooking, football on the radio (I support Ipswich) and walking my dog, Bramble."),
            ("p", "I'm always on time and I remember a route once I've learned it. The kitchen staff say I'm a hard worker."),
            ("p", "I can't see small writing or things far away. I need big print and I use my magnifier. Busy corridors are hard because people come at me fast."),
            ("p", "I want a paid job in a kitchen. One day I want my own flat, maybe with a friend. I want to go to football with my mates, not always with my mum."),
            ("sub", "What my mum says"),
            ("p", "Ethan's mum says he has grown up a lot on his internship and is proud of his work. She hopes he gets a paid job at the end of it, learns to cook a few meals and to travel on his own, and moves into supported living when he is ready. She would like him to have friends his own age outside work."),
        ]),
        ("B", "Special educational needs", [
            ("sub", "Vision"),
            ("p", "Ethan has congenital nystagmus (constant, involuntary movement of the eyes) and low vision, with visual acuity of 6/36 in both eyes. He is registered as sight impaired. He reads print at 24 point (N24) in bold with good contrast, and uses a hand-held magnifier and the zoom on his phone. He finds it hard to see faces and signs at a distance and to move through busy, changing spaces."),
            ("sub", "Cognition and learning"),
            ("p", "Ethan has a moderate learning difficulty. He reads and writes at Entry Level 2 and handles money to £20 with some mistakes. He learns new tasks well when they are broken into steps, shown to him and practised in the same order each time."),
            ("sub", "Communication and social"),
            ("p", "Ethan is chatty and polite and gets on well with colleagues. He sometimes misses non-verbal signals because he cannot see facial expressions clearly, and he becomes anxious in crowds."),
            ("sub", "Independence"),
            ("p", "Ethan can make simple snacks at home. He travels on routes he has learned with an adult but not yet alone on the bus to work."),
        ]),
        ("C", "Health needs", [
            ("p", "Ethan's nystagmus and low vision are lifelong. The Hospital Eye Service reviews his eyes once a year and the Low Vision Clinic provides and reviews his magnifiers. He has no other health needs related to his special educational needs."),
        ]),
        ("D", "Social care needs", [
            ("p", "Ethan lives with his mum. The Adult Social Care Transitions Team completed a Care Act assessment in April 2026. It found eligible needs in getting out into the community safely and using public transport, and in planning and preparing meals. His mum provides most of his care and does not wish to have a separate carer's assessment at present."),
        ]),
        ("E", "Outcomes", [
            ("lab", "Employment:", "By the end of my internship (July 2027), I will work a 4-hour kitchen shift following my large-print task list, with my Job Coach checking in no more than once a shift, as recorded on the Job Coach's weekly log."),
            ("lab", "Employment:", "By July 2027, I will gain a positive reference from my kitchen manager that I can show to employers when I apply for paid jobs."),
            ("lab", "Independent living:", "Within 6 months (by January 2027), I will travel by bus from home to the hospital on my own, using the talking bus-times app on my phone, on 5 days out of 5, signed off by my Travel Trainer."),
            ("lab", "Independent living:", "By July 2027, I will cook two meals a week at home from a large-print recipe, checked by my mum on my cooking record."),
            ("lab", "Friends and community:", "Before I turn 21 (March 2027), I will go to the Saturday football supporters' club with my support worker twice a month and meet at least one friend there."),
            ("lab", "Good health:", "By March '27, I will use my magnifier and phone zoom to read rotas, labels and timetables at work on my own, on 4 out of 5 checks recorded by my Job Coach."),
        ]),
        ("F", "Special educational provision", [
            ("lab", "Job coaching:", "A Job Coach from the Kingsmead College Supported Internship team will work with Ethan 1-2-1 on placement 3 days per week (6 hours per day). Autumn term: present for the whole shift. Spring term: present for the first and last hour and available by phone. Summer term: one check-in per shift."),
            ("lab", "Employability teaching:", "One day a week (5 hours) at college in a small group (max 8) led by the supported internship tutor: English and maths for work, CV writing and interview practice."),
            ("lab", "Vision support:", "A Qualified Teacher of Children and Young People with Vision Impairment (QTVI) from the Mereshire Sensory Support Service will visit twice termly (1 hour each) to assess how Ethan's vision affects his work tasks and to advise the Job Coach and his kitchen manager. All printed work materials will be produced in N24 bold by the college learning support team."),
            ("lab", "Equipment:", "A tablet with magnification and text-to-speech apps and a hand-held electronic magnifier. These were set up by the college Assistive Technology Officer, who will update them each term; the QTVI checks the settings at each visit."),
            ("lab", "Mobility (habilitation) training:", "A Habilitation Specialist from the Sensory Support Service will teach Ethan routes around the hospital site, 1-2-1, 6 sessions of 1 hour in September and October 2026."),
            ("lab", "Travel training:", "A Travel Trainer from the Independent Travel Training service will travel with Ethan 1-2-1 on his journey to work on placement days for 6 weeks from September 2026, then shadow at a distance for 2 weeks before signing him off."),
            ("lab", "Cooking skills:", "1-2-1 cooking sessions with a learning support assistant in the college training kitchen, fortnightly (90 mins), using large-print recipes."),
            ("lab", "Progress reviews:", "From September 2026, the supported internship tutor will meet Ethan and his mum once each half-term (30 mins) to review progress towards paid work."),
        ]),
        ("G", "Health provision", [
            ("lab", "Hospital Eye Service:", "Yearly eye examination with the Consultant Ophthalmologist at Haddow General Hospital (one appointment per year)."),
            ("lab", "Low Vision Clinic:", "Yearly low vision assessment (1 hour) with the Low Vision Clinic optometrist, who will review and replace Ethan's magnifiers at that appointment."),
            ("p", "Mereshire Integrated Care Board (ICB) agreed this health provision. Signed off by Mark Benson, Designated Clinical Officer, 20 July 2026."),
        ]),
        ("H1", "Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970", [
            ("p", "Not applicable: Ethan is over 18. His adult social care support is set out in H2."),
        ]),
        ("H2", "Other social care provision", [
            ("p", "Care Act support (Adult Social Care): a support worker for 6 hours per week, used for community activities (including the football supporters' club) and shopping for his cooking. The Adult Social Care Transitions Team will review his support plan every 12 months."),
        ]),
        ("I", "Placement", [
            ("p", "Kingsmead College (general further education college): Supported Internship, 4 days per week (3 days on placement at Haddow Community Hospital, 1 day at college), September 2026 to July 2027."),
        ]),
        ("J", "Personal budget", [
            ("p", "No personal budget has been requested for education provision. Ethan's Care Act support is arranged for him by Adult Social Care."),
        ]),
        ("K", "Advice and information", [
            ("tbl", ["Advice", "Who gave it", "Date"], [
                ["Ethan's views", "Ethan, with Paul Lacey, Job Coach", "12.05.2026"],
                ["Parent's views", "Ethan's mum", "12.05.2026"],
                ["Educational advice", "Faye Rowe, Supported Internship Tutor, Kingsmead College", "30.04.2026"],
                ["Educational psychology advice", "Dr Ruth Barker, Educational Psychologist", "18.03.2026"],
                ["Vision impairment advice", "Ann Lyle, Qualified Teacher of the Visually Impaired, Sensory Support Service", "09.03.2026"],
                ["Medical advice", "Peter Lund, Consultant Ophthalmologist, Haddow General Hospital", "04.02.2026"],
                ["Low vision advice", "Zara Hunt, Optometrist, Low Vision Clinic", "04.02.2026"],
                ["Social care advice (Care Act assessment)", "Dan Weir, Social Worker, Adult Social Care Transitions Team", "21.04.2026"],
                ["Preparing for adulthood advice", "Janine Bird, Careers Adviser, Mereshire Careers Service", "06.05.2026"],
            ]),
        ]),
    ],
)

# ============================================================ m206 (sound; early years; no social care needs)
plan(
    file="m206.docx", layout="shaded-heading-table",
    title="Education, Health and Care Plan - Ruby",
    front=[
        ("Name", "Ruby"),
        ("Age", "3 years 3 months"),
        ("Education phase", "Early years (pre-school)"),
        ("Setting", "Little Acorns Pre-school, Eastwold"),
        ("Home language", "Polish (English is an additional language)"),
        ("Date finalised", "30 September 2026"),
        ("Next review", "March 2027 (six-monthly review, as Ruby is under five)"),
    ],
    sections=[
        ("A", "Ruby's views, interests and aspirations and those of her family", [
            ("sub", "What Ruby tells us through her play and actions"),
            ("p", "Ruby does not use words yet. Her key person at pre-school, Hannah Price, watched Ruby closely over three weeks in July 2026 and noted what she chose, what made her smile and what upset her. Ruby's mum added what she sees at home."),
            ("bul", [
                "Ruby heads straight for the water tray and the bubble machine. She takes an adult's hand and puts it on the bubble wand when she wants more.",
                "She loves the swings and laughs loudly when she is pushed high.",
                "She calms when her mum sings Polish lullabies, and at pre-school she rocks and smiles during 'Twinkle, Twinkle'.",
                "She watches her brother Oskar and follows him round the garden.",
                "She pushes away hats and cries when the hoover is on.",
                "She is very determined: she will try an inset puzzle again and again until the pieces fit.",
            ]),
            ("sub", "What Ruby's family say"),
            ("p", "Ruby's parents speak Polish at home. Their views were gathered at the planning meeting with a Polish interpreter. They describe Ruby as loving, determined and funny. Their hopes are that she will learn to talk, in Polish and English, play with other children, start school alongside her brother and eat a wider range of foods. In the future they want her to be happy and to have friends."),
        ]),
        ("B", "Special educational needs", [
            ("p", "Ruby has global developmental delay. In most areas of the Early Years Foundation Stage (EYFS, the framework for children from birth to five) she is working at the level expected of a child aged about 12 to 18 months."),
            ("sub", "Communication and interaction"),
            ("p", "Ruby babbles and uses pointing, reaching and leading adults by the hand to ask for things. She understands some familiar words in Polish (her name, 'drink', 'coat') and a few in English. She does not yet copy words or signs. She enjoys people and makes good eye contact with familiar adults."),
            ("sub", "Cognition and learning"),
            ("p", "Ruby completes 2-piece inset puzzles, posts shapes and explores toys by mouthing and banging them. She can stay with an activity she likes for 3 to 5 minutes."),
            ("sub", "Social and emotional development"),
            ("p", "Ruby is starting to watch other children and will sit near them. She finds changes of room difficult and needs time and an adult she knows to settle."),
            ("sub", "Physical and sensory"),
            ("p", "Ruby has no difficulty walking; she runs and climbs confidently in the garden. She is just starting to use a spoon and to make marks with chunky crayons. She avoids many textures, including most foods."),
        ]),
        ("C", "Health needs", [
            ("p", "Ruby's development is followed by Dr Hollis, Community Paediatrician. Genetic tests have not found a cause for her global developmental delay. Her hearing test in June 2026 was clear."),
            ("p", "Ruby eats a very limited range of foods (plain crackers, smooth yoghurt and milk from a bottle). Her weight is on the 9th centile and the Specialist Dietitian is monitoring her growth and diet."),
        ]),
        ("D", "Social care needs", [
            ("p", "Ruby lives with her mum, dad and brother Oskar, aged 6. At the SEND Team's request, a Family Practitioner from Mereshire Early Help visited the family on 8 July 2026. She found that Ruby's care needs are met well at home and that the family has good support from friends and their church, so there are no social care needs at this time. The family were told about short breaks and the 'Little Stars' play scheme and know how to contact the team if things change."),
        ]),
        ("E", "Outcomes", [
            ("tbl", ["What we want Ruby to achieve", "By when", "How we will know"], [
                ["Ruby will ask for things she wants (for example bubbles, drink, swing) using 5 different signs, words in either language, or photo cards.", "March 2027", "Her key person sees her use each one on 3 different days and records it in her learning journal."],
                ["Ruby will stay with a 5-minute adult-led song group with two other children until the end.", "March 2027", "She stays to the end on 3 out of 5 days, recorded by her key person."],
                ["Ruby will feed herself with a spoon and touch or taste one new food from her tasting plate each week.", "By her next birthday (June 2027)", "Her food chart, kept by pre-school and mum, shows a new food tried each week."],
                ["Ruby will complete a 4-piece inset puzzle and stack 5 bricks.", "March 2027", "Noted with a photo in her learning journal."],
                ["Ruby will follow her photo routine for arriving, washing her hands and snack with only one pointing prompt.", "Summer 2027", "Her key person records the number of prompts each day for one week."],
            ]),
        ]),
        ("F", "Special educational provision", [
            ("lab", "Key person support:", "1-2-1 support from an experienced early years practitioner (her key person or a named colleague) for all 15 hours per week term time."),
            ("lab", "Speech and language therapy:", "Every half-term (6 visits per year, 60 minutes each), a Speech and Language Therapist from the Children's Speech and Language Therapy Service will see Ruby at pre-school, set her communication targets and show her key person how to work on them."),
            ("lab", "Daily communication work:", "2 x 10 min sessions daily, 1-2-1 with her key person, using the therapist's targets, signs and photo cards, and copying Ruby's sounds and actions to build turn-taking."),
            ("lab", "Small group attention work:", "Daily 10-minute 'bucket time' (from the Attention Autism approach: short, exciting adult-led activities that build attention) in a small group (max 4), led by the pre-school Special Educational Needs Co-ordinator (SENCo)."),
            ("lab", "Early Years SEND Advisory Teacher:", "A termly visit (90 minutes) to review Ruby's learning plan with her key person and the SENCo and to model activities."),
            ("lab", "Visual routine:", "Photo timetable and objects of reference (objects that stand for an activity, such as a cup for snack), made and kept up to date by her key person."),
            ("lab", "Mealtimes:", "At snack and lunch every day, her key person will sit with Ruby and follow the tasting-plate steps written by the Specialist Dietitian (see Section G)."),
            ("lab", "Interpreting:", "A Polish interpreter at every review meeting, booked by the SEND Team."),
            ("lab", "Starting school:", "In the summer term 2027, her key person and the SENCo will plan Ruby's move to Reception with the new school, including 3 visits to the school (1 hour each) with her key person."),
        ]),
        ("G", "Health provision", [
            ("lab", "Specialist Dietitian (Children's Dietetics, Haddow Health Centre):", "review of Ruby's growth and diet every 3 months (30 minutes), and a written tasting-plate plan for home and pre-school, updated at each review."),
            ("lab", "Community Paediatrician (Dr Hollis):", "developmental review every 6 months (45-minute appointment)."),
            ("p", "Health provision confirmed on behalf of Mereshire Integrated Care Board (ICB) by Dr Priya Nandra, Designated Clinical Officer, on 22.09.2026."),
        ]),
        ("H1", "Social care provision (section 2 of the Chronically Sick and Disabled Persons Act 1970)", [
            ("p", "No provision required. Short breaks were considered (see Section D); the family do not want them at present."),
        ]),
        ("H2", "Other social care provision", [
            ("p", "None required. Early help was considered and the Family Practitioner found no need for it."),
        ]),
        ("I", "Placement", [
            ("p", "Little Acorns Pre-school (private and voluntary early years setting), 15 hours per week term time."),
        ]),
        ("J", "Personal budget", [
            ("p", "Not requested."),
        ]),
        ("K", "Advice and information", [
            ("tbl", ["Advice", "From", "Date"], [
                ["Parents' views (with Marta Nowak, Polish interpreter)", "Ruby's mum and dad", "12.07.2026"],
                ["Ruby's views, gathered through observation", "Hannah Price, Key Person, Little Acorns Pre-school", "10.07.2026"],
                ["Early years setting advice", "Gill Turner, SENCo, Little Acorns Pre-school", "10.07.2026"],
                ["Educational psychology advice", "Dr Sam Clarke, Educational Psychologist", "02.07.2026"],
                ["Medical advice", "Dr Hollis, Community Paediatrician", "24.06.2026"],
                ["Dietetic advice", "Kate Moss, Specialist Dietitian", "30.06.2026"],
                ["Speech and language therapy advice", "Nadia Ford, Speech and Language Therapist", "03.07.2026"],
                ["Early Years SEND Advisory Teacher report", "Liz Carter, Early Years SEND Advisory Teacher", "15.06.2026"],
                ["Social care advice", "Amy Walsh, Family Practitioner, Mereshire Early Help", "08.07.2026"],
            ]),
        ]),
    ],
)

# ============================================================ m207 (fail: no child's voice; deficit-only A/B; unexplained jargon; K items without who)
plan(
    file="m207.docx", layout="heading2-numbered",
    title="EHCP - Kian",
    front=[
        ("Name", "Kian"),
        ("Age", "14"),
        ("NC year", "Year 9"),
        ("Education phase", "Secondary (special school)"),
        ("Date finalised", "17.03.2026"),
        ("Next review", "March 2027"),
    ],
    sections=[
        ("A", "Views, interests and aspirations", [
            ("sub", "A1 Kian's views"),
            ("p", "Kian was unable to give his views for this plan due to his level of need."),
            ("sub", "A2 Parents' views"),
            ("p", "Kian's parents report that he cannot be left alone at any time, has no sense of danger, does not sleep through the night and is unable to dress or wash himself. He has frequent meltdowns when routines change and at these times he can bite his hand. He cannot tell them when he is in pain. They find family outings very difficult."),
            ("p", "Kian's parents would like him to be as independent as possible. In the future they would like him to live in a supported home near the family and do some kind of work, perhaps outdoors, as he has always liked being in the garden."),
        ]),
        ("B", "Special educational needs", [
            ("sub", "B1 Cognition and learning"),
            ("p", "Kian has SLD and is working well below ARE. On the school's BSquared Engagement Steps he is at early developing stages across all areas. He is not able to read or write and cannot count reliably beyond 3. His attention is fleeting and he does not stay on task without 1:1 adult direction."),
            ("sub", "B2 Communication and interaction"),
            ("p", "Kian is non-verbal. He does not use AAC functionally and his VOCA is not yet used spontaneously. He has limited understanding of language out of context. He has difficulty with joint attention and does not initiate interaction with peers. SALT recommends a SCERTS-informed approach."),
            ("sub", "B3 SEMH"),
            ("p", "Kian has significant dysregulation, with self-injurious behaviour when demands are placed on him. He is unable to tolerate waiting and has poor transitions across the school day."),
            ("sub", "B4 Physical and sensory"),
            ("p", "Kian has hypotonia and hypermobility, with reduced stamina when walking. Fine motor skills are poor and he is unable to use cutlery independently. He has sensory-seeking behaviours and mouths objects."),
        ]),
        ("C", "Health needs", [
            ("p", "Kian has low muscle tone and hypermobile joints, which limit how far he can walk before he needs a rest. The Children's Community Physiotherapy team advise a daily stretching and strengthening programme."),
            ("p", "Kian's sleep is disturbed (waking 3-4 times a night). This is managed by the Community Paediatrician, who prescribes melatonin and reviews it every 6 months."),
        ]),
        ("D", "Social care needs", [
            ("p", "Kian lives with his parents and his younger sister. The Children with Disabilities Social Work Team assessed the family in January 2026. Because Kian needs constant supervision and wakes at night, his parents have very little rest, and the assessment found a need for short breaks for Kian and the family."),
        ]),
        ("E", "Outcomes", [
            ("sub", "E1 Communication"),
            ("num", ["By March 2027, Kian will use his talking communication device (VOCA) to request a preferred item or activity on 5 occasions each day, recorded by staff on his communication log."]),
            ("sub", "E2 Independent living"),
            ("num", [
                "By March 2027, Kian will put on his coat and shoes (velcro) with one physical prompt, on 4 out of 5 days, recorded by class staff.",
                "By July 2027, Kian will use a spoon to eat his main course at lunch with no more than two prompts, recorded weekly by his teaching assistant.",
            ]),
            ("sub", "E3 Employment and community"),
            ("num", [
                "By July 2027, Kian will complete a 3-step gardening task (fill a pot, plant a seedling, water it) in the school garden with a visual sequence, on 3 occasions recorded by his teacher.",
                "By July 2027, Kian will go to the local garden centre café with his class once a half-term and hand over money to pay, recorded on his community visit sheet.",
            ]),
            ("sub", "E4 Good health"),
            ("num", [
                "By March 2027, Kian will walk from his classroom to the school hall (about 80 metres) without needing a rest on 4 days out of 5, recorded by class staff.",
                "By March 2027, Kian will sleep through until 5am on 4 nights out of 7, recorded in his sleep diary by his parents.",
            ]),
        ]),
        ("F", "Special educational provision", [
            ("sub", "F1 Communication"),
            ("bul", [
                "SALT: direct block of 6 x 45 min sessions 1:1 each term, plus termly MDT meeting (1 hour) with class team and parents.",
                "Daily VOCA modelling by trained TA, 3 x 10 mins 1:1.",
                "Intensive Interaction 1:1 with TA, daily for 15 mins.",
                "Whole-class SCERTS approach in all lessons; class team to receive SCERTS training from SALT (2 hours, autumn term 2026).",
            ]),
            ("sub", "F2 Learning"),
            ("bul", [
                "Class of 8 with a teacher and 3 TAs; Kian supported 1:1 for all structured activities (25 hours per week).",
                "TEACCH workstation daily 2 x 15 mins, set up by TA.",
                "Progress assessed termly by class teacher on BSquared Engagement Steps.",
            ]),
            ("sub", "F3 SEMH and sensory"),
            ("bul", [
                "OT sensory diet: OT to review termly (1 hour visit); TA delivers sensory circuit 2 x 15 mins daily.",
                "PBS plan written by class teacher with the school's PBS lead, reviewed half-termly (30 mins).",
            ]),
            ("sub", "F4 Preparing for adulthood"),
            ("bul", [
                "Horticulture group (max 4) in school garden, weekly 1 hour, led by TA with RHS Level 2.",
                "Community visit with class once per half-term, ratio 1:1, planned by class teacher.",
                "Dressing and eating programme 1:1 with TA daily (15 mins at lunchtime and before home time).",
            ]),
        ]),
        ("G", "Health provision", [
            ("bul", [
                "Physiotherapy (Children's Community Physiotherapy): 6 sessions per year (45 mins each) in school, and a written daily stretching programme carried out by school staff (15 mins daily), reviewed at each session.",
                "Community Paediatrician: review of sleep and melatonin every 6 months (30 mins).",
            ]),
            ("p", "Health provision agreed by the DCO, Dr Leila Ahmed, 9 March 2026."),
        ]),
        ("H1", "Social care provision (section 2, Chronically Sick and Disabled Persons Act 1970)", [
            ("bul", [
                "Short breaks: one overnight stay per month at Willow Lodge residential short breaks unit.",
                "After-school club: 3 hours per week (Thursdays) at the Haddow inclusive youth club, with a 1:1 support worker.",
            ]),
        ]),
        ("H2", "Other social care provision", [
            ("p", "None. The family's needs are met by the short breaks in H1, which will be reviewed by the social worker every 6 months."),
        ]),
        ("I", "Placement", [
            ("p", "Rowan Brook School (special school for pupils with severe and complex learning difficulties, ages 4-19)."),
        ]),
        ("J", "Personal budget", [
            ("p", "None requested."),
        ]),
        ("K", "Advice and information", [
            ("bul", [
                "Appendix 1: Parental advice - Kian's parents - 12.01.2026",
                "Appendix 2: Educational advice - 20.01.2026",
                "Appendix 3: Psychological advice - 22.01.2026",
                "Appendix 4: Medical advice - Dr Simon Clay, Community Paediatrician - 05.02.2026",
                "Appendix 5: Physiotherapy advice - Jess Harper, Physiotherapist, Children's Community Physiotherapy - 28.01.2026",
                "Appendix 6: SALT advice - 15.01.2026",
                "Appendix 7: OT advice - Ben Walsh, OT - 19.01.2026",
                "Appendix 8: Social care advice - Laura Finch, Social Worker, Children with Disabilities Social Work Team - 26.01.2026",
                "Appendix 9: Preparing for adulthood advice - Careers Adviser, Mereshire Careers Service - 03.02.2026",
            ]),
        ]),
    ],
)

# ============================================================ m208 (fail: spelling; grammar; Care Act support placed in F; ALDT provides in G but gave no advice)
plan(
    file="m208.docx", layout="letter-column",
    title="Education, Health and Care Plan: Ryan",
    front=[
        ("Name", "Ryan"),
        ("Age", "21"),
        ("Education phase", "Age 19+ (Apprenticeship)"),
        ("Programme", "Level 2 Horticulture Apprenticeship - employer: Mereshire County Council Parks Service; off-the-job training at Haddow College"),
        ("Date finalised", "15.10.2026"),
        ("Next review", "October 2027"),
    ],
    sections=[
        ("A", "My views, interests and aspirations", [
            ("p", "Ryan told his Job Coach, Carl, what he wanted in his plan. These are his words."),
            ("p", "\"I work in the parks. I cut the grass, I plant the bulbs and I empty the bins. I like it best when I am on the big mower. I am good at remembering the jobs and I am never late. My boss Dave says I work hard.\""),
            ("p", "\"I want to finish my apprenticeship and get a proper job with the parks. I want to live in my own flat one day but not on my own, with a friend maybe. I like going to the gym and watching wrestling.\""),
            ("p", "\"I don't like it when they change the jobs at the last minute. I get panicky. Me and my dad has talked about it and he says I need to tell someone.\""),
            ("sub", "What Ryan's dad says"),
            ("p", "Ryan's dad is very proud of him. He says Ryan has become more confident since starting his apprenticeship. He would like Ryan to get a permanent job and to become more independant at home, so that he can move into supported accomodation in the next few years."),
        ]),
        ("B", "Special educational needs", [
            ("sub", "Cognition and learning"),
            ("p", "Ryan has a learning disability. He reads and writes at Entry Level 3 and is working towards Level 1 Functional Skills in maths. He remembers practical routines very well once he has been shown them, but he finds it hard to work out what to do when something unexpected happens. He needs instructions given one at a time and written down."),
            ("sub", "Communication and interaction"),
            ("p", "Ryan is autistic. He takes language literally and he don't like using the phone, so he prefers to get messages by text. There is lots of things he can do well at work, but in a noisy enviroment he struggles to follow what is being said in a group."),
            ("sub", "Social, emotional and mental health"),
            ("p", "Ryan gets anxious when his routine changes, and has had panic attacks at work. He has good relationships with his supervisor and two colleagues."),
            ("sub", "Independence"),
            ("p", "Ryan lives with his dad. He can make simple meals with help but does not yet plan his shopping or manage his own money."),
        ]),
        ("C", "Health needs", [
            ("p", "Ryan has anxiety linked to his autism and has panic attacks when plans change unexpectedly. He is being supported by the Adult Learning Disability Team. He has a yearly Learning Disability Annual Health Check with his GP (family doctor). He has no other health needs."),
        ]),
        ("D", "Social care needs", [
            ("p", "The Adult Social Care Transitions Team completed a Care Act assessment with Ryan and his dad in June 2026. It found that Ryan has eligible needs for support with planning and cooking meals, shopping and managing his money. Ryan's dad works full time and have told the assessor that he cannot provide this support every day."),
        ]),
        ("E", "Outcomes", [
            ("lab", "Employment:", "By the end of my apprenticeship (July 2027), I will pass my Level 2 Horticulture end-point assessment."),
            ("lab", "Employment:", "By July 2027, I will plan my own jobs for the day from the team rota and do them with no more than one check from my supervisor, on 4 days out of 5, recorded by my Job Coach."),
            ("lab", "Independent living:", "Before I turn 22 (March 2027), I will plan and cook 3 meals a week at home, from a shopping list I write myself, checked by my support worker."),
            ("lab", "Independent living:", "Within 6 months, I will use a budgeting app to keep track of my wages and pay my phone bill myself each month, checked with my support worker."),
            ("lab", "Friends and community:", "By July 2027, I will go to the college's lunchtime football club on my training day at least 3 times a month, recorded by the Student Support Officer."),
            ("lab", "Good health:", "Within 6 months, I will use my anxiety plan when jobs change, telling my supervisor \"I need five minutes\", on 4 out of 5 occasions recorded by my Job Coach."),
        ]),
        ("F", "Special educational provision", [
            ("lab", "Job coaching:", "A Job Coach from Haddow College will work with Ryan 1-2-1 at the Parks depot 2 days per week (3 hours each day) during the autumn term, reducing to 1 day per week from January 2027. The Job Coach will meet his supervisor fortnightly (30 mins) to agree any changes to his rota in advance."),
            ("lab", "Off-the-job training:", "One day per week at Haddow College, taught in a small group (max 6) by the horticulture tutor, with a learning support assistant in the group for all practical sessions."),
            ("lab", "Maths:", "Functional Skills maths in a small group (max 4) with a qualified maths tutor, 2 x 1 hour sessions weekly."),
            ("lab", "Enrichment:", "The Student Support Officer will go with Ryan to his first two football club sessions and then meet him fortnightly (15 mins) for the autumn term."),
            ("lab", "Assessment arrangements:", "25% extra time and a seperate room for his end-point assessment and Functional Skills exams, applied for by the college Exams Officer."),
            ("lab", "Daily living support:", "A support worker funded by Adult Social Care will support Ryan at home for 10 hours per week to plan his meals, go shopping, cook and manage his money, as set out in his Care Act support plan."),
            ("lab", "Communication:", "His supervisor and the Job Coach will send Ryan a text by 5pm the day before any change to his jobs, so he dosn't recieve changes at the start of his shift."),
        ]),
        ("G", "Health provision", [
            ("lab", "Clinical Psychologist, Adult Learning Disability Team:", "12 sessions of 1-2-1 anxiety management, fortnightly (50 mins), from November 2026, at the Haddow Community Hub."),
            ("lab", "Community Learning Disability Nurse, Adult Learning Disability Team:", "review of Ryan's health action plan twice a year (1 hour)."),
            ("lab", "GP:", "Learning Disability Annual Health Check, once a year."),
            ("p", "This health provision was agreed by the Designated Clinical Officer, Mark Benson, on 8 October 2026."),
        ]),
        ("H1", "Social care provision (section 2 of the Chronically Sick and Disabled Persons Act 1970)", [
            ("p", "Not applicable - Ryan is over 18."),
        ]),
        ("H2", "Other social care provision", [
            ("p", "Ryan has a Care Act support plan from the Adult Social Care Transitions Team; see Section F for his support worker hours."),
        ]),
        ("I", "Placement", [
            ("p", "Haddow College (general further education college) - off-the-job training for Ryan's Level 2 Horticulture Apprenticeship with Mereshire County Council Parks Service, until July 2027."),
        ]),
        ("J", "Personal budget", [
            ("p", "None requested for education. Ryan's Care Act support is a managed budget held by Adult Social Care."),
        ]),
        ("K", "Advice and information", [
            ("tbl", ["Advice", "Given by", "Date"], [
                ["Ryan's views", "Ryan, with Carl Benton, Job Coach, Haddow College", "02.09.2026"],
                ["Parent's views", "Ryan's dad", "02.09.2026"],
                ["Educational advice", "Nicola Reeve, Apprenticeship Tutor, Haddow College", "27.08.2026"],
                ["Employer report", "Dave Lister, Parks Supervisor, Mereshire County Council", "20.08.2026"],
                ["Educational psychology advice", "Dr Emma Carr, Educational Psychologist", "15.07.2026"],
                ["Health advice", "Dr Anna Price, GP, Haddow Health Centre", "22.07.2026"],
                ["Social care advice (Care Act assessment)", "Gary Moss, Social Worker, Adult Social Care Transitions Team", "18.06.2026"],
                ["Preparing for adulthood advice", "Janine Bird, Careers Adviser, Mereshire Careers Service", "10.08.2026"],
            ]),
        ]),
    ],
)

# ============================================================ m209 (fail: vague/unquantified F; out-of-date medical advice; friendship need/outcome with no provision; hypermobility not met in G)
plan(
    file="m209.docx", layout="shaded-heading-table",
    title="Education, Health and Care Plan",
    front=[
        ("Name", "Leo"),
        ("Age", "12"),
        ("Education phase", "Secondary (Year 7)"),
        ("School", "Haddow Academy"),
        ("Date finalised", "18 May 2026"),
        ("Next review", "May 2027"),
    ],
    sections=[
        ("A", "Leo's views, interests and aspirations", [
            ("sub", "All about me (written with my key adult, Mrs Dunn)"),
            ("bul", [
                "I like drawing cartoons and making stop-motion films with my Lego figures. I have made 12 films and put them on a USB stick for my nan.",
                "I'm good at football and I'm fast. I'm good at Lego and at thinking up stories.",
                "When I'm older I want to make animated films or design games.",
                "I find it hard when teachers talk for a long time. I forget what I'm meant to do and then I get told off.",
                "Writing makes my hand hurt.",
                "I'd like to have more friends at my new school. At break I don't know who to go with.",
            ]),
            ("sub", "What my parents say"),
            ("p", "Leo's mum and dad describe him as creative, energetic and kind-hearted. They want him to feel he belongs at secondary school, to make friends, and to get the qualifications he needs to follow his interest in film and animation. They worry that he is losing confidence because he does not always understand what he is asked to do."),
        ]),
        ("B", "Special educational needs", [
            ("sub", "Communication and interaction"),
            ("p", "Leo has Developmental Language Disorder (DLD), a long-term difficulty with understanding and using spoken language. He finds it hard to follow instructions of more than two parts, to understand new subject vocabulary and to explain his ideas in order. His speech is clear. He often misreads jokes and banter and at break times he has had falling-outs which he cannot explain afterwards. He does not yet have a settled friendship group."),
            ("sub", "Cognition and learning"),
            ("p", "Leo's reading age is 9 years 2 months and his spelling is well below that expected for his age. His maths reasoning is good when questions are read to him. He tells stories well through drawing and film."),
            ("sub", "Attention"),
            ("p", "Leo has Attention Deficit Hyperactivity Disorder (ADHD). He finds it hard to sit still and to keep his attention in longer lessons, especially in the afternoon."),
            ("sub", "Physical"),
            ("p", "Leo's hands become painful after 5 to 10 minutes of handwriting because of joint hypermobility (very flexible joints)."),
        ]),
        ("C", "Health needs", [
            ("bul", [
                "ADHD: diagnosed by the Community Paediatrician in 2021. Leo takes stimulant medication each morning, which is reviewed by the Community Paediatrician.",
                "Joint hypermobility: the Community Paediatrician's report notes that Leo's finger and wrist joints are very flexible, causing pain when writing, and recommends hand-strengthening exercises and physiotherapy review.",
            ]),
        ]),
        ("D", "Social care needs", [
            ("p", "Social care advice was requested. The Children with Disabilities Social Work Team screened the request in March 2026 and found no social care needs: Leo's care needs are met by his parents. The family have been given information on short breaks and holiday activities and have said they do not need them."),
        ]),
        ("E", "Outcomes", [
            ("tbl", ["Outcome", "How we will measure it"], [
                ["By Summer 2027, Leo will follow two-part instructions in lessons without needing them repeated, on 8 out of 10 occasions.", "Observed by his teaching assistant in English, maths and science once a half-term."],
                ["By July 2027, Leo will use 10 new subject words each half-term correctly in his spoken and written work.", "Vocabulary check with the teaching assistant each half-term: 8 out of 10 correct."],
                ["By Summer 2027, Leo will plan a 1-minute stop-motion film with a 6-frame storyboard and explain it to his class in order.", "Presentation recorded by his English teacher."],
                ["By the end of Year 8, Leo will reach a reading age of 11 years.", "School reading test each term."],
                ["By Summer 2027, Leo will stay on task for 15 minutes in lessons with one reminder.", "Observation by teaching assistant, twice a term."],
                ["By Summer 2027, Leo will write for 15 minutes without stopping because of pain.", "Recorded in English by his teacher."],
                ["By July 2027, Leo will go to a lunchtime club at least twice a week and be able to name two friends there.", "Recorded by his form tutor each half-term."],
            ]),
        ]),
        ("F", "Special educational provision", [
            ("lab", "Speech and language therapy:", "The Speech and Language Therapist will visit school twice termly (1 hour each visit) to assess Leo, set his language targets and train his teaching assistant. A teaching assistant trained by the therapist will deliver the programme 1-2-1, 3 x 20 min sessions weekly."),
            ("lab", "Vocabulary:", "Before each new topic, subject teachers will give Leo a word list with pictures one week in advance; his teaching assistant will pre-teach 5 words a week in a small group (max 4), 2 x 20 min sessions weekly."),
            ("lab", "Literacy:", "Small group literacy intervention each week for 10 weeks."),
            ("lab", "In class:", "In every lesson, teachers will give instructions in short chunks, written on the board with a visual prompt, and check Leo's understanding."),
            ("lab", "Attention:", "Two 5-minute movement breaks in each double lesson, using Leo's break card."),
            ("lab", "Organisation:", "Regular check-ins with a member of the pastoral team to help him stay organised."),
            ("lab", "Writing:", "Leo will have access to a laptop for longer pieces of writing where appropriate."),
            ("lab", "Exams:", "25% extra time and a reader in all tests and exams, arranged by the Special Educational Needs Co-ordinator (SENCo)."),
        ]),
        ("G", "Health provision", [
            ("lab", "Community Paediatrician (Dr Rahman):", "review of Leo's ADHD medication every 6 months (30-minute clinic appointment)."),
            ("p", "Agreed by Claire Lord, Designated Clinical Officer, Mereshire Integrated Care Board, 11 May 2026."),
        ]),
        ("H1", "Social care provision (section 2 of the Chronically Sick and Disabled Persons Act 1970)", [
            ("p", "None - no social care needs (see Section D). Short breaks were offered and declined."),
        ]),
        ("H2", "Other social care provision", [
            ("p", "None."),
        ]),
        ("I", "Placement", [
            ("p", "Haddow Academy (mainstream secondary academy)."),
        ]),
        ("J", "Personal budget", [
            ("p", "Not requested."),
        ]),
        ("K", "Advice and information", [
            ("tbl", ["Advice", "Author", "Date"], [
                ["Leo's views", "Leo, with Carol Dunn, Teaching Assistant", "10.03.2026"],
                ["Parents' views", "Leo's mum and dad", "10.03.2026"],
                ["Educational advice", "Amir Khan, SENCo, Haddow Academy", "05.03.2026"],
                ["Educational psychology advice", "Dr Tom Hughes, Educational Psychologist", "19.02.2026"],
                ["Speech and language therapy advice", "Gemma Holt, Speech and Language Therapist", "24.02.2026"],
                ["Medical advice", "Dr Rahman, Community Paediatrician", "09.11.2023"],
                ["Social care advice", "Helen Crane, Social Worker, Children with Disabilities Social Work Team", "16.03.2026"],
            ]),
        ]),
    ],
)

# ============================================================ m210 (sound; hearing impairment; no social care needs)
plan(
    file="m210.docx", layout="heading2-numbered",
    title="Education, Health and Care Plan",
    front=[
        ("Name", "Harvey"),
        ("Age", "15"),
        ("National Curriculum year", "Year 10"),
        ("Education phase", "Secondary - Key Stage 4 (GCSE years)"),
        ("School", "Haddow Academy"),
        ("Date of annual review meeting", "24 March 2026"),
        ("Date finalised (amended plan)", "21 April 2026"),
        ("Next review", "March 2027"),
    ],
    sections=[
        ("A", "Harvey's views, interests and aspirations, and those of his family", [
            ("sub", "A1 In my own words"),
            ("p", "I'm Harvey. I'm deaf and I wear two hearing aids. I love cars and engines. On Saturdays I help my uncle in his garage - I can change a tyre and do an oil change on my own now. I'm good at maths and at working out how things fit together. I play 5-a-side on Wednesdays."),
            ("p", "The hardest thing is when teachers talk with their back to me or walk around the room, or when everyone talks at once in group work. By the end of the day I'm really tired from listening."),
            ("p", "After Year 11 I want to do a motor vehicle course at college or get an apprenticeship, and then be a vehicle technician. One day I'd like my own garage."),
            ("sub", "A2 What my parents say"),
            ("p", "Harvey's parents say he is practical, loyal to his friends and has a great sense of humour. They want him to get the GCSEs he needs for a motor vehicle course or apprenticeship, to be confident telling new people about his deafness, and to manage his own hearing aids and appointments as he gets older."),
        ]),
        ("B", "Special educational needs", [
            ("sub", "B1 Hearing and communication"),
            ("p", "Harvey has a permanent moderate-to-severe hearing loss in both ears. He uses spoken English, wears two hearing aids and uses a radio aid in lessons (a system where the teacher wears a small microphone that sends their voice straight to his hearing aids). He relies on lip-reading and misses a lot of what is said in noisy rooms, in group discussions and when he cannot see the speaker's face."),
            ("sub", "B2 Language and learning"),
            ("p", "Harvey's maths is a strength: he is predicted a grade 6 at GCSE. His reading is sound, but his vocabulary for new subjects (for example in science and English literature) is behind that of his classmates, because he misses words he has not heard clearly. He is predicted a grade 4 in English Language."),
            ("sub", "B3 Social, emotional and mental health"),
            ("p", "Harvey has a close group of friends. Listening all day leaves him very tired (listening fatigue), and when tired he can withdraw and stop asking for help. He sometimes finds it hard to explain his needs to new teachers."),
        ]),
        ("C", "Health needs", [
            ("p", "Harvey has a permanent bilateral sensorineural hearing loss (hearing loss caused by the inner ear, in both ears), found when he was two. His hearing aids are fitted and checked by the Paediatric Audiology service at Haddow General Hospital. He has no other health needs."),
        ]),
        ("D", "Social care needs", [
            ("p", "Harvey lives with his mum, dad and older sister. The Children with Disabilities Social Work Team screened the request for advice in January 2026 and found no social care needs: Harvey's needs at home are met by his family. The family know about short breaks and the deaf youth activities in the local offer and do not need them now."),
        ]),
        ("E", "Outcomes", [
            ("sub", "E1 Education and employment"),
            ("bul", [
                "By the end of Year 11 (July 2027), Harvey will achieve grade 4 or above in GCSE English Language and maths.",
                "By March '27, Harvey will complete his application for a Level 2 motor vehicle course or apprenticeship, and by July 2027 he will have a confirmed place.",
            ]),
            ("sub", "E2 Independence and self-advocacy"),
            ("bul", [
                "By July 2027, Harvey will tell a new teacher or employer what he needs for his hearing (for example 'please face me when you talk'), using his one-page profile, on 3 occasions observed by the Qualified Teacher of the Deaf.",
            ]),
            ("sub", "E3 Good health"),
            ("bul", [
                "By March '27, Harvey will check his hearing aids and radio aid every morning and report any fault the same day, shown on his checklist on 9 days out of 10.",
                "By July 2027, Harvey will book and go to one of his own audiology appointments using the hospital's text booking service.",
            ]),
            ("sub", "E4 Friends and community"),
            ("bul", [
                "By July 2027, Harvey will attend at least 5 of the 6 Deaf Teens sessions this year and keep playing 5-a-side with his friends each week.",
            ]),
        ]),
        ("F", "Special educational provision", [
            ("sub", "F1 Hearing and communication"),
            ("bul", [
                "Qualified Teacher of the Deaf (QTOD) from the Mereshire Sensory Support Service: fortnightly visits (45 mins) for 1-2-1 pre-teaching of subject vocabulary and a check of his hearing aids and radio aid; plus one training session per term (1 hour) for the staff who teach Harvey.",
                "Radio aid: provided by the Sensory Support Service and maintained by the QTOD at each visit. Harvey checks it each morning with his form tutor.",
                "From May 2027, the QTOD will add a weekly 20-minute 1-2-1 revision session in the run-up to Harvey's GCSE exams.",
                "Every lesson: Harvey sits near the front with a clear view of the teacher's face; teachers wear the radio aid microphone, repeat other students' answers and switch on subtitles for all videos.",
                "Subject teachers will send key vocabulary lists to Harvey and the QTOD one week before each new topic.",
            ]),
            ("sub", "F2 English and learning"),
            ("bul", [
                "English vocabulary and written English: small group (max 4) with a Higher Level Teaching Assistant (HLTA), 2 x 30 min sessions weekly.",
                "Exams: Harvey will sit his exams in a separate small room with 25% extra time, and with a live speaker for the listening parts, applied for by the Special Educational Needs Co-ordinator (SENCo) and set up by the school Exams Officer.",
            ]),
            ("sub", "F3 Wellbeing"),
            ("bul", [
                "Weekly 1-2-1 check-in (15 mins) with the HLTA, to talk about listening fatigue and plan rest breaks.",
                "Deaf Teens group run by the Sensory Support Service: half-termly, 2 hours after school.",
            ]),
            ("sub", "F4 Preparing for adulthood"),
            ("bul", [
                "Careers guidance: a qualified careers adviser will meet Harvey twice termly (45 mins) in Years 10 and 11 to plan his route after Year 11 and help with applications; the QTOD joins one meeting per term.",
                "Work experience: one week at a local garage in July 2026. The school's work experience co-ordinator will visit the employer beforehand (30 mins) to explain Harvey's hearing needs.",
                "One-page profile: written with Harvey by the QTOD in the summer term 2026 and updated each September.",
                "Managing his own hearing care: once each half-term, 15 minutes of a QTOD visit will be used to practise booking appointments and ordering hearing aid batteries with Harvey.",
            ]),
        ]),
        ("G", "Health provision", [
            ("bul", [
                "Paediatric Audiology, Haddow General Hospital: hearing test and hearing aid review every 6 months (1-hour appointment), with new ear moulds made at each review.",
            ]),
            ("p", "The Designated Clinical Officer for Mereshire Integrated Care Board, Dr Leila Ahmed, confirmed agreement to this health provision on 14 April 2026."),
        ]),
        ("H1", "Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970", [
            ("p", "None - no social care needs were identified (see Section D). Short breaks were considered."),
        ]),
        ("H2", "Other social care provision", [
            ("p", "None."),
        ]),
        ("I", "Placement", [
            ("p", "Haddow Academy (mainstream secondary academy, ages 11-16)."),
        ]),
        ("J", "Personal budget", [
            ("p", "No personal budget has been requested."),
        ]),
        ("K", "Advice and information", [
            ("tbl", ["Advice", "Provided by", "Date received"], [
                ["Harvey's views", "Harvey, with Rachel Frost, Qualified Teacher of the Deaf", "10.02.2026"],
                ["Parents' views", "Harvey's mum and dad", "10.02.2026"],
                ["Educational advice (annual review report)", "Amir Khan, SENCo, Haddow Academy", "12.03.2026"],
                ["Educational psychology advice", "Dr Sam Clarke, Educational Psychologist", "03.02.2026"],
                ["Hearing impairment advice", "Rachel Frost, Qualified Teacher of the Deaf, Mereshire Sensory Support Service", "28.01.2026"],
                ["Health advice", "Joanne Wells, Clinical Scientist (Audiology), Paediatric Audiology, Haddow General Hospital", "15.01.2026"],
                ["Social care advice", "Lisa Mann, Social Worker, Children with Disabilities Social Work Team", "20.01.2026"],
                ["Preparing for adulthood advice", "Lee Grant, Careers Adviser, Mereshire Careers Service", "05.02.2026"],
            ]),
        ]),
    ],
)

# ============================================================ m211 (sound; CIN plan shown; no health needs)
plan(
    file="m211.docx", layout="letter-column",
    title="Education, Health and Care Plan",
    front=[
        ("Name", "Isla"),
        ("Age", "9"),
        ("National Curriculum year", "Year 5"),
        ("Education phase", "Primary"),
        ("School", "St Botolph's Church of England Primary School"),
        ("Date finalised", "16.03.2026"),
        ("Next review", "March 2027"),
    ],
    sections=[
        ("A", "Views, interests and aspirations", [
            ("sub", "Isla's views"),
            ("p", "Isla shared her views with her teaching assistant, Miss Reed, using Talking Mats (a picture-based tool that helps children say what they think) in January 2026. Miss Reed wrote down her words:"),
            ("bul", [
                "\"I love gymnastics. I can do a cartwheel and a bridge. I like drawing animals, and my cat is called Pickle.\"",
                "\"I'm good at maths and I'm good at looking after my little brother.\"",
                "\"It's hard when I don't know what the words mean and everyone else does. Then I just pretend.\"",
                "\"Sometimes I worry about my mum when I'm at school.\"",
                "\"When I grow up I want to be a vet or a gymnastics coach.\"",
            ]),
            ("sub", "Isla's mum's views"),
            ("p", "Isla's mum says Isla is caring, sporty and brave, and that she has had to grow up fast while mum has been ill. She wants Isla to enjoy school, to catch up with her reading and talking, to worry less, and to have time to be a child and do the things she loves, like gymnastics."),
        ]),
        ("B", "Special educational needs", [
            ("sub", "Communication and interaction"),
            ("p", "Isla has Developmental Language Disorder (DLD), a long-term difficulty with learning and using language. She understands short, everyday instructions but loses track of longer ones. Her vocabulary is well behind that of her classmates, and she finds it hard to put her ideas into sentences in the right order, particularly when telling a story or explaining her thinking."),
            ("sub", "Cognition and learning"),
            ("p", "Isla's maths calculation skills are in line with her age. Her reading age is 7 years 6 months (January 2026); she decodes well but does not always understand what she has read because of the vocabulary."),
            ("sub", "Social, emotional and mental health"),
            ("p", "Isla is popular and kind. She worries a lot about her mum's health, and she hides it when she has not understood, which can make her look as if she is not trying. Her attendance was 86% in the autumn term 2025 because of late arrivals and missed mornings."),
        ]),
        ("C", "Health needs", [
            ("p", "None. Dr Amin, Community Paediatrician, assessed Isla in January 2026 and found no medical cause for her language difficulty and no health needs related to her special educational needs. Her hearing test in December 2025 was normal."),
        ]),
        ("D", "Social care needs", [
            ("p", "Isla has been supported under a Child in Need (CIN) plan since September 2025, because her mum has a serious long-term illness and Isla was doing a lot of caring for her younger brother and missing school. Isla is also a registered young carer. Her social worker, Priya Lal (Children's Social Care, Haddow Team), gave advice for this plan and attended the planning meeting."),
            ("p", "The CIN plan's goals - Isla arriving at school on time every day, having time to be a child, and support for mum with the family's morning routine - are built into outcomes 4 and 5 in Section E and into Section H2. The CIN plan is reviewed every 6 weeks; the school's Special Educational Needs Co-ordinator (SENCo) attends these reviews so that the two plans stay joined up."),
        ]),
        ("E", "Outcomes", [
            ("num", [
                "By the end of Year 5 (July 2026), Isla will retell a short story with a clear beginning, middle and end, using at least 5 story words, in 3 out of 4 retells recorded by her teaching assistant.",
                "By July 2027, Isla will learn 10 new topic words each half-term and score at least 8 out of 10 on the vocabulary check.",
                "By the end of Year 6 (July 2027), Isla will reach a reading age of 9 years 6 months on the school's reading test.",
                "By the end of Year 5, Isla will tell a trusted adult when she is worried, using her worry scale, at least once a week, recorded by her Emotional Literacy Support Assistant (ELSA).",
                "By July 2027, Isla will arrive at school by 8:50am on at least 9 days out of 10 (attendance above 95%).",
                "By the end of Year 5, Isla will go to the after-school gymnastics club every week and tell her class about it in 'news time' once each half-term.",
            ]),
        ]),
        ("F", "Special educational provision", [
            ("lab", "Speech and language therapy:", "The Speech and Language Therapist from the NHS Children's Speech and Language Therapy Service will visit school twice termly (1 hour each visit) to review Isla's targets and show her teaching assistant how to deliver them."),
            ("lab", "Language programme:", "Her teaching assistant, trained in Elklan (an accredited course in supporting children's language), will work with Isla 1-2-1, 3 x 20 min sessions weekly, on the therapist's targets, including story retelling."),
            ("lab", "Vocabulary:", "Word Aware (a structured way of teaching new words) in a small group (max 4), 2 x 30 min sessions weekly, led by a Higher Level Teaching Assistant (HLTA), pre-teaching the topic words for the coming week."),
            ("lab", "Reading comprehension:", "Reading comprehension group (max 3), 4 x 20 min sessions weekly, with a trained teaching assistant."),
            ("lab", "In class:", "In every lesson, instructions are given in short steps with a word mat and pictures; the class teacher checks Isla's understanding by asking her to tell it back."),
            ("lab", "Emotional support:", "ELSA sessions 1-2-1, weekly (30 mins) for 12 weeks, then fortnightly (30 mins); the ELSA is trained and supervised by the Mereshire Educational Psychology Service."),
            ("lab", "Morning check-in:", "Her teaching assistant will meet Isla at the classroom door each morning at 8:45 (5 mins) for a check-in using her worry scale."),
            ("lab", "Gymnastics club:", "A funded place at the school's after-school gymnastics club, 1 hour weekly, arranged by the SENCo."),
            ("lab", "Review:", "The SENCo will meet Isla's mum once each half-term (30 mins) to review progress."),
        ]),
        ("G", "Health provision", [
            ("p", "None - no health needs (see Section C). Isla's speech and language therapy is educational provision and is set out in Section F."),
        ]),
        ("H1", "Social care provision (section 2, Chronically Sick and Disabled Persons Act 1970)", [
            ("p", "None. Short breaks were discussed with Isla's mum and social worker; they are not needed, as Isla's needs arise from her caring role rather than from her disability."),
        ]),
        ("H2", "Other social care provision", [
            ("bul", [
                "Family Practitioner (Mereshire Early Help, working under the CIN plan): home visit once a week (1 hour) to support mum with the morning routine so that Isla and her brother get to school on time.",
                "Young carers: Isla attends the Mereshire Young Carers club every other Saturday (3 hours), arranged by her social worker.",
                "The CIN plan is reviewed every 6 weeks by her social worker.",
            ]),
        ]),
        ("I", "Placement", [
            ("p", "St Botolph's Church of England Primary School (mainstream primary school)."),
        ]),
        ("J", "Personal budget", [
            ("p", "Not requested."),
        ]),
        ("K", "Advice and information", [
            ("tbl", ["Advice", "Given by", "Date"], [
                ["Isla's views", "Isla, with Hollie Reed, Teaching Assistant", "20.01.2026"],
                ["Parent's views", "Isla's mum", "20.01.2026"],
                ["Educational advice", "Ruth Allen, SENCo, St Botolph's Church of England Primary School", "22.01.2026"],
                ["Educational psychology advice", "Dr Tom Hughes, Educational Psychologist", "27.01.2026"],
                ["Medical advice", "Dr Amin, Community Paediatrician", "14.01.2026"],
                ["Speech and language therapy advice", "Alice Green, Speech and Language Therapist", "30.01.2026"],
                ["Social care advice", "Priya Lal, Social Worker, Children's Social Care (Haddow Team)", "09.02.2026"],
            ]),
        ]),
    ],
)

# ============================================================ m212 (fail: health needs "not known" and no health advice; no aspirations; professional jargon in A/E; D/H "N/A")
plan(
    file="m212.docx", layout="shaded-heading-table",
    title="Education, Health and Care Plan - Maya",
    front=[
        ("Name", "Maya"),
        ("Age", "17"),
        ("Education phase", "Post-16 (Year 12)"),
        ("College", "Kingsmead College - Level 2 Art and Design"),
        ("Date finalised", "2 November 2026"),
        ("Next review", "October 2027"),
    ],
    sections=[
        ("A", "Views, interests and aspirations", [
            ("sub", "Maya's views"),
            ("p", "Maya contributed her views to her Personal Tutor during a structured person-centred review in September 2026. Maya reported that she experiences heightened anxiety in unstructured social contexts such as the refectory and corridors, and that sensory overload secondary to auditory and olfactory stimuli significantly impacts her capacity to engage with learning. She identified difficulties with task initiation and with interoceptive awareness, for example recognising hunger and fatigue. Maya reported that she enjoys online gaming and spending time with her cat."),
            ("sub", "Parental views"),
            ("p", "Maya's mother reports that Maya presents with a demand-avoidant profile in the home environment and that there is significant masking in the college setting, with associated post-college dysregulation. She reports concerns regarding Maya's limited engagement in community-based activity, and her reliance on parental scaffolding for activities of daily living."),
        ]),
        ("B", "Special educational needs", [
            ("sub", "Communication and interaction"),
            ("p", "Maya has a diagnosis of autism spectrum condition. She speaks fluently but finds group discussion and unfamiliar people very demanding, and she rarely asks for help. She understands instructions best when they are written down."),
            ("sub", "Cognition and learning"),
            ("p", "Maya is working at Level 2 and her practical art work is of a high standard. She has significant difficulty starting and organising tasks and keeping to deadlines without step-by-step plans."),
            ("sub", "Social, emotional and mental health"),
            ("p", "Maya becomes anxious in busy, noisy spaces and avoids the refectory. After a full day she is often exhausted. Her attendance was 83% in Year 12 so far."),
            ("sub", "Independence"),
            ("p", "Maya does not yet travel on her own on unfamiliar routes and relies on her mum to book appointments and manage money."),
        ]),
        ("C", "Health needs", [
            ("p", "Not known at the time of writing. Awaiting information from the GP."),
        ]),
        ("D", "Social care needs", [
            ("p", "N/A"),
        ]),
        ("E", "Outcomes", [
            ("num", [
                "By 31.07.2027, Maya will demonstrate improved executive functioning by independently initiating and completing assignment tasks within agreed deadlines on 80% of occasions, as evidenced by tutor tracking data.",
                "By the end of Year 13, Maya will evidence increased self-regulatory capacity by utilising her co-produced sensory regulation plan in unstructured contexts on 4 out of 5 monitored occasions.",
                "Within 6 months, Maya will generalise travel skills by completing a novel bus journey to college without adult facilitation on 3 consecutive occasions, as verified by the Travel Trainer.",
                "By 31.07.2027, Maya will demonstrate engagement in a community-based extracurricular provision on a fortnightly basis, as evidenced by attendance records.",
                "By the end of Year 13, Maya will complete a 2-week work experience placement with satisfactory employer feedback in relation to punctuality and task completion.",
                "By 31.07.2027, Maya will independently book and attend a GP appointment, as evidenced by parental report.",
            ]),
        ]),
        ("F", "Special educational provision", [
            ("lab", "Learning support:", "A Learning Support Assistant (LSA) will support Maya 1-2-1 in the studio for 6 hours per week, breaking each assignment into written steps with target dates and checking them with her at the start and end of each session."),
            ("lab", "Study skills:", "Weekly 1-2-1 session (45 mins) with a Specialist Autism Practitioner from the college Learning Support team, to plan her week and review her deadlines."),
            ("lab", "Quiet space:", "A named quiet room for lunch and breaks every day, agreed with Maya and her tutor; an 'exit card' in every lesson so she can leave for 10 minutes."),
            ("lab", "Sensory plan:", "The Specialist Autism Practitioner will write a sensory plan with Maya by December 2026 and review it with her twice termly (30 mins)."),
            ("lab", "Travel training:", "A Travel Trainer will travel with Maya 1-2-1 on a new bus route to college, 2 journeys per week for 6 weeks from January 2027."),
            ("lab", "Work experience:", "A Job Coach from the college Work Placements team will arrange a 2-week placement in the summer term 2027 and visit Maya at the placement twice (1 hour each)."),
            ("lab", "Enrichment:", "The Student Support Officer will go with Maya to her first two sessions of a college club of her choice and then meet her fortnightly (15 mins) for one term."),
            ("lab", "Independent living:", "In the spring term 2027, 1-2-1 sessions fortnightly (30 mins) with the Specialist Autism Practitioner to practise booking appointments by phone and online, and managing a weekly budget."),
            ("lab", "Exams:", "25% extra time and a separate room for all assessments, arranged by the college Exams Officer."),
        ]),
        ("G", "Health provision", [
            ("p", "None identified."),
        ]),
        ("H1", "Social care provision (section 2 of the Chronically Sick and Disabled Persons Act 1970)", [
            ("p", "N/A"),
        ]),
        ("H2", "Other social care provision", [
            ("p", "N/A"),
        ]),
        ("I", "Placement", [
            ("p", "Kingsmead College (general further education college), Level 2 Art and Design, 4 days per week."),
        ]),
        ("J", "Personal budget", [
            ("p", "None requested."),
        ]),
        ("K", "Advice and information", [
            ("tbl", ["Advice", "From", "Date"], [
                ["Maya's views", "Maya, with Claire Young, Personal Tutor, Kingsmead College", "18.09.2026"],
                ["Parent's views", "Maya's mum", "18.09.2026"],
                ["Educational advice", "Claire Young, Personal Tutor, Kingsmead College", "22.09.2026"],
                ["Educational psychology advice", "Dr Ruth Barker, Educational Psychologist", "01.09.2026"],
                ["Social care advice", "Leanne Ward, Social Worker, Preparing for Adulthood team", "14.09.2026"],
                ["Preparing for adulthood advice", "Sam Hollis, Careers Adviser", "25.09.2026"],
            ]),
        ]),
    ],
)


def main():
    os.makedirs(PLANS_DIR, exist_ok=True)
    for p in PLANS:
        doc = RENDER[p["layout"]](p)
        doc.save(os.path.join(PLANS_DIR, p["file"]))
        print("wrote", p["file"], p["layout"])


if __name__ == "__main__":
    main()
