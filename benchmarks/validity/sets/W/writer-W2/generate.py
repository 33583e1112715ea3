"""Generator for blind set W2 (London Borough of Harrowfield, fictional).
Plan text is Python data (PLANS); one renderer per layout:
  heading2-numbered, letter-column, shaded-heading-table.
Run: /work/blind/.venv-W2/bin/python generate.py
"""
import os
from docx import Document
from docx.shared import Pt
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "plans")
COUNCIL = "London Borough of Harrowfield"

TITLES = {
    "A": "Section A: The views, interests and aspirations of {n} and {p} family",
    "B": "Section B: Special educational needs",
    "C": "Section C: Health needs related to special educational needs or disability",
    "D": "Section D: Social care needs related to special educational needs or disability",
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


def shade(cell, fill="D9E2F3"):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def title(plan, s):
    return TITLES[s].format(n=plan["name"], p=plan["pron"])


def front(doc_or_cell, plan, add_par):
    add_par(f"{COUNCIL}: Special Educational Needs and Disabilities (SEND) Service", bold=True)
    add_par("Education, Health and Care (EHC) Plan", bold=True)
    for label, value in plan["meta"]:
        add_par(f"{label}: {value}")


def fill_table(table, rows):
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = table.cell(i, j)
            c.text = val
            if i == 0:
                for r in c.paragraphs[0].runs:
                    r.bold = True


# ---------------- layout 1: heading2-numbered ----------------
def render_heading2(plan, path):
    doc = Document()
    doc.add_heading("Education, Health and Care Plan", level=1)
    def ap(t, bold=False):
        p = doc.add_paragraph()
        r = p.add_run(t)
        r.bold = bold
    front(doc, plan, ap)
    for s in ORDER:
        doc.add_heading(title(plan, s), level=2)
        for kind, val in plan["sections"][s]:
            if kind == "h":
                doc.add_heading(val, level=3)
            elif kind == "p":
                doc.add_paragraph(val)
            elif kind == "b":
                doc.add_paragraph(val, style="List Bullet")
            elif kind == "n":
                doc.add_paragraph(val, style="List Number")
            elif kind == "t":
                t = doc.add_table(rows=len(val), cols=len(val[0]))
                t.style = "Table Grid"
                fill_table(t, val)
    for line in plan["sign"]:
        doc.add_paragraph(line)
    doc.save(path)


# ---------------- layout 2: letter-column ----------------
def render_letter(plan, path):
    doc = Document()
    def ap(t, bold=False):
        p = doc.add_paragraph()
        r = p.add_run(t)
        r.bold = bold
    front(doc, plan, ap)
    rows = []  # (letter, kind, val)
    for s in ORDER:
        rows.append((s, "title", title(plan, s)))
        for kind, val in plan["sections"][s]:
            rows.append((s, kind, val))
    table = doc.add_table(rows=len(rows), cols=2)
    table.style = "Table Grid"
    start = 0
    for i, (s, kind, val) in enumerate(rows):
        cell = table.cell(i, 1)
        par = cell.paragraphs[0]
        if kind in ("title", "h"):
            par.add_run(val).bold = True
        elif kind == "p":
            par.add_run(val)
        elif kind == "b":
            par.add_run("\u2022 " + val)
        elif kind == "n":
            par.add_run(val)
        elif kind == "t":
            nt = cell.add_table(rows=len(val), cols=len(val[0]))
            nt.style = "Table Grid"
            fill_table(nt, val)
        last = (i + 1 == len(rows)) or rows[i + 1][0] != s
        if last:
            top = table.cell(start, 0)
            merged = top.merge(table.cell(i, 0)) if i > start else top
            merged.text = s
            for r in merged.paragraphs[0].runs:
                r.bold = True
                r.font.size = Pt(16)
            shade(merged)
            start = i + 1
    for line in plan["sign"]:
        doc.add_paragraph(line)
    doc.save(path)


# ---------------- layout 3: shaded-heading-table ----------------
def render_shaded(plan, path):
    doc = Document()
    def ap(t, bold=False):
        p = doc.add_paragraph()
        r = p.add_run(t)
        r.bold = bold
    front(doc, plan, ap)
    for s in ORDER:
        t = doc.add_table(rows=1, cols=1)
        t.style = "Table Grid"
        c = t.cell(0, 0)
        c.text = title(plan, s)
        for r in c.paragraphs[0].runs:
            r.bold = True
        shade(c, "BDD7EE")
        for kind, val in plan["sections"][s]:
            if kind == "h":
                p = doc.add_paragraph()
                p.add_run(val).bold = True
            elif kind == "p":
                doc.add_paragraph(val)
            elif kind == "b":
                doc.add_paragraph("- " + val)
            elif kind == "n":
                doc.add_paragraph(val)
            elif kind == "t":
                nt = doc.add_table(rows=len(val), cols=len(val[0]))
                nt.style = "Table Grid"
                fill_table(nt, val)
    for line in plan["sign"]:
        doc.add_paragraph(line)
    doc.save(path)


RENDER = {"heading2-numbered": render_heading2, "letter-column": render_letter,
          "shaded-heading-table": render_shaded}

PLANS = []

# ======================= w201: SOUND, heading2-numbered, Year 1, autism =======================
PLANS.append(dict(
    id="w201", layout="heading2-numbered", name="Sami", pron="his",
    meta=[("First name", "Sami"), ("School year", "Year 1 (age 5)"),
          ("Date this plan was issued", "16 March 2026"),
          ("Last reviewed", "First plan: the first annual review will be held by March 2027"),
          ("Setting", "Mainstream infant school in Harrowfield"),
          ("EHC co-ordinator", "Casework Officer, North Team")],
    sections={
    "A": [
        ("h", "A1 How we found out what Sami thinks"),
        ("p", "Sami talks in short phrases and is still learning to tell adults what he wants. His views were gathered by his class teaching assistant, who has known him since Reception, through play, photographs and a simple choosing board over three sessions in January 2026, and by his speech and language therapist during her assessment. We have written what Sami showed us in his own words where we could."),
        ("h", "A2 What Sami showed us"),
        ("b", "Sami chose the photographs of the sand tray, the trains and the outdoor slide as his favourite things at school, each time, without help."),
        ("b", "When shown the photograph of assembly he put his hands over his ears and said \"too loud\"."),
        ("b", "He pointed to his teaching assistant and to his friend Leo when asked who helps him."),
        ("b", "He said \"Sami big school\" and jumped when he saw a photograph of the juniors' playground."),
        ("h", "A3 What Sami's parents told us"),
        ("p", "Sami's mum and dad describe him as funny, loving and determined. He knows every station on the Metropolitan line and can put together a 48-piece jigsaw on his own. At home he speaks some Bengali and some English, and his parents would like both languages to be valued. They told us that the noise and busyness of the school day tire him out and that he sometimes cannot manage to join in with his family at the weekend because of this. They are pleased with how the school has adapted his classroom and want the plan to make sure this continues with the same people."),
        ("h", "A4 Hopes for the future"),
        ("p", "Sami's parents hope he will stay at his local school with his friends and move up to the junior school with his class. They would like him to be able to tell people what he needs in words, to read simple books and to enjoy playing with other children. In the longer term they hope he will have friends, a job he enjoys and a life as independent as he wants it to be."),
    ],
    "B": [
        ("h", "B1 What Sami does well"),
        ("p", "Sami has a strong visual memory and learns routines quickly. He can match and sort by colour and shape, count objects to 20 and recognise all the letters of his name. He is gentle with younger children and enjoys sharing his train books with an adult he knows."),
        ("h", "B2 Communication and interaction"),
        ("p", "Sami was diagnosed with autism by the Harrowfield Child Development Centre in October 2025. He has no learning difficulty; his understanding of spoken language is at around a three-year level because he finds it hard to attend to language in a busy room. He uses two- and three-word phrases and echoes phrases from television when he is anxious. He does not yet start conversations with other children, although he watches them closely and will join a game with an adult's support."),
        ("h", "B3 Cognition and learning"),
        ("p", "Sami is working towards the early learning goals in reading and writing. He can blend three-letter words with picture support but can concentrate for up to five minutes on a task he has not chosen. In mathematics he is working within Year 1 expectations for number."),
        ("h", "B4 Social, emotional and mental health"),
        ("p", "Sami becomes distressed when routines change without warning. He may run from the classroom or lie on the floor. These incidents have dropped from daily to about twice a week since a visual timetable was introduced."),
        ("h", "B5 Sensory and/or physical"),
        ("p", "Sami is very sensitive to noise and to certain food textures. He seeks movement and calms quickly after time on the trampoline or the swing. His gross motor skills are in line with his age."),
    ],
    "C": [
        ("p", "Sami has no trouble with eating a balanced range of foods at home, but he has significant difficulty getting to sleep and staying asleep. He often sleeps for fewer than six hours a night, which affects his concentration and mood in school. The community paediatrician (November 2025) confirmed the autism diagnosis and found no other health needs. Sami's hearing was tested in September 2025 and is within the normal range."),
    ],
    "D": [
        ("p", "A social care assessment was completed by the Children with Disabilities Team in January 2026. It found that Sami has no social care needs at present: his parents meet his care needs at home with support from extended family. The family were given information about the Harrowfield Local Offer, including short breaks, and about the autism parent group run by the Early Help service, and can refer themselves if things change."),
    ],
    "E": [
        ("h", "E1 Communication"),
        ("p", "By the end of Year 2 (July 2027), Sami will use a sentence of at least four words to ask for something he wants or to tell an adult he needs help, on four out of five occasions across a week, as recorded by his teaching assistant on the communication log."),
        ("h", "E2 Playing with friends"),
        ("p", "By July 2027, Sami will take turns in a game with two other children for at least five minutes without adult prompting, on three occasions in a fortnight, observed and recorded by the class teacher."),
        ("h", "E3 Early reading"),
        ("p", "By July 2027, Sami will read and blend all Phase 3 phonics sounds and read a book at his phonics level aloud to an adult, as measured by the school's half-termly phonics check."),
        ("h", "E4 Managing change"),
        ("p", "By March 2027, when told about a change using his visual timetable, Sami will move to the new activity within two minutes on 8 out of 10 occasions, recorded on the class behaviour log, and incidents of running from class will be fewer than one a fortnight."),
        ("h", "E5 Sleep"),
        ("p", "By January 2027, Sami will sleep for at least eight hours on five nights out of seven, as recorded by his parents in the sleep diary they share with the paediatrician."),
    ],
    "F": [
        ("h", "F1 Communication and interaction"),
        ("b", "Speech and language therapy: a speech and language therapist from the Harrowfield Children's Therapy Service will see Sami on his own for 30 minutes every Tuesday during the spring and summer terms (20 sessions a year), and will set targets for his teaching assistant to practise."),
        ("b", "His teaching assistant, trained by the speech and language therapist, will carry out Sami's language targets with him for 15 minutes daily, on his own in a quiet room."),
        ("b", "A Lego-based social skills group of no more than 4 children, run by a teaching assistant trained in the approach, x2 weekly for 30 minutes."),
        ("b", "The speech and language therapist will give the class staff 1 hour of training on using visual supports and simplified language in the autumn term."),
        ("h", "F2 Cognition and learning"),
        ("b", "Daily phonics teaching in a group of no more than 6 children for 20 minutes, led by a teaching assistant trained in the school's phonics scheme, with a further 10-minute 1:1 practice session each afternoon."),
        ("b", "Tasks broken into short steps with a \"first and then\" board, used in every lesson by the class teacher and teaching assistant."),
        ("h", "F3 Social, emotional and mental health"),
        ("b", "A visual timetable on Sami's desk, set up each morning by his teaching assistant; any change is shown to him with a photograph at least five minutes beforehand."),
        ("b", "A calm area in the classroom with ear defenders, provided and kept in good repair by the class teacher."),
        ("b", "Support from a named teaching assistant for 25 hours a week across the school day, including playtimes and lunchtime."),
        ("h", "F4 Sensory and physical"),
        ("b", "A 10-minute movement break on the trampoline or swing three times a day (mid-morning, after lunch and mid-afternoon), supervised by his teaching assistant, following the sensory plan written by the occupational therapist."),
        ("h", "F5 Advice and review"),
        ("b", "The educational psychologist will visit once a term for a 90-minute consultation with the class teacher, special educational needs co-ordinator (SENCO) and parents to review progress towards the outcomes."),
    ],
    "G": [
        ("h", "G1 Sleep"),
        ("b", "The community paediatrician will review Sami's sleep every 3 months in clinic (30-minute appointment) and prescribe and monitor melatonin."),
        ("b", "The Sleep Team (Harrowfield Community Health Services) will provide 6 fortnightly telephone sessions of 45 minutes for Sami's parents on a bedtime routine, then review."),
        ("p", "Health agreement: The provision in Section G was agreed by Dr Priya Nair, Designated Clinical Officer, NHS North West London Integrated Care Board, on 9 March 2026."),
    ],
    "H1": [("p", "None. No provision is needed following the social care assessment in January 2026 (see Section D).")],
    "H2": [("p", "None. The family have information about short breaks and the Early Help autism parent group through the Local Offer.")],
    "I": [("p", "Mainstream infant school: Coppice Lane Infant School, Harrowfield.")],
    "J": [("p", "No personal budget has been requested.")],
    "K": [("t", [
        ["Advice", "From", "Date"],
        ["Parents' views and contribution", "Sami's parents", "12 January 2026"],
        ["Educational advice", "Class teacher and SENCO, Coppice Lane Infant School", "14 January 2026"],
        ["Psychological advice", "Dr Helen Walsh, Educational Psychologist, Harrowfield Educational Psychology Service", "2 December 2025"],
        ["Medical advice", "Dr Omar Siddiqui, Community Paediatrician, Harrowfield Child Development Centre", "20 November 2025"],
        ["Speech and language therapy advice", "Rachel Moore, Speech and Language Therapist, Harrowfield Children's Therapy Service", "8 December 2025"],
        ["Sensory advice", "Jo Clarke, Occupational Therapist, Harrowfield Children's Therapy Service", "10 December 2025"],
        ["Sleep advice", "Sleep Practitioner, Harrowfield Community Health Services", "5 January 2026"],
        ["Social care advice", "Social Worker, Children with Disabilities Team", "21 January 2026"],
    ])],
    },
    sign=["Signed on behalf of the London Borough of Harrowfield by the Head of SEND Assessment and Review, 16 March 2026."],
))

# ======================= w202: FAIL, heading2-numbered, Year 4, dyslexia + anxiety =======================
PLANS.append(dict(
    id="w202", layout="heading2-numbered", name="Maya", pron="her",
    meta=[("First name", "Maya"), ("School year", "Year 4"),
          ("Date this plan was issued", "02/02/2026"),
          ("Last reviewed", "Not applicable (first plan)"),
          ("Setting", "Mainstream primary school"),
          ("EHC co-ordinator", "Casework Officer, South Team")],
    sections={
    "A": [
        ("h", "A1 All about me"),
        ("p", "My name is Maya and I am 9. I love swimming, drawing horses and looking after our rabbit, Pepper. I am good at art and my teacher says my drawings are the best in the class. I don't like reading out loud because the words jump about and people might laugh. When I am worried my tummy hurts and I want to go home. I like it when Mrs Okafor helps me in a small group because it is quieter."),
        ("p", "(Maya wrote this with her class teacher in December 2025; the words are her own.)"),
        ("h", "A2 What my parents say"),
        ("p", "Maya's parents say she is kind, creative and very sporty; she swims for a club twice a week. They are worried that she is falling further behind her friends in reading and writing and that her worry about school is getting worse: she has cried before school on most Monday mornings this term. Her dad also has dyslexia and they want Maya to understand that it does not stop her doing well."),
        ("h", "A3 Hopes for the future"),
        ("p", "Maya wants to be a vet or an artist. Her parents hope she will read confidently enough to enjoy books on her own and to go to secondary school feeling ready."),
    ],
    "B": [
        ("h", "B1 Strengths"),
        ("p", "Maya has good spoken language and a wide vocabulary. She is strong in mathematics when questions are read to her and is working at the expected standard for Year 4 in number. She is a popular member of the class."),
        ("h", "B2 Cognition and learning"),
        ("p", "Maya have a specific learning difficulty (dyslexia), identified by the educational psychologist in November 2025. Her single-word reading is at a six-year level and her spelling at a six-and-a-half-year level. She has weak phonological awareness and slow processing speed, and copying from the board is very hard for her. She forgets instructions with more than two steps."),
        ("h", "B3 Social, emotional and mental health"),
        ("p", "Maya is anxious about reading and writing in front of others and has started to avoid school on Mondays. Her attendance this term are 89%. She hides her her work and has said she is \"stupid\"."),
        ("h", "B4 Sensory and/or physical"),
        ("p", "Maya's handwriting is slow and her pencil grip is tight; she tires after writing for a few minutes and her letters are not yet joined. This is a seperate difficulty from her dyslexia and was noted by the occupational therapist."),
    ],
    "C": [
        ("p", "Maya is healthy. Her general practitioner and the school nurse (advice dated 10 December 2025) report no health needs; her vision and hearing were checked in October 2025 and are normal. Her tummy aches are linked to anxiety about school and are addressed through Sections E and F."),
    ],
    "D": [
        ("p", "Maya has no social care needs. This was confirmed by the Early Help service, who completed a family assessment in December 2025 and closed it with no further action."),
    ],
    "E": [
        ("h", "E1 Reading"),
        ("p", "By July 2027, Maya will read 80 of the first 100 high-frequency words accurately and will improve her single-word reading age by at least 12 months, measured on the school's standardised reading test each term."),
        ("h", "E2 Spelling and writing"),
        ("p", "Maya will receive a structured spelling programme three times a week and will be given a laptop for longer pieces of writing."),
        ("h", "E3 Confidence"),
        ("p", "Staff will check in with Maya each morning and will support her to talk about her worries."),
        ("h", "E4 Attendance"),
        ("p", "By July 2027, Maya will attend school on at least 96% of days, including Mondays, as recorded in the school's attendance register."),
    ],
    "F": [
        ("h", "F1 Cognition and learning"),
        ("b", "A structured multisensory literacy programme (Toe by Toe), 1:1 with a teaching assistant trained by the specialist teacher, 4 times a week for 20 minutes."),
        ("b", "A specialist dyslexia teacher from the Harrowfield Learning Support Service will assess Maya once a term (1 hour) and will definately set new targets for the teaching assistant after each assessment."),
        ("b", "Spelling practice in a small group, where possible."),
        ("b", "Maya should have access to a laptop with word-prediction software for longer writing."),
        ("b", "Instructions given one step at a time and written down for her, by the class teacher in all lessons."),
        ("h", "F2 Social, emotional and mental health"),
        ("b", "Regular check-ins with a trusted adult."),
        ("b", "A worry box and a quiet space that Maya can use as appropriate."),
        ("b", "The class teacher will make sure Maya is never asked to read aloud in front of the class unless she has practised the text and occassionally chooses to."),
    ],
    "G": [("p", "None. No health provision is required (see Section C).")],
    "H1": [("p", "None. No provision is required following the Early Help assessment in December 2025 (see Section D).")],
    "H2": [("p", "None. The family were given information on the Local Offer, including the Harrowfield holiday activity programme.")],
    "I": [("p", "Mainstream primary school: St Anne's Church of England Primary School, Harrowfield.")],
    "J": [("p", "No personal budget has been requested.")],
    "K": [("t", [
        ["Advice", "From", "Date"],
        ["Parents' views", "Maya's parents", "5 December 2025"],
        ["Maya's views", "Maya, with her class teacher", "8 December 2025"],
        ["Educational advice", "Special educational needs co-ordinator (SENCO), St Anne's Church of England Primary School", "1 December 2025"],
        ["Psychological advice", "Tom Bright, Educational Psychologist, Harrowfield Educational Psychology Service", "18 November 2025"],
        ["Medical advice", "General practitioner (GP), Elm Park Surgery, with the School Nurse, Harrowfield 0-19 Service", "10 December 2025"],
        ["Occupational therapy advice", "Occupational Therapist, Harrowfield Children's Therapy Service", "3 December 2025"],
        ["Social care advice", "Family Practitioner, Harrowfield Early Help Service", "15 December 2025"],
    ])],
    },
    sign=["Signed on behalf of the London Borough of Harrowfield by the SEND Team Manager, 2 February 2026."],
))

# ======================= w203: FAIL, heading2-numbered, Year 10, autism + Tourette's =======================
PLANS.append(dict(
    id="w203", layout="heading2-numbered", name="Theo", pron="his",
    meta=[("First name", "Theo"), ("School year", "Year 10 (age 15)"),
          ("Date this plan was issued", "14 October 2022"),
          ("Last reviewed", "23 April 2026 (annual review; amended plan issued 21 May 2026)"),
          ("Setting", "Selective grammar school"),
          ("EHC co-ordinator", "Casework Officer, Secondary Team")],
    sections={
    "A": [
        ("h", "A1 My views"),
        ("p", "I'm Theo. I like coding, electronic music and Formula 1. I'm good at maths and physics and I built my own computer last summer. My tics are worse when I'm stressed or tired, and in exams when it's silent everyone can hear them, which makes them worse. I'd like teachers to just ignore them and not make a big deal. I find group work hard because people don't say what they mean. After school I want to study music technology and work as a sound engineer, and one day live in London with my mates."),
        ("p", "(Theo wrote this himself at his annual review in April 2026.)"),
        ("h", "A2 My parents' views"),
        ("p", "Theo's parents say he is clever, honest and very funny once he knows you. They are proud that he has kept up with a demanding school despite his tics. They worry about his panic attacks, which have increased this year, and about how he will cope with travelling and living away from home in the future."),
    ],
    "B": [
        ("h", "B1 Strengths"),
        ("p", "Theo is predicted grade 8 or 9 in mathematics, physics and computer science in his General Certificate of Secondary Education (GCSE) examinations. He is a confident programmer and helps run the school's coding club."),
        ("h", "B2 Communication and interaction"),
        ("p", "Theo is autistic, without a learning difficulty. He takes language literally and finds it hard to work out what others are thinking in group tasks. He prefers to work alone and can become rigid if a plan changes."),
        ("h", "B3 Social, emotional and mental health"),
        ("p", "Theo has Tourette's syndrome, with frequent motor tics (head jerks, shoulder shrugs) and vocal tics (sniffing, short words). His tics increase with stress, tiredness and silence. He has become anxious about exams and about being looked at in class."),
    ],
    "C": [
        ("p", "Theo has Tourette's syndrome, diagnosed by the Tourette's clinic at Great Ormond Street Hospital in 2021. His tics sometimes cause neck pain. In the last six months Theo has also had panic attacks, about two a week, and was assessed by Child and Adolescent Mental Health Services (CAMHS) in March 2026, who found moderate anxiety and accepted him for treatment."),
    ],
    "D": [
        ("p", "Theo has no social care needs. The Children with Disabilities Team screened the referral in March 2026 and found that his needs are met within the family."),
    ],
    "E": [
        ("h", "E1 Group work"),
        ("p", "By July 2027, Theo will take an agreed role in a group task in at least one lesson a week and complete his part, as recorded by his form tutor from teachers' feedback each half term."),
        ("h", "E2 Managing tics in lessons"),
        ("p", "By February 2027, Theo will use his agreed tic break card no more than twice per lesson and return to the lesson within five minutes each time, as recorded on the tracking sheet kept by his key worker."),
        ("h", "E3 Homework"),
        ("p", "By December 2026, Theo will hand in 9 out of 10 homework tasks on time, as shown on the school's online homework record."),
    ],
    "F": [
        ("h", "F1 Communication and interaction"),
        ("b", "A weekly 40-minute 1:1 session with the school's autism-trained key worker to plan for group tasks and changes, every Thursday."),
        ("b", "Teachers will give Theo a written role card for any group task, prepared by the class teacher before each lesson involving group work."),
        ("h", "F2 Social, emotional and mental health"),
        ("b", "A tic break card allowing Theo to leave a lesson for a break of no more than 5 minutes in a named room, agreed and reviewed each half term by his key worker."),
        ("b", "Staff training: the Tourettes Action schools trainer will deliver one 90-minute session to all staff who teach Theo each September."),
        ("h", "F3 Access arrangements"),
        ("b", "For all internal and external examinations, a separate room and 25% extra time, arranged by the examinations officer."),
    ],
    "G": [
        ("h", "G1 Tics"),
        ("b", "The Tourette's clinic will provide behavioural therapy for Theo's tics."),
    ],
    "H1": [("p", "None. See Section D.")],
    "H2": [("p", "None. The family were told about the Local Offer and the Harrowfield youth service.")],
    "I": [("p", "Selective grammar school: Harrowfield School for Boys.")],
    "J": [("p", "No personal budget has been requested.")],
    "K": [("t", [
        ["Advice", "From", "Date"],
        ["Theo's and his parents' views at annual review", "Theo and his parents", "23 April 2026"],
        ["Educational advice and annual review report", "Special educational needs co-ordinator (SENCO), Harrowfield School for Boys", "16 April 2026"],
        ["Psychological advice", "Dr Amira Haddad, Educational Psychologist, Harrowfield Educational Psychology Service", "10 February 2026"],
        ["Medical advice (Tourette's syndrome)", "Dr Simon Legge, Consultant Paediatric Neurologist, Tourette's clinic, Great Ormond Street Hospital", "3 March 2026"],
        ["Mental health assessment", "Mental Health Practitioner, CAMHS, Harrowfield", "24 March 2026"],
        ["Social care advice", "Team Manager, Children with Disabilities Team", "30 March 2026"],
    ])],
    },
    sign=["Amended plan signed on behalf of the London Borough of Harrowfield by the SEND Team Manager, 21 May 2026."],
))

# ======================= w204: SOUND, heading2-numbered, Year 13, autism + anxiety =======================
PLANS.append(dict(
    id="w204", layout="heading2-numbered", name="Esther", pron="her",
    meta=[("First name", "Esther"), ("School year", "Year 13, sixth form (age 18)"),
          ("Date this plan was issued", "11 June 2019"),
          ("Last reviewed", "Annual review 20 May 2026; amended plan issued 17 June 2026"),
          ("Setting", "Grammar school sixth form"),
          ("EHC co-ordinator", "Casework Officer, Post-16 Team")],
    sections={
    "A": [
        ("h", "A1 My views (written by Esther)"),
        ("p", "I'm Esther. I am autistic and I'm proud of it, but school can be exhausting. I'm studying A levels in biology, chemistry and English literature and I want to study biomedical science at university, ideally in London so I can live in halls but come home at weekends. I'm good at detailed work, I remember facts easily and I'm a regular at the debating club, which surprises people. What I find hard is noise, unexpected changes and the anxiety that builds up over the week. I need a quiet place to go when needed, and teachers to email me about changes rather than tell me in the corridor. I'd like to learn to cook properly and manage my own money before I leave home."),
        ("h", "A2 My parents' views"),
        ("p", "Esther's parents describe her as determined, witty and loyal. They are proud of her results and of how she has learned to explain her autism to others. They would like the plan to help her get ready for university life: travelling alone, managing her time and looking after her own wellbeing. They were fully involved in co-producing this amended plan."),
        ("h", "A3 Aspirations"),
        ("p", "Esther's aspiration is a place at university to study biomedical science, followed by a career in medical research. She wants to live independently in student halls, keep the two close friendships she has and look after her own mental health."),
    ],
    "B": [
        ("h", "B1 Strengths and attainment"),
        ("p", "Esther achieved nine General Certificate of Secondary Education (GCSE) passes at grades 7 to 9. She is predicted A, A, B at A level. She is highly organised when she has a written plan and has excellent recall."),
        ("h", "B2 Communication and interaction"),
        ("p", "Esther is autistic, without a learning difficulty. She finds unstructured social situations and group discussion hard to follow and can misread tone. She masks her difficulties at school and is often exhausted by the evening."),
        ("h", "B3 Social, emotional and mental health"),
        ("p", "Esther has an anxiety disorder. Her anxiety peaks before examinations and when routines change; last year she missed 14 days of school for anxiety. She has developed some useful strategies but does not always use them when stressed."),
        ("h", "B4 Independence"),
        ("p", "Esther has not yet travelled on public transport alone to an unfamiliar place, has limited cooking skills and has not managed a budget."),
    ],
    "C": [
        ("p", "Esther has an anxiety disorder, diagnosed by Child and Adolescent Mental Health Services (CAMHS) in 2023. She was discharged from CAMHS at 18 and has been referred to NHS Talking Therapies, Harrowfield, which assessed her in April 2026. She has no other health needs; her general practitioner (GP) confirmed this in March 2026."),
    ],
    "D": [
        ("p", "A transition assessment under the Care Act 2014 was carried out by the Preparing for Adulthood social worker in February 2026. Esther does not have eligible social care needs. She and her family were given information on the Local Offer and the adult autism advice service, and know how to ask for a reassessment."),
    ],
    "E": [
        ("h", "E1 Higher education (preparing for adulthood: employment and higher education)"),
        ("p", "By August 2027, Esther will receive an offer of a place on a biomedical science degree and will achieve at least grades B, B, C at A level, shown by her examination results."),
        ("h", "E2 Travel (independent living)"),
        ("p", "By March 2027, Esther will travel on her own by Underground to two university open days, planning the route herself, as confirmed by her key worker and parents."),
        ("h", "E3 Living skills (independent living)"),
        ("p", "By July 2027, Esther will cook five different main meals on her own and keep to a weekly food budget for four weeks, recorded in her independence log and checked by her key worker each half term."),
        ("h", "E4 Wellbeing (good health)"),
        ("p", "By July 2027, Esther will use one of her agreed calming strategies in at least 4 out of 5 anxious situations recorded in her mood diary, and her attendance will be at least 95%."),
        ("h", "E5 Friendships (friends, relationships and community)"),
        ("p", "By July 2027, Esther will join one university or community society of her choice and attend at least six meetings, which she will record in her independence log."),
    ],
    "F": [
        ("h", "F1 Learning and examinations"),
        ("b", "Access arrangements for all A level examinations and mocks: 25% extra time and a separate small room, arranged by the examinations officer each examination season."),
        ("b", "A school laptop with text-to-speech software, set up and maintained by the school's information technology (IT) technician."),
        ("b", "A 30-minute 1:1 study planning session each Monday with her key worker, a teaching assistant with Level 3 autism training."),
        ("h", "F2 Social, emotional and mental health"),
        ("b", "A named quiet room available to Esther at break, lunch and at any time she shows her exit card; the key worker will check in with her within 10 minutes each time."),
        ("b", "Changes to her timetable or rooms emailed to her by her tutor at least one day in advance."),
        ("h", "F3 Preparing for adulthood"),
        ("b", "September 2026: the Careers Adviser (Level 6 qualified) will hold two 45-minute guidance sessions with Esther about her university application, and a further session after offers are received."),
        ("b", "Travel training with the Harrowfield Travel Training Team: 6 weekly sessions of 2 hours, 1:1 with a qualified travel trainer, then review."),
        ("b", "Independent living skills: a weekly 1-hour cookery and budgeting session in a group of no more than 5 students, run by the sixth-form life skills tutor, from October 2026 to July 2027."),
        ("b", "Transition to university: from January 2027, the SENCO (special educational needs co-ordinator) will hold one 1-hour meeting each half term with Esther to plan her Disabled Students' Allowance application and her disclosure to the university's disability service."),
    ],
    "G": [
        ("h", "G1 Anxiety"),
        ("b", "NHS Talking Therapies, Harrowfield: 12 weekly sessions of 50 minutes of cognitive behavioural therapy (CBT) with a high-intensity therapist, starting in September 2026, then review."),
        ("b", "Her GP will review Esther's anxiety and wellbeing at a 15-minute appointment every 6 months."),
        ("p", "Health agreement: Section G was reviewed and supported by Sandra Cole, Designated Clinical Officer for Harrowfield, on 10 June 2026."),
    ],
    "H1": [("p", "None. Esther has no eligible social care needs following her transition assessment (see Section D).")],
    "H2": [("p", "None. Information about the adult autism advice service and the Local Offer has been given to Esther.")],
    "I": [("p", "Grammar school sixth form: Queen Elizabeth's Grammar School, Harrowfield, until July 2027.")],
    "J": [("p", "Esther has not asked for a personal budget.")],
    "K": [("t", [
        ["Advice", "From", "Date"],
        ["Esther's views", "Esther", "20 May 2026"],
        ["Parents' views", "Esther's parents", "20 May 2026"],
        ["Educational advice (annual review report)", "SENCO, Queen Elizabeth's Grammar School", "12 May 2026"],
        ["Psychological advice", "Dr Laura Kent, Educational Psychologist, Harrowfield Educational Psychology Service", "4 March 2026"],
        ["Medical advice", "GP, Harrowfield Health Centre", "17 March 2026"],
        ["Mental health assessment", "High-Intensity Therapist, NHS Talking Therapies, Harrowfield", "22 April 2026"],
        ["Social care advice (Care Act transition assessment)", "Preparing for Adulthood Social Worker, Harrowfield Adult Social Care", "18 February 2026"],
        ["Preparing for adulthood advice", "Careers Adviser, Harrowfield Careers Service", "6 May 2026"],
    ])],
    },
    sign=["Amended plan signed on behalf of the London Borough of Harrowfield by the Post-16 SEND Manager, 17 June 2026."],
))

# ======================= w205: FAIL, letter-column, Year 2, autism, looked after =======================
PLANS.append(dict(
    id="w205", layout="letter-column", name="Oliver", pron="his",
    meta=[("First name", "Oliver"), ("School year", "Year 2"),
          ("Date this plan was issued", "9th April 2026"),
          ("Last reviewed", "First plan"),
          ("Legal status", "Looked after by the London Borough of Harrowfield (section 20), living with foster carers since 2024"),
          ("Setting", "Mainstream primary school")],
    sections={
    "A": [
        ("h", "Oliver's views"),
        ("p", "Oliver is too young to give his views about his plan."),
        ("h", "Foster carers' views"),
        ("p", "Oliver's foster carers say he is affectionate, curious and loves dinosaurs, trampolining and feeding the ducks at Harrowfield Park. He can name over thirty dinosaurs and tells visitors facts about them. They find that he struggles with changes, loud places and with understanding what is expected of him at school. He sometimes comes home very upset after a difficult day."),
        ("h", "Hopes for the future"),
        ("p", "His foster carers hope Oliver will be able to make friends, to tell adults when something is wrong and to learn to read. They would like him to stay at his current school, where he is settled."),
    ],
    "B": [
        ("h", "Strengths"),
        ("p", "Oliver has an excellent memory for facts and a good vocabulary about his interests. He is working at the expected standard in mathematics. He is gentle with animals and younger children."),
        ("h", "Communication and interaction"),
        ("p", "Oliver was diagnosed with autism in February 2026. He speaks in full sentences but finds it hard to follow instructions given to the whole class, to take turns in conversation and to understand jokes or non-literal language. He often talks at length about dinosaurs and finds it difficult to change topic."),
        ("h", "Cognition and learning"),
        ("p", "Oliver is working below the expected standard in reading and writing; he knows most Phase 3 phonics sounds but does not yet blend them reliably."),
        ("h", "Social, emotional and mental health"),
        ("p", "When Oliver is overwhelmed he hides under tables or hits out at adults. This happens two or three times a week, most often after lunch."),
    ],
    "C": [("p", "Oliver's health needs are not yet known. Advice from the community paediatrician has been requested and is awaited.")],
    "D": [("p", "No social care needs identified.")],
    "E": [
        ("b", "By July 2027, Oliver will be happier at school."),
        ("b", "By July 2027, Oliver will feel more confident with his friends."),
        ("b", "By July 2027, Oliver will follow a two-step instruction given to the whole class on 4 out of 5 occasions, recorded by his teaching assistant in his communication log."),
        ("b", "By July 2027, Oliver will blend and read 30 consonant-vowel-consonant words correctly on the school's phonics check."),
    ],
    "F": [
        ("h", "Communication and interaction"),
        ("b", "Speech and language therapy: a speech and language therapist from the Harrowfield Children's Therapy Service will work with Oliver 1:1 for 30 minutes fortnightly in school, and will write a programme for his teaching assistant."),
        ("b", "His teaching assistant will deliver the speech and language programme 1:1 for 15 minutes every day."),
        ("b", "Instructions given to Oliver individually after whole-class instructions, with a visual prompt card, by the class teacher or teaching assistant in every lesson."),
        ("h", "Cognition and learning"),
        ("b", "Phonics catch-up: 20 minutes daily in a group of 3, with a teaching assistant trained in the school's phonics programme."),
        ("h", "Social, emotional and mental health"),
        ("b", "A named teaching assistant for 20 hours a week, including lunchtimes, trained in autism awareness by the Harrowfield Autism Outreach Service."),
        ("b", "A calm tent in the classroom and a visual timetable, set up by the class teacher and checked by the teaching assistant each morning."),
        ("b", "The Harrowfield Autism Outreach Service will visit every half term for 2 hours to observe Oliver and advise staff."),
    ],
    "G": [("p", "None at present. To be updated when health advice is received.")],
    "H1": [("p", "None.")],
    "H2": [("p", "None.")],
    "I": [("p", "Mainstream primary school: Brookfield Primary School, Harrowfield.")],
    "J": [("p", "Not requested.")],
    "K": [("t", [
        ["Advice", "From", "Date"],
        ["Foster carers' views", "Oliver's foster carers", "2 February 2026"],
        ["Educational advice", "Class teacher and special educational needs co-ordinator, Brookfield Primary School", "30 January 2026"],
        ["Psychological advice", "Dr Ruth Evans, Educational Psychologist, Harrowfield Educational Psychology Service", "12 February 2026"],
        ["Speech and language therapy advice", "Speech and Language Therapist, Harrowfield Children's Therapy Service", "6 February 2026"],
        ["Autism outreach advice", "Specialist Teacher, Harrowfield Autism Outreach Service", "20 February 2026"],
    ])],
    },
    sign=["Signed on behalf of the London Borough of Harrowfield by the SEND Team Manager, 9th April 2026."],
))

# ======================= w206: SOUND, letter-column, Year 4, Tourette's + anxiety =======================
PLANS.append(dict(
    id="w206", layout="letter-column", name="Ravi", pron="his",
    meta=[("First name", "Ravi"), ("School year", "Year 4"),
          ("Date this plan was issued", "3 July 2025"),
          ("Last reviewed", "Annual review 24.06.2026; amended plan issued 15.07.2026"),
          ("Setting", "Mainstream junior school")],
    sections={
    "A": [
        ("h", "All about me (Ravi, age 8, in his own words, written down by his teaching assistant)"),
        ("p", "I'm Ravi and I'm 8. I love cricket, Minecraft and my cousin's dog Biscuit. I'm really good at times tables and I was Star of the Week for my science project about volcanoes. My tics are my brain sending messages my body does. Sometimes they make my neck hurt. I don't like it when people copy my tics. It helps when my teacher lets me go to the library corner. When I grow up I want to be a cricketer or a scientist."),
        ("h", "What my family say"),
        ("p", "Ravi's mum and dad say he is cheerful, sporty and kind to his little sister. They are proud of how he has explained Tourette's to his class. They worry about his anxiety, which has made him reluctant to go to school after a child copied his tics, and about his sleep when his tics are bad. They want him to keep playing cricket at the club, to have good friends and to do well at school. They value the regular updates they get from his class teacher."),
    ],
    "B": [
        ("h", "Strengths"),
        ("p", "Ravi is working above the expected standard in mathematics and at the expected standard in reading. He is a confident speaker and has a good group of friends from his cricket club."),
        ("h", "Social, emotional and mental health"),
        ("p", "Ravi has Tourette's syndrome with frequent motor tics (eye blinking, neck twisting) and vocal tics (throat clearing, squeaks). His tics increase when he is anxious or excited. He has become anxious about other children's reactions and has missed 9 days of school this year. He tries to hold in his tics in class, which tires him and makes it hard to concentrate."),
        ("h", "Cognition and learning"),
        ("p", "Ravi's writing is below the expected standard because holding in his tics interrupts his concentration; his handwriting slows when his neck tics are frequent."),
    ],
    "C": [
        ("p", "Ravi has no trouble with his general physical health or growth, but he has Tourette's syndrome, confirmed by the community paediatrician in 2023, and he is anxious. His tics sometimes cause neck pain and disturb his sleep. The paediatrician (February 2026) and the Child and Adolescent Mental Health Services (CAMHS) tic clinic (March 2026) advise behavioural therapy for tics and support for anxiety."),
    ],
    "D": [
        ("p", "The Children with Disabilities Team completed a social care assessment in February 2026. It found that Ravi's parents need a break from his high level of care in the evenings, when his tics and anxiety are at their worst, and that Ravi would benefit from activities with other children outside school. This is met by the short break in Section H1."),
    ],
    "E": [
        ("h", "E1 Managing tics and worries"),
        ("p", "By July 2027, Ravi will use his agreed competing-response strategy for his neck tic and ask for a break using his card instead of leaving the room, on 4 out of 5 occasions, as recorded on his teaching assistant's weekly chart."),
        ("h", "E2 Attendance and confidence"),
        ("p", "By December 2026, Ravi will attend school on at least 95% of days and will tell his class teacher or a friend when someone copies his tics, as shown by the attendance register and the incident log."),
        ("h", "E3 Writing"),
        ("p", "By July 2027, Ravi will write a page of connected sentences in 20 minutes, meeting the Year 5 standard for writing in teacher assessment."),
        ("h", "E4 Friendships and cricket"),
        ("p", "By July 2027, Ravi will take part in the school cricket team and in at least one after-school club each term, recorded by his class teacher, and will say in his review that he has friends he enjoys playing with."),
        ("h", "E5 Sleep"),
        ("p", "By March 2027, Ravi will get to sleep within 30 minutes of going to bed on five nights a week, recorded in the sleep diary his parents keep for the paediatrician."),
    ],
    "F": [
        ("h", "F1 Social, emotional and mental health"),
        ("b", "A 30-minute 1:1 session each week with the school's Emotional Literacy Support Assistant (ELSA), trained by the educational psychologist, for 8 weeks then review, working on naming and managing worries."),
        ("b", "A break card: Ravi can leave the classroom for a planned movement break in the library corner at any time by showing his card; his teaching assistant will check in with him within 5 minutes."),
        ("b", "From September, a whole-class lesson about Tourette's syndrome will be given once each autumn term by the class teacher with the school nurse, to help classmates understand."),
        ("b", "Staff training: the CAMHS tic clinic practitioner will give a 1-hour training session to all staff who teach Ravi each September."),
        ("h", "F2 Cognition and learning"),
        ("b", "Handwriting and typing: a 20-minute session three times a week in a group of 4, led by a teaching assistant trained in the Speed Up! handwriting programme; a laptop for longer writing, maintained by the school's technician."),
        ("b", "Extra time (25%) and a separate room for Year 6 national tests, arranged by the special educational needs co-ordinator."),
    ],
    "G": [
        ("h", "G1 Tics and anxiety"),
        ("b", "CAMHS tic clinic: Comprehensive Behavioural Intervention for Tics, 1:1 with a clinical psychologist, 8 weekly sessions of 1 hour from September 2026, then review."),
        ("b", "Community paediatrician: review of tics, neck pain and sleep every 6 months in clinic (30-minute appointment)."),
        ("p", "Health agreement: Confirmed by Dr Priya Nair, Designated Clinical Officer, on 8 July 2026."),
    ],
    "H1": [("p", "Short break: Saturday club at the Harrowfield Inclusive Sports Hub for 6 hours each month, with a staff ratio of 1:3, provided by the Children with Disabilities Team and reviewed every 6 months by Ravi's social worker.")],
    "H2": [("p", "None. The family have information on the Local Offer and the Tourette's parent support group.")],
    "I": [("p", "Mainstream junior school: Longmead Junior School, Harrowfield.")],
    "J": [("p", "No personal budget has been requested. The short break is arranged directly by the Children with Disabilities Team.")],
    "K": [("t", [
        ["Advice", "From", "Date"],
        ["Ravi's views", "Ravi, with his teaching assistant", "16 June 2026"],
        ["Parents' views", "Ravi's parents", "18 June 2026"],
        ["Educational advice (annual review report)", "Special educational needs co-ordinator, Longmead Junior School", "17 June 2026"],
        ["Psychological advice", "Dr Amira Haddad, Educational Psychologist", "27 January 2026"],
        ["Medical advice", "Dr Omar Siddiqui, Community Paediatrician", "10 February 2026"],
        ["Tic and anxiety advice", "Clinical Psychologist, CAMHS tic clinic", "3 March 2026"],
        ["Social care advice", "Social Worker, Children with Disabilities Team", "19 February 2026"],
    ])],
    },
    sign=["Amended plan signed on behalf of the London Borough of Harrowfield by the SEND Team Manager, 15.07.2026."],
))

# ======================= w207: FAIL, letter-column, Year 12, dyspraxia + hypermobility + fatigue =======================
PLANS.append(dict(
    id="w207", layout="letter-column", name="Isla", pron="her",
    meta=[("First name", "Isla"), ("School year", "Year 12 (age 17)"),
          ("Date this plan was issued", "12 January 2024"),
          ("Last reviewed", "Annual review 5 February 2026; amended plan issued 4 March 2026"),
          ("Setting", "Sixth-form college")],
    sections={
    "A": [
        ("h", "Isla's views"),
        ("p", "\"I'm Isla, I'm 17 and I'm doing A levels in psychology, sociology and art at college. I love painting, baking and going to gigs with my friends. I want to go to university to study psychology and then train as an art therapist. The hardest things are getting tired really quickly, my joints hurting, and not being able to write fast enough in exams. I'd like to be able to live on my own one day and drive a car.\" (Isla wrote this for her annual review in January 2026.)"),
        ("h", "Parents' views"),
        ("p", "Isla's mum says she is creative, sociable and a great organiser of her friends. She worries about Isla's fatigue and about her managing at university without family close by."),
        ("h", "Background"),
        ("p", "Isla presents with DCD and hEDS with comorbid POTS, with proprioceptive deficits, reduced kinaesthetic awareness and post-exertional malaise consistent with a CFS/ME phenotype. Orthostatic intolerance and joint subluxations result in reduced functional capacity."),
    ],
    "B": [
        ("h", "Strengths"),
        ("p", "Isla achieved eight GCSE passes including grade 8 in art and grade 7 in English. She is articulate, creative and well liked by staff and students."),
        ("h", "Cognition and learning"),
        ("p", "Isla has an SpLD profile secondary to DCD: her handwriting speed is 11 words per minute (well below average for her age) and she finds organising long written answers difficult."),
        ("h", "Sensory and/or physical"),
        ("p", "Isla's joints are very flexible and she has frequent pain in her hands, knees and hips. She tires quickly and needs rest during the day. She can become dizzy when she stands up quickly."),
    ],
    "C": [
        ("p", "Isla has hypermobile Ehlers-Danlos syndrome, postural tachycardia syndrome and chronic fatigue, under the care of the rheumatology team at Harrowfield Hospital and the paediatric fatigue service. She has a home physiotherapy programme and takes medication for dizziness."),
    ],
    "D": [
        ("p", "Isla has no social care needs. The PfA social worker met Isla and her mum in December 2025 and advised that no social care support is needed now; an adult transition assessment will be offered before she turns 18."),
    ],
    "E": [
        ("h", "E1 Qualifications and university"),
        ("p", "By August 2027, Isla will demonstrate functional written output sufficient to achieve grades B, B, C at A level and will receive an offer of a university place to study psychology."),
        ("h", "E2 Energy management (good health)"),
        ("p", "By July 2027, Isla will maintain a graded activity baseline with pacing, avoiding post-exertional malaise, so that she attends 90% of timetabled sessions, as shown by college attendance records."),
        ("h", "E3 Independent living"),
        ("p", "By July 2027, Isla will cook a two-course meal safely using adapted equipment and plan her own week's meals on three occasions, recorded by the OT."),
        ("h", "E4 Travel"),
        ("p", "By March 2027, Isla will travel to college independently by bus four days a week, as recorded by her PA at college."),
    ],
    "F": [
        ("h", "F1 Learning"),
        ("b", "A laptop with speech-to-text software, provided and maintained by the college's IT support team."),
        ("b", "Exam access arrangements: 25% extra time, rest breaks and use of a word processor, arranged by the college's exams officer."),
        ("b", "Touch-typing programme: 20 minutes four times a week, 1:1 with a learning support assistant, for 12 weeks then review."),
        ("h", "F2 Physical and fatigue"),
        ("b", "A rest room with a reclining chair, booked for Isla for 20 minutes every morning and afternoon by her PA (personal assistant at college)."),
        ("b", "A 45-minute 1:1 mentoring session every week with the Additional Learning Support mentor to plan workload and pacing."),
        ("h", "F3 Preparing for adulthood"),
        ("b", "Two 45-minute careers guidance sessions with the college's Level 6 Careers Adviser in the autumn term."),
        ("b", "Travel training, 1:1 with the Harrowfield Travel Training Team, 5 weekly sessions of 90 minutes."),
    ],
    "G": [
        ("h", "G1 Physiotherapy"),
        ("b", "Children's physiotherapist, Harrowfield Hospital: 6 sessions of 45 minutes, fortnightly, to update Isla's home exercise programme, then review."),
        ("h", "G2 Occupational therapy"),
        ("b", "An occupational therapist from the Harrowfield Children's Therapy Service will teach Isla joint-protection handwriting and keyboard techniques and cooking skills using adapted equipment, 1:1 for 1 hour every fortnight in college and at home during the autumn and spring terms."),
        ("b", "Dr Fiona Marsh, Consultant Paediatric Rheumatologist: 30-minute clinic review every 6 months, including Isla's medication for dizziness."),
        ("h", "G3 Fatigue"),
        ("b", "Paediatric fatigue service: 45-minute review clinic appointment every 3 months with the specialist nurse, with a graded activity plan shared with college."),
        ("p", "Health agreement: Section G was reviewed and agreed by Sandra Cole, Designated Clinical Officer, on 26 February 2026."),
    ],
    "H1": [("p", "None. See Section D.")],
    "H2": [("p", "None. Information about the Local Offer and the young carers' and disabled young people's youth forum has been shared with Isla.")],
    "I": [("p", "Sixth-form college: Harrowfield Sixth Form College.")],
    "J": [("p", "No personal budget requested.")],
    "K": [("t", [
        ["Advice", "From", "Date"],
        ["Isla's views", "Isla", "20 January 2026"],
        ["Parent's views", "Isla's mother", "20 January 2026"],
        ["Educational advice (annual review report)", "Head of Additional Learning Support, Harrowfield Sixth Form College", "28 January 2026"],
        ["Psychological advice", "Dr Laura Kent, Educational Psychologist", "14 November 2025"],
        ["Medical advice", "Dr Fiona Marsh, Consultant Paediatric Rheumatologist, Harrowfield Hospital", "8 December 2025"],
        ["Fatigue advice", "Clinical Nurse Specialist, Paediatric Fatigue Service", "15 December 2025"],
        ["Occupational therapy advice", "Occupational Therapist, Harrowfield Children's Therapy Service", "10 December 2025"],
        ["Social care and preparing for adulthood advice", "PfA Social Worker, Harrowfield Social Care", "12 December 2025"],
        ["Careers advice", "Careers Adviser, Harrowfield Sixth Form College", "22 January 2026"],
    ])],
    },
    sign=["Amended plan signed on behalf of the London Borough of Harrowfield by the Post-16 SEND Manager, 4 March 2026."],
))

# ======================= w208: FAIL, letter-column, Year 7, dyslexia + anxiety =======================
PLANS.append(dict(
    id="w208", layout="letter-column", name="Noah", pron="his",
    meta=[("First name", "Noah"), ("School year", "Year 7 (when this plan was issued)"),
          ("Date this plan was issued", "10 March 2025"),
          ("Last reviewed", "Not yet reviewed"),
          ("Setting", "Mainstream secondary school")],
    sections={
    "A": [
        ("h", "My views"),
        ("p", "My name is Noah and I'm 12. I like football, drumming and fixing bikes with my grandad. I am good at design and technology and I'm in the school football team. Reading is hard for me and I get stressed when teachers ask me to read out loud or copy lots from the board. Big school is really noisy and I get lost. I want to be a mechanic or work with bikes when I'm older. (Noah told his form tutor this in February 2025, and she wrote it down.)"),
        ("h", "My parents' views"),
        ("p", "Noah's parents say he is practical, funny and good with his hands. They are worried that his anxiety about reading has grown since he started secondary school and that he has begun to say he feels sick on school mornings. They hope he will get the qualifications he needs to go to college to train as a mechanic."),
    ],
    "B": [
        ("h", "Strengths"),
        ("p", "Noah has strong practical and spatial skills and is working above the expected level in design and technology and physical education. He understands spoken information well and contributes well in class discussion."),
        ("h", "Cognition and learning"),
        ("p", "Noah has dyslexia. His reading age is 8 years 6 months and his spelling age 8 years. He reads slowly and loses his place. His working memory is weak, so he forgets longer instructions and homework tasks."),
        ("h", "Social, emotional and mental health"),
        ("p", "Noah is anxious in busy corridors and when asked to read aloud. He has been late to lessons because he avoids crowds, and his attendance this year is 91%."),
    ],
    "C": [("p", "Noah has no health needs. His general practitioner (GP) confirmed in a letter of January 2025 that he is healthy, with normal vision and hearing.")],
    "D": [("p", "Noah has no social care needs; the Early Help service confirmed in January 2025 that there is no role for social care.")],
    "E": [
        ("h", "E1 Reading"),
        ("p", "By July 2026, Noah will increase his reading age to at least 10 years, measured on the school's termly standardised reading test."),
        ("h", "E2 Writing and homework"),
        ("p", "By July 2026, Noah will record his homework in his planner using his phone's voice notes and hand in 8 out of 10 homework tasks on time, shown on the school's homework system."),
        ("h", "E3 Managing worries"),
        ("p", "By December 2025, Noah will arrive at all his lessons on time on at least 9 days out of 10 using his early-leave pass, recorded in the register, and his attendance will be at least 95%."),
        ("h", "E4 Towards college (preparing for his future)"),
        ("p", "By July 2026, Noah will complete a bike maintenance project in design and technology and present it to his class, assessed by his teacher at the expected standard."),
    ],
    "F": [
        ("h", "Cognition and learning"),
        ("b", "A reading intervention programme in a small group."),
        ("b", "Noah should have access to a reading pen and coloured overlays."),
        ("b", "Specialist teacher advice to staff as appropriate."),
        ("b", "Spelling support 1:1 with a learning support assistant, 3 x 20 minutes a week."),
        ("h", "Social, emotional and mental health"),
        ("b", "An early-leave pass so that Noah leaves each lesson 3 minutes before the bell, issued by the head of year."),
        ("b", "Regular mentoring sessions with the school's learning mentor."),
        ("b", "Noah will not be asked to read aloud in class unless he has volunteered, by all teaching staff."),
    ],
    "G": [("p", "None. See Section C.")],
    "H1": [("p", "None. See Section D.")],
    "H2": [("p", "None. Information on the Local Offer was shared with the family.")],
    "I": [("p", "Mainstream secondary school: Fairholme Academy, Harrowfield.")],
    "J": [("p", "No personal budget requested.")],
    "K": [("t", [
        ["Advice", "From", "Date"],
        ["Noah's views", "Noah, with his form tutor", "February 2025"],
        ["Parents' views", "Noah's parents", "10 February 2025"],
        ["Educational advice", "Special educational needs co-ordinator, Fairholme Academy", "3 February 2025"],
        ["Psychological advice", "Educational Psychologist, Harrowfield Educational Psychology Service", "16 January 2023"],
        ["Medical advice", "General practitioner, Park Road Surgery", "22 January 2025"],
        ["Speech and language therapy report", "", ""],
        ["Social care advice", "Family Practitioner, Harrowfield Early Help Service", "24 January 2025"],
    ])],
    },
    sign=["Signed on behalf of the London Borough of Harrowfield by the SEND Team Manager, 10 March 2025."],
))

# ======================= w209: SOUND, shaded-heading-table, Year 11, dyslexia + dyspraxia =======================
PLANS.append(dict(
    id="w209", layout="shaded-heading-table", name="Freddie", pron="his",
    meta=[("First name", "Freddie"), ("Education phase", "Secondary, Year 11 (age 16)"),
          ("Date of EHC plan", "22 September 2021"),
          ("Last reviewed", "11 February 2026 (annual review); amended plan issued 9 March 2026"),
          ("Setting", "Independent day school (named at parents' request)")],
    sections={
    "A": [
        ("h", "About me, by Freddie"),
        ("p", "I'm Freddie. I play bass guitar in a band, I run cross-country and I'm good at history and geography because I remember stories and maps. I'm dyslexic and dyspraxic, which means reading, spelling and handwriting take me ages and I'm a bit clumsy. I'd like to do A levels in history, geography and politics and then go to university, maybe to become a journalist or a town planner. I'd also like to pass my driving test and get a Saturday job."),
        ("h", "My parents' views"),
        ("p", "Freddie's parents describe him as thoughtful, loyal and persistent. They were closely involved in co-producing this plan and want it to help him gain the grades he needs for sixth form and to become more organised and independent."),
    ],
    "B": [
        ("h", "Strengths"),
        ("p", "Freddie has a strong verbal reasoning score (above average) and excellent general knowledge. He is predicted grade 7 in history and geography."),
        ("h", "Cognition and learning"),
        ("p", "Freddie has dyslexia: his reading speed is in the low average range and his spelling is well below average. His working memory and processing speed are weaker than his reasoning, so he needs longer to read and plan written work. He can write for up to 20 minutes before his handwriting becomes hard to read."),
        ("h", "Sensory and/or physical"),
        ("p", "Freddie has developmental co-ordination disorder (dyspraxia). His handwriting is slow and he finds organising his equipment, time and written answers hard. He has no difficulty with running or team sports but finds fine motor tasks, such as using a ruler or tying a tie, difficult."),
    ],
    "C": [("p", "Freddie has no health needs. The community paediatrician reviewed him in November 2025 and confirmed that his dyspraxia is not linked to any medical condition and that no health provision is needed. His occupational therapy is educational and is set out in Section F.")],
    "D": [("p", "Freddie has no social care needs. The Children with Disabilities Team screened the request in November 2025 and confirmed that no social care assessment or provision is required.")],
    "E": [("t", [
        ["Outcome", "By when", "How we will know"],
        ["E1 Qualifications: Freddie will gain at least grade 4 in General Certificate of Secondary Education (GCSE) English Language and grade 6 or above in history and geography.", "August 2026", "GCSE results."],
        ["E2 Sixth form: Freddie will receive an offer of a place on an A level course in history, geography and politics.", "April 2026", "Offer letter from a sixth form."],
        ["E3 Writing: Freddie will touch-type at 35 words per minute and use this for all extended answers.", "June 2026", "Typing test recorded by the learning support teacher each half term."],
        ["E4 Organisation and independence: Freddie will plan his own weekly revision and homework timetable and keep to it for 6 weeks, and will travel independently to his Saturday job or sixth-form open day.", "July 2026", "Planner checked weekly by his tutor; confirmation from his parents."],
    ])],
    "F": [("t", [
        ["Provision", "How often and how long", "Group size", "Who"],
        ["Specialist literacy teaching (study skills and spelling)", "x2 weekly, 45 minutes", "1:1", "Specialist teacher holding the Level 7 Certificate in dyslexia"],
        ["Touch-typing programme", "Daily for 15 minutes until E3 is met", "On his own, supervised", "Learning support assistant"],
        ["Occupational therapy: fine motor and organisation programme", "6 fortnightly sessions of 45 minutes then review, then a 1-hour staff consultation each term", "1:1", "Occupational therapist, Harrowfield Children's Therapy Service"],
        ["Access arrangements: 25% extra time, a reader and use of a word processor in all examinations", "Each examination", "Not applicable", "Arranged by the examinations officer"],
        ["Laptop with text-to-speech and mind-mapping software", "Daily", "Not applicable", "Provided and maintained by the school's information technology (IT) technician"],
        ["Careers guidance about sixth form and university", "Two 40-minute sessions in the autumn term", "1:1", "Careers adviser with a Level 6 qualification"],
        ["Organisation mentoring", "Weekly, 20 minutes, every Monday", "1:1", "Form tutor, trained by the special educational needs co-ordinator (SENCO)"],
    ])],
    "G": [("p", "None. No health provision is required (see Section C).")],
    "H1": [("p", "None. No social care provision is required (see Section D).")],
    "H2": [("p", "None. Information about the Local Offer and the Harrowfield youth service was given to Freddie and his parents.")],
    "I": [("p", "Independent day school: St Dunstan's College, Harrowfield (named at parents' request; the parents fund the school fees and the local authority funds the provision in Section F).")],
    "J": [("p", "No personal budget has been requested.")],
    "K": [("t", [
        ["Advice", "From", "Date"],
        ["Freddie's views", "Freddie", "2 February 2026"],
        ["Parents' views", "Freddie's parents", "2 February 2026"],
        ["Educational advice (annual review report)", "SENCO, St Dunstan's College", "4 February 2026"],
        ["Psychological advice", "Dr Tom Bright, Educational Psychologist", "13 October 2025"],
        ["Medical advice", "Dr Omar Siddiqui, Community Paediatrician", "18 November 2025"],
        ["Occupational therapy advice", "Occupational Therapist, Harrowfield Children's Therapy Service", "25 November 2025"],
        ["Social care advice", "Team Manager, Children with Disabilities Team", "20 November 2025"],
        ["Preparing for adulthood advice", "Careers Adviser, Harrowfield Careers Service", "28 January 2026"],
    ])],
    },
    sign=["Amended plan signed on behalf of the London Borough of Harrowfield by the SEND Team Manager, 9 March 2026."],
))

# ======================= w210: FAIL, shaded-heading-table, Year 9, autism + anxiety, child in need =======================
PLANS.append(dict(
    id="w210", layout="shaded-heading-table", name="Alfie", pron="his",
    meta=[("First name", "Alfie"), ("Education phase", "Secondary, Year 9"),
          ("Date of EHC plan", "27 April 2026"),
          ("Last reviewed", "New plan"),
          ("Setting", "Mainstream secondary school")],
    sections={
    "A": [
        ("h", "Alfie's views"),
        ("p", "Alfie told his key worker: \"I hate school. It's too loud and people stare at me. I can't do group work and I can't eat in the canteen. I don't want to talk to new people.\""),
        ("h", "Parent's views"),
        ("p", "Alfie's mum says that Alfie has many meltdowns at home after school, refuses to go in most Mondays, will not eat in front of others and cannot cope with any change. She says he has no friends and spends his evenings alone in his room. She is exhausted."),
    ],
    "B": [
        ("h", "Communication and interaction"),
        ("p", "Alfie is autistic, without a learning difficulty. He cannot cope with group work, misunderstands instructions and has poor eye contact. He does not initiate conversation."),
        ("h", "Social, emotional and mental health"),
        ("p", "Alfie has high anxiety. His attendance is 78%. He refuses lessons with supply teachers and has had four fixed-term exclusions for damaging property during meltdowns. A Child in Need plan has been open since January 2026."),
        ("h", "Sensory"),
        ("p", "Alfie is over-sensitive to noise and smells, which stops him using the canteen and corridors at busy times."),
    ],
    "C": [("p", "Alfie has anxiety, assessed by Child and Adolescent Mental Health Services (CAMHS) in February 2026. He is receiving cognitive behavioural therapy (CBT) from CAMHS. He has no other health needs (general practitioner, February 2026).")],
    "D": [("p", "Alfie is subject to a Child in Need plan.")],
    "E": [("t", [
        ["Outcome", "By when", "How we will know"],
        ["E1 Attendance: Alfie will attend at least 92% of sessions.", "July 2027", "School attendance register."],
        ["E2 Independent travel (preparing for adulthood): Alfie will travel to school on the bus on his own four days a week.", "March 2027", "Key worker's weekly record."],
        ["E3 Managing anxiety (good health): Alfie will use his exit card and a calming strategy instead of leaving the building on 4 out of 5 occasions.", "February 2027", "Pastoral incident log, reviewed half-termly by the head of year."],
        ["E4 Work experience (employment): Alfie will complete a one-week work experience placement and receive a positive report from the employer.", "July 2027", "Employer's report."],
        ["E5 Friendships (community): Alfie will attend a lunchtime club of his choice at least once a week for a term.", "December 2026", "Club register."],
    ])],
    "F": [("t", [
        ["Provision", "How often and how long", "Group size", "Who"],
        ["Key worker check-in at the start and end of each day", "Daily, 10 minutes each", "1:1", "Key worker, a learning mentor with autism training"],
        ["Exit card allowing Alfie to go to the Base room", "At any time Alfie shows his card", "Not applicable", "Head of year to issue the card; Base staff to supervise"],
        ["Social communication group", "Weekly, 50 minutes, for 12 weeks then review", "No more than 5", "Speech and language therapist with a teaching assistant"],
        ["Travel training", "8 sessions of 90 minutes, twice weekly", "1:1", "Harrowfield Travel Training Team"],
        ["Saturday respite club to give Alfie's mum a break", "Every other Saturday, 5 hours", "Ratio 1:4", "Children with Disabilities Team short breaks provider"],
        ["Work experience preparation", "Six 45-minute sessions in the spring term", "Group of 4", "Careers adviser (Level 6)"],
        ["Quiet lunch room", "Daily, lunchtime", "No more than 6", "Learning support assistant"],
    ])],
    "G": [
        ("p", "CAMHS: 10 sessions of cognitive behavioural therapy, fortnightly for 50 minutes, with a CAMHS clinical psychologist, from March 2026, then review."),
        ("p", "Health agreement: Health provision in Section G agreed by Dr Priya Nair, Designated Clinical Officer, 20 April 2026."),
    ],
    "H1": [("p", "None.")],
    "H2": [("p", "None.")],
    "I": [("p", "Mainstream secondary school: Harrowfield Park School.")],
    "J": [("p", "No personal budget requested.")],
    "K": [("t", [
        ["Advice", "From", "Date"],
        ["Alfie's views", "Alfie, with his key worker", "10 March 2026"],
        ["Parent's views", "Alfie's mother", "9 March 2026"],
        ["Educational advice", "Special educational needs co-ordinator (SENCO), Harrowfield Park School", "2 March 2026"],
        ["Psychological advice", "Dr Helen Walsh, Educational Psychologist", "20 February 2026"],
        ["Medical advice", "General practitioner, Harrowfield Health Centre", "16 February 2026"],
        ["Mental health advice", "Clinical Psychologist, CAMHS", "27 February 2026"],
        ["Speech and language therapy advice", "Speech and Language Therapist, Harrowfield Children's Therapy Service", "5 March 2026"],
        ["Social care advice", "Social Worker, Harrowfield Children's Social Care (Child in Need team)", "11 March 2026"],
        ["Preparing for adulthood advice", "Careers Adviser, Harrowfield Careers Service", "6 March 2026"],
    ])],
    },
    sign=["Signed on behalf of the London Borough of Harrowfield by the SEND Team Manager, 27 April 2026."],
))

# ======================= w211: FAIL, shaded-heading-table, Year 5, hypermobility + fatigue + dyspraxia =======================
PLANS.append(dict(
    id="w211", layout="shaded-heading-table", name="Ruby", pron="her",
    meta=[("First name", "Ruby"), ("Education phase", "Primary, Year 5 (age 10)"),
          ("Date of EHC plan", "5 May 2026"),
          ("Last reviewed", "New plan"),
          ("Setting", "Mainstream primary school")],
    sections={
    "A": [
        ("h", "What Ruby says (Ruby, age 10, told her class teacher)"),
        ("p", "\"I love gymnastics, even though I can only do the bendy bits now, and I love making slime and reading fantasy books. I'm good at stories and my teacher puts them on the wall. My legs and wrists hurt after games and writing, and some days I'm so tired I can't get up. I want to be an author and illustrate my own books.\""),
        ("h", "What Ruby's parents say"),
        ("p", "Ruby's parents describe her as imaginative, chatty and brave. They want her to be able to join in with her friends, get to the end of a school day without being worn out, and keep her love of writing stories. They worry that she is embarrassed about needing the toilet urgently at school."),
    ],
    "B": [
        ("h", "Strengths"),
        ("p", "Ruby reads above the expected standard for her age and has a rich vocabulary. Her spoken stories are imaginative and well structured."),
        ("h", "Sensory and/or physical"),
        ("p", "Ruby has hypermobility and developmental co-ordination disorder (dyspraxia). Her handwriting is slow and painful after about 5 minutes. She finds it hard to sit on the carpet, carry her bag or use scissors, and she tires quickly on stairs."),
        ("h", "Cognition and learning"),
        ("p", "Because of fatigue and pain, Ruby's written work is well below the standard of her spoken work, and she misses parts of lessons when she is too tired to continue."),
    ],
    "C": [
        ("p", "Ruby has joint hypermobility syndrome and chronic fatigue, diagnosed by the community paediatrician. She has daytime wetting and urgency linked to her hypermobility, and is known to the Children's Continence Service, who advise a drinking and toileting routine every 90 minutes through the school day. Ruby has a home exercise programme from the children's physiotherapist."),
    ],
    "D": [("p", "Ruby has no social care needs. The Children with Disabilities Team screened the request in March 2026 and advised that her needs are met at home; the family were given information on the Local Offer.")],
    "E": [("t", [
        ["Outcome", "By when", "How we will know"],
        ["E1 Writing: Ruby will write a story of at least 300 words using her laptop, meeting the expected standard for Year 6 writing.", "July 2027", "Teacher assessment each term."],
        ["E2 Energy: Ruby will have a rest break every 40 minutes and a lift pass.", "", ""],
        ["E3 Taking part in physical education (PE): Ruby will take part in adapted PE for the whole lesson in 3 out of 4 lessons, using her physiotherapy exercises as warm-up.", "March 2027", "PE teacher's record, checked half-termly."],
        ["E4 Fine motor skills: Ruby will use scissors and a ruler independently to complete a design and technology project.", "July 2027", "Class teacher's assessment."],
    ])],
    "F": [("t", [
        ["Provision", "How often and how long", "Group size", "Who"],
        ["Laptop with word-prediction software", "Daily, all written lessons", "Not applicable", "Provided and maintained by the school's technician"],
        ["Touch-typing programme", "15 minutes, four times a week", "1:1", "Teaching assistant"],
        ["Occupational therapy: a block of sessions on fine motor skills and classroom adaptations", "", "", "Harrowfield Children's Therapy Service"],
        ["Rest break in the quiet room", "10 minutes every 40 minutes", "On her own", "Supervised by her teaching assistant"],
        ["Lift pass and a second set of books kept in class", "Daily", "Not applicable", "Issued by the special educational needs co-ordinator (SENCO)"],
        ["Adapted PE with a warm-up from her physiotherapy programme", "Each PE lesson (twice weekly, 1 hour)", "Whole class", "PE teacher, advised by the physiotherapist"],
    ])],
    "G": [
        ("p", "Children's physiotherapist, Harrowfield Hospital: 6 sessions of 40 minutes, fortnightly in school, to review Ruby's home exercise programme and advise PE staff, then review."),
        ("p", "Community paediatrician: review of hypermobility and fatigue every 6 months (30-minute clinic appointment)."),
        ("p", "Health agreement: Section G reviewed and supported by Sandra Cole, Designated Clinical Officer, 28 April 2026."),
    ],
    "H1": [("p", "None. See Section D.")],
    "H2": [("p", "None. Information about short breaks and the Local Offer was given to the family.")],
    "I": [("p", "Mainstream primary school: Oakhill Primary School, Harrowfield.")],
    "J": [("p", "No personal budget requested.")],
    "K": [("t", [
        ["Advice", "From", "Date"],
        ["Ruby's views", "Ruby, with her class teacher", "4 March 2026"],
        ["Parents' views", "Ruby's parents", "6 March 2026"],
        ["Educational advice", "SENCO, Oakhill Primary School", "2 March 2026"],
        ["Psychological advice", "Dr Ruth Evans, Educational Psychologist", "11 March 2026"],
        ["Medical advice", "Dr Omar Siddiqui, Community Paediatrician", "14 June 2023"],
        ["Physiotherapy advice", "Children's Physiotherapist, Harrowfield Hospital", "19 February 2026"],
        ["Continence advice", "Continence Nurse, Children's Continence Service", "24 February 2026"],
        ["Occupational therapy advice", "Occupational Therapist, Harrowfield Children's Therapy Service", "26 February 2026"],
        ["Social care advice", "Team Manager, Children with Disabilities Team", "12 March 2026"],
    ])],
    },
    sign=["Signed on behalf of the London Borough of Harrowfield by the SEND Team Manager, 5 May 2026."],
))

# ======================= w212: SOUND, shaded-heading-table, Year 8, chronic fatigue + hypermobility + anxiety, looked after =======================
PLANS.append(dict(
    id="w212", layout="shaded-heading-table", name="Chloe", pron="her",
    meta=[("First name", "Chloe"), ("Education phase", "Secondary, Year 8"),
          ("Date of EHC plan", "18 January 2025"),
          ("Last reviewed", "Annual review 8 January 2026; amended plan issued 2 February 2026"),
          ("Legal status", "Looked after child (care order), living with long-term foster carers"),
          ("Setting", "Mainstream secondary school")],
    sections={
    "A": [
        ("h", "Chloe's views (written by Chloe with her social worker and foster carer)"),
        ("p", "I'm Chloe, I'm 13. I love animals, especially horses, and I go riding with my foster family on Sundays when I have the energy. I'm good at drama and I'm kind to people. Some days I'm so tired I can't get out of bed, and my knees and shoulders click and hurt. I get really anxious if I don't know what's happening, and I don't like being praised in front of everyone. I want to work with horses when I'm older, maybe as a vet nurse or at a stables, and to go into town with my friends on my own."),
        ("h", "Foster carers' and birth family's views"),
        ("p", "Chloe's foster carers say she is caring, funny and brave, and that she has settled well with them over the past two years. Her birth mother, who has regular contact with Chloe, contributed her views through the social worker and wants Chloe to \"be happy and do well at school\". Everyone agrees Chloe's energy and anxiety are the biggest barriers to her learning."),
    ],
    "B": [
        ("h", "Strengths"),
        ("p", "Chloe is working at the expected standard in English and science and above it in drama. She is empathetic and a loyal friend."),
        ("h", "Social, emotional and mental health"),
        ("p", "Chloe has anxiety linked to her early experiences and to uncertainty. She finds changes of teacher and unexpected praise or attention hard and may leave the room. Her attendance was 84% last year because of fatigue and anxiety."),
        ("h", "Sensory and/or physical"),
        ("p", "Chloe has hypermobility spectrum disorder and chronic fatigue syndrome. She cannot manage a full timetable yet and tires after carrying heavy bags or climbing stairs."),
    ],
    "C": [("p", "Chloe has chronic fatigue syndrome (also known as myalgic encephalomyelitis) and hypermobility spectrum disorder, diagnosed by the paediatric fatigue service and the community paediatrician. She has anxiety and has been seen by the Child and Adolescent Mental Health Services (CAMHS) looked-after children's team since 2025. She has no difficulty with eating or sleeping routines, but her fatigue limits how much she can do each day.")],
    "D": [("p", "Chloe is a looked-after child under a care order and lives with long-term foster carers. Her social worker contributed to this plan, and the plan has been aligned with her care plan and her Personal Education Plan (PEP), which the Virtual School reviews each term. Chloe needs consistent, trusted adults, support to keep safe contact with her birth mother and help to build independence in the community at her own pace, as set out in her care plan.")],
    "E": [("t", [
        ["Outcome", "By when", "How we will know"],
        ["E1 Attendance and energy: Chloe will attend a timetable of 80% of lessons, increasing from her current 60%, without a fatigue crash that keeps her off for more than two days.", "July 2027", "Attendance register and her activity diary, reviewed at each PEP meeting."],
        ["E2 Praise and attention: Chloe will accept praise from staff calmly, staying in the lesson, on 4 out of 5 occasions.", "March 2027", "Key worker's weekly record."],
        ["E3 Community (friends and community): Chloe will access the town centre independently with a friend, planning her route and returning at the agreed time, on three occasions.", "December 2026", "Foster carers' record, shared with the social worker."],
        ["E4 Future (employment): Chloe will complete a one-week taster at a riding stables and receive a positive report.", "July 2027", "Stables report, filed in her PEP."],
    ])],
    "F": [("t", [
        ["Provision", "How often and how long", "Group size", "Who"],
        ["Reduced and phased timetable, increased by one lesson a week each half term as agreed at PEP meetings", "Reviewed each half term (6 times a year)", "Not applicable", "Designated teacher for looked-after children"],
        ["Rest break in the medical room", "15 minutes, twice daily", "On her own", "Supervised by the school's first aider"],
        ["Emotional support sessions on anxiety and managing praise", "Weekly, 40 minutes, for 10 weeks then review", "1:1", "School counsellor with a British Association for Counselling and Psychotherapy (BACP) accreditation"],
        ["Key worker check-in", "Start of each school day, 10 minutes", "1:1", "Key worker, a learning mentor with attachment-awareness training"],
        ["Lift pass and locker", "Daily", "Not applicable", "Issued by the special educational needs co-ordinator (SENCO)"],
        ["Catch-up teaching in English and mathematics for missed lessons", "x2 weekly, 30 minutes", "Group of no more than 4", "Qualified teacher"],
        ["Staff training on chronic fatigue and hypermobility", "One 1-hour session each September", "All staff who teach Chloe", "Paediatric fatigue service specialist nurse"],
    ])],
    "G": [
        ("p", "Paediatric fatigue service: review every 8 weeks (45 minutes) with the specialist nurse, who will set Chloe's activity baseline and share it with school."),
        ("p", "Physiotherapy: 6 sessions of 45 minutes, fortnightly, with the children's physiotherapist at Harrowfield Hospital, then review."),
        ("p", "CAMHS looked-after children's team: 1:1 therapy sessions of 50 minutes every two weeks with a clinical psychologist for the spring and summer terms 2026, then review."),
        ("p", "Health agreement: agreed by Dr Priya Nair, Designated Clinical Officer, 28 January 2026."),
    ],
    "H1": [("p", "None. Chloe's needs are met through her care plan (see Section H2).")],
    "H2": [("p", "Under Chloe's care plan: a monthly visit by her social worker (at least every 6 weeks as required by regulations), supervised contact with her birth mother every other Saturday for 2 hours, and a youth worker from the Children in Care team for 2 hours a week to build community independence skills towards outcome E3.")],
    "I": [("p", "Mainstream secondary school: Harrowfield Park School.")],
    "J": [("p", "No personal budget requested.")],
    "K": [("t", [
        ["Advice", "From", "Date"],
        ["Chloe's views", "Chloe", "5 January 2026"],
        ["Foster carers' views", "Chloe's foster carers", "5 January 2026"],
        ["Birth mother's views", "Chloe's birth mother, via the social worker", "22 December 2025"],
        ["Educational advice and Personal Education Plan", "Designated Teacher, Harrowfield Park School, and Virtual School Head", "17 December 2025"],
        ["Psychological advice", "Dr Laura Kent, Educational Psychologist", "3 November 2025"],
        ["Medical advice", "Dr Omar Siddiqui, Community Paediatrician", "12 November 2025"],
        ["Fatigue advice", "Clinical Nurse Specialist, Paediatric Fatigue Service", "20 November 2025"],
        ["Physiotherapy advice", "Children's Physiotherapist, Harrowfield Hospital", "24 November 2025"],
        ["Mental health advice", "Clinical Psychologist, CAMHS looked-after children's team", "1 December 2025"],
        ["Social care advice", "Chloe's Social Worker, Children in Care Team", "18 December 2025"],
    ])],
    },
    sign=["Amended plan signed on behalf of the London Borough of Harrowfield by the SEND Team Manager, 2 February 2026."],
))

if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    for plan in PLANS:
        RENDER[plan["layout"]](plan, os.path.join(OUT, plan["id"] + ".docx"))
        print("wrote", plan["id"])
