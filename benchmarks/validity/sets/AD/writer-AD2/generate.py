#!/usr/bin/env python3
"""Generator for blind test set AD2 (writer AD2).

Twelve fictional, anonymised EHC plans for the fictional Wrenford Metropolitan Borough
Council (a Black Country borough). Plan text is held below as Python data; there is one
renderer per layout: ef-table, bold-statutory, shaded-heading-table.

Run:  /work/blind/.venv-AD2/bin/python generate.py
Writes plans/ad201.docx ... plans/ad212.docx and checks every `why` quote in labels.yaml.
"""
import os, re, sys
import docx
from docx.shared import Pt, RGBColor
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

HERE = os.path.dirname(os.path.abspath(__file__))
COUNCIL = "Wrenford Metropolitan Borough Council"
SERVICE = "Special Educational Needs and Disabilities (SEND) Assessment and Review Team"

SHORT = {
    "A": "Section A: Views, interests and aspirations",
    "B": "Section B: Special educational needs",
    "C": "Section C: Health needs related to special educational needs",
    "D": "Section D: Social care needs related to special educational needs or disability",
    "E": "Section E: Outcomes",
    "F": "Section F: Special educational provision",
    "EF": "Sections E and F: Outcomes and the special educational provision to meet them",
    "G": "Section G: Health provision",
    "H1": "Section H1: Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970",
    "H2": "Section H2: Other social care provision",
    "I": "Section I: Placement",
    "J": "Section J: Personal budget",
    "K": "Section K: Advice and information",
}
LONG = {
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
    "J": "Section J: Where there is a personal budget, the details of how it will support particular outcomes, the provision it will be used for and the arrangements for any direct payments",
    "K": "Section K: The advice and information gathered during the education, health and care needs assessment",
}
ORDER = ["A", "B", "C", "D", "E", "F", "G", "H1", "H2", "I", "J", "K"]


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def bold_para(doc, text, size=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    if size:
        r.font.size = Pt(size)
    return p


def add_table(doc, header, rows, head_fill="D9E2F3"):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for i, h in enumerate(header):
        c = t.rows[0].cells[i]
        c.text = ""
        c.paragraphs[0].add_run(h).bold = True
        shade(c, head_fill)
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    doc.add_paragraph()
    return t


def add_ef_table(doc, header, rows):
    """rows: ('area', text) or (outcome_text, [(provision, frequency, who), ...])"""
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(header):
        c = t.rows[0].cells[i]
        c.text = ""
        c.paragraphs[0].add_run(h).bold = True
        shade(c, "C5E0B3")
    for row in rows:
        if row[0] == "area":
            cells = t.add_row().cells
            m = cells[0].merge(cells[3])
            m.text = ""
            m.paragraphs[0].add_run(row[1]).bold = True
            shade(m, "E2EFD9")
            continue
        outcome, provs = row
        first = None
        last = None
        for j, (prov, freq, who) in enumerate(provs):
            cells = t.add_row().cells
            if j == 0:
                cells[0].text = outcome
                first = cells[0]
            last = cells[0]
            cells[1].text = prov
            cells[2].text = freq
            cells[3].text = who
        if last is not first:
            first.merge(last)
    doc.add_paragraph()
    return t


def add_blocks(doc, blocks, layout):
    for b in blocks:
        k = b[0]
        if k == "p":
            doc.add_paragraph(b[1])
        elif k == "h":
            if layout == "ef-table":
                doc.add_heading(b[1], level=2)
            else:
                bold_para(doc, b[1])
        elif k == "b":
            char = b[2] if len(b) > 2 else "•"
            for it in b[1]:
                sub = it.startswith(">")
                txt = it[1:] if sub else it
                if layout == "ef-table":
                    doc.add_paragraph(txt, style="List Bullet 2" if sub else "List Bullet")
                elif layout == "shaded-heading-table" and not sub and char == "style":
                    doc.add_paragraph(txt, style="List Bullet")
                else:
                    c = "o" if sub else ("•" if char == "style" else char)
                    p = doc.add_paragraph(("      " if sub else "") + c + " " + txt)
        elif k == "t":
            add_table(doc, b[1], b[2])
        elif k == "ef":
            add_ef_table(doc, b[1], b[2])
        elif k == "q":  # quoted words of the child, italic
            p = doc.add_paragraph()
            p.add_run(b[1]).italic = True
        else:
            raise ValueError(k)


def header_footer(doc, plan):
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = COUNCIL + " - Education, Health and Care (EHC) Plan"
    sec.footer.paragraphs[0].text = "EHC plan for " + plan["name"] + " - " + plan["footer"]


def title_block(doc, plan):
    bold_para(doc, COUNCIL, 14)
    bold_para(doc, "Education, Health and Care (EHC) Plan", 16)
    doc.add_paragraph(SERVICE)


def front_table(doc, plan):
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for lab, val in plan["front"]:
        cells = t.add_row().cells
        cells[0].text = ""
        cells[0].paragraphs[0].add_run(lab).bold = True
        shade(cells[0], "F2F2F2")
        cells[1].text = val
    doc.add_paragraph()


def closing(doc, plan, layout):
    doc.add_paragraph(plan["signoff"])


def render_ef(plan):
    doc = docx.Document()
    header_footer(doc, plan)
    title_block(doc, plan)
    bold_para(doc, "About this plan")
    front_table(doc, plan)
    for s in ORDER:
        if s == "F":
            continue
        if s == "E":
            doc.add_heading(SHORT["EF"], level=1)
            add_blocks(doc, plan["EF"], "ef-table")
            continue
        doc.add_heading(SHORT[s], level=1)
        add_blocks(doc, plan[s], "ef-table")
    closing(doc, plan, "ef-table")
    return doc


def render_bold(plan):
    doc = docx.Document()
    header_footer(doc, plan)
    title_block(doc, plan)
    for lab, val in plan["front"]:
        p = doc.add_paragraph()
        p.add_run(lab + " ").bold = True
        p.add_run(val)
    doc.add_paragraph()
    for s in ORDER:
        bold_para(doc, LONG[s])
        add_blocks(doc, plan[s], "bold-statutory")
    closing(doc, plan, "bold-statutory")
    return doc


def render_shaded(plan):
    doc = docx.Document()
    header_footer(doc, plan)
    title_block(doc, plan)
    front_table(doc, plan)
    for s in ORDER:
        t = doc.add_table(rows=1, cols=1)
        t.style = "Table Grid"
        c = t.rows[0].cells[0]
        c.text = ""
        r = c.paragraphs[0].add_run(SHORT[s])
        r.bold = True
        r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        shade(c, "1F4E79")
        add_blocks(doc, plan[s], "shaded-heading-table")
    closing(doc, plan, "shaded-heading-table")
    return doc


RENDER = {"ef-table": render_ef, "bold-statutory": render_bold, "shaded-heading-table": render_shaded}

PLANS = []

# ---------------------------------------------------------------- ad201 (ef-table, SOUND)
PLANS.append(dict(
    id="ad201", layout="ef-table", name="Alina", footer="Final plan, July 2026",
    front=[
        ("First name", "Alina"),
        ("Education phase and year", "Early years - Nursery (Foundation Stage 1)"),
        ("Age", "3 years 5 months"),
        ("Home languages", "Romanian (main language at home); some English"),
        ("Date this plan was issued", "22 July 2026"),
        ("Date of last annual review", "Not yet due. This is Alina's first plan; it will be reviewed six-monthly while she is under five, first by 22 January 2027."),
        ("EHC co-ordinator", "Jas Bains, EHC Co-ordinator (Early Years)"),
        ("Interpreter", "A Romanian interpreter supported every meeting with Alina's family."),
    ],
    A=[
        ("h", "What people like and admire about Alina"),
        ("p", "Alina is a smiley, determined little girl who loves music, water and anything that spins. Staff at Wrenford Nursery School say she has a lovely sense of humour: she laughs when her key worker pretends to sneeze and will ask for the game again by pulling her hand. She is affectionate with her baby brother and her grandmother, and she is beginning to wave to the other children when she arrives."),
        ("p", "Alina is good at puzzles with large pieces, she remembers where things are kept in the nursery and she will fetch her own coat and bag from her peg when the tidy-up song plays. She copies actions in songs such as 'Wheels on the Bus' and now joins in with three or four actions."),
        ("h", "How we found out what Alina thinks (observation and play)"),
        ("p", "Alina is three and uses a few single words in Romanian and English, so her views were gathered by the people who know her best. Her key worker, Mrs Pearce, watched and played with her over four sessions in April 2026 and wrote down what Alina chose, what made her smile and what upset her. Alina's mum also kept a short diary at home for two weeks and shared it through the interpreter."),
        ("b", [
            "Alina chooses the water tray and the bubble machine first, almost every day.",
            "She takes an adult's hand to show them what she wants, and says 'more' or 'mai' (more in Romanian) to keep a game going.",
            "She becomes upset and covers her ears when the hand dryer in the toilets is used; she is calm again quickly if an adult sings to her.",
            "She watches other children closely in the home corner and smiles when they include her.",
        ]),
        ("h", "What Alina's family say"),
        ("p", "Alina's mum and dad came to Wrenford from Romania in 2022. They told us, with the help of the interpreter, that Alina is 'a happy girl who knows what she wants'. Up to last winter they had hoped Alina would simply catch up with her cousins, but since she started nursery they have seen that she needs more help with talking, playing with others and eating. Mum worries that Alina eats only a few foods and that she was told by the doctor that Alina's iron is low. Dad would like Alina to be able to tell them when she is hungry, hurt or needs the toilet."),
        ("p", "The family want to keep speaking Romanian at home. They were pleased to hear from the speech and language therapist that this is the right thing to do and will not hold back Alina's English."),
        ("h", "Hopes and aspirations for the future"),
        ("b", [
            "Mum and Dad hope Alina will talk with them in Romanian and with her friends in English.",
            "They would like her to start Reception at a local primary school with the right help, and to have friends there.",
            "They want her to eat a wider range of family meals, including her grandmother's soup.",
            "They hope she will be as independent as possible, starting with feeding herself and using the toilet.",
        ]),
    ],
    B=[
        ("p", "This section is based on the advice listed in Section K. Alina has global developmental delay: her development in most areas is about half of what is typical for her age. She is also learning English as an additional language (EAL), and the speech and language therapist has confirmed that her delay is present in Romanian as well as English, so it is not explained by her learning a second language."),
        ("h", "Communication and interaction"),
        ("p", "Alina has access to both Romanian and English at home and at nursery. She understands familiar words in context, such as 'coat', 'drink' and 'home time', when they are said with a gesture. She uses about 15 single words across both languages and she points and leads adults by the hand. She finds it hard to share attention with an adult on a toy for more than a minute or so, and she does not yet respond to her name every time. She needs adults to use short, simple language with gestures and objects, and to follow her lead in play."),
        ("h", "Cognition and learning"),
        ("p", "Alina learns best through play, repetition and routine. She can complete a four-piece inset puzzle, post shapes and match identical pictures. She is beginning to explore how toys work, for example pressing buttons to make sounds. She needs activities broken into small steps and lots of chances to repeat them."),
        ("h", "Social, emotional and mental health"),
        ("p", "Alina is mostly happy and settled. She plays alongside other children but rarely with them. Loud, sudden noises upset her. She needs an adult nearby to help her take turns and to help her calm when she is distressed."),
        ("h", "Sensory and/or physical, and independence"),
        ("p", "Alina walks, runs and climbs well. Her hand skills are developing: she holds a chunky crayon in her fist and makes marks. She eats a very small range of foods (see Section C) and she is not yet toilet trained. She needs help with dressing, eating and toileting."),
    ],
    C=[
        ("p", "Alina's hearing was tested by the Children's Audiology Service in January 2026 and is in the typical range, and she has no trouble with her eyesight, but she does have two health needs that affect her learning and development:"),
        ("b", [
            "Restricted eating: Alina eats about eight foods, mostly dry and beige foods such as crackers and plain pasta. She gags on new textures. The paediatric dietitian has advised that her diet is low in iron and fibre.",
            "Iron-deficiency anaemia: a blood test in February 2026 showed that Alina's iron is low, which can make her tired. The community paediatrician has prescribed an iron supplement.",
        ]),
        ("p", "The community paediatrician also confirmed Alina's global developmental delay and will continue to monitor her development."),
    ],
    D=[
        ("p", "Alina has no social care needs relating to her special educational needs at present. This is based on the screening of her needs by the Children with Disabilities Team on 14 April 2026, which found that her care needs are those expected for a young child with her level of development and are fully met by her family."),
        ("p", "The family were given information about the Wrenford Local Offer, including the free 'Stay and Play' sessions for under-fives at Wrenford North Family Hub, and about short breaks for disabled children. They told us they do not want early help or short breaks now and know how to ask for them later."),
    ],
    EF=[
        ("p", "Each outcome below was co-produced with Alina's parents and nursery staff at the planning meeting on 8 June 2026. The provision in the same row is what must be put in place to help Alina achieve it. Progress will be measured by her key worker, who will keep a record and share it with the family each half term."),
        ("ef", ["Outcome (what Alina will achieve)", "Provision", "How often and how long", "Who"], [
            ("area", "Communication and interaction"),
            ("E1. By January 2027, Alina will use 30 different single words or signs (in Romanian, English or Makaton, a signing system used alongside speech) to ask for things she wants. Her key worker will keep a word list with help from Mum. (Builds on her parents' hope that she will talk with them and with friends.)", [
                ("Speech and language therapy: a speech and language therapist (SLT) from the Children's Speech and Language Therapy Service assesses Alina and writes a communication programme in Romanian and English, then reviews it with her key worker and parents.", "Three visits of one hour each term", "Children's Speech and Language Therapy Service"),
                ("Alina's communication programme (for example 'ready, steady, go' games and choice-making with real objects), delivered 1:1.", "Daily, 10 minutes, on each day she attends", "Key worker, trained by the SLT"),
                ("All adults use Makaton signs for key words with Alina, and a visual timetable of photographs for the nursery session.", "Throughout every session", "All nursery staff; Makaton training for the room team (one three-hour session) arranged by the nursery's special educational needs co-ordinator (SENCo) by October 2026"),
            ]),
            ("E2. By July 2027, Alina will take turns with one other child in a simple game (such as rolling a ball or posting shapes) for 3 turns each, on 4 out of 5 days, as recorded by her key worker.", [
                ("Small-group play session using Attention Autism stages 1 and 2 (a structured programme to build shared attention), in a group of no more than 4 children.", "Four times a week, 15 minutes", "Nursery practitioner who has completed Attention Autism training"),
                ("Adult-supported turn-taking in free play with Alina and one other child, with the adult modelling the words 'my turn' and 'your turn' in both languages.", "Daily, 10 minutes", "Key worker"),
            ]),
            ("area", "Cognition and learning"),
            ("E3. By January 2027, Alina will complete 3 different activities from her individual work tray (for example a puzzle, a posting box and a matching board) from start to finish with one spoken or signed prompt, on 3 days out of 4, recorded on her tray record sheet.", [
                ("Individual 'tray time' with a visual 'first and then' board, 1:1 with an adult.", "Daily, 10 minutes", "Key worker"),
                ("An educational psychologist (EP) visits to observe Alina, advise staff on next steps in her learning and review progress towards this outcome with the SENCo.", "Once each term for two hours", "Educational Psychology Service, Wrenford"),
            ]),
            ("area", "Social, emotional and mental health"),
            ("E4. By July 2027, when she hears a sudden loud noise, Alina will use her ear defenders or go to the quiet tent and be calm again within 5 minutes, on 4 out of 5 occasions, as logged by nursery staff.", [
                ("Ear defenders, kept in Alina's bag and on her peg, provided and replaced when worn by the nursery SENCo.", "Available every session", "Nursery SENCo"),
                ("A quiet tent with soft lighting in the nursery room, set up by the nursery manager, and a short calming song that all staff use with her.", "Every session", "Nursery manager; all nursery staff"),
            ]),
            ("area", "Sensory and/or physical, and independence"),
            ("E5. By July 2027, Alina will feed herself with a spoon at snack and lunch, and will try (touch, lick or taste) at least one new food each week, so that her food diary shows 15 different foods, including 2 foods high in iron. Her key worker and Mum will keep the shared food diary. (Builds on the family's hope that she will eat family meals.)", [
                ("A messy play and food-exploration programme written by the paediatric dietitian, carried out 1:1 with no pressure to eat.", "Three times a week, 15 minutes", "Key worker, following the dietitian's programme"),
                ("A child-sized spoon and a bowl with a suction base, provided by the nursery, and seating with Alina's feet supported.", "Every snack and lunch", "Nursery SENCo"),
            ]),
            ("E6. By July 2027, Alina will tell an adult she needs the toilet (by word, sign or picture) and use the toilet with adult help on at least 3 occasions a day, as recorded on her toileting chart.", [
                ("A toileting plan agreed with Alina's parents, using the same picture card and words at home and nursery; Alina is taken to the toilet at set times.", "Every 90 minutes during each session", "Key worker and a second named practitioner"),
            ]),
        ]),
        ("h", "Whole-setting provision"),
        ("b", [
            "Alina attends for 15 hours a week (five mornings). From September 2026, Alina will have an additional adult in her room for the whole of each session, so that her key worker can give the 1:1 and small-group work above. This is funded through the local authority's early years inclusion funding.",
            "The nursery SENCo will hold a review meeting with Alina's parents, with the interpreter, each half term for 30 minutes to share her records and agree next steps.",
            "May 2027: the SENCo will arrange two visits with Alina's parents to the primary school named for Reception, and will share this plan and her communication programme with the new class teacher by 30 June 2027.",
        ]),
    ],
    G=[
        ("b", [
            "Paediatric dietitian, Black Country Healthcare: three appointments of 45 minutes at home or at nursery between September 2026 and February 2027, to review Alina's food diary and update her food-exploration programme, then review.",
            "Community paediatrician: a clinic review every six months (30 minutes), including repeating the iron blood test in November 2026 and reviewing the supplement dose.",
            "Iron supplement: prescribed by the community paediatrician and given by Alina's parents at home once a day. No medicine is needed at nursery. Parents can contact the paediatrician's secretary when needed between appointments.",
        ]),
        ("p", "Health agreement: the health provision in this section was reviewed and agreed on behalf of the Black Country Integrated Care Board (ICB) by Helen Marsh, Designated Clinical Officer, on 15 July 2026."),
    ],
    H1=[("p", "None. See Section D: no social care needs were identified by the Children with Disabilities Team, and the family have information about short breaks and early help.")],
    H2=[("p", "None at present. The family may contact the Wrenford North Family Hub at any time to ask for early help.")],
    I=[("p", "Wrenford Nursery School (a maintained nursery school), 15 hours a week. Alina will move to Reception in September 2027; the school will be named at her review in January 2027.")],
    J=[("p", "No personal budget has been requested.")],
    K=[
        ("t", ["Advice and information", "Given by", "Date"], [
            ["Parents' views and family diary (with interpreter)", "Alina's mother and father", "12 March 2026"],
            ["Educational advice (nursery report)", "Claire Pearce, key worker, and Nadia Hussain, SENCo, Wrenford Nursery School", "20 April 2026"],
            ["Psychological advice", "Dr Tom Ellis, Educational Psychologist, Wrenford Educational Psychology Service", "28 April 2026"],
            ["Medical advice", "Dr Priya Raman, Community Paediatrician, Black Country Healthcare", "18 February 2026"],
            ["Speech and language therapy advice", "Leanne Cole, Speech and Language Therapist", "26 March 2026"],
            ["Dietetic advice", "Sam Okoro, Paediatric Dietitian", "9 April 2026"],
            ["Hearing test result", "Children's Audiology Service (audiologist's letter)", "15 January 2026"],
            ["Social care advice (screening)", "Marcus Reid, Social Worker, Children with Disabilities Team", "14 April 2026"],
        ]),
    ],
    signoff="Signed on behalf of Wrenford Metropolitan Borough Council: Jas Bains, EHC Co-ordinator, 22 July 2026.",
))

# ---------------------------------------------------------------- ad202 (bold-statutory, FAIL)
PLANS.append(dict(
    id="ad202", layout="bold-statutory", name="Tomáš", footer="Amended following annual review",
    front=[
        ("First name:", "Tomáš"),
        ("Education phase and year:", "Secondary - Year 9"),
        ("Home languages:", "Slovak and Romani; Tomáš understands some English"),
        ("Date this plan was issued:", "3 March 2026"),
        ("Date of last annual review:", "5 February 2026"),
        ("EHC co-ordinator:", "Jas Bains, EHC Co-ordinator"),
    ],
    A=[
        ("p", "About me (gathered by my form tutor and the school's Slovak-speaking teaching assistant, using my own words and photographs during two sessions in January 2026):"),
        ("b", [
            "My name is Tomáš. I am 14. I live with my mum, my dad, my brother Jakub and my two sisters.",
            "I like football. I support Wolves. I like my uncle's car wash - I help him to wash the cars on Saturday.",
            "I like the café at school and I like cooking toast.",
            "I don't like it when the class is loud. I don't like writing.",
            "When I am older I want to work with cars like my uncle. I want to go to Slovakia to see my grandma.",
        ], "-"),
        ("p", "What my family say: Tomáš's mum and dad spoke to us with a Slovak interpreter. They said Tomáš is kind, funny and very helpful at home. He is always the first to help when his grandmother visits. Tomáš enjoy being with his older cousins and they include him in their football games in the park. His parents worry that he finds it hard to keep up with reading and money, and that he sometimes 'switches off' for a few seconds. They would like him to learn to be safe in the community, to cook simple meals and to have a job one day. They hope he can live in his own flat with some help when he is an adult."),
        ("p", "Tomáš's strengths: he is friendly and polite, he remembers routes very well, he is strong and practical, and he works hard at practical tasks. Staff say he is a good team member in PE (physical education) and in the school café."),
    ],
    B=[
        ("p", "Tomáš has severe learning difficulties (SLD). He attends The Meadows School, a special school for secondary-age pupils in the Canalside Special Schools Federation."),
        ("p", "Communication and interaction: Tomáš understands short sentences in Slovak and simple English sentences when they are supported by signs and pictures. He speaks in phrases of two to four words. He uses Makaton (signs and symbols used alongside speech) with staff. He finds it hard to to wait for his turn to speak in a group and can talk over others. He needs a adult to check he has understood instructions, and visual supports for new vocabulary."),
        ("p", "Cognition and learning: Tomáš is working at the early stages of the school's pre-formal and semi-formal curriculum. He reads about 20 familiar words by sight, including his name, the days of the week and key signs such as 'exit' and 'toilet'. He counts objects to 10 and recognises coins to 20p. He were assessed by the educational psychologist in December 2025, who found that he learns best through practical, hands-on tasks with lots of repetition."),
        ("p", "Social, emotional and mental health: Tomáš is sociable and has two good friends in his class. He becomes anxious in noisy places such as the dining hall and sometimes leaves the room. He needs a calm space he can go to and an adult who can help him to name how he feels."),
        ("p", "Sensory, physical and independence: Tomáš has good gross motor skills. His fine motor skills are weaker and he finds handwriting tiring. He can dress himself but needs reminders with buttons and laces. He is learning to prepare simple snacks and to handle money in shops."),
    ],
    C=[
        ("p", "Tomáš has epilepsy. He was diagnosed with absence seizures in 2024 by the paediatric neurology service. He takes medication twice a day at home. Staff have noticed that he still has brief absences in school, several times a week, when he stares and stops responding for a few seconds, and he can miss what has been said."),
        ("p", "Tomáš is also above a healthy weight for his age and height. The school nurse is supporting a healthy eating plan with him and his family."),
    ],
    D=[
        ("p", "The Children with Disabilities Team carried out a social care assessment on 20 January 2026. This found that Tomáš does not have social care needs relating to his special educational needs that require a service: his family meet his care needs well. Tomáš and his brother shares a bedroom and the family would like more space, but this is a housing matter and the family have been helped to apply to the council's housing team."),
        ("p", "The family were given information about short breaks and the Wrenford Local Offer. Tomáš already goes to the Saturday youth club at Tipton Road Community Centre, which is open to all young people, and the family told us they do not want a short break service now."),
    ],
    E=[
        ("p", "Tomáš's outcomes were agreed at his Year 9 annual review on 5 February 2026. They look ahead to the end of Key Stage 3 and Year 10."),
        ("b", [
            "E1 (Cognition and learning): Tomáš will receive 1:1 support from a teaching assistant in all English and maths lessons.",
            "E2 (Communication and interaction): Tomáš is given a visual timetable at the start of each day and an adult goes through it with him.",
            "E3 (Communication and interaction): Staff will use Makaton signs and symbols with Tomáš throughout the school day.",
            "E4 (Independent living): By February 2027, Tomáš will make a hot drink and a sandwich by himself, following a picture recipe, with no more than one spoken prompt, on 4 out of 5 attempts recorded by the food technology teacher.",
            "E5 (Friends, relationships and community): By February 2027, Tomáš will buy two items at the local shop with one adult nearby, choosing the right coins to £2 and checking his change, on 3 consecutive weekly trips, as recorded on his community skills log.",
            "E6 (Employment): By July 2027, Tomáš will complete the school's car-valeting work experience, washing and drying a car by following a 6-step picture sequence with no adult help on 4 of the last 5 sessions, as recorded by the vocational tutor. This builds on his wish to work with cars like his uncle.",
            "E7 (Good health): By February 2027, Tomáš will choose a healthy lunch option from the school menu on at least 4 days a week, as recorded on his lunch card by the lunchtime supervisor.",
        ], "•"),
    ],
    F=[
        ("p", "Cognition and learning"),
        ("b", [
            "A class of no more than 10 pupils with a teacher and two teaching assistants for all lessons.",
            "1:1 support from a teaching assistant for English and maths lessons (five one-hour lessons of each a week), to break tasks into small steps and check understanding.",
            "A daily 20-minute 1:1 reading session using a sight-vocabulary programme, delivered by a teaching assistant trained by the class teacher.",
            "An educational psychologist will visit once a term for two hours to review Tomáš's progress and advise staff.",
        ], "•"),
        ("p", "Communication and interaction"),
        ("b", [
            "A visual timetable, prepared by the class teaching assistant each morning and gone through with Tomáš 1:1 for 5 minutes at the start of the day.",
            "All staff who work with Tomáš use Makaton signs and symbols throughout the day; the school's speech and language therapist will train new staff in a two-hour session each September.",
            "Speech and language therapy: the school-based speech and language therapist will work with Tomáš in a group of no more than 4 pupils for 30 minutes each week on turn-taking and listening in conversation, and will review his targets each half term.",
        ], "•"),
        ("p", "Social, emotional and mental health"),
        ("b", [
            "A named calm space (the 'Blue Room') that Tomáš can use when the dining hall is too noisy; he will eat lunch in the small dining room with no more than 8 pupils each day.",
            "A weekly 30-minute 'Zones of Regulation' session (a programme that teaches pupils to recognise and manage their feelings) in a group of no more than 6 pupils, led by the class teacher.",
        ], "•"),
        ("p", "Sensory, physical and independence"),
        ("b", [
            "A daily 10-minute hand skills activity, 1:1 with a teaching assistant, following a programme written by the school's occupational therapist, who will review it with the teaching assistant once a term for one hour.",
            "A teaching assistant gives Tomáš spoken and picture prompts for buttons and laces when he changes for PE (twice a week), fading the prompts as he gains the skills.",
        ], "•"),
    ("p", "Preparing for adulthood"),
        ("b", [
            "Independent living: cookery sessions in the food technology room, twice a week for one hour, in a group of no more than 6 pupils, led by the food technology teacher.",
            "Community: a weekly community skills trip of one hour to local shops, with a ratio of one adult to two pupils, led by a teaching assistant.",
            "Employment: one afternoon a week (2 hours) in the school's car-valeting and vocational unit, with a vocational tutor, in a group of no more than 5 pupils, from April 2026.",
            "From Year 10, the school's careers adviser will meet Tomáš and his parents once a term for 45 minutes to plan his next steps after Year 11.",
        ], "•"),
    ],
    G=[
        ("b", [
            "The school nurse will meet Tomáš and his mum once each half term for 30 minutes at school to review his healthy eating plan and check his weight, with an interpreter booked by the school.",
        ], "•"),
    ],
    H1=[("p", "None. See Section D.")],
    H2=[("p", "None. The family have information about short breaks and the Local Offer (see Section D).")],
    I=[("p", "The Meadows School, Wrenford: a community special school for pupils aged 11 to 19 with severe and profound learning difficulties.")],
    J=[("p", "No personal budget has been requested.")],
    K=[
        ("p", "Advice and information considered at the annual review and for this plan:"),
        ("b", [
            "Tomáš's views: gathered by his form tutor, Miss Walsh, and a Slovak-speaking teaching assistant, 14 January 2026.",
            "Parents' views, with a Slovak interpreter: 5 February 2026.",
            "Educational advice: annual review report, Mrs Kaur, Class Teacher, The Meadows School, 22 January 2026.",
            "Psychological advice: Dr Ben Adeyemi, Educational Psychologist, 10 December 2025.",
            "Medical advice: Dr Laura Finch, Consultant Paediatric Neurologist, letter of 3 November 2025.",
            "School nursing advice: Kerry Hale, School Nurse, 16 January 2026.",
            "Speech and language therapy report: Amy Moss, Speech and Language Therapist, 12 January 2026.",
            "Social care advice: Gavin Price, Social Worker, Children with Disabilities Team, 20 January 2026.",
            "Preparing for adulthood advice: Sunita Gill, Careers and Transition Adviser, Wrenford Careers Service, 5 February 2026.",
        ], "-"),
    ],
    signoff="Signed on behalf of Wrenford Metropolitan Borough Council: Jas Bains, EHC Co-ordinator, 3 March 2026.",
))

# ---------------------------------------------------------------- ad203 (shaded-heading-table, SOUND)
PLANS.append(dict(
    id="ad203", layout="shaded-heading-table", name="Amelia", footer="Amended plan, April 2026",
    front=[
        ("First name", "Amelia"),
        ("Education phase and year", "Primary - Year 2 (Key Stage 1)"),
        ("Date this plan was issued", "09/04/2026"),
        ("Date of last annual review", "12 March 2026"),
        ("Home language", "English"),
        ("EHC co-ordinator", "Rachel Lowe, EHC Co-ordinator"),
    ],
    A=[
        ("p", "Amelia is seven and lives with her mum, her dad and her little sister, Poppy, in Wednesbury. She has Down syndrome. Everyone who knows Amelia says she is kind, funny and full of energy. She loves music, dancing and swimming, and she is a loyal friend."),
        ("p", "Amelia's views, in her own words. Amelia talks in short sentences and uses Makaton (signs and symbols used alongside speech). Her teaching assistant, Mrs Kaur, talked with her using a symbol board and photographs in February 2026 and wrote down exactly what she said:"),
        ("q", "\"I like singing. I like Miss Kaur. I like swimming - I'm fast!\""),
        ("q", "\"I don't like the loud hall. I don't like writing, it hurts my hand.\""),
        ("q", "\"I want to read to Poppy. I want to go to Brownies with Lily.\""),
        ("p", "What Mum and Dad say: \"Amelia has come on so much this year. She is reading her first books and she tells us about her day. We want her to stay at her school with the friends she has grown up with, and to keep being included in everything. We worry about her toileting because she gets upset when she has an accident at school, and we know her speech can stop other children understanding her.\""),
        ("p", "What Amelia is good at: she remembers the words and actions to every song; she recognises 40 words by sight; she can count to 10; she helps younger children in the playground; she takes part in PE (physical education) with confidence; and she is brave about trying new things."),
        ("h", "Hopes and aspirations for the future"),
        ("b", [
            "Amelia wants to read stories to her sister and to go to Brownies with her friend Lily.",
            "Amelia wants to swim 'a long way' and get a swimming badge.",
            "Mum and Dad hope Amelia will go to her local secondary school with her friends and, in the longer term, have a job she enjoys and live as independently as possible.",
        ], "style"),
    ],
    B=[
        ("p", "Amelia's special educational needs arise from Down syndrome. The multi-agency team who contributed to this plan agree that her needs are mainly in communication, learning and physical (hand) skills. The advice in Section K has been used to write this section."),
        ("h", "Communication and interaction"),
        ("p", "Amelia understands much of what is said to her in familiar routines, especially when adults use signs and pictures. She speaks in sentences of two to four words, but her speech is not always clear to people who do not know her, and she can become frustrated when she is not understood. She needs adults to give her time to answer, to use Makaton alongside speech and to model clear sentences back to her."),
        ("h", "Cognition and learning"),
        ("p", "Amelia is working below the level expected for Year 2 in reading, writing and maths. She reads 40 words by sight and is beginning to blend three-letter words. She counts objects to 10 and is learning to add two small groups. She learns best through visual materials, repetition and short, focused tasks, and she needs regular movement breaks to stay focused. Her short-term memory for things she hears is a particular difficulty."),
        ("h", "Social, emotional and mental health"),
        ("p", "Amelia is sociable and popular. She sometimes copies other children's behaviour without understanding the rules of a game, and she can refuse to move on from an activity she enjoys. She needs clear warnings before changes and help to understand the rules of games with other children."),
        ("h", "Sensory and/or physical"),
        ("p", "Amelia has low muscle tone, which makes handwriting and fastening clothes hard and tiring for her. She holds a pencil with her whole hand. She finds large, echoing rooms such as the school hall noisy and unsettling."),
    ],
    C=[
        ("p", "Amelia had an operation on her heart when she was a baby and her heart no longer causes her any difficulty, but she does have these health needs:"),
        ("b", [
            "An underactive thyroid gland (hypothyroidism). This is well controlled with a tablet she takes at home every morning. It needs a blood test once a year.",
            "Daytime wetting. Amelia is not yet reliably dry during the day and has two or three accidents a week at school. The children's continence nurse has assessed her and found no medical cause other than her low muscle tone and delayed development.",
        ], "style"),
    ],
    D=[
        ("p", "Amelia has no social care needs relating to her special educational needs. This is based on the social care advice from the Children with Disabilities Team (screening on 3 February 2026), which found that her family meet her care needs. The family have information about the short breaks Local Offer and the Wrenford Down Syndrome Family Group, and they have chosen not to ask for a short break service at present."),
    ],
    E=[
        ("p", "These outcomes were agreed with Amelia's parents and school at her annual review on 12 March 2026. Progress will be checked at her next review in March 2027."),
        ("t", ["Outcome", "By when", "How we will know"], [
            ["E1. Amelia will read a simple book (such as a Book Band 2 reading book) aloud to her sister, reading at least 8 out of 10 words correctly. (From her wish to read to Poppy.)", "March 2027", "Reading record kept by the class teacher; Mum records home reading in the reading diary."],
            ["E2. Amelia will speak in sentences of 5 or more words to tell an adult about something she has done, so that an unfamiliar adult can understand at least 3 out of 4 sentences.", "March 2027", "Termly recording and check by the speech and language therapist."],
            ["E3. Amelia will write her first name and copy a short sentence of 4 words holding her pencil between her thumb and two fingers (a tripod grip).", "March 2027", "Samples of her writing dated each half term by the class teacher."],
            ["E4. Amelia will play a simple game with rules (such as a board game or 'What's the time, Mr Wolf?') with 2 or 3 friends, taking turns and following the rules, for 10 minutes without adult help, on 3 out of 4 observed occasions. (From her wish to join Brownies with Lily.)", "March 2027", "Playground and classroom observations recorded by the teaching assistant."],
            ["E5. Amelia will tell an adult when she needs the toilet and be dry during the school day for 4 out of 5 days in a week, for 4 weeks running.", "December 2026", "Toileting record kept by the teaching assistant and shared weekly with Mum."],
            ["E6. Amelia will receive her 10-metre swimming certificate, swimming 10 metres without a float at school swimming lessons.", "July 2027", "Certificate awarded by the swimming instructor."],
        ]),
    ],
    F=[
        ("p", "Amelia attends a mainstream class of 28 pupils with a class teacher. The provision below is in addition to what the school offers to all pupils."),
        ("t", ["Provision", "How often and for how long", "Group size", "Who"], [
            ["Additional adult support in class to make Amelia's learning visual, break tasks into small steps and check her understanding.", "25 hours a week (all lessons)", "1:1 or in a group of no more than 4", "A teaching assistant with Makaton training, directed by the class teacher"],
            ["A structured reading programme using the See and Learn approach (a programme designed for children with Down syndrome).", "Daily, 20 minutes", "1:1", "Teaching assistant, trained by the special educational needs co-ordinator (SENCo)"],
            ["A number programme using practical equipment (counters, number lines).", "Four times a week, 15 minutes", "Group of no more than 3", "Teaching assistant, planned by the class teacher"],
            ["Speech and language therapy: the speech and language therapist (SLT) will see Amelia on her own in school on Tuesday mornings, for a block of six weekly sessions of 30 minutes each term, and then write her programme for the teaching assistant.", "Six sessions each term, 30 minutes", "1:1", "Speech and Language Therapist, Black Country Healthcare"],
            ["Amelia's speech and language programme, set by the SLT.", "Daily, 15 minutes", "1:1", "Teaching assistant"],
            ["Occupational therapy: the occupational therapist (OT) will visit to review Amelia's hand skills programme and seating, and show staff any new activities.", "Once a term for one hour", "Not applicable (review and staff training)", "Occupational Therapist, Children's Therapy Service"],
            ["Hand skills programme (for example threading, playdough exercises and pencil grip practice).", "Three times a week, 15 minutes", "1:1", "Teaching assistant, following the OT's programme"],
            ["A writing slope, chunky pencils with grips and easy-grip scissors.", "Every lesson that includes writing or cutting", "Not applicable (equipment)", "Provided and replaced by the SENCo"],
            ["A 5-minute movement break every 30 minutes during lessons, with a visual timer.", "Throughout each day", "1:1 or with a friend", "Teaching assistant"],
            ["A social skills group using board games to practise turn-taking and following rules.", "Twice a week, 20 minutes", "Group of 4", "Teaching assistant trained in the school's social skills programme"],
            ["A visual timetable and 'now and next' board, with a 2-minute warning before each change of activity.", "Throughout each day", "1:1", "Class teacher and teaching assistant"],
            ["Toileting plan: Amelia is prompted to use the toilet at set times and supported with personal care, with spare clothes kept in school.", "Every 90 minutes during the school day", "1:1", "Teaching assistant and a second named adult"],
            ["From September 2026, Amelia will have a swimming lesson with her class, with an extra adult in the water.", "Weekly, 30 minutes, for the autumn and summer terms", "1:1 adult support within the class lesson", "Qualified swimming instructor and teaching assistant"],
            ["The SENCo will meet Amelia's parents to review this plan's outcomes and share her records.", "Once each term for 30 minutes", "Not applicable", "SENCo"],
        ]),
    ],
    G=[
        ("t", ["Health provision", "Who", "How often and for how long"], [
            ["Review of Amelia's general health and thyroid, including a yearly blood test and a review of her thyroid tablet dose; the tablet is prescribed by the community paediatrician and given by her parents each morning.", "Community Paediatrician, Down Syndrome Clinic, Black Country Healthcare", "Once a year, 45-minute appointment; blood test each November"],
            ["Continence assessment and advice: review of Amelia's toileting plan and her progress.", "Children's Continence Nurse", "Three appointments of 30 minutes during the autumn term 2026, then review"],
            ["Training for the class team on Amelia's toileting plan and personal care.", "School Nurse", "One hour each September, and when new staff join the class team"],
        ]),
        ("p", "Health agreement: reviewed and supported on behalf of the Black Country Integrated Care Board (ICB) by Helen Marsh, Designated Clinical Officer, 2 April 2026."),
    ],
    H1=[("p", "None. No social care needs were identified (see Section D); the family know how to ask for short breaks in future.")],
    H2=[("p", "None.")],
    I=[("p", "St Barnabas Church of England Primary School, Wednesbury: a mainstream voluntary aided primary school.")],
    J=[("p", "No personal budget has been requested.")],
    K=[
        ("t", ["Advice and information", "Given by", "Date"], [
            ["Amelia's views (symbols and photographs)", "Gathered by Mrs Kaur, Teaching Assistant", "11 February 2026"],
            ["Parents' views", "Amelia's mother and father", "12 March 2026"],
            ["Educational advice: annual review report", "Mr Daniel Hughes, Class Teacher, and Mrs Ann Price, SENCo, St Barnabas Primary School", "2 March 2026"],
            ["Psychological advice", "Dr Sophie Lane, Educational Psychologist", "21 January 2026"],
            ["Medical advice", "Dr Ifeoma Nwosu, Community Paediatrician, Down Syndrome Clinic", "10 November 2025"],
            ["Speech and language therapy advice", "Beth Cartwright, Speech and Language Therapist", "27 January 2026"],
            ["Occupational therapy advice", "Hannah Webb, Occupational Therapist", "4 February 2026"],
            ["Continence advice", "Julie Barnes, Children's Continence Nurse", "16 February 2026"],
            ["School nursing advice", "Sarah Dhillon, School Nurse", "9 February 2026"],
            ["Social care advice (screening)", "Marcus Reid, Social Worker, Children with Disabilities Team", "3 February 2026"],
        ]),
    ],
    signoff="Signed on behalf of Wrenford Metropolitan Borough Council: Rachel Lowe, EHC Co-ordinator, 9 April 2026.",
))

# ---------------------------------------------------------------- ad204 (ef-table, FAIL)
PLANS.append(dict(
    id="ad204", layout="ef-table", name="Riley", footer="Amended plan, May 2026",
    front=[
        ("First name", "Riley"),
        ("Education phase and year", "Primary - Year 5"),
        ("Age", "10"),
        ("Date this plan was issued", "20 May 2026"),
        ("Date of last annual review", "22.04.2026"),
        ("EHC co-ordinator", "Rachel Lowe, EHC Co-ordinator"),
    ],
    A=[
        ("h", "About Riley"),
        ("p", "Riley is ten and lives with his mum, his stepdad and his older sister, Chloe, in Tipton. He has profound and multiple learning difficulties (PMLD), cerebral palsy and epilepsy. Riley is a sociable boy with a wonderful laugh. He loves being in the water, being sung to, the sound of a bus engine and rough-and-tumble games with Chloe. Staff at Oakwood School say he has a 'cheeky grin' when he knows a favourite song is about to start."),
        ("h", "My views"),
        ("p", "I am a ten-year-old boy with profound and multiple learning difficulties. I feel that my sensory needs are not always fully met within the classroom environment and I would benefit from increased access to hydrotherapy and rebound therapy. I would like my communication needs to be prioritised so that I can express my preferences more effectively to the adults who support me. I am happy at Oakwood School and I would like my placement to continue."),
        ("h", "What Riley's family say"),
        ("p", "Mum said: \"Riley is the happiest boy in the world when he is in the pool. He knows all of us and lights up when Chloe comes in from school. We want him to be able to tell us what he wants, even just 'yes' and 'no', and we want him to stay comfortable and well. We get tired - the nights can be long when he has seizures - so the Saturday club and the help in the evenings are really important to us.\""),
        ("h", "Hopes and aspirations"),
        ("b", [
            "Riley's family hope he will be able to make clear choices, such as which song, drink or activity he wants.",
            "They hope he will stay healthy and comfortable, and keep enjoying swimming and being outdoors.",
            "In the longer term they would like Riley to go on to The Meadows School with his friends and later to a day service near home where he is known and happy.",
        ]),
        ("h", "What Riley is good at"),
        ("p", "Riley recognises familiar voices and turns towards them. He smiles to show he likes something and frowns or turns away when he does not. He can hold his head up for up to two minutes when well supported, and he is beginning to press a large switch to start a toy or a song."),
    ],
    B=[
        ("p", "Riley has profound and multiple learning difficulties. He is working at the very early stages of development in all areas and follows the school's sensory (pre-formal) curriculum."),
        ("h", "Communication and interaction"),
        ("p", "Riley does not use words or signs. He communicates through facial expressions, sounds and body movements. He understands a small number of objects of reference (real objects that stand for an activity), such as a cup for drink time and a towel for swimming. He needs adults who know him well to read his signals, to use the same objects of reference every time and to give him time to respond."),
        ("h", "Cognition and learning"),
        ("p", "Riley is beginning to show that he expects familiar events and to understand cause and effect, for example pressing a switch to hear music. He needs a highly personalised, sensory approach with many repetitions."),
        ("h", "Social, emotional and mental health"),
        ("p", "Riley enjoys being with people. He becomes distressed when he is uncomfortable or overwhelmed by noise, and shows this by crying and arching his back. He needs adults to notice early signs and reposition or comfort him."),
        ("h", "Sensory and physical"),
        ("p", "Riley has cerebral palsy affecting all four limbs. He uses a specialist wheelchair and needs two adults and a hoist for all transfers. He needs a daily postural management programme, changes of position through the day and support to use his hands and arms. He is fed through a gastrostomy (a tube into his stomach) and needs all personal care."),
    ],
    C=[
        ("b", [
            "Epilepsy: Riley has tonic-clonic seizures, mostly at night, and occasional seizures in school. He has an emergency rescue medicine, which trained staff give if a seizure lasts longer than five minutes, following his epilepsy care plan.",
            "Nutrition: Riley is fed by gastrostomy and has no food by mouth. His feeds are given by pump at set times. He has reflux, which is managed with medication given through his tube.",
            "Posture and movement: Riley's cerebral palsy means he is at risk of tight muscles, hip problems and a curved spine, and he needs physiotherapy and specialist equipment.",
        ]),
    ],
    D=[
        ("p", "Riley needs full help with all personal care, including feeding, changing, moving and positioning, day and night. His family meet his needs with great care, but his mum and stepdad are tired because Riley often wakes at night. The Children with Disabilities Team assessed the family on 9 March 2026 and agreed that Riley needs short breaks and help with his care at home in the evenings, so that his parents can rest and spend time with Chloe."),
    ],
    EF=[
        ("p", "Outcomes were agreed at Riley's annual review on 22 April 2026 with his mum, his class teacher and his therapists. His class teacher will record progress and report to his parents each term."),
        ("ef", ["Outcome", "Provision", "Frequency", "Who"], [
            ("area", "Communication and interaction"),
            ("E1. By April 2027, Riley will make a clear choice between two objects or two songs by looking at or reaching towards the one he wants, on 8 out of 10 occasions across one week, as recorded on his communication log. (From his family's wish that he can tell them what he wants.)", [
                ("1:1 choice-making sessions using real objects and his objects of reference, following his speech and language therapy programme.", "Daily, 15 minutes", "Class teaching assistant trained in intensive interaction"),
                ("The speech and language therapist (SLT) reviews Riley's communication programme, models it to staff and updates his communication passport.", "Once each half term, 1 hour", "Speech and Language Therapist, Oakwood School therapy team"),
            ]),
            ("E2. Staff will support Riley to use his switch to make choices throughout the day.", [
                ("A big-button switch and switch-adapted toys, kept in good working order by the class teacher.", "Every day", "Class teacher"),
                ("Cause-and-effect switch sessions.", "Daily, 10 minutes, 1:1", "Teaching assistant"),
            ]),
            ("area", "Cognition and learning"),
            ("E3. By April 2027, Riley will show that he anticipates a familiar event (such as the splash in a sensory story) by smiling, stilling or vocalising before it happens, on 4 out of 5 sessions, as recorded by the teacher.", [
                ("Sensory story group, led by a trained teaching assistant.", "Each week", "Teaching assistant trained in sensory storytelling"),
                ("A class of 6 pupils with a teacher and four teaching assistants, following the school's sensory curriculum.", "All of each school day", "Class teacher"),
            ]),
            ("area", "Sensory and physical"),
            ("E4. Riley will be given hydrotherapy once a week to keep his joints moving.", [
                ("Hydrotherapy in the school pool, 1:1 in the water, following the programme written by the physiotherapist.", "Weekly, 30 minutes", "Teaching assistant trained in hydrotherapy by the physiotherapist"),
            ]),
            ("E5. By April 2027, Riley will reach out and touch or grasp an object placed at his midline within 10 seconds, on 4 out of 5 attempts, as recorded by the teaching assistant.", [
                ("A block of occupational therapy sessions to develop Riley's hand and arm movement.", "A block, then review", "Occupational Therapist"),
                ("Hand and arm activities from the occupational therapy programme, 1:1.", "Daily, 10 minutes", "Teaching assistant"),
            ]),
            ("E6. Riley will have a daily sensory circuit.", [
                ("Sensory circuit (rocking, movement and deep pressure activities), 1:1.", "Daily, 15 minutes, first thing each morning", "Teaching assistant"),
            ]),
            ("area", "Health and wellbeing"),
            ("E8. By April 2027, Riley will stand in his standing frame for 30 minutes a day while staying comfortable (no crying or arching), on 4 out of 5 school days, as recorded on his postural management chart. (From his family's wish that he stays comfortable and well.)", [
                ("Standing frame and postural management programme written by the physiotherapist, carried out 1:1 with Riley.", "Daily, 30 minutes in the standing frame, plus a change of position every hour", "Two teaching assistants trained by the physiotherapist"),
            ]),
            ("E9. By April 2027, Riley will be comfortable and well enough to take part in his full school day: he will stay settled during his tube feeds (no crying or arching) at 9 out of 10 feeds, and after any seizure in school he will rest and rejoin his class the same day on 9 out of 10 occasions, as recorded on his feeding chart and seizure record.", [
                ("A quiet recovery area in the classroom with a reclining chair, and at least two members of the class team trained in Riley's epilepsy care plan and feeding plan on duty at all times.", "Every school day", "Class teacher, who keeps the staff training record"),
            ]),
            ("area", "Care and family life"),
            ("E7. By April 2027, Riley will settle calmly within 10 minutes of arriving at his short-break club on 3 out of 4 Saturdays, as recorded by club staff. (Supports his family's wish for time to rest.)", [
                ("Riley will attend the Saturday short-break club at Maple House, with 1:1 support from club staff, funded by the Children with Disabilities Team, to give his parents a break.", "Every Saturday, 10am to 3pm", "Maple House short-break staff"),
            ]),
        ]),
    ],
    G=[
        ("b", [
            "Epilepsy: the epilepsy nurse specialist will update Riley's epilepsy care plan every six months and train the class team, including in giving rescue medicine, in a two-hour session each September and for any new staff.",
            "Gastrostomy and feeding: the children's community nursing team will train school staff to give Riley's feeds and medicines and to care for his gastrostomy site, in a one-hour session each term, and will check staff competence yearly.",
            "The paediatric dietitian will review Riley's feeding regime and weight every three months (30-minute appointment).",
            "Physiotherapy: the physiotherapist will see Riley in school once a fortnight for 45 minutes to review his postural management programme, standing frame and sleep system, and will write his hydrotherapy programme each term.",
            "Wheelchair: Riley's wheelchair and seating are provided and maintained by the Regional Wheelchair Service, with a review every six months.",
        ]),
        ("p", "Health agreement: the health provision in this section was reviewed and agreed on behalf of the Black Country Integrated Care Board (ICB) by Helen Marsh, Designated Clinical Officer, on 13 May 2026."),
    ],
    H1=[
        ("p", "A direct payment for 4 hours a week of personal assistant support at home on weekday evenings, to help with Riley's personal care and bedtime routine, agreed by the Children with Disabilities Team after its assessment on 9 March 2026. Reviewed every six months by Riley's social worker."),
    ],
    H2=[("p", "None.")],
    I=[("p", "Oakwood School, Wrenford: a community special school for pupils aged 2 to 11 with severe, profound and multiple learning difficulties, part of the Canalside Special Schools Federation.")],
    J=[("p", "A personal budget for social care: the direct payment in Section H1 (4 hours a week of personal assistant support). Riley's mum manages the direct payment with help from the council's direct payments support service.")],
    K=[
        ("t", ["Advice and information", "Given by", "Date"], [
            ["Parents' views", "Riley's mother", "22 April 2026"],
            ["Educational advice: annual review report", "Mrs Joanne Birch, Class Teacher, Oakwood School", "8 April 2026"],
            ["Psychological advice", "Dr Ben Adeyemi, Educational Psychologist", "17 March 2026"],
            ["Medical advice", "Dr Priya Raman, Community Paediatrician", "2 February 2026"],
            ["Epilepsy advice", "Lisa Moran, Epilepsy Nurse Specialist", "24 February 2026"],
            ["Children's community nursing advice", "Children's Community Nursing Team (team leader, Karen Doyle)", "3 March 2026"],
            ["Dietetic advice", "Sam Okoro, Paediatric Dietitian", "11 March 2026"],
            ["Physiotherapy advice", "Neil Grant, Paediatric Physiotherapist", "5 March 2026"],
            ["Occupational therapy advice", "Hannah Webb, Occupational Therapist", "12 March 2026"],
            ["Speech and language therapy advice", "Amy Moss, Speech and Language Therapist", "10 March 2026"],
            ["Wheelchair review", "Regional Wheelchair Service (clinician's report)", "19 January 2026"],
            ["Social care advice and assessment", "Gavin Price, Social Worker, Children with Disabilities Team", "9 March 2026"],
        ]),
    ],
    signoff="Signed on behalf of Wrenford Metropolitan Borough Council: Rachel Lowe, EHC Co-ordinator, 20 May 2026.",
))

# ---------------------------------------------------------------- ad205 (bold-statutory, SOUND)
PLANS.append(dict(
    id="ad205", layout="bold-statutory", name="Leon", footer="Amended plan following annual review, July 2026",
    front=[
        ("First name:", "Leon"),
        ("Education phase and year:", "Post-16 - specialist college, year 2 of a 3-year programme"),
        ("Age:", "19"),
        ("Date this plan was issued:", "3rd July 2026"),
        ("Date of last annual review:", "10 June 2026"),
        ("EHC co-ordinator:", "Jas Bains, EHC Co-ordinator (Preparing for Adulthood)"),
    ],
    A=[
        ("p", "My views (Leon wrote these with his personal tutor, Sam, at college in May 2026. He typed some himself on his tablet and chose others from picture cards on a talking mat. These are his own words.)"),
        ("b", [
            "I am Leon. I am 19. I go to Severn Brook College. My best thing is the garden and the polytunnel.",
            "I am good at planting and watering. I know the names of lots of plants. Sam says I am the best at tomatoes.",
            "I like the gym, Wolves, and my music. I like my friend Ahmed.",
            "I want a job at the garden centre. I want to get the bus on my own like Ahmed.",
            "I want to live in a house with my friends when I am older. Not yet.",
            "I don't like shouting. I don't like it when the bus is late. I get worried and my tummy hurts.",
        ], "•"),
        ("p", "What Leon's mum and dad say: \"Leon has grown up so much at college. He is proud of his work in the horticulture unit and he comes home talking about it. He has always been gentle, honest and hard-working - if he is given a job, he will do it properly. We would love him to have a real job, even part-time, and one day to live in a supported house near us with friends. Our worries are his anxiety, which can stop him going out, and money - he does not yet understand how much things cost. We want him to be safe travelling on his own.\""),
        ("p", "Leon's strengths, from the people who know him:"),
        ("b", [
            "He is reliable and punctual, and follows a routine very well.",
            "He has excellent memory for plant names and for the routes he knows.",
            "He is kind to younger students and patient with animals.",
            "He can use his tablet to send messages, check his timetable and look up bus times with a little help.",
        ], "-"),
        ("p", "Aspirations: Leon's aspiration is to work at a garden centre and to travel independently. In the longer term he and his family hope he will live in a shared, supported house with friends, near his family, and keep up the activities he enjoys, such as the gym and football."),
    ],
    B=[
        ("p", "Leon has severe learning difficulties and autism. The advice listed in Section K has been used to describe his needs below."),
        ("p", "Communication and interaction"),
        ("b", [
            "Leon understands short, clear sentences about familiar things. He finds longer instructions, abstract words and sarcasm hard to follow.",
            "He speaks in short sentences. When he is anxious, his speech becomes very quiet or he stops talking. He uses his tablet to write messages.",
            "He needs information given in small chunks with pictures or written key words, and time to process before he answers.",
        ], "-"),
        ("p", "Cognition and learning"),
        ("b", [
            "Leon is working towards Entry Level 1 in English, maths and horticulture. He reads familiar words and short sentences. He can count and use numbers to 50, and recognises all coins and notes, but he does not yet understand the value of money or give change.",
            "He learns best through practical tasks, repetition and routine, with visual instructions.",
        ], "-"),
        ("p", "Social, emotional and mental health"),
        ("b", [
            "Leon has one close friend at college and is well liked. He finds it hard to start conversations with people he does not know.",
            "He becomes anxious with changes, delays and loud voices; he may freeze, pace or ask to go home. His anxiety has stopped him going out in the community without his parents.",
        ], "-"),
        ("p", "Sensory, physical and independence"),
        ("b", [
            "Leon has good physical skills and stamina for outdoor work. He is sensitive to loud noise and uses noise-cancelling headphones on the bus.",
            "He has access to a kitchen at home but relies on his parents to prepare meals. He can make a drink and toast, and is learning to follow a picture recipe.",
        ], "-"),
    ],
    C=[
        ("p", "Leon has no difficulty with his physical health - his annual learning disability health check with his general practitioner (GP) in March 2026 found him fit and well - but he does have anxiety, linked to his autism, which affects his daily life and learning. He sometimes has stomach aches when anxious and avoids going out. He is supported by the Community Learning Disability Team."),
    ],
    D=[
        ("p", "Adult Social Care carried out an assessment under the Care Act 2014 on 2 March 2026. It found that Leon has eligible needs for support to take part in activities in the community, to develop and keep friendships, and to learn daily living skills, such as shopping and cooking, outside college. At present his parents meet most of his care needs. Leon would like to go to the gym and the Gateway Club (a social club for adults with learning disabilities) without his parents."),
    ],
    E=[
        ("p", "These outcomes prepare Leon for adult life. They were co-produced with Leon and his parents at his review on 10 June 2026 and build on his aspirations in Section A."),
        ("p", "Employment"),
        ("b", [
            "E1. By July 2027, Leon will gain the Entry Level 1 Certificate in Horticulture, as confirmed by the college's examination results.",
            "E2. By July 2027, Leon will complete a 10-week work placement at Wrenford Garden Centre (one day a week) and receive a positive end-of-placement report from his supervisor, showing that he arrived on time for at least 9 of the 10 days and completed his set tasks. (Builds on his aim of working at a garden centre.)",
            "E3. By July 2027, Leon will have an offer of a supported internship place for September 2027, confirmed in writing by the provider.",
        ], "•"),
        ("p", "Independent living"),
        ("b", [
            "E4. By March 2027, Leon will access the community independently by travelling by bus from home to college (two buses) on his own on 5 days out of 5 for 4 weeks running, as recorded by the travel trainer.",
            "E5. By July 2027, Leon will cook three different simple meals (such as pasta bake) from a picture recipe with no more than two spoken prompts, as recorded by the independent living tutor.",
            "E6. By July 2027, Leon will buy items in a shop costing up to £10, choose notes and coins to pay and check his change, on 4 out of 5 recorded shopping trips.",
        ], "•"),
        ("p", "Friends, relationships and community"),
        ("b", [
            "E7. By March 2027, Leon will go to the Gateway Club with his personal assistant on at least 3 Wednesdays in every 4, and will arrange to meet a friend there by sending a message on his tablet at least once a month, as recorded by his personal assistant.",
        ], "•"),
        ("p", "Good health"),
        ("b", [
            "E8. By July 2027, when Leon feels anxious (for example when a bus is late), he will use one of his three agreed calming strategies and carry on with his day on 4 out of 5 recorded occasions, as logged by his tutor and his travel trainer.",
        ], "•"),
    ],
    F=[
        ("p", "Leon attends Severn Brook College for five days a week (32 weeks a year, 9.30am to 3.30pm) on the Pathways to Employment programme. In addition to the college's core programme, the following provision must be made:"),
        ("p", "Teaching and learning"),
        ("b", [
            "Horticulture teaching in a group of no more than 8 students, three days a week for 3 hours a day, led by a qualified horticulture tutor with a learning support assistant.",
            "English and maths at Entry Level 1, in a group of no more than 6, for one hour each day, taught by a specialist tutor, using practical and visual materials.",
            "Money skills: a 45-minute session twice a week, 1:1 with a learning support assistant, using real money, plus one practice shopping trip each week (1 hour, ratio 1:2).",
            "Access arrangements: a reader and 25% extra time in all assessments and examinations, arranged by the college's examinations officer.",
            "A tablet with a visual timetable app and a text-to-speech app, set up and maintained by the college's assistive technology technician.",
        ], "•"),
        ("p", "Employment"),
        ("b", [
            "From September 2026, a job coach from the college's employability workstream will support Leon on his work placement at Wrenford Garden Centre every Thursday (9.30am to 2.30pm) for 10 weeks: 1:1 for the first 4 weeks, then reducing to check-ins of 30 minutes each placement day.",
            "April 2027: the college's transition coordinator will meet Leon and his parents for one hour to apply for supported internship places, and will go with him to each interview.",
            ">The coordinator will also share a one-page profile with each provider beforehand.",
        ], "-"),
        ("p", "Independent living"),
        ("b", [
            "Travel training: 1:1 with a qualified travel trainer, four mornings a week for 12 weeks from September 2026, reducing step by step as Leon travels more of the route alone, then two further check-in journeys a week for 4 weeks.",
            "Independent living skills (cooking, shopping, laundry) in the college's training flat, twice a week for 2 hours in a group of no more than 4 students, led by the independent living tutor.",
        ], "-"),
        ("p", "Communication and emotional wellbeing"),
        ("b", [
            "Speech and language therapy: the college speech and language therapist will work with Leon 1:1 for 30 minutes each fortnight on conversation skills and asking for help, and will train his tutors and job coach in his communication profile (one 1-hour session each term).",
            "A weekly 30-minute 1:1 session with his personal tutor to practise his calming strategies, using a visual anxiety scale, and to plan for changes in his week.",
            "A named quiet room he can go to at any time, and a warning of any change to his timetable by text message the day before, sent by his personal tutor.",
        ], "-"),
    ],
    G=[
        ("b", [
            "Community Learning Disability Nurse (Black Country Healthcare): one 45-minute appointment a month at college or home for six months from September 2026, to help Leon understand and manage his anxiety, using easy-read materials, and to share strategies with his tutor; then a review with Leon and his parents.",
            "General practitioner: an annual learning disability health check (30 minutes) with a health action plan, which Leon's parents will share with college.",
            "Leon or his parents can contact the Community Learning Disability Team by telephone when needed between appointments.",
        ], "•"),
        ("p", "Health agreement: the provision in Section G has been confirmed by Dr Andrew Shaw, Designated Medical Officer for 16 to 25, on behalf of the Black Country Integrated Care Board (ICB), 24 June 2026."),
    ],
    H1=[("p", "Not applicable. Leon is over 18, so his social care support is provided under the Care Act 2014 and is set out in Section H2.")],
    H2=[
        ("b", [
            "A personal assistant for 6 hours a week (Wednesday 5pm to 8pm for the Gateway Club, and Saturday 10am to 1pm for the gym and shopping), funded through a direct payment from Adult Social Care following the Care Act assessment of 2 March 2026.",
            "A review of Leon's care and support plan by his adult social worker every 6 months.",
        ], "•"),
    ],
    I=[("p", "Severn Brook College: an independent specialist post-16 institution for young people aged 16 to 25 with learning difficulties and autism (day placement).")],
    J=[("p", "A personal budget for social care is paid as a direct payment to Leon's parents, who act for him as his suitable persons: £96 a week for 6 hours of personal assistant support (see Section H2). It supports outcome E7. No personal budget has been requested for education or health provision.")],
    K=[
        ("p", "Advice and information gathered for this plan:"),
        ("b", [
            "Leon's views - Leon, with his personal tutor Sam Reed, Severn Brook College - 20 May 2026",
            "Parents' views - Leon's mother and father - 10 June 2026",
            "Educational advice - Sam Reed, Personal Tutor, and Aisha Malik, Head of Learning Support, Severn Brook College - 28 May 2026",
            "Psychological advice - Dr Sophie Lane, Educational Psychologist - 15 April 2026",
            "Medical advice (annual learning disability health check) - Dr Kamal Shah, General Practitioner - 17 March 2026",
            "Health advice (anxiety) - Rebecca Ward, Community Learning Disability Nurse - 8 April 2026",
            "Speech and language therapy advice - Tom Hill, Speech and Language Therapist, Severn Brook College - 6 May 2026",
            "Social care advice (Care Act assessment) - Danielle Moore, Social Worker, Adult Social Care - 2 March 2026",
            "Preparing for adulthood advice - Sunita Gill, Careers and Transition Adviser, Wrenford Careers Service - 10 June 2026",
        ], "-"),
    ],
    signoff="Signed on behalf of Wrenford Metropolitan Borough Council: Jas Bains, EHC Co-ordinator, 3 July 2026.",
))

# ---------------------------------------------------------------- ad206 (shaded-heading-table, FAIL)
PLANS.append(dict(
    id="ad206", layout="shaded-heading-table", name="Sofia", footer="Final plan, September 2026",
    front=[
        ("First name", "Sofia"),
        ("Education phase and year", "Primary - Year 1"),
        ("Date this plan was issued", "14 September 2026"),
        ("Date of last annual review", "Not applicable - first plan. First review due by September 2027."),
        ("Home languages", "Slovak and Romani"),
        ("Social care involvement", "Child in Need plan (since January 2026)"),
        ("EHC co-ordinator", "Kiran Dosanjh, EHC Co-ordinator"),
    ],
    A=[
        ("h", "About Sofia"),
        ("p", "Sofia is six. She lives with her mum, her dad, her three older brothers and her baby brother in Darlaston. The family moved to England from eastern Slovakia in 2023. Sofia is a warm, lively girl who loves dancing, dressing up, the colour pink and her baby brother. At school she loves the role-play area and singing time, and she is very good at remembering the words of songs in Slovak and English."),
        ("h", "How we found out what Sofia thinks (play and pictures)"),
        ("p", "Sofia's views were gathered over three short sessions in June 2026 by her teaching assistant, Mrs Horvathova, who speaks Slovak and Romani. Sofia played with a doll's house of her school and chose from photographs of activities, people and places, sorting them into 'happy' and 'sad' boxes. Mrs Horvathova wrote down what Sofia said and did:"),
        ("b", [
            "'Happy' box: singing, dancing, the role-play shop, Miss Evans (her class teacher), her friend Maya, dinner time, the iPad.",
            "'Sad' box: the toilets, writing, 'big school' assembly. Sofia said 'too loud' about assembly.",
            "Sofia said in Slovak: 'I want to be a teacher like Miss Evans' and 'I want to read the books.'",
        ], "style"),
        ("h", "What Sofia's family say"),
        ("p", "We spoke to Sofia's mum and dad at home with a Slovak interpreter. They said Sofia is 'the sunshine of the house' and always makes them laugh. They are proud that she is learning English and likes school. They worry that she is behind the other children with talking, reading and counting, that she still has accidents, and that her teeth hurt her. Mum is very tired because the baby does not sleep well and the family live in a small flat."),
        ("h", "Hopes and aspirations"),
        ("b", [
            "Sofia wants to be a teacher like Miss Evans and to read books by herself.",
            "Her parents hope she will learn to read and write well in English, make good friends and stay at her local school.",
            "They want her to be happy and healthy, with no pain from her teeth, and to be dry in the day.",
        ], "style"),
        ("p", "Sofia started at Highfields Primary School in Reception in September 2025 speaking very little English. Her teachers quickly noticed that she was finding it harder than other children who were new to English to learn words and routines, and the school asked for an education, health and care needs assessment in March 2026, with her parents' agreement."),
        ("h", "What Sofia is good at"),
        ("p", "Sofia is friendly and caring; she remembers songs and routines quickly; she is a good helper in class and likes to give out the fruit; she can copy the first three letters of her name; and she can count to five in Slovak and English."),
    ],
    B=[
        ("p", "Sofia has moderate learning difficulties and a delay in her speech and language. She is also learning English as an additional language (EAL). The speech and language therapist assessed Sofia in Slovak, with an interpreter, as well as in English, and found that her language is delayed in both, so her needs are not only because she is learning English."),
        ("h", "Communication and interaction"),
        ("p", "Sofia understands simple instructions with one key word, especially with a gesture. She uses two- and three-word phrases, mixing Slovak and English. Her speech sounds are not always clear. She needs simple, repeated language, pictures and signs, and adults who give her time."),
        ("h", "Cognition and learning"),
        ("p", "Sofia is working at the level expected of a child aged about three to four. She knows 5 letter sounds and can count 5 objects. She finds it hard to remember new words and ideas and needs a lot of repetition and practical, hands-on learning."),
        ("p", "Sofia enjoys stories and will sit and listen to a picture book for five minutes with an adult. She recognises her own name and the names of two friends. She can sort objects by colour and match pictures, and she is beginning to understand 'big' and 'little'. She finds it hard to sit on the carpet for whole-class teaching for more than a few minutes and learns much better in a small group or 1:1."),
        ("h", "Social, emotional and mental health"),
        ("p", "Sofia is friendly and likes other children, but she sometimes snatches toys or pushes when she cannot find the words she needs. Large noisy gatherings, such as assembly, upset her."),
        ("h", "Sensory, physical and self-care"),
        ("p", "Sofia runs, jumps and climbs well. Her pencil control is at an early stage. She needs help with toileting and with doing up her coat. She is not yet dry during the day."),
    ],
    C=[
        ("p", "Sofia has two health needs that affect her at school:"),
        ("b", [
            "Tooth decay: Sofia has severe decay in several teeth, which causes her pain and sometimes stops her eating. The community paediatrician has advised that she needs dental treatment, possibly under a general anaesthetic, and help with brushing her teeth each day.",
            "Constipation: Sofia has long-term constipation, which is one reason for her daytime wetting and soiling. She has been prescribed a daily laxative, which her parents give at home.",
        ], "style"),
    ],
    D=[
        ("p", "Sofia needs more help with dressing, toileting and washing than other children of her age. Her mum cares for five children, including a baby who wakes often at night, and the family live in a two-bedroom flat, so mum finds evenings and mornings very hard. The family has a Child in Need plan."),
    ],
    E=[
        ("p", "Sofia's outcomes were agreed with her parents and school on 6 July 2026, with an interpreter. Her class teacher will record progress and share it with her parents each half term."),
        ("b", [
            "E1 (Communication): By July 2027, Sofia will use sentences of four words or more in English to ask for help or tell an adult what she has done, on 8 out of 10 occasions recorded by her teaching assistant across one week.",
            "E2 (Reading): By July 2027, Sofia will know 20 letter sounds and read 10 three-letter words, as checked by her class teacher each half term. (Builds on her wish to read books by herself.)",
            "E3 (Number): By July 2027, Sofia will count 10 objects correctly and match them to the numerals 1 to 10, on 3 out of 4 checks by her class teacher.",
            "E4 (Friendships): By March 2027, Sofia will ask for a toy using words or a sign instead of snatching or pushing, on 4 out of 5 occasions observed at playtime, as recorded by the teaching assistant.",
            "E5 (Self-care and health): By July 2027, Sofia will tell an adult when she needs the toilet and stay dry for the whole school day on 4 days out of 5, for 4 weeks running, as recorded on her toileting chart.",
            "E6 (Health): By March 2027, Sofia will brush her own teeth for two minutes, using a sand timer, with one adult prompt, after lunch at school and at bedtime at home, as recorded on her shared home-school tooth-brushing chart.",
        ], "style"),
    ],
    F=[
        ("h", "Communication and interaction"),
        ("b", [
            "Sofia will have access to speech and language therapy as appropriate.",
            "A daily 15-minute 1:1 language session using the 'Language for Learning' programme, delivered by a teaching assistant trained by the speech and language therapist.",
            "All adults use simple Makaton signs (signs used alongside speech) and pictures of key words with Sofia.",
        ], "style"),
        ("h", "Cognition and learning"),
        ("b", [
            "Small group phonics where possible.",
            "Regular opportunities to practise counting and number work using practical equipment.",
            "Sofia is taught in a class of 30 with a class teacher and a full-time teaching assistant, and spends four mornings a week (9am to 12pm) in the school's enhanced resource base, in a group of no more than 8 children with a specialist teacher.",
        ], "style"),
        ("h", "Social, emotional and mental health"),
        ("b", [
            "An adult should be available to support Sofia at lunchtime and playtime.",
            "A 'Talk and Play' social skills group in the enhanced resource base, twice a week for 20 minutes, in a group of 4 children, led by a trained teaching assistant.",
            "Ear defenders for assemblies, provided by the special educational needs co-ordinator (SENCo), and a seat at the end of the row so she can leave with an adult.",
        ], "style"),
        ("h", "Self-care"),
        ("b", [
            "A toileting plan: Sofia is taken to the toilet every 60 minutes by a named teaching assistant, and supported with personal care; spare clothes are kept in school.",
            "Hand skills: a 10-minute fine motor activity (such as threading, playdough or pegboards) three times a week, 1:1 with a teaching assistant, and daily practice with fastening her coat at home time with the same adult.",
            "Tooth-brushing after lunch each day, 5 minutes, 1:1 with a teaching assistant, using a visual sequence and a sand timer; toothbrush and toothpaste provided by the school.",
        ], "style"),
    ],
    G=[
        ("p", "The community paediatrician will review Sofia's constipation and medication as needed."),
        ("p", "Health agreement: agreed on behalf of the Black Country Integrated Care Board (ICB) by Helen Marsh, Designated Clinical Officer, 8 September 2026."),
    ],
    H1=[("p", "None.")],
    H2=[("p", "None.")],
    I=[("p", "Highfields Primary School, Darlaston: a mainstream community primary school with an enhanced resource base for children with learning difficulties.")],
    J=[("p", "No personal budget has been requested.")],
    K=[
        ("t", ["Advice and information", "Given by", "Date"], [
            ["Sofia's views (play and photographs)", "Mrs Eva Horvathova, Teaching Assistant, Highfields Primary School", "24 June 2026"],
            ["Parents' views (with a Slovak interpreter)", "Sofia's mother and father", "18 May 2026"],
            ["Educational advice", "Miss Rhian Evans, Class Teacher, and Mr Paul Green, SENCo, Highfields Primary School", "2 June 2026"],
            ["Psychological advice", "Dr Tom Ellis, Educational Psychologist", "10 June 2026"],
            ["Medical advice", "Dr Ifeoma Nwosu, Community Paediatrician", "27 May 2026"],
            ["Speech and language therapy advice", "Beth Cartwright, Speech and Language Therapist", "3 June 2026"],
        ]),
    ],
    signoff="Signed on behalf of Wrenford Metropolitan Borough Council: Kiran Dosanjh, EHC Co-ordinator, 14 September 2026.",
))

# ---------------------------------------------------------------- ad207 (ef-table, FAIL)
PLANS.append(dict(
    id="ad207", layout="ef-table", name="Mason", footer="Amended plan, March 2026",
    front=[
        ("First name", "Mason"),
        ("Education phase and year", "Secondary - Year 7 (KS3)"),
        ("Date this plan was issued", "31 March 2026"),
        ("Date of last annual review", "3 March 2026"),
        ("Primary need", "MSI"),
        ("EHC co-ordinator", "Kiran Dosanjh, EHC Co-ordinator"),
    ],
    A=[
        ("h", "About Mason"),
        ("p", "Mason is twelve and lives with his mum, his nan and his two dogs in Coseley. He is deafblind (MSI) because of an infection before he was born. He has cochlear implants in both ears and a visual impairment. Mason is curious, determined and very funny. He loves trampolining, music with a strong beat, the dogs and anything to do with trains."),
        ("h", "How we found out what Mason thinks"),
        ("p", "Mason's views were gathered by his intervenor, Mrs Lisa Roberts, who has worked with him for three years and knows his signs well. Over two weeks in February 2026 she used his signs, objects and photographs on his tablet to ask him about school, home and the future, and recorded his answers and his reactions."),
        ("b", [
            "Mason signed 'good' and smiled for trampolining, music, the train trip and his friend Kai.",
            "He signed 'no' and pushed the picture away for the dining hall and for wearing his glasses in PE.",
            "When asked what he wants to do when he is big, he chose the photograph of the train station and signed 'work'.",
            "He signed 'help' and 'dog' together, which Mrs Roberts and Mum think means he wants to look after animals.",
        ]),
        ("h", "What Mason's family say"),
        ("p", "Mum said: \"Mason has done really well moving to secondary school. He is happier than I have seen him for years. His nan and I want him to be as independent as he can, to communicate with more people and to have friends who can sign with him. We worry about him in busy places because he can't always see or hear what is coming.\""),
        ("h", "Hopes and aspirations"),
        ("b", [
            "Mason wants to work, perhaps with trains or with animals.",
            "His family hope he will communicate with more people, move around school and his local area safely, and make friends.",
            "In the longer term they hope he will live semi-independently near his family.",
        ]),
        ("h", "Mason's strengths"),
        ("p", "Mason has a strong memory for routes and routines, he is confident on the trampoline and in the pool, he uses more than 200 signs, and he is kind and gentle with younger pupils and with animals."),
    ],
    B=[
        ("h", "Communication and interaction"),
        ("p", "Mason uses BSL-based signs (more than 200), some single spoken words and objects of reference. With his CIs he hears speech in quiet rooms at close range but not in noisy rooms. His receptive language is at around a 4-year level. He needs a consistent signing environment, an FM system in lessons and tactile signing when the light is poor."),
        ("h", "Cognition and learning"),
        ("p", "Mason is working at the semi-formal stage of the school's curriculum. He can match and sort, count to 10 and recognise 15 symbols. He needs multi-sensory teaching with tactile and enlarged materials and extra processing time."),
        ("h", "Social, emotional and mental health"),
        ("p", "Mason is sociable but depends on adults to join in with peers. When his sensory input is overwhelming he becomes distressed and may hit out. He needs planned sensory breaks and a trusted intervenor."),
        ("h", "Sensory and physical"),
        ("p", "Mason has CVI and nystagmus, with reduced acuity (he sees large, high-contrast objects best at up to one metre). He needs enlarged, high-contrast materials (N36 print or larger), good lighting and a mobility programme. His fine motor and dressing skills are delayed."),
    ],
    C=[
        ("b", [
            "Hearing: bilateral CIs, fitted at age 2. The processors need daily checks and the CI centre carries out mapping and reviews.",
            "Vision: CVI and nystagmus caused by congenital CMV. Vision needs monitoring every 6 months by the orthoptist and ophthalmology.",
            "Communication and fine motor development, which are affected by his MSI (see SaLT and OT below).",
        ]),
    ],
    D=[
        ("p", "Mason needs help with dressing, washing and moving safely around the community, and his mum and nan give him a high level of care. The Children with Disabilities Team assessed Mason on 28 January 2026 and agreed he needs short breaks so that he can enjoy activities with other young people and his family can have a rest."),
    ],
    EF=[
        ("p", "Outcomes were agreed at Mason's annual review on 3 March 2026. His class teacher will record progress and share it with his mum at the end of each term."),
        ("ef", ["Outcome", "What will be provided", "How often and how long", "Who"], [
            ("area", "Communication"),
            ("E1. By March 2027, Mason will use signed sentences of 3 or more signs to ask for what he wants or tell an adult about his day, on 8 out of 10 occasions recorded by his intervenor over a week. (Family hope: to communicate with more people.)", [
                ("Intervenor support throughout the school day, passing information to Mason through signs, touch and objects.", "Full time, 32.5 hours a week", "Intervenor (trained in MSI)"),
                ("Mason's signing programme set by the SaLT, delivered 1:1.", "Daily, 20 minutes", "Intervenor"),
                ("Signing lessons for Mason's class team and two classmates.", "Weekly, 45 minutes", "Sign language tutor"),
            ]),
            ("area", "Cognition and learning"),
            ("E2. By March 2027, Mason will recognise and use 40 tactile or enlarged symbols to follow his timetable and make choices, checked each half term by his class teacher.", [
                ("Teaching in a class of no more than 8 pupils, with enlarged, high-contrast and tactile materials prepared by the class team.", "All lessons", "Class teacher, TA and intervenor"),
                ("QTMSI visits to advise the class team, adapt Mason's materials and review his progress.", "Once each half term, 2 hours", "QTMSI, Sensory Inclusion Service"),
            ]),
            ("area", "Sensory, physical and independence"),
            ("E3. By March 2027, Mason will walk with his cane from his classroom to the dining hall, the hall and the minibus bay safely, with an adult following, on 4 out of 5 days, as recorded by the habilitation specialist. (Family hope: to move around school and his local area safely.)", [
                ("Habilitation (mobility and independence) training, 1:1.", "Weekly, 45 minutes, for 2 terms", "Qualified habilitation specialist, Sensory Inclusion Service"),
                ("Practice of his routes with his cane, 1:1.", "Daily, 15 minutes", "Intervenor"),
            ]),
            ("E4. By March 2027, Mason will put on and fasten his coat and shoes (Velcro) without adult help after PE and at home time, on 4 out of 5 days, as recorded by his TA.", [
                ("Dressing and fine motor practice from the OT programme, 1:1.", "Daily, 15 minutes", "TA"),
            ]),
            ("E5. By March 2027, Mason will keep his CI processors on for the whole school day and tell an adult (by sign) when a processor is not working, on 9 out of 10 days, as recorded on his daily equipment check.", [
                ("FM system and CI processor checks at the start of each day and after lunch, with spare batteries kept in school.", "Twice daily", "Intervenor, trained by the CI centre"),
            ]),
            ("area", "Social, emotional and mental health and preparing for the future"),
            ("E6. By March 2027, Mason will help care for the school's rabbits (feeding and cleaning) with one classmate for 20 minutes, following a symbol sequence, on 3 out of 4 weeks, as recorded by his class teacher. (Builds on his wish to work with animals.)", [
                ("Animal care sessions in the school's small farm area, with a peer and an adult.", "Weekly, 30 minutes, group of 2 pupils", "TA"),
                ("Planned sensory breaks in the sensory room.", "Three times a day, 10 minutes", "Intervenor"),
            ]),
        ]),
    ],
    G=[
        ("b", [
            "SaLT: 1:1 speech and language therapy to develop Mason's expressive language and signing, weekly for 30 minutes, in school, by the SaLT from the Children's Speech and Language Therapy Service.",
            "OT: 1:1 occupational therapy to develop Mason's fine motor and dressing skills, fortnightly for 45 minutes, in school, by the OT from the Children's Therapy Service.",
            "CI centre: mapping and review of Mason's processors at the Midlands Cochlear Implant Centre once a year (2 hours), and a visit to school once a term (1 hour) to check equipment and train staff.",
            "Orthoptist and ophthalmology: review of Mason's vision every 6 months at the hospital eye clinic (45 minutes), with a written report to school.",
        ]),
        ("p", "Health agreement: reviewed and agreed for the Black Country ICB by Helen Marsh, DCO, 25 March 2026."),
    ],
    H1=[
        ("b", [
            "Short breaks: one overnight stay a month (12 nights a year) at Maple House short-break unit, with staff trained in deafblind communication.",
            "A place at the Wednesday after-school club for disabled young people at Coseley Youth Centre, 3.30pm to 6pm each week in term time, with 1:1 support.",
        ]),
        ("p", "Both were agreed by the Children with Disabilities Team after the assessment of 28 January 2026 and are reviewed every 6 months by Mason's social worker."),
    ],
    H2=[("p", "None.")],
    I=[("p", "The Meadows School, Wrenford: a community special school for pupils aged 11 to 19 with severe and profound learning difficulties, with a resourced provision for pupils with MSI.")],
    J=[("p", "No personal budget has been requested.")],
    K=[
        ("t", ["Advice", "From", "Date"], [
            ["Mason's views", "Mrs Lisa Roberts, Intervenor", "20 February 2026"],
            ["Parent's views", "Mason's mother", "3 March 2026"],
            ["Educational advice (annual review report)", "Mr Simon Ward, Class Teacher, The Meadows School", "16 February 2026"],
            ["Hearing and vision advice", "Kelly Dawes, Sensory Support Assistant (MSI), Sensory Inclusion Service", "12 February 2026"],
            ["Psychological advice", "Dr Sophie Lane, EP", "26 January 2026"],
            ["Medical advice", "Dr Priya Raman, Community Paediatrician", "8 December 2025"],
            ["CI centre report", "Midlands Cochlear Implant Centre (clinical scientist's report)", "14 November 2025"],
            ["SaLT advice", "Amy Moss, SaLT", "4 February 2026"],
            ["OT advice", "Hannah Webb, OT", "9 February 2026"],
            ["Habilitation advice", "Owen Baker, Habilitation Specialist", "2 February 2026"],
            ["Social care advice", "Gavin Price, Social Worker, Children with Disabilities Team", "28 January 2026"],
        ]),
    ],
    signoff="Signed on behalf of Wrenford Metropolitan Borough Council: Kiran Dosanjh, EHC Co-ordinator, 31 March 2026.",
))

# ---------------------------------------------------------------- ad208 (bold-statutory, FAIL)
PLANS.append(dict(
    id="ad208", layout="bold-statutory", name="Kayleigh", footer="Amended following annual review",
    front=[
        ("First name:", "Kayleigh"),
        ("Education phase and year:", "Secondary - Year 10"),
        ("Date this plan was issued:", "9 November 2026"),
        ("Date of last annual review:", "15/10/2026"),
        ("EHC co-ordinator:", "Rachel Lowe, EHC Co-ordinator"),
    ],
    A=[
        ("p", "Kayleigh is 15 and lives with her mum in Bilston. She has severe learning difficulties and autism. She attends The Meadows School."),
        ("p", "Kayleigh's views (her own words, gathered by her key worker, Miss Patel, using a talking mat in September 2026):"),
        ("b", [
            "\"I don't like the corridor. It's too noisy.\"",
            "\"I don't like maths. I don't like writing.\"",
            "\"I help Mum at home. I get tired.\"",
            "\"I don't want to do sport. I don't like getting changed.\"",
        ], "-"),
        ("p", "Mum's views: Mum told us that Kayleigh has meltdowns after school most days and will not talk about her day. She will not eat school dinners and comes home hungry. Mum is worried that Kayleigh is falling further behind with reading and maths, that she refuses to go into some lessons and that she has no friends at school. Mum has multiple sclerosis and finds it hard to manage Kayleigh's behaviour when she is tired."),
        ("p", "Mum also told us that Kayleigh's sleep is poor, that she will only wear two sets of clothes, and that she becomes very upset if the routine at home changes, for example when Mum has a hospital appointment. Kayleigh does not go out without Mum and does not take part in any clubs or activities outside school. Mum said that homework causes arguments every night and has now stopped."),
        ("p", "Kayleigh's difficulties, as described by school: she struggles to stay in lessons, often leaving the classroom without permission; she does not complete work; she finds it very hard to accept being told 'no'; she can shout at staff; and she is often late in the mornings."),
    ],
    B=[
        ("p", "Communication and interaction"),
        ("b", [
            "Kayleigh has limited expressive language and speaks in short phrases. She has difficulty understanding instructions with more than two key words, and she finds it very difficult to ask for help, which means that she often becomes frustrated and leaves the room before an adult has been able to recieve her request or explain the task.",
            "She has difficulty with turn-taking and with understanding other people's feelings.",
        ], "•"),
        ("p", "Cognition and learning"),
        ("b", [
            "Kayleigh is working well below age-related expectations in all subjects. She reads 25 words by sight and cannot yet blend unfamiliar words. She has difficulty with number beyond 20 and cannot tell the time or use money.",
            "Her attention is very short and she needs constant adult direction to start and finish tasks.",
            "She has difficulty remembering instructions and information from one lesson to the next, and she cannot yet work on a task independently for more than two or three minutes. Her handwriting is large and poorly formed, and she refuses most writing tasks.",
            "Assessments carried out by the class teacher in September 2026 show that Kayleigh has made very little progress in reading and maths over the last year.",
        ], "•"),
        ("p", "Social, emotional and mental health"),
        ("b", [
            "Kayleigh has frequent periods of distress, especially in the afternoons and at times of change, and the number of incidents recorded by school has increased this term; most of them have occured during transitions between lessons or at lunchtime.",
            "She does not join in with other pupils at break or lunch and prefers to be on her own.",
            "She has difficulty managing her emotions when she is tired or hungry, and staff report that she is often tired in the mornings and has had 14 late arrivals this term.",
            "She finds it very hard to cope with unexpected changes, such as a supply teacher or a change of room, and this is when most incidents happen.",
        ], "•"),
        ("p", "Sensory and physical"),
        ("b", [
            "Kayleigh is very sensitive to noise and to the feel of some clothes. She refuses to change for physical education (PE) and to eat in the dining hall, and she needs a seperate space to eat her lunch.",
        ], "•"),
    ],
    C=[
        ("p", "Not known at the time of writing."),
    ],
    D=[
        ("p", "Kayleigh has caring responsibilities for her mum, who has multiple sclerosis. This means that she is often tired, is sometimes late for school and has little time for activities outside the home. A young carers assessment was carried out by the Wrenford Young Carers Service on 22 September 2026. It found that Kayleigh's caring role is having an impact on her wellbeing and her attendance, and that the family need support to reduce the amount of care she gives and to accomodate her need for rest and time with other young people."),
        ("p", "Kayleigh needs an adult to help with her personal care and with managing her distress at home, which Mum finds hard on days when her own health is poor."),
    ],
    E=[
        ("p", "The outcomes below were agreed at the annual review on 15 October 2026."),
        ("b", [
            "E1. By October 2027, Kayleigh will read 60 words by sight and blend 20 three-letter words, as checked each half term by her class teacher.",
            "E2. By October 2027, Kayleigh will add and take away numbers to 20 using a number line, with 8 out of 10 answers correct on a termly check by her maths teacher.",
            "E3. By July 2027, Kayleigh will stay in each lesson for the whole lesson on 4 out of 5 days, as recorded on her daily behaviour log by her class teacher.",
            "E4. By July 2027, Kayleigh will use her 'help' card to ask for help in lessons at least once in each lesson, as recorded by her teaching assistant on 4 out of 5 days.",
            "E5. By April 2027, Kayleigh will move between lessons with her teaching assistant without an incident of distress on 9 out of 10 transitions, as recorded on the school's incident log.",
        ], "•"),
    ],
    F=[
        ("p", "Kayleigh will be taught in a class of no more than 10 pupils with a teacher and two teaching assistants."),
        ("b", [
            "Reading: a daily 20-minute 1:1 phonics and sight-word session, delivered by a teaching assistant trained in the school's phonics programme.",
            "Maths: a 20-minute session four times a week in a group of no more than 3 pupils, using practical equipment, led by a teaching assistant and planned by the maths teacher.",
            "Speech and language therapy: the school's speech and language therapist will see Kayleigh 1:1 for 30 minutes each fortnight to teach her to use a 'help' card and short phrases to ask for help, and will train her teaching assistants in a one-hour session each term.",
            "A visual timetable and a 'first and then' board, updated by the teaching assistant at the start of each lesson.",
            "A teaching assistant will go with Kayleigh between all lessons and give her a 2-minute warning before each change.",
            "A seperate quiet room for lunch, supervised by a lunchtime assistant each day, with no more than 3 pupils.",
            "A 30-minute 'Zones of Regulation' session (a programme that teaches pupils to recognise and manage their feelings) each week, 1:1 with the school's emotional literacy support assistant.",
            "Ear defenders, provided and replaced when worn by the special educational needs co-ordinator (SENCo).",
            "From January 2027, an agreed PE kit of soft clothes, and a private space to change, arranged by the PE teacher.",
        ], "•"),
    ],
    G=[
        ("p", "None."),
    ],
    H1=[("p", "None.")],
    H2=[
        ("b", [
            "Young carers group: Kayleigh will attend the Wrenford Young Carers Service group at Bilston Youth Centre every other Tuesday, 4.30pm to 6.30pm, with transport provided by the service.",
            "A young carers support worker will visit Kayleigh and her mum at home once a month for one hour to review the family's support plan and reduce Kayleigh's caring role.",
        ], "-"),
    ],
    I=[("p", "The Meadows School, Wrenford: a community special school for pupils aged 11 to 19 with severe and profound learning difficulties.")],
    J=[("p", "No personal budget has been requested.")],
    K=[
        ("b", [
            "Kayleigh's views - gathered by Miss Anita Patel, Key Worker, The Meadows School - 24 September 2026",
            "Mum's views - Kayleigh's mother - 15 October 2026",
            "Educational advice (annual review report) - Mr Chris Lloyd, Class Teacher, The Meadows School - 1 October 2026",
            "Psychological advice - Dr Ben Adeyemi, Educational Psychologist - 7 July 2026",
            "Medical advice - Dr Laura Finch, Consultant Paediatrician - 19 August 2026",
            "School nursing advice - Kerry Hale, School Nurse - 28 September 2026",
            "Speech and language therapy advice - Amy Moss, Speech and Language Therapist - 21 September 2026",
            "Social care advice (young carers assessment) - Jade Turner, Young Carers Support Worker, Wrenford Young Carers Service, Children's Social Care - 22 September 2026",
            "Preparing for adulthood advice - Sunita Gill, Careers and Transition Adviser, Wrenford Careers Service - 15 October 2026",
        ], "•"),
    ],
    signoff="Signed on behalf of Wrenford Metropolitan Borough Council: Rachel Lowe, EHC Co-ordinator, 9 November 2026.",
))

# ---------------------------------------------------------------- ad209 (shaded-heading-table, SOUND)
PLANS.append(dict(
    id="ad209", layout="shaded-heading-table", name="Ruby", footer="Amended plan, February 2026",
    front=[
        ("First name", "Ruby"),
        ("Education phase and year", "Primary - Year 4"),
        ("Date this plan was issued", "13 February 2026"),
        ("Date of last annual review", "20.01.2026"),
        ("Home language", "English"),
        ("EHC co-ordinator", "Rachel Lowe, EHC Co-ordinator"),
    ],
    A=[
        ("h", "About Ruby"),
        ("p", "Ruby is nine. She lives with her mum, her dad and her twin brothers in Netherton. She has profound and multiple learning difficulties (PMLD) and epilepsy. Ruby is a sociable, determined girl with a big, infectious laugh. She adores music - especially anything with drums - being in the water, the feel of the wind on her face and her brothers' silly games."),
        ("h", "How Ruby tells us what she thinks (observation by people who know her)"),
        ("p", "Ruby does not use words. Her views were gathered by her class teacher, Mrs Birch, her teaching assistant, Mr Ali, who has worked with her for two years, and her parents. They watched Ruby closely during her usual activities in December 2025 and January 2026, offered her choices using objects and her eye-gaze device, and recorded what she did. Intensive interaction (an approach where the adult follows and joins in with the child's own sounds and movements) helped them to see what Ruby enjoys."),
        ("b", [
            "Ruby laughs, kicks her legs and looks at the adult when the drum comes out, and she looks at the 'more' symbol on her eye-gaze screen when the music stops.",
            "She relaxes, smiles and stretches out her arms in the hydrotherapy pool.",
            "She turns her head away and closes her eyes when there is a lot of noise or when she is tired, which tells staff she needs a break.",
            "She watches her brothers and laughs when they play 'peekaboo' with her; Mum says this is her favourite game at home.",
        ], "style"),
        ("h", "What Ruby's family say"),
        ("p", "\"Ruby is our little ray of sunshine. She knows exactly what she likes and doesn't like, and she lets you know! She has made so much progress with the eye-gaze this year. We want her to be able to tell people what she wants, to be comfortable and well, and to keep having fun. The overnight breaks at Maple House give us time with the boys and she loves it there.\""),
        ("h", "Hopes and aspirations"),
        ("b", [
            "Ruby's parents hope she will use her eye-gaze device to make choices and tell people how she feels.",
            "They want her to stay healthy, comfortable and safe, and to eat and drink safely by mouth for as long as possible.",
            "They would like her to enjoy her community - the library, the park and swimming - as her brothers do.",
            "In the longer term, they hope Ruby will move on to The Meadows School with her friends in Year 7.",
        ], "style"),
        ("h", "What Ruby does well"),
        ("p", "Ruby recognises familiar people and voices; she makes clear choices between two objects by looking; she can press a large switch with her right hand; she holds her head up well when supported in her chair; and she takes part enthusiastically in music and hydrotherapy."),
    ],
    B=[
        ("p", "Ruby has profound and multiple learning difficulties. She follows Oakwood School's sensory (pre-formal) curriculum. Her needs are described below, using the advice in Section K."),
        ("h", "Communication and interaction"),
        ("p", "Ruby communicates through facial expressions, sounds, body movements and looking. She is learning to use an eye-gaze device (a computer that she controls with her eyes) with a grid of four symbols. She understands objects of reference for about six daily routines. She needs adults who know her signals well, consistent objects of reference, extra time to respond and daily practice with her eye-gaze device."),
        ("h", "Cognition and learning"),
        ("p", "Ruby is beginning to understand cause and effect and to anticipate familiar events. She needs a highly personalised, multi-sensory approach, with each activity repeated many times."),
        ("h", "Social, emotional and mental health"),
        ("p", "Ruby enjoys the company of adults and other children. She needs quiet breaks when she is overwhelmed or tired, and adults who notice her early signs of distress."),
        ("h", "Sensory and physical"),
        ("p", "Ruby has low muscle tone in her body and tight muscles in her legs. She uses a specialist wheelchair, a standing frame and a sleep system. She needs two adults and a hoist for transfers, and help with all personal care. Her hand skills are at an early stage: she reaches and swipes with her right hand and is beginning to grasp."),
    ],
    C=[
        ("p", "Ruby has no difficulty with her hearing, and an orthoptist found in September 2025 that she does not need glasses, but she has two important health needs:"),
        ("b", [
            "Epilepsy: Ruby has focal seizures most days and a longer tonic-clonic seizure about once a month. She has daily medication at home and emergency rescue medicine, which trained staff give in school if a seizure lasts more than five minutes, following her epilepsy care plan.",
            "Eating and drinking (dysphagia): Ruby has difficulty swallowing safely. She eats a smooth puréed diet and has thickened drinks, following an eating and drinking plan written by the speech and language therapist, to keep her safe from choking and chest infections.",
        ], "style"),
        ("p", "Ruby also needs physiotherapy and postural equipment to protect her hips and spine (see Section G)."),
    ],
    D=[
        ("p", "Ruby needs full support with all personal care, moving and positioning, and she often wakes at night after seizures. Her parents meet her needs with great skill but are tired, and they want time for Ruby's twin brothers. The Children with Disabilities Team reviewed the family's needs on 10 December 2025 and agreed that short breaks and help at home continue to be needed."),
    ],
    E=[
        ("p", "Ruby's outcomes were agreed with her parents and the multi-agency team at her annual review on 20 January 2026. They will be reviewed in January 2027. Her class teacher records her progress on the school's assessment system and shares it with her parents each term."),
        ("t", ["Outcome", "By when", "How we will know"], [
            ["E1. Ruby will use her eye-gaze device to choose between four symbols (such as 'drink', 'music', 'pool' and 'stop') to tell an adult what she wants, on 4 out of 5 daily opportunities. (From her parents' hope that she can tell people what she wants.)", "January 2027", "Eye-gaze software data and a weekly log kept by her teaching assistant"],
            ["E2. Ruby will take part in a back-and-forth 'conversation' of at least 5 turns of sounds or movements with an adult during intensive interaction.", "January 2027", "Video recorded once a half term and reviewed by the class teacher"],
            ["E3. Ruby will reach for, grasp and hold an object placed in front of her for 5 seconds, on 4 out of 5 attempts.", "January 2027", "Weekly record by the teaching assistant, checked by the occupational therapist"],
            ["E4. Ruby will eat her puréed lunch from a spoon with her lips closed and without coughing, on 4 out of 5 school days, so that she can keep eating by mouth safely. (From her parents' hope that she eats safely by mouth.)", "January 2027", "Daily eating and drinking record kept by trained staff, reviewed termly by the speech and language therapist"],
            ["E5. Ruby will stand in her standing frame for 40 minutes a day while staying comfortable, on 4 out of 5 school days.", "January 2027", "Postural management chart, checked by the physiotherapist"],
            ["E6. After a seizure at school, Ruby will rest in the quiet area and then rejoin her class activities the same day on 9 out of 10 occasions, so that she misses as little learning and fun as possible. (From her parents' hope that she stays well and keeps having fun.)", "January 2027", "Seizure record kept by the class team and shared with her parents and the epilepsy nurse"],
            ["E7. Ruby will access the community on her class's weekly trip to the library or park, staying settled (calm, smiling or looking around) for at least 30 minutes, on 3 out of 4 trips.", "January 2027", "Trip record kept by the teaching assistant"],
        ]),
    ],
    F=[
        ("t", ["Provision", "How often and for how long", "Group size or ratio", "Who"], [
            ["A class of 6 pupils with a teacher and four teaching assistants, following the school's sensory curriculum.", "All of each school day", "Class of 6", "Class teacher"],
            ["Eye-gaze practice using Ruby's programme set by the speech and language therapist.", "Daily, 15 minutes", "1:1", "Teaching assistant trained in eye-gaze"],
            ["An eye-gaze communication device, provided by the regional Augmentative and Alternative Communication (AAC) hub, set up, updated and maintained by the school's assistive technology lead.", "Available all day", "Not applicable (equipment)", "School assistive technology lead"],
            ["Speech and language therapy for communication: the speech and language therapist will see Ruby on her own in class on Monday afternoons for a block of 6 sessions of 30 minutes each term, and will then update her eye-gaze vocabulary and programme with staff.", "6 sessions each term, 30 minutes", "1:1", "Speech and Language Therapist, Oakwood School therapy team"],
            ["Intensive interaction sessions.", "Daily, 10 minutes", "1:1", "Teaching assistant trained in intensive interaction"],
            ["Hand skills programme (reaching, grasping and switch use) written by the occupational therapist.", "Four times a week, 10 minutes", "1:1", "Teaching assistant"],
            ["Occupational therapy review of Ruby's hand skills programme and classroom seating.", "Once each half term, 1 hour", "Not applicable (review)", "Occupational Therapist, Children's Therapy Service"],
            ["A large switch and switch-adapted toys, kept in working order.", "Available all day", "Not applicable (equipment)", "Class teacher"],
            ["Hydrotherapy in the school pool, following the physiotherapist's programme.", "Weekly, 30 minutes", "1:1 in the water", "Teaching assistant trained in hydrotherapy"],
            ["Community trip to Wrenford library or Netherton Park with her class.", "Weekly, 1 hour", "1 adult to 2 pupils", "Teaching assistants"],
            ["A quiet recovery area in the classroom with a reclining chair, and at least two members of staff trained in Ruby's epilepsy care plan on duty at all times.", "Every school day", "1:1 during recovery", "Class teacher, who keeps the staff training record"],
            ["Quiet breaks in the sensory room when Ruby shows signs of tiredness or overload.", "At least twice a day, 10 minutes", "1:1", "Teaching assistant"],
            ["May 2026: the class teacher will begin Ruby's transition planning for Year 7 with her parents and The Meadows School, at a one-hour meeting, followed by three visits to The Meadows with her teaching assistant in the summer term of Year 6.", "One meeting and three visits", "1:1", "Class teacher and teaching assistant"],
        ]),
    ],
    G=[
        ("t", ["Health provision", "Who provides it", "How often and for how long"], [
            ["Review and update of Ruby's epilepsy care plan, and training of her class team, including giving rescue medicine. School can also telephone the epilepsy nurse when needed for advice after a seizure.", "Epilepsy Nurse Specialist, Black Country Healthcare", "Care plan reviewed every 6 months; staff training for 2 hours each September and for new staff"],
            ["Eating and drinking (dysphagia) assessment, review of Ruby's eating and drinking plan, and training for staff who support her at mealtimes.", "Speech and Language Therapist (dysphagia), Children's Speech and Language Therapy Service", "Review visit of 1 hour each term; staff training of 90 minutes once a year"],
            ["Physiotherapy: review of Ruby's postural management programme, standing frame, sleep system and hydrotherapy programme.", "Paediatric Physiotherapist, Children's Therapy Service", "Every 3 weeks in school, 45 minutes"],
            ["Specialist wheelchair and seating, provided and maintained.", "Regional Wheelchair Service", "Review every 6 months"],
        ]),
        ("p", "Health agreement: Helen Marsh, Designated Clinical Officer, Black Country Integrated Care Board (ICB), agreed the provision in this section on 9 February 2026."),
    ],
    H1=[
        ("b", [
            "Overnight short breaks at Maple House short-break unit: one night a month (12 nights a year), with staff trained in Ruby's epilepsy and eating and drinking plans.",
            "A direct payment for 3 hours a week of personal assistant support at home on Saturday mornings, to help with Ruby's personal care and so that her parents can spend time with her brothers.",
        ], "style"),
        ("p", "Agreed by the Children with Disabilities Team after its review of 10 December 2025; reviewed every six months by Ruby's social worker."),
    ],
    H2=[("p", "None.")],
    I=[("p", "Oakwood School, Wrenford: a community special school for pupils aged 2 to 11 with severe, profound and multiple learning difficulties, part of the Canalside Special Schools Federation.")],
    J=[("p", "Personal budget: a direct payment of £51 a week for the personal assistant support in Section H1, managed by Ruby's mum with help from the council's direct payments support service.")],
    K=[
        ("t", ["Advice and information", "Given by", "Date"], [
            ["Ruby's views (observation)", "Mrs Joanne Birch, Class Teacher, and Mr Imran Ali, Teaching Assistant, Oakwood School", "14 January 2026"],
            ["Parents' views", "Ruby's mother and father", "20 January 2026"],
            ["Educational advice (annual review report)", "Mrs Joanne Birch, Class Teacher, Oakwood School", "9 January 2026"],
            ["Psychological advice", "Dr Tom Ellis, Educational Psychologist", "2 December 2025"],
            ["Medical advice", "Dr Priya Raman, Community Paediatrician", "11 November 2025"],
            ["Epilepsy advice", "Lisa Moran, Epilepsy Nurse Specialist", "18 November 2025"],
            ["Speech and language therapy advice (communication and dysphagia)", "Leanne Cole, Speech and Language Therapist", "5 January 2026"],
            ["Physiotherapy advice", "Neil Grant, Paediatric Physiotherapist", "12 December 2025"],
            ["Occupational therapy advice", "Hannah Webb, Occupational Therapist", "8 December 2025"],
            ["Orthoptic check", "Orthoptist, Wrenford Hospital Eye Clinic (letter)", "23 September 2025"],
            ["Wheelchair review", "Regional Wheelchair Service (clinician's report)", "4 November 2025"],
            ["Social care advice", "Gavin Price, Social Worker, Children with Disabilities Team", "10 December 2025"],
        ]),
    ],
    signoff="Signed on behalf of Wrenford Metropolitan Borough Council: Rachel Lowe, EHC Co-ordinator, 13 February 2026.",
))

# ---------------------------------------------------------------- ad210 (ef-table, SOUND)
PLANS.append(dict(
    id="ad210", layout="ef-table", name="Darius", footer="Final plan, October 2026",
    front=[
        ("First name", "Darius"),
        ("Education phase and year", "Early years - funded two-year-old place at a private day nursery"),
        ("Age", "2 years 10 months"),
        ("Home languages", "Romanian"),
        ("Date this plan was issued", "5 October 2026"),
        ("Date of last annual review", "None yet - first plan. It will be reviewed every six months while Darius is under five; the first review is due by April 2027."),
        ("EHC co-ordinator", "Jas Bains, EHC Co-ordinator (Early Years)"),
        ("Interpreter", "Romanian interpreter at all family meetings"),
    ],
    A=[
        ("h", "All about Darius"),
        ("p", "Darius is nearly three and lives with his mum, his dad and his big sister, Ioana, who is eight, in Oldbury. His family came to England from Romania in 2021. Darius has regular video calls with his grandparents in Romania and he laughs when they sing to him. He loves cars, wheels, water, trampolines and the song 'Twinkle, Twinkle'. He is a quick, active little boy who knows exactly where his favourite toys are kept, and he is brilliant at puzzles."),
        ("h", "How we found out what Darius likes and thinks (observation and play)"),
        ("p", "Darius does not yet use words, so his key person at Little Acorns Day Nursery, Miss Kelly Jones, and his Portage home visitor (Portage is a home-visiting educational service for young children with special educational needs) watched him at nursery and at home over three weeks in July 2026. They noted what he chose, what made him smile and what upset him, and his mum and dad told us what they see at home, through the interpreter."),
        ("b", [
            "He goes straight to the car mat and the water tray every morning and lines up the cars along the edge.",
            "He takes an adult's hand and puts it on the tap or the jar when he wants something.",
            "He smiles and bounces when an adult joins his game of pushing a car down the ramp, and looks at them to do it again.",
            "He becomes upset and drops to the floor when it is time to come in from the garden; a sand timer and a photograph of what comes next help him.",
        ]),
        ("h", "What Darius's family say"),
        ("p", "Mum said: \"Darius is clever - he can do a puzzle faster than his sister! He is loving and likes cuddles at bedtime. But he doesn't talk, not in Romanian or English, and he doesn't play with other children. We want to understand him and help him.\" Dad said that bedtimes and getting out of the house in the morning are very hard, and the family would like some help with routines."),
        ("h", "Hopes and aspirations"),
        ("b", [
            "Mum and Dad hope Darius will be able to tell them what he wants, in Romanian or English, with words, pictures or signs.",
            "They want him to enjoy playing with other children, including his sister and cousins.",
            "They hope he will start Reception at a local school with the support he needs, and be happy there.",
        ]),
    ],
    B=[
        ("p", "Darius's needs are in social communication and interaction, and in his play and early learning. He is learning in a home where Romanian is spoken; the speech and language therapist assessed him in Romanian with the interpreter and found that his difficulties are not caused by learning English as an additional language (EAL). The advice in Section K was used to write this section."),
        ("h", "Communication and interaction"),
        ("p", "Darius does not yet use words in either language. He communicates by leading adults by the hand, by crying and by bringing objects. He responds to his name some of the time and follows very simple routines, such as coming to the table when he sees his cup. He finds it hard to share attention with an adult on a toy or a picture. He needs adults to use very simple language, to follow his lead and to use objects and pictures to help him understand and communicate; he needs an adult close by, when needed, to help him manage changes."),
        ("h", "Cognition and learning"),
        ("p", "Darius is skilled at puzzles, shape sorters and building towers of eight bricks. His play is mostly repetitive, for example lining up cars or spinning wheels. He can now sit at the table for up to two minutes for an activity he enjoys. He needs short, fun adult-led activities to widen his play and learning."),
        ("h", "Social, emotional and mental health"),
        ("p", "Darius is mostly content, but he becomes very distressed when routines change or an activity ends, and may drop to the floor or cry for several minutes. He plays alone and does not yet join other children."),
        ("h", "Sensory and/or physical"),
        ("p", "Darius runs, climbs and jumps well. He seeks movement and likes spinning and bouncing. He dislikes having his hands messy and will not touch paint or sand."),
    ],
    C=[
        ("p", "Darius has no health needs relating to his special educational needs. This is based on the community paediatrician's advice of 2 June 2026, which found that he is healthy and that his growth and physical development are typical for his age, and on a hearing test by the Children's Audiology Service on 14 May 2026, which found his hearing to be typical."),
    ],
    D=[
        ("p", "Darius's care needs are higher than those of other children of his age: he does not sleep until late, wakes often, and finds getting dressed and leaving the house very hard, so mornings and evenings are stressful for the family. An Early Help assessment by Wrenford North Family Hub on 16 July 2026 found that the family would benefit from help with routines at home. The Children with Disabilities Team screened Darius's needs on 3 August 2026 and found that he does not need a specialist social care service at present; the family know about short breaks through the Local Offer."),
    ],
    EF=[
        ("p", "These outcomes are for the next twelve months and will be checked at each six-monthly review. They were co-produced with Darius's parents, his key person and his Portage home visitor on 28 August 2026."),
        ("ef", ["What we want Darius to achieve", "What will help him", "How often / how long", "Who will do it"], [
            ("area", "Communication and interaction"),
            ("E1. By April 2027, Darius will ask for something he wants by handing an adult a picture, using a sign or saying a word (in Romanian or English), 10 times a day at nursery, as counted by his key person on two days each week. (From his parents' hope that he can tell them what he wants.)", [
                ("Picture Exchange Communication System (PECS) phase 1 and 2 teaching, 1:1, using his favourite toys and snacks.", "Daily, 10 minutes, on each day he attends", "Key person, trained in PECS by the speech and language therapist"),
                ("Speech and language therapy: a block of weekly 45-minute sessions at nursery with Darius, his key person and a parent, using the interpreter, then a review and a written programme.", "6 sessions then review, from October 2026", "Speech and Language Therapist, Children's Speech and Language Therapy Service"),
            ]),
            ("E2. By October 2027, Darius will share attention with an adult on a toy or book (looking at the adult and the toy) for 2 minutes, on 4 out of 5 observed sessions, recorded by his key person.", [
                ("Attention Autism stage 1 'bucket' sessions (a structured programme that builds attention through exciting objects), in a group of no more than 3 children.", "Four times a week, 10 minutes", "Nursery practitioner trained in Attention Autism"),
                ("Portage home visits: play-based teaching at home with Darius and his parents, with a shared activity plan for the week.", "Weekly, 1 hour, 12 visits then review", "Portage Home Visitor, Wrenford Portage Service"),
            ]),
            ("area", "Play, learning and getting on with others"),
            ("E3. By October 2027, Darius will play a simple turn-taking game (such as rolling a car or a ball back and forth) with one other child and an adult, for 3 turns each, on 3 days out of 5, as recorded by his key person. (From the family's hope that he enjoys playing with other children.)", [
                ("Adult-led turn-taking play with Darius and one other child.", "Daily, 10 minutes", "Key person"),
                ("A specialist teacher from the Early Years Inclusion Team visits to observe Darius, model activities to staff and review progress with the setting's special educational needs co-ordinator (SENCo).", "Once each half term, 1.5 hours", "Specialist Teacher, Early Years Inclusion Team"),
            ]),
            ("E4. By April 2027, when an activity ends, Darius will move to the next activity with the help of a sand timer and a 'now and next' photograph, without dropping to the floor, on 4 out of 5 transitions each day, as recorded on his transition chart.", [
                ("A 'now and next' photograph board and a sand timer, made and kept up to date by his key person, used at every change of activity.", "At every transition, every session", "Key person and room staff"),
            ]),
            ("area", "Sensory, physical and independence"),
            ("E5. By October 2027, Darius will touch and play with one messy material (such as sand, playdough or paint) for 2 minutes without distress, on 3 out of 4 sessions, as recorded by his key person.", [
                ("Graded messy play, starting with dry materials and moving step by step to wet materials, 1:1.", "Three times a week, 10 minutes", "Key person, following the specialist teacher's plan"),
            ]),
        ]),
        ("h", "Across the nursery day"),
        ("b", [
            "From October 2026, the nursery will provide an additional practitioner for Darius's room for all 15 hours he attends each week, funded through the local authority's early years inclusion funding, so that his key person can deliver the 1:1 and small-group provision above.",
            "The nursery SENCo will meet Darius's parents, with an interpreter, for 30 minutes each half term to review his progress and share his records.",
            "March 2027: the SENCo and the specialist teacher will plan Darius's move to a nursery class or Reception with his parents, including two visits to the new setting with his key person.",
        ]),
    ],
    G=[
        ("p", "No health provision is required. See Section C: the community paediatrician found no health needs relating to Darius's special educational needs. Darius's parents can go to their family doctor or the health visitor if any health concerns arise."),
    ],
    H1=[("p", "None. The Children with Disabilities Team found no need for a specialist social care service (screening of 3 August 2026). The family have information about short breaks through the Local Offer.")],
    H2=[
        ("b", [
            "Early Help: a family support worker from Wrenford North Family Hub will visit the family at home once a fortnight for one hour, for 12 weeks from 1 October 2026, with an interpreter, to help the family set up bedtime and morning routines using pictures, then review with the family.",
            "The family support worker will also book Darius and his mum onto the Family Hub's six-week 'Sleep Well' parent group (one 90-minute session a week).",
        ]),
    ],
    I=[("p", "Little Acorns Day Nursery, Oldbury: a private, voluntary and independent early years setting (funded 15 hours a week, five mornings).")],
    J=[("p", "No personal budget has been requested.")],
    K=[
        ("t", ["Advice and information", "Given by", "Date"], [
            ["Parents' views (with interpreter)", "Darius's mother and father", "8 July 2026"],
            ["Darius's views (observation)", "Miss Kelly Jones, Key Person, Little Acorns Day Nursery, and Gemma Short, Portage Home Visitor", "24 July 2026"],
            ["Educational advice", "Miss Kelly Jones, Key Person, and Lorna Webb, SENCo, Little Acorns Day Nursery", "20 July 2026"],
            ["Early years specialist teaching advice", "Diane Hart, Specialist Teacher, Early Years Inclusion Team", "30 June 2026"],
            ["Psychological advice", "Dr Sophie Lane, Educational Psychologist", "17 July 2026"],
            ["Medical advice", "Dr Ifeoma Nwosu, Community Paediatrician", "2 June 2026"],
            ["Hearing test", "Children's Audiology Service (audiologist's report)", "14 May 2026"],
            ["Speech and language therapy advice", "Leanne Cole, Speech and Language Therapist", "25 June 2026"],
            ["Early Help assessment", "Nicola Reece, Family Support Worker, Wrenford North Family Hub", "16 July 2026"],
            ["Social care advice (screening)", "Marcus Reid, Social Worker, Children with Disabilities Team", "3 August 2026"],
        ]),
    ],
    signoff="Signed on behalf of Wrenford Metropolitan Borough Council: Jas Bains, EHC Co-ordinator, 5 October 2026.",
))

# ---------------------------------------------------------------- ad211 (bold-statutory, FAIL)
PLANS.append(dict(
    id="ad211", layout="bold-statutory", name="Kieran", footer="Amended plan",
    front=[
        ("First name:", "Kieran"),
        ("Education phase and year:", "Post-16 - specialist college, year 3 of 3"),
        ("Age:", "20"),
        ("Plan first issued:", "March 2023"),
        ("Date this plan was issued:", "18 November 2025"),
        ("Date of last annual review:", "21 October 2025"),
        ("EHC co-ordinator:", "Jas Bains, EHC Co-ordinator (Preparing for Adulthood)"),
    ],
    A=[
        ("p", "Kieran's views - written by Kieran with his tutor at Severn Brook College in October 2025, in his own words:"),
        ("b", [
            "My name is Kieran. I am 20. I have Down syndrome. I live with my mum and my sister in Wednesbury.",
            "I like college. I like the café best. I make the coffees and I say 'hello, what would you like?'",
            "I like music. I want to be a DJ at parties. I like dancing with my friends at the disco on Friday.",
            "I want a job in a café. I want to live in a flat with my friends Josh and Ellie.",
            "I don't like it when people rush me. I don't like the bus when it is busy.",
        ], "•"),
        ("p", "Mum's views: \"Kieran is a joy. He is sociable, polite and he has a great memory for music and people's names - he knows everyone at college. He has grown up so much at Severn Brook. We are thinking about what happens when college ends next summer. I want him to have a job, even a few hours, and to be able to get about on his own. I'd like him to move into supported living with friends one day, but he needs to learn to cook and to manage his money first. I worry about his sleep and his weight.\""),
        ("p", "Kieran's strengths: he is friendly and confident with customers, he follows routines well, he is good with music technology, he remembers names and faces, and he takes pride in his appearance."),
        ("p", "Aspirations: Kieran wants to work in a café and, one day, as a DJ. He wants to live in a flat with his friends. His mum hopes he will have paid work and move into supported living when he is ready."),
    ],
    B=[
        ("p", "Kieran has Down syndrome and severe learning difficulties."),
        ("p", "Communication and interaction: Kieran speaks in sentences and is a confident communicator with people he knows. His speech can be unclear to people who do not know him, especially when he is excited. He understands short, clear instructions but needs longer or new information broken down and shown with pictures. He needs time to process what he hears."),
        ("p", "Cognition and learning: Kieran reads familiar words and short sentences, and he can write his name, address and short notes. He can count and use numbers to 100 but he does not yet understand the value of money or work out change. He learns best through practical, real-life tasks, repeated often."),
        ("p", "Social, emotional and mental health: Kieran has a wide circle of friends at college. He can become anxious when he is rushed or when there are unexpected changes, for example a late or crowded bus, and he may refuse to continue."),
        ("p", "Independence: Kieran can make a hot drink and a sandwich. He cannot yet cook a meal, use a cooker safely or plan a shopping list. He travels to college on college transport and has not yet travelled alone on public transport."),
    ],
    C=[
        ("p", "Kieran has the following health needs related to his Down syndrome:"),
        ("b", [
            "Obstructive sleep apnoea (his breathing stops for short periods while he is asleep), which makes him very tired during the day. He uses a continuous positive airway pressure (CPAP) machine and mask at night, but he does not always keep it on.",
            "An underactive thyroid gland, treated with a daily tablet, which needs a yearly blood test.",
            "He is above a healthy weight for his height.",
        ], "-"),
    ],
    D=[
        ("p", "Adult Social Care reviewed Kieran's care and support needs under the Care Act 2014 on 2 October 2025. He has eligible needs for support to take part in activities in the community, to develop daily living skills (cooking, shopping and managing money) and to keep up his friendships. His mum meets his personal care needs with prompting only."),
    ],
    E=[
        ("p", "The outcomes below were agreed at Kieran's annual review on 21 October 2025."),
        ("b", [
            "E1 (Employment): By July 2026, Kieran will be more confident working in the college café and will enjoy his work placement.",
            "E2 (Employment): By July 2026, Kieran will gain the Entry Level 2 Certificate in Hospitality and Catering, as confirmed by the college's examination results.",
            "E3 (Independent living): By July 2026, Kieran will be more confident when travelling on buses.",
            "E4 (Independent living): Kieran will improve his cooking skills.",
            "E5 (Friends and community): By July 2026, Kieran will feel happier and more settled when things change unexpectedly.",
            "E6 (Good health): By July 2026, Kieran will choose a healthy option from the college café menu for his lunch on at least 4 days a week, as recorded on his lunch log by his personal tutor.",
            "E7 (Good health): By July 2026, Kieran will put on his CPAP mask by himself and keep it on for at least 6 nights a week, as shown by the CPAP machine's usage record, which the sleep clinic downloads.",
        ], "•"),
    ],
    F=[
        ("p", "Kieran attends Severn Brook College five days a week (32 weeks a year, 9.30am to 3.30pm) on the Pathways to Employment programme."),
        ("b", [
            "Kieran should have 1:1 travel training with the college's qualified travel trainer, for one hour, twice a week, where possible.",
            "Access to the college's money-skills group: no more than 6 students, one 45-minute session each week, led by a learning support tutor.",
            "Cookery in the college's training kitchen, twice a week for 90 minutes, in a group of no more than 5, led by the independent living tutor.",
            "Hospitality and catering teaching in the college café, three days a week for 3 hours, in a group of no more than 8, led by a qualified catering tutor with a learning support assistant.",
            "A job coach may accompany Kieran on his external work placement at the Wrenford Leisure Centre café for the first two hours of each Tuesday placement day (10 weeks from January 2026).",
            "Speech and language therapy: the college speech and language therapist will work with Kieran 1:1 for 30 minutes each fortnight on speaking clearly with customers and on asking for help.",
            "A 20-minute 1:1 session each week with his personal tutor, using a visual 'change' plan to prepare for any changes to his timetable.",
        ], "-"),
    ],
    G=[
        ("b", [
            "Sleep Clinic, Wrenford Hospital: a review of Kieran's sleep apnoea and CPAP use every six months (a one-hour clinic appointment), including downloading his CPAP machine data; the clinic also maintains and replaces his CPAP machine and masks.",
            "General practitioner (GP): an annual learning disability health check (30 minutes), including his thyroid blood test and a review of his weight, with a written health action plan.",
            "Community dietitian: four 30-minute appointments over six months from January 2026, to agree a healthy eating plan with Kieran and his mum, then review.",
        ], "•"),
        ("p", "Health agreement: agreed by Dr Andrew Shaw, Designated Medical Officer for 16 to 25, Black Country Integrated Care Board (ICB), 12 November 2025."),
    ],
    H1=[("p", "Not applicable - Kieran is over 18. His social care support is set out in Section H2.")],
    H2=[
        ("b", [
            "A personal assistant for 5 hours a week (Friday evening for the college disco, and Sunday morning for shopping and a community activity), funded by a direct payment from Adult Social Care following the Care Act review of 2 October 2025.",
            "Review of Kieran's care and support plan by his adult social worker every 6 months.",
        ], "•"),
    ],
    I=[("p", "Severn Brook College: an independent specialist post-16 institution for young people aged 16 to 25 with learning difficulties (day placement).")],
    J=[("p", "A personal budget for social care is paid as a direct payment to Kieran's mum on his behalf: 5 hours a week of personal assistant support (see Section H2).")],
    K=[
        ("p", "Advice and information:"),
        ("b", [
            "Kieran's views - Kieran, with his tutor, Severn Brook College - 14 October 2025",
            "Parent's views - Kieran's mother - 21 October 2025",
            "Educational advice - College report",
            "Psychological advice - Dr Ben Adeyemi, Educational Psychologist - 9 November 2022",
            "Medical advice - Dr Kamal Shah, General Practitioner - 6 March 2023",
            "Health information",
            "Sleep Clinic report - Sleep Clinic, Wrenford Hospital - 2 May 2023",
            "Speech and language therapy advice - Tom Hill, Speech and Language Therapist - 18 October 2022",
            "Social care advice (Care Act review) - Danielle Moore, Social Worker, Adult Social Care - 2 October 2025",
            "Dietetic advice - Sam Okoro, Community Dietitian - 29 September 2025",
            "Preparing for adulthood advice - Sunita Gill, Careers and Transition Adviser, Wrenford Careers Service - 21 October 2025",
        ], "-"),
    ],
    signoff="Signed on behalf of Wrenford Metropolitan Borough Council: Jas Bains, EHC Co-ordinator, 18 November 2025.",
))

# ---------------------------------------------------------------- ad212 (shaded-heading-table, FAIL)
PLANS.append(dict(
    id="ad212", layout="shaded-heading-table", name="Marek", footer="Amended plan, July 2026",
    front=[
        ("First name", "Marek"),
        ("Education phase and year", "Primary - Year 3"),
        ("Date this plan was issued", "20 July 2026"),
        ("Date of last annual review", "25 June 2026"),
        ("Looked after", "Yes - Marek lives with foster carers under a care order"),
        ("Home languages", "English (foster home); Slovak (family time with his birth mother)"),
        ("EHC co-ordinator", "Kiran Dosanjh, EHC Co-ordinator"),
    ],
    A=[
        ("h", "About Marek"),
        ("p", "Marek is an 8-year-old male who presents with global developmental delay of unknown aetiology and a moderate learning difficulty. Speech is characterised by a severe phonological disorder with persisting processes of stopping, fronting and cluster reduction, resulting in markedly reduced intelligibility in connected speech. Receptive language falls within the severe range on standardised assessment (CELF-5 core language standard score 61), with particular deficits in the comprehension of complex syntax and verbal working memory. Presentation is further complicated by sensory modulation difficulties, with sensory-seeking behaviours in the proprioceptive and oral domains."),
        ("p", "Marek has attended Woodside Primary School since Reception. Previous assessment identified concerns regarding attention and listening, expressive and receptive language and early literacy acquisition. Progress across the curriculum has been slow relative to age-related expectations, notwithstanding targeted intervention. Cognitive assessment indicates a relative strength in non-verbal reasoning, with weaknesses in auditory memory and processing speed."),
        ("h", "Marek's views"),
        ("p", "Marek's class teacher, Mrs Dale, talked with him in May 2026 using Talking Mats (a picture-based way of sharing views), and wrote down what he said:"),
        ("b", [
            "\"I like football with Tyler. Tyler is my brother.\" (Tyler is his foster carers' son.)",
            "\"I like my bike. I like swimming.\"",
            "\"I don't like reading. It's hard. People don't know what I say.\"",
            "\"When I'm big I drive a bus. A big red one.\"",
        ], "style"),
        ("h", "What Marek's foster carers say"),
        ("p", "Marek has lived with his foster carers, Sue and Dave, for two years. They said: \"Marek is a lovely, cheeky lad with a huge heart. He has settled so well with us and he and Tyler are inseparable. He loves being outside - football, his bike, the park. He gets frustrated when people don't understand him, and he can't sit still for long. We would love him to learn to swim properly and to ride his bike without stabilisers, and we want him to be able to make himself understood.\""),
        ("p", "Sue and Dave also said that Marek enjoys helping Dave in the garden, loves the animals at the city farm and is very proud when he scores a goal at his Saturday football club. He sleeps and eats well. At home, they use simple words and lots of pictures and gestures with him, which helps."),
        ("h", "What is important to Marek"),
        ("b", [
            "Football with Tyler, and his Saturday football club.",
            "His bike and going to the park.",
            "Knowing what is happening next.",
            "People waiting and listening when he is trying to tell them something.",
        ], "style"),
        ("h", "Hopes and aspirations"),
        ("b", [
            "Marek wants to drive a bus when he grows up, to ride his bike and to play football with Tyler.",
            "His foster carers hope he will learn to swim and ride his bike without stabilisers this year, make friends at school and be understood by people outside the family.",
        ], "style"),
    ],
    B=[
        ("p", "Marek's special educational needs are in speech, language and communication, and in learning. The advice in Section K has been used to write this section."),
        ("h", "What Marek does well"),
        ("p", "Marek is friendly, energetic and kind. He is good at football and other physical games, he remembers routines, and he is a good helper in class. He recognises 30 words by sight and can count to 20."),
        ("h", "Communication and interaction"),
        ("p", "Marek's speech is very hard to understand for people who do not know him, because he replaces many sounds with others (for example 'tar' for 'car'). He understands simple instructions but finds longer sentences and questions such as 'why' and 'how' hard. He becomes frustrated when he is not understood and can give up talking."),
        ("h", "Cognition and learning"),
        ("p", "Marek is working at about the level expected at the end of Reception in reading, writing and maths. He knows 15 letter sounds and is beginning to blend. He finds it hard to remember what he has heard and needs visual support and repetition."),
        ("p", "In writing, Marek can write his first name and copy a short sentence. His letters are large and not always correctly formed, and he finds it hard to think of what to write. In maths he can count objects to 20 and recognise numbers to 20; he is beginning to add two small groups with objects."),
        ("h", "Social, emotional and mental health"),
        ("p", "Marek gets on well with adults and with other children in the playground. He can become upset and shout when he cannot make himself understood."),
        ("h", "Sensory and physical"),
        ("p", "Marek seeks a lot of movement and deep pressure: he finds it very hard to sit still on the carpet, he chews his sleeves and pencils, and he covers his ears in the busy dining hall. He needs planned movement and sensory breaks, something safe to chew, and help in noisy places."),
    ],
    C=[
        ("p", "Marek has no health needs relating to his special educational needs. This is based on his looked-after child health assessment by Dr Ifeoma Nwosu, Community Paediatrician, on 12 March 2026, which found him fit and well, and on a hearing test by the Children's Audiology Service on 5 February 2026, which found his hearing to be typical."),
    ],
    D=[
        ("p", "Marek is a looked after child."),
    ],
    E=[
        ("p", "Marek's outcomes were agreed at his annual review on 25 June 2026. His class teacher will record his progress each half term."),
        ("b", [
            "E1 (Communication): By July 2027, Marek will say the sounds 'k' and 'g' correctly at the start of words in sentences, in 8 out of 10 attempts, as checked each term by the speech and language therapist.",
            "E2 (Communication): By July 2027, Marek will answer simple 'who', 'what' and 'where' questions about a short story, getting 4 out of 5 right, as recorded by his teaching assistant.",
            "E3 (Reading): By July 2027, Marek will know all 40 phase 2 and phase 3 phonics sounds and read 20 three-letter words, as checked by his class teacher each half term.",
            "E4 (Writing): By July 2027, Marek will write a sentence of 5 words with a capital letter and a full stop, on 3 out of 4 occasions, as recorded in his writing book.",
            "E5 (Maths): By July 2027, Marek will add and take away numbers to 20 using a number line, with 8 out of 10 correct on a termly check.",
        ], "style"),
    ],
    F=[
        ("t", ["Provision", "How often and how long", "Group size", "Who"], [
            ["Speech and language therapy: the speech and language therapist will work with Marek on his speech sounds and understanding, and write his programme.", "Once a fortnight, 45 minutes, during term time", "1:1", "Speech and Language Therapist, Children's Speech and Language Therapy Service"],
            ["Marek's speech sounds and language programme.", "Daily, 15 minutes", "1:1", "Teaching assistant trained by the speech and language therapist"],
            ["Phonics catch-up using the school's phonics programme.", "Daily, 20 minutes", "Group of no more than 3", "Teaching assistant trained in the phonics programme"],
            ["Writing support with a sentence frame and word mat.", "Three times a week, 20 minutes", "Group of no more than 4", "Class teacher"],
            ["Maths using practical equipment and a number line.", "Four times a week, 15 minutes", "Group of no more than 4", "Teaching assistant"],
            ["Visual supports (a visual timetable, key-word pictures and a 'help' card) on his desk, prepared by the teaching assistant.", "Every lesson", "1:1", "Teaching assistant"],
            ["An educational psychologist will visit to review Marek's learning and advise staff.", "Once a term, 2 hours", "Not applicable", "Educational Psychologist"],
        ]),
    ],
    G=[
        ("p", "None. No health needs relating to Marek's special educational needs have been identified (see Section C)."),
    ],
    H1=[("p", "Not applicable.")],
    H2=[("p", "None.")],
    I=[("p", "Woodside Primary School, Tipton: a mainstream community primary school.")],
    J=[("p", "No personal budget has been requested.")],
    K=[
        ("t", ["Advice and information", "Given by", "Date"], [
            ["Marek's views (Talking Mats)", "Mrs Helen Dale, Class Teacher, Woodside Primary School", "14 May 2026"],
            ["Foster carers' views", "Sue and Dave, Marek's foster carers", "25 June 2026"],
            ["Educational advice (annual review report)", "Mrs Helen Dale, Class Teacher, and Mr Raj Sahota, Special Educational Needs Co-ordinator (SENCo), Woodside Primary School", "10 June 2026"],
            ["Psychological advice", "Dr Tom Ellis, Educational Psychologist", "19 February 2026"],
            ["Medical advice (looked-after child health assessment)", "Dr Ifeoma Nwosu, Community Paediatrician", "12 March 2026"],
            ["Hearing test", "Children's Audiology Service (audiologist's report)", "5 February 2026"],
            ["Speech and language therapy advice", "Beth Cartwright, Speech and Language Therapist", "23 April 2026"],
            ["Social care advice", "Zoe Clarke, Social Worker, Children in Care Team", "2 June 2026"],
        ]),
    ],
    signoff="Signed on behalf of Wrenford Metropolitan Borough Council: Kiran Dosanjh, EHC Co-ordinator, 20 July 2026.",
))


# ---------------------------------------------------------------- build and check
CRITERIA = """CA-DATED CA-ADVICE-AGE CA-STATUTORY-ADVICE CA-ANNUAL-REVIEW
PC-OUTCOME-NOT-PROVISION PC-SMART PC-VOICE PC-ASPIRATIONS PC-ASPIRATION-LINK PC-PFA PC-STRENGTHS
PR-VAGUE-WORDING PR-QUANTIFIED PR-OUTCOME-LINK
HC-NEEDS HC-PROVISION-SPECIFIC HC-NEEDS-MET HC-ADVICE HC-DCO-SIGNOFF HC-THERAPY-PLACEMENT HC-ADVICE-PROVIDERS HC-OUTCOMES
SC-NEEDS SC-STATUTORY-LINK SC-PROVISION-SPECIFIC SC-ADVICE SC-RIGHT-SECTION
LG-SPELLING LG-GRAMMAR LG-READABILITY LG-JARGON""".split()


def docx_paragraphs(path):
    """Every paragraph's text (body and table cells, in body order)."""
    d = docx.Document(path)
    out = []
    for p in d.element.body.iter(qn("w:p")):
        out.append("".join(t.text or "" for t in p.iter(qn("w:t"))))
    return out


def check_labels(outdir):
    import yaml
    path = os.path.join(outdir, "labels.yaml")
    if not os.path.exists(path):
        print("no labels.yaml yet")
        return True
    key = yaml.safe_load(open(path, encoding="utf-8"))
    ok = True
    fails = {c: 0 for c in CRITERIA}
    for pl in key["plans"]:
        f = os.path.join(outdir, "plans", pl["file"])
        paras = docx_paragraphs(f)
        labs = pl["labels"]
        if sorted(labs) != sorted(CRITERIA):
            print(pl["file"], "criteria mismatch", set(CRITERIA) ^ set(labs)); ok = False
        for c, v in labs.items():
            if v not in ("pass", "fail", "na"):
                print(pl["file"], c, "bad value", v); ok = False
            if v == "fail":
                fails[c] += 1
                if c not in pl.get("why", {}):
                    print(pl["file"], c, "fail without why"); ok = False
        for c, w in pl.get("why", {}).items():
            quotes = re.findall(r'"([^"]+)"', w)
            if not quotes:
                print(pl["file"], c, "why without quote"); ok = False
            for q in quotes:
                if not any(q in p for p in paras):
                    print(pl["file"], c, "QUOTE NOT FOUND:", q); ok = False
    for c, n in fails.items():
        need = 2 if c in ("PC-SMART", "PR-QUANTIFIED", "PC-OUTCOME-NOT-PROVISION", "PR-VAGUE-WORDING", "HC-NEEDS-MET", "SC-STATUTORY-LINK") else 1
        if n < need:
            print("criterion fails too rarely:", c, n); ok = False
    sound = [pl["file"] for pl in key["plans"] if all(v != "fail" for v in pl["labels"].values())]
    print("sound plans:", sound)
    return ok


def main():
    outdir = HERE
    os.makedirs(os.path.join(outdir, "plans"), exist_ok=True)
    for plan in PLANS:
        doc = RENDER[plan["layout"]](plan)
        fn = os.path.join(outdir, "plans", plan["id"] + ".docx")
        doc.save(fn)
        words = sum(len(p.split()) for p in docx_paragraphs(fn))
        print(plan["id"], plan["layout"], words, "words")
    ok = check_labels(outdir)
    print("CHECK OK" if ok else "CHECK FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
