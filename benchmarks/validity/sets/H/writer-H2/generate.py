#!/usr/bin/env python3
"""Generator for blind test set H2 (writer H2): 12 fictional, anonymised EHC plans.

Council voice: a fictional Home Counties authority ("Chiltern Vale County Council").
Layouts: heading2-numbered, letter-column, shaded-heading-table (4 plans each).
Run:  /work/blind/.venv-H2/bin/python generate.py   -> plans/*.docx and labels.yaml
"""
import os
import yaml
from docx import Document
from docx.shared import Pt, RGBColor
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

OUT = os.path.dirname(os.path.abspath(__file__))
PLANS = os.path.join(OUT, "plans")
COUNCIL = "Chiltern Vale County Council"

CRITERIA = [
    "CA-DATED", "CA-ADVICE-AGE", "CA-STATUTORY-ADVICE", "CA-ANNUAL-REVIEW",
    "PC-OUTCOME-NOT-PROVISION", "PC-SMART", "PC-VOICE", "PC-ASPIRATIONS",
    "PC-ASPIRATION-LINK", "PC-PFA", "PC-STRENGTHS",
    "PR-VAGUE-WORDING", "PR-QUANTIFIED", "PR-OUTCOME-LINK",
    "HC-NEEDS", "HC-PROVISION-SPECIFIC", "HC-NEEDS-MET", "HC-ADVICE", "HC-DCO-SIGNOFF",
    "HC-THERAPY-PLACEMENT", "HC-ADVICE-PROVIDERS", "HC-OUTCOMES",
    "SC-NEEDS", "SC-STATUTORY-LINK", "SC-PROVISION-SPECIFIC", "SC-ADVICE", "SC-RIGHT-SECTION",
    "LG-SPELLING", "LG-GRAMMAR", "LG-READABILITY", "LG-JARGON",
]

TITLES = {
    "A": "The views, interests and aspirations of the child and their parents, or of the young person",
    "B": "Special educational needs",
    "C": "Health needs which relate to special educational needs or disability",
    "D": "Social care needs which relate to special educational needs or disability",
    "E": "Outcomes",
    "F": "Special educational provision",
    "G": "Health provision",
    "H1": "Social care provision which must be made under section 2 of the Chronically Sick and Disabled Persons Act 1970",
    "H2": "Any other social care provision reasonably required",
    "I": "Placement",
    "J": "Personal budget",
    "K": "Advice and information",
}

# ---------------------------------------------------------------- helpers

def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def add_table(container, rows, style="Table Grid", header=True):
    t = container.add_table(rows=len(rows), cols=len(rows[0]))
    try:
        t.style = style
    except Exception:
        pass
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = t.cell(i, j)
            c.text = ""
            run = c.paragraphs[0].add_run(str(v))
            if header and i == 0:
                run.bold = True
                shade(c, "D9D9D9")
    return t


def front_table(doc, plan):
    doc.add_paragraph().add_run(COUNCIL).bold = True
    h = doc.add_paragraph()
    r = h.add_run("Education, Health and Care (EHC) Plan")
    r.bold = True
    r.font.size = Pt(16)
    add_table(doc, [[k, v] for k, v in plan["front"]], header=False)
    doc.add_paragraph()


def kv_rows(plan):
    return [["Advice or information", "Given by", "Date"]] + [list(x) for x in plan["K"]]

# ---------------------------------------------------------------- layouts

def render_heading2(plan):
    doc = Document()
    front_table(doc, plan)
    for L, blocks in plan["sections"]:
        doc.add_heading(f"Section {L}: {TITLES[L]}", level=2)
        n = 0
        for b in blocks:
            if isinstance(b, str):
                doc.add_paragraph(b)
            elif b[0] == "h":
                n += 1
                doc.add_heading(f"{L}{n} {b[1]}", level=3)
            elif b[0] == "b":
                for it in b[1]:
                    doc.add_paragraph(it, style="List Bullet")
            elif b[0] == "n":
                for it in b[1]:
                    doc.add_paragraph(it, style="List Number")
            elif b[0] == "t":
                add_table(doc, b[1])
                doc.add_paragraph()
        if L == "K":
            add_table(doc, kv_rows(plan))
    return doc


def render_letter_column(plan):
    doc = Document()
    front_table(doc, plan)
    for L, blocks in plan["sections"]:
        items = [("title", f"{TITLES[L]}")]
        for b in blocks:
            items.append(("x", b))
        if L == "K":
            items.append(("x", ("t", kv_rows(plan))))
        t = doc.add_table(rows=len(items), cols=2)
        t.style = "Table Grid"
        for i, (kind, b) in enumerate(items):
            right = t.cell(i, 1)
            right.text = ""
            p = right.paragraphs[0]
            if kind == "title":
                rr = p.add_run(b)
                rr.bold = True
                shade(right, "EDEDED")
            elif isinstance(b, str):
                p.add_run(b)
            elif b[0] == "h":
                p.add_run(b[1]).bold = True
            elif b[0] in ("b", "n"):
                for k, it in enumerate(b[1]):
                    pp = p if k == 0 else right.add_paragraph()
                    mark = "\u2022 " if b[0] == "b" else f"{k + 1}. "
                    pp.add_run(mark + it)
            elif b[0] == "t":
                p.add_run("")
                add_table(right, b[1])
        left = t.cell(0, 0).merge(t.cell(len(items) - 1, 0))
        left.text = ""
        lr = left.paragraphs[0].add_run(L)
        lr.bold = True
        lr.font.size = Pt(20)
        shade(left, "BDD7EE")
        for row in t.rows:
            row.cells[0].width = Pt(40)
        doc.add_paragraph()
    return doc


def render_shaded(plan):
    doc = Document()
    front_table(doc, plan)
    for L, blocks in plan["sections"]:
        t = doc.add_table(rows=1, cols=1)
        t.style = "Table Grid"
        c = t.cell(0, 0)
        c.text = ""
        r = c.paragraphs[0].add_run(f"Section {L} \u2013 {TITLES[L]}")
        r.bold = True
        r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        shade(c, "2F5496")
        for b in blocks:
            if isinstance(b, str):
                doc.add_paragraph(b)
            elif b[0] == "h":
                p = doc.add_paragraph()
                p.add_run(b[1]).bold = True
            elif b[0] == "b":
                for it in b[1]:
                    doc.add_paragraph(it, style="List Bullet")
            elif b[0] == "n":
                for it in b[1]:
                    doc.add_paragraph(it, style="List Number")
            elif b[0] == "t":
                add_table(doc, b[1])
        if L == "K":
            add_table(doc, kv_rows(plan))
        doc.add_paragraph()
    return doc


RENDER = {
    "heading2-numbered": render_heading2,
    "letter-column": render_letter_column,
    "shaded-heading-table": render_shaded,
}

# ---------------------------------------------------------------- plans
PL = []


def plan(**kw):
    PL.append(kw)

# h201 ---------------------------------------------------------------- SOUND
plan(
    file="h201.docx", layout="heading2-numbered", age=3, year_group="Nursery (pre-school)",
    needs=["Down syndrome", "SLD", "physical"], voice="parent's voice; child's views through play and signs gathered by key person",
    front=[("Name", "Isla"), ("Date of birth", "April 2023"),
           ("Year group", "Nursery (pre-school, Early Years Foundation Stage)"),
           ("Current provision", "Rainbow Pre-school (private early years setting), 15 funded hours a week"),
           ("Date of issue", "18/06/2026"),
           ("Next review", "December 2026 (six-monthly review because Isla is under five)")],
    sections=[
        ("A", [
            ("h", "What Isla tells us through play and signs"),
            "Isla is three and uses a few spoken words and some Makaton signs (a sign-and-symbol system). Her views were gathered by her key person at pre-school, Sam, who watched and played with her over three weeks in March 2026 and noted what she chose, what made her smile and what upset her.",
            ("b", [
                "Isla signs \u201cmore\u201d and \u201cagain\u201d when she wants a song repeated. Her favourite is \u201cWind the Bobbin Up\u201d and she does the actions.",
                "She heads for the water tray most mornings and laughs when she pours water over the wheel.",
                "When the hand dryer is loud she covers her ears and goes to find Sam.",
                "She takes Sam's hand and pulls it towards the door when she wants to go outside.",
            ]),
            ("h", "What Isla's mum and dad tell us"),
            "\u201cIsla is a happy, sociable little girl who gives the best cuddles. She loves music, her big cousin Maya and our cat. She is stubborn in a good way \u2013 once she has decided to do something, she keeps trying.\u201d",
            "\u201cRight now we would love her to be able to tell us what she wants, with words or signs, so she gets less frustrated. We want her to walk on her own so she can keep up with other children. In the future we hope she will go to our local primary school with Maya, have friends who invite her to parties, and be as independent as she can be.\u201d",
            ("h", "What Isla is good at"),
            ("b", ["Copying adults' actions and signs", "Joining in with songs and rhymes",
                   "Showing what she likes and doesn't like", "Remembering where things are kept in the room",
                   "Being friendly and welcoming to visitors"]),
        ]),
        ("B", [
            ("h", "Communication and interaction"),
            "Isla understands familiar routines and single words when they are said with a sign, for example \u201ccoat\u201d, \u201cdrink\u201d and \u201cbye-bye\u201d. She uses about 40 signs and 10 spoken words. She needs adults to use short phrases, signs and pictures, and she needs help to join in with other children's play.",
            ("h", "Cognition and learning"),
            "Isla learns best through repetition, pictures and short, fun activities; her play and problem-solving are similar to those of a child of about 18 to 24 months. A strength is her good visual memory: she finds toys that have been hidden and remembers routines after a few days.",
            ("h", "Social, emotional and mental health"),
            "Isla is sociable and loves adult attention. She finds it hard to wait and take turns, and she can become upset when an activity ends without warning.",
            ("h", "Sensory and physical"),
            "Isla has low muscle tone (her muscles are softer and tire more quickly). She walks with one hand held and sits on the floor when she is tired. She holds a crayon in her fist. She is sensitive to sudden loud noises.",
        ]),
        ("C", [
            "Isla has Down syndrome. Her health needs are:",
            ("b", [
                "Underactive thyroid (hypothyroidism), diagnosed in 2024. Isla takes a tablet (levothyroxine) each morning at home and needs a blood test every six months to check the dose.",
                "Low muscle tone, which affects her walking, balance and stamina.",
            ]),
            "She has no heart problems (cardiology discharged her in 2025), and her hearing and vision were normal when checked in February 2026.",
        ]),
        ("D", [
            "Isla lives with her mum, dad and baby brother. A social worker from the Children with Disabilities Team visited the family in April 2026. Isla's care needs are those of a child her age and are met by her parents, with help from her grandparents. The family told us they do not need social care support at present.",
            "The family were given information about the short breaks local offer (including Saturday Stay and Play sessions) and about Early Help, the council's family support service, in case their needs change.",
        ]),
        ("E", [
            ("h", "Communication"),
            "Within 12 months, Isla will use at least 60 signs or words to ask for things and make choices (she uses about 50 now), counted by her key person in a two-week log each term.",
            ("h", "Play and learning"),
            "Within 12 months, Isla will stay at an adult-led activity such as a shape sorter or inset puzzle for 5 minutes on 4 out of 5 days, recorded by her key person.",
            ("h", "Playing with other children"),
            "Within 12 months, Isla will take turns with one other child in a simple game, such as rolling a ball, with adult help, at least 3 times a week, noted in her learning journal.",
            ("h", "Walking"),
            "Within 12 months, Isla will walk on her own, without holding a hand, across the pre-school room and garden (about 10 metres), recorded by her physiotherapist at the termly review.",
            ("h", "Keeping well"),
            "Within 12 months, Isla will be well enough to attend at least 95% of her planned pre-school sessions, with her thyroid levels in the range set by her paediatrician at each six-monthly blood test.",
        ]),
        ("F", [
            ("h", "Communication and interaction"),
            ("b", [
                "Isla will receive a speech and language programme written by her Specialist Speech and Language Therapist (Band 6), delivered 1:1 by her key person, who has completed Makaton Foundation training \u2013 daily, 10 minutes each session.",
                "The Specialist Speech and Language Therapist will visit the pre-school to review the programme, show staff the activities and set new targets \u2013 once each half-term, 1 hour each visit (6 visits a year).",
                "All staff in Isla's room will use Makaton signs with speech throughout each session. The setting will provide Makaton Beginners training for the three room staff (one 3-hour course by a licensed Makaton tutor) by the end of Autumn Term 2026.",
            ]),
            ("h", "Cognition and learning"),
            ("b", [
                "Isla will receive short structured play sessions, 1:1 with her key person, planned with the Early Years Special Educational Needs (SEN) Advisory Teacher \u2013 daily, 15 minutes before lunch.",
                "The setting will provide a photo timetable and a \u201cnow and next\u201d board, made and updated each week by her key person and used at every session.",
                "The Early Years SEN Advisory Teacher will visit to review progress and set small-step targets \u2013 once a term, 1.5 hours each visit.",
            ]),
            ("h", "Social, emotional and mental health"),
            ("b", [
                "Isla will take part in a turn-taking game with one other child and her key person (1 adult to 2 children) \u2013 three times a week, 10 minutes each time.",
                "Her key person will give a two-minute warning with the \u201cnow and next\u201d board before every change of activity.",
            ]),
            ("h", "Sensory and physical"),
            ("b", [
                "The setting will provide Isla's walking and balance programme, set by the Children's Physiotherapy Service, delivered 1:1 by her key person \u2013 x2 per day @ 10 minutes.",
                "Isla will receive fine motor play (chunky crayons, playdough, posting games), 1:1 with her key person \u2013 Mondays, Wednesdays and Fridays, 10 minutes each time.",
                "The setting will provide an additional Early Years Practitioner (Level 3) so that Isla has 1:1 adult support for all 15 hours she attends each week.",
            ]),
        ]),
        ("G", [
            ("n", [
                "Community Paediatric Service: Dr Adeyemi, Consultant Community Paediatrician, will review Isla's health, growth and thyroid function at clinic every 6 months (30 minutes), with a blood test at each review at the children's outpatient department.",
                "Children's Physiotherapy Service: a Highly Specialist Paediatric Physiotherapist will assess Isla and update her walking and balance programme once a term (3 times a year, 45 minutes) at pre-school, and show her key person and parents how to carry it out.",
            ]),
            "Health sign-off: the health provision above was agreed on behalf of the local NHS by Dr Farah Shah, Designated Clinical Officer, on 10 June 2026.",
        ]),
        ("H1", ["None. Isla's needs are met by her family. Short breaks were discussed with her parents, who do not want them at present; the family have the short breaks local offer leaflet."]),
        ("H2", ["None. The family know how to contact Early Help if their circumstances change."]),
        ("I", ["Rainbow Pre-school (private, voluntary and independent early years setting), 15 hours a week over three days."]),
        ("J", ["Isla's parents were told about personal budgets at the meeting on 12 May 2026. They did not ask for one."]),
        ("K", []),
    ],
    K=[
        ("Parents' views and information", "Isla's mum and dad", "12/03/2026"),
        ("Isla's views (observation through play)", "Sam, key person, Rainbow Pre-school", "20/03/2026"),
        ("Educational advice", "Mrs Patel, Early Years SEN Advisory Teacher, with the pre-school SENCo (special educational needs co-ordinator)", "20/03/2026"),
        ("Medical advice", "Dr Adeyemi, Consultant Community Paediatrician, Community Paediatric Service", "25/03/2026"),
        ("Psychological advice", "Dr Hughes, Educational Psychologist", "27/03/2026"),
        ("Social care advice", "Ms Grant, Social Worker, Children with Disabilities Team", "02/04/2026"),
        ("Speech and language therapy advice", "Specialist Speech and Language Therapist (Band 6)", "17/03/2026"),
        ("Physiotherapy advice", "Highly Specialist Paediatric Physiotherapist, Children's Physiotherapy Service", "19/03/2026"),
    ],
    fails={}, na=["PC-PFA", "SC-STATUTORY-LINK"],
    notes={"PC-VOICE": "trap: three-year-old's views gathered by key person through play and Makaton - pass",
           "PR-QUANTIFIED": "trap: SLT visit 'once each half-term, 1 hour each visit' has no group size - pass",
           "HC-DCO-SIGNOFF": "\"agreed on behalf of the local NHS by Dr Farah Shah, Designated Clinical Officer, on 10 June 2026\""},
)

# h202 ---------------------------------------------------------------- FAIL
plan(
    file="h202.docx", layout="letter-column", age=9, year_group="Year 4",
    needs=["ADHD", "SEMH"], voice="first person 'All about me' + parent",
    front=[("Name", "Tyler"), ("Date of birth", "Oct. 2016"), ("NC year", "Year 4"),
           ("Current provision", "Meadowfield Primary School (mainstream)"),
           ("Date of issue", "3 February 26"), ("Type of plan", "Final plan following EHC needs assessment")],
    sections=[
        ("A", [
            ("h", "All about me"),
            "Tyler told his Learning Support Assistant these things while they played Uno together in November 2025. These are his words.",
            ("b", [
                "\u201cI'm good at football. I'm a defender and I never let anyone past.\u201d",
                "\u201cI like maths when it's puzzles. I don't like writing, my hand hurts and I can't think what to put.\u201d",
                "\u201cWhen it's noisy my brain goes fizzy and I have to get out.\u201d",
                "\u201cI want to be a footballer or work at the zoo with the lions.\u201d",
                "\u201cI want people to play with me at lunch and not say I'm too rough.\u201d",
            ]),
            ("h", "What Mum says"),
            "\u201cTyler is funny and kind, especially with his little sisters, and he will do anything for you if he likes you. He finds it really hard to sit still and gets into trouble for things he doesn't mean. I want him to stay in his class, to learn to read properly and to have a couple of good friends to go up to secondary school with.\u201d",
        ]),
        ("B", [
            ("h", "Social, emotional and mental health (including attention)"),
            "Tyler has attention deficit hyperactivity disorder (ADHD). In class he can focus for about 5 minutes before he needs to move or talk. When he is overwhelmed he shouts or leaves the room. He is quick to say sorry and is kind to younger pupils; he responds well to praise and to adults he trusts.",
            ("h", "Cognition and learning"),
            "Tyler's reading age is about 7 years (tested October 2025). He knows most phonics sounds but loses his place and guesses words. His writing is short and hard to read. His maths reasoning is a strength: he is working at the expected level for Year 4 in number.",
            ("h", "Friendships"),
            "Tyler wants friends but can be rough in games and finds losing hard, so other children sometimes leave him out at lunchtime.",
        ]),
        ("C", [
            "Tyler was diagnosed with ADHD by the Community Paediatric Service in 2024. He takes methylphenidate (a medicine that helps concentration) each morning at home.",
            "Tyler also has great difficulty getting to sleep. Mum reports he is often awake until after 11pm, which leaves him tired and irritable in the mornings. The paediatrician has advised that he needs a sleep programme from the Children's Sleep Service.",
        ]),
        ("D", [
            "Tyler lives with his mum and two younger sisters. Tyler has been subject to a child protection plan since November 2025. He needs adult help with morning and bedtime routines and with getting to school on time; his attendance this year is 86%.",
        ]),
        ("E", [
            ("n", [
                "By July 2027, Tyler will be happier and more settled in class.",
                "Within 12 months, Tyler will read aloud a book at his reading-scheme level (Lime band) with 90% accuracy, checked by his class teacher at the termly reading assessment.",
                "Within 12 months, Tyler will stay on task for 15 minutes in literacy and maths lessons (about 5 minutes now) on 4 out of 5 days, recorded by his Learning Support Assistant on a tracking sheet.",
                "By the end of Summer Term 2027, Tyler will use his calm card or tell an adult when he is angry, instead of leaving the classroom, on 4 out of 5 occasions, recorded in the class behaviour log.",
                "Within 12 months, Tyler will play a team game at lunchtime with 2 or 3 classmates for 20 minutes without an adult stepping in, on 3 days a week, observed by the lunchtime supervisors.",
            ]),
        ]),
        ("F", [
            ("h", "Reading and writing"),
            ("b", [
                "Tyler will receive a structured phonics and reading programme from a trained Learning Support Assistant (LSA) in a group of 3 \u2013 x3 weekly @ 20 minutes.",
                "Tyler will read 1:1 with an adult \u2013 daily, 10 minutes before lunch.",
            ]),
            ("h", "Attention and regulation"),
            ("b", [
                "Tyler will receive shared LSA support in literacy and maths lessons (1 adult to 3 pupils) \u2013 every morning, about 2 hours a day.",
                "Tyler will have a 5-minute movement break with his LSA \u2013 twice each morning.",
                "Tyler will receive an emotional literacy programme, 1:1 with the school's trained Emotional Literacy Support Assistant (ELSA), weekly for 30 minutes, for two half-term blocks (12 weeks), then reviewed.",
                "Tyler will have opportunities to use the quiet area outside the classroom as appropriate when he feels overwhelmed.",
            ]),
            ("h", "Friendships"),
            ("b", ["Tyler will attend a structured lunchtime games club run by an LSA, in a group of 6 \u2013 twice a week, 30 minutes each time."]),
            ("h", "Advice to staff"),
            ("b", ["The Educational Psychologist will visit to review Tyler's progress and advise staff \u2013 once a term, 2 hours each visit."]),
        ]),
        ("G", [
            "Community Paediatric Service: Dr Okafor, Consultant Community Paediatrician, will review Tyler's ADHD medication (methylphenidate), including his height, weight and blood pressure, at clinic every 6 months (30 minutes).",
            "Health provision agreed by Dr Shah, Designated Clinical Officer, 28 January 2026.",
        ]),
        ("H1", ["None."]),
        ("H2", ["None."]),
        ("I", ["Meadowfield Primary School, mainstream primary school."]),
        ("J", ["No personal budget was requested."]),
        ("K", []),
    ],
    K=[
        ("Parent's views and advice", "Tyler's mum", "14/11/2025"),
        ("Educational advice", "Class teacher and SENCo (special educational needs co-ordinator), Meadowfield Primary School", "20/11/2025"),
        ("Medical advice", "Dr Okafor, Consultant Community Paediatrician, Community Paediatric Service", "02/12/2025"),
        ("Psychological advice", "Dr Lewis, Educational Psychologist", "25/11/2025"),
    ],
    fails={
        "SC-STATUTORY-LINK": "D: \"Tyler has been subject to a child protection plan since November 2025.\" - nothing on the CP plan, no social worker contribution, H1/H2 \"None.\", no social care advice in K",
        "SC-ADVICE": "K lists parent, school, paediatrician and EP only - no social care advice although a CP plan is in place",
        "CA-STATUTORY-ADVICE": "reg 6 social care advice missing from K",
        "SC-PROVISION-SPECIFIC": "H1 \"None.\" H2 \"None.\" - no statement that short breaks / early help were considered (for a child on a CP plan needing help with routines)",
        "PR-VAGUE-WORDING": "\"Tyler will have opportunities to use the quiet area outside the classroom as appropriate when he feels overwhelmed.\"",
        "PC-SMART": "\"By July 2027, Tyler will be happier and more settled in class.\" - not measurable",
        "HC-NEEDS-MET": "C: sleep difficulty, \"he needs a sleep programme from the Children's Sleep Service\" - G covers only the ADHD medication review",
        "HC-OUTCOMES": "sleep need in C leads to no outcome in E",
    },
    na=["PC-PFA"],
    notes={"PR-QUANTIFIED": "the vague quiet-area item is graded under PR-VAGUE-WORDING; all other F items are fully quantified"},
)

# h203 ---------------------------------------------------------------- FAIL
plan(
    file="h203.docx", layout="shaded-heading-table", age=17, year_group="Year 13 (post-16 college)",
    needs=["hearing"], voice="young person's own voice + parents",
    front=[("Name", "Amira"), ("Date of birth", "Aug. 2009"), ("Year group", "Year 13 (post-16)"),
           ("Current provision", "Northgate College \u2013 Level 2 Diploma in Animal Care, full-time (16 taught hours a week)"),
           ("Date of issue", "09/09/2026"), ("Date of last annual review", "16/06/2026")],
    sections=[
        ("A", [
            ("h", "My views (Amira)"),
            "Amira wrote this with her personal tutor, using British Sign Language (BSL) with an interpreter, in May 2026.",
            "\u201cI am Deaf. I use BSL with my friends and family and I can speak and lip-read when it is quiet and one-to-one. I love animals, especially horses. I help at a riding stables every Saturday and I want to work there properly when I finish college, or be a veterinary nurse assistant. I want to learn to drive and have my own flat one day.\u201d",
            "\u201cThe hardest part of college is the yard and the workshop. It is noisy, people talk with their backs to me and I miss instructions. I don't like it when people talk to the interpreter and not to me.\u201d",
            ("h", "My parents' views"),
            "\u201cAmira is hard-working, reliable and brilliant with animals. We want her to get a job she loves, to manage her own appointments and money, and to have hearing and Deaf friends. Our worry is that she gets left out in big groups.\u201d",
        ]),
        ("B", [
            ("h", "Communication and interaction"),
            "Amira has a severe to profound hearing loss in both ears and has used cochlear implants (hearing devices fitted by surgery) since she was two. BSL is her first language. In quiet one-to-one conversations she follows spoken English well; in noisy or outdoor settings, groups, or when she cannot see the speaker's face, she misses most of what is said. Her reading age is about 12 years and her written English has some grammar errors typical of BSL users.",
            ("h", "Strengths"),
            "Amira has strong practical skills, excellent animal-handling skills and a calm manner with nervous animals. She passed GCSE Maths (grade 4) and Science (grade 4). She travels to college by bus on her own.",
            ("h", "Social, emotional and mental health"),
            "Amira is confident in the Deaf community but can feel isolated in college groups where everyone else is hearing.",
        ]),
        ("C", [
            "Amira has bilateral cochlear implants, reviewed by the Regional Cochlear Implant Centre. Her implant processors need daily checks and charging, and faults must be reported quickly. Her spoken language and lip-reading continue to need speech and language therapy.",
        ]),
        ("D", [
            "The Children with Disabilities Team completed an assessment in April 2026 and found no social care needs: Amira's needs are met at home by her parents. Short breaks were considered and are not needed. The Adult Social Care (Transitions) team will be asked to check in when Amira turns 17 and a half.",
        ]),
        ("E", [
            "Outcomes agreed at Amira's annual review, June 2026.",
            ("n", [
                "Employment: By the end of the course, Amira will complete a 60-hour work placement at a riding stables and gain a written reference from the yard manager.",
                "By the end of the course, Amira will have a British Sign Language interpreter in all practical and theory sessions.",
                "Independent living and good health: Within 12 months, Amira will book her own GP (family doctor) and audiology appointments by text relay or email, without her parents' help, on at least 3 occasions, recorded in her tutorial log.",
                "Good health: Within 12 months, Amira will check and charge her implant processors herself each day and tell staff in the same session if one is not working, recorded by her Communication Support Worker in 9 out of 10 weeks.",
                "Friends and community: Within 12 months, Amira will join a college club or the county Deaf youth group and attend at least twice a month for a whole term, recorded by her personal tutor.",
                "English: By the end of the course, Amira will write a 300-word animal care report using the correct course words, marked as meeting the Level 2 criteria by her tutor.",
            ]),
        ]),
        ("F", [
            ("b", [
                "Amira will receive a registered BSL/English interpreter in all taught sessions, provided by the college's Learning Support team \u2013 16 hours per week.",
                "Amira will receive a Communication Support Worker (BSL Level 3) in practical yard sessions to take notes and check understanding \u2013 4 hours per week.",
                "A qualified Teacher of the Deaf from the county Sensory Support Service will visit college to advise tutors, check Amira's radio aid and review her progress \u2013 once each half-term, 1.5 hours each visit.",
                "Amira will use a radio aid (a microphone worn by the tutor that sends speech to her implants), provided and maintained by the Sensory Support Service and checked daily by her Communication Support Worker.",
                "Amira will receive 1:1 English support from a Learning Support tutor \u2013 x2 per week @ 45 mins.",
                "Amira will meet her personal tutor 1:1 for independence tutorials (appointments, money, travel) \u2013 weekly, 30 minutes.",
                "The college's Work Placement Co-ordinator will arrange Amira's placement and visit it with an interpreter \u2013 twice a term, 1 hour each visit.",
                "Exam arrangements: a separate room, a BSL signer for instructions and extra time of 25 per cent, arranged by the college's Access Arrangements Officer.",
            ]),
        ]),
        ("G", [
            ("b", [
                "A Specialist Speech and Language Therapist (Band 6) from the Community Paediatric Service will give Amira 1:1 therapy to develop her spoken English, lip-reading and course vocabulary \u2013 three sessions a fortnight, 40 minutes each.",
                "Cochlear Implant Centre / Audiology: reviews as needed.",
            ]),
        ]),
        ("H1", ["None \u2013 see Section D. Short breaks were considered and are not needed."]),
        ("H2", ["None. Early Help was discussed with the family and is not needed."]),
        ("I", ["Northgate College (general further education college)."]),
        ("J", ["No personal budget requested."]),
        ("K", []),
    ],
    K=[
        ("Young person's views", "Amira, with her personal tutor and interpreter", "14/05/2026"),
        ("Parents' views", "Amira's parents", "14/05/2026"),
        ("Educational advice", "Head of Learning Support, Northgate College", "20/05/2026"),
        ("Medical advice", "Clinical Scientist (Audiology), Regional Cochlear Implant Centre", "03/05/2026"),
        ("Speech and language therapy advice", "Specialist Speech and Language Therapist (Band 6)", "06/05/2026"),
        ("Psychological advice", "Educational Psychologist", "22/05/2026"),
        ("Social care advice", "Social Worker, Children with Disabilities Team", "28/05/2026"),
        ("Preparing for adulthood advice", "Careers Adviser, county careers service", "19/05/2026"),
    ],
    fails={
        "CA-STATUTORY-ADVICE": "hearing impairment but no advice from a qualified Teacher of the Deaf in K (audiology, SLT, college, EP, social care, careers only)",
        "HC-THERAPY-PLACEMENT": "G: \"A Specialist Speech and Language Therapist (Band 6) ... will give Amira 1:1 therapy to develop her spoken English, lip-reading and course vocabulary\" - educating therapy placed in G",
        "PC-OUTCOME-NOT-PROVISION": "E2: \"By the end of the course, Amira will have a British Sign Language interpreter in all practical and theory sessions.\"",
        "HC-PROVISION-SPECIFIC": "G: \"Cochlear Implant Centre / Audiology: reviews as needed.\" - no how often / how long",
        "HC-DCO-SIGNOFF": "G has health provision but no record that the DCO/commissioner agreed it",
    },
    na=["SC-STATUTORY-LINK"],
    notes={"PC-SMART": "trap: 'gain a written reference from the yard manager' is an achievement - pass (E2 graded under PC-OUTCOME-NOT-PROVISION)",
           "PR-QUANTIFIED": "trap: exam access arrangement and Teacher of the Deaf half-termly visit need no group size - pass"},
)

# h204 ---------------------------------------------------------------- FAIL
plan(
    file="h204.docx", layout="heading2-numbered", age=14, year_group="Year 9",
    needs=["ASC"], voice="first person + parents",
    front=[("Name", "Noah"), ("Date of birth", "Nov. 2011"), ("NC year", "Year 9"),
           ("Current provision", "Kingsmead Academy (mainstream secondary)"),
           ("Date of issue", "22/04/2026")],
    sections=[
        ("A", [
            ("h", "About me \u2013 Noah's views"),
            "Noah talked to his key worker in February 2026 and chose to write some of this himself.",
            ("b", [
                "\u201cI like Minecraft, trains and bus timetables. I know every stop on the 36 route.\u201d",
                "\u201cI'm good at maths and science because they have right answers.\u201d",
                "\u201cI don't like the canteen. It's too loud and it smells.\u201d",
                "\u201cI hate it when the timetable changes and nobody tells me.\u201d",
                "\u201cEnglish is hard because they want you to guess what the writer meant.\u201d",
            ]),
            ("h", "My parents' views"),
            "\u201cNoah is honest, clever and has a great memory. He's been much more anxious since starting Year 9, and some mornings he won't get out of the car. Homework causes arguments every night. He needs teachers to understand that when he goes quiet he is not being rude.\u201d",
        ]),
        ("B", [
            ("h", "Communication and interaction"),
            "Noah has a diagnosis of autism (autism spectrum condition). He takes language literally and finds it hard to join group conversations or to know when it is his turn to speak. He talks confidently about his interests.",
            ("h", "Cognition and learning"),
            "Noah is working at or above the expected level in maths and science. He finds extended writing and questions about characters' feelings hard; his written answers are often one sentence. He struggles to organise homework.",
            ("h", "Social, emotional and mental health"),
            "Noah becomes anxious at unstructured times and when plans change. He does not ask for help; he goes quiet and stops working.",
            ("h", "Sensory"),
            "Noah is sensitive to noise and smells, especially in the canteen and corridors.",
        ]),
        ("C", ["To be confirmed \u2013 awaiting information from the Community Paediatric Service."]),
        ("D", [
            "Noah's family told us they do not have social care needs. Children's Social Care advised (February 2026) that Noah is not known to them. Information about short breaks for disabled children and about Early Help was given to Noah's parents.",
        ]),
        ("E", [
            ("h", "Writing"),
            "Within 12 months, Noah will write a structured answer of at least 3 paragraphs in English and History, using a writing frame, in 4 out of 5 assessed pieces, checked by his English teacher.",
            ("h", "Asking for help"),
            "Within 12 months, Noah will ask a teacher for help when he is stuck, at least once a lesson in English, History and Geography, recorded by teachers on his monitoring card.",
            ("h", "Managing anxiety in lessons"),
            "By the end of Year 9 (July 2026), Noah will use his exit card to leave a lesson calmly and return within 10 minutes on 9 out of 10 occasions, recorded by the Learning Support Assistant.",
            ("h", "Homework"),
            "By the end of the Spring Term 2027, Noah will hand in 80% of his homework on time, recorded on the school's homework system.",
            ("h", "Lunchtimes"),
            "Within 12 months, Noah will eat his lunch in the quiet dining room with his lunch group on 4 days out of 5, recorded by the supervising Learning Support Assistant.",
        ]),
        ("F", [
            ("h", "Communication and interaction"),
            ("b", [
                "Noah will take part in a social skills group each week.",
                "The Autism Advisory Teacher will visit school to advise staff \u2013 once a term, 2 hours each visit \u2013 and will train all Year 9 teaching staff in a 1-hour twilight session once a year.",
            ]),
            ("h", "Cognition and learning"),
            ("b", [
                "Noah will receive 1:1 support from a Learning Support Assistant to plan extended writing with a writing frame in English and History \u2013 x2 per week @ 30 mins.",
                "Noah will attend homework club, staffed by a Teaching Assistant, in a group of 10 \u2013 Monday, Tuesday and Thursday after school, 45 minutes.",
            ]),
            ("h", "Social, emotional and mental health"),
            ("b", [
                "Noah will have a daily 1:1 check-in with his key worker, a Learning Support Assistant trained as an Autism Champion \u2013 10 minutes at morning registration.",
                "Noah will use an exit card in every lesson to go to the Hub (the school's support base, staffed by a Learning Support Assistant every period) for 10 minutes.",
                "Noah's form tutor will check his help card and timetable-change notices with him \u2013 daily, 10 minutes at the end of the day.",
            ]),
            ("h", "Sensory"),
            ("b", [
                "Noah will use ear defenders, provided by the SENCo (special educational needs co-ordinator) and replaced when worn.",
                "Noah will eat lunch in the quiet dining room, supervised by a Learning Support Assistant, in a group of 8 \u2013 every day.",
            ]),
        ]),
        ("G", ["None at present."]),
        ("H1", ["None. Short breaks were considered; the family do not need them."]),
        ("H2", ["None. The family have information about Early Help."]),
        ("I", ["Kingsmead Academy, mainstream secondary academy."]),
        ("J", ["None requested."]),
        ("K", []),
    ],
    K=[
        ("Young person's views", "Noah, with his key worker", "10/02/2026"),
        ("Parents' views", "Noah's mum and dad", "10/02/2026"),
        ("Educational advice", "SENCo, Kingsmead Academy", "24/02/2026"),
        ("Medical advice", "Dr Mensah, Community Paediatrician, Community Paediatric Service", "02/03/2026"),
        ("Psychological advice", "Educational Psychologist", "26/02/2026"),
        ("Social care advice", "Children's Social Care, Duty and Assessment Team", "18/02/2026"),
        ("Preparing for adulthood advice (Year 9)", "Careers Adviser", "05/03/2026"),
        ("Autism advice", "Autism Advisory Teacher", "20/02/2026"),
    ],
    fails={
        "PC-ASPIRATIONS": "A records likes, dislikes and worries but no aspirations for now or the future from Noah or his parents",
        "PC-ASPIRATION-LINK": "no aspirations to build on; E outcomes (writing, help-seeking, homework, lunch) do not draw on his interests (trains, timetables, maths/science)",
        "PC-PFA": "Year 9 plan: every outcome is a school/classroom target - nothing on employment/education pathway, independent living, community or health",
        "PR-QUANTIFIED": "\"Noah will take part in a social skills group each week.\" - no who, how long, group size",
        "HC-NEEDS": "C: \"To be confirmed \u2013 awaiting information from the Community Paediatric Service.\" (though K lists medical advice of 02/03/2026)",
    },
    na=["HC-PROVISION-SPECIFIC", "HC-NEEDS-MET", "HC-DCO-SIGNOFF", "SC-STATUTORY-LINK"],
    notes={"HC-ADVICE": "medical advice from Dr Mensah 02/03/2026 is listed, attributed, dated, current - pass"},
)

# h205 ---------------------------------------------------------------- SOUND
plan(
    file="h205.docx", layout="letter-column", age=20, year_group="Post-19 (Year 2 of 3, specialist college)",
    needs=["SLD", "epilepsy"], voice="young person's views via Talking Mats/symbols + mum",
    front=[("Name", "Callum"), ("Date of birth", "Mar. 2006"), ("Age", "20"),
           ("Current provision", "Willowbrook Specialist College (independent specialist college, day placement), Year 2 of a 3-year programme"),
           ("Date of annual review meeting", "12/06/2026"), ("Date of issue (amended plan)", "14/07/2026")],
    sections=[
        ("A", [
            ("h", "What Callum told us"),
            "Callum uses some spoken words, Makaton signs and a symbol app on his tablet. His tutor, Ms Cole, used Talking Mats (a picture-based way of sharing views) and photos with him over two sessions in May 2026. Callum put these cards under \u201clike\u201d, with a big smile: buses, cooking pizza, swimming, music, the college caf\u00e9, his mum. He put \u201cwaiting\u201d and \u201ccrowds\u201d under \u201cdon't like\u201d.",
            "When asked about the future, Callum chose the photos of the caf\u00e9 (\u201cwork\u201d) and the bus (\u201ctown\u201d) and signed \u201cme\u201d.",
            ("h", "What Callum's mum told us"),
            "\u201cCallum is cheerful, loving and has a wicked sense of humour. He knows everyone at college. I want him to have a life of his own: a few hours' work he is proud of, getting out with people his own age, and in time living in supported living with friends, ideally by the time he is 25. I worry about his seizures when he is out without me.\u201d",
        ]),
        ("B", [
            ("h", "Communication and interaction"),
            "Callum understands short sentences about familiar things. He uses single words, signs and his symbol app to ask for things; he finds it hard to be understood by people who do not know him.",
            ("h", "Cognition and learning"),
            "Callum has a severe learning disability. He reads about 20 familiar words and symbols, counts to 10 and recognises coins. He learns well from repeated real-life practice, photos and routines, and he remembers routes he has travelled often.",
            ("h", "Social, emotional and mental health"),
            "Callum is sociable and popular. He can become anxious in crowds and when he has to wait, and he may walk away.",
            ("h", "Physical and sensory"),
            "Callum walks well, swims and enjoys exercise. He needs prompts for personal care.",
        ]),
        ("C", [
            "Callum has epilepsy. He has focal seizures about twice a month and an occasional tonic-clonic seizure (about four in the last year). He has emergency medicine (buccal midazolam, given inside the cheek) that trained staff give if a seizure lasts more than 5 minutes. Tiredness and missed meals make seizures more likely. His epilepsy is managed by the adult neurology clinic and the Community Learning Disability Team's Epilepsy Specialist Nurse.",
            "Callum was assessed for Continuing Care (adult NHS Continuing Healthcare) in 2025 and was not eligible; his health needs are met through the provision in Section G.",
        ]),
        ("D", [
            "Callum is 20 and receives support from Adult Social Care (Transitions). His Care Act assessment (March 2026) found eligible needs: he needs prompting and supervision with personal care and support to take part in community activities safely. His mum is his main carer and a carer's assessment found she needs regular breaks.",
        ]),
        ("E", [
            ("h", "Employment"),
            "By the end of the course (July 2027), Callum will work a 2-hour shift in the college caf\u00e9 once a week, taking orders with a picture menu and using the card reader, with one prompt or fewer per shift, recorded by the caf\u00e9 supervisor; and he will be awarded the Entry Level 1 Award in Employability Skills.",
            ("h", "Independent living"),
            "Within 12 months, Callum will make a simple meal (pizza or pasta) following a photo recipe with no more than 2 prompts, in 3 out of 4 weeks, recorded by his independent living tutor.",
            ("h", "Community"),
            "By the end of the course, Callum will access his local community independently on one familiar route \u2013 walking from college to the corner shop and back to buy his snack \u2013 on 4 out of 5 weekly attempts, recorded by his tutor, with his seizure risk assessment in place.",
            ("h", "Communication"),
            "Within 12 months, Callum will use his symbol app to order and pay in a caf\u00e9 in town with his Personal Assistant, on 4 out of 5 visits, recorded in his community log.",
            ("h", "Good health"),
            "Within 12 months, Callum will show staff his \u201cI feel funny\u201d symbol card when he feels a seizure starting, on 8 out of 10 occasions, recorded in his seizure diary.",
        ]),
        ("F", [
            ("b", [
                "Callum will receive shared Learning Support Assistant (LSA) support (1 adult to 3 students) in all taught sessions, and 1:1 support in the kitchen and in the community \u2013 5 days a week, 9.30am to 3pm.",
                "Callum will receive 1:1 speech and language therapy from the college's Specialist Speech and Language Therapist (Band 6), focusing on using his symbol app with unfamiliar people \u2013 fortnightly, 45 minutes. The therapist will train his tutor team once a term for 1 hour.",
                "Callum's symbol app and tablet will be set up, updated and repaired by the college's Assistive Technology Technician, who will check them weekly.",
                "Callum will work in the college caf\u00e9 with a job coach 1:1 \u2013 Thursdays, 2 hours.",
                "Callum will take part in cooking sessions with the Independent Living tutor in a group of 4 \u2013 x2 per week @ 90 mins.",
                "Callum will receive independent travel training from the council's Travel Training Team, 1:1 \u2013 weekly for 1 hour, in one half-term block (6 weeks) each term.",
                "A member of staff trained by the Epilepsy Specialist Nurse to give emergency medicine will be with Callum at all times at college and on trips.",
                "Callum will have a 10-minute quiet break in the sensory room, with an LSA, before and after lunch each day.",
            ]),
        ]),
        ("G", [
            ("b", [
                "Epilepsy Specialist Nurse, Community Learning Disability Team: reviews Callum's epilepsy care plan with him, his mum and college every 6 months (1 hour), and trains college staff to give buccal midazolam each September (2-hour session) and within 2 weeks of any change to his care plan.",
                "Consultant Neurologist, adult neurology clinic: reviews Callum's seizures and medicines once a year (30-minute appointment).",
            ]),
            "Agreed on behalf of the Integrated Care Board by the Designated Clinical Officer, Ms Rachel Ndlovu, 08/07/2026.",
        ]),
        ("H1", ["Not applicable \u2013 Callum is over 18, so his social care is provided under the Care Act 2014 (see H2)."]),
        ("H2", [
            ("b", [
                "A Personal Assistant funded by direct payment will support Callum in the community (swimming, shopping, bus trips) \u2013 10 hours a week (Saturdays 10am to 4pm and Wednesdays 4pm to 8pm).",
                "Overnight short breaks at Oakfield House to give his mum a break from caring \u2013 21 nights a year.",
                "His Transitions social worker will review his Care and Support Plan every 12 months (next review March 2027).",
            ]),
        ]),
        ("I", ["Willowbrook Specialist College, independent specialist post-16 institution (day placement, 5 days a week, 38 weeks a year)."]),
        ("J", ["Adult Social Care direct payment for the Personal Assistant hours in H2 (10 hours a week). No education personal budget was requested."]),
        ("K", []),
    ],
    K=[
        ("Young person's views (Talking Mats)", "Callum, with Ms Cole, tutor", "02/05/2026"),
        ("Parent's views", "Callum's mum", "02/05/2026"),
        ("Educational advice (annual review report)", "Head of Learning, Willowbrook Specialist College", "28/05/2026"),
        ("Medical advice", "Epilepsy Specialist Nurse, Community Learning Disability Team", "15/05/2026"),
        ("Neurology clinic letter", "Consultant Neurologist, adult neurology clinic", "20/01/2026"),
        ("Psychological advice", "Educational Psychologist", "12/05/2026"),
        ("Social care advice (Care Act assessment)", "Transitions social worker, Adult Social Care (Transitions)", "18/03/2026"),
        ("Preparing for adulthood advice", "Transition Co-ordinator, Willowbrook Specialist College", "28/05/2026"),
        ("Speech and language therapy advice", "Specialist Speech and Language Therapist (Band 6)", "20/05/2026"),
    ],
    fails={}, na=["SC-STATUTORY-LINK"],
    notes={"PC-SMART": "trap: 'be awarded the Entry Level 1 Award' is an achievement - pass",
           "PC-OUTCOME-NOT-PROVISION": "trap: 'access his local community independently' is an outcome - pass",
           "PR-QUANTIFIED": "trap: symbol app set up and maintained by the Assistive Technology Technician - equipment, pass",
           "HC-DCO-SIGNOFF": "\"Agreed on behalf of the Integrated Care Board by the Designated Clinical Officer, Ms Rachel Ndlovu, 08/07/2026.\""},
)

# h206 ---------------------------------------------------------------- FAIL
plan(
    file="h206.docx", layout="shaded-heading-table", age=7, year_group="Year 2",
    needs=["physical", "cerebral palsy", "epilepsy"], voice="first person + parents",
    front=[("Name", "Lily"), ("Date of birth", "Jun. 2019"), ("NC year", "Year 2"),
           ("Current provision", "Brook Lane Infant School (mainstream)"),
           ("Date of issue", "27 March 26")],
    sections=[
        ("A", [
            ("h", "All about me"),
            "Lily told her class teacher these things in February 2026.",
            ("b", [
                "\u201cI like horses and drawing horses. My dog is called Biscuit.\u201d",
                "\u201cI go swimming at Little Dippers and I can swim with a float.\u201d",
                "\u201cMy best friends are Ava and Jas.\u201d",
                "\u201cI get tired walking to the hall. My legs go wobbly.\u201d",
                "\u201cWhen I'm big I want to be a vet and look after horses.\u201d",
            ]),
            ("h", "What my mum and dad say"),
            "\u201cLily is chatty, determined and always thinking of others. We hope she will be able to walk further with her walker, learn to read well, keep her lovely friends and move up to the junior school with her class. Longer term, we want her to be as independent as possible.\u201d",
        ]),
        ("B", [
            ("h", "Communication and interaction"),
            "Lily's talking and understanding are a real strength; she explains her ideas clearly and loves telling stories.",
            ("h", "Cognition and learning"),
            "Lily did not pass the Year 1 phonics screening check (June 2025, 24 out of 40). She knows most Phase 3 sounds and blends three-letter words, but she finds longer words and new vowel sounds hard, so her reading is slow. She is working below the expected level in reading and writing and at the expected level in maths.",
            ("h", "Social, emotional and mental health"),
            "Lily is kind and well liked. She becomes frustrated and tearful when she is tired or cannot keep up with friends at playtime.",
            ("h", "Physical"),
            "Lily has cerebral palsy affecting both legs (spastic diplegia). She walks with a walker indoors and uses a wheelchair for longer distances. She tires quickly. Her pencil grip is weak and she finds scissors and fastenings hard, so she needs help with clothing when using the toilet.",
        ]),
        ("C", [
            "Lily has cerebral palsy (spastic diplegia). She is seen by the Children's Physiotherapy Service and the Community Paediatric Service, who also monitor her hips with an x-ray once a year. She uses a self-propelling wheelchair provided by the Wheelchair Service for longer distances.",
            "Lily also has epilepsy, diagnosed in 2025. She has had two tonic-clonic seizures at school this year and has rescue medication (buccal midazolam) prescribed by her paediatrician.",
        ]),
        ("D", [
            "Lily lives with her mum, dad and older brother. A social care assessment by the Children with Disabilities Team (February 2026) found that Lily's day-to-day care needs are met by her family, but her parents need a break during the long summer holiday when Lily's brother is also at home.",
        ]),
        ("E", [
            ("n", [
                "Within 12 months, Lily will walk with her walker from her classroom to the hall (about 40 metres) without stopping to rest, on 4 out of 5 days, recorded by her physiotherapist at the termly review.",
                "By the end of Year 2 (July 2026), Lily will read and spell words with Phase 5 sounds, scoring at least 32 out of 40 in the phonics screening check retake in June 2026, checked by her class teacher.",
                "Within 12 months, Lily will write a sentence of 6 words or more with correctly formed letters, using her sloped board, in 4 out of 5 writing samples.",
                "By the end of Year 2 (July 2026), Lily will manage her own clothing when using the accessible toilet with one prompt or fewer on 9 out of 10 occasions, recorded by her Teaching Assistant.",
                "Within 12 months, Lily will join a playground game with 2 or more friends on at least 3 lunchtimes a week, noted by the lunchtime supervisor.",
            ]),
        ]),
        ("F", [
            ("h", "Physical"),
            "Lily will receive her physiotherapy exercise programme (stretches and standing practice), set by her physiotherapist and delivered 1:1 by a trained Teaching Assistant (TA) \u2013 daily, 20 minutes after lunch.",
            "Lily will receive 1:1 support from a TA trained in moving and handling, for moving around school, PE and personal care \u2013 throughout the school day (32.5 hours per week).",
            "Lily will receive a fine motor programme, 1:1 with her TA \u2013 x3 weekly @ 15 mins.",
            "The Children's Occupational Therapist will visit school to review Lily's fine motor programme and seating and train her TA \u2013 once each half-term (6 visits a year, 1 hour each).",
            "The school will provide a sloped writing board, chunky pencil grips and an adapted chair, recommended by the Occupational Therapist and checked each term by the SENCo (special educational needs co-ordinator).",
            ("h", "Social, emotional and mental health"),
            "Lily will join a friendship group led by the school's Emotional Literacy Support Assistant, in a group of 4 \u2013 weekly for 30 minutes, one half-term block (6 weeks) each term.",
            "Lily will have a 5-minute rest in the class reading corner after each playtime, prompted by her TA.",
        ]),
        ("G", [
            ("b", [
                "Children's Physiotherapy Service: a physiotherapist will review Lily at school once a term (45 minutes) and update her exercise programme.",
                "Community Paediatric Service: review of Lily's cerebral palsy and growth by her Community Paediatrician every 6 months (30 minutes), with a hip x-ray once a year.",
                "Wheelchair Service: review of Lily's wheelchair and seating every 12 months, and repairs within 5 working days of a request.",
            ]),
            "Health provision agreed by Dr Shah, Designated Clinical Officer, 20/03/2026.",
        ]),
        ("H1", ["Lily will attend the council's accessible holiday play scheme (short breaks) \u2013 6 days each summer holiday, 10am to 3pm."]),
        ("H2", ["None. Early Help was discussed; the family do not need it."]),
        ("I", ["Brook Lane Infant School, mainstream infant school."]),
        ("J", ["None requested."]),
        ("K", []),
    ],
    K=[
        ("Parents' views", "Lily's mum and dad", "02/02/2026"),
        ("Lily's views", "Lily, with her class teacher", "04/02/2026"),
        ("Educational advice", "SENCo, Brook Lane Infant School", "06/02/2026"),
        ("Medical advice", "Dr Kowalski, Community Paediatrician, Community Paediatric Service", "10/02/2026"),
        ("Psychological advice", "Dr Ellis, Educational Psychologist", ""),
        ("Physiotherapy advice", "Children's Physiotherapy Service", "09/02/2026"),
        ("Occupational therapy advice", "Children's Occupational Therapist", "11/02/2026"),
        ("Social care advice", "Social Worker, Children with Disabilities Team", "12/02/2026"),
    ],
    fails={
        "HC-NEEDS-MET": "C: \"Lily also has epilepsy ... two tonic-clonic seizures at school this year ... rescue medication (buccal midazolam)\" - G has no epilepsy provision (no care plan, no staff training)",
        "HC-OUTCOMES": "epilepsy leads to no outcome in E",
        "HC-ADVICE-PROVIDERS": "G: \"Wheelchair Service: review of Lily's wheelchair and seating every 12 months\" - no Wheelchair Service advice in K",
        "CA-DATED": "K: \"Psychological advice | Dr Ellis, Educational Psychologist |\" - no date",
        "PR-OUTCOME-LINK": "B phonics/reading need and E2 phonics outcome (\"scoring at least 32 out of 40 in the phonics screening check retake in June 2026\") have no reading/phonics provision in F",
    },
    na=["PC-PFA", "SC-STATUTORY-LINK"],
    notes={"HC-THERAPY-PLACEMENT": "OT in F; physiotherapist's termly review in G with the daily exercise programme in F - pass",
           "CA-ADVICE-AGE": "the undated EP item is graded under CA-DATED; all dated items are 6-8 weeks old - pass"},
)

# h207 ---------------------------------------------------------------- SOUND
plan(
    file="h207.docx", layout="heading2-numbered", age=12, year_group="Year 7",
    needs=["DLD", "SEMH", "looked after"], voice="first person 'All about me' + foster carers + birth mother + social worker",
    front=[("Name", "Jayden"), ("Date of birth", "Sep. 2013"), ("NC year", "Year 7"),
           ("Legal status", "Looked after child (care order)"),
           ("Current provision", "Highfield School (mainstream secondary academy)"),
           ("Date of issue", "07/04/2026")],
    sections=[
        ("A", [
            ("h", "All about me"),
            "Jayden shared his views with his key adult at school and his social worker in February 2026. He wanted them written in his own words.",
            ("b", [
                "\u201cI support Arsenal and I play up front for the Saturday team.\u201d",
                "\u201cI draw comics. My main character is a fox who can go invisible.\u201d",
                "\u201cI want to be a games designer. Or a footballer, but games designer is more real.\u201d",
                "\u201cTeachers talk too fast and then say 'off you go' and I don't know what to do, so I mess about.\u201d",
                "\u201cI like living with Karen and Dev. I want to stay here.\u201d",
            ]),
            ("h", "What Jayden's foster carers say"),
            "Karen and Dev have cared for Jayden since June 2024. \u201cJayden is funny, creative and brilliant with our dog. He needs adults to be patient, to explain things twice and to keep their promises. We want him to feel settled, to do well in his GCSEs and to find something he loves \u2013 he talks about games design all the time.\u201d",
            ("h", "What Jayden's mum says"),
            "Jayden's mum sees him once a month. She said: \u201cI want him to be happy and to get the help with his speech that I never got.\u201d",
            ("h", "What Jayden's social worker says"),
            "Ms Boateng, his social worker, said Jayden has made huge progress since moving to Karen and Dev's and that keeping school stable is central to his care plan.",
        ]),
        ("B", [
            ("h", "Communication and interaction"),
            "Jayden has developmental language disorder (DLD), a long-term difficulty with understanding and using language that is not caused by another condition. He finds long or fast instructions hard to follow, has a smaller vocabulary than his classmates, and sometimes cannot find the word he wants. His speech is clear. His speech and language therapist's assessment (February 2026) places his understanding of spoken language well below that expected for his age.",
            ("h", "Cognition and learning"),
            "Jayden reads accurately but does not always understand what he has read, especially in science and humanities. His maths is close to the expected level. He has a strong visual memory and excellent drawing skills.",
            ("h", "Social, emotional and mental health"),
            "Jayden had three moves of home before 2024 and finds it hard to trust new adults. When he misunderstands a task he can become loud or leave the room. He is funny, loyal and responds well to a calm, predictable adult.",
        ]),
        ("C", [
            "Jayden is physically healthy. As a looked after child he has a Review Health Assessment every year with the Looked After Children's Health Team; the last one (January 2026) found no physical health needs.",
            "Jayden has anxiety and difficulty sleeping linked to his early experiences. He is seen by the Child and Adolescent Mental Health Services (CAMHS) Children in Care team.",
        ]),
        ("D", [
            "Jayden has been looked after by the council since 2021 under a care order. He has lived with his foster carers, Karen and Dev, since June 2024, and his care plan (reviewed at his Child Looked After Review on 15 January 2026) confirms this as his long-term home. His social worker, Ms Boateng, contributed social care advice for this plan and attended the planning meeting.",
            "His Personal Education Plan (PEP), the school plan every child in care has, was reviewed on 27 January 2026; its targets on vocabulary and staying in lessons were used to write outcomes E1 to E3. His social care needs are: a stable home, safe monthly time with his mum, and help to understand his life story.",
        ]),
        ("E", [
            ("h", "Understanding words"),
            "Within 12 months, Jayden will explain the meaning of 10 key subject words each half-term in science, geography and maths and use them correctly in a sentence, scoring 8 out of 10 in his Learning Support Assistant's vocabulary check.",
            ("h", "Following instructions"),
            "Within 12 months, Jayden will ask for an instruction to be repeated or shown, instead of leaving the task, in 4 out of 5 lessons observed by the special educational needs co-ordinator (SENCo) each half-term.",
            ("h", "Feeling calm and safe"),
            "Within 12 months, Jayden will use two calming strategies from his CAMHS sessions to settle himself in school, and his Strengths and Difficulties Questionnaire score (a short wellbeing checklist completed by his carers) will fall from 22 to below 17.",
            ("h", "Games design"),
            "By the end of Summer Term 2027, Jayden will design a simple game level in Scratch in Computing club and present it at his PEP meeting.",
            ("h", "Friendships"),
            "Within 12 months, Jayden will attend a lunchtime club at least 2 days a week for a whole term, recorded by the club leader.",
        ]),
        ("F", [
            ("h", "Communication and interaction"),
            ("b", [
                "Jayden will receive direct speech and language therapy from a Specialist Speech and Language Therapist (Band 6), 1:1 \u2013 weekly for 45 minutes, in each half-term block (6 weeks) in the first half of every term.",
                "Jayden will receive a vocabulary programme (the Word Aware approach), paired work (1:2) with a Learning Support Assistant (LSA) trained by the therapist \u2013 x2 per week @ 30 mins.",
                "The Specialist Speech and Language Therapist will train Jayden's LSA and brief his subject teachers at the start of each term (1 hour).",
                "Subject teachers will give instructions in short chunks with a written or visual prompt in every lesson; the SENCo will brief staff on this at the start of each term (20 minutes).",
            ]),
            ("h", "Cognition and learning"),
            ("b", [
                "Jayden will receive a reading comprehension group with the English intervention teacher, in a group of 4 \u2013 three sessions a fortnight, 40 minutes each.",
                "Rest breaks and a reader for written tests and exams (not English reading papers), organised by the SENCo.",
            ]),
            ("h", "Social, emotional and mental health"),
            ("b", [
                "Jayden will have a check-in with his key adult, a named LSA trained in attachment-aware practice \u2013 daily, 10 minutes at the start of the day and 5 minutes at the end.",
                "Jayden will use a time-out pass once a lesson to go to the Learning Support base (staffed by an LSA every period) for 10 minutes.",
                "May 2026 onwards, the Virtual School's Education Adviser (the council's team supporting children in care at school) will attend each termly PEP meeting (1 hour) and advise the designated teacher.",
                "The Virtual School's Educational Psychologist will give attachment and trauma training to all Year 7 teaching staff: one 2-hour session in Summer Term 2026.",
                "Jayden will attend Computing club, led by the Computing teacher, in a group of 12 \u2013 Tuesdays and Thursdays at lunchtime, 40 minutes.",
            ]),
        ]),
        ("G", [
            ("b", [
                "CAMHS Children in Care team: a Clinical Psychologist will see Jayden for therapy fortnightly (50 minutes) for 12 sessions, then review with his carers, and will meet his foster carers and the designated teacher once a month (1 hour) for consultation.",
                "Looked After Children's Health Team: a specialist nurse will complete Jayden's Review Health Assessment once a year (1 hour).",
            ]),
            "The health provision above was agreed by Dr Farah Shah, Designated Clinical Officer, on 1 April 2026.",
        ]),
        ("H1", ["None under section 2 of the Chronically Sick and Disabled Persons Act 1970; Jayden's social care needs are met through his care plan as a looked after child (see H2)."]),
        ("H2", [
            ("b", [
                "Jayden's social worker will visit him at home every 6 weeks and see him alone at each visit, as set out in his care plan.",
                "Supervised family time with his mum once a month (2 hours) at the family centre, arranged by the Children in Care Team.",
                "Life-story work with his social worker: 6 sessions of 1 hour during Summer Term 2026.",
                "His foster carers' supervising social worker will visit them every 4 weeks.",
            ]),
        ]),
        ("I", ["Highfield School, mainstream secondary academy."]),
        ("J", ["No personal budget requested."]),
        ("K", []),
    ],
    K=[
        ("Young person's views", "Jayden, with his key adult and social worker", "12/02/2026"),
        ("Foster carers' views", "Karen and Dev, foster carers", "12/02/2026"),
        ("Parent's views", "Jayden's mum", "16/02/2026"),
        ("Educational advice", "SENCo and designated teacher for looked after children, Highfield School", "20/02/2026"),
        ("Medical advice (Review Health Assessment)", "Specialist Nurse, Looked After Children's Health Team", "05/01/2026"),
        ("Health advice", "Clinical Psychologist, CAMHS Children in Care team", "18/02/2026"),
        ("Psychological advice", "Educational Psychologist", "24/02/2026"),
        ("Social care advice, with care plan", "Ms Boateng, Social Worker, Children in Care Team", "19/02/2026"),
        ("Speech and language therapy advice", "Specialist Speech and Language Therapist (Band 6)", "10/02/2026"),
        ("Personal Education Plan", "Virtual School Education Adviser and designated teacher", "27/01/2026"),
    ],
    fails={}, na=["PC-PFA"],
    notes={"SC-STATUTORY-LINK": "looked after: social worker's advice, care plan, CLA review and PEP all reflected in D/H2/K - pass",
           "PR-VAGUE-WORDING": "trap: 'May 2026 onwards' - May is the month - pass",
           "PR-QUANTIFIED": "trap: 'Rest breaks and a reader ... organised by the SENCo' is an access arrangement - pass"},
)

# h208 ---------------------------------------------------------------- FAIL
plan(
    file="h208.docx", layout="letter-column", age=15, year_group="Year 10",
    needs=["vision"], voice="first person + parents",
    front=[("Name", "Priya"), ("Date of birth", "Feb. 2010"), ("NC year", "Year 10"),
           ("Current provision", "Oakwood School (mainstream secondary)"),
           ("Date of last annual review", "20/05/2025"), ("Date of issue", "16 June 2025")],
    sections=[
        ("A", [
            ("h", "My views"),
            "Priya wrote this herself, using her laptop, in April 2025.",
            "\u201cI'm Priya and I'm 15. I love music, podcasts and drama. I do the playlist for our form room every Friday. I want to be a radio presenter. I'd love to do my work experience at the hospital radio station and then do a media course at college.\u201d",
            "\u201cI hate it when teachers give out tiny worksheets and I have to ask again in front of everyone. Bright sunlight hurts my eyes.\u201d",
            ("h", "My parents' views"),
            "\u201cPriya is confident, witty and very musical. We want her to go to college and do something creative like media \u2013 she's never without her headphones. We'd like her to be less embarrassed about using her equipment.\u201d",
        ]),
        ("B", [
            ("h", "Vision"),
            "Priya has albinism, which affects her eyes and skin. She has nystagmus (her eyes make small, constant movements) and is registered as sight impaired. She reads print at N18 bold (about three times the size of normal print) or on her iPad with magnification. She reads slowly and gets tired by the afternoon. She cant see the board from more than a metre away.",
            ("h", "Cognition and learning"),
            "Priya is on track for grades 4 to 5 in most GCSEs. Maths is harder because of graphs and diagrams.",
            ("h", "Social, emotional and mental health"),
            "Priya have lots of friends. She don't like to use her monocular (a small hand-held telescope) in front of them, and she sometimes goes without equipment rather than stand out.",
            ("h", "Mobility and independence"),
            "Priya knows her way around school but has not yet learnt to travel indepedently on unfamiliar routes.",
        ]),
        ("C", [
            "Priya has oculocutaneous albinism with nystagmus and is sensitive to bright light. Her skin burns easily and needs high-factor sun cream and a hat outdoors. She has a yearly review at the hospital Eye Clinic.",
        ]),
        ("D", [
            "Priya lives with her parents and younger brother. The Children with Disabilities Team advised (April 2025) that she has no social care needs. Short breaks were discussed with the family and are not needed.",
        ]),
        ("E", [
            ("n", [
                "By the end of Year 11 (July 2026), Priya will achieve at least grade 4 in GCSE English Language and Maths, using her modified papers.",
                "Within 12 months, Priya will travel on her own from home to school by bus (route 32) and into the town centre, using her monocular to read bus numbers, on 5 days out of 5 for 4 weeks, signed off by the Habilitation Officer.",
                "Within 12 months, Priya will cook a hot meal for her family once a week using talking scales and tactile markers, with no adult help, recorded by her mum.",
                "Within 12 months, Priya will touch-type at 30 words per minute with 95% accuracy, checked each term by her Qualified Teacher of Vision Impairment.",
                "Within 12 months, Priya will put on sun cream and wear her tinted glasses or cap before going outside without reminders, 9 out of 10 times, observed by her Learning Support Assistant and parents.",
                "Within 12 months, Priya will attend the county's young people's vision impairment group at least 8 times, recorded by the group leader.",
            ]),
        ]),
        ("F", [
            ("b", [
                "A Qualified Teacher of Vision Impairment (QTVI) from the Sensory Support Service will visit school to advise staff and check Priya's equipment \u2013 once each half-term, 1.5 hours each visit.",
                "Priya will recieve 1:1 mobility and independence training from the Habilitation Officer (Sensory Support Service) \u2013 x2 per month @ 1 hour, in school time.",
                "All class materials will be enlarged to N18 bold by the school's Resource Technician, ready the day before each lesson. The Resource Technician also enlarge all homework sheets.",
                "Priya will use an iPad with a magnification app and a laptop with screen-reading software, set up and maintained by the school's IT Technician.",
                "Priya will recieve touch-typing practice, 1:1 with a Learning Support Assistant \u2013 x3 per week @ 20 minutes.",
                "Priya will receive 1:1 Learning Support Assistant support in science and technology practical lessons \u2013 6 lessons a week.",
                "Exam arrangements: modified enlarged papers (A3, N18 bold), 25 per cent extra time and a seperate room with blinds, arranged by the Exams Officer.",
                "Priya will meet her key worker 1:1 to talk through how she feels about using her equipment \u2013 weekly, 20 minutes.",
            ]),
        ]),
        ("G", [
            "Eye Clinic: annual review by the Consultant Ophthalmologist (30-minute appointment), including a check on Priya's glasses and tinted lenses.",
            "Agreed by Dr F. Shah, Designated Clinical Officer, 10/06/2025.",
        ]),
        ("H1", ["None \u2013 short breaks were considered and are not needed."]),
        ("H2", ["None. The family were given information about Early Help."]),
        ("I", ["Oakwood School, mainstream secondary school."]),
        ("J", ["None requested."]),
        ("K", []),
    ],
    K=[
        ("Young person's views", "Priya", "04/04/2025"),
        ("Parents' views", "Priya's mum and dad", "04/04/2025"),
        ("Educational advice", "SENCo (special educational needs co-ordinator), Oakwood School", "09/04/2025"),
        ("Educational advice (vision impairment)", "Qualified Teacher of Vision Impairment, Sensory Support Service", "26/03/2025"),
        ("Medical advice", "Consultant Ophthalmologist, Eye Clinic (clinic letter)", "Nov. 2022"),
        ("Psychological advice", "Educational Psychologist", "14/04/2025"),
        ("Social care advice", "Children with Disabilities Team", "22/04/2025"),
        ("Preparing for adulthood advice", "Careers Adviser", "30/04/2025"),
        ("Habilitation advice", "Habilitation Officer, Sensory Support Service", "02/04/2025"),
    ],
    fails={
        "CA-ANNUAL-REVIEW": "\"Date of last annual review | 20/05/2025\", \"Date of issue | 16 June 2025\" - both over 12 months before the audit date 2026-12-01",
        "CA-ADVICE-AGE": "K: \"Medical advice | Consultant Ophthalmologist, Eye Clinic (clinic letter) | Nov. 2022\" - about 31 months old at issue",
        "HC-ADVICE": "the only health advice (ophthalmology, Nov. 2022) is not current",
        "LG-SPELLING": "\"recieve\" (twice), \"seperate\", \"indepedently\", \"cant\"",
        "LG-GRAMMAR": "\"Priya have lots of friends.\", \"She don't like to use her monocular\", \"The Resource Technician also enlarge all homework sheets.\"",
        "PC-ASPIRATION-LINK": "A: \"I want to be a radio presenter ... work experience at the hospital radio station and then do a media course\"; no outcome in E builds on music/media/radio or work experience",
    },
    na=["SC-STATUTORY-LINK"],
    notes={"PC-PFA": "Year 10: travel, cooking, health, community group and GCSE outcomes cover PfA - pass (aspiration link fails separately)",
           "PR-QUANTIFIED": "trap: exam arrangements arranged by the Exams Officer; iPad/laptop set up by the IT Technician - pass"},
)

# h209 ---------------------------------------------------------------- SOUND
plan(
    file="h209.docx", layout="shaded-heading-table", age=4, year_group="Reception",
    needs=["speech and language", "EAL"], voice="parents' voice via interpreter; child's views through play gathered by TA/key person",
    front=[("Name", "Zofia"), ("Date of birth", "Jan. 2022"), ("Year group", "Reception (Early Years Foundation Stage)"),
           ("Current provision", "St Mary's Church of England Primary School, Reception class"),
           ("Home language", "Polish"), ("Date of issue", "28/09/2026")],
    sections=[
        ("A", [
            ("h", "What Zofia's parents tell us"),
            "Zofia's mum and dad shared their views in Polish, with an interpreter, in June 2026.",
            "\u201cZofia is loving, funny and very determined. She adores her big sister and the swings at the park. At home she speaks Polish, but only in short phrases, and sometimes even we do not understand her. She gets angry when we do not understand. We hope she will be able to talk and play with other children, to read in English and in Polish, and to be happy at school. One day we would love her to become a doctor like her grandmother.\u201d",
            ("h", "What Zofia tells us through play"),
            "Zofia's views were gathered by her pre-school key person in June 2026 and by her Reception teaching assistant in September 2026, by watching her play and offering her photos to choose from.",
            ("b", [
                "She chose photos of the sand tray, the bikes and her sister, and kissed the photo of her sister.",
                "She takes an adult's hand and leads them to what she wants, and says \u201cmama\u201d, \u201cnie\u201d (no) and \u201cmore\u201d.",
                "She claps and smiles during songs and joins in with the actions.",
                "She pushes work away and sometimes hits out when she cannot make herself understood.",
            ]),
            ("h", "Zofia's strengths"),
            ("b", ["Confident at climbing and on bikes", "Completes 12-piece jigsaws on her own",
                   "Copies adults' actions and signs quickly", "Kind to younger children"]),
        ]),
        ("B", [
            ("h", "Speech, language and communication"),
            "Zofia has significant difficulties with understanding and using language. A speech and language therapist assessed her with a Polish-speaking bilingual co-worker (June 2026) and found difficulties in both Polish and English, which shows this is a language disorder and not only the normal stage of learning English as an additional language. She understands single words and simple phrases with gestures. She uses two-word phrases in Polish and single words in English, and her speech is often unclear.",
            ("h", "Cognition and learning"),
            "Zofia's non-verbal skills are a strength: she matches, sorts and completes puzzles at the level expected for her age and counts objects to 5. Her early reading is not yet started.",
            ("h", "Social, emotional and mental health"),
            "Zofia likes routine and familiar adults. She becomes frustrated when she cannot make herself understood and may hit out. She plays alongside other children but rarely with them.",
        ]),
        ("C", [
            "Zofia has no health needs other than her speech and language difficulties, which are met in Section F. Her hearing was tested by Children's Audiology in May 2026 and was normal. The Community Paediatrician (medical advice, June 2026) found no medical condition. She is fit and well.",
        ]),
        ("D", [
            "Zofia has no social care needs. Children's Social Care advised (June 2026) that the family are not known to them, and the family told us their needs are met at home with help from friends at their church. Short breaks and Early Help were discussed; the family do not need them at present.",
        ]),
        ("E", [
            ("n", [
                "Within 12 months, Zofia will follow instructions with 2 key words in English (for example \u201cgive teddy the cup\u201d) in 8 out of 10 tries, checked by her speech and language therapist at each half-termly visit.",
                "By the end of Reception (July 2027), Zofia will use 3-word phrases in English or Polish to ask for things and comment in play at least 10 times a day, counted by her teaching assistant one day a week.",
                "Within 12 months, Zofia will show an adult she is cross using her \u201cfeelings\u201d picture card instead of hitting, on 4 out of 5 occasions, recorded in the class log.",
                "Within 12 months, Zofia will play a turn-taking game with 2 classmates for 5 minutes with an adult nearby, 3 times a week, noted by her teaching assistant.",
                "By the end of Reception, Zofia will recognise and say the sounds of 15 letters, checked by her class teacher on the phonics tracker.",
            ]),
        ]),
        ("F", [
            ("h", "Speech, language and communication"),
            "A Specialist Speech and Language Therapist (Band 6) from the NHS Children's Speech and Language Therapy service will visit school to assess Zofia, set targets and model activities for staff \u2013 once each half-term, 1 hour each visit.",
            "Zofia will receive her language programme, 1:1 with her teaching assistant (TA), who has completed Elklan training (an accredited speech and language course for school staff) \u2013 daily, 15 minutes before lunch.",
            "Zofia will receive speech sound practice, 1:1 with her TA, following the therapist's programme \u2013 x3 per week @ 10 mins.",
            "Zofia will take part in an attention and listening group with her TA, in a group of 4 children \u2013 Mondays and Thursdays, 20 minutes each time.",
            "A Polish-speaking bilingual assistant from the Ethnic Minority and Traveller Achievement Service will work with Zofia and one other child (paired work) \u2013 once a week for 30 minutes \u2013 and will attend each termly meeting with her parents (1 hour).",
            ("h", "Social, emotional and mental health"),
            "The class teacher will set up a visual timetable and \u201cnow and next\u201d board for Zofia, used at every change of activity.",
            "Zofia will learn to use her feelings cards in a turn-taking game with her TA and one classmate (1 adult to 2 children) \u2013 three sessions a week, 10 minutes each.",
            ("h", "Early reading"),
            "Zofia will join the daily class phonics lesson and then receive a 1:1 catch-up with her TA \u2013 4 days a week, 10 minutes straight after the lesson.",
            ("h", "Adult support"),
            "The school will provide an additional TA so that Zofia has 1:1 support for 15 hours a week, mainly in the mornings.",
        ]),
        ("G", ["No health provision is needed (see Section C)."]),
        ("H1", ["None \u2013 see Section D."]),
        ("H2", ["None \u2013 see Section D."]),
        ("I", ["St Mary's Church of England Primary School (mainstream primary school)."]),
        ("J", ["Personal budgets were explained to Zofia's parents; they did not request one."]),
        ("K", []),
    ],
    K=[
        ("Parents' views (with Polish interpreter)", "Zofia's mum and dad", "08/06/2026"),
        ("Child's views (observation through play)", "Key person, Little Acorns Pre-school", "10/06/2026"),
        ("Educational advice", "Manager and special educational needs co-ordinator, Little Acorns Pre-school", "11/06/2026"),
        ("Medical advice", "Dr Rahman, Community Paediatrician, Community Paediatric Service", "15/06/2026"),
        ("Hearing test report", "Children's Audiology", "20/05/2026"),
        ("Psychological advice", "Educational Psychologist", "17/06/2026"),
        ("Social care advice", "Children's Social Care, Duty and Assessment Team", "19/06/2026"),
        ("Speech and language therapy advice", "Specialist Speech and Language Therapist (Band 6), with bilingual co-worker", "12/06/2026"),
        ("Advice on English as an additional language", "Ethnic Minority and Traveller Achievement Service", "16/06/2026"),
    ],
    fails={}, na=["PC-PFA", "HC-PROVISION-SPECIFIC", "HC-NEEDS-MET", "HC-DCO-SIGNOFF", "SC-STATUTORY-LINK"],
    notes={"PC-VOICE": "trap: four-year-old's views gathered through play and photo choice by key person and TA - pass",
           "PR-QUANTIFIED": "trap: SLT visit 'once each half-term, 1 hour each visit' - no group size needed - pass"},
)

# h210 ---------------------------------------------------------------- FAIL
plan(
    file="h210.docx", layout="heading2-numbered", age=18, year_group="Post-16 college (Year 2)",
    needs=["ADHD", "SEMH"], voice="young person (reported, professional register) + parent",
    front=[("Name", "Jordan"), ("Date of birth", "Aug. 2007"), ("Age", "18"),
           ("Current provision", "Riverside College \u2013 Level 2 Diploma in Light Vehicle Maintenance (Year 2)"),
           ("Date of annual review", "12/02/2026"), ("Date of issue", "11/03/2026")],
    sections=[
        ("A", [
            ("h", "Jordan's views"),
            "Jordan presents with a diagnosis of ADHD (combined presentation) with co-morbid GAD, and reports significant EF deficits impacting on task initiation, working memory and self-regulation. Via the PCP process Jordan articulated that unstructured theory-based delivery exacerbates his dysregulation and that he experiences heightened somatic symptoms of anxiety prior to assessment points. Jordan stated: \u201cI like being in the workshop. I hate sitting in a classroom. I want to be a proper mechanic and have my own van one day.\u201d",
            ("h", "Parent's views"),
            "Jordan's mum reports that he is practical, generous and good with his hands, and that his engagement with the vocational curriculum is high. She would like Jordan to secure an apprenticeship and to develop the self-management strategies needed for independent adult functioning.",
        ]),
        ("B", [
            ("h", "Cognition and learning"),
            "Jordan has ADHD and an SpLD profile. His practical skills are strong: his workshop tutor rates him among the best in the group at diagnosing faults. He struggles to plan written assignments, keep track of deadlines and read long technical manuals.",
            ("h", "Social, emotional and mental health"),
            "Jordan's GAD affects attendance before assessments. He manages well in the workshop and is liked by his peers.",
        ]),
        ("C", [
            "Jordan takes medication for ADHD, prescribed by his GP under a shared-care arrangement with the Adult ADHD Service, which reviews it yearly. He sometimes forgets to take it.",
        ]),
        ("D", ["N/A"]),
        ("E", [
            ("h", "Confidence and wellbeing"),
            "By the end of the course, Jordan will demonstrate improved EF skills and increased self-efficacy and will be more confident and less anxious.",
            ("h", "Mentoring"),
            "Jordan will receive weekly mentoring from the college Wellbeing Mentor to address GAD symptomatology.",
            ("h", "Qualification"),
            "By the end of the course (July 2027), Jordan will achieve the Level 2 Diploma in Light Vehicle Maintenance, with all written units submitted by the deadline set by his tutor.",
            ("h", "Employment"),
            "Within 12 months, Jordan will complete a 10-week work placement at a local garage, 2 days a week, with at least 90% attendance, recorded by the Work Placement Co-ordinator.",
            ("h", "Good health"),
            "Within 12 months, Jordan will collect his own prescription and take his medication every morning, logged on his phone app, on 6 days out of 7, checked by his mentor each month.",
        ]),
        ("F", [
            ("h", "Cognition and learning"),
            ("n", [
                "Jordan will receive shared TA support (1 adult to 4 students) in all theory sessions \u2013 6 hours per week.",
                "Jordan will receive 1:1 study skills sessions with the college's SpLD tutor to plan assignments and deadlines \u2013 x2 per week @ 45 mins.",
                "Jordan will use a laptop with mind-mapping and text-to-speech software (AT), set up by the college IT technician.",
                "Exam arrangements: rest breaks and 25 per cent extra time, arranged by the college Exams Officer.",
            ]),
            ("h", "Social, emotional and mental health"),
            ("n", [
                "Jordan will receive 1:1 sessions with the college Wellbeing Mentor using CBT-informed approaches \u2013 weekly, 45 minutes.",
            ]),
            ("h", "Employment"),
            ("n", [
                "The Work Placement Co-ordinator will set up Jordan's placement and visit the garage \u2013 every 2 weeks, 1 hour each visit.",
            ]),
        ]),
        ("G", [
            "Adult ADHD Service: a specialist nurse will review Jordan's ADHD medication once a year (1-hour appointment). His GP will prescribe monthly under the shared-care agreement.",
            "Health provision agreed by the Designated Clinical Officer, Dr F. Shah, 05/03/2026.",
        ]),
        ("H1", ["N/A"]),
        ("H2", ["Jordan will receive Learning Support Assistant support in the workshop \u2013 3 hours per week."]),
        ("I", ["Riverside College (general further education college)."]),
        ("J", ["None requested."]),
        ("K", []),
    ],
    K=[
        ("Young person's views", "Jordan", "15/01/2026"),
        ("Parent's views", "Jordan's mum", "15/01/2026"),
        ("Educational advice (annual review report)", "Head of Learning Support, Riverside College", "02/02/2026"),
        ("Medical advice", "Specialist Nurse, Adult ADHD Service", "20/01/2026"),
        ("GP summary", "Jordan's GP", "19/01/2026"),
        ("Psychological advice", "Educational Psychologist", "10/06/2025"),
        ("Social care advice", "Transitions social worker, Adult Social Care (Transitions)", "22/01/2026"),
        ("Preparing for adulthood advice", "Careers Adviser", "29/01/2026"),
    ],
    fails={
        "PC-OUTCOME-NOT-PROVISION": "E: \"Jordan will receive weekly mentoring from the college Wellbeing Mentor to address GAD symptomatology.\"",
        "PC-SMART": "E: \"By the end of the course, Jordan will demonstrate improved EF skills and increased self-efficacy and will be more confident and less anxious.\" - no measure",
        "SC-NEEDS": "D: \"N/A\" - no statement of needs or on what basis none (Transitions social care advice is in K)",
        "SC-RIGHT-SECTION": "H2: \"Jordan will receive Learning Support Assistant support in the workshop \u2013 3 hours per week.\" - educational provision in H",
        "SC-PROVISION-SPECIFIC": "H1 \"N/A\"; H2 holds only educational support - no social care provision and no record that short breaks / Care Act support / early help were considered",
        "LG-READABILITY": "A: \"Jordan presents with a diagnosis of ADHD (combined presentation) with co-morbid GAD, and reports significant EF deficits impacting on task initiation...\"; E in the same register",
        "LG-JARGON": "ADHD, GAD, EF, PCP, SpLD, AT, CBT, TA never spelled out",
    },
    na=["SC-STATUTORY-LINK"],
    notes={"PC-PFA": "qualification, placement and health outcomes cover PfA - pass",
           "CA-ADVICE-AGE": "EP advice 10/06/2025 is 9 months old at issue - pass"},
)

# h211 ---------------------------------------------------------------- FAIL
plan(
    file="h211.docx", layout="letter-column", age=13, year_group="Year 8",
    needs=["SEMH"], voice="parent and school only",
    front=[("Name", "Kai"), ("Date of birth", "Dec. 2012"), ("NC year", "Year 8"),
           ("Current provision", "Beacon Hill School (mainstream secondary), part-time timetable"),
           ("Date of issue", "19/05/2026")],
    sections=[
        ("A", [
            ("h", "Parent's views"),
            "Kai's mum says that Kai refuses to go to school most mornings and that getting him there is a battle. He is angry at home, swears at her and will not do homework. He stays up late gaming and will not come off his console. She is worried he is falling further behind and that he will end up excluded.",
            "Mum hopes Kai will get back into full-time lessons, stay in school until 16 and then go to college to do motor vehicle work, like his uncle.",
            ("h", "School's views"),
            "School report that Kai's attendance is 54%. When he is in school he often refuses to start work, walks out of lessons and is rude to staff when challenged. He has received 6 fixed-term suspensions this year. He cannot manage unstructured times and is frequently involved in conflict at break.",
        ]),
        ("B", [
            ("h", "Social, emotional and mental health"),
            "Kai has significant difficulties with anxiety and anger. He avoids school, cannot regulate his emotions when challenged, refuses adult direction and leaves lessons without permission. He has poor relationships with staff and peers.",
            ("h", "Cognition and learning"),
            "Kai has large gaps in his learning because of missed school. His reading age is 9 years 2 months (tested March 2026) and he struggles to read subject texts. He avoids writing tasks.",
        ]),
        ("C", [
            "Kai has no health needs. His GP (family doctor; medical advice, April 2026) reports no medical conditions. Kai was assessed by the Emotional Wellbeing Service in 2025 and did not need a referral to specialist mental health services.",
        ]),
        ("D", [
            "Kai and his family have been supported under a Child in Need plan since February 2026. Kai lives with his mum and younger brother; Mum reports that his angry outbursts at home have increased this year.",
        ]),
        ("E", [
            ("n", [
                "Within 12 months, Kai will attend school for at least 80% of sessions (54% now), measured by the attendance register each half-term.",
                "Within 12 months, Kai will read at a reading age of 11 years on the school's standardised reading test.",
                "Within 12 months, Kai will use his agreed calm-down strategy (time-out card or breathing) instead of walking out of lessons, on 4 out of 5 occasions, recorded by his key adult.",
                "By the end of Year 9 (July 2027), Kai will attend the after-school motor vehicle club for at least 10 sessions, recorded by the club leader.",
            ]),
        ]),
        ("F", [
            ("b", [
                "Kai will have regular access to the nurture room where possible.",
                "Kai will receive a reading intervention with a trained Higher Level Teaching Assistant (HLTA) in a group of 3 \u2013 x3 weekly @ 30 minutes.",
                "Kai will have a check-in with his key adult, a Learning Support Assistant \u2013 daily, 10 minutes at the start of the day.",
                "The Attendance and Pastoral Lead will meet Kai and his mum to review his timetable and plan the next step of his return to full-time \u2013 every two weeks, 30 minutes.",
                "Kai will use a time-out card once per lesson for 10 minutes in the Inclusion Base, which is staffed by a Learning Support Assistant every period.",
                "Kai will attend the motor vehicle club run by the Design and Technology technician, in a group of 8 \u2013 Tuesdays after school, 1 hour.",
                "The Educational Psychologist will visit to advise staff and review Kai's progress \u2013 once a term, 2 hours.",
            ]),
        ]),
        ("G", ["None."]),
        ("H1", ["None."]),
        ("H2", ["None. Early Help and short breaks were considered; Kai does not meet the criteria for short breaks for disabled children."]),
        ("I", ["Beacon Hill School, mainstream secondary school."]),
        ("J", ["None requested."]),
        ("K", []),
    ],
    K=[
        ("Parent's views", "Kai's mum", "09/04/2026"),
        ("Educational advice", "SENCo (special educational needs co-ordinator), Beacon Hill School", "14/04/2026"),
        ("Medical advice", "Kai's GP", "09/04/2026"),
        ("Psychological advice", "Educational Psychologist", "21/04/2026"),
        ("Social care advice", "Children's Social Care, Duty and Assessment Team", "16/04/2026"),
    ],
    fails={
        "PC-VOICE": "A has only \"Parent's views\" and \"School's views\" - nothing from Kai and no note of how his views were sought",
        "PC-STRENGTHS": "A and B are deficit-only: \"refuses to go to school\", \"swears at her\", \"rude to staff\", \"cannot regulate his emotions\", \"poor relationships with staff and peers\" - no strengths anywhere",
        "SC-STATUTORY-LINK": "D: \"Kai and his family have been supported under a Child in Need plan since February 2026.\" - no CIN plan content, no allocated social worker's contribution (K advice is a duty-team response), H1/H2 do not reflect the CIN plan",
        "PR-VAGUE-WORDING": "\"Kai will have regular access to the nurture room where possible.\"",
        "PR-QUANTIFIED": "same item: no how often, how long, who or group size",
    },
    na=["PC-PFA", "HC-PROVISION-SPECIFIC", "HC-NEEDS-MET", "HC-DCO-SIGNOFF"],
    notes={"SC-PROVISION-SPECIFIC": "H2 says Early Help and short breaks were considered - pass",
           "PC-ASPIRATIONS": "Mum: \"get back into full-time lessons ... go to college to do motor vehicle work\" - pass; E4 motor vehicle club builds on it"},
)

# h212 ---------------------------------------------------------------- SOUND
plan(
    file="h212.docx", layout="shaded-heading-table", age=17, year_group="Year 13 (post-16 college)",
    needs=["MLD", "Type 1 diabetes"], voice="young person's own voice + parents",
    front=[("Name", "Ruby"), ("Date of birth", "May 2009"), ("Year group", "Year 13 (post-16)"),
           ("Current provision", "Northgate College \u2013 Pathways to Work (Entry Level 3), full-time"),
           ("Date of annual review meeting", "06/10/2026"), ("Date of issue", "02/11/2026")],
    sections=[
        ("A", [
            ("h", "My views \u2013 Ruby"),
            "Ruby talked to her tutor in September 2026 and checked the words below herself.",
            ("b", [
                "\u201cI love baking. I watch the Bake Off every week and I made my nan's birthday cake.\u201d",
                "\u201cI play netball on Wednesdays and I like doing dances with my friends.\u201d",
                "\u201cI want to work in a bakery or a caf\u00e9. One day I want to live in a flat with my friend Chloe.\u201d",
                "\u201cI find it hard when people talk fast or use big words. I need things shown to me.\u201d",
                "\u201cI'm getting better at my injections but I forget to check my levels when I'm busy.\u201d",
            ]),
            ("h", "My parents' views"),
            "\u201cRuby is kind, funny and a hard worker. We hope she will get a paid job she enjoys, go into town with friends on her own, and in time live in her own flat with some support. Keeping her diabetes safe when she is more independent is our biggest worry.\u201d",
        ]),
        ("B", [
            ("h", "Cognition and learning"),
            "Ruby has moderate learning difficulties. Her reading age is about 9 years and she can handle money up to about \u00a310. She needs more time to take in new information and learns best from demonstration and practice. She is reliable, practical and remembers routines once learnt.",
            ("h", "Communication and interaction"),
            "Ruby understands everyday conversation but struggles with long or complicated instructions and new vocabulary.",
            ("h", "Social, emotional and mental health"),
            "Ruby is sociable and has a close group of friends. She worries about being left out and can be too trusting online.",
            ("h", "Physical"),
            "Ruby has no difficulty walking and takes part fully in PE and netball.",
        ]),
        ("C", [
            "Ruby has Type 1 diabetes, diagnosed when she was 9. She injects insulin several times a day and wears a continuous glucose monitor (a sensor on her arm that sends her blood sugar level to her phone). She needs to check her glucose before meals, count the carbohydrate in her food and treat low blood sugar (a \u201chypo\u201d) quickly. When she is busy she does not always notice the warning signs of a hypo. Apart from her diabetes Ruby is fit and well.",
        ]),
        ("D", [
            "Ruby lives with her mum and stepdad. The Children with Disabilities Team advised (September 2026) that Ruby has no current social care needs. Because Ruby will be 18 in 2027, Adult Social Care (Transitions) has started a transition assessment; her Transitions social worker met Ruby and her parents in September 2026 and found no eligible needs at present. Short breaks were considered and are not needed.",
        ]),
        ("E", [
            ("h", "Employment"),
            "By the end of the course (July 2027), Ruby will complete a 12-week work placement at a local bakery one day a week and gain a positive written reference from her placement supervisor.",
            "By the end of the course, Ruby will be awarded the Level 1 Award in Food Safety in Catering.",
            ("h", "Friends and community"),
            "Within 12 months, Ruby will access the community independently: she will travel by bus from home to college and into town to meet friends, without an adult, on at least 8 occasions, recorded in her travel diary and checked by her tutor.",
            ("h", "Independent living"),
            "Within 12 months, Ruby will pay for her shopping with cash or card and check her change, getting it right 4 times out of 5 in her tutor's monthly check.",
            ("h", "Good health"),
            "Within 12 months, Ruby will check her glucose on her phone before each college meal and treat a low reading herself following her Individual Healthcare Plan, on 9 out of 10 occasions, recorded on the college health log and checked by her diabetes nurse each term.",
            ("h", "Staying safe"),
            "By the end of the Spring Term 2027, Ruby will explain 5 online safety rules and show her tutor how to block and report someone, checked in her tutorial record.",
        ]),
        ("F", [
            "Ruby will receive functional skills English and maths with a specialist tutor, in a group of 8 \u2013 x2 per week @ 90 mins.",
            "Ruby will receive 1:1 money skills practice with a Learning Support Assistant (LSA) \u2013 x2 per week @ 30 mins.",
            "Ruby will receive shared teaching assistant support (1 adult to 4 students) in all vocational sessions \u2013 12 hours per week.",
            "A job coach from the college's employability team will support Ruby 1:1 at her placement for the whole day for the first 4 weeks, and then visit the placement weekly for 1 hour.",
            "January 2027 onwards, Ruby will receive independent travel training from the council's Travel Training Team, 1:1 \u2013 x2 per week @ 1 hour, for one half-term block (6 weeks).",
            "Ruby will use a tablet with a text-to-speech reading app and a picture dictionary, set up and kept up to date by the college's Assistive Technology Co-ordinator.",
            "Ruby will have a reader and 25 per cent extra time in her functional skills tests and Food Safety exam, arranged by the college's Exams Officer.",
            "Ruby will attend a personal safety and relationships group with a tutor, in a group of 6 \u2013 weekly for 45 minutes in the Autumn and Spring Terms.",
            "Two members of the Learning Support team, trained by the diabetes nurse, will be on site whenever Ruby is in college; her LSA will prompt a 10-minute glucose check before lunch every day.",
        ]),
        ("G", [
            ("b", [
                "Children's Diabetes Team, Community Paediatric Service: the Paediatric Diabetes Specialist Nurse will train named college staff in glucose monitoring and hypo treatment each September (2-hour session) and visit college once a term (45 minutes) to review Ruby's Individual Healthcare Plan with her and her tutor.",
                "Consultant Paediatrician (Diabetes): clinic review every 3 months (30 minutes), including a blood test (HbA1c) that shows her average blood sugar.",
                "Continuous glucose monitor sensors and insulin supplies are prescribed and supplied by the Children's Diabetes Team.",
            ]),
            "Health provision checked and signed off by Dr Farah Shah, Designated Clinical Officer, on 28 October 2026.",
        ]),
        ("H1", ["None \u2013 see Section D. Short breaks were considered and are not needed."]),
        ("H2", ["Ruby's Transitions social worker will complete her Care Act transition assessment by March 2027 and attend her next annual review."]),
        ("I", ["Northgate College (general further education college)."]),
        ("J", ["No personal budget requested."]),
        ("K", []),
    ],
    K=[
        ("Young person's views", "Ruby, with her tutor", "14/09/2026"),
        ("Parents' views", "Ruby's mum and stepdad", "14/09/2026"),
        ("Educational advice (annual review report)", "Head of Foundation Learning, Northgate College", "22/09/2026"),
        ("Medical advice", "Paediatric Diabetes Specialist Nurse, Children's Diabetes Team", "15/09/2026"),
        ("Diabetes clinic letter", "Consultant Paediatrician (Diabetes), Community Paediatric Service", "28/08/2026"),
        ("Psychological advice", "Educational Psychologist", "20/11/2025"),
        ("Social care advice", "Social Worker, Children with Disabilities Team", "16/09/2026"),
        ("Social care advice (transition)", "Transitions social worker, Adult Social Care (Transitions)", "30/09/2026"),
        ("Preparing for adulthood advice", "Careers Adviser", "25/09/2026"),
    ],
    fails={}, na=["SC-STATUTORY-LINK"],
    notes={"PC-SMART": "traps: 'gain a positive written reference', 'be awarded the Level 1 Award in Food Safety' - achievements, pass",
           "PC-OUTCOME-NOT-PROVISION": "trap: 'access the community independently' is an outcome - pass",
           "HC-NEEDS": "trap: 'Ruby has no difficulty walking' alongside Type 1 diabetes - health need described, pass",
           "PR-VAGUE-WORDING": "trap: 'January 2027 onwards' starts a sentence with a month - pass",
           "PR-QUANTIFIED": "traps: tablet set up by Assistive Technology Co-ordinator; reader and extra time arranged by the Exams Officer - pass",
           "HC-DCO-SIGNOFF": "\"checked and signed off by Dr Farah Shah, Designated Clinical Officer, on 28 October 2026\""},
)

# ---------------------------------------------------------------- build

def main():
    os.makedirs(PLANS, exist_ok=True)
    out = {"audit_date": "2026-12-01", "plans": []}
    for p in PL:
        doc = RENDER[p["layout"]](p)
        doc.save(os.path.join(PLANS, p["file"]))
        labels = {}
        for c in CRITERIA:
            labels[c] = "fail" if c in p["fails"] else ("na" if c in p["na"] else "pass")
        why = dict(p["fails"])
        for k, v in p.get("notes", {}).items():
            why.setdefault(k, v)
        out["plans"].append({
            "file": p["file"], "layout": p["layout"], "age": p["age"],
            "year_group": p["year_group"], "needs": p["needs"], "voice": p["voice"],
            "labels": labels, "why": why,
        })
    with open(os.path.join(OUT, "labels.yaml"), "w") as f:
        yaml.safe_dump(out, f, sort_keys=False, allow_unicode=True, width=200)
    print("wrote", len(PL), "plans")


if __name__ == "__main__":
    main()
