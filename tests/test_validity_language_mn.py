"""Sets M and N language class (round 11).

LG-JARGON: a listed technical term is jargon in its adjective form too, and with its words joined
by a hyphen: "interoceptive awareness" (interoception), "a demand-avoidant profile" (demand
avoidance), "proprioceptive input" (proprioception). A participle ("when dysregulated") is not
taken: auditors read it as everyday words. One use of the words is one term ("executive
functioning" is not also "executive function").

Each with a sentence of our own and the set's sentence in exact wording.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from validity_helpers import flagged, run

from ehcaudit.checks.language_jargon import _term_forms
from ehcaudit.reader import read_plan

SETS = Path(__file__).resolve().parents[1] / "benchmarks" / "validity" / "sets"


def _plan(tmp_path, a: str, b: str = "Ellis has a language disorder and finds it hard to follow instructions."):
    f = tmp_path / "plan.txt"
    f.write_text(f"Name: Ellis\nDate of plan: 1 October 2026\n\nSection A: Views\n{a}\n\n"
                 f"Section B: Special educational needs\n{b}\n")
    return read_plan(f)


def _unexplained(res) -> list[str]:
    return [f.message.split("'")[1] for f in res.findings if f.kind == "issue"]


@pytest.mark.parametrize("term, text, hit", [
    ("interoception", "poor interoceptive awareness", True),
    ("demand avoidance", "a demand-avoidant profile", True),
    ("proprioception", "daily proprioceptive input", True),
    ("dysregulation", "when he is dysregulated", False),
    ("executive function", "weak executive functions", True),
])
def test_term_forms(term, text, hit):
    import re
    assert bool(re.search(_term_forms(term), text, re.IGNORECASE)) is hit


@pytest.mark.parametrize("sentence, term", [
    # ours
    ("Ellis needs proprioceptive input before lessons, and his interoceptive awareness is limited.",
     "proprioceptive"),
    ("School describe a demand-avoidant presentation at home.", "demand-avoidant"),
    # the set's wording (m212)
    ("Maya's mother reports that Maya presents with a demand-avoidant profile in the home environment and "
     "that there is significant masking in the college setting, with associated post-college dysregulation.",
     "demand-avoidant"),
])
def test_adjective_form_of_a_listed_term_is_jargon(tmp_path, sentence, term):
    res = run(_plan(tmp_path, sentence), "LG-JARGON")
    assert term in _unexplained(res)


@pytest.mark.parametrize("sentence", [
    "Ellis needs proprioceptive input (activities that press and push on his muscles and joints) each morning.",
    "School describe a demand-avoidant profile (he resists everyday requests because they make him anxious).",
])
def test_adjective_form_explained_in_brackets_is_explained(tmp_path, sentence):
    assert _unexplained(run(_plan(tmp_path, sentence), "LG-JARGON")) == []


def test_participle_is_not_taken(tmp_path):
    # set I (i104) was passed by its auditor with "when dysregulated"
    res = run(_plan(tmp_path, "Cannot accept adult direction when dysregulated."), "LG-JARGON")
    assert _unexplained(res) == []


def test_one_use_is_one_term(tmp_path):
    res = run(_plan(tmp_path, "Ellis will improve his executive functioning by planning his homework."), "LG-JARGON")
    assert _unexplained(res) == ["executive functioning"]


def test_m212_is_flagged():
    res = run(read_plan(SETS / "M" / "plans" / "m212.docx"), "LG-JARGON")
    assert flagged(res)
    found = _unexplained(res)
    assert "interoceptive" in found and "demand-avoidant" in found
