"""The language benchmark's committed data is well formed (the benchmark itself is not a test:
its figures go in the README)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[1] / "benchmarks" / "language" / "data"


def _rows(name: str) -> list[list[str]]:
    return [ln.split("\t") for ln in (DATA / name).read_text(encoding="utf-8").splitlines()
            if ln.strip() and not ln.startswith("#")]


@pytest.mark.parametrize(("name", "at_least"), [("grammar-errors.tsv", 60), ("grammar-heldout.tsv", 30),
                                                ("grammar-heldout-2.tsv", 30),
                                                ("grammar-heldout-3.tsv", 29),
                                                ("grammar-heldout-4.tsv", 40),
                                                ("grammar-heldout-5.tsv", 50),
                                                ("grammar-heldout-6.tsv", 50),
                                                ("grammar-heldout-7.tsv", 50)])
def test_grammar_sets_mark_an_error_in_each_sentence(name, at_least):
    rows = _rows(name)
    assert len(rows) >= at_least
    for row in rows:
        assert len(row) == 2, row
        sentence, error = row
        assert error and error in sentence, row
        # the benchmark finds the error as a whole word (not "is" in "this")
        assert re.search(rf"(?<!\w){re.escape(error)}(?!\w)", sentence), row
    assert len({r[0] for r in rows}) == len(rows), "duplicate sentences"


def test_misspellings_are_placed_in_their_sentences():
    rows = _rows("misspellings.tsv")
    assert len(rows) == 800
    for wrong, right, kind, sentence in rows:
        assert wrong != right and kind in {"non-word", "real-word"}
        assert wrong in sentence.lower()


def test_prose_corpus_is_several_thousand_words():
    from ehcaudit.text import count_words

    words = sum(count_words(p.read_text(encoding="utf-8")) for p in (DATA / "prose").glob("*.txt"))
    assert words >= 4000
