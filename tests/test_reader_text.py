"""Plain-text and Markdown plans."""

from __future__ import annotations

import datetime as dt

import pytest

from ehcaudit.errors import PlanReadError
from ehcaudit.reader import read_document, read_plan

MD = """Plan reference: T-001
National Curriculum year: Reception
Age: 5
Date issued: 12/03/2026

# Section A: Views, interests and aspirations
Sam enjoys football.

## Outcomes
1. By July 2027 Sam will count to 20.
- Sam will make a friend.

**Section F**
Sam will have 30 minutes of speech and language therapy weekly.

SECTION H1: SOCIAL CARE PROVISION
Two overnight short breaks.

Social care provision
Early help.

| B – Special educational needs | F – Special educational provision | E – Outcomes |
|---|---|---|
| Sam struggles to listen | Daily listening group | Sam will listen for 5 minutes |

# Section K: Advice and information
| Advice | Who from | Date received |
|---|---|---|
| Educational psychology advice | Dr Amy Clark | 12/03/2026 |
- Medical advice – Dr N Shah, Community Paediatrician
"""


def _write(tmp_path, text, name="plan.md", encoding="utf-8"):
    p = tmp_path / name
    p.write_bytes(text.encode(encoding))
    return p


def test_markdown_plan(tmp_path):
    plan = read_plan(_write(tmp_path, MD))
    assert plan.format == "md"
    assert plan.plan_id == "T-001"
    assert plan.front.year_group == 0 and plan.front.age == 5
    assert plan.front.date_issued == dt.date(2026, 3, 12)
    assert [c for c, s in plan.sections.items() if s.found] == ["A", "B", "E", "F", "H1", "H2", "K"]
    e = plan.blocks_in("E")
    assert [b.kind for b in e][:2] == ["list_item", "list_item"]
    assert e[1].text == "Sam will make a friend."
    assert plan.text_of("H1") == "Two overnight short breaks."
    assert plan.text_of("H2") == "Early help."
    assert plan.threads and plan.threads[0].table == "BFE"
    assert plan.blocks[plan.threads[0].provision[0]].text == "Daily listening group"
    kinds = [(a.kind, a.author, a.date) for a in plan.advice]
    assert kinds == [("psychological", "Dr Amy Clark", dt.date(2026, 3, 12)),
                     ("health", "Dr N Shah, Community Paediatrician", None)]
    # para_ids are line numbers
    lines = MD.split("\n")
    for b in plan.blocks:
        assert b.para_ids and all(0 <= i < len(lines) for i in b.para_ids)
    assert plan.blocks_in("A")[0].para_ids == [6]


def test_plain_text_with_bom_and_cp1252(tmp_path):
    text = "Reference: X-9\nSection A: Views\nSam\u2019s favourite caf\u00e9.\n"
    p1 = tmp_path / "bom.txt"
    p1.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    p2 = _write(tmp_path, text, "ansi.txt", encoding="cp1252")
    for p in (p1, p2):
        plan = read_plan(p)
        assert plan.format == "txt" and plan.plan_id == "X-9"
        assert plan.text_of("A") == "Sam\u2019s favourite caf\u00e9."


def test_utf16_text(tmp_path):
    p = _write(tmp_path, "Section K: Advice and information\nParent views, 1st Sept 2025\n", "u16.txt", "utf-16")
    plan = read_plan(p)
    assert plan.advice[0].date == dt.date(2025, 9, 1)


def test_no_sections_in_text(tmp_path):
    p = _write(tmp_path, "Dear parent,\nThank you for coming.\n", "letter.txt")
    with pytest.raises(PlanReadError) as e:
        read_plan(p)
    assert "no EHC plan sections found" in e.value.reason
    doc = read_document(p)
    assert [b.location for b in doc.blocks] == ["Paragraph 1", "Paragraph 2"]


def test_sentence_with_outcomes_is_not_a_heading(tmp_path):
    p = _write(tmp_path, "# Section B: Needs\nOutcomes are listed later.\nHealth needs: none\nOutcomes\nSam will swim.\n")
    plan = read_plan(p)
    assert plan.text_of("B") == "Outcomes are listed later.\nHealth needs: none"
    assert plan.text_of("E") == "Sam will swim."


def test_need_provision_outcome_headers(tmp_path):
    p = _write(tmp_path, (
        "# Section B: Special educational needs\n"
        "| Need | Provision | Outcome |\n|---|---|---|\n| Listening | Daily group | Listens for 5 minutes |\n"
        "# Section C: Health needs\n"
        "| Need | Provision | Outcomes |\n|---|---|---|\n| Eczema | Cream twice daily | Comfortable skin |\n\n"
        "| Special educational needs | Special educational provision | Outcomes |\n|---|---|---|\n| a | b | c |\n"
    ))
    plan = read_plan(p)
    assert [(t.table, t.row) for t in plan.threads] == [("BFE", 1), ("CGE", 1), ("BFE", 1)]
    assert plan.text_of("G") == "Cream twice daily"
    assert plan.text_of("F") == "Daily group\nb"
    assert [b.text for b in plan.blocks_in("B")] == ["Listening", "a"]


def test_option_columns_are_not_sections(tmp_path):
    p = _write(tmp_path, "# Section A: Views\n| A | B | C |\n|---|---|---|\n| yes | no | maybe |\n")
    plan = read_plan(p)
    assert [c for c, s in plan.sections.items() if s.found] == ["A"]


def test_numbered_section_headings(tmp_path):
    p = _write(tmp_path, "1. **Section A: Views**\nSam.\n**2. Section B: Needs**\nNeeds.\n- Section F provision is below.\n")
    plan = read_plan(p)
    assert [c for c, s in plan.sections.items() if s.found] == ["A", "B"]
    assert plan.text_of("B") == "Needs.\nSection F provision is below."


def test_heading_and_value_on_one_line(tmp_path):
    p = _write(tmp_path, "# Section A: Views\nSam.\n**Health provision: none**\n**Notes for the panel**\nOakfield.\n")
    plan = read_plan(p)
    assert plan.section("G").heading == "Health provision"
    assert plan.text_of("G") == "none\nOakfield."
    assert [b.kind for b in plan.blocks_in("G", include_headings=True)] == ["heading", "paragraph", "heading", "paragraph"]


def test_combined_section_heading_marks_both_sections(tmp_path):
    p = _write(tmp_path, "# Sections C (health needs) and G (health provision)\nAsthma; inhaler as needed.\n"
                         "# Section H1 & H2: Social care provision\nShort breaks.\n")
    plan = read_plan(p)
    assert [c for c, s in plan.sections.items() if s.found] == ["C", "G", "H1", "H2"]
    assert plan.text_of("C") == "Asthma; inhaler as needed."
    assert plan.section("G").heading == "Sections C (health needs) and G (health provision)"
    assert plan.section("H2").block_ids == []


def test_contents_lines_in_text(tmp_path):
    p = _write(tmp_path, "Contents\nSection A: Views .......... 2\nOutcomes ..... 5\n\n# Section A: Views\nSam.\n")
    plan = read_plan(p)
    assert [c for c, s in plan.sections.items() if s.found] == ["A"]
    assert plan.text_of("A") == "Sam."


def test_partial_combined_table_still_gives_thread_rows(tmp_path):
    p = _write(tmp_path, "| B – Needs | F – Provision |\n|---|---|\n| Listening | Daily group |\n")
    plan = read_plan(p)
    assert len(plan.threads) == 1
    t = plan.threads[0]
    assert (t.table, len(t.need), len(t.provision), t.outcome) == ("BFE", 1, 1, [])


def test_lettered_options_are_not_a_combined_table(tmp_path):
    p = _write(tmp_path, "# Section A: Views\n| A. Yes | B. No |\n|---|---|\n| x | y |\n")
    plan = read_plan(p)
    assert [c for c, s in plan.sections.items() if s.found] == ["A"]


def test_bullet_mentioning_a_section_is_not_a_heading(tmp_path):
    p = _write(tmp_path, "# Section A: Views\n- Section F (provision) was amended after review\n- Section K: Advice\nParent views, 10/01/2026\n")
    plan = read_plan(p)
    assert plan.text_of("A") == "Section F (provision) was amended after review"
    assert plan.found("K") and not plan.found("F")


def test_utf16_without_bom(tmp_path):
    p = _write(tmp_path, "Section A: Views\nSam likes trains.\n", "nobom.txt", "utf-16-le")
    assert read_plan(p).text_of("A") == "Sam likes trains."


def test_soft_wrapped_lines_join(tmp_path):
    p = _write(tmp_path, "# Section E: Outcomes\n- By July 2027 Sam will follow a\n  three-step instruction in class.\n"
                         "Sam will swim\n25 metres.\nName: Sam\nSchool: Oakfield\n")
    plan = read_plan(p)
    e = plan.blocks_in("E")
    assert [b.text for b in e] == ["By July 2027 Sam will follow a three-step instruction in class.",
                                   "Sam will swim", "25 metres.", "Name: Sam", "School: Oakfield"]
    assert e[0].para_ids == [1, 2] and e[0].kind == "list_item"
