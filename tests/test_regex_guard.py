"""The look-ahead guard (ehcaudit.regex_guard): read-off first characters, and the same matches
with the guard as without it, for the rubric's word lists and the grammar patterns."""

from __future__ import annotations

import functools
import re
from pathlib import Path

import pytest
from packaged_rubric import RUBRIC, yaml_tree
from rubric_lists import distinct_string_lists
from sample_texts import block_texts

from ehcaudit.regex_guard import DIGIT, guard, required_literals

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(("patterns", "literals"), [
    ((r"\bcommunicat\w*", r"\bSA?LT\b", r"\bMakaton\b|\bPECS\b"), ("communicat", "s", "makaton", "pecs")),
    ((r"\b(c-?pen|reading pen)s?\b|\b\d+% extra",), ("c", "reading", DIGIT)),
    ((r"\b(home )?visitors?\b",), ("home", "visitor")),
    ((r"(?:is|are) good at",), ("is", "are")),
    ((r"(?<!ing )\b(?:[Tt]he|[Hh]is) ",), ("t", "h")),
    ((r"(?:(?<=\bthat )|(?<=\bwhen ))(?P<err>him|her) and",), ("him", "her")),
    ((r"^\W*strengths?\b",), None),          # \W: not read
    ((r"\b\w+ by",), None),
    ((r"(a)*b",), None),                     # an optional first group with nothing after it read
    ((r"(ab)?",), None),                     # may match the empty string
    ((r"\d?x",), None),                      # an optional digit
    ((r"(?:^|x)abc",), None),
    ((r"a?bc",), None),                      # an optional first letter
])
def test_required_literals(patterns, literals):
    assert required_literals(tuple(patterns)) == literals


def test_guard_puts_both_cases_for_a_case_sensitive_pattern():
    assert guard((r"\bI (?P<err>has)",), case_sensitive=True) == "(?=[Ii])"
    assert guard((r"\b\d+ (?:one|two)",)) == r"(?=[\d])"
    assert guard((r"\b\w+",)) == ""


@functools.cache  # read once for both tests that match against them (eight plans read whole)
def _texts() -> tuple[str, ...]:
    texts = ["Ça va: communicating with ſalt", "\u212aey worker \u017fpeech", "He HAVE a plan. ITS important",
             "that him and the boy argue", "3 x weekly, 25% extra time; a C-Pen", ""]
    for path in sorted((ROOT / "sample_plans").glob("*/*.docx"))[:8]:
        texts += block_texts(path)
    # each text once (671 blocks, 343 distinct: the sample plans share headings and sentences); a
    # pattern's matches in a text are the same each time, so the duplicates proved nothing more
    return tuple(dict.fromkeys(texts))


def test_guarded_grammar_patterns_find_what_the_patterns_find():
    from ehcaudit.language.patterns import load_patterns

    data = yaml_tree(ROOT / "src" / "ehcaudit" / "data" / "grammar-patterns.yaml")
    raw = {i["id"]: re.compile(i["pattern"], 0 if i.get("case") == "sensitive" else re.IGNORECASE)
           for i in data["patterns"]}
    texts = _texts()
    patterns = load_patterns()
    assert sum(p.regex.pattern.startswith("(?=[") for p in patterns) >= 20
    for p in patterns:
        for t in texts:
            assert [m.span() for m in p.regex.finditer(t)] == [m.span() for m in raw[p.id].finditer(t)], (p.id, t[:60])


def test_guarded_rubric_word_lists_find_what_the_lists_find():
    from ehcaudit.checks._patterns import rx

    texts = _texts()
    guarded = 0
    # the packaged rubric, parsed once a process (tests/packaged_rubric.py); each distinct list once
    for patterns in distinct_string_lists(RUBRIC):
        try:
            plain = re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)
        except re.error:  # a word list that is not patterns
            continue
        r = rx(patterns)
        guarded += r.pattern.startswith("(?=[")
        for t in texts:
            assert [m.span() for m in r.finditer(t)] == [m.span() for m in plain.finditer(t)], (patterns[:2], t[:60])
    assert guarded >= 100
