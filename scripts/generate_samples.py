"""Write the bundled sample plans: fictional, anonymised EHC plans for 12 months.

    python scripts/generate_samples.py            # rewrites sample_plans/YYYY-MM/*

Deterministic (seeded). Plans come in several layouts (Word heading styles, bold capitals,
title-only headings, two-column tables, Markdown) and vary in quality: early months carry
more of the failures inspectors report (outcomes that are provision, vague provision, old or
undated advice, blank health sections, overdue reviews), later months fewer.
Every name is a pseudonym; no plan holds a real identifier.
"""

from __future__ import annotations

import datetime as dt
import random
import re
import shutil
from pathlib import Path

import docx
from docx.oxml.ns import qn

from ehcaudit.dates import parse_uk_date

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "sample_plans"
MONTHS = [dt.date(2025, 12, 1)] + [dt.date(2026, m, 1) for m in range(1, 12)]
NAMES = ["Jade", "Ellie", "Sam", "Kai", "Amira", "Leo", "Noah", "Maya", "Oscar", "Priya", "Reuben", "Zara",
         "Tom", "Isla", "Yusuf", "Freya", "Alfie", "Lola", "Dev", "Hana"]
TEAMS = ["North", "South", "East", "West"]
LAYOUTS = ["styled", "national", "caps", "titles", "table", "national", "md"]
TEMPLATE = ROOT.parent / "shared" / "reference" / "national-ehcp-template.docx"
PLACEHOLDER = re.compile(r"\{\{\s*([a-z0-9_]+)\s*\}\}")
TITLES = {
    "A": "The views, interests and aspirations of the child and their parents",
    "B": "Special educational needs", "C": "Health needs which relate to their SEN",
    "D": "Social care needs which relate to their SEN or disability", "E": "Outcomes",
    "F": "Special educational provision", "G": "Health provision reasonably required",
    "H1": "Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970",
    "H2": "Other social care provision reasonably required", "I": "Placement", "J": "Personal budget",
    "K": "Advice and information",
}
PLAIN = {"A": "Views, interests and aspirations", "B": "Special educational needs", "C": "Health needs",
         "D": "Social care needs", "E": "Outcomes", "F": "Special educational provision",
         "G": "Health provision", "H1": "Social care provision under section 2 of the CSDPA 1970",
         "H2": "Other social care provision", "I": "Placement", "J": "Personal budget", "K": "Advice and information"}


def d(date: dt.date, style: int) -> str:
    return [f"{date:%d/%m/%Y}", f"{date.day} {date:%B %Y}", f"{date:%Y-%m-%d}"][style % 3]


def plan_content(rng: random.Random, name: str, month: dt.date, p_bad: float) -> tuple[dict, dict]:
    """Return (front matter, sections -> list of (kind, text)) for one plan."""
    bad = {k: rng.random() < p_bad for k in (
        "provision_outcome", "vague", "old_advice", "undated", "no_social_advice", "health_blank",
        "overdue", "no_aspirations", "spelling", "no_signoff")}
    year = rng.choice([1, 3, 5, 7, 9, 10, 11, 12])
    age = year + 5
    issued = month - dt.timedelta(days=rng.randint(5, 40))
    review = issued - dt.timedelta(days=rng.randint(330, 360)) if not bad["overdue"] else issued - dt.timedelta(days=1100)
    if bad["overdue"]:
        issued = month - dt.timedelta(days=1200)
    he, his = rng.choice([("she", "her"), ("he", "his")])
    setting = rng.choice(["Oakfield Primary School (mainstream)", "Riverside Academy (mainstream secondary)",
                          "Brookside School (special school)", "Hillcrest Resourced Provision for autism",
                          "Westgate College (post-16)"])
    front = {"Plan reference": f"NT-{month:%Y%m}-{rng.randint(100, 999)}", "National Curriculum year": str(year),
             "Age": str(age), "Date issued": d(issued, rng.randint(0, 2)),
             "Date of last annual review": d(review, rng.randint(0, 2)), "Team": rng.choice(TEAMS),
             "Caseworker": f"CW{rng.randint(1, 12):02d}", "Known as": name}
    S: dict[str, list[tuple[str, str]]] = {}
    S["A"] = [("p", f"{name} is {age} and lives with {his} family. {he.capitalize()} enjoys drawing, swimming and looking after animals."),
              ("p", f"{name} told {his} teaching assistant: \u201cI like art and I like it when people are patient with me.\u201d"),
              ("p", f"{name}'s parents say {he} is kind and funny, and they want {his} confidence to grow.")]
    if not bad["no_aspirations"]:
        S["A"].append(("p", f"When {he} is older, {name} would like to work with animals, perhaps at a farm or a vet's surgery."))
    S["B"] = [("p", f"Strengths: {name} is good at drawing and can follow a visual timetable independently."),
              ("p", f"Communication and interaction: {name} has difficulty understanding spoken instructions of more than two steps."),
              ("p", f"Cognition and learning: {name} reads at a level typical of a child two years younger.")]
    if bad["health_blank"]:
        S["C"] = [("p", "Not known.")]
    else:
        S["C"] = [("p", f"{name} has asthma, managed with an inhaler, and a diagnosis of autism made by the community paediatrician.")]
    S["D"] = [("p", "Following a social care assessment by the Children with Disabilities Team, no social care needs were identified.")]
    outs = [f"By July {month.year + 1}, {name} will follow a three-step spoken instruction in class on 4 out of 5 occasions.",
            f"By the end of Year {min(year + 1, 14)}, {name} will read a book at {his} age level with 95% accuracy.",
            f"By July {month.year + 1}, {name} will help to care for the school's animals once a week, as part of {his} hope to work with animals."]
    if bad["provision_outcome"]:
        outs[1] = f"{name} will receive 1:1 support from a teaching assistant."
    if bad["spelling"]:
        outs[0] = f"{name} will recieve help to seperate tasks and he don't need reminders."
    S["E"] = [("li", o) for o in outs]
    prov = ["Three 30-minute sessions a week of speech and language therapy, delivered 1:1 by a speech and language therapist, for 12 weeks, then reviewed.",
            f"A trained teaching assistant will pre-teach topic vocabulary to {name} for 15 minutes daily in a group of up to 3 pupils."]
    if bad["vague"]:
        prov = ["A weekly session of small group activities for 10 weeks.",
                f"{name} would benefit from access to support as appropriate and regular opportunities for movement breaks."]
    S["F"] = [("li", x) for x in prov]
    S["G"] = [("li", "The school nurse will train two named staff to use the inhaler once a year, each September, in a one-hour session.")]
    if not bad["no_signoff"]:
        S["G"].append(("p", f"Health provision agreed by Dr P Okafor, Designated Clinical Officer, {d(issued, 0)}."))
    S["H1"] = [("p", "No provision under section 2 of the Chronically Sick and Disabled Persons Act 1970 is required.")]
    S["H2"] = [("p", "The family has been given information about the local short breaks offer and early help.")]
    S["I"] = [("p", setting)]
    S["J"] = [("p", "No personal budget has been requested.")]
    adv_date = issued - dt.timedelta(days=rng.randint(30, 200))
    old = issued - dt.timedelta(days=1500)
    k = [f"Parent and child views – {name}'s parents, {d(adv_date, 0)}",
         f"Educational advice – Ms R Patel, SENCO, {d(adv_date, 1)}",
         f"Educational psychology advice – Dr A Clark, Educational Psychologist, {d(adv_date, 0)}",
         f"Medical advice – Dr N Shah, Community Paediatrician, {d(old if bad['old_advice'] else adv_date, 0)}",
         f"Social care advice – Mr J Evans, Social Worker, {d(adv_date, 2)}"]
    if bad["undated"]:
        k[2] = "Educational psychology advice – Dr A Clark, Educational Psychologist"
    if bad["no_social_advice"]:
        k.pop()
    if year >= 9:
        k.append(f"Preparing for adulthood advice – Ms L Green, Careers Adviser, {d(adv_date, 0)}")
    S["K"] = [("li", x) for x in k]
    return front, S


def write_md(front: dict, S: dict, path: Path) -> None:
    lines = [f"{k}: {v}" for k, v in front.items()] + [""]
    for code, items in S.items():
        lines += [f"# Section {code}: {TITLES[code]}", ""]
        lines += [("- " if kind == "li" else "") + text for kind, text in items] + [""]
    path.write_text("\n".join(lines), encoding="utf-8")


def write_docx(front: dict, S: dict, path: Path, layout: str) -> None:
    doc = docx.Document()
    doc.core_properties.created = doc.core_properties.modified = dt.datetime(2026, 1, 1)
    doc.add_paragraph("Education, Health and Care Plan")
    for k, v in front.items():
        doc.add_paragraph(f"{k}: {v}")
    if layout == "table":
        t = doc.add_table(rows=0, cols=2)
        for code, items in S.items():
            cells = t.add_row().cells
            cells[0].text = f"Section {code}: {PLAIN[code]}"
            cells[1].text = "\n".join(text for _, text in items)
    else:
        for code, items in S.items():
            if layout == "styled":
                doc.add_heading(f"Section {code}: {TITLES[code]}", level=1)
            elif layout == "caps":
                doc.add_paragraph().add_run(f"PART {code} – {TITLES[code].upper()}").bold = True
            else:
                doc.add_heading(PLAIN[code], level=1)
            for kind, text in items:
                doc.add_paragraph(text, style="List Bullet" if kind == "li" else None)
    doc.save(path)


def write_national(front: dict, S: dict, path: Path) -> None:
    """Fill the national (Change Programme) template: combined B|F|E, C|G|E, D|H1|H2|E tables."""
    def text(code: str, i: int) -> str:
        return S[code][i][1] if i < len(S[code]) else ""

    v = {"preferred_name": front["Known as"], "history": text("A", 0), "child_views": text("A", 1),
         "family_views": text("A", 2), "aspirations": text("A", 3), "communication": "",
         "communication_interaction_strengths": text("B", 0),
         "communication_interaction_need_1": text("B", 1), "communication_interaction_provision_1": text("F", 0),
         "communication_interaction_outcome_1": text("E", 0),
         "cognition_learning_need_1": text("B", 2), "cognition_learning_provision_1": text("F", 1),
         "cognition_learning_outcome_1": text("E", 1), "semh_outcome_1": text("E", 2),
         "health_care_need_1": text("C", 0), "health_care_provision_1": text("G", 0),
         "health_care_provision_2": text("G", 1),
         "social_care_need_1": text("D", 0), "h1_provision_1": text("H1", 0), "h2_provision_1": text("H2", 0)}
    for key in ("name", "date_of_birth", "nhs_number_if_available", "parent_1_name", "parent_1_email",
                "parent_1_telephone_number", "parent_1_home_address"):
        v[key] = "[redacted]"
    doc = docx.Document(str(TEMPLATE))
    doc.core_properties.created = doc.core_properties.modified = dt.datetime(2026, 1, 1)
    for para in doc.element.body.iter(qn("w:p")):
        ts = list(para.iter(qn("w:t")))
        joined = "".join(t.text or "" for t in ts)
        if "{{" in joined and ts:
            ts[0].text = PLACEHOLDER.sub(lambda m: v.get(m.group(1), ""), joined)
            for t in ts[1:]:
                t.text = ""
    first = doc.paragraphs[0]
    for k, val in front.items():
        first.insert_paragraph_before(f"{k}: {val}")
    for table in doc.tables:
        head = table.rows[0].cells[0].text.strip()
        if head.startswith("Advice and information requested"):
            for i, (_, item) in enumerate(S["K"][: len(table.rows) - 1], start=1):
                title, _, rest = item.partition(" – ")
                who, _, date = rest.rpartition(", ")
                if parse_uk_date(date) is None:  # undated item: all of it names who gave it
                    who, date = rest, ""
                cells = table.rows[i].cells
                cells[0].text, cells[1].text, cells[2].text = title, date, who
            for row in list(table.rows)[len(S["K"]) + 1:]:  # unused template rows
                row._tr.getparent().remove(row._tr)
        elif head == "Name" and len(table.rows) >= 2 and table.rows[1].cells[0].text.strip() == "Type":
            table.rows[0].cells[1].text = text("I", 0)
        elif head == "Details":
            table.rows[0].cells[1].text = text("J", 0)
    doc.save(path)


def main() -> None:
    rng = random.Random(20251201)
    for sub in OUT.glob("20??-??"):
        shutil.rmtree(sub)
    for i, month in enumerate(MONTHS):
        folder = OUT / f"{month:%Y-%m}"
        folder.mkdir(parents=True, exist_ok=True)
        p_bad = 0.55 - 0.04 * i  # quality improves over the year
        for j in range(rng.randint(6, 10)):
            name = NAMES[(i * 3 + j) % len(NAMES)]
            front, S = plan_content(rng, name, month, p_bad)
            layout = LAYOUTS[(i + j) % len(LAYOUTS)]
            stem = f"plan-{j + 1:02d}-{name.lower()}"
            if layout == "md":
                write_md(front, S, folder / f"{stem}.md")
            elif layout == "national":
                write_national(front, S, folder / f"{stem}.docx")
            else:
                write_docx(front, S, folder / f"{stem}.docx", layout)
    print(f"wrote {sum(1 for _ in OUT.glob('20??-??/*'))} plans in {len(MONTHS)} months to {OUT}")


if __name__ == "__main__":
    main()
