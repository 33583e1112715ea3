"""The letter-table layout: a two-column table whose left cell is "H1. Social care provision
under section 2 of the Chronically Sick and Disabled Persons Act 1970" (16 words) and whose right
cell is the section's text. Every section is found, and H1's text is not read as Section G."""

from __future__ import annotations

import json
from pathlib import Path

import docx
from cli_inprocess import run_cli
from docx_builders import CODES, CONTENT, TITLES, front_matter

from ehcaudit.reader import read_plan


def letter_table(path: Path) -> Path:
    d = docx.Document()
    front_matter(d)
    t = d.add_table(rows=0, cols=2)
    for code in CODES:
        row = t.add_row().cells
        row[0].text = f"{code}. {TITLES[code]}"
        row[1].text = "\n".join(CONTENT[code])
    d.save(path)
    return path


def test_every_section_found_in_a_letter_table(tmp_path: Path):
    plan = read_plan(letter_table(tmp_path / "letter.docx"))
    assert [c for c, s in plan.sections.items() if not s.found] == []
    h1 = plan.blocks_in("H1")
    assert [b.text for b in h1] == CONTENT["H1"]
    assert all(CONTENT["H1"][0] not in b.text for b in plan.blocks_in("G"))
    assert plan.section("H1").heading.startswith("H1. Social care provision under section 2")


def test_letter_table_through_the_cli(tmp_path: Path):
    path = letter_table(tmp_path / "letter.docx")
    res = run_cli("score", str(path), "--format", "json", "--as-of", "2026-06-30")  # in this process
    assert res.returncode == 0, res.stderr
    sections = json.loads(res.stdout)["plans"][0]["sections"]
    assert all(sections[c]["found"] for c in CODES)
    assert sections["H1"]["words"] > 0
