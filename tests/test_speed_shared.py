"""Round 33 speed work in the shared layers: the same answers, found sooner."""

from __future__ import annotations

import random

from ehcaudit.checks import _patterns
from ehcaudit.text import _TYPOGRAPHY, plain_ascii


def _plain_ascii_by_translation(text: str) -> bool:
    return text.isascii() or text.translate(_TYPOGRAPHY).isascii()


def test_plain_ascii_agrees_with_translation():
    samples = ["", "plain words", "Mum’s view – “happy”", "£30 a week\u00a0…", "café", "naïve — yes",
               "\u212a", "x\u0080", "\u2022 bullet", "\u017fhould"]
    rng = random.Random(33)
    alphabet = [chr(c) for c in (*range(0, 140), *range(0x2010, 0x2030), 0xa0, 0xa3, 0x20ac, 0x212a, 0x17f)]
    samples += ["".join(rng.choice(alphabet) for _ in range(rng.randrange(8))) for _ in range(5000)]
    for s in samples:
        assert plain_ascii(s) == _plain_ascii_by_translation(s), repr(s)


def test_has_answer_does_not_depend_on_which_pattern_matched_last():
    # a long list (narrowed pattern by pattern), matched by different patterns in turn: each
    # answer equals a plain search of the joined list, whatever order the patterns are tried in
    words = [r"\bswimming\b", r"\bcooking\b", r"\bdressing\b", r"\btyping\b", r"\bhandwriting\b",
             r"\bphonics\b", r"\bspelling\b"]
    lines = ["She enjoys swimming on Fridays.", "Help with typing and spelling.", "Cooking club weekly.",
             "Nothing here at all.", "phonics, then swimming", "He likes dressing up.", "Handwriting practice.",
             "swimmingly well", "Typing.", "none"]
    joined = _patterns.rx(words)
    assert joined is not None
    for _ in range(3):
        for line in lines:
            _patterns._has.cache_clear()
            assert _patterns.has(words, line) == bool(joined.search(line)), line


def test_matches_is_finditer_of_the_joined_list():
    patterns = [r"[“\"][^”\"]*\b(I|me|my)\b", r"^\s*(I|My)\b", r"\b(told|said to) (his|her|the)\b",
                r"\bvisuals?\b", r"\bwatched\b"]
    r = _patterns.rx1(patterns)
    lines = ["He told his teacher he likes cars.", "“I like cars,” he said. My turn.", "I watched the visuals.",
             "Nothing that matches here.", "My view", "", "She said to the class: “me too”"]
    for line in lines:
        got = [(m.span(), m.group(0)) for m in _patterns.matches(r, line)]
        assert got == [(m.span(), m.group(0)) for m in r.finditer(line)], line
    # a pattern not made from a word list is searched as it is
    other = __import__("re").compile(r"\bcars\b")
    assert [m.span() for m in _patterns.matches(other, "cars and cars")] == [(0, 4), (9, 13)]
