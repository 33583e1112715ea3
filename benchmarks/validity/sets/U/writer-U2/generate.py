#!/usr/bin/env python3
"""Generator for validity test set U, writer U2 (plans u201-u212).

Fictional council: Brackenford City Council (a north-west English city), Post-16 and Post-19
SEND Team. Plan text is held as Python data below; one renderer per layout:
  heading2-numbered, shaded-heading-table, national-template.
Run:  /work/blind/.venv-U2/bin/python generate.py
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

COUNCIL = "Brackenford City Council"
TEAM = "Post-16 and Post-19 Special Educational Needs and Disabilities (SEND) Team"

# House section titles (classic layouts)
TITLES = {
    "A": "Section A – Views, interests and aspirations",
    "B": "Section B – Special educational needs",
    "C": "Section C – Health needs related to special educational needs",
    "D": "Section D – Social care needs",
    "E": "Section E – Outcomes",
    "F": "Section F – Special educational provision",
    "G": "Section G – Health provision",
    "H1": "Section H1 – Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970",
    "H2": "Section H2 – Other social care provision",
    "I": "Section I – Placement",
    "J": "Section J – Personal budget",
    "K": "Section K – Advice and information gathered",
}
ORDER = ["A", "B", "C", "D", "E", "F", "G", "H1", "H2", "I", "J", "K"]


# ---------------------------------------------------------------- helpers
def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False):
    """Replace a cell's text; '\n' starts a new paragraph; lines starting '• ' stay as typed."""
    paras = cell.paragraphs
    for p in paras[1:]:
        p._p.getparent().remove(p._p)
    first = paras[0]
    for r in list(first.runs):
        r._r.getparent().remove(r._r)
    lines = text.split("\n")
    run = first.add_run(lines[0])
    run.bold = bold
    for line in lines[1:]:
        p = cell.add_paragraph(line)
        p.style = first.style
        if bold:
            for r in p.runs:
                r.bold = True


def add_table(doc, header, rows, style="Table Grid", head_fill="D9E2F3"):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = style
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], head_fill)
    for r in rows:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            set_cell(cells[i], v)
    return t


def front_table(doc, front):
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in front:
        c = t.add_row().cells
        set_cell(c[0], k, bold=True)
        shade(c[0], "EDEDED")
        set_cell(c[1], v)
    return t


def render_blocks(doc, blocks, layout):
    """Blocks: ('h', text) sub-heading; ('p', text); ('b', [bullets]); ('n', [items]);
    ('t', header, rows) table; ('q', text) signed-off/italic note."""
    for blk in blocks:
        kind = blk[0]
        if kind == "h":
            if layout == "heading2-numbered":
                doc.add_paragraph(blk[1], style="Heading 3")
            else:
                p = doc.add_paragraph()
                r = p.add_run(blk[1])
                r.bold = True
        elif kind == "p":
            doc.add_paragraph(blk[1])
        elif kind == "q":
            p = doc.add_paragraph()
            r = p.add_run(blk[1])
            r.italic = True
        elif kind == "b":
            for item in blk[1]:
                if layout == "heading2-numbered":
                    doc.add_paragraph(item, style="List Bullet")
                else:
                    doc.add_paragraph("•\t" + item)
        elif kind == "n":
            for item in blk[1]:
                doc.add_paragraph(item, style="List Number")
        elif kind == "t":
            add_table(doc, blk[1], blk[2])
            doc.add_paragraph("")
        else:
            raise ValueError(kind)


def doc_title(doc, plan):
    doc.add_paragraph("Education, Health and Care Plan", style="Title")
    p = doc.add_paragraph()
    p.add_run(f"{COUNCIL} – {TEAM}").bold = True
    doc.add_paragraph(plan["intro"])
    front_table(doc, plan["front"])
    doc.add_paragraph("")


# ---------------------------------------------------------------- layout 1
def render_heading2(plan, path):
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(11)
    doc_title(doc, plan)
    for key in ORDER:
        doc.add_paragraph(TITLES[key], style="Heading 2")
        render_blocks(doc, plan["sections"][key], "heading2-numbered")
    doc.add_paragraph("")
    doc.add_paragraph(plan["signoff"])
    doc.save(path)


# ---------------------------------------------------------------- layout 2
def render_shaded(plan, path):
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    doc_title(doc, plan)
    for key in ORDER:
        t = doc.add_table(rows=1, cols=1)
        t.style = "Table Grid"
        c = t.rows[0].cells[0]
        set_cell(c, TITLES[key], bold=True)
        shade(c, "1F4E79")
        for r in c.paragraphs[0].runs:
            r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
            r.font.size = Pt(12)
        render_blocks(doc, plan["sections"][key], "shaded-heading-table")
    doc.add_paragraph("")
    doc.add_paragraph(plan["signoff"])
    doc.save(path)


# ---------------------------------------------------------------- layout 3
def _insert_par_after(el, text, bold=False):
    new_p = OxmlElement("w:p")
    el.addnext(new_p)
    from docx.text.paragraph import Paragraph
    p = Paragraph(new_p, None)
    r = p.add_run(text)
    r.bold = bold
    return new_p


def _fill_rows(table, first_row, rows, ncols):
    """Fill need/provision/outcome rows from first_row; delete unused template rows."""
    trs = table.rows
    n_avail = len(trs) - first_row
    for i in range(n_avail):
        row = trs[first_row + i]
        if i < len(rows):
            for ci in range(ncols):
                set_cell(row.cells[ci], rows[i][ci])
    for i in range(len(trs) - 1, first_row + len(rows) - 1, -1):
        tr = trs[i]._tr
        tr.getparent().remove(tr)


def render_national(plan, path):
    doc = Document(TEMPLATE)
    n = plan["national"]
    body = doc.element.body
    h1 = doc.paragraphs[0]
    # house front matter under the template title
    el = h1._p
    lines = [f"{COUNCIL} – {TEAM}", plan["intro"]] + [f"{k}: {v}" for k, v in plan["front"]]
    for i, line in enumerate(lines):
        el = _insert_par_after(el, line, bold=(i == 0))
    T = doc.tables
    # table 0: personal details
    t0 = T[0]
    for (r, c), v in n["personal"].items():
        set_cell(t0.rows[r].cells[c], v)
    # table 1: services
    for r, v in n["services"].items():
        set_cell(T[1].rows[r].cells[1], v)
    # A1 and A2
    set_cell(T[2].rows[1].cells[1], n["history"])
    set_cell(T[3].rows[3].cells[0], n["views"])
    set_cell(T[3].rows[5].cells[0], n["interests"])
    set_cell(T[3].rows[7].cells[0], n["strengths"])
    set_cell(T[3].rows[9].cells[0], n["aspirations"])
    # B-F-E areas, tables 4..7
    for ti, key in zip(range(4, 8), ["ci", "cl", "semh", "sp"]):
        area = n["areas"][key]
        t = T[ti]
        set_cell(t.rows[2].cells[0], area["strengths"])
        _fill_rows(t, 4, area["rows"], 3)
    # C-G-E
    t = T[8]
    set_cell(t.rows[1].cells[0], n["health_strengths"])
    _fill_rows(t, 3, n["health_rows"], 3)
    if n.get("health_signoff"):
        _insert_par_after(t._tbl, n["health_signoff"], bold=False)
    # D-H1-H2-E
    t = T[9]
    set_cell(t.rows[1].cells[0], n["social_strengths"])
    _fill_rows(t, 3, n["social_rows"], 4)
    # I placement
    t = T[10]
    for i, (k, v) in enumerate(n["placement"]):
        if k is not None:
            set_cell(t.rows[i].cells[0], k)
        set_cell(t.rows[i].cells[1], v)
    for i in range(len(t.rows) - 1, len(n["placement"]) - 1, -1):
        tr = t.rows[i]._tr
        tr.getparent().remove(tr)
    # J
    set_cell(T[11].rows[0].cells[1], n["j_details"])
    set_cell(T[11].rows[1].cells[1], n["j_arrangements"])
    # K: dict row index -> (label or None to keep template label, date, who, appended)
    t = T[12]
    extra = n.get("k_extra", [])
    for r, (label, date, who, app) in n["k"].items():
        cells = t.rows[r].cells
        if label is not None:
            set_cell(cells[0], label)
        set_cell(cells[1], date)
        set_cell(cells[2], who)
        set_cell(cells[3], app)
    # extra advice rows inserted after row 7 ("any other person")
    anchor = t.rows[7]._tr
    for label, date, who, app in reversed(extra):
        new_tr = copy.deepcopy(anchor)
        anchor.addnext(new_tr)
    rows = t.rows
    for i, (label, date, who, app) in enumerate(extra):
        cells = rows[8 + i].cells
        set_cell(cells[0], label)
        set_cell(cells[1], date)
        set_cell(cells[2], who)
        set_cell(cells[3], app)
    # sign-off
    so = n["signoff"]
    cells = T[13].rows[1].cells
    for i in range(3):
        set_cell(cells[i], so[i])
    doc.save(path)


RENDER = {
    "heading2-numbered": render_heading2,
    "shaded-heading-table": render_shaded,
    "national-template": render_national,
}

PLANS = []

# =====================================================================================
# u201 – heading2-numbered – SOUND – Leo, 16, Year 12, autism and anxiety, FE college
# =====================================================================================
PLANS.append({
    "id": "u201", "layout": "heading2-numbered",
    "intro": "This Education, Health and Care (EHC) plan sets out Leo's special educational needs "
             "and disabilities (SEND), the outcomes he is working towards and the help he will get. "
             "It was co-produced with Leo and his mum.",
    "front": [
        ("Name used in this plan", "Leo"),
        ("Age", "16"),
        ("Year group / phase", "Year 12 – first year of post-16 study"),
        ("Date this plan was issued", "9 March 2026"),
        ("Last annual review", "Not applicable – this is Leo's first EHC plan"),
        ("Type of plan", "Final plan following EHC needs assessment"),
        ("Plan co-ordinator", "SEND Caseworker, Post-16 and Post-19 SEND Team"),
    ],
    "signoff": "Signed on behalf of Brackenford City Council by the Post-16 and Post-19 SEND Team Manager, 9 March 2026.",
    "sections": {
        "A": [
            ("h", "A1 About me – in my own words"),
            ("q", "Leo wrote this part with his personal tutor, Mrs Carla Dunne, on 3 February 2026. "
                  "These are his own words; Mrs Dunne typed them up and Leo checked them."),
            ("p", "My name is Leo and I am 16. I go to Brackenford College at the Hollin Bank campus and I do the "
                  "Digital Skills course. I like computers, building things in Minecraft and trains, especially the "
                  "old steam engines on the East Lancashire Railway. I know the names of most of the engines and I can "
                  "tell you when they were built. I like it when people tell me what is happening before it happens. "
                  "I don't like loud rooms or when my timetable changes and nobody says. When that happens my head "
                  "goes fuzzy and I want to go home."),
            ("p", "I like college more than school because the teachers talk to me like an adult. I get help in "
                  "lessons, which is good, but I don't want people to make a fuss about it in front of everyone. "
                  "It helps when I have access to the quiet corner in the library at lunchtime because the canteen "
                  "is too noisy."),
            ("h", "A2 What is important to me"),
            ("b", [
                "Knowing my timetable for the week on Sunday night.",
                "My headphones, so I can block out noise on the bus and in the canteen.",
                "My cat, Pixel.",
                "Having time on my own after college before I talk to anyone.",
                "Being treated like the other students.",
            ]),
            ("h", "A3 What people like and admire about me"),
            ("p", "Leo's tutor, his mum and Leo himself put this list together at the co-production meeting."),
            ("b", [
                "Leo is honest and says what he thinks.",
                "He has an excellent memory for facts and dates.",
                "He is very good with computers: he rebuilt an old laptop for his nan from spare parts.",
                "He is reliable – he has not missed a single day of college since September 2025.",
                "He has a dry sense of humour that his classmates enjoy.",
            ]),
            ("h", "A4 My mum's views"),
            ("p", "Leo's mum says that the move from Hollin Bank High School to college has gone better than she "
                  "expected, and she thinks that is because the college planned his first weeks carefully and gave "
                  "him a named person to go to. She worries about what happens when the support is less obvious – "
                  "on work experience, on the train, and when he is older and living more independently. She would "
                  "like Leo to have real work experience rather than 'pretend' jobs, because he learns best by doing. "
                  "She is happy with the plan and feels that she and Leo were listened to."),
            ("h", "A5 My aspirations"),
            ("p", "Leo: \"I want to work with computers, maybe fixing them or making games. I want to go on the train "
                  "to Manchester by myself to the computer shops. One day I want my own flat with my cat.\""),
            ("p", "Leo's mum: \"We hope Leo will have a job he enjoys, that he can get there on his own and that he "
                  "can manage his own money and cook a few meals.\""),
        ],
        "B": [
            ("p", "Leo is autistic. He was diagnosed by the Child Development Centre when he was 5. His needs are "
                  "described below by area. His strengths are described first in each area."),
            ("h", "B1 Communication and interaction"),
            ("p", "Leo speaks clearly and has a wide vocabulary, especially about technology and railways. He "
                  "understands direct, literal instructions well. He finds it hard to follow long spoken "
                  "instructions in a busy classroom, to ask for help when he is confused, and to understand "
                  "sarcasm or hints. When he misunderstands something he usually goes quiet rather than asking, "
                  "and staff may not notice. In group work he tends to take over the task or withdraw completely."),
            ("h", "B2 Cognition and learning"),
            ("p", "Leo works at Level 1 in functional skills mathematics and at Entry Level 3 in functional skills "
                  "English. His reading is accurate but he finds it harder to summarise what he has read or to "
                  "write at length. He learns quickly when tasks are practical and broken into clear steps, and he "
                  "needs extra time to organise written work and plan assignments with deadlines."),
            ("h", "B3 Social, emotional and mental health"),
            ("p", "Leo becomes anxious when there are unexpected changes, when he is in crowded or noisy places "
                  "and when he has to meet new people. When he is anxious he may leave the room without saying "
                  "why, or refuse to start work. He is learning to recognise the early signs, such as his hands "
                  "getting hot and the 'fuzzy head' he describes, and he can use a 'time out' card. He would like "
                  "friends with shared interests but finds it hard to join in with conversations that are not "
                  "about his interests."),
            ("h", "B4 Sensory and/or physical"),
            ("p", "Leo is very sensitive to noise, particularly sudden noise and many voices at once. He wears "
                  "noise-cancelling headphones on transport and in the canteen. He has no physical difficulties."),
            ("h", "B5 Preparing for adulthood"),
            ("p", "Leo has never travelled by train without an adult and has not yet handled money for a weekly "
                  "shop. He has not yet had a work experience placement."),
        ],
        "C": [
            ("p", "Leo has no health needs relating to his special educational needs. His community "
                  "paediatrician, Dr Amir Shah, confirmed in his advice of 21 January 2026 that Leo was "
                  "discharged from paediatric follow-up in 2024, takes no medication and needs no health "
                  "treatment or therapy at present. Leo's General Practitioner (GP) remains his point of contact for "
                  "any future health concerns."),
        ],
        "D": [
            ("p", "Leo has no social care needs relating to his special educational needs or disability. This "
                  "is based on the advice of the Children with Disabilities Social Work Team, who screened the "
                  "request for assessment (letter from Ms Joanne Reilly, Team Manager, 2 February 2026) and found "
                  "no eligible needs. Leo lives with his mum, who is well supported by family."),
        ],
        "E": [
            ("p", "Each outcome below is linked to Leo's aspirations in Section A5 and to one of the preparing "
                  "for adulthood (PfA) areas. Progress will be checked at his annual review."),
            ("h", "E1 Employment – gaining a qualification in digital skills"),
            ("p", "By the end of July 2027, Leo will receive the Level 1 Certificate in Digital Skills, with all "
                  "six units signed off by his course tutor."),
            ("h", "E2 Employment – a real work placement"),
            ("p", "By March 2027, Leo will complete a ten-day work experience placement in a computer repair "
                  "business and receive a positive report from the employer, scoring 'good' or better on at "
                  "least 4 of the 5 areas of the college work experience review form."),
            ("h", "E3 Independent living – travel"),
            ("p", "By December 2026, Leo will travel by train from Brackenford to Manchester Piccadilly and back "
                  "on his own on 3 separate occasions, recorded by his travel trainer."),
            ("h", "E4 Independent living – money and food"),
            ("p", "By July 2027, Leo will plan and buy a weekly food shop of up to £25 with no more than one "
                  "prompt from staff, on 4 weeks in a row, recorded by his independent living tutor."),
            ("h", "E5 Good health and wellbeing – managing worry"),
            ("p", "By July 2027, when a change to his day is worrying him, Leo will tell a member of staff, "
                  "either in his own words or by showing his 'help' card, on at least 4 out of 5 occasions, "
                  "recorded in his key worker's weekly log."),
            ("h", "E6 Friends, relationships and community"),
            ("p", "By July 2027, Leo will attend the college gaming club on at least 30 of its 36 weekly "
                  "sessions and will take part in a team game in at least 10 of them, recorded on the club "
                  "register by the club leader."),
        ],
        "F": [
            ("p", "All provision below is delivered at Brackenford College during the 36-week college year "
                  "unless stated otherwise."),
            ("h", "F1 Communication and interaction (outcomes E2, E5, E6)"),
            ("b", [
                "A speech and language therapist from the Brackenford Community Speech and Language Therapy "
                "Service will see Leo on his own for 6 sessions of 45 minutes on Tuesday afternoons in the autumn "
                "term, to teach him how to ask for clarification and put right misunderstandings, then review.",
                "The same therapist will give a one-hour training session to Leo's course team once each term on "
                "adapting spoken instructions for him.",
                "Staff will give Leo instructions in short steps, in writing as well as spoken, in every taught "
                "session. His course tutor checks this is happening at the half-termly team meeting.",
            ]),
            ("h", "F2 Cognition and learning (outcome E1)"),
            ("b", [
                "In-class support from a learning support assistant trained in autism awareness, in a ratio of "
                "1 adult to 4 students, for 12 of Leo's 16 taught hours each week.",
                "Functional skills English in a group of no more than 8, for 2 hours weekly, taught by a qualified "
                "functional skills teacher.",
                "An assignment planning session 1:1 with the study skills tutor, x1 weekly for 30 minutes, using a "
                "written checklist for each deadline.",
            ]),
            ("h", "F3 Social, emotional and mental health (outcomes E5, E6)"),
            ("b", [
                "A named key worker (a learning support assistant trained in autism and anxiety) will meet Leo "
                "1:1 for 15 minutes at the start of each college day to go through the day and any changes.",
                "Leo's timetable for the following week will be emailed to him and his mum by 5pm each Friday by "
                "the course administrator; any change after that will be told to Leo in person by his key worker.",
                "A social communication group ('Talkabout') in a group of no more than 6 students, for 1 hour "
                "weekly, led by the college's specialist autism practitioner.",
                "The educational psychologist will hold a one-hour consultation with Leo's course team once each "
                "term to review his anxiety strategies.",
            ]),
            ("h", "F4 Sensory (outcome E5)"),
            ("b", [
                "Noise-cancelling headphones, provided and replaced when worn out by the Additional Learning "
                "Support Co-ordinator.",
                "A reserved seat in the library quiet area from 12.30pm to 1.15pm each day, arranged by the "
                "library manager.",
            ]),
            ("h", "F5 Preparing for adulthood (outcomes E2, E3, E4)"),
            ("b", [
                "Independent travel training from the Brackenford City Council Travel Training Team: 1:1, two "
                "sessions a week of 2 hours for 8 weeks from September 2026, then review.",
                "An independent living skills session (shopping, cooking and budgeting) in a group of 5, for "
                "2 hours every Wednesday, led by the independent living tutor.",
                "February 2027: the college work placement co-ordinator will arrange a ten-day placement in a "
                "computer repair business. A job coach will support Leo 1:1 for the whole of the first 3 days, "
                "then visit for 1 hour on each of the remaining 7 days.",
                "Careers guidance 1:1 with a qualified careers adviser for 45 minutes, once each term.",
            ]),
            ("h", "F6 Examination access arrangements (outcome E1)"),
            ("b", [
                "25% extra time and a separate room for all assessments and examinations, arranged by the "
                "college's Examinations Officer.",
            ]),
        ],
        "G": [
            ("p", "None. Leo has no health needs relating to his special educational needs (see Section C)."),
        ],
        "H1": [
            ("p", "None. Leo and his mum have been given information about the Brackenford Local Offer, "
                  "including the Youth Activities short breaks scheme and clubs for disabled young people, and "
                  "chose not to use them at present. See Section D."),
        ],
        "H2": [
            ("p", "None."),
        ],
        "I": [
            ("p", "Brackenford College, Hollin Bank Campus (general further education college). Study programme: "
                  "Digital Skills Level 1, 16 hours per week over 36 weeks."),
        ],
        "J": [
            ("p", "No personal budget has been requested. Leo and his mum were told about personal budgets at "
                  "the co-production meeting on 3 February 2026."),
        ],
        "K": [
            ("p", "The following advice and information was gathered during the EHC needs assessment and is "
                  "appended to this plan."),
            ("n", [
                "Leo's views – gathered with Mrs Carla Dunne, Personal Tutor, Brackenford College – 3 February 2026",
                "Parent's views – Leo's mum – 3 February 2026",
                "Educational advice – Mr Daniel Okoro, Additional Learning Support Manager, Brackenford College – 15 January 2026",
                "Medical advice – Dr Amir Shah, Community Paediatrician, Brackenford Children's Community Health Services – 21 January 2026",
                "Psychological advice – Dr Fiona Leigh, Educational Psychologist, Brackenford Educational Psychology Service – 12 January 2026",
                "Social care advice – Ms Joanne Reilly, Team Manager, Children with Disabilities Social Work Team – 2 February 2026",
                "Preparing for adulthood advice – Mr Tom Greaves, Careers Adviser (Level 6 Diploma in Career Guidance), Brackenford Careers Service – 28 January 2026",
                "Speech and language therapy advice – Ms Priya Nair, Speech and Language Therapist – 19 January 2026",
            ]),
        ],
    },
})

# =====================================================================================
# u202 – heading2-numbered – FAILURE – Ruby, 14, Year 9, autism and anxiety, CIN plan
# =====================================================================================
PLANS.append({
    "id": "u202", "layout": "heading2-numbered",
    "intro": "This Education, Health and Care (EHC) plan has been amended following Ruby's annual review. "
             "It describes Ruby's special educational needs, the outcomes she is working towards and the "
             "provision that will help her.",
    "front": [
        ("Name used in this plan", "Ruby"),
        ("Age", "14"),
        ("Year group / phase", "Year 9 (Key Stage 3)"),
        ("Date this plan was issued", "22 April 2026"),
        ("Last annual review", "26 March 2026"),
        ("Type of plan", "Amended plan following annual review"),
        ("Other plans", "Child in need plan (Brackenford Children's Social Care) since November 2025"),
    ],
    "signoff": "Signed on behalf of Brackenford City Council by the SEND Team Manager, 22 April 2026.",
    "sections": {
        "A": [
            ("h", "A1 About Ruby"),
            ("p", "Ruby is 14 and is in Year 9 at Hollin Bank High School, where she is on roll in the autism "
                  "resource base. She spends mornings in the base and goes to some lessons in the main school in "
                  "the afternoons. Ruby is funny, kind to animals and younger children, and very knowledgeable "
                  "about horses. She has ridden at the Riverside Riding for the Disabled centre every Saturday "
                  "for three years and helps to groom the ponies."),
            ("p", "At her annual review on 26 March 2026, staff reported that Ruby has made good progress in "
                  "the base. She now arrives by 8.50am on most days, stays for the full day and has started to "
                  "join two main-school lessons a week (science and art). She has one close friend, Lacey, who "
                  "is also in the base, and the two of them run the lunchtime pet club, looking after the "
                  "school's guinea pigs. Her science teacher describes her written work as careful and "
                  "well presented, and her art portfolio includes a series of horse drawings that were shown "
                  "at the school's spring exhibition."),
            ("p", "Ruby finds the larger main-school classes much harder. She sits near the door, keeps her coat "
                  "on and does not answer questions. When there is a supply teacher or a room change she will "
                  "often turn back to the base. She and her mum are about to choose her Key Stage 4 options, "
                  "and Ruby would like to take the Level 1 animal care course offered at the school farm "
                  "alongside her GCSE (General Certificate of Secondary Education) subjects."),
            ("p", "Ruby was diagnosed as autistic when she was 9. Her anxiety increased during Year 8, and in the "
                  "autumn of 2025 she stopped leaving the house for several weeks. Ruby's mum asked Children's Social "
                  "Care for help, and Ruby has been on a child in need plan since November 2025. Her social worker "
                  "visits every three weeks and the family attend child in need meetings at school."),
            ("h", "A2 Ruby's views"),
            ("p", "Ruby shared her views with her key worker, Miss Jade Foster, using a 'likes and worries' "
                  "sheet on 19 March 2026. Ruby said:"),
            ("b", [
                "\"I like the base because it's quiet and nobody shouts.\"",
                "\"I hate the corridors at change-over. Everyone pushes.\"",
                "\"I want to do animal care. I want to work at a stables or be a vet nurse.\"",
                "\"I don't like it when supply teachers don't know about me.\"",
            ]),
            ("h", "A3 Ruby's mum's views"),
            ("p", "Ruby's mum is pleased that Ruby is back in school most days and feels the resource base has "
                  "been a lifeline. She is worried that Ruby will not manage the main school and that she will "
                  "recieve less help as she moves into Key Stage 4 and chooses her options, and she wants staff "
                  "in every lesson to know about Ruby's anxiety before she walks into the room rather than after "
                  "something has gone wrong."),
            ("h", "A4 Ruby's strengths"),
            ("b", [
                "Caring and patient with animals and younger children.",
                "Strong reader who enjoys non-fiction.",
                "Works hard when she understands what is expected.",
                "Honest about how she is feeling when she trusts the adult.",
            ]),
            ("h", "A5 Aspirations"),
            ("p", "Ruby wants to work with animals, either at a riding stables or as a veterinary nurse. Her mum "
                  "would like her to go to college to study animal care and to be able to go out with friends."),
        ],
        "B": [
            ("h", "B1 Communication and interaction"),
            ("p", "Ruby talks confidently with adults she knows but becomes very quiet with unfamiliar adults and "
                  "may not answer at all. She takes language literally and can misread jokes or sarcasm from "
                  "peers, which has led to arguments. She finds group work difficult and prefers to work alone "
                  "or with one trusted friend."),
            ("p", "Her key worker has noticed that Ruby communicates much more easily in writing. She keeps a "
                  "small notebook and will sometimes write down a worry and hand it over rather than say it. "
                  "When she is anxious her voice becomes very quiet and she may answer only 'yes' or 'no'."),
            ("h", "B2 Cognition and learning"),
            ("p", "Ruby is working at age-related expectations in English and science and slightly below in "
                  "mathematics. Her reading age (New Group Reading Test, February 2026) is 15 years 2 months. "
                  "Anxiety affects her concentration, and she has gaps in mathematics from the weeks she missed "
                  "in autumn 2025."),
            ("p", "In English she reads widely, especially books about animals and true stories, and she can "
                  "write a well-organised paragraph when she has a plan to follow. She finds it hard to start "
                  "extended writing without an example, and in mathematics she has gaps in fractions, "
                  "percentages and ratio. Her teachers report that she learns best when new work is shown "
                  "step by step and she can practise on her own before being asked to answer in front of "
                  "others."),
            ("h", "B3 Social, emotional and mental health"),
            ("p", "Ruby experiences high levels of anxiety, particularly in busy, noisy places, at times of change "
                  "and with unfamiliar adults. Her attendance this year is 81%. When she is anxious she hides her "
                  "face, leaves the room or refuses to come into school, and she has told staff she has felt "
                  "\"stuck\" at home. She has found it hard to keep friendships going outside school and spends "
                  "most evenings alone in her room."),
            ("h", "B4 Sensory and/or physical"),
            ("p", "Ruby is sensitive to noise and to being touched unexpectedly. Crowded corridors are very "
                  "difficult for her and she needs a seperate route or time to move between lessons."),
        ],
        "C": [
            ("p", "Ruby's anxiety is supported by the Child and Adolescent Mental Health Services (CAMHS). She was "
                  "assessed in January 2026 and has started cognitive behavioural therapy (CBT). Ruby has no "
                  "other health needs relating to her special educational needs; her General Practitioner (GP) "
                  "confirmed this in the health summary of 2 March 2026."),
        ],
        "D": [
            ("p", "Ruby has no social care needs."),
        ],
        "E": [
            ("h", "E1 Wellbeing"),
            ("p", "By July 2027, Ruby will feel calmer and happier in school."),
            ("h", "E2 Communication"),
            ("p", "Ruby will be more confident when speaking to adults she does not know."),
            ("h", "E3 Learning in the main school"),
            ("p", "By July 2027, Ruby will be supported by her key worker to attend all of her option lessons "
                  "in the main school."),
            ("h", "E4 Employment – animal care"),
            ("p", "By July 2027, Ruby will complete the Level 1 Award in Animal Care, with all 4 units signed off "
                  "by her vocational tutor."),
            ("h", "E5 Independent living – travel"),
            ("p", "By February 2027, Ruby will walk to school on her own on 5 days out of 5 for 4 weeks in a row, "
                  "recorded on the resource base attendance sheet."),
        ],
        "F": [
            ("h", "F1 Communication and interaction"),
            ("b", [
                "A social communication group in a group of 4, for 45 minutes every Thursday, led by the resource "
                "base teacher (qualified teacher with the National Award for Special Educational Needs Co-ordination).",
                "A one-page profile of Ruby, updated each term by her key worker and emailed to every teacher "
                "and supply teacher who teaches her.",
            ]),
            ("h", "F2 Cognition and learning"),
            ("b", [
                "Mathematics catch-up 1:1 with a higher level teaching assistant, 3 x 30 minutes weekly for "
                "12 weeks, then review.",
                "Animal Care Level 1 taught in a group of 8 by the vocational tutor, for 2 hours weekly at the "
                "school farm.",
                "A writing frame and a worked example for every extended writing task in English, prepared by "
                "her English teacher and given to Ruby at the start of the lesson.",
            ]),
            ("h", "F3 Social, emotional and mental health"),
            ("b", [
                "Regular check-ins with her key worker.",
                "Ruby will have access to a quiet room where possible when she feels anxious.",
                "A graded plan for walking to school, agreed with Ruby and her mum and reviewed every 2 weeks "
                "by her key worker.",
            ]),
            ("h", "F4 Sensory and/or physical"),
            ("b", [
                "Ruby leaves each lesson 5 minutes early to avoid crowded corridors, using a pass issued by the "
                "Head of the Resource Base.",
            ]),
        ],
        "G": [
            ("b", [
                "CAMHS: cognitive behavioural therapy 1:1 with Ms Hannah Byrne, CBT Therapist, fortnightly for "
                "50 minutes, 12 sessions from May 2026, then review.",
                "CAMHS will send a summary of progress to the school Special Educational Needs Co-ordinator "
                "(SENCo) after session 6 and session 12.",
            ]),
            ("p", "Health agreement: the health provision above was confirmed by Ms Lorna Hughes, Designated "
                  "Clinical Officer, Brackenford Integrated Care Board (ICB), on 15 April 2026."),
        ],
        "H1": [("p", "None.")],
        "H2": [("p", "None.")],
        "I": [
            ("p", "Hollin Bank High School – mainstream secondary school with an autism resource base."),
        ],
        "J": [("p", "No personal budget requested.")],
        "K": [
            ("n", [
                "Ruby's views – gathered by Miss Jade Foster, Key Worker, Hollin Bank High School – 19 March 2026",
                "Parent's views – Ruby's mum – 19 March 2026",
                "Educational advice – Mrs Angela Price, SENCo, Hollin Bank High School – 12 March 2026",
                "Medical advice – Dr Tariq Malik, GP, Canal Street Medical Practice – 2 March 2026",
                "CAMHS advice – Ms Hannah Byrne, CBT Therapist, Brackenford CAMHS – 9 March 2026",
                "Psychological advice – Mr Owen Clarke, Educational Psychologist – 5 February 2026",
                "Social care advice – Mr Kieran Walsh, Social Worker, Children in Need Team – 30 March 2026",
                "Preparing for adulthood advice – Ms Beth Lowe, Careers Adviser, Brackenford Careers Service – 10 March 2026",
            ]),
            ("p", "Annual review report, 26 March 2026, including the enviroment audit of the main school "
                  "corridors carried out by the resource base team."),
        ],
    },
})

# =====================================================================================
# u203 – heading2-numbered – FAILURE – Callum, 19, post-19, Down syndrome
# =====================================================================================
PLANS.append({
    "id": "u203", "layout": "heading2-numbered",
    "intro": "This Education, Health and Care (EHC) plan was amended after Callum's annual review. It sets "
             "out what Callum needs, what he wants to achieve and the support he will get at college and at home.",
    "front": [
        ("Name used in this plan", "Callum"),
        ("Age", "19"),
        ("Year group / phase", "Post-19 – second year at college"),
        ("Date this plan was issued", "3 March 2026"),
        ("Last annual review", "5 February 2026"),
        ("Type of plan", "Amended plan following annual review"),
        ("Plan co-ordinator", "SEND Caseworker (Post-19)"),
    ],
    "signoff": "Signed on behalf of Brackenford City Council by the Post-16 and Post-19 SEND Team Manager, 3 March 2026.",
    "sections": {
        "A": [
            ("h", "A1 About me"),
            ("q", "Callum told his tutor, Mr Steven Hart, these things at his annual review on 5 February 2026. "
                  "He used his own words and some photographs from his college folder."),
            ("p", "\"I'm Callum. I'm 19. I go to Brackenford College on the Pathways course. I like cooking, "
                  "football and Liverpool. I like my mates at college and my tutor Steve. I like the café job on "
                  "Thursday. I want to get a real job in a café and get paid. I want to go to the match with my "
                  "mates, not my mum.\""),
            ("h", "A2 What is important to Callum"),
            ("b", [
                "Seeing his friends from college and his cousin Kyle.",
                "Watching Liverpool games – home games with his dad and away games on the television.",
                "Cooking tea for his family on Friday nights.",
                "Knowing who will be working with him each day.",
            ]),
            ("h", "A3 Strengths"),
            ("p", "Callum have a great sense of humour and gets on well with staff and other students. He is "
                  "polite, hard-working and proud of his cooking. He can read familiar words and signs, use a "
                  "mobile phone to call and message his family, and follow a recipe with pictures."),
            ("h", "A4 Callum's family's views"),
            ("p", "Callum's mum and dad are proud of how much he has grown in confidence at college. They would "
                  "like him to have paid work, to be able to get around the city more on his own and to spend "
                  "time with friends without them. They worry that he gets very tired and that he is sometimes "
                  "falling asleep at college. Callum and his mum has asked that the plan includes more help with "
                  "travel."),
            ("h", "A5 Aspirations"),
            ("p", "Callum wants a paid job in a café, to go to football matches with his friends and, one day, "
                  "to live in a flat with friends. His parents share these hopes and would like him to have a "
                  "supported internship after college."),
        ],
        "B": [
            ("h", "B1 Communication and interaction"),
            ("p", "Callum speaks in short sentences of 3 to 5 words and is understood by people who know him. "
                  "Unfamiliar listeners may not understand him, and when this happens he may give up. He "
                  "understands short spoken instructions with visual support. He uses some Makaton signs to "
                  "support his speech."),
            ("h", "B2 Cognition and learning"),
            ("p", "Callum has a moderate learning difficulty associated with Down syndrome. He is working at "
                  "Entry Level 1 in English and mathematics. He can count money up to £10 with coins but does not "
                  "yet check his change. He learns best through repetition, practical tasks and photographs."),
            ("h", "B3 Social, emotional and mental health"),
            ("p", "Callum is friendly and sociable. He can become upset and stop talking when plans change at short "
                  "notice, and he needs a adult to explain the change calmly and show him what happens next."),
            ("h", "B4 Preparing for adulthood"),
            ("p", "Callum travels to college on a council minibus. He has not yet used a public bus on his own. He "
                  "has done 12 weeks of work experience in the college café and wants a real job."),
        ],
        "C": [
            ("p", "Callum has Down syndrome. He has an underactive thyroid (hypothyroidism), for which he takes "
                  "levothyroxine every morning; his General Practitioner (GP) checks his thyroid levels with a "
                  "blood test once a year."),
            ("p", "Callum also has obstructive sleep apnoea, which was diagnosed by the sleep clinic at "
                  "Brackenford Royal Infirmary in November 2025. He has been given a continuous positive airway "
                  "pressure (CPAP) mask to wear at night but often takes it off. When he sleeps badly he is very "
                  "tired at college and falls asleep in afternoon sessions."),
        ],
        "D": [
            ("p", "Callum had an adult social care assessment under the Care Act 2014 on 14 January 2026, carried "
                  "out by Ms Rachel Doyle, Social Worker, Brackenford Adult Social Care (Transitions Team). The "
                  "assessment found that Callum has eligible needs for support to take part in leisure activities "
                  "in the community and to develop and maintain friendships, because he cannot yet go out safely "
                  "without an adult. His parents, who are his main carers, also need a break at weekends."),
        ],
        "E": [
            ("h", "E1 Employment"),
            ("p", "By July 2027, Callum will complete a 12-week work placement in a café outside college, working "
                  "2 hours a shift, and will receive a positive report from the café manager on the college "
                  "placement review, with 'good' or better in at least 3 of the 4 areas."),
            ("h", "E2 Independent living – travel"),
            ("p", "By March 2027, Callum will travel on the number 42 bus from home to college on his own on "
                  "4 days out of 4 for 3 weeks in a row, recorded by his travel trainer."),
            ("h", "E3 Independent living – money"),
            ("p", "By December 2026, Callum will pay for items costing up to £10 in a shop and check his change "
                  "correctly on 8 out of 10 occasions, recorded by his tutor."),
            ("h", "E4 Friends, relationships and community"),
            ("p", "By July 2027, Callum will go to a Saturday activity of his choice with friends and his "
                  "personal assistant on at least 30 Saturdays, recorded in his diary and checked at review."),
            ("h", "E5 Communication"),
            ("p", "By July 2027, when an unfamiliar person does not understand him, Callum will repeat, sign or "
                  "show a picture to get his message across on 4 out of 5 occasions observed by college staff."),
        ],
        "F": [
            ("h", "F1 Communication and interaction (outcome E5)"),
            ("b", [
                "The college speech and language therapist will see Callum 1:1 for 30 minutes weekly for a "
                "10-week block each term, to teach repair strategies and use of his communication book.",
                "Makaton signing used by all Pathways staff; the college's Makaton tutor will train new staff "
                "in a 3-hour session each September.",
            ]),
            ("h", "F2 Cognition and learning (outcomes E1, E3)"),
            ("b", [
                "A group of no more than 8 students, with a qualified teacher and 2 learning support assistants, "
                "for 18 hours per week over 36 weeks on the Pathways programme.",
                "Money skills 1:1 with a learning support assistant, 3 times a week for 20 minutes, using real "
                "coins in the college shop.",
            ]),
            ("h", "F3 Preparing for employment (outcome E1)"),
            ("b", [
                "A job coach from the college supported employment team will support Callum 1:1 for his full "
                "2-hour shift each week for the first 4 weeks of his placement, then for the first 30 minutes of "
                "each shift for the remaining 8 weeks.",
            ]),
            ("h", "F4 Travel (outcome E2)"),
            ("b", [
                "Independent travel training from the Brackenford Travel Training Team: 1:1, 4 mornings a week "
                "for 6 weeks, then review.",
            ]),
            ("h", "F5 Social, emotional and mental health"),
            ("b", [
                "Changes to Callum's day are told to him by his tutor before 9.30am with a photo of the person "
                "or place, every day.",
            ]),
            ("h", "F6 Community and leisure (outcome E4)"),
            ("b", [
                "Callum has a personal assistant for 6 hours every Saturday (10am to 4pm) to go swimming, to the "
                "cinema and to football with friends. This is funded by adult social care through a direct "
                "payment following his Care Act assessment, and gives his parents a weekly break.",
            ]),
        ],
        "G": [
            ("b", [
                "Callum's GP, Dr Ruth Evans, Canal Street Medical Practice, will review his thyroid medication and "
                "arrange a thyroid blood test once every 12 months.",
                "Dr Evans will carry out Callum's annual learning disability health check (about 45 minutes) "
                "each year and share the health action plan with Callum and his parents.",
            ]),
        ],
        "H1": [
            ("p", "Not applicable – Callum is over 18."),
        ],
        "H2": [
            ("p", "Callum's Care Act assessment found eligible needs. His support is described in Section F, "
                  "paragraph F6."),
        ],
        "I": [
            ("p", "Brackenford College, City Campus – Pathways programme (post-19 foundation learning), "
                  "18 hours per week, 36 weeks per year."),
        ],
        "J": [
            ("p", "Callum's family receive a direct payment from adult social care for his personal assistant "
                  "(see F6). There is no education personal budget."),
        ],
        "K": [
            ("n", [
                "Callum's views – gathered by Mr Steven Hart, Pathways Tutor – 5 February 2026",
                "Parents' views – Callum's mum and dad – 5 February 2026",
                "Educational advice – Mr Steven Hart, Pathways Tutor, and Mrs Gail Moss, Curriculum Manager, "
                "Brackenford College – 22 January 2026",
                "Medical advice – Dr Ruth Evans, GP, Canal Street Medical Practice – 20 January 2026",
                "Sleep clinic letter – Dr Marcus Lee, Consultant in Respiratory Medicine, Brackenford Royal "
                "Infirmary – 10 December 2025",
                "Psychological advice – Dr Fiona Leigh, Educational Psychologist – 8 January 2026",
                "Social care advice – Ms Rachel Doyle, Social Worker, Adult Social Care (Transitions Team), Care "
                "Act assessment – 14 January 2026",
                "Preparing for adulthood advice – Mr Tom Greaves, Careers Adviser, Brackenford Careers Service – "
                "27 January 2026",
            ]),
            ("p", "Callum enjoys college and there tutors say he has made good progress this year; the annual "
                  "review report of 5 February 2026 is appended."),
        ],
    },
})

# =====================================================================================
# u204 – heading2-numbered – SOUND – Hannah, 24, post-19, severe learning difficulties, autism
# =====================================================================================
PLANS.append({
    "id": "u204", "layout": "heading2-numbered",
    "intro": "This Education, Health and Care (EHC) plan was amended following Hannah's annual review. It "
             "covers Hannah's final year at college and her move into supported living. It was co-produced "
             "with Hannah, her parents, her college and adult social care.",
    "front": [
        ("Name used in this plan", "Hannah"),
        ("Age", "24"),
        ("Year group / phase", "Post-19 – third and final year of specialist college provision"),
        ("Date this plan was issued", "16 June 2026"),
        ("Last annual review", "12 May 2026"),
        ("Type of plan", "Amended plan following annual review (preparing for transition)"),
        ("Plan co-ordinator", "SEND Caseworker (Post-19)"),
    ],
    "signoff": "Signed on behalf of Brackenford City Council by the Post-16 and Post-19 SEND Team Manager, 16 June 2026.",
    "sections": {
        "A": [
            ("h", "A1 How we found out what Hannah thinks"),
            ("p", "Hannah uses a few single words, Makaton signs, photographs and objects to communicate. Her "
                  "views were gathered in three ways: a Talking Mats session with her college speech and "
                  "language therapist on 28 April 2026, using picture cards for 'college', 'home', 'new house' "
                  "and 'things I do'; observation over two weeks by her key worker, Ms Leanne Cole, who has "
                  "known Hannah for three years; and a visit to her future home on 5 May 2026, where staff "
                  "noted what she chose to look at and touch, and how she reacted."),
            ("h", "A2 Hannah's views"),
            ("p", "On the Talking Mat, Hannah placed 'cooking', 'the café', 'music' and 'swimming' under the "
                  "thumbs-up symbol, and 'bus' and 'loud room' under thumbs-down. She signed 'more' when "
                  "shown photographs of the college café and the allotment. At the new house she went "
                  "straight to the garden, sat on the bench and signed 'mine'. Her key worker notes that Hannah "
                  "is happiest when she has a job to do and people around her that she knows, and that she "
                  "shows she is unhappy by rocking, covering her ears and, if it continues, biting her hand."),
            ("h", "A3 Hannah's parents' views"),
            ("p", "Hannah's mum and dad want her to have a life of her own with people her own age, close enough "
                  "for them to visit every week. They are pleased with the supported living placement and want "
                  "the move to happen gradually. They worry about her health, in particular her constipation, "
                  "which causes pain and distress, and about her being understood by new staff. They want "
                  "Hannah to keep doing useful work, such as the café, after college ends."),
            ("h", "A4 What Hannah is good at"),
            ("b", [
                "Hannah is a hard worker in the college café: she wipes tables, fills the dishwasher and lays "
                "out cutlery without being asked once she knows the routine.",
                "She remembers routines and people very well.",
                "She loves music and will dance and smile when her favourite songs are played.",
                "She is gentle and affectionate with people she knows.",
            ]),
            ("h", "A5 Aspirations"),
            ("p", "Hannah's parents, with Hannah's choices from her Talking Mat, describe her aspirations as: to "
                  "live in her own room in a shared house with friends, to have a regular part-time job or "
                  "volunteering role in a café or garden, and to go swimming and to music nights in the "
                  "community."),
        ],
        "B": [
            ("h", "B1 Communication and interaction"),
            ("p", "Hannah understands short familiar phrases in context, especially when supported by signs and "
                  "objects. She uses around 40 Makaton signs and 15 spoken words. She cannot yet tell new people "
                  "what she needs, such as being in pain or wanting the toilet, and relies on staff who know her "
                  "to read her signals."),
            ("h", "B2 Cognition and learning"),
            ("p", "Hannah has severe learning difficulties. She can match photographs to objects and follow a "
                  "sequence of 3 to 4 pictures to complete a familiar task. She is learning to recognise the "
                  "symbols for 'toilet', 'kitchen' and 'stop' in new places."),
            ("h", "B3 Social, emotional and mental health"),
            ("p", "Hannah is autistic. Change, noise and crowds can cause great distress, shown by rocking, ear "
                  "covering and biting her hand. She calms with familiar music, deep pressure (a weighted "
                  "blanket) and time in a quiet space."),
            ("h", "B4 Sensory and/or physical"),
            ("p", "Hannah is sensitive to loud or sudden noise. She walks independently and has good fine motor "
                  "skills for practical tasks."),
        ],
        "C": [
            ("p", "Hannah has no difficulty with swallowing and eats a full, varied diet, but she has long-term "
                  "constipation. It causes abdominal pain, which Hannah cannot easily tell people about, and is "
                  "a common cause of distress and of her biting her hand. It is managed with a daily laxative "
                  "prescribed by her General Practitioner (GP) and a bowel care plan written by the Community "
                  "Learning Disability Team nurse."),
            ("p", "Hannah has an annual learning disability health check with her GP. She has no other health "
                  "needs relating to her special educational needs."),
        ],
        "D": [
            ("p", "Hannah had an adult social care assessment under the Care Act 2014 on 2 April 2026, completed by "
                  "Mr David Akhtar, Social Worker, Brackenford Adult Social Care (Learning Disability Team). "
                  "Hannah has eligible needs in managing personal care, preparing food, keeping safe at home and "
                  "in the community, and taking part in work and leisure. She needs staff support 24 hours a day."),
            ("p", "A mental capacity assessment under the Mental Capacity Act 2005, completed by Mr Akhtar on "
                  "9 April 2026, found that Hannah does not have capacity to decide where she lives or to sign a "
                  "tenancy. A best-interests meeting on 20 April 2026, with Hannah's parents, her key worker and "
                  "the college, agreed the move to supported living at Cedar Grove from January 2027. Her parents "
                  "have applied to the Court of Protection to become her welfare deputies."),
        ],
        "E": [
            ("p", "Hannah's outcomes are grouped under the four preparing for adulthood (PfA) areas and build on "
                  "the aspirations in A5."),
            ("h", "E1 Employment"),
            ("p", "By July 2027, Hannah will complete the café opening routine (wiping 8 tables, setting cutlery "
                  "and filling the water jugs) with no more than 2 prompts, on 8 out of 10 shifts recorded by her "
                  "job coach."),
            ("h", "E2 Independent living"),
            ("p", "By March 2027, Hannah will make a hot drink and a sandwich in the kitchen at Cedar Grove using "
                  "her picture sequence, with staff nearby but not helping, on 4 days out of 5 for 4 weeks, "
                  "recorded by the support team leader."),
            ("h", "E3 Friends, relationships and community"),
            ("p", "By July 2027, Hannah will take part in a community music night or swimming session with her "
                  "housemates or friends at least twice a month for 3 months, recorded in her activity diary."),
            ("h", "E4 Good health"),
            ("p", "By March 2027, Hannah will keep to a regular toilet routine after breakfast and after lunch, "
                  "using the 'toilet' sign or symbol to ask, with no more than 1 missed day a week for 8 weeks, "
                  "recorded on her bowel chart."),
            ("h", "E5 Communication"),
            ("p", "By July 2027, Hannah will use her communication passport and 10 new Makaton signs (including "
                  "'pain', 'help' and 'finished') with staff at Cedar Grove, with each sign seen used correctly "
                  "on 3 different days, recorded by her speech and language therapist."),
        ],
        "F": [
            ("h", "F1 Communication and interaction (outcomes E3, E5)"),
            ("n", [
                "Speech and language therapy from the college's speech and language therapist: 1:1, 30 minutes "
                "every Monday and Wednesday during term, to teach the new signs and the use of her "
                "communication passport.",
                "The therapist will train the Cedar Grove support team in a 2-hour session in November 2026 and "
                "a 1-hour follow-up in February 2027.",
                "A communication passport, written by the therapist by October 2026 and updated each term by "
                "her key worker.",
            ]),
            ("h", "F2 Cognition and learning (outcome E2)"),
            ("n", [
                "Independent living skills (kitchen and self-care) in a group of 4 with 2 staff, for 2 hours on "
                "Tuesdays and Thursdays, led by the independent living tutor (qualified teacher).",
                "Picture sequences for each kitchen task, made by her key worker and copied for Cedar Grove.",
            ]),
            ("h", "F3 Employment (outcome E1)"),
            ("n", [
                "Work-based learning in the college café, 3 shifts a week of 2 hours, supported by a job coach "
                "at a ratio of 1 job coach to 2 students.",
                "From April 2027, a trial volunteering placement at the Cedar Grove community café, 1 morning a "
                "week for 10 weeks, with the job coach 1:1 for the first 4 weeks, then review.",
            ]),
            ("h", "F4 Social, emotional and mental health and sensory (outcomes E2, E3)"),
            ("n", [
                "A named key worker (a senior learning support assistant with Studio III training in managing "
                "distressed behaviour), 1:1 throughout each college day (9am to 3.30pm).",
                "Transition visits to Cedar Grove with her key worker: 1 afternoon a week from September to "
                "December 2026, increasing to 2 afternoons a week in December.",
                "A weighted blanket and ear defenders, provided and checked each half term by the college's "
                "sensory lead.",
            ]),
        ],
        "G": [
            ("n", [
                "Community Learning Disability Team nurse, Ms Jo Patterson: reviews Hannah's bowel care plan in "
                "a 45-minute visit every 3 months, and trains the Cedar Grove staff team in the plan in a 1-hour "
                "session before Hannah moves in (December 2026).",
                "Hannah's GP, Dr Neil Shaw, Riverside Health Centre: prescribes her daily laxative and reviews "
                "it every 6 months; carries out her annual learning disability health check.",
                "The college health care assistant completes Hannah's bowel chart daily during college hours, "
                "following the nurse's plan, and shares it with the nurse each month.",
            ]),
            ("p", "Health sign-off: the health provision in Section G was reviewed and supported by Mr Gareth "
                  "Jones, Designated Clinical Officer, Brackenford Integrated Care Board (ICB), on 9 June 2026."),
        ],
        "H1": [
            ("p", "Not applicable – Hannah is over 18. Her social care provision is in Section H2."),
        ],
        "H2": [
            ("p", "Provided by Brackenford Adult Social Care under the Care Act 2014, following the assessment "
                  "of 2 April 2026:"),
            ("n", [
                "Until December 2026: 2 overnight short breaks a month at Larch House respite service, arranged "
                "by her social worker.",
                "From January 2027: a supported living tenancy at Cedar Grove (shared house for 4 adults) with "
                "24-hour shared support, plus 10 hours a week of 1:1 support for personal care and community "
                "activities.",
                "A direct payment for 6 hours a week of personal assistant support on Saturdays for swimming and "
                "music activities.",
                "Her social worker will review the care and support plan 6 weeks after the move and then every "
                "12 months.",
            ]),
        ],
        "I": [
            ("p", "Brackenford College, Pathways Post-19 (specialist provision within a general further "
                  "education college), 3 days a week (18 hours), 36 weeks, until July 2027."),
        ],
        "J": [
            ("p", "A social care direct payment is in place for personal assistant support (see H2). There is no "
                  "education personal budget."),
        ],
        "K": [
            ("n", [
                "Hannah's views – Talking Mats session with Ms Amy Reid, Speech and Language Therapist, and "
                "observation by Ms Leanne Cole, Key Worker – 28 April 2026",
                "Parents' views – Hannah's mum and dad – 12 May 2026",
                "Educational advice – Ms Sarah Whitehead, Head of Pathways, Brackenford College – 30 April 2026",
                "Medical advice – Dr Neil Shaw, GP, Riverside Health Centre – 15 April 2026",
                "Nursing advice – Ms Jo Patterson, Community Learning Disability Nurse – 22 April 2026",
                "Psychological advice – Dr Imran Qureshi, Educational Psychologist (0 to 25 service) – 17 March 2026",
                "Social care advice – Mr David Akhtar, Social Worker, Adult Social Care, Care Act assessment – "
                "2 April 2026; mental capacity assessment – 9 April 2026",
                "Preparing for adulthood advice – Ms Karen Bell, Transition Co-ordinator, Brackenford City "
                "Council – 6 May 2026",
            ]),
        ],
    },
})

# =====================================================================================
# u205 – shaded-heading-table – FAILURE – Maya, 17, Year 12, cerebral palsy
# =====================================================================================
PLANS.append({
    "id": "u205", "layout": "shaded-heading-table",
    "intro": "This is Maya's Education, Health and Care (EHC) plan, issued after an EHC needs assessment "
             "requested by Maya's college in spring 2026.",
    "front": [
        ("Name used in this plan", "Maya"),
        ("Age", "17"),
        ("School year", "Year 12 (post-16)"),
        ("Date of EHC plan", "7 October 2026"),
        ("Last reviewed", "Not applicable – new plan"),
        ("Plan co-ordinator", "SEND Caseworker (Post-16)"),
    ],
    "signoff": "Issued on behalf of Brackenford City Council by the Post-16 and Post-19 SEND Team Manager, 7 October 2026.",
    "sections": {
        "A": [
            ("h", "About Maya"),
            ("p", "Maya is 17 and started at Brackenford College in September 2026 on the Level 2 Business "
                  "course. Maya has cerebral palsy (spastic diplegia), which affects both of her legs. She cannot "
                  "walk more than about 50 metres without crutches and needs a wheelchair for longer distances. "
                  "She is unable to manage stairs safely when the corridors are busy and cannot carry her books "
                  "and a drink at the same time. Her handwriting is slow and untidy and she cannot keep up with "
                  "note-taking in lessons. She tires quickly and has frequent pain in her hips and knees by the "
                  "end of the day."),
            ("p", "Maya had a difficult time at secondary school. She missed a lot of lessons because of "
                  "surgery in Year 10 (multilevel surgery on both legs) and did not get the grades she needed "
                  "in GCSE (General Certificate of Secondary Education) English. She has to resit English "
                  "alongside her course."),
            ("p", "Maya's first weeks at college have been difficult. The Business classroom is on the second "
                  "floor, the lift has been out of order twice, and she has been late to 7 lessons. She has not "
                  "yet joined any clubs. She relies on her dad for lifts because she cannot manage the bus with "
                  "her crutches and bag, and she missed two days in September because of pain after a long day. "
                  "She finds it difficult to carry a tray in the canteen and usually does not eat lunch at "
                  "college. She cannot reach the printer or the higher shelves in the learning centre, and she "
                  "has to ask other students to help her with her coat and bag at the end of the day."),
            ("h", "Maya's views"),
            ("p", "Maya spoke to her special educational needs and disabilities (SEND) caseworker on the telephone on 1 September 2026. She said she finds "
                  "the stairs at college difficult, that she hates being late to lessons because everyone looks "
                  "at her, and that she gets very tired by Thursday. She said she does not want a support "
                  "assistant sitting next to her all the time."),
            ("h", "Maya's parents' views"),
            ("p", "Maya's dad is worried that she will fall at college, as she did twice at school, and that "
                  "she will drop out if she gets too tired. Maya's mum is worried that Maya's pain is getting "
                  "worse and wants a new physiotherapy assessment."),
        ],
        "B": [
            ("h", "Cognition and learning"),
            ("p", "Maya's slow handwriting means she cannot record enough in lessons or in timed assessments. "
                  "She failed GCSE English at grade 3 and needs to resit it. She struggles to organise her "
                  "coursework and misses deadlines when she is tired or in pain."),
            ("p", "Maya's written work is short for the time she spends on it, and she cannot read back her "
                  "own handwriting when it is rushed. She has not used a laptop for lessons before and types "
                  "with two fingers at about 12 words a minute. In mathematics she needs more time to set out "
                  "calculations and frequently loses marks for untidy working. She finds it hard to keep track "
                  "of assignment deadlines across several units and often does not start work until it is "
                  "overdue."),
            ("h", "Physical and sensory"),
            ("p", "Maya has spastic diplegia. She cannot walk long distances, cannot use stairs safely at busy "
                  "times and cannot carry equipment while using crutches. She has difficulty with fine motor "
                  "tasks that need speed, such as handwriting, and with kitchen tasks that need two hands and "
                  "balance. Fatigue and pain reduce her concentration in afternoon sessions."),
            ("p", "Maya's walking is slower and less steady than it was before her surgery, and she has fallen "
                  "twice in the last year, both times on stairs. She cannot stand for long enough to prepare a "
                  "meal, cannot lift a full pan safely and has burned her hand once at home. She cannot open "
                  "heavy fire doors while using crutches."),
            ("h", "Social, emotional and mental health"),
            ("p", "Maya becomes upset and withdrawn when she is late or has to ask for help in front of others. "
                  "She has few friends at college so far and has lost contact with most of her school friends."),
        ],
        "C": [
            ("p", "Maya has cerebral palsy (spastic diplegia). She had multilevel orthopaedic surgery on both "
                  "legs in 2024. She has tight hamstrings and calf muscles, pain in her hips and knees, and "
                  "wears ankle-foot orthoses (splints). She is under the care of the paediatric orthopaedic team "
                  "and the children's physiotherapy service until she transfers to adult services at 18. "
                  "She needs a stretching programme every day and a review of her orthoses every 6 months."),
        ],
        "D": [
            ("p", "Maya has no social care needs relating to her special educational needs or disability. The "
                  "Children with Disabilities Social Work Team considered the request and, in their advice of "
                  "3 August 2026, found no eligible needs. The family "
                  "have been told about the Local Offer."),
        ],
        "E": [
            ("t", ["Outcome", "How we will know", "By when", "Preparing for adulthood area"], [
                ["Maya will complete her Level 2 Business course.", "All units passed, as recorded by her course tutor.", "July 2027", "Employment"],
                ["Maya will gain a grade 4 or above in GCSE English.", "GCSE result.", "August 2027", "Employment"],
                ["Maya will move between lessons on time using the lift and her wheelchair.", "Arrives on time to at least 9 out of 10 lessons each week, recorded on the register, for 6 weeks in a row.", "February 2027", "Independent living"],
                ["Maya will prepare a hot lunch in the college training kitchen using adapted equipment.", "Prepares a hot lunch safely on 4 out of 5 attempts, recorded by the independent living tutor.", "July 2027", "Independent living"],
                ["Maya will carry out her daily stretching programme.", "Completes the programme on at least 4 days out of 5, recorded on her stretching chart, for 8 weeks.", "April 2027", "Good health"],
                ["Maya will join a college club or enrichment activity.", "Attends at least 20 sessions, recorded on the club register.", "July 2027", "Friends, relationships and community"],
            ]),
        ],
        "F": [
            ("t", ["Provision", "How often / how long", "Group size", "Who delivers it"], [
                ["Level 2 Business study programme.", "15 hours per week, 36 weeks", "Class of 16 with the course tutor", "Qualified further education teachers"],
                ["GCSE English resit teaching.", "3 hours per week, 36 weeks", "Group of 10", "Qualified English teacher"],
                ["Touch-typing and coursework planning sessions.", "2 x 30 minutes weekly for 12 weeks, then review", "1:1", "Learning support assistant trained in assistive technology"],
                ["A laptop with speech-to-text software for all lessons and assessments.", "Every lesson", "Not applicable", "Set up and maintained by the college IT (information technology) technician"],
                ["25% extra time and a word processor in all assessments and examinations, with a 10-minute rest break in each hour.", "All assessments", "Not applicable", "Arranged by the Examinations Officer"],
                ["Lift pass, timetable with all lessons on the ground floor or near a lift, and leaving lessons 5 minutes early; automatic openers on the fire doors on her route.", "Every day", "Not applicable", "Arranged by the Additional Learning Support Manager; door openers fitted and maintained by the college Estates Manager"],
                ["Ground-floor locker, and help to carry equipment between rooms and her tray in the canteen.", "Daily: start and end of day and at lunchtime (about 30 minutes in total)", "1:1", "Learning support assistant"],
                ["Independent living skills (cooking with adapted equipment) in the college training kitchen.", "1.5 hours weekly, 36 weeks", "Group of 6", "Independent living tutor (qualified teacher)"],
                ["Mentor goes with Maya to her first 3 sessions of a college club of her choice, then checks in with her at the weekly mentoring session.", "3 sessions of 1 hour in the autumn term", "1:1", "Additional Learning Support mentor"],
                ["Mentoring session to plan the week and check on workload and tiredness.", "Weekly, 20 minutes", "1:1", "Additional Learning Support mentor"],
            ]),
        ],
        "G": [
            ("t", ["Health provision", "How often / how long", "Who provides it"], [
                ["Physiotherapy review and update of Maya's daily stretching programme.", "Once each half term, 45 minutes, at college", "Children's physiotherapist, Brackenford Children's Therapy Service"],
                ["Occupational therapy: teaching Maya to use adapted kitchen equipment safely and to build her touch-typing speed, with practice tasks for college staff to follow.", "1:1, 45 minutes fortnightly, 10 sessions from October 2026, then review", "Occupational therapist, Brackenford Children's Therapy Service"],
                ["Orthotics review and replacement of ankle-foot orthoses.", "Every 6 months", "Orthotist, Brackenford Royal Infirmary"],
                ["Paediatric orthopaedic review, including planning Maya's move to adult services.", "Every 6 months, 30-minute clinic appointment", "Consultant Paediatric Orthopaedic Surgeon, Brackenford Royal Infirmary"],
            ]),
            ("p", "Health agreement: the health provision in this section has been agreed by Dr Helen Okafor, "
                  "Designated Medical Officer, Brackenford Integrated Care Board (ICB), on 29 September 2026."),
        ],
        "H1": [
            ("p", "None. Maya has no eligible social care needs (see Section D). The family have been given "
                  "information about short breaks and youth activities on the Brackenford Local Offer."),
        ],
        "H2": [("p", "None.")],
        "I": [("p", "Brackenford College, City Campus (general further education college) – Level 2 Business "
                     "study programme, 18 hours per week.")],
        "J": [("p", "No personal budget has been requested.")],
        "K": [
            ("t", ["Advice and information", "Given by", "Date"], [
                ["Maya's views", "Maya, by telephone with the SEND caseworker", "1 September 2026"],
                ["Parents' views", "Maya's mum and dad", "1 September 2026"],
                ["Educational advice", "Mrs Joanne Pike, Additional Learning Support Manager, Brackenford College", "2 September 2026"],
                ["Medical advice", "Mr Simon Roberts, Consultant Paediatric Orthopaedic Surgeon, Brackenford Royal Infirmary", "14 June 2022"],
                ["Physiotherapy advice", "Ms Claire Walsh, Children's Physiotherapist, Brackenford Children's Therapy Service", "2 November 2023"],
                ["Occupational therapy advice", "Mr Paul Evans, Occupational Therapist, Brackenford Children's Therapy Service", "18 August 2026"],
                ["Orthotics report", "Mr James Allen, Orthotist, Brackenford Royal Infirmary", "12 August 2026"],
                ["Psychological advice", "Dr Fiona Leigh, Educational Psychologist", "28 July 2026"],
                ["Social care advice", "Ms Joanne Reilly, Team Manager, Children with Disabilities Social Work Team", "3 August 2026"],
                ["Preparing for adulthood advice", "Mr Tom Greaves, Careers Adviser, Brackenford Careers Service", "20 August 2026"],
            ]),
        ],
    },
})

# =====================================================================================
# u206 – shaded-heading-table – SOUND – Jack, 19, supported internship, Down syndrome
# =====================================================================================
PLANS.append({
    "id": "u206", "layout": "shaded-heading-table",
    "intro": "This Education, Health and Care (EHC) plan was amended after Jack's annual review. It covers "
             "Jack's supported internship year. It was co-produced with Jack, his parents, Brackenford College "
             "and the host employer.",
    "front": [
        ("Name used in this plan", "Jack"),
        ("Age", "19"),
        ("School year", "Post-19 – supported internship year"),
        ("Date of EHC plan", "4 August 2026"),
        ("Last reviewed", "10 July 2026"),
        ("Plan co-ordinator", "SEND Caseworker (Post-19)"),
    ],
    "signoff": "Issued on behalf of Brackenford City Council by the Post-16 and Post-19 SEND Team Manager, 4 August 2026.",
    "sections": {
        "A": [
            ("h", "All about me (Jack's own words)"),
            ("q", "Jack talked to his job coach, Mr Ryan Kelly, at the annual review on 10 July 2026. Mr Kelly "
                  "wrote down what Jack said and read it back to him; Jack asked for two changes."),
            ("p", "\"My name is Jack. I'm 19. I'm doing an internship at the hospital with Brackenford College. I "
                  "work in the post room and the stores. I like sorting things and delivering parcels to the "
                  "wards. The nurses say thank you and I like that. I'm proud of my lanyard.\""),
            ("p", "\"I like drama club, wrestling on the telly, and my girlfriend Chloe. I like going to Nando's "
                  "with my brother. I don't like it when people rush me or talk too fast. I get flustered if I "
                  "make a mistake and then I go quiet.\""),
            ("p", "\"When I finish I want a real job at the hospital with wages. I want to go to town on the bus "
                  "on my own to meet Chloe. When I'm older I want to live with Chloe.\""),
            ("h", "What my mum and dad say"),
            ("p", "Jack's parents say the internship has been the best thing that has happened to him since "
                  "leaving school. He gets up on time, irons his own shirt and talks about work all evening. They "
                  "want the plan to help him into paid work by the end of the year, and to become more "
                  "independent in getting around the city. They would like him to keep in touch with friends "
                  "from college and drama, and to learn to manage his wages. They know he can find praise and "
                  "criticism hard to handle and would like that worked on at work."),
            ("h", "What people like and admire about Jack"),
            ("p", "Jack is punctual, friendly and polite. He has a strong work ethic and takes pride in doing a "
                  "job properly. He is very good at sorting and matching – he learned the ward numbering system "
                  "in two weeks. He is well liked by staff in the post room and is a loyal friend."),
            ("h", "Jack's aspirations"),
            ("p", "Paid work at the hospital or another large employer; travelling around Brackenford on his own; "
                  "one day living with his girlfriend, with some support."),
        ],
        "B": [
            ("h", "Communication and interaction"),
            ("p", "Jack speaks in full sentences but his speech can be unclear to people who do not know him, "
                  "especially on the telephone. He needs extra time to process spoken information and does best "
                  "with one instruction at a time. He can read familiar work words and follows a visual checklist "
                  "well."),
            ("h", "Cognition and learning"),
            ("p", "Jack has a moderate learning difficulty. He works at Entry Level 2 in English and Entry Level 1 "
                  "in mathematics. He can tell the time on a digital clock and use money up to £20 but needs "
                  "support with budgeting and checking a payslip."),
            ("h", "Social, emotional and mental health"),
            ("p", "Jack is sociable and confident with people he knows. He becomes flustered when corrected or "
                  "praised in front of others and may go quiet or leave the area, which can be misread by new "
                  "colleagues."),
            ("h", "Preparing for adulthood"),
            ("p", "Jack travels to the hospital by bus with his job coach following him at a distance. He has "
                  "not yet made a journey into the city centre or a new route on his own."),
        ],
        "C": [
            ("p", "Jack has Down syndrome. He has no trouble with his hearing, which was tested by the adult "
                  "audiology service on 14 July 2026 and found to be within the normal range, but he has an "
                  "underactive thyroid (hypothyroidism). This makes him tired and slow to get going if his "
                  "medication is not right. He takes levothyroxine every morning and needs a blood test every "
                  "6 months to check his dose. Jack also needs an annual learning disability health check."),
        ],
        "D": [
            ("p", "Jack has no social care needs at present. An adult social care assessment under the Care "
                  "Act 2014 was completed on 12 June 2026 by Ms Rachel Doyle, Social Worker, Transitions Team, "
                  "Brackenford Adult Social Care. It found that Jack does not have eligible needs: he manages "
                  "his personal care, his family provide the support he needs at home, and his parents do not "
                  "wish to have a carer's assessment at this time. Ms Doyle will reassess if Jack plans to "
                  "move out of the family home."),
        ],
        "E": [
            ("p", "The outcomes below were agreed at Jack's annual review and build on his aspirations."),
            ("t", ["Outcome (what Jack will achieve)", "How we will know", "By when", "Preparing for adulthood area"], [
                ["Jack will receive a positive end-of-placement report from his hospital manager.", "Rated 'meets expectations' or better on at least 6 of the 8 skills on the internship review.", "July 2027", "Employment"],
                ["Jack will have an offer of paid work (at least 16 hours a week) or an apprenticeship place.", "A written offer from an employer, seen by his job coach.", "July 2027", "Employment"],
                ["Jack will travel independently into Brackenford city centre and back by bus.", "Makes the journey on his own on 4 occasions, confirmed by a text to his mum on arrival and checked by his travel trainer.", "December 2026", "Independent living"],
                ["Jack will take praise and correction at work calmly and carry on with his task.", "Stays at his task after feedback on 8 out of 10 occasions observed by his workplace mentor.", "March 2027", "Employment / Friends, relationships and community"],
                ["Jack will check his payslip and pay his phone bill from his own bank account.", "Completes both tasks with no more than 1 prompt for 3 months in a row, recorded by his job coach.", "June 2027", "Independent living"],
                ["Jack will take his thyroid medication every morning without reminders and go to his blood test appointments.", "Medication chart completed by Jack on 6 days out of 7 for 8 weeks; both blood tests attended.", "February 2027", "Good health"],
            ]),
        ],
        "F": [
            ("p", "Jack is on the Brackenford College Supported Internship programme, 3 days a week at "
                  "Brackenford Royal Infirmary and 1 day a week at college, for 36 weeks."),
            ("t", ["Provision", "How often / how long", "Group size", "Who delivers it"], [
                ["Job coaching on placement: task analysis, teaching the work routines and fading support.", "Full days for the first 2 weeks of each rotation, then 3 visits of 1 hour a week", "1:1", "Job coach with the Level 3 Certificate in Supported Employment"],
                ["Employability teaching (workplace skills, English and mathematics for work, including payslips).", "1 day (5 hours) a week", "Group of 8 interns", "Internship tutor (qualified teacher)"],
                ["Workplace mentor at the hospital who gives Jack feedback using an agreed script (one praise point, one next step) at the end of each shift.", "10 minutes each shift", "1:1", "Named workplace mentor, trained by the job coach in a 1-hour session in September 2026"],
                ["Independent travel training for the city centre route.", "2 sessions a week of 90 minutes for 6 weeks, then review", "1:1", "Brackenford City Council Travel Training Team"],
                ["Money skills: using a banking app and budgeting his wages.", "Weekly, 30 minutes", "1:1", "Internship tutor"],
                ["Visual work checklists for each job, made and updated at each rotation.", "At the start of each rotation", "Not applicable", "Job coach"],
                ["Vocational profile and job search support, including 3 job taster days.", "January 2027: taster days arranged; monthly 1-hour job search session from January to July 2027", "1:1", "Employment adviser, Brackenford College Supported Employment Team"],
                ["Speech and language therapy: practising telephone and workplace conversations.", "6 sessions of 40 minutes, on alternate Wednesdays in the autumn term, then review", "1:1", "Speech and language therapist employed by Brackenford College"],
            ]),
        ],
        "G": [
            ("t", ["Health provision", "How often / how long", "Who provides it"], [
                ["Thyroid blood test and review of levothyroxine dose.", "Every 6 months; 15-minute review appointment after each test", "Jack's General Practitioner (GP), Dr Lucy Ng, Hawthorn Surgery"],
                ["Annual learning disability health check and health action plan.", "Once a year, 45 minutes", "Dr Lucy Ng, GP, with the practice learning disability nurse"],
                ["Weekly medication chart set up with Jack and his parents, reviewed at the health check.", "Set up in September 2026; reviewed yearly", "Practice learning disability nurse, Hawthorn Surgery"],
            ]),
            ("p", "Health agreement: Dr Helen Okafor, Designated Medical Officer, Brackenford Integrated Care "
                  "Board (ICB), confirmed on 30 July 2026 that the health provision above is agreed."),
        ],
        "H1": [("p", "Not applicable – Jack is over 18.")],
        "H2": [
            ("p", "None. Jack has no eligible social care needs (Care Act assessment, 12 June 2026). The Transitions "
                  "Team gave Jack and his family information about the Brackenford Local Offer, including the "
                  "Friday social club for young adults with learning disabilities, which Jack now attends."),
        ],
        "I": [("p", "Brackenford College – Supported Internship programme (further education college; "
                     "placement host: Brackenford Royal Infirmary), September 2026 to July 2027.")],
        "J": [("p", "No personal budget has been requested.")],
        "K": [
            ("t", ["Advice and information", "Given by", "Date"], [
                ["Jack's views", "Jack, recorded by Mr Ryan Kelly, Job Coach", "10 July 2026"],
                ["Parents' views", "Jack's mum and dad", "10 July 2026"],
                ["Educational advice", "Ms Nadia Rahman, Supported Internship Tutor, Brackenford College", "1 July 2026"],
                ["Medical advice", "Dr Lucy Ng, GP, Hawthorn Surgery", "23 June 2026"],
                ["Audiology report", "Mr Colin Ward, Clinical Scientist (Audiology), Brackenford Royal Infirmary", "14 July 2026"],
                ["Psychological advice", "Dr Imran Qureshi, Educational Psychologist (0 to 25 service)", "4 May 2026"],
                ["Social care advice", "Ms Rachel Doyle, Social Worker, Transitions Team, Adult Social Care", "12 June 2026"],
                ["Preparing for adulthood advice", "Mr Tom Greaves, Careers Adviser, Brackenford Careers Service", "29 June 2026"],
                ["Host employer report", "Mrs Janet Stone, Post Room Manager, Brackenford Royal Infirmary", "3 July 2026"],
            ]),
        ],
    },
})

# =====================================================================================
# u207 – shaded-heading-table – FAILURE – Jordan, 21, autism, anxiety and depression
# =====================================================================================
PLANS.append({
    "id": "u207", "layout": "shaded-heading-table",
    "intro": "This EHCP has been issued following an EHCNA requested by Brackenford College in the summer term. "
             "It sets out Jordan's SEN, the outcomes agreed and the provision to meet his needs.",
    "front": [
        ("Name used in this plan", "Jordan"),
        ("Age", "21"),
        ("School year", "Post-19"),
        ("Date of EHC plan", "18 September 2026"),
        ("Last reviewed", "Not applicable – new plan"),
        ("Plan co-ordinator", "SEND Caseworker (Post-19)"),
    ],
    "signoff": "Issued on behalf of Brackenford City Council by the Post-16 and Post-19 SEND Team Manager, 18 September 2026.",
    "sections": {
        "A": [
            ("h", "Background"),
            ("p", "Jordan is a 21-year-old male who presents with ASC with comorbid GAD and a moderate depressive "
                  "episode (PHQ-9 score of 16 at assessment), with associated deficits in social reciprocity, "
                  "executive functioning and emotional regulation. He demonstrates avoidant behaviours in "
                  "novel environments and a restricted repertoire of interests, with perseveration on "
                  "horticultural topics. Psychometric assessment indicates a spiky cognitive profile with "
                  "processing speed at the 9th centile and verbal comprehension at the 45th centile."),
            ("p", "Jordan left school at 16 and was NEET for three years. He enrolled at the land-based campus "
                  "of Brackenford College in September 2025 on the Level 1 Horticulture course and progressed to "
                  "Level 2 this year. He is known to the CMHT and is prescribed sertraline by his GP."),
            ("p", "During his Level 1 year, Jordan achieved all units and completed a 6-week trial placement in "
                  "the college's commercial nursery, where staff noted his careful potting-on and his accuracy "
                  "when labelling stock. His attendance dropped to 62% in November and December 2025 during a "
                  "period of low mood, and he did not attend college for three weeks in January 2026. The "
                  "college referred him for an EHCNA in the summer term because he needs a level of support on "
                  "placement and in college that is more than the college can provide from its own resources. "
                  "He lives with his mum and older sister on the east side of the city and travels to the "
                  "land-based campus by two buses, which he finds very stressful; on bad days his mum drives him."),
            ("h", "Jordan's views"),
            ("p", "Jordan wrote his views on a form with his ALS mentor, Mr Phil Grant, on 14 August 2026: "
                  "\"I like plants and being outside. The greenhouse is the best part of college because it's "
                  "quiet and you can just get on. I don't like busy rooms or being asked questions in front of "
                  "people. Some days I can't get out of bed and I don't know why. I'd like to work in a garden "
                  "centre or for the council parks. I want to pass my driving test one day.\""),
            ("h", "Jordan's mum's views"),
            ("p", "Jordan's mum says that college has given him a reason to get up in the morning. She worries "
                  "about his low mood, especially in winter, and wants him to have proper mental health support. "
                  "She hopes he will get a job outdoors and be able to live independently. She would like help "
                  "with his PIP renewal and DWP appointments."),
            ("h", "Strengths"),
            ("p", "Jordan is knowledgeable about plants, patient, careful with tools and reliable once he knows "
                  "a routine. Tutors describe his propagation work as the best in his group."),
            ("h", "Aspirations"),
            ("p", "Paid work in a garden centre or the council parks service; learning to drive; living "
                  "independently in a flat."),
        ],
        "B": [
            ("h", "Communication and interaction"),
            ("p", "Jordan is articulate with people he knows but finds it very hard to speak in groups, to ask "
                  "for help or to use the telephone. He may not answer when spoken to unexpectedly."),
            ("p", "He prefers written instructions and will follow them carefully. He finds it hard to judge how "
                  "much detail other people want and may give very long answers about plants while missing the "
                  "question that was asked. On placement he has not yet spoken to customers."),
            ("h", "Cognition and learning"),
            ("p", "Jordan is working at Level 2 in horticulture and holds Level 1 functional skills in English "
                  "and mathematics. Slow processing speed means he needs more time for written tasks, and he "
                  "has difficulty planning assignments and managing deadlines."),
            ("p", "He completes practical tasks to a high standard but often runs out of time in written "
                  "assessments. He has not yet submitted two assignments from last year and needs help to "
                  "break larger tasks into steps and to keep a weekly plan."),
            ("h", "Social, emotional and mental health"),
            ("p", "Jordan has periods of low mood when he stays in bed and misses college; his attendance last "
                  "year was 78%. He becomes highly anxious in busy places and on public transport and may leave "
                  "without telling anyone. He has few friends and spends most of his free time alone."),
        ],
        "C": [
            ("p", "Jordan has GAD and depression. He is prescribed sertraline 100mg daily by his GP, who reviews "
                  "his medication. He has had contact with the CMHT since March 2026 after a period of very low "
                  "mood. He has no physical health needs."),
        ],
        "D": [
            ("p", "Jordan had a Care Act assessment on 3 July 2026 (Ms Rachel Doyle, Social Worker, Transitions "
                  "Team). He has eligible needs for support to go into the community, to manage his money and "
                  "post, and to keep in contact with others, as his anxiety means he rarely leaves home other "
                  "than for college."),
        ],
        "E": [
            ("t", ["Outcome", "How we will know", "By when", "PfA area"], [
                ["Jordan will complete the Level 2 Certificate in Horticulture.", "All units signed off by his course tutor.", "July 2027", "Employment"],
                ["Jordan has a job coach on placement three days a week.", "Job coach timesheets.", "July 2027", "Employment"],
                ["Jordan is given weekly sessions with the college counsellor to talk about his worries.", "Counselling attendance.", "July 2027", "Good health"],
                ["Staff will help Jordan to plan his bus journey to the garden centre.", "Journey plan completed.", "December 2026", "Independent living"],
                ["Jordan will receive 1:1 mentoring from the ALS team.", "Mentoring log.", "July 2027", "Friends, relationships and community"],
                ["When he notices he is becoming anxious, Jordan will use one of his three calming strategies (breathing app, greenhouse break, headphones) instead of leaving college.", "Uses a strategy on 8 out of 10 recorded occasions on his wellbeing tracker, checked weekly by his mentor.", "June 2027", "Good health"],
            ]),
        ],
        "F": [
            ("t", ["Provision", "How often / how long", "Group size", "Who delivers it"], [
                ["Level 2 Horticulture study programme.", "16 hours per week, 36 weeks", "Group of 10", "Qualified horticulture lecturers"],
                ["Work placement at Hollin Bank Garden Centre with job coach support.", "3 days a week; job coach full shifts for 4 weeks then 2 x 1-hour visits weekly", "1:1", "Job coach (Level 3 Certificate in Supported Employment)"],
                ["Counselling with the college counsellor, focusing on anxiety and low mood.", "Weekly, 50 minutes, 12 sessions then review", "1:1", "College counsellor (BACP registered)"],
                ["Mentoring: weekly planning, wellbeing tracker check and deadline planning.", "Weekly, 30 minutes", "1:1", "ALS mentor"],
                ["Travel training for the garden centre route.", "2 sessions of 2 hours a week for 6 weeks", "1:1", "Brackenford Travel Training Team"],
                ["25% extra time and a separate room in all assessments.", "All assessments", "Not applicable", "Arranged by the Examinations Officer"],
            ]),
        ],
        "G": [
            ("t", ["Health provision", "How often / how long", "Who provides it"], [
                ["Review of sertraline and mood.", "Every 3 months, 15-minute appointment", "Dr Anna Price, GP, Riverside Health Centre"],
                ["Jordan can access the CMHT when needed.", "When needed", "CMHT"],
            ]),
            ("p", "Health agreement: agreed by Mr Gareth Jones, DCO, Brackenford ICB, 11 September 2026."),
        ],
        "H1": [("p", "Not applicable – Jordan is over 18.")],
        "H2": [
            ("t", ["Social care provision", "How often / how much", "Who provides it"], [
                ["Community support worker to go with Jordan to the gym and the library and to support him with post and bills.", "4 hours a week (Tuesday and Saturday, 2 hours each)", "Brackenford Adult Social Care, commissioned from Northway Support"],
                ["Review of the care and support plan.", "After 3 months, then every 12 months", "Ms Rachel Doyle, Social Worker, Transitions Team"],
            ]),
        ],
        "I": [("p", "Brackenford College, Land-based Campus (general further education college) – Level 2 "
                     "Horticulture study programme, September 2026 to July 2027.")],
        "J": [("p", "No personal budget has been requested.")],
        "K": [
            ("t", ["Advice and information", "Given by", "Date"], [
                ["Jordan's views", "Jordan, with Mr Phil Grant, ALS Mentor", "14 August 2026"],
                ["Parent's views", "Jordan's mum", "14 August 2026"],
                ["Educational advice", "Ms Helen Marsh, Curriculum Manager, Land-based Studies, Brackenford College", "10 July 2026"],
                ["Medical advice", "Dr Anna Price, GP, Riverside Health Centre", "24 July 2026"],
                ["Psychological advice", "Dr Fiona Leigh, Educational Psychologist", "2 July 2026"],
                ["Social care advice", "Ms Rachel Doyle, Social Worker, Transitions Team, Adult Social Care", "3 July 2026"],
                ["PfA advice", "Mr Tom Greaves, Careers Adviser, Brackenford Careers Service", "16 July 2026"],
            ]),
        ],
    },
})

# =====================================================================================
# u208 – shaded-heading-table – FAILURE – Kai, 15, Year 10, autism, looked after
# =====================================================================================
PLANS.append({
    "id": "u208", "layout": "shaded-heading-table",
    "intro": "This Education, Health and Care (EHC) plan was amended following Kai's annual review. It sets "
             "out Kai's special educational needs, the outcomes he is working towards and the provision he "
             "will receive at school.",
    "front": [
        ("Name used in this plan", "Kai"),
        ("Age", "15"),
        ("School year", "Year 10 (Key Stage 4)"),
        ("Date of EHC plan", "20 January 2026"),
        ("Last reviewed", "2 December 2025"),
        ("Legal status", "Looked after by Brackenford City Council (care order)"),
        ("Plan co-ordinator", "SEND Caseworker (14 to 19)"),
    ],
    "signoff": "Issued on behalf of Brackenford City Council by the SEND Team Manager, 20 January 2026.",
    "sections": {
        "A": [
            ("h", "About Kai"),
            ("p", "Kai is 15 and in Year 10 at Meadowbrook School, a special school for pupils with autism and "
                  "learning difficulties. He has lived with his foster carers, Mr and Mrs Ahmed, since he was 11, "
                  "and sees his mum once a month. Kai is a keen cyclist and has recently started a bike "
                  "maintenance club at school, where he is the one others ask when a chain comes off. He loves "
                  "animals, Lego Technic and cooking pizza with his foster carers."),
            ("p", "At his annual review on 2 December 2025, staff reported that Kai has settled into Key Stage 4 "
                  "well. He has started the cycle maintenance course and is working towards Entry Level "
                  "awards in English and mathematics. His reading has improved by around 8 months this year "
                  "and he now reads simple instructions independently. He has made a friend in his class, "
                  "Ryan, who shares his interest in bikes, and they spend break times together in the bike "
                  "workshop. He has had fewer shutdowns this term than last year, although they still happen "
                  "most weeks, often on the day after contact with his mum or when a visit has been cancelled."),
            ("p", "Kai travels to school on the school bus with an escort. He would like to walk the last part "
                  "of the route on his own, as some of his classmates do, and his foster carers support this. "
                  "He has not yet had any work experience, and he asked at his review if he could try a week "
                  "in a bike shop."),
            ("h", "What Kai told us"),
            ("p", "Kai talked to his class teacher, Mr Lewis Grant, on 20 November 2025, using a 'My Future' "
                  "booklet with pictures. Kai said: \"I like fixing bikes. I want to work in a bike shop. I like "
                  "Mr and Mrs Ahmed's house because it's calm. I don't like the hall at lunch, it's too loud. I "
                  "want to go to college like my foster brother.\""),
            ("h", "What Kai's foster carers and mum say"),
            ("p", "Kai's foster carers say he has settled well and is much calmer at home than two years ago. "
                  "They want him to go on to college and learn a trade, and to become more independent with "
                  "travel and money. Kai's mum, who shares parental responsibility with the local authority, "
                  "says she is proud of him and wants him to have a job he enjoys."),
            ("h", "Strengths"),
            ("b", [
                "Practical and patient – can strip and rebuild a bicycle gear system.",
                "Kind to younger pupils and to animals.",
                "Follows visual instructions very well.",
                "Good sense of humour with adults he trusts.",
            ]),
            ("h", "Aspirations"),
            ("p", "Kai wants to work in a bike shop and go to college. His foster carers and mum hope he will "
                  "learn a trade and live independently in the future."),
        ],
        "B": [
            ("h", "Communication and interaction"),
            ("p", "Kai is autistic. He speaks in short sentences and understands best when spoken language is "
                  "supported by pictures or written lists. He finds it hard to start conversations with peers "
                  "and to explain how he is feeling."),
            ("p", "He can follow a two-part spoken instruction when he is calm but often misses the second part "
                  "when he is anxious or the room is noisy. He tends to say 'I'm fine' when asked how he is, "
                  "even when he is clearly upset, and staff have to rely on his body language. He uses a "
                  "feelings chart in class with prompting."),
            ("h", "Cognition and learning"),
            ("p", "Kai has moderate learning difficulties. He reads at around a 9-year-old level and is working "
                  "at Entry Level 2 in mathematics. He learns best with practical, hands-on tasks."),
            ("p", "Kai can add and subtract money up to £5 and tell the time to the half hour. He finds written "
                  "recording hard and prefers to show what he knows by doing or explaining. He loses focus "
                  "after about 15 minutes on a desk-based task but will work for an hour or more on a "
                  "practical task such as repairing a puncture."),
            ("h", "Social, emotional and mental health"),
            ("p", "Kai can become anxious and shut down when routines change or when he has contact with his "
                  "mum, especially when a visit is cancelled. He may refuse to work or hide under a table."),
            ("h", "Sensory and physical"),
            ("p", "Kai is very sensitive to noise and to strong smells. He chews his sleeves and collar when "
                  "anxious and covers his ears in the hall and canteen; he has left the dining hall without "
                  "eating on most days this term."),
        ],
        "C": [
            ("p", "Not known. Health advice has been requested from the Looked After Children Health Team and "
                  "will be added when it is received."),
        ],
        "D": [
            ("p", "Kai is a looked after child."),
        ],
        "E": [
            ("t", ["Outcome", "How we will know", "By when", "Preparing for adulthood area"], [
                ["Kai will complete the Entry Level 3 Award in Cycle Maintenance.", "All units signed off by his vocational teacher.", "July 2027", "Employment"],
                ["Kai will complete a one-week work experience placement at a bike shop.", "Attends all 5 days and receives a positive report from the shop manager.", "July 2026", "Employment"],
                ["Kai will travel on the school bus and walk the last part of the route to school on his own.", "Completes the route on his own on 5 days out of 5 for 4 weeks, recorded by his key worker.", "March 2027", "Independent living"],
                ["Kai will tell an adult how he is feeling using his feelings chart before he shuts down.", "Uses the chart on 4 out of 5 occasions recorded by class staff.", "December 2026", "Good health"],
                ["Kai will read and follow a 6-step written instruction sheet for a practical task.", "Completes the task with no more than 1 prompt on 4 out of 5 occasions, recorded by his teacher.", "July 2026", "Employment"],
            ]),
        ],
        "F": [
            ("t", ["Provision", "How often / how long", "Group size", "Who delivers it"], [
                ["Teaching in a class of 8 pupils with a teacher and 2 teaching assistants, following the Meadowbrook Key Stage 4 pathway.", "Full time, 32.5 hours a week", "Class of 8", "Qualified teacher with autism training and 2 teaching assistants"],
                ["Cycle maintenance vocational course.", "2 hours a week", "Group of 6", "Vocational teacher"],
                ["Speech and language therapy: teaching Kai to recognise and name feelings and to use his feelings chart.", "30 minutes weekly for 10 weeks each term", "1:1", "Speech and language therapist, Meadowbrook School"],
                ["Reading intervention using a structured phonics programme.", "4 x 20 minutes weekly", "1:1", "Teaching assistant trained in the programme"],
                ["Independent travel training for the walk from the bus stop to school.", "3 mornings a week for 8 weeks, then review", "1:1", "Key worker (senior teaching assistant)"],
                ["Calm-down plan with a named adult and Kai's feelings chart, checked with Kai at morning registration and reviewed with him each half term.", "5 minutes daily; review 20 minutes each half term", "1:1", "Key worker (senior teaching assistant)"],
            ]),
        ],
        "G": [
            ("p", "None at present."),
        ],
        "H1": [("p", "None.")],
        "H2": [("p", "None.")],
        "I": [("p", "Meadowbrook School – maintained special school for pupils aged 11 to 19 with autism and "
                     "learning difficulties.")],
        "J": [("p", "No personal budget has been requested.")],
        "K": [
            ("t", ["Advice and information", "Given by", "Date"], [
                ["Kai's views", "Kai, with Mr Lewis Grant, Class Teacher", "20 November 2025"],
                ["Foster carers' views", "Mr and Mrs Ahmed, foster carers", "2 December 2025"],
                ["Mother's views", "Kai's mum", "2 December 2025"],
                ["Educational advice", "Mrs Rachel Birch, Deputy Headteacher, Meadowbrook School", "18 November 2025"],
                ["Psychological advice", "Mr Owen Clarke, Educational Psychologist", "6 October 2025"],
                ["Speech and language therapy advice", "Ms Ellie Shore, Speech and Language Therapist, Meadowbrook School", "12 November 2025"],
                ["Preparing for adulthood advice", "Ms Beth Lowe, Careers Adviser, Brackenford Careers Service", "25 November 2025"],
                ["Medical advice", "Requested from the Looked After Children Health Team – not received", "–"],
            ]),
        ],
    },
})

HELD = "Held on the case record (not shown on this copy)"


def personal(name, sex, eth, lang, p1, rel1, p2=None, rel2=None):
    d = {(1, 1): name, (1, 3): name, (2, 1): HELD, (3, 1): sex, (3, 3): eth, (4, 1): lang, (4, 3): lang,
         (6, 1): p1, (6, 3): rel1, (7, 1): HELD, (7, 3): HELD, (8, 1): HELD}
    if p2:
        d.update({(9, 1): p2, (9, 3): rel2, (10, 1): HELD, (10, 3): HELD, (11, 1): "Same address"})
    else:
        d.update({(9, 1): "Not applicable", (9, 3): "–", (10, 1): "–", (10, 3): "–", (11, 1): "–"})
    return d


# =====================================================================================
# u209 – national-template – SOUND – Ellie, 16, Year 11, dyskinetic cerebral palsy, CIN plan
# =====================================================================================
PLANS.append({
    "id": "u209", "layout": "national-template",
    "intro": "This Education, Health and Care (EHC) plan was amended following Ellie's annual review and "
             "prepares for her move into the sixth form.",
    "front": [
        ("Name used in this plan", "Ellie"),
        ("Age", "16"),
        ("National Curriculum year", "Year 11 (Key Stage 4)"),
        ("Date this plan was issued", "11 February 2026"),
        ("Last annual review", "21 January 2026"),
    ],
    "national": {
        "personal": personal("Ellie", "Female", "White British", "English", "Ellie's mum", "Mother",
                             "Ellie's dad", "Father"),
        "services": {
            1: "Brackenford Oaks School (special school, 2 to 19)",
            2: "General Practitioner (GP): Dr Ian Moss, Hawthorn Surgery. Key health professional: Dr Kate Simms, Consultant Paediatrician (Neurodisability)",
            3: HELD,
            4: "Yes – Children with Disabilities Social Work Team; child in need plan",
            5: "Speech and language therapy; occupational therapy; physiotherapy; wheelchair service; "
               "Assistive Technology Service; Brackenford Careers Service",
            6: "No",
            7: "No",
            8: "Yes – appended",
            9: "No",
        },
        "history": "Ellie is 16 and has dyskinetic cerebral palsy, which affects the control of her movements "
                   "in all four limbs and her speech. She has attended Brackenford Oaks School since nursery. "
                   "She uses a powered wheelchair, which she drives herself with a head-array control, and an "
                   "eye-gaze communication device (an augmentative and alternative communication (AAC) aid). "
                   "Ellie has been on a child in need plan since 2023 because of her disability; the plan "
                   "co-ordinates her short breaks and the adaptations to the family home, and her social "
                   "worker contributed to this review.\n"
                   "How Ellie communicates: Ellie understands everything said to her. She answers yes/no "
                   "questions by looking up (yes) or to the side (no), uses about 20 spoken words that family "
                   "and staff understand, and writes sentences on her eye-gaze device. She needs time: "
                   "please wait at least 20 seconds for her answer and do not finish her sentences.",
        "views": "Ellie's views – written by Ellie on her eye-gaze device with her teaching assistant, "
                 "Ms Tasha Ryan, over three sessions in January 2026, and read out by Ellie's device at her "
                 "annual review:\n"
                 "\"I am Ellie. I am funny and clever. I love Taylor Swift, make-up videos and my dog Biscuit. "
                 "I want to stay at Oaks for sixth form and pass my English exam. I want a job where I can use "
                 "a computer, maybe social media for a company. I hate it when people talk to my mum instead "
                 "of me. I want more time with my friends, not just at school. I want to go to the shops with "
                 "my friend Zara without my mum.\"\n"
                 "Ellie's parents' views: Ellie's mum and dad are very proud of Ellie and want people to see "
                 "her ability, not her wheelchair. They want her to do qualifications that open doors to work. "
                 "They worry about her hips and her posture as she grows, and about who will understand her "
                 "when she leaves school. They value the short breaks and want them to continue.",
        "interests": "Music (especially Taylor Swift), make-up tutorials, social media, her dog, swimming in "
                     "the hydrotherapy pool, and shopping with friends.",
        "strengths": "Ellie is bright, determined and funny. She is an excellent reader, has a wide vocabulary "
                     "and writes well on her device. She is a confident user of technology and helps younger "
                     "pupils with the class tablet. She is a loyal friend and is on the school council.",
        "aspirations": "Ellie wants to take General Certificate of Secondary Education (GCSE) English in the "
                       "sixth form, to work in a job using computers or social media, to go out with friends "
                       "without her parents and, one day, to live in her own adapted flat with support. Her "
                       "parents share these hopes.",
        "areas": {
            "ci": {
                "strengths": "Ellie understands complex language and has a lot to say. She writes full "
                             "sentences on her eye-gaze device and uses yes/no reliably.",
                "rows": [
                    ["Ellie's speech is understood only by people who know her well, and writing on her device "
                     "is slow (about 8 words a minute), so she is often left out of fast conversations.",
                     "Speech and language therapy: a speech and language therapist from the Brackenford "
                     "Children's Therapy Service will see Ellie on her own on Tuesday and Thursday mornings for "
                     "30 minutes, across the spring and summer terms, to build her use of pre-stored phrases and "
                     "word prediction.\n"
                     "The therapist will train Ellie's class team (6 staff) in a 1-hour session each "
                     "September and January on communication partner skills.",
                     "By December 2026, Ellie will write messages on her device at 12 words a minute or faster, "
                     "measured by her speech and language therapist in 3 timed tasks."],
                    ["Ellie needs her device to work reliably in every setting, including when she moves to the "
                     "sixth form and on trips.",
                     "The eye-gaze device and its software are provided, maintained and updated by the "
                     "Assistive Technology Service; a named technician will visit once each half term for "
                     "1 hour and repair faults within 2 school days.\n"
                     "September 2026: Ellie's teaching assistant will check the device is charged and "
                     "calibrated at the start of each school day.",
                     "By July 2027, Ellie will start a conversation with a peer or an unfamiliar adult using her "
                     "device at least 3 times a week, recorded by her teaching assistant."],
                ],
            },
            "cl": {
                "strengths": "Ellie reads at above her age level and enjoys English. She is working towards "
                             "GCSE English and an Entry Level 3 certificate in mathematics.",
                "rows": [
                    ["Ellie cannot write by hand and her recording is slow, so she needs more time to show what "
                     "she knows in lessons and examinations.",
                     "25% extra time, rest breaks of 5 minutes in each half hour and a scribe who knows her "
                     "communication system in all examinations, arranged by the Examinations Officer.\n"
                     "English teaching in a group of 5 pupils for 5 hours a week with a qualified English "
                     "teacher and a teaching assistant.",
                     "By August 2027, Ellie will achieve a grade 4 or above in GCSE English Language."],
                    ["Ellie finds mathematics harder, especially calculation, which she cannot do on paper.",
                     "Mathematics in a group of 5 for 4 hours a week, taught by a qualified teacher; Ellie uses "
                     "an on-screen calculator and number line set up on her device by the Assistive "
                     "Technology Service.",
                     "By July 2027, Ellie will pass the Entry Level 3 Certificate in Mathematics."],
                ],
            },
            "semh": {
                "strengths": "Ellie is sociable, has good friends at school and says how she feels when she "
                             "has time to write it.",
                "rows": [
                    ["Ellie gets frustrated and upset when people speak to her parents or staff instead of "
                     "her, or do not wait for her answer, and she has few chances to see friends outside "
                     "school.",
                     "Personal, social and health education in a group of 6 for 1 hour weekly, with the "
                     "class teacher, including a 6-week unit on speaking up for herself.\n"
                     "A weekly 30-minute 1:1 session with her teaching assistant to prepare what she wants to "
                     "say at meetings (including her annual review) on her device.",
                     "By July 2027, Ellie will lead part of her own annual review by presenting at least 5 "
                     "prepared points on her device, recorded in the review notes."],
                ],
            },
            "sp": {
                "strengths": "Ellie drives her powered wheelchair safely around school and is learning to use "
                             "a switch to control her tablet.",
                "rows": [
                    ["Ellie needs help with all personal care, eating and drinking, and with changing "
                     "position; she cannot use standard classroom or kitchen equipment.",
                     "Occupational therapy: an occupational therapist from the Brackenford Children's Therapy "
                     "Service will visit school once each half term for 1 hour to teach Ellie to use a switch-"
                     "operated kitchen blender and kettle tipper, and to update her seating and equipment plan.\n"
                     "Adapted kitchen equipment and a height-adjustable table, provided and maintained by the "
                     "school's Business Manager.\n"
                     "Two trained staff for personal care and hoisting, 4 times each day (on arrival, before lunch, after lunch and before home time).",
                     "By July 2027, Ellie will make a hot drink using switch-operated equipment with one adult "
                     "setting up, on 4 out of 5 attempts recorded by the occupational therapist."],
                    ["Ellie has never been out into the community without a parent.",
                     "Community skills session with 1 teaching assistant for every 2 pupils, 2 hours every "
                     "Friday afternoon (shops, café, library), led by the sixth form teacher.",
                     "By July 2027, Ellie will go into Brackenford town centre with a friend and one member of "
                     "school staff, and choose and pay for an item herself using her bank card, on 4 visits "
                     "recorded by staff."],
                ],
            },
        },
        "health_strengths": "Ellie is healthy and rarely misses school through illness. She knows her own "
                            "stretching routine and tells staff when her splints are uncomfortable.",
        "health_rows": [
            ["Dyskinetic cerebral palsy: Ellie has fluctuating muscle tone in all four limbs. Her hips are "
             "monitored because of the risk of hip displacement, and she needs a daily postural management "
             "programme (standing frame and sleep system).",
             "Children's physiotherapist (Brackenford Children's Therapy Service): reviews Ellie's postural "
             "management programme at school for 45 minutes every half term and trains school staff in it.\n"
             "Daily standing frame for 30 minutes, delivered by trained school staff to the physiotherapist's "
             "programme.\n"
             "Hip X-ray and review every 12 months by Dr Kate Simms, Consultant Paediatrician (Neurodisability).",
             "By July 2027, Ellie will complete her standing frame programme on at least 4 days out of 5, "
             "telling staff on her device if she is in pain, recorded on her physiotherapy chart."],
            ["Ellie's powered wheelchair and seating need to be reviewed as she grows.",
             "Wheelchair service: review of chair, seating and head-array control every 6 months, and repairs "
             "within 5 working days, by the Brackenford Wheelchair Service.",
             "See outcome above."],
            ["Ellie has no difficulty swallowing thin drinks, but she has difficulty chewing harder foods "
             "safely and has an eating and drinking plan.",
             "Speech and language therapist (dysphagia): reviews Ellie's eating and drinking plan every "
             "6 months and trains new staff in it within 2 weeks of their start date.",
             "By December 2026, Ellie will tell staff on her device which of two foods she wants at each "
             "lunchtime, on 4 days out of 5 recorded by lunchtime staff."],
        ],
        "health_signoff": "Health agreement: the health provision in Section G above was agreed by Dr Helen "
                          "Okafor, Designated Medical Officer, Brackenford Integrated Care Board (ICB), on "
                          "4 February 2026.",
        "social_strengths": "Ellie has a close, loving family who know her very well. Her parents are "
                            "experienced carers and are supported by her grandparents.",
        "social_rows": [
            ["Ellie needs help with all personal care and moving, 24 hours a day. Her child in need plan "
             "(reviewed every 3 months, last on 13 January 2026) records that her parents need regular breaks "
             "to keep caring safely, and that Ellie wants more time with friends without her parents.",
             "Overnight short breaks at Larch House: 2 nights a month (24 nights a year), arranged by her "
             "social worker under the child in need plan.\n"
             "Saturday youth club for disabled young people, 3 hours weekly, with 1:1 support from a club "
             "worker.",
             "Child in need plan reviews every 3 months by her social worker, Ms Anya Kowalski, with school "
             "and family; the next review will agree the transition to adult social care, with a Care Act "
             "assessment planned for autumn 2027.",
             "By July 2027, Ellie will spend at least one afternoon a month out with a friend, supported by a "
             "youth club worker rather than a parent, recorded in her child in need plan review."],
        ],
        "placement": [(None, "Brackenford Oaks School"), (None, "Maintained special school (2 to 19); "
                       "Ellie will move into its sixth form in September 2026")],
        "j_details": "None requested.",
        "j_arrangements": "Not applicable.",
        "k": {
            1: ("Ellie's views", "21 January 2026", "Ellie, on her eye-gaze device with Ms Tasha Ryan, Teaching Assistant", "YES"),
            2: ("Parents' views", "21 January 2026", "Ellie's mum and dad", "YES"),
            3: ("Educational advice", "9 January 2026", "Mr Dean Cooper, Deputy Headteacher, Brackenford Oaks School", "YES"),
            4: (None, "12 December 2025", "Dr Kate Simms, Consultant Paediatrician (Neurodisability)", "YES"),
            5: (None, "3 December 2025", "Dr Imran Qureshi, Educational Psychologist", "YES"),
            6: (None, "13 January 2026", "Ms Anya Kowalski, Social Worker, Children with Disabilities Social Work Team (child in need plan appended)", "YES"),
            8: (None, "15 January 2026", "Ms Beth Lowe, Careers Adviser, Brackenford Careers Service", "YES"),
        },
        "k_extra": [
            ("Speech and language therapy advice (communication and eating and drinking)", "5 December 2025", "Ms Priya Nair, Speech and Language Therapist", "YES"),
            ("Occupational therapy advice", "8 December 2025", "Mr Paul Evans, Occupational Therapist", "YES"),
            ("Physiotherapy advice", "10 December 2025", "Ms Claire Walsh, Children's Physiotherapist", "YES"),
            ("Wheelchair service report", "18 November 2025", "Mr Len Harper, Clinical Engineer, Brackenford Wheelchair Service", "YES"),
        ],
        "signoff": ("Ms Joanne Lyle, SEND Team Manager", "Signed electronically", "11 February 2026"),
    },
})

# =====================================================================================
# u210 – national-template – FAILURE – Sam, 18, Year 14, severe learning difficulties, epilepsy
# =====================================================================================
PLANS.append({
    "id": "u210", "layout": "national-template",
    "intro": "This Education, Health and Care (EHC) plan was amended following Sam's annual review. It covers "
             "Sam's final year in the sixth form.",
    "front": [
        ("Name used in this plan", "Sam"),
        ("Age", "18"),
        ("National Curriculum year", "Year 14 (sixth form)"),
        ("Date this plan was issued", "14/11/2025"),
        ("Last annual review", "17/10/2025"),
    ],
    "national": {
        "personal": personal("Sam", "Male", "Mixed – White and Black Caribbean", "English", "Sam's mum",
                             "Mother"),
        "services": {
            1: "Fernhill School sixth form (special school)",
            2: "General Practitioner (GP): Dr Ruth Evans, Canal Street Medical Practice. Key health "
               "professional: Ms Donna Hale, Epilepsy Specialist Nurse",
            3: HELD,
            4: "Yes – Transitions Team (adult social care)",
            5: "Community Learning Disability Team; Brackenford Careers Service",
            6: "No",
            7: "No",
            8: "Yes",
            9: "No",
        },
        "history": "Sam is 18 and has severe learning difficulties and epilepsy. He has been at Fernhill "
                   "School since he was 7 and is now in his final year of the sixth form. He lives with his "
                   "mum and his younger sister.\n"
                   "How Sam communicates: Sam uses single words, Makaton signs and a symbol book. He "
                   "understands short sentences about familiar things, especially with a sign or a picture. "
                   "When he is unhappy he goes quiet and may sit down on the floor.",
        "views": "Sam's views were gathered by his class teacher, Mrs Alison Ford, using his symbol book and "
                 "photographs of places in and out of school, over two sessions in October 2025. Sam chose "
                 "'college', 'cooking', 'bus' and 'music' as things he wants to do, and 'dentist' and 'loud' "
                 "as things he does not like. He signed 'work' and 'money' when shown pictures of the school "
                 "café where he serves drinks on Fridays.\n"
                 "Sam's mum's views: Sam's mum wants Sam to go to college after school and to do something "
                 "useful with his days, such as working in a café. She worries about his seizures, especially "
                 "at night and when he is out, and about him being bored and isolated when school ends. She "
                 "would like him to learn to use the bus with support.",
        "interests": "Music (especially reggae, which his grandad plays), cooking, buses and trains, "
                     "football on the television.",
        "strengths": "Sam is cheerful, sociable and loves helping. He is reliable in his café job, "
                     "remembers regular customers' drinks and can count out change up to £5 with a number "
                     "line. He follows a picture recipe independently.",
        "aspirations": "Sam wants to go to college, to work in a café and to travel on the bus. His mum would "
                       "like him to have a busy, happy week with friends and useful work after school.",
        "areas": {
            "ci": {
                "strengths": "Sam communicates well with people who know his signs and symbols.",
                "rows": [
                    ["Sam has limited spoken language and new people do not understand his signs.",
                     "Speech and language therapy input as appropriate.\n"
                     "A communication passport, updated each term by his class teacher.",
                     "By July 2026, Sam will use his symbol book to order a drink in a café in the community "
                     "on 4 out of 5 visits, recorded by his class team."],
                ],
            },
            "cl": {
                "strengths": "Sam can follow a picture recipe and count to 20.",
                "rows": [
                    ["Sam has severe learning difficulties and is working towards Entry Level 1 in "
                     "independent living and work skills.",
                     "Teaching in a class of 8 students with a qualified teacher and 3 teaching assistants, "
                     "32.5 hours a week, following the sixth form life-skills pathway.\n"
                     "Café work skills on Fridays, 2 hours, with 1 teaching assistant for every 2 students.",
                     "By July 2026, Sam will make and serve 3 different drinks in the school café from his "
                     "picture sequence with no more than 1 prompt on 8 out of 10 shifts, recorded by café "
                     "staff."],
                    ["Sam has never travelled on a public bus without his mum.",
                     "Sam will attend a travel training group.",
                     "By July 2026, Sam will travel on the bus from school to the town centre with one "
                     "member of staff, getting on and off at the right stops himself, on 5 journeys recorded "
                     "by staff."],
                ],
            },
            "semh": {
                "strengths": "Sam is happy and settled in school and has two good friends in his class.",
                "rows": [
                    ["Sam becomes anxious about changes to his routine, and the move to college will be a "
                     "big change.",
                     "A transition programme to Brackenford College: 6 visits of half a day from March to "
                     "June 2026 with his key worker (a teaching assistant who knows him well), and a photo "
                     "book of the college made by the key worker.",
                     "By July 2026, Sam will visit the college on 6 occasions and choose the course he wants "
                     "using his symbol book, recorded in his transition plan."],
                ],
            },
            "sp": {
                "strengths": "Sam walks independently and has good hand skills for cooking tasks.",
                "rows": [
                    ["Sam needs reminders and some help with personal care, including using the toilet.",
                     "Personal care support from a trained teaching assistant at set times (on arrival, "
                     "before and after lunch and before home time), following his intimate care plan, "
                     "reviewed termly by the class teacher.",
                     "By July 2026, Sam will use the toilet when prompted by his visual timetable, with no "
                     "more than 1 accident a week for 6 weeks, recorded by class staff."],
                ],
            },
        },
        "health_strengths": "Sam is generally well and enjoys swimming and walking.",
        "health_rows": [
            ["Epilepsy: Sam has tonic-clonic seizures, on average 2 a month, some at night. He has buccal "
             "midazolam as rescue medication if a seizure lasts more than 5 minutes. He is very tired after a "
             "seizure and may sleep for several hours.",
             "",
             ""],
            ["Sam has an annual learning disability health check and needs support to attend health "
             "appointments, which he finds frightening.",
             "Annual learning disability health check with his GP, Dr Ruth Evans, with the Community Learning "
             "Disability Team nurse attending to support Sam (about 45 minutes, once a year).\n"
             "Health action plan: the Community Learning Disability Team nurse, Ms Jo Patterson, will review "
             "it with Sam and his mum every 6 months (1-hour home visit) and prepare Sam for appointments using "
             "a photo story.",
             "By July 2026, Sam will attend his health check and let the nurse take his blood pressure and "
             "weight, recorded by the Community Learning Disability Team nurse."],
        ],
        "health_signoff": "Health agreement: confirmed by Mr Gareth Jones, Designated Clinical Officer, "
                          "Brackenford Integrated Care Board (ICB), on 7 November 2025.",
        "social_strengths": "Sam has a loving family and his grandparents help with care at weekends.",
        "social_rows": [
            ["Sam needs support with personal care and cannot go out safely on his own. His mum is his main "
             "carer and works part time. A Care Act transition assessment was completed on 22 September 2025.",
             "Not applicable – Sam is over 18.",
             "Overnight short breaks at Larch House: 36 nights a year, arranged by his social worker.\n"
             "A personal assistant for 5 hours every Saturday, paid by direct payment, for community "
             "activities.",
             "By July 2026, Sam will go to a Saturday music group with his personal assistant on at least "
             "20 Saturdays, recorded in his activity diary."],
        ],
        "placement": [(None, "Fernhill School"), (None, "Maintained special school (sixth form) until July 2026")],
        "j_details": "Direct payment from adult social care for personal assistant support (see H2).",
        "j_arrangements": "Paid monthly to Sam's mum as his appointee; managed with support from the "
                          "Brackenford Direct Payments Support Service.",
        "k": {
            1: ("Sam's views", "October 2025", "Mrs Alison Ford, Class Teacher, Fernhill School", "YES"),
            2: ("Parent's views", "17/10/2025", "Sam's mum", "YES"),
            3: ("Educational advice", "", "School", "YES"),
            4: (None, "2/9/2025", "Ms Donna Hale, Epilepsy Specialist Nurse, Brackenford Royal Infirmary", "YES"),
            5: (None, "", "Educational Psychology Service", "YES"),
            6: (None, "22/9/2025", "Ms Rachel Doyle, Social Worker, Transitions Team (Care Act transition assessment)", "YES"),
            8: (None, "30/9/2025", "Ms Beth Lowe, Careers Adviser, Brackenford Careers Service", "YES"),
        },
        "k_extra": [
            ("Community Learning Disability Team nursing advice", "12/9/2025", "Ms Jo Patterson, Community Learning Disability Nurse", "YES"),
            ("GP health summary", "5/9/2025", "Dr Ruth Evans, GP, Canal Street Medical Practice", "YES"),
        ],
        "signoff": ("Ms Joanne Lyle, SEND Team Manager", "Signed electronically", "14/11/2025"),
    },
})

# =====================================================================================
# u211 – national-template – SOUND – Aisha, 20, apprenticeship, autism and anxiety
# =====================================================================================
PLANS.append({
    "id": "u211", "layout": "national-template",
    "intro": "This Education, Health and Care (EHC) plan was amended following Aisha's annual review. It "
             "supports Aisha through the second year of her apprenticeship.",
    "front": [
        ("Name used in this plan", "Aisha"),
        ("Age", "20"),
        ("National Curriculum year", "Post-19 (apprenticeship)"),
        ("Date this plan was issued", "2 October 2026"),
        ("Last annual review", "8 September 2026"),
    ],
    "national": {
        "personal": personal("Aisha", "Female", "British Pakistani", "English (also speaks Urdu)",
                             "Aisha (young person)", "Self – Aisha asked for her mum to be included", "Aisha's mum",
                             "Mother"),
        "services": {
            1: "Brackenford College (off-the-job apprenticeship training); employer: Brackenford Housing Trust",
            2: "General Practitioner (GP): Dr Sana Iqbal, Millfield Medical Centre. Key health professional: "
               "Mr Luke Barnes, Psychological Wellbeing Practitioner, National Health Service (NHS) Talking "
               "Therapies Brackenford",
            3: HELD,
            4: "No – Care Act assessment completed 2026, no eligible needs",
            5: "Brackenford Careers Service; Educational Psychology Service (0 to 25)",
            6: "No",
            7: "No",
            8: "Yes – appended",
            9: "No",
        },
        "history": "Aisha is 20 and is autistic; she was diagnosed at 14. She completed a Level 1 business "
                   "course and a Level 2 English and mathematics resit at Brackenford College, and in "
                   "September 2025 began a Level 2 Business Administrator apprenticeship with Brackenford "
                   "Housing Trust, working in the tenancy team 4 days a week with 1 day a week of off-the-job "
                   "training at college. She lives with her mum, dad and two younger brothers.\n"
                   "How Aisha communicates: Aisha speaks fluently and prefers written information. She likes "
                   "to have questions in advance of meetings and may need a few minutes before answering. "
                   "She finds telephone calls with strangers difficult.",
        "views": "Aisha's views – written by Aisha in the pre-review form on 1 September 2026 and talked "
                 "through at the review:\n"
                 "\"I like my job a lot more than I thought I would. I'm good at the systems and I like "
                 "knowing the answer when someone asks. The worst bit is phone calls from tenants who are "
                 "angry. I still get anxious and have some bad weeks, especially when the office is busy or "
                 "things change without warning. The Talking Therapies sessions last year helped and I'd like "
                 "some more. I want to finish my apprenticeship and get a permanent job. I'd like to move out "
                 "one day with my cousin.\"\n"
                 "Aisha's mum's views: Aisha's mum is proud of how far Aisha has come. She wants the "
                 "apprenticeship to lead to a permanent job and hopes Aisha will learn to drive. She would "
                 "like Aisha to have more of a social life and notices that she gets very low when work is "
                 "stressful.",
        "interests": "Anime, drawing, K-pop, baking, organising things (Aisha re-designed the tenancy team's "
                     "filing system).",
        "strengths": "Aisha is accurate, organised and very reliable – her employer rates her attendance and "
                     "data accuracy as 'excellent'. She is good with spreadsheets and databases, explains "
                     "processes clearly in writing and is kind to colleagues. She has taken on responsibility "
                     "for training a new apprentice on the housing database.",
        "aspirations": "Aisha wants to complete her apprenticeship, get a permanent job in housing "
                       "administration, learn to drive and, in time, share a flat with her cousin. Her family "
                       "share these hopes and would also like her to make friends outside work.",
        "areas": {
            "ci": {
                "strengths": "Aisha is articulate in writing and in one-to-one conversation with people she knows.",
                "rows": [
                    ["Aisha finds unplanned telephone calls, particularly with upset or angry callers, very "
                     "difficult, and may freeze or put the phone down. This is a core part of her apprenticeship "
                     "standard.",
                     "Telephone skills coaching: 6 sessions of 45 minutes, 1:1, every other Tuesday from "
                     "October 2026, then review, delivered by the college's speech and language therapist, "
                     "using scripts and role-play based on real calls.\n"
                     "Call scripts for the 5 most common tenant queries, written with Aisha by her workplace "
                     "mentor and kept on her desk.",
                     "By March 2027, Aisha will handle incoming tenant calls using her scripts, completing at "
                     "least 15 calls a week without passing them on, for 4 weeks, as recorded on the team's "
                     "call log."],
                ],
            },
            "cl": {
                "strengths": "Aisha has Level 2 English and mathematics and learns systems quickly.",
                "rows": [
                    ["Aisha needs help to plan her apprenticeship portfolio and to revise for the end-point "
                     "assessment, as she finds open-ended tasks and timed tests stressful.",
                     "Portfolio planning 1:1 with the college's specialist study skills tutor, x1 weekly for "
                     "45 minutes on her college day, 36 weeks.\n"
                     "For the end-point assessment: 25% extra time, a separate room and the questions in "
                     "writing as well as read aloud, arranged by the college's Apprenticeship Assessment "
                     "Co-ordinator with the end-point assessment organisation.",
                     "By July 2027, Aisha will receive the Level 2 Business Administrator apprenticeship "
                     "certificate, having passed her end-point assessment."],
                    ["Aisha wants to learn to drive and to move out in time, but has not yet managed her own "
                     "bills or studied for the driving theory test, and finds revision without structure hard.",
                     "Independent living and theory test sessions 1:1 with the same study skills tutor, "
                     "30 minutes fortnightly on her college day, covering a monthly budget for a shared flat "
                     "and a weekly theory test revision plan.",
                     "By June 2027, Aisha will pass her driving theory test and will set up and keep to a "
                     "monthly budget for her phone, travel and savings for 3 months, checked by her tutor."],
                ],
            },
            "semh": {
                "strengths": "Aisha knows what helps her (a written plan for the day, her headphones and a "
                             "short walk) and asks for it when she is calm.",
                "rows": [
                    ["Aisha becomes very anxious when there are changes at short notice or the office is busy, "
                     "and has periods of low mood; she had 9 days of sickness absence in 2025 to 2026.",
                     "Weekly 20-minute planning meeting with her workplace mentor (trained by the college's "
                     "autism practitioner in a 2-hour session in September 2026) every Monday morning, with "
                     "changes given to Aisha in writing.\n"
                     "College apprenticeship support coach: a 1-hour review at the workplace with Aisha, her "
                     "mentor and her line manager every 6 weeks.",
                     "By July 2027, Aisha will have no more than 4 days of sickness absence related to anxiety "
                     "across the year, recorded by her employer."],
                    ["Aisha wants a permanent job but is unsure how to apply and present herself at interview.",
                     "Careers guidance 1:1 with a qualified careers adviser, 3 sessions of 1 hour (November 2026, "
                     "February 2027 and April 2027), including mock interviews.",
                     "By August 2027, Aisha will have an offer of a permanent administration post, confirmed in "
                     "writing by an employer."],
                ],
            },
            "sp": {
                "strengths": "Aisha has no physical difficulties.",
                "rows": [
                    ["Aisha is sensitive to noise in open-plan offices, which increases her anxiety.",
                     "A desk in the quieter end of the office and noise-reducing headphones, provided by "
                     "Brackenford Housing Trust and checked at the 6-weekly review by the apprenticeship "
                     "support coach.",
                     "By December 2026, Aisha will work a full day in the main office without needing to leave "
                     "for more than her planned breaks on 4 days out of 4, for 6 weeks, recorded in her "
                     "mentor's log."],
                ],
            },
        },
        "health_strengths": "Aisha is physically well and walks for 30 minutes most days.",
        "health_rows": [
            ["Anxiety and low mood: Aisha has recurrent anxiety and periods of low mood linked to her autism. "
             "She completed a course of cognitive behavioural therapy (CBT) in 2025, which helped, and has "
             "asked for more. She takes no medication. She has no trouble sleeping when well, but has broken "
             "sleep for a week or more when her anxiety is high.",
             "NHS Talking Therapies Brackenford: 8 sessions of autism-adapted CBT, weekly for 50 minutes, 1:1, "
             "delivered by Mr Luke Barnes, Psychological Wellbeing Practitioner, from October 2026, then review "
             "with Aisha.\n"
             "Aisha's GP, Dr Sana Iqbal, will review her mood and sleep at a 20-minute appointment every "
             "3 months.",
             "By March 2027, Aisha will use her written anxiety plan (early signs and 3 coping steps) to manage "
             "a difficult week without taking time off, scoring 7 or below on the anxiety scale (GAD-7, a "
             "standard 7-question anxiety questionnaire) at the end of her therapy."],
        ],
        "health_signoff": "Health agreement: reviewed and agreed by Mr Gareth Jones, Designated Clinical "
                          "Officer, Brackenford Integrated Care Board (ICB), on 25 September 2026.",
        "social_strengths": "Aisha manages her own personal care, cooks simple meals and travels to work by "
                            "bus on her own.",
        "social_rows": [
            ["Aisha has no social care needs. A Care Act assessment by Ms Rachel Doyle, Social Worker, "
             "Transitions Team, Brackenford Adult Social Care, on 20 May 2026, found no eligible needs: Aisha "
             "is independent in daily living and her family support her emotionally.",
             "Not applicable – Aisha is over 18.",
             "None. Ms Doyle gave Aisha information from the Brackenford Local Offer about the Thursday "
             "autistic adults' social group and the council's community connectors; Aisha has joined the "
             "social group.",
             "See the outcomes above."],
        ],
        "placement": [(None, "Brackenford College with Brackenford Housing Trust"),
                      (None, "Apprenticeship: Level 2 Business Administrator (general further education "
                             "college as training provider), September 2025 to September 2027")],
        "j_details": "No personal budget has been requested.",
        "j_arrangements": "Not applicable.",
        "k": {
            1: ("Aisha's views", "8 September 2026", "Aisha (young person), pre-review form dated 1 September 2026", "YES"),
            2: ("Parent's views", "8 September 2026", "Aisha's mum", "YES"),
            3: ("Educational advice", "1 September 2026", "Mr Carl Bennett, Apprenticeship Support Coach, Brackenford College; and Ms Lisa Moore, Line Manager, Brackenford Housing Trust", "YES"),
            4: (None, "12 August 2026", "Dr Sana Iqbal, GP, Millfield Medical Centre", "YES"),
            5: (None, "30 June 2026", "Dr Imran Qureshi, Educational Psychologist (0 to 25 service)", "YES"),
            6: (None, "20 May 2026", "Ms Rachel Doyle, Social Worker, Transitions Team (Care Act assessment)", "YES"),
            8: (None, "26 August 2026", "Mr Tom Greaves, Careers Adviser, Brackenford Careers Service", "YES"),
        },
        "k_extra": [
            ("NHS Talking Therapies discharge summary and advice", "19 August 2026", "Mr Luke Barnes, Psychological Wellbeing Practitioner, NHS Talking Therapies Brackenford", "YES"),
        ],
        "signoff": ("Ms Joanne Lyle, SEND Team Manager", "Signed electronically", "2 October 2026"),
    },
})

# =====================================================================================
# u212 – national-template – FAILURE – Oliver, 23, cerebral palsy and cerebral visual impairment
# =====================================================================================
PLANS.append({
    "id": "u212", "layout": "national-template",
    "intro": "This Education, Health and Care (EHC) plan was amended following Oliver's annual review at "
             "his residential college.",
    "front": [
        ("Name used in this plan", "Oliver"),
        ("Age", "23"),
        ("National Curriculum year", "Post-19 – third year of residential specialist college"),
        ("Date this plan was issued", "24 June 2026"),
        ("Last annual review", "20 May 2026"),
    ],
    "national": {
        "personal": personal("Oliver", "Male", "White British", "English", "Oliver's mum", "Mother",
                             "Oliver's dad", "Father"),
        "services": {
            1: "Northway College (independent specialist residential college)",
            2: "General Practitioner (GP): Dr Mark Hughes, Northway Medical Practice. Key health professional: "
               "Dr Priti Shah, Consultant in Rehabilitation Medicine",
            3: HELD,
            4: "Yes – Brackenford Adult Social Care (Learning Disability Team)",
            5: "College physiotherapist, speech and language therapist and occupational therapist; "
               "Brackenford Sensory Support Service",
            6: "No",
            7: "No",
            8: "Yes",
            9: "No",
        },
        "history": "Oliver is 23 and has quadriplegic cerebral palsy, epilepsy that is well controlled, "
                   "cerebral visual impairment (CVI – a visual impairment caused by the way the brain "
                   "processes what the eyes see) and profound and multiple learning disabilities. He has "
                   "lived and studied at Northway College since September 2023, returning home to Brackenford "
                   "every third weekend and in the holidays.\n"
                   "How Oliver communicates: Oliver does not use speech or signs. He communicates through "
                   "vocal sounds, facial expression, eye pointing and a single switch that plays recorded "
                   "messages. People who know him well can tell when he is happy (he laughs and vocalises), "
                   "unhappy (he cries out and turns his head away) or tired.",
        "views": "Oliver's views:\n"
                 "\"I am really looking forward to my last year at college. I love the music sessions and the "
                 "hydrotherapy pool, and I have made some great friends in my house. I find it frustrating "
                 "when people don't give me enough time to answer. Next year I want to carry on learning my "
                 "colours and shapes and get better at using my switch.\"\n"
                 "Oliver's parents' views: Oliver's mum and dad are pleased with how settled Oliver is at "
                 "Northway. They are now thinking about what happens when college ends in July 2027. They "
                 "would like Oliver to live near them in a shared house with people his own age, to have a "
                 "few hours a week of meaningful activity such as helping at the community farm (he loves the "
                 "animals), and to keep up his swimming and music. They want the last year of college to "
                 "prepare him and the people who will support him for that move.",
        "interests": "Music (especially drumming), hydrotherapy, animals (the college goats and the farm "
                     "visits), lights and being outdoors.",
        "strengths": "Oliver is sociable and has a great laugh. He makes clear choices between two objects "
                     "when given time, and he uses his switch to greet people and to ask for 'more'. He is "
                     "relaxed and cooperative during personal care with staff he knows.",
        "aspirations": "Oliver's parents would like him to live in a shared house near the family home, to "
                       "help at the community farm each week, and to keep swimming and making music with "
                       "friends.",
        "areas": {
            "ci": {
                "strengths": "Oliver uses eye pointing and a single switch to make choices and greet people.",
                "rows": [
                    ["Oliver has no speech and relies on people who know him well to understand him.",
                     "Speech and language therapy: the college speech and language therapist will see Oliver "
                     "1:1 for 30 minutes twice a week (Mondays and Thursdays) during term, to extend his use of "
                     "two switches for choice-making.\n"
                     "Intensive Interaction sessions daily for 15 minutes with his key worker.",
                     "By July 2027, Oliver will use two switches to choose between two activities on 8 out of "
                     "10 occasions, recorded by the speech and language therapist."],
                ],
            },
            "cl": {
                "strengths": "Oliver is curious and engaged when activities involve sound, light and touch.",
                "rows": [
                    ["Oliver has profound and multiple learning disabilities and is at an early stage of "
                     "cause-and-effect learning.",
                     "Sensory curriculum in a group of 4 students with 1 teacher and 3 learning support "
                     "assistants, 25 hours a week over 38 weeks.",
                     "By July 2027, Oliver will look at and touch the correct coloured card when asked to find "
                     "red, yellow or blue, on 4 out of 5 trials for each colour, recorded by his teacher."],
                    ["Oliver is learning to match and sort objects.",
                     "Daily 20-minute 1:1 matching session with a learning support assistant using high-contrast "
                     "objects.",
                     "By July 2027, Oliver will match 3 shapes (circle, square, triangle) to a board on 4 out of "
                     "5 trials, recorded by his teacher."],
                ],
            },
            "semh": {
                "strengths": "Oliver is settled and happy in his residential house.",
                "rows": [
                    ["Oliver becomes distressed in loud, crowded rooms and with unfamiliar people.",
                     "A quiet space in each classroom and a familiar member of staff with him for all new "
                     "activities; staff follow his one-page profile, updated each term by his key worker.",
                     "By July 2027, Oliver will stay calm (no crying out) for the whole of a 30-minute music "
                     "session in the main hall on 4 out of 5 weeks, recorded by the music tutor."],
                ],
            },
            "sp": {
                "strengths": "Oliver has good head control when well supported in his chair.",
                "rows": [
                    ["Cerebral visual impairment: Oliver sees best in his lower left field, responds to bright "
                     "high-contrast colours (especially yellow) and becomes overwhelmed by visual clutter.",
                     "Visual programme written by the Brackenford Sensory Support Service and delivered daily "
                     "for 20 minutes 1:1 by a learning support assistant; materials presented to Oliver's lower "
                     "left, on a plain black background.\n"
                     "A sensory support teaching assistant from the Sensory Support Service will visit "
                     "once each term for 2 hours to check the programme.",
                     "By July 2027, Oliver will track a moving yellow ball across 50cm with his eyes on 4 out "
                     "of 5 trials, recorded by his learning support assistant."],
                ],
            },
        },
        "health_strengths": "Oliver's epilepsy has been well controlled for two years.",
        "health_rows": [
            ["Quadriplegic cerebral palsy: Oliver has high muscle tone and is at risk of contractures and hip "
             "pain. He needs a 24-hour postural management programme.",
             "College physiotherapist: 1:1 physiotherapy for 30 minutes 3 times a week and a weekly "
             "hydrotherapy session of 30 minutes; reviews his postural management programme every 6 weeks.\n"
             "Consultant in Rehabilitation Medicine: review every 6 months.",
             "By July 2027, Oliver will tolerate his standing frame for 40 minutes a day on 4 days out of 5, "
             "recorded on his physiotherapy chart."],
            ["Epilepsy: Oliver has had no seizures for two years and takes sodium valproate twice a day. He has "
             "an epilepsy care plan and rescue medication (buccal midazolam).",
             "Dr Priti Shah, Consultant in Rehabilitation Medicine: epilepsy medication review every 6 months. College nursing team: administers medication twice daily "
             "and follows the epilepsy care plan; all residential staff trained in rescue medication by the "
             "college nurse each September (2 hours).",
             "By July 2027, Oliver will accept his medication from staff at both daily times on at least 95% "
             "of occasions, recorded on his medication record by the college nursing team."],
        ],
        "health_signoff": "Health agreement: the health provision was confirmed by Dr Helen Okafor, Designated "
                          "Medical Officer, Brackenford Integrated Care Board (ICB), on 16 June 2026.",
        "social_strengths": "Oliver has a close family who visit every third weekend and have him home for "
                            "holidays.",
        "social_rows": [
            ["Oliver needs full support with all personal care, eating, drinking and moving, 24 hours a day. "
             "His Care Act assessment (Brackenford Adult Social Care, 4 March 2026) found eligible needs in "
             "all areas. A mental capacity assessment on 11 March 2026 found he cannot decide where to live "
             "after college; a best-interests process is under way with his parents.",
             "Not applicable – Oliver is over 18.",
             "Residential care at Northway College during term time (38 weeks), funded jointly by Brackenford "
             "Adult Social Care.\n"
             "Short breaks at home: a personal assistant for 8 hours on each home weekend, through a direct "
             "payment.\n"
             "Social worker to review the care and support plan every 12 months and lead the best-interests "
             "process on future housing by March 2027.",
             "Not applicable."],
        ],
        "placement": [(None, "Northway College"), (None, "Independent specialist college (residential, 38 weeks) "
                                                          "until July 2027")],
        "j_details": "Direct payment from adult social care for personal assistant support at home weekends.",
        "j_arrangements": "Paid to Oliver's mum, who manages it with support from the Brackenford Direct "
                          "Payments Support Service.",
        "k": {
            1: ("Parents' views", "20 May 2026", "Oliver's mum and dad", "YES"),
            2: ("Educational advice", "29 April 2026", "Mrs Fiona Barker, Head of Learning, Northway College", "YES"),
            3: ("Vision advice", "3 March 2026", "Mrs Karen Hill, Teaching Assistant (Sensory Support), Brackenford Sensory Support Service", "YES"),
            4: (None, "17 March 2026", "Dr Priti Shah, Consultant in Rehabilitation Medicine", "YES"),
            5: (None, "9 April 2026", "Dr Imran Qureshi, Educational Psychologist (0 to 25 service)", "YES"),
            6: (None, "4 March 2026", "Mr David Akhtar, Social Worker, Adult Social Care (Care Act and mental capacity assessments)", "YES"),
            8: (None, "14 April 2026", "Ms Karen Bell, Transition Co-ordinator, Brackenford City Council", "YES"),
        },
        "k_extra": [
            ("Therapy advice (physiotherapy, speech and language therapy)", "22 April 2026", "Ms Gemma Lowe, Physiotherapist, and Mr Sean Ford, Speech and Language Therapist, Northway College", "YES"),
            ("Nursing and medication summary", "22 April 2026", "Ms Ruth Green, Lead Nurse, Northway College", "YES"),
        ],
        "signoff": ("Ms Joanne Lyle, SEND Team Manager", "Signed electronically", "24 June 2026"),
    },
})


# ---------------------------------------------------------------- main
def main():
    os.makedirs(OUT, exist_ok=True)
    for plan in PLANS:
        path = os.path.join(OUT, plan["id"] + ".docx")
        RENDER[plan["layout"]](plan, path)
        print("wrote", path)


if __name__ == "__main__":
    main()
