"""LG-SPELLING and LG-GRAMMAR on whole plans: every planted error quoted with its location and
suggestion, evidence on a clean plan, and one proofreading pass per plan for both criteria."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from packaged_rubric import RUBRIC

from ehcaudit.checks.language import sentence_around
from ehcaudit.reader import read_plan
from ehcaudit.rubric.engine import score_plan

AS_OF = dt.date(2026, 6, 30)

ERRORS_PLAN = """Reference: LG-T-001
# Section A: Views, interests and aspirations
Jade enjoys drawing and her freinds say she is kind. She definately wants to go to college.
# Section B: Special educational needs
Jade have difficulty following spoken instructions. Her parents was worried about the move.
# Section F: Special educational provision
- Jade will recieve a individual workstation in every lesson.
- Staff will check in with her at at the start of each day, and he don't need reminders.
- The plan should of been reviewed after the assessment by the SENCo.
"""

CLEAN_PLAN = """Reference: LG-T-002
# Section A: Views, interests and aspirations
My name is Oluwaseun. I like Makaton signing, Lego-based therapy and swimming. My nan says my wellbeing has improved since the co-production meeting with the SENCo and the CAMHS team.
# Section F: Special educational provision
- An ELSA will meet Oluwaseun for 30 minutes each week until the next annual review.
- The HLTA will use PECS and the Zones of Regulation with him every morning in KS2.
- The SALT will set targets each term, and the TA will deliver them four times a week.
"""


def _criteria(tmp_path: Path, text: str):
    p = tmp_path / "plan.md"
    p.write_text(text, encoding="utf-8")
    res = score_plan(read_plan(p), RUBRIC, AS_OF, areas={"language"}, cache={})
    return {c.id: c for c in res.criteria}


def test_every_planted_error_is_quoted_with_location_and_suggestion(tmp_path):
    crit = _criteria(tmp_path, ERRORS_PLAN)
    spelling, grammar = crit["LG-SPELLING"], crit["LG-GRAMMAR"]
    assert spelling.level == 1 and grammar.level == 1
    expected_spelling = {"freinds": "friends", "definately": "definitely", "recieve": "receive"}
    for word, fix in expected_spelling.items():
        (f,) = [f for f in spelling.findings if f"'{word}'" in f.message]
        assert f"→ '{fix}'" in f.message and word in f.quote and f.kind == "issue"
        assert f.location.startswith("Section ")
    expected_grammar = ["'have' → 'has'", "'was' → 'were'", "'a' → 'an'", "'at at' → 'at'",
                        "'don't' → 'doesn't'", "→ 'should have'"]
    messages = [f.message for f in grammar.findings]
    for m in expected_grammar:
        assert any(m in x for x in messages), (m, messages)
    (f,) = [f for f in grammar.findings if "'at at'" in f.message]
    assert f.quote == "Staff will check in with her at at the start of each day, and he don't need reminders."
    assert f.location == "Section F, list item 2" and f.section == "F"
    # spelling errors are not counted as grammar, nor the reverse
    assert not any("freinds" in f.message for f in grammar.findings)
    assert not any("'don't'" in f.message for f in spelling.findings)
    assert "per 1,000" in spelling.findings[0].message


def test_clean_acronym_dense_plan_is_outstanding_with_evidence(tmp_path):
    crit = _criteria(tmp_path, CLEAN_PLAN)
    for cid, noun in (("LG-SPELLING", "spelling errors"), ("LG-GRAMMAR", "grammar errors")):
        c = crit[cid]
        assert c.level == 4, c.findings
        (f,) = c.findings
        assert f.kind == "evidence" and f"No {noun} found in" in f.message and "words checked" in f.message
        assert f.quote and f.quote in CLEAN_PLAN


def test_one_proofreading_pass_per_plan(tmp_path, monkeypatch):
    from ehcaudit.language import engines

    calls = []
    real = engines.get_engine()

    class Counting:
        def check_many(self, texts):
            calls.append(len(texts))
            return real.check_many(texts)

        def check(self, text):
            return self.check_many([text])[0]

    monkeypatch.setattr(engines, "get_engine", lambda *a, **k: Counting())
    _criteria(tmp_path, ERRORS_PLAN)
    assert len(calls) == 1


@pytest.mark.parametrize(("text", "start", "want"), [
    ("First one. He recieve help. Last one.", 14, "He recieve help."),
    ("Line one\nno full stop recieve here\nline three", 22, "no full stop recieve here"),
    ("Dr. Shah said he recieve it", 17, "Dr. Shah said he recieve it"),
])
def test_sentence_around_is_an_exact_substring(text, start, want):
    got = sentence_around(text, start, start + 7)
    assert got == want and got in text
