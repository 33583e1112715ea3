#!/usr/bin/env python3
"""Generator for blind validity set U1 (plans u101-u112), Wrenfordshire County Council.

Plan text is held as Python data (PLANS, below). One renderer per layout:
  letter-column  - one big two-column table, section letter in a shaded merged left cell
  ef-table       - headed paragraphs; Sections E and F in one table, outcome cell merged down
  bold-statutory - no heading styles; bold long statutory titles; hand-typed bullets
Blocks: ('h', text) sub-heading; ('p', text) paragraph; ('b', text) bullet "•";
        ('b-', text) dash bullet; ('bo', text) "o" sub-bullet; ('t', rows) small table (row 0 = header).
"""
import os
from docx import Document
from docx.shared import Pt, RGBColor
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "plans")
COUNCIL = "Wrenfordshire County Council"

SHORT_TITLES = {
    "A": "Section A: Views, interests and aspirations",
    "B": "Section B: Special educational needs",
    "C": "Section C: Health needs",
    "D": "Section D: Social care needs",
    "E": "Section E: Outcomes",
    "F": "Section F: Special educational provision",
    "G": "Section G: Health provision",
    "H1": "Section H1: Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970",
    "H2": "Section H2: Other social care provision",
    "I": "Section I: Placement",
    "J": "Section J: Personal budget",
    "K": "Section K: Advice and information",
}
LONG_TITLES = {
    "A": "Section A: The views, interests and aspirations of the child and his or her parents, or of the young person",
    "B": "Section B: The special educational needs of the child or young person",
    "C": "Section C: The health needs of the child or young person which relate to their special educational needs",
    "D": "Section D: The social care needs of the child or young person which relate to their special educational needs or to a disability",
    "E": "Section E: The outcomes sought for the child or young person, including outcomes for adult life where relevant",
    "F": "Section F: The special educational provision required by the child or young person",
    "G": "Section G: Any health provision reasonably required by the learning difficulties or disabilities which result in the child or young person having special educational needs",
    "H1": "Section H1: Any social care provision which must be made for a child or young person under 18 resulting from section 2 of the Chronically Sick and Disabled Persons Act 1970",
    "H2": "Section H2: Any other social care provision reasonably required by the learning difficulties or disabilities which result in the child or young person having special educational needs",
    "I": "Section I: The name and type of the school, maintained nursery school, post-16 institution or other institution to be attended by the child or young person",
    "J": "Section J: Where there is a personal budget, the details of how the personal budget will support particular outcomes, the provision it will be used for and the arrangements for any direct payments",
    "K": "Section K: The advice and information gathered during the EHC needs assessment",
}
BULLET = {"b": "\u2022 ", "b-": "- ", "bo": "o "}


def shade(cell, fill="D9E2F3"):
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


def set_cell_text(cell, text, bold=False):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold


def add_small_table(container, rows):
    t = container.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            set_cell_text(t.cell(i, j), val, bold=(i == 0))
    return t


def new_doc():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    return d


def front_matter(d, plan, as_table=True):
    bold_para(d, COUNCIL, 14)
    bold_para(d, "Education, Health and Care (EHC) Plan", 13)
    if as_table:
        add_small_table(d, [["About this plan", ""]] + [[k, v] for k, v in plan["front"]])
    else:
        for k, v in plan["front"]:
            p = d.add_paragraph()
            r = p.add_run(k + ": ")
            r.bold = True
            p.add_run(v)
    d.add_paragraph()


# ---------------------------------------------------------------- layouts
def render_blocks_doc(d, blocks, heading_style=None, hand_bullets=True):
    for kind, val in blocks:
        if kind == "h":
            if heading_style:
                d.add_paragraph(val, style=heading_style)
            else:
                bold_para(d, val)
        elif kind == "p":
            d.add_paragraph(val)
        elif kind in BULLET:
            if hand_bullets:
                d.add_paragraph(BULLET[kind] + val)
            else:
                d.add_paragraph(val, style="List Bullet" if kind != "bo" else "List Bullet 2")
        elif kind == "t":
            add_small_table(d, val)
            d.add_paragraph()
        else:
            raise ValueError(kind)


def render_letter_column(plan):
    d = new_doc()
    front_matter(d, plan, as_table=False)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for sec in plan["sections"]:
        letter, blocks = sec[0], sec[1]
        title = SHORT_TITLES[letter]
        start = len(t.rows)
        r = t.add_row()
        set_cell_text(r.cells[1], title, bold=True)
        for kind, val in blocks:
            r = t.add_row()
            c = r.cells[1]
            if kind == "h":
                set_cell_text(c, val, bold=True)
            elif kind == "p":
                set_cell_text(c, val)
            elif kind in BULLET:
                set_cell_text(c, BULLET[kind] + val)
            elif kind == "t":
                c.text = ""
                add_small_table(c, val)
            else:
                raise ValueError(kind)
        end = len(t.rows) - 1
        left = t.cell(start, 0)
        if end > start:
            left = left.merge(t.cell(end, 0))
        set_cell_text(left, letter, bold=True)
        shade(left)
    return d


def render_ef_table(plan):
    d = new_doc()
    front_matter(d, plan, as_table=True)
    for sec in plan["sections"]:
        letter = sec[0]
        if letter == "EF":
            title, intro, rows, after = sec[1], sec[2], sec[3], sec[4]
            d.add_paragraph(title, style="Heading 1")
            render_blocks_doc(d, intro, heading_style="Heading 2", hand_bullets=False)
            hdr = plan.get("ef_header", ["Outcome (Section E)", "Provision (Section F)", "How often / how long", "Who"])
            t = d.add_table(rows=1, cols=4)
            t.style = "Table Grid"
            for j, h in enumerate(hdr):
                set_cell_text(t.cell(0, j), h, bold=True)
                shade(t.cell(0, j), "E2EFDA")
            for item in rows:
                if "area" in item:
                    r = t.add_row()
                    c = r.cells[0].merge(r.cells[3])
                    set_cell_text(c, item["area"], bold=True)
                    shade(c, "F2F2F2")
                    continue
                start = len(t.rows)
                for prov, freq, who in (item["prov"] or [("", "", "")]):
                    r = t.add_row()
                    set_cell_text(r.cells[1], prov)
                    set_cell_text(r.cells[2], freq)
                    set_cell_text(r.cells[3], who)
                end = len(t.rows) - 1
                oc = t.cell(start, 0)
                if end > start:
                    oc = oc.merge(t.cell(end, 0))
                set_cell_text(oc, item["outcome"])
            d.add_paragraph()
            render_blocks_doc(d, after, heading_style="Heading 2", hand_bullets=False)
            continue
        blocks = sec[1]
        d.add_paragraph(SHORT_TITLES[letter], style="Heading 1")
        render_blocks_doc(d, blocks, heading_style="Heading 2", hand_bullets=False)
    return d


def render_bold_statutory(plan):
    d = new_doc()
    front_matter(d, plan, as_table=False)
    for sec in plan["sections"]:
        letter, blocks = sec[0], sec[1]
        bold_para(d, LONG_TITLES[letter])
        render_blocks_doc(d, blocks, heading_style=None, hand_bullets=True)
        d.add_paragraph()
    return d


RENDER = {"letter-column": render_letter_column, "ef-table": render_ef_table,
          "bold-statutory": render_bold_statutory}

PLANS = []

def h(x): return ("h", x)
def p(x): return ("p", x)
def b(x): return ("b", x)
def bd(x): return ("b-", x)
def bo(x): return ("bo", x)
def tb(rows): return ("t", rows)


# ====================================================================== u101
PLANS.append(dict(
    id="u101", layout="letter-column",
    front=[
        ("First name", "Tyler"),
        ("Age", "6 years"),
        ("National Curriculum year", "Year 1"),
        ("Date this plan was issued", "16 March 2026"),
        ("Last annual review", "Not applicable - this is Tyler's first EHC plan"),
        ("Looked after by", "London Borough of Eastbridge (placing authority); Tyler lives with long-term foster carers in Wrenfordshire"),
        ("Plan co-ordinator", "EHC Co-ordinator, Special Educational Needs and Disabilities (SEND) Assessment Team (South)"),
    ],
    sections=[
        ("A", [
            h("How we found out what Tyler thinks"),
            p("Tyler is six. He finds it hard to answer direct questions about himself, especially from adults he does not know well, so his views were gathered through play and observation by people who know him. His class teacher, Mrs Hall, and his teaching assistant, Miss Rowe, spent three short sessions with him in November 2025 and January 2026 using a feelings puppet, photographs of the classroom and playground, and small-world play. His foster carer, Jo, wrote down things Tyler said at home over two weeks. The educational psychologist watched him in class and at playtime and played a drawing game with him. What follows is what Tyler showed and told us, in his own words where we have them."),
            h("What Tyler showed and told us"),
            b("When we showed him photos of school, Tyler picked the sand tray, the big diggers and the reading corner cushion as the things he likes best. He said: \"I like the digger one. I make a big hole.\""),
            b("He chose the sad face for \"when it is loud at dinner\" and put the puppet under the table, saying \"He's hiding. It's too noisy.\""),
            b("He likes Miss Rowe to wait for him at the door in the morning: \"Miss Rowe says hello and I put my peg on.\""),
            b("At home he told Jo: \"I want to be a fireman and drive the big red truck.\""),
            b("He loves Jo's dog, Biscuit, building Lego, jumping on the trampoline and being pushed \"really high\" on the swings."),
            b("He does not like it when his teacher changes or when there is a supply teacher. In play, the puppet said \"I don't know where to go.\""),
            h("What Tyler's foster carers say"),
            p("Jo and Mark have cared for Tyler since he was three and a half, and in October 2025 the plan for him to stay with them long term was agreed. They say Tyler is funny, kind to animals and very determined when he is building something. He has come a long way: when he arrived he did not sleep in a bed and did not let adults comfort him, and now he climbs onto Jo's lap for a story every night. They worry that he is falling behind with reading and that he gets into trouble at lunchtime when it is busy and noisy. They want school to understand that what looks like naughtiness is usually fear or confusion. Jo would like Tyler to have access to the same clubs and trips as his classmates, with an adult he knows close by."),
            h("What Tyler's birth mother says"),
            p("Tyler's social worker met his birth mother, Kelly, in January 2026 to gather her views. Kelly said she is glad Tyler is settled and wants him \"to learn to read and have friends\". She enjoys their family time together each month and would like to receive school photos and his end-of-year report, which the social worker has agreed to pass on."),
            h("Hopes and aspirations for the future"),
            b("Tyler: to be a fireman; to go to Beavers like the boy next door."),
            b("Jo and Mark: that Tyler reads for pleasure, has a best friend and feels safe at school; in the longer term, that he stays with them and goes to his local secondary school with his friends."),
            b("Kelly: that Tyler learns to read and is happy."),
        ]),
        ("B", [
            h("What Tyler does well"),
            b("He is curious and practical. He will spend 20 minutes building a Lego fire station and can follow picture instructions to build it."),
            b("He is gentle with animals and younger children, and adults describe him as warm and affectionate once he knows them."),
            b("He can count objects to 10 reliably and recognises numbers to 15."),
            b("He knows 18 of the Phase 2 phonics sounds and can blend some three-letter words (for example \"dog\", \"sun\")."),
            b("He has a good memory for routines once they have been practised many times, and he loves praise from adults he trusts."),
            h("Background"),
            p("Tyler has foetal alcohol spectrum disorder (FASD), which was diagnosed in 2024. FASD affects how the brain develops before birth. For Tyler it means that he finds it harder to remember new information, to understand longer spoken sentences, to manage his feelings and to plan what to do next. He also experienced neglect before he became looked after, and this early trauma affects how safe he feels with adults and in busy places."),
            h("Communication and interaction"),
            p("Tyler speaks in short sentences of three or four words and is understood by familiar adults. The speech and language therapist (SLT) assessed him in December 2025 and found that his understanding of spoken language is around the level expected of a child of four. He can follow a one-part instruction with a picture to help, but he often misses the second part of an instruction such as \"get your book and sit on the carpet\". He finds question words (\"why\", \"how\") and position words (\"behind\", \"next to\") difficult. He often nods as if he has understood when he has not."),
            h("Cognition and learning"),
            p("Tyler is working well below the level expected for Year 1 in reading, writing and maths. He learns best through practical, hands-on activities with lots of repetition. His working memory is a significant difficulty: he may know a sound on Monday and not recall it on Wednesday. The educational psychologist (EP) found that his visual skills are a relative strength and that he learns well when new information is shown with pictures or objects."),
            h("Social, emotional and mental health"),
            p("Tyler's early experiences mean he is often on high alert. He scans the room, startles at sudden noises and can become very upset when routines change. When he is frightened he may run out of the classroom or hide under a table. At lunchtime he finds the noise and crowding overwhelming, and most of the incidents recorded by school happen between 12:00 and 12:45. He wants friends but does not yet know how to join a game, and sometimes grabs toys or pushes. With a trusted adult beside him he settles quickly."),
            h("Sensory and/or physical"),
            p("The occupational therapist (OT) found that Tyler's fine motor skills are delayed. He holds a pencil in his fist, finds it hard to form letters and cannot yet do up buttons or put on his socks independently. He seeks movement, often rocking on his chair or spinning, and he is sensitive to loud noise."),
        ]),
        ("C", [
            p("Tyler has foetal alcohol spectrum disorder (FASD), diagnosed by the community paediatrician in 2024. His growth and development are monitored by the paediatrician."),
            p("Tyler has no difficulty with his hearing or his eyesight: both were checked in November 2025 and were clear. He does, however, have a significant difficulty with sleep. He takes over an hour to fall asleep most nights and wakes two or three times, which leaves him very tired in school, especially on Mondays and Fridays. He has taken melatonin, prescribed by the paediatrician, since September 2025."),
            p("As a looked-after child, Tyler has a review health assessment every year with the Looked After Children's Nurse."),
        ]),
        ("D", [
            p("Tyler is looked after by the London Borough of Eastbridge under a care order (section 31 of the Children Act 1989). He lives with long-term foster carers in Wrenfordshire, and his care plan, agreed at his looked-after review on 14 October 2025, is for him to stay with them until he is an adult."),
            p("His social care needs relate to his early trauma and to his FASD: he needs carers who use a therapeutic, attachment-aware approach, predictable routines at home and school, and careful planning of family time with his birth mother so that he is not unsettled."),
            h("How Tyler's care plan informed this EHC plan"),
            p("His social worker, Ms Obi, gave written advice for this assessment and attended the co-production meeting on 2 February 2026. Tyler's Personal Education Plan (PEP) meeting on 9 February 2026, chaired by the Eastbridge Virtual School with the Wrenfordshire Virtual School present, agreed the outcomes in Section E about reading and lunchtimes, and the PEP targets for the spring and summer terms now match outcomes E2 and E4. The PEP will be reviewed each term alongside this plan, and the Pupil Premium Plus grant is being used for the nurture group in Section F."),
        ]),
        ("E", [
            p("These outcomes are for the end of Year 2 (July 2027) unless another date is given. Each one says how we will know Tyler has achieved it."),
            h("E1 Understanding what people say"),
            p("By July 2027, Tyler will follow a two-part spoken instruction in class (for example \"get your book and sit on the carpet\") without a picture prompt on 8 out of 10 occasions, recorded by Miss Rowe in a weekly tally and checked by the speech and language therapist each term."),
            h("E2 Reading"),
            p("By July 2027, Tyler will know all Phase 2 and Phase 3 phonics sounds and will read 30 of the 40 words on the school's Phase 3 word check, assessed by his class teacher every half term."),
            h("E3 Number"),
            p("By July 2027, Tyler will count 20 objects accurately and add two groups of objects with a total up to 10 on 4 out of 5 tries, as shown in his maths book and the class teacher's termly assessment."),
            h("E4 Feeling safe and calm"),
            p("By July 2027, Tyler will show his \"calm card\" or tell an adult when he is worried, go to the calm corner and come back to his work within 10 minutes on 4 out of 5 occasions, as recorded on his regulation log. By the same date there will be no more than one lunchtime incident a half term on the school's behaviour record (it was 9 in the autumn term 2025)."),
            h("E5 Friends and Beavers"),
            p("By July 2027, Tyler will play a turn-taking game with two classmates for 10 minutes without adult help on 3 lunchtimes in a week, observed by the midday supervisor. He will join his local Beaver Scout colony for the whole weekly meeting, with Jo nearby, and will receive his Beavers membership badge at his investiture, as reported by his foster carers."),
            h("E6 Writing and dressing"),
            p("By July 2027, Tyler will write his first name with correctly formed letters using a tripod grip, and will change for physical education (PE) lessons on his own within 10 minutes, checked by his teaching assistant each half term against the OT programme."),
            h("E7 Sleep"),
            p("By December 2026, Tyler will fall asleep within 30 minutes of his bedtime on 5 nights out of 7, as recorded by his foster carers in the sleep diary and reviewed by the sleep practitioner."),
        ]),
        ("F", [
            p("The provision below is special educational provision. It must be made by St Aidan's Church of England Primary School, with the services named, from the date of this plan."),
            h("Communication and interaction (E1, E4, E5)"),
            b("Speech and language therapy: a speech and language therapist from Wrenfordshire Children's Therapy Service will see Tyler on his own in school for 30 minutes every Tuesday for 6 weeks in each of the three terms (18 sessions a year), working on two-part instructions, question words and position words. Miss Rowe will sit in on each session so that she learns the targets."),
            b("The speech and language therapist will write Tyler's language programme and train his class teacher and teaching assistant in it, in one 1-hour session at the start of each term."),
            b("Miss Rowe, trained by the therapist, will deliver the language programme to Tyler 1:1 for 15 minutes four times a week, outside the classroom in the quiet room."),
            b("All adults working with Tyler will give one instruction at a time, with a picture or gesture, and check he has understood by asking him to show them (not by asking \"do you understand?\"). The SENCo (special educational needs co-ordinator) will check this at a 20-minute classroom observation every half term."),
            b("A visual timetable using photographs, set up each morning by Miss Rowe, with a \"change\" card used at least 10 minutes before any change to the day."),
            h("Cognition and learning (E2, E3)"),
            b("An additional adult (a teaching assistant trained in the school's phonics programme and in the FASD strategies advised by the educational psychologist) for 20 hours a week, covering English, maths and the transitions at the start of the day, after break and after lunch."),
            b("Phonics: Tyler will take part in the daily class phonics lesson (25 minutes) and then have 10 minutes of 1:1 \"keep-up\" phonics every afternoon with his teaching assistant, using the same programme."),
            b("Maths: practical number work in a group of no more than 4 pupils, three times a week for 20 minutes, led by the teaching assistant using objects and number lines, planned by the class teacher."),
            b("Over-learning: sounds and number facts taught on Monday will be practised again on Tuesday, Thursday and the following Monday (5 minutes each time), as the educational psychologist advised."),
            b("The educational psychologist will visit school twice a year, in the autumn and summer terms, for a 2-hour consultation with the SENCo, class teacher and foster carers to review progress and update strategies."),
            h("Social, emotional and mental health (E4, E5)"),
            b("A named key adult (Miss Rowe), trained in attachment-aware practice, will meet Tyler at the classroom door each morning for a 5-minute check-in and see him for 5 minutes before home time."),
            b("Nurture group (\"The Nest\"): in a group of no more than 6, every Monday and Thursday afternoon for 1 hour, led by the school's trained nurture practitioner, a higher level teaching assistant (HLTA)."),
            b("Lunchtime: Tyler will eat his lunch in the small dining room with no more than 8 children, and will then join a structured game (\"Playground Pals\") in a group of 4 with a midday supervisor trained by the SENCo, for 15 minutes on three days a week."),
            b("Beavers: in the half term before Tyler starts at Beavers, Miss Rowe will make a short social story with photographs of the Scout hut and read it with him for 10 minutes every Friday."),
            b("A calm corner in the classroom with ear defenders and a weighted lap pad, set up by the class teacher and checked weekly. Tyler will be taught to use his calm card with Miss Rowe for 5 minutes each morning during the first half term."),
            b("From April 2026, all staff who work with Tyler, including midday supervisors, will complete 2 hours of training in attachment and trauma-informed practice led by the Wrenfordshire Virtual School's attachment lead, with a 1-hour refresher each September."),
            b("Summer term 2026: four extra visits of 30 minutes to his Year 2 classroom with Miss Rowe, and a photo book of his new room and teacher, made by Miss Rowe, to share at home over the holiday."),
            h("Sensory and physical (E6)"),
            b("An occupational therapist from Wrenfordshire Children's Therapy Service will assess Tyler in school once in the summer term 2026 (90 minutes) and write a fine motor, dressing and sensory programme, then visit once a term for 1 hour to review it with staff."),
            b("Fine motor and dressing programme: 10 minutes daily, 1:1 with the teaching assistant, following the occupational therapist's programme."),
            b("Movement breaks: 3 minutes of heavy work (carrying the register, wall push-ups) before each literacy and maths lesson, led by the teaching assistant."),
            b("Equipment: a writing slope, a chunky triangular pencil grip and a wobble cushion, provided by the school and checked each half term by the SENCo."),
            h("Sleep and tiredness (E7)"),
            b("Jo will write in the home-school diary each morning how Tyler slept. On days after a poor night, his teaching assistant will move his 1:1 phonics to the morning and give him a 10-minute rest in the reading corner after lunch."),
        ]),
        ("G", [
            b("Community paediatrician (Dr Price, Wrenfordshire Children's Community Health): a 45-minute clinic review every 6 months to monitor Tyler's growth, FASD and sleep, and to review his melatonin prescription."),
            b("Children's Sleep Service: a sleep practitioner will work with Tyler's foster carers for six 1-hour home visits, fortnightly from April 2026, then review. The practitioner will set up the sleep diary and a bedtime routine and report progress on outcome E7 to the paediatrician."),
            b("Looked After Children's Nurse: a review health assessment once a year (next due December 2026), with the health plan shared with the social worker."),
            h("Health agreement"),
            p("Agreed: the health provision in Section G was reviewed and agreed by Dr Helen Marsh, Designated Clinical Officer, Wrenfordshire Integrated Care Board (ICB), on 10 March 2026."),
        ]),
        ("H1", [
            p("No provision under section 2 of the Chronically Sick and Disabled Persons Act 1970 is needed at present. Short breaks from the Wrenfordshire local offer were discussed with Tyler's foster carers and his social worker on 22 January 2026; Jo and Mark did not want them now and know how to ask if this changes."),
        ]),
        ("H2", [
            b("Social worker visits (London Borough of Eastbridge): at least every 6 weeks, as set out in Tyler's care plan, including time with Tyler on his own."),
            b("Looked-after reviews chaired by an independent reviewing officer every 6 months; the EHC plan outcomes will be reported at each review."),
            b("Personal Education Plan meetings once a term, led by the Eastbridge Virtual School with the school's designated teacher."),
            b("Family time with his birth mother: once a month for 2 hours, supervised by the Eastbridge contact service at the Kingsmere family centre."),
            b("Supervising social worker for the foster carers (fostering agency): monthly visits; and \"Nurturing Attachments\" therapeutic parenting training for Jo and Mark, 8 weekly sessions of 2 hours from April 2026."),
        ]),
        ("I", [
            p("St Aidan's Church of England Primary School, Kingsmere - a mainstream voluntary controlled primary school."),
        ]),
        ("J", [
            p("No personal budget has been requested. Tyler's foster carers and social worker were given information about personal budgets at the co-production meeting on 2 February 2026."),
        ]),
        ("K", [
            p("The advice and information below were gathered for this assessment. Copies are attached."),
            tb([["Advice or information", "Given by", "Date"],
                ["Foster carers' views", "Jo and Mark (foster carers)", "14 January 2026"],
                ["Birth mother's views", "Kelly, gathered by Ms Grace Obi, Social Worker", "20 January 2026"],
                ["Tyler's views (play and observation)", "Mrs Sarah Hall, Class Teacher, and Miss Amy Rowe, Teaching Assistant", "25 November 2025 and 13 January 2026"],
                ["Educational advice", "Mr Dev Patel, SENCo, and Mrs Sarah Hall, Class Teacher, St Aidan's CE Primary School", "16 December 2025"],
                ["Psychological advice", "Dr Fiona Reid, Educational Psychologist, Wrenfordshire Educational Psychology Service", "8 January 2026"],
                ["Medical advice", "Dr Amanda Price, Community Paediatrician, Wrenfordshire Children's Community Health", "12 December 2025"],
                ["Speech and language therapy advice", "Ms Laura Bennett, Speech and Language Therapist, Wrenfordshire Children's Therapy Service", "6 January 2026"],
                ["Occupational therapy advice", "Mr Tom Ellis, Occupational Therapist, Wrenfordshire Children's Therapy Service", "19 January 2026"],
                ["Sleep assessment", "Ms Kerry Ward, Sleep Practitioner, Children's Sleep Service", "20 January 2026"],
                ["Review health assessment", "Ms Aisha Khan, Looked After Children's Nurse", "5 December 2025"],
                ["Hearing and vision checks", "Wrenford Hospital Audiology and Orthoptics", "18 November 2025"],
                ["Social care advice", "Ms Grace Obi, Social Worker, Children Looked After Team, London Borough of Eastbridge", "22 January 2026"],
                ["Personal Education Plan and Virtual School advice", "Ms Carol Dunn, Education Adviser, Eastbridge Virtual School", "9 February 2026"]]),
        ]),
    ],
))

# ====================================================================== u102
PLANS.append(dict(
    id="u102", layout="ef-table",
    front=[
        ("First name", "Leah"),
        ("Age", "14"),
        ("National Curriculum year", "Year 10"),
        ("Date this plan was issued", "2 November 2026 (amended following annual review)"),
        ("Last annual review", "09/10/2026"),
        ("Social care status", "Child in need plan (Wrenfordshire Children in Need Team)"),
        ("Plan co-ordinator", "EHC Co-ordinator, Special Educational Needs and Disabilities (SEND) Review Team (North)"),
    ],
    sections=[
        ("A", [
            h("About me - in my own words"),
            p("I wrote this with Mrs Ahmed, my key worker, in September 2026. She typed it and I checked it and changed some bits."),
            p("I'm Leah. I'm 14 and I'm in Year 10 at Harnham Vale Academy. I live with my mum and my little brother Jake and our two guinea pigs, Salt and Pepper. I love animals more than people most of the time because animals don't judge you. On Saturdays I help out at the stables in Little Harnham, mucking out and grooming, and the owner says I'm one of her best helpers."),
            p("School is hard for me. Not the work so much, it's the noise and people getting in my face. When a teacher shouts, even if it's not at me, my heart goes really fast and I have to get out. I used to just walk out of school. Now I use my exit card and go to the Base, and that helps. What helps most is when teachers talk to me calmly and don't make a big thing of it in front of everyone. I don't like being asked about my dad's stuff at school. That's for my therapist."),
            p("I'm good at science, especially biology, and I'm good at art. I'm rubbish at reading long things out loud, so please don't make me. I like the reading pen because I can listen to the words."),
            h("My hopes and dreams"),
            b("I want to be a veterinary nurse. I want to go to Wrenford College and do the animal care course first."),
            b("I want to pass my GCSEs (General Certificate of Secondary Education), especially English, maths and science, because you need them for the vet nurse course."),
            b("I want to be able to go into town on the bus with my friends without panicking, and one day have my own flat with a dog."),
            b("I want to learn to drive when I'm 17."),
            h("What my mum says"),
            p("Leah's mum, Donna, shared her views at home with the EHC co-ordinator on 24 September 2026. She says Leah is loyal, funny and brilliant with her brother and with animals. The last two years have been very hard for the family after they left an abusive home, and Donna is proud of how far Leah has come: she now goes to school on most days and talks about her feelings more. Donna worries about Leah's anxiety on buses and in crowds, about her walking out of school, and about what will happen after Year 11. She wants Leah to have a college place that suits her and to stay in touch with the stables, which Donna calls \"the place she's most herself\". Donna would like regular updates from school and has asked for a weekly phone call from the key worker, which the school has agreed."),
            h("How Leah communicates and what is important to her"),
            b("Leah prefers to talk side by side, for example while walking or doing something practical, rather than face to face across a desk."),
            b("She needs to know about changes in advance and to be given a choice of how to take part."),
            b("She wants adults to keep what she tells them private unless there is a safeguarding reason, and to tell her when they have to share something."),
        ]),
        ("B", [
            h("Leah's strengths"),
            b("Leah is a capable learner. In her Year 9 summer assessments she was working at grade 5 in science and art, grade 4 in maths and grade 3 in English Language."),
            b("She is practical, observant and patient with animals, and she is trusted with responsibility at the stables."),
            b("She is honest about how she feels once she trusts an adult, and she has built a good relationship with her key worker."),
            b("Her attendance has improved from 68% in Year 8 to 81% in Year 9."),
            h("Social, emotional and mental health (SEMH)"),
            p("Leah experienced domestic abuse at home until she was twelve. She has symptoms of post-traumatic stress: she startles easily, has flashbacks when she hears shouting, and finds it hard to concentrate when she feels unsafe. She can feel panicky in crowded places such as corridors, the canteen and buses. When she feels threatened she may leave the classroom and, in Year 9, she left the school site six times in a half term on average. Leah finds it hard to trust adults she does not know, and supply teachers and sudden changes are particularly difficult. She has one close friend at school and would like more. Staff report regular good days when she is settled, engaged and helpful in lessons."),
            h("Cognition and learning"),
            p("Leah's reading accuracy is in the average range, but her reading speed is slow and she tires quickly with long texts, which affects her in English and in examinations. Her working memory is below average, so she loses track of multi-step instructions and long explanations. The educational psychologist found that missed schooling in Years 7 and 8, as well as anxiety, has left gaps in maths (fractions, algebra) and in extended writing."),
            h("Communication and interaction"),
            p("Leah has no difficulties with speech or language. She may go quiet and refuse to speak when she is anxious, and adults can misread this as rudeness."),
            h("Sensory and/or physical"),
            p("Leah has no physical or sensory needs. She is sensitive to loud, sudden noises because of her experiences, rather than because of a sensory processing difficulty."),
        ]),
        ("C", [
            p("Leah is physically well and has no difficulty with sport or physical activity; she is fully immunised and her school nurse health summary (September 2026) found no physical health concerns. She does have a significant mental health need: Child and Adolescent Mental Health Services (CAMHS) confirmed in March 2026 that she has symptoms of post-traumatic stress disorder and anxiety, with flashbacks, poor sleep on some nights and panic in crowded places."),
        ]),
        ("D", [
            p("Leah is on a child in need plan with Wrenfordshire Children in Need Team. The plan started in January 2025 after the family moved into the area from a refuge. Her social worker, Ms Green, visits every four weeks."),
            p("Leah's social care needs relate to the trauma she experienced. She needs support to feel safe, to rebuild relationships within the family and to go out in the community. Her mum needs support as a single parent of two children who have both been affected by domestic abuse."),
            h("How the child in need plan informed this plan"),
            p("Ms Green gave written advice for the annual review and attended the review meeting on 9 October 2026. The child in need plan's goals (Leah feeling safe at school, going out independently and getting help with her trauma) were used to shape outcomes E3, E4 and E5, and the social care provision in Section H2 is taken directly from the child in need plan agreed on 16 September 2026. The EHC plan and the child in need plan will be reviewed together: the key worker attends each child in need review meeting."),
        ]),
        ("EF", "Sections E and F: Outcomes and special educational provision",
            [p("The outcomes below were co-produced with Leah and her mum at the annual review. Each outcome is in the left-hand column, with the special educational provision that will help Leah achieve it to the right. Outcomes are for the end of Year 11 (July 2028), with a step to check at the end of Year 10 (July 2027). Provision must be made by Harnham Vale Academy unless another service is named.")],
            [
                {"area": "Preparing for adulthood: employment and education"},
                {"outcome": "E1 In her summer 2028 examinations, Leah will gain GCSEs at grade 4 or above in English Language, maths and combined science, which she needs for the animal care course at Wrenford College. Step: by July 2027 she will be at grade 4 in maths and science and grade 3 in English in her Year 10 examinations, recorded by the SENCo (special educational needs co-ordinator).",
                 "prov": [
                     ("Literacy intervention on reading speed and extended writing, in a group of no more than 4, using exam-style texts", "3 x 30 minutes weekly for the autumn and spring terms of Year 10, then review", "Specialist teacher (qualified teacher with a postgraduate certificate in specific learning difficulties)"),
                     ("Maths catch-up tutoring on fractions and algebra, 1:1", "1 hour weekly during tutor time and period 6 on Wednesdays", "Maths teacher"),
                     ("Instructions given in short steps and written on the board or on a task card; Leah keeps a copy of key vocabulary for each subject", "Every lesson", "All subject teachers, monitored by the SENCo through a learning walk each half term"),
                     ("Access arrangements: 25% extra time, a reader pen (text-to-speech) and a separate room for all internal tests, mock examinations and GCSE examinations", "Every examination from Year 10 mocks onwards", "Arranged by the SENCo and the Examinations Officer"),
                     ("A laptop with text-to-speech and speech-to-text software for extended writing", "In all lessons", "Provided by the school; set up and maintained by the school's information technology (IT) technician"),
                 ]},
                {"outcome": "E2 By July 2027, Leah will complete a one-week work experience placement at a veterinary practice or animal rescue centre, attending every day, and will receive a positive report from her placement supervisor. By March 2028 she will have been offered a place on the Level 2 animal care course at Wrenford College.",
                 "prov": [
                     ("Careers guidance interview, then follow-up meetings on college applications and the vet nurse pathway", "45-minute interview in November 2026; then three 30-minute meetings each year", "Independent careers adviser (Level 6 qualified in careers guidance)"),
                     ("May 2027: a pre-placement visit with her key worker and a risk assessment of the placement, with Leah's exit plan shared with the employer", "One 1-hour visit before the placement, and a 15-minute phone check each day of the placement", "Key worker and work experience co-ordinator"),
                     ("Two taster days at Wrenford College's animal care unit, with her key worker", "One in the summer term 2027 and one in the autumn term 2027", "Key worker; college transition co-ordinator"),
                 ]},
                {"area": "Preparing for adulthood: independent living, friends and community"},
                {"outcome": "E3 By Easter 2027, Leah will access Wrenford town centre independently by bus on at least 3 occasions, planning her route on her phone and using her calming plan if she feels panicky, as confirmed by Leah, her mum and her key worker.",
                 "prov": [
                     ("Travel training: planning routes, buying tickets and practising the bus journey, first with her key worker, then with the key worker following on a later bus", "1 hour weekly for 8 weeks, then review", "Key worker (trained by the Wrenfordshire independent travel training team)"),
                 ]},
                {"outcome": "E4 By July 2027, Leah will use her exit card and the Base (up to 10 minutes, then back to class) instead of leaving the school site, with no more than 2 occasions of leaving the site in a half term (there were 6 in each half term of Year 9), and her attendance will be 92% or higher, as recorded by the key worker and the attendance officer.",
                 "prov": [
                     ("A named key worker (Mrs Ahmed, trained in trauma-informed practice): a check-in at the start of the day and a check-out at the end", "10 minutes each, daily", "Key worker"),
                     ("Use of the Base with her exit card, with a calm adult present and a return-to-class routine", "Each time Leah shows her card; a maximum of 10 minutes per visit before the adult helps her return", "Base staff (two teaching assistants trained in trauma-informed practice)"),
                     ("Leah will leave lessons 3 minutes early to avoid crowded corridors, and eat lunch in the Base with one friend", "Every lesson change and every lunchtime", "Subject teachers; Base staff"),
                     ("Training for all staff who teach Leah in trauma-informed practice and her one-page profile", "2 hours at the start of the autumn term and a 30-minute update each January", "The Wrenfordshire Virtual School's attachment and trauma lead"),
                     ("Weekly phone call with Leah's mum about the week", "15 minutes, every Friday", "Key worker"),
                 ]},
                {"outcome": "E5 By July 2027, Leah will use at least two of the calming techniques she is learning in therapy when she has a flashback in school, and her CAMHS anxiety score will fall from the \"very high\" range to the \"average\" or \"elevated\" range, as measured by her CAMHS therapist at the end of her therapy block.",
                 "prov": [
                     ("ELSA (emotional literacy support assistant) sessions, 1:1, practising the calming techniques agreed with her CAMHS therapist", "40 minutes weekly for 12 weeks, then review with Leah", "ELSA-trained teaching assistant, supervised by the educational psychologist"),
                     ("Consultation with the educational psychologist on Leah's progress and the support plan", "Two 90-minute consultations a year (autumn and summer)", "Educational psychologist, Wrenfordshire Educational Psychology Service"),
                 ]},
                {"outcome": "E6 By July 2027, Leah will go to a weekly activity outside school that she has chosen (currently the Saturday volunteers at the stables and the Wrenford Young Farmers club) on at least 10 of the 12 weeks in each term, and will name two friends she meets there, as reported by Leah and her mum.",
                 "prov": [
                     ("Social group work on friendships and trust, in a group of no more than 5 Year 10 girls", "50 minutes every other Tuesday for the autumn and spring terms", "School counsellor (registered with the British Association for Counselling and Psychotherapy)"),
                 ]},
            ],
            [p("The key worker will record Leah's progress against each outcome every half term and share it with Leah and her mum.")]),
        ("G", [
            b("Trauma-focused cognitive behavioural therapy (CBT) with a CAMHS clinical psychologist: 12 sessions of 50 minutes, fortnightly from September 2026, at the Wrenford CAMHS clinic, then a review with Leah and her mum."),
            b("Leah and her mum have the CAMHS duty line number and can ring it when needed between sessions; this is in addition to the planned therapy above."),
            b("School nurse: a 30-minute sleep and wellbeing check with Leah once each half term in school, with advice to Leah and her mum on sleep routines."),
            h("Health agreement"),
            p("The health provision in this section was reviewed and supported by Dr Helen Marsh, Designated Clinical Officer, Wrenfordshire Integrated Care Board, on 27 October 2026."),
        ]),
        ("H1", [
            p("None. Leah does not need provision under section 2 of the Chronically Sick and Disabled Persons Act 1970; this was confirmed in the social worker's advice of 30 September 2026."),
        ]),
        ("H2", [
            p("From Leah's child in need plan (16 September 2026):"),
            b("Social worker visits to Leah and her mum every 4 weeks, including time with Leah on her own."),
            b("Child in need review meetings every 12 weeks, with the key worker attending."),
            b("A family support worker from the Wrenfordshire Family Support Service will visit Leah's mum for 1 hour each week for 12 weeks (to December 2026), then review."),
            b("\"Moving Forward\", a domestic abuse recovery programme for young people: 10 weekly 1-hour sessions, 1:1, delivered by a Wrenfordshire Women's Aid children's worker, starting January 2027."),
        ]),
        ("I", [p("Harnham Vale Academy, Harnham Vale - a mainstream secondary academy (11 to 16).")]),
        ("J", [p("No personal budget has been requested.")]),
        ("K", [
            p("Advice and information used for the annual review in October 2026. These replace the reports from Leah's first assessment in 2023."),
            b("Leah's views - written with her key worker, Mrs Ahmed - 22 September 2026"),
            b("Parent's views - Donna (mum), with the EHC co-ordinator - 24 September 2026"),
            b("Educational advice (annual review report) - Mr Paul Kerr, SENCo, Harnham Vale Academy - 29 September 2026"),
            b("Psychological advice (update) - Mr James Carter, Educational Psychologist, Wrenfordshire Educational Psychology Service - 10 June 2026"),
            b("Health (mental health) advice - Dr Nadia Hussain, Clinical Psychologist, Wrenford CAMHS - 15 September 2026"),
            b("Health (medical) advice - Ms Beth Lowe, School Nurse, Wrenfordshire School Nursing Service - 2 September 2026"),
            b("Social care advice - Ms Rachel Green, Social Worker, Wrenfordshire Children in Need Team - 30 September 2026"),
            b("Preparing for adulthood advice - Mr Sam Hughes, Careers Adviser, Wrenfordshire Careers Service - 1 October 2026"),
            b("Annual review meeting record - chaired by Mr Paul Kerr, SENCo - 9 October 2026"),
        ]),
    ],
))

# ====================================================================== u103
PLANS.append(dict(
    id="u103", layout="bold-statutory",
    front=[
        ("First name", "Callum"),
        ("Age", "8"),
        ("National Curriculum year", "Year 3"),
        ("Date this plan was issued", "20 May 2026"),
        ("Last annual review", "Not applicable (first plan)"),
        ("Child protection plan", "Yes - category of neglect, since November 2025"),
        ("Plan co-ordinator", "EHC Co-ordinator, Special Educational Needs and Disabilities (SEND) Assessment Team (West)"),
    ],
    sections=[
        ("A", [
            h("Callum's views"),
            p("Callum's views were gathered by his class teacher, Mr Jones, in two chats in February 2026 while they built a model together, and by the educational psychologist, who used a \"my school day\" drawing activity. These are Callum's own words:"),
            p("\"My name is Callum and I am eight. I like football and Minecraft and my dog Max. My best thing at school is football and golden time. I don't like reading because the words jump about and everyone can read better than me. I don't like it when it's wet play because it's too loud and I get in trouble. I like Mrs Kaur because she helps me and she doesn't shout. When I'm angry I want to kick something but I'm trying to go to the calm box instead.\""),
            p("\"When I grow up I want to be a footballer for Wrenford Town or a YouTuber. I want to be good at reading so I can read the Minecraft books.\""),
            h("What Callum's mum says"),
            p("Callum's mum, Stacey, gave her views at a meeting with the EHC co-ordinator on 3 March 2026. She says Callum is loving, sporty and makes everyone laugh. He is brilliant with his two younger sisters and loves to help her cook. Stacey says things have been difficult at home over the last year and she knows Callum has found it hard. She wants him to catch up with his reading, to stop getting into trouble at playtimes and to make friends who invite him to their parties. She would like him to join a football team outside school."),
            h("Hopes for the future"),
            p("\u2022 Callum: to play football for a team and to read the Minecraft books on his own."),
            p("\u2022 Stacey: for Callum to be happy at school, to read well enough to enjoy it, and to go to secondary school with his friends."),
        ]),
        ("B", [
            p("What Callum is good at"),
            p("\u2022 Callum is a skilled footballer and was picked for the school's Year 3 and 4 team in January 2026."),
            p("\u2022 He is kind to younger children and is a reliable \"corridor monitor\"."),
            p("\u2022 He has a good spoken vocabulary and explains his ideas well in science and topic lessons."),
            p("\u2022 He can add and subtract numbers to 20 using a number line and knows his 2, 5 and 10 times tables."),
            p("Background"),
            p("Callum has foetal alcohol spectrum disorder (FASD), diagnosed in 2023 by the community paediatrician. He lives with his mum and his two younger sisters. Callum has been subject to a child protection plan since November 2025."),
            p("Cognition and learning"),
            p("Callum is working at about the level expected of a child in Year 1 in reading and writing. He has secure Phase 3 phonics but finds Phase 5 alternative spellings very difficult, and he reads slowly and without expression. His writing is usually one or two sentences, and he has difficulty remembering what he wanted to write by the time he has formed the first few words. The educational psychologist found that his verbal reasoning is in the average range but his working memory and processing speed are well below average, which is common in children with FASD. He needs information to be broken down into small steps and repeated, and he benefits from seeing an example first. He occasionally finds it hard to accomodate changes to the timetable and will need warning in advance."),
            p("Social, emotional and mental health (SEMH)"),
            p("Callum can become angry very quickly, especially when he feels he has been treated unfairly or when he is in a noisy, unstructured space such as wet play or the dinner hall. In the autumn term 2025 there were 14 recorded incidents, mostly at lunchtime, including kicking and throwing equipment. He finds it hard to recognise the early signs that he is getting cross and to calm himself down. He wants friends, but his play can be rough, and other children have started to avoid him. He responds well to calm adults, clear rules and praise given quietly."),
            p("Sensory and/or physical"),
            p("Callum's handwriting is large and poorly formed and he tires quickly when writing. The occupational therapist found that his core strength and fine motor control are below the level expected for his age, and that he struggles to sit still on the carpet for more than five minutes."),
        ]),
        ("C", [
            p("Callum has foetal alcohol spectrum disorder. He is seen by the community paediatrician, who monitors his growth and development. He has no difficulty with his hearing, which was tested in January 2026. He has difficulty getting to sleep, which means he is often tired at the begining of the school day, and he has taken melatonin since 2024."),
        ]),
        ("D", [
            p("Callum lives at home with his mum and two younger sisters. He is subject to a child protection plan."),
        ]),
        ("E", [
            p("These outcomes are to be achieved by the end of Year 4 (July 2027)."),
            p("Outcome 1 - Reading"),
            p("By July 2027, Callum will read a book at Phase 5 level with 90% accuracy and answer three simple questions about it, as assessed by his class teacher each term."),
            p("Outcome 2 - Reading support"),
            p("By July 2027, Callum will be given 1:1 reading support from a teaching assistant every day so that he can read the Minecraft books he enjoys."),
            p("Outcome 3 - Writing"),
            p("By July 2027, Callum will write five sentences in a row about something he has done, using capital letters and full stops in at least four of them, recorded in his English book and checked by his teacher each half term."),
            p("Outcome 4 - Managing anger"),
            p("By July 2027, Callum will have a daily check-in with his key adult and a calm box to use in the classroom."),
            p("Outcome 5 - Friendships and football"),
            p("By July 2027, Callum will play a team game at lunchtime for 20 minutes without an incident on 4 days out of 5, as recorded by the lunchtime supervisor, and will play in at least one school football fixture against another school each term, as recorded by the sports coach."),
            p("Outcome 6 - Sleep"),
            p("By December 2026, Callum will be asleep by 8:30pm on at least 5 nights out of 7, as recorded in the sleep diary kept by his mum and reviewed by the paediatrician."),
        ]),
        ("F", [
            p("Cognition and learning"),
            p("\u2022 Reading: Callum will have 1:1 reading with a teaching assistant trained in the school's phonics programme every day for 15 minutes, using decodable books at his phonics level and then Minecraft early readers."),
            p("\u2022 Phonics: in a group of no more than 4 pupils, 4 times a week for 20 minutes, led by a teaching assistant trained in the Little Wandle programme, working on Phase 5."),
            p("\u2022 Writing: talk-then-write sessions in a group of 3 with the class teacher, twice weekly for 30 minutes, using a sentence frame and a voice recorder so that Callum can say his sentence before he writes it."),
            p("\u2022 In class: instructions broken into single steps and written on a task strip; a visual timetable checked with Callum each morning by Mrs Kaur."),
            p("\u2022 The educational psychologist will visit once a term for 90 minutes to consult with the class teacher and SENCo (special educational needs co-ordinator) and review progress."),
            p("Social, emotional and mental health"),
            p("\u2022 A named key adult (Mrs Kaur, teaching assistant) will check in with Callum for 10 minutes at the start of every day and after lunch, using a 1 to 5 feelings scale."),
            p("\u2022 Zones of Regulation programme in a group of no more than 6, once a week for 45 minutes, led by the school's learning mentor, so that Callum learns the early signs that he is getting angry and what to do."),
            p("\u2022 A calm box in the classroom with fidget tools and a timer, set up and restocked weekly by Mrs Kaur; each use of the calm box lasts 5 minutes, timed with the sand timer."),
            p("\u2022 Lunchtime: Callum will join a structured football game run by a sports coach (trained by the SENCo in his support plan) for 25 minutes every day, and on wet days he will go to the Lego club in the library, in a group of 8, with a lunchtime supervisor."),
            p("\u2022 All staff who work with Callum will have 90 minutes of training on FASD and its effect on behaviour from the educational psychologist in the summer term 2026, so that they understand his behaviour as communication rather than defiance and Callum can recieve the same calm response from every adult."),
            p("Sensory and physical"),
            p("\u2022 Fine motor and core strength programme written by the occupational therapist, delivered 1:1 by a teaching assistant for 10 minutes, 4 times a week; the occupational therapist will review it in school for 1 hour each term."),
            p("\u2022 A writing slope and a wobble cushion, provided by the school and checked by the SENCo each half term; movement breaks of 2 minutes every 15 minutes on the carpet."),
        ]),
        ("G", [
            p("\u2022 Community paediatrician (Dr Amanda Price): a 30-minute review every 6 months to monitor Callum's FASD, growth and sleep, and to review his melatonin."),
            p("\u2022 School nurse: a sleep hygiene programme with Callum's mum - 4 home visits of 45 minutes, fortnightly, from June 2026, then review."),
            p("Health agreement: the provision in Section G was agreed by Dr Helen Marsh, Designated Clinical Officer, Wrenfordshire Integrated Care Board (ICB), on 11 May 2026."),
        ]),
        ("H1", [p("None.")]),
        ("H2", [p("None.")]),
        ("I", [p("Oakfield Community Primary School, Castle Marden - a mainstream maintained primary school.")]),
        ("J", [p("A personal budget was not requested.")]),
        ("K", [
            p("- Parent's views: Stacey (mum) - 3 March 2026"),
            p("- Callum's views: gathered by Mr Owen Jones, Class Teacher - February 2026"),
            p("- Educational advice: Mrs Lisa Kaur, Teaching Assistant, and Ms Joanne Price, SENCo, Oakfield Community Primary School - 10 February 2026"),
            p("- Psychological advice: Dr Fiona Reid, Educational Psychologist, Wrenfordshire Educational Psychology Service - 24 February 2026"),
            p("- Medical advice: Dr Amanda Price, Community Paediatrician, Wrenfordshire Children's Community Health - 2 February 2026"),
            p("- Occupational therapy advice: Mr Tom Ellis, Occupational Therapist, Wrenfordshire Children's Therapy Service - 17 February 2026"),
            p("- Sleep advice: Ms Beth Lowe, School Nurse, Wrenfordshire School Nursing Service - 5 March 2026"),
        ]),
    ],
))

# ====================================================================== u104
PLANS.append(dict(
    id="u104", layout="letter-column",
    front=[
        ("First name", "Jordan"),
        ("Age", "13 years"),
        ("National Curriculum year", "Year 8"),
        ("Date this plan was issued", "3 February 2026 (amended after annual review)"),
        ("Last annual review", "13 January 2026"),
        ("Looked after by", "Northmoor City Council (placing authority); Jordan lives in the residential houses at Brackenfield School, Wrenfordshire, 38 weeks a year, and with foster carers in the school holidays"),
        ("Plan co-ordinator", "EHC Co-ordinator, Special Educational Needs and Disabilities (SEND) Review Team (North)"),
    ],
    sections=[
        ("A", [
            h("How Jordan's views were gathered"),
            p("Jordan did not want to come to his annual review meeting but agreed to talk to his residential key worker, Dean, while they were walking the school's dogs in December 2025. Dean wrote down what Jordan said and read it back to him. Jordan also filled in the \"All about me\" form with his teacher, choosing the parts he wanted to answer."),
            h("What Jordan says"),
            p("Jordan says he likes Brackenfield \"better than my last school because they don't kick you out\". His favourite things are the bike workshop, cooking in the house kitchen, the dogs and Xbox. He is proud that he fixed a bike that was going to be thrown away and gave it to a younger boy. He said: \"I'm good at fixing stuff. I'm not good at sitting still and writing.\""),
            p("He finds it hard when staff change: \"You just get used to someone and they leave.\" He misses his little brother, Kai, and wants to see him more. He said the thing that helps most when he is angry is \"going outside and walking with Dean, not people talking at me\"."),
            p("Jordan said he wants to be a mechanic or work with motorbikes, and to have his own place \"with a garage\"."),
            h("What Jordan's carers and family say"),
            p("Jordan's holiday foster carers, Pat and Steve, say he is helpful, funny and very good with his hands. He helps Steve in the garage and can strip and rebuild a lawnmower engine. They would like him to get some qualifications and to learn to cook for himself. Jordan's grandmother, who he sees every other week, wants him \"to stay out of trouble and make something of himself\" and hopes he can live with her one day."),
            h("Aspirations"),
            b("Jordan: to be a motorbike mechanic; to have his own home with a garage; to see his brother more."),
            b("Carers and family: qualifications in practical subjects; cooking and looking after himself; staying settled at Brackenfield until he is 16."),
        ]),
        ("B", [
            h("Strengths"),
            b("Jordan is practical and inventive, and he has a real talent for mechanics. He completed the school's bronze bike maintenance award in October 2025."),
            b("He is caring towards younger pupils and towards animals."),
            b("His reading has improved by two years since he arrived at Brackenfield in 2024; he now reads at around a 10-year-old level."),
            b("He has had no exclusions for 14 months, after being permanently excluded twice from mainstream schools."),
            h("Social, emotional and mental health"),
            p("Jordan experienced neglect and several changes of carer before he was eight. He has a diagnosis of attention deficit hyperactivity disorder (ADHD) and his difficulties are also understood through attachment and developmental trauma. He finds it very hard to trust adults and tests new staff. When he feels shamed or cornered he becomes verbally aggressive and may throw things; he calms best with movement and a trusted adult nearby. There were 11 incidents needing a staff response in the autumn term 2025, down from 25 the previous autumn. He struggles with unstructured times and with peers who wind him up."),
            h("Cognition and learning"),
            p("Jordan missed a great deal of primary school. His reading age is around 10 years and his spelling is at about an 8-year level. In maths he is secure with addition and subtraction but not with multiplication, division or fractions. His attention in lessons lasts around 10 minutes, and he needs practical, hands-on tasks to stay engaged."),
            h("Communication and interaction"),
            p("Jordan speaks clearly and can hold a good conversation with adults he trusts. He finds it hard to put his feelings into words and may say \"I don't care\" when he is upset."),
            h("Sensory and physical"),
            p("No needs identified in this area."),
        ]),
        ("C", [
            p("Jordan has ADHD and takes medication (methylphenidate) each morning, prescribed and reviewed by Child and Adolescent Mental Health Services (CAMHS)."),
            p("In April 2025 Jordan was diagnosed with absence epilepsy by the paediatric neurologist at Wrenford Hospital. He has brief absences (a few seconds at a time, when he stares and does not respond) several times a day, although these are fewer since he started sodium valproate in May 2025. Staff need to know what an absence looks like so that they can repeat information he has missed, and his seizures need to be recorded so that his medication can be adjusted. He must be supervised near water and when using workshop tools."),
        ]),
        ("D", [
            p("Jordan is looked after by Northmoor City Council under a care order. His care plan, reviewed at his looked-after review on 2 December 2025, is for him to remain at Brackenfield School, living in the school's residential houses in term time and with his long-term holiday foster carers, Pat and Steve, in the holidays. His social worker, Mr Banks, visits every 6 weeks."),
            p("Jordan's social care needs arise from his early trauma: he needs consistent, trauma-informed care from staff who stay, help to keep in touch with his brother and grandmother, and support to build independence skills such as cooking and managing money, in line with his care plan."),
            p("His Personal Education Plan (PEP) is reviewed each term with the Northmoor Virtual School. The PEP meeting on 20 November 2025 agreed the reading and bike maintenance targets now in Section E, and the Pupil Premium Plus grant pays for his motor vehicle taster course."),
        ]),
        ("E", [
            p("Outcomes to be achieved by July 2027 (end of Year 9)."),
            h("E1 Reading and writing"),
            p("By July 2027, Jordan will have a reading age of at least 11 years 6 months on the school's standardised reading test (currently 10 years), and will write a half-page workshop report that a reader can follow, checked by his English teacher each term."),
            h("E2 Maths for mechanics"),
            p("By July 2027, Jordan will multiply and divide whole numbers and measure accurately to the nearest millimetre, scoring at least 8 out of 10 on the school's practical measures check, assessed by his maths teacher at the end of each term."),
            h("E3 Managing anger"),
            p("By July 2027, Jordan will ask for a movement break or use his \"walk and talk\" plan before he becomes aggressive, so that there are no more than 4 incidents needing a staff response in a term (11 in autumn 2025), as recorded on the school's incident log."),
            h("E4 Practical skills for his future"),
            p("By July 2027, Jordan will complete the silver bike maintenance award and a 10-week motor vehicle taster course at Wrenford College, with at least 9 of 10 sessions attended, as recorded by the workshop instructor and the college."),
            h("E5 Looking after himself"),
            p("By July 2027, Jordan will plan, shop for and cook a simple evening meal for his house group once a week on his own, following a recipe card, as recorded in his independence skills log by residential staff."),
        ]),
        ("F", [
            p("Brackenfield School will make the following provision."),
            h("Education and learning"),
            b("Jordan will be taught in a class of no more than 6 pupils with a teacher and a teaching assistant for all lessons."),
            b("Literacy: a structured reading and spelling programme (Read Write Inc. Fresh Start), 1:1 with a trained teaching assistant, 30 minutes four times a week."),
            b("Jordan should have a small group for maths that uses workshop measuring tasks."),
            b("Access to a quiet space as appropriate when he finds the classroom too much."),
            h("Emotional wellbeing and behaviour"),
            b("Regular check-ins with his residential key worker."),
            b("Counselling sessions with the school counsellor."),
            b("Up to three \"walk and talk\" sessions a week with a trusted adult where possible."),
            b("All staff working with Jordan will follow his trauma-informed support plan, reviewed each term by the school's clinical team."),
            h("Practical and independence skills"),
            b("Bike workshop: 2 hours every Tuesday and Thursday afternoon with the workshop instructor (qualified in cycle mechanics), in a group of no more than 4."),
            b("Motor vehicle taster course at Wrenford College: 10 weekly sessions of 2 hours from April 2026, with a Brackenfield teaching assistant accompanying Jordan."),
            b("Independent living skills: cooking, shopping and budgeting sessions with residential staff, one evening a week for 90 minutes, 1:1."),
            h("Family time"),
            b("Jordan will see his grandmother and his brother, Kai, every other Saturday for 3 hours, supervised by the Northmoor contact service, with residential staff driving him to and from the contact centre."),
            b("Jordan will have a 15-minute video call with Kai every Wednesday evening, set up by residential staff."),
        ]),
        ("G", [
            b("CAMHS: medication review for ADHD with the CAMHS psychiatrist every 3 months (30 minutes), with school and residential staff completing a rating scale before each review."),
            b("CAMHS therapeutic consultation for Brackenfield staff: a clinical psychologist will meet the residential and teaching team for 90 minutes once a month to support trauma-informed care for Jordan."),
        ]),
        ("H1", [
            p("Jordan does not need provision under section 2 of the Chronically Sick and Disabled Persons Act 1970. Short breaks were considered at the looked-after review on 2 December 2025 and are not needed because of his residential placement and holiday foster carers."),
        ]),
        ("H2", [
            b("Social worker (Northmoor City Council) visits every 6 weeks, including time alone with Jordan, and a phone call to Jordan each fortnight."),
            b("Looked-after reviews every 6 months, chaired by an independent reviewing officer."),
            b("PEP meetings each term with the Northmoor Virtual School."),
            b("Holiday foster placement with Pat and Steve for all school holidays (14 weeks a year), supported by their supervising social worker."),
        ]),
        ("I", [
            p("Brackenfield School, Ashby Cross - an independent residential special school for pupils with social, emotional and mental health needs (approved under section 41 of the Children and Families Act 2014). Jordan is a 38-week residential pupil."),
        ]),
        ("J", [p("No personal budget.")]),
        ("K", [
            p("Advice and information for the annual review held on 13 January 2026:"),
            b("Jordan's views - recorded by Dean Walsh, Residential Key Worker, Brackenfield School - 11 December 2025"),
            b("Carers' views - Pat and Steve (holiday foster carers) - 15 December 2025"),
            b("Grandmother's views - gathered by Mr Luke Banks, Social Worker - 5 December 2025"),
            b("Educational advice (annual review report) - Mrs Claire Dunmore, Head of Education, Brackenfield School - 6 January 2026"),
            b("Psychological advice - Dr Ravi Sandhu, Educational Psychologist, Wrenfordshire Educational Psychology Service - 18 September 2025"),
            b("Medical advice - Dr Susan Okafor, Paediatric Neurologist, Wrenford Hospital - 12 November 2025"),
            b("CAMHS advice - Dr Mark Leigh, Consultant Psychiatrist, Wrenford CAMHS - 28 November 2025"),
            b("Social care advice - Mr Luke Banks, Social Worker, Children in Care Team, Northmoor City Council - 3 December 2025"),
            b("PEP - Northmoor Virtual School, Ms Hannah Cole, Education Adviser - 20 November 2025"),
        ]),
    ],
))

# ====================================================================== u105
PLANS.append(dict(
    id="u105", layout="ef-table",
    front=[
        ("First name", "Shannon"),
        ("Age", "16"),
        ("National Curriculum year", "Year 11"),
        ("Date this plan was issued", "14.09.2026"),
        ("Last annual review", "01.07.2026"),
        ("Social care status", "CIN plan"),
        ("Plan co-ordinator", "EHC Co-ordinator, Special Educational Needs and Disabilities (SEND) Review Team (East)"),
    ],
    sections=[
        ("A", [
            h("Shannon's views"),
            p("Shannon met her EHC co-ordinator and her ELSA at school on 10 June 2026 and talked about what she wants. She said: \"I want to do hair and beauty at college and have my own salon one day. I'm good at doing people's hair and nails, everyone asks me. School's not for me, I just want to get out and start college. I get on with Miss Turner and the ELSA but most teachers just see me as trouble.\""),
            p("Shannon said she would like to work on Saturdays at the salon on Church Street where she has done some work experience, and that she wants to learn to manage money so she can save for a car."),
            h("Parent's views"),
            p("Shannon's mum, Michelle, says Shannon is creative, generous and a hard worker when she is interested. She is proud that Shannon helped look after her nan last year. Michelle wants Shannon to get into college and to keep safe. She worries about Shannon's mood and about her going out late with older friends."),
            h("Summary of presentation"),
            p("Shannon presents with marked emotional dysregulation, persistent low mood and episodes of non-suicidal self-injury (NSSI), with a pattern of avoidant coping and interpersonal sensitivity consistent with an emerging difficulty in affect regulation. CAMHS formulation indicates adverse childhood experiences with associated hyperarousal, hypervigilance and impaired distress tolerance. School-based observation indicates somatic complaints and school-related anxiety contributing to persistent absence (attendance 74% in KS4)."),
            h("Aspirations"),
            b("Shannon: to go to Wrenford College to study hair and beauty, to work in a salon and later own one; to save for a car."),
            b("Michelle: for Shannon to finish school with qualifications and go to college."),
        ]),
        ("B", [
            h("Strengths"),
            b("Shannon is creative and skilled at hair and nails; she completed a week of work experience at a salon in March 2026 and was asked back."),
            b("She is articulate and can be very persuasive."),
            b("She is working at grade 4 in English Language and grade 5 in art."),
            b("She cares deeply about her family and her friends."),
            h("Social, emotional and mental health"),
            p("Shannon's mood can drop quickly and she finds it hard to manage strong feelings. She has self-harmed at times of stress, and this is known to the DSL and to CAMHS. She avoids lessons she finds difficult, especially maths and science, and her attendance was 74% in Year 10. She finds authority difficult and can be rude to staff she does not know, which has led to 6 fixed-term suspensions over the last 18 months. She responds well to staff who are calm and who show they like her."),
            h("Cognition and learning"),
            p("Shannon's attainment is uneven because of missed learning. She is working at grade 2 in maths, with gaps in number and algebra. Her literacy is secure. She finds it hard to start tasks and to keep going when work feels difficult."),
            h("Communication and interaction"),
            p("No needs identified."),
            h("Sensory and physical"),
            p("No needs identified."),
        ]),
        ("C", [
            p("Shannon is open to CAMHS for low mood and self-harm. She has been seen by a CAMHS practitioner since January 2026. She is physically well."),
        ]),
        ("D", [
            p("Shannon and her younger brother are on a CIN plan with the Wrenfordshire Children in Need Team, which started in February 2026 because of concerns about Shannon's mental health, going missing overnight twice, and her safety in the community with older young people. Her social worker, Ms Green, visits every 3 weeks."),
            p("The CIN plan aims to keep Shannon safe in the community, support her mum with boundaries and help Shannon attend school. Ms Green attended the annual review on 1 July 2026, and the CIN plan and this plan have been aligned: the attendance and safety work in H2 and F are agreed in both. The key worker at school attends the CIN review meetings every 6 weeks."),
        ]),
        ("EF", "Sections E and F: Outcomes and provision",
            [p("Outcomes are to be achieved by July 2027 (end of Year 11). Provision is made by Wrenford Park Academy unless another provider is named.")],
            [
                {"outcome": "E1 By July 2027, Shannon will feel more confident and happier in school.",
                 "prov": [
                     ("ELSA sessions, 1:1, on managing strong feelings and self-esteem", "45 minutes weekly for 12 weeks, then review", "ELSA (trained TA, supervised by the EP)"),
                     ("Key adult check-in at the start of each day in the Hub", "10 minutes daily", "Miss Turner, pastoral lead"),
                 ]},
                {"outcome": "E2 By July 2027, Shannon will have better relationships with staff and will be in school more.",
                 "prov": [
                     ("One-page profile and trauma-informed strategies shared with all staff who teach Shannon, with a briefing", "30-minute briefing each September and January", "SENCo"),
                     ("Restorative meeting with the key adult after any incident with a member of staff", "Within 1 school day of the incident, 20 minutes", "Miss Turner, pastoral lead"),
                     ("Attendance support: a phone call home by 9:30am on any day Shannon is absent, and a weekly attendance review with Shannon", "Daily when absent; weekly review 15 minutes", "Attendance officer"),
                 ]},
                {"outcome": "E3 By July 2027, Shannon will improve her maths.",
                 "prov": [
                     ("Maths intervention on number and algebra in a group of no more than 4 pupils", "3 x 40 minutes weekly for the autumn and spring terms", "HLTA with a maths specialism"),
                     ("Access arrangements: 25% extra time and a separate room for mock and GCSE examinations", "All examinations in Year 11", "Arranged by the SENCo and exams officer"),
                 ]},
                {"outcome": "E4 By July 2027, Shannon will be able to cope with her feelings without hurting herself.",
                 "prov": [
                     ("PSHE small-group programme on emotional regulation and keeping safe, in a group of no more than 6", "50 minutes every other Thursday for two terms", "School counsellor (BACP registered)"),
                     ("Safety plan agreed with CAMHS, shared with the DSL and key adult and reviewed", "Every half term, 20 minutes", "DSL and key adult"),
                 ]},
            ],
            [p("Progress against these outcomes will be reviewed at each CIN review and at the next annual review.")]),
        ("G", [
            b("CAMHS: fortnightly 1:1 sessions of 50 minutes with a CAMHS mental health practitioner (dialectical behaviour therapy skills), for 16 sessions from September 2026, then review."),
            b("CAMHS: a joint safety plan review with Shannon, her mum and the DSL once each half term (30 minutes)."),
            h("Health agreement"),
            p("Confirmed by Dr Helen Marsh, DCO, Wrenfordshire ICB, 7 September 2026."),
        ]),
        ("H1", [p("None - short breaks considered by the social worker (June 2026) and not needed.")]),
        ("H2", [
            b("Social worker visits every 3 weeks under the CIN plan."),
            b("CIN review meetings every 6 weeks."),
            b("Targeted youth support: a youth worker from the Wrenfordshire Youth Service will see Shannon 1:1 for 1 hour every Tuesday evening for 12 weeks, working on safety in the community and exploitation risks."),
            b("Family support: parenting support for Michelle from the Family Support Service, 8 fortnightly home visits of 1 hour."),
        ]),
        ("I", [p("Wrenford Park Academy, Wrenford - mainstream secondary academy (11 to 16).")]),
        ("J", [p("None requested.")]),
        ("K", [
            tb([["Advice", "From", "Date"],
                ["Shannon's views", "Shannon, with Miss Jade Turner, Pastoral Lead", "10 June 2026"],
                ["Parent's views", "Michelle (mum)", "12 June 2026"],
                ["Educational advice", "Mrs Anita Rao, SENCo, Wrenford Park Academy", "15 June 2026"],
                ["Psychological advice", "Mr James Carter, EP, Wrenfordshire EPS", "20 May 2026"],
                ["Health advice", "Ms Kelly Marsh, CAMHS Mental Health Practitioner, Wrenford CAMHS", "3 June 2026"],
                ["Health advice (medical)", "Dr Omar Faruk, GP, Castle Marden Surgery", "28 May 2026"],
                ["Social care advice", "Ms Rachel Green, Social Worker, Wrenfordshire Children in Need Team", "17 June 2026"],
                ["PfA advice", "Mr Sam Hughes, Careers Adviser, Wrenfordshire Careers Service", "8 June 2026"]]),
        ]),
    ],
))

# ====================================================================== u106
PLANS.append(dict(
    id="u106", layout="bold-statutory",
    front=[
        ("First name", "Mason"),
        ("Age", "14"),
        ("National Curriculum year", "Year 9"),
        ("Date this plan was issued", "25/06/2026"),
        ("Last annual review", "4 June 2026"),
        ("Looked after by", "Calderbank Metropolitan Borough Council (placing authority). Mason lives at Willow House, a children's home in Kingsmere."),
        ("Plan co-ordinator", "EHC Co-ordinator, Special Educational Needs and Disabilities (SEND) Review Team (South)"),
    ],
    sections=[
        ("A", [
            h("How Mason's views were gathered"),
            p("Mason has a developmental language disorder (DLD), which means that long conversations and open questions are hard for him. His speech and language therapist met him twice in May 2026 and used Talking Mats, a picture-based tool where Mason places cards under \"good\", \"not sure\" and \"not good\". His key worker at Willow House, Tasha, also talked with him while they cooked together. Mason checked the summary below with Tasha and asked for two changes. Where his own words are used, they are in speech marks."),
            h("What Mason told us"),
            p("\u2022 Cooking is the thing Mason likes best. He put \"cooking\" on the good side straight away and said: \"I make the best spag bol in the house. Everyone says.\""),
            p("\u2022 He likes rugby, his Marden Brook teachers Mr Ali and Miss Cope, and his dog-walking job at Willow House."),
            p("\u2022 He put \"reading out loud\", \"big groups\" and \"when people say sorry but don't mean it\" on the not-good side."),
            p("\u2022 He said it helps when teachers \"show me, don't just say it\" and when they write the steps down."),
            p("\u2022 He finds nights hard: \"My head goes loud at night.\""),
            p("\u2022 About the future he said: \"I want to be a chef in a proper restaurant. And have my own flat. With a big kitchen.\""),
            h("What Mason's mum says"),
            p("Mason's mum, Leanne, spoke to his social worker on 12 May 2026. She says Mason is \"the kindest lad\", always looking out for his little sister, and she is proud of how well he is doing at Marden Brook. She wants him to get qualifications, to learn to look after himself and to stay away from the people who got him into trouble in Calderbank. She would like to be invited to his reviews by video call."),
            h("What the staff at Willow House say"),
            p("The registered manager of Willow House, Mr Cole, says Mason has settled well since he moved in in September 2025. He is helpful around the house, cooks for everyone on Sundays and gets on well with the two other young people. Staff have seen fewer angry outbursts since he started therapy."),
            h("Aspirations"),
            p("- Mason: to be a chef in a restaurant; to have his own flat; to keep playing rugby."),
            p("- Leanne: qualifications, independence and keeping safe."),
            p("- Willow House: for Mason to be ready to move into semi-independent living, with support, at 17 or 18."),
        ]),
        ("B", [
            h("What Mason does well"),
            p("\u2022 Mason is a skilled, careful cook who follows a recipe with pictures and weighs ingredients accurately."),
            p("\u2022 He is physically strong and coordinated and plays for Kingsmere Rugby Club's under-15s."),
            p("\u2022 He is loyal and kind, particularly to younger pupils, and he is a reliable member of the school's breakfast club team."),
            p("\u2022 His maths is a relative strength: he is secure with the four operations and is learning to work with money and measures."),
            h("Communication and interaction"),
            p("Mason's speech and language therapist assessed him in April 2026. His understanding of spoken language is at about the level of a 9-year-old, and his expressive language (putting his ideas into words) at about the level of a 10-year-old. He finds long instructions, abstract words and questions beginning \"why\" or \"how\" difficult. He can look as though he has understood when he has not, and he may become angry when he cannot explain himself, particularly in arguments. He speaks clearly and is easy to understand."),
            h("Cognition and learning"),
            p("Mason reads at around a 10-year level and finds it hard to understand what he reads, especially in science and humanities. His writing is short and he needs help to plan it. He learns best through practical, hands-on tasks with visual support. The educational psychologist (EP) found that his non-verbal reasoning is in the average range, so his difficulties are mainly due to his language disorder and the schooling he missed when he was moving between placements."),
            h("Social, emotional and mental health"),
            p("Mason experienced domestic violence and neglect before he came into care aged 11, and he had four placements in two years before Willow House. He can be wary of adults and quick to feel blamed. When he is upset he can shout and leave the room; this happened on average twice a week in the autumn term 2025 and once a fortnight in the summer term 2026. He finds it difficult to accept praise in front of others and may rip up work he has been praised for. He has been exploited by older young people in the past and needs help to understand safe and unsafe relationships."),
            h("Sensory and physical"),
            p("Mason has no sensory or physical needs."),
        ]),
        ("C", [
            p("Mason's physical health is good and his hearing was tested by the audiology service in January 2026 and found to be normal, so his language difficulties are not caused by hearing loss. He does, however, have mental health needs. In March 2026 the Child and Adolescent Mental Health Services (CAMHS) team for looked-after children found that he has symptoms of post-traumatic stress: nightmares, poor sleep, and feeling on edge in crowded or noisy places. His sleep is often broken, and he is tired at school on two or three days a week."),
            p("Mason has an annual review health assessment with the Looked After Children's Nurse; the most recent was in February 2026."),
        ]),
        ("D", [
            p("Mason is looked after by Calderbank Metropolitan Borough Council under a care order and lives at Willow House, a small children's home for three young people in Kingsmere. His care plan, reviewed at his looked-after review on 21 April 2026, is for him to stay at Willow House until he is at least 16 and then to move, with support, to semi-independent accommodation."),
            p("His social care needs are: safe, consistent care from adults who understand trauma and his language disorder; protection from criminal exploitation (he is subject to a multi-agency safeguarding plan agreed in October 2025); support to keep in touch with his mum and sister; and help to build the independent living skills he will need when he leaves care."),
            h("How Mason's care plan and Personal Education Plan shaped this plan"),
            p("Mason's social worker, Ms Patel, gave advice for the annual review and attended the review meeting on 4 June 2026 with Mason's key worker. The outcomes in Section E about cooking, travel and keeping safe were co-produced at that meeting and match the goals in his care plan and pathway planning. His Personal Education Plan (PEP), reviewed with the Calderbank Virtual School on 14 May 2026, now uses outcomes E1 and E2 as its targets for the next two terms, and the Pupil Premium Plus grant funds his catering taster days."),
        ]),
        ("E", [
            p("Outcomes are for July 2027 (end of Year 10) unless another date is given. They build on Mason's ambition to be a chef and to live independently."),
            p("E1 (Employment: catering)"),
            p("By July 2027, Mason will gain the Level 1 Food Safety and Hygiene certificate and will have prepared and served a two-course meal for 10 people at the school's community lunch, following a written and pictured recipe, as recorded by his food technology teacher."),
            p("E2 (Employment: understanding instructions)"),
            p("By July 2027, Mason will follow a three-step spoken instruction in the kitchen and in class without a repeat on 8 out of 10 occasions, and will ask for help using a phrase he has practised (\"Can you show me again?\") when he has not understood, as recorded by his teaching assistant and checked by the speech and language therapist each term."),
            p("E3 (Employment: reading and writing)"),
            p("By July 2027, Mason will read and answer questions about a one-page text at a 12-year reading level with 80% accuracy, and will write a 200-word piece using his planning frame, assessed by his English teacher at the end of each term."),
            p("E4 (Independent living)"),
            p("By Easter 2027, Mason will travel on his own by bus from Willow House to Marden Brook School and to rugby training, on at least 10 journeys, as confirmed by his key worker's travel log. By July 2027 he will budget for and buy the food for his weekly house meal with a £25 budget, keeping receipts for 8 out of 10 weeks."),
            p("E5 (Friends, relationships and community)"),
            p("By July 2027, Mason will accept praise from adults in class and at rugby without destroying his work or leaving, on 4 out of 5 occasions observed by staff, and will name three signs of an unsafe friendship and what he would do, as checked by his key worker at the end of the safe relationships programme."),
            p("E6 (Good health)"),
            p("By December 2026, Mason will use the bedtime routine agreed with his CAMHS therapist on at least 5 nights out of 7, and will have no more than 1 day a week when he is too tired to join lessons, as recorded by Willow House staff and his form tutor."),
        ]),
        ("F", [
            p("Marden Brook School will make the following provision from the date of this plan."),
            p("Communication and interaction (E2, E5)"),
            p("\u2022 Speech and language therapy: a speech and language therapist from Wrenfordshire Children's Therapy Service will work with Mason 1:1 in school for 45 minutes every fortnight during term time (19 sessions a year), on understanding instructions, vocabulary for cooking and science, and explaining his feelings."),
            p("\u2022 A teaching assistant trained by the therapist will follow up each session with 20 minutes of 1:1 practice three times a week."),
            p("\u2022 The therapist will train all staff who teach Mason in his communication strategies (short instructions, checking understanding, visual supports) for 1 hour each September, with a 30-minute update in January."),
            p("\u2022 Visual recipe and task cards for practical lessons, made and updated each half term by his teaching assistant."),
            p("Cognition and learning (E1, E3)"),
            p("\u2022 Mason will be taught in a class of no more than 8 pupils with a teacher and a teaching assistant for all lessons."),
            p("\u2022 Reading comprehension intervention (Reciprocal Reading) in a group of no more than 3, four times a week for 25 minutes, led by a higher level teaching assistant (HLTA) trained in the programme."),
            p("\u2022 Writing: a planning frame and word bank in every lesson with extended writing, provided by the class teacher; 1:1 writing conference with his English teacher for 15 minutes each week."),
            p("\u2022 Food technology: 2 hours each week in the school's training kitchen in a group of no more than 6, led by the food technology teacher, working towards the Level 1 food hygiene certificate."),
            p("\u2022 From September 2026, a catering taster day at Wrenford College once each half term (6 days a year), accompanied by his teaching assistant."),
            p("\u2022 Access arrangements: a reader and 25% extra time in all internal tests and in the Level 1 food hygiene assessment, arranged by the special educational needs co-ordinator (SENCo)."),
            p("Social, emotional and mental health (E5, E6)"),
            p("\u2022 A named key adult (Mr Ali, trained in trauma-informed practice) will meet Mason for 10 minutes at the start of each day and 10 minutes before he goes home."),
            p("\u2022 Praise will be given to Mason privately or in writing, not in front of the class, as set out in his support plan; all staff will follow this."),
            p("\u2022 Safe relationships programme, 1:1 with the school's learning mentor, 45 minutes weekly for 10 weeks from September 2026, then review."),
            p("\u2022 The educational psychologist will meet Mason's teachers and key worker for a 90-minute consultation twice a year, in the autumn and spring terms."),
            p("\u2022 On days when Willow House reports a poor night (via the morning handover call at 8:15am), Mason will start the day with 20 minutes in the school's quiet room with his key adult before lessons."),
            p("Preparing for adulthood (E1, E4)"),
            p("\u2022 Careers guidance: a 45-minute interview with the school's careers adviser (qualified to Level 6) in the autumn term of Year 10, and a 30-minute follow-up each term."),
            p("\u2022 Money skills: a functional maths group on budgeting and shopping, in a group of no more than 5, twice a week for 30 minutes, led by the maths teacher."),
            p("\u2022 Independent travel training: 8 weekly sessions of 1 hour from January 2027 with a trainer from the Wrenfordshire independent travel training team."),
        ]),
        ("G", [
            p("\u2022 CAMHS looked-after children team: trauma-focused therapy with a clinical psychologist, 1:1, 50 minutes weekly for 16 weeks from May 2026, then review with Mason, his social worker and Willow House. The therapist will also agree a bedtime routine with Mason and Willow House staff."),
            p("\u2022 CAMHS consultation for Willow House staff and Mason's key adult at school: 1 hour each month with the same clinical psychologist."),
            p("\u2022 Looked After Children's Nurse: a review health assessment once a year (next due February 2027), including sleep and wellbeing, with the health plan shared with the social worker."),
            p("Health agreement: reviewed and confirmed by Ms Joanne Fletcher, Designated Clinical Officer (deputising for the Designated Medical Officer), Wrenfordshire Integrated Care Board, on 18 June 2026."),
        ]),
        ("H1", [
            p("No provision under section 2 of the Chronically Sick and Disabled Persons Act 1970 is required, as Mason's care and accommodation are provided under his care plan. This was considered by his social worker in her advice of 15 May 2026."),
        ]),
        ("H2", [
            p("\u2022 Residential care at Willow House, 52 weeks a year, with a named key worker who meets Mason for a planned 1-hour session each week (funded by Calderbank Metropolitan Borough Council)."),
            p("\u2022 Social worker visits every 6 weeks, with time on his own with Mason; looked-after reviews every 6 months."),
            p("\u2022 Family time with his mum and sister every other Sunday for 3 hours in Calderbank, with transport by Willow House staff; a video call with his mum every Wednesday."),
            p("\u2022 Multi-agency exploitation safety plan: reviewed every 8 weeks at the Wrenfordshire exploitation panel, with Mason's social worker and key worker attending."),
            p("\u2022 Pathway planning: a personal adviser from the Calderbank leaving care service will be allocated before Mason turns 16 (by the spring term 2028)."),
        ]),
        ("I", [p("Marden Brook School, Kingsmere - a maintained special school for pupils aged 11 to 16 with social, emotional and mental health needs.")]),
        ("J", [p("No personal budget. This was discussed with Mason's social worker on 4 June 2026.")]),
        ("K", [
            p("Advice and information gathered for the annual review:"),
            p("\u2022 Mason's views (Talking Mats) - Ms Laura Bennett, Speech and Language Therapist, and Tasha Reid, Key Worker, Willow House - 7 May 2026"),
            p("\u2022 Parent's views - Leanne (mum), gathered by Ms Anjali Patel, Social Worker - 12 May 2026"),
            p("\u2022 Children's home report - Mr Daniel Cole, Registered Manager, Willow House - 14 May 2026"),
            p("\u2022 Educational advice - Mrs Ruth Evans, SENCo, Marden Brook School - 19 May 2026"),
            p("\u2022 Psychological advice - Dr Ravi Sandhu, Educational Psychologist, Wrenfordshire Educational Psychology Service - 2 March 2026"),
            p("\u2022 Speech and language therapy advice - Ms Laura Bennett, Speech and Language Therapist, Wrenfordshire Children's Therapy Service - 22 April 2026"),
            p("\u2022 Health (mental health) advice - Dr Chloe Martin, Clinical Psychologist, CAMHS Looked After Children Team - 26 March 2026"),
            p("\u2022 Health (medical) advice - review health assessment, Ms Aisha Khan, Looked After Children's Nurse - 10 February 2026"),
            p("\u2022 Hearing test - Wrenford Hospital Audiology - 15 January 2026"),
            p("\u2022 Social care advice - Ms Anjali Patel, Social Worker, Children in Care Team, Calderbank Metropolitan Borough Council - 15 May 2026"),
            p("\u2022 Preparing for adulthood advice - Mr Sam Hughes, Careers Adviser, Wrenfordshire Careers Service - 20 May 2026"),
            p("\u2022 Personal Education Plan - Calderbank Virtual School, Mr Ian Shaw, Education Adviser - 14 May 2026"),
        ]),
    ],
))

# ====================================================================== u107
PLANS.append(dict(
    id="u107", layout="letter-column",
    front=[
        ("First name", "Riley"),
        ("Age", "10 years"),
        ("National Curriculum year", "Year 5"),
        ("Date this plan was issued", "14 July 2025"),
        ("Last annual review", "Not yet held"),
        ("Looked after by", "Northmoor City Council (placing authority); Riley lives with foster carers in Castle Marden"),
        ("Plan co-ordinator", "EHC Co-ordinator, Special Educational Needs and Disabilities (SEND) Assessment Team (West)"),
    ],
    sections=[
        ("A", [
            h("How Riley's views were gathered"),
            p("Riley talked to his class teacher, Miss Begum, and to his hearing support assistant in May 2025, using a questionnaire with pictures. He chose to answer some questions by drawing. His foster carers also helped him write a short letter for this plan."),
            h("What Riley says"),
            p("\"My name is Riley and I am 10. I like swimming, drawing comics and my foster brother Ethan. I am good at drawing and I made a comic about a superhero called Sound Man who can hear everything. I don't like it when the classroom is noisy because I can't hear what Miss Begum is saying and then I get it wrong. I like it when she wears the microphone. Sometimes I take my hearing aids out because they whistle and people look at me.\""),
            p("\"When I'm older I want to be an artist who makes comics or a swimming teacher.\""),
            h("What Riley's foster carers say"),
            p("Riley's foster carers, Mandy and Gary, have looked after him since he was seven. They say he is imaginative, gentle and a strong swimmer, and that he has grown in confidence since he joined the swimming club. They worry that he is falling behind in class because he misses what is said, and that he hides his hearing aids when he is embarrassed. There foster son Ethan is in Year 6 at the same school and looks out for him. They would like Riley to feel proud of who he is and to keep swimming."),
            h("Aspirations"),
            b("Riley: to make comics, to be a swimming teacher, to get his 1,500 metre swimming badge."),
            b("Mandy and Gary: for Riley to wear his hearing aids with confidence, to catch up in reading and to stay with them until he is grown up."),
        ]),
        ("B", [
            h("Riley's strengths"),
            b("Riley is a talented artist, and he uses drawing to explain his ideas and feelings."),
            b("He is a strong swimmer and swims for Castle Marden Otters."),
            b("He is kind and gentle, and other children like working with him."),
            b("He is good at maths problems that he can see, such as shape and measures."),
            h("Sensory (hearing)"),
            p("Riley have a moderate hearing loss in both ears and wears two hearing aids. In a quiet room he hears speech well, but in a noisy classroom he misses a lot of what is said, especially when the teacher turns away or when other children answer. He uses a radio aid (a microphone the teacher wears that sends her voice to his hearing aids). Riley often take his hearing aids out at playtime and sometimes forgets to put them back in."),
            h("Communication and interaction"),
            p("Because of his hearing loss, Riley's vocabulary is smaller than that of other children his age, and he finds it hard to follow group discussions. He sometimes nods when he has not heard."),
            h("Cognition and learning"),
            p("Riley is working at the level expected for Year 3 in reading and writing and for Year 4 in maths. He has gaps in phonics because he did not hear some sounds clearly when he was younger. He finds it hard to learn new subject words."),
            h("Social, emotional and mental health"),
            p("Riley came into care when he was six. He can be anxious about change and worries about being \"moved on\". When he is anxious he goes very quiet and withdrawn. He finds it hard to ask for help because he does not want to be different."),
        ]),
        ("C", [
            p("Riley has a moderate bilateral sensorineural hearing loss (a permanent hearing loss in both ears) and wears two behind-the-ear hearing aids, provided by Wrenford Hospital audiology. He needs his hearing and hearing aids checked regularly, with new ear moulds as he grows."),
        ]),
        ("D", [
            p("Riley is looked after by Northmoor City Council under a care order. He lives with long-term foster carers in Castle Marden, together with their foster son Ethan. His care plan is for him to stay with Mandy and Gary long term. His social worker, Ms Fisher, visits every 6 weeks."),
            p("Riley's social care needs relate to his early experiences and his worry about moving: he needs stable, attuned care, support to understand his life story, and contact with his birth father that is planned carefully. His social worker gave advice for this assessment and attended the planning meeting on 18 June 2025. His Personal Education Plan (PEP) targets for 2025 to 2026 are the reading and confidence outcomes in Section E."),
        ]),
        ("E", [
            p("To be achieved by July 2026 (end of Year 6)."),
            h("E1 Hearing and confidence"),
            p("By July 2026, Riley will put his hearing aids in himself every morning and keep them in all day on 9 out of 10 school days, and will tell his teacher when the radio aid is not working, as recorded by his teaching assistant on a daily checklist."),
            h("E2 Reading"),
            p("By July 2026, Riley will read a book at the level expected for Year 5 with 95% accuracy and answer 4 out of 5 questions about it correctly, as assessed by the class teacher each term."),
            h("E3 Vocabulary"),
            p("By July 2026, Riley will learn and use 10 new subject words each half term, shown by a score of 8 out of 10 on a word check at the end of each topic, recorded by the teaching assistant."),
            h("E4 Asking for help"),
            p("By July 2026, Riley will ask an adult for help or for something to be repeated at least twice in every lesson when he has not heard, using his \"say again\" card or his voice, as recorded by the teaching assistant in a weekly tally."),
            h("E5 Swimming and comics"),
            p("By July 2026, Riley will gain his 1,500 metre swimming badge and will have drawn a comic that is displayed in the school library, as reported by his foster carers and his class teacher."),
        ]),
        ("F", [
            p("Castle Marden Primary School will make the following provision."),
            h("Hearing and communication (E1, E3, E4)"),
            b("A qualified teacher of the deaf from the Wrenfordshire Sensory Support Service will visit once every half term for 1 hour to check Riley's listening, advise staff and check the the radio aid, and will write a report after each visit."),
            b("Radio aid: a personal radio aid system, provided and maintained by the Sensory Support Service; checked by a trained teaching assistant every morning before lessons."),
            b("Pre-teaching of subject words: 1:1 with a teaching assistant, 20 minutes, three times a week, using pictures and Riley's own drawings."),
            b("Riley will sit near the front, facing the teacher and with his better ear towards the class; the teacher will repeat other children's answers. The SENCo (special educational needs co-ordinator) will check this in a 20-minute observation each half term."),
            b("Deaf awareness training for all staff who work with Riley, 1 hour each September, delivered by the qualified teacher of the deaf."),
            h("Reading (E2)"),
            b("Phonics and reading intervention (Sound Discovery), 1:1, 20 minutes four times a week, delivered in the quiet room by a teaching assistant trained in the programme."),
            b("Guided reading in a group of no more than 4, twice a week for 30 minutes, led by the class teacher in the quiet room."),
            h("Confidence and wellbeing (E1, E4, E5)"),
            b("A named key adult will meet Riley for 10 minutes each morning to check his hearing aids and his mood, and for 5 minutes at the end of the day."),
            b("Friendship and confidence group with three other pupils, led by the learning mentor, 40 minutes weekly for 10 weeks, including a unit on being proud of difference."),
            b("Comic club at lunchtime (group of 8, with a teaching assistant), once a week for 30 minutes."),
        ]),
        ("G", [
            b("Audiology, Wrenford Hospital: hearing test and hearing aid review every 6 months (45 minutes), with new ear moulds taken at each review once Riley has outgrown them; batteries and repairs supplied by the audiology department on request from the school or carers."),
            h("Health agreement"),
            p("Agreed by Dr Helen Marsh, Designated Clinical Officer, Wrenfordshire Integrated Care Board, 2 July 2025."),
        ]),
        ("H1", [
            p("None. Short breaks were considered with the foster carers and the social worker in June 2025 and are not needed at present."),
        ]),
        ("H2", [
            b("Social worker visits every 6 weeks and looked-after reviews every 6 months (Northmoor City Council)."),
            b("Life story work with Riley's social worker: 6 sessions of 1 hour, fortnightly, from September 2025."),
            b("Family time with his birth father, four times a year for 2 hours, supervised by the Northmoor contact service."),
        ]),
        ("I", [p("Castle Marden Primary School, Castle Marden - a mainstream maintained primary school.")]),
        ("J", [p("No personal budget was requested.")]),
        ("K", [
            tb([["Advice or information", "From", "Date"],
                ["Riley's views", "Riley, with Miss Nadia Begum, Class Teacher", "20 May 2025"],
                ["Foster carers' views", "Mandy and Gary", "22 May 2025"],
                ["Educational advice", "Mrs Helen Ward, SENCo, Castle Marden Primary School", "2 June 2025"],
                ["Hearing support advice", "Mrs Karen Lloyd, Hearing Support Assistant, Castle Marden Primary School", "30 May 2025"],
                ["Educational psychology report", "Educational Psychology Service", ""],
                ["Medical advice (audiology)", "Mr Paul Dean, Clinical Scientist (Audiology), Wrenford Hospital", "9 February 2023"],
                ["Social care advice", "Ms Jo Fisher, Social Worker, Children in Care Team, Northmoor City Council", "10 June 2025"],
                ["Personal Education Plan", "Northmoor Virtual School", "12 May 2025"]]),
        ]),
    ],
))

# ====================================================================== u108
PLANS.append(dict(
    id="u108", layout="ef-table",
    ef_header=["What Ruby will achieve (Section E)", "What will be provided (Section F)", "How often and for how long", "Who will provide it"],
    front=[
        ("First name", "Ruby"),
        ("Age", "5"),
        ("National Curriculum year", "Reception"),
        ("Date this plan was issued", "7 April 2026"),
        ("Last annual review", "Not applicable - first plan"),
        ("Looked after by", "Calderbank Metropolitan Borough Council; Ruby lives with foster carers in Wrenford"),
        ("Plan co-ordinator", "EHC Co-ordinator, Early Years Special Educational Needs and Disabilities (SEND) Team"),
    ],
    sections=[
        ("A", [
            h("What Ruby shows us (gathered through observation and play)"),
            p("Ruby is five and uses a few single words, gestures and some Makaton signs (a signing system that goes alongside speech). Her views were gathered by the people who know her best: her foster carer, Sue, who kept a short diary of what Ruby chooses and enjoys over three weeks in January 2026, and her key person at Wrenford Nursery and Infant School, Mrs Dale, who watched her in class and at play. The specialist teacher from the Early Years SEND Team also observed her during a play session."),
            b("Ruby's favourite thing is water play. She will pour and splash for 15 minutes, and signs \"more\" when an adult stops."),
            b("She loves music and dances to the \"Hello\" song, clapping and laughing when her name is sung."),
            b("She goes to Mrs Dale and holds her hand when the classroom gets noisy, and covers her ears at assembly."),
            b("She leads Sue by the hand to the fridge or the door to show what she wants."),
            b("She pushes away food she does not like and cries when she is hurried."),
            h("What Ruby's foster carers say"),
            p("Sue and Ian have cared for Ruby since she was 18 months old, and the plan is for her to stay with them long term. They say she is affectionate, determined and has a wonderful giggle. She loves the swings, bath time and the family's cat. They want her to be able to tell people what she needs and to make a friend at school. In the future they hope she will be as independent as she can be and will go to the local junior school with her classmates."),
            h("Aspirations"),
            b("For Ruby to talk or sign to tell people what she wants and how she feels."),
            b("To have a friend and to join in with the other children."),
        ]),
        ("B", [
            h("What Ruby does well"),
            b("Ruby is sociable with adults she knows and seeks them out for comfort and play."),
            b("She uses 20 Makaton signs and about 15 spoken words."),
            b("She can complete a 6-piece inset puzzle and match colours."),
            b("She walks, runs and climbs confidently and enjoys outdoor play."),
            h("Background"),
            p("Ruby has foetal alcohol spectrum disorder (FASD) and global developmental delay. Her development is at about the level of a child aged between 2 and 2 and a half in most areas."),
            h("Communication and interaction"),
            p("Ruby understands simple, familiar phrases with gestures (\"coat on\", \"time for snack\"). She communicates mainly through gestures, pulling adults, about 20 signs and single words. The speech and language therapist (SLT) found her understanding and use of language to be at around the 2-year level."),
            h("Cognition and learning"),
            p("Ruby learns best through repetition, play and routine. She is beginning to show an interest in books and will point to pictures. She can match but not yet name colours and shapes. She is not yet ready for formal phonics and needs early listening and attention activities first."),
            h("Social, emotional and mental health"),
            p("Ruby plays alongside other children but not yet with them. She finds waiting and sharing difficult and can become distressed when routines change. She settles with her key person."),
            h("Sensory and physical"),
            p("Ruby's fine motor skills are delayed: she holds crayons in a fist and cannot yet use scissors. She is sensitive to loud noise. The occupational therapist (OT) found that she needs help with dressing and self-care."),
        ]),
        ("C", [
            p("Ruby's FASD is monitored by the community paediatrician. Her hearing was tested in November 2025 and is within normal limits."),
            p("Ruby is not yet toilet trained and wears nappies day and night. She has long-standing constipation, for which she takes a daily laxative prescribed by the paediatrician, and she sometimes has painful bowel movements that make her frightened of sitting on the toilet. The paediatrician advises that she needs a continence assessment and a toileting plan agreed between home and school."),
        ]),
        ("D", [
            p("Ruby is looked after by Calderbank Metropolitan Borough Council under a care order and lives with long-term foster carers in Wrenford. Her care plan, confirmed at the looked-after review on 3 February 2026, is for her to remain with Sue and Ian. Her social needs relate to her FASD and early neglect: she needs consistent routines and carers who understand her communication, and her carers need support and training to meet her needs."),
            p("Her social worker, Mr Hussain, contributed advice and attended the planning meeting on 10 March 2026. Ruby's first Personal Education Plan (PEP) in Reception, held with the Calderbank Virtual School on 24 February 2026, set targets on communication and play that are now outcomes E1 and E4 below."),
        ]),
        ("EF", "Sections E and F: Outcomes and special educational provision",
            [p("Outcomes are to be achieved by the end of Year 1 (July 2027). Provision is made by Wrenford Nursery and Infant School unless another provider is named.")],
            [
                {"area": "Communication and interaction"},
                {"outcome": "E1 By July 2027, Ruby will use 50 Makaton signs or words to ask for things and to make choices, including \"help\", \"toilet\" and \"finished\", as recorded by her key person on a sign and word checklist each half term.",
                 "prov": [
                     ("Makaton signing used with Ruby across the day, with a personal signing book shared between home and school", "Throughout each school day; book updated every Friday", "Key person and all class staff (Makaton Foundation trained)"),
                     ("Attention Autism \"bucket\" sessions to build attention and shared enjoyment, in a group of no more than 4", "Daily, 15 minutes", "Teaching assistant trained in Attention Autism"),
                 ]},
                {"outcome": "E2 Staff will use Makaton signs and symbols with Ruby throughout the day.",
                 "prov": [
                     ("Makaton training for class staff", "Two half-day sessions in the summer term 2026", "Makaton tutor, Early Years SEND Team"),
                 ]},
                {"area": "Cognition and learning"},
                {"outcome": "E3 By July 2027, Ruby will join in a 10-minute listening game with a small group, taking at least 3 turns, on 4 out of 5 days, as recorded by her teaching assistant.",
                 "prov": [
                     ("Small group phonics and listening intervention", "", "Teaching assistant"),
                     ("Specialist teacher visits to advise on Ruby's learning programme", "Once a half term, 1 hour", "Specialist teacher, Early Years SEND Team"),
                 ]},
                {"area": "Social, emotional and mental health"},
                {"outcome": "E4 By July 2027, Ruby will play with one other child in a shared game (for example rolling a ball back and forth) for 5 minutes, on 3 occasions a week, as observed by her key person.",
                 "prov": [
                     ("Opportunities to play alongside peers in structured activities where possible", "", "Key person"),
                     ("A visual timetable with objects of reference and a \"now and next\" board", "Used throughout the day; prepared each morning", "Key person"),
                 ]},
                {"outcome": "E5 Ruby will receive 1:1 adult support at lunchtime and playtime.",
                 "prov": [
                     ("1:1 support from a named teaching assistant at lunchtime and playtime", "Every day, 12:00 to 1:00pm and morning break", "Teaching assistant"),
                 ]},
                {"area": "Sensory and physical"},
                {"outcome": "E6 By July 2027, Ruby will use chunky crayons with a finger grip to make marks and copy a circle, and will take off her coat and shoes by herself, as checked by her key person against the OT programme each term.",
                 "prov": [
                     ("OT programme to be delivered in school", "", "Teaching assistant"),
                     ("Ear defenders for assemblies and noisy times, provided by school", "As required", "Class teacher"),
                 ]},
            ],
            [p("Ruby's key person will keep a record of progress and share it with Sue and Ian at a meeting each half term.")]),
        ("G", [
            b("Community paediatrician (Dr Amanda Price): review every 6 months (30 minutes) to monitor Ruby's FASD, growth and development, and her laxative medication."),
            b("Speech and language therapy: 1:1 therapy sessions with a speech and language therapist to develop Ruby's understanding and use of signs and words, 30 minutes every week in school during term time, with the key person present."),
            b("The speech and language therapist will set Ruby's communication targets each term and show staff and carers how to practise them (1 hour at the start of each term)."),
            h("Health agreement"),
            p("Agreed on behalf of health by Dr Helen Marsh, Designated Clinical Officer, Wrenfordshire Integrated Care Board, 30 March 2026."),
        ]),
        ("H1", [p("Short breaks were considered at the looked-after review (3 February 2026); Ruby's carers will be offered a place on the Calderbank fostering team's summer activity scheme. No provision under section 2 of the Chronically Sick and Disabled Persons Act 1970 is needed.")]),
        ("H2", [
            b("Social worker visits every 6 weeks and looked-after reviews every 6 months (Calderbank Metropolitan Borough Council)."),
            b("Training for Sue and Ian on FASD: a 6-week course, 2 hours each week, from the Calderbank fostering service, starting May 2026."),
            b("Supervising social worker visits to the foster carers once a month."),
        ]),
        ("I", [p("Wrenford Nursery and Infant School, Wrenford - a mainstream maintained infant school with nursery (Reception class).")]),
        ("J", [p("No personal budget has been requested.")]),
        ("K", [
            b("Foster carers' views and diary - Sue and Ian - 30 January 2026"),
            b("Observation of Ruby's views - Mrs Kim Dale, Key Person, Wrenford Nursery and Infant School - 28 January 2026"),
            b("Educational advice - Mrs Kim Dale, Key Person, and Mr Neil Grant, special educational needs co-ordinator (SENCo), Wrenford Nursery and Infant School - 4 February 2026"),
            b("Specialist teacher advice - Ms Rachel Young, Specialist Teacher, Early Years SEND Team - 21 January 2026"),
            b("Psychological advice - Dr Fiona Reid, Educational Psychologist, Wrenfordshire Educational Psychology Service - 11 February 2026"),
            b("Medical advice - Dr Amanda Price, Community Paediatrician, Wrenfordshire Children's Community Health - 15 December 2025"),
            b("Speech and language therapy advice - Ms Laura Bennett, Speech and Language Therapist - 9 January 2026"),
            b("Occupational therapy advice - Mr Tom Ellis, Occupational Therapist - 14 January 2026"),
            b("Social care advice - Mr Imran Hussain, Social Worker, Calderbank Metropolitan Borough Council - 6 February 2026"),
            b("Personal Education Plan - Calderbank Virtual School - 24 February 2026"),
        ]),
    ],
))

# ====================================================================== u109
PLANS.append(dict(
    id="u109", layout="bold-statutory",
    front=[
        ("First name", "Liam"),
        ("Age", "15"),
        ("National Curriculum year", "Year 10"),
        ("Date this plan was issued", "30 October 2026 (amended following review)"),
        ("Last annual review", "6 October 2026"),
        ("Looked after by", "Westbrook Borough Council; placed at Hollin Lodge Secure Children's Home, Wrenfordshire"),
        ("Plan co-ordinator", "EHC Co-ordinator, Special Educational Needs and Disabilities (SEND) Review Team (North)"),
    ],
    sections=[
        ("A", [
            h("Views of the people who know Liam"),
            p("Liam's mother, Karen, was contacted by telephone by the EHC co-ordinator on 22 September 2026. She said Liam has been \"out of control\" since he was about eleven. He stopped going to school in Year 8, was excluded from two schools and was going missing for days at a time. She is worried that he mixes with older men who give him cannabis and use him to carry things. She said he does not listen to her or to anyone and that she could not keep him safe at home."),
            p("The head of education at Hollin Lodge, Mr Price, reports that Liam finds it very hard to follow rules. He refuses lessons on most days in his first weeks, swears at staff and has damaged property twice. He has very low literacy and becomes aggressive when he is asked to read or write. He does not mix with the other young people and spends most of his free time alone in his room."),
            p("His residential key worker reports that Liam sleeps badly, has frequent outbursts in the evenings and refuses to talk about his family."),
        ]),
        ("B", [
            h("Cognition and learning"),
            p("Liam has significant gaps in his learning because he missed most of Years 8 and 9. The educational psychologist found in August 2026 that his reading age is about 8 years and his spelling age about 7 years, with difficulties in phonological processing (hearing and working with the sounds in words) consistent with dyslexia. His maths is at about the level expected at the end of primary school, with weak knowledge of times tables, fractions and money."),
            h("Social, emotional and mental health"),
            p("Liam has a long history of disruptive behaviour, exclusion and going missing. He is quick to anger and can become verbally and physically aggressive towards staff. He does not trust adults and finds it hard to accept help. He has used cannabis daily since he was 13, and he has been criminally exploited. He finds it very hard to manage his feelings, especially in the evenings, and he struggles to be in groups."),
            h("Communication and interaction"),
            p("Liam speaks clearly but uses a limited vocabulary and finds it hard to explain his feelings. He often refuses to answer questions or answers with one word."),
            h("Sensory and physical"),
            p("No needs identified."),
        ]),
        ("C", [
            p("Liam has used cannabis daily since the age of 13 and is being supported by the young people's substance misuse service. He also has low mood and disturbed sleep, which the Child and Adolescent Mental Health Services (CAMHS) secure care in-reach team assessed in August 2026."),
        ]),
        ("D", [
            p("Liam is a looked-after child (section 31 care order, Westbrook Borough Council). He is currently placed at Hollin Lodge under a secure accommodation order. No further social care needs have been identified."),
        ]),
        ("E", [
            p("These outcomes are for the end of Year 11 (July 2028), with a step to check in July 2027."),
            p("Outcome 1 - Reading and writing (employment)"),
            p("By July 2027, Liam will have a reading age of at least 10 years on the standardised reading test used at Hollin Lodge (8 years in August 2026) and will pass Functional Skills English at Entry Level 3. By July 2028 he will pass Functional Skills English at Level 1. Progress will be recorded by his English teacher each half term."),
            p("Outcome 2 - Maths and money (employment and independent living)"),
            p("By July 2027, Liam will pass Functional Skills maths at Entry Level 3 and will work out the change from a £20 note correctly in 4 out of 5 shopping tasks, as recorded by his maths teacher."),
            p("Outcome 3 - Work skills (employment)"),
            p("By July 2028, Liam will complete the Level 1 Award in Construction Skills at the Hollin Lodge workshop, or at his next school or college, and will take the health and safety test for the Construction Skills Certification Scheme (CSCS) green card, as recorded by his vocational tutor."),
            p("Outcome 4 - Managing anger (friends and community)"),
            p("By July 2027, Liam will use his agreed calm-down plan (asking for time out, going to the garden with a member of staff) so that there are no more than 2 incidents of physical aggression in a half term (there were 7 in the first half term of autumn 2026), as recorded on the Hollin Lodge incident log."),
            p("Outcome 5 - Good health"),
            p("By July 2027, Liam will have had no cannabis use for 3 months, confirmed by his substance misuse worker, and will sleep for at least 7 hours on 5 nights out of 7, as recorded by night staff."),
        ]),
        ("F", [
            p("Hollin Lodge Education Centre will make the following provision while Liam is placed there. The provision will be reviewed before any move."),
            p("Literacy (Outcome 1)"),
            p("\u2022 Specialist dyslexia teaching (a structured, multi-sensory phonics and spelling programme), 1:1, 45 minutes, five times a week, from a teacher with a postgraduate qualification in specific learning difficulties."),
            p("\u2022 Reading pen and audiobooks for all subjects, provided by the education centre and charged and checked weekly by the learning support assistant."),
            p("\u2022 Access arrangements: a reader and 25% extra time in Functional Skills and all other assessments, arranged by the head of education."),
            p("Maths (Outcome 2)"),
            p("\u2022 Functional maths teaching in a group of no more than 3, 5 hours a week, by a qualified maths teacher, using practical money and measuring tasks."),
            p("Vocational (Outcome 3)"),
            p("\u2022 Construction workshop: 2 sessions of 2 hours each week, in a group of no more than 4, with the vocational tutor (City and Guilds qualified in construction)."),
            p("\u2022 Careers guidance interview with an independent careers adviser (qualified to Level 6): 45 minutes in November 2026, then 30 minutes each term."),
            p("Emotional wellbeing and behaviour (Outcome 4)"),
            p("\u2022 All lessons in classes of no more than 4 young people, with a teacher and an education support worker."),
            p("\u2022 A calm-down plan, agreed with Liam and his key worker, shared with all education staff and reviewed every 4 weeks by the head of education."),
            p("\u2022 Anger management programme, 1:1 with the education centre's learning mentor, 1 hour weekly for 12 weeks, then review."),
            p("\u2022 Consultation from the educational psychologist with education and care staff, 2 hours each half term."),
        ]),
        ("G", [
            p("\u2022 Young people's substance misuse service (Wrenfordshire Young People's Drug and Alcohol Service): a substance misuse worker will see Liam 1:1 at Hollin Lodge for 45 minutes every week for 16 weeks, then review."),
            p("\u2022 CAMHS secure care in-reach team: a mental health nurse will see Liam for 1 hour every fortnight for low mood and sleep, and will advise care staff on his bedtime routine in a 30-minute handover each month."),
            p("\u2022 Hollin Lodge nurse: a daily check on his sleep log and weekly weight and wellbeing check (10 minutes)."),
            p("Health agreement: reviewed and supported by Ms Joanne Fletcher, Designated Clinical Officer, Wrenfordshire Integrated Care Board, on 21 October 2026."),
        ]),
        ("H1", [p("Not applicable.")]),
        ("H2", [p("Not applicable.")]),
        ("I", [p("Hollin Lodge Education Centre, Hollin Lodge Secure Children's Home, near Ashby Cross - the education provision of a secure children's home (registered independent school).")]),
        ("J", [p("Not applicable.")]),
        ("K", [
            p("- Mother's views - Karen, by telephone to the EHC co-ordinator - 22 September 2026"),
            p("- Educational advice - Mr Graham Price, Head of Education, Hollin Lodge Education Centre - 29 September 2026"),
            p("- Residential key worker report - Mr Sean Doyle, Residential Key Worker, Hollin Lodge - 25 September 2026"),
            p("- Psychological advice - Dr Ravi Sandhu, Educational Psychologist, Wrenfordshire Educational Psychology Service - 18 August 2026"),
            p("- Health advice (mental health) - Mr Tom Haines, Mental Health Nurse, CAMHS Secure Care In-Reach Team - 27 August 2026"),
            p("- Health advice (substance misuse) - Ms Dee Carter, Substance Misuse Worker, Wrenfordshire Young People's Drug and Alcohol Service - 3 September 2026"),
            p("- Health advice (medical) - Dr Laura Finch, general practitioner (GP) to Hollin Lodge - 1 September 2026"),
            p("- Social care advice - Ms Fiona Grey, Social Worker, Westbrook Borough Council - 24 September 2026"),
            p("- Preparing for adulthood advice - Ms Jane Walker, Careers Adviser - 28 September 2026"),
        ]),
    ],
))

# ====================================================================== u110
PLANS.append(dict(
    id="u110", layout="letter-column",
    front=[
        ("First name", "Amira"),
        ("Age", "9 years"),
        ("National Curriculum year", "Year 4"),
        ("Date this plan was issued", "12/01/2026"),
        ("Last annual review", "Not applicable - first EHC plan"),
        ("Care status", "Adopted (previously looked after); supported by the Wrenfordshire Virtual School"),
        ("Plan co-ordinator", "EHC Co-ordinator, Special Educational Needs and Disabilities (SEND) Assessment Team (North)"),
    ],
    sections=[
        ("A", [
            h("All about me (Amira's own words)"),
            p("Amira wrote this with her learning mentor, Mrs Shah, over two sessions in October 2025. Mrs Shah typed Amira's words exactly as she said them, and Amira chose the headings."),
            h("Things I love"),
            p("\"I love gymnastics and I can do a cartwheel and a round-off. I love baking with my mum, especially cupcakes with sprinkles. I love my cat Luna and my big sister Zara. At school I like art and golden time, and I like Mrs Shah because she's calm and she always notices when I'm sad.\""),
            h("Things that are hard"),
            p("\"I get a really bad tummy ache in the mornings and I don't want to come to school. I worry that Mum won't come back to get me. I don't like it when we have a supply teacher because I don't know them. Times tables are hard and I forget them even when I've learned them. When somebody says well done in front of everyone I go red and I want to hide.\""),
            h("What helps me"),
            p("\"Seeing Mrs Shah at the gate. Having my worry box. Knowing what's happening next. When teachers tell me quietly that I did something good.\""),
            h("When I grow up"),
            p("\"I want to be a gymnastics coach or a baker with my own cake shop. I want to be in the school gymnastics team next year.\""),
            h("What Amira's parents say"),
            p("Amira's parents, Yasmin and Tariq, adopted Amira and her sister when Amira was four. They describe her as loving, creative and very funny at home, and say she is determined when she sets her mind to something, like learning a new gymnastics move. Since Year 3 she has become very anxious about school. Most mornings she has stomach aches and cries at the school gate, and her attendance fell to 84% last year. They believe her worry comes from her early experiences of loss and that she needs to feel safe with adults at school before she can learn. They would like Amira to have access to the same after-school clubs as her friends and to be supported to go on the Year 4 residential trip. In the future they hope she will be confident, have good friends and go to secondary school happily."),
            h("Aspirations"),
            b("Amira: to be a gymnastics coach or to run a cake shop; to be in the school gymnastics team."),
            b("Yasmin and Tariq: for Amira to come to school without fear, to catch up in maths and to go on the Year 4 residential trip."),
        ]),
        ("B", [
            h("What Amira does well"),
            b("Amira is a fluent reader: she reads at the level expected for her age and enjoys chapter books."),
            b("She is artistic and careful, and her art work was displayed at the Kingsmere library in 2025."),
            b("She is physically confident and a talented gymnast."),
            b("She is kind and notices when other children are upset."),
            h("Social, emotional and mental health"),
            p("Amira was removed from her birth family aged two and lived with foster carers before she was adopted at four. Her experiences of early loss mean she worries a great deal about being separated from her parents. Her anxiety shows as stomach aches, crying at the gate, refusing to come into class and, on some days, refusing to come to school at all. Her attendance was 84% in Year 3 and 88% in the autumn term 2025. Once she is in school she often settles within 20 minutes with a trusted adult, but she can become withdrawn and tearful during the day, particularly around changes of staff, before trips and at the end of the day. She finds public praise and attention hard, and may refuse to continue with a piece of work after it has been praised in front of the class. She has two friends and would like more."),
            h("Cognition and learning"),
            p("Amira's reading is a strength. In maths she is working at the level expected at the end of Year 2: she finds it hard to remember number facts and times tables, and anxiety makes this harder. The educational psychologist found that her working memory is below average and her verbal reasoning is above average. She learns best when new maths is shown with objects and pictures and when she has up to a week of practice before moving on."),
            h("Communication and interaction"),
            p("Amira has no difficulties with speech and language. She can find it hard to say how she feels and may say \"I'm fine\" when she is not."),
            h("Sensory and physical"),
            p("No needs in this area."),
        ]),
        ("C", [
            p("Amira has no health needs relating to her special educational needs. This is based on the advice of the community paediatrician, Dr Price, who saw Amira on 25 September 2025: she checked the cause of Amira's stomach aches and found no physical cause, and she advised that they are linked to anxiety, which is best supported in school and at home as set out in Sections F and H. A referral to Child and Adolescent Mental Health Services (CAMHS) was screened in July 2025 and CAMHS advised that Amira did not need specialist mental health treatment at that time."),
        ]),
        ("D", [
            p("Amira has no social care needs relating to her special educational needs. This is based on an adoption support needs assessment completed by the Wrenford and Marches Regional Adoption Agency on 4 November 2025. Amira's parents completed a therapeutic parenting course funded through the Adoption Support Fund in 2025 and told the assessor they did not want further support now. The agency has given the family its duty number, and they know they can ask for a new assessment at any time."),
        ]),
        ("E", [
            p("Outcomes are to be achieved by July 2027 (end of Year 5) unless another date is given."),
            h("E1 Coming into school"),
            p("By July 2026, Amira will come into school at the start of the day and say goodbye to her parent at the gate within 5 minutes on 4 out of 5 days, and her attendance for the year will be at least 94%, as recorded by the learning mentor and the school's attendance register."),
            h("E2 Talking about feelings"),
            p("By July 2027, Amira will use her feelings scale or worry box to tell an adult how she feels at the start and end of each day, and will name one thing she can do to feel calmer, on 4 out of 5 days, as recorded by Mrs Shah."),
            h("E3 Maths"),
            p("By July 2027, Amira will know her 2, 3, 4, 5 and 10 times tables and score at least 20 out of 25 on the school's practice multiplication check, and will be working at the level expected for Year 4 in the class teacher's termly maths assessment."),
            h("E4 Praise and pride"),
            p("By July 2027, Amira will accept praise from her teacher in class, including a certificate in the Friday celebration assembly, without leaving or stopping her work, on 4 out of 5 occasions observed by her class teacher."),
            h("E5 Gymnastics, clubs and the residential trip"),
            p("By July 2027, Amira will attend an after-school club of her choice for a full term, try out for the school gymnastics team, and go on the Year 5 residential trip for both nights, as recorded by her class teacher and reported by her parents."),
        ]),
        ("F", [
            p("Kingsmere Church of England Junior School will make this provision."),
            h("Social, emotional and mental health (E1, E2, E4, E5)"),
            b("A named key adult, Mrs Shah (learning mentor, trained in attachment-aware practice and emotion coaching), will meet Amira at the school gate every morning at 8:40am and spend 10 minutes with her in the nurture room before class; and will see her for 10 minutes at the end of the day."),
            b("Emotional literacy sessions, 1:1 with Mrs Shah, 30 minutes twice a week, using a feelings scale and worry box, following a 12-week programme, then review with Amira and her parents."),
            b("A \"safe base\" (the nurture room) that Amira will use for 10 minutes at a time when she shows her pass, with Mrs Shah or the teaching assistant, and a plan for returning to class."),
            b("Praise will be given to Amira quietly, privately or in writing, in line with her one-page profile, which the SENCo (special educational needs co-ordinator) will share with all staff each September and January."),
            b("Changes of staff or routine will be explained to Amira the day before by her class teacher, using a visual timetable for the next day."),
            b("The school's friendship group in a group of no more than 5, led by the learning mentor, 40 minutes weekly for 8 weeks each autumn and spring term."),
            b("Residential trip plan: three 20-minute sessions with Mrs Shah before the trip, looking at photos of the centre and making a plan, and a named adult with her for the trip."),
            b("September 2026: a transition plan for Year 5, with four 30-minute visits to her new classroom and teacher in the last half term of Year 4, led by Mrs Shah."),
            h("Cognition and learning (E3)"),
            b("Maths intervention (Numbersense), in a group of no more than 3, three times a week for 20 minutes, led by a teaching assistant trained in the programme."),
            b("Daily times-tables practice, 1:1 with a teaching assistant, 5 minutes every afternoon, using objects and pictures."),
            b("Access arrangements for the Year 4 multiplication tables check: a separate quiet room and a familiar adult, arranged by the SENCo."),
            b("The educational psychologist will meet the SENCo, class teacher and parents for 90 minutes in the summer term 2026 and the autumn term 2026, to review progress and advise on anxiety and working memory."),
            h("Staff training"),
            b("Whole-staff training on attachment and trauma in adopted children, 2 hours, delivered by the Wrenfordshire Virtual School's adviser for previously looked-after children in February 2026, with a 1-hour update each September."),
        ]),
        ("G", [
            p("No health provision is required (see Section C)."),
        ]),
        ("H1", [
            p("None. No social care needs were identified in the adoption support needs assessment (see Section D)."),
        ]),
        ("H2", [
            p("None. Amira's parents were given information about Wrenfordshire's local offer for short breaks and activities, and the adoption support duty line, at the co-production meeting on 2 December 2025; early help was discussed and they did not want a referral at this time."),
        ]),
        ("I", [p("Kingsmere Church of England Junior School, Kingsmere - a mainstream voluntary aided junior school.")]),
        ("J", [p("Amira's parents have not requested a personal budget.")]),
        ("K", [
            tb([["Advice or information", "Given by", "Date"],
                ["Amira's views", "Amira, written with Mrs Farah Shah, Learning Mentor", "14 and 21 October 2025"],
                ["Parents' views", "Yasmin and Tariq (parents)", "3 November 2025"],
                ["Educational advice", "Mr Chris Baker, SENCo, and Ms Lucy Hart, Class Teacher, Kingsmere CE Junior School", "10 November 2025"],
                ["Psychological advice", "Mr James Carter, Educational Psychologist, Wrenfordshire Educational Psychology Service", "17 October 2025"],
                ["Medical advice", "Dr Amanda Price, Community Paediatrician, Wrenfordshire Children's Community Health", "25 September 2025"],
                ["CAMHS screening outcome", "Wrenford CAMHS Single Point of Access, Ms Gemma Lord, Clinical Lead", "22 July 2025"],
                ["Social care advice (adoption support needs assessment)", "Ms Beverley Nash, Adoption Support Social Worker, Wrenford and Marches Regional Adoption Agency", "4 November 2025"],
                ["Virtual School advice", "Mrs Deborah King, Adviser for Previously Looked-After Children, Wrenfordshire Virtual School", "12 November 2025"]]),
        ]),
    ],
))

# ====================================================================== u111
PLANS.append(dict(
    id="u111", layout="ef-table",
    ef_header=["Outcome", "Provision", "Frequency", "Who"],
    front=[
        ("First name", "Tia"),
        ("Age", "18"),
        ("National Curriculum year", "Year 13 (second year at college)"),
        ("Date this plan was issued", "18 August 2026 (amended following annual review)"),
        ("Last annual review", "1 July 2026"),
        ("Care status", "Care leaver (Westbrook Borough Council leaving care service)"),
        ("Plan co-ordinator", "EHC Co-ordinator, Post-16 Special Educational Needs and Disabilities (SEND) Team"),
    ],
    sections=[
        ("A", [
            h("My views"),
            p("I wrote this with my college tutor, Ellie, in June 2026, and I said it was OK to use it in my plan."),
            p("My name is Tia and I'm 18. I'm in my second year at Meadowgate College doing the Level 1 childcare and independent living course. I live in the college's supported flats during the week and at my old foster carers' house, with Angie, most weekends. I love children, and my placement at Little Acorns nursery is the best part of my week. The staff there say I'm really patient and the kids always want me to read to them. I also love music, making TikToks with my friends and going to the gym."),
            p("Things I find hard: maths and money, remembering what I'm meant to be doing, and when I get anxious I can't get out of bed. Sometimes I get panic attacks on buses. I don't like people making decisions about me without asking me."),
            p("What I want: I want to work in a nursery and get my Level 2 childcare qualification. I want my own flat near Angie's. I want to pass my driving test. I want to be better with money so I don't run out before the end of the month."),
            h("What Angie (former foster carer) says"),
            p("Angie looked after Tia from age 11 to 18 and is still her main support. She says Tia is warm, loyal and fantastic with little ones. She worries about Tia's anxiety, about her managing money and about people taking advantage of her because she is so trusting. Angie would like Tia to be ready to live in her own flat, with support, by the time she finishes college."),
            h("Aspirations"),
            b("Tia: to work in a nursery; Level 2 childcare; her own flat near Angie; a driving licence; managing her money."),
        ]),
        ("B", [
            h("Strengths"),
            b("Tia is kind, patient and very good with young children; her nursery placement report (May 2026) rated her \"excellent\" for care and engagement."),
            b("She passed Functional Skills English at Entry Level 3 in June 2026."),
            b("She is sociable, has a good group of friends at college and keeps in touch with her family."),
            b("She cooks simple meals for herself in the supported flats."),
            h("Cognition and learning"),
            p("Tia has foetal alcohol spectrum disorder (FASD). She has difficulties with working memory, planning and organisation, and with abstract ideas such as time and money. Her maths is at Entry Level 2: she can add and subtract with a calculator but finds budgeting, percentages and reading timetables very hard. She needs information repeated and broken into steps, with visual reminders."),
            h("Social, emotional and mental health"),
            p("Tia has anxiety, which gets worse around change and in crowded places. On bad days she finds it hard to get up and misses college; her attendance was 86% this year. She can be too trusting with new people and has been financially exploited by an acquaintance in the past."),
            h("Communication and interaction"),
            p("Tia speaks well and is confident with people she knows. She can agree to things she has not fully understood, so staff check her understanding by asking her to explain back."),
            h("Sensory and physical"),
            p("No needs in this area."),
        ]),
        ("C", [
            p("To be confirmed. Health advice was requested from the community paediatrician in March 2026 and has not yet been received."),
        ]),
        ("D", [
            p("Tia was looked after by Westbrook Borough Council from the age of 11 until her 18th birthday in March 2026, and is now a care leaver. She has a personal adviser, Mr Okoye, from the Westbrook leaving care service, and a pathway plan that was reviewed on 12 June 2026."),
            p("Her social care needs are: support to move to her own tenancy; help to manage her money and bills; protection from financial exploitation; and continuing contact with Angie, who is her main source of support. The pathway plan and this EHC plan were reviewed together at the annual review on 1 July 2026, which Mr Okoye attended."),
        ]),
        ("EF", "Sections E and F: Outcomes and special educational provision",
            [p("Outcomes are for the end of Tia's course in July 2027. Provision is made by Meadowgate College unless another provider is named.")],
            [
                {"area": "Employment"},
                {"outcome": "E1 By July 2027, Tia will achieve the Level 2 Certificate in Childcare and will have completed at least 120 hours at her nursery placement, with a placement report rating her as \"good\" or better, as recorded by her course tutor.",
                 "prov": [
                     ("Level 2 childcare course taught in a class of no more than 8, with a learning support assistant in every session", "3 days a week (15 hours)", "Childcare tutor (qualified early years teacher) and learning support assistant"),
                     ("Supported work placement at Little Acorns nursery, with a job coach", "1 day a week (6 hours); job coach on site for the first 2 hours and a 20-minute review each week", "Job coach (trained in supported employment)"),
                     ("Assignments broken into steps with a checklist and a 1:1 planning session", "30 minutes twice a week", "Learning support assistant"),
                 ]},
                {"area": "Independent living"},
                {"outcome": "E2 By April 2027, Tia will pay her rent and bills on time and keep to a weekly budget, with money left at the end of each month for 3 months in a row, as shown on her budget planner and checked by her independent living tutor.",
                 "prov": [
                     ("Independent living programme on budgeting, bills and banking apps, in a group of no more than 4", "2 sessions of 1 hour each week", "Independent living tutor"),
                     ("1:1 budgeting check using her banking app and budget planner", "20 minutes every Monday", "Independent living tutor"),
                 ]},
                {"outcome": "E3 By July 2027, Tia will travel by bus to her placement and to Angie's house on her own, using her calming plan if she feels panicky, on 9 out of 10 journeys, as recorded in her travel log and checked by her key worker.",
                 "prov": [
                     ("Travel training on the placement and weekend routes, gradually reducing support", "1 hour weekly for 10 weeks, then review", "Key worker (trained by the Wrenfordshire independent travel training team)"),
                 ]},
                {"outcome": "E4 By July 2027, Tia will pass her driving theory test, as shown by her test certificate.",
                 "prov": []},
                {"area": "Friends, relationships, community and good health"},
                {"outcome": "E5 By July 2027, Tia will use her anxiety plan (breathing, texting her key worker, a 10-minute break) on bad days so that her attendance is at least 93%, as recorded on the college register and her wellbeing log.",
                 "prov": [
                     ("Daily check-in with her key worker at the supported flats", "10 minutes every morning at 8:15am", "Key worker (trained in trauma-informed practice)"),
                     ("1:1 wellbeing sessions on anxiety and on keeping safe with money and relationships", "45 minutes weekly", "College wellbeing officer (registered counsellor)"),
                 ]},
            ],
            [p("Progress on each outcome is reviewed with Tia every half term at her progress meeting.")]),
        ("G", [
            b("Tia will continue to see the mental health team when needed."),
            h("Health agreement"),
            p("Agreed by Dr Helen Marsh, Designated Clinical Officer, Wrenfordshire Integrated Care Board, 10 August 2026."),
        ]),
        ("H1", [p("Tia is 18 and section 2 of the Chronically Sick and Disabled Persons Act 1970 no longer applies to her; her adult social care needs are set out in H2.")]),
        ("H2", [
            b("Leaving care support from her personal adviser (Westbrook leaving care service): a visit every 8 weeks and a phone call every 2 weeks, with the pathway plan reviewed every 6 months."),
            b("Supported accommodation at the Meadowgate College flats, 38 weeks a year, with a key worker on site from 8am to 8pm, funded by Westbrook Borough Council."),
            b("Staying-close support: Tia will stay with Angie at weekends and in the holidays, with Angie paid a staying-close allowance by Westbrook Borough Council."),
            b("Maths and money tutoring: 1:1 functional maths with the college's learning support tutor, 1 hour every Thursday, working towards Functional Skills maths at Entry Level 3."),
            b("Care Act 2014 needs assessment by Wrenfordshire Adult Social Care, to be completed by March 2027, to plan support for her move to her own tenancy."),
        ]),
        ("I", [p("Meadowgate College, near Castle Marden - an independent specialist post-16 institution (approved under section 41 of the Children and Families Act 2014), with supported residential flats.")]),
        ("J", [p("No personal budget has been requested.")]),
        ("K", [
            b("Tia's views - written with Ms Ellie Shaw, College Tutor - 15 June 2026"),
            b("Former foster carer's views - Angie - 18 June 2026"),
            b("Educational advice (annual review report) - Mr Rob Lane, Head of Learning Support, Meadowgate College - 22 June 2026"),
            b("Psychological advice - Dr Ravi Sandhu, Educational Psychologist, Wrenfordshire Educational Psychology Service - 14 January 2026"),
            b("Medical advice - Community paediatrician - requested 10 March 2026, not received"),
            b("Social care advice - Mr Femi Okoye, Personal Adviser, Westbrook Borough Council Leaving Care Service - 12 June 2026"),
            b("Preparing for adulthood advice - Ms Kate Moss, Supported Employment Co-ordinator, Meadowgate College - 20 June 2026"),
            b("Work placement report - Ms Julie Ford, Manager, Little Acorns Nursery - 20 May 2026"),
        ]),
    ],
))

# ====================================================================== u112
PLANS.append(dict(
    id="u112", layout="bold-statutory",
    front=[
        ("First name", "Chloe"),
        ("Age", "16"),
        ("National Curriculum year", "Year 12 (sixth form)"),
        ("Date this plan was issued", "23 November 2026 (amended following annual review)"),
        ("Last annual review", "19.10.2026"),
        ("Looked after by", "London Borough of Eastbridge (placing authority); Chloe is a 52-week residential student at Oakleigh House School, Wrenfordshire"),
        ("Plan co-ordinator", "EHC Co-ordinator, Post-16 Special Educational Needs and Disabilities (SEND) Team"),
    ],
    sections=[
        ("A", [
            h("My views (written by me with my keyworker)"),
            p("I wrote this with my keyworker, Priya, in September 2026. She typed while I talked and I read it back and changed what I didn't like."),
            p("I'm Chloe and I'm 16. I've been at Oakleigh House for three years now and I'm in the sixth form. I live in Rowan House with four other girls. The best things in my life are my horse-riding lessons on a Wednesday, my little sister Mia (I see her every month), K-pop, and my job in the school café, where I do the till and make the toasties."),
            p("I'm proud that I've got my Entry Level 3 in English and maths and that I haven't had a big seizure since March. I'm also proud that I can cook a roast dinner now."),
            p("Things I find hard: remembering things, like where I'm meant to be and what time it is, and money. I get cross when people talk to me like a little kid. I hate it when staff change and I have to explain everything again. I worry about what happens when I'm 18 and I have to leave Oakleigh."),
            h("What I want for my future"),
            p("\u2022 I want to work in a café or a bakery, and one day run my own café."),
            p("\u2022 I want to live in my own flat with some support, near my sister."),
            p("\u2022 I want to go into town on my own with my friends."),
            p("\u2022 I want to keep riding horses."),
            h("What the people who care for Chloe say"),
            p("Chloe's social worker, Mr Adeyemi, gathered the views of her mum, Gemma, on 28 September 2026. Gemma says Chloe is \"a grafter\" and very loving, and that she is amazed how much more grown-up Chloe seems. She wants Chloe to stay safe, to have a job and to live near the family when she leaves school. The head of care at Rowan House says Chloe is a natural leader in the house, who helps new girls settle in, and that she has grown hugely in confidence since starting her café job."),
        ]),
        ("B", [
            h("What Chloe does well"),
            p("\u2022 Chloe is friendly, sociable and confident with customers: the café manager describes her as \"reliable and polite\"."),
            p("\u2022 She achieved Entry Level 3 Functional Skills in English and maths in June 2026."),
            p("\u2022 She is a capable cook and can follow a pictured recipe independently."),
            p("\u2022 She is a caring older sister and a supportive member of her house group."),
            h("Cognition and learning"),
            p("Chloe has foetal alcohol spectrum disorder (FASD) and moderate learning difficulties. Her working memory, her sense of time and her understanding of money are her main difficulties: she may know how to do something on one day and forget the next, and she can lose track of time and miss appointments. She learns best through practical, real-life tasks that are repeated many times, with visual prompts and phone reminders."),
            h("Communication and interaction"),
            p("Chloe speaks well and is easy to understand. She can say she has understood when she has not, particularly when the information is long or abstract. She needs information in short chunks and to be asked to repeat it back."),
            h("Social, emotional and mental health"),
            p("Chloe came into care at 12. She can become anxious about change, especially about leaving Oakleigh at 18, and she may become angry and shout when she feels patronised. She is trusting and can be influenced by others, particularly online, so she needs to learn to keep herself safe."),
            h("Sensory and physical"),
            p("Chloe's physical and sensory development is typical for her age. Her epilepsy is described in Section C."),
        ]),
        ("C", [
            p("Chloe has no difficulties with eating, drinking or continence, and her hearing and vision are normal. She does have epilepsy, which was diagnosed in 2021. She has had tonic-clonic seizures (where she falls and shakes) about twice a year, most recently in March 2026, and she takes lamotrigine twice a day. She has an individual healthcare plan and a prescribed rescue medicine (buccal midazolam) that must be given by trained staff if a seizure lasts more than 5 minutes. Missed doses, late nights and stress make seizures more likely, and she needs to learn to manage her own medication before she leaves care."),
            p("Chloe also has FASD, which is monitored by the paediatrician alongside her epilepsy."),
        ]),
        ("D", [
            p("Chloe is looked after by the London Borough of Eastbridge under a care order and has lived at Oakleigh House School as a 52-week residential student since September 2023. Her social care needs relate to her FASD, her epilepsy and her early experiences: she needs care from staff who understand FASD, supervision at night because of her epilepsy, protection from exploitation, support to stay in touch with her mum and sister, and planned preparation for leaving care."),
            h("How Chloe's care plan and pathway plan informed this plan"),
            p("Chloe's social worker, Mr Adeyemi, gave written advice for the annual review and attended the meeting on 19 October 2026, together with her newly allocated personal adviser. Her pathway plan (started in July 2026, when she turned 16) and her care plan set the goals of semi-independent living near her family at 18, paid work and safe use of social media; outcomes E2, E4 and E5 are built from these goals. Her Personal Education Plan (PEP), reviewed with the Eastbridge Virtual School on 6 October 2026, now uses outcomes E1 and E3 as its targets."),
        ]),
        ("E", [
            p("The outcomes below were co-produced with Chloe at her annual review. They are for July 2028 (the end of her sixth form course), with steps for July 2027."),
            p("E1 Work (employment)"),
            p("By July 2027, Chloe will gain the Level 1 Award in Food Safety in Catering and will complete a 6-week external work placement at a café in Castle Marden, one day a week, attending every session and receiving a positive report from her placement supervisor. By July 2028, she will have had an offer of a supported internship or a place on a Level 1 hospitality course at college."),
            p("E2 Money and time (independent living)"),
            p("By July 2027, Chloe will budget her weekly allowance of £30 using her banking app, keeping at least £5 back each week for 8 out of 10 weeks, and will get to her lessons, café shifts and riding on time using her phone reminders on 9 out of 10 occasions, as recorded by her keyworker."),
            p("E3 Managing her medication (good health)"),
            p("By July 2027, Chloe will take her epilepsy medication on time from a locked box in her room, without a prompt, on 13 out of 14 doses a week, checked by the waking night staff against her medication record; by July 2028 she will order her own repeat prescription."),
            p("E4 Going out (friends and community)"),
            p("By Easter 2027, Chloe will access Castle Marden town centre independently with a friend on 4 occasions, telling staff her plan and checking in by text, as recorded by the house staff."),
            p("E5 Staying safe online (friends and relationships)"),
            p("By July 2027, Chloe will name five warning signs of an unsafe online contact and show staff how to block and report someone on each app she uses, as checked by her PSHE (personal, social, health and economic education) teacher at the end of the programme."),
        ]),
        ("F", [
            p("Oakleigh House School will make the following provision. The school is responsible for the whole of this provision across the waking day, in school and in Rowan House."),
            p("Employment and learning (E1)"),
            p("- Sixth form vocational programme in a class of no more than 6 students, with a teacher and a teaching assistant, 25 hours a week, including Functional Skills English and maths at Level 1 (4 hours a week)."),
            p("- Hospitality and catering in the school café, with the café manager (a qualified chef and trained job coach), 2 shifts of 2 hours each week, in a team of no more than 4 students."),
            p("- From January 2027, a 6-week external work placement at a Castle Marden café, one day a week, with a job coach from the school on site for the first hour and a 15-minute review after each session."),
            p("- Careers guidance: a 45-minute interview with the independent careers adviser (Level 6 qualified) in the autumn term, and a 30-minute follow-up each term, including college and supported internship visits."),
            p("- Access arrangements: 25% extra time and a reader in the Food Safety assessment and all Functional Skills tests, arranged by the Examinations Officer."),
            p("Independent living (E2, E3)"),
            p("- Occupational therapy: an occupational therapist will work with Chloe 1:1 for 45 minutes on alternate Mondays across the autumn and spring terms (12 sessions), teaching her to use phone reminders, a visual planner and her banking app, then write a programme for staff."),
            p("- The occupational therapist will train Chloe's keyworker and house staff on the programme for 1 hour at the start of each term."),
            p("- Money and time programme: 1:1 with her keyworker, 30 minutes three evenings a week, following the occupational therapist's programme."),
            p("- A smartphone with a reminder app and visual planner, set up and checked fortnightly by her keyworker."),
            p("Communication, emotions and safety (E4, E5)"),
            p("- Staff will give instructions in short chunks and ask Chloe to repeat them back; this is in her one-page profile, which the SENCo (special educational needs co-ordinator) will share with all staff each September and review each term."),
            p("- PSHE online safety and healthy relationships programme, in a group of no more than 5, 1 hour weekly for the spring term 2027."),
            p("- Community access: a planned trip into Castle Marden each week, 2 hours, with staff following at a distance and then reducing to text check-ins, led by Rowan House staff trained in FASD."),
            p("- Transition planning: a named transition worker from the school will meet Chloe for 30 minutes every fortnight from September 2027 to plan her move at 18."),
        ]),
        ("G", [
            p("\u2022 Epilepsy specialist nurse (Wrenfordshire Children's Epilepsy Service): a review with Chloe and her keyworker at school every 4 months (1 hour), to review her individual healthcare plan, seizure record and medication skills."),
            p("\u2022 Training in epilepsy and buccal midazolam for all residential and school staff who work with Chloe: 2 hours, given by the epilepsy specialist nurse each September, with a 1-hour refresher in February."),
            p("\u2022 A bed seizure alarm in Chloe's room, provided and maintained by the Wrenfordshire Children's Epilepsy Service, checked weekly by waking night staff."),
            p("\u2022 Consultant paediatrician: a 30-minute clinic review every 6 months for epilepsy and FASD, including her transfer to adult neurology by her 18th birthday."),
            p("\u2022 Looked After Children's Nurse: a review health assessment once a year (next due June 2027), including sexual health and wellbeing advice."),
            p("Health agreement: Dr Simon Blake, Designated Medical Officer, Wrenfordshire Integrated Care Board, reviewed and agreed this section on 12 November 2026."),
        ]),
        ("H1", [
            p("No provision under section 2 of the Chronically Sick and Disabled Persons Act 1970 is needed while Chloe is a 52-week residential student. Short breaks with her mum and sister were considered at her looked-after review on 14 September 2026 and are covered by the family time arrangements below."),
        ]),
        ("H2", [
            p("\u2022 52-week residential care in Rowan House at Oakleigh House School, with waking night staff because of her epilepsy, funded by the London Borough of Eastbridge under Chloe's care plan."),
            p("\u2022 Social worker visits every 6 weeks, including time on her own with Chloe; looked-after reviews every 6 months."),
            p("\u2022 Personal adviser (Eastbridge leaving care service): a meeting with Chloe every 8 weeks to develop her pathway plan, and attendance at each PEP and EHC review."),
            p("\u2022 Family time with her mum and sister Mia once a month for 4 hours in Eastbridge, with transport and a support worker provided by Oakleigh House, funded by Eastbridge."),
            p("\u2022 A Care Act 2014 transition assessment by Wrenfordshire Adult Social Care, to be completed by October 2027."),
        ]),
        ("I", [p("Oakleigh House School, near Ashby Cross - an independent residential special school for students aged 11 to 19 (approved under section 41 of the Children and Families Act 2014). Chloe is a 52-week residential student.")]),
        ("J", [p("No personal budget. This was discussed with Chloe and her social worker at the annual review on 19 October 2026.")]),
        ("K", [
            p("Advice and information for the annual review:"),
            p("\u2022 Chloe's views - written with Ms Priya Nair, Keyworker, Rowan House - 21 September 2026"),
            p("\u2022 Mother's views - Gemma, gathered by Mr Tunde Adeyemi, Social Worker - 28 September 2026"),
            p("\u2022 Educational advice - Mrs Alison Reeve, Head of Sixth Form, Oakleigh House School - 30 September 2026"),
            p("\u2022 Residential care report - Ms Donna Pike, Head of Care, Oakleigh House School - 30 September 2026"),
            p("\u2022 Psychological advice - Dr Fiona Reid, Educational Psychologist, Wrenfordshire Educational Psychology Service - 5 March 2026"),
            p("\u2022 Medical advice - Dr Ben Ashworth, Consultant Paediatrician, Wrenford Hospital - 2 September 2026"),
            p("\u2022 Epilepsy nursing advice - Ms Rachel Knight, Epilepsy Specialist Nurse, Wrenfordshire Children's Epilepsy Service - 9 September 2026"),
            p("\u2022 Occupational therapy advice - Ms Sara Quinn, Occupational Therapist, Oakleigh House School - 15 September 2026"),
            p("\u2022 Review health assessment - Ms Aisha Khan, Looked After Children's Nurse - 18 June 2026"),
            p("\u2022 Social care advice - Mr Tunde Adeyemi, Social Worker, Children Looked After Team, London Borough of Eastbridge - 2 October 2026"),
            p("\u2022 Preparing for adulthood advice - Mr Sam Hughes, Careers Adviser, Wrenfordshire Careers Service - 25 September 2026"),
            p("\u2022 Personal Education Plan - Ms Carol Dunn, Education Adviser, Eastbridge Virtual School - 6 October 2026"),
        ]),
    ],
))


def main():
    os.makedirs(OUT, exist_ok=True)
    for plan in PLANS:
        doc = RENDER[plan["layout"]](plan)
        doc.save(os.path.join(OUT, plan["id"] + ".docx"))
        print("wrote", plan["id"], plan["layout"])


if __name__ == "__main__":
    main()
