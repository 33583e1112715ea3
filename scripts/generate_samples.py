"""Write the bundled sample plans: fictional, anonymised EHC plans for 12 months.

    python scripts/generate_samples.py            # rewrites sample_plans/YYYY-MM/*

Deterministic (seeded). Plans come in several layouts (Word heading styles, the national
template, bold capitals, title-only headings, two-column tables, Markdown) and vary in
quality: early months carry more of the failures inspectors report (outcomes that are
provision, vague provision, old or undated advice, blank health sections, overdue reviews,
no aspirations or outcomes that ignore them, deficit language), later months fewer.
A plan with no failure planted is sound: need -> provision -> outcome in each area of need,
a health outcome, and preparing-for-adulthood outcomes from Year 9. ``plans()`` yields every
plan with the failures planted in it (``bad``), so tests can check the scores react to them.
Every name is a pseudonym; no plan holds a real identifier.
"""

from __future__ import annotations

import datetime as dt
import random
import re
import shutil
import zipfile
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
PRIMARY_NEEDS = ["Communication and interaction (autism)", "Cognition and learning",
                 "Social, emotional and mental health", "Communication and interaction (speech and language)",
                 "Social, emotional and mental health (anxiety)", "Cognition and learning (specific learning difficulty)"]
#: In these months one more plan carries every failure: even an improving authority issues
#: some inadequate plans, and the trend report lists the month's with their reasons.
INADEQUATE_MONTHS = {"2026-05": "styled", "2026-11": "national"}  # month -> layout
LAYOUTS = ["styled", "national", "caps", "titles", "table", "national", "md"]
TEMPLATE = ROOT / "tests" / "data" / "national-ehcp-template.docx"  # vendored (MIT, (c) Somerset Council)
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


def plan_content(rng: random.Random, name: str, month: dt.date, p_bad: float,
                 every_failure: bool = False) -> tuple[dict, dict, dict]:
    """Return (front matter, sections -> list of (kind, text), planted failures) for one plan."""
    bad = {k: rng.random() < p_bad or every_failure for k in (
        "provision_outcome", "vague", "old_advice", "undated", "no_social_advice", "health_blank",
        "overdue", "no_aspirations", "spelling", "no_signoff")}
    # Failures added later draw from their own stream, so every earlier draw (and plan) is unchanged.
    extra = random.Random(f"{name}-{month:%Y-%m}")
    bad["deficit"] = extra.random() < p_bad * 0.6 or every_failure  # B written in deficit language, no strengths
    bad["unlinked_aspiration"] = extra.random() < p_bad * 0.6 or every_failure  # outcomes drafted before the family meeting
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
    # Each child keeps one primary area of need across months (no random draw: earlier draws
    # and plans stay as they were), stated in the front matter as plans commonly do.
    primary = PRIMARY_NEEDS[NAMES.index(name) % len(PRIMARY_NEEDS)]
    front["Primary need"] = primary
    S: dict[str, list[tuple[str, str]]] = {}
    S["A"] = [("p", f"{name} is {age} and lives with {his} family. {he.capitalize()} enjoys drawing, swimming and looking after animals."),
              ("p", f"{name} told {his} teaching assistant: \u201cI like art and I like it when people are patient with me.\u201d"),
              ("p", f"{name}'s parents say {he} is kind and funny, and they want {his} confidence to grow.")]
    if not bad["no_aspirations"]:
        S["A"].append(("p", f"When {he} is older, {name} would like to work with animals, perhaps at a farm or a vet's surgery."))
    S["B"] = [("p", f"Strengths: {name} is good at drawing and can follow a visual timetable independently."),
              ("p", f"Communication and interaction: {name} has difficulty understanding spoken instructions of more than two steps."),
              ("p", f"Cognition and learning: {name} reads at a level typical of a child two years younger."),
              ("p", f"Social, emotional and mental health: {name} becomes anxious in busy, noisy places and finds it hard to join in with group games.")]
    if bad["deficit"]:
        S["B"] = [("p", f"Communication and interaction: {name} is unable to follow spoken instructions of more than two steps and fails to listen."),
                  ("p", f"Cognition and learning: {name} has poor reading skills and struggles with any text at {his} age level."),
                  ("p", f"Social, emotional and mental health: {name} cannot cope in busy, noisy places and refuses to join in with group games.")]
    if bad["health_blank"]:
        S["C"] = [("p", "Not known.")]
    else:
        S["C"] = [("p", f"{name} has asthma, managed with an inhaler, and a diagnosis of autism made by the community paediatrician.")]
    S["D"] = [("p", "Following a social care assessment by the Children with Disabilities Team, no social care needs were identified.")]
    # One need (B) -> provision (F) -> outcome (E) per area of need, in the same order.
    outs = [f"By July {month.year + 1}, {name} will follow a three-step spoken instruction in class on 4 out of 5 occasions.",
            f"By the end of Year {min(year + 1, 14)}, {name} will read a book at {his} age level with 95% accuracy.",
            f"By July {month.year + 1}, {name} will help to care for the school's animals once a week, as part of {his} hope to work with animals.",
            f"By July {month.year + 1}, {name} will use {his} inhaler before PE with one reminder on 5 days out of 5."]
    if bad["unlinked_aspiration"]:
        outs[2] = f"By July {month.year + 1}, {name} will join in a group game at break time with two friends on 3 out of 5 days."
    if bad["provision_outcome"]:
        outs[1] = f"{name} will receive 1:1 support from a teaching assistant."
    if bad["spelling"]:
        outs[0] = f"{name} will recieve help to seperate tasks and he don't need reminders."
    prov = ["Three 30-minute sessions a week of speech and language therapy, delivered 1:1 by a speech and language therapist, for 12 weeks, then reviewed.",
            f"A trained teaching assistant will deliver a structured phonics and reading programme to {name} for 20 minutes daily in a group of up to 3 pupils, until the next annual review.",
            f"A weekly 30-minute animal care club, led by a trained teaching assistant in a group of up to 4 pupils, for the school year, to build {name}'s confidence in joining in."]
    if bad["vague"]:
        prov[:2] = ["A weekly session of small group activities for 10 weeks.",
                    f"{name} would benefit from access to support as appropriate and regular opportunities for movement breaks."]
    if year >= 9:  # preparing for adulthood: independent living, friends and community, good health
        outs[3] = f"By July {month.year + 1}, {name} will use {his} inhaler before PE without reminders on 5 days out of 5."
        outs += [f"By July {month.year + 1}, {name} will travel to school or college by bus on {his} own on 5 days out of 5.",
                 f"By July {month.year + 1}, {name} will go to a lunchtime club once a week and name two friends {he} meets there."]
        prov += [f"Travel training by a trained independent travel trainer, 1:1, for 45 minutes twice a week for one term, on {name}'s bus route.",
                 "A weekly 30-minute social skills group of 4 pupils, run by a trained ELSA (emotional literacy support assistant), for two terms, leading into a lunchtime club."]
    S["E"] = [("li", o) for o in outs]  # order: C&I, C&L, SEMH, health, then PfA travel and friends
    S["F"] = [("li", x) for x in prov]  # order: C&I, C&L, SEMH, then PfA travel and friends
    S["G"] = [("li", f"The school nurse will train two named staff to use the inhaler once a year, each September, in a one-hour session, so they can help {name} use it.")]
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
    return front, S, bad


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

    b = [t for _, t in S["B"]]
    strengths = b[0] if b and b[0].startswith("Strengths") else ""
    needs = (b[1:] if strengths else b) + ["", "", ""]

    v = {"preferred_name": front["Known as"], "history": text("A", 0), "child_views": text("A", 1),
         "family_views": text("A", 2), "aspirations": text("A", 3), "communication": "",
         "communication_interaction_strengths": strengths,
         "communication_interaction_need_1": needs[0], "communication_interaction_provision_1": text("F", 0),
         "communication_interaction_outcome_1": text("E", 0),
         "cognition_learning_need_1": needs[1], "cognition_learning_provision_1": text("F", 1),
         "cognition_learning_outcome_1": text("E", 1),
         "semh_need_1": needs[2], "semh_provision_1": text("F", 2), "semh_outcome_1": text("E", 2),
         # Preparing for adulthood (Year 9 on): travel and friendships in rows of their own; the
         # health outcome in the C|G|E table beside the health need it serves.
         "cognition_learning_provision_2": text("F", 3), "cognition_learning_outcome_2": text("E", 4),
         "semh_provision_2": text("F", 4), "semh_outcome_2": text("E", 5),
         "health_care_outcome_1": text("E", 3),
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


def plans():
    """Every sample plan, in order: (month folder, file stem, layout, front matter, sections, planted failures)."""
    rng = random.Random(20251201)
    for i, month in enumerate(MONTHS):
        p_bad = 0.55 - 0.04 * i  # quality improves over the year
        for j in range(rng.randint(6, 10)):
            name = NAMES[(i * 3 + j) % len(NAMES)]
            front, S, bad = plan_content(rng, name, month, p_bad)
            layout = LAYOUTS[(i + j) % len(LAYOUTS)]
            yield f"{month:%Y-%m}", f"plan-{j + 1:02d}-{name.lower()}", layout, front, S, bad
        if f"{month:%Y-%m}" in INADEQUATE_MONTHS:  # its own random stream: other plans unchanged
            used = {NAMES[(i * 3 + k) % len(NAMES)] for k in range(j + 1)}
            name = next(n for n in NAMES if n not in used)
            front, S, bad = plan_content(random.Random(f"inadequate-{month:%Y-%m}"), name, month, 1.0,
                                         every_failure=True)
            yield (f"{month:%Y-%m}", f"plan-{j + 2:02d}-{name.lower()}", INADEQUATE_MONTHS[f"{month:%Y-%m}"],
                   front, S, bad)


def _fixed_times(path: Path) -> None:
    """Rewrite a .docx with fixed zip timestamps, so regenerating unchanged plans changes no bytes."""
    with zipfile.ZipFile(path) as z:
        members = [(i, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in members:
            fixed = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 0, 0, 0))
            fixed.compress_type, fixed.external_attr = zipfile.ZIP_DEFLATED, info.external_attr
            z.writestr(fixed, data)


def write_plan(front: dict, S: dict, folder: Path, stem: str, layout: str) -> Path:
    """Write one plan in ``layout`` ("md", "national" or a write_docx layout); return its path."""
    if layout == "md":
        path = folder / f"{stem}.md"
        write_md(front, S, path)
    elif layout == "national":
        path = folder / f"{stem}.docx"
        write_national(front, S, path)
    else:
        path = folder / f"{stem}.docx"
        write_docx(front, S, path, layout)
    if path.suffix == ".docx":
        _fixed_times(path)
    return path


def main() -> None:
    for sub in OUT.glob("20??-??"):
        shutil.rmtree(sub)
    for month, stem, layout, front, S, _bad in plans():
        folder = OUT / month
        folder.mkdir(parents=True, exist_ok=True)
        write_plan(front, S, folder, stem, layout)
    print(f"wrote {sum(1 for _ in OUT.glob('20??-??/*'))} plans in {len(MONTHS)} months to {OUT}")


if __name__ == "__main__":
    main()
