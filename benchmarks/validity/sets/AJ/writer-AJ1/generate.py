#!/usr/bin/env python3
"""Generator for blind test set AJ1 (Southcombe County Council, fictional).

Builds plans/aj101.docx ... plans/aj112.docx and labels.yaml.
Layouts: ef-table, letter-column, national-template (one renderer each).
Run with /work/blind/.venv-AJ1/bin/python generate.py
"""
import copy
import datetime
import os
import re

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

OUT = os.path.dirname(os.path.abspath(__file__))
PLANS_DIR = os.path.join(OUT, "plans")
TEMPLATE = "/work/shared/reference/national-ehcp-template.docx"
COUNCIL = "Southcombe County Council"
SERVICE = "Special Educational Needs and Disabilities (SEND) 0–25 Service"

# ---------------------------------------------------------------- blocks
def H(t):
    return ("h", t)


def P(t):
    return ("p", t)


def UL(*items):
    return ("ul", list(items))


def OL(*items):
    return ("ol", list(items))


def Q(t):
    return ("q", t)


def add_runs(p, text, italic=False):
    """Write text into paragraph p; **...** marks bold spans."""
    parts = re.split(r"(\*\*.+?\*\*)", text)
    for part in parts:
        if not part:
            continue
        if part.startswith("**") and part.endswith("**"):
            r = p.add_run(part[2:-2])
            r.bold = True
        else:
            r = p.add_run(part)
        if italic:
            r.italic = True
    return p


class Out:
    """Adds paragraphs to a document or a table cell (reusing a cell's first empty paragraph)."""

    def __init__(self, container, reuse_first=False, hstyle=None):
        self.c = container
        self.first = container.paragraphs[0] if reuse_first else None
        self.hstyle = hstyle

    FALLBACK = {"List Bullet": "DeptBullets", "List Number": "List Paragraph"}

    def _style(self, style):
        if style is None:
            return None
        styles = self.c.part.styles if hasattr(self.c, "part") else None
        names = {s.name for s in styles} if styles is not None else set()
        if style in names:
            return style
        return self.FALLBACK.get(style, None)

    def para(self, style=None):
        style = self._style(style)
        if self.first is not None:
            p = self.first
            self.first = None
            if style:
                p.style = style
            return p
        if style:
            return self.c.add_paragraph(style=style)
        return self.c.add_paragraph()

    def blocks(self, blocks):
        for b in blocks:
            if isinstance(b, str):
                b = ("p", b)
            kind = b[0]
            if kind == "h":
                if self.hstyle:
                    p = self.para(self.hstyle)
                    p.add_run(b[1])
                else:
                    p = self.para()
                    r = p.add_run(b[1])
                    r.bold = True
            elif kind == "p":
                add_runs(self.para(), b[1])
            elif kind == "q":
                add_runs(self.para(), b[1], italic=True)
            elif kind == "ul":
                for it in b[1]:
                    add_runs(self.para("List Bullet"), it)
            elif kind == "ol":
                for it in b[1]:
                    add_runs(self.para("List Number"), it)
            else:
                raise ValueError(kind)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    for old in tcPr.findall(qn("w:shd")):
        tcPr.remove(old)
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def set_col_widths(table, widths):
    for row in table.rows:
        for i, w in enumerate(widths):
            if i < len(row.cells):
                row.cells[i].width = w


def clear_cell(cell):
    for p in cell.paragraphs[1:]:
        p._p.getparent().remove(p._p)
    p0 = cell.paragraphs[0]
    for r in list(p0.runs):
        r._r.getparent().remove(r._r)
    for child in list(p0._p):
        if child.tag in (qn("w:hyperlink"),):
            p0._p.remove(child)
    return cell


def write_cell(cell, content, bold=False):
    clear_cell(cell)
    if isinstance(content, str):
        content = [("p", content)]
    if bold:
        content = [("h", c[1]) if isinstance(c, tuple) and c[0] == "p" else c for c in content]
    Out(cell, reuse_first=True).blocks(content)


def new_doc():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Arial")
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2)
        s.top_margin = s.bottom_margin = Cm(1.8)
    return d


def house_title(d, plan):
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(COUNCIL)
    r.bold = True
    r.font.size = Pt(16)
    r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(plan.get("title", "Education, Health and Care (EHC) Plan"))
    r.bold = True
    r.font.size = Pt(14)
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run(SERVICE).italic = True


def front_table(d, rows):
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for label, value in rows:
        r = t.add_row()
        write_cell(r.cells[0], label, bold=True)
        shade(r.cells[0], "DEEAF6")
        write_cell(r.cells[1], value)
    set_col_widths(t, [Cm(6), Cm(11)])
    d.add_paragraph()
    return t


def k_table(d, rows, header=("Advice or information", "Given by (name and role, or service)", "Date", "Appended")):
    t = d.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for i, h in enumerate(header):
        write_cell(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "DEEAF6")
    for row in rows:
        r = t.add_row()
        for i, v in enumerate(row):
            write_cell(r.cells[i], v)
    return t


# ---------------------------------------------------------------- ef-table
EF_HEADINGS = {
    "A": "Section A: Views, interests and aspirations",
    "B": "Section B: Special educational needs",
    "C": "Section C: Health care needs related to special educational needs",
    "D": "Section D: Social care needs related to special educational needs or disability",
    "EF": "Sections E and F: Outcomes and the special educational provision to achieve them",
    "G": "Section G: Health care provision",
    "H1": "Section H1: Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970",
    "H2": "Section H2: Other social care provision",
    "I": "Section I: Placement",
    "J": "Section J: Personal budget",
    "K": "Section K: Advice and information gathered",
}


def render_ef(plan):
    d = new_doc()
    house_title(d, plan)
    front_table(d, plan["front"])
    for key in ("A", "B", "C", "D"):
        d.add_heading(EF_HEADINGS[key], level=2)
        Out(d, hstyle="Heading 3").blocks(plan[key])
    d.add_heading(EF_HEADINGS["EF"], level=2)
    Out(d, hstyle="Heading 3").blocks(plan.get("EF_intro", []))
    header = plan.get("ef_header", ["Outcome", "Provision", "Frequency", "Who"])
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(header):
        write_cell(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "DEEAF6")
    for o in plan["EF"]:
        start = len(t.rows)
        for what, freq, who in o["prov"]:
            r = t.add_row()
            write_cell(r.cells[1], what)
            write_cell(r.cells[2], freq)
            write_cell(r.cells[3], who)
        end = len(t.rows) - 1
        cell = t.cell(start, 0)
        if end > start:
            cell = cell.merge(t.cell(end, 0))
        write_cell(cell, o["outcome"])
    set_col_widths(t, [Cm(5.2), Cm(6.0), Cm(3.2), Cm(3.0)])
    d.add_paragraph()
    if plan.get("F_more"):
        Out(d, hstyle="Heading 3").blocks(plan["F_more"])
    for key in ("G", "H1", "H2", "I", "J"):
        d.add_heading(EF_HEADINGS[key], level=2)
        Out(d, hstyle="Heading 3").blocks(plan[key])
    d.add_heading(EF_HEADINGS["K"], level=2)
    Out(d).blocks(plan.get("K_intro", []))
    k_table(d, plan["K"])
    Out(d).blocks(plan.get("signoff", []))
    return d


# ---------------------------------------------------------------- letter-column
LC_TITLES = {
    "A": "The views, interests and aspirations of the child and their parents, or of the young person",
    "B": "Special educational needs",
    "C": "Health care needs which relate to the special educational needs",
    "D": "Social care needs which relate to the special educational needs or to a disability",
    "E": "Outcomes sought for the child or young person",
    "F": "Special educational provision",
    "G": "Health care provision reasonably required",
    "H1": "Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970",
    "H2": "Any other social care provision reasonably required",
    "I": "Placement",
    "J": "Personal budget",
    "K": "Advice and information",
}


def render_lc(plan):
    d = new_doc()
    house_title(d, plan)
    front_table(d, plan["front"])
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for letter in ("A", "B", "C", "D", "E", "F", "G", "H1", "H2", "I", "J", "K"):
        rows = plan[letter]
        start = len(t.rows)
        r = t.add_row()
        write_cell(r.cells[1], LC_TITLES[letter], bold=True)
        shade(r.cells[1], "F2F2F2")
        for blocks in rows:
            r = t.add_row()
            write_cell(r.cells[1], blocks)
        end = len(t.rows) - 1
        cell = t.cell(start, 0)
        if end > start:
            cell = cell.merge(t.cell(end, 0))
        clear_cell(cell)
        run = cell.paragraphs[0].add_run(letter)
        run.bold = True
        run.font.size = Pt(20)
        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        shade(cell, "BDD7EE")
    set_col_widths(t, [Cm(1.6), Cm(15.4)])
    d.add_paragraph()
    Out(d).blocks(plan.get("signoff", []))
    return d


# ---------------------------------------------------------------- national template
def _delete_row(table, idx):
    tr = table.rows[idx]._tr
    tr.getparent().remove(tr)


def _fill_rows(table, first, last, rows, ncols):
    """Fill template rows first..last (inclusive) with rows; delete unused ones."""
    for i, row in enumerate(rows):
        for c in range(ncols):
            write_cell(table.cell(first + i, c), row[c] if c < len(row) else "")
    for idx in range(last, first + len(rows) - 1, -1):
        _delete_row(table, idx)


def render_nt(plan):
    d = Document(TEMPLATE)
    T = d.tables
    body = d.element.body
    # house plan-details table inserted after the template heading
    heading = [p for p in d.paragraphs if p.style.name == "Heading 1"][0]
    intro = d.add_paragraph()
    add_runs(intro, "**" + COUNCIL + " – Education, Health and Care (EHC) Plan**  (" + SERVICE + ")")
    ft = d.add_table(rows=0, cols=2)
    ft.style = T[2].style
    for label, value in plan["front"]:
        r = ft.add_row()
        write_cell(r.cells[0], label, bold=True)
        shade(r.cells[0], "DEEAF6")
        write_cell(r.cells[1], value)
    set_col_widths(ft, [Cm(6), Cm(11)])
    heading._p.addnext(intro._p)
    intro._p.addnext(ft._tbl)

    pd = plan["personal"]
    write_cell(T[0].cell(1, 1), pd["name"])
    write_cell(T[0].cell(1, 3), pd["preferred"])
    write_cell(T[0].cell(2, 1), pd["dob"])
    write_cell(T[0].cell(3, 1), pd["sex"])
    write_cell(T[0].cell(3, 3), pd["ethnicity"])
    write_cell(T[0].cell(4, 1), pd["lang_child"])
    write_cell(T[0].cell(4, 3), pd["lang_parent"])
    write_cell(T[0].cell(6, 1), pd["p1"])
    write_cell(T[0].cell(6, 3), pd["p1_rel"])
    write_cell(T[0].cell(7, 1), "Withheld in this copy")
    write_cell(T[0].cell(7, 3), "Withheld in this copy")
    write_cell(T[0].cell(8, 1), "Withheld in this copy")
    write_cell(T[0].cell(9, 1), pd.get("p2", "Not applicable"))
    write_cell(T[0].cell(9, 3), pd.get("p2_rel", "Not applicable"))
    write_cell(T[0].cell(10, 1), pd.get("p2_contact", "Not applicable"))
    write_cell(T[0].cell(10, 3), pd.get("p2_contact", "Not applicable"))
    write_cell(T[0].cell(11, 1), pd.get("p2_address", "Not applicable"))

    for i, v in enumerate(plan["services"], start=1):
        write_cell(T[1].cell(i, 1), v)

    write_cell(T[2].cell(1, 1), plan["A1"])
    write_cell(T[3].cell(3, 0), plan["views"])
    write_cell(T[3].cell(5, 0), plan["interests"])
    write_cell(T[3].cell(7, 0), plan["strengths"])
    write_cell(T[3].cell(9, 0), plan["aspirations"])

    for ti, key in zip((4, 5, 6, 7), ("ci", "cl", "semh", "sp")):
        area = plan["areas"][key]
        write_cell(T[ti].cell(2, 0), area["strengths"])
        _fill_rows(T[ti], 4, 13, area["rows"], 3)

    write_cell(T[8].cell(1, 0), plan["health"]["strengths"])
    _fill_rows(T[8], 3, 12, plan["health"]["rows"], 3)
    if plan.get("health_agreement"):
        p = d.add_paragraph()
        add_runs(p, plan["health_agreement"])
        T[8]._tbl.addnext(p._p)

    write_cell(T[9].cell(1, 0), plan["social"]["strengths"])
    _fill_rows(T[9], 3, 12, plan["social"]["rows"], 4)

    write_cell(T[10].cell(0, 1), plan["I"][0])
    write_cell(T[10].cell(1, 1), plan["I"][1])
    for i, (lab, val) in enumerate(plan["I"][2:], start=2):
        write_cell(T[10].cell(i, 0), lab, bold=True)
        write_cell(T[10].cell(i, 1), val)
    write_cell(T[11].cell(0, 1), plan["J"][0])
    write_cell(T[11].cell(1, 1), plan["J"][1])

    K = T[12]
    # plan["K"]: dict row_index -> (label or None, date, who, appended)
    extra = plan.get("K_extra", [])
    for idx, (label, date, who, app) in plan["K"].items():
        if label is not None:
            write_cell(K.cell(idx, 0), label)
        write_cell(K.cell(idx, 1), date)
        write_cell(K.cell(idx, 2), who)
        write_cell(K.cell(idx, 3), app)
    anchor = K.rows[7]._tr
    for label, date, who, app in extra:
        new_tr = copy.deepcopy(K.rows[7]._tr)
        anchor.addnext(new_tr)
        anchor = new_tr
    # fill the inserted rows (they sit at 8 .. 8+len(extra)-1)
    for j, (label, date, who, app) in enumerate(extra):
        row = K.rows[8 + j]
        for c, v in enumerate((label, date, who, app)):
            write_cell(row.cells[c], v)

    so = plan["signoff"]
    write_cell(T[13].cell(1, 0), so[0])
    write_cell(T[13].cell(1, 1), so[1])
    write_cell(T[13].cell(1, 2), so[2])
    return d


RENDER = {"ef-table": render_ef, "letter-column": render_lc, "national-template": render_nt}
PLANS = []
LABELS = []


# ======================================================================
# aj101 – Ellis, age 3, tracheostomy – ef-table – SOUND
# ======================================================================
PLANS.append({
    "id": "aj101",
    "layout": "ef-table",
    "front": [
        ("First name", "Ellis"),
        ("School year", "Pre-school (Early Years Foundation Stage), age 3"),
        ("Month and year of birth", "June 2023"),
        ("Armed forces family", "No"),
        ("Setting", "Little Gulls Pre-school, Portcombe"),
        ("Date this plan was issued", "16 October 2026"),
        ("Last annual review meeting", "Not applicable – this is Ellis's first Education, Health and Care (EHC) plan. Because Ellis is under five, his first review will be held within six months, by April 2027."),
        ("EHC co-ordinator", "Tamsin Hocking, SEND Officer"),
    ],
    "A": [
        H("How we found out what Ellis thinks (play and observation)"),
        P("Ellis is three. He uses a few spoken words, about 30 Makaton signs, pointing and his facial expressions to tell us what he wants. His key person at Little Gulls Pre-school, Jess Trewin, watched Ellis over four sessions in September 2026 and played alongside him with the toys he chose. His mum and dad told us what he shows them at home. What follows is what the adults who know him best have seen; it is not written as if Ellis said it himself."),
        UL(
            "Ellis loves the water tray and the sand. He laughs and signs 'more' when Jess pours water through the wheel, and he will bring her the jug to ask her to do it again.",
            "He likes to be near other children and watches them closely. He will hand a car to another child to start a game.",
            "At story time he chooses the big blue bus book every day and points to each picture so that an adult will name it.",
            "He shows he is unhappy by pulling at his tracheostomy ties, turning away or crying without sound (he cannot make a loud noise when his speaking valve is off).",
            "He does not like the hand dryer in the toilets and covers his ears when it starts.",
            "He relaxes when an adult he knows well sits on the floor beside him, and he will lean against them when he is tired.",
        ),
        H("What Ellis's parents say"),
        P("Ellis was born at 27 weeks and spent his first nine months in hospital. He had his tracheostomy (a breathing tube in his neck) fitted when he was four months old, because the airway below his voice box is too narrow."),
        Q("'Ellis is a determined, funny little boy. He has been through so much and he just gets on with it. We want people to see Ellis first and the trachy second. Our biggest worry is keeping him safe, but we also want him to be a normal three-year-old who gets messy and plays with other children. We'd love staff to learn his signs, and to tell us at pick-up what he has enjoyed, not only what went wrong.' – Ellis's mum and dad, 2 September 2026"),
        H("What Ellis is good at"),
        UL(
            "He copies new Makaton signs quickly and remembers them.",
            "He completes six-piece inset puzzles on his own.",
            "He climbs the low frame confidently and loves the slide.",
            "He lets adults carry out his suction calmly and will tip his head back to help.",
            "He is very affectionate with his big sister, Nia, and copies everything she does.",
        ),
        H("Hopes for the future"),
        P("Ellis's parents hope that he will start in the Reception class at Portcombe Primary School, where Nia goes, in September 2027; that he will be able to talk using his speaking valve for most of the day; and that he will have friends to play with. In the longer term they hope that an operation to widen his airway will mean his tube can be removed, and that he will grow up to be 'an ordinary kid who goes to the beach with his mates'."),
    ],
    "B": [
        H("Communication and interaction"),
        P("Ellis understands much of what is said to him and follows two-part instructions such as 'get your coat and go to the door'. His talking is delayed. With a speaking valve (a small one-way valve that lets air pass over his voice box so that he can make sounds) he says single words such as 'mama', 'more', 'no' and 'Nia'. He can wear the valve for up to 20 minutes at a time before he becomes tired and it is taken off. He uses about 30 Makaton signs. Because he cannot make a loud sound, he finds it hard to get an adult's attention across a busy room and sometimes gives up."),
        P("What is working well: Ellis makes good eye contact, takes turns in simple games, and enjoys sharing a book with an adult."),
        H("Cognition and learning"),
        P("Ellis's play and problem-solving are close to what is expected for his age. He sorts objects by colour, matches pictures and completes simple inset puzzles. He has no needs in this area other than those that come from his communication."),
        H("Social, emotional and mental health"),
        P("Ellis is sociable, but he has had few chances to play with other children because of long stays in hospital and the need to avoid infections. He is learning to wait, to share and to join in with group play. He becomes upset when adults he does not know approach him quickly, which his parents think is linked to the many medical procedures he has had."),
        H("Sensory and physical"),
        P("Ellis walks and climbs independently. His fine motor skills are behind those of children his age: he holds a crayon in his fist and finds it hard to use tongs or to post small objects. Water and fine dust must not reach his stoma (the opening in his neck), so he needs an adult beside him at the water tray, and the sand he plays with must be kept damp."),
    ],
    "C": [
        P("Ellis has a tracheostomy because of subglottic stenosis (a narrowing of the airway below the voice box) following his premature birth. He is under the ear, nose and throat (ENT) team at the regional children's hospital and the Southcombe Community Children's Nursing (CCN) Team. His health needs are:"),
        UL(
            "**Airway care:** mucus must be cleared from his tube by suction, usually three to six times in a pre-school session and more often when he has a cold.",
            "**Emergency care:** if his tube blocks or comes out, a trained adult must change it straight away. A spare tube, a smaller emergency tube and his suction machine must go everywhere with him.",
            "**Protecting his airway:** he wears a heat and moisture exchanger (HME), a small filter on the end of his tube that warms and moistens the air he breathes. It is changed at least once a day and whenever it is wet or blocked.",
            "**Infections:** chest infections are common in the winter and can mean he misses sessions.",
            "**Eating and drinking:** Ellis has no difficulty with eating and drinking – he swallows safely and eats a full diet – but he must be watched closely at mealtimes so that crumbs and drinks do not get near his stoma.",
        ),
        P("Ellis has an individual healthcare plan (IHCP) written by the CCN Team, which sets out his daily care and what to do in an emergency."),
    ],
    "D": [
        P("Ryan Kessell, Social Worker in the Children with Disabilities Team, completed a child and family assessment in August 2026. He found that Ellis's parents provide care through the night as well as the day, because Ellis needs suction overnight, and that they are very tired. Ellis cannot be left with relatives or friends who have not been trained in his tracheostomy care, so his parents have had no time away from caring since he came home from hospital. Ellis's sister, Nia, also needs time with her parents."),
        P("The assessment found that the family need short breaks delivered by carers trained in tracheostomy care, and some help to plan for Ellis starting school. No safeguarding concerns were identified."),
    ],
    "EF_intro": [
        P("Each outcome below says what Ellis will be able to do, by when, and how we will know. The provision beside it is what will be put in place to help him get there. 'Builds on' shows which of the hopes in Section A the outcome comes from."),
    ],
    "ef_header": ["Outcome (what Ellis will achieve and by when)", "Provision to help achieve it", "How often and for how long", "Who will provide it"],
    "EF": [
        {"outcome": [
            P("**E1 Communication.** By the end of July 2027, Ellis will use his speaking valve to say, or sign, a two-word phrase (such as 'more water' or 'bye Mummy') to ask for something or to greet someone at least 10 times in a pre-school session, on three sessions in a row. His key person will record this on his communication tracker every week."),
            P("Builds on: his parents' hope that he will talk with his speaking valve."),
         ],
         "prov": [
            ("Speech and language therapy: a speech and language therapist (SLT) will see Ellis on his own at pre-school to model two-word phrases with signs while he wears his valve, then write a new home and pre-school programme.",
             "Wednesday mornings, 30 minutes each visit, 6 visits in the spring term 2027, then review",
             "Speech and language therapist, Southcombe Children's Therapy Service"),
            ("Daily language programme set by the SLT: modelling two-word phrases and Makaton signs during play, 1:1, while Ellis wears his valve.",
             "Daily, 10 minutes, at every session he attends (5 mornings a week)",
             "Key person (Level 3 early years practitioner), trained by the SLT"),
            ("Makaton training for every adult who works with Ellis, so that they understand and use his signs.",
             "One 6-hour Makaton Foundation workshop (two 3-hour sessions), completed by December 2026",
             "Licensed Makaton tutor, booked by the setting manager"),
            ("A wireless call bell that Ellis can press to get an adult's attention, with a matching alert on his support worker's lanyard.",
             "In use at every session; battery and signal checked every Monday",
             "Provided by the Early Years SEND Inclusion Team; checked by the setting manager"),
         ]},
        {"outcome": [
            P("**E2 Playing with others.** By April 2027, Ellis will join a game with at least one other child (for example passing a ball or taking turns on the slide) for 5 minutes without an adult leading it, on 3 days out of 5. His key person will record this in his learning journal each week."),
            P("Builds on: his parents' hope that he will have friends to play with."),
         ],
         "prov": [
            ("Small-group turn-taking and shared attention games (for example rolling a ball, 'Ready, steady… go!' games, bubbles), planned by the key person with advice from the Early Years SEND Inclusion Team.",
             "3 times a week, 15 minutes, in a group of 4 children",
             "Key person"),
            ("Observation and advice visit to the pre-school, with written notes shared with parents and staff.",
             "Once each half-term, 1 hour",
             "Specialist early years teacher, Early Years SEND Inclusion Team"),
         ]},
        {"outcome": [
            P("**E3 Using his hands.** By July 2027, Ellis will hold a chunky crayon with his fingers rather than his fist and copy a line and a circle drawn by an adult, in 4 out of 5 tries. His key person will check this every half-term and keep a sample in his learning journal."),
            P("Builds on: his parents' hope that he will be ready to start school with Nia."),
         ],
         "prov": [
            ("Occupational therapy (OT) assessment at pre-school, followed by a fine motor programme and a demonstration for the key person.",
             "One visit of 1.5 hours in January 2027; one review visit of 1 hour in May 2027",
             "Paediatric occupational therapist, Southcombe Children's Therapy Service"),
            ("Fine motor activities from the OT programme (play dough, posting, tongs, chunky crayons).",
             "Daily, 10 minutes, in a group of no more than 3",
             "Key person"),
         ]},
        {"outcome": [
            P("**E4 Keeping safe.** By September 2027, Ellis will let an adult know, by signing 'suction' or pressing his call bell, when he needs his tube cleared, on at least 4 out of 5 occasions. His support worker will record this on his suction chart."),
            P("Builds on: his parents' wish to keep him safe while he plays like other children."),
         ],
         "prov": [
            ("Teaching Ellis the 'suction' sign and the call bell routine, using photo cards, during his care routines.",
             "At every suction (usually 3 to 6 times a session)",
             "Tracheostomy support worker (see Section G), shown by the SLT"),
            ("Adapted play: Ellis's sand is kept damp and he plays at the water tray with his support worker next to him.",
             "Every session",
             "Setting manager makes sure this is in place"),
         ]},
        {"outcome": [
            P("**E5 Starting school.** By July 2027, Ellis will stay for a 30-minute visit to his new Reception class and join in with one activity, on each of 3 visits before he starts school in September 2027. His key person and the Reception teacher will write a short note after each visit."),
            P("Builds on: his parents' hope that he will start at Portcombe Primary School with Nia."),
         ],
         "prov": [
            ("May 2027: transition meeting with Ellis's parents, the pre-school special educational needs co-ordinator (SENCo), the primary school SENCo, the CCN nurse and his key person, to agree his move to school.",
             "One meeting, 1 hour",
             "Pre-school SENCo arranges"),
            ("Visits to the Reception class with his support worker and a photo book of his new classroom, teacher and toilet.",
             "3 visits of 30 minutes in June and July 2027; photo book made by the end of June 2027",
             "Key person and Reception class teacher"),
         ]},
    ],
    "F_more": [
        H("Other special educational provision"),
        P("Ellis attends Little Gulls Pre-school for 15 hours a week (five mornings). His key person plans his learning using the Early Years Foundation Stage framework and the targets above, and shares a short written note with his parents at the end of every session."),
    ],
    "G": [
        UL(
            "**Tracheostomy support worker:** Ellis will have a support worker trained in tracheostomy care, and signed off as competent by the CCN Team, with him for the whole of every pre-school session (15 hours a week over five mornings). This is funded as continuing care by NHS Southcombe Integrated Care Board (ICB).",
            "**Training:** a CCN nurse will train the support worker and two back-up staff named by the setting manager: a 3-hour first session, with each person's competency checked and signed before they care for Ellis, then a 2-hour refresher every 6 months.",
            "**Equipment:** the CCN Team will supply and maintain a portable suction machine, spare tracheostomy tubes (his size and one size smaller), HMEs and an emergency box, which go everywhere with Ellis. The support worker checks the box against the CCN checklist at the start of every session.",
            "**Individual healthcare plan:** written by the CCN nurse and reviewed every 6 months, and whenever Ellis's tube size changes.",
            "**ENT review:** Ellis is seen by his consultant ENT surgeon at the regional children's hospital every 3 months in clinic, and has a check of his airway under anaesthetic every 6 months.",
        ),
        P("**Health agreement:** The health provision in this section was reviewed and agreed by Dr Helen Tregaskis, Designated Clinical Officer (DCO), NHS Southcombe ICB, on 9 October 2026."),
    ],
    "H1": [
        P("**Short breaks:** 4 hours every Saturday in Ellis's home, from a carer employed by Coastline Care who has been trained and signed off in Ellis's tracheostomy care by the CCN Team. Arranged by the Children with Disabilities Team social worker, who will review the short breaks with the family every 6 months (next review April 2027)."),
    ],
    "H2": [
        P("**Early help:** a family support worker from Portcombe Family Hub will visit the family at home once a month for 1 hour until March 2027, to help them plan for Ellis starting school and to put them in touch with the Southcombe Parent Carer Forum."),
    ],
    "I": [
        P("Little Gulls Pre-school, Portcombe (private, voluntary and independent early years setting), 15 hours a week of funded early education."),
        P("Ellis's school place for September 2027 will be named in his plan following the consultation at his review in spring 2027."),
    ],
    "J": [P("No personal budget has been requested. The family were told about direct payments for short breaks and chose a commissioned service.")],
    "K": [
        ("Parents' views and information", "Ellis's mum and dad", "2 September 2026", "Yes"),
        ("Educational advice (early years)", "Jess Trewin, key person, and Amanda Roe, SENCo, Little Gulls Pre-school", "11 September 2026", "Yes"),
        ("Educational advice (specialist early years teacher)", "Carys Bone, Specialist Early Years Teacher, Early Years SEND Inclusion Team", "4 September 2026", "Yes"),
        ("Psychological advice", "Dr Owen Pascoe, Educational Psychologist, Southcombe Educational Psychology Service", "27 August 2026", "Yes"),
        ("Medical advice", "Dr Priya Nair, Community Paediatrician", "19 August 2026", "Yes"),
        ("Health advice (tracheostomy care)", "Kate Polglase, Community Children's Nurse, CCN Team", "22 August 2026", "Yes"),
        ("ENT clinic letter", "Mr David Arscott, Consultant ENT Surgeon, regional children's hospital", "3 July 2026", "Yes"),
        ("Speech and language therapy advice", "Laura Jewell, Speech and Language Therapist, Southcombe Children's Therapy Service", "1 September 2026", "Yes"),
        ("Occupational therapy advice", "Megan Rowse, Paediatric Occupational Therapist, Southcombe Children's Therapy Service", "28 August 2026", "Yes"),
        ("Social care advice", "Ryan Kessell, Social Worker, Children with Disabilities Team", "20 August 2026", "Yes"),
    ],
    "signoff": [P("Signed on behalf of Southcombe County Council: Tamsin Hocking, SEND Officer, 16 October 2026.")],
})


# ======================================================================
# aj102 – Ivy, Year 4, dyslexia and dyspraxia, Army family – letter-column – SOUND
# ======================================================================
PLANS.append({
    "id": "aj102",
    "layout": "letter-column",
    "front": [
        ("First name", "Ivy"),
        ("School year", "Year 4 (age 9)"),
        ("Month and year of birth", "January 2017"),
        ("Armed forces family", "Yes – Army (Royal Engineers). The family moved to Aldmoor Camp in August 2025."),
        ("School", "St Piran's CE Primary School, Aldmoor"),
        ("Date this plan was issued", "20/02/2026"),
        ("Last annual review meeting", "None yet – this is Ivy's first Education, Health and Care (EHC) plan. Her first annual review is due by February 2027."),
        ("EHC co-ordinator", "Mark Jenner, SEND Officer"),
    ],
    "A": [
        [H("All about me (Ivy's own words, written down by my mum and my class teacher, Mr Hughes, in January 2026)"),
         P("My name is Ivy and I am nine. I live with my mum, my dad, my little brother Alfie and our dog Biscuit. My dad is in the Army and we moved here last summer. This is my third school. I like it here because my teacher lets me draw my answers sometimes."),
         P("I love animals, especially sea creatures. My favourite is the octopus because it is really clever and it can change colour. I like swimming, rock pooling at the beach, Lego and making up stories. I am good at telling stories out loud and I know loads of facts."),
         P("The hardest thing for me is reading and writing. The words jump about and I get b and d mixed up. When I write, my hand hurts and my writing goes messy and then I can't read it back. I don't like reading out loud in front of everyone. I like it when the laptop reads to me, and I like having access to the tablet for my spelling games."),
         P("When I'm worried I go quiet. It helps when Mrs Lane checks in with me in the morning."),
         P("When I grow up I want to be a marine biologist and work on a boat studying octopuses.")],
        [H("What Ivy's parents say (at the planning meeting on 13 January 2026)"),
         P("Ivy is kind, creative and funny, and she has an amazing memory for facts about animals. Moving school three times has been hard on her: each time she has had to start again with adults who don't know her, and her reading difficulties were missed at her first school. We want a plan that follows Ivy if we are posted again, so that she doesn't lose her support. We want her to enjoy reading for pleasure and to believe she is clever, because she is.")],
        [H("Hopes for the future"),
         UL("Ivy: to be a marine biologist and to work on a boat.",
            "Ivy and her parents: to read books about the things she loves on her own.",
            "To write a story she is proud of and can read back.",
            "To keep friends when the family moves, and to go to secondary school in September 2028 feeling confident.")],
    ],
    "B": [
        [H("What Ivy does well"),
         UL("Her spoken vocabulary is a real strength: her educational psychologist found it to be above average for her age.",
            "She has excellent general knowledge, especially about animals and the sea.",
            "In maths she reasons well and works at the expected standard when questions are read to her.",
            "She is sociable and kind, and works hard even when tasks are difficult.")],
        [H("Cognition and learning – reading and spelling (dyslexia)"),
         P("Ivy has a specific learning difficulty with a dyslexic profile. Her educational psychologist's assessment in November 2025 showed that her skills in hearing and working with the sounds in words (phonological awareness) and in holding spoken information in mind (working memory) are well below average, while her verbal reasoning is above average. Her single-word reading age was 6 years 4 months and her spelling age 6 years 1 month when she was 8 years 10 months old. She knows her single letter sounds, but mixes up vowel pairs such as 'ai' and 'ee'. She reads about 40 words a minute in a book at her level and guesses words from the pictures.")],
        [H("Cognition and learning – handwriting and organisation (dyspraxia)"),
         P("Ivy has developmental coordination disorder (DCD), also known as dyspraxia. Her handwriting is slow: she copies about 8 letters a minute, when most children her age manage around 20, and her letters vary in size. She grips her pencil tightly and her hand hurts after about 5 minutes. She finds it hard to organise her equipment and to remember instructions with several steps.")],
        [H("Social, emotional and mental health"),
         P("Ivy has started calling herself 'stupid' when she makes mistakes in her writing, and she hides worry by going quiet. Moving schools has meant making new friends three times; she has two close friends in her class. She needs regular reassurance from an adult she trusts, and does best when she knows who that adult is.")],
        [H("Physical"),
         P("Ivy finds physical education (PE) activities that need coordination, such as catching and skipping, difficult, and she is slow to change after PE because she finds buttons hard.")],
    ],
    "C": [
        [P("Ivy's developmental coordination disorder was diagnosed by Dr Fiona Carne, Community Paediatrician, in October 2025. She also has joint hypermobility (very flexible joints) in her hands, which makes writing for more than a few minutes painful, and her muscle tone is low."),
         P("Ivy has no difficulties with her hearing or eyesight – both were checked in the autumn of 2025, her hearing by the school nursing service and her eyes by an optometrist – but her hand pain and low muscle tone are health needs that need a physiotherapy programme and medical review. She takes no medication and has no other health needs.")],
    ],
    "D": [
        [P("Social care advice was given by Leah Bartlett, Social Worker, Children's Services Front Door, on 8 December 2025, after she had spoken with Ivy's parents and her school. She found that Ivy has no social care needs relating to her special educational needs or disability. The family support each other well and are linked to the Army welfare network."),
         P("Ivy's parents were given information about the Southcombe Local Offer (including holiday activities for children with special educational needs) and about the Army Welfare Service.")],
    ],
    "E": [
        [P("Each outcome is numbered so that the provision in Section F can be linked to it. 'Builds on' shows the hope in Section A that it comes from.")],
        [P("**E1 Reading.** By February 2027, Ivy's single-word reading age will have risen by at least 12 months (from 6 years 4 months to at least 7 years 4 months) on the same standardised test, and she will read a short non-fiction book about sea creatures at her level aloud to her teaching assistant at 60 words a minute with 95% accuracy. The SENCo (special educational needs co-ordinator) will test her reading each term. Builds on: reading books about the things she loves.")],
        [P("**E2 Spelling.** By July 2026, Ivy will spell correctly 40 of the 50 words she uses most often in her writing (she spells 18 correctly now), checked by her teaching assistant with a spelling probe every two weeks. Builds on: writing a story she can read back.")],
        [P("**E3 Writing a story.** By February 2027, Ivy will plan a story with her mind map, type at least 150 words on her laptop and read it back to her class. Her class teacher will keep the story in her writing portfolio. Builds on: writing a story she is proud of.")],
        [P("**E4 Handwriting.** By December 2026, Ivy will copy 3 lines of text in 5 minutes in writing that an adult can read, without stopping because of hand pain. Her teaching assistant and occupational therapist will time a copying task every half-term.")],
        [P("**E5 Believing in herself.** By July 2026, Ivy will tell her key adult one thing she did well at her morning check-in on 4 out of 5 days, and will rate herself 'mostly happy' or better on her 5-point scale on 4 out of 5 days, recorded on her wellbeing chart. Builds on: her parents' wish that she believes she is clever.")],
        [P("**E6 Getting organised.** By February 2027, Ivy will pack and unpack her bag and set out what she needs for a lesson using her picture checklist, without reminders, on 4 out of 5 days, recorded by her teaching assistant. Builds on: going to secondary school feeling confident.")],
    ],
    "F": [
        [P("Provision is listed with what it is, how often and for how long, the group size, and who delivers it. The outcomes each item supports are shown in brackets.")],
        [P("**F1 Reading programme (E1, E3).** A structured, multisensory phonics and reading programme (Sound Discovery), 1:1, four times a week for 30 minutes, delivered by a teaching assistant (TA) trained in the programme and supervised by the school's specialist dyslexia teacher. Progress is checked every 6 weeks.")],
        [P("**F2 Specialist teaching (E1, E2).** A specialist teacher for specific learning difficulties (holding a Level 5 diploma in specialist teaching for dyslexia) teaches Ivy in a group of 2, once a week for 45 minutes, covering spelling rules and memory strategies.")],
        [P("**F3 Spelling practice (E2).** Precision teaching of the words Ivy uses most often: daily, 10 minutes, 1:1 with her TA.")],
        [P("**F4 Touch-typing (E3).** A touch-typing programme, three times a week for 15 minutes, on her own at the laptop, with her TA checking her progress each Friday.")],
        [P("**F5 Laptop and software (E1, E3).** A laptop with text-to-speech and speech-to-text software (Clicker 8), provided by the school and set up and maintained by the school's computer technician. Ivy uses it in every lesson that involves reading or recording.")],
        [P("**F6 Access arrangements (E1).** 25% extra time and a reader for classroom tests, arranged by the SENCo. The SENCo will apply for the same arrangements for the Year 6 national curriculum tests under the Standards and Testing Agency's rules.")],
        [P("**F7 Occupational therapy (E4, E6).** A paediatric occupational therapist (OT) from Southcombe Children's Therapy Service will see Ivy on her own in school on three Tuesday afternoons in the summer term 2026, 45 minutes each, to teach her a comfortable writing position and organisation strategies. The OT will then write a handwriting and fine motor programme, show it to her TA in one 30-minute session, and review it on one 45-minute visit in the autumn term 2026.")],
        [P("**F8 Handwriting and fine motor programme (E4).** The OT's programme, 15 minutes four times a week in a group of no more than 3, led by a TA trained by the OT. Ivy uses a sloping board and a chunky pencil grip, provided by the school and replaced by the SENCo when worn.")],
        [P("**F9 Wellbeing (E5).** Sessions with an Emotional Literacy Support Assistant (ELSA), a TA trained by the Educational Psychology Service: 1:1, weekly for 30 minutes for 6 weeks, then review, working on self-esteem. Ivy then has a 5-minute check-in every morning with Mrs Lane, her named key adult.")],
        [P("**F10 Organisation (E6).** A picture checklist for her bag and her desk, made with Ivy by her TA and kept on her desk; her TA goes through it with her at the start of the morning and the afternoon for the first half-term, then once a day.")],
        [P("**F11 Staff training (E1, E2, E3).** From September 2026, Ivy's new class teacher and TA will have a 1-hour training session from the specialist dyslexia teacher on teaching children with dyslexia and dyspraxia, followed by a 30-minute follow-up each half-term.")],
        [P("**F12 If the family move (all outcomes).** The SENCo will update Ivy's one-page profile and reading and spelling scores each term and give a copy to her parents. If the family are posted, the SENCo will send this plan and her records to the new school within 5 school days of being told of the move.")],
    ],
    "G": [
        [UL("**Physiotherapy:** a block of 6 weekly 30-minute appointments at Aldmoor Child Development Centre with a paediatric physiotherapist from Southcombe Children's Therapy Service, from March 2026, to strengthen Ivy's hands and core muscles. The physiotherapist then gives her parents a home exercise programme (10 minutes a day) and reviews it with them after 6 months, in September 2026.",
            "**Medical review:** Dr Fiona Carne, Community Paediatrician, will review Ivy's coordination difficulties and hypermobility once a year in clinic (30 minutes); the next review is due in October 2026.")],
        [P("**Health agreement:** The health provision above was reviewed and supported by Dr Helen Tregaskis, Designated Clinical Officer, NHS Southcombe Integrated Care Board, on 12 February 2026.")],
    ],
    "H1": [[P("None. Ivy has no social care needs (see Section D).")]],
    "H2": [[P("None. The social worker talked with Ivy's parents in December 2025 about short breaks and early help. The family do not need them at present and know how to ask for help through the Aldmoor Family Hub if things change.")]],
    "I": [[P("St Piran's CE Primary School, Aldmoor – mainstream primary school (Church of England, voluntary aided).")]],
    "J": [[P("No personal budget has been requested.")]],
    "K": [
        [P("Ivy's views (written with her mum and class teacher) and her parents' views – Ivy and her parents – 13 January 2026 (appended)")],
        [P("Educational advice – Sophie Rowe, SENCo, St Piran's CE Primary School – 7 January 2026 (appended)")],
        [P("Information from Ivy's previous school (support plan and reading tests) – Mrs Jan Evans, SENCo at Ivy's previous primary school – 14 July 2025 (appended)")],
        [P("Psychological advice – Dr Anna Coombe, Educational Psychologist, Southcombe Educational Psychology Service – 24 November 2025 (appended)")],
        [P("Medical advice – Dr Fiona Carne, Community Paediatrician – 30 October 2025 (appended)")],
        [P("Physiotherapy advice – Gemma Lawry, Paediatric Physiotherapist, Southcombe Children's Therapy Service – 5 December 2025 (appended)")],
        [P("Occupational therapy advice – Ruth Skinner, Paediatric Occupational Therapist, Southcombe Children's Therapy Service – 2 December 2025 (appended)")],
        [P("Social care advice – Leah Bartlett, Social Worker, Children's Services Front Door – 8 December 2025 (appended)")],
    ],
    "signoff": [P("Issued by Mark Jenner, SEND Officer, on behalf of Southcombe County Council, 20/02/2026.")],
})


# ======================================================================
# aj103 – Rowan, Year 10, autism with a demand-avoidant profile – national-template – SOUND
# ======================================================================
PLANS.append({
    "id": "aj103",
    "layout": "national-template",
    "front": [
        ("School year", "Year 10 (age 15)"),
        ("Armed forces family", "No"),
        ("Date this plan was issued", "17 July 2026 (amended following annual review)"),
        ("Last annual review meeting", "22 June 2026"),
        ("Education, Health and Care (EHC) co-ordinator", "Tamsin Hocking, SEND Officer"),
    ],
    "personal": {
        "name": "Rowan", "preferred": "Rowan",
        "dob": "March 2011 (month and year only in this copy)",
        "sex": "Female", "ethnicity": "White British",
        "lang_child": "English", "lang_parent": "English",
        "p1": "Rowan's mother (name withheld in this copy)", "p1_rel": "Mother",
        "p2": "Rowan's father (name withheld in this copy)", "p2_rel": "Father",
        "p2_contact": "Withheld in this copy", "p2_address": "Same address",
    },
    "services": [
        "Penhallow Academy, Portcombe (mainstream secondary academy) – Autism Resource Base",
        "Harbourside Surgery, Portcombe; Dr Lucy Angove, Community Paediatrician",
        "Withheld in this copy",
        "No – social care advice was given for this plan (see Section D)",
        "Southcombe Educational Psychology Service; Child and Adolescent Mental Health Services (CAMHS); Careers Southcombe",
        "No",
        "No",
        "Yes – Rowan's one-page profile is appended",
        "No",
    ],
    "A1": [
        P("Rowan was diagnosed as autistic when she was eight, by the Southcombe Child Development Centre. Her assessment noted a demand-avoidant profile: everyday requests and expectations can make her so anxious that she avoids them, even when they are things she wants to do."),
        P("At primary school Rowan coped by masking her anxiety and then falling apart at home. In Year 7 she stopped attending school for most of the spring term. She moved into the Autism Resource Base at Penhallow Academy at the start of Year 8, and with a reduced-demand approach her attendance has risen steadily; it was 94% in the year to June 2026. She now goes to most of her mainstream lessons, with the base as her safe place."),
        P("**How Rowan communicates:** Rowan talks fluently and has a wide vocabulary. When she is anxious she may stop talking altogether, and she finds it easier to type or write what she wants to say. Direct questions put on the spot make her freeze; she answers best when she has time to think and can choose how to reply."),
    ],
    "views": [
        H("Rowan's views (typed by Rowan at home in May 2026, in answer to questions her educational psychologist sent her; these are her own words)"),
        P("I don't like being told what to do. That isn't me being rude, it's my brain going into panic mode. If someone gives me a choice I can usually do it. If they just say 'do it now' I can't, even if I wanted to."),
        P("School is OK now. The base is quiet and Mr Dunstan gets it. I hate the canteen because it's loud and smells. I like art, computing, and English when we do creative writing. I don't like PE (physical education) or anything where people watch me."),
        P("I want to make games or animations. I want to live in a city one day, maybe Bristol, with my cat. I'd like to be able to go places without Mum but buses stress me out because I don't know what to do if something goes wrong."),
        H("What Rowan's parents say (talking to the EHC co-ordinator at home, 9 June 2026)"),
        P("Rowan is bright, creative and very funny once she trusts you. The base has turned things around for her – two years ago she couldn't get out of the car. What still worries us is what comes after school. She will need a course where people understand her, and she will need to be able to get there on her own. The crashes after school have got fewer, but when they happen they take the whole evening. We'd like her to have some proper help with her anxiety and her sleep."),
    ],
    "interests": [P("Drawing manga, 3D modelling and animation (she teaches herself on free software), cats, games and games design, learning Japanese, and walking on the beach at dusk with her dad.")],
    "strengths": [UL(
        "A talented artist with a distinctive style; her art teacher predicts a high grade.",
        "Reads and writes well above the level expected for her age.",
        "Honest, funny and loyal to the two close friends she has in the base.",
        "Very capable with technology and learns new software on her own.",
        "Understands herself well and can explain what helps her when she is calm.",
    )],
    "aspirations": [
        P("**Rowan:** to study games art or animation at college and then work in games design or animation; to live independently in a city with her cat; to have a few close friends."),
        P("**Rowan's parents:** for Rowan to get the GCSE (General Certificate of Secondary Education) grades she needs for her course, to travel on her own, and to manage her anxiety and her health appointments herself by the time she is an adult."),
    ],
    "areas": {
        "ci": {
            "strengths": [P("Rowan has excellent spoken and written language and a dry sense of humour. She can explain her needs clearly in writing.")],
            "rows": [
                ([P("Direct instructions and demands ('Do this now') make Rowan panic, and she may walk out or shut down. She needs requests phrased as choices or statements, and time to process them.")],
                 [P("All staff who teach Rowan use the approach in her profile: instructions are given as statements or choices rather than commands, and Rowan is given at least 10 seconds' thinking time after a question."),
                  P("The Autism Resource Base lead (a qualified teacher with a postgraduate certificate in autism) gives a 1-hour training session to every teacher on Rowan's timetable in the first two weeks of each school year, and a 30-minute refresher each term."),
                  P("Rowan carries an exit card, agreed with all her teachers, which she can show to leave a lesson and go to the base.")],
                 [P("By July 2027, Rowan will ask for a break or for help in lessons, using her exit card or by saying so, instead of leaving without telling anyone, on at least 9 out of 10 occasions. The base lead will record this on the base log.")]),
                ([P("Rowan misreads what other students mean in group work, and often opts out of paired and group tasks.")],
                 [P("A social communication group in the base, weekly for 40 minutes in a group of no more than 4, led by the base's specialist teaching assistant (trained in the Social Thinking approach), for the autumn and spring terms."),
                  P("Before any group task, her teacher tells Rowan who she will work with and what her role is, in writing, at the start of the lesson.")],
                 [P("By July 2027, Rowan will take part in a paired or group task in at least 3 mainstream lessons a week and stay for the whole task, recorded on her timetable tracker by her key worker.")]),
            ],
        },
        "cl": {
            "strengths": [P("Rowan's reading and vocabulary are well above average. She is predicted grades 5 to 7 in English, art and computing.")],
            "rows": [
                ([P("Rowan is anxious in timed tests and exams, and her anxiety slows her writing. She works best in a small, quiet room.")],
                 [P("Access arrangements: 25% extra time, rest breaks, and a separate room with no more than 3 other students, for all internal tests and GCSE exams. These are applied for and arranged by the exams officer with the SENCo (special educational needs co-ordinator), using the specialist assessor's report completed in Year 10.")],
                 [P("Rowan will gain GCSE Art and Design at grade 5 or above in August 2028, the grade her chosen college course asks for. Her art teacher will check her working grade at each of the three data points every year.")]),
                ([P("Rowan finds it hard to organise her homework and coursework deadlines, and avoids tasks she finds unclear.")],
                 [P("A laptop with a digital planner and her coursework folders, provided by the school and maintained by the school's IT (information technology) team; all homework is set on the school's online learning platform with a clear deadline."),
                  P("Weekly planning session with her key worker, 1:1, 20 minutes every Monday, to break tasks into steps and plan the week.")],
                 [P("By April 2027, Rowan will hand in at least 8 out of every 10 pieces of homework by the deadline, using her digital planner, recorded by her key worker each half-term.")]),
            ],
        },
        "semh": {
            "strengths": [P("Rowan is self-aware and uses drawing to calm herself. She has two close friends in the base.")],
            "rows": [
                ([P("Rowan has high levels of anxiety. She masks it in school and releases it at home, where she can be distressed for several hours. Unexpected demands and changes raise her anxiety quickly.")],
                 [P("A named key worker (a teaching assistant with Level 3 autism training) meets Rowan for a 10-minute 1:1 check-in at the start and end of every school day, and tells her about any changes to her day."),
                  P("A quiet room in the base (the 'pod') that Rowan can go to at any time with her exit card; the base lead makes sure it is kept free for her during lessons."),
                  P("A reduced timetable of 7 GCSEs instead of 9, with 4 periods a week of supported study in the base, in a group of no more than 6, with a teaching assistant.")],
                 [P("By July 2027, Rowan will keep her attendance at or above 93% every half-term, as shown in the school's attendance record, and will rate her anxiety at 3 or lower on her 1–5 scale on at least 4 out of 5 school days, recorded at her end-of-day check-in.")]),
                ([P("Rowan is worried about the future and about life after school, which adds to her anxiety. (Preparing for adulthood: employment.)")],
                 [P("Careers guidance: three 1:1 sessions of 45 minutes with a Level 6 qualified careers adviser from Careers Southcombe during Year 10, the first in October 2026."),
                  P("One week of work experience in June 2027 at a digital design or animation studio, arranged by the school's careers lead, with a 1-hour visit beforehand with her key worker.")],
                 [P("By July 2027, Rowan will complete a 5-day work experience placement at a digital design or animation company and receive a positive report from her placement supervisor ('good' or better on the school's placement review form). (Preparing for adulthood: employment.)")]),
                ([P("Rowan has not yet been out on her own, other than to walk to her nearest shop, and is anxious about using buses. (Preparing for adulthood: independent living, and friends and community.)")],
                 [P("Independent travel training: 8 weekly 1:1 sessions of 1 hour with a trained travel trainer from the Southcombe Independent Travel Training Service, on the bus route from her home to Portcombe town centre, from January 2027, then review."),
                  P("A written 'what if' card for bus journeys, made with Rowan by the travel trainer in the first session.")],
                 [P("By December 2027, Rowan will access the community independently, travelling by bus from home to Portcombe library and back on her own once a week for 4 weeks in a row, and telling her parents how each journey went. (Preparing for adulthood: independent living; friends and community.)")]),
            ],
        },
        "sp": {
            "strengths": [P("Rowan knows which sensory experiences she finds hard and can ask for what helps when she is calm.")],
            "rows": [
                ([P("Rowan is very sensitive to noise, smells and the feel of some clothing. The canteen and crowded corridors overwhelm her, and she often skips lunch.")],
                 [P("Ear defenders, provided by the school and replaced by the SENCo when worn; Rowan leaves lessons 3 minutes early to avoid crowded corridors."),
                  P("Every day, Rowan eats lunch in the base with no more than 3 friends she chooses, supervised by a teaching assistant."),
                  P("Uniform adjustment agreed by the head of year: a soft polo shirt instead of a shirt and tie.")],
                 [P("By March 2027, Rowan will eat lunch in school on at least 4 days a week, in the base or the canteen as she chooses, recorded by her key worker. (Preparing for adulthood: good health.)")]),
            ],
        },
    },
    "health": {
        "strengths": [P("Rowan has no difficulty with her physical health, eating or mobility, but she has the two health needs below. She takes her melatonin herself each evening.")],
        "rows": [
            ([P("Anxiety linked to her autism, assessed by Southcombe CAMHS in April 2026 as in the clinical range.")],
             [P("A clinical psychologist from Southcombe CAMHS will offer Rowan 12 fortnightly sessions of cognitive behavioural therapy (CBT) adapted for autistic young people, 50 minutes each, online or at the Portcombe clinic (Rowan's choice), from September 2026, followed by a review with Rowan and her parents.")],
             [P("By July 2027, Rowan will use at least two calming strategies she has chosen in therapy when she feels anxious, and her score on the Revised Children's Anxiety and Depression Scale (RCADS) will have moved from the clinical range to the borderline range or below, measured by CAMHS at the start and end of therapy. (Preparing for adulthood: good health.)")]),
            ([P("Difficulty getting to sleep: Rowan often does not fall asleep until after 1am, and she takes melatonin prescribed by her community paediatrician.")],
             [P("Dr Lucy Angove, Community Paediatrician, reviews Rowan's sleep and melatonin every 6 months in a 30-minute clinic appointment, and gives Rowan sleep-hygiene advice at each review.")],
             [P("By January 2027, Rowan will be asleep by 11pm on at least 5 nights out of 7, recorded in the sleep diary she keeps on her phone and shares at her paediatric review. (Preparing for adulthood: good health.)")]),
        ],
    },
    "health_agreement": "**Health agreement:** The provision in Section G was agreed by Dr Helen Tregaskis, Designated Clinical Officer, NHS Southcombe Integrated Care Board, on 14 July 2026.",
    "social": {
        "strengths": [P("Rowan has a close and supportive family, and her parents know how to ask for help.")],
        "rows": [
            ([P("Social care advice was given by Zoe Hicks, Social Worker, Children's Services Front Door, on 28 May 2026, after talking with Rowan's parents and school. Rowan has no social care needs relating to her special educational needs or disability.")],
             [P("None required. The family were given information about short breaks in the Local Offer, including the Friday youth club for autistic teenagers, and chose not to use them at present.")],
             [P("None required. Early help was considered; the family know how to contact Portcombe Family Hub if their needs change.")],
             [P("Not applicable – see the independent travel and community outcome in the social, emotional and mental health table.")]),
        ],
    },
    "I": ["Penhallow Academy, Portcombe", "Mainstream secondary academy, with a place in its Autism Resource Base"],
    "J": ["No personal budget has been requested.", "Not applicable"],
    "K": {
        1: ("Rowan's views (typed by Rowan) and her parents' views", "9 June 2026", "Rowan and her parents", "YES"),
        2: ("Educational advice", "4 June 2026", "Sam Dunstan, Autism Resource Base Lead (qualified teacher), Penhallow Academy", "YES"),
        3: ("Annual review report", "22 June 2026", "Jo Pascoe, SENCo, Penhallow Academy", "YES"),
        4: (None, "20 May 2026", "Dr Lucy Angove, Community Paediatrician", "YES"),
        5: (None, "15 May 2026", "Dr Martin Rowe, Educational Psychologist, Southcombe Educational Psychology Service", "YES"),
        6: (None, "28 May 2026", "Zoe Hicks, Social Worker, Children's Services Front Door", "YES"),
        7: (None, "2 June 2026", "Dr Nadia Khan, Clinical Psychologist, Southcombe CAMHS (mental health advice)", "YES"),
        8: (None, "26 May 2026", "Kerry Moyle, Careers Adviser (Level 6), Careers Southcombe", "YES"),
    },
    "signoff": ("Tamsin Hocking, SEND Officer", "Signed electronically", "17/07/2026"),
})


# ======================================================================
# aj104 – Jago, 19, moderate learning difficulty, further education college – ef-table – SOUND
# ======================================================================
PLANS.append({
    "id": "aj104",
    "layout": "ef-table",
    "front": [
        ("First name", "Jago"),
        ("School year", "Post-16 – second year at Southcombe College (Foundation Studies), age 19"),
        ("Month and year of birth", "April 2007"),
        ("Armed forces family", "No"),
        ("Date this plan was issued", "09/09/2026 (amended after annual review)"),
        ("Last annual review meeting", "2 July 2026"),
        ("EHC co-ordinator", "Jenna Pollard, Post-16 SEND Officer"),
    ],
    "A": [
        H("My views (Jago told his tutor and his SEND officer at his review on 2 July 2026; his words were written down and read back to him, and he agreed them)"),
        P("I'm Jago. I'm 19 and I live with my nan and grandad in Stennack Bay. I'm at college doing the Vocational Pathway. I like the workshop days best because I'm good with my hands. I help my grandad fix his boat engine and I can strip down an outboard motor now."),
        P("I want to work at the boatyard. Maybe one day I'll have my own little boat. I want to get the bus to college on my own so Nan doesn't have to drive me every day. I want my own money, and I want to learn to cook proper meals, not just toast, because one day I want my own flat, maybe with my mate Connor."),
        P("Reading is hard for me and I don't like maths with money because I get it wrong and people laugh. I don't like it when there's loads of people shouting on the bus."),
        P("When I need help I go red and go quiet. It's better if my tutor comes and asks me on my own, not in front of everyone."),
        H("What Jago's grandparents say"),
        P("Jago's grandparents have brought him up since he was six. They said: 'Jago is a gentle, hard-working lad and everybody likes him. He's happiest with a spanner in his hand. We're both in our seventies now and we worry about what happens when we can't do everything for him. We want him to have a job he enjoys, to be able to look after his money, and to have a life of his own with his friends. College has been brilliant for his confidence.'"),
        H("What Jago is good at"),
        UL("He is practical and careful with tools, and remembers a routine once he has been shown it.",
           "He is reliable and punctual: his attendance at college was 97% last year.",
           "He is kind, has a good sense of humour, and has a close group of friends.",
           "He plays 5-a-side football every week and goes sea fishing with his grandad."),
        H("Jago's aspirations"),
        UL("To work at Stennack Bay Boatyard, and one day to own a small boat.",
           "To travel to college and around the area on his own.",
           "To manage his own money and cook proper meals.",
           "To live in his own flat one day, perhaps with his friend Connor."),
    ],
    "B": [
        H("Cognition and learning"),
        P("Jago has a moderate learning difficulty. His educational psychologist's assessment in January 2026 found that he learns more slowly than most people his age and finds it hard to hold several pieces of information in mind at once. His reading age is about 9 years: he reads familiar words and short instructions, but long or unfamiliar texts are hard. He is working at Entry Level 2 in maths; he can add and subtract whole numbers but finds money, change and budgeting difficult. He learns best by being shown, then doing, then repeating the task."),
        H("Communication and interaction"),
        P("Jago understands everyday conversation well, but long spoken instructions and abstract language (for example, 'use your initiative') confuse him. He will sometimes nod when he has not understood, so staff need to check his understanding by asking him to show them what to do."),
        H("Social, emotional and mental health"),
        P("Jago has good friendships and gets on well with staff. He becomes anxious in crowded, noisy places such as a busy bus, and his confidence drops quickly when he thinks others are laughing at his reading or maths."),
        H("Independence and preparing for adulthood"),
        P("Jago does not yet travel on his own, does not manage his own money, and can make only simple snacks. These are the areas he and his grandparents most want to work on."),
        H("Sensory and physical"),
        P("Jago has no sensory or physical needs."),
    ],
    "C": [
        P("Jago has no health needs relating to his special educational needs. This is based on the medical advice from his GP (general practitioner), Dr Mark Treloar of Harbourside Surgery, dated 3 June 2026, which confirmed that Jago is fit and well, takes no medication and has no health conditions that affect his learning."),
    ],
    "D": [
        P("A needs assessment under the Care Act 2014 was completed by Liam Curnow, Social Worker, Adult Social Care Transitions Team, on 16 June 2026. It found that Jago has eligible care and support needs in two areas because of his learning disability: managing his money, and making use of facilities and services in the community, including getting about. He needs help from a personal assistant to plan and go to community activities and to practise managing money."),
        P("Jago's grandparents are in their seventies and have asked for help so that Jago can become more independent of them. They were offered a carer's assessment, which is being arranged separately."),
    ],
    "EF_intro": [
        P("These outcomes were co-produced with Jago at his review. Each one shows the preparing for adulthood theme it supports (employment, independent living, friends and community, or good health)."),
    ],
    "ef_header": ["Outcome", "Provision", "Frequency and group size", "Who"],
    "EF": [
        {"outcome": [
            P("**E1 (Employment)** By July 2027, Jago will gain the Level 1 Certificate in Engineering Operations and complete 30 days of work placement at Stennack Bay Boatyard, receiving a positive final report from his placement supervisor ('meets expectations' or better in every area)."),
            P("Builds on: Jago's wish to work at the boatyard."),
         ],
         "prov": [
            ("Level 1 Certificate in Engineering Operations in the college workshop, with practical demonstrations before each new task and step-by-step photo instructions.",
             "12 hours a week over 3 days, 36 weeks; class of no more than 10",
             "Engineering lecturer, with a learning support assistant (LSA) trained in supporting learners with learning difficulties"),
            ("Work placement at Stennack Bay Boatyard, with a job coach alongside him for the first 4 weeks, then visiting to check in.",
             "1 day (6 hours) a week, October 2026 to June 2027; job coach full days for 4 weeks, then a 30-minute visit every fortnight",
             "Job coach (Level 3 Certificate in Supported Employment), college supported employment team"),
            ("Checking understanding: at each new task the lecturer or job coach asks Jago to show what he will do, rather than asking 'do you understand?'.",
             "Every new task",
             "Engineering lecturer and job coach"),
         ]},
        {"outcome": [
            P("**E2 (Employment)** By July 2027, Jago will pass Functional Skills English at Entry Level 3 and will read a one-page boatyard job sheet and carry out the task correctly on 4 out of 5 occasions, checked by his job coach."),
            P("Builds on: working at the boatyard."),
         ],
         "prov": [
            ("Functional Skills English, using work-related texts such as job sheets, safety signs and manuals.",
             "2 hours a week, group of no more than 8",
             "English tutor (qualified teacher) with an LSA"),
            ("1:1 reading practice using boatyard job sheets and menus.",
             "Twice a week, 20 minutes",
             "LSA"),
            ("Tablet with text-to-speech (Immersive Reader) for reading at college and on placement.",
             "Set up by September 2026; checked each term",
             "College assistive technology officer"),
            ("Access arrangements: 25% extra time and a reader for Functional Skills exams.",
             "Every exam",
             "Arranged by the college exams officer"),
         ]},
        {"outcome": [
            P("**E3 (Independent living)** By April 2027, Jago will plan a meal for his family, write a shopping list, buy the ingredients with his bank card within a £15 budget and check his receipt, then cook the meal, on 3 occasions in a row. His independent living tutor will record each one."),
            P("Builds on: managing his own money and cooking proper meals."),
         ],
         "prov": [
            ("Independent living skills sessions: cooking, budgeting and shopping, including trips to the local supermarket.",
             "Every Thursday, 3 hours, group of 6 learners",
             "Independent living skills tutor"),
            ("Functional Skills maths, focused on money, change and budgeting.",
             "1.5 hours a week, group of no more than 8",
             "Maths tutor (qualified teacher)"),
         ]},
        {"outcome": [
            P("**E4 (Independent living; friends and community)** By December 2026, Jago will access the community independently by travelling by bus from Stennack Bay to college and back on his own, every college day for 4 weeks in a row, recorded by his tutor and his grandparents."),
            P("Builds on: getting the bus to college on his own."),
         ],
         "prov": [
            ("Independent travel training on his route, starting with the trainer travelling beside him and ending with the trainer following at a distance.",
             "1:1, 3 mornings a week from September 2026 for 6 weeks, then review",
             "College travel trainer (trained in independent travel training)"),
            ("A travel card with what to do if the bus is late, cancelled or crowded, and his grandparents' number.",
             "Made in the first travel training session",
             "College travel trainer, with Jago"),
         ]},
        {"outcome": [
            P("**E5 (Friends and community; good health)** By July 2027, Jago will tell his tutor when he is worried, using his words or his red card, on 4 out of 5 occasions, and will arrange at least one activity a month with a friend (such as 5-a-side or fishing) without his grandparents organising it, recorded in his tutorial notes and his personal assistant's log."),
            P("Builds on: having a life of his own with his friends."),
         ],
         "prov": [
            ("Tutorial: checking in about worries, friendships and progress towards his outcomes.",
             "1:1, 30 minutes weekly",
             "Personal tutor"),
            ("Personal assistant support for community activities (see Section H2).",
             "6 hours a week",
             "Personal assistant, funded by Adult Social Care"),
         ]},
    ],
    "G": [
        P("None. No health needs relating to Jago's special educational needs have been identified (see Section C)."),
        P("**Health agreement:** Dr Helen Tregaskis, Designated Clinical Officer, NHS Southcombe Integrated Care Board, confirmed on 28 August 2026 that no health provision is required."),
    ],
    "H1": [P("Not applicable. Section H1 applies to children and young people under 18; Jago is 19.")],
    "H2": [
        P("**Personal assistant (PA) support under the Care Act 2014:** 6 hours a week, in two 3-hour sessions (one weekday evening and Saturday afternoon), to help Jago plan and go to community activities, practise budgeting and cooking at home, and use his bus pass for leisure trips. Funded by Adult Social Care as a direct payment (see Section J) and reviewed every 6 months by the Transitions Team social worker (next review December 2026)."),
    ],
    "I": [P("Southcombe College, Portcombe campus – general further education college. Study programme: Vocational Pathway (Foundation Studies), 3 days a week (16 hours) plus 1 day a week on work placement, 36 weeks, September 2026 to July 2027.")],
    "J": [P("A direct payment from Adult Social Care pays for the PA support in Section H2. Jago manages it with help from his grandmother, using a prepaid card; this was agreed by Adult Social Care on 16 June 2026. No personal budget for education has been requested.")],
    "K": [
        ("Jago's views and his grandparents' views", "Jago and his grandparents", "2 July 2026", "Yes"),
        ("Educational advice", "Karen Jose, Curriculum Manager, Foundation Studies, Southcombe College", "19 June 2026", "Yes"),
        ("Psychological advice", "Dr Rachel Teague, Educational Psychologist, Southcombe Educational Psychology Service", "20 January 2026", "Yes"),
        ("Medical advice", "Dr Mark Treloar, GP, Harbourside Surgery", "3 June 2026", "Yes"),
        ("Social care advice (Care Act assessment)", "Liam Curnow, Social Worker, Adult Social Care Transitions Team", "16 June 2026", "Yes"),
        ("Preparing for adulthood advice (careers)", "Dan Pengelly, Careers Adviser (Level 6), Southcombe College Careers Service", "25 June 2026", "Yes"),
        ("Work placement report", "Steve Bolitho, Yard Manager, Stennack Bay Boatyard", "26 June 2026", "Yes"),
    ],
    "signoff": [P("Issued on behalf of Southcombe County Council by Jenna Pollard, Post-16 SEND Officer, 9 September 2026.")],
})


# ======================================================================
# aj105 – Lily-Mae, Year 6, adopted, attachment difficulties – letter-column – SOUND
# ======================================================================
PLANS.append({
    "id": "aj105",
    "layout": "letter-column",
    "front": [
        ("First name", "Lily-Mae"),
        ("School year", "Year 6 (age 10)"),
        ("Month and year of birth", "May 2016"),
        ("Armed forces family", "Yes – Lily-Mae's dad serves in the Royal Navy at Portcombe Naval Base"),
        ("School", "Trevanion Primary School, Portcombe"),
        ("Date this plan was issued", "5 November 2026"),
        ("Last annual review meeting", "8 October 2026"),
        ("EHC co-ordinator", "Mark Jenner, SEND Officer"),
    ],
    "A": [
        [H("How Lily-Mae shared her views"),
         P("In September 2026 Lily-Mae drew a picture of 'my best day and my worst day' and sorted picture cards into 'I like', 'I don't like' and 'not sure' with Mrs Jenkin, her Emotional Literacy Support Assistant (ELSA), whom she knows and trusts. Lily-Mae's own words are in quotation marks.")],
        [UL("'I like art, horses, my dog Pickle, and swimming in the sea with Dad.'",
            "'I like it when Mrs Jenkin is at the gate in the morning.'",
            "'I don't like supply teachers. I don't like it when people change the plan and don't tell me.'",
            "'When I get cross I need to go to the calm corner and squeeze my squishy.'",
            "'I'm worried big school will be too big and I'll get lost and nobody will know me.'",
            "'When I'm grown up I want to work with horses, or be an artist.'")],
        [H("What Lily-Mae's parents say"),
         P("Lily-Mae came to live with us when she was four and we adopted her when she was five. She is loving, creative, very funny and brave. Because of what happened to her before she came to us, she finds it very hard to trust adults, especially new ones, and to cope with changes she isn't ready for. When she feels unsafe she either shuts down or gets very angry, and often it all comes out after school, when she is home and safe."),
         P("We'd like every adult who works with her to understand that her behaviour is telling them how she feels. The move to secondary school worries us most: we want it planned carefully, we want her to have a trusted adult there from day one, and we want her to keep her friends. With her dad away at sea for months at a time, routines and predictability matter even more.")],
        [H("What Lily-Mae is good at"),
         UL("She is a gifted artist and will spend an hour on one drawing.",
            "She is kind and patient with younger children and animals.",
            "Her reading is above the level expected for her age, and she loves horse stories.",
            "She is brave: she tries again after a hard day, and she swims in the sea all year round.")],
        [H("Hopes for the future"),
         P("Lily-Mae would like to work with horses or to be an artist. Her parents hope that she will settle well at secondary school in September 2027 with a trusted adult, keep her friends, feel safe enough to learn, and grow up knowing that she is loved.")],
    ],
    "B": [
        [H("Social, emotional and mental health"),
         P("Lily-Mae has attachment difficulties arising from neglect and several moves of carer in her early years. She is always on the lookout for danger, watches adults' faces closely and can read a neutral face as angry. She needs to feel in control, especially in unstructured times such as lunch and break. Unexpected changes, new adults and feeling 'in trouble' can lead to her hiding under a table or shouting and running out of the classroom. Her social and emotional skills, measured on the Boxall Profile (a checklist teachers use to assess a child's social and emotional development) in September 2026, are similar to those of a much younger child. She does best with a key adult whom she knows well and who checks in with her at set times.")],
        [H("Cognition and learning"),
         P("Lily-Mae reads fluently and her comprehension is good. Because she missed a lot of her early learning, she has gaps in maths: she is working at about a Year 4 level, is not secure with her times tables, and finds money problems with two steps difficult. When she is anxious, she cannot hold instructions in mind.")],
        [H("Communication and interaction"),
         P("Her language is good for her age. She sometimes misunderstands other children's intentions and can feel she is being left out or laughed at.")],
        [H("Sensory"),
         P("Lily-Mae seeks movement when she is unsettled (rocking on her chair, walking about) and calms with firm pressure and with squeezing a soft toy.")],
    ],
    "C": [
        [P("Lily-Mae has no difficulty with her physical health, growth or development, but she has long-standing sleep difficulties: most nights she takes over an hour to fall asleep and wakes two or three times. She is under Dr Priya Nair, Community Paediatrician, who prescribes melatonin."),
         P("Her emotional wellbeing needs are described in Section B. Child and Adolescent Mental Health Services (CAMHS) considered a referral in January 2026 and advised that the therapeutic support funded through adoption support (see Section H2) is the right service for her at present.")],
    ],
    "D": [
        [P("Lily-Mae was looked after by another local authority until she was adopted in 2021. She is no longer looked after and is not open to children's social care. As a previously looked-after child she receives Pupil Premium Plus (extra funding the school uses to support her), and the school's designated teacher for looked-after and previously looked-after children, Mr Kitto, takes part in her reviews."),
         P("Becky Rundle, Adoption Support Social Worker, Adopt Coast and Moor (the regional adoption agency), assessed the family's adoption support needs and gave social care advice on 15 September 2026. She found that Lily-Mae and her parents need therapeutic support to help Lily-Mae feel safe, to understand her early life and to manage big feelings at home. She also found that short breaks are not needed.")],
    ],
    "E": [
        [P("**E1** By July 2027, Lily-Mae will name how she is feeling using her feelings thermometer, choose a calming strategy and return to class within 10 minutes, on 4 out of 5 occasions, recorded on her key adult's log. (Builds on: 'When I get cross I need to go to the calm corner.')")],
        [P("**E2** By the October half-term of Year 7 (October 2027), Lily-Mae will find her way to all her lessons using her map and timetable and name at least two trusted adults in her new school, checked by her Year 7 key adult at the 6-week transition review. (Builds on: her worry about getting lost at big school and her parents' hope for a trusted adult.)")],
        [P("**E3** By July 2027, Lily-Mae will answer times-tables questions up to 10 × 10 with 90% accuracy in a 3-minute check, and solve two-step money problems at Year 5 level with 4 out of 5 correct, assessed by her class teacher each half-term. (Builds on: her parents' hope that she feels safe enough to learn.)")],
        [P("**E4** By July 2027, Lily-Mae will go to the lunchtime club with at least 2 friends on 3 days a week, recorded by the club leader, and in Year 7 will meet up with at least one friend from primary school once each half-term, as reported by her parents at her review. (Builds on: keeping her friends.)")],
        [P("**E5** By July 2027, Lily-Mae will achieve Arts Award Discover and receive her certificate, with the school's art lead signing off each of the three parts as she completes them. (Builds on: 'be an artist'.)")],
        [P("**E6** By March 2027, Lily-Mae will be asleep within 30 minutes of lights out on at least 5 nights out of 7, recorded in the sleep diary her parents keep and reviewed by her paediatrician.")],
    ],
    "F": [
        [P("**F1 Key adult (E1, E2).** A named key adult (a teaching assistant (TA) with Level 3 training in attachment- and trauma-aware practice) will meet Lily-Mae at the gate each morning and check in with her for 10 minutes, and again for 5 minutes after lunch, every school day. A second named adult covers when the key adult is absent, and Lily-Mae will be told who it is by 9am.")],
        [P("**F2 ELSA sessions (E1).** 1:1 sessions with Mrs Jenkin, an ELSA trained by the Educational Psychology Service and supervised by an educational psychologist each half-term: 30 minutes weekly for 8 weeks from November 2026, then review. Sessions use the feelings thermometer and the Zones of Regulation.")],
        [P("**F3 Calm corner (E1).** A calm corner in her classroom with a beanbag and sensory items, set up by the class teacher. Lily-Mae uses it by showing her 'time out' card; her key adult checks in with her after 10 minutes.")],
        [P("**F4 Predictable changes (E1, E2).** The class teacher will tell Lily-Mae about any planned change of staff, room or routine by the start of the school day, using her visual timetable. When a supply teacher is in, her key adult will introduce them to her before the first lesson.")],
        [P("**F5 Maths (E3).** 1stClass@Number, 30 minutes three times a week in a group of 4, delivered by a TA trained in the programme, for 10 weeks from November 2026, then review; plus 5 minutes of times-tables practice every school day, 1:1 with her key adult.")],
        [P("**F6 Movement breaks (E1).** Three planned 5-minute movement breaks every school day (a job, an errand, or the trampette in the hall), led by her key adult, as advised by the educational psychologist.")],
        [P("**F7 Lunchtimes (E4).** A structured lunchtime club (Lego-based club), 3 days a week for 30 minutes, in a group of 6, run by a TA.")],
        [P("**F8 Arts Award (E5).** Arts Award Discover in the art club, 1 hour weekly in the autumn and spring terms, in a group of no more than 10, led by the school's art lead (a trained Arts Award adviser).")],
        [P("**F9 Moving to secondary school (E2, E4).** From January 2027, the SENCo (special educational needs co-ordinator) and the designated teacher will lead Lily-Mae's transition plan: 6 extra visits of 1 hour to her secondary school with her key adult between March and July 2027; a photo book of the new school made with Lily-Mae; and a 1-hour meeting in May 2027 between both schools' SENCos, her parents and the adoption support social worker. The secondary school will name her Year 7 key adult by 1 July 2027.")],
        [P("**F10 Staff training and consultation (all outcomes).** An educational psychologist will give a 2-hour training session on attachment- and trauma-aware practice to all staff at Trevanion Primary School in the autumn term 2026, and a 1-hour session to Lily-Mae's Year 7 tutor and key adult in July 2027. The educational psychologist will also hold a 1-hour consultation each term with her key adult, class teacher and parents.")],
    ],
    "G": [
        [UL("**Sleep review:** Dr Priya Nair, Community Paediatrician, will review Lily-Mae's sleep and melatonin every 6 months in a 30-minute clinic appointment.",
            "**Sleep support for the family:** the school nursing team will offer Lily-Mae's parents 3 sleep-routine sessions of 45 minutes at home, fortnightly from November 2026, and set up the sleep diary used for outcome E6.")],
        [P("**Health agreement:** Confirmed by Dr Helen Tregaskis, Designated Clinical Officer, NHS Southcombe Integrated Care Board, on 28 October 2026, who agreed the health provision in this section.")],
    ],
    "H1": [[P("None. Lily-Mae does not need social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970. Short breaks were considered in the adoption support assessment, and her parents said they do not need them.")]],
    "H2": [
        [P("**Therapeutic support (adoption support):** 20 sessions of dyadic developmental psychotherapy (DDP), a therapy for adopted children and their parents together, 90 minutes each, fortnightly from September 2026 to July 2027, with a DDP-trained therapist from Harbour Therapies. Funded by the Adoption and Special Guardianship Support Fund and arranged by the adoption support social worker, who will review progress with the family after 10 sessions.")],
        [P("**Life story work:** 6 sessions of 1 hour at home with the adoption support social worker, monthly from January 2027, to make a life story book with Lily-Mae and her parents.")],
    ],
    "I": [[P("Trevanion Primary School, Portcombe – mainstream primary school. Lily-Mae's secondary school for September 2027 will be named in her amended plan by 15 February 2027, after consultation with the family's preferred school.")]],
    "J": [[P("No personal budget has been requested.")]],
    "K": [
        [P("Lily-Mae's views (drawing and card sort) – gathered by Mrs Jenkin, ELSA, Trevanion Primary School – 18 September 2026")],
        [P("Parents' views – Lily-Mae's mum and dad – 22 September 2026")],
        [P("Educational advice – Tom Kitto, SENCo and Designated Teacher, Trevanion Primary School – 25 September 2026")],
        [P("Psychological advice – Dr Hannah Vosper, Educational Psychologist, Southcombe Educational Psychology Service – 10 July 2026")],
        [P("Medical advice – Dr Priya Nair, Community Paediatrician – 3 September 2026")],
        [P("School nursing advice – Amy Trebilcock, School Nurse, Southcombe School Nursing Service – 14 September 2026")],
        [P("CAMHS response to referral – Dr Sam Lobb, Clinical Lead, Southcombe CAMHS – 21 January 2026")],
        [P("Social care advice (adoption support assessment) – Becky Rundle, Adoption Support Social Worker, Adopt Coast and Moor – 15 September 2026")],
    ],
    "signoff": [P("Issued on behalf of Southcombe County Council by Mark Jenner, SEND Officer, 5 November 2026.")],
})


# ======================================================================
# aj106 – Harry, Year 1, autism and global developmental delay – national-template – FAIL
#   planted: continence and feeding needs in C with nothing in G and no outcome;
#            no record of health agreement; speech and language therapy placed in G;
#            hedged wording in F ("should have access to", "where possible", "as appropriate").
# ======================================================================
PLANS.append({
    "id": "aj106",
    "layout": "national-template",
    "front": [
        ("School year", "Year 1 (age 6)"),
        ("Armed forces family", "No"),
        ("Date this plan was issued", "30 September 2026"),
        ("Last annual review meeting", "Not yet held – this is Harry's first plan"),
        ("Education, Health and Care (EHC) co-ordinator", "Jenna Pollard, SEND Officer"),
    ],
    "personal": {
        "name": "Harry", "preferred": "Harry",
        "dob": "September 2020 (month and year only in this copy)",
        "sex": "Male", "ethnicity": "White British",
        "lang_child": "English", "lang_parent": "English",
        "p1": "Harry's mother (name withheld in this copy)", "p1_rel": "Mother",
        "p2": "Harry's stepfather (name withheld in this copy)", "p2_rel": "Stepfather",
        "p2_contact": "Withheld in this copy", "p2_address": "Same address",
    },
    "services": [
        "Chapel Hill Primary School, Aldmoor (mainstream)",
        "Aldmoor Medical Practice; Dr Priya Nair, Community Paediatrician",
        "Withheld in this copy",
        "No – social care advice was given for this plan (see Section D)",
        "Southcombe Children's Therapy Service (speech and language therapy, occupational therapy); Southcombe Educational Psychology Service",
        "No",
        "No",
        "No",
        "No",
    ],
    "A1": [
        P("Harry was diagnosed as autistic, with global developmental delay (he is slower than other children his age to reach milestones in most areas of development), by the Child Development Centre in March 2025. He attended Busy Bees Nursery from the age of three, with extra support funded through the early years inclusion fund, and started in Reception at Chapel Hill Primary School in September 2025."),
        P("**How Harry communicates:** Harry uses about 50 single words, some of them repeated from television and songs rather than used to ask for things. He takes adults by the hand to what he wants, and he is starting to exchange pictures to make choices. He understands simple, familiar instructions when they are given with a gesture or picture."),
    ],
    "views": [
        H("Harry's views (gathered by Miss Kendall, his teaching assistant, who has worked with him every day since September 2025, by watching what he chooses over three weeks in July 2026 and by offering him photo choices)"),
        UL("Harry chooses the trampoline, the sensory tent and the bubble tube whenever they are offered, and smiles and flaps his hands when he is on the trampoline.",
           "He picks the photo of the iPad and the photo of 'outside' more than any other choices.",
           "He pushes away the photo of the dinner hall and covers his ears when the hall is busy.",
           "He brings Miss Kendall the 'Twinkle Twinkle' song card and laughs when she sings it.",
           "He becomes upset, drops to the floor and cries when his routine changes without warning."),
        H("What Harry's parents say (at home with the EHC co-ordinator, 12 August 2026)"),
        P("Harry is a happy, affectionate boy who loves music, water and being outdoors. He gives the best cuddles. We find it hard that we often don't know what he wants, and he gets very frustrated. We would like him to be able to tell us what he wants, to have a friend at school, and to stay at the local school with his big brother if he can."),
    ],
    "interests": [P("Music and nursery rhymes, the trampoline, water play, bubbles, trains, and being outside on the beach.")],
    "strengths": [UL("Affectionate with familiar adults and his brother.", "Excellent memory for songs and routes.", "Completes 12-piece jigsaws on his own.", "Happy to try new activities when they are shown to him first.")],
    "aspirations": [P("Harry's parents hope that he will be able to tell them what he wants, make a friend at school, enjoy trips to the beach without meltdowns, and stay at Chapel Hill with his brother.")],
    "areas": {
        "ci": {
            "strengths": [P("Harry is beginning to use pictures to make choices and enjoys songs and turn-taking games with an adult he knows.")],
            "rows": [
                ([P("Harry's spoken language is at an early stage and his understanding is at about a two-year level. Much of his speech is repeated from songs or television.")],
                 [P("Harry should have access to a now-and-next board and a visual timetable, made by his teaching assistant (TA) and updated each morning."),
                  P("Attention Autism sessions, daily for 15 minutes in a group of 4, led by a TA who has completed Attention Autism training, where possible.")],
                 [P("By July 2027, Harry will use a picture or a word to ask for something he wants, without being prompted, at least 10 times a day on 4 days out of 5, recorded by his TA on his communication chart.")]),
            ],
        },
        "cl": {
            "strengths": [P("Harry has a strong visual memory and enjoys puzzles and matching games.")],
            "rows": [
                ([P("Harry has global developmental delay. He is working within the early years stages in all areas of learning, and he finds it hard to stay at an adult-led task for more than 2 minutes.")],
                 [P("A TA (Level 3, with autism training) will support Harry 1:1 for the whole school day, 32.5 hours a week."),
                  P("Structured work-station tasks in the style of TEACCH (a structured teaching approach for autistic children): 2 sessions of 15 minutes daily, 1:1 with his TA.")],
                 [P("By July 2027, Harry will complete a work-station task of 3 activities on his own, from start to finish, on 4 days out of 5, recorded by his TA.")]),
            ],
        },
        "semh": {
            "strengths": [P("Harry is calm and happy when his day is predictable and he knows what is coming next.")],
            "rows": [
                ([P("Harry becomes very distressed at changes of routine and in noisy places such as the dinner hall, and will drop to the floor or run off.")],
                 [P("A sensory circuit (10 minutes, 1:1 with his TA) each morning and again after lunch, as appropriate."),
                  P("Harry eats his lunch in the small group room with his TA and 2 other children every day.")],
                 [P("By April 2027, Harry will move between the classroom, the hall and the playground with his TA and his now-and-next board without dropping to the floor, on 4 days out of 5, recorded on his daily log.")]),
            ],
        },
        "sp": {
            "strengths": [P("Harry is physically active and climbs and jumps well.")],
            "rows": [
                ([P("Harry's fine motor skills are delayed: he holds a crayon in his fist and cannot yet use scissors.")],
                 [P("A paediatric occupational therapist (OT) will visit school once each half-term for 1 hour to set a fine motor programme and show it to Harry's TA; the TA will then run the programme daily for 10 minutes, 1:1.")],
                 [P("By July 2027, Harry will snip paper with training scissors and draw a line and a circle when an adult shows him, in 4 out of 5 tries, checked by the OT each half-term.")]),
            ],
        },
    },
    "health": {
        "strengths": [P("Harry is generally well and is physically active.")],
        "rows": [
            ([P("Autism and global developmental delay, diagnosed by the Child Development Centre in March 2025.")],
             [P("Dr Priya Nair, Community Paediatrician, will review Harry's development every 6 months in a 30-minute clinic appointment.")],
             [P("See the outcomes in the tables above.")]),
            ([P("Harry's speech and understanding are well behind those of other children his age (speech and language therapy assessment, June 2026).")],
             [P("A speech and language therapist (SLT) from Southcombe Children's Therapy Service will see Harry 1:1 in school for 30 minutes every fortnight in term time, to teach him to use the Picture Exchange Communication System (PECS), and will show his TA how to carry on the PECS work every day. The SLT will set new PECS targets each half-term.")],
             [P("By July 2027, Harry will use PECS to choose between 2 pictures to ask for a snack or a toy on 8 out of 10 occasions, recorded by his TA.")]),
            ([P("Harry is not yet toilet trained. He wears pull-ups at school and at home and does not yet show that he knows when he is wet or soiled. He has been referred to the paediatric continence service.")],
             [P("")],
             [P("")]),
            ([P("Harry eats a very restricted diet (about 6 foods, all dry and crunchy) and drinks only milk. Dr Nair noted in June 2026 that his weight is on the 2nd centile and has advised referral to the dietitian and the children's feeding team.")],
             [P("")],
             [P("")]),
        ],
    },
    "social": {
        "strengths": [P("Harry's mum and stepfather are very committed to him, and his grandparents live nearby and help after school.")],
        "rows": [
            ([P("Social care advice was given by Mel Hosking, Social Worker, Children with Disabilities Team, on 12 July 2026 after a screening visit. Harry's needs are currently met by his family with universal and early help services, and he has no assessed social care needs.")],
             [P("None at present. The family were given information about short breaks in the Local Offer, including the Saturday Stars play scheme for disabled children.")],
             [P("None at present. The family were told about the Family Hub course for parents of autistic children and said they would book a place.")],
             [P("Not applicable.")]),
        ],
    },
    "I": ["Chapel Hill Primary School, Aldmoor", "Mainstream primary school"],
    "J": ["No personal budget has been requested.", "Not applicable"],
    "K": {
        1: ("Parents' views", "12 August 2026", "Harry's mum and stepfather", "YES"),
        2: ("Educational advice", "9 September 2026", "Rachel Nance, SENCo (special educational needs co-ordinator), Chapel Hill Primary School", "YES"),
        3: ("Harry's views (observation and photo choices)", "24 July 2026", "Miss Kendall, teaching assistant, Chapel Hill Primary School", "YES"),
        4: (None, "17 June 2026", "Dr Priya Nair, Community Paediatrician", "YES"),
        5: (None, "6 July 2026", "Dr Owen Pascoe, Educational Psychologist, Southcombe Educational Psychology Service", "YES"),
        6: (None, "12 July 2026", "Mel Hosking, Social Worker, Children with Disabilities Team", "YES"),
        7: (None, "22 June 2026", "Laura Jewell, Speech and Language Therapist, Southcombe Children's Therapy Service", "YES"),
    },
    "K_extra": [
        ("Occupational therapy advice", "8 July 2026", "Megan Rowse, Paediatric Occupational Therapist, Southcombe Children's Therapy Service", "YES"),
    ],
    "signoff": ("Jenna Pollard, SEND Officer", "Signed electronically", "30/09/2026"),
})


# ======================================================================
# aj107 – Kieran, Year 12, acquired brain injury after a road accident – ef-table – FAIL
#   planted: outcomes written as provision (and an unmeasurable outcome);
#            clinical-report language in A and E with acronyms never spelled out;
#            vague health provision in G from services that gave no advice in K.
# ======================================================================
PLANS.append({
    "id": "aj107",
    "layout": "ef-table",
    "front": [
        ("First name", "Kieran"),
        ("School year", "Year 12 from September 2026 (age 17)"),
        ("Month and year of birth", "October 2009"),
        ("Armed forces family", "No"),
        ("Setting", "Portcombe Sixth Form College"),
        ("Date this plan was issued", "11 August 2026"),
        ("Last annual review meeting", "Not applicable – new plan following an EHC needs assessment"),
        ("EHC co-ordinator", "Jenna Pollard, Post-16 SEND Officer"),
    ],
    "A": [
        H("About Kieran"),
        P("Kieran is a 17-year-old male who sustained a severe TBI in an RTC in May 2025 (GCS 6 on admission), with bifrontal contusions and a right-sided SDH requiring surgical evacuation. He had a prolonged period of PTA (approximately 21 days) and was transferred to the NRU for inpatient rehabilitation prior to discharge home in August 2025. He presents with executive dysfunction, impaired anterograde memory, reduced processing speed (PSI 2nd centile on WAIS-IV) and marked cognitive fatigability, together with emotional lability and mild disinhibition secondary to frontal lobe involvement."),
        P("Prior to the injury Kieran was a high-achieving student with no SEN. He sat four GCSEs in summer 2025 with special consideration and achieved grades 4 to 6."),
        H("Kieran's views (from a conversation with his SEND officer and his mum, 14 July 2026)"),
        P("'I just want to be normal again. Before the accident I was going to do A-levels and go to uni to do sports science. Now I forget stuff in the middle of lessons and I'm wiped out by lunchtime. Most of my mates have gone to college already and I feel left behind. I still want to do sport. I want to coach rugby if I can't play, and I want to learn to drive.'"),
        P("'What helps is when teachers write things down and don't just say it. What doesn't help is people treating me like I'm stupid.'"),
        H("Parents' views"),
        P("Kieran's mum and dad said: 'We nearly lost him, and we're so proud of how hard he has worked to get back on his feet. He is still the same funny, stubborn Kieran, but he gets exhausted and frustrated, and the mood swings are hard for all of us. We want college to understand brain injury and not to write him off. We'd like him to do a course he enjoys, to have a part-time job, and to get his independence back.'"),
        H("Strengths"),
        UL("Determined and hard-working; he did not give up in rehabilitation.",
           "Sociable, with a good sense of humour; he is popular with staff and students.",
           "Good long-term memory for what he learned before the accident, especially in sport and biology.",
           "A natural coach: he helped to run the under-12s rugby training before his injury."),
        H("Aspirations"),
        P("Kieran wants to study sports science at university or to become a sports coach, to work part-time at Portcombe Leisure Centre, to learn to drive, and to travel around on his own again."),
    ],
    "B": [
        H("Cognition and learning"),
        P("Kieran's WAIS-IV (EP assessment, June 2026) shows a VCI in the average range but PSI and WMI significantly impaired. He has difficulty retaining new information across lessons, planning multi-step tasks and initiating work. He needs information chunked, written down and repeated, and he benefits from CRT strategies and errorless learning."),
        H("Communication and interaction"),
        P("Kieran has mild word-finding difficulties and loses track in fast group discussions. He can become disinhibited (saying things without thinking) when he is tired."),
        H("Social, emotional and mental health"),
        P("Kieran has low mood and frustration linked to his injury and the loss of his old life, and he is easily irritated when he is tired. He needs a key adult who understands ABI. His friendships have changed since the accident: most of his old friends have moved on to other colleges, and he has found it hard to join new groups. He is sensitive to being treated differently and will refuse help offered in front of other students."),
        H("Physical"),
        P("Kieran has mild weakness in his left hand, which makes handwriting slow and tiring; he types well."),
        H("Attainment"),
        P("Kieran achieved grade 6 in combined science, grade 5 in English language, grade 5 in physical education and grade 4 in maths in summer 2025. He started a BTEC induction at Portcombe Sixth Form College in June 2026 and coped with two half-days a week. His lecturers reported that he contributed well in practical sport sessions but could not recall the content of the previous session without his notes."),
    ],
    "C": [
        P("Kieran's health needs relating to his ABI are:"),
        UL("Cognitive fatigue and post-traumatic headaches, three to four times a week, usually in the afternoon.",
           "Low mood and irritability following his injury (PHQ-9 score 14 in June 2026).",
           "He had one seizure in hospital in May 2025 and none since; he is not on medication. A seizure IHCP is held by college."),
    ],
    "D": [
        P("Sophie Nance, Social Worker, Children with Disabilities Team, gave social care advice on 2 July 2026 after meeting Kieran and his parents. She found that Kieran has no social care needs relating to his special educational needs or disability: his family meet his care needs and he manages his own personal care. The family have support from Headway, the brain injury charity, and Kieran was given details of its young people's group."),
    ],
    "EF_intro": [
        P("The outcomes below were agreed with Kieran and his parents. The provision to meet each outcome is set out beside it."),
    ],
    "ef_header": ["Outcome", "Provision", "Frequency", "Who"],
    "EF": [
        {"outcome": [P("**E1** Kieran will receive 1:1 support from an LSA in all BTEC lessons to compensate for his executive dysfunction.")],
         "prov": [
            ("1:1 LSA support in all BTEC Sport lessons, prompting him to start tasks and helping him record key points.",
             "12 hours a week (all BTEC lessons), 36 weeks",
             "LSA trained in supporting students with ABI"),
            ("Staff training on ABI for all Kieran's lecturers and his LSA.",
             "One 2-hour session in September 2026, then a 1-hour update in January 2027",
             "Headway trainer, booked by the college's Learning Support Manager"),
         ]},
        {"outcome": [P("**E2** Kieran is given a memory book and staff will prompt its use at the start and end of each lesson.")],
         "prov": [
            ("A memory book and an electronic planner on his phone; his LSA checks both with him at the start and end of each lesson.",
             "Every lesson",
             "LSA"),
         ]},
        {"outcome": [P("**E3** By July 2027, Kieran will use compensatory strategies to mitigate his anterograde memory deficit, recording homework and deadlines in his electronic planner and meeting at least 8 out of 10 coursework deadlines each half-term, as recorded by his personal tutor.")],
         "prov": [
            ("Weekly planning session to break assignments into steps and enter deadlines in his planner.",
             "1:1, 30 minutes every Monday",
             "Personal tutor"),
            ("Extended deadlines: one extra week for every BTEC assignment, agreed in advance with each lecturer.",
             "Every assignment",
             "Arranged by the Learning Support Manager"),
            ("Laptop for all written work, with speech-to-text software, to reduce the effects of his left-hand weakness.",
             "Set up by September 2026; checked each term",
             "College IT support team"),
         ]},
        {"outcome": [P("**E4** By July 2027, Kieran will demonstrate improved self-management of cognitive fatigue through pacing, attending at least 90% of his timetabled sessions across the year, as shown on the college register.")],
         "prov": [
            ("Reduced timetable: BTEC Level 3 Sport spread over three years instead of two, with no lessons after 2pm on 3 days a week.",
             "16 hours a week",
             "Learning Support Manager"),
            ("Rest breaks: a quiet room in the learning support centre for a 15-minute rest between morning and afternoon sessions.",
             "Daily",
             "Learning Support Manager"),
         ]},
        {"outcome": [P("**E5** By July 2027, Kieran will be more confident and less frustrated in college.")],
         "prov": [
            ("Mentoring with a named key adult who understands ABI, to talk through how the week has gone.",
             "1:1, 30 minutes weekly",
             "Learning mentor"),
         ]},
        {"outcome": [P("**E6** By April 2027, Kieran will complete a 6-week voluntary placement at Portcombe Leisure Centre for 3 hours a week, helping to coach the junior sports sessions, and receive a satisfactory report from the duty manager.")],
         "prov": [
            ("Arranging the placement, a pre-placement visit with Kieran, and a mid-placement review with the duty manager.",
             "Visit of 1 hour before the placement; review of 30 minutes at week 3",
             "College careers and placements officer"),
         ]},
        {"outcome": [P("**E7** By December 2027, Kieran will travel by bus from home to college and back on his own on every college day for 4 weeks in a row, recorded by his personal tutor.")],
         "prov": [
            ("Independent travel training on his route.",
             "1:1, twice a week for 6 weeks from January 2027, then review",
             "Trained travel trainer, Southcombe Independent Travel Training Service"),
         ]},
    ],
    "G": [
        UL("The CBIT will continue to support Kieran with fatigue management as needed.",
           "Neuropsychology input will be offered if required to support his mood and adjustment.",
           "GP to monitor headaches.",
           "Seizure IHCP to be followed in college."),
        P("**Health agreement:** Agreed by Dr Helen Tregaskis, DCO, NHS Southcombe ICB, 6 August 2026."),
    ],
    "H1": [P("None. Kieran has no social care needs (see Section D). Short breaks were considered and are not needed.")],
    "H2": [P("None. Kieran and his family were told about Headway's young people's group and the Family Hub's early help offer.")],
    "I": [P("Portcombe Sixth Form College – sixth form college. BTEC Level 3 National Extended Certificate in Sport, taken over three years, 16 hours a week, 36 weeks a year.")],
    "J": [P("No personal budget has been requested.")],
    "K": [
        ("Kieran's views and his parents' views", "Kieran and his parents", "14 July 2026", "Yes"),
        ("Educational advice", "Lucy Tonkin, Learning Support Manager, Portcombe Sixth Form College", "1 July 2026", "Yes"),
        ("Information from Kieran's secondary school", "Mark Dyer, SENCo, Penhallow Academy", "10 June 2026", "Yes"),
        ("Psychological advice", "Dr Martin Rowe, Educational Psychologist, Southcombe Educational Psychology Service", "19 June 2026", "Yes"),
        ("Medical advice", "Dr Alan Carthew, Consultant Paediatric Neurologist, Portcombe General Hospital", "12 June 2026", "Yes"),
        ("Social care advice", "Sophie Nance, Social Worker, Children with Disabilities Team", "2 July 2026", "Yes"),
        ("Preparing for adulthood advice", "Kerry Moyle, Careers Adviser (Level 6), Careers Southcombe", "30 June 2026", "Yes"),
    ],
    "signoff": [P("Issued on behalf of Southcombe County Council by Jenna Pollard, Post-16 SEND Officer, 11 August 2026.")],
})


# ======================================================================
# aj108 – Sam, Year 7, autism with a demand-avoidant profile, child in need plan – letter-column – FAIL
#   planted: child in need plan recorded but D says no needs, H "None.", no social care advice in K;
#            spelling slips; grammar errors; outcomes dated but not measurable.
# ======================================================================
PLANS.append({
    "id": "aj108",
    "layout": "letter-column",
    "front": [
        ("First name", "Sam"),
        ("School year", "Year 7 from September 2026 (age 11)"),
        ("Month and year of birth", "September 2014"),
        ("Armed forces family", "Yes – Sam's dad serves in the Army and lives apart from the family"),
        ("Social care involvement", "Child in need plan, Southcombe Children's Services (since March 2026)"),
        ("School", "Penhallow Academy, Portcombe (from September 2026); previously Harbour View Primary School"),
        ("Date this plan was issued", "12 June 2026 (amended for transfer to secondary school)"),
        ("Last annual review meeting", "15 May 2026"),
        ("EHC co-ordinator", "Mark Jenner, SEND Officer"),
    ],
    "A": [
        [H("Sam's views (Sam talked to his key adult, Mr Ellery, in April 2026 while they played a card game; these are Sam's words)"),
         P("I'm Sam and I like trains, Minecraft and my cat Pixel. I know every station on the line from Portcombe to Penzance. I'm good at building things in Minecraft and I made a whole city with a railway."),
         P("I hate being told what to do. When someone tells me to do something my whole body says no. I don't want to go to big school because it's massive and loud and the teachers will shout. I want to be a train driver or a YouTuber when I'm older."),
         P("I like it when I can choose. I like Mr Ellery because he doesn't boss me about."),
         P("A good day is when I know what's happening, nobody shouts, and I get to go on the computer at lunch. A bad day is when there's a supply teacher and they make me sit somewhere different and everyone is looking at me. When that happens I go hot and I have to get out."),
         P("At home I like playing Minecraft with my little sister Ruby, but sometimes she annoys me and I get really angry and then I feel bad after. I miss my dad. We video call on Sundays and I show him my builds.")],
        [H("What Sam's mum says"),
         P("Sam is clever, funny and kind to animals, but the last year has been really hard. His meltdowns at home have got worse since his dad was posted away, and in March the police was called when Sam ran out of the house during a meltdown. Since then we have had a social worker and a child in need plan, which has helped me to get some support. I am worried about how Sam will cope with the move to Penhallow and I want him to have somewhere seperate to go when it gets too much.")],
        [H("What Sam's primary school says"),
         P("Mr Ellery, Sam's key adult at Harbour View Primary School, said: 'Sam is one of the most interesting children I have worked with. When he trusts you, he will talk for an hour about the signalling system on the Portcombe branch line. He responds really well to humour and to being given a genuine choice. He struggles most when he feels trapped or when an adult insists in front of other children.'")],
        [H("Hopes for the future"),
         P("Sam wants to be a train driver or a YouTuber. His mum hopes that he will settle at secondary school, have a friend, and that home will become calmer for Sam and his little sister.")],
    ],
    "B": [
        [H("What Sam does well"),
         UL("He has an excellent memory for facts, timetables and routes.",
            "He is creative and skilled with computers and building games.",
            "His reading is at the level expected for his age, and he reads train magazines for pleasure.",
            "He is gentle with animals and younger children.")],
        [H("Communication and interaction"),
         P("Sam is autistic, with a demand-avoidant profile. He has good spoken language but he find it very hard when other people are in control of what happens. Direct instructions, being rushed and a unexpected change in his day all raise his anxiety, and he responds by refusing, arguing or leaving the room.")],
        [H("Social, emotional and mental health"),
         P("Sam's anxiety is high, and it is clear that the changes at home over the past year have effected him. At school he masks his worries for most of the day, but he has occasionally left the classroom without telling anyone, and the the number of incidents has risen this spring. He has one friend in his class.")],
        [H("Cognition and learning"),
         P("Sam is working at the expected standard in reading and just below in writing and maths. He avoids writing tasks and produces very little when he is anxious, and he needs to understand why a task matters before he will start it."),
         P("His end of Key Stage 2 teacher assessments (spring 2026) place him at the expected standard in reading, and working towards the expected standard in writing and maths. His handwriting is legible but slow, and he types quickly and accurately. In maths he has a good grasp of number facts but gives up on problems with several steps, saying 'I can't do it' before he has read the question. He has an excellent memory for facts that interest him.")],
        [H("Sensory"),
         P("Sam is very sensitive to noise and to busy places. The dinner hall and the playground at break are difficult, and he covers his ears or hides. An occupational therapy assessment in April 2026 found that a quieter enviroment and planned movement breaks help him to stay calm.")],
    ],
    "C": [
        [P("Sam has difficulty getting to sleep and often does not fall asleep until after midnight. He is prescribed melatonin by Dr Lucy Angove, Community Paediatrician. He has no other health needs.")],
    ],
    "D": [
        [P("Sam does not have any social care needs.")],
    ],
    "E": [
        [P("**E1** By December 2026, Sam will feel calmer and more settled at his new school.")],
        [P("**E2** By July 2027, Sam will be happier at lunchtimes and breaktimes.")],
        [P("**E3** By July 2027, Sam will ask for a break using his time-out card, instead of leaving the classroom without telling anyone, on at least 8 out of 10 occasions, recorded by his key adult. (Builds on: 'I like it when I can choose.')")],
        [P("**E4** By July 2027, Sam will write at least half a page in English and humanities lessons when he is given a choice of two tasks, in 3 out of 4 lessons, checked by his teachers each half-term.")],
        [P("**E5** By March 2027, Sam will be asleep by 10pm on at least 5 nights out of 7, recorded in the sleep diary his mum keeps and reviewed by his paediatrician.")],
    ],
    "F": [
        [P("**F1 Key adult (E1, E3).** A named key adult (a teaching assistant (TA) with Level 3 autism training) will meet Sam at the school gate every morning and check in with him for 10 minutes, and for 5 minutes at the end of each day.")],
        [P("**F2 Transition (E1).** Sam will make 4 extra visits of 1 hour to Penhallow Academy in June and July 2026 with his primary school key adult, and will recieve a photo book of the school, his timetable and the names of his key staff before the summer holiday. The Year 7 SENCo (special educational needs co-ordinator) will meet Sam and his mum for 1 hour in July 2026.")],
        [P("**F3 Low-demand approach (E1, E3, E4).** All staff who teach Sam will give instructions as choices or statements, not commands, and will explain why a task matters. The SENCo will give a 1-hour training session on demand avoidance to all Sam's teachers in September 2026, with a 30-minute follow-up each term.")],
        [P("**F4 Time-out card and quiet room (E3).** Sam will have a time-out card that he can show to leave any lesson and go to the learning support base, where a TA is always present. He will return to the lesson within 15 minutes, or his key adult will meet him there.")],
        [P("**F5 Lunch and break (E2).** Sam will eat lunch in the learning support base in a group of no more than 6 and go to the Lego and gaming club 3 lunchtimes a week for 30 minutes, run by a TA.")],
        [P("**F6 Writing (E4).** In English and humanities lessons, teachers will offer Sam a choice of two writing tasks and allow him to type on a laptop, which is provided by the school and maintained by the school's computer technician.")],
        [P("**F7 Occupational therapy (E2).** A paediatric occupational therapist (OT) will visit school once each half-term for 1 hour to review Sam's sensory plan and show his key adult how to run it. His key adult will run a 10-minute movement break with him twice a day, 1:1.")],
        [P("**F8 Wellbeing sessions (E1, E2).** 1:1 sessions with an Emotional Literacy Support Assistant (ELSA), 30 minutes weekly for 8 weeks from October 2026, then review.")],
        [P("**F9 Maths (E4).** A small-group maths intervention on multi-step problems, using diagrams and worked examples, twice a week for 30 minutes in a group of 4, led by a maths teaching assistant, for the autumn term 2026, then review.")],
        [P("**F10 Educational psychologist (all outcomes).** An educational psychologist will hold a 1-hour consultation with Sam's key adult, the SENCo and his mum in October 2026 and again in February 2027, to review how Sam has settled and adjust his plan.")],
        [P("**F11 Home–school contact (E1).** His key adult will send Sam's mum a short email every Friday about how his week has gone, including at least one thing that went well.")],
    ],
    "G": [
        [P("Dr Lucy Angove, Community Paediatrician, will review Sam's sleep and melatonin every 6 months in a 30-minute clinic appointment.")],
        [P("**Health agreement:** The health provision in this section was agreed by Dr Helen Tregaskis, Designated Clinical Officer, NHS Southcombe Integrated Care Board, on 8 June 2026.")],
    ],
    "H1": [[P("None.")]],
    "H2": [[P("None.")]],
    "I": [[P("Penhallow Academy, Portcombe – mainstream secondary academy, from September 2026. Sam will definately have access to the learning support base as set out in Section F.")]],
    "J": [[P("No personal budget has been requested.")]],
    "K": [
        [P("Sam's views – gathered by Jack Ellery, key adult (teaching assistant), Harbour View Primary School – 22 April 2026")],
        [P("Parent's views – Sam's mum – 29 April 2026")],
        [P("Educational advice – Natalie Brewer, SENCo, Harbour View Primary School – 6 May 2026")],
        [P("Transition information – Jo Pascoe, SENCo, Penhallow Academy – 20 May 2026")],
        [P("Psychological advice – Dr Hannah Vosper, Educational Psychologist, Southcombe Educational Psychology Service – 17 March 2026")],
        [P("Medical advice – Dr Lucy Angove, Community Paediatrician – 2 April 2026")],
        [P("Occupational therapy advice – Megan Rowse, Paediatric Occupational Therapist, Southcombe Children's Therapy Service – 24 April 2026")],
    ],
    "signoff": [P("Issued on behalf of Southcombe County Council by Mark Jenner, SEND Officer, 12 June 2026.")],
})


# ======================================================================
# aj109 – Amelia, Year 9, dyslexia and dyspraxia, Royal Navy family – national-template – FAIL
#   planted: last review over 12 months before audit; 2022 psychological, medical and OT advice reused;
#            Year 9 with no preparing-for-adulthood outcomes or advice;
#            unquantified provision and a need/outcome (handwriting speed) with no provision.
# ======================================================================
PLANS.append({
    "id": "aj109",
    "layout": "national-template",
    "front": [
        ("School year", "Year 9 (age 14)"),
        ("Armed forces family", "Yes – Royal Navy (Amelia's dad serves on board ship and is often at sea)"),
        ("Date this plan was first issued", "19 August 2022"),
        ("Date this plan was issued", "28/11/2025 (amended following annual review)"),
        ("Last annual review meeting", "14/11/2025"),
        ("Education, Health and Care (EHC) co-ordinator", "Mark Jenner, SEND Officer"),
    ],
    "personal": {
        "name": "Amelia", "preferred": "Millie",
        "dob": "October 2011 (month and year only in this copy)",
        "sex": "Female", "ethnicity": "White British",
        "lang_child": "English", "lang_parent": "English",
        "p1": "Amelia's mother (name withheld in this copy)", "p1_rel": "Mother",
        "p2": "Amelia's father (name withheld in this copy)", "p2_rel": "Father",
        "p2_contact": "Withheld in this copy", "p2_address": "Same address",
    },
    "services": [
        "Portcombe Community College (mainstream secondary)",
        "Harbourside Surgery, Portcombe; Southcombe Community Paediatrics",
        "Withheld in this copy",
        "No – social care advice was given at the annual review (see Section D)",
        "Southcombe Children's Therapy Service (occupational therapy); Southcombe Educational Psychology Service",
        "No",
        "No",
        "Yes – appended",
        "No – the family moved to Southcombe in 2021, before Amelia's EHC needs assessment",
    ],
    "A1": [
        P("Amelia's family moved to Portcombe in 2021 when her dad was posted to the naval base. Her primary school raised concerns about her reading and handwriting, and Southcombe carried out an EHC needs assessment in 2022. Her plan was first issued in August 2022, when she was in Year 5. She moved to Portcombe Community College in September 2023."),
        P("**How Amelia communicates:** Amelia is chatty and articulate. She prefers to be asked questions one at a time and to have time to think before she answers."),
    ],
    "views": [
        H("Amelia's views (Amelia spoke to her SENCo before her review in November 2025; these are her words)"),
        P("I'm Millie. I like netball, baking and going to the beach with my friends. I'm in the school netball team and I'm really good at shooting."),
        P("Reading is still the hardest thing. I'm slow and I lose my place, and I hate it when teachers ask me to read in front of the class. My handwriting is messy and I can't keep up when we have to copy off the board, so my notes are rubbish and I can't revise from them. The reading pen really helps. I want to do well in my GCSEs (General Certificate of Secondary Education exams) and show people I'm not thick. I'd like to be a vet nurse one day."),
        H("What Amelia's parents say (3 November 2025)"),
        P("Amelia works incredibly hard and never gives up, but she gets tired and upset when she can't keep up with the amount of writing at secondary school. With her dad away at sea for long stretches, I'm doing homework with her most nights. We want her to be able to read and write well enough to show what she knows in her exams."),
    ],
    "interests": [P("Netball, baking, the beach, animals and looking after the family's rabbits.")],
    "strengths": [UL("Determined and hard-working.", "A strong team player in netball.", "Good spoken vocabulary and understanding in class discussion.", "Good at science practicals.")],
    "aspirations": [P("Amelia wants to read without help, to do well in her GCSEs and, one day, to be a veterinary nurse. Her parents want her to be able to show what she knows in her exams.")],
    "areas": {
        "ci": {
            "strengths": [P("Amelia is articulate and confident when speaking.")],
            "rows": [
                ([P("No needs identified in this area.")], [P("None required.")], [P("Not applicable.")]),
            ],
        },
        "cl": {
            "strengths": [P("Amelia has good reasoning and understanding when information is read to her.")],
            "rows": [
                ([P("Amelia has dyslexia. Her reading is slow and inaccurate for her age (reading age about 10 years in 2022), and she loses her place in long texts.")],
                 [P("Amelia will attend a small group literacy intervention (Toe by Toe) delivered by a teaching assistant (TA).")],
                 [P("By July 2026, Amelia will read a Year 9 science text aloud at 90 words per minute with 95% accuracy, tested by her TA each half-term.")]),
                ([P("Amelia's spelling is weak, especially in subject vocabulary.")],
                 [P("Subject key-word lists given to Amelia at the start of each topic by her class teachers; 10 minutes of precision teaching of key words, 1:1 with a TA, three times a week.")],
                 [P("By July 2026, Amelia will spell 80% of the key words in each science and English topic correctly in an end-of-topic check set by her teachers.")]),
                ([P("Amelia's handwriting is slow (about 11 words a minute when copying) and she cannot keep up with note-taking in lessons.")],
                 [P("")],
                 [P("By July 2026, Amelia will type her notes at 25 words a minute using touch-typing, tested by her TA at the end of each term.")]),
                ([P("Amelia reads slowly and tires in tests.")],
                 [P("Access arrangements: 25% extra time and a reader pen in all tests and exams, arranged by the SENCo (special educational needs co-ordinator).")],
                 [P("By July 2026, Amelia will complete all of her end-of-year exams within her extra time, recorded by the exams officer.")]),
            ],
        },
        "semh": {
            "strengths": [P("Amelia has a good group of friends and is well liked.")],
            "rows": [
                ([P("Amelia becomes upset and tired when she cannot keep up with written work, and her confidence in lessons is low.")],
                 [P("Weekly 15-minute check-in with her form tutor, 1:1, every Monday.")],
                 [P("By July 2026, Amelia will ask a teacher for help or a copy of the notes in at least 3 lessons a week, recorded on her check-in sheet.")]),
            ],
        },
        "sp": {
            "strengths": [P("Amelia is sporty and plays for the school netball team.")],
            "rows": [
                ([P("Amelia has developmental coordination disorder (DCD, also called dyspraxia), which affects her handwriting and organisation.")],
                 [P("An occupational therapy (OT) programme to be followed in school.")],
                 [P("By July 2026, Amelia will bring the right equipment to every lesson on 4 days out of 5, using her checklist, recorded by her form tutor.")]),
            ],
        },
    },
    "health": {
        "strengths": [P("Amelia is fit and active.")],
        "rows": [
            ([P("Developmental coordination disorder (dyspraxia), diagnosed by the community paediatrician in February 2022.")],
             [P("The community paediatrician will review Amelia once a year in a 30-minute clinic appointment.")],
             [P("See the organisation outcome in the sensory and physical table.")]),
        ],
    },
    "health_agreement": "**Health agreement:** The health provision in Section G was reviewed and agreed by Dr Helen Tregaskis, Designated Clinical Officer, NHS Southcombe Integrated Care Board, on 25 November 2025.",
    "social": {
        "strengths": [P("Amelia has a close family and good support from the Naval Families Federation and the school's service children's club.")],
        "rows": [
            ([P("Social care advice was given by Zoe Hicks, Social Worker, Children's Services Front Door, on 6 October 2025. Amelia has no social care needs relating to her special educational needs or disability.")],
             [P("None. Short breaks were considered and are not needed.")],
             [P("None. The family know about the Family Hub and the armed forces family support available through the Local Offer.")],
             [P("Not applicable.")]),
        ],
    },
    "I": ["Portcombe Community College", "Mainstream secondary school"],
    "J": ["No personal budget has been requested.", "Not applicable"],
    "K": {
        1: ("Amelia's views and her parents' views", "3 November 2025", "Amelia and her parents", "YES"),
        2: ("Educational advice (annual review report)", "10 November 2025", "Helen Varcoe, SENCo, Portcombe Community College", "YES"),
        3: ("Occupational therapy advice", "21 June 2022", "Ruth Skinner, Paediatric Occupational Therapist, Southcombe Children's Therapy Service", "YES"),
        4: (None, "8 February 2022", "Dr Sian Lloyd, Community Paediatrician, Southcombe Community Paediatrics", "YES"),
        5: (None, "14 March 2022", "Dr Anna Coombe, Educational Psychologist, Southcombe Educational Psychology Service", "YES"),
        6: (None, "6 October 2025", "Zoe Hicks, Social Worker, Children's Services Front Door", "YES"),
    },
    "signoff": ("Mark Jenner, SEND Officer", "Signed electronically", "28/11/2025"),
})


# ======================================================================
# aj110 – Jayden, Year 3, looked after, attachment difficulties – ef-table – FAIL
#   planted: Section A (and B) describe only deficits, with no aspirations;
#            looked-after status not drawn through into D and H (legal status only, H "Not applicable");
#            health needs "not known", medical advice not received.
# ======================================================================
PLANS.append({
    "id": "aj110",
    "layout": "ef-table",
    "front": [
        ("First name", "Jayden"),
        ("School year", "Year 3 from September 2026 (age 7)"),
        ("Month and year of birth", "March 2019"),
        ("Armed forces family", "No"),
        ("Looked after", "Yes – Southcombe County Council"),
        ("School", "Chapel Hill Primary School, Aldmoor"),
        ("Date this plan was issued", "3 July 2026"),
        ("Last annual review meeting", "Not applicable – first plan"),
        ("EHC co-ordinator", "Tamsin Hocking, SEND Officer"),
    ],
    "A": [
        H("About Jayden"),
        P("Jayden has significant difficulties with his behaviour in school. He cannot sit on the carpet for more than two minutes, and he hits out at other children and at adults several times a week. He refuses to do his work, throws equipment when he is asked to start a task, and often runs out of the classroom. He finds it very hard to make friends, and other children in his class have started to avoid him at playtime."),
        P("Jayden struggles with any change to his routine and with unstructured times such as lunch and break. He is behind in reading, writing and maths, and he gives up quickly when work is hard."),
        P("Jayden came into care in January 2026 and moved to his current foster home at that time. He also changed school in February 2026, when he joined Chapel Hill Primary School. Since then there have been frequent incidents. In the spring term he was sent home early on four occasions, and he has spent much of his time out of class with an adult. He has difficulty following adult instructions, particularly from staff he does not know, and he often refuses to take part in assemblies, physical education lessons and trips."),
        P("Jayden has poor listening and attention skills. He calls out, interrupts other children, and takes equipment from them. He does not accept adult help and will tear up his work if he makes a mistake. He is often unkind to other children in the playground and has difficulty sharing or taking turns in games."),
        H("Jayden's views"),
        P("Jayden told his class teacher in May 2026: 'I don't like school. Everyone is mean to me. I don't like reading and I'm rubbish at it.' He said he gets angry when 'people look at me' and when 'it's too loud'."),
        H("Foster carer's views"),
        P("Jayden's foster carer, who has looked after him since January 2026, said: 'Jayden finds it very hard to settle. He struggles at bedtime, he is up several times in the night, and mornings are a battle. He gets very angry when he has to stop doing something he likes, and he can be rough with our dog. He needs a lot of patience and a lot of supervision.'"),
    ],
    "B": [
        H("Social, emotional and mental health"),
        P("Jayden has attachment difficulties. He finds it very hard to trust adults, to manage his feelings and to accept help. When he is overwhelmed he hits, kicks, throws things and runs out of class; there were 31 recorded physical incidents in the spring term 2026. He cannot yet wait his turn, share or lose a game without becoming angry."),
        H("Cognition and learning"),
        P("Jayden is working well below the level expected for his age. In phonics he is secure only with Phase 3 sounds (an early stage of the school's phonics scheme), and he reads and writes simple three-letter words. In maths he counts reliably to 20 but cannot yet add two-digit numbers. He has difficulty concentrating for more than a few minutes."),
        H("Communication and interaction"),
        P("Jayden's vocabulary is limited for his age, and he finds it hard to explain what has happened or how he feels, which often leads to conflict. He has difficulty following instructions with more than one step, especially when he is anxious, and he often misreads other children's actions as deliberate."),
        H("Attendance and engagement"),
        P("Jayden's attendance since February 2026 is 88%. He has missed learning because of four part-day exclusions and time spent out of class. He has difficulty joining in with whole-class activities and finds it very hard to work without an adult beside him."),
    ],
    "C": [
        P("Jayden's health needs are not known at this time. We are waiting for his health assessment."),
    ],
    "D": [
        P("Jayden is a looked after child. He is subject to a care order to Southcombe County Council."),
    ],
    "EF_intro": [P("The table sets out the outcomes for Jayden and the provision to meet them.")],
    "ef_header": ["Outcome", "Provision", "Frequency / duration", "Who"],
    "EF": [
        {"outcome": [P("**E1** By March 2027, Jayden will stay on the carpet for 10 minutes during whole-class teaching on 4 out of 5 days, recorded by his teaching assistant (TA) on his daily chart.")],
         "prov": [
            ("Key adult: a named TA trained in attachment-aware practice supports Jayden in class and at transitions, and checks in with him on arrival and after lunch.",
             "Every school day, 27.5 hours a week",
             "Key adult (TA, Level 3)"),
            ("A movement cushion and a visual timer for carpet time.",
             "Every carpet session",
             "Provided by the SENCo (special educational needs co-ordinator)"),
         ]},
        {"outcome": [P("**E2** By July 2027, Jayden will use his calm-down plan (asking for his calm space or using his breathing card) so that recorded physical incidents fall from about 8 a week to no more than 2 a week, as shown in the school's incident log each half-term.")],
         "prov": [
            ("Nurture group sessions focused on feelings, turn-taking and calming strategies.",
             "4 afternoons a week, 1 hour, group of 8",
             "Two nurture group staff trained in the Boxall Profile approach"),
            ("A calm space in the classroom and a breathing card, with the calm-down plan taught to Jayden by his key adult.",
             "Calm-down plan practised daily for 5 minutes, 1:1",
             "Key adult"),
            ("Talking about what happened: after each incident, his key adult helps Jayden explain what happened and how he felt, using drawings and a feelings word mat.",
             "After each incident, 10 minutes, 1:1",
             "Key adult"),
            ("Consultation with the educational psychologist for his key adult, class teacher and foster carer.",
             "1 hour each half-term",
             "Educational psychologist, Southcombe Educational Psychology Service"),
         ]},
        {"outcome": [P("**E3** By July 2027, Jayden will read and spell words with Phase 5 sounds with 80% accuracy on the school's phonics check, assessed by the SENCo each term.")],
         "prov": [
            ("Phonics catch-up programme (Read Write Inc. one-to-one tutoring).",
             "Daily, 15 minutes, 1:1",
             "TA trained in Read Write Inc."),
         ]},
        {"outcome": [P("**E4** By July 2027, Jayden will read, write and order numbers to 100 and add two two-digit numbers without crossing tens, with 4 out of 5 correct, assessed by his class teacher each half-term.")],
         "prov": [
            ("Maths intervention using concrete resources (Numicon).",
             "3 times a week, 20 minutes, group of 3",
             "TA"),
         ]},
        {"outcome": [P("**E5** By April 2027, Jayden will play a structured game with 2 other children for 10 minutes without an adult needing to step in, on 3 occasions in a week, recorded by the lunchtime supervisor.")],
         "prov": [
            ("Structured lunchtime play club (board games and Lego).",
             "3 lunchtimes a week, 20 minutes, group of 4",
             "Lunchtime supervisor trained by the SENCo"),
            ("Staff training: attachment and trauma-aware practice for all staff who work with Jayden.",
             "One 2-hour session in September 2026",
             "Educational psychologist"),
         ]},
    ],
    "G": [P("None at this time. This section will be updated when health advice has been received.")],
    "H1": [P("Not applicable.")],
    "H2": [P("Not applicable.")],
    "I": [P("Chapel Hill Primary School, Aldmoor – mainstream primary school.")],
    "J": [P("Not applicable.")],
    "K": [
        ("Foster carer's views", "Jayden's foster carer", "20 May 2026", "Yes"),
        ("Jayden's views", "Recorded by Alex Rule, class teacher, Chapel Hill Primary School", "14 May 2026", "Yes"),
        ("Educational advice", "Rachel Nance, SENCo, Chapel Hill Primary School", "22 May 2026", "Yes"),
        ("Psychological advice", "Dr Owen Pascoe, Educational Psychologist, Southcombe Educational Psychology Service", "1 June 2026", "Yes"),
        ("Social care advice", "Kelly Symons, Social Worker, Children in Care Team", "12 May 2026", "Yes"),
        ("Medical advice", "Requested from the Looked After Children Health Team on 14 April 2026 – not received at the time this plan was issued", "—", "No"),
    ],
    "signoff": [P("Issued on behalf of Southcombe County Council by Tamsin Hocking, SEND Officer, 3 July 2026.")],
})


# ======================================================================
# aj111 – Callum, 23, moderate learning difficulty and epilepsy, further education – letter-column – FAIL
#   planted: epilepsy described in C with nothing in G and no outcome;
#            vague and unquantified provision in F;
#            advice in K without an author or without a date;
#            outcomes that ignore the aspirations in A.
# ======================================================================
PLANS.append({
    "id": "aj111",
    "layout": "letter-column",
    "front": [
        ("First name", "Callum"),
        ("School year", "Post-19 – third year at Southcombe College (Skills for Work and Life programme), age 23"),
        ("Month and year of birth", "June 2003"),
        ("Armed forces family", "No"),
        ("Date this plan was issued", "21 October 2026"),
        ("Last annual review meeting", "23 September 2026"),
        ("EHC co-ordinator", "Jenna Pollard, Post-16 SEND Officer"),
    ],
    "A": [
        [H("My views (Callum told his tutor, who wrote them down and read them back to him, at his review on 23 September 2026)"),
         P("I'm Callum. I live with my mum in Portcombe. My sister Katie has a little boy called Archie and I'm his uncle. I love being an uncle. I take him to the park and push him on the swings."),
         P("Every Saturday I help out at Trelawne Animal Rescue with my auntie. I clean out the rabbits and walk the dogs. The manager says I'm really good with the nervous dogs because I'm calm. That's what I want to do for a job – work with animals. I don't want to work in a kitchen."),
         P("I want to go to the gym with my mate Tyler, and I want to stay living near my mum."),
         P("I find reading hard and I get muddled with money. When I have a seizure I feel really tired afterwards and I don't like people staring at me."),
         P("College is OK. I like my tutor, Sue, and I like practical days. I don't like it when it's noisy in the canteen. I get the college minibus at the moment but I'd like to get the bus into town on my own.")],
        [H("Callum's history"),
         P("Callum was diagnosed with epilepsy when he was 11. He went to Portcombe Community College, with an Education, Health and Care plan from Year 8, and moved on to Southcombe College at 19 after a year at the college's specialist pre-entry programme. He has been on the Skills for Work and Life programme for two years. His seizures were well controlled in his teens but have become more frequent in the last year, and his medication was changed in June 2026.")],
        [H("What Callum's mum says"),
         P("Callum is gentle, patient and loyal. He is never happier than when he is with animals – you can see him grow about a foot taller when he talks about the rescue centre. We would love him to have a job he enjoys, with people who understand his epilepsy. I worry about his seizures when he is out without me, and I'd like college and his support workers to know exactly what to do.")],
        [H("Callum's strengths"),
         UL("Calm, patient and kind, especially with animals and young children.",
            "Reliable: he has volunteered every Saturday for two years.",
            "Good at practical tasks once he has been shown how.",
            "Friendly and polite; staff and students like him.")],
        [H("Aspirations"),
         UL("To work with animals, perhaps at the animal rescue centre.",
            "To be a good uncle to Archie.",
            "To go to the gym with his friend Tyler.",
            "To live near his mum.")],
    ],
    "B": [
        [H("Cognition and learning"),
         P("Callum has a moderate learning difficulty. He reads at about an 8-year-old level and is working at Entry Level 2 in maths. He learns practical tasks well when they are shown to him step by step and repeated, but finds written instructions, money and time difficult."),
         P("At college he has passed Functional Skills English at Entry Level 2 and the Entry Level 3 Award in Employability Skills. His tutor reports that he concentrates well in practical sessions, but after a seizure he can miss two days of learning and forgets what was covered the week before. He uses a picture recipe book and a checklist in the kitchen, and he remembers routines well once he has practised them several times.")],
        [H("Communication and interaction"),
         P("Callum understands everyday conversation but finds long or complicated instructions hard to follow. He is shy with new people and can take several weeks to speak up in a new group. He does best when one person explains a task, shows him, and then watches him do it.")],
        [H("Social, emotional and mental health"),
         P("Callum becomes anxious in new situations and is embarrassed about his seizures. He has good friends at college.")],
        [H("Independence"),
         P("Callum cannot yet travel on his own to new places, and he relies on his mum to manage his money and to organise his week.")],
    ],
    "C": [
        [P("Callum has epilepsy. He has generalised tonic-clonic seizures (where he loses consciousness and his body stiffens and jerks) about twice a month, usually in the morning. He takes anti-seizure medication every day. He has a rescue medication plan (buccal midazolam, a medicine given inside the cheek) to be used if a seizure lasts more than 5 minutes. After a seizure he is very tired and needs to sleep for 2 to 3 hours. He is under the adult epilepsy nurse specialist at Portcombe General Hospital."),
         P("Like other adults with a learning disability, Callum is entitled to an annual health check with his GP (general practitioner).")],
    ],
    "D": [
        [P("Jack Roskilly, Social Worker, Adult Social Care (Learning Disability Team), completed a Care Act 2014 assessment on 2 September 2026. Callum has eligible needs in making use of facilities in the community and in developing and maintaining family and other personal relationships. He needs support from a support worker to go out in the community and to plan his week, and his mum needs a break from caring."),
         P("Callum's mum is his main carer. She works part-time and has her own health problems, and she has found the increase in Callum's seizures this year very stressful. A carer's assessment was completed on the same day. Callum does not want to move out of his mum's home at present, but he would like to be less reliant on her.")],
    ],
    "E": [
        [P("**E1 (Employment)** By July 2027, Callum will pass Functional Skills English at Entry Level 3 (reading), assessed by the college's awarding body.")],
        [P("**E2 (Independent living)** By July 2027, Callum will pass Functional Skills maths at Entry Level 3, including working out change from £20 correctly in 4 out of 5 practical tasks, recorded by his maths tutor.")],
        [P("**E3 (Employment)** By April 2027, Callum will complete a 12-week work placement in the college's Seaview Café kitchen, 2 days a week, with at least 90% attendance and a 'competent' rating in food hygiene tasks from the café supervisor.")],
        [P("**E4 (Independent living)** By July 2027, Callum will plan, shop for and cook a two-course meal for 4 people on his own, on 2 occasions, assessed by his independent living tutor.")],
        [P("**E5 (Independent living)** By December 2026, Callum will use the timetable app on his phone to arrive on time for his college sessions on 9 out of 10 days, recorded on the college register.")],
    ],
    "F": [
        [P("**F1** Functional Skills English and maths classes, 2 hours a week each, in a group of 10, taught by qualified tutors.")],
        [P("**F2** Callum will have access to learning support in class as appropriate.")],
        [P("**F3** Up to 3 hours a week of 1:1 support with English and maths, where possible.")],
        [P("**F4** Work placement in the Seaview Café kitchen, supported by a job coach.")],
        [P("**F5** Regular opportunities to practise independent travel with a job coach.")],
        [P("**F6** Independent living skills sessions (cooking, shopping and budgeting), every Wednesday for 3 hours in a group of 8, led by the independent living tutor.")],
        [P("**F7** A timetable app on Callum's phone, set up by the college's assistive technology officer and checked with him each term.")],
        [P("**F8** Callum should have access to the college counsellor when needed.")],
    ],
    "G": [
        [P("Annual learning disability health check with Callum's GP at Harbourside Surgery (about 45 minutes, once a year), including a review of his weight, medication and general health.")],
        [P("**Health agreement:** The health provision in this section was agreed by Dr Helen Tregaskis, Designated Clinical Officer, NHS Southcombe Integrated Care Board, on 15 October 2026.")],
    ],
    "H1": [[P("Not applicable – Callum is over 18.")]],
    "H2": [[P("**Community support under the Care Act 2014:** 8 hours a week from a support worker employed by Coastline Care, in two 4-hour sessions (Tuesday evening and Sunday), to help Callum plan his week, go to the gym and go out in the community. Funded by Adult Social Care and reviewed every 12 months by the Learning Disability Team social worker (next review September 2027).")],
           [P("**Carer's break:** Callum's mum's carer's assessment (2 September 2026) agreed 2 days a month of day opportunities for Callum at Cliff Top Day Service, on the first and third Friday of each month (his day away from college).")]],
    "I": [[P("Southcombe College, Portcombe campus – general further education college. Skills for Work and Life programme, 4 days a week, 36 weeks, September 2026 to July 2027.")]],
    "J": [[P("No personal budget has been requested. Callum's care and support is arranged by Adult Social Care.")]],
    "K": [
        [P("Callum's views and his mum's views – Callum and his mum – 23 September 2026")],
        [P("Educational advice (tutor report) – 12 September 2026")],
        [P("Psychological advice – Dr Rachel Teague, Educational Psychologist, Southcombe Educational Psychology Service – 4 March 2026")],
        [P("Medical advice – Harbourside Surgery – received")],
        [P("Social care advice (Care Act assessment) – Jack Roskilly, Social Worker, Adult Social Care (Learning Disability Team) – 2 September 2026")],
        [P("Preparing for adulthood advice – Dan Pengelly, Careers Adviser (Level 6), Southcombe College Careers Service – 9 September 2026")],
    ],
    "signoff": [P("Issued on behalf of Southcombe County Council by Jenna Pollard, Post-16 SEND Officer, 21 October 2026.")],
})


# ======================================================================
# aj112 – Mia, Year 8, vision impairment, Royal Marines family – national-template – FAIL
#   planted: vision advice from a specialist teaching assistant, not a qualified teacher of
#            children with vision impairment; outcomes written as provision and outcomes with no date;
#            no views from Mia herself (only her parents speak);
#            educational provision (homework club) placed in H2.
# ======================================================================
PLANS.append({
    "id": "aj112",
    "layout": "national-template",
    "front": [
        ("School year", "Year 8 (age 12)"),
        ("Armed forces family", "Yes – Royal Marines (Mia's dad is based at Stennack Commando Camp and deploys for several months at a time)"),
        ("Date this plan was issued", "25 March 2026 (amended following annual review)"),
        ("Last annual review meeting", "26 February 2026"),
        ("Education, Health and Care (EHC) co-ordinator", "Tamsin Hocking, SEND Officer"),
    ],
    "personal": {
        "name": "Mia", "preferred": "Mia",
        "dob": "July 2013 (month and year only in this copy)",
        "sex": "Female", "ethnicity": "White British",
        "lang_child": "English", "lang_parent": "English",
        "p1": "Mia's mother (name withheld in this copy)", "p1_rel": "Mother",
        "p2": "Mia's father (name withheld in this copy)", "p2_rel": "Father",
        "p2_contact": "Withheld in this copy", "p2_address": "Same address",
    },
    "services": [
        "Portcombe Community College (mainstream secondary)",
        "Harbourside Surgery, Portcombe; Eye Clinic, Portcombe General Hospital",
        "Withheld in this copy",
        "Yes – Children with Disabilities Team (short breaks)",
        "Sensory Support Service (vision); Southcombe Educational Psychology Service; School Nursing Service",
        "No",
        "No",
        "No",
        "Yes – the family moved from another local authority in August 2024 and Mia's plan was transferred",
    ],
    "A1": [
        P("Mia was born with optic nerve hypoplasia (the nerves that carry messages from her eyes to her brain did not fully develop) and nystagmus (her eyes make constant small movements she cannot control). She is registered as sight impaired. She reads large print at close distance and uses a long cane outside school and in unfamiliar places."),
        P("Mia's family moved to Portcombe in August 2024, when her dad was posted to Stennack Commando Camp, and her plan was transferred to Southcombe. She joined Portcombe Community College in Year 7."),
        P("**How Mia communicates:** Mia talks fluently and confidently. Because she cannot see faces clearly, she relies on people saying her name and telling her who they are."),
    ],
    "views": [
        H("Mia's views"),
        P("Mia did not attend her review meeting. Her mum said that Mia is happy at school, likes her friends and enjoys music, but gets tired and fed up at the end of the day."),
        H("What Mia's parents say (at the annual review, 26 February 2026)"),
        P("Mia is determined and sociable, and she doesn't let her eyesight stop her. The move here was a big change, but she has made friends in choir. What worries us is how tired she is, how long homework takes her, and how much she still relies on other people to get around a big school. With her dad away so much, I can't always take her to clubs at weekends, so she misses out."),
    ],
    "interests": [P("Singing (she is in the school choir), music, audiobooks, goalball (a team sport for people with a vision impairment) and baking with her mum.")],
    "strengths": [UL("Determined and sociable.", "A strong singer with an excellent ear for music.", "Working at the expected level in English and maths.", "Uses her long cane confidently on familiar routes.")],
    "aspirations": [P("Mia's parents hope that she will become independent in getting around school and the town, use her technology confidently so that she can do well in her GCSEs (General Certificate of Secondary Education), and keep up her music, which they hope she might make a career of.")],
    "areas": {
        "ci": {
            "strengths": [P("Mia is articulate and sociable.")],
            "rows": [([P("No needs identified in this area.")], [P("None required.")], [P("Not applicable.")])],
        },
        "cl": {
            "strengths": [P("Mia is working at the expected level in English and maths.")],
            "rows": [
                ([P("Mia reads slowly because of her vision and tires in tests and exams.")],
                 [P("Access arrangements: 25% extra time and modified enlarged papers (N24 print, a large print size) in all tests and exams, arranged by the SENCo (special educational needs co-ordinator) and the exams officer.")],
                 [P("By July 2027, Mia will complete every end-of-year assessment in Year 9 using her access arrangements and reach her target grade in English and science, as recorded by her subject teachers.")]),
            ],
        },
        "semh": {
            "strengths": [P("Mia has made good friends in the choir.")],
            "rows": [
                ([P("Mia sometimes feels left out because she cannot see facial expressions or read what others are doing across a room, and she gets tired and low by the end of the day.")],
                 [P("Mentoring with the Year 8 pastoral lead, 1:1, 20 minutes every Wednesday.")],
                 [P("By July 2026, Mia will feel happier and more included at school.")]),
            ],
        },
        "sp": {
            "strengths": [P("Mia is confident with her long cane on routes she knows.")],
            "rows": [
                ([P("Mia reads print at N24 (large print) at about 10 centimetres from her eyes and tires after about 15 minutes of reading.")],
                 [P("All printed materials enlarged to N24 on A4, in a bold clear font, prepared by the school's resources technician at least one school day before each lesson.")],
                 [P("Mia is given all of her work in N24 large print.")]),
                ([P("Mia needs to learn to use assistive technology to read and record work independently.")],
                 [P("A video magnifier and a laptop with screen magnification software (ZoomText), provided by the Sensory Support Service and maintained by the school's IT (information technology) technician."),
                  P("1:1 technology skills sessions, 30 minutes weekly, with a specialist teaching assistant from the Sensory Support Service, for the spring and summer terms 2026.")],
                 [P("Mia will use her video magnifier and ZoomText independently in lessons.")]),
                ([P("Mia finds crowded corridors and stairs difficult, especially when lessons change, and she is still learning routes around the school.")],
                 [P("Habilitation training: 1:1 mobility and independence training, 45 minutes every fortnight in school and on her route home, for the summer and autumn terms 2026, from a qualified habilitation specialist, Sensory Support Service."),
                  P("Mia leaves lessons 3 minutes early with a friend of her choice.")],
                 [P("By December 2026, Mia will walk on her own between all her lessons using her long cane, on 5 school days in a row, recorded by the habilitation specialist.")]),
                ([P("Mia cannot take part safely in ball games in physical education (PE) without adaptation.")],
                 [P("Adapted PE: an audible ball and a named PE teacher who briefs Mia at the start of each lesson; goalball offered as an alternative in team-games units, in every PE lesson.")],
                 [P("Staff will make sure Mia takes part in PE.")]),
            ],
        },
    },
    "health": {
        "strengths": [P("Mia has no difficulty with her general physical health, but she has the needs below.")],
        "rows": [
            ([P("Optic nerve hypoplasia and nystagmus; registered sight impaired. Under the paediatric ophthalmology team at Portcombe General Hospital.")],
             [P("Paediatric ophthalmologist review every 6 months, with an orthoptist vision check at the same appointment (about 1 hour); low vision clinic once a year to assess Mia and supply magnifiers, all at the Eye Clinic, Portcombe General Hospital.")],
             [P("By December 2026, Mia will use the hand magnifier prescribed by the low vision clinic to read menus, price labels and signs when she is out with her family, on at least 3 outings a month, as reported by her parents at her review.")]),
            ([P("Headaches from eye strain, usually at the end of the school day.")],
             [P("School nurse: one 30-minute meeting with Mia and her form tutor in the summer term 2026 to agree an eye-strain and rest plan, reviewed each September.")],
             [P("By December 2026, Mia will take the two 5-minute rest breaks in her rest plan every school day and record fewer than one headache a week on her rest-plan chart, checked each week by her form tutor.")]),
        ],
    },
    "health_agreement": "**Health agreement:** The health provision in Section G was reviewed and agreed by Dr Helen Tregaskis, Designated Clinical Officer, NHS Southcombe Integrated Care Board, on 19 March 2026.",
    "social": {
        "strengths": [P("Mia's family are close, and her mum is very involved in her life.")],
        "rows": [
            ([P("Sara Tonkin, Social Worker, Children with Disabilities Team, assessed Mia's needs on 20 January 2026. Because of her vision impairment, Mia cannot yet go to clubs and activities on her own, and with her dad often away on deployment her mum cannot always take her. Mia is at risk of becoming isolated at weekends.")],
             [P("Short breaks: a support worker from Coastline Care will take Mia to an activity of her choice (choir or goalball club) for 3 hours every Saturday. Arranged and reviewed every 6 months by the Children with Disabilities Team social worker.")],
             [P("Homework club: Mia will attend the school's homework club 3 afternoons a week for 45 minutes, in a group of no more than 8, with a teaching assistant who will read homework tasks aloud and enlarge worksheets.")],
             [P("By July 2026, Mia will go to choir or goalball on at least 3 Saturdays a month with her support worker, recorded by the support worker.")]),
        ],
    },
    "I": ["Portcombe Community College", "Mainstream secondary school"],
    "J": ["No personal budget has been requested.", "Not applicable"],
    "K": {
        1: ("Parents' views", "26 February 2026", "Mia's mum and dad", "YES"),
        2: ("Educational advice", "2 February 2026", "Helen Varcoe, SENCo, Portcombe Community College", "YES"),
        3: ("Educational advice (vision)", "9 January 2026", "Karen Hoskin, Specialist Teaching Assistant (Vision), Sensory Support Service", "YES"),
        4: (None, "12 January 2026", "Mr James Penrose, Consultant Paediatric Ophthalmologist, Eye Clinic, Portcombe General Hospital (including orthoptic and low vision clinic reports)", "YES"),
        5: (None, "30 January 2026", "Dr Martin Rowe, Educational Psychologist, Southcombe Educational Psychology Service", "YES"),
        6: (None, "20 January 2026", "Sara Tonkin, Social Worker, Children with Disabilities Team", "YES"),
        7: (None, "3 February 2026", "Amy Trebilcock, School Nurse, Southcombe School Nursing Service", "YES"),
    },
    "signoff": ("Tamsin Hocking, SEND Officer", "Signed electronically", "25/03/2026"),
})


# ======================================================================
# build
# ======================================================================
def build_plans():
    os.makedirs(PLANS_DIR, exist_ok=True)
    for plan in PLANS:
        doc = RENDER[plan["layout"]](plan)
        doc.core_properties.author = "Southcombe County Council SEND 0-25 Service"
        doc.core_properties.title = "EHC plan " + plan["id"]
        doc.save(os.path.join(PLANS_DIR, plan["id"] + ".docx"))



# ======================================================================
# answer key
# ======================================================================
CRITERIA = [
    "CA-DATED", "CA-ADVICE-AGE", "CA-STATUTORY-ADVICE", "CA-ANNUAL-REVIEW",
    "PC-OUTCOME-NOT-PROVISION", "PC-SMART", "PC-VOICE", "PC-ASPIRATIONS", "PC-ASPIRATION-LINK",
    "PC-PFA", "PC-STRENGTHS",
    "PR-VAGUE-WORDING", "PR-QUANTIFIED", "PR-OUTCOME-LINK",
    "HC-NEEDS", "HC-PROVISION-SPECIFIC", "HC-NEEDS-MET", "HC-ADVICE", "HC-DCO-SIGNOFF",
    "HC-THERAPY-PLACEMENT", "HC-ADVICE-PROVIDERS", "HC-OUTCOMES",
    "SC-NEEDS", "SC-STATUTORY-LINK", "SC-PROVISION-SPECIFIC", "SC-ADVICE", "SC-RIGHT-SECTION",
    "LG-SPELLING", "LG-GRAMMAR", "LG-READABILITY", "LG-JARGON",
]
HC_NA_NO_NEEDS = ["HC-PROVISION-SPECIFIC", "HC-NEEDS-MET", "HC-DCO-SIGNOFF", "HC-THERAPY-PLACEMENT",
                  "HC-ADVICE-PROVIDERS", "HC-OUTCOMES"]


def key(id_, layout, age, year_group, needs, voice, na=(), fail=(), why=None):
    labels = {}
    for c in CRITERIA:
        labels[c] = "pass"
    for c in na:
        labels[c] = "na"
    for c in fail:
        labels[c] = "fail"
    LABELS.append({
        "file": id_ + ".docx", "layout": layout, "age": age, "year_group": year_group,
        "needs": list(needs), "voice": voice, "labels": labels, "why": why or {},
    })


key("aj101", "ef-table", 3, "Pre-school (Early Years Foundation Stage)",
    ["tracheostomy (subglottic stenosis)", "speech and language delay", "fine motor delay"],
    "observation and play by his key person (third person, says so)",
    na=["PC-PFA", "SC-STATUTORY-LINK"],
    why={
        "PC-VOICE": 'PASS (trap): "How we found out what Ellis thinks (play and observation)" - a three-year-old\'s views gathered by observation and play by his key person, under a heading that says so, plus the parents\' quoted views.',
        "PR-VAGUE-WORDING": 'PASS (trap): "He can wear the valve for up to 20 minutes at a time" is in Section B, not provision; F itself is free of hedged wording.',
        "PR-QUANTIFIED": 'PASS (trap): the SLT "will see Ellis on his own at pre-school" on "Wednesday mornings, 30 minutes each visit, 6 visits in the spring term 2027, then review"; the call bell is equipment ("Provided by the Early Years SEND Inclusion Team; checked by the setting manager") so no group size is needed; "May 2027: transition meeting" starts with a month.',
        "HC-NEEDS-MET": 'PASS (trap): "Ellis has no difficulty with eating and drinking" sits next to the tracheostomy needs, each of which (airway care, emergency care, HME, IHCP) is met in G.',
        "HC-DCO-SIGNOFF": 'PASS: "reviewed and agreed by Dr Helen Tregaskis, Designated Clinical Officer (DCO), NHS Southcombe ICB, on 9 October 2026".',
        "HC-THERAPY-PLACEMENT": 'PASS: speech and language therapy and OT are in the E/F table (Section F), not G.',
        "CA-ANNUAL-REVIEW": 'PASS: first plan "16 October 2026"; "Not applicable – this is Ellis\'s first Education, Health and Care (EHC) plan".',
        "SC-RIGHT-SECTION": 'PASS: short breaks in H1 ("4 hours every Saturday in Ellis\'s home") and Family Hub early help in H2.',
        "PC-OUTCOME-NOT-PROVISION": 'PASS: outcomes are what Ellis will do ("will join a game with at least one other child").',
    })

key("aj102", "letter-column", 9, "Year 4",
    ["dyslexia (specific learning difficulty)", "dyspraxia (developmental coordination disorder)", "hypermobility", "armed forces family"],
    "first person (Ivy's own words, scribed by her mum and teacher)",
    na=["PC-PFA", "SC-STATUTORY-LINK", "SC-RIGHT-SECTION"],
    why={
        "PR-VAGUE-WORDING": 'PASS (trap): "I like having access to the tablet for my spelling games" is Ivy\'s voice in A and "She needs regular reassurance from an adult she trusts" is in B; F has none of the flagged words.',
        "PR-QUANTIFIED": 'PASS (trap): access arrangements "25% extra time and a reader for classroom tests, arranged by the SENCo" and the laptop "set up and maintained by the school\'s computer technician" need no group size; the OT "will see Ivy on her own in school on three Tuesday afternoons in the summer term 2026, 45 minutes each"; "From September 2026, Ivy\'s new class teacher" starts with a month.',
        "HC-NEEDS-MET": 'PASS (trap): "Ivy has no difficulties with her hearing or eyesight" sits beside real needs (hand pain, low muscle tone) that G meets with physiotherapy and paediatric review.',
        "HC-THERAPY-PLACEMENT": 'PASS: occupational therapy that teaches Ivy is F7 in Section F; physiotherapy (health) is in G.',
        "HC-DCO-SIGNOFF": 'PASS: "reviewed and supported by Dr Helen Tregaskis, Designated Clinical Officer".',
        "SC-NEEDS": 'PASS (trap): "She found that Ivy has no social care needs relating to her special educational needs or disability" - basis given (social worker\'s advice, 8 December 2025).',
        "SC-PROVISION-SPECIFIC": 'PASS: H says none and shows short breaks and early help were considered: "The social worker talked with Ivy\'s parents in December 2025 about short breaks and early help."',
        "CA-ADVICE-AGE": 'PASS: the oldest item is the previous school\'s information, "14 July 2025", about seven months before the plan was issued (20/02/2026).',
    })

key("aj103", "national-template", 15, "Year 10",
    ["autism with a demand-avoidant profile", "anxiety", "sleep difficulty"],
    "first person (typed by Rowan at home)",
    na=["HC-THERAPY-PLACEMENT", "SC-STATUTORY-LINK", "SC-RIGHT-SECTION"],
    why={
        "PC-OUTCOME-NOT-PROVISION": 'PASS (trap): "Rowan will gain GCSE Art and Design at grade 5 or above in August 2028", "receive a positive report from her placement supervisor" and "Rowan will access the community independently" are achievements, not support given.',
        "PC-PFA": 'PASS: outcomes tagged "(Preparing for adulthood: employment.)", independent living, friends and community, and good health.',
        "CA-DATED": 'PASS (trap): the K rows nobody filled in (template wording "Advice and information from any person the child’s parent or young person reasonably requests" with "YES/ NO") are not advice items.',
        "CA-STATUTORY-ADVICE": 'PASS: parent/child, educational, medical, educational psychologist, social care and Year 9+ careers advice ("Kerry Moyle, Careers Adviser (Level 6), Careers Southcombe") are all in K.',
        "PR-VAGUE-WORDING": 'PASS (trap): "she may walk out or shut down" and "she may stop talking altogether" are need/history text, not provision.',
        "PR-QUANTIFIED": 'PASS (trap): access arrangements "applied for and arranged by the exams officer with the SENCo" and ear defenders "replaced by the SENCo when worn" need no group size; training has who/how often/how long.',
        "HC-NEEDS-MET": 'PASS (trap): "Rowan has no difficulty with her physical health, eating or mobility, but she has the two health needs below" - both (anxiety, sleep) are met in G.',
        "HC-DCO-SIGNOFF": 'PASS: "agreed by Dr Helen Tregaskis, Designated Clinical Officer, NHS Southcombe Integrated Care Board, on 14 July 2026".',
        "SC-NEEDS": 'PASS: "Rowan has no social care needs relating to her special educational needs or disability" after social care advice of 28 May 2026.',
        "SC-PROVISION-SPECIFIC": 'PASS: "The family were given information about short breaks in the Local Offer" and "Early help was considered".',
    })

key("aj104", "ef-table", 19, "Post-16 (further education college, second year)",
    ["moderate learning difficulty", "preparing for adulthood"],
    "first person (young person's own words, read back to him)",
    na=HC_NA_NO_NEEDS + ["SC-STATUTORY-LINK"],
    why={
        "HC-NEEDS": 'PASS (trap): "Jago has no health needs relating to his special educational needs. This is based on the medical advice from his GP" - stated plainly with its basis.',
        "HC-DCO-SIGNOFF": 'NA: no health provision; the plan records "confirmed on 28 August 2026 that no health provision is required".',
        "PC-OUTCOME-NOT-PROVISION": 'PASS (trap): "Jago will gain the Level 1 Certificate in Engineering Operations", "receiving a positive final report from his placement supervisor" and "Jago will access the community independently" are achievements.',
        "PR-QUANTIFIED": 'PASS (trap): "Access arrangements: 25% extra time and a reader for Functional Skills exams." arranged by the college exams officer, and the tablet "Set up by September 2026; checked each term" by the assistive technology officer need no group size.',
        "PC-PFA": 'PASS: outcomes tagged "(Employment)", "(Independent living)", "(Friends and community; good health)".',
        "SC-RIGHT-SECTION": 'PASS: Care Act personal assistant support is in H2; the F row only cross-refers ("see Section H2").',
        "PR-VAGUE-WORDING": 'PASS: no hedged wording in provision; "access the community independently" is in an outcome.',
    })

key("aj105", "letter-column", 10, "Year 6",
    ["attachment difficulties (adopted from care)", "maths gaps", "sleep difficulty", "armed forces family"],
    "child's quoted words gathered by drawing and card sort with her ELSA",
    na=["PC-PFA", "HC-THERAPY-PLACEMENT", "SC-STATUTORY-LINK"],
    why={
        "SC-STATUTORY-LINK": 'NA (trap): "She is no longer looked after and is not open to children\'s social care" - previously looked after, with no current looked-after, child in need or child protection status.',
        "PC-OUTCOME-NOT-PROVISION": 'PASS (trap): "Lily-Mae will achieve Arts Award Discover and receive her certificate" is an achievement.',
        "PR-VAGUE-WORDING": 'PASS (trap): "answer times-tables questions up to 10 × 10" is in an outcome, not provision.',
        "PR-QUANTIFIED": 'PASS (trap): "From January 2027, the SENCo (special educational needs co-ordinator) and the designated teacher will lead" starts with a month; staff training and consultation give who, how often, how long.',
        "HC-NEEDS-MET": 'PASS (trap): "Lily-Mae has no difficulty with her physical health, growth or development, but she has long-standing sleep difficulties" - sleep is met in G (paediatric review, school nursing sessions).',
        "HC-DCO-SIGNOFF": 'PASS: "Confirmed by Dr Helen Tregaskis, Designated Clinical Officer, NHS Southcombe Integrated Care Board, on 28 October 2026".',
        "SC-RIGHT-SECTION": 'PASS: adoption support therapy (DDP) and life story work are social care provision in H2.',
        "PC-VOICE": 'PASS: "Lily-Mae\'s own words are in quotation marks", gathered through a drawing and picture-card sort with her ELSA.',
    })

key("aj106", "national-template", 6, "Year 1",
    ["autism", "global developmental delay", "communication", "continence", "restricted eating / low weight"],
    "observation and photo choices by his teaching assistant",
    na=["PC-PFA", "SC-STATUTORY-LINK", "SC-RIGHT-SECTION"],
    fail=["HC-NEEDS-MET", "HC-OUTCOMES", "HC-DCO-SIGNOFF", "HC-THERAPY-PLACEMENT", "PR-VAGUE-WORDING"],
    why={
        "HC-NEEDS-MET": '"Harry is not yet toilet trained" and "Harry eats a very restricted diet (about 6 foods, all dry and crunchy)" (weight on the 2nd centile) are in C with empty G cells - no continence or feeding/dietetic provision.',
        "HC-OUTCOMES": '"his weight is on the 2nd centile and has advised referral to the dietitian" and the continence need lead to no outcome in E (empty E cells).',
        "HC-DCO-SIGNOFF": 'No health agreement is recorded anywhere; the only sign-off is the local authority officer\'s "Signed electronically".',
        "HC-THERAPY-PLACEMENT": '"A speech and language therapist (SLT) from Southcombe Children\'s Therapy Service will see Harry 1:1 in school for 30 minutes every fortnight in term time, to teach him to use the Picture Exchange Communication System (PECS)" is in G, but it educates Harry and belongs in F.',
        "PR-VAGUE-WORDING": '"Harry should have access to a now-and-next board", "led by a TA who has completed Attention Autism training, where possible" and "each morning and again after lunch, as appropriate" hedge the provision.',
        "PR-QUANTIFIED": 'PASS (arguable): the hedged items still state what, how often, how long, group size and who ("daily for 15 minutes in a group of 4"); the defect is the hedging, graded under PR-VAGUE-WORDING.',
        "HC-PROVISION-SPECIFIC": 'PASS: what G does contain is specific ("every 6 months in a 30-minute clinic appointment"; SLT "30 minutes every fortnight").',
        "CA-DATED": 'PASS (trap): the template\'s unfilled rows ("Provision to assist the Y9 and older children and young people in prepare for independent in adulthood." and the parent-request row) are not advice items; template wording is not graded.',
        "PC-VOICE": 'PASS: "gathered by Miss Kendall, his teaching assistant, who has worked with him every day since September 2025, by watching what he chooses".',
        "SC-PROVISION-SPECIFIC": 'PASS: "The family were given information about short breaks in the Local Offer, including the Saturday Stars play scheme".',
    })

key("aj107", "ef-table", 17, "Year 12",
    ["acquired brain injury after a road traffic accident", "memory and processing", "fatigue and headaches", "low mood"],
    "third person clinical summary plus the young person's quoted words",
    na=["HC-THERAPY-PLACEMENT", "SC-STATUTORY-LINK", "SC-RIGHT-SECTION"],
    fail=["PC-OUTCOME-NOT-PROVISION", "PC-SMART", "LG-READABILITY", "LG-JARGON",
          "HC-PROVISION-SPECIFIC", "HC-NEEDS-MET", "HC-ADVICE-PROVIDERS"],
    why={
        "PC-OUTCOME-NOT-PROVISION": '"Kieran will receive 1:1 support from an LSA in all BTEC lessons" and "Kieran is given a memory book and staff will prompt its use" are provision written as outcomes.',
        "PC-SMART": 'E1 and E2 are provision, not measurable outcomes, and "By July 2027, Kieran will be more confident and less frustrated in college." has a date but no measure.',
        "LG-READABILITY": 'Section A and E are written as a clinical report: "sustained a severe TBI in an RTC in May 2025 (GCS 6 on admission), with bifrontal contusions" and "will use compensatory strategies to mitigate his anterograde memory deficit".',
        "LG-JARGON": 'Acronyms never spelled out: "TBI", "RTC", "GCS", "SDH", "PTA", "NRU", "PSI 2nd centile on WAIS-IV", "CRT strategies", "ABI", "LSA", "CBIT", "PHQ-9", "IHCP", "DCO".',
        "HC-PROVISION-SPECIFIC": '"The CBIT will continue to support Kieran with fatigue management as needed." and "Neuropsychology input will be offered if required" say nothing of what, how often or how long; "GP to monitor headaches."',
        "HC-NEEDS-MET": 'The fatigue, headache and low-mood needs in C are met only by "as needed" / "if required" lines, which commit to no provision.',
        "HC-ADVICE-PROVIDERS": 'The community brain injury team, neuropsychology and the GP provide in G but none gave advice in K (medical advice is only "Dr Alan Carthew, Consultant Paediatric Neurologist").',
        "HC-OUTCOMES": 'PASS (arguable): fatigue leads to E4 ("attending at least 90% of his timetabled sessions") and mood to E5; the seizure risk is monitoring only ("none since; he is not on medication").',
        "HC-DCO-SIGNOFF": 'PASS: "Agreed by Dr Helen Tregaskis, DCO, NHS Southcombe ICB, 6 August 2026." (the acronyms are a jargon failure, not a sign-off failure).',
        "PC-PFA": 'PASS: E6 leisure centre coaching placement (employment), E7 travelling by bus on his own (independent living), E4 fatigue (health).',
        "PC-VOICE": 'PASS: Kieran\'s own words: "I just want to be normal again."',
    })

key("aj108", "letter-column", 11, "Year 7",
    ["autism with a demand-avoidant profile", "anxiety", "sensory sensitivity", "sleep difficulty", "child in need plan", "armed forces family"],
    "first person (Sam's words to his key adult)",
    na=["PC-PFA", "SC-RIGHT-SECTION"],
    fail=["SC-NEEDS", "SC-STATUTORY-LINK", "SC-PROVISION-SPECIFIC", "SC-ADVICE", "CA-STATUTORY-ADVICE",
          "LG-SPELLING", "LG-GRAMMAR", "PC-SMART"],
    why={
        "SC-NEEDS": '"Sam does not have any social care needs." with no assessment or advice as its basis, although the front matter records "Child in need plan, Southcombe Children\'s Services (since March 2026)".',
        "SC-STATUTORY-LINK": 'The child in need plan ("we have had a social worker and a child in need plan") does not inform D or H: no social worker contribution, no CIN plan, no joint working; H1 and H2 are "None."',
        "SC-PROVISION-SPECIFIC": 'H1 "None." and H2 "None." with no sign that short breaks, the local offer or early help were considered.',
        "SC-ADVICE": 'No social care advice in K, although Sam has an allocated social worker.',
        "CA-STATUTORY-ADVICE": 'Social care advice required by regulation 6 is missing from K.',
        "LG-SPELLING": 'Real misspellings: "somewhere seperate to go", "a quieter enviroment", "will recieve a photo book", "Sam will definately have access".',
        "LG-GRAMMAR": '"the police was called", "he find it very hard", "a unexpected change", "have effected him", "the the number of incidents".',
        "PC-SMART": '"By December 2026, Sam will feel calmer and more settled at his new school." and "By July 2027, Sam will be happier at lunchtimes and breaktimes." are dated but not measurable.',
        "HC-THERAPY-PLACEMENT": 'PASS: occupational therapy is F7 in Section F.',
        "PR-VAGUE-WORDING": 'PASS: "Sam will definately have access to the learning support base" is in Section I, not F.',
    })

key("aj109", "national-template", 14, "Year 9",
    ["dyslexia", "dyspraxia (developmental coordination disorder)", "armed forces family"],
    "first person (Amelia's words to her SENCo)",
    na=["SC-STATUTORY-LINK", "SC-RIGHT-SECTION"],
    fail=["CA-ANNUAL-REVIEW", "CA-ADVICE-AGE", "HC-ADVICE", "PC-PFA", "CA-STATUTORY-ADVICE",
          "PR-QUANTIFIED", "PR-OUTCOME-LINK"],
    why={
        "CA-ANNUAL-REVIEW": 'Last review "14/11/2025" and plan issued "28/11/2025 (amended following annual review)" - over 12 months before the audit date (10 December 2026).',
        "CA-ADVICE-AGE": 'The 2022 assessment advice was reused: psychological advice "14 March 2022", medical advice "8 February 2022", occupational therapy "21 June 2022" - over three years old when the plan was amended.',
        "HC-ADVICE": 'The only medical advice is "8 February 2022" (Dr Sian Lloyd) - attributed and dated but not current.',
        "PC-PFA": 'A Year 9 plan whose outcomes are all classroom targets ("read a Year 9 science text aloud", "spell 80% of the key words", "bring the right equipment to every lesson") with no preparing-for-adulthood outcome.',
        "CA-STATUTORY-ADVICE": 'No preparing-for-adulthood advice for a Year 9 pupil: the K row "Provision to assist the Y9 and older children and young people in prepare for independent in adulthood." is left empty.',
        "PR-QUANTIFIED": '"Amelia will attend a small group literacy intervention (Toe by Toe) delivered by a teaching assistant (TA)." gives no frequency, duration or group size; "An occupational therapy (OT) programme to be followed in school." gives no amount or who.',
        "PR-OUTCOME-LINK": 'The need "Amelia\'s handwriting is slow (about 11 words a minute when copying)" has an empty F cell, and the outcome "type her notes at 25 words a minute using touch-typing" is served by no provision.',
        "PR-VAGUE-WORDING": 'PASS: the thin provision contains none of the hedging words; its failure is quantification.',
        "SC-ADVICE": 'PASS: "Zoe Hicks, Social Worker, Children\'s Services Front Door" advice of 6 October 2025 was current at the 2025 review.',
        "HC-THERAPY-PLACEMENT": 'PASS: the OT programme is in F (sensory and physical row), not G.',
    })

key("aj110", "ef-table", 7, "Year 3",
    ["attachment difficulties", "social, emotional and mental health", "literacy and numeracy delay", "looked after child"],
    "third person, with the child's quoted words and the foster carer's view",
    na=["PC-PFA", "SC-RIGHT-SECTION"] + HC_NA_NO_NEEDS,
    fail=["PC-STRENGTHS", "PC-ASPIRATIONS", "PC-ASPIRATION-LINK", "SC-NEEDS", "SC-STATUTORY-LINK",
          "SC-PROVISION-SPECIFIC", "HC-NEEDS", "HC-ADVICE", "CA-STATUTORY-ADVICE"],
    why={
        "PC-STRENGTHS": 'A and B describe only deficits ("Jayden has significant difficulties with his behaviour in school", "He does not accept adult help and will tear up his work"); no strengths or interests anywhere.',
        "PC-ASPIRATIONS": 'No aspirations for Jayden\'s future from Jayden, his foster carer or his social worker are recorded anywhere in Section A.',
        "PC-ASPIRATION-LINK": 'With no aspirations stated, the outcomes cannot build on them.',
        "SC-NEEDS": '"Jayden is a looked after child. He is subject to a care order to Southcombe County Council." - a legal status, not a description of need.',
        "SC-STATUTORY-LINK": 'Looked-after status is recorded but D and H show nothing of the care plan, PEP or social worker\'s contribution (advice from "Kelly Symons, Social Worker, Children in Care Team" is in K but unused); H1 and H2 are "Not applicable."',
        "SC-PROVISION-SPECIFIC": 'H1 and H2 are "Not applicable." with nothing considered.',
        "HC-NEEDS": '"Jayden\'s health needs are not known at this time. We are waiting for his health assessment."',
        "HC-ADVICE": 'Medical advice "Requested from the Looked After Children Health Team on 14 April 2026 – not received at the time this plan was issued".',
        "CA-STATUTORY-ADVICE": 'Medical (health) advice is missing from K.',
        "CA-DATED": 'PASS: every advice item has who and when; the row "Requested from the Looked After Children Health Team on 14 April 2026" is missing advice, not an undated item.',
        "HC-NEEDS-MET": 'NA: C records no health needs to meet and G has no provision ("None at this time."); the failure is HC-NEEDS / HC-ADVICE.',
        "SC-ADVICE": 'PASS: social care advice is listed, attributed and dated ("12 May 2026").',
        "LG-GRAMMAR": 'PASS (trap): "add two two-digit numbers" is correct, not a doubled word.',
        "PC-VOICE": 'PASS: "Jayden told his class teacher in May 2026" with his words quoted, and the foster carer\'s view.',
    })

key("aj111", "letter-column", 23, "Post-19 (further education college, third year)",
    ["moderate learning difficulty", "epilepsy", "preparing for adulthood"],
    "first person (young person's own words, read back to him)",
    na=["HC-THERAPY-PLACEMENT", "SC-STATUTORY-LINK"],
    fail=["HC-NEEDS-MET", "HC-OUTCOMES", "PR-VAGUE-WORDING", "PR-QUANTIFIED", "CA-DATED", "HC-ADVICE",
          "PC-ASPIRATION-LINK"],
    why={
        "HC-NEEDS-MET": '"Callum has epilepsy. He has generalised tonic-clonic seizures" with "a rescue medication plan (buccal midazolam" but G holds only the "Annual learning disability health check" - no epilepsy care plan, staff training in rescue medication or specialist nurse review.',
        "HC-OUTCOMES": 'The epilepsy (seizures twice a month, missing days of learning) leads to no outcome in E.',
        "PR-VAGUE-WORDING": '"Callum will have access to learning support in class as appropriate.", "Up to 3 hours a week of 1:1 support with English and maths, where possible.", "Regular opportunities to practise independent travel with a job coach.", "Callum should have access to the college counsellor when needed."',
        "PR-QUANTIFIED": 'F2, F3, F5 and F8 give no firm amount, and "Work placement in the Seaview Café kitchen, supported by a job coach." says nothing of how often or how long the job coach supports him.',
        "CA-DATED": '"Educational advice (tutor report) – 12 September 2026" names no author or role; "Medical advice – Harbourside Surgery – received" has no date.',
        "HC-ADVICE": 'The medical advice ("Medical advice – Harbourside Surgery – received") is undated, so its currency cannot be shown.',
        "PC-ASPIRATION-LINK": 'A says "That\'s what I want to do for a job – work with animals. I don\'t want to work in a kitchen." but E sets "a 12-week work placement in the college\'s Seaview Café kitchen"; nothing in E builds on animals, being an uncle or the gym.',
        "CA-ADVICE-AGE": 'PASS (arguable): every dated item is within 12 months of issue (oldest "4 March 2026"); the undated medical advice is graded under CA-DATED and HC-ADVICE.',
        "CA-STATUTORY-ADVICE": 'PASS: all required kinds of advice are present in K (including preparing for adulthood); their dating/attribution is graded under CA-DATED.',
        "HC-DCO-SIGNOFF": 'PASS: "agreed by Dr Helen Tregaskis, Designated Clinical Officer" on 15 October 2026 (agreement of an incomplete G is still recorded).',
        "PR-OUTCOME-LINK": 'PASS (arguable): each outcome has some provision (F1, F4, F6, F7) and each need in B is touched, if vaguely; the defect is vagueness, not absence.',
        "SC-RIGHT-SECTION": 'PASS: Care Act support and the carer\'s break are in H2.',
    })

key("aj112", "national-template", 12, "Year 8",
    ["vision impairment (optic nerve hypoplasia, nystagmus)", "eye-strain headaches", "armed forces family"],
    "none from the child - parents only",
    na=["PC-PFA", "HC-THERAPY-PLACEMENT", "SC-STATUTORY-LINK"],
    fail=["CA-STATUTORY-ADVICE", "PC-OUTCOME-NOT-PROVISION", "PC-SMART", "PC-VOICE", "SC-RIGHT-SECTION"],
    why={
        "CA-STATUTORY-ADVICE": 'For a vision impairment the educational advice must involve a qualified teacher of the visually impaired, but K has "Karen Hoskin, Specialist Teaching Assistant (Vision), Sensory Support Service".',
        "PC-OUTCOME-NOT-PROVISION": '"Mia is given all of her work in N24 large print." and "Staff will make sure Mia takes part in PE." are provision, not outcomes.',
        "PC-SMART": '"Mia will use her video magnifier and ZoomText independently in lessons." has no date or measure; "By July 2026, Mia will feel happier and more included at school." has no measure.',
        "PC-VOICE": '"Mia did not attend her review meeting. Her mum said that Mia is happy at school" - a verbal 12-year-old\'s views are only reported by her parents.',
        "SC-RIGHT-SECTION": 'Educational provision in H2: "Homework club: Mia will attend the school\'s homework club 3 afternoons a week for 45 minutes, in a group of no more than 8, with a teaching assistant who will read homework tasks aloud".',
        "SC-PROVISION-SPECIFIC": 'PASS: H1 short breaks are specific ("3 hours every Saturday").',
        "HC-NEEDS-MET": 'PASS (trap): "Mia has no difficulty with her general physical health, but she has the needs below." - both needs are met in G.',
        "HC-DCO-SIGNOFF": 'PASS: "reviewed and agreed by Dr Helen Tregaskis, Designated Clinical Officer".',
        "PC-ASPIRATION-LINK": 'PASS: outcomes build on the parents\' hopes (independent mobility, technology and exams, music via choir).',
        "PR-QUANTIFIED": 'PASS: the technology is "provided by the Sensory Support Service and maintained by the school\'s IT (information technology) technician"; habilitation has who, how often and how long.',
    })


def write_labels():
    data = {"audit_date": datetime.date(2026, 12, 10), "writer": "AJ1",
            "council": "Southcombe County Council (fictional)", "plans": LABELS}
    with open(os.path.join(OUT, "labels.yaml"), "w", encoding="utf-8") as fh:
        yaml.safe_dump(data, fh, sort_keys=False, allow_unicode=True, width=1000)


if __name__ == "__main__":
    build_plans()
    write_labels()
    print("built", len(PLANS), "plans and labels for", len(LABELS))
