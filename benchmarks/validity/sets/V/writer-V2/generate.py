#!/usr/bin/env python3
"""Generator for validity test set V, writer V2 (Harbourne City Council).

Plan text is Python data (PLANS, below the renderers). Three layouts, one renderer each:
  ef-table              -> render_ef_table
  bold-statutory        -> render_bold_statutory
  shaded-heading-table  -> render_shaded
Run:  /work/blind/.venv-V2/bin/python generate.py   (writes plans/v201.docx ... v212.docx)
"""
import os
from docx import Document
from docx.shared import Pt, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "plans")
COUNCIL = "Harbourne City Council"

SHORT = {
    "A": "Section A: Views, interests and aspirations",
    "B": "Section B: Special educational needs",
    "C": "Section C: Health needs related to special educational needs",
    "D": "Section D: Social care needs",
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
    "E": "Section E: The outcomes sought for the child or young person, including outcomes for adult life where appropriate",
    "F": "Section F: The special educational provision required by the child or young person",
    "G": "Section G: Any health provision reasonably required by the learning difficulties or disabilities which result in the child or young person having special educational needs",
    "H1": "Section H1: Any social care provision which must be made for the child or young person as a result of section 2 of the Chronically Sick and Disabled Persons Act 1970",
    "H2": "Section H2: Any other social care provision reasonably required by the learning difficulties or disabilities which result in the child or young person having special educational needs",
    "I": "Section I: The name and type of the school, maintained nursery school, post-16 institution or other institution to be attended by the child or young person",
    "J": "Section J: Personal budget (including arrangements for direct payments)",
    "K": "Section K: The advice and information gathered during the education, health and care needs assessment",
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


def bold_para(container, text, size=None, italic=False):
    p = container.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    return p


def set_cell(cell, text, bold=False):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold


def add_table(container, header, rows, style="Table Grid"):
    t = container.add_table(rows=1, cols=len(header))
    t.style = style
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, bold=True)
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            set_cell(cells[i], v)
    return t


def front_matter(doc, plan, heading_fn):
    heading_fn(doc, f"{COUNCIL}\nEducation, Health and Care (EHC) Plan")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for label, value in plan["front"]:
        c = t.add_row().cells
        set_cell(c[0], label, bold=True)
        set_cell(c[1], value)
    doc.add_paragraph("")
    for para in plan.get("intro", []):
        doc.add_paragraph(para)


def blocks_generic(container, blocks, bullet_style, number_style, sub_fn, typed=None):
    """Render ('h', text) ('p', text) ('ul', [..]) ('ol', [..]) ('table', header, rows)."""
    n = 0
    for b in blocks:
        kind = b[0]
        if kind == "h":
            sub_fn(container, b[1])
        elif kind == "p":
            container.add_paragraph(b[1])
        elif kind == "ul":
            for item in b[1]:
                if typed:
                    container.add_paragraph(f"{typed[0]} {item}")
                else:
                    container.add_paragraph(item, style=bullet_style)
        elif kind == "ul2":  # second-level hand-typed bullets
            for item in b[1]:
                if typed:
                    container.add_paragraph(f"    {typed[1]} {item}")
                else:
                    container.add_paragraph(item, style="List Bullet 2")
        elif kind == "ol":
            for i, item in enumerate(b[1], 1):
                if typed:
                    container.add_paragraph(f"{i}. {item}")
                else:
                    container.add_paragraph(item, style=number_style)
        elif kind == "table":
            add_table(container, b[1], b[2])
            container.add_paragraph("")
        else:
            raise ValueError(kind)


# ---------------------------------------------------------------- layout: ef-table
def render_ef_table(plan, path):
    doc = Document()
    def h_title(d, text):
        d.add_heading(text, level=0)
    def sub(d, text):
        p = d.add_paragraph()
        r = p.add_run(text)
        r.bold = True
        r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
    front_matter(doc, plan, h_title)
    S = plan["sections"]
    for key in ["A", "B", "C", "D"]:
        doc.add_heading(SHORT[key], level=1)
        blocks_generic(doc, S[key], "List Bullet", "List Number", sub)
    doc.add_heading(SHORT["EF"], level=1)
    for para in plan.get("ef_intro", []):
        doc.add_paragraph(para)
    for area in plan["ef"]:
        sub(doc, area["area"])
        hdr = plan.get("ef_header", ["Outcome (Section E)", "Provision (Section F)", "How often and how long", "Who will provide it"])
        t = doc.add_table(rows=1, cols=4)
        t.style = "Table Grid"
        for i, h in enumerate(hdr):
            set_cell(t.rows[0].cells[i], h, bold=True)
            shade(t.rows[0].cells[i], "D9E2F3")
        for oc in area["outcomes"]:
            first = None
            for j, (prov, freq, who) in enumerate(oc["provision"]):
                cells = t.add_row().cells
                if j == 0:
                    set_cell(cells[0], oc["outcome"])
                    first = cells[0]
                set_cell(cells[1], prov)
                set_cell(cells[2], freq)
                set_cell(cells[3], who)
                if j > 0:
                    first = first.merge(cells[0])
        doc.add_paragraph("")
    if plan.get("f_extra"):
        sub(doc, plan.get("f_extra_title", "Provision that applies across the school day (Section F)"))
        blocks_generic(doc, plan["f_extra"], "List Bullet", "List Number", sub)
    for key in ["G", "H1", "H2", "I", "J", "K"]:
        doc.add_heading(SHORT[key], level=1)
        blocks_generic(doc, S[key], "List Bullet", "List Number", sub)
    doc.save(path)


# ---------------------------------------------------------------- layout: bold-statutory
def render_bold_statutory(plan, path):
    doc = Document()
    def title(d, text):
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(text.replace("\n", " - "))
        r.bold = True
        r.font.size = Pt(14)
    def sub(d, text):
        p = d.add_paragraph()
        r = p.add_run(text)
        r.bold = True
        r.italic = True
    front_matter(doc, plan, title)
    typed = plan.get("typed", ("•", "o"))
    for key in ORDER:
        bold_para(doc, LONG[key], size=12)
        blocks_generic(doc, plan["sections"][key], None, None, sub, typed=typed)
        doc.add_paragraph("")
    doc.save(path)


# ---------------------------------------------------------------- layout: shaded-heading-table
def render_shaded(plan, path):
    doc = Document()
    def title(d, text):
        t = d.add_table(rows=1, cols=1)
        t.style = "Table Grid"
        c = t.rows[0].cells[0]
        set_cell(c, text.replace("\n", " - "), bold=True)
        shade(c, "1F4E79")
        for r in c.paragraphs[0].runs:
            r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
            r.font.size = Pt(14)
        d.add_paragraph("")
    def sub(d, text):
        p = d.add_paragraph()
        r = p.add_run(text)
        r.bold = True
        r.underline = True
    front_matter(doc, plan, title)
    for key in ORDER:
        t = doc.add_table(rows=1, cols=1)
        t.style = "Table Grid"
        c = t.rows[0].cells[0]
        set_cell(c, SHORT[key], bold=True)
        shade(c, "BDD7EE")
        blocks_generic(doc, plan["sections"][key], "List Bullet", "List Number", sub)
        doc.add_paragraph("")
    doc.save(path)


RENDER = {"ef-table": render_ef_table, "bold-statutory": render_bold_statutory,
          "shaded-heading-table": render_shaded}

PLANS = []

def intro(name, pron):
    return [f"This Education, Health and Care (EHC) plan has been written by {COUNCIL}'s Special Educational "
            f"Needs and Disabilities (SEND) Service with {name}, {pron} family and the people who work with "
            f"{name}. It says what matters to {name}, what {name} needs, what we all hope {name} will achieve and "
            f"the help that must be in place. The sections follow the order set by the SEND Regulations 2014."]


# ====================================================================== v201 (ef-table, SOUND)
PLANS.append({
 "id": "v201", "layout": "ef-table",
 "front": [("Child's first name", "Rosie"), ("Age", "1 year 7 months"),
           ("School year", "Early years – not yet of school age"),
           ("Setting", "Little Anchors Day Nursery (two mornings a week) and home"),
           ("Date this plan was issued", "21 September 2026"),
           ("Last annual review", "Not applicable – this is Rosie's first EHC plan"),
           ("Next review", "March 2027 (six-monthly, as Rosie is under five)"),
           ("Case officer", "Early Years Case Officer, Special Educational Needs and Disabilities Service, Harbourne City Council")],
 "intro": intro("Rosie", "her"),
 "sections": {
 "A": [
  ("h", "How we found out what Rosie likes and thinks"),
  ("p", "Rosie is 19 months old and does not yet use words. Her views were gathered by watching her play and by talking with the people who know her best: her mum and dad; Jo, her Portage home visitor, who has visited every week since March 2026; and Sam, her key worker at nursery. Jo spent two home visits in July 2026 noting what Rosie chose to play with, what made her smile and what she pushed away. Sam kept a note of the same things at nursery for two weeks."),
  ("h", "What Rosie shows us she likes"),
  ("ul", ["Bath time, splashing and the sound of running water – she kicks her legs and laughs.",
          "Her dad singing ‘Row, Row, Row Your Boat’; she rocks forward to ask for more.",
          "Light-up and musical toys, especially her blue sea lion that plays a tune when pressed.",
          "Watching her big brother Alfie (aged 5) and the family dog, Biscuit.",
          "Being outside in the garden or in her buggy along the seafront."]),
  ("h", "What Rosie shows us she does not like"),
  ("ul", ["Being laid flat on her back for a long time.",
          "Lumpy food, and a spoon that is too full.",
          "Lots of noise and people at once – she turns her head away and goes quiet. Her mum says Rosie likes to be held when needed and settles quickly in a familiar lap."]),
  ("h", "What people like and admire about Rosie"),
  ("p", "Rosie is sociable and determined. She holds eye contact, smiles at familiar faces and ‘chats’ with babbling sounds when someone talks to her. She has worked hard through many hospital stays and her parents call her ‘our little fighter’. Sam says she notices everything and will watch a new toy for a long time before reaching for it."),
  ("h", "Rosie's story so far"),
  ("p", "Rosie was born at 25 weeks at Harbourne University Hospital and spent 14 weeks in the neonatal intensive care unit. She came home on oxygen, which she still uses at night. Her dad serves in the Royal Navy at Harbourne Naval Base and is sometimes away at sea for several weeks at a time; her mum works part-time as a dental nurse. Rosie started at Little Anchors Day Nursery in May 2026 for two mornings a week."),
  ("h", "What Rosie's parents say"),
  ("p", "“We want Rosie to be happy and to catch up as much as she can. The hardest thing is mealtimes – she can take 45 minutes to eat a few spoonfuls and we worry about her weight. We would love her to be able to tell us what she wants, with words or signs. We are both learning Makaton signs and we want nursery to use the same ones. When Dad is deployed it helps if everyone sends updates to Mum in one place.”"),
  ("h", "Hopes for the future"),
  ("p", "Rosie's parents hope she will sit and crawl on her own, eat a full meal without a struggle, start to use words or signs to ask for what she wants, and join her brother at Seacombe Infant School when she reaches Reception age in September 2029, with the right help. They would like her to make friends at nursery and to enjoy swimming at the leisure centre like Alfie."),
 ],
 "B": [
  ("p", "Rosie's development was assessed by her Portage home visitor using the Portage checklist (July 2026) and by the educational psychologist (June 2026). Because Rosie was born very early, professionals also look at her ‘corrected age’ (her age counted from her due date), which is about 16 months."),
  ("h", "Communication and interaction"),
  ("p", "Rosie understands some familiar words in context, such as ‘bath’, ‘bye-bye’ and ‘Alfie’, and looks towards people when they are named. She babbles using ‘ba’, ‘da’ and ‘ma’ sounds and uses reaching, looking and crying to ask for things. She does not yet use any single words or signs consistently. Her early communication is at about the 9 to 12-month level. She takes turns in babble with an adult for two or three turns."),
  ("h", "Cognition and learning"),
  ("p", "Rosie explores toys with her mouth and hands, bangs objects together and can find a toy hidden under a cloth. She is beginning to understand cause and effect, pressing a button to make a toy light up. Her play skills are at around the 10 to 12-month level. The educational psychologist describes her as curious, with good attention for things that interest her, for up to 3 or 4 minutes at a time."),
  ("h", "Social, emotional and mental health"),
  ("p", "Rosie is securely attached to her parents and settles with her key worker after about 10 minutes. She becomes overwhelmed in busy, noisy rooms and needs a quiet space with a familiar adult to calm. She enjoys simple people games such as peekaboo but does not yet start them herself."),
  ("h", "Sensory and/or physical"),
  ("p", "Rosie has low muscle tone in her trunk and tight muscles in her legs. She can roll both ways and sit when propped, but she topples after about a minute without support. She is not yet crawling. She can hold a toy in each hand but finds it hard to pass a toy from one hand to the other. Positioning and movement need to be built into her play throughout the day. Rosie's hearing was checked in June 2026 and is within the typical range."),
 ],
 "C": [
  ("p", "Rosie's health needs come from her very premature birth. They are described in the advice of her consultant paediatrician, respiratory nurse, physiotherapist, speech and language therapist and dietitian, listed in Section K."),
  ("ul", ["Chronic lung disease of prematurity: Rosie needs oxygen at night (0.1 litres per minute through a nasal tube) and when she has a cold. She does not need oxygen during the day at nursery.",
          "Eating and drinking: Rosie has difficulty with chewing and swallowing (dysphagia). She needs smooth or mashed food and thickened drinks, and must be fed sitting upright by an adult trained in her eating and drinking plan. Her weight is on the 2nd centile.",
          "Movement: low tone in her trunk and tightness in her legs, monitored by her physiotherapist.",
          "Eyes: Rosie was treated for retinopathy of prematurity (an eye condition of premature babies) when she was in hospital. The eye clinic checked her in March 2026: she has no difficulty with her vision now, but she needs an eye check every year because of that early treatment."]),
 ],
 "D": [
  ("p", "A social care assessment was completed by the Disabled Children's Team in August 2026 (advice listed in Section K). It found that Rosie has no assessed social care needs at present: her parents meet her care needs well, with help from her grandparents in Hilsey when Dad is at sea. The family have been told about the short breaks local offer and about support for Royal Navy families through the Naval Families Federation, and they know how to contact the Disabled Children's Team if things change."),
 ],
 "G": [
  ("p", "The health provision below is reasonably required by Rosie's learning difficulties and disabilities. It is taken from the advice listed in Section K."),
  ("table", ["Health provision", "Who provides it", "How often and for how long"], [
   ["Review of Rosie's growth, breathing and development in the neonatal follow-up clinic", "Consultant paediatrician, Harbourne University Hospital", "Every 4 months, 30-minute appointment"],
   ["Home oxygen: review of Rosie's oxygen needs and overnight oxygen monitoring; supply and servicing of the oxygen concentrator and cylinders", "Children's community respiratory nurse; equipment supplied and serviced by the home oxygen supplier, arranged by the respiratory nurse", "Monthly home visit of 45 minutes; overnight monitoring every 3 months"],
   ["Eating and drinking (dysphagia) assessment, written eating and drinking plan, and training for parents and nursery staff in the plan", "Speech and language therapist (eating and drinking), Harbourne Children's Therapy Service", "Monthly 45-minute session at home or nursery for 6 months, then review; 1-hour training for nursery staff in October 2026"],
   ["Nutrition review of weight, length and calories, with a high-energy diet plan", "Paediatric dietitian, Harbourne University Hospital", "Every 3 months, 30 minutes"],
   ["Physiotherapy: assessment and a written positioning and movement programme for home and nursery; supportive floor seat and wedge", "Paediatric physiotherapist, Harbourne Children's Physiotherapy Service, which also supplies and maintains the seat and wedge", "Every 3 weeks, 45 minutes, alternating home and nursery; programme reviewed each half term"],
   ["Yearly eye check because of Rosie's early treatment for retinopathy of prematurity", "Paediatric eye clinic (orthoptist and ophthalmologist), Harbourne University Hospital", "Once a year, next due March 2027"]]),
  ("h", "Health agreement"),
  ("p", "The health provision in this section was reviewed and agreed on behalf of Coast and Isles Integrated Care Board by Dr Helen Okafor, Designated Clinical Officer (DCO) for SEND, on 15 September 2026."),
 ],
 "H1": [("p", "None. Rosie has no assessed social care needs (Disabled Children's Team assessment, August 2026). Her parents were given information about the short breaks local offer, including the Saturday stay-and-play at Seacombe Children's Centre, and decided they do not need it at present.")],
 "H2": [("p", "None at present. Early help was discussed with Rosie's parents during the assessment; they know they can ask their health visitor or the Family Hub for a referral, for example while Dad is deployed.")],
 "I": [("p", "Rosie is under compulsory school age. She will attend Little Anchors Day Nursery, a private, voluntary and independent early years setting, for two mornings a week, with Portage teaching at home. Her placement will be looked at again at her six-monthly review in March 2027.")],
 "J": [("p", "No personal budget has been requested. Rosie's parents were told about personal budgets and direct payments at the planning meeting on 2 September 2026 and chose not to take one.")],
 "K": [("table", ["Advice or information", "Given by", "Date"], [
   ["Parental advice and ‘All about Rosie’ form", "Rosie's mum and dad", "10 July 2026"],
   ["Educational advice (early years)", "Jo Pratt, Portage Home Visitor, Harbourne Portage Service", "24 July 2026"],
   ["Nursery report", "Key worker and manager, Little Anchors Day Nursery", "18 July 2026"],
   ["Psychological advice", "Dr Sara Lindqvist, Educational Psychologist, Harbourne Educational Psychology Service", "30 June 2026"],
   ["Medical advice", "Dr Marcus Bell, Consultant Paediatrician (neonatal follow-up), Harbourne University Hospital", "14 July 2026"],
   ["Respiratory nursing advice", "Children's Community Respiratory Nurse, Harbourne Children's Community Nursing Team", "3 July 2026"],
   ["Speech and language therapy advice (early communication, and eating and drinking)", "Specialist Speech and Language Therapist, Harbourne Children's Therapy Service", "21 July 2026"],
   ["Physiotherapy advice", "Paediatric Physiotherapist, Harbourne Children's Physiotherapy Service", "8 July 2026"],
   ["Dietetic advice", "Paediatric Dietitian, Harbourne University Hospital", "1 July 2026"],
   ["Eye clinic letter", "Consultant Ophthalmologist, Harbourne University Hospital", "19 March 2026"],
   ["Social care advice", "Social Worker, Disabled Children's Team, Harbourne City Council", "4 August 2026"]])],
 },
 "ef_intro": ["Each outcome below is followed by the special educational provision that will help Rosie achieve it. Outcomes are reviewed at Rosie's six-monthly reviews."],
 "ef": [
  {"area": "Communication and interaction", "outcomes": [
   {"outcome": "By March 2027, Rosie will use 10 different words, signs or consistent sounds to ask for things she wants (for example ‘more’, ‘drink’, ‘up’), counted over one week at home and at nursery by her Portage home visitor on the Portage checklist.",
    "provision": [
     ("Portage home teaching: a play-based programme of small steps for communication, play and movement, planned with Rosie's parents and written into a weekly activity chart", "Weekly, 1 hour, at home, in term time", "Portage home visitor (trained Portage practitioner), Harbourne Portage Service"),
     ("Early communication therapy: a block of sessions showing Rosie's parents and key worker how to use Makaton signs, choices and ‘ready, steady … go’ games with her", "Fortnightly, 45 minutes, with Rosie and a parent or her key worker; 6 sessions then review", "Speech and language therapist (early communication), Harbourne Children's Therapy Service"),
     ("Key worker uses the same 20 Makaton signs as home (list agreed with the speech and language therapist) in every routine, and models them at snack, nappy change and home time", "Every nursery session (two mornings a week), throughout the session", "Nursery key worker (Level 3 Early Years Educator) trained in Makaton Level 1"),
     ("Makaton Level 1 training for Rosie's key worker and the nursery room leader", "One 6-hour course, completed by December 2026", "Licensed Makaton tutor, booked by the nursery's special educational needs co-ordinator (SENCo)")]},
  ]},
  {"area": "Cognition and learning; social, emotional and mental health", "outcomes": [
   {"outcome": "By July 2027, Rosie will take 3 turns with an adult in a simple game (rolling a ball, peekaboo, pressing a switch toy) on 4 out of 5 tries, recorded by her key worker in her learning journal.",
    "provision": [
     ("1:1 turn-taking and cause-and-effect play from Rosie's Portage activity chart, in a quiet corner of the baby room", "10 minutes, twice in each nursery session", "Nursery key worker, guided by the Portage home visitor"),
     ("Visit to observe Rosie, model activities for her key worker and update her nursery support plan", "Once each half term, 1 hour", "Early Years Area SENCo, Harbourne Early Years Inclusion Team"),
     ("Calm space: a screened corner with a floor mat and Rosie's favourite toys, set up before each session; her key worker takes her there as soon as she turns her head away or goes quiet", "Every nursery session", "Set up by the nursery room leader; key worker stays with Rosie")]},
  ]},
  {"area": "Sensory and physical (with health)", "outcomes": [
   {"outcome": "By September 2027, Rosie will sit on the floor without support for 5 minutes while playing with a toy in both hands, seen on three separate days by her key worker and recorded in her learning journal.",
    "provision": [
     ("Positioning and movement play programme written by Rosie's physiotherapist (see Section G), built into nursery routines: supported sitting, reaching and rolling games", "1:1, 10 minutes twice in each session, two mornings a week", "Nursery key worker, shown the programme by the physiotherapist"),
     ("The Portage home visitor includes the physiotherapy play steps in the weekly home activity chart", "Weekly, within the 1-hour home visit", "Portage home visitor")]},
   {"outcome": "By September 2027, Rosie will eat a small bowl (about 100 grams) of mashed food from a spoon at lunch without coughing or gagging, on 5 days out of 7, recorded in her feeding diary by her parents and key worker and checked by her speech and language therapist.",
    "provision": [
     ("Nursery staff follow Rosie's eating and drinking plan (see Section G) at snack and lunch: Rosie sits upright in her supportive seat and is offered food at her own pace", "Every snack and meal at nursery, 1:1", "Key worker or room leader trained in the plan by the speech and language therapist"),
     ("Key worker completes Rosie's feeding diary and sends it home in her communication book", "Every nursery session", "Nursery key worker")]},
  ]},
 ],
 "f_extra_title": "Provision across the nursery session (Section F)",
 "f_extra": [("ul", [
   "Rosie's key worker will be with her 1:1 for the whole of both nursery sessions (2 × 3.5 hours a week), funded through Harbourne's early years inclusion fund, so that her programmes, feeding and positioning happen safely.",
   "A home–nursery communication book, completed by the key worker at the end of every session and read and added to by Rosie's parents, so that information is shared with Mum when Dad is at sea.",
   "From April 2027, the Area SENCo will hold a 1-hour planning meeting with Rosie's parents and the nursery to plan her move to her funded three-year-old hours in September 2027."])],
})

# ====================================================================== v202 (bold-statutory, FAIL)
PLANS.append({
 "id": "v202", "layout": "bold-statutory", "typed": ("•", "o"),
 "front": [("Child's first name", "Tomasz"), ("Age", "7"), ("School year", "Year 2 (Key Stage 1)"),
           ("Setting", "St Anne's Church of England Primary School, Northmarsh"),
           ("Date this plan was issued", "12/03/2026"),
           ("Last annual review", "26/02/2026 (plan amended following the review)"),
           ("Next review", "February 2027"),
           ("Case officer", "Case Officer, Special Educational Needs and Disabilities Service (North Team), Harbourne City Council")],
 "intro": intro("Tomasz", "his"),
 "sections": {
 "A": [
  ("h", "About me – in my own words"),
  ("p", "Tomasz told us these things in January 2026, talking with his teaching assistant (TA), Mrs Kowal, and looking through a photo book of his school day. We have written them as he said them."),
  ("p", "My name is Tomasz and I am 7. I live with my mama, my tata and my baby sister Zofia. We speak Polish at home and English at school. I like Lego, trains, the ferries at the harbour and football. I am the goalkeeper at playtime because I can stand in the goal with my frame. I am good at maths and I can count to 100 in English and in Polish."),
  ("p", "I don't like it when my legs get tired and I can't keep up with my friends. I don't like writing because my hand gets sore. I like it when Mrs Kowal helps me with my coat so I am not last out to play."),
  ("h", "What my family say"),
  ("p", "Tomasz's parents say he is cheerful, kind and very determined, and they are proud of how hard he works at his exercises. They worry about his seizures, which started last year, and about how tired he gets by Thursday and Friday. They want school to keep telling them about his day in the home–school book, and they would like a Polish interpreter at meetings."),
  ("h", "Hopes and dreams"),
  ("p", "Tomasz wants to be a ferry captain ‘on the big boats at the harbour’. He would like to walk round the playground without his frame and play football with his friends. His parents hope he will look after himself more at school, keep up with his reading and move up to Northmarsh Junior School with his friends in Year 3."),
 ],
 "B": [
  ("h", "Cognition and learning"),
  ("p", "Tomasz is a quick thinker. His mathematics is at the level expected for Year 2: he adds and subtracts numbers to 20 in his head and is learning his 2, 5 and 10 times tables. His reading is behind that of his classmates: he is reading Book Band 5 (green) books, about a year below what is expected, because he missed a lot of Reception for hospital appointments and finds it hard to keep his place on the page. His writing is short because handwriting is tiring for him; he can tell an adult a long, well-ordered story."),
  ("h", "Communication and interaction"),
  ("p", "Tomasz speaks Polish and English fluently for his age and has no special educational needs in this area. He explains his ideas clearly and asks for help."),
  ("h", "Social, emotional and mental health"),
  ("p", "Tomasz is well liked and has two close friends. He becomes frustrated and tearful when he is tired or cannot join in a game, usually in the afternoons and at the end of the week."),
  ("h", "Sensory and/or physical"),
  ("p", "Tomasz has cerebral palsy affecting both legs (spastic diplegia). He walks with a rear walking frame for short distances in school and uses a self-propelled wheelchair for longer distances and trips. He wears ankle splints. He tires quickly and needs to rest his legs during the day. The muscles in his hands are also tight, so he uses a pencil grip, and he needs help with zips, buttons and shoes."),
 ],
 "C": [
  ("p", "Tomasz has cerebral palsy (spastic diplegia) because he was born at 28 weeks. He is seen by the community paediatrician, the physiotherapy team and the orthotics service, and wears ankle-foot orthoses (splints) every day."),
  ("p", "In May 2025 Tomasz was diagnosed with epilepsy (focal seizures with impaired awareness). He takes levetiracetam twice a day at home. He has on average two seizures a month at school: he stares, does not respond and sometimes his right arm jerks. The seizures last 1 to 3 minutes and he is very tired for about an hour afterwards. He has an emergency rescue medicine (buccal midazolam) prescribed if a seizure lasts longer than 5 minutes. The epilepsy nurse advises that all adults who work with him must know his seizure plan."),
  ("p", "Tomasz's hand function and self-care are also affected by his cerebral palsy (see Section B)."),
 ],
 "D": [
  ("p", "Social care advice was given by the Disabled Children's Team on 9 January 2026 after a short assessment. Tomasz's care needs at home are met by his parents, and the family do not have any assessed social care needs. The family were given information about the short breaks local offer and the Saturday Sports Club for disabled children at the Northmarsh Leisure Centre."),
 ],
 "E": [
  ("p", "These outcomes are for the end of Key Stage 1 (July 2026) and the first year of Key Stage 2 (to July 2027). Progress will be checked at each termly review meeting."),
  ("ol", [
   "Moving around school: By February 2027, Tomasz will walk with his frame from his classroom to the dining hall (about 40 metres) without stopping, on 4 out of 5 days in a two-week check recorded by his TA.",
   "Reading: By July 2027, Tomasz will read a Book Band 7 (turquoise) book aloud with 90% accuracy, checked by his class teacher in a running record each half term.",
   "Looking after myself: By July 2027, Tomasz will put on his coat and do up the zip without adult help in under 3 minutes, on 4 out of 5 days, recorded by his TA.",
   "Tiredness and wellbeing: By February 2027, Tomasz will be given a 10-minute rest and movement break by his TA in the sensory room twice each day, recorded on his daily log.",
   "Writing: By July 2027, Tomasz will write two sentences about his weekend with capital letters and full stops, using his pencil grip and sloping board, in 3 out of 4 weekly diary pieces checked by his class teacher.",
   "Playing with friends: By July 2027, Tomasz will join a playground game with at least two friends on 3 playtimes a week, using his frame or wheelchair, recorded by the lunchtime supervisor on his playtime chart."]),
 ],
 "F": [
  ("h", "Support across the school day"),
  ("ul", ["A teaching assistant trained in moving and handling, for 25 hours a week (the whole school day), to help Tomasz move round school safely, with personal care, and to deliver the programmes below.",
          "The class teacher breaks written tasks into short steps and gives Tomasz a printed copy of board work at every lesson, so that he does not have to copy."]),
  ("h", "Reading and writing"),
  ("ul", ["Read Write Inc. phonics catch-up, 1:1, 15 minutes every day, delivered by a TA trained in Read Write Inc.",
          "A pencil grip and sloping writing board, provided by the special educational needs co-ordinator (SENCo) and kept in his tray.",
          "A laptop with word-prediction software for writing more than three sentences, set up and kept updated by the school’s information technology (IT) technician."]),
  ("h", "Physical"),
  ("ul", ["Tomasz's physiotherapy exercise programme (see Section G), carried out 1:1 by his TA for 20 minutes every day after lunch in the school hall.",
          "Practice of the dressing steps set by the occupational therapist, 1:1 with his TA, 5 minutes at home time and before every physical education (PE) lesson.",
          "A wheelchair-accessible classroom, ramped exits and an accessible toilet with a grab rail, maintained by the school site manager."]),
  ("h", "Friendships and wellbeing"),
  ("ul", ["A playground games group of Tomasz and 3 friends, led by his TA, 15 minutes twice a week, using games adapted for his frame.",
          "A rest break on a beanbag in the sensory room, 10 minutes in the morning and 10 minutes in the afternoon, supervised by his TA."]),
  ("h", "Working with the family"),
  ("ul", ["The SENCo meets Tomasz's parents once a term for 45 minutes, with a Polish interpreter booked by the school, to review progress towards his outcomes."]),
 ],
 "G": [
  ("p", "The health provision below is drawn from the health advice in Section K."),
  ("ul", ["Physiotherapy: the community paediatric physiotherapist sees Tomasz at school every 6 weeks for 45 minutes, updates his exercise programme and shows his TA any new exercises.",
          "Orthotics: the orthotist at Harbourne University Hospital reviews his ankle-foot orthoses every 6 months (30-minute appointment) and replaces them when he outgrows them.",
          "Occupational therapy: the children's occupational therapist will see Tomasz 1:1 in school for 6 weekly sessions of 45 minutes in the summer term 2026 to teach him handwriting and dressing skills (zips, buttons and shoes), then give his TA a programme to continue.",
          "Wheelchair: Harbourne Wheelchair Service reviews his wheelchair once a year and carries out repairs within 5 working days of being told by school or his parents.",
          "Community paediatrician: review of Tomasz's cerebral palsy every 6 months in clinic (30-minute appointment)."]),
 ],
 "H1": [("p", "None. The Disabled Children's Team found no assessed social care needs (January 2026). The family have information about short breaks and will contact the team if their needs change.")],
 "H2": [("p", "None.")],
 "I": [("p", "St Anne's Church of England Primary School, Northmarsh (mainstream voluntary aided primary school). From September 2026: Northmarsh Junior School (mainstream community junior school), as agreed at the annual review.")],
 "J": [("p", "No personal budget has been requested.")],
 "K": [("ul", [
   "Parental advice – Tomasz's mum and dad (with a Polish interpreter), 14 January 2026",
   "Tomasz's views – recorded by Mrs Kowal, Teaching Assistant, 20 January 2026",
   "Educational advice – Mrs L Grant, SENCo, St Anne's Church of England Primary School, 22 January 2026",
   "Psychological advice – Mr Owen Price, Educational Psychologist, Harbourne Educational Psychology Service, 8 December 2025",
   "Medical advice – Dr Anika Shah, Community Paediatrician, Harbourne Children's Community Health Services, 16 December 2025",
   "Epilepsy nursing advice – Paediatric Epilepsy Nurse Specialist, Harbourne University Hospital, 5 January 2026",
   "Physiotherapy advice – Paediatric Physiotherapist, Harbourne Children's Physiotherapy Service, 12 January 2026",
   "Occupational therapy advice – Children's Occupational Therapist, Harbourne Children's Therapy Service, 15 January 2026",
   "Orthotics report – Orthotist, Harbourne University Hospital, 24 November 2025",
   "Wheelchair Service report – Harbourne Wheelchair Service, 27 November 2025",
   "Social care advice – Social Worker, Disabled Children's Team, Harbourne City Council, 9 January 2026"])],
 },
})

# ====================================================================== v203 (shaded-heading-table, SOUND)
PLANS.append({
 "id": "v203", "layout": "shaded-heading-table",
 "front": [("Child's first name", "Freya"), ("Age", "9"), ("School year", "Year 5 (Key Stage 2)"),
           ("Setting", "Seacombe Junior School and its Hearing Impairment Resource Base"),
           ("Date this plan was issued", "6 November 2026"),
           ("Last annual review", "14 October 2026"),
           ("Next review", "October 2027"),
           ("Case officer", "Case Officer, Special Educational Needs and Disabilities Service (Sensory), Harbourne City Council")],
 "intro": intro("Freya", "her"),
 "sections": {
 "A": [
  ("h", "How Freya's views were gathered"),
  ("p", "Freya gave her views in British Sign Language (BSL) to her Teacher of the Deaf, Ms Hughes, on 22 September 2026. They were translated into English by the school's registered BSL/English interpreter and then signed back to Freya so that she could check them. Her parents gave their views in BSL at the annual review meeting on 14 October 2026, with a registered interpreter."),
  ("h", "Freya's views (translated from BSL)"),
  ("p", "I am Freya and I am 9. I am Deaf and so are my mum, my dad and my big brother Kit. BSL is my first language. In the mornings I work in the Deaf base with Ms Hughes and my Deaf friends Ruby and Hassan, and in the afternoons I am in Oak class."),
  ("p", "I love drawing sea creatures, swimming, and my cat Pebble. I am good at maths and art, and I am really good at signing stories – my class laugh at my octopus story. I like it when hearing children in my class learn signs."),
  ("p", "I don't like it when people talk to me with their hand over their mouth, or when we watch a video and there are no subtitles. Sometimes at playtime hearing children run off and I don't know what the game is."),
  ("p", "When I grow up I want to be a marine biologist and study dolphins. I want to go to a secondary school where there are other Deaf children."),
  ("h", "What Freya's parents say"),
  ("p", "“Freya is a confident, funny girl who is proud to be Deaf. We want her to have access to BSL all day at school, and we want her English reading and writing to catch up so that she can do well at secondary school. Her maths is strong. We want her to have Deaf friends and hearing friends, and to know how to ask for what she needs. We would like reports from school in plain English and to meet with an interpreter.”"),
  ("h", "Freya's hopes for the future"),
  ("ul", ["To become a marine biologist and work with dolphins.",
          "To go to a secondary school with a Deaf base and other Deaf pupils.",
          "To read ‘big books’ about the sea on her own.",
          "To swim in the sea off Seacombe beach with her brother."]),
 ],
 "B": [
  ("h", "Communication and interaction"),
  ("p", "Freya is a fluent BSL user. On the BSL Receptive Skills Test (September 2026) her understanding of BSL is at the level expected for her age. English is her second language; she reads and writes English but does not use speech to communicate. She uses fingerspelling well and can lip-read a few familiar words in a quiet room. In mainstream lessons she needs everything a teacher or classmate says to be signed, and she misses incidental conversation at playtime."),
  ("h", "Cognition and learning"),
  ("p", "Freya's mathematics is at the expected standard for Year 5 and she is quick to see patterns. Her reading age on the school's standardised test in September 2026 was 7 years 6 months; she decodes well but finds English grammar and vocabulary hard, especially past tenses, joining words and idioms. Her written English follows BSL word order (for example ‘Yesterday beach me go’). She has regular contact with Deaf adults through the Deaf club, which gives her a rich vocabulary in BSL that can be bridged into English."),
  ("h", "Social, emotional and mental health"),
  ("p", "Freya is confident and happy with Deaf peers and adults. With hearing pupils she can feel left out in unstructured times. She is beginning to tell adults when she has missed something but sometimes pretends to understand."),
  ("h", "Sensory and/or physical"),
  ("p", "Freya has a profound, permanent hearing loss in both ears (bilateral sensorineural hearing loss) from birth. She wears two hearing aids, which give her awareness of environmental sounds such as the fire alarm, and a radio aid in class. She does not hear speech clearly even with her aids."),
 ],
 "C": [
  ("p", "Freya has a profound, permanent sensorineural hearing loss in both ears, present from birth, confirmed by the Children's Hearing Service at Harbourne University Hospital. She has no difficulty with her general health, but her hearing and hearing aids need checking by the audiology service, and her earmoulds need replacing as she grows. Genetic testing in 2022 found the cause of her deafness is inherited; the audiovestibular physician reviews her once a year."),
 ],
 "D": [
  ("p", "Social care advice was requested from the Disabled Children's Team, which replied on 20 September 2026 after reviewing the family's information and speaking with Freya's parents through an interpreter. Freya has no social care needs related to her deafness: her family meet her care needs fully and communicate with her in BSL at home. The family know about the local offer, including the Harbourne Deaf Children's Society youth club and the short breaks offer, and chose not to apply for short breaks."),
 ],
 "E": [
  ("p", "Freya's outcomes run to the end of Year 5 and into the move to secondary school. Her Teacher of the Deaf will report progress at each termly review."),
  ("h", "E1 Reading"),
  ("p", "By July 2027, Freya will read and understand books at a reading age of 9 years on the school's standardised reading test (7 years 6 months in September 2026), tested by her Teacher of the Deaf."),
  ("h", "E2 Writing"),
  ("p", "By July 2027, Freya will write a one-page report in English about a sea creature, using correct past tenses and the joining words ‘because’, ‘so’ and ‘but’, in 4 out of 5 pieces marked by her class teacher."),
  ("h", "E3 Friendships and clubs"),
  ("p", "By April 2027, Freya will access the after-school art club independently, signing herself in and taking part with hearing pupils using her own strategies (gesture, writing, a friend who fingerspells), at 8 of 10 sessions, recorded by the club leader."),
  ("h", "E4 Speaking up for myself"),
  ("p", "By July 2027, Freya will check her own hearing aids and radio aid each morning and tell an adult when they are not working, and will sign ‘I missed that – please repeat’ when she has missed information, on 9 out of 10 school days in a two-week check, recorded by her communication support worker."),
  ("h", "E5 Moving to secondary school"),
  ("p", "By March 2028, Freya will receive an offer of a place at a secondary school with a hearing impairment resource base that she has chosen, having visited at least two schools with her parents and her Teacher of the Deaf and signed her views about each one on a recorded video."),
 ],
 "F": [
  ("h", "Teaching"),
  ("ul", ["Teaching of English and reading in the Hearing Impairment Resource Base by a Qualified Teacher of the Deaf (QTOD), in a group of no more than 5 Deaf pupils, for 1 hour every morning (5 hours a week).",
          "A 1:1 reading programme that bridges BSL and English vocabulary and grammar, three times a week for 20 minutes, delivered by the QTOD.",
          "Pre-teaching of the next week's topic vocabulary, in a group of no more than 4 Deaf pupils, every Friday for 30 minutes, delivered by the communication support worker using the QTOD's word list.",
          "A BSL storytelling and Deaf studies session with the other Deaf pupils (a group of no more than 6), every other Tuesday for 45 minutes, led by a Deaf Instructor from Harbourne Sensory Support Service."]),
  ("h", "Communication support"),
  ("ul", ["A communication support worker (CSW) qualified to at least BSL Level 3 signs for Freya in every mainstream lesson, assembly and school club (about 20 hours a week), and during the first 10 minutes of each lunchtime to help her join a game.",
          "The Head of the Resource Base (a QTOD) meets Freya's class teacher every two weeks for 30 minutes to plan how lessons will be made accessible.",
          "Deaf awareness training for Freya's class (1 hour at the start of each school year) and for every new adult who teaches her (1 hour within their first two weeks), delivered by the QTOD.",
          "All videos used in lessons are subtitled or signed; the class teacher checks this when planning each lesson."]),
  ("h", "Equipment and access arrangements"),
  ("ul", ["A personal radio aid linked to Freya's hearing aids, provided by Harbourne Sensory Support Service, checked every morning by her CSW and serviced each term by the educational audiologist.",
          "25% extra time in all school tests and assessments, with questions in mathematics and science signed by her CSW, arranged by the special educational needs co-ordinator (SENCo).",
          "From January 2028, the Head of the Resource Base will apply to the Standards and Testing Agency for the same arrangements for Freya's Key Stage 2 national tests."]),
  ("h", "Moving to secondary school"),
  ("ul", ["By July 2027, the QTOD will arrange and go with Freya and her parents on two visits, of 2 hours each, to secondary schools with a hearing impairment resource base, with a registered interpreter for her parents.",
          "In the summer term of Year 6 (2028), the QTOD will give Freya's new school a 1-hour handover meeting and a signed ‘All about me’ video made with Freya."]),
 ],
 "G": [
  ("ul", ["Paediatric audiology: Children's Hearing Service, Harbourne University Hospital – hearing test and hearing aid review every 6 months (45 minutes); new earmoulds taken at each review and when they no longer fit, usually every 3 to 4 months.",
          "Hearing aid repairs and batteries: Children's Hearing Service – repairs and replacement aids within 2 working days of a fault being reported by school or parents; batteries posted to the family every month.",
          "Audiovestibular medicine: Consultant Audiovestibular Physician, Harbourne University Hospital – yearly 30-minute review of Freya's hearing and general health related to her deafness."]),
  ("h", "Health agreement"),
  ("p", "Confirmed on 30 October 2026 by Dr Helen Okafor, Designated Clinical Officer (DCO), Coast and Isles Integrated Care Board (ICB): the health provision in Section G is agreed."),
 ],
 "H1": [("p", "None. See Section D: the Disabled Children's Team found no social care needs; short breaks were discussed with the family, who chose not to apply.")],
 "H2": [("p", "None.")],
 "I": [("p", "Seacombe Junior School (mainstream community junior school), including its Hearing Impairment Resource Base.")],
 "J": [("p", "Freya's parents have not asked for a personal budget.")],
 "K": [("table", ["Advice or information", "Given by", "Date"], [
   ["Freya's views (BSL, translated)", "Freya, with Ms R Hughes, QTOD", "22 September 2026"],
   ["Parents' views", "Freya's mum and dad, through a registered BSL/English interpreter", "14 October 2026"],
   ["Educational advice (hearing impairment)", "Ms R Hughes, Qualified Teacher of the Deaf and Head of Resource Base, Seacombe Junior School", "25 September 2026"],
   ["School report and attainment", "Class teacher and SENCo, Seacombe Junior School", "29 September 2026"],
   ["Psychological advice", "Dr Tom Adebayo, Educational Psychologist, Harbourne Educational Psychology Service", "19 January 2026"],
   ["Medical advice", "Dr Clare Moss, Consultant Audiovestibular Physician, Harbourne University Hospital", "11 August 2026"],
   ["Audiology report", "Senior Paediatric Audiologist, Children's Hearing Service, Harbourne University Hospital", "7 July 2026"],
   ["Educational audiology report (radio aid)", "Educational Audiologist, Harbourne Sensory Support Service", "15 September 2026"],
   ["Social care advice", "Social Worker, Disabled Children's Team, Harbourne City Council", "20 September 2026"]])],
 },
})

# ====================================================================== v204 (ef-table, FAIL)
PLANS.append({
 "id": "v204", "layout": "ef-table",
 "front": [("Child's first name", "Yonas"), ("Age", "4 years 10 months"),
           ("School year", "Reception (Early Years Foundation Stage)"),
           ("Setting", "Dockside Primary School"),
           ("Date this plan was issued", "2 October 2026"),
           ("Last annual review", "None – first EHC plan"),
           ("Next review", "April 2027 (six-monthly, as Yonas is under five)"),
           ("Case officer", "Case Officer, Special Educational Needs and Disabilities Service (Early Years), Harbourne City Council")],
 "intro": intro("Yonas", "his"),
 "ef_header": ["Outcome", "Provision", "Frequency", "Who"],
 "sections": {
 "A": [
  ("h", "How Yonas shared his views"),
  ("p", "Yonas speaks Tigrinya at home and is beginning to learn English. His views were gathered in June and July 2026 by his nursery key worker, Miss Amal, who watched him play over four sessions, and by the educational psychologist, who played with him with a Tigrinya interpreter present. Yonas pointed to photographs to show what he likes and does not like."),
  ("h", "What Yonas likes"),
  ("ul", ["Cars, buses and the big ships he sees from the hotel window.",
          "Running and climbing outside, especially on the climbing frame.",
          "Playing in the sand tray and pouring water.",
          "His mum singing to him, and his baby brother Dawit."]),
  ("h", "What Yonas does not like"),
  ("ul", ["Loud sudden noises, such as the school bell or hand dryers – he covers his ears and hides under a table.",
          "Being in the busy dining hall.",
          "Being told to stop an activity without warning."]),
  ("h", "What people like about Yonas"),
  ("p", "Yonas is gentle with younger children and loves to help tidy up. He has a lovely smile and a great sense of fun. His key worker says he is brave: he has had a great deal of change in his short life and still comes into school every day."),
  ("h", "Yonas's story"),
  ("p", "Yonas and his family came to the United Kingdom from Eritrea in late 2025 to seek asylum. Since January 2026 they have lived in one room at the Marina View Hotel in Dockside, while they wait for a Home Office decision. Yonas's dad is at the hotel with the family. Yonas started in the school nursery in April 2026 and moved to Reception in September 2026."),
  ("h", "What Yonas's parents say (with a Tigrinya interpreter)"),
  ("p", "“We want Yonas to speak well in Tigrinya and in English, to make friends and to be happy at school. At home he is not talking as much as his cousins did at his age. He is still in nappies and we are worried about this. The hotel is noisy and he does not sleep well. One day we hope he will be a doctor.”"),
 ],
 "B": [
  ("h", "Communication and interaction"),
  ("p", "The speech and language therapist assessed Yonas in July 2026 with a Tigrinya interpreter. His difficulties are present in his home language as well as in English, so they are not only because he is learning English. He uses single words and some two-word phrases in Tigrinya, understands simple instructions with one key word and uses pointing and leading an adult by the hand to communicate. In English he understands ‘toilet’, ‘coat’, ‘outside’ and ‘home time’."),
  ("h", "Cognition and learning"),
  ("p", "Yonas's play and early learning are at around the 30 to 36-month level. He can match colours and complete a 4-piece inset puzzle. He enjoys counting rhymes and can count 3 objects with an adult."),
  ("h", "Social, emotional and mental health"),
  ("p", "Yonas startles easily and becomes very upset with sudden noise or change. When upset he hides and can take 20 minutes to calm. He plays alongside other children but does not yet join their games. The educational psychologist notes that his early experiences and his family's uncertain situation are likely to add to his anxiety."),
  ("h", "Sensory and/or physical"),
  ("p", "Yonas is very active and seeks movement. His gross motor skills are a strength. He is not yet toilet trained."),
 ],
 "C": [
  ("p", "Yonas has no difficulty with his hearing (tested at the audiology clinic in May 2026), but he is not yet toilet trained and has ongoing constipation, for which he takes a daily laxative prescribed by the community paediatrician. The paediatrician also reviews his development because of his language and play."),
 ],
 "D": [
  ("p", "A child and family assessment by Harbourne Children's Services in June 2026 found that the family's needs arise mainly from their housing and asylum situation. The family live in one hotel room, have very little money and no local family. There are no safeguarding concerns. The social worker recommended an early help plan with a family support worker, which began in July 2026."),
 ],
 "G": [
  ("table", ["Health provision", "Who", "How often"], [
   ["Continence assessment and a written toileting plan for home and school; training of Yonas's teaching assistant and parents in the plan", "School Nursing Continence Team, Harbourne Children's Community Health Services", "Assessment in October 2026, then a 30-minute review every 6 weeks until Yonas is dry in the day"],
   ["Review of constipation, laxatives and development", "Community paediatrician, Harbourne Children's Community Health Services", "Every 4 months, 30 minutes, with a Tigrinya interpreter"],
   ["Supply of nappies and continence products until Yonas is toilet trained", "Children's Continence Service", "Delivered to the hotel every 12 weeks"]]),
  ("p", "The health provision in this section was reviewed and supported by Dr Helen Okafor, Designated Clinical Officer, Coast and Isles Integrated Care Board, on 24 September 2026."),
 ],
 "H1": [("p", "None. Yonas does not have assessed needs for short breaks; the family were given the short breaks local offer leaflet in Tigrinya.")],
 "H2": [("ul", ["Early help: a family support worker from the Dockside Family Hub visits the family at the hotel once a week for 1 hour for 12 weeks (July to October 2026, then review), helping with sleep routines, registering with a dentist and the hotel's move-on plans.",
                "The family support worker links the family with the Harbourne Refugee Welcome Network, which runs a free weekly stay-and-play session."])],
 "I": [("p", "Dockside Primary School (mainstream community primary school), Reception class.")],
 "J": [("p", "No personal budget has been requested.")],
 "K": [("table", ["Advice", "From", "Date"], [
   ["Parents' views (with a Tigrinya interpreter)", "Yonas's mum and dad", "30 June 2026"],
   ["Educational advice", "Mrs Kay Hill, special educational needs co-ordinator, Dockside Primary School", "10 July 2026"],
   ["Psychological advice", "Dr Sara Lindqvist, Educational Psychologist", "8 July 2026"],
   ["Medical advice", "Dr Anika Shah, Community Paediatrician", "2 July 2026"],
   ["Speech and language therapy advice", "Speech and Language Therapist, Harbourne Children's Therapy Service", "14 July 2026"],
   ["Continence advice", "School Nurse, Continence Team", "21 July 2026"],
   ["Audiology report", "Paediatric Audiologist, Harbourne University Hospital", "20 May 2026"],
   ["Social care advice (child and family assessment)", "Social Worker, Harbourne Children's Services", "24 June 2026"]])],
 },
 "ef_intro": ["The table shows what we want for Yonas and the help he will get."],
 "ef": [
  {"area": "Communication and interaction", "outcomes": [
   {"outcome": "Yonas will receive 1:1 support from a teaching assistant to develop his language.",
    "provision": [
     ("Regular speech and language therapy input", "Termly", "Speech and language therapist"),
     ("Small group language sessions (Talk Boost)", "Weekly", "Teaching assistant"),
     ("Adults use short sentences of 2 to 3 words with Yonas and model words for what he is doing during play", "Throughout every day", "All staff in the Reception class")]},
   {"outcome": "Staff will use visual supports and Makaton with Yonas throughout the day.",
    "provision": [
     ("Visual timetable with photographs, and ‘now and next’ board", "Every day, checked with Yonas at each change of activity", "Class teacher makes; teaching assistant uses"),
     ("Makaton training for Reception staff", "One 3-hour session in the autumn term 2026", "Speech and language therapist")]},
  ]},
  {"area": "Social, emotional and mental health", "outcomes": [
   {"outcome": "Yonas will be happier and more settled in class.",
    "provision": [
     ("Access to a quiet space as appropriate", "When needed", "All staff"),
     ("Opportunities to play with peers where possible", "Daily", "Teaching assistant"),
     ("Warning before noisy events (bell, fire drill, hand dryers) using a picture card and ear defenders", "Before every planned noisy event", "Teaching assistant; ear defenders kept in the classroom by the class teacher")]},
  ]},
  {"area": "Sensory and physical; independence", "outcomes": [
   {"outcome": "By July 2027, Yonas will feel confident using the toilet at school.",
    "provision": [
     ("Toileting routine from the continence team's plan (see Section G): taken to the toilet at set times and praised for sitting", "Every 90 minutes through the school day", "Teaching assistant trained by the continence team")]},
   {"outcome": "Yonas is given a sensory circuit every morning.",
    "provision": [
     ("Sensory circuit (alerting, organising and calming activities) in the hall", "Daily, 15 minutes at the start of the day", "Teaching assistant trained in sensory circuits, with up to 4 other children")]},
  ]},
 ],
 "f_extra_title": "Other provision (Section F)",
 "f_extra": [("ul", ["Early learning: 1:1 play-based teaching of matching, sorting and counting to 5 in small steps, 15 minutes every day, delivered by the teaching assistant using a plan written by the class teacher.",
                     "A teaching assistant for 20 hours a week in the Reception class, shared with one other child, to support Yonas in play, routines and the programmes above.",
                     "The special educational needs co-ordinator (SENCo) meets Yonas's parents with a Tigrinya interpreter once each half term for 30 minutes."])],
})

# ====================================================================== v205 (bold-statutory, SOUND)
PLANS.append({
 "id": "v205", "layout": "bold-statutory", "typed": ("-", "o"),
 "front": [("Child's first name", "Kai"), ("Age", "11"), ("School year", "Year 6 (moving to Year 7 in September 2026)"),
           ("Setting", "Hilsey Park Primary School; from September 2026, Harbour View Academy"),
           ("Date this plan was issued", "18th June 2026"),
           ("Last annual review", "3rd June 2026 (phase transfer review)"),
           ("Next review", "June 2027"),
           ("Case officer", "Case Officer, Special Educational Needs and Disabilities Service (Children in Care), Harbourne City Council")],
 "intro": intro("Kai", "his"),
 "sections": {
 "A": [
  ("h", "My views"),
  ("p", "Kai wrote this with his key adult, Mr Reid, in May 2026, and chose which bits to include. He asked for it to be written as he said it."),
  ("p", "I'm Kai. I'm 11 and I live with my foster carers, Jan and Pete, and their dog Skipper in Hilsey. I've lived with them for two years and it's the longest I've lived anywhere. I see my mum once a month and my nan more than that, which I like."),
  ("p", "I'm good at football, drawing cartoons and building things. I made a model of HMS Victory out of matchsticks with Pete and it took four months. I like science when we do experiments. I don't like reading out loud in front of the class, and I hate it when teachers change the plan without telling me. When I get angry I need to go somewhere quiet and then I'm okay. I don't like people saying ‘well done’ in front of everyone, it makes me feel weird."),
  ("p", "I'm worried about going to big school because I won't know where anything is. I want to be in the football team and I want a teacher I can go to if it all goes wrong."),
  ("p", "When I'm older I want to be an engineer on the ships or a cartoonist."),
  ("h", "What Kai's foster carers say"),
  ("p", "“Kai has come such a long way. He is funny and kind, he looks after Skipper without being asked, and he is brilliant with his hands. He still finds it hard to trust adults and can explode when things change suddenly, but he calms much faster than he used to. Reading is his big worry. We want him to settle at Harbour View, keep his friendships, and start to do more for himself, like walking to the shop and managing his own money.”"),
  ("h", "What Kai's mum says"),
  ("p", "Kai's mum spoke with his social worker in April 2026. She wants Kai to do well at secondary school and to keep playing football. She is pleased that he is settled with Jan and Pete and wants to keep seeing him every month."),
  ("h", "Hopes and aspirations"),
  ("ul", ["Kai: to be an engineer on ships, or a cartoonist; to get into the Year 7 football team.",
          "Foster carers: for Kai to settle at secondary school, read with confidence and become more independent in the community.",
          "Social worker and Virtual School: for Kai to stay in a stable home and school, and to do well in his studies."]),
 ],
 "B": [
  ("h", "Summary"),
  ("p", "Kai's main needs are in social, emotional and mental health, linked to early trauma and many moves before he came into care, and in literacy, where he has a specific learning difficulty (dyslexia) identified by the educational psychologist in November 2025."),
  ("h", "Social, emotional and mental health"),
  ("ul", ["Kai finds it hard to trust new adults and to accept help. He needs a key adult he knows well and who is there every day.",
          "Unexpected changes can lead to anger: shouting, leaving the classroom or throwing equipment. These incidents have fallen from about three a week in September 2025 to about one every two weeks now.",
          "Kai is embarrassed by public praise and may spoil work that is praised in front of others; quiet, private praise works well.",
          "He has a close group of friends from football and is liked by other pupils."]),
  ("h", "Cognition and learning"),
  ("ul", ["Kai's reading age (May 2026) is 8 years 9 months. He reads slowly and finds it hard to blend longer words. His spelling is well below that expected for his age.",
          "His understanding when text is read to him is at the expected level for his age, and his verbal reasoning is a strength (above average on the educational psychologist's assessment).",
          "In mathematics he is working just below the expected standard; word problems are harder because of the reading.",
          "Kai can now concentrate on a task for up to 15 minutes before needing a short movement break."]),
  ("h", "Communication and interaction"),
  ("p", "Kai has no special educational needs in this area. He talks easily with adults he trusts."),
  ("h", "Sensory and/or physical"),
  ("p", "No needs identified. Kai is fit and sporty."),
 ],
 "C": [
  ("p", "Kai has no difficulty with his physical health, but he has difficulty getting to sleep and has nightmares, and he experiences anxiety linked to his early experiences. His most recent review health assessment as a child in care was carried out by the Looked After Children Nurse in February 2026. He has been seen by the Child and Adolescent Mental Health Service (CAMHS) Children in Care team since October 2025 and has a diagnosis of post-traumatic stress symptoms; he is not on any medication."),
 ],
 "D": [
  ("p", "Kai is a looked-after child under a full care order (section 31 of the Children Act 1989) and has lived with his foster carers since May 2024. His care plan is for long-term foster care with his current carers. His social worker, Ms Dee Farrell, contributed social care advice to this plan, and the plan has been read alongside his care plan and his Personal Education Plan (PEP)."),
  ("p", "Kai's social care needs are:"),
  ("ul", ["a stable, long-term home, with support for his foster carers to meet his emotional needs;",
          "safe, planned family time with his mum and nan;",
          "help to develop independence for his age, such as going to the shop on his own and managing pocket money."]),
  ("p", "Kai's PEP is reviewed each term by the designated teacher for children in care, with the Harbourne Virtual School, his social worker and his foster carers. Targets in the PEP will match the outcomes in Section E, and the PEP meeting will be used to check progress towards them between annual reviews. The Virtual School's Pupil Premium Plus funding pays for the key adult sessions in Section F."),
 ],
 "E": [
  ("ol", [
   "Trust and feelings: By December 2026, Kai will use his ‘exit card’ and go to his agreed calm space when he feels angry, instead of shouting or throwing things, on 4 out of 5 occasions over a half term, recorded by his key adult at Harbour View Academy.",
   "Praise: By Easter 2027, when Kai receives praise from an adult in private or in class, he will accept it calmly – saying ‘thanks’ or nodding, without spoiling his work – on 8 out of 10 recorded occasions, noted by his key adult.",
   "Reading: By July 2027, Kai will raise his reading age to at least 10 years (8 years 9 months in May 2026), measured on the school's standardised reading test by the special educational needs co-ordinator (SENCo).",
   "Independence in the community: By July 2027, Kai will access the local shops independently, walking to the Hilsey parade, buying three items on a list with his pocket money and checking his change, on 3 separate occasions agreed with his foster carers and recorded in his independence diary.",
   "Settling at secondary school: By the October 2026 half term, Kai will find his way to all his lessons using his colour-coded timetable, arriving within 5 minutes of the start on 9 out of 10 days, recorded by his form tutor.",
   "Sleep: By April 2027, Kai will follow his calm bedtime routine (screens off at 8.30pm, reading with Jan or Pete, lights out by 9pm) on 5 nights out of 7, recorded by his foster carers in the sleep diary they share with CAMHS.",
   "Interests and aspirations: By July 2027, Kai will attend the Year 7 football club for at least 20 of the year's 30 sessions and will complete a design-and-build project (such as a model ship) in the engineering club, shown at the end-of-year exhibition and recorded by his head of year."]),
 ],
 "F": [
  ("h", "Key adult and emotional support"),
  ("ul", ["A named key adult (a teaching assistant trained in emotion coaching and trauma-informed practice) meets Kai 1:1 at the start of every day for 10 minutes and for a 30-minute session once a week to talk about his week and practise calming strategies. Funded by Pupil Premium Plus.",
          "An Emotional Literacy Support Assistant (ELSA) programme, 1:1, 45 minutes weekly for 8 weeks from January 2027, then review.",
          "An exit card and an agreed calm space (the learning support base), set up by the SENCo and explained to all staff who teach Kai.",
          "Private praise only: all staff give praise quietly or in writing; this is written into Kai's one-page profile, shared by the SENCo with every teacher before the start of term."]),
  ("h", "Literacy"),
  ("ul", ["A structured, multisensory reading and spelling programme (Units of Sound) delivered by a specialist teacher of dyslexia (holding an Approved Teacher Status qualification), 1:1, three times a week for 30 minutes.",
          "Reading support in lessons: text for lessons given to Kai on cream paper in a 14-point font, and a reading pen set up and maintained by the learning support base manager.",
          "Access arrangements: 25% extra time and a reader for all internal tests and examinations, arranged by the SENCo."]),
  ("h", "Transition to secondary school"),
  ("ul", ["June 2026: Kai's key adult at Harbour View visits him at Hilsey Park Primary for two sessions of 1 hour, and Kai takes part in 3 extra half-day transition visits with a small group of other pupils.",
          "A colour-coded timetable and a map of the school, made with Kai by his key adult before his first day, with a photo of each teacher.",
          "The designated teacher for children in care and the SENCo meet Kai's foster carers and social worker in the second week of September 2026 for 1 hour to check the plan is working."]),
  ("h", "Advice to staff"),
  ("ul", ["The educational psychologist gives a 1-hour consultation to Kai's teachers and key adult once each term in Year 7, and delivers a 90-minute training session on attachment and trauma to the Year 7 team in September 2026."]),
 ],
 "G": [
  ("ul", ["Child and Adolescent Mental Health Service (CAMHS) Children in Care team: trauma-focused therapy, 1:1 with Kai, fortnightly for 50 minutes for 12 sessions from July 2026, then review with Kai and his foster carers.",
          "CAMHS Children in Care team: consultation with Kai's foster carers once a month for 1 hour, on sleep and managing nightmares.",
          "Looked After Children Nurse: review health assessment every 12 months (next due February 2027), with a follow-up phone call to the foster carers after 3 months."]),
  ("p", "Health sign-off: the health provision above was reviewed by Dr Helen Okafor, Designated Clinical Officer, Coast and Isles Integrated Care Board, who confirmed it is agreed on 10th June 2026."),
 ],
 "H1": [("p", "None. Kai does not have needs that require provision under section 2 of the Chronically Sick and Disabled Persons Act 1970; his social worker considered short breaks at the last care plan review (April 2026) and they are not needed because his foster carers receive supervising social worker support.")],
 "H2": [("ul", ["Social worker visits to Kai at home and at school at least every 6 weeks, as set out in his care plan, including time alone with Kai.",
                "Supervising social worker for Kai's foster carers, Harbourne Fostering Service: monthly supervision visit of 1.5 hours, including support with Kai's independence plan.",
                "Family time with his mum once a month for 2 hours, supported by a contact worker at Hilsey Family Centre; time with his nan every other Saturday, arranged by his foster carers.",
                "Looked-after child reviews every 6 months, chaired by his Independent Reviewing Officer, which will consider this plan alongside his care plan."])],
 "I": [("p", "Until July 2026: Hilsey Park Primary School (mainstream community primary). From September 2026: Harbour View Academy (mainstream secondary academy).")],
 "J": [("p", "No personal budget has been requested. Kai's social worker and foster carers considered this and agreed that provision will be made directly.")],
 "K": [("ul", [
   "Kai's views – written with Mr Reid, key adult, Hilsey Park Primary School, 14th May 2026",
   "Foster carers' views – Jan and Pete (foster carers), 20th May 2026",
   "Mum's views – given to the social worker, 22nd April 2026",
   "Educational advice – Mrs Nadia Khan, SENCo, Hilsey Park Primary School, 12th May 2026",
   "Virtual School advice – Mr Ben Ashworth, Education Adviser, Harbourne Virtual School, 15th May 2026",
   "Psychological advice – Dr Sara Lindqvist, Educational Psychologist, 24th November 2025",
   "Medical advice – Dr Ruth Penrose, Designated Doctor for Looked After Children, Coast and Isles Integrated Care Board, 9th February 2026",
   "Health assessment – Looked After Children Nurse, review health assessment, 9th February 2026",
   "CAMHS advice – Clinical Psychologist, CAMHS Children in Care team, 30th April 2026",
   "Social care advice – Ms Dee Farrell, Social Worker, Children in Care Team, 28th April 2026",
   "Personal Education Plan – designated teacher, Hilsey Park Primary School, spring term PEP, 11th March 2026"])],
 },
})

# ====================================================================== v206 (shaded-heading-table, FAIL)
PLANS.append({
 "id": "v206", "layout": "shaded-heading-table",
 "front": [("Child's first name", "Leo"), ("Age", "8"), ("School year", "Year 3"),
           ("Setting", "Northmarsh Junior School"),
           ("Date this plan was issued", "20 May 2026"),
           ("Last annual review", "Not applicable – new plan"),
           ("Next review", "May 2027"),
           ("Case officer", "Case Officer, Special Educational Needs and Disabilities Service (Sensory), Harbourne City Council")],
 "intro": intro("Leo", "his"),
 "sections": {
 "A": [
  ("h", "Leo's views"),
  ("p", "Leo talked to his class teacher about school in March 2026, using a large-print questionnaire with pictures. This is what he said."),
  ("ul", ["“I like football – I'm in goal at playtime because I can see the ball when it's close.”",
          "“I like my iPad because I can make things big.”",
          "“I don't like it when the teacher writes on the board and I can't see it. I have to ask my friend Jack.”",
          "“I don't like bright sun – it hurts my eyes.”",
          "“When I grow up I want to play music on the radio or be a footballer.”"]),
  ("h", "Leo's parents' views"),
  ("p", "Leo's mum and dad say he is a happy, chatty boy with a great memory for songs and football scores. He has lots of friends. They want him to keep up with his class in reading and writing and to learn to use technology so that he can be independent. They want him to be safe moving around school and on trips, and to learn to touch-type. They hope he will go on to Harbour View Academy with his friends and one day have a job he loves."),
  ("h", "Strengths"),
  ("p", "Leo is confident, sociable and musical. He has an excellent memory and is good at mental maths. He is quick to learn new apps and shows other children how to use them."),
 ],
 "B": [
  ("h", "Sensory and/or physical – vision"),
  ("p", "Leo has oculocutaneous albinism with nystagmus (his eyes make small, involuntary movements). His distance vision is reduced and he is very sensitive to bright light (photophobia). He needs print enlarged to at least 24 point, cannot read from the whiteboard at a distance, and finds it hard to see steps and kerbs in bright sunlight or shadow. He tires from the effort of looking by the afternoon."),
  ("h", "Cognition and learning"),
  ("p", "Leo is working just below the expected standard in reading and writing because of the time it takes him to read print, and at the expected standard in mathematics. His handwriting is large and slow. He is learning to touch-type."),
  ("h", "Social, emotional and mental health"),
  ("p", "Leo is confident with friends. He is beginning to notice that he is different and sometimes refuses to use his magnifier in front of others."),
  ("h", "Communication and interaction"),
  ("p", "No needs in this area."),
 ],
 "C": [
  ("p", "Leo has oculocutaneous albinism, a lifelong genetic condition affecting the colour of his skin, hair and eyes. This causes reduced vision, nystagmus and sensitivity to bright light. He is under the care of the paediatric ophthalmology clinic at Harbourne University Hospital, where he has his vision and glasses checked, and he attends the low vision clinic for magnifiers."),
 ],
 "D": [
  ("p", "Social care advice from the Disabled Children's Team (letter dated 2 April 2026) states that Leo has no social care needs: his parents meet all his care needs and the family do not need support. Short breaks and the local offer were discussed with the family, who did not want them."),
 ],
 "E": [
  ("h", "Outcome 1: Reading"),
  ("p", "By May 2027, Leo will read a Year 3 level book in 24-point print at 70 words per minute with 95% accuracy, measured by his class teacher each half term."),
  ("h", "Outcome 2: Using technology"),
  ("p", "By May 2027, Leo will touch-type at 15 words per minute with 90% accuracy using a typing programme, checked each term by his teaching assistant."),
  ("h", "Outcome 3: Moving around safely"),
  ("p", "By December 2026, Leo will walk on his own between his classroom, the hall, the dining room and the playground, using the yellow step edges, without bumping into anything or needing an adult, on 9 out of 10 occasions recorded by his teaching assistant."),
  ("h", "Outcome 4: Independence with equipment"),
  ("p", "By February 2027, Leo will choose and use his magnifier or iPad camera to read text in class without being prompted, in 4 out of 5 observed lessons, recorded by his class teacher."),
 ],
 "F": [
  ("h", "Specialist teaching"),
  ("ul", ["A Qualified Teacher of children with Visual Impairment (QTVI) from Harbourne Sensory Support Service visits school once each half term for 1.5 hours to assess Leo's functional vision, advise the class teacher and check his equipment.",
          "Touch-typing programme (Typing Club), 1:1, 20 minutes three times a week, delivered by a teaching assistant (TA) trained by the QTVI.",
          "Habilitation: a qualified habilitation specialist teaches Leo to move round school safely, 1:1, 45 minutes weekly for 6 weeks, then review."]),
  ("h", "Adapted resources"),
  ("ul", ["All text enlarged to 24-point bold on A4, prepared by Leo's TA the day before each lesson from the teacher's plans.",
          "Leo's own copy of anything written on the whiteboard, or a live feed of the board to his iPad, set up by the class teacher each lesson."]),
  ("h", "Equipment"),
  ("ul", ["An iPad with magnification and camera apps, and a hand-held electronic magnifier, provided by Harbourne Sensory Support Service and maintained by the school's visual impairment (VI) link TA.",
          "A sloping desk, a desk lamp with a dimmer and a seat facing away from the window, arranged by the special educational needs co-ordinator (SENCo).",
          "Yellow high-contrast edging on all steps and a yellow line on the playground, fitted by the site manager by September 2026."]),
  ("h", "Support across the day"),
  ("ul", ["A TA for 10 hours a week (mornings) for literacy and modified resources.",
          "25% extra time and enlarged papers in all tests, arranged by the SENCo."]),
 ],
 "G": [
  ("ul", ["Paediatric ophthalmology clinic, Harbourne University Hospital: yearly review of Leo's eye health and vision (30 minutes).",
          "Orthoptist, Harbourne University Hospital: visual acuity and glasses check every 6 months (30 minutes), with a written report to school.",
          "Low vision clinic, Harbourne University Hospital: assessment for magnifiers and tinted lenses once a year (45 minutes); magnifiers supplied and replaced by the clinic."]),
  ("p", "Health agreement: reviewed and agreed by Dr Helen Okafor, Designated Clinical Officer, Coast and Isles Integrated Care Board, 12 May 2026."),
 ],
 "H1": [("p", "None. No social care needs were identified (see Section D).")],
 "H2": [("p", "None. The family were told about the local offer.")],
 "I": [("p", "Northmarsh Junior School (mainstream community junior school).")],
 "J": [("p", "No personal budget has been requested.")],
 "K": [("table", ["Advice or information", "Given by", "Date"], [
   ["Parental advice", "Leo's mum and dad", "11 March 2026"],
   ["Leo's views", "Leo, with his class teacher", "16 March 2026"],
   ["Educational advice", "Mr Dan Cole, SENCo, Northmarsh Junior School", "18 March 2026"],
   ["Vision report", "Mrs Paula Green, VI Support Assistant, Harbourne Sensory Support Service", "20 March 2026"],
   ["Psychological advice", "Dr Tom Adebayo, Educational Psychologist", "27 February 2026"],
   ["Medical advice (clinic letter)", "Consultant Ophthalmologist, Harbourne University Hospital", "14 November 2023"],
   ["Class teacher report", "Class teacher", ""],
   ["Social care advice", "Social Worker, Disabled Children's Team", "2 April 2026"]])],
 },
})

# ====================================================================== v207 (ef-table, FAIL)
PLANS.append({
 "id": "v207", "layout": "ef-table",
 "front": [("Child's first name", "Jayden"), ("Age", "10"), ("School year", "Year 5"),
           ("Setting", "Seacombe Junior School"),
           ("Date this plan was issued", "08/07/2026"),
           ("Last annual review", "N/A – first plan"),
           ("Next review", "July 2027"),
           ("Case officer", "Case Officer, Special Educational Needs and Disabilities Service (South Team), Harbourne City Council")],
 "intro": intro("Jayden", "his"),
 "ef_header": ["What we want Jayden to achieve (E)", "Provision (F)", "How much and how often", "Delivered by"],
 "sections": {
 "A": [
  ("h", "All about me"),
  ("p", "Jayden told his learning mentor, Miss Ford, these things in April 2026. She typed them while he talked and read them back to him."),
  ("p", "I'm Jayden and I'm 10. I live with my mum and my two little sisters in Northmarsh. I love Minecraft, drawing and fishing off the sea wall with my uncle. I'm good at building things and I'm really fast at running – I won the Year 5 sprint. I find reading and times tables really hard and I hate it when people see I'm on easier work. I like Miss Ford because she doesn't shout. Sometimes I'm tired at school because it's noisy at home at night."),
  ("p", "When I'm older I want to be a fisherman or work on the ferries like my uncle."),
  ("h", "What Jayden's mum says"),
  ("p", "Jayden's mum says he is loving and helpful with his sisters and very good with his hands. She wants him to be able to read well enough to manage at secondary school and to learn to control his temper. She says the family have had a hard year. Jayden has been on a child protection plan since February 2026, and she is working with the social worker."),
  ("h", "What school says"),
  ("p", "Staff describe Jayden as kind, funny and sporty. He is a good friend and often helps younger children at lunchtime. He works hard in practical lessons and in physical education."),
  ("h", "Hopes for the future"),
  ("p", "Jayden wants to work on boats. His mum hopes he will go to secondary school able to read and write well enough to keep up, and that he will have friends and stay out of trouble."),
 ],
 "B": [
  ("h", "Cognition and learning"),
  ("p", "Jayden was born at 26 weeks. The educational psychologist's assessment (March 2026) found that he has moderate learning difficulties: his general ability is in the low range, with a relative strength in non-verbal reasoning (puzzles and building). His working memory and processing speed are weak, so he forgets instructions and needs more time to answer. His reading age is 7 years 2 months and he is working at Year 2 level in mathematics; he does not yet know his times tables beyond 2, 5 and 10."),
  ("h", "Social, emotional and mental health"),
  ("p", "Jayden becomes angry when he feels he is failing or that others are laughing at him. He has had 6 incidents of hitting out or leaving the classroom since January 2026. He is on a child protection plan and has experienced neglect; he often arrives tired and hungry. He has a good relationship with his learning mentor."),
  ("h", "Communication and interaction"),
  ("p", "Jayden's understanding of longer instructions and of subject vocabulary is limited. The speech and language therapist found his understanding of language is below age expectations, linked to his learning difficulties."),
  ("h", "Sensory and/or physical"),
  ("p", "No needs. Jayden's hearing and vision were checked in 2026 and are within the typical range."),
 ],
 "C": [
  ("p", "Jayden was born very prematurely (26 weeks) and was followed up by the neonatal team until he was 2. He has no current health conditions and takes no medication. His hearing and vision were checked by the school nursing team in January 2026 and are normal. The community paediatrician saw him in February 2026 and found no medical cause for his learning difficulties beyond his prematurity; no ongoing health provision is needed."),
 ],
 "D": [
  ("p", "Jayden does not have any social care needs."),
 ],
 "G": [
  ("p", "No health provision is required (see Section C and the community paediatrician's advice)."),
 ],
 "H1": [("p", "None.")],
 "H2": [("p", "None.")],
 "I": [("p", "Seacombe Junior School (mainstream community junior school).")],
 "J": [("p", "Not applicable.")],
 "K": [("table", ["Advice", "Author", "Date"], [
   ["Parental advice", "Jayden's mum", "21 April 2026"],
   ["Jayden's views", "Recorded by Miss Ford, Learning Mentor", "23 April 2026"],
   ["Educational advice", "Mrs Sue Patel, SENCo, Seacombe Junior School", "24 April 2026"],
   ["Psychological advice", "Mr Owen Price, Educational Psychologist", "18 March 2026"],
   ["Medical advice", "Dr Anika Shah, Community Paediatrician", "11 February 2026"],
   ["Speech and language therapy advice", "Speech and Language Therapist, Harbourne Children's Therapy Service", "30 March 2026"],
   ["School nursing report (hearing and vision)", "School Nurse, Harbourne Children's Community Health Services", "19 January 2026"]])],
 },
 "ef_intro": ["Outcomes are for the end of Year 6 (July 2027) unless a date is given."],
 "ef": [
  {"area": "Cognition and learning", "outcomes": [
   {"outcome": "By July 2027, Jayden will read a book at a reading age of 8 years 6 months with 90% accuracy (7 years 2 months in April 2026), measured on the school's reading test by the special educational needs co-ordinator (SENCo).",
    "provision": [
     ("Precision-taught reading of high-frequency words and phonics, using the Toe by Toe programme", "1:1, 20 minutes, 4 times a week", "Teaching assistant trained in precision teaching"),
     ("Jayden should have opportunities to read to an adult", "Daily where possible", "Class teacher or teaching assistant"),
     ("Reading books matched to his reading level but with age-appropriate interest (fishing, boats, Minecraft)", "Changed each week", "Class teacher")]},
   {"outcome": "By July 2027, Jayden will recall the 3, 4 and 8 times tables within 5 seconds per question, scoring 20 out of 25 on the school's multiplication check, recorded by his class teacher.",
    "provision": [
     ("Maths intervention group using concrete apparatus (Numicon)", "3 times a week", "Teaching assistant"),
     ("Access to a times-table app at home and in school", "As appropriate", "Class teacher")]},
  ]},
  {"area": "Social, emotional and mental health", "outcomes": [
   {"outcome": "By December 2026, Jayden will use his ‘take five’ card to leave the classroom calmly and go to the nurture room when he feels angry, on 4 out of 5 occasions, with no more than one incident of hitting out each half term, recorded by his learning mentor.",
    "provision": [
     ("Learning mentor check-in at the start of the day, with breakfast", "Daily, 15 minutes, 1:1", "Learning mentor (trained in emotion coaching)"),
     ("Nurture group sessions focused on recognising and managing feelings", "Weekly, 1 hour, group of 6", "Two trained nurture group practitioners"),
     ("Staff should use calm, low-language responses and offer Jayden time out as appropriate", "When needed", "All staff")]},
  ]},
  {"area": "Communication and interaction", "outcomes": [
   {"outcome": "By July 2027, Jayden will explain the meaning of 10 new topic words each half term in his own words, checked by his class teacher in a short quiz (8 out of 10 correct).",
    "provision": [
     ("Pre-teaching of topic vocabulary using word maps from the speech and language therapist's programme", "Twice a week, 15 minutes, in a group of 3", "Teaching assistant trained by the speech and language therapist"),
     ("Speech and language therapist reviews Jayden's programme and trains the teaching assistant", "Once a term, 1 hour", "Speech and language therapist, Harbourne Children's Therapy Service")]},
  ]},
  {"area": "Preparing for the future", "outcomes": [
   {"outcome": "By July 2027, Jayden will complete a 6-week project on boats and the harbour in the school's forest and marine club, making a model boat and giving a 2-minute talk about it to his class, recorded by the club leader.",
    "provision": [
     ("Forest and marine club (practical outdoor learning)", "Weekly, 1.5 hours, for 6 weeks in the summer term 2027, group of 8", "Outdoor learning leader (Level 3 Forest School practitioner)")]},
  ]},
 ],
 "f_extra_title": "Whole-day provision (Section F)",
 "f_extra": [("ul", ["Teaching assistant support in class for 15 hours a week (every morning), to break tasks down, repeat instructions and keep Jayden focused.",
                     "Instructions given in short steps with a written or picture checklist on his desk, by all staff in every lesson."])],
})

# ====================================================================== v208 (bold-statutory, FAIL)
PLANS.append({
 "id": "v208", "layout": "bold-statutory", "typed": ("•", "-"),
 "front": [("Child's first name", "Ellie"), ("Age", "6"), ("School year", "Year 1"),
           ("Setting", "Hilsey Park Primary School"),
           ("Date this plan was issued", "27 April 2026"),
           ("Last annual review", "Not applicable – first plan"),
           ("Next review", "April 2027"),
           ("Social care status", "Child in need plan (since November 2025)"),
           ("Case officer", "Case Officer, Special Educational Needs and Disabilities Service (North Team), Harbourne City Council")],
 "intro": intro("Ellie", "her"),
 "sections": {
 "A": [
  ("h", "About Ellie"),
  ("p", "Ellie presents with a moderate to severe receptive-expressive DLD with reduced MLU (2.1 morphemes), phonological processing deficits and hypermobility spectrum features affecting proximal stability and fine motor praxis. Ellie were born at 27 weeks gestation at Harbourne University Hospital."),
  ("h", "Ellie's views"),
  ("p", "Ellie shared her views with her TA using talking mats in February 2026. She put these pictures on the ‘happy’ side: her mum, her brother Lewis, painting, the swings, her rabbit Clover and Mrs Bailey (her TA). She put ‘writing’, ‘loud dinner hall’ and ‘doing up my coat’ on the ‘not happy’ side. When asked what she wants to be when she is big, she pointed to a picture of a vet and said ‘animal doctor’."),
  ("h", "What Ellie's mum says"),
  ("p", "Ellie's mum says Ellie is a loving, funny girl who adores animals and is a brilliant little helper at home. She says Ellie gets very frustrated when people don't understand her and she has tantrums at home most days after school, and she is definately more tired since starting Year 1. Mum would like Ellie to be able to tell people what she wants, to make a friend and to be able to write her name. Mum hopes Ellie will stay at Hilsey Park and one day work with animals."),
  ("h", "Strengths"),
  ("p", "Ellie is kind, creative and determined. She loves painting and is good at spotting patterns. She copies routines quickly and likes to help adults. She is gentle with younger children and with animals."),
 ],
 "B": [
  ("h", "Communication and interaction"),
  ("p", "Ellie has a DLD. She understands short, familiar sentences but finds longer instructions hard, especially when there is background noise in the enviroment. She talks in short phrases of two or three words and her speech is hard for unfamiliar people to understand. She uses pointing and gesture to help. She is learning some Makaton signs."),
  ("h", "Cognition and learning"),
  ("p", "Ellie is working below the level expected for Year 1 in literacy. She knows 15 letter sounds and can blend some three-letter words with support. In maths she can count to 20 and recognise numbers to 10. She learns best with pictures, objects and actions, and she need things repeated."),
  ("h", "Social, emotional and mental health"),
  ("p", "Ellie plays alongside other children but finds it hard to join in their games because she cannot keep up with their talk. She occassionally becomes upset and hides under a table when she does not understand what is happening. Their are times in the day when she needs a quiet space."),
  ("h", "Sensory and/or physical"),
  ("p", "Ellie has hypermobile joints. She finds pencil control, scissors and fastenings hard and tires quickly when sitting on the carpet. She needs a wobble cushion and a writing slope."),
 ],
 "C": [
  ("p", "Ellie has hypermobility spectrum disorder (very flexible joints), diagnosed by the community paediatrician in December 2025. Her joints ache after long periods of activity and she tires quickly. She is under the care of the community physiotherapy team and has a appointment with them every fortnight. She has no other health needs; her hearing was tested in January 2026 and is normal."),
 ],
 "D": [
  ("p", "Ellie lives with her mum and her older brother Lewis, aged 9. Mum has a long-term health condition which means she is sometimes unwell for several days at a time; at these times Ellie's routines at home are disrupted and she can arrive at school late and upset. Ellie needs consistent routines, help with personal care at home when mum is unwell, and time with other children outside school. Ellie has a social worker from the Children in Need Team."),
 ],
 "E": [
  ("ol", [
   "Ellie will be more confident speaking in class.",
   "By July 2027, Ellie will demonstrate improved expressive language with increased MLU and reduced phonological errors.",
   "By July 2027, Ellie will improve her fine motor skills.",
   "By July 2027, Ellie will read and write 30 words from the Year 1 common exception word list, checked by her class teacher at the end of each term."]),
 ],
 "F": [
  ("h", "Communication"),
  ("ul", ["SLT programme delivered 1:1 by a TA trained in ELKLAN, 20 minutes 4 times a week.",
          "The SLT will visit school once each half term for 1 hour to assess Ellie, up date her programme and train her TA.",
          "Makaton signs and a visual timetable used by all staff in Ellie's class thoughout the day."]),
  ("h", "Literacy and numeracy"),
  ("ul", ["Phonics catch-up in a group of no more than 3, 15 minutes daily, delivered by a TA trained in the school's phonics scheme.",
          "Numicon maths group of 4 children, 20 minutes three times a week, delivered by the class TA."]),
  ("h", "Physical"),
  ("ul", ["OT fine motor programme (Clever Hands), 1:1, 15 minutes three times a week, delivered by her TA.",
          "The OT will visit once a term for 1 hour to review the programme and provide a wobble cushion and writing slope, which the SENCo will keep in class.",
          "Movement break of 5 minutes every 30 minutes during carpet time, led by her TA."]),
  ("h", "Emotional wellbeing"),
  ("ul", ["Lunchtime nurture club in a group of 6, 30 minutes every day, run by a trained HLTA.",
          "A quiet space in the classroom book corner that Ellie can use with her TA when she is upset, set up by the class teacher."]),
  ("h", "Support"),
  ("ul", ["A TA for 20 hours a week, to deliver the programmes above and support Ellie in class."]),
 ],
 "G": [
  ("ul", ["Physiotherapy: community physiotherapist assesses Ellie and gives a home and school exercise programme, 6 sessions fortnightly of 45 minutes from May 2026, then review.",
          "Community paediatrician: review of hypermobility every 6 months (30-minute clinic appointment)."]),
  ("p", "Health sign-off: agreed by the DCO, Coast and Isles ICB, 20 April 2026."),
 ],
 "H1": [("p", "Short breaks: Ellie attends Splash Club, a Saturday club for disabled children, 3 hours every other Saturday, funded by the Disabled Children's Team.")],
 "H2": [("p", "None.")],
 "I": [("p", "Hilsey Park Primary School (mainstream community primary school).")],
 "J": [("p", "No personal budget has been requested.")],
 "K": [("ul", [
   "Parental advice – Ellie's mum, 9 February 2026",
   "Ellie's views – gathered by Mrs Bailey, TA, 12 February 2026",
   "Educational advice – Mrs Nadia Khan, SENCo, Hilsey Park Primary School, 16 February 2026",
   "Psychological advice – Dr Tom Adebayo, Educational Psychologist, 4 February 2026",
   "Medical advice – Dr Anika Shah, Community Paediatrician, 18 December 2025",
   "SLT advice – Speech and Language Therapist, Harbourne Children's Therapy Service, 6 February 2026",
   "OT advice – Occupational Therapist, Harbourne Children's Therapy Service, 10 February 2026",
   "Physiotherapy advice – Paediatric Physiotherapist, Harbourne Children's Physiotherapy Service, 3 February 2026",
   "Social care advice – Social Worker, Children in Need Team, Harbourne City Council, 20 February 2026"])],
 },
})

# ====================================================================== v209 (shaded-heading-table, SOUND)
PLANS.append({
 "id": "v209", "layout": "shaded-heading-table",
 "front": [("Child's first name", "Grace"), ("Age", "12"), ("School year", "Year 7 (Key Stage 3)"),
           ("Setting", "Harbour View Academy – Enhanced Resource Provision for physical disability"),
           ("Date this plan was issued", "16.10.2026"),
           ("Last annual review", "23.09.2026 (first review after moving to secondary school)"),
           ("Next review", "September 2027"),
           ("Case officer", "Case Officer, Special Educational Needs and Disabilities Service (Physical and Medical), Harbourne City Council")],
 "intro": intro("Grace", "her"),
 "sections": {
 "A": [
  ("h", "How Grace told us her views: eye gaze and people who know her well"),
  ("p", "Grace does not use speech. She communicates with an eye-gaze communication aid (a computer she controls by looking at symbols on the screen), with facial expressions and with a clear ‘yes’ (looking up) and ‘no’ (looking to the side). Her views below were gathered over three sessions in September 2026 with her communication partner, Mrs Lane (a teaching assistant trained in augmentative and alternative communication, or AAC), using a ‘My views’ page set up on her device, and by watching her reactions to photos of her week. Grace checked each sentence with ‘yes’ or ‘no’ before it was written down."),
  ("h", "What Grace says (from her device)"),
  ("ul", ["“I like school. I like my friends Poppy and Eve.”",
          "“I love music. Little Mix. Loud!”",
          "“Sailing is the best. Wind in my face.”",
          "“I don't like when people talk to Mum and not to me.”",
          "“I don't like waiting a long time for the lift.”",
          "“I want to do more on my own.”",
          "“When I am big I want to work in music – on the radio.”"]),
  ("h", "What people who know Grace have noticed"),
  ("p", "Mrs Lane says Grace laughs out loud at jokes, rolls her eyes at her brother and makes it very clear when she is bored. She lights up in music lessons and at the Harbourne Sailability club, where she sails an adapted dinghy with an instructor. She is a determined learner who will keep trying to find the right symbol until she is understood."),
  ("h", "What Grace's parents say"),
  ("p", "“Grace has a wicked sense of humour and a strong will. We want people to talk to her, not about her, and to give her the time to answer. Secondary school has been a big step and she has settled better than we dared hope. Our hopes are that she becomes as independent as possible in making choices and directing her own care, keeps her friendships, carries on sailing, and one day does something in music. We are tired – nights are hard – and the short breaks make a big difference to the whole family.”"),
  ("h", "Grace's aspirations"),
  ("ul", ["To work in music or radio.", "To sail on her own with the instructor only on the safety boat.",
          "To direct her own care (telling people how she likes things done).", "To stay friends with Poppy and Eve."]),
 ],
 "B": [
  ("h", "Communication and interaction"),
  ("p", "Grace understands spoken language at about the level expected for her age, including jokes and questions about the past and future. She has around 400 words and phrases on her eye-gaze device and builds sentences of 3 to 4 symbols. She needs time to answer: up to 30 seconds for a short reply. She is learning to use her device to start conversations, not only to answer."),
  ("h", "Cognition and learning"),
  ("p", "Grace is working towards the level expected at the start of Key Stage 2 in reading and mathematics. She can read about 150 words by sight and is learning phonics through her device. She enjoys science and music and has an excellent memory for songs. Because she cannot write or point, all her learning and assessment must be through her device, switch access or choices offered by an adult."),
  ("h", "Social, emotional and mental health"),
  ("p", "Grace is sociable and has a small group of friends. She becomes frustrated when people do not wait for her to answer or speak over her. She is aware of her disability and is beginning to talk about how she feels about it."),
  ("h", "Sensory and/or physical"),
  ("p", "Grace has bilateral spastic cerebral palsy affecting all four limbs. She uses a powered wheelchair that she drives with a head switch, and needs two adults and a hoist for all transfers. She needs adults for all personal care and eating. She tires by mid-afternoon."),
 ],
 "C": [
  ("p", "Grace's health needs are described in the advice from her community paediatrician, physiotherapist, dietitian and the children's community nursing team (Section K)."),
  ("ul", ["Cerebral palsy affecting all four limbs, with a risk of hip displacement; her hips are X-rayed every year as part of hip surveillance.",
          "Posture: she needs a 24-hour postural management programme (standing frame, sleep system and supportive seating).",
          "Nutrition: Grace has a gastrostomy (a feeding tube into her stomach) and receives all her food and fluids through it; she enjoys tastes of food by mouth for pleasure only.",
          "Reflux, managed with medication given at home.",
          "Grace has no difficulty with her hearing or eyesight (both checked in 2026), but she does have difficulty with clearing her chest when she has a cold and needs chest physiotherapy at these times."]),
 ],
 "D": [
  ("p", "A child and family assessment by the Disabled Children's Team (completed 3 July 2026) found that Grace has substantial social care needs because of her disability: she needs two carers for moving and handling and all personal care, and her parents have broken sleep because she needs turning at night. Her parents and her younger brother need regular breaks from caring. Grace also needs chances to socialise with friends outside school and to do activities she enjoys. The social worker's advice is listed in Section K and the provision is in Sections H1 and J."),
 ],
 "E": [
  ("h", "Outcome 1 – Communication"),
  ("p", "By July 2027, Grace will start a conversation with a peer or adult using her eye-gaze device (for example asking a question or making a comment) at least 5 times in a school day, on 4 days out of 5 in a recorded week, noted by her communication partner."),
  ("h", "Outcome 2 – Directing my own care"),
  ("p", "By March 2027, Grace will use her device's ‘my care’ page to tell adults how she wants her personal care and her lunchtime tube feed done (for example which side first, music on or off, feed before or after music club) during every lunchtime care routine in a two-week check, recorded by the teaching assistants who support her."),
  ("h", "Outcome 3 – Reading"),
  ("p", "By July 2027, Grace will read 250 words by sight and answer 4 out of 5 questions about a short passage using her device, checked by her English teacher at the end of each term."),
  ("h", "Outcome 4 – Music and the future"),
  ("p", "By June 2027, Grace will have composed and recorded a 2-minute piece of music on the school's adapted music software, played on the school radio station, recorded by her music teacher."),
  ("h", "Outcome 5 – Sailing and being part of the community"),
  ("p", "By September 2027, Grace will gain her Royal Yachting Association (RYA) Sailability Start Sailing certificate, steering the adapted dinghy with her head switch with the instructor in the boat, as assessed by the Harbourne Sailability instructors."),
  ("h", "Outcome 6 – Health and posture"),
  ("p", "By July 2027, Grace will stand in her standing frame for 40 minutes each school day (25 minutes in September 2026), on 4 days out of 5, recorded by the school's moving and handling lead on her posture chart."),
 ],
 "F": [
  ("h", "Communication"),
  ("ul", ["Speech and language therapy (AAC): the speech and language therapist (SLT) from the Harbourne AAC Hub sees Grace on her own every Tuesday morning for 45 minutes in the autumn and spring terms, to teach new vocabulary, conversation starters and the words on her ‘my care’ page, and updates her device page sets.",
          "The SLT gives a 1-hour training session to Grace's teaching assistants and form tutor each half term.",
          "A communication partner (teaching assistant trained in AAC) with Grace throughout the school day, who models symbols on her device in every lesson (aided language modelling).",
          "Eye-gaze communication aid with its mount and a back-up low-tech symbol book, provided by the Harbourne AAC Hub; software updates and repairs carried out by the AAC Hub technician within 3 working days of a fault being reported; device charged each night by her parents and checked each morning by her communication partner."]),
  ("h", "Learning"),
  ("ul", ["Teaching in mainstream Year 7 classes for 60% of the week and in the Enhanced Resource Provision (ERP) for English and mathematics, in a group of no more than 6, taught by a specialist teacher for physical disability.",
          "Phonics and reading through her device, 1:1, 20 minutes daily, delivered by her communication partner using a programme written by the ERP teacher.",
          "All worksheets and tests adapted into accessible, symbol-supported formats for her device by the ERP teaching assistant, the day before each lesson.",
          "Access arrangements: 25% extra time, rest breaks and a scribe who records Grace's answers from her device, in all tests, arranged by the special educational needs co-ordinator (SENCo)."]),
  ("h", "Physical access and occupational therapy"),
  ("ul", ["Occupational therapy: the occupational therapist (OT) sees Grace 1:1 every two weeks for 45 minutes in school for one term, to teach her to use her head switch to control the adapted music software and the classroom computer, then reviews each half term.",
          "The OT assesses the classroom, ERP and toilet once a year (2 hours) and writes a moving and handling plan; the school's moving and handling lead trains all staff who work with Grace in it (2 hours each September).",
          "Two trained adults for all transfers, using the ceiling hoist in the ERP and the mobile hoist elsewhere, maintained by the academy's site manager and serviced every 6 months by the supplier.",
          "Standing frame: Grace stands in her standing frame in the ERP during one lesson every day, building from 25 to 40 minutes, set up by two trained adults following the physiotherapist's programme (see Section G)."]),
  ("h", "Friendships and wellbeing"),
  ("ul", ["Friendship group: Grace, Poppy, Eve and one other pupil meet with the ERP teaching assistant every Thursday lunchtime for 30 minutes to plan and record songs."]),
 ],
 "G": [
  ("table", ["Health provision", "Who", "How often and how long"], [
   ["Physiotherapy: 24-hour postural management plan, standing frame programme, hip surveillance and staff training", "Paediatric physiotherapist, Harbourne Children's Physiotherapy Service", "School visit every 4 weeks for 1 hour; training for school staff twice a year (1 hour); yearly hip X-ray arranged through the orthopaedic clinic"],
   ["Chest physiotherapy when Grace has a chest infection, and training for parents and school staff", "Children's community respiratory physiotherapist", "Training once a year (1 hour); home or school visits within 24 hours of a referral from parents or school during an infection"],
   ["Gastrostomy care and feeding: training and yearly competency checks for school staff who give her feeds; care plan updated yearly", "Children's community nursing team", "Training and competency check every September (2 hours); visit within 2 working days if the tube has a problem"],
   ["Dietetic review of feeds and growth", "Paediatric dietitian, Harbourne University Hospital", "Every 3 months, 30 minutes"],
   ["Paediatric review", "Community paediatrician", "Every 6 months, 30 minutes"],
   ["Powered wheelchair and seating review and repairs", "Harbourne Wheelchair Service", "Yearly review (1 hour); repairs within 5 working days"]]),
  ("h", "Health agreement"),
  ("p", "The health provision above has been agreed by Dr Helen Okafor, Designated Clinical Officer for SEND, Coast and Isles Integrated Care Board. Date agreed: 9 October 2026."),
 ],
 "H1": [("ul", ["Overnight short breaks at Lighthouse House (a residential short break home for disabled children): 2 nights a month, with 2:1 care for moving and handling, arranged by the Disabled Children's Team.",
                "Harbourne Sailability: a 2-hour sailing session every other Saturday from April to October, with a support worker from the Disabled Children's Team's short breaks service.",
                "Personal care at home: a personal assistant for 6 hours a week (two evenings of 3 hours) to help with Grace's evening routine, funded through a direct payment (see Section J).",
                "Equipment at home: ceiling hoist and profiling bed provided by the Harbourne Community Equipment Service, maintained and serviced every 6 months by the service."])],
 "H2": [("p", "None. The family were offered a young carers assessment for Grace's brother, which they are considering.")],
 "I": [("p", "Harbour View Academy (mainstream secondary academy) with its Enhanced Resource Provision for pupils with physical disabilities.")],
 "J": [("p", "Direct payment of £5,400 a year from Harbourne City Council's Disabled Children's Team, paid to Grace's parents, to employ a personal assistant for 6 hours a week (Section H1). Reviewed at each annual review.")],
 "K": [("table", ["Advice or information", "Given by", "Date"], [
   ["Grace's views (eye gaze and observation)", "Grace, with Mrs Lane, AAC-trained teaching assistant", "18 September 2026"],
   ["Parents' views", "Grace's mum and dad", "12 September 2026"],
   ["Educational advice", "Mr Ian Doyle, SENCo and ERP lead, Harbour View Academy", "15 September 2026"],
   ["Psychological advice", "Dr Sara Lindqvist, Educational Psychologist", "6 March 2026"],
   ["Medical advice", "Dr Anika Shah, Community Paediatrician", "28 August 2026"],
   ["Speech and language therapy advice (AAC)", "Specialist Speech and Language Therapist, Harbourne AAC Hub", "9 September 2026"],
   ["Occupational therapy advice", "Children's Occupational Therapist, Harbourne Children's Therapy Service", "2 September 2026"],
   ["Physiotherapy advice", "Paediatric Physiotherapist, Harbourne Children's Physiotherapy Service", "1 September 2026"],
   ["Respiratory physiotherapy advice", "Children's Community Respiratory Physiotherapist", "1 September 2026"],
   ["Community nursing advice", "Children's Community Nurse, Harbourne Children's Community Nursing Team", "4 September 2026"],
   ["Dietetic advice", "Paediatric Dietitian, Harbourne University Hospital", "20 August 2026"],
   ["Wheelchair Service report", "Harbourne Wheelchair Service", "14 July 2026"],
   ["Social care advice (child and family assessment)", "Social Worker, Disabled Children's Team", "3 July 2026"]])],
 },
})

# ====================================================================== v210 (ef-table, FAIL)
PLANS.append({
 "id": "v210", "layout": "ef-table",
 "front": [("Child's first name", "Oscar"), ("Age", "5"), ("School year", "Year 1"),
           ("Setting", "Northmarsh Infant School"),
           ("Date this plan was issued", "1 February 2026"),
           ("Last annual review", "Not applicable"),
           ("Next review", "February 2027"),
           ("Case officer", "Case Officer, Special Educational Needs and Disabilities Service (North Team), Harbourne City Council")],
 "intro": intro("Oscar", "his"),
 "ef_header": ["Outcome", "Provision", "Frequency and duration", "Who"],
 "sections": {
 "A": [
  ("h", "My views"),
  ("p", "I find it very hard when my routine changes without warning, and I need staff to give me a visual timetable and a two-minute warning before every change of activity. I get very upset in busy, noisy places such as the dining hall and assembly. I would like my teachers to follow the advice of my speech and language therapist and to make the classroom calmer and less noisy. I find it difficult to share toys and take turns with other children."),
  ("h", "My parents' views"),
  ("p", "Oscar's parents say that he has great difficulty with change and with noise, and that mornings are very difficult: getting him dressed and out of the house can take an hour. He has meltdowns after school most days. He does not play with other children and will not eat school dinners. They are worried that he is falling behind his classmates and that he cannot tell them what is wrong when he is upset. They want the school to understand his autism."),
 ],
 "B": [
  ("h", "Communication and interaction"),
  ("p", "Oscar was diagnosed with autism by the Harbourne Child Development Centre in October 2025. He uses single words and short learned phrases, often repeating lines from television programmes. He does not yet answer ‘why’ questions and finds it hard to follow instructions given to the whole class. He does not start interactions with other children and becomes distressed when they join his play."),
  ("h", "Cognition and learning"),
  ("p", "Oscar is working well below the level expected for Year 1. He does not yet blend sounds to read words, cannot write his name without a model and does not join in with whole-class teaching for more than a minute or two."),
  ("h", "Social, emotional and mental health"),
  ("p", "Oscar has daily episodes of distress, when he screams, drops to the floor or runs from the classroom. These happen most often at transitions, in the dining hall and in assembly. He does not yet recognise or name his feelings."),
  ("h", "Sensory and/or physical"),
  ("p", "Oscar is very sensitive to noise and to the feel of some clothes and foods. He eats a limited range of foods. He avoids messy play and covers his ears in busy rooms."),
 ],
 "C": [
  ("p", "Awaiting paediatric advice."),
 ],
 "D": [
  ("p", "Social care advice was given by the Disabled Children's Team on 12 December 2025 after a conversation with Oscar's parents. Oscar has no assessed social care needs: his parents meet his care needs. The family were given information about the short breaks local offer and the Harbourne Autism Parent Support Group, and were signposted to the Family Hub for early help with evening routines if they want it."),
 ],
 "G": [
  ("p", "No health provision has been identified. This section will be updated when the paediatric advice is received."),
 ],
 "H1": [("p", "None. No assessed needs (Disabled Children's Team, December 2025). The family have the short breaks local offer information.")],
 "H2": [("p", "None. The family were signposted to early help through the Northmarsh Family Hub.")],
 "I": [("p", "Northmarsh Infant School (mainstream community infant school).")],
 "J": [("p", "No personal budget has been requested.")],
 "K": [("table", ["Advice", "From", "Date"], [
   ["Parental advice", "Oscar's mum and dad", "3 December 2025"],
   ["Educational advice", "Mrs Jo Marsh, special educational needs co-ordinator, Northmarsh Infant School", "5 December 2025"],
   ["Psychological advice", "Mr Owen Price, Educational Psychologist", "28 November 2025"],
   ["Speech and language therapy advice", "Speech and Language Therapist, Harbourne Children's Therapy Service", "8 December 2025"],
   ["Autism diagnostic report", "Harbourne Child Development Centre multidisciplinary team", "21 October 2025"],
   ["Social care advice", "Social Worker, Disabled Children's Team", "12 December 2025"],
   ["Paediatric advice", "Requested from the community paediatric service on 25 November 2025; not received when this plan was issued", "–"]])],
 },
 "ef_intro": ["Outcomes are for the end of Year 1 (July 2026) or the end of Key Stage 1 (July 2027), as shown."],
 "ef": [
  {"area": "Communication and interaction", "outcomes": [
   {"outcome": "By July 2026, Oscar will ask for help or for a break using a word, sign or picture card, without becoming distressed, on 4 out of 5 occasions in a recorded week, noted by his teaching assistant.",
    "provision": [
     ("Picture Exchange Communication System (PECS) teaching, working through phases 1 to 3", "1:1, 15 minutes twice daily", "Teaching assistant (TA) trained in PECS"),
     ("Speech and language therapist reviews Oscar's communication programme and trains his TA", "Once each half term, 1 hour", "Speech and language therapist, Harbourne Children's Therapy Service")]},
   {"outcome": "By July 2027, Oscar will take part in a turn-taking game with one other child for 5 minutes, taking at least 4 turns, on 3 occasions in a week, recorded by his TA.",
    "provision": [
     ("Attention Autism group, stages 1 to 3", "Daily, 15 minutes, in a group of no more than 4", "TA trained in Attention Autism"),
     ("Paired turn-taking games (Lego, marble run) with one chosen classmate", "Three times a week, 10 minutes", "TA")]},
  ]},
  {"area": "Cognition and learning", "outcomes": [
   {"outcome": "By July 2026, Oscar will read and blend 20 consonant-vowel-consonant words (for example ‘cat’, ‘pin’), checked by his class teacher at the end of each half term.",
    "provision": [
     ("Phonics teaching using the school's phonics scheme with visual and movement supports", "1:1, 10 minutes daily, plus the daily class phonics lesson with a TA beside him", "TA trained in the school's phonics scheme"),
     ("Individual work station (structured teaching approach) for independent tasks", "Twice daily, 10 minutes", "Set up by the class teacher; used with the TA")]},
  ]},
  {"area": "Social, emotional and mental health; sensory", "outcomes": [
   {"outcome": "By July 2026, Oscar will move from the classroom to the hall for assembly and stay for 10 minutes, using his ear defenders and his ‘now and next’ card, on 4 out of 5 days, recorded by his TA.",
    "provision": [
     ("Visual timetable and ‘now and next’ board, with a two-minute sand-timer warning before each change", "At every transition, every day", "TA; visual timetable made by the class teacher"),
     ("Sensory circuit in the small hall", "Daily, 15 minutes at 9.00am, 1:1", "TA trained by the occupational therapist in sensory circuits"),
     ("Ear defenders and a quiet work space behind a screen, set up by the class teacher", "Every day", "Class teacher; ear defenders provided by the special educational needs co-ordinator (SENCo)")]},
   {"outcome": "By July 2027, Oscar will point to a picture to show how he feels (happy, sad, angry, worried) when asked at the morning check-in, on 4 out of 5 days, recorded by his TA.",
    "provision": [
     ("Zones of Regulation check-in with picture cards", "Daily, 5 minutes on arrival and after lunch, 1:1", "TA trained in Zones of Regulation")]},
  ]},
 ],
 "f_extra_title": "Provision across the day (Section F)",
 "f_extra": [("ul", ["A TA for 25 hours a week (the full school day), trained in autism awareness (Autism Education Trust Level 2), to deliver the programmes above and support Oscar at transitions and lunchtime.",
                     "The educational psychologist gives a 1-hour consultation to Oscar's class teacher and TA once a term.",
                     "The SENCo meets Oscar's parents once each half term for 30 minutes to review progress."])],
})

# ====================================================================== v211 (bold-statutory, FAIL)
PLANS.append({
 "id": "v211", "layout": "bold-statutory", "typed": ("•", "o"),
 "front": [("Child's first name", "Isaac"), ("Age", "9"), ("School year", "Year 4 (at the date of issue)"),
           ("Setting", "Seacombe Junior School"),
           ("Date this plan was issued", "3 June 2025"),
           ("Last annual review", "Not yet held"),
           ("Next review", "June 2026"),
           ("Case officer", "Case Officer, Special Educational Needs and Disabilities Service (South Team), Harbourne City Council")],
 "intro": intro("Isaac", "his"),
 "sections": {
 "A": [
  ("h", "Isaac's views"),
  ("p", "Isaac wrote his ‘One-page profile’ with his class teacher in March 2025. In his words:"),
  ("ul", ["I am good at computer games, swimming and telling jokes.",
          "I like Pokémon, my dog Bolt, and going on the ferry to see my grandad on the island.",
          "I don't like it when I can't do my buttons or tie my laces, and people have to help me when we change for games.",
          "I find writing hard because my right hand doesn't work as well as my left.",
          "When I grow up I want to design computer games."]),
  ("h", "Isaac's parents' views"),
  ("p", "Isaac's mum and dad describe him as funny, clever and full of energy. Dad is a Royal Navy engineer and is at sea for several months of the year, so mum often manages on her own with Isaac and his two younger brothers. They want Isaac to become more independent in dressing and in looking after his things, to be able to write or type as fast as his friends, and to have friends and activities outside school. They hope he will go to Harbour View Academy and one day to university to study computing."),
  ("h", "Strengths"),
  ("p", "Isaac is articulate, witty and very good with technology. His reading and mathematics are at the level expected for his age. He is a strong swimmer."),
 ],
 "B": [
  ("h", "Sensory and/or physical"),
  ("p", "Isaac has right-sided hemiplegic cerebral palsy, linked to being born at 29 weeks. He walks independently but trips when tired and on uneven ground. He uses his right hand only to steady things. He finds buttons, zips, laces and cutting very hard, and needs help changing for physical education (PE)."),
  ("h", "Cognition and learning"),
  ("p", "Isaac's reading and mathematics are at the expected standard for Year 4. His handwriting is slow and hard to read, so his written work does not show what he knows; he writes about a third as much as his classmates in the same time."),
  ("h", "Social, emotional and mental health"),
  ("p", "Isaac has friends in class but is sometimes left out of games at playtime because he cannot run as fast. He can become cross and tearful when he is tired or when he cannot manage a practical task on his own."),
  ("h", "Communication and interaction"),
  ("p", "No needs in this area."),
 ],
 "C": [
  ("p", "Isaac has right hemiplegic cerebral palsy. He wears a splint on his right ankle and sees the community physiotherapist and the orthotist. He has daytime wetting accidents about twice a week because his bladder does not give him much warning (an overactive bladder, diagnosed by the paediatric continence clinic in January 2025); he needs to go to the toilet every two hours and to have spare clothes in school."),
 ],
 "D": [
  ("p", "The Disabled Children's Team completed a child and family assessment in February 2025. Isaac's needs for personal care are met at home by his mum, but she is often caring for three children alone while his dad is at sea, and Isaac has few chances to see friends outside school because of his tiredness and the support he needs. The assessment recommended a short break with activities he enjoys."),
 ],
 "E": [
  ("ol", [
   "Typing: By July 2026, Isaac will type a one-page piece of writing at 20 words per minute using his laptop, checked each term by his class teacher.",
   "Handwriting: By July 2026, Isaac will write a short paragraph (5 sentences) by hand in 10 minutes that his teacher can read, in 4 out of 5 weekly checks.",
   "Friendships: By July 2026, Isaac will join a playground game with at least two other children on 3 out of 5 playtimes a week, recorded on his playtime chart by the lunchtime supervisor.",
   "Dressing: By July 2026, Isaac will change for PE on his own, including fastening his shirt buttons, within 10 minutes, on 4 out of 5 PE days, recorded by his class teacher."]),
 ],
 "F": [
  ("ul", ["Touch-typing programme (Nessy Fingers), 1:1, 20 minutes three times a week, delivered by a teaching assistant (TA) trained by the special educational needs co-ordinator (SENCo).",
          "A laptop with word-prediction software for all written work longer than a paragraph, set up and maintained by the school's computing technician.",
          "Handwriting: a one-handed writing programme (Write from the Start), 1:1, 15 minutes twice a week, delivered by the TA using the occupational therapist's plan; the occupational therapist visits once a term for 1 hour to update the plan.",
          "Playground buddies: a group of Isaac and 3 friends playing a structured game with the lunchtime supervisor, 15 minutes twice a week.",
          "Short break: Saturday activity club at Harbour Youth Club, 4 hours every other Saturday, funded by the Disabled Children's Team."]),
 ],
 "G": [
  ("ul", ["Physiotherapy input as advised by the community physiotherapy team.",
          "Orthotics review."]),
  ("p", "Agreed by Dr Helen Okafor, Designated Clinical Officer, Coast and Isles Integrated Care Board, 28 May 2025."),
 ],
 "H1": [("p", "Isaac's short break is set out in Section F.")],
 "H2": [("ul", ["A TA will support Isaac in class for 15 hours a week, including help with changing for PE and carrying equipment."])],
 "I": [("p", "Seacombe Junior School (mainstream community junior school).")],
 "J": [("p", "No personal budget has been requested.")],
 "K": [("ul", [
   "Parental advice – Isaac's mum and dad, 10 March 2025",
   "Isaac's views – one-page profile with his class teacher, 14 March 2025",
   "Educational advice – Mrs Sue Patel, SENCo, Seacombe Junior School, 19 March 2025",
   "Psychological advice – Dr Tom Adebayo, Educational Psychologist, 7 February 2025",
   "Medical advice – Dr Anika Shah, Community Paediatrician, 20 January 2025",
   "Physiotherapy advice – Paediatric Physiotherapist, Harbourne Children's Physiotherapy Service, 3 March 2025",
   "Orthotics report – Orthotist, Harbourne University Hospital, 12 December 2024",
   "Occupational therapy advice – Children's Occupational Therapist, Harbourne Children's Therapy Service, 4 March 2025",
   "Continence clinic letter – Paediatric Continence Nurse, Harbourne University Hospital, 22 January 2025",
   "Social care advice – Social Worker, Disabled Children's Team, 28 February 2025"])],
 },
})

# ====================================================================== v212 (shaded-heading-table, SOUND)
PLANS.append({
 "id": "v212", "layout": "shaded-heading-table",
 "front": [("Child's first name", "Maryam"), ("Age", "8 (born August 2018)"), ("School year", "Year 4"),
           ("Setting", "Dockside Primary School"),
           ("Date this plan was issued", "24/09/2026"),
           ("Last annual review", "Not applicable – first EHC plan"),
           ("Next review", "September 2027"),
           ("Case officer", "Case Officer, Special Educational Needs and Disabilities Service (Sensory), Harbourne City Council")],
 "intro": intro("Maryam", "her"),
 "sections": {
 "A": [
  ("h", "Maryam's views (in her own words, with a Dari interpreter)"),
  ("p", "Maryam talked to her Qualified Teacher of children with Visual Impairment, Mrs Osei, in June 2026, with a Dari interpreter. She wanted to speak in English for some of it and in Dari for the rest."),
  ("p", "“My name is Maryam. I am 8. I came from Afghanistan with my mother and my brothers. We live in a hotel near the sea. I like school because there are lots of books and my teacher is kind. I love drawing with bright pens, singing and skipping. My best friend is Lily. I can see big things and bright colours. Small writing is hard. I don't like the stairs at school because I can't see where they end. I don't like the hotel because it is noisy at night. When I am big I want to be a teacher, to help children like me.”"),
  ("h", "What Maryam's mother says (with a Dari interpreter)"),
  ("p", "“Maryam is clever and brave. In Afghanistan she did not go to school because of her eyes and because girls could not study. Now she is learning so fast – she reads English better than me. She had operations on her eyes when she was 5, too late, the doctor says. I want her to read and write well, to be independent when she goes out, and to be a teacher or a doctor. I worry about the hotel: we have one room and she cannot do her reading there. We are waiting for the Home Office.”"),
  ("h", "What Maryam's school says"),
  ("p", "Staff describe Maryam as hard-working, curious and kind. She helps new children who do not speak English, sings beautifully in the school choir and has made strong friendships. She picks up new English words very quickly."),
  ("h", "Hopes and aspirations"),
  ("ul", ["Maryam: to be a teacher; to read ‘long books’ by herself; to go to the big library in the city centre.",
          "Her mother: for Maryam to read and write well, to move around safely on her own, and to become a teacher or a doctor."]),
 ],
 "B": [
  ("h", "Sensory and/or physical – vision"),
  ("p", "Maryam was born with cataracts in both eyes, which were removed when she was 5. She has aphakia (no lens in the eye) and wears strong glasses; she also has nystagmus (small, involuntary eye movements). Her distance vision is 6/36 and she reads N18 print (about 18 point) with her glasses at a close distance. She does not see kerbs, steps or faces clearly at a distance, especially in poor light. She tires by the afternoon from the effort of looking."),
  ("h", "Cognition and learning"),
  ("p", "Maryam started school in England in January 2025 with no previous schooling. She is learning English quickly and is now reading at a level expected for Year 2; her understanding when text is read aloud is higher. In mathematics she is working at a Year 2 to 3 level. The educational psychologist found that her learning ability is in the average range and that her gaps are due to missed schooling and her vision, not a learning difficulty. She needs enlarged materials and extra time to read."),
  ("h", "Social, emotional and mental health"),
  ("p", "Maryam is settled and has friends. She can be anxious on stairs and in crowds, and she becomes withdrawn when she cannot see what others are doing. The family's uncertain housing adds to her worries."),
  ("h", "Communication and interaction"),
  ("p", "Maryam speaks Dari and is learning English as an additional language. She has no special educational needs in communication."),
 ],
 "C": [
  ("p", "Maryam's vision needs are followed by the paediatric eye clinic at Harbourne University Hospital (consultant ophthalmologist and orthoptist). After cataract surgery she needs strong glasses, which must be checked and replaced as her eyes change, and she is at risk of raised pressure in the eye (glaucoma), which needs checking every 6 months. She has no difficulty with her general health, but she was not fully vaccinated before arriving in the United Kingdom, and the school nursing team is completing her catch-up vaccinations."),
 ],
 "D": [
  ("p", "A child and family assessment by Harbourne Children's Services (completed 30 June 2026) found that the family's needs come from their housing and asylum situation. There are no safeguarding concerns and Maryam is not a child in need under a statutory plan. The assessment recommended early help. Maryam needs a quiet space to read and do homework, and the family need help with practical matters such as moving from the hotel and finding a community group. Short breaks were considered and are not needed, because Maryam's care needs are met by her mother."),
 ],
 "E": [
  ("h", "E1 Reading"),
  ("p", "By July 2027, Maryam will read a Year 3 level book in 24-point print at 60 words per minute with 95% accuracy, checked by her class teacher each half term."),
  ("h", "E2 Using technology"),
  ("p", "By July 2027, Maryam will use the magnification on her tablet to read the board and her worksheets without being reminded, in 4 out of 5 lessons observed by her teaching assistant across a week."),
  ("h", "E3 Moving around safely"),
  ("p", "By April 2027, Maryam will walk on her own from her classroom to the library, the hall and the playground, including the main staircase, using the handrail and the yellow step edges, on 9 out of 10 occasions, recorded by her habilitation specialist."),
  ("h", "E4 Going into the community"),
  ("p", "By July 2027, Maryam will access Harbourne Central Library with her mother, finding the children's section and choosing and borrowing two large-print books with her own library card, on 2 visits recorded by her habilitation specialist."),
  ("h", "E5 Becoming a teacher"),
  ("p", "By July 2027, Maryam will gain the school's ‘Reading Buddy’ certificate by reading a picture book aloud to a Reception child once a week for a half term, recorded by the Reception class teacher."),
 ],
 "F": [
  ("h", "Specialist teaching and advice"),
  ("ul", ["A Qualified Teacher of children with Visual Impairment (QTVI), Harbourne Sensory Support Service, visits Maryam in school for 1.5 hours every half term, to assess her functional vision, teach her to use her tablet and magnifier, and advise her teachers.",
          "Habilitation: a qualified habilitation specialist from Harbourne Sensory Support Service sees Maryam 1:1 on Thursday mornings for 45 minutes for 6 weeks from October 2026, then every half term for the rest of the year, to teach her safe routes around school and, in the summer term, to the library.",
          "Reading catch-up: 1:1 reading using enlarged books (24-point print), 20 minutes every day, delivered by a teaching assistant (TA) trained by the QTVI.",
          "Mathematics catch-up in a group of no more than 4, 30 minutes three times a week, delivered by a TA using enlarged resources."]),
  ("h", "Resources and equipment"),
  ("ul", ["All printed work enlarged to 24-point on A4, prepared by the TA the day before each lesson from the teacher's planning.",
          "A tablet with magnification and camera apps, and a hand-held magnifier, provided by Harbourne Sensory Support Service and set up and updated by the QTVI.",
          "A sloping desk, a desk lamp and a seat near the front with her back to the window, arranged by the special educational needs co-ordinator (SENCo).",
          "Yellow high-contrast edging on every step of the main staircase, fitted by the school's site manager by the end of October 2026.",
          "Access arrangements: 25% extra time and enlarged (N24) papers in all tests, arranged by the SENCo."]),
  ("h", "Wellbeing and aspirations"),
  ("ul", ["A 15-minute check-in with her TA every Monday morning to talk about her week, her worries and her successes.",
          "A homework club in the school library, 3 afternoons a week for 45 minutes, with a TA, so that Maryam has a quiet, well-lit place to read.",
          "Reading Buddy scheme: Maryam reads with a Reception child once a week for 15 minutes in the summer term 2027, supervised by the Reception TA."]),
 ],
 "G": [
  ("ul", ["Paediatric eye clinic, Harbourne University Hospital: consultant ophthalmologist review of eye health and eye pressure every 6 months (30 minutes).",
          "Orthoptist, Harbourne University Hospital: vision and glasses check every 6 months (30 minutes); new glasses prescribed when the prescription changes, and a spare pair supplied.",
          "School nursing team, Harbourne Children's Community Health Services: catch-up vaccinations at school in the autumn term 2026, with a Dari interpreter."]),
  ("p", "Health agreement: the health provision in this section was reviewed and supported by Dr Helen Okafor, Designated Clinical Officer, Coast and Isles Integrated Care Board, on 18 September 2026."),
 ],
 "H1": [("p", "None. Short breaks were considered in the child and family assessment (June 2026) and are not needed.")],
 "H2": [("ul", ["Early help: a family support worker from the Dockside Family Hub visits the family every two weeks for 1 hour for 12 weeks from July 2026, then review, to help with housing, registering at the library and linking with the Afghan women's group at Dockside Community Centre."])],
 "I": [("p", "Dockside Primary School (mainstream community primary school).")],
 "J": [("p", "No personal budget has been requested.")],
 "K": [("table", ["Advice or information", "Given by", "Date"], [
   ["Maryam's views (with a Dari interpreter)", "Maryam, with Mrs A Osei, QTVI", "10 June 2026"],
   ["Parental advice (with a Dari interpreter)", "Maryam's mother", "12 June 2026"],
   ["Educational advice", "Mrs Kay Hill, SENCo, Dockside Primary School", "16 June 2026"],
   ["Educational advice (vision)", "Mrs Abena Osei, Qualified Teacher of children with Visual Impairment, Harbourne Sensory Support Service", "18 June 2026"],
   ["Habilitation assessment", "Habilitation Specialist, Harbourne Sensory Support Service", "2 July 2026"],
   ["Psychological advice", "Dr Sara Lindqvist, Educational Psychologist", "25 June 2026"],
   ["Medical advice", "Mr Julian Fry, Consultant Paediatric Ophthalmologist, Harbourne University Hospital", "5 June 2026"],
   ["Orthoptic report", "Orthoptist, Harbourne University Hospital", "5 June 2026"],
   ["School nursing report (vaccinations)", "School Nurse, Harbourne Children's Community Health Services", "22 June 2026"],
   ["Social care advice (child and family assessment)", "Social Worker, Harbourne Children's Services", "30 June 2026"]])],
 },
})


def main():
    os.makedirs(OUT, exist_ok=True)
    for plan in PLANS:
        RENDER[plan["layout"]](plan, os.path.join(OUT, plan["id"] + ".docx"))
        print("wrote", plan["id"], plan["layout"])


if __name__ == "__main__":
    main()
