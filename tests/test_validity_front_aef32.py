"""Sets AE and AF (round 32), front: a section's title typed over its content beside the section's
letter, a report's phrase in the first person, and one service's report that never came.

1. Reader (letter-column layout): a row whose left cell is the section's letter alone ("K") and
   whose right cell opens with the section's own title ("Advice and information", "Health
   provision", "Social care provision (Chronically Sick and Disabled Persons Act 1970)") and then
   the content: the title is the section's heading, never a line of content a check judges (an
   undated advice item for CA-DATED, a provision for the provision checks). Boundary: a cell that
   opens with a sub-heading of the section ("F2 Reading and spelling") or with content keeps it,
   and an undated advice item under the title is still reported.
2. Readability: a clinical report's phrase is the same register in any person, tense and
   determiner ("I present with ...", "presenting with", "consistent with his diagnosis of").
   Boundary: one such phrase in a sentence otherwise written for the family is not clinical.
3. Statutory advice: a note that one more service's report was requested and never came ("Child
   and adolescent mental health service report: requested, not received") does not unmake the
   medical advice listed as received under its own name. Boundary: the medical advice itself
   requested and never received is still missing beside a therapy report.
"""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx_builders import front_matter
from validity_helpers import flagged, run, why

from ehcaudit.reader import read_plan

SETS = Path(__file__).resolve().parents[1] / "benchmarks" / "validity" / "sets"

_ADVICE = ["Views of the child – Priya, with her key worker – 4 May 2026",
           "Parental advice – Mrs D. Okafor, Priya's mother – 6 May 2026",
           "Educational advice – Mr L. Brandt, SENCo, Elmfield Primary – 11 May 2026",
           "Psychological advice – Dr S. Varga, Educational Psychologist – 15 May 2026",
           "Medical advice – Dr H. Lund, Community Paediatrician – 20 May 2026",
           "Social care advice – Ms C. Abara, Social Worker, Disabled Children's Team – 22 May 2026"]


def _letter_plan(path: Path, rows: list[tuple[str, list[str]]], bold_title: bool = True) -> Path:
    """A two-column plan table: the section's letter on the left, on the right its title (bold,
    as the council types it) over the section's content in the same cell."""
    d = docx.Document()
    front_matter(d)
    t = d.add_table(rows=0, cols=2)
    for code, lines in rows:
        left, right = t.add_row().cells
        left.text = code
        right.paragraphs[0].add_run(lines[0]).bold = bold_title
        for line in lines[1:]:
            right.add_paragraph(line)
    d.save(path)
    return path


_SECTIONS = [
    ("A", ["Views, interests and aspirations", "Priya loves painting and wants to be a vet."]),
    ("B", ["Special educational needs", "Priya finds it hard to follow long spoken instructions."]),
    ("E", ["Outcomes", "By July 2027, Priya will follow a two-step instruction in class."]),
    ("F", ["Special educational provision", "Small-group language sessions, 3 times a week for 20 minutes."]),
    ("G", ["Health provision", "Reviews with the community paediatrician every 6 months."]),
    ("H1", ["Social care provision (Chronically Sick and Disabled Persons Act 1970)", "None."]),
    ("H2", ["Other social care provision", "None."]),
]


# -- 1. the section's title over its content beside the letter ----------------------------------------

@pytest.mark.parametrize("title", ["Advice and information", "Advice and information received",
                                   "Section K Advice and information"])
def test_the_title_over_the_advice_list_is_not_an_advice_item(tmp_path, title):
    plan = read_plan(_letter_plan(tmp_path / "p.docx", _SECTIONS + [("K", [title] + _ADVICE)]))
    assert [a.title for a in plan.advice][:2] == ["Views of the child", "Parental advice"], plan.advice
    assert not any("information" in a.title.lower() for a in plan.advice), plan.advice
    res = run(plan, "CA-DATED")
    assert not flagged(res), why(res)


def test_the_title_is_the_section_heading_in_every_section(tmp_path):
    plan = read_plan(_letter_plan(tmp_path / "p.docx", _SECTIONS + [("K", ["Advice and information"] + _ADVICE)]))
    for code, lines in _SECTIONS:
        texts = [b.text for b in plan.blocks_in(code) if b.kind != "heading"]
        assert texts and all(lines[0] not in t for t in texts), (code, texts)
        assert lines[0] in (plan.section(code).heading or ""), (code, plan.section(code).heading)


def test_the_title_in_plain_type_is_also_the_heading(tmp_path):
    plan = read_plan(_letter_plan(tmp_path / "p.docx", [("K", ["Advice and information"] + _ADVICE)],
                                  bold_title=False))
    assert not any("information" in a.title.lower() for a in plan.advice), plan.advice


def test_a_sub_heading_beside_the_letter_stays_content(tmp_path):
    # boundary: "F2 Reading and spelling" is a sub-heading of F, not F's title; content is content
    rows = [("F", ["Special educational provision", "Provision from September 2026."]),
            ("F", ["F2 Reading and spelling", "Phonics in a group of 3, daily, 15 minutes."]),
            ("G", ["Reviews with the community paediatrician every 6 months.", "Growth checks yearly."])]
    plan = read_plan(_letter_plan(tmp_path / "p.docx", rows))
    f = " ".join(b.text for b in plan.blocks_in("F") if b.kind != "heading")
    assert "F2 Reading and spelling" in f and "Phonics" in f
    g = [b.text for b in plan.blocks_in("G") if b.kind != "heading"]
    assert any(t.startswith("Reviews with the community paediatrician") for t in g), g


def test_an_undated_item_under_the_title_is_still_reported(tmp_path):
    advice = _ADVICE[:4] + ["Medical advice – Dr H. Lund, Community Paediatrician"] + _ADVICE[5:]
    plan = read_plan(_letter_plan(tmp_path / "p.docx", [("K", ["Advice and information"] + advice)]))
    res = run(plan, "CA-DATED")
    assert flagged(res)
    assert [f.quote for f in res.findings if f.kind == "issue"] == [
        "Medical advice – Dr H. Lund, Community Paediatrician"], why(res)


@pytest.mark.parametrize("name", ["af205", "af206", "af208"])
def test_af_letter_column_advice_lists_are_dated(name):
    res = run(read_plan(SETS / "AF" / "plans" / f"{name}.docx"), "CA-DATED")
    assert not flagged(res), why(res)


# -- 2. a report's phrase in any person and tense -----------------------------------------------------

def _a_plan(tmp_path, sentence: str):
    p = tmp_path / "plan.md"
    p.write_text("Date of issue: 2 June 2026\n\n# Section A: Views, interests and aspirations\n\n"
                 f"{sentence} I like football and playing with my cousins at the weekend. "
                 "I want to be a chef when I grow up and I help my dad cook on Sundays. "
                 "My favourite lesson is art because we get to paint and use clay.\n", encoding="utf-8")
    return read_plan(p)


@pytest.mark.parametrize("sentence", [
    "I present with dysregulated behaviour consistent with my diagnosis of autism.",
    "We presented with heightened anxiety secondary to a change of school.",
    "Presenting with perseverative interests, I am consistent with their diagnosis of autism.",
    "I presented as avoidant on observation in the classroom.",
])
def test_a_first_person_report_sentence_is_clinical(tmp_path, sentence):
    res = run(_a_plan(tmp_path, sentence), "LG-READABILITY")
    assert flagged(res), why(res)
    assert any("clinical language" in f.message for f in res.findings), why(res)


def test_one_report_phrase_in_a_family_sentence_is_not_clinical(tmp_path):
    # boundary: a single phrase among everyday words does not make the sentence a report
    res = run(_a_plan(tmp_path, "Mum says I present with a big smile when I get home from school."),
              "LG-READABILITY")
    assert not any("clinical language" in f.message for f in res.findings), why(res)


def test_ae205_first_person_report_language_is_flagged():
    res = run(read_plan(SETS / "AE" / "plans" / "ae205.docx"), "LG-READABILITY")
    assert flagged(res), why(res)


# -- 3. one more service's report that never came -----------------------------------------------------

def _k_plan(tmp_path, lines: list[str]):
    p = tmp_path / "plan.md"
    body = "\n".join(f"- {x}" for x in lines)
    p.write_text("Date of issue: 2 June 2026\nNational Curriculum year: 5\n\n"
                 f"# Section K: Advice and information\n\n{body}\n", encoding="utf-8")
    return read_plan(p)


_RECEIVED = ["Parental advice – Mr T. Osei – 3 March 2026",
             "Educational advice – Ms R. Pike, SENCo – 5 March 2026",
             "Psychological advice – Dr J. Moss, Educational Psychologist – 9 March 2026",
             "Social care advice – Mr B. Hale, Social Worker – 12 March 2026"]


@pytest.mark.parametrize("never_came", [
    "Child and adolescent mental health service report – requested 1 February 2026 – not received",
    "Audiology report: requested 14 January 2026, not yet received",
    "Dietitian – requested – not received",
])
def test_another_services_missing_report_does_not_unmake_the_medical_advice(tmp_path, never_came):
    plan = _k_plan(tmp_path, _RECEIVED + ["Medical advice – Dr K. Imran, Consultant Paediatrician – 2 March 2026",
                                          never_came])
    res = run(plan, "CA-STATUTORY-ADVICE")
    assert not flagged(res), why(res)


def test_the_medical_advice_never_received_is_still_missing(tmp_path):
    # boundary: the medical advice itself never came; a therapy report does not stand in for it
    plan = _k_plan(tmp_path, _RECEIVED + ["Medical advice – requested 2 February 2026 – not received",
                                          "Physiotherapy report – Ms A. Grant, Physiotherapist – 1 March 2026"])
    res = run(plan, "CA-STATUTORY-ADVICE")
    assert flagged(res), why(res)


def test_ae211_camhs_never_received_beside_medical_advice():
    res = run(read_plan(SETS / "AE" / "plans" / "ae211.docx"), "CA-STATUTORY-ADVICE")
    assert not flagged(res), why(res)
