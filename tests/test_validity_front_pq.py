"""Sets P and Q: front-matter and Section K classes (round 13).

1. The plan's issue date under a label that says when the plan began or took effect: "Plan start
   date", "Start date", "EHCP effective from", "Date plan agreed" (not a start at a school or
   setting, "Placement start date").
2. One label for two facts, its value split the same way: "Age / year of study | 17 / Year 12";
   and a year of a course ("year 4 of further education") is not a National Curriculum year.
3. The young person's views addressed to them: "Your views" is the child's or young person's own
   advice, whoever helped write it down.
4. A health body's agreement to the provision ("I confirm that the health provision in Section G
   has been agreed. Dr …, Designated Medical Officer") is a sign-off, not an advice item.
5. A joint advice item meets each kind its title names ("Educational and preparing for adulthood
   advice" is both the educational and the preparing for adulthood advice).
6. Spelling: the eating-disorder family of clinical words ("anorexia nervosa") and the access
   arrangement "scribing" are words, not misspellings.

Each class has new wording of our own plus the set's wording in exact form; the set plans are
read whole too, and the annual review criterion is run through the CLI.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from cli_inprocess import run_cli
from validity_helpers import flagged, run

from ehcaudit.model import AdviceItem
from ehcaudit.reader import advice as adv
from ehcaudit.reader import read_plan
from ehcaudit.reader.frontmatter import build_front, pairs_from_text

SETS = Path(__file__).resolve().parents[1] / "benchmarks" / "validity" / "sets"


def _front(text: str):
    return build_front(pairs_from_text(text))


# -- 1. the day the plan began ---------------------------------------------------------------------

@pytest.mark.parametrize("text, when", [
    # the set's wording (p102-p112)
    ("Plan start date: 3 November 2026", dt.date(2026, 11, 3)),
    ("Plan start date: 1 September 2026", dt.date(2026, 9, 1)),
    # our own wording
    ("Start date: 04/03/2026", dt.date(2026, 3, 4)),
    ("EHCP start date: 4 March 2026", dt.date(2026, 3, 4)),
    ("Plan effective from: 4th March 2026", dt.date(2026, 3, 4)),
    ("Date plan started: 4 Mar 2026", dt.date(2026, 3, 4)),
    ("Date EHCP was agreed: 04.03.2026", dt.date(2026, 3, 4)),
    ("Plan commencement date: 4 March 2026", dt.date(2026, 3, 4)),
])
def test_plan_start_labels_give_the_issue_date(text, when):
    assert _front(text).date_issued == when


@pytest.mark.parametrize("text", [
    "Placement start date: 1 September 2026",
    "Start date at school: 1 September 2026",
    "Date started at setting: 1 September 2026",
])
def test_a_start_at_a_school_is_not_the_plan_date(text):
    assert _front(text).date_issued is None


def test_start_date_with_a_later_review():
    # the set's wording (p101): the plan began in 2023 and was last reviewed in October 2025
    fm = _front("Plan start date: 6 January 2023\nMost recent review: 21 October 2025")
    assert (fm.date_issued, fm.last_review) == (dt.date(2023, 1, 6), dt.date(2025, 10, 21))


# -- 2. one label for two facts --------------------------------------------------------------------

@pytest.mark.parametrize("text, age, year", [
    # the set's wording (q202, q201)
    ("Age / year of study: 17 / Year 12 (first year of college)", 17, 12),
    ("Age / year of study: 19 / Supported internship (post-16, year 4 of further education)", 19, 12),
    # our own wording
    ("Age and year group: 9 / Year 4", 9, 4),
    ("Age / NC year: 13 / 8", 13, 8),
])
def test_joint_label_gives_both(text, age, year):
    fm = _front(text)
    assert (fm.age, fm.year_group) == (age, year)


@pytest.mark.parametrize("value, year", [
    ("Post-19 (Year 15) – year 1 of a 3-year study programme", 14),   # the set's wording (q111)
    ("Post-16, year 2 of her apprenticeship", 12),                     # ours
    ("Year 13, year 1 of a two-year college course", 13),              # ours
])
def test_a_year_of_a_course_is_not_a_curriculum_year(value, year):
    assert _front(f"Curriculum year: {value}").year_group == year


# -- 3-5. Section K ------------------------------------------------------------------------------

@pytest.mark.parametrize("title", ["Your views", "Your own views", "My views", "Ellie's views"])
def test_your_views_are_the_young_persons(title):
    assert adv.advice_kind(title, "Ellis, with Mr Kent (tutor)") == "parent_young_person"


@pytest.mark.parametrize("text", [
    # the set's wording (p203, p209)
    "I confirm that the health provision in Section G has been agreed. Dr Alan Fenwick, Designated Medical "
    "Officer (DMO), Seabourne Integrated Care Board, 9 July 2026.",
    "Health provision in Section G agreed by Dr Helen Marsh, Designated Medical Officer (DMO), Seabourne "
    "Integrated Care Board, 14 August 2026.",
    # our own wording
    "The Designated Clinical Officer confirms the ICB will arrange the provision set out in Section G – "
    "Jo Pike, DCO, 3 May 2026",
    "Provision in sections G and H1 approved: Dr R Lamb (DMO), 02/05/2026",
])
def test_provision_agreement_is_a_signoff(text):
    assert adv.is_signoff(text)


@pytest.mark.parametrize("text", [
    "Medical advice – Dr Kiran Shah, GP – 4 March 2026",
    "Paediatric report agreed with parents – Dr Shah – 4 March 2026",
])
def test_advice_lines_are_not_signoffs(text):
    assert not adv.is_signoff(text)


def _item(title: str, author: str = "Ben Foster, tutor") -> AdviceItem:
    return AdviceItem(kind=adv.advice_kind(title, author), title=title, author=author, date=dt.date(2026, 3, 20),
                      quote=title, location="K", block_id=1)


@pytest.mark.parametrize("title, kinds", [
    ("Educational and preparing for adulthood advice", {"educational", "preparing_for_adulthood"}),  # p108
    ("Health and social care advice", {"health", "social_care"}),                                     # ours
    ("School / careers advice", {"educational", "preparing_for_adulthood"}),                          # ours
])
def test_joint_items_meet_each_kind(title, kinds):
    assert kinds <= adv.kinds_named(_item(title))


def test_one_kind_is_not_widened():
    # "Educational psychology advice" is the psychologist's, not the school's too
    assert adv.kinds_named(_item("Educational psychology advice", "Dr N Osei")) == {"psychological"}
    assert adv.kinds_named(_item("Speech and language therapy advice", "SLT")) == {"health"}


# -- the set plans, read whole ---------------------------------------------------------------------

@pytest.mark.parametrize("name, issued, reviewed", [
    ("P/plans/p101.docx", dt.date(2023, 1, 6), dt.date(2025, 10, 21)),
    ("P/plans/p102.docx", dt.date(2026, 11, 3), None),    # table
    ("P/plans/p107.docx", dt.date(2026, 7, 10), None),    # lines
    ("P/plans/p112.docx", dt.date(2026, 9, 1), None),
])
def test_set_p_front_matter(name, issued, reviewed):
    fm = read_plan(SETS / name).front
    assert (fm.date_issued, fm.last_review) == (issued, reviewed)


def test_set_q_joint_age_and_year():
    fm = read_plan(SETS / "Q/plans/q201.docx").front
    assert fm.age == 19 and fm.year_group is not None and fm.year_group >= 12


@pytest.mark.parametrize("name, cid", [
    ("P/plans/p108.docx", "CA-STATUTORY-ADVICE"),   # "Educational and preparing for adulthood advice"
    ("P/plans/p209.docx", "CA-STATUTORY-ADVICE"),   # "Your views" with the parents' views
    ("P/plans/p210.docx", "CA-STATUTORY-ADVICE"),
    ("P/plans/p203.docx", "CA-DATED"),              # the DMO's sign-off is not an undated advice
    ("P/plans/p101.docx", "CA-ADVICE-AGE"),         # advice gathered for the October 2025 review
])
def test_set_p_sound_advice_not_flagged(name, cid):
    assert not flagged(run(read_plan(SETS / name), cid))


def test_signoff_is_not_an_advice_item():
    plan = read_plan(SETS / "P/plans/p209.docx")
    assert not any("Section G agreed" in i.title for i in plan.advice)


@pytest.mark.parametrize("name, is_flagged", [
    ("P/plans/p102.docx", False),   # plan start date 3 November 2026, first plan
    ("P/plans/p106.docx", False),   # plan start date 22 June 2026
    ("P/plans/p101.docx", True),    # started January 2023, last reviewed 21 October 2025
])
def test_annual_review_through_the_cli(name, is_flagged):
    # the CLI's own code in this process (tests/cli_inprocess.py), as the other validity tests do
    out = run_cli("score", SETS / name, "--format", "json", "--as-of", "2026-12-01", "--area", "currency")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    res = next(r for r in data["plans"][0]["criteria"] if r["id"] == "CA-ANNUAL-REVIEW")
    assert (res["rag"] in ("amber", "red")) is is_flagged, res


# -- 6. spelling ---------------------------------------------------------------------------------

@pytest.mark.parametrize("word", ["nervosa", "ARFID", "amenorrhoea", "scribing", "scribed"])
def test_vocabulary_words_are_listed(word):
    from ehcaudit.language.base import BUNDLED_VOCABULARIES  # lazy: test of the data files only
    data = Path(__file__).resolve().parents[1] / "src" / "ehcaudit" / "data"
    words = {ln.strip() for f in BUNDLED_VOCABULARIES for ln in (data / f).read_text().splitlines()}
    assert word in words


# -- 7. readability: sentences written in professional shorthand ---------------------------------

def _plan_with(tmp_path, a_lines: list[str], e_lines: list[str]) -> Path:
    docx = pytest.importorskip("docx")
    d = docx.Document()
    d.add_paragraph("Education, Health and Care Plan")
    d.add_paragraph("Section A: Views, interests and aspirations")
    for ln in a_lines:
        d.add_paragraph(ln)
    d.add_paragraph("Section B: Special educational needs")
    d.add_paragraph("Sam finds it hard to read long words and to stay calm when the room is noisy.")
    d.add_paragraph("Section E: Outcomes")
    for ln in e_lines:
        d.add_paragraph(ln)
    f = tmp_path / "plan.docx"
    d.save(f)
    return f


_PLAIN_A = ["Sam loves football and drawing cartoons with his big sister at the kitchen table.",
            "He wants to work with animals when he leaves school, maybe at a farm or a zoo.",
            "His mum says he is kind and funny and always helps his little brother get ready.",
            "He likes his teaching assistant, who helps him with reading in small groups."]
_PLAIN_E = ["By July 2027, Sam will read a short book on his own and tell an adult what happened in it.",
            "By July 2027, Sam will ask for a break when the room gets too loud, on most days."]


@pytest.mark.parametrize("extra_a, extra_e, is_flagged", [
    # our own wording: two sentences each with three or more abbreviations
    (["Per the MDT, Sam's ASC and SPD profile means he needs OT input."],
     ["Sam will use his AAC with LSA support in PSHE and reduce C3 incidents logged on CPOMS."], True),
    # the set's wording (q210), with our plain sentences around it
    (["Mum's aspiration is for H to transition to FE at KS5 on a L2 motor vehicle programme and to secure "
      "L2 E&M.", "Mum reports H presents with EBSA-type behaviours and the EWO and SLT have been involved."],
     [], True),
    # one such sentence, or abbreviations every family reads or spelled out: not flagged
    (["Per the MDT, Sam's ASC and SPD profile means he needs OT input."], [], False),
    (["Sam wants to take his GCSEs and his TA helps him with ADHD strategies at the NHS clinic."],
     ["Sam will see the speech and language therapist (SLT) and occupational therapist (OT) each term."], False),
    ([], [], False),
])
def test_shorthand_sentences_cap_readability(tmp_path, extra_a, extra_e, is_flagged):
    plan = read_plan(_plan_with(tmp_path, _PLAIN_A + extra_a, _PLAIN_E + extra_e))
    assert flagged(run(plan, "LG-READABILITY")) is is_flagged


@pytest.mark.parametrize("name, is_flagged", [
    ("Q/plans/q210.docx", True),    # "to transition to FE at KS5 ... L2 E&M"; "C3+ incidents on the BfL ladder"
    ("N/plans/n204.docx", True),    # "bilateral CIs and a Roger FM ... BSL"
    ("L/plans/l110.docx", False),   # a heading in capitals is not shorthand
])
def test_set_shorthand_readability(name, is_flagged):
    assert flagged(run(read_plan(SETS / name), "LG-READABILITY")) is is_flagged
