#!/usr/bin/env python3
"""Generator for blind test set AG1 (Wrensbury City Council, fictional).

Plan text is held as Python data below. Three renderers, one per layout:
  letter-column      - one big two-column table, shaded section letter merged down the left
  ef-table           - E and F in one "Outcome | Provision | How often | Who" table
  heading2-numbered  - Heading 2 per section, numbered Heading 3 sub-headings, Word list styles

Block mini-language used in section content lists:
  "## text"   sub-heading
  "- text"    bullet
  "# text"    numbered item
  "text"      ordinary paragraph
  ("table", [[header...], [row...], ...])   a table (heading2 / ef-table layouts only)
Run:  /work/blind/.venv-AG1/bin/python generate.py
"""
import os
from docx import Document
from docx.shared import Pt, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "plans")
COUNCIL = "Wrensbury City Council"

SECTION_ORDER = ["A", "B", "C", "D", "E", "F", "G", "H1", "H2", "I", "J", "K"]


def titles(name):
    return {
        "A": f"Section A: The views, interests and aspirations of {name} and {name}'s family",
        "B": f"Section B: {name}'s special educational needs",
        "C": f"Section C: {name}'s health needs which relate to their special educational needs or disability",
        "D": f"Section D: {name}'s social care needs which relate to their special educational needs or disability",
        "E": "Section E: Outcomes",
        "F": "Section F: Special educational provision",
        "G": "Section G: Health provision",
        "H1": "Section H1: Social care provision which must be made under section 2 of the Chronically Sick and Disabled Persons Act 1970",
        "H2": "Section H2: Any other social care provision reasonably required",
        "I": "Section I: Placement",
        "J": "Section J: Personal budget",
        "K": "Section K: Advice and information",
    }


def shade(cell, fill="D9E2F3"):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def base_doc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    return doc


def set_cell_text(cell, text, bold=False):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    return p


def add_block_doc(doc, blk, sub_style, bullet_style="List Bullet", num_style="List Number"):
    """Render one block as document-level paragraph(s)."""
    if isinstance(blk, tuple) and blk[0] == "table":
        rows = blk[1]
        t = doc.add_table(rows=0, cols=len(rows[0]))
        t.style = "Table Grid"
        for i, row in enumerate(rows):
            cells = t.add_row().cells
            for j, txt in enumerate(row):
                set_cell_text(cells[j], txt, bold=(i == 0))
                if i == 0:
                    shade(cells[j], "E7E6E6")
        doc.add_paragraph()
        return
    if blk.startswith("## "):
        if sub_style == "bold":
            p = doc.add_paragraph()
            p.add_run(blk[3:]).bold = True
        else:
            doc.add_paragraph(blk[3:], style=sub_style)
    elif blk.startswith("- "):
        doc.add_paragraph(blk[2:], style=bullet_style)
    elif blk.startswith("# "):
        doc.add_paragraph(blk[2:], style=num_style)
    else:
        doc.add_paragraph(blk)


def front_table(doc, plan):
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for lab, val in plan["front"]:
        c = t.add_row().cells
        set_cell_text(c[0], lab, bold=True)
        shade(c[0], "E7E6E6")
        set_cell_text(c[1], val)
    doc.add_paragraph()


# ---------------------------------------------------------------- heading2-numbered
def render_heading2(plan):
    doc = base_doc()
    doc.add_heading(f"{COUNCIL}: Education, Health and Care (EHC) Plan", level=1)
    front_table(doc, plan)
    tt = titles(plan["name"])
    for sec in SECTION_ORDER:
        doc.add_heading(tt[sec], level=2)
        for blk in plan["sections"][sec]:
            add_block_doc(doc, blk, sub_style="Heading 3")
    return doc


# ---------------------------------------------------------------- ef-table
def render_ef(plan):
    doc = base_doc()
    doc.add_heading(f"{COUNCIL}: Education, Health and Care (EHC) Plan", level=1)
    front_table(doc, plan)
    tt = titles(plan["name"])
    for sec in SECTION_ORDER:
        if sec == "F":
            continue
        if sec == "E":
            doc.add_heading("Sections E and F: Outcomes and the special educational provision to meet them", level=1)
            for blk in plan.get("ef_intro", []):
                add_block_doc(doc, blk, sub_style="bold")
            render_ef_table(doc, plan["ef"])
            for blk in plan.get("f_after", []):
                add_block_doc(doc, blk, sub_style="bold")
            continue
        doc.add_heading(tt[sec], level=1)
        for blk in plan["sections"][sec]:
            add_block_doc(doc, blk, sub_style="bold")
    return doc


def render_ef_table(doc, groups):
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    hdr = ["Outcome (Section E)", "Provision (Section F)", "How often and for how long", "Who"]
    for j, h in enumerate(hdr):
        set_cell_text(t.rows[0].cells[j], h, bold=True)
        shade(t.rows[0].cells[j], "C5E0B3")
    for g in groups:
        if isinstance(g, str):  # area row
            cells = t.add_row().cells
            m = cells[0].merge(cells[3])
            set_cell_text(m, g, bold=True)
            shade(m, "E2EFD9")
            continue
        first = None
        for i, (prov, freq, who) in enumerate(g["rows"]):
            cells = t.add_row().cells
            if i == 0:
                first = cells[0]
                set_cell_text(cells[0], g["outcome"])
            else:
                merged = first.merge(cells[0])
                first = merged
            set_cell_text(cells[1], prov)
            set_cell_text(cells[2], freq)
            set_cell_text(cells[3], who)
    # merging appends empty paragraphs to the merged cell; tidy them
    for row in t.rows:
        c = row.cells[0]
        ps = c.paragraphs
        for p in ps[1:]:
            if not p.text.strip():
                p._element.getparent().remove(p._element)
    doc.add_paragraph()


# ---------------------------------------------------------------- letter-column
def render_letter(plan):
    doc = base_doc()
    p = doc.add_paragraph()
    r = p.add_run(f"{COUNCIL}\nEducation, Health and Care (EHC) Plan")
    r.bold = True
    r.font.size = Pt(16)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    tt = titles(plan["name"])

    def add_group(letter, title, blocks, front=False):
        start = None
        rows = []
        c = t.add_row().cells
        start = c[0]
        set_cell_text(c[1], title, bold=True)
        rows.append(c)
        for blk in blocks:
            c = t.add_row().cells
            rows.append(c)
            cell = c[1]
            if front:
                lab, val = blk
                cell.text = ""
                pp = cell.paragraphs[0]
                pp.add_run(lab + ": ").bold = True
                pp.add_run(val)
                continue
            if blk.startswith("## "):
                set_cell_text(cell, blk[3:], bold=True)
            elif blk.startswith("- "):
                cell.text = ""
                cell.paragraphs[0].style = doc.styles["List Bullet"]
                cell.paragraphs[0].add_run(blk[2:])
            elif blk.startswith("# "):
                cell.text = ""
                cell.paragraphs[0].style = doc.styles["List Number"]
                cell.paragraphs[0].add_run(blk[2:])
            else:
                set_cell_text(cell, blk)
        merged = start.merge(rows[-1][0])
        for pp in merged.paragraphs:
            if not pp.text.strip():
                pp._element.getparent().remove(pp._element)
        merged.text = ""
        run = merged.paragraphs[0].add_run(letter)
        run.bold = True
        run.font.size = Pt(20)
        merged.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        shade(merged, "1F3864")
        run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)

    add_group("Plan", "About this plan", plan["front"], front=True)
    for sec in SECTION_ORDER:
        add_group(sec, tt[sec], plan["sections"][sec])
    for row in t.rows:
        row.cells[0].width = Pt(50)
        row.cells[1].width = Pt(420)
    return doc


RENDER = {"heading2-numbered": render_heading2, "ef-table": render_ef, "letter-column": render_letter}

PLANS = []

# =====================================================================================
# ag101 - letter-column - SOUND - Amelia, 1 year 7 months, Prader-Willi syndrome
# =====================================================================================
PLANS.append({
    "id": "ag101", "layout": "letter-column", "name": "Amelia",
    "front": [
        ("First name", "Amelia"),
        ("School year", "Early years (not yet of school age)"),
        ("Age when this plan was issued", "1 year 7 months"),
        ("Date this plan was issued", "21 September 2026"),
        ("Date of last annual review", "None yet: this is Amelia's first plan. Because Amelia is under 5, her plan will be reviewed every 6 months; the first review is due by March 2027."),
        ("Plan type", "Final plan following an EHC needs assessment"),
        ("Home language", "English"),
        ("Caseworker", "Early Years Caseworker, Wrensbury Special Educational Needs and Disabilities (SEND) Assessment and Review Team"),
    ],
    "sections": {
        "A": [
            "## How we found out what Amelia thinks and feels",
            "Amelia is 19 months old and is not yet using words. Her views were gathered by watching her play on three visits (at home on 28 June 2026 and at nursery on 30 June and 2 July 2026), by her key person at Little Acorns Day Nursery, who sees her three days a week, and by her mum and dad, who know her best. What follows describes what Amelia shows us through her face, her sounds, her reaching and her body.",
            "## What Amelia enjoys (seen by her key person and her parents)",
            "- Bubbles: she follows them with her eyes, laughs and pats the air to ask for more.",
            "- Music and singing, especially 'Row, Row, Row Your Boat'. She rocks forward and back when the song stops, to ask for it again.",
            "- Water play. She splashes with both hands and squeals with delight.",
            "- Her big brother Jacob, who is 5. She turns her whole body towards him when he comes into the room.",
            "- The light-up piano at nursery. She presses the keys with her palm and looks at the adult to share her excitement.",
            "## What people like and admire about Amelia",
            "Amelia has a beautiful smile and is very sociable. She makes lovely eye contact and takes turns to 'talk' with babble sounds. Her key person says she is 'the most determined little girl in the baby room': she keeps trying to roll and reach for toys even when it is hard work for her. She is calm, patient and settles well with people she knows.",
            "## What is important to Amelia",
            "- Being held or seated upright so that she can see what is going on around her.",
            "- The same people and the same routine each day, with her comfort blanket close by.",
            "- Meals and snacks at the same times each day, in the same seat.",
            "- Plenty of time to do things in her own way; she needs time to move and to answer.",
            "At nursery Amelia has access to the sensory corner, where she happily spends up to 20 minutes with the lights and textures. This is part of the ordinary nursery day.",
            "## Her parents' views",
            "\"We found out that Amelia has Prader-Willi syndrome when she was three weeks old. It was a shock, but she has taught us so much. She is a happy baby and she loves people. Our biggest worries are her muscles, because she is still not crawling, and food, because we know that the hunger that comes with Prader-Willi can start when children are toddlers. We want everyone who looks after her to understand this and to follow the same plan with food. We would love her to go to the same primary school as Jacob.\" (Amelia's mum and dad, 28 June 2026)",
            "## Hopes for the future",
            "Amelia's parents hope that she will:",
            "- walk on her own, so that she can follow Jacob around the garden;",
            "- say her first words and be able to tell them what she wants;",
            "- play with other children and make friends at nursery;",
            "- start in the Reception class at Jacob's local primary school in September 2029, with the support she needs.",
        ],
        "B": [
            "Amelia has Prader-Willi syndrome, a genetic condition that causes low muscle tone (hypotonia), delayed development and, in time, a very strong appetite. Her needs are described below by area. Her development has been measured against the Early Years Foundation Stage (EYFS) and the Portage checklist.",
            "## Communication and interaction",
            "Strengths: Amelia turns when she hears her name, makes eye contact, smiles to start an interaction and takes turns with babble sounds ('ba', 'da', 'mm').",
            "Needs: Amelia is not yet using words or signs. Her communication is at around the level expected at 9 to 12 months. Weak muscles around her mouth make it harder for her to make sounds, and she tires quickly. She tells adults what she wants by reaching, looking and crying. She needs adults to use simple words, signs and pauses so that she has time to join in.",
            "## Cognition and learning",
            "Strengths: Amelia enjoys cause-and-effect toys and remembers how to make the light-up piano play.",
            "Needs: Amelia learns new skills slowly and needs many repetitions, broken into small steps. She cannot yet put shapes into a simple inset board or find a toy hidden under a cloth every time.",
            "## Social, emotional and mental health",
            "Strengths: Amelia is content and settles with familiar adults.",
            "Needs: Amelia becomes upset when her routine changes or when a new adult handles her, and she finds it hard to calm herself. It can take her 15 minutes or more to settle at nursery when her key person is not there.",
            "## Sensory and physical",
            "Strengths: Amelia can hold her head steady and sits on her own on the floor for up to 5 minutes.",
            "Needs: Because of her low muscle tone, Amelia is not yet crawling or pulling to stand. She needs supportive seating to sit safely at the table and to play with her hands. She grasps toys with her whole hand and cannot yet pick up small items with her finger and thumb.",
        ],
        "C": [
            "Amelia has no difficulty with her hearing (her newborn hearing screen was clear and this was confirmed by Children's Audiology in June 2026), but she does have the following health needs linked to Prader-Willi syndrome:",
            "- Low muscle tone (hypotonia), which affects sitting, crawling, standing and her stamina. Amelia is seen by Children's Physiotherapy.",
            "- Growth hormone treatment: Amelia has a daily injection at home, given by her parents. Her treatment is monitored by the Paediatric Endocrinology team at Wrensbury Children's Hospital.",
            "- Eating and weight: Amelia's appetite is changing, as is expected in Prader-Willi syndrome. She needs a planned diet, set portion sizes and adults who keep food out of sight and out of reach, to prevent rapid weight gain and distress around food.",
            "- Sleep and breathing: children with Prader-Willi syndrome are at higher risk of breathing pauses during sleep (sleep apnoea). Amelia's sleep study on 14 May 2026 showed no sleep apnoea. It needs to be repeated each year while she is on growth hormone.",
        ],
        "D": [
            "Amelia does not have social care needs at present. This was the finding of the social care advice given by the Children with Disabilities Team on 12 July 2026, after a visit to the family: Amelia's needs are being met by her parents, with help from her grandparents and universal services.",
            "Amelia's parents were given information on short breaks, the parent carer forum and the Wrensbury Local Offer at that visit, and know how to ask for a social care assessment if things change.",
        ],
        "E": [
            "These outcomes are for Amelia's first 12 months with this plan. Progress towards them will be checked at her 6-month review in March 2027.",
            "## Communication and interaction",
            "E1. By March 2027, Amelia will use 5 signs or words (for example 'more', 'all gone', 'drink', 'Mummy', 'bubbles') on her own to ask for something, seen by her key person on at least 3 days in a week and written in her learning journal.",
            "## Cognition and learning",
            "E2. By March 2027, Amelia will put 3 shapes into a simple inset puzzle by herself on 4 out of 5 tries, recorded by her Portage home visitor.",
            "## Social, emotional and mental health",
            "E3. By March 2027, Amelia will settle with her key person or back-up key person within 5 minutes of arriving at nursery on 4 days out of 5, recorded on the nursery arrival chart.",
            "E4. By September 2027, Amelia will play alongside another child at the water tray or sand tray for 5 minutes, looking at and copying what they do, on 2 occasions each week, recorded by her key person.",
            "## Physical development and health",
            "E5. By September 2027, Amelia will walk 10 steps on her own across the nursery room, checked by her physiotherapist at her review.",
            "E6. By September 2027, Amelia will sit at the table for the whole of a 15-minute snack time and eat only from her own plate on 4 days out of 5, recorded on the nursery food chart and shared with her dietitian.",
        ],
        "F": [
            "## F1 Communication and interaction (outcome E1)",
            "- Speech and language therapy: a speech and language therapist (SLT) from Wrensbury Children's Speech and Language Therapy Service will see Amelia on her own at nursery once every half term for 45 minutes. The SLT will set her communication targets, show her key person and parents how to work on them and write a short programme after each visit.",
            "- Amelia's key person will carry out the SLT programme with her 1:1 for 10 minutes, twice during each nursery session (3 days a week).",
            "- All staff in the baby room will use Makaton signs (a signing system used alongside speech) with Amelia throughout every session. Her key person has Makaton Foundation (Level 1) training and will teach 2 new signs each fortnight, sharing them with her parents in the home-nursery book.",
            "## F2 Cognition and learning (outcome E2)",
            "- Portage: a Portage home visitor (trained in the Portage model, Wrensbury Early Years Inclusion Service) will visit Amelia at home every week during term time for 1 hour, using small-step play activities with Amelia and her parents.",
            "- An Early Years Inclusion Teacher (a qualified teacher with specialist early years SEND training) will visit nursery once each half term for 1 hour to check Amelia's progress against her small-step targets and set new ones with her key person.",
            "## F3 Social, emotional and mental health (outcomes E3 and E4)",
            "- Amelia will have a named key person and a named back-up key person. One of them will greet her at the door at every session, sing the same 'hello' song and show her 3 photographs of what will happen that day.",
            "- Her key person will set up a 10-minute play session, 3 times a week, with Amelia and 1 other child at the water or sand tray, modelling turn-taking and copying.",
            "## F4 Physical development (outcomes E5 and E6)",
            "- 1:1 support from a trained early years practitioner (Level 3) for 15 hours a week across Amelia's three nursery days, to carry out the physiotherapy positioning and movement programme written by her physiotherapist (see Section G), to supervise all eating and to support play.",
            "- Specialist seating: a supportive floor seat and a high chair with side supports, provided and maintained by Wrensbury Children's Occupational Therapy Equipment Service and checked by the occupational therapist once a term.",
            "- Food security at nursery: food will be stored in a locked cupboard in the baby room kitchen, and Amelia's snacks and lunch will follow the written meal plan from her dietitian (Section G), served by her 1:1 practitioner.",
            "- January 2027: the Early Years Inclusion Teacher will deliver a 90-minute training session on Prader-Willi syndrome, food security and positioning to all 6 members of the baby room staff, repeated each September while Amelia attends.",
        ],
        "G": [
            "- Children's Physiotherapy (Wrensbury Children's Hospital): a paediatric physiotherapist will see Amelia once a month for 45 minutes, alternating between home and nursery, for 12 months and then review. The physiotherapist will write a daily positioning and movement programme for her parents and her 1:1 practitioner and update it each half term.",
            "- Paediatric Endocrinology: the Consultant Paediatric Endocrinologist will review Amelia's growth hormone treatment in clinic every 3 months (30-minute appointment). The endocrine specialist nurse will telephone the family once a month to check on the injections.",
            "- Paediatric Dietetics: a paediatric dietitian will review Amelia's weight and eating every 8 weeks (30 minutes, in clinic or at home) and will write the nursery meal plan, updating it after each review.",
            "- Sleep and breathing: a sleep study (one night at Wrensbury Children's Hospital) once a year, next due in May 2027, arranged by the Paediatric Respiratory Sleep Service.",
            "- Community Paediatrics: the Consultant Community Paediatrician will review Amelia's overall health and development every 6 months (30-minute appointment).",
            "Health agreement: Sections C and G were reviewed and supported by Dr Meera Chahal, Designated Clinical Officer (DCO), Wrensbury Integrated Care Board (ICB), on 9 September 2026.",
        ],
        "H1": [
            "No provision under section 2 of the Chronically Sick and Disabled Persons Act 1970 is needed at present (see Section D). Short breaks were considered with the family at the social care visit on 12 July 2026 and they did not wish to apply; they know how to ask for an assessment if their needs change.",
        ],
        "H2": [
            "None at present. Information on early help and on the Wrensbury parent carer forum was given to Amelia's parents by the Children with Disabilities Team social worker on 12 July 2026.",
        ],
        "I": [
            "Little Acorns Day Nursery, Wrensbury (a private early years setting), 3 days a week. Amelia's parents chose this nursery and the setting has agreed to meet her needs with the provision in Section F.",
        ],
        "J": [
            "Amelia's parents have not asked for a personal budget.",
        ],
        "K": [
            "The following advice and information was gathered during the assessment and is attached to this plan:",
            "- Parents' views: Amelia's mum and dad, given at home on 28 June 2026.",
            "- Educational advice (early years): Amelia's key person, Early Years Practitioner (Level 3), Little Acorns Day Nursery, 30 June 2026.",
            "- Educational advice (early years inclusion): Joanne Pryce, Early Years Inclusion Teacher, Wrensbury Early Years Inclusion Service, 2 July 2026.",
            "- Portage report: Sandeep Gill, Portage Home Visitor, Wrensbury Early Years Inclusion Service, 26 June 2026.",
            "- Psychological advice: Dr Harjit Kaur, Educational Psychologist, Wrensbury Educational Psychology Service, 6 July 2026.",
            "- Medical advice: Dr Owen Price, Consultant Community Paediatrician, Wrensbury Children's Hospital, 1 July 2026.",
            "- Physiotherapy advice: Fatima Noor, Paediatric Physiotherapist, Wrensbury Children's Hospital, 24 June 2026.",
            "- Endocrinology advice: Dr Lena Kowalczyk, Consultant Paediatric Endocrinologist, Wrensbury Children's Hospital, 10 June 2026.",
            "- Dietetic advice: Sian Hughes, Paediatric Dietitian, Wrensbury Children's Hospital, 17 June 2026.",
            "- Sleep study report: Dr Kwame Mensah, Consultant in Paediatric Respiratory Medicine, Paediatric Respiratory Sleep Service, 14 May 2026.",
            "- Speech and language therapy advice: Rhiannon Day, Speech and Language Therapist, Wrensbury Children's Speech and Language Therapy Service, 29 June 2026.",
            "- Occupational therapy (seating) advice: Priya Dhillon, Occupational Therapist, Wrensbury Children's Occupational Therapy Service, 3 July 2026.",
            "- Social care advice: Aisha Begum, Social Worker, Children with Disabilities Team, 12 July 2026.",
        ],
    },
})

# =====================================================================================
# ag102 - ef-table - FAIL - Oskar, 10, Year 5, autism with a demand-avoidant profile
# =====================================================================================
PLANS.append({
    "id": "ag102", "layout": "ef-table", "name": "Oskar",
    "front": [
        ("First name", "Oskar"),
        ("School year", "Year 5"),
        ("Age", "10"),
        ("Date this plan was issued", "03/03/2026"),
        ("Date of last annual review", "Not applicable (new plan)"),
        ("Plan type", "Final plan following an Education, Health and Care (EHC) needs assessment"),
        ("Home languages", "Polish and English (an interpreter was used at meetings with Oskar's mum)"),
        ("Caseworker", "Wrensbury Special Educational Needs and Disabilities (SEND) Assessment and Review Team"),
    ],
    "sections": {
        "A": [
            "## Oskar's story so far",
            "Oskar was born in Wrensbury and has lived here all his life; his parents moved from Gdańsk in 2013. He went to Little Oaks Nursery and then joined Meadowbank Primary School in Reception. In Year 2 his teachers noticed that he found group work and changes of routine very hard, and that he often refused tasks that he could do easily. The school put a support plan in place in Year 3 and asked the Autism Outreach Team for advice. In Year 4 Oskar began leaving the classroom several times a day. His parents asked for this EHC needs assessment in October 2025, and he was diagnosed with autism with a demand-avoidant profile in November 2025.",
            "## What Oskar told us",
            "Oskar talked to his educational psychologist and his teaching assistant in the school library on 22 January 2026. He chose to type some of his answers on a laptop. These are his own words:",
            "\"I like Minecraft, trains and the Titanic. I know all the stations from Wrensbury New Street to Warsaw because I planned it with my tata. I like building redstone machines. I don't like it when people say 'you have to' or 'now'. My body goes hot and I have to get away. I like it when Mrs Kowalska asks me what I think first. School is too loud at dinner time. I want to go to Hillside with Kuba.\"",
            "## What Oskar's family told us",
            "Oskar's mum and dad met the caseworker at home on 20 January 2026, with a Polish interpreter. They describe Oskar as clever, funny and kind to his little sister, Zosia. He reads everything he can find about trains and ships and remembers facts in great detail. At home he can spend up to two hours designing railway layouts in Minecraft.",
            "\"After school he is like a bottle of fizzy drink that has been shaken. He holds it together all day and then it all comes out at home. If we ask him to do something, even something he likes, he says no, or he runs to his room. We have learned to ask in a different way, and it helps. We want school to understand that he is not being naughty. We want him to stay at Meadowbank and go to secondary school with his friends.\"",
            "## Oskar's hopes for the future",
            "Oskar says he wants to be a train driver or to design computer games. His parents hope he will move to Hillside Academy with his friend Kuba in Year 7 and that he will be happy and calm at school.",
        ],
        "B": [
            "Oskar was diagnosed with autism with a demand-avoidant profile by the Community Paediatrician in November 2025. A demand-avoidant profile means that everyday requests and expectations make Oskar very anxious, and he tries to avoid them, sometimes by arguing, changing the subject or leaving.",
            "## Communication and interaction",
            "Oskar has a wide vocabulary and talks confidently about his interests. He takes language literally and misunderstands jokes and sarcasm. He finds it hard to take turns in conversation and to join in with group play unless he is leading it. He has one close friend, Kuba.",
            "## Cognition and learning",
            "Oskar is working above the expected standard in reading (he reads at the level of a 13-year-old on the school's standardised test) and at the expected standard in maths. He avoids writing: in the autumn term he completed a written paragraph in only 4 of 30 literacy lessons. He can type quickly and accurately.",
            "## Social, emotional and mental health",
            "Oskar's anxiety rises sharply when he feels he has no control. When this happens he hides under tables or leaves the classroom, on average 3 times a day in the autumn term. He is rarely aggressive but he has thrown equipment twice this year. He copes better when adults use indirect language, offer choices and give him time.",
            "## Sensory and physical",
            "Oskar is very sensitive to noise, particularly in the dining hall and in assemblies, and he seeks movement: he rocks on his chair and paces. An occupational therapy assessment in February 2026 found that he needs planned movement and quiet times through the day.",
        ],
        "C": [
            "Not known at this time.",
        ],
        "D": [
            "Oskar does not have social care needs. The social care advice from the Early Help Hub (10 February 2026) found that the family's needs are met through universal services. The family have been given details of the autism parent programme on the Wrensbury Local Offer.",
        ],
        "G": [
            "No health provision has been identified.",
            "Health agreement: this plan was reviewed and supported by Dr Meera Chahal, Designated Clinical Officer (DCO), Wrensbury Integrated Care Board (ICB), on 24 February 2026.",
        ],
        "H1": [
            "None. Short breaks were discussed with Oskar's parents by the Early Help Hub on 10 February 2026; the family did not wish to apply.",
        ],
        "H2": [
            "None (see Section D).",
        ],
        "I": [
            "Meadowbank Primary School, Wrensbury (mainstream primary school).",
        ],
        "J": [
            "No personal budget has been requested.",
        ],
        "K": [
            ("table", [
                ["Advice or information", "Given by", "Date"],
                ["Parents' views", "Oskar's mum and dad (with a Polish interpreter)", "Not recorded"],
                ["Oskar's views", "Gathered by his teaching assistant and educational psychologist", "22 January 2026"],
                ["Educational advice", "Mrs J. Patel, Special Educational Needs Co-ordinator (SENCo), Meadowbank Primary School", "19 January 2026"],
                ["Psychological advice", "Dr Tomasz Zielinski, Educational Psychologist, Wrensbury Educational Psychology Service", "28 January 2026"],
                ["Medical advice (diagnostic report)", "Dr Anita Sandhu, Community Paediatrician, Wrensbury Children's Hospital", "11 November 2025"],
                ["Occupational therapy advice", "Liam Carter, Occupational Therapist, Wrensbury Children's Therapy Service", "5 February 2026"],
                ["Advice on classroom strategies", "Autism Outreach Team", ""],
                ["Social care advice", "Kerry Walsh, Family Support Worker, Early Help Hub", "10 February 2026"],
            ]),
        ],
    },
    "ef_intro": [
        "The outcomes below are for the end of Year 5 (July 2026) unless another date is given. Provision will be reviewed at Oskar's first annual review.",
    ],
    "ef": [
        "Communication and interaction",
        {"outcome": "Oskar will receive 1:1 support from a teaching assistant during unstructured times.",
         "rows": [
             ("1:1 teaching assistant (TA) support at break and lunchtime, from a TA who has completed the Autism Education Trust Tier 2 training", "Every day, 12.00 to 1.00pm and 10.30 to 10.45am", "Named TA"),
             ("Social skills group", "Weekly", "TA"),
         ]},
        {"outcome": "By July 2026, Oskar will plan and build a Minecraft project with two classmates in computing club, taking turns to give instructions, on 3 occasions in the summer term, recorded by the club leader.",
         "rows": [
             ("Lunchtime computing club with Oskar and 2 chosen classmates, using Minecraft Education, with turn-taking cards", "Once a week (Thursday), 30 minutes", "Computing lead (qualified teacher)"),
         ]},
        "Social, emotional and mental health",
        {"outcome": "By July 2026, Oskar will feel calmer and happier in school.",
         "rows": [
             ("Access to a quiet space as appropriate", "When needed", "All staff"),
             ("Regular check-ins with a trusted adult", "Daily", "Named TA"),
         ]},
        {"outcome": "Staff will use declarative language and offer Oskar choices so that demands are reduced.",
         "rows": [
             ("Oskar should have opportunities to lead activities linked to his interests (trains, Minecraft, the Titanic)", "Where possible", "Class teacher"),
             ("Training for all staff who work with Oskar on the demand-avoidant profile of autism, delivered by the Autism Outreach Team", "One 2-hour session in the spring term 2026", "Autism Outreach Teacher"),
         ]},
        {"outcome": "Oskar will be more confident with his friends.",
         "rows": [
             ("Lego-based therapy", "Weekly for 10 weeks", "Trained TA"),
         ]},
        "Cognition and learning",
        {"outcome": "By July 2026, Oskar will write a paragraph of at least 5 sentences on his own, typed or handwritten, in 3 out of 5 literacy lessons each week, checked by his class teacher at the end of each half term.",
         "rows": [
             ("Structured touch-typing programme, 1:1", "15 minutes, 3 times a week", "Named TA"),
             ("Laptop for all extended writing, set up and maintained by the school's computing technician", "Every lesson with extended writing", "Computing technician"),
         ]},
        "Sensory and physical",
        {"outcome": "Oskar is given ear defenders and a movement break when he needs them.",
         "rows": [
             ("Occupational therapy assessment of Oskar's sensory needs in school and a written sensory diet (a planned set of movement and calming activities)", "1 visit of 90 minutes in the spring term, then a 45-minute review each term", "Occupational Therapist, Wrensbury Children's Therapy Service"),
             ("Sensory diet activities from the occupational therapist's programme, 1:1", "Twice daily, 10 minutes (before lessons and after lunch)", "Named TA"),
             ("Ear defenders, kept in the classroom", "Dining hall and assemblies", "Class teacher"),
         ]},
    ],
})

# =====================================================================================
# ag103 - heading2-numbered - SOUND - Arjun, 13, Year 9, Tourette syndrome
# =====================================================================================
PLANS.append({
    "id": "ag103", "layout": "heading2-numbered", "name": "Arjun",
    "front": [
        ("First name", "Arjun"),
        ("School year", "Year 9"),
        ("Age", "13 years"),
        ("Date this plan was issued", "12 June 2026 (amended plan following annual review)"),
        ("Date of last annual review", "20 April 2026"),
        ("Plan type", "Amended Education, Health and Care (EHC) plan"),
        ("Home languages", "English and Punjabi"),
        ("Caseworker", "Wrensbury Special Educational Needs and Disabilities (SEND) Assessment and Review Team, Secondary"),
    ],
    "sections": {
        "A": [
            "## A1 All about me (in Arjun's own words)",
            "Arjun wrote this with his learning mentor on 16 March 2026 and checked it before his review. He asked for it to be kept in his own words.",
            "\"My name is Arjun and I am 13. I have Tourette's. That means I have tics, which are movements and noises I don't choose to make. Mine are mostly head jerks, blinking, sniffing and sometimes a squeak. They get worse when I'm stressed or tired and they get better when I'm drumming.\"",
            "\"I play the drums and I make beats on my laptop. I can spend up to three hours on my music software at the weekend without noticing. I'm also really into football stats. Ask me anything about Aston Villa.\"",
            "\"The worst thing about school is when a supply teacher doesn't know about my tics and tells me off, or when people copy my noises. The best thing is music with Mr Hale and having my tic-break card, because I know I can go out if I need to and I don't have to explain. I don't like tests in the hall because everyone can hear me.\"",
            "## A2 What I want for my future",
            "\"I want to be a sound engineer or a music producer. I want to do music technology at college and then maybe university. I want to play in a proper band and do gigs. I also want to go into town on the bus on my own, like my cousins do.\"",
            "## A3 What my parents say",
            "Arjun's mum and dad gave their views at the annual review on 20 April 2026. \"Arjun is funny, loyal and very talented. He has taught himself so much about music. We worry that the tics make him anxious and that he holds them in all day at school and then he is exhausted and in pain by the evening. We want him to get his GCSEs (General Certificate of Secondary Education) in English, maths and music, to feel proud of who he is, and to be able to travel and look after himself as he gets older.\"",
            "## A4 What others like and admire about Arjun",
            "- He is a talented drummer and plays in the school's Year 9 band.",
            "- He is kind: he helps younger pupils at the after-school music club.",
            "- He is honest about his Tourette syndrome and has talked about it in a school assembly.",
            "- He has a great sense of humour and a wide group of friends.",
        ],
        "B": [
            "## B1 Summary",
            "Arjun has Tourette syndrome, diagnosed by the Tic Clinic at Wrensbury Children's Hospital in 2021, with anxiety linked to his tics. He is working at the expected level in most subjects and above it in music. His special educational needs are mainly social, emotional and mental health needs, with some effect on writing and on exams.",
            "## B2 Communication and interaction",
            "Arjun communicates well and has good friendships. He finds it hard to explain his tics to new adults and to pupils he does not know, and he becomes withdrawn when he is teased. Strength: he is a confident speaker when talking about music.",
            "## B3 Cognition and learning",
            "Arjun's reading and maths are in line with his age. His motor tics affect his right arm and his handwriting speed is 11 words a minute (the average for his age is about 18). His written work is shorter than he is capable of and he runs out of time in tests.",
            "## B4 Social, emotional and mental health",
            "Arjun works hard to hold his tics in at school. This is tiring and makes his tics much stronger at home in the evenings. He becomes anxious before tests, when he meets new staff and in silent settings. In the autumn term he left 19 lessons early and missed 6 days of school. He is aware of his needs and wants to manage them himself.",
            "## B5 Sensory and physical",
            "Repeated head and shoulder tics give Arjun neck and shoulder pain, especially by the end of the school day. He is otherwise fit and active.",
        ],
        "C": [
            "## C1 Health needs",
            "- Tourette syndrome: Arjun has motor tics (head jerks, blinking, shoulder shrugs) and vocal tics (sniffing, squeaking). He is under the Tic Clinic at Wrensbury Children's Hospital, where he has regular appointments.",
            "- Anxiety linked to his tics: Arjun was assessed by Child and Adolescent Mental Health Services (CAMHS) in January 2026, who found moderate anxiety and offered him treatment.",
            "- Arjun has no difficulty with his sleep, but he does have neck and shoulder pain from repeated head-jerk tics, for which he was referred to Children's Physiotherapy in February 2026.",
            "Arjun does not take any medication for his tics at present.",
        ],
        "D": [
            "## D1 Social care needs",
            "Arjun does not have social care needs. This was the conclusion of the social care advice from the Wrensbury Early Help Hub (Early Help Practitioner, 10 March 2026), which found that Arjun's needs are met by his family and by universal and school services. Arjun's family were given information about youth activities, short breaks for disabled young people and the Local Offer.",
        ],
        "E": [
            "## E1 Employment and further education",
            "# By July 2027, Arjun will gain his Bronze Arts Award (music), awarded by Trinity College London, having planned and delivered a 10-minute drum workshop for younger pupils.",
            "# By March 2027, Arjun will have a confirmed place on the Year 10 work experience week at a local recording studio, and will then attend all 5 days, recorded by the school's careers lead.",
            "# By July 2027, Arjun will complete every piece of extended writing in his English and music coursework on his laptop within the time given, meeting his teachers' target grade in each, checked by his learning mentor each half term.",
            "## E2 Independent living",
            "# By April 2027, Arjun will travel by bus on his own from home to Wrensbury city centre and back, on 3 separate journeys, signed off by his travel trainer.",
            "## E3 Friends, relationships and community",
            "# By April 2027, Arjun will take part in a youth music project outside school (for example the Wrensbury Youth Music Collective) at least twice a month for a term, recorded in his own diary and checked by his learning mentor.",
            "# By December 2026, Arjun will explain his tics to a new adult or pupil in his own words, using his tic card, on 3 occasions, recorded by his learning mentor.",
            "## E4 Good health",
            "# By April 2027, Arjun will use the competing-response strategy taught at the Tic Clinic to manage his most disruptive tic in lessons, and will leave no more than 3 lessons early in any half term (from 19 in the autumn term 2025), recorded on the school's attendance system.",
            "# By April 2027, Arjun will score below 10 on the anxiety questionnaire used by CAMHS (he scored 16 in January 2026) and will attend at least 95% of school days.",
            "# By December 2026, Arjun will do his 10-minute neck-stretch routine on his own each morning on 5 days out of 7, recorded on his phone app and checked by his physiotherapist.",
        ],
        "F": [
            "## F1 Support for learning and exams (outcome 3)",
            "- Access arrangements: 25% extra time and a separate small room for all tests and mock exams, so that Arjun's vocal tics do not worry him or others. Arranged by the Special Educational Needs Co-ordinator (SENCo) with the exams officer, for all internal tests from Year 9 and applied for formally for his GCSEs in Year 10.",
            "- A laptop for all extended writing in lessons and coursework, provided by the school and set up and maintained by the school's network manager.",
            "- Touch-typing programme, 1:1 with a teaching assistant (TA), 20 minutes three times a week in the autumn term 2026, then checked by the SENCo.",
            "## F2 Emotional wellbeing, managing tics and neck pain (outcomes 6 to 9)",
            "- Daily check-in: 1:1 with his learning mentor (trained in anxiety support by the Wrensbury Mental Health Support Team), 10 minutes every morning at 8.40am.",
            "- Tic-break card: Arjun will carry a card that lets him leave any lesson for 5 minutes to go to the Learning Support Base, without having to explain. All teaching staff, including supply staff, will be told of this in the cover notes.",
            "- Emotional Literacy Support Assistant (ELSA) sessions, 1:1, 40 minutes weekly for 8 weeks in the autumn term, then one session every 6 weeks.",
            "- From September 2026, the learning mentor will deliver one 30-minute session on Tourette syndrome to Arjun's tutor group (28 pupils), planned with Arjun.",
            "- Staff training: the Tic Clinic clinical nurse specialist will deliver 1 hour of training on Tourette syndrome to all teaching staff in the September training day each year, with a 30-minute briefing for new staff each January.",
            "- Neck and shoulder stretches: Arjun will do the stretching routine set by his physiotherapist (Section G) in the Learning Support Base for 10 minutes every lunchtime, supervised by a TA.",
            "## F3 Preparing for adulthood (outcomes 1, 2, 4 and 5)",
            "- Careers guidance: an independent careers adviser (qualified to Level 6 in careers guidance) will meet Arjun 1:1 for 45 minutes once a term in Years 9 to 11, and will help him plan for his Year 10 work experience and his college application.",
            "- Travel training: a trained travel trainer from the Wrensbury Independent Travel Training Team will work with Arjun 1:1 for 6 sessions of 1 hour, then review.",
            "- Music: every other Tuesday, an after-school music technology club in a group of no more than 8, led by the head of music (qualified teacher), for 1 hour, where Arjun will plan his Arts Award workshop.",
        ],
        "G": [
            "## G1 Tic Clinic, Wrensbury Children's Hospital",
            "Comprehensive Behavioural Intervention for Tics (CBIT): 8 sessions of 60 minutes, every two weeks, with a clinical psychologist at the Tic Clinic, starting September 2026, followed by a review appointment with the consultant paediatric neurologist every 6 months.",
            "## G2 Child and Adolescent Mental Health Services (CAMHS)",
            "Cognitive behavioural therapy for anxiety: 10 weekly sessions of 50 minutes with a CAMHS therapist, with a review at session 10.",
            "## G3 Children's Physiotherapy",
            "Four 45-minute sessions with a paediatric physiotherapist, every two weeks, to teach a daily neck and shoulder stretching programme, then a review at 3 months.",
            "## G4 Health agreement",
            "Sections C and G confirmed by Dr Meera Chahal, Designated Clinical Officer (DCO), Wrensbury Integrated Care Board, on 2 June 2026.",
        ],
        "H1": [
            "None. Social care provision was considered (see Section D) and is not needed at present.",
        ],
        "H2": [
            "None. The family have been given information about the Wrensbury Youth Service and early help through the Early Help Hub (10 March 2026).",
        ],
        "I": [
            "Brookfield Academy, Wrensbury (mainstream secondary academy).",
        ],
        "J": [
            "No personal budget has been requested.",
        ],
        "K": [
            "Advice gathered for the Year 9 annual review. Advice from Arjun's first assessment (2021) has been replaced by the advice below.",
            ("table", [
                ["Advice", "Given by", "Date"],
                ["Arjun's views", "Arjun, written with his learning mentor", "16 March 2026"],
                ["Parents' views", "Arjun's mum and dad", "20 April 2026"],
                ["Educational advice", "Mrs Claire Dobson, SENCo, Brookfield Academy", "2 April 2026"],
                ["Psychological advice", "Dr Harjit Kaur, Educational Psychologist, Wrensbury Educational Psychology Service", "3 March 2026"],
                ["Medical advice", "Dr Rajesh Bansal, Consultant Paediatric Neurologist, Tic Clinic, Wrensbury Children's Hospital", "11 February 2026"],
                ["Psychology advice (tics)", "Dr Ellie Brooks, Clinical Psychologist, Tic Clinic", "18 February 2026"],
                ["Mental health advice", "Tom Reilly, CAMHS Practitioner, Wrensbury CAMHS", "27 January 2026"],
                ["Physiotherapy advice", "Hannah Webb, Paediatric Physiotherapist, Wrensbury Children's Hospital", "25 February 2026"],
                ["Social care advice", "Early Help Practitioner, Wrensbury Early Help Hub", "10 March 2026"],
                ["Preparing for adulthood advice", "Nadia Hussain, Careers Adviser, Wrensbury Careers Service", "24 March 2026"],
            ]),
        ],
    },
})

# =====================================================================================
# ag104 - letter-column - FAIL - Kayden, 7, Year 2, foetal alcohol spectrum disorder, looked after
# =====================================================================================
PLANS.append({
    "id": "ag104", "layout": "letter-column", "name": "Kayden",
    "front": [
        ("First name", "Kayden"),
        ("School year", "Year 2"),
        ("Age", "7"),
        ("Date this plan was issued", "15 May 2026"),
        ("Date of last annual review", "Not applicable: first plan"),
        ("Plan type", "Final plan following an Education, Health and Care (EHC) needs assessment"),
        ("Looked after child", "Yes. Kayden has been looked after by Wrensbury City Council under a care order since October 2025 and lives with foster carers."),
        ("Caseworker", "Wrensbury Special Educational Needs and Disabilities (SEND) Assessment and Review Team"),
    ],
    "sections": {
        "A": [
            "## Kayden's story so far",
            "Kayden lived with his birth mother until he was 6. He moved to live with Sharon and Mick in October 2025 and started at Oakfield Primary School in the same month. He had been at two other primary schools before this and had missed a lot of his Reception and Year 1 education. Oakfield asked for this assessment in December 2025 because of his difficulties with memory, attention and early reading.",
            "## What Kayden told us",
            "Kayden shared his views with his class teacher and his foster carer, Sharon, on 12 March 2026. He drew pictures of the things he likes and talked about them while he drew.",
            "\"I like football and my bike and Sharon's dog, Biscuit. I like running races and golden time. I don't like writing because my hand gets tired. I don't like it when it's noisy in the hall. When I'm big I want to be a fireman.\"",
            "## What Kayden's foster carers told us",
            "Sharon and her husband Mick have looked after Kayden since October 2025. They describe him as loving, cheeky and full of energy. He loves being outside and he is brave on his bike. He can be very kind to younger children at the park.",
            "\"Kayden forgets things we told him five minutes ago, and it isn't because he isn't listening. He needs things to be the same every day. When he gets overwhelmed he runs off. We want school to know that he needs reminders and pictures, not just words. We would love him to be able to read a bedtime story to us by the end of Year 3.\"",
            "## Kayden's hopes for the future",
            "Kayden wants to be a firefighter. His foster carers hope he will learn to read, keep his friends and stay at Oakfield Primary School, where he is settled.",
        ],
        "B": [
            "Kayden has a diagnosis of foetal alcohol spectrum disorder (FASD), made by the Community Paediatrician in January 2026. FASD is a lifelong condition caused by alcohol exposure before birth; it affects memory, attention, learning and the way a child manages their feelings.",
            "## Strengths",
            "Kayden is sociable and enthusiastic, and he is a good runner and footballer. He remembers songs and routines that are practised often, and he learns well through doing and through pictures.",
            "## Communication and interaction",
            "Kayden's understanding of spoken language is at around the level of a 4-year-old and he often follows only the last part of an instruction. He talks in short sentences and can struggle to find the right words when he is upset, which means that disagreements with other children quickly become physical and adults need to help him to seperate what happened from how he felt about it.",
            "## Cognition and learning",
            "Kayden is working well below the expected standard for Year 2, as he was at the begining of the year. He knows 14 of the 44 phonics sounds taught so far and can read some three-letter words, but he forgets sounds from one day to the next unless they are practised daily. He can count to 20 and add within 5 using objects. He finds it difficult to hold more than one instruction in mind and he loses his concentraiton after about 5 minutes on an adult-led task.",
            "## Social, emotional and mental health",
            "Kayden can be impulsive and finds it hard to wait, take turns and follow rules in games. When he is overwhelmed he runs out of the classroom (4 times in the last half term). Changes to his day, such as a supply teacher or a school trip, upset him and he needs to be told about them in advance, with pictures.",
            "## Sensory and physical",
            "Kayden is sensitive to noise and seeks movement. His fine motor skills are weak: he holds his pencil in his fist and tires quickly when writing. He is a strong and confident runner.",
        ],
        "C": [
            "- Foetal alcohol spectrum disorder: Kayden is under the care of the Community Paediatrician, who reviews his growth, development and general health.",
            "- Sleep: Kayden has difficulty falling asleep and wakes in the night. He has been prescribed melatonin by the Community Paediatrician, which his foster carers give at home.",
            "- Growth: Kayden is small for his age and his weight is checked in clinic.",
            "- As a looked after child, Kayden has a health assessment every year by the Looked After Children's Nurse.",
        ],
        "D": [
            "Kayden is a looked after child.",
        ],
        "E": [
            "## Communication and interaction",
            "E1. By May 2027, Kayden will follow a 2-part instruction given in class (for example 'put your book away and line up') on 4 out of 5 occasions, recorded by his teaching assistant each week.",
            "## Cognition and learning",
            "E2. By May 2027, Kayden will know 30 of the 44 phonics sounds and will read a short decodable book (Phase 3) aloud to his foster carer, checked by his class teacher each half term.",
            "E3. By May 2027, Kayden will add and subtract within 10 using a number line, getting 8 out of 10 questions right, assessed by his class teacher at the end of each term.",
            "## Social, emotional and mental health",
            "E4. By December 2026, Kayden will use his 'stop' card to ask for a movement break instead of running out of class, so that he runs out no more than once in a half term, recorded on the school's behaviour log.",
            "E5. By May 2027, Kayden will take turns in a team game at playtime for 10 minutes with 2 or 3 friends on 3 days out of 5, seen and recorded by the lunchtime supervisor.",
            "## Sensory and physical",
            "E6. By May 2027, Kayden will hold his pencil with a tripod grip and write his first name and a short sentence on a line, checked by his class teacher each half term.",
            "## Health",
            "E7. By December 2026, Kayden will be asleep within 30 minutes of going to bed on 5 nights out of 7, recorded in the sleep diary kept by his foster carers and reviewed by the Community Paediatrician.",
        ],
        "F": [
            "## F1 Communication and interaction",
            "- Instructions broken into small steps and backed up with a visual timetable and now-and-next cards, used by all staff in every lesson.",
            "- Speech and language therapy: a speech and language therapist (SLT) will assess Kayden in school and will set a language programme to be carried out by his teaching assistant (TA), 1:1, 15 minutes three times a week. The SLT will visit once a term for 1 hour to review the programme.",
            "## F2 Cognition and learning",
            "- Kayden will have access to a small group phonics intervention.",
            "- Precision teaching of phonics sounds, 1:1 with his TA, 10 minutes every day, using the sounds he is learning that week.",
            "- Maths: practical maths with objects and a number line, in a group of no more than 4 pupils, 20 minutes three times a week, led by the TA and planned by the class teacher.",
            "## F3 Social, emotional and mental health",
            "- A named key adult (his TA) will greet Kayden every morning and go through his visual timetable with him, and will prepare him for any change to the day using a social story, ideally the day before.",
            "- Regular sensory breaks as appropriate.",
            "- Support from an adult where possible during unstructured times, so that he does not become overwhelmed in a noisy enviroment.",
            "- Lego-based therapy in a group of 3, 45 minutes weekly for 12 weeks, led by a TA trained in the approach.",
            "## F4 Sensory and physical",
            "- Handwriting programme with pencil grips and a sloped writing board, 1:1 with his TA, 15 minutes three times a week, set by the occupational therapist.",
            "- An occupational therapist will visit school once a term for 1 hour to review Kayden's fine motor and sensory programme and advise staff.",
            "- Staff training: the Virtual School FASD lead will deliver a 90-minute training session on FASD to all staff in Kayden's year group in the summer term 2026.",
        ],
        "G": [
            "- Community Paediatrician: review of Kayden's growth, sleep and development in clinic every 6 months (30 minutes), including review of his melatonin prescription.",
            "- Looked After Children's Nurse: an annual health assessment (about 1 hour), next due in October 2026.",
            "Health agreement: Sections C and G were reviewed and supported by Dr Meera Chahal, Designated Clinical Officer (DCO), Wrensbury Integrated Care Board (ICB), on 5 May 2026.",
        ],
        "H1": ["None."],
        "H2": ["None."],
        "I": ["Oakfield Primary School, Wrensbury (mainstream primary school)."],
        "J": ["No personal budget has been requested."],
        "K": [
            "- Views of Kayden's foster carers: Sharon and Mick, 12 March 2026.",
            "- Kayden's views: gathered by his class teacher and foster carer, 12 March 2026.",
            "- Educational advice: Miss Laura Finch, Class Teacher, and Mr David Ahmed, Special Educational Needs Co-ordinator, Oakfield Primary School, 16 March 2026.",
            "- Psychological advice: Dr Tomasz Zielinski, Educational Psychologist, Wrensbury Educational Psychology Service, 30 March 2026.",
            "- Medical advice: Dr Anita Sandhu, Community Paediatrician, Wrensbury Children's Hospital, 26 January 2026.",
            "- Looked after child health assessment: Looked After Children's Nurse, Wrensbury Children's Health Services, 20 October 2025.",
            "- Speech and language therapy advice: Rhiannon Day, Speech and Language Therapist, Wrensbury Children's Speech and Language Therapy Service, 2 April 2026.",
            "- Occupational therapy advice: Liam Carter, Occupational Therapist, Wrensbury Children's Therapy Service, 8 April 2026.",
            "- Virtual School advice: FASD lead, Wrensbury Virtual School, 14 April 2026.",
        ],
    },
})

# =====================================================================================
# ag105 - ef-table - SOUND - Zuzanna, 6, Year 1, selective mutism
# =====================================================================================
PLANS.append({
    "id": "ag105", "layout": "ef-table", "name": "Zuzanna",
    "front": [
        ("First name", "Zuzanna"),
        ("School year", "Year 1"),
        ("Age", "6 years"),
        ("Date this plan was issued", "19.01.2026"),
        ("Date of last annual review", "First plan; the first annual review is due by January 2027"),
        ("Plan type", "Final Education, Health and Care (EHC) plan"),
        ("Home languages", "Polish and English"),
        ("Caseworker", "Wrensbury Special Educational Needs and Disabilities (SEND) Assessment and Review Team, Primary"),
    ],
    "sections": {
        "A": [
            "## How we found out what Zuzanna thinks",
            "Zuzanna talks freely at home, in Polish and English, with her mum, dad and big sister, but she does not yet speak at school. So that her views could be heard in her own way, they were gathered like this:",
            "- At home, Zuzanna's mum asked her the questions we sent and recorded her answers on her phone. Zuzanna chose which answers could be shared (recording made on 14 October 2025).",
            "- At school, her teaching assistant, Mrs Lis, used a talking mat (a board with picture cards that Zuzanna sorts into 'I like', 'not sure' and 'I don't like') on 16 October 2025.",
            "- Zuzanna drew a picture of 'my best day at school' for this plan.",
            "## What Zuzanna told us",
            "From her recording at home: \"I like school when it's quiet. I like the painting table and the book corner. I like Mrs Lis. I don't like when everybody looks at me. I don't like the register. I want to play with Maja and Ellie. When I grow up I will be a vet for horses.\"",
            "On the talking mat, Zuzanna put painting, reading, the garden, Mrs Lis and her sister under 'I like'. She put the dinner hall, assembly and 'answering questions' under 'I don't like'. She put 'toilet' under 'not sure'.",
            "Her picture shows her painting in the garden with two friends.",
            "## What Zuzanna's family told us",
            "Zuzanna's parents met the caseworker with a Polish interpreter on 14 October 2025. \"At home Zuzanna never stops talking. She sings, she tells stories, she bosses her sister around. It is very hard for us that her teachers have never heard her voice. She is not being rude or shy; she is frightened. We want her to be able to talk to her teacher, to ask for the toilet, and to have friends at school. She has regular video calls with her grandparents in Poland and she chatters away to them.\"",
            "## What people like and admire about Zuzanna",
            "- She is kind and gentle with younger children.",
            "- She is a careful and creative artist.",
            "- She understands a great deal in both of her languages.",
            "- She works hard and is proud of her reading.",
            "## Hopes for the future",
            "Zuzanna wants to be a vet for horses. Her parents hope she will talk to her teacher and her friends at school, be confident enough to ask for what she needs, and enjoy school as much as she enjoys home.",
        ],
        "B": [
            "## Communication and interaction",
            "Zuzanna has selective mutism. This is an anxiety condition in which a child speaks freely in some places and with some people, but is unable to speak in others. It is not a choice. A bilingual speech and language therapist assessed her in November 2025 and found that her understanding and use of language in both Polish and English are in line with her age. Her difficulty is not caused by learning English as an additional language.",
            "At school Zuzanna communicates by nodding, pointing, gesture and writing. When she is asked a direct question, especially in front of the class, she freezes and looks down. She has started to whisper to Mrs Lis when no one else is near.",
            "## Cognition and learning",
            "Zuzanna is working at the expected standard in reading, writing and maths. Because she cannot speak in class, teachers cannot easily check what she understands, and she misses out on answering questions, reading aloud and phonics checks that need a spoken answer.",
            "## Social, emotional and mental health",
            "Zuzanna is anxious at school, particularly in the dinner hall, in assemblies and when she is the centre of attention. She plays alongside two girls, Maja and Ellie, but does not yet play with them. She avoids asking for the toilet (see Section C).",
            "## Sensory and physical",
            "Zuzanna has no sensory or physical needs.",
        ],
        "C": [
            "Zuzanna has no difficulty with her hearing (Children's Audiology tested her on 4 September 2025 and her hearing is normal), but she does have two health needs that relate to her special educational needs:",
            "- Anxiety: selective mutism is an anxiety condition. Zuzanna was seen by the Primary Mental Health Worker from Child and Adolescent Mental Health Services (CAMHS) in November 2025, who advised that her anxiety should be treated through the step-by-step talking programme at school (Section F), with CAMHS advising her parents and school.",
            "- Daytime wetting: Zuzanna has wet herself at school about twice a week this term, because she is too anxious to ask to go to the toilet. The Community Paediatrician found no medical cause and referred her to the School Nursing Service for a continence plan.",
        ],
        "D": [
            "Zuzanna does not have social care needs. This was confirmed by the social care advice from the Wrensbury Early Help Hub (Family Support Worker, 5 November 2025). The family were given information about the Local Offer and a local Polish-speaking parents' group.",
        ],
        "G": [
            "- Child and Adolescent Mental Health Services (CAMHS), Primary Mental Health Worker: a 1-hour consultation with Zuzanna's parents and school staff together, once a term, to review her anxiety and her progress in the talking programme, for 12 months.",
            "- School Nursing Service: the school nurse will write a toileting and continence plan with Zuzanna's parents and her teaching assistant in January 2026 (1 hour) and review it with them every half term (30 minutes).",
            "- Community Paediatrician: a review in clinic in June 2026 (30 minutes) to check whether the daytime wetting has improved.",
            "Health agreement: Sections C and G were agreed by Dr Meera Chahal, Designated Clinical Officer (DCO), Wrensbury Integrated Care Board (ICB), on 8 January 2026.",
        ],
        "H1": ["None. Social care needs were considered (see Section D) and none were found."],
        "H2": ["None. Early help and the Local Offer were discussed with the family on 5 November 2025."],
        "I": ["St Anne's Catholic Primary School, Wrensbury (mainstream primary school)."],
        "J": ["No personal budget has been requested."],
        "K": [
            ("table", [
                ["Advice or information", "Given by", "Date"],
                ["Parents' views", "Zuzanna's mum and dad (with a Polish interpreter)", "14 October 2025"],
                ["Zuzanna's views", "Recorded by her mum at home; talking mat with her teaching assistant", "14 and 16 October 2025"],
                ["Educational advice", "Mrs Helen Ward, Special Educational Needs Co-ordinator, St Anne's Catholic Primary School", "20 October 2025"],
                ["Psychological advice", "Dr Harjit Kaur, Educational Psychologist, Wrensbury Educational Psychology Service", "12 November 2025"],
                ["Speech and language therapy advice", "Marta Nowicka, Bilingual Speech and Language Therapist, Wrensbury Children's Speech and Language Therapy Service", "18 November 2025"],
                ["Medical advice", "Dr Owen Price, Consultant Community Paediatrician, Wrensbury Children's Hospital", "28 October 2025"],
                ["Mental health advice", "Primary Mental Health Worker, Wrensbury CAMHS", "20 November 2025"],
                ["Continence advice", "School Nurse, Wrensbury School Nursing Service", "1 December 2025"],
                ["Audiology report", "Children's Audiologist, Wrensbury Children's Hospital", "4 September 2025"],
                ["Social care advice", "Family Support Worker, Wrensbury Early Help Hub", "5 November 2025"],
            ]),
        ],
    },
    "ef_intro": [
        "These outcomes are for the next 12 months, until Zuzanna's first annual review in January 2027, unless another date is shown. Zuzanna's key teaching assistant (TA), Mrs Lis, is trained by the speech and language therapist in the sliding-in technique (a way of adding new people to a child's talking, one small step at a time).",
    ],
    "ef": [
        "Communication and interaction",
        {"outcome": "By July 2026, Zuzanna will say 'yes' aloud when her class teacher calls the register, on 4 mornings out of 5, recorded by her TA on the register tick sheet.",
         "rows": [
             ("Sliding-in programme, designed by the speech and language therapist (SLT), in the small group room", "1:1, 15 minutes every day, 5 days a week", "Key TA (trained by the SLT)"),
             ("SLT visit to school to review the sliding-in steps with the TA and class teacher, model the next step and update the written programme", "Once every half term, 1 hour", "Speech and Language Therapist, Wrensbury Children's Speech and Language Therapy Service"),
             ("May 2026: the SLT will deliver a 1-hour training session on selective mutism to all staff who teach or supervise Zuzanna, including lunchtime staff", "Once, then a 30-minute refresher in September 2026", "Speech and Language Therapist"),
         ]},
        {"outcome": "By December 2026, Zuzanna will speak to Maja and Ellie during a small group game in the classroom on 3 occasions in one week, recorded by her TA.",
         "rows": [
             ("Structured talking games (for example picture bingo and 'guess who') with Zuzanna and 2 chosen classmates, moving from the small group room to the classroom as each step succeeds", "3 times a week, 20 minutes", "Key TA"),
         ]},
        "Cognition and learning",
        {"outcome": "By July 2026, Zuzanna will answer 8 out of 10 comprehension questions about a book she has read, by pointing, writing or a voice recording on the class tablet, assessed by her class teacher each half term.",
         "rows": [
             ("Non-speaking ways to answer in every lesson: mini-whiteboard, 'yes/no/not sure' cards and a class tablet for voice recordings, planned by the class teacher", "Every lesson", "Class teacher"),
             ("Class tablet with a voice-recording app, provided by the school and maintained by the school's computing lead", "Available in every lesson", "Computing lead"),
         ]},
        "Social, emotional and mental health",
        {"outcome": "By July 2026, Zuzanna will read a book about horses with her TA and then share 3 facts from it with a friend (by speaking, whispering or showing a drawing), on 2 occasions, recorded in her learning journal.",
         "rows": [
             ("Shared reading of non-fiction books chosen by Zuzanna, in a pair with a chosen friend", "Twice a week, 15 minutes", "Key TA"),
         ]},
        {"outcome": "By April 2026, Zuzanna will show her 'help' card to an adult when she needs help or the toilet, on every occasion she needs it in a week, recorded by her TA.",
         "rows": [
             ("A picture 'help' card and a 'toilet' card on a lanyard, taught by the TA through daily practice and role play", "10 minutes a day for 2 weeks, then 10 minutes once a week", "Key TA"),
             ("A calm morning start: Zuzanna will come in 5 minutes before the class and set up the painting table with her TA", "Every morning", "Key TA"),
         ]},
        "Health (see Sections C and G)",
        {"outcome": "By July 2026, Zuzanna will go to the toilet on her own at the set times in her toilet timetable, with no more than 1 wet accident a fortnight, recorded on her toilet chart by her TA.",
         "rows": [
             ("Visual toilet timetable, with prompts at 10.15am, 12.00pm and 2.15pm, following the school nurse's continence plan", "Every school day", "Key TA"),
         ]},
    ],
})

# =====================================================================================
# ag106 - heading2-numbered - FAIL - Leo, 8, Year 3, deaf with bilateral cochlear implants
# =====================================================================================
PLANS.append({
    "id": "ag106", "layout": "heading2-numbered", "name": "Leo",
    "front": [
        ("First name", "Leo"),
        ("School year", "Year 3"),
        ("Age", "8"),
        ("Date this plan was issued", "12 February 2025"),
        ("Date of last annual review", "Not yet held"),
        ("Plan type", "Final EHCP"),
        ("Home language", "English"),
        ("Caseworker", "Wrensbury SEND Assessment and Review Team, Primary"),
    ],
    "sections": {
        "A": [
            "## A1 About me",
            "Leo shared his views with the LSA from the HSB on 2 December 2024, using speech and some SSE. He chose photographs of his favourite things and talked about them.",
            "\"I am Leo. I have two CIs. I call them my ears. I like swimming (but I have to take my ears off), dinosaurs and my Xbox. My best friend is Finley. I like it when my teacher wears the microphone because I can hear her. I don't like the hall because it's echoey and I can't hear anything. When I am big I want to be a palaeontologist and dig up a T. rex.\"",
            "## A2 What my family say",
            "Leo's mum and dad spoke to the caseworker on 29 November 2024. \"Leo is a happy, chatty boy who never gives up. He was born profoundly deaf and had his implants at 13 months, and his talking has come on so much. He still misses a lot in a noisy classroom and then he gets tired and cross. We want him to keep up with his friends, to feel proud of being deaf, and to have deaf friends as well as hearing friends. We hope he will go to university one day if he wants to.\"",
            "## A3 What people like and admire about Leo",
            "- Leo is determined and hard-working.",
            "- He knows a huge amount about dinosaurs and loves to share it.",
            "- He is a strong swimmer and has his 25-metre badge.",
            "- He looks after his equipment carefully and tells adults when a battery is flat.",
            "## A4 Hopes for the future",
            "Leo wants to be a palaeontologist. His parents hope he will keep up with his learning, make friends who are deaf and hearing, and go on to university if he chooses.",
            "## A5 Leo's story so far",
            "Leo's deafness was found by his newborn hearing screen. He had hearing aids from 6 weeks old and bilateral CIs at 13 months. He went to the nursery class attached to the HSB and joined Elmwood Primary in Reception, where he spends most of his time in a mainstream class, with some sessions in the HSB. His parents asked for this assessment in September 2024 because the gaps in his listening and language were widening as the curriculum got harder.",
        ],
        "B": [
            "## B1 Hearing",
            "Leo has a profound bilateral sensorineural hearing loss. He has bilateral CIs (fitted at 13 months) and uses an FM system in class. With his CIs he can hear speech well in quiet, but his listening falls sharply in background noise and at a distance. His listening skills are around 18 months behind those of hearing children of his age.",
            "## B2 Communication and interaction",
            "Leo talks in full sentences and is understood by familiar people. He has gaps in vocabulary, especially topic words and words with more than one meaning, and he finds it hard to follow group discussions. He sometimes nods when he has not understood.",
            "## B3 Cognition and learning",
            "Leo is working just below the expected standard in reading and writing and at the expected standard in maths. His phonics were delayed because some speech sounds (for example 's', 'f' and 'th') are hard for him to hear.",
            "## B4 Social, emotional and mental health",
            "Leo is confident with his friends but becomes tired and frustrated by the afternoon because of the effort of listening (listening fatigue). He has no deaf friends at school.",
            "## B5 Sensory and physical",
            "Leo has no physical needs. His balance is good and he enjoys PE and swimming.",
        ],
        "C": [
            "## C1 Health needs",
            "- Profound bilateral deafness, managed with bilateral CIs. Leo is under the CIP at Wrensbury Children's Hospital for mapping (tuning of the implants) and checks.",
            "- Leo's speech and language development is monitored by the CIP.",
            "- Leo has no other health needs.",
        ],
        "D": [
            "## D1 Social care needs",
            "Leo does not have social care needs. This was the conclusion of the social care advice from the Children with Disabilities Team (11 December 2024). The family were told about the deaf children's activity club and short breaks on the Local Offer.",
        ],
        "E": [
            "## E1 Communication and interaction",
            "# By February 2026, Leo will learn and use 10 new topic words each half term in his speaking and writing, checked by his class teacher at the end of each topic.",
            "# By February 2026, Leo will tell an adult when he has not understood, by saying 'please say it again' or using his 'repeat' card, in 4 out of 5 lessons, recorded by his LSA.",
            "## E2 Cognition and learning",
            "# By February 2026, Leo will read and spell the 'th', 'f' and 's' sounds correctly in 9 out of 10 words, assessed by his class teacher each half term.",
            "## E3 Social, emotional and mental health",
            "# By February 2026, Leo will attend the deaf children's group at Highfield Primary once a half term and name 2 deaf friends he has made there, recorded by the ToD.",
            "## E4 Health",
            "# By February 2026, Leo will check his own processors each morning with his LSA and tell an adult straight away when a processor stops working, on every occasion, recorded on the daily equipment check sheet.",
        ],
        "F": [
            "## F1 Hearing and listening",
            "- FM system (radio aid) worn by the class teacher in all teaching sessions; provided and maintained by the Educational Audiologist, Wrensbury Sensory Support Service.",
            "- Daily Ling sound check of Leo's CIs and FM each morning by his LSA (5 minutes).",
            "- ToD visits: 1 hour every half term, to assess Leo's listening, advise staff and check the listening environment.",
            "- Acoustic improvements to Leo's classroom (soft furnishing, carpet tiles and chair feet), completed by the school site manager by April 2025, with advice from the Educational Audiologist.",
            "## F2 Communication and language",
            "- Pre-teaching of topic vocabulary, 1:1 with his LSA, 15 minutes three times a week, using words given by the class teacher a week ahead.",
            "- Listening programme set by the CIP, delivered 1:1 by his LSA, 10 minutes every day.",
            "## F3 Learning",
            "- Phonics intervention in a group of no more than 4 pupils, with visual phonics cues, 20 minutes daily, led by a trained LSA.",
            "- Seating near the front, away from the door and the heater, in every lesson, arranged by the class teacher.",
            "## F4 Social and emotional",
            "- Leo will attend the deaf children's group at Highfield Primary School (a group of about 8 deaf pupils), once every half term for a morning, taken by his LSA.",
            "- Deaf awareness training for all staff, 1 hour, once a year in September, by the ToD.",
        ],
        "G": [
            "## G1 Cochlear implant programme",
            "- CIP, Wrensbury Children's Hospital: mapping and device checks every 6 months (half-day appointment).",
            "- Speech and language therapy: the CIP speech and language therapist will see Leo 1:1 for 45 minutes every fortnight in school, to teach him listening and speech sound skills and set targets for his LSA.",
            "## G2 Health agreement",
            "Sections C and G agreed by Dr Meera Chahal, DCO, Wrensbury ICB, 3 February 2025.",
        ],
        "H1": ["None required (see Section D)."],
        "H2": ["None. The family have information about short breaks and the Local Offer (Children with Disabilities Team, 11 December 2024)."],
        "I": ["Elmwood Primary School, Wrensbury (mainstream primary school with a Hearing Support Base)."],
        "J": ["No personal budget requested."],
        "K": [
            ("table", [
                ["Advice", "Given by", "Date"],
                ["Parents' views", "Leo's mum and dad", "29 November 2024"],
                ["Leo's views", "Gathered by the LSA, HSB", "2 December 2024"],
                ["Educational advice", "Mrs Karen Holt, SENCo, Elmwood Primary School", "5 December 2024"],
                ["Hearing support advice", "Sarah Lane, Teaching Assistant, Hearing Support Base, Elmwood Primary School", "4 December 2024"],
                ["Psychological advice", "Dr Tomasz Zielinski, EP, Wrensbury Educational Psychology Service", "9 December 2024"],
                ["Medical advice and CIP report", "Dr Ruth Adeyemi, Consultant Audiovestibular Physician, and CIP team, Wrensbury Children's Hospital", "18 November 2024"],
                ["Audiology report", "Children's Audiologist, Wrensbury Children's Hospital", "26 November 2024"],
                ["Social care advice", "Children with Disabilities Team", "11 December 2024"],
            ]),
        ],
    },
})

# =====================================================================================
# ag107 - letter-column - SOUND - Jasmine, 19, acquired brain injury, returning to college
# =====================================================================================
PLANS.append({
    "id": "ag107", "layout": "letter-column", "name": "Jasmine",
    "front": [
        ("First name", "Jasmine"),
        ("Education phase", "Post-16: further education college (returning to Year 1 of a Level 3 course)"),
        ("Age", "19"),
        ("Date this plan was issued", "18/08/2026"),
        ("Date of last annual review", "Not applicable: new plan following an Education, Health and Care (EHC) needs assessment requested by Jasmine in March 2026"),
        ("Caseworker", "Post-16 Caseworker, Wrensbury Special Educational Needs and Disabilities (SEND) Assessment and Review Team"),
    ],
    "sections": {
        "A": [
            "## In my own words",
            "Jasmine wrote this section herself on her laptop, with her key worker from the caseworker team, over two meetings on 9 and 23 June 2026. She asked for it to go into her plan unchanged.",
            "\"In February 2025, when I was 17, I was knocked off my bike by a car. I had a serious brain injury and I was in Wrensbury Children's Hospital and then the rehab unit for five months. I don't remember the accident. I had to learn to walk again and my left side is still weaker than my right.\"",
            "\"I was in my first year of Art and Design at Wrensbury College when it happened. I want to go back and finish it. Photography is my thing. I've kept taking photos the whole way through, even in hospital. I want to get back to college and access the same things as my friends, without everyone treating me like I'm made of glass.\"",
            "\"What's hard now: I get tired really quickly, and when I'm tired everything gets worse. I forget things, like what I was told in the morning, and I lose words in the middle of a sentence. I've had some seizures since the accident, which is scary. Crowds and noisy corridors make me panic a bit.\"",
            "\"What helps: lists on my phone, a quiet place to rest, people giving me time to find my words, and people asking me instead of asking my mum.\"",
            "## My hopes for the future",
            "\"I want to pass my Level 3 and go to university to study photography. I want to live in my own flat with my friend Chloe one day. I want to travel around the city on my own again. And I want to drive, once I've been seizure-free long enough.\"",
            "## What my mum says",
            "Jasmine's mum gave her views on 23 June 2026. \"Jasmine has shown so much courage. She is funny, creative and stubborn in the best way. I worry about her being on her own with the seizures and I worry about her getting exhausted. But I know she needs to be a young adult and make her own choices. I want the people around her to plan with her, not around her.\"",
            "## What people like and admire about Jasmine",
            "- Her photography: two of her photographs were shown in the hospital's patient art exhibition in 2025.",
            "- Her determination: she met every physiotherapy goal in her rehabilitation on time.",
            "- She is kind and funny, and she is good at remembering faces and making people feel welcome.",
        ],
        "B": [
            "Jasmine has an acquired brain injury (ABI), which means a brain injury that happened after birth, in her case a traumatic brain injury from a road accident in February 2025. The advice gathered for this plan describes her needs as follows.",
            "## Cognition and learning",
            "Strengths: Jasmine's visual and creative skills are strong and her reasoning is in the average range.",
            "Needs: the neuropsychology assessment (May 2026) found that her memory for new spoken information, her speed of processing and her planning and organisation are well below average. She needs information written down, more time, and a way to plan and track her work. She tires mentally after about 90 minutes of study.",
            "## Communication and interaction",
            "Jasmine understands what is said to her, but she has word-finding difficulties: she loses words mid-sentence, particularly when tired or under pressure. This makes speaking in groups and presenting her work stressful.",
            "## Social, emotional and mental health",
            "Jasmine has low mood and anxiety as she adjusts to life after her injury, and she feels anxious in crowds. She has kept close friendships with two college friends.",
            "## Physical and sensory",
            "Jasmine has weakness in her left arm and leg (left-sided weakness). She walks on her own indoors and uses a walking stick for longer distances. Her right hand, which she uses for her camera and for writing, is not affected. She has severe fatigue.",
        ],
        "C": [
            "Jasmine has no difficulty with her eyesight since the injury (the eye clinic checked this in March 2026), but she does have these health needs:",
            "- Post-traumatic epilepsy: focal seizures, most recently in April 2026, controlled with daily medication prescribed by her consultant neurologist. She has an emergency care plan.",
            "- Left-sided weakness and fatigue, for which she receives community neurological rehabilitation.",
            "- Low mood and anxiety after her injury, for which she is seen by the neuropsychology service.",
        ],
        "D": [
            "Jasmine has social care needs. Wrensbury Adult Social Care completed a Care Act 2014 needs assessment on 2 July 2026 (the Transitions social worker) and found that Jasmine has eligible needs for support to plan and cook meals safely, because of her seizures and memory difficulties, and to manage her money and appointments.",
        ],
        "E": [
            "## Employment and higher education",
            "E1. By July 2027, Jasmine will pass all 8 first-year units of her Level 3 Extended Diploma in Art and Design, as shown on the college's tracking system.",
            "E2. By June 2027, Jasmine will receive a positive report from her 10-day work placement at a photography studio, with the employer rating her 'good' or better on at least 4 of the 5 placement criteria.",
            "E3. By December 2026, Jasmine will use her planner app to record every assignment deadline and will hand in 9 out of 10 assignments on time, checked by her learning support mentor each half term.",
            "E4. By July 2027, Jasmine will present her photography portfolio to her tutor group for 5 minutes using her word-finding strategies, without stopping for longer than 10 seconds to find a word, observed and recorded by her tutor.",
            "## Independent living",
            "E5. By April 2027, Jasmine will plan and cook a simple meal safely on her own on 2 evenings a week, using her phone checklist, recorded by her personal assistant.",
            "## Friends, relationships and community",
            "E6. By February 2027, Jasmine will access the community independently, travelling by bus from home to college and back on her own on 4 college days out of 4 for 3 weeks in a row, recorded in her travel log and signed off by her travel trainer.",
            "## Good health",
            "E7. By July 2027, Jasmine will take her epilepsy medication on time on her own, using phone reminders, on at least 13 out of 14 days, recorded on her medication app and checked by the epilepsy nurse at each review.",
            "E8. By July 2027, Jasmine will manage a full college day (3 study blocks with her planned rests) without needing to go home early on 4 days out of 5, recorded on her fatigue diary and reviewed by her learning support mentor.",
            "E9. By July 2027, Jasmine will score in the mild range or below on the mood and anxiety questionnaires used by her neuropsychologist (she scored in the moderate range in May 2026).",
            "E10. By April 2027, Jasmine will walk the 400 metres from the bus stop to the college's art studio without her stick, timed and recorded by her neurological physiotherapist.",
        ],
        "F": [
            "## Learning and study (E1, E3, E8)",
            "- A learning support mentor (a qualified teacher with training in supporting students with brain injury) will meet Jasmine 1:1 for 45 minutes twice a week to plan her work, break assignments into steps and check her fatigue diary.",
            "- A learning support assistant will work with Jasmine 1:1 for 6 hours a week in practical studio and darkroom sessions.",
            "- Timetable: 3 days a week (16 hours) in year 1, with a 20-minute planned rest after every 90 minutes of study in the college's quiet room, agreed by the Curriculum Manager.",
            "- Access arrangements: 25% extra time, supervised rest breaks and a reader for written assessments and exams, arranged by the Additional Learning Support Manager.",
            "- To avoid crowded corridors, Jasmine will leave each lesson 5 minutes before the end to move to her next room, arranged by her course tutor and noted on every class register.",
            "- A laptop with speech-to-text and mind-mapping software, provided by the college and set up and maintained by the college's assistive technology officer.",
            "- The educational psychologist will meet Jasmine's course tutors for 1 hour once a term to advise on teaching approaches.",
            "## Communication (E4)",
            "- Speech and language therapy: a speech and language therapist with acquired brain injury experience (Wrensbury Adult Speech and Language Therapy Service) will see Jasmine 1:1 for 6 sessions of 45 minutes every two weeks during the autumn term to teach word-finding strategies, then review.",
            "## Independent living, travel and work (E2, E5, E6)",
            "- Occupational therapy: an occupational therapist will work with Jasmine 1:1 at college for 8 weekly sessions of 1 hour in the autumn term, teaching planning, organisation and safe kitchen routines, and will give her tutors a 1-hour consultation.",
            "- Independent living skills session at college in a group of no more than 6 students, 90 minutes weekly, led by a tutor with a cookery qualification.",
            "- Travel training: a trained travel trainer from the Wrensbury Independent Travel Training Team will work with Jasmine 1:1 for 8 sessions of 90 minutes, then review.",
            "- From January 2027, a 10-day work placement (one day a week for 10 weeks) at a photography studio, arranged by the college's Work Placement Coordinator, with a job coach working 1:1 with Jasmine for her first 3 days.",
        ],
        "G": [
            "- Neurology: the consultant neurologist will review Jasmine's epilepsy and medication in clinic every 6 months (30 minutes).",
            "- Epilepsy nurse specialist: a review with Jasmine every 3 months (45 minutes, in clinic or by video call). In September 2026 the nurse will write Jasmine's individual healthcare plan with the college and will train 6 named college staff in her emergency care plan (90 minutes), repeated every September.",
            "- Community Neurological Rehabilitation Team: a neurological physiotherapist will see Jasmine 1:1 for 10 weekly sessions of 45 minutes from September 2026 to improve her left-sided strength and stamina, then review.",
            "- Neuropsychology: 12 sessions of 50 minutes, fortnightly, with a clinical neuropsychologist, for low mood, anxiety and adjustment after her injury.",
            "Health agreement: Sections C and G were confirmed by Dr Meera Chahal, Designated Clinical Officer (DCO), Wrensbury Integrated Care Board (ICB), on 5 August 2026.",
        ],
        "H1": [
            "Not applicable. Jasmine is over 18, so provision under section 2 of the Chronically Sick and Disabled Persons Act 1970 does not apply; her social care support is under the Care Act 2014 (see Section H2).",
        ],
        "H2": [
            "- A personal assistant for 6 hours a week (2 evenings of 3 hours), funded by Wrensbury Adult Social Care under the Care Act 2014 and taken as a direct payment, to support Jasmine to plan and cook meals and to manage her money and appointments.",
            "- A review of Jasmine's care and support plan by the Adult Social Care Transitions social worker every 6 months for the first year, then every 12 months.",
        ],
        "I": [
            "Wrensbury College (general further education college), Level 3 Extended Diploma in Art and Design, 3 days a week.",
        ],
        "J": [
            "Jasmine has a personal budget for her social care support in Section H2: a direct payment for 6 hours a week of personal assistant support, paid by Wrensbury Adult Social Care. There is no personal budget for the special educational provision in Section F.",
        ],
        "K": [
            "- Jasmine's own views: written by Jasmine with her key worker, 9 and 23 June 2026.",
            "- Jasmine's mum's views: 23 June 2026.",
            "- Educational advice: Mark Ellis, Additional Learning Support Manager, Wrensbury College, 12 June 2026.",
            "- Psychological advice: Dr Harjit Kaur, Educational Psychologist, Wrensbury Educational Psychology Service, 26 June 2026.",
            "- Medical advice: Dr Samuel Okafor, Consultant Neurologist, Wrensbury General Hospital, 4 June 2026.",
            "- Epilepsy nurse advice: Gemma Hart, Epilepsy Nurse Specialist, 10 June 2026.",
            "- Neuropsychology report: Dr Laura Chen, Clinical Neuropsychologist, 20 May 2026.",
            "- Neurological physiotherapy advice: Owen Jenkins, Neurological Physiotherapist, Community Neurological Rehabilitation Team, 30 May 2026.",
            "- Speech and language therapy advice: Beth Morgan, Speech and Language Therapist, Wrensbury Adult Speech and Language Therapy Service, 3 June 2026.",
            "- Occupational therapy advice: Ravi Sohal, Occupational Therapist, Community Neurological Rehabilitation Team, 28 May 2026.",
            "- Eye clinic report: Orthoptist, Wrensbury General Hospital Eye Clinic, 17 March 2026.",
            "- Social care advice (Care Act 2014 assessment): Transitions Social Worker, Wrensbury Adult Social Care, 2 July 2026.",
            "- Preparing for adulthood advice: Nadia Hussain, Careers Adviser, Wrensbury Careers Service, 15 June 2026.",
        ],
    },
})

# =====================================================================================
# ag108 - ef-table - FAIL - Tyler, 15, Year 10, pupil referral unit, child protection plan
# =====================================================================================
PLANS.append({
    "id": "ag108", "layout": "ef-table", "name": "Tyler",
    "front": [
        ("First name", "Tyler"),
        ("School year", "Year 10"),
        ("Age", "15"),
        ("Date this plan was issued", "2 October 2026"),
        ("Date of last annual review", "Not applicable (first plan)"),
        ("Plan type", "Final Education, Health and Care (EHC) plan"),
        ("Child protection", "Tyler has been subject to a child protection plan (category: neglect) since April 2026."),
        ("Caseworker", "Wrensbury Special Educational Needs and Disabilities (SEND) Assessment and Review Team, Secondary"),
    ],
    "sections": {
        "A": [
            "## Tyler's story so far",
            "Tyler grew up in Wrensbury and went to Northfield Primary School, where his teachers remember a lively, practical boy who loved helping the site manager. He moved to Castlegate Academy in Year 7. From Year 8 his behaviour in lessons became more difficult, and he was excluded for fixed periods three times. He was permanently excluded in March 2026 and has attended Foxhollow Pupil Referral Unit (PRU) since April 2026. The PRU asked for this EHC needs assessment in May 2026.",
            "## What Tyler told us",
            "Tyler talked to his key worker at Foxhollow on 3 July 2026, while they worked on a moped engine in the workshop. His key worker wrote down what he said and read it back to him.",
            "\"I like engines, bikes, anything with a motor. I help my uncle at his garage on Saturdays. I'm good with my hands. I'm not thick, I just can't do reading. Teachers shout, I shout back, then I'm out. Here is better because it's small and they don't go on at you. I want to be a mechanic and have my own garage one day. I want to pass my maths.\"",
            "## What Tyler's mum told us",
            "Tyler's mum met the caseworker on 7 July 2026. She said that Tyler have always been a kind boy who looks after his younger brothers. She feels that he was let down at his last school, where he was excluded three times before he was permanently excluded in Year 9. She wants him to get his English and maths and to go to college to do motor vehicle studies.",
            "## What people like and admire about Tyler",
            "- He is practical and skilled: he can strip and rebuild a moped engine.",
            "- He is loyal to his friends and protective of his brothers.",
            "- He has a quick sense of humour.",
            "- He turns up to the workshop sessions every time.",
            "## Hopes for the future",
            "Tyler wants to be a motor mechanic and one day to run his own garage. His mum hopes he will pass English and maths and go on to a college course in motor vehicle studies.",
        ],
        "B": [
            "## Social, emotional and mental health",
            "Tyler has social, emotional and mental health needs. He has experienced a lot of disruption at home and their has been a number of changes of address in the past two years. He finds it very hard to trust adults and he react quickly when he feels criticised or embarrassed, particularly in front of other young people. At his last school he was excluded three times for verbal aggression before a permanent exclusion in March 2026. At the PRU his attendance is 71% and he leaves lessons on average twice a day.",
            "Tyler have low self-esteem about his learning and he often says he is \"thick\". He is calmer and more settled in small groups and practical sessions, and when an adult he trusts is nearby.",
            "## Cognition and learning",
            "Tyler had a assessment by the educational psychologist in June 2026. His reading age is 10 years 2 months and his spelling age is 9 years 6 months, which is well below his age. He has difficulties with working memory and with the speed at which he reads. His maths is stronger: he is working at around the the level of a Year 8 pupil, and he is confident with practical measuring.",
            "## Communication and interaction",
            "Tyler communicates well with adults and young people he knows. He can find it hard to explain his feelings.",
        ],
        "C": [
            "Tyler has low mood and difficulty sleeping. He was assessed by Child and Adolescent Mental Health Services (CAMHS) in May 2026, who found symptoms of low mood linked to his experiences, and offered him support.",
        ],
        "D": [
            "Tyler has been subject to a child protection plan since April 2026. No further social care needs have been identified for this plan.",
        ],
        "G": [
            "- CAMHS: 12 sessions of 50 minutes with a CAMHS practitioner, every week, at the PRU or at home, for low mood and sleep, starting September 2026, then review.",
            "- School nurse: a health review at the PRU once a term (30 minutes), including sleep and wellbeing.",
            "Health agreement: Sections C and G were reviewed and supported by Dr Meera Chahal, Designated Clinical Officer (DCO), Wrensbury Integrated Care Board (ICB), on 25 September 2026.",
        ],
        "H1": ["None."],
        "H2": ["None."],
        "I": ["Foxhollow Pupil Referral Unit, Wrensbury (pupil referral unit, Key Stage 4 centre)."],
        "J": ["No personal budget has been requested."],
        "K": [
            ("table", [
                ["Advice or information", "Given by", "Date"],
                ["Tyler's views", "Recorded by his key worker, Foxhollow PRU", "3 July 2026"],
                ["Parent's views", "Tyler's mum", "7 July 2026"],
                ["Educational advice", "Mr Paul Grant, Head of Centre, Foxhollow PRU", "1 July 2026"],
                ["Psychological advice", "Dr Tomasz Zielinski, Educational Psychologist, Wrensbury Educational Psychology Service", "19 June 2026"],
                ["Medical advice", "Dr Anita Sandhu, Community Paediatrician, Wrensbury Children's Hospital", "10 June 2026"],
                ["Mental health advice", "Jade Simmons, CAMHS Practitioner, Wrensbury CAMHS", "22 May 2026"],
                ["School nurse advice", "School Nurse, Wrensbury School Nursing Service", "24 June 2026"],
                ["Social care advice", "Children's Social Care, Safeguarding and Assessment Team", "14 August 2026"],
                ["Preparing for adulthood advice", "Nadia Hussain, Careers Adviser, Wrensbury Careers Service", "30 June 2026"],
            ]),
        ],
    },
    "ef_intro": [
        "These outcomes are for Tyler to achieve by the end of Year 10 (July 2027) unless another date is given.",
    ],
    "ef": [
        "Social, emotional and mental health",
        {"outcome": "By July 2027, Tyler will stay in the classroom for the whole lesson in at least 4 out of 5 lessons each day, recorded on the PRU's behaviour tracker.",
         "rows": [
             ("Named key worker (learning mentor trained in trauma-informed practice) for a 1:1 check-in at the start and end of every day", "10 minutes, twice daily", "Key worker"),
             ("Teaching in a class of no more than 6 students, with a teacher and a teaching assistant", "All lessons, 25 hours a week", "PRU teaching staff"),
             ("Time-out card to go to the workshop for 10 minutes with his key worker when he feels his anger rising", "Every lesson", "Key worker"),
         ]},
        {"outcome": "By April 2027, Tyler's attendance at the PRU will rise from 71% to at least 90% over a half term, recorded on the PRU's attendance register.",
         "rows": [
             ("Morning phone call to Tyler's mum when Tyler is not in by 9.15am, and a home visit the same day if he is still absent", "Every day of absence", "Attendance officer"),
         ]},
        {"outcome": "By July 2027, Tyler will name the feeling and use one of his calming strategies, instead of shouting, in 4 out of 5 difficult moments, recorded by his key worker in the weekly log.",
         "rows": [
             ("1:1 emotional literacy and anger management programme", "1 hour weekly for 12 weeks, then review", "Learning mentor trained in the programme"),
         ]},
        {"outcome": "By April 2027, Tyler will rate his mood at 6 or more out of 10 on the weekly check-in scale in 3 weeks out of 4, and will be asleep by midnight on at least 4 school nights a week, recorded by his CAMHS practitioner.",
         "rows": [
             ("Weekly mood and sleep check-in using a 1 to 10 scale, shared with the CAMHS practitioner with Tyler's agreement (CAMHS treatment is set out in Section G)", "Weekly, 10 minutes", "Key worker"),
         ]},
        "Cognition and learning",
        {"outcome": "By July 2027, Tyler's reading age will rise from 10 years 2 months to at least 11 years 6 months on the standardised reading test used by the PRU, tested each term by the special educational needs co-ordinator.",
         "rows": [
             ("Structured literacy intervention (phonics and reading fluency), 1:1", "30 minutes, 4 times a week", "Specialist teacher with a qualification in specific learning difficulties"),
             ("Reading pen and texts adapted to his reading age in all lessons, provided by the PRU", "All lessons", "Class teachers"),
         ]},
        {"outcome": "By July 2027, Tyler will spell 80% of the 200 most common words correctly in a termly spelling check by the specialist teacher.",
         "rows": [
             ("Precision teaching of spelling, 1:1", "10 minutes daily", "Teaching assistant"),
         ]},
        "Communication and interaction",
        {"outcome": "By July 2027, Tyler will explain a problem he has had to his key worker, using the 'what happened, how I felt, what I need' prompt card, once a week, recorded in the weekly log.",
         "rows": [
             ("Restorative conversation with prompt cards after any incident", "Same day, 15 minutes", "Key worker"),
         ]},
    ],
})

# =====================================================================================
# ag109 - heading2-numbered - FAIL - Ruby, 16, Year 11, Prader-Willi syndrome
# =====================================================================================
PLANS.append({
    "id": "ag109", "layout": "heading2-numbered", "name": "Ruby",
    "front": [
        ("First name", "Ruby"),
        ("School year", "Year 11"),
        ("Age", "16"),
        ("Date this plan was issued", "24 Sept 2026 (amended following annual review)"),
        ("Date of last annual review", "3 July 2026"),
        ("Plan type", "Amended Education, Health and Care (EHC) plan"),
        ("Home language", "English"),
        ("Caseworker", "Wrensbury Special Educational Needs and Disabilities (SEND) Assessment and Review Team, Post-16 Transition"),
    ],
    "sections": {
        "A": [
            "## A1 About me",
            "Ruby gave her views at her Year 11 annual review on 3 July 2026, with help from her form tutor, who used a one-page profile Ruby had made with pictures and her own sentences.",
            "\"I'm Ruby. I'm 16. I love animals, especially goats and rabbits. I go to the city farm with my nan on Sundays and I help feed the animals. I like drama and singing and I was in the school show. I like my friends Lacey and Amira. I don't like it when people change the plan and don't tell me. I don't like it when I'm not allowed food, but I know why.\"",
            "## A2 What I want for my future",
            "\"I want to work with animals, on a farm or at a garden centre with animals. I want to go to college to learn about animal care. When I'm older I want to live in a flat with staff to help me, near my mum.\"",
            "## A3 What my family say",
            "Ruby's mum and nan gave their views on 3 July 2026. \"Ruby is warm, chatty and funny, and she has a lovely singing voice. She is brilliant with animals and very gentle with them. Food is the biggest challenge in our lives: we have to lock the kitchen and she can get very upset about it. She also gets very sleepy in the day. We want college to understand Prader-Willi syndrome, keep her safe around food, and help her learn skills for a job with animals.\"",
            "## A4 What people like and admire about Ruby",
            "- Ruby is caring and very patient with animals.",
            "- She sings and acts with confidence.",
            "- She is a loyal friend.",
            "- She follows a routine well when it is explained to her.",
            "## A5 Ruby's story so far",
            "Ruby was diagnosed with Prader-Willi syndrome as a baby. She went to her local primary school with an EHC plan and moved to Greenacre School in Year 7. She has done well at Greenacre, where she sings in the school choir and belongs to the drama club. In Year 11 the focus of her plan has moved to preparing for college and adult life.",
        ],
        "B": [
            "## B1 Cognition and learning",
            "Ruby has Prader-Willi syndrome, a genetic condition, and moderate learning difficulties. She is working towards Entry Level 3 in English and maths. She learns best through practical tasks, repetition and visual prompts. She needs extra time to process information and finds abstract ideas such as money and time hard.",
            "## B2 Communication and interaction",
            "Ruby talks a lot and enjoys conversation, but her speech is sometimes unclear when she is tired, and she can repeat the same question many times when she is anxious, especially about food or changes to plans.",
            "## B3 Social, emotional and mental health",
            "Ruby becomes very anxious when routines change without warning. She can have outbursts, particularly around food or when she is told 'no', which can last 20 minutes or more. She is working with her form tutor on recognising when she is getting upset.",
            "## B4 Sensory and physical",
            "Ruby has low muscle tone and tires quickly on long walks. Her fine motor skills are adequate for writing and practical tasks.",
        ],
        "C": [
            "## C1 Health needs",
            "- Prader-Willi syndrome, managed by the Paediatric Endocrinology team, including growth hormone treatment.",
            "- Hyperphagia (an extreme and constant feeling of hunger): Ruby is always hungry and will take food if it is left out. Her weight has risen significantly over the last year and she needs a supervised, calorie-controlled diet.",
            "- Obstructive sleep apnoea: Ruby stops breathing for short periods in her sleep. She uses a breathing machine at night but often takes it off, and she is very sleepy during the school day.",
            "- Low muscle tone and tiredness.",
        ],
        "D": [
            "## D1 Social care needs",
            "Ruby has social care needs. The Children with Disabilities Team assessment (social worker, 12 June 2026) found that Ruby needs constant supervision around food and support to take part in activities with young people of her age, and that her mum needs regular breaks from caring.",
        ],
        "E": [
            "## E1 Employment",
            "# By July 2027, Ruby will complete a 6-week work experience placement at Wrensbury City Farm, one morning a week, and will receive a positive report from the farm manager, rated 'good' or better on feeding, cleaning and following instructions.",
            "# By July 2027, Ruby will gain an Entry Level 3 certificate in English and an Entry Level 3 certificate in maths.",
            "## E2 Independent living",
            "# By June 2027, Ruby will use a visual timetable and a watch to move between her lessons and activities on time on 4 days out of 5, recorded by her teaching assistant.",
            "# By June 2027, Ruby will pay for an item in a shop using the exact coins for amounts up to £5, on 4 out of 5 trips, recorded by her teaching assistant.",
            "## E3 Friends, relationships and community",
            "# By April 2027, Ruby will attend the Saturday youth club for at least 3 Saturdays a month for a term, recorded by her support worker.",
            "# By April 2027, Ruby will ask her question once and then check her visual schedule, instead of repeating it, in 4 out of 5 moments when plans change, recorded by her teaching assistant.",
            "## E4 College",
            "# By May 2027, Ruby will visit her chosen college twice with her transition worker and will have a confirmed place on an Entry Level animal care course starting in September 2027.",
            "## E5 Good health",
            "# By July 2027, Ruby will go to 2 of her own doctor's appointments and ask the doctor one question she has prepared, in her own words, recorded by her mum and shared at her annual review.",
        ],
        "F": [
            "## F1 Learning (outcomes 2 and 3)",
            "- English and maths taught in a group of no more than 8 students by a qualified teacher, with a teaching assistant (TA), 5 lessons of each a week, using practical and visual resources.",
            "- Visual timetable and watch-reading practice, 1:1 with her TA, 10 minutes daily.",
            "- Access arrangements: 25% extra time and a reader for her Entry Level assessments, arranged by the Special Educational Needs Co-ordinator (SENCo).",
            "- Adapted physical education for low muscle tone and stamina: a 30-minute low-impact exercise session (walking circuit, stretches and swimming) in a group of no more than 6 students, twice a week, led by a physical education teacher.",
            "## F2 Communication and emotional wellbeing (outcome 6)",
            "- Speech and language therapy: a speech and language therapist will see Ruby 1:1 for 30 minutes every two weeks in the autumn and spring terms to work on clear speech when tired and on using her visual schedule, and will set a programme for her TA.",
            "- Zones of Regulation (a programme that teaches young people to recognise and manage their feelings), 1:1 with her form tutor, 20 minutes twice a week.",
            "## F3 Preparing for adulthood (outcomes 1, 4 and 7)",
            "- Work experience at Wrensbury City Farm, one morning a week for 6 weeks in the spring term, with her TA working 1:1 alongside her.",
            "- Money skills in the community: a shopping trip in a group of no more than 3 students with a TA, once a week for 1 hour.",
            "- Careers guidance: an independent careers adviser will meet Ruby 1:1 for 45 minutes each half term during Year 11.",
            "- Transition worker (Wrensbury Post-16 Transition Team) to arrange and attend 2 college visits with Ruby and to hold a 1-hour transition meeting with the college in the summer term 2027.",
            "- Health and self-advocacy lessons (how to use a doctor's surgery and how to ask questions about her own health), in a group of no more than 8 students, 45 minutes weekly, taught by her form tutor (outcome 8).",
            "## F4 Safety around food at school",
            "- All food in Ruby's classrooms and the school kitchen kept locked away, and Ruby's lunch served by her TA from the meal plan agreed with her mum, every school day.",
        ],
        "G": [
            "## G1 Endocrinology",
            "Ruby will continue to be seen by the Paediatric Endocrinology team, who will monitor her growth hormone treatment as needed.",
        ],
        "H1": [
            "- Short breaks: overnight stays at Willow House short break unit, 2 nights a month, provided by Wrensbury Children with Disabilities Team.",
            "- A support worker for 3 hours every Saturday so that Ruby can attend the youth club and community activities.",
        ],
        "H2": [
            "None.",
        ],
        "I": [
            "Greenacre School, Wrensbury (special school for pupils with moderate learning difficulties), Year 11.",
        ],
        "J": [
            "No personal budget has been requested.",
        ],
        "K": [
            ("table", [
                ["Advice", "Given by", "Date"],
                ["Ruby's views", "Ruby, with her form tutor, at the annual review", "3 July 2026"],
                ["Family views", "Ruby's mum and nan", "3 July 2026"],
                ["Educational advice (annual review report)", "Mrs Angela Price, SENCo, Greenacre School", "19 June 2026"],
                ["Psychological advice", "Dr Harjit Kaur, Educational Psychologist, Wrensbury Educational Psychology Service", "5 May 2026"],
                ["Medical advice", "Dr Owen Price, Consultant Community Paediatrician, Wrensbury Children's Hospital", "14 March 2023"],
                ["Endocrinology letter", "Dr Lena Kowalczyk, Consultant Paediatric Endocrinologist, Wrensbury Children's Hospital", "9 January 2024"],
                ["Speech and language therapy advice", "Rhiannon Day, Speech and Language Therapist, Wrensbury Children's Speech and Language Therapy Service", "28 May 2026"],
                ["Social care advice", "Social Worker, Children with Disabilities Team", "12 June 2026"],
                ["Preparing for adulthood advice", "Nadia Hussain, Careers Adviser, Wrensbury Careers Service", "16 June 2026"],
            ]),
        ],
    },
})

# =====================================================================================
# ag110 - letter-column - FAIL - Dawid, 24, autism with a demand-avoidant profile
# =====================================================================================
PLANS.append({
    "id": "ag110", "layout": "letter-column", "name": "Dawid",
    "front": [
        ("First name", "Dawid"),
        ("Education phase", "Post-19: further education college (Pathways to Employment programme, year 2)"),
        ("Age", "24"),
        ("Date this plan was issued", "7 July 2026 (amended following annual review)"),
        ("Date of last annual review", "16/06/2026"),
        ("Plan type", "Amended Education, Health and Care (EHC) plan"),
        ("Home languages", "Polish and English"),
        ("Caseworker", "Post-16 Caseworker, Wrensbury Special Educational Needs and Disabilities (SEND) Assessment and Review Team"),
    ],
    "sections": {
        "A": [
            "## Background",
            "Dawid was diagnosed with autism at the age of 15. He left school with no qualifications after long periods of non-attendance from Year 9, and he was not in education, employment or training between the ages of 17 and 21. He started at Wrensbury College in September 2024. His attendance has been poor throughout and he has not yet completed a qualification.",
            "## In my own words",
            "\"I present with a demand-avoidant profile of autism spectrum condition, with marked executive functioning deficits and co-occurring generalised anxiety disorder. I exhibit avoidance behaviours in response to perceived demands, including task refusal, negotiation and withdrawal. My interoceptive awareness is reduced and I experience sensory over-responsivity to auditory stimuli, which leads to dysregulation in unstructured environments.\"",
            "\"I have significant difficulties initiating and sustaining attention on adult-directed tasks, and I require high levels of co-regulation to return to baseline following an escalation.\"",
            "## What my family say",
            "Dawid's mother gave her views at the annual review on 16 June 2026. \"Dawid does not do anything at home unless it is on his terms. He refuses to cook, he will not go to the shop, and he will not answer the door or the phone. If I ask him to do anything he shouts or locks himself in his room. He has missed a lot of college this year. I do not know how he will ever manage on his own. I am worn out.\"",
            "## What college say",
            "Dawid's attendance in the last year was 64%. He refuses most written tasks and leaves the room when asked to work in a group. He does not use the college canteen or library.",
        ],
        "B": [
            "## Communication and interaction",
            "Dawid has autism with a demand-avoidant profile. He avoids direct requests and becomes argumentative or withdraws when asked to do something. He does not start conversations with staff or other students and will not use the telephone.",
            "## Cognition and learning",
            "Dawid has significant difficulties with planning, organising and starting tasks. He does not complete written work and has not yet achieved his Level 1 English and maths.",
            "## Social, emotional and mental health",
            "Dawid has generalised anxiety disorder. His anxiety rises sharply when he feels pressured or when plans change, and he then leaves the room or refuses to take part. He has no friends at college and does not take part in any activities outside the home.",
            "## Sensory and physical",
            "Dawid is over-sensitive to noise and cannot tolerate the canteen, busy corridors or buses at peak times.",
        ],
        "C": [
            "Dawid has generalised anxiety disorder, diagnosed by the Adult Community Mental Health Team in 2024. He does not take medication. He has no other health needs, as confirmed by his family doctor on 2 May 2026.",
        ],
        "D": [
            "Dawid has social care needs. Wrensbury Adult Social Care completed a Care Act 2014 needs assessment on 11 March 2026 and found that Dawid has eligible needs for support with preparing meals, shopping, managing his money and taking part in activities in the community. His mother, who is his main carer, was offered a carer's assessment.",
        ],
        "E": [
            "## Employment",
            "E1. By July 2027, Dawid will demonstrate sustained task initiation and reduced demand-avoidant behaviours by completing a 6-week supported work placement in the college's stock room, for 3 hours a week, with an attendance rate of at least 80%, as recorded by the job coach.",
            "E2. By July 2027, Dawid will achieve Functional Skills Level 1 in English and in maths, as evidenced by examination results.",
            "## Independent living",
            "E3. By April 2027, Dawid will demonstrate self-regulation of dysregulated arousal states by independently deploying a sensory modulation strategy on 4 of 5 college days, as recorded on the staff observation log.",
            "E4. By April 2027, Dawid will execute a multi-step meal preparation task with reduced prompting (no more than 2 verbal prompts) on 2 occasions a week, as recorded by his personal assistant.",
            "## Friends, relationships and community",
            "E5. By February 2027, Dawid will tolerate the auditory environment of public transport, travelling by bus to college outside peak hours on 3 days out of 3 for 4 weeks, as recorded in the travel trainer's log.",
            "## Good health",
            "E6. By July 2027, Dawid will evidence reduced generalised anxiety symptomatology, scoring below 10 on the anxiety questionnaire administered by the Adult Community Mental Health Team (baseline 17 in April 2026).",
        ],
        "F": [
            "## Learning and employment (E1, E2)",
            "- A job coach (trained in supported employment) will work with Dawid 1:1 during his work placement, 3 hours a week for 6 weeks, fading to 1 hour a week for the final 2 weeks.",
            "- English and maths in a group of no more than 6 students, 2 hours each a week, taught by a qualified Functional Skills tutor, using Dawid's interests and choices in how tasks are presented.",
            "- A named tutor (trained in the demand-avoidant profile of autism) will meet Dawid 1:1 for 30 minutes at the start of each college day to agree the day's plan with him.",
            "- Access arrangements: 25% extra time and a separate room for examinations, arranged by the college's exams officer.",
            "## Sensory and emotional regulation (E3, E6)",
            "- An occupational therapist will assess Dawid's sensory needs at college in the autumn term (2 hours) and write a sensory plan, then review it with him and his tutor for 1 hour each term.",
            "- A quiet room with low lighting, kept free for Dawid at lunchtime every college day, arranged by the Additional Learning Support Manager.",
            "## Independent living and travel (E4, E5)",
            "- A personal assistant, funded by Wrensbury Adult Social Care under the Care Act 2014 and paid as a direct payment, for 8 hours a week at home, to support Dawid with shopping, preparing meals and managing his money.",
            "- Travel training: a trained travel trainer from the Wrensbury Independent Travel Training Team will work with Dawid 1:1 for 8 sessions of 1 hour, then review.",
        ],
        "G": [
            "- Adult Community Mental Health Team: 12 sessions of 50 minutes of cognitive behavioural therapy for anxiety, fortnightly, with a psychological therapist, with a review at session 12.",
            "- Family doctor: an annual health check for people with autism (45 minutes), next due in May 2027.",
            "Health agreement: Sections C and G were reviewed and supported by Dr Meera Chahal, Designated Clinical Officer (DCO), Wrensbury Integrated Care Board (ICB), on 30 June 2026.",
        ],
        "H1": [
            "Not applicable: Dawid is over 18. His social care support is provided under the Care Act 2014.",
        ],
        "H2": [
            "- A review of Dawid's Care Act care and support plan by his social worker from Wrensbury Adult Social Care every 12 months (next due March 2027).",
            "- A carer's assessment for Dawid's mother, offered by Adult Social Care and completed on 3 April 2026, with a carer's break of 1 day a month.",
        ],
        "I": [
            "Wrensbury College (general further education college), Pathways to Employment programme, 3 days a week.",
        ],
        "J": [
            "Dawid receives a direct payment from Wrensbury Adult Social Care for his personal assistant (8 hours a week).",
        ],
        "K": [
            "- Dawid's views: conversation with the caseworker at home, 20 May 2026.",
            "- Views of Dawid's mother: annual review meeting, 16 June 2026.",
            "- Educational advice: Mark Ellis, Additional Learning Support Manager, Wrensbury College, 3 June 2026.",
            "- Psychological advice: Dr Tomasz Zielinski, Educational Psychologist, Wrensbury Educational Psychology Service, 28 April 2026.",
            "- Medical advice: Dr Priya Malhotra, family doctor, Northgate Medical Practice, 2 May 2026.",
            "- Mental health advice: Psychological Therapist, Adult Community Mental Health Team, 14 April 2026.",
            "- Social care advice (Care Act 2014 assessment): Social Worker, Wrensbury Adult Social Care, 11 March 2026.",
            "- Preparing for adulthood advice: Nadia Hussain, Careers Adviser, Wrensbury Careers Service, 5 June 2026.",
        ],
    },
})

# =====================================================================================
# ag111 - ef-table - SOUND - Gurveer, 4, Reception, deaf with bilateral cochlear implants
# =====================================================================================
PLANS.append({
    "id": "ag111", "layout": "ef-table", "name": "Gurveer",
    "front": [
        ("First name", "Gurveer"),
        ("School year", "Reception (Early Years Foundation Stage)"),
        ("Age", "4 years 3 months"),
        ("Date this plan was issued", "30 October 2026"),
        ("Date of last annual review", "Not yet due: first plan, issued after Gurveer started school. As Gurveer is under 5, his plan will be reviewed within 6 months (by April 2027)."),
        ("Plan type", "Final Education, Health and Care (EHC) plan"),
        ("Home languages", "Punjabi and English"),
        ("Caseworker", "Wrensbury Special Educational Needs and Disabilities (SEND) Assessment and Review Team, Early Years and Primary"),
    ],
    "sections": {
        "A": [
            "## What Gurveer told us through play and signing",
            "Gurveer is 4 and is deaf. He uses spoken English and Punjabi words, together with signs from British Sign Language (BSL). His views were gathered by his Qualified Teacher of the Deaf, who has known him since he was 1, and by his nursery key person, by playing with him and watching what he chose, on 8 and 15 September 2026. His mum and dad helped us understand what he showed us.",
            "- He went straight to the train set and said and signed 'train, fast!'. When we asked him to show us his favourite thing at school, he took us to the sand tray and the bikes.",
            "- He pointed to the photo of his grandad and signed 'Dada-ji' (what he calls his grandfather), smiling.",
            "- When the classroom was noisy, he covered his ears, pointed to his processor and signed 'too loud'.",
            "- When we showed him photos of jobs, he chose the bus driver and said 'me, bus!'",
            "## What Gurveer's family told us",
            "Gurveer lives with his mum, dad, big sister and his grandparents. His family met the caseworker on 10 September 2026; his dad spoke in English and his mum in Punjabi, with an interpreter.",
            "\"Gurveer is a happy boy and he is very clever. He copies everything his sister does. He loves going to the gurdwara with his grandad and helping in the langar (the community kitchen), and he loves trains and buses. He had his implants when he was 14 months old, and since then he has learned so many words. We want him to speak clearly in English and in Punjabi so that he can talk to his grandparents and to his friends. We want him to go to the same school as his cousins and to do well. When we ask him what he wants to be, he says a bus driver!\"",
            "## What people like and admire about Gurveer",
            "- He is curious, sociable and keen to join in.",
            "- He is a good copier and learns quickly by watching.",
            "- He is kind to younger children and shares his toys.",
            "- He looks after his processors and brings them to an adult when they fall off.",
            "## Hopes for the future",
            "Gurveer's family hope he will talk clearly in both his languages, make friends at school, and learn to read and write alongside his classmates. Gurveer says he wants to be a bus driver.",
        ],
        "B": [
            "## Hearing",
            "Gurveer was born with a profound hearing loss in both ears. He had cochlear implants (hearing devices fitted by surgery, with an external sound processor worn behind each ear) in both ears at 14 months. With his processors on, he can hear speech in a quiet room at close range, but he finds it much harder to hear in noise, at a distance and when more than one person is talking. His listening age is about 2 years 6 months (measured by his Qualified Teacher of the Deaf in September 2026).",
            "## Communication and interaction",
            "Strengths: Gurveer is keen to communicate and uses speech, signs and gesture. He understands many everyday words in English and Punjabi.",
            "Needs: Gurveer's spoken language is around 18 months behind that of his hearing classmates. He mostly uses 1 or 2 words at a time, and some speech sounds (for example 's', 'sh' and 'f') are not yet clear. He finds it hard to follow instructions given to the whole class.",
            "## Cognition and learning",
            "Gurveer is curious and learns well through play and by watching others. His early number skills are close to those expected for his age. His early reading and phonics will need extra support because some speech sounds are hard for him to hear.",
            "## Social, emotional and mental health",
            "Gurveer is sociable, but he becomes frustrated and sometimes pushes other children when they do not understand him, or when the classroom is noisy. He enjoys playing with one or two children at a time.",
            "## Physical",
            "Gurveer has no physical difficulties; he runs, climbs and rides a bike with stabilisers well.",
        ],
        "C": [
            "Gurveer has no difficulty with his balance or his eyesight (checked by the orthoptist in June 2026), but he does have these health needs:",
            "- Profound deafness in both ears, managed with bilateral cochlear implants. He is under the Wrensbury Children's Cochlear Implant Programme for regular tuning (mapping) of his implants and for checks of the implants and processors.",
            "- Ear infections: Gurveer has had 3 middle ear infections in the past year, which made wearing his processors painful. These are treated by his family doctor.",
            "- Care of his equipment: his processors must be worn all day, checked each morning, kept dry and have their batteries changed when flat.",
        ],
        "D": [
            "Gurveer does not have social care needs. The social care advice from the Children with Disabilities Team (social worker, visit on 22 September 2026) found that his needs are met well by his family. The family were told about short breaks, the National Deaf Children's Society family events and the Wrensbury Local Offer, and decided not to apply for short breaks for now.",
        ],
        "G": [
            "- Wrensbury Children's Cochlear Implant Programme: mapping and device checks every 6 months (half-day appointment at the hospital), and replacement of processor parts by the implant team within 2 working days of a fault being reported.",
            "- Family doctor: Gurveer's ear infections are seen on the same day by his family doctor's surgery (the practice has agreed to offer a same-day appointment) and he is referred to the Ear, Nose and Throat clinic if he has 4 or more infections in 6 months.",
            "- Children's Audiology: a hearing and ear health check every 6 months (30 minutes), alternating with the implant programme appointments.",
            "Health agreement: Sections C and G were agreed by Dr Meera Chahal, Designated Clinical Officer (DCO), Wrensbury Integrated Care Board (ICB), on 21 October 2026.",
        ],
        "H1": ["None. Short breaks were offered and considered (see Section D)."],
        "H2": ["None at present. The family know how to contact the Early Help Hub if their needs change."],
        "I": ["Springfield Primary School, Wrensbury (mainstream primary school), Reception class."],
        "J": ["No personal budget has been requested."],
        "K": [
            ("table", [
                ["Advice or information", "Given by", "Date"],
                ["Parents' views", "Gurveer's mum and dad (with a Punjabi interpreter)", "10 September 2026"],
                ["Gurveer's views", "Gathered through play and signing by his Qualified Teacher of the Deaf and nursery key person", "8 and 15 September 2026"],
                ["Educational advice (hearing impairment)", "Rachel Evans, Qualified Teacher of the Deaf, Wrensbury Sensory Support Service", "16 September 2026"],
                ["Educational advice", "Mrs Nisha Virdi, Reception Class Teacher and Special Educational Needs Co-ordinator, Springfield Primary School", "25 September 2026"],
                ["Psychological advice", "Dr Harjit Kaur, Educational Psychologist, Wrensbury Educational Psychology Service", "29 September 2026"],
                ["Medical advice", "Dr Ruth Adeyemi, Consultant Audiovestibular Physician, Wrensbury Children's Hospital", "2 September 2026"],
                ["Cochlear implant programme report", "Wrensbury Children's Cochlear Implant Programme (audiologist and speech and language therapist)", "19 August 2026"],
                ["Children's audiology report", "Children's Audiologist, Wrensbury Children's Hospital", "19 August 2026"],
                ["Family doctor's summary", "Dr Gurpreet Bains, family doctor, Riverside Surgery", "4 September 2026"],
                ["Speech and language therapy advice", "Amrit Sahota, Speech and Language Therapist (deafness specialism), Wrensbury Children's Speech and Language Therapy Service", "12 September 2026"],
                ["Social care advice", "Social Worker, Children with Disabilities Team", "22 September 2026"],
            ]),
        ],
    },
    "ef_intro": [
        "These outcomes are for the end of Reception (July 2027) unless another date is shown. Gurveer's teaching assistant (TA) has completed the Sensory Support Service's 2-day course on supporting deaf children.",
    ],
    "ef": [
        "Hearing and listening",
        {"outcome": "By July 2027, Gurveer will follow a 2-part spoken instruction given to the whole class (for example 'get your coat and line up'), without signs, on 4 out of 5 occasions, checked by his Qualified Teacher of the Deaf at her visits.",
         "rows": [
             ("Qualified Teacher of the Deaf visit: direct 1:1 listening work with Gurveer, advice to staff and a check of the listening environment", "Weekly, 1 hour", "Qualified Teacher of the Deaf, Wrensbury Sensory Support Service"),
             ("Radio aid (a remote microphone system) worn by the teacher or TA leading each activity, linked to both processors", "All teaching sessions", "Provided and maintained by the Educational Audiologist, Wrensbury Sensory Support Service"),
             ("Morning check of both processors and the radio aid, including a Ling six-sound listening check", "Daily, 5 minutes", "TA"),
             ("Acoustic treatment of the Reception classroom (soft wall panels, carpeted book corner and rubber chair feet)", "Completed by January 2027", "School business manager, with advice from the Educational Audiologist"),
         ]},
        "Communication and interaction",
        {"outcome": "By July 2027, Gurveer will use sentences of 3 or more words to tell an adult what he wants or what he has done, on 5 occasions in a week, recorded by his TA in his learning journal.",
         "rows": [
             ("Speech and language therapy: a speech and language therapist with a specialism in deafness will see Gurveer on his own at school on Tuesday afternoons, 45 minutes every fortnight, across the autumn and spring terms, and will write a programme for his TA", "Fortnightly, 45 minutes", "Speech and Language Therapist, Wrensbury Children's Speech and Language Therapy Service"),
             ("Language programme set by the speech and language therapist, 1:1", "Daily, 15 minutes", "TA"),
             ("Pre-teaching of the vocabulary for each new topic, using objects, pictures and signs, in a group of no more than 3", "3 times a week, 10 minutes", "TA"),
         ]},
        "Cognition and learning",
        {"outcome": "By July 2027, Gurveer will recognise and say or sign 20 letter sounds and blend 3-letter words using picture cues, assessed by his class teacher each half term.",
         "rows": [
             ("Phonics with visual and hand cues (Cued Articulation), 1:1 catch-up after the whole-class phonics lesson", "Daily, 10 minutes", "TA, trained by the Qualified Teacher of the Deaf"),
         ]},
        "Social, emotional and mental health",
        {"outcome": "By April 2027, Gurveer will play a turn-taking game with 2 classmates for 10 minutes without pushing, using his words or signs to ask for a turn, on 3 days out of 5, recorded by his TA.",
         "rows": [
             ("Small group turn-taking and sharing games with 2 classmates, with a visual 'my turn' card", "3 times a week, 15 minutes", "TA"),
             ("Deaf awareness training for all Reception staff and lunchtime supervisors", "90 minutes in November 2026, then 1 hour each September", "Qualified Teacher of the Deaf"),
         ]},
        "Health (see Sections C and G)",
        {"outcome": "By April 2027, Gurveer will tell an adult, by saying or signing 'broken', every time his processor stops working, recorded on the daily equipment check sheet.",
         "rows": [
             ("Teaching Gurveer to check his own processors and to tell an adult, using a picture card, during the morning equipment check", "Daily, 5 minutes", "TA"),
         ]},
    ],
})

# =====================================================================================
# ag112 - heading2-numbered - FAIL - Harpreet, 12, Year 7, Tourette syndrome and ADHD
# =====================================================================================
PLANS.append({
    "id": "ag112", "layout": "heading2-numbered", "name": "Harpreet",
    "front": [
        ("First name", "Harpreet"),
        ("School year", "Year 7 (from September 2026)"),
        ("Age", "12"),
        ("Date this plan was issued", "16 July 2026 (amended after the Year 6 phase transfer review)"),
        ("Date of last annual review", "18 June 2026"),
        ("Plan type", "Amended Education, Health and Care (EHC) plan"),
        ("Home languages", "English and Punjabi"),
        ("Caseworker", "Wrensbury Special Educational Needs and Disabilities (SEND) Assessment and Review Team, Secondary"),
    ],
    "sections": {
        "A": [
            "## A1 About me",
            "Harpreet talked to his Year 6 teacher about his move to secondary school on 9 June 2026. He wanted his words written down as he said them.",
            "\"I'm Harpreet. I've got Tourette's and ADHD, that's attention deficit hyperactivity disorder. My tics are blinking, shrugging and sometimes a cough noise. My ADHD means my brain goes really fast and I can't sit still for long. I love cricket, I play for the under-13s, and I love cooking with my dad. I'm good at maths and I'm fast at running.\"",
            "\"I'm worried about big school because it's massive and there are loads of teachers who don't know me. I don't want people to laugh at my tics. I want to be in the cricket team and I want to have a place to go if it all gets too much.\"",
            "## A2 What my family say",
            "Harpreet's mum and dad gave their views at his review on 18 June 2026. \"Harpreet is a bundle of energy and a very loving son. He is brilliant at sport and he has a good head for numbers. He struggles to get organised, he forgets his things, and he finds it very hard to get to sleep at night, so he is often exhausted in the morning. Recently he has seemed low and has said he hates himself because of his tics. We want secondary school to understand him, and we want him to be happy, to keep playing cricket, and to do well in his exams in the future.\"",
            "## A3 Hopes for the future",
            "Harpreet would like to be a professional cricketer or a physical education (PE) teacher. His parents hope he will settle well at Kingsway High School and go on to college and a good job.",
            "## A4 What people like and admire about Harpreet",
            "- He is funny, generous and a good team player.",
            "- He is strong in maths and is working above the expected standard.",
            "- He is a talented cricketer and a fast runner.",
            "- He is open about his tics and his ADHD.",
            "## A5 Harpreet's story so far",
            "Harpreet's tics started when he was 7. He was diagnosed with ADHD in Year 4 and with Tourette syndrome in Year 5, both by the Community Paediatrician. He has had an EHC plan since Year 5 at Hollybrook Primary School. His plan was reviewed in Year 6 to prepare for his move to Kingsway High School in September 2026.",
        ],
        "B": [
            "## B1 Social, emotional and mental health",
            "Harpreet has Tourette syndrome and attention deficit hyperactivity disorder (ADHD). He finds it hard to stay seated and focused, particularly in longer lessons, and he calls out. He worries about other pupils noticing his tics, and his tics increase when he is anxious. He has found the move to secondary school worrying.",
            "## B2 Cognition and learning",
            "Harpreet is working above the expected standard in maths. His reading comprehension is around two years below his age: on the standardised reading test in May 2026 his reading comprehension age was 9 years 8 months. He reads words accurately but does not remember or understand what he has read, particularly longer texts, which will affect him across the secondary curriculum.",
            "## B3 Organisation",
            "Harpreet forgets equipment and homework and finds it hard to follow a timetable. He needs visual reminders and checklists.",
            "## B4 Communication and interaction",
            "Harpreet communicates well and has good friendships, mostly through sport.",
        ],
        "C": [
            "## C1 Health needs",
            "- Tourette syndrome: motor tics (blinking, shoulder shrugs) and a vocal tic (a cough noise). Harpreet has been referred to the Tic Clinic at Wrensbury Children's Hospital for behavioural therapy for his tics.",
            "- ADHD: Harpreet takes a long-acting stimulant medication each morning at home, prescribed by the Community Paediatrician, who reviews it in clinic.",
            "- Sleep and low mood: Harpreet takes a long time to fall asleep, often not until after midnight, and he has recently seemed low and said unkind things about himself. His family doctor has referred him to Child and Adolescent Mental Health Services (CAMHS); he is on the waiting list.",
        ],
        "D": [
            "## D1 Social care needs",
            "Harpreet does not have social care needs. The social care advice from the Wrensbury Early Help Hub (Early Help Practitioner, 2 June 2026) found that his needs are met by his family and school. The family were given information about the Local Offer and local youth sport schemes.",
        ],
        "E": [
            "## E1 Social, emotional and mental health",
            "# Harpreet has a daily check-in with his key worker at the start of the day.",
            "# Harpreet is given movement breaks in lessons.",
            "# By July 2027, Harpreet will stay in his seat and on task for the first 20 minutes of each lesson in 4 out of 5 lessons a day, recorded on his daily report card by his teachers.",
            "## E2 Organisation",
            "# Harpreet will improve his organisation skills.",
            "# By December 2026, Harpreet will bring the right equipment for each day, checked against his checklist by his key worker, on 4 days out of 5.",
            "## E3 Tics and confidence",
            "# Harpreet will be able to explain his tics to new classmates.",
            "## E4 Sport",
            "# By July 2027, Harpreet will be selected for and play in at least 3 matches for the Year 7 cricket team, recorded by the PE department.",
        ],
        "F": [
            "## F1 Social, emotional and mental health",
            "- Key worker (a learning mentor trained in ADHD and Tourette syndrome): 1:1 check-in for 10 minutes at 8.35am every school day, to go through the day's timetable and checklist.",
            "- Movement breaks: a 3-minute movement break, with a task such as taking a message to the office, once in every lesson of 50 minutes or longer, planned by each class teacher using Harpreet's movement-break card.",
            "- Seat at the end of a row near the door in every lesson, so that Harpreet can leave quietly for a movement break or tic break.",
            "- A quiet base (the Learning Support Base) that Harpreet can go to at break and lunchtime, staffed by a teaching assistant, every school day.",
            "- ADHD and Tourette awareness training for all Year 7 teachers, delivered by the school's Special Educational Needs Co-ordinator (SENCo), 1 hour in September 2026.",
            "## F2 Organisation",
            "- A visual timetable and a daily equipment checklist in his planner, set up by his key worker and checked at the morning check-in.",
            "- Homework club in a group of no more than 10, 45 minutes twice a week (Tuesday and Thursday), run by a teaching assistant.",
            "## F3 Physical education and sport",
            "- After-school cricket club, 1 hour weekly, in a group of no more than 20, run by the PE department, with his key worker making sure Harpreet has the kit list and timetable.",
        ],
        "G": [
            "## G1 Tic Clinic, Wrensbury Children's Hospital",
            "Comprehensive Behavioural Intervention for Tics (CBIT): 8 sessions of 60 minutes every two weeks with a clinical psychologist from the Tic Clinic, starting in the autumn term 2026, then a review.",
            "## G2 Community Paediatrician",
            "Review of Harpreet's ADHD medication, height, weight and blood pressure in clinic every 6 months (30 minutes).",
            "## G3 Health agreement",
            "Sections C and G reviewed and supported by Dr Meera Chahal, Designated Clinical Officer (DCO), Wrensbury Integrated Care Board (ICB), on 8 July 2026.",
        ],
        "H1": ["None. Social care needs were considered (see Section D)."],
        "H2": ["None. Information on early help and youth sport schemes was given to the family by the Early Help Hub on 2 June 2026."],
        "I": ["Kingsway High School, Wrensbury (mainstream secondary school), from September 2026."],
        "J": ["No personal budget has been requested."],
        "K": [
            ("table", [
                ["Advice", "Given by", "Date"],
                ["Harpreet's views", "Harpreet, with his Year 6 class teacher", "9 June 2026"],
                ["Parents' views", "Harpreet's mum and dad", "18 June 2026"],
                ["Educational advice (Year 6 review report)", "Mr Sunil Kapoor, SENCo, Hollybrook Primary School", "5 June 2026"],
                ["Educational advice (receiving school)", "Ms Joanna Reid, SENCo, Kingsway High School", "26 June 2026"],
                ["Psychological advice", "Dr Tomasz Zielinski, Educational Psychologist, Wrensbury Educational Psychology Service", "20 May 2026"],
                ["Medical advice", "Dr Anita Sandhu, Community Paediatrician, Wrensbury Children's Hospital", "12 May 2026"],
                ["Social care advice", "Early Help Practitioner, Wrensbury Early Help Hub", "2 June 2026"],
            ]),
        ],
    },
})


def main():
    os.makedirs(OUT, exist_ok=True)
    for plan in PLANS:
        doc = RENDER[plan["layout"]](plan)
        doc.core_properties.author = COUNCIL
        doc.core_properties.title = "Education, Health and Care Plan"
        doc.save(os.path.join(OUT, plan["id"] + ".docx"))
        print("wrote", plan["id"], plan["layout"])


if __name__ == "__main__":
    main()
