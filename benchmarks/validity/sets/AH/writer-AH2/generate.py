"""Generator for blind test set AH2 (Brackenside Metropolitan Borough Council, fictional).

Plan text is held as Python data below; one renderer per layout:
  ef-table, shaded-heading-table, bold-statutory.
Run: /work/blind/.venv-AH2/bin/python generate.py
"""
import os
from docx import Document
from docx.shared import Pt, RGBColor
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "plans")
COUNCIL = "Brackenside Metropolitan Borough Council"

SHORT = {
    "A": "Section A: About me – views, interests and aspirations",
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
LONG = {
    "A": "Section A: The views, interests and aspirations of the child and his or her parents, or of the young person",
    "B": "Section B: The special educational needs of the child or young person",
    "C": "Section C: The health care needs of the child or young person which relate to their special educational needs",
    "D": "Section D: The social care needs of the child or young person which relate to their special educational needs or to a disability",
    "E": "Section E: The outcomes sought for the child or young person",
    "F": "Section F: The special educational provision required by the child or young person",
    "G": "Section G: Any health care provision reasonably required by the learning difficulties or disabilities which result in the child or young person having special educational needs",
    "H1": "Section H1: Any social care provision which must be made for the child or young person as a result of section 2 of the Chronically Sick and Disabled Persons Act 1970",
    "H2": "Section H2: Any other social care provision reasonably required by the learning difficulties or disabilities which result in the child or young person having special educational needs",
    "I": "Section I: The name and type of the school, maintained nursery school, post-16 institution or other institution to be attended by the child or young person",
    "J": "Section J: Personal budget (including arrangements for direct payments)",
    "K": "Section K: Advice and information gathered during the assessment",
}


def shade(cell, fill="D9E2F3"):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def bold_para(doc_or_cell, text, size=None):
    p = doc_or_cell.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    if size:
        r.font.size = Pt(size)
    return p


def cell_text(cell, text, bold=False):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold


def new_doc():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    return d


# ---------------------------------------------------------------- blocks
def blocks_styled(doc, blocks, sub_style="Heading 3"):
    """Blocks with Word styles (ef-table and shaded-heading-table layouts)."""
    for kind, val in blocks:
        if kind == "h":
            if sub_style == "bold":
                bold_para(doc, val)
            else:
                doc.add_paragraph(val, style=sub_style)
        elif kind == "p":
            doc.add_paragraph(val)
        elif kind == "b":
            for it in val:
                doc.add_paragraph(it, style="List Bullet")
        elif kind == "n":
            for it in val:
                doc.add_paragraph(it, style="List Number")


def blocks_typed(doc, blocks):
    """Blocks with hand-typed bullets and no heading styles (bold-statutory)."""
    for kind, val in blocks:
        if kind == "h":
            p = doc.add_paragraph()
            r = p.add_run(val)
            r.underline = True
        elif kind == "p":
            doc.add_paragraph(val)
        elif kind in ("b", "n"):
            for i, it in enumerate(val):
                mark = "•" if kind == "b" else f"{i + 1}."
                doc.add_paragraph(f"{mark}\t{it}")
        elif kind == "o":
            for it in val:
                doc.add_paragraph(f"\to  {it}")


def front_table(doc, plan):
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for lab, val in plan["front"]:
        row = t.add_row().cells
        cell_text(row[0], lab, bold=True)
        shade(row[0], "E7E6E6")
        cell_text(row[1], val)


def k_table(doc, plan, head=("Advice or information", "Given by", "Date")):
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(head):
        cell_text(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i])
    for item, who, date in plan["K"]:
        c = t.add_row().cells
        cell_text(c[0], item)
        cell_text(c[1], who)
        cell_text(c[2], date)


def g_sign(doc, plan, typed=False):
    if plan.get("Gsign"):
        p = doc.add_paragraph()
        r = p.add_run(plan["Gsign"])
        r.italic = True


# ---------------------------------------------------------------- ef-table
def render_ef_table(plan):
    d = new_doc()
    d.add_paragraph(COUNCIL, style="Title")
    d.add_paragraph("Education, Health and Care (EHC) Plan", style="Subtitle")
    front_table(d, plan)
    for sec in ["A", "B", "C", "D"]:
        d.add_paragraph(SHORT[sec], style="Heading 1")
        blocks_styled(d, plan[sec])
    d.add_paragraph("Sections E and F: Outcomes and special educational provision", style="Heading 1")
    blocks_styled(d, plan.get("Enote", []))
    head = plan.get("ef_head", ("Outcome (Section E)", "Provision (Section F)", "How often and for how long", "Who"))
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(head):
        cell_text(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i])
    groups = list(plan["E"])
    if plan.get("Fgen"):
        groups.append(dict(area=plan.get("Fgen_area", "Provision across the school day"),
                           code="", outcome=plan.get("Fgen_outcome", "Supports all of the outcomes above"),
                           prov=plan["Fgen"]))
    for g in groups:
        ar = t.add_row()
        m = ar.cells[0].merge(ar.cells[3])
        cell_text(m, g["area"], bold=True)
        shade(m, "F2F2F2")
        first = len(t.rows)
        for (what, freq, who) in g["prov"]:
            c = t.add_row().cells
            cell_text(c[1], what)
            cell_text(c[2], freq)
            cell_text(c[3], who)
        top = t.rows[first].cells[0]
        label = (g["code"] + ": " if g["code"] else "") + g["outcome"]
        cell_text(top, label)
        if len(g["prov"]) > 1:
            top.merge(t.rows[len(t.rows) - 1].cells[0])
    blocks_styled(d, plan.get("Eafter", []))
    for sec in ["G"]:
        d.add_paragraph(SHORT[sec], style="Heading 1")
        blocks_styled(d, plan[sec])
        g_sign(d, plan)
    for sec in ["H1", "H2", "I", "J"]:
        d.add_paragraph(SHORT[sec], style="Heading 1")
        blocks_styled(d, plan[sec])
    d.add_paragraph(SHORT["K"], style="Heading 1")
    blocks_styled(d, plan.get("Knote", []))
    k_table(d, plan)
    return d


# ------------------------------------------------------ shaded-heading-table
def shaded_heading(d, text):
    t = d.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    c = t.rows[0].cells[0]
    cell_text(c, text, bold=True)
    shade(c, "1F4E79")
    for r in c.paragraphs[0].runs:
        r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    d.add_paragraph()


def render_shaded(plan):
    d = new_doc()
    bold_para(d, COUNCIL, 16)
    bold_para(d, "Education, Health and Care (EHC) Plan", 14)
    front_table(d, plan)
    d.add_paragraph()
    for sec in ["A", "B", "C", "D"]:
        shaded_heading(d, SHORT[sec])
        blocks_styled(d, plan[sec], sub_style="bold")
    shaded_heading(d, SHORT["E"])
    blocks_styled(d, plan.get("Enote", []), sub_style="bold")
    area = None
    for g in plan["E"]:
        if g["area"] != area:
            area = g["area"]
            bold_para(d, area)
        d.add_paragraph(f"{g['code']}  {g['outcome']}")
    blocks_styled(d, plan.get("Eafter", []), sub_style="bold")
    shaded_heading(d, SHORT["F"])
    blocks_styled(d, plan.get("Fnote", []), sub_style="bold")
    head = plan.get("f_head", ("Provision", "How often, how long and group size", "Delivered by", "Outcome"))
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(head):
        cell_text(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i])
    for g in plan["E"]:
        for (what, freq, who) in g["prov"]:
            c = t.add_row().cells
            cell_text(c[0], what)
            cell_text(c[1], freq)
            cell_text(c[2], who)
            cell_text(c[3], g["code"])
    for (what, freq, who) in plan.get("Fgen", []):
        c = t.add_row().cells
        cell_text(c[0], what)
        cell_text(c[1], freq)
        cell_text(c[2], who)
        cell_text(c[3], "All")
    d.add_paragraph()
    shaded_heading(d, SHORT["G"])
    blocks_styled(d, plan["G"], sub_style="bold")
    g_sign(d, plan)
    for sec in ["H1", "H2", "I", "J"]:
        shaded_heading(d, SHORT[sec])
        blocks_styled(d, plan[sec], sub_style="bold")
    shaded_heading(d, SHORT["K"])
    blocks_styled(d, plan.get("Knote", []), sub_style="bold")
    k_table(d, plan, head=("Advice and information", "Name and role / service", "Date of advice"))
    return d


# ----------------------------------------------------------- bold-statutory
def render_bold(plan):
    d = new_doc()
    bold_para(d, COUNCIL.upper())
    bold_para(d, "EDUCATION, HEALTH AND CARE (EHC) PLAN")
    for lab, val in plan["front"]:
        p = d.add_paragraph()
        r = p.add_run(lab + ": ")
        r.bold = True
        p.add_run(val)
    for sec in ["A", "B", "C", "D"]:
        bold_para(d, LONG[sec])
        blocks_typed(d, plan[sec])
    bold_para(d, LONG["E"])
    blocks_typed(d, plan.get("Enote", []))
    area = None
    for g in plan["E"]:
        if g["area"] != area:
            area = g["area"]
            p = d.add_paragraph()
            p.add_run(area).underline = True
        d.add_paragraph(f"{g['code']}: {g['outcome']}")
    blocks_typed(d, plan.get("Eafter", []))
    bold_para(d, LONG["F"])
    blocks_typed(d, plan.get("Fnote", []))
    for g in plan["E"]:
        if not g["prov"]:
            continue
        d.add_paragraph(f"To help {plan['name']} achieve {g['code']}:")
        for (what, freq, who) in g["prov"]:
            d.add_paragraph(f"•\t{what}")
            d.add_paragraph(f"\t-  How often / how long: {freq}")
            d.add_paragraph(f"\t-  Who: {who}")
    if plan.get("Fgen"):
        d.add_paragraph(plan.get("Fgen_area", "Provision across the day (supports all outcomes):"))
        for (what, freq, who) in plan["Fgen"]:
            d.add_paragraph(f"•\t{what}")
            d.add_paragraph(f"\t-  How often / how long: {freq}")
            d.add_paragraph(f"\t-  Who: {who}")
    bold_para(d, LONG["G"])
    blocks_typed(d, plan["G"])
    g_sign(d, plan)
    for sec in ["H1", "H2", "I", "J"]:
        bold_para(d, LONG[sec])
        blocks_typed(d, plan[sec])
    bold_para(d, LONG["K"])
    blocks_typed(d, plan.get("Knote", []))
    for item, who, date in plan["K"]:
        d.add_paragraph(f"•\t{item} – {who} – {date}")
    return d


RENDER = {"ef-table": render_ef_table, "shaded-heading-table": render_shaded,
          "bold-statutory": render_bold}

PLANS = []

# =====================================================================
# ah201 – SOUND – ef-table – Ava, 2, global developmental delay, nursery
# =====================================================================
PLANS.append(dict(
    id="ah201", layout="ef-table", name="Ava",
    front=[
        ("First name", "Ava"),
        ("Age", "2 years 9 months (born January 2024)"),
        ("School year / education phase", "Early years – pre-school room (not yet of compulsory school age)"),
        ("Education setting", "Little Acorns Day Nursery, Dene Hollow"),
        ("Plan finalised", "15 October 2026"),
        ("Last annual review", "Not applicable – this is Ava's first plan. Because Ava is under five, her plan will be reviewed every six months; the first review is due by 15 April 2027."),
        ("Caseworker", "Casework Officer, Brackenside Special Educational Needs and Disabilities (SEND) Assessment and Review Team"),
    ],
    A=[
        ("h", "About Ava"),
        ("p", "Ava lives with her mum, Shannon, her dad, Lee, and her big brother, Kai, who is six. The family spent nine months in temporary accommodation last year and moved into a two-bedroom council flat in Dene Hollow in February 2026. Ava goes to Little Acorns Day Nursery for four mornings each week and has regular visits to her Nana's house, which she loves. Kai goes to Dene Hollow Primary School, just around the corner."),
        ("h", "What Ava has shown us (gathered through play and observation by her key person)"),
        ("p", "Ava does not yet use words to tell us what she thinks, so her key person at nursery, Mel, watched and played with her over three sessions in September 2026 and noted what Ava chose, reached for, pushed away and smiled at. Shannon also shared photographs and short videos from home. This is what they saw:"),
        ("b", [
            "Ava reaches for the bubble machine and laughs when the bubbles land on her hands.",
            "She chooses the sand tray almost every session and will stay there for up to ten minutes.",
            "She pushes the play dough away and wipes her hands when they get sticky.",
            "She turns, smiles and bounces when she hears 'Twinkle, Twinkle, Little Star'.",
            "She cries and covers her ears when the hand dryer in the toilets is switched on.",
            "She holds out her arms to Mel when she arrives and likes to watch the older children at the water table.",
            "At home, she brings her shoes to her mum when she wants to go out to the park.",
        ]),
        ("h", "What Ava's parents say"),
        ("p", "Shannon and Lee told us: \"Ava is a happy, loving little girl who gives the best cuddles. She's brilliant at letting us know when she's had enough – she just walks off! We'd love her to be able to tell us what she wants, because at the moment she gets frustrated and bangs her head on the floor, and that's hard to watch. We want her to go to the same school as Kai and to have friends there.\""),
        ("h", "What Ava is good at"),
        ("b", [
            "Ava is sociable and likes being near other children.",
            "She copies the actions to songs such as 'Row, Row, Row Your Boat'.",
            "She walks on her own and is starting to climb the steps of the small slide with a hand held.",
            "She knows the snack-time routine and goes to the table when she hears the bell.",
            "She uses eye contact and pointing to ask for things she wants.",
        ]),
        ("h", "Hopes for the future"),
        ("p", "Ava's parents hope that by the time she moves to a school nursery class Ava will be able to ask for things using words or signs, play alongside other children and feed herself. In the longer term they want her to go to Dene Hollow Primary School with her brother, to make friends there and to be as independent as she can be."),
    ],
    B=[
        ("h", "Communication and interaction"),
        ("p", "The speech and language therapist (SLT) assessed Ava in July 2026. Ava understands about ten familiar words in everyday situations, such as 'bye-bye', 'drink' and 'shoes', and she follows simple instructions when an adult also uses a gesture. She asks for things by pointing, reaching or taking an adult by the hand. She says two words ('mam' and 'no'). Her communication is at about the level expected of a child aged 12 to 15 months. She gets frustrated when she cannot make herself understood."),
        ("h", "Cognition and learning"),
        ("p", "Ava has global developmental delay (GDD). This means she is developing more slowly than other children of her age in several areas at once. The educational psychologist (EP) saw Ava at nursery and at home in July 2026. Ava explores toys by mouthing, banging and dropping them, and she is beginning to understand cause and effect (for example, pressing a button to make a toy light up). She can attend to an activity led by an adult for one to two minutes. Using the Early Years Foundation Stage (EYFS) guidance, nursery staff place most of her learning at around 12 to 18 months."),
        ("h", "Social, emotional and mental health"),
        ("p", "Ava is a happy child who seeks out familiar adults. When she cannot make herself understood, or when the routine changes, she sometimes bangs her head on the floor. Nursery staff recorded this about three times a week during August and September 2026. She settles quickly with a cuddle and a favourite song. She plays alongside other children but does not yet take turns."),
        ("h", "Physical, sensory and self-care"),
        ("p", "Ava has low muscle tone (hypotonia), which affects her balance and makes steps and climbing hard for her. She began walking at 24 months and tires on longer walks. She holds crayons and spoons in her fist and cannot yet scoop food onto a spoon. She is sensitive to loud, sudden sounds and to sticky textures. Ava wears nappies and is fed by an adult, although she can feed herself soft finger foods."),
    ],
    C=[
        ("p", "Ava is seen every six months by Dr Priya Nair, Community Paediatrician, at the Brackenside Child Development Centre. Genetic tests carried out in 2025 did not find a cause for her global developmental delay, and a further genetics appointment is booked for March 2027."),
        ("p", "Ava's hearing and eyesight were checked in February 2026 and are within the normal range, so she has no hearing or vision needs at present, but she does have low muscle tone (hypotonia), which affects her walking, balance and climbing. She is under the care of the children's physiotherapy service for this."),
    ],
    D=[
        ("p", "The health visitor referred Ava's family to the Brackenside Children with Disabilities Team. A social care assessment by Gemma Robson, Social Worker, was completed on 11 August 2026. It found that Ava's needs are currently met by her family with the support of universal and early years services, and that she has no social care needs that require a service at this time."),
        ("p", "The assessment noted that the family spent nine months in temporary accommodation before moving to their current flat, and that Shannon found the move tiring. The family were given information about Brackenside's Local Offer, including the 'Tiny Steps' stay-and-play group for under-fives with additional needs and the Early Help Family Hub in Dene Hollow. Shannon said she will contact the Family Hub if the family needs support. This will be checked at Ava's six-monthly review."),
    ],
    Enote=[
        ("p", "Each outcome below is what we hope Ava will be able to do by the date shown. The provision beside it is what will be put in place to help her get there. Ava's key person will keep a simple record for each outcome, and the record will be shared at the six-monthly review."),
    ],
    E=[
        dict(area="Communication and interaction", code="E1",
             outcome="By July 2027, Ava will ask for at least 10 different things she wants (for example 'drink', 'more' or 'bubbles') using a word, a Makaton sign or a photo card, on at least 3 days out of 5, as recorded on her communication log by her key person.",
             prov=[
                 ("Speech and language therapy: 1:1 sessions with Ava to build shared attention and requesting, with the therapist showing her key person how to carry on the activities", "Once a fortnight for 40 minutes, for 12 sessions then review", "Speech and Language Therapist, Brackenside Children's Speech and Language Therapy Service"),
                 ("Ava's speech and language programme ('more' games with bubbles, a ball run and songs, and Intensive Interaction)", "Daily, 10 minutes, 1:1", "Ava's key person (Early Years Practitioner, Level 3), trained by the Speech and Language Therapist"),
                 ("All staff in the pre-school room will use Makaton signs for 20 key words chosen by the Speech and Language Therapist, alongside speech", "Throughout every session Ava attends", "All pre-school room staff; each will complete Makaton Beginners training (one 2-hour session, delivered by the Speech and Language Therapist by December 2026)"),
             ]),
        dict(area="Cognition and learning", code="E2",
             outcome="By April 2027, Ava will stay with an activity led by an adult (for example a posting box or stacking cups) for 5 minutes, on 4 out of 5 sessions checked by her key person over two weeks.",
             prov=[
                 ("Structured attention and play sessions: a bucket of eye-catching toys shown by the adult, followed by a short turn-taking activity", "4 times a week, 10 minutes each, in a group of no more than 4 children", "Key person, with the session plan written by the nursery's special educational needs co-ordinator (SENCo)"),
                 ("Portage home visits: the Portage Home Visitor will agree small play goals with Ava's parents and show them how to practise them at home", "Every other Tuesday, 1 hour, at home, until July 2027", "Portage Home Visitor (trained in the Portage model), Brackenside Early Years Inclusion Team"),
             ]),
        dict(area="Social, emotional and mental health", code="E3",
             outcome="By April 2027, Ava will show she is upset by pushing away or signing 'stop' instead of banging her head, so that head-banging at nursery falls from about 3 times a week to no more than once a week, as recorded on the nursery's incident log.",
             prov=[
                 ("A written calm-down plan for Ava: the adult names the feeling, offers her squeeze toy and sings her calming song; shared with all staff and with her parents", "Used each time Ava shows her early signs of distress (pulling her hair, crying); plan reviewed each half term", "All staff working with Ava; plan written and reviewed by the nursery SENCo with Ava's parents"),
                 ("Turn-taking play (rolling a ball, a simple posting game) with one other child", "Three times per week, 10 minutes, Ava and one other child with an adult", "Key person"),
             ]),
        dict(area="Physical, sensory and self-care", code="E4",
             outcome="By July 2027, Ava will feed herself with a spoon for at least half of her lunch, on 4 days out of 5, as recorded by her key person in her daily diary.",
             prov=[
                 ("Adapted cutlery (a chunky-handled, angled spoon) and a high-sided bowl on a non-slip mat", "At every snack and meal at nursery", "Provided and kept clean by the nursery; chosen with the Occupational Therapist"),
                 ("Hand-over-hand spoon practice, with support faded as Ava gains control", "Daily at lunch, about 15 minutes, 1:1", "Key person or room leader"),
                 ("Occupational therapy review of Ava's feeding and hand skills, with her programme updated and shown to staff", "Once each half term, 45 minutes, at nursery", "Occupational Therapist, Brackenside Children's Occupational Therapy Service"),
             ]),
        dict(area="Physical, sensory and self-care", code="E5",
             outcome="By July 2027, Ava will climb the three steps of the nursery slide, holding the rail with one hand and without an adult's help, on 3 out of 4 attempts observed by her key person.",
             prov=[
                 ("Physiotherapy exercise programme (stepping, climbing and balance games) written by the Physiotherapist and carried out at nursery", "Daily, 15 minutes, 1:1", "Key person, shown the programme by the Physiotherapist (see Section G)"),
             ]),
    ],
    Fgen_area="Provision across each session",
    Fgen_outcome="Supports outcomes E1 to E5",
    Fgen=[
        ("Additional adult support so that Ava has an adult with her for her personal care, her safety and her programmes", "1:1 for all 4 of her morning sessions (4 × 3 hours each week)", "Early Years Practitioner (Level 3), funded through this plan"),
        ("Quiet toilet area: the hand dryer in the pre-school toilets is switched off when Ava is changed, and paper towels are used instead", "Every nappy change", "Room leader"),
        ("May 2027: transition planning meeting with Ava's parents, the nursery and Dene Hollow Primary School nursery class, followed by three visits to the new setting with her key person", "One 1-hour meeting, then three 1-hour visits in June and July 2027", "Early Years Inclusion Teacher (qualified teacher), Brackenside Early Years Inclusion Team"),
    ],
    G=[
        ("h", "G1 Children's physiotherapy"),
        ("p", "The children's physiotherapist will assess Ava's motor skills, write her exercise programme and show her key person and her parents how to carry it out. The physiotherapist will see Ava at nursery once every 6 weeks for 45 minutes until July 2027, when her programme will be reviewed."),
        ("h", "G2 Community paediatrician"),
        ("p", "Dr Nair, Community Paediatrician, will review Ava's development and general health at the Child Development Centre every six months (next appointment April 2027) and will arrange her genetics follow-up appointment in March 2027."),
    ],
    Gsign="Health agreement: the health provision in Section G was agreed by Dr Helen Armstrong, Designated Clinical Officer (DCO), on behalf of Brackenside Integrated Care Board (ICB), on 9 October 2026.",
    H1=[("p", "None. The social care assessment of 11 August 2026 found no need for a service under section 2 of the Chronically Sick and Disabled Persons Act 1970 (see Section D).")],
    H2=[("p", "None at present. The family have information about the Local Offer, the 'Tiny Steps' stay-and-play group and the Early Help Family Hub, and know how to ask for help (see Section D).")],
    I=[("p", "Little Acorns Day Nursery, Dene Hollow (private, voluntary and independent early years setting) until August 2027. From September 2027: the nursery class at Dene Hollow Primary School (mainstream maintained school), as agreed with Ava's parents.")],
    J=[("p", "Ava's parents have not asked for a personal budget.")],
    K=[
        ("Parents' views and information (Section A)", "Shannon and Lee, Ava's parents", "2 September 2026"),
        ("Ava's views, gathered through play and observation", "Mel, Key Person (Early Years Practitioner, Level 3), Little Acorns Day Nursery", "8 to 22 September 2026"),
        ("Educational advice", "Karen Liddle, Nursery Manager and SENCo, Little Acorns Day Nursery", "4 August 2026"),
        ("Educational advice (early years inclusion)", "Sarah Pounder, Early Years Inclusion Teacher", "28 July 2026"),
        ("Psychological advice", "Dr Tom Bell, Educational Psychologist, Brackenside Educational Psychology Service", "21 July 2026"),
        ("Medical advice", "Dr Priya Nair, Community Paediatrician, Brackenside Child Development Centre", "30 June 2026"),
        ("Speech and language therapy advice", "Rachel Wood, Speech and Language Therapist", "14 July 2026"),
        ("Physiotherapy advice", "Jonathan Hall, Children's Physiotherapist", "7 July 2026"),
        ("Occupational therapy advice", "Leanne Patel, Occupational Therapist", "10 July 2026"),
        ("Social care advice (social care assessment)", "Gemma Robson, Social Worker, Children with Disabilities Team", "11 August 2026"),
    ],
))

# =====================================================================
# ah202 – FAIL – shaded-heading-table – Maisie, 8, Down syndrome + hearing loss
# Planted: hearing advice from a communication support worker (no QToD);
# provision written as outcomes (E2, E4); spelling slips; no health agreement.
# =====================================================================
PLANS.append(dict(
    id="ah202", layout="shaded-heading-table", name="Maisie",
    front=[
        ("First name", "Maisie"),
        ("Age", "8"),
        ("School year / education phase", "Year 3 (Key Stage 2)"),
        ("Education setting", "St Aidan's Catholic Primary School, Murton Vale – mainstream school with an enhanced resource base for deaf children"),
        ("Plan finalised", "12/05/2025"),
        ("Last annual review", "24/03/2026 (plan amended and reissued 21/04/2026)"),
        ("Caseworker", "Casework Officer, Brackenside Special Educational Needs and Disabilities (SEND) Assessment and Review Team"),
    ],
    A=[
        ("h", "About me"),
        ("p", "Maisie uses British Sign Language (BSL) and Makaton signs, with some spoken words. Her views below were gathered by her class teacher and her communication support worker in March 2026, using BSL and a Talking Mat with picture symbols. Maisie chose each picture herself and signed her answers; her words are written in English."),
        ("b", [
            "\"I like school. I like my friend Evie and my teacher Mrs Ward.\"",
            "\"I like dancing and swimming. Swimming is my best.\"",
            "\"I don't like the hall at dinner. It is too loud. My ears hurt.\"",
            "\"I want to read books by myself.\"",
            "\"When I grow up I want to be a dancer on the stage.\"",
        ]),
        ("h", "What my family say"),
        ("p", "Maisie's mum and dad, Joanne and Craig, told us that Maisie is funny, kind and very determined. She loves dancing to music at home, her grandad's dog and going swimming at the leisure centre on Saturdays. They want Maisie to be able to communicate with everyone, not only with people who sign, and to learn to read so that she can enjoy books. They would like her to be as independent as possible and to recieve the same chances as her older sister. Joanne said: \"We want her to grow up confident and to have a proper group of friends, deaf and hearing.\""),
        ("h", "What I am good at"),
        ("b", [
            "Maisie is a confident signer and teaches her classmates new BSL signs in 'Sign of the Week'.",
            "She has a strong visual memory and remembers routines quickly.",
            "She is sociable and kind and notices when other children are sad.",
            "She can swim 10 metres without armbands.",
            "She can count objects to 20 and recognises numbers to 30.",
        ]),
        ("h", "My hopes for the future"),
        ("p", "Maisie wants to be a dancer. Her parents hope that she will go to secondary school with her friends, read for pleasure and, in the future, have a job she enjoys and live as independently as she can."),
    ],
    B=[
        ("h", "Communication and interaction"),
        ("p", "Maisie has Down syndrome and a moderate hearing loss in both ears. She wears two hearing aids. BSL is her main language at school and she also uses Makaton signs with her family. She has around 300 signs and is starting to join 3 signs together. Her spoken words are understood by familiar adults but not always by other children. She understands more than she can say, but she needs new vocabulary to be taught with signs and pictures and to be checked. She finds it hard to follow speech in noisy places and in groups, and she misses information given to the whole class unless it is signed."),
        ("h", "Cognition and learning"),
        ("p", "Maisie is working at an early stage of the Year 1 curriculum in reading and maths. She knows 22 letter sounds and can blend three-letter words with support, but she finds it hard to remember sounds from one week to the next. She learns best when she can see information and when new learning is repeated in short, seperate steps. Her attention for adult-led tasks is about 8 minutes."),
        ("h", "Social, emotional and mental health"),
        ("p", "Maisie is happy at school and has two close friends. She can become upset and refuse to move when routines change without warning, especially when her communication support worker is absent. She responds well to a visual timetable and to being prepared for changes."),
        ("h", "Sensory and physical"),
        ("p", "Maisie has a moderate bilateral hearing loss (see Section C). She has low muscle tone, which affects her handwriting; she holds her pencil with a fist grip and tires after writing a sentence. She can dress herself apart from buttons and laces."),
    ],
    C=[
        ("p", "Maisie has a moderate sensorineural hearing loss in both ears, diagnosed when she was 2. She wears two hearing aids, fitted and reviewed by Brackenside Paediatric Audiology. She also uses a radio aid system in class. She had grommets for glue ear in 2022, and these have since come out."),
        ("p", "Maisie has an annual Down syndrome health check with her community paediatrician, which includes a blood test for her thyroid and a check of her heart. Her most recent check (January 2026) found her thyroid and heart to be working well and no new health needs."),
    ],
    D=[
        ("p", "Brackenside Children with Disabilities Team completed a social care screening on 2 February 2026 and found that Maisie has no social care needs requiring support; her needs are met within her family. The family were given details of the Local Offer. Maisie attends a Saturday deaf children's club run by a local charity, which the family arrange themselves."),
    ],
    E=[
        dict(area="Communication and interaction", code="E1",
             outcome="By March 2027, Maisie will sign sentences of 4 or more signs to tell an adult about something she has done, on 4 out of 5 occasions, as recorded by her communication support worker in her communication book.",
             prov=[
                 ("BSL vocabulary teaching: new topic words pre-taught with signs and pictures before each new topic", "3 times a week, 20 minutes, 1:1", "Communication Support Worker (BSL Level 3)"),
                 ("Speech and language therapy programme to develop sentence length in sign and speech", "Programme written by the Speech and Language Therapist each term; delivered daily for 15 minutes in a group of 2", "Speech and Language Therapist (writes and reviews the programme termly, 1 hour visit); delivered by the Communication Support Worker"),
             ]),
        dict(area="Communication and interaction", code="E2",
             outcome="Maisie will receive daily 1:1 BSL support from her communication support worker in all lessons by July 2027.",
             prov=[
                 ("A communication support worker who signs all teaching and instructions to Maisie in BSL", "All lessons, every day (27.5 hours a week)", "Communication Support Worker (BSL Level 3)"),
             ]),
        dict(area="Cognition and learning", code="E3",
             outcome="By March 2027, Maisie will read and spell 40 common words from the Year 1 word list, checked by her class teacher each half term.",
             prov=[
                 ("Visual phonics and sight-word programme (See and Learn), using signs alongside each sound and word", "Daily, 15 minutes, 1:1", "Teaching assistant trained in See and Learn by the specialist teacher"),
             ]),
        dict(area="Cognition and learning", code="E4",
             outcome="Maisie is given a daily maths session with her teaching assistant using practical equipment.",
             prov=[
                 ("Maths intervention using Numicon and practical equipment", "4 times a week, 20 minutes, in a group of no more than 3 pupils", "Teaching assistant, planned by the class teacher"),
             ]),
        dict(area="Social, emotional and mental health", code="E5",
             outcome="By December 2026, Maisie will move between activities when the visual timetable changes, without refusing, on 9 out of 10 occasions recorded by staff over two weeks.",
             prov=[
                 ("Personal visual timetable with BSL sign pictures, checked with Maisie at the start of the day and after lunch; changes shown in advance with a 'change' card", "Every day", "Class teacher and Communication Support Worker"),
             ]),
        dict(area="Sensory and physical", code="E6",
             outcome="By July 2027, Maisie will check her own hearing aids each morning and tell an adult if one is not working, on 5 days out of 5, recorded on the hearing aid checklist by her communication support worker.",
             prov=[
                 ("Daily hearing aid and radio aid check, with Maisie taught to do each step herself", "Every morning, 5 minutes", "Communication Support Worker, trained by the Qualified Teacher of the Deaf"),
                 ("Visits from the Qualified Teacher of the Deaf to check Maisie's listening in class, advise staff and train new staff", "Once every half term, 1 hour", "Qualified Teacher of the Deaf, Brackenside Sensory Support Service"),
                 ("Radio aid system, maintained and repaired", "Checked every term", "Brackenside Sensory Support Service technician"),
             ]),
        dict(area="Sensory and physical", code="E7",
             outcome="By July 2027, Maisie will write a sentence of 5 words using a tripod pencil grip, on 3 out of 4 writing tasks checked by her class teacher.",
             prov=[
                 ("Fine motor programme (dough gym, threading, pencil control) and a pencil grip and sloping board", "3 times a week, 15 minutes, in a group of no more than 4; equipment provided by school", "Teaching assistant, using the occupational therapy programme from the school's traded occupational therapy service"),
             ]),
    ],
    Fnote=[("p", "All staff will make sure Maisie is seated near the front with a clear view of the teacher and her communication support worker. The school will accomodate her need for a quieter place to eat by letting her have lunch in the resource base with a friend.")],
    Fgen=[
        ("Deaf awareness training for all staff in Maisie's class and year group", "Once a year, 1.5 hours, and for any new staff", "Qualified Teacher of the Deaf"),
        ("Quieter lunchtime: Maisie eats in the resource base with a friend of her choice", "Every day, 30 minutes", "Lunchtime supervisor (resource base)"),
    ],
    G=[
        ("p", "Paediatric audiology will review Maisie's hearing and hearing aids every 6 months at the Brackenside Audiology Clinic (appointments of about 45 minutes, for as long as this plan is in place), and will make new ear moulds every 3 months."),
        ("p", "Community paediatrician: annual Down syndrome health check of about 40 minutes, including a thyroid blood test and a heart check, at the Child Development Centre (next check January 2027)."),
    ],
    Gsign=None,
    H1=[("p", "None. Social care screening (2 February 2026) found no needs requiring provision.")],
    H2=[("p", "None. The family have information about the Local Offer and short breaks. They have chosen not to apply for short breaks at present.")],
    I=[("p", "St Aidan's Catholic Primary School, Murton Vale (mainstream voluntary aided school with an enhanced resource base for deaf children).")],
    J=[("p", "No personal budget requested.")],
    K=[
        ("Parents' views", "Joanne and Craig, Maisie's parents", "10 March 2026"),
        ("Maisie's views (BSL and Talking Mat)", "Class teacher and Communication Support Worker", "12 March 2026"),
        ("Educational advice", "Claire Ward, Class Teacher, and Anne Forster, Special Educational Needs Co-ordinator, St Aidan's Catholic Primary School", "16 March 2026"),
        ("Hearing support advice", "Janet Hughes, Communication Support Worker, Brackenside Sensory Support Service", "3 March 2026"),
        ("Psychological advice", "Dr Rebecca Moore, Educational Psychologist", "23 February 2026"),
        ("Medical advice", "Dr Imran Shah, Community Paediatrician", "15 January 2026"),
        ("Audiology report", "Paediatric Audiologist, Brackenside Audiology Clinic", "9 December 2025"),
        ("Speech and language therapy advice", "Laura Scott, Speech and Language Therapist", "6 February 2026"),
        ("Social care advice (screening)", "Children with Disabilities Team, Duty Social Worker", "2 February 2026"),
    ],
))

# =====================================================================
# ah203 – SOUND – bold-statutory – Jordan, 15, looked after, youth justice, DLD
# =====================================================================
PLANS.append(dict(
    id="ah203", layout="bold-statutory", name="Jordan",
    front=[
        ("First name", "Jordan"),
        ("Age", "15"),
        ("School year / education phase", "Year 10 (Key Stage 4)"),
        ("Education setting", "Haverton Academy (mainstream secondary academy), with day release to Brackenside College"),
        ("Legal status", "Looked after by Brackenside Metropolitan Borough Council under a Care Order (section 31, Children Act 1989); lives with long-term foster carers"),
        ("Plan finalised", "2 June 2025"),
        ("Last annual review", "23 September 2026 (plan amended and reissued on 21 October 2026)"),
        ("Caseworker", "Casework Officer (Children in Care link), Brackenside Special Educational Needs and Disabilities (SEND) Assessment and Review Team"),
    ],
    A=[
        ("h", "Jordan's views – in his own words"),
        ("p", "Jordan talked with his independent advocate and his speech and language therapist in September 2026. They wrote down what he said, read it back to him and changed it until he was happy that it was right."),
        ("b", [
            "\"I like fixing bikes. I can take a bike apart and put it back together without looking at anything. I want to be a mechanic, cars not just bikes.\"",
            "\"Boxing is the best thing I do. When I'm at the club my head is clear. Coach says I listen better than anyone there.\"",
            "\"School is alright when teachers don't go on. When they talk too fast I just say yeah, then I get wrong for not doing it.\"",
            "\"I don't like it when people make a show of me in front of the class. That's when I kick off.\"",
            "\"I want my own flat one day, a car, and to see my little sister more.\"",
            "\"Dawn and Mick are sound. I've been with them two years. I want to stay there till I'm 18.\"",
        ]),
        ("h", "What Jordan's foster carers say"),
        ("p", "Dawn and Mick have cared for Jordan since October 2024. They describe him as funny, loyal and brilliant with their grandchildren. They say he has come a long way: he now comes home on time most nights and talks to them when something has gone wrong. They worry that people assume he understands when he does not, and that this is how he got into trouble last year. They would like school, the Youth Justice Service and everyone who works with Jordan to \"slow down, check he's got it, and give him a chance to show what he can do\"."),
        ("h", "What Jordan's mum says"),
        ("p", "Jordan's mum shares parental responsibility with the local authority. She gave her views to Jordan's social worker. She is proud of how well Jordan is doing with his boxing and wants him to finish school with qualifications, to stay out of trouble and to keep in touch with his sister."),
        ("h", "Jordan's strengths"),
        ("b", [
            "Jordan is practical and skilled with his hands; his motor vehicle tutor says he is one of the quickest learners in the group.",
            "He is a committed boxer who trains twice a week and has not missed a session since January 2026.",
            "He is loyal and protective of younger children, including his sister and his foster carers' grandchildren.",
            "His maths is a relative strength, particularly number work linked to money and measurements.",
            "He is honest about his mistakes when he is given time and is spoken to calmly and privately.",
        ]),
        ("h", "Jordan's aspirations"),
        ("p", "Jordan wants to train as a motor vehicle mechanic, pass his driving test, live in his own flat and stay close to his sister. In the shorter term he wants to stay with Dawn and Mick, finish his Referral Order and get his Level 1 motor vehicle certificate."),
    ],
    B=[
        ("h", "Communication and interaction"),
        ("p", "Jordan has developmental language disorder (DLD). This is a long-term difficulty with understanding and using spoken language that is not caused by another condition. The speech and language therapist (SLT) assessed him in June 2026. His understanding of spoken language is well below what is expected for his age: he finds long instructions, abstract words (such as 'consequence', 'breach' or 'evaluate') and fast speech very hard to follow. He often says 'yeah' or nods so that he does not look stupid, which means adults think he has understood when he has not. He finds it hard to explain events in order, which caused difficulties when he was interviewed by the police in 2025."),
        ("h", "Cognition and learning"),
        ("p", "Jordan's reading age is around 10 years. He can read familiar text well but finds it hard to understand longer passages and exam questions. His written work is short and he avoids writing tasks. His maths is stronger, and he is working towards a grade 4 in General Certificate of Secondary Education (GCSE) maths. He learns best through practical, hands-on tasks with visual demonstrations and one instruction at a time."),
        ("h", "Social, emotional and mental health"),
        ("p", "Jordan had a difficult early childhood and came into care at the age of 12. He can become angry very quickly when he feels embarrassed in front of others, and he was suspended twice in Year 9 after arguments with staff. Since January 2026 he has had no suspensions, and he uses his time-out card appropriately most weeks. He is on a 12-month Referral Order with the Youth Justice Service (until February 2027) for criminal damage; this is a court order under which he has agreed a contract of activities and meetings with a youth panel. He has said he sleeps badly and sometimes feels 'flat'; this is described in Section C. He asks for help when needed from adults he trusts, but he does not yet do this with adults he does not know."),
    ],
    C=[
        ("p", "Jordan's physical health is good: his Review Health Assessment (the yearly health check for children in care) on 14 January 2026 found no physical health needs, but he does have emotional health needs. He sleeps poorly, often not falling asleep until after 2am, and describes low mood linked to his early experiences. He is supported by the Child and Adolescent Mental Health Services (CAMHS) Looked After Children Team, who have assessed him as having symptoms of trauma and disturbed sleep. He does not take any medication."),
    ],
    D=[
        ("p", "Jordan is looked after by the local authority under a Care Order and lives with long-term foster carers, Dawn and Mick. His social worker, Lisa Green (Children in Care Team), contributed to this plan, and his care plan, his latest looked-after child review (March 2026) and his Personal Education Plan (PEP) were used in writing it. The targets in his PEP are now the same as the outcomes in Section E, so that Jordan, his carers and school work towards one set of goals."),
        ("p", "Jordan's social care needs are:"),
        ("b", [
            "a stable, long-term home: the care plan is for him to remain with Dawn and Mick until he is at least 18;",
            "safe, regular family time with his mum and his younger sister, who lives with their grandmother;",
            "protection from exploitation in the community: his social worker assessed in May 2026 that older young people have tried to draw him into offending, and a safety plan is in place;",
            "support to complete his Referral Order, which he finds hard to understand because of his language difficulties; his social worker and Youth Justice Officer work together on this;",
            "help to build the skills he will need to live independently, with a Pathway Plan and a Personal Adviser from the Leaving Care Service from his 16th birthday in March 2027.",
        ]),
    ],
    Enote=[("p", "These outcomes were agreed with Jordan, his foster carers, his social worker and school at his review in September 2026. They are linked to his aspirations and to the four areas of preparing for adulthood: employment, independent living, friends and community, and good health.")],
    E=[
        dict(area="Communication and interaction (preparing for adulthood: employment)", code="E1",
             outcome="By July 2027, Jordan will use his 'check it' strategy (repeating an instruction back in his own words, or asking the adult to say it another way) in at least 3 lessons every day, as recorded on his lesson checklist by his teaching assistant and reviewed each half term.",
             prov=[
                 ("Speech and language therapy, 1:1, on understanding spoken language and using his 'check it' strategy", "Weekly on Tuesday mornings, 45 minutes, for 20 sessions across the autumn and spring terms, then review", "Specialist Speech and Language Therapist (adolescent language and youth justice), Brackenside Children's Speech and Language Therapy Service"),
                 ("Pre-teaching of key vocabulary for English, science and motor vehicle lessons, using word maps and pictures", "Three times a week, 30 minutes, in a group of no more than 3 pupils", "Teaching assistant (Level 3), trained in vocabulary teaching by the Speech and Language Therapist"),
                 ("Training for all staff who teach Jordan on developmental language disorder and on how to check understanding", "One 90-minute session in the autumn term 2026, then a 30-minute update each term", "Specialist Speech and Language Therapist"),
             ]),
        dict(area="Cognition and learning (preparing for adulthood: employment)", code="E2",
             outcome="By July 2027, Jordan will gain the Level 1 Award in Vehicle Maintenance at Brackenside College, shown by his certificate and his tutor's end-of-year report.",
             prov=[
                 ("Day-release place on the Level 1 vehicle maintenance course at Brackenside College", "Every Wednesday, 9.30am to 3pm, for 36 weeks", "Brackenside College vehicle maintenance tutor; place and transport arranged and funded by Haverton Academy"),
                 ("Teaching assistant support at college, reducing as Jordan settles", "Every Wednesday for the first 6 weeks, then review with Jordan and his tutor", "Haverton Academy teaching assistant (Level 3)"),
                 ("Careers guidance interviews about routes into motor vehicle apprenticeships", "Two 45-minute 1:1 interviews each school year (autumn and summer terms)", "Careers Adviser (Level 6 Diploma in Career Guidance), Haverton Academy"),
             ]),
        dict(area="Cognition and learning (preparing for adulthood: employment)", code="E3",
             outcome="By July 2028, Jordan will achieve at least grade 4 in GCSE maths and at least grade 3 in GCSE English Language, shown in his examination results.",
             prov=[
                 ("Access arrangements: 25% extra time and a reader in all GCSE examinations and mock examinations", "Every examination and mock examination", "Applied for and arranged by the school's examinations officer with the special educational needs co-ordinator (SENCo)"),
                 ("English and maths taught in a smaller class", "All English and maths lessons (8 lessons a week), in a class of no more than 10 pupils", "Qualified subject teachers"),
                 ("Reading comprehension intervention (reciprocal reading) using exam-style texts", "Twice a week, 30 minutes, in a group of 4", "English teacher with specialist training in reading intervention"),
             ]),
        dict(area="Social, emotional and mental health (preparing for adulthood: friends, relationships and community)", code="E4",
             outcome="By February 2027, Jordan will complete his Referral Order, attending at least 9 out of every 10 youth justice appointments and explaining what he has agreed to in his own words, as recorded by his Youth Justice Officer.",
             prov=[
                 ("Daily check-in with his key adult to go through the day ahead and any changes", "Every morning for 10 minutes and at the end of each day for 5 minutes, 1:1", "Key adult (Pastoral Lead, trained in trauma-informed practice)"),
                 ("Time-out card: Jordan can leave a lesson and go to the pastoral base when he feels angry or embarrassed", "Used by Jordan when he chooses; 10 minutes each time, then the key adult walks back to class with him", "All teaching staff; pastoral base staffed by the Pastoral Lead"),
                 ("Consultation with the Youth Justice Officer to turn Jordan's Referral Order contract and session materials into plain language with visuals", "One 1-hour meeting in October 2026, then a 30-minute review each term", "Specialist Speech and Language Therapist"),
             ]),
        dict(area="Independent living", code="E5",
             outcome="By July 2027, Jordan will plan, shop for and cook a simple meal for his foster family once a week for 6 weeks in a row, recorded in his independence booklet and checked by his foster carers.",
             prov=[
                 ("Life skills cookery: planning a meal, budgeting, shopping and cooking", "Weekly, 1 hour, in a group of 4", "Food technology teaching assistant"),
             ]),
        dict(area="Independent living", code="E6",
             outcome="By December 2027, Jordan will travel on his own by bus from home to Brackenside College and back on every Wednesday for a full half term, recorded on the college attendance register and confirmed by his foster carers.",
             prov=[
                 ("Independent travel training on the bus route to Brackenside College", "6 sessions of 1 hour, then review", "Independent Travel Trainer, Brackenside Passenger Transport Service"),
             ]),
        dict(area="Friends, relationships and community", code="E7",
             outcome="By July 2027, Jordan will receive his England Boxing bronze skills award and attend boxing club at least twice a week for 10 out of 12 weeks each term, recorded by his coach.",
             prov=[]),
        dict(area="Good health", code="E8",
             outcome="By April 2027, Jordan will be asleep by midnight on at least 5 nights out of 7, recorded in the sleep diary that he keeps with his foster carers and shares with his CAMHS practitioner.",
             prov=[]),
    ],
    Fnote=[("p", "Outcome E7 is supported by the social care provision in Section H2, and outcome E8 by the health provision in Section G.")],
    G=[
        ("p", "G1: CAMHS Looked After Children Team – trauma-focused therapy sessions, including a sleep plan, with a mental health practitioner (registered mental health nurse). Fortnightly, 50 minutes, 1:1, for 12 sessions from November 2026, then review. Sessions take place at school on Thursday afternoons, so that Jordan does not miss his day release."),
        ("p", "G2: Looked After Children's Nurse – Review Health Assessment once a year (next due January 2027, about 1 hour) and three 30-minute sessions on sleep and healthy routines in the spring term 2027, at Jordan's foster home."),
    ],
    Gsign="Health agreement: the provision in Section G has been reviewed and supported by Dr Helen Armstrong, Designated Clinical Officer (DCO), Brackenside Integrated Care Board (ICB), 14 October 2026.",
    H1=[("p", "None. Jordan's social worker considered this in her advice of 1 September 2026: Jordan does not need provision under section 2 of the Chronically Sick and Disabled Persons Act 1970.")],
    H2=[
        ("p", "The following social care provision comes from Jordan's care plan and is reasonably required by his special educational needs:"),
        ("b", [
            "Social worker visits to Jordan at his foster home at least every 6 weeks, seeing Jordan on his own for part of each visit; the social worker will use the visual supports and plain-language approach recommended by the speech and language therapist.",
            "Looked-after child reviews every 6 months, chaired by an Independent Reviewing Officer, who will check that Jordan's care plan, his PEP and this plan agree.",
            "Personal Education Plan review each term, led by the designated teacher with the Virtual School (the council's team that oversees the education of children in care), Jordan's social worker, his foster carers and Jordan.",
            "Youth Justice Service: his Youth Justice Officer meets Jordan once a week for 1 hour until his Referral Order ends in February 2027, using the plain-language contract prepared with the speech and language therapist.",
            "Boxing club fees of £12 a week for two sessions each week, paid from the care plan budget; Mick provides transport (supports outcome E7).",
            "Family time with his mum and sister once a month for 2 hours, supported by the Family Time Service.",
            "From his 16th birthday (March 2027): a Personal Adviser from the Leaving Care Service, and a Pathway Plan written with Jordan within 3 months.",
        ]),
    ],
    I=[("p", "Haverton Academy, Brackenside (mainstream secondary academy), with day release to Brackenside College (further education college) every Wednesday.")],
    J=[("p", "No personal budget has been requested. Jordan's boxing club fees are paid through his care plan (see Section H2).")],
    K=[
        ("Jordan's views, gathered with his independent advocate and speech and language therapist", "Aisha Khan, Independent Advocate, Brackenside Children's Rights Service", "4 September 2026"),
        ("Foster carers' views", "Dawn and Mick, Jordan's foster carers", "8 September 2026"),
        ("Views of Jordan's mother (parental responsibility), gathered by his social worker", "Jordan's mother, via Lisa Green, Social Worker", "10 September 2026"),
        ("Educational advice", "Mark Heslop, SENCo and Designated Teacher for Looked After Children, Haverton Academy", "15 September 2026"),
        ("Educational advice (Virtual School)", "Paul Dixon, Virtual School Head, Brackenside Virtual School", "12 September 2026"),
        ("Psychological advice", "Dr Fiona Carr, Educational Psychologist", "30 June 2026"),
        ("Medical advice (Review Health Assessment)", "Kelly Brown, Looked After Children's Nurse, with Dr Anita Roy, Designated Doctor for Looked After Children", "14 January 2026"),
        ("Mental health advice", "Mark Tate, Mental Health Practitioner, CAMHS Looked After Children Team", "2 July 2026"),
        ("Speech and language therapy advice", "Hannah Reed, Specialist Speech and Language Therapist", "20 June 2026"),
        ("Social care advice, with the care plan and the looked-after child review record of March 2026", "Lisa Green, Social Worker, Children in Care Team", "1 September 2026"),
        ("Youth justice information", "Darren Shaw, Youth Justice Officer, Brackenside Youth Justice Service", "18 August 2026"),
        ("Preparing for adulthood advice (careers and independence)", "Rachel Young, Careers Adviser, Haverton Academy", "11 September 2026"),
    ],
))

# =====================================================================
# ah204 – FAIL – bold-statutory – Callum, 20, residential specialist college
# Planted: review over 12 months old; outcomes not preparing for adulthood and
# ignoring aspirations; clinical language in A; personal assistant (Care Act) in F.
# =====================================================================
PLANS.append(dict(
    id="ah204", layout="bold-statutory", name="Callum",
    front=[
        ("First name", "Callum"),
        ("Age", "20"),
        ("School year / education phase", "Post-19 further education (second year of a three-year programme)"),
        ("Education setting", "Thornbeck College (independent specialist post-16 institution, residential during term time)"),
        ("Plan finalised", "3 March 2024"),
        ("Last annual review", "14 October 2025 (plan amended and reissued on 18 November 2025)"),
        ("Caseworker", "Casework Officer (Post-16), Brackenside Special Educational Needs and Disabilities (SEND) Assessment and Review Team"),
    ],
    A=[
        ("h", "Background"),
        ("p", "Callum presents with autism spectrum condition (ASC) with co-morbid moderate learning disability. Psychometric assessment places his full scale intellectual functioning in the extremely low range (below the first centile), with a cognitive profile indicating marked deficits in executive functioning, working memory and processing speed, together with impaired theory of mind and weak central coherence. Expressive language is characterised by delayed echolalia and perseverative ideation regarding bus timetables, and receptive language is significantly impaired for multi-clausal utterances. Sensory profiling indicates auditory hyper-responsivity with sensory-seeking behaviours in the proprioceptive and vestibular domains. Behaviours of concern (self-injurious hand-biting and elopement) are predominantly escape-maintained and occur in response to unpredicted transitions."),
        ("h", "Callum's views"),
        ("p", "Callum told his key worker at college, Sam, what he thinks. Sam typed it up with him on the computer in September 2025:"),
        ("b", [
            "\"I like Thornbeck. I like my room and my friend Ryan.\"",
            "\"I like buses. The number 20 goes to Brackenside. I know all the times.\"",
            "\"I want to work at the garden centre, watering plants.\"",
            "\"I want to live in a house with Ryan, not with mam.\"",
            "\"I want to go to the match at Brackenside Town on Saturdays.\"",
            "\"I don't like shouting. I don't like the fire alarm.\"",
        ]),
        ("h", "What Callum's parents say"),
        ("p", "Tracey and Paul say Callum has grown up a lot since he started at Thornbeck College. He is calmer at home and helps his dad in the garden. They would like Callum to get a job, even part-time, and to live in supported housing with friends when he leaves college, near enough for them to visit every week. They worry about how he will cope with money and with strangers."),
        ("h", "Strengths"),
        ("b", [
            "Callum has an excellent memory for timetables, routes and numbers.",
            "He is gentle and kind, and looks out for his friend Ryan.",
            "He works carefully and neatly when a task is clear to him, and he takes pride in finishing it.",
            "He enjoys practical, outdoor work and has looked after the college polytunnel since September.",
        ]),
        ("h", "Aspirations"),
        ("p", "Callum wants to work at a garden centre, live in a shared house with his friend Ryan and go to football matches. His parents want him to have a job, live in supported housing near them and be safe in the community."),
    ],
    B=[
        ("h", "Communication and interaction"),
        ("p", "Callum understands short, simple sentences about things that are happening now, especially when they are supported by pictures or objects. He talks in short phrases and often repeats phrases he has heard before. He finds it hard to ask for help, and he may walk away from a situation instead of saying that he does not understand."),
        ("h", "Cognition and learning"),
        ("p", "Callum reads about 30 familiar words and can write his first name. He counts reliably to 50 and can add numbers to 20 using a number line. He can recognise coins but does not yet understand their value or how to check his change."),
        ("h", "Social, emotional and mental health"),
        ("p", "Callum becomes anxious when his routine changes without warning. When very anxious he bites his hand or leaves the room. This happened about twice a week in his first year at college and about once a fortnight in the last term. He has one close friend and finds group activities hard."),
        ("h", "Sensory and physical"),
        ("p", "Callum is very sensitive to loud noise and covers his ears or leaves when there is shouting or an alarm. He seeks out movement and deep pressure, such as rocking and heavy blankets, to calm himself."),
    ],
    C=[
        ("p", "Callum is physically well. His general practitioner (GP) carried out his Annual Health Check for adults with a learning disability on 2 September 2025 and found no health needs relating to his learning disability or autism. He has mild hay fever, which he manages with a tablet bought from the chemist in the summer. He has not needed any health service other than his GP in the last two years."),
    ],
    D=[
        ("p", "Adult Social Care assessed Callum under the Care Act 2014 on 19 August 2025 and found that he is eligible for care and support. He needs support to take part in activities in the community, because he cannot yet manage money, road safety or talking to strangers on his own, and he needs prompts for personal care. His parents provide most of his support at home during college holidays and weekends, and they have asked for help so that Callum can do more outside the home without them."),
    ],
    E=[
        dict(area="Cognition and learning", code="E1",
             outcome="By July 2026, Callum will read 50 words from the first 100 high-frequency words list, assessed by his tutor at the end of each term.",
             prov=[
                 ("Daily literacy session using a structured sight-word programme with symbols", "Daily, 30 minutes, in a group of 4", "Tutor (qualified teacher) with a learning support assistant"),
             ]),
        dict(area="Cognition and learning", code="E2",
             outcome="By July 2026, Callum will add two 2-digit numbers correctly on 8 out of 10 questions on a worksheet, marked by his tutor.",
             prov=[
                 ("Numeracy session using a number line and practical equipment", "4 times a week, 30 minutes, in a group of 4", "Tutor (qualified teacher) with a learning support assistant"),
             ]),
        dict(area="Cognition and learning", code="E3",
             outcome="By July 2026, Callum will write his full name and the date correctly on 5 out of 5 worksheets, checked by his tutor.",
             prov=[
                 ("Handwriting practice with a model to copy and a sloping board", "Daily, 10 minutes, 1:1", "Learning support assistant"),
             ]),
        dict(area="Social, emotional and mental health", code="E4",
             outcome="By July 2026, Callum will stay at his workstation for a 20-minute task on 4 out of 5 occasions, recorded on his daily sheet by learning support staff.",
             prov=[
                 ("Personal workstation with a visual 'now and next' board and a sand timer", "Every lesson", "Set up by the tutor; learning support assistant prompts Callum"),
                 ("Key worker sessions to prepare Callum for changes using social stories and a weekly visual calendar", "Twice a week, 20 minutes, 1:1, and before any planned change", "Key worker (residential support worker trained in positive behaviour support)"),
             ]),
        dict(area="Communication and interaction", code="E5",
             outcome="By July 2026, Callum will wait for his turn before speaking in group lessons on 8 out of 10 occasions, recorded by his tutor.",
             prov=[
                 ("Speech and language therapy: 1:1 sessions on turn-taking and asking for help, using symbols and video modelling", "Weekly, 30 minutes, for the autumn and spring terms, then review", "Speech and Language Therapist, Thornbeck College therapy team"),
                 ("Occupational therapy sensory programme (movement breaks, weighted blanket in his room, ear defenders for alarms and noisy places)", "Movement breaks 3 times a day for 10 minutes; programme reviewed by the occupational therapist once each half term for 1 hour", "Learning support and residential staff; Occupational Therapist, Thornbeck College therapy team"),
             ]),
    ],
    Fgen_area="Provision across the college year (supports all outcomes):",
    Fgen=[
        ("Residential placement at Thornbeck College, with a consistent waking-day curriculum and key worker", "Monday to Friday during term time (38 weeks a year)", "Thornbeck College residential team"),
        ("Personal assistant support for community activities at home in Brackenside (funded by Adult Social Care under the Care Act 2014 through a direct payment)", "6 hours every Saturday, and 12 hours a week during college holidays", "Personal assistant employed by Callum's parents through the direct payment"),
    ],
    G=[("p", "No health provision is required (see Section C). Callum stays registered with his GP, who offers the yearly Annual Health Check to all adults with a learning disability.")],
    Gsign=None,
    H1=[("p", "Not applicable. Callum is over 18; his social care provision is made under the Care Act 2014 (see Section H2).")],
    H2=[("p", "Callum's personal assistant support, 6 hours every Saturday and 12 hours a week in college holidays, is written in Section F. Adult Social Care will review Callum's care and support plan once a year.")],
    I=[("p", "Thornbeck College (independent specialist post-16 institution), residential in term time, until July 2027.")],
    J=[("p", "Callum's parents receive a direct payment from Adult Social Care of £108 a week in term time and £216 a week in college holidays to employ his personal assistant (see Section F). There is no personal budget for his education provision.")],
    K=[
        ("Callum's views, typed with his key worker", "Callum, with Sam Turner, Key Worker, Thornbeck College", "15 September 2025"),
        ("Parents' views", "Tracey and Paul, Callum's parents", "22 September 2025"),
        ("Educational advice", "Joanne Pike, Head of Learning Support, Thornbeck College", "29 September 2025"),
        ("Psychological advice", "Dr Neil Hart, Educational Psychologist", "24 November 2024"),
        ("Medical advice (Annual Health Check)", "Dr Sana Khan, GP, Pithead Lane Surgery", "2 September 2025"),
        ("Speech and language therapy advice", "Gemma Lowes, Speech and Language Therapist, Thornbeck College", "10 September 2025"),
        ("Occupational therapy advice", "Ruth Carter, Occupational Therapist, Thornbeck College", "10 September 2025"),
        ("Social care advice (Care Act assessment)", "Steven Hall, Social Worker, Adult Social Care (Transitions)", "19 August 2025"),
        ("Preparing for adulthood advice", "Lynne Barker, Preparing for Adulthood Co-ordinator, Brackenside Council", "1 October 2025"),
    ],
))

# =====================================================================
# ah205 – FAIL – ef-table – Tyler, 10, SEMH after bereavement, child in need
# Planted: Child in Need plan not drawn through (H none, no social care advice);
# continence need in C with nothing in G and no outcome; vague provision in F.
# =====================================================================
PLANS.append(dict(
    id="ah205", layout="ef-table", name="Tyler",
    front=[
        ("First name", "Tyler"),
        ("Age", "10"),
        ("School year / education phase", "Year 6"),
        ("Education setting", "Colliery Row Primary School (mainstream community primary school)"),
        ("Social care involvement", "Child in Need plan (Brackenside Children's Social Care) since June 2026"),
        ("Plan finalised", "30 September 2026"),
        ("Last annual review", "Not applicable – first plan"),
        ("Caseworker", "Casework Officer, Brackenside Special Educational Needs and Disabilities (SEND) Assessment and Review Team"),
    ],
    A=[
        ("h", "Tyler's views"),
        ("p", "Tyler talked to Mrs Atkinson, the school's Emotional Literacy Support Assistant (ELSA), in two sessions in July 2026, using drawings and a 'my life' timeline. Tyler chose what was written down."),
        ("b", [
            "\"My dad died last year. He had a heart attack at work. I think about him every day.\"",
            "\"I like drawing, especially comics. I'm making one about a superhero called Night Fox.\"",
            "\"I like Mr Hedley because he lets me help with the football team.\"",
            "\"I hate it when people talk about their dads. Sometimes I just walk out.\"",
            "\"We had to move to the flat on Brook Street. It's alright but I miss my old bedroom.\"",
            "\"When I'm older I want to draw comics, or be a sports teacher like Mr Hedley.\"",
        ]),
        ("h", "What Tyler's mum says"),
        ("p", "Tyler's mum, Kerry, told us that Tyler was a happy, sporty boy who loved school until his dad died suddenly in May 2025. Since then he has become withdrawn at home, has angry outbursts and finds it hard to sleep. The family lost their home after his dad's death and spent four months in temporary accommodation before moving to a housing association flat in Colliery Row in January 2026. Kerry wants Tyler to feel safe, to be able to talk about his dad without getting upset and angry, and to make a good start at secondary school in September 2027."),
        ("h", "Tyler's story so far"),
        ("p", "Tyler has been at Colliery Row Primary School since Nursery. His teachers describe him as a popular, hard-working boy who was captain of the Year 4 football team. His dad worked as a delivery driver and coached Tyler's Saturday football team, and the two of them went to every home match together. After his dad died, Tyler missed three weeks of school and then came back quieter and more easily upset. School put in support from the Emotional Literacy Support Assistant in the autumn term 2025, and his mum asked for this assessment in April 2026 because his behaviour and learning were getting worse rather than better."),
        ("h", "What helps Tyler and what does not"),
        ("b", [
            "Tyler does best when he is told about changes in advance, especially changes of teacher.",
            "He likes to have a job to do, such as setting up the hall for assembly, when he feels wound up.",
            "He does not like being asked about his feelings in front of other children.",
            "He finds Father's Day activities, family-tree work and the anniversary of his dad's death (in May) very hard, and he needs to know beforehand what will happen in class.",
        ]),
        ("h", "Tyler's strengths"),
        ("b", [
            "Tyler is a talented artist and has won the school's comic-strip competition.",
            "He is kind to younger children and helps Mr Hedley with the Year 3 football club.",
            "He is good at maths and is working at the expected standard for Year 6.",
            "He is honest about his feelings with adults he trusts.",
        ]),
        ("h", "Aspirations"),
        ("p", "Tyler would like to draw comics or be a physical education (PE) teacher. His mum wants him to settle at secondary school, keep his friends and get back to enjoying football."),
    ],
    B=[
        ("h", "Social, emotional and mental health"),
        ("p", "Tyler's father died suddenly in May 2025. Since then Tyler has shown signs of complicated grief. He finds it very hard to manage strong feelings: in the summer term 2026 he left the classroom without permission 23 times and had 6 angry outbursts in which he threw equipment. He becomes upset when other children mention their fathers, at Father's Day and on the anniversary of his dad's death. He has said he worries that his mum will also die. He has lost interest in football, which he used to love, and has withdrawn from two of his closest friends."),
        ("h", "Cognition and learning"),
        ("p", "Tyler's attainment in reading and writing has fallen since his father's death. He was working at the expected standard at the end of Year 4; he is now working below the expected standard for Year 6 in reading and writing, because he finds it hard to concentrate and often does not finish work. His maths remains at the expected standard."),
    ],
    C=[
        ("p", "Tyler has mild asthma. He uses a blue reliever inhaler when needed and has an asthma care plan at school, written by the school nurse."),
        ("p", "Since his father's death Tyler has started wetting the bed on most nights, and he has had three daytime wetting accidents at school this term, which he found very upsetting. His general practitioner (GP) has referred him to the Children's Continence Service, and the first appointment is expected in January 2027. Tyler also has difficulty getting to sleep and wakes in the night."),
    ],
    D=[
        ("p", "Tyler lives with his mum and his sister, who is 4. Kerry is coping with her own grief and with the family's move, and she has told us that she finds evenings and weekends hard when Tyler is angry. The family's income fell after Tyler's dad died. Tyler's mum would like help so that Tyler can take part in activities outside school with other children."),
    ],
    Enote=[("p", "The outcomes below were agreed with Tyler and his mum at the planning meeting on 9 September 2026.")],
    ef_head=("What we want Tyler to achieve (E)", "Provision (F)", "How often / how long", "Who provides it"),
    E=[
        dict(area="Social, emotional and mental health", code="E1",
             outcome="By July 2027, Tyler will use his calm plan (asking for his time-out pass and going to the nurture room) instead of leaving the classroom without permission, so that unplanned exits fall from 23 in a term to no more than 5, as recorded on the school's behaviour log.",
             prov=[
                 ("Emotional literacy sessions on recognising and naming feelings and using a calm plan", "Weekly, 40 minutes, 1:1, for 8 weeks then review", "Emotional Literacy Support Assistant (trained ELSA)"),
                 ("Tyler will have access to a quiet space where possible when he feels overwhelmed", "When required", "Class teacher"),
                 ("Regular check-ins with a trusted adult as appropriate", "Regular", "Trusted adult"),
             ]),
        dict(area="Social, emotional and mental health", code="E2",
             outcome="By April 2027, Tyler will talk about a memory of his dad during his sessions with the school counsellor without becoming distressed, in at least 4 of his last 6 sessions, as recorded by the counsellor.",
             prov=[
                 ("Bereavement counselling in school, using a memory box and life-story work", "Weekly, 50 minutes, 1:1, for 12 sessions", "School counsellor (registered with the British Association for Counselling and Psychotherapy, trained in child bereavement)"),
                 ("Tyler should be offered opportunities to talk about his dad at home and school", "As needed", "Staff and family"),
             ]),
        dict(area="Cognition and learning", code="E3",
             outcome="By July 2027, Tyler will finish 4 out of 5 pieces of independent writing in a week, checked by his class teacher, and will reach the expected standard in reading in his end of Key Stage 2 tests.",
             prov=[
                 ("Reading comprehension and writing catch-up sessions", "3 times a week, 30 minutes, in a group of no more than 4", "Higher level teaching assistant"),
                 ("Tasks broken into short steps with a visual checklist on Tyler's desk", "All English lessons", "Class teacher"),
             ]),
        dict(area="Preparing for secondary school", code="E4",
             outcome="By September 2027, Tyler will attend 3 transition visits to his secondary school and name 2 adults there he can go to for help, as recorded by the Year 7 pastoral lead.",
             prov=[
                 ("Enhanced transition: 3 extra visits to the secondary school with his ELSA, and a transition booklet with photographs", "3 visits of 1 hour in June and July 2027", "ELSA and Year 7 pastoral lead"),
             ]),
    ],
    G=[
        ("p", "School nurse: reviews Tyler's asthma care plan with his mum and school staff once a year (30 minutes, next review September 2027), and trains school staff in the use of reliever inhalers each September (1 hour)."),
    ],
    Gsign="Health agreement: the health provision above was agreed by Dr Helen Armstrong, Designated Clinical Officer (DCO), Brackenside Integrated Care Board (ICB), on 25 September 2026.",
    H1=[("p", "None.")],
    H2=[("p", "None.")],
    I=[("p", "Colliery Row Primary School (mainstream community primary school) until July 2027.")],
    J=[("p", "No personal budget requested.")],
    K=[
        ("Tyler's views", "Gathered by Linda Atkinson, ELSA, Colliery Row Primary School", "14 and 21 July 2026"),
        ("Parent's views", "Kerry, Tyler's mum", "9 September 2026"),
        ("Educational advice", "Mr Craig Hedley, Class Teacher, and Mrs Sue Platt, Special Educational Needs Co-ordinator, Colliery Row Primary School", "1 July 2026"),
        ("Psychological advice", "Dr Amy Russell, Educational Psychologist", "24 June 2026"),
        ("Medical advice", "Dr Omar Patel, GP, Colliery Row Medical Practice", "17 June 2026"),
        ("Health advice (asthma)", "Nicola Dunn, School Nurse, 0–19 Public Health Nursing Service", "2 July 2026"),
        ("Counselling report", "Joanne Fell, School Counsellor", "10 July 2026"),
    ],
))

# =====================================================================
# ah206 – SOUND – shaded-heading-table – Sophie, 13, juvenile idiopathic arthritis
# =====================================================================
PLANS.append(dict(
    id="ah206", layout="shaded-heading-table", name="Sophie",
    front=[
        ("First name", "Sophie"),
        ("Age", "13"),
        ("School year / education phase", "Year 9 (Key Stage 3)"),
        ("Education setting", "Eastwood Moor School (mainstream secondary academy)"),
        ("Plan finalised", "17 July 2024"),
        ("Last annual review", "6 October 2026 (plan amended and reissued 4 November 2026)"),
        ("Caseworker", "Casework Officer, Brackenside Special Educational Needs and Disabilities (SEND) Assessment and Review Team"),
    ],
    A=[
        ("h", "All about me (written by Sophie with her Head of Year, September 2026)"),
        ("p", "My name is Sophie and I am 13. I live with my mum, my stepdad Gary and my two little brothers, and we have a rescue greyhound called Bolt. I have arthritis, which most people think only old people get. Mine is called juvenile idiopathic arthritis, or JIA for short. It makes my knees, wrists and fingers swell up and hurt, and some days I am so tired I could sleep in the middle of maths."),
        ("p", "I like animals more than anything. I help at the dog rescue centre with my mum on Sundays, and I want to be a vet. I also like baking and watching films with my friends. At school my favourite subjects are science and food technology."),
        ("p", "The things that help me most are my laptop, leaving lessons early so I don't get pushed on the stairs, and teachers not making a big deal of it when I have missed a day for the hospital. The things I find hard are writing a lot by hand, carrying my bag, sport when my knees are bad, and feeling left behind when I've been off. I get worried that my friends will stop asking me to go out because I have to cancel when I have a flare."),
        ("h", "What my mum and stepdad say"),
        ("p", "Lorraine and Gary say Sophie is bright, funny and stubborn in the best way. She never gives up, even on bad days. They want her to keep up with her learning, to learn to manage her own medicines before she moves to adult services, and to have the same social life as other teenagers. They hope she will stay on at sixth form and go to university to study veterinary medicine if that is still her dream."),
        ("h", "What I am good at"),
        ("b", [
            "Sophie is working at or above the expected level in science, maths and English.",
            "She is organised and keeps a planner of her hospital appointments and homework.",
            "She is caring and patient with animals and younger children.",
            "She is a confident speaker and presented to her year group about living with JIA.",
            "She keeps going on difficult days and asks for help when she needs it.",
        ]),
        ("h", "My aspirations"),
        ("p", "Sophie wants to become a vet. In the next few years she wants to do work experience with animals, stay on at sixth form to study biology and chemistry, travel into town with her friends on her own, and give her own injections so that she does not have to rely on her mum."),
    ],
    B=[
        ("h", "Physical needs"),
        ("p", "Sophie has polyarticular juvenile idiopathic arthritis (arthritis in five or more joints), affecting her knees, wrists and finger joints (see Section C). Her hand pain and stiffness mean she writes slowly and tires after about 10 minutes of handwriting. During a flare she finds stairs difficult and cannot carry a heavy bag. She has fatigue, which is worse on the day after her weekly injection."),
        ("h", "Cognition and learning"),
        ("p", "Sophie has no difficulty understanding or remembering new learning – she is working at or above the expected level in most subjects – but her arthritis affects how much she can write, how long she can concentrate when she is in pain, and how much learning she misses. Her attendance was 88% last year because of hospital appointments and flares. Gaps in her learning build up if missed work is not caught up quickly."),
        ("h", "Social, emotional and mental health"),
        ("p", "Sophie worries about flares, about falling behind and about being left out by her friends. She sometimes does not tell staff she is in pain because she does not want to look different. Her anxiety is not severe, but it is growing as her workload increases."),
    ],
    C=[
        ("p", "Sophie was diagnosed with polyarticular JIA in 2022. JIA is a long-term condition in which the immune system causes inflammation in the joints, leading to pain, swelling, stiffness and tiredness. It is managed by the paediatric rheumatology team at Northern Regional Children's Hospital. Her symptoms change from week to week, and she has a flare about every two to three months."),
        ("p", "Sophie has a methotrexate injection every Friday evening at home; her mum gives it at present, and Sophie is learning to do it herself. She takes an anti-inflammatory tablet (naproxen) twice a day, including once at lunchtime in school. She needs a blood test every 8 weeks to check the effects of her medicine."),
        ("p", "Sophie has no problems with her eyesight, but children with JIA can develop inflammation inside the eye (uveitis) without noticing any symptoms, so she has eye screening every 3 months. Sophie also needs a daily exercise programme to keep her joints moving and her muscles strong."),
    ],
    D=[
        ("p", "Brackenside Children with Disabilities Team completed a social care screening on 12 May 2026, using information from Sophie's parents and the rheumatology team. They found that Sophie has no social care needs relating to her special educational needs or disability, as her needs are met well by her family and universal services. Short breaks were discussed with the family, who decided they do not need them at present. The family were given information about the Local Offer, including the Brackenside Young People's Arthritis Group, which meets once a month."),
    ],
    Enote=[("p", "Sophie is in Year 9, so her outcomes are linked to preparing for adulthood: employment and further learning, independent living, friends and community, and good health.")],
    E=[
        dict(area="Employment and further learning", code="E1",
             outcome="By July 2027, Sophie will receive a positive report from her one-week work experience placement at a veterinary practice, with the employer rating her 'good' or better in at least 4 of the 5 areas on the school's work experience feedback form.",
             prov=[
                 ("June 2027: one-week work experience placement at Eastwood Moor Veterinary Practice, with a risk assessment covering lifting, standing and rest breaks agreed with the employer", "One week (5 days) in June 2027; risk assessment completed in May 2027", "Careers Lead, Eastwood Moor School, with the employer"),
                 ("Careers guidance interview about routes into veterinary medicine, including sixth-form subject choices", "Two 45-minute 1:1 interviews (January and May 2027)", "Careers Adviser (Level 6 qualified), Eastwood Moor School"),
             ]),
        dict(area="Employment and further learning", code="E2",
             outcome="By July 2027, Sophie will type at 30 words per minute with at least 95% accuracy using her laptop and word-prediction software, measured by her occupational therapist each term.",
             prov=[
                 ("Occupational therapy: assessment of Sophie's hand function, a keyboard skills programme, joint-protection advice and review of her equipment", "1:1 on Monday afternoons, 45 minutes, for 6 sessions in the spring term 2027, then a 30-minute review each term", "Occupational Therapist, Northern Regional Children's Hospital paediatric rheumatology team"),
                 ("Keyboard skills practice using the programme set by the occupational therapist", "Daily, 15 minutes, 1:1, during morning registration", "Teaching assistant, shown the programme by the occupational therapist"),
                 ("Laptop with word-prediction software for use in all lessons and at home", "Every lesson", "Laptop and software provided by school; set up and maintained by the school's information technology (IT) technician"),
             ]),
        dict(area="Employment and further learning", code="E3",
             outcome="By the end of Year 9 (July 2027), Sophie will complete and hand in at least 90% of her homework on time, including work missed on hospital days, as recorded on the school's online homework system.",
             prov=[
                 ("Access arrangements: 25% extra time, supervised rest breaks and use of her laptop in all tests, mock examinations and examinations", "All tests and examinations", "Arranged by the examinations officer with the Head of Learning Support (special educational needs co-ordinator, SENCo)"),
                 ("Catch-up session to go through work missed because of hospital appointments or flares", "Weekly, Thursday lunchtime, 30 minutes, 1:1", "Teaching assistant"),
                 ("Class notes and homework tasks uploaded to the online homework system after every lesson", "Every lesson", "Subject teachers"),
                 ("A second set of core textbooks kept at home, so that Sophie does not have to carry heavy books", "For the whole school year", "Provided by school; ordered by the Head of Learning Support"),
             ]),
        dict(area="Independent living and good health", code="E4",
             outcome="By April 2027, Sophie will give her own weekly methotrexate injection at home, with her mum watching, for 4 weeks out of 4, recorded on her injection chart and checked by her rheumatology nurse specialist.",
             prov=[]),
        dict(area="Independent living and good health", code="E5",
             outcome="By July 2027, Sophie will complete her exercise programme on at least 5 days out of 7 (recorded on her exercise app) and move between lessons within the changeover time on 4 days out of 5, recorded by her form tutor.",
             prov=[
                 ("Lift pass, permission to leave lessons 5 minutes early, and a locker on the ground floor", "Every lesson change, all year", "Arranged by the SENCo; locker allocated by the Head of Year"),
                 ("Adapted physical education (PE) programme, written with the physiotherapist, with pool-based work during flares", "All PE lessons (2 lessons of 1 hour each week)", "PE teacher, using the programme from the physiotherapist"),
             ]),
        dict(area="Friends, relationships and community", code="E6",
             outcome="By July 2027, Sophie will access the town centre independently with her friends, travelling there and back by bus on at least 2 occasions each month, recorded in her planner and confirmed by her mum.",
             prov=[
                 ("Independent travel training on the bus route into Brackenside town centre, including planning rests", "4 sessions of 1 hour in the summer term 2027", "Independent Travel Trainer, Brackenside Passenger Transport Service"),
             ]),
        dict(area="Friends, relationships and community", code="E7",
             outcome="By March 2027, Sophie will use her worry scale to tell her key worker when she is worried about a flare, and rate her worry at 5 out of 10 or lower at 3 out of 4 fortnightly check-ins, recorded by her key worker.",
             prov=[
                 ("Key worker check-in using a 1 to 10 worry scale", "Fortnightly, 20 minutes, 1:1", "Head of Year (key worker)"),
                 ("Anxiety management sessions on coping with flares and with missed plans", "Weekly, 45 minutes, 1:1, for 6 sessions then review", "Pastoral mentor (trained in anxiety management)"),
             ]),
    ],
    Eafter=[("p", "Outcome E4, and the health part of outcome E5, are also supported by the health provision in Section G.")],
    Fnote=[("p", "Sophie's special educational provision is set out below. The outcome column shows which outcome in Section E each item supports. Outcome E4 is supported by the health provision in Section G.")],
    G=[
        ("h", "G1 Paediatric rheumatology (Northern Regional Children's Hospital)"),
        ("b", [
            "Consultant Paediatric Rheumatologist: clinic review every 3 months (about 30 minutes), including review of Sophie's medicines.",
            "Blood tests every 8 weeks at the hospital's children's blood test clinic, arranged by the rheumatology team.",
            "Rheumatology Nurse Specialist: 4 home visits of 45 minutes between November 2026 and February 2027 to teach Sophie to give her own injection, then a telephone review each month until July 2027.",
            "Rheumatology Nurse Specialist: a 1-hour training session for Sophie's teachers and teaching assistants on JIA, flares and her medicines each September, and an individual healthcare plan (IHCP) for school, reviewed once a year.",
        ]),
        ("h", "G2 Medicines in school"),
        ("p", "Sophie's lunchtime naproxen will be given by a trained member of the school office staff every school day, stored and recorded as set out in her IHCP."),
        ("h", "G3 Paediatric physiotherapy"),
        ("p", "The physiotherapist will review Sophie's exercise programme every 3 months (1 hour, at the hospital or at school) and will provide hydrotherapy once a week for 45 minutes, for 6 weeks, whenever Sophie has a flare. The physiotherapist will also give the PE department an adapted programme each September."),
        ("h", "G4 Eye screening"),
        ("p", "The paediatric ophthalmology clinic will check Sophie's eyes for uveitis every 3 months (appointments of about 1 hour, including eye drops), for as long as this plan is in place."),
    ],
    Gsign="Health sign-off: Section G confirmed by Dr Helen Armstrong, Designated Clinical Officer (DCO), Brackenside Integrated Care Board (ICB), 29 October 2026.",
    H1=[("p", "None. The Children with Disabilities Team's screening (12 May 2026) found no need for provision under section 2 of the Chronically Sick and Disabled Persons Act 1970.")],
    H2=[("p", "None. Short breaks were considered with the family, who do not want them at present; they have information about the Local Offer and the Young People's Arthritis Group (see Section D).")],
    I=[("p", "Eastwood Moor School, Brackenside (mainstream secondary academy).")],
    J=[("p", "No personal budget has been requested.")],
    K=[
        ("Sophie's views, written by Sophie with her Head of Year", "Sophie, with Mrs Dawn Kirby, Head of Year 9", "21 September 2026"),
        ("Parents' views", "Lorraine and Gary, Sophie's mum and stepdad", "21 September 2026"),
        ("Educational advice", "Mr Alan Reay, Head of Learning Support (SENCo), Eastwood Moor School", "28 September 2026"),
        ("Psychological advice", "Dr Kate Shields, Educational Psychologist", "3 March 2026"),
        ("Medical advice", "Dr Ruth Elliott, Consultant Paediatric Rheumatologist, Northern Regional Children's Hospital", "11 August 2026"),
        ("Nursing advice", "Claire Moody, Rheumatology Nurse Specialist", "11 August 2026"),
        ("Physiotherapy advice", "Tom Irving, Paediatric Physiotherapist", "20 July 2026"),
        ("Occupational therapy advice", "Priya Desai, Occupational Therapist, paediatric rheumatology team", "20 July 2026"),
        ("Ophthalmology clinic letter (uveitis screening)", "Mr David Lamb, Consultant Paediatric Ophthalmologist", "5 September 2026"),
        ("Social care advice (screening)", "Duty Social Worker, Children with Disabilities Team", "12 May 2026"),
        ("Preparing for adulthood advice", "Karen Bell, Careers Adviser, Eastwood Moor School", "25 September 2026"),
    ],
))

# =====================================================================
# ah207 – FAIL – shaded-heading-table – Riley, 4, child protection plan, speech delay
# Planted: CP plan recorded as a status only (D) with H "None"; C awaiting health
# advice and no medical advice in K; speech and language therapy placed in G;
# acronyms never spelled out.
# =====================================================================
PLANS.append(dict(
    id="ah207", layout="shaded-heading-table", name="Riley",
    front=[
        ("First name", "Riley"),
        ("Age", "4 years 3 months"),
        ("School year / education phase", "Reception (EYFS)"),
        ("Education setting", "Pithead Lane Primary School (mainstream community primary school)"),
        ("Social care status", "CP plan since April 2026"),
        ("Plan finalised", "7 September 2026"),
        ("Last annual review", "N/A – new plan"),
        ("Caseworker", "Casework Officer, Brackenside Special Educational Needs and Disabilities (SEND) Assessment and Review Team"),
    ],
    A=[
        ("h", "What Riley has shown us (observed by his nursery key person, who knows him well)"),
        ("p", "Riley uses single words and a few two-word phrases, so his views were gathered by his key person at Pithead Lane nursery class, Jo, who has worked with him since January 2026. Jo watched what Riley chose during free play over two weeks in June 2026 and used photographs of activities so that he could point to what he liked and did not like."),
        ("b", [
            "Riley pointed to the photographs of the bikes, the digger in the sand pit and the water tray every time.",
            "He said \"car, car\" and smiled when shown the photograph of the road mat.",
            "He pushed away the photograph of circle time and said \"no\".",
            "He brings his favourite book about a tractor to Jo and sits on her knee to share it.",
            "He looks for his big sister in the playground at home time and shouts her name.",
        ]),
        ("h", "What Riley's mum says"),
        ("p", "Chantelle said that Riley is a lovely, cheeky little boy who loves cars, tractors and being outside. The family have been living in Brookside House, a hostel for homeless families, since March 2026, and Riley shares a room with his mum and his sister. Chantelle finds it hard to find space for Riley to play. She worries that other children cannot understand him and that he hits out because he cannot tell people what he wants. She wants Riley to talk more, to make friends and to be happy at big school."),
        ("h", "Riley's story"),
        ("p", "Riley lived with his mum and his sister in a private rented flat until the landlord ended the tenancy in February 2026. Since then the family have lived in Brookside House. Riley started in the nursery class at Pithead Lane in January 2026, attending for 15 hours a week, and moved into Reception in September 2026. His attendance in the nursery class was 84%, and most of his absences were on days when the family had appointments about housing. The nursery class asked the Early Years Inclusion Teacher to see Riley in April 2026, and an EHC needs assessment was requested in May 2026."),
        ("h", "What Riley is good at"),
        ("b", [
            "Riley is active and confident on the bikes and climbing frame.",
            "He is affectionate with adults he knows.",
            "He concentrates for a long time on building and construction toys.",
            "He can do simple jigsaws of up to 12 pieces on his own.",
        ]),
        ("h", "Hopes for the future"),
        ("p", "Chantelle hopes that Riley will be able to talk in sentences, play with other children and make friends, and go on to the juniors at Pithead Lane with his sister."),
    ],
    B=[
        ("h", "Communication and interaction"),
        ("p", "Riley's speech and language are delayed. On the WellComm screen (June 2026) he scored in the red band. The SaLT assessed him in May 2026: his understanding of language is at about the level of a 2-year-old, and he can follow a one-part instruction if it is about something he can see. He uses about 50 single words and some two-word phrases. His speech is unclear to people who do not know him, because he leaves off the ends of words and replaces 'k' and 'g' with 't' and 'd'."),
        ("h", "Cognition and learning"),
        ("p", "Riley is working well below the expected level across the EYFS areas of learning, particularly in communication and language and in literacy. His play skills and problem solving with construction toys are a strength."),
        ("h", "SEMH"),
        ("p", "When Riley cannot make himself understood, or when another child takes a toy, he hits or pushes. In the summer term this happened about five times a week. He finds it hard to take turns and to join group times such as circle time. He settles well with familiar adults and routines."),
    ],
    C=[("p", "Awaiting information from the HV team. This section will be updated when it is received.")],
    D=[("p", "Riley is subject to a CP plan.")],
    E=[
        dict(area="Communication and interaction", code="E1",
             outcome="By July 2027, Riley will use three-word sentences (for example 'me want juice') to ask for things he wants, on 4 out of 5 days, recorded by his class teacher on his language tracker.",
             prov=[
                 ("Daily language group (Talk Boost) focusing on vocabulary, listening and joining words", "Daily, 15 minutes, in a group of 4", "HLTA trained in ELKLAN"),
                 ("SaLT consultation: the SaLT updates Riley's programme and models it for the HLTA and class teacher", "Once each half term, 45 minutes", "SaLT, Brackenside Children's Speech and Language Therapy Service"),
             ]),
        dict(area="Communication and interaction", code="E2",
             outcome="By February 2027, Riley will follow a two-part instruction in class (for example 'get your coat and line up') without extra help on 8 out of 10 occasions, recorded by the HLTA over one week.",
             prov=[
                 ("Visual timetable and 'now and next' board for Riley, with Makaton signs used for key words by all Reception staff", "Every day, throughout the day", "Class teacher and Reception staff"),
                 ("Attention and listening group using an Attention Autism-style 'bucket time'", "3 times a week, 15 minutes, in a group of 4", "Teaching assistant"),
             ]),
        dict(area="SEMH", code="E3",
             outcome="By April 2027, Riley will use his 'stop' card or say 'stop' instead of hitting when another child takes his toy, so that hitting falls from about 5 times a week to no more than once a week, recorded on the class incident log.",
             prov=[
                 ("Small-group emotions work using Zones of Regulation pictures and puppets", "3 times a week, 20 minutes, in a group of no more than 5", "Teaching assistant, with the plan written by the SENCO"),
                 ("Adult support during free play to model turn-taking and the use of Riley's 'stop' card", "Every free-play session (about 2 hours a day), in a group of no more than 3 children", "Teaching assistant funded through this plan (15 hours a week)"),
             ]),
        dict(area="Cognition and learning", code="E4",
             outcome="By July 2027, Riley will join in a small-group story session for 10 minutes on 4 out of 5 days, recorded by the HLTA.",
             prov=[
                 ("Small-group story sessions using props, repeated stories and picture cards", "Daily, 10 minutes, in a group of 4", "HLTA"),
             ]),
    ],
    G=[
        ("h", "G1 SaLT"),
        ("p", "Riley will have 1:1 speech and language therapy at school to develop his speech sounds ('k' and 'g' and word endings) and his understanding of language. Weekly on Thursday mornings, 30 minutes, 1:1, for 10 weeks in the autumn term 2026, then reviewed by the SaLT."),
    ],
    Gsign="Health agreement: agreed by Dr Helen Armstrong, DCO, 1 September 2026.",
    H1=[("p", "None.")],
    H2=[("p", "None.")],
    I=[("p", "Pithead Lane Primary School (mainstream community primary school), Reception class.")],
    J=[("p", "None requested.")],
    K=[
        ("Riley's views (observation and photographs)", "Jo Smith, Key Person, Pithead Lane Primary School nursery class", "June 2026"),
        ("Parent's views", "Chantelle, Riley's mum", "18 June 2026"),
        ("Educational advice", "Mrs Helen Curry, Nursery Teacher, and Mr Dean Wilson, SENCO, Pithead Lane Primary School", "24 June 2026"),
        ("Educational advice (early years inclusion)", "Sarah Pounder, Early Years Inclusion Teacher", "12 June 2026"),
        ("Psychological advice", "Dr Tom Bell, Educational Psychologist", "3 July 2026"),
        ("SaLT advice", "Rachel Wood, Speech and Language Therapist", "20 May 2026"),
        ("Social care advice", "Sarah Johnson, Social Worker, Safeguarding and Family Support Team", "22 May 2026"),
        ("HV report", "Requested 3 June 2026 – not received", ""),
    ],
))

# =====================================================================
# ah208 – SOUND – ef-table – Klaudia, 7, Roma family, language needs and MLD
# =====================================================================
PLANS.append(dict(
    id="ah208", layout="ef-table", name="Klaudia",
    front=[
        ("First name", "Klaudia"),
        ("Age", "7 (born October 2019)"),
        ("School year / education phase", "Year 2 (Key Stage 1)"),
        ("Education setting", "Murton Vale Primary School (mainstream community primary school)"),
        ("Languages", "Romani (home language), some Slovak; English at school"),
        ("Plan finalised", "09.11.2026"),
        ("Last annual review", "Not applicable – first EHC plan"),
        ("Caseworker", "Casework Officer, Brackenside Special Educational Needs and Disabilities (SEND) Assessment and Review Team"),
    ],
    A=[
        ("h", "About Klaudia"),
        ("p", "Klaudia lives with her mum, Renata, her dad, Marek, her two older brothers and her baby sister in Murton Vale, where her family have lived since 2017 as part of the town's settled Roma community. The family speak Romani at home and some Slovak. Klaudia started at Murton Vale Primary School in the Nursery class and has been there ever since. At home she has access to a family tablet, which she uses to watch Romani music videos and cartoons in English."),
        ("h", "What Klaudia told us"),
        ("p", "Klaudia shared her views in October 2026 with Mrs Lakatos, a bilingual teaching assistant who speaks Romani, using a Talking Mat with picture cards. Klaudia answered in a mix of Romani and English; her words have been translated into English."),
        ("b", [
            "\"I like singing and dancing. I dance with my cousins at parties.\"",
            "\"I like Miss Collins. She is kind.\"",
            "\"Reading is hard. The letters go wrong in my head.\"",
            "\"I don't like playtime when nobody plays with me.\"",
            "\"I like my glasses now. They are purple.\"",
            "\"When I am big I want to be a teacher, like Miss Collins.\"",
        ]),
        ("h", "What Klaudia's parents say (with a Romani interpreter)"),
        ("p", "Renata and Marek said that Klaudia is loving, helpful at home and a wonderful dancer. They noticed that she took much longer than her brothers to start talking in Romani, and that she still finds it hard to explain things at home. They want her to learn to read and write well, because neither of them had the chance to finish school, and they want her to have friends and to be happy. They asked that letters from school are explained to them in person or in Romani."),
        ("h", "Klaudia's strengths"),
        ("b", [
            "Klaudia is a confident dancer and singer and took part in the school's Christmas performance.",
            "She is kind and caring towards younger children and her baby sister.",
            "She tries hard, even when work is difficult, and is proud when she succeeds.",
            "She can count up to 20 and recognises numbers to 30.",
            "Her attendance this year is 96%, and she arrives on time every day.",
        ]),
        ("h", "Aspirations"),
        ("p", "Klaudia wants to be a teacher. Her parents want her to read and write well, to make friends and to stay in education longer than they could. In the shorter term, the family would like her to be able to tell them about her day at school and to read a story to her little sister."),
    ],
    B=[
        ("h", "Communication and interaction"),
        ("p", "Klaudia has speech, language and communication needs. Because she is learning English as an additional language, her speech and language therapist (SLT) and educational psychologist (EP) both assessed her with a Romani interpreter, so that they could see whether her difficulties were only in English. They found that Klaudia has difficulties in both Romani and English: she uses short sentences, finds it hard to learn and remember new words, and struggles to tell events in order. In English she understands simple instructions about familiar routines but loses track of longer ones. She is quiet in class and rarely asks for help."),
        ("h", "Cognition and learning"),
        ("p", "The educational psychologist found that Klaudia has moderate learning difficulties. She learns new skills more slowly than other children of her age and needs a lot of repetition and practical, visual teaching. She knows 25 letter sounds and can blend simple three-letter words, but she finds reading longer words hard. In maths she can count up to 20 and add small numbers using objects. She is working below the expected standard for Year 2 in reading, writing and maths."),
        ("h", "Social, emotional and mental health"),
        ("p", "Klaudia is settled and happy in class. At playtime she often plays alone or stays near an adult, because she finds it hard to join other children's games and to follow the rules when they are explained quickly."),
    ],
    C=[
        ("p", "Klaudia has no difficulty with her hearing – a hearing test at Brackenside Audiology Clinic on 12 March 2026 found normal hearing in both ears – but she is long-sighted and has a squint in her left eye. She has worn glasses since April 2026. She is under the care of the hospital eye service at Brackenside General Hospital, where an orthoptist (a specialist in eye movement and vision) reviews her every 6 months. Klaudia sometimes takes her glasses off in class, which means she cannot see her work clearly."),
        ("p", "Dr Aziz, Community Paediatrician, saw Klaudia in May 2026 and found that she is otherwise in good health."),
    ],
    D=[
        ("p", "Social care advice was sought for this assessment. The Children with Disabilities Team reviewed the information on 14 April 2026 and advised that Klaudia has no social care needs relating to her special educational needs; her needs are met well within her family. Short breaks and the Early Help Family Hub in Murton Vale were discussed with Renata and Marek, with an interpreter, and they said they do not need them at present. They were given information about the Local Offer in Romani."),
    ],
    Enote=[("p", "These outcomes were co-produced with Klaudia's parents, her teachers and the professionals who gave advice, at a multi-agency planning meeting (with a Romani interpreter) on 15 October 2026. Progress will be shared with the family each half term.")],
    E=[
        dict(area="Communication and interaction", code="E1",
             outcome="By July 2027, Klaudia will retell a simple story of 4 events in the right order in English, using picture prompts, on 3 out of 4 attempts, recorded by her speech and language therapist at her termly review.",
             prov=[
                 ("Speech and language therapy: 1:1 sessions on narrative (telling events in order) and learning new words", "Wednesday mornings, 30 minutes, 1:1, for 10 sessions in the spring term 2027, then review", "Speech and Language Therapist, Brackenside Children's Speech and Language Therapy Service"),
                 ("Speech and language therapy programme (story sequencing with picture cards, 'colourful semantics')", "x3 weekly, 20 minutes, in a group of 3", "Teaching assistant, trained in the programme by the Speech and Language Therapist"),
                 ("Training for Klaudia's class teacher and teaching assistants on supporting children with language difficulties who are learning English", "One 1-hour session in January 2027", "Speech and Language Therapist"),
             ]),
        dict(area="Communication and interaction", code="E2",
             outcome="By March 2027, Klaudia will name and use 40 new topic words in English from the Year 2 science and topic lists, checked by her teaching assistant at the end of each half term.",
             prov=[
                 ("Pre-teaching of topic vocabulary with pictures, objects and Romani translations", "Twice weekly, 20 minutes, in a group of no more than 3", "Bilingual teaching assistant (Level 3; speaks Romani and Slovak)"),
             ]),
        dict(area="Cognition and learning", code="E3",
             outcome="By July 2027, Klaudia will read a book matched to the phonics sounds she has been taught with at least 90% accuracy, checked by her class teacher each half term.",
             prov=[
                 ("Daily phonics catch-up using the school's phonics programme, with extra repetition", "Daily, 15 minutes, 1:1", "Teaching assistant trained in the school's phonics programme"),
             ]),
        dict(area="Cognition and learning", code="E4",
             outcome="By July 2027, Klaudia will add and subtract numbers within 20 using a number line, getting 8 out of 10 questions correct on her class teacher's half-termly check.",
             prov=[
                 ("Practical maths group using Numicon and number lines", "4 times a week, 20 minutes, in a group of 4", "Teaching assistant, planned by the class teacher"),
             ]),
        dict(area="Social, emotional and mental health", code="E5",
             outcome="By July 2027, Klaudia will play a game with at least 2 other children at playtime for 10 minutes on 3 days out of 5, observed and recorded by the playtime leader over a fortnight.",
             prov=[
                 ("Lego-based therapy to practise joining in, turn-taking and asking for help", "Once a week, 40 minutes, in a group of 3", "Teaching assistant trained in Lego-based therapy"),
                 ("Structured playground games club with a trained playtime leader", "Every Tuesday and Thursday lunchtime, 20 minutes, in a group of no more than 6", "Playtime leader (senior midday supervisor)"),
             ]),
        dict(area="Sensory and physical (health)", code="E6",
             outcome="By March 2027, Klaudia will put on her glasses herself at the start of each lesson on 9 days out of 10, recorded on her glasses chart by her teaching assistant.",
             prov=[
                 ("A spare pair of glasses kept in class, and a daily check using a picture prompt card on Klaudia's desk", "Every morning and after lunch", "Teaching assistant; spare glasses supplied through the hospital eye service"),
             ]),
    ],
    Fgen_area="Provision across the school day",
    Fgen_outcome="Supports outcomes E1 to E6",
    Fgen=[
        ("Consultation with the class teacher and the special educational needs co-ordinator (SENCo) to review Klaudia's progress and adjust her teaching", "Once a term, 1 hour", "Educational Psychologist"),
        ("Home–school meeting with Renata and Marek to share Klaudia's progress and explain letters, with a Romani interpreter", "Once each half term, 30 minutes", "SENCo, with the Gypsy, Roma and Traveller Education Liaison Worker interpreting"),
    ],
    G=[
        ("h", "G1 Hospital eye service"),
        ("p", "An orthoptist will review Klaudia's vision, squint and glasses at Brackenside General Hospital every 6 months (appointments of about 45 minutes). The ophthalmic team will update her prescription when needed and will provide a spare pair of glasses for school."),
        ("h", "G2 Community paediatrics"),
        ("p", "Dr Aziz, Community Paediatrician, will review Klaudia's general health and development once a year (about 45 minutes, next review May 2027), with a Romani interpreter booked for the appointment."),
    ],
    Gsign="Health agreement: Section G agreed by Dr Helen Armstrong, Designated Clinical Officer (DCO), Brackenside Integrated Care Board (ICB), 3 November 2026.",
    H1=[("p", "None. No need for provision under section 2 of the Chronically Sick and Disabled Persons Act 1970 was identified in the social care advice of 14 April 2026.")],
    H2=[("p", "None. Short breaks and Early Help were considered with the family, who do not need them at present (see Section D).")],
    I=[("p", "Murton Vale Primary School (mainstream community primary school).")],
    J=[("p", "No personal budget has been requested.")],
    Knote=[("p", "All advice below was gathered for this assessment. Parents' and Klaudia's views were gathered with a Romani-speaking interpreter or bilingual teaching assistant.")],
    K=[
        ("Parents' views (with a Romani interpreter)", "Renata and Marek, Klaudia's parents", "15 October 2026"),
        ("Klaudia's views (Talking Mat, Romani and English)", "Gathered by Mrs Eva Lakatos, Bilingual Teaching Assistant", "8 October 2026"),
        ("Educational advice", "Miss Amy Collins, Class Teacher, and Mrs Julie Pattinson, SENCo, Murton Vale Primary School", "30 September 2026"),
        ("English as an additional language and community advice", "Mr Ondrej Lakatos, Gypsy, Roma and Traveller Education Liaison Worker", "25 September 2026"),
        ("Psychological advice (assessment with an interpreter)", "Dr Rebecca Moore, Educational Psychologist", "16 June 2026"),
        ("Speech and language therapy advice (bilingual assessment)", "Laura Scott, Speech and Language Therapist", "2 June 2026"),
        ("Medical advice", "Dr Farah Aziz, Community Paediatrician", "21 May 2026"),
        ("Orthoptic report", "Emma Ross, Orthoptist, Brackenside General Hospital eye service", "29 April 2026"),
        ("Audiology report", "Paediatric Audiologist, Brackenside Audiology Clinic", "12 March 2026"),
        ("Social care advice", "Children with Disabilities Team, Senior Practitioner", "14 April 2026"),
    ],
))

# =====================================================================
# ah209 – FAIL – bold-statutory – Jayden, 11, autism and epilepsy
# Planted: medical advice over 3 years old; vague epilepsy provision in G from a
# nurse who gave no advice; constipation need with no provision and no outcome;
# grammar errors.
# =====================================================================
PLANS.append(dict(
    id="ah209", layout="bold-statutory", name="Jayden",
    front=[
        ("First name", "Jayden"),
        ("Age", "11"),
        ("School year / education phase", "Year 7 (Key Stage 3)"),
        ("Education setting", "Hollinside Academy (mainstream secondary academy with an additionally resourced provision for autistic pupils)"),
        ("Plan finalised", "14 July 2022"),
        ("Last annual review", "8 July 2026 (plan amended and reissued on 2 September 2026)"),
        ("Caseworker", "Casework Officer, Brackenside Special Educational Needs and Disabilities (SEND) Assessment and Review Team"),
    ],
    A=[
        ("h", "Jayden's views"),
        ("p", "Jayden wrote his views on a 'My Views' sheet with his Year 6 teaching assistant in June 2026, and talked about them at his review."),
        ("b", [
            "\"I like Minecraft and trains. I know every station from Brackenside to Newcastle.\"",
            "\"I am good at maths and computers.\"",
            "\"I don't like loud noises or people touching my stuff.\"",
            "\"I am worried about big school because it is massive and I will get lost.\"",
            "\"I don't like it when I have a seizure at school because people stare.\"",
            "\"I want to make computer games when I am older.\"",
        ]),
        ("h", "What Jayden's mum says"),
        ("p", "Jayden's mum, Nicola, says that Jayden is clever, honest and very funny once he knows you. He can spend hours building in Minecraft and he knows the train timetables by heart. His mum said that the the biggest worry is his seizures, and whether staff at his new school will know what to do. She would also like Jayden to have a friend at secondary school and to learn to travel on the train on his own one day."),
        ("h", "Moving to secondary school"),
        ("p", "Jayden moved from Pithead Lane Primary School to Hollinside Academy in September 2026. His annual review in July 2026 was held as a transition review, with staff from both schools. Jayden made four extra visits to the additionally resourced provision in the summer term 2026, with photographs taken of each room for his transition book. His mum and his Year 6 teacher agreed that he should spend the first two weeks of each term based mainly in the resource base, joining mainstream lessons for maths and computing."),
        ("h", "What helps Jayden"),
        ("b", [
            "A visual timetable, and being told about changes as early as possible.",
            "A quiet place to go at break and lunchtime.",
            "Clear, literal language and written instructions.",
            "Time to talk about his interests at the start of the day before he starts work.",
        ]),
        ("h", "Jayden's strengths"),
        ("b", [
            "Jayden is working above the expected level in maths and computing.",
            "He has an excellent memory for facts, routes and timetables.",
            "He is honest and follows rules carefully when he understands them.",
            "He is patient and skilled when teaching others how to build in Minecraft.",
        ]),
        ("h", "Aspirations"),
        ("p", "Jayden wants to design computer games. His mum hopes he will do well in his exams, go to college to study computing, make friends and travel independently."),
    ],
    B=[
        ("h", "Communication and interaction"),
        ("p", "Jayden have a diagnosis of autism, which was given in 2019. He has a good vocabulary but he takes language literally and finds it hard to understand jokes, sarcasm and how other people are feeling. He prefers to talk about his own interests and finds it hard to join conversations in a group."),
        ("h", "Social, emotional and mental health"),
        ("p", "Jayden becomes very anxious with change and noise. He finds it hard when their is a change to his timetable or a supply teacher, and he may shut down, put his head on the desk and refuse to talk. At primary school this happened two or three times a week. Starting at Hollinside Academy in September 2026 is a very big change for him."),
        ("h", "Cognition and learning"),
        ("p", "Jayden is working above the expected level in maths and at the expected level in reading. His writing is short and he finds it hard to plan extended pieces, particularly when he has to imagine something."),
        ("h", "Sensory"),
        ("p", "Jayden is sensitive to loud noise, bright lights and crowded corridors. He wears ear defenders in assemblies and the dining hall."),
    ],
    C=[
        ("p", "Jayden has epilepsy. His seizures start in one part of his brain (focal seizures) and sometimes spread, so that he falls, stiffens and jerks (tonic-clonic seizures). He has about one seizure a month, usually when he is tired. He takes anti-epileptic medication twice a day at home. He has rescue medication (buccal midazolam) in case a seizure lasts more than 5 minutes, and he has a epilepsy care plan. After a seizure he is very tired and needs to sleep for about an hour."),
        ("p", "Jayden also has long-standing constipation and soiling. He takes a daily laxative (Movicol), one dose of which is given at school at lunchtime, and he needs prompting to use the toilet after lunch. He sometimes has accidents, which upset him a lot."),
    ],
    D=[
        ("p", "The Children with Disabilities Team assessed Jayden on 2 June 2026. His mum is a single parent and has little family support. Jayden's social care needs are for time with other young people outside school, and for his mum to have a short break from caring. He cannot yet go out on his own safely because of his seizures and his difficulties with road safety and strangers."),
    ],
    E=[
        dict(area="Communication and interaction", code="E1",
             outcome="By July 2027, Jayden will join a conversation in a group of 3 by asking a question about another person's topic at least once in each weekly social communication session, recorded by the session leader.",
             prov=[
                 ("Social communication group using comic strip conversations and role-play", "Weekly, 45 minutes, in a group of 4", "Specialist teaching assistant in the additionally resourced provision (trained in social communication approaches)"),
             ]),
        dict(area="Social, emotional and mental health", code="E2",
             outcome="By April 2027, Jayden will use his 'change card' and visual timetable to cope with an unexpected change, so that shutdowns fall from 2 or 3 a week to no more than 1 a fortnight, recorded on the resource base log.",
             prov=[
                 ("Personal visual timetable on his tablet, with changes shown to Jayden by his key adult as soon as they are known", "Every school day", "Key adult (specialist teaching assistant)"),
                 ("Morning check-in at the resource base before registration", "Daily, 10 minutes, 1:1", "Key adult"),
                 ("Quiet base to go to during break and lunch, with a lunch club of no more than 6 pupils", "Every break and lunchtime", "Additionally resourced provision staff"),
             ]),
        dict(area="Cognition and learning", code="E3",
             outcome="By July 2027, Jayden will plan and write a 300-word piece of writing using a planning frame, on 3 out of 4 assessed pieces in English, marked by his English teacher.",
             prov=[
                 ("Writing support using planning frames and a laptop", "All English lessons (4 a week); laptop provided and maintained by the school's information technology (IT) department", "English teacher and teaching assistant"),
             ]),
        dict(area="Health", code="E4",
             outcome="By July 2027, Jayden will tell an adult when he notices his warning signs of a seizure (a strange taste or tingling), on every occasion recorded on his seizure log by school staff.",
             prov=[]),
    ],
    Fnote=[("p", "Outcome E4 is supported by the health provision in Section G.")],
    Fgen=[
        ("Sensory adjustments: ear defenders, leaving lessons 3 minutes early to avoid crowded corridors, and a seat away from windows", "Every lesson", "Arranged by the special educational needs co-ordinator (SENCo); ear defenders provided by school"),
    ],
    G=[
        ("p", "Epilepsy: school staff will be trained in epilepsy awareness as needed and the epilepsy nurse may visit school to update Jayden's care plan."),
        ("p", "Community paediatrician: Jayden will continue to be seen by his paediatrician."),
    ],
    Gsign="Health agreement: the health provision in Section G has been agreed by Dr Helen Armstrong, Designated Clinical Officer (DCO), Brackenside Integrated Care Board (ICB), 26 August 2026.",
    H1=[
        ("p", "Short breaks, assessed by the Children with Disabilities Team on 2 June 2026:"),
        ("b", [
            "A place at the Saturday 'Kickstart' youth club for disabled young people, 5 hours every other Saturday, with staff trained to give Jayden's rescue medication – provided by Brackenside Short Breaks Service.",
            "Overnight short break at Larchfield House, 2 nights every 6 weeks, so that Jayden's mum has a break from caring.",
        ]),
    ],
    H2=[("p", "None.")],
    I=[("p", "Hollinside Academy (mainstream secondary academy with an additionally resourced provision for autistic pupils).")],
    J=[("p", "No personal budget requested.")],
    K=[
        ("Jayden's views ('My Views' sheet)", "Jayden, with his Year 6 teaching assistant", "20 June 2026"),
        ("Parent's views", "Nicola, Jayden's mum", "8 July 2026"),
        ("Educational advice", "Mrs Lisa Grey, SENCo, Hollinside Academy", "8 July 2026"),
        ("Educational advice (primary school)", "Mr James Pratt, Year 6 Teacher, Pithead Lane Primary School", "24 June 2026"),
        ("Psychological advice", "Dr Amy Russell, Educational Psychologist", "14 May 2026"),
        ("Medical advice", "Dr Graham Oliver, Consultant Community Paediatrician", "14 March 2023"),
        ("Social care advice (short breaks assessment)", "Kerry Watson, Social Worker, Children with Disabilities Team", "2 June 2026"),
    ],
))

# =====================================================================
# ah210 – SOUND – shaded-heading-table – Bethany, 23, supported internship
# =====================================================================
PLANS.append(dict(
    id="ah210", layout="shaded-heading-table", name="Bethany",
    front=[
        ("First name", "Bethany"),
        ("Age", "23"),
        ("School year / education phase", "Post-19 – supported internship"),
        ("Education setting", "Brackenside College supported internship programme, based at Brackenside General Hospital"),
        ("Plan finalised", "11 March 2019"),
        ("Last annual review", "15 September 2026 (amended plan issued 12 October 2026)"),
        ("Caseworker", "Casework Officer (Post-16), Brackenside Special Educational Needs and Disabilities (SEND) Assessment and Review Team"),
    ],
    A=[
        ("h", "About me – in my own words (written with my job coach, September 2026)"),
        ("p", "My name is Bethany and I am 23. I live with my mum in Hawthorn Burn. I have a learning disability and sometimes I get anxious, especially when I meet new people or something changes at the last minute."),
        ("p", "This year I am doing a supported internship at the hospital. I work in the staff restaurant at the moment. I make the salads, fill up the fridges and clean down at the end. I love it because everybody says hello to me and I feel like I am part of a team. My favourite part is when the chef lets me help with the puddings."),
        ("p", "In my spare time I like going to the gym, listening to music, and going to the disco at the Arc Centre on Fridays with my best friend Leanne. I would like to go to the gym on my own without my mum taking me."),
        ("p", "When I finish my internship I want a real job with real wages, in a kitchen or a café. I want to live in my own flat with Leanne nearby, with some staff to help me. I want to go on holiday with my friends one day."),
        ("h", "What my mum says"),
        ("p", "Sandra says Bethany has grown in confidence since starting her internship. She gets herself up for work and is proud of her uniform. Sandra would like Bethany to have a paid job and her own place in the next year or two, while she is still well enough to help her settle. She worries about Bethany managing money and being taken advantage of."),
        ("h", "What I am good at"),
        ("b", [
            "Bethany is reliable and punctual: she has not been late for a shift this term.",
            "She works hard and carefully, and follows hygiene rules exactly.",
            "She is friendly and polite with staff and customers.",
            "She knows the bus route to the hospital and travels it on her own.",
            "She uses her phone well for calls, messages and reminders.",
        ]),
        ("h", "My aspirations"),
        ("p", "A paid job in a kitchen or café; my own flat near my friend Leanne, with support; going to the gym on my own; a holiday with friends."),
    ],
    B=[
        ("h", "Cognition and learning"),
        ("p", "Bethany has a moderate learning disability. She reads short, familiar texts and signs at around Entry Level 2 and writes short notes and lists. She can count money and pay for items but finds it hard to work out change, to budget and to plan ahead. She learns new tasks best when they are shown to her step by step, practised many times and supported with photographs or a checklist."),
        ("h", "Communication and interaction"),
        ("p", "Bethany understands everyday language well but needs extra time to process longer instructions, and she can take things literally. She is chatty with people she knows but goes quiet with new people and may agree to things she has not understood."),
        ("h", "Social, emotional and mental health"),
        ("p", "Bethany becomes anxious with new people, new places and last-minute changes. When anxious she breathes quickly, cries and sometimes leaves the room. This happened about once a fortnight at the start of her internship and is now less frequent. She is vulnerable to being taken advantage of, particularly online and with money."),
        ("h", "Independence"),
        ("p", "Bethany can travel on familiar bus routes, make a simple meal and look after her own personal care. She needs support to learn new routes, to shop and budget, and to manage her medicine."),
    ],
    C=[
        ("p", "Bethany has no difficulty with her mobility or physical health in general, but she has an underactive thyroid (hypothyroidism). She takes a tablet (levothyroxine) every morning and needs a blood test once a year to check the dose. At the moment her mum reminds her to take it, and she sometimes forgets when her mum is not at home."),
        ("p", "Bethany also has anxiety (described in Section B). She has been referred to the Community Learning Disability Team, where a learning disability nurse has assessed her and will help her with anxiety and with managing her medicine."),
    ],
    D=[
        ("p", "Adult Social Care completed a Care Act 2014 assessment on 7 July 2026 and found that Bethany is eligible for care and support. She needs support to develop her independent living skills (shopping, budgeting and cooking), to take part in activities in the community, and to plan a move to supported living. Her mum, Sandra, had a carer's assessment on the same day. Bethany's care and support plan is linked to this plan so that her internship, her personal assistant hours and her move towards supported living are planned together."),
    ],
    Enote=[("p", "Bethany's outcomes prepare her for adult life: paid work, living more independently, friends and community, and good health. They were agreed with Bethany and her mum at her review on 15 September 2026.")],
    E=[
        dict(area="Employment", code="E1",
             outcome="By July 2027, Bethany will receive an offer of paid work of at least 16 hours a week in a kitchen or café, confirmed by a letter or contract from the employer.",
             prov=[
                 ("From April 2027, job search support: finding vacancies, completing applications and practising interviews", "Weekly, 1 hour, 1:1, from April to July 2027", "Job Coach (Level 3 Certificate in Supported Employment), Brackenside College"),
             ]),
        dict(area="Employment", code="E2",
             outcome="By March 2027, Bethany will complete her kitchen tasks in the staff restaurant (preparing salads, stocking the counter and cleaning down) to the standard on her task checklist on 4 out of 5 shifts, recorded by her job coach.",
             prov=[
                 ("Supported internship: three work placements of about 10 weeks each in hospital departments (staff restaurant, patient meals and linen services)", "4 days a week (Monday to Thursday, 9am to 2.30pm) for 36 weeks", "Brackenside College supported internship team, with a named line manager in each department"),
                 ("Job coach support on placement, faded as Bethany learns each task, using photograph task checklists", "Full-time at the start of each placement, reducing to 2 hours a day by week 6", "Job Coach (Level 3 Certificate in Supported Employment)"),
             ]),
        dict(area="Employment", code="E3",
             outcome="By June 2027, Bethany will gain her Level 2 Food Hygiene certificate, shown by her certificate.",
             prov=[
                 ("Level 2 Food Hygiene course with visual resources", "6 sessions of 2 hours on Fridays, in a group of no more than 10", "Tutor (qualified teacher), Brackenside College"),
                 ("Access arrangements: a reader and 25% extra time for the food hygiene test", "The test in June 2027", "Arranged by the college examinations officer"),
             ]),
        dict(area="Independent living", code="E4",
             outcome="By July 2027, Bethany will plan a weekly food budget and buy her own shopping with £40, staying within budget on 4 weeks out of 4, checked by her personal assistant and recorded in her budget book.",
             prov=[
                 ("Independent living skills lessons: budgeting, shopping lists and simple cooking", "Every Friday afternoon, 1.5 hours, in a group of 6", "Tutor (qualified teacher), Brackenside College"),
             ]),
        dict(area="Friends, relationships and community", code="E5",
             outcome="By May 2027, Bethany will access the gym at Brackenside Leisure Centre independently, travelling there by bus on her own at least once a week for 8 weeks in a row, recorded in her diary and checked by her personal assistant.",
             prov=[
                 ("Independent travel training for the bus route to Brackenside Leisure Centre", "6 sessions of 1.5 hours, in the spring term 2027", "Independent Travel Trainer, Brackenside Passenger Transport Service"),
             ]),
        dict(area="Good health", code="E6",
             outcome="By March 2027, Bethany will take her thyroid tablet each morning by herself, using her phone reminder, on at least 6 days out of 7 for 8 weeks in a row, recorded on her medication chart and checked by her mum.",
             prov=[]),
        dict(area="Good health", code="E7",
             outcome="By July 2027, Bethany will use her calm-breathing plan when she feels panicky at work and go back to her task within 10 minutes, on 4 out of 5 occasions recorded by her job coach.",
             prov=[
                 ("Start-of-shift check-in to go through the day and any changes, and practise of her calm-breathing plan", "Daily, 10 minutes, 1:1", "Job Coach"),
             ]),
    ],
    Fgen=[
        ("A one-page communication profile for each placement: staff give one instruction at a time, check Bethany's understanding by asking her to show or tell them back, and give her extra time to answer", "Every working day; profile written at the start of each placement and shared with the line manager", "Written by the Job Coach; used by all college and placement staff"),
    ],
    Eafter=[("p", "Outcome E6 is supported by the health provision in Section G; outcomes E4, E5 and E7 are also supported by the social care and health provision in Sections G and H2.")],
    G=[
        ("h", "G1 Community Learning Disability Team"),
        ("p", "A learning disability nurse will see Bethany at home for 6 sessions of 1 hour, fortnightly from November 2026, to help her manage her anxiety (a calm-breathing plan shared with her job coach) and to set up a medicine routine with phone reminders and a chart. The nurse will then review progress with Bethany and her mum in February 2027."),
        ("h", "G2 General practitioner (GP)"),
        ("p", "Bethany's GP will carry out her Annual Health Check for people with a learning disability, including her thyroid blood test, once a year (about 30 minutes; next due March 2027), and will prescribe her levothyroxine."),
    ],
    Gsign="Health agreement: reviewed and agreed by Dr Helen Armstrong, Designated Clinical Officer (DCO), Brackenside Integrated Care Board (ICB), 5 October 2026.",
    H1=[("p", "Not applicable. Bethany is over 18, so her social care provision is made under the Care Act 2014 and is set out in Section H2.")],
    H2=[
        ("p", "From Bethany's care and support plan (Adult Social Care, July 2026):"),
        ("b", [
            "Personal assistant support, 8 hours a week (4 hours on Saturdays and 2 hours on Tuesday and Sunday evenings), to practise shopping, budgeting and cooking and to go to the gym; funded through a direct payment (supports outcomes E4 and E5).",
            "Transition to supported living: Bethany's social worker will arrange 3 visits to supported living schemes in the spring term 2027 and review her care and support plan with her in June 2027.",
            "Carer support for Sandra: as agreed in her carer's assessment (7 July 2026), a carer's personal budget of £300 a year.",
        ]),
    ],
    I=[("p", "Brackenside College (further education college): supported internship programme, based at Brackenside General Hospital, until July 2027.")],
    J=[("p", "Bethany receives a direct payment from Adult Social Care of £136 a week to employ her personal assistant (see Section H2). There is no personal budget for her education provision.")],
    K=[
        ("Bethany's views, written with her job coach", "Bethany, with Craig Nixon, Job Coach", "1 September 2026"),
        ("Parent's views", "Sandra, Bethany's mum", "3 September 2026"),
        ("Educational advice", "Louise Tait, Supported Internship Tutor, Brackenside College", "9 September 2026"),
        ("Employment advice (placement report)", "Craig Nixon, Job Coach, with the Catering Manager, Brackenside General Hospital", "9 September 2026"),
        ("Psychological advice", "Dr Neil Hart, Educational Psychologist (Post-16)", "10 March 2026"),
        ("Medical advice", "Dr Sana Khan, GP, Pithead Lane Surgery", "20 July 2026"),
        ("Health advice (learning disability nursing)", "Joanne Lister, Learning Disability Nurse, Community Learning Disability Team", "18 August 2026"),
        ("Social care advice (Care Act assessment)", "Steven Hall, Social Worker, Adult Social Care (Transitions)", "7 July 2026"),
        ("Preparing for adulthood advice", "Lynne Barker, Preparing for Adulthood Co-ordinator, Brackenside Council", "1 September 2026"),
    ],
))

# =====================================================================
# ah211 – FAIL – ef-table – Demi, 14, moderate learning difficulties and anxiety
# Planted: Section A (and B) only deficits, no aspirations; outcomes not measurable
# or not dated; interventions missing amount/group size; undated, unattributed
# advice in K.
# =====================================================================
PLANS.append(dict(
    id="ah211", layout="ef-table", name="Demi",
    front=[
        ("First name", "Demi"),
        ("Age", "14"),
        ("School year / education phase", "Year 9 (Key Stage 3)"),
        ("Education setting", "Eastwood Moor School (mainstream secondary academy)"),
        ("Plan finalised", "19 October 2026"),
        ("Last annual review", "Not applicable – first plan"),
        ("Caseworker", "Casework Officer, Brackenside Special Educational Needs and Disabilities (SEND) Assessment and Review Team"),
    ],
    A=[
        ("h", "Demi's views"),
        ("p", "Demi talked to her form tutor, Miss Hall, in September 2026. This is what she said:"),
        ("b", [
            "\"I hate school. I don't understand anything in lessons and the work is too hard.\"",
            "\"Maths is the worst. I just sit there.\"",
            "\"I get really nervous in the mornings and feel sick, so I don't want to come in.\"",
            "\"I don't like reading out loud because people laugh at me.\"",
            "\"Since we moved to the flat I can't sleep properly.\"",
        ]),
        ("h", "What Demi's mum says"),
        ("p", "Demi's mum, Stacey, says that Demi has struggled at school since Year 3 and has fallen further behind every year. She cannot read well enough to understand her homework, she gets upset and angry at home when she is asked to do it, and she often refuses to go to school in the morning. The family were evicted in April 2026 and have been in temporary accommodation since then, which has made things worse. Stacey is worried that Demi will leave school with no qualifications."),
        ("h", "What Demi finds hard"),
        ("b", [
            "Reading aloud or being asked questions in front of the class.",
            "Long instructions and worksheets with a lot of writing on them.",
            "Changes of teacher and room, and supply teachers.",
            "Mornings, especially on days with maths or English first.",
            "Homework, because there is no quiet space to work in the flat.",
        ]),
        ("h", "History"),
        ("p", "Demi was placed on the special educational needs register in Year 3 for difficulties with reading and maths. She had a reading intervention in Years 4 and 5 but made little progress. Her attendance fell to 81% in Year 8, and she has had 3 fixed-term suspensions for refusing to follow instructions."),
    ],
    B=[
        ("h", "Cognition and learning"),
        ("p", "Demi has moderate learning difficulties. The educational psychologist's assessment in June 2026 found that her verbal and non-verbal reasoning, working memory and processing speed are all well below average. Her reading age is 8 years 4 months and her spelling age is 7 years 9 months. She cannot read most Year 9 texts or exam questions without help. In maths she is insecure with place value, times tables and fractions and cannot yet work with money or time reliably."),
        ("h", "Social, emotional and mental health"),
        ("p", "Demi has anxiety, which is worst in the mornings and before lessons where she may have to read aloud or answer questions. She has stomach aches and feels sick, and on some days she refuses to leave the house. In lessons she puts her head down, refuses to work or walks out. She has few friends and spends breaktimes on her own."),
        ("h", "Communication and interaction"),
        ("p", "Demi finds it hard to follow long instructions and to understand subject vocabulary, and she does not ask for help when she is lost."),
    ],
    C=[
        ("p", "Demi's general practitioner (GP) wrote on 2 June 2026 that Demi has no physical health needs. Demi has anxiety, with stomach aches, nausea and poor sleep. She has been assessed by the Mental Health Support Team in Schools (a National Health Service (NHS) team for children and young people with mild to moderate mental health difficulties), who found that she has mild to moderate anxiety and will benefit from guided self-help based on cognitive behavioural therapy (CBT)."),
    ],
    D=[
        ("p", "Demi lives with her mum and her younger brother. The family were evicted from their privately rented house in April 2026 and are living in temporary accommodation (a one-bedroom flat on Brook Street) while they wait for a permanent home. The Early Help Family Hub completed an Early Help assessment on 3 June 2026 and is supporting the family with housing, morning routines and school attendance. Children's Social Care reviewed the family on 10 June 2026 and advised that no further social care assessment is needed, as the family's needs are being met through Early Help."),
    ],
    E=[
        dict(area="Cognition and learning", code="E1",
             outcome="Demi will improve her reading.",
             prov=[
                 ("Small-group literacy intervention (Toe by Toe)", "Weekly", "Teaching assistant"),
                 ("Reading comprehension support in English lessons using simplified texts", "Every English lesson", "English teacher"),
             ]),
        dict(area="Cognition and learning (employment)", code="E2",
             outcome="By July 2027, Demi will use money to buy items and check her change correctly in 8 out of 10 role-play and real shopping tasks, recorded by her maths teacher.",
             prov=[
                 ("Numeracy intervention on money and time", "In a small group", "Higher level teaching assistant"),
             ]),
        dict(area="Social, emotional and mental health (good health)", code="E3",
             outcome="By July 2027, Demi will feel happier and more confident in school.",
             prov=[
                 ("Mentoring sessions with the pastoral team", "Each term", "Pastoral mentor"),
                 ("A reading-aloud exemption card: Demi is not asked to read aloud in front of the class unless she offers", "All lessons", "All teachers; card issued by the special educational needs co-ordinator (SENCo)"),
             ]),
        dict(area="Social, emotional and mental health (good health)", code="E4",
             outcome="By July 2027, Demi's attendance will rise from 81% to at least 92% over the year, as shown on the school register.",
             prov=[
                 ("Meet-and-greet at the school gate and a quiet start in the learning support base before registration", "Daily, 15 minutes, 1:1", "Learning support assistant"),
             ]),
        dict(area="Employment", code="E5",
             outcome="By July 2027, Demi will complete a one-week work experience placement, attending all 5 days, as recorded by the school's Careers Lead.",
             prov=[
                 ("Careers guidance interview and support to find a work experience placement", "Two 45-minute 1:1 interviews (January and April 2027)", "Careers Adviser (Level 6 qualified)"),
             ]),
        dict(area="Independent living", code="E6",
             outcome="By June 2027, Demi will travel to school on her own by bus from her new address on 4 days out of 5 for 4 weeks in a row, recorded on the school register and confirmed by her mum.",
             prov=[
                 ("Independent travel training on her bus route to school", "6 sessions of 1 hour in the spring term 2027", "Independent Travel Trainer, Brackenside Passenger Transport Service"),
             ]),
        dict(area="Friends and community", code="E7",
             outcome="By April 2027, Demi will attend a lunchtime club of her choice at least twice a week for 6 weeks in a row, recorded on the club register.",
             prov=[
                 ("Lunchtime club with a trained member of staff, chosen by Demi from the school's clubs", "Twice a week, 30 minutes, in a group of no more than 8", "Learning support assistant"),
             ]),
    ],
    Fgen_area="Provision across the school day",
    Fgen_outcome="Supports outcomes E1 to E7",
    Fgen=[
        ("Key subject vocabulary given on a word card at the start of each topic, and instructions given one step at a time and written on the board", "Every lesson", "All subject teachers, guided by the SENCo"),
    ],
    Eafter=[("p", "Demi's anxiety is also supported by the health provision in Section G.")],
    G=[
        ("p", "Mental Health Support Team in Schools: guided self-help for anxiety, based on CBT, with an Education Mental Health Practitioner. Weekly, 30 minutes, 1:1, for 8 sessions from November 2026, at school, then review with Demi and her mum."),
    ],
    Gsign="Health agreement: agreed by Dr Helen Armstrong, Designated Clinical Officer (DCO), Brackenside Integrated Care Board (ICB), 14 October 2026.",
    H1=[("p", "None. No need for provision under section 2 of the Chronically Sick and Disabled Persons Act 1970 was identified by Children's Social Care (10 June 2026).")],
    H2=[("p", "Early Help: a family support worker from the Early Help Family Hub will visit the family once a fortnight for 1 hour until March 2027, to help with morning routines, school attendance and housing.")],
    I=[("p", "Eastwood Moor School, Brackenside (mainstream secondary academy).")],
    J=[("p", "No personal budget has been requested.")],
    K=[
        ("Demi's views", "Gathered by Miss Rachel Hall, Form Tutor", "22 September 2026"),
        ("Parent's views", "Stacey, Demi's mum", "24 September 2026"),
        ("Educational advice", "Mr Alan Reay, Head of Learning Support (SENCo), Eastwood Moor School", "28 September 2026"),
        ("School report", "", ""),
        ("Information from primary school", "", ""),
        ("Psychological advice", "Dr Kate Shields, Educational Psychologist", "17 June 2026"),
        ("Medical advice", "Dr Omar Patel, GP, Colliery Row Medical Practice", "2 June 2026"),
        ("Mental health advice", "Becky Young, Education Mental Health Practitioner, Mental Health Support Team in Schools", "15 September 2026"),
        ("Early Help assessment", "Michelle Carr, Family Support Worker, Early Help Family Hub", "3 June 2026"),
        ("Social care advice", "Senior Practitioner, Children's Social Care Front Door", "10 June 2026"),
        ("Preparing for adulthood advice", "Karen Bell, Careers Adviser, Eastwood Moor School", "25 September 2026"),
    ],
))

# =====================================================================
# ah212 – FAIL – bold-statutory – Amira, 6, autism, non-speaking
# Planted: first-person Section A that cannot be Amira's own; provision written as
# outcomes; vague sensory provision; fine motor need in B with no provision.
# =====================================================================
PLANS.append(dict(
    id="ah212", layout="bold-statutory", name="Amira",
    front=[
        ("First name", "Amira"),
        ("Age", "6"),
        ("School year / education phase", "Year 1 (Key Stage 1)"),
        ("Education setting", "Dene View School (maintained special school for pupils with autism and complex learning needs)"),
        ("Plan finalised", "26 June 2026"),
        ("Last annual review", "Not applicable – first plan"),
        ("Caseworker", "Casework Officer, Brackenside Special Educational Needs and Disabilities (SEND) Assessment and Review Team"),
    ],
    A=[
        ("h", "All about me"),
        ("p", "I love coming to school every day and learning new things with my friends. I think my teachers are really kind and they help me when I find things tricky. My favourite lessons are music and story time. When I am older I would like to read chapter books by myself and write my own stories. I feel happy when I know what is happening next and sad when things change."),
        ("h", "What Amira's parents say"),
        ("p", "Amira's mum and dad, Sara and Yusuf, told us that Amira is a joyful, determined little girl who loves music, spinning, water play and being outdoors. She is very close to her older brother and laughs when he chases her in the garden. She does not use words yet, and they would love her to have a way to tell them what she wants and how she feels. They hope that she will learn to use the toilet, sit with the family at mealtimes and, in the future, be as independent as possible and live a happy life close to her family."),
        ("h", "Amira's strengths"),
        ("o", [
            "Amira is affectionate and seeks out adults she knows for hugs and tickles.",
            "She has a very good memory for routes and routines and knows the way to every room in school.",
            "She loves music and can hum the tunes of many songs.",
            "She completes inset puzzles of 6 pieces quickly and accurately.",
        ]),
        ("h", "Aspirations"),
        ("p", "Amira's parents want her to be able to communicate her needs, to use the toilet, to join in with family life and, when she is older, to be as independent as she can be."),
    ],
    B=[
        ("h", "Communication and interaction"),
        ("p", "Amira has autism, diagnosed in 2024. She does not use spoken words. She communicates by leading adults by the hand, by pulling them towards what she wants and by crying or screaming when she is upset. She has started to use the Picture Exchange Communication System (PECS) at school and can exchange a single picture for a favourite snack with physical help. She understands a few familiar words in routine situations, such as 'coat', 'dinner' and 'home'."),
        ("h", "Cognition and learning"),
        ("p", "Amira learns best through play, routine and visual supports. She can attend to an adult-led activity for about 1 minute. She enjoys cause-and-effect toys and inset puzzles."),
        ("h", "Social, emotional and mental health"),
        ("p", "Amira becomes distressed when routines change or when she cannot get what she wants. She screams, drops to the floor and sometimes bites her hand. This happens several times a day. She plays on her own and does not yet notice other children's play."),
        ("h", "Sensory and physical"),
        ("p", "Amira seeks movement: she spins, rocks and climbs, and she finds it hard to sit still. She is upset by loud noises and the hand dryer. She finds it very hard to use her hands for small tasks: she cannot yet hold a crayon, use a spoon or manage buttons and zips, and she gets frustrated and throws objects when she tries. The occupational therapist has advised a daily fine motor programme."),
        ("h", "Self-care"),
        ("p", "Amira wears pull-ups and is not yet aware of when she needs the toilet. She needs full help with dressing and is fed by an adult at lunchtime."),
    ],
    C=[
        ("p", "Amira's community paediatrician reviewed her on 12 March 2026 and confirmed that she has no health needs other than her autism, which is addressed in Sections B and F. Her growth, hearing (tested in November 2025) and sleep are within normal limits."),
    ],
    D=[
        ("p", "The Children with Disabilities Team completed a social care assessment on 4 May 2026. Amira needs constant supervision at home because she has no sense of danger and climbs furniture and fences. Her parents find it very hard to take her out or to spend time with her brother. The assessment found that the family need short breaks to give Amira fun activities with trained staff and to give her parents a rest."),
    ],
    E=[
        dict(area="Communication and interaction", code="E1",
             outcome="Amira is given PECS sessions every day with her teaching assistant.",
             prov=[
                 ("PECS teaching (phases 1 and 2)", "Three times a day, 10 minutes, 1:1", "Teaching assistant trained in PECS"),
                 ("Speech and language therapy visit to review Amira's PECS programme and set new targets", "Once each half term, 1 hour", "Speech and Language Therapist, Dene View School therapy team"),
             ]),
        dict(area="Communication and interaction", code="E2",
             outcome="By July 2027, Amira will hand over a picture card to ask for a snack or toy without a physical prompt, on 8 out of 10 occasions recorded by her class team.",
             prov=[
                 ("Picture cards for favourite snacks and toys available at every snack time and in free play, with adults waiting for Amira to make an exchange", "Every snack time and free-play session", "Class team (teacher and teaching assistants)"),
             ]),
        dict(area="Social, emotional and mental health", code="E3",
             outcome="Staff will use a visual timetable with Amira every day so that she can move between activities.",
             prov=[
                 ("Visual timetable with objects and photographs, and a 'now and next' board", "Every day, checked at the start of each activity", "Class team"),
                 ("Amira should have opportunities to take part in sensory circuits where possible", "Regular sessions", "Staff"),
                 ("Access to the sensory room as appropriate", "When needed", "Class team"),
             ]),
        dict(area="Cognition and learning", code="E4",
             outcome="By March 2027, Amira will sit with her class group for a 5-minute 'bucket time' session on 4 days out of 5, recorded by her class teacher.",
             prov=[
                 ("Attention Autism 'bucket time' session", "Daily, 10 minutes, in a group of 5", "Class teacher trained in Attention Autism"),
             ]),
        dict(area="Self-care", code="E5",
             outcome="By July 2027, Amira will pass urine in the toilet at 3 of her 5 timed toilet visits each day, on 4 days out of 5, recorded on her toileting chart by her teaching assistant.",
             prov=[
                 ("Toileting programme: timed toilet visits every 90 minutes with a photograph sequence and a reward", "Every school day, 5 visits a day", "Teaching assistant"),
             ]),
    ],
    Fgen_area="Provision across the school day (supports all outcomes):",
    Fgen=[
        ("1:1 support from a teaching assistant throughout the school day, including lunchtime", "All day, every day (32.5 hours a week)", "Teaching assistant (Level 3) with autism training"),
        ("Class of no more than 8 pupils with a teacher and 3 teaching assistants, using structured teaching and individual workstations", "Whole school day", "Dene View School"),
    ],
    G=[("p", "None. Amira's community paediatrician (12 March 2026) confirmed that she has no health needs requiring health provision (see Section C).")],
    Gsign=None,
    H1=[
        ("p", "Short breaks, assessed by the Children with Disabilities Team on 4 May 2026:"),
        ("b", [
            "A place at the 'Playtime Plus' Saturday short breaks scheme, 3 hours every Saturday, with a 1:1 support worker.",
            "After-school short break at Dene View School's 'Twilight Club', 2 hours every Wednesday in term time.",
        ]),
    ],
    H2=[("p", "None. The family have been given information about the Local Offer and the Early Help Family Hub.")],
    I=[("p", "Dene View School, Brackenside (maintained special school for pupils with autism and complex learning needs).")],
    J=[("p", "No personal budget has been requested.")],
    K=[
        ("'All about me' page", "Mrs Paula Dodds, Class Teacher, Dene View School", "14 May 2026"),
        ("Parents' views", "Sara and Yusuf, Amira's parents", "14 May 2026"),
        ("Educational advice", "Mrs Paula Dodds, Class Teacher, and Mr Gary Lowe, Deputy Headteacher and Special Educational Needs Co-ordinator, Dene View School", "18 May 2026"),
        ("Psychological advice", "Dr Tom Bell, Educational Psychologist", "24 April 2026"),
        ("Medical advice", "Dr Farah Aziz, Community Paediatrician", "12 March 2026"),
        ("Speech and language therapy advice", "Hannah Reed, Speech and Language Therapist", "20 April 2026"),
        ("Occupational therapy advice", "Leanne Patel, Occupational Therapist", "27 April 2026"),
        ("Social care advice (Children with Disabilities assessment)", "Gemma Robson, Social Worker, Children with Disabilities Team", "4 May 2026"),
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
