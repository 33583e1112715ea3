#!/usr/bin/env python3
"""Generator for validity test set W, writer W1 (plans w101-w112).
Soarbridge City Council (fictional East Midlands city). Three layouts:
bold-statutory, ef-table, national-template. Plan text is held as Python data below.
Run: /work/blind/.venv-W1/bin/python generate.py
"""
import copy, os
from docx import Document
from docx.shared import Pt, RGBColor
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "plans")
TEMPLATE = "/work/shared/reference/national-ehcp-template.docx"
COUNCIL = "Soarbridge City Council"
SERVICE = "Special Educational Needs and Disability (SEND) Assessment and Review Service"

TITLES = {
 "A": "Section A: The views, interests and aspirations of the child and their parents, or of the young person",
 "B": "Section B: The child or young person's special educational needs",
 "C": "Section C: The child or young person's health care needs which relate to their special educational needs",
 "D": "Section D: The child or young person's social care needs which relate to their special educational needs or to a disability",
 "E": "Section E: The outcomes sought for the child or young person",
 "F": "Section F: The special educational provision required by the child or young person",
 "G": "Section G: Any health provision reasonably required by the learning difficulties or disabilities which result in the child or young person having special educational needs",
 "H1": "Section H1: Any social care provision which must be made for a child or young person under 18 resulting from section 2 of the Chronically Sick and Disabled Persons Act 1970",
 "H2": "Section H2: Any other social care provision reasonably required by the learning difficulties or disabilities which result in the child or young person having special educational needs",
 "I": "Section I: The name and type of the school or other institution to be attended by the child or young person",
 "J": "Section J: Personal budget (including arrangements for direct payments)",
 "K": "Section K: The advice and information gathered during the EHC needs assessment",
}
SHORT = {
 "A": "Section A – Views, interests and aspirations", "B": "Section B – Special educational needs",
 "C": "Section C – Health care needs", "D": "Section D – Social care needs",
 "E": "Sections E and F – Outcomes and special educational provision",
 "G": "Section G – Health care provision", "H1": "Section H1 – Social care provision (Chronically Sick and Disabled Persons Act 1970, section 2)",
 "H2": "Section H2 – Other social care provision", "I": "Section I – Placement",
 "J": "Section J – Personal budget", "K": "Section K – Advice and information",
}

def shade(cell, fill="D9D9D9"):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), fill)
    tcPr.append(shd)

def set_cell(cell, text, bold=False):
    """Replace a cell's text; '\n\n' separates paragraphs."""
    parts = text.split("\n\n") if text else [""]
    ps = cell.paragraphs
    for extra in ps[1:]:
        extra._element.getparent().remove(extra._element)
    p = ps[0]
    for r in list(p.runs):
        r._element.getparent().remove(r._element)
    r = p.add_run(parts[0]); r.bold = bold
    for part in parts[1:]:
        q = cell.add_paragraph(); rr = q.add_run(part); rr.bold = bold

def bold_para(doc, text, size=None):
    p = doc.add_paragraph(); r = p.add_run(text); r.bold = True
    if size: r.font.size = Pt(size)
    return p

def blocks(doc, items, bullet="•"):
    """items: ('p', text) | ('b', text) | ('h', text) | ('q', text) | ('s', text)"""
    for kind, text in items:
        if kind == "p":
            doc.add_paragraph(text)
        elif kind == "b":
            doc.add_paragraph(f"{bullet}\t{text}")
        elif kind == "s":
            doc.add_paragraph(f"o\t{text}")
        elif kind == "h":
            p = doc.add_paragraph(); r = p.add_run(text); r.bold = True; r.underline = True
        elif kind == "q":
            p = doc.add_paragraph(); r = p.add_run(text); r.italic = True

def front(doc, plan):
    t = doc.add_table(rows=0, cols=2); t.style = "Table Grid"
    for k, v in plan["front"]:
        row = t.add_row().cells; set_cell(row[0], k, bold=True); set_cell(row[1], v)
    doc.add_paragraph()

def prov_text(pv):
    what, freq, who = pv
    return f"{what} – {freq} – {who}"

# ---------------------------------------------------------------- bold-statutory
def render_bold(plan):
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(11)
    bold_para(doc, COUNCIL.upper(), 14); bold_para(doc, SERVICE)
    bold_para(doc, "EDUCATION, HEALTH AND CARE (EHC) PLAN", 13)
    front(doc, plan)
    if plan.get("intro"): doc.add_paragraph(plan["intro"])
    bullet = plan.get("bullet", "•")
    bold_para(doc, TITLES["A"]); blocks(doc, plan["A"], bullet)
    bold_para(doc, TITLES["B"])
    for ar in plan["areas"]:
        p = doc.add_paragraph(); r = p.add_run(ar["name"]); r.bold = True; r.italic = True
        if ar.get("strengths"): doc.add_paragraph(ar["strengths"])
        for n in ar["needs"]:
            doc.add_paragraph(f"{bullet}\t{n}") if ar.get("bullets", True) else doc.add_paragraph(n)
    bold_para(doc, TITLES["C"]); blocks(doc, plan["C"], bullet)
    bold_para(doc, TITLES["D"]); blocks(doc, plan["D"], bullet)
    bold_para(doc, TITLES["E"])
    if plan.get("E_intro"): doc.add_paragraph(plan["E_intro"])
    n = 1
    for ar in plan["areas"]:
        if not ar["rows"]: continue
        p = doc.add_paragraph(); r = p.add_run(ar["name"]); r.bold = True; r.italic = True
        for row in ar["rows"]:
            doc.add_paragraph(f"Outcome {n}: {row['outcome']}"); n += 1
    bold_para(doc, TITLES["F"])
    if plan.get("F_intro"): blocks(doc, plan["F_intro"], bullet)
    for ar in plan["areas"]:
        if not ar["rows"] and not ar.get("extra_prov"): continue
        p = doc.add_paragraph(); r = p.add_run(ar["name"]); r.bold = True; r.italic = True
        for row in ar["rows"]:
            for pv in row["prov"]:
                doc.add_paragraph(f"{bullet}\t{prov_text(pv)}")
        for pv in ar.get("extra_prov", []):
            doc.add_paragraph(f"{bullet}\t{prov_text(pv)}")
    bold_para(doc, TITLES["G"]); blocks(doc, plan["G"], bullet)
    if plan.get("health_agreement"): bold_para(doc, plan["health_agreement"])
    bold_para(doc, TITLES["H1"]); blocks(doc, plan["H1"], bullet)
    bold_para(doc, TITLES["H2"]); blocks(doc, plan["H2"], bullet)
    bold_para(doc, TITLES["I"]); blocks(doc, plan["I"], bullet)
    bold_para(doc, TITLES["J"]); blocks(doc, plan["J"], bullet)
    bold_para(doc, TITLES["K"])
    doc.add_paragraph("The following advice and information was gathered and is appended to this plan:")
    for item in plan["K"]:
        doc.add_paragraph(f"{bullet}\t{item}")
    doc.add_paragraph(plan["signoff"])
    return doc

# ---------------------------------------------------------------- ef-table
def render_ef(plan):
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(11)
    doc.add_heading(f"{COUNCIL} – Education, Health and Care (EHC) Plan", level=1)
    doc.add_paragraph(SERVICE)
    front(doc, plan)
    if plan.get("intro"): doc.add_paragraph(plan["intro"])
    doc.add_heading(SHORT["A"], level=2); blocks(doc, plan["A"])
    doc.add_heading(SHORT["B"], level=2)
    for ar in plan["areas"]:
        doc.add_heading(ar["name"], level=3)
        if ar.get("strengths"): doc.add_paragraph(ar["strengths"])
        for n in ar["needs"]:
            doc.add_paragraph(n)
    doc.add_heading(SHORT["C"], level=2); blocks(doc, plan["C"])
    doc.add_heading("Section D – Social care needs", level=2); blocks(doc, plan["D"])
    doc.add_heading(SHORT["E"], level=2)
    if plan.get("E_intro"): doc.add_paragraph(plan["E_intro"])
    hdr = plan.get("ef_header", ["Outcome (Section E)", "Provision (Section F)", "Frequency", "Who"])
    t = doc.add_table(rows=1, cols=4); t.style = "Table Grid"
    for i, h in enumerate(hdr):
        set_cell(t.rows[0].cells[i], h, bold=True); shade(t.rows[0].cells[i], "BDD7EE")
    for ar in plan["areas"]:
        if not ar["rows"]: continue
        row = t.add_row().cells; m = row[0].merge(row[3]); set_cell(m, ar["name"], bold=True); shade(m, "EDEDED")
        for o in ar["rows"]:
            first = None
            for j, (what, freq, who) in enumerate(o["prov"]):
                c = t.add_row().cells
                if j == 0:
                    first = c[0]; set_cell(c[0], o["outcome"])
                set_cell(c[1], what); set_cell(c[2], freq); set_cell(c[3], who)
            if len(o["prov"]) > 1:
                last = t.rows[len(t.rows) - 1].cells[0]
                first.merge(last)
    if plan.get("F_general"):
        doc.add_heading("Section F – Provision across the whole school or college day", level=3)
        blocks(doc, plan["F_general"])
    doc.add_heading(SHORT["G"], level=2); blocks(doc, plan["G"])
    if plan.get("health_agreement"): doc.add_paragraph(plan["health_agreement"])
    doc.add_heading(SHORT["H1"], level=2); blocks(doc, plan["H1"])
    doc.add_heading(SHORT["H2"], level=2); blocks(doc, plan["H2"])
    doc.add_heading(SHORT["I"], level=2); blocks(doc, plan["I"])
    doc.add_heading(SHORT["J"], level=2); blocks(doc, plan["J"])
    doc.add_heading(SHORT["K"], level=2)
    t = doc.add_table(rows=1, cols=3); t.style = "Table Grid"
    for i, h in enumerate(["Advice or information", "Given by", "Date"]):
        set_cell(t.rows[0].cells[i], h, bold=True)
    for a, b, c in plan["K"]:
        r = t.add_row().cells; set_cell(r[0], a); set_cell(r[1], b); set_cell(r[2], c)
    doc.add_paragraph(plan["signoff"])
    return doc

# ---------------------------------------------------------------- national-template
AREA_TABLE = {"Communication and interaction": 4, "Cognition and learning": 5,
              "Social, emotional and mental health": 6, "Sensory and/or physical": 7}

def fill_rows(table, first_data_row, rows):
    """Fill data rows from first_data_row; delete the unused ones."""
    data_rows = list(table.rows)[first_data_row:]
    for i, tr in enumerate(data_rows):
        if i < len(rows):
            for j, val in enumerate(rows[i]):
                set_cell(tr.cells[j], val)
        else:
            tr._tr.getparent().remove(tr._tr)

def render_national(plan):
    doc = Document(TEMPLATE)
    T = doc.tables
    body = doc.element.body
    # title line and plan dates under the Heading 1
    h1 = doc.paragraphs[0]
    anchor = h1
    for line in plan["nt_dates"]:
        p = copy.deepcopy(doc.paragraphs[0]._element)
        newp = doc.add_paragraph(line)
        anchor._element.addnext(newp._element); anchor = newp
    pd = T[0]
    vals = plan["nt_personal"]
    set_cell(pd.rows[1].cells[1], vals["name"]); set_cell(pd.rows[1].cells[3], vals["preferred"])
    set_cell(pd.rows[2].cells[1], vals["dob"])
    set_cell(pd.rows[3].cells[1], vals["sex"]); set_cell(pd.rows[3].cells[3], vals["ethnicity"])
    set_cell(pd.rows[4].cells[1], vals["lang_child"]); set_cell(pd.rows[4].cells[3], vals["lang_parent"])
    set_cell(pd.rows[6].cells[1], vals["parent1"]); set_cell(pd.rows[6].cells[3], vals["rel1"])
    set_cell(pd.rows[7].cells[1], "Held on case record"); set_cell(pd.rows[7].cells[3], "Held on case record")
    set_cell(pd.rows[8].cells[1], "Held on case record")
    set_cell(pd.rows[9].cells[1], vals.get("parent2", "")); set_cell(pd.rows[9].cells[3], vals.get("rel2", ""))
    set_cell(pd.rows[10].cells[1], ""); set_cell(pd.rows[10].cells[3], "")
    set_cell(pd.rows[11].cells[1], "")
    sv = T[1]
    for i, v in enumerate(plan["nt_services"], start=1):
        set_cell(sv.rows[i].cells[1], v)
    set_cell(T[2].rows[1].cells[1], plan["A1"])
    a2 = T[3]
    set_cell(a2.rows[3].cells[0], plan["A_views"]); set_cell(a2.rows[5].cells[0], plan["A_interests"])
    set_cell(a2.rows[7].cells[0], plan["A_strengths"]); set_cell(a2.rows[9].cells[0], plan["A_aspirations"])
    used = {ar["name"]: ar for ar in plan["areas"]}
    for name, idx in AREA_TABLE.items():
        tb = T[idx]
        if name not in used:
            tb._tbl.getparent().remove(tb._tbl); continue
        ar = used[name]
        set_cell(tb.rows[2].cells[0], ar["strengths"])
        rows = []
        for i, o in enumerate(ar["rows"]):
            need = ar["needs"][i] if i < len(ar["needs"]) else ""
            prov = "\n\n".join(prov_text(pv) for pv in o["prov"])
            rows.append((need, prov, o["outcome"]))
        for j in range(len(ar["rows"]), len(ar["needs"])):
            rows.append((ar["needs"][j], "", ""))
        fill_rows(tb, 4, rows)
    hc = T[8]
    set_cell(hc.rows[1].cells[0], plan["health_strengths"])
    fill_rows(hc, 3, plan["health"])
    if plan.get("health_agreement"):
        p = doc.add_paragraph(plan["health_agreement"])
        hc._tbl.addnext(p._element)
    sc = T[9]
    set_cell(sc.rows[1].cells[0], plan["social_strengths"])
    fill_rows(sc, 3, plan["social"])
    pl = T[10]
    set_cell(pl.rows[0].cells[1], plan["I_name"]); set_cell(pl.rows[1].cells[1], plan["I_type"])
    for tr in list(pl.rows)[2:]:
        tr._tr.getparent().remove(tr._tr)
    jt = T[11]
    set_cell(jt.rows[0].cells[1], plan["J_details"]); set_cell(jt.rows[1].cells[1], plan["J_arr"])
    kt = T[12]
    for ridx, (a, d, w, ap) in plan["K_rows"].items():
        cells = kt.rows[ridx].cells
        if a is not None: set_cell(cells[0], a)
        set_cell(cells[1], d); set_cell(cells[2], w); set_cell(cells[3], ap)
    so = T[13]
    set_cell(so.rows[1].cells[0], plan["signoff_name"]); set_cell(so.rows[1].cells[2], plan["signoff_date"])
    return doc

RENDER = {"bold-statutory": render_bold, "ef-table": render_ef, "national-template": render_national}

# =====================================================================================
# PLAN DATA
# =====================================================================================
PLANS = []

# ---------------------------------------------------------------- w101 (SOUND) bold-statutory
PLANS.append(dict(
 id="w101", layout="bold-statutory", bullet="•",
 front=[("Plan reference", "SCC-EHC-24817"), ("Child's first name", "Rezan"), ("Age", "9"),
        ("School year", "Year 5"), ("Languages at home", "Kurdish (Sorani) and English"),
        ("Date this EHC plan was issued", "14 September 2026"),
        ("Date of last annual review", "Not applicable – this is Rezan's first plan"),
        ("Caseworker", "Joanne Pickering, SEND Caseworker")],
 intro="This plan was co-produced with Rezan and his parents. It describes what Rezan needs, what he is working towards and the help he will get. Rezan's school, Larkfield Primary School, is responsible for arranging the special educational provision in Section F, and the special educational needs co-ordinator (SENCo) will check it is in place.",
 A=[("h", "All about me – in my own words"),
    ("q", "Rezan shared these views with his class teacher, Mrs Hallam, and with the educational psychologist in two short conversations in June 2026. They have been written down as he said them."),
    ("p", "My name is Rezan and I am nine. I live with my mum, my dad and my little sister Lana. I like football, drawing cars and building Lego without the instructions. My best friend is Ali and we play tag at dinner time."),
    ("p", "I am good at maths when I can do it in my head. I am good at helping the little ones in the playground and I am good at drawing."),
    ("p", "Reading is hard. The letters move about and I forget the words I just read. When the teacher talks fast I lose what she said and then I do the wrong thing. I was listening but I didn't get it all."),
    ("p", "It helps me when Mrs Hallam shows me a picture of what to do and when I can say my answer instead of writing it. I like my reading pen because it reads the words to me."),
    ("p", "When I grow up I want to be a mechanic like my uncle Karwan, or a footballer. I want to read a whole Lego instruction book by myself and read stories to Lana."),
    ("h", "What Rezan's family say"),
    ("q", "Rezan's parents shared their views at a home visit on 8 June 2026 with a Kurdish (Sorani) interpreter."),
    ("p", "Rezan's mum and dad are very proud of how kind and hard-working he is. They say he is the first to help at home and he is patient with his sister. He loves to take things apart and put them back together, and he can fix his own bike. The family moved to Soarbridge from the Kurdistan Region of Iraq when Rezan was four. He started school in Reception speaking only Sorani; his spoken English is now good, but his reading and writing have not caught up even though his English has."),
    ("p", "His parents worry that he is falling further behind and that he is starting to say he is 'stupid'. They want Rezan to be able to read letters from school on his own, to write a short story, and to move up to secondary school with his friends feeling proud of himself. In the longer term they would like him to go to college and learn a trade. They would also like him to have access to an after-school football club, which the school has now arranged."),
    ("h", "What is important to Rezan and how to support him"),
    ("b", "Being given time to think before he answers, and instructions in small steps."),
    ("b", "Seeing a picture or a written key word alongside spoken instructions."),
    ("b", "Not being asked to read aloud in front of the class unless he has practised the text first."),
    ("b", "Praise for effort, given quietly; he finds loud praise in front of others embarrassing."),
    ("b", "Football, Lego and cars make good topics for his reading and writing."),
 ],
 areas=[
  dict(name="Cognition and learning",
       strengths="Rezan's reasoning is a real strength. The educational psychologist found his non-verbal reasoning and mental arithmetic to be in the average range for his age (June 2026). He works hard, remembers things he has seen or built, and solves practical problems well.",
       needs=["Rezan has a specific learning difficulty (dyslexia). His difficulties with reading and spelling are greater than would be expected from learning English as an additional language, and have continued despite two years of small-group phonics at school.",
              "In June 2026 Rezan read at a level expected of a child of about 6 years 6 months. He knows 24 of the 44 letter sounds and blends three-letter words slowly. He guesses longer words from the first letter.",
              "He finds it hard to hold information in his mind while he works (working memory). He loses his place in multi-step tasks and writing tasks.",
              "His writing is limited to one or two simple sentences. He spells phonetically and often leaves work unfinished because the effort of spelling tires him."],
       rows=[
        dict(outcome="By the end of Year 5 (July 2027), Rezan will read aloud a book at Turquoise book band with at least 95% accuracy, checked by his class teacher using a running record each half term (June 2026: Yellow book band, 82% accuracy). This will help him towards his goal of reading instruction books and stories to his sister.",
             prov=[("A structured, cumulative, multi-sensory phonics programme (Sound Steps), following the order set by the specialist teacher", "Daily for 20 minutes, 1:1", "Teaching assistant trained in the programme by the specialist dyslexia teacher"),
                   ("Precision teaching of 10 high-frequency words at a time", "x3 weekly for 10 minutes, on his own with an adult", "The same trained teaching assistant"),
                   ("Running record and letter-sound check to measure progress, with results shared with parents", "Each half term", "Class teacher, overseen by the SENCo")]),
        dict(outcome="By July 2027, Rezan will write 5 connected sentences about a subject he chooses, using a word bank, with the common exception words he has been taught spelled correctly, in 4 out of 5 pieces of writing checked by his class teacher.",
             prov=[("Specialist teaching in spelling and sentence writing using a multi-sensory approach", "Once a week for 45 minutes, 1:1", "Specialist teacher with Approved Teacher Status in dyslexia, Soarbridge Learning Support Service"),
                   ("A reading pen and speech-to-text software on a school laptop, for use in all written lessons", "Available every lesson; charged and updated daily", "Set up by the Learning Support Service and maintained by the SENCo"),
                   ("Writing frames, word banks and the chance to record ideas orally before writing", "In every lesson that involves writing", "Class teacher")]),
       ]),
  dict(name="Communication and interaction",
       strengths="Rezan is sociable, chatty with friends and confident speaking Sorani at home (confirmed by the interpreter). He uses gesture and drawing well to explain himself.",
       needs=["Rezan understands simple instructions but loses track of instructions with more than two parts, especially when they are given to the whole class.",
              "His vocabulary for school subjects is limited and he has word-finding difficulties: he knows what he wants to say but cannot find the word, and says 'that thing'."],
       rows=[
        dict(outcome="By the end of the spring term 2027, Rezan will follow a three-part classroom instruction without a reminder on 8 out of 10 occasions, recorded by his teaching assistant on a tracking sheet over two weeks (June 2026: 3 out of 10).",
             prov=[("Speech and language therapy: assessment, a written programme with targets, and modelling of the programme to Rezan's teaching assistant", "6 sessions of 45 minutes on Tuesday mornings in the autumn term, then review; a second block of 6 in the spring term", "Speech and language therapist, Soarbridge Children's Speech and Language Therapy Service"),
                   ("Delivery of the therapist's language programme (following instructions and understanding concept words)", "Three times per week for 20 minutes, in a group of no more than 4", "Teaching assistant trained by the speech and language therapist"),
                   ("Instructions broken into steps and shown with pictures or written key words", "Every lesson", "Class teacher and all adults working with Rezan")]),
        dict(outcome="By July 2027, Rezan will explain the meaning of at least 8 of the 10 key words taught in each half-termly science or history topic and use each in a spoken sentence, checked by his teaching assistant with a word-map quiz at the end of each half term.",
             prov=[("Pre-teaching of topic vocabulary using word maps, pictures and objects", "Twice weekly, 15 minutes, 1:1 or with one other pupil", "Teaching assistant trained by the speech and language therapist")]),
       ]),
  dict(name="Social, emotional and mental health",
       strengths="Rezan is kind, well liked and helpful. Staff describe him as a boy who wants to do well.",
       needs=["When Rezan has not understood a task he sometimes calls out or walks away from his table. He is starting to describe himself as 'stupid' and avoids reading in front of others."],
       rows=[
        dict(outcome="By February 2027, Rezan will show his help card to ask an adult for help, instead of leaving his seat, at least 4 times each week, counted by his class teacher over two weeks (June 2026: fewer than once a week).",
             prov=[("Teaching of a help card routine, with a morning check-in to plan the day", "Daily for 5 minutes", "Named teaching assistant (key adult)"),
                   ("Training for all staff who teach Rezan about dyslexia, language needs and how Rezan shows worry", "One 60-minute session each September, and for any new member of staff", "SENCo with the specialist dyslexia teacher")]),
       ]),
 ],
 F_intro=[("p", "Rezan's class teacher is responsible for his progress every day. The provision below is in addition to the high-quality teaching given to all pupils."),
          ("b", "September 2026: the specialist dyslexia teacher will train Rezan and his teaching assistant to use the reading pen and speech-to-text software in one 30-minute session, with a follow-up visit in October."),
          ("b", "The SENCo will meet Rezan's parents with an interpreter each term (three times a year, 30 minutes) to share progress on the outcomes in Section E.")],
 C=[("p", "Rezan does not have health needs relating to his special educational needs. This is based on the medical advice from Dr Simon Greaves, Consultant Community Paediatrician (23 June 2026), which included a hearing test by Soarbridge Audiology on 10 June 2026 (normal in both ears) and a vision screening (normal)."),
    ("p", "Rezan is well, growing normally and is up to date with his immunisations.")],
 D=[("p", "Rezan does not have social care needs relating to his special educational needs. The Soarbridge Early Help Hub considered the request and advised on 2 July 2026 that no assessment was needed. The family have been given information about the Soarbridge Local Offer.")],
 G=[("p", "No health provision is required (see Section C).")],
 H1=[("p", "None. Short breaks were discussed with Rezan's parents; Rezan does not need them and the family did not ask for them.")],
 H2=[("p", "None. Rezan's parents have been given details of the Local Offer, including the Saturday homework club at the Kurdish Community Centre and Soarbridge Libraries' summer reading scheme.")],
 I=[("p", "Larkfield Primary School, a mainstream community primary school.")],
 J=[("p", "No personal budget has been requested. Rezan's parents have been told how to ask for one at the annual review.")],
 K=["Views of Rezan's parents: home visit with a Kurdish (Sorani) interpreter, 8 June 2026",
    "Rezan's views: gathered by Mrs Rachel Hallam, Class Teacher, and the educational psychologist, 15 and 19 June 2026",
    "Educational advice: Mrs Rachel Hallam, Class Teacher, and Mr Tom Byrne, SENCo, Larkfield Primary School, 12 June 2026",
    "Psychological advice: Dr Nadia Qureshi, Educational Psychologist, Soarbridge Educational Psychology Service, 19 June 2026",
    "Medical advice: Dr Simon Greaves, Consultant Community Paediatrician, Soarbridge Children's Hospital, 23 June 2026 (including audiology hearing test, 10 June 2026)",
    "Speech and language therapy advice: Kirsty Dolan, Specialist Speech and Language Therapist, Soarbridge Children's Speech and Language Therapy Service, 30 June 2026",
    "Specialist teacher advice: Paula Ince, Specialist Dyslexia Teacher (Approved Teacher Status), Soarbridge Learning Support Service, 26 June 2026",
    "Social care advice: Kelly Marsh, Early Help Co-ordinator, Soarbridge Early Help Hub, 2 July 2026"],
 signoff="Signed on behalf of Soarbridge City Council: Joanne Pickering, SEND Caseworker. Date: 14 September 2026.",
))

# ---------------------------------------------------------------- w102 (FAIL) ef-table
PLANS.append(dict(
 id="w102", layout="ef-table",
 front=[("Plan reference", "SCC-EHC-23106"), ("Young person's first name", "Dawit"), ("Age", "14"),
        ("School year", "Year 9"), ("Languages at home", "Tigrinya and English"),
        ("Date this EHC plan was issued", "5 May 2026"), ("Date of last annual review", "N/A (new plan)"),
        ("Caseworker", "Marcus Reid, SEND Caseworker")],
 intro="Dawit attends the Riverside Centre, the city's pupil referral unit (a short-stay alternative provision school), following his permanent exclusion from Holmewood Academy in November 2025.",
 A=[("h", "Dawit's views"),
    ("q", "Dawit talked to his key worker at the Riverside Centre, Mr Tesfaye, in February 2026. Some of the conversation was in Tigrinya and Mr Tesfaye has written it down in English."),
    ("p", "I came to England when I was ten with my mum and my two brothers. My dad is still in Eritrea. I don't like talking about the journey."),
    ("p", "At Holmewood the teachers always shouted at me. If someone says something about my family I can't just leave it. At Riverside it is better because the groups are small and Mr Tesfaye gets it."),
    ("p", "I am good at football and at fixing phones. I like art when it is drawing, not writing. I want to go back to a normal school with my cousin and do my GCSEs (the exams at the end of Year 11) and I want to play for a proper football club."),
    ("h", "What Dawit's mum says"),
    ("q", "Shared at a meeting at the Riverside Centre with a Tigrinya interpreter, 4 March 2026."),
    ("p", "Dawit's mum says he is a loving son who looks after his younger brothers and is respectful at home. She feels that he has been in trouble at school because he does not always understand what is said to him and because of what he went through on the journey to the United Kingdom. She wants him to finish school, to stay away from the older boys on the estate, and to have a good job one day."),
    ("h", "Dawit's education so far"),
    ("p", "Dawit attended school in Eritrea for about two years before the family left. He spent over a year in Sudan with little or no schooling. He arrived in Soarbridge in 2022 and joined Year 6 at Belgrave Primary School, where he was supported by the English as an additional language team. He moved to Holmewood Academy in Year 7. Staff there describe a good start, but from the spring of Year 7 there were increasing incidents of fighting and of leaving lessons, usually after conflict with other pupils about his family or his country."),
    ("p", "He was permanently excluded in November 2025 following a fight in the dining hall. He started at the Riverside Centre in December 2025, where he is taught in a group of 7 with a teacher and a teaching assistant. His attendance at Riverside is 88% and he has had no physical incidents since January. He has said he would like to go back to a mainstream school by Year 10."),
    ("h", "Strengths and interests"),
    ("b", "Very good at football – plays for the Soarbridge Eritrean Community under-15 team."),
    ("b", "Practical and good with his hands; repairs phones and bikes for friends."),
    ("b", "Caring towards his younger brothers; well mannered with adults he trusts."),
 ],
 areas=[
  dict(name="Social, emotional and mental health",
       strengths="Dawit forms strong relationships with adults who are consistent and calm. He has had no physical incidents at the Riverside Centre since January 2026.",
       needs=["Dawit has experienced significant trauma before and during his journey to the United Kingdom. When he feels threatened or disrespected his response is fast and physical; he then finds it hard to calm down and to talk about what happened.",
              "He had 11 fixed-term suspensions at Holmewood Academy in Years 7 and 8 before his permanent exclusion.",
              "He finds unstructured times (break, lunch, corridors) difficult and his attendance in the autumn term 2025 was 71%."],
       rows=[
        dict(outcome="Dawit will receive 1:1 mentoring sessions every week to help him manage his anger.",
             prov=[("1:1 mentoring with key worker", "Weekly", "Key worker, Riverside Centre")]),
        dict(outcome="Dawit is given a key worker at the centre who he can go to when he is upset.",
             prov=[("Regular check-ins with key worker", "Regular", "Key worker"),
                   ("Access to a calm space when needed", "When needed", "All staff")]),
        dict(outcome="Staff will use restorative conversations with Dawit after any incident.",
             prov=[("Restorative conversation", "After incidents", "Staff trained in restorative practice")]),
       ]),
  dict(name="Cognition and learning",
       strengths="Dawit's mathematics is close to the level expected for his age (Riverside Centre assessment, February 2026), and he enjoys practical subjects.",
       needs=["Dawit's reading age is around 9 years (New Group Reading Test, February 2026). He can read everyday text but struggles with subject vocabulary and longer passages, and he avoids writing.",
              "Gaps in his education mean his spelling and extended writing are well below those of his peers."],
       rows=[
        dict(outcome="By July 2027, Dawit will read a Year 8 level text and answer 7 out of 10 comprehension questions correctly, measured by his English teacher each term (February 2026: 3 out of 10).",
             prov=[("Small group reading intervention where possible", "Should be 2–3 times a week", "Teaching assistant"),
                   ("Literacy support in lessons as appropriate", "Up to 5 hours a week", "Teaching assistant")]),
        dict(outcome="By July 2027, Dawit will plan and write a 300-word piece of writing using paragraphs, assessed by his English teacher against the Riverside Centre writing criteria at least once a half term.",
             prov=[("Writing frames and word banks", "In English lessons", "English teacher")]),
       ]),
  dict(name="Communication and interaction",
       strengths="Dawit is fluent in spoken Tigrinya and communicates clearly in English in conversation.",
       needs=["Dawit sometimes misunderstands longer instructions or sarcasm, and this has led to conflict with staff and peers."],
       rows=[
        dict(outcome="By the end of the spring term 2027, Dawit will repeat back a two-step instruction in his own words before starting a task, on 4 out of 5 occasions recorded by his key worker.",
             prov=[("Staff to check understanding of instructions and give them in short steps", "Every lesson", "All teaching staff"),
                   ("Counselling may be offered through the school counsellor", "To be agreed", "School counsellor")]),
       ]),
 ],
 C=[("p", "Awaiting the outcome of the referral to Child and Adolescent Mental Health Services (CAMHS), made by the family doctor in March 2026.")],
 D=[("p", "An Early Help assessment was completed with the family in January 2026. Dawit's mum is a single parent caring for three boys and does not have family nearby. She would like support to manage Dawit's evenings and to keep him safe in the community. Dawit is not known to statutory children's social care.")],
 G=[("p", "None at this time.")],
 H1=[("p", "None. Short breaks were considered; Dawit does not meet the criteria for a disabled children's short break.")],
 H2=[("p", "Early Help family worker (Soarbridge Early Help, Family Support Team): a home visit once a fortnight for 1 hour for 12 weeks, then review, to support Dawit's mum with routines and safety planning."),
     ("p", "Youth club place at the Northgate Youth Centre two evenings a week (Tuesday and Thursday, 6pm to 8pm), arranged by the Early Help family worker.")],
 I=[("p", "The Riverside Centre, a short-stay pupil referral unit (alternative provision), Years 7 to 11.")],
 J=[("p", "No personal budget has been requested.")],
 K=[("Views of Dawit's mother (with a Tigrinya interpreter)", "Dawit's mother", "4 March 2026"),
    ("Dawit's views", "Mr Daniel Tesfaye, Key Worker, Riverside Centre", "12 February 2026"),
    ("Educational advice", "Mrs Lorna Whitby, Head of Centre, Riverside Centre", "20 February 2026"),
    ("Psychological advice", "Dr Amy Chen, Educational Psychologist, Soarbridge Educational Psychology Service", "10 March 2026"),
    ("Medical advice", "Dr Helen Marsh, Community Paediatrician, Soarbridge Community Paediatrics", "17 March 2026"),
    ("Social care advice (Early Help assessment)", "Sophie Grant, Family Support Worker, Soarbridge Early Help", "28 January 2026"),
    ("Preparing for adulthood advice", "Jade Okafor, Careers Adviser (Level 6 Diploma in Career Guidance), Soarbridge Careers Service", "3 March 2026")],
 signoff="Issued on behalf of Soarbridge City Council by Marcus Reid, SEND Caseworker, 5 May 2026.",
))

# ---------------------------------------------------------------- w103 (SOUND) national-template
PLANS.append(dict(
 id="w103", layout="national-template",
 nt_dates=["Soarbridge City Council – Education, Health and Care (EHC) Plan", "Date of EHC plan: 20/01/2026",
           "NC year: Year 6 (national curriculum year)", "Last reviewed: not yet reviewed (first plan)",
           "Caseworker: Priya Mistry, SEND (special educational needs and disability) Caseworker"],
 nt_personal=dict(name="Ilona", preferred="Ilona", dob="Age 11 (born March 2015)", sex="Female", ethnicity="White – Romanian",
                  lang_child="Romanian and English", lang_parent="Romanian", parent1="Mother (first name held on record)", rel1="Mother",
                  parent2="Father (first name held on record)", rel2="Father"),
 nt_services=["St Werburgh's Church of England Primary School", "Family doctor at Abbey Park Medical Centre; Dr Ruth Kaye, Community Paediatrician",
              "Held on case record", "No", "Speech and language therapy; Educational Psychology Service; Child and Adolescent Mental Health Services (CAMHS) Primary Mental Health Team",
              "No", "No", "Yes – appended", "No"],
 A1="Ilona lives with her mum, dad and older brother. The family moved to Soarbridge from Romania when Ilona was six. At home Ilona talks freely in Romanian with her family, sings and tells long stories about her cats. At school she has not spoken to adults since she started in Year 2, and she speaks only in a whisper to two friends in the playground. Her teachers noticed that her written English and her understanding of longer sentences were also behind, and in autumn 2025 the speech and language therapist identified a developmental language disorder (a long-term difficulty with learning and using language) alongside selective mutism (an anxiety condition in which a child cannot speak in certain places even though they can speak at home).\n\nHow Ilona communicates: at school Ilona points, nods, writes short notes and uses a communication book with symbols. She will use a tablet to record herself at home and play it to her teacher.",
 A_views="How we found out what Ilona thinks: Ilona's views were gathered by her speech and language therapist using Talking Mats (picture cards that she sorts into 'I like', 'not sure' and 'I don't like') on 4 and 11 November 2025, and from a recording she made at home for her teacher. Her teaching assistant, who knows her well, also observed her over a week.\n\nIlona put these in 'I like': drawing, my cats, swimming, reading with Miss Patel, playing with Maria and Ana, art club. She put these in 'I don't like': being asked questions in front of the class, the dinner hall (too loud), getting changed for sports lessons. In her recording she said (in English): \"I want to talk at school but my voice gets stuck. I like it when nobody looks at me when I answer.\"\n\nIlona's parents' views (given at a meeting with a Romanian interpreter, 18 November 2025): Ilona's parents describe her as clever, funny and determined. They are worried that people at school think she is rude or cannot understand, when at home she chatters all evening. They want her to feel safe to talk at secondary school and to keep her friends. They would like her to have regular time with a trusted adult at her new school.",
 A_interests="Drawing and painting (especially animals), swimming (she has her 400 metre badge), her two cats, Romanian folk dancing with her cousins, and reading graphic novels.",
 A_strengths="Ilona is a careful, creative artist and a kind friend. She remembers routines, works independently when she knows what to do, and her mathematics is at the expected standard for Year 6.",
 A_aspirations="Ilona: \"I want to be an artist or a vet. I want to say my name at my new school.\"\nHer parents hope she will move to secondary school with confidence, make friends, and go on to college or university.",
 areas=[
  dict(name="Communication and interaction",
       strengths="Ilona understands everyday conversation well, follows familiar routines and communicates clearly with gesture, writing and symbols. She speaks fluently at home.",
       needs=["Selective mutism: Ilona cannot speak to adults at school and speaks only in a whisper to two friends. Being asked to speak makes her freeze.",
              "Developmental language disorder: Ilona has difficulty understanding long sentences with several parts, and her sentences in writing are short and simple (Clinical Evaluation of Language Fundamentals assessment, November 2025, scores below the expected range for her age)."],
       rows=[
        dict(outcome="By the end of the summer term 2026, Ilona will speak (at a whisper or above) to two named adults at school in a quiet room, in at least 3 of 5 sessions, recorded by the key adult on the 'sliding-in' progress sheet.",
             prov=[("Small-steps 'sliding-in' programme to build up speaking with new people, following a plan written by the speech and language therapist", "Daily for 15 minutes, 1:1, in the same quiet room", "Key adult: a teaching assistant trained by the speech and language therapist"),
                   ("Speech and language therapy: direct sessions with Ilona on her own and review of the sliding-in plan with the key adult", "Every other Wednesday for 40 minutes across the spring and summer terms 2026 (10 sessions), then review", "Speech and language therapist, Soarbridge Children's Speech and Language Therapy Service")]),
        dict(outcome="By July 2026, Ilona will follow spoken instructions with three parts in class without a reminder on 8 out of 10 occasions, recorded by her class teacher on a weekly tally (November 2025: 4 out of 10).",
             prov=[("Language group working on understanding instructions, concept words and sentence structure", "Three times a week for 20 minutes, in a group of no more than 4", "Teaching assistant trained by the speech and language therapist"),
                   ("Instructions broken into chunks, written on a whiteboard, and answers accepted in writing, pointing or symbols", "All lessons", "Class teacher and all staff")]),
       ]),
  dict(name="Social, emotional and mental health",
       strengths="Ilona has two close friends, Maria and Ana, and joins in play when she does not have to speak. She is calm and well organised.",
       needs=["Ilona becomes very anxious in loud, crowded places and when she is put on the spot. She has stopped eating lunch in the dinner hall.",
              "Ilona is anxious about moving to secondary school in September 2026."],
       rows=[
        dict(outcome="By October 2026, Ilona will attend every lesson in her first half term at secondary school and eat lunch in the agreed quiet space on at least 4 days a week, recorded by her secondary school key adult.",
             prov=[("Enhanced transition: three visits to the secondary school with her key adult, a photo book of the new school, and a handover meeting between both special educational needs co-ordinators (SENCos)", "Summer term 2026: three 1-hour visits; one 45-minute handover meeting", "Primary and secondary SENCos and key adult"),
                   ("A quiet lunch space shared with two or three friends she chooses", "Daily", "Arranged by the SENCo; supervised by a lunchtime assistant")]),
       ]),
 ],
 health_strengths="Ilona is physically healthy and active. She swims weekly and sleeps well.",
 health=[("Anxiety: selective mutism is an anxiety condition. Ilona's anxiety is greatest at school and in crowded places (CAMHS Primary Mental Health Team advice, 2 December 2025).",
          "CAMHS Primary Mental Health Worker: 8 weekly sessions of 45 minutes at school on Thursday afternoons (anxiety management work with Ilona, with one session for her parents), from February 2026, then review with the family and the SENCo.",
          "By July 2026, Ilona will use two calming strategies she has chosen when she feels anxious, and rate her worry about school as 5 or lower on a 10-point scale (December 2025: 9), recorded by the mental health worker at the final session."),
         ("Ilona has no difficulty with her hearing or eyesight (both checked in November 2025), but she has a developmental language disorder, which is met through the speech and language therapy in Section F.",
          "No separate health provision: speech and language therapy is special educational provision and is in Section F.",
          "See the communication and interaction outcomes.")],
 health_agreement="Health agreement: the health provision above was reviewed and supported by Sarah Linley, Designated Clinical Officer, Soarbridge Integrated Care Board, on 12 January 2026.",
 social_strengths="Ilona's family are close and supportive and are well connected with the Romanian community.",
 social=[("Ilona does not have social care needs relating to her special educational needs. This is based on social care advice from the Soarbridge Early Help Hub (Dean Foster, Early Help Co-ordinator, 27 November 2025).",
          "None. Short breaks were considered with the family and are not needed.",
          "None. The family have been given details of the Local Offer, including the Romanian community Saturday school and a holiday art club.",
          "No social care outcome is needed.")],
 I_name="St Werburgh's Church of England Primary School until July 2026; from September 2026, Castlegate Academy",
 I_type="Mainstream primary school; mainstream secondary academy",
 J_details="No personal budget has been requested.",
 J_arr="Not applicable.",
 K_rows={1: ("Parents' views (Romanian interpreter)", "18/11/2025", "Ilona's mother and father", "YES"),
         2: ("Educational advice", "21/11/2025", "Miss Anita Patel, Class Teacher, and Mrs Jo Rowe, SENCo, St Werburgh's CE Primary School", "YES"),
         3: ("Speech and language therapy advice", "25/11/2025", "Gemma Holt, Specialist Speech and Language Therapist, Soarbridge Children's Speech and Language Therapy Service", "YES"),
         4: (None, "08/12/2025", "Dr Ruth Kaye, Community Paediatrician, Soarbridge Community Paediatrics; with advice from CAMHS Primary Mental Health Team (Liam Doyle, Primary Mental Health Worker, 2 December 2025)", "YES"),
         5: (None, "03/12/2025", "Dr Olu Adeyemi, Educational Psychologist, Soarbridge Educational Psychology Service", "YES"),
         6: (None, "27/11/2025", "Dean Foster, Early Help Co-ordinator, Soarbridge Early Help Hub", "YES")},
 signoff_name="Priya Mistry, SEND Caseworker", signoff_date="20 January 2026",
))

# ---------------------------------------------------------------- w104 (FAIL) bold-statutory
PLANS.append(dict(
 id="w104", layout="bold-statutory", bullet="-",
 front=[("Plan reference", "SCC-EHC-25530"), ("Child's first name", "Kacper"), ("Age", "12"),
        ("School year", "Year 7"), ("Languages at home", "Polish and English"),
        ("Date this EHC plan was issued", "15/09/2026"), ("Date of last annual review", "First plan – no review yet"),
        ("Caseworker", "Gemma Aldridge, SEND Caseworker")],
 intro="This Education, Health and Care (EHC) plan sets out Kacper's needs and the support he will receive at Fosse Park Academy. The special educational needs co-ordinator (SENCo) at the academy is responsible for making sure the provision in Section F is in place.",
 A=[("h", "About me (Kacper, in his own words, talking with his form tutor in June 2026)"),
    ("p", "I am Kacper. I am 12 and I just started at Fosse Park. I live with my mum and my sister Zosia. My dad lives in Poland and I go there in the summer."),
    ("p", "I like BMX, gaming and making videos. I am good at science when we do experiments. I am funny – everybody says so."),
    ("p", "I hate sitting still for a whole hour. My legs want to move. Sometimes I shout out because if I don't say it now I forget it. Teachers think I am being rude but I'm not."),
    ("p", "When I am older I want to be a YouTuber or a bike mechanic, or work with my uncle in his garage."),
    ("h", "What Kacper's mum says"),
    ("p", "Kacper's mum says he is loving, funny and full of energy. He is brilliant with his little sister. She is worried about secondary school because he was close to being excluded in Year 6 and she does not want him to lose his place. She would like staff to understand that his attention deficit hyperactivity disorder (ADHD) is not bad behaviour. She is also worried about his seizures at school and wants staff to know what to do. She hopes he will get his GCSEs (the exams at the end of Year 11) and go to college to train as a mechanic."),
    ("h", "Kacper's story so far"),
    ("p", "Kacper moved to Soarbridge from Gdańsk with his mum when he was four and started in Reception at Braunstone Lane Primary School. His teachers noticed early on that he found it very hard to sit for carpet time and to wait his turn. He was diagnosed with ADHD in 2021 and started medication in Year 4, which helped his concentration in the mornings. His first seizure happened at home when he was nine. In Year 6 he had four fixed-term suspensions and a part-time timetable for three weeks. His primary school put in a reward chart, a learning mentor and movement breaks, which helped, and asked for this assessment in February 2026 so that support would be in place before secondary school."),
    ("h", "What helps Kacper"),
    ("b", "Movement breaks, and a job to do in lessons."),
    ("b", "Short tasks with a clear end point and a timer."),
    ("b", "A trusted adult to talk to when things go wrong."),
 ],
 areas=[
  dict(name="Social, emotional and mental health",
       strengths="Kacper is warm, funny and popular. He responds well to adults who use humour and give him responsibility.",
       needs=["Kacper has a diagnosis of ADHD (combined type), made in 2021. He finds it very hard to sit still, to wait his turn and to keep his attention on a task for more than 5 to 10 minutes.",
              "In Year 6 he had 4 fixed-term suspensions, all for leaving class and arguing with staff after being told off.",
              "He is aware that he is often in trouble and this is affecting his self-esteem."],
       rows=[
        dict(outcome="By the end of Year 7 (July 2027), Kacper will stay in class for the full lesson in at least 4 out of 5 lessons each day, using his agreed movement break card instead of leaving, as recorded on his daily report by his form tutor (September 2026: 2 out of 5).",
             prov=[("Key adult mentoring session to review the day's report and plan for the next day", "Daily for 10 minutes at the end of the day, 1:1", "Named learning mentor"),
                   ("Movement break card allowing two 3-minute breaks per lesson to a set task (for example, taking a note to reception)", "Every lesson", "All subject teachers")]),
        dict(outcome="By April 2027, Kacper will name three early warning signs that he is becoming frustrated and use one agreed calming strategy on at least 3 occasions a week, recorded by his learning mentor in their weekly session.",
             prov=[("Emotional literacy programme (Zones of Regulation)", "Once a week for 40 minutes in a group of no more than 4 pupils, for 12 weeks then review", "Learning mentor trained in the programme")]),
       ]),
  dict(name="Cognition and learning",
       strengths="Kacper's reasoning is good; he reached the expected standard in mathematics at the end of Year 6.",
       needs=["Kacper's reading is at the expected standard but his written work is short and unfinished because of his difficulties with attention and organisation.",
              "He forgets equipment and homework and loses track of his timetable."],
       rows=[
        dict(outcome="By July 2027, Kacper will complete and hand in 8 out of 10 homework tasks each half term, recorded by his form tutor on the homework tracker.",
             prov=[("Homework club with a member of staff who checks his planner", "Three times a week (Monday, Wednesday, Thursday) for 45 minutes, in a group of no more than 8", "Teaching assistant"),
                   ("Visual timetable and equipment checklist on his planner, checked at morning registration", "Daily", "Form tutor")]),
       ]),
  dict(name="Social skills and community",
       strengths="Kacper is sociable and enjoys outdoor activity.",
       needs=["Kacper has few friends outside school and spends a lot of time alone gaming. His mum is worried about older young people he has met at the skate park."],
       rows=[],
       extra_prov=[("Targeted Youth Support worker from Soarbridge Children's Social Care to support Kacper to join a BMX club and build friendships in the community", "2 hours per week after school, for 20 weeks", "Youth worker, Targeted Youth Support (Children's Social Care)")]),
 ],
 F_intro=[("p", "Staff training: the SENCo will deliver a 1-hour briefing on ADHD and on Kacper's one-page profile to all staff who teach him, in the first week of each term.")],
 C=[("p", "Kacper has attention deficit hyperactivity disorder (ADHD). He takes methylphenidate (slow release) every morning at home, prescribed by the community paediatrician and reviewed by the ADHD nurse specialist."),
    ("p", "Kacper also has epilepsy. He has had focal seizures with loss of awareness since he was nine, most recently two seizures at school in June 2026 during which he was confused for several minutes afterwards. He takes sodium valproate twice a day and has a rescue medication plan. Tiredness and missed meals make seizures more likely, and after a seizure he needs to rest and cannot take part in learning for the rest of the morning.")],
 D=[("p", "Kacper lives with his mum and younger sister. Mum works shifts and finds the after-school period difficult to manage. Kacper meets the criteria for a short break following a social care assessment (Children with Disabilities Team, June 2026).")],
 G=[("b", "ADHD nurse specialist (Soarbridge Community Paediatrics): review of Kacper's ADHD medication, height, weight and blood pressure every 6 months in a 30-minute clinic appointment."),
    ("b", "The ADHD nurse specialist will provide a 45-minute briefing for Kacper's form tutor and learning mentor on how his medication works, once in the autumn term 2026.")],
 H1=[("p", "Short breaks: Saturday activity club for disabled young people at the Soarbridge Short Breaks Centre, every other Saturday from 10am to 3pm, provided by Soarbridge Short Breaks Service.")],
 H2=[("p", "None.")],
 I=[("p", "Fosse Park Academy, a mainstream secondary academy.")],
 J=[("p", "No personal budget has been requested.")],
 K=["Parent's views: Kacper's mum, at a meeting at the academy, 16 June 2026",
    "Kacper's views: gathered by Mr Jamie Clarke, Form Tutor, 19 June 2026",
    "Educational advice: Mrs Helen Wozniak, SENCo, Fosse Park Academy, 24 June 2026 (with the Year 6 report from Braunstone Lane Primary School)",
    "Psychological advice: Dr Sam Oduya, Educational Psychologist, Soarbridge Educational Psychology Service, 1 July 2026",
    "Medical advice: Dr Martin Cole, Consultant Community Paediatrician, Soarbridge Community Paediatrics, 11 January 2024",
    "Social care advice: Lisa Mahmood, Social Worker, Children with Disabilities Team, 29 June 2026"],
 signoff="Signed on behalf of Soarbridge City Council: Gemma Aldridge, SEND Caseworker, 15 September 2026.",
))

# ---------------------------------------------------------------- w105 (SOUND) ef-table
PLANS.append(dict(
 id="w105", layout="ef-table", ef_header=["What Shilan will achieve (Section E)", "Provision (Section F)", "How often and for how long", "Who will provide it"],
 front=[("Plan reference", "SCC-EHC-19874"), ("Young person's first name", "Shilan"), ("Age", "18"),
        ("Education phase", "Post-16: second year of further education (Year 13 equivalent)"), ("Languages at home", "Kurdish (Kurmanji) and English"),
        ("Plan finalised", "8 July 2026"), ("Last reviewed", "Annual review meeting held 17 June 2026; plan amended and reissued 8 July 2026"),
        ("Caseworker", "Tariq Hussain, Post-16 SEND Caseworker")],
 intro="This plan was reviewed with Shilan at her annual review and rewritten with her. Because Shilan is over compulsory school age, her own views lead this plan. Her mum contributed with Shilan's agreement. This plan is written by Soarbridge City Council's Special Educational Needs and Disability (SEND) service.",
 A=[("h", "My views – written by me with my tutor, May 2026"),
    ("p", "I'm Shilan. I'm 18 and I'm in my second year at Soarbridge College doing the Level 2 Hair and Beauty course. I live with my mum, my nan and my two younger brothers. My family is Kurdish and we came here from Turkey when I was 7."),
    ("p", "What I'm good at: I am really creative. I can do braids and updos that people pay me for, and I'm good with people – clients like me because I make them laugh and I listen. I'm good at the practical side of my course, I always get my practical assessments signed off first time."),
    ("p", "What is hard: reading long instructions and theory books, and spelling. I have dyslexia and attention deficit hyperactivity disorder (ADHD). In exams my mind goes blank and I run out of time. If a lesson is all theory I start fidgeting and I lose what the tutor said. I hate people seeing my spelling."),
    ("p", "What helps: my laptop with the software that reads to me, doing theory in short bits, my exam extra time, and my support worker Carly checking in with me. I like having the key words before the lesson."),
    ("p", "My future: I want to pass my Level 2, do my Level 3 next year, and get a job in a salon. One day I want my own salon with my cousin. I want to learn to drive and move into my own flat by the time I'm 21. I want to keep playing netball on Thursdays because it's my thing."),
    ("h", "My mum's views (shared at the annual review, 17 June 2026, with Shilan present)"),
    ("p", "Shilan's mum is proud of how far she has come. She says Shilan is determined and looks after her nan. She would like Shilan to manage her own money and appointments, and she worries about her managing her ADHD medication without reminders. She supports Shilan's plan to work in a salon and later run her own business."),
 ],
 areas=[
  dict(name="Cognition and learning",
       strengths="Shilan's practical skills are strong: all 12 practical units of her Level 2 course have been signed off first time. Her verbal reasoning is in the average range (educational psychologist, January 2026).",
       needs=["Shilan has dyslexia. Her reading speed is slow (well below average for her age on the Adult Reading Test, January 2026) and her spelling is at about the level of a 10-year-old. This affects theory work, written assignments and timed exams.",
              "She has difficulty holding spoken information in mind and organising written work into a sequence."]),
  dict(name="Social, emotional and mental health (including ADHD)",
       strengths="Shilan is sociable, funny and well liked by her tutors and clients. She is honest about what she finds hard.",
       needs=["Shilan has ADHD. Her attention drifts in theory lessons after about 15 minutes; she finds planning assignments, deadlines and appointments hard.",
              "She becomes very anxious before exams and has missed one exam through panic."]),
  dict(name="Preparing for adulthood",
       strengths="Shilan already earns money doing hair for family and friends and travels to college by bus on her own.",
       needs=["Shilan needs help to learn to manage money, a bank account and appointments independently, and to plan the move from her course into work or further study."]),
 ],
 E_intro="Shilan's outcomes were agreed with her at her annual review on 17 June 2026. They build on her goal of working in a salon, passing her Level 3, driving and living in her own flat.",
 C=[("p", "Shilan has ADHD. She takes lisdexamfetamine each morning, prescribed by the Soarbridge Adult ADHD Service following her transfer from the children's service in February 2026. Medication helps her concentration in the mornings."),
    ("p", "Shilan has no difficulty with her physical health, but she experiences exam-related anxiety with panic symptoms (racing heart, feeling sick), described in the advice from her family doctor (GP) of 12 May 2026.")],
 D=[("p", "Shilan does not have social care needs relating to her special educational needs. Soarbridge Adult Social Care Transitions Team carried out a Care Act 2014 screening on 3 June 2026 and advised that she does not have eligible care and support needs.")],
 G=[("b", "Soarbridge Adult ADHD Service: medication review with the ADHD nurse practitioner every 6 months (30-minute appointment), with a telephone check with Shilan 4 weeks after any change in dose."),
    ("b", "Soarbridge Talking Therapies (adult mental health service): a course of 6 weekly sessions of guided self-help for anxiety, 45 minutes each, with a psychological wellbeing practitioner, starting in September 2026, then review.")],
 health_agreement="Health agreement: Section G was agreed by Dr Anjali Varma, Designated Medical Officer, Soarbridge Integrated Care Board (ICB), on 2 July 2026.",
 H1=[("p", "None. H1 applies to under 18s; Shilan is 18.")],
 H2=[("p", "None. The Care Act screening found no eligible needs. Shilan has been given information about Soarbridge's Local Offer for young adults, including the free Money Matters course at the Central Library, which she has chosen to attend.")],
 I=[("p", "Soarbridge College (a general further education college): Level 2 Diploma in Hair and Beauty (2025 to 2026), progressing to the Level 3 Diploma in Hairdressing (2026 to 2027) subject to passing Level 2.")],
 J=[("p", "No personal budget has been requested.")],
 K=[("Shilan's own views", "Shilan, written with her personal tutor", "20 May 2026"),
    ("Parent's views", "Shilan's mother (at the annual review)", "17 June 2026"),
    ("Educational advice and annual review report", "Emma Sutton, Additional Learning Support Manager, Soarbridge College", "10 June 2026"),
    ("Psychological advice", "Dr Kirsten Hale, Educational Psychologist, Soarbridge Educational Psychology Service", "22 January 2026"),
    ("Medical advice", "Dr Hannah Price, General Practitioner, Westcotes Health Centre", "12 May 2026"),
    ("Health advice (ADHD)", "Jo Leonard, ADHD Nurse Practitioner, Soarbridge Adult ADHD Service", "26 May 2026"),
    ("Health advice (anxiety)", "Ravi Mehta, Psychological Wellbeing Practitioner, Soarbridge Talking Therapies", "4 June 2026"),
    ("Social care advice (Care Act screening)", "Nicola Byers, Transitions Social Worker, Soarbridge Adult Social Care", "3 June 2026"),
    ("Preparing for adulthood advice", "Oliver Grant, Careers Adviser (Level 6 qualified), Soarbridge Careers Service", "28 May 2026")],
 signoff="Finalised on behalf of Soarbridge City Council by Tariq Hussain, Post-16 SEND Caseworker, 8 July 2026.",
))
P = PLANS[-1]
P["areas"][0]["rows"] = [
 dict(outcome="By July 2027, Shilan will receive her Level 3 Diploma in Hairdressing, having submitted all written theory assignments by the deadline, as confirmed by her course leader.",
      prov=[("Specialist study skills support for theory work: planning assignments, note-making with mind maps and proofreading with text-to-speech", "Twice a week for 1 hour, 1:1 (Tuesdays and Thursdays)", "Specialist dyslexia tutor (Level 5 qualification in specialist teaching for dyslexia), Additional Learning Support"),
            ("Theory handouts and key word lists given at least 2 days before each theory lesson, in a dyslexia-friendly format", "Every theory lesson", "Course tutors")]),
 dict(outcome="From January 2027, Shilan will sit all her end-of-unit theory tests using her access arrangements and achieve at least a pass in each, as recorded by the exams officer.",
      prov=[("Exam access arrangements: 25% extra time, a reader and a separate small room", "All internal and external exams", "Arranged by the college Exams Officer, based on the specialist assessor's report"),
            ("Laptop with text-to-speech and speech-to-text software", "Available in all lessons and exams; software updated each term", "Provided and maintained by the Additional Learning Support team")]),
]
P["areas"][1]["rows"] = [
 dict(outcome="By December 2026, Shilan will use her weekly planner app to record every assignment deadline and hand in 9 out of 10 assignments on time, checked by her support worker each week.",
      prov=[("Mentoring check-in to review her planner, deadlines and attendance", "Weekly, 30 minutes, 1:1, on Monday mornings", "Learning support worker (Carly) trained in ADHD coaching"),
            ("Theory lessons broken into 15-minute chunks with a practical or movement task between them", "All theory lessons", "Course tutors, advised by the Additional Learning Support Manager")]),
 dict(outcome="By her summer exams in June 2027, Shilan will use her agreed calming plan and attend every exam, recorded by the exams officer; she will rate her exam worry at 4 or lower out of 10 (June 2026: 9).",
      prov=[("Exam anxiety preparation sessions: practising the calming plan and a visit to the exam room", "Six 30-minute sessions, 1:1, in the half term before exams", "College wellbeing adviser")]),
]
P["areas"][2]["rows"] = [
 dict(outcome="By March 2027, Shilan will gain an offer of an apprenticeship or a paid part-time job in a salon, having completed 60 hours of work placement with a positive employer report.",
      prov=[("Supported work placement in a city centre salon, with a job coach setting up the placement and visiting", "One day a week (6 hours) from October 2026 to February 2027; job coach visits every 3 weeks for 1 hour", "College employability team and job coach"),
            ("Careers guidance interview and help with applications", "Three 45-minute appointments (October, January and March)", "Careers adviser, Soarbridge Careers Service")]),
 dict(outcome="By July 2027, Shilan will manage her own bank account and phone, book and attend her own health appointments, and budget for a week, shown by completing the Money Matters course and her tutor's independent living checklist.",
      prov=[("Independent living skills sessions: budgeting, banking apps, booking and attending appointments", "Weekly, 1 hour, in a group of no more than 6, for two terms", "Tutor on the college Independent Living programme")]),
]

# ---------------------------------------------------------------- w106 (FAIL) national-template
PLANS.append(dict(
 id="w106", layout="national-template",
 nt_dates=["Soarbridge City Council – Education, Health and Care (EHC) Plan", "Date of EHC plan: 9 January 2026",
           "NC year: Year 10 (national curriculum year)", "Last reviewed: first plan",
           "Caseworker: Marcus Reid, SEND (special educational needs and disability) Caseworker"],
 nt_personal=dict(name="Selam", preferred="Selam", dob="Age 15", sex="Female", ethnicity="Black African – Eritrean",
                  lang_child="Tigrinya; English (learning since 2023)", lang_parent="Not applicable – see services below", parent1="Foster carer (name held on record)", rel1="Foster carer"),
 nt_services=["Castlegate Academy", "Family doctor at Highfields Surgery; Looked After Children's Health Team",
              "Held on case record", "Yes", "Virtual School; Refugee and Asylum Seeking Children's Team; CAMHS (Child and Adolescent Mental Health Services)",
              "Yes – accommodated under section 20 of the Children Act 1989 since March 2024", "Yes", "No", "No"],
 A1="Selam arrived in the United Kingdom in February 2024 as an unaccompanied asylum-seeking child, aged 13. She had very little schooling in Eritrea and during her two-year journey through Sudan and Libya. She has lived with the same foster carer in Soarbridge since March 2024 and started at Castlegate Academy in Year 8. She speaks Tigrinya and some Arabic and is learning English quickly.\n\nSelam communicates clearly in spoken English in everyday conversation but needs time and visual support for classroom language.\n\nWhen Selam joined Castlegate Academy she was placed in the English as an additional language (EAL) induction group for a term, then joined mainstream lessons with support. Staff noticed that her progress in reading and writing was much slower than that of other new arrivals with similar spoken English, and the school asked for an assessment in September 2025. Selam has shown great determination: she attends homework club every day, has joined the school football team and has helped other new arrivals settle in.",
 A_views="Selam's views (talking with her key adult and a Tigrinya interpreter, November 2025): \"I like school because it is safe and I have friends. I like maths and cooking. Sometimes I can't sleep and then I am very tired at school. I want to be a nurse because people helped me on the journey and I want to help people. I want to stay with my foster mum.\"\n\nFoster carer's views (November 2025): Selam is gentle, polite and works very hard. She is definately making progress with her English. She has bad nights when she remembers things and then finds school difficult. Her foster carer would like her to recieve more help with reading and writing so that she can go to college.",
 A_interests="Cooking Eritrean food, football with friends, drawing, church.",
 A_strengths="Hard-working and determined; kind to younger children; quick at mental arithmetic; good at making friends.",
 A_aspirations="Selam wants to be a nurse. Her foster carer hopes she will go to college to study health and social care.",
 areas=[
  dict(name="Cognition and learning",
       strengths="Selam learns new vocabulary quickly when it is taught with pictures and objects, and her mental arithmetic is strong.",
       needs=["Because of her interrupted education, Selam's reading is at an early stage (reading age around 7 years in English, October 2025). Her difficulties are greater than would be expected from learning English alone: the educational psychologist found weak phonological skills and working memory.",
              "Selam finds it hard to write more than a few sentences and needs a seperate word bank for each subject."],
       rows=[
        dict(outcome="By July 2026, Selam will read a text at a 9-year reading level with 90% accuracy, checked by the literacy teacher each half term using a running record.",
             prov=[("Literacy intervention (Fresh Start phonics programme)", "Four times a week, 30 minutes, in a group of no more than 4", "Teaching assistant trained in the programme, overseen by the English as an additional language co-ordinator")]),
        dict(outcome="By July 2026, Selam will write a paragraph of 6 sentences in science and in English using a subject word bank, in 3 of 4 pieces checked by her teachers.",
             prov=[("Pre-teaching of key vocabulary for science, English and food technology", "Twice weekly, 20 minutes, 1:1", "Teaching assistant"),
                   ("Word banks and visual glossaries provided for every topic", "Every lesson", "Subject teachers")]),
       ]),
  dict(name="Social, emotional and mental health",
       strengths="Selam has made good friendships and is trusted by staff.",
       needs=["Selam has experienced significant trauma. Loud noises and being shouted at can trigger flashbacks, and after a bad night she can be withdrawn and tearful in lessons."],
       rows=[
        dict(outcome="By July 2026, Selam will go to her key adult and use her 'time out' card when she feels overwhelmed, rather than staying in class distressed, on at least 4 of 5 occasions, recorded by her key adult in the weekly check-in log.",
             prov=[("Key adult check-in in a quiet room", "Daily for 10 minutes at the start of the day, 1:1", "Named key adult (pastoral manager trained in trauma-informed practice)"),
                   ("Time out card: Selam leaves the lesson and spends 15 minutes in the pastoral room with the pastoral manager", "On each occasion she shows the card", "All staff (card agreed by the pastoral manager)")]),
       ]),
  dict(name="Preparing for adulthood",
       strengths="Selam cooks for her foster family and travels to school independently.",
       needs=["Selam needs advice and experience to plan a route into a health career."],
       rows=[
        dict(outcome="By July 2027, Selam will complete a one-week work experience placement in a care setting and gain a positive report from the placement supervisor, and choose a college course with her careers adviser.",
             prov=[("Careers guidance interviews", "Two 45-minute interviews in Year 10 (spring and summer terms)", "Careers adviser, Soarbridge Careers Service"),
                   ("Supported work experience placement arranged and visited by the academy's work-related learning co-ordinator", "One week in June 2026; one 1-hour visit", "Work-related learning co-ordinator")]),
       ]),
 ],
 health_strengths="Selam is physically well and enjoys football.",
 health=[("Selam has symptoms of post-traumatic stress: nightmares, poor sleep and flashbacks (CAMHS advice, 18 November 2025).",
          "CAMHS Refugee and Asylum Seeker Mental Health Practitioner: trauma-focused therapy, 12 weekly sessions of 50 minutes at the Westcotes CAMHS clinic with a Tigrinya interpreter, from January 2026, then review.",
          "By July 2026, Selam will report sleeping through the night on at least 4 nights a week, recorded in the sleep diary she keeps with her foster carer and reviewed by the practitioner."),
         ("Selam wets the bed most nights (nocturnal enuresis), which her foster carer says started after a move between placements on her journey and is causing her great distress and embarassment; it has stopped her going on the Year 10 residential trip.",
          "",
          "")],
 health_agreement="Health agreement: Section G reviewed and agreed by Sarah Linley, Designated Clinical Officer, Soarbridge Integrated Care Board, 5 January 2026.",
 social_strengths="Selam has a stable foster placement and a good relationship with her foster carer.",
 social=[("No social care needs identified.", "None.", "None.", "")],
 I_name="Castlegate Academy",
 I_type="Mainstream secondary academy (11 to 16)",
 J_details="No personal budget requested.",
 J_arr="Not applicable.",
 K_rows={1: ("Foster carer's views", "14/11/2025", "Selam's foster carer", "YES"),
         2: ("Selam's views (with Tigrinya interpreter)", "14/11/2025", "Selam, with her key adult, Mrs Ann Doherty, Pastoral Manager", "YES"),
         3: ("Educational advice", "20/11/2025", "Mr Paul Kirby, SENCo (special educational needs co-ordinator), Castlegate Academy", "YES"),
         4: (None, "18/11/2025", "Maya Ellis, Mental Health Practitioner, CAMHS; and Looked After Children's health review, Nurse Debbie Shaw, 2 October 2025", "YES"),
         5: (None, "01/12/2025", "Dr Olu Adeyemi, Educational Psychologist, Soarbridge Educational Psychology Service", "YES"),
         8: (None, "25/11/2025", "Rachel Boateng, Careers Adviser (Level 6 Diploma in Career Guidance), Soarbridge Careers Service", "YES")},
 signoff_name="Marcus Reid, SEND Caseworker", signoff_date="9 January 2026",
))

# ---------------------------------------------------------------- w107 (FAIL) bold-statutory
PLANS.append(dict(
 id="w107", layout="bold-statutory", bullet="•",
 front=[("Plan reference", "SCC-EHC-24402"), ("Child's first name", "Luca"), ("Age", "10"),
        ("School year", "Year 5"), ("Languages at home", "Romanian and English"),
        ("Date this EHC plan was issued", "23rd March 2026"), ("Date of last annual review", "Not applicable (new plan)"),
        ("Caseworker", "Joanne Pickering, SEND Caseworker")],
 intro="This EHC plan has been written following a statutory assessment requested by Luca's school. The SENCo is responsible for ensuring provision in Section F is delivered.",
 A=[("h", "Luca's views"),
    ("q", "Gathered by the SALT using a drawing activity, February 2026."),
    ("p", "Luca presents with a receptive and expressive language profile consistent with DLD, characterised by reduced syntactic complexity, word-retrieval deficits and impaired narrative cohesion. When asked about school he indicated a preference for PE and maths and identified literacy as aversive. He said \"I like football and my dog Bruno. Reading is boring because I can't do it.\""),
    ("p", "He reported that he want to be a footballer or a vet when he is older."),
    ("h", "Background"),
    ("p", "Luca was born in Soarbridge. Romanian is spoken at home and Luca was exposed to English from nursery. Early speech milestones were delayed; first words were at approximately 22 months and two-word combinations at 3 years. He was referred to the SALT service in Reception and discharged after a block of therapy, then re-referred in Year 3 when the school raised concerns about comprehension and literacy acquisition. A bilingual assessment in 2024 confirmed difficulties in both languages, consistent with DLD rather than EAL."),
    ("p", "Luca has received school-based intervention at SEN Support since Year 2, including a phonics catch-up group, a language group delivered by the TA and ELSA sessions. Progress has been limited and the school requested an EHC needs assessment in October 2025."),
    ("h", "Parents' views"),
    ("p", "Luca's mum and dad says he is a happy boy who loves football and his dog. He is very good at building things and is helpful at home. They are worried that he is behind in his reading and that he cannot always tell them what happened at school. They would like him to read and write well enough to go to secondary school with confidence, and hope he can go to university one day."),
    ("h", "Strengths"),
    ("b", "Good at maths, especially number and shape."),
    ("b", "A talented footballer who plays for a local junior team."),
    ("b", "Kind and patient with younger children."),
 ],
 areas=[
  dict(name="Communication and interaction",
       strengths="Luca is sociable and uses gesture well to support his meaning.",
       needs=["Luca has DLD. CELF-5 core language standard score 71 (below average). He has difficulty understanding longer sentences and concepts such as 'before', 'unless' and 'except'.",
              "He has word-finding difficulties and his narrative is disorganised; he struggles to retell events in order."],
       rows=[
        dict(outcome="By March 2027, Luca will retell a short story with a beginning, middle and end, including 3 key events in the correct order, in 4 out of 5 attempts, recorded by the TA on the narrative checklist.",
             prov=[("Narrative group using Colourful Semantics and story grammar", "Three times a week for 20 minutes, in a group of no more than 4", "TA trained by the SALT"),
                   ("Visual supports and key word lists in all lessons", "Every lesson", "Class teacher")]),
        dict(outcome="By March 2027, Luca will understand and follow instructions containing 'before' and 'after' in 8 out of 10 trials, recorded by the SALT at the end of each therapy block.",
             prov=[("Concept teaching following the SALT programme", "Daily for 10 minutes, 1:1", "TA trained by the SALT")]),
       ]),
  dict(name="Cognition and learning",
       strengths="Luca's non-verbal reasoning is in the average range (EP assessment, January 2026) and he reached age-related expectations in maths in Year 4.",
       needs=["Luca's reading is around three years behind his age. The EP identified weak phonological awareness and WM difficulties consistent with dyslexia.",
              "His spelling is phonetically inaccurate and he avoids writing."],
       rows=[
        dict(outcome="By March 2027, Luca will read a Year 3 level book with 95% accuracy, checked by his class teacher with a running record every half term (January 2026: Year 1 level).",
             prov=[("Phonics and reading intervention (Toe by Toe)", "Daily for 15 minutes, 1:1", "TA trained in the programme"),
                   ("Specialist teacher assessment and advice to school", "Once a term, 1 hour visit", "Specialist Teacher, Learning Support Service")]),
        dict(outcome="By March 2027, Luca will write 4 sentences in the correct order about a topic, spelling 80% of taught words correctly, in 3 out of 4 pieces checked by his teacher.",
             prov=[("Writing frames, word banks and a laptop with speech-to-text", "Every writing lesson; laptop maintained by the SENCo", "Class teacher and SENCo")]),
       ]),
  dict(name="Social, emotional and mental health",
       strengths="Luca is well liked and plays well with others in structured games.",
       needs=["Luca becomes frustrated when he cannot make himself understood and sometimes withdraws from group work. He has had sessions with the ELSA in Year 4 which helped."],
       rows=[
        dict(outcome="By July 2026, Luca will ask an adult or a friend for help using his 'I need help' phrase in at least 3 lessons a week, counted by his TA over a fortnight (January 2026: less than once a week).",
             prov=[("ELSA sessions on recognising and talking about feelings", "Weekly, 30 minutes, 1:1, for 8 weeks then review", "ELSA")]),
       ]),
 ],
 C=[("p", "Luca has DLD, diagnosed by the Soarbridge Children's SALT service in 2024. His hearing were tested in December 2025 and is normal. He has no other health needs.")],
 D=[("p", "Luca has no social care needs. Social care advice from the Early Help Hub (Kelly Marsh, Early Help Co-ordinator, 10 February 2026) confirmed that there are no needs relating to his special educational needs. The family are aware of the Local Offer.")],
 G=[("b", "Direct speech and language therapy to work on understanding of concepts, vocabulary and narrative: 6 sessions of 40 minutes each half term, 1:1, on Monday afternoons in school, delivered by a Specialist Speech and Language Therapist, Soarbridge Children's SALT Service."),
    ("b", "The SALT will set targets and train the TA to deliver the daily programme: one 1-hour training session each term.")],
 health_agreement="Health sign-off: agreed by Dr Anjali Varma, Designated Medical Officer, Soarbridge ICB, 16 March 2026.",
 H1=[("p", "None. Short breaks not required (see Section D).")],
 H2=[("p", "None. Information about the the Local Offer has been shared with the family, including the holiday football programme.")],
 I=[("p", "Humberstone Gate Primary School, a mainstream primary school.")],
 J=[("p", "No personal budget has been requested.")],
 K=["Parents' views: meeting at school with Luca's mum and dad, 28 January 2026",
    "Luca's views: gathered by Amelia Stone, Specialist Speech and Language Therapist, 9 February 2026",
    "Educational advice: Mrs Claire Dunn, SENCo, Humberstone Gate Primary School, 30 January 2026",
    "Psychological advice: Dr Sam Oduya, Educational Psychologist, Soarbridge EPS, 22 January 2026",
    "Medical advice: Dr Martin Cole, Consultant Community Paediatrician, 3 February 2026",
    "Speech and language therapy advice: Amelia Stone, Specialist Speech and Language Therapist, Soarbridge Children's SALT Service, 9 February 2026",
    "Social care advice: Kelly Marsh, Early Help Co-ordinator, Soarbridge Early Help Hub, 10 February 2026"],
 signoff="Signed on behalf of Soarbridge City Council: Joanne Pickering, SEND Caseworker, 23 March 2026.",
))

# ---------------------------------------------------------------- w108 (FAIL) ef-table
PLANS.append(dict(
 id="w108", layout="ef-table",
 front=[("Plan reference", "SCC-EHC-22019"), ("Young person's first name", "Elina"), ("Age", "16"),
        ("School year", "Year 11"), ("Languages at home", "Latvian and English"),
        ("Date this EHC plan was issued", "19 September 2025"), ("Date of last annual review", "Not yet held"),
        ("Caseworker", "Gemma Aldridge, SEND Caseworker")],
 intro="This plan is written by Soarbridge City Council's Special Educational Needs and Disability (SEND) service following an Education, Health and Care needs assessment.",
 A=[("h", "Parents' views"),
    ("p", "Elina's parents told the caseworker at a meeting on 2 July 2025 that Elina has always struggled with reading and spelling and that the problems have got worse at secondary school. She takes a very long time over homework, often ends up in tears and refuses to read anything out loud. She has missed a lot of school in Year 10 because of anxiety and stomach aches in the morning, and her attendance is now 78%. They feel that school did not pick up her difficulties early enough. She will not go to the shop or take the bus on her own and has stopped going to her Latvian dance group."),
    ("h", "School's views"),
    ("p", "Staff report that Elina is quiet and rarely asks for help. She is working below target grades in most subjects, does not complete written work and avoids group tasks. She has been late to lessons on a number of occasions and has used the medical room frequently."),
    ("h", "Background"),
    ("p", "Elina was born in Riga and moved to Soarbridge with her parents at the age of 3. She attended Braunstone Lane Primary School, where she was placed on the special educational needs register in Year 3 for literacy. She took part in several small-group reading programmes in Key Stage 2 (Years 3 to 6) but left primary school working below the expected standard in reading and writing."),
    ("p", "At Fosse Park Academy her reading age was tested at 9 years 4 months in Year 7 and at 10 years 1 month in Year 9. Teachers have noted that she copies slowly from the board, does not finish classwork, and that her written answers are much shorter than her spoken answers. In Year 10 she received a number of behaviour points for missing homework and incomplete classwork. She was referred to the school nurse in January 2025 after frequent visits to the medical room with stomach aches, and to the Learning Support Service in March 2025, which identified dyslexia."),
    ("p", "Her attendance fell from 94% in Year 9 to 78% in Year 10, mostly on Monday mornings and on days with English or French lessons. Her parents have had several meetings with the pastoral team about attendance. The school has tried a reduced homework timetable and a 'time out' pass, but Elina rarely uses the pass and continues to miss lessons."),
 ],
 areas=[
  dict(name="Cognition and learning",
       strengths="",
       needs=["Elina has dyslexia, identified by the specialist teacher in May 2025. Her reading speed is very slow and her spelling is at about the level of an 11-year-old. She cannot finish timed written tasks.",
              "She has difficulty organising written work and remembering spoken instructions.",
              "Her handwriting is slow and becomes hard to read when she is rushed. In the Year 10 mock exams she completed only half of each English paper in the time allowed.",
              "She struggles to learn subject vocabulary and French vocabulary, and cannot revise effectively from her exercise books."]),
  dict(name="Social, emotional and mental health",
       strengths="",
       needs=["Elina has high levels of anxiety, particularly about reading aloud, exams and being singled out. Her anxiety shows as stomach aches, tearfulness and not attending school.",
              "She has withdrawn from friendships and activities outside school.",
              "She has panic symptoms before tests and on Sunday evenings, and she does not tell staff when she is struggling.",
              "She finds changes of routine, supply teachers and being asked questions without warning very difficult."]),
 ],
 C=[("p", "Elina has anxiety with physical symptoms (stomach aches, poor sleep). She is supported by the school nurse. Her family doctor has found no physical cause for her stomach aches (advice of 30 June 2025).")],
 D=[("p", "Elina does not have social care needs relating to her special educational needs. This was confirmed by Soarbridge Early Help Hub (advice dated 8 July 2025), which found that the family do not need support from social care.")],
 G=[("b", "School nurse (Soarbridge School Nursing Service): a 30-minute 1:1 wellbeing appointment with Elina every fortnight in school during the autumn and spring terms, using the anxiety self-help programme, then review."),
    ("b", "Family doctor to review Elina's sleep and stomach symptoms at a 15-minute appointment each term (three times a year).")],
 health_agreement="Health agreement: Section G was confirmed by Sarah Linley, Designated Clinical Officer, Soarbridge Integrated Care Board, on 12 September 2025.",
 H1=[("p", "None. Short breaks were considered; Elina does not meet the criteria.")],
 H2=[("p", "None. The family have been given details of the Local Offer, including the youth wellbeing café at Northgate Youth Centre.")],
 I=[("p", "Fosse Park Academy, a mainstream secondary academy (11 to 16)." )],
 J=[("p", "No personal budget requested.")],
 K=[("Parents' views", "Elina's mother and father", "2 July 2025"),
    ("Educational advice", "Mr Dean Carver, SENCo (special educational needs co-ordinator), Fosse Park Academy", "24 June 2025"),
    ("Specialist teacher advice (dyslexia assessment)", "Paula Ince, Specialist Dyslexia Teacher (Approved Teacher Status), Learning Support Service", "20 May 2025"),
    ("Psychological advice", "Dr Kirsten Hale, Educational Psychologist, Soarbridge Educational Psychology Service", "10 July 2025"),
    ("Medical advice", "Dr Farah Aziz, General Practitioner, Narborough Road Surgery", "30 June 2025"),
    ("School nursing advice", "Kim Blake, School Nurse, Soarbridge School Nursing Service", "1 July 2025"),
    ("Social care advice", "Dean Foster, Early Help Co-ordinator, Soarbridge Early Help Hub", "8 July 2025"),
    ("Preparing for adulthood advice", "Oliver Grant, Careers Adviser (Level 6 qualified), Soarbridge Careers Service", "15 July 2025"),
    ("Elina's views (short questionnaire completed with her tutor)", "Elina, with her form tutor", "25 June 2025")],
 signoff="Issued on behalf of Soarbridge City Council by Gemma Aldridge, SEND Caseworker, 19 September 2025.",
))
P = PLANS[-1]
P["areas"][0]["rows"] = [
 dict(outcome="Elina will make good progress in reading and spelling.",
      prov=[("Specialist dyslexia teaching: reading fluency and spelling strategies", "Once a week, 50 minutes, 1:1", "Specialist dyslexia teacher, Learning Support Service"),
            ("Exam access arrangements: 25% extra time and a reader", "All mock and final exams", "Arranged by the academy's Exams Officer")]),
 dict(outcome="By July 2026, Elina will feel more confident about her written work.",
      prov=[("Laptop with text-to-speech and speech-to-text software", "Every lesson; software updated each term", "Provided and maintained by the SENCo")]),
]
P["areas"][1]["rows"] = [
 dict(outcome="By the end of Year 11, Elina will be less anxious and happier in school.",
      prov=[("Anxiety management group (Cool Connections)", "Weekly, 45 minutes, in a group of no more than 6, for 10 weeks", "Learning mentor trained in the programme"),
            ("Key adult check-in at the start of the day", "Daily, 10 minutes, 1:1", "Pastoral manager")]),
 dict(outcome="Elina will be more independent and able to travel on the bus.",
      prov=[("Independent travel training", "Six 1-hour sessions in the summer term 2026", "Soarbridge Independent Travel Training Team")]),
 dict(outcome="By July 2026, Elina will feel ready for the move to college.",
      prov=[("Careers guidance interview and a supported college visit", "Two 45-minute interviews and one college visit in the spring term 2026", "Careers adviser, Soarbridge Careers Service")]),
]

# ---------------------------------------------------------------- w109 (FAIL) national-template
PLANS.append(dict(
 id="w109", layout="national-template",
 nt_dates=["Soarbridge City Council – Education, Health and Care (EHC) Plan", "Date of EHC plan: 2 October 2026",
           "NC year: Year 8 (national curriculum year)", "Last reviewed: first plan",
           "Caseworker: Priya Mistry, SEND (special educational needs and disability) Caseworker"],
 nt_personal=dict(name="Szymon", preferred="Szymek", dob="Age 13 (born November 2012)", sex="Male", ethnicity="White – Polish",
                  lang_child="Polish and English", lang_parent="Polish", parent1="Mother (name held on record)", rel1="Mother",
                  parent2="Father (name held on record)", rel2="Father"),
 nt_services=["Abbey Mead Academy", "Family doctor at Belgrave Health Centre; Paediatric Audiology, Soarbridge Royal Infirmary",
              "Held on case record", "No", "Hearing Support Service; speech and language therapy",
              "No", "No", "No", "No"],
 A1="Szymon was born in Poland and moved to Soarbridge aged 5. A moderate hearing loss in both ears was identified when he was 7 and he has worn hearing aids since then. He uses a radio aid system in lessons. His speech is mostly clear, but he misses parts of what is said in noisy rooms and his vocabulary in English and Polish is behind that of his peers.\n\nHow Szymon communicates: spoken English and Polish; he lip-reads and relies on seeing the speaker's face.\n\nAt primary school Szymon was supported by the Hearing Support Service with termly visits and a radio aid. He reached the expected standard in mathematics at the end of Year 6 but not in reading or writing. Since moving to Abbey Mead Academy, a large secondary school, he has found the number of teachers, the noise in practical rooms and the size of the canteen much harder. His parents asked for this assessment in April 2026 because his school reports showed he was falling further behind in English, science and humanities, and because he was no longer wearing his radio aid in some lessons.",
 A_views="Szymon's views (talking with his form tutor, June 2026): \"I like computing and Minecraft and riding my bike. I'm good at maths and at drawing maps. School is hard when everyone talks at once, like in the canteen or in group work, I just nod. I hate it when the radio aid makes a noise and everyone looks. I want to make games when I'm older.\"\n\nParents' views (meeting with a Polish interpreter, 30 June 2026): Szymon's parents say he is clever, patient and very good with technology. They are worried that he is becoming isolated at lunchtimes and that he does not ask for help in class. They want him to stay in mainstream school, get good GCSEs (General Certificate of Secondary Education exams) and go on to study computing.",
 A_interests="Computing, coding with Scratch and Python, Minecraft, cycling, maps.",
 A_strengths="Good at mathematics and logical thinking; patient; confident with technology; reliable and organised with his equipment.",
 A_aspirations="Szymon wants to become a games designer. His parents hope he will go to university to study computing.",
 areas=[
  dict(name="Sensory and/or physical",
       strengths="Szymon manages his own hearing aids and radio aid well and tells staff when the batteries are low.",
       needs=["Szymon has a moderate bilateral sensorineural hearing loss (a permanent hearing loss in both ears). Even with his hearing aids he misses speech in background noise and from a distance, and he tires quickly from listening.",
              "Szymon becomes anxious and withdrawn in noisy unstructured times (canteen, corridors, group work); he has begun to eat lunch alone in the library and to avoid speaking in group tasks."],
       rows=[
        dict(outcome="By July 2027, Szymon will use his radio aid in every lesson and tell the teacher if he has not heard an instruction, in 4 out of 5 lessons observed each half term by the hearing support staff.",
             prov=[("Radio aid system, checked and maintained", "Daily check by the teaching assistant; maintained by the Hearing Support Service", "Hearing Support Service"),
                   ("Deaf awareness training for all staff who teach Szymon", "As appropriate", "Hearing Support Service"),
                   ("Seating near the front, away from noise, with a clear view of the teacher's face", "Every lesson", "All teaching staff")]),
       ]),
  dict(name="Communication and interaction",
       strengths="Szymon's speech is clear and he is a willing conversation partner 1:1.",
       needs=["Szymon's vocabulary for school subjects is well below that of his peers (British Picture Vocabulary Scale, May 2026: below average range), and he finds it hard to understand longer spoken explanations."],
       rows=[
        dict(outcome="By July 2027, Szymon will explain the meaning of 8 out of 10 key words from each science and geography topic, checked by his teaching assistant in an end-of-topic quiz.",
             prov=[("Small group language sessions (pre-teaching vocabulary)", "Regularly", "Teaching assistant"),
                   ("Speech and language therapy input to advise on vocabulary targets", "To be agreed", "Speech and language therapist")]),
       ]),
  dict(name="Cognition and learning",
       strengths="Szymon reached the expected standard in mathematics at the end of Year 6 and is in the top set for maths.",
       needs=["Szymon's reading comprehension is about two years below his age because of his vocabulary gaps."],
       rows=[
        dict(outcome="By July 2027, Szymon will read a Year 8 text and answer 7 out of 10 comprehension questions correctly, assessed by his English teacher each term (May 2026: 4 out of 10).",
             prov=[("Reading comprehension intervention", "Three times a week, 20 minutes", "Teaching assistant"),
                   ("Subtitles on all video content, and notes provided before lessons where possible", "Every lesson", "Subject teachers")]),
       ]),
 ],
 health_strengths="Szymon is physically healthy and active.",
 health=[("Moderate bilateral sensorineural hearing loss; Szymon wears two behind-the-ear hearing aids.",
          "Paediatric Audiology, Soarbridge Royal Infirmary: hearing test and hearing aid review every 6 months (45-minute appointment); replacement ear moulds as needed at these appointments, by the paediatric audiologist.",
          "By July 2027, Szymon will wear his hearing aids for the whole school day every day and change his own batteries, recorded by the teaching assistant on the daily check.")],
 health_agreement="Health agreement: the health provision above was agreed by Dr Anjali Varma, Designated Medical Officer, Soarbridge Integrated Care Board, on 24 September 2026.",
 social_strengths="Szymon lives with both parents and his older sister; the family is close.",
 social=[("Szymon does not have social care needs relating to his special educational needs (Soarbridge Early Help Hub advice, Dean Foster, Early Help Co-ordinator, 10 July 2026).",
          "None. Short breaks considered and not needed.",
          "None. The family have information about the Local Offer, including the deaf children's youth club run by the Soarbridge Deaf Children's Society.",
          "No social care outcome needed.")],
 I_name="Abbey Mead Academy",
 I_type="Mainstream secondary academy",
 J_details="No personal budget requested.",
 J_arr="Not applicable.",
 K_rows={1: ("Parents' views (Polish interpreter)", "30/06/2026", "Szymon's mother and father", "YES"),
         2: ("Educational advice", "02/07/2026", "", "YES"),
         3: ("Hearing support advice", "29/06/2026", "Mrs Lynn Archer, Teaching Assistant, Hearing Support Service", "YES"),
         4: (None, "08/07/2026", "Dr Ruth Kaye, Community Paediatrician, with Paediatric Audiology report (Mr Neil Shah, Clinical Scientist (Audiology), 12 May 2026)", "YES"),
         5: (None, "14/07/2026", "Dr Olu Adeyemi, Educational Psychologist, Soarbridge Educational Psychology Service", "YES"),
         6: (None, "10/07/2026", "Dean Foster, Early Help Co-ordinator, Soarbridge Early Help Hub", "YES"),
         7: ("Speech and language therapy report", "", "Soarbridge Children's Speech and Language Therapy Service", "YES")},
 signoff_name="Priya Mistry, SEND Caseworker", signoff_date="2 October 2026",
))

# ---------------------------------------------------------------- w110 (SOUND) bold-statutory
PLANS.append(dict(
 id="w110", layout="bold-statutory", bullet="o",
 front=[("Plan reference", "SCC-EHC-21763"), ("Young person's first name", "Tyler"), ("Age", "15"),
        ("NC year (national curriculum year)", "Year 10"), ("Legal status", "Looked after – full care order (Children Act 1989, section 31), since 2022"),
        ("Date this EHC plan was issued", "27.02.2026"), ("Date of last annual review", "None yet – first EHC plan"),
        ("Caseworker", "Tariq Hussain, SEND Caseworker (Looked After Children lead)")],
 intro="This plan was co-produced with Tyler, his foster carers, his social worker and the Soarbridge Virtual School (the council's service that champions the education of children in care). It has been written alongside Tyler's care plan and his Personal Education Plan (PEP), and the three plans will be reviewed together wherever possible so that Tyler does not have to tell his story more than once.",
 A=[("h", "Me, in my own words (Tyler wrote this with his key worker at Oakfield in December 2025)"),
    ("p", "I'm Tyler, I'm 15. I live with my foster carers Sue and Dave and their dog Rocky, and I've been there nearly three years, which is the longest I've been anywhere. I see my little brother every month at contact."),
    ("p", "I'm good at cooking – I make the Sunday dinner sometimes. I'm good at fixing bikes and I'm fast at running. At Oakfield I'm good in the workshop and my construction teacher says I've got a good eye."),
    ("p", "Things I find hard: if a teacher gets in my face or shouts, I go. I can't help it. Reading big chunks of writing. Sitting in a classroom with 30 people. Sometimes at night I can't stop thinking about stuff from before."),
    ("p", "When I'm older I want to be a plumber or a bricklayer, have my own van, and live in my own flat near Sue and Dave. I want to do my Level 1 construction and get English and maths."),
    ("h", "What Tyler's foster carers say (home visit, 9 December 2025)"),
    ("p", "Sue and Dave say Tyler is funny, loyal and a brilliant big brother. He has come a long way since he arrived. They would like school to understand that when Tyler walks out he is protecting himself, not being defiant. Their hope is that he stays at Oakfield, gets a college place in construction and learns to live independently. They would like him to have access to a mentor who is a tradesperson, and they are glad he can go to the gym on a regular basis now."),
    ("h", "What Tyler's social worker says (Kerry Ansell, Social Worker, Children in Care Team, 12 December 2025)"),
    ("p", "Tyler's care plan is for long-term foster care with Sue and Dave. His main needs are stability, trusted adults and help to prepare for leaving care. The social worker supports Oakfield's approach and will attend the PEP meetings each term."),
 ],
 areas=[
  dict(name="Social, emotional and mental health",
       strengths="Tyler builds strong relationships with adults who are calm and consistent. He has not been excluded since starting at Oakfield in April 2025.",
       needs=["Tyler experienced neglect and domestic abuse before he came into care aged 12, and had six placement moves. He is quick to sense threat; raised voices or being crowded can lead him to leave the room or become verbally aggressive.",
              "He was permanently excluded from mainstream school in Year 9. He finds large classes and unstructured times very hard.",
              "He finds it hard to accept praise in front of others and can sabotage work he is proud of."]),
  dict(name="Cognition and learning",
       strengths="Tyler's practical problem-solving is strong and his mathematics is close to the expected level for his age (Oakfield assessment, November 2025).",
       needs=["Tyler's reading age is about 11 years (November 2025) because of gaps in his schooling. He finds long texts and written answers hard and loses concentration after 10 to 15 minutes of written work."]),
  dict(name="Preparing for adulthood",
       strengths="Tyler can cook a family meal, uses the bus on his own and manages his own pocket money.",
       needs=["Tyler will need to plan for his move to college and, later, to leaving care, including managing money, a tenancy and his health appointments."]),
 ],
 E_intro="These outcomes were agreed with Tyler and build on what he wants: a construction qualification, English and maths, work in a trade, and his own flat.",
 C=[("p", "Tyler has no difficulty with his physical health and sleeps well most nights, but he has symptoms of post-traumatic stress: intrusive memories, a quick 'fight or flight' response and some nights of poor sleep. This is described in the advice of the Looked After Children's Health Team (annual health assessment, 6 November 2025) and the CAMHS (Child and Adolescent Mental Health Services) Children in Care service (advice of 2 December 2025).")],
 D=[("p", "Tyler is a looked-after child on a full care order. His social care needs are set out in his care plan (reviewed at his looked-after review on 14 November 2025): stability in his long-term foster placement, contact with his brother, and preparation for leaving care under the pathway planning process from age 16."),
    ("p", "His social worker contributed to this assessment, and the Virtual School ensures that his PEP targets match the outcomes in Section E. The independent reviewing officer has seen this plan.")],
 G=[("p", "CAMHS Children in Care service: trauma-focused therapy with a clinical psychologist, one 50-minute session each week for 16 weeks from January 2026 at the Oakfield site on Wednesday afternoons, then review with Tyler, his carers and his social worker."),
    ("p", "Looked After Children's Health Team: annual health assessment by a specialist nurse for looked-after children (next due November 2026), including a check on sleep and emotional wellbeing.")],
 health_agreement="Health agreement: the provision in Section G has been agreed by Dr Harpreet Sandhu, Designated Doctor for Looked After Children, on behalf of the Designated Clinical Officer, Soarbridge Integrated Care Board, on 19 February 2026.",
 H1=[("p", "None. Tyler does not need provision under section 2 of the Chronically Sick and Disabled Persons Act 1970.")],
 H2=[("p", "Social worker (Children in Care Team): statutory visits to Tyler at least every 6 weeks, and attendance at each termly PEP meeting (three a year) to link his care plan with this plan."),
     ("p", "Personal adviser from the Leaving Care Service allocated at age 16 (August 2026), meeting Tyler monthly for 1 hour to prepare his pathway plan, including money, housing and health."),
     ("p", "Independent visitor: a volunteer who takes Tyler to a weekend activity he chooses, twice a month for 3 hours, arranged by the Children in Care Team.")],
 I=[("p", "Oakfield Centre, an alternative provision academy for 14 to 16 year olds (full-time place, 25 hours a week), commissioned by Soarbridge City Council.")],
 J=[("p", "No personal budget has been requested. Pocket money and activities are funded through his placement as set out in his care plan.")],
 K=["Tyler's views: written with his key worker, Mr Lewis Grant, Oakfield Centre, 10 December 2025",
    "Foster carers' views: Sue and Dave, home visit, 9 December 2025",
    "Educational advice: Mrs Angela Ward, Head of Centre, Oakfield Centre, 15 December 2025, with the Virtual School advice of Mr Ian Cross, Virtual School Head, 16 December 2025",
    "Psychological advice: Dr Amy Chen, Educational Psychologist, Soarbridge Educational Psychology Service, 5 January 2026",
    "Medical advice: Jess Farrow, Specialist Nurse for Looked After Children, Looked After Children's Health Team (annual health assessment), 6 November 2025",
    "Health advice (mental health): Dr Tom Ellis, Clinical Psychologist, CAMHS Children in Care service, 2 December 2025",
    "Social care advice: Kerry Ansell, Social Worker, Children in Care Team, 12 December 2025",
    "Preparing for adulthood advice: Rachel Boateng, Careers Adviser (Level 6 Diploma in Career Guidance), Soarbridge Careers Service, 8 January 2026"],
 signoff="Signed on behalf of Soarbridge City Council: Tariq Hussain, SEND Caseworker, 27 February 2026.",
))
P = PLANS[-1]
P["areas"][0]["rows"] = [
 dict(outcome="By the end of Year 10 (July 2026), Tyler will stay in the workshop or classroom for the whole lesson, using his agreed exit card to take a 5-minute break instead of leaving the site, in 9 out of 10 lessons, recorded on Oakfield's daily tracker.",
      prov=[("Trauma-informed key worker: morning check-in and end-of-day debrief", "Daily, 10 minutes each, 1:1", "Key worker trained in trauma-informed practice (Oakfield Centre)"),
            ("Exit card and a named quiet space with an adult", "Every lesson; 5 minutes per use", "All Oakfield staff")]),
 dict(outcome="By December 2026, Tyler will receive praise from staff in front of his group and accept it calmly (no walking out or spoiling work) on at least 4 of 5 occasions, recorded by his key worker over two weeks each half term.",
      prov=[("Staff training on attachment and trauma, including how to give praise to Tyler", "Two 90-minute sessions (January and September 2026)", "Educational psychologist"),
            ("Small teaching group for all core subjects", "All core lessons, in a group of no more than 6", "Qualified teachers at Oakfield")]),
]
P["areas"][1]["rows"] = [
 dict(outcome="By July 2027, Tyler will achieve Functional Skills English at Entry Level 3 and Functional Skills mathematics at Level 1, as confirmed by the awarding body results.",
      prov=[("Reading and comprehension intervention using construction texts", "x3 weekly, 30 minutes, 1:1", "Teacher with a specialist literacy qualification (Oakfield Centre)"),
            ("Exam access arrangements: a reader and 25% extra time", "All Functional Skills exams", "Arranged by Oakfield's Exams Officer")]),
]
P["areas"][2]["rows"] = [
 dict(outcome="By June 2027, Tyler will receive a positive report from a two-week work experience placement with a plumbing or building firm, and receive an offer of a place on a Level 1 construction course at college.",
      prov=[("Work experience placement, found and visited by the work-related learning co-ordinator", "Two weeks in June 2026; two 1-hour visits", "Work-related learning co-ordinator (Oakfield Centre)"),
            ("Careers guidance interviews and support with college applications", "Three 45-minute meetings across Year 10 and 11", "Careers adviser, Soarbridge Careers Service")]),
 dict(outcome="By July 2027, Tyler will plan a weekly food budget of £30, shop for it and cook three meals, signed off by his foster carers and key worker on the independent living checklist.",
      prov=[("Independent living skills course (budgeting, shopping and cooking)", "Weekly, 1 hour 30 minutes, in a group of no more than 6, for two terms", "Oakfield life skills tutor")]),
]

# ---------------------------------------------------------------- w111 (SOUND) ef-table
PLANS.append(dict(
 id="w111", layout="ef-table", ef_header=["Outcome", "Provision", "How often / how long / group size", "Delivered by"],
 front=[("Plan reference", "SCC-EHC-20455"), ("Young person's first name", "Amira"), ("Age", "17"),
        ("School year", "Year 12 (sixth form)"), ("Languages at home", "Kurdish (Sorani), Arabic and English"),
        ("Date this EHC plan was issued", "30 April 2025"), ("Date of last annual review", "16 October 2026 (plan amended following the review)"),
        ("Caseworker", "Marcus Reid, Post-16 SEND Caseworker")],
 intro="This plan was amended after Amira's annual review on 16 October 2026, which she led herself. The outcomes were co-produced with Amira and updated for her sixth form course. Soarbridge City Council's Special Educational Needs and Disability (SEND) service has checked the amended provision with her sixth form and with health colleagues.",
 A=[("h", "What I want people to know about me (Amira, written for her annual review, October 2026)"),
    ("p", "I'm Amira. I'm 17 and I'm in Year 12 at Castlegate Sixth Form doing A levels (advanced level qualifications) in biology and psychology and a BTEC (vocational) in health and social care. I live with my mum, dad and three sisters. I love baking, volunteering at the food bank on Saturdays and watching true crime documentaries."),
    ("p", "I'm good at understanding people and I'm really organised. I'm good at explaining things to younger students – I help in the Year 7 homework club. My practical science skills are strong."),
    ("p", "I have dyslexia so reading long articles and writing essays under time pressure is hard. I also have epilepsy. My seizures are mostly under control but when I'm really tired or stressed I can have absences where I blank out for a few seconds and miss what the teacher said. I don't want people to make a big deal of it, I just want them to know what to do."),
    ("p", "My goal is to go to university to study nursing or paramedic science. I'd like to learn to drive if my doctor says I can, and I'd like to live in halls at university."),
    ("h", "My parents' views (at the annual review, 16 October 2026)"),
    ("p", "Amira's parents are very proud of her. They describe her as mature, caring and hard-working. They would like her to manage her own medication and appointments before she leaves home, and they worry about her getting overtired during exam periods. They fully support her plan to study nursing."),
 ],
 areas=[
  dict(name="Cognition and learning",
       strengths="Amira achieved grade 6 in GCSE (General Certificate of Secondary Education) biology and grade 5 in English language with access arrangements (summer 2026). Her verbal reasoning is above average (educational psychologist, 2025).",
       needs=["Amira has dyslexia. Her reading speed is below average for her age and she finds it hard to take notes from spoken explanations and to plan long essays under timed conditions.",
              "Her absence seizures, although now infrequent, can cause her to miss short pieces of information in lessons."]),
  dict(name="Preparing for adulthood",
       strengths="Amira is already a confident volunteer and travels independently across the city.",
       needs=["Amira needs support to apply to university, to plan the disability support she will need there, and to manage her own health independently."]),
 ],
 E_intro="Amira's outcomes build on her goal of studying nursing at university, living in halls, and managing her own health.",
 C=[("p", "Amira has no difficulty with her mobility, self-care or general health, but she has epilepsy (childhood absence epilepsy, now with occasional focal seizures). She takes levetiracetam twice a day. Seizures are more likely when she is tired or stressed, and after a seizure she may need 10 to 15 minutes' rest. This is described in the advice of the Epilepsy Nurse Specialist (26 September 2026) and her consultant paediatric neurologist (March 2025)."),
    ("p", "Amira is moving from children's to adult epilepsy services when she turns 18 in August 2027.")],
 D=[("p", "Amira does not have social care needs relating to her special educational needs. This is based on social care advice from the Soarbridge Early Help Hub (Kelly Marsh, Early Help Co-ordinator, 11 March 2025), reconfirmed by the family and Amira at the annual review.")],
 G=[("b", "Epilepsy Nurse Specialist (Soarbridge Children's Epilepsy Service): review of Amira's individual healthcare plan and seizure care plan with Amira and the sixth form every 6 months (45-minute meeting, October and April)."),
    ("b", "Seizure awareness training for sixth form staff who teach Amira and for the exams team: one 60-minute session each September, delivered by the Epilepsy Nurse Specialist."),
    ("b", "Transition to adult services: a joint clinic with the paediatric and adult epilepsy teams, two appointments of 45 minutes between January and July 2027, arranged by the Epilepsy Nurse Specialist.")],
 health_agreement="Health agreement: Section G (as amended) was reviewed and confirmed by Sarah Linley, Designated Clinical Officer, Soarbridge Integrated Care Board, on 5 November 2026.",
 H1=[("p", "None. Short breaks were considered and are not needed.")],
 H2=[("p", "None. Amira has been given information about the Local Offer and the Young Adults' Epilepsy Peer Group that meets monthly at the Central Library.")],
 I=[("p", "Castlegate Sixth Form, a mainstream school sixth form (16 to 19)." )],
 J=[("p", "No personal budget has been requested.")],
 K=[("Amira's own views (original assessment)", "Amira", "10 March 2025"),
    ("Parents' views (original assessment)", "Amira's mother and father", "10 March 2025"),
    ("Educational advice (original assessment)", "Ms Leah Booth, SENCo (special educational needs co-ordinator), Castlegate Academy", "7 March 2025"),
    ("Psychological advice", "Dr Kirsten Hale, Educational Psychologist, Soarbridge Educational Psychology Service", "18 February 2025"),
    ("Medical advice", "Dr Rana Saleh, Consultant Paediatric Neurologist, Soarbridge Royal Infirmary", "4 March 2025"),
    ("Social care advice", "Kelly Marsh, Early Help Co-ordinator, Soarbridge Early Help Hub", "11 March 2025"),
    ("Preparing for adulthood advice", "Oliver Grant, Careers Adviser (Level 6 qualified), Soarbridge Careers Service", "14 March 2025"),
    ("Annual review: Amira's views and parents' views", "Amira and her parents", "16 October 2026"),
    ("Annual review: educational report", "Mr Chris Nolan, Head of Sixth Form, Castlegate Sixth Form", "2 October 2026"),
    ("Annual review: health update", "Grace Obi, Epilepsy Nurse Specialist, Soarbridge Children's Epilepsy Service", "26 September 2026")],
 signoff="Amended plan issued on behalf of Soarbridge City Council by Marcus Reid, Post-16 SEND Caseworker, 9 November 2026.",
))
P = PLANS[-1]
P["areas"][0]["rows"] = [
 dict(outcome="By the end of Year 13 (July 2028), Amira will gain A level grades that meet the typical offer for a nursing degree (BBC or equivalent), with predicted grades recorded by her tutor each term on the sixth form tracker.",
      prov=[("Specialist study skills: essay planning, note-making and revision techniques for dyslexia", "Fortnightly, 50 minutes, 1:1, for the whole of Year 12 and Year 13", "Specialist teacher (Level 7 qualification in specialist teaching for dyslexia), Castlegate Sixth Form"),
            ("Exam access arrangements: 25% extra time, rest breaks and use of a word processor", "All mock and final exams", "Arranged by the Exams Officer, Castlegate Sixth Form"),
            ("Lesson slides and notes shared electronically before each lesson, so that anything missed during an absence seizure can be caught up", "Every lesson", "Subject teachers")]),
 dict(outcome="By March 2027, Amira will write a 1,500-word biology essay in a timed 90-minute practice with her access arrangements, achieving at least a grade C on the exam board mark scheme, marked by her biology teacher.",
      prov=[("Mind-mapping and text-to-speech software on her own laptop", "Available in all lessons and exams; updated each term", "Installed and maintained by the sixth form's learning support co-ordinator")]),
]
P["areas"][1]["rows"] = [
 dict(outcome="By 29 January 2027, Amira will submit her university application (UCAS, the national university application service) with a personal statement she has written, and by May 2027 she will have a plan for the disability support she will need at university, agreed with the careers adviser.",
      prov=[("Careers and higher education guidance, including applying for Disabled Students' Allowance", "Three 45-minute meetings (November 2026, January 2027, April 2027)", "Careers adviser, Soarbridge Careers Service"),
            ("Personal statement support", "Weekly, 30 minutes, 1:1, for 6 weeks in the autumn term, then review", "Sixth form tutor")]),
 dict(outcome="By July 2027, Amira will order her own repeat prescriptions, book and attend her own epilepsy appointments, and take her medication on time every day, shown by her medication app record and confirmed by the Epilepsy Nurse Specialist at her transition clinic.",
      prov=[("Independence in health: support to set up the medication app, NHS (National Health Service) account and a seizure diary, then check progress", "Two 30-minute sessions in the autumn term 2026, then half-termly 15-minute check-ins", "Sixth form learning support co-ordinator, following the seizure care plan")]),
]

# ---------------------------------------------------------------- w112 (FAIL) national-template
PLANS.append(dict(
 id="w112", layout="national-template",
 nt_dates=["Soarbridge City Council – Education, Health and Care (EHC) Plan", "Date of EHC plan: 17.06.2026",
           "NC year: Year 11 (national curriculum year)", "Last reviewed: first plan",
           "Caseworker: Gemma Aldridge, SEND (special educational needs and disability) Caseworker"],
 nt_personal=dict(name="Kyle", preferred="Kyle", dob="Age 16", sex="Male", ethnicity="White British",
                  lang_child="English", lang_parent="English", parent1="Mother (name held on record)", rel1="Mother"),
 nt_services=["Northgate Learning Centre (alternative provision)", "Family doctor at Beaumont Leys Surgery; Dr Martin Cole, Community Paediatrician",
              "Held on case record", "Yes – Child in Need plan (Children Act 1989, section 17) since March 2026; allocated social worker in the Family Safeguarding Team",
              "Youth Justice Service (voluntary engagement); CAMHS (Child and Adolescent Mental Health Services)", "No", "No", "No", "No"],
 A1="Kyle lives with his mum and two younger sisters. He was diagnosed with attention deficit hyperactivity disorder (ADHD) at the age of 8. He had a difficult time in Years 8 and 9, with many suspensions, and was permanently excluded from Fosse Park Academy in February 2025. He has attended Northgate Learning Centre since March 2025, where his attendance has improved from 52% to 84%.\n\nKyle communicates well in conversation and is articulate when he is calm.\n\nAt primary school Kyle was supported at SEN Support (special educational needs support) with a learning mentor and movement breaks. He moved to Fosse Park Academy in Year 7, where he began to struggle with the number of lessons and teachers, and with being told off in front of others. He had 14 fixed-term suspensions in Years 8 and 9. During this time his parents separated and he started spending time with older young people in the area. Since joining Northgate he has built a strong relationship with his learning mentor, attends a boxing club twice a week and has completed a first aid certificate.",
 A_views="Kyle's views (talking with his Northgate mentor, April 2026): \"Northgate is alright. The teachers don't treat you like a kid. I like motor vehicle and PE. I'm good at taking engines apart and I'm good with my little sisters. I hate writing and I hate being told what to do in front of people. I want to get on the motor vehicle course at college and then get an apprenticeship at a garage. Then I want to get my own place.\"\n\nMum's views (meeting at Northgate, 22 April 2026): Kyle's mum says he is a good lad with a big heart who has had a hard time. Home has been very difficult this year and she is struggling to manage. She wants him to get into college and stay out of trouble.",
 A_interests="Motor vehicles, boxing, gaming, PE.",
 A_strengths="Practical and mechanically minded; caring towards his sisters; good sense of humour; improving attendance.",
 A_aspirations="Kyle wants to go to college to study motor vehicle maintenance and then get an apprenticeship in a garage. His mum wants him to go to college and stay out of trouble.",
 areas=[
  dict(name="Social, emotional and mental health",
       strengths="Kyle responds well to adults he respects, particularly male mentors, and has made good relationships with staff at Northgate.",
       needs=["Kyle has ADHD. He is impulsive and finds it hard to stay on task in classroom-based lessons for more than 15 minutes.",
              "Kyle reacts quickly to perceived criticism and can become verbally aggressive. He has been involved in incidents in the community."],
       rows=[
        dict(outcome="Kyle will be given a key worker who he meets with every day.",
             prov=[("Key worker mentoring check-in", "Daily, 15 minutes, 1:1", "Learning mentor, Northgate Learning Centre")]),
        dict(outcome="Staff will use a daily report card with Kyle and praise him when he meets his targets.",
             prov=[("Daily report card with three targets, reviewed at the end of each day", "Daily, 10 minutes, 1:1", "Learning mentor")]),
        dict(outcome="By July 2027, Kyle will use a strategy from his anger management programme to walk away from a disagreement, with no more than one recorded incident per half term, recorded on the centre's behaviour log.",
             prov=[("Anger management programme (Wise Up)", "Weekly, 45 minutes, in a group of no more than 4, for 10 weeks", "Learning mentor trained in the programme")]),
       ]),
  dict(name="Cognition and learning",
       strengths="Kyle's mathematics is at GCSE (General Certificate of Secondary Education) grade 3 to 4 level and he learns quickly in practical settings.",
       needs=["Kyle's reading is adequate but his writing is short and disorganised; he avoids written tasks."],
       rows=[
        dict(outcome="By June 2027, Kyle will achieve Functional Skills English Level 1 and a Level 1 Certificate in Vehicle Maintenance, as confirmed by the awarding body.",
             prov=[("Functional Skills English teaching in a small group", "Four times a week, 1 hour, in a group of no more than 6", "Qualified English teacher"),
                   ("Practical motor vehicle course (Level 1 Certificate in Vehicle Maintenance)", "Two days a week (Tuesday and Friday, 9am to 3pm), in a workshop group of no more than 8", "Qualified motor vehicle instructor, Northgate Learning Centre"),
                   ("Exam access arrangements: 25% extra time and rest breaks", "All Functional Skills exams", "Arranged by the Northgate Exams Officer")]),
       ]),
  dict(name="Preparing for adulthood",
       strengths="Kyle gets himself to Northgate by bus and looks after his sisters after school.",
       needs=["Kyle needs guidance to move on to college and support to develop independent living skills."],
       rows=[
        dict(outcome="By September 2027, Kyle will receive an offer of a place on a Level 1 motor vehicle course at college and attend his college taster day, confirmed by his careers adviser.",
             prov=[("Careers guidance interviews and support with college application", "Three 45-minute meetings between September 2026 and March 2027", "Careers adviser, Soarbridge Careers Service"),
                   ("College transition: two supported half-day taster visits", "Summer term 2027", "Learning mentor")]),
       ]),
 ],
 health_strengths="Kyle is physically fit and enjoys boxing training.",
 health=[("ADHD: Kyle takes methylphenidate on school days, prescribed by the community paediatrician.",
          "Community Paediatrics: ADHD medication review every 6 months (30-minute appointment) with the community paediatrician.",
          "See the social, emotional and mental health outcomes."),
         ("Low mood: Kyle has had periods of low mood and poor sleep since early 2026 and was referred to CAMHS by his family doctor in February 2026.",
          "CAMHS to continue to see Kyle as and when needed.",
          "Kyle will feel better in himself.")],
 health_agreement="Health agreement: agreed by Dr Anjali Varma, Designated Medical Officer, Soarbridge Integrated Care Board, 10 June 2026.",
 social_strengths="Kyle is a caring older brother and his mum is committed to him.",
 social=[("Home life has been difficult this year. Kyle's mum finds it hard to manage his behaviour in the evenings and Kyle often looks after his younger sisters.",
          "None.", "None.", "")],
 I_name="Northgate Learning Centre",
 I_type="Alternative provision (independent), Years 10 and 11",
 J_details="No personal budget requested.",
 J_arr="Not applicable.",
 K_rows={1: ("Mum's views", "22/04/2026", "Kyle's mother", "YES"),
         2: ("Kyle's views", "20/04/2026", "Kyle, with Mr Sean Rafferty, Learning Mentor, Northgate Learning Centre", "YES"),
         3: ("Educational advice", "24/04/2026", "Ms Farida Bhatti, Head of Centre, Northgate Learning Centre", "YES"),
         4: (None, "30/04/2026", "Dr Martin Cole, Community Paediatrician, Soarbridge Community Paediatrics", "YES"),
         5: (None, "06/05/2026", "Dr Amy Chen, Educational Psychologist, Soarbridge Educational Psychology Service", "YES"),
         6: (None, "12/04/2026", "Sophie Grant, Family Support Worker, Soarbridge Early Help", "YES"),
         8: (None, "29/04/2026", "Jade Okafor, Careers Adviser (Level 6 Diploma in Career Guidance), Soarbridge Careers Service", "YES")},
 signoff_name="Gemma Aldridge, SEND Caseworker", signoff_date="17 June 2026",
))


def main():
    os.makedirs(OUT, exist_ok=True)
    for plan in PLANS:
        doc = RENDER[plan["layout"]](plan)
        doc.save(os.path.join(OUT, plan["id"] + ".docx"))
        print("wrote", plan["id"], plan["layout"])


if __name__ == "__main__":
    main()
