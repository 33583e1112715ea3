"""Renderers for the three Wealdshire County Council layouts (imported by generate.py)."""
from docx import Document
from docx.shared import Pt, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

COUNCIL = "Wealdshire County Council"

LONG_TITLES = {
    "A": "Section A: The views, interests and aspirations of the child and his or her parents, or of the young person",
    "B": "Section B: The child or young person's special educational needs",
    "C": "Section C: The child or young person's health needs which are related to their special educational needs",
    "D": "Section D: The child or young person's social care needs which are related to their special educational needs or to a disability",
    "E": "Section E: The outcomes sought for the child or the young person, including outcomes for adult life",
    "F": "Section F: The special educational provision required by the child or the young person",
    "G": "Section G: Any health provision reasonably required by the learning difficulties or disabilities which result in the child or young person having special educational needs",
    "H1": "Section H1: Any social care provision which must be made for the child or young person under section 2 of the Chronically Sick and Disabled Persons Act 1970",
    "H2": "Section H2: Any other social care provision reasonably required by the learning difficulties or disabilities which result in the child or young person having special educational needs",
    "I": "Section I: The name and type of the school, maintained nursery school, post-16 institution or other institution to be attended by the child or young person",
    "J": "Section J: Where there is a Personal Budget, the details of how it will support particular outcomes, the provision it will be used for and the arrangements for any direct payments",
    "K": "Section K: The advice and information gathered during the EHC needs assessment",
}
SHORT_TITLES = {
    "A": "Section A – Views, interests and aspirations",
    "B": "Section B – Special educational needs",
    "C": "Section C – Health needs",
    "D": "Section D – Social care needs",
    "E": "Section E – Outcomes",
    "F": "Section F – Special educational provision",
    "G": "Section G – Health provision",
    "H1": "Section H1 – Social care provision (Chronically Sick and Disabled Persons Act 1970, section 2)",
    "H2": "Section H2 – Other social care provision",
    "I": "Section I – Placement",
    "J": "Section J – Personal budget",
    "K": "Section K – Advice and information",
}
ORDER = ["A", "B", "C", "D", "E", "F", "G", "H1", "H2", "I", "J", "K"]


def shade(cell, fill="D9D9D9"):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def fmt_item(item):
    what, freq, who = item
    parts = [what.rstrip(".") + "."]
    if freq:
        parts.append("How often: " + freq.rstrip(".") + ".")
    if who:
        parts.append("Who: " + who.rstrip(".") + ".")
    return " ".join(parts)


def title_block(doc, plan):
    p = doc.add_paragraph()
    r = p.add_run(COUNCIL)
    r.bold = True
    r.font.size = Pt(14)
    p = doc.add_paragraph()
    r = p.add_run(plan.get("doctitle", "Education, Health and Care Plan"))
    r.bold = True
    r.font.size = Pt(13)


# ---------------------------------------------------------------- bold-statutory
def _bs_blocks(doc, blocks):
    for kind, val in blocks:
        if kind == "h":
            p = doc.add_paragraph()
            r = p.add_run(val)
            r.bold = True
            r.underline = True
        elif kind == "p":
            doc.add_paragraph(val)
        elif kind == "ul":
            for it in val:
                if isinstance(it, tuple):  # (text, [subitems])
                    doc.add_paragraph("•\t" + it[0])
                    for s in it[1]:
                        doc.add_paragraph("\to  " + s)
                else:
                    doc.add_paragraph("•\t" + it)
        elif kind == "dash":
            for it in val:
                doc.add_paragraph("-  " + it)
        elif kind == "lv":
            p = doc.add_paragraph()
            r = p.add_run(val[0] + ": ")
            r.bold = True
            p.add_run(val[1])


def render_bold(plan, path):
    doc = Document()
    title_block(doc, plan)
    for lab, val in plan["front"]:
        p = doc.add_paragraph()
        r = p.add_run(lab + ": ")
        r.bold = True
        p.add_run(val)
    _bs_blocks(doc, plan.get("intro", []))
    for s in ORDER:
        p = doc.add_paragraph()
        r = p.add_run(LONG_TITLES[s])
        r.bold = True
        r.font.size = Pt(12)
        if s == "E":
            _bs_blocks(doc, plan.get("Eintro", []))
            for code, area, text in plan["E"]:
                p = doc.add_paragraph()
                r = p.add_run(f"{code} ({area}): ")
                r.bold = True
                p.add_run(text)
        elif s == "F":
            _bs_blocks(doc, plan.get("Fintro", []))
            for code, heading, items in plan["F"]:
                p = doc.add_paragraph()
                r = p.add_run(heading)
                r.bold = True
                for it in items:
                    doc.add_paragraph("-  " + fmt_item(it))
            _bs_blocks(doc, plan.get("Fafter", []))
        elif s == "K":
            _bs_blocks(doc, plan.get("Kintro", []))
            for adv, who, date in plan["K"]:
                doc.add_paragraph("•\t" + "; ".join(x for x in (adv, who, date) if x))
            _bs_blocks(doc, plan.get("Kafter", []))
        else:
            _bs_blocks(doc, plan[s])
    _bs_blocks(doc, plan.get("signoff", []))
    doc.save(path)


# ---------------------------------------------------------------- ef-table
def _ef_blocks(doc, blocks):
    for kind, val in blocks:
        if kind == "h":
            p = doc.add_paragraph()
            r = p.add_run(val)
            r.bold = True
        elif kind == "p":
            doc.add_paragraph(val)
        elif kind in ("ul", "dash"):
            for it in val:
                if isinstance(it, tuple):
                    doc.add_paragraph(it[0], style="List Bullet")
                    for s in it[1]:
                        doc.add_paragraph(s, style="List Bullet 2")
                else:
                    doc.add_paragraph(it, style="List Bullet")
        elif kind == "lv":
            p = doc.add_paragraph()
            r = p.add_run(val[0] + ": ")
            r.bold = True
            p.add_run(val[1])


def render_ef(plan, path):
    doc = Document()
    title_block(doc, plan)
    ft = doc.add_table(rows=0, cols=2)
    ft.style = "Table Grid"
    for lab, val in plan["front"]:
        c = ft.add_row().cells
        c[0].text = lab
        c[1].text = val
        shade(c[0], "EDEDED")
    _ef_blocks(doc, plan.get("intro", []))
    for s in ORDER:
        if s == "F":
            continue
        if s == "E":
            doc.add_heading("Sections E and F – Outcomes and the special educational provision to meet them", level=2)
            _ef_blocks(doc, plan.get("Eintro", []))
            _ef_blocks(doc, plan.get("Fintro", []))
            hdr = plan.get("efheader", ["Outcome", "Provision", "Frequency", "Who"])
            t = doc.add_table(rows=1, cols=4)
            t.style = "Table Grid"
            for i, h in enumerate(hdr):
                t.rows[0].cells[i].text = ""
                r = t.rows[0].cells[i].paragraphs[0].add_run(h)
                r.bold = True
                shade(t.rows[0].cells[i], "C6D9F1")
            fmap = {}
            for code, heading, items in plan["F"]:
                fmap.setdefault(code, []).extend(items)
            rows_for = []
            for code, area, text in plan["E"]:
                rows_for.append((f"{code} – {area}\n{text}", fmap.get(code, [])))
            if "ALL" in fmap:
                rows_for.append((plan.get("alllabel", "All outcomes – provision throughout the school day"), fmap["ALL"]))
            for otext, items in rows_for:
                items = items or [("", "", "")]
                start = None
                for j, (what, freq, who) in enumerate(items):
                    row = t.add_row()
                    c = row.cells
                    if j == 0:
                        start = c[0]
                        c[0].text = otext
                    c[1].text = what
                    c[2].text = freq
                    c[3].text = who
                if len(items) > 1:
                    start.merge(t.rows[-1].cells[0])
            _ef_blocks(doc, plan.get("Fafter", []))
            continue
        doc.add_heading(SHORT_TITLES[s], level=2)
        if s == "K":
            _ef_blocks(doc, plan.get("Kintro", []))
            kt = doc.add_table(rows=1, cols=3)
            kt.style = "Table Grid"
            for i, h in enumerate(["Advice and information", "Given by", "Date"]):
                kt.rows[0].cells[i].text = h
                shade(kt.rows[0].cells[i], "C6D9F1")
            for adv, who, date in plan["K"]:
                c = kt.add_row().cells
                c[0].text, c[1].text, c[2].text = adv, who, date
            _ef_blocks(doc, plan.get("Kafter", []))
        else:
            _ef_blocks(doc, plan[s])
    _ef_blocks(doc, plan.get("signoff", []))
    doc.save(path)


# ---------------------------------------------------------------- letter-column
def _lc_fill(cell, kind, val):
    cell.text = ""
    p = cell.paragraphs[0]
    if kind == "h":
        r = p.add_run(val)
        r.bold = True
    elif kind == "p":
        p.add_run(val)
    elif kind in ("ul", "dash"):
        first = True
        for it in val:
            txt = it[0] if isinstance(it, tuple) else it
            q = p if first else cell.add_paragraph()
            q.add_run("• " + txt)
            first = False
            if isinstance(it, tuple):
                for s in it[1]:
                    cell.add_paragraph("    – " + s)
    elif kind == "lv":
        r = p.add_run(val[0] + ": ")
        r.bold = True
        p.add_run(val[1])
    elif kind == "item":
        what, freq, who = val
        p.add_run(what)
        if freq:
            q = cell.add_paragraph()
            q.add_run("How often / how long: ").bold = True
            q.add_run(freq)
        if who:
            q = cell.add_paragraph()
            q.add_run("Who: ").bold = True
            q.add_run(who)


def render_letter(plan, path):
    doc = Document()
    title_block(doc, plan)
    ft = doc.add_table(rows=0, cols=2)
    ft.style = "Table Grid"
    for lab, val in plan["front"]:
        c = ft.add_row().cells
        c[0].text = lab
        c[1].text = val
    for kind, val in plan.get("intro", []):
        if kind == "p":
            doc.add_paragraph(val)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for s in ORDER:
        rows = [("h", SHORT_TITLES[s].split("–", 1)[1].strip())]
        if s == "E":
            rows += plan.get("Eintro", [])
            rows += [("lv", (f"{code} {area}", text)) for code, area, text in plan["E"]]
        elif s == "F":
            rows += plan.get("Fintro", [])
            for code, heading, items in plan["F"]:
                rows.append(("h", heading))
                rows += [("item", it) for it in items]
            rows += plan.get("Fafter", [])
        elif s == "K":
            rows += plan.get("Kintro", [])
            rows += [("lv", (adv, "; ".join(x for x in (who, date) if x))) for adv, who, date in plan["K"]]
            rows += plan.get("Kafter", [])
        else:
            rows += plan[s]
        first = None
        for kind, val in rows:
            c = t.add_row().cells
            if first is None:
                first = c[0]
                c[0].text = ""
                r = c[0].paragraphs[0].add_run(s)
                r.bold = True
                r.font.size = Pt(16)
            _lc_fill(c[1], kind, val)
        last = t.rows[-1].cells[0]
        if last is not first:
            first = first.merge(last)
        shade(first, "BFBFBF")
    for kind, val in plan.get("signoff", []):
        doc.add_paragraph(val if isinstance(val, str) else ": ".join(val))
    doc.save(path)


RENDER = {"bold-statutory": render_bold, "ef-table": render_ef, "letter-column": render_letter}

# ---------------------------------------------------------------- council house wording
PLANS = []


def intro(name, family, pron="them"):
    return [("p", f"This Education, Health and Care (EHC) plan is issued by Wealdshire County Council under "
                  f"section 37 of the Children and Families Act 2014. It was written by the Special Educational "
                  f"Needs and Disabilities (SEND) Assessment and Review Team with {name}, {family} and the "
                  f"people who work with {pron}. Where we quote {name} or the family, we have used their own words.")]


FINTRO = [("p", "The provision below must be made by the setting named in Section I unless another provider is "
                "named. Where a member of staff is named by role, the setting will make sure the person in that "
                "role has the training described. Times are for term time unless the plan says otherwise.")]


def signoff(date, officer="SEND Case Officer, Assessment and Review Team"):
    return [("p", f"Signed on behalf of Wealdshire County Council by the {officer}, {date}. "
                  "This plan will be reviewed at least once every 12 months. The family may contact Wealdshire "
                  "SEND Information, Advice and Support Service (SENDIASS) for free, impartial advice.")]


def dco(name_role, date, verb="reviewed and agreed"):
    return ("lv", ("Health agreement", f"The health provision in this section was {verb} by {name_role} on {date}."))

# ================================================================ y201 SOUND bold-statutory
PLANS.append(dict(
    id="y201", layout="bold-statutory",
    front=[
        ("Name (first name only)", "Reuben"),
        ("Age", "14"),
        ("National Curriculum (NC) year", "Year 9"),
        ("Date this plan was issued", "3 November 2026 (amended following annual review)"),
        ("Date of last annual review", "15 October 2026"),
        ("Legal status", "Looked after by Wealdshire County Council under section 20 of the Children Act 1989, with his parents' agreement"),
        ("Setting", "Hollowmere School (52-week residential placement)"),
    ],
    intro=intro("Reuben", "his mum and dad", "him"),
    A=[
        ("h", "About Reuben"),
        ("p", "Reuben is 14 and lives at Hollowmere School, where he has been a residential pupil since February 2025. "
              "He goes home to his mum, dad and younger sister Ella every other Saturday. Reuben is autistic and has a "
              "severe learning disability. He does not use spoken words, but he communicates a great deal through his "
              "Picture Exchange Communication System (PECS) book, some Makaton signs, his face and his body. People who "
              "know him well say he has a wicked sense of humour and a laugh that fills the room."),
        ("h", "How we found out what Reuben thinks"),
        ("p", "Reuben's views were gathered on 2 and 9 October 2026 by Sian, his key worker at Hollowmere, who has worked "
              "with him for 18 months. She used a talking mat with photographs (a ‘like’, ‘not sure’ and ‘don't like’ "
              "board), his PECS book and what she and the class team have seen across the school day and in the house. "
              "His mum and dad looked at the mat with him during family time on 11 October 2026 and agreed that it shows "
              "what Reuben is like."),
        ("h", "What Reuben showed us he likes"),
        ("ul", [
            "Swimming. He put the photograph of the hydrotherapy pool on the ‘like’ side straight away, smiling and rocking.",
            "The trampoline. Reuben has access to the trampoline every evening after tea and will fetch the ‘jump’ symbol to ask for it.",
            "Toast with strawberry jam, car journeys and watching the trains from the footbridge in Ashford Magna.",
            "Music, especially anything with a strong drum beat. He claps along and will hand an adult the speaker.",
            "Jigsaws. He can finish a 24-piece jigsaw on his own.",
        ]),
        ("h", "What Reuben showed us he does not like"),
        ("ul", [
            "Loud hand dryers and busy dining halls. He pushed the photograph of the dining hall at lunchtime off the mat twice.",
            "Waiting, especially when he cannot see what is coming next.",
            "A new adult arriving without warning.",
        ]),
        ("h", "What Reuben's parents say"),
        ("p", "“Reuben has come such a long way since he moved to Hollowmere. He is calmer, he sleeps better and he is "
              "using his book to tell us what he wants. We want him to be safe and happy, and as independent as he can "
              "be. Our big wish for this year is that he can come home for tea on a Saturday, go to the shop with his dad "
              "and enjoy it, without it all being too much for him.” (Mum and Dad, annual review meeting, 15 October 2026)"),
        ("h", "Reuben's strengths"),
        ("ul", [
            "He uses more than 60 PECS symbols and is starting to put two together on a sentence strip.",
            "He has an excellent memory for routes and places and knows the way to the pool, the shop and the station.",
            "He can dress himself with a photo sequence and a few prompts, and uses the toilet on his own in the day.",
            "He is gentle with the younger pupils in the house and will share his jigsaws with them.",
            "He works hard at the school garden and enjoys watering and carrying pots.",
        ]),
        ("h", "Aspirations"),
        ("p", "Reuben's own hopes, as far as we can tell from what he chooses and enjoys, are to keep swimming, to ride on "
              "the train and to have toast whenever he likes. His parents hope that as an adult he will live in a "
              "supported home close to the family, spend his days doing something he enjoys (perhaps at a garden centre "
              "or a farm project), and be able to buy things and get about in the community with support."),
    ],
    B=[
        ("h", "Communication and interaction"),
        ("p", "Reuben is autistic. He does not use speech. He uses his PECS book at Phase 4 (building a sentence with an "
              "‘I want’ card and a picture) with adults he knows, though in new places he often goes back to giving a "
              "single picture. He understands short spoken instructions with one key word when they are backed up with "
              "an object of reference or a symbol. He uses about 15 Makaton signs, including ‘more’, ‘finished’ and "
              "‘help’. He finds it hard to get an adult's attention if they are not looking at him, and this can lead to "
              "distress."),
        ("h", "Cognition and learning"),
        ("p", "Reuben has a severe learning disability. His teachers assess him using the engagement model and the "
              "school's pre-formal curriculum. He can match and sort by colour and shape, counts up to 5 objects, and "
              "recognises his own name and about 20 familiar photographs and symbols. He learns best through short, "
              "practical tasks that are repeated in the same order, with a clear ‘finished’ signal."),
        ("h", "Social, emotional and mental health"),
        ("p", "When Reuben is anxious or cannot make himself understood, he may bite his hand, hit out at the adult "
              "nearest to him or drop to the floor. The school's incident log shows this has fallen from most days in "
              "spring 2025 to about twice a week in the autumn term 2026. The main triggers are waiting, noise and "
              "unexpected change. He has a positive behaviour support (PBS) plan that all staff follow. He calms with "
              "deep pressure, music through headphones and time in his calm space."),
        ("h", "Sensory and/or physical"),
        ("p", "Reuben seeks deep pressure and movement and is very sensitive to sudden loud noise. He wears ear defenders "
              "when needed, usually in the dining hall and on the minibus. His fine motor skills are delayed: he finds "
              "buttons, spreading and using a knife difficult. He needs an adult nearby for personal care such as "
              "showering and tooth brushing."),
        ("h", "Preparing for adulthood"),
        ("p", "Reuben is in Year 9, and the family and school have started to think about his life after school. He needs "
              "to build everyday skills (choosing and buying, simple food preparation, taking part in a work-style "
              "task) that will help him have as much choice and control as possible as an adult."),
    ],
    C=[
        ("p", "Reuben's hearing and eyesight were checked in March 2026 and there are no difficulties with either, "
              "but he has epilepsy and a sleep difficulty that affect his learning and his care."),
        ("h", "Epilepsy"),
        ("p", "Reuben was diagnosed with epilepsy in 2023. He has a tonic-clonic seizure about once every two months and "
              "takes levetiracetam twice a day. He has emergency rescue medication (buccal midazolam) if a seizure lasts "
              "more than 5 minutes. He finds taking medicine difficult and sometimes refuses it, especially in the morning. "
              "He has an individual healthcare plan (IHCP) written by the epilepsy nurse specialist."),
        ("h", "Sleep"),
        ("p", "Reuben has had difficulty getting off to sleep and staying asleep since he was small. He takes melatonin, "
              "prescribed by his consultant paediatrician. He now usually sleeps from about 9pm but often wakes before "
              "5am and becomes distressed when he is asked to stay in his room."),
    ],
    D=[
        ("p", "Reuben has been looked after by Wealdshire County Council under section 20 of the Children Act 1989 since "
              "February 2025. His parents asked for this, and agreed it, because his needs could no longer be met "
              "safely at home, even with short breaks. His social worker is Marcus Reid, Children with Disabilities "
              "Team. Marcus contributed social care advice to this plan (30 September 2026) and attended the annual "
              "review. Reuben's care plan and this EHC plan are reviewed together: his looked after child review on "
              "12 August 2026 agreed the outcomes for independence and family time that appear in Section E, and his "
              "Personal Education Plan (PEP), reviewed with the Wealdshire Virtual School on 20 September 2026, uses "
              "the same communication and independence targets."),
        ("p", "Reuben's social care needs are:"),
        ("ul", [
            "care and supervision from an adult he knows throughout the day and night, including waking night staff, because he cannot keep himself safe and may have seizures at night;",
            "help with all personal care, following his photo sequences;",
            "keeping strong relationships with his mum, dad and sister through planned family time;",
            "planning, from age 17, for his move to adult social care, through a Care Act 2014 transition assessment.",
        ]),
    ],
    Eintro=[("p", "Reuben is in Year 9, so his outcomes are grouped under the four preparing for adulthood (PfA) areas: "
                  "employment, independent living, friends and community, and good health. Each outcome will be "
                  "reviewed at his next annual review in October 2027 unless a date is given.")],
    E=[
        ("E1", "Communication – friends and community",
         "By July 2027, Reuben will use his PECS book to build a two-card sentence (‘I want’ and a picture) to ask for "
         "a drink or a snack without being prompted, on 8 out of 10 chances across a week, as recorded by his class "
         "team on his communication log."),
        ("E2", "Friends and community",
         "By October 2027, Reuben will buy one item at a local shop by handing over a symbol card and the money, with "
         "one adult nearby, on 4 out of 5 weekly trips over a half term, as recorded on his community log. This builds "
         "towards his parents' wish that he can go to the shop with his dad."),
        ("E3", "Independent living",
         "By July 2027, Reuben will make his own toast with jam, following a four-step picture sequence, with no more "
         "than two gestural prompts, on 3 evenings a week for four weeks running, as recorded by residential staff."),
        ("E4", "Good health – wellbeing",
         "By July 2027, when he is becoming anxious, Reuben will hand an adult his ‘break’ card or go to his calm "
         "space, so that biting or hitting falls from about twice a week (autumn term 2026) to no more than twice a "
         "month across the summer term 2027, as shown by the school's incident log."),
        ("E5", "Good health – epilepsy",
         "By April 2027, Reuben will take his epilepsy medication when it is offered with his medication symbol card, "
         "for at least 12 of his 14 doses each week over a month, as recorded on his medication chart."),
        ("E6", "Good health – sleep",
         "By October 2027, Reuben will stay in his bedroom until his visual clock shows the ‘sun’ picture at 6.30am on "
         "5 nights out of 7, over four weeks, as recorded on the night log."),
        ("E7", "Employment",
         "By July 2028, Reuben will complete a 20-minute job at the school garden project (watering or sorting pots) "
         "with one adult, on 3 out of 4 weekly sessions, and will gain the ASDAN (Award Scheme Development and "
         "Accreditation Network) Personal Progress certificate unit in horticulture."),
    ],
    Fintro=FINTRO + [("p", "Throughout the school day Reuben is taught in a class of no more than 6 pupils with a teacher "
                           "and 3 teaching assistants (TAs), 39 weeks a year. In the residential house he has an adult "
                           "with him 1:1 during waking hours.")],
    F=[
        ("E1", "Provision for E1 – communication", [
            ("Speech and language therapy: a speech and language therapist (SLT) registered with the Health and Care Professions Council (HCPC) will see Reuben on his own to teach two-card sentences and set his PECS targets",
             "every Tuesday and Thursday, 30 minutes each, term time", "Hollowmere speech and language therapist"),
            ("PECS practice built into snack, lunch and choosing times, 1:1", "3 times a day, about 15 minutes each", "Class TA who has completed PECS Level 1 training"),
            ("Training for the class and residential staff in Reuben's PECS programme", "one 2-hour session each term", "Hollowmere speech and language therapist"),
            ("PECS book and symbol cards, kept up to date with new symbols", "checked and updated every Friday", "Class teacher"),
        ]),
        ("E2", "Provision for E2 – shopping and community", [
            ("Community trip to a local shop, following a social story written by the class teacher", "once a week, 45 minutes", "1:1 with a TA who knows Reuben well"),
            ("Money-handling sessions (handing over coins and a symbol card, waiting for change) in a group of no more than 3 pupils", "3 times a week, 20 minutes", "Higher level teaching assistant (HLTA)"),
        ]),
        ("E3", "Provision for E3 – independent living", [
            ("Food preparation in the house kitchen using a four-step photo sequence", "3 evenings a week, 30 minutes", "Residential support worker, 1:1"),
            ("Occupational therapy (OT): an occupational therapist will assess Reuben's grip and spreading and write a fine motor programme for the class and house", "1 hour assessment in January 2027, then a 45-minute session on his own every Monday morning for 6 weeks, then review", "Hollowmere occupational therapist (HCPC registered)"),
        ]),
        ("E4", "Provision for E4 – wellbeing", [
            ("Positive behaviour support plan, reviewed with class and residential staff and his parents", "every half term, 1-hour meeting", "Hollowmere PBS practitioner, certified by the British Institute of Learning Disabilities (BILD)"),
            ("Sensory circuit (deep pressure, trampoline, heavy work) set by the occupational therapist", "daily, 15 minutes at the start of the school day, 1:1", "Class TA trained by the occupational therapist"),
            ("Calm space in class and in the house, with a weighted blanket and ear defenders; equipment checked for wear", "checked monthly", "Provided by Hollowmere; checked by the occupational therapist"),
            ("Positive behaviour support training for every adult who works with Reuben", "one day on joining, refreshed every 12 months", "Hollowmere PBS practitioner"),
        ]),
        ("E7", "Provision for E7 – employment", [
            ("Work-related learning at the school garden project, in a group of no more than 4 pupils with 2 staff", "every Wednesday afternoon, 1 hour", "Horticulture instructor with a TA"),
            ("From September 2027, ASDAN Personal Progress horticulture unit, assessed by the class teacher", "within the Wednesday sessions above", "Class teacher (ASDAN-registered centre)"),
            ("Preparing for adulthood planning meeting with Reuben's family, school and social worker", "once a term, 1 hour", "Wealdshire Preparing for Adulthood adviser"),
        ]),
    ],
    Fafter=[("p", "Outcomes E5 and E6 are met through the health provision in Section G, carried out by school and house staff who have been trained as set out there.")],
    G=[
        ("h", "Epilepsy (outcome E5)"),
        ("ul", [
            "Dr Priya Nair, consultant paediatrician, Wealdshire Community Paediatrics, will review Reuben's epilepsy and medication every 6 months in a 30-minute clinic appointment (next due April 2027) and write to the school and his parents after each review.",
            "The Weald and Downs Children's Epilepsy Nurse Service will train school and residential staff in Reuben's IHCP and the use of buccal midazolam: one 2-hour session every September and whenever the plan changes. The epilepsy nurse specialist will rewrite the IHCP every 12 months.",
            "Reuben's medication will be given twice a day by trained residential staff, using his medication symbol card, as set out in the IHCP.",
        ]),
        ("h", "Sleep (outcome E6)"),
        ("ul", [
            "Dr Nair will review Reuben's sleep and his melatonin prescription at the same 6-monthly appointment.",
            "A community paediatric nurse will visit the residential house once each half term for 45 minutes to review the night log and the sleep plan with the house manager.",
        ]),
        dco("Dr Helen Okafor, Designated Clinical Officer (DCO), Weald and Downs Integrated Care Board (ICB),", "28 October 2026"),
    ],
    H1=[
        ("p", "Travel for family time: Reuben will be driven home every other Saturday for family time from 10am to "
              "3pm, with one residential support worker (1:1) who stays nearby. Arranged by the residential house "
              "manager and funded by Wealdshire Children's Services."),
    ],
    H2=[
        ("ul", [
            "The care element of Reuben's 52-week residential placement: care and supervision in the house with 1:1 staffing during waking hours and waking night staff (1 member of staff to 3 young people), 52 weeks a year, funded by Wealdshire Children's Services as part of a joint education and social care placement.",
            "Social worker visits from the Children with Disabilities Team at least every 6 weeks, with looked after child reviews every 6 months chaired by an independent reviewing officer.",
            "A Care Act 2014 transition assessment by the Wealdshire Preparing for Adulthood social work team, to be completed before Reuben's 17th birthday.",
        ]),
    ],
    I=[
        ("p", "Hollowmere School, an independent special school for pupils aged 8 to 19 with autism and learning "
              "disabilities, approved under section 41 of the Children and Families Act 2014. Reuben attends on a "
              "52-week residential basis."),
    ],
    J=[("p", "No personal budget has been requested. Personal budgets were explained to Reuben's parents at the annual review on 15 October 2026.")],
    Kintro=[("p", "The following advice and information was used to write this plan:")],
    K=[
        ("Parents' views and written contribution", "Reuben's mum and dad", "15 October 2026"),
        ("Reuben's views (talking mat, PECS and observation)", "Sian, key worker, Hollowmere School", "2 and 9 October 2026"),
        ("Educational advice (annual review report)", "Class teacher, Hollowmere School", "1 October 2026"),
        ("Psychological advice", "Dr Laura Benn, educational psychologist, Wealdshire Educational Psychology Service", "22 September 2026"),
        ("Medical advice", "Dr Priya Nair, consultant paediatrician, Wealdshire Community Paediatrics", "10 September 2026"),
        ("Epilepsy nurse advice and IHCP", "Children's epilepsy nurse specialist, Weald and Downs Children's Epilepsy Nurse Service", "4 September 2026"),
        ("Community paediatric nursing advice (sleep)", "Community paediatric nurse, Wealdshire Community Paediatrics", "16 September 2026"),
        ("Speech and language therapy report", "Speech and language therapist, Hollowmere School", "25 September 2026"),
        ("Occupational therapy report", "Occupational therapist, Hollowmere School", "18 September 2026"),
        ("Social care advice", "Marcus Reid, social worker, Children with Disabilities Team", "30 September 2026"),
        ("Looked after child review minutes", "Independent reviewing officer, Wealdshire Children's Services", "12 August 2026"),
        ("Personal Education Plan", "Wealdshire Virtual School and Hollowmere designated teacher", "20 September 2026"),
        ("Preparing for adulthood advice", "Wealdshire Preparing for Adulthood adviser", "5 October 2026"),
    ],
    signoff=signoff("3 November 2026"),
))

# ================================================================ y202 FAIL ef-table
PLANS.append(dict(
    id="y202", layout="ef-table",
    front=[
        ("Name", "Kai"),
        ("Age", "15"),
        ("National Curriculum year", "Year 10"),
        ("Date this plan was issued", "12/06/2026"),
        ("Date of last annual review", "Not applicable – this is the first plan"),
        ("Setting", "Thornbury Academy (mainstream secondary)"),
        ("Other plans in place", "Child in need plan (Wealdshire Children's Services); 9-month referral order (Wealdshire Youth Offending Service)"),
    ],
    intro=intro("Kai", "his mum", "him"),
    A=[
        ("h", "Kai's history"),
        ("p", "Kai is 15 and lives with his mum and his two younger brothers in Hadleigh Cross. He was diagnosed with "
              "foetal alcohol spectrum disorder (FASD) in 2019. Kai moved between three primary schools and missed a "
              "lot of Year 7 and Year 8. Since January 2026 he has been supported by a child in need plan through "
              "Wealdshire Children's Services, and in March 2026 he was given a 9-month referral order by the youth "
              "court after he was involved in damaging a bus shelter with older boys. His Youth Offending Service "
              "(YOS) case manager sees him every week. Kai is in Year 10 and is studying for General Certificate of "
              "Secondary Education (GCSE) exams."),
        ("h", "What Kai says"),
        ("p", "Kai talked to the SEND case officer at school on 22 April 2026, with his mum there. These are his words:"),
        ("p", "“School is all right when I know what I'm doing. I hate it when teachers talk for ages and then say "
              "‘off you go’ and I can't remember what they said. Then I mess about so no one sees I don't get it. "
              "I'm good at practical stuff – food tech, football, fixing my bike. I want to get my GCSEs so I'm not stuck. "
              "I like my YOS worker, she's sound. I don't want to end up back in court.”"),
        ("h", "What Kai's mum says"),
        ("p", "“Kai has a big heart. He's brilliant with his little brothers and he'll do anything for you if he "
              "trusts you. He gets led by older lads because he wants to fit in and he doesn't think about what "
              "happens next – that's the FASD. I want him to catch up with his reading and his maths and stay in "
              "school so he gets his English and maths GCSEs.” (Mum, 22 April 2026)"),
        ("h", "Kai's strengths"),
        ("ul", [
            "Practical and hands-on: he does well in food technology and sport.",
            "Kind and protective towards younger children.",
            "Funny and good company; adults who know him enjoy working with him.",
            "He keeps his YOS appointments and is proud of this.",
        ]),
        ("h", "Aspirations"),
        ("p", "Kai wants to pass his GCSEs, including English and maths, so that he has choices after Year 11. His mum wants "
              "him to stay in school, catch up with his reading and maths and keep out of trouble."),
    ],
    B=[
        ("h", "Cognition and learning"),
        ("p", "Kai's FASD affects his working memory, the speed at which he takes in information, and his ability to "
              "plan and organise. On the standardised tests given by the special educational needs co-ordinator (SENCo) in March 2026 his reading age was 10 years 2 months "
              "and his maths was at about the level expected at the end of Year 6. He forgets multi-step instructions "
              "and needs information shown visually and broken down. He learns well through practical tasks."),
        ("h", "Communication and interaction"),
        ("p", "Kai talks fluently and can seem to understand more than he does. The educational psychologist found that "
              "he has difficulty understanding longer spoken sentences and abstract language, and he often says "
              "‘yeah’ when he has not understood."),
        ("h", "Social, emotional and mental health"),
        ("p", "Kai finds it hard to stop and think before acting, and he is easily influenced by older peers. He has had "
              "four fixed-term suspensions this school year, all after he walked out of lessons and refused to return. "
              "He responds well to one trusted adult and to calm, clear limits. His attendance is 81%."),
    ],
    C=[
        ("p", "Kai's FASD was diagnosed by the Wealdshire Neurodevelopmental Service in 2019. It is lifelong and affects "
              "his memory, attention and impulse control; these needs are described in Section B and met through the "
              "provision in Section F. Kai is otherwise physically healthy: his review with the community paediatrician "
              "on 2 April 2026 found no other health needs, and his hearing and eyesight are normal."),
    ],
    D=[
        ("p", "Kai has no social care needs."),
    ],
    Eintro=[("p", "The table below sets out each outcome and the provision that will help Kai achieve it.")],
    efheader=["Outcome", "Provision", "Frequency", "Who"],
    E=[
        ("E1", "Cognition and learning", "Kai will receive 1:1 support from a teaching assistant in English and maths lessons."),
        ("E2", "Cognition and learning",
         "By July 2027, Kai will read a one-page text at his reading level and answer 4 out of 5 questions about it "
         "correctly, as measured each half term by the SENCo using the school's reading assessment."),
        ("E3", "Social, emotional and mental health", "Kai is given a daily check-in with his key adult so that he feels settled in school."),
        ("E4", "Social, emotional and mental health", "Staff will use a consistent behaviour plan and give Kai time out when he needs it."),
        ("E5", "Cognition and learning – attendance",
         "By the end of the summer term 2027, Kai will attend school on at least 9 days out of 10 and stay in all his "
         "timetabled lessons, as shown on the school's attendance register and lesson-by-lesson registers."),
        ("E6", "Cognition and learning – maths",
         "By July 2027, Kai will use a number line and a times-table square to solve two-step money problems, getting "
         "8 out of 10 correct on the termly maths check marked by his maths teacher."),
    ],
    Fintro=FINTRO,
    F=[
        ("E1", "", [
            ("1:1 in-class support in English and maths lessons to break tasks into steps and check understanding", "8 lessons a week (4 English, 4 maths), 60 minutes each", "Teaching assistant trained in FASD strategies by the SENCo"),
        ]),
        ("E2", "", [
            ("Reading intervention (Read Write Inc. Fresh Start) in a group of no more than 4 pupils", "3 times a week, 30 minutes, for 2 terms then review", "Trained HLTA (higher level teaching assistant)"),
            ("Pre-teaching of key vocabulary for English lessons, 1:1", "twice a week, 15 minutes", "Teaching assistant"),
        ]),
        ("E3", "", [
            ("Check-in with Kai's named key adult at the start and end of the school day, using a visual timetable for the day", "daily, 10 minutes morning and 5 minutes afternoon", "Learning mentor"),
        ]),
        ("E4", "", [
            ("Individual behaviour support plan based on FASD-informed strategies, shared with all staff who teach Kai", "reviewed every half term in a 30-minute meeting with Kai and his mum", "SENCo"),
            ("Time-out pass to a named base room, with a 10-minute timer and a planned return", "available in every lesson, no more than twice a day", "Learning mentor"),
            ("FASD awareness training for all staff who teach Kai", "one 90-minute session in September 2026", "Educational psychologist, Wealdshire Educational Psychology Service"),
        ]),
        ("E5", "", [
            ("Attendance support meeting with Kai and his mum", "every 2 weeks, 20 minutes", "Head of year"),
        ]),
        ("E6", "", [
            ("Maths intervention (money and number) in a group of no more than 4 pupils", "twice a week, 40 minutes", "Maths teacher"),
        ]),
    ],
    G=[
        ("ul", [
            "Dr Sunita Rao, community paediatrician, Wealdshire Community Paediatrics, will review Kai's FASD once a year in a 45-minute clinic appointment (next due April 2027) and write to school with any new advice.",
        ]),
        dco("Dr Helen Okafor, Designated Clinical Officer (DCO), Weald and Downs Integrated Care Board (ICB),", "3 June 2026", "confirmed"),
    ],
    H1=[("p", "None.")],
    H2=[("p", "None.")],
    I=[("p", "Thornbury Academy, a mainstream secondary academy for pupils aged 11 to 16.")],
    J=[("p", "No personal budget was requested.")],
    K=[
        ("Parent's views", "Kai's mum", "22 April 2026"),
        ("Kai's views", "Kai, with the SEND case officer", "22 April 2026"),
        ("Educational advice", "SENCo, Thornbury Academy", "14 April 2026"),
        ("Psychological advice", "Tom Ashworth, educational psychologist, Wealdshire Educational Psychology Service", "8 April 2026"),
        ("Medical advice", "Dr Sunita Rao, community paediatrician", "2 April 2026"),
        ("Preparing for adulthood advice", "Careers adviser (Level 6 Diploma in Career Guidance), Wealdshire Careers Service", "20 May 2026"),
    ],
    signoff=signoff("12 June 2026"),
))

# ================================================================ y203 FAIL letter-column
PLANS.append(dict(
    id="y203", layout="letter-column",
    front=[
        ("Name", "Amira"),
        ("Age", "11"),
        ("School year", "Year 7"),
        ("Date this plan was issued", "21.09.2026 (amended after annual review)"),
        ("Last annual review", "08.07.2026"),
        ("Setting", "St Edmund's Church of England High School"),
    ],
    intro=intro("Amira", "her parents", "her"),
    A=[
        ("h", "All about me – written by Amira with her teaching assistant, June 2026"),
        ("p", "My name is Amira and I am 11. I have just started at St Edmund's. When I was 8 I was hit by a car outside "
              "my old school and I hurt my brain. I was in hospital for a long time and I had to learn to walk again. "
              "Now I can do nearly everything, but I get really tired, especially in the afternoon, and sometimes the word "
              "I want just disappears. My left hand doesn't work as well as my right, so writing is slow."),
        ("p", "I love animals, especially our rabbit, Biscuit, and my nan's dog. I like drawing, baking with my mum and "
              "swimming. When I grow up I want to be a vet."),
        ("p", "Things that help me: when teachers write things down, when I can have a rest, and when people wait for me "
              "to find my words and don't finish my sentences. I don't like it when people stare at my hand or ask what "
              "happened to me. At my new school I don't really have a friend yet."),
        ("h", "What Amira's parents say"),
        ("p", "“Amira is determined and brave. After the accident the doctors weren't sure she would walk, and now she "
              "swims every week. We worry about how tired she gets and about her seizures, and about her making friends "
              "at a big school. We want her to be happy, to keep up with her learning and, one day, to have the career "
              "she dreams of.” (Amira's mum and dad, 8 July 2026)"),
        ("h", "Strengths"),
        ("ul", [
            "Determined: she works hard even when she is tired.",
            "Good at art and drawing, and knows a huge amount about animals.",
            "Reads accurately and enjoys animal stories.",
            "Kind and thoughtful; staff at her primary school described her as a peacemaker.",
        ]),
        ("h", "Aspirations"),
        ("p", "Amira wants to be a vet. Her parents want her to be happy at secondary school, make friends and keep up with "
              "her learning."),
    ],
    B=[
        ("h", "Communication and interaction"),
        ("p", "Since her acquired brain injury (ABI) in 2023 Amira has word-finding difficulties: she knows what she wants "
              "to say but cannot always find the word, especially when tired or under pressure. She processes spoken "
              "language more slowly than her classmates and can lose track of long instructions."),
        ("h", "Cognition and learning"),
        ("p", "Amira's reading accuracy is at the level expected for her age, but her reading comprehension and her "
              "working memory are below average (educational psychologist's assessment, May 2026). She finds it hard to "
              "hold information in mind while writing and to plan longer pieces of work. Her attention drops sharply "
              "after lunch because of fatigue."),
        ("h", "Social, emotional and mental health"),
        ("p", "Amira is anxious about being seen as different, and she has found it hard to make friends since moving to "
              "secondary school. She sometimes spends break time on her own in the library. She can become tearful and "
              "withdrawn at the end of the day."),
        ("h", "Sensory and/or physical"),
        ("p", "Amira has a weakness on her left side (left hemiparesis). Her handwriting is slow and tiring; she can write "
              "about 8 words a minute. She can walk around school independently but finds stairs and crowded corridors "
              "tiring."),
    ],
    C=[
        ("h", "Acquired brain injury"),
        ("p", "Amira sustained a traumatic brain injury in a road traffic accident in 2023. She is followed up by the "
              "paediatric neurology team at the Weald and Downs Children's Hospital."),
        ("h", "Epilepsy"),
        ("p", "Since her injury Amira has had focal seizures (post-traumatic epilepsy). She has about one seizure a month, "
              "usually when she is very tired. During a seizure she stares, fiddles with her clothes and does not "
              "respond for 1 to 2 minutes. She takes lamotrigine twice a day and needs an adult with her during and "
              "after a seizure. The neurology team advises that she should not swim without a trained adult nearby."),
        ("h", "Physical needs"),
        ("p", "Amira has left hemiparesis (weakness of her left arm and leg). She needs a physiotherapy programme to keep "
              "her left arm and leg strong and flexible, and to help her manage stairs safely. Her tiredness is described "
              "in Section B and is managed in school through the provision in Section F."),
    ],
    D=[
        ("p", "Amira's family had a social care assessment (single assessment) by the Children with Disabilities Team "
              "in March 2026. It found that Amira's needs are met by her family with universal services and that she "
              "has no assessed social care needs at present. The family were given information about the Wealdshire "
              "short breaks local offer (the Saturday Youth Club at Ashford Magna) and chose not to use it for now."),
    ],
    Eintro=[("p", "These outcomes will be reviewed at Amira's next annual review in July 2027.")],
    E=[
        ("E1", "Communication",
         "By July 2027, Amira will use a word-finding strategy (describing the word, saying the first sound or using "
         "her word map) to get her message across in class discussion, on 4 out of 5 observed occasions, as "
         "recorded by her teaching assistant each half term."),
        ("E2", "Learning",
         "By July 2027, Amira will complete a 300-word piece of writing on a laptop (such as her animal fact file) using a planning frame, within the "
         "lesson time, in 3 out of 4 English assessments, as marked by her English teacher."),
        ("E3", "Fatigue and independence",
         "By February 2027, Amira will use her rest card to take a planned 10-minute rest in the afternoon without an "
         "adult reminding her, on 4 days out of 5 over a half term, as recorded on her daily chart."),
        ("E4", "Friendships",
         "By July 2027, Amira will spend lunchtime at a club or activity with at least two classmates on 3 days a week "
         "for a half term, as recorded by her form tutor."),
        ("E5", "Physical",
         "By July 2027, Amira will carry her tray and drink across the dining hall using both hands on 4 days out of 5, "
         "as recorded by her teaching assistant."),
    ],
    Fintro=FINTRO,
    F=[
        ("E1", "Provision for E1 – communication", [
            ("Word-finding practice using Amira's word map and the strategies set by the speech and language therapist, 1:1", "3 times a week, 20 minutes", "Teaching assistant trained by the speech and language therapist"),
            ("Key words for each topic sent home and displayed on Amira's desk", "weekly", "Class teachers, collated by the special educational needs co-ordinator (SENCo)"),
        ]),
        ("E2", "Provision for E2 – learning and writing", [
            ("A laptop with word-prediction software for all written work, set up and maintained", "for every lesson", "School information technology (IT) technician"),
            ("Planning frames for extended writing", "every English and humanities lesson", "Subject teachers"),
            ("Working memory and comprehension intervention in a group of no more than 4", "twice a week, 30 minutes, for 12 weeks then review", "Higher level teaching assistant (HLTA)"),
            ("25% extra time and a rest break in tests and exams", "all assessments", "Arranged by the SENCo"),
        ]),
        ("E3", "Provision for E3 – fatigue", [
            ("A rest card and a quiet room for a 10-minute rest in the afternoon", "daily", "Teaching assistant; room provided by the SENCo"),
            ("Timetable adjusted so that Amira does not have two practical lessons in a row after lunch", "whole year", "SENCo with the timetabler"),
            ("Lift pass and permission to leave lessons 5 minutes early to avoid crowded corridors", "every lesson change", "Arranged by the SENCo"),
        ]),
        ("E5", "Provision for E5 – physical", [
            ("Daily practice of the physiotherapy and occupational therapy activities set in Section G, 1:1", "daily, 15 minutes", "Teaching assistant"),
        ]),
    ],
    G=[
        ("ul", [
            "Physiotherapy: a paediatric physiotherapist from the Weald and Downs Children's Therapy Service will see Amira in school for 45 minutes once each half term to review and update her exercise programme.",
            "Speech and language therapy: a speech and language therapist from the Weald and Downs Children's Therapy Service will see Amira on her own in school for 45 minutes every week for 10 weeks in the autumn term to teach her word-finding strategies, then review.",
            "Occupational therapy: an occupational therapist from the Weald and Downs Children's Therapy Service will run a handwriting and keyboard skills programme with Amira, 6 sessions of 1 hour, fortnightly from October 2026, and show her teaching assistant how to continue it.",
        ]),
    ],
    H1=[("p", "None – see Section D.")],
    H2=[("p", "None – see Section D.")],
    I=[("p", "St Edmund's Church of England High School, a mainstream voluntary aided secondary school for pupils aged 11 to 18.")],
    J=[("p", "No personal budget has been requested.")],
    K=[
        ("Amira's views", "Amira, with her teaching assistant", "June 2026"),
        ("Parents' views", "Amira's mum and dad", "8 July 2026"),
        ("Educational advice (annual review report)", "SENCo, St Edmund's Church of England High School", "1 July 2026"),
        ("Psychological advice", "Dr Rachel Osei, educational psychologist, Wealdshire Educational Psychology Service", "20 May 2026"),
        ("Medical advice", "Dr James Whitfield, consultant paediatric neurologist, Weald and Downs Children's Hospital", "11 June 2026"),
        ("Physiotherapy report", "Paediatric physiotherapist, Weald and Downs Children's Therapy Service", "3 June 2026"),
        ("Speech and language therapy report", "Speech and language therapist, Weald and Downs Children's Therapy Service", "27 May 2026"),
        ("Occupational therapy report", "Occupational therapist, Weald and Downs Children's Therapy Service", "9 June 2026"),
        ("Social care advice (single assessment)", "Social worker, Children with Disabilities Team", "16 March 2026"),
    ],
    signoff=signoff("21 September 2026"),
))

# ================================================================ y204 SOUND ef-table
PLANS.append(dict(
    id="y204", layout="ef-table",
    front=[
        ("Name", "Ellis"),
        ("Age", "10"),
        ("National Curriculum year", "Year 5"),
        ("Date this plan was issued", "6th March 2026"),
        ("Date of last annual review", "Not applicable – this is the first plan (next review due by March 2027)"),
        ("Setting", "The Orchard Centre, Little Wenham (independent specialist day school)"),
    ],
    intro=intro("Ellis", "his mum and dad", "him"),
    A=[
        ("h", "All about me – Ellis's own words"),
        ("p", "Ellis wrote this with his teacher, Mrs Dale, at The Orchard Centre on 3 February 2026. He chose to type it "
              "himself and asked for it to be put in exactly as he wrote it, apart from the spelling."),
        ("p", "“My name is Ellis and I am 10. I like Minecraft, Lego Technic and my cat Pixel. I know loads about "
              "volcanoes. I don't like being told what to do all the time because it makes my chest go tight and then I "
              "can't think. When that happens I might shout or hide under the table. It's not because I'm naughty. "
              "It's better when grown-ups give me a choice, like ‘do you want to start with the maths or the drawing?’ "
              "I like The Orchard because it's small and no one shouts. I want to make my own computer game and put it "
              "on the internet. I'd like a friend who likes Minecraft too.”"),
        ("h", "What Ellis's parents say"),
        ("p", "Ellis's mum and dad told us (meeting on 10 February 2026) that Ellis is funny, clever and very loving at "
              "home. He did not attend school for most of Year 3 and Year 4 because the demands of a busy classroom "
              "made him so anxious that he could not get out of the car. Since starting at The Orchard Centre in "
              "September 2025 he has attended every day. They said: “We want Ellis to enjoy learning again, to have "
              "at least one good friend, and to believe in himself. We'd love him to be able to go to a secondary "
              "school that suits him and maybe work with computers one day.”"),
        ("h", "What Ellis is good at"),
        ("ul", [
            "He reads fluently and well above the level expected for his age, and loves information books.",
            "He is creative and builds complex Lego Technic models from instructions.",
            "He has a big vocabulary and a great sense of humour.",
            "He is kind to animals and to younger children.",
            "He is learning to code in Scratch and has made a simple maze game at home.",
        ]),
        ("h", "Aspirations"),
        ("p", "Ellis wants to make his own computer game and have a friend who shares his interests. His parents hope he "
              "will enjoy learning, have good friendships and move on to a secondary school that suits him in September 2027."),
    ],
    B=[
        ("h", "Social, emotional and mental health"),
        ("p", "Ellis is autistic, with a profile of extreme demand avoidance, sometimes called a pathological demand "
              "avoidance (PDA) profile (diagnosis by the Wealdshire Neurodevelopmental Service, November 2024). Everyday "
              "requests, even ones he wants to do, can make him feel out of control and very anxious. When his anxiety "
              "rises he may negotiate, change the subject, refuse, hide or, at the top of his anxiety, shout and throw "
              "things. Direct praise in front of others can also be a trigger. He does best when adults use indirect, "
              "collaborative language, offer real choices and give him time."),
        ("h", "Communication and interaction"),
        ("p", "Ellis's language is very good, but he takes some things literally and finds it hard to read other "
              "children's intentions during play. He likes to be in charge of games and can become upset when others "
              "change the rules. He wants friends and can sustain a shared game for up to 15 minutes with an adult "
              "nearby."),
        ("h", "Cognition and learning"),
        ("p", "Ellis's reading age is 12 years 4 months (February 2026). Because he missed most of Year 3 and Year 4, "
              "there are gaps in his maths: he is secure in addition and subtraction but not yet in multiplication, "
              "division and fractions. He strongly avoids handwriting, which is slow and untidy; he types quickly."),
        ("h", "Sensory and/or physical"),
        ("p", "Ellis is sensitive to noise and to certain clothing labels. He uses noise-cancelling headphones when "
              "needed. The occupational therapist found that his hand strength and pencil control are below what is "
              "expected for his age."),
    ],
    C=[
        ("p", "Ellis has no difficulties with his physical health, eyesight or hearing, but he has high levels of "
              "anxiety linked to his autism. He was assessed by the Weald and Downs Child and Adolescent Mental Health "
              "Service (CAMHS) in December 2025. CAMHS found that his anxiety is severe at times, affects his sleep on "
              "school nights, and needs a clinical psychology intervention with his parents alongside the support in "
              "school."),
    ],
    D=[
        ("p", "Ellis has no social care needs. The Children with Disabilities Team completed a social care assessment "
              "on 14 January 2026 and found that his needs are met by his family with universal services. The family "
              "were given information about the Wealdshire short breaks local offer and the Early Help parenting "
              "course for families of autistic children, and may contact the team again at any time."),
    ],
    Eintro=[("p", "Outcomes will be reviewed at Ellis's first annual review in March 2027. Provision is set out alongside "
                  "each outcome. All staff at The Orchard Centre use a low-demand, collaborative approach with Ellis "
                  "throughout the day.")],
    efheader=["What Ellis will achieve", "What will be provided", "How often and how long", "Who will provide it"],
    alllabel="All outcomes – provision throughout the school day",
    E=[
        ("E1", "Wellbeing",
         "By March 2027, Ellis will tell an adult he needs a break, using words or his traffic-light card, before his "
         "anxiety reaches ‘red’, on 4 out of 5 occasions over a fortnight, as recorded on his regulation log by his key "
         "adult."),
        ("E2", "Friendships",
         "By March 2027, Ellis will play a shared game with another pupil for 20 minutes, taking turns and accepting a "
         "change to the rules without leaving the game, in 3 out of 4 observed sessions, as recorded by the "
         "speech and language therapist."),
        ("E3", "Maths",
         "By March 2027, Ellis will recall multiplication facts for the 2, 5 and 10 times tables and use them to solve "
         "word problems, scoring at least 16 out of 20 on the termly maths assessment marked by his class teacher."),
        ("E4", "Writing and his game",
         "By December 2026, Ellis will plan, build and share a simple game in Scratch with a title screen and three "
         "levels, writing a 150-word ‘how to play’ guide using his laptop, as checked by his class teacher."),
        ("E5", "Accepting praise",
         "By March 2027, Ellis will have written praise from an adult (a note or a sticker on his work) on 4 out of 5 "
         "occasions without tearing or hiding the work, as recorded by his class teacher."),
    ],
    Fintro=FINTRO,
    F=[
        ("E1", "", [
            ("Individual regulation session using the Zones of Regulation and his traffic-light card", "3 times a week, 20 minutes, 1:1", "Key adult: a teaching assistant (TA) trained in the Zones of Regulation and in the PDA Society's approaches"),
            ("A low-stimulation room kept free for Ellis, which he goes to with his key adult whenever he asks or when his key adult sees early signs of rising anxiety", "every school day", "Room provided by the head teacher; Ellis accompanied by his key adult"),
            ("Advice to staff and a written support plan from the educational psychologist", "one 90-minute visit each term", "Educational psychologist, Wealdshire Educational Psychology Service"),
        ]),
        ("E2", "", [
            ("Social communication group based on his interests (Minecraft building club) in a group of no more than 3 pupils", "twice a week, 30 minutes", "Speech and language therapist (SLT) with a TA"),
            ("Speech and language therapy: the Orchard Centre speech and language therapist will see Ellis on his own on Tuesday afternoons for 30 minutes across the summer term, to practise reading other children's intentions", "weekly, 30 minutes, 12 sessions, then review", "Speech and language therapist (Health and Care Professions Council registered)"),
        ]),
        ("E3", "", [
            ("Maths teaching in a class of 6 pupils with a teacher and TA, using concrete resources", "daily, 45 minutes", "Class teacher"),
            ("Multiplication practice 1:1 using a game-based app of Ellis's choosing", "4 times a week, 10 minutes", "Key adult"),
        ]),
        ("E4", "", [
            ("Laptop with speech-to-text and word-prediction software for all written work; set up, updated and repaired", "every lesson", "The Orchard Centre's information technology (IT) technician"),
            ("Occupational therapy (OT): fine motor and hand strength programme. The occupational therapist will see Ellis on his own on Monday mornings for 6 weeks, then write a programme for his key adult to continue", "6 sessions of 40 minutes, then a 30-minute review each half term", "Occupational therapist (HCPC – Health and Care Professions Council – registered)"),
            ("Fine motor programme set by the occupational therapist", "daily, 10 minutes, 1:1", "Key adult"),
            ("From April 2026, a computing project lesson using Scratch", "weekly, 1 hour, in a group of no more than 4 pupils", "Computing teacher"),
        ]),
        ("E5", "", [
            ("Praise given privately and in writing (notes, stickers on work), never announced in front of the class", "every lesson", "All staff, following the plan written by the educational psychologist"),
        ]),
        ("ALL", "", [
            ("Teaching in a class of no more than 6 pupils with a teacher and TA, using a low-demand, collaborative approach with choices offered for each task", "full time, 32.5 hours a week", "Class teacher and TA, both trained in autism and the PDA profile"),
            ("Training for all staff who work with Ellis in the PDA profile", "one 3-hour session in the spring term 2026, refreshed each September", "Specialist autism teacher, Wealdshire Autism Outreach Service"),
        ]),
    ],
    G=[
        ("ul", [
            "A clinical psychologist from Weald and Downs CAMHS will see Ellis's parents, with Ellis joining for part of each session, for 6 sessions of 1 hour, fortnightly from April 2026, then review. The sessions will focus on managing anxiety and bedtime routines at home.",
            "The CAMHS clinical psychologist will attend one 1-hour meeting with The Orchard Centre staff in the summer term 2026 to share strategies, so that home and school use the same approach.",
        ]),
        dco("Dr Helen Okafor, Designated Clinical Officer, Weald and Downs Integrated Care Board (ICB),", "2 March 2026"),
    ],
    H1=[("p", "None. Ellis's social care assessment (14 January 2026) found no eligible needs – see Section D.")],
    H2=[("p", "None. The family have information about short breaks and Early Help – see Section D.")],
    I=[("p", "The Orchard Centre, Little Wenham: an independent specialist day school for autistic pupils aged 7 to 16, "
              "approved under section 41 of the Children and Families Act 2014. Home-to-school transport is arranged "
              "separately under Wealdshire's travel assistance policy.")],
    J=[("p", "Ellis's parents have not asked for a personal budget.")],
    Kintro=[("p", "The advice below was gathered between October 2025 and February 2026.")],
    K=[
        ("Ellis's views (‘All about me’)", "Ellis, with his class teacher", "3 February 2026"),
        ("Parents' views", "Ellis's mum and dad", "10 February 2026"),
        ("Educational advice", "Mrs Dale, class teacher, and the head teacher, The Orchard Centre", "28 January 2026"),
        ("Psychological advice", "Dr Rachel Osei, educational psychologist, Wealdshire Educational Psychology Service", "19 January 2026"),
        ("Medical advice", "Dr Sunita Rao, community paediatrician, Wealdshire Community Paediatrics", "27 November 2025"),
        ("Mental health advice", "Dr Gemma Lowe, clinical psychologist, Weald and Downs CAMHS", "15 December 2025"),
        ("Speech and language therapy advice", "Speech and language therapist, The Orchard Centre", "21 January 2026"),
        ("Occupational therapy advice", "Occupational therapist, The Orchard Centre", "22 January 2026"),
        ("Social care advice (social care assessment)", "Leah Morgan, social worker, Children with Disabilities Team", "14 January 2026"),
        ("Autism outreach advice", "Specialist autism teacher, Wealdshire Autism Outreach Service", "3 October 2025"),
    ],
    signoff=signoff("6 March 2026"),
))

# ================================================================ y205 FAIL bold-statutory
PLANS.append(dict(
    id="y205", layout="bold-statutory",
    front=[
        ("Name (first name only)", "Freya"),
        ("Age", "17"),
        ("Education phase", "Post-16 (Year 12)"),
        ("Date this plan was issued", "17 July 2026"),
        ("Date of last annual review", "First plan following EHCNA"),
        ("Setting", "Wealdshire College, Pathways programme"),
    ],
    intro=intro("Freya", "her mother", "her"),
    A=[
        ("h", "Freya's views – in her own words, given to her key worker on 9 June 2026"),
        ("p", "“I want to work with animals, maybe at a rescue centre or a stables. I hate being told what to do. If "
              "people ask me instead of telling me I can usually do it. College is better than school because nobody "
              "makes me sit in a room with thirty people. I want to be able to get the bus to Ashford Magna on my own "
              "and have my own money.”"),
        ("h", "Background"),
        ("p", "Freya presents with an ASC diagnosis with a PDA phenotype, characterised by marked anxiety-driven demand "
              "avoidance, affective dysregulation and co-morbid sensory modulation difficulties. She exhibits significant "
              "masking behaviours in structured settings with subsequent decompensation in the home enviroment. School "
              "refusal occured from Year 9 and Freya have been out of full-time education for most of Key Stage 4."),
        ("h", "Mother's views"),
        ("p", "Freya's mother said at the meeting on 12 June 2026 that Freya is clever, kind to animals and very funny when "
              "she feels safe. She is definately happier at college than she were at school. Her mother would like "
              "Freya to get a job working with animals and to be more independent, for example travelling and managing "
              "money."),
        ("h", "Strengths"),
        ("ul", [
            "Excellent rapport with animals; volunteers at her aunt's stables on Saturdays.",
            "Good verbal reasoning and a wide vocabulary.",
            "Strong sense of fairness and loyal to her friends.",
        ]),
        ("h", "Aspirations"),
        ("p", "Freya wants to work with animals and be able to travel and manage money on her own."),
    ],
    B=[
        ("h", "Communication and interaction"),
        ("p", "Freya's expressive language is age-appropriate but SALT assessment indicates difficulties with pragmatic "
              "language and inference, particularly when she is anxious. She can misread the the intentions of others."),
        ("h", "Cognition and learning"),
        ("p", "Freya is working towards Level 1 English and maths Functional Skills. Her reading is good; her written "
              "work is limited by avoidance rather than by ability."),
        ("h", "Social, emotional and mental health"),
        ("p", "Freya's anxiety increases sharply when she percieves a demand, and she may leave the room, refuse or "
              "become verbally aggressive. She works best with one or two trusted adults and needs a seperate space "
              "to regulate. She has had ELSA support in the past which she found helpful."),
        ("h", "Sensory and/or physical"),
        ("p", "Freya is sensitive to noise and bright lighting and finds busy corridors very difficult."),
    ],
    C=[("p", "Awaiting health advice.")],
    D=[
        ("p", "A social care assessment by the Wealdshire Preparing for Adulthood social worker on 14 April 2026 found "
              "that Freya has no eligible social care needs at present. Freya and her mother were given information "
              "about the Ashford Magna youth club for young people with additional needs and the travel training "
              "offered through the local offer."),
    ],
    Eintro=[("p", "Freya's outcomes are grouped under the PfA headings.")],
    E=[
        ("E1", "Employment",
         "By July 2027, Freya will demonstrate sustained engagement in a vocational placement at an animal care setting, "
         "attending 1 day per week and completing the placement supervisor's tasks on 8 out of 10 placement days, as "
         "recorded by the college placement coordinator."),
        ("E2", "Employment",
         "By July 2027, Freya will achieve Level 1 Functional Skills in English and maths, as evidenced by the "
         "exam board certificates."),
        ("E3", "Independent living",
         "By March 2027, Freya will evidence autonomous community mobility, travelling by bus from home to college "
         "independently on 4 days out of 5 for four consecutive weeks, as recorded by her key worker."),
        ("E4", "Good health",
         "By December 2026, Freya will utilise co-regulation and self-regulation strategies to down-regulate "
         "affective arousal, identifying her anxiety level on a 1 to 5 scale and choosing a strategy on 4 out of 5 "
         "recorded occasions, as logged by her key worker."),
        ("E5", "Friends and community",
         "By July 2027, Freya will attend a community group of her choosing (for example the youth club) at least "
         "twice a month for a term, as recorded in her PfA diary reviewed by her key worker."),
    ],
    Fintro=FINTRO,
    F=[
        ("E1", "Provision for E1 and E2", [
            ("Animal care vocational placement with a job coach", "1 day a week, 9.30am to 2.30pm", "College placement coordinator and job coach"),
            ("Functional Skills English and maths teaching in a group of no more than 8", "2 hours each per week", "Functional Skills tutors"),
            ("Freya will have access to a quiet space where possible", "", ""),
        ]),
        ("E3", "Provision for E3", [
            ("Travel training", "6 sessions, then review", "Wealdshire independent travel trainer"),
        ]),
        ("E4", "Provision for E4 and E5", [
            ("Regular check-ins with her key worker", "", "Key worker"),
            ("Small group social skills sessions", "", "LSA"),
            ("SALT input as appropriate to support pragmatic language", "", "College SALT"),
            ("Mentoring may be offered if Freya wishes", "", "College mentor"),
            ("Staff should use non-directive language and offer choices", "", "All staff"),
        ]),
    ],
    G=[("p", "To be confirmed once health advice is recieved.")],
    H1=[("p", "None – see Section D.")],
    H2=[("p", "None – see Section D. Freya's mother has been told about the youth club and travel training in the local offer.")],
    I=[("p", "Wealdshire College (general further education college), Pathways programme for students with SEND, "
              "3 days a week plus 1 day vocational placement. The college has confirmed it can accomodate Freya's needs.")],
    J=[("p", "No personal budget requested.")],
    K=[
        ("Freya's views", "Freya, with her key worker", "9 June 2026"),
        ("Parent's views", "Freya's mother", "12 June 2026"),
        ("Educational advice", "Curriculum manager, Pathways programme, Wealdshire College", "20 May 2026"),
        ("Psychological advice", "Dr Tom Ashworth, educational psychologist, Wealdshire Educational Psychology Service", "11 May 2026"),
        ("SALT report", "College SALT", "18 May 2026"),
        ("Social care advice", "Preparing for Adulthood social worker, Wealdshire Adult Social Care", "14 April 2026"),
        ("Preparing for adulthood advice", "Careers adviser, Wealdshire Careers Service", "2 June 2026"),
    ],
    Kafter=[("p", "Health advice was requested from the community paediatrician on 3 March 2026 and has not been recieved.")],
    signoff=signoff("17 July 2026"),
))

# ================================================================ y206 SOUND letter-column
PLANS.append(dict(
    id="y206", layout="letter-column",
    front=[
        ("Name", "Daniel"),
        ("Age", "20"),
        ("Education phase", "Post-19, year 2 of a 3-year college programme"),
        ("Date this plan was issued", "9 January 2026 (amended following annual review)"),
        ("Last annual review", "4 December 2025"),
        ("Setting", "Brookfield College (independent specialist college), day student"),
    ],
    intro=intro("Daniel", "his mum", "him"),
    A=[
        ("h", "Daniel's views – from his conversation with the SEND case officer on 20 November 2025, checked and agreed by Daniel"),
        ("p", "“Three years ago I got encephalitis and basically woke up a different person. I used to be doing A "
              "levels. Now my memory is rubbish and I get wiped out by about two o'clock. It's really frustrating "
              "because people think I'm fine because I look fine."),
        ("p", "“I like Brookfield. The bike workshop is the best bit – I can strip a gear system and put it back "
              "together, I just need my checklist. I'd like to work in a bike shop, maybe part-time to start with. I "
              "want to live with mates in a flat, not at my mum's forever, but I know I'd need someone to help me with "
              "money and remembering stuff. I want to be able to get around on my own without getting lost or getting "
              "ripped off.”"),
        ("h", "What Daniel's mum says (shared with Daniel's agreement)"),
        ("p", "Daniel's mum told us on 27 November 2025 that the last three years have been hard for the whole family, but "
              "that Daniel has worked incredibly hard. She is proud of how he has rebuilt his skills. Her worries are his "
              "safety when he is out alone, because he is very trusting, and who will help him when she is no longer "
              "able to. She would like him to have a job he enjoys and a home of his own with the right support."),
        ("h", "Daniel's strengths"),
        ("ul", [
            "Practical and mechanically minded: he is the most skilled student in the college bike workshop.",
            "Sociable and funny; he is popular with students and staff.",
            "Uses his phone well for reminders, maps and messages.",
            "Honest about what he finds hard and willing to try new strategies.",
            "Passed his Level 1 Functional Skills English in June 2025.",
        ]),
        ("h", "Aspirations"),
        ("ul", [
            "To work in a bike shop, part-time at first.",
            "To live in a shared flat with friends, with support.",
            "To travel around Wealdshire on his own safely.",
        ]),
    ],
    B=[
        ("h", "Cognition and learning"),
        ("p", "Daniel has an acquired brain injury (ABI) after encephalitis (inflammation of the brain) in 2023. His "
              "neuropsychological assessment (October 2025) shows that his reasoning is in the average range but his "
              "memory for new information, his speed of processing and his planning are well below average. He forgets "
              "steps in tasks unless they are written down and finds it hard to start tasks without a prompt."),
        ("h", "Communication and interaction"),
        ("p", "Daniel talks easily but can lose track of longer conversations and sometimes misses the point of what "
              "others mean, particularly when tired. He can be too trusting of people he has just met."),
        ("h", "Social, emotional and mental health"),
        ("p", "Daniel has periods of low mood and frustration, especially when he compares himself with friends who have "
              "gone to university. He is very open about this with staff he trusts."),
        ("h", "Sensory and/or physical"),
        ("p", "Daniel has mild weakness on his right side and his balance is poorer when he is tired. He tires quickly and "
              "needs a rest in the early afternoon."),
    ],
    C=[
        ("p", "Daniel has no difficulty with his hearing or eyesight, but he has epilepsy as a result of his encephalitis. "
              "He has had two focal seizures in the last year, both when he had missed his medication. He takes "
              "levetiracetam twice a day. He also has fatigue and low mood that are linked to his brain injury. He is "
              "under the care of the neurology team at Wealdshire General Hospital and the Community Neurorehabilitation "
              "Team."),
    ],
    D=[
        ("p", "Daniel had a Care Act 2014 needs assessment by Wealdshire Adult Social Care on 18 November 2025. It found "
              "that he has eligible needs for help with planning meals, managing money, travelling to unfamiliar places "
              "and keeping safe in the community (he is at risk of being taken advantage of). His mum had a carer's "
              "assessment on the same day."),
    ],
    Eintro=[("p", "Daniel's outcomes are grouped under the preparing for adulthood (PfA) areas and will be reviewed at "
                  "his annual review in December 2026.")],
    E=[
        ("E1", "Employment",
         "By July 2026, Daniel will gain the Level 1 Certificate in Cycle Mechanics, as shown by his certificate from the "
         "awarding body."),
        ("E2", "Employment",
         "By December 2026, Daniel will complete a supported work placement at a local bike shop for one day a week, "
         "arriving on time and finishing the tasks on his job checklist on 9 out of 10 placement days, and will "
         "receive a positive written report from the shop manager."),
        ("E3", "Friends and community",
         "By July 2026, Daniel will access the community independently, travelling by bus from home to college and to "
         "his placement using his phone map and route cards, on every journey for four weeks running, as recorded by "
         "his travel trainer."),
        ("E4", "Independent living",
         "By December 2026, Daniel will plan a weekly budget of £40 for food and buy the items on his list, staying "
         "within the budget in 3 out of 4 weeks, as recorded in his independent living skills log."),
        ("E5", "Good health",
         "By April 2026, Daniel will take his epilepsy medication on time using his phone alarm, with no missed doses "
         "in a month, as shown on his medication app and checked by his mum and his tutor."),
        ("E6", "Good health",
         "By December 2026, Daniel will use at least two strategies from his neuropsychology sessions when his mood is "
         "low and will score his mood at 5 or above (on the college's 1 to 10 wellbeing scale) in 3 out of 4 weekly "
         "tutorials over a half term, as recorded by his personal tutor."),
    ],
    Fintro=FINTRO + [("p", "Daniel attends Brookfield College 4 days a week (Monday to Thursday), 9.30am to 3pm, 38 weeks a year.")],
    F=[
        ("E1", "Provision for E1 and E2 – employment", [
            ("Cycle mechanics course in the college bike workshop, in a group of no more than 6 students", "2 days a week, 4 hours each day", "Cycle mechanics tutor (qualified City & Guilds assessor) and a learning support assistant (LSA)"),
            ("Written job checklists and photo guides for each workshop task, made with Daniel and kept up to date", "checked every Friday", "Learning support assistant"),
            ("Supported work placement at a local bike shop, with a job coach on site for the first 6 weeks and then a 30-minute visit every fortnight", "1 day a week (Thursday), 10am to 2pm", "Brookfield College job coach"),
            ("Extra time (25%) and a rest break in his cycle mechanics assessments", "all assessments", "Arranged by the college exams officer"),
        ]),
        ("E3", "Provision for E3 – travel", [
            ("Independent travel training, 1:1, from home to college and to his placement", "twice a week, 90 minutes, for 8 weeks then review", "Wealdshire independent travel trainer"),
            ("Phone with route cards, maps and a ‘keep safe’ contacts list; set up and checked", "checked each half term", "Brookfield College assistive technology coordinator"),
        ]),
        ("E4", "Provision for E4 – independent living", [
            ("Independent living skills (budgeting, shopping, simple cooking) in a group of no more than 4 students", "once a week, 2.5 hours", "Independent living tutor"),
            ("Occupational therapy (OT): an occupational therapist will work with Daniel on his own in the training kitchen to build a step-by-step cooking and budgeting routine", "every Wednesday morning, 45 minutes, for 6 weeks in the spring term 2026, then one 30-minute review each half term", "Brookfield College occupational therapist (Health and Care Professions Council registered)"),
        ]),
        ("E6", "Provision for E6 and communication needs", [
            ("Speech and language therapy (SLT): a speech and language therapist will teach Daniel strategies for following longer conversations and checking what people mean, including how to spot when someone is taking advantage of him", "1:1, fortnightly, 45 minutes, for the autumn term 2026, then review", "Brookfield College speech and language therapist"),
            ("Weekly tutorial with his personal tutor to review his timetable, fatigue and wellbeing scale", "weekly, 30 minutes", "Personal tutor"),
            ("A planned rest in the quiet room after lunch", "daily, 20 minutes", "Learning support assistant"),
        ]),
    ],
    Fafter=[("p", "Outcome E5 is supported through the health provision in Section G.")],
    G=[
        ("ul", [
            "Epilepsy: Dr Mark Hales, consultant neurologist, Wealdshire General Hospital, will review Daniel's epilepsy in a 20-minute outpatient appointment every 6 months (next due May 2026).",
            "The adult epilepsy nurse specialist will meet Daniel and his tutor once in the spring term 2026 for 1 hour to set up his medication reminder routine and train college staff in his seizure care plan, and will review the care plan every 12 months.",
            "Mood and adjustment: a clinical neuropsychologist from the Community Neurorehabilitation Team will see Daniel for 8 sessions of 1 hour, fortnightly from February 2026, then review with him.",
        ]),
        dco("Dr Helen Okafor, Designated Clinical Officer for SEND, Weald and Downs Integrated Care Board (ICB),", "5 January 2026", "reviewed and supported"),
    ],
    H1=[("p", "Not applicable. Daniel is over 18, so section 2 of the Chronically Sick and Disabled Persons Act 1970 no "
               "longer applies; his social care provision is made under the Care Act 2014 and is set out in H2.")],
    H2=[
        ("ul", [
            "Personal assistant support for 8 hours a week (two 4-hour sessions on Friday and Saturday) to help Daniel plan meals, shop, manage money and go out safely in the community, paid for through a direct payment (see Section J). From his Care and Support Plan, 18 November 2025.",
            "Carer's support for Daniel's mum: a carer's personal budget of £300 a year, and a place on the Wealdshire Carers' Support Group, which meets monthly.",
            "Annual review of Daniel's Care and Support Plan by his Adult Social Care worker, held alongside his EHC plan annual review.",
        ]),
    ],
    I=[("p", "Brookfield College, an independent specialist post-16 institution for young people aged 16 to 25 with "
              "acquired brain injury and learning difficulties (approved under section 41 of the Children and Families "
              "Act 2014). Day placement, 4 days a week, 38 weeks a year.")],
    J=[("p", "Daniel receives a direct payment of £156 a week from Wealdshire Adult Social Care to employ a personal "
              "assistant for 8 hours a week (outcomes E3 and E4). He manages it with help from the Wealdshire Direct "
              "Payments Support Service.")],
    K=[
        ("Daniel's views", "Daniel, with the SEND case officer", "20 November 2025"),
        ("Parent's views", "Daniel's mum", "27 November 2025"),
        ("Educational advice (annual review report)", "Personal tutor, Brookfield College", "21 November 2025"),
        ("Psychological advice", "Dr Laura Benn, educational psychologist, Wealdshire Educational Psychology Service", "30 October 2025"),
        ("Medical advice", "Dr Mark Hales, consultant neurologist, Wealdshire General Hospital", "6 November 2025"),
        ("Epilepsy nurse advice", "Adult epilepsy nurse specialist, Wealdshire General Hospital", "12 November 2025"),
        ("Neuropsychological assessment", "Dr Nadia Karim, clinical neuropsychologist, Community Neurorehabilitation Team", "15 October 2025"),
        ("Speech and language therapy report", "Speech and language therapist, Brookfield College", "17 November 2025"),
        ("Occupational therapy report", "Occupational therapist, Brookfield College", "14 November 2025"),
        ("Social care advice (Care Act assessment and Care and Support Plan)", "Jo Patel, social worker, Wealdshire Adult Social Care", "18 November 2025"),
        ("Preparing for adulthood advice (employment and travel)", "Job coach, Brookfield College, and Wealdshire independent travel trainer", "24 November 2025"),
    ],
    signoff=signoff("9 January 2026"),
))

# ================================================================ y207 FAIL letter-column
PLANS.append(dict(
    id="y207", layout="letter-column",
    front=[
        ("Name", "Shane"),
        ("Age", "19"),
        ("Education phase", "Post-16, year 2 at college"),
        ("Date this plan was issued", "28/02/2025"),
        ("Last annual review", "22/09/2025 (plan maintained without amendment)"),
        ("Setting", "Ashcombe House College (52-week residential)"),
    ],
    intro=intro("Shane", "his dad and stepmum", "him"),
    A=[
        ("h", "How we found out Shane's views"),
        ("p", "Shane uses a few spoken words, Makaton signs and photographs. His views were gathered by his key worker at "
              "Ashcombe House, Dean, who has supported him for two years, through watching what Shane chooses during "
              "the week and by going through a photo book of his week with him on 4 and 11 February 2025. Shane "
              "pointed to photographs and signed ‘good’ or ‘finished’."),
        ("h", "What Shane likes and what matters to him"),
        ("ul", [
            "Going to the farm shop café with staff and choosing a sausage roll. He signed ‘good’ and smiled at every café photo.",
            "Looking after the college chickens: he collects the eggs every morning and puts them in the box.",
            "Tractors and diggers – he likes watching the farm machinery from the fence.",
            "Phone calls with his dad on Sunday evenings.",
            "He does not like crowds, loud voices or having his hair cut, and pushed those photographs away.",
        ]),
        ("h", "What Shane's family say"),
        ("p", "Shane's dad and stepmum said at the review meeting on 12 February 2025: “Shane is a gentle lad when he's "
              "settled. He's happiest outdoors and doing a proper job. We'd like him to have some kind of work on a farm "
              "or a garden centre when he leaves college, and to live somewhere near us with staff who know him, so he "
              "can come for Sunday dinner.”"),
        ("h", "Strengths"),
        ("ul", [
            "Reliable and careful with jobs he knows – he has not broken an egg in a term.",
            "Very good memory for routines and routes around the college site.",
            "Can make a hot drink and a sandwich with a photo sequence.",
            "Friendly towards staff he knows; waves and signs ‘hello’.",
        ]),
        ("h", "Aspirations"),
        ("p", "Shane's family want him to have work outdoors, on a farm or at a garden centre, and to live in supported "
              "accommodation near them. Shane shows us that he loves outdoor jobs and the café."),
    ],
    B=[
        ("h", "Communication and interaction"),
        ("p", "Shane is autistic and has a severe learning disability. He uses around 20 spoken words, 40 Makaton signs "
              "and a photo book. He understands short sentences about familiar routines and needs objects or photographs "
              "for anything new."),
        ("h", "Cognition and learning"),
        ("p", "Shane is working at Entry Level 1 in English and maths. He can count up to 10 objects, match coins, and "
              "recognise familiar words such as his name and ‘café’. He learns best by doing the same practical task in "
              "the same order."),
        ("h", "Social, emotional and mental health"),
        ("p", "When Shane is anxious, particularly when routines change or places are crowded, he may hit his head with "
              "his hand, push people or throw objects. Incidents have fallen from about 5 a week to 2 a week over the "
              "last year. He has a positive behaviour support (PBS) plan."),
        ("h", "Sensory and/or physical"),
        ("p", "Shane is very sensitive to noise and touch on his head. He enjoys heavy physical work, which calms him."),
    ],
    C=[
        ("p", "Shane takes risperidone to help reduce his anxiety and aggression. It is prescribed and reviewed by a "
              "consultant psychiatrist in the Wealdshire Community Learning Disability Team (CLDT). He needs his weight "
              "and blood tests checked because of this medication. He also finds dental visits and blood tests very "
              "distressing and needs a planned approach to both."),
    ],
    D=[
        ("p", "Shane has been assessed by Wealdshire Adult Social Care under the Care Act 2014 (assessment of 19 November "
              "2024). He has eligible needs for support with all personal care, for supervision throughout the day and "
              "night to keep safe, and for support to keep in touch with his family. He is not able to manage money."),
    ],
    Eintro=[("p", "Shane's outcomes follow the preparing for adulthood (PfA) areas.")],
    E=[
        ("E1", "Employment",
         "By February 2026, Shane will complete the morning chicken round (letting out, feeding, collecting and boxing "
         "eggs) using a photo checklist with no more than one prompt, on 4 days out of 5, as recorded by the land-based "
         "studies tutor."),
        ("E2", "Independent living",
         "By February 2026, Shane will make a simple lunch (sandwich and a drink) following a photo sequence with one "
         "adult nearby, on 3 days a week for a half term, as recorded by residential staff."),
        ("E3", "Friends and community",
         "By February 2026, Shane will order and pay for his food at the farm shop café using a photo card and a £5 "
         "note, on 3 out of 4 weekly visits, as recorded on his community log."),
        ("E4", "Good health",
         "By February 2026, Shane will use his ‘stop’ sign and go to his calm area when he is anxious, so that incidents "
         "of hitting or pushing fall to no more than 4 a month, as recorded on the college's incident log."),
        ("E5", "Good health",
         "By February 2026, Shane will sit in the dentist's chair for a full dental check-up, using his photo story, at both of his 6-monthly check-ups, "
         "as recorded by his key worker."),
    ],
    Fintro=FINTRO + [("p", "Shane is taught in a group of no more than 5 students with a tutor and 2 learning support "
                           "assistants (LSAs), 38 weeks a year.")],
    F=[
        ("E1", "Provision for E1 – work skills", [
            ("Land-based studies (poultry and garden work) with a photo checklist, in a group of no more than 4 students", "daily, 8.30am to 9.30am, plus Tuesday afternoons for 2 hours", "Land-based studies tutor with an LSA"),
        ]),
        ("E2", "Provision for E2 – independent living", [
            ("Independent living sessions in the training kitchen, 1:1", "3 times a week, 45 minutes", "Residential support worker trained in the college's photo-sequence method"),
            ("Occupational therapy: the occupational therapist will see Shane on his own in the kitchen to adapt equipment and the photo sequences", "once each half term, 45 minutes", "Ashcombe House occupational therapist"),
        ]),
        ("E3", "Provision for E3 – community", [
            ("Weekly trip to the farm shop café with his photo card and money, 1:1", "once a week, 1 hour", "Learning support assistant"),
            ("Speech and language therapy: the speech and language therapist will make and update Shane's photo cards and Makaton vocabulary, and see him on his own to practise ordering", "fortnightly, 30 minutes", "Ashcombe House speech and language therapist"),
        ]),
        ("E4", "Provision for E4 – wellbeing", [
            ("Positive behaviour support plan, reviewed with Shane's family and staff", "every half term, 1 hour", "Ashcombe House PBS lead"),
            ("Calm area in the classroom and in the house, kept free of clutter and noise", "every day", "Provided by the college"),
        ]),
    ],
    G=[
        ("ul", [
            "A consultant psychiatrist from the Wealdshire CLDT will review Shane's risperidone every 3 months (30-minute appointment) and will arrange a blood test and weight check every 6 months.",
            "A learning disability nurse from the CLDT will write a photo story for dental visits and blood tests, visit the college once a term for 1 hour to practise it with Shane and his key worker, and go with Shane to his 6-monthly dental check-up.",
        ]),
        dco("Dr Helen Okafor, Designated Clinical Officer, Weald and Downs Integrated Care Board (ICB),", "24 February 2025"),
    ],
    H1=[("p", "Not applicable. Shane is over 18; his social care is provided under the Care Act 2014 (see H2).")],
    H2=[
        ("ul", [
            "The social care element of Shane's 52-week residential placement: 1:1 staff support during waking hours and a waking night staff member shared between 4 residents, 52 weeks a year, funded by Wealdshire Adult Social Care.",
            "Support to visit his family for Sunday dinner once a month, with a member of staff driving him and staying for the visit (about 5 hours).",
        ]),
    ],
    I=[("p", "Ashcombe House College, an independent specialist post-16 institution for young people with autism and "
              "learning disabilities (approved under section 41 of the Children and Families Act 2014); 52-week "
              "residential placement.")],
    J=[("p", "No personal budget has been requested.")],
    K=[
        ("Shane's views (observation and photo book)", "Dean, key worker, Ashcombe House College", "4 and 11 February 2025"),
        ("Family views", "Shane's dad and stepmum", "12 February 2025"),
        ("Educational advice", "Head of Learning, Ashcombe House College", "30 January 2025"),
        ("Psychological advice", "Educational psychologist, Wealdshire Educational Psychology Service", "March 2021"),
        ("Medical advice", "Consultant psychiatrist, Wealdshire Community Learning Disability Team", "June 2022"),
        ("Speech and language therapy report", "Ashcombe House speech and language therapist", ""),
        ("Information from previous school", "", ""),
        ("Social care advice (Care Act assessment)", "Social worker, Wealdshire Adult Social Care Transitions Team", "19 November 2024"),
        ("Preparing for adulthood advice", "Wealdshire Preparing for Adulthood adviser", "27 January 2025"),
    ],
    signoff=signoff("28 February 2025"),
))

# ================================================================ y208 FAIL ef-table
PLANS.append(dict(
    id="y208", layout="ef-table",
    front=[
        ("Name", "Rio"),
        ("Age", "13"),
        ("National Curriculum year", "Year 8"),
        ("Date this plan was issued", "30 April 2026"),
        ("Date of last annual review", "Not applicable – this is the first plan"),
        ("Looked after", "Yes – care order (section 31, Children Act 1989), placed with foster carers"),
        ("Setting", "Kingsmead School (mainstream secondary)"),
    ],
    intro=intro("Rio", "his foster carers", "him"),
    A=[
        ("h", "Rio's views"),
        ("p", "Rio talked to his foster carer, Jan, and the designated teacher at Kingsmead School on 2 March 2026. He "
              "said that he finds school hard and hates maths and reading out loud. He said teachers are always on at "
              "him for not listening, that he forgets what he is meant to be doing and then gets into trouble, and that "
              "he gets into fights because the other boys wind him up. He said he does not like the noise in the "
              "canteen and does not sleep well."),
        ("h", "Foster carers' views"),
        ("p", "Rio's foster carers, Jan and Pete, gave their views on 5 March 2026. Rio has lived with them since June "
              "2025. They told us that Rio struggles with everything at school. He cannot remember instructions, loses "
              "his belongings most days, is impulsive and has little sense of danger. He has had five detentions and "
              "two internal exclusions this term. He takes a long time to settle at night and is often tired and "
              "irritable in the morning. He finds it very hard to make and keep friends and often falls out with other "
              "children."),
    ],
    B=[
        ("h", "Cognition and learning"),
        ("p", "Rio has foetal alcohol spectrum disorder (FASD). His educational psychologist's assessment (February 2026) "
              "found that his working memory and processing speed are in the lowest 2% for his age. His reading age is "
              "8 years 6 months and his spelling age 7 years 9 months. In maths he is working at the level expected "
              "in Year 3 and does not know his times tables. He cannot follow instructions of more than one step."),
        ("h", "Communication and interaction"),
        ("p", "Rio has difficulty understanding spoken language, particularly longer sentences, questions beginning with "
              "‘why’ and ‘how’, and language about time. He often does not understand what he has been asked to do."),
        ("h", "Social, emotional and mental health"),
        ("p", "Rio is impulsive and finds it very hard to wait, to take turns or to stop and think. He is quick to lose "
              "his temper, particularly at unstructured times, and has been involved in several fights this year. He has "
              "difficulty understanding the consequences of his actions."),
        ("h", "Sensory and/or physical"),
        ("p", "Rio is very sensitive to noise and avoids the canteen. He finds it hard to sit still for more than a few "
              "minutes."),
    ],
    C=[
        ("p", "Rio's FASD was diagnosed by the Wealdshire Neurodevelopmental Service in 2021. Its effects on his learning, "
              "language and behaviour are described in Section B. Rio also has difficulty getting to sleep and takes "
              "melatonin, prescribed by his community paediatrician. His physical health is otherwise good (paediatric "
              "review, 10 February 2026)."),
    ],
    D=[
        ("p", "Rio is looked after by Wealdshire County Council and lives with foster carers. He has contact with his "
              "birth mother once a month. Because of his impulsivity and limited sense of danger, he needs closer "
              "supervision than other 13-year-olds when he is out in the community, and his foster carers need support "
              "to manage his behaviour at home."),
    ],
    Eintro=[("p", "Rio's outcomes and the provision to support them are set out below.")],
    efheader=["Outcome", "Provision", "How often", "Who"],
    E=[
        ("E1", "Social, emotional and mental health", "By July 2027, Rio will feel happier and more settled at school."),
        ("E2", "Cognition and learning", "Rio will be more confident with his reading."),
        ("E3", "Cognition and learning", "By the end of Year 9, Rio will improve his maths."),
        ("E4", "Communication and interaction", "Rio will understand instructions better in lessons."),
        ("E5", "Social, emotional and mental health", "By July 2027, Rio will get on better with other pupils and have fewer fights."),
        ("E6", "Health", "Rio will sleep better."),
    ],
    Fintro=FINTRO,
    F=[
        ("E1", "", [
            ("Meet-and-greet with his key adult at the school gate and a check of his equipment and timetable", "daily, 10 minutes, 8.30am", "Key adult (teaching assistant)"),
            ("Lunchtime in the school's quiet room instead of the canteen, with a member of staff present", "daily, 12.30pm to 1.10pm", "Learning mentor"),
        ]),
        ("E2", "", [
            ("Reading intervention (Toe by Toe), 1:1", "4 times a week, 20 minutes", "Teaching assistant trained in Toe by Toe by the special educational needs co-ordinator (SENCo)"),
        ]),
        ("E3", "", [
            ("Numeracy catch-up programme with concrete resources", "", "Maths teaching assistant"),
        ]),
        ("E4", "", [
            ("Speech and language therapy from the school's speech and language therapist to develop his understanding of spoken language", "", "Speech and language therapist (Health and Care Professions Council registered)"),
            ("Instructions given one step at a time, backed up with a written or picture checklist on his desk", "every lesson", "All teachers"),
        ]),
        ("E5", "", [
            ("Friendship Group to develop turn-taking and problem-solving", "40 minutes", "Emotional literacy support assistant (ELSA)"),
        ]),
    ],
    G=[
        ("ul", [
            "Dr Sunita Rao, community paediatrician, will review Rio's FASD and his melatonin every 6 months in a 30-minute clinic appointment (next due August 2026).",
            "A school nurse from the Wealdshire School Nursing Service will see Rio and his foster carers at home for 4 sleep sessions of 45 minutes, fortnightly, from May 2026.",
        ]),
        dco("Dr Helen Okafor, Designated Clinical Officer (DCO), Weald and Downs Integrated Care Board (ICB),", "23 April 2026"),
    ],
    H1=[("p", "None.")],
    H2=[("p", "None.")],
    I=[("p", "Kingsmead School, a mainstream secondary academy for pupils aged 11 to 16.")],
    J=[("p", "No personal budget has been requested.")],
    K=[
        ("Rio's views", "Rio, with his foster carer and the designated teacher", "2 March 2026"),
        ("Foster carers' views", "Jan and Pete, foster carers", "5 March 2026"),
        ("Educational advice", "SENCo, Kingsmead School", "12 February 2026"),
        ("Psychological advice", "Dr Rachel Osei, educational psychologist, Wealdshire Educational Psychology Service", "24 February 2026"),
        ("Medical advice", "Dr Sunita Rao, community paediatrician, Wealdshire Community Paediatrics", "10 February 2026"),
        ("School nursing advice (sleep)", "School nurse, Wealdshire School Nursing Service", "3 March 2026"),
        ("Speech and language therapy advice", "Speech and language therapist, Kingsmead School", "18 February 2026"),
    ],
    signoff=signoff("30 April 2026"),
))

# ================================================================ y209 SOUND bold-statutory
PLANS.append(dict(
    id="y209", layout="bold-statutory",
    front=[
        ("Name (first name only)", "Tyler"),
        ("Age", "16"),
        ("National Curriculum (NC) year", "Year 11"),
        ("Date this plan was issued", "14 August 2026 (amended following annual review)"),
        ("Date of last annual review", "18 June 2026"),
        ("Other plans", "Child in need plan (since March 2026); youth rehabilitation order, supervised by Wealdshire Youth Offending Service"),
        ("Setting", "Ridgeway Learning Centre (independent specialist day school)"),
    ],
    intro=intro("Tyler", "his mum", "him"),
    A=[
        ("h", "What Tyler says"),
        ("p", "Tyler met the SEND case officer twice, on 4 and 25 June 2026, once at Ridgeway and once at the Youth "
              "Offending Service (YOS) office with his case manager. He did not want to write anything down, so the "
              "case officer typed what he said and read it back to him. He agreed it and asked for the bit about "
              "football to be added. He talked a lot about getting his Construction Skills Certification Scheme (CSCS) "
              "card, which he needs to work on a building site."),
        ("p", "“Being in Linden Lodge was the worst thing that's ever happened to me, but the teachers there were all "
              "right, and I did more work in three months than I did in Year 10. I want to be a bricklayer like my "
              "uncle. I want to get my CSCS card so I can go on a site. I'm good with my hands. I'm not good with "
              "reading – I just switch off when it's loads of words. When teachers talk fast I say yeah even when I "
              "don't get it, because I don't want to look thick. I want to stay away from the lads I was with before. "
              "Football helps. I used to play for Hadleigh Town under-14s and I'd like to play again.”"),
        ("h", "What Tyler's mum says"),
        ("p", "Tyler's mum told us on 25 June 2026: “Tyler's a good lad underneath. He's loyal and he's kind to his nan. "
              "He was being used by older boys and he didn't see it. Since he came home in May he's been trying really "
              "hard. I want him to get on a college course, stay safe and stay out of trouble, and have a proper job. "
              "I'd like him to sleep properly too – he's up all night.”"),
        ("h", "Tyler's strengths"),
        ("ul", [
            "Practical and skilled with his hands: he built a brick barbecue with his uncle last summer.",
            "Loyal, caring towards his nan and younger cousins.",
            "Good at football and fit; he enjoys training and responds well to a coach.",
            "Has kept every appointment with his YOS case manager since May 2026.",
            "Made rapid progress in maths in the secure children's home: he now works confidently with area and measurement.",
        ]),
        ("h", "Aspirations"),
        ("p", "Tyler wants to be a bricklayer, to get his CSCS card and to "
              "play football again. His mum wants him to go to college, stay safe and get a job. Both want him to sleep "
              "better."),
    ],
    B=[
        ("h", "Communication and interaction"),
        ("p", "Tyler is autistic (diagnosis April 2026, made by the Wealdshire Neurodevelopmental Service while he was at "
              "Linden Lodge Secure Children's Home). He also has a developmental language disorder (DLD): the speech and "
              "language therapist's assessment in May 2026 found that his understanding of spoken language is at about "
              "the level of a 9-year-old. He misses parts of longer instructions and abstract words. He often says he "
              "understands when he does not, and this has got him into trouble at school, in the community and in court."),
        ("h", "Cognition and learning"),
        ("p", "Tyler reads at Entry Level 2 and spells at Entry Level 1. His maths is stronger (working at about General "
              "Certificate of Secondary Education (GCSE) grade 3). He can concentrate for up to 20 minutes on a "
              "practical task, but only 5 to 10 minutes when listening."),
        ("h", "Social, emotional and mental health"),
        ("p", "Tyler wants to be accepted by older peers and has been exploited by them (criminal exploitation). He finds "
              "it hard to judge who is safe. When he feels stupid or disrespected he can react angrily. He has had no "
              "exclusions at Ridgeway since May 2026, and his attendance there is 94%."),
        ("h", "Sensory and/or physical"),
        ("p", "Tyler has no physical difficulties. He finds noisy, busy rooms stressful and prefers to work with music "
              "in one ear."),
    ],
    C=[
        ("p", "Tyler has no physical health difficulties (General Practitioner (GP) health check, 3 June 2026), but he has "
              "low mood and a significant sleep problem. These were identified by the health team at Linden Lodge "
              "Secure Children's Home in April 2026 and are now followed up by the Weald and Downs Child and "
              "Adolescent Mental Health Service (CAMHS). He usually falls asleep after 2am and then finds it very hard "
              "to get up for school. There is no current risk of self-harm (CAMHS assessment, 9 July 2026)."),
    ],
    D=[
        ("p", "Tyler has been supported under a child in need plan since March 2026, because of the risk of criminal "
              "exploitation. His social worker is Aisha Khan, Adolescent Safeguarding Team. Aisha contributed social care "
              "advice to this plan (2 July 2026) and attended the annual review. The child in need plan and this EHC plan "
              "were agreed together at a joint meeting on 30 June 2026 with Tyler, his mum, Ridgeway, the YOS case "
              "manager and CAMHS: the plan's outcomes on staying safe, football and college (E4 and E1) come from the "
              "child in need plan, and the YOS intervention plan has been changed to use visual materials and shorter "
              "sessions because of Tyler's language difficulties."),
        ("p", "Tyler's social care needs are:"),
        ("ul", [
            "help to stay safe from older young people who have exploited him, including safe activities after school and at weekends;",
            "support for his mum to keep him safe at home and to work with the services involved;",
            "a consistent adult in the community who understands his communication needs.",
        ]),
        ("p", "Tyler is subject to a 12-month youth rehabilitation order made in May 2026, supervised by the Wealdshire "
              "YOS. The order is not provision under this plan, but his YOS case manager and social worker meet every 6 "
              "weeks at his child in need review so that the plans work together."),
    ],
    Eintro=[("p", "Tyler is in Year 11. His outcomes prepare him for adulthood (employment, independent living, friends "
                  "and community, and good health) and will be reviewed at his next annual review, by June 2027.")],
    E=[
        ("E1", "Employment",
         "By June 2027, Tyler will complete a 5-day bricklaying taster course at Wealdshire College, attending every day, "
         "and will receive an offer of a place on the Level 1 Diploma in Bricklaying starting in September 2027."),
        ("E2", "Employment",
         "By March 2027, Tyler will pass the health, safety and environment test needed for his CSCS card, using the "
         "reader arrangement he is entitled to."),
        ("E3", "Communication – independent living",
         "By March 2027, when he does not understand an instruction, Tyler will ask for it to be repeated or shown, using "
         "one of his three practised phrases, on 4 out of 5 observed occasions in lessons, as recorded each half term by "
         "the speech and language therapist."),
        ("E4", "Friends and community",
         "By December 2026, Tyler will attend the Tuesday youth football programme on at least 3 out of 4 weeks for a "
         "whole term, as recorded on the youth worker's register."),
        ("E5", "Good health",
         "By February 2027, Tyler will be asleep by midnight on at least 5 school nights out of 5, for four weeks "
         "running, as shown in his sleep diary reviewed by his CAMHS worker."),
        ("E6", "Employment – literacy",
         "By July 2027, Tyler will gain the Entry Level 3 Functional Skills qualification in English reading, as shown by "
         "his certificate."),
    ],
    Fintro=FINTRO + [("p", "Tyler is taught in a class of no more than 5 students with a teacher and a teaching assistant "
                           "(TA), 5 days a week, 9am to 3pm, 39 weeks a year.")],
    F=[
        ("E1", "Provision for E1 and E2 – construction", [
            ("Construction skills (bricklaying basics and site safety) at the Ridgeway workshop, in a group of no more than 4 students", "every Wednesday, 9.30am to 2.30pm", "Construction instructor (qualified Level 3 bricklayer) with a TA"),
            ("Careers guidance, 1:1, including planning for the college taster week and application", "once each half term, 45 minutes", "Careers adviser holding the Level 6 Diploma in Career Guidance, Wealdshire Careers Service"),
            ("Access arrangements for the CSCS health, safety and environment test: a reader and 25% extra time", "for the test date", "Arranged by the Ridgeway special educational needs co-ordinator (SENCo)"),
        ]),
        ("E3", "Provision for E3 – communication", [
            ("Speech and language therapy (SLT): the speech and language therapist will see Tyler on his own every Monday for 45 minutes across the autumn term to teach and practise his phrases for checking and asking for help", "weekly, 45 minutes, 12 sessions, then review", "Ridgeway speech and language therapist (Health and Care Professions Council registered)"),
            ("Training for all staff who teach Tyler on DLD and how to check understanding", "one 2-hour session in September 2026", "Ridgeway speech and language therapist"),
            ("Key words for each lesson given on a card at the start, with instructions given one step at a time", "every lesson", "All teachers and the TA"),
        ]),
        ("E6", "Provision for E6 – literacy", [
            ("Reading intervention (Fresh Start), 1:1", "4 times a week, 30 minutes", "English teacher"),
            ("Reading pen for all lessons and tests; charged and checked", "daily", "TA"),
        ]),
        ("ALL", "Provision for all outcomes – wellbeing", [
            ("Mentoring with his key worker, covering how the week has gone, friendships and safety", "3 times a week, 20 minutes, 1:1", "Key worker (trained in the Zones of Regulation)"),
            ("A quiet workspace and permission to use one earphone for music during independent work", "every lesson", "Provided by the SENCo"),
        ]),
    ],
    Fafter=[("p", "Outcome E4 is served by the social care provision in Section H2, and outcome E5 by the health provision in Section G.")],
    G=[
        ("ul", [
            "A CAMHS mental health nurse will see Tyler on his own for 12 sessions of 50 minutes, fortnightly from September 2026, then review with Tyler and his mum. The sessions use a cognitive behavioural approach adapted with visual materials, and cover his sleep routine and low mood.",
            "The CAMHS nurse will join Tyler's child in need review every 6 weeks (30 minutes) to share progress.",
            "Tyler's GP will review his sleep and mood at a 15-minute appointment in January 2027.",
        ]),
        ("lv", ("Health sign-off", "Agreed on behalf of Weald and Downs Integrated Care Board (ICB) by Sarah Lindqvist, "
                "Designated Clinical Officer (DCO), 6 August 2026.")),
    ],
    H1=[("p", "None. Short breaks were considered at the child in need review on 30 June 2026 and are not needed, as Tyler's needs are for safety and positive activities, which are in H2.")],
    H2=[
        ("ul", [
            "Social worker visits under the child in need plan: Aisha Khan, Adolescent Safeguarding Team, at least every 4 weeks, with a child in need review every 6 weeks.",
            "Family support worker for Tyler's mum: 2 hours a week at home for 12 weeks from September 2026, then review at the child in need meeting.",
            "Positive activities: a place on the Wealdshire Youth Service football programme at Hadleigh Cross, every Tuesday, 6pm to 8pm, with a youth worker who knows his communication plan (outcome E4). Funded through the child in need plan.",
        ]),
    ],
    I=[("p", "Ridgeway Learning Centre, an independent specialist day school for young people aged 11 to 16 with social, "
              "emotional and mental health needs and autism, approved under section 41 of the Children and Families Act 2014.")],
    J=[("p", "No personal budget has been requested. Tyler's mum knows she can ask about one at any time.")],
    K=[
        ("Tyler's views", "Tyler, with the SEND case officer", "4 and 25 June 2026"),
        ("Parent's views", "Tyler's mum", "25 June 2026"),
        ("Educational advice (annual review report)", "Head of Centre, Ridgeway Learning Centre", "10 June 2026"),
        ("Education report from the secure children's home", "Head of Education, Linden Lodge Secure Children's Home", "12 May 2026"),
        ("Psychological advice", "Dr Tom Ashworth, educational psychologist, Wealdshire Educational Psychology Service", "27 May 2026"),
        ("Medical advice", "GP, Hadleigh Cross Surgery (health check)", "3 June 2026"),
        ("Mental health advice", "CAMHS mental health nurse, Weald and Downs CAMHS", "9 July 2026"),
        ("Autism diagnostic report", "Wealdshire Neurodevelopmental Service", "22 April 2026"),
        ("Speech and language therapy assessment", "Speech and language therapist, Ridgeway Learning Centre", "19 May 2026"),
        ("Social care advice and child in need plan", "Aisha Khan, social worker, Adolescent Safeguarding Team", "2 July 2026"),
        ("Youth justice information (intervention plan)", "YOS case manager, Wealdshire Youth Offending Service", "28 June 2026"),
        ("Preparing for adulthood advice", "Careers adviser, Wealdshire Careers Service", "16 June 2026"),
    ],
    signoff=signoff("14 August 2026"),
))

# ================================================================ y210 FAIL letter-column
PLANS.append(dict(
    id="y210", layout="letter-column",
    front=[
        ("Name", "Jordan"),
        ("Age", "15"),
        ("School year", "Year 10"),
        ("Date this plan was issued", "2 October 2026 (amended following annual review)"),
        ("Last annual review", "9 September 2026"),
        ("Setting", "Marlowe Park School (mainstream secondary with a hearing resource base)"),
    ],
    intro=intro("Jordan", "his mum", "him"),
    A=[
        ("h", "Jordan's story"),
        ("p", "Jordan is 15 and lives with his mum and older sister in Wickford Green. When he was 12 he fell from a "
              "garage roof and fractured his skull. He has an acquired brain injury (ABI) and a moderate hearing loss "
              "in his left ear as a result. He wears a hearing aid and uses a radio aid in lessons. In February 2026 "
              "Jordan was given a 6-month referral order by the youth court after a fight outside a shop; he completed "
              "it in August 2026 and worked well with the Youth Offending Service (YOS)."),
        ("h", "What Jordan says – from his review meeting on 9 September 2026"),
        ("p", "“I want to be a mechanic. My uncle's got a garage and I help him on Saturdays – I can do an oil change "
              "and change a tyre on my own. I want to do motor vehicle at college and get my own car when I'm 17. "
              "School's long. I get tired and I can't hear properly when everyone's talking, so I give up. When "
              "people shout at me I lose it.”"),
        ("h", "What Jordan's mum says"),
        ("p", "“Jordan's a different boy since the accident, but he's still funny and he still loves cars. He's brilliant "
              "with his hands. I'd like him to get on the motor vehicle course at Wealdshire College and have a proper "
              "trade, like his uncle.” (Jordan's mum, 9 September 2026)"),
        ("h", "Strengths"),
        ("ul", [
            "Skilled and careful with practical, mechanical work.",
            "Completed his referral order and every session with his YOS worker.",
            "Good sense of humour; well liked by younger pupils.",
            "His maths is a relative strength, especially measuring and practical calculations.",
        ]),
        ("h", "Aspirations"),
        ("p", "Jordan wants to be a mechanic, to go on the motor vehicle course at Wealdshire College and to drive. His "
              "mum wants the same: a place on the motor vehicle course and a trade."),
    ],
    B=[
        ("h", "Cognition and learning"),
        ("p", "Since his ABI Jordan has slower processing speed and weaker working memory (educational psychologist, June "
              "2026). He tires easily, and by the afternoon his concentration drops sharply. His reading age is 11 years 3 months."),
        ("h", "Communication and interaction"),
        ("p", "Jordan has difficulty following group discussion, partly because of his hearing loss and partly because of "
              "his slower processing. The speech and language therapist found that he has difficulty finding the right "
              "words when he is under pressure."),
        ("h", "Social, emotional and mental health"),
        ("p", "Jordan becomes angry quickly, particularly when he feels shouted at or confused. He has had three fixed-term "
              "suspensions since September 2025. He sometimes says he feels low and that he is ‘not the same person’."),
        ("h", "Sensory and/or physical – hearing"),
        ("p", "Jordan has a moderate hearing loss in his left ear and wears a hearing aid. In noisy rooms he misses much of "
              "what is said unless his radio aid is used. He does not always wear his hearing aid because he is "
              "self-conscious about it."),
    ],
    C=[
        ("h", "Hearing"),
        ("p", "Jordan's hearing is reviewed by the Wealdshire Children's Audiology Service. He has a moderate hearing loss "
              "in his left ear and has a behind-the-ear hearing aid."),
        ("h", "Mental health"),
        ("p", "Jordan has low mood and problems controlling his anger since his brain injury. His general practitioner (GP) referred him to the "
              "Weald and Downs Child and Adolescent Mental Health Service (CAMHS) in June 2026, and he has been accepted "
              "for treatment."),
    ],
    D=[
        ("p", "Jordan was assessed by the Children with Disabilities Team on 17 June 2026. The assessment found that "
              "Jordan needs activities with other young people outside school where adults understand his brain injury "
              "and hearing loss, and that his mum needs a break from caring, as she is a single parent and Jordan can be "
              "physically aggressive at home when he is tired."),
    ],
    Eintro=[("p", "Jordan's outcomes will be reviewed at his next annual review in September 2027.")],
    E=[
        ("E1", "Learning",
         "By July 2027, Jordan will stay in every lesson for the full 50 minutes in at least 4 out of 5 lessons each day "
         "over a half term, as shown on the lesson-by-lesson register."),
        ("E2", "Reading",
         "By July 2027, Jordan will raise his reading age from 11 years 3 months to at least 12 years 6 months on the "
         "school's standardised reading test, given by the special educational needs co-ordinator (SENCo)."),
        ("E3", "Hearing",
         "By December 2026, Jordan will hand his radio aid transmitter to the teacher at the start of every lesson "
         "without being reminded, on 9 out of 10 lessons, as recorded by the teaching assistant in the hearing resource base."),
        ("E4", "Behaviour",
         "By April 2027, Jordan will use his ‘time out’ card and go to the resource base when he feels his anger rising, "
         "so that the number of incidents recorded on the school's behaviour log falls from about 4 a month to no more than "
         "1 a month over a half term."),
    ],
    Fintro=FINTRO,
    F=[
        ("E1", "Provision for E1 and E4 – learning and regulation", [
            ("Rest break in the hearing resource base, with water and a quiet space", "daily, 15 minutes after lunch", "Resource base teaching assistant"),
            ("Anger management programme (adapted for young people with brain injury), 1:1", "weekly, 40 minutes, for 10 weeks then review", "Learning mentor trained by the educational psychologist"),
            ("Educational psychologist consultation with staff on ABI-informed behaviour strategies", "once a term, 1 hour", "Educational psychologist, Wealdshire Educational Psychology Service"),
        ]),
        ("E2", "Provision for E2 – reading", [
            ("Reading intervention in a group of no more than 3", "3 times a week, 30 minutes", "Higher level teaching assistant (HLTA)"),
            ("Speech and language therapy (SLT): 1:1 word-finding programme", "fortnightly, 45 minutes, for the autumn and spring terms", "Speech and language therapist, Weald and Downs Children's Therapy Service"),
        ]),
        ("E3", "Provision for E3 – hearing", [
            ("Radio aid system (transmitter and receiver), checked daily and serviced", "checked daily; serviced each term", "Provided and maintained by the Wealdshire Sensory Support Service; daily checks by the resource base teaching assistant"),
            ("Visits from a qualified teacher of the deaf to advise staff and check Jordan's listening environment", "once each half term, 1 hour", "Qualified teacher of the deaf, Wealdshire Sensory Support Service"),
            ("Pre-tutoring of key vocabulary before lessons, in the resource base", "4 times a week, 15 minutes, 1:1", "Resource base teaching assistant"),
        ]),
        ("E4", "Short breaks", [
            ("Saturday activity club for disabled young people (motor sport and outdoor activities), with a 1:1 support worker", "every other Saturday, 10am to 4pm", "Wealdshire Short Breaks Service"),
        ]),
    ],
    G=[
        ("ul", [
            "Audiology: the Wealdshire Children's Audiology Service will review Jordan's hearing and hearing aid every 6 months (45-minute clinic appointment).",
            "Mental health: CAMHS will see Jordan for therapy sessions to help with his mood and anger.",
        ]),
        dco("Dr Helen Okafor, Designated Clinical Officer, Weald and Downs Integrated Care Board (ICB),", "25 September 2026", "agreed"),
    ],
    H1=[("p", "Overnight short breaks at Oakfield House short breaks unit: 2 nights a month (Friday and Saturday), "
               "provided by Wealdshire Children's Services, to give Jordan's mum a break from caring.")],
    H2=[("p", "Maths and English tuition at home with a qualified teacher, 1:1, 2 hours a week (Tuesday and Thursday "
               "evenings), funded by Children's Services to help Jordan catch up on learning missed through suspensions.")],
    I=[("p", "Marlowe Park School, a mainstream secondary academy for pupils aged 11 to 18, with a resource base for "
              "pupils who are deaf or have a hearing loss.")],
    J=[("p", "No personal budget has been requested.")],
    K=[
        ("Jordan's views", "Jordan, at his annual review", "9 September 2026"),
        ("Parent's views", "Jordan's mum", "9 September 2026"),
        ("Educational advice (annual review report)", "SENCo, Marlowe Park School", "1 September 2026"),
        ("Hearing support advice", "Teaching assistant (hearing), Wealdshire Sensory Support Service", "28 August 2026"),
        ("Psychological advice", "Dr Laura Benn, educational psychologist, Wealdshire Educational Psychology Service", "24 June 2026"),
        ("Medical advice", "Dr Sunita Rao, community paediatrician, Wealdshire Community Paediatrics", "15 July 2026"),
        ("Audiology report", "Clinical scientist (audiology), Wealdshire Children's Audiology Service", "2 July 2026"),
        ("Speech and language therapy report", "Speech and language therapist, Weald and Downs Children's Therapy Service", "7 July 2026"),
        ("Social care advice", "Social worker, Children with Disabilities Team", "17 June 2026"),
        ("Preparing for adulthood advice", "Careers adviser, Wealdshire Careers Service", "3 September 2026"),
    ],
    signoff=signoff("2 October 2026"),
))

# ================================================================ y211 SOUND ef-table
PLANS.append(dict(
    id="y211", layout="ef-table",
    front=[
        ("Name", "Hannah"),
        ("Age", "18"),
        ("Education phase", "Post-16 (second year at college)"),
        ("Date this plan was issued", "19 May 2026 (amended following annual review)"),
        ("Date of last annual review", "23/04/2026"),
        ("Setting", "Fernhill College (independent specialist college), 38-week residential"),
    ],
    intro=intro("Hannah", "her mum and stepdad", "her"),
    A=[
        ("h", "How we found out what Hannah thinks"),
        ("p", "Hannah uses single words, Makaton signs and a communication app on her tablet. Her tutor at Fernhill, Kirsty, "
              "who has worked with her since September 2024, used Talking Mats (a picture-based way of sharing views) with "
              "her on 30 March and 13 April 2026. Kirsty and the residential team also added what they have seen Hannah "
              "choose and enjoy over the year. Hannah's mum looked at the mats with her during the Easter holiday and "
              "agreed with them."),
        ("h", "What Hannah told us"),
        ("ul", [
            "Hannah put ‘horses’, ‘swimming’, ‘music’ and ‘Mum’ on the happy side of the mat, and signed ‘more horse’.",
            "She put ‘shower’ and ‘periods’ on the unhappy side and covered her face.",
            "She chose the photograph of the Riding for the Disabled centre as ‘my job’.",
            "When asked about home, she chose the photographs of her mum, her dog Bramble and her bedroom, and said “home, Bramble”.",
        ]),
        ("h", "What Hannah's family say"),
        ("p", "Hannah's mum and stepdad told us at the annual review on 23 April 2026: “Hannah has grown up so much at "
              "Fernhill. She tells us what she wants now and she's much calmer. We would like her to live in a supported "
              "living home near us when she finishes college in 2027, with staff who know her, and to have a proper "
              "purpose to her week – the horses are her world. We want her to be as independent as she can be, to do "
              "things in the community and to stay healthy.”"),
        ("h", "What Hannah is good at"),
        ("ul", [
            "She is calm and gentle with animals and follows the routine for grooming a pony.",
            "She has a good memory for songs and signs along to more than 30.",
            "She can make a cup of tea and a sandwich using her photo sequences.",
            "She is a confident swimmer and swims 4 lengths without stopping.",
            "She is friendly and welcoming to new students and staff.",
        ]),
        ("h", "Aspirations"),
        ("p", "Hannah wants to work with horses and to swim and enjoy music. Her family want her to live in supported "
              "living near them after college, to have a meaningful week, to join in with her community and to be "
              "healthy."),
    ],
    B=[
        ("h", "Communication and interaction"),
        ("p", "Hannah is autistic and has a severe learning disability. She uses around 50 single words, Makaton signs and "
              "a symbol-based communication app. She understands short sentences about what is happening now, "
              "especially with a sign or photograph. She finds it hard to tell people when she is in pain or unhappy, "
              "and this can lead to distress."),
        ("h", "Cognition and learning"),
        ("p", "Hannah is working towards Entry Level 1. She can count to 10, match and sort coins and recognise about 25 "
              "familiar words. She learns best through repeated practical routines with photo sequences."),
        ("h", "Social, emotional and mental health"),
        ("p", "When Hannah is anxious or in pain, she may scream, bite her wrist or pull the hair of the person near her. "
              "Incidents have fallen from about 6 a month in 2025 to 2 a month this year. They are more likely in the "
              "week before and during her period. She has a positive behaviour support (PBS) plan that staff at "
              "college and at home both follow."),
        ("h", "Sensory and/or physical"),
        ("p", "Hannah dislikes the feel of water from a shower on her head and finds some clothing uncomfortable. She "
              "needs help with some personal care, including showering, hair washing and managing her periods."),
    ],
    C=[
        ("p", "Hannah eats and drinks well and has no difficulty with swallowing, but she has hypothyroidism (an "
              "underactive thyroid), treated with levothyroxine every morning, and her periods cause her pain and "
              "distress. She needs her thyroid blood test every 12 months. She finds blood tests very frightening and "
              "needs a planned, gradual approach. Her period pain and distress are linked to the increase in "
              "behaviour that challenges."),
    ],
    D=[
        ("p", "Hannah had a Care Act 2014 needs assessment by Wealdshire Adult Social Care on 10 February 2026. It found "
              "eligible needs for support with all personal care, for supervision to keep safe, and for support to take "
              "part in activities in the community. During term time these needs are met through her residential "
              "placement at Fernhill. During the 14 weeks of college holidays she lives with her mum and stepdad, who "
              "need support to meet her needs and to have a break from caring."),
    ],
    Eintro=[("p", "Hannah's outcomes prepare her for adult life (employment, independent living, friends and community, "
                  "and good health). They will be reviewed at her annual review in April 2027.")],
    efheader=["Outcome", "Special educational provision", "How often / how long", "Who"],
    alllabel="All outcomes – throughout the college day",
    E=[
        ("E1", "Employment",
         "By March 2027, Hannah will carry out a 45-minute volunteering session at the Wealdshire Riding for the Disabled "
         "centre (grooming, filling hay nets, sweeping the yard) with one member of staff, on 8 out of 10 weekly sessions, "
         "and will receive a positive written report from the centre's volunteer coordinator."),
        ("E2", "Independent living",
         "By December 2026, Hannah will follow her photo sequence to shower and wash her hair with no more than three "
         "verbal prompts, on 4 mornings out of 5 for a month, as recorded by residential staff."),
        ("E3", "Friends and community",
         "By April 2027, Hannah will choose and pay for an activity in the community (a swim or a café drink), using her "
         "communication app to ask for it, on 3 out of 4 weekly trips, as recorded on her community log."),
        ("E4", "Good health",
         "By April 2027, Hannah will use her ‘pain’ symbol on her app or sign ‘hurt’ to tell staff when she is in pain, "
         "on at least 3 out of 4 occasions when staff see signs of pain, as recorded on her health log."),
        ("E5", "Good health",
         "By October 2026, Hannah will have her thyroid blood test at her general practitioner (GP) surgery, sitting calmly in the chair for the "
         "test, after following her desensitisation programme, as recorded by the community learning disability nurse."),
        ("E6", "Employment – accreditation",
         "By July 2027, Hannah will gain the ASDAN (Award Scheme Development and Accreditation Network) Towards "
         "Independence certificate in animal care, as shown by her certificate."),
    ],
    Fintro=FINTRO + [("p", "Hannah attends Fernhill College on a 38-week residential basis.")],
    F=[
        ("E1", "", [
            ("Volunteering at the Riding for the Disabled centre, 1:1 with a learning support assistant (LSA)", "every Thursday, 10am to 12 noon including travel", "LSA who holds a Level 2 certificate in horse care"),
            ("Animal care sessions at the college smallholding, in a group of no more than 4 students", "twice a week, 1 hour", "Land-based tutor with an LSA"),
        ]),
        ("E2", "", [
            ("Personal care routine using her photo sequence, with a sensory-friendly shower head and a hooded towel", "every morning, 30 minutes, 1:1", "Residential support worker; equipment provided and replaced by the residential manager"),
            ("Occupational therapy (OT): the occupational therapist will see Hannah on her own on Tuesday mornings to work on her sensory tolerance for showering and hair washing", "45 minutes each Tuesday for the autumn term 2026 (12 sessions), then review", "Fernhill occupational therapist (Health and Care Professions Council registered)"),
        ]),
        ("E3", "", [
            ("Community trip to the swimming pool or a café with her communication app and money, 1:1", "once a week, 2 hours", "LSA"),
            ("Communication app (Proloquo2Go on her tablet), with new symbols added and the tablet charged and repaired", "symbols updated weekly", "Set up and maintained by the Fernhill speech and language therapist; tablet repairs by the college information technology (IT) technician"),
        ]),
        ("E4", "", [
            ("Speech and language therapy (SLT): the speech and language therapist will teach Hannah to use her ‘pain’ and ‘unhappy’ symbols and signs, on her own and then in real situations", "30 minutes, twice a week, for 10 weeks, then once a week", "Fernhill speech and language therapist"),
            ("June 2026: training for all residential and teaching staff on Hannah's communication app and her pain signs", "one 2-hour session, then refreshed each September", "Fernhill speech and language therapist"),
            ("Positive behaviour support plan, reviewed with Hannah's family, college and home staff", "every half term, 1 hour", "Fernhill PBS practitioner"),
        ]),
        ("E6", "", [
            ("ASDAN Towards Independence animal care modules, assessed within the animal care and volunteering sessions", "within the sessions above", "Land-based tutor (ASDAN-registered centre)"),
        ]),
        ("ALL", "", [
            ("Teaching in a group of no more than 5 students with a tutor and 2 LSAs", "5 days a week, 9am to 3.30pm, 38 weeks a year", "Tutor and LSAs trained in autism and PBS"),
        ]),
    ],
    Fafter=[("p", "Outcome E5 is met through the health provision in Section G.")],
    G=[
        ("ul", [
            "Thyroid: Hannah's GP, Ashford Magna Surgery, will review her thyroid and levothyroxine once a year in a 20-minute appointment, with a blood test (next due October 2026). The Fernhill college nurse gives her levothyroxine every morning in term time.",
            "Blood test desensitisation: a community learning disability nurse from the Wealdshire Community Learning Disability Team (CLDT) will visit Hannah at college once a fortnight for 45 minutes, from June to October 2026, to practise the blood test steps with a photo story.",
            "Periods: the CLDT nurse will write a period care plan and social story with Hannah's family and the college nurse (one 1-hour meeting in June 2026), and the GP will review her period pain at a 15-minute appointment in the summer holiday 2026.",
        ]),
        ("lv", ("Health confirmation", "Health provision confirmed by Dr Helen Okafor, Designated Clinical Officer (DCO), "
                "Weald and Downs Integrated Care Board (ICB), on 12 May 2026.")),
    ],
    H1=[("p", "Not applicable – Hannah is over 18. Her social care provision is made under the Care Act 2014 (see H2).")],
    H2=[
        ("ul", [
            "During term time: the care element of Hannah's 38-week residential placement at Fernhill (personal care and supervision, 1:1 in waking hours, waking night staff shared by 4 students), funded by Wealdshire Adult Social Care.",
            "During college holidays: a personal assistant for 10 hours a week (swimming, riding and trips out) paid through a direct payment (see Section J).",
            "Overnight short breaks at Maple Lodge: 4 nights in each of the Christmas, Easter and summer holidays, so that Hannah's mum and stepdad have a break from caring.",
        ]),
    ],
    I=[("p", "Fernhill College, an independent specialist post-16 institution for young people with autism and learning "
              "disabilities, approved under section 41 of the Children and Families Act 2014; 38-week residential placement.")],
    J=[("p", "Hannah's family receive a direct payment of £1,960 a year from Wealdshire Adult Social Care to employ a "
              "personal assistant for 10 hours a week in the college holidays (outcome E3).")],
    K=[
        ("Hannah's views (Talking Mats and observation)", "Kirsty, tutor, Fernhill College", "30 March and 13 April 2026"),
        ("Family views", "Hannah's mum and stepdad", "23 April 2026"),
        ("Educational advice (annual review report)", "Head of Learning, Fernhill College", "9 April 2026"),
        ("Psychological advice", "Dr Rachel Osei, educational psychologist, Wealdshire Educational Psychology Service", "26 February 2026"),
        ("Medical advice", "GP, Ashford Magna Surgery", "5 March 2026"),
        ("Learning disability nursing advice", "Community learning disability nurse, Wealdshire CLDT", "18 March 2026"),
        ("College nurse report", "College nurse (registered general nurse), Fernhill College", "2 April 2026"),
        ("Speech and language therapy report", "Speech and language therapist, Fernhill College", "1 April 2026"),
        ("Occupational therapy report", "Occupational therapist, Fernhill College", "7 April 2026"),
        ("Social care advice (Care Act assessment)", "Sam Ellery, social worker, Wealdshire Adult Social Care", "10 February 2026"),
        ("Preparing for adulthood advice", "Wealdshire Preparing for Adulthood adviser", "15 April 2026"),
    ],
    signoff=signoff("19 May 2026"),
))

# ================================================================ y212 FAIL bold-statutory
PLANS.append(dict(
    id="y212", layout="bold-statutory",
    front=[
        ("Name (first name only)", "Oscar"),
        ("Age", "12"),
        ("National Curriculum (NC) year", "Year 7"),
        ("Date this plan was issued", "10 November 2026 (amended following annual review)"),
        ("Date of last annual review", "14 October 2026"),
        ("Setting", "Kingsleigh School (38-week residential special school)"),
    ],
    intro=intro("Oscar", "his parents", "him"),
    A=[
        ("h", "All about me"),
        ("p", "My name is Oscar and I am 12 years old. I moved to Kingsleigh School in September 2025. I feel that my "
              "sensory needs are often misunderstood by the adults around me, and I would like my placement to provide a "
              "more consistent, low-arousal environment. I find transitions between activities challenging and I would "
              "prefer to be given advance warning. I enjoy my time in the hydrotherapy pool and I value the relationships "
              "I have built with my key workers. In the future I would like to be as independent as possible in my "
              "self-care."),
        ("h", "What Oscar's parents say"),
        ("p", "Oscar's mum and dad told us at the annual review on 14 October 2026: “Oscar is a happy, affectionate boy "
              "when he feels safe. He loves water, bubbles and being squeezed in a big hug. Kingsleigh has helped him so "
              "much with his sleep and his behaviour. We would love him to be able to tell us what he wants, to be calmer "
              "and happier, and to come home for weekends without it being so hard for him. In the long run we hope he will "
              "live somewhere near us, with people who love him, and enjoy his days.”"),
        ("h", "Oscar's strengths"),
        ("ul", [
            "He has a lovely smile and loves to share a joke through tickling games and peekaboo.",
            "He is beginning to use objects of reference to make choices, and chooses between two objects reliably.",
            "He can feed himself with a spoon and drink from an open cup.",
            "He enjoys music and rocks in time to songs he knows.",
        ]),
        ("h", "Aspirations"),
        ("p", "Oscar's parents hope he will be able to tell people what he wants, be calmer and happier so that weekends "
              "at home are easier, and as an adult live near the family with people who know him well."),
    ],
    B=[
        ("h", "Communication and interaction"),
        ("p", "Oscar is autistic and has a severe learning disability. He does not use speech or signs. He communicates by "
              "leading adults by the hand, by vocalising and by reaching for objects. He is beginning to use objects of "
              "reference (a cup for drink, a towel for swimming). He understands a few familiar words in routines, such "
              "as ‘dinner’ and ‘swimming’, when they are said with the object."),
        ("h", "Cognition and learning"),
        ("p", "Oscar is assessed using the engagement model. He explores objects by mouthing and banging them, and is "
              "beginning to show anticipation in familiar routines."),
        ("h", "Social, emotional and mental health"),
        ("p", "When Oscar cannot make himself understood, or when a routine changes, he may bang his head on hard surfaces, "
              "bite his hand or grab an adult's hair. These behaviours happen several times a day at present. He is "
              "calmed by deep pressure, by water and by being in a quiet room."),
        ("h", "Sensory and/or physical"),
        ("p", "Oscar seeks deep pressure and movement and puts objects in his mouth. He is very sensitive to noise. He can "
              "walk and climb well but has little sense of danger."),
    ],
    C=[
        ("p", "Oscar's hearing and eyesight have been checked and there are no concerns (audiology and orthoptic review, "
              "June 2026). He is not toilet trained and wears pads day and night. The Wealdshire Children's Continence "
              "Service assessed him on 5 June 2026 and found that he is physically able to be toilet trained, but needs a "
              "structured toileting programme; he also has recurring constipation, which causes him pain and makes his "
              "behaviour worse. Oscar also sees the community paediatrician each year because of his autism and learning "
              "disability."),
    ],
    D=[
        ("p", "Oscar lives at Kingsleigh School during term time (38 weeks a year) and at home with his parents and older "
              "brother in the school holidays and every third weekend. The Children with Disabilities Team assessed the "
              "family on 18 September 2026. Oscar needs 2:1 support when out in the community because he runs off and has "
              "no sense of danger, and help with all personal care. His parents need regular breaks from caring during "
              "the holidays."),
    ],
    E=[
        ("E1", "Communication", "Oscar has a visual timetable and objects of reference throughout the day."),
        ("E2", "Communication",
         "By July 2027, Oscar will hand an adult an object of reference to ask for a drink or for swimming, without a "
         "physical prompt, on 7 out of 10 chances in a week, as recorded on his communication log by his class team."),
        ("E3", "Social, emotional and mental health", "Oscar is given deep pressure and sensory breaks to help him regulate."),
        ("E4", "Social, emotional and mental health", "Staff will follow Oscar's positive behaviour support plan consistently so that he is calmer."),
        ("E5", "Sensory", "Oscar will receive occupational therapy to meet his sensory needs."),
    ],
    Fintro=FINTRO + [("p", "Oscar is taught in a class of 5 pupils with a teacher and 3 teaching assistants (TAs), and "
                           "has a 1:1 TA throughout the school day.")],
    F=[
        ("E1", "Provision for E1 and E2 – communication", [
            ("Objects of reference and a visual (photo and object) timetable used for every transition; the object set is made and kept up to date", "throughout the school day; reviewed weekly", "Class teacher"),
            ("Speech and language therapy, 1:1, working on objects of reference; this may be delivered in a pair with one other pupil where appropriate", "weekly, 30 minutes", "Kingsleigh speech and language therapist"),
            ("Intensive Interaction, 1:1, increasing to twice daily as appropriate", "daily, 20 minutes", "Oscar's 1:1 TA, trained in Intensive Interaction"),
        ]),
        ("E3", "Provision for E3 and E5 – sensory", [
            ("Oscar will have access to the sensory room with his 1:1 TA", "3 times a day, 15 minutes", "1:1 TA"),
            ("Deep-pressure activities from his sensory diet, where possible before each lesson", "6 times a day, 5 minutes", "1:1 TA, following the occupational therapist's programme"),
            ("Occupational therapy: the occupational therapist will review Oscar's sensory diet with his class team", "once each half term, 45 minutes", "Kingsleigh occupational therapist"),
        ]),
        ("E4", "Provision for E4 – behaviour", [
            ("Positive behaviour support (PBS) plan, reviewed with Oscar's parents and the class and residential staff", "every half term, 1 hour", "Kingsleigh PBS lead"),
            ("Staff should use a calm, low-language approach and give Oscar processing time", "throughout the day", "All staff"),
        ]),
    ],
    G=[
        ("ul", [
            "Dr Priya Nair, consultant paediatrician, Wealdshire Community Paediatrics, will review Oscar's general health and development once a year in a 30-minute appointment (next due June 2027).",
        ]),
        dco("Dr Helen Okafor, Designated Clinical Officer (DCO), Weald and Downs Integrated Care Board (ICB),", "3 November 2026"),
    ],
    H1=[
        ("ul", [
            "Short breaks at home in the school holidays: a support worker from Wealdshire Short Breaks Service, 2:1 with a second worker for trips out, for 6 hours a week during the 14 weeks of school holidays.",
            "Overnight short breaks at Oakfield House: 1 night every other week during the school holidays.",
        ]),
    ],
    H2=[("p", "The care element of Oscar's 38-week residential placement at Kingsleigh (waking hours 1:1 and waking night "
               "staff), funded jointly by Wealdshire Children's Services and Wealdshire SEND (special educational needs "
               "and disabilities) Service.")],
    I=[("p", "Kingsleigh School, a non-maintained special school for pupils aged 5 to 19 with severe and complex learning "
              "disabilities and autism; 38-week residential placement.")],
    J=[("p", "No personal budget has been requested.")],
    K=[
        ("Parents' views", "Oscar's mum and dad", "14 October 2026"),
        ("Educational advice (annual review report)", "Class teacher, Kingsleigh School", "30 September 2026"),
        ("Psychological advice", "Dr Tom Ashworth, educational psychologist, Wealdshire Educational Psychology Service", "16 September 2026"),
        ("Medical advice", "Dr Priya Nair, consultant paediatrician, Wealdshire Community Paediatrics", "18 June 2026"),
        ("Continence assessment", "Children's continence nurse, Wealdshire Children's Continence Service", "5 June 2026"),
        ("Speech and language therapy report", "Speech and language therapist, Kingsleigh School", "22 September 2026"),
        ("Occupational therapy report", "Occupational therapist, Kingsleigh School", "24 September 2026"),
        ("Social care advice", "Social worker, Children with Disabilities Team", "18 September 2026"),
    ],
    signoff=signoff("10 November 2026"),
))


# ---------------------------------------------------------------- main
if __name__ == "__main__":
    import os
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "plans")
    os.makedirs(out, exist_ok=True)
    for plan in PLANS:
        RENDER[plan["layout"]](plan, os.path.join(out, plan["id"] + ".docx"))
        print("wrote", plan["id"], plan["layout"])
