"""Every grammar pattern ships examples (wrong and right sentences) and behaves as they say.

The examples live beside each pattern in ``ehcaudit/data/grammar-patterns.yaml``.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest
from packaged_rubric import yaml_tree

from ehcaudit.language.patterns import load_patterns, pattern_issues

RAW = yaml_tree(Path(str(resources.files("ehcaudit").joinpath("data", "grammar-patterns.yaml"))))["patterns"]
PATTERNS = {p.id: p for p in load_patterns()}


def test_ids_are_unique():
    ids = [item["id"] for item in RAW]
    assert len(ids) == len(set(ids)) == len(PATTERNS)


@pytest.mark.parametrize("item", RAW, ids=lambda i: i["id"])
def test_pattern_finds_its_wrong_examples_and_leaves_the_right_ones(item):
    ex = item.get("examples") or {}
    assert ex.get("wrong") and ex.get("right"), "every pattern needs wrong and right examples"
    p = PATTERNS[item["id"]]
    for case in ex["wrong"]:
        found = [i for i in p.issues(case["text"]) if i.text == case["err"]]
        assert found, f"{p.id} misses {case['err']!r} in {case['text']!r}"
        assert found[0].message and found[0].rule == f"ehcaudit:{p.id}"
        # the fast pre-filter must not hide what the pattern finds
        assert not p.needs or any(n in case["text"].lower() for n in p.needs), case["text"]
        assert any(i.rule == f"ehcaudit:{p.id}" or (i.start, i.end) == (found[0].start, found[0].end)
                   for i in pattern_issues(case["text"]))
    for text in ex["right"]:
        assert p.issues(text) == [], f"{p.id} fires on correct text {text!r}"


def test_unknown_keys_are_refused(monkeypatch):
    import ehcaudit.language.patterns as patterns

    bad = "patterns:\n  - {id: x, pattern: 'a', message: m, unles_after: [if]}\n"

    class FakeFile:
        def joinpath(self, *parts):
            return self

        def read_text(self, encoding=None):
            return bad

    monkeypatch.setattr(patterns.resources, "files", lambda pkg: FakeFile())
    patterns.load_patterns.cache_clear()
    try:
        with pytest.raises(ValueError, match="unles_after"):
            patterns.load_patterns()
    finally:
        monkeypatch.undo()
        patterns.load_patterns.cache_clear()
    assert patterns.load_patterns()
