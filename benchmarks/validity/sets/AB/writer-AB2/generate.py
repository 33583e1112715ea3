#!/usr/bin/env python3
"""Generator for blind test set AB2 (City of Wexbridge Council, fictional).

Plan text is Python data (PLANS, below). Three renderers, one per layout:
  heading2-numbered, shaded-heading-table, letter-column.
Run:  /work/blind/.venv-AB2/bin/python generate.py
"""
import os
from docx import Document
from docx.shared import Pt, RGBColor
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "plans")
COUNCIL = "City of Wexbridge Council"
TEAM = "Special Educational Needs and Disabilities (SEND) Assessment and Planning Team"

SECTION_TITLES = {
    "A": "Section A: The views, interests and aspirations of {name} and {fam}",
    "B": "Section B: Special educational needs",
    "C": "Section C: Health needs related to {pos} special educational needs",
    "D": "Section D: Social care needs related to {pos} special educational needs or disability",
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
F_HEAD = ["Provision", "How often and for how long", "Group size", "Delivered by", "For outcome"]
K_HEAD = ["Advice and information", "Given by", "Date"]


def shade(cell, fill="D9E2F3"):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def title_of(plan, key):
    return SECTION_TITLES[key].format(name=plan["name"], fam=plan.get("fam", "family"),
                                      pos=plan.get("pos", "their"))


def outcome_text(o):
    ref, text = o[0], o[1]
    return f"{ref}. {text}"


def f_row(item):
    ref, what, often, group, who, outc = item
    return [f"{ref}. {what}", often or "", group or "", who or "", outc or ""]


def fill_cell_table(container, header, rows):
    t = container.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for i, h in enumerate(header):
        c = t.rows[0].cells[i]
        c.text = ""
        r = c.paragraphs[0].add_run(h)
        r.bold = True
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    return t


def front_matter(doc, plan):
    h = doc.add_paragraph()
    r = h.add_run(COUNCIL)
    r.bold = True
    r.font.size = Pt(14)
    doc.add_paragraph(f"{TEAM} — Education, Health and Care (EHC) plan")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in plan["front"]:
        cells = t.add_row().cells
        cells[0].text = k
        cells[1].text = v
        shade(cells[0], "F2F2F2")
    doc.add_paragraph("")


def expand(plan, key):
    """Return list of blocks for section key, expanding E/F/K data."""
    blocks = list(plan["sec"].get(key, []))
    return blocks


# ---------------------------------------------------------------- layout 1
def render_heading2(plan, path):
    doc = Document()
    doc.add_heading(f"Education, Health and Care plan for {plan['name']}", level=1)
    front_matter(doc, plan)
    for key in ORDER:
        doc.add_heading(title_of(plan, key), level=2)
        for b in expand(plan, key):
            kind = b[0]
            if kind == "h":
                doc.add_heading(b[1], level=3)
            elif kind == "p":
                doc.add_paragraph(b[1])
            elif kind == "b":
                for it in b[1]:
                    doc.add_paragraph(it, style="List Bullet")
            elif kind == "n":
                for it in b[1]:
                    doc.add_paragraph(it, style="List Number")
            elif kind == "E":
                for o in b[1]:
                    doc.add_heading(f"{o[0]} Outcome", level=3)
                    doc.add_paragraph(o[1])
                    if len(o) > 2 and o[2]:
                        doc.add_paragraph(o[2], style="List Bullet")
            elif kind == "F":
                for it in b[1]:
                    ref, what, often, group, who, outc = it
                    doc.add_heading(f"{ref} {what}", level=3)
                    if often:
                        doc.add_paragraph(f"How often and for how long: {often}", style="List Bullet")
                    if group:
                        doc.add_paragraph(f"Group size: {group}", style="List Bullet")
                    if who:
                        doc.add_paragraph(f"Delivered by: {who}", style="List Bullet")
                    if outc:
                        doc.add_paragraph(f"For outcome: {outc}", style="List Bullet")
            elif kind == "K":
                fill_cell_table(doc, K_HEAD, b[1])
            elif kind == "t":
                fill_cell_table(doc, b[1], b[2])
    doc.save(path)


# ---------------------------------------------------------------- layout 2
def shaded_heading(doc, text):
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    c = t.rows[0].cells[0]
    c.text = ""
    r = c.paragraphs[0].add_run(text)
    r.bold = True
    r.font.size = Pt(12)
    shade(c, "BDD7EE")
    doc.add_paragraph("")


def render_shaded(plan, path):
    doc = Document()
    p = doc.add_paragraph()
    r = p.add_run(f"Education, Health and Care plan: {plan['name']}")
    r.bold = True
    r.font.size = Pt(16)
    front_matter(doc, plan)
    for key in ORDER:
        shaded_heading(doc, title_of(plan, key))
        for b in expand(plan, key):
            kind = b[0]
            if kind == "h":
                q = doc.add_paragraph()
                q.add_run(b[1]).bold = True
            elif kind == "p":
                doc.add_paragraph(b[1])
            elif kind == "b":
                for it in b[1]:
                    doc.add_paragraph(it, style="List Bullet")
            elif kind == "n":
                for it in b[1]:
                    doc.add_paragraph(it, style="List Number")
            elif kind == "E":
                rows = [[o[0], o[1], (o[2] if len(o) > 2 else "")] for o in b[1]]
                fill_cell_table(doc, ["Ref", "Outcome (by when and how we will know)", "Links to"], rows)
                doc.add_paragraph("")
            elif kind == "F":
                fill_cell_table(doc, F_HEAD, [f_row(it) for it in b[1]])
                doc.add_paragraph("")
            elif kind == "K":
                fill_cell_table(doc, K_HEAD, b[1])
            elif kind == "t":
                fill_cell_table(doc, b[1], b[2])
                doc.add_paragraph("")
    doc.save(path)


# ---------------------------------------------------------------- layout 3
def render_letter(plan, path):
    doc = Document()
    p = doc.add_paragraph()
    r = p.add_run(f"Education, Health and Care plan — {plan['name']}")
    r.bold = True
    r.font.size = Pt(16)
    front_matter(doc, plan)
    big = doc.add_table(rows=0, cols=2)
    big.style = "Table Grid"
    for key in ORDER:
        first = big.add_row()
        first.cells[0].text = ""
        lr = first.cells[0].paragraphs[0].add_run(key)
        lr.bold = True
        lr.font.size = Pt(20)
        shade(first.cells[0], "C6E0B4")
        first.cells[1].text = ""
        first.cells[1].paragraphs[0].add_run(title_of(plan, key)).bold = True
        rows = [first]
        for b in expand(plan, key):
            kind = b[0]
            row = big.add_row()
            rows.append(row)
            cell = row.cells[1]
            cell.text = ""
            para = cell.paragraphs[0]
            if kind == "h":
                para.add_run(b[1]).bold = True
            elif kind == "p":
                para.add_run(b[1])
            elif kind in ("b", "n"):
                for i, it in enumerate(b[1]):
                    mark = "•" if kind == "b" else f"{i + 1}."
                    if i == 0:
                        para.add_run(f"{mark} {it}")
                    else:
                        cell.add_paragraph(f"{mark} {it}")
            elif kind == "E":
                para.add_run("Outcomes for the next key stage, with how progress will be measured:")
                rws = [[o[0], o[1], (o[2] if len(o) > 2 else "")] for o in b[1]]
                fill_cell_table(cell, ["Ref", "Outcome", "Builds on"], rws)
            elif kind == "F":
                para.add_run("Provision is set out below and must be made as written.")
                fill_cell_table(cell, F_HEAD, [f_row(it) for it in b[1]])
            elif kind == "K":
                para.add_run("The following advice and information was used to write this plan:")
                fill_cell_table(cell, K_HEAD, b[1])
            elif kind == "t":
                fill_cell_table(cell, b[1], b[2])
        if len(rows) > 1:
            top = rows[0].cells[0]
            merged = top.merge(rows[-1].cells[0])
            for extra in merged.paragraphs[1:]:
                extra._p.getparent().remove(extra._p)
    doc.save(path)


RENDER = {"heading2-numbered": render_heading2, "shaded-heading-table": render_shaded,
          "letter-column": render_letter}
PLANS = []

# ===================================================================== ab201
PLANS.append(dict(
    id="ab201", layout="heading2-numbered", name="Theo", fam="his family", pos="his",
    front=[("Name used in this plan", "Theo"), ("Age", "7 years"), ("School year", "Year 3"),
           ("Plan type", "Final EHC plan (first plan)"),
           ("Date this plan was issued", "16 October 2026"),
           ("Last annual review", "Not yet due (first review by October 2027)"),
           ("Education setting", "St Aldhelm's Church of England Primary School (mainstream)"),
           ("Language spoken at home", "English")],
    sec={
        "A": [
            ("h", "A1 What Theo told us (gathered through play and drawing)"),
            ("p", "Theo's views were gathered by Mrs Dawson, his teaching assistant, who has worked with him since Reception. "
                  "She talked with Theo over three short sessions in September 2026 while he built with construction bricks and drew "
                  "pictures of his school day. Where Theo's own words are used, they are in quotation marks."),
            ("b", ["Theo drew himself on the climbing frame and said: \"I like the big slide but the ladder is wobbly for my legs.\"",
                   "\"Writing makes my hand hurt. I like it when I tell Mrs Dawson my story and she types it.\"",
                   "\"My best thing is dinosaurs. I know all of them. Ask me about the Spinosaurus.\"",
                   "When asked what helps, Theo pointed to the photo of his writing slope and said: \"That one. And my squishy pencil.\"",
                   "He told us he would like to be \"a dinosaur scientist in a museum\" when he grows up, and that he wants to ride his bike without stabilisers like his cousin."]),
            ("h", "A2 What Theo's parents told us"),
            ("p", "Theo's mum and dad describe him as funny, curious and kind. He remembers facts about dinosaurs, planets and trains and loves "
                  "explaining them to anyone who will listen. At home he is patient with his baby sister and likes to help in the kitchen, "
                  "although he finds buttons, zips and using a knife and fork hard. They worry that Theo has started to say he is "
                  "\"rubbish at writing\" and that he avoids games at playtime because he cannot keep up with running and ball games. "
                  "They would like Theo to have access to the same after-school clubs as his friends and to feel proud of his work."),
            ("h", "A3 Hopes for the future"),
            ("p", "Theo hopes to ride his bike without stabilisers, to write a story \"all by myself\" and to keep learning about dinosaurs. "
                  "His parents hope he will leave primary school able to record his ideas on his own, by hand or on a keyboard, join in "
                  "with team games, and get changed for PE (physical education) without help."),
            ("h", "A4 What Theo is good at"),
            ("b", ["Reading: Theo reads at the expected standard for his age and enjoys information books.",
                   "Talking: he has a wide vocabulary and explains his ideas clearly.",
                   "Memory: he remembers facts and routines very well.",
                   "Kindness: he notices when other children are upset and fetches an adult."]),
            ("h", "A5 How to help Theo"),
            ("b", ["Give him time to finish practical tasks and do not rush him when he is getting changed.",
                   "Let him tell you his ideas first, then help him to plan what to write.",
                   "Praise his effort and ideas, not only neat handwriting."]),
        ],
        "B": [
            ("p", "Theo has a diagnosis of developmental coordination disorder (DCD), sometimes called dyspraxia, made by the community "
                  "paediatrician in March 2026. DCD affects how the brain plans and co-ordinates movement. Theo's main special educational "
                  "needs are in the area of sensory and/or physical needs, with an effect on cognition and learning (recording his work) "
                  "and on his confidence."),
            ("h", "B1 Sensory and/or physical needs"),
            ("b", ["Fine motor skills: Theo holds his pencil in a fisted grip and presses very hard. He can form most lower-case letters but they "
                   "vary in size and he cannot yet keep them on the line. After about five minutes of writing his hand aches and he stops.",
                   "Gross motor skills: he finds balance, hopping, catching and climbing difficult. He catches a large ball thrown from two metres "
                   "about half the time and cannot yet hop on his left foot.",
                   "Self-care: he needs an adult to help with buttons, zips and shoelaces when changing for PE and takes about twice as long as his "
                   "classmates to get changed.",
                   "He tires more quickly than other children during physical tasks because of his very flexible joints (see Section C)."]),
            ("h", "B2 Cognition and learning"),
            ("b", ["Theo's reading and mathematical reasoning are in line with national expectations for his age (school assessments, July 2026).",
                   "His writing is below the expected standard because handwriting takes so much effort. In July 2026 he wrote 3 short sentences on "
                   "his own in 15 minutes, although he could tell a story of 8 to 10 sentences aloud.",
                   "He loses his place when copying from the board."]),
            ("h", "B3 Social, emotional and mental health"),
            ("b", ["Theo is well liked and has two close friends.",
                   "He is starting to avoid playground games and writing tasks and sometimes calls himself \"rubbish\". His class teacher has noticed "
                   "this in around two lessons a week."]),
        ],
        "C": [
            ("p", "Theo has no difficulty with eating, sleeping or his general health, but he has joint hypermobility (very flexible joints), "
                  "which the children's physiotherapist confirmed in July 2026. His knees and ankles ache after he has walked more than about a mile "
                  "or after PE, and weak core muscles make it hard for him to sit upright for long periods."),
            ("p", "Theo's developmental coordination disorder was diagnosed by the community paediatrician, who will continue to review his "
                  "development and joint pain."),
        ],
        "D": [
            ("p", "Theo does not have social care needs relating to his special educational needs or disability. This is based on the social "
                  "care advice from the Children with Disabilities Team (screening assessment, 2 June 2026), which found that his needs at home "
                  "are met by his family and universal services."),
        ],
        "E": [
            ("p", "These outcomes were agreed with Theo's parents and school in September 2026. They will be reviewed at the annual review."),
            ("E", [
                ("E1", "By the end of Year 3 (July 2027), Theo will write a story of at least 6 sentences on his own, using a pencil or a keyboard, "
                       "in 3 out of 4 weekly writing tasks, as recorded in his writing book by his class teacher.",
                 "Builds on Theo's wish to write a story \"all by myself\" (A3)."),
                ("E2", "By February 2027, Theo will hold his pencil with a tripod grip (thumb and two fingers) and write for 10 minutes without "
                       "stopping because of pain, on 4 days out of 5, as recorded on the programme chart kept by his teaching assistant.",
                 "Builds on the family's hope that Theo records his ideas on his own (A3)."),
                ("E3", "By July 2027, Theo will get changed for PE on his own, including buttons and zips, within 8 minutes, on 4 out of 5 "
                       "occasions in the summer term, as recorded by the class teaching assistant.",
                 "Builds on the family's hope that Theo gets changed for PE without help (A3)."),
                ("E4", "By July 2027, Theo will ride a two-wheeled bike without stabilisers for 20 metres, as seen by the children's "
                       "physiotherapist at the summer review and recorded in her report.",
                 "Builds on Theo's wish to ride his bike like his cousin (A1)."),
                ("E5", "By the end of the spring term (March 2027), Theo will join in a team ball game at lunchtime on at least 3 days a week, "
                       "as recorded by the lunchtime supervisor on his weekly playground sheet.",
                 "Builds on the family's hope that Theo joins in team games (A3)."),
                ("E6", "By July 2027, Theo will receive a \"Star Writer\" certificate in the Friday celebration assembly for a piece of writing "
                       "he has completed on his own.",
                 "Builds on the family's wish for Theo to feel proud of his work (A2)."),
            ]),
        ],
        "F": [
            ("p", "The provision below must be made as written. The school's special educational needs co-ordinator (SENCo) is responsible "
                  "for making sure it happens and for recording it on Theo's provision map."),
            ("F", [
                ("F1", "Handwriting and fine motor programme set by the occupational therapist: pencil grip exercises, letter formation and "
                       "hand-strengthening activities",
                 "Daily for 15 minutes, before morning lessons", "1:1",
                 "Teaching assistant trained by the occupational therapist", "E1, E2"),
                ("F2", "Occupational therapy: the occupational therapist will see Theo on his own in school on Tuesday mornings to assess his "
                       "grip, dressing and seating, teach him the programme in F1 and F7 and then review it with his parents and teacher",
                 "6 weekly sessions of 45 minutes in the spring term (January to March 2027), then review", "",
                 "Occupational therapist, Wexbridge Children's Therapy Service", "E2, E3"),
                ("F3", "January 2027: the occupational therapist will train the class teacher and the two teaching assistants in Theo's class "
                       "to deliver his fine motor and dressing programme",
                 "One 60-minute training session, then a 30-minute follow-up visit in the summer term", "",
                 "Occupational therapist, Wexbridge Children's Therapy Service", "E2, E3"),
                ("F4", "Equipment: a sloped writing board, a triangular pencil grip and wide-lined paper kept at Theo's table",
                 "In every lesson that involves writing; checked and replaced each half term", "",
                 "Provided and maintained by the SENCo", "E1, E2"),
                ("F5", "Keyboard skills: a touch-typing programme on a school laptop set up with a child-friendly word processor with word prediction",
                 "Three times a week for 15 minutes during the autumn and spring terms", "A group of no more than 3 pupils",
                 "Teaching assistant; the laptop is set up and maintained by the school's computing technician", "E1"),
                ("F6", "Planning before writing: Theo will tell an adult his ideas or record them on a voice recorder; the adult writes his plan "
                       "as a list of key words, and Theo writes or types the final sentences himself",
                 "Every English lesson (daily)", "1:1 for the planning part",
                 "Class teaching assistant", "E1, E6"),
                ("F7", "Motor skills group: balance, catching, throwing and core-strength activities from the physiotherapist's programme",
                 "Twice a week (Monday and Thursday) for 20 minutes", "A group of 4 pupils",
                 "Teaching assistant who has completed the Wexbridge motor skills training", "E4, E5"),
                ("F8", "Dressing for PE: a step-by-step picture sequence, 5 extra minutes to change and adult prompting that is reduced over the "
                       "year (full help in the autumn term, help with buttons only in the spring term, checking only in the summer term)",
                 "Before and after every PE lesson (twice a week)", "1:1", "Class teaching assistant", "E3"),
                ("F9", "Playground games: a lunchtime supervisor will set up and join a simple team ball game with Theo and his friends",
                 "Monday, Wednesday and Friday lunchtimes, 15 minutes", "A group of 4 to 6 children",
                 "Lunchtime supervisor, briefed by the SENCo", "E5"),
                ("F10", "\"Proud book\": Theo and his teacher note one success each week, and the book goes home on Fridays",
                 "Weekly, 10 minutes", "1:1", "Class teacher", "E1, E6"),
                ("F11", "Progress review meeting with Theo's parents and class teacher",
                 "Once a term, 45 minutes", "", "SENCo", "All outcomes"),
            ]),
        ],
        "G": [
            ("h", "G1 Children's physiotherapy"),
            ("p", "A children's physiotherapist from Wexbridge Children's Therapy Service will see Theo at the Child Development Centre for "
                  "6 weekly appointments of 30 minutes in the autumn term 2026 to treat the aching in his knees and ankles and to teach Theo and his "
                  "parents a home exercise programme for core and leg strength. After the block she will review him once a term (30 minutes) "
                  "until October 2027 and send the school an updated motor skills programme after each review."),
            ("h", "G2 Community paediatrician"),
            ("p", "The community paediatrician will review Theo's development and joint pain in clinic once a year (next review by March 2027, "
                  "30 minutes) and will write to his parents, his GP (family doctor) and the SENCo with any changes."),
            ("h", "G3 Health agreement"),
            ("p", "The health provision in this section was reviewed and agreed by Dr Helen Marsh, Designated Clinical Officer, Wexbridge and "
                  "Fenmoor Integrated Care Board, on 8 October 2026."),
        ],
        "H1": [("p", "None. During the assessment (June 2026) Theo's parents were given information about the short breaks and holiday "
                     "activity schemes in the Wexbridge Local Offer. They told us they do not need these at present and know how to ask for a "
                     "social care assessment in the future.")],
        "H2": [("p", "None. No other social care provision is needed (see Section D).")],
        "I": [("p", "St Aldhelm's Church of England Primary School, Wexbridge — mainstream primary school.")],
        "J": [("p", "Theo's parents did not ask for a personal budget.")],
        "K": [("K", [
            ["Parents' views (written contribution and meeting)", "Theo's mum and dad", "12 June 2026"],
            ["Theo's views, gathered through play and drawing", "Mrs Dawson, teaching assistant, St Aldhelm's", "9 to 23 September 2026"],
            ["Educational advice", "Ms Priestley, SENCo, St Aldhelm's Church of England Primary School", "20 June 2026"],
            ["Psychological advice", "Dr Kemi Adeyemi, educational psychologist, Wexbridge Educational Psychology Service", "1 July 2026"],
            ["Medical advice", "Dr Sunil Varma, community paediatrician, Wexbridge Community Child Health", "24 June 2026"],
            ["Physiotherapy advice", "Ms Leah Carter, children's physiotherapist, Wexbridge Children's Therapy Service", "14 July 2026"],
            ["Occupational therapy advice", "Mr Tom Hale, occupational therapist, Wexbridge Children's Therapy Service", "7 July 2026"],
            ["Social care advice (screening assessment)", "Children with Disabilities Team, City of Wexbridge Council", "2 June 2026"],
        ])],
    }))

# ===================================================================== ab202
PLANS.append(dict(
    id="ab202", layout="heading2-numbered", name="Isla", fam="her family", pos="her",
    front=[("Name used in this plan", "Isla"), ("Age", "15 years"), ("School year", "Year 10"),
           ("Plan type", "Amended EHC plan following annual review"),
           ("Date this plan was issued", "2 November 2026"),
           ("Last annual review", "22 September 2026"),
           ("Education setting", "Wexbridge High School (mainstream secondary academy)"),
           ("Language spoken at home", "English")],
    sec={
        "A": [
            ("h", "A1 In my own words"),
            ("p", "Isla wrote this with her form tutor in September 2026, before her annual review:"),
            ("p", "\"I'm Isla. I like art, especially drawing people and animals in pencil, and I sing in the school choir. I'm good at English "
                  "and I read a lot, mostly fantasy books. School has been really hard for the last year. When I'm anxious my stomach hurts "
                  "and I can't think, and I hate eating in the canteen because it's loud and everyone can see you. The things that help are "
                  "having a pass to leave the room, sitting near the door and having one teacher I can go to. I want to get back to going to "
                  "all my lessons and being with my friends at break. In the future I'd like to do art and English at sixth form and maybe be "
                  "an illustrator.\""),
            ("h", "A2 My parents' views"),
            ("p", "Isla's mum and dad are proud of how hard she works and how kind she is to her younger brother. They would like Isla to feel "
                  "safe in school, to sit her General Certificate of Secondary Education (GCSE) exams with her friends in summer 2028, and to "
                  "enjoy drawing and singing again. They are worried about how little she eats at school and how tired she is when she gets home."),
            ("h", "A3 Summary of professional views"),
            ("p", "Isla presents with a restrictive eating disorder (anorexia nervosa) with comorbid generalised anxiety disorder and somatic "
                  "symptomatology. Her BMI centile has remained below the 9th centile since spring 2025. Ego-syntonic cognitions regarding "
                  "weight and shape are maintaining factors, and she demonstrates marked anticipatory anxiety with avoidant behaviours and "
                  "hypervigilance in unstructured settings. Prognosis is guarded in the absence of sustained nutritional rehabilitation."),
            ("h", "A4 Aspirations"),
            ("p", "Isla would like to stay at Wexbridge High School for sixth form, study art and English literature at A level and one day "
                  "illustrate children's books. Her parents hope she will be well enough to enjoy school again and to go on the Year 11 art "
                  "trip to London."),
            ("h", "A5 What Isla does well"),
            ("b", ["She is a talented artist; her Year 9 portrait project was displayed in the school entrance.",
                   "She is working at grade 7 in English and writes thoughtful, detailed essays.",
                   "She is loyal to her friends and is trusted by younger pupils in the choir.",
                   "She is honest about how she feels with the adults she trusts."]),
        ],
        "B": [
            ("h", "B1 Social, emotional and mental health"),
            ("b", ["Isla has anxiety that affects her every school day. Her attendance in the summer term 2026 was 71%, and on most days she "
                   "arrived after registration.",
                   "She avoids the canteen and crowded corridors, and has left lessons on average 6 times a week this term, usually in maths and "
                   "science.",
                   "She has panic attacks (fast breathing, shaking, feeling sick) around once a fortnight in school."]),
            ("h", "B2 Cognition and learning"),
            ("b", ["Isla is a very able pupil. She is working at grade 7 in English literature and grade 6 in art.",
                   "She has gaps in maths because of missed lessons and is working at grade 4 against a target of grade 6.",
                   "She has missed 4 of the required science practicals."]),
            ("h", "B3 Communication and interaction"),
            ("b", ["Isla is articulate with adults she knows. When anxious she does not speak in class and finds group work difficult."]),
        ],
        "C": [
            ("p", "Isla is under the care of Child and Adolescent Mental Health Services (CAMHS) for two health needs:"),
            ("b", ["Anxiety: Isla has generalised anxiety disorder. She has physical symptoms of anxiety (stomach pain, nausea, shaking) most "
                   "mornings.",
                   "Eating disorder: Isla was diagnosed with anorexia nervosa by the CAMHS Community Eating Disorder Service in 2025. She is weighed "
                   "every week at the clinic and follows a meal plan that includes a snack at morning break and a full lunch at school, which an "
                   "adult needs to see her eat. If she misses meals she quickly becomes physically unwell, and she has been advised not to take "
                   "part in PE (physical education) until the eating disorder team agree it is safe."]),
        ],
        "D": [
            ("p", "Isla has no social care needs relating to her special educational needs. This was confirmed by the social care advice from the "
                  "Wexbridge Early Help and Assessment Team (screening, 4 August 2026), which found that her family meet her needs at home."),
        ],
        "E": [
            ("E", [
                ("E1", "By July 2027, Isla will attend all her timetabled lessons on at least 4 days out of 5, with attendance of 90% or more in the "
                       "summer term, as shown on the school register.",
                 "Isla wants to get back to going to all her lessons (A1)."),
                ("E2", "By February 2027, Isla will use her calming plan (breathing, a time-out of no more than 10 minutes in the library, then "
                       "return) on her own when she feels anxious, and will go back to the lesson on 8 out of 10 occasions, as recorded on her "
                       "time-out log by her key worker.",
                 "Isla says a pass to leave the room and one trusted adult help (A1)."),
                ("E3", "By the end of Year 11 (July 2028), Isla will complete her GCSE art portfolio and achieve at least grade 6 in GCSE art and "
                       "English literature, as shown in her results in August 2028.",
                 "Isla's wish to study art and English at sixth form (A4)."),
                ("E4", "By June 2027, Isla will attend two sixth-form or college taster sessions and complete a post-16 application with her "
                       "careers adviser, as recorded on her careers record.",
                 "Isla's wish to go to sixth form (A4)."),
                ("E5", "By April 2027, Isla will take part in a weekly lunchtime or after-school club with at least one friend (for example choir "
                       "or art club) for 6 weeks in a row, as recorded by the club leader.",
                 "Isla wants to be with her friends again (A1)."),
            ]),
        ],
        "F": [
            ("F", [
                ("F1", "Key worker check-in: a named learning mentor trained in anxiety support meets Isla at the school gate to agree the plan "
                       "for the day", "Daily, 10 minutes before registration", "1:1", "Learning mentor (named key worker)", "E1, E2"),
                ("F2", "Time-out card: Isla carries a card that lets her leave any lesson to go to the library, where a member of staff is on "
                       "duty, for no more than 10 minutes", "Every lesson", "",
                 "Card issued by the special educational needs co-ordinator (SENCo); library staff record each use", "E2"),
                ("F3", "Anxiety management programme using cognitive behavioural approaches (noticing worry thoughts, breathing, planning small steps)",
                 "Weekly for 45 minutes for 6 weeks in the spring term, then review", "1:1",
                 "Emotional literacy support assistant trained by the Wexbridge Educational Psychology Service", "E2"),
                ("F4", "Maths catch-up tuition to close gaps from missed lessons",
                 "Twice a week, 40 minutes, in the spring and summer terms", "A group of 3", "Qualified maths teacher", "E3"),
                ("F5", "Science practical catch-up: the 4 missed required practicals",
                 "One 50-minute session a week for 4 weeks in January 2027", "A group of no more than 4", "Science teacher and technician", "E3"),
                ("F6", "Art studio time in the art room at lunchtime",
                 "Tuesdays and Thursdays, 30 minutes", "A group of no more than 6", "Art teacher", "E3, E5"),
                ("F7", "Exam access arrangements: 25% extra time, rest breaks and a room with no more than 8 candidates in all mock and GCSE exams",
                 "All internal and external exams from January 2027", "", "Exams officer, with the SENCo", "E3"),
                ("F8", "Careers guidance: careers interviews and help to plan sixth-form and college visits",
                 "Two 45-minute meetings in the spring term and one in the summer term", "1:1",
                 "Careers adviser holding a Level 6 careers guidance qualification, Wexbridge Careers Hub", "E4"),
                ("F9", "Staff information: all Isla's subject teachers receive her one-page profile and a 30-minute briefing on her anxiety plan",
                 "At the start of each term", "All subject teachers", "SENCo", "E1, E2"),
                ("F10", "Club buddy: the learning mentor agrees a club with Isla and a friend and goes with them to the first two sessions",
                 "Two 30-minute sessions in the spring term, then a 10-minute weekly check", "", "Learning mentor", "E5"),
                ("F11", "Review meeting with Isla and her parents", "Every half term, 30 minutes", "", "SENCo", "All outcomes"),
            ]),
        ],
        "G": [
            ("h", "G1 Child and Adolescent Mental Health Services (anxiety)"),
            ("p", "A clinical psychologist from CAMHS will provide cognitive behavioural therapy (CBT) for anxiety: 12 weekly sessions of 50 minutes "
                  "at the CAMHS clinic on Tuesday afternoons from November 2026, then a review with Isla and her parents. The psychologist will send "
                  "a short summary of the strategies Isla is using to the SENCo after session 6 and session 12."),
        ],
        "H1": [("p", "None. Short breaks were discussed with Isla's parents at the review meeting on 22 September 2026; they do not wish to apply "
                     "at present.")],
        "H2": [("p", "None. The Early Help family support offer was explained to the family, who have declined it at present.")],
        "I": [("p", "Wexbridge High School — mainstream secondary academy (11 to 18).")],
        "J": [("p", "No personal budget was requested.")],
        "K": [("K", [
            ["Isla's views (written with her form tutor)", "Isla", "18 September 2026"],
            ["Parents' views", "Isla's mum and dad", "18 September 2026"],
            ["Educational advice and annual review report", "Mr D. Khan, SENCo, Wexbridge High School", "15 September 2026"],
            ["Psychological advice", "Dr Fiona Lowe, educational psychologist, Wexbridge Educational Psychology Service", "2 September 2026"],
            ["Medical advice (mental health)", "Dr Marcus Bell, consultant child and adolescent psychiatrist, CAMHS", "11 March 2024"],
            ["Social care advice (screening)", "Wexbridge Early Help and Assessment Team", "4 August 2026"],
            ["Preparing for adulthood advice", "Ms Jo Reid, careers adviser, Wexbridge Careers Hub", "10 September 2026"],
        ])],
    }))

# ===================================================================== ab203
PLANS.append(dict(
    id="ab203", layout="heading2-numbered", name="Ayo", fam="his family", pos="his",
    front=[("Name used in this plan", "Ayo"), ("Age", "10 years"),
           ("School year", "Year 5 (moving to Year 6 in September 2026)"),
           ("Plan type", "Final EHC plan (first plan)"),
           ("Date this plan was issued", "9 July 2026"),
           ("Last annual review", "Not yet due"),
           ("Education setting", "Castle Mead Primary School (mainstream)"),
           ("Language spoken at home", "English and Yoruba")],
    sec={
        "A": [
            ("h", "A1 About me"),
            ("p", "Ayo shared his views with Mr Osei, the special educational needs co-ordinator (SENCo), in May 2026, using a talking mat with "
                  "picture cards. These are his words:"),
            ("b", ["\"I'm good at football. I'm a goalkeeper because I'm tall.\"",
                   "\"I like Minecraft and building things.\"",
                   "\"Writing is the worst. My hand gets tired and my writing is messy so people laugh.\"",
                   "\"I get worried in the mornings that I'll be late and get told off.\"",
                   "\"I like it when Mr Osei lets me type.\""]),
            ("h", "A2 What my mum says"),
            ("p", "Ayo's mum says he is a loving, funny boy who is great with his little sisters. She finds mornings very hard: Ayo needs help "
                  "to get dressed and it can take over an hour to get everyone out of the house. She told us that the family have had a social "
                  "worker since a child in need plan was agreed in February 2026, which has helped with housing and with getting the girls to "
                  "nursery. She is worried that Ayo is becoming anxious about school and that he cries on Sunday evenings."),
            ("h", "A3 What works well for me"),
            ("b", ["Ayo is good at building and solving problems; he made a working marble run in design and technology.",
                   "He reads well and enjoys adventure stories.",
                   "He responds well to calm adults who explain what will happen next."]),
        ],
        "B": [
            ("p", "Ayo has a diagnosis of developmental coordination disorder (DCD), also called dyspraxia, made by the community paediatrician "
                  "in October 2025."),
            ("h", "B1 Sensory and/or physical needs"),
            ("b", ["Ayo's handwriting is slow and hard to read. He writes about 8 words a minute; the class average is 15.",
                   "His hand and shoulder tire after 10 minutes of writing.",
                   "He finds ball skills, balance and changing for PE (physical education) difficult and needs help with buttons and laces."]),
            ("h", "B2 Cognition and learning"),
            ("b", ["Ayo reads at the expected standard for Year 5.",
                   "His mathematical reasoning is good, but he is slow to record working and often loses marks for untidy columns.",
                   "In writing he is working towards the expected standard, because of the effort handwriting takes rather than his ideas."]),
            ("h", "B3 Social, emotional and mental health"),
            ("b", ["Ayo becomes anxious about arriving late and about writing tasks. He cried in class 3 times in the summer term.",
                   "He sometimes calls himself \"stupid\" when work is hard."]),
        ],
        "C": [
            ("p", "Ayo's developmental coordination disorder was diagnosed by the community paediatrician in October 2025. He has low muscle tone "
                  "in his shoulders and hands, which means he tires quickly when writing or carrying things, and he trips and falls more often than "
                  "other children of his age (the school recorded 6 minor falls in the spring term). The children's physiotherapist assessed him "
                  "in April 2026 and found weak core strength and poor balance."),
        ],
        "D": [
            ("p", "Ayo's mum is a single parent and cares for Ayo and his two younger sisters. Ayo needs adult help to dress, fasten buttons, tie "
                  "laces and cut up his food, and he needs supervision in the shower. Mornings at home are very stressful for the family."),
        ],
        "E": [
            ("E", [
                ("E1", "By July 2027, Ayo will type a piece of writing of at least 150 words in 20 minutes in 3 out of 4 weekly writing tasks, "
                       "as recorded by his class teacher.", ""),
                ("E2", "Ayo will be given a laptop to use for all written work.", ""),
                ("E3", "Staff will support Ayo to manage his worries in the mornings.", ""),
                ("E4", "By July 2027, Ayo will catch a tennis ball thrown underarm from 3 metres on 8 out of 10 throws, as recorded by the PE "
                       "teacher at the end of each half term.", ""),
                ("E5", "Ayo will receive a daily movement break and a writing slope in all lessons.", ""),
            ]),
        ],
        "F": [
            ("F", [
                ("F1", "Touch-typing programme on a laptop", "Three times a week, 20 minutes", "A group of 3", "Teaching assistant", "E1, E2"),
                ("F2", "Laptop with word-processing and word-prediction software for all extended writing",
                 "Every lesson with extended writing", "", "Set up and maintained by the school's computing technician", "E1, E2"),
                ("F3", "Morning check-in with a trusted adult, using a worry scale and a picture plan for the day",
                 "Daily, 10 minutes on arrival", "1:1", "Learning mentor", "E3"),
                ("F4", "Emotional literacy programme on recognising and managing worries",
                 "Weekly, 30 minutes, for 8 weeks in the autumn term, then review", "1:1",
                 "Emotional literacy support assistant trained by the Wexbridge Educational Psychology Service", "E3"),
                ("F5", "Occupational therapy: the occupational therapist will see Ayo in school to assess him and set a fine motor and dressing programme",
                 "6 fortnightly sessions of 45 minutes in the autumn term, then a 30-minute review visit each term", "1:1",
                 "Occupational therapist, Wexbridge Children's Therapy Service", "E1, E5"),
                ("F6", "Fine motor and dressing programme set by the occupational therapist",
                 "Daily, 15 minutes", "1:1", "Teaching assistant trained by the occupational therapist", "E1"),
                ("F7", "Motor skills group (balance, ball skills, core strength) following the physiotherapist's programme",
                 "Twice a week, 25 minutes", "A group of 4", "Teaching assistant trained in the motor skills programme", "E4"),
                ("F8", "Movement breaks of 3 minutes between lessons, and a sloped writing board at his desk",
                 "Between lessons, about 4 times a day", "", "Class teacher; writing slope provided by the SENCo", "E5"),
                ("F9", "Progress review with Ayo's mum", "Once a term, 30 minutes", "", "SENCo", "All outcomes"),
            ]),
        ],
        "G": [
            ("h", "G1 Children's physiotherapy"),
            ("p", "A children's physiotherapist from Wexbridge Children's Therapy Service will see Ayo at the Child Development Centre for 6 "
                  "appointments of 30 minutes, every two weeks, from September 2026, to teach him and his mum a home exercise programme for "
                  "balance and core strength. She will send the school the motor skills programme for F7 by October 2026 and review Ayo at the "
                  "end of the block."),
            ("h", "G2 Community paediatrician"),
            ("p", "The community paediatrician will review Ayo's development in clinic once a year (30 minutes), next by October 2026."),
            ("p", "Health agreement: confirmed by Dr Helen Marsh, Designated Clinical Officer, Wexbridge and Fenmoor Integrated Care Board, "
                  "1 July 2026."),
        ],
        "H1": [("p", "None.")],
        "H2": [("p", "None.")],
        "I": [("p", "Castle Mead Primary School, Wexbridge — mainstream primary school.")],
        "J": [("p", "No personal budget was requested.")],
        "K": [("K", [
            ["Ayo's views (talking mat)", "Ayo, with Mr Osei, SENCo", "14 May 2026"],
            ["Parent's views", "Ayo's mum", "14 May 2026"],
            ["Educational advice", "Mr Osei, SENCo, Castle Mead Primary School", "20 May 2026"],
            ["Psychological advice", "Dr Kemi Adeyemi, educational psychologist, Wexbridge Educational Psychology Service", "3 June 2026"],
            ["Medical advice", "Dr Sunil Varma, community paediatrician, Wexbridge Community Child Health", "22 May 2026"],
            ["Physiotherapy advice", "Ms Leah Carter, children's physiotherapist, Wexbridge Children's Therapy Service", "28 April 2026"],
            ["Occupational therapy advice", "Mr Tom Hale, occupational therapist, Wexbridge Children's Therapy Service", "12 May 2026"],
        ])],
    }))

# ===================================================================== ab204
PLANS.append(dict(
    id="ab204", layout="heading2-numbered", name="Priya", fam="her family", pos="her",
    front=[("Name used in this plan", "Priya"), ("Age", "17 years"),
           ("School year", "Post-16: Year 12 (first year of A levels)"),
           ("Plan type", "Amended EHC plan following annual review"),
           ("Date this plan was issued", "27/02/2026"),
           ("Last annual review", "03/02/2026"),
           ("Education setting", "Wexbridge Sixth Form College (post-16 further education)"),
           ("Language spoken at home", "English and Gujarati")],
    sec={
        "A": [
            ("h", "A1 My views (written by Priya)"),
            ("p", "I'm Priya and I'm autistic. I'm studying maths, further maths and physics, and I want to study physics at university and "
                  "maybe go on to research in astrophysics. I like things to be precise. I enjoy problem sets, coding small simulations in "
                  "Python, and playing the violin in the college orchestra, where nobody expects me to chat."),
            ("p", "What is hard for me: group work, when people say one thing and mean another, and loud canteens. When too many things change "
                  "at once I shut down and can't speak, and afterwards I'm exhausted. I used to hide how I felt at school until I got ill from "
                  "the anxiety in Year 11. Things that help are knowing the plan in advance, written instructions, a quiet room and a mentor "
                  "who checks deadlines with me without making a fuss."),
            ("p", "In two years I'd like to be living in university halls, with a part-time job, and to have a couple of friends who like the "
                  "same things as me."),
            ("h", "A2 My parents' views"),
            ("p", "Priya's parents describe her as determined, honest and very funny once she knows you. They are proud of her GCSE (General "
                  "Certificate of Secondary Education) results, which included grade 9s in maths and physics. They would like college to "
                  "help her with organisation and with the \"hidden\" social rules of group work, so that her anxiety does not stop her "
                  "reaching her potential. They hope she will move away to university with the right support in place and learn to manage "
                  "money and cooking before she goes."),
            ("h", "A3 Aspirations"),
            ("b", ["Study physics at university and live in halls of residence.",
                   "Get a Saturday job or a volunteering role before the end of Year 12.",
                   "Travel on her own to university open days, including by train.",
                   "Keep playing the violin in an orchestra."]),
            ("h", "A4 Strengths"),
            ("b", ["Exceptional mathematical ability and persistence with difficult problems.",
                   "Reliable and punctual; she follows rules carefully and expects others to.",
                   "Accomplished violinist (Grade 7).",
                   "Able to describe clearly what helps her when she is calm."]),
        ],
        "B": [
            ("h", "B1 Communication and interaction"),
            ("b", ["Priya was diagnosed as autistic at the age of 11. She takes language literally and can miss hints, sarcasm or instructions "
                   "that are implied rather than said.",
                   "In group practical work she often does the whole task herself or withdraws, because negotiating roles is stressful. In the "
                   "autumn term she contributed to the group in 1 of 6 physics practicals.",
                   "When overloaded she may stop speaking for up to an hour; she can still write."]),
            ("h", "B2 Cognition and learning"),
            ("b", ["Priya is working at A and A* grades in all three subjects (college assessments, January 2026).",
                   "She finds planning long pieces of work and keeping track of several deadlines difficult; in the autumn term she missed 5 of "
                   "14 coursework deadlines.",
                   "Her handwriting speed is below average (17 words a minute), which slows her in timed assessments."]),
            ("h", "B3 Social, emotional and mental health"),
            ("b", ["Priya has an anxiety disorder (see Section C). Anxiety is highest before exams, at unexpected changes and in unstructured "
                   "time.",
                   "She has few friends at college and would like more."]),
            ("h", "B4 Sensory and/or physical needs"),
            ("b", ["She is very sensitive to noise and flickering lights; the canteen and the main atrium are very hard for her."]),
        ],
        "C": [
            ("p", "Priya has no physical health needs and no difficulty with eating or sleep, but she has an anxiety disorder linked to her autism. "
                  "She is under the 16 to 18 team of the Wexbridge Child and Adolescent Mental Health Services (CAMHS), takes a daily medicine "
                  "for anxiety prescribed by her consultant psychiatrist, and needs psychological therapy adapted for autistic young people."),
        ],
        "D": [
            ("p", "Priya has no social care needs at present. This is based on the preparing for adulthood social care assessment completed by the "
                  "14 to 25 Transitions Social Work Team on 12 January 2026, which found that her needs at home are met by her family. Her "
                  "independent living skills (cooking, budgeting) are being built through her outcomes in Section E and the support of her parents."),
        ],
        "E": [
            ("p", "Outcomes for the end of Key Stage 5 and the steps towards them. Each one builds on Priya's aspirations in Section A."),
            ("E", [
                ("E1", "By August 2027, Priya will gain A levels in mathematics, further mathematics and physics at grades that meet a typical "
                       "offer for a physics degree (AAA or above), as shown in her results.",
                 "Aspiration: study physics at university (employment and higher education)."),
                ("E2", "By the end of January 2027, Priya will receive at least one offer of a place on a physics degree course through the "
                       "Universities and Colleges Admissions Service (UCAS), as shown on her UCAS account.",
                 "Aspiration: study physics at university (employment and higher education)."),
                ("E3", "By December 2026, Priya will plan and hand in every piece of coursework by its deadline using her digital planner, with "
                       "no more than one agreed extension a term, as recorded by her personal tutor.",
                 "Aspiration: university study (independent study skills)."),
                ("E4", "By October 2026, Priya will travel on her own to at least two university open days, including one journey by train, "
                       "having planned each journey with her learning mentor, as recorded in her application log.",
                 "Aspiration: travel on her own (independent living)."),
                ("E5", "By March 2027, Priya will take part in group practical work in physics, sharing her results with the group, in 4 out "
                       "of 5 practicals, as recorded by her physics teacher.",
                 "Aspiration: friends who share her interests (friends, relationships and community)."),
                ("E6", "By July 2026, Priya will hold a Saturday job or volunteering role for at least 3 hours a week for 8 weeks and receive a "
                       "positive written report from her supervisor.",
                 "Aspiration: a part-time job (employment)."),
                ("E7", "By July 2026, Priya will notice rising anxiety, use her anxiety plan and take a planned break, going back to the lesson "
                       "within 15 minutes, on 9 out of 10 occasions, as recorded by her learning mentor.",
                 "Aspiration: manage her anxiety before university (good health)."),
            ]),
        ],
        "F": [
            ("p", "The college's Additional Learning Support manager will co-ordinate this provision and record it each half term."),
            ("F", [
                ("F1", "Learning mentor sessions to plan the week, check deadlines and update Priya's digital planner",
                 "Weekly, Monday period 1, 30 minutes", "1:1",
                 "Learning mentor who has completed Autism Education Trust Level 2 training", "E3, E7"),
                ("F2", "Exam access arrangements: 25% extra time, rest breaks and a separate room in all mock and public exams",
                 "All college assessments and public exams", "", "Arranged by the college exams officer", "E1"),
                ("F3", "Laptop with mind-mapping and planner software for all written work",
                 "Daily", "", "Set up and maintained by the college's assistive technology technician", "E1, E3"),
                ("F4", "Group work coaching: rehearsing roles for practical groups, scripts for asking for help, and feedback after practicals",
                 "Fortnightly, 45 minutes, in the autumn and spring terms", "A group of 3 students",
                 "Specialist autism practitioner, Additional Learning Support team", "E5"),
                ("F5", "Speech and language therapy consultation: advice to Priya's physics teachers on group work roles and on giving literal, "
                       "written instructions",
                 "One 60-minute consultation each term", "",
                 "Speech and language therapist, Wexbridge Children's Therapy Service (16 to 19 team)", "E5"),
                ("F6", "From September 2026, university application support: choosing courses, the personal statement, planning open-day "
                       "journeys and interview practice with an autism-aware adviser",
                 "Four 45-minute sessions between September and December 2026", "1:1",
                 "Higher education adviser with a Level 6 careers guidance qualification", "E2, E4"),
                ("F7", "Quiet study room with low lighting during all study periods and at lunchtime, and a break card that lets Priya leave a "
                       "lesson for no more than 15 minutes",
                 "Every college day", "", "Room and card arranged by the Additional Learning Support manager", "E7"),
                ("F8", "Supported work placement matched to Priya's interests (for example the city science museum), with job coach visits",
                 "Saturdays, 3 hours a week for 8 weeks in the summer term 2026; job coach visits in weeks 1 and 4, 45 minutes each", "1:1 job coach visits",
                 "Supported employment job coach, college careers team", "E6"),
                ("F9", "Staff training: autism awareness for all Priya's teachers",
                 "One 90-minute session in March 2026 and a 30-minute refresher in September 2026", "",
                 "Specialist autism practitioner", "E5, E7"),
                ("F10", "Review of progress with Priya", "Termly, 45 minutes", "", "Additional Learning Support manager", "All outcomes"),
            ]),
        ],
        "G": [
            ("h", "G1 Psychological therapy"),
            ("p", "A clinical psychologist from the CAMHS 16 to 18 team will provide cognitive behavioural therapy (CBT) adapted for autistic young "
                  "people: 10 sessions of 50 minutes, every two weeks, at the clinic from March 2026, then review with Priya. When needed between "
                  "sessions, Priya can use the CAMHS duty line on weekdays."),
            ("h", "G2 Medication review"),
            ("p", "Priya's consultant psychiatrist will review her anxiety medicine every 3 months (20-minute appointment) and write to her GP "
                  "(family doctor) after each review."),
            ("h", "G3 Health agreement"),
            ("p", "Reviewed and supported by Dr Helen Marsh, Designated Clinical Officer, Wexbridge and Fenmoor Integrated Care Board, 20/02/2026."),
        ],
        "H1": [("p", "None. Priya and her parents were told about the Wexbridge Local Offer youth activities and the 14 to 25 short breaks scheme "
                     "at the social care assessment on 12 January 2026; Priya does not want these at present.")],
        "H2": [("p", "None (see Section D).")],
        "I": [("p", "Wexbridge Sixth Form College — sixth form college (post-16 institution).")],
        "J": [("p", "None requested.")],
        "K": [("K", [
            ["Priya's own views", "Priya", "14/01/2026"],
            ["Parents' views", "Priya's mum and dad", "14/01/2026"],
            ["Educational advice", "Ms Anjali Rao, Additional Learning Support manager, Wexbridge Sixth Form College", "19/01/2026"],
            ["Psychological advice", "Dr Fiona Lowe, educational psychologist, Wexbridge Educational Psychology Service", "08/12/2025"],
            ["Medical advice", "Dr Marcus Bell, consultant child and adolescent psychiatrist, CAMHS", "05/01/2026"],
            ["Clinical psychology report", "Ms Rachel Green, clinical psychologist, CAMHS 16 to 18 team", "09/01/2026"],
            ["Speech and language therapy advice", "Ms Claire Young, speech and language therapist, Wexbridge Children's Therapy Service", "16/12/2025"],
            ["Social care advice", "14 to 25 Transitions Social Work Team, City of Wexbridge Council", "12/01/2026"],
            ["Preparing for adulthood advice", "Mr Ed Pryce, careers adviser, Wexbridge Careers Hub", "20/01/2026"],
        ])],
    }))

# ===================================================================== ab205
PLANS.append(dict(
    id="ab205", layout="shaded-heading-table", name="Felix", fam="his family", pos="his",
    front=[("Name used in this plan", "Felix"), ("Age", "12 years"), ("School year", "Year 7"),
           ("Plan type", "Amended EHC plan following annual review"),
           ("Date this plan was issued", "30 June 2026"),
           ("Last annual review", "10 June 2026"),
           ("Education setting", "Wexbridge Royal Grammar School (selective state grammar school)"),
           ("Language spoken at home", "English")],
    sec={
        "A": [
            ("h", "What Felix told us"),
            ("p", "Felix wrote his own views on the school's \"All about me\" form in May 2026:"),
            ("p", "\"I like chess, coding and the Romans. I have read every book in the library about Hadrian's Wall. I am in the chess club and "
                  "I beat the Year 10 captain. I don't like break times because there are no rules and people shout. I don't like it when "
                  "teachers say 'have a go' because I don't know what they actually want. I would like a place to go at lunch where it is quiet. "
                  "When I'm older I want to be a software engineer or an archaeologist, or both.\""),
            ("h", "What Felix's parents told us"),
            ("p", "Felix's parents say he is clever, honest and has a great memory. The move to secondary school has been hard: he comes home "
                  "exhausted and has had meltdowns most evenings since September. They definately want him to stay at the grammar school, "
                  "where he is stretched academically, but they would like staff to understand that he can be top of the class and still need "
                  "help at break, in group work and with changes. They hope he will make one or two friends who share his interests and go on "
                  "to university."),
            ("h", "Hopes for the future"),
            ("b", ["Felix: to become a software engineer or an archaeologist.",
                   "Parents: for Felix to make friends, stay at the grammar school and go to university."]),
            ("h", "Strengths"),
            ("b", ["Highly able in maths, computing and history (top set; 98% in the Year 7 maths assessment).",
                   "Excellent memory for facts and rules.",
                   "Honest and fair; a strong chess player."]),
        ],
        "B": [
            ("h", "Communication and interaction"),
            ("b", ["Felix has a diagnosis of ASC, made by the CAMHS neurodevelopmental team in 2022.",
                   "He has SLCN in the social use of language: he finds it hard to take turns in conversation, to understand hints and to "
                   "work out what a vague instruction means. He talks at length about his interests and can miss signs that others want to "
                   "join in.",
                   "Group work is hard; in the spring term he refused 4 of 7 group tasks."]),
            ("h", "Social, emotional and mental health"),
            ("b", ["Felix becomes very anxious in unstructured times and in a noisy enviroment, and has left the canteen every day this term.",
                   "At home after school he has meltdowns most evenings, which his parents link to the effort of coping all day."]),
            ("h", "Cognition and learning"),
            ("b", ["Felix is working well above age-related expectations in maths, computing and history.",
                   "He finds open-ended tasks in English and art hard to start, and may not begin untill the teacher gives a model."]),
        ],
        "C": [("p", "Not known at the time of writing.")],
        "D": [("p", "Felix has no social care needs. The social care screening by the Wexbridge Children with Disabilities Team on 3 March 2026 "
                    "found that his needs are met at home by his parents.")],
        "E": [
            ("E", [
                ("E1", "By July 2027, Felix will take part in a group task in 4 out of 5 lessons a week by taking an agreed role, as recorded "
                       "by his form tutor from teachers' weekly notes.", "Parents' hope that Felix stays at the school and makes friends"),
                ("E2", "By December 2026, Felix will spend lunchtime in the library club or chess club on at least 4 days a week without leaving "
                       "early, as recorded by the club supervisor.", "Felix's wish for a quiet place at lunch"),
                ("E3", "By July 2027, Felix will start and keep going with a two-way conversation of at least 4 turns with a classmate on a "
                       "topic chosen by the other person, in 3 out of 4 observed occasions, as recorded by the speech and language therapist.",
                 "Parents' hope that Felix makes one or two friends"),
                ("E4", "By March 2027, Felix will start open-ended tasks in English within 5 minutes using a written success checklist, in 4 "
                       "out of 5 lessons, as recorded by his English teacher.", "Felix's wish to know what teachers want"),
                ("E5", "By July 2027, Felix will complete a coding project of his own design and present it at the school's STEM fair, and receive "
                       "a certificate of participation.", "Felix's aspiration to be a software engineer"),
            ]),
        ],
        "F": [
            ("F", [
                ("F1", "Access to a quiet room at break and lunch where possible", "Daily", "", "Pastoral team", "E2"),
                ("F2", "Regular check-ins with a trusted adult", "", "1:1", "Form tutor", "E1, E2"),
                ("F3", "Social skills group with the ELSA", "", "", "ELSA", "E1, E3"),
                ("F4", "SALT: conversation skills programme, with Felix on his own in school",
                 "6 weekly sessions of 40 minutes in the autumn term, then review", "1:1", "SALT, Wexbridge Children's Therapy Service", "E3"),
                ("F5", "Teachers should give Felix instructions in writing as appropriate", "In lessons", "", "Subject teachers", "E4"),
                ("F6", "Coding club with a project mentor", "Weekly, 60 minutes, after school on Thursdays", "A group of 8",
                 "Computing teacher", "E5"),
                ("F7", "25% extra time and a seperate room in exams", "All end-of-year exams", "", "Arranged by the SENCo", "E4"),
                ("F8", "Advance warning of changes: Felix will recieve a written note of any change to his timetable or staffing",
                 "By the start of the school day of the change", "", "Form tutor", "E1, E2"),
            ]),
        ],
        "G": [("p", "None.")],
        "H1": [("p", "None. The family were given information about short breaks in the Wexbridge Local Offer and have decided not to apply.")],
        "H2": [("p", "None.")],
        "I": [("p", "Wexbridge Royal Grammar School — selective state grammar school (11 to 18).")],
        "J": [("p", "No personal budget was requested.")],
        "K": [("K", [
            ["Felix's views (\"All about me\" form)", "Felix", "12 May 2026"],
            ["Parents' views", "Felix's mum and dad", "12 May 2026"],
            ["Educational advice and annual review report", "Mrs Carla Beck, SENCo, Wexbridge Royal Grammar School", "2 June 2026"],
            ["Psychological advice", "Dr Fiona Lowe, educational psychologist, Wexbridge Educational Psychology Service", "20 April 2026"],
            ["Medical advice", "Dr Sunil Varma, community paediatrician, Wexbridge Community Child Health", "4 May 2026"],
            ["Speech and language therapy advice", "Ms Claire Young, speech and language therapist, Wexbridge Children's Therapy Service", "28 April 2026"],
            ["Social care advice (screening)", "Wexbridge Children with Disabilities Team", "3 March 2026"],
        ])],
    }))

# ===================================================================== ab206
PLANS.append(dict(
    id="ab206", layout="shaded-heading-table", name="Reuben", fam="his family", pos="his",
    front=[("Name used in this plan", "Reuben"), ("Age", "9 years"), ("School year", "Year 4"),
           ("Plan type", "Amended EHC plan following annual review"),
           ("Date this plan was issued", "19.05.2026"),
           ("Last annual review", "24.04.2026"),
           ("Education setting", "Jesmond Road Primary School (mainstream)"),
           ("Language spoken at home", "English")],
    sec={
        "A": [
            ("h", "What Reuben says (told to his class teacher, Miss Hart, in his own words, March 2026)"),
            ("b", ["\"I've got Tourette's. It means my body does tics. I blink and shrug and sometimes I make a noise like a sniff or a squeak. "
                   "I can't stop them, I can only hold them in for a bit and then they come out bigger.\"",
                   "\"I like science, Lego Technic and swimming. I got my 100 metres badge.\"",
                   "\"I don't like it when someone copies my tics. And I hate standing up in assembly because everyone looks.\"",
                   "\"When I get a sticker I go red and my tics go mad, so I'd rather you just tell me quietly.\"",
                   "\"When I grow up I want to design roller coasters.\""]),
            ("h", "What Reuben's parents say"),
            ("p", "Reuben's mum and dad say he is inventive, determined and very sociable. He builds complicated Lego models from instructions meant "
                  "for teenagers and explains how they work. His tics were first noticed when he was 6 and are worse when he is tired, excited or "
                  "worried. After school he often has a \"tic storm\" at home because he has held them in all day. His parents would like school to "
                  "be a place where Reuben does not feel he has to hide his tics, and where other children understand them. They would like him to "
                  "have regular chances to swim because it calms him, and they hope he will go to his local secondary school with his friends."),
            ("h", "Reuben's hopes and his family's hopes"),
            ("b", ["To design roller coasters or be an engineer.",
                   "To keep his friends and make the move to secondary school with them in 2028.",
                   "To feel comfortable being praised and speaking in front of others."]),
            ("h", "What Reuben is good at"),
            ("b", ["Science and practical problem solving; he is working above the expected standard in science.",
                   "Reading: he reads at the expected standard and loves fact books.",
                   "Swimming and being a loyal friend."]),
        ],
        "B": [
            ("h", "Social, emotional and mental health"),
            ("b", ["Reuben's tics increase sharply when he is anxious, excited or the focus of attention, such as when praised in front of the "
                   "class, reading aloud or in assembly.",
                   "He has been teased about his tics by other pupils (4 recorded incidents in the spring term), which made him reluctant to come to school.",
                   "He works hard to suppress his tics, which leaves him tired and less able to concentrate by the afternoon."]),
            ("h", "Cognition and learning"),
            ("b", ["Reuben is working at the expected standard in reading and maths and above it in science.",
                   "His written work is shorter than his spoken ideas because shoulder and hand tics interrupt his handwriting. In the spring term "
                   "his average independent piece was 60 words, compared with about 150 for his class."]),
            ("h", "Communication and interaction"),
            ("b", ["Reuben communicates well and has a good vocabulary. Vocal tics can interrupt his speech when he is reading aloud."]),
        ],
        "C": [
            ("p", "Reuben has no trouble with sleeping, eating or his general health, but he has Tourette's syndrome, diagnosed by the paediatric "
                  "neurologist in 2024. He has motor tics (blinking, shoulder shrugging, head jerking) and vocal tics (sniffing, squeaking, "
                  "occasionally a word). The head jerks cause neck pain on some evenings. His tics are not dangerous, but he needs specialist "
                  "treatment to learn to manage them and a yearly medical review."),
        ],
        "D": [
            ("p", "Reuben has no social care needs. This is based on the social care advice from the Children with Disabilities Team "
                  "(screening assessment completed 06.03.2026), which found that his needs at home are fully met by his parents and universal "
                  "services."),
        ],
        "E": [
            ("E", [
                ("E1", "By July 2027, Reuben will receive praise or a house point in front of the class and stay calmly in his seat on 4 out of 5 "
                       "occasions, as recorded by his class teacher on his weekly chart.",
                 "Reuben's wish to feel comfortable being praised"),
                ("E2", "By the end of the autumn term 2026, Reuben will use his tic-break card to take a 5-minute break when he needs to release "
                       "tics and return to the lesson, on 9 out of 10 occasions, as recorded by his teaching assistant.",
                 "Parents' wish that Reuben does not have to hide his tics all day"),
                ("E3", "By July 2027, Reuben will produce an independent piece of writing of at least 120 words, by hand or by typing, in 3 out of "
                       "4 weekly writing tasks, as checked by his class teacher.",
                 "Reuben's hope to be an engineer (recording his ideas)"),
                ("E4", "By March 2027, Reuben will present a short science report (2 minutes) to a group of 6 classmates, as recorded by his "
                       "science lead in his presentation log.",
                 "Reuben's wish to speak in front of others"),
                ("E5", "By July 2027, Reuben will tell us, using a 1 to 10 scale with his teaching assistant each half term, that he feels safe in "
                       "class, scoring 7 or more on 5 of the 6 half-termly checks, with no more than one recorded incident of teasing a term.",
                 "Family's wish for school to be a place where his tics are understood"),
            ]),
        ],
        "F": [
            ("F", [
                ("F1", "Tic-break card: Reuben shows the card and goes to the calm room next door for a 5-minute break, with a timer",
                 "Every lesson, as many times as Reuben uses the card", "",
                 "Card and timer provided by the special educational needs co-ordinator (SENCo); teaching assistant records use", "E2"),
                ("F2", "Quiet praise: all staff give Reuben praise privately or in writing (a note on his desk), and build up to praise in front "
                       "of the class in planned steps agreed with Reuben",
                 "Every lesson; steps reviewed each half term", "1:1", "Class teacher and teaching assistant", "E1"),
                ("F3", "Specialist teacher sessions: the specialist teacher for neurodevelopmental conditions will see Reuben on his own on "
                       "Wednesday afternoons to build his confidence in speaking to a group and to practise his presentation",
                 "6 weekly sessions of 40 minutes in the autumn term 2026, then review", "",
                 "Specialist teacher for neurodevelopmental conditions, Wexbridge Inclusion Support Service", "E1, E4"),
                ("F4", "Touch-typing programme and a laptop with word prediction for all extended writing",
                 "Four times a week, 15 minutes, in the autumn and spring terms; laptop daily", "A group of 2",
                 "Teaching assistant; the laptop is set up and maintained by the school's computing technician", "E3"),
                ("F5", "Class understanding session about tics, planned with Reuben and delivered with his agreement",
                 "Once in September 2026, 45 minutes, repeated when the class changes in September 2027", "Whole class",
                 "Specialist teacher for neurodevelopmental conditions with the class teacher", "E5"),
                ("F6", "Staff training on Tourette's syndrome, tic-friendly classrooms and responding to teasing",
                 "One 90-minute session in June 2026 and a 30-minute refresher each term", "",
                 "Specialist teacher for neurodevelopmental conditions", "E1, E2, E5"),
                ("F7", "May 2027: two extra transition planning meetings, with Reuben, his parents and the Year 5 teacher",
                 "2 meetings of 30 minutes", "", "SENCo", "E5"),
                ("F8", "Check-in with a trusted adult using a 1 to 10 scale",
                 "Daily, 5 minutes after lunch; scale recorded half-termly", "1:1", "Teaching assistant", "E5"),
                ("F9", "Exam and test arrangements: a separate room and rest breaks in all school tests, so that vocal tics do not worry him",
                 "All school tests", "", "Arranged by the SENCo", "E3"),
            ]),
        ],
        "G": [
            ("h", "Tic management therapy"),
            ("p", "A clinical psychologist from the Wexbridge Children's Tic Clinic will deliver the Comprehensive Behavioural Intervention for "
                  "Tics (a recognised therapy that teaches a child to notice a tic coming and use a competing movement): 8 weekly sessions of 60 "
                  "minutes at the clinic from September 2026, with one parent attending, then review."),
            ("h", "Medical review"),
            ("p", "The paediatric neurologist will review Reuben's tics and neck pain once a year in clinic (30 minutes), next in January 2027, and "
                  "will write to his parents, GP (family doctor) and the SENCo."),
            ("h", "Health agreement"),
            ("p", "Health provision agreed by Dr Helen Marsh, Designated Clinical Officer, Wexbridge and Fenmoor Integrated Care Board, 12.05.2026."),
        ],
        "H1": [("p", "None. The family were told about the Wexbridge Local Offer, including inclusive swimming sessions and holiday clubs, at the "
                     "annual review on 24.04.2026, and will use these themselves.")],
        "H2": [("p", "None (see Section D).")],
        "I": [("p", "Jesmond Road Primary School, Wexbridge — mainstream primary school.")],
        "J": [("p", "Reuben's parents did not ask for a personal budget.")],
        "K": [("K", [
            ["Reuben's views (in his own words)", "Reuben, with Miss Hart, class teacher", "10.03.2026"],
            ["Parents' views", "Reuben's mum and dad", "24.04.2026"],
            ["Educational advice (annual review report)", "Mrs Nadia Ellis, SENCo, Jesmond Road Primary School", "14.04.2026"],
            ["Psychological advice", "Dr Kemi Adeyemi, educational psychologist, Wexbridge Educational Psychology Service", "03.02.2026"],
            ["Medical advice", "Dr Owen Price, paediatric neurologist, Wexbridge Children's Hospital", "21.01.2026"],
            ["Tic clinic report", "Dr Sarah Quinn, clinical psychologist, Wexbridge Children's Tic Clinic", "17.03.2026"],
            ["Specialist teacher advice", "Mr Jamie Lowe, specialist teacher for neurodevelopmental conditions, Wexbridge Inclusion Support Service", "05.03.2026"],
            ["Social care advice (screening assessment)", "Children with Disabilities Team, City of Wexbridge Council", "06.03.2026"],
        ])],
    }))

# ===================================================================== ab207
PLANS.append(dict(
    id="ab207", layout="shaded-heading-table", name="Maisie", fam="her family", pos="her",
    front=[("Name used in this plan", "Maisie"), ("Age", "13 years"), ("School year", "Year 8"),
           ("Plan type", "Final EHC plan (first plan)"),
           ("Date this plan was issued", "14 October 2025"),
           ("Last annual review", "Not yet held"),
           ("Education setting", "Fenmoor Academy (mainstream secondary), part-time timetable"),
           ("Language spoken at home", "English")],
    sec={
        "A": [
            ("h", "What Maisie told us (home visit with the SEND caseworker, September 2025)"),
            ("p", "\"I'm tired all the time, even when I've slept for ten hours. If I do too much on Monday I'm in bed on Tuesday and Wednesday. "
                  "My legs ache and I get headaches and I can't remember what the teacher just said. I used to go horse riding but I can't now. "
                  "I hate that my friends have stopped messaging me because I'm never in. I want to get back to school full time, and when I'm "
                  "older I'd like to be a vet.\""),
            ("h", "What Maisie's parents told us"),
            ("p", "Maisie's parents told us that she have been unwell since a virus in spring 2024. Before that she rarely missed a day. Now she "
                  "manages about two hours of school a day on a good week and is often too exhausted to get dressed. They are worried that she "
                  "is falling behind, that she is losing her friends and that she has become low in mood. They would like her to be able to "
                  "attend school for a bit longer each week without crashing afterwards, and to keep up with her science, as she still wants "
                  "to be a vet."),
            ("h", "Maisie's hopes"),
            ("b", ["To return to school full time.", "To become a vet.", "To see her friends again."]),
        ],
        "B": [
            ("h", "Cognition and learning"),
            ("b", ["Maisie has missed a large part of Year 7 and is now behind in most subjects. Her reading age is around a year below her age.",
                   "She has difficulty concentrating and remembering instructions, especially later in the day, and she loses track in long lessons.",
                   "Her written work is incomplete in every subject and she find it hard to catch up on the work she has missed."]),
            ("h", "Social, emotional and mental health"),
            ("b", ["Maisie is isolated from her friends and is worried about going into school after an absence.",
                   "Her mood is low and she cries when talking about school.",
                   "She has become anxious about crowded corridors because she is dizzy when she stands for a long time."]),
            ("h", "Sensory and/or physical"),
            ("b", ["Maisie's fatigue means she cannot walk between lessons on different floors, carry a heavy bag or take part in PE (physical "
                   "education). She needs to rest lying down after a hour of activity."]),
        ],
        "C": [
            ("p", "Maisie has chronic fatigue syndrome / myalgic encephalomyelitis (CFS/ME), diagnosed by the paediatric CFS/ME service in "
                  "January 2025. Her symptoms are severe fatigue that gets worse after activity, aching muscles and joints, headaches, poor "
                  "sleep and problems with concentration and memory. She also feels dizzy when standing for more than a few minutes. Their is "
                  "no cure, but a specialist team helps young people to manage their energy and increase activity slowly."),
        ],
        "D": [
            ("p", "Maisie has no social care needs. This was the finding of the social care advice from the Children with Disabilities Team "
                  "(screening, 1 August 2025), which found that her parents meet her care needs at home."),
        ],
        "E": [
            ("E", [
                ("E1", "By July 2026, Maisie will attend school for 3 hours a day on 4 days a week for at least 4 weeks in a row, without needing "
                       "more than one full day in bed afterwards, as recorded on her attendance and energy diary by her key worker.",
                 "Maisie's hope to return to school full time"),
                ("E2", "By March 2026, Maisie will complete the core work set in science and English each week (online or in school), scoring "
                       "at least 60% in the half-termly topic checks, as recorded by her subject teachers.",
                 "Maisie's hope to become a vet"),
                ("E3", "By December 2025, Maisie will meet a friend at least once a week, in school or at home, as recorded by Maisie in her "
                       "energy diary and checked by her key worker.",
                 "Maisie's hope to see her friends"),
                ("E4", "By July 2026, Maisie will use her energy plan to choose when to rest, taking planned rests before she becomes exhausted in "
                       "4 out of 5 school days, as recorded on her energy diary.",
                 "Maisie's hope to return to school full time"),
            ]),
        ],
        "F": [
            ("F", [
                ("F1", "Personalised part-time timetable, starting at 2 hours a day and increasing by 30 minutes every 4 weeks if Maisie's "
                       "energy diary shows she is coping",
                 "Reviewed every 4 weeks, 20 minutes", "", "Special educational needs co-ordinator (SENCo) with Maisie and her parents", "E1, E4"),
                ("F2", "Key worker to meet Maisie on arrival, check her energy diary and plan rests",
                 "Each school day, 10 minutes", "1:1", "Learning mentor (named key worker)", "E1, E4"),
                ("F3", "Rest room with a reclining chair, and a lift pass and a locker so she does not carry her bag",
                 "Every school day", "", "Provided by the SENCo; lift pass issued by the site manager", "E1, E4"),
                ("F4", "Catch-up teaching in science and English, online or in school",
                 "Twice a week, 40 minutes each subject", "1:1 or a group of 2", "Subject teachers", "E2"),
                ("F5", "Work set online with recorded lessons for missed science and English",
                 "Each week, uploaded by Monday", "", "Subject teachers", "E2"),
                ("F6", "Friendship link: a planned lunchtime in the library with one friend of Maisie's choice",
                 "Once a week, 30 minutes", "A group of 2 to 3", "Learning mentor", "E3"),
                ("F7", "Exam arrangements: rest breaks and a separate room in all assessments",
                 "All school assessments", "", "Arranged by the SENCo", "E2"),
            ]),
        ],
        "G": [
            ("h", "Paediatric CFS/ME service"),
            ("p", "A clinical nurse specialist from the paediatric CFS/ME service will visit Maisie at home once a month for 60 minutes to help "
                  "her set and adjust her energy plan and sleep routine, and will share the plan with the SENCo after each visit. The consultant "
                  "paediatrician will review Maisie every 3 months in clinic (30 minutes), including her dizziness."),
            ("h", "Health agreement"),
            ("p", "The health provision was agreed by Dr Helen Marsh, Designated Clinical Officer, Wexbridge and Fenmoor Integrated Care Board, "
                  "on 6 October 2025."),
        ],
        "H1": [("p", "None. Information about short breaks and the Wexbridge Local Offer was given to Maisie's parents at the home visit in "
                     "September 2025; they do not want these at present.")],
        "H2": [("p", "None.")],
        "I": [("p", "Fenmoor Academy — mainstream secondary academy.")],
        "J": [("p", "No personal budget was requested.")],
        "K": [("K", [
            ["Maisie's views (home visit)", "Maisie, with the SEND caseworker", "2 September 2025"],
            ["Parents' views", "Maisie's parents", ""],
            ["Educational advice", "", "8 July 2025"],
            ["Psychological advice", "Dr Kemi Adeyemi, educational psychologist, Wexbridge Educational Psychology Service", "16 July 2025"],
            ["Medical advice", "Dr Louise Hargreaves, consultant paediatrician, paediatric CFS/ME service", "24 June 2025"],
            ["Social care advice (screening)", "Children with Disabilities Team, City of Wexbridge Council", "1 August 2025"],
        ])],
    }))

# ===================================================================== ab208
PLANS.append(dict(
    id="ab208", layout="shaded-heading-table", name="Sam", fam="his family", pos="his",
    front=[("Name used in this plan", "Sam"), ("Age", "19 years"),
           ("Education phase", "Post-16: second year of a study programme at Wexbridge College"),
           ("Plan type", "Amended EHC plan following annual review"),
           ("Date this plan was issued", "11 September 2026"),
           ("Last annual review", "1 July 2026"),
           ("Education setting", "Wexbridge College (general further education college)"),
           ("Language spoken at home", "English")],
    sec={
        "A": [
            ("h", "What Sam's family say"),
            ("p", "Sam's mum and dad describe him as gentle, hard-working and brilliant with his hands. He has repaired bikes since he was 12 and "
                  "keeps the whole street's bikes on the road. At home he is calm when he has a routine and time alone in his workshop. His parents "
                  "say that Sam finds new people, phone calls and busy places very stressful, and that his anxiety has been worse since he started "
                  "his work placement. They would like Sam to finish his Level 2 cycle mechanics course, get an apprenticeship at a bike repair "
                  "workshop, learn to cook and budget, and one day live in a flat of his own with some support nearby."),
            ("h", "What college say"),
            ("p", "Sam's tutor says he is one of the most skilled practical learners on the course and is patient with other students. He attends "
                  "97% of his sessions. He is quiet in class and rarely asks for help, so tutors do not always know when he is stuck. His English is "
                  "at Entry Level 3, and he needs to pass Functional Skills English at Level 1 to start an apprenticeship."),
            ("h", "Aspirations"),
            ("b", ["An apprenticeship in cycle mechanics, then a paid job in a bike workshop.",
                   "Living in his own flat with support nearby within the next five years.",
                   "Being able to cook simple meals and manage his own money."]),
            ("h", "Strengths"),
            ("b", ["Excellent practical and mechanical skills.",
                   "Reliable, punctual and hard-working.",
                   "Patient and kind with others."]),
        ],
        "B": [
            ("h", "Communication and interaction"),
            ("b", ["Sam is autistic. He finds it hard to start conversations, ask for help, use the phone and make small talk with customers.",
                   "He understands spoken instructions best when they are short and backed up by a demonstration or in writing."]),
            ("h", "Cognition and learning"),
            ("b", ["Sam's reading and writing are at Entry Level 3. He needs Level 1 Functional Skills English for an apprenticeship.",
                   "His maths is at Level 1 and he is confident with measurements and calculations in the workshop."]),
            ("h", "Social, emotional and mental health"),
            ("b", ["Sam has anxiety, especially about new places, new people and being watched while he works.",
                   "On his work placement he has twice left without telling anyone when the workshop became busy."]),
        ],
        "C": [
            ("p", "Sam has no physical health needs. His health needs are:"),
            ("b", ["Anxiety, for which he is known to the Wexbridge Young Adults Mental Health Team. He has panic symptoms in busy places and "
                   "sleeps badly before placement days.",
                   "Social communication difficulties linked to his autism, for which speech and language therapy has been recommended."]),
        ],
        "D": [
            ("p", "Adult Social Care completed a Care Act 2014 assessment with Sam and his parents on 5 June 2026. It found that Sam needs support "
                  "to plan, shop for and cook meals, to manage a weekly budget and to use the bus to new places. Without this support he relies "
                  "entirely on his parents, and he will not be able to move towards living on his own."),
        ],
        "E": [
            ("E", [
                ("E1", "By July 2027, Sam will pass Functional Skills English at Level 1, as shown by his exam result.",
                 "Apprenticeship in cycle mechanics (employment)"),
                ("E2", "By July 2027, Sam will complete his Level 2 cycle mechanics qualification and receive a positive report from his work "
                       "placement supervisor for reliability and customer service.",
                 "Apprenticeship and paid job (employment)"),
                ("E3", "By March 2027, Sam will ask a customer or supervisor a question or ask for help on every placement day, using his prompt card "
                       "when needed, as recorded by his job coach on 4 out of 5 visits.",
                 "Apprenticeship (employment)"),
                ("E4", "By June 2027, Sam will plan, shop for and cook two meals a week on his own, keeping within a weekly food budget of 30 pounds, "
                       "as recorded in his cooking log and checked by his personal assistant.",
                 "Living in his own flat (independent living)"),
                ("E5", "By December 2026, Sam will use his anxiety plan to stay on placement for the whole shift, telling his supervisor if he needs "
                       "a 5-minute break, on 9 out of 10 placement days, as recorded by his placement supervisor.",
                 "Apprenticeship; managing his anxiety (good health)"),
                ("E6", "By April 2027, Sam will travel on his own by bus to a new destination he has planned, for example a bike shop in the city "
                       "centre, on 3 occasions, as recorded by his personal assistant.",
                 "Living in his own flat (friends and community, independent living)"),
            ]),
        ],
        "F": [
            ("F", [
                ("F1", "Functional Skills English teaching at Level 1",
                 "3 hours a week across the college year", "A group of 8", "Qualified English tutor", "E1"),
                ("F2", "1:1 English tuition using workshop manuals and job adverts",
                 "Weekly, 1 hour", "1:1", "Learning support tutor with a Level 5 literacy qualification", "E1"),
                ("F3", "Job coach support on Sam's work placement at a bike repair workshop",
                 "Weekly visit of 1 hour for the autumn term, fortnightly in the spring and summer terms", "1:1",
                 "Supported employment job coach, Wexbridge College", "E2, E3, E5"),
                ("F4", "Written and demonstrated instructions in all practical sessions, with a printed task list for each job",
                 "Every practical session", "", "Cycle mechanics tutors", "E2, E3"),
                ("F5", "Exam access arrangements: 25% extra time and a reader in Functional Skills and theory exams",
                 "All exams", "", "Arranged by the college exams officer", "E1, E2"),
                ("F6", "Quiet room and a break card on college days",
                 "Every college day", "", "Learning support coordinator", "E5"),
            ]),
        ],
        "G": [
            ("h", "Speech and language therapy"),
            ("p", "A speech and language therapist from the Wexbridge Adult Autism Therapy Service will see Sam on his own at college for 8 weekly "
                  "sessions of 45 minutes in the autumn term to teach him workplace communication skills (asking for help, phone calls and talking "
                  "with customers), then review."),
            ("h", "Mental health"),
            ("p", "The Wexbridge Young Adults Mental Health Team will continue to support Sam with his anxiety as and when needed."),
            ("h", "Health agreement"),
            ("p", "Confirmed by Dr Helen Marsh, Designated Clinical Officer, Wexbridge and Fenmoor Integrated Care Board, 3 September 2026."),
        ],
        "H1": [("p", "Not applicable. Sam is over 18, so his social care support is provided under the Care Act 2014 and set out in H2.")],
        "H2": [
            ("b", ["Personal assistant: 4 hours a week (Tuesday evening and Saturday morning) to support Sam to plan, shop for and cook meals, manage "
                   "his budget and practise bus journeys to new places. Funded by Adult Social Care and reviewed by his social worker every 6 months.",
                   "Study skills tutorial: weekly 1-hour session with a learning support tutor in a group of 4, to plan assignments and revise for "
                   "his Functional Skills English exam."]),
        ],
        "I": [("p", "Wexbridge College — general further education college.")],
        "J": [("p", "Sam receives his Adult Social Care support in H2 as a direct payment, managed by his parents, to employ his personal assistant "
                    "(4 hours a week).")],
        "K": [("K", [
            ["Parents' views", "Sam's mum and dad", "20 June 2026"],
            ["Educational advice and annual review report", "Mr Ben Fraser, learning support coordinator, Wexbridge College", "24 June 2026"],
            ["Psychological advice", "Dr Fiona Lowe, educational psychologist, Wexbridge Educational Psychology Service", "10 June 2026"],
            ["Medical advice", "Dr Aisha Rahman, general practitioner, Fenmoor Road Surgery", "2 June 2026"],
            ["Mental health advice", "Mr Chris Dunn, community mental health nurse, Wexbridge Young Adults Mental Health Team", "15 June 2026"],
            ["Social care advice (Care Act 2014 assessment)", "Ms Gemma Lord, social worker, Adult Social Care Transitions Team", "5 June 2026"],
            ["Preparing for adulthood advice", "Ms Jo Reid, careers adviser, Wexbridge Careers Hub", "18 June 2026"],
        ])],
    }))

# ===================================================================== ab209
PLANS.append(dict(
    id="ab209", layout="letter-column", name="Hannah", fam="her family", pos="her",
    front=[("Name used in this plan", "Hannah"), ("Age", "21 years"),
           ("Education phase", "Post-19: supported internship (Wexbridge College, hosted by the University of Wexbridge)"),
           ("Plan type", "Amended EHC plan following annual review"),
           ("Date this plan was issued", "21 January 2026"),
           ("Last annual review", "8 January 2026"),
           ("Education setting", "Wexbridge College supported internship programme, based at the University of Wexbridge Main Library"),
           ("Language spoken at home", "English")],
    sec={
        "A": [
            ("h", "A1 My views (Hannah wrote this herself for her annual review)"),
            ("p", "I'm Hannah. I'm 21 and I'm on a supported internship at the university library, which is the best thing I've done. I shelve "
                  "returns, help with the archive boxes and I'm learning to use the library system on the help desk. I've got dyspraxia and "
                  "chronic fatigue syndrome. The dyspraxia means I'm clumsy, I get lost in new buildings and I find it hard to organise my day. "
                  "The fatigue means I have to pace myself or I crash for days."),
            ("p", "What helps me: a written plan for the day, a map of the building with my routes marked, being allowed to sit down for some "
                  "tasks, and a quiet place to rest for 15 minutes at lunch. What doesn't help: people moving my things, and being given lots of "
                  "jobs at once out loud."),
            ("p", "My goal is a paid job in a library or an archive. I'd also like to move into a shared flat with my friend Kez in the next two "
                  "years and be able to cook for myself on my tired days."),
            ("h", "A2 My mum's views"),
            ("p", "Hannah's mum says the internship has given Hannah confidence she has not had since school. Hannah is careful, kind and has a "
                  "brilliant memory for where things belong. Her mum worries about Hannah overdoing it and then being ill for a week, and about "
                  "how she will manage money and meals when she moves out. She hopes Hannah will get a paid job at the end of the internship."),
            ("h", "A3 Aspirations"),
            ("b", ["Paid work in a library or archive by the end of 2026.",
                   "Moving into a shared flat with a friend within two years.",
                   "Cooking simple meals and managing her money on her own."]),
            ("h", "A4 What Hannah does well"),
            ("b", ["Accurate, careful and reliable; her supervisor says her shelving is \"the most accurate on the team\".",
                   "Friendly with library users and colleagues.",
                   "Good at explaining what she needs and planning around her energy when she has the right tools."]),
        ],
        "B": [
            ("h", "B1 Cognition and learning"),
            ("b", ["Hannah has developmental coordination disorder (DCD), also known as dyspraxia. This affects organisation, planning, finding her "
                   "way in new places and fine motor skills such as handwriting and using a mouse at speed.",
                   "She is working towards Level 2 Functional Skills maths; she passed Level 2 English in 2024.",
                   "She learns new computer systems well when they are broken into steps with written instructions."]),
            ("h", "B2 Sensory and/or physical needs"),
            ("b", ["Hannah's fatigue (see Section C) limits how long she can stand, walk and concentrate; she needs planned rest during the day.",
                   "She is slow and uncomfortable handwriting for more than a few minutes."]),
            ("h", "B3 Social, emotional and mental health"),
            ("b", ["Hannah can become anxious when plans change or when she is given several spoken instructions at once."]),
        ],
        "C": [
            ("p", "Hannah has no difficulty with her hearing, sight or general physical health, but she has chronic fatigue syndrome / myalgic "
                  "encephalomyelitis (CFS/ME), diagnosed in 2022. She has fatigue that gets worse after physical or mental effort, poor sleep, "
                  "muscle pain and \"brain fog\". She is under the Wexbridge Adult CFS/ME Service, which helps her to pace her activity and "
                  "slowly build up her stamina."),
        ],
        "D": [
            ("p", "Adult Social Care assessed Hannah under the Care Act 2014 on 3 November 2025. She has eligible needs for support to prepare meals "
                  "on days when her fatigue is bad and to manage her money (paying bills, budgeting for food), which she will need when she moves "
                  "into a shared flat."),
        ],
        "E": [
            ("E", [
                ("E1", "By July 2026, Hannah will use the library management system on the help desk on her own for a 2-hour shift, completing "
                       "loans and returns without errors on 4 out of 5 shifts, and receive a positive end-of-placement report from her library "
                       "supervisor.", "Paid work in a library (employment)"),
                ("E2", "By June 2026, Hannah will gain her Level 2 Functional Skills maths qualification, as shown by her certificate.",
                 "Paid work; managing money (employment, independent living)"),
                ("E3", "By September 2026, Hannah will receive an offer of paid work (at least 12 hours a week) in a library, archive or similar "
                       "role, having applied for at least 5 posts with her job coach.", "Paid work in a library (employment)"),
                ("E4", "By May 2026, Hannah will plan her working week with her energy diary and work her 3 placement days without needing more "
                       "than one extra rest day, for 6 weeks in a row, as recorded in her diary and checked by her job coach.",
                 "Managing her energy (good health)"),
                ("E5", "By December 2026, Hannah will cook a simple meal from a batch-cooking plan on at least 3 days a week and keep to a weekly food "
                       "budget that she sets, as recorded with her personal assistant.", "Shared flat (independent living)"),
                ("E6", "By April 2026, Hannah will access the city centre on her own by bus, including one new route, at least once a week for "
                       "4 weeks, as recorded in her travel log.", "Shared flat with a friend (friends and community)"),
            ]),
        ],
        "F": [
            ("F", [
                ("F1", "Supported internship: work-based learning in the university library, 3 days a week, with a daily written task plan",
                 "3 days a week (Monday, Tuesday, Thursday), 5 hours a day, until July 2026", "",
                 "Library supervisor with the college internship tutor", "E1, E4"),
                ("F2", "Job coach support in the workplace: teaching the library system in steps, setting up routes and checklists, and fading "
                       "support", "Two visits a week of 2 hours in January and February 2026, then one 2-hour visit a week", "1:1",
                 "Supported employment job coach (trained in systematic instruction), Wexbridge College", "E1, E3, E4"),
                ("F3", "Employability sessions: job searching, applications and interview practice",
                 "Weekly, Wednesday, 90 minutes", "A group of 6 interns", "Internship tutor, Wexbridge College", "E3"),
                ("F4", "Functional Skills maths at Level 2", "Wednesday, 2 hours a week until June 2026", "A group of 8",
                 "Qualified maths tutor, Wexbridge College", "E2"),
                ("F5", "Exam access arrangements: 25% extra time, rest breaks and use of a word processor in her Functional Skills maths exam",
                 "All assessments", "", "Arranged by the college exams officer", "E2"),
                ("F6", "Speech-to-text and mind-mapping software on a work laptop, with a wireless mouse and a perching stool at the help desk",
                 "Every placement day", "",
                 "Software installed and maintained by the University of Wexbridge information technology (IT) service; stool provided by the "
                 "college", "E1, E4"),
                ("F7", "Occupational therapy: a workplace assessment and a programme to help Hannah organise tasks and manage her energy at work",
                 "One 2-hour workplace visit in February 2026 and two 1-hour follow-up visits in March and May 2026", "",
                 "Occupational therapist, Wexbridge College therapy service", "E1, E4"),
                ("F8", "Review of the internship with Hannah, her supervisor and her mum", "Every 6 weeks, 45 minutes", "",
                 "Internship tutor", "All outcomes"),
            ]),
        ],
        "G": [
            ("h", "G1 Adult CFS/ME Service"),
            ("p", "A specialist physiotherapist from the Wexbridge Adult CFS/ME Service will see Hannah in clinic once a month for 45 minutes until "
                  "July 2026 to review her activity and sleep plan and set the next small increase in activity. She will share the updated plan "
                  "with Hannah's job coach after each appointment, with Hannah's agreement."),
            ("h", "G2 Health agreement"),
            ("p", "The health provision in G1 was reviewed and agreed by Dr Helen Marsh, Designated Clinical Officer, Wexbridge and Fenmoor Integrated "
                  "Care Board, on 15 January 2026."),
        ],
        "H1": [("p", "Not applicable. Hannah is over 18; her social care provision is under the Care Act 2014 and is in H2.")],
        "H2": [("b", ["Personal assistant: 3 hours a week (Friday afternoon) to support Hannah to plan meals, batch-cook and manage her weekly budget "
                      "and bills, funded by Adult Social Care through a direct payment (see Section J) and reviewed by her social worker every 6 "
                      "months.",
                      "Independent travel: the personal assistant will support Hannah to learn one new bus route a month for the first 3 months, "
                      "within the 3 hours above."])],
        "I": [("p", "Wexbridge College (general further education college) — supported internship programme, hosted by the University of Wexbridge.")],
        "J": [("p", "Direct payment of the Adult Social Care personal budget for the personal assistant in H2 (3 hours a week), managed by Hannah "
                    "with help from her mum.")],
        "K": [("K", [
            ["Hannah's own views (written)", "Hannah", "5 January 2026"],
            ["Parent's views", "Hannah's mum", "5 January 2026"],
            ["Educational advice and annual review report", "Ms Lorna Vine, internship tutor, Wexbridge College", "18 December 2025"],
            ["Psychological advice", "Dr Fiona Lowe, educational psychologist, Wexbridge Educational Psychology Service", "27 November 2025"],
            ["Medical advice", "Dr Paul Okoro, consultant, Wexbridge Adult CFS/ME Service", "10 December 2025"],
            ["Physiotherapy report", "Ms Amy Shaw, specialist physiotherapist, Wexbridge Adult CFS/ME Service", "12 December 2025"],
            ["Occupational therapy advice", "Mr Tom Hale, occupational therapist, Wexbridge College therapy service", "2 December 2025"],
            ["Social care advice (Care Act 2014 assessment)", "Mr Dev Patel, social worker, Adult Social Care Transitions Team", "3 November 2025"],
            ["Preparing for adulthood advice", "Ms Jo Reid, careers adviser, Wexbridge Careers Hub", "15 December 2025"],
        ])],
    }))

# ===================================================================== ab210
PLANS.append(dict(
    id="ab210", layout="letter-column", name="Kai", fam="his family", pos="his",
    front=[("Name used in this plan", "Kai"), ("Age", "16 years"), ("School year", "Year 11"),
           ("Plan type", "Amended EHC plan following annual review"),
           ("Date this plan was issued", "5 November 2026"),
           ("Last annual review", "14 October 2026"),
           ("Education setting", "Northgate School (mainstream secondary academy)"),
           ("Language spoken at home", "English")],
    sec={
        "A": [
            ("h", "A1 What I think (Kai talked to his key worker, Mr Hughes, in October 2026, who typed his words)"),
            ("p", "Kai has Tourette's syndrome and attention deficit hyperactivity disorder (ADHD). These are his words:"),
            ("p", "\"I've got Tourette's and ADHD. Most people just think I'm messing about. My tics are worse when I'm stressed, like in exams or "
                  "when a teacher makes me read out. I'm alright in practical stuff, like design and technology and engineering, because I'm moving "
                  "and I can concentrate. Writing is rubbish for me, my hand jerks and I can't keep up. I want to leave school and do an "
                  "electrical apprenticeship with my uncle's firm. I'd also like to learn to drive and get the bus to college on my own.\""),
            ("h", "A2 What my parents think"),
            ("p", "Kai's mum and dad say he is funny, generous and brilliant at fixing things; he rewired his grandad's shed lights under his uncle's "
                  "supervision. They want him to get the English and maths grades he needs for an electrical apprenticeship, to learn to travel "
                  "on his own and to manage his medication himself before he leaves school. They are worried that his behaviour points are "
                  "mostly for tics and that he is starting to give up."),
            ("h", "A3 Kai's aspirations"),
            ("b", ["An electrical apprenticeship after Year 11.",
                   "Travelling on his own to college or work.",
                   "Learning to drive when he is 17."]),
            ("h", "A4 Strengths"),
            ("b", ["Practical, hands-on problem solver; working at grade 6 in design and technology.",
                   "Good sense of humour and popular with his friends.",
                   "Honest about his tics and keen to explain them to others."]),
        ],
        "B": [
            ("h", "B1 Social, emotional and mental health"),
            ("b", ["Kai has ADHD. He finds it hard to stay focused in long, listening-based lessons and to "
                   "organise homework; he handed in 4 of 12 homework tasks last half term.",
                   "Tourette's syndrome: Kai has motor tics (arm jerks, head turns) and vocal tics (barks, repeated words). Tics increase with stress.",
                   "He has received 23 behaviour points this term, most of which his key worker judged to be tics."]),
            ("h", "B2 Cognition and learning"),
            ("b", ["Kai's reading comprehension is sound, but his spelling and written structure are weak (working at grade 3 in English).",
                   "His handwriting is slow (about 11 words a minute) because of arm tics and is often unreadable, so his written answers are much "
                   "shorter than his spoken ones.",
                   "He is working at grade 4 in maths, needing grade 4 in English and maths for most apprenticeships."]),
        ],
        "C": [
            ("p", "Kai has Tourette's syndrome, diagnosed by the paediatric neurologist in 2019, and ADHD, diagnosed by the community paediatrician in "
                  "2020. He takes ADHD medication each morning, prescribed and monitored by the community paediatrician. His tics cause shoulder "
                  "and neck pain at times. He has no other health needs."),
        ],
        "D": [
            ("p", "Kai has no social care needs. This was the finding of the social care screening by the Children with Disabilities Team on "
                  "2 September 2026, which found that his needs are met at home by his parents."),
        ],
        "E": [
            ("E", [
                ("E1", "By July 2027, Kai will feel more confident in lessons.", ""),
                ("E2", "By Easter 2027, Kai will be calmer when his tics are bad.", ""),
                ("E3", "By March 2027, Kai will touch-type at 30 words per minute with 90% accuracy, measured on the school's typing programme by "
                       "his form tutor.", ""),
                ("E4", "By the end of the spring term 2027, Kai will hand in 8 out of 10 homework tasks on time, as recorded on the school's "
                       "homework system.", ""),
                ("E5", "By July 2027, Kai will stay in his maths and English lessons for the whole lesson on 4 out of 5 days, as recorded by his "
                       "key worker from the lesson notes.", ""),
            ]),
        ],
        "F": [
            ("F", [
                ("F1", "Small-group literacy support in the library", "", "", "Higher level teaching assistant", "E5"),
                ("F2", "Key worker check-in to plan the day and check homework", "Daily, 10 minutes at morning registration", "1:1",
                 "Learning mentor (named key worker)", "E1, E4"),
                ("F3", "Tic-break card allowing Kai to leave for the learning support base for no more than 10 minutes",
                 "Every lesson", "", "Card issued by the special educational needs co-ordinator (SENCo)", "E2, E5"),
                ("F4", "Homework coaching using a planner and the school's homework app",
                 "Weekly, Tuesday, 30 minutes", "1:1", "Learning mentor trained in ADHD coaching", "E4"),
                ("F5", "Maths intervention to reach grade 4", "Twice a week, 45 minutes", "A group of 4", "Maths teacher", "E5"),
                ("F6", "Staff training on Tourette's syndrome and ADHD for all Kai's teachers, including not giving behaviour points for tics",
                 "One 60-minute session in November 2026", "", "Specialist teacher, Wexbridge Inclusion Support Service", "E1, E2"),
                ("F7", "Exam access arrangements: 25% extra time and a separate room in all mock and General Certificate of Secondary Education "
                       "(GCSE) exams", "All mock and GCSE exams", "", "Arranged by the exams officer", "E1"),
            ]),
        ],
        "G": [
            ("h", "G1 ADHD medication"),
            ("p", "The community paediatrician will review Kai's ADHD medication every 6 months in clinic (20 minutes), checking his growth, blood "
                  "pressure and side effects, and will write to the SENCo after each review."),
            ("h", "G2 Tic management"),
            ("p", "A clinical psychologist from the Wexbridge Children's Tic Clinic will provide 8 fortnightly sessions of 60 minutes of behavioural "
                  "therapy for tics at the clinic from November 2026, then review. The paediatric neurologist will review Kai once a year (30 minutes)."),
            ("h", "G3 Health agreement"),
            ("p", "Agreed by Dr Helen Marsh, Designated Clinical Officer, Wexbridge and Fenmoor Integrated Care Board, 29 October 2026."),
        ],
        "H1": [("p", "None. The family were given information about the Wexbridge Local Offer youth activities at the annual review and do not wish "
                     "to apply for short breaks.")],
        "H2": [("p", "None (see Section D).")],
        "I": [("p", "Northgate School, Wexbridge — mainstream secondary academy (11 to 16).")],
        "J": [("p", "No personal budget was requested.")],
        "K": [("K", [
            ["Kai's views (typed by his key worker)", "Kai, with Mr Hughes, learning mentor", "6 October 2026"],
            ["Parents' views", "Kai's mum and dad", "14 October 2026"],
            ["Educational advice and annual review report", "Ms Grace Obi, SENCo, Northgate School", "30 September 2026"],
            ["Psychological advice", "Dr Kemi Adeyemi, educational psychologist, Wexbridge Educational Psychology Service", "8 July 2026"],
            ["Medical advice", "Dr Sunil Varma, community paediatrician, Wexbridge Community Child Health", "15 September 2026"],
            ["Neurology and tic clinic advice", "Dr Owen Price, paediatric neurologist, with Dr Sarah Quinn, clinical psychologist, Wexbridge Children's Tic Clinic", "22 September 2026"],
            ["Social care advice (screening)", "Children with Disabilities Team, City of Wexbridge Council", "2 September 2026"],
            ["Preparing for adulthood advice", "Ms Jo Reid, careers adviser, Wexbridge Careers Hub", "1 October 2026"],
        ])],
    }))

# ===================================================================== ab211
PLANS.append(dict(
    id="ab211", layout="letter-column", name="Mia", fam="her carers", pos="her",
    front=[("Name used in this plan", "Mia"), ("Age", "8 years"), ("School year", "Year 4"),
           ("Plan type", "Final EHC plan (first plan)"),
           ("Date this plan was issued", "23/09/2026"),
           ("Last annual review", "Not yet due"),
           ("Legal status", "Looked after by City of Wexbridge Council (care order); lives with foster carers"),
           ("Education setting", "Holywell Primary School (mainstream)"),
           ("Language spoken at home", "English")],
    sec={
        "A": [
            ("h", "A1 Mia's views (gathered through play, drawing and a feelings board with her foster carer and class teacher, July 2026)"),
            ("p", "Mia chose pictures and drew while she talked with her foster carer, Julie, and her class teacher, Mrs Khan. Her words are in "
                  "quotation marks."),
            ("b", ["Mia drew herself with her dog at Julie's house and said: \"This is my home now. Biscuit sleeps on my bed.\"",
                   "She put the picture of the playground on the \"sad\" side of the board: \"Nobody lets me play.\"",
                   "She put reading on the \"worried\" side: \"The words jump about and I get it wrong.\"",
                   "She put art and the class guinea pigs on the \"happy\" side.",
                   "When asked what she wants to be when she grows up: \"A vet, so I can look after animals.\""]),
            ("h", "A2 Foster carers' views"),
            ("p", "Julie and Mark have looked after Mia since January 2026. They describe her as affectionate, creative and very gentle with animals. "
                  "She finds it hard to trust new adults and can become very upset at changes, such as a supply teacher or a change to her contact "
                  "arrangements. Mia's mother, who sees her once a month, told the social worker that she wants Mia to be happy at school and to keep drawing. Julie and Mark hope Mia will make a close friend at school, catch up with her reading and feel settled and safe."),
            ("h", "A3 Hopes for the future"),
            ("b", ["Mia: to be a vet and to have friends to play with.",
                   "Foster carers: for Mia to read confidently, make a close friend and feel safe at school."]),
            ("h", "A4 What Mia is good at"),
            ("b", ["Art: she draws detailed animal pictures and her work is on the class display.",
                   "Caring for the class guinea pigs, which she does every day without being reminded.",
                   "Listening to stories; she understands and remembers them well."]),
        ],
        "B": [
            ("h", "B1 Social, emotional and mental health"),
            ("b", ["Mia experienced neglect before she came into care. She finds it hard to trust adults she does not know, and becomes distressed "
                   "at changes of routine or staff. In the summer term she left the classroom without permission 11 times.",
                   "She wants friends but finds it hard to join games and can snatch or push when upset.",
                   "She can calm with a familiar adult within about 10 minutes."]),
            ("h", "B2 Cognition and learning"),
            ("b", ["Mia's reading is well below the expected standard for Year 4: she reads books at about a Year 2 level with 85% accuracy.",
                   "Her understanding of stories read to her is at the expected standard."]),
        ],
        "C": [
            ("p", "Mia is generally healthy and now sleeps well. She has daytime wetting several times a week and is under the Wexbridge children's "
                  "bladder and bowel (continence) service, who have asked that she is prompted to use the toilet every 90 minutes, has a drink at "
                  "set times through the day and has spare clothes in school. Wetting accidents upset her and have led to teasing. Mia has her "
                  "statutory health assessment as a looked after child once a year."),
        ],
        "D": [("p", "Not applicable.")],
        "E": [
            ("E", [
                ("E1", "By July 2027, Mia will read aloud a book at the Year 3 level with at least 95% accuracy, as recorded by her class teacher on "
                       "her reading record.", "Foster carers' hope that Mia reads confidently"),
                ("E2", "Mia will have a weekly session with the emotional literacy support assistant (ELSA).", "Feeling safe at school"),
                ("E3", "Mia is given a visual timetable and a calm box in class.", "Feeling safe at school"),
                ("E4", "By March 2027, Mia will use her help card to ask an adult for help, instead of leaving the classroom, on 4 out of 5 "
                       "occasions each week, as recorded by her teaching assistant.", "Feeling safe at school"),
                ("E5", "By July 2027, Mia will play a game with at least one other child at lunchtime on 3 days a week, as recorded by the "
                       "lunchtime supervisor.", "Mia's wish to have friends to play with"),
            ]),
        ],
        "F": [
            ("F", [
                ("F1", "Key adult: a named teaching assistant will greet Mia each morning and spend 10 minutes with her where possible",
                 "Daily, 10 minutes on arrival", "1:1", "Teaching assistant (key adult)", "E4"),
                ("F2", "Lunchtime games club, with opportunities to use the games at other playtimes as appropriate",
                 "Monday, Wednesday and Friday, 20 minutes", "A group of 4", "Teaching assistant", "E5"),
                ("F3", "ELSA sessions on recognising and managing feelings",
                 "Weekly, 30 minutes, for 8 weeks in the autumn term, then review", "1:1",
                 "ELSA trained by the Wexbridge Educational Psychology Service", "E2, E4"),
                ("F4", "Reading intervention using a phonics-based catch-up programme",
                 "Four times a week, 20 minutes", "1:1", "Teaching assistant trained in the programme", "E1"),
                ("F5", "Visual timetable and a calm box (sensory toys, timer, drawing materials) kept in the classroom",
                 "Every school day", "", "Made and kept up to date by the class teaching assistant", "E3"),
                ("F6", "Staff should follow Mia's calm-down plan when she is upset and should warn her of changes in advance",
                 "Whenever she is upset; before any planned change", "", "All staff", "E4"),
                ("F7", "Attachment-aware practice training for all staff who work with Mia",
                 "One 2-hour session in October 2026", "", "Educational psychologist", "E4, E5"),
            ]),
        ],
        "G": [
            ("h", "G1 Looked after child health assessment"),
            ("p", "The looked after children's nurse will complete Mia's annual review health assessment (60 minutes) at her foster home in "
                  "January 2027 and share the health recommendations with her foster carers and the designated teacher."),
            ("h", "G2 Health agreement"),
            ("p", "Agreed by Dr Helen Marsh, Designated Clinical Officer, Wexbridge and Fenmoor Integrated Care Board, 15/09/2026."),
        ],
        "H1": [("p", "Not applicable.")],
        "H2": [("p", "Not applicable.")],
        "I": [("p", "Holywell Primary School, Wexbridge — mainstream primary school.")],
        "J": [("p", "Not applicable.")],
        "K": [("K", [
            ["Mia's views (play, drawing and feelings board)", "Mia, with Julie (foster carer) and Mrs Khan (class teacher)", "10/07/2026"],
            ["Foster carers' views", "Julie and Mark, foster carers", "10/07/2026"],
            ["Mother's views (telephone conversation with the social worker)", "Mia's mother", "19/06/2026"],
            ["Educational advice", "Mrs Khan, class teacher and designated teacher, Holywell Primary School", "14/07/2026"],
            ["Psychological advice", "Dr Kemi Adeyemi, educational psychologist, Wexbridge Educational Psychology Service", "24/06/2026"],
            ["Medical advice (health assessment)", "Ms Tara Flynn, looked after children's nurse, Wexbridge Community Health", "30/06/2026"],
            ["Continence service letter", "Ms Ruth Allen, specialist nurse, Wexbridge children's bladder and bowel service", "02/07/2026"],
            ["Social care advice", "Ms Holly Grant, social worker, Children in Care Team, City of Wexbridge Council", "19/06/2026"],
        ])],
    }))

# ===================================================================== ab212
PLANS.append(dict(
    id="ab212", layout="letter-column", name="Jasper", fam="his family", pos="his",
    front=[("Name used in this plan", "Jasper"), ("Age", "14 years"), ("School year", "Year 9"),
           ("Plan type", "Amended EHC plan following annual review"),
           ("Date this plan was issued", "27 April 2026"),
           ("Last annual review", "30 March 2026"),
           ("Education setting", "Wexbridge Grange Academy (mainstream secondary academy)"),
           ("Language spoken at home", "English")],
    sec={
        "A": [
            ("h", "A1 About me (Jasper's words, from a conversation with his tutor, March 2026)"),
            ("p", "\"I'm into computer games, especially making levels, and I'm learning to code in C#. I play bass guitar in a band with two "
                  "friends from school. Food is really hard for me. I only feel safe with about twelve foods, and new food makes me gag because "
                  "of the texture and smell. It isn't about my weight, it's that I get really scared. Lunch in a big hall is the worst part of "
                  "the day. I'd like to work in games design when I'm older, and to be able to go out for pizza with the band without panicking.\""),
            ("h", "A2 What Jasper's parents say"),
            ("p", "Jasper's mum and dad say he is thoughtful, witty and a loyal friend, and that he has worked incredibly hard with the eating "
                  "disorder team over the last year. He is autistic and finds change, noise and crowded places tiring. They want him to keep "
                  "building the range of foods he can eat, to manage his own lunch at school, to choose his GCSE (General Certificate of Secondary "
                  "Education) options with his career in mind, and to become more independent, for example buying his own snacks and using the "
                  "bus into town with friends."),
            ("h", "A3 Aspirations"),
            ("b", ["Jasper: a career in games design; eating out with friends; keeping the band going.",
                   "Parents: a wider range of foods, more independence in town, and GCSE options that lead to games design."]),
            ("h", "A4 What Jasper is good at"),
            ("b", ["Computing and maths (working at grade 7 in both).",
                   "Music: he plays bass guitar and writes songs with his band.",
                   "He describes his feelings clearly and is honest about what helps."]),
        ],
        "B": [
            ("h", "B1 Communication and interaction"),
            ("b", ["Jasper is autistic. He prefers clear, direct language and written instructions, and finds unstructured social times "
                   "(lunch, break) tiring.",
                   "He communicates well one to one and with his close friends."]),
            ("h", "B2 Social, emotional and mental health"),
            ("b", ["Jasper has high anxiety around food and eating in front of others. He has avoided the dining hall since Year 8 and on some days "
                   "eats nothing in school.",
                   "He can become anxious about changes to his timetable or trips that involve food."]),
            ("h", "B3 Sensory and/or physical needs"),
            ("b", ["Jasper is very sensitive to food textures and smells and to noise. The dining hall at lunchtime is overwhelming for him."]),
            ("h", "B4 Cognition and learning"),
            ("b", ["Jasper is working at or above the expected level in all subjects. He has no special educational needs in this area, but "
                   "anxiety and hunger affect his concentration in afternoon lessons."]),
        ],
        "C": [
            ("p", "Jasper has no difficulty with his sleep or physical growth, but he has avoidant/restrictive food intake disorder (ARFID), an eating "
                  "disorder where a person avoids foods because of their texture, smell or fear of choking or being sick, rather than because of "
                  "worries about weight. It was diagnosed by the Child and Adolescent Mental Health Services (CAMHS) Community Eating Disorder "
                  "Service in February 2025. He eats a small number of \"safe\" foods, needs regular snacks to keep his energy up, and needs to eat "
                  "lunch at school every day to meet his dietitian's plan. He also has anxiety linked to eating, which the eating disorder team "
                  "treats as part of his therapy."),
        ],
        "D": [
            ("p", "Jasper has no social care needs. This is based on the social care advice from the Children with Disabilities Team (screening "
                  "assessment, 9 March 2026), which found that his needs at home are met by his parents."),
        ],
        "E": [
            ("E", [
                ("E1", "By March 2027, Jasper will eat his planned lunch in the small dining room, including one new food from his \"try list\" "
                       "each half term, on 4 out of 5 school days, as recorded by the named lunchtime supervisor.",
                 "Eating out with friends (good health)"),
                ("E2", "By December 2026, Jasper will buy his own snack from the school tuck shop or a local shop with a friend at least twice a "
                       "week, as recorded in his diary and checked by his tutor.", "More independence in town (independent living)"),
                ("E3", "By July 2027, Jasper will go out with his band to a café or pizza restaurant and order and eat at least one item, on 2 "
                       "occasions, as recorded by Jasper and his parents in his progress diary.", "Eating out with friends (friends and community)"),
                ("E4", "By June 2026, Jasper will choose his GCSE options, including computer science, after two careers sessions and one taster "
                       "visit to a games design course, as recorded on his careers record.", "Career in games design (employment)"),
                ("E5", "By July 2027, Jasper will complete a one-week work experience placement in a digital or games company and receive a "
                       "positive report from his placement supervisor.", "Career in games design (employment)"),
                ("E6", "By December 2026, Jasper will tell his tutor when he is anxious about a change or a trip that involves food and agree a plan, "
                       "on 4 out of 5 occasions, as recorded by his tutor.", "Eating out with friends (good health)"),
            ]),
        ],
        "F": [
            ("F", [
                ("F1", "Tutor check-in to go through changes to the day and plan for any trip or event that involves food",
                 "Daily, 10 minutes at morning registration", "1:1", "Form tutor trained in autism awareness", "E6"),
                ("F2", "Small dining room: a quiet room for lunch with one or two friends of Jasper's choice",
                 "Every school day, 35 minutes", "A group of no more than 3", "Arranged by the special educational needs co-ordinator (SENCo)", "E1, E3"),
                ("F3", "Careers guidance and GCSE options support, including a taster visit to a games design course",
                 "Two 40-minute sessions in May 2026 and one taster visit of a half day", "1:1",
                 "Careers adviser with a Level 6 careers guidance qualification", "E4"),
                ("F4", "From January 2027, work experience planning: finding a digital or games company placement and preparing for it (travel, "
                       "lunch plan, what to expect)",
                 "Three 30-minute sessions before the placement, and a one-week placement in June 2027", "1:1",
                 "Work experience coordinator", "E5"),
                ("F5", "Independence skills: planned visits to the tuck shop and a local shop to practise buying snacks, fading to Jasper going with a friend",
                 "Weekly, 20 minutes, for 6 weeks then review", "1:1 then with a friend", "Teaching assistant", "E2"),
                ("F6", "Staff briefing on ARFID and Jasper's anxiety plan for all his teachers",
                 "One 45-minute session at the start of each school year", "", "SENCo, with advice from the CAMHS dietitian", "E1, E6"),
                ("F7", "Snack pass so that Jasper can eat his planned snack in morning and afternoon lessons",
                 "Every school day", "", "Issued by the SENCo", "E1"),
            ]),
        ],
        "G": [
            ("h", "G1 CAMHS Community Eating Disorder Service"),
            ("p", "A family therapist from the CAMHS Community Eating Disorder Service will see Jasper and his parents for family-based therapy for "
                  "ARFID every two weeks for 60 minutes at the clinic until March 2027, then review. A CAMHS nurse will check Jasper's weight and "
                  "growth at the clinic once a month. The team will take calls from the SENCo when needed."),
            ("h", "G2 Dietitian"),
            ("p", "The CAMHS dietitian will write Jasper's school lunch and snack plan, update it each term, and train the named lunchtime supervisor "
                  "and one back-up member of staff (45 minutes, once a term). The named supervisor will sit with Jasper at lunch each school day "
                  "to follow the plan."),
            ("h", "G3 Health agreement"),
            ("p", "Confirmed: the health provision above was agreed by Dr Helen Marsh, Designated Clinical Officer, Wexbridge and Fenmoor Integrated "
                  "Care Board, on 22 April 2026."),
        ],
        "H1": [("p", "None. Jasper's parents were told about the Wexbridge Local Offer and the short breaks scheme at the annual review and "
                     "said they do not need them at present.")],
        "H2": [("p", "None (see Section D).")],
        "I": [("p", "Wexbridge Grange Academy — mainstream secondary academy (11 to 18).")],
        "J": [("p", "No personal budget was requested.")],
        "K": [("K", [
            ["Jasper's views (conversation with his tutor)", "Jasper", "16 March 2026"],
            ["Parents' views", "Jasper's mum and dad", "30 March 2026"],
            ["Educational advice and annual review report", "Mr Rhys Evans, SENCo, Wexbridge Grange Academy", "20 March 2026"],
            ["Psychological advice", "Dr Fiona Lowe, educational psychologist, Wexbridge Educational Psychology Service", "11 February 2026"],
            ["Medical advice", "Dr Nina Sood, consultant psychiatrist, CAMHS Community Eating Disorder Service", "4 March 2026"],
            ["Dietetic advice", "Ms Kate Bryant, dietitian, CAMHS Community Eating Disorder Service", "4 March 2026"],
            ["Social care advice (screening)", "Children with Disabilities Team, City of Wexbridge Council", "9 March 2026"],
            ["Preparing for adulthood advice", "Ms Jo Reid, careers adviser, Wexbridge Careers Hub", "18 March 2026"],
        ])],
    }))


def main():
    os.makedirs(OUT, exist_ok=True)
    for plan in PLANS:
        path = os.path.join(OUT, plan["id"] + ".docx")
        RENDER[plan["layout"]](plan, path)
        print("wrote", path)


if __name__ == "__main__":
    main()
