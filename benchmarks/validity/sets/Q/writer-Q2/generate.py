# ---------------------------------------------------------------------------
# Rendering engine: one function per layout. Plan content is neutral data:
#   plan = {file, layout, title, front: [(label, value)], sections: [(letter, title, blocks)]}
#   blocks: ("sub", text) | ("p", text) | ("bul", [..]) | ("num", [..]) | ("table", header, rows)
#   "**x**" inside text marks a bold run.
# ---------------------------------------------------------------------------
import re
from docx import Document
from docx.shared import Pt, RGBColor, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

COUNCIL = "Carrowford City Council"


def add_runs(par, text, bold_all=False):
    parts = re.split(r"(\*\*.+?\*\*)", text)
    for part in parts:
        if not part:
            continue
        if part.startswith("**") and part.endswith("**"):
            r = par.add_run(part[2:-2]); r.bold = True
        else:
            r = par.add_run(part)
            if bold_all:
                r.bold = True
    return par


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def set_cell_text(cell, text, bold=False, style=None):
    p = cell.paragraphs[0]
    if style:
        p.style = style
    add_runs(p, text, bold_all=bold)
    return p


def cell_par(cell, text="", style=None, bold=False, first=[False]):
    # reuse the empty first paragraph of a fresh cell
    if len(cell.paragraphs) == 1 and not cell.paragraphs[0].text and not cell.paragraphs[0].runs:
        p = cell.paragraphs[0]
        if style:
            p.style = style
    else:
        p = cell.add_paragraph(style=style)
    add_runs(p, text, bold_all=bold)
    return p


def grid_table(doc, header, rows, style="Table Grid", header_fill="D9E2F3"):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = style
    for i, h in enumerate(header):
        set_cell_text(t.rows[0].cells[i], h, bold=True)
        if header_fill:
            shade(t.rows[0].cells[i], header_fill)
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            set_cell_text(cells[i], v)
    return t


def front_matter(doc, plan, fill=None):
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in plan["front"]:
        c = t.add_row().cells
        set_cell_text(c[0], k, bold=True)
        if fill:
            shade(c[0], fill)
        set_cell_text(c[1], v)
    doc.add_paragraph()


def sec_label(letter):
    return "Section " + letter


# --- layout 1: heading2-numbered -------------------------------------------
def render_heading2(plan):
    doc = Document()
    doc.add_heading(plan["title"], level=1)
    doc.add_paragraph(COUNCIL + " - Education, Health and Care (EHC) plan")
    front_matter(doc, plan)
    for letter, title, blocks in plan["sections"]:
        doc.add_heading("%s: %s" % (sec_label(letter), title), level=2)
        n = 0
        for b in blocks:
            kind = b[0]
            if kind == "sub":
                n += 1
                doc.add_heading("%s%d %s" % (letter, n, b[1]), level=3)
            elif kind == "p":
                add_runs(doc.add_paragraph(), b[1])
            elif kind == "bul":
                for it in b[1]:
                    add_runs(doc.add_paragraph(style="List Bullet"), it)
            elif kind == "num":
                for it in b[1]:
                    add_runs(doc.add_paragraph(style="List Number"), it)
            elif kind == "table":
                grid_table(doc, b[1], b[2])
                doc.add_paragraph()
    return doc


# --- layout 2: letter-column -------------------------------------------------
def render_letter_column(plan):
    doc = Document()
    h = doc.add_paragraph(); add_runs(h, plan["title"], bold_all=True)
    h.runs[0].font.size = Pt(16)
    doc.add_paragraph(COUNCIL + " - Education, Health and Care (EHC) plan")
    front_matter(doc, plan, fill="EDEDED")
    for letter, title, blocks in plan["sections"]:
        width = 1 + max([len(b[1]) for b in blocks if b[0] == "table"] or [1])
        t = doc.add_table(rows=0, cols=width)
        t.style = "Table Grid"
        rows = []
        # title row
        r = t.add_row(); rows.append(r)
        right = r.cells[1].merge(r.cells[width - 1]) if width > 2 else r.cells[1]
        set_cell_text(right, title, bold=True)
        shade(right, "F2F2F2")
        for b in blocks:
            kind = b[0]
            if kind == "table":
                r = t.add_row(); rows.append(r)
                for i, hd in enumerate(b[1]):
                    set_cell_text(r.cells[1 + i], hd, bold=True)
                    shade(r.cells[1 + i], "F2F2F2")
                if len(b[1]) < width - 1:
                    r.cells[len(b[1])].merge(r.cells[width - 1])
                for row in b[2]:
                    r = t.add_row(); rows.append(r)
                    for i, v in enumerate(row):
                        set_cell_text(r.cells[1 + i], v)
                    if len(row) < width - 1:
                        r.cells[len(row)].merge(r.cells[width - 1])
                continue
            # text blocks: one merged row each (consecutive text blocks share a row)
            r = t.add_row(); rows.append(r)
            cell = r.cells[1].merge(r.cells[width - 1]) if width > 2 else r.cells[1]
            if kind == "sub":
                cell_par(cell, b[1], bold=True)
            elif kind == "p":
                cell_par(cell, b[1])
            elif kind in ("bul", "num"):
                st = "List Bullet" if kind == "bul" else "List Number"
                for it in b[1]:
                    cell_par(cell, it, style=st)
        # merge the letter column down the whole section
        top = rows[0].cells[0]
        col = top.merge(rows[-1].cells[0]) if len(rows) > 1 else top
        p = col.paragraphs[0]
        r = p.add_run(letter); r.bold = True; r.font.size = Pt(20)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        shade(col, "1F3864")
        r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        for row in t.rows:
            row.cells[0].width = Cm(1.5)
        doc.add_paragraph()
    return doc


# --- layout 3: shaded-heading-table -----------------------------------------
def render_shaded(plan):
    doc = Document()
    t = doc.add_table(rows=1, cols=1); t.style = "Table Grid"
    c = t.rows[0].cells[0]; shade(c, "385623")
    p = c.paragraphs[0]; r = p.add_run(plan["title"]); r.bold = True; r.font.size = Pt(16)
    r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    doc.add_paragraph(COUNCIL + " | Education, Health and Care (EHC) plan")
    front_matter(doc, plan, fill="E2EFD9")
    for letter, title, blocks in plan["sections"]:
        t = doc.add_table(rows=1, cols=1); t.style = "Table Grid"
        c = t.rows[0].cells[0]; shade(c, "C5E0B3")
        p = c.paragraphs[0]; r = p.add_run("%s - %s" % (letter, title)); r.bold = True; r.font.size = Pt(12)
        for b in blocks:
            kind = b[0]
            if kind == "sub":
                p = doc.add_paragraph(); add_runs(p, b[1], bold_all=True)
            elif kind == "p":
                add_runs(doc.add_paragraph(), b[1])
            elif kind == "bul":
                for it in b[1]:
                    add_runs(doc.add_paragraph(style="List Bullet"), it)
            elif kind == "num":
                for it in b[1]:
                    add_runs(doc.add_paragraph(style="List Number"), it)
            elif kind == "table":
                grid_table(doc, b[1], b[2], header_fill="E2EFD9")
        doc.add_paragraph()
    return doc


RENDER = {
    "heading2-numbered": render_heading2,
    "letter-column": render_letter_column,
    "shaded-heading-table": render_shaded,
}
# ---------------------------------------------------------------------------
# Plan content
# ---------------------------------------------------------------------------
T = {
    "A": "Views, interests and aspirations",
    "B": "Special educational needs",
    "C": "Health needs related to special educational needs or disability",
    "D": "Social care needs related to special educational needs or disability",
    "E": "Outcomes",
    "F": "Special educational provision",
    "G": "Health provision",
    "H1": "Social care provision made under section 2 of the Chronically Sick and Disabled Persons Act 1970",
    "H2": "Other social care provision",
    "I": "Placement",
    "J": "Personal budget",
    "K": "Advice and information",
}
FH = ["Support I will get", "When and how often", "Who will give it"]
KH = ["Advice or information", "Given by", "Date"]
PLANS = []

# q201 - heading2-numbered - SOUND - Priya, 19, supported internship
PLANS.append(dict(
file="q201.docx", layout="heading2-numbered", title="Priya's Education, Health and Care Plan",
front=[("Name", "Priya"), ("Age / year of study", "19 / Supported internship (post-16, year 4 of further education)"),
       ("Reviewed on", "21 October 2026 (annual review meeting at college)"),
       ("Date of issue of this plan", "3 November 2026"),
       ("Plan co-ordinator", "Lucy Feng, Special Educational Needs and Disabilities (SEND) Officer, Post-16 and Adulthood Team")],
sections=[
("A", "All about me - views, interests and aspirations", [
 ("p", "Priya wrote this section with her college tutor before her review on 21 October 2026; the first-person words are her own."),
 ("sub", "What people like and admire about me"),
 ("bul", ["I am never late. My job coach says I am the most punctual intern she has had.",
          "I am very good at counting and sorting stock and I spot when something is in the wrong place."]),
 ("sub", "What's important TO me"),
 ("bul", ["My mum and my cat, Biscuit.",
          "The cinema on Fridays with my friend Hollie.",
          "Knowing what is happening each day. I keep my timetable on my phone.",
          "Earning my own money one day so I can pay for things myself."]),
 ("sub", "What's important FOR me"),
 ("bul", ["Having a quiet place to go for five minutes when the ward is noisy.",
          "Being told about changes before they happen, not on the day.",
          "Learning to get the bus to work on my own.",
          "Someone checking I understand what my supervisor wants."]),
 ("sub", "My PATH"),
 ("p", "**My dream:** I want a paid job at the hospital and my own flat with a friend."),
 ("p", "**My goal in one year:** To finish my internship, get a job offer and go to work on the bus by myself."),
 ("p", "**First steps:** Practise the bus route with my travel trainer and learn to ring my supervisor if I am ill."),
 ("sub", "My family's views"),
 ("p", "Priya's mum, Deepa, said: \"We are so proud of her. Now she gets up at six to go to the hospital. I want her to have a proper job and a life of her own, with the right help. My worry is money and people taking advantage of her.\""),
]),
("B", T["B"], [
 ("sub", "Communication and interaction"),
 ("p", "Priya is autistic (diagnosed when she was 11). She speaks clearly and follows written and picture instructions very well. She takes language literally, finds it hard to ask for help or start a phone call, and will often say \"yes\" when she has not understood."),
 ("sub", "Cognition and learning"),
 ("p", "Priya has a mild learning disability. Her college assessment (September 2026) puts her reading at Entry Level 3 and her maths at Entry Level 2. She handles money up to £20 with a calculator but does not yet budget across a week. Once she has practised a task she carries it out accurately."),
 ("sub", "Social, emotional and mental health"),
 ("p", "Unexpected changes make Priya very anxious; she can go quiet, stop working or leave the room. She is learning to use a traffic-light card to ask for a short break."),
 ("sub", "Sensory"),
 ("p", "Priya is sensitive to sudden loud noise such as alarms and busy corridors. Ear defenders and a warning before fire drills help her stay calm."),
]),
("C", T["C"], [
 ("p", "Priya has anxiety, treated by the consultant psychiatrist at the Psychiatry (transition clinic). She takes sertraline each morning; her GP continues the prescription. She has an annual learning disability health check with support from the Adult Learning Disability Team. She has no physical health difficulties and walks long distances without any problem."),
]),
("D", T["D"], [
 ("p", "Priya lives with her mum. A Care Act assessment by Adult Social Care (Preparing for Adulthood) in November 2025, updated on 6 October 2026, found eligible needs in managing money, travelling safely and keeping up friendships and activities outside the home. Her mum provides most day-to-day support and has had a carer's assessment."),
]),
("E", T["E"] + " (grouped under the four preparing for adulthood areas)", [
 ("p", "Preparing for adulthood (PfA) means getting ready for work, independent living, friendships and community life, and good health."),
 ("sub", "Employment"),
 ("bul", ["By the end of the internship (July 2027), Priya will complete all three hospital rotations and be awarded the Level 1 Certificate in Employability Skills. We will know because of her job coach's end-of-rotation reviews and the certificate.",
          "By the end of the internship (July 2027), Priya will phone her supervisor herself, using her script, every time she is late or unwell. Her job coach will check the call log each month."]),
 ("sub", "Independent living"),
 ("bul", ["By Feb half term 2027, Priya will travel by bus from home to the hospital on her own on 5 days out of 5 for two weeks running, signed off by her travel trainer.",
          "By 31/03/27, Priya will check her banking app and keep to a weekly spending plan, needing no more than one reminder a week from her Personal Assistant (PA), as recorded in the PA's weekly notes."]),
 ("sub", "Friends, relationships and community"),
 ("bul", ["By Summer '27, Priya will access the city centre independently to meet a friend at least once a month, planning the journey herself (recorded in her PA's notes)."]),
 ("sub", "Good health"),
 ("bul", ["By 31/03/27, Priya will use her traffic-light card to ask for a five-minute break instead of leaving the ward, so that unplanned exits fall to no more than one a month on her job coach's record.",
          "By end of academic year 2026/27, Priya will book her own GP and health check appointments through the NHS app, with her PA present, on every occasion this is needed."]),
]),
("F", T["F"], [
 ("sub", "Work and learning"),
 ("table", FH, [
  ["Supported internship at Carrowford General Hospital, three 10-week rotations (stores, portering office, pharmacy stores)", "4 days per week on site (6 hours each), September 2026 to July 2027", "Job Coach (Supported Internship Team, trained in systematic instruction)"],
  ["Job coach working 1:1 alongside Priya at the start of each rotation", "1:1 full days for the first 6 weeks of each rotation then tapering to 2 hrs/wk", "Job Coach"],
  ["Employability, English and maths (money and budgeting) teaching at college", "1 day per week (6 hours), in a group of no more than 8 interns", "Supported internship lecturer (qualified teacher)"],
  ["Written task lists with photos for each new job, made in week 1 of each rotation and updated whenever tasks change", "Each rotation", "Job Coach, checked with the ward supervisor"],
 ]),
 ("p", "May 2027 is the start of Priya's third rotation. In the two weeks before it begins, the job coach will take her to visit the pharmacy stores twice (1 hour each) and give her a photo guide of the new team."),
 ("sub", "Communication"),
 ("table", FH, [
  ["1:1 speech and language therapy: phone scripts, asking for help and checking she has understood", "Fortnightly, 45 mins, autumn and spring terms", "Speech and language therapist (SALT), college therapy team"],
 ]),
 ("sub", "Emotional wellbeing and independence"),
 ("table", FH, [
  ["Check-in to review her week using the traffic-light card", "Every Friday, 15 mins, 1:1", "Personal tutor (college)"],
  ["A named quiet room on each placement she can use for 5 minutes when she shows her break card, agreed before each rotation starts", "Whenever she shows the card", "Ward supervisor, arranged by the Job Coach"],
  ["Ear defenders kept in her locker on each placement, and a warning from her supervisor the day before any planned fire alarm test", "Every shift", "Ward supervisor, arranged by the Job Coach"],
  ["1:1 travel training on the bus route from home to the hospital", "Three x 40 min sessions weekly until she has travelled alone for two weeks running", "Independent Travel Trainer (City Council Travel Training Service)"],
 ]),
]),
("G", T["G"], [
 ("table", ["Health support", "When and how often", "Who will give it"], [
  ["Review of anxiety and sertraline; changes agreed with Priya and her mum", "Every 3 months, 30-minute appointment", "Consultant psychiatrist, Psychiatry (transition clinic)"],
  ["Annual learning disability health check, with an easy-read health action plan", "Once a year, 45 minutes, at her GP practice", "Learning disability nurse, Adult Learning Disability Team"],
  ["Sessions on using her anxiety plan and planning healthy packed lunches", "4 x 1-hour sessions, November 2026 to February 2027", "Learning disability nurse, Adult Learning Disability Team"],
 ]),
 ("p", "This health provision was signed off on behalf of the Integrated Care Board (ICB) by Dr Helen Marsh, Designated Clinical Officer (DCO), on 30 October 2026."),
]),
("H1", T["H1"], [
 ("p", "Not applicable. Priya is 19, so her social care support is provided under the Care Act 2014 and is set out in H2."),
]),
("H2", T["H2"], [
 ("bul", ["Personal Assistant (PA): 6 hours per week (Tuesday and Thursday evenings, 3 hours each) to help Priya plan her spending, cook one meal and go out with friends. Funded by a direct payment following her Care Act assessment.",
          "Review of the support plan by her Preparing for Adulthood worker every 6 months (next due April 2027).",
          ]),
]),
("I", T["I"], [
 ("p", "Carrowford College (general further education college) - Supported Internship Programme, based at Carrowford General Hospital, until July 2027."),
]),
("J", T["J"], [
 ("p", "Direct payment for the PA hours in H2 (social care), managed by Priya's mum. No education personal budget was requested."),
]),
("K", T["K"], [
 ("table", KH, [
  ["Priya's views (person-centred review)", "Priya, with her personal tutor", "21 October 2026"],
  ["Parent's views", "Deepa (mum)", "21 October 2026"],
  ["Educational advice", "Mark Ellison, Supported Internship Co-ordinator, Carrowford College", "9 October 2026"],
  ["Psychological advice", "Dr Ruth Adebayo, Educational Psychologist", "15 September 2026"],
  ["Medical advice", "Dr Kwame Asante, Consultant Psychiatrist, Psychiatry (transition clinic)", "28 September 2026"],
  ["Health advice", "Claire Bowen, Learning Disability Nurse, Adult Learning Disability Team", "30 September 2026"],
  ["Speech and language therapy advice", "Tom Reeve, Speech and Language Therapist, college therapy team", "2 October 2026"],
  ["Social care advice (Care Act assessment and update)", "Sian Doyle, Preparing for Adulthood Worker, Adult Social Care (Preparing for Adulthood)", "20 November 2025; updated 6 October 2026"],
  ["Preparing for adulthood and careers advice", "Nadia Hussain, Careers Adviser, Carrowford Careers Service", "1 October 2026"],
 ]),
]),
]))

# q202 - letter-column - FAIL: CP plan with no trace; vague F item; misspellings; C "Not known"
PLANS.append(dict(
file="q202.docx", layout="letter-column", title="Education, Health and Care Plan for Kian",
front=[("Name", "Kian"), ("Age / year of study", "17 / Year 12 (first year of college)"),
       ("Reviewed on", "2 July 2026"), ("Date of issue of this plan", "16 July 2026"),
       ("Education setting", "Carrowford College - Level 1 Diploma in Bricklaying")],
sections=[
("A", T["A"], [
 ("sub", "What's important TO me (Kian's own words, written with his college mentor)"),
 ("bul", ["Being outside and doing something with my hands. I hate sitting in a classroom all day.",
          "My uncle Dean. He is a bricklayer and he lets me help him on Saturdays.",
          "My little sisters. I look after them a lot.",
          "Football with my mates on a Sunday."]),
 ("sub", "What's important FOR me"),
 ("bul", ["People not making me read out loud in front of everyone.",
          "Being given a chance when I have had a bad day, not just being sent out.",
          "Getting my maths and English so I can do Level 2."]),
 ("sub", "My dream and my goal in one year"),
 ("p", "**My dream:** \"Work for my uncle's firm, pass my driving test and get my own place.\""),
 ("p", "**My goal in one year:** \"Pass Level 1, stay on the course and get onto Level 2 in September.\""),
 ("sub", "What my mum says"),
 ("p", "Kian's mum, Louise, said he is \"brilliant with his hands and brilliant with his sisters\". She is pleased he has stayed at college this year after a difficult time at school, where he was excluded twice. She wants him to get a trade and to believe in himself, and she worries that he gets angry when he feels stupid in lessons."),
 ("sub", "What others like about Kian"),
 ("p", "His tutor says Kian is hard-working on the practical site, takes pride in neat brickwork and is patient when showing other students what to do."),
]),
("B", T["B"], [
 ("sub", "Cognition and learning"),
 ("p", "Kian has dyslexia (a specific learning difficulty, SpLD), assessed by the educational psychologist in April 2026. His reading age is about 10 years and his spelling is well below his age. He understands spoken explanations well and remembers practical steps once he has seen them demonstrated. Written tasks, theory booklets and copying from the board are very hard for him. He is working towards Entry Level 3 English and Level 1 maths."),
 ("sub", "Social, emotional and mental health"),
 ("p", "Kian has low confidence about learning and can become angry or walk out when he thinks others will see he is struggling. He responds well to adults he trusts and to calm, private feedback. He is often tired because of responsibilities at home, which affects his concentration in the morning."),
]),
("C", T["C"], [
 ("p", "Not known."),
]),
("D", T["D"], [
 ("p", "Kian lives with his mum and two younger sisters, aged 6 and 9. Mum has long-term mental health difficulties and Kian often looks after his sisters in the evenings and gets them to school. The family have been subject to a child protection plan since March 2026 under the category of neglect."),
]),
("E", T["E"], [
 ("sub", "Employment and education"),
 ("bul", ["By the end of academic year 2026/27, Kian will acheive his Level 1 Diploma in Bricklaying, with all practical units signed off by his assessor.",
          "By Summer '27, Kian will pass Entry Level 3 Functional Skills English and Level 1 Functional Skills maths, so that he meets the entry requirements for Level 2."]),
 ("sub", "Independent living"),
 ("bul", ["By Feb half term 2027, Kian will use a reading pen and speech-to-text software on his own to complete his theory booklets, with at least 8 out of 10 booklet tasks handed in on time (tutor's tracker)."]),
 ("sub", "Friends, relationships and community"),
 ("bul", ["By 31/03/27, Kian will use his agreed time-out card to leave a lesson calmly instead of walking out, so that walk-outs fall from about three a week (June 2026) to no more than one a fortnight (mentor's log)."]),
 ("sub", "Good health"),
 ("bul", ["Within 12 weeks of the start of term, Kian will attend at least 90% of his timetabled sessions, including morning sessions (college attendance register)."]),
]),
("F", T["F"], [
 ("sub", "Learning"),
 ("table", FH, [
  ["Specialist dyslexia teaching: reading, spelling strategies and using assistive technology", "Weekly, 1 hour, 1:1", "Specialist dyslexia tutor (Level 5 qualified), Learning Support"],
  ["In-class support on theory sessions: reading texts aloud, scribing where needed and checking Kian has understood the task", "Three x 40 min sessions weekly (all theory lessons)", "Learning Support Assistant (LSA) trained in dyslexia support"],
  ["A reading pen and a laptop with speech-to-text software for all theory work", "Available in every lesson", "Provided and maintained by the college Assistive Technology Officer"],
  ["Functional Skills English and maths in a small group", "Twice weekly, 90 minutes each, group of no more than 6", "Functional Skills lecturer (qualified teacher)"],
 ]),
 ("sub", "Emotional wellbeing"),
 ("table", FH, [
  ["1:1 mentoring to review his week, set targets and practise calm ways to deal with frustration", "Weekly, 30 mins, every Monday", "Learning Mentor"],
  ["Kian will have opportunities to check in with a trusted adult and to use the quiet room as required", "", "College staff"],
  ["A time-out card agreed with all his lecturers, allowing him to leave for 5 minutes to a named space without being sanctioned", "Every lesson", "Personal tutor to share with all staff at the start of each term"],
 ]),
 ("p", "Kian's theory work is kept in a seperate folder at college so his tutor can review it with him each week, in an enviroment away from other students."),
 ("p", "All lecturers will recieve a one-page profile from Kian's tutor in the first week of each term, explaining his dyslexia and what helps him."),
]),
("G", T["G"], [
 ("p", "None."),
]),
("H1", T["H1"], [
 ("p", "None."),
]),
("H2", T["H2"], [
 ("p", "None."),
]),
("I", T["I"], [
 ("p", "Carrowford College (general further education college), Level 1 Diploma in Bricklaying, 16 hours per week over 4 days, September 2026 to July 2027."),
]),
("J", T["J"], [
 ("p", "No personal budget requested."),
]),
("K", T["K"], [
 ("table", KH, [
  ["Kian's views", "Kian, with Amir Khan, Learning Mentor", "18 June 2026"],
  ["Parent's views", "Louise (mum)", "18 June 2026"],
  ["Educational advice", "Rachel Morgan, Head of Learning Support, Carrowford College", "5 June 2026"],
  ["Psychological advice (including dyslexia assessment)", "Dr Sam Whitlock, Educational Psychologist", "23 April 2026"],
  ["Medical advice - no health needs relating to his learning were identified", "Dr Fiona Grant, GP, Riverside Medical Practice", "20 May 2026"],
  ["Preparing for adulthood and careers advice", "Joel Barnes, Careers Adviser, Carrowford Careers Service", "10 June 2026"],
 ]),
]),
]))

# q203 - shaded-heading-table - SOUND - Nell, 3, Down syndrome, pre-school
PLANS.append(dict(
file="q203.docx", layout="shaded-heading-table", title="Education, Health and Care Plan - Nell",
front=[("Name", "Nell"), ("Age / year of study", "3 years 4 months / pre-school (Early Years Foundation Stage, EYFS)"),
       ("Date of issue of this plan", "16 October 2026"),
       ("Reviewed on", "New plan. Because Nell is under 5, it will be reviewed every 6 months; first review due April 2027."),
       ("Setting", "Little Acorns Pre-school, 15 hours a week")],
sections=[
("A", T["A"], [
 ("sub", "What Nell tells us through play and signing"),
 ("p", "Nell is three and uses a few words and Makaton signs (a signing system used alongside speech). Her key person, Jas, watched and played with her over three mornings in September 2026 and noted what Nell showed her:"),
 ("bul", ["Nell runs to the water tray as soon as she arrives and signs \"more\" when Jas pours the water through the wheel. She laughs every time.",
          "She brings books to adults and pats the picture of the dog, then signs \"dog\". Books about animals are her favourites.",
          "She watches the older children on the bikes and pushes the trike to Jas to ask for a turn.",
          "When it is time to tidy up she sits down and turns away, which tells us changes of activity are hard for her.",
          "She takes her hearing aids out when the room is noisy and puts them in Jas's hand."]),
 ("sub", "What Nell's parents say"),
 ("p", "Nell's parents, Ben and Carla, describe her as \"a little ray of sunshine\" who is determined and loves music, animals and her big brother. They would like her to talk more so she can tell them what she wants, and to go to the same primary school as her brother with children she knows. In the future they hope she will have friends, a job she enjoys and as much independence as possible. They worry about her hearing and about her being left out when other children start to talk more."),
]),
("B", T["B"], [
 ("sub", "Communication and interaction"),
 ("p", "Nell has Down syndrome. She understands familiar routines and single words with a sign, such as \"coat\", \"drink\" and \"shoes\". She uses about 20 Makaton signs and 10 single words. She is sociable, makes good eye contact and copies other children's play. She needs adults to use signs, short phrases and pictures, and extra time to respond."),
 ("sub", "Cognition and learning"),
 ("p", "Nell's play and learning are at about the 16-26 months stage of the Early Years Foundation Stage. She enjoys cause-and-effect toys, posting and stacking, and can complete an inset puzzle of three pieces. She can attend to an adult-led activity for about two minutes."),
 ("sub", "Social, emotional and mental health"),
 ("p", "Nell is affectionate and seeks out adults she knows. Changes between activities upset her and she may sit down and refuse to move. A now/next board has started to help."),
 ("sub", "Sensory and physical"),
 ("p", "Nell has a mild hearing loss in both ears caused by glue ear and has worn hearing aids since June 2026. She walks, runs and climbs confidently. Her hand skills are developing: she holds a spoon but most food falls off before it reaches her mouth."),
]),
("C", T["C"], [
 ("bul", ["Down syndrome, with health checks as recommended for all children with Down syndrome (including a yearly thyroid blood test).",
          "A heart condition (a hole between the chambers of the heart) repaired by surgery when she was 5 months old. She is well and has a yearly check with the heart specialist.",
          "Glue ear causing a mild hearing loss in both ears; she wears two hearing aids.",
          "Nell has no difficulty walking and has no physical health restrictions on play."]),
]),
("D", T["D"], [
 ("p", "Nell's parents told us they are managing well, with help from her grandparents. A social worker from the Children with Disabilities Team talked with them on 14 August 2026 and found no social care needs at present. Short breaks and Early Help were discussed; the family do not want them now and have the details if things change."),
]),
("E", T["E"], [
 ("table", ["What we want Nell to achieve", "How we will know", "By when"], [
  ["Nell will use at least 50 signs or words to ask for things and to tell us about what she sees.", "Key person's sign and word log, shared with the speech and language therapist", "By the time she starts school (September 2027)"],
  ["Nell will move from one activity to the next using her now/next board with no more than one prompt.", "Key person's observation record, on 4 days out of 5 over a fortnight", "By Feb half term 2027"],
  ["Nell will join a small group story time and stay with the group for 10 minutes.", "Key person's observation, 4 sessions out of 5", "By July 2027"],
  ["Nell will feed herself with a spoon at snack and lunch, getting most of her food to her mouth.", "Key person's observation and parents' report, 4 days out of 5", "By July 2027"],
  ["Nell will keep her hearing aids in for the whole morning session.", "Hearing aid log kept by her key person, 4 days out of 5", "By 31/03/27"],
  ["Nell will take part calmly in her hearing tests and health checks, using her now/next board and a favourite toy, so that each test is finished in one visit.", "Parents' report and clinic letters", "By July 2027"],
 ]),
]),
("F", T["F"], [
 ("table", FH, [
  ["1:1 adult support at all unstructured times (arrival, snack, outdoor play, tidy-up and home time), using signs, pictures and a now/next board", "Every session (5 mornings, 3 hours each)", "Early years practitioner (Level 3), trained in Makaton"],
  ["Nell's communication programme, set by the speech and language therapist (SALT): signing games, choosing from two objects, naming animals", "Daily (10 mins), 1:1", "Key person, following the SALT's written plan"],
  ["SALT visit to model activities, update targets and train staff", "At least once every half term (6 visits a year, 1 hour each)", "Speech and Language Therapist, Children's Therapy Service"],
  ["Small group 'bucket time' to build attention and turn-taking", "Three x 10-minute sessions weekly, group of no more than 4", "Key person"],
  ["Occupational therapy programme for spoon feeding and hand skills", "Programme carried out daily at snack (10 mins); occupational therapist (OT) visits once a term, 1 hour, to update it", "Key person; Occupational Therapist, Children's Therapy Service"],
  ["Visits from a Qualified Teacher of the Deaf (QToD) to check the listening environment, advise staff and monitor Nell's listening", "Once each half term, 45 minutes", "QToD, Sensory Support Service"],
  ["Check that both hearing aids are working, using the listening check kit", "Daily, on arrival", "Key person, trained by the QToD"],
  ["Portage home visits: play-based learning targets shared with parents", "Fortnightly, 1 hour, at home", "Portage home visitor"],
  ["Makaton Foundation training for Nell's key person and room leader", "One 2-day course, completed by January 2027", "Arranged by the setting's special educational needs co-ordinator (SENCo)"],
 ]),
]),
("G", T["G"], [
 ("table", ["Health support", "When and how often", "Who will give it"], [
  ["Down syndrome health review, including growth and a yearly thyroid blood test", "Every 6 months, 30 minutes", "Consultant Community Paediatrician, Community Paediatrics"],
  ["Hearing tests, hearing aid checks and new ear moulds as she grows", "Every 3 months", "Paediatric Audiologist, Children's Hearing Service"],
  ["Heart check-up", "Once a year", "Consultant Paediatric Cardiologist, Children's Heart Clinic"],
 ]),
 ("p", "Section G was agreed for the Integrated Care Board (ICB) by Sarah Lund, Designated Clinical Officer, on 9 October 2026."),
]),
("H1", T["H1"], [
 ("p", "None. Short breaks were considered with Nell's parents (see Section D) and are not wanted at present."),
]),
("H2", T["H2"], [
 ("p", "None. Early Help was offered and not taken up; the family have the contact details for the Down syndrome parents' group."),
]),
("I", T["I"], [
 ("p", "Little Acorns Pre-school (private, voluntary and independent early years setting), 15 funded hours a week, until Nell starts Reception in September 2027."),
]),
("J", T["J"], [
 ("p", "Not requested."),
]),
("K", T["K"], [
 ("table", KH, [
  ["Parents' views", "Ben and Carla (parents)", "2 September 2026"],
  ["Nell's views, gathered through play and observation", "Jas Kaur, key person, Little Acorns Pre-school", "15-29 September 2026"],
  ["Educational advice", "Helen Price, SENCo, Little Acorns Pre-school", "18 September 2026"],
  ["Psychological advice", "Dr Laura Pike, Educational Psychologist", "22 August 2026"],
  ["Medical advice", "Dr Olu Bamgbose, Consultant Community Paediatrician", "5 August 2026"],
  ["Audiology advice", "Mia Fraser, Paediatric Audiologist, Children's Hearing Service", "12 August 2026"],
  ["Cardiology clinic letter", "Dr Peter Lowe, Consultant Paediatric Cardiologist", "3 June 2026"],
  ["Advice from a Qualified Teacher of the Deaf", "Anna Cole, QToD, Sensory Support Service", "26 August 2026"],
  ["Speech and language therapy advice", "Rosie Hart, Speech and Language Therapist", "4 September 2026"],
  ["Occupational therapy advice", "Gemma Lane, Occupational Therapist", "9 September 2026"],
  ["Portage report", "Dee Walsh, Portage Home Visitor", "10 September 2026"],
  ["Social care advice", "Marcus Green, Social Worker, Children with Disabilities Team", "14 August 2026"],
 ]),
]),
]))

# q204 - heading2-numbered - FAIL: epilepsy not in G/E; provision written as outcome; undated K item; fine-motor need with no provision
PLANS.append(dict(
file="q204.docx", layout="heading2-numbered", title="Education, Health and Care Plan: Reuben",
front=[("Name", "Reuben"), ("Age / year of study", "10 / Year 5"),
       ("Date of issue of this plan", "11 May 2026"), ("Reviewed on", "First plan - annual review due May 2027"),
       ("School", "St Aldate's CE Primary School")],
sections=[
("A", "About me and my family", [
 ("sub", "All about me (Reuben's own words, written with his teaching assistant)"),
 ("bul", ["I love trains, especially steam trains. I know all the stations from Carrowford to London.",
          "I am really good at Minecraft and I build whole cities.",
          "I like maths because the answers are right or wrong.",
          "I don't like the dinner hall because it is too loud and people push.",
          "When I grow up I want to be a train driver."]),
 ("sub", "What my parents think"),
 ("p", "Reuben's mum and dad, Hannah and Chris, say he is clever, honest and has a great memory. They want him to be happy at school, to have a friend he can rely on and to move to secondary school in 2027 feeling ready. In the long run they hope he will work with trains, which he has loved since he was two. They are worried about his seizures and about how tired he is."),
]),
("B", T["B"], [
 ("sub", "Communication and interaction"),
 ("p", "Reuben was diagnosed with autism spectrum condition (ASC) in 2022. He has a wide vocabulary and talks in detail about his interests. He finds it hard to take turns in conversation, to understand jokes and to work in a group. He needs instructions that are clear and literal."),
 ("sub", "Cognition and learning"),
 ("p", "Reuben is working at the expected standard in maths and just below it in reading. His writing is well below the expected standard. Absence seizures mean he sometimes misses parts of an explanation."),
 ("sub", "Social, emotional and mental health"),
 ("p", "Reuben becomes very anxious in noisy, unstructured times such as lunchtime and PE changing. When overwhelmed he may shout or run out of the room, about twice a week this spring term."),
 ("sub", "Physical and sensory"),
 ("p", "The occupational therapy assessment in March 2026 found weak hand strength and poor pencil control. Reuben's handwriting is slow and hard to read; he tires after three or four lines and often refuses to write at all. He is sensitive to noise."),
]),
("C", T["C"], [
 ("p", "Reuben has epilepsy, diagnosed in 2024. He has absence seizures (short blank spells) several times a day and has had two tonic-clonic seizures in the last year, one at school. He takes sodium valproate twice a day and has rescue medication (buccal midazolam) set out in his individual healthcare plan (IHCP). He also has difficulty getting to sleep and takes melatonin, prescribed by the community paediatrician."),
]),
("D", T["D"], [
 ("p", "No social care needs were identified. The Children with Disabilities Team spoke to the family on 2 March 2026; they do not want short breaks at present and have been given the Local Offer short breaks guide."),
]),
("E", T["E"], [
 ("sub", "Communication and interaction"),
 ("bul", ["By July 2027, Reuben will take turns in a conversation with a classmate for five exchanges, on 3 out of 4 observed occasions (recorded by his teaching assistant).",
          "By July 2027, Reuben will have an adult with him in all lessons and at lunchtime, and will be given a visual timetable at the start of each day."]),
 ("sub", "Learning"),
 ("bul", ["By the end of Year 6 (July 2027), Reuben will read at the expected standard, shown by his end of Key Stage 2 reading result."]),
 ("sub", "Emotional wellbeing"),
 ("bul", ["By Feb half term 2027, Reuben will use his calm card to go to the library space when he feels overwhelmed, instead of running out, on at least 4 out of 5 occasions (behaviour log).",
          "By July 2027, Reuben will name one friend he plays with at lunchtime club and join them at least three times a week (lunchtime supervisor's record)."]),
 ("sub", "Health"),
 ("bul", ["By July 2027, Reuben will fall asleep within 30 minutes of his bedtime on at least 5 nights out of 7, shown in the sleep diary kept by his parents."]),
]),
("F", T["F"], [
 ("sub", "Communication and interaction"),
 ("table", FH, [
  ["Speech and language therapy (SALT) programme on conversation skills and understanding non-literal language", "Speech and language therapist visits once a half term (1 hour) to assess, set targets and train staff; programme delivered 1:1, three x 20 min sessions weekly", "Speech and Language Therapist (NHS Children's Therapy Service); trained teaching assistant (TA)"],
  ["Social communication group (Lego-based therapy)", "Weekly, 45 minutes, group of 3", "TA trained in Lego-based therapy"],
 ]),
 ("sub", "Learning"),
 ("table", FH, [
  ["Reading catch-up: comprehension and inference", "Four x 20 min sessions weekly, group of no more than 4", "Class teacher"],
  ["Key vocabulary and instructions written down for Reuben in every lesson so he can catch up on anything missed during an absence", "Every lesson", "Class teacher and TA"],
 ]),
 ("sub", "Emotional wellbeing"),
 ("table", FH, [
  ["Emotional Literacy Support Assistant (ELSA) sessions on recognising and managing worry", "Weekly, 30 minutes, 1:1, for 12 weeks", "ELSA trained by the Educational Psychology Service"],
  ["Calm card and a quiet library space he can go to for 10 minutes, agreed with all staff", "Every day", "SENCo (special educational needs co-ordinator) to share with all staff"],
  ["Lunchtime Lego club in the library instead of the dinner hall", "Daily, 30 minutes, group of no more than 6", "Lunchtime supervisor"],
 ]),
]),
("G", T["G"], [
 ("table", ["Health support", "When and how often", "Who will give it"], [
  ["Review of sleep and melatonin", "Every 6 months, 30-minute clinic appointment", "Consultant Community Paediatrician"],
 ]),
 ("p", "The health provision in this plan was signed off on behalf of the ICB (Integrated Care Board) by Dr Helen Marsh, Designated Clinical Officer, on 5 May 2026."),
]),
("H1", T["H1"], [("p", "None - see Section D. Short breaks were discussed and declined.")]),
("H2", T["H2"], [("p", "None. Early Help was discussed on 2 March 2026 and is not needed at present.")]),
("I", T["I"], [("p", "St Aldate's CE Primary School (mainstream primary academy).")]),
("J", T["J"], [("p", "No personal budget requested.")]),
("K", T["K"], [
 ("table", KH, [
  ["Reuben's views", "Reuben, with his teaching assistant", "4 March 2026"],
  ["Parents' views", "Hannah and Chris (parents)", "4 March 2026"],
  ["Educational advice", "Kate Doyle, SENCo, St Aldate's CE Primary School", "20 February 2026"],
  ["Psychological advice", "Dr Imran Aziz, Educational Psychologist", "27 February 2026"],
  ["Medical advice (including epilepsy and sleep)", "Dr Jo Mensah, Consultant Community Paediatrician", "18 February 2026"],
  ["Speech and language therapy advice", "Ms Jade Okafor, Speech and Language Therapist, NHS Children's Therapy Service", ""],
  ["Occupational therapy assessment", "Ben Lister, Occupational Therapist, Children's Therapy Service", "12 March 2026"],
  ["Social care advice", "Tara Singh, Social Worker, Children with Disabilities Team", "2 March 2026"],
 ]),
]),
]))

# q205 - letter-column - FAIL: last review > 12 months before audit; unmeasurable outcome; PA care in F; travel training unquantified
PLANS.append(dict(
file="q205.docx", layout="letter-column", title="Education, Health and Care Plan - Tomasz",
front=[("Name", "Tomasz"), ("Age / year of study", "20 / second of three years at specialist college (post-19)"),
       ("Date of issue of this plan", "12 March 2025"), ("Reviewed on", "2 October 2025 (annual review meeting; no amendments)"),
       ("Plan co-ordinator", "Ravi Mistry, EHC Co-ordinator, Post-16 and Adulthood Team")],
sections=[
("A", T["A"], [
 ("p", "Tomasz told us these things using his speech-generating communication device and some Makaton signs, with help from his key worker, Gosia, who has known him for two years. His parents added their views at the meeting."),
 ("sub", "What's important TO me"),
 ("bul", ["My mum and dad and my sister Ola.",
          "Football. I support Carrowford Town and go to home games with my dad.",
          "Music, loud. Disco on Friday at college.",
          "My friends Jack and Sunny in my class."]),
 ("sub", "What's important FOR me"),
 ("bul", ["People waiting for me to answer on my device and not guessing.",
          "Stretching every day so my legs don't hurt.",
          "Staff who know how to move me safely in my chair and hoist."]),
 ("sub", "My PATH"),
 ("p", "**My dream:** Live in a house with my friends and work at the café at the football ground."),
 ("p", "**My goal in one year:** Make drinks in the college café by myself and go swimming every week."),
 ("sub", "My family's views"),
 ("p", "Tomasz's parents, Marek and Ewa, are proud of how much more he communicates since he got his device. They would like him to have a working life that gives him a purpose, and in time to move into supported living near home. Ewa said: \"He is a young man now. He wants his own life, like his sister.\""),
]),
("B", T["B"], [
 ("sub", "Communication and interaction"),
 ("p", "Tomasz understands short sentences about familiar things. He uses a speech-generating device (a tablet with symbol software, operated by touch) and about 30 Makaton signs. He is sociable and funny and starts interactions with people he knows. He becomes frustrated when people do not wait for him to compose a message."),
 ("sub", "Cognition and learning"),
 ("p", "Tomasz has a severe learning disability. He recognises about 30 symbols and sight words, counts objects to 10 and follows a visual sequence of up to five steps once it is familiar. He learns best through routine, repetition and real tasks."),
 ("sub", "Physical"),
 ("p", "Tomasz has cerebral palsy affecting all four limbs. He drives a powered wheelchair with a joystick and needs two trained staff and a hoist to transfer. He has good control of his right hand for large movements but finds small objects difficult."),
 ("sub", "Social, emotional and mental health"),
 ("p", "Tomasz is cheerful and enjoys company. He can become upset and bite his hand when he is not understood or when plans change without warning."),
]),
("C", T["C"], [
 ("p", "Tomasz's cerebral palsy causes tight muscles in his legs and hips, which can be painful; he needs a daily stretching programme and a 24-hour posture plan. He has reflux, managed with medication from his GP. He uses a powered wheelchair provided by the Wheelchair Service. He is moving from children's to adult health services, supported by the Transition Nurse."),
]),
("D", T["D"], [
 ("p", "Tomasz lives with his parents and sister. His Care Act assessment (January 2025) found eligible needs for personal care, for getting out into the community and for his parents to have breaks from caring."),
]),
("E", T["E"], [
 ("table", ["Preparing for adulthood area", "Outcome", "How we will know"], [
  ["Employment", "By the end of academic year 2025/26, Tomasz will make and serve hot drinks in the college café on 3 shifts a week, using a visual sequence and taking orders with his device, with no more than 2 prompts a shift.", "Café supervisor's log"],
  ["Independent living", "By 31/03/26, Tomasz will choose and order his lunch using his device on 5 days out of 5.", "Key worker's weekly record"],
  ["Friends, relationships and community", "By Summer '26, Tomasz will be more confident and independent when he is out in the community.", "Staff feedback"],
  ["Friends, relationships and community", "By the end of academic year 2025/26, Tomasz will start a conversation with a friend using his device at least once each day.", "Key worker's observations, 4 days out of 5"],
  ["Good health", "By 31/03/26, Tomasz will complete his 20-minute stretching programme on 4 days out of 5 and use his device to tell staff if he is in pain.", "Physiotherapy programme record"],
 ]),
]),
("F", T["F"], [
 ("table", FH, [
  ["Specialist college programme (communication, independence, work skills, leisure) in a class of 6 with a teacher and 2 Learning Support Assistants (LSAs)", "5 days per week (30 hours), 36 weeks a year", "Qualified teacher experienced in severe learning disability; LSAs"],
  ["Personal care and transfers during the college day using a hoist", "Throughout the college day, 2 staff", "LSAs trained in moving and handling"],
  ["1:1 speech and language therapy on using his device to start conversations and order food", "Fortnightly, 45 mins", "Speech and Language Therapist (SALT), college therapy team"],
  ["Speech-generating device with symbol software, kept charged, updated and repaired", "Daily checks; updates each half term", "College Assistive Technology Technician"],
  ["Occupational therapy: seating, hand skills for the café tasks and a visual sequence for making drinks", "Once every half term, 1 hour, with the café supervisor", "Occupational Therapist (OT), college therapy team"],
  ["Work experience in the college café", "1 day per week (6 hours), job coach 1:1", "Job Coach"],
  ["Travel training with the college travel trainer to learn the wheelchair-accessible bus route to the leisure centre", "", "College travel trainer"],
  ["Personal Assistant (PA) support at home and in the community for personal care and evening leisure (swimming, football)", "10 hours per week", "PA employed by the family, funded by a direct payment from Adult Social Care"],
 ]),
]),
("G", T["G"], [
 ("table", ["Health support", "When and how often", "Who will give it"], [
  ["Review of stretching programme and 24-hour posture plan; training for college staff and parents", "Every 3 months, 1 hour", "Physiotherapist, Adult Learning Disability Team"],
  ["Review of powered wheelchair and seating; repairs", "Once a year, and within 5 working days of a fault being reported", "Wheelchair Service"],
  ["Co-ordinating the move to adult health services", "3 contacts a year", "Transition Nurse"],
  ["Reflux medication and annual learning disability health check", "Yearly health check; medication reviewed at the check", "GP"],
 ]),
 ("p", "Signed off on behalf of the Integrated Care Board (ICB): Dr Helen Marsh, Designated Clinical Officer, 4 March 2025."),
]),
("H1", T["H1"], [("p", "Not applicable - Tomasz is over 18. See H2.")]),
("H2", T["H2"], [("p", "Overnight short breaks at Elm Lodge, one weekend (2 nights) each month, agreed following the Care Act assessment. PA support: see Section F.")]),
("I", T["I"], [("p", "Meadowbank College (independent specialist post-16 institution), day placement, September 2024 to July 2027.")]),
("J", T["J"], [("p", "Direct payment from Adult Social Care for PA hours. No education personal budget.")]),
("K", T["K"], [
 ("table", KH, [
  ["Tomasz's views", "Tomasz, with Gosia (key worker)", "15 January 2025"],
  ["Parents' views", "Marek and Ewa (parents)", "15 January 2025"],
  ["Educational advice", "Jess Turner, Head of Learning, Meadowbank College", "10 January 2025"],
  ["Psychological advice", "Dr Paul Edwards, Educational Psychologist", "19 November 2024"],
  ["Medical advice", "Dr Rhian Lloyd, GP, Meadowside Surgery", "2 December 2024"],
  ["Physiotherapy advice", "Kim Yates, Physiotherapist, Adult Learning Disability Team", "6 December 2024"],
  ["Wheelchair Service report", "Wheelchair Service, Clinical Engineer (Lee Ford)", "14 October 2024"],
  ["Transition health advice", "Sue Patel, Transition Nurse", "9 December 2024"],
  ["Speech and language therapy and occupational therapy advice", "College therapy team (Amy Shaw, SALT; Dan Webb, OT)", "13 January 2025"],
  ["Social care advice (Care Act assessment)", "Liam Carter, Preparing for Adulthood Worker, Adult Social Care (Preparing for Adulthood)", "21 January 2025"],
  ["Preparing for adulthood advice", "Nadia Hussain, Careers Adviser, Carrowford Careers Service", "8 January 2025"],
 ]),
]),
]))

# q206 - shaded-heading-table - SOUND - Imani, 17, Year 13, vision impairment, no social care needs
PLANS.append(dict(
file="q206.docx", layout="shaded-heading-table", title="Imani - Education, Health and Care Plan",
front=[("Name", "Imani"), ("Age / year of study", "17 / Year 13"),
       ("Reviewed on", "24 June 2026"), ("Date of issue of this plan", "8 July 2026"),
       ("Education setting", "Carrowford Sixth Form College (A levels in Psychology, Sociology and English Literature)")],
sections=[
("A", T["A"], [
 ("p", "Imani wrote this section herself, on her laptop, before her annual review."),
 ("sub", "What's important TO me"),
 ("bul", ["My friends - we have been together since Year 7 and they are the people who just get it.",
          "Psychology. I want to understand why people do what they do.",
          "Audiobooks and podcasts, especially true crime.",
          "Being treated as a normal student. I don't want an adult following me round."]),
 ("sub", "What's important FOR me"),
 ("bul", ["Getting everything in the right size print on time, not halfway through the lesson.",
          "Learning my way around new places before I have to go there on my own.",
          "Breaks from the screen, because my eyes get tired and I get headaches."]),
 ("sub", "My PATH"),
 ("p", "**My dream:** I want to be a clinical psychologist and live in my own flat in a city."),
 ("p", "**My goal in one year:** Get my grades, start university in September 2027 and live in halls with the right support in place from day one."),
 ("sub", "My parents' views"),
 ("p", "Imani's dad, Samuel, said: \"She has always been ambitious and she works harder than anyone I know. Our worry is the move away from home - new routes, new people, and whether the university will have things ready for her.\" Her parents want her to go to university and to become confident travelling and cooking on her own."),
]),
("B", T["B"], [
 ("sub", "Vision"),
 ("p", "Imani has optic nerve hypoplasia (the nerves that carry messages from the eyes to the brain did not fully develop) and nystagmus (constant, involuntary movement of the eyes). Her distance vision is about 6/60: she sees at 6 metres what most people can see at 60 metres. She reads print at N24 (about three times the size of ordinary print) or uses screen magnification. She cannot read the whiteboard or small diagrams and graphs without magnification or a described version. Close visual work tires her after about 40 minutes."),
 ("sub", "Cognition and learning"),
 ("p", "Imani is a very able student, predicted grades A/B in all three subjects. She is an excellent listener and writes fluently on her laptop. She needs more time than her peers to read texts, interpret graphs and check her work."),
 ("sub", "Independence and mobility"),
 ("p", "Imani moves confidently around college and her home area. She uses a long cane in unfamiliar places, in poor light and when crossing roads. She has not yet travelled alone by train or learned routes in a new city."),
 ("sub", "Social and emotional"),
 ("p", "Imani has a close group of friends and is popular. She has learned to suggest well-lit places to meet, because she cannot see faces in dim lighting, and her friends are used to this."),
]),
("C", T["C"], [
 ("p", "Imani's optic nerve hypoplasia and nystagmus are monitored by the Hospital Eye Service. She has low vision aids (a hand magnifier and a monocular) from the Low Vision Clinic. She gets headaches after long periods of close visual work. She has no other health needs and no difficulty walking."),
]),
("D", T["D"], [
 ("p", "Imani and her parents spoke to a social worker from the Disabled Children's Team in April 2026. Imani has no social care needs at present: she manages her own personal care and her family do not need short breaks. Before she moves to university, Adult Social Care will offer a Care Act transition assessment (planned for spring 2027), which Imani has agreed to."),
]),
("E", T["E"], [
 ("sub", "Employment and higher education"),
 ("num", ["By the end of Year 13 (July 2027), Imani will gain the A level grades needed for her firm university offer. We will know from her results in August 2027.",
          "By 31/03/27, Imani will complete her application for Disabled Students' Allowances (DSA - funding for study support at university) and attend her study needs assessment. Her Qualified Teacher of Children and Young People with Vision Impairment (QTVI) will confirm this."]),
 ("sub", "Independent living"),
 ("num", ["By Feb half term 2027, Imani will cook a two-course meal on her own using adapted equipment (talking scales, high-contrast chopping board), assessed by her habilitation specialist."]),
 ("sub", "Friends, relationships and community"),
 ("num", ["By Summer '27, Imani will travel by train from Carrowford to her firm-choice university city on her own, using passenger assistance she has booked herself, and find her way from the station to the accommodation office. Her habilitation specialist will sign off each stage of the route."]),
 ("sub", "Good health"),
 ("num", ["By the end of Year 13, Imani will book and attend her own eye and low vision appointments and use a 5-minute screen break every 40 minutes in lessons, so that she reports no more than one headache a week at her termly review with the QTVI."]),
]),
("F", T["F"], [
 ("table", FH, [
  ["Visits from a Qualified Teacher of Children and Young People with Vision Impairment (QTVI) to monitor Imani's access, advise staff and check her equipment", "At least once every half term (6 visits a year, 1 hour each)", "QTVI, Sensory Support Service"],
  ["Vision impairment awareness training for all of Imani's teachers", "Once, 1 hour, in the first week of the autumn term", "QTVI"],
  ["All handouts, texts and resources in N24 bold or as an accessible digital file", "Ready at least 48 hours before each lesson", "College Resources Technician, from subject teachers' materials"],
  ["Described and enlarged versions of graphs, tables and diagrams in Psychology research methods lessons", "2 x 1-hour lessons weekly, 1:1 support in class", "Learning Support Assistant (LSA) trained by the QTVI"],
  ["Laptop with screen magnification and screen-reader software, and a portable video magnifier", "For every lesson and at home", "Set up and maintained by College IT Support; settings checked by the QTVI once a term"],
  ["25% extra time, modified enlarged papers (N24 bold on A4) and use of her laptop in all mock and public examinations, with a rest break every 40 minutes", "Every examination", "Applied for and organised by the college Exams Officer"],
  ["A 5-minute screen break every 40 minutes in lessons, agreed with all her teachers", "Every lesson", "Subject teachers, following the QTVI's written access plan"],
  ["Habilitation training: long cane skills, train travel, learning the route from the station to the university campus, and cooking skills", "Fortnightly, 1 hour, 1:1, spring and summer terms (including three route-learning sessions in the university city)", "Habilitation Specialist, Sensory Support Service"],
  ["Support with the Disabled Students' Allowances application and a transition meeting with the university disability service", "Three 1-hour meetings between January and March 2027", "QTVI and the college Careers Adviser"],
 ]),
]),
("G", T["G"], [
 ("table", ["Health support", "When and how often", "Who will give it"], [
  ["Review of eye condition and vision", "Once a year, 30-minute appointment", "Consultant Ophthalmologist, Hospital Eye Service"],
  ["Low vision assessment; supply and replacement of magnifiers", "Once a year, and replacement within 4 weeks if an aid is lost or broken", "Optometrist, Low Vision Clinic"],
 ]),
 ("p", "Health provision agreed and signed off on behalf of the Integrated Care Board by Dr Helen Marsh, Designated Clinical Officer, 1 July 2026."),
]),
("H1", T["H1"], [("p", "None. Short breaks and support at home were considered with Imani and her family (see D) and are not needed.")]),
("H2", T["H2"], [("p", "None at present. A Care Act transition assessment by Adult Social Care is planned for spring 2027, before Imani turns 18 and leaves for university.")]),
("I", T["I"], [("p", "Carrowford Sixth Form College (mainstream sixth form college), until July 2027.")]),
("J", T["J"], [("p", "No personal budget requested.")]),
("K", T["K"], [
 ("table", KH, [
  ["Imani's views", "Imani", "10 June 2026"],
  ["Parents' views", "Samuel and Grace (parents)", "10 June 2026"],
  ["Educational advice", "Naomi Reid, Additional Learning Support Manager, Carrowford Sixth Form College", "1 June 2026"],
  ["Educational advice from a qualified teacher of vision impairment", "Julie Ward, QTVI, Sensory Support Service", "22 May 2026"],
  ["Psychological advice", "Dr Oliver Byrne, Educational Psychologist", "12 May 2026"],
  ["Medical advice", "Mr Anil Kapoor, Consultant Ophthalmologist, Hospital Eye Service", "30 April 2026"],
  ["Low vision report", "Beth Moran, Optometrist, Low Vision Clinic", "7 May 2026"],
  ["Habilitation assessment", "Ian Shore, Habilitation Specialist, Sensory Support Service", "19 May 2026"],
  ["Social care advice", "Kelly Austin, Social Worker, Disabled Children's Team", "16 April 2026"],
  ["Preparing for adulthood and careers advice", "Joel Barnes, Careers Adviser, Carrowford Careers Service", "3 June 2026"],
 ]),
]),
]))

# q207 - heading2-numbered - FAIL: no child's views; deficit-only A/B; SALT in G; EP and medical advice from 2023
PLANS.append(dict(
file="q207.docx", layout="heading2-numbered", title="Education, Health and Care Plan - Aaliyah",
front=[("Name", "Aaliyah"), ("Age / year of study", "14 / Year 9"),
       ("Date of issue of this plan", "9 June 2026"), ("Reviewed on", "New plan - first annual review due by June 2027"),
       ("School", "Marston Vale Academy (mainstream secondary)")],
sections=[
("A", "Views, interests and aspirations of Aaliyah and her family", [
 ("sub", "Views of Aaliyah's parents"),
 ("p", "Aaliyah's mum and dad, Yasmin and Tariq, told us that Aaliyah has struggled since she started secondary school. She finds it hard to follow what teachers say, gets lost in lessons and comes home exhausted and upset. She has missed a lot of school this year because of anxiety, and on some mornings she cannot get out of the car. She has lost touch with her friends from primary school and spends most evenings in her room."),
 ("p", "Her parents are worried that she is falling further behind and that her confidence is very low. They feel her difficulties with language were missed for a long time."),
 ("sub", "Hopes for the future"),
 ("p", "Her parents hope that Aaliyah will get her GCSEs in English and maths and go on to college to train as a hairdresser, which she has talked about for years. They want her to have a small group of friends and to feel less anxious about going out."),
]),
("B", T["B"], [
 ("sub", "Communication and interaction"),
 ("p", "Aaliyah has developmental language disorder (DLD), a long-term difficulty with understanding and using spoken language. She has difficulty understanding instructions with more than two parts, subject vocabulary and inference. Her spoken sentences are short and she has difficulty explaining her ideas or retelling events in order. She rarely asks for help in class."),
 ("sub", "Cognition and learning"),
 ("p", "Aaliyah's reading age is about 9 years 6 months (tested March 2026). She has difficulty understanding texts in all subjects, and her written work is brief and poorly organised. She is working well below age-related expectations in English, science and humanities."),
 ("sub", "Social, emotional and mental health"),
 ("p", "Aaliyah has high levels of anxiety, including panic attacks before school. Her attendance this year is 71%. She has difficulty making and keeping friends, misreads other students' intentions and withdraws from group work."),
]),
("C", T["C"], [
 ("p", "Aaliyah's developmental language disorder was diagnosed by the NHS Speech and Language Therapy Service in 2023. She has anxiety and is open to the Child and Adolescent Mental Health Service (CAMHS), where she was assessed in March 2026. She has no other health needs."),
]),
("D", T["D"], [
 ("p", "The Children's Social Care assessment team gave advice on 7 April 2026: no social care needs were identified. The family were offered Early Help and information about local youth groups; they did not want Early Help at present."),
]),
("E", "Outcomes (preparing for adulthood)", [
 ("sub", "Employment and education"),
 ("bul", ["By the end of Year 10 (July 2027), Aaliyah will complete a one-week work experience placement in a hairdressing salon, with a positive report from the salon manager.",
          "By Summer '27, Aaliyah will explain the meaning of 20 of the 25 key words from each science and English topic, checked by the language group teaching assistant (TA) at the end of each topic."]),
 ("sub", "Independent living"),
 ("bul", ["By 31/03/27, Aaliyah will use her visual checklist to ask for an instruction to be repeated in at least 3 lessons a week (tracked by her key worker)."]),
 ("sub", "Friends, relationships and community"),
 ("bul", ["By the end of Year 10 (July 2027), Aaliyah will attend the weekly after-school art club and name two students she talks to there (key worker's review)."]),
 ("sub", "Good health"),
 ("bul", ["Within 12 weeks of the start of the autumn term, Aaliyah's attendance will rise from 71% to at least 85%, and she will use her calm plan to get into school on days she feels anxious (attendance record and key worker's log)."]),
]),
("F", T["F"], [
 ("sub", "Communication and language"),
 ("table", FH, [
  ["Language group: vocabulary, following instructions and retelling events in order, using the programme set by the speech and language therapist", "Three x 40 min sessions weekly, group of no more than 5", "Teaching assistant (TA) trained in language support"],
  ["Pre-teaching of key words for science and English topics, with a word mat for each topic", "Twice weekly, 20 minutes, 1:1, at the start of each new topic", "Language group TA"],
  ["Visual checklist for asking for help, and instructions given in chunks and written on the board", "Every lesson", "All subject teachers, using the strategies in the speech and language therapy (SALT) report"],
 ]),
 ("sub", "Learning"),
 ("table", FH, [
  ["Reading intervention (comprehension and inference)", "Daily (20 mins), group of 4", "Specialist literacy teacher"],
  ["A reader and 25% extra time in assessments and examinations", "All tests and examinations", "Arranged by the SENCo (special educational needs co-ordinator)"],
 ]),
 ("sub", "Emotional wellbeing"),
 ("table", FH, [
  ["Key worker check-in on arrival, using her calm plan", "Daily, 10 minutes, 1:1", "Key worker (pastoral manager)"],
  ["Emotional Literacy Support Assistant (ELSA) sessions on anxiety and friendships", "Weekly, 45 mins, 1:1, for 10 weeks, then reviewed", "ELSA"],
 ]),
]),
("G", T["G"], [
 ("table", ["Health support", "When and how often", "Who will give it"], [
  ["Direct speech and language therapy: understanding vocabulary, narrative skills and following instructions", "Weekly, 30 minutes, 1:1, for 2 terms", "Speech and Language Therapist, NHS Speech and Language Therapy Service"],
  ["Cognitive behavioural therapy (CBT) sessions for anxiety", "8 weekly sessions, 50 minutes each", "CAMHS practitioner"],
 ]),
 ("p", "Agreed on behalf of the Integrated Care Board (ICB) by the Designated Clinical Officer, Dr Helen Marsh, on 2 June 2026."),
]),
("H1", T["H1"], [("p", "None - see Section D.")]),
("H2", T["H2"], [("p", "None. Early Help was offered and declined (see Section D).")]),
("I", T["I"], [("p", "Marston Vale Academy (mainstream secondary academy).")]),
("J", T["J"], [("p", "No personal budget requested.")]),
("K", T["K"], [
 ("table", KH, [
  ["Parents' views", "Yasmin and Tariq (parents)", "14 April 2026"],
  ["Educational advice", "Laura Henson, SENCo, Marston Vale Academy", "17 April 2026"],
  ["Psychological advice", "Dr Claire Osei, Educational Psychologist", "14 February 2023"],
  ["Medical advice", "Dr Neil Forde, Community Paediatrician", "2 March 2023"],
  ["Speech and language therapy advice", "Holly Birch, Speech and Language Therapist, NHS Speech and Language Therapy Service", "21 April 2026"],
  ["Mental health advice", "Sam Ridley, Mental Health Practitioner, CAMHS", "30 March 2026"],
  ["Social care advice", "Children's Social Care assessment team (Jo Evans, Social Worker)", "7 April 2026"],
  ["Preparing for adulthood and careers advice", "Joel Barnes, Careers Adviser, Carrowford Careers Service", "5 May 2026"],
 ]),
]),
]))

# q208 - letter-column - SOUND - Adam, 8, Year 3, EAL + language disorder; Child in Need plan; no health needs
PLANS.append(dict(
file="q208.docx", layout="letter-column", title="Education, Health and Care Plan for Adam",
front=[("Name", "Adam"), ("Age / year of study", "8 / Year 3"),
       ("Reviewed on", "New plan (first annual review due February 2027)"), ("Date of issue of this plan", "19 February 2026"),
       ("School", "Cowley Road Primary School"), ("Languages", "Romanian (home), English")],
sections=[
("A", T["A"], [
 ("sub", "What Adam told us"),
 ("p", "Adam talked to us in Romanian, with help from Mrs Ionescu, the school's Romanian-speaking teaching assistant, and drew pictures of his favourite things. He said:"),
 ("bul", ["\"I like football. I am a good goalkeeper. I want to be a goalkeeper for a big team.\"",
          "\"I like maths when we use the blocks.\"",
          "\"I like Mrs Ionescu because she talks to me in Romanian.\"",
          "\"Reading is hard. The letters are confusing.\"",
          "\"Sometimes I am sad when I think about before.\""]),
 ("sub", "What Adam's mum told us"),
 ("p", "Adam's mum, Elena, spoke in Romanian through an interpreter. She said Adam is a kind, gentle boy who looks after his little brother and is always drawing. The family moved to Carrowford in 2023. Adam was slow to talk in Romanian too, and she has always felt he needed help with language. She hopes he will learn to read and write well in English, make friends and feel safe and happy. In the future she would like him to go to university or \"have a good job, not a hard life like mine\"."),
 ("sub", "What school says Adam does well"),
 ("bul", ["He is a careful, determined worker when tasks are practical.",
          "He is a confident goalkeeper and is starting to make friends through football at playtime.",
          "His drawings are detailed and he uses them to show what he means."]),
]),
("B", T["B"], [
 ("sub", "Communication and interaction"),
 ("p", "Adam is learning English as an additional language (EAL). A bilingual speech and language therapy assessment (December 2025, with an interpreter) found that Adam also has a language disorder: his understanding and use of language are delayed in Romanian as well as English, so his difficulties are not only because English is new to him. He understands short instructions about familiar routines but finds it hard to follow longer instructions, learn new words and tell events in order."),
 ("sub", "Cognition and learning"),
 ("p", "Adam is working well below the expected standard for Year 3 in reading and writing. He is secure in phonics phase 3 (reading words such as \"chip\" and \"rain\"). In maths he counts and calculates accurately with objects to 50 but finds written methods and word problems difficult. He learns well from pictures, practical equipment and repetition."),
 ("sub", "Social, emotional and mental health"),
 ("p", "Adam has seen domestic abuse at home in the past. He can become quiet and withdrawn, and sometimes tells staff he has had nightmares. He is settled with familiar adults and is beginning to play with a small group of boys."),
]),
("C", T["C"], [
 ("p", "Adam has no health needs. The community paediatrician saw him on 4 November 2025 and found him fit and well, and his hearing and vision tests in November 2025 were normal."),
]),
("D", T["D"], [
 ("p", "Adam and his brother have been supported under a Child in Need (CIN) plan since September 2025, after domestic abuse by their father, who no longer lives with the family. Their social worker, Ms Patel (Family Safeguarding Team), contributed to this assessment. The CIN plan aims for Adam to feel safe at home and at school and for his mum to be supported as a single parent. The school's designated safeguarding lead attends the CIN review meetings every 6 weeks so that the emotional support in Section F and the support in the CIN plan work together."),
]),
("E", T["E"], [
 ("table", ["Area", "Outcome", "By when, and how we will know"], [
  ["Communication", "Adam will follow a three-part instruction in class (for example, \"get your book, find page 4 and sit on the carpet\") on 4 out of 5 occasions.", "By end of academic year 2025/26; teaching assistant's observation record"],
  ["Communication", "Adam will retell a short story in English in the right order, including who, where, what happened and the ending.", "By the end of Year 4 (July 2027); speech and language therapist's narrative assessment"],
  ["Learning", "Adam will read phase 5 phonics words with 90% accuracy.", "By the end of Year 4 (July 2027); school phonics tracker"],
  ["Learning", "Adam will add and subtract two-digit numbers using a number line, getting 8 out of 10 correct.", "By 31/03/27; class teacher's assessment"],
  ["Emotional wellbeing", "Adam will use his feelings chart to tell an adult when he is worried, at least once a week.", "By Feb half term 2027; record kept by his Emotional Literacy Support Assistant"],
  ["Friendships", "Adam will play in goal for the after-school football club in a team game each week, joining in with his teammates.", "By Summer '26; club coach's register and comments"],
 ]),
]),
("F", T["F"], [
 ("table", FH, [
  ["Speech and language therapy (SALT): the therapist assesses Adam, sets targets and trains his teaching assistant", "Once every half term, 1 hour", "Speech and Language Therapist, NHS Children's Therapy Service"],
  ["SALT programme on following instructions, vocabulary and story telling", "Three x 20 min sessions weekly, 1:1", "Teaching assistant (TA) trained by the SALT"],
  ["Pre-teaching of topic words in Romanian and English with pictures", "Twice weekly, 20 minutes, group of no more than 3", "Mrs Ionescu, Romanian-speaking TA"],
  ["Advice to staff on teaching English as an additional language", "Once a term, 1 hour", "Specialist EAL teacher, Ethnic Minority Achievement Service (EMAS)"],
  ["Phonics catch-up", "Daily (15 mins), 1:1", "TA trained in the school's phonics programme"],
  ["Maths group using practical equipment", "Three times a week, 30 minutes, group of 4", "Class teacher"],
  ["Visual timetable and picture prompts for instructions in every lesson", "Every lesson", "Class teacher"],
  ["Emotional Literacy Support Assistant (ELSA) sessions on feelings, worries and friendships", "Weekly, 30 minutes, 1:1, for 12 weeks, then reviewed with the social worker at the CIN meeting", "ELSA trained by the Educational Psychology Service"],
  ["Check-in with a trusted adult on arrival", "Daily, 5 minutes", "Class TA"],
  ["Place at the after-school football club, with his TA on the first two sessions to help him settle", "Weekly, 1 hour, from the summer term 2026", "Club coach; class TA for first two sessions"],
 ]),
]),
("G", T["G"], [("p", "No health provision is needed (see Section C).")]),
("H1", T["H1"], [("p", "None. Short breaks and other services under section 2 were considered with Ms Patel, the social worker, and are not needed.")]),
("H2", T["H2"], [
 ("bul", ["Child in Need plan: visits from the social worker to Adam and his family at least every 4 weeks, and CIN review meetings every 6 weeks (Family Safeguarding Team).",
          "Family support worker: weekly home visit (1 hour) to support Elena with routines, budgeting and the boys' bedtimes, until the CIN plan is reviewed in June 2026.",
          "Elena's place on a 12-week domestic abuse recovery programme for parents (weekly, 2 hours), arranged by the social worker."]),
]),
("I", T["I"], [("p", "Cowley Road Primary School (mainstream community primary school).")]),
("J", T["J"], [("p", "No personal budget requested.")]),
("K", T["K"], [
 ("table", KH, [
  ["Adam's views (in Romanian, with the bilingual TA)", "Adam, with Mrs Ionescu, TA", "12 January 2026"],
  ["Parent's views (with interpreter)", "Elena (mum)", "12 January 2026"],
  ["Educational advice", "Sophie Clarke, Special Educational Needs Co-ordinator (SENCo), Cowley Road Primary School", "5 January 2026"],
  ["Psychological advice", "Dr Hannah Moss, Educational Psychologist", "9 December 2025"],
  ["Medical advice", "Dr Ayo Ibekwe, Community Paediatrician", "4 November 2025"],
  ["Bilingual speech and language therapy assessment", "Rachel Dunn, Speech and Language Therapist, NHS Children's Therapy Service", "2 December 2025"],
  ["EAL advice", "Paul Greaves, Specialist EAL Teacher, EMAS", "20 November 2025"],
  ["Social care advice, with the Child in Need plan", "Ms Rina Patel, Social Worker, Family Safeguarding Team", "8 January 2026"],
 ]),
]),
]))

# q209 - shaded-heading-table - FAIL: looked-after child with no trace (no social care advice); provision as outcome; no health sign-off; grammar errors
PLANS.append(dict(
file="q209.docx", layout="shaded-heading-table", title="Education, Health and Care Plan: Sami",
front=[("Name", "Sami"), ("Age / year of study", "15 / Year 10"),
       ("Reviewed on", "10 September 2026"), ("Date of issue of this plan", "23 September 2026"),
       ("School", "Headington Park School (mainstream secondary with a hearing support base)")],
sections=[
("A", T["A"], [
 ("sub", "What's important TO me (Sami's words, from his review)"),
 ("bul", ["Fixing bikes. I can strip down a gear set and put it back together.",
          "Football. I play for the deaf youth team on Saturdays and I'm the captain.",
          "My foster carers Jen and Rob, and their dog Milo.",
          "My mates at the hearing support base."]),
 ("sub", "What's important FOR me"),
 ("bul", ["Teachers wearing the radio aid and facing me when they talk.",
          "Subtitles on every video. If there are no subtitles I just switch off.",
          "Not being asked to answer in front of the class when it is noisy."]),
 ("sub", "My dream and my goal in one year"),
 ("p", "**My dream:** \"Be a mechanic and have my own garage one day.\""),
 ("p", "**My goal in one year:** \"Get a work experience in a proper garage and get my maths up.\""),
 ("sub", "What Jen and Rob (foster carers) say"),
 ("p", "Jen and Rob says Sami is practical, loyal and funny, and is a natural leader on the football pitch. They want him to go to college to do motor vehicle and to become more confident speaking up for himself when he hasn't heard something. They worry that he gets very tired by the end of the school day."),
]),
("B", T["B"], [
 ("sub", "Hearing and communication"),
 ("p", "Sami have a moderate to severe sensorineural hearing loss in both ears (permanent hearing loss caused by the inner ear). He wears two hearing aids and uses a radio aid in lessons, which sends the teacher's voice straight to his hearing aids. He uses spoken English and some British Sign Language (BSL). In a quiet room he follows conversation well, but in noisy classrooms and group discussions he misses a lot. He does not always say when he has not heard."),
 ("sub", "Cognition and learning"),
 ("p", "Sami's reading age is 11 years 4 months (July 2026). He has gaps in vocabulary, especially subject words, which affects his understanding in science and humanities. He is strong in practical subjects and is on track for a grade 5 in design and technology. In maths he is working towards a grade 4."),
 ("sub", "Social, emotional and mental health"),
 ("p", "Sami is popular and confident with deaf peers. Listening all day is very tiring and by the afternoon he can become irritable. Him and his foster carers was pleased with how he managed the move to the Year 10 options groups."),
]),
("C", T["C"], [
 ("p", "Sami's hearing loss is monitored by the Children's Hearing Service. He has his hearing tested and his hearing aids checked every 6 months and needs new ear moulds as he grows. He has no other health needs."),
]),
("D", T["D"], [
 ("p", "Sami has been looked after by Carrowford City Council since 2023 and lives with long-term foster carers. He has no social care needs arising from his deafness."),
]),
("E", "Outcomes - preparing for adulthood", [
 ("sub", "Employment and education"),
 ("bul", ["By end of academic year 2026/27, Sami will complete a one-week work experience placement at a garage and get a written reference from the workshop manager.",
          "By the end of Year 11 (July 2028), Sami will gain grade 4 or above in GCSE maths, the entry requirement for the Level 2 motor vehicle course.",
          "From September 2026, Sami will have a radio aid in every lesson, his teachers will wear the transmitter, and he will receive pre-teaching of key vocabulary each week."]),
 ("sub", "Independent living"),
 ("bul", ["By Feb half term 2027, Sami will check his hearing aids and radio aid himself every morning and tell staff about any fault, on 5 days out of 5 (equipment log kept by his Qualified Teacher of the Deaf, QToD)."]),
 ("sub", "Friends, relationships and community"),
 ("bul", ["By Summer '27, Sami will tell a teacher or classmate when he has not heard something, at least once in every lesson observed by his QToD (termly lesson observations)."]),
 ("sub", "Good health"),
 ("bul", ["By 31/03/27, Sami will use a 10-minute quiet listening break each afternoon, so that his own rating of tiredness at the end of the day falls from 8/10 to 5/10 or lower (weekly rating chart)."]),
]),
("F", T["F"], [
 ("table", FH, [
  ["Direct teaching from a Qualified Teacher of the Deaf (QToD): vocabulary, self-advocacy and managing his hearing equipment", "Fortnightly, 1 hour, 1:1", "QToD, hearing support base"],
  ["Pre-teaching of key science and humanities vocabulary", "Twice weekly, 30 minutes, 1:1", "Learning Support Assistant (LSA) with BSL Level 2"],
  ["Radio aid in every lesson; checks of the radio aid and classroom listening conditions", "Daily check by Sami and the LSA; Educational Audiologist visits once a term (1 hour)", "Radio aid provided and maintained by the Educational Audiologist, Sensory Support Service"],
  ["Notes of teacher talk in science and humanities lessons", "All science and humanities lessons (8 lessons a week)", "LSA"],
  ["Subtitles on all videos and a seat near the teacher, away from noise", "Every lesson", "Subject teachers; checked by the QToD each half term"],
  ["25% extra time and a separate, quiet room for all tests and examinations", "All tests and examinations", "Arranged by the Exams Officer"],
  ["Deaf awareness training for all Sami's teachers", "Once a year, 1 hour, at the start of the autumn term", "QToD"],
  ["Work experience at a garage, with a deaf awareness briefing for the workshop manager beforehand", "One week, summer term 2027", "Careers Leader, with the QToD"],
 ]),
]),
("G", T["G"], [
 ("table", ["Health support", "When and how often", "Who will give it"], [
  ["Hearing test and hearing aid review", "Every 6 months", "Paediatric Audiologist, Children's Hearing Service"],
  ["New ear moulds", "When needed, within 2 weeks of a request", "Children's Hearing Service"],
 ]),
]),
("H1", T["H1"], [("p", "None.")]),
("H2", T["H2"], [("p", "None. His foster carers has not asked for short breaks.")]),
("I", T["I"], [("p", "Headington Park School (mainstream secondary school with a resourced hearing support base).")]),
("J", T["J"], [("p", "No personal budget.")]),
("K", T["K"], [
 ("table", KH, [
  ["Sami's views", "Sami, at his review", "10 September 2026"],
  ["Foster carers' views", "Jen and Rob (foster carers)", "10 September 2026"],
  ["Educational advice", "Mark Ogden, Special Educational Needs Co-ordinator (SENCo), Headington Park School", "1 September 2026"],
  ["Educational advice from a Qualified Teacher of the Deaf", "Fiona Drake, QToD, hearing support base", "27 August 2026"],
  ["Educational Audiologist's report", "Steve Hall, Educational Audiologist, Sensory Support Service", "20 July 2026"],
  ["Psychological advice", "Dr Maya Reed, Educational Psychologist", "14 July 2026"],
  ["Medical advice", "Dr Kate Lyons, Consultant Audiovestibular Physician, Children's Hearing Service", "6 July 2026"],
  ["Preparing for adulthood and careers advice", "Ellie Grant, Careers Adviser, Carrowford Careers Service", "3 September 2026"],
 ]),
]),
]))

# q210 - heading2-numbered - FAIL: Year 11 with no PfA outcomes (and outcomes ignore aspiration); unmeasurable outcome; vague F item; A and E in unexplained jargon
PLANS.append(dict(
file="q210.docx", layout="heading2-numbered", title="EHC Plan - Harvey",
front=[("Name", "Harvey"), ("Age / year of study", "15 / Year 11"),
       ("Reviewed on", "14 October 2026"), ("Date of issue of this plan", "2 November 2026"),
       ("School", "Cherwell Fields Academy")],
sections=[
("A", "Views, interests and aspirations", [
 ("sub", "CYP views"),
 ("p", "Views gathered via SDQ self-report and 1:1 with ELSA (03/10/26). H reports that he \"hates\" maths and finds lessons \"boring\" unless they are practical. He identifies motor vehicle as a post-16 pathway of interest and states he wants to \"be a mechanic like my grandad\". H reports that he likes DT, PE and working on his grandad's car at weekends. He reports that he finds unstructured times and cover lessons dysregulating."),
 ("sub", "Parental views"),
 ("p", "Mum reports H presents as dysregulated in unstructured contexts, with escalation presenting as verbal aggression towards staff, and EBSA-type behaviours on Mondays. Mum notes H is kind, funny and very good with his hands, and is helpful with his younger cousins. Mum's aspiration is for H to transition to FE at KS5 on a L2 motor vehicle programme and to secure L2 E&M."),
]),
("B", T["B"], [
 ("sub", "Cognition and learning"),
 ("p", "Harvey has ADHD (combined presentation). Standardised scores are within the average range (EP assessment, May 2026) but his attainment is below target in KS4 core subjects because of difficulties with sustained attention, working memory and organisation. He produces his best work in practical subjects and is on track for a grade 5 in DT."),
 ("sub", "Social, emotional and mental health"),
 ("p", "Harvey has SEMH needs including anxiety. He struggles with transitions, cover staff and unstructured times and can become verbally aggressive when anxious. He has had 3 FTEs in Year 10. His attendance is 84%, with most absences on Mondays. He relates well to adults who are calm and consistent and responds well to humour and praise."),
]),
("C", T["C"], [
 ("p", "ADHD (combined presentation), diagnosed 2021. Prescribed MPH (XL) 36mg OD, reviewed by CAMHS. Anxiety (GAD features noted by CAMHS, June 2026); referred to MHST for CBT-informed intervention."),
]),
("D", T["D"], [
 ("p", "No social care needs. Advice from the Disabled Children's Team (July 2026) confirmed no role; Early Help was discussed with mum, who did not feel it was needed."),
]),
("E", T["E"], [
 ("num", ["H will manage his anxiety better and engage more positively in lessons.",
          "By the end of the spring term 2027, H will sustain on-task behaviour for 20 mins in 4/5 lessons (baseline 8 mins), measured by LSA on-task obs.",
          "By end of KS4, H will reduce C3+ incidents on the BfL ladder from 4 p/w to 1 p/w or fewer (SIMS data).",
          "By Feb half term 2027, H will complete 80% of homework tasks set (Class Charts data).",
          "By 31/03/27, H will follow his EBSA return plan to achieve 90% attendance over a half term (attendance data)."]),
]),
("F", T["F"], [
 ("sub", "Cognition and learning"),
 ("table", FH, [
  ["LSA in-class support in English, maths and science: chunking tasks, checking understanding, keeping him on task", "12 lessons per week, 1:1 within class", "LSA"],
  ["Organisation and study skills: planner check, homework plan", "Weekly, 30 mins, 1:1", "HLTA"],
  ["Access arrangements: 25% ET and supervised rest breaks in all mocks and GCSE exams", "All exams", "Arranged by the EO"],
 ]),
 ("sub", "Social, emotional and mental health"),
 ("table", FH, [
  ["ELSA sessions on recognising triggers and using regulation strategies", "Weekly, 30 mins, 1:1, for 12 weeks", "ELSA"],
  ["Movement breaks of up to 5 minutes, where possible, two per lesson; Harvey should also have access to the Hub at break and lunch as appropriate", "Two per lesson; break and lunch", "Class LSA; Hub staffed by the Pastoral Support Worker"],
  ["Key adult meet and greet on Mondays and after any absence, to go through his EBSA return plan", "Mondays and after absence, 15 mins", "Pastoral Support Worker"],
  ["ADHD training for all KS4 staff", "Once, 1 hour, autumn term 2026", "EP"],
 ]),
]),
("G", T["G"], [
 ("table", ["Health support", "When and how often", "Who will give it"], [
  ["Medication review (MPH), including height, weight and blood pressure", "Every 3 months, 30 mins", "Consultant Psychiatrist, CAMHS"],
  ["CBT-informed intervention for anxiety", "6 sessions, fortnightly, 45 mins, 1:1 in school", "EMHP, MHST"],
 ]),
 ("p", "Signed off on behalf of the ICB by the DCO (Dr Helen Marsh) on 28/10/26."),
]),
("H1", T["H1"], [("p", "None - see D.")]),
("H2", T["H2"], [("p", "None. Early Help discussed and declined (see D).")]),
("I", T["I"], [("p", "Cherwell Fields Academy (mainstream secondary academy, 11-16).")]),
("J", T["J"], [("p", "N/A")]),
("K", T["K"], [
 ("table", KH, [
  ["CYP views (SDQ self-report and ELSA 1:1)", "Harvey, with Kerry Dean, ELSA", "3 October 2026"],
  ["Parental views", "Donna (mum)", "3 October 2026"],
  ["Educational advice", "Gareth Wynn, SENCo, Cherwell Fields Academy", "25 September 2026"],
  ["Psychological advice", "Dr Lena Hart, EP", "19 May 2026"],
  ["Medical advice", "Dr Yusuf Ali, Consultant Psychiatrist, CAMHS", "11 June 2026"],
  ["MHST advice", "Chloe Baines, EMHP, MHST", "15 September 2026"],
  ["Social care advice", "Disabled Children's Team (Nina Ford, Social Worker)", "8 July 2026"],
  ["PfA / careers advice", "Ellie Grant, Careers Adviser, Carrowford Careers Service", "22 September 2026"],
 ]),
]),
]))

# q211 - letter-column - SOUND - Jordan, 24, apprenticeship, spina bifida, lives independently with a PA
PLANS.append(dict(
file="q211.docx", layout="letter-column", title="Jordan's Education, Health and Care Plan",
front=[("Name", "Jordan"), ("Age / year of study", "24 / second year of a Level 2 apprenticeship (post-19)"),
       ("Reviewed on", "12 May 2026"), ("Date of issue of this plan", "29 May 2026"),
       ("Education and training", "Level 2 IT Solutions Technician apprenticeship - Carrowford City Council IT Service Desk, with off-the-job training at Carrowford College")],
sections=[
("A", T["A"], [
 ("p", "Jordan wrote this with his Preparing for Adulthood worker and asked for his mum's views to be added."),
 ("sub", "What's important TO me"),
 ("bul", ["My flat. I have lived on my own for two years and I love having my own space.",
          "My job. I like sorting out people's computer problems and the team are a good laugh.",
          "Wheelchair basketball - I used to play at school and I want to get back into it.",
          "Gaming online with my mates most evenings."]),
 ("sub", "What's important FOR me"),
 ("bul", ["Sticking to my catheter times, even when work is busy.",
          "Having my morning routine done properly by my Personal Assistant (PA) so I am not late.",
          "Getting help with maths in a way that doesn't make me feel stupid.",
          "Checking my skin and moving in my chair so I don't get pressure sores again."]),
 ("sub", "My PATH"),
 ("p", "**My dream:** A permanent job in IT support, enough money to run an adapted car, and playing basketball for a team again."),
 ("p", "**My goal in one year:** Pass my apprenticeship and my maths, and be offered a permanent post on the Service Desk."),
 ("sub", "My mum's views"),
 ("p", "Jordan's mum, Karen, said she is proud of how he has made his flat a home and of how well he is doing at work. She would like him to keep his job and become more confident with money and paperwork. Her worry is that he sometimes ignores his health when he is busy."),
]),
("B", T["B"], [
 ("sub", "Cognition and learning"),
 ("p", "Jordan has spina bifida with hydrocephalus (a build-up of fluid on the brain, treated with a shunt). Like many people with hydrocephalus, he processes information more slowly and finds it hard to hold several steps in his head, particularly with numbers. He has Functional Skills maths at Level 1 and needs Level 2 to complete his apprenticeship. He is a quick learner with computers, remembers procedures once he has written them down, and his customer feedback on the Service Desk is excellent."),
 ("sub", "Organisation"),
 ("p", "Jordan finds planning written assignments and keeping track of deadlines difficult. A weekly plan on his phone and a checklist for each assignment help him."),
 ("sub", "Physical"),
 ("p", "Jordan uses a manual wheelchair and is fully independent in moving around an accessible building. He has no feeling below his waist, so he needs to change position regularly to protect his skin, and his desk and seating need to be set up correctly."),
]),
("C", T["C"], [
 ("bul", ["Neurogenic bladder and bowel: Jordan catheterises himself 5 times a day and has a morning bowel routine.",
          "Shunt for hydrocephalus: reviewed yearly. Signs of a blocked shunt (bad headache, vomiting, drowsiness) need urgent medical help.",
          "Risk of pressure sores: he had a pressure sore in 2024 and needs to relieve pressure every 30 minutes.",
          "Manual wheelchair provided by the Wheelchair Service."]),
]),
("D", T["D"], [
 ("p", "Jordan lives alone in an adapted council flat. His Care Act assessment by Adult Social Care (Preparing for Adulthood) in March 2026 found eligible needs for help with his morning personal care routine, heavier household tasks (cleaning and putting away shopping) and sorting post and bills."),
]),
("E", T["E"], [
 ("table", ["Preparing for adulthood area", "What I will achieve", "By when and how we will know"], [
  ["Employment", "I will pass my Level 2 IT Solutions Technician end-point assessment and be awarded my apprenticeship certificate.", "By the end of the apprenticeship (July 2027); assessment result"],
  ["Employment", "I will pass Functional Skills maths at Level 2.", "By 31/03/27; exam result"],
  ["Independent living", "I will sort my own post and pay my bills using a checklist, with my PA checking it once a fortnight and finding no missed payments.", "By Summer '27; PA's fortnightly record"],
  ["Friends, relationships and community", "I will go to wheelchair basketball training every week, travelling there on my own by accessible bus.", "By Feb half term 2027; club attendance register"],
  ["Good health", "I will catheterise and do pressure relief on time on every working day, using phone reminders, with no missed catheter times in my log.", "Within 12 weeks of this plan; my own log, checked at my continence nurse review"],
  ["Good health", "I will explain the warning signs of a blocked shunt to my line manager and keep my health passport up to date.", "By end of academic year 2025/26; line manager confirms, health passport checked by the continence nurse"],
 ]),
]),
("F", T["F"], [
 ("table", FH, [
  ["Off-the-job apprenticeship training at college", "1 day per week (6 hours), group of no more than 10", "IT lecturer (qualified teacher), Carrowford College"],
  ["Functional Skills maths Level 2 class", "Weekly, 2 hours, group of 8", "Maths lecturer (qualified teacher)"],
  ["1:1 maths tuition using worked examples and a step-by-step method card", "Fortnightly, 45 mins", "Maths tutor (qualified teacher), Learning Support"],
  ["Planning support: breaking assignments into steps, setting deadlines in his phone calendar", "Weekly, 30 mins, 1:1, on his college day", "Learning Support Assistant (LSA)"],
  ["Laptop with mind-mapping software and an on-screen calculator with a history feature", "Every college and workplace session", "Set up and maintained by the college IT Technician"],
  ["Height-adjustable desk and accessible workstation at the Service Desk", "In place at all times", "Funded by Access to Work; provided and maintained by the employer's Facilities Team"],
  ["25% extra time and rest breaks in the end-point assessment and Functional Skills exams", "Every assessment", "Arranged by the college Exams and Assessment Lead"],
  ["Occupational therapy: checking desk and seating set-up and teaching pressure-relief routines he can do at work", "Once a term, 1 hour, at the workplace", "Occupational Therapist (OT), college therapy service"],
  ["Workplace review of adjustments with his line manager", "Once each half term, 45 minutes", "Additional Learning Support Co-ordinator, Carrowford College"],
 ]),
]),
("G", T["G"], [
 ("table", ["Health support", "When and how often", "Who will give it"], [
  ["Bladder and bowel review; catheter supplies delivered monthly; checking his health passport", "Review every 6 months, 45 minutes; supplies monthly", "Specialist Continence Nurse, Adult Community Continence Service"],
  ["Shunt review", "Once a year", "Consultant Neurosurgeon, Adult Neurosurgery Clinic"],
  ["Wheelchair and cushion review; repairs", "Once a year, and repairs within 5 working days of a fault", "Wheelchair Service"],
 ]),
 ("p", "Health provision in Section G signed off on behalf of the Integrated Care Board (ICB) by Dr Helen Marsh, Designated Clinical Officer (DCO), 22 May 2026."),
]),
("H1", T["H1"], [("p", "Not applicable - Jordan is over 18 and his support is provided under the Care Act 2014 (see H2).")]),
("H2", T["H2"], [
 ("bul", ["Personal Assistant (PA): 14 hours per week - 1.5 hours each morning for his personal care routine (10.5 hours) and 3.5 hours on Saturday for shopping, cleaning and post. Funded by a direct payment.",
          "PA to go with Jordan on the accessible bus to his first two wheelchair basketball sessions (within the Saturday hours), then Jordan travels on his own.",
          "A pendant alarm linked to the Carelink 24-hour response service, installed and monitored by Carelink.",
          "Review of his care and support plan by his Preparing for Adulthood worker once a year (next review March 2027)."]),
]),
("I", T["I"], [("p", "Carrowford College (general further education college) - Level 2 IT Solutions Technician apprenticeship with Carrowford City Council IT Service Desk (employer), until July 2027.")]),
("J", T["J"], [("p", "Direct payment from Adult Social Care for the PA hours in H2, managed by Jordan. No education personal budget.")]),
("K", T["K"], [
 ("table", KH, [
  ["Jordan's views", "Jordan, with his Preparing for Adulthood worker", "28 April 2026"],
  ["Parent's views (with Jordan's agreement)", "Karen (mum)", "28 April 2026"],
  ["Educational advice", "Tony Marsh, Apprenticeship Co-ordinator, Carrowford College", "20 April 2026"],
  ["Employer's report", "Dawn Lewis, Service Desk Manager, Carrowford City Council", "17 April 2026"],
  ["Psychological advice", "Dr Ruth Adebayo, Educational Psychologist", "2 March 2026"],
  ["Medical advice", "Dr Simon Hale, GP, Cowley Medical Centre", "10 March 2026"],
  ["Continence advice", "Jo Pearce, Specialist Continence Nurse, Adult Community Continence Service", "16 March 2026"],
  ["Neurosurgery clinic letter", "Mr David Owusu, Consultant Neurosurgeon", "14 January 2026"],
  ["Wheelchair Service report", "Wheelchair Service (Lee Ford, Clinical Engineer)", "3 February 2026"],
  ["Occupational therapy advice", "Dan Webb, Occupational Therapist, college therapy service", "9 April 2026"],
  ["Social care advice (Care Act assessment)", "Sian Doyle, Preparing for Adulthood Worker, Adult Social Care (Preparing for Adulthood)", "18 March 2026"],
  ["Preparing for adulthood and careers advice", "Nadia Hussain, Careers Adviser, Carrowford Careers Service", "15 April 2026"],
 ]),
]),
]))

# q212 - shaded-heading-table - FAIL: no issue/review date; no aspirations (so nothing for outcomes to build on); eating disorder not provided for in G, G vague, G provider gave no advice; D and H "N/A"
PLANS.append(dict(
file="q212.docx", layout="shaded-heading-table", title="Education, Health and Care Plan - Esme",
front=[("Name", "Esme"), ("Age / year of study", "22 / post-19, second year of Foundation Learning at Carrowford College"),
       ("Date of issue of this plan", ""), ("Reviewed on", ""),
       ("Plan co-ordinator", "Ravi Mistry, EHC Co-ordinator, Post-16 and Adulthood Team")],
sections=[
("A", T["A"], [
 ("p", "Esme wrote this section with her college tutor over two sessions. She prefers writing to talking, so these are her typed words."),
 ("sub", "What's important TO me"),
 ("bul", ["Drawing and painting, especially animals and plants. I sketch every day.",
          "My cat, Pepper, who lives with me at the flat.",
          "Quiet. I need time on my own after college to recharge.",
          "My sister Beth, who I talk to every evening."]),
 ("sub", "What's important FOR me"),
 ("bul", ["Eating my meals and snacks even when I don't want to. My support worker at the flat helps me with this every day.",
          "Knowing the plan for the day in writing.",
          "People not commenting on what I eat or how I look.",
          "Working in a small group and not being asked to speak in front of the class."]),
 ("sub", "How to communicate with me"),
 ("p", "Give me information in writing and time to think before I answer. If I go quiet, it doesn't mean I'm being rude. Text is better than phoning."),
 ("sub", "My family's views"),
 ("p", "Esme's mum, Fiona, said Esme has done well to settle into her own supported flat this year and that college is the best thing in her week. The family are worried about Esme's eating and weight, and about how isolated she can become in the holidays. Mum said Esme is talented and hard-working but needs people to be patient with her."),
]),
("B", T["B"], [
 ("sub", "Communication and interaction"),
 ("p", "Esme is autistic. She communicates well in writing and one-to-one with people she knows, but finds group discussion, unexpected questions and phone calls very hard. She can take time to process spoken information and may not answer straight away."),
 ("sub", "Cognition and learning"),
 ("p", "Esme is working at Level 1 in Art and Design, where her observational drawing is of a high standard, and at Entry Level 3 in English and maths. She plans and organises her work carefully when she has a written checklist. She finds written evaluations of her work difficult."),
 ("sub", "Social, emotional and mental health"),
 ("p", "Esme experiences high anxiety, particularly around food, changes to routine and busy social situations. Her mood can drop when she is unwell and she withdraws. She has one friend at college and would like more contact with people who share her interests."),
]),
("C", T["C"], [
 ("p", "Esme is autistic. She was diagnosed with anorexia nervosa in 2025 and is under the care of the Eating Disorders Service, which currently sees her every week to check her weight and physical health and offers eating disorder-focused therapy. She has a meal plan from the service's dietitian. She also has anxiety and periods of low mood, for which her GP reviews her medication every 3 months."),
]),
("D", T["D"], [
 ("p", "N/A"),
]),
("E", "Outcomes (preparing for adulthood)", [
 ("sub", "Employment and education"),
 ("bul", ["By end of academic year 2026/27, Esme will complete her Level 1 Diploma in Art and Design, with all units signed off by her tutor.",
          "By the end of the spring term 2027, Esme will complete a written evaluation of each project using her evaluation frame, without adult scribing, for 3 projects in a row (tutor's tracker)."]),
 ("sub", "Independent living"),
 ("bul", ["By 31/03/27, Esme will plan her weekly shopping list from her meal plan and buy it herself at the supermarket, on 3 weeks out of 4, checked with her support worker."]),
 ("sub", "Friends, relationships and community"),
 ("bul", ["By Summer '27, Esme will go to the college art club each week and share one piece of work with the group each half term (club leader's register)."]),
 ("sub", "Good health"),
 ("bul", ["Within 12 weeks, Esme will eat her college lunch and snack in the quiet dining room on 4 days out of 5, recorded on her meal chart by her Learning Support Assistant.",
          "By Feb half term 2027, Esme will rate her mood and anxiety at each wellbeing check-in and tell her mentor herself whenever her score drops below 4 out of 10 (mentor's record)."]),
]),
("F", T["F"], [
 ("table", FH, [
  ["Foundation Learning programme (Art and Design Level 1, English and maths) in a class of no more than 10", "4 days per week (18 hours), 36 weeks a year", "Tutors (qualified teachers), Foundation Learning department"],
  ["Written daily plan and a checklist for each project, given at the start of each session", "Every session", "Course tutor"],
  ["1:1 support to use an evaluation frame for project write-ups", "Weekly, 45 minutes", "Learning Support Assistant (LSA)"],
  ["Supported lunch in the quiet dining room, following her meal plan", "Daily (30 mins), college days", "LSA trained by the Eating Disorders Service dietitian"],
  ["Social communication group: starting conversations, joining in and planning a group activity", "Fortnightly, 45 mins, group of no more than 5", "Speech and Language Therapist (SALT), college therapy team"],
  ["Place at the college art club, with her LSA for the first three weeks", "Weekly, 1.5 hours", "Art club leader; LSA for the first three weeks"],
  ["1:1 wellbeing check-in with a named member of staff", "Every Monday and Thursday, 15 minutes", "College Wellbeing Mentor"],
 ]),
]),
("G", T["G"], [
 ("p", "Transition Nurse to support Esme with her health as needed."),
 ("p", "Health provision signed off on behalf of the Integrated Care Board (ICB) by Dr Helen Marsh, Designated Clinical Officer, 14 September 2026."),
]),
("H1", T["H1"], [("p", "N/A")]),
("H2", T["H2"], [("p", "N/A")]),
("I", T["I"], [("p", "Carrowford College (general further education college), Foundation Learning, until July 2027.")]),
("J", T["J"], [("p", "None requested.")]),
("K", T["K"], [
 ("table", KH, [
  ["Esme's views", "Esme, with her college tutor", "2 September 2026"],
  ["Parent's views", "Fiona (mum)", "2 September 2026"],
  ["Educational advice", "Helen Byrne, Foundation Learning Manager, Carrowford College", "28 August 2026"],
  ["Psychological advice", "Dr Oliver Byrne, Educational Psychologist", "15 June 2026"],
  ["Medical advice", "Dr Maria Santos, Consultant Psychiatrist, Eating Disorders Service", "20 July 2026"],
  ["Speech and language therapy advice", "Amy Shaw, SALT, college therapy team", "30 June 2026"],
  ["Social care advice (Care Act assessment)", "Dan Reilly, Preparing for Adulthood Worker, Adult Social Care (Preparing for Adulthood)", "7 July 2026"],
  ["Preparing for adulthood and careers advice", "Nadia Hussain, Careers Adviser, Carrowford Careers Service", "1 September 2026"],
 ]),
]),
]))

# ---------------------------------------------------------------------------
# Answer key
# ---------------------------------------------------------------------------
CRITERIA = ["CA-DATED", "CA-ADVICE-AGE", "CA-STATUTORY-ADVICE", "CA-ANNUAL-REVIEW",
            "PC-OUTCOME-NOT-PROVISION", "PC-SMART", "PC-VOICE", "PC-ASPIRATIONS", "PC-ASPIRATION-LINK",
            "PC-PFA", "PC-STRENGTHS", "PR-VAGUE-WORDING", "PR-QUANTIFIED", "PR-OUTCOME-LINK",
            "HC-NEEDS", "HC-PROVISION-SPECIFIC", "HC-NEEDS-MET", "HC-ADVICE", "HC-DCO-SIGNOFF",
            "HC-THERAPY-PLACEMENT", "HC-ADVICE-PROVIDERS", "HC-OUTCOMES",
            "SC-NEEDS", "SC-STATUTORY-LINK", "SC-PROVISION-SPECIFIC", "SC-ADVICE", "SC-RIGHT-SECTION",
            "LG-SPELLING", "LG-GRAMMAR", "LG-READABILITY", "LG-JARGON"]

NO_HEALTH = {k: "na" for k in ["HC-PROVISION-SPECIFIC", "HC-NEEDS-MET", "HC-DCO-SIGNOFF", "HC-ADVICE-PROVIDERS", "HC-OUTCOMES"]}

KEY = {
"q201.docx": dict(age=19, year_group="Supported internship (post-16, Year 14)", needs=["ASC", "learning difficulty", "SEMH"],
  voice="first person (What's important TO/FOR me, PATH) plus parent's quoted words",
  over={"SC-STATUTORY-LINK": "na"},
  why={"PC-OUTCOME-NOT-PROVISION": "\"...complete all three hospital rotations and be awarded the Level 1 Certificate in Employability Skills\" - an achievement, not provision (trap, pass)",
       "PC-ASPIRATION-LINK": "dream of a paid hospital job and own flat -> rotation, phone, bus, budgeting outcomes",
       "PR-VAGUE-WORDING": "\"May 2027 is the start of Priya's third rotation\" - month, not the modal 'may' (trap, pass); \"at least once a month\" is in E, not F",
       "PR-QUANTIFIED": "\"1:1 full days for the first 6 weeks of each rotation then tapering to 2 hrs/wk\"; visual task lists made by the Job Coach (adaptation: what + who)",
       "HC-DCO-SIGNOFF": "\"signed off on behalf of the Integrated Care Board (ICB) by Dr Helen Marsh, Designated Clinical Officer (DCO), on 30 October 2026\""}),
"q202.docx": dict(age=17, year_group="Year 12", needs=["SEMH", "SpLD (dyslexia)"],
  voice="first person bullets written with mentor, mum's views third person",
  over={"SC-STATUTORY-LINK": "fail", "SC-ADVICE": "fail", "CA-STATUTORY-ADVICE": "fail", "SC-PROVISION-SPECIFIC": "fail",
        "PR-VAGUE-WORDING": "fail", "PR-QUANTIFIED": "fail", "LG-SPELLING": "fail", "HC-NEEDS": "fail",
        **NO_HEALTH, "HC-THERAPY-PLACEMENT": "na"},
  why={"SC-STATUTORY-LINK": "D: \"The family have been subject to a child protection plan since March 2026 under the category of neglect.\" - H1 \"None.\", H2 \"None.\", no social worker contribution, no CP plan content, no social care advice in K",
       "SC-ADVICE": "K lists no social care advice at all",
       "CA-STATUTORY-ADVICE": "statutory social care advice missing from K",
       "SC-PROVISION-SPECIFIC": "H1 \"None.\" H2 \"None.\" - no statement that short breaks / early help / young carer support were considered",
       "PR-VAGUE-WORDING": "\"Kian will have opportunities to check in with a trusted adult and to use the quiet room as required\"",
       "PR-QUANTIFIED": "same item: no frequency, length or named role (\"College staff\", frequency cell empty)",
       "LG-SPELLING": "\"acheive\" (E), \"seperate\", \"enviroment\", \"recieve\" (F)",
       "HC-NEEDS": "C: \"Not known.\" (although K holds GP advice finding no health needs)",
       "HC-ADVICE": "pass: \"Medical advice - no health needs ... Dr Fiona Grant, GP ... 20 May 2026\""}),
"q203.docx": dict(age=3, year_group="Pre-school (EYFS)", needs=["Down syndrome", "hearing (glue ear)", "speech and language"],
  voice="what the child shows through play and signing, gathered by key person; parents' views",
  over={"PC-PFA": "na", "SC-STATUTORY-LINK": "na"},
  why={"PC-VOICE": "\"Her key person, Jas, watched and played with her over three mornings ... noted what Nell showed her\" (trap: very young child's views gathered by a practitioner, pass)",
       "PR-QUANTIFIED": "\"1:1 adult support at all unstructured times\"; \"SALT visit ... At least once every half term (6 visits a year, 1 hour each)\" - professional visit, no group size needed",
       "HC-NEEDS": "\"Nell has no difficulty walking and has no physical health restrictions on play\" alongside real health needs (trap, pass)",
       "SC-PROVISION-SPECIFIC": "H1/H2 None, with short breaks and Early Help considered and declined",
       "CA-STATUTORY-ADVICE": "includes QToD advice (hearing aids)"}),
"q204.docx": dict(age=10, year_group="Year 5", needs=["ASC", "epilepsy", "physical (fine motor)"],
  voice="first person bullets plus parents' views",
  over={"HC-NEEDS-MET": "fail", "HC-OUTCOMES": "fail", "PC-OUTCOME-NOT-PROVISION": "fail", "CA-DATED": "fail",
        "PR-OUTCOME-LINK": "fail", "PC-PFA": "na", "SC-STATUTORY-LINK": "na"},
  why={"HC-NEEDS-MET": "C: epilepsy with absences, tonic-clonic seizures, sodium valproate and buccal midazolam IHCP - G has only \"Review of sleep and melatonin\"; nothing for epilepsy (no epilepsy nurse, no IHCP/staff training, no neurology review)",
       "HC-OUTCOMES": "no outcome in E relates to epilepsy (only sleep has a health outcome)",
       "PC-OUTCOME-NOT-PROVISION": "E: \"By July 2027, Reuben will have an adult with him in all lessons and at lunchtime, and will be given a visual timetable at the start of each day.\"",
       "PC-SMART": "pass: other outcomes are measured and dated; the provision-as-outcome item is graded under PC-OUTCOME-NOT-PROVISION",
       "CA-DATED": "K: \"Speech and language therapy advice | Ms Jade Okafor, Speech and Language Therapist ...\" - date cell empty",
       "CA-ADVICE-AGE": "pass: all dated items Feb-Mar 2026; the undated item is graded under CA-DATED",
       "PR-OUTCOME-LINK": "B: \"weak hand strength and poor pencil control ... handwriting is slow ... often refuses to write\" - no handwriting/OT/recording provision in F (and no outcome)"}),
"q205.docx": dict(age=20, year_group="Post-19, specialist college year 2", needs=["SLD", "physical (cerebral palsy)"],
  voice="first person via communication device, gathered with key worker; parents' views",
  over={"CA-ANNUAL-REVIEW": "fail", "PC-SMART": "fail", "SC-RIGHT-SECTION": "fail", "PR-QUANTIFIED": "fail", "SC-STATUTORY-LINK": "na"},
  why={"CA-ANNUAL-REVIEW": "\"Date of issue of this plan | 12 March 2025\"; \"Reviewed on | 2 October 2025\" - more than 12 months before the audit date 2026-12-01",
       "PC-SMART": "\"By Summer '26, Tomasz will be more confident and independent when he is out in the community.\" - \"Staff feedback\": not measurable",
       "SC-RIGHT-SECTION": "F: \"Personal Assistant (PA) support at home and in the community for personal care and evening leisure ... funded by a direct payment from Adult Social Care\"; H2: \"PA support: see Section F.\"",
       "PR-QUANTIFIED": "F: \"Travel training with the college travel trainer to learn the wheelchair-accessible bus route to the leisure centre\" - no frequency, length or ratio (cell empty)",
       "SC-PROVISION-SPECIFIC": "pass: H2 short breaks \"one weekend (2 nights) each month\"; the PA hours are specified (10 hours per week), only misplaced",
       "PR-VAGUE-WORDING": "pass: \"up to five steps\" is in B, not F",
       "CA-ADVICE-AGE": "pass: advice Oct 2024-Jan 2025, under 12 months before issue (12 March 2025)"}),
"q206.docx": dict(age=17, year_group="Year 13", needs=["vision impairment"],
  voice="first person written by the young person; parent quoted",
  over={"SC-STATUTORY-LINK": "na"},
  why={"PC-OUTCOME-NOT-PROVISION": "\"Imani will gain the A level grades needed for her firm university offer\" - achievement (trap, pass)",
       "PR-QUANTIFIED": "\"25% extra time, modified enlarged papers ... Applied for and organised by the college Exams Officer\" (access arrangement, no group size needed); \"Laptop ... Set up and maintained by College IT Support\"; QTVI \"At least once every half term (6 visits a year, 1 hour each)\"",
       "SC-NEEDS": "D: no social care needs, on the basis of the Disabled Children's Team conversation (April 2026); Care Act transition assessment planned (sound no-social-care plan)",
       "HC-NEEDS": "\"She has no other health needs and no difficulty walking\" alongside the eye condition (trap, pass)",
       "HC-THERAPY-PLACEMENT": "habilitation training sits in F",
       "CA-STATUTORY-ADVICE": "includes QTVI advice and PfA advice"}),
"q207.docx": dict(age=14, year_group="Year 9", needs=["speech and language (DLD)", "SEMH"],
  voice="parents' views only, third person",
  over={"PC-VOICE": "fail", "PC-STRENGTHS": "fail", "HC-THERAPY-PLACEMENT": "fail", "CA-ADVICE-AGE": "fail",
        "HC-ADVICE": "fail", "SC-STATUTORY-LINK": "na"},
  why={"PC-VOICE": "Section A has only \"Views of Aaliyah's parents\"; Aaliyah's own views are not recorded or gathered in any way (none in K either)",
       "PC-STRENGTHS": "A and B describe only difficulties: \"has struggled\", \"gets lost in lessons\", \"written work is brief and poorly organised\", \"has difficulty making and keeping friends\" - no strengths",
       "HC-THERAPY-PLACEMENT": "G: \"Direct speech and language therapy: understanding vocabulary, narrative skills and following instructions | Weekly, 30 minutes, 1:1\" - educational therapy placed in G",
       "CA-ADVICE-AGE": "K: \"Psychological advice | Dr Claire Osei | 14 February 2023\" and \"Medical advice | Dr Neil Forde | 2 March 2023\" - over 24 months old at issue (9 June 2026)",
       "HC-ADVICE": "the only medical advice is dated 2 March 2023 - not current",
       "PC-ASPIRATIONS": "pass: parents' hopes - GCSEs, college to train as a hairdresser",
       "PC-OUTCOME-NOT-PROVISION": "pass: \"with a positive report from the salon manager\" is an achievement"}),
"q208.docx": dict(age=8, year_group="Year 3", needs=["EAL", "speech and language", "SEMH"],
  voice="child's words in Romanian via bilingual TA; mum via interpreter",
  over={"PC-PFA": "na", **NO_HEALTH},
  why={"SC-STATUTORY-LINK": "pass: CIN plan described in D, social worker contributed, DSL at CIN reviews, H2 lists CIN provision, social worker advice with CIN plan in K",
       "HC-NEEDS": "\"Adam has no health needs. The community paediatrician saw him on 4 November 2025 and found him fit and well\" (sound no-health plan)",
       "HC-THERAPY-PLACEMENT": "SALT in F",
       "PR-QUANTIFIED": "\"Advice to staff on teaching English as an additional language | Once a term, 1 hour | Specialist EAL teacher\" - professional visit"}),
"q209.docx": dict(age=15, year_group="Year 10", needs=["hearing impairment"],
  voice="first person bullets; foster carers' views",
  over={"SC-STATUTORY-LINK": "fail", "SC-NEEDS": "fail", "SC-ADVICE": "fail", "CA-STATUTORY-ADVICE": "fail",
        "PC-OUTCOME-NOT-PROVISION": "fail", "HC-DCO-SIGNOFF": "fail", "LG-GRAMMAR": "fail", "HC-THERAPY-PLACEMENT": "na"},
  why={"SC-STATUTORY-LINK": "D: \"Sami has been looked after by Carrowford City Council since 2023 ...\" - no care plan, PEP, social worker or virtual school contribution anywhere; no social care advice in K",
       "SC-NEEDS": "D for a looked-after child is one line: \"He has no social care needs arising from his deafness.\" - no basis (no social care advice sought)",
       "SC-ADVICE": "K has no social care advice",
       "CA-STATUTORY-ADVICE": "statutory social care advice missing (QToD advice present)",
       "PC-OUTCOME-NOT-PROVISION": "E: \"From September 2026, Sami will have a radio aid in every lesson, his teachers will wear the transmitter, and he will receive pre-teaching of key vocabulary each week.\"",
       "HC-DCO-SIGNOFF": "G lists audiology provision but there is no record of health agreement/sign-off anywhere",
       "LG-GRAMMAR": "\"Jen and Rob says\"; \"Sami have a moderate to severe ...\"; \"Him and his foster carers was pleased\"; \"His foster carers has not asked\"",
       "SC-PROVISION-SPECIFIC": "pass: H2 \"None. His foster carers has not asked for short breaks.\" - short breaks considered"}),
"q210.docx": dict(age=15, year_group="Year 11", needs=["ADHD", "SEMH (anxiety)"],
  voice="third person professional summary (SDQ, ELSA), reported speech",
  over={"PC-PFA": "fail", "PC-ASPIRATION-LINK": "fail", "PC-SMART": "fail", "PR-VAGUE-WORDING": "fail",
        "LG-JARGON": "fail", "LG-READABILITY": "fail", "SC-STATUTORY-LINK": "na", "HC-THERAPY-PLACEMENT": "na"},
  why={"PC-PFA": "Year 11: all five outcomes are classroom/behaviour/attendance targets - nothing on post-16 education or employment, independent living, community or health",
       "PC-ASPIRATION-LINK": "aspiration \"be a mechanic like my grandad\" / L2 motor vehicle - no outcome builds on it",
       "PC-SMART": "E1: \"H will manage his anxiety better and engage more positively in lessons.\" - no date, no measure",
       "PR-VAGUE-WORDING": "F: \"Movement breaks of up to 5 minutes, where possible, two per lesson; Harvey should also have access to the Hub at break and lunch as appropriate\"",
       "PR-QUANTIFIED": "pass: every item states what, how often, who (the vague item still gives two per lesson, class LSA / Pastoral Support Worker)",
       "LG-JARGON": "SDQ, ELSA, EBSA, FE, KS4/KS5, L2 E&M, LSA, HLTA, ET, EO, FTEs, SEMH, MPH OD, GAD, MHST, EMHP, CAMHS, ICB, DCO, BfL, C3+, SIMS - none explained",
       "LG-READABILITY": "A: \"Mum reports H presents as dysregulated in unstructured contexts, with escalation presenting as verbal aggression ... EBSA-type behaviours\"; E: \"reduce C3+ incidents on the BfL ladder from 4 p/w\"",
       "PC-VOICE": "pass: Harvey's own views are recorded and attributed (SDQ self-report and ELSA 1:1), with his quoted words",
       "PC-STRENGTHS": "pass: \"kind, funny and very good with his hands\"; \"on track for a grade 5 in DT\""}),
"q211.docx": dict(age=24, year_group="Post-19 apprenticeship, year 2", needs=["physical (spina bifida, hydrocephalus)", "cognition (maths)"],
  voice="first person throughout, including E",
  over={"SC-STATUTORY-LINK": "na"},
  why={"PC-OUTCOME-NOT-PROVISION": "\"pass my ... end-point assessment and be awarded my apprenticeship certificate\" (achievement, trap, pass)",
       "PR-QUANTIFIED": "\"Height-adjustable desk ... provided and maintained by the employer's Facilities Team\"; \"25% extra time ... Arranged by the college Exams and Assessment Lead\"; \"Once each half term, 45 minutes\" visit",
       "SC-RIGHT-SECTION": "PA and pendant alarm in H2; OT workplace training in F",
       "PR-VAGUE-WORDING": "\"Funded by Access to Work\" is the name of the government scheme, not woolly wording (trap, pass)",
       "HC-DCO-SIGNOFF": "\"signed off on behalf of the Integrated Care Board (ICB) by Dr Helen Marsh, Designated Clinical Officer (DCO), 22 May 2026\""}),
"q212.docx": dict(age=22, year_group="Post-19 (Foundation Learning, year 2)", needs=["ASC", "SEMH", "eating disorder"],
  voice="first person typed by the young person",
  over={"CA-ANNUAL-REVIEW": "fail", "PC-ASPIRATIONS": "fail", "PC-ASPIRATION-LINK": "fail", "HC-NEEDS-MET": "fail",
        "HC-PROVISION-SPECIFIC": "fail", "HC-ADVICE-PROVIDERS": "fail", "SC-NEEDS": "fail", "SC-PROVISION-SPECIFIC": "fail",
        "SC-STATUTORY-LINK": "na"},
  why={"CA-ANNUAL-REVIEW": "front matter: \"Date of issue of this plan\" and \"Reviewed on\" left blank - no date anywhere",
       "PC-ASPIRATIONS": "A covers what is important to/for Esme now and her family's worries; no aspirations for the future from Esme or her family",
       "PC-ASPIRATION-LINK": "no aspirations stated, so outcomes cannot be seen to build on them",
       "HC-NEEDS-MET": "C: anorexia nervosa with weekly weight checks, therapy and dietitian meal plan; anxiety/low mood with GP medication reviews - G has none of this",
       "HC-PROVISION-SPECIFIC": "G: \"Transition Nurse to support Esme with her health as needed.\" - no what, no how often",
       "HC-ADVICE-PROVIDERS": "the Transition Nurse (the only provider in G) gave no advice listed in K",
       "SC-NEEDS": "D: \"N/A\" although Esme lives in a supported flat with a daily support worker and K lists a Care Act assessment",
       "SC-PROVISION-SPECIFIC": "H1 \"N/A\", H2 \"N/A\" - no provision stated and nothing on what was considered",
       "SC-ADVICE": "pass: \"Social care advice (Care Act assessment) | Dan Reilly ... | 7 July 2026\"",
       "CA-ADVICE-AGE": "pass: all advice June-September 2026",
       "HC-OUTCOMES": "pass: good-health outcome on eating lunch and snack"}),
}

# ---------------------------------------------------------------------------
# Build
# ---------------------------------------------------------------------------
def main():
    import os, yaml
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(here, "plans")
    os.makedirs(out, exist_ok=True)
    entries = []
    for plan in PLANS:
        doc = RENDER[plan["layout"]](plan)
        doc.save(os.path.join(out, plan["file"]))
        k = KEY[plan["file"]]
        labels = {c: "pass" for c in CRITERIA}
        labels.update(k["over"])
        assert set(labels) == set(CRITERIA), plan["file"]
        why = {c: k["why"][c] for c in CRITERIA if c in k["why"]}
        for c, v in labels.items():
            if v == "fail":
                assert c in why, (plan["file"], c)
        entries.append(dict(file=plan["file"], layout=plan["layout"], age=k["age"], year_group=k["year_group"],
                            needs=k["needs"], voice=k["voice"], labels=labels, why=why))
    with open(os.path.join(here, "labels.yaml"), "w") as f:
        import datetime
        yaml.safe_dump({"audit_date": datetime.date(2026, 12, 1), "plans": entries}, f, sort_keys=False, allow_unicode=True, width=200)
    print("wrote", len(entries), "plans")


if __name__ == "__main__":
    main()
