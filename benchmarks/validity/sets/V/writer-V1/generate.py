#!/usr/bin/env python3
"""Generator for validity set V1 (writer V1): 12 fictional EHC plans for
Fellside County Council, a sparsely populated northern rural county.

Plan text is held as Python data below; there is one renderer per layout:
  heading2-numbered  -> render_heading2()
  letter-column      -> render_letter_column()
  national-template  -> render_national()
Run:  /work/blind/.venv-V1/bin/python generate.py
"""
import copy
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "plans")
TEMPLATE = "/work/shared/reference/national-ehcp-template.docx"

COUNCIL = "Fellside County Council"
DOC_TITLE = "Education, Health and Care (EHC) Plan"

# House-style section titles (classic layouts)
TITLES = {
    "A": "Section A: The views, interests and aspirations of {name} and {his} family",
    "B": "Section B: {name}'s special educational needs",
    "C": "Section C: Health needs related to {name}'s special educational needs",
    "D": "Section D: Social care needs related to {name}'s special educational needs or disability",
    "E": "Section E: Outcomes",
    "F": "Section F: Special educational provision",
    "G": "Section G: Health provision",
    "H1": "Section H1: Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970",
    "H2": "Section H2: Other social care provision",
    "I": "Section I: Placement",
    "J": "Section J: Personal budget",
    "K": "Section K: Advice and information gathered for this plan",
}
ORDER = ["A", "B", "C", "D", "E", "F", "G", "H1", "H2", "I", "J", "K"]


def shade(cell, fill="D9E2F3"):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def set_cell_text(cell, text, bold=False):
    """Replace the cell content with text; '\n' starts a new paragraph."""
    parts = text.split("\n") if text else [""]
    paras = cell.paragraphs
    for p in paras[1:]:
        p._p.getparent().remove(p._p)
    first = paras[0]
    for r in list(first.runs):
        r._r.getparent().remove(r._r)
    # drop hyperlinks etc. left in the template paragraph
    for child in list(first._p):
        if child.tag != qn("w:pPr"):
            first._p.remove(child)
    run = first.add_run(parts[0])
    run.bold = bold
    for t in parts[1:]:
        p = cell.add_paragraph()
        if first.style is not None:
            p.style = first.style
        r = p.add_run(t)
        r.bold = bold


def front_matter_rows(plan):
    return plan["front"]


# ---------------------------------------------------------------- heading2

def render_heading2(plan, path):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    d.add_heading(COUNCIL, level=1)
    d.add_paragraph(DOC_TITLE).runs[0].bold = True
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in front_matter_rows(plan):
        r = t.add_row().cells
        r[0].text = k
        r[0].paragraphs[0].runs[0].bold = True
        r[1].text = v
    for key in ORDER:
        d.add_heading(plan["titles"][key], level=2)
        for b in plan["sections"][key]:
            add_block_doc(d, b)
    d.save(path)


def add_block_doc(d, b):
    if isinstance(b, dict):
        rows = b["table"]
        t = d.add_table(rows=0, cols=len(rows[0]))
        t.style = "Table Grid"
        for i, row in enumerate(rows):
            cells = t.add_row().cells
            for c, txt in zip(cells, row):
                c.text = txt
                if i == 0:
                    c.paragraphs[0].runs[0].bold = True
        d.add_paragraph("")
    elif b.startswith("## "):
        d.add_heading(b[3:], level=3)
    elif b.startswith("- "):
        d.add_paragraph(b[2:], style="List Bullet")
    elif b.startswith("# "):
        d.add_paragraph(b[2:], style="List Number")
    elif b.startswith("**"):
        p = d.add_paragraph()
        p.add_run(b.strip("*")).bold = True
    else:
        d.add_paragraph(b)


# ---------------------------------------------------------- letter-column

def render_letter_column(plan, path):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(COUNCIL.upper())
    r.bold = True
    r.font.size = Pt(14)
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run(DOC_TITLE).bold = True
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in front_matter_rows(plan):
        c = t.add_row().cells
        c[0].text = k
        c[0].paragraphs[0].runs[0].bold = True
        c[1].text = v
    d.add_paragraph("")
    big = d.add_table(rows=0, cols=2)
    big.style = "Table Grid"
    for key in ORDER:
        # split blocks into rows: a new row at each sub-heading
        rows = [[("title", plan["titles"][key])]]
        cur = None
        for b in plan["sections"][key]:
            if isinstance(b, str) and (b.startswith("## ") or b.startswith("**")):
                cur = [("sub", b.lstrip("#* ").rstrip("*"))]
                rows.append(cur)
            else:
                if cur is None:
                    cur = []
                    rows.append(cur)
                cur.append(("blk", b))
        start = len(big.rows)
        for row in rows:
            cells = big.add_row().cells
            right = cells[1]
            firstp = True
            for kind, b in row:
                para = right.paragraphs[0] if firstp else right.add_paragraph()
                firstp = False
                if kind in ("title", "sub"):
                    para.add_run(b).bold = True
                elif isinstance(b, dict):
                    for r_ in b["table"]:
                        q = right.add_paragraph() if para.text or para.runs else para
                        q.add_run(" | ".join(r_))
                        para = right.add_paragraph()
                    # remove trailing empty paragraph
                    right._tc.remove(para._p)
                elif b.startswith("- "):
                    para.add_run("\u2022 " + b[2:])
                    para.paragraph_format.left_indent = Cm(0.5)
                elif b.startswith("# "):
                    para.add_run(b[2:])
                    para.paragraph_format.left_indent = Cm(0.5)
                else:
                    para.add_run(b)
        end = len(big.rows) - 1
        left = big.cell(start, 0)
        if end > start:
            left = left.merge(big.cell(end, 0))
        left.text = key
        left.paragraphs[0].runs[0].bold = True
        left.paragraphs[0].runs[0].font.size = Pt(16)
        left.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        shade(left)
    for row in big.rows:
        row.cells[0].width = Cm(1.6)
        row.cells[1].width = Cm(15.4)
    d.save(path)


# ---------------------------------------------------------- national template

AREA_TABLES = {"ci": 4, "cl": 5, "semh": 6, "sp": 7}


def render_national(plan, path):
    d = Document(TEMPLATE)
    T = list(d.tables)
    n = plan["nat"]
    # plan details inserted after the title (house style labels)
    title = d.paragraphs[0]
    det = d.add_table(rows=0, cols=2)
    det.style = d.tables[0].style
    for k, v in plan["front"]:
        c = det.add_row().cells
        c[0].text = k
        c[0].paragraphs[0].runs[0].bold = True
        c[1].text = v
    title._p.addnext(det._tbl)
    from docx.text.paragraph import Paragraph
    cp = OxmlElement("w:p")
    title._p.addnext(cp)
    cpara = Paragraph(cp, title._parent)
    cpara.add_run(COUNCIL + " - " + DOC_TITLE).bold = True
    # personal details
    t0 = T[0]
    fills = n["personal"]
    for (r, c), v in fills.items():
        set_cell_text(t0.cell(r, c), v)
    t1 = T[1]
    for r, v in enumerate(n["services"], start=1):
        set_cell_text(t1.cell(r, 1), v)
    # A1
    set_cell_text(T[2].cell(1, 1), n["history"])
    # A2
    t3 = T[3]
    set_cell_text(t3.cell(3, 0), n["views"])
    set_cell_text(t3.cell(5, 0), n["interests"])
    set_cell_text(t3.cell(7, 0), n["strengths"])
    set_cell_text(t3.cell(9, 0), n["aspirations"])
    # B-F-E area tables
    for area, ti in AREA_TABLES.items():
        t = T[ti]
        a = n["areas"].get(area)
        rows = a["rows"] if a else [("No special educational needs have been identified in this area (see Section K advice).", "None required.", "Not applicable.")]
        set_cell_text(t.cell(2, 0), a["strengths"] if a else "See other areas.")
        for i in range(10):
            row = t.rows[4 + i]
            if i < len(rows):
                for j in range(3):
                    set_cell_text(row.cells[j], rows[i][j])
        for i in range(13, 3 + len(rows), -1):
            t._tbl.remove(t.rows[i]._tr)
    # C-G-E
    t = T[8]
    set_cell_text(t.cell(1, 0), n["health_strengths"])
    rows = n["health"]
    for i in range(10):
        if i < len(rows):
            for j in range(3):
                set_cell_text(t.rows[3 + i].cells[j], rows[i][j])
    for i in range(12, 2 + len(rows), -1):
        t._tbl.remove(t.rows[i]._tr)
    if n.get("health_agreement"):
        p = OxmlElement("w:p")
        t._tbl.addnext(p)
        from docx.text.paragraph import Paragraph
        para = Paragraph(p, t._parent)
        para.add_run(n["health_agreement"])
    # D-H1-H2-E
    t = T[9]
    set_cell_text(t.cell(1, 0), n["social_strengths"])
    rows = n["social"]
    for i in range(10):
        if i < len(rows):
            for j in range(4):
                set_cell_text(t.rows[3 + i].cells[j], rows[i][j])
    for i in range(12, 2 + len(rows), -1):
        t._tbl.remove(t.rows[i]._tr)
    # I
    t = T[10]
    set_cell_text(t.cell(0, 1), n["placement_name"])
    set_cell_text(t.cell(1, 1), n["placement_type"])
    for r in (3, 2):
        t._tbl.remove(t.rows[r]._tr)
    # J
    t = T[11]
    set_cell_text(t.cell(0, 1), n["pb_details"])
    set_cell_text(t.cell(1, 1), n["pb_arrangements"])
    # K: dict row index -> (extra label or None, date, who, appended)
    t = T[12]
    for r, (label, date, who, app) in n["k"].items():
        if label:
            cell = t.cell(r, 0)
            if cell.text.strip():
                cell.add_paragraph(label)
            else:
                set_cell_text(cell, label)
        set_cell_text(t.cell(r, 1), date)
        set_cell_text(t.cell(r, 2), who)
        if app:
            set_cell_text(t.cell(r, 3), app)
    for extra in n.get("k_extra", []):
        new = copy.deepcopy(t.rows[3]._tr)
        t.rows[len(t.rows) - 1]._tr.addnext(new)
        row = t.rows[len(t.rows) - 1]
        for j, v in enumerate(extra):
            set_cell_text(row.cells[j], v)
    # sign-off
    t = T[13]
    set_cell_text(t.cell(1, 0), n["signoff"][0])
    set_cell_text(t.cell(1, 1), n["signoff"][1])
    set_cell_text(t.cell(1, 2), n["signoff"][2])
    d.save(path)


RENDERERS = {
    "heading2-numbered": render_heading2,
    "letter-column": render_letter_column,
    "national-template": render_national,
}

PLANS = []


def classic(pid, layout, name, his, front, sections, titles_extra=None):
    titles = {k: v.format(name=name, his=his) for k, v in TITLES.items()}
    PLANS.append(dict(id=pid, layout=layout, front=front, titles=titles, sections=sections))


def national(pid, front, nat):
    PLANS.append(dict(id=pid, layout="national-template", front=front, nat=nat))


# =====================================================================
# v101 - Isla, Reception, Down syndrome - SOUND - heading2-numbered
# =====================================================================
classic("v101", "heading2-numbered", "Isla", "her", [
    ("First name", "Isla"),
    ("School year", "Reception (Early Years Foundation Stage)"),
    ("Age", "4 years"),
    ("Date this plan was issued", "15 September 2026"),
    ("Last annual review", "Not applicable - this is Isla's first EHC plan. A review will be held within 6 months (March 2027)."),
    ("Type of plan", "Final EHC plan"),
    ("EHC co-ordinator", "Sarah Bell, Fellside SEND (special educational needs and disabilities) Assessment Team, West"),
], {
"A": [
    "## A1 What Isla has shown us (gathered through play, Makaton signs and observation)",
    "Isla is four and lives with Mum, Dad and her big brother Sam on the family's sheep farm in the upper Ashgill valley. Isla uses a few single words, lots of Makaton signs (a simple signing system used alongside speech) and pointing. These views were gathered through play, photographs and signing at home and at Brackenbeck Pre-school by her key person, Mrs Dodd, and by Mum, who both know Isla best.",
    "- Isla shows us she loves the lambs, the sheepdogs and her brother's old wellies. She signs 'sheep' and 'more' and laughs when the dogs come into the kitchen.",
    "- When Mrs Dodd showed her photographs of the Reception classroom, Isla chose the water tray, the slide and the book corner. She pushed away the photograph of the busy dining hall.",
    "- Isla shows she is cross or tired by lying on the floor and putting her hands over her ears. Mrs Dodd has seen this most when the room is loud or after a long car journey.",
    "- Isla beams when she is praised and waves goodbye to every adult she knows.",
    "## A2 What Isla's family say",
    "Mum and Dad say Isla is \"the happiest person in the house\" and that she has brought the whole family together. They educated Isla at home, with visits from the Portage home-visiting service, until the spring of 2026, because they were worried about the forty-minute round trip to the nearest nursery and about her heart. They now want her to go to their village school, where Sam went, and to grow up alongside the children she will know all her life.",
    "They would like school to understand that Isla gets tired quickly, that she needs time to take in what is said to her, and that she understands far more than she can say. They value regular contact with school and would like a home-school book to come home every day.",
    "## A3 Isla's strengths and interests",
    "- Isla is sociable and affectionate, and she copies other children's play.",
    "- She can match pictures and colours and enjoys simple jigsaws of four to six pieces.",
    "- She knows about 60 Makaton signs and uses them to ask for food, a drink, the toilet and her favourite toys.",
    "- She walks confidently on flat ground and loves climbing steps with a hand to hold.",
    "- She will sit and listen to a short picture story for about five minutes.",
    "## A4 Aspirations",
    "Isla's family hope she will talk in short sentences, make friends in the village and, one day, read and write well enough to follow her own interests. Dad hopes she will help with the lambing \"like her grandad did\". Isla shows us that she wants to join in with the other children at the water tray and on the slide.",
],
"B": [
    "Isla has Down syndrome. Her special educational needs are described below by area, starting with what she does well.",
    "## B1 Communication and interaction",
    "What Isla does well: Isla understands simple instructions with one key word, such as \"get your coat\", especially when an adult signs the key word. She uses about 60 Makaton signs and 15 spoken words.",
    "What Isla finds hard: Isla's spoken language is much less developed than her understanding. She does not yet join two words or signs together, and people who do not know her find her speech hard to understand. She has a mild hearing loss from glue ear (see Section C), so she can miss what is said in a noisy room. She needs adults to sign key words, speak slowly and give her time to reply.",
    "## B2 Cognition and learning",
    "What Isla does well: Isla can match objects and pictures, sort by colour and count to three with help. She learns well by watching and copying.",
    "What Isla finds hard: Isla is working well below the level expected for her age across the Early Years Foundation Stage (the curriculum for children from birth to five). Remembering what she has heard is particularly hard for her, so she learns best from pictures, objects and familiar routines. She needs learning broken into small steps with lots of repetition.",
    "## B3 Social, emotional and mental health",
    "What Isla does well: Isla is warm and interested in other children.",
    "What Isla finds hard: Busy, noisy spaces overwhelm her and she may drop to the floor. She needs help to take turns and to wait, and a calm space where she can recover.",
    "## B4 Sensory and physical",
    "What Isla does well: Isla walks on her own and enjoys climbing with a hand held.",
    "What Isla finds hard: Isla has low muscle tone (hypotonia), which affects her balance, stamina and hand skills. She cannot yet hold a crayon firmly enough to make the marks she wants, and she needs help with buttons, zips and managing the toilet. She tires by the afternoon, particularly after the journey to school.",
],
"C": [
    "Isla's health needs were described by Dr Priya Nair, community paediatrician, in May 2026.",
    "## C1 Heart",
    "Isla was born with a heart condition (atrioventricular septal defect), which was repaired by surgery when she was five months old. She is well now and has no restrictions on play, but she is seen once a year by the children's heart (cardiology) clinic.",
    "## C2 Thyroid",
    "Isla has no difficulty eating and drinking, but she has an underactive thyroid gland (hypothyroidism). She takes a tablet every morning at home and needs a blood test every six months to check the dose. When her thyroid levels are low she becomes tired and slow.",
    "## C3 Hearing",
    "Isla has glue ear in both ears, which gives her a mild hearing loss. This is monitored by the children's audiology service. Hearing aids are not needed at present.",
    "## C4 Muscle tone",
    "Isla's low muscle tone affects her posture, balance and stamina (see B4).",
],
"D": [
    "A social worker from Fellside Children's Disability Team completed a social care assessment in June 2026 (see Section K). It found that Isla has no social care needs arising from her special educational needs or disability at this time: her family meet her care needs well, with help from her grandparents, who live on the farm.",
    "The family were given information about the Local Offer, including short breaks and the Ashgill Family Hub, and know how to ask for a reassessment if things change.",
],
"E": [
    "Each outcome says what Isla will be able to do by the end of her Reception year and how we will know. Progress will be checked at Isla's six-month review in March 2027.",
    "## E1 Telling people what she wants",
    "By July 2027, Isla will ask for what she wants by putting two signs or words together (for example \"more juice\" or \"Mummy car\") at least 10 times in a school day, on 3 days in a week. Her teaching assistant will keep a tally sheet, which the speech and language therapist will check each half term. (Builds on the family's hope that Isla will talk in short sentences. Links to B1 and F1.)",
    "## E2 Playing with friends",
    "By July 2027, Isla will take turns with one other child in a game such as rolling a ball or a simple picture lotto, for three turns each with an adult nearby, on 4 out of 5 occasions recorded by her key worker in her learning journal. (Builds on Isla's wish to join in with the other children. Links to B3 and F3.)",
    "## E3 Early learning",
    "By July 2027, Isla will match and name or sign 20 everyday objects and pictures from her personal word list, and will count up to five objects by touching each one. Her class teacher will check this each half term against her small-steps tracker. (Links to B2 and F2.)",
    "## E4 Looking after herself",
    "By July 2027, Isla will pull her trousers up and down on her own when she uses the toilet on 4 out of 5 school days, and will draw a circle and a straight line with a chunky crayon when asked, as recorded by her teaching assistant on her independence checklist. (Links to B4 and F4.)",
    "## E5 Getting around school",
    "By the end of the spring term 2027, Isla will access the outdoor area and the school garden independently, managing the two steps and the path without a hand held, on 5 days in a row, as recorded by her teaching assistant. (Links to B4, F4 and G3.)",
    "## E6 Showing adults how she feels",
    "By July 2027, Isla will show an adult when she feels tired or unwell, using her \"tired\" sign or picture card, on 4 out of 5 occasions when staff notice she is tired, as recorded in the home-school book. This helps adults to spot early signs linked to her thyroid and heart needs. (Links to C1, C2 and G1.)",
],
"F": [
    "Isla will attend Brackenbeck Church of England Primary School in the Reception class. The provision below starts in September 2026 and will be reviewed at the six-month review.",
    "## F1 Communication",
    "- A teaching assistant (TA) trained by the speech and language therapist will deliver Isla's speech and language programme 1:1 for 15 minutes every day.",
    "- A speech and language therapist (SALT) from North Fells Children's Community Health Services will see Isla on her own in school for 30 minutes every other Tuesday during the autumn and spring terms, update the programme and show the TA the next targets.",
    "- All adults working with Isla will use Makaton key-word signing. From September 2026, the SALT will train the class teacher and the TA in Makaton Foundation level, in 2 after-school sessions of 2 hours each.",
    "- A Qualified Teacher of the Deaf (QToD) from Fellside Sensory Support Service will visit once each half term for one hour to check the listening conditions in the classroom and advise staff about Isla's glue ear.",
    "## F2 Learning",
    "- Isla will have full-time support (25 hours per week) from a TA who has completed Down syndrome education training, to break tasks into small steps, use pictures and objects, and repeat key learning.",
    "- The class teacher will plan a small-steps programme for early number and matching, taught 1:1 by the TA for 10 minutes, three times a day.",
    "- A visual timetable and a \"now and next\" board, made and kept up to date each morning by the TA.",
    "- An educational psychologist (EP) from Fellside Educational Psychology Service will meet the class teacher, the TA and Isla's parents once a term for one hour to review Isla's progress and adjust her programme.",
    "## F3 Social and emotional",
    "- Isla will join a turn-taking group of no more than 4 children, led by the TA, for 15 minutes x3 weekly.",
    "- A quiet corner in the classroom with a beanbag and sensory box, set up by the class teacher. When the room is loud, an adult will go there with Isla and help her return to the group within 10 minutes.",
    "- Isla will eat lunch at a small table of 6 children with her TA, not in the main hall, until her six-month review.",
    "## F4 Physical skills and independence",
    "- An occupational therapist (OT) from North Fells Children's Community Health Services will assess Isla in school in September 2026 (one 90-minute session), write a hand-skills and self-care programme, and review it in school for 45 minutes each half term.",
    "- The TA will deliver the OT programme 1:1 for 20 minutes daily, including crayon grip, threading and dressing practice.",
    "- A supportive chair with a footrest and a sloping board for table-top work, provided and checked each term by the OT service.",
    "- A toileting plan written by the class teacher with Mum and the school nurse, followed by the TA at set times: on arrival, mid-morning, after lunch and mid-afternoon.",
    "- A 10-minute rest after lunch in the quiet corner with the TA, because the journey to school tires Isla.",
],
"G": [
    "## G1 Thyroid and heart",
    "- Dr Priya Nair, community paediatrician, will review Isla's thyroid in clinic every 6 months (about 30 minutes) and arrange a blood test before each review. Any change of dose is made by the paediatrician.",
    "- The children's cardiology clinic at Fellside General Hospital will see Isla once a year for a heart check (scan and consultation, about one hour).",
    "## G2 Hearing",
    "- The children's audiology service will test Isla's hearing every 6 months at the Kirkby Fell clinic and send the results to the QToD and to school.",
    "## G3 Balance and stamina",
    "- A children's physiotherapist will see Isla in school once each half term for 45 minutes to set and check a balance and stamina programme. The TA will carry out the programme for 15 minutes during each physical education (PE) lesson and outdoor play session.",
    "Health agreement: The health provision in this section was reviewed and agreed on 8 September 2026 by Dr Helen Marsh, Designated Clinical Officer (DCO), North Fells Integrated Care Board (ICB).",
],
"H1": [
    "None. Short breaks under the Local Offer were discussed with Isla's family during the social care assessment in June 2026; they do not wish to use them at present and know how to ask for them.",
],
"H2": [
    "None. Early help from the Ashgill Family Hub was considered and is not needed at present.",
],
"I": [
    "Brackenbeck Church of England Primary School (mainstream maintained primary school), Reception class.",
    "Isla lives 7 miles from school. Fellside County Council will provide home-to-school transport by taxi with a passenger assistant.",
],
"J": [
    "No personal budget has been requested.",
],
"K": [
    {"table": [
        ["Advice and information", "Who gave it", "Date"],
        ["Parents' views and contribution", "Isla's mum and dad", "30 May 2026"],
        ["Educational advice", "Mrs Anne Dodd, key person and manager, Brackenbeck Pre-school", "5 June 2026"],
        ["Portage summary", "Mrs Kay Holme, Portage home visitor, Fellside Portage Service", "22 May 2026"],
        ["Psychological advice", "Dr Tom Hebden, educational psychologist, Fellside Educational Psychology Service", "10 June 2026"],
        ["Medical advice", "Dr Priya Nair, community paediatrician, North Fells Children's Community Health Services", "28 May 2026"],
        ["Speech and language therapy advice", "Rachel Lowe, speech and language therapist, North Fells Children's Community Health Services", "3 June 2026"],
        ["Occupational therapy advice", "Jo Birkett, occupational therapist, North Fells Children's Community Health Services", "16 June 2026"],
        ["Physiotherapy advice", "Dan Cowan, children's physiotherapist, North Fells Children's Community Health Services", "20 May 2026"],
        ["Audiology report", "Children's audiology service, Fellside General Hospital", "12 April 2026"],
        ["Cardiology clinic letter", "Children's cardiology clinic, Fellside General Hospital", "3 March 2026"],
        ["Advice on hearing (qualified teacher of the deaf)", "Lisa Pratt, Qualified Teacher of the Deaf, Fellside Sensory Support Service", "17 June 2026"],
        ["Social care advice", "Ian Crosby, social worker, Fellside Children's Disability Team", "2 June 2026"],
    ]},
    "Signed on behalf of Fellside County Council: Sarah Bell, EHC Co-ordinator, 15 September 2026.",
],
})

# =====================================================================
# v102 - Finn, Year 9, dyslexia and anxiety - FAILURE - letter-column
# Planted: no preparing-for-adulthood outcomes, outcomes ignore aspirations;
# no preparing-for-adulthood advice in K; outcomes not SMART; vague provision.
# =====================================================================
classic("v102", "letter-column", "Finn", "his", [
    ("First name", "Finn"),
    ("School year", "Year 9"),
    ("Age", "14"),
    ("Date this plan was issued", "3 June 2026"),
    ("Last annual review", "Not applicable (first EHC plan following assessment)"),
    ("Type of plan", "Final EHC plan"),
    ("EHC co-ordinator", "Mark Teasdale, Fellside SEND (special educational needs and disabilities) Assessment Team, North"),
], {
"A": [
    "## A1 About me (Finn's own words, written with his key worker, Mrs Airey, in April 2026)",
    "\"I'm Finn. I live on our dairy farm at Low Skelby with Mum, Dad and my sister Hannah. I do the calves before school and I can drive the quad and the small tractor round the yard. I know every cow by her number.",
    "I was home-schooled from Year 7 until January this year because school was really bad for me. I couldn't read the board, the words jump about, and I got told off for not writing enough. I used to feel sick every Sunday night.",
    "Upper Ashgill is better than I thought. I like Mr Kendal in Design and Technology and I like practical stuff. I don't like reading out loud, ever. I don't like it when teachers give you a sheet full of writing and say 'get on with it'.",
    "When I'm older I want to go to agricultural college, get my tractor licence when I'm 16 and run the farm with Dad. I want to be able to read the feed sheets and the vet's instructions myself so I don't have to ask Hannah.\"",
    "## A2 What Finn's parents say",
    "Mum and Dad describe Finn as hard-working, kind with animals and \"brilliant with anything mechanical\". They took him out of school at the end of Year 6 because his anxiety had got so bad he was not sleeping. They taught him at home for two and a half years, with an online reading programme, and asked for this assessment when he started at Upper Ashgill Academy in January 2026.",
    "They would like Finn to leave school able to read well enough to manage the paperwork on the farm, to get onto the agricultural course at Fellside College and to feel that school is somewhere he can cope. They are worried about the 50-minute bus journey and about Finn being teased about his reading.",
    "## A3 Strengths and interests",
    "- Finn is practical, patient and very good at working out how machines work.",
    "- He looks after the calves every morning and understands feeding, weighing and basic animal health.",
    "- He has a good vocabulary when he talks and can explain things clearly to adults.",
    "- He enjoys Design and Technology, science practicals and PE (physical education).",
],
"B": [
    "## B1 Cognition and learning",
    "Finn has dyslexia, confirmed by the educational psychologist in March 2026. His verbal reasoning is in the average range and is a real strength. His reading accuracy is at about the level of a nine-year-old (reading age 9 years 2 months in March 2026) and his spelling is at about the level of an eight-year-old. He reads slowly, loses his place and avoids reading aloud. He finds it very hard to copy from the board and to get his ideas down in writing; in timed tasks he writes about a third of what his classmates manage. His working memory for spoken instructions is below average, so he may miss the second or third step of an instruction.",
    "## B2 Social, emotional and mental health",
    "Finn has anxiety about school. It is worst on Sunday evenings, before English lessons and when he may be asked to read in front of others. When anxious he becomes quiet, asks to go to the toilet and sometimes leaves the lesson. He has two friends from his village in his tutor group. His attendance since January 2026 has been 84%.",
],
"C": [
    "Finn has no physical health needs. His family doctor (GP) referred him in February 2026 to the school's Mental Health Support Team (MHST), part of the Children and Young People's Mental Health Service, because of his anxiety. The MHST practitioner assessed Finn in March 2026 and found moderate anxiety linked to school, with low mood on Sundays. This needs the support set out in Section G.",
],
"D": [
    "Fellside Early Help Team completed an early help assessment with the family in March 2026. It found no social care needs arising from Finn's special educational needs. The family know about the Young People's Service and the activities for young people listed in the Local Offer.",
],
"E": [
    "## E1 Reading",
    "By July 2027, Finn will reach a reading age of at least 11 years 6 months on the standardised reading test used by the school (9 years 2 months in March 2026). The special educational needs co-ordinator (SENCo) will test him in December 2026 and July 2027.",
    "## E2 Confidence",
    "By July 2027, Finn will feel more confident and less anxious in school.",
    "## E3 Spelling and writing",
    "Finn will improve his spelling and use his strategies in his written work.",
    "## E4 Attendance",
    "By July 2027, Finn will attend at least 92% of sessions each half term, as shown by the school register.",
    "## E5 Break and lunchtimes",
    "By Easter 2027, Finn will be happier at break and lunchtimes.",
],
"F": [
    "## F1 Reading and spelling",
    "- A structured, multi-sensory reading and spelling programme, taught 1:1 by a specialist dyslexia teacher (holding a Level 5 qualification in teaching learners with dyslexia) for 40 minutes, three times a week, where possible.",
    "- Finn will have access to a laptop with text-to-speech and speech-to-text software in all lessons, set up and maintained by the school's information technology (IT) technician.",
    "- Teachers should give Finn a printed copy of the lesson notes and homework at the end of each lesson.",
    "- 25% extra time and a reader in all internal tests and exams, arranged by the SENCo.",
    "- The educational psychologist will meet the SENCo and Finn's teachers once a term for one hour to review Finn's progress.",
    "## F2 Anxiety and wellbeing",
    "- A key worker (the Year 9 pastoral manager) will meet Finn on his own for 10 minutes each morning before registration, and at other times as appropriate.",
    "- Finn may use a time-out card to leave a lesson and go to the learning support base for no more than 10 minutes.",
    "- Finn will join the school's \"Worry Less\" group, in a group of no more than 6 pupils, for 6 weekly sessions of 50 minutes, led by the Emotional Literacy Support Assistant (ELSA), then review.",
    "- Teachers will not ask Finn to read aloud in front of the class unless he has volunteered.",
    "- A lunchtime club in the learning support base, open every day and supervised by a teaching assistant, which Finn will attend on the days he chooses.",
],
"G": [
    "- A Mental Health Support Team practitioner will see Finn 1:1 in school for 45 minutes each week for 8 sessions of guided self-help based on cognitive behavioural therapy (CBT), starting in June 2026, then review with Finn and his parents.",
    "Health agreement: The health provision above was reviewed and agreed by Dr Helen Marsh, Designated Clinical Officer, North Fells Integrated Care Board (ICB), on 27 May 2026.",
],
"H1": [
    "None. Short breaks were considered during the early help assessment and are not needed.",
],
"H2": [
    "None. The family have information about the Young People's Service in the Local Offer.",
],
"I": [
    "Upper Ashgill Academy (mainstream secondary academy).",
],
"J": [
    "No personal budget has been requested.",
],
"K": [
    {"table": [
        ["Advice", "Who gave it", "Date"],
        ["Finn's views", "Finn, written with Mrs Airey, key worker", "22 April 2026"],
        ["Parents' views", "Finn's mum and dad", "14 April 2026"],
        ["Educational advice", "Mrs Claire Airey, SENCo, Upper Ashgill Academy", "17 April 2026"],
        ["Psychological advice", "Dr Anna Whitfield, educational psychologist, Fellside Educational Psychology Service", "18 March 2026"],
        ["Medical advice", "Dr Sunil Rao, GP, Low Skelby Surgery", "24 February 2026"],
        ["Mental health advice", "Laura Metcalfe, Mental Health Support Team practitioner, Children and Young People's Mental Health Service", "26 March 2026"],
        ["Social care advice", "Joe Harker, early help practitioner, Fellside Early Help Team", "30 March 2026"],
    ]},
    "Signed on behalf of Fellside County Council: Mark Teasdale, EHC Co-ordinator, 3 June 2026.",
],
})

# =====================================================================
# v103 - Tom, Year 5, hearing impairment (hearing aids) - SOUND - national
# =====================================================================
national("v103", [
    ("First name", "Tom"),
    ("School year", "Year 5"),
    ("Date this plan was issued", "2 April 2026 (amended following annual review)"),
    ("Last annual review", "18/03/2026"),
    ("EHC co-ordinator", "Sarah Bell, EHC Co-ordinator, Fellside County Council"),
], {
    "personal": {
        (1, 1): "Tom", (1, 3): "Tom",
        (2, 1): "Month and year only: November 2015",
        (3, 1): "Male", (3, 3): "White British",
        (4, 1): "English (Tom also uses some British Sign Language (BSL) signs)", (4, 3): "English",
        (6, 1): "Tom's mum", (6, 3): "Mother",
        (7, 1): "Held on the case record", (7, 3): "Held on the case record",
        (8, 1): "Held on the case record",
        (9, 1): "Tom's dad", (9, 3): "Father",
        (10, 1): "Held on the case record", (10, 3): "Held on the case record",
        (11, 1): "Same as parent 1",
    },
    "services": [
        "Raisbeck Church of England Primary School",
        "Raisbeck Surgery (family doctor); children's audiology service, Fellside General Hospital",
        "Held on the case record",
        "No",
        "Qualified Teacher of the Deaf, Fellside Sensory Support Service; speech and language therapist, North Fells Children's Community Health Services; educational psychologist, Fellside Educational Psychology Service",
        "No",
        "No",
        "Yes - Tom's one-page profile is appended",
        "No",
    ],
    "history": "Tom is ten and lives with his mum, dad and younger sister on a hill farm above Raisbeck, where the family keep sheep and a small herd of beef cattle. Tom's hearing loss was found through the newborn hearing screening programme, and he has worn hearing aids in both ears since he was four months old. He had support at home from a Qualified Teacher of the Deaf (QToD) from Fellside Sensory Support Service until he started school. Tom has attended Raisbeck Church of England Primary School, a village school of 52 pupils in three mixed-age classes, since Reception. His first EHC plan was issued in 2022 and this is his fourth annual review. Tom travels to school each day on the school minibus, a journey of about 25 minutes on the fell road.\n\nHow Tom communicates: Tom uses spoken English. He relies on his hearing aids and a radio aid (a small microphone worn by the teacher that sends her voice straight to his hearing aids). He also lip-reads and uses some British Sign Language signs, which he learned at the Deaf children's club. In a quiet room, one to one, Tom follows conversation well. In a noisy room or in a group he misses a lot, and he may nod as if he has understood when he has not.",
    "views": "What Tom says (Tom talked to his QToD, Mrs Pratt, on 10 March 2026 and she typed his words):\n\"I like being on the farm best. I help Dad with the lambing and I'm allowed to feed the pet lambs. At school I like maths and making things. I like it when Miss Clarke wears the radio aid because then I can hear her properly. I don't like the hall at lunchtime, it's too noisy and my ears get tired. Sometimes people talk behind me and I don't know they're talking to me. I want people to say my name first. I'd like to go to the Deaf club more. When I'm big I want to be a vet or a farmer.\"\n\nWhat Tom's parents say (at the annual review meeting on 18 March 2026):\nTom's parents are proud of how well he is doing and how independent he is becoming with his hearing aids. They feel the village school knows him well. They are thinking ahead to secondary school in September 2027 and want Tom to be able to explain his hearing needs to new teachers himself. They are concerned that Tom gets very tired by the end of the day and that his reading comprehension has not kept up with his reading accuracy.",
    "interests": "Farming, especially lambing time; tractors and machinery; maths puzzles; building with construction kits; the monthly Deaf children's club in Kirkby Fell; football with his friends at break.",
    "strengths": "Tom is friendly, determined and has a good sense of humour. He is quick at mental arithmetic and is working at the expected standard in maths. He reads words accurately. He looks after his own hearing aids and changes the batteries himself. He is patient with younger children and is a helper in the Reception class at wet play.",
    "aspirations": "Tom wants to be a vet or a farmer. He wants to go to secondary school in Kirkby Fell with his friends and to keep going to the Deaf club. His parents hope Tom will leave primary school able to explain his hearing needs confidently to new people, and that he will be able to read and understand books and information as well as his friends do.",
    "areas": {
        "ci": {
            "strengths": "Tom follows conversation well one to one in a quiet room. He speaks clearly and likes to tell adults about the farm.",
            "rows": [
                ("Tom's hearing loss means he misses parts of what is said in group discussions and in noisy places, and he does not always say when he has not heard.",
                 "A QToD from Fellside Sensory Support Service will visit school once each half term for 1 hour to observe Tom in class, check his listening and advise staff.\nAll staff will say Tom's name before speaking to him and will repeat other pupils' answers in class discussion. The class teacher will check this is happening at each half-termly QToD visit.\nA teaching assistant (TA) trained by the QToD will teach Tom a \"clarification strategies\" programme 1:1 for 15 minutes, twice a week (for example \"Can you say that again?\", \"I missed that\").",
                 "By March 2027, Tom will ask an adult or another pupil to repeat or explain something he has not heard on at least 4 out of 5 occasions observed by the QToD in class."),
                ("Tom's vocabulary for school subjects (especially science, history and geography) is about two years behind that of his classmates, because he has heard fewer words in everyday conversation.",
                 "A speech and language therapist (SALT) from North Fells Children's Community Health Services will see Tom on his own in school on the first Monday of each month for 45 minutes during the autumn and spring terms, set vocabulary targets and show the TA how to teach them.\nThe TA will pre-teach the key words for each new topic 1:1 for 20 minutes, x2 weekly, using the SALT's word-learning programme.",
                 "By March 2027, Tom will explain the meaning of 8 out of 10 key words from each new topic (the class teacher's topic word list) in his own words, as checked by the TA at the end of each topic."),
            ],
        },
        "cl": {
            "strengths": "Tom reads words accurately and is at the expected standard in maths.",
            "rows": [
                ("Tom's reading comprehension is below that of his peers (a standard score of 82 on the school's reading comprehension test in February 2026). He finds inference and unfamiliar vocabulary difficult.",
                 "Tom will take part in a reading comprehension group of 4 pupils, led by the higher level teaching assistant (HLTA), for 30 minutes, three times per week, using a structured comprehension programme.\nThe educational psychologist (EP) from Fellside Educational Psychology Service will meet the class teacher and the HLTA once a term for 1 hour to review Tom's reading progress.",
                 "By March 2027, Tom will reach a standard score of at least 90 on the school's reading comprehension test, as tested by the special educational needs co-ordinator (SENCo) each term."),
            ],
        },
        "semh": {
            "strengths": "Tom has good friends in his class and is well liked. He is proud of being Deaf and enjoys the Deaf club.",
            "rows": [
                ("Tom gets very tired by the afternoon from concentrating to listen (listening fatigue) and can become frustrated and withdrawn.",
                 "Tom will have a 10-minute listening break in the quiet library area after lunch each day, supervised by the TA.\nTom will eat his lunch in the small dining room with a group of no more than 8 friends, not in the main hall, arranged by the SENCo.",
                 "By March 2027, Tom will use his \"break card\" to ask for a short listening break when he feels tired, on at least 3 occasions a week, as recorded by the TA on his daily log."),
                ("Tom is moving to secondary school in September 2027 and will need to explain his hearing loss and equipment to many new adults.",
                 "From September 2026, the QToD will work with Tom 1:1 for 30 minutes each half term to make his own \"all about my hearing\" profile and practise explaining it.\nThe SENCo will arrange 3 extra transition visits to the chosen secondary school in the summer term 2027, with the QToD present at the first visit.",
                 "By July 2027, Tom will explain his hearing loss, his hearing aids and radio aid, and what helps him, to two new adults at his secondary school, using his own profile, as reported by the QToD."),
            ],
        },
        "sp": {
            "strengths": "Tom looks after his own hearing aids and changes his batteries himself.",
            "rows": [
                ("Tom has a moderate to severe permanent hearing loss in both ears and needs his hearing aids and a radio aid working properly to hear the teacher.",
                 "A radio aid system provided by Fellside Sensory Support Service, checked and maintained by the QToD at each half-termly visit.\nThe TA will carry out a daily listening check of Tom's hearing aids and radio aid at the start of each school day (5 minutes), and replace batteries from the school's spare stock.\nAcoustic treatment (soft panels and carpet) in Tom's classroom, fitted in 2024 and checked once a year by the QToD.",
                 "By March 2027, Tom will carry out his own listening check each morning and tell an adult when something is not working, on 9 out of 10 school days, as recorded on the TA's daily checklist."),
            ],
        },
    },
    "health_strengths": "Tom has no problems with his general health and is rarely absent through illness.",
    "health": [
        ("Tom has a permanent moderate to severe sensorineural hearing loss in both ears (a hearing loss caused by the inner ear). He wears two hearing aids. His ear moulds need replacing as he grows, and his hearing needs to be monitored.",
         "The children's audiology service at Fellside General Hospital will test Tom's hearing and check his hearing aids every 6 months (appointments of about 1 hour).\nNew ear moulds will be made by the audiology service every 4 months, or sooner if they become loose.\nRepairs: Tom's family can take faulty hearing aids to the drop-in repair clinic at Kirkby Fell Health Centre on Tuesday mornings; the audiology service will repair or replace them within 5 working days.",
         "By March 2027, Tom will carry out his own listening check each morning and tell an adult when something is not working, on 9 out of 10 school days (see the sensory and physical outcome above)."),
        ("Tom occasionally gets ear infections, which make his hearing aids uncomfortable.",
         "Tom's family doctor at Raisbeck Surgery will see him within 2 working days (the same day if urgent) when his parents report a suspected ear infection. The audiology service will advise school and family, at each 6-monthly review, on when Tom needs to remove his aids.",
         "By March 2027, Tom will tell an adult when his ears are sore or his hearing aids are uncomfortable, on 4 out of 5 occasions when staff or his parents notice, as recorded in the home-school book."),
    ],
    "health_agreement": "Health agreement: The health provision in Section G was reviewed and supported by Dr Helen Marsh, Designated Clinical Officer, North Fells Integrated Care Board, on 27 March 2026.",
    "social_strengths": "Tom has a close, supportive family and goes to the monthly Deaf children's club in Kirkby Fell.",
    "social": [
        ("Tom has no social care needs. This was confirmed by Fellside Children's Disability Team after a screening visit on 6 February 2026 (see Section K).",
         "None. The family were told about short breaks in the Local Offer; they have chosen not to use them.",
         "None. Tom's parents take him to the Deaf children's club, which is listed in the Local Offer.",
         "Not applicable."),
    ],
    "placement_name": "Raisbeck Church of England Primary School",
    "placement_type": "Mainstream maintained primary school",
    "pb_details": "No personal budget has been requested.",
    "pb_arrangements": "Not applicable.",
    "k": {
        1: ("Parents' views and information", "18/03/2026", "Tom's mum and dad", "YES"),
        2: ("Tom's views", "10/03/2026", "Tom, typed by Lisa Pratt, Qualified Teacher of the Deaf", "YES"),
        3: ("Educational advice (annual review report)", "27/02/2026", "Helen Clarke, class teacher and SENCo, Raisbeck Church of England Primary School", "YES"),
        4: ("Audiovestibular medicine report", "03/02/2026", "Dr Mark Ellwood, consultant in audiovestibular medicine, children's audiology service, Fellside General Hospital", "YES"),
        5: (None, "14/01/2026", "Dr Tom Hebden, educational psychologist, Fellside Educational Psychology Service", "YES"),
        6: ("Screening visit", "06/02/2026", "Ian Crosby, social worker, Fellside Children's Disability Team", "YES"),
        7: ("Advice on hearing impairment\nSpeech and language therapy advice", "20/02/2026\n09/02/2026", "Lisa Pratt, Qualified Teacher of the Deaf, Fellside Sensory Support Service\nRachel Lowe, speech and language therapist, North Fells Children's Community Health Services", "YES\nYES"),
    },
    "signoff": ("Sarah Bell, EHC Co-ordinator", "S. Bell", "02/04/2026"),
})

# =====================================================================
# v104 - Ruby, Year 3, selective mutism and anxiety, child in need plan
# FAILURE - heading2-numbered
# Planted: child in need plan not drawn through (D is the status only, H none,
# no social care advice); misspellings; outcomes written as provision;
# continence need in C with nothing in G and no outcome.
# =====================================================================
classic("v104", "heading2-numbered", "Ruby", "her", [
    ("First name", "Ruby"),
    ("School year", "Year 3"),
    ("Age", "8"),
    ("Date this plan was issued", "20 January 2026"),
    ("Last annual review", "None yet - first plan"),
    ("Type of plan", "Final EHC plan"),
    ("Known to social care", "Yes - Child in Need plan (Fellside Children's Services)"),
    ("EHC co-ordinator", "Mark Teasdale, Fellside SEND (special educational needs and disabilities) Assessment Team, North"),
], {
"A": [
    "## A1 How we found out what Ruby thinks",
    "Ruby does not speak at school or to adults she does not know well. She talks freely at home with her mum and her brothers. Her views were gathered by her mum at home, using a set of picture cards that her teaching assistant made, and by Ruby writing and drawing in a \"my school\" booklet with her teaching assistant, Mrs Fawcett, in November 2025. Ruby gave permission for her words to be shared.",
    "## A2 What Ruby says",
    "- \"I like drawing, horses and my cat Pickle.\"",
    "- \"I like Mrs Fawcett because she doesn't make me talk.\"",
    "- \"My tummy hurts in the mornings before school.\"",
    "- \"I want to talk at school but the words get stuck.\"",
    "- \"When I grow up I want to work with horses.\"",
    "## A3 What Ruby's mum says",
    "Ruby's mum describes her as funny, creative and chatty at home. She says Ruby has always been shy, but since the family moved to Thornby two years ago she has not spoken at school at all. Ruby was educated at home for most of Year 1 because she was so upset in the mornings. Mum would like Ruby to be able to answer the register, ask for the toilet and have a friend to play with. She would also like help with Ruby's tummy problems and wetting, which she thinks are getting worse when Ruby is anxious.",
    "## A4 Strengths, interests and hopes",
    "Ruby is a talented artist and a careful reader. She is kind to younger children and loves animals. Ruby hopes to talk to her teacher one day and to have riding lessons. Her mum hopes she will be happy at school and go on to secondary school with friends.",
],
"B": [
    "## B1 Communication and interaction",
    "Ruby has selective mutism, an anxiety condition in which a child is unable to speak in certain situations although they can speak normally in others. At school Ruby communicates by nodding, pointing and writing. Her understanding of language is at the expected level for her age and her reading is a strength. She is becoming more anxious about speaking as she gets older and other children have started to answer for her, which means the pattern is becomeing more fixed.",
    "## B2 Social, emotional and mental health",
    "Ruby is anxious in the mornings, complains of tummy ache and sometimes refuses to get in the car for the 20-minute journey to school. Once at school she settles with Mrs Fawcett. She plays alongside one other girl, Maisie, at break but does not join group games. She finds it very difficult when she is asked a direct question in front of others and will freeze.",
    "## B3 Cognition and learning",
    "Ruby is working at the expected standard in reading and just below it in writing and maths. Her teachers find it difficult to assess her understanding in maths because she will not explain her thinking out loud.",
],
"C": [
    "Ruby has anxiety linked to her selective mutism. She was assessed by the Children and Young People's Mental Health Service (CAMHS) in October 2025.",
    "Ruby also has daytime wetting and constipation. Her mum says that Ruby has accidents at school about twice a week and will not ask to go to the toilet. The school nurse has refered Ruby to the children's bladder and bowel service, and the family doctor has prescribed a laxative.",
],
"D": [
    "Ruby has a Child in Need plan.",
],
"E": [
    "## E1 Speaking",
    "By July 2026, Ruby will say one word (such as \"yes\" or \"here\") to Mrs Fawcett in a quiet room, on 3 seperate days in a row, as recorded by Mrs Fawcett on the small-steps speaking record.",
    "## E2 Key adult",
    "Ruby will be given a key adult who she can go to when she is worried, every morning for 10 minutes.",
    "## E3 Friendships",
    "Staff will set up a small friendship group for Ruby with two children she trusts, twice a week.",
    "## E4 Emotional support",
    "By July 2026, Ruby will receive 30 minutes of emotional literacy support each week from the Emotional Literacy Support Assistant (ELSA).",
    "## E5 Maths",
    "By July 2026, Ruby will show her maths reasoning by writing or pointing to her answer and method on a whiteboard in 4 out of 5 maths lessons, as recorded by her class teacher.",
],
"F": [
    "## F1 Speaking and communication",
    "- Mrs Fawcett, teaching assistant (TA), trained by the speech and language therapist in the \"sliding-in\" technique, will work with Ruby 1:1 for 15 minutes every day in a quiet room, following the small-steps programme written by the speech and language therapist.",
    "- A speech and language therapist (SLT) from North Fells Children's Community Health Services will visit school once every half term for one hour to review Ruby's programme with Mrs Fawcett and her class teacher.",
    "- Ruby will not be asked direct questions in front of the class. She will answer the register by raising her hand. Her class teacher will make sure all staff who teach Ruby know this.",
    "## F2 Anxiety and friendships",
    "- Mrs Fawcett will meet Ruby at the school gate each morning and spend 10 minutes with her in the classroom before the other children come in.",
    "- A friendship group of Ruby and two chosen classmates, led by Mrs Fawcett, for 20 minutes twice a week on Tuesday and Thursday lunchtimes.",
    "- Ruby will have 30 minutes a week 1:1 with the school's Emotional Literacy Support Assistant (ELSA), for 12 weeks and then review.",
    "## F3 Learning",
    "- A mini whiteboard and a set of answer cards will be kept on Ruby's desk by the TA so she can show her answers in all lessons.",
    "- The class teacher will assess Ruby's maths through written methods and a weekly 1:1 check with Mrs Fawcett for 10 minutes, because Ruby has begun to whisper to her.",
    "- An educational psychologist (EP) will meet the class teacher, Mrs Fawcett and Ruby's mum once a term for one hour to review progress and to advise on how to accomodate Ruby's anxiety in class.",
],
"G": [
    "- A CAMHS primary mental health worker will see Ruby 1:1 at Kirkby Fell Health Centre for 45 minutes every fortnight for 8 sessions, working on worries with Ruby and her mum, and will then review the work with the family.",
    "Health agreement: The health provision in Section G was agreed by Dr Helen Marsh, Designated Clinical Officer, North Fells Integrated Care Board (ICB), on 12 January 2026.",
],
"H1": [
    "None.",
],
"H2": [
    "None.",
],
"I": [
    "Thornby Community Primary School (mainstream maintained primary school).",
],
"J": [
    "Not applicable.",
],
"K": [
    {"table": [
        ["Advice", "Who gave it", "Date"],
        ["Ruby's views", "Ruby, with Mrs Fawcett (TA) and her mum", "18 November 2025"],
        ["Parent's views", "Ruby's mum", "18 November 2025"],
        ["Educational advice", "Mrs Jane Rigg, SENCo (special educational needs co-ordinator), Thornby Community Primary School", "25 November 2025"],
        ["Psychological advice", "Dr Anna Whitfield, educational psychologist, Fellside Educational Psychology Service", "2 December 2025"],
        ["Medical advice", "Dr Priya Nair, community paediatrician, North Fells Children's Community Health Services", "13 November 2025"],
        ["CAMHS assessment report", "Ben Nixon, primary mental health worker, CAMHS", "29 October 2025"],
        ["Speech and language therapy advice", "Rachel Lowe, speech and language therapist, North Fells Children's Community Health Services", "20 November 2025"],
    ]},
    "Signed on behalf of Fellside County Council: Mark Teasdale, EHC Co-ordinator, 20 January 2026.",
],
})

# =====================================================================
# v105 - Alfie, Year 7, developmental coordination disorder - SOUND - letter-column
# =====================================================================
classic("v105", "letter-column", "Alfie", "his", [
    ("First name", "Alfie"),
    ("School year", "Year 7 (Key Stage 3)"),
    ("Age", "12"),
    ("Date this plan was issued", "10/11/2026"),
    ("Last annual review", "14 October 2026 (transfer review held in Year 6: 12 February 2026)"),
    ("Type of plan", "Amended EHC plan following annual review"),
    ("EHC co-ordinator", "Sarah Bell, Fellside SEND (special educational needs and disabilities) Assessment Team, West"),
], {
"A": [
    "**About me - Alfie's own words (Alfie wrote this on his laptop with his key worker, Mr Hodgson, on 2 October 2026)**",
    "\"My name is Alfie and I am twelve. I live in Gillerthwaite with my mum, my stepdad Rob and our two collies, Meg and Fly. We have a small farm with sheep and hens and I collect the eggs every morning.",
    "I have DCD. That stands for developmental coordination disorder. It means my brain and my body don't always talk to each other properly, so things like writing, doing up buttons and catching a ball are harder for me than for other people. It is not because I am lazy, which is what some people used to think.",
    "I like secondary school more than I thought I would. My favourite lessons are science and computing. I like my laptop because I can type faster than I can write and my work looks neat. I don't like getting changed for games because I am always last and people wait for me. The bus takes nearly an hour and I feel tired when I get to school.",
    "When I'm older I want to be a game designer or work with computers. I also want to ride my bike to my friend Zac's house on my own, like other people do.\"",
    "**What Alfie's family say**",
    "Alfie's mum and stepdad describe him as funny, curious and \"a walking encyclopaedia\" about space and computers. Alfie was educated at home for Years 4 and 5 after a difficult time at his first school, where his handwriting and clumsiness were treated as poor behaviour. He returned to school in Year 6 at Gillerthwaite Primary School and moved to Upper Ashgill Academy in September 2026.",
    "They are pleased with how Alfie has settled and with his laptop. They would like him to become more organised and independent, so that he can manage his own timetable and equipment and, eventually, live independently. They take him to regular football training in Kirkby Fell because he loves it, even though he finds it hard. They would like school to keep in close contact through the weekly planner.",
    "**Alfie's strengths and interests**",
    "- Alfie has a wide general knowledge, especially about space, science and technology, and is working at or above the expected standard in science and computing.",
    "- He types at about 22 words per minute and is learning to touch-type.",
    "- He is determined and keeps trying at things he finds hard, such as football and cycling.",
    "- He is kind and patient with animals and younger children.",
    "**Aspirations**",
    "Alfie wants to work in computing or game design, and to ride his bike to his friend's house on his own. His family hope he will go to college, learn to drive and live independently as an adult.",
],
"B": [
    "**Sensory and physical: developmental coordination disorder**",
    "Alfie was diagnosed with developmental coordination disorder (DCD), also called dyspraxia, by the community paediatrician in 2022 and this was confirmed by the occupational therapy assessment in September 2026. His gross and fine motor skills are well below those expected for his age. His handwriting is slow (about 7 words per minute when copying) and hard to read, and his hand aches after 10 minutes. He has difficulty with dressing, especially buttons, laces and ties, and takes about 15 minutes to change for physical education (PE). He finds it hard to use a ruler, compass and scissors, and to carry a tray at lunch.",
    "**Cognition and learning: organisation**",
    "Alfie's verbal reasoning is in the above-average range. His difficulty with planning and organising (sometimes part of DCD) means he often arrives at the wrong room or without the right equipment, and he loses track of homework. He finds copying from the board very slow.",
    "**Social, emotional and mental health**",
    "Alfie has two good friends from his village. He can become upset and lose confidence when he is rushed or when other pupils comment on his handwriting or coordination. He has access to the learning support base at break and lunch and uses it when the canteen is too busy.",
],
"C": [
    "Alfie has no trouble with eating or sleeping, but he has joint hypermobility (his joints are more flexible than usual) in his hands, knees and ankles. This causes pain in his fingers after handwriting and in his knees after long walks or PE, and contributes to his tiredness. It was assessed by the children's physiotherapist in September 2026.",
    "Alfie's DCD is monitored by the community paediatrician, who last saw him in June 2026 and found no other health needs.",
],
"D": [
    "No social care needs. Social care advice from Fellside Children's Disability Team (screening by a social worker on 22 September 2026) found that Alfie's needs are met by his family and school. The family have been told about short breaks and the Local Offer.",
],
"E": [
    "**Outcome 1 - Writing and recording (aspiration: work in computing)**",
    "By July 2027, Alfie will touch-type at 35 words per minute with 90% accuracy on the school's typing test, and will use his laptop to complete all extended written work in English, science and humanities, as recorded by his key worker each half term.",
    "**Outcome 2 - Organisation**",
    "By July 2027, Alfie will arrive at the right lesson with the right equipment on 9 out of 10 days, using his visual timetable and checklist, as recorded on his weekly planner by his tutor.",
    "**Outcome 3 - Changing for PE**",
    "By Easter 2027, Alfie will change for PE in 8 minutes or less, on his own, on 4 out of 5 occasions, as timed by the PE teacher.",
    "**Outcome 4 - Getting about independently (aspiration: cycling to his friend's house)**",
    "By July 2027, Alfie will gain his Bikeability Level 2 certificate (a national cycle training award for riding on quiet roads), as confirmed by the Fellside road safety team.",
    "**Outcome 5 - Managing pain and tiredness**",
    "By July 2027, Alfie will carry out his hand and knee exercise programme on his own for 10 minutes each school day and will rate his finger pain after a writing task at 3 or less on a 10-point scale on 4 out of 5 days, as recorded by his key worker.",
    "**Outcome 6 - Confidence with friends**",
    "By July 2027, Alfie will take part in at least one lunchtime club (such as the computing club) each week for a whole term, and will tell his key worker about one thing he enjoyed at each weekly check-in, as recorded in his key worker log.",
],
"F": [
    "**Provision for writing and recording (Outcome 1)**",
    "- A laptop with word-processing and speech-to-text software, provided by the school and set up and maintained by the school's information technology (IT) technician. Alfie will use it in all lessons and for homework.",
    "- A touch-typing programme, taught 1:1 by a teaching assistant (TA) for 20 minutes x3 weekly, until Alfie reaches 35 words per minute.",
    "- Teachers will give Alfie printed copies of board work and notes at the start of each lesson, so that he does not copy from the board.",
    "- 25% extra time and use of a word processor in all internal tests and exams, arranged by the special educational needs co-ordinator (SENCo) and the exams officer.",
    "**Provision for organisation (Outcome 2)**",
    "- A colour-coded visual timetable and daily equipment checklist, made by the key worker and updated at the start of each term.",
    "- A 10-minute planning session 1:1 with his key worker, Mr Hodgson (a TA trained in supporting pupils with DCD), every morning before registration, to check his timetable, equipment and homework.",
    "- A locker near the learning support base for Alfie's PE kit and heavy books, arranged by the SENCo.",
    "**Provision for motor skills and independence (Outcomes 3, 4 and 5)**",
    "- An occupational therapist (OT) from North Fells Children's Community Health Services will see Alfie on his own in school on the first Wednesday of every month for 45 minutes during the autumn and spring terms, to teach dressing and handwriting strategies and update his programme. October 2026: the OT will show the TA and the PE teacher how to deliver the programme (one 60-minute session).",
    "- The TA will deliver the OT programme (hand skills, dressing practice and organisation strategies) 1:1 for 20 minutes, three times per week.",
    "- Alfie will change for PE in the accessible changing room with 5 minutes' extra time before and after each PE lesson, arranged by the PE teacher.",
    "- A sloping writing board, an easy-grip pen, a spring-loaded ruler and spring-loaded scissors, provided by the OT service and kept in Alfie's locker by his key worker.",
    "- From January 2027, Alfie will join a Bikeability Level 2 course for a group of no more than 6 pupils, 6 sessions of 90 minutes after school on Thursdays, led by a qualified instructor from the Fellside road safety team, with 1:1 support from the TA for the first 2 sessions.",
    "**Provision for confidence and wellbeing (Outcome 6)**",
    "- A weekly 15-minute check-in 1:1 with his key worker on Friday afternoons.",
    "- A lunch pass for the learning support base, where Alfie can eat with a group of no more than 8 pupils supervised by a TA.",
],
"G": [
    "- A children's physiotherapist from North Fells Children's Community Health Services will see Alfie at Kirkby Fell Health Centre for 45 minutes every 6 weeks until July 2027 to review his hypermobility, and will write a home and school exercise programme of 10 minutes a day.",
    "- The community paediatrician will review Alfie's DCD and hypermobility once a year in clinic (about 30 minutes).",
    "Health agreement: The health provision in Section G was confirmed by Dr Helen Marsh, Designated Clinical Officer (DCO), North Fells Integrated Care Board (ICB), on 3 November 2026.",
],
"H1": [
    "None. Short breaks under section 2 of the Chronically Sick and Disabled Persons Act 1970 were considered during the social care screening; the family do not need them.",
],
"H2": [
    "None. Early help was considered and is not needed.",
],
"I": [
    "Upper Ashgill Academy (mainstream secondary academy).",
    "Alfie lives 14 miles from school. Fellside County Council provides a place on the contracted school bus.",
],
"J": [
    "No personal budget has been requested.",
],
"K": [
    "- Alfie's views: written by Alfie with Mr Hodgson, key worker - 2 October 2026",
    "- Parents' views: Alfie's mum and stepdad, at the annual review - 14 October 2026",
    "- Educational advice: Mrs Karen Lamb, SENCo, Upper Ashgill Academy - 7 October 2026",
    "- Psychological advice: Dr Tom Hebden, educational psychologist, Fellside Educational Psychology Service - 20 January 2026",
    "- Medical advice: Dr Priya Nair, community paediatrician, North Fells Children's Community Health Services - 16 June 2026",
    "- Occupational therapy advice: Jo Birkett, occupational therapist, North Fells Children's Community Health Services - 18 September 2026",
    "- Physiotherapy advice: Dan Cowan, children's physiotherapist, North Fells Children's Community Health Services - 24 September 2026",
    "- Social care advice: Ian Crosby, social worker, Fellside Children's Disability Team - 22 September 2026",
    "Signed on behalf of Fellside County Council: Sarah Bell, EHC Co-ordinator, 10 November 2026.",
],
})

# =====================================================================
# v106 - Daisy, Year 10, Down syndrome - FAILURE - national template
# Planted: sleep apnoea in C with nothing in G and no outcome, thyroid provision
# unspecified; medical advice from 2023; no record of health agreement;
# grammar errors.
# =====================================================================
national("v106", [
    ("First name", "Daisy"),
    ("School year", "Year 10 (Key Stage 4)"),
    ("Date this plan was issued", "9 July 2026"),
    ("Last annual review", "24 June 2026"),
    ("EHC co-ordinator", "Mark Teasdale, EHC Co-ordinator, Fellside County Council"),
], {
    "personal": {
        (1, 1): "Daisy", (1, 3): "Daisy",
        (2, 1): "Held on the case record",
        (3, 1): "Female", (3, 3): "White British",
        (4, 1): "English", (4, 3): "English",
        (6, 1): "Daisy's mum", (6, 3): "Mother",
        (7, 1): "Held on the case record", (7, 3): "Held on the case record",
        (8, 1): "Held on the case record",
        (9, 1): "", (9, 3): "",
        (10, 1): "", (10, 3): "",
        (11, 1): "",
    },
    "services": [
        "Kirkby Fell Academy - Enhanced Learning Resource",
        "Kirkby Fell Health Centre (family doctor); community paediatrician, North Fells Children's Community Health Services",
        "Held on the case record",
        "Yes - Fellside Children's Disability Team (short breaks)",
        "Speech and language therapist; Fellside Careers Service",
        "No",
        "No",
        "Yes",
        "No",
    ],
    "history": "Daisy is fifteen and lives with her mum and her older brother in Ashgill, where her mum runs the village shop and post office. Daisy has Down syndrome. She went to to Ashgill Primary School and moved to the Enhanced Learning Resource at Kirkby Fell Academy in Year 7, where she spends about half of her week in mainstream lessons with support and half in the resource base. She travels to school on a council minibus, which takes 45 minutes each way.\n\nHow Daisy communicates: Daisy talks in short sentences and uses some Makaton signs (a simple signing system used alongside speech) when she is not understood. She understands more than she can say, and she needs information given in short chunks with pictures. Daisy and her mum was clear at the review that Daisy wants people to talk to her directly and not to her support staff.",
    "views": "What Daisy said at her annual review on 24 June 2026 (her speech and language therapist helped her to prepare using a talking mat with picture symbols):\n\"I like cooking, drama and my friends Lily and Sophie. I like working in Mum's shop on Saturdays, I do the stamps and the change. I don't like maths, it's hard. I'm tired at school. I want to go to college with Lily. I want a job in a café or a shop.\"\n\nWhat Daisy's mum said: Daisy's mum is proud of how much more confident Daisy has become and of how she helps in the shop. She wants Daisy to go on to college and to learn the skills she will need for a job and to live as independently as possible, perhaps in supported housing in the village. She is worried that Daisy is often very tired during the day and has said this at the last two reviews.",
    "interests": "Cooking and baking; drama club; music and dancing; helping in her mum's shop; spending time with her friends Lily and Sophie.",
    "strengths": "Daisy is a outgoing, kind young woman with a great sense of humour. She reads simple sentences and can use a calculator to add up prices in the shop. She follows a recipe with pictures. She is reliable and takes her responsibilities seriously.",
    "aspirations": "Daisy wants to go to Fellside College with her friend Lily and then work in a café or a shop. Her mum hopes she will have a job and live in supported housing in Ashgill with friends, near her family.",
    "areas": {
        "ci": {
            "strengths": "Daisy talks in short sentences and is confident with adults she knows.",
            "rows": [
                ("Daisy's speech can be difficult for unfamiliar people to understand, and she finds it hard to follow long spoken instructions.",
                 "A speech and language therapist (SALT) from North Fells Children's Community Health Services will see Daisy on her own for 30 minutes every fortnight in school, working on clear speech and on asking for help, and will review her programme each term.\nA teaching assistant (TA) trained by the SALT will deliver the programme 1:1 for 15 minutes, four times a week.",
                 "By July 2027, Daisy will ask a member of the public for help or information (for example asking for an item in a shop) and be understood first time on 4 out of 5 occasions during community sessions, as recorded by her TA."),
            ],
        },
        "cl": {
            "strengths": "Daisy reads simple sentences and can add prices using a calculator.",
            "rows": [
                ("Daisy is working at around the level expected of a seven to eight-year-old in reading and maths. She needs learning broken into small steps and practised in real settings.",
                 "A functional maths and English programme in a group of no more than 6 pupils, taught by a qualified teacher in the Enhanced Learning Resource, for 5 hours per week.\nTwo money and shopping sessions a week of 45 minutes in the community (the Kirkby Fell shops), in a group of 3 pupils with one TA.",
                 "By July 2027, Daisy will pay for three items in a shop using notes and coins and check her change with a calculator, on 4 out of 5 occasions, as recorded by her TA on her independence record."),
                ("Daisy needs to prepare for college and for work.",
                 "Daisy will take part in a work experience placement at the Ashgill Tea Rooms for one afternoon (2 hours) a week for 10 weeks in the spring term 2027, with a TA as job coach for the first 4 weeks.\nThe Fellside Careers Service personal adviser will meet Daisy and her mum once a term for 45 minutes to plan her move to college.",
                 "By July 2027, Daisy will complete her 10-week café placement and get a good report from the Tea Rooms manager, and will visit Fellside College for a taster day."),
            ],
        },
        "semh": {
            "strengths": "Daisy has good friends and is well liked.",
            "rows": [
                ("Daisy can become upset and stop working when she is tired or when a plan changes suddenly.",
                 "A visual timetable, checked with Daisy every morning by her TA, and a warning at least one day ahead of any planned change.\nA 15-minute 1:1 check-in with her key worker at the end of each school day.",
                 "By July 2027, Daisy will use her timetable to manage a change in her day without needing to leave the classroom on 4 out of 5 occasions, as recorded by her key worker."),
            ],
        },
        "sp": {
            "strengths": "Daisy enjoys dancing and walks to the shops in Ashgill with her friends.",
            "rows": [
                ("Daisy needs to learn to travel safely and independently.",
                 "An independent travel training programme, 1:1 with a trained travel trainer from Fellside Passenger Transport, for 1 hour each week for 12 weeks from September 2026.",
                 "By July 2027, Daisy will travel on the bus from Ashgill to Kirkby Fell on her own, on 5 journeys in a row, with the travel trainer following at a distance."),
            ],
        },
    },
    "health_strengths": "Daisy is generally well and enjoys being active.",
    "health": [
        ("Daisy has an underactive thyroid (hypothyroidism) and takes a tablet each morning at home.",
         "Her paediatrician will monitor Daisy's thyroid as required.",
         ""),
        ("Daisy has obstructive sleep apnoea, which means her breathing stops and starts while she sleeps. She uses a breathing machine (continuous positive airway pressure, or CPAP) at night but often takes it off. This makes Daisy very tired during the day and affect her concentration in the afternoons.",
         "",
         ""),
    ],
    "health_agreement": None,
    "social_strengths": "Daisy has a loving family and enjoys her short breaks.",
    "social": [
        ("Daisy needs some help with personal care (washing her hair, managing periods) and can not yet go out in the community without an adult. Her mum works long hours in the shop and is a single parent. Fellside Children's Disability Team assessed Daisy's needs on 14 May 2026.",
         "Short break: Daisy will attend the Saturday youth club at Ashgill Young People's Centre every other Saturday from 10am to 3pm, with 1 support worker for 2 young people, funded by Fellside Children's Disability Team.",
         "None.",
         "By July 2027, Daisy will take part in a group trip in the community with the youth club once a month, choosing and paying for her own lunch, as recorded by the youth club leader."),
    ],
    "placement_name": "Kirkby Fell Academy - Enhanced Learning Resource",
    "placement_type": "Mainstream secondary academy with enhanced learning resource for pupils with learning difficulties",
    "pb_details": "No personal budget has been requested.",
    "pb_arrangements": "Not applicable.",
    "k": {
        1: ("Daisy's views", "24/06/2026", "Daisy, with Rachel Lowe, speech and language therapist", "YES"),
        2: ("Parent's views", "24/06/2026", "Daisy's mum", "YES"),
        3: ("Educational advice (annual review report)", "10/06/2026", "Gemma Shaw, teacher in charge, Enhanced Learning Resource, Kirkby Fell Academy", "YES"),
        4: ("Paediatric report", "14/03/2023", "Dr Priya Nair, community paediatrician, North Fells Children's Community Health Services", "YES"),
        5: (None, "21/01/2026", "Dr Anna Whitfield, educational psychologist, Fellside Educational Psychology Service", "YES"),
        6: ("Social care assessment", "14/05/2026", "Kate Mounsey, social worker, Fellside Children's Disability Team", "YES"),
        7: ("Speech and language therapy advice", "05/06/2026", "Rachel Lowe, speech and language therapist, North Fells Children's Community Health Services", "YES"),
        8: ("Preparing for adulthood advice", "11/06/2026", "Chris Bowe, personal adviser, Fellside Careers Service", "YES"),
    },
    "signoff": ("Mark Teasdale, EHC Co-ordinator", "M. Teasdale", "09/07/2026"),
})

# =====================================================================
# v107 - Oscar, Year 1, hearing impairment (hearing aids) - FAILURE - heading2
# Planted: undated / unattributed advice; hearing advice from a teaching
# assistant, not a qualified teacher of the deaf; acronyms never explained;
# clinical language in Section A.
# =====================================================================
classic("v107", "heading2-numbered", "Oscar", "his", [
    ("First name", "Oscar"),
    ("School year", "Year 1"),
    ("Age", "6"),
    ("Date this plan was issued", "27 February 2026"),
    ("Last annual review", "N/A - initial EHCP"),
    ("Type of plan", "Final EHC plan"),
    ("EHC co-ordinator", "Sarah Bell, SEND Assessment Team, West"),
], {
"A": [
    "## A1 Background",
    "Oscar presents with a bilateral moderate-to-severe sensorineural hearing loss (average thresholds 65 dB HL right, 70 dB HL left), aetiology unknown, identified following referral from the NHSP at 3 weeks. He was fitted with bilateral BTE hearing aids at 4 months. Receptive and expressive language scores on standardised assessment fall below the 2nd centile, with reduced auditory memory and phonological awareness consistent with restricted early access to spoken language. Oscar was electively home educated for the EYFS Reception year and commenced at Hollinside CE Primary in September 2025.",
    "## A2 What Oscar tells us (gathered by his class teacher through play, photographs and talking about his favourite things)",
    "- Oscar said: \"I like tractors. Big tractors. Grandad's tractor.\"",
    "- Oscar pointed to the photograph of the sandpit and the bikes when asked what he likes at school, and signed \"good\".",
    "- When shown a photograph of assembly, Oscar covered his ears and said \"too loud\".",
    "- Oscar said: \"I want to drive the tractor like Grandad.\"",
    "## A3 What Oscar's parents say",
    "Oscar's mum and dad say he is a happy, determined little boy who loves being outside on the farm with his grandad. They kept him at home for Reception because the nearest school was a long drive and they were worried about how he would cope. They want Oscar to learn to read, make friends at school and be able to talk with everyone, not only the family. Dad says: \"We want him to have the same chances as his cousins.\"",
    "## A4 Strengths and aspirations",
    "Oscar is sociable, curious and good at puzzles and building. He copies actions quickly and learns well from pictures. His family hope he will talk and read well, have friends in his class and one day work on the farm or \"drive anything he wants\".",
],
"B": [
    "## B1 Communication and interaction (SLCN)",
    "Oscar's HI means he has had less access to spoken language. He uses 2-3 word phrases and some signs. He finds it hard to follow instructions in a noisy classroom and often misses what other children say. His speech sounds are unclear for unfamiliar listeners.",
    "## B2 Cognition and learning",
    "Oscar's non-verbal skills (puzzles, patterns, building) are age-appropriate. He is working below ARE in phonics and early reading because he cannot hear some speech sounds clearly. He is working within KS1 expectations in number.",
    "## B3 SEMH",
    "Oscar gets frustrated when he is not understood and sometimes pushes other children. He plays well with one or two children when an adult helps.",
    "## B4 Sensory and physical",
    "Oscar wears two hearing aids and needs an FM system in class. He sometimes takes his aids out when he is tired.",
],
"C": [
    "Oscar has a permanent hearing loss in both ears (see A1). He is seen by paediatric audiology at Fellside General Hospital. He has no other health needs according to the community paediatrician.",
],
"D": [
    "No social care needs were identified in the social care advice (Fellside Children's Disability Team, December 2025). Oscar's family were given information about short breaks and the Local Offer.",
],
"E": [
    "## E1 Listening and talking",
    "By February 2027, Oscar will use sentences of 4 words or more to tell an adult about something he has done, on 4 out of 5 occasions, as recorded by the SALT at her half-termly visit.",
    "## E2 Phonics and reading",
    "By February 2027, Oscar will recognise and say the sounds of all Phase 3 phonics letters and read 20 common words, as assessed by his class teacher each half term.",
    "## E3 Playing with others",
    "By February 2027, Oscar will play a game with two other children for 10 minutes, taking turns and using words to ask for a turn, on 3 occasions a week, as observed and recorded by his TA.",
    "## E4 Looking after his hearing aids",
    "By February 2027, Oscar will tell or sign to an adult when his hearing aids are not working or are uncomfortable, on 4 out of 5 occasions, as recorded on the daily check sheet by his TA.",
],
"F": [
    "## F1 Hearing and listening",
    "- ToD from the Sensory Support Service to visit once each half term for 1 hour to check Oscar's FM system and advise staff.",
    "- FM system provided and maintained by the Sensory Support Service. TA to check Oscar's aids and FM each morning (5 minutes).",
    "- Oscar to sit near the front of the class, away from the door and window, arranged by the class teacher.",
    "## F2 Communication",
    "- SALT to see Oscar 1:1 in school for 30 minutes every half term and write a programme.",
    "- TA trained by the SALT to deliver the programme 1:1 for 15 minutes daily.",
    "## F3 Learning",
    "- Pre-teaching of new phonics sounds and key words 1:1 with the TA for 10 minutes before each phonics lesson (daily).",
    "- Phonics catch-up group of 3 children, 20 minutes x3 weekly, led by the HLTA.",
    "## F4 Social",
    "- Small play group of 3 children, led by the TA, for 15 minutes x2 weekly at lunchtime, using turn-taking games.",
],
"G": [
    "- Paediatric audiology to review Oscar's hearing and hearing aids every 3 months at Fellside General Hospital (1 hour appointments), and make new ear moulds every 3 months.",
    "Health agreement: The health provision in this section was agreed by Dr Helen Marsh, DCO, North Fells ICB, on 18 February 2026.",
],
"H1": [
    "None - short breaks considered; not needed at present.",
],
"H2": [
    "None.",
],
"I": [
    "Hollinside CE Primary School (mainstream).",
],
"J": [
    "Not requested.",
],
"K": [
    {"table": [
        ["Advice", "From", "Date"],
        ["Parental contribution", "Oscar's mum and dad", ""],
        ["Educational advice", "Mrs Beth Tyson, class teacher and SENCo, Hollinside CE Primary School", "8 December 2025"],
        ["Psychological advice", "Dr Anna Whitfield, EP, Fellside Educational Psychology Service", "15 December 2025"],
        ["Medical advice", "Dr Priya Nair, community paediatrician", "24 November 2025"],
        ["Audiology report", "Paediatric audiology, Fellside General Hospital", "6 November 2025"],
        ["Hearing impairment advice", "Mrs Kath Ridley, teaching assistant, Sensory Support Service", "2 December 2025"],
        ["SALT report", "", ""],
        ["Social care advice", "Fellside Children's Disability Team", "December 2025"],
    ]},
    "Signed on behalf of Fellside County Council: Sarah Bell, EHC Co-ordinator, 27 February 2026.",
],
})

# =====================================================================
# v108 - Megan, Year 6, dyslexia and anxiety, looked after - FAILURE - letter-column
# Planted: looked-after status not drawn through D/H (no care plan, PEP,
# social worker, virtual school); Section A and B deficits only, no
# aspirations; provision missing group size / amount; CAMHS provides in G
# but gave no advice in K.
# =====================================================================
classic("v108", "letter-column", "Megan", "her", [
    ("First name", "Megan"),
    ("School year", "Year 6"),
    ("Age", "11"),
    ("Date this plan was issued", "5 May 2026"),
    ("Last annual review", "15 April 2026"),
    ("Type of plan", "Amended EHC plan following annual review"),
    ("Looked after", "Yes - looked after by Fellside County Council (kinship foster care with her grandparents)"),
    ("EHC co-ordinator", "Mark Teasdale, Fellside SEND (special educational needs and disabilities) Assessment Team, North"),
], {
"A": [
    "**Megan's views (Megan talked to her teaching assistant, Miss Bland, on 26 March 2026; Miss Bland wrote down what she said)**",
    "\"I hate spelling tests. I always get them wrong and everybody sees. Reading makes my head hurt. I don't like it when Mrs Hall makes me read out loud. I don't like the bus because it takes ages and the big boys are loud. I get worried before I see my mum and I can't sleep. I don't want to go to big school.\"",
    "**What Megan's grandparents say**",
    "Megan has lived with her grandparents on their hill farm at Raisbeck since March 2024. They report that Megan cannot read well enough to follow the instructions for her homework and refuses to do it most evenings. She has outbursts at home, particularly on the days before and after she sees her mum, and she often cannot get to sleep until very late. She will not go into Kirkby Fell on her own and becomes upset in busy places. Her grandparents say she has fallen further behind since Year 4 and worry that she will not cope with the move to secondary school in September.",
    "**Background**",
    "Megan was educated at home by her mum for most of Year 3 and Year 4, when her attendance record shows no school attendance. She started at Raisbeck Church of England Primary School in Year 5. She has difficulties with reading, spelling, writing, concentration, sleep and managing her feelings.",
],
"B": [
    "**Cognition and learning**",
    "Megan has dyslexia, identified by the educational psychologist in January 2026. Her reading age is 7 years 4 months (January 2026) and her spelling age is 6 years 10 months. She cannot decode unfamiliar words of more than one syllable, her written work is very short, and she is unable to remember times tables. Her working memory and processing speed are below average. She struggles to copy from the board and does not finish tasks in class.",
    "**Social, emotional and mental health**",
    "Megan is anxious and low in mood, especially around family time with her mum. She finds it hard to concentrate in lessons, is easily distracted and sometimes refuses to work. She has fallen out with a number of girls in her class and is often alone at lunchtimes. She has difficulty sleeping and is often tired at school.",
],
"C": [
    "Megan's annual health assessment for children in care was carried out by Dr Fiona Gray, community paediatrician, on 12 February 2026. Megan has no physical health needs. She has anxiety and low mood and has difficulty getting to sleep. She has been referred to the Children and Young People's Mental Health Service (CAMHS) and was accepted for treatment in March 2026.",
],
"D": [
    "Megan is looked after by Fellside County Council and lives with her maternal grandparents, who are her kinship foster carers. She sees her mum every other Saturday. She becomes anxious before and after these visits and needs her grandparents' help to manage her feelings.",
],
"E": [
    "**Outcome 1 - Reading**",
    "By July 2027, Megan will reach a reading age of 9 years on the standardised reading test used by the school, tested by the special educational needs co-ordinator (SENCo) each term.",
    "**Outcome 2 - Spelling**",
    "By July 2027, Megan will spell 40 of the 60 Year 3 and 4 statutory spelling words correctly in a dictated test, as checked by her teaching assistant each half term.",
    "**Outcome 3 - Managing worries**",
    "By July 2027, Megan will use one of her calming strategies (breathing, her worry box or asking for time out) when she feels anxious in school, on 4 out of 5 occasions recorded by her key adult, and will not need to leave the classroom for more than 10 minutes on these occasions.",
    "**Outcome 4 - Moving to secondary school**",
    "By October 2026, Megan will attend every lesson on her timetable at her secondary school for 4 weeks in a row, as shown by the school's attendance register.",
],
"F": [
    "**Reading and spelling (Outcomes 1 and 2)**",
    "- A structured phonics and spelling intervention led by a trained teaching assistant (TA), three times a week in a small group.",
    "- Megan will use a reading pen and coloured overlays in all lessons, provided by the SENCo.",
    "- Megan will not be asked to read aloud in front of the class unless she volunteers. Her class teacher will make sure all staff know this.",
    "- 25% extra time and a reader in all tests, arranged by the SENCo.",
    "- The educational psychologist (EP) will meet the SENCo and class teacher once a term for one hour to review Megan's progress.",
    "**Emotional support (Outcome 3)**",
    "- Sessions with the school counsellor to help Megan talk about her worries.",
    "- Miss Bland (TA) will be Megan's key adult and will meet her for 10 minutes when she arrives each morning and on the Monday after each family time.",
    "- A worry box and a time-out card, set up by Miss Bland, which Megan can use to go to the library for no longer than 10 minutes.",
    "**Transition (Outcome 4)**",
    "- The SENCo will share this plan with Upper Ashgill Academy and arrange 4 extra transition visits in June and July 2026, with Miss Bland going with Megan on the first two visits.",
    "- From September 2026, a named key worker at Upper Ashgill Academy will meet Megan for 15 minutes each morning for the first half term.",
],
"G": [
    "- A CAMHS practitioner will see Megan 1:1 at Kirkby Fell Health Centre every fortnight for 50 minutes, for 10 sessions of therapy for anxiety and sleep, starting in May 2026, and will then review with Megan and her grandparents.",
    "- The looked-after children's nurse will review Megan's health at her annual health assessment (about 1 hour) in February 2027.",
    "Health agreement: The health provision in Section G was agreed by Dr Helen Marsh, Designated Clinical Officer, North Fells Integrated Care Board (ICB), on 29 April 2026.",
],
"H1": [
    "None.",
],
"H2": [
    "Family time: Megan will see her mum every other Saturday for 2 hours at Kirkby Fell Family Centre, supervised by a family support worker from Fellside Children's Services.",
],
"I": [
    "Raisbeck Church of England Primary School (mainstream maintained primary school) until July 2026.",
    "From September 2026: Upper Ashgill Academy (mainstream secondary academy).",
],
"J": [
    "No personal budget has been requested.",
],
"K": [
    "- Megan's views: Megan, with Miss Bland, teaching assistant - 26 March 2026",
    "- Grandparents' (kinship foster carers') views - 15 April 2026",
    "- Educational advice: Mrs Lynn Hall, class teacher and SENCo, Raisbeck Church of England Primary School - 2 April 2026",
    "- Psychological advice: Dr Tom Hebden, educational psychologist, Fellside Educational Psychology Service - 21 January 2026",
    "- Medical advice (annual health assessment for children in care): Dr Fiona Gray, community paediatrician, North Fells Children's Community Health Services - 12 February 2026",
    "- Social care advice: Children in Care Team, Fellside Children's Services - 20 March 2026",
    "Signed on behalf of Fellside County Council: Mark Teasdale, EHC Co-ordinator, 5 May 2026.",
],
})

# =====================================================================
# v109 - Harry, Year 4, developmental coordination disorder and speech
# difficulties - FAILURE - national template
# Planted: last review / issue over 12 months before the audit; outcomes
# written as provision; speech and language therapy placed in G; short
# breaks written into F.
# =====================================================================
national("v109", [
    ("First name", "Harry"),
    ("School year", "Year 4"),
    ("Date this plan was issued", "3 November 2025 (amended following annual review)"),
    ("Last annual review", "12 October 2025"),
    ("EHC co-ordinator", "Sarah Bell, EHC Co-ordinator, Fellside County Council"),
], {
    "personal": {
        (1, 1): "Harry", (1, 3): "Harry",
        (2, 1): "Held on the case record",
        (3, 1): "Male", (3, 3): "White British",
        (4, 1): "English", (4, 3): "English",
        (6, 1): "Harry's mum", (6, 3): "Mother",
        (7, 1): "Held on the case record", (7, 3): "Held on the case record",
        (8, 1): "Held on the case record",
        (9, 1): "Harry's dad", (9, 3): "Father",
        (10, 1): "Held on the case record", (10, 3): "Held on the case record",
        (11, 1): "Same as parent 1",
    },
    "services": [
        "Brackenbeck Church of England Primary School",
        "Brackenbeck Surgery (family doctor)",
        "Held on the case record",
        "Yes - Fellside Children's Disability Team",
        "Occupational therapist; speech and language therapist; educational psychologist",
        "No",
        "No",
        "No",
        "No",
    ],
    "history": "Harry is nine and lives with his mum, dad and twin sisters on a dairy farm near Brackenbeck. His parents both work on the farm, milking twice a day. Harry was slow to walk and talk, and he was diagnosed with developmental coordination disorder (DCD, sometimes called dyspraxia) and a speech disorder called childhood apraxia of speech (difficulty planning the movements needed for speech) by the community paediatrician when he was five. He has attended Brackenbeck Church of England Primary School since Reception and his first EHC plan was issued in Year 1.\n\nHow Harry communicates: Harry talks in sentences, but many of his words are hard to understand for people who do not know him. He uses gesture and will draw to explain. He understands what is said to him at the level expected for his age.",
    "views": "What Harry says (Harry talked to his teaching assistant, Mrs Dixon, before his review on 2 October 2025):\n\"I like the calves and riding on the quad with Dad. I like football but I can't kick it straight. I don't like writing because my hand hurts and people can't read it. I like it when Mrs Dixon helps me say my words. I want to play for a football team.\"\n\nWhat Harry's parents say: Harry's parents say he is kind, funny and a great help on the farm. They are pleased with his speech progress this year but worry that other children are starting to notice his clumsiness and his speech. Because of milking times they cannot take him to after-school clubs, and they would like Harry to do sport and activities with other children.",
    "interests": "Football, farm animals, tractors, drawing cartoons, building dens.",
    "strengths": "Harry understands well, has good ideas and is a good storyteller when given time. He is at the expected standard in reading. He is persistent and cheerful.",
    "aspirations": "Harry wants to play football for a team. His parents hope he will be understood by everyone and will be able to write and record his ideas as well as he can tell them.",
    "areas": {
        "ci": {
            "strengths": "Harry understands what is said to him and loves to tell stories.",
            "rows": [
                ("Harry's speech is often unclear because he has difficulty planning the movements for speech sounds, especially in longer words.",
                 "A speech sound group of 3 children, led by a teaching assistant (TA) trained by the speech and language therapist, for 20 minutes x2 weekly.\nAll staff will give Harry time to answer and will ask him to show or draw what he means if they have not understood.",
                 "Harry will receive speech and language therapy every week."),
            ],
        },
        "cl": {
            "strengths": "Harry reads at the expected standard and has good ideas for stories.",
            "rows": [
                ("Harry's handwriting is slow and hard to read, so his written work does not show what he knows.",
                 "Harry will use a laptop for all extended writing, set up and maintained by the school's information technology (IT) technician.\nA touch-typing programme, taught 1:1 by a TA for 15 minutes, three times a week.",
                 "By July 2026, Harry will type 15 words per minute on the school's typing test and use his laptop to write a full page in his English book each week, as checked by his class teacher."),
            ],
        },
        "semh": {
            "strengths": "Harry is cheerful and has two close friends.",
            "rows": [
                ("Harry is beginning to become upset when other children comment on his speech and coordination.",
                 "Harry will take part in a self-esteem group of 4 pupils led by the Emotional Literacy Support Assistant (ELSA), 30 minutes weekly for 8 weeks, then review.",
                 "Staff will check in with Harry each week to see how he is feeling."),
            ],
        },
        "sp": {
            "strengths": "Harry is determined and keeps trying at physical activities he finds hard.",
            "rows": [
                ("Harry has developmental coordination disorder. His balance, ball skills and hand skills are well below those of other children his age. He has difficulty with dressing and with using cutlery.",
                 "An occupational therapist (OT) from North Fells Children's Community Health Services will see Harry in school once each half term for 45 minutes to review his motor programme and show the TA how to teach it.\nThe TA will deliver the OT motor skills programme 1:1 for 20 minutes daily.",
                 "Harry will have daily handwriting and motor skills practice with his TA."),
                ("Harry needs to use a writing slope and pencil grips.",
                 "A writing slope and pencil grips, provided by the OT service and kept in class by the TA.",
                 "Harry is given a writing slope and pencil grips."),
                ("Because of the farm's milking times, Harry cannot get to after-school or weekend activities, and he is becoming isolated from children outside school.",
                 "Short break: Harry will attend the \"Fell Adventurers\" activity club for disabled children at Kirkby Fell Leisure Centre every other Saturday from 10am to 2pm, with transport, funded by Fellside Children's Disability Team.",
                 "By July 2026, Harry will join in a team game at the Fell Adventurers club for the whole session on 3 occasions in a row, as recorded by the club leader."),
            ],
        },
    },
    "health_strengths": "Harry is physically well and rarely ill.",
    "health": [
        ("Harry has childhood apraxia of speech, diagnosed by the community paediatrician.",
         "Speech and language therapy: a speech and language therapist from North Fells Children's Community Health Services will see Harry 1:1 in school for 30 minutes every week during term time to teach him to plan and produce speech sounds, and will write a practice programme that his TA will deliver 1:1 for 10 minutes daily.",
         "By July 2026, Harry will say 3-syllable words from his target list clearly enough to be understood by an unfamiliar adult on 8 out of 10 attempts, as assessed by his speech and language therapist."),
        ("Harry's developmental coordination disorder is reviewed by the community paediatrician.",
         "The community paediatrician will review Harry once a year in clinic (about 30 minutes).",
         "By July 2026, Harry will dress himself for physical education (PE) within 10 minutes on 4 out of 5 occasions, as timed by his TA."),
    ],
    "health_agreement": "Health agreement: The health provision in Section G was agreed by Dr Helen Marsh, Designated Clinical Officer, North Fells Integrated Care Board, on 28 October 2025.",
    "social_strengths": "Harry has a close and caring family.",
    "social": [
        ("Harry's parents both work long hours on the farm, including twice-daily milking. Harry's disability means he needs support to take part in ordinary clubs and activities. Fellside Children's Disability Team assessed his needs on 15 September 2025 and agreed a short break.",
         "Short breaks: see the sensory and physical table above (Section F).",
         "None.",
         "See the sensory and physical table above."),
    ],
    "placement_name": "Brackenbeck Church of England Primary School",
    "placement_type": "Mainstream maintained primary school",
    "pb_details": "No personal budget has been requested.",
    "pb_arrangements": "Not applicable.",
    "k": {
        1: ("Parents' views", "12/10/2025", "Harry's mum and dad", "YES"),
        2: ("Harry's views", "02/10/2025", "Harry, with Mrs Dixon, teaching assistant", "YES"),
        3: ("Educational advice (annual review report)", "29/09/2025", "Mr Paul Wilson, special educational needs co-ordinator (SENCo), Brackenbeck Church of England Primary School", "YES"),
        4: ("Paediatric review letter", "08/07/2025", "Dr Priya Nair, community paediatrician, North Fells Children's Community Health Services", "YES"),
        5: (None, "19/02/2025", "Dr Anna Whitfield, educational psychologist, Fellside Educational Psychology Service", "YES"),
        6: ("Social care assessment", "15/09/2025", "Kate Mounsey, social worker, Fellside Children's Disability Team", "YES"),
        7: ("Speech and language therapy advice\nOccupational therapy advice", "18/09/2025\n22/09/2025", "Rachel Lowe, speech and language therapist, North Fells Children's Community Health Services\nJo Birkett, occupational therapist, North Fells Children's Community Health Services", "YES\nYES"),
    },
    "signoff": ("Sarah Bell, EHC Co-ordinator", "S. Bell", "03/11/2025"),
})

# =====================================================================
# v110 - Evie, Year 12, dyslexia and anxiety - SOUND - heading2-numbered
# =====================================================================
classic("v110", "heading2-numbered", "Evie", "her", [
    ("First name", "Evie"),
    ("School year", "Year 12 (post-16: further education college)"),
    ("Age", "17"),
    ("Date this plan was issued", "16.10.2026"),
    ("Last annual review", "25 September 2026"),
    ("Type of plan", "Amended EHC plan following annual review"),
    ("EHC co-ordinator", "Mark Teasdale, Fellside SEND (special educational needs and disabilities) Assessment Team, North (Preparing for Adulthood workstream)"),
], {
"A": [
    "## A1 About me - in my own words",
    "Evie wrote this herself on her laptop in September 2026, using speech-to-text, and checked it with her Additional Learning Support mentor before her review.",
    "\"I'm Evie, I'm 17 and I'm at Fellside College doing the Level 2 Diploma in Animal Care. I live with my mum and dad and three brothers on our farm at Hollinside, which is about as far from anywhere as you can get. We have sheep, a few suckler cows, two ponies and far too many cats.",
    "I didn't go to school from Year 8 to Year 10. My anxiety got so bad I couldn't get on the bus, and Mum home-schooled me. I came back for Year 11 at Upper Ashgill and got my GCSEs (General Certificates of Secondary Education) in science and maths, which I'm really proud of. English I'm resitting this year.",
    "My dyslexia means reading takes me ages and my spelling is all over the place. My laptop reading the text out loud has changed everything. I hate being put on the spot to read in front of people.",
    "What helps me: knowing what's happening in advance, sitting near the door, being able to step out for five minutes, having the work on a coloured background, and people not making a big deal of it.",
    "What I want: I want to be a veterinary nurse. I know that means a Level 3 course and then training in a practice. I want to pass my driving test so I'm not stuck on the farm, and I want to get my own place one day, maybe in Kirkby Fell.\"",
    "## A2 What Evie's parents say",
    "Evie's mum and dad are proud of how far she has come since she returned to education. They describe her as hard-working, funny and \"the best in the family with animals\". They would like her to get onto the Level 3 veterinary nursing course, to become confident travelling on her own, and to have support available when she needs it without feeling singled out. They value regular updates from college by email.",
    "## A3 Strengths and interests",
    "- Evie is excellent with animals, calm when handling them and knowledgeable about animal health from years on the farm.",
    "- She achieved GCSE grade 5 in combined science and grade 4 in maths in summer 2026.",
    "- She is reliable and organised with her own routines, and uses her phone calendar well.",
    "- She is a good listener and supports friends.",
    "- She enjoys riding, photography and looking after her ponies.",
    "## A4 Aspirations",
    "Evie aims to become a veterinary nurse, to pass her driving test and to live independently in a town nearby. Her parents share these hopes and would like her to be financially independent.",
],
"B": [
    "## B1 Cognition and learning",
    "Evie has dyslexia, confirmed by the educational psychologist in March 2026. Her verbal reasoning is in the average range. Her reading accuracy is at about the level expected of a 12-year-old and her reading speed is well below average (in the lowest 5% for her age). Spelling is a significant difficulty, and she finds note-taking and writing under time pressure very hard. She has access to text-to-speech software on her own laptop, which she uses well.",
    "## B2 Social, emotional and mental health",
    "Evie has anxiety, which led to a long period out of school. It is now much better managed, but she still finds new places, unexpected changes, presentations and reading aloud very difficult. When anxious she may leave the room or not attend. Her attendance in Year 11 was 91%, and it has been 94% in her first five weeks at college.",
    "## B3 Preparing for adulthood",
    "Evie cannot yet travel to college independently. She relies on her parents to drive her 20 miles to Kirkby Fell, because the bus journey involves a change at Ashgill and she finds crowded buses very stressful. She will need work experience in a veterinary practice to progress to the Level 3 course.",
],
"C": [
    "Evie has no difficulty with her physical health, but she has an anxiety disorder, which her family doctor (GP) and the Children and Young People's Mental Health Service (CAMHS) have assessed. CAMHS advice in August 2026 found moderate generalised anxiety. Evie has finished a course of therapy with CAMHS and needs a shorter follow-up course as she prepares for her move to adult services at 18.",
],
"D": [
    "Social care advice from Fellside Preparing for Adulthood Team (a screening by a social worker on 10 September 2026) found that Evie has no social care needs at present. Her family meet her needs well. The team gave Evie information about the Local Offer, including youth groups and advice services for young people, and will screen her again before she turns 18.",
],
"E": [
    "All of Evie's outcomes were co-produced with her at her annual review on 25 September 2026. They build on her aspiration to be a veterinary nurse and to live independently.",
    "## E1 Qualifications (employment)",
    "By July 2027, Evie will gain the Level 2 Diploma in Animal Care and a grade 4 or above in GCSE English Language, as confirmed by Fellside College's exam results.",
    "## E2 Work experience (employment)",
    "By July 2027, Evie will complete a 10-day work placement at Thornby Veterinary Practice, attending every day, and will receive a positive report from her placement supervisor that rates her as \"meeting expectations\" or better in all areas.",
    "## E3 Next step (employment)",
    "By June 2027, Evie will apply for the Level 3 veterinary nursing course and have an offer of a place, as confirmed by her college tutor.",
    "## E4 Travelling on her own (independent living, community)",
    "By July 2027, Evie will access the community independently by travelling from Hollinside to college by bus, including the change at Ashgill, on her own on 4 days a week for 4 weeks in a row, as recorded on her travel diary and checked by her mentor.",
    "## E5 Managing anxiety (good health)",
    "By July 2027, Evie will attend at least 92% of her college sessions each term (from 91%), and will use her anxiety plan to stay in a lesson or return within 10 minutes on 9 out of 10 occasions when she feels anxious, as recorded by her mentor. Her score on the Revised Children's Anxiety and Depression Scale (RCADS), measured by CAMHS, will be below the clinical range at the end of her treatment.",
    "## E6 Money and independent living",
    "By April 2027, Evie will plan and budget a week's food shopping for herself and buy it in Kirkby Fell, keeping within a budget of £40, on 3 occasions, as recorded by her mentor.",
],
"F": [
    "Evie attends Fellside College, Kirkby Fell campus, full time (16 hours a week of study on the Level 2 Diploma in Animal Care, plus English).",
    "## F1 Literacy and study skills (E1)",
    "- 1:1 specialist dyslexia tuition from a specialist teacher holding a Level 7 qualification in specific learning difficulties, for 1 hour each week in term time.",
    "- GCSE English resit class in a group of no more than 10 students, for 3 hours a week, taught by a qualified English teacher.",
    "- A laptop with text-to-speech, speech-to-text and mind-mapping software, provided by the college and set up and maintained by the college's information technology (IT) support team. Evie will use it in all lessons.",
    "- Lecturers will give Evie electronic copies of all handouts and slides at least one day before each session, on a cream background, arranged by the Additional Learning Support (ALS) manager.",
    "- Exam access arrangements: 25% extra time, a computer reader and use of a separate room for all internal and external exams, assessed and arranged by the college's exams officer and the ALS manager.",
    "- May 2027: the ALS manager will review Evie's exam access arrangements with her before the summer exams (one 30-minute meeting).",
    "## F2 Mentoring and anxiety management (E4, E5, E6)",
    "- A named ALS mentor, trained in supporting students with anxiety, will meet Evie 1:1 for 30 minutes twice a week (Monday and Thursday) to review her anxiety plan, travel diary and independent living targets.",
    "- Evie will have a \"time-out\" pass, which allows her to leave any lesson for no more than 10 minutes and go to the student support room; this is agreed with all her lecturers by the ALS manager.",
    "- Evie will be told of any change to her timetable, room or lecturer by text message at least the day before, by the ALS manager.",
    "- Evie will not be asked to read aloud or present to the group without agreeing it in advance with her lecturer.",
    "## F3 Preparing for adulthood (E2, E3, E4, E6)",
    "- Independent travel training: a trained travel trainer from Fellside Passenger Transport will work with Evie 1:1 on the bus route for 2 hours a week for 8 weeks from January 2027, then review.",
    "- From March 2027, Evie will do a 10-day work placement at Thornby Veterinary Practice, arranged by the college work placement officer, who will visit the placement once for 1 hour in the first week.",
    "- A careers adviser from Fellside Careers Service will meet Evie 1:1 for 45 minutes once each term to help her apply for the Level 3 course.",
    "- An independent living skills session (budgeting, shopping, cooking) in a group of no more than 6 students, led by a college tutor, for 90 minutes weekly in the spring term.",
],
"G": [
    "## G1 Mental health",
    "- A CAMHS practitioner (cognitive behavioural therapist) will see Evie for 6 sessions of 50 minutes of cognitive behavioural therapy (CBT), fortnightly from October 2026, at Kirkby Fell Health Centre or by video call, then review with Evie.",
    "- In June 2027, before Evie turns 18 in the autumn, CAMHS will hold one transition meeting (about 1 hour) with Evie, her parents and the adult mental health service to agree any continuing support.",
    "## G2 Family doctor",
    "- Evie's GP at Hollinside Surgery will review her anxiety once every 6 months (15-minute appointment).",
    "Health agreement: The health provision in Section G was reviewed and agreed by Dr Helen Marsh, Designated Clinical Officer (DCO), North Fells Integrated Care Board (ICB), on 9 October 2026.",
],
"H1": [
    "None. Social care advice (September 2026) considered short breaks; Evie and her family do not need them.",
],
"H2": [
    "None. Evie has information about the young people's advice service and youth groups in the Local Offer.",
],
"I": [
    "Fellside College, Kirkby Fell campus (general further education college). Fellside County Council will provide a travel pass for the bus from Hollinside to Kirkby Fell.",
],
"J": [
    "No personal budget has been requested.",
],
"K": [
    {"table": [
        ["Advice and information", "Who gave it", "Date"],
        ["Evie's own views", "Evie", "20 September 2026"],
        ["Parents' views", "Evie's mum and dad", "25 September 2026"],
        ["Educational advice (college annual review report)", "Mrs Jenny Platt, Additional Learning Support manager, Fellside College", "15 September 2026"],
        ["Psychological advice", "Dr Anna Whitfield, educational psychologist, Fellside Educational Psychology Service", "19 March 2026"],
        ["Medical advice", "Dr Sunil Rao, GP, Hollinside Surgery", "3 September 2026"],
        ["Mental health advice", "Sam Burrow, cognitive behavioural therapist, CAMHS, North Fells Children's Community Health Services", "20 August 2026"],
        ["Social care advice", "Lucy Wren, social worker, Fellside Preparing for Adulthood Team", "10 September 2026"],
        ["Preparing for adulthood advice", "Chris Bowe, personal adviser, Fellside Careers Service", "17 September 2026"],
    ]},
    "Signed on behalf of Fellside County Council: Mark Teasdale, EHC Co-ordinator, 16 October 2026.",
],
})

# =====================================================================
# v111 - Jack, Year 8, Down syndrome - FAILURE - letter-column
# Planted: a first-person "voice" that cannot be Jack's; vague and
# unquantified provision; health needs "awaiting advice" with no medical
# advice; self-care need and outcome with no provision.
# =====================================================================
classic("v111", "letter-column", "Jack", "his", [
    ("First name", "Jack"),
    ("School year", "Year 8"),
    ("Age", "13"),
    ("Date this plan was issued", "8 September 2026"),
    ("Last annual review", "7 July 2026"),
    ("Type of plan", "Amended EHC plan following annual review"),
    ("EHC co-ordinator", "Sarah Bell, Fellside SEND (special educational needs and disabilities) Assessment Team, West"),
], {
"A": [
    "**My views**",
    "\"I understand that my Down syndrome means I need extra help with my speech and my learning, and I would like all the adults who support me to work together and use the same approach. I value the support I receive from the Enhanced Learning Resource and I feel my confidence has grown this year. In the future I would like to become more independent and take a full part in my community.\"",
    "**What Jack's parents say**",
    "Jack's mum and dad say he is the most affectionate member of the family and \"the life and soul of every party\". Jack loves music, especially anything he can dance to, and he spends hours with his dad in the workshop on their smallholding at Raisbeck, sorting nuts and bolts and \"fixing\" things. They are pleased with how Jack has settled into the Enhanced Learning Resource at Upper Ashgill Academy. They worry that he is becoming more reliant on adults for things like changing for PE (physical education) and cutting up his food, and they would like him to be more independent at school and at home.",
    "**Strengths and interests**",
    "- Jack is sociable, funny and friendly, and everyone in his year knows him.",
    "- He loves music and dancing and has performed in the school show.",
    "- He can read about 100 familiar words and enjoys books about animals and machines.",
    "- He is helpful and likes jobs, such as giving out books or taking the register to the office.",
    "**Aspirations**",
    "Jack's parents hope he will have friends, take part in village life and one day have a job he enjoys, perhaps working with his hands. Jack's favourite thing is to help his dad in the workshop.",
],
"B": [
    "**Communication and interaction**",
    "Jack speaks in short phrases of three to four words, and his speech can be hard to understand for people who do not know him. He understands simple instructions but finds longer explanations and abstract words difficult. He uses some Makaton signs (a simple signing system used alongside speech).",
    "**Cognition and learning**",
    "Jack has a learning disability. He is working at about the level expected of a six to seven-year-old in reading and maths. He learns best with pictures, objects and repetition. He can count to 20 and is learning to recognise coins.",
    "**Social, emotional and mental health**",
    "Jack is happy at school, but he can become stubborn and refuse to move on to a new activity if he has not been warned. He is sometimes over-friendly with adults he does not know.",
    "**Sensory, physical and self-care**",
    "Jack has low muscle tone and poor fine motor skills. He needs help with buttons, zips and laces, takes a long time to change for PE and needs help to cut up his food at lunch. He needs reminding and help with washing his hands and with personal hygiene after PE.",
],
"C": [
    "Awaiting advice from the community paediatrician. Jack's health needs will be added to this section when the report has been received.",
],
"D": [
    "Jack's parents work from home on their smallholding and run a small engineering business. Jack needs an adult with him at all times in the community because he does not yet understand road safety or stranger danger. The family have no other help nearby. A social worker from Fellside Children's Disability Team assessed Jack's needs on 3 June 2026 and agreed an overnight short break.",
],
"E": [
    "**Outcome 1 - Communication**",
    "By July 2027, Jack will use sentences of 5 words or more to ask for help or information from an adult in school, on 4 out of 5 occasions, as recorded by his teaching assistant on his communication log.",
    "**Outcome 2 - Reading and money**",
    "By July 2027, Jack will read 150 words from his personal word list and will pay for an item in the school canteen using the right coins, on 4 out of 5 occasions, as recorded by his class teacher.",
    "**Outcome 3 - Managing change**",
    "By July 2027, Jack will move from one activity to the next using his visual timetable, without refusing, on 8 out of 10 occasions, as recorded by his key worker.",
    "**Outcome 4 - Self-care**",
    "By July 2027, Jack will change for PE on his own within 10 minutes, and wash his hands after using the toilet without a reminder, on 4 out of 5 occasions, as recorded by his teaching assistant.",
    "**Outcome 5 - Practical work skills**",
    "By July 2027, Jack will complete a three-step practical job in the school's design and technology workshop (for example sorting, labelling and putting away tools) on his own, in 4 out of 5 sessions, as recorded by the design and technology technician.",
],
"F": [
    "**Communication**",
    "- Access to speech and language therapy as required.",
    "- Adults should use Makaton signs and visual supports where possible.",
    "**Learning**",
    "- Up to 15 hours per week of teaching assistant support in mainstream lessons.",
    "- Regular small-group work in the Enhanced Learning Resource on literacy and numeracy.",
    "- Opportunities to practise money skills in the canteen and the community.",
    "**Practical work skills**",
    "- A practical workshop session of 45 minutes each week in the design and technology workshop, in a group of 4 pupils, led by the design and technology technician with a teaching assistant.",
    "**Managing change**",
    "- A visual timetable, made and updated each morning by Jack's key worker, and a warning of any change given at least 5 minutes before.",
],
"G": [
    "To be confirmed once medical advice has been received.",
],
"H1": [
    "Overnight short break: Jack will stay at Ashgill House short breaks centre for one night each month (Saturday 10am to Sunday 4pm), funded by Fellside Children's Disability Team, following the social care assessment of 3 June 2026.",
],
"H2": [
    "None.",
],
"I": [
    "Upper Ashgill Academy - Enhanced Learning Resource (mainstream secondary academy with an enhanced learning resource for pupils with learning difficulties).",
],
"J": [
    "No personal budget has been requested.",
],
"K": [
    "- Parents' views: Jack's mum and dad - 7 July 2026",
    "- Educational advice: Mrs Karen Lamb, special educational needs co-ordinator (SENCo), Upper Ashgill Academy - 26 June 2026",
    "- Psychological advice: Dr Tom Hebden, educational psychologist, Fellside Educational Psychology Service - 11 March 2026",
    "- Speech and language therapy advice: Rachel Lowe, speech and language therapist, North Fells Children's Community Health Services - 16 June 2026",
    "- Medical advice: requested from the community paediatrician on 2 June 2026 - not yet received",
    "- Social care advice: Kate Mounsey, social worker, Fellside Children's Disability Team - 3 June 2026",
    "Signed on behalf of Fellside County Council: Sarah Bell, EHC Co-ordinator, 8 September 2026.",
],
})

# =====================================================================
# v112 - Poppy, Year 10, selective mutism and anxiety - SOUND - national
# =====================================================================
national("v112", [
    ("First name", "Poppy"),
    ("School year", "Year 10 (Key Stage 4)"),
    ("Date this plan was issued", "25 February 2026"),
    ("Last annual review", "4 February 2026"),
    ("EHC co-ordinator", "Mark Teasdale, EHC Co-ordinator, Fellside County Council (Preparing for Adulthood workstream)"),
], {
    "personal": {
        (1, 1): "Poppy", (1, 3): "Poppy",
        (2, 1): "Held on the case record",
        (3, 1): "Female", (3, 3): "White British",
        (4, 1): "English", (4, 3): "English",
        (6, 1): "Poppy's mum", (6, 3): "Mother",
        (7, 1): "Held on the case record", (7, 3): "Held on the case record",
        (8, 1): "Held on the case record",
        (9, 1): "Poppy's dad", (9, 3): "Father",
        (10, 1): "Held on the case record", (10, 3): "Held on the case record",
        (11, 1): "Same as parent 1",
    },
    "services": [
        "Upper Ashgill Academy",
        "Thornby Surgery (family doctor); Children and Young People's Mental Health Service (CAMHS), North Fells Children's Community Health Services",
        "Held on the case record",
        "No",
        "Speech and language therapist; educational psychologist; Fellside Careers Service",
        "No",
        "No",
        "Yes - appended",
        "No",
    ],
    "history": "Poppy is fifteen and lives with her mum, dad and younger sister on the family's farm at Thornby, where they keep sheep and run a livery yard for horses. Poppy has selective mutism (an anxiety condition which means she cannot speak in some places or to some people, although she speaks freely in others) and generalised anxiety. She spoke very little at primary school. After a difficult start at secondary school, her parents educated her at home in Years 7 and 8. Poppy returned to Upper Ashgill Academy in Year 9 (September 2024), and her first Education, Health and Care (EHC) plan was issued in March 2025. This is her first annual review. Poppy travels to school on the school bus, which takes about 40 minutes.\n\nHow Poppy communicates: At home, and with her close friend Ellie, Poppy talks easily. At school she communicates mainly by writing, typing on her tablet and nodding or shaking her head. Since September 2025 she has begun to whisper to her key worker and to Ellie in a quiet room. Pressure to speak makes her anxiety worse; praise for speaking should be low-key.",
    "views": "Poppy's views (Poppy wrote these herself on her tablet with her key worker, Mrs Wilkinson, in January 2026, and read them through with her mum at home):\n\"I'm Poppy. I love horses more than anything. At home I ride every day, muck out, and help Mum with the livery clients' horses. I'm good at it and I'm not scared of big horses, just of people staring at me.\nSchool is better than it was. I like Mrs Wilkinson because she never makes me talk, she just waits. I like art and biology. I hate the canteen and I hate being asked questions in front of everyone. I'd like to be able to order my own food in a café and ask a teacher something without writing it down.\nI want to go to Fellside College to do equine studies and then be an equine vet nurse or work at a big yard. I want to learn to drive.\"\n\nWhat Poppy's parents say (at the annual review on 4 February 2026): Poppy's mum and dad say that the last year has been the best they can remember. She is going to school every day, has a close friend and has started to whisper at school. They want Poppy to be able to speak to more people, especially as she gets ready for college and work, and to be able to go into town without one of them. They hope she will have a career with horses and be independent.",
    "interests": "Horses and riding; animal biology; drawing and painting animals; walking the family's dogs; watching show jumping.",
    "strengths": "Poppy is clever, determined and has a dry sense of humour. She is on track for good grades in her General Certificate of Secondary Education (GCSE) courses in art, biology and English. She writes very well. She is highly skilled with horses and takes responsibility on the yard. She is a loyal friend.",
    "aspirations": "Poppy wants to study equine studies at Fellside College and then work as an equine veterinary nurse or at a large yard. She wants to be able to talk to people at college and work, go into town on her own, and learn to drive. Her parents hope she will have a career with horses and live independently.",
    "areas": {
        "ci": {
            "strengths": "Poppy understands and uses language at a high level. She writes fluently and communicates clearly in writing.",
            "rows": [
                ("Poppy has selective mutism. She does not speak to most adults or to pupils outside her friendship, and cannot answer questions aloud in class.",
                 "Mrs Wilkinson, Poppy's key worker (a teaching assistant trained by the speech and language therapist in the \"sliding-in\" technique), will work with Poppy in a quiet room for 20 minutes, three times a week, following the small-steps programme, gradually bringing in one new person at a time.\nA speech and language therapist (SALT) from North Fells Children's Community Health Services will see Poppy on her own in school on the second Tuesday of each month in term time for 40 minutes, and will review the programme with Mrs Wilkinson each half term (30 minutes).\nAll teachers will accept written or typed answers and will not ask Poppy direct questions in front of the class. The special educational needs co-ordinator (SENCo) will brief all her teachers each September and after any change of teacher.",
                 "By February 2027, Poppy will speak (at any volume) to 3 adults in school, including one teacher, in a quiet room, on at least 3 occasions each, as recorded by Mrs Wilkinson on the sliding-in record."),
                ("Poppy needs to be able to communicate with unfamiliar people to reach her goal of college and work with horses.",
                 "Community communication sessions: 1:1 with Mrs Wilkinson for 45 minutes every other Thursday afternoon in Kirkby Fell (café, shop, library), following the SALT's programme.\nA communication card explaining selective mutism and how to help Poppy, made by Poppy with the SALT, for use at college visits and work experience.",
                 "By February 2027, Poppy will order her own food and drink in a café in Kirkby Fell by speaking or by using her communication card, on 3 visits in a row, as recorded by Mrs Wilkinson."),
            ],
        },
        "cl": {
            "strengths": "Poppy is working at or above the expected level in most subjects.",
            "rows": [
                ("Poppy's anxiety means she may not take part in oral assessments, practical group work or the GCSE English spoken language endorsement unless arrangements are made.",
                 "Access arrangements: a separate room for all exams and the option to present her GCSE English spoken language task to her key worker and English teacher only (as permitted by the exam board), arranged by the exams officer and the SENCo.\nMarch 2026: the SENCo will apply to the exam board for these arrangements (one-off).",
                 "By June 2027, Poppy will gain GCSE grade 5 or above in English Language and biology, as shown by her exam results."),
            ],
        },
        "semh": {
            "strengths": "Poppy has a close friend, Ellie, and a very supportive family. She knows what helps her feel calm.",
            "rows": [
                ("Poppy has generalised anxiety. She becomes highly anxious in busy places such as the canteen and corridors, and when she feels watched.",
                 "Poppy will meet Mrs Wilkinson for 10 minutes each morning in the learning support base to check the day's plan.\nPoppy and Ellie will have lunch in the learning support base every day, supervised by a teaching assistant, until Poppy chooses to try the canteen.\nA 5-minute early lesson change pass, arranged by the SENCo, so that Poppy can move between lessons before the corridors are busy.",
                 "By February 2027, Poppy will eat lunch in the main canteen with Ellie on 2 days a week for 4 weeks in a row, as recorded by Mrs Wilkinson."),
                ("Poppy needs to prepare for the move to college and the world of work.",
                 "A careers adviser from Fellside Careers Service will meet Poppy 1:1 for 45 minutes each term (with written questions allowed), and will go with her to one Fellside College open event in the summer term 2026.\nPoppy will do a one-week work experience placement at Thornby Equestrian Centre in July 2026, arranged by the school's work experience co-ordinator, with Mrs Wilkinson visiting on the first morning for 1 hour.",
                 "By July 2026, Poppy will complete her week of work experience at Thornby Equestrian Centre and receive a positive report from the yard manager; by February 2027 she will have applied for the equine studies course at Fellside College."),
            ],
        },
        "sp": {
            "strengths": "Poppy is physically fit and active.",
            "rows": [
                ("Poppy wants to travel into Kirkby Fell on her own.",
                 "Independent travel training: a trained travel trainer from Fellside Passenger Transport will work with Poppy 1:1 for 1 hour a week for 6 weeks from April 2026, then review.",
                 "By February 2027, Poppy will access the community independently by taking the bus from Thornby to Kirkby Fell and back on her own, on 4 occasions, as recorded in her travel diary and checked by the travel trainer."),
            ],
        },
    },
    "health_strengths": "Poppy eats and sleeps well and is physically healthy.",
    "health": [
        ("Poppy eats and sleeps well, but she has generalised anxiety and selective mutism. She was assessed by the Children and Young People's Mental Health Service (CAMHS) in November 2025, which found moderate anxiety.",
         "A CAMHS clinical psychologist will see Poppy for 10 sessions of 50 minutes of cognitive behavioural therapy (CBT) for anxiety, fortnightly from March 2026, at Kirkby Fell Health Centre or at school, and will review progress with Poppy and her parents at session 10.\nThe CAMHS clinical psychologist will meet the SENCo and Mrs Wilkinson once a term for 30 minutes so that school and therapy work together.",
         "By February 2027, Poppy's score on the Revised Children's Anxiety and Depression Scale (RCADS), measured by CAMHS, will fall from the clinical range to below it, and she will use her anxiety plan to stay in a lesson on 9 out of 10 occasions when she feels anxious, as recorded by Mrs Wilkinson."),
    ],
    "health_agreement": "Health agreement: Health provision in Section G agreed by Dr Helen Marsh, Designated Clinical Officer, North Fells Integrated Care Board, 20 February 2026.",
    "social_strengths": "Poppy's family are close and supportive.",
    "social": [
        ("No social care needs. Fellside Early Help Team completed an early help assessment on 18 December 2025 and found none. The family have information about the Local Offer, including youth groups and the young people's advice service.",
         "None. Short breaks were considered during the early help assessment and are not needed.",
         "None.",
         "Not applicable."),
    ],
    "placement_name": "Upper Ashgill Academy",
    "placement_type": "Mainstream secondary academy",
    "pb_details": "No personal budget has been requested.",
    "pb_arrangements": "Not applicable.",
    "k": {
        1: ("Poppy's views", "22/01/2026", "Poppy, with Mrs Wilkinson, key worker", "YES"),
        2: ("Parents' views", "04/02/2026", "Poppy's mum and dad", "YES"),
        3: ("Educational advice (annual review report)", "27/01/2026", "Mrs Karen Lamb, SENCo, Upper Ashgill Academy", "YES"),
        4: ("Family doctor health summary\nCAMHS assessment", "12/01/2026\n24/11/2025", "Dr Emma Parr, family doctor (GP), Thornby Surgery\nDr Ruth Kirkbride, clinical psychologist, CAMHS, North Fells Children's Community Health Services", "YES\nYES"),
        5: (None, "09/12/2025", "Dr Anna Whitfield, educational psychologist, Fellside Educational Psychology Service", "YES"),
        6: ("Early help assessment", "18/12/2025", "Joe Harker, early help practitioner, Fellside Early Help Team", "YES"),
        7: ("Speech and language therapy advice", "13/01/2026", "Rachel Lowe, speech and language therapist, North Fells Children's Community Health Services", "YES"),
        8: ("Careers and preparing for adulthood advice", "15/01/2026", "Chris Bowe, personal adviser, Fellside Careers Service", "YES"),
    },
    "signoff": ("Mark Teasdale, EHC Co-ordinator", "M. Teasdale", "25/02/2026"),
})


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    for plan in PLANS:
        RENDERERS[plan["layout"]](plan, os.path.join(OUT, plan["id"] + ".docx"))
        print("wrote", plan["id"], plan["layout"])
