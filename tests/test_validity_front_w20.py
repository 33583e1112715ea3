"""Round 20 (set W), front: classes the tool misread in W's front matter and Section K.

1. A council's service named in the plan's title lines ("Special Educational Needs and Disability
   (SEND) Assessment and Review Service") starts with Section B's title but is no heading: the
   front-matter table below it was read as Section B, so the plan seemed to give no issue date.
2. A Section K title that names its kind outright before a bracketed note ("Social care advice
   (Care Act transition assessment)") meets that kind even when the note reads as another.
"""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from validity_helpers import flagged, run

from ehcaudit.model import AdviceItem
from ehcaudit.reader import read_plan
from ehcaudit.reader.advice import kinds_named, ragged_table_rows
from ehcaudit.reader.headings import classify

SETS = Path(__file__).resolve().parents[1] / "benchmarks" / "validity" / "sets"


# -- 1. a service's name is not a section heading ---------------------------------------------------

@pytest.mark.parametrize("line", [
    "Special Educational Needs (SEN) Statutory Assessment Team",
    "Special Educational Needs and Disabilities Casework Service",
    "Special educational needs Department",
])
def test_a_service_name_is_not_section_b(line):
    assert classify(line, "strong") is None


@pytest.mark.parametrize("line, code", [
    ("Special educational needs (SEN) and disabilities", "B"),   # a gloss, then a connector
    ("Special educational needs", "B"),
    ("Health provision – Community Paediatric Service", "G"),    # a dash: the section's own subtitle
    ("Social care provision provided by the Children with Disabilities Team", "H2"),
])
def test_section_titles_naming_a_service_after_a_connector_stay_headings(line, code):
    assert classify(line, "strong") == code


def _bold_front_plan(tmp_path):
    d = docx.Document()
    for line in ("WESTMOOR BOROUGH COUNCIL", "Special Educational Needs (SEND) Statutory Assessment Service",
                 "Education, Health and Care Plan"):
        d.add_paragraph().add_run(line).bold = True
    t = d.add_table(rows=3, cols=2)
    for row, (label, value) in zip(t.rows, [("Pupil's first name", "Ola"), ("Date this plan was issued", "3 July 2026"),
                                            ("Date of last annual review", "None – first plan")], strict=True):
        row.cells[0].paragraphs[0].add_run(label).bold = True
        row.cells[1].text = value
    d.add_paragraph().add_run("Section B: Special educational needs").bold = True
    d.add_paragraph("Ola finds reading hard.")
    path = tmp_path / "front.docx"
    d.save(path)
    return read_plan(path)


def test_front_table_under_a_service_name_is_front_matter(tmp_path):
    plan = _bold_front_plan(tmp_path)
    assert str(plan.front.date_issued) == "2026-07-03"
    assert not flagged(run(plan, "CA-ANNUAL-REVIEW"))


@pytest.mark.parametrize("name", ["w101.docx", "w104.docx", "w107.docx", "w110.docx"])
def test_set_w_soarbridge_front_matter_is_read(name):
    plan = read_plan(SETS / "W" / "plans" / name)
    assert plan.front.date_issued is not None and plan.front.year_group is not None
    assert not flagged(run(plan, "CA-ANNUAL-REVIEW"))


# -- 2. a title naming its kind before a bracketed note -------------------------------------------

def _item(title: str, kind: str) -> AdviceItem:
    return AdviceItem(kind=kind, title=title, block_id=0, location="-", quote=title)  # type: ignore[arg-type]


def test_social_care_advice_with_a_transition_note_is_social_care():
    item = _item("Social care advice (transition to adult services)", "preparing_for_adulthood")
    assert "social_care" in kinds_named(item)


def test_a_social_care_note_on_other_advice_is_not_social_care():
    # boundary: social care named only inside the brackets
    item = _item("Preparing for adulthood advice (social care to follow)", "preparing_for_adulthood")
    assert "social_care" not in kinds_named(item)


def test_set_w_w204_social_care_advice_counts():
    assert not flagged(run(read_plan(SETS / "W" / "plans" / "w204.docx"), "CA-STATUTORY-ADVICE"))


# -- 3. an advice table nested in one cell, with a row left empty --------------------------------

def _nested_k_plan(tmp_path, rows: list[tuple[str, str, str]]):
    d = docx.Document()
    d.add_paragraph("Date of issue: 2 June 2026")
    outer = d.add_table(rows=2, cols=2)  # the section's letter in the left column, as some councils lay out
    outer.rows[0].cells[0].text = outer.rows[1].cells[0].text = "K"
    outer.rows[0].cells[1].text = "Section K: Advice and information"
    cell = outer.rows[1].cells[1]
    inner = cell.add_table(rows=len(rows) + 1, cols=3)
    for r, values in zip(inner.rows, [("Advice", "Given by", "Date"), *rows], strict=True):
        for c, v in zip(r.cells, values, strict=True):
            c.text = v
    path = tmp_path / "nested.docx"
    d.save(path)
    return read_plan(path)


def test_a_nested_k_table_with_an_empty_row_keeps_its_columns(tmp_path):
    plan = _nested_k_plan(tmp_path, [
        ("Educational advice", "Mr Rowe, SENCo, Hillside School", "4 March 2026"),
        ("Occupational therapy report", "", ""),                       # requested, never filled in
        ("Social care advice", "Family Support Worker, Early Help Team", "9 March 2026"),
    ])
    got = [(a.title, a.date is not None) for a in plan.advice]
    assert ("Social care advice", True) in got, got
    assert ("Occupational therapy report", False) in got, got


def test_an_author_line_with_a_comma_is_not_a_new_row():
    # boundary: after a row with its title only, an author cell holding a title word ("report") but
    # written "service, what" is that row's author, not the next row
    rows = ragged_table_rows(["Advice", "Given by", "Date", "Medical advice",
                              "Psychological advice", "Educational Psychology Service, assessment report",
                              "Educational advice", "Mr Rowe, SENCo", "4 March 2026", "Social care advice"])
    assert rows == ["Medical advice", "Psychological advice – Educational Psychology Service, assessment report",
                    "Educational advice – Mr Rowe, SENCo, 4 March 2026", "Social care advice"], rows


def test_set_w_w208_social_care_advice_is_found():
    plan = read_plan(SETS / "W" / "plans" / "w208.docx")
    assert any(a.kind == "social_care" and a.date is not None for a in plan.advice), plan.advice
    assert not flagged(run(plan, "CA-STATUTORY-ADVICE"))


# -- 4. spelling: the words of hypermobility and fatigue clinics ----------------------------------

@pytest.mark.parametrize("sentence", [
    "The physiotherapist notes frequent shoulder subluxations and arthralgia after PE.",
    "Post-exertional fatigue and dysautonomia mean she paces her day; her Beighton score is 7.",
])
def test_hypermobility_clinic_words_are_not_misspellings(sentence):
    from ehcaudit.language.harper_engine import get_engine  # lazy: the grammar engine, only here
    found = [m.text for m in get_engine().check(sentence + " Staff chekc it.") if m.kind == "spelling"]
    assert found == ["chekc"], found  # the planted slip is still found


# -- 5. grammar: agreement the patterns missed --------------------------------------------------

@pytest.mark.parametrize("text, err", [
    ("The SENCo reported that she like drama best.", "like"),           # no subjunctive for 'like'
    ("Tom's mum and dad thinks the journey is too long.", "thinks"),     # a pair after a possessive
    ("His vision were assessed in May.", "were"),                        # the senses are singular
])
def test_agreement_slips_are_found(text, err):
    from ehcaudit.language.patterns import pattern_issues
    assert err in [i.text for i in pattern_issues(text)], pattern_issues(text)


@pytest.mark.parametrize("text", [
    "The EP recommends that she have a movement break each hour.",     # mandative subjunctive
    "It is vital that he feel safe at lunchtime.",
    "Tom's mum and dad think the journey is too long.",
    "His vision and hearing were assessed in May.",
])
def test_agreement_boundaries_pass(text):
    from ehcaudit.language.patterns import pattern_issues
    assert not [i for i in pattern_issues(text) if i.kind == "grammar"], pattern_issues(text)


def test_set_w_w107_grammar_is_flagged():
    assert flagged(run(read_plan(SETS / "W" / "plans" / "w107.docx"), "LG-GRAMMAR"))
