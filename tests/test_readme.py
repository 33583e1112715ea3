"""The README stays true: its criteria table is generated from the rubric, and it names
the two commands that exist."""

from __future__ import annotations

from pathlib import Path

from ehcaudit.rubric.docs import BEGIN, END, rubric_markdown
from ehcaudit.rubric.schema import default_rubric_path, load_rubric

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_criteria_block_is_generated_from_the_rubric():
    block = README[README.index(BEGIN) + len(BEGIN): README.index(END)].strip()
    expected = rubric_markdown(load_rubric(default_rubric_path())).strip()
    assert block == expected, "README criteria are stale: run `ehcaudit rubric docs --readme README.md`"


def test_every_criterion_is_documented():
    for c in load_rubric(default_rubric_path()).criteria:
        assert f"`{c.id}`" in README


def test_the_two_commands_exist():
    for script in ("scripts/audit-samples.sh", "scripts/test.sh"):
        assert f"bash {script}" in README
        assert (ROOT / script).exists()
