#!/usr/bin/env python3
"""Set G2 generator: 12 fictional EHC plans for a fictional northern unitary authority
("Calderside Council"), written in the child's voice where possible.
Layouts: heading2-numbered, letter-column, shaded-heading-table (4 plans each).
Run with /work/blind/.venv-G2/bin/python generate.py  -> writes plans/g201.docx ... g212.docx
"""
import os
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

HERE = os.path.dirname(os.path.abspath(__file__))
OUTDIR = os.path.join(HERE, "plans")
COUNCIL = "Calderside Council - Special Educational Needs and Disabilities (SEND) Assessment and Review Team"

# ---------------------------------------------------------------- block helpers
def P(t): return ("p", t)
def H(t): return ("h", t)
def B(*items): return ("b", list(items))
def N(*items): return ("n", list(items))
def T(header, rows): return ("t", header, rows)
def L(label, text): return ("lb", label, text)      # bold lead-in then text

# ---------------------------------------------------------------- docx helpers
def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)

def base_doc():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    return d

def first_par(container):
    """Return an empty paragraph to write into: a fresh cell's first paragraph, else a new one."""
    if hasattr(container, "_tc") and len(container.paragraphs) == 1 and not container.paragraphs[0].text:
        return container.paragraphs[0]
    return container.add_paragraph()

def add_table(container, header, rows, style="Table Grid", head_fill="D9D9D9"):
    t = container.add_table(rows=1, cols=len(header))
    try:
        t.style = style
    except Exception:
        pass
    for i, h in enumerate(header):
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

def write_blocks(container, blocks, sub_prefix=None, heading_style=None, in_cell=False):
    """Write blocks into a Document or a table cell."""
    n = 0
    for bl in blocks:
        kind = bl[0]
        if kind == "p":
            first_par(container).add_run(bl[1])
        elif kind == "lb":
            p = first_par(container)
            p.add_run(bl[1] + " ").bold = True
            p.add_run(bl[2])
        elif kind == "h":
            n += 1
            text = f"{sub_prefix}{n} {bl[1]}" if sub_prefix else bl[1]
            if heading_style and not in_cell:
                container.add_heading(text, level=heading_style)
            else:
                p = first_par(container)
                r = p.add_run(text)
                r.bold = True
        elif kind in ("b", "n"):
            style = "List Bullet" if kind == "b" else "List Number"
            for it in bl[1]:
                p = first_par(container)
                p.style = container.part.document.styles[style] if in_cell else style
                p.add_run(it)
        elif kind == "t":
            if in_cell:
                add_table(container, bl[1], bl[2])
                container.add_paragraph()
            else:
                add_table(container, bl[1], bl[2])
                container.add_paragraph()

def front_table(doc, front, fill=None):
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in front:
        cells = t.add_row().cells
        cells[0].text = ""
        cells[0].paragraphs[0].add_run(k).bold = True
        if fill:
            shade(cells[0], fill)
        cells[1].text = v
    doc.add_paragraph()

# ---------------------------------------------------------------- layouts
def render_heading2(plan, path):
    d = base_doc()
    d.add_heading("Education, Health and Care Plan", level=1)
    d.add_paragraph(COUNCIL)
    front_table(d, plan["front"])
    for letter, title, blocks in plan["sections"]:
        d.add_heading(f"Section {letter}: {title}", level=2)
        write_blocks(d, blocks, sub_prefix=letter, heading_style=3)
    d.save(path)

def render_letter_column(plan, path):
    d = base_doc()
    p = d.add_paragraph()
    r = p.add_run("EDUCATION, HEALTH AND CARE PLAN")
    r.bold = True; r.font.size = Pt(16)
    d.add_paragraph(COUNCIL)
    front_table(d, plan["front"], fill="F2F2F2")
    for letter, title, blocks in plan["sections"]:
        # group blocks into rows: a heading starts a new row; tables get their own row
        rows = [[("title", title)]]
        for bl in blocks:
            if bl[0] in ("h", "t") or len(rows) == 1:
                rows.append([bl])
            else:
                rows[-1].append(bl)
        t = d.add_table(rows=len(rows), cols=2)
        t.style = "Table Grid"
        left = t.cell(0, 0)
        if len(rows) > 1:
            left = left.merge(t.cell(len(rows) - 1, 0))
        left.text = ""
        lr = left.paragraphs[0].add_run(letter)
        lr.bold = True; lr.font.size = Pt(20)
        shade(left, "E7E6E6")
        for i, row in enumerate(rows):
            cell = t.cell(i, 1)
            if row[0][0] == "title":
                cell.text = ""
                cell.paragraphs[0].add_run(row[0][1]).bold = True
                shade(cell, "F2F2F2")
                continue
            write_blocks(cell, row, in_cell=True)
        for row in t.rows:
            row.cells[0].width = Cm(1.6)
            row.cells[1].width = Cm(15.4)
        d.add_paragraph()
    d.save(path)

def render_shaded(plan, path):
    d = base_doc()
    t = d.add_table(rows=1, cols=1)
    c = t.cell(0, 0)
    c.text = ""
    r = c.paragraphs[0].add_run("Education, Health and Care Plan")
    r.bold = True; r.font.size = Pt(18); r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    shade(c, "1F4E79")
    d.add_paragraph(COUNCIL)
    front_table(d, plan["front"])
    for letter, title, blocks in plan["sections"]:
        t = d.add_table(rows=1, cols=1)
        t.style = "Table Grid"
        c = t.cell(0, 0)
        c.text = ""
        rr = c.paragraphs[0].add_run(f"Section {letter} - {title}")
        rr.bold = True; rr.font.size = Pt(13)
        shade(c, "BDD7EE")
        d.add_paragraph()
        write_blocks(d, blocks, heading_style=None)
    d.save(path)

RENDER = {"heading2-numbered": render_heading2,
          "letter-column": render_letter_column,
          "shaded-heading-table": render_shaded}

PLANS = []

TITLES = {
    "A": "All about me (my views, interests and aspirations)",
    "B": "Things I am good at and things I find hard (special educational needs)",
    "C": "My health needs",
    "D": "My social care needs",
    "E": "What I will achieve (outcomes)",
    "F": "Help with my learning (special educational provision)",
    "G": "Help with my health (health provision)",
    "H1": "Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970",
    "H2": "Other social care provision",
    "I": "My school, college or setting (placement)",
    "J": "Personal budget",
    "K": "Advice and information gathered for this plan",
}
ORDER = ["A", "B", "C", "D", "E", "F", "G", "H1", "H2", "I", "J", "K"]

def plan(file, layout, front, secs, titles=None):
    t = dict(TITLES); t.update(titles or {})
    PLANS.append({"file": file, "layout": layout, "front": front,
                  "sections": [(k, t[k], secs[k]) for k in ORDER]})

KH = ["Advice or information", "Given by", "Date"]

# =====================================================================  g201
plan("g201.docx", "heading2-numbered",
 [("Name", "Rosie"), ("Date of birth", "February 2023"), ("Age", "3 years 7 months"),
  ("Date of plan", "18 September 2026 (final plan, first issue)"),
  ("School year", "Nursery (FS1) - Early Years Foundation Stage"),
  ("Setting", "Little Acorns Day Nursery"),
  ("Review due", "March 2027 (six-monthly review for children under five)"),
  ("Caseworker", "Gemma Holt, SEND Caseworker")],
 {"A": [
   H("What Rosie tells us through play"),
   P("Rosie is three. She does not yet use many spoken words, so her key person at nursery, Jo, "
     "gathered her views over three sessions in July 2026, watching what Rosie chose and pushed away and "
     "offering choices with photographs, objects and Makaton (a simple signing system used alongside speech)."),
   B("Rosie goes straight to the water tray when she arrives and will pour and splash for up to ten minutes.",
     "She chooses the farm animals and Duplo over other toys, and signs 'more' when Jo stops singing 'Old MacDonald'.",
     "She covers her ears and crawls away from the hand dryer and from the busy hall at lunchtime.",
     "She hands her cup to an adult and signs 'drink' or 'biscuit' at snack time.",
     ),
   H("What my family say"),
   P("Rosie's mum and dad say she is funny, loving and determined. She adores her big brother and copies "
     "everything he does. "
     "Her parents want nursery to help Rosie tell people what she wants, because she gets cross when she "
     "is not understood. They would like her to feed herself at mealtimes and to start using the toilet."),
   H("My dreams for the future"),
   P("Rosie's family hope she will go to the local primary school with her cousins, talk and sign with "
     "friends, and grow up to be as independent as she can be. For now, they want her to be happy at "
     "nursery, to join in with other children at snack and circle time, and to use more words and signs."),
  ],
  "B": [
   H("Things I am good at"),
   B("Rosie is sociable: she waves to everyone at the door and likes to be near other children.",
     "She understands a lot of what is said when it is short and matched with a sign or picture, for example 'coat on' or 'shoes off'.",
     "She walks confidently, climbs the small slide and kicks a ball.",
     "She concentrates well on play she has chosen, such as posting shapes or pouring water."),
   H("Communication and interaction"),
   P("Rosie has Down syndrome. She uses about 25 Makaton signs and four clear words ('mama', 'dada', 'more' "
     "and 'no'). She understands single words and simple two-word phrases when they come with a sign or "
     "object. Her Speech and Language Therapist (SALT) assessed her in June 2026: her understanding of "
     "language is at around the 18-24 month level and her talking at around 12-18 months."),
   H("Cognition and learning"),
   P("Rosie is working within the 16-26 month range of the Early Years Foundation Stage (EYFS) in most "
     "areas. She needs new things shown to her many times, in small steps, to learn them."),
   H("Social, emotional and mental health"),
   P("Rosie finds changes of activity hard, for example coming in for lunch, and will sit down and refuse "
     "to move. She plays next to other children but does not yet take turns."),
   H("Sensory and physical"),
   P("Rosie has low muscle tone, which makes fine movements such as using a spoon, holding a crayon and "
     "pulling up her trousers difficult. She still wears nappies and does not yet show that she knows when "
     "she needs to go. She has a mild to moderate hearing loss caused by glue ear and has worn two hearing "
     "aids since January 2026; she sometimes pulls them out when she is tired."),
  ],
  "C": [
   P("Rosie has Down syndrome. Her health need that affects her learning is her hearing: she has glue ear in "
     "both ears, causing a mild to moderate hearing loss. She wears two hearing aids, looked after by Paediatric "
     "Audiology. Without them she misses much of what is said to her."),
   P("Like all children with Down syndrome, Rosie has a yearly health check (thyroid, eyesight and growth) with "
     "her Community Paediatrician; the last check, in June 2026, found no other health needs."),
   P("Rosie had a heart operation as a baby. The Paediatric Cardiology team discharged her in April 2025 "
     "and she has no current heart needs. She has no other health needs at present."),
  ],
  "D": [
   P("None identified at this time. A Children with Disabilities social worker visited Rosie's family on "
     "2 July 2026. The family is well supported by Rosie's grandparents and does not want short breaks at "
     "the moment; they know how to ask for a short breaks assessment if things change."),
  ],
  "E": [
   N("By July 2027, I will use at least 50 signs or words to ask for things, make choices and say hello. "
     "You will know because my key person will keep a log of the signs and words I use and share it each half-term.",
     "By July 2027, I will take turns with one other child in a simple game, such as rolling a ball, for five "
     "turns with an adult nearby. You will know because staff will watch and record this on 3 days out of 5 in a week.",
     "By March 2027, I will keep my hearing aids in for the whole nursery session on 4 days out of 5. You will "
     "know because staff will fill in my daily hearing aid chart.",
     "By July 2027, I will feed myself my lunch with a spoon, with help only to fill the spoon, on 4 days out "
     "of 5. You will know because my key person will record it on my lunchtime chart.",
     "By July 2027, I will sit on the toilet at changing times and use it at least once a day on 3 days out "
     "of 5. You will know because nursery and home will use the same toileting chart.",
     "By July 2027, I will move from one activity to the next (for example from outdoor play to lunch) when "
     "shown my 'now and next' board, without sitting down and refusing, on 4 changes out of 5 recorded in a week."),
  ],
  "F": [
   H("Communication and interaction"),
   B("A language session using Makaton, objects and photographs, following the programme written by the SALT "
     "and delivered by Rosie's key person, who holds Makaton Level 2 training (daily, 15 minutes, 1:1).",
     "The SALT from the Children's Speech and Language Therapy Service will see Rosie at nursery, update her "
     "programme and show staff how to use it (once per half term, 1 hour each visit).",
     "A small-group attention and turn-taking session using a bucket of exciting objects, led by the nursery's "
     "Special Educational Needs Coordinator (SENCo) (4 sessions of 20 minutes across the week, in a group no larger than 4).",
     "Makaton Foundation training for the whole nursery staff team, delivered by the SALT (one evening session "
     "of 2 hours in Autumn 2 2026)."),
   H("Cognition and learning"),
   B("An Early Years Specialist Teacher from the Early Years SEND Inclusion Team will visit to model small-step "
     "teaching and set new play targets (fortnightly, 40 minutes).",
     "Structured play activities (matching, posting, inset puzzles) planned by the Specialist Teacher and "
     "taught by the key person (twice a day, 10 minutes each time, 1:1)."),
   H("Social, emotional and mental health"),
   B("A 'now and next' board with photographs, made and kept up to date by the key person, used at every change of activity.",
     "A named adult stays with Rosie at every unstructured time (arrival, outdoor play, lunch and home time), 1:1."),
   H("Sensory and physical"),
   B("Rosie's hearing aids are checked and put in on arrival by her key person, who has been trained by the "
     "Qualified Teacher of the Deaf (QToD). Spare batteries are kept at nursery, supplied by Paediatric Audiology.",
     "The QToD from the Sensory Support Service will visit to check Rosie's listening and advise staff (once per half term, 1 hour).",
     "A fine and gross motor programme written by the Paediatric Physiotherapist and the Paediatric "
     "Occupational Therapist (OT), delivered by the key person (3 sessions of 15 minutes per week, 1:1), reviewed "
     "by the Paediatric OT at nursery each term (1 hour visit).",
     "An angled spoon, a scoop bowl and a supportive chair for lunch, provided by the Paediatric OT and kept "
     "clean and in good repair by nursery staff.",
     "A toileting routine every 1.5 hours, following the toileting plan agreed with Rosie's parents, with her key person (1:1)."),
   H("Staffing"),
   P("Rosie will have 1:1 support from a trained early years practitioner for all 15 of her funded hours."),
  ],
  "G": [
   B("Paediatric Audiology, Northvale NHS Foundation Trust: hearing test and hearing aid check every 6 months "
     "at the hospital clinic; new ear moulds when her ears grow (usually every 3 to 4 months); batteries "
     "supplied to home and nursery.",
     "Community Paediatrician (Dr Okafor), Children's Community Health Services: a yearly Down syndrome health "
     "review including a thyroid blood test and growth check, with referral for an eye test. Next review: January 2027."),
   P("Health provision agreed by Sarah Whitfield, Designated Clinical Officer (DCO), 11 September 2026."),
  ],
  "H1": [P("None identified at this time. Short breaks were discussed with the family (see Section D) and are not wanted at present.")],
  "H2": [P("None identified at this time. The family uses the universal stay-and-play sessions at their Family Hub.")],
  "I": [P("Little Acorns Day Nursery, a private early years setting, 15 hours per week. A Reception class "
          "placement for September 2027 will be considered at the review in spring 2027.")],
  "J": [P("No personal budget has been requested.")],
  "K": [T(KH, [
     ["Parent views and advice", "Rosie's mum and dad", "2026-06-20"],
     ["Educational advice", "Early Years SENCo, Little Acorns Day Nursery", "2026-06-24"],
     ["Rosie's views (gathered through play)", "Jo, key person, Little Acorns Day Nursery", "2026-07-14"],
     ["Psychological advice", "Dr Leanne Marsh, Educational Psychologist (EP)", "2026-07-01"],
     ["Medical advice", "Dr T. Okafor, Community Paediatrician", "2026-06-12"],
     ["Audiology report", "Paediatric Audiology, Northvale NHS Foundation Trust", "2026-05-29"],
     ["Advice from a Qualified Teacher of the Deaf", "Helen Shaw, QToD, Sensory Support Service", "2026-06-30"],
     ["Speech and language therapy advice", "Children's Speech and Language Therapy Service", "2026-06-16"],
     ["Physiotherapy and occupational therapy advice", "Children's Therapy Team (Paediatric Physiotherapist and Paediatric OT)", "2026-06-18"],
     ["Social care advice", "Mark Ellis, Children with Disabilities social worker", "2026-07-02"],
   ])],
 })

# =====================================================================  g202
plan("g202.docx", "letter-column",
 [("Name", "Kai"), ("Age", "8 years"), ("School year", "Year 4"),
  ("Date of plan", "14/5/26 (amended following annual review)"),
  ("Date of last annual review", "2026-04-28"),
  ("Review due", "April 2027"),
  ("Education phase", "Primary (Key Stage 2)"),
  ("School", "St Aidan's CE Primary School")],
 {"A": [
   H("All about me"),
   P("I wrote this with Mrs Clarke, my learning mentor. We talked twice and I drew pictures of the things I like."),
   B("I like Minecraft, football and building with Lego. I made a Lego stadium at home that has floodlights.",
     "My dog is called Bruno. I take him to the park with my mum.",
     "I am good at maths and times tables. I know my 8 times table.",
     "I don't like it when people shout at me, or when it is really noisy in the hall.",
     "When I get angry my body goes hot and I want to run out.",
     "I like it when Mr Dean lets me be the goalie at lunchtime."),
   H("My dreams for the future"),
   P("I want to be a footballer or a vet. I want to go to big school with Tyler and Reece."),
   H("What my family say"),
   P("Kai lives with his mum and his little sister, who is three. Mum says Kai is kind and loving, really "
     "good with animals and very good with numbers. She worries that he will be excluded because of what "
     "happens when he is angry, and she wants him to stay at St Aidan's, make friends and move up to "
     "secondary school with his friends."),
  ],
  "B": [
   H("Things I am good at"),
   P("Kai is working at the expected standard in maths and is quick at mental arithmetic. He is a kind boy "
     "who looks after younger children in the playground, and he is a strong footballer."),
   H("Social, emotional and mental health"),
   P("Kai was diagnosed with Attention Deficit Hyperactivity Disorder (ADHD) in January 2025. He finds it hard "
     "to stay calm when he is frustrated and leaves the classroom three or four times a day. In the spring "
     "term 2026 there were 14 recorded incidents of Kai hitting out or throwing equipment, mostly at lunchtime. "
     "He can settle when an adult he trusts talks to him quietly."),
   H("Cognition and learning"),
   P("Kai can focus on a task for about five minutes before he needs a change. His reading age is 6 years 9 "
     "months (May 2026); he has good phonic knowledge but loses his place and gives up on longer texts. His "
     "writing is short and he avoids it."),
   H("Communication and interaction"),
   P("Kai talks well and is understood by everyone. He sometimes misreads other children's intentions and "
     "thinks they are laughing at him."),
  ],
  "C": [
   P("Kai has ADHD, diagnosed by the Community Paediatrician. He takes methylphenidate (a medicine for ADHD) "
     "every morning at home. His medication "
     "is reviewed every six months. Mum reports that Kai finds it hard to get to sleep and is often awake "
     "after 10pm, which makes mornings difficult."),
  ],
  "D": [
   P("Kai has been subject to a child protection plan since February 2026. Mum is working with the "
     "Children's Social Care team. No additional social care needs have been identified in relation to "
     "Kai's special educational needs."),
  ],
  "E": [
   N("By July 2027, I will use my calm-down plan (tell an adult, go to the blue tent, do my breathing) "
     "instead of running out of class, so that I leave class no more than once a day. You will know because "
     "Mrs Clarke will keep a log and check it each week.",
     "By July 2027, I will have no more than 2 incidents of hitting or throwing each half-term. You will know "
     "because school will record incidents on the school system.",
     "By July 2027, I will read a short chapter book to an adult for 10 minutes and my reading age will be at "
     "least 8 years. You will know because school will test my reading in December, April and July.",
     "By Easter 2027, I will join in a team game at lunchtime for the whole of lunch on 4 days out of 5. "
     "You will know because the lunchtime leader will record it.",
     "By Easter 2027, I will follow my bedtime chart with mum and be asleep by 9pm on at least 4 school "
     "nights a week. You will know because mum and the school nurse will check my sleep diary.",
     "By July 2027, I will write half a page about something I am interested in, like football or animals. "
     "You will know because my teacher will keep examples in my writing book."),
  ],
  "F": [
   H("Social, emotional and mental health"),
   B("Kai will have opportunities to take movement breaks as appropriate.",
     "Regular check-ins with a trusted adult throughout the day.",
     "Access to a quiet space where possible when he becomes dysregulated.",
     "Kai's calm-down plan, written with the Educational Psychologist (EP), will be shared with all staff "
     "and reviewed by the SENCo (Special Educational Needs Coordinator) each half-term.",
     "A lunchtime football group run by a trained teaching assistant (TA) (Monday to Thursday, 30 minutes, "
     "group no larger than 6).",
     "Comic strip conversations with Mrs Clarke, learning mentor, to help Kai work out what other children "
     "meant after a fall-out (weekly, 20 minutes, 1:1)."),
   H("Cognition and learning"),
   B("A structured reading programme delivered by a trained TA (daily, 20 minutes, 1:1).",
     "Tasks broken into short chunks with a visual checklist on his desk, made by the class teacher.",
     "A writing frame and a timer for all extended writing tasks (class teacher)."),
   H("Advice to staff"),
   B("The Educational Psychologist will meet the class teacher and SENCo (termly consultation, 1.5 hrs)."),
  ],
  "G": [
   B("Community Paediatrician, Children's Community Health Services: ADHD medication review every six months, "
     "including height, weight and blood pressure. Next review: October 2026.",
     "0-19 Public Health Nursing (school nursing team): a sleep programme with Kai and his mum (4 sessions "
     "of 30 minutes across the autumn term 2026, at home or in school)."),
   P("Section G checked and agreed on behalf of the Integrated Care Board (ICB) by Helen Price, Designated "
     "Clinical Officer (DCO), 2026-05-11."),
  ],
  "H1": [P("None identified at this time.")],
  "H2": [P("None identified at this time.")],
  "I": [P("St Aidan's CE Primary School (mainstream primary).")],
  "J": [P("No personal budget has been requested.")],
  "K": [T(KH, [
     ["Kai's views", "Kai, with Mrs Clarke, learning mentor", "2026-03-18"],
     ["Parent's views", "Kai's mum", "2026-03-20"],
     ["Educational advice", "SENCo, St Aidan's CE Primary School", "2026-03-25"],
     ["Psychological advice", "Dr Ruth Anders, Educational Psychologist (EP)", "2026-03-10"],
     ["Behaviour support advice", "Specialist teacher, Inclusion Support Service", "2026-02-26"],
     ["Annual review report", "SENCo, St Aidan's CE Primary School", "2026-04-28"],
   ])],
 })

# =====================================================================  g203
plan("g203.docx", "shaded-heading-table",
 [("Name", "Noah"), ("Age", "14"), ("School year", "Year 9 (Key Stage 3)"),
  ("Date of plan", "2026-10-06 (amended after annual review)"),
  ("Date of last annual review", "2026-07-09"),
  ("Review due", "July 2027 (Year 10 review to include preparing for adulthood)"),
  ("School", "Harrowgate Academy (mainstream secondary)")],
 {"A": [
   L("How this was written:", "I wrote most of this myself on the laptop with my form tutor, Mr Iqbal, in May 2026. "
     "My mum and dad added their part at home."),
   H("About me"),
   P("I am Noah and I am 14. I am autistic. I know a lot about trains and railway timetables and I can tell you "
     "the stopping pattern of every train between here and Leeds. I am building a redstone railway in Minecraft. "
     "My best subjects are Maths and Geography because they have right answers and maps."),
   P("I don't like the corridors between lessons because people push and it is very loud. I don't like group "
     "work when nobody says who is doing what. The canteen is too noisy so I usually don't eat lunch. I like "
     "it when teachers tell me about changes before they happen."),
   H("My dreams for the future"),
   P("I want to work on the railways, maybe for Network Rail as a signalling technician or as a train driver. "
     "After Year 11 I want to go to college to do engineering. When I am older I want to live in my own flat "
     "near a station."),
   H("What my family say"),
   P("Mum and Dad say Noah is honest, funny once you know him, and very determined. They are proud of how hard "
     "he works. They want him to get the GCSEs he needs for an engineering course, to travel on his own, and "
     "to have at least one good friend he sees outside school. They worry about his anxiety at busy times and "
     "that he skips lunch."),
  ],
  "B": [
   H("Things I am good at"),
   B("Noah is working at or above the expected standard in Maths, Science and Geography.",
     "He has an excellent memory for facts and follows written instructions very accurately.",
     "He is reliable and punctual and has 98% attendance."),
   H("Communication and interaction"),
   P("Noah is autistic (diagnosed in 2019). He takes language literally and can miss the point of jokes or "
     "sarcasm. In group work he finds it hard to know when to speak and may take over or stop joining in. "
     "He prefers to talk about his interests and finds small talk tiring."),
   H("Cognition and learning"),
   P("Noah's handwriting is slow and tiring: he writes about 9 words a minute, well below his peers. This "
     "means his written answers are much shorter than his spoken understanding."),
   H("Social, emotional and mental health"),
   P("Noah becomes anxious with unexpected change and in crowds. When anxious he goes quiet, covers his ears "
     "and may walk out of a room. He rates his anxiety at 8 out of 10 most lunchtimes."),
   H("Sensory"),
   P("Noah is very sensitive to noise, particularly the canteen, the corridors and the sports hall."),
  ],
  "C": [
   P("I do not have any health needs linked to my special educational needs. The 0-19 Public Health Nursing "
     "team (school nurse) reviewed my health in May 2026 and my GP confirmed I am fit and well. I am not on "
     "any medication."),
  ],
  "D": [
   P("None identified at this time. A Children with Disabilities social worker completed a social care "
     "screening with Noah and his parents on 20 May 2026. The family did not want short breaks and early "
     "help was not needed; Noah goes to a youth club on Tuesdays. The family knows how to ask for a "
     "reassessment if things change."),
  ],
  "E": [
   P("These outcomes are written for the end of Year 9 and Year 10 and follow Noah's plans to work on the railways."),
   N("Employment: By July 2027, I will complete one week of work experience in a railway or engineering "
     "workplace and receive a positive report from my placement supervisor. You will know because the "
     "careers adviser will share the report at my Year 10 review.",
     "Education: By July 2027, I will be awarded the Bronze Duke of Edinburgh's Award. You will know because I "
     "will get my certificate.",
     "Education: By July 2027, I will type answers of at least one side of A4 in timed Geography assessments. "
     "You will know because my Geography teacher will check my assessments each term.",
     "Independent living: By July 2027, I will travel from home to school on the 36 bus on my own, 5 days out of 5 "
     "for 4 weeks in a row. You will know because my parents and Mr Iqbal will keep a travel log.",
     "Friends and community: By July 2027, I will go to Code Club after school with a friend at least 3 times "
     "each half-term. You will know because the club leader will keep a register.",
     "Good health: By July 2027, I will use my three calming strategies at busy times and my anxiety rating at "
     "lunchtime will be 4 out of 10 or lower on most days. You will know because I will fill in my anxiety scale "
     "with my key worker each week and I will eat lunch on at least 4 days a week."),
  ],
  "F": [
   H("Communication and interaction"),
   B("Lego-based therapy social communication group (weekly, 45 mins, small-group (max 5), led by a Higher "
     "Level Teaching Assistant (HLTA) trained in Lego-based therapy).",
     "Speech and Language Therapist (SALT): a block of 6 sessions of 40 minutes in the autumn term, 1:1, on "
     "understanding non-literal language, followed by a written programme delivered by the HLTA "
     "(fortnightly, 40 minutes, 1:1).",
     "Specialist Advisory Teacher for Autism, Inclusion Support Service: termly consultation (1.5 hrs) with the "
     "SENCo (Special Educational Needs Coordinator) and Noah's subject teachers to review his profile and strategies."),
   H("Cognition and learning"),
   B("A school laptop for all extended writing, with touch-typing software, set up and maintained by the "
     "school's IT technician.",
     "Touch-typing practice with a teaching assistant (TA) (3 sessions of 20 minutes per week, 1:1, until Noah "
     "types 30 words a minute).",
     "Extra time (25%) and a separate small room for all internal exams and mock exams, organised by the Exams "
     "Officer with the SENCo."),
   H("Social, emotional and mental health"),
   B("Check-in with his key worker (learning mentor) at the start of every school day (daily, 10 minutes, 1:1).",
     "Anxiety management sessions with the learning mentor using a 1-10 scale and three calming strategies "
     "(weekly, 30 minutes, 1:1, for the autumn and spring terms).",
     "At every unstructured time (break and lunch), Noah can go to the Hub, a quiet room staffed by a TA, and "
     "eat his lunch there.",
     "Written notice of any change to his timetable or staff, given by his form tutor on the day before the change."),
   H("Sensory"),
   B("Ear defenders, provided by school, kept in Noah's bag.",
     "A pass to leave lessons 3 minutes early to avoid crowded corridors, issued and reviewed each term by the Head of Year."),
   H("Preparing for adulthood"),
   B("Careers guidance interviews with the school's careers adviser, who holds a Level 6 careers qualification "
     "(termly, 45 minutes, 1:1), including arranging his work experience week.",
     "Independent travel training from the Council's travel training team (8 sessions of 1 hour across the "
     "spring term 2027, 1:1)."),
  ],
  "G": [P("None identified at this time. There are no health needs (see Section C).")],
  "H1": [P("None identified at this time. Short breaks were considered (see Section D).")],
  "H2": [P("None identified at this time. Early help was considered and is not needed.")],
  "I": [P("Harrowgate Academy, mainstream secondary school (11-16).")],
  "J": [P("No personal budget has been requested.")],
  "K": [T(KH, [
     ["Noah's views", "Noah, with Mr Iqbal, form tutor", "2026-05-12"],
     ["Parents' views", "Noah's mum and dad", "2026-05-14"],
     ["Educational advice", "SENCo, Harrowgate Academy", "2026-06-20"],
     ["Psychological advice", "Dr Ben Firth, Educational Psychologist (EP)", "2026-04-22"],
     ["Autism advice", "Specialist Advisory Teacher for Autism, Inclusion Support Service", "2026-05-05"],
     ["Speech and language therapy advice", "Children's Speech and Language Therapy Service", "2026-05-18"],
     ["Health advice", "0-19 Public Health Nursing (school nurse), with GP letter", "2026-05-26"],
     ["Social care advice", "Children with Disabilities social worker", "2026-05-20"],
     ["Preparing for adulthood advice", "Careers adviser (Level 6), Harrowgate Academy", "2026-06-03"],
     ["Annual review report", "SENCo, Harrowgate Academy", "2026-07-09"],
   ])],
 })

# =====================================================================  g204
plan("g204.docx", "letter-column",
 [("Name", "Maisie"), ("Age", "10"), ("School year", "Year 5"),
  ("Date of plan", "2026-06-22 (amended after annual review)"),
  ("Date of last annual review", "21 May 2026"),
  ("Review due", "May 2027"),
  ("School", "Brookfield School (special school for pupils with severe and complex learning difficulties)")],
 {"A": [
   H("What Maisie tells us through signs, symbols and her communication book"),
   P("Maisie uses a few spoken words, Makaton signs and a symbol communication book. Her class teaching "
     "assistant, Mrs Dobson, gathered her views in April 2026 by offering pairs of photographs and symbols and "
     "noting what Maisie chose, signed or pushed away, and by watching her across the school day."),
   B("Maisie chose the photo of the sensory room and the trampoline every time; she signs 'bounce' and smiles.",
     "She points to the symbol for 'music' and sways when 'Shake Your Sillies Out' is played.",
     "She signs 'finished' and pushes the plate away when offered food she does not like (pasta and rice).",
     "She takes an adult's hand to the door when the hall is noisy."),
   H("What my family say"),
   P("Maisie lives with her mum, dad and two older brothers. They describe her as cheeky, affectionate and "
     "full of fun. She loves swimming, being tickled and watching Mr Tumble. They want school to help her "
     "communicate more, become more independent with dressing and toileting, and keep her safe."),
   H("My dreams for the future"),
   P("Maisie's family hope she will be able to tell people what she wants and needs, have friends, and one day "
     "live as independently as possible with the right support. They would like her to go swimming with her "
     "brothers without needing a second adult."),
  ],
  "B": [
   H("Things Maisie is good at"),
   P("Maisie is sociable and greets familiar adults with a smile and a wave. She can match objects to photographs "
     "and sort by colour. She can walk up and down stairs holding the rail and loves physical activity."),
   H("Cognition and learning"),
   P("Maisie has severe learning difficulties. She is working at the early engagement steps of the school's "
     "pre-formal curriculum. She needs new skills broken into very small steps and repeated many times in "
     "the same way. She learns best in a calm, familiar enviroment with the same adults."),
   H("Communication and interaction"),
   P("Maisie understands familiar words in routines, for example 'coat', 'dinner' and 'toilet', when they are "
     "said with a sign. She uses around 30 signs and 10 single words. She is beginning to use her symbol book to "
     "make a choice from two."),
   H("Social, emotional and mental health"),
   P("Maisie can become upset when routines change and may drop to the floor. She occassionally bites her hand "
     "when she is distressed."),
   H("Sensory and physical"),
   P("Maisie seeks strong sensory input: she mouths objects, chews her sleeves and seeks deep pressure by "
     "squeezing into small spaces. She becomes very distressed in noisy, busy places such as the hall, and will "
     "cover her ears and try to leave. She needs full help with dressing and is in pads; she needs two adults "
     "for changing because of her size and movement."),
  ],
  "C": [
   P("Maisie has epilepsy. She has absence seizures most days and has had three tonic-clonic seizures in the "
     "last year, the last one at school in February 2026. She takes sodium valproate twice a day and has "
     "rescue medication (buccal midazolam) which must go with her everywhere, including swimming and trips. "
     "After a seizure she is very tired and needs to sleep. Her epilepsy is managed by the Paediatric Epilepsy "
     "Service."),
   P("Maisie has difficulty getting to sleep and wakes most nights, which affects her at school the next day. "
     "She is incontinent day and night and has no awareness yet of when she needs the toilet."),
  ],
  "D": [
   P("Maisie's family care for her with a high level of support at night and at weekends. A Children with "
     "Disabilities social worker completed an assessment in April 2026. Maisie is assessed as needing overnight "
     "short breaks to give her family a rest and to help Maisie get used to spending time away from home."),
  ],
  "E": [
   N("By July 2027, I will use my symbol book to choose between three things at snack and in play, 4 times out "
     "of 5. You will know because Mrs Dobson will record my choices on my communication log.",
     "By July 2027, I will be happier and more settled in class. You will know because staff will see that I "
     "am happier.",
     "By July 2027, I will pull my trousers up and down with help only to start, at every changing time on 4 "
     "days out of 5. You will know because staff will record it on my personal care chart.",
     "By July 2027, I will sit on the toilet for 1 minute at planned times, 3 times a day. You will know "
     "because staff will record it on my toileting chart and share it with home.",
     "By December 2026, I will be asleep by 9pm on 4 nights out of 7 with my bedtime routine. You will know "
     "because mum will fill in a sleep diary for the learning disability nurse."),
  ],
  "F": [
   H("Communication and interaction"),
   B("Speech and Language Therapist (SALT) from the school's therapy team: direct work on using the symbol book "
     "and setting targets for staff (fortnightly, 40 minutes, 1:1).",
     "Daily communication session using Makaton and Maisie's symbol book, led by the class teaching assistant "
     "(TA) trained by the SALT (daily, 20 minutes, 1:1).",
     "Intensive Interaction sessions with a familiar adult (daily, 10 minutes, 1:1)."),
   H("Cognition and learning"),
   B("Teaching in a class of no more than 8 pupils with a teacher and 3 TAs, following the pre-formal curriculum.",
     "A visual timetable with objects of reference, updated daily by the class teacher, used at every "
     "change of activity.",
     "Individual tasks (matching, sorting, posting) at a seperate work station, set by the class teacher (daily, 3 x 10 minutes, 1:1 with a TA)."),
   H("Social, emotional and mental health"),
   B("Positive behaviour support plan written by the class teacher with the school's behaviour lead, reviewed "
     "each half-term, shared with home.",
     "Now-and-next board used at every transition (class staff)."),
   H("Personal care and independance"),
   B("2:1 for personal care at every changing time (two trained TAs), in the school's hygiene suite with a "
     "height-adjustable changing bed maintained by the school site manager.",
     "A toileting routine 3 times a day and a dressing programme set by the Paediatric OT (Occupational "
     "Therapist), delivered by the TA (daily, 1:1). The OT will review the programme once per half term (1 hour)."),
  ],
  "G": [
   B("Children's Community Learning Disability Team (nursing): a sleep programme with Maisie's family "
     "(6 home visits of 1 hour across Autumn 1 2026, then a monthly phone review until July 2027).",
     "Children's Continence Service: continence assessment and supply of pads for home and school (assessment "
     "once a year; pads delivered every 12 weeks)."),
   P("Signed off for health: Priya Nair, Designated Clinical Officer (DCO), 14/6/26."),
  ],
  "H1": [
   B("Overnight short breaks at Oakfield House, 2 nights per month (24 nights a year), arranged by the Children "
     "with Disabilities Team, with 1:1 staffing while Maisie is awake.",
     "The family will recieve a review of the short breaks by the social worker every six months."),
  ],
  "H2": [P("None identified at this time.")],
  "I": [P("Brookfield School, a maintained special school for pupils aged 4-19 with severe and complex learning difficulties.")],
  "J": [P("No personal budget has been requested. The family were offered a direct payment for short breaks and chose a commissioned service.")],
  "K": [T(KH, [
     ["Maisie's views (signs, symbols and observation)", "Mrs Dobson, class TA, Brookfield School", "2026-04-20"],
     ["Parents' views", "Maisie's mum and dad", "2026-04-16"],
     ["Educational advice", "Class teacher and deputy head, Brookfield School", "2026-04-28"],
     ["Psychological advice", "Dr Amy Lau, Educational Psychologist (EP)", "2025-11-03"],
     ["Speech and language therapy advice", "SALT, Brookfield School therapy team", "2026-03-30"],
     ["Occupational therapy advice", "Paediatric OT, Children's Therapy Team", "2026-03-12"],
     ["Epilepsy advice", "Paediatric Epilepsy Specialist Nurse, Paediatric Epilepsy Service", "2026-03-03"],
     ["Learning disability nursing advice", "Children's Community Learning Disability Team", "2026-04-02"],
     ["Continence advice", "Children's Continence Service", "2026-02-19"],
     ["Social care advice", "Children with Disabilities social worker", "2026-04-09"],
   ])],
 })

# =====================================================================  g205
plan("g205.docx", "heading2-numbered",
 [("Name", "Leah"), ("Age", "22"),
  ("Date of plan", "16 February 2026 (amended following annual review)"),
  ("Date of last annual review", "27/1/26"),
  ("School year", "Post-19: third year of a three-year programme"),
  ("Education phase", "Post-19 specialist further education"),
  ("College", "Brook Lane College (independent specialist college), day placement"),
  ("Review due", "January 2027")],
 {"A": [
   H("How my views were gathered"),
   P("I talk in short sentences. My tutor, Kerry, used Talking Mats (picture cards I sort into 'like', "
     "'not sure' and 'don't like') with me in January 2026 and wrote down what I said in my own words."),
   H("All about me"),
   B("\"I like cooking. I make cheese on toast and pasta.\"",
     "\"I like Little Mix. I like swimming on Thursday.\"",
     "\"I like the bus. The 22 bus goes to town.\"",
     "\"I like the café at college. I say 'What would you like?'\"",
     "\"I don't like shouting. I don't like it when the bus is late.\"",
     "\"My friend is Holly. Holly is my best friend.\""),
   H("My dreams for the future"),
   P("\"I want a job in a café.\" \"I want to live in a flat with Holly, with staff to help.\" Leah also said she "
     "would like to go into town on her own to buy her lunch and magazines."),
   H("What my family say"),
   P("Leah's mum says she is kind, sociable and proud of her cooking. She has grown in confidence at college. "
     "Mum wants Leah to leave college with real work experience and a part-time job, to be safe getting about "
     "on her own, and to move into supported living with friends in the next two or three years."),
  ],
  "B": [
   H("Things I am good at"),
   B("Leah is friendly and polite and remembers the names of everyone she meets.",
     "She follows a picture recipe and can make three simple meals with one or two prompts.",
     "She knows her bus route and recognises the stops on the 22 route.",
     "She has no difficulty walking and swims 10 lengths each week."),
   H("Communication and interaction"),
   P("Leah has a severe learning disability and is autistic. She speaks in sentences of 3-4 words and uses "
     "symbols on her tablet when she is unsure or anxious. She understands short, concrete sentences but "
     "loses the thread of longer explanations."),
   H("Cognition and learning"),
   P("Leah reads about 50 familiar words by sight and uses pictures for the rest. She recognises coins and "
     "notes and can pay for items up to £5 with support to check her change. She needs tasks broken into "
     "steps and practised in the real place where she will use them."),
   H("Social, emotional and mental health"),
   P("Leah becomes anxious when plans change, for example when a bus is cancelled. When overwhelmed she may "
     "bite her hand; this has reduced from daily to about once a fortnight over the past year with her "
     "positive behaviour support plan."),
  ],
  "C": [
   P("Leah's health needs are:"),
   B("Asthma: she uses a brown preventer inhaler morning and evening and a blue reliever inhaler when she is "
     "wheezy. She does not always recognise or tell staff when she is becoming breathless.",
     "Anxiety and distress linked to her learning disability and autism, supported by the Community Learning "
     "Disability Team (CLDT) clinical psychologist through a positive behaviour support plan."),
  ],
  "D": [
   P("Leah has eligible needs for care and support under the Care Act 2014. She was assessed by a social worker "
     "from the Adult Social Care Learning Disability Team in November 2025. She needs support to take part in "
     "community activities and to build the skills for supported living; her mum needs regular breaks from caring."),
  ],
  "E": [
   N("Employment: By July 2027, I will work in the college café for 2 hours, twice a week, taking orders and "
     "using the till with no more than 2 prompts in each shift. You will know because my job coach will record "
     "this on my work skills log. I will also be awarded my Entry Level 2 Award in Hospitality.",
     "Employment: By July 2027, I will complete a 6-week work placement in a café in town, one morning a "
     "week. You will know because my placement manager will give me a written report.",
     "Independent living: By July 2027, I will cook 3 simple meals in the training flat using my picture "
     "recipes with no more than 1 prompt. You will know because my tutor will record each meal on my checklist.",
     "Community: By July 2027, I will access my local community independently: I will take the 22 bus into town, "
     "buy my lunch and come back on my own, 4 times in a row. You will know because my travel trainer will sign my travel log.",
     "Good health: By July 2027, I will tell staff or show my symbol when I feel wheezy and use my blue inhaler "
     "with only a reminder, every time. You will know because staff will record it on my asthma log.",
     "Good health: By July 2027, I will use my calm card and go to my quiet place when I feel worried, so that "
     "biting my hand happens no more than once a month. You will know because staff will record it on my "
     "behaviour support chart."),
  ],
  "F": [
   P("Leah attends college 38 weeks a year, 5 days a week (9.30am to 3pm)."),
   H("Communication and interaction"),
   B("Speech and Language Therapist (SALT) employed by the college: 1:1 session to extend Leah's use of her "
     "communication app (fortnightly, 40 minutes), plus termly consultation (1.5 hrs) with her tutors.",
     "An iPad with a symbol communication app, set up and updated by the college's assistive technology "
     "technician, who also repairs or replaces it if it breaks.",
     ),
   H("Employment and work skills"),
   B("Job coach support in the college café (2 sessions of 2 hours per week, 1:1 reducing to 1 coach to "
     "2 students by Easter 2027; job coach holds a Level 3 supported employment qualification).",
     "A supported work placement in a town-centre café, one morning a week for 6 weeks in the summer term "
     "2027, with the job coach present for the full session."),
   H("Independent living"),
   B("Cooking and household skills in the training flat (three times per week, 1 hour, group no larger than 4, "
     "taught by a tutor with a Level 3 teaching qualification).",
     "Money skills using real coins and shop visits (twice a week, 45 minutes, small-group (max 5), learning support assistant)."),
   H("Community"),
   B("Travel training by the college travel trainer on the 22 bus route, reducing support step by step "
     "(weekly, 1.5 hours, 1:1).",
     "A personal safety and 'keeping safe in town' programme taught by her tutor (weekly, 1 hour, group of no more than 6, autumn term 2026)."),
   H("Emotional wellbeing"),
   B("Leah's positive behaviour support plan, written with the CLDT clinical psychologist, used by all staff; "
     "her key tutor checks in with her at the start and end of every day (10 minutes, 1:1).",
     "A quiet room she can go to at every unstructured time, with a member of staff nearby."),
  ],
  "G": [
   B("Community Learning Disability Team (CLDT), clinical psychologist: review of Leah's positive behaviour "
     "support plan with college and home (quarterly, 1 hour each), plus 1 hour of staff training each September.",
     "CLDT learning disability nurse: support for Leah's annual health check and asthma review at her GP "
     "practice (once a year, with a pre-visit to prepare her using pictures).",
     "GP practice nurse: asthma review and personal asthma action plan, updated once a year and shared with college."),
   P("The DCO (Designated Clinical Officer), Dr Sam Hughes, confirmed on 10 February 2026 that health will provide the above."),
  ],
  "H1": [P("Not applicable: Leah is over 18. Her social care provision is under the Care Act 2014 and is set out in H2.")],
  "H2": [B("Personal assistant support for community activities, 8 hours per week (Tuesday and Saturday, 4 hours each), "
           "arranged by Adult Social Care and paid by direct payment.",
           "Respite for Leah's mum: 14 nights per year at Maple Lodge, booked through the Adult Social Care Learning Disability Team.",
           "A supported living assessment by the Adult Social Care social worker by April 2027, to plan Leah's move after college.")],
  "I": [P("Brook Lane College, independent specialist college, day placement, 38 weeks per year, until July 2027.")],
  "J": [P("Leah has a direct payment for the personal assistant support in H2 (8 hours per week), managed by her mum. "
          "No personal budget is held for education.")],
  "K": [T(KH, [
     ["Leah's views (Talking Mats)", "Kerry, tutor, Brook Lane College", "2026-01-10"],
     ["Parent's views", "Leah's mum", "2026-01-12"],
     ["Educational advice and annual review report", "Head of Learning, Brook Lane College", "2026-01-27"],
     ["Psychological advice", "Dr Helen Ward, Educational Psychologist (EP)", "2025-11-05"],
     ["Speech and language therapy advice", "SALT, Brook Lane College", "2026-01-14"],
     ["Health advice", "CLDT learning disability nurse", "2026-01-08"],
     ["Clinical psychology advice", "CLDT clinical psychologist", "2025-12-03"],
     ["Medical information (asthma)", "GP practice nurse, Calder Vale Surgery", "2025-12-15"],
     ["Social care advice (Care Act assessment)", "Social worker, Adult Social Care Learning Disability Team", "2025-11-20"],
     ["Preparing for adulthood advice", "Transition coordinator, Brook Lane College", "2026-01-20"],
   ])],
 })

# =====================================================================  g206
plan("g206.docx", "shaded-heading-table",
 [("Name", "Finley"), ("Age", "12"), ("School year", "Year 8"),
  ("Date of plan", "2026-03-14 (final plan)"),
  ("Review due", "March 2027"),
  ("School", "Moorside High School (mainstream secondary)")],
 {"A": [
   H("All about me"),
   P("Finley spoke to the Specialist Advisory Teacher for Autism in January 2026 at home, because he did not "
     "want to talk in school. These are his words:"),
   B("\"I don't like school. It's too loud and people stare at me.\"",
     "\"I hate PE and the changing rooms.\"",
     "\"I can't do writing. My hand hurts and I don't know what to put.\"",
     "\"I just want to play Roblox.\"",
     "\"I get in trouble for things that aren't my fault.\""),
   H("My dreams for the future"),
   P("\"I want to make computer games when I'm older.\""),
   H("What my family say"),
   P("Finley's mum and dad say that getting him to school is a battle most mornings. He refuses to go in on "
     "at least one day a week and has had two fixed-term suspensions this year. He is anxious, does not sleep "
     "well before school days and comes home exhausted and angry. They want him to attend full time and to be "
     "understood by his teachers."),
  ],
  "B": [
   H("Things I find hard"),
   H("Communication and interaction"),
   P("Finley was diagnosed with autism in 2024. He struggles to understand other people's points of view and "
     "does not cope with group work. He misinterprets instructions and refuses tasks when he does not "
     "understand them. He has poor eye contact and can be rude to staff."),
   H("Cognition and learning"),
   P("Finley's reading comprehension is below age expectations and his written work is very limited. He is "
     "unable to organise his ideas and rarely finishes a piece of writing. He does not complete homework."),
   H("Social, emotional and mental health"),
   P("Finley has high levels of anxiety. His attendance is 81% (autumn term 2025). He has difficulty "
     "regulating his emotions, shouts and walks out of lessons when challenged, and has few friends. He lacks "
     "the skills to join in with other students at break and lunchtime."),
   H("Sensory"),
   P("Finley cannot tolerate noisy environments such as the canteen, corridors and PE changing rooms."),
  ],
  "C": [P("Not known at this time.")],
  "D": [
   P("None identified at this time. A social care screening was completed by the Children with Disabilities "
     "Team on 2026-01-22; the family did not meet the criteria for a full assessment. Early help through the "
     "Family Hub was offered and the family chose to attend the autism parenting course instead."),
  ],
  "E": [
   N("I will have a 1:1 Teaching Assistant (TA) in all lessons to help me stay in class.",
     "I will receive ELSA (Emotional Literacy Support Assistant) sessions every week to help with my anxiety.",
     "By March 2027, I will attend school on at least 92% of days. You will know because school will check my "
     "attendance each half-term.",
     "By March 2027, I will plan and type a piece of writing of at least 200 words using a planning frame. You "
     "will know because my English teacher will keep examples each half-term.",
     "By March 2027, I will make and share my own game in the lunchtime coding club with at least one other "
     "student. You will know because the club leader will record it."),
  ],
  "F": [
   H("Communication and interaction"),
   B("Specialist Advisory Teacher for Autism: termly consultation (1.5 hrs) with the SENCo (Special Educational "
     "Needs Coordinator) and Finley's teachers, plus a half-day of whole-staff autism training in Autumn 2 2026.",
     "Instructions given one step at a time and backed up in writing on a task card, by every subject teacher.",
     "Speech and Language Therapist (SALT): assessment of Finley's understanding of language (one 1-hour "
     "session in summer term 2026) and a programme for the TA to deliver (weekly, 30 minutes, 1:1)."),
   H("Cognition and learning"),
   B("A laptop for all written work, with a planning template and word bank, set up by the school's IT technician.",
     "Reading comprehension programme with a trained TA (3 sessions of 30 minutes per week, in a group no larger than 4).",
     "Homework club with a TA (Tuesday and Thursday, 45 minutes, group no larger than 6)."),
   H("Social, emotional and mental health"),
   B("Emotional Literacy Support Assistant (ELSA) sessions on anxiety and recognising emotions (weekly, 45 minutes, "
     "1:1, for 12 weeks, then reviewed).",
     "A morning meet-and-greet with his key adult at the school gate and a 10-minute check-in (daily, 1:1).",
     "A time-out pass allowing Finley to go to the Learning Support base, staffed by a TA at all times, for "
     "10 minutes, then return to class.",
     "Full-time 1:1 TA support in lessons (25 hours per week), reducing as agreed at each review."),
   H("Sensory"),
   B("Permission to get changed for PE in a separate room and to leave lessons 2 minutes early, arranged by the Head of Year.",
     "Lunch in the Learning Support base in a group no larger than 8, supervised by a TA."),
   H("Coding club"),
   B("Lunchtime coding club run by the Computing teacher (weekly, 40 minutes, group of no more than 10)."),
  ],
  "G": [P("None identified at this time.")],
  "H1": [P("None identified at this time. Short breaks were considered at the screening (see Section D).")],
  "H2": [P("None identified at this time. Early help was offered (see Section D).")],
  "I": [P("Moorside High School, mainstream secondary school (11-16).")],
  "J": [P("No personal budget has been requested.")],
  "K": [T(KH, [
     ["Finley's views", "Specialist Advisory Teacher for Autism, Inclusion Support Service", "2026-01-19"],
     ["Parents' views", "Finley's mum and dad", "2026-01-15"],
     ["Educational advice", "SENCo, Moorside High School", "2026-01-26"],
     ["Psychological advice", "Dr Karen Bell, Educational Psychologist (EP)", "2023-06-12"],
     ["Autism advice", "Specialist Advisory Teacher for Autism, Inclusion Support Service", "2026-01-19"],
     ["Medical advice", "Dr Imran Sethi, GP, Moorside Medical Practice", "2026-01-28"],
     ["Social care advice", "Children with Disabilities Team (screening)", "2026-01-22"],
   ])],
 })

# =====================================================================  g207
plan("g207.docx", "letter-column",
 [("Name", "Amira"), ("Age", "6"), ("School year", "Year 2"),
  ("Date of plan", "03/11/2026 (amended following annual review)"),
  ("Date of last annual review", "15/10/26"),
  ("Review due", "October 2027"),
  ("School", "Holme Lane Primary School, with support from the Sensory Support Service"),
  ("Languages", "Arabic at home; English at school")],
 {"A": [
   H("All about me"),
   P("My Qualified Teacher of the Deaf (QToD), Miss Hart, and my teaching assistant (TA) talked with me in September "
     "2026. I drew pictures and pointed to photos, and Miss Hart wrote down what I said."),
   B("\"I like drawing rainbows and my cat Simsim.\"",
     "\"I like playing tag with Lily and Zara.\"",
     "\"I like it when Mrs Wood stands where I can see her face.\"",
     "\"The dinner hall is too noisy. I can't hear my friends.\"",
     "\"I am good at phonics. I got a sticker.\"",
     "\"When my processor beeps I tell Mrs Ali.\""),
   H("My dreams for the future"),
   P("\"I want to be a doctor like my auntie.\" Amira also wants to read chapter books on her own."),
   H("What my family say"),
   P("Amira's mum and dad shared their views in Arabic with an interpreter. They say she is bright, chatty and "
     "caring, and loves to help at home. They want her to read and write well in English, keep speaking Arabic "
     "with the family, and have good friends. They worry that she gets very tired after school and that she "
     "misses things in a noisy classroom."),
  ],
  "B": [
   H("Things I am good at"),
   B("Amira has secure phonics knowledge and passed the Year 1 phonics check.",
     "She is working at the expected standard in maths.",
     "She is confident, friendly and has a close group of friends.",
     "She looks after her processors well and tells an adult when something is wrong."),
   H("Communication and interaction (hearing)"),
   P("Amira has a profound hearing loss in both ears and has worn bilateral cochlear implants (CIs: hearing "
     "devices fitted by surgery) since she was two. She hears well in quiet, face to face, but misses a lot in "
     "noise, at a distance or when more than one person talks. Her spoken English vocabulary is around the level "
     "of a typical four-year-old; her Arabic is used at home. She gets very tired from listening by the "
     "afternoon (listening fatigue)."),
   H("Cognition and learning"),
   P("Amira decodes words well but her understanding of what she reads is held back by her vocabulary. She "
     "needs new topic words taught before lessons and shown with pictures."),
   H("Social, emotional and mental health"),
   P("Amira is generally happy. She can become frustrated and withdrawn when she has missed an instruction "
     "and does not know what to do."),
  ],
  "C": [
   P("Amira has a profound bilateral sensorineural hearing loss (deafness caused in the inner ear) and uses "
     "two cochlear implants. She is under the regional Cochlear Implant Programme, which adjusts her implants "
     "(mapping) and checks her progress. Her processors need checking every day. Her eyesight was tested in "
     "March 2026 and is normal. She has no other health needs."),
  ],
  "D": [
   P("None identified at this time. A Children with Disabilities social worker spoke with Amira's parents "
     "(with an interpreter) on 15 September 2026. The family is coping well and did not want short breaks; "
     "they attend the local Deaf children's society family days. Early help was discussed and was not needed."),
  ],
  "E": [
   N("By July 2027, I will follow a 2-step instruction given to the whole class, without needing it repeated, "
     "on 4 out of 5 observations. You will know because my teacher and the QToD will observe and record it each half-term.",
     "By July 2027, I will know and use at least 20 new topic words each half-term in my talking and writing. "
     "You will know because my TA will check my word list at the end of each half-term.",
     "By July 2027, I will read a short chapter book on my own and answer 4 out of 5 questions about it. You "
     "will know because my teacher will check my reading each term.",
     "By July 2027, I will check that my processors and radio aid are working at the start of each day and tell "
     "an adult straight away if one is not, every time. You will know because my TA will record it on my equipment checklist.",
     "By July 2027, I will tell an adult when I have not heard something, using my 'say it again' card or "
     "my words, in every lesson. You will know because the QToD will observe this at each visit."),
  ],
  "F": [
   H("Specialist teaching for deafness"),
   B("Qualified Teacher of the Deaf (QToD) from the Sensory Support Service: teaching Amira 1:1 on listening "
     "and language, and advising her class teacher (fortnightly, 1 hour).",
     "Deaf awareness training for all staff who teach Amira, by the QToD (once a year, 1.5 hrs, each September, "
     "plus a 30-minute update for any new staff)."),
   H("Listening equipment and the classroom"),
   B("May 2026 onwards, Amira's radio aid is checked every morning by her class TA, using the checklist from "
     "the QToD; the Sensory Support Service repairs or replaces it when it is faulty.",
     "Soft furnishings and carpet tiles in the classroom to cut background noise, fitted by the school site "
     "manager and checked by the QToD each term.",
     "Amira sits near the front, facing the teacher, away from the door and window (class teacher)."),
   H("Language and vocabulary (including English as an additional language)"),
   B("Pre-teaching of topic vocabulary with pictures by a TA trained by the QToD (daily, 15 minutes, 1:1).",
     "Small-group (max 5) oral language group led by the school's English as an Additional Language (EAL) "
     "teacher (twice weekly, 30 minutes).",
     "A Speech and Language Therapist (SALT) from the Children's Speech and Language Therapy Service will visit "
     "once per half term (1 hour) to review Amira's language targets with the QToD and the TA."),
   H("Wellbeing and listening fatigue"),
   B("A quiet 10-minute listening break in the library after lunch, every day, with an adult nearby.",
     "A 'say it again' card on her desk, taught by the QToD and used by all staff."),
  ],
  "G": [
   B("Regional Cochlear Implant Programme (NHS): mapping and review of both implants at the hospital every "
     "6 months; replacement of faulty processor parts within 2 working days.",
     "Cochlear Implant Programme rehabilitation teacher: school visit once a year (1.5 hours) to advise staff."),
   P("Health contribution agreed: Lubna Begum, Designated Clinical Officer (DCO), 29 Oct 2026."),
  ],
  "H1": [P("None identified at this time. Short breaks were discussed and not wanted (see Section D).")],
  "H2": [P("None identified at this time. Early help was considered and not needed.")],
  "I": [P("Holme Lane Primary School (mainstream primary).")],
  "J": [P("No personal budget has been requested.")],
  "K": [T(KH, [
     ["Amira's views", "Miss Hart, QToD, Sensory Support Service", "2026-09-24"],
     ["Parents' views (with Arabic interpreter)", "Amira's mum and dad", "2026-09-20"],
     ["Educational advice", "Special Educational Needs Coordinator (SENCo), Holme Lane Primary School", "2026-09-30"],
     ["Advice from a Qualified Teacher of the Deaf", "Miss Hart, QToD, Sensory Support Service", "2026-09-18"],
     ["Psychological advice", "Dr Tom Reilly, Educational Psychologist (EP)", "2026-07-08"],
     ["Medical advice (cochlear implants)", "Regional Cochlear Implant Programme", "2026-06-30"],
     ["Speech and language therapy advice", "Children's Speech and Language Therapy Service", "2026-09-10"],
     ["EAL advice", "EAL teacher, Holme Lane Primary School", "2026-09-28"],
     ["Social care advice", "Children with Disabilities social worker", "2026-09-15"],
     ["Annual review report", "SENCo, Holme Lane Primary School", "2026-10-15"],
   ])],
 })

# =====================================================================  g208
plan("g208.docx", "heading2-numbered",
 [("Name", "Callum"), ("Age", "15"),
  ("Date of plan", "20/11/2024"),
  ("Date of last annual review", "14/10/25 (plan maintained, no amendments)"),
  ("School year", "Year 10"),
  ("Review due", "October 2026"),
  ("School", "Castlegate School (mainstream secondary with VI resource base)")],
 {"A": [
   H("All about me"),
   P("I talked to Mr Lowe, my vision teacher, about this in September 2024 and he typed it up for me in large print."),
   P("I'm Callum. I love music, especially drum and bass, and I make my own tracks on my laptop at home with "
     "headphones on. I play bass guitar in the school band. I also like football on the radio and going to "
     "the gym with my older brother."),
   P("I don't like it when teachers give out worksheets that are too small for me to read, or when they write on "
     "the board and don't say it out loud. I hate being the only one with a big magnifier in class, because "
     "people look. I like it when I can use my laptop and zoom in."),
   H("My dreams for the future"),
   P("I want to make music, maybe work in a recording studio or do sound for live gigs."),
   H("What my family say"),
   P("Callum's mum says he is funny, musical and determined, and that he has coped with a lot. She wants him "
     "to get the GCSEs he is capable of and to feel less embarrassed about his equipment. She worries that he "
     "misunderstands what teachers ask and then gets told off for not doing it."),
  ],
  "B": [
   H("Things I am good at"),
   B("Callum is a talented musician and is predicted a grade 6 in GCSE Music.",
     "He is well organised with his own equipment and uses zoom and screen magnification confidently.",
     "He is popular and has a good group of friends from the school band."),
   H("Vision"),
   P("Callum has oculocutaneous albinism with nystagmus. VA 6/36 binocular (LogMAR 0.78). Near vision N18 at 10cm. "
     "He uses an LVA and a CCTV in class and needs all print in N24 Arial bold. He is registered SSI. He has "
     "photophobia and needs tinted lenses outdoors. Mobility is independent in familiar areas; he needs "
     "habilitation input for new routes."),
   H("Communication and interaction"),
   P("Callum has DLD. On the CELF-5 (2024) his core language SS was 72, with receptive language weaker than "
     "expressive. He has difficulty with multi-clause instructions, inferencing and subject-specific "
     "vocabulary. WM is a relative weakness on the WISC-V (EP report, 2024)."),
   H("Cognition and learning"),
   P("Callum is working at grades 3-4 in most GCSE subjects. Reading speed is slow because of his vision; he "
     "takes around twice as long as his peers to read a page of N24 text."),
   H("Social, emotional and mental health"),
   P("Callum is resilient and sociable but self-conscious about his equipment and sometimes refuses to use it in "
     "front of others."),
  ],
  "C": [
   P("Callum has albinism and nystagmus, which cause his low vision. He is reviewed once a year by the Eye Clinic "
     "(paediatric ophthalmology), which also prescribes his glasses and tinted lenses. Callum also has DLD, "
     "diagnosed by NHS SaLT. He has no other health needs."),
  ],
  "D": [
   P("None identified at this time. Callum's family had a social care screening with a Children with "
     "Disabilities social worker on 2024-10-08. The family did not want short breaks and early help was not needed."),
  ],
  "E": [
   N("By July 2026, I will use my laptop with zoom to read and complete all classwork and homework without "
     "needing enlarged paper copies. You will know because my teachers will check my work each half-term.",
     "By July 2026, I will complete my GCSE Music composition coursework on my laptop using screen magnification. "
     "You will know because my Music teacher will track it against the coursework deadlines.",
     "By July 2026, I will follow a 3-part instruction in lessons and ask when I have not understood, on 4 out of "
     "5 occasions. You will know because my teaching assistant will record it on my learning log.",
     "By July 2026, I will explain the meaning of 10 key words for each GCSE topic. You will know because my teaching "
     "assistant will test me at the end of each topic.",
     "By July 2026, I will use my magnifier and laptop zoom in lessons, in front of others, without being reminded. "
     "You will know because my vision teacher will observe this each term."),
  ],
  "F": [
   H("Vision"),
   B("QTVI visits from the VI team (fortnightly, 1 hour) to teach Callum 1:1 and advise staff.",
     "All resources modified to N24 Arial bold by the VI resource base TA, provided before each lesson.",
     "LVA and CCTV provided by the VI team, maintained by the VI resource base.",
     "Laptop with ZoomText installed, set up and maintained by the school IT technician.",
     "Habilitation training from the Habilitation Specialist (6 sessions of 1 hour in the autumn term, 1:1).",
     "25% extra time, modified papers (N24) and a separate room for all exams, arranged by the Exams Officer."),
   H("Communication and interaction"),
   B("ELKLAN-trained TA in English, Maths and Science lessons (12 hours per week) to use SSE and check understanding.",
     "Pre-teaching of subject vocabulary with the ELKLAN-trained TA (3 x 20 minutes per week, 1:1).",
     "Staff to follow the SaLT's WM and language strategies in all lessons; the SENCo will share the strategies "
     "with all staff each September (30-minute briefing)."),
   H("Social, emotional and mental health"),
   B("Fortnightly mentoring with the VI base HLTA (30 minutes, 1:1) on confidence using his equipment."),
  ],
  "G": [
   B("Paediatric ophthalmology (Eye Clinic): annual review, glasses and tinted lenses prescription.",
     "NHS SaLT: direct 1:1 therapy in school on comprehension and vocabulary (weekly, 45 minutes, 10 weeks each "
     "term), with a programme for school staff."),
   P("Agreed by DCO, R. Cole, 12/11/24."),
  ],
  "H1": [P("None identified at this time. Short breaks were considered (see Section D).")],
  "H2": [P("None identified at this time.")],
  "I": [P("Castlegate School, mainstream secondary school with a resource base for pupils with VI.")],
  "J": [P("No personal budget has been requested.")],
  "K": [T(KH, [
     ["Callum's views", "Mr Lowe, QTVI, Sensory Support Service", "2024-09-12"],
     ["Parent's views", "Callum's mum", "2024-09-16"],
     ["Educational advice", "SENCo, Castlegate School", "2024-09-20"],
     ["QTVI advice", "Mr Lowe, QTVI, Sensory Support Service", "2024-09-12"],
     ["Psychological advice", "Dr Nadia Khan, EP", "2024-07-02"],
     ["Medical advice", "Paediatric ophthalmology, Eye Clinic", "2024-06-18"],
     ["SaLT advice", "NHS Children's SaLT", "2024-08-29"],
     ["Social care advice", "CWD social worker", "2024-10-08"],
     ["Annual review report", "SENCo, Castlegate School", "2025-10-14"],
   ])],
 })

# =====================================================================  g209
plan("g209.docx", "shaded-heading-table",
 [("Name", "Oliwia"), ("Age", "16"),
  ("Date of plan", "2026-08-28 (amended following annual review)"),
  ("Date of last annual review", "30 June 2026"),
  ("School year", "Year 12 (first year of college)"),
  ("Education phase", "Post-16 further education"),
  ("College", "Calderside College, Level 1 Diploma in Early Years Care"),
  ("Review due", "June 2027")],
 {"A": [
   P("I wrote this with my personal tutor at my transition meeting in June 2026. My mum and dad gave their "
     "views in Polish with an interpreter."),
   H("All about me"),
   P("I am Oliwia and I am 16. I speak Polish at home and English at college. I love little children: I help "
     "with the Sunday school at our church and I look after my two cousins. I like baking, TikTok dance videos "
     "and going to the cinema with my friend Natalia."),
   P("Things I find hard: when teachers talk for a long time I lose what they are saying. Writing assignments "
     "is hard because I know what I want to say but I can't find the English words. I get nervous speaking in a "
     "big group. My diabetes is annoying when I have to stop and check my levels."),
   H("My dreams for the future"),
   P("I want to work in a nursery and one day be a room leader. I want to pass my Level 1 and go on to Level 2 "
     "next year. I want to learn to drive and to manage my diabetes all by myself."),
   H("What my family say"),
   P("Oliwia's parents say she is caring, hard-working and very patient with children. They want her to get her "
     "qualifications and a job she loves. They worry about her diabetes when she is away from home and want "
     "college staff to know what to do if her sugar goes low."),
  ],
  "B": [
   H("Things I am good at"),
   B("Oliwia is reliable, punctual and kind; her placement nursery describes her as 'a natural with the babies'.",
     "She has passed GCSE Maths at grade 4.",
     "She is fluent in conversational English and Polish.",
     "She has no problems with walking or any physical activity and takes part fully in practical sessions."),
   H("Communication and interaction"),
   P("Oliwia has a developmental language disorder (DLD), a long-term difficulty with learning and using "
     "language. A bilingual assessment by the Speech and Language Therapist (SALT) in 2026 showed the same "
     "difficulties in Polish and English, so they are not only due to learning English as an additional "
     "language (EAL). She finds long spoken instructions, new vocabulary and organising written work hard."),
   H("Cognition and learning"),
   P("Oliwia's reading is accurate but slow, and she needs support to understand course texts. Her written "
     "assignments are short and need a clear structure."),
   H("Social, emotional and mental health"),
   P("Oliwia is quietly confident with children but anxious speaking in front of adults or groups of students."),
  ],
  "C": [
   P("Oliwia has type 1 diabetes (diagnosed age 9). She uses an insulin pump and a continuous glucose monitor "
     "(CGM) that sends readings to her phone. She can have low blood sugar (hypos), especially after practical "
     "sessions, and must be allowed to eat and treat a hypo straight away. She is under the Children's Diabetes "
     "Team and will move to the young adult clinic at 18. She has an Individual Healthcare Plan (IHCP) at college."),
  ],
  "D": [
   P("None identified at this time. A social care screening was completed by a Children with Disabilities social "
     "worker on 2026-05-27. Oliwia and her family did not want short breaks; early help was considered and not needed."),
  ],
  "E": [
   N("Education and employment: By July 2027, I will complete my Level 1 Diploma in Early Years Care and be "
     "awarded the certificate. You will know because the college will confirm my result.",
     "Employment: By July 2027, I will receive a positive report from my placement nursery manager, with "
     "'good' or better for communication with children. You will know because my tutor will share the report at my review.",
     "Education: By July 2027, I will explain a 3-step activity plan to my tutor group in English, using my notes. "
     "You will know because my tutor will observe and record it in my progress review each term.",
     "Independent living and good health: By July 2027, I will count carbohydrates and give my own insulin dose for "
     "my college lunch without checking with staff, on 9 days out of 10. You will know because my diabetes "
     "nurse will check my pump data at each clinic.",
     "Friends and community: By July 2027, I will join one college club or student society and go at least twice "
     "each half-term. You will know because I will tell my tutor and the club will keep a register."),
  ],
  "F": [
   H("Language and learning"),
   B("Speech and Language Therapist (SALT) from the college's additional learning support team: 1:1 therapy "
     "(fortnightly, 40 minutes, for the academic year) plus a termly consultation (1.5 hrs) with Oliwia's tutors.",
     "Learning Support Assistant (LSA) trained in language support strategies in her Early Years theory lessons "
     "(6 hours per week), to check understanding and pre-teach vocabulary.",
     "Assignment support with the LSA (weekly, 1 hour, in a group no larger than 4) using planning frames.",
     "Extra time (25%) and use of a word processor in all assessments and exams, arranged by the college's Access "
     "Arrangements Coordinator."),
   H("Work placement"),
   B("A job coach from the college's supported internships team will visit Oliwia's nursery placement once per "
     "half term (1 hour) to agree targets with her supervisor.",
     "1:1 weekly tutorial with her personal tutor (30 minutes) to review her placement and course progress."),
   H("Confidence"),
   B("Small-group (max 5) confidence and presentation sessions run by the college wellbeing practitioner (weekly, "
     "45 minutes, autumn term 2026)."),
   H("Diabetes at college"),
   B("College staff will follow Oliwia's IHCP; she can leave any session to check her levels and eat, and keeps hypo "
     "treatment with her at all times."),
  ],
  "G": [
   B("Children's Diabetes Team, Paediatric Diabetes Specialist Nurse (PDSN): training for Oliwia's LSA, tutors and "
     "named first aiders in hypo management and pump care (2 hours each September, plus a 1-hour refresher in January); "
     "review of her IHCP with college each term.",
     "Children's Diabetes Team: clinic appointment with the consultant, PDSN and dietitian every 3 months, "
     "including carbohydrate counting support."),
   P("Health provision confirmed by the Designated Clinical Officer (DCO), Gareth Lowe, on 2026-08-19."),
  ],
  "H1": [P("None identified at this time. Short breaks were considered (see Section D).")],
  "H2": [P("None identified at this time.")],
  "I": [P("Calderside College (general further education college), full-time study programme.")],
  "J": [P("No personal budget has been requested.")],
  "K": [T(KH, [
     ["Oliwia's views", "Oliwia, with her personal tutor", "2026-06-11"],
     ["Parents' views (with Polish interpreter)", "Oliwia's mum and dad", "2026-06-09"],
     ["Educational advice", "Head of Additional Learning Support, Calderside College", "2026-06-20"],
     ["Psychological advice", "Dr Ian Moss, Educational Psychologist (EP)", "2026-02-10"],
     ["Speech and language therapy advice (bilingual assessment)", "SALT, Children's Speech and Language Therapy Service", "2026-03-05"],
     ["Medical advice (diabetes)", "Dr Shah, consultant paediatrician, and PDSN, Children's Diabetes Team", "2026-05-14"],
     ["Social care advice", "Children with Disabilities social worker", "2026-05-27"],
     ["Preparing for adulthood advice", "Careers adviser, Calderside College", "2026-06-16"],
     ["Annual review report", "Calderside College", "2026-06-30"],
   ])],
 })

# =====================================================================  g210
plan("g210.docx", "letter-column",
 [("Name", "Jacob"), ("Age", "17"),
  ("Date of plan", "2026-07-21 (amended following annual review)"),
  ("Date of last annual review", "24/6/26"),
  ("School year", "Year 13 (second year at college)"),
  ("Education phase", "Post-16"),
  ("College", "Calderside College, BTEC Level 3 Extended Diploma in IT"),
  ("Review due", "June 2027")],
 {"A": [
   H("About Jacob"),
   P("Jacob's parents shared their views at his annual review in June 2026."),
   P("Jacob's mum and dad describe him as sociable, funny and stubborn in a good way. He is a big Leeds United "
     "fan and goes to home games with his dad. He spends a lot of his free time gaming online with friends and "
     "has built his own gaming PC with help from his uncle. He enjoys college and is proud of his IT grades."),
   P("His parents say the hardest things for Jacob are getting tired by the afternoon, needing help with personal "
     "care, and pain in his hips and legs, which has got worse as he has grown. They worry about what will happen "
     "after college and whether he will be able to live away from home."),
   H("Hopes for the future"),
   P("Jacob's parents say he wants to go to university to study computing or games design and then work in IT. "
     "They would like him to learn to manage his own care and support, travel with more independence using "
     "accessible transport, and keep his friendships going after college."),
  ],
  "B": [
   H("Strengths"),
   B("Jacob is predicted Distinction grades in his BTEC IT units.",
     "He is articulate and confident in conversation and explains technical ideas clearly.",
     "He is very capable with technology and uses his powered wheelchair skilfully."),
   H("Physical and sensory"),
   P("Jacob has cerebral palsy (spastic diplegia) and uses a powered wheelchair. He needs help from one adult "
     "with transfers and personal care, using a hoist. His hand function is affected, so handwriting is not "
     "practical and he types with one hand at about 20 words per minute."),
   H("Cognition and learning"),
   P("Jacob has no learning difficulty, but fatigue and slow typing mean he falls behind with written assignments "
     "and needs more time in assessments."),
   H("Social, emotional and mental health"),
   P("Jacob has many friends online but says (through his parents) that he can feel left out of social "
     "activities at college that are not accessible."),
  ],
  "C": [
   P("Jacob has cerebral palsy (spastic diplegia). He has tight muscles in his legs and hips, which cause pain, "
     "and he is under hip surveillance. He wears ankle-foot orthoses (splints) at night. He has a stretching "
     "programme and needs regular physiotherapy. He uses a powered wheelchair provided by the NHS Wheelchair Service."),
  ],
  "D": [
   P("Jacob was assessed by a Children with Disabilities social worker in May 2026. He needs help with personal "
     "care at home, and his parents need regular breaks from caring. He is eligible for overnight short breaks. "
     "Transition planning to Adult Social Care has started, with a Care Act assessment due before his 18th birthday."),
  ],
  "E": [
   N("Education: By July 2027, I will complete my BTEC Level 3 Extended Diploma in IT and gain a place on a "
     "university or higher-level course. You will know because I will receive my results and an offer letter.",
     "Employment: By July 2027, I will complete a 2-week work placement in an IT company. You will know because my "
     "placement supervisor will write a report.",
     "Independent living: By July 2027, I will direct my own personal care at college, telling staff each step "
     "I need, at every care time. You will know because the support staff will record it on my care log.",
     "Independent living: By March 2027, I will book and travel on accessible transport from home to college on "
     "my own, 4 days out of 5. You will know because my tutor will check my travel record.",
     "Good health: By July 2027, I will do my stretching programme at college 3 times a week without reminders. "
     "You will know because the support staff will record it on my stretching chart.",
     "Friends and community: By July 2027, I will go to one social activity with friends outside college each month. "
     "You will know because I will tell my tutor at my monthly tutorial."),
  ],
  "F": [
   H("Learning and assessment"),
   B("Laptop with speech-recognition software and an adapted trackball, set up and maintained by the college "
     "assistive technology officer.",
     "25% extra time, rest breaks and use of speech recognition in all assessments, arranged by the college's "
     "Access Arrangements Coordinator.",
     "Learning Support Assistant (LSA) in practical lessons to set up equipment (10 hours per week).",
     "1:1 assignment planning with a specialist study skills tutor (weekly, 1 hour)."),
   H("Physical and personal care"),
   B("Personal care and transfers at college by one trained support assistant using a hoist, at every care time "
     "(usually 3 times a day), in the college's accessible changing room.",
     "Stretching programme written by the NHS physiotherapist, supervised by a trained support assistant "
     "(3 times a week, 20 minutes, 1:1)."),
   H("Preparing for adulthood"),
   B("Independent travel planning with the college transition worker (fortnightly, 40 minutes, 1:1, autumn term 2026).",
     "Careers guidance with a qualified careers adviser, including support with university applications (termly, 45 minutes, 1:1)."),
   H("Short breaks"),
   B("Overnight short breaks at Ashfield House, 2 nights per month (24 nights per year), provided by the Children "
     "with Disabilities Team.",
     "Saturday activity club with a 1:1 support worker, 5 hours each fortnight, provided by the Children with Disabilities Team."),
  ],
  "G": [
   B("Physiotherapy to be provided by the NHS as needed.",
     "Orthotics review by the physiotherapy team when required.",
     "Community Paediatrician: hip X-ray and hip surveillance review every 12 months, including a review of "
     "Jacob's pain relief at the same appointment.",
     "NHS Wheelchair Service: review of Jacob's powered wheelchair once a year and repairs by the approved repairer."),
   P("Health sign-off: Anne Marsh, Designated Clinical Officer (DCO), 14/7/26."),
  ],
  "H1": [P("See Section F for short breaks.")],
  "H2": [P("None identified at this time. A Care Act transition assessment by Adult Social Care is due by March 2027.")],
  "I": [P("Calderside College (general further education college), full-time study programme.")],
  "J": [P("No personal budget has been requested.")],
  "K": [T(KH, [
     ["Parents' views", "Jacob's mum and dad", ""],
     ["Educational advice", "Additional Learning Support, Calderside College", ""],
     ["Annual review report", "Calderside College", "2026-06-24"],
     ["Psychological advice", "Educational Psychologist (EP)", ""],
     ["Physiotherapy advice", "Children's Physiotherapy, Northvale NHS Foundation Trust", "2026-05-06"],
     ["Medical advice", "Dr Lisa Grant, Community Paediatrician", "2026-04-21"],
     ["Wheelchair Service report", "NHS Wheelchair Service", "2026-03-17"],
     ["Social care advice", "Children with Disabilities social worker", "2026-05-19"],
     ["Preparing for adulthood advice", "Careers adviser, Calderside College", "2026-06-02"],
   ])],
 })

# =====================================================================  g211
plan("g211.docx", "heading2-numbered",
 [("Name", "Ava"), ("Age", "9"), ("School year", "Year 5"),
  ("Date of plan", "2026-04-30 (amended following annual review)"),
  ("Date of last annual review", "26 March 2026"),
  ("Review due", "March 2027"),
  ("School", "Oakwood Primary School (mainstream primary)")],
 {"A": [
   H("All about me"),
   P("My class teacher, Miss Patel, helped me write this in March 2026. I chose the pictures and she wrote my words."),
   B("\"I like gymnastics. I can do a cartwheel and a bridge.\"",
     "\"I like my foster carer's dog, Toffee, and baking cakes with Michelle.\"",
     "\"I like art and making things out of clay.\"",
     "\"I don't like it when people don't understand what I'm saying. Then I get cross.\"",
     "\"I don't like wet play. It's too squashed.\""),
   H("My dreams for the future"),
   P("\"I want to be a gymnastics teacher or work with animals.\" Ava also said she wants to be in the school gymnastics team."),
   H("What my family say"),
   P("Ava has lived with her foster carer, Michelle, since 2024. Michelle says Ava is creative, energetic and "
     "loving, and that she has come a long way. Michelle would like Ava to be able to explain what has happened "
     "when things go wrong, instead of getting upset, and to have friends she can invite home."),
  ],
  "B": [
   H("Things I am good at"),
   B("Ava is a strong gymnast and is well coordinated.",
     "She is artistic and takes great care with practical work.",
     "She is working at the expected standard in maths."),
   H("Communication and interaction"),
   P("Ava has a developmental language disorder (DLD), a long-term difficulty with understanding and using "
     "language. She finds it hard to follow long instructions, to find the right words and to tell events in "
     "order. Her Speech and Language Therapist (SALT) assessed her in February 2026: her understanding and use "
     "of language are at around a 6-year-old level."),
   H("Cognition and learning"),
   P("Ava is reading at around a Year 3 level. She decodes well but finds it hard to understand longer texts "
     "because of her language difficulties. Her writing is short and often out of order."),
   H("Social, emotional and mental health"),
   P("Ava can become upset quickly when she feels misunderstood or when plans change without warning. She may "
     "shout, cry or hide under a table, and needs an adult she trusts to help her calm down. She finds "
     "friendships hard to keep going because of misunderstandings with other children."),
  ],
  "C": [
   P("Ava has asthma. She uses a brown preventer inhaler at home morning and night and a blue reliever inhaler "
     "when she is wheezy, which must be kept in school. She was admitted to hospital with an asthma attack in "
     "November 2025. She also has eczema, which can flare up on her hands and arms and needs emollient cream "
     "applied during the school day."),
  ],
  "D": [
   P("Ava is a looked after child and has lived with her foster carer since 2024. No social care needs have been "
     "identified in relation to her special educational needs."),
  ],
  "E": [
   N("By March 2027, I will tell an adult about something that happened, in the right order, using my story "
     "planner, 4 times out of 5. You will know because my SALT and Miss Patel will check this each half-term.",
     "By March 2027, I will follow a 3-step instruction in class without help on 4 out of 5 occasions. You will "
     "know because my teaching assistant will record it on my learning log.",
     "I will have Lego-based therapy with the HLTA (Higher Level Teaching Assistant) every week.",
     "I will get a daily check-in with my key adult.",
     "By March 2027, I will know when I am wheezy and ask for my blue inhaler, every time. You will know because "
     "staff will record it on my asthma card.",
     "By March 2027, I will rub in my own eczema cream at lunchtime with just one reminder, on 4 days out of 5. "
     "You will know because my teaching assistant will tick my cream chart.",
     "By March 2027, I will go to gymnastics club every week and take part in the school team competition. You "
     "will know because the PE lead will keep a register."),
  ],
  "F": [
   H("Communication and interaction"),
   B("Speech and Language Therapist (SALT) from the Children's Speech and Language Therapy Service: direct 1:1 "
     "therapy on narrative and vocabulary (fortnightly, 40 minutes), with a programme set for the teaching "
     "assistant (TA).",
     "Language programme delivered by a TA trained by the SALT (4 sessions of 30 minutes across the week, 1:1).",
     "A story planner and visual supports, made by the TA with the SALT, used in all literacy lessons.",
     "Lego-based therapy with the HLTA."),
   H("Cognition and learning"),
   B("Reading comprehension group with a trained TA (3 times a week, 30 minutes, in a group no larger than 4).",
     "Instructions broken into steps and written on a task card by the class teacher in every lesson."),
   H("Social, emotional and mental health"),
   B("Ava would benefit from a social skills group with the HLTA.",
     "Movement breaks where possible.",
     "Access to a calm area as required.",
     "A morning check-in with Ava's key adult, Mrs Green (daily, 10 minutes, 1:1)."),
   H("Physical activity"),
   B("A place at the weekly after-school gymnastics club, with the PE lead (1 hour)."),
  ],
  "G": [
   B("0-19 Public Health Nursing (school nursing team): training for Ava's class staff in eczema care and "
     "applying emollients (once a year, 45 minutes, each September).",
     "GP: prescription of emollient cream for home and school, reviewed every 6 months."),
   P("Health sections agreed by the Designated Clinical Officer (DCO), Dr Femi Ade, on 22 April 2026."),
  ],
  "H1": [P("None identified at this time.")],
  "H2": [P("None identified at this time.")],
  "I": [P("Oakwood Primary School (mainstream primary).")],
  "J": [P("No personal budget has been requested.")],
  "K": [T(KH, [
     ["Ava's views", "Miss Patel, class teacher, Oakwood Primary School", "2026-03-04"],
     ["Foster carer's views", "Michelle, foster carer", "2026-03-06"],
     ["Educational advice and annual review report", "Special Educational Needs Coordinator (SENCo), Oakwood Primary School", "2026-03-26"],
     ["Psychological advice", "Dr Owen Price, Educational Psychologist (EP)", "2025-10-14"],
     ["Speech and language therapy advice", "Children's Speech and Language Therapy Service", "2026-02-17"],
     ["Health advice", "0-19 Public Health Nursing (school nursing team)", "2026-02-24"],
     ["Medical information", "GP, Oakwood Surgery", "2026-02-12"],
   ])],
 })

# =====================================================================  g212
plan("g212.docx", "shaded-heading-table",
 [("Name", "Toby"), ("Age", "19"),
  ("Date of plan", "2026-09-10 (amended following annual review)"),
  ("Date of last annual review", "2 July 2026"),
  ("School year", "Post-19 (Year 14)"),
  ("Education phase", "Post-19 further education"),
  ("College", "Riverside College, Foundation Learning (Pathways to Independence programme)"),
  ("Review due", "July 2027")],
 {"A": [
   H("All about me"),
   P("In accordance with the requirement that the views, wishes and feelings of the young person be ascertained "
     "and given due regard, Toby's views were obtained by his personal tutor on 24 June 2026 through a structured "
     "conversation supported by photographs, during the course of which Toby indicated, with reference to his "
     "leisure activities, that \"I like drums. I play drums on Friday,\" and further indicated, in relation to "
     "the college environment, that \"I like my friends. I like Sam and Leon.\""),
   P("It was additionally ascertained, notwithstanding a degree of reluctance on Toby's part to engage with the "
     "latter part of the discussion, that his preferences in relation to the home environment centre upon the "
     "viewing of televised wrestling, attendance at ten-pin bowling with his older brother on a fortnightly basis "
     "and spending time with his nephew, aged two, with whom it is reported that Toby has formed a particularly "
     "affectionate relationship (\"I love Alfie\"). Toby expressed dislike of loud, crowded spaces and of being "
     "rushed (\"Don't rush me\")."),
   H("What my family say"),
   P("Toby's mother, who was consulted at the annual review meeting held on 2 July 2026, expressed the view that, "
     "whilst Toby's overall presentation since commencing at Riverside College has been broadly positive with "
     "regard to his engagement and his settledness within the group, there remain areas, principally in respect "
     "of his personal organisation, the management of his daily medication and the consistent wearing of his "
     "hearing aids, in which his level of dependence upon adult prompting continues to be significant."),
  ],
  "B": [
   H("Things I am good at"),
   B("Toby is cheerful and friendly and he get on well with staff and other students.",
     "He have good rhythm and plays the drums in the college music group.",
     "He can make a hot drink and a sandwich with picture prompts."),
   H("Communication and interaction"),
   P("Toby has Down syndrome and a moderate to severe learning disability. He speak in short phrases of 2-4 words "
     "and uses some Makaton signs. He understand familiar routines well but find it hard to follow instructions "
     "which has more than one step, and he needs time to process what is said to him."),
   H("Cognition and learning"),
   P("Toby recognise about 30 words by sight and can count to 20. He is learning to use money; he recognise "
     "coins but do not yet understand change. There is many skills he can do with prompts that he cannot yet do on his own."),
   H("Social, emotional and mental health"),
   P("Toby is a settled young man. When he is rushed or when there is lots of noise he become anxious and may "
     "sit down and refuse to move until he is calm."),
  ],
  "C": [
   P("Toby has Down syndrome. His health needs are:"),
   B("Hypothyroidism (an underactive thyroid): he take levothyroxine every morning and has a blood test once a year.",
     "A moderate hearing loss in both ears. He wears two hearing aids but often takes them out and leave them at home."),
  ],
  "D": [
   P("Toby have eligible needs under the Care Act 2014. He was assessed by a social worker from the Adult Social "
     "Care Learning Disability Team on 2026-05-12. He need support to go out in the community and to develop "
     "daily living skills, and his mother need regular breaks from caring."),
  ],
  "E": [
   N("It is intended that, by the conclusion of the academic year ending in July 2027, Toby will, with a level of "
     "prompting not exceeding one verbal prompt per task, have demonstrated the competence required to undertake "
     "the preparation of a simple hot meal on no fewer than three separate occasions, as evidenced by the "
     "observations recorded by his tutor in the independent living skills log.",
     "It is intended that, by July 2027, Toby will have demonstrated, in the context of purchasing transactions "
     "undertaken in local retail settings, the capacity to select the correct note or coins for items costing "
     "£5 or less and to check that change has been received, on four out of five recorded occasions, as evidenced "
     "by the money skills record maintained by college staff.",
     "It is intended that, by July 2027, subject to the satisfactory completion of the travel training programme, "
     "Toby will undertake the journey between his home address and the college campus by bus without adult "
     "accompaniment on five consecutive days, as evidenced by the travel log maintained by the travel trainer.",
     "It is intended that, by March 2027, Toby will, following the provision of a single verbal reminder upon "
     "arrival, have inserted and retained his hearing aids throughout the college day on four days out of five, "
     "as evidenced by the daily hearing aid record maintained by his learning support assistant.",
     "It is intended that, by July 2027, Toby will have completed a supported work experience placement of one "
     "morning per week over a period of eight weeks within the college grounds maintenance team, arriving on time "
     "and completing the tasks allocated on his picture job list with no more than two prompts per session, as "
     "evidenced by the placement supervisor's weekly record.",
     "It is intended that, by July 2027, Toby will take his morning levothyroxine, using his pill organiser "
     "and picture prompt, without the necessity for adult prompting on six mornings out of seven, as evidenced "
     "by the medication record maintained by his mother and reviewed by the learning disability nurse."),
  ],
  "F": [
   P("Toby attend college four days a week, 38 weeks a year."),
   H("Independent living"),
   B("Cooking and household skills in the college training kitchen (twice weekly, 1.5 hours, in a group no larger "
     "than 6, taught by a tutor with a Level 3 teaching qualification).",
     "Money skills with real coins and shop visits (weekly, 1 hour, small-group (max 5), led by a learning support assistant (LSA))."),
   H("Work experience"),
   B("Supported work experience with the college grounds maintenance team (one morning a week, 3 hours, for 8 weeks "
     "in the spring term 2027, 1:1 with a job coach), using a picture job list made by the job coach."),
   H("Travel"),
   B("Travel training from the college travel trainer on the bus route between home and college (weekly, 1.5 hours, "
     "1:1), reducing support step by step."),
   H("Communication"),
   B("Speech and Language Therapist (SALT) employed by the college: termly consultation (1.5 hrs) with Toby's "
     "tutors, and a 1:1 session fortnightly (40 minutes) on following two-step instructions.",
     "Staff uses short sentences, Makaton and photographs with Toby in all sessions."),
   H("Hearing"),
   B("A learning support assistant check Toby's hearing aids on arrival each day and record if he is wearing them.",
     "Radio aid for group sessions, provided by the Sensory Support Service and checked every day by the LSA."),
  ],
  "G": [
   B("GP practice: annual learning disability health check including a thyroid blood test (once a year).",
     "Community Learning Disability Team (CLDT) nurse: support for Toby and his mother to set up a pill organiser "
     "and picture routine for his medication (4 home visits of 1 hour in Autumn 2 2026, then a review each term).",
     "Adult Audiology, Northvale NHS Foundation Trust: hearing test and hearing aid review once a year, and new ear "
     "moulds once a year."),
  ],
  "H1": [P("Not applicable: Toby is over 18. See Section H2.")],
  "H2": [B("Personal assistant support for community activities, 6 hours per week (Saturday), paid for by a direct "
           "payment from Adult Social Care.",
           "Respite for Toby's mother: 12 nights per year at Maple Lodge, arranged by the Adult Social Care Learning Disability Team.")],
  "I": [P("Riverside College (general further education college), Foundation Learning, 4 days per week, until July 2027.")],
  "J": [P("Toby's mother manages a direct payment of 6 hours per week for personal assistant support (see H2). No personal budget is held for education.")],
  "K": [T(KH, [
     ["Toby's views", "Personal tutor, Riverside College", "2026-06-24"],
     ["Parent's views", "Toby's mother", "2026-07-02"],
     ["Educational advice and annual review report", "Curriculum manager, Foundation Learning, Riverside College", "2026-07-02"],
     ["Psychological advice", "Dr Claire Hunt, Educational Psychologist (EP)", "2026-03-18"],
     ["Speech and language therapy advice", "SALT, Riverside College", "2026-06-05"],
     ["Health advice", "Community Learning Disability Team (CLDT) nurse", "2026-05-20"],
     ["Audiology report", "Adult Audiology, Northvale NHS Foundation Trust", "2026-04-09"],
     ["Advice from a Qualified Teacher of the Deaf (QToD)", "QToD, Sensory Support Service", "2026-04-22"],
     ["Medical information", "GP, Riverside Health Centre", "2026-05-07"],
     ["Social care advice (Care Act assessment)", "Social worker, Adult Social Care Learning Disability Team", "2026-05-12"],
     ["Preparing for adulthood advice", "Transition and careers adviser, Riverside College", "2026-06-10"],
   ])],
 })


def main():
    os.makedirs(OUTDIR, exist_ok=True)
    for p in PLANS:
        RENDER[p["layout"]](p, os.path.join(OUTDIR, p["file"]))
        print("wrote", p["file"], p["layout"])

if __name__ == "__main__":
    main()
