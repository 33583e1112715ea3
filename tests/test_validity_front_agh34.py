"""Sets AG and AH (round 34), front: the front page typed into the plan's letter-column table, a
plan amended and issued again after its review, a parent named through the child, and the words
a clinic letter uses for a medicine regimen.

1. Reader (front page, CA-ANNUAL-REVIEW): the front-page rows of a two-column plan table whose
   letter column is left blank, each right-hand cell one "Label: value" line ("Date this plan was
   issued: 4 October 2026"), are the front matter. Boundary: "Date of last annual review: none
   yet, first plan" gives no review date, and a plan whose rows give neither date is still red.
   A year of a course named after the course ("supported internship programme, year 1") is not
   a National Curriculum year.
2. Reader (front page, CA-ADVICE-AGE, HC-ADVICE): a plan amended and issued again after its
   annual review ("… (plan amended and reissued on …)") was issued on that later date, and advice
   is aged at it, not at the first plan's date. Boundary: a reissue still to come ("to be
   reissued by …") changes nothing.
3. Reader (Section K, CA-DATED): a parent or carer named by relation through the child ("Amir's
   dad's views", "Views of Lily's foster carer") says who gave the views. Boundary: a
   professional named the same way ("Noah's teacher's views") is not a family member and still
   needs a name.
4. Spelling (LG-SPELLING): the words for how a treatment is given ("polytherapy",
   "monotherapy", "polypharmacy") are correct. Boundary: a slip in the same sentence is reported.
5. Jargon (LG-JARGON): a clinic letter's words for a sign, a state or a step of treatment beside
   the diagnosis ("areflexia", "nyctalopia", "somnolence", "polytherapy", "titrated") are
   technical terms; three of them unexplained is more than the handful an auditor tolerates.
   Boundary: the same words explained in everyday words are not, and the diagnosis's own name
   ("hearing loss", "epilepsy") is not jargon.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import docx
import pytest
from validity_helpers import flagged, run, why

from ehcaudit.reader import read_plan
from ehcaudit.reader.advice import views_author
from ehcaudit.reader.frontmatter import _year_group, reissued_date

# -- 1. the front page in the letter-column table ----------------------------------------------------


def _table_plan(path: Path, front: list[str]) -> Path:
    d = docx.Document()
    d.add_paragraph("Education, Health and Care Plan")
    t = d.add_table(rows=0, cols=2)
    left, right = t.add_row().cells
    left.text, right.text = "Plan", "Details of this plan"
    for line in front:
        _, right = t.add_row().cells
        right.text = line
    for code, text in (("A", "Views, interests and aspirations"), ("B", "Special educational needs")):
        left, right = t.add_row().cells
        left.text, right.text = code, text
        _, right = t.add_row().cells
        right.text = "Rosa likes drawing horses and wants to work with animals when she is older."
    d.save(path)
    return path


@pytest.mark.parametrize(("line", "issued"), [
    ("Date this plan was issued: 4 October 2026", dt.date(2026, 10, 4)),
    ("Date of issue: 12/06/2026", dt.date(2026, 6, 12)),
    ("Plan finalised: 30 April 2026", dt.date(2026, 4, 30)),
])
def test_front_rows_beside_a_blank_letter_cell_are_read(tmp_path, line, issued):
    plan = read_plan(_table_plan(tmp_path / "p.docx", ["Name: Rosa", "School year: Year 3", line,
                                                         "Date of last annual review: None yet, this is Rosa's first plan"]))
    assert plan.front.date_issued == issued
    assert plan.front.last_review is None
    assert plan.front.year_group == 3
    res = run(plan, "CA-ANNUAL-REVIEW")
    assert not flagged(res), why(res)


def test_front_rows_with_neither_date_still_flagged(tmp_path):
    plan = read_plan(_table_plan(tmp_path / "p.docx", ["Name: Rosa", "Date of last annual review: None yet, first plan"]))
    assert plan.front.date_issued is None
    assert flagged(run(plan, "CA-ANNUAL-REVIEW"))


@pytest.mark.parametrize(("value", "year"), [
    ("Post-19: supported internship programme, year 1", 14),
    ("Post-16 college (study programme: Year 2)", 12),
    ("Year 10", 10),
    ("Post-16 (Year 12)", 12),
])
def test_a_course_year_named_after_the_course_is_not_a_school_year(value, year):
    assert _year_group(value) == year


# -- 2. a plan amended and issued again after its review ---------------------------------------------

def _reissued_plan(tmp_path, review_line: str, medical_date: str):
    p = tmp_path / "plan.md"
    p.write_text(
        "Plan finalised: 10 June 2021\n\n"
        f"Last annual review: {review_line}\n\n"
        "# Section A: Views, interests and aspirations\n\nTomas likes buses and maps.\n\n"
        "# Section K: Advice and information\n\n"
        "- Views of the child – Tomas, with his teaching assistant – 2 June 2026\n"
        "- Educational advice – Ms P. Reid, SENCo, Brookfield School – 5 June 2026\n"
        "- Psychological advice – Dr K. Amin, Educational Psychologist – 1 May 2026\n"
        f"- Medical advice – Dr J. Hale, Consultant Community Paediatrician – {medical_date}\n"
        "- Social care advice – Ms R. Obi, Social Worker, Children with Disabilities Team – 3 June 2026\n",
        encoding="utf-8")
    return read_plan(p)


@pytest.mark.parametrize("review_line", [
    "24 June 2026 (plan amended and reissued on 9 September 2026)",
    "24 June 2026; amended plan issued 9 September 2026",
    "24/06/2026, re-issued 09/09/2026",
])
def test_advice_is_aged_at_the_reissue(tmp_path, review_line):
    plan = _reissued_plan(tmp_path, review_line, "20 February 2023")
    assert plan.front.date_issued == dt.date(2026, 9, 9)
    for cid in ("CA-ADVICE-AGE", "HC-ADVICE"):
        res = run(plan, cid)
        assert flagged(res), (cid, why(res))


def test_recent_medical_advice_at_a_reissue_passes(tmp_path):
    plan = _reissued_plan(tmp_path, "24 June 2026 (plan amended and reissued on 9 September 2026)", "8 May 2026")
    for cid in ("CA-ADVICE-AGE", "HC-ADVICE"):
        res = run(plan, cid)
        assert not flagged(res), (cid, why(res))


@pytest.mark.parametrize("value", [
    "24 June 2026; amended plan to be reissued by 1 October 2026",
    "24 June 2026 (amended following the review)",
    "24 June 2026",
])
def test_no_reissue_date(value):
    assert reissued_date(value) is None


# -- 3. a parent named through the child --------------------------------------------------------------

@pytest.mark.parametrize(("title", "who"), [
    ("Amir's dad's views", "Amir's dad"),
    ("Views of Lily\u2019s foster carer", "Lily\u2019s foster carer"),
    ("Noah's grandparents' views", "Noah's grandparents"),
    ("Advice from Ella's mother", "Ella's mother"),
])
def test_a_relation_named_through_the_child_is_the_giver(title, who):
    assert views_author(title) == who


@pytest.mark.parametrize("title", ["Noah's teacher's views", "Views of Ella's key worker", "Dr Lee's advice"])
def test_a_professional_named_through_the_child_is_not(title):
    assert views_author(title) is None


def test_relation_views_are_attributed_in_k(tmp_path):
    p = tmp_path / "plan.md"
    p.write_text("Date of issue: 2 June 2026\n\n# Section K: Advice and information\n\n"
                 "- Amir's mum's views: 14 May 2026\n"
                 "- Educational advice – Mr D. Shaw, Class Teacher, Hill Primary – 10 May 2026\n", encoding="utf-8")
    plan = read_plan(p)
    res = run(plan, "CA-DATED")
    assert not flagged(res), why(res)


# -- 4. a medicine regimen's words ----------------------------------------------------------------------

def _spelling(text: str) -> list[str]:
    from ehcaudit.language.harper_engine import get_engine  # lazy: the grammar engine, only here
    return [m.text for m in get_engine().check(text) if m.kind == "spelling"]


@pytest.mark.parametrize("sentence", [
    "Polytherapy with two anti-seizure medicines has reduced her seizures.",
    "He moved from polytherapy to monotherapy in the spring.",
    "The pharmacist reviews his polypharmacy every six months.",
])
def test_regimen_words_are_spelled_right(sentence):
    assert _spelling(sentence + " Staff chekc it.") == ["chekc"]


# -- 5. a clinic letter's words for signs, states and treatment steps -----------------------------------

def _jargon_plan(tmp_path, text: str):
    p = tmp_path / "plan.md"
    p.write_text("Date of issue: 2 June 2026\n\n# Section C: Health needs\n\n"
                 f"Milo enjoys swimming and trains. {text}\n", encoding="utf-8")
    return read_plan(p)


@pytest.mark.parametrize("text", [
    "He has epilepsy. Monotherapy failed, so polytherapy began; doses are titrated in clinic. "
    "Somnolence follows each seizure.",
    "He has a progressive eye condition with nyctalopia. Areflexia was found at the last review. "
    "Hyperreflexia was noted in the legs.",
])
def test_clinic_words_unexplained_are_flagged(tmp_path, text):
    res = run(_jargon_plan(tmp_path, text), "LG-JARGON")
    assert flagged(res), why(res)


def test_clinic_words_explained_pass(tmp_path):
    text = ("He has epilepsy. Polytherapy (taking more than one medicine together) began in May. "
            "Somnolence (a deep, heavy sleepiness) follows each seizure. Nyctalopia (poor sight in the dark) "
            "makes winter evenings hard.")
    res = run(_jargon_plan(tmp_path, text), "LG-JARGON")
    assert not flagged(res), why(res)
    assert not any(f.kind == "issue" for f in res.findings), why(res)


def test_a_diagnosis_name_is_not_jargon(tmp_path):
    res = run(_jargon_plan(tmp_path, "He has epilepsy and a moderate hearing loss in both ears."), "LG-JARGON")
    assert not any(f.kind == "issue" for f in res.findings), why(res)
