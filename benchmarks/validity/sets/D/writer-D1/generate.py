"""Generator for blind set D1 (writer D1): 12 fictional, anonymised EHC plans.
Layouts: heading2-numbered, ef-table, letter-column (4 each).
Run: /work/blind/.venv-D1/bin/python generate.py
"""
import os, re
from docx import Document
from docx.shared import Pt, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "plans")

# ---------------------------------------------------------------- helpers
def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), fill)
    tcPr.append(shd)

def add_runs(par, text):
    """'**bold** rest' -> bold runs."""
    parts = re.split(r"(\*\*[^*]+\*\*)", text)
    for p in parts:
        if not p:
            continue
        if p.startswith("**") and p.endswith("**"):
            par.add_run(p[2:-2]).bold = True
        else:
            par.add_run(p)
    return par

def para(container, text, style=None):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    add_runs(p, text)
    return p

def first_par(cell, text, bold=False):
    p = cell.paragraphs[0]
    if bold:
        p.add_run(text).bold = True
    else:
        add_runs(p, text)
    return p

def table(container, header, rows, fill="D9E2F3", style="Table Grid"):
    t = container.add_table(rows=1, cols=len(header))
    try:
        t.style = style
    except Exception:
        pass
    for i, h in enumerate(header):
        c = t.rows[0].cells[i]
        first_par(c, h, bold=True)
        shade(c, fill)
    for r in rows:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            first_par(cells[i], v)
    return t

def blocks(container, items, h_style="Heading 3", in_cell=False):
    """Render content blocks.  str -> paragraph; ('h',t) sub-heading; ('b',t) bullet;
    ('n',t) numbered; ('t',header,rows) table; ('bp',t) bold paragraph."""
    for it in items:
        if isinstance(it, str):
            para(container, it)
            continue
        kind = it[0]
        if kind == "h":
            if in_cell:
                p = container.add_paragraph(); p.add_run(it[1]).bold = True
            else:
                container.add_heading(it[1], level=int(h_style[-1]))
        elif kind == "b":
            para(container, it[1], "List Bullet")
        elif kind == "n":
            para(container, it[1], "List Number")
        elif kind == "bp":
            p = container.add_paragraph(); p.add_run(it[1]).bold = True
        elif kind == "t":
            table(container, it[1], it[2])
            if not in_cell:
                container.add_paragraph()
        else:
            raise ValueError(kind)

def new_doc():
    d = Document()
    st = d.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(11)
    return d

def front(d, plan):
    t = d.add_table(rows=0, cols=2); t.style = "Table Grid"
    for k, v in plan["front"]:
        c = t.add_row().cells
        first_par(c[0], k, bold=True); shade(c[0], "F2F2F2")
        first_par(c[1], v)
    d.add_paragraph()

def k_table(container, plan, header=("Advice or information", "Given by", "Date")):
    return table(container, list(header), plan["K"])

# ---------------------------------------------------------------- layout 1
def render_heading2(plan):
    d = new_doc()
    d.add_heading(plan["title"], level=1)
    para(d, plan["council"])
    front(d, plan)
    for code, title, items in plan["sections"]:
        d.add_heading(f"Section {code}: {title}", level=2)
        blocks(d, items, "Heading 3")
        if code == "K":
            k_table(d, plan, plan.get("k_header", ("Advice or information", "Given by", "Date")))
    for s in plan.get("end", []):
        para(d, s)
    d.save(os.path.join(OUT, plan["file"]))

# ---------------------------------------------------------------- layout 2
def render_ef(plan):
    d = new_doc()
    d.add_heading(plan["title"], level=0 if plan.get("title0") else 1)
    para(d, plan["council"])
    front(d, plan)
    hl = plan.get("sec_level", 1)
    for code, title, items in plan["sections"]:
        if code == "EF":
            d.add_heading(title, level=hl)
            blocks(d, items, "Heading 3")
            hdr = plan.get("ef_header", ["Outcome", "Provision", "Frequency", "Who"])
            t = d.add_table(rows=1, cols=4); t.style = "Table Grid"
            for i, h in enumerate(hdr):
                first_par(t.rows[0].cells[i], h, bold=True); shade(t.rows[0].cells[i], "C6E0B4")
            for area, outs in plan["EF"]:
                r = t.add_row().cells
                m = r[0].merge(r[3]); first_par(m, area, bold=True); shade(m, "E2EFDA")
                for outcome, provs in outs:
                    start = None
                    for j, (pv, fq, who) in enumerate(provs):
                        r = t.add_row().cells
                        if j == 0:
                            first_par(r[0], outcome); start = r[0]
                        first_par(r[1], pv); first_par(r[2], fq); first_par(r[3], who)
                        last = r[0]
                    if len(provs) > 1:
                        start.merge(last)
            d.add_paragraph()
            for s in plan.get("ef_after", []):
                para(d, s)
            continue
        d.add_heading(f"Section {code} - {title}" if plan.get("dash") else f"Section {code}: {title}", level=hl)
        blocks(d, items, "Heading 3" if hl == 2 else "Heading 2")
        if code == "K":
            k_table(d, plan, plan.get("k_header", ("Advice or information", "Given by", "Date")))
    for s in plan.get("end", []):
        para(d, s)
    d.save(os.path.join(OUT, plan["file"]))

# ---------------------------------------------------------------- layout 3
def render_letter(plan):
    d = new_doc()
    d.add_heading(plan["title"], level=1)
    para(d, plan["council"])
    front(d, plan)
    t = d.add_table(rows=0, cols=2); t.style = "Table Grid"
    t.autofit = False
    for code, title, items in plan["sections"]:
        # split into groups at sub-headings
        groups, cur = [], []
        for it in items:
            if not isinstance(it, str) and it[0] == "h" and cur:
                groups.append(cur); cur = []
            cur.append(it)
        if cur or not groups:
            groups.append(cur)
        if code == "K":
            groups.append(["__K__"])
        rows = []
        for gi, g in enumerate(groups):
            r = t.add_row().cells
            rows.append(r)
            right = r[1]
            if gi == 0:
                first_par(right, title, bold=True)
            else:
                right.paragraphs[0].text = ""
            if g == ["__K__"]:
                k_table(right, plan, plan.get("k_header", ("Advice or information", "Given by", "Date")))
                right.add_paragraph()
                continue
            if gi != 0:
                # drop the empty first paragraph by writing the first item into it
                it = g[0]
                if not isinstance(it, str) and it[0] == "h":
                    right.paragraphs[0].add_run(it[1]).bold = True
                    g = g[1:]
            blocks(right, g, in_cell=True)
        left = rows[0][0]
        if len(rows) > 1:
            left = rows[0][0].merge(rows[-1][0])
        for p in left.paragraphs[1:]:
            p._element.getparent().remove(p._element)
        lp = left.paragraphs[0]; lp.text = ""
        run = lp.add_run(code); run.bold = True; run.font.size = Pt(20)
        lp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        shade(left, plan.get("letter_fill", "DEEAF6"))
    from docx.shared import Inches
    t.columns[0].width = Inches(0.6); t.columns[1].width = Inches(5.9)
    for row in t.rows:
        row.cells[0].width = Inches(0.6); row.cells[1].width = Inches(5.9)
    d.add_paragraph()
    for s in plan.get("end", []):
        para(d, s)
    d.save(os.path.join(OUT, plan["file"]))

RENDER = {"heading2-numbered": render_heading2, "ef-table": render_ef, "letter-column": render_letter}
PLANS = []

# =====================================================================
# d101  heading2-numbered  age 3, autism / speech and language  (SOUND)
# =====================================================================
PLANS.append({
 "file": "d101.docx", "layout": "heading2-numbered",
 "title": "Education, Health and Care (EHC) Plan for Zayn",
 "council": "Calderbrook Metropolitan Borough Council - Special Educational Needs and Disabilities (SEND) Assessment and Review Team",
 "front": [
  ("Name", "Zayn"), ("Age", "3 years 4 months"),
  ("Education phase", "Early years (pre-school)"),
  ("Current setting", "Little Acorns Day Nursery, Calderbrook"),
  ("Plan status", "Final plan"),
  ("Date this plan was issued", "16 October 2026"),
  ("Next review", "Interim review by April 2027 (six-monthly while Zayn is under five)"),
  ("Plan co-ordinator", "Gemma Clough, EHC Plan Co-ordinator"),
 ],
 "sections": [
  ("A", "Views, interests and aspirations of Zayn and his family", [
   ("h", "A1 What Zayn shows us through play and signs"),
   "Zayn is three and does not yet use spoken words. His views were gathered by his key person at nursery, Leanne (Early Years Practitioner), who watched and played with him over four sessions in September 2026 and wrote down what he chose and how he reacted. His parents added what they see at home.",
   ("b", "Zayn chooses the water tray and the sand every morning. He pours and watches for a long time and laughs when the water splashes."),
   ("b", "He takes Leanne's hand and leads her to the shelf when he wants the bubble tub. When she blows bubbles he looks at her face and signs \"more\"."),
   ("b", "He puts his hands over his ears and goes to the book corner when the room is noisy at tidy-up time. Leanne reads this as Zayn telling us he needs somewhere quiet."),
   ("b", "He shows he is happy by flapping his hands and bouncing, especially on the trampoline in the garden."),
   ("h", "A2 What Zayn's family tell us"),
   "Zayn lives with his mum, dad and older sister, Aaliyah, who is seven. His parents describe him as loving, funny and very determined. He can complete a 12-piece jigsaw on his own, knows where everything is kept in the kitchen and loves music, especially nursery rhymes on his tablet.",
   "His parents would like Zayn to be able to tell them what he wants, so that there are fewer times when he becomes upset because they cannot understand him. They would like him to sit with the family for a meal and to try some new foods.",
   ("h", "A3 Hopes for the future"),
   "In the next year, Zayn's family hope he will use signs or pictures to ask for the things he likes and will play alongside other children. Looking further ahead, they hope he will start school in September 2027 in a setting where he is happy, has friends and keeps learning to communicate in whatever way works best for him.",
  ]),
  ("B", "Special educational needs", [
   ("h", "B1 Communication and interaction"),
   "Zayn has a diagnosis of autism (made by the Calderbrook Child Development Centre in May 2026). He understands familiar routines and some single words in context, such as \"coat\", \"dinner\" and \"bubbles\". He uses three Makaton signs (Makaton is a simple signing system used alongside speech): more, finished and drink, and leads adults by the hand. He does not yet point to share interest. He enjoys people games such as peek-a-boo and will look at an adult's face to keep the game going, which is a real strength to build on.",
   ("h", "B2 Cognition and learning"),
   "Zayn is a keen explorer with good problem-solving skills: he works out how toys operate and solves inset puzzles quickly. He learns best through repetition, visual cues and short, practical activities. His play is mainly sensory and he is beginning to copy simple actions with toys, such as feeding a doll.",
   ("h", "B3 Social, emotional and mental health"),
   "Zayn is settled with his key person and greets her with a smile. Changes to routine and busy, noisy spaces make him anxious; he may drop to the floor and cry. He is calmed by a quiet space, deep-pressure hugs from familiar adults and his favourite songs.",
   ("h", "B4 Sensory and physical"),
   "Zayn walks, runs and climbs confidently and has no difficulty with stairs or the garden equipment. He seeks movement and likes to bounce and spin. He is very sensitive to noise and to some food textures, and eats a limited range of foods.",
  ]),
  ("C", "Health needs", [
   "Zayn's community paediatrician, Dr Asif Rehman, confirmed the autism diagnosis and reports that Zayn is otherwise well. He has the following health needs:",
   ("n", "Difficulty settling to sleep and frequent night waking: he sleeps about six hours a night, which leaves him tired and less able to cope with changes at nursery. Dr Rehman has referred him to the Children's Sleep Service."),
   ("n", "A restricted diet: he eats eight foods, mainly dry and beige foods. His growth is within the normal range but is being monitored."),
   "Zayn has no difficulty walking and his physical development is within the expected range.",
  ]),
  ("D", "Social care needs", [
   "Zayn's needs were discussed with the Children with Disabilities Social Work Team, who provided advice on 2 September 2026. Zayn does not have social care needs that require a social care assessment at present. His parents manage his care well with the support of family. Short breaks were discussed with his parents; they do not want them at present and know how to ask the Early Help Hub if this changes.",
  ]),
  ("E", "Outcomes", [
   "These outcomes are for the end of the summer term 2027 (July 2027), before Zayn starts school. Leanne will record progress in his learning journal and they will be checked at the interim review.",
   ("h", "E1 Communication"),
   ("n", "By July 2027, Zayn will use at least 15 signs or picture symbols to ask for things he wants (for example bubbles, drink, outside), as recorded in his communication log over two weeks."),
   ("n", "By July 2027, Zayn will point to show an adult something he finds interesting at least once a day on three days in a week, observed by his key person."),
   ("h", "E2 Play and learning"),
   ("n", "By July 2027, Zayn will take turns with an adult and one other child in a simple game (rolling a ball, building a tower) for five turns each, on three occasions recorded by his key person."),
   ("h", "E3 Emotional wellbeing and independence"),
   ("n", "By July 2027, Zayn will use his \"quiet\" symbol to ask for his calm space, rather than dropping to the floor, on most occasions (at least 4 out of 5 recorded in a fortnight)."),
   ("n", "By July 2027, Zayn will sit with other children at snack time for five minutes and touch or taste one new food each week, recorded on his snack chart."),
   ("h", "E4 Health"),
   ("n", "By April 2027, Zayn will follow his picture bedtime routine and be asleep within 30 minutes of going to bed on 5 nights out of 7, recorded in the sleep diary kept by his parents."),
  ]),
  ("F", "Special educational provision", [
   ("h", "F1 Communication and interaction (outcomes E1.1, E1.2)"),
   ("b", "A Speech and Language Therapist (SaLT) from the Calderbrook Children's Speech and Language Therapy Service will assess Zayn and write a communication programme, then visit nursery every half-term (6 visits a year, 1 hour each) to model strategies and review targets with his key person."),
   ("b", "His key person, trained in Makaton, will deliver the SaLT programme 1:1 for 10 minutes every day he attends (four days a week)."),
   ("b", "An Attention Autism session (a structured group activity that uses exciting visual objects to build shared attention) led by a trained Early Years Practitioner, in a group of up to four children (ratio 1:4), for 15 minutes three times a week."),
   ("b", "The Picture Exchange Communication System (PECS): a symbol book and choice boards made and kept up to date by his key person, used at every snack and play choice."),
   ("h", "F2 Play, learning and emotional wellbeing (outcomes E2.1, E3.1)"),
   ("b", "Adult support of 15 hours a week from a named Early Years Practitioner (1:1), to help Zayn join in play, take turns and manage changes, paid from the Early Years Inclusion Fund."),
   ("b", "Paired play with one peer, supported by his key person, for 10 minutes each day he attends."),
   ("b", "A visual timetable and a now-and-next board, made by his key person and used at every change of activity. A quiet tent with ear defenders in the book corner, provided by the nursery."),
   ("b", "A Specialist Teacher for Early Years Autism from the Calderbrook Inclusion Service will visit termly (3 per year), 90 minutes each visit, to observe Zayn, advise staff and review his plan."),
   ("h", "F3 Eating and sensory needs (outcome E3.2)"),
   ("b", "A daily sensory food play activity (touching, smelling and tasting foods) for 10 minutes, 1:1 with his key person, following the dietitian's advice."),
   ("b", "Two 20-minute movement breaks a day (trampoline or swing) supervised by his key person."),
   ("h", "F4 Planning for school"),
   ("b", "January 2027 is when transition planning starts: the nursery SENCo (Special Educational Needs Co-ordinator) will hold a planning meeting with Zayn's parents and the Specialist Teacher, and arrange three visits to his new school, with his key person, in the summer term 2027."),
   ("b", "By 30 November 2026 his key person will make a photo bedtime routine book with Zayn's parents, using the same symbols as at nursery, and will update it each term (outcome E4.1)."),
  ]),
  ("G", "Health provision", [
   ("b", "Children's Sleep Service (sleep practitioner): four 1-hour sessions with Zayn's parents between November 2026 and February 2027 to set up a bedtime routine and sleep diary, then a review appointment in May 2027."),
   ("b", "Community paediatrician (Dr Rehman): review clinic appointment once every six months to monitor growth and general health."),
   ("b", "Paediatric dietitian, Calderbrook Community Nutrition Service: three appointments between October 2026 and March 2027 to agree a food plan for home and nursery, then a review in June 2027."),
   "Health sign-off: the health provision above was checked and agreed by Nadia Hussain, Designated Clinical Officer (DCO) for Calderbrook, on 7 October 2026.",
  ]),
  ("H1", "Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970", [
   "None at present. Short breaks were considered (see Section D) and are not required at this time.",
  ]),
  ("H2", "Any other social care provision", [
   "None. The family have the Early Help Hub leaflet and the number of the Calderbrook Parent Carer Forum.",
  ]),
  ("I", "Placement", [
   "Little Acorns Day Nursery, Calderbrook (private, voluntary and independent early years setting), 15 funded hours a week plus 15 hours paid by parents.",
  ]),
  ("J", "Personal budget", [
   "Zayn's parents have not asked for a personal budget.",
  ]),
  ("K", "Advice and information", [
   "The following advice was gathered for the needs assessment and is attached to this plan.",
  ]),
 ],
 "K": [
  ("Parents' views (written and at a home visit)", "Zayn's mum and dad", "28 August 2026"),
  ("Educational advice", "Leanne Firth, Key Person, and Joanne Price, Nursery SENCo, Little Acorns Day Nursery", "5 September 2026"),
  ("Psychological advice", "Dr Helen Marsh, Educational Psychologist, Calderbrook Educational Psychology Service", "10 September 2026"),
  ("Medical advice", "Dr Asif Rehman, Community Paediatrician", "19 August 2026"),
  ("Speech and language therapy advice", "Sophie Lund, Speech and Language Therapist", "26 August 2026"),
  ("Sleep service advice", "Calderbrook Children's Sleep Service, sleep practitioner", "9 September 2026"),
  ("Dietetic advice", "Paediatric Dietitian, Community Nutrition Service", "3 September 2026"),
  ("Social care advice", "Children with Disabilities Social Work Team", "2 September 2026"),
 ],
 "end": ["Signed on behalf of Calderbrook Metropolitan Borough Council: Gemma Clough, EHC Plan Co-ordinator, 16 October 2026."],
})

# =====================================================================
# d102  ef-table  Year 7, ADHD / SEMH, looked after  (FAILING)
# =====================================================================
PLANS.append({
 "file": "d102.docx", "layout": "ef-table",
 "title": "Education, Health and Care Plan", "sec_level": 1, "dash": True,
 "council": "North Fellshire County Council - Children and Families Directorate, Special Educational Needs and Disabilities (SEND) Service (Fellside Area Team)",
 "front": [
  ("Child's first name", "Tia"), ("Age", "12"),
  ("National Curriculum year", "Year 7"),
  ("School", "Ravensgill Academy (mainstream secondary)"),
  ("Date of issue", "02/06/2026"),
  ("Type of plan", "Amended plan following phase transfer review"),
  ("Key worker", "Daniel Storey, SEND Key Worker"),
 ],
 "sections": [
  ("A", "All about me, and what my family think", [
   ("h", "All about me (Tia wrote this with Mrs Ali, her Emotional Literacy Support Assistant)"),
   "I am Tia and I am 12. I like drawing manga characters, football and my foster carers' dog, Biscuit. I am good at art and I am the fastest runner in my form.",
   "I find it hard to sit still and listen for a long time. When the classroom is loud I get wound up and then I get told off. I like it when teachers give me a job to do, like handing out the books. I like Mrs Ali because she listens and doesn't shout.",
   "When I am older I want to be an animator or work with animals. I want to stay at Ravensgill and I want to get better at maths.",
   ("h", "What my carers think"),
   "Tia has lived with her foster carers, Jo and Martin, since March 2024. They say Tia is kind, funny and brilliant with younger children and animals. She is creative and can spend hours drawing. They want Tia to feel settled at secondary school, to keep her friendships and to leave school with qualifications that let her go to college to study art or animal care. They worry that Tia is often sent out of lessons and is falling behind.",
  ]),
  ("B", "Special educational needs", [
   ("h", "Social, emotional and mental health"),
   "Tia has a diagnosis of Attention Deficit Hyperactivity Disorder (ADHD), made in 2023. She is energetic and enthusiastic and is quick to help others. She finds it hard to stay focused for more than about ten minutes, calls out and leaves her seat. When she feels criticised she can become angry and walk out. She has had 11 behaviour points this term. Past experiences mean she can find it difficult to trust new adults, but she forms strong relationships once she knows someone.",
   ("h", "Cognition and learning"),
   "Tia's reading age is 10 years 6 months (New Group Reading Test, March 2026). She enjoys stories with pictures and her comprehension is better than her decoding. In maths she is working at about the level expected at the end of Year 5; she knows her times tables to 5 x 5 but loses track of multi-step problems. She remembers information better when it is shown visually.",
   ("h", "Communication and interaction"),
   "Tia talks confidently with adults and peers. She sometimes misreads other pupils' jokes as unkind, which leads to arguments at break time.",
   ("h", "Sensory and physical"),
   "An Occupational Therapist (OT) assessed Tia in January 2026 and found weak fine motor control and poor pencil grip. Her handwriting is large, slow (about 8 words a minute) and hard to read, and she tires quickly when writing. This stops her showing what she knows in written work.",
  ]),
  ("C", "Health needs", [
   "Tia takes medication for ADHD each morning, prescribed by Dr Priya Nair, Consultant Community Paediatrician, who reviews it. She has had some difficulty sleeping and low mood, and was referred to the Child and Adolescent Mental Health Service (CAMHS) in 2025. Tia has asthma and uses a reliever inhaler, which she keeps in her bag.",
  ]),
  ("D", "Social care needs", [
   "Tia has been looked after by North Fellshire County Council since March 2024 and lives with experienced foster carers, who meet her day-to-day care needs well. Because of her ADHD she needs clear routines at home and closer supervision than other 12-year-olds when she is out in the community; her carers provide this. She has no personal care needs.",
  ]),
  ("EF", "Sections E and F - Outcomes and special educational provision", [
   "Each outcome is for the end of Year 8 (July 2027) unless stated. Staff will check progress each term and report at the annual review.",
  ]),
  ("G", "Health provision", [
   ("b", "Dr Nair, Consultant Community Paediatrician: ADHD medication review every six months at Fellside Child Health Clinic."),
   ("b", "CAMHS practitioner (Fellside CAMHS): six weekly sessions of 50 minutes on sleep and managing low mood, from September 2026, then review."),
   "The health provision was agreed by Karen Oduya, Designated Clinical Officer, North Fellshire Integrated Care Board, on 20 May 2026.",
  ]),
  ("H1", "Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970", [
   "None. Short breaks were considered; Tia's needs are met within her foster placement.",
  ]),
  ("H2", "Other social care provision", ["None."]),
  ("I", "Placement", ["Ravensgill Academy, Fellside (mainstream secondary academy)."]),
  ("J", "Personal budget", ["Not requested."]),
  ("K", "Advice and information", []),
 ],
 "EF": [
  ("Social, emotional and mental health", [
   ("By July 2027, Tia will stay in class for whole lessons, using her time-out card when she needs a break, so that she is removed from no more than 2 lessons a half-term (recorded on the behaviour log).",
    [("Emotional Literacy Support Assistant (ELSA) sessions on recognising and managing anger, 1:1", "Weekly, 40 minutes, for two terms", "ELSA (trained by the Educational Psychology Service)"),
     ("Time-out card allowing Tia to go to the Base for 5 minutes, with a check-in when she returns", "When Tia uses it; reviewed each half-term", "Class teachers; Base staff"),
     ("Mentoring with a member of the pastoral team", "Ongoing", "Pastoral team")]),
   ("By July 2027, Tia will name three strategies that help her when she feels angry and use one of them in at least 4 out of 5 recorded incidents.",
    [("Zones of Regulation programme (a programme that teaches pupils to recognise their feelings and choose calming strategies) in a group of 4", "Twice a week, 30 minutes, Autumn and Spring terms", "Higher Level Teaching Assistant (HLTA)")]),
  ]),
  ("Cognition and learning", [
   ("By July 2027, Tia will increase her reading age by at least 12 months on the New Group Reading Test.",
    [("Structured reading intervention (Lexia Core5 plus paired reading)", "Three 20-minute sessions a week", "Trained Teaching Assistant (TA), 1:1")]),
   ("By July 2027, Tia will solve two-step word problems involving the four operations, getting 8 out of 10 correct on a teacher-set check.",
    [("Small-group maths catch-up using concrete and visual resources, group of 5", "Two 30-minute sessions a week, for the first six weeks of each term", "Maths HLTA"),
     ("Maths teacher to give Tia written step-by-step prompt cards in every maths lesson", "Every maths lesson", "Class maths teacher")]),
  ]),
  ("Communication and interaction", [
   ("By July 2027, Tia will take part in a structured lunchtime club for a full half-term with no arguments recorded, and say who she sits with.",
    [("Lunchtime social club, paired with one peer, with an adult modelling how to check what someone meant", "Every Tuesday and Thursday lunchtime, 30 minutes", "Learning Mentor")]),
  ]),
  ("Health and independence", [
   ("By July 2027, Tia will recognise when she needs her inhaler and use it on her own, and will take her morning medication at home on time every school day (confirmed by her carers at the termly check). By July 2027, Tia will be asleep by 10pm on at least 5 nights a week, recorded in the sleep diary she keeps with her CAMHS practitioner.",
    [("A short daily check-in at registration where Tia rates how she feels and how she slept", "Daily, 5 minutes", "Form tutor")]),
  ]),
 ],
 "K": [
  ("Young person's views", "Tia, with Mrs Ali (ELSA)", "12/02/2026"),
  ("Views of foster carers", "Jo and Martin (foster carers)", "12/02/2026"),
  ("Educational advice", "Claire Bentham, Special Educational Needs Co-ordinator (SENCo), Ravensgill Academy", "03/03/2026"),
  ("Psychological advice", "Dr Tom Whitley, Educational Psychologist", "20/01/2026"),
  ("Medical advice", "Dr Priya Nair, Consultant Community Paediatrician", "27/01/2026"),
  ("CAMHS advice", "Fellside CAMHS", "09/03/2026"),
  ("Occupational therapy report", "Lucy Harker, Occupational Therapist", "15/01/2026"),
  ("Social care advice", "Disabled Children's Service duty team (not known to the service)", "10/02/2026"),
 ],
 "end": ["Plan issued by Daniel Storey, SEND Key Worker, on behalf of North Fellshire County Council."],
})

# =====================================================================
# d103  letter-column  Year 1, DLD / EAL  (FAILING)
# =====================================================================
PLANS.append({
 "file": "d103.docx", "layout": "letter-column",
 "title": "EHC Plan", "letter_fill": "FCE4D6",
 "council": "London Borough of Leyholme - SEND Statutory Service",
 "front": [
  ("First name", "Kwame"), ("Age", "5"), ("NC Year", "Year 1"),
  ("School", "St Jude's CE Primary School, Leyholme"),
  ("Home languages", "Twi and English"),
  ("Date issued", "3rd March 2026"),
  ("Plan type", "New plan (first issue)"),
 ],
 "sections": [
  ("A", "Section A: Views, interests and aspirations", [
   ("h", "Kwame's views"),
   "Kwame's class teacher, Ms Osei, talked with Kwame using picture cards in January 2026. He pointed to the \"sad\" face for carpet time and said \"too loud\". He pointed to the \"sad\" face for phonics. He did not want to choose a picture for playtime.",
   ("h", "Parents' views"),
   "Kwame's mum and dad are worried because Kwame does not talk as much as his cousins did at his age and he gets upset when people do not understand him. At home he speaks a little Twi and a little English. He does not sleep well and has tantrums when he has to stop using his tablet. They are worried he is behind in reading and that other children will not play with him.",
   ("h", "Hopes for the future"),
   "His parents hope Kwame will learn to talk clearly in English and Twi, learn to read, and make friends at school.",
  ]),
  ("B", "Section B: Special educational needs", [
   ("h", "Communication and interaction"),
   "Kwame has DLD and EAL. CELF-P2 core language score below the 1st centile. He cannot follow 2-part instructions in class without a visual prompt and is unable to answer why and how questions. His expressive language is limited to 2-3 word phrases with grammatical errors (\"him go park\"). WellComm Section 6 red. BPVS standard score 68. He does not initiate play with peers and does not respond when children ask him to join in.",
   ("h", "Cognition and learning"),
   "Kwame did not reach the ELGs for communication and language or literacy at the end of EYFS. He knows 9 RWI Set 1 sounds and cannot yet blend CVC words. He cannot retain new vocabulary without high levels of repetition.",
   ("h", "Social, emotional and mental health"),
   "Kwame becomes frustrated when he is not understood and will push or throw equipment (4 incidents logged in the autumn term). He struggles with transitions and will not leave the carpet when asked.",
  ]),
  ("C", "Section C: Health needs", ["Not known."]),
  ("D", "Section D: Social care needs", ["N/A"]),
  ("E", "Section E: Outcomes", [
   ("h", "Communication and interaction"),
   ("b", "By the end of Year 2 (July 2027), Kwame will follow a two-step instruction in class (for example \"get your book and sit on the carpet\") without a picture prompt on 8 out of 10 occasions, recorded by his class teacher."),
   ("b", "By July 2027, Kwame will use sentences of 4-5 words with the correct word order to tell an adult what he has done, in 3 out of 4 therapy sessions observed by his therapist."),
   ("b", "Kwame will receive speech and language therapy every week."),
   ("h", "Cognition and learning"),
   ("b", "By July 2027, Kwame will know all the letter sounds taught in Year 1 and blend three-letter words such as c-a-t, reading 20 words from the school's word list."),
   ("h", "Social, emotional and mental health"),
   ("b", "Kwame has an adult to support him in class and at lunchtime."),
   ("b", "By July 2027, Kwame will move from the carpet to his table with a now-and-next card on 4 out of 5 occasions in a week, recorded by the adult who works with him."),
  ]),
  ("F", "Section F: Special educational provision", [
   ("h", "Communication and interaction"),
   ("b", "SALT from the Leyholme Children's SLT Service: assessment and a 1:1 therapy block of 8 weekly 30-minute sessions in the autumn term and 8 in the spring term, delivered in school by a SALT."),
   ("b", "A trained TA to deliver the SALT programme 1:1 for 20 minutes, 4 times a week, using the targets set by the SALT."),
   ("b", "Language group (Talk Boost KS1) in a group of 4 with a trained TA, 3 x 30 minutes a week for 10 weeks each term."),
   ("b", "Visual supports (now-and-next card, visual timetable, Colourful Semantics cards) made by the TA and used in all lessons."),
   ("h", "Cognition and learning"),
   ("b", "RWI 1:1 phonics tutoring, 10 minutes daily, delivered by a TA trained in RWI."),
   ("b", "Pre-teaching of topic vocabulary in a group of 3 with a TA, 15 minutes, twice a week."),
   ("h", "Social, emotional and mental health"),
   ("b", "20 hours a week of TA support across the school day (1:1 in lessons and at lunchtime), to prompt Kwame's use of visual supports, model language with peers and help him through transitions."),
   ("b", "The SENCo will meet Kwame's parents each half-term (6 meetings a year, 30 minutes each) to share strategies for home."),
   ("b", "The EP will visit once a term (3 visits a year, 1.5 hours each) to observe Kwame and advise staff on managing frustration."),
  ]),
  ("G", "Section G: Health provision", ["None."]),
  ("H1", "Section H1: Social care provision (CSDPA 1970 s.2)", ["N/A"]),
  ("H2", "Section H2: Other social care provision", ["N/A"]),
  ("I", "Section I: Placement", ["St Jude's CE Primary School, Leyholme (mainstream, voluntary aided)."]),
  ("J", "Section J: Personal budget", ["No personal budget requested."]),
  ("K", "Section K: Advice and information", []),
 ],
 "K": [
  ("Parental advice", "Kwame's parents", "12 January 2026"),
  ("Educational advice", "Ms A. Osei, Class Teacher, and Mrs R. Campbell, SENDCo, St Jude's CE Primary", "16 January 2026"),
  ("EP advice", "Dr Sam Greaves, EP, Leyholme EPS", "23 January 2026"),
  ("SLT advice", "Farah Iqbal, SALT, Leyholme Children's SLT Service", "9 January 2026"),
  ("Health advice", "Leyholme School Nursing Team", "14 January 2026"),
  ("Social care advice", "Leyholme Children's Social Care (MASH): not known to service", "20 January 2026"),
 ],
 "end": ["Issued on behalf of the London Borough of Leyholme: SEND Case Officer, 3rd March 2026."],
})

# =====================================================================
# d104  heading2-numbered  Year 4, autism / SEMH, child protection  (FAILING)
# =====================================================================
PLANS.append({
 "file": "d104.docx", "layout": "heading2-numbered",
 "title": "Education, Health and Care Plan: Mason",
 "council": "Marcheston Council (Welsh border) - Additional Needs and Special Educational Needs and Disabilities (SEND) Team",
 "front": [
  ("Name", "Mason"), ("Age", "9"),
  ("National Curriculum year group", "Year 4"),
  ("Education phase", "Primary (Key Stage 2)"),
  ("Setting", "Brynford Community Primary School"),
  ("Date of last annual review", "24 June 2026"),
  ("Date amended plan issued", "8 September 2026"),
 ],
 "sections": [
  ("A", "The views, interests and aspirations of Mason and his parents", [
   ("h", "A1 What Mason told us"),
   "Mason talked to his class teacher, Mr Pryce, in May 2026, with drawings to help him. He said: \"I don't like the hall at dinner time, it's too loud and people push. I get angry and then I get in trouble. I haven't got any friends in my class. I don't like writing, it hurts my hand.\"",
   "Mason said he is good at Minecraft and at drawing buses, and he likes helping Mr Evans the caretaker. He wants to be a bus driver when he grows up.",
   ("h", "A2 What Mason's mum told us"),
   "Mason's mum says Mason has always struggled. He has meltdowns at home most evenings, he won't go to bed and he refuses to eat anything except a few foods. He doesn't listen to her and fights with his younger brother. Mum also says Mason is loving, very clever with computers and knows every bus route in town. She feels school don't understand how hard it is. Mason and his brother was both late to school a lot last year because mornings are very difficult.",
   ("h", "A3 Hopes for the future"),
   "Mum would like Mason to cope better at school, to have fewer meltdowns and to have at least one friend. She hopes he can stay at Brynford until Year 6.",
  ]),
  ("B", "Special educational needs", [
   ("h", "B1 Communication and interaction"),
   "Mason was diagnosed with autism in 2024. He does not understand jokes or sarcasm and takes what people say literally. He does not join in with group work and will not share equipment. He finds it very difficult to understand how other children feel and often says hurtful things. He does not cope with unexpected changes, such as a supply teacher. He talks confidently to adults about his interests and has a wide vocabulary about buses and machines.",
   ("h", "B2 Cognition and learning"),
   "Mason is working below age-related expectations in reading, writing and maths. His reading age is 6 years 11 months. He avoids writing and will produce only one or two sentences in a lesson. He can't remember number facts and gets muddled with place value. He has a good memory for facts he is interested in and is quick to work out how things work, for example in design and technology.",
   ("h", "B3 Social, emotional and mental health"),
   "Mason has frequent outbursts where he shouts, throws equipment or runs out of class; 23 incidents occured in the spring term. He is often tired and irritable in the morning. He finds unstructured times, especially lunchtime, very hard and has been involved in a number of fights. He has been excluded for one day in February 2026. School staff has tried a reward chart and a quiet corner but Mason do not settle for long.",
   ("h", "B4 Sensory and physical"),
   "Mason is very sensitive to noise and becomes distressed in the hall and the playground. His pencil grip is immature and his handwriting is poorly formed.",
  ]),
  ("C", "Health needs", [
   "Mason is seen by Dr Owen Rees, Community Paediatrician, who made the autism diagnosis. Mason has difficulty getting to sleep, and his paediatrician has prescribed melatonin. He eats a restricted range of foods; his growth is within normal limits. He has no other health needs.",
  ]),
  ("D", "Social care needs", [
   "Mason has been subject to a Child Protection Plan under the category of neglect since August 2025. He sometimes arrives at school hungry and in unwashed uniform, and his attendance last year was 84%. He needs consistent routines at home and help to get to school on time.",
  ]),
  ("E", "Outcomes", [
   ("h", "E1 Communication and interaction"),
   ("n", "By July 2027, Mason will work with a partner in a structured group task for 10 minutes, taking turns and sharing equipment, on 3 out of 4 observed occasions, recorded by his teaching assistant."),
   ("h", "E2 Cognition and learning"),
   ("n", "By July 2027, Mason's reading age will increase by at least 12 months on the school's standardised reading test."),
   ("n", "By July 2027, Mason will write at least five sentences in a literacy lesson, using a word bank, in 4 out of 5 lessons sampled by his class teacher."),
   ("h", "E3 Social, emotional and mental health"),
   ("n", "By July 2027, Mason will use his calm card or his agreed calming strategy instead of leaving class, reducing incidents to no more than 5 a term (recorded on the school's behaviour log)."),
   ("n", "By July 2027, Mason will spend lunchtime in the lunch club or playground without a recorded incident on 4 days out of 5, over a four-week period."),
   ("h", "E4 Sensory and physical"),
   ("n", "By July 2027, Mason will use his ear defenders or ask for a break himself when he finds a space too loud, on 4 out of 5 occasions observed by staff."),
   ("h", "E5 Health"),
   ("n", "By July 2027, Mason will follow his picture bedtime routine and be asleep by 9pm on at least 5 nights a week, recorded in the sleep diary his mum shares with the paediatrician."),
   ("n", "By July 2027, Mason will eat at least two foods from his agreed food plan at school lunch each week, recorded by the midday supervisor."),
  ]),
  ("F", "Special educational provision", [
   ("h", "F1 Communication and interaction"),
   ("b", "Lego-based therapy (a structured group where children build models together, each with a job) in a group of 3, 45 minutes weekly, led by a teaching assistant (TA) trained in Lego-based therapy."),
   ("b", "Mason will have opportunities to take part in social skills activities with his peers as appropriate."),
   ("b", "Social stories written by the class TA before any planned change (supply teacher, trips, assemblies), read with Mason on the morning of the change."),
   ("h", "F2 Cognition and learning"),
   ("t", ["Provision", "Staffing", "Frequency", "Duration"], [
     ["Precision teaching of number facts, 1:1", "Trained TA", "Daily", "10 minutes"],
     ["Reading intervention (Toe by Toe), 1:1", "Trained TA", "Four times a week", "15 minutes"],
     ["Writing frames, word banks and a sloping writing board, provided by the class teacher", "Class teacher", "Every literacy lesson", "-"],
     ["Specialist Teacher, Marcheston Autism Outreach Team: visit to observe and advise staff", "Specialist Teacher", "Termly (3 per year)", "1.5 hours each"],
   ]),
   ("h", "F3 Social, emotional and mental health"),
   ("b", "Emotional Literacy Support Assistant (ELSA) sessions, 1:1, 30 minutes, twice a week for two terms, to work on recognising feelings and calming strategies."),
   ("b", "A calm card and access to the quiet room when Mason needs it, where possible."),
   ("b", "Lunch club in the library, for a group of 6 pupils, with a midday supervisor, every day for 30 minutes of the lunch break."),
   ("h", "F4 Sensory and physical"),
   ("b", "Ear defenders, provided by the school and kept in the classroom, available to Mason in the hall and at assemblies."),
   ("b", "Fine motor programme (Clever Hands), 1:1 with a TA, 15 minutes three times a week."),
  ]),
  ("G", "Health provision", [
   ("b", "Dr Rees, Community Paediatrician: review of sleep and melatonin every six months at Brynford Clinic."),
   ("b", "Children's Dietitian, Marcheston Community Health: two appointments in the autumn term 2026 to agree a food plan, then a review in spring 2027."),
   "Health provision agreed by Siân Morgan, Designated Clinical Officer, on 1 September 2026.",
  ]),
  ("H1", "Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970", ["None."]),
  ("H2", "Other social care provision", ["None."]),
  ("I", "Placement", ["Brynford Community Primary School (mainstream, maintained)."]),
  ("J", "Personal budget", ["Mason's mum did not request a personal budget."]),
  ("K", "Advice and information", ["Advice recieved for the annual review and the original assessment:"]),
 ],
 "K": [
  ("Parent's views", "Mason's mum", "10 June 2026"),
  ("Child's views", "Mason, with Mr Pryce (class teacher)", "20 May 2026"),
  ("Educational advice and annual review report", "Mrs Gwen Lloyd, SENCo (Special Educational Needs Co-ordinator), Brynford Community Primary School", "12 June 2026"),
  ("Educational psychology advice", "Dr Alys Hughes, Educational Psychologist", "4 December 2025"),
  ("Medical advice", "Dr Owen Rees, Community Paediatrician", "28 January 2026"),
  ("Autism outreach advice", "Marcheston Autism Outreach Team, Specialist Teacher", "17 March 2026"),
  ("Dietetic advice", "Children's Dietitian, Marcheston Community Health", "2 February 2026"),
 ],
 "end": ["Signed: Rhys Jenkins, SEND Officer, Marcheston Council, 8 September 2026. This plan is seperate from Mason's child protection plan."],
})

# =====================================================================
# d105  letter-column  Year 6, hearing impairment / EAL  (SOUND)
# =====================================================================
PLANS.append({
 "file": "d105.docx", "layout": "letter-column",
 "title": "Education, Health and Care Plan", "letter_fill": "E2EFDA",
 "council": "London Borough of Eastbrook - Special Educational Needs and Disabilities (SEND) Service",
 "front": [
  ("Child", "Hodan"), ("Year group", "Year 6 (age 10)"),
  ("Languages", "Somali at home; English at school"),
  ("School", "Eastbrook Park Primary School, with a Resource Base for deaf pupils"),
  ("Date of last annual review", "14/05/2026"),
  ("Date this amended plan was issued", "22/06/2026"),
  ("Next annual review due", "May 2027"),
 ],
 "k_header": ("Advice", "Who gave it", "Date received"),
 "sections": [
  ("A", "Section A - Hodan's views, interests and aspirations, and those of her family", [
   ("h", "All about me (Hodan told her Qualified Teacher of the Deaf this in April 2026, and checked it was right)"),
   "My name is Hodan and I am ten. I wear two hearing aids and I have a radio aid. The radio aid is good because I can hear my teacher even when the class is noisy. I like netball, drawing and making videos with my cousins. My best subject is maths because I am fast at it.",
   "I don't like it when people talk with their hand over their mouth, or when the hall is echoey, because I can't hear anything. I get really tired at the end of the day from listening so hard.",
   "I am a bit worried about going to secondary school because it is big and I won't know the teachers. When I grow up I want to be a doctor so I can help people like my mum helps people at the pharmacy.",
   ("h", "What Hodan's parents say (shared through a Somali interpreter)"),
   "Hodan's parents are very proud of her. She is hard-working, kind to her little brothers and determined. They want her to do well in her Year 6 tests, to go to a secondary school where there are staff who understand deafness, and later to go to university. They would like to learn more about her hearing aids and how to help her with English vocabulary at home.",
  ]),
  ("B", "Section B - Special educational needs", [
   ("h", "Hearing"),
   "Hodan has a moderate to severe permanent hearing loss in both ears (sensorineural, meaning the loss is in the inner ear). She wears two hearing aids all day and uses a radio aid in lessons, which carries the teacher's voice straight to her hearing aids. In quiet conditions she follows conversation well and lip-reads skilfully; in noise, or in group discussion, she misses a lot.",
   ("h", "Communication and language"),
   "Hodan is a confident communicator and uses spoken English and Somali. Her English vocabulary is narrower than that of hearing children of her age, especially for subject words (for example \"evaporate\", \"tributary\"), and she sometimes misses word endings such as -ed and -s because they are hard to hear.",
   ("h", "Cognition and learning"),
   "Hodan is working at the expected standard in maths and is close to it in reading. Her written work is well organised, although she sometimes leaves out small grammatical words. She learns best when new words are taught before the lesson and when information is written down as well as spoken.",
   ("h", "Social, emotional and mental health"),
   "Hodan has a close group of friends and is a popular member of the netball team. She becomes tired and sometimes withdrawn in the afternoons because of the effort of listening (often called listening fatigue). She can be anxious about new situations.",
  ]),
  ("C", "Section C - Health needs", [
   "Hodan's hearing loss was identified through newborn hearing screening. She is under the care of the Eastbrook Children's Hearing Centre, which fits and reviews her hearing aids. She is otherwise healthy and has no other health needs (medical advice from Dr Fiona Clarke, Community Paediatrician, March 2026).",
  ]),
  ("D", "Section D - Social care needs", [
   "The Sensory Support Social Work Team gave advice in March 2026. Hodan has no social care needs arising from her deafness. The family were given information about the Eastbrook short breaks local offer, including the Saturday deaf youth club, and chose not to take this up now.",
  ]),
  ("E", "Section E - Outcomes", [
   ("h", "Outcomes for the end of Year 7 (July 2027)"),
   ("b", "**E1** By July 2027, Hodan will manage her own hearing equipment: she will check her hearing aids each morning, change the batteries and tell an adult if her radio aid is not working, on every day checked in one half-term (recorded by her teaching assistant, then her Year 7 form tutor)."),
   ("b", "**E2** By July 2027, Hodan will use 40 new subject words correctly in speech and writing (science, geography and maths), checked by her Qualified Teacher of the Deaf against her vocabulary list each term."),
   ("b", "**E3** By July 2027, Hodan will tell a teacher when she has not heard something, using her agreed signal, in 4 out of 5 lessons observed by the Qualified Teacher of the Deaf."),
   ("b", "**E4** By the end of the first term at secondary school (December 2027), Hodan will find her way around her new school on her own and say that she knows at least two adults she can go to, recorded at her first Year 7 review."),
   ("b", "**E5** By July 2027, Hodan will take part in at least one after-school club at secondary school each term, such as netball or science club, building on her wish to become a doctor."),
  ]),
  ("F", "Section F - Special educational provision", [
   ("h", "Specialist teaching and advice (E2, E3)"),
   ("b", "A Qualified Teacher of the Deaf (QToD) from the Eastbrook Sensory Support Service will teach Hodan 1:1 every other Friday for one hour, working on vocabulary, listening and self-advocacy, and will advise her class teacher at each visit."),
   ("b", "The QToD will give deaf awareness training to all staff who teach Hodan once a year (2 hours), and again to her secondary school staff in July 2027 before she transfers."),
   ("b", "Pre-teaching of subject vocabulary by a teaching assistant (TA) trained by the QToD, paired with one peer, three 20-minute sessions a week."),
   ("h", "Equipment and the classroom (E1, E3)"),
   ("b", "A personal radio aid, provided, set up and maintained by the Educational Audiologist from the Sensory Support Service, checked by the TA every morning with Hodan."),
   ("b", "Seating near the front with a clear view of the teacher's face, and written key words and instructions on the board in every lesson, arranged by the class teacher."),
   ("b", "Extra time of 25% and a quiet room for the Key Stage 2 national tests in May 2027, applied for by the Deputy Headteacher (Assessment)."),
   ("h", "Moving to secondary school (E4, E5)"),
   ("b", "September 2027 is Hodan's move to secondary school. Before then, the SENCo (Special Educational Needs Co-ordinator) will arrange three extra visits to her new school in June and July 2027, accompanied by her TA, and a meeting between the QToD and the secondary SENCo."),
   ("b", "A 15-minute rest break in a quiet space each afternoon to manage listening fatigue, supervised by the TA."),
  ]),
  ("G", "Section G - Health provision", [
   ("b", "Eastbrook Children's Hearing Centre (paediatric audiologist): hearing test and hearing aid review every six months; new ear moulds fitted every three months; a repair and battery service at the drop-in clinic each Tuesday."),
   "The Designated Clinical Officer for Eastbrook, Mr Joseph Adeyemi, reviewed Section G and confirmed health agreement to it on 10 June 2026.",
  ]),
  ("H1", "Section H1 - Social care provision (section 2, Chronically Sick and Disabled Persons Act 1970)", [
   "None required (see Section D). Short breaks were considered.",
  ]),
  ("H2", "Section H2 - Other social care provision", ["None."]),
  ("I", "Section I - Placement", [
   "Eastbrook Park Primary School with Resource Base for deaf pupils, until July 2027. The secondary placement will be named following the phase transfer review by 15 February 2027.",
  ]),
  ("J", "Section J - Personal budget", ["The family have not asked for a personal budget."]),
  ("K", "Section K - Advice and information", []),
 ],
 "K": [
  ("Hodan's views", "Hodan, with her Qualified Teacher of the Deaf", "22 April 2026"),
  ("Parents' views", "Hodan's mother and father (through a Somali interpreter)", "30 April 2026"),
  ("Educational advice (annual review report)", "Mrs Leila Ahmed, SENCo, Eastbrook Park Primary School", "1 May 2026"),
  ("Advice from a Qualified Teacher of the Deaf", "Ms Carol Fenwick, QToD, Eastbrook Sensory Support Service", "24 April 2026"),
  ("Educational psychology advice", "Dr Ben Adler, Educational Psychologist", "11 February 2026"),
  ("Medical advice", "Dr Fiona Clarke, Community Paediatrician", "2 March 2026"),
  ("Audiology report", "Eastbrook Children's Hearing Centre, paediatric audiologist Ms Priya Shah", "17 March 2026"),
  ("Social care advice", "Sensory Support Social Work Team", "19 March 2026"),
 ],
 "end": ["Issued by the London Borough of Eastbrook SEND Service on 22/06/2026."],
})

# =====================================================================
# d106  ef-table  Year 10, Down syndrome  (FAILING)
# =====================================================================
PLANS.append({
 "file": "d106.docx", "layout": "ef-table",
 "title": "Education, Health and Care Plan - Ella", "sec_level": 2,
 "council": "Dalesmoor County Council | Special Educational Needs and Disabilities (SEND) Casework Team (South Dales)",
 "ef_header": ["Outcome (what Ella will achieve)", "Provision", "How often and how long", "Who delivers it"],
 "front": [
  ("Name", "Ella"), ("Age", "15"), ("Year group", "Year 10"),
  ("Setting", "Hawes Bridge School (mainstream secondary), with the Learning Support Centre"),
  ("Date of annual review meeting", "11 March 2026"),
  ("Date amended plan finalised", "29 April 2026"),
  ("SEND Caseworker", "Hannah Pickles"),
 ],
 "sections": [
  ("A", "Ella's views, interests and aspirations, and those of her family", [
   ("h", "What Ella says"),
   "Ella shared her views at her annual review using her talking mat and photographs, supported by her teaching assistant, Mrs Dent. Ella said: \"I love dancing and drama. I like my friends Maisie and Jack. I like cooking with Mum. I don't like maths, it's hard. I want to be a dancer on the stage. I want a job in a café like my cousin.\"",
   ("h", "What Ella's family say"),
   "Ella's mum and dad describe her as sociable, caring and a born performer. She goes to a Saturday dance class and has performed in two school shows. They are proud of how much more independent she has become: she gets herself ready for school and makes toast and drinks. They would like Ella to go to college after Year 11, to have a job she enjoys, possibly in catering or the performing arts, and eventually to live with some support alongside friends. They would like her to learn to use money and to travel to places on her own.",
  ]),
  ("B", "Ella's special educational needs", [
   ("h", "Cognition and learning"),
   "Ella has Down syndrome and a learning disability. She is working within the curriculum for pupils working below GCSE (General Certificate of Secondary Education) level, at about the standard expected at the end of Key Stage 2 in reading and Year 2 in maths. She reads familiar texts fluently and enjoys reading scripts and recipes. Her short-term memory for spoken information is a difficulty; she learns well through visual supports, repetition and practical activities.",
   ("h", "Communication and interaction"),
   "Ella is a keen communicator and uses speech, supported by Makaton signs (a signing system used with speech). Her speech is not always clear to people who do not know her, and she finds it hard to tell a story or explain an event in order. She understands more than she can say.",
   ("h", "Social, emotional and mental health"),
   "Ella is warm and popular. She can become upset and refuse to work when tasks feel too hard, and she sometimes finds it hard to manage disagreements with friends.",
   ("h", "Sensory and physical"),
   "Ella has a mild hearing loss and wears hearing aids in both ears. She has low muscle tone, which affects her stamina and her handwriting.",
  ]),
  ("C", "Health needs", [
   "Ella's health needs are linked to her Down syndrome. She has a mild conductive hearing loss in both ears and wears hearing aids, reviewed by the Children's Hearing Service. She has an underactive thyroid (hypothyroidism) and takes levothyroxine daily; this is monitored by the paediatrician with a yearly blood test. Ella had two seizures in 2025 and has since been diagnosed with epilepsy, for which she takes medication. She has low muscle tone and tires easily.",
  ]),
  ("D", "Social care needs", [
   "Ella was assessed by the Dalesmoor Disabled Children's Team in January 2026. She needs more support than other 15-year-olds to take part in leisure activities and to be safe in the community. Her parents benefit from regular breaks from caring. She attends a Saturday short break club (see H1).",
  ]),
  ("EF", "Sections E and F - Outcomes and special educational provision", [
   "The outcomes below are for the end of Year 11 (July 2027). Progress will be checked at each termly Learning Support Centre review and at the next annual review.",
  ]),
  ("G", "Health provision", [
   ("b", "Children's Hearing Service (paediatric audiologist): hearing test and hearing aid review every six months; new ear moulds when Ella's ears are checked at each review."),
   ("b", "Community Paediatrician, Dr Lewis Kaye: yearly review including thyroid blood test."),
   ("b", "Speech and Language Therapy: a Speech and Language Therapist (SaLT) from Dalesmoor Community Therapies will see Ella 1:1 in school fortnightly for 30 minutes, working on speech clarity and telling events in order, and will set targets for her TA to practise."),
   "Section G was agreed by Dr Mark Whiteley, Designated Clinical Officer, Dalesmoor Integrated Care Board, on 22 April 2026.",
  ]),
  ("H1", "Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970", [
   ("b", "Saturday short break club at Dales Youth Inclusion Project: every other Saturday, 10am to 4pm (6 hours), with staff at a ratio of 1:3, arranged by the Disabled Children's Team."),
  ]),
  ("H2", "Other social care provision", ["None. Early help was not needed; the family's allocated worker in the Disabled Children's Team reviews the short break package every six months."]),
  ("I", "Placement", ["Hawes Bridge School, Dalesmoor (mainstream secondary with a Learning Support Centre)."]),
  ("J", "Personal budget", ["Ella's parents receive a direct payment of £1,200 a year from social care for a personal assistant to take Ella to her dance class."]),
  ("K", "Advice and information", ["Advice used for this amended plan:"]),
 ],
 "EF": [
  ("Communication and interaction", [
   ("By July 2027, Ella will retell a short event (for example a school trip) in the right order using at least four linked sentences, understood by an unfamiliar adult, in 3 out of 4 attempts recorded by her teaching assistant.",
    [("Practice of the speech and narrative targets set by her speech and language therapist (SaLT), 1:1, using picture sequences", "Four 15-minute sessions a week", "Teaching assistant (TA) trained by the SaLT"),
     ("Makaton signing used by all staff who teach Ella; a Makaton refresher for her teachers", "Refresher once a year, 1 hour", "SENCo (Special Educational Needs Co-ordinator)"),
     ("Visit to check Ella's hearing aids and classroom listening conditions and advise her teachers", "Termly (3 per year), 1 hour each", "Qualified Teacher of the Deaf (QToD), Dalesmoor Sensory Support Service")]),
  ]),
  ("Cognition and learning", [
   ("By July 2027, Ella will read and act out her lines in a school drama production from a script she has practised, reading at least 90% of words accurately (recorded by her drama teacher), building on her wish to perform on stage.",
    [("Reading comprehension group using play scripts, group of 4", "Three 30-minute sessions a week", "Higher Level Teaching Assistant (HLTA)")]),
   ("By July 2027, Ella will add and subtract two-digit numbers using a number line, getting 8 out of 10 correct in a teacher-set check.",
    [("Maths taught in the Learning Support Centre with concrete resources, group of 6", "Five 50-minute lessons a week", "Maths teacher with a TA"),
     ("Numicon and a number line on her desk in all maths lessons", "Every maths lesson", "Provided by the Learning Support Centre")]),
  ]),
  ("Social, emotional and mental health", [
   ("By July 2027, Ella will be happier and more confident at school.",
    [("Emotional Literacy Support Assistant (ELSA) sessions, 1:1, on friendships and managing disagreements", "Weekly, 30 minutes, for the autumn term", "ELSA"),
     ("A 'help' card Ella can show when work is too hard, with the task then broken into steps by the adult", "Every lesson", "Class teachers and TA")]),
  ]),
  ("Sensory and physical", [
   ("By July 2027, Ella will write a paragraph of five sentences using her sloping board and a chunky pen, without needing a rest, in 4 out of 5 written tasks.",
    [("Fine motor and handwriting programme set by the Occupational Therapist (OT), 1:1", "Three 15-minute sessions a week", "TA, with OT review once a term (3 visits a year, 45 minutes each)"),
     ("Sloping writing board and chunky pens", "All written lessons", "Provided and replaced by the Learning Support Centre")]),
  ]),
 ],
 "K": [
  ("Ella's views", "Ella, with Mrs Dent (TA)", "11 March 2026"),
  ("Parents' views", "Ella's mum and dad", "11 March 2026"),
  ("Educational advice (annual review report)", "Mr Simon Hird, SENCo, Hawes Bridge School", "2 March 2026"),
  ("Educational psychology advice", "Dr Rachel Ibbotson, Educational Psychologist", "14 October 2025"),
  ("Medical advice", "Dr Lewis Kaye, Community Paediatrician", "9 February 2026"),
  ("Audiology report", "Children's Hearing Service, paediatric audiologist", "18 December 2025"),
  ("Speech and language therapy advice", "Amy Sutcliffe, SaLT, Dalesmoor Community Therapies", "20 February 2026"),
  ("Advice from a Qualified Teacher of the Deaf", "Joanne Metcalfe, QToD, Dalesmoor Sensory Support Service", "30 January 2026"),
  ("Occupational therapy advice", "Greg Thorne, OT", "26 January 2026"),
  ("Social care advice", "Kerry Lund, Social Worker, Disabled Children's Team", "28 January 2026"),
  ("Preparing for adulthood advice", "Nadia Crowther, Careers Adviser, Dalesmoor Careers Service", "5 March 2026"),
 ],
 "end": ["Finalised by Hannah Pickles, SEND Caseworker, Dalesmoor County Council, 29 April 2026."],
})

# =====================================================================
# d107  heading2-numbered  Year 11, autism, preparing for adulthood  (SOUND)
# =====================================================================
PLANS.append({
 "file": "d107.docx", "layout": "heading2-numbered",
 "title": "Education, Health and Care Plan",
 "council": "Severnside Borders Council - Special Educational Needs and Disabilities (SEND) and Inclusion Service (Montgomery Road Office)",
 "front": [
  ("Young person", "Leah"), ("Age", "16"),
  ("National Curriculum year", "Year 11"), ("Phase", "Secondary (Key Stage 4), moving to post-16 in September 2027"),
  ("School", "Kingsland High School"),
  ("Date of last annual review", "17 September 2026"),
  ("Date amended plan issued", "19 October 2026"),
 ],
 "k_header": ("Advice", "Author and role", "Date"),
 "sections": [
  ("A", "Leah's views, interests and aspirations, and those of her family", [
   ("h", "A1 All about me"),
   "I wrote this with my tutor, Mr Vaughan, before my review in September 2026.",
   ("b", "I am good at baking, art and remembering facts about animals. I know the names of nearly every dog breed."),
   ("b", "I like things to be planned. If something changes without warning I feel panicky and I need to go somewhere quiet."),
   ("b", "I don't like crowded corridors or the canteen. I eat lunch in the library with my friend Ffion."),
   ("b", "After school I want to go to Marches College to do a bakery course and then work in a bakery or a dog grooming salon. One day I want to have my own flat with a dog."),
   ("b", "I want to get the bus to college on my own. I am nervous about this but I want to try."),
   ("h", "A2 What my parents say"),
   "Leah's mum and stepdad say she is honest, funny and very knowledgeable. She bakes for the whole family every weekend and has started selling cupcakes at the village fair. They would like her to leave school with qualifications in English and maths, to go to college, and to build the confidence to travel, shop and manage her money. They worry about her anxiety, which has been worse since Year 10, and about how she will cope with the size of a college.",
  ]),
  ("B", "Special educational needs", [
   ("h", "B1 Communication and interaction"),
   "Leah is autistic (diagnosed in 2019). She is articulate and uses a wide vocabulary, particularly about her interests. She finds it hard to join group conversations, to know when it is her turn, and to ask for help in class. Unexpected changes cause her high anxiety.",
   ("h", "B2 Cognition and learning"),
   "Leah is predicted grade 4 in English and grade 3 in maths at GCSE (General Certificate of Secondary Education). She has an excellent memory for facts. She finds extended writing and multi-step maths problems harder to organise, and she works slowly under time pressure.",
   ("h", "B3 Social, emotional and mental health"),
   "Leah has a small number of trusted friends. Her anxiety shows as stomach aches, avoiding lessons and shutdown (she stops speaking). Her attendance was 88% last year.",
   ("h", "B4 Sensory"),
   "Leah is sensitive to noise and strong smells; the canteen and busy corridors are very difficult for her.",
  ]),
  ("C", "Health needs", [
   "Leah has anxiety, which is being treated by the Child and Adolescent Mental Health Service (CAMHS). She has no other health needs; her family doctor (GP) and the community paediatrician confirmed this in their advice.",
  ]),
  ("D", "Social care needs", [
   "Leah has no social care needs at present. This was confirmed by the Disabled Children and Young People's Team, who spoke to Leah's parents in August 2026. Early help and short breaks were discussed; the family did not want them but know how to ask if things change. The team will be asked again about adult social care before Leah turns 17.",
  ]),
  ("E", "Outcomes", [
   "These outcomes are for the end of Leah's first year at college (July 2028), with steps to be reached by July 2027.",
   ("h", "E1 Employment and education"),
   ("n", "By July 2028, Leah will complete her Level 1 bakery course at college. By July 2027, she will gain her Level 1 Food Hygiene certificate and complete a two-week work placement in a bakery, receiving a placement supervisor's report that rates her as meeting expectations in at least 4 of the 5 areas."),
   ("n", "By July 2027, Leah will achieve at least grade 4 in GCSE English and grade 3 in maths."),
   ("h", "E2 Independent living"),
   ("n", "By July 2028, Leah will travel to and from college by bus on her own on every college day. By July 2027, she will make the journey on her own for at least 3 trial days, checked by the Travel Trainer."),
   ("n", "By July 2027, Leah will plan, budget for and buy ingredients for a bake using £10, keeping a receipt and checking her change, on 3 occasions recorded by her food teacher."),
   ("h", "E3 Friends, relationships and community"),
   ("n", "By July 2027, Leah will take part in a community group of her choice, such as volunteering at the Kingsland dog rescue, for at least 6 sessions, recorded in her PfA (preparing for adulthood) diary."),
   ("h", "E4 Good health"),
   ("n", "By July 2027, Leah will name the early signs of her anxiety and use one of her agreed strategies, so that she attends 95% of lessons in the summer term (school register)."),
  ]),
  ("F", "Special educational provision", [
   ("h", "F1 Communication, anxiety and wellbeing (E3, E4)"),
   ("b", "A daily 10-minute check-in with her key adult, Mr Vaughan (tutor), at the start of the day, to go through her timetable and any changes."),
   ("b", "Weekly 1:1 sessions with the school's Emotional Literacy Support Assistant (ELSA), 40 minutes, working on anxiety strategies from the CAMHS plan."),
   ("b", "An exit pass allowing Leah to leave lessons for the library for 10 minutes, then return; staff told about this by the SENCo (Special Educational Needs Co-ordinator) at the start of each term."),
   ("b", "Lunch and break in the library with a named supervisor each day."),
   ("h", "F2 Learning and examinations (E1)"),
   ("t", ["Provision", "Delivered by", "Frequency", "Duration"], [
     ["English and maths intervention in a group of 4", "Specialist teacher (English) and maths HLTA (Higher Level Teaching Assistant)", "Two 30-minute sessions a week for each subject", "Autumn and spring terms"],
     ["Writing frames and a step-by-step checklist for extended answers", "Class teachers", "Every lesson with extended writing", "Throughout Year 11"],
     ["An extra quarter of the time (25%) and a small room for all mock and GCSE exams", "Applied for and organised by the Exams Officer", "All exams", "Year 11"],
   ]),
   ("h", "F3 Preparing for adulthood (E1, E2, E3)"),
   ("b", "Careers guidance with an independent Careers Adviser: three 45-minute meetings in Year 11 (October, January and April), including a joint visit to Marches College."),
   ("b", "March 2027 is when Leah's two college taster days take place; a TA (teaching assistant) she knows will go with her on both days."),
   ("b", "A two-week work placement at a local bakery in June 2027, set up by the school's Work-Related Learning Co-ordinator, with the TA visiting on days 1, 2 and 5."),
   ("b", "Independent travel training: 1:1 with the council's Travel Trainer, two sessions a week for the first six weeks of the summer term, then review."),
   ("b", "Cooking and money skills in food technology: one 50-minute lesson a week in a group of 8 with the food teacher and a TA."),
  ]),
  ("G", "Health provision", [
   ("b", "CAMHS practitioner, Severnside CAMHS: fortnightly 1:1 sessions of 50 minutes using cognitive behavioural therapy (a talking therapy that helps change unhelpful thoughts) for anxiety, until March 2027, then reviewed with Leah and her parents."),
   "The Designated Clinical Officer, Ms Carys Probert, confirmed on 9 October 2026 that the health commissioner agrees to the provision in this section.",
  ]),
  ("H1", "Social care provision (Chronically Sick and Disabled Persons Act 1970, section 2)", ["None - see Section D."]),
  ("H2", "Other social care provision", ["None. The transition to adult social care will be considered at the next annual review."]),
  ("I", "Placement", ["Kingsland High School (mainstream academy) to July 2027. Post-16 placement to be named at the phase transfer review by 31 March 2027."]),
  ("J", "Personal budget", ["No personal budget requested."]),
  ("K", "Advice and information", []),
 ],
 "K": [
  ("Young person's views", "Leah, with her tutor", "12 September 2026"),
  ("Parents' views", "Leah's mum and stepdad", "14 September 2026"),
  ("Educational advice (annual review report)", "Mrs Nia Powell, SENCo, Kingsland High School", "10 September 2026"),
  ("Educational psychology advice", "Dr Iwan Bevan, Educational Psychologist", "3 June 2026"),
  ("Health advice", "Dr Rhian Moss, Community Paediatrician", "8 July 2026"),
  ("CAMHS advice", "Tom Marsh, CAMHS practitioner", "25 August 2026"),
  ("Social care advice", "Disabled Children and Young People's Team", "28 August 2026"),
  ("Preparing for adulthood advice", "Sian Lowe, Careers Adviser", "15 September 2026"),
 ],
 "end": ["Signed for Severnside Borders Council: Gareth Pugh, SEND Officer, 19 October 2026."],
})

# =====================================================================
# d108  letter-column  age 20, post-19, SLD / cerebral palsy  (FAILING)
# =====================================================================
PLANS.append({
 "file": "d108.docx", "layout": "letter-column",
 "title": "Education, Health and Care Plan for Owen", "letter_fill": "D9D9D9",
 "council": "Cheviot and Tyne Council - Special Educational Needs and Disabilities (SEND) 0-25 Team",
 "front": [
  ("Young person", "Owen"), ("Age", "20"),
  ("Education phase", "Post-19 (further education)"),
  ("Setting", "Fenmoor Specialist College, Life Skills and Communication programme (year 2 of 3)"),
  ("Date of annual review", "30 June 2026"),
  ("Date amended plan issued", "14 July 2026"),
 ],
 "sections": [
  ("A", "Section A: Owen's views, interests and aspirations", [
   ("h", "How we gathered Owen's views"),
   "Owen communicates using facial expression, vocalising and an eye-gaze communication device (a computer he controls by looking at symbols on the screen). His views were gathered by Jess Carr, his communication support worker at college, over three sessions in June 2026, using his device and photographs. His answers were checked with his mum.",
   ("h", "What Owen told us"),
   ("b", "\"Music. Loud.\" Owen loves rock music and going to gigs with his brother. He chose the photo of the college band more than any other."),
   ("b", "\"Swim. Happy.\" Owen loves the hydrotherapy pool and smiles and laughs in the water."),
   ("b", "\"Me choose.\" Owen wants to choose his own clothes, food and music, and to tell his carers what he wants."),
   ("b", "\"Work café.\" Owen chose the photo of the college café when asked what he wants to do next year. He wants to help at the café till."),
   ("h", "What Owen's family say"),
   "Owen's mum says he has a great sense of humour and is much more confident since starting college. Her hopes are that Owen will have a meaningful role, such as volunteering in a café, when he leaves college, and that in the future he will live in supported accommodation near home with people his own age. She wants him to be able to tell new carers what he needs.",
  ]),
  ("B", "Section B: Special educational needs", [
   ("h", "Communication and interaction"),
   "Owen has a severe learning difficulty and cerebral palsy affecting all four limbs. He understands familiar spoken sentences about his daily routine. He uses about 60 symbols on his eye-gaze device confidently and is learning to combine two symbols (\"want music\"). People who do not know him find his vocalisations hard to interpret.",
   ("h", "Cognition and learning"),
   "Owen learns best through repetition and real-life activities. He can match photographs to objects, recognise his name and the college logo, and count to three with support. He is beginning to understand cause and effect using switches.",
   ("h", "Physical and sensory"),
   "Owen uses a powered wheelchair, which he drives with a head switch in open spaces, and a manual wheelchair pushed by staff. He needs full support with personal care, eating and drinking, and transfers using a hoist.",
   ("h", "Social, emotional and mental health"),
   "Owen is sociable and enjoys being with his peers. He can become frustrated and cry when he is not understood.",
  ]),
  ("C", "Section C: Health needs", [
   "Owen has cerebral palsy (spastic quadriplegia). He needs a daily stretching programme and a 24-hour posture management plan to prevent contractures (tightening of the muscles and joints). He uses a powered wheelchair provided by the Cheviot Wheelchair Service. He is doubly incontinent and uses continence products. He is otherwise well; his epilepsy has been seizure-free and off medication since 2019.",
  ]),
  ("D", "Section D: Social care needs", [
   "Owen lives with his mum and brother. He was assessed by Adult Social Care under the Care Act 2014 in March 2026 and has eligible needs for personal care and for support to take part in community activities. His mum is his main carer and needs regular breaks from caring.",
  ]),
  ("E", "Section E: Outcomes", [
   ("h", "Employment and education"),
   ("b", "By July 2027, Owen will work at the college café till for one hour a week, using a switch to operate the card reader, completing 10 transactions in a session with one prompt from staff (recorded by the café supervisor)."),
   ("h", "Independent living"),
   ("b", "By July 2027, Owen will use his eye-gaze device to choose his lunch, clothes and music each day, combining two symbols in 8 out of 10 choices recorded by his communication support worker."),
   ("b", "By July 2027, Owen will use his device to tell staff when he needs personal care or is uncomfortable, on 9 out of 10 occasions observed."),
   ("h", "Friends, relationships and community"),
   ("b", "By July 2027, Owen will go to a live music event or community music group with a personal assistant at least once a month, choosing where to go using his device (recorded in his diary)."),
   ("h", "Good health"),
   ("b", "By July 2027, Owen will drive his powered wheelchair safely along the college corridors and into the lift with his head switch, with no more than one prompt, on 4 out of 5 journeys."),
   ("b", "By July 2027, Owen will show staff, using his device, the order of his stretching routine, and will complete it each college day."),
  ]),
  ("F", "Section F: Special educational provision", [
   ("h", "Communication"),
   ("b", "A Speech and Language Therapist (SaLT) from the college therapy team will work with Owen 1:1 for 45 minutes every week in term time to extend his eye-gaze vocabulary and two-symbol combinations, and will update his vocabulary on the device each half-term."),
   ("b", "His communication support worker (trained in eye-gaze devices) will support him 1:1 throughout the college day (30 hours a week), modelling symbol use in every session."),
   ("h", "Learning and work"),
   ("b", "Café work experience: one hour every Wednesday in the college café, with his communication support worker and the café supervisor; switch-adapted card reader set up by the college Assistive Technology Officer."),
   ("b", "Cause-and-effect and switch work in a group of 4 (ratio 1:1 staff), 30 minutes daily, led by a qualified teacher."),
   ("h", "Physical"),
   ("b", "An Occupational Therapist (OT) will visit college every half-term (6 visits a year, 1 hour each) to review Owen's seating, switch positions and powered-wheelchair training, and will train staff."),
   ("b", "Powered wheelchair driving practice around college, 1:1, 20 minutes four times a week, with a member of staff trained by the OT."),
   ("b", "Hydrotherapy session at college, 1:1 with a trained support worker, 40 minutes every Friday."),
   ("h", "Short breaks"),
   ("b", "Overnight short breaks at Brookside House residential unit, two nights a month (24 nights a year), funded by Cheviot and Tyne Adult Social Care, so that Owen can spend time away from home with peers and his mum can have a break from caring."),
  ]),
  ("G", "Section G: Health provision", [
   ("b", "Physiotherapy (Cheviot Community Neuro-Physiotherapy): review of Owen's stretching programme and posture management plan as required."),
   ("b", "Continence service: assessment and provision of continence products when needed."),
   ("b", "Cheviot Wheelchair Service: review of Owen's powered and manual wheelchairs every 12 months, and repairs within 5 working days of a request."),
  ]),
  ("H1", "Section H1: Social care provision (section 2, Chronically Sick and Disabled Persons Act 1970)", [
   "Short breaks: see Section F. (Section 2 of the 1970 Act applies to under-18s; Owen's support is under the Care Act 2014 - see H2.)",
  ]),
  ("H2", "Section H2: Other social care provision", [
   ("b", "Personal assistant support under the Care Act 2014: 6 hours a week (Saturday afternoons and one evening), to take Owen to music events and community activities, through a direct payment."),
   ("b", "Personal care at home: two carers each morning (45 minutes) from Tynedale Home Care, 7 days a week."),
  ]),
  ("I", "Section I: Placement", ["Fenmoor Specialist College (independent specialist further education college), day placement, 5 days a week, until July 2027."]),
  ("J", "Section J: Personal budget", ["Direct payment from Adult Social Care for personal assistant support (see H2): £5,460 a year."]),
  ("K", "Section K: Advice and information", []),
 ],
 "K": [
  ("Owen's views", "Owen, with Jess Carr, Communication Support Worker", "16 June 2026"),
  ("Parent's views", "Owen's mum", "18 June 2026"),
  ("Educational advice (annual review report)", "Fenmoor Specialist College, Head of Learning Support", "19 June 2026"),
  ("Educational psychology advice", "Dr Laura Finch, Educational Psychologist", "27 January 2026"),
  ("Medical advice", "Dr Peter Ng, Consultant in Neurodisability", "4 February 2026"),
  ("Physiotherapy advice", "Cheviot Community Neuro-Physiotherapy", "10 March 2026"),
  ("Continence advice", "Children's and Young People's Continence Nurse", "20 February 2026"),
  ("Speech and language therapy and OT advice", "Fenmoor College Therapy Team", "12 June 2026"),
  ("Social care advice (Care Act assessment)", "Mark Dodds, Social Worker, Adult Social Care", "24 March 2026"),
  ("Preparing for adulthood advice", "Fenmoor College Transition Co-ordinator", "19 June 2026"),
 ],
 "end": ["Issued by Cheviot and Tyne Council SEND 0-25 Team on 14 July 2026."],
})

# =====================================================================
# d109  ef-table  Year 9, severe learning difficulty / autism, child in need  (SOUND)
# =====================================================================
PLANS.append({
 "file": "d109.docx", "layout": "ef-table",
 "title": "Education, Health and Care Plan", "sec_level": 1, "title0": True,
 "council": "Kesterby Metropolitan Borough Council - Special Educational Needs Assessment and Review Service",
 "front": [
  ("Name", "Jamal"), ("Age", "14"), ("Year group", "Year 9"),
  ("School", "Oakfield Hall School (special school for pupils with severe and complex learning difficulties)"),
  ("Annual review meeting", "15 October 2026"),
  ("Amended plan issued", "5 Nov 2026"),
  ("Allocated social worker", "Ms Bernadette Kay, Children in Need Team"),
 ],
 "sections": [
  ("A", "Jamal's views, interests and hopes, and those of his family", [
   ("h", "How Jamal told us his views"),
   "Jamal uses some single words, the Picture Exchange Communication System (PECS, where he gives a picture card to ask for something) and a symbol \"like / don't like\" board. His class teacher, Mr Grant, and his teaching assistant gathered his views over two weeks in September 2026 by offering symbol choices and watching what he chose and how he reacted.",
   ("b", "Jamal chose \"bus\", \"shop\" and \"swimming\" as his favourite things every time. He gets excited when the minibus arrives for community visits."),
   ("b", "He put \"noise\", \"hairdresser\" and \"waiting\" on the \"don't like\" side."),
   ("b", "When shown photos of jobs, he chose the supermarket photo twice and said \"shop, me\"."),
   ("b", "He loves sorting: he will line up and sort cutlery, DVDs and shopping by type for long periods, and does it accurately."),
   ("h", "What Jamal's family say"),
   "Jamal lives with his dad and two younger sisters. His dad says Jamal is affectionate, loves routine and is a great help putting the shopping away. His dad would like Jamal to learn skills for a job, perhaps stacking shelves in a supermarket, to be able to go to the local shop with less support, and to sleep better. Looking further ahead, he hopes Jamal will live in a supported home near the family when he is an adult.",
  ]),
  ("B", "Jamal's special educational needs", [
   ("h", "Communication and interaction"),
   "Jamal is autistic and has a severe learning difficulty. He understands short, familiar instructions with a symbol or gesture. He uses single words and PECS to ask for things he wants, but does not yet use them to comment or to ask for help, so he may shout or pull an adult when he needs something.",
   ("h", "Cognition and learning"),
   "Jamal is working at an early stage of learning (he is assessed using the Engagement Model, the way schools measure progress for pupils who are not yet working at the level of the national curriculum). He recognises about 30 symbols and his own name, counts objects to 5 reliably and matches coins. His sorting and matching skills are strong and he follows a visual sequence of four steps.",
   ("h", "Social, emotional and mental health"),
   "Jamal becomes very distressed when he has to wait or when routines change without warning, and this can lead to hitting out. Incidents have fallen from 12 to 5 a half-term since he began using a visual timer.",
   ("h", "Sensory and physical"),
   "Jamal is sensitive to noise and to having his hair or nails cut. He has no difficulty walking, climbing stairs or swimming; his physical development is good.",
  ]),
  ("C", "Health needs", [
   "Jamal has difficulty getting to sleep and often wakes in the night; Dr Hamid, Community Paediatrician, has prescribed melatonin. He has no other health needs.",
  ]),
  ("D", "Social care needs", [
   "Jamal has been supported on a Child in Need plan since November 2025, after his dad asked for help because Jamal's distress at home and his night waking were putting the family under great strain. His social worker, Ms Kay, gave written advice for this review and attended the annual review meeting. The Child in Need plan (reviewed on 2 October 2026) has three aims: to reduce incidents at home, to give the family regular breaks and to help Jamal's dad manage bedtimes. These aims were agreed at the annual review and are reflected in outcomes E3 and E4 and in Sections H1 and H2. The school and the social worker will share information at each Child in Need review (every 6 weeks).",
  ]),
  ("EF", "Sections E and F: Outcomes and special educational provision", [
   "Each outcome has a long-term aim for the end of Key Stage 4 (July 2028) and a short-term step for July 2027. Progress will be recorded in Jamal's learning journal and reviewed every term.",
  ]),
  ("G", "Health provision", [
   ("b", "Dr Hamid, Community Paediatrician: sleep and melatonin review every 6 months at Kesterby Children's Centre clinic."),
   ("b", "Children's Learning Disability Nurse (Kesterby Community Health): four home visits of one hour between November 2026 and March 2027 to set up a sleep plan with Jamal's dad, then a review visit in June 2027."),
   "Health provision agreed by Dr Lynne Farrar, Designated Clinical Officer, Kesterby, 28 October 2026.",
  ]),
  ("H1", "Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970", [
   ("b", "After-school short break club at Kesterby Youth Inclusion Centre every Tuesday and Thursday, 3.30pm to 6.30pm, staff ratio 1:2, arranged by the Disabled Children's Service."),
   ("b", "One overnight short break a month at Laburnum House (12 nights a year)."),
  ]),
  ("H2", "Other social care provision", [
   ("b", "Family support worker, Children in Need Team: one home visit of 1 hour each week at bedtime for 12 weeks (from November 2026), to help Jamal's dad use the sleep plan and visual bedtime routine."),
   ("b", "Social worker visits and Child in Need reviews every 6 weeks, as set out in the Child in Need plan."),
  ]),
  ("I", "Placement", ["Oakfield Hall School, Kesterby (maintained special school, day placement)."]),
  ("J", "Personal budget", ["No personal budget requested."]),
  ("K", "Advice and information", []),
 ],
 "EF": [
  ("Communication and interaction", [
   ("E1 Long-term (July 2028): Jamal will use symbols or words to ask for help and to make choices in the community. Short-term step (July 2027): Jamal will use a \"help\" card or the word \"help\" instead of shouting in 8 out of 10 recorded opportunities.",
    [("PECS programme moving to phase 4 (sentence strips), 1:1", "Daily, 15 minutes", "Teaching assistant trained in PECS"),
     ("Speech and language therapist (SALT) visit to review PECS and train staff", "Once each half-term (6 a year), 1 hour", "SALT, Kesterby Children's Therapy Service")]),
  ]),
  ("Employment and learning (preparing for adulthood)", [
   ("E2 Long-term (July 2028): Jamal will complete a weekly work experience task in a real workplace. Short-term step (July 2027): Jamal will follow a four-step visual sequence to sort and stack stock in the school shop for 20 minutes with one prompt, on 4 out of 5 Fridays.",
    [("Enterprise group running the school shop, group of 6 (ratio 1:2)", "Every Friday, 1 hour", "Class teacher and two TAs (teaching assistants)"),
     ("Money and counting to 10 using real coins, 1:1", "Three 15-minute sessions a week", "TA")]),
  ]),
  ("Independent living and community", [
   ("E3 Long-term (July 2028): Jamal will buy two items in a local shop with support nearby. Short-term step (July 2027): Jamal will wait in a queue for 3 minutes using his visual timer and hand over money at the till on 3 out of 4 community visits.",
    [("Community visits to local shops, group of 3 (ratio 1:1)", "Every Wednesday, 90 minutes", "Class teacher and TAs"),
     ("Visual timer and \"waiting\" card, provided by the school and used at every waiting time", "Every day", "All staff")]),
  ]),
  ("Social, emotional and mental health", [
   ("E4 Long-term (July 2028): Jamal will manage changes in routine calmly. Short-term step (July 2027): incidents of hitting out will reduce to no more than 2 a half-term (school incident log).",
    [("Zones of Regulation (a programme that teaches pupils to recognise feelings using colours) in a group of 4", "Twice a week, 30 minutes", "Class teacher"),
     ("Positive behaviour support plan written with Jamal's dad and shared with the short break club", "Reviewed each term (3 times a year, 45 minutes)", "Assistant Head for Behaviour")]),
  ]),
  ("Good health and sensory", [
   ("E5 Short-term step (July 2027): Jamal will follow his visual bedtime routine and sleep until at least 6am on 4 nights a week (sleep diary kept by his dad), and will tolerate a haircut at home with his social story.",
    [("Social stories for haircuts and nail cutting, written by the TA and read with Jamal on the two days before", "Before each haircut", "TA"),
     ("Sensory circuit (a short sequence of movement activities that helps pupils feel calm and ready to learn)", "Daily, 15 minutes, 1:1", "TA trained by the school occupational therapist")]),
  ]),
 ],
 "K": [
  ("Jamal's views", "Mr Grant, Class Teacher, using symbols and observation", "25 September 2026"),
  ("Parent's views", "Jamal's dad", "1 October 2026"),
  ("Educational advice (annual review report)", "Mrs Helen Ward, Deputy Head, Oakfield Hall School", "5 October 2026"),
  ("Educational psychology advice", "Dr Kofi Boateng, Educational Psychologist", "17 June 2026"),
  ("Medical advice", "Dr Sana Hamid, Community Paediatrician", "20 August 2026"),
  ("Learning disability nursing advice", "Children's Learning Disability Nurse, Kesterby Community Health", "9 September 2026"),
  ("Speech and language therapy advice", "Kesterby Children's Therapy Service, SALT", "11 September 2026"),
  ("Social care advice and Child in Need plan", "Ms Bernadette Kay, Social Worker, Children in Need Team", "2 October 2026"),
  ("Preparing for adulthood advice", "Kesterby Careers and Transition Adviser", "30 September 2026"),
 ],
 "end": ["Issued on behalf of Kesterby Metropolitan Borough Council, 5 Nov 2026."],
})

# =====================================================================
# d110  heading2-numbered  age 17, post-16, vision impairment  (FAILING)
# =====================================================================
PLANS.append({
 "file": "d110.docx", "layout": "heading2-numbered",
 "title": "Education, Health and Care (EHC) Plan",
 "council": "Wealdmarsh Council - Special Educational Needs and Disabilities (SEND) Service (rural unitary authority)",
 "front": [
  ("Young person", "Esme"), ("Age", "17"),
  ("Education phase", "Post-16 (Year 13 equivalent, second year of college)"),
  ("Setting", "Wealdmarsh College, Rye Road campus"),
  ("Date of last annual review", "6 October 2025"),
  ("Date amended plan issued", "17 November 2025"),
  ("Case officer", "Paul Seddon, SEND Case Officer"),
 ],
 "k_header": ("Advice / report", "Author", "Date"),
 "sections": [
  ("A", "Esme's views, interests and aspirations", [
   ("h", "A1 In my own words"),
   "\"I'm Esme. I have albinism, which means my eyes don't work the way most people's do and I have very low vision. I use a long cane outside and a magnifier and my laptop to read. I'm doing Level 2 Business Administration and I like it, especially the spreadsheet parts. I'm good at organising things and people say I'm calm in a crisis.",
   "I'd like to do an apprenticeship in an office next year, maybe at the council or the hospital. I want to be able to get the train to Ashford on my own, because then I can go to work and see my friends. One day I'd like my own flat. The thing I find hardest is when teachers hand out paper sheets or put tiny writing on the board and forget to send it to me.\"",
   ("h", "A2 What Esme's parents say"),
   "Esme's parents say she is independent-minded, determined and funny. They are proud that she has made new friends at college and joined the student council. They would like her to find an apprenticeship or job, to travel independently and to build the everyday skills (cooking, budgeting) to live on her own one day. They worry about her getting around safely in unfamiliar places.",
  ]),
  ("B", "Special educational needs", [
   ("h", "B1 Vision and mobility"),
   "Esme has a severe visual impairment caused by albinism, with nystagmus (involuntary eye movements) and sensitivity to bright light. Her best visual acuity is about 6/60, which means she sees at 6 metres what most people see at 60 metres. She reads print at 24 point on paper or magnified on screen, and uses a long cane outdoors. She tires quickly when reading for long periods.",
   ("h", "B2 Cognition and learning"),
   "Esme is working at Level 2 and is on track to pass her Business Administration qualification. She has passed GCSE (General Certificate of Secondary Education) English and maths at grade 5. She needs all materials in an accessible format and more time to complete written tasks.",
   ("h", "B3 Independence and preparing for adulthood"),
   "Esme travels to college by taxi. She knows the route from home to the village bus stop but has not yet travelled by train alone. She has started working with a Habilitation Specialist (a specialist who teaches children and young people with vision impairment to move around safely and live independently). She can make simple meals but finds it hard to read cooker dials and packaging.",
   ("h", "B4 Social, emotional and mental health"),
   "Esme is confident and well liked. She can become anxious in unfamiliar, crowded places.",
  ]),
  ("C", "Health needs", [
   "Esme has oculocutaneous albinism, which affects her eyes and skin. She needs an annual eye examination, low vision aids, and sun protection (high-factor sun cream and tinted glasses) because her skin and eyes are very sensitive to sunlight.",
  ]),
  ("D", "Social care needs", [
   "Esme was assessed by the Sensory Impairment Team (Adult Social Care) in July 2025. She is registered as severely sight impaired. She does not currently have eligible care needs; she was told about the rehabilitation officer service and short breaks for young adults, and chose not to use them at present.",
  ]),
  ("E", "Outcomes", [
   ("h", "E1 Employment"),
   ("n", "By July 2026, Esme will complete her Level 2 Business Administration course and apply for at least three apprenticeships with the support of her careers adviser."),
   ("n", "By July 2026, Esme will complete a 10-day work placement in an office and gain a written reference from her placement manager."),
   ("h", "E2 Independent living"),
   ("n", "By July 2026, Esme will travel by train from Wealdmarsh to Ashford and back on her own on three occasions, assessed by her Habilitation Specialist."),
   ("n", "By July 2026, Esme will cook three different meals from scratch using tactile markers on the cooker and a magnifier app, checked by her independent living tutor."),
   ("h", "E3 Friends, relationships and community"),
   ("n", "By July 2026, Esme will attend at least one social or community activity a month outside college (for example the vision impairment youth group), recorded in her tutorial diary."),
   ("h", "E4 Good health"),
   ("n", "By July 2026, Esme will book and attend her own eye clinic appointment and explain her sun protection routine to her tutor."),
  ]),
  ("F", "Special educational provision", [
   ("h", "F1 Specialist teaching, materials and equipment"),
   ("b", "A Qualified Teacher of Children and Young People with Vision Impairment (QTVI) from the Wealdmarsh Sensory Service will visit college every half-term (6 visits a year, 90 minutes each) to check that Esme's materials are accessible, train new tutors and review her equipment."),
   ("b", "All handouts and presentations to be provided electronically at least 24 hours before each lesson, by each subject tutor, in a format Esme can enlarge."),
   ("b", "A laptop with screen magnification and screen-reading software, and a portable video magnifier, set up and maintained by the college Assistive Technology Officer."),
   ("b", "25% extra time and a separate room with adjustable lighting for all assessments and exams, arranged by the college Exams Office."),
   ("b", "Learning Support Assistant (LSA) support in practical workshops, 1:1, 4 hours a week, to read small print and describe visual information."),
   ("h", "F2 Mobility and independence"),
   ("b", "Habilitation training with a qualified Habilitation Specialist: 1:1, one 90-minute session a week for the first six weeks of each term, focusing on train travel to Ashford, then fortnightly for the rest of each term."),
   ("b", "Independent living skills: one 2-hour session a week in the college training flat, group of 4, with an independent living tutor, covering cooking, labelling and budgeting."),
   ("h", "F3 Preparing for employment"),
   ("b", "Careers guidance with the college Careers Adviser: four 45-minute meetings a year, including apprenticeship applications."),
   ("b", "A 10-day supported work placement in the summer term, with a job coach for the first three days."),
  ]),
  ("G", "Health provision", [
   ("b", "Consultant Ophthalmologist, Wealdmarsh Eye Unit: eye examination once a year."),
   ("b", "Low Vision Clinic, Wealdmarsh Eye Unit (optometrist): low vision assessment and review of magnifiers and tinted glasses once a year, with advice on sun protection at the same appointment."),
   "The health provision was agreed by the Designated Clinical Officer for Wealdmarsh, Dr Ruth Kemp, on 10 November 2025.",
  ]),
  ("H1", "Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970", ["None. See Section D."]),
  ("H2", "Other social care provision", ["None at present. A rehabilitation officer from the Sensory Impairment Team was offered and declined; Esme can ask again at any time."]),
  ("I", "Placement", ["Wealdmarsh College (general further education college), full-time, to July 2026."]),
  ("J", "Personal budget", ["Esme has not requested a personal budget."]),
  ("K", "Advice and information", []),
 ],
 "K": [
  ("Young person's views", "Esme", "19 September 2025"),
  ("Parents' views", "Esme's mum and dad", "22 September 2025"),
  ("Educational advice (annual review report)", "Kerry Mayhew, Additional Learning Support Manager, Wealdmarsh College", "29 September 2025"),
  ("Educational psychology advice", "Dr Neil Ashworth, Educational Psychologist", "8 March 2022"),
  ("Ophthalmology and low vision report (medical advice)", "Mr Rajesh Bhatt, Consultant Ophthalmologist, Wealdmarsh Eye Unit", "-"),
  ("Social care advice", "Sensory Impairment Team, Adult Social Care", "21 July 2025"),
  ("Preparing for adulthood advice", "Lydia Chan, Careers Adviser, Wealdmarsh College", "26 September 2025"),
 ],
 "end": ["Issued on behalf of Wealdmarsh Council by Paul Seddon, SEND Case Officer, 17 November 2025."],
})

# =====================================================================
# d111  letter-column  age 18, college, SEMH / diabetes / coordination  (SOUND)
# =====================================================================
PLANS.append({
 "file": "d111.docx", "layout": "letter-column",
 "title": "Education, Health and Care Plan", "letter_fill": "FFF2CC",
 "council": "Ludmore and Clun Council - 0-25 Special Educational Needs and Disabilities (SEND) Team, Craven Arms Office",
 "front": [
  ("Young person", "Callum"), ("Age", "18"),
  ("Education phase", "Post-16 (further education)"),
  ("College", "South Marches College - Level 2 Sport and Activity Leadership (second year)"),
  ("Date of annual review", "11/03/2026 (spring term 2026)"),
  ("Date issued", "7th April 2026"),
 ],
 "k_header": ("Advice", "From", "Date given"),
 "sections": [
  ("A", "About Callum: his views, interests and aspirations", [
   ("h", "What Callum says"),
   "Callum talked to his college key worker, Ms Davies, in February 2026 and asked for his own words to be used.",
   "\"I'm into football - I coach the under-9s at Clun Juniors on Saturdays and I'm good at it, the kids listen to me. I'd like to be a sports coach or a PE (physical education) teaching assistant. I've got type 1 diabetes and I'm dyspraxic, so I'm clumsy and my handwriting is terrible, but I'm quick at thinking. Since my nan died I've had a lot of bad days and I sometimes don't come in. I help look after my mum because she has MS (multiple sclerosis). I want to pass my course, learn to drive, and go into Ludlow with my mates on my own without my mum worrying.\"",
   ("h", "What Callum's mum says"),
   "Callum's mum says he is caring, funny and brilliant with children. She would like him to finish his course, get a job in sport, and look after his own diabetes fully. She worries about his low mood and about how much he does for her at home.",
  ]),
  ("B", "Special educational needs", [
   ("h", "Social, emotional and mental health"),
   "Callum has had periods of low mood and anxiety since a family bereavement in 2024. On bad days he stays in bed and misses college; his attendance in the autumn term was 81%. When he attends he takes part well and is popular with his group.",
   ("h", "Cognition and learning and physical (coordination)"),
   "Callum has developmental coordination disorder (also called dyspraxia), which affects his handwriting, organisation and planning. He understands ideas quickly and explains them clearly out loud, but writing assignments takes him much longer than his peers and he struggles to plan them. He types much faster than he writes.",
   ("h", "Independence"),
   "Callum manages his diabetes with an insulin pump and glucose sensor but sometimes forgets to check his levels when busy or stressed.",
  ]),
  ("C", "Health needs", [
   ("b", "Type 1 diabetes, managed with an insulin pump and continuous glucose monitor. Callum needs to check his glucose and act on high or low readings during the college day."),
   ("b", "Low mood and anxiety, for which he is being seen by the Ludmore Young People's Mental Health Service (for ages 16-25)."),
   "Callum has no difficulty walking or taking part in sport; his coordination difficulty is described in Section B.",
  ]),
  ("D", "Social care needs", [
   "Callum is a young carer for his mum. A young carer's needs assessment was completed by the Ludmore Carers Hub in January 2026, which found that Callum needs time for himself and support to balance caring with college. He does not have eligible needs for adult social care himself (Care Act 2014 screening, January 2026).",
  ]),
  ("E", "Outcomes", [
   ("h", "Employment and education"),
   ("b", "By July 2026, Callum will complete his Level 2 Sport and Activity Leadership course, handing in all assignments by the deadline, and receive his certificate."),
   ("b", "By July 2027, Callum will gain a Level 1 football coaching badge and complete 30 hours of volunteering as a coach, logged by his club."),
   ("h", "Independent living"),
   ("b", "By December 2026, Callum will check his glucose levels at the agreed times on every college day, shown by his glucose monitor data reviewed at his diabetes clinic."),
   ("h", "Friends, relationships and community"),
   ("b", "By July 2026, Callum will get the bus into Ludlow on his own to meet friends or go to the leisure centre at least twice a month, recorded in his weekly check-in."),
   ("h", "Good health and wellbeing"),
   ("b", "By July 2026, Callum's college attendance will be at least 92% each half-term, and he will use his agreed plan on low days (messaging his key worker, coming in for a later start) rather than staying at home."),
  ]),
  ("F", "Section F: Special educational provision", [
   ("h", "Study skills and exams"),
   ("b", "A laptop with speech-to-text and mind-mapping software, for use in all lessons and at home, set up and kept up to date by the college's Digital Learning Technician."),
   ("b", "1:1 study skills sessions with a specialist dyspraxia tutor (qualified in specific learning difficulties), two 30-minute sessions a week, focusing on planning and structuring assignments."),
   ("b", "Use of a word processor and 25% extra time in all timed assessments, arranged by the college Exams Officer."),
   ("h", "Wellbeing"),
   ("b", "A named key worker, Ms Davies (Learning Mentor), who will meet Callum 1:1 for 20 minutes every Monday and Thursday and contact him by text by 10am on any day he is absent."),
   ("b", "An agreed 'low day' plan: Callum may start at 10.30am instead of 9am on no more than two days a half-term, after texting his key worker; agreed and monitored by his course tutor."),
   ("h", "Preparing for work and community"),
   ("b", "Careers guidance from the college Careers Adviser: three 45-minute meetings in the year (October, February and May)."),
   ("b", "Travel confidence sessions with the college Independence Tutor: three 1-hour sessions in the summer term, planning routes and bus times into Ludlow."),
   ("b", "The Educational Psychologist will visit termly (3 per year), 1 hour each, to meet Callum and his key worker and review his wellbeing plan."),
  ]),
  ("G", "Section G: Health provision", [
   ("b", "Ludmore Children's and Young People's Diabetes Team: clinic review with the diabetes consultant and diabetes specialist nurse every 3 months; the diabetes nurse will train two named college staff in supporting Callum's diabetes once a year (2 hours) and update his Individual Healthcare Plan."),
   ("b", "Ludmore Young People's Mental Health Service: 10 weekly 1:1 sessions of 50 minutes with a mental health practitioner, from April 2026, then review."),
   "Confirmation of health agreement: Section G has been seen and agreed by Dr Owain Lloyd, Designated Clinical Officer, Ludmore and Clun, on 31st March 2026.",
  ]),
  ("H1", "Section H1: Social care provision (section 2, Chronically Sick and Disabled Persons Act 1970)", [
   "Not applicable: Callum is over 18. His support as a young carer is set out in H2.",
  ]),
  ("H2", "Section H2: Other social care provision", [
   ("b", "Young adult carers' group at Ludmore Carers Hub: fortnightly, Wednesday evenings, 2 hours, with a carers support worker."),
   ("b", "A carer's break grant of £300 a year from the Carers Hub for leisure activities (gym membership)."),
  ]),
  ("I", "Section I: Placement", ["South Marches College (general further education college), full-time study programme, to July 2026; then a Level 3 or apprenticeship programme to be named at the next review."]),
  ("J", "Section J: Personal budget", ["None requested."]),
  ("K", "Section K: Advice and information", []),
 ],
 "K": [
  ("Young person's views", "Callum", "19/02/2026"),
  ("Parent's views", "Callum's mum", "19/02/2026"),
  ("Educational advice", "Ms Rhiannon Davies, Learning Mentor, and Additional Learning Support Manager, South Marches College", "2 March 2026"),
  ("Educational psychology advice", "Dr Emyr Thomas, Educational Psychologist", "October 2025"),
  ("Medical advice (diabetes)", "Dr Clare Hughes, Consultant Paediatrician (Diabetes), Ludmore Diabetes Team", "12/01/2026"),
  ("Mental health advice", "Ludmore Young People's Mental Health Service, mental health practitioner", "5 February 2026"),
  ("Social care advice (young carer's assessment and Care Act screening)", "Ludmore Carers Hub and Adult Social Care Front Door", "January 2026"),
  ("Preparing for adulthood advice", "South Marches College Careers Adviser", "24 February 2026"),
 ],
 "end": ["Issued by Ludmore and Clun Council, 0-25 SEND Team, 7th April 2026."],
})

# =====================================================================
# d112  ef-table  Year 3, vision impairment  (FAILING)
# =====================================================================
PLANS.append({
 "file": "d112.docx", "layout": "ef-table",
 "title": "Education, Health and Care Plan", "sec_level": 2, "dash": True,
 "council": "Humbermouth City Council - Special Educational Needs and Disabilities (SEND) Statutory Assessment and Review Team",
 "ef_header": ["Outcome", "What will be provided", "How often / how long", "Delivered by"],
 "front": [
  ("Child's name", "Priya"), ("Age", "7"), ("National Curriculum year group", "Year 3"),
  ("School", "Westcliffe Primary School, Humbermouth"),
  ("Plan issued", "18 September 2026"),
  ("Plan type", "Final plan following needs assessment"),
 ],
 "sections": [
  ("A", "Views, interests and aspirations", [
   ("h", "Parental views"),
   "Parental report indicates that concerns regarding Priya's vision were first raised by the family when she was approximately four months of age, following which she was referred by the health visitor to the paediatric ophthalmology service, where bilateral congenital cataracts were identified, necessitating surgical removal of the lenses of both eyes (lensectomy) at the age of five months, subsequent to which she has required the continuous use of contact lenses supplemented by bifocal spectacles in order to achieve functional vision.",
   "Priya's mother has reported that, notwithstanding the consistent implementation at home of the strategies recommended by professionals, difficulties continue to be experienced in relation to Priya's ability to locate items, to negotiate unfamiliar environments and to access printed materials, and that the family have expressed concern regarding the extent to which Priya's visual needs are understood and accommodated within the school environment, particularly in relation to physical education, playtimes and the transition between classrooms.",
  ]),
  ("B", "Special educational needs", [
   ("h", "Vision"),
   "Priya has a permanent visual impairment. After her cataract surgery she has no natural lenses, so she relies on contact lenses and bifocal glasses, and she also has nystagmus (small involuntary eye movements). Her distance vision is reduced and she reads print of 18 point comfortably at a close working distance. She uses her remaining vision well: she recognises familiar people by their voices and clothes and is good at using the layout of her classroom to find things.",
   ("h", "Cognition and learning"),
   "Priya is a bright, curious girl working at the expected standard in maths and close to it in reading. She has an excellent memory for stories and enjoys listening to audiobooks. She tires when reading small print, and copying from the board is slow.",
   ("h", "Mobility and physical"),
   "Priya moves confidently in familiar places but is hesitant on steps, in the playground and in the hall, especially in changing light. She finds ball games in physical education (PE) difficult. She has begun working with a Habilitation Specialist (a specialist who teaches children with vision impairment to move around safely and independently).",
   ("h", "Social, emotional and mental health"),
   "Priya is kind and chatty and has two close friends. She can become upset and withdrawn at playtimes when she cannot find her friends.",
  ]),
  ("C", "Health needs", [
   "Priya has aphakia (no natural lens in either eye) following surgery for congenital cataracts, and nystagmus. She wears contact lenses and bifocal glasses every day and needs regular monitoring of her eye pressure because of a raised risk of glaucoma (a condition that can damage the optic nerve).",
  ]),
  ("D", "Social care needs", [
   "Humbermouth Children's Disability Team gave advice in June 2026. Priya has no social care needs arising from her visual impairment at present. Her parents were told about the short breaks local offer and the Early Help service and do not wish to use them at this stage.",
  ]),
  ("EF", "Section E and F - Outcomes and special educational provision", [
   "Outcomes are for the end of Year 4 (July 2027).",
  ]),
  ("G", "Health provision", [
   ("b", "Paediatric Ophthalmology, Humbermouth Royal Infirmary: consultant review every 4 months, including eye pressure checks."),
   ("b", "Orthoptist and optometrist, Humbermouth Royal Infirmary: contact lens and glasses review every 3 months; replacement lenses supplied every 3 months."),
   "Health provision agreed by Mrs Janet Akers, Designated Clinical Officer (DCO), Humber and Wolds Integrated Care Board, 9 September 2026.",
  ]),
  ("H1", "Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970", ["None. Short breaks were considered (Section D)."]),
  ("H2", "Other social care provision", ["None."]),
  ("I", "Placement", ["Westcliffe Primary School, Humbermouth (mainstream community primary school)."]),
  ("J", "Personal budget", ["No personal budget has been requested."]),
  ("K", "Advice and information", []),
 ],
 "EF": [
  ("Vision and learning materials", [
   ("By July 2027, it is anticipated that, as a consequence of the consistent implementation of the specialist strategies delineated below, Priya will demonstrate an increased capacity for the independent utilisation of her prescribed low vision aids across the full range of curriculum contexts, as evidenced by her locating and employing her magnifier without adult prompting in 4 out of 5 observed lessons.",
    [("Qualified Teacher of Children and Young People with Vision Impairment (QTVI) from the Humbermouth Sensory Service: direct teaching of magnifier use and advice to staff", "Fortnightly, 1 hour", "QTVI"),
     ("Access to a QTVI for further advice as required", "As required", "Humbermouth Sensory Service")]),
   ("Priya has enlarged print (18 point) and a hand-held magnifier in all lessons.",
    [("All worksheets and texts enlarged to 18 point on buff paper", "Every lesson", "Class teaching assistant (TA), checked by the class teacher")]),
  ]),
  ("Cognition and learning", [
   ("By July 2027, Priya will, with a view to facilitating the acquisition of functional literacy commensurate with age-related expectations, read aloud a 150-word passage of 18-point text at the expected standard for her age with at least 95% accuracy, as measured through the school's termly reading assessment procedure.",
    [("Touch-typing programme on a laptop with enlarged keyboard, 1:1", "Three 20-minute sessions a week", "TA trained by the QTVI"),
     ("Individual copy of board work on a tablet, set up by the school's information technology (IT) technician", "Every lesson", "Class teacher and IT technician")]),
  ]),
  ("Mobility, independence and physical education", [
   ("By July 2027, Priya will evidence the generalisation of orientation and mobility competencies previously acquired within structured settings to less predictable environments, navigating safely and independently between her classroom, the hall and the playground on 9 out of 10 occasions as observed by staff.",
    [("Opportunities to practise mobility and orientation skills around school where possible", "Weekly", "Habilitation Specialist / TA"),
     ("Adapted PE (physical education) equipment (brightly coloured and bell balls) provided by the PE lead", "Every PE lesson", "PE lead")]),
   ("Priya will receive support from a TA in PE and on the playground.",
    [("TA support at playtimes and in PE, 1:1", "Daily playtimes and 2 PE lessons a week", "TA")]),
  ]),
  ("Social, emotional and health", [
   ("By July 2027, with the objective of supporting the maintenance of optimal ocular health, Priya will independently put on and wear her glasses throughout the school day and inform a member of staff should her contact lenses cause discomfort, on every occasion recorded in the daily home-school diary over one half-term.",
    [("A daily check at the start of the school day that Priya's glasses are clean and worn", "Daily, 5 minutes", "Class TA")]),
   ("By July 2027, Priya will join her friends at playtime using the 'friendship bench' and agreed meeting point on at least 4 days out of 5, as observed by the midday supervisors.",
    [("Friendship group with two chosen peers, led by the Emotional Literacy Support Assistant (ELSA)", "Weekly, 30 minutes, autumn term", "ELSA")]),
  ]),
 ],
 "K": [
  ("Parental advice", "Priya's mother and father", "2 June 2026"),
  ("Educational advice", "Mrs Claire Holt, Special Educational Needs Co-ordinator (SENCo), Westcliffe Primary School", "10 June 2026"),
  ("Advice from a qualified teacher of children with vision impairment", "Ms Anita Rowe, QTVI, Humbermouth Sensory Service", "5 June 2026"),
  ("Educational psychology advice", "Dr Ian Cole, Educational Psychologist", "19 May 2026"),
  ("Medical advice", "Miss Kavita Desai, Consultant Paediatric Ophthalmologist", "27 May 2026"),
  ("Orthoptic report", "Orthoptist, Humbermouth Royal Infirmary", "27 May 2026"),
  ("Social care advice", "Humbermouth Children's Disability Team", "16 June 2026"),
 ],
 "end": ["Issued by Humbermouth City Council, Statutory Assessment and Review Team, 18 September 2026."],
})

# =====================================================================
if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    for p in PLANS:
        RENDER[p["layout"]](p)
        print("wrote", p["file"], p["layout"])
