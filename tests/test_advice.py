"""Section K advice items: kinds, authors, dates, in table and paragraph form."""

from __future__ import annotations

import datetime as dt

import pytest

from ehcaudit.reader import read_plan
from ehcaudit.reader.advice import advice_kind, split_item


@pytest.mark.parametrize("title, author, kind", [
    ("Educational psychology advice", None, "psychological"),
    ("Advice", "Dr Amy Clark, Educational Psychologist", "psychological"),
    ("EP report", None, "psychological"),
    ("Educational advice", "SENCO", "educational"),
    ("School advice", None, "educational"),
    ("Nursery report", None, "educational"),
    ("College advice", None, "educational"),
    ("Paediatric advice", None, "health"),
    ("Speech and language therapy advice", None, "health"),
    ("SALT report", None, "health"),
    ("OT assessment", None, "health"),
    ("CAMHS letter", None, "health"),
    ("Medical advice", None, "health"),
    ("Advice", "DMO", "health"),
    ("Health visitor report", None, "health"),
    ("Social care advice", None, "social_care"),
    ("Report", "Jo Evans, Social Worker", "social_care"),
    ("Children's services assessment", None, "social_care"),
    ("Parent views", None, "parent_young_person"),
    ("Views of the young person", None, "parent_young_person"),
    ("Carer contribution", None, "parent_young_person"),
    ("Preparing for adulthood advice", None, "preparing_for_adulthood"),
    ("Careers advice", "school careers adviser", "preparing_for_adulthood"),
    ("PfA review", None, "preparing_for_adulthood"),
    ("Transition plan", None, "preparing_for_adulthood"),
    ("Hearing impairment team advice", None, "educational"),
    ("Advice", "QTVI, Sensory Service", "educational"),
    ("Portage report", None, "educational"),
    ("Virtual School advice", None, "educational"),
    ("Youth Offending Team report", None, "social_care"),
    ("Audiology report", None, "health"),
    ("Housing letter", None, "other"),
])
def test_kinds(title, author, kind):
    assert advice_kind(title, author) == kind


@pytest.mark.parametrize("text, title, author, date, date_text", [
    ("Educational psychology advice – Dr Amy Clark, Educational Psychologist, 12/03/2026",
     "Educational psychology advice", "Dr Amy Clark, Educational Psychologist", dt.date(2026, 3, 12), "12/03/2026"),
    ("Paediatric advice from Dr N Shah (Community Paediatrician), dated 3 January 2024",
     "Paediatric advice", "Dr N Shah (Community Paediatrician)", dt.date(2024, 1, 3), "3 January 2024"),
    ("Speech and language therapy advice – Ms R Hughes, Speech and Language Therapist",
     "Speech and language therapy advice", "Ms R Hughes, Speech and Language Therapist", None, None),
    ("Parental advice, 12/03/2026", "Parental advice", None, dt.date(2026, 3, 12), "12/03/2026"),
    ("Social care advice", "Social care advice", None, None, None),
    ("School report: Mr Patel (SENCO), received March 2026", "School report", "Mr Patel (SENCO)",
     dt.date(2026, 3, 1), "March 2026"),
    ("1. Parent views – Ms Lee, 10/01/2026", "Parent views", "Ms Lee", dt.date(2026, 1, 10), "10/01/2026"),
    ("Appendix 3: Educational psychology advice – Dr X, 12.03.26", "Educational psychology advice", "Dr X",
     dt.date(2026, 3, 12), "12.03.26"),
    ("Report from Dr Amy Clark, Educational Psychologist (12 March 2026)", "Report",
     "Dr Amy Clark, Educational Psychologist", dt.date(2026, 3, 12), "12 March 2026"),
    ("Educational advice (Oakfield Primary School) 15/01/2026", "Educational advice", "Oakfield Primary School",
     dt.date(2026, 1, 15), "15/01/2026"),
])
def test_paragraph_form(text, title, author, date, date_text):
    assert split_item(text) == (title, author, date, date_text)


def test_table_with_other_column_order(tmp_path):
    p = tmp_path / "k.md"
    p.write_text(
        "# Section K: Advice and information\n"
        "The following advice was gathered:\n\n"
        "| Date | Provided by | Type of advice |\n|---|---|---|\n"
        "| 05.02.26 | Jo Evans, Social Worker | Social care advice |\n"
        "| | | Medical advice |\n"
        "| 1st Sept 2025 | | Parent views |\n"
    )
    plan = read_plan(p)
    got = [(a.kind, a.title, a.author, a.date) for a in plan.advice]
    assert got == [
        ("social_care", "Social care advice", "Jo Evans, Social Worker", dt.date(2026, 2, 5)),
        ("health", "Medical advice", None, None),
        # the family's own views name their givers in the title, as "Parents' views" does
        ("parent_young_person", "Parent views", "Parent", dt.date(2025, 9, 1)),
    ]
    assert plan.advice[0].location == "Section K, table row 2"
    assert plan.advice[0].quote == "05.02.26 | Jo Evans, Social Worker | Social care advice"
    assert plan.blocks[plan.advice[0].block_id].section == "K"


def test_paragraph_items_skip_introductions(tmp_path):
    p = tmp_path / "k.txt"
    p.write_text(
        "SECTION K: ADVICE AND INFORMATION\n"
        "The following advice and information was considered:\n"
        "Educational psychology advice – Dr Amy Clark, Educational Psychologist, 12/03/2026\n"
        "Paediatric advice from Dr N Shah (Community Paediatrician), dated 3 January 2024\n"
        "To follow.\n"
    )
    plan = read_plan(p)
    assert [a.kind for a in plan.advice] == ["psychological", "health"]
    assert plan.advice[1].location == "Section K, paragraph 3"
    assert plan.advice[1].quote.startswith("Paediatric advice from")


def test_table_without_author_column_and_dates_in_the_author_cell(tmp_path):
    p = tmp_path / "k.md"
    p.write_text(
        "# Section K: Advice and information\n\n"
        "| Advice | Date |\n|---|---|\n"
        "| Educational psychology advice – Dr Amy Clark, Educational Psychologist | 12/03/2026 |\n\n"
        "| Advice | Who from |\n|---|---|\n"
        "| Medical advice | Dr N Shah, Community Paediatrician, dated 3 January 2024 |\n"
    )
    plan = read_plan(p)
    got = [(a.kind, a.title, a.author, a.date) for a in plan.advice]
    assert got == [
        ("psychological", "Educational psychology advice", "Dr Amy Clark, Educational Psychologist", dt.date(2026, 3, 12)),
        ("health", "Medical advice", "Dr N Shah, Community Paediatrician", dt.date(2024, 1, 3)),
    ]
    assert plan.advice[1].location == "Section K, table 2, row 2"


def test_item_spread_over_lines(tmp_path):
    p = tmp_path / "k.txt"
    p.write_text(
        "Section K: Advice and information\n"
        "Educational psychology advice\n"
        "Dr Amy Clark, Educational Psychologist\n"
        "12/03/2026\n"
        "Speech and language therapy advice – Ms R Hughes\n"
        "To follow.\n"
        "Medical advice\n"
        "3 January 2024\n"
    )
    plan = read_plan(p)
    got = [(a.kind, a.title, a.author, a.date) for a in plan.advice]
    assert got == [
        ("psychological", "Educational psychology advice", "Dr Amy Clark, Educational Psychologist", dt.date(2026, 3, 12)),
        ("health", "Speech and language therapy advice", "Ms R Hughes", None),
        ("health", "Medical advice", None, dt.date(2024, 1, 3)),
    ]
    assert plan.advice[0].quote == "Educational psychology advice / Dr Amy Clark, Educational Psychologist / 12/03/2026"


def test_multi_line_cell_in_label_table(tmp_path):
    p = tmp_path / "k.md"
    p.write_text("| Section K | Educational psychology advice<br>Dr Amy Clark<br>12/03/2026 |\n|---|---|\n")
    plan = read_plan(p)
    assert [(a.title, a.author, a.date) for a in plan.advice] == [
        ("Educational psychology advice", "Dr Amy Clark", dt.date(2026, 3, 12))]


def test_table_with_name_and_role_columns(tmp_path):
    p = tmp_path / "k.md"
    p.write_text(
        "# Section K: Advice and information\n\n"
        "| Name of professional | Role | Date of advice | Report title |\n|---|---|---|---|\n"
        "| Dr Amy Clark | Educational Psychologist | 12/03/2026 | Psychological advice |\n"
        "| | Community Paediatrician | | Report |\n"
    )
    plan = read_plan(p)
    got = [(a.kind, a.title, a.author, a.date) for a in plan.advice]
    assert got == [
        ("psychological", "Psychological advice", "Dr Amy Clark, Educational Psychologist", dt.date(2026, 3, 12)),
        ("health", "Report", "Community Paediatrician", None),
    ]


def test_tab_aligned_columns_in_word(tmp_path):
    import docx

    d = docx.Document()
    d.add_heading("Section K: Advice and information", 1)
    d.add_paragraph("Educational psychology advice\tDr Amy Clark\t12/03/2026")
    path = tmp_path / "k.docx"
    d.save(path)
    plan = read_plan(path)
    a = plan.advice[0]
    assert (a.title, a.author, a.date) == ("Educational psychology advice", "Dr Amy Clark", dt.date(2026, 3, 12))
    assert a.quote == "Educational psychology advice Dr Amy Clark 12/03/2026"


@pytest.mark.parametrize("text", [
    "All advice is appended to this plan.",
    "The following advice and information was considered:",
    "Copies of the reports are available from the SEN team.",
    "Reports are appended to this plan.",
    "To follow.",
    "Please see the appendices.",
])
def test_sentences_about_advice_are_not_items(text):
    from ehcaudit.reader.advice import looks_like_item

    assert not looks_like_item(text)


@pytest.mark.parametrize("text", [
    "Speech and language therapy advice – Ms R Hughes",
    "Parental advice",
    "Medical advice from Dr N Shah was received on 3 January 2024.",
    "Educational psychology report",
])
def test_items_are_items(text):
    from ehcaudit.reader.advice import looks_like_item

    assert looks_like_item(text)


def test_role_typed_in_the_date_column(tmp_path):
    p = tmp_path / "k.md"
    p.write_text(
        "# Section K: Advice and information\n\n"
        "| Advice | Date received | Who from |\n|---|---|---|\n"
        "| Educational psychology advice | Educational Psychologist | Dr A Clark |\n"
        "| Medical advice | Awaited | Dr N Shah |\n"
    )
    plan = read_plan(p)
    # "Awaited" in the date column: an advice not yet received is a missing advice, not an item
    # (reader/advice.py not_received; CA-STATUTORY-ADVICE and HC-ADVICE report it)
    assert [(a.author, a.date) for a in plan.advice] == [("Dr A Clark, Educational Psychologist", None)]
