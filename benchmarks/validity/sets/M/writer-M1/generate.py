#!/usr/bin/env python3
"""Generator for blind test set M1 (12 fictional, anonymised EHC plans).

West Midlands unitary authority voice ("Plan dated", "Last reviewed", "Current NC Year").
Layouts: bold-statutory (m101, m104, m107, m110), ef-table (m102, m105, m108, m111),
national-template (m103, m106, m109, m112).
Run:  /work/blind/.venv-M1/bin/python generate.py
"""
import copy
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

OUT = os.path.dirname(os.path.abspath(__file__))
PLANS = os.path.join(OUT, "plans")
TEMPLATE = "/work/shared/reference/national-ehcp-template.docx"
COUNCIL = "Harbourne Metropolitan Borough Council"  # fictional West Midlands unitary

os.makedirs(PLANS, exist_ok=True)


# ---------------------------------------------------------------- low-level helpers
def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def cell_text(cell, content, bold=False, size=None):
    """Replace a cell's content with one or more paragraphs. content: str (\n = new
    paragraph) or list of str."""
    if isinstance(content, str):
        lines = content.split("\n")
    else:
        lines = list(content)
    paras = cell.paragraphs
    for p in paras[1:]:
        p._p.getparent().remove(p._p)
    first = paras[0]
    for r in list(first.runs):
        r._r.getparent().remove(r._r)
    for i, line in enumerate(lines):
        p = first if i == 0 else cell.add_paragraph()
        add_runs(p, line, bold=bold, size=size)
    return cell


def add_runs(p, text, bold=False, size=None):
    """'**x**' segments are bold."""
    parts = text.split("**")
    for i, part in enumerate(parts):
        if not part:
            continue
        r = p.add_run(part)
        r.bold = bold or (i % 2 == 1)
        if size:
            r.font.size = Pt(size)
    return p


def para(doc, text="", bold=False, style=None, size=None, align=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    add_runs(p, text, bold=bold, size=size)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def table(doc, header, rows, widths=None, head_fill="D9E2F3", style="Table Grid"):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = style
    for i, h in enumerate(header):
        cell_text(t.rows[0].cells[i], h, bold=True)
        if head_fill:
            shade(t.rows[0].cells[i], head_fill)
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cell_text(cells[i], v)
    doc.add_paragraph()
    return t


def blocks(doc, items, bullet_style=None, sub_bold=True):
    """Render a list of blocks.
    ('p', text)  ('sub', text)  ('bul', [items], marker)  ('num', [items])
    ('table', header, rows)"""
    for b in items:
        kind = b[0]
        if kind == "p":
            para(doc, b[1])
        elif kind == "sub":
            para(doc, b[1], bold=sub_bold)
        elif kind == "bul":
            marker = b[2] if len(b) > 2 else "•"
            for it in b[1]:
                if bullet_style:
                    para(doc, it, style=bullet_style)
                else:
                    para(doc, f"{marker}\t{it}" if marker in ("•", "o") else f"{marker} {it}")
        elif kind == "num":
            for n, it in enumerate(b[1], 1):
                if bullet_style:
                    para(doc, it, style="List Number")
                else:
                    para(doc, f"{n}. {it}")
        elif kind == "table":
            table(doc, b[1], b[2])
        else:
            raise ValueError(kind)


STAT_TITLES = {
    "A": "Section A: The views, interests and aspirations of the child and his or her parents, or of the young person",
    "B": "Section B: The child or young person's special educational needs",
    "C": "Section C: The child or young person's health care needs which relate to their special educational needs",
    "D": "Section D: The child or young person's social care needs which relate to their special educational needs or to a disability",
    "E": "Section E: The outcomes sought for the child or young person, including outcomes for adult life where appropriate",
    "F": "Section F: The special educational provision required by the child or young person",
    "G": "Section G: Any health provision reasonably required by the learning difficulties or disabilities which result in the child or young person having special educational needs",
    "H1": "Section H1: Any social care provision which must be made for the child or young person under 18 resulting from section 2 of the Chronically Sick and Disabled Persons Act 1970",
    "H2": "Section H2: Any other social care provision reasonably required by the learning difficulties or disabilities which result in the child or young person having special educational needs",
    "I": "Section I: The name and type of the school, maintained nursery school, post-16 institution or other institution to be attended by the child or young person",
    "J": "Section J: Personal budget (including arrangements for direct payments)",
    "K": "Section K: The advice and information gathered during the EHC needs assessment",
}

SHORT_TITLES = {
    "A": "Section A – Views, interests and aspirations",
    "B": "Section B – Special educational needs",
    "C": "Section C – Health care needs",
    "D": "Section D – Social care needs",
    "EF": "Sections E and F – Outcomes and special educational provision",
    "G": "Section G – Health provision",
    "H1": "Section H1 – Social care provision (Chronically Sick and Disabled Persons Act 1970, section 2)",
    "H2": "Section H2 – Other social care provision",
    "I": "Section I – Placement",
    "J": "Section J – Personal budget",
    "K": "Section K – Advice and information",
}

B_HEAD = ["Area of need", "What this looks like for me", "What helps"]
E_HEAD = ["My outcome", "Steps towards it (this year)", "We will know this has happened when..."]
F_HEAD = ["What support", "How often and for how long", "Delivered by", "Group size"]
EF_HEAD = ["Outcome", "Provision", "Frequency", "Who"]


# ---------------------------------------------------------------- layout: bold-statutory
def build_bold(p):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    para(doc, COUNCIL.upper(), bold=True, size=10)
    para(doc, "Education, Health and Care Plan", bold=True, size=16)
    for label, value in p["front"]:
        para(doc, f"**{label}:** {value}")
    para(doc)
    for sec in ["A", "B", "C", "D", "E", "F", "G", "H1", "H2", "I", "J", "K"]:
        para(doc, STAT_TITLES[sec], bold=True)
        blocks(doc, p[sec])
    if p.get("signoff"):
        para(doc, p["signoff"])
    doc.save(os.path.join(PLANS, p["file"]))


# ---------------------------------------------------------------- layout: ef-table
def build_ef(p):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    doc.add_heading("Education, Health and Care Plan", level=1)
    para(doc, COUNCIL + " – Special Educational Needs and Disabilities (SEND) Service")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for label, value in p["front"]:
        c = t.add_row().cells
        cell_text(c[0], label, bold=True)
        shade(c[0], "EDEDED")
        cell_text(c[1], value)
    para(doc)
    for sec in ["A", "B", "C", "D"]:
        doc.add_heading(SHORT_TITLES[sec], level=2)
        blocks(doc, p[sec], bullet_style="List Bullet")
    doc.add_heading(SHORT_TITLES["EF"], level=2)
    blocks(doc, p.get("EF_intro", []), bullet_style="List Bullet")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(EF_HEAD):
        cell_text(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "C6E0B4")
    for area, groups in p["EF"]:
        r = t.add_row().cells
        m = r[0].merge(r[3])
        cell_text(m, area, bold=True)
        shade(m, "E2EFDA")
        for outcome, provs in groups:
            start = None
            for j, (prov, freq, who) in enumerate(provs):
                c = t.add_row().cells
                if j == 0:
                    start = c[0]
                    cell_text(c[0], outcome)
                else:
                    c[0].text = ""
                    last = c[0]
                cell_text(c[1], prov)
                cell_text(c[2], freq)
                cell_text(c[3], who)
            if len(provs) > 1:
                start.merge(last)
                cell_text(start, outcome)
    para(doc)
    for sec in ["G", "H1", "H2", "I", "J", "K"]:
        doc.add_heading(SHORT_TITLES[sec], level=2)
        blocks(doc, p[sec], bullet_style="List Bullet")
    if p.get("signoff"):
        para(doc, p["signoff"])
    doc.save(os.path.join(PLANS, p["file"]))


# ---------------------------------------------------------------- layout: national template
def _cells(row):
    out, prev = [], None
    for c in row.cells:
        if c._tc is prev:
            continue
        prev = c._tc
        out.append(c)
    return out


def _fill_rows(tbl, first, rows, ncols):
    """Fill rows starting at index `first` with `rows` (list of tuples); delete the rest
    of the placeholder rows."""
    trs = tbl.rows[first:]
    for i, tr in enumerate(trs):
        if i < len(rows):
            cs = _cells(tr)
            for j in range(ncols):
                cell_text(cs[j], rows[i][j])
        else:
            tbl._tbl.remove(tr._tr)


def build_national(p):
    doc = Document(TEMPLATE)
    body = doc.element.body
    # front matter lines under the title
    h1 = [q for q in doc.paragraphs if q.style.name == "Heading 1"][0]
    for r in list(h1.runs):
        r._r.getparent().remove(r._r)
    h1.add_run("Education, Health and Care Plan")
    anchor = h1._p
    lines = [COUNCIL] + [f"**{k}:** {v}" for k, v in p["front"]]
    for line in lines:
        newp = OxmlElement("w:p")
        anchor.addnext(newp)
        anchor = newp
        from docx.text.paragraph import Paragraph
        add_runs(Paragraph(newp, h1._parent), line)
    T = doc.tables
    # personal details
    pd = T[0]
    vals = p["personal"]
    cell_text(_cells(pd.rows[1])[1], vals["name"])
    cell_text(_cells(pd.rows[1])[3], vals.get("preferred", vals["name"]))
    cell_text(_cells(pd.rows[2])[1], vals["dob"])
    cell_text(_cells(pd.rows[3])[1], vals["sex"])
    cell_text(_cells(pd.rows[3])[3], vals["ethnicity"])
    cell_text(_cells(pd.rows[4])[1], vals["lang"])
    cell_text(_cells(pd.rows[4])[3], vals["parent_lang"])
    cell_text(_cells(pd.rows[6])[1], vals["parent1"])
    cell_text(_cells(pd.rows[6])[3], vals["rel1"])
    cell_text(_cells(pd.rows[7])[1], "Held on file")
    cell_text(_cells(pd.rows[7])[3], "Held on file")
    cell_text(_cells(pd.rows[8])[1], "Held on file")
    if vals.get("parent2"):
        cell_text(_cells(pd.rows[9])[1], vals["parent2"])
        cell_text(_cells(pd.rows[9])[3], vals["rel2"])
        cell_text(_cells(pd.rows[10])[1], "Held on file")
        cell_text(_cells(pd.rows[10])[3], "Held on file")
        cell_text(_cells(pd.rows[11])[1], "Same address")
    else:
        for tr in list(pd.rows[9:12]):
            pd._tbl.remove(tr._tr)
    # services
    sv = T[1]
    for i, key in enumerate(["setting", "gp", "nhs", "known_sc", "others", "lac", "was_lac",
                             "one_page", "moving"], start=1):
        cell_text(_cells(sv.rows[i])[1], p["services"][key])
    # A1 history / communication
    cell_text(_cells(T[2].rows[1])[1], p["A1"])
    # A2
    a2 = T[3]
    cell_text(_cells(a2.rows[3])[0], p["A2"]["views"])
    cell_text(_cells(a2.rows[5])[0], p["A2"]["interests"])
    cell_text(_cells(a2.rows[7])[0], p["A2"]["strengths"])
    cell_text(_cells(a2.rows[9])[0], p["A2"]["aspirations"])
    # B-F-E per area
    for ti, key in zip([4, 5, 6, 7], ["ci", "cl", "semh", "sp"]):
        area = p["BFE"][key]
        cell_text(_cells(T[ti].rows[2])[0], area["strengths"])
        _fill_rows(T[ti], 4, area["rows"], 3)
    # C-G-E
    cell_text(_cells(T[8].rows[1])[0], p["CGE"]["strengths"])
    _fill_rows(T[8], 3, p["CGE"]["rows"], 3)
    # D-H1-H2-E
    cell_text(_cells(T[9].rows[1])[0], p["DH"]["strengths"])
    _fill_rows(T[9], 3, p["DH"]["rows"], 4)
    # health sign-off / extra notes after the C-G table
    if p.get("after_health"):
        tbl_el = T[8]._tbl
        anchor = tbl_el
        from docx.text.paragraph import Paragraph
        for line in p["after_health"]:
            newp = OxmlElement("w:p")
            anchor.addnext(newp)
            anchor = newp
            add_runs(Paragraph(newp, h1._parent), line)
    if p.get("after_social"):
        anchor = T[9]._tbl
        from docx.text.paragraph import Paragraph
        for line in p["after_social"]:
            newp = OxmlElement("w:p")
            anchor.addnext(newp)
            anchor = newp
            add_runs(Paragraph(newp, h1._parent), line)
    # I
    it = T[10]
    cell_text(_cells(it.rows[0])[1], p["I"]["name"])
    cell_text(_cells(it.rows[1])[1], p["I"]["type"])
    if p["I"].get("extra"):
        cell_text(_cells(it.rows[2])[0], p["I"]["extra"][0])
        cell_text(_cells(it.rows[2])[1], p["I"]["extra"][1])
        it._tbl.remove(it.rows[3]._tr)
    else:
        for tr in list(it.rows[2:4]):
            it._tbl.remove(tr._tr)
    # J
    cell_text(_cells(T[11].rows[0])[1], p["J"][0])
    cell_text(_cells(T[11].rows[1])[1], p["J"][1])
    # K: p["K"] maps row index -> (label or None, date, who, appended) ; "delete" removes
    kt = T[12]
    rows = list(kt.rows)
    extra = p["K"].get("extra", [])
    # add extra "other person" rows after row 7
    anchor = rows[7]._tr
    for (label, date, who, app) in extra:
        new = copy.deepcopy(rows[7]._tr)
        anchor.addnext(new)
        anchor = new
    rows_now = list(kt.rows)
    # map: rows 1..7 original, then extras, then 8, 9
    idx_map = {i: rows_now[i] for i in range(1, 8)}
    for n in range(len(extra)):
        idx_map[f"x{n}"] = rows_now[8 + n]
    idx_map[8] = rows_now[8 + len(extra)]
    idx_map[9] = rows_now[9 + len(extra)]
    for n, e in enumerate(extra):
        p["K"][f"x{n}"] = e
    to_delete = []
    for key, row in idx_map.items():
        spec = p["K"].get(key)
        if spec is None:
            continue  # leave template row untouched
        if spec == "delete":
            to_delete.append(row)
            continue
        label, date, who, app = spec
        cs = _cells(row)
        if label is not None:
            cell_text(cs[0], label)
        cell_text(cs[1], date)
        cell_text(cs[2], who)
        cell_text(cs[3], app)
    for row in to_delete:
        kt._tbl.remove(row._tr)
    # sign-off
    so = T[13]
    cs = _cells(so.rows[1])
    cell_text(cs[0], p["signoff"][0])
    cell_text(cs[1], p["signoff"][1])
    cell_text(cs[2], p["signoff"][2])
    doc.save(os.path.join(PLANS, p["file"]))

# ================================================================= BOLD-STATUTORY PLANS
M101 = {
    "file": "m101.docx",
    "front": [
        ("Child's first name", "Maryam"),
        ("Plan dated", "18 September 2026"),
        ("Last reviewed", "Not applicable – this is Maryam's first plan. As Maryam is under five, it will be reviewed within 6 months (by March 2027)."),
        ("Current NC Year", "Early Years – Nursery class (Foundation Stage 1)"),
        ("Age", "3 years"),
        ("Languages at home", "Urdu and English"),
        ("Setting", "Foxhollow Primary School Nursery Class"),
    ],
    "A": [
        ("sub", "About me"),
        ("p", "Maryam is three years old and lives with her mum, dad and two older brothers, who both go to Foxhollow Primary School. The family speak Urdu at home and Maryam hears English every day at nursery. Maryam has Down syndrome."),
        ("sub", "What Maryam tells us through play and signs"),
        ("p", "Maryam does not yet use many words, so her views were gathered by her key person, Mrs Begum (Early Years Practitioner), who watched and played with her during nursery sessions over four weeks in June and July 2026 and noted what Maryam chose, enjoyed and avoided."),
        ("bul", [
            "Maryam heads straight for the water tray and will pour, splash and laugh there for ten minutes at a time.",
            "She signs \"more\" and \"finished\" using Makaton (a language programme that uses signs and symbols alongside speech) and uses about 15 signs altogether.",
            "She brings a picture book to an adult and pats the carpet beside her when she wants a story. Her favourite is a book about farm animals and she makes the animal noises.",
            "When the room gets loud she turns away and covers her ears; she goes to the book corner to calm down.",
            "She waves and says \"bye\" to her friends at home time and smiles widely when her brothers collect her.",
        ], "•"),
        ("sub", "What Maryam's family say"),
        ("p", "Maryam's mum and dad shared their views at a family meeting at home on 2 July 2026, with the help of an Urdu interpreter."),
        ("bul", [
            "\"Maryam is the happiest little girl. She makes everyone laugh and she never gives up.\"",
            "They are proud that she started walking just before her second birthday and now climbs the stairs holding a hand.",
            "Their biggest worry is her talking. They want her to be able to talk to her grandparents in Urdu and to her friends in English.",
            "They would like her to learn to feed herself with a spoon and to use the toilet.",
        ], "-"),
        ("sub", "Hopes and aspirations"),
        ("p", "For now, Maryam's family hope she will use more words and signs in both languages and make friends at nursery. For the future, they want Maryam to go to her local primary school with her brothers, to have friends of her own and, when she is grown up, to have a job and as independent a life as she chooses."),
    ],
    "B": [
        ("p", "**What Maryam is good at:** Maryam is sociable and affectionate and is quick to copy adults and other children. She has a good visual memory: she knows where her peg, cup and favourite toys live and finds them herself. She understands familiar routine words in English and Urdu (coat, drink, home, wash hands) and is beginning to follow simple instructions such as \"get your shoes\"."),
        ("table", B_HEAD, [
            ("Communication and interaction",
             "Maryam uses about 15 Makaton signs and 5 spoken words (\"mama\", \"baba\", \"no\", \"bye\", \"more\"). The speech and language therapist's assessment in June 2026 found her understanding is at around the level of an 18–20 month old child. She finds it hard to listen in a group for more than a minute.",
             "Adults using signs alongside speech; short sentences of two or three words; pictures of the nursery routine; time to answer (counting to ten in her head before repeating)."),
            ("Cognition and learning",
             "Maryam is working within the 16–26 month stage in most areas of the Early Years Foundation Stage (EYFS – the framework nurseries use to plan learning). She learns best by watching and copying and needs many repetitions to remember something new.",
             "Learning broken into small steps; the same activity repeated over several days; real objects and pictures; praise straight away."),
            ("Social, emotional and mental health",
             "Maryam is friendly and wants to play with others but finds waiting and sharing hard and will snatch toys. Noisy, busy times (tidy-up, lunchtime) overwhelm her.",
             "A sand timer for turns; a quiet corner with books; a warning sign before tidy-up."),
            ("Sensory and/or physical",
             "Maryam has low muscle tone (her muscles are softer and tire more quickly), which affects the small movements of her hands: she holds a spoon in her fist and cannot yet pick up small objects between finger and thumb. She has no difficulty walking and gets around the nursery easily, although she tires on long walks. She has glue ear, which means her hearing goes up and down, especially in winter.",
             "Chunky-handled spoons and crayons; daily hand games; sitting near the adult at group times; adults saying her name and touching her arm before speaking to her."),
        ]),
    ],
    "C": [
        ("p", "Maryam has Down syndrome, diagnosed at birth."),
        ("bul", [
            "**Hearing:** Maryam has glue ear in both ears, which causes a mild, fluctuating hearing loss (Paediatric Audiology, May 2026). This affects how well she hears speech in a noisy room.",
            "**Heart:** Maryam had a heart condition (a hole between the chambers of the heart) which was repaired by surgery when she was 5 months old. Her cardiologist reports that it does not limit her activity or learning; she needs a yearly check at the hospital.",
            "**Thyroid:** children with Down syndrome have a yearly blood test to check their thyroid. Maryam's most recent test (April 2026) was normal.",
        ], "•"),
    ],
    "D": [
        ("p", "An Early Help Family Practitioner, Ms Kaur, met Maryam's family at home on 24 June 2026 as part of this assessment. The family manage Maryam's care well, with help from her grandparents who live nearby. Maryam does not have social care needs relating to her special educational needs or disability at present."),
        ("p", "The family have been given information about the short breaks local offer and about a weekly Stay and Play group for children with Down syndrome. They know they can contact the Disabled Children's Team if their needs change."),
    ],
    "E": [
        ("table", E_HEAD, [
            ("By the end of her Reception year (July 2028), Maryam will ask for what she wants using two-word phrases, in speech or sign, in English and in Urdu.",
             "By March 2027, Maryam will use 30 different signs or words. By July 2027, she will join two signs or words together (for example \"more juice\") at least once a day.",
             "Her key person records 10 different two-word phrases in one week in her learning journal, and her parents report that she uses two-word phrases in Urdu at home."),
            ("By July 2027, Maryam will play a turn-taking game with one other child for 5 minutes without snatching.",
             "By March 2027, Maryam will wait for her turn with the sand timer in an adult-led game with one friend.",
             "Her key person observes this on 3 days in one week and notes it in her learning journal."),
            ("By July 2027, Maryam will feed herself with a spoon at snack and lunch times and pick up small objects (such as raisins) between her finger and thumb.",
             "By March 2027, Maryam will use a chunky-handled spoon for half of her snack with an adult's hand guiding her elbow.",
             "Staff record that she feeds herself for a whole meal on 4 out of 5 days, and the occupational therapist confirms her pincer grip at the July 2027 visit."),
            ("By March 2027, Maryam will turn to look at an adult who calls her name from across the room (about 2 metres away), even when there is background noise.",
             "By December 2026, she will turn to her name when the adult is next to her in a quiet room.",
             "Her key person records that she turns to her name on 4 out of 5 tries, checked once a week for a month."),
        ]),
    ],
    "F": [
        ("p", "The provision below will be delivered during all of Maryam's nursery sessions (15 hours per week, term time)."),
        ("table", F_HEAD, [
            ("An additional Early Years Practitioner supporting Maryam's learning, play, mealtimes and personal care, and following her speech, language and motor programmes", "15 hours per week, term time (all of her nursery sessions)", "Early Years Practitioner funded through this plan, with Level 3 early years qualification", "1-2-1 for mealtimes, personal care and programmes; small group (max 4) at other times"),
            ("Makaton signs used with speech by all adults in the room, with a visual timetable of the session", "Every session", "All nursery staff (Makaton Level 1 training completed by December 2026, arranged by the special educational needs co-ordinator, or SENCo)", "Whole class"),
            ("Individual language session working on Maryam's current speech and language targets (signs, first words, two-word phrases)", "Daily, 10 minutes", "Key person, trained and given targets by the speech and language therapist", "1-2-1"),
            ("Speech and language therapist visit to assess Maryam, update her targets and show her key person how to deliver them", "Once every half-term (6 visits a year), 1 hour each visit", "Speech and Language Therapist, Children's Therapies (0–19)", "Not applicable (professional visit)"),
            ("Turn-taking and shared play games using a sand timer", "3 x 15 minute sessions each week", "Key person", "Maryam and two other children"),
            ("Fine motor programme (hand strengthening, spoon skills, posting and pincer-grip games) set by the occupational therapist", "Daily, 10 minutes", "Key person", "1-2-1"),
            ("Occupational therapist visit to review the fine motor programme and Maryam's feeding equipment", "Twice termly (6 visits a year), 45 minutes each", "Occupational Therapist, Children's Therapies (0–19)", "Not applicable (professional visit)"),
            ("Chunky-handled spoon, angled bowl and thick crayons", "Every snack and mealtime and every mark-making activity", "Provided by the occupational therapist; kept clean and replaced by the key person", "Not applicable (equipment)"),
            ("Advice to staff on managing Maryam's fluctuating hearing (seating, reducing background noise, gaining her attention)", "Once a term, 45 minutes visit plus a written note to staff", "Qualified Teacher of the Deaf, Sensory Support Service", "Not applicable (professional visit)"),
        ]),
        ("p", "**Moving to Reception:** From June 2027, Maryam's Reception class teacher will visit her in nursery on three occasions for 30 minutes each, and Maryam will make two one-hour visits to the Reception classroom with her key person. The SENCo will hold a transition meeting with the family and the speech and language therapist in June 2027."),
    ],
    "G": [
        ("bul", [
            "**Paediatric Audiology:** hearing test and ear check every 4 months at the Audiology clinic. Audiology will send the results and any advice on listening to the nursery SENCo within 2 weeks of each appointment.",
            "**Community Paediatrician:** review every 6 months at the Child Development Centre, including the yearly thyroid blood test and the other health checks recommended for children with Down syndrome.",
            "**Paediatric Cardiology:** yearly heart check at the regional children's hospital. No provision is needed in nursery.",
        ], "•"),
        ("p", "Agreed by the Designated Clinical Officer (ICB – Integrated Care Board), Dr Farah Siddiqui, on 9 September 2026."),
    ],
    "H1": [("p", "None at present. Short breaks were discussed with the family (see Section D); no provision under section 2 of the Act is needed now.")],
    "H2": [("p", "None. Early help support was offered by the Early Help Family Practitioner on 24 June 2026; the family chose to use universal services and have her contact details.")],
    "I": [("p", "Foxhollow Primary School Nursery Class – a mainstream maintained primary school nursery. Maryam attends 15 hours per week (mornings, Monday to Friday).")],
    "J": [("p", "The family have not asked for a personal budget.")],
    "K": [
        ("bul", [
            "Parents' views – Maryam's mother and father, with an Urdu interpreter – 2 July 2026",
            "Maryam's views – gathered through observation and play by Mrs S Begum, key person – June and July 2026 (summary dated 8 July 2026)",
            "Educational advice – Ms L Hart, Nursery Teacher and SENCo, Foxhollow Primary School – 30 June 2026",
            "Psychological advice – Dr R Mensah, Educational Psychologist – 15 July 2026",
            "Medical advice – Dr A Chowdhury, Community Paediatrician – 19 June 2026",
            "Paediatric Audiology report – Mr J Lowe, Audiologist – 21 May 2026",
            "Cardiology clinic letter – Dr M Osei, Consultant Paediatric Cardiologist – 3 March 2026",
            "Speech and language therapy advice – Ms P Evans, Speech and Language Therapist, Children's Therapies (0–19) – 12 June 2026",
            "Occupational therapy advice – Ms K Dhillon, Occupational Therapist, Children's Therapies (0–19) – 26 June 2026",
            "Advice from a Qualified Teacher of the Deaf – Ms H Grant, Sensory Support Service – 10 July 2026",
            "Social care advice – Ms G Kaur, Early Help Family Practitioner – 24 June 2026",
        ], "-"),
    ],
    "signoff": "Signed on behalf of Harbourne Metropolitan Borough Council: SEND Casework Officer, 18 September 2026.",
}

M104 = {
    "file": "m104.docx",
    "front": [
        ("Name", "Rahim"),
        ("Plan dated", "11 March 2026"),
        ("Last reviewed", "New plan – first annual review due by March 2027"),
        ("Current NC Year", "Year 2"),
        ("Age", "7 years"),
        ("Home language", "Sylheti (Bengali); some English"),
        ("School", "Oakfield Special School"),
    ],
    "A": [
        ("sub", "How Rahim tells us what he thinks"),
        ("p", "Rahim does not use words. His class teacher, Miss Rowe, and his teaching assistant watched him over three weeks in February 2026 and recorded what he did when offered choices of activities, food and places in school."),
        ("bul", [
            "He goes to the sensory room swing whenever the door is open and shows he wants to stay by holding the ropes.",
            "He pushes an adult's hand away when he does not want an activity and drops to the floor when asked to stop something he likes.",
            "He screams when the hand dryer is switched on and when the class goes into the hall for assembly.",
            "He will only eat dry foods (crackers, crisps, plain rice) and turns his head away from anything wet or mixed.",
        ], "o"),
        ("sub", "What Rahim's family say"),
        ("p", "Rahim's parents met the caseworker on 5 February 2026 with a Sylheti interpreter. They are worried that Rahim still cannot talk, is not toilet trained and does not sleep through the night. They find it very hard to take him out because he runs off and cannot understand danger, and he has seizures. They said he is difficult to manage at home and they are exhausted. They worry about what will happen to him when he is older."),
        ("sub", "Hopes for the future"),
        ("p", "His parents hope that one day Rahim will say some words, be able to tell them what he wants and be happy and safe."),
    ],
    "B": [
        ("p", "Rahim has a severe learning difficulty (SLD – a learning difficulty that affects all areas of learning, so that he needs a high level of support with everyday tasks)."),
        ("table", B_HEAD, [
            ("Communication and interaction",
             "Rahim has no spoken words and does not use signs or pictures to communicate. He does not respond to his name. He does not understand spoken instructions unless he is shown what to do. He does not play with other children.",
             "Objects of reference (real objects that stand for an activity, such as a cup for drink time); adults using very few words; being shown what to do."),
            ("Cognition and learning",
             "Rahim is working well below the level expected for his age, at the earliest stages of the school's pre-key stage curriculum. He cannot match objects or pictures. His attention is very short (less than one minute on an adult-chosen task).",
             "Very short tasks with a clear start and finish; a 'now and next' board using objects."),
            ("Social, emotional and mental health",
             "Rahim becomes distressed at changes of routine and in noisy places. He screams, drops to the floor and sometimes bites his hand. He cannot wait.",
             "A predictable routine; warnings before changes using an object; a quiet space."),
            ("Sensory and/or physical",
             "Rahim is not toilet trained. He cannot dress himself or use a spoon. He is very sensitive to noise and to the texture of food. He runs off and has no sense of danger.",
             "A toileting routine every two hours; ear defenders; a secure playground."),
        ]),
    ],
    "C": [
        ("bul", [
            "**Epilepsy:** Rahim was diagnosed with epilepsy when he was 4. He has tonic-clonic seizures (where he loses consciousness and his body stiffens and jerks) about twice a month, usually when he is tired or unwell. He has buccal midazolam as rescue medication if a seizure lasts longer than 5 minutes. After a seizure he sleeps for one to two hours.",
            "**Eating and weight:** Rahim eats a very limited range of dry foods and is below the expected weight for his age. He is seen by the Community Paediatric Dietitian.",
            "**Sleep:** Rahim wakes most nights for one to two hours.",
        ], "•"),
    ],
    "D": [("p", "N/A")],
    "E": [
        ("table", E_HEAD, [
            ("By the end of Year 3 (July 2027), Rahim will choose between two activities by reaching for or handing an adult an object of reference.",
             "By December 2026, Rahim will take the cup object from an adult and go to the snack table at every snack time.",
             "His class team records him making a choice in 8 out of 10 chances, over two weeks, on the school's communication record."),
            ("By July 2027, Rahim will stay with an adult-led activity for 3 minutes.",
             "By December 2026, he will stay for 1 minute using a visual timer.",
             "His teacher records 3 minutes on 4 out of 5 days for two weeks."),
            ("By July 2027, Rahim will move from class to the hall and to the dinner hall with his ear defenders on without dropping to the floor.",
             "By December 2026, he will put on his ear defenders when shown them, with help.",
             "His teaching assistant records calm transitions on 4 out of 5 days in a week."),
            ("By July 2027, Rahim will sit on the toilet for one minute at each two-hourly toileting time.",
             "By December 2026, he will walk to the toilet with an adult when shown the toilet object.",
             "The toileting chart shows he sits for one minute at least 3 times a day for two weeks."),
            ("By July 2027, Rahim will try three new foods at school lunchtime.",
             "By December 2026, he will let a new food be put on the side of his plate without pushing it away.",
             "Lunchtime staff record three new foods tasted (touched to his lips or eaten), confirmed by the dietitian's summer review."),
        ]),
    ],
    "F": [
        ("p", "Rahim will be taught in a class of no more than 8 pupils with a qualified teacher experienced in teaching pupils with severe learning difficulties, and 3 teaching assistants, for the whole school day (32.5 hours per week)."),
        ("table", F_HEAD, [
            ("Communication session using objects of reference and intensive interaction (an approach where the adult follows and copies the child's sounds and movements to build shared attention)", "Daily, 15 minutes", "Teaching assistant trained in intensive interaction by the speech and language therapist", "1-2-1"),
            ("Speech and language therapist visit to set and review Rahim's communication targets and model them to the class team", "Once every half-term, 1 hour", "Speech and Language Therapist, Children's Therapies (0–19)", "Not applicable"),
            ("Attention activity using a visual timer and short, motivating tasks (bubbles, light-up toys)", "2 x 10 minute sessions daily", "Teaching assistant", "1-2-1"),
            ("Sensory diet (planned movement breaks on the swing and trampoline) set by the occupational therapist", "4 x 10 minutes daily, at set times in his timetable", "Teaching assistant", "1-2-1"),
            ("Occupational therapist review of the sensory diet, toileting plan and ear defenders", "Twice termly, 45 minutes", "Occupational Therapist, Children's Therapies (0–19)", "Not applicable"),
            ("Toileting routine", "Every two hours during the school day", "Teaching assistant", "1-2-1"),
            ("Ear defenders for assemblies, the hall and the dinner hall", "Every time he goes into these areas", "Provided and replaced by the occupational therapist; kept in class by the class teacher", "Not applicable"),
            ("Food exploration session following the dietitian's plan (touching, smelling and tasting new foods)", "3 x 10 minutes per week", "Teaching assistant", "1-2-1"),
            ("Adult supervision at all times, including on the playground and during transitions, because of his running off", "Whole school day", "Teaching assistant", "1-2-1"),
        ]),
    ],
    "G": [
        ("bul", [
            "Community Paediatric Dietitian: review of Rahim's weight, growth and diet plan three times a year (one clinic appointment each term, 30 minutes), with a written update to school and the family after each appointment.",
            "The dietitian will prescribe a high-calorie supplement drink if his weight falls further, and review it at each appointment.",
        ], "•"),
        ("p", "Health provision agreed by the Designated Clinical Officer (ICB – Integrated Care Board), Mr T Adeyemi, 4 March 2026."),
    ],
    "H1": [("p", "N/A")],
    "H2": [("p", "N/A")],
    "I": [("p", "Oakfield Special School – maintained special school for pupils aged 2–19 with severe and profound learning difficulties.")],
    "J": [("p", "No personal budget requested.")],
    "K": [
        ("table", ["Advice and information", "Given by", "Date"], [
            ("Parent views", "Rahim's mother and father (with a Sylheti interpreter)", ""),
            ("Educational advice", "Class teacher, Oakfield Special School", ""),
            ("Psychological advice", "Ms J Forde, Educational Psychologist", "20 January 2026"),
            ("Medical advice", "Dr P Nair, Community Paediatrician", "13 January 2026"),
            ("Dietetic advice", "Mrs C Lloyd, Community Paediatric Dietitian", "26 January 2026"),
            ("Speech and language therapy advice", "Ms R Ahmed, Speech and Language Therapist, Children's Therapies (0–19)", "2 February 2026"),
            ("Occupational therapy advice", "Mr L Gordon, Occupational Therapist, Children's Therapies (0–19)", "28 January 2026"),
            ("Social care advice", "Disabled Children's Team duty social worker, Ms A Boateng (Rahim is not open to the team)", "15 January 2026"),
        ]),
    ],
    "signoff": "Issued by the SEND Team, Harbourne Metropolitan Borough Council, 11 March 2026.",
}

M107 = {
    "file": "m107.docx",
    "front": [
        ("Name", "Ioana"),
        ("Plan dated", "20 April 2026 (amended following annual review)"),
        ("Last reviewed", "Annual review meeting held 26 March 2026"),
        ("Current NC Year", "Year 7"),
        ("Age", "12 years"),
        ("Languages", "Romanian (first language) and English"),
        ("School", "Brookfield Academy"),
    ],
    "A": [
        ("sub", "All about me"),
        ("p", "Ioana wrote these views with her Teacher of the Deaf at her annual review preparation session on 10 March 2026. She chose to write in English and asked for the Romanian words she did not know."),
        ("bul", [
            "\"I like drawing, making videos on my tablet and netball. I am good at art.\"",
            "\"I wear my hearing aids every day. I like it when teachers wear the radio aid microphone because then I can hear them properly.\"",
            "\"In the dinner hall it is too loud and I can't hear my friends. Sometimes I pretend I heard.\"",
            "\"I want to get better at reading big words and at maths.\"",
            "\"When I am older I want to be an animator or a graphic designer.\"",
        ], "•"),
        ("sub", "What Ioana's foster carers say"),
        ("p", "Ioana's foster carers, Mr and Mrs Harper, have looked after her since June 2025. They say she is a kind, funny girl who works hard and loves art. They would like school to make sure she always has her radio aid and is not left out in noisy places. They hope she will go on to college to study art and design."),
    ],
    "B": [
        ("p", "Ioana has a moderate to severe hearing loss in both ears (sensorineural – caused by the inner ear) and wears two hearing aids. She is learning English as an additional language; she arrived in the UK in 2022."),
        ("table", B_HEAD, [
            ("Communication and interaction",
             "Ioana have good friends in her form group and is confident talking 1-2-1. In groups and noisy rooms she miss what is said and she don't always ask for it to be repeated. She sometimes answers a different question to the one asked.",
             "The teacher using the radio aid every lesson; checking she has understood; seating near the front, away from the door and windows."),
            ("Cognition and learning",
             "Ioana's reading age is about 9 years 6 months. She finds new subject vocabulary hard because she has not heard it clearly and in some cases does not know the word in Romanian either. Her maths is below age-related expectations, mainly in word problems.",
             "Key words given before topics start; written instructions; visual support on the board."),
            ("Social, emotional and mental health",
             "Ioana is resilient but gets tired by the end of the day because of the effort of listening. She occassionally becomes withdrawn when she feels left out in groups.",
             "A quiet place at lunchtime; a trusted adult to talk to."),
            ("Sensory and/or physical",
             "Ioana needs her hearing aids and radio aid to be working every day. Background noise in the enviroment, such as the dinner hall and PE, makes it very hard for her to hear.",
             "Daily equipment checks; a quieter room for group work."),
        ]),
    ],
    "C": [
        ("p", "Ioana has a permanent bilateral moderate to severe sensorineural hearing loss. She is fitted with two behind-the-ear hearing aids by Paediatric Audiology and needs regular hearing tests, new ear moulds as she grows and repairs to her hearing aids."),
    ],
    "D": [
        ("p", "Ioana is a looked after child and lives with her foster carers. She is settled in her placement."),
    ],
    "E": [
        ("table", E_HEAD, [
            ("By July 2027, Ioana will tell a teacher or her friends when she has not heard something, instead of pretending she has heard.",
             "By December 2026, she will use an agreed signal (a card on her desk) in lessons to show she has missed something.",
             "Her teaching assistant records that she asks for repetition or uses her card in 4 out of 5 observed lessons in a week."),
            ("By July 2027, Ioana's reading age will reach at least 10 years 6 months.",
             "By December 2026, she will read and explain the meaning of 80% of the key words for each science and geography topic.",
             "The school's standardised reading test in June 2027 shows a reading age of 10 years 6 months or above."),
            ("By July 2027, Ioana will solve two-step maths word problems on her own.",
             "By December 2026, she will underline the key information in a word problem before starting.",
             "She gets 7 out of 10 two-step word problems right in her end-of-year maths assessment."),
            ("By the end of Year 8, Ioana will look after her own hearing equipment: changing batteries, checking her radio aid and reporting faults.",
             "By December 2026, she will change her own hearing aid batteries.",
             "Her Teacher of the Deaf confirms at the summer 2027 visit that Ioana did all her own equipment checks for a whole half-term."),
            ("By July 2027, Ioana will create a short animation for her art portfolio and show it to her class.",
             "By Easter 2027, she will complete the school's after-school animation club course.",
             "Her art teacher confirms the animation is finished and shown to the class."),
        ]),
    ],
    "F": [
        ("bul", [
            "A radio aid worn by every teacher in every lesson, with the receiver connected to Ioana's hearing aids. The radio aid is provided and maintained by the Sensory Support Service; the form tutor checks it is working at registration every morning.",
            "Pre-teaching of key subject vocabulary before new topics.",
            "Small group literacy intervention.",
            "Deaf awareness training for staff.",
            "Ioana will sit near the front of each classroom, away from the door and windows, with a clear view of the teacher's face. Seating plans are set by the special educational needs co-ordinator (SENCo) at the start of each term.",
            "Subtitles will be switched on for all videos shown in lessons (all teachers, every lesson).",
            "A quiet room (the library office) at lunchtime on 3 days a week, supervised by a lunchtime supervisor, where Ioana can eat with two friends.",
            "Visits from a Qualified Teacher of the Deaf, Sensory Support Service, twice termly (1 hour each visit), to check Ioana's equipment, observe her in lessons and advise her teachers.",
            "Maths word-problem sessions with a teaching assistant: 2 x 30 minutes weekly, in a small group (max 4).",
            "25% extra time and a seperate room in all tests and exams, arranged by the SENCo.",
            "A \"missed it\" card on Ioana's desk in every lesson, which she shows when she has not heard; all her teachers are told about it by the SENCo at the start of each term.",
            "A place in the school's after-school animation club: 1 hour weekly in the spring term 2027, led by the art teacher, group of 12.",
            "Weekly 15-minute meeting with her form tutor to check how she is feeling and to help her recieve any information she has missed.",
        ], "-"),
    ],
    "G": [
        ("bul", [
            "Paediatric Audiology: hearing test, hearing aid check and new ear moulds every 6 months at the Audiology clinic; repairs to hearing aids at the drop-in repair clinic within 5 working days of a fault being reported.",
            "Audiology will share the results of each test with the Teacher of the Deaf within 2 weeks.",
        ], "o"),
        ("p", "Agreed by the Designated Clinical Officer (ICB – Integrated Care Board), Dr Farah Siddiqui – 15 April 2026."),
    ],
    "H1": [("p", "None. Short breaks were considered and are not needed; Ioana's needs arising from her deafness are met in her foster placement.")],
    "H2": [("p", "None required.")],
    "I": [("p", "Brookfield Academy – mainstream secondary academy (age 11–16).")],
    "J": [("p", "No personal budget has been requested.")],
    "K": [
        ("bul", [
            "Ioana's views – written with Ms D Patel, Teacher of the Deaf – 10 March 2026",
            "Foster carers' views – Mr and Mrs Harper – 12 March 2026",
            "Educational advice – Mr K Morris, SENCo, Brookfield Academy – 9 March 2026",
            "Psychological advice – Dr S Quinn, Educational Psychologist – 2 February 2026",
            "Advice from a Qualified Teacher of the Deaf – Mrs E Walsh, Sensory Support Service – 14 June 2023",
            "Medical advice – Dr H Brennan, Community Paediatrician – 2 May 2023",
            "Paediatric Audiology report – Mr J Lowe, Audiologist – 16 May 2023",
            "Social care advice – Mr D Walsh, Social Worker, Children in Care Team – 9 February 2026",
            "Annual review report – Brookfield Academy – 26 March 2026",
        ], "•"),
    ],
    "signoff": "Final amended plan issued by the SEND Team, 20 April 2026.",
}

M110 = {
    "file": "m110.docx",
    "front": [
        ("Name", "Bilal"),
        ("Plan dated", "3 December 2025"),
        ("Last reviewed", "Annual review meeting 13 November 2026 – plan maintained without changes; next review by November 2027"),
        ("Current NC Year", "Year 11"),
        ("Age", "16 years"),
        ("Languages", "Arabic at home; English fluent"),
        ("School", "St Anselm's Catholic High School"),
    ],
    "A": [
        ("sub", "All about me – in my own words"),
        ("p", "Bilal wrote this section himself on his laptop with his Qualified Teacher of the Vision Impaired (QTVI) in October 2025, and checked it again before his annual review in November 2026."),
        ("p", "\"I'm Bilal. I have albinism and nystagmus, which means my eyes move all the time and I can't see detail far away. I'm registered sight impaired but I don't want people to treat me like I can't do things. I'm really into computers: I build PCs with my cousin and I've made two small games. I play goalball at a club on Saturdays and we came second in the regional league. What helps me most is getting work on my laptop so I can zoom in, and teachers not making a big deal about it in front of everyone. I hate it when teachers forget and hand me a tiny worksheet. After Year 11 I want to go to college to do a Level 3 in computing and then become a games developer. I also want to be able to get the train into the city on my own like my friends do.\""),
        ("sub", "My family's views"),
        ("p", "Bilal's mum and dad gave their views at home on 21 October 2025; his dad interpreted for his mum, who prefers to speak Arabic, and a copy of the views was checked with them in Arabic. They are proud of how independent and determined Bilal is. They want him to go to college and university and to get a good job in computing. Their worry is travel: they would like him to learn safe routes to college before he leaves school, and they want him to remember sun protection, because his skin burns easily."),
    ],
    "B": [
        ("p", "**Strengths:** Bilal is articulate and confident. His reading and spelling are at the level expected for his age when the text is enlarged. He is predicted grade 6 in computer science and grades 5 in English and maths. He touch-types at 45 words per minute and uses his magnification software skilfully."),
        ("table", B_HEAD, [
            ("Communication and interaction",
             "I talk easily with adults and friends. I can miss facial expressions and gestures across a room, so I sometimes misread what people mean.",
             "People saying my name before they talk to me; friends telling me who is in the group."),
            ("Cognition and learning",
             "I work at a similar level to my classmates, but I read more slowly because of my vision and I get tired by the afternoon. Diagrams, graphs and maps take me longer.",
             "Work on my laptop in advance; diagrams given to me in a clear, enlarged format; extra time."),
            ("Social, emotional and mental health",
             "I'm happy at school and have a good group of friends. I get frustrated when adjustments are forgotten.",
             "Teachers knowing my needs without me having to remind them each lesson."),
            ("Sensory and/or physical",
             "My visual acuity is 6/60 in both eyes (I see at 6 metres what most people see at 60 metres). Bright light dazzles me. I have no difficulty with walking or sport but I need to learn new routes carefully, especially in crowded places.",
             "Magnification on my laptop and a video magnifier; tinted glasses; mobility training for new routes."),
        ]),
    ],
    "C": [
        ("bul", [
            "Bilal has oculocutaneous albinism, which affects his eyes, skin and hair. His skin burns quickly in sunlight and he must use high-factor sun cream, a hat and tinted glasses outdoors.",
            "He has nystagmus (involuntary eye movement) and reduced vision (6/60 in both eyes). He is seen each year by the hospital eye service and the low vision clinic.",
        ], "•"),
    ],
    "D": [
        ("p", "Bilal's family were asked about social care needs during the assessment. The Early Help Family Practitioner spoke with the family on 23 October 2025 and found no social care needs related to his disability: the family are well supported and Bilal's independence skills are being built through school (see Section F). The family know about the short breaks local offer and the Disabled Children's Team and chose not to be referred."),
    ],
    "E": [
        ("table", E_HEAD, [
            ("By the end of Year 11 (July 2027), Bilal will be awarded his GCSE in computer science and will have a confirmed place on a Level 3 computing course at college.",
             "By March 2027, he will complete his college application with his careers adviser and attend an open day.",
             "He has a college offer letter by May 2027 and his GCSE results are recorded in August 2027."),
            ("By July 2027, Bilal will travel by train from home to the college campus and back on his own.",
             "By February 2027, he will do the route with the Habilitation Specialist three times; by May 2027 he will do it with the specialist following at a distance.",
             "The Habilitation Specialist signs him off as independent on the route, and his parents confirm he has made the journey alone twice."),
            ("By July 2027, Bilal will ask for his adjustments himself (enlarged papers, seating, digital copies) in every lesson, without a teacher having to be reminded by the special educational needs co-ordinator (SENCo).",
             "By December 2026, he will write his own one-page profile and share it with all his teachers.",
             "Teachers report in the termly review that Bilal asked for what he needed and that no adjustments were missed in a whole half-term."),
            ("By his next birthday, Bilal will put on his sun cream, hat and tinted glasses before going outside without being reminded.",
             "By the end of the spring term 2027, he will keep his sun kit in his bag and check the UV forecast app each morning.",
             "His PE teacher and his parents report no reminders needed over 4 weeks of the summer term."),
        ]),
    ],
    "F": [
        ("bul", [
            "All lesson resources, including worksheets, slides and diagrams, sent to Bilal's laptop in digital format before each lesson (every lesson; all subject teachers, checked weekly by the SENCo).",
            "A laptop with screen magnification software and a portable video magnifier for reading the board and paper texts; supplied, set up and maintained by the Sensory Support Service technician, who will fix faults within 3 school days.",
            "Visits from a Qualified Teacher of the Vision Impaired (QTVI), Sensory Support Service: twice termly, 1 hour each visit, to observe lessons, check equipment and advise staff; plus one 1-hour training session for all teaching staff each September.",
            "From February 2027, the Habilitation Specialist (Sensory Support Service) will teach Bilal the route to college and other new routes: 10 sessions of 1.5 hours each, 1-2-1, between February and June 2027.",
            "Exam access arrangements in all mocks and GCSE exams: papers enlarged to A3, 25% extra time, and a seat away from the window; arranged by the Exams Officer with the SENCo.",
            "Touch-typing and assistive technology practice to increase speed for exams: 1 x 30 minutes weekly, 1-2-1, with a Higher Level Teaching Assistant (HLTA) trained by the QTVI, until Easter 2027.",
            "Careers guidance interview with a qualified careers adviser: 3 meetings of 45 minutes between October 2026 and March 2027, including support with his college application.",
            "Transition: the SENCo will arrange two visits to Bilal's chosen college (summer term 2027), one with the QTVI, to plan equipment and lighting for September 2027.",
        ], "•"),
    ],
    "G": [
        ("bul", [
            "Hospital eye service (paediatric ophthalmologist): yearly review of Bilal's eyes, vision and glasses prescription.",
            "Low vision clinic (optometrist): yearly assessment and prescription of magnifiers and tinted lenses; the clinic sends its report to the QTVI within 4 weeks.",
            "School nurse (0–19 service): one 30-minute appointment in the spring term 2027 to go through sun protection and skin checks with Bilal, with a written plan for Bilal and his parents.",
        ], "-"),
        ("p", "Agreed by the Designated Clinical Officer (ICB – Integrated Care Board) – Mrs L Okafor – 27 November 2025."),
    ],
    "H1": [("p", "None – see Section D. Short breaks were considered and the family did not want them.")],
    "H2": [("p", "None. Early help was offered in October 2025 and not needed.")],
    "I": [("p", "St Anselm's Catholic High School – mainstream voluntary aided secondary school, until the end of Year 11 (July 2027).")],
    "J": [("p", "None requested.")],
    "K": [
        ("bul", [
            "Bilal's views – written by Bilal with his QTVI – 14 October 2025",
            "Parents' views – 21 October 2025",
            "Educational advice – Mrs R Doyle, SENCo, St Anselm's Catholic High School – 17 October 2025",
            "Advice from a Qualified Teacher of the Vision Impaired – Mr P Sandhu, Sensory Support Service – 6 October 2025",
            "Psychological advice – Dr N Osei-Bonsu, Educational Psychologist – 30 September 2025",
            "Medical advice – Dr C Lam, Consultant Paediatric Ophthalmologist – 8 September 2025",
            "Low vision clinic report – Ms F Ali, Optometrist – 22 September 2025",
            "School nursing advice – Mrs J Price, School Nurse, 0–19 service – 1 October 2025",
            "Social care advice – Mr R Hassan, Early Help Family Practitioner – 23 October 2025",
            "Preparing for adulthood advice – Ms V Clarke, Careers Adviser – 20 October 2025",
            "Annual review report – St Anselm's Catholic High School – 13 November 2026",
        ], "•"),
    ],
    "signoff": "Plan issued 3 December 2025; annual review completed 13 November 2026 – Harbourne Metropolitan Borough Council SEND Service.",
}

# ================================================================= EF-TABLE PLANS
M102 = {
    "file": "m102.docx",
    "front": [
        ("Child's name", "Kacper"),
        ("Plan dated", "5 October 2026"),
        ("Last reviewed", "First plan – annual review due by October 2027"),
        ("Current NC Year", "Year 4"),
        ("Age", "9"),
        ("Language(s) at home", "Polish (Kacper is bilingual; his parents prefer to speak Polish)"),
        ("Education setting", "Lyndon Park Primary School"),
    ],
    "A": [
        ("p", "**What Kacper told us.** Kacper shared his views with the special educational needs co-ordinator (SENCo), Mrs Green, on 8 July 2026, using a Talking Mat (a board where he sorts picture cards into \"I like\", \"not sure\" and \"I don't like\"). He chose to talk in English."),
        ("bul", [
            "\"I like trains, Minecraft and maths. I know all the stations on the line to Birmingham.\"",
            "\"I don't like the playground. Everyone runs and shouts and the games have rules I don't know.\"",
            "\"I like it when Miss tells me what is happening next. I hate surprises, like when there is a supply teacher.\"",
            "\"When I grow up I want to drive trains or design them.\"",
        ]),
        ("p", "**What Kacper's parents told us.** Kacper's mum and dad met the caseworker on 14 July 2026 with a Polish interpreter. They describe Kacper as clever, honest and funny, with an amazing memory. At home he talks in Polish about his interests for a long time, but he finds it hard to have a back-and-forth conversation in either language. They worry that he has no friends at school and that he is very anxious in the mornings. They hope he will have one or two good friends, feel calm at school and later go to university and work with trains or engineering, which he loves."),
    ],
    "B": [
        ("p", "Kacper has a diagnosis of autism (made by the Child Development Centre in 2024) and a language disorder affecting how he uses language socially. His strengths are his memory, his reading (above age-related expectations) and his maths, where he is working at greater depth for Year 4."),
        ("table", B_HEAD, [
            ("Communication and interaction", "Kacper talks at length about his interests but finds it hard to take turns in conversation, to stay on another person's topic or to understand jokes and non-literal language. In group work he tells others what to do or withdraws.", "Explicit teaching of conversation rules; visual prompts; adults explaining non-literal language."),
            ("Cognition and learning", "Kacper learns quickly and remembers facts well. He finds open-ended writing tasks hard to start and can spend a whole lesson on the title.", "Writing frames; a visual checklist of steps; a clear end point."),
            ("Social, emotional and mental health", "Kacper is anxious about change and unstructured times. His mum says he often cries before school. At break he walks the edge of the playground alone.", "A visual timetable; advance warning of change; a structured lunchtime club."),
            ("Sensory and/or physical", "Kacper is sensitive to noise and to the feel of some clothing. He covers his ears in assembly and in the dinner hall.", "Ear defenders; sitting at the end of a row; a movement break."),
        ]),
    ],
    "C": [
        ("p", "Kacper has difficulty getting to sleep (often not asleep until after 11pm), which leaves him tired and more anxious in the mornings. He is prescribed melatonin by the Community Paediatrician, who reviews it. He has no other health needs."),
    ],
    "D": [
        ("p", "Kacper's family were asked about social care needs during the assessment. An Early Help Family Practitioner met the family on 20 July 2026. The family do not have social care needs related to Kacper's special educational needs; they accepted information about autism parenting courses run by the local parent carer forum and the short breaks local offer."),
    ],
    "EF_intro": [
        ("p", "Outcomes are for the end of Year 4 (July 2027) unless a different date is given. The SENCo reviews progress towards each outcome every term with Kacper and his parents."),
    ],
    "EF": [
        ("Communication and interaction", [
            ("By July 2027, Kacper will take part in a conversation with a classmate on a topic the other child chooses, taking at least 3 turns each. His teaching assistant will record this in 3 observed conversations each half-term.", [
                ("Social communication group working on conversation skills (listening, turn-taking, staying on topic)", "2 x 30 min sessions weekly", "Teaching assistant trained by the speech and language therapist; small group (max 4)"),
                ("Opportunities to practise conversation skills with a talk partner in class, as appropriate", "3 x 10 minutes weekly", "Class teacher; pairs"),
                ("Speech and language therapist visit to assess Kacper, set targets and train staff", "Twice termly (6 visits per year), 1 hour each", "Speech and Language Therapist, Children's Therapies (0–19)"),
            ]),
            ("By July 2027, Kacper will explain the meaning of 20 common idioms and non-literal phrases (for example \"pull your socks up\") and use 5 of them correctly in his own speech.", [
                ("Idioms and non-literal language programme using pictures and stories", "Fortnightly (45 mins)", "Teaching assistant, 1-2-1"),
            ]),
        ]),
        ("Cognition and learning", [
            ("By July 2027, Kacper will start a piece of writing within 5 minutes and write at least a paragraph independently (for example, a report about a train journey), using a writing frame, in 4 out of 5 English lessons.", [
                ("Writing frame and visual step checklist provided for every extended writing task", "Every lesson with extended writing", "Class teacher prepares; teaching assistant checks Kacper has it"),
                ("Pre-teaching of writing tasks", "2 x 20 minutes weekly", "Teaching assistant, 1-2-1"),
            ]),
        ]),
        ("Social, emotional and mental health", [
            ("Kacper will have 1-2-1 support from a teaching assistant at break and lunchtime to help him join in games.", [
                ("Teaching assistant support at break and lunchtime", "Daily, 15 minutes morning break and 30 minutes lunchtime", "Teaching assistant, 1-2-1"),
                ("Lunchtime Lego club (Lego-based therapy – a structured building activity where children take turns as builder, supplier and engineer)", "2 x 30 min sessions weekly", "Trained teaching assistant; group of 3"),
            ]),
            ("By July 2027, Kacper will feel calmer and more settled in class.", [
                ("Visual timetable on his desk, updated each morning, with changes shown in advance", "Daily", "Class teacher"),
                ("Morning check-in to go through the day and any changes", "Daily, 10 minutes on arrival", "Teaching assistant, 1-2-1"),
            ]),
        ]),
        ("Health and wellbeing", [
            ("By July 2027, Kacper will follow his bedtime routine chart and be asleep by 9.30pm on at least 5 nights out of 7, shown in the sleep diary kept by his parents and checked at his paediatric review.", [
                ("Visual bedtime routine chart made with Kacper, with a copy for home", "One 30-minute session in October 2026, reviewed each half-term (15 minutes)", "Teaching assistant, 1-2-1, with advice from the Community Paediatrician"),
            ]),
        ]),
        ("Sensory and/or physical", [
            ("By July 2027, Kacper will stay in assembly for the whole session (20 minutes) wearing ear defenders, on 4 out of 5 days, recorded by his teaching assistant.", [
                ("Ear defenders available in class and for assembly and the dinner hall", "Every assembly and lunchtime", "Provided by the school; the SENCo replaces them when worn"),
                ("Movement break (walk, errand or trampoline) before assembly and after lunch", "2 x 5 minutes daily", "Teaching assistant"),
                ("Occupational therapist review of Kacper's sensory needs and advice to staff", "Once a term, 1 hour", "Occupational Therapist, Children's Therapies (0–19)"),
            ]),
        ]),
    ],
    "G": [
        ("p", "Community Paediatrician: review of Kacper's sleep and melatonin every 6 months at the Child Development Centre clinic (30-minute appointment), with a letter to the family and the GP after each review."),
    ],
    "H1": [("p", "None. Short breaks were discussed with the family and they do not feel they need them at present.")],
    "H2": [("p", "None. Early help was offered (see Section D).")],
    "I": [("p", "Lyndon Park Primary School – mainstream community primary school.")],
    "J": [("p", "No personal budget requested.")],
    "K": [
        ("table", ["Advice", "From", "Date"], [
            ("Kacper's views (Talking Mat)", "Mrs A Green, SENCo", "8 July 2026"),
            ("Parents' views (with Polish interpreter)", "Kacper's mother and father", "14 July 2026"),
            ("Educational advice", "Mrs A Green, SENCo, Lyndon Park Primary School", "10 July 2026"),
            ("Psychological advice", "Dr M Ferreira, Educational Psychologist", "2 July 2026"),
            ("Medical advice", "Dr S Iqbal, Community Paediatrician", "24 June 2026"),
            ("Speech and language therapy advice", "Ms T Novak, Speech and Language Therapist, Children's Therapies (0–19)", "30 June 2026"),
            ("Occupational therapy advice", "Ms C Reid, Occupational Therapist, Children's Therapies (0–19)", "6 July 2026"),
            ("Social care advice", "Ms J Bains, Early Help Family Practitioner", "20 July 2026"),
        ]),
    ],
    "signoff": "Issued by Harbourne Metropolitan Borough Council SEND Service, 5 October 2026.",
}

M105 = {
    "file": "m105.docx",
    "front": [
        ("Name", "Ayaan"),
        ("Plan dated", "19 June 2026"),
        ("Last reviewed", "New plan (issued after EHC needs assessment)"),
        ("Current NC Year", "Year 6 (Year 5 when the plan was issued)"),
        ("Age", "10"),
        ("Home language", "Bengali; Ayaan also speaks English"),
        ("School", "St Mary's Church of England Primary School"),
    ],
    "A": [
        ("sub", "All about me"),
        ("p", "Ayaan told the SENCo (special educational needs co-ordinator), Mr Okoro, these things on 13 April 2026. Mr Okoro wrote down Ayaan's words and read them back to him; Ayaan changed two sentences."),
        ("bul", [
            "\"I'm Ayaan. I'm 10 and I'm in Year 5. I love football. I play for a team on Sundays and I'm a defender.\"",
            "\"I'm good at maths and I'm good at drawing football kits.\"",
            "\"It's hard when the teacher talks for a long time because I forget the first bit. Then I copy my friend.\"",
            "\"I don't like reading out loud in front of everybody.\"",
            "\"It helps when Miss shows me a picture and gives me the words on a card.\"",
            "\"When I'm big I want to be a PE teacher or a football coach.\"",
        ]),
        ("sub", "My family's views"),
        ("p", "Ayaan's mum and dad shared their views on 15 April 2026, with a Bengali interpreter. They say Ayaan is kind, patient with his little sister and very sporty. They noticed he was slower to talk than his sister and that he sometimes uses the wrong word in Bengali as well as English. They want him to be confident to speak up in class, to read well before he goes to secondary school and to keep his love of sport. In the future they hope he goes to college and has a job he enjoys."),
    ],
    "B": [
        ("p", "Ayaan has a developmental language disorder (DLD – a lasting difficulty with understanding and using spoken language that is not caused by learning English as an additional language; it affects both of his languages). He is a good mathematician, working at the expected standard in maths, and is well liked by his classmates."),
        ("table", B_HEAD, [
            ("Communication and interaction", "I find long instructions hard to remember. I know fewer words than my friends and sometimes can't find the word I want. My sentences are short and I mix up word endings (\"he runned\").", "Instructions in small chunks; pictures and key word cards; time to think before I answer."),
            ("Cognition and learning", "My reading is about two years behind. I can read the words but I don't always understand what I've read, especially when there are new words. Writing takes me a long time.", "New words taught before the lesson; talking about a text before reading it; a reading pen."),
            ("Social, emotional and mental health", "I'm happy at school and have lots of friends. I get embarrassed if I get words wrong in front of the class.", "Practising my answer with an adult first; not being asked to read out loud without warning."),
            ("Sensory and/or physical", "I have no sensory or physical difficulties. My hearing has been tested and is fine.", "—"),
        ]),
    ],
    "C": [
        ("p", "Ayaan has no health needs relating to his special educational needs. His hearing was tested by Paediatric Audiology in January 2026 and was within normal limits. The school nurse reviewed his health records and spoke with his parents in March 2026; there are no other health concerns."),
    ],
    "D": [
        ("p", "Ayaan has no social care needs. His parents told us they do not need support from social care, and the Early Help Family Practitioner who works with the school confirmed on 20 April 2026 that the family are not known to children's social care and have no needs relating to Ayaan's special educational needs. The family know how to contact the Early Help service if this changes."),
    ],
    "EF_intro": [
        ("p", "The outcomes below are for the end of Year 6 (July 2027) unless a different date is given. Each outcome has the provision that will help Ayaan reach it."),
    ],
    "EF": [
        ("Communication and interaction", [
            ("By July 2027, Ayaan will follow a three-part spoken instruction in class (for example \"get your book, turn to page 10 and answer question 2\") without copying a friend, in 4 out of 5 observed lessons.", [
                ("Language group working on listening, memory for instructions and sentence building (using the speech and language therapist's programme)", "3 x 30 minutes per week", "Teaching assistant trained in the programme; small group (max 4)"),
                ("Speech and language therapist visit to assess Ayaan, set new targets and model the programme to the teaching assistant", "6 sessions per year (once each half-term), 1 hour each", "Speech and Language Therapist, Children's Therapies (0–19)"),
                ("Instructions given in short chunks with a visual prompt on the board", "Every lesson", "All teachers"),
            ]),
            ("By July 2027, Ayaan will gain his school's Speaking Award by giving a 2-minute talk about football to his class.", [
                ("Rehearsal of class talks and answers with an adult before he speaks to the class", "2 x 15 minutes weekly", "Teaching assistant, 1-2-1"),
            ]),
        ]),
        ("Cognition and learning", [
            ("By July 2027, Ayaan will learn and use 10 new topic words each half-term, shown by a short vocabulary check at the end of each topic (8 out of 10 correct).", [
                ("Pre-teaching of key topic vocabulary using word maps (meaning, picture, sounds and an example sentence)", "2 x 20 minutes weekly", "Teaching assistant, 1-2-1"),
                ("Key word cards and word mats for each topic", "Every topic", "Prepared by the class teacher"),
            ]),
            ("By July 2027, Ayaan's reading comprehension standardised score will rise from 78 to at least 85 on the school's reading test.", [
                ("Reading comprehension intervention (talking about the text before reading, questioning and summarising)", "3 x 20 minutes per week", "Higher Level Teaching Assistant (HLTA); group of 3"),
                ("A reading pen that reads words aloud and gives meanings, set up and charged by the school's IT technician", "Available in every lesson", "Provided by the school; IT technician maintains it"),
            ]),
        ]),
        ("Social, emotional and mental health", [
            ("By July 2027, Ayaan will put his hand up to answer a question in whole-class teaching at least once in every English and maths lesson, recorded by his teacher over two weeks each term.", [
                ("Questions shared with Ayaan before the lesson so he can prepare an answer", "Daily in English and maths", "Class teacher"),
                ("Reading aloud only when Ayaan has been told in advance and has practised", "Every lesson", "All teachers"),
            ]),
        ]),
        ("Preparing for secondary school", [
            ("By September 2027, Ayaan will start Year 7 knowing his timetable, his key adult and the way around his new school, checked by his new SENCo in his first week.", [
                ("Transition programme: two extra visits to his secondary school and a meeting between the two SENCos and his parents", "Summer term 2027; visits of 1 hour each", "SENCo and Ayaan's teaching assistant"),
            ]),
        ]),
    ],
    "G": [("p", "None. Ayaan has no health needs relating to his special educational needs (see Section C), so no health provision is needed.")],
    "H1": [("p", "None – see Section D.")],
    "H2": [("p", "None. Early help was considered (see Section D) and is not needed.")],
    "I": [("p", "St Mary's Church of England Primary School – mainstream voluntary controlled primary school.")],
    "J": [("p", "No personal budget requested.")],
    "K": [
        ("bul", [
            "Ayaan's views, recorded by Mr D Okoro, SENCo – 13 April 2026",
            "Parents' views, with a Bengali interpreter – 15 April 2026",
            "Educational advice – Mr D Okoro, SENCo, St Mary's CE Primary School – 17 April 2026",
            "Psychological advice – Dr K Bhatti, Educational Psychologist – 9 April 2026",
            "Speech and language therapy advice – Mrs L Mensah, Speech and Language Therapist, Children's Therapies (0–19) – 26 March 2026",
            "Health advice – Ms R Clarke, School Nurse (0–19 service) – 27 March 2026",
            "Audiology report – Paediatric Audiology, Miss E Tran, Audiologist – 14 January 2026",
            "Social care advice – Mrs N Chaudhry, Early Help Family Practitioner – 20 April 2026",
        ]),
    ],
    "signoff": "Final plan issued 19 June 2026 – SEND Service, Harbourne Metropolitan Borough Council.",
}

M108 = {
    "file": "m108.docx",
    "front": [
        ("Name", "Yasmin"),
        ("Plan dated", "14 September 2026 (amended after annual review)"),
        ("Last reviewed", "Annual review held 3 July 2026 (phase transfer to college)"),
        ("Current NC Year", "Year 12"),
        ("Age", "17"),
        ("Language", "Arabic at home; Yasmin understands English and Arabic"),
        ("Setting", "Harbourne College – Foundation Studies"),
    ],
    "A": [
        ("p", "**Yasmin's views.** Yasmin uses a communication aid (an eye-gaze tablet that speaks the words she chooses) and some vocalisations and facial expressions. She prepared these views with her speech and language therapist and her mum on 22 June 2026; they are Yasmin's own words, typed on her device."),
        ("bul", [
            "\"I am Yasmin. I like music, make-up and going to the shops with my sister.\"",
            "\"I am good at choosing clothes and doing my own make-up with help.\"",
            "\"I want to go to college with my friends and learn about beauty.\"",
            "\"I want to stay out with friends without my mum.\"",
            "\"I don't like when people talk to my mum and not to me.\"",
            "\"When I am older I want to work in a salon, doing nails, and live in my own flat with carers.\"",
        ]),
        ("p", "**Yasmin's family's views.** Yasmin's mother shared her views with an Arabic interpreter on 22 June 2026. She describes Yasmin as determined, sociable and stylish. She wants college to help Yasmin do more for herself, use her communication aid everywhere and make friends. She is worried about Yasmin's tiredness and pain in her hips, and about how Yasmin's feeds will be managed at college."),
    ],
    "B": [
        ("p", "Yasmin has cerebral palsy (a condition affecting movement and muscle tone) affecting all four limbs. She uses a powered wheelchair, which she drives herself. Her speech is very hard to understand (dysarthria), so she communicates mainly with her eye-gaze device. Yasmin's strengths are her determination, her sense of humour, her good understanding of spoken language and her independent wheelchair driving."),
        ("table", B_HEAD, [
            ("Communication and interaction", "I understand what people say. I use my eye-gaze device to talk; it is slow, so people need to wait. I am still learning to use it for longer sentences.", "People waiting for me; the device being charged and set up; new vocabulary added for my course."),
            ("Cognition and learning", "I am working at Entry Level 2 in English and maths. I learn best with practical tasks and pictures. I get tired in the afternoon.", "Short tasks; rest breaks; work set on my device."),
            ("Social, emotional and mental health", "I am sociable but I can feel left out when people don't wait for me to talk. I get frustrated if I can't say what I mean.", "Friends who know how my device works; time to talk."),
            ("Sensory and/or physical", "I need help with all personal care, eating and moving from my wheelchair. I have hip pain and get tired.", "Trained staff; hoist and changing bed; rest times."),
        ]),
    ],
    "C": [
        ("bul", [
            "Yasmin has cerebral palsy (spastic quadriplegia) and hip pain. She uses a standing frame and a sleep system (postural equipment) provided by Children's Therapies.",
            "Yasmin has a gastrostomy (a feeding tube into her stomach). She eats some soft food by mouth and has top-up feeds of 200 ml by pump twice a day, including once at college at lunchtime. She needs trained staff to set up and give her feed and to care for her gastrostomy site.",
            "She takes medication for muscle stiffness, given at home.",
        ]),
    ],
    "D": [
        ("p", "Yasmin is known to the Disabled Children's Team. A social care assessment by her social worker, Ms Ruth Campbell, on 19 June 2026 found that Yasmin needs support to spend time with friends away from her family and that her mother, who is her main carer, needs regular breaks. A Care Act transition assessment will be completed before Yasmin is 18."),
    ],
    "EF_intro": [
        ("p", "Outcomes run to the end of Yasmin's two-year Foundation Studies course (July 2028) unless another date is given."),
    ],
    "EF": [
        ("Communication and interaction", [
            ("By July 2027, Yasmin will use her eye-gaze device to ask and answer questions in sentences of 4 or more words in every taught session, recorded by her learning support assistant in a weekly log.", [
                ("Communication aid set up, charged and with course vocabulary added before each lesson", "Every day", "Learning support assistant trained in eye-gaze technology; the college assistive technology officer maintains the device"),
                ("Training for all Yasmin's tutors on how to talk with someone using a communication aid", "One 1-hour session in September 2026 and a refresher in January 2027", "College SEN co-ordinator with the speech and language therapist"),
            ]),
        ]),
        ("Employment and learning (preparing for adulthood)", [
            ("By July 2028, Yasmin will be awarded an Entry Level 3 certificate in Beauty and Nail Services.", [
                ("Foundation Studies course with a vocational beauty pathway", "15 hours per week term time", "College tutors; class of 10"),
                ("Learning support assistant for all taught sessions, to scribe using her device, set up equipment and support practical tasks", "15 hours per week term time", "Learning support assistant, 1-2-1"),
            ]),
            ("By July 2028, Yasmin will complete a work placement in a salon for one half-day a week for a whole term and receive a positive report from her placement supervisor.", [
                ("Supported work placement with a Job Coach who knows Yasmin's communication aid", "One half-day a week for one term (from January 2028)", "Job Coach, 1-2-1"),
            ]),
        ]),
        ("Independent living and community", [
            ("Yasmin will become more confident and independent.", [
                ("Independent living skills sessions (choosing and buying items in shops, using money with her device)", "2 x 1 hour weekly", "Learning support assistant; small group (max 4)"),
                ("Overnight short breaks at Maple House residential short-break centre, commissioned by the Disabled Children's Team", "2 nights per month", "Maple House care staff"),
            ]),
            ("By March 2027, Yasmin will go to the college café with two friends once a week and order and pay using her device.", [
                ("Lunchtime social group", "Once a week, 1 hour", "Learning support assistant; group of 3"),
            ]),
        ]),
        ("Physical and personal care", [
            ("By July 2027, Yasmin will direct her own personal care, telling staff what she needs and when, in every personal care routine, recorded by staff in her care log.", [
                ("Personal care and moving and handling by two trained staff, using a hoist and changing bed", "3 times daily at set times (on arrival, after lunch, mid-afternoon) and whenever Yasmin asks", "Two learning support assistants trained in moving and handling"),
                ("Rest breaks out of her wheelchair", "2 x 20 minutes daily", "Learning support assistants"),
            ]),
        ]),
    ],
    "G": [
        ("bul", [
            "**Speech and language therapy:** the Children's Therapies speech and language therapist will see Yasmin 1-2-1 at college for 45 minutes fortnightly to develop her use of her eye-gaze device, and will set targets for college staff each term.",
            "**Physiotherapy:** the Children's Therapies physiotherapist will review Yasmin's standing frame, sleep system and hip pain every 6 months (1-hour appointment) and update her postural management plan.",
            "**Community Paediatrician:** 6-monthly review of Yasmin's medication for muscle stiffness and her hip pain.",
        ]),
        ("p", "Agreed by the Designated Clinical Officer (ICB – Integrated Care Board), Dr Farah Siddiqui, on 8 September 2026."),
    ],
    "H1": [
        ("p", "A direct payment for a personal assistant for 6 hours per week (term time and holidays) so Yasmin can go out with friends and to the shops without her family, arranged by the Disabled Children's Team following the assessment of 19 June 2026. Reviewed every 6 months by her social worker."),
    ],
    "H2": [("p", "A Care Act transition assessment by the Adult Social Care Transitions Team, to be completed by March 2027, before Yasmin turns 18.")],
    "I": [("p", "Harbourne College – general further education college (Foundation Studies department).")],
    "J": [("p", "Direct payment for personal assistant support, 6 hours per week – see Section H1. Managed by Yasmin's mother.")],
    "K": [
        ("table", ["Advice and information", "Who gave it", "Date"], [
            ("Yasmin's views (eye-gaze device)", "Yasmin, with Ms A Farah, Speech and Language Therapist", "22 June 2026"),
            ("Parent's views (Arabic interpreter)", "Yasmin's mother", "22 June 2026"),
            ("Educational advice and annual review report", "Mrs P Jones, Assistant Headteacher, Elmhurst School (previous school)", "3 July 2026"),
            ("College advice", "Mr G Hill, SEN Co-ordinator, Harbourne College", "30 June 2026"),
            ("Psychological advice", "Dr E Byrne, Educational Psychologist", "12 May 2026"),
            ("Medical advice", "Dr R Kapoor, Community Paediatrician", "5 June 2026"),
            ("Speech and language therapy advice", "Ms A Farah, Speech and Language Therapist, Children's Therapies (0–19)", "22 June 2026"),
            ("Physiotherapy advice", "Mr O Dunn, Physiotherapist, Children's Therapies (0–19)", "10 June 2026"),
            ("Dietetic advice", "Mrs S Akhtar, Community Paediatric Dietitian", "9 June 2026"),
            ("Social care advice", "Ms R Campbell, Social Worker, Disabled Children's Team", "19 June 2026"),
            ("Preparing for adulthood advice", "Mr T Evans, Careers Adviser", "24 June 2026"),
        ]),
    ],
    "signoff": "Amended plan issued 14 September 2026 – Harbourne Metropolitan Borough Council.",
}

M111 = {
    "file": "m111.docx",
    "front": [
        ("Name", "Aram"),
        ("Plan dated", "28 August 2026"),
        ("Last reviewed", "Annual review meeting held 16 June 2026"),
        ("Current NC Year", "Post-19 (Year 14 equivalent) – supported internship"),
        ("Age", "19"),
        ("Languages", "Kurdish Sorani and English"),
        ("Setting", "Harbourne College Supported Internship programme, placement at the Grand Canal Hotel"),
    ],
    "A": [
        ("sub", "About me (Aram's own words)"),
        ("p", "Aram gave his views in English at a meeting with his Job Coach on 2 June 2026; his Job Coach typed them and Aram checked them."),
        ("bul", [
            "\"I like cooking, music and the gym. I go to the gym three times a week with my brother.\"",
            "\"I am good at working hard and I am always on time. My manager at the hotel said I'm the best at setting up breakfast.\"",
            "\"I find it hard to remember lots of things at once. Sometimes I get distracted and I forget what I was doing.\"",
            "\"My goal is to get a paid job in a kitchen. I want to be a chef one day.\"",
            "\"I want to go out on my own more, to the gym and to the city centre, without my dad driving me.\"",
        ]),
        ("sub", "My family's views"),
        ("p", "Aram's father gave his views on 4 June 2026 with a Kurdish Sorani interpreter. He is proud of Aram's hard work at the hotel. He wants Aram to get a paid job, to travel on his own and to learn to look after money, and he would like Aram to live more independently in the future, perhaps in supported accommodation near the family."),
    ],
    "B": [
        ("p", "Aram has a moderate learning difficulty and attention deficit hyperactivity disorder (ADHD – a condition that affects attention, activity levels and impulse control). His strengths are his reliability, his friendly manner with customers and colleagues, and his practical skills in the kitchen."),
        ("table", B_HEAD, [
            ("Communication and interaction", "I talk well with people I know. I find long spoken instructions hard to remember and I don't always ask when I'm unsure.", "Instructions one step at a time; a written or picture checklist; my Job Coach checking in."),
            ("Cognition and learning", "My reading is at Entry Level 3 and my maths at Entry Level 2. I find money, time and planning hard.", "Practical learning in real places; reminders on my phone."),
            ("Social, emotional and mental health", "I can lose focus and get frustrated when I'm rushed. I sometimes act before thinking.", "A quiet moment to reset; clear routines."),
            ("Sensory and/or physical", "I have no sensory or physical difficulties.", "—"),
        ]),
    ],
    "C": [
        ("p", "Aram has ADHD. He takes prescribed stimulant medication each morning, which helps his concentration at work. His medication is prescribed by his GP under a shared care arrangement with the Adult ADHD Service, which took over his care from the children's service in 2025. He has no other health needs relating to his special educational needs."),
    ],
    "D": [
        ("p", "The Adult Social Care Transitions Team completed a Care Act assessment on 12 May 2026. It found that Aram is eligible for support to take part in community activities and to develop his independent living skills (travelling, managing money and cooking at home). His father is his main carer and was offered a carer's assessment, which he declined."),
    ],
    "EF_intro": [
        ("p", "These outcomes are for the end of Aram's supported internship (July 2027) unless another date is given."),
    ],
    "EF": [
        ("Employment", [
            ("By July 2027, Aram will have applied for at least three paid kitchen jobs and attended at least one interview.", [
                ("Job search and interview practice sessions", "1 hour weekly", "Job Coach, 1-2-1"),
                ("Supported internship placement in the hotel kitchen, with on-the-job coaching", "3 days per week, 6 hours per day, term time", "Job Coach on site for full days until October half-term 2026, then two 1-hour visits each placement day; the hotel line manager supervises"),
            ]),
            ("By March 2027, Aram will be awarded the Level 2 Food Hygiene certificate and receive a positive end-of-placement report from his line manager.", [
                ("Food hygiene course with adapted materials", "6 sessions of 1.5 hours (January–March 2027)", "College tutor; group of 8"),
                ("Visual task checklists for each kitchen job, made with Aram", "Every shift", "Job Coach prepares; the line manager keeps copies in the kitchen"),
            ]),
        ]),
        ("Independent living", [
            ("By July 2027, Aram will travel by bus from home to his placement and to the gym on his own, 5 days out of 5.", [
                ("Travel training on the two routes", "As timetabled (5 x 1 hr) for each route, September–November 2026, then 30-minute spot checks fortnightly until December 2026", "Travel Trainer, 1-2-1"),
            ]),
            ("By July 2027, Aram will pay for his shopping and his gym membership using his bank card and check his balance on his banking app each week.", [
                ("Money skills sessions at college using real bills and his banking app", "2 x 45 minutes weekly", "College tutor; small group (max 4)"),
            ]),
        ]),
        ("Friends, community and good health", [
            ("By July 2027, Aram will get around his local area on his own, going to the gym, the shops and the city centre at least twice a week.", [
                ("Community skills sessions: planning trips, reading timetables, keeping safe and asking for help", "1 x 1 hour weekly", "College tutor; small group (max 4)"),
            ]),
            ("By March 2027, Aram will order his own repeat prescription using the NHS App and take his morning medication without reminders on 5 days out of 5, checked by his father and his Job Coach.", [
                ("Health self-care sessions at college (using the NHS App, medication routines, reminders on his phone)", "4 sessions of 45 minutes in the autumn term 2026", "College tutor; group of 6"),
            ]),
        ]),
    ],
    "G": [
        ("bul", [
            "Adult ADHD Service (specialist nurse): review of Aram's ADHD medication, blood pressure, weight and side effects every 6 months (45-minute clinic appointment).",
        ]),
        ("p", "This health provision was agreed by the Designated Clinical Officer (ICB – Integrated Care Board), Mrs L Okafor, on 20 August 2026."),
    ],
    "H1": [("p", "Not applicable – section 2 of the Chronically Sick and Disabled Persons Act 1970 applies to children under 18; Aram is 19. His social care provision is in H2.")],
    "H2": [
        ("p", "Following the Care Act assessment (12 May 2026), Adult Social Care will fund a personal assistant for 6 hours per week (two sessions of 3 hours), all year, to support Aram to use community facilities, practise independent travel at weekends and cook a simple meal at home. Reviewed by the Adult Social Care Transitions Team every 6 months."),
    ],
    "I": [("p", "Harbourne College – general further education college; Supported Internship programme (post-19), with a work placement at the Grand Canal Hotel.")],
    "J": [("p", "Aram's personal assistant hours (Section H2) are paid as a direct payment to Aram, managed with help from his father. No personal budget for education provision.")],
    "K": [
        ("table", ["Advice and information", "Given by", "Date"], [
            ("Aram's views", "Aram, with Mr S Price, Job Coach", "2 June 2026"),
            ("Father's views (Kurdish Sorani interpreter)", "Aram's father", "4 June 2026"),
            ("Educational advice and annual review report", "Ms H Lloyd, Supported Internship Lead, Harbourne College", "16 June 2026"),
            ("Psychological advice", "Dr M Abbasi, Educational Psychologist", "10 March 2026"),
            ("Medical advice", "Mr J Oduya, ADHD Specialist Nurse, Adult ADHD Service", "28 April 2026"),
            ("Social care advice (Care Act assessment)", "Ms K Dunne, Social Worker, Adult Social Care Transitions Team", "12 May 2026"),
            ("Preparing for adulthood advice", "Mr S Price, Job Coach, and Ms H Lloyd, Supported Internship Lead", "2 June 2026"),
        ]),
    ],
    "signoff": "Plan issued 28 August 2026 by the SEND Service, Harbourne Metropolitan Borough Council.",
}

# ================================================================= NATIONAL-TEMPLATE PLANS
M103 = {
    "file": "m103.docx",
    "front": [
        ("Plan dated", "16 September 2025"),
        ("Current NC Year", "Year 9 (2025/26)"),
    ],
    "personal": {"name": "Adeel", "dob": "Redacted (age 14 when this plan was issued)", "sex": "Male",
                 "ethnicity": "Asian or Asian British – Pakistani", "lang": "English and Urdu",
                 "parent_lang": "Urdu", "parent1": "Adeel's mother (name withheld)", "rel1": "Mother"},
    "services": {
        "setting": "Kingsway Academy (mainstream secondary academy, 11–16)",
        "gp": "Hollybank Medical Practice; Dr S Iqbal, Community Paediatrician",
        "nhs": "Held on file",
        "known_sc": "Yes – see Section D",
        "others": "Educational Psychology Service; Behaviour Support Service; Learning Mentor at school",
        "lac": "No", "was_lac": "No",
        "one_page": "Yes – appended",
        "moving": "No",
    },
    "A1": "Adeel lives with his mum and two younger brothers. He was diagnosed with attention deficit hyperactivity disorder (ADHD – a condition that affects concentration, activity and impulse control) by the Community Paediatrician when he was 10. In Year 8 he had 11 days of fixed-term suspension, mostly for leaving lessons and arguments with other pupils. Since the spring term of Year 8 he has had support from a Learning Mentor and things have started to improve.\n\nAdeel speaks English fluently. His mum speaks Urdu and some English; an Urdu interpreter was used for all meetings with her.",
    "A2": {
        "views": "**Adeel's views** (given to his Learning Mentor, Mr Sharma, on 2 July 2025 and written down in his words):\n\"I know I lose my temper fast. It's when people wind me up or teachers shout at me in front of everyone. Mr Sharma helps because he doesn't go on at me. I like practical lessons like PE and DT. I'm rubbish at reading long things and I get bored. I want to stop getting sent out because I want to get my GCSEs.\"\n\n**Mum's views** (given on 4 July 2025 with an Urdu interpreter):\nAdeel's mum says he is a loving son who is kind to his brothers and helps her at home. She worries he will be excluded and fall behind. She wants school to understand that he is not a bad boy and to help him with his reading and his anger.",
        "interests": "Football (he plays for a Sunday league team), boxing at the local club, and fixing bikes with his uncle.",
        "strengths": "Adeel is good with his hands and practical, quick at mental maths, loyal to his friends and very good with younger children. He responds well to adults who are calm and fair.",
        "aspirations": "Adeel wants to pass his GCSEs, and one day become a mechanic and have his own garage. His mum wants him to finish school and get a good job.",
    },
    "BFE": {
        "ci": {"strengths": "Adeel is chatty and confident with adults he trusts and can explain his point of view clearly when calm.",
               "rows": [("Adeel sometimes misreads what other pupils mean (for example, taking a joke as an insult) and responds with anger. He finds it hard to see another person's side during a disagreement.",
                         "Social skills and conflict resolution group: 1 x 45 minutes weekly for the autumn and spring terms, led by the Learning Mentor, group of 4.",
                         "By July 2026, Adeel will sort out disagreements with other pupils by talking or by walking away and telling an adult, with no more than 2 recorded incidents of physical conflict per half-term, including in PE and at lunchtime football (down from 7 in the summer term 2025).")]},
        "cl": {"strengths": "Adeel is quick at mental maths and learns well from practical, hands-on tasks.",
               "rows": [("Adeel's reading age is 10 years 2 months (tested June 2025). He avoids reading and finds long texts in subjects such as history and science hard to follow.",
                         "Reading intervention (reciprocal reading – pupils take turns to predict, question, clarify and summarise a text): 3 x 30 minutes weekly, Higher Level Teaching Assistant (HLTA), group of 3.",
                         "By July 2026, Adeel's reading age will be at least 11 years 6 months on the school's standardised reading test, and he will read and follow a step-by-step bike repair guide on his own."),
                        ("Adeel finds it hard to start and finish tasks, loses equipment and forgets homework.",
                         "Start-of-day check-in with the Learning Mentor to go through his planner and equipment: daily, 10 minutes, 1-2-1, and at other times as required.\nTasks broken into numbered steps on a checklist in every lesson (all teachers).",
                         "By July 2026, Adeel will hand in 8 out of 10 homework tasks on time, recorded on the school's homework system.")]},
        "semh": {"strengths": "Adeel wants to do well and is proud when he is praised. He calms down quickly with a trusted adult.",
                 "rows": [("When Adeel feels angry or embarrassed he walks out of lessons (12 times in the summer term 2025) or argues with staff.",
                           "A quiet space (the Base) where possible when he feels overwhelmed, using his time-out card; supervised by the Learning Mentor.\nEmotional literacy sessions with the school's trained Emotional Literacy Support Assistant (ELSA): 1 x 45 minutes weekly, 1-2-1, for 12 weeks from October 2025.",
                           "By July 2026, Adeel will use his time-out card and a calming strategy instead of walking out of lessons, with 3 or fewer walk-outs per half-term."),
                          ("Adeel missed about 20% of lesson time last year because of being sent out or walking out.",
                           "Restorative conversation with the Learning Mentor after any incident: 15 minutes, 1-2-1, on the same day.\nStaff briefing on Adeel's one-page profile and calming plan at the start of each term, led by the special educational needs co-ordinator (SENCo).",
                           "By July 2026, Adeel will be in his timetabled lessons for at least 95% of the time, measured by the school's attendance and behaviour records each half-term.")]},
        "sp": {"strengths": "Adeel is fit and sporty; he plays football and boxes.",
               "rows": [("No sensory or physical needs have been identified (see medical advice).", "None required.", "Not applicable.")]},
    },
    "CGE": {"strengths": "Adeel is generally healthy and active.",
            "rows": [("Adeel has ADHD. He takes methylphenidate (a stimulant medication) each morning, which helps his concentration in the morning; it wears off by early afternoon. His medication, growth and blood pressure need regular monitoring.",
                      "Community Paediatrician: review every 6 months at the Child Development Centre (30-minute appointment), checking medication, growth and blood pressure. The SENCo sends a teacher rating questionnaire to the clinic 2 weeks before each review.",
                      "By July 2026, Adeel will stay on task for 15 minutes at a time in afternoon lessons, shown in 3 lesson observations by the Learning Mentor each half-term.")]},
    "after_health": ["Health provision agreed by the Designated Clinical Officer (ICB – Integrated Care Board), Dr Farah Siddiqui, 9 September 2025."],
    "DH": {"strengths": "Adeel is close to his brothers and helps his mum at home.",
           "rows": [("Adeel and his two younger brothers have been subject to child protection plans since June 2025 under the category of neglect. The family have an allocated social worker in the Safeguarding and Family Support Team.",
                     "None.", "None.", "—")]},
    "I": {"name": "Kingsway Academy", "type": "Mainstream secondary academy (11–16)"},
    "J": ("No personal budget requested.", "Not applicable."),
    "K": {
        1: ("Parent/carer views", "04/07/2025", "Adeel's mother (with Urdu interpreter)", "YES"),
        2: ("Adeel's views", "02/07/2025", "Adeel, with Mr R Sharma, Learning Mentor", "YES"),
        3: ("Educational advice", "07/07/2025", "Ms F Ahmed, SENCo, Kingsway Academy", "YES"),
        4: (None, "20/06/2025", "Dr S Iqbal, Community Paediatrician", "YES"),
        5: (None, "25/06/2025", "Dr L Carter, Educational Psychologist", "YES"),
        6: "delete",
        7: (None, "10/07/2025", "Ms J Ellis, Specialist Teacher, Behaviour Support Service", "YES"),
    },
    "signoff": ("Mrs K Sandhu, SEND Casework Officer", "K. Sandhu", "16/09/2025"),
}

M106 = {
    "file": "m106.docx",
    "front": [
        ("Plan dated", "12 October 2026"),
        ("Last reviewed", "Not applicable – new plan; first annual review due by October 2027"),
        ("Current NC Year", "Year 9"),
    ],
    "personal": {"name": "Simran", "dob": "Redacted (age 14)", "sex": "Female",
                 "ethnicity": "Asian or Asian British – Indian", "lang": "English",
                 "parent_lang": "Punjabi (mother); English and Punjabi (father)",
                 "parent1": "Simran's mother (name withheld)", "rel1": "Mother",
                 "parent2": "Simran's father (name withheld)", "rel2": "Father"},
    "services": {
        "setting": "Castlegate School (mainstream secondary with an autism resource base)",
        "gp": "Westfield Surgery; Community Paediatric Dietitian",
        "nhs": "Held on file",
        "known_sc": "Early Help only – see Section D",
        "others": "Educational Psychology Service; Children's Therapies (0–19) speech and language therapy and occupational therapy; Careers Adviser",
        "lac": "No", "was_lac": "No",
        "one_page": "Yes – appended",
        "moving": "No",
    },
    "A1": "Simran lives with her mum, dad and older brother. She was diagnosed as autistic by the Child Development Centre in 2023, when she was in Year 6. Her move to secondary school was hard and her attendance dropped to 78% in Year 8 because of anxiety. She was given a place in the autism resource base at Castlegate School in April 2026, where she spends part of each day, and her attendance has started to improve.\n\nSimran speaks English. Her mum prefers to speak Punjabi, so a Punjabi interpreter was used for meetings with her; her dad speaks English and Punjabi.",
    "A2": {
        "views": "**Simran's views** – Simran filled in a questionnaire and talked with the Educational Psychologist, Dr Begum, on 10 July 2026. These are her words:\n\"School is loud and people are unpredictable. I'm OK in the base because it's quiet and I know what's going to happen. I hate the canteen; the smells make me feel sick. I'm good at drawing and I'm really into baking shows, even though I don't eat most things. I want to have one proper friend. When I leave school I'd like to decorate cakes in a bakery or be an illustrator.\"\n\n**Family's views** – Simran's mum (with a Punjabi interpreter) and dad met the caseworker on 14 July 2026. They say Simran is creative, honest and loving and has a brilliant eye for detail. Mornings and mealtimes are very stressful at home. They want her to feel safe at school, to eat a wider range of foods and to learn to travel on her own. They hope she will go to college to study art.",
        "interests": "Drawing anime characters, watching baking programmes and decorating cakes, K-pop, and her cat.",
        "strengths": "Simran is a talented artist, reads well above her age, has an excellent memory and works very carefully. She is honest and kind and is loyal to people she trusts.",
        "aspirations": "Simran: to have a good friend, to go to college and to work decorating cakes or as an illustrator. Her parents: for Simran to be happy, to go to college to study art and to become independent, including travelling on her own.",
    },
    "BFE": {
        "ci": {"strengths": "Simran has a wide vocabulary and expresses herself well in writing.",
               "rows": [("Simran finds group work and unstructured social times hard. She takes language literally and can be upset by sarcasm or jokes. She would like a friend but does not know how to start a conversation.",
                         "Social communication group (conversation skills, understanding jokes and sarcasm, friendship): fortnightly (45 mins), led by a teaching assistant trained by the speech and language therapist, small group (max 4).\nSpeech and language therapist, Children's Therapies (0–19): visits twice termly, 1 hour each, to review Simran's targets and advise the resource base staff.",
                         "By July 2027, Simran will take part in group work in English and science, giving at least one idea per task in 4 out of 5 lessons observed by the resource base teacher."),
                        ("Simran would like to join a club but finds new groups overwhelming.",
                         "A place in the after-school art club, 1 hour weekly, led by the art teacher (group of 15); a teaching assistant will meet Simran at the door and stay for the first 20 minutes of the first 4 sessions.",
                         "By Easter 2027, Simran will go to art club every week with at least one other pupil she has chosen to sit with, recorded in the club register and by the art teacher.")]},
        "cl": {"strengths": "Simran is working at or above the expected level in most subjects and is predicted grades 6–7 at GCSE in English and art.",
               "rows": [("Anxiety stops Simran starting tests and exams in the main hall, and she has missed several assessments.",
                         "In all school tests and mock exams, Simran will sit in the resource base exam room with no more than 8 other candidates and will have supervised rest breaks; organised by the Exams Officer with the SENCo (special educational needs co-ordinator). The SENCo will apply for the same arrangements for her GCSEs.",
                         "By July 2027, Simran will sit all of her Year 9 end-of-year exams."),
                        ("Simran needs to plan her next steps after Year 11.",
                         "Careers guidance interview with a qualified careers adviser: 2 meetings of 45 minutes in Year 9 (one in the spring term, one in the summer term).\nA one-week work taster in summer 2027 at a bakery or design business, arranged by the careers adviser with the SENCo; a teaching assistant will visit on the first day for 1 hour.",
                         "By July 2027, Simran will complete her one-week work taster and write a one-page reflection on what she enjoyed and what she found hard.")]},
        "semh": {"strengths": "Simran can name when she is starting to feel anxious and will use the resource base when she needs to.",
                 "rows": [("Simran's anxiety is high on arrival and in busy places. Her attendance was 78% in Year 8.",
                           "Morning check-in with her key adult in the resource base: daily, 10 minutes, 1-2-1, Learning Mentor.\nAnxiety management programme based on cognitive behavioural therapy (CBT – a way of noticing and changing anxious thoughts): 10 weekly sessions of 45 minutes, 1-2-1, with the school counsellor (a qualified, registered counsellor), starting November 2026.",
                           "By July 2027, Simran's attendance will be at least 92% across the year, measured by the school's attendance records each half-term."),
                          ("Simran wants to learn to travel to school on her own.",
                           "Travel training from home to school by bus: as timetabled (5 x 1 hr), January–February 2027, Travel Trainer, 1-2-1.",
                           "By March '27, Simran will travel to school by bus on her own on 5 days out of 5 for two weeks, confirmed by her parents and the Travel Trainer.")]},
        "sp": {"strengths": "Simran is physically well; she has no difficulty walking or with her coordination.",
               "rows": [("Simran is very sensitive to noise and smells, especially in the canteen and corridors.",
                         "Noise-reducing headphones for corridors and busy rooms, provided by the school and replaced by the SENCo when worn.\nLunch every day in the resource base quiet room, supervised by a teaching assistant.\nOccupational therapist, Children's Therapies (0–19): 6 sessions per year, 1 hour each, to review Simran's sensory strategies and train resource base staff.",
                         "By July 2027, Simran will move between lessons at the normal changeover time (not early) on 4 out of 5 days, using her headphones, recorded by her key adult.")]},
    },
    "CGE": {"strengths": "Simran is active and has no other health problems.",
            "rows": [("Simran has avoidant/restrictive food intake disorder (ARFID – she eats a very limited range of foods because of their texture and smell, not because of worries about weight). Her weight is on the 9th centile and the dietitian is monitoring it.",
                      "Community Paediatric Dietitian: appointment every 8 weeks (45 minutes) for 12 months to monitor Simran's weight and help her add new foods, with a school eating plan shared with the SENCo after each appointment.",
                      "By July 2027, Simran will add 5 new foods to her 'safe foods' list and keep her weight at or above the 9th centile, measured by the dietitian.")]},
    "after_health": ["Health provision in this section has been agreed by the Designated Clinical Officer (ICB – Integrated Care Board), Dr Farah Siddiqui, on 1 October 2026."],
    "DH": {"strengths": "Simran has a close, supportive family who know her very well.",
           "rows": [("Mornings and mealtimes at home are very stressful because of Simran's anxiety and eating difficulties. The Early Help Family Practitioner's assessment (15 July 2026) found the family need support with routines and with managing anxiety at home. Simran is not open to children's social care.",
                     "None. Short breaks were discussed and the family did not want them.",
                     "Early Help family support: the Early Help Family Practitioner will visit the family at home fortnightly (1 hour) for 6 months from October 2026, working on a morning routine and calm mealtimes.",
                     "By April 2027, Simran will leave home by 8.15am on 4 out of 5 school days, recorded by her parents and reviewed in the Early Help plan meetings.")]},
    "I": {"name": "Castlegate School", "type": "Mainstream secondary school (11–16) with an autism resource base"},
    "J": ("No personal budget requested.", "Not applicable."),
    "K": {
        1: ("Parent/carer views", "14/07/2026", "Simran's mother (Punjabi interpreter) and father", "YES"),
        2: ("Simran's views", "10/07/2026", "Simran, with Dr Y Begum, Educational Psychologist", "YES"),
        3: ("Educational advice", "08/07/2026", "Mr A Collins, SENCo, Castlegate School", "YES"),
        4: (None, "23/06/2026", "Dr P Nair, Community Paediatrician", "YES"),
        5: (None, "10/07/2026", "Dr Y Begum, Educational Psychologist", "YES"),
        6: (None, "15/07/2026", "Ms H Kaur, Early Help Family Practitioner", "YES"),
        7: (None, "29/06/2026", "Ms T Novak, Speech and Language Therapist, Children's Therapies (0–19)", "YES"),
        "extra": [("Occupational therapy advice", "01/07/2026", "Ms C Reid, Occupational Therapist, Children's Therapies (0–19)", "YES"),
                  ("Dietetic advice", "18/06/2026", "Mrs S Akhtar, Community Paediatric Dietitian", "YES")],
        8: (None, "06/07/2026", "Ms V Clarke, Careers Adviser", "YES"),
    },
    "signoff": ("Mrs K Sandhu, SEND Casework Officer", "K. Sandhu", "12/10/2026"),
}

M109 = {
    "file": "m109.docx",
    "front": [
        ("Plan dated", "9 November 2026"),
        ("Last reviewed", "New plan"),
        ("Current NC Year", "Reception"),
    ],
    "personal": {"name": "Zainab", "dob": "Redacted (age 5)", "sex": "Female",
                 "ethnicity": "Asian or Asian British – Afghan", "lang": "Pashto",
                 "parent_lang": "Pashto", "parent1": "Zainab's mother (name withheld)", "rel1": "Mother",
                 "parent2": "Zainab's father (name withheld)", "rel2": "Father"},
    "services": {
        "setting": "Meadowbank Primary School (Reception class)",
        "gp": "Canalside Health Centre; Community Paediatrics (referral made)",
        "nhs": "Held on file",
        "known_sc": "No",
        "others": "Children's Therapies (0–19) speech and language therapy; Educational Psychology Service",
        "lac": "No", "was_lac": "No",
        "one_page": "No",
        "moving": "No",
    },
    "A1": "Zainab came to the UK from Afghanistan with her parents in 2023, when she was two. She lives with her mum, dad and baby brother. She went to a pre-school for two terms, where staff noticed that she did not play with other children or respond to her name. She started in Reception at Meadowbank Primary School in September 2026. She has been referred to Community Paediatrics for an autism assessment.\n\nZainab uses about 20 single words, mostly in Pashto, and a few English words (\"no\", \"more\", \"bye\"). She takes adults by the hand to what she wants. Her parents speak Pashto; a Pashto interpreter was used for all meetings.",
    "A2": {
        "views": "**What Zainab shows us** – Zainab's teaching assistant (TA), Mrs Hussain, watched her play over three weeks in September 2026 and offered her photos of activities to choose from. Zainab:\n- chose the water tray and the slide every time they were offered;\n- laughed and came close when adults sang action songs, and copied the actions for \"Wind the bobbin up\";\n- pushed the photos of carpet time and the hall away;\n- put her hands over her ears and ran to the corner when the class went into the hall.\n\n**What Zainab's parents say** (22 September 2026, with a Pashto interpreter): Zainab is a happy, affectionate girl who loves her baby brother and dancing to music. They are worried that she does not talk much and does not play with her cousins. They want her to learn to talk in Pashto and English, to make friends and to be toilet trained.",
        "interests": "Water play, the slide, action songs, spinning toys and Peppa Pig.",
        "strengths": "Zainab is physically confident and a good climber. She remembers routines quickly, joins in with songs and is affectionate with adults she knows.",
        "aspirations": "Zainab's parents hope that she will talk, have friends and go to the same school as her cousins. In the future they want her to be independent and happy.",
    },
    "BFE": {
        "ci": {"strengths": "Zainab enjoys songs and copies actions; she is starting to look at adults to share things she likes.",
               "rows": [("Zainab uses about 20 single words, mostly in Pashto. She does not yet join words together and communicates mainly by leading adults.",
                         "Speech and language programme delivered in class.\nSpeech and language therapist, Children's Therapies (0–19): visits once each half-term for 1 hour to assess Zainab, set targets and show staff how to use them.",
                         "By July 2027, Zainab will ask for things she wants using two-word phrases in Pashto or English (for example \"more water\"), recorded by her TA on 10 occasions over two weeks."),
                        ("Zainab can only attend to an adult-led activity for about 30 seconds.",
                         "Attention Autism sessions (a group approach using exciting visual activities to build attention and shared enjoyment): daily, 15 minutes, led by a trained TA, group of 4.\nVisual timetable for the day, set up each morning by the TA.",
                         "By the end of Reception, Zainab will have a visual timetable and a daily Attention Autism session with an adult.")]},
        "cl": {"strengths": "Zainab is curious, learns routines quickly and likes cause-and-effect toys.",
               "rows": [("Zainab is working within the 22–36 month stage of the Early Years Foundation Stage (EYFS – the curriculum for children up to the end of Reception) in most areas. She learns best through play and repetition.",
                         "Small group work on early learning skills.",
                         "By July 2027, Zainab will match 10 pictures to real objects and complete a 6-piece inset puzzle on her own, observed by her teacher on two separate days.")]},
        "semh": {"strengths": "Zainab is affectionate and settles quickly with adults she knows.",
                 "rows": [("Zainab becomes very distressed when moving from one activity to another or into busy places. She screams and drops to the floor, and it can take 20 minutes for her to calm down.",
                           "",
                           "By July 2027, Zainab will move between activities using a 'now and next' board without distress on 4 out of 5 transitions in a day, recorded by her TA over one week.")]},
        "sp": {"strengths": "Zainab has good balance and climbs and runs confidently.",
               "rows": [("Zainab is not yet toilet trained. She seeks movement (spinning, jumping) and puts objects in her mouth.",
                         "Toileting routine every 90 minutes, TA, 1-2-1.\nSensory circuit (a short sequence of movement activities to help her feel calm and ready to learn) every morning, 15 minutes, TA, group of 4.\nAdditional adult support for the whole school day (25 hours per week), TA, 1-2-1 at transitions, toileting and lunchtime.",
                         "By July 2027, Zainab will sit on the toilet at each toileting time and be dry during the school day on 4 days out of 5, shown on her toileting chart.")]},
    },
    "CGE": {"strengths": "To be confirmed.",
            "rows": [("Awaiting information from Community Paediatrics. To be updated when the medical advice is received.", "TBC", "TBC")]},
    "DH": {"strengths": "Zainab has a loving family, with help from aunts and cousins who live nearby.",
           "rows": [("The Early Help Family Practitioner met the family on 19 September 2026. The family are well supported by their extended family and no social care needs relating to Zainab's special educational needs were identified at this time. They have been given information about the Disabled Children's Team and the short breaks local offer.",
                     "None at present – short breaks information given to the family.",
                     "None – early help was considered and is not needed at present.",
                     "Not applicable.")]},
    "I": {"name": "Meadowbank Primary School", "type": "Mainstream community primary school"},
    "J": ("No personal budget requested.", "Not applicable."),
    "K": {
        1: ("Parent/carer views", "22/09/2026", "Zainab's mother and father (Pashto interpreter)", "YES"),
        2: ("Zainab's views (observation and photo choices)", "26/09/2026", "Mrs N Hussain, Teaching Assistant", "YES"),
        3: ("Educational advice", "29/09/2026", "Miss C Webb, Reception Teacher, and Mrs D Roberts, SENCo (special educational needs co-ordinator), Meadowbank Primary School", "YES"),
        4: (None, "Requested 04/08/2026 – not received", "Community Paediatrics", "NO"),
        5: (None, "15/09/2026", "Dr T Walker, Educational Psychologist", "YES"),
        6: (None, "19/09/2026", "Mr A Rahimi, Early Help Family Practitioner", "YES"),
        7: (None, "11/09/2026", "Ms P Evans, Speech and Language Therapist, Children's Therapies (0–19)", "YES"),
        8: "delete",
        9: "delete",
    },
    "signoff": ("Mr J Whitehouse, SEND Casework Officer", "J. Whitehouse", "09/11/2026"),
}

M112 = {
    "file": "m112.docx",
    "front": [
        ("Plan dated", "25 June 2026 (amended following annual review)"),
        ("Last reviewed", "Annual review meeting 11 June 2026"),
        ("Current NC Year", "Post-19 (second year at college)"),
    ],
    "personal": {"name": "Hodan", "dob": "Redacted (age 20)", "sex": "Female",
                 "ethnicity": "Black or Black British – Somali", "lang": "Somali",
                 "parent_lang": "Somali", "parent1": "Hodan's mother (name withheld)", "rel1": "Mother"},
    "services": {
        "setting": "Brightwater College (independent specialist college, day placement)",
        "gp": "Parkside Surgery; hospital eye service",
        "nhs": "Held on file",
        "known_sc": "Yes – Adult Social Care Transitions Team",
        "others": "Sensory Support Service (QTVI and habilitation); college speech and language therapist",
        "lac": "No", "was_lac": "No",
        "one_page": "Yes – appended",
        "moving": "No",
    },
    "A1": "Hodan has CVI secondary to HIE at birth, with SLD and GDD. FVA by the QTVI (April 2026) indicates lower visual field loss, crowding and visual latency; presentation should be high-contrast, single-item and within a visually uncluttered environment. Hodan transitioned from a special school to Brightwater College in September 2024. Hodan's mother acts for her under the Mental Capacity Act 2005 in decisions about her EHC plan, following a capacity assessment in 2024.\n\nHodan is at the intentional communication stage, using OoR, vocalisation and body language within a TAC approach. Somali is the home language; a Somali interpreter was used for meetings with her mother.",
    "A2": {
        "views": "**Mother's views** (5 May 2026, with a Somali interpreter): Hodan's mother reports that Hodan is settled at college and presents as content on arrival. She would like Hodan to continue at Brightwater and to do more for herself at home. She is worried about Hodan's weight and about how tired Hodan is after college.\n\n**College views** (annual review report, 11 June 2026): staff report that Hodan engages well in ADL sessions and in O&M and has made progress with OoR at the 1-item level.",
        "interests": "Music (especially drumming), the sensory room, swimming, and time with her sisters.",
        "strengths": "Hodan has a good memory for familiar routes and routines. She is sociable with familiar adults and laughs and vocalises to share enjoyment. She uses her vision well in familiar, uncluttered spaces.",
        "aspirations": "To be discussed at the next annual review.",
    },
    "BFE": {
        "ci": {"strengths": "Hodan shows clear likes and dislikes through vocalisation, facial expression and reaching.",
               "rows": [("Hodan communicates at the intentional level using OoR, vocalisation and body language. Symbolic understanding is emerging.",
                         "TAC approach with OoR in every session, by all college staff, trained by the college speech and language therapist (2-hour training each September).\nCollege speech and language therapist: review of Hodan's OoR and communication passport once a term, 1 hour.",
                         "By July 2027, Hodan will demonstrate consistent intentional use of OoR to indicate choice at the 2-item level across ADL and leisure routines in 80% of opportunities across 3 consecutive data-collection points.")]},
        "cl": {"strengths": "Hodan learns well through repetition of consistent routines.",
               "rows": [("Hodan is working within a pre-formal curriculum and needs high levels of prompting to complete functional tasks.",
                         "Pre-formal curriculum in a class of 6 with a teacher and 3 learning support assistants (LSAs): 25 hours per week (5 days x 5 hours), 38 weeks a year.",
                         "By July 2027, Hodan will complete a 3-step ADL sequence (for example, making a drink) with no more than 1 verbal or physical prompt per step in 4 out of 5 sessions, per LSA data."),
                        ("Hodan needs to develop work-related skills in a supported setting.",
                         "Supported work-related sessions in the college café (sorting cutlery, stacking cups): 2 x 1 hour weekly, LSA, 1-2-1.",
                         "By July 2028, Hodan will complete a 3-item sorting task in the café independently following a 2-item OoR sequence in 4 out of 5 sessions, per LSA data.")]},
        "semh": {"strengths": "Hodan is usually calm and settled in familiar routines.",
                 "rows": [("Hodan becomes dysregulated with unexpected change and sudden noise.",
                           "Structured routine with OoR to signal every transition, and a low-arousal room she can go to at any time, with a sensory diet plan; delivered by her LSA every session.",
                           "By March 2027, Hodan will self-regulate using her sensory diet at transitions, with distress behaviours reduced from a baseline of 6 per week to 2 or fewer per week, per ABC data.")]},
        "sp": {"strengths": "Hodan is mobile and walks independently on familiar, level routes.",
               "rows": [("Hodan has CVI with lower visual field loss and crowding; she trips on kerbs and steps and cannot locate items in cluttered displays.",
                         "QTVI visits twice termly, 1.5 hours each, to update the FVA and advise staff.\nO&M training with the Habilitation Specialist (Sensory Support Service): 1 x 45 minutes weekly, 1-2-1.\nAdapted high-contrast, single-item resources for every session, prepared by her LSA.",
                         "By July 2028, Hodan will demonstrate independent O&M on 2 familiar indoor routes (classroom to café, classroom to bus bay) using a long cane with no physical prompts, per the Habilitation Specialist's assessment."),
                        ("Hodan needs to develop community access skills.",
                         "Weekly community access session to the local supermarket, 1.5 hours, LSA, 1-2-1.",
                         "By July 2027, Hodan will participate in a weekly community access session, selecting 1 item using OoR with LSA support, as evidenced by the LSA log.")]},
    },
    "CGE": {"strengths": "Hodan is generally in good health.",
            "rows": [("Hodan has CVI with lower visual field loss and is reviewed by the hospital eye service.",
                      "Hospital eye service (ophthalmology): annual review (30 minutes), with a written report to the QTVI within 4 weeks.",
                      "See O&M outcome (sensory and/or physical)."),
                     ("Hodan's weight has dropped over the past year (BMI 17.2). She eats slowly and tires at mealtimes.",
                      "Community Dietitian to review weight as needed.",
                      "By July 2027, Hodan will eat a full two-course lunch within 40 minutes on 4 out of 5 days, recorded in the LSA food diary.")]},
    "after_health": ["Health provision agreed by the Designated Clinical Officer (ICB), Mrs L Okafor – 17 June 2026."],
    "DH": {"strengths": "Hodan has a loving family; her mother and sisters care for her at home.",
           "rows": [("The Adult Social Care Transitions Team completed a Care Act assessment on 2 March 2026. Hodan has eligible needs for personal care, for taking part in activities in the community, and for her mother (her main carer) to have regular breaks.",
                     "Not applicable – Hodan is over 18.",
                     "Personal care at home: 1 hour each morning, 7 days a week, by a home care agency.\nDay opportunities on Saturdays: 6 hours weekly at a community day service.\nOvernight respite: 2 nights per month at a residential respite service.\nArranged by Adult Social Care and reviewed every 12 months.",
                     "By July 2027, Hodan will settle to sleep within 1 hour on her respite nights, recorded by respite staff.")]},
    "I": {"name": "Brightwater College", "type": "Independent specialist post-16 institution (day placement), 5 days per week, 38 weeks per year"},
    "J": ("No personal budget for education provision.", "Adult social care provision (Section H2) is arranged as a managed personal budget by Adult Social Care; no direct payment."),
    "K": {
        1: ("Parent views", "05/05/2026", "Hodan's mother (Somali interpreter)", "YES"),
        2: ("Educational advice and annual review report", "11/06/2026", "Ms R Pryce, Head of Learning, Brightwater College", "YES"),
        3: ("Advice from a Qualified Teacher of Vision Impairment", "20/04/2026", "Mr P Sandhu, QTVI, Sensory Support Service", "YES"),
        4: (None, "14/04/2026", "Dr A Okonjo, Consultant Ophthalmologist, hospital eye service", "YES"),
        5: (None, "22/03/2026", "Dr N Osei-Bonsu, Educational Psychologist", "YES"),
        6: (None, "02/03/2026", "Ms K Dunne, Social Worker, Adult Social Care Transitions Team", "YES"),
        7: (None, "27/04/2026", "Ms F Khan, Speech and Language Therapist, Brightwater College", "YES"),
        "extra": [("Habilitation advice", "28/04/2026", "Mrs G Ross, Habilitation Specialist, Sensory Support Service", "YES")],
        8: (None, "11/06/2026", "Ms R Pryce, Head of Learning, and Mr J Cole, Transition Co-ordinator, Brightwater College", "YES"),
    },
    "signoff": ("Mr J Whitehouse, SEND Casework Officer", "J. Whitehouse", "25/06/2026"),
}


# ================================================================= main
ALL = [
    (M101, build_bold), (M102, build_ef), (M103, build_national), (M104, build_bold),
    (M105, build_ef), (M106, build_national), (M107, build_bold), (M108, build_ef),
    (M109, build_national), (M110, build_bold), (M111, build_ef), (M112, build_national),
]

if __name__ == "__main__":
    for plan, fn in ALL:
        fn(plan)
        print("wrote", plan["file"])
