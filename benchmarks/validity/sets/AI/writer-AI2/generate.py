#!/usr/bin/env python3
"""Generator for blind test set AI2 (London Borough of Kingsferry, fictional).

Builds 12 fictional, anonymised EHC plans (ai201 ... ai212) as .docx in ./plans.
Three layouts, one renderer each:
  national-template : the national (Somerset, MIT) template filled in
  ef-table          : headed paragraphs, Sections E and F in one combined table
  letter-column     : one big two-column table, section letter shaded and merged down

Plan text is Python data below.  Block mini-markup used in the data:
  "## text"  -> a bold sub-heading line
  "- text"   -> a bullet
  anything else -> an ordinary paragraph
"""
import copy
import os
import sys

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "plans")
TEMPLATE = "/work/shared/reference/national-ehcp-template.docx"

COUNCIL = "London Borough of Kingsferry"
SERVICE = "Kingsferry Special Educational Needs and Disabilities (SEND) Service"
PLAN_TITLE = "Education, Health and Care (EHC) Plan"


# ----------------------------------------------------------------- helpers
def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    for old in tcPr.findall(qn("w:shd")):
        tcPr.remove(old)
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def ucells(row):
    out = []
    for c in row.cells:
        if not out or c._tc is not out[-1]._tc:
            out.append(c)
    return out


def _clear_para(p):
    for child in list(p._p):
        if child.tag != qn("w:pPr"):
            p._p.remove(child)


def _as_list(content):
    if content is None:
        return [""]
    if isinstance(content, str):
        return content.split("\n")
    return list(content)


def _write_line(par, line, bullet_char="\u2022 "):
    if line.startswith("## "):
        r = par.add_run(line[3:])
        r.bold = True
    elif line.startswith("- "):
        par.add_run(bullet_char + line[2:])
    else:
        par.add_run(line)


def set_cell(cell, content, bullet_char="\u2022 "):
    """Replace everything in a table cell by the given lines (keeps the
    first paragraph's formatting)."""
    lines = _as_list(content)
    first = cell.paragraphs[0]
    for p in cell.paragraphs[1:]:
        p._p.getparent().remove(p._p)
    _clear_para(first)
    _write_line(first, lines[0], bullet_char)
    prev = first._p
    for line in lines[1:]:
        newp = copy.deepcopy(first._p)
        for child in list(newp):
            if child.tag != qn("w:pPr"):
                newp.remove(child)
        prev.addnext(newp)
        prev = newp
        from docx.text.paragraph import Paragraph
        _write_line(Paragraph(newp, first._parent), line, bullet_char)


def para_after(anchor_elm, doc, text, bold_label=None, bold=False):
    """Create a paragraph and move it to straight after anchor_elm."""
    p = doc.add_paragraph()
    if bold_label:
        r = p.add_run(bold_label)
        r.bold = True
    r = p.add_run(text)
    r.bold = bold
    anchor_elm.addnext(p._p)
    return p


# ------------------------------------------------------ national template
AREA_TABLE = {"ci": 4, "cl": 5, "semh": 6, "sp": 7}


def render_national(plan, path):
    doc = Document(TEMPLATE)
    tables = list(doc.tables)          # fixed order, captured before edits
    h1 = next(p for p in doc.paragraphs if p.style.name == "Heading 1")
    _clear_para(h1)
    h1.add_run(f"{COUNCIL}: {PLAN_TITLE}")
    anchor = h1._p
    lines = [("", SERVICE)] + plan["front"]
    for label, value in lines:
        p = para_after(anchor, doc, value, bold_label=(label + ": ") if label else None)
        anchor = p._p

    # personal details
    t = tables[0]
    pd = plan["personal"]
    def rowvals(ri):
        return ucells(t.rows[ri])
    c = rowvals(1); set_cell(c[1], pd["name"]); set_cell(c[3], pd["preferred"])
    c = rowvals(2); set_cell(c[1], pd["dob"])
    c = rowvals(3); set_cell(c[1], pd["sex"]); set_cell(c[3], pd["ethnicity"])
    c = rowvals(4); set_cell(c[1], pd["lang_child"]); set_cell(c[3], pd["lang_parent"])
    c = rowvals(6); set_cell(c[1], pd["contact1"]); set_cell(c[3], pd["rel1"])
    c = rowvals(7); set_cell(c[1], "Held on the case record"); set_cell(c[3], "Held on the case record")
    c = rowvals(8); set_cell(c[1], "Held on the case record")
    c = rowvals(9); set_cell(c[1], pd.get("contact2", "")); set_cell(c[3], pd.get("rel2", ""))
    c = rowvals(10); set_cell(c[1], pd.get("contact2_details", "")); set_cell(c[3], pd.get("contact2_details", ""))
    c = rowvals(11); set_cell(c[1], pd.get("contact2_address", ""))

    t = tables[1]
    sv = plan["services"]
    keys = ["setting", "gp", "nhs", "social", "others", "lac_now", "lac_past", "opp", "moving"]
    for i, k in enumerate(keys, start=1):
        set_cell(ucells(t.rows[i])[1], sv[k])

    set_cell(ucells(tables[2].rows[1])[1], plan["history"])
    t = tables[3]
    set_cell(ucells(t.rows[3])[0], plan["views"])
    set_cell(ucells(t.rows[5])[0], plan["interests"])
    set_cell(ucells(t.rows[7])[0], plan["strengths"])
    set_cell(ucells(t.rows[9])[0], plan["aspirations"])

    for key, ti in AREA_TABLE.items():
        t = tables[ti]
        area = plan["areas"].get(key)
        if area is None:
            t._tbl.getparent().remove(t._tbl)
            continue
        set_cell(ucells(t.rows[2])[0], area["strengths"])
        rows = area["rows"]
        for i in range(10):
            r = t.rows[4 + i]
            if i < len(rows):
                cells = ucells(r)
                for j in range(3):
                    set_cell(cells[j], rows[i][j])
        for r in list(t.rows)[4 + len(rows):]:
            t._tbl.remove(r._tr)

    # C-G-E
    t = tables[8]
    hl = plan["health"]
    set_cell(ucells(t.rows[1])[0], hl["strengths"])
    for i in range(10):
        if i < len(hl["rows"]):
            cells = ucells(t.rows[3 + i])
            for j in range(3):
                set_cell(cells[j], hl["rows"][i][j])
    for r in list(t.rows)[3 + len(hl["rows"]):]:
        t._tbl.remove(r._tr)
    if plan.get("health_agreement"):
        para_after(t._tbl, doc, plan["health_agreement"], bold_label="Health agreement: ")

    # D-H1-H2-E
    t = tables[9]
    sc = plan["social"]
    set_cell(ucells(t.rows[1])[0], sc["strengths"])
    for i in range(10):
        if i < len(sc["rows"]):
            cells = ucells(t.rows[3 + i])
            for j in range(4):
                set_cell(cells[j], sc["rows"][i][j])
    for r in list(t.rows)[3 + len(sc["rows"]):]:
        t._tbl.remove(r._tr)

    # I placement
    t = tables[10]
    pl = plan["placement"]
    for i, (lab, val) in enumerate(pl):
        cells = ucells(t.rows[i])
        if i >= 2:
            set_cell(cells[0], lab)
        set_cell(cells[1], val)
    for r in list(t.rows)[len(pl):]:
        t._tbl.remove(r._tr)

    # J
    t = tables[11]
    set_cell(ucells(t.rows[0])[1], plan["j"][0])
    set_cell(ucells(t.rows[1])[1], plan["j"][1])

    # K
    t = tables[12]
    k = plan["k"]
    base_rows = list(t.rows)
    for ri, entry in k["rows"].items():
        cells = ucells(base_rows[ri])
        label, date, who, app = entry
        if label is not None:
            set_cell(cells[0], label)
        set_cell(cells[1], date)
        set_cell(cells[2], who)
        set_cell(cells[3], app)
    # extra rows inserted after row 3, in order
    anchor = base_rows[3]._tr
    for label, date, who, app in k.get("extra", []):
        new_tr = copy.deepcopy(base_rows[1]._tr)
        anchor.addnext(new_tr)
        anchor = new_tr
        from docx.table import _Row
        row = _Row(new_tr, t)
        cells = ucells(row)
        set_cell(cells[0], label); set_cell(cells[1], date)
        set_cell(cells[2], who); set_cell(cells[3], app)

    t = tables[13]
    cells = ucells(t.rows[1])
    set_cell(cells[0], plan["signoff"][0])
    set_cell(cells[1], plan["signoff"][1])
    set_cell(cells[2], plan["signoff"][2])

    for heading, body in plan.get("after", []):
        p = doc.add_paragraph()
        p.add_run(heading).bold = True
        for line in body:
            doc.add_paragraph(line)
    doc.save(path)


# ----------------------------------------------------------- ef-table
def _blocks(doc, blocks):
    for line in _as_list(blocks):
        if line.startswith("## "):
            doc.add_heading(line[3:], level=2)
        elif line.startswith("- "):
            doc.add_paragraph(line[2:], style="List Bullet")
        else:
            doc.add_paragraph(line)


def _front(doc, plan):
    t = doc.add_paragraph(style="Title")
    t.add_run(f"{COUNCIL}\n{PLAN_TITLE}")
    p = doc.add_paragraph()
    p.add_run(SERVICE).italic = True
    for label, value in plan["front"]:
        p = doc.add_paragraph()
        p.add_run(label + ": ").bold = True
        p.add_run(value)


def _simple_table(doc, header, rows, widths=None):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for i, h in enumerate(header):
        c = t.rows[0].cells[i]
        c.text = ""
        c.paragraphs[0].add_run(h).bold = True
        shade(c, "D9E2F3")
    for r in rows:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            set_cell(cells[i], v)
    return t


def render_ef(plan, path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    _front(doc, plan)
    S = plan["sections"]
    order = [("A", "Section A: The views, interests and aspirations of {n} and {fam}"),
             ("B", "Section B: {n}'s special educational needs"),
             ("C", "Section C: Health needs which relate to {n}'s special educational needs"),
             ("D", "Section D: Social care needs which relate to {n}'s special educational needs or disability")]
    fmt = dict(n=plan["name"], fam=plan["family_word"])
    for key, title in order:
        doc.add_heading(title.format(**fmt), level=1)
        _blocks(doc, S[key])
    doc.add_heading("Sections E and F: Outcomes and the special educational provision that will help {n} achieve them".format(**fmt), level=1)
    _blocks(doc, S.get("EF_intro", []))
    hdr = plan.get("ef_header", ["Outcome (Section E)", "Special educational provision (Section F)", "How often and for how long", "Who"])
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        c = t.rows[0].cells[i]
        c.text = ""
        c.paragraphs[0].add_run(h).bold = True
        shade(c, "D9E2F3")
    for area, outcomes in S["EF"]:
        r = t.add_row()
        a = r.cells[0].merge(r.cells[3])
        a.text = ""
        a.paragraphs[0].add_run(area).bold = True
        shade(a, "EDEDED")
        for outcome, provs in outcomes:
            start = len(t.rows)
            for prov in provs:
                row = t.add_row().cells
                set_cell(row[1], prov[0]); set_cell(row[2], prov[1]); set_cell(row[3], prov[2])
            end = len(t.rows) - 1
            top = t.cell(start, 0)
            if end > start:
                top = top.merge(t.cell(end, 0))
            set_cell(top, outcome)
    _blocks(doc, S.get("EF_after", []))
    rest = [("G", "Section G: Health provision reasonably required by {n}'s learning difficulties or disabilities"),
            ("H1", "Section H1: Social care provision which must be made under section 2 of the Chronically Sick and Disabled Persons Act 1970"),
            ("H2", "Section H2: Any other social care provision reasonably required by {n}'s learning difficulties or disabilities"),
            ("I", "Section I: Placement"),
            ("J", "Section J: Personal budget")]
    for key, title in rest:
        doc.add_heading(title.format(**fmt), level=1)
        _blocks(doc, S[key])
        if key == "G" and plan.get("health_agreement"):
            p = doc.add_paragraph()
            p.add_run("Health agreement: ").bold = True
            p.add_run(plan["health_agreement"])
    doc.add_heading("Section K: Advice and information gathered during the EHC needs assessment", level=1)
    _blocks(doc, S.get("K_intro", []))
    _simple_table(doc, ["Advice or information", "Given by (name and role or service)", "Date"], S["K"])
    doc.add_paragraph()
    for label, value in plan["signoff"]:
        p = doc.add_paragraph()
        p.add_run(label + ": ").bold = True
        p.add_run(value)
    doc.save(path)


# ------------------------------------------------------- letter-column
def render_letter(plan, path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    _front(doc, plan)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for letter, title, blocks in plan["sections"]:
        lines = _as_list(blocks)
        start = len(t.rows)
        r = t.add_row().cells
        r[1].text = ""
        r[1].paragraphs[0].add_run(title).bold = True
        shade(r[1], "F2F2F2")
        # each block becomes its own row; consecutive bullets share a row
        groups, cur = [], []
        for line in lines:
            if line.startswith("- ") and cur:
                cur.append(line)
            elif (not line.startswith("## ")) and len(cur) == 1 and cur[0].startswith("## "):
                cur.append(line)
            else:
                if cur:
                    groups.append(cur)
                cur = [line]
        if cur:
            groups.append(cur)
        for g in groups:
            rc = t.add_row().cells
            set_cell(rc[1], g)
        end = len(t.rows) - 1
        left = t.cell(start, 0)
        if end > start:
            left = left.merge(t.cell(end, 0))
        left.text = ""
        run = left.paragraphs[0].add_run(letter)
        run.bold = True
        run.font.size = Pt(20)
        shade(left, "B4C6E7")
    for row in t.rows:
        row.cells[0].width = Cm(2.0)
        row.cells[1].width = Cm(15.0)
    doc.add_paragraph()
    for label, value in plan["signoff"]:
        p = doc.add_paragraph()
        p.add_run(label + ": ").bold = True
        p.add_run(value)
    doc.save(path)


RENDER = {"national-template": render_national, "ef-table": render_ef, "letter-column": render_letter}
PLANS = []

# =========================================================== ai201 (SOUND)
PLANS.append(dict(
    id="ai201", layout="national-template",
    front=[
        ("Date this plan was issued", "22 May 2026"),
        ("Type of plan", "Final plan, amended following annual review"),
        ("Last annual review meeting", "30/03/2026"),
        ("School year", "Year 4 (Key Stage 2)"),
        ("Age when this plan was issued", "8 years"),
    ],
    personal=dict(name="Amina", preferred="Amina", dob="June 2017 (full date held on the case record)",
                  sex="Female", ethnicity="Black British – Somali",
                  lang_child="English and Somali", lang_parent="Somali",
                  contact1="Amina's mother", rel1="Mother",
                  contact2="Amina's father", rel2="Father",
                  contact2_details="Held on the case record", contact2_address="Same address"),
    services=dict(
        setting="Canal Street Primary School (mainstream community school)",
        gp="Registered with a local general practitioner (GP). Key health professional: clinical nurse specialist, Kingsferry Sickle Cell and Thalassaemia Service",
        nhs="Held on the case record",
        social="No. Early Help screening completed in January 2026 (see Section D)",
        others="Kingsferry Hospital and Home Education Service; Kingsferry Educational Psychology Service; paediatric haematology team at St Aldhelm's Children's Hospital",
        lac_now="No", lac_past="No", opp="Yes – Amina's one-page profile, written with her in March 2026, is appended",
        moving="No"),
    history=[
        "Amina was born in London and lives with her mother, father and two younger brothers. Her parents came to the United Kingdom from Somalia before Amina was born. The family speak Somali at home and Amina speaks both Somali and English fluently.",
        "Amina has sickle cell disease. This is an inherited blood condition: her red blood cells can change shape and block small blood vessels, which causes sudden, severe pain (a 'crisis'), tiredness and a higher risk of infections. In the last school year she had five hospital stays, the longest for nine days after a chest infection called acute chest syndrome. She missed 38 school days in 2024 to 2025.",
        "Amina has had an Education, Health and Care (EHC) plan since June 2024. At her annual review on 30 March 2026 everyone agreed that she has made good progress with reading since the plan began, but that time in hospital means there are still gaps in her maths and spelling, and she worries about falling behind and about being away from her friends. This plan has been amended to bring the advice up to date and to add support for keeping in touch with school during hospital stays.",
        "## How Amina communicates",
        "Amina is a chatty, confident talker in both languages. She can tell adults how she is feeling, but she sometimes says she is 'fine' when she is starting to feel unwell because she does not want to miss out. Her pain scale card (0 to 10, with faces) helps her to tell adults how much pain she has.",
    ],
    views=[
        "## What Amina told us",
        "Amina shared her views with Ms Hassan, her teaching assistant, on 5 March 2026. She drew a picture called 'my best day' and talked about it. These are her words:",
        "\"I like school when I am not tired. My best thing is art and reading stories to my little brother. I don't like the playground when it is cold because my legs hurt. When I am in hospital I miss my friend Hibo and I miss golden time. I want to do the trip with sleeping over like my cousin did. I want the teacher to send me the work so I am not behind.\"",
        "## What Amina's parents told us",
        "Amina's mother and father met the special educational needs co-ordinator (SENCo) and the SEND officer on 12 March 2026 with a Somali interpreter. They said:",
        "\"Amina is clever and she loves to learn. Every time she goes into hospital she comes back sad because she thinks the others are ahead of her. We want the school to understand that when she is tired it is the sickle cell, not that she is lazy. We are happy with the school nurse training and we want it to happen every year because staff change. We would like Amina to go on the Year 5 trip if the doctors say it is safe.\"",
    ],
    interests=[
        "Drawing and painting, especially animals. Reading chapter books and telling stories to her brothers in Somali and English. Cooking with her mother. Watching baking programmes. Board games with her family.",
    ],
    strengths=[
        "- Kind and caring: she looks after younger children in the playground and is a 'buddy' for a new girl in her class.",
        "- A fluent reader who enjoys books; her reading has improved by more than a year since June 2024.",
        "- Good at explaining her thinking in maths, even when she has missed the lesson.",
        "- Brave and resilient: she returns to school cheerful after hospital stays.",
        "- Knows a lot about her own health and can explain sickle cell disease to her classmates.",
    ],
    aspirations=[
        "Amina says she wants to be a doctor \"so I can make children better\". In the nearer future she wants to go on the Year 5 residential trip and to keep up with her friends in reading and maths.",
        "Her parents hope she will catch up in maths and spelling, stay in a mainstream school with her friends, and learn to manage her condition more and more on her own as she gets older.",
    ],
    areas=dict(
        cl=dict(
            strengths=["Amina enjoys reading and reads fluently for her age. She remembers what she has learned well when it is taught in short, clear steps, and she can explain her reasoning in maths out loud."],
            rows=[
                ("Amina has gaps in her learning because of time missed in hospital. In March 2026 she was working at the expected standard for Year 3 in number and calculation, and she had not secured her 6, 7, 8 and 9 times tables. Her spelling age was 7 years 1 month when she was 8 years 9 months old.",
                 ["- Precision teaching for spelling of Year 3 and 4 common exception words: 1:1 with a trained teaching assistant (TA), 10 minutes every school day.",
                  "- Maths catch-up programme focusing on times tables and written methods, in a group of no more than 3 pupils, three times per week for 30 minutes, led by the higher level teaching assistant (HLTA) who has completed the programme's training; 12 weeks, then reviewed by the SENCo against the outcome.",
                  "- The class teacher will give Amina a short pre-teach (10 minutes, 1:1 or in a pair) before each new maths topic taught in the first two weeks after an absence."],
                 "By July 2027, Amina will know her times tables up to 10 × 10 and will score at least 20 out of 25 on a timed multiplication check, recorded by her class teacher each half term."),
                ("When Amina is in hospital or at home recovering for more than five school days, she falls behind and finds it hard to pick up the thread of lessons when she returns.",
                 ["- If Amina is absent for health reasons for more than five school days, a teacher from the Kingsferry Hospital and Home Education Service will teach her for one hour each weekday on the ward or at home, once her medical team says she is well enough.",
                  "- The class teacher will send a learning pack covering the main English and maths objectives for that week by the second school day of any absence, and will phone or email Amina's parents once a week during the absence.",
                  "- On her first day back, Amina will have a 15-minute 'catch-up chat' with her class teacher to agree which two pieces of work she will finish and which she will leave."],
                 "By July 2027, during every hospital stay longer than five school days, Amina will complete at least three pieces of English or maths work a week sent by school, shown in her 'hospital learning' folder and checked by her class teacher."),
                ("Amina reads fluently but her reading stamina drops when she is tired. In March 2026 she read a Year 3 book at 78 words per minute with 96% accuracy.",
                 ["- 1:1 reading with a TA, 15 minutes, three times per week, using books chosen with Amina from the Year 4 book band.",
                  "- Audio books through the school's online library, set up on the class tablet by the computing lead, for Amina to use on tired days and in hospital."],
                 "By July 2027, Amina will read a Year 4 book aloud at 90 words per minute with at least 95% accuracy, checked by her class teacher each half term."),
            ]),
        semh=dict(
            strengths=["Amina is sociable and well liked. She has a close friend, Hibo, and joins in with games when she is well. She can name her feelings and talk about them with an adult she trusts."],
            rows=[
                ("Amina worries about going into hospital and about falling behind her friends. She sometimes hides tiredness or pain so that she does not miss out, which can make her more unwell.",
                 ["- Emotional Literacy Support Assistant (ELSA) sessions: 1:1 with the school's trained ELSA, 30 minutes weekly for 6 weeks, then review with Amina and her parents; the sessions will use her 'worry box' and a plan for what helps her before a hospital stay.",
                  "- A named adult (Ms Hassan, TA) will check in with Amina for 5 minutes at the start of each school day to ask how she is feeling, using her pain scale card."],
                 "By February 2027, Amina will name three things that help her feel calm before a hospital visit and will use at least one of them before her next planned clinic appointment, as recorded by the ELSA and by her mother."),
                ("Amina loses contact with her friends during hospital stays and finds it hard to join back in.",
                 ["- During any absence of more than five school days, the class teacher will arrange one video call or class message a week between Amina and her class (15 minutes), with her parents' agreement.",
                  "- A lunchtime friendship group of 4 pupils (Amina and three friends she chooses), once a week for 30 minutes for the first two weeks after she returns, run by the learning mentor."],
                 "By July 2027, Amina will send at least one message or drawing to her class during each week of any hospital stay, and will be back playing with her friends at lunchtime within one week of returning, as noted by the learning mentor."),
            ]),
        sp=dict(
            strengths=["Amina enjoys physical education (PE) and dance when she is well. She has good fine motor skills and neat handwriting."],
            rows=[
                ("Amina tires quickly and becomes unwell if she is cold, dehydrated or over-exerted. Cold water and cold weather can bring on a painful crisis. She needs regular drinks and toilet breaks.",
                 ["- Amina will keep a named 750 ml water bottle on her desk; her TA will refill it at morning break and lunchtime and note how much she has drunk on her hydration chart.",
                  "- A toilet pass, issued by the SENCo, allowing Amina to leave class for the toilet without asking.",
                  "- From November to March, Amina will stay indoors at wet or cold break times with a friend, supervised by the TA on indoor duty; she will not take part in outdoor swimming lessons and will do the indoor PE programme set by the PE lead instead.",
                  "- A beanbag rest area in the class book corner; when Amina shows her 'rest' card she will rest there for 10 minutes and then rejoin the lesson."],
                 "By July 2027, Amina will take part in at least 3 out of 4 indoor PE lessons each half term, using her rest card to take a break when she needs one, as recorded by the PE lead."),
                ("Amina's trips and after-school clubs need planning so that she can take part safely.",
                 ["- Before any school trip, the SENCo will hold a 30-minute planning meeting with Amina's parents and check the plan with the clinical nurse specialist by phone; for the Year 5 residential, this meeting will take place by April 2027 and will cover warmth, drinks, medicines and a night-time check by a named member of staff trained in her healthcare plan."],
                 "Amina will access the Year 5 two-night residential trip in June 2027, staying both nights with her healthcare plan followed, as confirmed in the trip leader's report to her parents."),
            ]),
    ),
    health=dict(
        strengths=["Amina knows the names of her medicines and why she takes them. She has no difficulty with her breathing when she is well, but she needs careful planning to prevent and manage painful crises and infections."],
        rows=[
            ("Sickle cell disease causing painful crises, tiredness, a risk of serious infection and a risk of acute chest syndrome. Amina takes penicillin twice a day, folic acid and hydroxycarbamide once a day; all doses are given at home.",
             ["- The consultant paediatric haematologist at St Aldhelm's Children's Hospital will review Amina in clinic every 3 months, with blood tests every 8 weeks to monitor hydroxycarbamide.",
              "- The clinical nurse specialist from the Kingsferry Sickle Cell and Thalassaemia Service will write Amina's individual healthcare plan (IHCP) with her parents and the SENCo, and will review it each term (30 minutes). The nurse will also train all staff who work with Amina each September (90 minutes), covering signs of crisis, fever and when to call 999. The school can phone the service's advice line when needed during school hours."],
             "By December 2026, Amina will tell an adult, using her pain scale card, when her pain reaches 3 out of 10, on at least 4 out of 5 occasions, as logged by her TA in her healthcare log."),
            ("Amina needs to drink plenty and keep warm to reduce the risk of crises.",
             ["- The clinical nurse specialist will set Amina's daily drinking target (currently 1.5 litres) in her IHCP and review it at each termly IHCP review."],
             "By March 2027, Amina will drink her full 750 ml water bottle during the school day on at least 4 days out of 5, as recorded on her hydration chart."),
            ("Amina has long-lasting pain and worry about pain and hospital procedures.",
             ["- A clinical psychologist from the haematology psychology service will see Amina (with a parent) for 6 fortnightly sessions of 50 minutes at the hospital, starting in June 2026, to teach pain-coping skills, then review."],
             "By December 2026, Amina will use a pain-coping skill (breathing, a calm picture or distraction) during at least 3 blood tests or clinic procedures, as reported by the psychologist and her mother."),
        ]),
    health_agreement="The health provision in Section G was reviewed and agreed by Dr Ruth Adeyemi, Designated Clinical Officer, North East London Integrated Care Board, on 15 May 2026.",
    social=dict(
        strengths=["Amina's parents know her condition well and manage her medicines and hospital appointments. The wider family help with childcare when Amina is in hospital."],
        rows=[
            ("Amina has no social care needs related to her special educational needs or disability. Kingsferry Children's Services carried out an Early Help screening on 14 January 2026, at the family's request, and found that the family are managing well with support from relatives. The family were given information about short breaks and the sickle cell parents' group at Ferry Lane Family Hub through the Local Offer.",
             "None.",
             "None. The family have chosen not to apply for short breaks at this time. They know they can ask Ferry Lane Family Hub for a new assessment if things change.",
             "No social care outcome is needed."),
        ]),
    placement=[("Name", "Canal Street Primary School"), ("Type", "Mainstream community primary school")],
    j=("No personal budget has been requested.", "Not applicable."),
    k=dict(rows={
        1: ("Advice and information from Amina's parents (gathered with a Somali interpreter)", "12 March 2026", "Amina's mother and father", "YES"),
        2: ("Educational advice", "09/03/2026", "Mrs Claire Boateng, SENCo, and Mr Tom Reilly, class teacher, Canal Street Primary School", "YES"),
        3: ("Amina's own views and one-page profile", "5 March 2026", "Amina, with Ms Hassan (teaching assistant)", "YES"),
        4: (None, "2 March 2026", "Dr Samuel Osei, Consultant Paediatric Haematologist, St Aldhelm's Children's Hospital", "YES"),
        5: (None, "26 February 2026", "Dr Leah Markham, Educational Psychologist, Kingsferry Educational Psychology Service", "YES"),
        6: (None, "14 January 2026", "Early Help Practitioner, Kingsferry Children's Services (Early Help screening)", "YES"),
        7: (None, "20 February 2026", "Teacher, Kingsferry Hospital and Home Education Service", "YES"),
    }, extra=[
        ("Health advice – nursing", "4 March 2026", "Clinical Nurse Specialist, Kingsferry Sickle Cell and Thalassaemia Service", "YES"),
        ("Health advice – psychology", "10 March 2026", "Clinical Psychologist, haematology psychology service, St Aldhelm's Children's Hospital", "YES"),
    ]),
    signoff=("Grace Whitfield, SEND Case Officer", "G. Whitfield", "22/05/2026"),
))

# =========================================================== ai202 (FAIL)
PLANS.append(dict(
    id="ai202", layout="national-template",
    front=[
        ("Date this plan was issued", "10 September 2026"),
        ("Type of plan", "Final plan (first plan following EHC needs assessment)"),
        ("Last annual review meeting", "Not applicable – first plan"),
        ("School year", "Year 2 (Key Stage 1)"),
        ("Age when this plan was issued", "6 years"),
    ],
    personal=dict(name="Tiago", preferred="Tiago", dob="November 2019 (full date held on the case record)",
                  sex="Male", ethnicity="White – other (Brazilian)",
                  lang_child="Portuguese", lang_parent="Portuguese",
                  contact1="Tiago's mother", rel1="Mother",
                  contact2="Tiago's father", rel2="Father",
                  contact2_details="Held on the case record", contact2_address="Same address"),
    services=dict(
        setting="Harbour Lane Primary School (mainstream primary school)",
        gp="Registered with a GP in February 2026. Key health professional: community paediatrician, Kingsferry CDC",
        nhs="Held on the case record",
        social="Early Help only (see Section D)",
        others="Kingsferry EAL Team; Kingsferry EP Service; SALT service; Early Help family practitioner",
        lac_now="No", lac_past="No", opp="No", moving="No – Tiago moved to the area from Brazil in February 2026"),
    history=[
        "Tiago lives with his mother, father and baby sister. The family moved to London from São Paulo, Brazil, in February 2026 and have lived in one room in a hostel in Kingsferry since then. Portuguese is spoken at home. Tiago started at Harbour Lane Primary School in March 2026 in Year 1.",
        "Tiago was diagnosed with ASC in Brazil when he was 4 years old. His diagnosis was confirmed by the community paediatrician at the Kingsferry CDC in June 2026. In Brazil he attended a mainstream kindergarten with a support worker for part of the day and had SALT once a week.",
        "The school asked for an EHC needs assessment in April 2026 because Tiago needs a high level of adult support to manage the school day, and because he is new to English and it has been hard to tell his language needs apart from his autism. The EAL Team and SALT service have assessed him in Portuguese with an interpreter.",
        "## How Tiago communicates",
        "Tiago uses single words and some two-word phrases in Portuguese, and about 15 English words (for example 'toilet', 'no', 'iPad', 'more'). He often repeats phrases from cartoons. He leads adults by the hand to what he wants and points to photos on his now/next board.",
    ],
    views=[
        "## What Tiago has shown us",
        "Tiago's views were gathered by his TA, Mrs Costa (who speaks Portuguese), through observation over two weeks and by showing him photos of parts of his day, in June 2026. He smiled and said 'sim!' (yes) to photos of the trampoline, the computer, water play and his mother at home time. He pushed away the photos of the dinner hall and assembly and covered his ears. He said 'casa' (home) and 'Pedro' (the boy he sits next to).",
        "## What Tiago's parents told us",
        "Tiago's parents met the SENCo on 18 June 2026 with a Portuguese interpreter. They said:",
        "\"Tiago is a happy, loving boy and he is very clever with numbers and puzzles. In Brazil he had therapy every week and we were worried he would lose his words when we moved. We want him to learn English but we also want him to keep Portuguese so he can talk to his grandparents. It is very hard for him in the hostel because it is noisy and there is no space. We want him to have a friend at school.\"",
    ],
    interests=["Trains and the London Underground map; numbers and counting; jigsaws; water play; the trampoline; cartoons on the iPad; music with a strong beat."],
    strengths=[
        "- Excellent visual memory: he can complete 50-piece jigsaws and remembers routes around the school.",
        "- Counts to 30 in Portuguese and to 10 in English; recognises numerals to 20.",
        "- Affectionate with his family and has started to sit next to and copy Pedro.",
        "- Settles quickly with a visual timetable and a familiar adult.",
    ],
    aspirations=[
        "Tiago's parents hope he will talk in both Portuguese and English, make a friend at school, and one day go to a mainstream secondary school. Tiago shows us that he wants more time on the trampoline and the computer and that he likes being with Pedro.",
    ],
    areas=dict(
        ci=dict(
            strengths=["Tiago is motivated to communicate about things he likes and uses gestures, pointing and photos well."],
            rows=[
                ("Tiago has ASC. He has difficulty understanding spoken language in both Portuguese and English and uses mainly single words. He finds it hard to share attention with an adult or another child.",
                 ["- Attention Autism group (stages 1 to 3) in a group of 4 pupils, 20 minutes every day, led by a TA who has completed Attention Autism training.",
                  "- Key vocabulary for each topic taught in Portuguese and English, 1:1 with the bilingual TA from the EAL Team, 1 hour each week (two 30-minute sessions)."],
                 "By July 2027, Tiago will use at least 50 words or two-word phrases (in Portuguese or English) to ask for things and to say 'no' or 'finished', recorded on his word list by his TA each half term."),
                ("Tiago needs to know what is happening next to stay calm. Changes to routine cause him to cry and run from the classroom.",
                 ["- A now/next board and a photo visual timetable on Tiago's desk, made by his TA and updated at the start of each day and after lunch.",
                  "- A 'change' card shown by the class teacher or TA before any change to the timetable, with a 2-minute warning using a sand timer."],
                 "Tiago has a visual timetable on his desk and staff will use it every day."),
                ("Tiago finds it hard to play with other children and does not yet take turns.",
                 ["- Turn-taking games with Pedro and one other child, 15 minutes three times a week, led by his TA."],
                 "By April 2027, Tiago will take 4 turns in a simple game with one other child, with his TA nearby, on 3 days in a week, recorded by his TA."),
            ]),
        cl=dict(
            strengths=["Tiago is strong in number and shape. He learns quickly from pictures and demonstration."],
            rows=[
                ("Tiago is working well below Year 2 expectations in reading and writing. He does not yet know letter sounds in English. He can hold a pencil and copy his name.",
                 ["- Phonics: 1:1 with a TA, 15 minutes every day, following the school's phonics programme with picture cards in both languages.",
                  "- Writing: copying and tracing with a TA, 10 minutes, four times a week, using his interests (trains)."],
                 "Tiago is given 1:1 TA support for phonics."),
                ("Tiago understands number well but cannot yet show this in class because of his language needs.",
                 ["- Number work with practical equipment, 1:1 with a TA, 10 minutes four times a week."],
                 "By July 2027, Tiago will count 20 objects accurately and match numerals to 20, checked by his class teacher each half term."),
            ]),
        sp=dict(
            strengths=["Tiago is physically active and well co-ordinated. He enjoys movement and music."],
            rows=[
                ("Tiago is very sensitive to noise. The dinner hall, assembly and the hostel are hard for him. He covers his ears, cries or runs away.",
                 ["- Ear defenders provided by the school, kept in Tiago's tray and checked each half term by the SENCo.",
                  "- A sensory break of 5 minutes in the class sensory tent every hour, with his TA.",
                  "- Lunch in the small group room with Pedro and one other child, 20 minutes every day, supervised by a midday supervisor, moving into the hall for the last 5 minutes from January 2027."],
                 "Tiago will be happier at school."),
                ("Tiago eats only a small number of foods and finds the smell of the dinner hall hard.",
                 ["- His TA will offer one new food alongside his packed lunch once a week, without pressure, and record what he tries."],
                 "By March 2027, Tiago will stay in the dinner hall for 15 minutes to eat his lunch, wearing his ear defenders if he chooses, on 4 days out of 5, recorded by the midday supervisor."),
            ]),
    ),
    health=dict(
        strengths=["Tiago is generally healthy. He is growing well and his weight is within the healthy range (CDC, June 2026)."],
        rows=[
            ("ASC confirmed by the community paediatrician at the CDC in June 2026.",
             ["- Community paediatrician at the CDC to review Tiago's progress."],
             "By July 2027, Tiago will let the paediatrician listen to his chest and look in his ears at his clinic appointment, with his mother holding his hand."),
            ("Speech, language and communication: Tiago's SALT assessment (July 2026) found a severe difficulty with understanding and using language in both Portuguese and English, linked to his ASC.",
             ["- SALT: 1:1 therapy with Tiago in school, 30 minutes every week for 10 weeks, then a programme for his TA to carry out for 10 minutes every day. The SALT will review the programme every term and show the TA and his parents how to use it (1 hour)."],
             "Tiago will receive SALT every week."),
            ("Tiago's hearing has not been tested since he arrived in the country.",
             ["- The community paediatrician to refer Tiago to audiology for a hearing test."],
             "By April 2027, Tiago will complete a hearing test with his mother beside him, as recorded by the audiologist."),
        ]),
    health_agreement="Section G agreed by Dr Ruth Adeyemi, Designated Clinical Officer, North East London Integrated Care Board, 2 September 2026.",
    social=dict(
        strengths=["Tiago's parents are loving and very committed to his progress. They have started to attend English classes at the Family Hub."],
        rows=[
            ("The family have lived in one room in a hostel since February 2026. Tiago has no safe space to play and little sleep because of noise. An Early Help assessment on 14 July 2026 found no need for statutory social care but found that the family need help to register with local services, to claim DLA and to meet other Portuguese-speaking parents of autistic children.",
             "None.",
             "Early Help family practitioner: a 1-hour home visit every two weeks for 12 weeks from September 2026, to help the family register with a dentist, apply for DLA and join the autism parent group at Ferry Lane Family Hub, then review with the family. The family have been told about short breaks through the Local Offer and will be helped to apply if they wish.",
             "By March 2027, Tiago will go to the Saturday stay-and-play session at Ferry Lane Family Hub with his mother on at least 4 Saturdays, staying for the whole hour, recorded by the family practitioner."),
        ]),
    placement=[("Name", "Harbour Lane Primary School"), ("Type", "Mainstream primary school")],
    j=("No personal budget has been requested.", "Not applicable."),
    k=dict(rows={
        1: ("Advice and information from Tiago's parents (with a Portuguese interpreter)", "18 June 2026", "Tiago's mother and father", "YES"),
        2: ("Educational advice", "24 June 2026", "Ms Ana Ribeiro, SENCo, Harbour Lane Primary School", "YES"),
        3: ("Tiago's views (observation and photos)", "22 June 2026", "Mrs Costa, TA, Harbour Lane Primary School", "YES"),
        4: (None, "9 June 2026", "Dr Helen Park, Community Paediatrician, Kingsferry CDC", "YES"),
        5: (None, "1 July 2026", "Mr Daniel Fry, EP, Kingsferry EP Service", "YES"),
        6: (None, "14 July 2026", "Early Help family practitioner, Kingsferry Children's Services", "YES"),
        7: (None, "26 June 2026", "EAL specialist teacher, Kingsferry EAL Team", "YES"),
    }, extra=[
        ("SALT advice", "3 July 2026", "Ms Joana Pires, Specialist SALT, Kingsferry Children's SALT Service", "YES"),
    ]),
    signoff=("Grace Whitfield, SEND Case Officer", "G. Whitfield", "10/09/2026"),
))

# =========================================================== ai203 (FAIL)
PLANS.append(dict(
    id="ai203", layout="national-template",
    front=[
        ("Date this plan was issued", "16 July 2026"),
        ("Type of plan", "Final plan (first plan following EHC needs assessment)"),
        ("Last annual review meeting", "Not applicable – first plan"),
        ("School year", "Year 5 (Key Stage 2)"),
        ("Age when this plan was issued", "9 years"),
    ],
    personal=dict(name="Jayden", preferred="Jay", dob="August 2016 (full date held on the case record)",
                  sex="Male", ethnicity="Mixed – White and Black Caribbean",
                  lang_child="English", lang_parent="English",
                  contact1="Jayden's mother", rel1="Mother",
                  contact2="Not applicable", rel2="", contact2_details="", contact2_address=""),
    services=dict(
        setting="St Mark's Church of England Primary School (mainstream, voluntary aided)",
        gp="Registered with a local general practitioner (GP). Key health professional: clinical psychologist, Kingsferry Child and Adolescent Mental Health Services (CAMHS)",
        nhs="Held on the case record",
        social="Yes – Jayden has been subject to a child protection plan since November 2025 (category: emotional abuse), following domestic abuse at home. Allocated social worker in the Kingsferry Children's Social Care Assessment and Intervention Team.",
        others="Independent domestic violence adviser (for Jayden's mother); Kingsferry Speech and Language Therapy Service; Kingsferry Educational Psychology Service",
        lac_now="No", lac_past="No", opp="Yes – appended", moving="No"),
    history=[
        "Jayden presents with hypervigilance, marked emotional dysregulation and a disorganised attachment pattern, in keeping with prolonged exposure to interparental violence in the early years. The clinical picture is consistent with complex developmental trauma, with comorbid expressive language disorder. Externalising behaviours (verbal and physical aggression, absconding) are observed predominantly at transitions and in unstructured contexts, and are frequently preceded by somatic complaints. Affect is often flat in the classroom with episodic escalation to high arousal states.",
        "Jayden and his mother left the family home in September 2025 and lived in a refuge until January 2026, when they were rehoused in Kingsferry. Jayden joined St Mark's in January 2026. Prior attendance was 71% with three school moves. Cognitive assessment (April 2026) indicates verbal comprehension in the low average range and non-verbal reasoning within the average range, with a significant discrepancy suggestive of a specific language profile.",
        "## How Jayden communicates",
        "Jayden talks in short sentences and often cannot find the words he wants, especially when he is upset. He understands more than he can say. He likes to draw to show what has happened.",
    ],
    views=[
        "## What Jayden told us",
        "Jayden talked to Mr Green, the school's learning mentor, on 10 June 2026 while they played football in the hall and then drew together. These are his words:",
        "\"I like Mr Green and football and my new room. I don't like it when people shout. When my tummy goes funny I want to run. I like it when I know what's next. I'm good at drawing cars. I don't like reading out loud.\"",
        "## What Jayden's mother told us",
        "\"Jay has been through a lot and he's a brilliant kid. He worries about me all the time. He has nightmares and he won't sleep in his own bed. At school he gets into trouble when he panics, and I don't want him excluded. I want him to catch up with his reading and to have friends.\"",
    ],
    interests=["Football (he supports Arsenal); drawing cars and superheroes; Lego; his mother's cat; cooking pancakes with his mother."],
    strengths=[
        "- Caring: he is protective of his mother and kind to younger children.",
        "- Talented at drawing and design; his Lego models are detailed.",
        "- Good at maths reasoning and mental arithmetic.",
        "- Makes quick, trusting relationships with adults who are calm and consistent.",
        "- Sporty: he has joined the school football club.",
    ],
    aspirations=["Not discussed at the planning meeting."],
    areas=dict(
        ci=dict(
            strengths=["Jayden understands most of what is said to him in a calm, one-to-one setting and uses drawing well to explain."],
            rows=[
                ("Jayden has difficulty finding words and putting sentences together (expressive language). When he cannot explain, he becomes frustrated and may run out of the room.",
                 ["- A speech and language therapist (SLT) from the Kingsferry Speech and Language Therapy Service will see Jayden 1:1 in school for 40 minutes every week for 6 weeks each term, and will write a programme for his teaching assistant (TA).",
                  "- His TA will carry out the SLT programme 1:1 for 15 minutes, four times a week.",
                  "- The SLT will train his class teacher and TA in 'comic strip conversations' and word-finding strategies: one 1-hour session in September 2026."],
                 "By July 2027, Jayden will retell a short event (such as his weekend) in at least 4 linked sentences using a story map, on 3 occasions in a half term, as recorded by his TA."),
            ]),
        cl=dict(
            strengths=["Jayden's maths is close to age-related expectations. He learns well with visual prompts and hands-on activities."],
            rows=[
                ("Jayden's reading and spelling are about two years behind his age (reading age 7 years 3 months in May 2026). Missed schooling means gaps in phonics.",
                 ["- A structured phonics and reading catch-up programme, in a group of 3 pupils, 30 minutes four times a week, led by a TA trained in the programme, for 12 weeks then review by the special educational needs co-ordinator (SENCo).",
                  "- Paired reading with an older 'reading buddy', 15 minutes twice a week, supervised by the class TA."],
                 "By July 2027, Jayden will have a reading age of at least 8 years 9 months on the school's standardised reading test, measured each term by the SENCo."),
            ]),
        semh=dict(
            strengths=["Jayden responds well to praise from a trusted adult, to predictable routines and to physical activity."],
            rows=[
                ("Jayden becomes very anxious when there is noise or shouting, at changes of routine and at lunchtime. He runs from the classroom about three times a week (May 2026).",
                 ["- A key adult (Mr Green, learning mentor) will meet Jayden at the school gate each morning for a 10-minute check-in and will see him for 5 minutes after lunch every day.",
                  "- Emotional Literacy Support Assistant (ELSA) sessions, 1:1, 30 minutes weekly for 8 weeks then review.",
                  "- A safe space (the nurture room) that Jayden can go to with a 'time out' card; an adult will go with him and he will return to class after 10 minutes.",
                  "- All staff who teach Jayden will attend a 2-hour trauma-informed practice session delivered by the educational psychologist in September 2026."],
                 "By March 2027, Jayden will use his 'time out' card instead of running from the classroom on at least 4 out of 5 occasions when he feels upset, as recorded on the school's behaviour log."),
                ("Jayden finds unstructured times hard and has few friends.",
                 ["- A lunchtime club (Lego or football) in a group of 6, 30 minutes three times a week, run by a midday supervisor trained by the learning mentor."],
                 "By July 2027, Jayden will name two friends at school and play with them at lunchtime without an adult stepping in on at least 3 days a week, as noted by the learning mentor."),
            ]),
    ),
    health=dict(
        strengths=["Jayden is physically healthy and active. He has agreed to see the clinical psychologist."],
        rows=[
            ("Jayden has symptoms of trauma: nightmares, worry about his mother's safety, stomach aches before school and sudden panic.",
             ["- A clinical psychologist from CAMHS will offer trauma-focused work with Jayden and his mother: 12 fortnightly sessions of 50 minutes at the CAMHS clinic from September 2026, then review."],
             "By April 2027, Jayden will use a calming strategy he has learned (breathing or his 'safe place' picture) when he feels panicky, on at least 3 occasions a week, as reported by his mother and the learning mentor."),
            ("Jayden has difficulty getting to sleep and staying in his own bed.",
             ["- The school nursing team will deliver a sleep programme with Jayden's mother: 4 sessions of 45 minutes over 8 weeks, at home or at school, from September 2026."],
             "By February 2027, Jayden will sleep in his own bed for at least 5 nights out of 7, as recorded on his sleep chart by his mother."),
        ]),
    health_agreement="Health provision agreed by Dr Ruth Adeyemi, Designated Clinical Officer, North East London Integrated Care Board, on 9 July 2026.",
    social=dict(
        strengths=["Jayden has a loving relationship with his mother."],
        rows=[("There are no social care needs relating to Jayden's special educational needs.", "None.", "None.", "None.")]),
    placement=[("Name", "St Mark's Church of England Primary School"), ("Type", "Mainstream primary school (voluntary aided)")],
    j=("No personal budget has been requested.", "Not applicable."),
    k=dict(rows={
        1: ("Advice and information from Jayden's mother", "8 June 2026", "Jayden's mother", "YES"),
        2: ("Educational advice", "12 June 2026", "Mrs Farida Choudhury, SENCo, St Mark's Church of England Primary School", "YES"),
        3: ("Jayden's views", "10 June 2026", "Jayden, with Mr Green (learning mentor)", "YES"),
        4: (None, "20 May 2026", "Dr Kemi Ade, Community Paediatrician, Kingsferry Child Development Service", "YES"),
        5: (None, "24 April 2026", "Dr Leah Markham, Educational Psychologist, Kingsferry Educational Psychology Service", "YES"),
    }, extra=[
        ("Health advice – CAMHS", "2 June 2026", "Dr Owen Price, Clinical Psychologist, Kingsferry CAMHS", "YES"),
        ("Speech and language therapy advice", "15 May 2026", "Ms Ruth Kaye, Speech and Language Therapist, Kingsferry Speech and Language Therapy Service", "YES"),
        ("School nursing advice", "3 June 2026", "School Nurse, Kingsferry School Nursing Team", "YES"),
    ]),
    signoff=("Grace Whitfield, SEND Case Officer", "G. Whitfield", "16/07/2026"),
    after=[("Glossary of terms used in this plan", [
        "Hypervigilance: always being on the lookout for danger.",
        "Emotional dysregulation: finding it very hard to manage strong feelings.",
        "Disorganised attachment: a child who has not been able to rely on adults to keep them safe may find it hard to trust adults and to ask them for comfort.",
        "Complex developmental trauma: the effects on a child of frightening experiences that happened many times while they were growing up.",
        "Comorbid: two conditions that a person has at the same time.",
        "Expressive language disorder: difficulty putting thoughts into words and sentences.",
        "Externalising behaviours: showing distress through actions, such as shouting, hitting or running away.",
        "Somatic complaints: physical symptoms, such as stomach aches, that are linked to worry or stress.",
        "Affect: how a person's feelings show on their face and in their body.",
        "Arousal states: how alert, excited or distressed a person's body and mind are.",
        "Verbal comprehension and non-verbal reasoning: parts of a test of thinking skills; the first uses words, the second uses pictures and patterns.",
    ])],
))

# =========================================================== ai204 (SOUND)
PLANS.append(dict(
    id="ai204", layout="national-template",
    front=[
        ("Date this plan was issued", "6 July 2026"),
        ("Type of plan", "Final plan, amended following annual review"),
        ("Last annual review meeting", "12 May 2026"),
        ("School year", "Year 9 (Key Stage 3)"),
        ("Age when this plan was issued", "14 years"),
    ],
    personal=dict(name="Nusrat", preferred="Nusrat", dob="October 2011 (full date held on the case record)",
                  sex="Female", ethnicity="Asian British – Bangladeshi",
                  lang_child="English and Bengali (Sylheti)", lang_parent="Bengali (Sylheti)",
                  contact1="Nusrat's father", rel1="Father",
                  contact2="Nusrat's mother", rel2="Mother",
                  contact2_details="Held on the case record", contact2_address="Same address"),
    services=dict(
        setting="Kingsferry Academy, with its Sensory Resource Base (mainstream secondary academy)",
        gp="Registered with a local general practitioner (GP). Key health professional: consultant community paediatrician, Kingsferry Child Development Service",
        nhs="Held on the case record",
        social="Yes – known to the Kingsferry Sensory Team (children's social care) for independent living skills (see Section D)",
        others="Kingsferry Sensory Support Service (Qualified Teacher of Children and Young People with Vision Impairment and habilitation specialist); Kingsferry Careers Service; eye clinic at the Riverside Eye Hospital",
        lac_now="No", lac_past="No", opp="Yes – written by Nusrat in braille and transcribed, April 2026", moving="No"),
    history=[
        "Nusrat lives with her parents, her older brother and her grandmother. The family speak Sylheti at home. Nusrat was born with Leber congenital amaurosis, an inherited eye condition. She can tell light from dark but has no useful sight, and she has used braille since nursery.",
        "Nusrat attended Canal Street Primary School with support from the Sensory Support Service and moved to Kingsferry Academy in Year 7, where she is supported by the Sensory Resource Base. She has had an Education, Health and Care (EHC) plan since she was 5. At her Year 9 annual review on 12 May 2026, the review focused on preparing for adulthood: Nusrat's options for GCSE (General Certificate of Secondary Education) courses, travelling on her own, and skills for living more independently at home.",
        "## How Nusrat communicates",
        "Nusrat is an articulate speaker of English and Sylheti. She reads and writes using Unified English Braille (UEB), using both contracted (shortened) and uncontracted braille, and uses a screen reader on a laptop and a BrailleNote Touch (an electronic braille notetaker). She likes people to say their name when they speak to her and to tell her when they are leaving.",
    ],
    views=[
        "## In Nusrat's words",
        "Nusrat wrote her views on her BrailleNote before her annual review and read them out at the meeting on 12 May 2026:",
        "\"I like Kingsferry Academy because I have good friends and the teachers in the base know what I need. I want to do GCSEs in English, history, drama and computer science. I am fed up of waiting for worksheets in braille – sometimes I get them after the lesson. I want to be able to go to the shops and to my friend Maya's house on my own, like my brother does. At home I want to learn to cook properly, not just make toast. When I am older I want to be a radio presenter or a journalist.\"",
        "## What Nusrat's parents told us",
        "Nusrat's father and mother spoke with the SEND officer on 21 April 2026 with a Sylheti interpreter:",
        "\"We are proud of Nusrat. She is clever and she never gives up. We worry about her safety outside, especially crossing roads, but we know she needs to be independent. We want her to get good GCSEs and go to college. Her sleep is still a problem: some nights she is awake until 3 o'clock and then she is tired at school.\"",
    ],
    interests=["Drama and performing; listening to podcasts and the radio; writing stories; music (she plays keyboard); chatting with friends online; goalball at the weekend sports club."],
    strengths=[
        "- Fast, accurate braille reader (about 110 words per minute) and confident user of her technology.",
        "- Working at or above expected levels in English, history and computing.",
        "- A confident speaker who enjoys performing; she had a lead role in the Year 8 play.",
        "- Determined and good at asking for what she needs.",
        "- Kind and funny; she has a close group of friends.",
    ],
    aspirations=[
        "Nusrat wants to take GCSEs including drama and English, go to sixth-form college and then university, and become a radio presenter or journalist. She wants to travel on her own to local places and to learn to cook for herself.",
        "Her parents want her to get good qualifications, stay safe and become as independent as she can.",
    ],
    areas=dict(
        cl=dict(
            strengths=["Nusrat learns quickly and remembers information well. She is on track for strong GCSE grades in English and history."],
            rows=[
                ("Nusrat has no useful vision. All printed information, diagrams and graphs must be in braille, tactile or audio form. Her maths and science progress is slower than in other subjects because of the number of diagrams and graphs.",
                 ["- All class texts, worksheets, tests and homework transcribed into UEB braille, tactile diagrams or accessible digital files by the Sensory Resource Base braille transcriber, and given to Nusrat at least 2 school days before the lesson. Subject teachers will send resources to the transcriber 5 school days before the lesson.",
                  "- A teaching assistant (TA) who holds a UEB qualification will support Nusrat in all maths and science lessons (8 lessons per fortnight), reading diagrams with her and checking her braille work.",
                  "- A Qualified Teacher of Children and Young People with Vision Impairment (QTVI) will teach Nusrat 1:1 for two 50-minute lessons each week during term time, covering the braille maths and science code, touch-typing and screen-reader skills."],
                 "By July 2027, Nusrat will gain the Level 1 certificate in the UEB maths and science code, assessed by her QTVI."),
                ("Nusrat will take GCSE examinations from summer 2028 and needs access arrangements in all tests and examinations.",
                 ["- Access arrangements for all internal tests and external examinations: modified braille papers, 100% extra time, use of a laptop with screen reader, and a separate room, arranged by the examinations officer with the special educational needs co-ordinator (SENCo).",
                  "- A BrailleNote Touch and a laptop with the JAWS (Job Access With Speech) screen reader, provided by the Kingsferry Sensory Support Service and maintained by the service's assistive technology officer, who visits each half term for 1 hour to update software and check the equipment."],
                 "By July 2027, Nusrat will complete her Year 10 mock examination in English language using her access arrangements, finishing all questions within the time allowed and achieving at least a grade 5, as recorded by her English teacher."),
            ]),
        semh=dict(
            strengths=["Nusrat is socially confident and has a supportive friendship group."],
            rows=[
                ("Nusrat sometimes feels left out of activities that are planned without thinking about her sight, such as clubs, trips and group work.",
                 ["- A 1-hour awareness session on vision impairment for Nusrat's tutor group and each new teaching group, delivered by the QTVI with Nusrat each September.",
                  "- The SENCo will check the accessibility of every school trip and club Nusrat chooses with her and her QTVI at least 2 weeks before it starts, and will put in place any adaptations agreed (for example audio description or a guide)."],
                 "By December 2026, Nusrat will attend the school drama club on at least 3 out of every 4 weeks, as recorded in the club register."),
                ("Nusrat wants to find out about careers in broadcasting and journalism.",
                 ["- The careers adviser will meet Nusrat 1:1 for 45 minutes each term from September 2026 to plan her options and work experience.",
                  "- A one-week work experience placement in summer 2027 at Kingsferry Community Radio, arranged by the careers adviser, with a site visit and risk assessment by the QTVI and habilitation specialist beforehand (2 hours)."],
                 "By July 2027, Nusrat will complete a one-week work experience placement at a community radio station and receive a positive written report from her placement supervisor."),
            ]),
        sp=dict(
            strengths=["Nusrat uses her long cane confidently around school and knows the routes to all her lessons."],
            rows=[
                ("Nusrat cannot yet travel on her own outside school and home. She needs to learn new routes, road crossings and how to ask for help.",
                 ["- A qualified habilitation specialist from the Sensory Support Service will teach Nusrat mobility and route skills 1:1 for 1 hour every week during term time, in the autumn and spring terms, then review. Sessions will be in school, in the local community and on the bus."],
                 "By July 2027, Nusrat will travel on her own from home to the shop on Ferry Road and back (about 400 metres, with one pedestrian crossing) using her long cane, on 3 assessed occasions, as recorded by her habilitation specialist."),
                ("Nusrat's orientation in busy areas of the school (the canteen, corridors at change of lessons) is less secure.",
                 ["- Nusrat will leave each lesson 3 minutes early with a friend, agreed by the SENCo and shared with all staff on her pupil profile.",
                  "- Tactile markers on key doors and the canteen counter, fitted by the site manager and checked each term by the habilitation specialist."],
                 "By December 2026, Nusrat will buy and carry her lunch in the canteen on her own on at least 4 days out of 5, as noted by the Sensory Resource Base TA."),
            ]),
    ),
    health=dict(
        strengths=["Nusrat is in good general health and enjoys sport."],
        rows=[
            ("Leber congenital amaurosis (severe sight impairment from birth). There is no treatment to improve Nusrat's sight.",
             ["- The eye clinic at the Riverside Eye Hospital will review Nusrat once a year (about 1 hour) and share a letter with the QTVI."],
             "No separate outcome: Nusrat's sight needs are met through the outcomes in the tables above."),
            ("Nusrat has no difficulty with her hearing, which is very important to her, but she has a sleep–wake disorder: because her eyes do not detect light, her body clock does not keep to a 24-hour day. She takes melatonin each evening at home.",
             ["- The consultant community paediatrician will review Nusrat's sleep and melatonin every 6 months in clinic (30 minutes) and will give the family a written sleep routine plan, reviewed at each appointment."],
             "By March 2027, Nusrat will follow her bedtime routine and be asleep by 10.30pm on at least 5 nights out of 7, as recorded in the sleep diary she keeps on her BrailleNote and checks with the paediatrician."),
        ]),
    health_agreement="Confirmed by Dr Ruth Adeyemi, Designated Clinical Officer, North East London Integrated Care Board, who reviewed and supported the health provision on 29 June 2026.",
    social=dict(
        strengths=["Nusrat's family support her well and want her to become independent. Her brother already helps her practise routes at weekends."],
        rows=[
            ("The Kingsferry Sensory Team assessed Nusrat on 22 April 2026. Nusrat cannot yet prepare food, use the cooker safely, do her laundry or manage money on her own, and needs specialist teaching at home to learn these skills as she gets older.",
             "A rehabilitation officer for visual impairment from the Kingsferry Sensory Team will teach Nusrat independent living skills at home (using a kettle and hob safely, preparing simple meals, laundry, using money and her phone's accessibility settings): 1 hour every other week during term time for 20 weeks from September 2026, then review.\nKitchen equipment and adaptations: tactile markers on the cooker and microwave, a liquid-level indicator and talking kitchen scales, provided and fitted by the Sensory Team by 30 September 2026.",
             "None. Short breaks were discussed; the family and Nusrat did not want them. Nusrat already attends the weekend sports club for young people with vision impairment, which is open to all.",
             "By July 2027, Nusrat will make herself a hot drink and a simple hot meal (such as beans on toast) safely and on her own, on 3 observed occasions, as recorded by her rehabilitation officer."),
        ]),
    placement=[("Name", "Kingsferry Academy (with the Sensory Resource Base)"), ("Type", "Mainstream secondary academy with a resource base for pupils with sensory impairment")],
    j=("No personal budget has been requested.", "Not applicable."),
    k=dict(rows={
        1: ("Nusrat's own views (written in braille and read out at her annual review)", "12 May 2026", "Nusrat", "YES"),
        2: ("Advice and information from Nusrat's parents (with a Sylheti interpreter)", "21 April 2026", "Nusrat's father and mother", "YES"),
        3: ("Educational advice", "24 April 2026", "Mr Lewis Grant, SENCo, Kingsferry Academy", "YES"),
        4: (None, "9 April 2026", "Dr Anika Rahman, Consultant Community Paediatrician, Kingsferry Child Development Service", "YES"),
        5: (None, "30 March 2026", "Dr Leah Markham, Educational Psychologist, Kingsferry Educational Psychology Service (consultation and updated advice)", "YES"),
        6: (None, "22 April 2026", "Social worker, Kingsferry Sensory Team (children's social care)", "YES"),
        8: (None, "28 April 2026", "Ms Joy Mensah, Careers Adviser (qualified to Level 6 in careers guidance), Kingsferry Careers Service", "YES"),
    }, extra=[
        ("Educational advice – vision impairment", "15 April 2026", "Mrs Sarah Quinn, QTVI, Kingsferry Sensory Support Service", "YES"),
        ("Habilitation advice", "17 April 2026", "Mr Aaron Lowe, Habilitation Specialist, Kingsferry Sensory Support Service", "YES"),
        ("Health advice – eye clinic letter", "3 February 2026", "Consultant Ophthalmologist, Riverside Eye Hospital", "YES"),
    ]),
    signoff=("Grace Whitfield, SEND Case Officer", "G. Whitfield", "06/07/2026"),
))

# =========================================================== ai205 (SOUND)
PLANS.append(dict(
    id="ai205", layout="ef-table", name="Omar", family_word="his family",
    front=[
        ("Child's name", "Omar"),
        ("Date this plan was issued", "4 November 2026"),
        ("Type of plan", "Final plan (first plan following EHC needs assessment)"),
        ("Last annual review meeting", "Not applicable – first plan; first review due by November 2027"),
        ("School year", "Year 8 (Key Stage 3)"),
        ("Age when this plan was issued", "12"),
        ("Language(s) at home", "Arabic and English"),
        ("School", "Ferry Road School (mainstream secondary)"),
    ],
    sections=dict(
        A=[
            "## About Omar",
            "Omar lives with his mother, father and two younger sisters. The family came to London from Syria in 2019, when Omar was 5. The family speak Arabic at home and Omar is fluent in both Arabic and English. He was diagnosed with Tourette syndrome in March 2024 by a paediatric neurologist. Tourette syndrome is a condition of the brain and nerves that causes tics: sudden movements or sounds that a person cannot fully control.",
            "The school asked for an Education, Health and Care (EHC) needs assessment in May 2026, with the family's support, because Omar's tics became much stronger after he started secondary school, he was leaving lessons several times a day, and he was falling behind in written work.",
            "## What Omar says",
            "Omar talked to his learning mentor, Ms Akhtar, on 15 September 2026 and asked her to write down exactly what he said:",
            "\"My tics are worse when I'm stressed or when I try to hold them in. Holding them in is like holding in a sneeze, it makes me tired and then they come out bigger. I hate it when people copy me. Some teachers are nice and just carry on, that's what I want. I'm good at maths, football and computers. I want to make my own video game one day, and I want to be a football coach for little kids at the weekend. Writing is the worst because my hand jerks and the pen goes everywhere.\"",
            "## What Omar's parents say",
            "Omar's mother and father shared their views with the SEND officer on 17 September 2026, with an Arabic interpreter:",
            "\"Omar is a kind, funny boy. At primary school the teachers understood him. At the new school some students laugh at him and he comes home exhausted and angry. We want teachers to know about Tourette syndrome and to let him use a computer. We want him to stay in lessons and get good results, and we want him to keep playing football because it makes him happy.\"",
            "## What Omar is good at",
            "- Maths: he is working above the expected standard for Year 8.",
            "- Computing: he has taught himself to code simple games.",
            "- Football: he plays for a local under-13s team and helps coach the under-8s on Saturdays.",
            "- He is honest and open about his tics and has explained Tourette syndrome to his form tutor.",
            "- He is caring with his younger sisters.",
            "## Omar's hopes for the future",
            "Omar wants to design video games and to coach football. His parents hope he will stay in mainstream school, get good GCSEs (General Certificate of Secondary Education) and feel accepted by other students.",
        ],
        B=[
            "## Communication and interaction",
            "Omar has vocal tics (sniffing, throat-clearing, and sometimes repeating a word he has just heard). His language and understanding are at the expected level for his age. He finds it hard when other students copy or comment on his tics, and he can react angrily.",
            "## Cognition and learning",
            "Omar's reading is at the expected level and his maths is above it. His handwriting is slow and hard to read because motor tics in his right arm and neck interrupt his writing. In September 2026 he wrote 6 words per minute by hand. He has not yet learned to touch-type.",
            "## Social, emotional and mental health",
            "Omar becomes anxious in busy, noisy places and when he feels watched. Trying to hold in tics during lessons makes him very tired and his tics then become stronger. In the first half of the autumn term 2026 he left lessons without permission on average 8 times a week. He has some signs of low mood at the end of the school day.",
            "## Sensory and physical",
            "Omar's motor tics (head jerking, shoulder shrugging and eye blinking) can cause neck and shoulder pain. He is physically fit and enjoys physical education (PE).",
        ],
        C=[
            "Omar has Tourette syndrome, diagnosed in March 2024. His tics come and go in strength and are made worse by stress, tiredness and excitement. He is not taking medication for his tics; his family and doctors agreed in August 2026 to try behavioural therapy first.",
            "Omar has no difficulty sleeping, but his neck tic causes neck and shoulder pain most evenings.",
            "Omar has some anxiety and low mood linked to his tics and to how other students respond to them.",
        ],
        D=[
            "Omar has no social care needs that relate to his special educational needs or disability. Kingsferry Children's Services screened the request for social care advice on 2 September 2026 and confirmed no assessment was needed; his parents agreed that the family do not need extra support at home.",
        ],
        EF_intro=[
            "The table below shows each outcome (Section E), the special educational provision that will help Omar achieve it (Section F), how often and for how long it will happen, and who will provide it. Health provision is set out in Section G.",
        ],
        EF=[
            ("Communication and interaction", [
                ("By February 2027, Omar will explain his tics to a new teacher or a new student using the one-page card he has written, on at least 2 occasions, as recorded by his learning mentor.",
                 [("Omar will write a one-page 'About my tics' card with his learning mentor, shared with all his teachers.", "One 45-minute session in November 2026; updated each term (20 minutes)", "Learning mentor"),
                  ("Training on Tourette syndrome for all staff who teach Omar: what tics are, why staff do not comment on them, and how to respond to copying by other students.", "One 1-hour session in the autumn term 2026 and again in September 2027", "Clinical psychologist, Kingsferry Child and Adolescent Mental Health Services (CAMHS)"),
                  ("A 1-hour awareness lesson for Omar's tutor group about tics and Tourette syndrome, with Omar's agreement about whether and how he takes part.", "Once, in the spring term 2027", "Form tutor with the special educational needs co-ordinator (SENCo)")]),
            ]),
            ("Cognition and learning", [
                ("By April 2027, Omar will touch-type at 25 words per minute with at least 90% accuracy, measured by the typing programme and checked by the SENCo each half term.",
                 [("A school laptop for all extended writing in lessons and homework, set up with speech-to-text software and spellcheck by the school's computer technician, who will also fix any faults within 2 school days.", "Every lesson with extended writing; laptop checked each half term", "SENCo (arranges); computer technician (sets up and maintains)"),
                  ("A touch-typing programme in the library homework club, supervised by a teaching assistant (TA).", "15 minutes, three times per week, for 10 weeks, then review", "TA")]),
                ("By July 2027, Omar will complete at least 4 out of 5 written homework tasks on time each half term, using his laptop, as recorded on the school's homework system.",
                 [("Copies of class notes and slides sent to Omar's school email after each lesson, so that he does not need to copy from the board.", "Every lesson", "Subject teachers"),
                  ("Access arrangements in all internal tests and examinations: 25% extra time, supervised rest breaks, use of a word processor and a separate room.", "All tests and examinations; reviewed each year", "Arranged by the examinations officer with the SENCo")]),
            ]),
            ("Social, emotional and mental health", [
                ("By July 2027, Omar will stay in class for the whole lesson in at least 4 out of 5 lessons each week, using his time-out card for short breaks instead of leaving, as tracked by his head of year on the school's behaviour system.",
                 [("A time-out card: Omar will show it to the teacher, go to the Learning Support base, and return after 10 minutes. Staff in the base will note the time he arrives and leaves.", "Whenever Omar shows the card", "All teachers; Learning Support base staff"),
                  ("A check-in with a key adult at the start of the day.", "10 minutes at 8.40am, every Monday and Thursday", "Learning mentor")]),
                ("By March 2027, Omar will receive praise or comments in front of the class calmly, staying in his seat, on at least 4 out of 5 occasions in a week, as tracked by his learning mentor with two subject teachers.",
                 [("From January 2027, Emotional Literacy Support Assistant (ELSA) sessions 1:1 in the Learning Support base, on managing worry and responding to other students' comments.", "45 minutes weekly for 6 weeks, then review", "Trained ELSA"),
                  ("Staff will praise Omar quietly and privately at the end of the lesson rather than in front of the class, as set out on his pupil profile.", "Every lesson", "All teachers")]),
            ]),
            ("Sensory and physical", [
                ("By July 2027, Omar will take part fully in at least 3 out of 4 PE lessons each half term, as recorded by his PE teacher.",
                 [("Omar will follow the stretching programme set by the physiotherapist (see Section G) at the start of each PE lesson, with his PE teacher's reminder.", "5 minutes at the start of every PE lesson", "PE teacher")]),
            ]),
            ("Health outcomes (provision in Section G)", [
                ("By June 2027, Omar will use a 'competing response' he has learned in therapy for his two most frequent tics, and will report a fall in how much these tics bother him from 8 to 5 or less out of 10 on the therapy rating scale, as measured by the CAMHS clinical psychologist.",
                 [("See Section G1.", "", "")]),
                ("By April 2027, Omar will rate his evening neck pain at 3 out of 10 or less on at least 5 days out of 7 in his pain diary, reviewed by the physiotherapist.",
                 [("See Section G3.", "", "")]),
            ]),
        ],
        EF_after=[],
        G=[
            "G1. Comprehensive Behavioural Intervention for Tics (CBIT), a talking therapy that teaches a person to notice the feeling before a tic and to do a 'competing response': 8 weekly 1-hour sessions at the CAMHS clinic with a clinical psychologist, from November 2026, then review. Omar's parents will attend part of each session.",
            "G2. Community paediatrician review of Omar's Tourette syndrome, anxiety and low mood: every 6 months in clinic (30 minutes). The paediatrician will discuss medication with Omar and his parents at each review if his tics do not improve with therapy.",
            "G3. Paediatric physiotherapy for neck and shoulder pain: 4 sessions of 45 minutes, every other week, at the Kingsferry Community Therapy Centre, from November 2026; the physiotherapist will write a home and PE stretching programme and send it to the PE teacher, then discharge to a review in 6 months.",
        ],
        H1=["None."],
        H2=["None. The family have been told about the Local Offer, including short breaks and the monthly Tourette syndrome family support group at Ferry Lane Family Hub, and know how to ask for a social care assessment if things change."],
        I=["Ferry Road School, a mainstream secondary school."],
        J=["No personal budget has been requested."],
        K=[
            ("Omar's views", "Omar, with Ms Akhtar (learning mentor)", "15 September 2026"),
            ("Parents' views (with an Arabic interpreter)", "Omar's mother and father", "17 September 2026"),
            ("Educational advice", "Mr Kwame Asante, SENCo, Ferry Road School", "22 September 2026"),
            ("Psychological advice", "Dr Leah Markham, Educational Psychologist, Kingsferry Educational Psychology Service", "30 September 2026"),
            ("Medical advice", "Dr Yasmin Haddad, Community Paediatrician, Kingsferry Child Development Service", "12 September 2026"),
            ("Clinic letter (diagnosis and treatment plan)", "Consultant Paediatric Neurologist, St Aldhelm's Children's Hospital", "4 August 2026"),
            ("Health advice – CAMHS", "Dr Owen Price, Clinical Psychologist, Kingsferry CAMHS", "19 September 2026"),
            ("Health advice – physiotherapy", "Paediatric Physiotherapist, Kingsferry Community Therapy Centre", "15 September 2026"),
            ("Social care advice", "Duty Social Worker, Kingsferry Children's Services (screening)", "2 September 2026"),
        ],
    ),
    health_agreement="Section G was confirmed by Dr Ruth Adeyemi, Designated Clinical Officer, North East London Integrated Care Board, on 28 October 2026.",
    signoff=[("Signed on behalf of the local authority", "Marcus Bell, SEND Case Officer"), ("Date", "04.11.2026")],
))

# =========================================================== ai206 (FAIL)
PLANS.append(dict(
    id="ai206", layout="ef-table", name="Rafi", family_word="his parents",
    front=[
        ("Young person's name", "Rafi"),
        ("Date this plan was issued", "2 October 2026"),
        ("Type of plan", "Final plan, amended following annual review"),
        ("Last annual review meeting", "8 July 2026"),
        ("School year", "Year 12 (post-16)"),
        ("Age when this plan was issued", "17"),
        ("Language(s) at home", "Bengali (Sylheti) and English"),
        ("Education setting", "Kingsferry Sixth Form College"),
    ],
    sections=dict(
        A=[
            "## About me",
            "Rafi wrote this section himself in June 2026, with his speech and language therapist, before his annual review. He asked for it to be kept in his own words.",
            "\"My name is Rafi and I am 17. I live with my mum, dad, two sisters and my grandad. I am doing A levels in biology, chemistry and psychology at Kingsferry Sixth Form College. I have had a stammer since I was about 4. Some days it is mild and some days I get stuck on nearly every word, especially on my name and on words starting with 'b' and 'p'. The stammer is not the biggest problem – the biggest problem is that I avoid talking because I am scared of getting stuck. I don't answer questions in class even when I know the answer. I hate phoning anyone. Presentations make me feel sick for days before.\"",
            "\"What helps: when people wait and don't finish my words for me. When teachers tell me before the lesson that they will ask me something, so I can get ready. Texting instead of phoning. Sitting near the front so I don't have to talk across the whole room.\"",
            "\"A normal week for me: college Monday to Friday, 9am to 3.30pm, with two free periods that I spend in the library. I help in my uncle's shop on Saturday mornings but I stay in the stockroom because I don't want to serve customers. On Sundays I play cricket. In the evenings I do homework and help my grandad.\"",
            "## What I am good at",
            "\"I am good at science and I like understanding how medicines work. I am organised and I always do my homework. I help my grandad with his tablets and his appointments. I play cricket on Sundays and I am a good bowler.\"",
            "## My hopes for the future",
            "\"I want to be a pharmacist. I need to get AAB to do pharmacy at university. I would like to go to university away from home, maybe Manchester or Leicester, but I am worried about living on my own and talking to new people. I want to get a Saturday job in a pharmacy to get experience. I also want to learn to drive.\"",
            "## What my parents say",
            "Rafi's parents spoke with the SEND officer on 24 June 2026, with a Sylheti interpreter:",
            "\"Rafi is a very good son and very clever. He never causes trouble. We worry because he keeps everything inside and he is very stressed before exams. We want him to become a pharmacist like he says, and we want him to be confident to speak to people, because in a pharmacy you must talk to customers.\"",
        ],
        B=[
            "## Communication and interaction",
            "Rafi has developmental stammering. His speech and language therapy assessment (June 2026) found moderate to severe stammering, with blocks (getting stuck with no sound) and repetitions, and a high level of avoidance: he swaps words, stays silent, and avoids phoning, presentations and meeting new people. His understanding and use of language are at a high level.",
            "## Cognition and learning",
            "Rafi's learning is strong. His GCSE (General Certificate of Secondary Education) results in summer 2025 were grades 7 to 9 in all subjects, including 8s in combined science. His college predicted grades are A in biology and chemistry and B in psychology. Speaking assessments, group work and practicals that need talking to a partner are harder for him.",
            "The college reports that Rafi's written work is of a very high standard and that he is one of the most organised students in his year. In practical lessons he usually works alone rather than with a partner, and he has not yet given an oral presentation at college. In psychology he asked to be excused from a group presentation in June 2026. His teachers say that he rarely answers or asks questions in class, although his written answers show that he knows the material well.",
            "## Social, emotional and mental health",
            "Rafi has anxiety about speaking, which has grown since he started college. He avoids the common room and eats lunch alone in the library. He says he has one close friend from school who is at the same college. On the anxiety questionnaire completed with Child and Adolescent Mental Health Services (CAMHS) in May 2026 his score was in the high range for social anxiety. He says that the worry is worst on Sunday evenings and before any lesson where he thinks he might be asked to speak.",
            "## Preparing for adulthood",
            "Rafi is in Year 12 and will apply to university through the Universities and Colleges Admissions Service (UCAS) in the autumn of Year 13. Applications for pharmacy usually include an interview. Rafi has not yet used the telephone to make an appointment or spoken to someone he does not know in a formal setting. He has not yet started driving lessons.",
        ],
        C=[
            "Rafi has social anxiety, diagnosed by Kingsferry Child and Adolescent Mental Health Services (CAMHS) in May 2026. He has trouble sleeping in the week before tests and presentations, and has headaches and stomach aches when he is anxious.",
            "Rafi's stammer is described in Section B. His speech and language therapy is in Section F because it helps him to learn.",
        ],
        D=[
            "Rafi has no social care needs related to his special educational needs or disability. Kingsferry Children's Services (Single Point of Access) screened the request for social care advice on 10 June 2026 and found no social care needs. Rafi and his parents agreed with this.",
        ],
        EF_intro=["The table shows Rafi's outcomes (Section E) and the special educational provision (Section F) that will help him achieve them."],
        EF=[
            ("Communication and interaction", [
                ("By July 2027, Rafi will feel more confident when speaking in class.",
                 [("Speech and language therapy (SLT) support for Rafi's stammer as appropriate.", "As agreed with the therapist", "Speech and language therapist, Kingsferry Speech and Language Therapy Service"),
                  ("Teachers should give Rafi extra time to answer questions and should not finish his words for him.", "In lessons", "All teachers")]),
                ("Rafi will be less anxious about presentations.",
                 [("Rafi may give presentations to the teacher alone or record them in advance, where possible.", "When presentations are set", "Subject teachers")]),
            ]),
            ("Cognition and learning", [
                ("By July 2027, Rafi will make good progress in his A levels.",
                 [("Access arrangements in all internal and external examinations: 25% extra time and a separate room for oral or practical assessments.", "All examinations", "Arranged by the college examinations officer"),
                  ("Teachers will tell Rafi at the start of the lesson if they plan to ask him a question, so that he can prepare.", "Every lesson", "Subject teachers")]),
            ]),
            ("Social, emotional and mental health", [
                ("By July 2027, Rafi will be happier at college and will have better self-esteem.",
                 [("Regular check-ins with a mentor.", "Regular", "Learning mentor, Learning Support Team"),
                  ("Access to a quiet room at lunchtime where possible.", "Daily", "Learning Support Team")]),
                ("By December 2026, Rafi will ask at least one question in a biology or chemistry lesson each week, as noted by his personal tutor.",
                 [("Opportunities to practise speaking in a small group.", "Weekly", "Personal tutor")]),
            ]),
            ("Health outcome (provision in Section G)", [
                ("Rafi will feel less anxious.", [("See Section G.", "", "")]),
            ]),
        ],
        G=[
            "G1. Cognitive behavioural therapy (CBT) for social anxiety: 10 weekly sessions of 50 minutes with a CAMHS practitioner at the CAMHS clinic, from September 2026, then review with Rafi.",
            "G2. Rafi's general practitioner (GP) will review his sleep and his headaches and stomach aches at an appointment in December 2026 (15 minutes), with a follow-up if needed.",
        ],
        H1=["None."],
        H2=["None. Rafi and his family have been given information about the Local Offer and the young people's stammering support group, which meets monthly at the Kingsferry Youth Hub."],
        I=["Kingsferry Sixth Form College (post-16 sixth-form college)."],
        J=["No personal budget has been requested."],
        K=[
            ("Rafi's own views", "Rafi (written with his speech and language therapist)", "June 2026 (annual review papers, 8 July 2026)"),
            ("Parents' views (with a Sylheti interpreter)", "Rafi's mother and father", "24 June 2026"),
            ("Educational advice", "Ms Laura Penn, Learning Support Manager, Kingsferry Sixth Form College", "1 July 2026"),
            ("Learning support report", "Kingsferry Sixth Form College Learning Support Team", "Not dated"),
            ("Psychological advice", "Dr Leah Markham, Educational Psychologist, Kingsferry Educational Psychology Service", "19 June 2026"),
            ("Speech and language therapy advice", "Mr Iqbal Hussain, Specialist Speech and Language Therapist (stammering), Kingsferry Speech and Language Therapy Service", "16 June 2026"),
            ("Health advice – CAMHS", "CAMHS Practitioner, Kingsferry CAMHS", "27 May 2026"),
            ("Medical advice", "Rafi's GP, Ferry Lane Medical Practice", "5 June 2026"),
            ("Social care advice", "Kingsferry Children's Services, Single Point of Access", "10 June 2026"),
            ("Preparing for adulthood advice", "Ms Joy Mensah, Careers Adviser, Kingsferry Careers Service", "30 June 2026"),
        ],
    ),
    health_agreement="Section G was agreed by Dr Ruth Adeyemi, Designated Clinical Officer, North East London Integrated Care Board, on 25 September 2026.",
    signoff=[("Signed on behalf of the local authority", "Marcus Bell, SEND Case Officer"), ("Date", "02.10.2026")],
))

# =========================================================== ai207 (SOUND)
PLANS.append(dict(
    id="ai207", layout="ef-table", name="Beatriz", family_word="her parents",
    front=[
        ("Child's name", "Beatriz"),
        ("Date this plan was issued", "13 October 2026"),
        ("Type of plan", "Final plan (first plan following EHC needs assessment)"),
        ("Last annual review meeting", "Not applicable – first plan. Because Beatriz is under 5, her plan will be reviewed after 6 months, by April 2027"),
        ("School year", "Reception (Early Years Foundation Stage)"),
        ("Age when this plan was issued", "4 years 9 months"),
        ("Language(s) at home", "Portuguese and English"),
        ("School", "Harbour Lane Primary School"),
    ],
    sections=dict(
        A=[
            "## About Beatriz",
            "Beatriz lives with her mother, father and her brother, Rui, who is 8. Her parents moved to London from Madeira, Portugal, in 2016. The family speak Portuguese at home and English with friends. Beatriz has Down syndrome. She went to Sunflower Nursery from the age of 2 and started in the Reception class at Harbour Lane Primary School in September 2026, where her brother also goes.",
            "The nursery and her parents asked for an Education, Health and Care (EHC) needs assessment in April 2026 so that support would be in place when she started school.",
            "## How we found out what Beatriz thinks (through play, Makaton signs and her key worker's observations)",
            "Beatriz uses about 35 Makaton signs (a language programme that uses signs and symbols alongside speech) and about 12 spoken words in Portuguese and English. Her nursery key worker, Ms Dos Santos, who has known her for two years, watched her play over three weeks in July 2026 and showed her photos and objects to choose from. This is what Beatriz showed us:",
            "- She signed 'music' and 'more' again and again during singing time and danced to every song.",
            "- She chose the photos of bubbles, the sand tray, her brother Rui and the slide, and signed 'happy'.",
            "- She pushed away the photo of the toilet and signed 'no'.",
            "- She took her key worker's hand and led her to the book corner to look at Peppa Pig books together.",
            "- She cried and covered her eyes when the room was very busy and noisy at home time, and calmed when her key worker took her to the quiet corner.",
            "## What Beatriz's parents told us",
            "Beatriz's mother and father shared their views with the SEND officer on 1 August 2026, with a Portuguese interpreter:",
            "\"Beatriz is our sunshine. She loves music, dancing and her brother. She understands much more than people think. We want her to be at the same school as Rui, with children from our street. We want her to talk – in Portuguese and English – and to make friends. We want her to learn to do things for herself, like putting on her coat, going to the toilet and eating with a spoon. When she is older we hope she will have a job and a happy life like anyone else.\"",
            "## What Beatriz is good at",
            "- She is sociable and affectionate, and loves to make people laugh.",
            "- She copies actions and signs quickly, especially in songs.",
            "- She can match colours and shapes, and can do 4-piece jigsaws.",
            "- She walks, climbs the small slide and kicks a ball.",
            "- She feeds herself finger foods and drinks from an open cup.",
            "## Hopes for the future",
            "Beatriz's parents hope she will talk in both languages, make friends, learn to look after herself, go to school with her brother, and one day have a job and her own life. Beatriz shows us she wants more music, more time with other children and more time outdoors.",
        ],
        B=[
            "## Communication and interaction",
            "Beatriz understands simple instructions in familiar routines and about 100 words and signs. She uses about 35 Makaton signs and 12 spoken words, and is starting to put two signs together ('more music'). Her speech is hard to understand for people who do not know her. She watches other children but does not yet join in their play without an adult.",
            "## Cognition and learning",
            "Beatriz has a learning disability linked to Down syndrome. In July 2026 her development was broadly in line with that of a typical 2-year-old. She learns best by watching and copying, with short activities, repetition and pictures. She can match but cannot yet sort by colour or count.",
            "## Social, emotional and mental health",
            "Beatriz is happy and settled with familiar adults. She can become upset in noisy, busy rooms and at changes in routine, and will sit down and refuse to move.",
            "## Sensory and physical",
            "Beatriz has low muscle tone, which makes her tire easily and affects her balance and her hand skills. She cannot yet hold a crayon with a grip that lets her make marks with control, use scissors, or manage buttons and zips. She is not yet toilet trained.",
        ],
        C=[
            "- Down syndrome.",
            "- A heart condition (a hole in the heart called an atrioventricular septal defect) was repaired when Beatriz was 5 months old. She has no restrictions on activity and has a heart check once a year.",
            "- An underactive thyroid gland (hypothyroidism): Beatriz takes levothyroxine every morning at home, and needs a blood test every 6 months.",
            "- Beatriz's hearing was checked in June 2026 and is normal. Children with Down syndrome are more likely to develop glue ear, so she needs a hearing check every year.",
            "- Beatriz is not yet toilet trained and wears nappies. She does not yet show when she needs the toilet.",
            "- Low muscle tone affects her gross motor skills (walking on uneven ground, stairs, balance).",
        ],
        D=[
            "Beatriz's needs were assessed by the Kingsferry Children with Disabilities Team (social worker assessment dated 3 August 2026). Beatriz needs much more care and supervision than other children of her age: help with toileting, dressing and eating, and constant supervision because she does not yet understand danger. Both her parents work shifts and they have no family nearby. The assessment found that Beatriz is eligible for short breaks, to give her time to play with other children outside school and to give her parents a break.",
        ],
        EF_intro=["Each outcome (Section E) is shown with the special educational provision (Section F) that will help Beatriz achieve it. Outcomes are set for July 2027, the end of Reception, with a review after 6 months."],
        EF=[
            ("Communication and interaction", [
                ("By July 2027, Beatriz will use at least 60 different Makaton signs or spoken words (in Portuguese or English) to ask for things, say 'no' and comment, recorded on her word and sign list by her key worker and checked each term by her speech and language therapist.",
                 [("1:1 support from a teaching assistant (TA) trained to Makaton Level 2, across the school day including lunchtime, who will use signs and speech with Beatriz in all activities.", "27.5 hours per week (all of the school day)", "TA, managed by the special educational needs co-ordinator (SENCo)"),
                  ("Speech and language therapy: the therapist will see Beatriz on her own in school, set targets and a programme, and show her TA how to carry it out.", "Tuesday mornings, 30 minutes, for 8 weeks in each term (24 sessions a year)", "Speech and language therapist, Kingsferry Children's Speech and Language Therapy Service"),
                  ("Beatriz's TA will carry out the speech and language therapy programme 1:1.", "10 minutes every school day", "TA"),
                  ("Makaton Level 1 training for all Reception class staff and the midday supervisor.", "One full-day course, completed by 31 December 2026", "Arranged by the SENCo; delivered by a licensed Makaton tutor")]),
                ("By July 2027, Beatriz will take 3 turns in a simple game with another child, with an adult nearby, on 3 days in one week, as observed and recorded by her TA.",
                 [("Small-group language and play session ('Language for Learning' games and songs).", "15 minutes daily, in a group of no more than 4 children", "Reception TA trained by the speech and language therapist")]),
            ]),
            ("Cognition and learning", [
                ("By July 2027, Beatriz will sort objects by colour (3 colours) and count 3 objects, touching each one, on 3 separate days, as recorded in her learning journal by her class teacher.",
                 [("Structured 1:1 learning using her interests (music, bubbles), with photos and real objects, following small steps planned by the class teacher.", "Two 10-minute sessions every school day", "TA, planned by the class teacher"),
                  ("A visual timetable with photos and Makaton symbols, and a now/next board, prepared by her TA and used at every change of activity.", "Throughout the day", "TA"),
                  ("Educational psychologist consultation with staff and parents to review progress and plan next steps.", "A half-day visit once in the autumn term and once in the summer term", "Educational psychologist, Kingsferry Educational Psychology Service")]),
            ]),
            ("Social, emotional and mental health", [
                ("By April 2027, Beatriz will move from one activity to the next when shown her now/next board, without sitting down and refusing, on 4 out of 5 changes in a morning, as recorded by her TA on three mornings each half term.",
                 [("A quiet corner in the classroom with cushions and her favourite books, which Beatriz can go to with her TA when the room is busy, for 5 minutes before rejoining.", "Whenever the room is very busy or noisy", "TA"),
                  ("June 2027: three visits to the Year 1 classroom with her TA to prepare for the move to Year 1, and a photo book of Year 1 made by her TA.", "Three 30-minute visits in June 2027", "Arranged by the SENCo")]),
            ]),
            ("Sensory and physical", [
                ("By April 2027, Beatriz will put on her coat and her shoes (with Velcro fastenings) on her own before outdoor play on 4 days out of 5, as recorded by her TA.",
                 [("An occupational therapist (OT) will assess Beatriz's hand skills and self-care in school and write a programme.", "One assessment (1.5 hours) in November 2026", "Occupational therapist, Kingsferry Children's Occupational Therapy Service"),
                  ("The occupational therapist will visit to update the programme and show staff how to use it.", "45 minutes once each half term", "Occupational therapist"),
                  ("Fine motor group ('Dough Disco' and threading).", "10 minutes daily, in a group of 6", "Reception TA"),
                  ("Chunky pencil grips, a sloping board and spring-loaded scissors, provided by the school and checked each term by the occupational therapist.", "Every writing and cutting activity", "SENCo (provides); occupational therapist (checks)")]),
            ]),
            ("Health outcomes (provision in Section G)", [
                ("By July 2027, Beatriz will sit on the toilet when taken at 5 set times in the school day, and will pass urine in the toilet on at least 3 of those times on 4 days out of 5, as recorded on her toileting chart by her TA.",
                 [("Toileting routine set out in the toileting plan (see Section G4), carried out at 5 set times each day.", "5 times each school day", "TA")]),
                ("By July 2027, Beatriz will walk up and down the 6 steps to the playground holding the rail, with an adult beside her, on 4 days out of 5, as recorded by her TA.",
                 [("Gross motor programme set by the physiotherapist (see Section G5).", "10 minutes daily", "TA")]),
            ]),
        ],
        G=[
            "G1. Community paediatrician: review of Beatriz's general health, growth and thyroid every 6 months in clinic (30 minutes), including a thyroid blood test.",
            "G2. Paediatric cardiology clinic, St Aldhelm's Children's Hospital: heart check (examination and heart scan, about 1 hour) once a year, next due March 2027.",
            "G3. Children's audiology service: hearing test (about 45 minutes) once a year, next due June 2027.",
            "G4. School nurse: will write a toileting plan with Beatriz's parents and Reception staff by 30 November 2026 (1 hour) and review it each half term (30 minutes). The school can contact the school nursing team for advice when needed.",
            "G5. Paediatric physiotherapist, Kingsferry Community Therapy Centre: will assess Beatriz in school in October 2026 (1 hour) and set a gross motor programme, then visit once each term (45 minutes) to update it and show her TA how to use it.",
        ],
        H1=[
            "Short breaks: a place at the 'Little Stars' inclusive Saturday play scheme at Ferry Lane Family Hub, 5 hours every other Saturday (about 20 sessions a year), with a play worker supporting Beatriz 1:1. This is provided by the Kingsferry Children with Disabilities Team under section 2 of the Chronically Sick and Disabled Persons Act 1970, and will be reviewed every year by Beatriz's social worker.",
            "Outcome linked to this provision: by July 2027, Beatriz will join in with at least 2 group activities (for example songs or messy play) at each Little Stars session, as recorded in the play scheme's session notes.",
        ],
        H2=["None. The family have also been told about the Down syndrome parents' group at Ferry Lane Family Hub through the Local Offer."],
        I=["Harbour Lane Primary School, a mainstream primary school (Reception class)."],
        J=["No personal budget has been requested."],
        K=[
            ("Parents' views (with a Portuguese interpreter)", "Beatriz's mother and father", "1 August 2026"),
            ("Beatriz's views (observation, photos and Makaton)", "Ms Dos Santos, key worker, Sunflower Nursery", "29 July 2026"),
            ("Educational advice", "Nursery manager and special educational needs co-ordinator, Sunflower Nursery", "22 July 2026"),
            ("Psychological advice", "Mr Daniel Fry, Educational Psychologist, Kingsferry Educational Psychology Service", "15 July 2026"),
            ("Medical advice", "Dr Helen Park, Community Paediatrician, Kingsferry Child Development Service", "10 July 2026"),
            ("Cardiology clinic letter", "Consultant Paediatric Cardiologist, St Aldhelm's Children's Hospital", "2 March 2026"),
            ("Audiology report", "Children's Audiologist, Kingsferry Children's Audiology Service", "16 June 2026"),
            ("Speech and language therapy advice", "Ms Joana Pires, Speech and Language Therapist, Kingsferry Children's Speech and Language Therapy Service", "20 July 2026"),
            ("Occupational therapy advice", "Occupational Therapist, Kingsferry Children's Occupational Therapy Service", "24 July 2026"),
            ("Physiotherapy advice", "Paediatric Physiotherapist, Kingsferry Community Therapy Centre", "18 July 2026"),
            ("School nursing advice", "School Nurse, Kingsferry School Nursing Team", "1 September 2026"),
            ("Social care advice", "Ms Patience Owusu, Social Worker, Kingsferry Children with Disabilities Team", "3 August 2026"),
        ],
    ),
    health_agreement="The health provision in Section G was reviewed and supported by Dr Ruth Adeyemi, Designated Clinical Officer, North East London Integrated Care Board, on 6 October 2026.",
    signoff=[("Signed on behalf of the local authority", "Marcus Bell, SEND Case Officer"), ("Date", "13.10.2026")],
))

# =========================================================== ai208 (FAIL)
PLANS.append(dict(
    id="ai208", layout="ef-table", name="Leon", family_word="his family",
    front=[
        ("Child's name", "Leon"),
        ("Date this plan was issued", "19 June 2026"),
        ("Type of plan", "Final plan, amended following annual review"),
        ("Last annual review meeting", "24/04/2026"),
        ("School year", "Year 5 (Key Stage 2)"),
        ("Age when this plan was issued", "10"),
        ("Language(s) at home", "English"),
        ("School", "Thames View Primary School"),
    ],
    sections=dict(
        A=[
            "## All about me",
            "Leon told his teaching assistant (TA), Miss Carter, what he wanted to say for his annual review on 20 April 2026. She typed it as he said it and read it back to him.",
            "\"I'm Leon and I'm 10. I live with my mum, my nan and my dog Biscuit. I love cooking with my nan, football, and building things in Minecraft. I'm really fast at running – I won the sports day race. I find it hard to sit still and listen, my brain goes too fast. Reading is hard because the letters get muddled. I like it when Miss Carter lets me do jobs like taking the register. I don't like it when I get told off for fidgeting. When I grow up I want to be a chef and have my own restaurant.\"",
            "## What Leon's family say",
            "Leon's mother and grandmother spoke with the special educational needs co-ordinator (SENCo) on 21 April 2026:",
            "\"Leon has come on so much since he started his medication and since he had his plan. He is loving and funny and he really tries. We still worry about his reading because secondary school is coming. We want him to go to Thames Academy with his friends and we want him to believe he is clever, because he is. He is happiest in the kitchen – he can follow a recipe if someone reads it to him.\"",
            "## What Leon is good at",
            "- Practical, hands-on tasks: cooking, building and design.",
            "- Sport: he is the fastest runner in Year 5 and plays in the school football team.",
            "- Maths: his mental maths is at the expected level for Year 5.",
            "- He is kind and helpful, and younger children look up to him.",
            "## Leon's hopes for the future",
            "Leon wants to be a chef and have his own restaurant. His family want him to move to Thames Academy with his friends, to read well enough to follow a recipe and his lessons on his own, and to feel proud of himself.",
        ],
        B=[
            "## Cognition and learning",
            "Leon has a specific learning difficulty (SpLD) with a dyslexic profile, identified by the educational psychologist in 2024 and confirmed in March 2026. In March 2026 his reading age was 7 years 6 months and his spelling age 7 years 2 months, when he was 9 years 9 months old. He has difficulty with phonological processing (hearing and working with the sounds in words) and with working memory, which means he finds it hard to hold instructions in mind and often forgets the second and third parts of what he has been asked to do. He is not yet able to use a dictionary or to plan a piece of writing without an adult helping him, and he finds it difficult to copy from the board, so he needs any writing frame or word mat to be on his table rather than on the wall.",
            "## Social, emotional and mental health",
            "Leon has attention deficit hyperactivity disorder (ADHD), diagnosed by the community paediatrician in 2023. He finds it hard to sit still, to wait his turn and to concentrate for more than about 5 minutes on tasks he finds difficult. When he is frustrated he can call out or leave his seat, and he has had three lunchtime incidents with other pupils this year, which usually happen when he is in a large group without enough structure and has not had a chance to recieve a clear warning of what is about to change.",
            "## Sensory and physical",
            "Leon needs to move often to help him focus. His handwriting is large and hard to read, and he tires quickly when writing, so teachers need to accomodate this by cutting down the amount he has to copy.",
        ],
        C=[
            "Leon has ADHD. He takes methylphenidate (a medicine that helps concentration) every morning at home. His community paediatrician reviews his medication, growth and sleep.",
            "Leon has daytime wetting: he has accidents at school about twice a week, usually when he is busy and does not notice he needs the toilet, and he keeps spare clothes in a seperate bag in the school office.",
        ],
        D=[
            "Leon has no social care needs related to his special educational needs or disability. An Early Help screening by Kingsferry Children's Services on 13 March 2026 found the family are managing well with support from Leon's grandmother. The family have been told about short breaks and the ADHD parents' support group through the Local Offer.",
        ],
        EF_intro=["Each outcome (Section E) is shown with the special educational provision (Section F) that will help Leon achieve it."],
        EF=[
            ("Cognition and learning", [
                ("By July 2027, Leon will have a reading age of at least 9 years on the school's standardised reading test, measured each term by the SENCo.",
                 [("A structured, multisensory literacy programme for pupils with dyslexia, 1:1.", "30 minutes, four times per week", "TA trained in the programme, supervised by the SENCo"),
                  ("Reading practice with books at the right level; Leon should read to an adult every day where possible.", "10 minutes daily", "Class TA or volunteer reader")]),
                ("By April 2027, Leon will write a paragraph of at least 5 sentences using a writing frame and a word mat, with capital letters and full stops in at least 4 of them, on 3 pieces of work in a half term, as checked by his class teacher.",
                 [("A writing frame and a personal word mat for every writing task, on Leon's table.", "Every writing lesson", "Class teacher"),
                  ("Leon may use a school laptop, set up by the SENCo, for longer pieces of writing.", "Longer writing tasks", "Class teacher; SENCo (sets up the laptop)")]),
            ]),
            ("Social, emotional and mental health", [
                ("By March 2027, Leon will stay on task for 15 minutes at a time in English and maths lessons, using his movement break card, on 4 out of 5 days, as recorded by his TA on his daily chart.",
                 [("Movement breaks: Leon should have a 5-minute movement break (a job or the sensory circuit) every 30 minutes where possible.", "Every 30 minutes", "TA"),
                  ("A now/next card and a timer on Leon's table, with instructions given one step at a time and repeated back by Leon.", "Every lesson", "Class teacher and TA")]),
                ("By July 2027, Leon will take part in lunchtime games without an incident on at least 9 out of 10 school days each half term, as recorded by the midday supervisors.",
                 [("Opportunities to join a structured lunchtime club (Lego or football), in a group of 6.", "30 minutes, twice weekly", "Higher level teaching assistant (HLTA)"),
                  ("A 5-minute warning before the end of lunch and a clear routine for coming back in, with a job for Leon to do untill the class is lined up.", "Every lunchtime", "Midday supervisor")]),
            ]),
            ("Sensory and physical", [
                ("By July 2027, Leon will write the letters of the alphabet in joined handwriting, at a size that fits the lines of his book, in 4 out of 5 pieces of work, as checked by his class teacher.",
                 [("A handwriting programme, 1:1.", "15 minutes, three times per week, for 10 weeks then review", "TA"),
                  ("A sloping board and pencil grip on Leon's table, provided by the school.", "Every writing lesson", "SENCo")]),
            ]),
            ("Health outcome (provision in Section G)", [
                ("By March 2027, Leon will tell his TA when his medication seems to be wearing off (feeling 'too fast' in the afternoon), on at least 3 occasions, so this can be shared with his paediatrician, as recorded in his home-school book.",
                 [("See Section G1.", "", "")]),
            ]),
        ],
        G=[
            "G1. Community paediatrician, Kingsferry Child Development Service: review of Leon's ADHD medication, growth, appetite and sleep every 6 months in clinic (30 minutes). Before each review, the paediatrician will send a short questionnaire to the class teacher and to Leon's mother, to be returned within 2 weeks.",
        ],
        H1=["None."],
        H2=["None. The family know how to ask for support through Ferry Lane Family Hub if things change."],
        I=["Thames View Primary School, a mainstream primary school. Leon will move to secondary school in September 2027; the local authority will name his secondary school by 15 February 2027, following his Year 5 review."],
        J=["No personal budget has been requested."],
        K=[
            ("Leon's views", "Leon, with Miss Carter (TA)", "20 April 2026"),
            ("Family's views", "Leon's mother and grandmother", "21 April 2026"),
            ("Educational advice (annual review report)", "Mrs Rita Gomes, SENCo, Thames View Primary School", "17 April 2026"),
            ("Psychological advice", "Dr Leah Markham, Educational Psychologist, Kingsferry Educational Psychology Service", "11 March 2026"),
            ("Medical advice", "Dr Kemi Ade, Community Paediatrician, Kingsferry Child Development Service", "2 April 2026"),
            ("Social care advice", "Early Help Practitioner, Kingsferry Children's Services", "13 March 2026"),
        ],
        K_intro=["Advice was updated for Leon's annual review, so that this amended plan describes him as he is now. The original advice from his 2024 assessment is held on file and has not been used to write this plan."],
    ),
    health_agreement=None,
    signoff=[("Signed on behalf of the local authority", "Marcus Bell, SEND Case Officer"), ("Date", "19.06.2026")],
))

# =========================================================== ai209 (FAIL)
LC_TITLES = {
    "A": "Section A: The views, interests and aspirations of {n} and {fam}",
    "B": "Section B: {n}'s special educational needs",
    "C": "Section C: Health needs related to {n}'s special educational needs",
    "D": "Section D: Social care needs related to {n}'s special educational needs or disability",
    "E": "Section E: Outcomes",
    "F": "Section F: Special educational provision",
    "G": "Section G: Health provision",
    "H1": "Section H1: Social care provision made under section 2 of the Chronically Sick and Disabled Persons Act 1970",
    "H2": "Section H2: Other social care provision",
    "I": "Section I: Placement",
    "J": "Section J: Personal budget (including direct payments)",
    "K": "Section K: Advice and information gathered",
}


def lc_sections(name, fam, content):
    return [(k, LC_TITLES[k].format(n=name, fam=fam), content[k]) for k in
            ["A", "B", "C", "D", "E", "F", "G", "H1", "H2", "I", "J", "K"]]


PLANS.append(dict(
    id="ai209", layout="letter-column",
    front=[
        ("Young person's name", "Abdi"),
        ("Date this plan was issued", "15 August 2025"),
        ("Type of plan", "Final plan, amended following annual review"),
        ("Last annual review meeting", "18 June 2025"),
        ("Education phase", "Post-19 further education (third year at college)"),
        ("Age when this plan was issued", "22"),
        ("Language(s) at home", "Somali and English"),
    ],
    sections=lc_sections("Abdi", "his family", dict(
        A=[
            "## About me (in my own words)",
            "Abdi shared his views with his college tutor, Ms Warsame, at his annual review on 18 June 2025. They used photos and easy-read symbols, and she wrote down what he said.",
            "\"My name is Abdi. I am 22. I live with my mum, my two brothers and my sister. I go to Kingsferry College three days a week. I like cooking, football and Arsenal. I like working in the college café – I make the toast and clean the tables and I say hello to the customers. I want a real job in a café. I want to go on the bus by myself like my brother. I want to live in a flat with my friend Hassan one day. I don't like it when I have a seizure at college, I feel tired and sad after.\"",
            "## What my family say",
            "Abdi's mother shared her views at the review with a Somali interpreter:",
            "\"Abdi is a gentle and happy young man. He loves people and he works hard. College has been very good for him – he is more grown up now. I worry about his seizures and his eating, because he eats too fast and coughs. I want him to have a job and to be safe. I would like him to live more independently one day, maybe in supported housing near us.\"",
            "## What Abdi is good at",
            "- Friendly and polite; customers in the college café know him by name.",
            "- Follows a routine well once he has learned it.",
            "- Good at practical tasks: making drinks and toast, clearing and cleaning tables, loading the dishwasher.",
            "- Recognises coins and notes up to £20.",
            "- A keen footballer who plays every week.",
            "## Abdi's hopes for the future",
            "Abdi wants a paid job in a café, to travel on the bus by himself, to keep playing football, and to live in a flat with a friend in the future. His mother hopes he will have a job, stay healthy and safe, and live near the family with support.",
        ],
        B=[
            "## Cognition and learning",
            "Abdi has a moderate learning disability. He is working at Entry Level 1 to 2 in English and maths. He reads familiar words and short sentences with pictures, writes his name and address, and can add and take away to 20 with objects. He learns best through practical tasks, repetition and visual prompts, and needs new information broken into small steps.",
            "Abdi's tutor reports that he has made steady progress in his second year at college. He now completes his morning routine in the café (setting up tables, filling the toaster and checking the menu board) with only picture prompts, and he has begun to take simple orders from staff customers. He still needs an adult to help him with money at the till.",
            "## Communication and interaction",
            "Abdi speaks in short sentences in English and Somali. He understands simple instructions and familiar routines, but finds longer or unfamiliar instructions hard and may say 'yes' when he has not understood. He uses a visual task list at work.",
            "## Social, emotional and mental health",
            "Abdi is sociable and happy. He can become anxious when routines change without warning, and he has low mood for a day or two after a seizure.",
            "## Independence (preparing for adulthood)",
            "Abdi cannot yet travel on his own. He does not yet manage money without support, and he needs help to plan and cook a simple meal.",
        ],
        C=[
            "- Epilepsy: Abdi has tonic-clonic seizures (when a person loses consciousness and their body stiffens and jerks), about twice a month, usually in the morning. He takes sodium valproate twice a day at home. If a seizure lasts longer than 5 minutes, he needs rescue medicine (buccal midazolam, given inside the cheek) given by trained staff, following his epilepsy care plan.",
            "- Difficulty with swallowing (dysphagia): Abdi eats very quickly and is at risk of choking. He needs soft, bite-sized food and his drinks thickened to level 1 (slightly thick), following the eating and drinking plan written for him by a speech and language therapist at school.",
        ],
        D=[
            "Kingsferry Adult Social Care (Learning Disability Team) completed a Care Act assessment on 20 May 2025. Abdi has eligible needs for support in: taking part in activities in the community, managing and maintaining nutrition (shopping for and preparing food), and developing and maintaining family or other personal relationships. Without support he would not be able to go to football or to the shops, and his mother, who is his main carer, would have no time for herself.",
        ],
        E=[
            "E1 (employment): By July 2026, Abdi will complete a 12-week work placement in the college café, one day a week, attending at least 10 of the 12 days, and will receive a positive written report from his placement supervisor.",
            "E2 (independent living): By April 2026, Abdi will travel by bus from home to college on his own on 5 days out of 5 for two weeks in a row, signed off by his independent travel trainer.",
            "E3 (learning): By July 2026, Abdi will pass Functional Skills maths at Entry Level 2, including paying for items with money and checking his change.",
            "E4 (friends and community): By July 2026, Abdi will take part in at least 3 out of 4 Saturday football sessions each month, with his personal assistant, as recorded by his personal assistant.",
            "E5 (good health): By July 2026, Abdi will tell a member of staff when he has his 'funny feeling' (the warning he sometimes gets before a seizure) on at least 4 out of 5 occasions, as recorded in his seizure diary.",
            "E6 (good health): By July 2026, Abdi will eat his lunch following his eating and drinking plan (sitting upright, small mouthfuls, sipping his thickened drink) with no more than one reminder, on 4 days out of 5, as recorded by his learning support assistant.",
        ],
        F=[
            "F1. Study programme: the Foundation Learning 'Pathways to Employment' course at Kingsferry College, Entry Level 2, three days a week (16.5 hours), in a class of no more than 10 students with a tutor and two learning support assistants (LSAs). (E1, E3)",
            "F2. Functional Skills English and maths at Entry Level 2: 2 hours of each every week, in a group of no more than 8, taught by a qualified Functional Skills tutor, using real tasks such as shopping and reading a bus timetable. (E3)",
            "F3. Work placement in the college café: one day a week (5 hours) for 12 weeks from January 2026, with a job coach 1:1 for the first 4 weeks, then checking in for 30 minutes each placement day. The job coach will make a visual task list for each job. (E1)",
            "F4. Independent travel training: 1:1 with the college's independent travel trainer, two mornings a week for 10 weeks from September 2025, then review. (E2)",
            "F5. Lunch supervision: an LSA trained in Abdi's eating and drinking plan will sit with him at lunch every college day (30 minutes) and remind him to follow it. The LSA will be trained by the college nurse each September (1 hour). (E6)",
            "F6. A key worker (LSA) who will check in with Abdi for 10 minutes at the start of each college day, tell him about any changes to his routine, and help him fill in his seizure diary after any seizure. (E5)",
        ],
        G=[
            "G1. Consultant neurologist, adult neurology clinic at St Aldhelm's Hospital: review of Abdi's epilepsy and medication once a year (30 minutes).",
            "G2. Community learning disability nurse, Kingsferry Community Learning Disability Team: review of Abdi's epilepsy care plan with Abdi, his mother and the college every 6 months (1 hour), and training of college staff in his epilepsy care plan and in giving buccal midazolam once a year (2 hours).",
            "Health agreement: the health provision in Section G was agreed by Dr Ruth Adeyemi, Designated Clinical Officer, North East London Integrated Care Board, on 8 August 2025.",
        ],
        H1=["Not applicable: Abdi is over 18. His social care provision is made under the Care Act 2014 and is set out in Section H2."],
        H2=[
            "H2.1 A personal assistant for 6 hours a week, paid for through a direct payment (see Section J): 3 hours on Saturdays to go to football and swimming, and 3 hours on Wednesday evenings to shop for and cook a simple meal. (E4)",
            "H2.2 Carer's assessment: Abdi's mother was offered a carer's assessment by Adult Social Care in May 2025 and has accepted; it will be completed by 30 September 2025.",
        ],
        I=["Kingsferry College (a general further education college), Foundation Learning department."],
        J=[
            "A direct payment of £126 a week (6 hours at £21 an hour) from Kingsferry Adult Social Care, paid to Abdi's mother as his nominated person, to employ a personal assistant (see Section H2). It is reviewed each year at the Care Act review.",
        ],
        K=[
            "- Abdi's views: Abdi, with Ms Warsame (college tutor) – 18 June 2025",
            "- Parent's views: Abdi's mother, with a Somali interpreter – 18 June 2025",
            "- Educational advice: Mr Colin Ward, Course Leader, Foundation Learning, Kingsferry College – 2 June 2025",
            "- Psychological advice: Dr Neil Barker, Educational Psychologist, Kingsferry Educational Psychology Service – 11 May 2021",
            "- Medical advice: Consultant Neurologist, adult neurology clinic, St Aldhelm's Hospital (clinic letter) – 7 February 2022",
            "- Social care advice (Care Act assessment): Social Worker, Kingsferry Adult Social Care, Learning Disability Team – 20 May 2025",
            "- Preparing for adulthood advice: Ms Joy Mensah, Careers Adviser, Kingsferry Careers Service – 2 June 2025",
        ],
    )),
    signoff=[("Signed on behalf of the local authority", "Marcus Bell, SEND Case Officer"), ("Date", "15/08/2025")],
))

# =========================================================== ai210 (FAIL)
PLANS.append(dict(
    id="ai210", layout="letter-column",
    front=[
        ("Young person's name", "Ahmed"),
        ("Date this plan was issued", "25 September 2026"),
        ("Type of plan", "Final plan (first plan following EHC needs assessment)"),
        ("Last annual review meeting", "Not applicable – first plan"),
        ("School year", "Year 10 (Key Stage 4)"),
        ("Age when this plan was issued", "15"),
        ("Language(s)", "Arabic (Sudanese)"),
    ],
    sections=lc_sections("Ahmed", "his foster carer", dict(
        A=[
            "## About Ahmed",
            "Ahmed was born in Sudan. He arrived in the United Kingdom on his own in June 2025, aged 14, after a long and dangerous journey. Ahmed have been living with his foster carer, Mrs Yusuf, in Kingsferry since July 2025. He speaks Arabic and is learning English quickly. He had very little schooling in Sudan after the age of 11 because of the war. He joined Ferry Road School in Year 9 in September 2025.",
            "Ahmed's journey took nearly a year and he spent time in several countries before he reached the United Kingdom. He does not know where his parents and younger brother are, and the Red Cross is helping him to search for them. He is waiting for a decision on his asylum claim.",
            "Since joining Ferry Road School he has attended 97% of his lessons. His teachers describe him as hard-working and well liked. He has made two close friends, both of whom speak Arabic, and he is beginning to make friends with English-speaking students through the football team.",
            "## What Ahmed told us",
            "Ahmed was interviewed with a interpreter by his key adult at school, Mr Idris, on 8 July 2026. He said:",
            "\"I like this school. The teachers are kind. I want to learn English fast so I can talk to everyone. I like maths and football. I play for the school team on Wednesdays. Sometimes I cannot sleep because I think about my family and the journey. I want to be an electrician, like my uncle in Khartoum. I want to go to college and get a job and have my own flat.\"",
            "## What Ahmed's foster carer told us",
            "Mrs Yusuf shared her views on 10 July 2026:",
            "\"Ahmed is polite, helpful and very determined. He wants to do well. Their are times when he cannot sleep and he is very tired in the morning. He need help with reading in English and Arabic. He likes to help me cook and he fixed the lamp in the living room. I would like him to do a course in electrics when he leaves school.\"",
            "## What Ahmed is good at",
            "- Maths: he learns new methods quickly and is working towards a GCSE (General Certificate of Secondary Education) grade 3.",
            "- Practical and technical tasks: fixing things, building, science practicals.",
            "- Football: he is in the school team.",
            "- He is respectful and kind to younger students.",
            "## Ahmed's hopes for the future",
            "Ahmed wants to become an electrician, go to college, have a job and live in his own flat. He wants to speak English well and to keep playing football.",
        ],
        B=[
            "## Cognition and learning",
            "Ahmed's schooling was interrupted for more than three years. The educational psychologist's assessment (June 2026), carried out with an interpreter, found that his reasoning skills are in the average range, but his reading and writing in both Arabic and English are at an early stage: he reads simple words and short sentences, and his reading age in English is below 7 years. He has difficulty with working memory and with processing the sounds in words, which is making learning to read harder for him than for other students new to English. This is a special educational need and not only because he is learning English.",
            "## Social, emotional and mental health",
            "Ahmed has experienced trauma. He has flashbacks and nightmares, and can become very quiet and withdrawn, especially after contact with the the Home Office about his asylum claim. He finds loud noises and crowded corridors difficult.",
            "In class, Ahmed finds it hard to concentrate for long periods, especially in the morning after a bad night's sleep. He sometimes puts his head on the desk and does not respond, and teachers have at times thought he was being rude. When a teacher talks to him quietly and gives him a short task to start with, he usually settles and works well. He is anxious about being sent back to Sudan and this is often on his mind.",
            "## Communication and interaction",
            "Ahmed communicates well in Arabic. His spoken English is growing quickly; he can hold a simple conversation and understand classroom instructions when they are shown as well as said.",
        ],
        C=[
            "- Ahmed has symptoms of post-traumatic stress (flashbacks, nightmares, jumpiness, difficulty concentrating), assessed by Child and Adolescent Mental Health Services (CAMHS) in August 2026.",
            "- Ahmed has difficulty getting to sleep and often sleeps only 4 to 5 hours a night.",
            "- His initial health assessment as a looked after child (July 2026) found that his physical health is good, his vaccinations have been brought up to date, and he needs a dental check.",
        ],
        D=["Ahmed is looked after by Kingsferry Council under section 20 of the Children Act 1989."],
        E=[
            "E1 (learning): By July 2027, Ahmed will read a short text (about 150 words) in English at a reading age of 8 years or above, and answer 4 out of 5 questions about it, as measured by the special educational needs co-ordinator (SENCo) each term.",
            "E2 (learning and employment): By July 2027, Ahmed will achieve a grade 3 or above in his GCSE maths mock examination, as recorded by his maths teacher.",
            "E3 (employment): By June 2027, Ahmed will complete a 6-week taster course in electrical installation at Kingsferry College, attending at least 5 of the 6 sessions, and receive a certificate of completion.",
            "E4 (wellbeing): Staff will check in with Ahmed every morning.",
            "E5 (learning): Ahmed will be given a laptop with an Arabic keyboard by January 2027.",
            "E6 (good health): By March 2027, Ahmed will be asleep by 11pm on at least 5 nights out of 7, as recorded in his sleep diary and checked by his foster carer.",
            "E7 (good health): By April 2027, Ahmed will use a grounding technique he has learned in therapy when he feels a flashback starting, on at least 3 occasions, as reported by Ahmed to his key adult and noted in his mentoring log.",
            "E8 (friends and community): By July 2027, Ahmed will join a football club outside school and attend at least 3 sessions a month, as recorded by his foster carer.",
        ],
        F=[
            "F1. A key adult (Mr Idris, learning mentor, who speaks Arabic) will meet Ahmed for 10 minutes at 8.30am every school day, and for a 30-minute mentoring session every Friday.",
            "F2. Maths catch-up group of no more than 5 students, 50 minutes twice a week, taught by a qualified maths teacher, for two terms, then review. (E2)",
            "F3. A 6-week taster course in electrical installation at Kingsferry College, one afternoon a week (2.5 hours) from April 2027, arranged by the school's careers lead, with a teaching assistant (TA) attending the first two sessions. (E3)",
            "F4. A pass to leave lessons 3 minutes early to avoid crowded corridors, issued by the SENCo and shared with all staff.",
            "F5. All staff who teach Ahmed will attend a 1-hour training session on supporting young people who have experienced trauma, delivered by the educational psychologist in October 2026.",
        ],
        G=[
            "G1. Trauma-focused therapy with a clinical psychologist from the CAMHS refugee and asylum-seeker team, with an Arabic interpreter: 16 weekly sessions of 50 minutes at the CAMHS clinic from September 2026, then review. (E6, E7)",
            "G2. Looked after children's nurse: review health assessment every 6 months (1 hour), including arranging a dental check by December 2026.",
            "Health agreement: the health provision in Section G was reviewed and supported by Dr Ruth Adeyemi, Designated Clinical Officer, North East London Integrated Care Board, on 17 September 2026.",
        ],
        H1=["None."],
        H2=["None."],
        I=["Ferry Road School, a mainstream secondary school."],
        J=["No personal budget has been requested."],
        K=[
            "- Ahmed's views (with an Arabic interpreter): Ahmed, with Mr Idris (learning mentor) – 8 July 2026",
            "- Foster carer's views: Mrs Yusuf, foster carer – 10 July 2026",
            "- Educational advice: Ms Hana Lee, SENCo, Ferry Road School – 3 July 2026",
            "- Psychological advice: Dr Leah Markham, Educational Psychologist, Kingsferry Educational Psychology Service – 26 June 2026",
            "- Medical advice (initial health assessment): Looked After Children's Nurse, Kingsferry Community Health – 14 July 2026",
            "- Health advice: Clinical Psychologist, CAMHS refugee and asylum-seeker team – 18 August 2026",
            "- Social care advice: Ahmed's social worker, Kingsferry Children in Care Team – 1 July 2026",
            "- Preparing for adulthood advice: Ms Joy Mensah, Careers Adviser, Kingsferry Careers Service – 9 July 2026",
        ],
    )),
    signoff=[("Signed on behalf of the local authority", "Marcus Bell, SEND Case Officer"), ("Date", "25/09/2026")],
))

# =========================================================== ai211 (SOUND)
PLANS.append(dict(
    id="ai211", layout="letter-column",
    front=[
        ("Child's name", "Sofia"),
        ("Date this plan was issued", "3rd March 2026"),
        ("Type of plan", "Final plan, amended following annual review"),
        ("Last annual review meeting", "21 January 2026"),
        ("School year", "Year 2 (Key Stage 1)"),
        ("Age when this plan was issued", "7"),
        ("Language(s) at home", "Portuguese and English"),
    ],
    sections=lc_sections("Sofia", "her parents", dict(
        A=[
            "## About me",
            "Sofia told her Qualified Teacher of the Deaf (QToD), Mrs Amadi, what she wanted in her plan on 12 January 2026. Sofia used speech and some signs and drew a picture of herself at school. Mrs Amadi wrote down her words:",
            "\"I am Sofia and I am 7. I have two cochlear implants, one purple and one pink. I like school and my best friends are Lily and Amira. I like drawing, animals and swimming. When it is noisy in the hall I can't hear and my head gets tired. I like it when my teacher wears the microphone. I want to be a vet when I grow up. I want to swim in the big pool without armbands.\"",
            "## What Sofia's parents told us",
            "Sofia's mother and father met the special educational needs co-ordinator (SENCo) and Mrs Amadi on 14 January 2026 with a Portuguese interpreter. They said:",
            "\"We are very happy with Sofia's progress. She talks so much now, in English and in Portuguese. We want her to keep her Portuguese so she can talk to her grandparents in Brazil. We want her to be confident to say when she cannot hear, because sometimes she just nods. We hope she will do well at school, have good friends and be able to do everything other children do.\"",
            "## What Sofia is good at",
            "- She is a confident talker who loves to tell stories about her pets.",
            "- She is kind and makes friends easily.",
            "- She is good at drawing and at maths, especially shapes and patterns.",
            "- She looks after her implant processors carefully and knows when the batteries need changing.",
            "## Hopes for the future",
            "Sofia wants to be a vet and to swim without armbands. Her parents hope she will stay bilingual, do well in mainstream school, have good friends and speak up for herself when she cannot hear.",
        ],
        B=[
            "## Hearing and communication",
            "Sofia has a profound hearing loss in both ears (sensorineural deafness, which means the inner ear or hearing nerve does not work in the usual way). She has had cochlear implants in both ears since she was 18 months old. With her implants working, she hears speech well in a quiet room at a distance of up to 2 metres, but she finds it much harder in background noise, in large rooms such as the hall, and when more than one person is talking.",
            "Sofia's spoken language is developing well but is still behind that of other children her age. In December 2025 her vocabulary and understanding of longer sentences were at about the level of a typical 5½-year-old. She sometimes nods when she has not understood.",
            "Sofia tires by the afternoon because of the effort of listening all day (listening fatigue).",
            "At the annual review on 21 January 2026, the QToD reported that Sofia's listening in class has improved since the radio aid was introduced, and that she now answers questions in whole-class discussions more often. Her class teacher noted that she still misses instructions given at the end of the day, when she is tired, and when the class is working in groups and the room is noisy.",
            "## Cognition and learning",
            "Sofia's maths is at the expected level for Year 2. Her reading is a little behind: she did not reach the expected standard in the Year 1 phonics screening check in June 2025 (she scored 27 out of 40; the expected standard is 32). Hearing the difference between similar speech sounds (for example 'f' and 'th') is hard for her.",
            "## Social, emotional and mental health",
            "Sofia is happy and has good friends. She sometimes misses out on fast playground games and jokes, and can withdraw when she has not followed a conversation.",
        ],
        C=[
            "Sofia has profound sensorineural deafness in both ears and wears bilateral cochlear implants. She has no difficulty with her balance or her general health, but she needs her implant processors checked and tuned ('mapped') regularly by the cochlear implant centre, and repaired quickly when they break, so that she can hear at school.",
        ],
        D=[
            "Sofia has no social care needs related to her special educational needs or disability. The Kingsferry Children with Disabilities Team screened the request for social care advice on 18 November 2025 and found that Sofia's needs are met by her family and by universal services. The family were told about short breaks and the deaf children's family days in the Local Offer, and chose not to apply at this time.",
        ],
        E=[
            "E1. By March 2027, Sofia will learn the topic words taught to her each half term (30 words) and use at least 25 of them correctly in a sentence, checked by her teaching assistant at the end of each half term and shared with her QToD.",
            "E2. By July 2026, Sofia will tell an adult when she cannot hear, or when her radio aid or processors are not working, on at least 4 out of 5 occasions, as recorded by her teaching assistant in her listening log.",
            "E3. By June 2026, Sofia will reach the expected standard (32 out of 40 or more) when she re-takes the phonics screening check.",
            "E4. By July 2026, Sofia will join in a group game at playtime with at least two classmates on 3 days a week, as observed by the midday supervisor over two weeks.",
            "E5. By July 2026, Sofia will swim 10 metres without armbands in her school swimming lessons, wearing her waterproof processor kit, as recorded by the swimming teacher.",
            "E6 (health). By December 2026, Sofia will put on her own processors and change a flat battery by herself, with an adult watching, every morning for one week, as recorded by her teaching assistant.",
        ],
        F=[
            "F1. A QToD from the Kingsferry Sensory Support Service will visit the school once each half term for 1 hour 30 minutes to observe Sofia in class, check her equipment, advise staff and update her targets. The QToD will send a short written report to the school and parents after each visit. (E1, E2, E3)",
            "F2. A radio aid system, provided by the Kingsferry Sensory Support Service and maintained by the service's educational audiologist, who will check it each term. Sofia's teaching assistant (TA) will do a listening check of her processors and radio aid every morning (5 minutes) and fix simple problems such as flat batteries. (E2, E6)",
            "F3. Speech and language therapy: a speech and language therapist with specialist training in deafness, from the Kingsferry Children's Speech and Language Therapy Service, will see Sofia on her own on Wednesday afternoons for 30 minutes, in three 6-week blocks a year (one each term), and will set a programme. (E1)",
            "F4. Pre-teaching of topic vocabulary and the speech and language therapy programme: 1:1 with her TA, 15 minutes every school day, in a quiet room. (E1)",
            "F5. Phonics: in a group of no more than 4 pupils, in the quiet room, 20 minutes every school day, led by a TA who has been trained by the QToD to teach speech sounds to deaf children. (E3)",
            "F6. Classroom acoustics: soft furnishings, carpet tiles and felt pads on chair legs, fitted by the school's site manager by Easter 2026, following the QToD's acoustic check in February 2026. (E2)",
            "F7. Deaf awareness training for all staff who work with Sofia, including midday supervisors: 1 hour, each September, delivered by the QToD. (E2, E4)",
            "F8. A playground buddy scheme: two trained Year 4 buddies will play with Sofia and her friends at morning break twice a week (15 minutes), set up and supervised by the learning mentor. (E4)",
            "F9. Swimming: Sofia's TA will fit and check her waterproof processor kit (provided by the cochlear implant centre) before each weekly school swimming lesson (10 minutes), and will stay at the poolside during the lesson. (E5)",
        ],
        G=[
            "G1. The cochlear implant centre at St Aldhelm's Children's Hospital will check and tune ('map') Sofia's processors every 6 months (about 2 hours at the centre), with a clinical scientist in audiology.",
            "G2. The cochlear implant centre will replace or repair faulty processor parts and supply batteries and the waterproof processor kit. Replacement parts are posted to the family within 2 working days of a fault being reported. (E6)",
            "G3. Kingsferry Children's Audiology Service will see Sofia once a year (45 minutes) to check her ears and her hearing with her implants, and will share the results with the QToD.",
            "Health agreement: agreed by Dr Ruth Adeyemi, Designated Clinical Officer, North East London Integrated Care Board, 24 February 2026.",
        ],
        H1=["None."],
        H2=["None. The family know how to contact the Children with Disabilities Team if their circumstances change."],
        I=["Harbour Lane Primary School, a mainstream primary school."],
        J=["No personal budget has been requested."],
        K=[
            "- Sofia's views: Sofia, with Mrs Amadi (QToD) – 12 January 2026",
            "- Parents' views (with a Portuguese interpreter): Sofia's mother and father – 14 January 2026",
            "- Educational advice: Ms Ana Ribeiro, SENCo, Harbour Lane Primary School – 9 January 2026",
            "- Educational advice (hearing impairment): Mrs Grace Amadi, QToD, Kingsferry Sensory Support Service – 7 January 2026",
            "- Psychological advice: Mr Daniel Fry, Educational Psychologist, Kingsferry Educational Psychology Service – 5 December 2025",
            "- Medical advice: Dr Helen Park, Community Paediatrician, Kingsferry Child Development Service – 3 December 2025",
            "- Health advice: Clinical Scientist (Audiology), Cochlear Implant Centre, St Aldhelm's Children's Hospital – 20 November 2025",
            "- Health advice: Children's Audiologist, Kingsferry Children's Audiology Service – 27 November 2025",
            "- Speech and language therapy advice: Specialist Speech and Language Therapist (deafness), Kingsferry Children's Speech and Language Therapy Service – 16 December 2025",
            "- Social care advice: Kingsferry Children with Disabilities Team (screening) – 18 November 2025",
        ],
    )),
    signoff=[("Signed on behalf of the local authority", "Marcus Bell, SEND Case Officer"), ("Date", "03/03/2026")],
))

# =========================================================== ai212 (FAIL)
PLANS.append(dict(
    id="ai212", layout="letter-column",
    front=[
        ("Child's name", "Zakaria"),
        ("Date this plan was issued", "2 November 2026"),
        ("Type of plan", "Final plan (first plan following EHC needs assessment)"),
        ("Last annual review meeting", "Not applicable – first plan"),
        ("School year", "Year 1 (Key Stage 1)"),
        ("Age when this plan was issued", "5"),
        ("Language(s) at home", "Somali"),
    ],
    sections=lc_sections("Zakaria", "his parents", dict(
        A=[
            "## Background",
            "Zakaria lives with his mother, father and three older brothers. The family speak Somali at home. Zakaria was diagnosed with autism and global developmental delay by the Kingsferry Child Development Service in March 2025. He attended the Reception class at a mainstream school from September 2025, where he needed two adults with him for most of the day. He moved to the early years class at Riverside School in September 2026.",
            "Zakaria is non-verbal. He cannot sit at a table, cannot follow instructions and does not respond to his name. He does not play with toys appropriately and is only interested in spinning objects and water. He has no sense of danger and will run into the road. He is not toilet trained and cannot feed himself with a spoon. He screams and bites his hand when he is upset, and he cannot tolerate changes to his routine.",
            "## What Zakaria's parents told us",
            "Zakaria's mother and father spoke with the SEND officer on 11 August 2026 with a Somali interpreter:",
            "\"We are very tired. Zakaria cannot tell us what he wants and he screams for a long time. We cannot take him to the shops or to visit family because he runs away. His brothers cannot have friends round. We want a school where the staff understand autism. We hope that one day he will be able to tell us what he wants, use the toilet, eat with a spoon and be safe when we go out.\"",
            "## Aspirations",
            "Zakaria's parents hope he will learn to communicate what he wants, become more independent in eating and toileting, and be safe in the community with his family.",
        ],
        B=[
            "## Summary of assessment",
            "Zakaria was assessed by the educational psychologist, the speech and language therapist and the community paediatrician between July and August 2026. All of the reports describe significant delay in every area of development. He was observed in his Reception class for one morning and at home for one hour.",
            "## Communication and interaction",
            "Zakaria has no spoken words. He does not point, use gestures or respond to his name. He does not understand spoken instructions. He does not show interest in other children. He pulls adults to what he wants or screams.",
            "## Cognition and learning",
            "Zakaria has severe learning difficulties. He is working well below the early years expectations for his age in all areas (at around 12 to 18 months). He cannot match objects or complete simple inset puzzles. He does not copy actions, does not look at books and does not use toys for their purpose; he mouths, drops or spins them. His attention to an adult-led task lasts less than a minute. He has not learned any routine in the classroom without physical help from an adult.",
            "## Social, emotional and mental health",
            "Zakaria becomes very distressed with changes to routine and in noisy places. He screams, drops to the floor and bites his hand, sometimes for more than 20 minutes. In his Reception class there were on average 6 episodes of this kind each day in the summer term 2026, and staff had to move other children out of the room on several occasions. He does not seek comfort from adults when he is distressed.",
            "## Sensory and physical",
            "Zakaria seeks strong movement and is unable to stay seated for more than a minute. He is over-sensitive to noise and to the feel of some foods. He cannot use a spoon and eats only a few foods with his fingers. He cannot dress or undress himself.",
        ],
        C=["Not known at this time."],
        D=[
            "The Kingsferry Children with Disabilities Team assessed Zakaria and his family on 14 August 2026. Zakaria needs constant supervision during the day and at night; he has left the house on his own twice this year. His parents provide all of his care and also care for his three brothers, and they have no family nearby to help. The assessment found that the family need regular short breaks to keep Zakaria safe at home and to allow his parents to spend time with his brothers.",
        ],
        E=[
            "E1. By July 2027, Zakaria will hand a picture card to an adult to ask for a favourite item (Picture Exchange Communication System (PECS) phase 2) on at least 8 out of 10 chances over 3 days, as recorded by his class team on his communication chart.",
            "E2. By July 2027, Zakaria will sit at a table with an adult for a 5-minute activity (such as a posting or inset puzzle task) on 4 days out of 5, as recorded by his class teacher.",
            "E3. By April 2027, Zakaria will feed himself yoghurt with a loaded spoon for at least 5 spoonfuls at lunchtime on 4 days out of 5, as recorded by his teaching assistant (TA).",
            "E4. By July 2027, Zakaria will walk with his class to the hall and the playground holding an adult's hand, without pulling away, on 9 out of 10 occasions, as recorded by his class team.",
            "E5. By July 2027, Zakaria will stay at the short break unit overnight and go to bed there, on at least 4 occasions, as recorded by the short break unit staff.",
        ],
        F=[
            "F1. A place in the early years class at Riverside School: a class of no more than 8 pupils with a teacher and three TAs, with an adult 1:1 with Zakaria at all changes of activity, at lunchtime and outdoors. (E2, E4)",
            "F2. Picture Exchange Communication System (PECS): taught 1:1 by class staff who have completed PECS Level 1 training, for 10 minutes three times each school day, using Zakaria's favourite items. (E1)",
            "F3. Speech and language therapy: a speech and language therapist from the Kingsferry Children's Speech and Language Therapy Service will visit every two weeks for 45 minutes, work with Zakaria on his own, and show the class team how to carry out his communication programme. (E1)",
            "F4. Occupational therapy: an occupational therapist will assess Zakaria's sensory and self-care needs in school in November 2026 (2 hours) and will then visit once each half term for 1 hour to update his sensory programme and train staff. (E2, E3)",
            "F5. Intensive Interaction sessions with a trained member of staff. (E1)",
            "F6. Sensory circuits in a small group each morning. (E2)",
            "F7. Attention Autism sessions led by the class team. (E1, E2)",
            "F8. Lunchtime feeding support: 1:1 with his TA for 30 minutes every school day, following the occupational therapist's programme. (E3)",
            "F9. Short breaks: Zakaria will stay at Oak House, the Kingsferry overnight short break unit for disabled children, for 2 nights each month, with 1:1 staff. This is funded by the Kingsferry Children with Disabilities Team and will be reviewed by Zakaria's social worker every 6 months. (E5)",
        ],
        G=[
            "None.",
            "Health agreement: Section G reviewed by Dr Ruth Adeyemi, Designated Clinical Officer, North East London Integrated Care Board, on 26 October 2026.",
        ],
        H1=["See Section F."],
        H2=["None."],
        I=["Riverside School, a special school for children with severe and complex learning difficulties and autism (early years class)."],
        J=["No personal budget has been requested."],
        K=[
            "- Parents' views (with a Somali interpreter): Zakaria's mother and father – 11 August 2026",
            "- Educational advice: Mrs Joan Phillips, special educational needs co-ordinator, Riverside School – 2 October 2026",
            "- Educational advice (previous setting): Reception class teacher, Canal Street Primary School – 10 July 2026",
            "- Psychological advice: Dr Leah Markham, Educational Psychologist, Kingsferry Educational Psychology Service – 20 July 2026",
            "- Medical advice: Dr Kemi Ade, Community Paediatrician, Kingsferry Child Development Service – 3 August 2026",
            "- Speech and language therapy advice: Speech and Language Therapist, Kingsferry Children's Speech and Language Therapy Service – 28 July 2026",
            "- Occupational therapy advice: Occupational Therapist, Kingsferry Children's Occupational Therapy Service – 6 August 2026",
            "- Social care advice: Mr Tunde Bello, Social Worker, Kingsferry Children with Disabilities Team – 14 August 2026",
        ],
    )),
    signoff=[("Signed on behalf of the local authority", "Marcus Bell, SEND Case Officer"), ("Date", "02/11/2026")],
))


def main():
    os.makedirs(OUT, exist_ok=True)
    ids = sys.argv[1:]
    for plan in PLANS:
        if ids and plan["id"] not in ids:
            continue
        path = os.path.join(OUT, plan["id"] + ".docx")
        RENDER[plan["layout"]](plan, path)
        print("wrote", path)


if __name__ == "__main__":
    main()
