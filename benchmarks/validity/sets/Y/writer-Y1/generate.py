#!/usr/bin/env python3
"""Generator for blind set Y1: twelve fictional EHC plans for Westmoor Council (a fictional
south-west unitary authority). Plan text is held as Python data below; one renderer per layout:
heading2-numbered, shaded-heading-table, national-template.

Usage: /work/blind/.venv-Y1/bin/python generate.py   (writes plans/y101.docx ... y112.docx)
"""
import copy
import os
import re

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "plans")
TEMPLATE = "/work/shared/reference/national-ehcp-template.docx"
COUNCIL = "Westmoor Council"

PLANS = []  # filled by the data blocks below

SECTION_TITLES = {
    "A": "Section A: The views, interests and aspirations of {name} and {poss} family",
    "B": "Section B: Special educational needs",
    "C": "Section C: Health needs which relate to {poss} special educational needs",
    "D": "Section D: Social care needs which relate to {poss} special educational needs or disability",
    "E": "Section E: Outcomes",
    "F": "Section F: Special educational provision",
    "G": "Section G: Health provision",
    "H1": "Section H1: Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970",
    "H2": "Section H2: Other social care provision",
    "I": "Section I: Placement",
    "J": "Section J: Personal budget",
    "K": "Section K: Advice and information",
}


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def add_rich(par, text):
    """Add text to a paragraph; **bold** spans are bolded."""
    parts = re.split(r"(\*\*.+?\*\*)", text)
    for part in parts:
        if not part:
            continue
        if part.startswith("**") and part.endswith("**"):
            par.add_run(part[2:-2]).bold = True
        else:
            par.add_run(part)
    return par


def section_title(plan, key):
    return SECTION_TITLES[key].format(name=plan["name"], poss=plan["poss"])


def render_blocks(doc, blocks, heading_mode):
    """heading_mode: 'h3' (Word Heading 3) or 'bold' (bold paragraph)."""
    for blk in blocks:
        kind = blk[0]
        if kind == "h":
            if heading_mode == "h3":
                doc.add_heading(blk[1], level=3)
            else:
                p = doc.add_paragraph()
                r = p.add_run(blk[1])
                r.bold = True
        elif kind == "p":
            add_rich(doc.add_paragraph(), blk[1])
        elif kind == "q":  # the child's own words
            p = doc.add_paragraph()
            r = p.add_run(blk[1])
            r.italic = True
        elif kind == "ul":
            for item in blk[1]:
                add_rich(doc.add_paragraph(style="List Bullet"), item)
        elif kind == "ol":
            for item in blk[1]:
                add_rich(doc.add_paragraph(style="List Number"), item)
        elif kind == "tbl":
            header, rows = blk[1], blk[2]
            t = doc.add_table(rows=1, cols=len(header))
            t.style = "Table Grid"
            for i, h in enumerate(header):
                c = t.rows[0].cells[i]
                c.text = ""
                c.paragraphs[0].add_run(h).bold = True
                shade(c, "E7EEF7")
            for row in rows:
                cells = t.add_row().cells
                for i, val in enumerate(row):
                    cells[i].text = ""
                    lines = val.split("\n")
                    add_rich(cells[i].paragraphs[0], lines[0])
                    for ln in lines[1:]:
                        add_rich(cells[i].add_paragraph(), ln)
            doc.add_paragraph()
        else:
            raise ValueError(kind)


def front_lines(plan):
    return plan["front"]


# ---------------------------------------------------------------- heading2-numbered
def render_heading2(plan, path):
    doc = Document()
    doc.add_heading(f"{COUNCIL}: Education, Health and Care (EHC) Plan", level=1)
    for label, val in front_lines(plan):
        p = doc.add_paragraph()
        p.add_run(label + ": ").bold = True
        p.add_run(val)
    for key in ["A", "B", "C", "D", "E", "F", "G", "H1", "H2", "I", "J", "K"]:
        doc.add_heading(section_title(plan, key), level=2)
        render_blocks(doc, plan["sections"][key], "h3")
    for line in plan.get("closing", []):
        add_rich(doc.add_paragraph(), line)
    doc.save(path)


# ---------------------------------------------------------------- shaded-heading-table
def render_shaded(plan, path):
    doc = Document()
    p = doc.add_paragraph()
    r = p.add_run(f"{COUNCIL}\nEducation, Health and Care (EHC) Plan")
    r.bold = True
    r.font.size = Pt(16)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for label, val in front_lines(plan):
        cells = t.add_row().cells
        cells[0].text = ""
        cells[0].paragraphs[0].add_run(label).bold = True
        cells[1].text = val
    doc.add_paragraph()
    for key in ["A", "B", "C", "D", "E", "F", "G", "H1", "H2", "I", "J", "K"]:
        ht = doc.add_table(rows=1, cols=1)
        ht.style = "Table Grid"
        c = ht.rows[0].cells[0]
        c.text = ""
        run = c.paragraphs[0].add_run(section_title(plan, key))
        run.bold = True
        run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        shade(c, "1F4E79")
        render_blocks(doc, plan["sections"][key], "bold")
    for line in plan.get("closing", []):
        add_rich(doc.add_paragraph(), line)
    doc.save(path)


# ---------------------------------------------------------------- national-template
from docx.text.paragraph import Paragraph  # noqa: E402


def set_cell(cell, text):
    paras = cell.paragraphs
    first = paras[0]
    for p in paras[1:]:
        p._p.getparent().remove(p._p)
    for child in list(first._p):
        if child.tag != qn("w:pPr"):
            first._p.remove(child)
    lines = text.split("\n")
    add_rich(first, lines[0])
    for ln in lines[1:]:
        add_rich(cell.add_paragraph(), ln)


def para_after(el, parent):
    nxt = el.getnext()
    if nxt is not None and nxt.tag == qn("w:p"):
        return Paragraph(nxt, parent)
    return None


def delete_row(table, row):
    table._tbl.remove(row._tr)


def render_national(plan, path):
    doc = Document(TEMPLATE)
    T = list(doc.tables)
    personal, services, hist, a2, ci, cl, semh, sp, health, social, place, jt, kt, sign = T

    # front matter lines under the title (council house style)
    h1 = [p for p in doc.paragraphs if p.style.name == "Heading 1"][0]
    anchor = para_after(h1._p, h1._parent)
    for label, val in plan["front"]:
        p = anchor.insert_paragraph_before()
        p.add_run(label + ": ").bold = True
        p.add_run(val)

    # personal details (first name only; identifying details withheld)
    pd = plan["personal"]
    rows = personal.rows
    set_cell(rows[1].cells[1], pd["name"]); set_cell(rows[1].cells[3], pd.get("preferred", ""))
    set_cell(rows[2].cells[1], pd["dob"])
    set_cell(rows[3].cells[1], pd["sex"]); set_cell(rows[3].cells[3], pd["ethnicity"])
    set_cell(rows[4].cells[1], pd["lang"]); set_cell(rows[4].cells[3], pd["parent_lang"])
    set_cell(rows[6].cells[1], pd["p1"]); set_cell(rows[6].cells[3], pd["rel1"])
    set_cell(rows[7].cells[1], "Held on the case record"); set_cell(rows[7].cells[3], "Held on the case record")
    set_cell(rows[8].cells[1], "Held on the case record (not shown in this copy)")
    if pd.get("p2"):
        set_cell(rows[9].cells[1], pd["p2"]); set_cell(rows[9].cells[3], pd["rel2"])
        set_cell(rows[10].cells[1], "Held on the case record"); set_cell(rows[10].cells[3], "Held on the case record")
        set_cell(rows[11].cells[1], pd.get("addr2", "Same as parent or carer 1"))
    else:
        for r in [rows[11], rows[10], rows[9]]:
            delete_row(personal, r)

    for i, val in enumerate(plan["services"], start=1):
        set_cell(services.rows[i].cells[1], val)

    set_cell(hist.rows[1].cells[1], "\n".join(plan["history"]))
    set_cell(a2.rows[3].cells[0], "\n".join(plan["views"]))
    set_cell(a2.rows[5].cells[0], "\n".join(plan["interests"]))
    set_cell(a2.rows[7].cells[0], "\n".join(plan["strengths"]))
    set_cell(a2.rows[9].cells[0], "\n".join(plan["aspirations"]))

    for key, tbl in [("ci", ci), ("cl", cl), ("semh", semh), ("sp", sp)]:
        area = plan["areas"].get(key)
        if area is None:
            prev = tbl._tbl.getprevious()
            tbl._tbl.getparent().remove(tbl._tbl)
            if prev is not None and prev.tag == qn("w:p") and not "".join(prev.itertext()).strip():
                prev.getparent().remove(prev)
            continue
        set_cell(tbl.rows[2].cells[0], area["strengths"])
        body = list(tbl.rows)[4:]
        for row, vals in zip(body, area["rows"]):
            for j, v in enumerate(vals):
                set_cell(row.cells[j], v)
        for row in body[len(area["rows"]):]:
            delete_row(tbl, row)

    hc = plan["health"]
    set_cell(health.rows[1].cells[0], hc["strengths"])
    body = list(health.rows)[3:]
    for row, vals in zip(body, hc["rows"]):
        for j, v in enumerate(vals):
            set_cell(row.cells[j], v)
    for row in body[len(hc["rows"]):]:
        delete_row(health, row)
    ap = para_after(health._tbl, health._parent)
    for line in plan["health_agreement"]:
        p = ap.insert_paragraph_before()
        add_rich(p, line)

    sc = plan["social"]
    set_cell(social.rows[1].cells[0], sc["strengths"])
    body = list(social.rows)[3:]
    for row, vals in zip(body, sc["rows"]):
        for j, v in enumerate(vals):
            set_cell(row.cells[j], v)
    for row in body[len(sc["rows"]):]:
        delete_row(social, row)

    set_cell(place.rows[0].cells[1], plan["placement"][0])
    set_cell(place.rows[1].cells[1], plan["placement"][1])
    set_cell(jt.rows[0].cells[1], plan["j"][0])
    set_cell(jt.rows[1].cells[1], plan["j"][1])

    krows = list(kt.rows)
    last = krows[3]._tr
    for item in plan["k"]:
        if item.get("row") is not None:
            row = krows[item["row"]]
        else:
            new_tr = copy.deepcopy(krows[3]._tr)
            last.addnext(new_tr)
            last = new_tr
            row = [r for r in kt.rows if r._tr is new_tr][0]
        if item.get("label"):
            set_cell(row.cells[0], item["label"])
        set_cell(row.cells[1], item.get("date", ""))
        set_cell(row.cells[2], item.get("who", ""))
        set_cell(row.cells[3], item.get("appended", "YES"))

    if plan.get("glossary"):
        gp = para_after(kt._tbl, kt._parent)
        for line in plan["glossary"]:
            add_rich(gp.insert_paragraph_before(), line)

    s = plan["signoff"]
    for j, v in enumerate(s):
        set_cell(sign.rows[1].cells[j], v)
    doc.save(path)


RENDERERS = {
    "heading2-numbered": render_heading2,
    "shaded-heading-table": render_shaded,
    "national-template": render_national,
}


def main():
    os.makedirs(OUT, exist_ok=True)
    for plan in sorted(PLANS, key=lambda p: p["id"]):
        path = os.path.join(OUT, plan["id"] + ".docx")
        RENDERERS[plan["layout"]](plan, path)
        print("wrote", path)


# ================================================================ y101 (SOUND) heading2-numbered
PLANS.append({
    "id": "y101", "layout": "heading2-numbered", "name": "Isla", "poss": "her",
    "front": [
        ("Child's first name", "Isla"),
        ("School year", "Year 4 (age 9)"),
        ("Date this plan was issued", "22 April 2026"),
        ("Last annual review", "Not applicable – this is Isla's first EHC plan"),
        ("Type of plan", "Final plan following an Education, Health and Care needs assessment"),
        ("EHC co-ordinator", "Westmoor Special Educational Needs and Disabilities (SEND) Assessment and Review Team, west locality"),
    ],
    "sections": {
        "A": [
            ("h", "A1 About me – in my own words"),
            ("p", "Isla talked to her EHC co-ordinator in the school library on 4 February 2026, with her mum sitting with her. "
                  "She chose to talk rather than write, and these are her words as she said them. She read this section back "
                  "with her mum and asked for one change (the name of the dog)."),
            ("q", "\"I'm Isla and I'm nine. I live in Saltcombe with Mum, Dad, my brother Reuben and our dog Pickle. I'm really good at drawing "
                  "horses and I know loads about rock pools. I can name eleven kinds of seaweed and I know which crabs are shore crabs and which are velvet swimming crabs.\""),
            ("q", "\"I did home school with Mum for two years. I came back to school in September and I'm in Kestrel Class. I like my class and I've got two best friends, "
                  "Maya and Lowen. Reading out loud makes my tummy go funny, because the words wobble and I lose my place, and then people are waiting.\""),
            ("q", "\"I like it when Mrs Kitto reads the question to me and I can just tell her the answer. I like my green overlay. I don't like it when "
                  "people can see I've got an easier book than them. I'm good at maths when it's not lots of writing.\""),
            ("q", "\"When I'm grown up I want to be a marine biologist or work at the aquarium in Tidemouth. I want to read a whole Famous Five book by myself, "
                  "because Dad reads them to me and I want to find out what happens without waiting.\""),
            ("h", "A2 What Isla's parents tell us"),
            ("p", "Isla's mum and dad wrote their views for the assessment on 12 January 2026 and talked them through at the planning meeting on 4 February 2026."),
            ("p", "They describe Isla as curious, funny and stubborn in a good way: once she has decided to learn something she does not give up. In Year 1 she became "
                  "very anxious about reading, cried before school most mornings and began saying she was \"stupid\". The family decided to educate her at home from "
                  "the spring of 2023. At home her mum used a structured phonics programme and a lot of outdoor learning, and Isla's confidence came back, but her reading "
                  "and spelling stayed well behind what her parents expected for her age, and they wanted her to be with other children again."),
            ("p", "Isla returned to Saltcombe Community Primary School in September 2025. Her parents say the school has welcomed her warmly and they are pleased with how "
                  "quickly she has made friends. Their main worry is that Isla has \"worked out how to hide\" when reading is hard, and that she will fall further behind "
                  "before she moves to secondary school. They want school staff to have access to specialist advice about dyslexia so that everyone teaches her in the same way, "
                  "and they want to keep a close link with the class teacher, which they have at the moment through a short weekly note in Isla's reading record."),
            ("h", "A3 What people like and admire about Isla"),
            ("ul", [
                "She is kind and patient with younger children and is a reading buddy for a Reception child (she looks at the pictures and tells the story).",
                "She has a wide spoken vocabulary and explains her ideas clearly; in science discussions she is often the first to ask \"why?\"",
                "Her maths reasoning is at the level expected for her age when the questions are read to her.",
                "She is a careful, talented artist and her drawings of the seashore were chosen for the school's display at the harbour festival.",
                "She keeps going: her teacher says she \"never refuses, she just needs to know she won't be shown up\".",
            ]),
            ("h", "A4 Hopes and aspirations"),
            ("p", "**Isla's hopes:** to read a whole chapter book by herself, to keep her friends, and one day to be a marine biologist."),
            ("p", "**Her parents' hopes:** that Isla moves to Tidemouth Academy with her friends in September 2028 able to read and write well enough to manage "
                  "lessons without an adult beside her, and that she keeps her love of the sea and the outdoors. In the longer term they hope she will take GCSEs in science "
                  "and go on to study the subject she loves."),
        ],
        "B": [
            ("p", "This section describes Isla's special educational needs. It draws on the advice listed in Section K, in particular the educational psychology "
                  "assessment of February 2026 and the specialist teacher assessment of February 2026."),
            ("h", "B1 Cognition and learning (dyslexia)"),
            ("p", "Isla has dyslexia, a specific learning difficulty that affects how easily she learns to read and spell. The educational psychologist found that her "
                  "verbal reasoning (her ability to understand and explain ideas in words) is in the above-average range for her age. Her phonological processing (hearing and "
                  "working with the sounds in words) and her working memory (holding information in mind while using it) are well below the average range."),
            ("ul", [
                "Reading: Isla reads books at the turquoise book band. On a single-word reading test in February 2026 her reading age was 6 years 9 months (she was 9 years 2 months). "
                "She reads slowly, guesses from the first letter and loses her place on a busy page.",
                "Spelling: her spelling standard score was 76 (the average range is 85 to 115). She spells many words as they sound (\"becos\", \"wos\") and knows 64 of the 200 common exception words for Years 1 to 4.",
                "Writing: Isla has good ideas and a wide vocabulary when she talks, but writes up to three sentences on her own before she stops. Her handwriting is legible but slow.",
                "Maths: her number and reasoning skills are close to those expected for her age; written word problems are difficult unless they are read to her.",
            ]),
            ("h", "B2 Social, emotional and mental health"),
            ("p", "Isla is sociable and settled in her class. Her anxiety is linked to reading and writing in front of others. When she expects to be asked to read aloud, she asks "
                  "to go to the toilet, hides her book under her tray or says she has forgotten her glasses (she does not wear glasses). Staff report this happens two or three times a week. "
                  "After two years of home education she is still getting used to whole-class routines, noise at lunchtime and the pace of changes between lessons."),
            ("h", "B3 Communication and interaction"),
            ("p", "No special educational needs have been identified in this area. Isla's speech and understanding of language are at least at the level expected for her age "
                  "(educational psychology advice and class teacher advice)."),
            ("h", "B4 Sensory and physical"),
            ("p", "No special educational needs have been identified in this area. Isla finds a green overlay helps her keep her place on the page; her eyesight was checked by an "
                  "optometrist in November 2025 and is normal."),
        ],
        "C": [
            ("p", "Isla has no health needs related to her special educational needs. This is based on the health advice from the School Nursing Team (2 February 2026), which "
                  "included a health questionnaire completed with her parents and a review of her GP (family doctor) record. Her eyesight (optometrist, November 2025) and hearing "
                  "(school hearing screen, January 2026) are normal."),
        ],
        "D": [
            ("p", "Isla has no social care needs related to her special educational needs. Westmoor's Disabled Children and Early Help screening team considered the request "
                  "for assessment and gave advice on 20 January 2026 that there are no eligible social care needs. The family were given information about the Westmoor Local Offer "
                  "(holiday activity clubs and the Saltcombe Young Naturalists group) and about how to ask for Early Help in the future. They told us they do not need support at present."),
        ],
        "E": [
            ("p", "These outcomes were agreed with Isla and her parents at the planning meeting on 4 February 2026. They will be reviewed at Isla's first annual review, which must "
                  "take place by April 2027, and progress towards them will be checked each term by the special educational needs co-ordinator (SENCo)."),
            ("h", "E1 Reading and spelling"),
            ("ol", [
                "By July 2027, Isla will read aloud a book at the white book band (two bands above where she is now) to her class teacher with at least 95% of words correct, measured by a running record each half term.",
                "By July 2027, Isla will spell correctly at least 160 of the 200 common exception words for Years 1 to 4 in a dictation check carried out by her teaching assistant at the end of each term (she spells 64 now).",
                "By the end of the spring term 2027, Isla will read one chapter book of her choice (for example a Famous Five story) on her own, keeping a reading log that her dad and her teacher sign each week.",
            ]),
            ("h", "E2 Writing"),
            ("ol", [
                "By March 2027, Isla will write a paragraph of at least six sentences on her own, using a word bank or her speech-to-text software, in 3 out of 4 pieces of topic writing marked by her class teacher.",
                "By July 2027, Isla will receive the Saltcombe Shore Watch junior naturalist certificate, having completed six rock-pool surveys and written up each one herself using her laptop.",
            ]),
            ("h", "E3 Confidence in learning"),
            ("ol", [
                "By December 2026, Isla will choose to read aloud in her reading group (up to four children) at least once a week for four weeks in a row, recorded by her teaching assistant in the group record.",
                "By July 2027, Isla will tell her teacher when she needs help with reading, instead of leaving the room or hiding her book, so that staff record no more than one such incident in a half term (compared with two or three a week now).",
            ]),
        ],
        "F": [
            ("p", "The provision below must be put in place by Saltcombe Community Primary School. The SENCo is responsible for making sure it happens and for recording it on Isla's provision map."),
            ("h", "F1 Teaching for reading and spelling (outcomes 1, 2 and 3)"),
            ("ul", [
                "A structured, cumulative, multi-sensory phonics and spelling programme (currently \"Units of Sound\"), taught **1:1** by a teaching assistant who has completed the programme training, **four times a week for 30 minutes**, outside maths lessons.",
                "Precision teaching of common exception words: **daily for 10 minutes, on her own with** a trained teaching assistant, using the word lists set by the specialist teacher.",
                "A specialist dyslexia teacher from the Westmoor Learning Support Service (holding a Level 7 qualification in specialist teaching and assessment for dyslexia) will visit **once each half term for 1 hour** to observe Isla, update her programme and meet the class teacher and SENCo. A written note of each visit goes to Isla's parents.",
                "Reading books at the right level for Isla with content that interests her (non-fiction about the sea, illustrated chapter books), chosen with the specialist teacher and changed twice a week by the teaching assistant.",
                "September 2026: before the autumn term begins, the specialist teacher will give a **one-hour training session** on dyslexia-friendly teaching to Isla's Year 5 class teacher and the teaching assistants who work with her.",
            ]),
            ("h", "F2 Writing and recording (outcomes 4 and 5)"),
            ("ul", [
                "A laptop with text-to-speech and speech-to-text software for Isla's own use in all lessons, provided by the school, set up and kept up to date by the school's computer technician. The SENCo will check it is working at the start of each half term.",
                "Teaching in how to use the speech-to-text software: **six sessions of 20 minutes, 1:1**, in the first half of the autumn term 2026, with the teaching assistant, then checked by the specialist teacher at her next visit.",
                "Word banks and writing frames for every piece of extended writing, prepared by the class teacher.",
                "For tests and assessments in school, Isla will have **25% extra time and a reader** (a teaching assistant she knows). These arrangements are made by the SENCo.",
                "From January 2027, the class teacher will give Isla one extended writing task each week in science, with a checklist showing what a good paragraph needs.",
            ]),
            ("h", "F3 Confidence and wellbeing (outcomes 6 and 7)"),
            ("ul", [
                "A 5-minute check-in with her key adult (the Kestrel Class teaching assistant) at the start of each school day, to look at the day's timetable and mark any reading she will be asked to do.",
                "Isla will not be asked to read aloud in front of the whole class unless she has offered. Any reading aloud will be practised first 1:1 with the teaching assistant, then in her reading group of **no more than four children**.",
                "\"Brave Readers\", a small-group programme on self-esteem and learning, **in a group of four children, once a week for 30 minutes, for 8 weeks** in the autumn term 2026, then reviewed. It is run by the school's Emotional Literacy Support Assistant (ELSA), who has completed the Westmoor ELSA training and receives supervision from an educational psychologist every half term.",
                "A help card on Isla's desk which she can turn over to show she needs help with reading, agreed with her and explained to all adults who teach her.",
            ]),
            ("h", "F4 Moving to Year 5 and Year 6"),
            ("ul", [
                "In the summer term each year the SENCo will hold a **45-minute** handover meeting with Isla's next class teacher, and Isla will have **two visits of 30 minutes** to her new classroom with her key adult before the summer holiday.",
            ]),
        ],
        "G": [
            ("p", "No health provision is needed, because Isla has no health needs related to her special educational needs (see Section C)."),
        ],
        "H1": [
            ("p", "None. Isla has no eligible social care needs (see Section D)."),
        ],
        "H2": [
            ("p", "None. Short breaks and Early Help were considered. The family have details of the Westmoor Local Offer, including holiday activities and the Saltcombe Young Naturalists group, and know how to ask for Early Help if their circumstances change."),
        ],
        "I": [
            ("p", "Saltcombe Community Primary School, a mainstream primary school maintained by Westmoor Council."),
        ],
        "J": [
            ("p", "Isla's parents have not asked for a personal budget."),
        ],
        "K": [
            ("h", "K1 Advice and information used to write this plan"),
            ("ol", [
                "Parent advice: written views from Isla's mum and dad, 12 January 2026.",
                "Isla's views: recorded by the EHC co-ordinator at school, 4 February 2026.",
                "Educational advice: Mrs J. Kitto, class teacher, and Mr D. Hosking, SENCo, Saltcombe Community Primary School, 28 January 2026.",
                "Psychological advice: Dr Anna Rowe, Educational Psychologist, Westmoor Educational Psychology Service, 16 February 2026.",
                "Health advice: Kerry Jago, Specialist Community Public Health Nurse, School Nursing Team, 2 February 2026.",
                "Social care advice: Senior Practitioner, Disabled Children and Early Help Screening Team, Westmoor Council, 20 January 2026.",
                "Specialist teacher advice: Ruth Polglase, Specialist Teacher (dyslexia), Westmoor Learning Support Service, 9 February 2026.",
            ]),
        ],
    },
})


# ================================================================ y102 (FAIL) shaded-heading-table
PLANS.append({
    "id": "y102", "layout": "shaded-heading-table", "name": "Kieran", "poss": "his",
    "front": [
        ("Child's first name", "Kieran"),
        ("School year", "Year 10 (age 15)"),
        ("Date this plan was issued", "3 July 2026 (amended following annual review)"),
        ("Last annual review", "11 June 2026"),
        ("Type of plan", "Amended final plan"),
        ("EHC co-ordinator", "Westmoor Special Educational Needs and Disabilities (SEND) Assessment and Review Team, east locality"),
    ],
    "sections": {
        "A": [
            ("h", "What Kieran told us"),
            ("p", "Kieran filled in his \"My views\" form with his form tutor on 2 June 2026 and spoke at his annual review on 11 June 2026. This is what he said, in his own words."),
            ("q", "\"I'm Kieran, I'm 15 and I support Tidemouth Town and Plymouth Argyle, in that order. I do the match reports for the school newsletter and I've got a blog "
                  "about non-league football that about 200 people read. I have cerebral palsy which mostly means my legs don't do what I tell them. I use my frame in school "
                  "and my chair for long trips.\""),
            ("q", "\"What's hard is getting between lessons when the corridors are rammed, and writing by hand because my hand gets tired and nobody can read it, including me. "
                  "Science practicals are annoying because I have to stand for ages. I'd rather type everything.\""),
            ("q", "\"What helps is Mr Dyer [his teaching assistant] not fussing, leaving five minutes early with my mate Ollie, and having my laptop. I don't want someone sat next to me in every lesson.\""),
            ("q", "\"When I leave school I want to go to Westmoor College and do the sports media course, and then be a sports journalist. I want to be able to get the bus into "
                  "Tidemouth on my own to go to matches, and one day have my own flat with my mates.\""),
            ("h", "What Kieran's family told us"),
            ("p", "Kieran's mum gave her views in writing on 20 May 2026 and at the review. She says Kieran is witty, determined and very well liked, and that his writing for the newsletter "
                  "has given him real confidence. She is proud that he now does most of his own stretches at home without reminding. She worries about how tired he is by Thursday each week, "
                  "about pain in his knees at the end of the day, and about what happens after Year 11: she would like him to go to college and learn to travel on his own, but she is "
                  "anxious about him using buses that are not always accessible. She would like more help at weekends, when she is on her own with Kieran and his younger sister."),
            ("h", "Kieran's strengths"),
            ("ul", [
                "He is a confident speaker with a sharp sense of humour and good friendships.",
                "He writes well when he types: his English teacher describes his match reports as \"lively and well organised\".",
                "He is working at or close to the expected level in English and maths, and his predicted GCSE grades are 5 in English language and 4 in maths.",
                "He knows his own body well and tells staff when he needs a rest break or his orthoses are rubbing.",
            ]),
            ("h", "Aspirations"),
            ("p", "Kieran wants to study sports media at Westmoor College and become a sports journalist, to travel to matches in Tidemouth by bus on his own, and in the future to live in a flat with friends. "
                  "His mum hopes he will go to college and become as independent as possible."),
        ],
        "B": [
            ("h", "Physical and sensory"),
            ("p", "Kieran has cerebral palsy (spastic diplegia), which means the muscles in his legs are tight and stiff and, to a lesser degree, his hands are affected. He walks with a "
                  "walking frame indoors, uses a wheelchair for longer distances and trips, and wears ankle-foot orthoses (splints worn inside his shoes). He tires quickly, particularly "
                  "later in the week, and needs to sit for most practical activities. Moving between lessons in crowded corridors is unsafe for him at changeover times."),
            ("p", "His fine motor skills (the small movements of the hands) are affected: his handwriting is slow (about 8 words a minute) and hard to read, and he finds fastenings, "
                  "cutting and handling small science equipment difficult."),
            ("h", "Cognition and learning"),
            ("p", "Kieran's learning is broadly in line with his age. The educational psychologist (October 2025) found his verbal and non-verbal reasoning in the average range and his "
                  "processing speed below average, which is partly because of his motor difficulties. He needs more time to complete written work and examinations, and he "
                  "sometimes loses track of homework because of the time he spends on physiotherapy and appointments."),
            ("h", "Social, emotional and mental health"),
            ("p", "Kieran is well liked and has a close group of friends. He can become frustrated and withdrawn when he is tired or in pain, and he is reluctant to accept help in front of "
                  "other students. He does not have a mental health need."),
        ],
        "C": [
            ("p", "Kieran's cerebral palsy is managed by the community paediatrician, the children's physiotherapy service, the orthotics service and the children's occupational therapy service. His health needs are:"),
            ("ul", [
                "tightness in his hamstring and calf muscles, which needs a daily stretching and strengthening programme to prevent his joints becoming fixed;",
                "ankle-foot orthoses, which must fit well and be replaced as he grows;",
                "pain in his knees at the end of the school day and tiredness (fatigue) that builds up during the week;",
                "difficulty with self-care tasks that need fine motor skills, such as fastenings and changing for PE.",
            ]),
        ],
        "D": [
            ("p", "Kieran had a Child and Family Assessment by the Disabled Children's Team in March 2026. It found that Kieran needs help from an adult to shower and dress his lower body each morning, "
                  "which his mum currently provides alone before work. Kieran would like to spend time with young people his own age outside school without his mum being there, "
                  "and his mum needs a break from caring at weekends. The family live in Hallowmoor, where there are no accessible activities for teenagers."),
        ],
        "E": [
            ("p", "Kieran's outcomes were agreed at his annual review on 11 June 2026 and will be checked at his next review in June 2027."),
            ("tbl", ["Area", "Outcome", "How we will know"], [
                ["Cognition and learning", "By July 2027, Kieran will hand in 8 out of 10 maths homework tasks on time in each half term.", "Recorded on the school homework system and checked by his maths teacher."],
                ["Cognition and learning", "By July 2027, Kieran will carry out three science required practicals himself, sitting at an adapted bench, with his teaching assistant helping only to set up the equipment.", "Recorded by his science teacher in his practical log."],
                ["Physical", "By December 2026, Kieran will arrive at lessons no more than five minutes after the start in 9 out of 10 lessons.", "Checked on the class registers over a two-week period by his head of year."],
                ["Cognition and learning", "By the end of Year 10 (July 2027), Kieran will hand in written work in history and geography of the same length as his classmates in 4 out of 5 pieces, using his laptop.", "Checked each half term by his form tutor against the class work."],
                ["Social, emotional and mental health", "By March 2027, Kieran will write all his homework in his planner in 4 weeks out of 5.", "Checked weekly by his learning mentor."],
            ]),
        ],
        "F": [
            ("p", "Provision to be made by Tidemouth Academy, overseen by the special educational needs co-ordinator (SENCo)."),
            ("tbl", ["Provision", "How often and how long", "Who delivers it"], [
                ["Support with setting up and handling equipment in science practicals and food technology, so that Kieran carries out the practical himself.", "In every practical lesson (currently four lessons of 50 minutes a week), 1:1.", "A teaching assistant (TA) trained in moving and handling and briefed by the physiotherapist."],
                ["Laptop with word prediction software for all written work, set up and maintained by the school's IT (information technology) support team; a spare charger kept in the learning support base.", "Every lesson.", "IT support team; SENCo checks termly."],
                ["Leaving each lesson five minutes early with a named friend, and a lift pass.", "Every lesson change.", "Arranged by the head of year; lift pass issued by reception."],
                ["Adapted PE programme planned by the PE teacher with the physiotherapist's advice, including seated and swimming activities.", "Two PE lessons a week (50 minutes each), in the main PE group.", "PE teacher."],
                ["Exam access arrangements: 25% extra time, supervised rest breaks and use of a word processor.", "All internal exams, mocks and GCSE examinations.", "Arranged by the exams officer with the SENCo."],
                ["Organisation mentoring: planner check and planning of homework around appointments.", "Weekly, 20 minutes, 1:1.", "Learning mentor."],
                ["Kieran will have access to the Tidemouth Youth Club inclusion scheme and overnight short breaks at weekends where possible, as agreed with his social worker.", "As appropriate.", "Disabled Children's Team."],
            ]),
        ],
        "G": [
            ("tbl", ["Health provision", "How often and how long", "Who provides it"], [
                ["Review of Kieran's stretching and strengthening programme, with training for his teaching assistant and mum in carrying it out.", "Once each half term, 45 minutes, at school.", "Children's physiotherapist, Tidemouth Community Hospital."],
                ["Daily stretching programme set by the physiotherapist.", "Every school day, 20 minutes, after lunch, in the learning support base.", "Teaching assistant trained by the physiotherapist; at home by Kieran with his mum at weekends."],
                ["Review, fitting and replacement of ankle-foot orthoses.", "Every 6 months, and within 4 weeks if they stop fitting.", "Westmoor Orthotics Service."],
                ["Occupational therapy block: 1:1 sessions teaching Kieran to touch-type at speed and to manage fastenings and changing for PE independently, followed by a home and school practice programme.", "8 weekly sessions of 45 minutes in school in the autumn term 2026, then reviewed.", "Children's occupational therapist, Westmoor Children's Therapy Service."],
                ["Medical review of pain, fatigue and muscle tone, including consideration of further treatment for tightness.", "Every 6 months at clinic.", "Dr P. Menon, Consultant Community Paediatrician."],
            ]),
            ("p", "**Health agreement:** The health provision in Section G was reviewed and agreed by Jo Trewin, Designated Clinical Officer, Westmoor and Coast Integrated Care Board, on 29 June 2026."),
        ],
        "H1": [
            ("p", "Personal care at home: a personal assistant for one hour each weekday morning (7.00am to 8.00am) to help Kieran shower and dress, funded by a direct payment. "
                  "Reviewed every six months by Kieran's social worker in the Disabled Children's Team."),
        ],
        "H2": [
            ("p", "None."),
        ],
        "I": [
            ("p", "Tidemouth Academy, a mainstream secondary academy (11 to 16)."),
        ],
        "J": [
            ("p", "Direct payment for personal care (see Section H1): 5 hours a week at the Westmoor personal assistant rate, paid monthly to Kieran's mum, who employs the personal assistant."),
        ],
        "K": [
            ("tbl", ["Advice or information", "Given by", "Date"], [
                ["Parent views", "Kieran's mum (written views)", "20 May 2026"],
                ["Kieran's views", "Kieran, with his form tutor", "2 June 2026"],
                ["Educational advice", "Mrs L. Hendra, SENCo, Tidemouth Academy", "28 May 2026"],
                ["Psychological advice", "Dr Tom Vosper, Educational Psychologist, Westmoor Educational Psychology Service", "14 October 2025"],
                ["Medical advice", "Dr Priya Menon, Consultant Community Paediatrician", "9 April 2026"],
                ["Physiotherapy advice", "Hannah Rowse, Children's Physiotherapist, Tidemouth Community Hospital", "5 May 2026"],
                ["Occupational therapy advice", "Gemma Luxon, Children's Occupational Therapist, Westmoor Children's Therapy Service", "12 May 2026"],
                ["Orthotics advice", "Westmoor Orthotics Service (orthotist's letter)", "22 April 2026"],
                ["Social care advice", "Ben Carne, Social Worker, Disabled Children's Team (Child and Family Assessment)", "18 March 2026"],
                ["Annual review report", "Tidemouth Academy", "11 June 2026"],
            ]),
        ],
    },
})


# ================================================================ y103 (SOUND) national-template
PLANS.append({
    "id": "y103", "layout": "national-template", "name": "Lenny", "poss": "his",
    "front": [
        ("Plan", "Westmoor Council – Education, Health and Care (EHC) Plan"),
        ("School year", "Reception (age 4)"),
        ("Date this plan was issued", "9 October 2026"),
        ("Last annual review", "Not applicable – first EHC plan. Because Lenny is under five, his first review will be held within six months (by April 2027)."),
    ],
    "personal": {
        "name": "Lenny", "preferred": "Lenny", "dob": "August 2022 (month and year only in this copy)",
        "sex": "Male", "ethnicity": "Gypsy or Irish Traveller (Romany Gypsy)",
        "lang": "English (the family also use some Anglo-Romani words at home)", "parent_lang": "English",
        "p1": "Lenny's mum (name held on the case record)", "rel1": "Mother",
        "p2": "Lenny's dad (name held on the case record)", "rel2": "Father", "addr2": "Same as parent or carer 1",
    },
    "services": [
        "Carrow Down Community Primary School (Puffin Class, Reception)",
        "GP (family doctor): Carrow Down Surgery. Key health professional: Lowenna Bray, Specialist Speech and Language Therapist",
        "Not included in this copy",
        "No",
        "Westmoor Traveller Education Service (advisory teacher); Early Years Inclusion Team; School Nursing Team; Children's Bladder and Bowel Service",
        "No",
        "No",
        "Yes – made with Lenny, his key person and his family in September 2026 (appended)",
        "No",
    ],
    "history": [
        "Lenny is four and lives with his mum, dad and two older sisters on the family's own site on the edge of Carrow Down. His family are Romany Gypsies and have lived in the area for three generations; his grandparents live on the same site and see him every day.",
        "Lenny was born at full term and met his early physical milestones on time. His family noticed that he was slow to start talking: at two and a half he used about ten words. The health visitor referred him to the Children's Speech and Language Therapy Service in 2025, and he had a block of therapy at the Carrow Down Family Hub. He attended Little Acorns Pre-school for three mornings a week from January 2026, where staff noticed that he did not follow instructions given to the group and became upset when other children did not understand him.",
        "In the summer of 2026 the speech and language therapist diagnosed a developmental language disorder (DLD). This means Lenny has long-term difficulty learning and using language, which is not caused by a hearing problem or by a general learning difficulty. Lenny started in Reception at Carrow Down Community Primary School in September 2026. The school's special educational needs co-ordinator (SENCo) and the Traveller Education Service advisory teacher have worked closely with the family, who asked for the EHC needs assessment in April 2026.",
        "**How Lenny communicates**",
        "Lenny mostly uses single words and short phrases of two or three words (\"my tractor\", \"Mum coming?\"). He points, leads adults by the hand and uses a few Makaton signs (simple signs used alongside speech) for \"more\", \"help\", \"finished\" and \"toilet\". He understands more when adults use short sentences, show him objects or photographs and give him time to answer. Familiar adults understand most of what he says; new adults understand about half.",
    ],
    "views": [
        "**Lenny's views – gathered through play, photographs and observation by the people who know him best**",
        "Lenny is not yet able to tell us his views in sentences, so his key person, Mrs Penrose, spent three play sessions with him in September 2026, using photographs of the classroom, the outdoor area and people in school. His speech and language therapist and his mum also told us what they see. This is what we learned:",
        "• Lenny chose the photographs of the outdoor area, the digging pit and the tractors again and again. He said \"tractor – big one\" and \"me dig\" and smiled.",
        "• When shown the photograph of carpet time he shook his head and signed \"finished\". Mrs Penrose sees that he becomes restless and tries to leave when the whole class is listening to a story without pictures.",
        "• He picked the photograph of Mrs Penrose and said \"my lady\"; he goes to her when he is upset.",
        "• At home, Lenny's mum says he is happiest helping his dad and grandad with the horses and that he tells her \"school good\" most days.",
        "**What Lenny's mum and dad say**",
        "Lenny's parents shared their views at home on 4 August 2026 with the Traveller Education Service advisory teacher, who wrote them down and read them back. They say Lenny is a loving, funny little boy who \"knows exactly what he wants\". They were worried that school would not understand him and that he would be left out. They want him to be able to talk to people outside the family, to make friends and to learn to read so he can do the things that his dad finds hard with forms and letters. They would like school to send photographs home so they can talk with Lenny about his day, and they prefer phone calls to letters.",
    ],
    "interests": [
        "Tractors, diggers and anything with wheels; horses and helping with them at home; the digging pit and water tray; songs with actions (he knows all of \"The Wheels on the Bus\"); looking at books with photographs of animals.",
    ],
    "strengths": [
        "Lenny is friendly and affectionate, and other children like to play with him outdoors. He is physically confident and can climb, balance and ride a balance bike. He is good at puzzles and building (his non-verbal problem solving is at the level expected for his age). He copies actions and signs quickly and remembers routines once he has seen them a few times. His family are a great strength: they are very involved and keen to work with school.",
    ],
    "aspirations": [
        "Lenny's family hope he will talk with confidence to people outside the family, make good friends at school, and learn to read and write. His dad would like Lenny to work with horses and have his own business one day, \"but with the reading I never had\". Lenny says his favourite thing is \"tractor\", and his mum says he wants to drive one \"like Grandad\".",
    ],
    "areas": {
        "ci": {
            "strengths": "Lenny wants to communicate and keeps trying when he is not understood. He uses gestures and signs well, understands short sentences with one or two key words, and joins in with action songs.",
            "rows": [
                ("Understanding language: Lenny understands instructions with one or two key words (\"get your coat\") but not longer ones (\"put your coat on the peg and sit on the carpet\"). On the language assessment in June 2026 his understanding was well below the level expected for his age. He often follows what other children do rather than the words.",
                 "Speech and language therapy: Lenny's speech and language therapist will see him on his own in school on Tuesday mornings for 30 minutes, every week in the autumn term 2026 (11 sessions), then every other Tuesday in the spring term 2027 (6 sessions). At each session she will show his key person how to practise his targets.\nDaily 1:1 practice of Lenny's therapy targets with his key person, 10 minutes each day, using the activities set by the therapist.\nAll adults use short sentences, give one instruction at a time, and show an object, photograph or sign with each key word. A visual timetable with photographs is kept by the classroom door and updated by the class teaching assistant each morning.",
                 "By April 2027, Lenny will follow an instruction with three key words (for example \"put the big car in the box\") in 8 out of 10 tries, recorded by his key person in his language log and checked by his speech and language therapist."),
                ("Using language: Lenny speaks in single words and phrases of two or three words, leaves out small words (\"is\", \"the\") and word endings, and cannot yet tell an adult about something that has happened.",
                 "Early Talk Boost: a language programme for young children, in a group of no more than 6, three times a week for 15 minutes, for 9 weeks from January 2027, then reviewed. Led by a teaching assistant who has completed the Early Talk Boost training.\nEach afternoon, 5 minutes of \"talk about my day\" with his key person using photographs taken that day; the same photographs are sent home on the class app so the family can talk about them.",
                 "By July 2027, Lenny will use sentences of four words or more to tell an adult what he has done (for example \"I dig in the sand\"), with at least five examples a week for two weeks in a row, written down by his key person."),
            ],
        },
        "cl": None,
        "semh": {
            "strengths": "Lenny is affectionate and settles quickly with familiar adults. He enjoys playing alongside other children outdoors and will share the tractors with one friend.",
            "rows": [
                ("When Lenny cannot make himself understood, or when other children take his toy, he becomes very frustrated and pushes them or hides under a table. This happens two or three times a day in class. He finds whole-class carpet sessions difficult and tries to leave after about 3 minutes.",
                 "Lenny's key person (Mrs Penrose) or the class teaching assistant will teach and model the Makaton signs and symbol cards for \"help\", \"stop\", \"my turn\" and \"toilet\" in 1:1 play, 3 times a week for 15 minutes, and use them throughout the day.\nCarpet sessions are shortened for Lenny to 5 minutes with a photograph or object to hold, then he moves to a table activity with the teaching assistant.\nSmall-world play with his key person and one friend, 15 minutes, three times a week, to practise turn-taking.",
                 "By April 2027, Lenny will use a sign, symbol card or word to say \"help\" or \"stop\" instead of pushing, so that pushing drops from two or three times a day to no more than twice a week, as recorded on the class behaviour log."),
            ],
        },
        "sp": None,
    },
    "health": {
        "strengths": "Lenny is a healthy, active boy who eats a wide range of food and sleeps well.",
        "rows": [
            ("Lenny has no difficulty with his hearing (the Paediatric Audiology Service tested him in May 2026 and his hearing is normal in both ears), but he is not yet dry during the day. He wets himself on most days in school and does not yet tell an adult when he needs the toilet. The community paediatrician has found no medical cause and has referred him to the Children's Bladder and Bowel Service.",
             "Children's Bladder and Bowel Service: a specialist nurse will assess Lenny at home (one visit of about one hour, booked for 20 October 2026), then meet the family and school staff together every 6 weeks for 30 minutes until April 2027. She will write a toileting plan for school and home and show Lenny's key person how to follow it.\nSchool staff (his key person and one named teaching assistant) will follow the toileting plan: taking Lenny to the toilet on arrival, mid-morning, after lunch and mid-afternoon, and keeping a daily record for the nurse.",
             "By April 2027, Lenny will show an adult the toilet symbol or say \"toilet\" when he needs to go, and be dry at school on at least 3 days out of 5, measured over a two-week record kept by his key person."),
        ],
    },
    "health_agreement": [
        "**Health agreement:** The health provision above was reviewed and supported by Dr Amir Haddad, Designated Medical Officer for special educational needs and disabilities (SEND), Westmoor and Coast Integrated Care Board, on 30 September 2026.",
    ],
    "social": {
        "strengths": "Lenny lives with his mum, dad and two older sisters, with his grandparents on the same site. He has a large, close family who care for him well.",
        "rows": [
            ("Lenny has no social care needs related to his special educational needs. The social care advice from the Westmoor Early Help Hub (21 July 2026) found that his needs are met within his family and that no social care assessment is needed.",
             "None – Lenny has no eligible social care needs (see D).",
             "None. Early Help and short breaks were considered. The family have information about the Carrow Down Family Hub \"Stay and Talk\" sessions and the Westmoor Local Offer, and the Traveller Education Service advisory teacher will go through these again with them before the first review.",
             "Not applicable – no social care outcome is needed."),
        ],
    },
    "placement": ("Carrow Down Community Primary School", "Mainstream primary school maintained by Westmoor Council (Reception class)"),
    "j": ("Lenny's parents have not asked for a personal budget.", "Not applicable"),
    "k": [
        {"row": 1, "label": "Parent advice (recorded at home with the Traveller Education Service advisory teacher)", "date": "4 August 2026", "who": "Lenny's mum and dad"},
        {"row": 2, "label": "Educational advice", "date": "10 July 2026", "who": "Mrs K. Penrose, Reception teacher and key person, and Mrs S. Hocking, SENCo, Carrow Down Community Primary School"},
        {"row": 3, "label": "Speech and language therapy advice", "date": "29 June 2026", "who": "Lowenna Bray, Specialist Speech and Language Therapist, Westmoor Children's Speech and Language Therapy Service"},
        {"row": None, "label": "Bladder and bowel advice", "date": "3 August 2026", "who": "Specialist Nurse, Westmoor Children's Bladder and Bowel Service"},
        {"row": None, "label": "Audiology report", "date": "14 May 2026", "who": "Paediatric Audiology Service, Tidemouth Community Hospital"},
        {"row": 4, "date": "18 July 2026", "who": "Dr Ruth Angove, Community Paediatrician, Westmoor Community Child Health"},
        {"row": 5, "date": "12 August 2026", "who": "Dr Mark Tregear, Educational Psychologist, Westmoor Educational Psychology Service"},
        {"row": 6, "date": "21 July 2026", "who": "Senior Practitioner, Westmoor Early Help Hub"},
        {"row": 7, "date": "1 July 2026", "who": "Advisory Teacher, Westmoor Traveller Education Service"},
    ],
    "signoff": ("Nicola Pascoe, Senior EHC Co-ordinator, Westmoor SEND Assessment and Review Team", "Signed electronically", "9 October 2026"),
})


# ================================================================ y104 (FAIL) heading2-numbered
PLANS.append({
    "id": "y104", "layout": "heading2-numbered", "name": "Ellie-Mae", "poss": "her",
    "front": [
        ("Child's first name", "Ellie-Mae"),
        ("School year", "Year 7 (age 11)"),
        ("Date this plan was issued", "15/05/2026"),
        ("Last annual review", "Not applicable (new plan)"),
        ("Type of plan", "Final plan following an Education, Health and Care needs assessment"),
        ("EHC co-ordinator", "Westmoor Special Educational Needs and Disabilities (SEND) Assessment and Review Team, north locality"),
    ],
    "sections": {
        "A": [
            ("h", "A1 What Ellie-Mae says"),
            ("p", "Ellie-Mae met her EHC co-ordinator with her mum at Brenscombe Community College on 3 March 2026 and wrote some of her answers on sticky notes. We have used her words."),
            ("q", "\"I like animals more than people sometimes. We've got two ferrets, a rescue greyhound called Moss and a bearded dragon. I help at my auntie's stables on Saturdays.\""),
            ("q", "\"Secondary school is massive. I get lost and I panic when the teacher talks fast and then says 'off you go' and I don't know what to do. Reading out loud is the worst. "
                  "Spelling is the worst too. I'm good at art and drama and I'm actually good at science when I can say it instead of writing it.\""),
            ("q", "\"Sometimes I zone out for a second, that's my epilepsy, and then I've missed what the teacher said. It's embarrassing when people say 'hello, earth to Ellie'.\""),
            ("q", "\"I want to be a vet or a veterinary nurse. I want to do my GCSEs and go to college in Tidemouth for animal care.\""),
            ("h", "A2 What Ellie-Mae's parents say"),
            ("p", "Ellie-Mae's parents says she is a caring, creative girl who \"lights up\" when she is with animals. They first noticed problems with reading in Year 2, , but the move to secondary school in September 2025 has been very hard. She has cried most Sunday nights and has "
                  "missed 11 days this year with headaches and worry. They would like her to have a key adult she trusts, help with reading and spelling that actually works, and "
                  "for teachers to understand her epilepsy. They want her to stay at Brenscombe with her friends."),
            ("h", "A3 Strengths and interests"),
            ("ul", [
                "Ellie-Mae have a good group of friends from primary school and is loyal and kind to them.",
                "She has a interest in animals and a detailed knowledge of how to care for them.",
                "She is creative: she is in the school drama club and her art book is full of animal studies.",
                "She explains science ideas clearly when she can talk about them.",
            ]),
            ("h", "A4 Ellie-Mae's story so far"),
            ("p", "Ellie-Mae went to Brenscombe Primary School, where her teachers described her as a hard-working, popular girl who found reading and spelling much harder than her friends. "
                  "She had a small-group phonics programme in Years 3 and 4 and a reading programme in Years 5 and 6, and she made steady but slow progress. Her absence seizures were "
                  "noticed by her Year 4 teacher, who saw her \"staring\" several times a day, and she was diagnosed by the paediatric neurology team in 2024. Since starting medication "
                  "her seizures are less frequent, but they still happen most days, especially when she is tired."),
            ("p", "The move to Brenscombe Community College in September 2025 has been difficult. Ellie-Mae has found the size of the school, the number of teachers and the amount of reading "
                  "in every lesson overwhelming. The school asked for an EHC needs assessment in December 2025 with her parents' support."),
            ("h", "A5 What helps Ellie-Mae"),
            ("ul", [
                "Knowing what is going to happen and where she needs to be.",
                "Instructions given one at a time, and written down.",
                "Not being asked to read aloud unless she has offered.",
                "Being able to explain her ideas out loud or through drawing before writing.",
                "Adults who know about her epilepsy and do not make a fuss when she has an absence.",
            ]),
            ("h", "A6 Aspirations"),
            ("p", "Ellie-Mae wants to become a vet or veterinary nurse, take her GCSEs and study animal care at college in Tidemouth. Her parents hope she will feel settled at secondary school and leave with qualifications that let her follow this."),
        ],
        "B": [
            ("h", "B1 Cognition and learning"),
            ("p", "Ellie-Mae has dyslexia. The educational psychologist's assessment (February 2026) found that her verbal reasoning is in the average range, while her phonological "
                  "processing (working with the sounds in words) and her processing speed are well below average. Her reading age is 8 years 4 months and her spelling standard score is 72. "
                  "She reads slowly (about 70 words a minute on a Year 5 text), her written work is short and she avoids writing when she can. She finds it hard when the the teacher gives "
                  "several instructions at once and there are to many steps to hold in her head."),
            ("h", "B2 Social, emotional and mental health"),
            ("p", "Ellie-Mae is anxious at school, mainly about reading aloud, being lost and being seen to get things wrong. She goes to the toilets to avoid lessons about three times "
                  "a week and has had 11 days of absence since September. Her anxiety has been assessed by the Mental Health Support Team from Child and Adolescent Mental Health "
                  "Services (CAMHS), who found mild to moderate anxiety that they can help with in school."),
            ("h", "B3 Communication and interaction"),
            ("p", "Ellie-Mae has no special educational needs in this area."),
            ("h", "B4 Sensory and physical"),
            ("p", "Ellie-Mae has no sensory or physical special educational needs. Her epilepsy is described in Section C."),
        ],
        "C": [
            ("p", "Ellie-Mae has childhood absence epilepsy, diagnosed in 2024. She has absences (brief losses of awareness lasting a few seconds) several times a day, more often when "
                  "she is tired, hot or anxious, and she may miss what is said during them. She takes medication twice a day at home. Her paediatric neurology letter (January 2026) "
                  "says that school staff need to know how to recognise and record absences, that she must be supervised 1:1 in swimming and that any change in the pattern "
                  "of her seizures must be reported to her epilepsy nurse."),
            ("p", "Ellie-Mae also has anxiety, as described in Section B2, and has headaches when she is worried."),
        ],
        "D": [
            ("p", "Ellie-Mae has no social care needs related to her special educational needs. Social care advice was given by the Westmoor Early Help Hub on 2 February 2026, which found "
                  "no need for a social care assessment. The family have been told about the Local Offer and short breaks, and said they do not need these at present."),
        ],
        "E": [
            ("h", "E1 Cognition and learning"),
            ("ol", [
                "Ellie-Mae will receive a daily 20-minute reading intervention with a trained teaching assistant.",
                "Ellie-Mae will improve her spelling.",
                "By July 2027, Ellie-Mae will read a Year 7 non-fiction article about animal care aloud to her teaching assistant at 100 words a minute with 95% accuracy, tested each half term by the special educational needs co-ordinator (SENCo).",
            ]),
            ("h", "E2 Social, emotional and mental health"),
            ("ol", [
                "Ellie-Mae is given a check-in with her key adult every morning before registration.",
                "By July 2027, Ellie-Mae will feel more confident and happier in lessons.",
                "Staff will use a visual checklist with Ellie-Mae in lessons so that she can record her homework.",
            ]),
        ],
        "F": [
            ("p", "Provision to be made by Brenscombe Community College. The SENCo is responsible for arranging it."),
            ("h", "F1 Cognition and learning"),
            ("ul", [
                "Reading intervention (a structured literacy programme, currently \"Lexia\"): 1:1 with a teaching assistant trained in the programme, daily for 20 minutes, during tutor time and one lesson a week agreed with her parents.",
                "Spelling: precision teaching of subject vocabulary, 1:1, three times a week for 10 minutes, with the same teaching assistant.",
                "A specialist dyslexia teacher from the Westmoor Learning Support Service will visit once each half term for one hour to assess progress, set targets and advise subject teachers.",
                "All subject teachers give instructions one step at a time and on a printed or on-screen checklist; the SENCo will give a 30-minute briefing on this to all of Ellie-Mae's teachers in the first week of each term.",
                "A reader and 25% extra time in all tests and exams, arranged by the exams officer.",
                "A school laptop with text-to-speech software for reading in lessons, set up and maintained by the school's IT (information technology) technician.",
            ]),
            ("h", "F2 Social, emotional and mental health"),
            ("ul", [
                "A 10-minute check-in with her key adult (a named learning mentor) each morning before registration, and 5 minutes at the end of each day to check her homework checklist.",
                "A time-out card allowing her to go to the learning support base for no more than 10 minutes, once per lesson, when she feels anxious.",
                "A map of the school and a colour-coded timetable, provided by her form tutor.",
            ]),
        ],
        "G": [
            ("ul", [
                "Mental Health Support Team (CAMHS): a practitioner will deliver guided self-help for anxiety, 1:1, in school, once a week for 45 minutes for 8 weeks in the autumn term 2026, then review with Ellie-Mae and her parents.",
            ]),
        ],
        "H1": [("p", "None. Ellie-Mae has no eligible social care needs (see Section D).")],
        "H2": [("p", "None. Short breaks and Early Help were considered (see Section D).")],
        "I": [("p", "Brenscombe Community College, a mainstream secondary school maintained by Westmoor Council.")],
        "J": [("p", "No personal budget has been requested.")],
        "K": [
            ("h", "K1 Advice and information"),
            ("ol", [
                "Parent advice: Ellie-Mae's mum and dad, 21 January 2026.",
                "Ellie-Mae's views: recorded by the EHC co-ordinator, 3 March 2026.",
                "Educational advice: Mr A. Rowe, SENCo, Brenscombe Community College, 30 January 2026.",
                "Psychological advice: Dr Kate Lander, Educational Psychologist, Westmoor Educational Psychology Service, 20 February 2026.",
                "Medical advice: Dr S. Okafor, Consultant Paediatric Neurologist, letter dated 14 January 2026, with Epilepsy Nurse Specialist update, 6 February 2026.",
                "Mental health advice: Mental Health Support Team practitioner, CAMHS, 11 February 2026.",
                "Social care advice: Westmoor Early Help Hub, 2 February 2026.",
            ]),
        ],
    },
})


# ================================================================ y105 (FAIL) national-template
PLANS.append({
    "id": "y105", "layout": "national-template", "name": "Jayden", "poss": "his",
    "front": [
        ("Plan", "Westmoor Council – Education, Health and Care (EHC) Plan"),
        ("School year", "Year 8"),
        ("Date this plan was issued", "17th September 2026"),
        ("Last annual review", "N/A – new plan"),
    ],
    "personal": {
        "name": "Jayden", "preferred": "Jay", "dob": "2013 (year only in this copy)",
        "sex": "Male", "ethnicity": "White British",
        "lang": "English", "parent_lang": "English",
        "p1": "Jayden's mum (name held on the case record)", "rel1": "Mother",
    },
    "services": [
        "Tidemouth Academy (mainstream secondary, Year 8)",
        "GP: Harbour Surgery, Tidemouth. CAMHS MHST practitioner (see Section G)",
        "Not included in this copy",
        "Yes – Jayden has been subject to a child protection plan (category: neglect) since March 2026. Allocated social worker, Tidemouth Children's Social Care.",
        "Tidemouth Academy DSL; ELSA; school nurse; Youth Hub key worker",
        "No",
        "No",
        "No",
        "No",
    ],
    "history": [
        "Jayden is 13 and lives in Tidemouth with his mum and his two younger half-sisters. He went to Quay Street Primary School, where he was well liked, but his attendance fell to around 80% in Year 5 and Year 6, and he had extra help with reading and with managing his feelings from Year 4. In Year 7 at Tidemouth Academy he had 14 suspensions, mostly for leaving lessons, refusing to follow instructions and two incidents of throwing equipment. He has had a pastoral support plan since January 2026 and was at risk of being permanently excluded in the spring term.",
        "Jayden has found it harder and harder to come to school, and his attendance in Year 7 was 78%. The school asked for an EHC needs assessment in April 2026. The educational psychologist found that Jayden's difficulties come mainly from worry and stress about things that have happened to him, and that his reading is behind because of the learning he has missed rather than a specific learning difficulty.",
        "**Communication**",
        "Jayden talks well and explains himself clearly to adults he trusts. When he is upset he may swear, shout, or go quiet and leave the room.",
    ],
    "views": [
        "**What Jayden said (at school with his ELSA on 8 July 2026):**",
        "\"Most teachers just shout. Mr Bray doesn't, he just says 'come on Jay, walk with me'. I like DT and PE and I like being outside. I don't like when people stare at me in class or when the teacher makes me read out.\"",
        "\"Sometimes I don't sleep because it's loud at home or I'm thinking about stuff, and then I'm tired and everything annoys me. I want to stop getting kicked out. I want to be a mechanic like my uncle Dean, or work on the boats.\"",
        "**What Jayden's mum said (telephone call with the EHC co-ordinator, 15 July 2026):**",
        "Jayden's mum says he is a kind boy who is brilliant with his little sisters and can fix anything with an engine. She says things have been hard at home this year and she knows Jayden has worried about it. She wants school to stop sending him home, to help him with his reading so he is not embarrassed, and to help him get onto a mechanics course when he is older.",
    ],
    "interests": [
        "Engines, bikes and fixing things; fishing off the harbour wall with his uncle; football (Tidemouth Town); DT at school.",
    ],
    "strengths": [
        "Jayden is practical and good with his hands; his DT teacher says his work is among the best in the year. He is caring towards younger children and his sisters, is funny, and forms strong relationships with adults who are calm and consistent. He is good at mental maths and at explaining how things work.",
    ],
    "aspirations": [
        "Jayden wants to be a motor mechanic like his uncle, or work on the fishing boats in Tidemouth harbour. His mum hopes he will stay in school, get his GCSEs in maths and English and go on to a mechanics course at Westmoor College.",
    ],
    "areas": {
        "ci": None,
        "cl": {
            "strengths": "Jayden has good mental arithmetic and strong practical problem-solving skills. His spoken vocabulary is at the level expected for his age.",
            "rows": [
                ("Jayden's reading age is 9 years 6 months and his spelling is weak, because of gaps from missed school. He avoids reading aloud and written tasks, which often leads to him leaving lessons.",
                 "Literacy catch-up intervention in a small group, regularly, with a TA.\nAccess to reading support in lessons where possible.",
                 "By July 2027, Jayden will read a Year 7 technical text (such as a workshop manual page) with 90% accuracy, increasing his reading age from 9 years 6 months to at least 11 years on the school's standardised reading test, taken each term by the SENCo."),
            ],
        },
        "semh": {
            "strengths": "Jayden forms trusting relationships with calm, consistent adults and responds well to humour. He can name when he is tired or worried once he has calmed down.",
            "rows": [
                ("Jayden experiences high levels of anxiety and hypervigilance linked to his experiences at home. When dysregulated he leaves lessons (about 4 times a week), shouts or throws equipment. He finds it hard to trust new adults.",
                 "Access to a quiet space when needed.\nRegular check-ins with a trusted adult.\nELSA sessions as appropriate.\nStaff to use PACE and TIS approaches.",
                 "By July 2027, Jayden will use his agreed exit card and go to the named quiet room instead of leaving lessons without permission, so that unplanned exits fall from about 4 a week to no more than 1 a fortnight, recorded on the school's behaviour system."),
                ("Jayden finds unstructured times difficult and has been involved in conflicts with peers at break and lunch.",
                 "Small group social skills sessions where possible.\nUp to 10 hours per week of LSA support at unstructured times.",
                 "By March 2027, Jayden will spend break and lunchtime in the DT club or the supervised games room without an incident being logged on at least 4 days out of 5 over a half term, recorded by the head of year."),
                ("Jayden's attendance is 78% and he has had 14 suspensions.",
                 "Reduced timetable if needed, reviewed regularly.\nThe SENCo to liaise with the EWO.",
                 "By July 2027, Jayden's attendance will be at least 92% over the summer term, and he will have no more than 2 suspensions over the school year, recorded on the school's attendance system."),
            ],
        },
        "sp": None,
    },
    "health": {
        "strengths": "Jayden is physically fit and enjoys football and being outdoors.",
        "rows": [
            ("Jayden has difficulty getting to sleep and staying asleep (he reports 4 to 5 hours on school nights), and low mood. He was referred to CAMHS in May 2026 and assessed by the MHST in June 2026.",
             "CAMHS MHST practitioner: 1:1 sessions of guided self-help for low mood and sleep, in school, weekly for 45 minutes for 8 weeks from September 2026, then reviewed with Jayden and his mum. School nurse: one sleep-hygiene session of 30 minutes with Jayden and his mum at home in October 2026.",
             "By January 2027, Jayden will follow his sleep routine on at least 4 school nights a week and report at least 7 hours' sleep on those nights, recorded in his sleep diary and checked by the MHST practitioner each session."),
        ],
    },
    "health_agreement": [
        "**Health agreement:** Section G agreed by Jo Trewin, Designated Clinical Officer, Westmoor and Coast ICB, 10 September 2026.",
    ],
    "social": {
        "strengths": "Jayden is close to his mum, his sisters and his uncle.",
        "rows": [
            ("Jayden is subject to a child protection plan.", "None", "None", ""),
        ],
    },
    "placement": ("Tidemouth Academy", "Mainstream secondary academy"),
    "j": ("None requested", "N/A"),
    "k": [
        {"row": 1, "label": "Parent views", "date": "15 July 2026", "who": "Jayden's mum (telephone, recorded by EHC co-ordinator)"},
        {"row": 2, "label": "Jayden's views", "date": "8 July 2026", "who": "Jayden, with his ELSA"},
        {"row": 3, "label": "Educational advice", "date": "3 July 2026", "who": "Mrs R. Jewell, SENCo, Tidemouth Academy"},
        {"row": 4, "date": "24 June 2026", "who": "CAMHS MHST practitioner, and School Nursing Team (health questionnaire)"},
        {"row": 5, "date": "26 June 2026", "who": "Dr Helen Vyvyan, EP, Westmoor EPS"},
    ],
    "signoff": ("Mark Tonkin, EHC Co-ordinator", "Signed electronically", "17 September 2026"),
})


# ================================================================ y106 (SOUND) shaded-heading-table
PLANS.append({
    "id": "y106", "layout": "shaded-heading-table", "name": "Tegan", "poss": "her",
    "front": [
        ("Child's first name", "Tegan"),
        ("School year", "Year 9 (age 14)"),
        ("First EHC plan", "21.11.2019"),
        ("Last annual review", "14.05.2026"),
        ("Date this plan was issued", "19.06.2026 (amended following the annual review)"),
        ("EHC co-ordinator", "Westmoor Special Educational Needs and Disabilities (SEND) Assessment and Review Team, east locality"),
    ],
    "sections": {
        "A": [
            ("h", "About Tegan, in her own words"),
            ("p", "Tegan wrote this with her tutor before her Year 9 annual review on 14 May 2026 and read it out at the meeting herself."),
            ("q", "\"Hi, I'm Tegan and I'm 14. I live in Porthcarrow with my mum, my stepdad, my brother Finn and far too many chickens. I have cerebral palsy on my right side, "
                  "so my right hand and leg don't work as well as my left. Most people don't notice until I have to do up buttons or carry a tray.\""),
            ("q", "\"I love reading (fantasy mostly), baking, and helping with the little ones at Rainbows on a Tuesday. I'm good at English and I'm getting better at maths because "
                  "Mrs Chegwin explains it in steps. I get tired by the afternoon and my leg aches if I've walked a lot, and I hate it when people help me without asking.\""),
            ("q", "\"What I want: to be a primary school teacher. To go to Tidemouth on the bus with my friends without Mum driving me. To learn to cook proper meals, not just cakes. "
                  "To do my Duke of Edinburgh like my cousin did. One day I want to drive, with an adapted car if I need one, and live in my own place.\""),
            ("h", "What Tegan's family say"),
            ("p", "Tegan's mum and stepdad gave their views at the review and in a written form dated 6 May 2026. They say Tegan is thoughtful, determined and \"the organiser\" of the family. "
                  "They are proud of how she has settled at Porthcarrow School and of her volunteering with Rainbows. Their worries are about her tiredness, the pain in her right leg after "
                  "long days, and about how she will cope with getting around on her own as she gets older. They would like her to have as much independence as possible, and they want "
                  "her therapists to keep in close touch with school. They live up to 40 minutes from most of Tegan's appointments, so they would like therapy in school wherever it can be arranged."),
            ("h", "Strengths"),
            ("ul", [
                "Tegan is an able, enthusiastic reader and writes imaginatively; she is working at the expected level in English.",
                "She is organised and reliable and is a form representative on the school council.",
                "She is patient and caring with younger children and is a trusted volunteer at Rainbows.",
                "She has found her own one-handed ways of doing many tasks and is good at explaining what helps her.",
            ]),
            ("h", "Aspirations"),
            ("p", "Tegan wants to train as a primary school teacher, travel independently, cook meals for herself, complete her Duke of Edinburgh's Award, learn to drive and one day live in her own home. "
                  "Her family share these hopes and want her to stay healthy and active."),
        ],
        "B": [
            ("h", "Physical"),
            ("p", "Tegan has cerebral palsy affecting the right side of her body (right hemiplegia). Her right hand has limited grip and she uses it mainly to steady things; she writes with her "
                  "left hand. Her right leg is weaker and tighter than her left, she wears a splint on her right ankle and foot, and she walks independently but tires on slopes, stairs and long "
                  "distances. She finds fastenings, cutting, carrying trays and practical tasks in science and food lessons difficult, and asks for help when needed."),
            ("h", "Cognition and learning"),
            ("p", "The educational psychologist's updated advice (March 2026) found Tegan's verbal reasoning is above average and her working memory and processing speed are below average. "
                  "In practice, she understands new ideas quickly but needs more time to complete written and multi-step tasks, especially in maths, and loses track of long instructions. "
                  "She is working at the expected level in English and just below it in maths."),
            ("h", "Social, emotional and mental health"),
            ("p", "Tegan is sociable and has a settled group of friends. She is self-conscious about her right hand in front of new people and becomes anxious before changes such as new "
                  "classes, trips and, now, thinking about life after school. She manages these worries well when she knows what will happen in advance."),
        ],
        "C": [
            ("p", "Tegan has no difficulty with her eating, drinking or general health, but her cerebral palsy means she has the following health needs:"),
            ("ul", [
                "tightness in her right calf and hamstring muscles, which needs a daily stretching and strengthening programme to keep her walking well as she grows;",
                "a right ankle-foot orthosis (splint) which must fit well; as she is still growing it needs regular checking and replacement;",
                "aching in her right leg and tiredness after long days, which her paediatrician monitors.",
            ]),
        ],
        "D": [
            ("p", "Tegan's social care needs were reviewed by her social worker in the Disabled Children's Team (Child and Family Assessment update, 12 February 2026). Tegan needs support to "
                  "take part in activities with other young people outside school, because the activities near her village are not accessible and her parents both work shifts. She is "
                  "building her independence with personal care and does not need personal care support at home."),
        ],
        "E": [
            ("p", "Tegan's outcomes were agreed at her annual review on 14 May 2026. Outcomes 4 to 7 are preparing-for-adulthood outcomes. They will be reviewed at her Year 10 annual review in May 2027."),
            ("tbl", ["No.", "Outcome", "How we will know"], [
                ["1", "By July 2027, Tegan will complete written maths problems of three or more steps independently, getting at least 7 out of 10 correct, using her step-by-step checklist.", "Maths teacher's end-of-unit assessments, recorded each half term."],
                ["2", "By the end of Year 10 (July 2027), Tegan will carry out the practical parts of 6 science practicals herself using adapted equipment.", "Science teacher's practical log."],
                ["3", "By March 2027, Tegan will tell a teacher before a change (a new room, a trip, a cover lesson) what she is worried about and what would help, on at least 4 out of 5 occasions.", "Recorded by her form tutor in the weekly check-in log."],
                ["4 (independent living)", "By July 2027, Tegan will access Tidemouth town centre independently on the Number 12 service bus with a friend, making the return journey without an adult on at least three occasions.", "Travel training record signed off by the independent travel trainer; Tegan's own travel diary."],
                ["5 (independent living)", "By May 2027, Tegan will plan and cook a two-course meal for her family, using one-handed kitchen equipment, with no more than two prompts from an adult.", "Food teacher's assessment and her mum's note in her home-school book."],
                ["6 (employment)", "By May 2027, Tegan will complete one week of work experience in a primary school classroom and receive a positive report from the placement.", "Written report from the placement school, kept by the careers adviser."],
                ["7 (good health; friends and community)", "By July 2027, Tegan will gain her Bronze Duke of Edinburgh's Award, including 3 months of volunteering with Rainbows and carrying out her stretching programme herself at least 5 days a week (her physical section).", "Award record signed by the school's award leader; physiotherapist's review notes."],
            ]),
        ],
        "F": [
            ("p", "Provision to be made by Porthcarrow School. The special educational needs co-ordinator (SENCo), Mrs Chegwin, oversees it and reports on it at each review."),
            ("tbl", ["Provision", "How often / how long / group size", "Delivered by"], [
                ["Maths: pre-teaching and step-by-step checklists for multi-step problems.", "Twice weekly, 25 minutes, in a group of no more than 4.", "Higher level teaching assistant (HLTA) with a maths specialism."],
                ["Adapted equipment in science and food lessons (non-slip mats, one-handed chopping board, spike board, adapted measuring jug).", "Available in every practical lesson.", "Provided by the school; kept and checked each term by the science and food technicians."],
                ["Support to set up practical equipment in science and food lessons so that Tegan carries out the practical herself.", "Every practical lesson (currently 3 a week), 1:1 for setting up only.", "Teaching assistant trained in the adapted methods by the occupational therapist."],
                ["Occupational therapy: teaching one-handed cooking and kitchen safety skills and efficient keyboard use.", "6 sessions, 1:1, Thursday afternoons, 45 minutes each, in the autumn term 2026; then a 30-minute review each term.", "Children's occupational therapist, Westmoor Children's Therapy Service."],
                ["Laptop for extended writing, with a one-handed keyboard layout, set up and maintained by the school's computer technician.", "All lessons.", "Computer technician; SENCo checks each half term."],
                ["Exam access arrangements: 25% extra time and supervised rest breaks.", "All tests, mock and public examinations.", "Arranged by the exams officer with the SENCo."],
                ["Weekly check-in to plan for changes in the week ahead.", "Every Monday, 15 minutes, 1:1.", "Form tutor."],
                ["Independent travel training on the Number 12 bus route.", "From March 2027: 8 weekly sessions of 90 minutes, 1:1, reducing support step by step.", "Westmoor independent travel trainer (commissioned by the school with the Preparing for Adulthood Team)."],
                ["Careers guidance and work experience planning.", "May 2027: a one-week work experience placement in a primary school, arranged by the careers adviser, who will also meet Tegan 1:1 for 45 minutes each term to plan it.", "Careers adviser (Level 6 qualified in careers guidance)."],
                ["Duke of Edinburgh's Award: place in the school's Bronze group, with the expedition route and equipment adapted.", "Weekly after-school session, 60 minutes, in a group of no more than 12, plus the expedition in June 2027.", "School award leader, with advice from the physiotherapist on the expedition."],
            ]),
        ],
        "G": [
            ("tbl", ["Health provision", "How often / how long", "Who provides it"], [
                ["Physiotherapy review of Tegan's stretching and strengthening programme at school, with updated instructions for Tegan and her family.", "Once each half term, 40 minutes.", "Children's physiotherapist, Westmoor Children's Therapy Service."],
                ["Daily stretching programme (to become Tegan's own responsibility by July 2027).", "Every day, 15 minutes: at school before lunch with her teaching assistant supervising, and at home at weekends.", "Tegan, supervised by a teaching assistant trained by the physiotherapist."],
                ["Review and refitting of her right ankle-foot orthosis.", "Every 4 months, and within 3 weeks of a request if it no longer fits.", "Westmoor Orthotics Service, Tidemouth Community Hospital."],
                ["Medical review of muscle tone, growth and leg pain.", "Every 6 months in clinic.", "Dr P. Menon, Consultant Community Paediatrician."],
            ]),
            ("p", "**Health agreement:** Jo Trewin, Designated Clinical Officer, Westmoor and Coast Integrated Care Board, confirmed the health provision in this section on 11 June 2026."),
        ],
        "H1": [
            ("p", "Short breaks: a place at \"Moor Friends\", an inclusive youth club run by the Westmoor Short Breaks Service in Tidemouth, every other Saturday for 4 hours (10am to 2pm), "
                  "with transport from Porthcarrow and a support worker shared with one other young person (1:2). Reviewed every 6 months by Tegan's social worker, Disabled Children's Team."),
        ],
        "H2": [
            ("p", "None. Tegan does not need personal care support at home (see Section D)."),
        ],
        "I": [("p", "Porthcarrow School, a mainstream secondary school (11 to 16) maintained by Westmoor Council.")],
        "J": [("p", "No personal budget has been requested. The family were told about direct payments for short breaks and chose a commissioned place.")],
        "K": [
            ("tbl", ["Advice or information", "Given by", "Date"], [
                ["Parent views", "Tegan's mum and stepdad (written form and at the review)", "6 May 2026"],
                ["Tegan's views", "Tegan, written with her tutor", "14 May 2026"],
                ["Educational advice (annual review report)", "Mrs E. Chegwin, SENCo, Porthcarrow School", "30 April 2026"],
                ["Psychological advice (updated)", "Dr Tom Vosper, Educational Psychologist, Westmoor Educational Psychology Service", "3 March 2026"],
                ["Medical advice", "Dr Priya Menon, Consultant Community Paediatrician", "2 April 2026"],
                ["Physiotherapy advice", "Hannah Rowse, Children's Physiotherapist, Westmoor Children's Therapy Service", "22 April 2026"],
                ["Occupational therapy advice", "Gemma Luxon, Children's Occupational Therapist, Westmoor Children's Therapy Service", "27 April 2026"],
                ["Orthotics advice", "Westmoor Orthotics Service (orthotist's clinic letter)", "9 March 2026"],
                ["Social care advice", "Ben Carne, Social Worker, Disabled Children's Team (Child and Family Assessment update)", "12 February 2026"],
                ["Preparing for adulthood advice", "Careers adviser, Porthcarrow School, and the Westmoor Preparing for Adulthood Team", "7 May 2026"],
            ]),
        ],
    },
})


# ================================================================ y107 (FAIL) shaded-heading-table
PLANS.append({
    "id": "y107", "layout": "shaded-heading-table", "name": "Ruby", "poss": "her",
    "front": [
        ("Child's first name", "Ruby"),
        ("School year", "Year 11 (September 2025 to July 2026); age 16 during Year 11"),
        ("Date this plan was issued", "10 July 2025"),
        ("Last annual review", "Not yet held"),
        ("Type of plan", "Final plan following an Education, Health and Care needs assessment"),
        ("EHC co-ordinator", "Westmoor Special Educational Needs and Disabilities (SEND) Assessment and Review Team, west locality"),
    ],
    "sections": {
        "A": [
            ("h", "Ruby's views"),
            ("p", "Ruby met her EHC co-ordinator twice at school, on 5 and 19 June 2025, and chose to type her views herself. They are copied here as she wrote them."),
            ("q", "\"I'm Ruby, I'm 15 and I live in Saltcombe with my mum and my nan. I've had type 1 diabetes since I was nine. I'm fine with it most of the time but when my "
                  "levels are all over the place I can't think and I feel rubbish, and I hate having to sort it out in front of people.\""),
            ("q", "\"I stopped going to school properly in Year 9 because I was panicking every morning. Now I do mornings and I'm building up. I'm good at art and photography and "
                  "I like working on my own. I get stressed in big classes and when I get behind.\""),
            ("q", "\"I want to do art and photography at Westmoor College and then maybe be a wedding photographer or work in a gallery. I want to be able to manage my diabetes "
                  "on my own at college without anyone checking on me.\""),
            ("h", "What Ruby's mum and nan say"),
            ("p", "Ruby's mum and nan gave their views on 2 June 2025. They say Ruby is talented, sensitive and funny, and a huge help to her nan. They describe how her anxiety grew "
                  "in Year 9 after a bad hypo (a very low blood sugar) in a maths lesson, which she found humiliating, and how she then began to miss school. They want Ruby to finish "
                  "Year 11 with GCSEs in art and photography, English and maths, to go to college, and to be confident looking after her own diabetes. They would like a named "
                  "member of staff who understands diabetes to be available to her throughout the day, and they want school to accomodate her part-time timetable while she builds up."),
            ("h", "Ruby's story so far"),
            ("p", "Ruby was diagnosed with type 1 diabetes when she was nine, after a short stay in hospital. She managed well at Saltcombe Primary School, where a small staff team knew her well. "
                  "At Saltcombe School she did well in Years 7 and 8, particularly in art, but in Year 9 she had a severe hypo in a maths lesson and was taken to hospital by ambulance. After this "
                  "she became very anxious about school and her attendance fell sharply. She was referred to Child and Adolescent Mental Health Services in Year 9 and has been on a part-time "
                  "timetable since the spring of Year 10. The school asked for an EHC needs assessment in February 2025."),
            ("p", "Ruby has worked hard to keep up with her art and photography at home, and her art teacher has continued to mark her work and send her feedback each week."),
            ("h", "Strengths"),
            ("ul", [
                "Ruby is a talented artist and photographer; her GCSE art coursework is predicted a grade 7.",
                "She is independent with most of her diabetes care: she counts carbohydrates and adjusts her insulin pump herself on good days.",
                "She is kind, reflective and works well on her own.",
                "She has kept going with her studies despite a very difficult two years.",
            ]),
            ("h", "Aspirations"),
            ("p", "Ruby wants to study art and photography at Westmoor College and work as a photographer or in a gallery, and to manage her diabetes independently. Her family hope she will go to college and become confident and independent."),
        ],
        "B": [
            ("h", "Social, emotional and mental health"),
            ("p", "Ruby has anxiety which, since Year 9, has led to her missing a great deal of school. Her attendance was 46% in Year 9 and 61% in Year 10. She currently attends "
                  "mornings only (15 hours a week) and works in the learning support base for two of those hours. She becomes anxious in large classes, when she is behind with work, "
                  "and when she needs to manage her blood sugar in front of others. She has described panic attacks on the way to school, which have occured about once a week this term."),
            ("h", "Cognition and learning"),
            ("p", "Ruby's underlying ability is in the average to above-average range (educational psychology advice, February 2025), but she has large gaps in maths and science because "
                  "of missed learning. She is working towards grade 3 in maths and grade 4 in English. When her blood sugar is high or low her concentration and memory are affected "
                  "for up to an hour, and she may need to sit tests seperately or at another time."),
        ],
        "C": [
            ("p", "Ruby has type 1 diabetes, managed with an insulin pump and a continuous glucose monitor (a sensor that shows her blood sugar on her phone). She needs to check her "
                  "levels before lunch, before exercise and before exams, to treat low blood sugar straight away and to have her insulin adjusted for food. She has had two severe hypos "
                  "at school. She also has anxiety, for which she has been seen by Child and Adolescent Mental Health Services (CAMHS)."),
        ],
        "D": [
            ("p", "Ruby has no social care needs related to her special educational needs. Social care advice was given by the Westmoor Early Help Hub (6 May 2025), which found that no "
                  "social care assessment was needed. Ruby's mum has been given information on the Local Offer and the young carers' group; Ruby did not want to join at present."),
        ],
        "E": [
            ("p", "These outcomes will be reviewed at Ruby's annual review."),
            ("tbl", ["Area", "Outcome", "How we will know"], [
                ["Social, emotional and mental health", "By February 2026, Ruby will attend school for 20 hours a week (four full days and one morning) for 4 weeks in a row.", "School attendance register, checked weekly by the head of year."],
                ["Cognition and learning", "By the end of Year 11 (July 2026), Ruby will achieve at least a grade 4 in GCSE English language and a grade 3 in GCSE maths.", "GCSE results, August 2026."],
                ["Employment / education", "By March 2026, Ruby will receive an offer of a place on the Level 3 art and photography course at Westmoor College.", "College offer letter, recorded by the careers adviser."],
                ["Good health", "By July 2026, Ruby will manage her diabetes herself during the school day, checking her levels and treating lows without a prompt, on at least 9 out of 10 school days.", "Ruby's glucose records, checked each half term with her key adult and the diabetes nurse."],
                ["Independent living", "By July 2026, Ruby will travel to Westmoor College by bus on her own for two taster days and her enrolment interview.", "Recorded by the college transition co-ordinator."],
            ]),
        ],
        "F": [
            ("p", "Provision to be made by Saltcombe School, overseen by the special educational needs co-ordinator (SENCo)."),
            ("tbl", ["Provision", "How often / how long / group size", "Who"], [
                ["A phased return timetable, adding one afternoon every three weeks from September 2025, agreed with Ruby and her mum and reviewed every three weeks.", "Reviewed every 3 weeks, 20-minute meeting.", "Head of year and SENCo."],
                ["Key adult check-in on arrival and before she leaves, to plan her day and check her blood sugar plan.", "Daily, 10 minutes, 1:1.", "Named learning mentor, trained in diabetes care by the diabetes nurse."],
                ["Maths catch-up tuition.", "Twice weekly, 45 minutes, 1:2 (with one other student).", "Qualified maths teacher."],
                ["English revision group.", "Weekly, 50 minutes, in a group of no more than 6.", "English teacher."],
                ["Exam access arrangements: rest breaks to check and treat her blood sugar, a separate room, and 25% extra time.", "All mock and GCSE examinations.", "Exams officer."],
                ["Careers guidance and college transition planning.", "Three 1:1 meetings of 45 minutes (September 2025, November 2025, January 2026), and support to apply to college.", "Careers adviser (Level 6 qualified)."],
                ["Independent travel preparation for college.", "4 sessions of 60 minutes, 1:1, in June 2026.", "Westmoor independent travel trainer."],
            ]),
        ],
        "G": [
            ("tbl", ["Health provision", "Details", "Who"], [
                ["Diabetes care", "The diabetes team will provide training to school staff as required and Ruby will be reviewed in clinic regularly.", "Paediatric Diabetes Team, Tidemouth Community Hospital"],
                ["Mental health", "Cognitive behavioural therapy for anxiety, 1:1, weekly for 50 minutes for 12 weeks from September 2025, at the CAMHS clinic in Tidemouth, then reviewed.", "CAMHS clinician"],
            ]),
            ("p", "**Health agreement:** The health provision in Section G was agreed by Dr Amir Haddad, Designated Medical Officer, Westmoor and Coast Integrated Care Board, on 2 July 2025."),
        ],
        "H1": [("p", "None. Ruby has no eligible social care needs (see Section D).")],
        "H2": [("p", "None. Early Help and the young carers' group were considered (see Section D).")],
        "I": [("p", "Saltcombe School, a mainstream secondary school (11 to 16) maintained by Westmoor Council.")],
        "J": [("p", "No personal budget has been requested.")],
        "K": [
            ("p", "We definately want to thank everyone who contributed to this plan. The advice used is listed below."),
            ("tbl", ["Advice or information", "Given by", "Date"], [
                ["Parent views", "Ruby's mum and nan", "2 June 2025"],
                ["Ruby's views", "Ruby (typed herself, with the EHC co-ordinator)", "19 June 2025"],
                ["Educational advice", "Mr P. Trebilcock, SENCo, Saltcombe School", "14 May 2025"],
                ["Psychological advice", "Dr Kate Lander, Educational Psychologist, Westmoor Educational Psychology Service", "11 February 2025"],
                ["Medical advice (diabetes)", "Paediatric Diabetes Team, Tidemouth Community Hospital (Dr L. Ashworth, Consultant Paediatrician)", "15 March 2023"],
                ["Mental health advice", "CAMHS clinician, Tidemouth CAMHS", "28 April 2025"],
                ["Social care advice", "Westmoor Early Help Hub", "6 May 2025"],
                ["Preparing for adulthood advice", "Careers adviser, Saltcombe School", "21 May 2025"],
            ]),
        ],
    },
})


# ================================================================ y108 (SOUND) heading2-numbered
PLANS.append({
    "id": "y108", "layout": "heading2-numbered", "name": "Noah", "poss": "his",
    "front": [
        ("Child's first name", "Noah"),
        ("School year", "Year 8 (age 12)"),
        ("First EHC plan", "2 February 2025"),
        ("Last annual review", "20 January 2026"),
        ("Date this plan was issued", "3rd March 2026 (amended plan following the annual review)"),
        ("EHC co-ordinator", "Westmoor Special Educational Needs and Disabilities (SEND) Assessment and Review Team, north locality"),
    ],
    "sections": {
        "A": [
            ("h", "A1 About Noah"),
            ("p", "Noah is 12 and lives in Hallowmoor with his mam, dad, three brothers and his granny. His family are Irish Travellers; they have lived in a house in Hallowmoor for six years, "
                  "and every summer they travel for some weeks to family gatherings and horse fairs. Noah has a developmental language disorder (a lifelong difficulty with learning and using "
                  "spoken language) and type 1 diabetes, which was diagnosed when he was ten."),
            ("h", "A2 What Noah told us"),
            ("p", "Noah's views were gathered by his learning mentor and his speech and language therapist over two sessions in January 2026, using a talking mat (picture cards he sorts "
                  "into \"good\", \"not sure\" and \"bad\") and then a conversation. His words are in quotation marks."),
            ("ul", [
                "Good: woodwork, PE, his dog, going to the fair, \"Mr Carveth because he doesn't rush me\", and the lunch club.",
                "Not sure: science (\"the words are too long\"), his diabetes (\"it's just annoying, I do it\").",
                "Bad: \"when teachers talk and talk and I don't know what to do\", reading in front of people, and \"people asking about my sensor\".",
                "About the future: \"I want to build things. Houses or stables. Like my uncle, he's a builder. And I want to drive a van.\"",
            ]),
            ("h", "A3 What Noah's family told us"),
            ("p", "Noah's mam and dad met the EHC co-ordinator at home on 12 January 2026 with the Traveller Education Service advisory teacher, who has known the family for years. They say "
                  "Noah is a gentle, hard-working boy who is \"great with his hands\" and looks after his younger brothers. They are pleased he has settled at Brenscombe and want him to "
                  "stay in school, to read well enough to pass his driving theory test and his construction cards when he is older, and to manage his diabetes without them worrying. "
                  "They were frightened by a low blood sugar he had at school in Year 7 and want to know that staff are trained. They would like work to be sent with Noah when the family "
                  "travel, and a phone call rather than letters from school."),
            ("h", "A4 What Noah is good at"),
            ("ul", [
                "Practical, hands-on work: his design and technology teacher says his joinery is the best in the year group.",
                "He is kind and loyal, and other students trust him.",
                "He looks after much of his own diabetes care already: he carries his kit, knows his symptoms and tells adults when he feels low.",
                "He works hard when tasks are explained clearly and shown to him, and he keeps going.",
            ]),
            ("h", "A5 Noah's aspirations"),
            ("p", "Noah wants to be a builder or carpenter, building houses and stables, and to drive his own van. His family want him to read and write well enough for the driving theory test "
                  "and the construction industry training he will need, and to manage his diabetes himself."),
        ],
        "B": [
            ("h", "B1 Communication and interaction"),
            ("p", "Noah's speech and language therapist (updated advice, December 2025) reports that his understanding of spoken language and his vocabulary are well below the level "
                  "expected for his age. He finds long or complex instructions hard to follow, particularly sentences with \"before\", \"unless\" and \"if\". He knows the everyday words "
                  "for practical subjects but not the subject vocabulary in science, humanities and maths. When he explains something he often loses the order of events. He can speak "
                  "clearly and he is understood by everyone."),
            ("h", "B2 Cognition and learning"),
            ("p", "Noah's non-verbal reasoning is in the average range. His reading is affected by his language difficulty: he can read words accurately (reading accuracy age 10 years 8 months) "
                  "but his reading comprehension age is 8 years 11 months, and his writing is short and simple. He loses learning when the family travel in the summer term, usually for "
                  "four to six weeks."),
            ("h", "B3 Social, emotional and mental health"),
            ("p", "Noah is well liked. He becomes withdrawn and may refuse to answer when he has not understood, and he can become embarrassed and angry if others comment on his diabetes "
                  "sensor. He has access to the lunch club every day, which he enjoys."),
        ],
        "C": [
            ("p", "Noah has no difficulty with his vision or hearing (both checked in the last year), but he has type 1 diabetes. He wears a continuous glucose monitor (a sensor on his arm "
                  "that sends his blood sugar readings to his phone) and injects insulin with a pen before meals and at night. At school he needs to check his levels before lunch and before PE, "
                  "count the carbohydrate in his lunch and work out his insulin dose, and treat low blood sugar (a \"hypo\") straight away. When his blood sugar is low or high he finds it "
                  "even harder to concentrate and understand. He has an Individual Healthcare Plan written by the Paediatric Diabetes Team."),
        ],
        "D": [
            ("p", "Noah has no social care needs related to his special educational needs. The social care advice (Westmoor Early Help Hub, 8 December 2025) found that no social care "
                  "assessment is needed. The family have details of the Local Offer and of short breaks and holiday activities; they do not want these at present."),
        ],
        "E": [
            ("p", "Noah's outcomes were agreed at his annual review on 20 January 2026. They run to the end of Year 9 and will be checked at his next annual review by January 2027."),
            ("h", "E1 Communication and learning"),
            ("ol", [
                "By July 2026, Noah will follow a three-part spoken instruction in a practical lesson (for example \"measure the wood, mark it, then take it to the saw\") without asking for it to be repeated, in 8 out of 10 observed lessons, recorded by his teaching assistant.",
                "By January 2027, Noah will explain the meaning of 20 key science and design and technology words in his own words, tested by his speech and language therapist at the end of the block (he knows 6 now).",
                "By July 2027, Noah's reading comprehension age will rise from 8 years 11 months to at least 10 years 6 months on the school's standardised reading test, taken each term by the special educational needs co-ordinator (SENCo).",
            ]),
            ("h", "E2 Health and independence"),
            ("ol", [
                "By July 2026, Noah will work out the carbohydrate in his school lunch using his menu card and give the right insulin dose, checked by his key adult, on at least 4 days out of 5.",
                "By January 2027, Noah will treat a low blood sugar himself when his monitor alarms and tell an adult afterwards, on 9 out of 10 occasions recorded in his school diabetes log.",
            ]),
            ("h", "E3 Confidence and the future"),
            ("ol", [
                "By July 2026, Noah will say when he has not understood, using his \"pause card\" or the words \"can you show me\", in at least 3 lessons a week, recorded by his teaching assistant.",
                "By July 2027, Noah will receive the school's Year 9 construction skills certificate after completing the after-school construction club (12 sessions), including reading and following written plans for a small project.",
            ]),
        ],
        "F": [
            ("p", "The SENCo, Mr Rowe, is responsible for making sure this provision is put in place by Brenscombe Community College."),
            ("h", "F1 Communication and interaction"),
            ("ul", [
                "Speech and language therapy: a speech and language therapist from the Westmoor Children's Speech and Language Therapy Service will see Noah 1:1 on Wednesday mornings for 40 minutes, for 6 sessions in the autumn term and 6 sessions in the spring term each year, working on understanding instructions and subject vocabulary.",
                "The therapist will also give a 1-hour consultation each half term to the SENCo and Noah's teaching assistant, to set the programme for the following weeks.",
                "Daily practice of his therapy targets, 15 minutes, 1:1, with a teaching assistant trained by the therapist.",
                "Vocabulary pre-teaching for science and design and technology: x3 weekly, 20 minutes, in a group of no more than 5, led by a teaching assistant trained in a structured vocabulary approach (Word Aware).",
                "All teachers break instructions into steps, show them in pictures or written bullet points and check Noah's understanding by asking him to say what he will do first. January 2026: the therapist delivered a 1-hour training session to all of Noah's teachers, and it will be repeated for new staff in September each year.",
            ]),
            ("h", "F2 Cognition and learning"),
            ("ul", [
                "Reading comprehension programme (Reciprocal Reading), in a group of 4 students, twice weekly for 30 minutes, taught by a higher level teaching assistant trained in the approach.",
                "When the family travel, a work pack matched to Noah's current lessons will be prepared by the SENCo before he leaves, and the Traveller Education Service advisory teacher will phone Noah once a week for 20 minutes to support him with it.",
                "Access arrangements: a reader and 25% extra time in tests, arranged by the SENCo.",
            ]),
            ("h", "F3 Social, emotional and mental health"),
            ("ul", [
                "A \"pause card\" on his desk to signal he has not understood, agreed with Noah and shared with all staff by the SENCo.",
                "A 10-minute check-in with his learning mentor, Mr Carveth, every Monday and Friday morning to preview the week and talk through any worries.",
                "Lunch club in the learning support base, daily, in a group of no more than 10 students supervised by a teaching assistant.",
            ]),
            ("h", "F4 Preparing for the future"),
            ("ul", [
                "Place in the after-school construction club: 12 weekly sessions of 60 minutes in the spring term 2027, in a group of no more than 8, run by the design and technology teacher, with written plans adapted by the teaching assistant (short sentences and diagrams).",
            ]),
        ],
        "G": [
            ("ul", [
                "The Paediatric Diabetes Specialist Nurse will train Noah's key adult, his learning mentor and two other named staff in diabetes care, including recognising and treating hypos, for 2 hours at the start of each school year, with a 1-hour refresher each January.",
                "The Paediatric Diabetes Specialist Nurse will visit school once a term for 45 minutes to review Noah's Individual Healthcare Plan with him, his key adult and the SENCo.",
                "Noah's continuous glucose monitor, sensors and insulin are prescribed by the Paediatric Diabetes Team, which also maintains the monitor and replaces it if it fails.",
                "Clinic review with the consultant paediatrician and dietitian every 3 months at Tidemouth Community Hospital.",
            ]),
            ("p", "**Health agreement:** The provision in Section G has been agreed by Jo Trewin, Designated Clinical Officer, Westmoor and Coast Integrated Care Board, on 24 February 2026."),
        ],
        "H1": [("p", "None. Noah has no eligible social care needs (see Section D).")],
        "H2": [("p", "None. Short breaks and holiday activities in the Local Offer were considered and offered; the family do not want them at present.")],
        "I": [("p", "Brenscombe Community College, a mainstream secondary school maintained by Westmoor Council.")],
        "J": [("p", "No personal budget has been requested.")],
        "K": [
            ("h", "K1 Advice and information for the annual review and amended plan"),
            ("ol", [
                "Parent advice: Noah's mam and dad, at home with the EHC co-ordinator and Traveller Education Service advisory teacher, 12 January 2026.",
                "Noah's views: gathered by his learning mentor and speech and language therapist, 13 and 15 January 2026.",
                "Educational advice (annual review report): Mr A. Rowe, SENCo, Brenscombe Community College, 9 January 2026.",
                "Speech and language therapy advice (updated): Lowenna Bray, Specialist Speech and Language Therapist, 10 December 2025.",
                "Psychological advice (updated): Dr Mark Tregear, Educational Psychologist, Westmoor Educational Psychology Service, 27 November 2025.",
                "Medical advice: Paediatric Diabetes Team, Tidemouth Community Hospital (Dr L. Ashworth, Consultant Paediatrician, and Paediatric Diabetes Specialist Nurse), 2 December 2025.",
                "Social care advice: Westmoor Early Help Hub (Senior Practitioner), 8 December 2025.",
                "Traveller Education Service advice: Advisory Teacher, Westmoor Traveller Education Service, 12 January 2026.",
            ]),
        ],
    },
})


# ================================================================ y109 (FAIL) national-template
PLANS.append({
    "id": "y109", "layout": "national-template", "name": "Alfie", "poss": "his",
    "front": [
        ("Plan", "Westmoor Council – Education, Health and Care (EHC) Plan"),
        ("School year", "Year 3"),
        ("Date this plan was issued", "06/05/2026 (amended following annual review)"),
        ("Last annual review", "17/03/2026"),
    ],
    "personal": {
        "name": "Alfie", "preferred": "Alfie", "dob": "2017 (year only in this copy)",
        "sex": "Male", "ethnicity": "White British",
        "lang": "English (non-verbal)", "parent_lang": "English",
        "p1": "Alfie's mum (name held on the case record)", "rel1": "Mother",
        "p2": "Alfie's dad (name held on the case record)", "rel2": "Father", "addr2": "Same as parent or carer 1",
    },
    "services": [
        "Moorview School (special school, 4 to 16), Class 3",
        "GP (family doctor): Brenscombe Surgery. Key health professional: Dr Ruth Angove, Community Paediatrician",
        "Not included in this copy",
        "Yes – Disabled Children's Team (allocated social worker); short breaks",
        "Children's physiotherapy, speech and language therapy and occupational therapy (Westmoor Children's Therapy Service); community children's nursing; paediatric dietitian; Westmoor Sensory Support Service",
        "No",
        "No",
        "No",
        "No",
    ],
    "history": [
        "Alfie presents with bilateral spastic quadriplegic cerebral palsy (Gross Motor Function Classification System (GMFCS) level V) secondary to hypoxic-ischaemic encephalopathy at birth, with cortical visual impairment (CVI), oropharyngeal dysphagia with gastrostomy (percutaneous endoscopic gastrostomy, PEG) dependence for nutrition and hydration, and global developmental delay. He is non-ambulant and dependent on a tilt-in-space wheelchair with a moulded seating system for postural management, with a 24-hour postural management programme including a standing frame and sleep system.",
        "Alfie has significant hypertonia with emerging hip migration (right hip migration percentage 38% on surveillance X-ray, January 2026). He is dependent on adults for all activities of daily living. He attended the Child Development Centre from 2018 and has been at Moorview School since Reception.",
        "**Communication**",
        "Alfie is pre-verbal. He is being assessed for an eye-gaze augmentative and alternative communication (AAC) system and currently demonstrates inconsistent selection between two photographs presented at midline. Vocalisations are undifferentiated. Responses are delayed (latency of up to 20 seconds) and visual attention is variable secondary to CVI.",
    ],
    "views": [
        "**Alfie's views**",
        "\"I love coming to school and seeing my friends. My favourite lesson is phonics and I like it when we go in the pool. When I grow up I want to learn to read and write my own stories. I don't like it when I have to sit in my chair for a long time.\"",
        "**Parents' views (at the annual review, 17 March 2026)**",
        "Alfie's parents report that his sleep is disrupted by discomfort and that positioning at home is demanding. They wish for Alfie to be able to communicate choices to them, to be comfortable, and to be part of his community, for example going swimming and to the beach at Saltcombe with his sister. They are worried about the possibility of hip surgery.",
    ],
    "interests": [
        "Music, the sensory room, the hydrotherapy pool.",
    ],
    "strengths": [
        "Alfie is fully dependent on adults for positioning, feeding, personal care and mobility. He is not yet able to make a reliable choice and his visual attention is inconsistent.",
    ],
    "aspirations": [
        "Alfie's parents want him to be able to communicate his choices to them and to the people who care for him, to be comfortable, and to be part of his community, going swimming and to the beach with his family.",
    ],
    "areas": {
        "ci": {
            "strengths": "None identified at present. Alfie does not yet demonstrate intentional communication consistently.",
            "rows": [
                ("Alfie has no functional expressive language and is not yet a reliable user of any augmentative and alternative communication (AAC) system. Selection between two items is inconsistent (around 3 in 10 trials).",
                 "Speech and language therapy: the speech and language therapist (Westmoor Children's Therapy Service) will work 1:1 with Alfie on eye-gaze access on Monday afternoons for 30 minutes, weekly during term time, and will set his class programme each half term.\nDaily 1:1 eye-gaze practice, 15 minutes, twice a day, with a teaching assistant trained by the therapist.\nThe eye-gaze device and software are provided by the Westmoor Assistive Technology Service, which sets up and maintains the device and calibrates it each half term.",
                 "By March 2027, Alfie will demonstrate intentional selection between two photographic choices presented in a vertical array at eye level, achieving 80% accuracy across 10 trials on three consecutive sessions, as measured by speech and language therapy data collection."),
                ("Alfie does not yet respond consistently to his name or to familiar adults' greetings.",
                 "Intensive Interaction sessions, 1:1, daily for 10 minutes, with a teaching assistant trained in the approach.\nAll adults use a consistent object of reference and his name before speaking to him.",
                 "By March 2027, Alfie will demonstrate an anticipatory response (vocalisation, smile or head turn) within 10 seconds of his name and object of reference being presented, on 4 out of 5 trials over two weeks, recorded by the class team."),
            ],
        },
        "cl": {
            "strengths": "Alfie's cognitive profile cannot be reliably assessed due to motor and visual impairment.",
            "rows": [
                ("Alfie is working at the earliest stages of learning (engagement steps). He shows inconsistent awareness of cause and effect.",
                 "A sensory-based curriculum with switch-adapted cause-and-effect activities, 1:1, three times a day for 10 minutes, with his teaching assistant, in a class of 7 pupils with a teacher and 3 teaching assistants.\nThe class teacher plans and reviews his programme each half term.",
                 "By March 2027, Alfie will demonstrate consistent cause-and-effect understanding by activating a head switch to repeat a preferred sensory event, with a latency of under 10 seconds, on 8 out of 10 trials, recorded by his class teacher on the engagement profile."),
            ],
        },
        "semh": None,
        "sp": {
            "strengths": "None identified at present.",
            "rows": [
                ("Alfie is non-ambulant and dependent on adults for all transfers and positioning. He uses a tilt-in-space wheelchair, a standing frame and a side-lying board, and needs a hoist for all transfers.",
                 "Two staff trained in moving and handling for all transfers (hoist), throughout the school day.\nPositional changes every 45 minutes following the physiotherapist's 24-hour postural plan (standing frame 30 minutes twice a day; side-lying 20 minutes after lunch).\nOccupational therapy: the occupational therapist will review his seating, switch positioning and classroom equipment each half term for 45 minutes and train staff in any changes.",
                 "By March 2027, Alfie will demonstrate improved postural alignment in supported sitting, maintaining midline head control for 5 minutes during eye-gaze sessions on 4 out of 5 days, as measured by therapy observation."),
                ("Alfie has cortical visual impairment (CVI). He sees best with high-contrast, single items in his lower left field and with reduced visual clutter.",
                 "All learning materials adapted to his visual profile (single, high-contrast items presented in the lower left field at 40cm, black background), prepared by his teaching assistant from the programme set by the Sensory Support Service.\nThe Sensory Support Service will visit once each half term for 1 hour to review his visual access and advise staff.",
                 "By March 2027, Alfie will demonstrate visual fixation on a high-contrast target presented in his lower left field for 3 seconds or longer on 4 out of 5 presentations, recorded by the class team."),
            ],
        },
    },
    "health": {
        "strengths": "Alfie's weight is now stable and his chest has been clear this winter.",
        "rows": [
            ("Alfie has oropharyngeal dysphagia and is fed entirely through his gastrostomy (PEG). He needs bolus feeds and water flushes at set times during the school day, and his stoma site must be checked daily.",
             "Speech and language therapist (eating and drinking): sets and reviews an oral taste programme once each half term (30 minutes at school) and trains the class team to carry it out; the class team give the 5-minute taste session once each school day.\nCommunity children's nursing team: trains two named Moorview staff in gastrostomy feeding and stoma care (2 hours at the start of each school year, 1-hour competency check each term); staff give feeds at 10am, 12.30pm and 2.30pm as set out in his feeding plan.\nPaediatric dietitian: reviews his feeding plan and weight every 3 months in clinic and sends the updated plan to school.",
             "By March 2027, Alfie will tolerate oral taste sessions (a small amount of smooth puree on a spoon) of 5 minutes without signs of distress or aspiration, on 4 out of 5 school days, as recorded by the class team following the speech and language therapist's dysphagia plan."),
            ("Alfie has high muscle tone and his right hip is at risk of dislocation (hip migration 38%). Discomfort disturbs his sleep and his learning.",
             "Children's physiotherapist: reviews his 24-hour postural plan at school once a month for 1 hour, and provides and maintains his standing frame and side-lying board.\nOrthopaedic and hip surveillance review every 6 months, with X-ray, at Tidemouth Community Hospital.\nCommunity paediatrician: reviews his tone, pain and sleep every 6 months.",
             "By March 2027, Alfie will complete his standing frame sessions of 30 minutes twice a day without signs of pain on the pain profile on 4 out of 5 days, recorded by the class team."),
        ],
    },
    "health_agreement": [
        "**Health agreement:** The health provision above was reviewed and agreed by Jo Trewin, Designated Clinical Officer, Westmoor and Coast Integrated Care Board, on 27 April 2026.",
    ],
    "social": {
        "strengths": "Alfie lives with his mum, dad and older sister, who care for him with great commitment.",
        "rows": [
            ("Alfie needs two adults for all personal care and transfers at home. His parents provide this care with little break, and caring overnight is disrupting their sleep (Child and Family Assessment, Disabled Children's Team, February 2026).",
             "Overnight short breaks at Little Tor, Westmoor's short breaks house for disabled children: one night every fortnight (26 nights a year).\nHome care: a trained care worker for 2 hours on three weekday evenings a week (6 hours a week) to help with bathing and bedtime.",
             "None.",
             "By March 2027, Alfie will settle for an overnight stay at Little Tor without signs of distress recorded by staff, on at least 10 of his stays."),
        ],
    },
    "placement": ("Moorview School", "Maintained special school for pupils aged 4 to 16 with complex learning and physical needs"),
    "j": ("Not requested.", "Not applicable"),
    "k": [
        {"row": 1, "label": "Parent advice", "date": "17 March 2026", "who": "Alfie's mum and dad (at the annual review)"},
        {"row": 2, "label": "Educational advice (annual review report)", "date": "2 March 2026", "who": "Ms C. Rosewarne, class teacher, Moorview School"},
        {"row": 3, "label": "Vision advice", "date": "20 February 2026", "who": "Specialist Teaching Assistant (Vision), Westmoor Sensory Support Service"},
        {"row": None, "label": "Speech and language therapy advice", "date": "16 February 2026", "who": "Lowenna Bray, Specialist Speech and Language Therapist"},
        {"row": None, "label": "Physiotherapy and occupational therapy advice", "date": "24 February 2026", "who": "Hannah Rowse, Children's Physiotherapist, and Gemma Luxon, Children's Occupational Therapist"},
        {"row": None, "label": "Dietetic and nursing advice", "date": "10 February 2026", "who": "Paediatric Dietitian and Community Children's Nursing Team"},
        {"row": 4, "date": "5 February 2026", "who": "Dr Ruth Angove, Community Paediatrician (including orthopaedic clinic letter, January 2026)"},
        {"row": 5, "date": "12 January 2026", "who": "Dr Anna Rowe, Educational Psychologist, Westmoor Educational Psychology Service"},
        {"row": 6, "date": "26 February 2026", "who": "Ben Carne, Social Worker, Disabled Children's Team (Child and Family Assessment)"},
        {"row": 7, "date": "3 March 2026", "who": "Westmoor Assistive Technology Service (eye-gaze assessment)"},
    ],
    "glossary": [
        "**Glossary of terms used in this plan**",
        "Cerebral palsy: a condition that affects movement and posture, caused by damage to the developing brain. Bilateral spastic quadriplegic: affecting both arms and both legs, with stiff muscles. Hypoxic-ischaemic encephalopathy: brain injury caused by a lack of oxygen around birth. Cortical visual impairment (CVI): difficulty making sense of what the eyes see, caused by the brain rather than the eyes. Oropharyngeal dysphagia: difficulty with swallowing. Hypertonia: high muscle tone (stiffness). Hip migration: the hip moving out of its socket. Latency: the time taken to respond. Postural alignment: how well the body is positioned. Midline: the centre of the body. Aspiration: food or drink going into the airway. Intensive Interaction: an approach that teaches early communication through playful, responsive interaction. Gastrostomy (PEG): a feeding tube that goes directly into the stomach. Bolus feed: a feed given through the tube over a short time. Stoma: the opening where the tube enters the tummy. Pre-verbal: not yet using words. Vocalisations: sounds made with the voice. Undifferentiated: the same sound used for everything. Engagement steps: small steps that show how a child is beginning to take part in learning. Object of reference: an object used to stand for an activity or person. Tilt-in-space wheelchair: a wheelchair that tilts to support the body.",
    ],
    "signoff": ("Nicola Pascoe, Senior EHC Co-ordinator", "Signed electronically", "6 May 2026"),
})


# ================================================================ y110 (FAIL) heading2-numbered
PLANS.append({
    "id": "y110", "layout": "heading2-numbered", "name": "Harvey", "poss": "his",
    "front": [
        ("Child's first name", "Harvey"),
        ("School year", "Year 5 (age 10)"),
        ("Date this plan was issued", "28 April 2026"),
        ("Last annual review", "Not applicable – first plan"),
        ("Known to social care", "Yes – child in need plan since January 2026"),
        ("EHC co-ordinator", "Westmoor Special Educational Needs and Disabilities (SEND) Assessment and Review Team, south locality"),
    ],
    "sections": {
        "A": [
            ("h", "A1 Harvey's views"),
            ("p", "Harvey talked with the school's family liaison officer in February 2026 while they played a board game, and she wrote down what he said."),
            ("q", "\"I like Minecraft, my bike, and my cat Biscuit. I'm good at building in Minecraft and at football, I'm a defender. I like Mr Nance because he's funny.\""),
            ("q", "\"I hate reading. The letters get mixed up and everyone finishes before me. At playtime people say stuff and I get angry and then I'm the one who gets in trouble.\""),
            ("q", "\"When I'm big I want to be a game designer or a footballer. Or both.\""),
            ("h", "A2 What Harvey's mum says"),
            ("p", "Harvey's mum says he is loving and funny and brilliant with his little brother. The last year has been hard for the family after she separated from Harvey's dad, and she "
                  "has been working with a social worker since January. She says Harvey has started getting angry at home when he is asked to do homework, and he has told her he is \"thick\". "
                  "She wants him to be able to read, to stop being sent out of class, and to feel good about himself again. She would like to know what school is doing each week."),
            ("h", "A3 Harvey's strengths"),
            ("ul", [
                "He is creative and good at building and designing in Minecraft and with Lego.",
                "He is a good footballer and plays for the Saltcombe Rovers under-11s.",
                "He is caring towards younger children.",
                "He has good mental maths and good general knowledge about animals and space.",
            ]),
            ("h", "A4 Harvey's story so far"),
            ("p", "Harvey has lived in Saltcombe all his life and has been at Saltcombe Community Primary School since Reception. His teachers noticed in Year 1 that he was slow to learn "
                  "his letter sounds, and he has had extra phonics help in a small group since then. In Year 3 and Year 4 he made some progress, but the gap between Harvey and his classmates "
                  "has widened, and since the autumn of 2025 he has become increasingly reluctant to read or write. His behaviour at playtimes changed at about the same time as his parents "
                  "separated, and school and his mum both feel that his worries at home and his frustration with learning are feeding each other."),
            ("p", "The school asked for an EHC needs assessment in November 2025, with his mum's agreement. Harvey's mum and the school agree that he learns best when he is moving, building "
                  "or talking things through, when he has a short, clear task and when he knows that the adult working with him likes him."),
            ("h", "A5 What works for Harvey"),
            ("ul", [
                "Being given a job or responsibility (he is the class football monitor and takes it very seriously).",
                "Short tasks with a clear finish and a tick list.",
                "Being warned quietly before he is asked to read, rather than being asked in front of everyone.",
                "Time to calm down with an adult he trusts after an argument, before he is asked what happened.",
            ]),
            ("h", "A6 Aspirations"),
            ("p", "Harvey wants to be a game designer or a footballer. His mum hopes he will learn to read well, feel good about himself and go to secondary school with his friends."),
        ],
        "B": [
            ("h", "B1 Cognition and learning"),
            ("p", "Harvey has dyslexic difficulties. The educational psychologist (March 2026) found his reasoning skills are in the average range and his phonological skills and working memory "
                  "are below average. His reading age is 7 years 2 months and his spelling age is 6 years 10 months. He writes short pieces with many spelling errors and avoids writing tasks."),
            ("p", "Harvey knows most single letter sounds but is not secure with vowel digraphs (for example \"ai\", \"ee\", \"oa\"). He reads about 45 of the first 100 high-frequency words "
                  "by sight. He sounds out slowly and often loses the meaning of a sentence by the time he reaches the end of it. His ideas for stories are imaginative when he tells them aloud, "
                  "but he writes only two or three sentences. His maths is close to the level expected for his age, although he struggles with word problems."),
            ("h", "B2 Social, emotional and mental health"),
            ("p", "Harvey has low self-esteem about his learning. At playtimes he often becomes involved in arguments and has hit other children four times this term. In class he sometimes "
                  "refuses to work or leaves his seat when tasks involve reading or writing."),
            ("h", "B3 Communication and interaction"),
            ("p", "Harvey's speech and language therapy assessment shows that his vocabulary is below the level expected for his age, which affects his understanding of what he reads."),
        ],
        "C": [
            ("p", "Harvey has no health needs related to his special educational needs. This is based on the medical advice from Dr Ruth Angove, Community Paediatrician (3 February 2026), who "
                  "saw Harvey about his attention in class and found that his difficulties are better explained by his literacy difficulties and his worries than by a medical condition."),
        ],
        "D": [
            ("p", "Harvey's mum has asked for help with routines at home, particularly bedtime and homework, which often end in arguments. Harvey would like to do more activities outside school with other children."),
        ],
        "E": [
            ("h", "E1 Cognition and learning"),
            ("ol", [
                "Harvey will become a more confident reader.",
                "By July 2027, Harvey will read 80 of the first 100 high-frequency words correctly, tested by his teaching assistant each half term.",
                "By July 2027, Harvey will write a short story of at least 8 sentences, planned using a story map, for a class Minecraft-themed writing project, in 3 out of 4 pieces of writing.",
            ]),
            ("h", "E2 Social, emotional and mental health"),
            ("ol", [
                "By July 2027, Harvey will be happier at playtimes.",
                "By Christmas 2026, Harvey will feel calmer in the classroom.",
            ]),
        ],
        "F": [
            ("p", "Provision to be made by Saltcombe Community Primary School, overseen by the special educational needs co-ordinator (SENCo)."),
            ("h", "F1 Cognition and learning"),
            ("ul", [
                "Harvey will attend a Precision Teaching group delivered by a trained teaching assistant.",
                "A structured phonics programme (Read Write Inc. Fresh Start), 1:1, four times a week for 20 minutes, with a teaching assistant trained in the programme.",
                "A laptop with text-to-speech software, set up and maintained by the school's computer technician.",
                "25% extra time and a reader for tests, arranged by the SENCo.",
            ]),
            ("h", "F2 Communication and interaction"),
            ("ul", [
                "A speech and language therapy programme to build Harvey's vocabulary, delivered in school.",
            ]),
            ("h", "F3 Social, emotional and mental health"),
            ("ul", [
                "Harvey will take part in the school's nurture group.",
                "A playtime buddy system and a lunchtime Lego club, each weekday lunchtime for 30 minutes, in a group of no more than 6, run by a midday supervisor.",
                "A daily 5-minute check-in with Mr Nance, his class teacher, at the start of the day.",
            ]),
        ],
        "G": [("p", "None (see Section C).")],
        "H1": [("p", "None.")],
        "H2": [
            ("p", "Family support worker from the Tidemouth Family Support Team: one home visit a week of 1 hour for 12 weeks from May 2026, working with Harvey and his mum on bedtime and homework routines, then reviewed. "
                  "Harvey will also be offered a place at the Saltcombe holiday activity club for 4 days in each school holiday through the Westmoor holiday activities programme."),
        ],
        "I": [("p", "Saltcombe Community Primary School, a mainstream primary school maintained by Westmoor Council.")],
        "J": [("p", "No personal budget requested.")],
        "K": [
            ("h", "K1 Advice"),
            ("ol", [
                "Parent views – Harvey's mum.",
                "Harvey's views – recorded by the family liaison officer, February 2026.",
                "Information from school.",
                "Psychological advice – Dr Kate Lander, Educational Psychologist, Westmoor Educational Psychology Service, 6 March 2026.",
                "Medical advice – Dr Ruth Angove, Community Paediatrician, 3 February 2026.",
                "Speech and language therapy report – Westmoor Children's Speech and Language Therapy Service.",
                "Social care advice – Family Support Worker, Tidemouth Family Support Team, 12 February 2026.",
            ]),
        ],
    },
})


# ================================================================ y111 (SOUND) shaded-heading-table
PLANS.append({
    "id": "y111", "layout": "shaded-heading-table", "name": "Mason", "poss": "his",
    "front": [
        ("Child's first name", "Mason"),
        ("School year", "Year 11 (age 16)"),
        ("First EHC plan", "June 2021"),
        ("Last annual review", "8 October 2026"),
        ("Date this plan was issued", "13 November 2026 (amended following annual review)"),
        ("Looked after", "Yes – looked after by Westmoor Council under a care order since 2022"),
        ("EHC co-ordinator", "Westmoor Special Educational Needs and Disabilities (SEND) Assessment and Review Team, west locality"),
    ],
    "sections": {
        "A": [
            ("h", "Mason's views"),
            ("p", "Mason gave his views at his annual review on 8 October 2026, which he chaired for the first part himself with his key worker beside him. He also recorded a voice note "
                  "with his foster carer beforehand. These are his words, written down by his key worker and checked with him."),
            ("q", "\"I'm Mason, I'm 16, and I've lived with Sue and Dave in Tidemouth for nearly four years. It's the longest I've been anywhere and I'm staying till I'm 18, maybe longer. "
                  "I cook most Sundays now. My roast potatoes are better than Dave's.\""),
            ("q", "\"School's alright now I'm at the Harbour Centre three days a week. Big classes do my head in. I don't always get what the teacher means, and then I look stupid, so I used to "
                  "kick off. Now I ask Jess [his key worker] or I use my card. I'm proud I haven't been excluded since Year 9.\""),
            ("q", "\"I want to be a chef. Proper chef, in a restaurant, maybe my own one day. I want to go to Westmoor College and do catering. I want to get my own bus pass and get there myself. "
                  "I want to be able to live on my own when I'm older, and know how to do bills and stuff.\""),
            ("h", "What Mason's foster carers, his social worker and his mum say"),
            ("p", "Mason's foster carers, Sue and Dave, gave written views on 25 September 2026 and spoke at the review. They describe Mason as funny, generous and a natural cook who now makes "
                  "the family's Sunday dinner. They have seen him grow in confidence since he started at the Harbour Centre, and they want the plan to help him get onto the catering course and "
                  "learn to manage money and travel. They are keen for him to stay with them beyond 18 under Staying Put arrangements."),
            ("p", "Mason's social worker, who has known him since 2022, contributed to the review and to the social care advice (see Section K). Mason's birth mum has regular contact with "
                  "Mason and was invited to the review; she sent a message saying she is \"really proud of him\" and hopes he becomes a chef."),
            ("h", "Strengths"),
            ("ul", [
                "Mason is a talented and creative cook: he has passed the practical unit of his catering qualification with a distinction.",
                "He is funny and warm and builds good relationships with adults he trusts.",
                "He has learned ways of managing his anger and now asks for help instead of walking out.",
                "He is reliable: his attendance at the Harbour Centre this term is 96%.",
            ]),
            ("h", "Aspirations"),
            ("p", "Mason wants to study catering at Westmoor College, become a chef and one day run his own restaurant. He wants to travel on his own, manage his own money and live independently in the future."),
        ],
        "B": [
            ("h", "Communication and interaction"),
            ("p", "Mason has a developmental language disorder (a lifelong difficulty understanding and using spoken language). His speech and language therapist (updated advice, August 2026) reports "
                  "that he finds it hard to follow long spoken instructions, to understand abstract or figurative language (\"keep an eye on the pan\") and to explain his thinking in order. He often "
                  "nods when he has not understood. In familiar practical settings he communicates well."),
            ("h", "Social, emotional and mental health"),
            ("p", "Mason experienced neglect and several moves of home before coming into care, and he finds it hard to trust new adults. He can become angry and leave when he feels "
                  "embarrassed or misunderstood, although this has reduced greatly: he had 2 such incidents last term, compared with around 3 a week in Year 9. He finds praise in front of others "
                  "difficult and may reject it. He has low mood at times, for which he sees a therapist (see Section G)."),
            ("h", "Cognition and learning"),
            ("p", "Mason's reading accuracy is at the expected level for his age, but his reading comprehension age is 11 years 9 months because of his language difficulty. He is working towards "
                  "grade 3 or 4 in English and maths and a Level 1 catering qualification."),
        ],
        "C": [
            ("p", "Mason has low mood and difficulty getting to sleep, linked to his early experiences. He is seen by the Westmoor Children in Care Emotional Health Service, part of Child and Adolescent "
                  "Mental Health Services (CAMHS). He has a review health assessment every year with the Looked After Children's Nurse, who also checks his general health, sleep and diet."),
        ],
        "D": [
            ("p", "Mason is looked after by Westmoor Council under a care order (since 2022) and lives with long-term foster carers in Tidemouth. This plan has been written together with his "
                  "care plan and his Personal Education Plan (PEP), the plan that sets out how his education is supported while he is in care. His social worker and the Westmoor Virtual School "
                  "(the team that oversees the education of children in care) took part in the annual review, and the PEP meeting and the EHC plan review are now held on the same day each autumn, "
                  "so that the targets match."),
            ("p", "Mason's social care needs, from his social worker's advice (18 September 2026) and his care plan, are:"),
            ("ul", [
                "a stable home with his foster carers, with a plan for Staying Put after 18;",
                "support to keep safe, positive contact with his birth mum;",
                "preparation for leaving care: learning to manage money, cook for himself, travel and look after his home, through his Pathway Plan from age 16;",
                "help to manage his emotions and relationships, alongside his therapy.",
            ]),
        ],
        "E": [
            ("p", "Mason's outcomes were agreed at his annual review on 8 October 2026 and match the targets in his Personal Education Plan. Outcomes 3 to 6 are preparing-for-adulthood outcomes."),
            ("tbl", ["No.", "Outcome", "How we will know"], [
                ["1", "By July 2027, Mason will tell an adult when he has not understood an instruction (using words or his \"say it again\" card) in at least 4 out of 5 lessons each week, instead of nodding and guessing.", "Recorded by his key worker in the weekly log."],
                ["2", "By July 2027, Mason will receive praise for his work in front of his group calmly, without leaving the room, on at least 8 out of 10 recorded occasions.", "Recorded by his key worker and tutors."],
                ["3 (employment / education)", "By March 2027, Mason will receive an offer of a place on the Level 1 or Level 2 catering course at Westmoor College.", "College offer letter, recorded in his PEP by the Virtual School."],
                ["4 (employment / education)", "By June 2027, Mason will gain his Level 2 Food Hygiene certificate and complete his Level 1 catering qualification.", "Certificates, checked by the Harbour Centre catering tutor."],
                ["5 (independent living)", "By July 2027, Mason will access the community independently, travelling by bus from home to Westmoor College and back on his own for his two taster days and his enrolment.", "Travel trainer's sign-off and the college's attendance record."],
                ["6 (independent living)", "By July 2027, Mason will plan a weekly food budget of £30, shop for it and cook five evening meals within budget, on three separate weeks.", "Recorded by his personal adviser in his Pathway Plan, with receipts."],
            ]),
        ],
        "F": [
            ("p", "Provision to be made by the Harbour Centre (Westmoor's alternative provision, 3 days a week) and Tidemouth Academy (2 days a week). The special educational needs co-ordinator (SENCo) at Tidemouth Academy is responsible for all of it and reports to each PEP meeting."),
            ("tbl", ["Provision", "How often / how long / group size", "Who"], [
                ["Speech and language therapy: work on understanding instructions, figurative language and explaining ideas in order, using catering and college situations.", "1:1, every Tuesday morning for 45 minutes, for 10 weeks in the autumn term 2026; then a 1-hour consultation with his key worker each half term.", "Speech and language therapist, Westmoor Children's Speech and Language Therapy Service."],
                ["Practice of speech and language therapy targets.", "Three times a week, 15 minutes, 1:1.", "Key worker at the Harbour Centre, trained by the therapist."],
                ["Teaching in small groups with instructions broken into steps, written or shown in pictures, and checked for understanding.", "All lessons at the Harbour Centre, in groups of no more than 6 students with a teacher and a teaching assistant.", "Harbour Centre teaching staff."],
                ["Key worker check-in to plan the day and reflect on the day before.", "Daily, 15 minutes, 1:1.", "Key worker (Jess), trained in trauma-informed practice (Westmoor Virtual School training)."],
                ["English and maths tuition, funded through Pupil Premium Plus (extra funding for children in care).", "Twice weekly, 1 hour, 1:1.", "Qualified teacher commissioned by the Virtual School."],
                ["Catering course (Level 1) and Level 2 Food Hygiene training.", "One day a week (5 hours), in a group of no more than 8.", "Harbour Centre catering tutor (professional chef with a teaching qualification)."],
                ["Exam access arrangements: a reader and 25% extra time.", "All mock and GCSE and Level 1 examinations.", "Arranged by the exams officer at Tidemouth Academy."],
                ["Careers guidance and college transition.", "Three 1:1 meetings of 45 minutes this year (October, January, April), plus accompanying Mason to his college interview.", "Careers adviser (Level 6 qualified), working with the Virtual School."],
                ["Independent travel training for the college route.", "From April 2027: 6 sessions of 90 minutes, 1:1, reducing support step by step.", "Westmoor independent travel trainer."],
            ]),
        ],
        "G": [
            ("tbl", ["Health provision", "How often / how long", "Who"], [
                ["Therapy for low mood and sleep (trauma-focused talking therapy).", "Weekly, 50 minutes, 1:1, for 16 weeks from September 2026, then reviewed with Mason, his foster carers and his social worker.", "Clinical psychologist, Westmoor Children in Care Emotional Health Service (CAMHS)."],
                ["Consultation for Mason's foster carers and key worker on supporting his sleep and mood.", "Once each half term, 1 hour.", "Same clinical psychologist."],
                ["Review health assessment (physical and emotional health, sleep and diet).", "Once a year (next due September 2027).", "Looked After Children's Nurse, Westmoor Children in Care Health Team."],
            ]),
            ("p", "**Health agreement:** The health provision in Section G was reviewed and supported by Dr Amir Haddad, Designated Medical Officer, Westmoor and Coast Integrated Care Board, on 6 November 2026."),
        ],
        "H1": [("p", "None. Mason's social care needs are met through his care plan and Pathway Plan (see Section H2).")],
        "H2": [
            ("tbl", ["Social care provision", "How often / how much", "Who"], [
                ["Statutory visits and review of Mason's care plan, including contact arrangements with his birth mum.", "Visits at least every 6 weeks; care plan reviewed at each Children in Care review (every 6 months).", "Mason's social worker, Westmoor Children in Care Team."],
                ["Supervised contact with his birth mum.", "Once a month, 2 hours, at the Tidemouth Family Centre.", "Contact worker, Westmoor Family Time Service."],
                ["Personal adviser and Pathway Plan, preparing for leaving care (money, cooking, tenancy skills).", "Monthly meeting, 1 hour; Pathway Plan reviewed every 6 months.", "Personal adviser, Westmoor Leaving Care Team."],
                ["Independent living skills group (budgeting, shopping, bills).", "Weekly, 2 hours, in a group of no more than 6 young people, for 12 weeks from January 2027.", "Westmoor Leaving Care Team."],
            ]),
        ],
        "I": [("p", "Tidemouth Academy, a mainstream secondary academy (11 to 16), with a dual placement at the Harbour Centre, Westmoor's alternative provision, 3 days a week until July 2027.")],
        "J": [("p", "No personal budget has been requested.")],
        "K": [
            ("tbl", ["Advice or information", "Given by", "Date"], [
                ["Mason's views", "Mason (voice note and at the annual review), recorded by his key worker", "8 October 2026"],
                ["Foster carers' views", "Sue and Dave, Mason's foster carers", "25 September 2026"],
                ["Birth parent's views", "Mason's mum (message to his social worker)", "6 October 2026"],
                ["Educational advice (annual review report)", "Ms F. Jewell, SENCo, Tidemouth Academy, and Harbour Centre key worker", "29 September 2026"],
                ["Psychological advice (updated)", "Dr Helen Vyvyan, Educational Psychologist, Westmoor Educational Psychology Service", "4 June 2026"],
                ["Speech and language therapy advice (updated)", "Lowenna Bray, Specialist Speech and Language Therapist", "20 August 2026"],
                ["Medical and mental health advice", "Clinical psychologist, Children in Care Emotional Health Service (CAMHS), and Looked After Children's Nurse (review health assessment)", "10 September 2026"],
                ["Social care advice", "Mason's social worker, Westmoor Children in Care Team (with his care plan)", "18 September 2026"],
                ["Personal Education Plan", "Westmoor Virtual School (PEP meeting)", "8 October 2026"],
                ["Preparing for adulthood advice", "Careers adviser, Tidemouth Academy, and personal adviser, Westmoor Leaving Care Team", "30 September 2026"],
            ]),
        ],
    },
})


# ================================================================ y112 (FAIL) national-template
PLANS.append({
    "id": "y112", "layout": "national-template", "name": "Poppy", "poss": "her",
    "front": [
        ("Plan", "Westmoor Council – Education, Health and Care (EHC) Plan"),
        ("School year", "Year 2 (age 7)"),
        ("Date this plan was issued", "24 June 2026"),
        ("Last annual review", "Not applicable – first EHC plan"),
    ],
    "personal": {
        "name": "Poppy", "preferred": "Poppy", "dob": "March 2019 (month and year only in this copy)",
        "sex": "Female", "ethnicity": "White British",
        "lang": "English", "parent_lang": "English",
        "p1": "Poppy's mum (name held on the case record)", "rel1": "Mother",
    },
    "services": [
        "St Kenna Church of England Primary School (Year 2)",
        "GP (family doctor): Wheal Anna Surgery",
        "Not included in this copy",
        "No",
        "Westmoor Children's Speech and Language Therapy Service; Westmoor Educational Psychology Service; School Nursing Team; Children's Bladder and Bowel Service",
        "No",
        "No",
        "No",
        "No",
    ],
    "history": [
        "Poppy is seven and lives in Wheal Anna with her mum and her baby brother. She went to nursery for a short time when she was three but found it very hard to separate from her mum, and her mum chose to educate her at home. Poppy was electively home educated until January 2026, when she started at St Kenna Primary School in Year 2, because her mum felt she needed more help with her talking and her learning than she could give at home.",
        "In the spring term the school's special educational needs co-ordinator (SENCo) and the speech and language therapist found that Poppy has a developmental language disorder (a lifelong difficulty learning and using spoken language). She is also very anxious in school and, so far, speaks only to her mum, her class teaching assistant and one friend there.",
        "**How Poppy communicates**",
        "At home Poppy talks in short sentences and chats happily with her mum. At school she mostly whispers to her teaching assistant, points, nods or shakes her head, and uses a set of picture cards. She understands more when adults show her what to do.",
    ],
    "views": [
        "**Poppy's views (gathered at home by her mum, and at school by the educational psychologist using a puppet and drawings, March 2026)**",
        "Poppy drew a picture of herself at school \"with a quiet bubble round me\". She whispered to the puppet that she likes the school guinea pigs, painting and her friend Isla-Rose, and that she does not like \"the loud hall\" or \"when they look at me when I have to say something\". At home she told her mum that she wants \"Mummy to come in the classroom\" and that she likes it when Mrs Hambly (her teaching assistant) \"does the cards with me\".",
        "**What Poppy's mum says (written views, 20 January 2026, and at the planning meeting, 16 April 2026)**",
        "Poppy's mum says Poppy is gentle, imaginative and very funny at home. She was worried that Poppy would never speak at school and she is relieved that she now whispers to Mrs Hambly. She would like Poppy to be understood, to make friends and to feel safe. She is worried about Poppy's tiredness and her wetting, which upsets Poppy a great deal.",
    ],
    "interests": [
        "Animals (especially the school guinea pigs and her grandad's sheep), painting, dressing up, and stories about fairies.",
    ],
    "strengths": [
        "Poppy is imaginative and artistic; her paintings are detailed and full of colour. She is kind to younger children and very loyal to her friend. She watches carefully and learns routines quickly. She concentrates well on practical tasks such as building and sorting.",
    ],
    "aspirations": [
        "To be discussed at the first annual review.",
    ],
    "areas": {
        "ci": {
            "strengths": "Poppy communicates well with her mum and with familiar adults using whispers, gestures and picture cards. She listens carefully and follows routines.",
            "rows": [
                ("Poppy has a developmental language disorder. Her understanding of spoken language is well below the level expected for her age (speech and language therapy assessment, February 2026); she follows instructions with two key words and finds questions such as \"why\" and \"how\" very hard. Her spoken sentences are short and often miss out small words.",
                 "Speech and language therapy: the speech and language therapist will see Poppy 1:1 in school on Thursday afternoons for 30 minutes, every week for 10 weeks each term, and set her programme for school staff.\nDaily practice of her therapy targets, 10 minutes, 1:1, with her teaching assistant (Mrs Hambly), who has been trained by the therapist.\nA language group (Talk Boost, a programme for children aged 4 to 7) in a group of no more than 4, three times a week for 20 minutes for 10 weeks, led by a teaching assistant trained in Talk Boost.",
                 "By July 2027, Poppy will follow instructions with three key words (for example \"put the red pencil under the book\") in 8 out of 10 tries, recorded by her teaching assistant and checked by the speech and language therapist."),
                ("Poppy is very anxious about speaking in school and currently speaks (in a whisper) only to her teaching assistant and one friend.",
                 "A small-steps talking programme (the \"sliding-in\" technique), 1:1 and then with one or two other children, 3 times a week for 15 minutes, led by Mrs Hambly and planned with the educational psychologist, who will review it once each half term for 45 minutes.",
                 "By April 2027, Poppy will speak aloud (not whispering) to three adults in school and answer the class register in her own voice on at least 4 days out of 5, recorded by her class teacher."),
            ],
        },
        "cl": {
            "strengths": "Poppy has good early number skills: she counts to 50, knows number bonds to 10 and enjoys sorting and pattern work.",
            "rows": [
                ("Because of her language disorder and the time out of school, Poppy's reading and writing are well behind those of her classmates. She knows 18 letter sounds and cannot yet write her name without a model.",
                 "Daily phonics catch-up (Read Write Inc.), 1:1, 15 minutes, with a teaching assistant trained in the programme.",
                 "By July 2027, Poppy will read and spell all the Set 1 phonics sounds (44 sounds), checked each half term by the SENCo on the school's phonics assessment."),
                ("Poppy has difficulty with handwriting and forming letters.",
                 "",
                 "By July 2027, Poppy will write her first name and a simple sentence of at least five words without a model, in 4 out of 5 pieces of work, checked by her class teacher."),
            ],
        },
        "semh": {
            "strengths": "Poppy is settled with familiar adults and has one close friend. She is beginning to join in with small-group play.",
            "rows": [
                ("Poppy is anxious when she arrives at school and finds separating from her mum very hard; she cries most mornings and takes about 20 minutes to settle.",
                 "A named adult (Mrs Hambly) greets Poppy at the side gate each morning and she goes in 10 minutes before the other children, to feed the guinea pigs.\nA visual timetable with photographs, updated every morning by Mrs Hambly.",
                 "Poppy will have a visual timetable and a named adult to greet her each morning."),
            ],
        },
        "sp": None,
    },
    "health": {
        "strengths": "Poppy is physically well and active.",
        "rows": [
            ("Not known at this time – awaiting community paediatric assessment (referral made in February 2026).",
             "",
             ""),
            ("Poppy wets herself during the day at school about three times a week. This upsets her and makes her more anxious about school.",
             "Children's Bladder and Bowel Service: a specialist nurse will assess Poppy at clinic in July 2026 (one appointment of 1 hour), then see Poppy and her mum every 8 weeks for 30 minutes until July 2027, and will write a toileting plan for school.\nSchool staff (Mrs Hambly) will prompt Poppy to use the toilet at morning break, lunch and afternoon break, following the plan.",
             "By April 2027, Poppy will be dry at school on at least 4 days out of 5 over a four-week period, recorded by Mrs Hambly on the toileting record."),
            ("Poppy has difficulty getting to sleep and wakes three or four times most nights. She is often very tired in the morning. Her GP has referred her to the children's sleep service.",
             "",
             ""),
        ],
    },
    "health_agreement": [
        "**Health agreement:** The health provision in this section was agreed by Jo Trewin, Designated Clinical Officer, Westmoor and Coast Integrated Care Board, on 15 June 2026.",
    ],
    "social": {
        "strengths": "Poppy lives with her mum, who cares for her very well, and sees her grandparents every weekend.",
        "rows": [
            ("Poppy has no social care needs related to her special educational needs. The social care advice from the Westmoor Early Help Hub (5 February 2026) found that no social care assessment is needed.",
             "None – no eligible needs (see D).",
             "None. Early Help and short breaks were considered; Poppy's mum has been given information about the Wheal Anna Family Hub and the Local Offer.",
             "Not applicable."),
        ],
    },
    "placement": ("St Kenna Church of England Primary School", "Mainstream primary school (voluntary controlled) maintained by Westmoor Council"),
    "j": ("Poppy's mum has not asked for a personal budget.", "Not applicable"),
    "k": [
        {"row": 1, "label": "Parent advice", "date": "20 January 2026", "who": "Poppy's mum (written views)"},
        {"row": 2, "label": "Educational advice", "date": "30 January 2026", "who": "Mrs L. Hocking, SENCo, and Miss A. Bray, class teacher, St Kenna Church of England Primary School"},
        {"row": 3, "label": "Speech and language therapy advice", "date": "19 February 2026", "who": "Lowenna Bray, Specialist Speech and Language Therapist, Westmoor Children's Speech and Language Therapy Service"},
        {"row": 4, "date": "14 January 2026", "who": "School Nursing Team (Specialist Community Public Health Nurse) – health questionnaire and GP record summary"},
        {"row": 5, "date": "12 March 2026", "who": "Dr Mark Tregear, Educational Psychologist, Westmoor Educational Psychology Service"},
        {"row": 6, "date": "5 February 2026", "who": "Senior Practitioner, Westmoor Early Help Hub"},
    ],
    "signoff": ("Mark Tonkin, EHC Co-ordinator, Westmoor Special Educational Needs and Disabilities (SEND) Assessment and Review Team", "Signed electronically", "24 June 2026"),
})


if __name__ == "__main__":
    main()
