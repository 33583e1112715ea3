#!/usr/bin/env python3
"""Generator for blind test set AE1 (Carrow Peninsula Council, fictional).

Plan text is held below as Python data in a small line markup:
  == X          start statutory section X (A B C D E F G H1 H2 I J K, or EF for the combined E/F table)
  FM: a | b     front-matter row (label | value)
  ### text      numbered sub-heading (Heading 3 in heading2-numbered)
  - text        bulleted item (List Bullet)
  # text        numbered item (List Number)
  ! text        bold paragraph
  T: a | b | c  table header; R: a | b | c  table row
  O: text       (EF only) outcome cell, merged down its provision rows
  P: a | b | c  (EF only) provision | frequency | who
  anything else a plain paragraph.
Three renderers: heading2-numbered, ef-table, shaded-heading-table.
Run:  /work/blind/.venv-AE1/bin/python generate.py
"""
import os, sys
from docx import Document
from docx.shared import Pt, RGBColor
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = os.path.dirname(os.path.abspath(__file__))
COUNCIL = "Carrow Peninsula Council"

TITLES = {
    "A": "Section A: The views, interests and aspirations of {name} and {poss} family",
    "B": "Section B: Special educational needs",
    "C": "Section C: Health needs related to special educational needs or disability",
    "D": "Section D: Social care needs related to special educational needs or disability",
    "E": "Section E: Outcomes",
    "F": "Section F: Special educational provision",
    "EF": "Sections E and F: Outcomes and the special educational provision to meet them",
    "G": "Section G: Health provision",
    "H1": "Section H1: Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970",
    "H2": "Section H2: Any other social care provision",
    "I": "Section I: Placement",
    "J": "Section J: Personal budget",
    "K": "Section K: Advice and information gathered for this plan",
}
YA_A = "Section A: The views, interests and aspirations of {name}"

PLANS = {}
META = {}


def parse(text):
    """Return (front, [(sec, blocks)])."""
    front, secs, cur = [], [], None
    for raw in text.strip("\n").split("\n"):
        line = raw.strip()
        if not line:
            continue
        if line.startswith("== "):
            cur = []
            secs.append((line[3:].strip(), cur))
            continue
        if line.startswith("FM:"):
            a, b = line[3:].split("|", 1)
            front.append((a.strip(), b.strip()))
            continue
        if line.startswith("### "):
            cur.append(("h3", line[4:]))
        elif line.startswith("- "):
            cur.append(("b", line[2:]))
        elif line.startswith("# "):
            cur.append(("n", line[2:]))
        elif line.startswith("! "):
            cur.append(("bold", line[2:]))
        elif line.startswith("T:"):
            cur.append(("table", [c.strip() for c in line[2:].split("|")], []))
        elif line.startswith("R:"):
            cur[-1][2].append([c.strip() for c in line[2:].split("|")])
        elif line.startswith("O:"):
            if not cur or cur[-1][0] != "ef":
                cur.append(("ef", []))
            cur[-1][1].append([line[2:].strip(), []])
        elif line.startswith("P:"):
            cur[-1][1][-1][1].append([c.strip() for c in line[2:].split("|")])
        else:
            cur.append(("p", line))
    return front, secs


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def bold_cell(cell, text):
    cell.text = ""
    r = cell.paragraphs[0].add_run(text)
    r.bold = True


def add_table(doc, header, rows, head_fill="DCE6F0"):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for i, h in enumerate(header):
        bold_cell(t.rows[0].cells[i], h)
        shade(t.rows[0].cells[i], head_fill)
    for r in rows:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v
    doc.add_paragraph()
    return t


def add_ef(doc, header, groups):
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(header):
        bold_cell(t.rows[0].cells[i], h)
        shade(t.rows[0].cells[i], "E2EFD9")
    for outcome, provs in groups:
        first = len(t.rows)
        for p in provs:
            cells = t.add_row().cells
            for i, v in enumerate(p):
                cells[i + 1].text = v
        top = t.rows[first].cells[0]
        if len(provs) > 1:
            top = top.merge(t.rows[len(t.rows) - 1].cells[0])
        top.text = outcome
    doc.add_paragraph()


def title_for(sec, meta):
    if sec == "A" and meta.get("adult"):
        return YA_A.format(name=meta["name"])
    return TITLES[sec].format(name=meta["name"], poss=meta["poss"])


def render_blocks(doc, blocks, layout, meta):
    for b in blocks:
        kind = b[0]
        if kind == "h3":
            if layout == "heading2-numbered":
                doc.add_heading(b[1], level=3)
            else:
                p = doc.add_paragraph()
                r = p.add_run(b[1])
                r.bold = True
                if layout == "ef-table":
                    r.italic = True
        elif kind == "b":
            doc.add_paragraph(b[1], style="List Bullet")
        elif kind == "n":
            doc.add_paragraph(b[1], style="List Number")
        elif kind == "bold":
            p = doc.add_paragraph()
            p.add_run(b[1]).bold = True
        elif kind == "table":
            add_table(doc, b[1], b[2])
        elif kind == "ef":
            add_ef(doc, meta.get("ef_header", ["Outcome", "Provision", "Frequency", "Who"]), b[1])
        else:
            doc.add_paragraph(b[1])


def section_heading(doc, text, layout):
    if layout == "heading2-numbered":
        doc.add_heading(text, level=2)
    elif layout == "ef-table":
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(12)
        r = p.add_run(text)
        r.bold = True
        r.font.size = Pt(13)
        r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x3D)
    elif layout == "shaded-heading-table":
        t = doc.add_table(rows=1, cols=1)
        t.style = "Table Grid"
        c = t.rows[0].cells[0]
        bold_cell(c, text)
        shade(c, "BDD7EE")
        doc.add_paragraph()
    else:
        raise ValueError(layout)


def render(pid):
    meta = META[pid]
    layout = meta["layout"]
    front, secs = parse(PLANS[pid])
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    if layout == "heading2-numbered":
        doc.add_heading(COUNCIL, level=1)
    else:
        p = doc.add_paragraph()
        r = p.add_run(COUNCIL)
        r.bold = True
        r.font.size = Pt(16)
    p = doc.add_paragraph()
    r = p.add_run("Education, Health and Care (EHC) Plan")
    r.bold = True
    r.font.size = Pt(14)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, b in front:
        cells = t.add_row().cells
        bold_cell(cells[0], a)
        shade(cells[0], "F2F2F2")
        cells[1].text = b
    doc.add_paragraph()
    for sec, blocks in secs:
        section_heading(doc, title_for(sec, meta), layout)
        render_blocks(doc, blocks, layout, meta)
    os.makedirs(os.path.join(OUT, "plans"), exist_ok=True)
    doc.save(os.path.join(OUT, "plans", pid + ".docx"))

# ---------------------------------------------------------------- plans

META["ae101"] = dict(layout="heading2-numbered", name="Tamsin", poss="her")
PLANS["ae101"] = r'''
FM: Name used in this plan | Tamsin
FM: Age and school year | 10 years old, Year 5
FM: Education setting | Polvennor Community Primary School
FM: Plan issued | 21 July 2026 (amended plan following annual review)
FM: Last annual review | 16/06/2026
FM: First EHC plan issued | March 2019
FM: Home language and communication | English. Tamsin uses spoken English with two cochlear implants, backed up by some Sign Supported English.
FM: EHC plan coordinator | Jenna Rowe, Carrow Peninsula Council
== A
### A1 About me
Tamsin shared these views with her Teacher of the Deaf at school on 2 June 2026, using speech and a few signs. Her words are written down as she said them and were read back to her so she could check them.
"My name is Tamsin and I am 10. I live with my mum, my dad, my nan and my little brother Levi. In the winter we live in our trailer on the family site near Carnhallow, and in the summer we go travelling to the horse fairs."
"I have two cochlear implants. I call them my ears. When they are on I can hear people talking, but it is hard when the classroom is noisy or when people talk behind me."
"I love horses, especially our cob, Dolly. I help my dad groom her and I can plait her mane all by myself."
"I am good at drawing and maths. I know all my times tables up to 12."
"I don't like the hall at lunchtime because it is echoey. Sometimes I take my processors off because it is too loud."
"When we go travelling I do my school packs with Mum. I like the video calls with Mrs Tonkin because she shows me things on the screen."
### A2 What people like and admire about Tamsin
- She is kind and patient with the younger children on the site and in the school playground.
- She is determined: she kept practising her seven times table until she knew it.
- She is artistic and her horse drawings are displayed in the school entrance.
- She looks after her processors and keeps the batteries in the right pocket of her bag.
- She is proud of her Romany family and is happy to tell her class about the horse fairs.
### A3 Tamsin's hopes for the future
"When I grow up I want to be a vet for horses, or have my own riding stables."
"I want to read a whole chapter book on my own, like my cousin Shay."
"I want to swim in the sea with my cousins and not be scared when my processors are off."
### A4 What Tamsin's family say
Tamsin's mum and dad spoke to the plan coordinator at the annual review on 16 June 2026. They want Tamsin to have a good education and to read and write well, which they did not have the chance to do themselves. They are proud of how hard she works.
The family travel from late May or early June until the end of September each year for work and to go to the fairs. They want Tamsin's learning to carry on while they are away, and they want school and the Teacher of the Deaf to keep in touch by video call and text message, which works better for them than letters. Tamsin has regular checks at the implant centre, and her parents have found it hard to keep these appointments when the letters go to the winter site.
They would like Tamsin to learn to swim properly because the family spends a lot of time near water. They hope she will have a job she loves, whether that is with horses or something else, and be able to stand up for herself.
### A5 Tamsin's story so far
Tamsin's deafness was found by the newborn hearing screening. She had her first cochlear implant at 13 months and her second at 2 years old. She went to Penhallow Bay Nursery and has been at Polvennor Community Primary School since Reception. She has had an EHC plan since March 2019.
== B
Tamsin's needs are set out under the four areas in the Special Educational Needs and Disability (SEND) Code of Practice 2015. In each area, what Tamsin does well is described first.
### B1 Communication and interaction
Strengths: Tamsin's spoken language is clear to people who know her. She takes turns in conversation, enjoys telling stories about her family and uses a few signs to check she has understood.
Needs: Tamsin's understanding of words is below that of other children her age. On the British Picture Vocabulary Scale (BPVS) in May 2026 she had a standard score of 78, which means her vocabulary is roughly two years behind. She misses information in background noise and in group discussions, especially when more than one person talks. Some speech sounds are not yet clear ('s' blends such as 'sp' and 'st', and 'sh' and 'ch'), so people who do not know her sometimes find her hard to understand. She does not always tell adults when she has not heard, and she needs to be taught how to do this.
### B2 Cognition and learning
Strengths: The educational psychologist's assessment in March 2026 found that Tamsin's reasoning with pictures and patterns is in the average range. Her maths is close to the expected standard and she is quick with number facts.
Needs: Tamsin's reading age was 7 years 6 months on the Salford Sentence Reading Test in May 2026. She has gaps in phonics because some quiet, high-pitched sounds (such as 's', 'f' and 'th') were hard for her to hear when she was younger. She finds it hard to work out what a character is thinking or feeling from clues in a story. Her writing is usually two or three short sentences. Because the family travels for four months of the year, Tamsin was in school for 71% of the last school year, so she needs learning that carries on while she is away.
### B3 Social, emotional and mental health
Strengths: Tamsin has two close friends in her class and is confident and chatty with her family and at the site.
Needs: Listening all day makes Tamsin very tired ("listening fatigue") and by the afternoon she can be tearful or switch off. She gets frustrated and withdraws when she has missed what was said. She is the only deaf child in her class and sometimes feels different. She needs a quiet space when needed to rest her listening, and she needs to learn how to explain her deafness to other people.
### B4 Sensory and/or physical
Tamsin is profoundly deaf in both ears and hears through two cochlear implants. In class she uses a radio aid: a small microphone worn by the teacher that sends the teacher's voice straight to her processors. She needs a quiet room with soft furnishings, good lighting so she can see faces, and visual support such as pictures and written key words. She cannot hear when her processors are off, for example in the swimming pool or at bath time.
== C
Tamsin has no trouble with her general physical health and is rarely unwell, but she is profoundly deaf in both ears and depends on her cochlear implants to hear.
The internal parts of her implants were fitted by the South West Peninsula Cochlear Implant Programme. The external sound processors need to be programmed ("mapped") by the implant team, and the equipment needs to be checked and repaired quickly when it goes wrong. If a processor stops working, Tamsin cannot hear on that side.
While the family is travelling, implant appointments have been missed because letters were sent to the winter site address.
The community paediatrician (February 2026) confirmed that Tamsin has no other health needs affecting her learning.
== D
A screening by the Carrow Early Help Hub on 8 April 2026, carried out with the family's agreement, found that Tamsin has no social care needs arising from her deafness. Her family meet her care needs well.
Tamsin's parents were given information about the Carrow Local Offer, including short breaks for disabled children and the Carrow Deaf Children's Family Group. They said they do not want a short break at present and will contact the Early Help Hub if this changes.
== E
These outcomes were agreed with Tamsin and her family at the annual review on 16 June 2026. Progress will be checked at a meeting each half term between Tamsin's class teacher and her Teacher of the Deaf, and shared with her parents.
### E1 Listening and talking in a group
By July 2027, when Tamsin has not heard something in a group of up to 6 children, she will use one of her taught repair strategies (asking for a repeat, asking for it to be written down, or moving closer) in 4 out of 5 observed group sessions, recorded by her Teacher of the Deaf on the monthly observation sheet.
### E2 Reading a book on my own
By July 2027, Tamsin will read a chapter book at her level on her own and answer 8 out of 10 questions about it, and her reading age on the Salford Sentence Reading Test will have risen from 7 years 6 months to at least 9 years, tested by the school's special educational needs co-ordinator (SENCo).
### E3 Clear speech sounds
By March 2027, Tamsin will say words with 's' blends (such as "star", "snail" and "spoon") correctly in sentences in 8 out of 10 tries with an adult she does not know, checked by her speech and language therapist at the end of each therapy block.
### E4 Looking after my implants
By December 2026, Tamsin will check both processors each morning using her listening check card and tell an adult within 10 minutes if one is not working, on 9 out of 10 school days, recorded on her daily equipment chart by her teaching assistant.
### E5 Learning while we travel
During the 2027 travelling season (June to September), Tamsin will complete at least 12 of the 15 weekly learning packs sent by school and join at least 10 of the weekly video lessons with her Teacher of the Deaf, as recorded by the Carrow Traveller Education Service.
### E6 Swimming
By July 2027, Tamsin will receive her Stage 3 swimming certificate (swimming 25 metres on her own) at the school's swimming lessons, awarded by the swimming instructor.
== F
The provision below must be made by Polvennor Community Primary School unless another provider is named. The SENCo is responsible for making sure it happens and for keeping a record of it.
### F1 Teaching and support in class (for E1, E2)
- Tamsin will be taught in her mainstream Year 5 class by teachers who have had deaf awareness training from the Teacher of the Deaf this school year (see F5).
- A teaching assistant (TA) who holds Level 2 British Sign Language (BSL) will support Tamsin in class for 15 hours a week (9:00 to 12:00, Monday to Friday). The TA will pre-teach the key words for 10 minutes before each English and topic lesson and check that Tamsin has understood instructions.
- The class teacher will wear Tamsin's radio aid transmitter in all teaching sessions and pass it to each pupil who speaks in whole-class discussion.
- Tamsin will sit near the front, to one side, with her back to the window so she can see the teacher's face.
### F2 Reading and phonics (for E2)
- A daily 20-minute phonics and reading session, 1:1 with the TA named in F1, Monday to Friday in term time, using the school's phonics scheme with Cued Articulation hand cues to show how each sound is made.
- A reading comprehension group three times a week for 30 minutes, in a group of no more than 4 pupils, led by a Higher Level Teaching Assistant (HLTA) trained in the school's comprehension programme, focusing on working out characters' thoughts and feelings.
### F3 Speech and language therapy (for E1, E3)
- A speech and language therapist from the Carrow Children's Speech and Language Therapy Service, experienced with children who use cochlear implants, will see Tamsin on her own on Tuesday afternoons for 30 minutes, for 8 weeks in the autumn term and 8 weeks in the spring term (16 sessions), then review.
- At the start of each block the therapist will meet the TA for 45 minutes to show them the practice programme. The TA will then practise it with Tamsin 1:1 for 10 minutes, four times a week.
### F4 Teacher of the Deaf (for E1, E4, E5)
- A qualified Teacher of the Deaf (ToD) from Carrow Sensory Support Service will visit school once a fortnight in term time for 1 hour to teach Tamsin listening and self-advocacy skills (including how to explain her deafness to others), observe her in class and advise her teachers.
- The ToD will set up, check and maintain Tamsin's radio aid, which is provided by Carrow Sensory Support Service, and carry out a listening check with Tamsin at each visit.
- From June to September each year, while the family travels, the ToD will teach Tamsin in a 30-minute video lesson once a week, arranged with her mum by text message each Monday.
- The TA named in F1 will go through Tamsin's listening check card with her for 5 minutes at the start of each school day and fill in her equipment chart.
### F5 Staff training
- September 2026: the ToD will deliver 90 minutes of deaf awareness and radio aid training to all staff who work with Tamsin, including lunchtime supervisors. A 30-minute refresher will follow in January 2027.
### F6 Learning while travelling (for E5)
- For each week the family is away, the class teacher will prepare a learning pack matched to the class work: a reading book, two phonics activities and three maths tasks.
- The Carrow Traveller Education Service will take the packs to the family's stopping place every 2 weeks and collect the completed work, which the class teacher will mark within a week of its return.
### F7 Wellbeing and swimming (for E1, E6)
- Tamsin will have a 10-minute quiet break in the library reading corner at 1:15 each afternoon, supervised by a member of staff, to rest her listening.
- In the spring and summer terms Tamsin will go to her class's weekly 45-minute swimming lesson. The TA named in F1 will go with her, stand where Tamsin can see her, and use the gestures agreed with the swimming instructor while Tamsin's processors are off.
- Waterproof processor covers for swimming lessons, provided and maintained by the cochlear implant team and kept in school by the SENCo.
== G
### G1 Cochlear implants
- The South West Peninsula Cochlear Implant Programme (audiologist and implant specialist) will see Tamsin at the implant centre once a year for a 2-hour review, including reprogramming (mapping) both processors. The next review is due in January 2027.
- The implant team will repair or replace faulty processor parts within 2 working days of a fault being reported by the family or the ToD, and will post spare parts to the family's stopping place while they are travelling.
- The implant team's patient coordinator will send appointment reminders by text message as well as by letter.
Health agreement: the health provision in Section G was reviewed and agreed by Dr Elowen Hoskin, Designated Clinical Officer, Carrow and Lyhe Integrated Care Board, on 8 July 2026.
== H1
None. The Early Help Hub screening (8 April 2026) found no assessed social care need. Short breaks were discussed with the family, who do not want them at present (see Section D).
== H2
None. The family has information about the Carrow Local Offer and the Carrow Deaf Children's Family Group, which meets monthly in Polvennor.
== I
Polvennor Community Primary School (mainstream maintained primary school).
== J
No personal budget has been requested. Personal budgets were explained to the family at the annual review on 16 June 2026.
== K
T: Advice or information | Given by | Date
R: Parents' views | Tamsin's mum and dad, at the annual review meeting | 16 June 2026
R: Tamsin's views | Tamsin, with her Teacher of the Deaf | 2 June 2026
R: Educational advice (school report) | Mrs Kerensa Lanyon, SENCo, Polvennor Community Primary School | 9 June 2026
R: Educational advice from a qualified Teacher of the Deaf | Mrs Sarah Tonkin, Teacher of the Deaf, Carrow Sensory Support Service | 2 June 2026
R: Psychological advice | Dr Ben Hocking, Educational Psychologist, Carrow Educational Psychology Service | 10 March 2026
R: Medical advice | Dr Anna Vosper, Community Paediatrician, Carrow Children's Health Services | 12 February 2026
R: Cochlear implant review report | Ms Priya Nair, Clinical Scientist (Audiology), South West Peninsula Cochlear Implant Programme | 24 April 2026
R: Speech and language therapy advice | Miss Holly Jago, Speech and Language Therapist, Carrow Children's Speech and Language Therapy Service | 20 May 2026
R: Social care advice (Early Help Hub screening) | Tom Penrose, Early Help Practitioner, Carrow Children's Social Care | 8 April 2026
R: Traveller Education Service report | Mrs Lisa Carne, Traveller Education Advisory Teacher | 3 June 2026
'''

META["ae102"] = dict(layout="heading2-numbered", name="Kieran", poss="his")
PLANS["ae102"] = r'''
FM: Name used in this plan | Kieran
FM: Age and school year | 14 years old, Year 9
FM: Education setting | Carn Dhu Academy (mainstream secondary with a resource base for deaf pupils)
FM: Plan issued | 3 November 2026 (first EHC plan)
FM: Last annual review | Not yet due; first review by November 2027
FM: Home language and communication | British Sign Language (BSL) and written English. Kieran's parents are hearing and use BSL at Level 2.
FM: EHC plan coordinator | Daniel Opie, Carrow Peninsula Council
== A
### A1 About me
Kieran gave his views in British Sign Language (BSL) to his communication support worker on 15 September 2026. She translated them into English and signed them back to Kieran, who agreed they were right.
"I am Kieran. I am 14. I live in Porthlenna with my mum, my stepdad and my sister Jess. My dad has a crab boat and sometimes I go out with him in the holidays."
"I am Deaf and BSL is my language. I am proud of being Deaf. I do not like wearing hearing aids because they don't help me much."
"In lessons I watch the communication support worker. When the teacher talks fast or walks around, I miss things. Films in lessons with no subtitles are a waste of time for me."
"I like sport, art and design and technology. I am good at football and I play for the under-15s on Saturdays. I like fixing things, like my bike and the outboard engine on my uncle's boat."
"Reading is hard. English is not my first language so long words and books are hard. I want to get better at reading so I can read subtitles fast enough to follow a whole film."
"I want to do well in my exams."
### A2 What Kieran's family say
Kieran's mum and stepdad shared their views at a meeting with the plan coordinator on 22 September 2026. They say Kieran is funny, practical and loyal to his friends. They want him to do well in his GCSEs (General Certificate of Secondary Education) next year and to be able to read and write well enough to manage letters, forms and texts without help.
They worry that Kieran is lonely at school. He is one of only three deaf pupils at Carn Dhu Academy and the only one who uses BSL as his first language. He spends most break times on his own and has become quieter and more irritable at home since starting Year 9.
### A3 What people like and admire about Kieran
- He is practical and good with his hands.
- He is a strong footballer and a good team player.
- He is honest and says what he thinks.
- He works hard in subjects he enjoys, especially design and technology.
### A4 How to communicate with Kieran
- Get his attention with a wave or a light tap on the shoulder before you start.
- Face him, keep your face in good light and do not talk while writing on the board.
- Use BSL if you can. If you cannot, use the communication support worker, and talk to Kieran, not to the worker.
- Write key words down and give him time to read them.
- Check he has understood by asking him to explain back, not by asking "Do you understand?"
### A5 Kieran's story so far
Kieran's deafness was found at birth through newborn hearing screening. He went to a nursery with a unit for deaf children in the next county and learned BSL from the age of two, alongside his parents, who took BSL classes in the evenings. The family moved to Porthlenna when Kieran was 9. He went to Porthlenna Primary School with special educational needs (SEN) support and a communication support worker for 15 hours a week. He moved to Carn Dhu Academy in Year 7. His parents asked for an EHC needs assessment in April 2026 because the support in secondary school was not enough for Kieran to follow lessons.
== B
### B1 Communication and interaction
Kieran is a fluent BSL user. He signs clearly and confidently with Deaf adults and with staff who sign well. His written English is at an early stage because English is his second language: he often leaves out small words such as "the" and "is" and uses BSL word order when he writes.
He relies on a communication support worker (CSW) to interpret lessons. He misses information when the teacher turns away, talks over a video, or when several pupils speak at once. He does not have a shared language with most of his classmates.
### B2 Cognition and learning
Kieran's non-verbal reasoning is in the average range. His maths is close to the level expected for his age when questions are presented visually, but word problems are much harder for him.
His reading age is 8 years 9 months (New Group Reading Test, June 2026). He reads single words well but struggles to understand longer sentences and texts. He needs subject vocabulary taught in BSL and in English before lessons.
His teachers' reports for the summer term 2026 show that he is working at the expected level in art and design and technology, where he produced a well-made wooden storage box with a sliding lid. In science and geography he understands practical work but struggles with written questions and technical words. In English his teacher reports that his ideas are good but his written sentences are hard to follow.
### B3 Social, emotional and mental health
Kieran has few friends in school who can sign with him. He spends most break and lunchtimes on his own or in the resource base with staff. Since the start of Year 9 he has seemed low in mood: his mum says he is irritable at home, he has stopped going to the Saturday Deaf youth club, and he has told his CSW that "school is boring and nobody talks to me". His form tutor has noticed that he puts his head down in lessons more often. Kieran needs to feel that he belongs and to have friendships with other young people who sign.
### B4 Sensory and/or physical
Kieran has a profound hearing loss in both ears. He was assessed for cochlear implants when he was younger and the family decided against them. He does not benefit much from hearing aids. He needs all teaching to be visual and interpreted into BSL, with subtitles on all videos.
== C
Kieran is profoundly deaf in both ears. He is seen by the Carrow Children's Hearing Service once a year. He does not wear his hearing aids and says they do not help him; his audiologist agrees they give him very little benefit.
Kieran has no other health needs. His general practitioner (GP) reports that he is fit and well.
== D
Carrow Children's Social Care completed a social care assessment on 2 October 2026. Kieran has no social care needs arising from his deafness. His family were given information about the Carrow Local Offer, including the Saturday Deaf youth club and short breaks, and said they do not need a short break.
== E
### E1 Reading
By July 2027, Kieran's reading age on the New Group Reading Test will have risen from 8 years 9 months to at least 10 years, tested by the SENCo (special educational needs co-ordinator) in June 2027.
### E2 BSL and English
Kieran will receive 1:1 English tuition from a Deaf BSL tutor three times a week by July 2027.
### E3 Subject vocabulary
Staff will pre-teach Kieran the key vocabulary for science and geography before each new topic.
### E4 Writing
By July 2027, Kieran will write a paragraph of at least 6 sentences in English, using "the", "is" and "are" correctly in 4 out of 5 sentences, in three pieces of written work in a row, checked by his English teacher.
### E5 Maths
By July 2027, Kieran will solve 7 out of 10 written two-step maths word problems correctly on his own, marked by his maths teacher in the summer term assessment.
== F
All provision below is made by Carn Dhu Academy unless another provider is named.
### F1 Communication support in lessons (E1, E3, E4, E5)
- A communication support worker (CSW) with Level 3 BSL will interpret all lessons for Kieran, 25 hours a week, in every lesson of the timetable.
- All videos used in lessons will have subtitles switched on. Teachers will give Kieran a printed copy of key slides at the start of each lesson.
### F2 English (E1, E2, E4)
- 1:1 English tuition with a Deaf BSL tutor, three times a week for 40 minutes, during tutor time and one English lesson, using a bilingual (BSL and English) approach to reading and writing.
- A reading comprehension group with two other deaf pupils, twice a week for 30 minutes in the resource base, led by the resource base teacher.
### F3 Subject vocabulary (E3)
- The CSW will pre-teach the key science and geography words for each new topic in a 20-minute 1:1 session at the start of each unit, showing each word in BSL, in English and with a picture.
### F4 Maths (E5)
- Maths intervention in a group of 4 pupils, twice a week for 30 minutes, led by a maths teaching assistant, focusing on reading and breaking down word problems.
== G
- The Carrow Children's Hearing Service will see Kieran once a year for a 45-minute hearing review at the Lyhe Community Hospital audiology clinic.
Health agreement: the health provision in Section G was agreed by Dr Elowen Hoskin, Designated Clinical Officer, Carrow and Lyhe Integrated Care Board, on 27 October 2026.
== H1
None. The social care assessment (2 October 2026) found no assessed need.
== H2
None. Information about short breaks and the Saturday Deaf youth club has been given to the family through the Carrow Local Offer.
== I
Carn Dhu Academy, with the resource base for deaf pupils (mainstream secondary academy with specially resourced provision).
== J
No personal budget requested.
== K
T: Advice or information | Given by | Date
R: Parents' views | Kieran's mum and stepdad, meeting with the plan coordinator | 22 September 2026
R: Kieran's views | Kieran, in BSL, with his communication support worker | 15 September 2026
R: Educational advice | Mr Neil Carveth, SENCo, Carn Dhu Academy | 18 September 2026
R: Advice on Kieran's hearing impairment | Mrs Donna Keast, Communication Support Worker (BSL Level 3), Carn Dhu Academy resource base | 11 September 2026
R: Psychological advice | Dr Ben Hocking, Educational Psychologist, Carrow Educational Psychology Service | 29 August 2026
R: Medical advice | Mr Raj Patel, Paediatric Audiologist, Carrow Children's Hearing Service | 4 September 2026
R: Social care advice | Amy Trebilcock, Social Worker, Carrow Children's Social Care (social care assessment) | 2 October 2026
'''

META["ae103"] = dict(layout="heading2-numbered", name="Ruby", poss="her")
PLANS["ae103"] = r'''
FM: Name used in this plan | Ruby
FM: Age and school year | 6 years old, Year 1
FM: Education setting | St Kew Quay Church of England Primary School
FM: Plan issued | 12 September 2026 (first EHC plan)
FM: Last annual review | Not yet due
FM: Home language and communication | English
FM: EHC plan coordinator | Jenna Rowe, Carrow Peninsula Council
== A
### A1 How we found out what Ruby thinks
Ruby's views were gathered by her class teacher and her speech and language therapist during a "favourite things" sorting game on 30 June 2026, and by her mum at home using a talking mat with picture cards. Ruby's own words are in speech marks, written as she meant them; her speech is not always clear to people who do not know her.
### A2 About Ruby
Ruby lives with her mum, dad and baby brother on their narrowboat, which is moored at Lyhe Basin from October to April. In the summer the family moves the boat along the Lyhe Navigation and up the estuary, and Ruby goes to school from the moorings when she can.
Ruby put these cards in her "I like" pile: ducks, the boat, drawing, the sandpit, her friend Poppy, and stories at bedtime. She put "being told to say it again" and "loud dinner hall" in her "I don't like" pile.
Ruby said: "I like the boat. I do the ropes with Daddy." When asked about school she said: "People don't know what I say. I get cross."
### A3 What people like and admire about Ruby
- She is brave and will try new things, like climbing the big frame in the playground.
- She is a careful drawer and adds lots of detail to her pictures.
- She is a good friend to Poppy and always shares.
- She helps her dad with jobs on the boat and knows a lot about boats and birds.
### A4 What Ruby's family say
Ruby's mum and dad said on 3 July 2026 that they want Ruby to talk clearly so that other children and adults can understand her, to read and write like her friends, and to stay happy and confident. In the future they hope she will keep up her love of the water and nature, and they would like her to be able to read the books they read to her by herself.
They are worried about Ruby's "switching off" episodes since her epilepsy was diagnosed, and about how school will know when she has had one.
### A5 Ruby's story so far
Ruby was a late talker. Her parents noticed at her 2-year health check that she used very few words and that people outside the family could not understand her. She was referred to speech and language therapy at 3, but the family missed several appointments because the boat was moored away from Lyhe in the summer and letters did not reach them. She started at St Kew Quay Church of England Primary School in Reception in September 2024 and had special educational needs (SEN) support with a small-group speech programme. Her school and parents asked for an EHC needs assessment in March 2026 because her speech was not improving and she was becoming frustrated.
### A6 What helps Ruby
- Adults who know her speech and give her time to finish.
- Pictures and objects to point to when she is not understood.
- Sitting near the front, with her glasses on and clean.
- Warning before a change, such as a trip or a new adult.
- Being asked to help, for example giving out books, which she is proud of.
== B
### B1 Communication and interaction
Ruby understands what is said to her at the level expected for her age and follows two-part instructions. She talks in sentences of five or six words and is keen to join in.
Ruby has a speech sound disorder. Her speech and language therapy assessment in June 2026 found that she replaces many sounds made at the back of the mouth and some sounds made at the front (for example, "tat" for "cat", "dod" for "dog" and "tun" for "sun"). She also leaves off the ends of words. Unfamiliar listeners understand about half of what she says. Ruby becomes upset when she is not understood and sometimes stops talking.
### B2 Cognition and learning
Ruby knows 14 of the 31 sounds taught so far in phonics and can blend three-letter words when she can see the letters. She finds it hard to hear the difference between sounds she cannot yet say. Her number work is at the expected level: she counts reliably to 20 and can add two small numbers.
### B3 Social, emotional and mental health
Ruby is sociable and plays well with one or two friends. She becomes frustrated, cries or hides under the table when people do not understand her. She needs adults who know her speech and who give her time.
### B4 Sensory and/or physical
Ruby wears glasses for long sight. She has no physical difficulties and enjoys games lessons.
== C
Ruby has childhood absence epilepsy, diagnosed by the community paediatrician in January 2026. She has brief "absences" where she stops what she is doing and stares for a few seconds, sometimes several times a day. She does not fall. She takes a medicine (ethosuximide) twice a day at home. Staff have noticed that she loses her place in phonics and misses instructions during absences, and her parents are worried that absences are happening in school without anyone noticing.
Ruby is long-sighted and wears glasses, which are checked by the orthoptist at Lyhe Community Hospital.
== D
An early help assessment was completed with the family on 14 May 2026 by the Carrow Early Help Hub. It found that Ruby's family meet her care needs well and that she has no social care needs. The family have information on short breaks and on the boaters' family support group through the Carrow Local Offer.
== E
### E1 Speech sounds
By July 2027, Ruby will say "k" and "g" correctly at the start of words in 8 out of 10 single words in a picture-naming check, carried out by her speech and language therapist.
### E2 Being understood
By July 2027, Ruby will be understood by an adult who does not know her in 3 out of 4 sentences when she tells them about a picture, checked each term by her class teacher with a visiting adult.
### E3 Phonics
By July 2027, Ruby will know all 44 phonics sounds taught in Reception and Year 1 and will read 32 out of 40 words in the Year 1 phonics screening check, tested by her class teacher.
### E4 Managing frustration
By July 2027, when she is not understood, Ruby will use her picture card or point to her "say it another way" prompt instead of crying or hiding, in 4 out of 5 times recorded on a weekly tally by her teaching assistant.
== F
### F1 Speech and language therapy (E1, E2)
- Ruby will have access to speech and language therapy from the Carrow Children's Speech and Language Therapy Service as appropriate.
- Adults should model the correct sounds back to Ruby where possible, without asking her to repeat.
### F2 Phonics and reading (E3)
- Regular phonics intervention in a small group with a teaching assistant.
- Ruby may have additional 1:1 reading with an adult when staff are available.
### F3 Supporting Ruby's wellbeing (E4)
- A picture card and "say it another way" prompt made by the class teacher and kept on Ruby's table.
- A teaching assistant will support Ruby in class each morning (9:00 to 12:00), helping her to use her picture card and giving her time to finish what she is saying.
### F4 Staff awareness
- All staff who teach Ruby will be told about her speech sound disorder and given a copy of her sound targets each term by the special educational needs co-ordinator (SENCo).
== G
### G1 Vision
- The orthoptist at Lyhe Community Hospital will review Ruby's glasses and eyesight every 6 months, in a 30-minute clinic appointment.
== H1
None. The early help assessment (14 May 2026) found no social care needs.
== H2
None.
== I
St Kew Quay Church of England Primary School (mainstream voluntary controlled primary school).
== J
No personal budget has been requested.
== K
T: Advice or information | Given by | Date
R: Parents' views | Ruby's mum and dad | 3 July 2026
R: Ruby's views | Gathered by her class teacher and speech and language therapist | 30 June 2026
R: Educational advice | Mrs Claire Pengelly, SENCo and Year 1 teacher, St Kew Quay Church of England Primary School | 1 July 2026
R: Psychological advice | Dr Ben Hocking, Educational Psychologist, Carrow Educational Psychology Service | 16 June 2026
R: Speech and language therapy advice | Miss Holly Jago, Speech and Language Therapist | 24 June 2026
R: Medical advice | Dr Anna Vosper, Community Paediatrician, Carrow Children's Health Services | 20 May 2026
R: Social care advice | Early help assessment, Sam Roskilly, Early Help Practitioner, Carrow Early Help Hub | 14 May 2026
'''

META["ae104"] = dict(layout="heading2-numbered", name="Alfie", poss="his")
PLANS["ae104"] = r'''
FM: Name used in this plan | Alfie
FM: Age and education phase | 2 years 5 months; early years (not yet of school age)
FM: Education setting | Home, with two mornings a week at a registered childminder (Little Gulls Childminding, Trenance Cove)
FM: Plan issued | 18 August 2026 (first EHC plan)
FM: Last annual review | Not yet due. Because Alfie is under 5, this plan will be reviewed in February 2027 and every 6 months after that.
FM: Home language and communication | English
FM: EHC plan coordinator | Rowan Pascoe, Carrow Peninsula Council
== A
### A1 What we have learned about Alfie from watching him play
Alfie is too young to tell us his views in words, so they were gathered by the people who know him best. His mum and dad, his childminder and his Qualified Teacher of Children and Young People with Vision Impairment (QTVI) watched him play at home and at the childminder's during June and July 2026 and wrote down what he did, what he reached for and how he showed he was happy or upset.
- Alfie loves anything that lights up or shines. He crawls across the room to his light-up ball and laughs when it flashes.
- He loves music and sound. He bangs on the saucepans and stops to listen when the kettle boils or a dog barks outside.
- He is happiest on his dad's knee on the swing at the park, and he signs "more" by patting his chest when the swing stops.
- He does not like bright sunshine or sudden noises close to him. He turns his face away, rubs his eyes and cries.
- He pushes away his eye patch but will leave it on when he is busy with his favourite light-box toys.
### A2 What Alfie's family say
Alfie's mum and dad shared their views with the plan coordinator at home on 21 July 2026. "Alfie is a happy, nosy little boy. He wants to know what everything is. He gets into every cupboard."
They want Alfie to walk on his own, to talk, and to be able to get around the house and garden safely. In the future they hope he will go to the village school with his cousins, make friends, and be as independent as possible. "We don't want his eyes to hold him back from anything."
They would like clear information about his eyes and his contact lenses, and one person to contact when they have a question.
### A3 What people like and admire about Alfie
- He is curious and determined and keeps trying until he gets a toy out of a box.
- He has a great laugh and loves to make people laugh with his "peekaboo" game.
- He is starting to say words: "Mama", "Dada", "dog" and "more".
- He copes well with his contact lenses and eye drops, which have to be done every day.
== B
### B1 Communication and interaction
Alfie uses around 10 words and a few signs and gestures. He understands simple words in familiar routines, such as "bath", "shoes" and "dinner". Because he cannot see faces and gestures clearly, he misses many of the clues that sighted children use to learn what words mean. Adults need to say what they are doing, let him touch objects, and use his name to get his attention.
### B2 Cognition and learning
Alfie explores toys by mouthing, shaking and banging them. He finds toys he has dropped if they make a sound. He is beginning to understand that objects still exist when they are out of sight. He needs toys that are high-contrast, lit or noisy, placed where he can see them best, and more time than other children to explore them.
### B3 Social, emotional and mental health
Alfie is sociable and enjoys being with familiar adults and his cousins. He can become upset in new places, in crowds or when someone picks him up without warning. He needs adults to tell him and touch his hand before they pick him up.
### B4 Sensory and/or physical
Alfie was born with cataracts in both eyes. He had surgery at 6 weeks old and now wears contact lenses in both eyes, with glasses over the top for close work. He has nystagmus (his eyes move from side to side without him controlling it), which makes it hard to hold his focus on small things. He is sensitive to bright light. He sees large, bright, high-contrast objects best when they are close (about 30 cm) and slightly to his left.
Alfie pulls himself up to stand and walks along the furniture. He is not yet walking on his own. He bumps into things in new rooms and is cautious on changes in floor surface.
== C
Alfie has no difficulty with eating, sleeping or growing, but he has a significant vision impairment following surgery for congenital cataracts (cataracts he was born with).
He needs contact lenses in both eyes every day, fitted and replaced by the contact lens service. His parents put the lenses in each morning and take them out at night. He also needs eye drops and patching (covering his stronger eye) for 2 hours a day to help the weaker eye to develop. Alfie has a higher risk of raised pressure in the eye (glaucoma) after cataract surgery, so his eye pressure must be checked.
The paediatric ophthalmologist's advice (June 2026) is that Alfie's vision will not be typical but should improve with consistent contact lens wear and patching.
Alfie is walking later than other children, which is often the case for children with a vision impairment. The community paediatrician found no other cause and has no other concerns.
== D
The Carrow Children with Disabilities Team screened Alfie's needs on 9 July 2026. Alfie's parents meet all his care needs and there are no social care needs at present. Short breaks were considered at the screening; his parents said they do not want one now. They have been given the Carrow Local Offer leaflet for families of children with vision impairment and the details of the Carrow Sensory Stay and Play group.
== E
These outcomes will be checked at the 6-monthly reviews. Alfie's QTVI will keep a record of his progress in his developmental journal, which his parents and childminder can add to.
### E1 Looking and reaching
By February 2027, Alfie will look at and reach for a small (2 cm) brightly coloured toy placed 30 cm away on his light-box tray, picking it up in 4 out of 5 tries, recorded by his QTVI at her home visits.
### E2 Words and signs
By February 2027, Alfie will use at least 25 different words or signs on his own, counted by his parents and childminder on his word list.
### E3 Moving around safely
By August 2027, Alfie will walk on his own from the kitchen to the living room at home, and from the play room to the garden door at the childminder's, without bumping into furniture, on 4 out of 5 days, recorded by his parents and childminder in his developmental journal.
### E4 Eye care
By February 2027, Alfie will keep his eye patch on for the full 2 hours a day on at least 5 days out of 7 while he plays, recorded by his parents on the patching chart.
### E5 Playing alongside other children
By August 2027, Alfie will play alongside another child at the Sensory Stay and Play group for at least 10 minutes, taking turns with a toy at least twice, observed by his Portage home visitor.
== F
### F1 Teacher of children with vision impairment (E1, E2, E4)
- A QTVI from Carrow Sensory Support Service will visit Alfie at home or at the childminder's once a fortnight for 1 hour, to teach looking, reaching and early concept skills through play and to show his parents and childminder how to carry on the activities through the week.
- The QTVI will write and update a "Learning to look" programme for Alfie every 12 weeks and give copies to his parents and childminder.
### F2 Portage home visiting (E2, E5)
- A trained Portage home visitor from the Carrow Portage Service will visit Alfie at home once a week for 1 hour, in term time, using small play steps set with his parents. The Portage home visitor will take Alfie and his mum to the Sensory Stay and Play group (no more than 8 children with their parents) once a month for 1 hour and 30 minutes to support him to play alongside other children.
### F3 Habilitation (E3)
- A habilitation specialist from Carrow Sensory Support Service will visit Alfie at home once a month for 1 hour to teach early movement and safe exploring skills, and to advise his parents and childminder on making rooms safe and easy for Alfie to find his way around (for example, contrasting tape on step edges). The first visit will take place in September 2026.
### F4 Childminder sessions (E1, E2, E5)
- Alfie will attend his childminder two mornings a week (Tuesday and Thursday, 9:00 to 12:00), funded by Carrow Peninsula Council as special educational provision. The childminder will carry out the QTVI's and Portage home visitor's activities with Alfie for at least 20 minutes each morning.
- September 2026: the QTVI will give the childminder a 2-hour training session on vision impairment, lighting, contrast and safe handling.
### F5 Equipment (E1)
- A light box and a set of high-contrast and light-up toys, provided on loan and maintained by Carrow Sensory Support Service, for use at home and at the childminder's.
== G
### G1 Eyes and vision
- The paediatric ophthalmologist at the Peninsula Eye Unit, Lyhe Community Hospital, will see Alfie every 3 months for a 30-minute appointment to check his vision and eye pressure, and will prescribe and review his eye drops at each appointment.
- The orthoptist at the Peninsula Eye Unit will see Alfie every 3 months, at the same visit as the ophthalmologist, to measure his vision and set the patching hours.
- The contact lens optometrist will fit and replace Alfie's contact lenses every 6 months, or within 5 working days if a lens is lost or damaged, and will review his parents' lens care at each appointment.
### G2 General development
- The community paediatrician will review Alfie's walking and development in clinic in January 2027 (45-minute appointment).
Health agreement: section G has been reviewed and supported by Dr Elowen Hoskin, Designated Clinical Officer, Carrow and Lyhe Integrated Care Board, on 11 August 2026.
== H1
None. The Children with Disabilities Team screening (9 July 2026) found no assessed need, and short breaks were considered (see Section D).
== H2
None.
== I
Alfie is not of school age. His special educational provision is delivered at home and at Little Gulls Childminding, Trenance Cove (registered childminder).
== J
No personal budget has been requested. The family have been told about personal budgets and can ask at the February 2027 review.
== K
T: Advice or information | Given by | Date
R: Parents' views | Alfie's mum and dad, home visit with the plan coordinator | 21 July 2026
R: Alfie's views (observation in play) | His parents, childminder and QTVI | June and July 2026 (summary dated 24 July 2026)
R: Educational advice from a qualified teacher of children with vision impairment | Mrs Gwen Tregear, QTVI, Carrow Sensory Support Service | 15 July 2026
R: Educational advice (early years) | Mrs Lucy Hicks, Portage Home Visitor, Carrow Portage Service | 10 July 2026
R: Childminder's report | Kerry Nance, Little Gulls Childminding | 8 July 2026
R: Psychological advice | Dr Faye Burrows, Educational Psychologist, Carrow Educational Psychology Service | 30 June 2026
R: Medical advice | Dr Anna Vosper, Community Paediatrician, Carrow Children's Health Services | 17 June 2026
R: Ophthalmology and orthoptic advice | Mr James Kitto, Consultant Paediatric Ophthalmologist, and Ms Ruth Eddy, Orthoptist, Peninsula Eye Unit | 12 June 2026
R: Contact lens report | Mrs Helen Yeo, Optometrist, Peninsula Eye Unit contact lens clinic | 12 June 2026
R: Social care advice | Jack Bolitho, Social Worker, Carrow Children with Disabilities Team (screening) | 9 July 2026
'''

EFH = ["Outcome (Section E)", "Provision (Section F)", "How often and how long", "Who provides it"]

META["ae105"] = dict(layout="ef-table", name="Kayla", poss="her", ef_header=EFH)
PLANS["ae105"] = r'''
FM: Name used in this plan | Kayla
FM: Age and school year | 8 years old, Year 4
FM: Education setting | Polvennor Community Primary School
FM: Plan issued | 22 October 2026 (first EHC plan)
FM: Last annual review | Not yet due
FM: Social care status | Child in need plan (since March 2026)
FM: Home language and communication | English. Kayla talks freely at home but does not speak at school.
FM: EHC plan coordinator | Jenna Rowe, Carrow Peninsula Council
== A
### What Kayla told us
Kayla does not speak at school. She gave her views to her teaching assistant, Mrs Rowse, on 8 September 2026 by pointing to picture cards and writing single words, and at home by talking to her mum, who wrote down what she said.
Kayla told her mum: "I want to talk at school but my voice gets stuck. It's like a door shuts in my throat."
She pointed to these pictures for things she likes: horses, her cousins, drawing, swimming, her dog Bran and the caravan.
She wrote "loud", "reading out" and "register" on her "hard things" card.
When asked what would help, she pointed to "a friend next to me" and "write it down".
Kayla told her mum that when she grows up she wants to work with animals or be a hairdresser like her auntie.
### What Kayla's family say
Kayla lives with her mum and her three younger brothers. The family are Irish Travellers. They travel from April to September and stop on the council site at Carnhallow in the winter. Kayla's mum spoke to the plan coordinator on 10 September 2026.
Kayla's mum says that Kayla is "a chatterbox at home" and a great help with her brothers. She is worried because Kayla has never spoken at school, even to her teacher, and has gone very quiet with visitors at home too. She wants Kayla to be able to talk at school, to learn to read and write, and to stay in school when the family travels next summer.
### What people like and admire about Kayla
- She is caring and gentle with younger children and animals.
- She is very artistic and her drawings are full of detail.
- She works hard on written tasks and is proud of her neat handwriting.
- She has a close group of cousins and is fun to be with at home.
### Kayla's story so far
Kayla started at Polvennor Community Primary School in Reception. Staff noticed straight away that she did not speak, and at first thought she was shy and would settle. She had special educational needs (SEN) support from Year 1, including a small-group confidence programme, but she has still not spoken at school. Because the family travels from April to September, Kayla has been at a different school for a few weeks in some summers and has missed learning. The school asked for an EHC needs assessment in May 2026 with Kayla's mum's agreement.
### What helps Kayla
- Not being asked to speak, and no fuss if she does make a sound.
- Being able to write, point or nod to answer.
- Her cousin Bridie or another trusted friend sitting with her.
- Knowing in advance what will happen, especially changes to the day.
- Adults who talk to her normally, without staring or waiting for an answer.
== B
### Communication and interaction
Kayla has selective mutism. This is an anxiety condition: she wants to speak but cannot speak in certain places or with certain people. At home with her family she talks freely and her language is at the expected level for her age. At school she has not spoken to any adult or child since she started in Reception. She communicates by nodding, pointing and writing single words. She freezes when she is expected to speak, for example at the register or when asked a question in front of the class.
### Cognition and learning
Kayla is working about a year below the expected level in reading and writing. Her reading age is 6 years 11 months (Salford Sentence Reading Test, June 2026). She cannot read aloud to staff, so her reading is hard to assess and she has missed reading practice. She has missed about a third of each school year because of travelling. Her maths is close to the expected level.
### Social, emotional and mental health
Kayla is anxious at school. She avoids eye contact, stays close to the wall in the playground and does not eat her lunch in the hall. She has one friend in school, her cousin Bridie, and they play together at break. She becomes tearful when her routine changes without warning.
### Sensory and/or physical
Kayla has no sensory or physical needs.
### What Kayla's teachers report
Kayla's class teacher reports that she joins in well with practical work, art and maths, where she can show what she knows without speaking. She copies neatly and writes short sentences on her own. She has never answered the register, read aloud, or taken part in a class assembly. She eats her lunch in the classroom with Bridie because she will not go into the hall.
== C
Awaiting advice from the community paediatrician.
== D
Kayla is on a child in need plan.
== EF
O: E1 By July 2027, Kayla will say at least one word to her teaching assistant in school during their daily session, on at least 3 days in a week, recorded on the talking log by the teaching assistant.
P: A "sliding-in" programme planned by a speech and language therapist with experience of selective mutism, carried out 1:1 by the teaching assistant (TA) in a quiet room, starting with Kayla's mum in the room and gradually bringing in the TA | Daily, 15 minutes, Monday to Friday | Trained TA, with a speech and language therapist from Carrow Children's Speech and Language Therapy Service planning the programme
P: Speech and language therapist visit to review the sliding-in programme and train the TA | Once every 4 weeks for 1 hour | Speech and language therapist, Carrow Children's Speech and Language Therapy Service
O: E2 By July 2027, Kayla will feel happier and more relaxed at school.
P: A daily "check-in" with her key adult on arrival, using a feelings scale card Kayla can point to | Daily, 5 minutes | TA named in E1
P: A visual timetable on Kayla's desk, with changes shown in advance | Daily | Class teacher
O: E3 Kayla is given a talking partner she trusts and is included in small group work.
P: Kayla will be paired with her cousin Bridie or another chosen friend for partner work in all lessons | All lessons | Class teacher
O: E4 By July 2027, Kayla's reading age on the Salford Sentence Reading Test will have risen from 6 years 11 months to at least 8 years 3 months, and she will read a Year 3 level book silently and answer 7 out of 10 written questions about it, checked by the SENCo (special educational needs co-ordinator).
P: Reading intervention using written and pointing responses (no reading aloud required), in a group of 3 pupils | 4 times a week, 20 minutes | TA trained in the school's reading programme
P: Weekly reading pack and a reading book posted to the family's stopping place while travelling | Weekly, April to September | Class teacher, with the Carrow Traveller Education Service delivering the packs
== G
None at present. Section G will be updated when health advice is received.
== H1
None.
== H2
None.
== I
Polvennor Community Primary School (mainstream maintained primary school).
== J
No personal budget has been requested.
== K
T: Advice or information | Given by | Date
R: Parent's views | Kayla's mum | 10 September 2026
R: Kayla's views | Kayla, with her TA and her mum | 8 September 2026
R: Educational advice | Mrs Kerensa Lanyon, SENCo, Polvennor Community Primary School | 14 September 2026
R: Psychological advice | Dr Faye Burrows, Educational Psychologist, Carrow Educational Psychology Service | 2 September 2026
R: Speech and language therapy advice | Miss Holly Jago, Speech and Language Therapist, Carrow Children's Speech and Language Therapy Service | 28 August 2026
R: Traveller Education Service report | Mrs Lisa Carne, Traveller Education Advisory Teacher | 4 September 2026
R: Medical advice | Requested from the community paediatrician on 20 July 2026; not received | -
'''

META["ae106"] = dict(layout="ef-table", name="Jory", poss="his", ef_header=EFH)
PLANS["ae106"] = r'''
FM: Name used in this plan | Jory
FM: Age and school year | 15 years old, Year 10
FM: Education setting | Carn Dhu Academy
FM: Plan issued | 14 April 2026 (amended plan following annual review)
FM: Last annual review | 10 March 2026
FM: Home language and communication | English. Jory uses spoken English with two hearing aids and a radio aid.
FM: EHC plan coordinator | Daniel Opie, Carrow Peninsula Council
== A
### In my own words
Jory wrote this himself on 20 February 2026 and typed it up with his Teacher of the Deaf. It has not been changed.
"I'm Jory, I'm 15 and I live in Porthlenna with my mum, dad and my sister Tegen. My dad and my grandad both fish out of Porthlenna and I've been going out on the boat since I was about 8. I know how to mend nets, splice rope and help with the engine."
"I have hearing aids in both ears. In a quiet room one-to-one I'm fine. Where it's hard is the canteen, the science labs with the fans on, and when the teacher talks while writing on the board. On the boat I can't wear my aids when it's wet so I have to watch everybody."
"The bus to school takes an hour each way and by the last lesson my head hurts from listening. I get a ringing in my ears (tinnitus) at night which stops me sleeping."
"I'm good at practical stuff, maths and anything mechanical. I'm not so good at English because I miss bits and my spelling's bad."
"What I want: I want to go to Lyhe Valley College and do marine engineering, then get an apprenticeship in a boatyard. One day I want my own boat. When I'm 17 I want to join the lifeboat station as a shore crew trainee like my uncle. I want to be able to get to college and sort out my own stuff without my mum doing it."
### What Jory's family say
Jory's mum and dad gave their views at the annual review on 10 March 2026. They describe Jory as hard-working, practical and kind, "the one everybody on the quay asks to fix things". They want him to get the English and maths grades he needs for college, and to be independent: to travel on his own, manage his own hearing aid appointments and speak up for himself at work. They worry about how tired he is after the long journey and want school to keep an eye on this.
### What people like and admire about Jory
- He is practical, patient and good at solving mechanical problems.
- He is respected by younger pupils and helps in the design and technology workshop at lunchtime.
- He has a good sense of humour and gets on well with adults.
- He has a strong work ethic from working with his family on the boat.
== B
### Communication and interaction
Jory understands and uses spoken English well in quiet, one-to-one settings. In noisy rooms, group discussions and when he cannot see the speaker's face, he misses a large part of what is said and often nods along rather than asking. He does not yet explain his hearing loss to new adults, and he needs to learn to ask for the adjustments he needs, which will matter at college and at work.
### Cognition and learning
Jory is working at the expected level in maths and science (grade 5 in his Year 10 autumn maths assessment). His English is below this: grade 3 in his autumn English Language assessment. He has gaps in vocabulary and spelling because he has missed parts of spoken teaching over many years. He needs new subject words taught before lessons, access to subtitles and printed notes, and extra time to process written questions.
### Social, emotional and mental health
Jory has a small group of good friends. He becomes very tired ("listening fatigue") by the afternoon, especially after the hour-long bus journey, and can become short-tempered when he is tired. He lacks confidence when meeting new people because he worries about mishearing.
### Sensory and/or physical
Jory has a moderate to severe hearing loss in both ears. He wears behind-the-ear hearing aids and uses a radio aid (a microphone worn by the teacher that sends the voice directly to his hearing aids). He needs a seat where he can see the teacher's face and good lighting.
== C
Jory has no difficulty with his general physical health, but he has a moderate to severe permanent hearing loss in both ears and tinnitus (ringing in the ears), which disturbs his sleep.
He needs his hearing tested and his hearing aids checked and reprogrammed, new earmoulds as his ears grow, and new tubing about every 3 months. Wet weather on the boat damages his aids, and repairs have sometimes taken several weeks.
The audiology consultant's advice (January 2026) is that Jory would benefit from help from the hearing therapy service to manage his tinnitus.
== D
Carrow Children with Disabilities Team considered Jory's needs on 2 February 2026 and found that he has no social care needs: his family meet his needs and he is becoming more independent. Short breaks were considered and were not wanted. The family have information about youth activities for deaf young people through the Carrow Local Offer.
== EF
O: E1 Speaking up for myself. By March 2027, Jory will explain his hearing loss and ask for the adjustments he needs (for example, using the radio aid or sitting where he can see the speaker) to at least 3 new adults, including his work experience supervisor and his college tutor, recorded by his Teacher of the Deaf from his own account and from the adults' feedback.
P: Self-advocacy teaching, 1:1, including writing and practising a "my hearing" card to show new adults | Once a fortnight for 1 hour in term time | A qualified Teacher of the Deaf (ToD) from Carrow Sensory Support Service
P: Radio aid provided, set up and maintained by Carrow Sensory Support Service, with a listening check at each ToD visit | Used in all lessons; checked fortnightly | ToD
P: Deaf awareness training for Jory's teachers, repeated for new staff | 1 hour in September each year, plus 20 minutes for each new member of staff | ToD
O: E2 English. By July 2027, Jory will reach at least grade 4 in English Language in his end of Year 10 assessment, marked by his English teacher, and spell at least 40 of the 50 subject words on his Year 10 science and engineering word list correctly, tested by his teaching assistant.
P: English intervention group focusing on reading questions and written answers | 3 times a week, 50 minutes, in a group of no more than 4 pupils | English teacher
P: Pre-teaching of key subject words before each new topic in science, design and technology and English | 15 minutes, 1:1, 4 times a week | Teaching assistant (TA) trained by the ToD
P: Exam access arrangements: 25% extra time and a separate quiet room, with the radio aid, in all internal and public exams | Every exam | Arranged by the exams officer with the special educational needs co-ordinator (SENCo)
P: Subtitles switched on for all videos, and printed notes of key teaching points given at the start of each lesson | Every lesson | Class teachers
O: E3 Work experience. By July 2027, Jory will complete his one-week Year 10 work experience placement at Porthlenna Boatyard and receive a positive report from his placement supervisor, with "good" or better for timekeeping and following instructions.
P: Careers guidance meetings to plan work experience and his college application | 3 meetings of 45 minutes, 1:1, in the autumn, spring and summer terms | Careers adviser, Carrow Careers Service
P: May 2027: the work experience coordinator will arrange the placement, visit Jory once during the placement week for 30 minutes, and share Jory's "my hearing" card with the supervisor before he starts | Once (placement week) | Work experience coordinator, Carn Dhu Academy
O: E4 College course. By July 2027, Jory will gain the Level 1 Award in Marine Engineering Skills on the Thursday afternoon school link course at Lyhe Valley College, awarded by the college.
P: School link course in marine engineering | Every Thursday afternoon in term time, 13:00 to 15:30, in a group of no more than 12 students | Marine engineering lecturer, Lyhe Valley College, with Jory's radio aid used in every session
P: ToD visit to the college course to set up the radio aid and advise the lecturer | Once each term, 45 minutes | ToD
O: E5 Looking after my hearing. By March 2027, Jory will book his own audiology appointments, clean his earmoulds and change his hearing aid tubing himself, and report any fault to the audiology service by email within 2 days, recorded on his equipment log and checked by his ToD each fortnight.
P: Teaching of hearing aid care, tubing changes and how to contact audiology | 20 minutes of each fortnightly ToD visit | ToD
P: A drying kit and spare tubing kept in school | Restocked each half term | Carrow Sensory Support Service
O: E6 Travelling on my own. By July 2027, Jory will travel on his own by bus from Porthlenna to Lyhe Valley College for his Thursday course and arrive on time for at least 9 out of 10 sessions, recorded on the college register.
P: Independent travel training on the Porthlenna to Lyhe bus route, 1:1 | 6 sessions of 2 hours, then review | Independent travel trainer, Carrow Travel Training Team
P: A 10-minute rest break in the library at the start of period 5 on the days Jory travels by school bus | Daily | Arranged by the SENCo
== G
### Audiology and tinnitus
- The Carrow Children's Hearing Service will see Jory every 6 months for a 45-minute appointment to test his hearing and check and reprogramme his hearing aids, and will make new earmoulds at each appointment.
- The Carrow Children's Hearing Service will repair or replace a faulty hearing aid within 5 working days of Jory or his family reporting it by email.
- A hearing therapist from the Carrow Children's Hearing Service will see Jory for 3 sessions of 1 hour, one each month from May to July 2026, to teach him ways to manage his tinnitus and improve his sleep, then review.
Health agreement: confirmed by Dr Elowen Hoskin, Designated Clinical Officer, Carrow and Lyhe Integrated Care Board, 7 April 2026.
== H1
None. Carrow Children with Disabilities Team (2 February 2026) found no social care needs; short breaks were considered (see Section D).
== H2
None.
== I
Carn Dhu Academy (mainstream secondary academy), with a weekly school link course at Lyhe Valley College.
== J
No personal budget has been requested.
== K
T: Advice or information | Given by | Date
R: Jory's views | Jory, written by himself | 20 February 2026
R: Parents' views | Jory's mum and dad, at the annual review | 10 March 2026
R: Educational advice (school) | Mr Neil Carveth, SENCo, Carn Dhu Academy | 27 February 2026
R: Educational advice from a qualified Teacher of the Deaf | Mr Tom Angove, Teacher of the Deaf, Carrow Sensory Support Service | 20 February 2026
R: Psychological advice | Dr Faye Burrows, Educational Psychologist, Carrow Educational Psychology Service | 15 January 2026
R: Medical advice | Dr Sian Roberts, Consultant in Audiovestibular Medicine, Carrow Children's Hearing Service | 21 January 2026
R: Hearing therapy advice | Mrs Ann Pollard, Hearing Therapist, Carrow Children's Hearing Service | 4 March 2026
R: Social care advice | Jack Bolitho, Social Worker, Carrow Children with Disabilities Team | 2 February 2026
R: Preparing for adulthood advice | Ms Megan Hosking, Careers Adviser, Carrow Careers Service | 3 March 2026
'''

META["ae107"] = dict(layout="ef-table", name="Lowenna", poss="her", adult=True, ef_header=EFH)
PLANS["ae107"] = r'''
FM: Name used in this plan | Lowenna
FM: Age and year | 17 years old, Year 12 (first year at college)
FM: Education setting | Lyhe Valley College (general further education college)
FM: Plan issued | 20 October 2026 (amended plan following annual review)
FM: Last annual review | 24/09/2026
FM: Home language and communication | English
FM: EHC plan coordinator | Rowan Pascoe, Carrow Peninsula Council
== A
### My views
Lowenna gave her views to the plan coordinator at college on 15 September 2026. They are written in her words.
"I'm Lowenna. I'm on the Level 2 Animal Care course at Lyhe Valley and I live at home with my mum on the farm at Tregonna. I look after the calves and the dogs and I've done that since I was little."
"My eyes are getting worse. I've got RP. I can see things straight in front of me but not to the sides, and in the dark I can't see much at all. In winter it's dark when I go home so I hate the last bus."
"At college the handouts are too small and the whiteboard is too far away. I don't like asking for things in front of everyone. I'd rather the lecturers just gave me the big print without me saying."
"I like the practical sessions in the animal unit best. I'm good with animals and I'm not scared of the big ones. I don't like the written assignments because it takes me ages to read everything."
"I've got a cane but I don't like using it at college because people look at me."
### My family's views
Lowenna's mum gave her views by phone on 18 September 2026. She says Lowenna is capable and hard-working and does most of the work with the calves. She is worried about Lowenna travelling on the bus in the dark in winter and about her walking across the college car park. She says that Lowenna gets upset and tired by the amount of reading at college and sometimes cries about her eyesight getting worse.
### What people like and admire about Lowenna
- She is calm and confident with animals and is trusted with the college's larger animals.
- She is reliable and always on time for practical sessions.
- She is honest about what she finds hard once she trusts someone.
### Lowenna's story so far
Lowenna was diagnosed with RP when she was 9, after her mum noticed she was falling over in the dark and missing things to the side. She went to Tregonna Primary School and then Lyhe Academy, where she had support from the VI service and a laptop for her work. She passed GCSE maths and English at grade 4 and started at Lyhe Valley College in September 2025, on the Level 1 course, and moved on to Level 2 in September 2026. Her sight has got worse over the last two years, particularly in low light.
### What helps Lowenna
- Handouts in N18 print given to her without her having to ask.
- Being able to sit where the light is behind her and the board is close.
- Warning of changes to rooms or timetables, so she can learn new routes.
- Being asked quietly, one to one, what she needs.
== B
### Communication and interaction
Lowenna communicates well and gets on with her classmates. She does not like to draw attention to her VI and will not ask for help in front of others.
### Cognition and learning
Lowenna is working at Level 2 in her practical units. Her reading is accurate but slow because of her reduced field of vision: she reads standard print at about half the speed of her classmates and tires quickly. Written assignments take her much longer than others and she often hands them in late. Her QTVI reports that she needs N18 print, a CCTV for paper texts and screen magnification on a laptop.
### Social, emotional and mental health
Lowenna finds it hard to accept that her sight is getting worse. She becomes upset and withdrawn when she talks about it. She has a small group of friends at college.
Her course tutor reports that she has missed 9 days this term, mostly on dark, wet days, and that she is behind with two assignments.
### Sensory and/or physical
Lowenna has RP with a restricted field of vision and very poor vision in low light. She is at risk of trips and bumps in unfamiliar places, in crowds and in the dark. She has a long cane and has had some ROVI training but does not use the cane at college.
== C
Lowenna has RP, an inherited eye condition that causes gradual loss of side vision and night vision. She is under the care of the Peninsula Eye Unit. She is sensitive to glare and wears tinted glasses outdoors. She has no other health needs.
== D
Carrow Children with Disabilities Team assessed Lowenna's needs on 1 September 2026. Her mum meets her care needs and Lowenna is independent in her personal care. Short breaks were considered and Lowenna did not want them. She has been told about the Carrow Local Offer for young people with sight loss.
== EF
O: E1 By July 2027, Lowenna will travel on her own by bus from Tregonna to Lyhe Valley College and back, using her long cane from the bus stop to the college entrance, on at least 4 days out of 5 for 4 weeks in a row, recorded by the college ALS team.
P: Mobility and orientation training in a small group for 10 weeks. | 10 weeks | ROVI
P: Opportunities to practise the bus route to college with support where possible. | As needed | ALS
O: E2 By July 2027, Lowenna will complete and hand in all 8 written assignments for her Level 2 Animal Care course by the deadline, using her laptop with screen magnification, recorded by her course tutor.
P: Laptop with screen magnification software, set up and maintained by the college IT support team | Daily | College IT support team
P: Access to a CCTV in the library. | When needed | Library staff
P: All handouts and assessment papers provided in N18 print | Every session | Course lecturers, with the ALS team enlarging materials
P: Regular check-ins with ALS tutor to plan assignments. | Regular | ALS tutor
O: E3 By July 2027, Lowenna will cross the college car park and find her way to the animal unit, the library and the canteen on her own with her long cane, on 5 out of 5 checks by the ROVI.
P: Route training around the college site, 1:1 | 6 sessions of 1 hour in the autumn term | ROVI, Carrow Sensory Support Service
O: E4 By July 2027, Lowenna will cook a simple hot meal (for example, pasta with sauce) safely and on her own using adapted equipment, on 3 occasions checked by the independent living tutor.
P: Independent living skills sessions in the college training kitchen | Weekly, 1 hour 30 minutes, in a group of no more than 6 | Independent living tutor, Lyhe Valley College
P: Tactile markers and a talking kitchen scale, provided by Carrow Sensory Support Service | Provided once; replaced when worn | Carrow Sensory Support Service
== G
### Eye care
- The Peninsula Eye Unit will see Lowenna once a year for a 30-minute review with her consultant ophthalmologist, including a visual field test.
- The low vision clinic at the Peninsula Eye Unit will review Lowenna's LVAs and tinted glasses once a year (45 minutes) and replace them when her prescription changes.
Health agreement: reviewed and agreed by Dr Elowen Hoskin, Designated Clinical Officer, Carrow and Lyhe Integrated Care Board, on 12 October 2026.
== H1
None. Short breaks were considered (see Section D).
== H2
None.
== I
Lyhe Valley College (general further education college), Level 2 Animal Care, full time.
== J
No personal budget has been requested.
== K
T: Advice or information | Given by | Date
R: Lowenna's views | Lowenna, with the plan coordinator | 15 September 2026
R: Parent's views | Lowenna's mum, by phone | 18 September 2026
R: Educational advice (college report) | Ms Carys Penrose, ALS Manager, Lyhe Valley College | 10 September 2026
R: Educational advice from a qualified teacher of the visually impaired | Mrs Gwen Tregear, QTVI, Carrow Sensory Support Service | 14 March 2023
R: Psychological advice | Dr Faye Burrows, Educational Psychologist, Carrow Educational Psychology Service | 2 June 2026
R: Medical advice | Mr James Kitto, Consultant Ophthalmologist, Peninsula Eye Unit | 9 November 2022
R: Social care advice | Jack Bolitho, Social Worker, Carrow Children with Disabilities Team | 1 September 2026
R: Preparing for adulthood advice | Ms Megan Hosking, Careers Adviser, Carrow Careers Service | 8 September 2026
'''

META["ae108"] = dict(layout="ef-table", name="Noah", poss="his", ef_header=EFH)
PLANS["ae108"] = r'''
FM: Name used in this plan | Noah
FM: Age and school year | 10 years old, Year 5 (at the date of issue)
FM: Education setting | Trevenna Community Primary School
FM: Plan issued | 14 July 2025 (first EHC plan)
FM: Last annual review | -
FM: Legal status | Looked after child (accommodated under section 20 of the Children Act 1989)
FM: Home language and communication | English
FM: EHC plan coordinator | Daniel Opie, Carrow Peninsula Council
== A
### What Noah told us
Noah talked to his speech and language therapist on 9 June 2025 while they played a card game. She wrote down what he said.
Noah said that school is "too hard" and "the words go too fast". He said he does not like writing because "I can't do it and people laugh". He said he gets told off a lot and does not know why. He said he does not like it when people ask him to say things again.
Noah said he wants to go to Carn Dhu Academy with his friend Mason when he moves to secondary school and that he wants to be a footballer when he grows up.
### What Noah's carers say
Noah has lived with his foster carers, Mr and Mrs Curnow, in Trevenna since March 2023. Mrs Curnow shared their views on 12 June 2025.
Mrs Curnow says Noah struggles to follow what is said to him at home and at school, forgets instructions, and becomes angry and shouts when he cannot make himself understood. He finds it hard to settle at night and to sit at the table for meals. He cannot read the letters and messages that come home from school and gets upset about homework. She is worried that he will not cope with the move to secondary school and that he will fall further behind. She would like him to be able to make friends his own age and to be able to play for a football team.
### Noah's story so far
Noah's speech and language difficulties were first noticed at nursery, when he was 3 and was using only single words. He was referred to speech and language therapy but did not attend most appointments before he came into care. He moved to Trevenna Community Primary School in Year 3, when he moved to his foster placement, having changed school twice before. He has had special educational needs (SEN) support since then, including a small-group language programme and daily reading with an adult, but the gap between Noah and other children has grown. His class teacher reports that he cannot take part in most lessons without an adult explaining the task again, and that he is often in trouble at lunchtime. The school asked for an EHC needs assessment in January 2025.
== B
### Communication and interaction
Noah has developmental language disorder (DLD), a long-term difficulty with understanding and using language. His understanding of spoken language is well below his age: on the Clinical Evaluation of Language Fundamentals (CELF-5) in May 2025 his receptive language score was 71 and his expressive language score was 68. He has difficulty following instructions with more than two parts, understanding questions that begin with "why" and "how", and learning new vocabulary. His sentences are short and he muddles the order of words. He also has a speech sound disorder: he drops the first sound from words that begin with two consonants ("poon" for "spoon") and his speech is hard for unfamiliar people to understand.
He doesn't always realise when he has misunderstood and he ocassionally walks away in the middle of a conversation.
### Cognition and learning
Noah's reading age is 6 years 10 months and his spelling age is 6 years 4 months (May 2025). He cannot yet read most of the words in Year 5 texts and struggles to remember what he has read. He cannot write more than one sentence without adult help. His maths is about two years below the expected level; he has difficulty with the language of maths, for example "fewer than" and "how many more". He finds it hard to acheive the expected standard in any subject because of his difficulties with language.
### Social, emotional and mental health
Noah becomes angry and frustrated when he does not understand or is not understood. He has been sent out of class on 11 occasions this school year. He finds it hard to keep friendships and often falls out with other children at lunchtime because he misunderstands the rules of games. He has difficulty waiting for his turn and calls out in class.
### Sensory and/or physical
Noah has no sensory or physical needs.
== C
Noah has no health needs other than his speech and language needs, which are described in Section B. The looked after child health assessment on 20 March 2025 by the looked after children's nurse found that he is well and up to date with his immunisations.
== D
Noah's social care needs are met through his foster placement.
== EF
O: E1 By July 2026, Noah will follow three-part classroom instructions (for example, "get your book, turn to page 10 and write the date") without a reminder, in 4 out of 5 observations by his class teacher.
P: Language intervention using a published programme for understanding instructions and questions, 1:1 with a teaching assistant (TA) who has been trained by the speech and language therapist | 3 times a week, 20 minutes | Trained TA
P: Speech and language therapist to assess Noah, set his targets and train the TA | Once each half term, 1 hour | Speech and language therapist, Carrow Children's Speech and Language Therapy Service
O: E2 By July 2026, Noah will say words beginning with "sp", "st" and "sn" correctly in sentences in 8 out of 10 tries, checked by his speech and language therapist.
P: Noah will recieve speech sound therapy with the speech and language therapist on his own | Weekly, 30 minutes, for 10 weeks in the autumn term, then review | Speech and language therapist
P: Daily speech sound practice, 1:1 | Daily, 10 minutes | Trained TA
O: E3 By July 2026, Noah's reading age will have risen from 6 years 10 months to at least 8 years on the Salford Sentence Reading Test, tested by the SENCo (special educational needs co-ordinator).
P: Phonics and reading intervention in a group of no more than 3 pupils | 4 times a week, 30 minutes | TA trained in the school's phonics programme
P: Pre-teaching of topic and maths vocabulary (for example "fewer than", "how many more") with pictures, using a word map for each new word | Twice a week, 15 minutes, 1:1 | TA
O: E4 By the end of the first half term at Carn Dhu Academy (October 2026), Noah will go to all his lessons on his own using his picture timetable, with no more than one late arrival a week, recorded by his key worker at Carn Dhu Academy.
P: Enhanced transition programme: 4 extra visits to Carn Dhu Academy in the summer term of Year 6, a photo book of key staff and rooms, and a seperate meeting with his key worker before he starts | 4 visits of 2 hours, summer term 2026 | SENCo, Trevenna Community Primary School, and transition key worker, Carn Dhu Academy
O: E5 By July 2026, Noah will take part in a team game at lunchtime for the whole of the 30-minute lunch play, without falling out with other players, on 4 out of 5 days, recorded by the lunchtime supervisor, and will join an after-school football club.
P: Lunchtime games club with adult-led teaching of game rules, in a group of no more than 6 children | Twice a week, 30 minutes | Learning mentor
P: 1:1 session using the Zones of Regulation programme to help Noah recognise when he is becoming angry and choose a calming strategy | Weekly, 30 minutes | Learning mentor
P: Place at the after-school football club, with the club coach given a one-page profile of Noah's language needs | Weekly, 1 hour | Physical education teacher and SENCo
== G
None. Noah has no health needs requiring health provision.
Health agreement: Section G agreed by Dr Elowen Hoskin, Designated Clinical Officer, Carrow and Lyhe Integrated Care Board, 7 July 2025.
== H1
None.
== H2
None.
== I
Trevenna Community Primary School (mainstream maintained primary school) until July 2026; then Carn Dhu Academy (mainstream secondary academy) from September 2026. Noah's carers have said that this is definately their preferred school.
== J
No personal budget has been requested.
== K
T: Advice or information | Given by | Date
R: Carers' views | Mrs Curnow, foster carer | 12 June 2025
R: Noah's views | Noah, with his speech and language therapist | 9 June 2025
R: Educational advice | Mrs Jenny Hawke, SENCo, Trevenna Community Primary School | 16 June 2025
R: Psychological advice | Dr Ben Hocking, Educational Psychologist, Carrow Educational Psychology Service | 21 May 2025
R: Speech and language therapy advice | Mrs Beth Coad, Speech and Language Therapist, Carrow Children's Speech and Language Therapy Service | 28 May 2025
R: Medical advice (looked after child health assessment) | Sister Mary Lean, Looked After Children's Nurse, Carrow Children's Health Services | 20 March 2025
'''

META["ae109"] = dict(layout="shaded-heading-table", name="Isla", poss="her")
PLANS["ae109"] = r'''
FM: Name used in this plan | Isla
FM: Age and school year | 4 years old, Reception
FM: Education setting | Chyvean School (special school for pupils with complex needs), Reception class
FM: Plan issued | 2 June 2026 (first EHC plan)
FM: Last annual review | Not yet due; first review by December 2026 (6-monthly while Isla is under 5)
FM: Home language and communication | English. Isla uses objects of reference, about 10 signs adapted for touch, and vocal sounds.
FM: EHC plan coordinator | Rowan Pascoe, Carrow Peninsula Council
== A
### About me
Hello, my name is Isla and I am 4. I love coming to school and playing with my friends in the home corner. I think my teachers are really kind. I want to learn to read and write like my big sister Ava and when I grow up I want to be a teacher too. I don't like it when it is noisy at dinner time.
### Background
Isla presents with CHARGE syndrome, confirmed on genetic testing in infancy. Clinical features comprise bilateral chorioretinal colobomata with microphthalmia of the left globe, bilateral mixed hearing loss of moderate to severe degree, hypoplasia of the semicircular canals with consequent vestibular areflexia and delayed gross motor milestones, and oromotor dysfunction with unsafe swallow necessitating percutaneous endoscopic gastrostomy (PEG) feeding. Cardiac anomaly (atrial septal defect) was surgically corrected in 2023 and she is discharged from cardiology follow-up. Current functional presentation is consistent with congenital deafblindness (multi-sensory impairment).
### What Isla's family say
Isla's mum and dad gave their views at home on 24 April 2026. They say Isla is "a determined, cheeky little girl who loves music, water and being tickled". They want her to be able to tell them what she wants and needs, to walk on her own, and to enjoy school and be with other children. In the future they hope she will be as independent as she can be and have a way to communicate that everyone around her understands.
They are anxious about her tube feeding at school and want the staff who feed her to be properly trained.
== B
### Communication and interaction
Isla is beginning to communicate on purpose. She uses about 10 signs, adapted so that she can feel them in her hands (for example "more", "drink", "finish"), and she is starting to understand four objects of reference (objects that stand for an activity, such as a cup for drink time). She vocalises to show pleasure and protest. She has no spoken words. She needs adults to sign into her hands, to wait for her to respond, and to use the same objects, signs and routines every day.
### Cognition and learning
Isla learns through touch, movement and routine. She can anticipate a familiar routine when she is given its object of reference and is learning to make simple choices between two objects. She explores objects with her hands and mouth and enjoys cause-and-effect toys that vibrate or light up.
### Social, emotional and mental health
Isla is happy and enjoys being with familiar adults. She can become distressed in noisy, busy spaces and when she is moved without warning. She needs a consistent key adult.
### Sensory and/or physical
Isla has a combined vision and hearing impairment (deafblindness). She wears two hearing aids and has very limited vision in her left eye and reduced vision in her right eye. She has poor balance and is not yet walking on her own; she walks holding an adult's hands or using a walker. She is fed partly through a gastrostomy tube.
### Words used in this plan
- Colobomata (singular: coloboma): gaps in parts of the eye that formed before birth, which reduce sight.
- Microphthalmia: an eye that is smaller than usual.
- Mixed hearing loss: deafness that affects both the middle ear and the inner ear.
- Semicircular canals and vestibular areflexia: the balance organs in the inner ear are under-developed and do not work, so balance is very difficult.
- Oromotor dysfunction: difficulty controlling the mouth and tongue to chew and swallow.
- Gastrostomy: a tube that goes through the tummy into the stomach so that food and fluids can be given directly.
- Tactile-kinaesthetic prompting: guiding a child through a movement with touch.
- CHARGE syndrome: a genetic condition that can affect the eyes, ears, heart, balance and growth. The name is made from the first letters of some of its features.
- Chorioretinal: to do with the back of the eye (the retina and the layer behind it).
- Atrial septal defect: a hole between the two upper chambers of the heart.
- Ambulation: walking.
- Postural stability: keeping balance and staying upright.
- Probes and trials: short, planned checks of whether Isla can do a skill.
- Response latency: how long Isla takes to respond.
- Oral defensiveness: strong dislike of things touching the mouth, such as gagging, crying or turning away.
- Gestural level: when Isla only needs a gesture, not a hand guiding her.
== C
Isla has CHARGE syndrome. Her health needs are:
- Hearing: bilateral hearing loss; she wears two hearing aids, which need checking and reprogramming.
- Vision: reduced vision in both eyes; she needs her eyes and glasses checked.
- Balance and movement: she has very poor balance and is not yet walking on her own; she needs physiotherapy and a walker.
- Eating and drinking: Isla cannot swallow safely enough to take all her food and drink by mouth. She has a gastrostomy and is given a prescribed milk feed through it at home and at school at 12 noon, using a pump. She also has reflux and takes medicine for it. School staff need to be trained to give her feed, care for her tube site and know what to do if the tube comes out.
== D
Carrow Children with Disabilities Team assessed Isla's needs on 10 April 2026. Isla needs constant care and supervision day and night, including feeding, moving and personal care. Her parents provide this care but are very tired, and her older sister has less time with them. The assessment found that Isla and her family need short breaks to support the family in caring for her.
== E
### E1 Communication
By December 2026, Isla will demonstrate functional use of objects of reference (OoR) for 4 daily routines, with tactile-kinaesthetic prompting faded to a gestural level, in 4 out of 5 probes, recorded by her multi-sensory impairment teacher.
### E2 Making choices
By December 2026, Isla will indicate a preference between two objects of reference on 8 out of 10 presented choice trials, with a response latency under 10 seconds, recorded by her class teacher.
### E3 Mobility
By June 2027, Isla will demonstrate independent ambulation with her walker over 10 metres in the school corridor, maintaining postural stability without adult support, on 4 out of 5 trials recorded by her class teaching assistant.
### E4 Eating
By June 2027, Isla will tolerate 5 teaspoons of puréed food orally at lunchtime without adverse oral defensiveness responses, on 4 out of 5 days, recorded by her teaching assistant on the feeding chart.
== F
The provision below is made by Chyvean School unless another provider is named.
T: Provision | How often and how long | Group size | Delivered by | Outcome
R: Teaching in a Reception class for pupils with complex needs, using a consistent daily routine with objects of reference and tactile signing | Full time (25 hours a week) | Class of 6 pupils with a teacher and 3 teaching assistants | Class teacher with the multi-sensory impairment qualification, and teaching assistants | E1, E2
R: A named key teaching assistant (TA) trained in deafblind communication, working with Isla throughout the school day | 25 hours a week | 1:1 | Key TA | E1, E2, E3, E4
R: Visits from a qualified teacher of children with multi-sensory impairment (MSI) to assess, set communication targets and train staff | Fortnightly, 1 hour 30 minutes | Not applicable | MSI teacher, Carrow Sensory Support Service | E1, E2
R: Speech and language therapy: oral desensitisation and tasting programme, written by the therapist and carried out by the key TA | Therapist visits monthly for 1 hour; key TA carries out the programme daily for 10 minutes at lunchtime | 1:1 | Speech and language therapist, Carrow Children's Speech and Language Therapy Service, and key TA | E4
R: Occupational therapy advice on seating and hand skills, with a programme carried out by the key TA | Therapist visits each half term for 1 hour; programme 3 times a week for 15 minutes | 1:1 | Occupational therapist, Carrow Children's Therapy Service, and key TA | E2, E3
R: Walking practice with her walker in the school corridor, following the physiotherapist's programme | Daily, 15 minutes | 1:1 | Key TA | E3
R: Hearing aids checked every morning and radio aid used in class; equipment provided and maintained by Carrow Sensory Support Service | Daily | Not applicable | Key TA; MSI teacher | E1
== G
- Audiology will continue to monitor Isla's hearing and hearing aids.
- Physiotherapy will be provided by the children's physiotherapy team.
- Ophthalmology follow-up as required.
Health agreement: the provision in Section G was agreed by Dr Elowen Hoskin, Designated Clinical Officer, Carrow and Lyhe Integrated Care Board, on 27 May 2026.
== H1
Short breaks, provided under section 2 of the Chronically Sick and Disabled Persons Act 1970: a sessional carer trained in Isla's care (including tube feeding) from Carrow Children with Disabilities Team will look after Isla at home for 4 hours every other Saturday, so that her parents can spend time with her sister.
== H2
Isla's parents have been offered a carer's assessment by the Carrow Children with Disabilities Team; it will take place by September 2026.
== I
Chyvean School (community special school), Reception class.
== J
The short breaks in Section H1 can be taken as a direct payment if the family chooses. The family have not yet decided.
== K
T: Advice or information | Given by | Date
R: Parents' views | Isla's mum and dad, home visit | 24 April 2026
R: Educational advice | Mrs Sally Hendra, Headteacher, Chyvean School | 30 April 2026
R: Educational advice from a qualified teacher of children with multi-sensory impairment | Ms Anna Jewell, Teacher of Children with Multi-Sensory Impairment, Carrow Sensory Support Service | 22 April 2026
R: Psychological advice | Dr Faye Burrows, Educational Psychologist, Carrow Educational Psychology Service | 15 April 2026
R: Medical advice | Dr Anna Vosper, Community Paediatrician, Carrow Children's Health Services | 8 April 2026
R: Audiology report | Mr Raj Patel, Paediatric Audiologist, Carrow Children's Hearing Service | 12 March 2026
R: Ophthalmology report | Mr James Kitto, Consultant Paediatric Ophthalmologist, Peninsula Eye Unit | 3 March 2026
R: Physiotherapy report | Miss Jo Trewin, Paediatric Physiotherapist, Carrow Children's Therapy Service | 1 April 2026
R: Speech and language therapy advice (including eating and drinking) | Mrs Beth Coad, Speech and Language Therapist | 6 April 2026
R: Occupational therapy advice | Mr Sam Dunn, Occupational Therapist, Carrow Children's Therapy Service | 9 April 2026
R: Social care advice | Jack Bolitho, Social Worker, Carrow Children with Disabilities Team | 10 April 2026
'''

META["ae110"] = dict(layout="shaded-heading-table", name="Morwenna", poss="her")
PLANS["ae110"] = r'''
FM: Name used in this plan | Morwenna
FM: Age and school year | 12 years old, Year 7
FM: Education setting | Carn Dhu Academy
FM: Plan issued | 28 October 2026 (amended plan following annual review)
FM: Last annual review | 30 September 2026
FM: Social care status | Child in need plan (since January 2026)
FM: Home language and communication | English. Morwenna speaks freely at home; at school she communicates mainly in writing and by gesture.
FM: EHC plan coordinator | Jenna Rowe, Carrow Peninsula Council
== A
### How Morwenna's views were gathered
Morwenna does not yet speak to adults at school. She wrote her views at home with her mum over two evenings in September 2026 and then typed them into a shared document with her key adult at school, Mrs Bray, on 22 September 2026. She chose which parts to share. Her own words are below.
### In my own words
"I am Morwenna and I am in Year 7 at Carn Dhu. I live in Trenance Cove with my mum, my dad and my brother Josh who is 8. My dad has multiple sclerosis so I help a lot at home. I make tea sometimes and I help Josh get ready for school."
"At home I talk all the time. At school my words get stuck. It isn't that I don't want to. I can talk to Katie from primary school if nobody else is listening."
"The taxi takes 45 minutes and I like it because it's quiet and I can listen to music."
"I like art, science, reading fantasy books and drawing comics. I'm good at drawing people's faces. I am in the library club at lunch where you don't have to talk."
"Things that are hard: being asked a question in front of the class, the register, the changing rooms for games, and when teachers say 'speak up'. Being praised in front of everyone makes me want to hide."
"Things that help: when teachers let me write my answer, when I know what is going to happen, and when people don't make a big deal if I whisper."
"When I'm older I want to go to art college and be an illustrator. I want to be able to order food in a café and talk to my teachers, and one day I want to live in a flat in Lyhe with my friends."
### What Morwenna's family say
Morwenna's mum shared her views at the annual review on 30 September 2026. She says Morwenna is "funny, clever and kind", a brilliant big sister and a huge help at home since her dad became unwell. She hopes Morwenna will find her voice at school, keep up her art and go to college. She worries that Morwenna takes on too much at home and does not get time for herself. She says the child in need plan and the young carers group have helped the family a lot this year. She is happy that the school lets Morwenna spend up to 10 minutes in the library when she feels overwhelmed.
### What people like and admire about Morwenna
- Her artwork is outstanding and was chosen for the Year 7 display.
- Her written work in English and science is thoughtful and well above the expected level.
- She is a loyal friend and a caring sister.
- She works very hard and always completes her homework.
== B
### Communication and interaction
Morwenna has selective mutism, an anxiety condition in which a person wants to speak but cannot speak in some places or with some people. Her understanding and use of language are at or above the expected level for her age (speech and language therapy assessment, July 2026, carried out at home). At school she speaks in a whisper to one friend when no one else is near, and communicates with adults by writing, nodding and pointing. She freezes when she is expected to speak, for example at the register or in group work.
### Cognition and learning
Morwenna is working above the expected level in English, science and art. Oral assessments, such as speaking tasks in English and languages, are not currently possible for her, and teachers need other ways to check what she knows. She needs access to a mini whiteboard and notebook in every lesson.
### Social, emotional and mental health
Morwenna experiences high anxiety at school, especially in situations where she may be asked to speak or be the centre of attention. She is a young carer for her dad and is often tired. She needs a trusted key adult, predictable routines and a way to leave a stressful situation without having to explain.
### Sensory and/or physical
Morwenna has no sensory or physical needs.
== C
Morwenna has no difficulty with her physical health, but she has significant anxiety, which shows as selective mutism. The Child and Adolescent Mental Health Services (CAMHS) team assessed her in June 2026 and recommend a course of anxiety-focused therapy. Her general practitioner (GP) reports no other health needs.
== D
Morwenna has been on a child in need plan since January 2026 because of her caring role for her dad, who has multiple sclerosis, and the effect this has on her wellbeing. Her social worker, Ms Kate Nankivell, contributed social care advice to this review and attended the annual review meeting. The child in need plan is reviewed every 6 weeks at a meeting that Morwenna's key adult attends, and the EHC plan and the child in need plan have been written to fit together: both aim to reduce Morwenna's caring load, protect time for her own interests, and keep her anxiety at school low. A young carer's needs assessment was completed on 8 September 2026; it found that Morwenna needs time away from her caring role and someone to talk to about being a young carer.
Her dad receives adult social care support, which was increased in August 2026 so that Morwenna does not help with his personal care.
== E
These outcomes were agreed with Morwenna and her mum at the annual review on 30 September 2026. Progress is recorded by her key adult and shared each half term.
### E1 Talking at school
By July 2027, Morwenna will speak (at any volume) to 3 named adults in school, including her key adult and her English teacher, in 1:1 sessions, on at least 3 occasions each, recorded on her "talking ladder" by her key adult.
### E2 Answering in class
By April 2027, Morwenna will answer a question in a group of 4 pupils by speaking or whispering to the group, at least once a week for 6 weeks in a row, recorded by her English teacher.
### E3 Taking praise
By March 2027, Morwenna will receive praise from a teacher in class and stay in the lesson without leaving or hiding her face, on 4 out of 5 occasions recorded by her key adult through teacher feedback.
### E4 Everyday independence
By July 2027, Morwenna will order and pay for her own food at the school canteen by speaking to the server on at least 3 days a week for 4 weeks in a row, checked by her key adult. This is a step towards her wish to order food in a café.
### E5 Art
By July 2027, Morwenna will complete a portfolio of 6 finished comic-style pieces for the Arts Award Explore and gain the award, assessed by her art teacher as Arts Award adviser.
== F
The provision below is made by Carn Dhu Academy unless another provider is named. The special educational needs co-ordinator (SENCo) is responsible for it.
T: Provision | How often and how long | Group size or ratio | Delivered by | Outcome
R: Sliding-in programme: step-by-step speaking practice, starting with a trusted person and adding one new adult at a time | Four times a week, 20 minutes | 1:1 (with one extra person when a new adult is being added) | Key adult (teaching assistant trained in the sliding-in technique by the speech and language therapist) | E1, E4
R: Speech and language therapist to plan the sliding-in programme, review progress and train staff | Once every 3 weeks, 1 hour in school; 3 sessions then review in January 2027 | Not applicable | Speech and language therapist with experience of selective mutism, Carrow Children's Speech and Language Therapy Service | E1, E2
R: Small speaking group to practise answering with familiar peers | Weekly, 30 minutes | Group of 4 (Morwenna, Katie and 2 chosen pupils) | Key adult | E2
R: Morwenna can answer questions in writing on a mini whiteboard or in her notebook, in every lesson, and will not be asked to read aloud or answer aloud in front of the class | Every lesson | Not applicable | All teachers, briefed by the SENCo at the start of each term | E2, E3
R: Alternative arrangements for oral assessments: speaking tasks recorded at home and sent in, or written responses | Each oral assessment | Not applicable | Arranged by the SENCo with subject teachers | E2
R: Praise given quietly and privately (a written note or a thumbs up) unless Morwenna has agreed otherwise on her praise card | Every lesson | Not applicable | All teachers | E3
R: Canteen practice: key adult goes to the canteen with Morwenna and steps back a little more each week | 3 lunchtimes a week, 15 minutes, for 8 weeks then review | 1:1 | Key adult | E4
R: Time-out card allowing Morwenna to go to the library for 10 minutes without speaking, then return to the lesson | Available in every lesson; Morwenna decides when to use it | Not applicable | All teachers; library staff | E3
R: Arts Award Explore sessions in art club | Weekly, 1 hour, after school on Wednesdays | Group of no more than 8 | Art teacher (Arts Award adviser) | E5
R: Staff training on selective mutism for all staff who teach Morwenna | 1 hour in November 2026; 30-minute update in April 2027 | Not applicable | Speech and language therapist | E1, E2, E3
== G
- A clinical psychologist from Carrow Child and Adolescent Mental Health Services will see Morwenna for anxiety-focused therapy, weekly for 50 minutes for 10 sessions from November 2026, then review with Morwenna and her mum.
- The clinical psychologist will attend one meeting with the key adult and the speech and language therapist (1 hour) during the 10 sessions so that the approaches at CAMHS and at school match.
Health agreement: Section G was reviewed and supported by Dr Elowen Hoskin, Designated Clinical Officer, Carrow and Lyhe Integrated Care Board, on 21 October 2026.
== H1
None.
== H2
- Young carers group: Carrow Young Carers Service will offer Morwenna a place at its fortnightly Tuesday evening group in Lyhe (2 hours), with transport provided, to give her time away from her caring role. Agreed in the child in need plan.
- Young carers support worker: 1:1 sessions with a Carrow Young Carers Service support worker, once a month for 1 hour, to talk about being a young carer.
- Her social worker will continue to visit every 4 weeks under the child in need plan and will share the outcome of each 6-weekly child in need review with the SENCo.
== I
Carn Dhu Academy (mainstream secondary academy). Home to school transport by taxi is provided by Carrow Peninsula Council.
== J
No personal budget has been requested.
== K
T: Advice or information | Given by | Date
R: Morwenna's views | Written by Morwenna, with her mum and her key adult | 22 September 2026
R: Parent's views | Morwenna's mum, at the annual review | 30 September 2026
R: Educational advice | Mr Neil Carveth, SENCo, Carn Dhu Academy | 18 September 2026
R: Psychological advice | Dr Faye Burrows, Educational Psychologist, Carrow Educational Psychology Service | 3 March 2026
R: Speech and language therapy advice | Miss Holly Jago, Speech and Language Therapist, Carrow Children's Speech and Language Therapy Service | 14 July 2026
R: Medical advice | Dr Lisa Grigg, Clinical Psychologist, Carrow CAMHS, and Morwenna's GP, Dr Paul Mitchell, Lyhe Surgery | 26 June 2026 and 10 June 2026
R: Social care advice (child in need plan and young carer's needs assessment) | Ms Kate Nankivell, Social Worker, Carrow Children's Social Care | 15 September 2026
'''

META["ae111"] = dict(layout="shaded-heading-table", name="Ashley", poss="his", adult=True)
PLANS["ae111"] = r'''
FM: Name used in this plan | Ashley
FM: Age | 20 years old
FM: Education setting | Lyhe Valley College, Supported Studies programme (second year)
FM: Plan issued | 2 June 2026 (amended plan following annual review)
FM: Last annual review | 5 May 2026
FM: Home language and communication | English. Ashley uses spoken English with a cochlear implant, backed up by signs and pictures.
FM: EHC plan coordinator | Rowan Pascoe, Carrow Peninsula Council
== A
### My views
Ashley gave his views to his college tutor on 22 April 2026, using speech, signs and a picture planner. His tutor wrote them down and read them back to him.
"My name is Ashley. I am 20. I live with my mum in Porthlenna. I go to Lyhe Valley College on the bus on Monday, Tuesday and Thursday."
"I like cooking, swimming, buses and music. I am good at making pizza and I know all the bus times to Lyhe."
"I don't like noisy places. When my implant battery runs out I can't hear nothing and I get scared."
"I want to get a job in a café or a supermarket. I want to live in my own flat with my friend Dan and have a cat. I want to go to the gym on my own."
### What Ashley's mum says
Ashley's mum shared her views at the annual review on 5 May 2026. She says Ashley is cheerful, friendly and very helpful at home. She would like him to learn to manage his own money, cook simple meals and travel to new places on his own, so that one day he can live more independently with support. She worries about who will help him if she becomes unwell.
### What people like and admire about Ashley
- He is friendly and polite and makes customers in the college café feel welcome.
- He knows the local bus timetables by heart.
- He has good practical cooking skills.
- He works hard and does not give up.
### Ashley's story so far
Ashley was born deaf and had his cochlear implant when he was 4. He went to Penhallow Bay Primary School with a resource base for deaf children and then to Chyvean School from Year 7 to Year 14, where he got his first work experience in the school café. He started at Lyhe Valley College in September 2025. His plan was reviewed in May 2026 and the outcomes have been changed to focus on work, money, cooking and getting out in the community on his own.
### How to communicate with Ashley
- Face him and make sure he can see your mouth.
- Use short, clear sentences and one instruction at a time.
- Use signs, pictures or writing as well as speech.
- Check his implant is switched on and charged before a session.
- Give him time to answer and do not finish his sentences for him.
== B
### Communication and interaction
Ashley have a cochlear implant in his right ear, which he has used since he was 4. He understands short spoken sentences in quiet places, especially when he can see the speaker's face, and uses signs and pictures to help when he is not understood. His speech is clear to people who know him but less clear to strangers. He finds it hard to follow conversations in noisy places such as a busy café, and he does not always ask people to repeat. He needs people to face him, to use short sentences and to check that he has understood.
### Cognition and learning
Ashley has a moderate learning disability. He reads familiar words and short sentences at about Entry Level 2 and can write his name, address and short lists. He can use money to pay for items under £5 but finds it hard to check his change. He needs new skills broken into small steps and practised many times in real places.
### Social, emotional and mental health
Ashley is sociable and has a good friend at college. He becomes anxious and upset when plans change or when his implant stops working. He and his mum was worried about the end of college and what happens next.
### Sensory and/or physical
Ashley is profoundly deaf and hears with a cochlear implant in his right ear. He does not use a hearing aid in his left ear. He needs his implant to be working and charged all day.
== C
Ashley is profoundly deaf and uses a cochlear implant. The implant needs to be programmed and the equipment checked and repaired by the South West Peninsula Cochlear Implant Programme. His speech is not always clear to people who don't know him. Ashley has no other health needs; his GP (general practitioner) did a annual health check for people with a learning disability in February 2026 and found him fit and well.
== D
Carrow Adult Social Care completed a Care Act assessment on 18 March 2026. Ashley needs support to go out in the community safely, to manage money, and to do activities outside home and college, because of his learning disability and deafness. His mum provides most of his care and has had a carer's assessment.
== E
### E1 Work
By July 2027, Ashley will complete a 10-week work placement in the college café for one morning a week and receive a positive report from his supervisor, with "good" or better for serving customers and following the hygiene rules.
### E2 Money
By July 2027, Ashley will pay for shopping costing up to £10 at the supermarket and check his change correctly on 4 out of 5 trips, recorded by his independent living tutor.
### E3 Cooking
By July 2027, Ashley will follow a picture recipe to cook 3 different simple hot meals on his own, each checked twice by his tutor in the college training flat.
### E4 Travel and community
By July 2027, Ashley will travel on his own by bus from Porthlenna to the Lyhe leisure centre and use the gym, on at least 6 occasions, recorded by his personal assistant and his mum.
### E5 Talking to new people
By July 2027, Ashley will ask a stranger to repeat or write down something he has not heard, using his "help me hear" card if he needs to, in 4 out of 5 situations in the college café, recorded by his job coach.
== F
T: Provision | How often and how long | Group size | Delivered by | Outcome
R: Supported Studies programme, including English, maths and employability at Entry Level | 3 days a week (Monday, Tuesday, Thursday), 9:30 to 15:00, 36 weeks a year | Group of no more than 8 students | Supported Studies lecturers | E1, E2, E3
R: Supported work placement in the college café, with a job coach | One morning a week (9:30 to 12:00) for 10 weeks, then review | 1:1 job coaching, reducing as Ashley gains skills | Job coach, Lyhe Valley College | E1, E5
R: Independent living sessions: shopping, money and cooking in the college training flat and at the local supermarket | Weekly, 2 hours | Group of no more than 4 students | Independent living tutor | E2, E3
R: A qualified Teacher of the Deaf to visit college to check that the radio aid and classroom are set up for Ashley and to advise staff | Once each term, 1 hour | Not applicable | Teacher of the Deaf, Carrow Sensory Support Service | E5
R: Personal assistant from Carrow Adult Social Care to support Ashley to go swimming, use the gym and go shopping in Lyhe, paid through a direct payment | 6 hours every Saturday | 1:1 | Personal assistant employed by Ashley's mum through a direct payment | E4
== G
- The South West Peninsula Cochlear Implant Programme will see Ashley once a year for a 1 hour review and reprogramming of his implant, and will repair or replace faulty equipment within 3 working days.
- Speech and language therapy from the Carrow Adult Speech and Language Therapy Service: 8 sessions of 45 minutes, 1:1, every other Wednesday at college, to teach Ashley to use his "help me hear" card and repair strategies when people do not understand him, and to practise clear speech for his work placement. The therapist will then review with Ashley and the the college.
Health agreement: the health provision was agreed by Dr Elowen Hoskin, Designated Clinical Officer, Carrow and Lyhe Integrated Care Board, on 28 May 2026.
== H1
None.
== H2
Please see Section F for Ashley's personal assistant hours under the Care Act 2014. Ashley's mum has had a carer's assessment; there support is through the Carrow Carers Hub.
== I
Lyhe Valley College (general further education college), Supported Studies programme.
== J
Direct payment for the personal assistant hours (see Section F), managed by Ashley's mum.
== K
T: Advice or information | Given by | Date
R: Ashley's views | Ashley, with his college tutor | 22 April 2026
R: Parent's views | Ashley's mum, at the annual review | 5 May 2026
R: Educational advice (college report) | Mrs Carys Penrose, Additional Learning Support Manager, Lyhe Valley College | 20 April 2026
R: Educational advice from a qualified Teacher of the Deaf | Mr Tom Angove, Teacher of the Deaf, Carrow Sensory Support Service | 14 April 2026
R: Psychological advice | Dr Ben Hocking, Educational Psychologist, Carrow Educational Psychology Service | 9 December 2025
R: Medical advice | Dr Paul Mitchell, GP, Lyhe Surgery (annual learning disability health check) | 12 February 2026
R: Speech and language therapy report | Carrow Adult Speech and Language Therapy Service |
R: Cochlear implant clinic letter | - | -
R: Social care advice (Care Act assessment) | Ms Ellie Moyle, Social Worker, Carrow Adult Social Care | 18 March 2026
R: Preparing for adulthood advice | Ms Megan Hosking, Careers Adviser, Carrow Careers Service | 15 April 2026
'''

META["ae112"] = dict(layout="shaded-heading-table", name="Demelza", poss="her", adult=True)
PLANS["ae112"] = r'''
FM: Name used in this plan | Demelza
FM: Age | 23 years old
FM: Education setting | Lyhe Valley College, supported internship with Carrow Libraries (Lyhe Library)
FM: Plan issued | 24 November 2026 (amended plan following annual review)
FM: Last annual review | 5 November 2026
FM: Home language and communication | British Sign Language (BSL), including hands-on (tactile) signing in poor light; written English in large print
FM: EHC plan coordinator | Rowan Pascoe, Carrow Peninsula Council
== A
### How Demelza gave her views
Demelza gave her views in British Sign Language (BSL) to her intervenor (a support worker trained to work with deafblind people), who translated them into English on 20 October 2026. Demelza then read the English in large print on her tablet and made two changes. These are her words.
### In my own words
"I am Demelza, I am 23 and I am Deafblind. I have Usher syndrome, which means I was born Deaf and my sight is slowly closing in. I sign. In good light I can see signs in front of me; in the dark or when I'm tired I use hands-on signing."
"I live with my mum and stepdad in Penwithick Mill, outside Lyhe. It is a long way from everything and there is only one bus an hour."
"This year I started my supported internship at Lyhe Library. I love it. I shelve books, put returned books back on the system and help run the Saturday Deaf story time for children. I am good at sorting and I am very accurate."
"Things that are hard: finding my way in places I don't know, crossing busy roads, low light in winter, and when hearing people won't wait for me to finish signing."
"What I want for the future: a paid job in a library or an archive, three days a week. I want to move into my own flat in Lyhe with support, near the bus station, by the time I am 25. I want to go to Deaf club and the climbing wall without my mum taking me."
### What Demelza's family say
Demelza's mum gave her views at the annual review on 5 November 2026. She says Demelza is "determined, funny and very organised", and that the internship has given her a confidence the family has not seen before. She hopes Demelza will get paid work and live in her own flat with the right support. She worries about Demelza getting around on her own as her sight gets worse, especially in the dark.
### What people like and admire about Demelza
- She is accurate and organised: her library supervisor says her shelving has "no mistakes".
- She is a skilled BSL user and a good role model for deaf children at story time.
- She is determined and keeps going when things are hard.
- She is good at planning and keeps her own calendar on her tablet.
== B
### Communication and interaction
Demelza is a fluent BSL user. Her field of vision is narrow (about 10 degrees), so signs need to be made close to her and within a small space. In low light she uses hands-on signing, where she places her hands over the signer's hands. She reads English well in large print (size 24) and on her tablet with magnification. Hearing people at work and in shops often do not know how to communicate with her, and she needs to be able to explain what helps.
### Cognition and learning
Demelza has no learning difficulty. She has passed Functional Skills English and maths at Level 1 and is studying for Level 2 maths. Learning takes her longer because she reads through a narrow field of vision and tires easily.
### Social, emotional and mental health
Demelza is confident with people she knows. She can feel isolated because she lives far from Lyhe and relies on her family to take her to social activities. She has said she sometimes feels low when she notices her sight has changed.
### Sensory and/or physical
Demelza is profoundly deaf and has retinitis pigmentosa (RP), which narrows the field of vision and causes night blindness. She also has poor balance, which is part of Usher syndrome. She uses a long cane outdoors. She needs good, even lighting without glare.
== C
Demelza has no difficulty with her general physical health, but she has Usher syndrome type 1: she has been profoundly deaf since birth, and her sight is gradually reducing because of retinitis pigmentosa. She has poor balance, which makes her more likely to trip or fall in low light.
Her sight needs to be checked each year, and her low vision aids and tinted glasses need to be reviewed as her sight changes. She told her GP (general practitioner) that she sometimes feels low about her sight loss, and the GP referred her to the Carrow Talking Therapies service. After an assessment on 3 November 2026, the service has offered her therapy in BSL through an interpreter.
She does not use hearing aids, and the audiology service confirmed in June 2026 that no hearing review is needed.
== D
Carrow Adult Social Care completed a Care Act assessment with Demelza on 16 September 2026, with a BSL interpreter and her intervenor. It found that she has eligible needs for support with getting around safely in the community, communicating with people who do not sign, and taking part in social activities, because of her deafblindness. Her mum is her main carer and has been offered a carer's assessment.
== E
These outcomes were agreed with Demelza at her annual review on 5 November 2026 and run until her internship ends in July 2027 unless stated.
### E1 Paid work
By July 2027, Demelza will complete her 36-week supported internship at Lyhe Library, working at least 15 hours a week, and receive a positive final report from her placement supervisor, with "meets" or "exceeds" on all 6 of the library's assistant competencies.
### E2 Qualification
By April 2027, Demelza will gain her Level 2 Functional Skills maths qualification, awarded by the exam board.
### E3 Getting about on my own
By July 2027, Demelza will access the community independently: she will travel on her own by bus from Penwithick Mill to Lyhe bus station and walk with her long cane to the library, Deaf club and the climbing wall, completing each route safely on 3 occasions in a row, checked by her rehabilitation officer.
### E4 Explaining my communication
By March 2027, Demelza will explain her communication needs to at least 5 new people at work or in shops, using her communication card or a note on her tablet, recorded in her internship log and confirmed by her job coach.
### E5 Living more independently
By July 2027, Demelza will plan a weekly shop, cook 4 different meals on her own using her adapted kitchen equipment, and pay 2 household bills online, each checked by her independent living tutor, as a step towards moving into her own flat by the age of 25.
== F
The provision below is made by Lyhe Valley College unless another provider is named.
T: Provision | How often and how long | Group size or ratio | Delivered by | Outcome
R: Supported internship at Lyhe Library, with a job coach who signs at BSL Level 3 | 3 days a week (Tuesday to Thursday), 5 hours a day, for 36 weeks; job coaching reduces from full days in the autumn term to 2 hours a day from January 2027 | 1:1 job coaching | Job coach, Lyhe Valley College supported internship team | E1, E4
R: Intervenor support for college-based learning (maths and independent living sessions), using BSL and hands-on signing | 8 hours a week during college sessions | 1:1 | Intervenor with a qualification in working with deafblind people, employed by Lyhe Valley College | E2, E5
R: Functional Skills maths Level 2 teaching | Weekly on Mondays, 2 hours, 30 weeks | Group of no more than 5 | Maths lecturer, with the intervenor | E2
R: Exam access arrangements: 25% extra time, a BSL interpreter for instructions, papers in size 24 print, and a well-lit separate room | Every exam, including the April 2027 maths exam | Not applicable | Arranged by the college exams officer | E2
R: Tablet with screen magnification and a large-print keyboard, set up and maintained by the college assistive technology officer | Set up September 2026; checked each term | Not applicable | Assistive technology officer, Lyhe Valley College | E1, E2, E4
R: Independent living programme in the college training flat: planning a shop, cooking and online banking | Weekly on Mondays, 2 hours, 30 weeks | Group of no more than 4 | Independent living tutor, with the intervenor | E5
R: Route practice between Lyhe bus station and the library with her long cane, following the rehabilitation officer's route plan (see Section H2) | Twice a week, 30 minutes, on internship days | 1:1 | Job coach | E3
R: Occupational therapy assessment of Demelza's kitchen skills and advice on adapted equipment (tactile markers, liquid level indicator, high-contrast chopping boards), with the equipment supplied by the occupational therapist | 2 visits of 1 hour to the training flat in the autumn term 2026, then a review visit in March 2027 | Not applicable | Occupational therapist, Carrow Adult Sensory Team | E5
R: Deafblind awareness training for library staff | 2 hours in November 2026; 1-hour refresher in March 2027 | Not applicable | Teacher of children and young people with multi-sensory impairment (MSI), Carrow Sensory Support Service | E1, E4
R: Visits from the MSI teacher to advise the job coach, intervenor and lecturers on lighting, signing space and materials | Once each half term, 1 hour | Not applicable | MSI teacher, Carrow Sensory Support Service | E1, E2, E4
== G
- The Peninsula Eye Unit will see Demelza once a year for a 30-minute review with her consultant ophthalmologist, including a visual field test. The next review is in March 2027.
- The low vision clinic at the Peninsula Eye Unit will review Demelza's low vision aids and tinted glasses once a year (45 minutes) and replace them within 4 weeks when her needs change.
- Carrow Talking Therapies will offer Demelza 8 weekly sessions of 50 minutes with a therapist, with a BSL interpreter booked by the service, starting in December 2026, then review.
Health agreement: the provision above was reviewed and agreed by Dr Elowen Hoskin, Designated Clinical Officer, Carrow and Lyhe Integrated Care Board, on 18 November 2026.
== H1
None. Demelza is over 18; her social care provision is made under the Care Act 2014 and is set out in Section H2.
== H2
- Rehabilitation officer for visual impairment from Carrow Adult Sensory Team: mobility and route training for bus routes and key places in Lyhe, 1:1, 10 sessions of 2 hours between January and June 2027, then review.
- Communicator-guide support: a deafblind communicator-guide for 6 hours a week (Saturday, 10:00 to 16:00) to support Demelza at Deaf club, the climbing wall and in shops. Funded by Carrow Adult Social Care following the Care Act assessment (16 September 2026), taken as a direct payment (see Section J).
- Carer's assessment offered to Demelza's mum by Carrow Adult Social Care; to be completed by January 2027.
== I
Lyhe Valley College (general further education college), supported internship programme, with the placement at Lyhe Library.
== J
Direct payment of the communicator-guide hours in Section H2 (6 hours a week), managed by Demelza with help from her mum. No personal budget for the provision in Section F.
== K
T: Advice or information | Given by | Date
R: Demelza's views | Demelza, in BSL through her intervenor | 20 October 2026
R: Parent's views | Demelza's mum, at the annual review | 5 November 2026
R: Educational advice (college report) | Mrs Carys Penrose, Additional Learning Support Manager, Lyhe Valley College | 15 October 2026
R: Educational advice from a qualified teacher of children and young people with multi-sensory impairment | Ms Anna Jewell, MSI Teacher, Carrow Sensory Support Service | 9 October 2026
R: Psychological advice | Dr Ben Hocking, Educational Psychologist, Carrow Educational Psychology Service | 21 January 2026
R: Medical advice (ophthalmology) | Mr James Kitto, Consultant Ophthalmologist, Peninsula Eye Unit | 2 September 2026
R: Medical advice (general health) | Dr Paul Mitchell, GP, Lyhe Surgery | 6 October 2026
R: Talking therapies assessment | Mr Luke Retallick, Psychological Wellbeing Practitioner, Carrow Talking Therapies | 3 November 2026
R: Audiology letter | Mr Raj Patel, Audiologist, Carrow Hearing Service | 10 June 2026
R: Occupational therapy advice | Ms Nicola Hawken, Occupational Therapist, Carrow Adult Sensory Team | 30 September 2026
R: Social care advice (Care Act assessment) | Ms Ellie Moyle, Social Worker, Carrow Adult Social Care | 16 September 2026
R: Preparing for adulthood advice | Mr Sam Rowe, Supported Internship Coordinator, Lyhe Valley College | 12 October 2026
'''


# ---------------------------------------------------------------- answer key
CRITERIA = ["CA-DATED", "CA-ADVICE-AGE", "CA-STATUTORY-ADVICE", "CA-ANNUAL-REVIEW",
            "PC-OUTCOME-NOT-PROVISION", "PC-SMART", "PC-VOICE", "PC-ASPIRATIONS", "PC-ASPIRATION-LINK",
            "PC-PFA", "PC-STRENGTHS", "PR-VAGUE-WORDING", "PR-QUANTIFIED", "PR-OUTCOME-LINK",
            "HC-NEEDS", "HC-PROVISION-SPECIFIC", "HC-NEEDS-MET", "HC-ADVICE", "HC-DCO-SIGNOFF",
            "HC-THERAPY-PLACEMENT", "HC-ADVICE-PROVIDERS", "HC-OUTCOMES", "SC-NEEDS", "SC-STATUTORY-LINK",
            "SC-PROVISION-SPECIFIC", "SC-ADVICE", "SC-RIGHT-SECTION", "LG-SPELLING", "LG-GRAMMAR",
            "LG-READABILITY", "LG-JARGON"]

HC_REST = ["HC-PROVISION-SPECIFIC", "HC-NEEDS-MET", "HC-DCO-SIGNOFF", "HC-THERAPY-PLACEMENT",
           "HC-ADVICE-PROVIDERS", "HC-OUTCOMES"]

KEY = {
 "ae101": dict(age=10, year_group="Year 5", needs=["HI", "cochlear implants", "speech sound disorder", "Gypsy/Traveller family (travels in summer)"],
   voice="first person (attributed)", fail={}, na=["PC-PFA", "SC-STATUTORY-LINK", "SC-RIGHT-SECTION"],
   why={
   "PC-OUTCOME-NOT-PROVISION": 'PASS: "Tamsin will receive her Stage 3 swimming certificate" is an achievement (trap)',
   "PC-VOICE": 'PASS: "Tamsin shared these views with her Teacher of the Deaf at school on 2 June 2026" - first person attributed, with the method',
   "PR-VAGUE-WORDING": 'PASS: "I know all my times tables up to 12." (A), "She needs a quiet space when needed" (B), "Tamsin has regular checks at the implant centre" (A) and "in a group of up to 6 children" (E) are all outside Section F (trap)',
   "PR-QUANTIFIED": 'PASS: "will see Tamsin on her own on Tuesday afternoons for 30 minutes" - therapist 1:1 on named days; "The ToD will set up, check and maintain Tamsin\'s radio aid" and "Waterproof processor covers for swimming lessons, provided and maintained by the cochlear implant team" are equipment (no group size needed); "September 2026: the ToD will deliver 90 minutes of deaf awareness" is a month starting a sentence (trap)',
   "HC-NEEDS": 'PASS: "Tamsin has no trouble with her general physical health and is rarely unwell, but she is profoundly deaf in both ears" - real need, covered in G and E4 (trap)',
   "HC-DCO-SIGNOFF": 'PASS: "reviewed and agreed by Dr Elowen Hoskin, Designated Clinical Officer" with date 8 July 2026',
   "CA-ANNUAL-REVIEW": 'PASS: "16/06/2026" - reviewed within 12 months of the audit date',
   "SC-PROVISION-SPECIFIC": 'PASS: no provision, but "Short breaks were discussed with the family, who do not want them at present" and the Local Offer is named',
   "SC-NEEDS": 'PASS: "found that Tamsin has no social care needs arising from her deafness" - none, with the basis (Early Help Hub screening)',
   }),
 "ae102": dict(age=14, year_group="Year 9", needs=["HI (profound, BSL user)", "literacy (English as second language)", "SEMH (isolation, low mood)"],
   voice="first person via BSL (attributed)",
   fail={
   "PC-OUTCOME-NOT-PROVISION": '"Kieran will receive 1:1 English tuition from a Deaf BSL tutor three times a week by July 2027." - E2 is provision; E3 "Staff will pre-teach Kieran the key vocabulary for science and geography before each new topic." is staff action',
   "PC-SMART": '"Staff will pre-teach Kieran the key vocabulary for science and geography before each new topic." - no achievement, no measure and no date; E2 has a date but no measure of what Kieran achieves',
   "PC-PFA": '"By July 2027, Kieran will solve 7 out of 10 written two-step maths word problems correctly" - Year 9 plan whose outcomes are all classroom attainment or provision; none on employment, independent living, community or health',
   "CA-STATUTORY-ADVICE": '"Mrs Donna Keast, Communication Support Worker (BSL Level 3)" - the hearing-impairment advice is not from a qualified Teacher of the Deaf; and there is no preparing-for-adulthood advice although Kieran is in Year 9',
   "PR-OUTCOME-LINK": '"Since the start of Year 9 he has seemed low in mood" - the social, emotional and mental health need in B3 (isolation, low mood) has no provision in F',
   },
   na=["HC-THERAPY-PLACEMENT", "SC-STATUTORY-LINK", "SC-RIGHT-SECTION"],
   why={
   "PC-ASPIRATION-LINK": 'PASS: "I want to get better at reading so I can read subtitles fast enough to follow a whole film." is built on by E1 (reading age) and the parents\' GCSE hope by E4/E5',
   "HC-OUTCOMES": 'PASS (arguable): the only health input is "once a year for a 45-minute hearing review"; the deafness itself is addressed by the communication and literacy outcomes',
   "HC-ADVICE": 'PASS: "Mr Raj Patel, Paediatric Audiologist, Carrow Children\'s Hearing Service" - dated 4 September 2026',
   }),
 "ae103": dict(age=6, year_group="Year 1", needs=["speech sound disorder", "childhood absence epilepsy", "long sight (glasses)", "boater family"],
   voice="child's words via play and talking mat (attributed) and parents",
   fail={
   "PR-VAGUE-WORDING": '"Ruby will have access to speech and language therapy from the Carrow Children\'s Speech and Language Therapy Service as appropriate." - also "Adults should model the correct sounds back to Ruby where possible", "Regular phonics intervention" and "Ruby may have additional 1:1 reading with an adult when staff are available."',
   "PR-QUANTIFIED": '"Regular phonics intervention in a small group with a teaching assistant." - no frequency, duration or group size; the speech and language therapy has no amount, frequency or duration',
   "HC-NEEDS-MET": '"Ruby has childhood absence epilepsy, diagnosed by the community paediatrician in January 2026." - G covers only the orthoptist: nothing for epilepsy (care plan, epilepsy nurse, staff training, medication review)',
   "HC-OUTCOMES": '"Staff have noticed that she loses her place in phonics and misses instructions during absences" - a significant health need (epilepsy) with no outcome in E',
   "HC-DCO-SIGNOFF": '"in a 30-minute clinic appointment." - Section G ends with no record of health agreement (no DCO, name, role or date)',
   "HC-ADVICE-PROVIDERS": '"The orthoptist at Lyhe Community Hospital will review Ruby\'s glasses and eyesight every 6 months" - the orthoptic service provides in G but gave no advice in K',
   },
   na=["PC-PFA", "SC-STATUTORY-LINK", "SC-RIGHT-SECTION"],
   why={
   "PC-VOICE": 'PASS: "Ruby\'s views were gathered by her class teacher and her speech and language therapist" - young child\'s views through play and a talking mat',
   "HC-THERAPY-PLACEMENT": 'PASS: "Ruby will have access to speech and language therapy" is in F (its vagueness is graded under PR-VAGUE-WORDING/PR-QUANTIFIED), not G',
   "HC-NEEDS": 'PASS: "Ruby has childhood absence epilepsy" - C describes the needs',
   "HC-PROVISION-SPECIFIC": 'PASS: "every 6 months, in a 30-minute clinic appointment" - the only G item is specific',
   }),
 "ae104": dict(age=2, year_group="Early years (not yet of school age)", needs=["VI (bilateral congenital cataracts, nystagmus)", "early development"],
   voice="observation in play by people who know him; parents",
   fail={}, na=["PC-PFA", "HC-THERAPY-PLACEMENT", "SC-STATUTORY-LINK", "SC-RIGHT-SECTION"],
   why={
   "PC-VOICE": 'PASS: "What we have learned about Alfie from watching him play" - a 2-year-old\'s views gathered by observation, under a heading that says so (trap)',
   "HC-NEEDS": 'PASS: "Alfie has no difficulty with eating, sleeping or growing, but he has a significant vision impairment" - the real need is covered in G (trap)',
   "PR-QUANTIFIED": 'PASS: "A light box and a set of high-contrast and light-up toys, provided on loan and maintained by Carrow Sensory Support Service" - equipment (what, who maintains); QTVI visits "once a fortnight for 1 hour" need no group size (trap)',
   "PR-VAGUE-WORDING": 'PASS: "light-up toys" is not "up to"; "September 2026: the QTVI will give the childminder a 2-hour training session" is a month starting a sentence (trap)',
   "HC-DCO-SIGNOFF": 'PASS: "section G has been reviewed and supported by Dr Elowen Hoskin, Designated Clinical Officer" with a date',
   "CA-DATED": 'PASS: "June and July 2026 (summary dated 24 July 2026)" - observation-based views are dated',
   "CA-STATUTORY-ADVICE": 'PASS: "Educational advice from a qualified teacher of children with vision impairment" - QTVI advice present, with parent, medical, EP and social care advice',
   }),
 "ae105": dict(age=8, year_group="Year 4", needs=["selective mutism", "literacy delay", "Irish Traveller family (travels in summer)", "child in need plan"],
   voice="pointing, writing and words to her mum (attributed); parent",
   fail={
   "PC-SMART": '"By July 2027, Kayla will feel happier and more relaxed at school." - dated but no observable measure; E3 has neither measure nor date',
   "PC-OUTCOME-NOT-PROVISION": '"Kayla is given a talking partner she trusts and is included in small group work." - provision written as an outcome',
   "SC-NEEDS": '"Kayla is on a child in need plan." - a status, not a description of need',
   "SC-STATUTORY-LINK": '"Child in need plan (since March 2026)" - the CIN plan is recorded but nothing shows it informed the plan: no social worker contribution, CIN plan or joint working in D or H',
   "SC-PROVISION-SPECIFIC": '"Kayla is on a child in need plan." - H1 and H2 say only "None." with no sign that short breaks, the local offer or early help were considered',
   "SC-ADVICE": '"Traveller Education Service report" - K lists no social care advice at all (no social worker, no CIN plan)',
   "CA-STATUTORY-ADVICE": '"Requested from the community paediatrician on 20 July 2026; not received" - medical advice missing, and social care advice missing',
   "HC-NEEDS": '"Awaiting advice from the community paediatrician." - C does not describe the health needs',
   "HC-ADVICE": '"Requested from the community paediatrician on 20 July 2026; not received" - no health advice in K',
   },
   na=["PC-PFA", "HC-PROVISION-SPECIFIC", "HC-NEEDS-MET", "HC-DCO-SIGNOFF", "HC-ADVICE-PROVIDERS", "HC-OUTCOMES", "SC-RIGHT-SECTION"],
   why={
   "HC-NEEDS-MET": 'NA (arguable): "None at present. Section G will be updated when health advice is received." - no health need is recorded to meet and G has no provision; the gap is graded under HC-NEEDS and HC-ADVICE',
   "HC-DCO-SIGNOFF": 'NA (arguable): "None at present." - there is no health provision for health to agree',
   "HC-THERAPY-PLACEMENT": 'PASS: "planned by a speech and language therapist with experience of selective mutism" - therapy is in the E/F table',
   "PC-VOICE": 'PASS: "She gave her views to her teaching assistant, Mrs Rowse, on 8 September 2026 by pointing to picture cards and writing single words"',
   "CA-DATED": 'PASS: the "not received" medical request is missing advice, not an undated item',
   }),
 "ae106": dict(age=15, year_group="Year 10", needs=["HI (moderate to severe, hearing aids)", "tinnitus", "literacy gaps", "PfA"],
   voice="first person, written by Jory (attributed)",
   fail={}, na=["HC-THERAPY-PLACEMENT", "SC-STATUTORY-LINK", "SC-RIGHT-SECTION"],
   why={
   "PC-OUTCOME-NOT-PROVISION": 'PASS: "receive a positive report from his placement supervisor" and "Jory will gain the Level 1 Award in Marine Engineering Skills" are achievements (trap)',
   "PR-QUANTIFIED": 'PASS: "Exam access arrangements: 25% extra time and a separate quiet room" (arranged by the exams officer) and "Radio aid provided, set up and maintained by Carrow Sensory Support Service" need no group size (trap)',
   "PR-VAGUE-WORDING": 'PASS: "May 2027: the work experience coordinator will arrange the placement" - month, not the modal; "access to subtitles and printed notes" is in B and "would benefit from help" is in C, outside F (trap)',
   "HC-NEEDS": 'PASS: "Jory has no difficulty with his general physical health, but he has a moderate to severe permanent hearing loss" (trap)',
   "HC-DCO-SIGNOFF": 'PASS: "Health agreement: confirmed by Dr Elowen Hoskin, Designated Clinical Officer" with date',
   "HC-THERAPY-PLACEMENT": 'NA: no speech and language or occupational therapy; the "hearing therapist" tinnitus sessions are health provision in G',
   "PC-PFA": 'PASS: "Jory will complete his one-week Year 10 work experience placement" (employment), college course (E4), managing his own hearing care (E5), independent travel (E6)',
   }),
 "ae107": dict(age=17, year_group="Year 12 (further education college)", needs=["VI (retinitis pigmentosa)", "mobility", "PfA"],
   voice="first person (attributed), young person over compulsory school age",
   fail={
   "PR-QUANTIFIED": '"Mobility and orientation training in a small group for 10 weeks." - no frequency, session length, group size or provider expertise',
   "PR-VAGUE-WORDING": '"Opportunities to practise the bus route to college with support where possible." - also "Access to a CCTV in the library." and "Regular check-ins with ALS tutor to plan assignments."',
   "CA-ADVICE-AGE": '"14 March 2023" (QTVI) and "9 November 2022" (medical) - over 24 months old when the plan was issued on 20 October 2026',
   "HC-ADVICE": '"9 November 2022" - the only medical advice is nearly four years old',
   "LG-JARGON": '"My eyes are getting worse. I\'ve got RP." - RP, VI, QTVI, CCTV, ROVI, ALS, LVAs, GCSE and N18 are never explained',
   "PC-ASPIRATIONS": '"I like the practical sessions in the animal unit best." - Section A records likes, difficulties and worries, but neither Lowenna nor her mum states any aspiration for the future',
   "PC-ASPIRATION-LINK": '"She is worried about Lowenna travelling on the bus in the dark in winter" - with no aspirations in A, the outcomes cannot be shown to build on them',
   },
   na=["HC-THERAPY-PLACEMENT", "SC-STATUTORY-LINK", "SC-RIGHT-SECTION"],
   why={
   "CA-STATUTORY-ADVICE": 'PASS (arguable): "Educational advice from a qualified teacher of the visually impaired" is present, with medical, EP, social care, PfA and her own views; their age is graded under CA-ADVICE-AGE',
   "HC-ADVICE-PROVIDERS": 'PASS: "Mr James Kitto, Consultant Ophthalmologist, Peninsula Eye Unit" - the service that provides in G gave advice in K (out of date, graded under HC-ADVICE)',
   "PC-PFA": 'PASS: "Lowenna will travel on her own by bus from Tregonna to Lyhe Valley College" (E1), college site routes (E3), completing her course (E2), cooking (E4)',
   }),
 "ae108": dict(age=10, year_group="Year 5 (at issue, July 2025)", needs=["developmental language disorder", "speech sound disorder", "looked after child"],
   voice="child's words recorded by SaLT (attributed); foster carers",
   fail={
   "CA-ANNUAL-REVIEW": '"14 July 2025 (first EHC plan)" - no annual review since; more than 12 months before the audit date',
   "PC-STRENGTHS": '"Mrs Curnow says Noah struggles to follow what is said to him at home and at school" - A and B describe only difficulties; no strengths or interests are described anywhere',
   "LG-SPELLING": '"recieve" - also "ocassionally", "acheive", "seperate" and "definately"',
   "SC-NEEDS": '"Noah\'s social care needs are met through his foster placement." - no description of a looked after child\'s social care needs',
   "SC-STATUTORY-LINK": '"Looked after child (accommodated under section 20 of the Children Act 1989)" - no social worker contribution, care plan or personal education plan in D, H or K',
   "SC-PROVISION-SPECIFIC": '"Noah\'s social care needs are met through his foster placement." - H1 and H2 "None." with nothing considered',
   "SC-ADVICE": '"Mrs Curnow, foster carer" - the only social care voice in K is the carers\' views; no social worker advice',
   "CA-STATUTORY-ADVICE": '"Mrs Curnow, foster carer" - K has no social care advice, which regulation 6 requires',
   },
   na=["PC-PFA", "HC-PROVISION-SPECIFIC", "HC-NEEDS-MET", "HC-DCO-SIGNOFF", "HC-THERAPY-PLACEMENT", "HC-ADVICE-PROVIDERS", "HC-OUTCOMES", "SC-RIGHT-SECTION"],
   why={
   "HC-NEEDS": 'PASS: "Noah has no health needs other than his speech and language needs" with the basis (looked after child health assessment)',
   "HC-THERAPY-PLACEMENT": 'NA by the rule: "Noah has no health needs other than his speech and language needs" and G has no provision; speech and language therapy is correctly in F anyway',
   "CA-ADVICE-AGE": 'PASS (arguable): the oldest item, "20 March 2025", is within 12 months of issue (14 July 2025); the plan\'s age is graded under CA-ANNUAL-REVIEW',
   "PC-ASPIRATION-LINK": 'PASS: "he wants to be a footballer" and the move to Carn Dhu Academy with Mason are built on in E4 and E5',
   }),
 "ae109": dict(age=4, year_group="Reception", needs=["deafblindness / MSI (CHARGE syndrome)", "gastrostomy feeding", "mobility"],
   voice="invented first person (not Isla's); parents",
   fail={
   "PC-VOICE": '"Hello, my name is Isla and I am 4. I love coming to school and playing with my friends in the home corner." - a first-person account that cannot be Isla\'s ("She has no spoken words."), with no attribution or method',
   "LG-READABILITY": '"Isla presents with CHARGE syndrome, confirmed on genetic testing in infancy." - clinical report language in A; E is clinical too ("will demonstrate functional use of objects of reference (OoR)", "response latency under 10 seconds")',
   "HC-PROVISION-SPECIFIC": '"Ophthalmology follow-up as required." - also "Audiology will continue to monitor Isla\'s hearing and hearing aids." and "Physiotherapy will be provided by the children\'s physiotherapy team." with no who, how often or how long',
   "HC-NEEDS-MET": '"She has a gastrostomy and is given a prescribed milk feed through it at home and at school at 12 noon, using a pump." - nothing in G for gastrostomy care, staff training, feeds or reflux medicine',
   },
   na=["PC-PFA", "SC-STATUTORY-LINK"],
   why={
   "LG-JARGON": 'PASS (arguable): the technical terms are explained in the "Words used in this plan" glossary and acronyms are spelled out; the clinical register is graded under LG-READABILITY',
   "HC-OUTCOMES": 'PASS: "Isla will tolerate 5 teaspoons of puréed food orally at lunchtime" (eating), mobility (E3) and communication with sensory loss (E1) are outcomes',
   "HC-THERAPY-PLACEMENT": 'PASS: "Speech and language therapy: oral desensitisation and tasting programme" and the occupational therapy programme are in F',
   "SC-RIGHT-SECTION": 'PASS: short breaks "provided under section 2 of the Chronically Sick and Disabled Persons Act 1970" are in H1',
   }),
 "ae110": dict(age=12, year_group="Year 7", needs=["selective mutism (anxiety)", "young carer", "child in need plan"],
   voice="first person, written by Morwenna (attributed)",
   fail={}, na=["PC-PFA"],
   why={
   "PC-VOICE": 'PASS: "She wrote her views at home with her mum over two evenings in September 2026" - how the views were gathered from a child who does not speak at school',
   "PC-OUTCOME-NOT-PROVISION": 'PASS: "Morwenna will receive praise from a teacher in class and stay in the lesson" (praise taken calmly) and "gain the award" are achievements (trap)',
   "PR-VAGUE-WORDING": 'PASS: "spend up to 10 minutes in the library" (A) and "She needs access to a mini whiteboard" (B) are outside F; "Small speaking group to practise" contains the letters of "up to" but not the phrase (trap)',
   "PR-QUANTIFIED": 'PASS: "Alternative arrangements for oral assessments" and the time-out card are arrangements (what and who), not group interventions (trap)',
   "HC-NEEDS": 'PASS: "Morwenna has no difficulty with her physical health, but she has significant anxiety" - covered by CAMHS in G (trap)',
   "HC-DCO-SIGNOFF": 'PASS: "Section G was reviewed and supported by Dr Elowen Hoskin, Designated Clinical Officer" with date',
   "SC-STATUTORY-LINK": 'PASS: "Her social worker, Ms Kate Nankivell, contributed social care advice to this review and attended the annual review meeting." and H2 links to the child in need plan',
   "SC-RIGHT-SECTION": 'PASS: "Young carers group: Carrow Young Carers Service will offer Morwenna a place" is in H2',
   }),
 "ae111": dict(age=20, year_group="Post-19, further education (Supported Studies)", needs=["HI (cochlear implant)", "moderate learning disability", "PfA"],
   voice="first person (attributed), young adult",
   fail={
   "LG-GRAMMAR": '"Ashley have a cochlear implant in his right ear" - also "He and his mum was worried", "did a annual health check", "the the college" and "there support"',
   "SC-RIGHT-SECTION": '"Personal assistant from Carrow Adult Social Care to support Ashley to go swimming, use the gym and go shopping in Lyhe" - Care Act social care provision placed in F; H2 only says "Please see Section F"',
   "HC-THERAPY-PLACEMENT": '"Speech and language therapy from the Carrow Adult Speech and Language Therapy Service: 8 sessions of 45 minutes" - therapy that teaches Ashley is placed in G, not F',
   "CA-DATED": '"Cochlear implant clinic letter" - no author and no date; the "Speech and language therapy report" has no date',
   },
   na=["SC-STATUTORY-LINK"],
   why={
   "SC-PROVISION-SPECIFIC": 'PASS (arguable): the social care provision is specific ("6 hours every Saturday", 1:1); its placement is graded under SC-RIGHT-SECTION',
   "HC-ADVICE-PROVIDERS": 'PASS (arguable): "Cochlear implant clinic letter" and the adult speech and language therapy report are in K, though undated/unattributed (graded under CA-DATED)',
   "PC-OUTCOME-NOT-PROVISION": 'PASS: "receive a positive report from his supervisor" is an achievement',
   "PR-VAGUE-WORDING": 'PASS: "costing up to £10" is in E, not F',
   "LG-SPELLING": 'PASS: "can\'t hear nothing" is Ashley\'s own speech, quoted',
   }),
 "ae112": dict(age=23, year_group="Post-19, supported internship", needs=["deafblindness (Usher syndrome type 1)", "BSL user", "PfA", "Care Act support"],
   voice="first person via BSL and intervenor (attributed), young adult",
   fail={}, na=["SC-STATUTORY-LINK"],
   why={
   "PC-OUTCOME-NOT-PROVISION": 'PASS: "Demelza will access the community independently" and "receive a positive final report" and "gain her Level 2 Functional Skills maths qualification" are achievements (trap)',
   "PR-QUANTIFIED": 'PASS: "Exam access arrangements: 25% extra time, a BSL interpreter for instructions" and "Tablet with screen magnification and a large-print keyboard, set up and maintained by the college assistive technology officer" need no group size (trap)',
   "HC-NEEDS": 'PASS: "Demelza has no difficulty with her general physical health, but she has Usher syndrome type 1" (trap)',
   "HC-DCO-SIGNOFF": 'PASS: "reviewed and agreed by Dr Elowen Hoskin, Designated Clinical Officer" with date',
   "SC-RIGHT-SECTION": 'PASS (trap): "Communicator-guide support: a deafblind communicator-guide for 6 hours a week" and the Care Act rehabilitation officer are in H2; the educational route practice is in F',
   "HC-THERAPY-PLACEMENT": 'PASS: "Occupational therapy assessment of Demelza\'s kitchen skills" is in F',
   "CA-STATUTORY-ADVICE": 'PASS: "Educational advice from a qualified teacher of children and young people with multi-sensory impairment" plus her own views, medical, EP, social care and PfA advice',
   }),
}


def build_labels():
    import yaml
    plans = []
    for pid in sorted(KEY):
        k = KEY[pid]
        labels = {}
        for c in CRITERIA:
            if c in k["fail"]:
                labels[c] = "fail"
            elif c in k["na"]:
                labels[c] = "na"
            else:
                labels[c] = "pass"
        why = dict(k["fail"])
        for c, w in k["why"].items():
            why.setdefault(c, w)
        why = {c: why[c] for c in CRITERIA if c in why}
        plans.append(dict(file=pid + ".docx", layout=META[pid]["layout"], age=k["age"],
                          year_group=k["year_group"], needs=k["needs"], voice=k["voice"],
                          labels=labels, why=why))
    data = {"audit_date": "2026-12-07", "plans": plans}
    with open(os.path.join(OUT, "labels.yaml"), "w") as f:
        yaml.safe_dump(data, f, sort_keys=False, allow_unicode=True, width=10000)


def main():
    for pid in sorted(PLANS):
        render(pid)
    build_labels()
    print("generated", len(PLANS), "plans and labels.yaml")


if __name__ == "__main__":
    main()
