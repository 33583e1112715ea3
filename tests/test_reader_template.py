"""The national (Change Programme) EHCP template: empty and filled in."""

from __future__ import annotations

import datetime as dt

import docx_builders as B
import pytest

from ehcaudit.model import SECTION_CODES
from ehcaudit.reader import read_plan


@pytest.fixture(scope="module")
def empty_template():
    return read_plan(B.TEMPLATE)


def test_all_sections_found_in_the_blank_template(empty_template):
    plan = empty_template
    assert [c for c in SECTION_CODES if plan.found(c)] == list(SECTION_CODES)
    for code in SECTION_CODES:
        assert plan.section(code).heading, code
    assert plan.section("H1").heading.startswith("H1")
    assert plan.section("K").heading.startswith("K - The advice")


def test_placeholders_are_kept_as_text(empty_template):
    texts = [b.text for b in empty_template.blocks_in("F")]
    assert "{{ communication_interaction_provision_1 }}" in texts
    assert empty_template.front.fields["Name"] == "{{ name }}"
    assert empty_template.front.known_as is None  # a placeholder is not a value


def test_a1_a2_subsections(empty_template):
    a = empty_template.blocks_in("A")
    subs = {b.text: b.subsection for b in a}
    assert subs["{{ history }}\n{{communication}}"].startswith("A1")
    assert subs["{{ aspirations }}"] == "A2 Aspirations"


def test_thread_rows_per_table(empty_template):
    plan = empty_template
    by_table = {}
    for t in plan.threads:
        by_table.setdefault(t.table, []).append(t)
    assert len(by_table["BFE"]) == 40  # 4 areas x 10 rows
    assert len(by_table["CGE"]) == 10
    assert len(by_table["DHHE"]) == 10
    areas = {t.area for t in by_table["BFE"]}
    assert areas == {"Communication and interaction", "Cognition and learning",
                     "Social, emotional and mental health", "Sensory and/or physical"}
    t = by_table["DHHE"][0]
    assert [plan.blocks[i].section for i in t.need + t.provision + t.outcome] == ["D", "H1", "H2", "E"]
    strengths = [b for b in plan.blocks_in("B") if b.text == "{{ semh_strengths }}"]
    assert strengths[0].subsection == "Social, emotional and mental health"
    assert [b.section for b in plan.blocks if b.text == "{{ health_care_strengths }}"] == ["C"]


def test_k_table_rows_in_blank_template(empty_template):
    # issue 14: "a template row that nobody filled in is not an advice item" - the blank
    # template's K rows (a title, no date, no author, "YES/ NO" left unchosen) list no advice
    assert empty_template.advice == []
    k_rows = [b for b in empty_template.blocks_in("K") if b.kind == "table_cell"]
    assert any("YES" in b.text.upper() for b in k_rows)  # the rows are still read as text


def test_filled_template(tmp_path):
    values = {
        "communication_interaction_need_1": "Sam finds it hard to follow spoken instructions.",
        "communication_interaction_provision_1": "Weekly 30-minute speech and language therapy session.",
        "communication_interaction_outcome_1": "By July 2027 Sam will follow a two-step instruction.",
        "h1_provision_1": "Two overnight short breaks each month.",
        "child_views": "I like trains.",
        "preferred_name": "Sam",
    }
    path = B.fill_template(tmp_path / "filled.docx", values, default="")
    B.fill_k_table(path, [("Parent views", "10/01/2026", "Ms Lee (mother)"),
                          ("Educational advice", "15 January 2026", "Mr Patel, SENCO")])
    plan = read_plan(path)
    assert [c for c in SECTION_CODES if plan.found(c)] == list(SECTION_CODES)
    t = [t for t in plan.threads if t.table == "BFE"]
    assert len(t) == 1  # empty rows make no thread rows
    assert plan.blocks[t[0].need[0]].text == values["communication_interaction_need_1"]
    assert plan.blocks[t[0].provision[0]].section == "F"
    assert plan.text_of("H1") == values["h1_provision_1"]
    assert plan.front.known_as == "Sam"
    first = plan.advice[0]
    assert (first.kind, first.title, first.author, first.date) == (
        "parent_young_person", "Parent views", "Ms Lee (mother)", dt.date(2026, 1, 10))
    assert plan.advice[1].date_text == "15 January 2026"
    assert plan.blocks[first.block_id].text == "Parent views"
