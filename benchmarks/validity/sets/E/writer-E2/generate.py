"""Generator for blind set E2 (rural shire county house style).
Builds e201.docx ... e212.docx in three layouts: heading2-numbered (H),
letter-column (L) and shaded-heading-table (S). Plan content is in PLANS below."""
import os
from docx import Document
from docx.shared import Pt, Cm
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "plans")
COUNCIL = "Hartsdale County Council"

TITLES = {
    "A": "Section A: All about me - views, interests and aspirations",
    "B": "Section B: What I need help with - special educational needs",
    "C": "Section C: Health needs related to my special educational needs or disability",
    "D": "Section D: Social care needs related to my special educational needs or disability",
    "E": "Section E: What I will achieve - outcomes",
    "F": "Section F: Special educational provision - the help I will get",
    "G": "Section G: Health provision",
    "H1": "Section H1: Social care provision made under section 2 of the Chronically Sick and Disabled Persons Act 1970",
    "H2": "Section H2: Any other social care provision",
    "I": "Section I: School or other setting",
    "J": "Section J: Personal budget",
    "K": "Section K: Advice and information gathered",
}
ORDER = ["A", "B", "C", "D", "E", "F", "G", "H1", "H2", "I", "J", "K"]
PROV_HEAD = ["How this will be done", "How often", "Who will do this", "Funded by"]
K_HEAD = ["Advice or information", "Given by", "Date"]


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def add_items(container, items, first_para=None):
    """items: str -> paragraph; ('b', [..]) -> bullets; ('n', [..]) numbered;
    ('q', text) -> italic quote; ('bold', text) -> bold paragraph."""
    used_first = False
    for it in items:
        if isinstance(it, str):
            kind, val = "p", it
        else:
            kind, val = it
        if kind == "b" or kind == "n":
            style = "List Bullet" if kind == "b" else "List Number"
            for v in val:
                container.add_paragraph(v, style=style)
            continue
        if first_para is not None and not used_first:
            p = first_para
            used_first = True
        else:
            p = container.add_paragraph()
        r = p.add_run(val)
        if kind == "q":
            r.italic = True
        if kind == "bold":
            r.bold = True


def front_table(doc, plan):
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in plan["front"]:
        row = t.add_row().cells
        row[0].text = k
        row[0].paragraphs[0].runs[0].bold = True
        row[1].text = v
    doc.add_paragraph()


def title_block(doc, plan):
    p = doc.add_paragraph()
    r = p.add_run(COUNCIL)
    r.bold = True
    r.font.size = Pt(14)
    doc.add_paragraph("Education, Health and Care (EHC) Plan for " + plan["name"])
    doc.add_paragraph("Written by the council's special educational needs and disabilities (SEND) team with "
                      + plan["name"] + ", the family and the people who work with them.")


def prov_table(container, rows, head=PROV_HEAD, shade_head="E7E6E6"):
    t = container.add_table(rows=1, cols=len(head))
    t.style = "Table Grid"
    for i, h in enumerate(head):
        t.rows[0].cells[i].text = h
        t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
        if shade_head:
            shade(t.rows[0].cells[i], shade_head)
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    return t


def sec_parts(plan, key):
    return plan.get(key, [])


# ---------------- layout 1: heading2-numbered ----------------
def render_heading(plan, path):
    doc = Document()
    title_block(doc, plan)
    front_table(doc, plan)
    for key in ORDER:
        doc.add_heading(TITLES[key], level=2)
        data = plan[key]
        if key in ("A", "B", "E", "F"):
            for n, (sub, items) in enumerate(data["subs"] if isinstance(data, dict) else data, 1):
                doc.add_heading(f"{key}{n} {sub}", level=3)
                if key == "E":
                    for it in items:
                        doc.add_paragraph(it, style="List Number")
                elif key == "F":
                    for row in items:
                        if isinstance(row, tuple) and len(row) == 4:
                            p = doc.add_paragraph(style="List Bullet")
                            p.add_run(row[0].rstrip(".") + ".").bold = True
                            p.add_run(f" How often: {row[1]}. Who will do this: {row[2]}. Funded by: {row[3]}.")
                        else:
                            add_items(doc, [row])
                else:
                    add_items(doc, items)
            if isinstance(data, dict) and data.get("after"):
                add_items(doc, data["after"])
        elif key == "G":
            for row in data["rows"]:
                p = doc.add_paragraph(style="List Bullet")
                p.add_run(row[0].rstrip(".") + ".").bold = True
                p.add_run(f" How often: {row[1]}. Who will do this: {row[2]}. Funded by: {row[3]}.")
            add_items(doc, data.get("after", []))
        elif key == "K":
            add_items(doc, data.get("before", []))
            prov_table(doc, data["rows"], K_HEAD)
            add_items(doc, data.get("after", []))
        else:
            add_items(doc, data)
    doc.save(path)


# ---------------- layout 2: letter-column ----------------
def render_letter(plan, path):
    doc = Document()
    title_block(doc, plan)
    front_table(doc, plan)
    t = doc.add_table(rows=0, cols=5)
    t.style = "Table Grid"

    def full_row():
        cells = t.add_row().cells
        c = cells[1].merge(cells[4])
        return cells[0], c

    for key in ORDER:
        start = len(t.rows)
        lc, c = full_row()
        c.paragraphs[0].add_run(TITLES[key]).bold = True
        shade(c, "DEEAF6")
        data = plan[key]
        if key in ("A", "B", "E"):
            for sub, items in (data["subs"] if isinstance(data, dict) else data):
                _, c = full_row()
                c.paragraphs[0].add_run(sub).bold = True
                if key == "E":
                    add_items(c, [("b", items)])
                else:
                    add_items(c, items)
        elif key == "F":
            for sub, items in data["subs"]:
                _, c = full_row()
                c.paragraphs[0].add_run(sub).bold = True
                cells = t.add_row().cells
                for i, h in enumerate(PROV_HEAD):
                    cells[i + 1].text = h
                    cells[i + 1].paragraphs[0].runs[0].bold = True
                for row in items:
                    if isinstance(row, tuple) and len(row) == 4:
                        cells = t.add_row().cells
                        for i, v in enumerate(row):
                            cells[i + 1].text = v
                    else:
                        _, c = full_row()
                        add_items(c, [row], c.paragraphs[0])
            if data.get("after"):
                _, c = full_row()
                add_items(c, data["after"], c.paragraphs[0])
        elif key == "G":
            cells = t.add_row().cells
            for i, h in enumerate(PROV_HEAD):
                cells[i + 1].text = h
                cells[i + 1].paragraphs[0].runs[0].bold = True
            for row in data["rows"]:
                cells = t.add_row().cells
                for i, v in enumerate(row):
                    cells[i + 1].text = v
            if data.get("after"):
                _, c = full_row()
                add_items(c, data["after"], c.paragraphs[0])
        elif key == "K":
            if data.get("before"):
                _, c = full_row()
                add_items(c, data["before"], c.paragraphs[0])
            cells = t.add_row().cells
            cells[3].merge(cells[4])
            for i, h in enumerate(K_HEAD):
                cells[i + 1].text = h
                cells[i + 1].paragraphs[0].runs[0].bold = True
            for row in data["rows"]:
                cells = t.add_row().cells
                m = cells[3].merge(cells[4])
                cells[1].text, cells[2].text = row[0], row[1]
                m.text = row[2]
            if data.get("after"):
                _, c = full_row()
                add_items(c, data["after"], c.paragraphs[0])
        else:
            _, c = full_row()
            add_items(c, data, c.paragraphs[0])
        end = len(t.rows) - 1
        letter = t.cell(start, 0).merge(t.cell(end, 0)) if end > start else t.cell(start, 0)
        letter.text = key
        letter.paragraphs[0].runs[0].bold = True
        letter.paragraphs[0].runs[0].font.size = Pt(16)
        shade(letter, "BDD7EE")
    doc.save(path)


# ---------------- layout 3: shaded-heading-table ----------------
def render_shaded(plan, path):
    doc = Document()
    title_block(doc, plan)
    front_table(doc, plan)
    for key in ORDER:
        h = doc.add_table(rows=1, cols=1)
        h.style = "Table Grid"
        c = h.rows[0].cells[0]
        r = c.paragraphs[0].add_run(TITLES[key])
        r.bold = True
        r.font.size = Pt(12)
        shade(c, "C5E0B3")
        data = plan[key]
        if key in ("A", "B", "E"):
            for sub, items in (data["subs"] if isinstance(data, dict) else data):
                doc.add_paragraph().add_run(sub).bold = True
                if key == "E":
                    add_items(doc, [("b", items)])
                else:
                    add_items(doc, items)
        elif key == "F":
            for sub, items in data["subs"]:
                doc.add_paragraph().add_run(sub).bold = True
                rows = [r for r in items if isinstance(r, tuple) and len(r) == 4]
                other = [r for r in items if not (isinstance(r, tuple) and len(r) == 4)]
                prov_table(doc, rows)
                add_items(doc, other)
            add_items(doc, data.get("after", []))
        elif key == "G":
            prov_table(doc, data["rows"])
            add_items(doc, data.get("after", []))
        elif key == "K":
            add_items(doc, data.get("before", []))
            prov_table(doc, data["rows"], K_HEAD)
            add_items(doc, data.get("after", []))
        else:
            add_items(doc, data)
        doc.add_paragraph()
    doc.save(path)


RENDER = {"heading2-numbered": render_heading, "letter-column": render_letter,
          "shaded-heading-table": render_shaded}

PLANS = []

# =====================================================================
# e201  heading2-numbered  Year 5  DLD + ADHD   (sound)
# =====================================================================
PLANS.append(dict(
 file="e201.docx", layout="heading2-numbered", name="Harri",
 front=[("Name", "Harri"), ("National Curriculum (NC) year", "Year 5"),
        ("Education phase", "Primary (Key Stage 2)"),
        ("Date of last annual review", "12.06.2026"),
        ("Date this plan was issued", "3rd of July 2026"),
],
 A=[("What Harri told us",
     ["Harri shared his views with his teaching assistant (TA), Mrs Agnieszka Nowak, using a Talking Mat (picture cards he sorts into 'I like', 'not sure' and 'I don't like'). These are his own words:",
      ("q", "\"I'm the goalkeeper for the Under-10s and I'm really good at saving penalties. I like Minecraft and building stuff in Grandad's shed - we made a bird box and a go-kart. I don't like it when everyone talks at once because I lose my words and then I can't say what I mean. Writing makes my hand ache and my head goes muddled. I like it when Mrs Nowak shows me pictures of what we're doing next. When I'm grown up I want to be a PE teacher, or a builder like Grandad.\""),
      ]),
    ("What Harri's parents told us",
     [("q", "\"Harri is a kind, funny boy who would do anything for his little sister. We worry that he is falling behind with his reading and that he gets into trouble at lunchtime when games get loud and he can't explain himself. By the time he leaves primary school we would love him to read well enough to enjoy his football magazine on his own, and to have a couple of good friends he can rely on when he goes up to secondary school.\" - Sioned and Gareth, Harri's mum and dad")]),
    ("Harri's strengths",
     [("b", ["Determined and hard-working when a task is practical.",
             "Good at mental maths and at spotting patterns.",
             "Well liked by younger children; a caring big brother.",
             "Talented footballer with good coordination."])]),
    ("Hopes for the future",
     ["Harri wants to be a PE teacher or a builder. His family hope he will read confidently, keep his place in the football team and move to secondary school with friends."]),
 ],
 B=[("Communication and interaction",
     ["Harri has a developmental language disorder (DLD), diagnosed by the speech and language therapist in 2024. This means he finds it harder than other children of his age to understand and use spoken language. He follows short instructions well but often misses part of an instruction with more than two steps. He knows what he wants to say but cannot always find the word, and he may stop or use 'thingy'. On the language test used by the therapist in March 2026, his overall score was well below the range expected for his age.",
      "He talks confidently about football and building, uses gesture well, and is a good listener one-to-one."]),
    ("Cognition and learning",
     ["Harri's reading age was 6 years 9 months in February 2026 (he was 9 years 10 months). He knows his phonics sounds but reads slowly. He writes one or two short sentences independently. His maths is close to the expected level for Year 5 and he is strong at mental calculation."]),
    ("Social, emotional and mental health",
     ["Harri has attention deficit hyperactivity disorder (ADHD), diagnosed by the community paediatrician in 2025. He finds it hard to keep his attention on a task for more than about 10 minutes, and he can act before he thinks when he is excited or upset. Lunchtime is the hardest part of his day: there were four incidents last half-term when games became loud and he pushed another child. He responds very well to praise and to short movement breaks."]),
    ("Sensory and/or physical",
     ["Harri has no sensory or physical needs. His hearing was tested in October 2025 and is normal. His handwriting is neat but he tires after a few lines."]),
 ],
 C=["Harri has ADHD. He takes medication each morning, given at home before school, and this is monitored by the community paediatrician. He has no other health needs. His hearing test in October 2025 was normal. His developmental language disorder is supported through the special educational provision in Section F."],
 D=["Harri's family have not needed help from children's social care. The 0-25 SEND social worker, Ms Bethan Rees, considered the request for assessment on 20.04.2026 and found no social care needs related to Harri's special educational needs or disability. The family were given information about holiday activity clubs on the Local Offer (the council's website of services for children with SEND)."],
 E={"subs": [
    ("Communication and interaction",
     ["By the end of Year 6 (July 2027), Harri will follow three-step spoken instructions in class on 4 out of 5 occasions, recorded by his class teacher on a weekly tick sheet.",
      "By the end of Year 6, Harri will correctly use 40 new topic words in his speech, including words for his PE and football lessons, checked by the speech and language therapist at each visit."]),
    ("Cognition and learning",
     ["By July 2027, Harri will have a reading age of at least 8 years 6 months on the school's standardised reading test, so that he can read the match reports in his football magazine.",
      "By the end of Year 6, Harri will independently write a paragraph of five linked sentences, using a word mat, in 3 pieces of work in a row."]),
    ("Social, emotional and mental health",
     ["Over the next year, Harri will join in lunchtime games with no more than one recorded incident each half-term (currently four), as recorded by the lunchtime supervisors.",
      "By July 2027, Harri will name two friends he plays with at break, and will be seen playing with them at least twice a week by the lunchtime supervisors."]),
 ]},
 F={"subs": [
    ("Communication and interaction", [
      ("An individual language programme written by the speech and language therapist (SALT), working on vocabulary and following instructions", "3 x 20 min per week", "Individually, with a teaching assistant (TA, Level 3) trained by the SALT", "School (element 3 top-up from the council)"),
      ("The SALT will assess Harri, update his programme and show his TA how to deliver it", "Once each half-term, 1 hour per visit (6 visits a year)", "NHS speech and language therapist", "Hartsdale County Council"),
      ("Instructions are broken into steps and backed up with pictures or written key words", "Every lesson", "Class teacher and TA", "School"),
    ]),
    ("Cognition and learning", [
      ("A structured phonics-based reading programme", "Daily for 15 minutes", "Individually, with a TA (Level 3)", "School (element 3 top-up)"),
      ("Pre-teaching of topic vocabulary before each new topic", "Mondays and Thursdays, half an hour each time", "Higher level teaching assistant (HLTA), 1 adult : 3 pupils", "School"),
      ("A personal word mat and sentence starters for every writing task", "Every writing lesson", "Class teacher", "School"),
      ("Access arrangements for the Key Stage 2 tests: a reader for the maths papers and supervised rest breaks, applied for by the SENCo (special educational needs co-ordinator)", "Key Stage 2 tests, May 2027", "SENCo", "School"),
    ]),
    ("Social, emotional and mental health", [
      ("A 5-minute movement break, asked for with his agreed card", "Once each hour during lessons", "Class teacher or TA", "School"),
      ("Lego building club at lunchtime to practise playing and sorting out problems with other children", "Monday, Wednesday and Friday lunchtimes, 30 minutes", "Learning mentor, group of up to 6 children", "School"),
      ("Training for all Year 5 and 6 staff on ADHD and language disorder", "One 90-minute session in the autumn term 2026", "Specialist teacher, Hartsdale Inclusion Support Service", "Hartsdale County Council"),
    ]),
 ], "after": ["The SENCo will meet Harri's parents each term (three times a year, 30 minutes) to review his progress towards the outcomes in Section E."]},
 G={"rows": [
      ("Review of Harri's ADHD medication, growth and sleep", "Every 6 months, 30-minute clinic appointment", "Dr Rhodri Owen, community paediatrician, Hartsdale Community Health Services", "Hartsdale Integrated Care Board (ICB)"),
    ],
    "after": ["The health provision above was agreed on behalf of the ICB by Mrs Catrin Howells, Designated Clinical Officer (DCO), on 26.06.2026."]},
 H1=["None. Short breaks were discussed with Harri's parents by Ms Rees on 20.04.2026; they do not wish to apply at present and know how to ask again."],
 H2=["None. Early help was considered and is not needed at this time."],
 I=["Brackenfield Church of England Primary School (mainstream primary school)."],
 J=["Harri's parents have not asked for a personal budget."],
 K={"rows": [
      ("Parents' views", "Sioned and Gareth (mum and dad)", "02.03.2026"),
      ("Harri's views (Talking Mat)", "Mrs Agnieszka Nowak, TA", "05.03.2026"),
      ("Educational advice", "Mrs Jane Cole, SENCo, Brackenfield CE Primary School", "10.03.2026"),
      ("Psychological advice", "Dr Tomasz Wisniewski, Educational Psychologist, Hartsdale Educational Psychology Service", "18.03.2026"),
      ("Medical advice", "Dr Rhodri Owen, community paediatrician", "24.03.2026"),
      ("Speech and language therapy advice", "Ms Eleri Jenkins, speech and language therapist", "30.03.2026"),
      ("Social care advice", "Ms Bethan Rees, 0-25 SEND social worker", "20.04.2026"),
      ("Annual review report", "Mrs Jane Cole, SENCo", "12.06.2026"),
 ]},
))

# =====================================================================
# e202  letter-column  Year 2  autism, child protection plan   (failing)
# =====================================================================
PLANS.append(dict(
 file="e202.docx", layout="letter-column", name="Oskar",
 front=[("Child's name", "Oskar"), ("National Curriculum year", "Year 2"), ("Education phase", "Primary (Key Stage 1)"),
        ("Date this plan was issued", "21.09.2026"), ("Type of plan", "Final EHC plan (first plan)")],
 A=[("What Oskar says",
     ["Oskar talked to his class teaching assistant (TA), Miss Hayley Morgan, while he drew a picture of a train. She wrote down what he said:",
      ("q", "\"I like trains. The Flying Scotsman is the fastest steam train, it went 100 miles an hour. I like the quiet corner with the big beanbag. I don't like the hand dryer in the toilets because it roars at me. I like maths because numbers are always the same. Playtime is too noisy. When I'm big I'm going to drive a train, a real one.\""),
      "Oskar chose a green smiley face for reading and maths, and a red face for playtime and assembly."]),
    ("What Oskar's mum says",
     [("q", "\"Oskar is clever and funny and he notices everything - he can tell you the number of every bus that goes past our house. Things at home have been hard this year and I want school to be a calm, safe place for him. I would love him to have one good friend, and I want him to be able to tell someone when he is upset instead of running off. One day I hope he does drive that train.\" - Ola, Oskar's mum")]),
    ("Strengths and interests",
     [("b", ["An excellent memory for facts, numbers and timetables.",
             "Reads words well above what is expected for his age.",
             "Builds detailed Lego models and will share them with an adult.",
             "Follows a visual timetable well."])]),
 ],
 B=[("Communication and interaction",
     ["Oskar was diagnosed with autism by the Child Development Centre in May 2025. He speaks in full sentences, especially about trains, but finds back-and-forth conversation hard and often talks about his own topic. He rarely joins games with other children and does not yet take turns without adult help."]),
    ("Social, emotional and mental health",
     ["Oskar becomes very distressed at changes to routine and at busy times such as assembly and playtime. He has two or three 'meltdowns' a week, when he shouts, hides under a table or leaves the classroom. He does not yet tell an adult when he is becoming upset."]),
    ("Sensory",
     ["He is very sensitive to loud noise (hand dryers, the hall, the playground) and covers his ears or runs away."]),
    ("Cognition and learning",
     ["Oskar's reading is at the expected standard for Year 2 and his number work is above it. He finds writing hard to start and usually writes one sentence unless the topic is trains."]),
 ],
 C=["Oskar is autistic. He has difficulty getting to sleep and takes melatonin, prescribed by the community paediatrician, who reviews his sleep and growth. He has no other health needs."],
 D=["Oskar has been subject to a child protection plan (category: neglect) since February 2026. He lives with his mum and his younger sister. Oskar sometimes arrives at school tired and hungry, and he attends the school's breakfast club each morning."],
 E=[("Communication and interaction",
     ["By the end of Year 3 (July 2027), Oskar will take turns in a structured game with one other child for 10 minutes, on 3 out of 4 occasions observed by his TA.",
      "By July 2027, Oskar will write three sentences about a topic of his choice (such as trains) without adult help, in 3 pieces of work in a row."]),
    ("Social, emotional and mental health",
     ["By July 2027, Oskar will use his break card to ask for a quiet break, rather than leaving the classroom, on at least 4 out of 5 occasions, recorded on a daily chart.",
      "By July 2027, Oskar will be happier and more settled in class."]),
    ("Health and wellbeing",
     ["Over the next year, Oskar will settle to sleep within 30 minutes of going to bed on at least 5 nights out of 7, recorded by his mum in a sleep diary shared with the paediatrician."]),
 ],
 F={"subs": [
    ("Communication and interaction", [
      ("Oskar will have opportunities to practise turn-taking games with his peers as appropriate", "Regularly", "School staff", "School"),
      ("Speech and language therapist (SALT) visit to observe Oskar, set social communication targets and advise staff", "Once a term, 1 hour", "NHS speech and language therapist", "Hartsdale County Council"),
      ("A writing frame with train and topic vocabulary", "Every writing lesson", "Class teacher", "School"),
    ]),
    ("Social, emotional and mental health and sensory", [
      ("Zones of Regulation programme (a way of teaching children to recognise and manage their feelings)", "Twice weekly, 20 minutes, group of 4", "Emotional literacy support assistant (ELSA)", "School"),
      ("A social story read with Oskar to prepare him for any change to his routine", "On the morning of each change", "TA (Level 3)", "School"),
      ("Access to a quiet space when needed", "As required", "Class team", "School"),
      ("Ear defenders for assembly, the hall and the playground, kept in his tray", "Every day; checked weekly", "Provided and checked by his TA", "School"),
    ]),
 ]},
 G={"rows": [
      ("Review of sleep, melatonin and growth", "Every 6 months, 20-minute appointment", "Dr Rhodri Owen, community paediatrician", "Hartsdale ICB (Integrated Care Board)"),
    ],
    "after": ["Health provision agreed by Dr Nia Morgan, Designated Clinical Officer (DCO), 14.09.2026."]},
 H1=["None."],
 H2=["None."],
 I=["Millbrook Community Primary School (mainstream)."],
 J=["No personal budget has been requested."],
 K={"rows": [
      ("Parent's views", "Ola (mum)", "10.06.2026"),
      ("Oskar's views, gathered while drawing", "Miss Hayley Morgan, TA", "12.06.2026"),
      ("Educational advice", "Mrs Magdalena Kowalczyk, special educational needs co-ordinator (SENCo), Millbrook Community Primary", "15.06.2026"),
      ("Psychological advice", "Dr Sian Evans, Educational Psychologist", "02.07.2026"),
      ("Medical advice", "Dr Rhodri Owen, community paediatrician", "25.06.2026"),
      ("Speech and language therapy advice", "Mr Dafydd Hughes, speech and language therapist", "30.06.2026"),
 ]},
))

# =====================================================================
# e203  shaded-heading-table  pre-school age 3  Down syndrome   (sound)
# =====================================================================
PLANS.append(dict(
 file="e203.docx", layout="shaded-heading-table", name="Maisie",
 front=[("Name", "Maisie"), ("Age", "3 years 4 months"), ("Education phase", "Early years (pre-school)"),
        ("Date of issue", "09.10.2026"), ("Next review", "Apr-27 (six-monthly, as Maisie is under five)")],
 A=[("What Maisie tells us through play and signs",
     ["Maisie's key person at pre-school, Mrs Dorota Zielinska, watched and played with Maisie over three sessions in July 2026 and wrote down what Maisie showed her. Maisie uses some Makaton signs (signs with speech, used by many young children) and a few words.",
      ("b", ["Maisie's favourite things are bubbles, the water tray and the song 'Wind the Bobbin Up' - she signs 'more' again and again when it stops.",
             "She takes her key person's hand and leads her to what she wants.",
             "She waves and smiles at the other children at welcome time and likes to sit next to Ruby.",
             "When she is unhappy or tired she sits down and covers her eyes. A cuddle and a quiet book help her.",
             "She does not like the noise of the hand dryer and the busy lunch room."])]),
    ("What Maisie's parents say",
     [("q", "\"Maisie is our sunshine. She is cheeky, loves music and makes everyone laugh. We would love her to be able to tell us what she wants, in words or signs, so she doesn't get so frustrated. Next year we hope she can start at our village school with her big brother. In the future we want her to have friends, be as independent as she can, and one day have a job she loves.\" - Kerry and Sam, Maisie's mum and dad")]),
    ("What Maisie is good at",
     [("b", ["Copies actions, signs and sounds very well.", "Loves music and joins in with action songs.",
             "Very sociable and affectionate.", "Walks well on flat ground and loves the slide."])]),
 ],
 B=[("Communication and interaction",
     ["Maisie has Down syndrome. She understands familiar routines and simple words in context (\"coat on\", \"snack time\"). She uses about 20 Makaton signs and five spoken words. She is beginning to take turns in simple games with an adult."]),
    ("Cognition and learning",
     ["On her Portage assessment (a home-visiting early learning programme) in June 2026, most of Maisie's skills were at around 18 to 24 months. She enjoys posting shapes, filling and emptying, and looks for hidden toys."]),
    ("Physical and self-care",
     ["Maisie has low muscle tone. She walked at two and a half and now walks well on flat ground, but needs a hand on steps and uneven ground. Her pincer grip (picking things up with finger and thumb) is just emerging. She is in nappies and is not yet aware of when she needs changing."]),
 ],
 C=["Maisie has Down syndrome. She had heart surgery (repair of a hole in the heart) at five months old; she now has an annual check with the children's heart team and has no restrictions on play. She has mild hearing loss in both ears caused by glue ear and has a hearing test every six months. Like many children with Down syndrome she has a yearly blood test to check her thyroid. Her low muscle tone is supported by the NHS physiotherapist (see Section G) and by her motor programme at pre-school (Section F)."],
 D=["Maisie's needs were discussed with Mr Iwan Roberts, 0-25 SEND social worker, on 21.07.2026. She has no social care needs at present beyond those met by her family. Her parents were told about short breaks (including weekend Stay and Play sessions) and chose not to apply now."],
 E=[("Communication",
     ["Over the next year, Maisie will use 50 Makaton signs or words to ask for things and to comment, counted by her key person on a monthly sign log (she uses about 20 now).",
      "By September 2027, Maisie will turn to her name when it is called from across the room on 4 out of 5 tries, recorded by her key person."]),
    ("Playing and learning",
     ["By September 2027, Maisie will take five turns in a simple game such as rolling a ball with an adult and one other child, seen by her key person on three separate days."]),
    ("Physical development and independence",
     ["By September 2027, Maisie will walk up and down the three outdoor steps at pre-school holding the rail, without an adult's hand, on 4 out of 5 tries.",
      "By July 2027, Maisie will pick up small objects with her finger and thumb and post them into a container, 8 times out of 10.",
      "By September 2027, Maisie will sit on the toilet as part of her changing routine and use a sign to show she needs changing on most days, recorded weekly at pre-school and at home."]),
 ],
 F={"subs": [
    ("Communication", [
      ("Additional support from an early years practitioner (Level 3) trained in Makaton, during all of her funded sessions", "15 hours a week (Monday to Wednesday, 9am to 2pm)", "Early years practitioner, 1:1", "Hartsdale County Council (special educational needs inclusion funding)"),
      ("Communication targets set by the speech and language therapist (SALT), practised in play", "Daily for 10 minutes", "Key person, individually", "Pre-school"),
      ("SALT visit to assess, set and review targets and coach the key person", "Once each half-term, 1 hour each", "NHS speech and language therapist", "Hartsdale County Council"),
      ("Makaton Foundation training for Maisie's key person and room leader", "One day, before February half-term 2027", "Hartsdale Early Years SEND Team", "Hartsdale County Council"),
    ]),
    ("Learning and play", [
      ("Portage home visits: a small-steps play programme agreed with her parents", "Fortnightly, 1 hour", "Portage home visitor, Hartsdale Portage Service", "Hartsdale County Council"),
    ]),
    ("Physical development and independence", [
      ("A motor skills programme set by the NHS physiotherapist (steps, balance, climbing)", "Daily for 10 minutes", "Key person, individually", "Pre-school"),
      ("A fine motor play programme written by the occupational therapist (OT)", "3 x 10 min per week", "Key person, individually", "Pre-school"),
      ("OT visit to review the fine motor programme", "Termly, 45 minutes", "NHS occupational therapist", "Hartsdale County Council"),
      ("A toileting plan agreed with her parents, using a visual sequence and a step and toilet seat", "At each nappy change", "Key person", "Pre-school"),
    ]),
 ], "after": ["May 2027 onwards, the Reception class teacher and the special educational needs co-ordinator (SENCo) of Maisie's new school will visit her at pre-school twice (one hour each visit), and Maisie will make three visits to her new class with her key person."]},
 G={"rows": [
      ("Heart check (cardiology review)", "Once a year", "Children's heart team, regional cardiac centre", "NHS England / Integrated Care Board (ICB)"),
      ("Hearing test and review of glue ear", "Every 6 months", "Paediatric audiology, Hartsdale General Hospital", "Hartsdale ICB"),
      ("Physiotherapy assessment and review of the motor programme used at pre-school", "Every half-term, 45 minutes at pre-school", "NHS children's physiotherapist", "Hartsdale ICB"),
      ("Annual Down syndrome health check, including thyroid blood test", "Once a year", "Dr Ffion Ellis, community paediatrician", "Hartsdale ICB"),
    ],
    "after": ["Health provision in this section was checked and agreed for Hartsdale ICB by Dr Nia Morgan, Designated Clinical Officer, on the 29th of September 2026."]},
 H1=["None at present. Short breaks were offered to the family on 21.07.2026 (see Section D)."],
 H2=["None."],
 I=["Little Acorns Pre-school (private and voluntary early years setting). The school Maisie will start in September 2027 will be named at her review in spring 2027."],
 J=["Not requested."],
 K={"rows": [
      ("Parents' views", "Kerry and Sam (parents)", "05.07.2026"),
      ("Maisie's views through play and signs", "Mrs Dorota Zielinska, key person, Little Acorns Pre-school", "14.07.2026"),
      ("Early years educational advice", "Mrs Rachel Dean, manager and SENCo, Little Acorns Pre-school", "15.07.2026"),
      ("Portage report", "Mrs Helen Price, Portage home visitor", "18.06.2026"),
      ("Psychological advice", "Dr Sian Evans, Educational Psychologist", "22.07.2026"),
      ("Medical advice", "Dr Ffion Ellis, community paediatrician", "10.07.2026"),
      ("Speech and language therapy advice", "Ms Eleri Jenkins, speech and language therapist", "08.07.2026"),
      ("Physiotherapy advice", "Mr Tom Harding, children's physiotherapist", "09.07.2026"),
      ("Occupational therapy advice", "Ms Gwen Pritchard, occupational therapist", "16.07.2026"),
      ("Audiology report", "Paediatric audiology, Hartsdale General Hospital", "03.06.2026"),
      ("Cardiology letter", "Children's heart team, regional cardiac centre", "17.03.2026"),
      ("Social care advice", "Mr Iwan Roberts, 0-25 SEND social worker", "21.07.2026"),
 ]},
))

# =====================================================================
# e204  heading2-numbered  Year 9  SEMH + ADHD   (failing)
# =====================================================================
PLANS.append(dict(
 file="e204.docx", layout="heading2-numbered", name="Kai",
 front=[("Name", "Kai"), ("Year group", "Year 9"), ("Education phase", "Secondary (Key Stage 3)"),
        ("Date this plan was issued", "07.07.2026"), ("Reason for issue", "Amended following annual review on 10.06.2026")],
 A=[("What Kai told us",
     ["Kai met his key worker, Mr Gethin Lloyd, in the school's base and they talked while Kai fixed the chain on a school bike. Kai agreed Mr Lloyd could write down what he said:",
      ("q", "\"I'm into BMX and fixing bikes. On Saturdays I help out at my uncle's bike shop - I can true a wheel and change gears on my own now. School's alright when I know what's happening. I hate being told off in front of everyone, that's when I lose it and walk out. Maths is OK if it's about something real. I want to get my GCSEs in maths and English because you need them. I want to be a bike mechanic or work on motorbikes, maybe have my own shop one day.\"")]),
    ("What Kai's dad told us",
     [("q", "\"Kai has a big heart. He'll help anyone, and he's brilliant with his hands. He has had a rough couple of years at school and I think he's started to believe he's the bad lad. I want him to finish school with his maths and English and get onto a motor vehicle course at college. I'd also like him to learn to manage his temper so it doesn't hold him back at work.\" - Mark, Kai's dad")]),
    ("Kai's strengths",
     [("b", ["Practical and skilled with tools; patient when fixing things.", "Loyal to his friends and kind to younger pupils.",
             "Good at mental arithmetic and measuring.", "Works well with adults he trusts."])]),
 ],
 B=[("Social, emotional and mental health",
     ["Kai has attention deficit hyperactivity disorder (ADHD). He finds it very hard to stay calm when he feels critisised or embarrassed in front of others, and in the last school year he left lessons without permission on 38 occassions. His attendance at timetabled lessons is about 70%. He needs a seperate calm space and an adult he trusts to help him settle and return to learning."]),
    ("Cognition and learning",
     ["Kai's reading age is 10 years 2 months (he is 13 years 11 months). He avoids reading aloud and long written tasks. In maths he is working a little below the expected level for Year 9 and is definately capable of more when tasks are practical."]),
    ("Communication and interaction",
     ["Kai communicates well with adults he knows. He can find it hard to explain his point of view when upset and may become defensive."]),
 ],
 C=["Kai was diagnosed with ADHD in 2022 by the Child and Adolescent Mental Health Service (CAMHS). He takes daily medication, which can reduce his appetite at lunchtime, and he sometimes sleeps poorly. His medication is reviewed by the CAMHS ADHD nurse."],
 D=["The 0-25 SEND social worker, Ms Bethan Rees, reviewed Kai's circumstances on 02.05.2026. Kai lives with his dad and has regular contact with his mum. An early help plan ended in 2025 and there are no current social care needs related to Kai's special educational needs."],
 E={"subs": [
    ("Social, emotional and mental health",
     ["By July 2027, Kai will attend at least 90% of his timetabled lessons each half-term (currently about 70%), as recorded on the school's attendance system.",
      "By July 2027, when Kai feels angry he will use his exit card and go to the base, rather than walking out of school, on 9 out of 10 occasions, as logged by the pastoral team.",
      "By July 2027, Kai will recieve a weekly 30-minute mentoring session with his key worker."]),
    ("Cognition and learning",
     ["By July 2027, Kai will reach a reading age of at least 12 years on the school's termly reading test.",
      "By July 2027, Kai will be working at the expected level for Year 9 in his maths assessments, so that he is on track for a grade 4 at GCSE."]),
 ]},
 F={"subs": [
    ("Social, emotional and mental health", [
      ("Mentoring with his key worker to plan his week and talk through any problems", "Weekly, 30 minutes, plus a 5-minute check-in each morning at registration", "Mr Gethin Lloyd, key worker (learning mentor), individually", "School"),
      ("An exit card and an agreed calm space in the base, with a plan for returning to the lesson within 15 minutes", "Every lesson", "All subject teachers; base staff", "School"),
      ("Anger management programme", "Weekly, 45 minutes, for 10 weeks then reviewed", "Emotional literacy support assistant (ELSA), group of 3", "School"),
      ("Training for staff who teach Kai on ADHD and on avoiding public criticism", "One 1-hour session, autumn term 2026", "Specialist teacher, Hartsdale Inclusion Support Service", "Hartsdale County Council"),
    ]),
    ("Cognition and learning", [
      ("A structured reading programme to improve fluency and understanding", "3 x 20 min per week", "Teaching assistant (TA, Level 3), 1 adult : 2 pupils", "School"),
      ("Practical maths tasks linked to real-life measuring, and a maths booster group", "Booster: weekly, 40 minutes", "Maths teacher, group of 6", "School"),
      ("Access arrangements in tests: 25% extra time and supervised rest breaks, arranged by the exams officer with the special educational needs co-ordinator (SENCo)", "All internal exams and mock exams", "Exams officer and SENCo", "School"),
    ]),
 ], "after": ["The SENCo will review Kai's progress with him and his dad each term (three meetings a year of 30 minutes)."]},
 G={"rows": [
      ("Review of ADHD medication, appetite, weight and sleep", "Every 3 months, 30-minute appointment", "CAMHS ADHD nurse", "Hartsdale Integrated Care Board (ICB)"),
    ],
    "after": ["The health provision was agreed by Mrs Catrin Howells, Designated Clinical Officer (DCO), on 30.06.2026."]},
 H1=["None. Short breaks were considered by Ms Rees on 02.05.2026 and are not needed."],
 H2=["None. Kai's dad has been given information about the youth club run by the county's youth service."],
 I=["Hartsdale Community School (mainstream secondary school)."],
 J=["Kai's dad has not asked for a personal budget."],
 K={"rows": [
      ("Kai's views", "Mr Gethin Lloyd, key worker", "18.05.2026"),
      ("Parent's views", "Mark (dad)", "20.05.2026"),
      ("Educational advice and annual review report", "Mrs Ruth Evans, SENCo, Hartsdale Community School", "10.06.2026"),
      ("Psychological advice", "Dr Tomasz Wisniewski, Educational Psychologist", "21.04.2026"),
      ("Health advice", "Ms Carys Llewellyn, school nurse", "14.05.2026"),
      ("Social care advice", "Ms Bethan Rees, 0-25 SEND social worker", "02.05.2026"),
      ("Preparing for adulthood advice (careers)", "Mr Paul Bright, careers adviser, Hartsdale Careers Service", "27.05.2026"),
 ]},
))

# =====================================================================
# e205  letter-column  Year 10->11  hearing impairment   (sound)
# =====================================================================
PLANS.append(dict(
 file="e205.docx", layout="letter-column", name="Nia",
 front=[("Name", "Nia"), ("National Curriculum year", "Year 10 (Year 11 from September 2026)"), ("Education phase", "Secondary (Key Stage 4)"),
        ("Date of last annual review", "19th of May 2026"), ("Date amended plan issued", "16.06.2026")],
 A=[("About me - in my own words",
     ["Nia wrote this herself with her Teacher of the Deaf:",
      ("q", "\"I'm deaf and I wear two hearing aids and use a radio aid in class. I lip-read a lot, so I need people to face me. I love cooking - I make the best lasagne in our house and I do all the baking for my nan's birthday. I want to be a chef and have my own cafe one day. Next year I want to go to Hartsdale College to do the catering course. The worst thing about school is when teachers talk while they are writing on the board, or when everyone talks at once in group work, because I miss everything. By the end of the day I'm really tired from listening. I'd like to go out in town more on my own, like my friends do.\"")]),
    ("What my mum and dad say",
     [("q", "\"We are very proud of Nia. She works harder than anyone we know and never lets her deafness stop her. Our hopes are that she gets her GCSEs, gets onto the catering course, and becomes confident enough to speak up for herself about her hearing, because we won't always be there. We'd also love her to meet other deaf young people.\" - Lowri and Dean")]),
    ("Things I'm good at",
     [("b", ["Cooking and baking; careful and organised.", "Maths - working at the expected level.", "Hard-working and reliable.", "Good friends who look out for me."])]),
 ],
 B=[("Hearing and communication",
     ["Nia has a severe permanent hearing loss in both ears (sensorineural hearing loss, present since birth). She wears two hearing aids and uses a radio aid, where the teacher wears a small microphone that sends their voice straight to her hearing aids. She relies heavily on lip-reading. She misses much of group discussion, videos without subtitles and anything said while the speaker faces away. Some subject vocabulary is new to her when it is first taught."]),
    ("Cognition and learning",
     ["Nia's maths is at the expected level. Her reading age is 12 years (she is 15), mainly because of gaps in vocabulary. Her written work is well organised but uses a narrower range of words than her classmates."]),
    ("Social, emotional and mental health",
     ["Nia has good friends. She becomes very tired from the effort of listening (listening fatigue) and can withdraw in the afternoons. She is not yet confident to tell new adults what she needs."]),
 ],
 C=["Nia has a severe permanent hearing loss in both ears. Her hearing and hearing aids are reviewed by the NHS paediatric audiology service. She has no other health needs; she has no difficulty with mobility or vision (eye test, March 2026)."],
 D=["Ms Bethan Rees, 0-25 SEND social worker, spoke with Nia and her parents on 08.04.2026. There are no social care needs related to Nia's hearing. The family were given details of the county's short breaks offer and of the monthly deaf youth group; Nia would like to try the youth group (see Section E)."],
 E=[("Employment and education",
     ["By July 2027, Nia will be awarded the Level 1 Award in Food Safety and complete a one-week work experience placement in a catering kitchen, gaining a positive written report from her placement supervisor.",
      "By July 2027, Nia will achieve at least grade 4 in GCSE English and maths, the entry requirement for the Level 2 Professional Cookery course at Hartsdale College."]),
    ("Independence and communication",
     ["By February 2027, Nia will explain to each new teacher or supervisor what helps her (facing her, using the radio aid, subtitles) using her own communication passport, with the Teacher of the Deaf recording that she has done this for all new staff.",
      "By July 2027, Nia will check and charge her hearing aids and radio aid herself every day and sort out simple faults (battery, tubing), recorded weekly by her teaching assistant."]),
    ("Friends, relationships and community",
     ["Over the next year, Nia will go to the monthly deaf youth group in town, travelling there by bus on her own, at least 8 times, recorded by her parents."]),
    ("Good health",
     ["By July 2027, Nia will speak for herself at her audiology appointments, explaining any changes in her hearing, as noted by the audiologist."]),
 ],
 F={"subs": [
    ("Hearing and communication", [
      ("Visits by a qualified Teacher of the Deaf (ToD) to work with Nia, check her equipment and advise staff", "Once each half-term, 1.5 hours each (6 visits a year)", "Teacher of the Deaf, Hartsdale Sensory Support Service", "Hartsdale County Council"),
      ("A radio aid, provided and maintained by the Sensory Support Service; checked each morning by Nia with her teaching assistant (TA)", "Daily check; service check each term", "Sensory Support Service; teaching assistant (TA)", "Hartsdale County Council"),
      ("Teachers face the class when speaking, repeat other pupils' answers and use subtitles on all video", "Every lesson", "All subject teachers", "School"),
      ("Deaf awareness training for all staff who teach Nia", "One 1-hour session each September", "Teacher of the Deaf", "Hartsdale County Council"),
    ]),
    ("Learning", [
      ("Pre-teaching of subject vocabulary for English, science and food technology", "3 x 20 min per week", "Specialist teaching assistant trained in deaf awareness, 1 adult : 2 pupils", "School (element 3 top-up)"),
      ("Reading and vocabulary programme", "Each morning at registration, 20 minutes, four days a week", "TA, individually", "School"),
      ("Exam access arrangements: 25% extra time and a separate room with a live speaker for listening tasks, arranged by the exams officer and the special educational needs co-ordinator (SENCo)", "All mock exams and GCSE exams", "Exams officer and SENCo", "School"),
    ]),
    ("Preparing for adulthood", [
      ("Careers guidance interviews", "Two in Year 11, 45 minutes each", "Careers adviser, Hartsdale Careers Service", "Hartsdale County Council"),
      ("One-week work experience in a catering kitchen, with a Teacher of the Deaf visit to the workplace beforehand to advise the employer", "Once, spring term 2027; ToD visit 1 hour", "Work-related learning co-ordinator; Teacher of the Deaf", "School / Hartsdale County Council"),
      ("Independent travel training for the bus journey to town", "Weekly, 1 hour, for 6 weeks then reviewed", "Independent travel trainer, Hartsdale Travel Training Team", "Hartsdale County Council"),
      ("Transition: two visits to Hartsdale College with the ToD, and a handover meeting with the college's additional learning support team", "Summer term 2027", "Teacher of the Deaf and SENCo", "School / Hartsdale County Council"),
    ]),
 ]},
 G={"rows": [
      ("Hearing test and hearing aid review; new ear moulds fitted", "Hearing review every 6 months; new ear moulds every 6 months", "Paediatric audiology, Hartsdale General Hospital", "Hartsdale Integrated Care Board (ICB)"),
    ],
    "after": ["Health contribution agreed: Dr Huw Parry, Designated Clinical Officer (DCO), Hartsdale ICB - 09.06.2026."]},
 H1=["None. Short breaks were considered on 08.04.2026 (see Section D)."],
 H2=["None."],
 I=["Hartsdale Community School (mainstream secondary school with a hearing support base)."],
 J=["None requested."],
 K={"rows": [
      ("Nia's views", "Nia, written with Mrs Angharad Lewis, Teacher of the Deaf", "02.04.2026"),
      ("Parents' views", "Lowri and Dean (parents)", "02.04.2026"),
      ("Educational advice", "Mrs Ruth Evans, SENCo, Hartsdale Community School", "15.04.2026"),
      ("Advice from a qualified Teacher of the Deaf", "Mrs Angharad Lewis, Sensory Support Service", "20.04.2026"),
      ("Psychological advice", "Dr Sian Evans, Educational Psychologist", "24.04.2026"),
      ("Health advice (audiology)", "Ms Priya Nair, paediatric audiologist", "11.03.2026"),
      ("Social care advice", "Ms Bethan Rees, 0-25 SEND social worker", "08.04.2026"),
      ("Preparing for adulthood advice", "Mr Paul Bright, careers adviser", "29.04.2026"),
      ("Annual review report", "Mrs Ruth Evans, SENCo", "19.05.2026"),
 ]},
))

# =====================================================================
# e206  shaded-heading-table  Year 6  cerebral palsy + epilepsy   (failing)
# =====================================================================
PLANS.append(dict(
 file="e206.docx", layout="shaded-heading-table", name="Amira",
 front=[("Name", "Amira"), ("Year group", "Year 6"), ("Education phase", "Primary (Key Stage 2)"),
        ("Date this plan was issued", "14th of April 2026"), ("Plan type", "Final plan")],
 A=[("Parents' views",
     [("q", "\"Amira was born ten weeks early and she has had a lot to deal with - operations on her legs, hospital appointments and now the seizures. She gets very tired and frustrated, and she gets upset when she can't keep up with the other children at playtime. We worry about her falling, about the seizures happening at school and about how she will manage at a big secondary school with all the stairs. We would like her to go to Hartsdale Community School with her cousins and to be able to get about the school safely with as little help as possible.\" - Amira's mum and dad")]),
    ("Amira's views",
     ["Amira's views were not gathered for this plan as she was absent on the day of the planning meeting."]),
    ("Hopes for the future",
     ["Amira's parents hope she will move to Hartsdale Community School in September 2027 with her cousins and become more independent in getting around."]),
 ],
 B=[("Physical needs",
     ["Amira have cerebral palsy affecting both legs (spastic diplegia). She uses a walking frame indoors and a wheelchair for longer distances and outside. She cannot manage stairs and is at risk of falling on uneven ground. She tire quickly and needs help with getting changed for PE and with the toilet."]),
    ("Cognition and learning",
     ["Amira is working below the expected level for Year 6 in reading, writing and maths. Her handwriting is slow and hard to read, and she don't finish written tasks in the time given. She struggles to remember what she has been taught from one week to the next."]),
    ("Social, emotional and mental health",
     ["Amira becomes upset and tearful when she cannot join in, and she is often on her own at playtime. The staff says she have low confidence and avoids trying new things."]),
 ],
 C=["Amira has cerebral palsy (spastic diplegia). She is under the NHS children's physiotherapy team and uses a wheelchair provided by the wheelchair service. Amira also has epilepsy (focal seizures), diagnosed in 2024. She has had two tonic-clonic seizures at school in the past year, and she has emergency rescue medication (buccal midazolam) which must be given by trained staff if a seizure lasts more than five minutes."],
 D=["Amira's family had a social care assessment by the Children with Disabilities Team in March 2026. They were assessed as eligible for short breaks to give Amira activities with other children and to give her parents a break."],
 E=[("Physical",
     ["By July 2027, Amira will move between her classroom, the hall and the toilets using her walking frame, with an adult nearby but not holding her, on 4 out of 5 days, recorded by her TA (teaching assistant).",
      "By the end of Year 6 (July 2027), Amira will get changed for PE with help only for fastenings, recorded at each PE lesson."]),
    ("Learning",
     ["By July 2027, Amira will type a piece of writing of at least 100 words on her laptop in 20 minutes, in 3 pieces of work in a row.",
      "By July 2027, Amira will know her times tables up to 6 x 6, tested monthly by her class teacher."]),
    ("Moving to secondary school",
     ["By September 2027, Amira will find her way, in her wheelchair and with her frame, between 5 key rooms at Hartsdale Community School during her transition visits, checked by the secondary SENCo (special educational needs co-ordinator)."]),
 ],
 F={"subs": [
    ("Physical", [
      ("A daily stretching and walking programme written by the physiotherapist", "Daily, 20 minutes", "TA (Level 3), individually, trained by the physiotherapist", "School (element 3 top-up)"),
      ("Help with personal care (toileting and changing for PE), following her personal care plan", "As set out in the plan: at each toilet visit and each PE lesson", "Two trained TAs", "School"),
      ("A laptop with word prediction software, set up and updated by the school's IT technician", "Every lesson with writing", "IT technician; class teacher", "Hartsdale County Council"),
    ]),
    ("Learning", [
      ("Small-group maths and reading catch-up", "4 x 30 min per week", "HLTA (higher level teaching assistant), group of 4", "School"),
      ("Touch-typing programme", "3 x 15 min per week", "TA, individually", "School"),
    ]),
    ("Social, emotional and mental health and community", [
      ("Friendship group with two classmates at lunchtime, using adapted playground games", "Twice a week, 30 minutes", "Learning mentor", "School"),
      ("Saturday inclusive activity club (short break) with sports and crafts", "Fortnightly, 4 hours", "Hartsdale Children with Disabilities Team", "Hartsdale County Council Social Care"),
      ("Transition: four extra visits to Hartsdale Community School with her TA, including a mobility check of the building by the physiotherapist", "Summer term 2027", "SENCo, TA and physiotherapist", "School / Hartsdale County Council"),
    ]),
 ]},
 G={"rows": [
      ("Physiotherapy review of Amira's stretching and walking programme and splints", "Every 6 weeks, 45 minutes at school", "NHS children's physiotherapist", "Hartsdale Integrated Care Board (ICB)"),
      ("Wheelchair review and maintenance", "Every 6 months", "Hartsdale Wheelchair Service", "Hartsdale ICB"),
    ],
    "after": ["The health provision was agreed by Dr Nia Morgan, Designated Clinical Officer (DCO), on 01.04.2026."]},
 H1=["See Section F."],
 H2=["None."],
 I=["Brackenfield Church of England Primary School (mainstream primary)."],
 J=["No personal budget requested."],
 K={"rows": [
      ("Parents' views", "Amira's parents", "02.02.2026"),
      ("Educational advice", "Mrs Jane Cole, SENCo, Brackenfield CE Primary School", "09.02.2026"),
      ("Psychological advice", "Dr Tomasz Wisniewski, Educational Psychologist", "23.02.2026"),
      ("Medical advice", "Dr Ffion Ellis, community paediatrician", "12.02.2026"),
      ("Physiotherapy advice", "Mr Tom Harding, children's physiotherapist", "16.02.2026"),
      ("Wheelchair service report", "Hartsdale Wheelchair Service", "19.01.2026"),
      ("Social care advice", "Mrs Sioned Parry, social worker, Children with Disabilities Team", "17.03.2026"),
 ]},
))

# =====================================================================
# e207  heading2-numbered  age 17 FE college  DLD + EAL   (failing)
# =====================================================================
PLANS.append(dict(
 file="e207.docx", layout="heading2-numbered", name="Kacper",
 front=[("Name", "Kacper"), ("Year group", "Year 12 equivalent (first year of college)"),
        ("Education phase", "Post-16, further education"), ("Date this plan was issued", "11.11.2026"),
        ("Plan status", "Amended plan (phase transfer to college)")],
 A=[("Kacper's views",
     ["Kacper spoke to his college tutor, Mrs Joanna Sadowska, partly in Polish and partly in English. She translated his words:",
      ("q", "\"I like working outside - at school I did the garden club for three years. I want to work in a garden centre or for a landscaping company. I play football on Sundays for the Polish club in town. College is big and I get lost. Sometimes teachers talk too fast and I don't understand the words, so I just say yes. I want to get the bus to college by myself, my mum drives me now and it's embarrassing.\"")]),
    ("Parent's views",
     [("q", "\"Kacper is gentle, polite and very good with plants and animals. We came to England when he was eight. He speaks Polish well at home, but he has always found learning words hard in both languages. I hope he will finish college, get a job outdoors and one day live on his own.\" - Ewa, Kacper's mum")]),
    ("Profile",
     ["K presents with a DLD profile with marked receptive and expressive deficits (CELF-5 UK CLS <1st centile), with EAL as a compounding rather than causal factor per the SLT and EP reports. BPVS SS 68. Word-finding difficulties and reduced MLU are evident in unstructured discourse. He is an effective non-verbal communicator with good pragmatic skills in familiar contexts, and has strong practical and horticultural skills."]),
 ],
 B=[("Communication and interaction",
     ["Kacper has a developmental language disorder (DLD). This is not caused by learning English as an additional language: his speech and language therapist found the same difficulties in Polish. He finds it hard to follow long spoken explanations, especially new vocabulary, and he often says he has understood when he has not. He finds it hard to find the right word and to explain things in order."]),
    ("Cognition and learning",
     ["Kacper is working at Entry Level 3 in English and Level 1 in maths. He learns best through doing, with demonstration and photographs. He is a careful, practical worker."]),
    ("Independence",
     ["Kacper has not yet travelled on public transport alone. He becomes anxious in new places and when he has to ask strangers for help."]),
 ],
 C=["Kacper has no health needs. His GP confirmed this in a letter and his hearing was tested as normal in 2025."],
 D=["Kacper's family have had no involvement with social care. The 0-25 SEND social worker, Mr Iwan Roberts, met Kacper and his mum on 10.09.2026 and found no social care needs. They were given information about short breaks and the Local Offer; they do not wish to apply."],
 E={"subs": [
    ("Employment",
     ["By July 2027, K will achieve the Level 1 Diploma in Work-based Horticulture and complete a 10-week WEX placement in a garden centre, receiving a positive employer report (RARPA-evidenced).",
      ]),
    ("Communication",
     ["By July 2027, K will respond accurately to Blank's Level 3 questions with 80% accuracy across 3 consecutive SLT probes and generalise ELKLAN-derived self-advocacy strategies (e.g. requesting repetition/clarification) in 4 of 5 ALS-observed sessions.",
      "By July 2027, K will independently retrieve and use 60 target Tier 2/Tier 3 horticultural lexemes, per SLT vocabulary probe."]),
    ("Independent living",
     ["By July 2027, Kacper will travel from home to college by bus on his own, on 5 days out of 5, for a whole half-term."]),
    ("Community and good health",
     ["By July 2027, K will book and attend his own GP appointment with ALS support fading to 0, per tutor log."]),
 ]},
 F={"subs": [
    ("Communication and interaction", [
      ("A personal vocabulary book with photographs of tools, plants and instructions, built up each week", "Weekly, 30 minutes", "Additional learning support (ALS) worker, individually", "College (high needs funding)"),
      ("Tutors check his understanding by asking him to show or explain back, rather than asking 'do you understand?'", "Every session", "All tutors", "College"),
      ("Training for his tutors on developmental language disorder", "One 1-hour session, November 2026", "Speech and language therapist", "Hartsdale County Council"),
    ]),
    ("Learning and employment", [
      ("Practical horticulture teaching with demonstration before each task, and instruction cards with photos", "Every practical session (3 days a week)", "Horticulture tutor and ALS worker, 1 adult : 4 students", "College"),
      ("English and maths in a small group", "2 x 1 hour per week each", "Functional skills tutor, group of 6", "College"),
      ("Supported work placement in a garden centre, with a job coach for the first 3 weeks", "One day a week for 10 weeks (spring term 2027)", "College job coach", "College"),
    ]),
    ("Community and good health", [
      ("Practice in booking appointments by phone and online, using a script", "Weekly, 20 minutes, for 8 weeks", "ALS worker, individually", "College"),
    ]),
 ]},
 G={"rows": [
      ("Speech and language therapy to develop Kacper's vocabulary, understanding and ability to ask for help", "Weekly, 45-minute individual session during term time", "Ms Marta Nowicka, speech and language therapist (college-commissioned)", "Hartsdale Integrated Care Board (ICB)"),
    ],
    "after": ["Health provision agreed by Mrs Catrin Howells, Designated Clinical Officer (DCO), 04.11.2026."]},
 H1=["None (see Section D)."],
 H2=["None."],
 I=["Hartsdale College (general further education college), Foundation Horticulture programme, 3 days a week, plus work placement."],
 J=["Not requested."],
 K={"rows": [
      ("Kacper's views (translated)", "Mrs Joanna Sadowska, college tutor", "01.09.2026"),
      ("Parent's views", "Ewa (mum)", "01.09.2026"),
      ("College SEN report", "", "04.09.2026"),
      ("Educational psychology report", "", "11.09.2026"),
      ("Medical advice (GP letter)", "Dr Alun Jones, GP", "03.09.2026"),
      ("Speech and language therapy advice", "Ms Marta Nowicka, speech and language therapist", "15.08.2026"),
      ("Social care advice", "Mr Iwan Roberts, 0-25 SEND social worker", "10.09.2026"),
      ("Preparing for adulthood advice", "Mr Paul Bright, careers adviser", "12.09.2026"),
 ]},
))

# =====================================================================
# e208  letter-column  Reception age 5  global developmental delay   (failing)
# =====================================================================
PLANS.append(dict(
 file="e208.docx", layout="letter-column", name="Alfie",
 front=[("Name", "Alfie"), ("National Curriculum year", "Reception"), ("Education phase", "Primary (Early Years Foundation Stage)"),
        ("Date this plan was issued", "05.10.2026"), ("Plan type", "Final plan (first plan)")],
 A=[("What Alfie shows us",
     ["Alfie uses single words and some two-word phrases. His class teaching assistant (TA), Mrs Bronwen Jones, gathered his views over two weeks by watching him play, offering him photographs of activities to choose from, and writing down what he said:",
      ("b", ["Alfie chose the photos of the sand tray, the tractors and the outdoor bikes every time. He said \"tractor - big one!\" and \"more bikes\".",
             "He pointed to the photo of the carpet and said \"no\" - he finds sitting at carpet time hard.",
             "He smiles and runs to his friend Jacob when he arrives each morning.",
             "When he is upset he hides under the coats and says \"go home\"."])]),
    ("What Alfie's family say",
     [("q", "\"Alfie is a happy, loving little boy who adores his grandad's farm - he would ride on the tractor all day if he could. He's been slower than his sisters with everything, especially talking, and we want to understand why and help him catch up. We hope he learns to talk in sentences so people outside the family understand him, makes friends, and enjoys school. One day we'd love him to work on the farm with his grandad.\" - Jodie and Craig, Alfie's parents")]),
    ("Alfie's strengths",
     [("b", ["Cheerful and affectionate; loves being outdoors.", "Good at running, climbing and riding a balance bike.",
             "Copies adults' actions and words well.", "Has a firm friendship with Jacob."])]),
 ],
 B=[("Communication and interaction",
     ["Alfie has global developmental delay. His understanding of language is at around a 3-year level and his talking at around a 2½-year level. He understands simple instructions in familiar routines, and uses about 50 single words and a few two-word phrases. People who do not know him find his speech hard to understand."]),
    ("Cognition and learning",
     ["Alfie is working well below the expected level in the Early Years Foundation Stage, at around the 30 to 36 month stage in most areas. He can count to 3 and match colours, and he concentrates for a few minutes on activities he chooses."]),
    ("Social, emotional and physical development",
     ["Alfie finds carpet time and waiting very hard and often wanders off. He is not yet toilet trained in the day. His gross motor skills are a strength."]),
 ],
 C=["Alfie has global developmental delay and is seen by the community paediatrician. He had glue ear and had grommets (small tubes in the eardrums) fitted in January 2026; his hearing has improved but is still being checked."],
 D=["N/A"],
 E=[("Communication",
     ["By July 2027, Alfie will use 3-word phrases to ask for things and tell an adult what he has done, at least 10 times in a day, recorded by his TA on two days each half-term.",
      "By July 2027, Alfie will follow two-part instructions in class routines (such as \"get your coat and line up\") on 4 out of 5 occasions."]),
    ("Learning and play",
     ["By July 2027, Alfie will count 5 objects accurately and recognise numbers to 5, checked each half-term by his class teacher.",
      "By July 2027, Alfie will sit at carpet time with his group for 10 minutes, using his wobble cushion, on 4 days out of 5."]),
    ("Independence",
     ["By July 2027, Alfie will use the toilet during the school day with reminders, with no more than one accident a week, recorded on his toileting chart."]),
 ],
 F={"subs": [
    ("Communication", [
      ("Individual speech and language programme set by the speech and language therapist (SALT)", "Daily for 15 minutes", "TA (Level 3), individually", "School (element 3 top-up)"),
      ("SALT visit to assess, update the programme and model it to his TA and teacher", "Once each half-term, 1 hour each visit", "NHS speech and language therapist", "Hartsdale County Council"),
      ("Small-group attention and listening (Attention Autism style 'bucket' sessions)", "Daily for 15 minutes", "TA, 1 adult : 4 pupils", "School"),
    ]),
    ("Learning and play", [
      ("Adult-led number play using real objects and farm toys", "3 x 15 min per week", "TA, 1 adult : 2 pupils", "School"),
      ("A now-and-next board, visual timetable and wobble cushion at carpet time", "Every day", "Class teacher; equipment bought by school", "School"),
      ("Visit by the specialist teacher to advise on planning and check progress", "Twice termly, 1 hour each", "Specialist teacher, Hartsdale Inclusion Support Service", "Hartsdale County Council"),
    ]),
    ("Independence", [
      ("A toileting plan agreed with his parents, with timed reminders and a picture sequence", "Every 90 minutes through the day", "TA", "School"),
    ]),
 ]},
 G={"rows": [
      ("Community paediatrician to continue to monitor Alfie's development", "Ongoing", "Community paediatrician", "NHS"),
      ("Ear, nose and throat (ENT) team and audiology to follow up Alfie's grommets and hearing as needed", "As needed", "ENT / audiology", "NHS"),
    ]},
 H1=["N/A"],
 H2=["N/A"],
 I=["Hillside Primary School (mainstream primary), Reception class."],
 J=["Not requested."],
 K={"rows": [
      ("Parents' views", "Jodie and Craig (parents)", "01.07.2026"),
      ("Alfie's views (observation and photo choices)", "Mrs Bronwen Jones, TA", "03.07.2026"),
      ("Educational advice", "Mr Owen Pugh, special educational needs co-ordinator (SENCo), Hillside Primary School", "06.07.2026"),
      ("Audiology report", "Paediatric audiology, Hartsdale General Hospital", "12.05.2026"),
      ("Psychological advice", "Dr Sian Evans, Educational Psychologist", "14.03.2023"),
      ("Medical advice", "Dr Ffion Ellis, community paediatrician", "30.06.2026"),
      ("Speech and language therapy advice", "Mr Dafydd Hughes, speech and language therapist", "25.06.2026"),
      ("Social care advice", "Mr Iwan Roberts, 0-25 SEND social worker", "08.07.2026"),
 ]},
))

# =====================================================================
# e209  shaded-heading-table  age 19 post-19  SLD + autism + epilepsy   (sound)
# =====================================================================
PLANS.append(dict(
 file="e209.docx", layout="shaded-heading-table", name="Dylan",
 front=[("Name", "Dylan"), ("Age", "19"), ("Education phase", "Post-19 (specialist further education college, second year)"),
        ("Date of last annual review", "22.01.2026"), ("Date amended plan issued", "20th of February 2026")],
 A=[("What Dylan told us",
     ["Dylan speaks in short phrases and uses a symbol app on his tablet. His tutor, Mr Rhys Bowen, talked with him using photos of his week and his symbol app, and typed what Dylan said and chose:",
      ("q", "\"Cafe. I make coffee. Big machine - froth.\" (Dylan chose the photo of the college cafe and gave it a thumbs up.)"),
      ("q", "\"Bus to town. Me. On my own.\" (pointing to the photo of the number 42 bus)"),
      ("q", "\"Swimming Friday. Dad.\" \"No shouting. Too loud.\" (pressing the symbols for 'noise' and 'sad')"),
      "Dylan chose the symbols 'work', 'money' and 'cafe' when asked what he wants to do when college finishes."]),
    ("What Dylan's parents said",
     [("q", "\"Dylan has grown up so much at college. He is proud of his job in the cafe and tells everyone about the coffee machine. He is gentle, funny and loves routine, swimming and music. What we want is for him to have a real job for a few days a week, ideally in a cafe, and to get out and about in our town without one of us with him. In the longer term we hope he can live in supported housing with friends, near us.\" - Gwyneth and Alan, Dylan's parents")]),
    ("What Dylan is good at",
     [("b", ["Follows a routine reliably and takes pride in doing a job properly.", "Friendly and polite with customers.",
             "Strong swimmer.", "Can make hot drinks and simple snacks safely with a visual recipe."])]),
 ],
 B=[("Cognition and learning",
     ["Dylan has a severe learning difficulty. He reads about 30 familiar words and symbols, recognises coins and notes, and can count to 20. He learns new tasks best when they are broken into small steps with a photo sequence and practised in the real place."]),
    ("Communication and interaction",
     ["Dylan is autistic. He speaks in phrases of two or three words and uses a symbol app on his tablet to say more. He understands short, clear sentences with one or two key words. He finds it hard to ask for help from people he does not know."]),
    ("Social, emotional and mental health and sensory",
     ["Dylan finds loud, busy places and sudden changes upsetting; he may cover his ears and walk away. With warning and a visual plan he copes well with change."]),
 ],
 C=["Dylan has epilepsy. It is well controlled with daily medication and his last seizure was in 2024. He has an emergency care plan and rescue medication, which staff trained by the epilepsy nurse can give. He has no difficulty walking, swimming or with his eyesight. His autism and learning difficulty are supported in Section F."],
 D=["Dylan is supported by the 0-25 SEND social worker, Mrs Ceri Rowlands, who completed a Care Act assessment (the assessment of support needs for adults) on 12.12.2025. Dylan needs support to take part in community activities and to learn everyday living skills, and his parents, who are his carers, need regular breaks."],
 E=[("Employment",
     ["By July 2027, Dylan will work two mornings a week in the college cafe, making drinks from his visual recipes and serving customers, and will receive a positive report from his cafe supervisor at each half-termly review.",
      "By July 2027, Dylan will gain the Entry Level 2 certificate in Employability Skills."]),
    ("Independent living",
     ["By July 2027, Dylan will get around his local community on his own - walking to the shop, the library and the leisure centre - on 3 routes he has learned, recorded by his travel trainer.",
      "By July 2027, Dylan will prepare a simple lunch (sandwich and a drink) using a visual recipe with no more than one prompt, on 4 out of 5 occasions, recorded in his college file."]),
    ("Friends, relationships and community",
     ["Over the next year, Dylan will go to the Friday disco at the community centre twice a month with his personal assistant and chat with at least two friends there, recorded in his personal assistant's diary."]),
    ("Good health",
     ["By July 2027, Dylan will take his morning epilepsy medication from his pill organiser with one spoken prompt, 5 days out of 5, recorded by his parents on a weekly chart.",
      "Over the next year, Dylan will swim 20 lengths each week at the leisure centre."]),
 ],
 F={"subs": [
    ("Employment", [
      ("Supported work experience in the college cafe, using visual task sequences", "Two mornings a week (3 hours each)", "Job coach, 1 adult : 2 students, fading to checks every 30 minutes", "Hartsdale County Council (high needs funding)"),
      ("Employability skills course", "Weekly, 2 hours", "Tutor, group of 6", "College"),
    ]),
    ("Independent living and communication", [
      ("Independent travel training on three routes (shop, library, leisure centre)", "Twice a week, 1 hour, for 12 weeks then reviewed", "Independent travel trainer, individually", "Hartsdale County Council"),
      ("Cooking and daily living skills in the training flat", "Weekly, 2 hours", "Living skills tutor, group of 4", "College"),
      ("Learning to use a pill organiser with a picture checklist, practised in the training flat with a dummy organiser and shared with his parents", "Weekly, 10 minutes within the living skills session", "Living skills tutor, individually", "College"),
      ("A tablet with a symbol communication app, set up and updated each term by the college's assistive technology technician", "Used every day", "Assistive technology technician; all staff", "College"),
      ("Speech and language therapy: communication targets for the cafe and community, including asking for help", "Fortnightly, 45 minutes, individually, plus a termly 1-hour session training his job coach", "Speech and language therapist employed by the college", "College (high needs funding)"),
    ]),
 ]},
 G={"rows": [
      ("Neurology review of epilepsy and medication", "Once a year", "Consultant neurologist, Hartsdale General Hospital", "Hartsdale Integrated Care Board (ICB)"),
      ("Review of Dylan's emergency epilepsy care plan, and training for college staff in giving rescue medication", "Care plan reviewed yearly; staff training once a year (2 hours)", "Epilepsy specialist nurse", "Hartsdale ICB"),
    ],
    "after": ["Section G was agreed for the health service by Mrs Catrin Howells, Designated Clinical Officer, on 12.02.2026."]},
 H1=["Not applicable: Dylan is over 18, so his social care support is provided under the Care Act 2014 and is set out in H2."],
 H2=[("b", ["Personal assistant for community activities (disco, swimming, shopping): 6 hours a week, paid through a direct payment (see Section J).",
            "Overnight short breaks at Oak Lodge respite service: 2 nights a month.",
            "Both arranged and reviewed each year by the 0-25 SEND social worker, Mrs Ceri Rowlands."])],
 I=["Meadowbank College (independent specialist further education college), 4 days a week, day placement."],
 J=["Direct payment of £96 a week for the personal assistant hours in Section H2, paid to Dylan's parents on his behalf."],
 K={"rows": [
      ("Dylan's views", "Mr Rhys Bowen, tutor, Meadowbank College", "08.01.2026"),
      ("Parents' views", "Gwyneth and Alan (parents)", "08.01.2026"),
      ("Educational advice and annual review report", "Mrs Alison Reed, head of learning support, Meadowbank College", "22.01.2026"),
      ("Psychological advice", "Dr Tomasz Wisniewski, Educational Psychologist", "10.11.2025"),
      ("Health advice", "Dr Mair Thomas, consultant neurologist", "04.11.2025"),
      ("Epilepsy nurse report", "Ms Sara Hill, epilepsy specialist nurse", "15.12.2025"),
      ("Speech and language therapy advice", "Ms Eleri Jenkins, speech and language therapist", "02.12.2025"),
      ("Social care advice (Care Act assessment)", "Mrs Ceri Rowlands, 0-25 SEND social worker", "12.12.2025"),
      ("Preparing for adulthood advice", "Mr Paul Bright, careers adviser", "18.12.2025"),
 ]},
))

# =====================================================================
# e210  heading2-numbered  Year 7  vision impairment (albinism)   (sound)
# =====================================================================
PLANS.append(dict(
 file="e210.docx", layout="heading2-numbered", name="Elis",
 front=[("Name", "Elis"), ("National Curriculum year", "Year 7"), ("Education phase", "Secondary (Key Stage 3)"),
        ("Date of last annual review", "14.10.2026"), ("Date this plan was issued", "02.11.2026")],
 A=[("All about me",
     ["Elis wrote this on his laptop with his Qualified Teacher of the Visually Impaired (QTVI), Mr Dafydd Hughes:",
      ("q", "\"My name is Elis and I'm 11. I have albinism, which means my eyes don't see very clearly and my skin burns really easily. My eyes also wobble (that's called nystagmus). I love science, especially space, and I'm in the school chess club - I beat Mr Hughes twice. I like my laptop because I can make everything big. I don't like it when teachers give out worksheets that are tiny and grey, or when I have to ask for help in front of everyone. At big school I get lost in the corridors when they're crowded. When I grow up I want to be an astronomer or work for a space agency. I'd like to be able to get to school on the bus with my mates.\"")]),
    ("What Elis's parents say",
     [("q", "\"Elis is bright, curious and very determined, and he has a dry sense of humour. The move to secondary school has gone better than we feared, but he is tired by the end of the day and hates standing out. We want him to keep up with his friends in lessons, to be confident asking for what he needs, and to travel to school independently by the end of Year 8. Long term, we want him to follow his love of science wherever it leads.\" - Angharad and Paul")]),
    ("Strengths",
     [("b", ["Working at or above the expected level in science and maths.", "An excellent memory and a logical thinker.",
             "Confident with technology; touch-types at 35 words a minute.", "Good friendships from primary school."])]),
 ],
 B=[("Vision",
     ["Elis has a vision impairment caused by albinism, with nystagmus. His distance vision is about a quarter of typical vision, and he reads print comfortably at 24 point on paper or enlarged on screen. He cannot see the board from his seat, finds low-contrast print very hard and is dazzled by bright light. He has no difficulty walking and moves confidently around familiar places, but he finds steps, kerbs and crowded corridors hard to judge, especially in poor light."]),
    ("Cognition and learning",
     ["Elis is a capable learner working at or above the expected level in most subjects. He reads more slowly than his classmates because of his vision, and tires quickly when reading for long periods."]),
    ("Social, emotional and mental health",
     ["Elis is sociable but dislikes standing out. He sometimes does not ask for enlarged materials or help, and then falls behind."]),
 ],
 C=["Elis has albinism. This affects his eyes (low vision, nystagmus and sensitivity to light) and his skin, which burns very easily; he must wear high-factor sun cream, a hat and sunglasses outdoors, and he needs shade at outdoor times. His eyes are reviewed by the hospital eye service and the low vision clinic. He has no other health needs and no difficulty with mobility apart from the visual difficulties described in Section B."],
 D=["The 0-25 SEND social worker, Ms Bethan Rees, spoke with Elis's parents on 18.08.2026. There are no social care needs related to Elis's disability. The family were told about short breaks and the Sensory Support Service's youth activities and do not need them at present."],
 E={"subs": [
    ("Learning and vision",
     ["By July 2027, Elis will use his laptop camera and magnification software to read the board independently in all lessons, with no more than one request for help per lesson, recorded by the QTVI during lesson observations each half-term.",
      "By July 2027, Elis will read at 90 words a minute on enlarged text (currently 70), measured by the QTVI each term, so he can keep up with science reading on space and physics."]),
    ("Independence and mobility",
     ["By the end of Year 8 (July 2028), Elis will travel to and from school on the school bus with friends, without an adult, 5 days a week.",
      "By July 2027, Elis will find his way independently between all his Year 7 classrooms at busy times, confirmed by his habilitation specialist's route checklist."]),
    ("Confidence and self-advocacy",
     ["By April 2027, Elis will ask each teacher for enlarged or electronic copies himself when he needs them, recorded on his self-advocacy card, on at least 9 out of 10 occasions."]),
    ("Health",
     ["By July 2027, Elis will apply his sun cream and put on his hat before every outdoor PE lesson and break without a reminder, recorded by the PE department on sunny days."]),
 ]},
 F={"subs": [
    ("Vision and learning", [
      ("Teaching, advice and monitoring by a Qualified Teacher of the Visually Impaired (QTVI)", "Twice termly, 1 hour each (6 visits a year)", "QTVI, Hartsdale Sensory Support Service", "Hartsdale County Council"),
      ("A laptop with magnification software and a camera to view the board, set up and maintained by the school's IT technician with advice from the QTVI", "Every lesson", "IT technician", "Hartsdale County Council (equipment); school (maintenance)"),
      ("All printed materials enlarged to 24 point on matt paper, or sent electronically before the lesson", "Every lesson", "Subject teachers; reprographics", "School"),
      ("Touch-typing and keyboard shortcut skills", "Weekly, 30 mins, for one term", "Specialist teaching assistant, individually", "School"),
      ("Exam access arrangements: 25% extra time, enlarged papers and a laptop, arranged by the special educational needs co-ordinator (SENCo)", "All internal tests and exams", "SENCo and exams officer", "School"),
    ]),
    ("Independence and mobility", [
      ("January 2027 onwards, mobility and independence training (habilitation) on school routes and the bus route, then reviewed", "Weekly, 1 hour, for 10 weeks", "Habilitation specialist, Sensory Support Service, individually", "Hartsdale County Council"),
      ("Leaving lessons 2 minutes early to avoid crowded corridors, with a named friend", "Every lesson change, reviewed at Easter 2027", "Form tutor arranges; all staff", "School"),
    ]),
    ("Confidence and self-advocacy", [
      ("Self-advocacy sessions: explaining his vision to others and practising asking for help", "Fortnightly, 30 minutes, for one term", "QTVI with a learning mentor, individually", "School / Hartsdale County Council"),
      ("Vision awareness training for all staff who teach Elis", "One 45-minute session in the autumn term 2026", "QTVI", "Hartsdale County Council"),
    ]),
 ]},
 G={"rows": [
      ("Eye examination and review of his albinism and nystagmus", "Once a year", "Consultant ophthalmologist, hospital eye service", "Hartsdale Integrated Care Board (ICB)"),
      ("Low vision assessment and review of magnifiers", "Once a year", "Optometrist, low vision clinic", "Hartsdale ICB"),
      ("A written sun-protection care plan for school, reviewed each spring, with sun cream applied by Elis before outdoor sessions (staff prompt until he manages alone)", "Plan reviewed once a year; daily use", "School nurse writes and reviews the plan; PE staff prompt", "Hartsdale ICB (school nursing service)"),
    ],
    "after": ["The Designated Clinical Officer (DCO), Dr Huw Parry, confirmed on 27.10.2026 that the health service agrees to the health provision above."]},
 H1=["None. See Section D: short breaks were considered and are not needed."],
 H2=["None."],
 I=["Hartsdale Community School (mainstream secondary school)."],
 J=["No personal budget has been requested."],
 K={"rows": [
      ("Elis's views", "Elis, with Mr Dafydd Hughes, QTVI", "22.09.2026"),
      ("Parents' views", "Angharad and Paul (parents)", "22.09.2026"),
      ("Educational advice and annual review report", "Mrs Ruth Evans, SENCo, Hartsdale Community School", "14.10.2026"),
      ("Advice from a qualified teacher of the visually impaired", "Mr Dafydd Hughes, QTVI, Sensory Support Service", "29.09.2026"),
      ("Psychological advice", "Dr Sian Evans, Educational Psychologist", "05.06.2026"),
      ("Health advice (ophthalmology)", "Mr Kamal Desai, consultant ophthalmologist", "12.05.2026"),
      ("Low vision clinic report", "Ms Laura Griffiths, optometrist", "20.07.2026"),
      ("School nurse health advice", "Ms Carys Llewellyn, school nurse", "10.09.2026"),
      ("Social care advice", "Ms Bethan Rees, 0-25 SEND social worker", "18.08.2026"),
 ]},
))

# =====================================================================
# e211  letter-column  Year 8  autism + SEMH, looked after   (failing)
# =====================================================================
PLANS.append(dict(
 file="e211.docx", layout="letter-column", name="Jess",
 front=[("Name", "Jess"), ("National Curriculum year", "Year 8"), ("Education phase", "Secondary (Key Stage 3)"),
        ("Date of last annual review", "Sep-26"), ("Date this plan was issued", "12.10.2026")],
 A=[("What Jess says",
     ["Jess chose to fill in her 'one-page profile' on paper at home with her foster carer, and then talked it through with her form tutor, Mr Rhodri Thomas. These are her words:",
      ("q", "\"I'm good at art - I do manga drawings and I've filled three sketchbooks this year. I like animals, especially Bramble, our dog. I like it at Sue and Dave's because it's quiet and there's always a plan. I hate it when lessons change without warning or when there's a supply teacher. Crowds and shouting make my head buzz and then I shut down or I run. I want to go to art college and make comics or work at an animal rescue.\"")]),
    ("What Jess's foster carers say",
     [("q", "\"Jess has been with us for eighteen months and she has come such a long way. She is funny, creative and incredibly loyal, and she is brilliant with animals. School is still the hardest part of her week. We want her to feel safe there, to have a friend or two, and to keep up with her art, because that is where she shines.\" - Sue and Dave, foster carers")]),
    ("Strengths",
     [("b", ["A talented artist with great attention to detail.", "Reads well above her age.", "Caring towards animals and younger children.", "Honest about how she is feeling when she trusts an adult."])]),
 ],
 B=[("Communication and interaction",
     ["Jess is autistic (diagnosed 2024). She speaks fluently but takes language literally and finds group work and unstructured conversation difficult. She needs advance warning of changes."]),
    ("Social, emotional and mental health",
     ["Jess has experienced significant trauma in early childhood. She becomes overwhelmed in noisy or unpredictable situations, and will shut down or leave the room. She left lessons on 21 occasions last term. She has low mood at times and has been referred to CAMHS (Child and Adolescent Mental Health Services)."]),
    ("Cognition and learning",
     ["Jess reads well above her age and is working at the expected level in most subjects when she is in class, but she has gaps in maths from missed schooling."]),
 ],
 C=["Jess has asthma and uses a reliever inhaler; she has been to A&E (the hospital emergency department) twice in the past year with asthma attacks. She is receiving support from CAMHS for low mood and anxiety."],
 D=["Jess is a looked after child. She lives with foster carers."],
 E=[("Social, emotional and mental health",
     ["By July 2027, Jess will stay in her lessons for the whole lesson, using her time-out card and returning within 10 minutes when she needs a break, with no more than 3 lessons left each half-term (currently 21 a term), recorded by the pastoral team.",
      "By July 2027, Jess will name the feelings on her 5-point scale and use one agreed calming strategy, on 4 out of 5 occasions, recorded by her key adult.",
      "Jess has a 1:1 teaching assistant (TA) for all lessons."]),
    ("Learning",
     ["By July 2027, Jess will complete an art portfolio of 10 finished pieces for her Year 9 options and enter the county Young Artists exhibition.",
      "By July 2027, Jess will reach the expected level in maths for Year 8 on the school's end-of-year test."]),
    ("Health",
     ["By July 2027, Jess will carry her reliever inhaler herself and tell the PE teacher when she needs to use it, on every PE day, recorded by the PE department."]),
 ],
 F={"subs": [
    ("Social, emotional and mental health", [
      ("A TA to support Jess in lessons and at transitions between lessons", "All lessons", "TA (Level 3), 1:1", "Hartsdale County Council (element 3 top-up)"),
      ("A time-out card and a quiet room in the learning support base", "Every lesson", "All staff", "School"),
      ("Access to the ELSA (emotional literacy support assistant) as required", "As required", "ELSA", "School"),
      ("Regular check-ins with a trusted adult where possible", "Regular", "Key adult", "School"),
      ("Warnings of any change to her timetable or staffing, given by text to her foster carers the evening before or by her key adult at registration", "Each change", "Form tutor or key adult", "School"),
    ]),
    ("Learning", [
      ("Maths catch-up", "3 x 30 mins per week", "Maths HLTA (higher level teaching assistant), group of 4", "School"),
      ("Art club and portfolio support", "Weekly after school, 1 hour", "Art teacher, group of up to 10", "School"),
    ]),
 ]},
 G={"rows": [
      ("CAMHS sessions for low mood and anxiety", "Fortnightly, 50 minutes, for 12 sessions then reviewed", "CAMHS practitioner", "Hartsdale Integrated Care Board (ICB)"),
    ],
    "after": ["Health provision agreed by Dr Nia Morgan, Designated Clinical Officer (DCO), on 06.10.2026."]},
 H1=["None."],
 H2=["None. Short breaks were considered; not required as Jess's foster carers are supported by the fostering team."],
 I=["Hartsdale Community School (mainstream secondary)."],
 J=["Not applicable."],
 K={"rows": [
      ("Jess's views", "Jess, with Mr Rhodri Thomas, form tutor", "10.09.2026"),
      ("Foster carers' views", "Sue and Dave, foster carers", "10.09.2026"),
      ("Educational advice and annual review report", "Mrs Ruth Evans, special educational needs co-ordinator (SENCo), Hartsdale Community School", "24.09.2026"),
      ("Psychological advice", "Dr Tomasz Wisniewski, Educational Psychologist", "17.06.2026"),
      ("Health advice (review health assessment)", "Ms Anna Kowalska, looked after children's nurse", "02.06.2026"),
      ("CAMHS advice", "Ms Rachel Ford, CAMHS practitioner", "15.07.2026"),
      ("Social care advice", "Mr Owain Davies, social worker, Children in Care Team", "03.08.2024"),
 ]},
))

# =====================================================================
# e212  shaded-heading-table  Year 11  MLD + autism, special school   (failing)
# =====================================================================
PLANS.append(dict(
 file="e212.docx", layout="shaded-heading-table", name="Ella",
 front=[("Name", "Ella"), ("Year group", "Year 11"), ("Education phase", "Secondary (Key Stage 4), special school"),
        ("Plan type", "Amended plan following annual review"), ("Plan co-ordinator", "Mr Gareth Price, SEND Casework Officer")],
 A=[("What Ella says",
     ["Ella talked to her class teacher, Miss Katarzyna Nowak, using a mind map with pictures. Ella said:",
      ("q", "\"I like drawing horses and I like Mrs Lewis's riding school on Saturdays - I brush Pepper and pick out her feet. I like cooking pizza at school. I don't like the canteen because it's too loud and people push. I get worried when I don't know what is happening. I like my friend Chloe. I like my phone and watching videos about horses.\""),
      ]),
    ("What Ella's mum says",
     [("q", "\"Ella is a lovely girl and very caring with animals. She gets very anxious about anything new and will refuse to go if she is worried. At the moment it is hard to get her out of the house on a weekday morning. She can't manage money and she won't speak to people she doesn't know, like shop staff. I worry about next year because everything will change.\" - Sarah, Ella's mum")]),
    ("What Ella is good at",
     [("b", ["Caring and gentle with animals.", "Follows a recipe with pictures.", "Neat, careful drawing.", "A loyal friend to Chloe."])]),
 ],
 B=[("Cognition and learning",
     ["Ella has moderate learning difficulties. She reads simple sentences and is working at Entry Level 1 to 2 in English and maths. She can add and subtract to 20 with objects but does not yet understand the value of coins and notes."]),
    ("Communication and interaction",
     ["Ella is autistic. She talks readily with adults and friends she knows, but will not speak to unfamiliar people and finds it hard to ask for help. She understands short, clear instructions and needs extra time to process what is said."]),
    ("Social, emotional and mental health",
     ["Ella is very anxious about change and new places, and will refuse to take part if she is worried. Her attendance has dropped to 82% this year, mostly because of anxiety on Monday mornings."]),
 ],
 C=["Not known at this time - awaiting report from the community paediatrician."],
 D=["Mr Iwan Roberts, 0-25 SEND social worker, met Ella and her mum on 06.05.2026. There are no social care needs related to Ella's special educational needs at present. Her mum was given information about short breaks and the Saturday youth club for young people with SEND; she will think about this after Ella's move to college."],
 E=[("Preparing for adulthood - education and employment",
     ["Ella will prepare for her move to college.",
      "Ella will develop her skills for work."]),
    ("Preparing for adulthood - independent living",
     ["Ella will improve her money skills.",
      "Ella will become more independent in the community."]),
    ("Preparing for adulthood - friends and community; good health",
     ["Ella will be more confident when talking to new people.",
      "Ella will be less anxious and will attend school more often."]),
 ],
 F={"subs": [
    ("Cognition and learning and independent living", [
      ("Functional maths using real coins and notes in the school shop and on community visits", "4 x 30 min per week", "Class teacher and TA (teaching assistant), group of 6", "School (place funding and top-up)"),
      ("Travel training on the route from home to town and to the college", "Twice a week, 1 hour, for 10 weeks then reviewed", "Independent travel trainer, individually", "Hartsdale County Council"),
      ("Cooking and life skills sessions", "Weekly, 2 hours", "Food technology teacher and TA, group of 6", "School"),
    ]),
    ("Communication and interaction", [
      ("Speech and language therapy: a programme to build confidence talking to unfamiliar people (scripts, role play and practice in local shops)", "Weekly, 30 minutes, individually, for one term, then a group of 3 for the rest of the year", "Speech and language therapist employed by the school", "School (place funding and top-up)"),
      ("Visual timetable and advance warning of any change", "Every day", "Class team", "School"),
    ]),
    ("Social, emotional and mental health and transition", [
      ("Anxiety-management sessions using a worry scale and a personal calm plan", "Weekly, 30 minutes, individually", "Emotional literacy support assistant (ELSA)", "School"),
      ("A planned Monday morning routine: text to mum on Sunday evening with the day's plan, and a named adult meeting Ella at the gate", "Every Monday", "Form tutor", "School"),
      ("Transition to college: six taster visits with a familiar TA, and a handover meeting with the college's learning support team", "Spring and summer terms 2027", "Transition co-ordinator and TA", "School"),
      ("Careers guidance interviews", "Two in Year 11, 45 minutes each", "Careers adviser, Hartsdale Careers Service", "Hartsdale County Council"),
      ("Work experience at the riding school, supported by a TA", "One morning a week for 8 weeks", "TA, individually", "School"),
    ]),
 ]},
 G={"rows": [("None at present", "-", "-", "-")]},
 H1=["None. Short breaks were offered (see Section D)."],
 H2=["None."],
 I=["Oakfield School (maintained special school for pupils with moderate learning difficulties and autism). Ella's post-16 placement will be named at next year's review."],
 J=["None requested."],
 K={"rows": [
      ("Ella's views", "Miss Katarzyna Nowak, class teacher", "28.04.2026"),
      ("Parent's views", "Sarah (mum)", "30.04.2026"),
      ("Educational advice and annual review report", "Mr Simon Hale, deputy headteacher, Oakfield School", "12.05.2026"),
      ("Psychological advice", "Dr Sian Evans, Educational Psychologist", "19.03.2026"),
      ("Speech and language therapy advice", "Ms Eleri Jenkins, speech and language therapist", "22.04.2026"),
      ("Social care advice", "Mr Iwan Roberts, 0-25 SEND social worker", "06.05.2026"),
      ("Preparing for adulthood advice", "Mr Paul Bright, careers adviser", "07.05.2026"),
 ]},
))


def main():
    os.makedirs(OUT, exist_ok=True)
    for p in PLANS:
        RENDER[p["layout"]](p, os.path.join(OUT, p["file"]))
        print("wrote", p["file"])


if __name__ == "__main__":
    main()
