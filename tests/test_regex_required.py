"""The words every match of a pattern must contain (ehcaudit.regex_required), and the rubric
word-list search that uses them (checks._patterns.search): the same matches as the plain regex."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from packaged_rubric import RUBRIC
from rubric_lists import distinct_string_lists
from sample_texts import block_texts

from ehcaudit.regex_required import required_words

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("patterns, words", [
    # no leading letters, but every match ends in one of the nouns
    ((r"\b(\d+|one|two)\b(\s+[\w-]+){0,2}\s+(visits|sessions)",), ("sessions", "visits")),
    # the most selective part of a sequence: the longest shortest word
    ((r"\b(a|an|one)( [\w-]+){0,3} (meeting|review)\b",), ("meeting", "review")),
    # an optional last letter ends the literal run; a repeat at least once counts
    ((r"\bSA?LT\b", r"(?:speech )+therapist"), ("lt", "therapist")),
    # each pattern of the list gives its words
    ((r"\bshort breaks?\b", r"\brespite\b"), ("short break", "respite")),
    # a class, \w or a look-around alone: nothing every match must contain
    ((r"\bx\b|[ab]c?",), None),
    ((r"^\W*(?=s)\w+",), None),
    ((r"\bcare\b", r"\d+"), None),     # one pattern without words: no pre-filter for the list
    ((r"(",), None),                  # not a pattern
])
def test_required_words(patterns, words):
    assert required_words(tuple(patterns)) == words


def _texts() -> list[str]:
    texts = ["Speech and language therapy (SALT) weekly.", "3 sessions a week with a TA", "",
             "Two short breaks a month; respite care", "An annual review meeting in March 2027",
             "The child\u2019s \u201cspeech and language therapy\u201d \u2013 weekly \u2026",
             "\u212aey worker (Kelvin sign) and \u017fpeech (long s)"]
    for path in sorted((ROOT / "sample_plans" / "2026-11").glob("*"))[:4]:
        blocks = list(block_texts(path))
        texts += blocks + [" ".join(blocks[i:i + 6]) for i in range(0, len(blocks), 6)]
    return texts


def test_rubric_word_lists_every_match_holds_a_word():
    from ehcaudit.text import plain_ascii

    texts = [t for t in _texts() if plain_ascii(t)]
    read = 0
    for patterns in distinct_string_lists(RUBRIC):  # each distinct list once
        words = required_words(tuple(patterns))
        try:
            r = re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)
        except re.error:  # a word list that is not patterns
            continue
        if words is None:
            continue
        read += 1
        for t in texts:
            if r.search(t):
                assert any(w in t.lower() for w in words), (patterns[:2], words, t[:60])
    assert read >= 100


def test_search_of_long_lists_same_match_as_the_regex():
    """The search narrows a long list to the patterns whose words occur: the same span and the
    same groups as the whole list's compiled regex."""
    from ehcaudit.checks._patterns import rx, search

    texts = _texts()
    narrowed = 0
    for patterns in distinct_string_lists(RUBRIC):  # each distinct list once
        try:
            r = rx(patterns)
        except re.error:
            continue
        if r is None:
            continue
        narrowed += len(patterns) >= 4
        for t in texts:
            got, want = search(patterns, t), r.search(t)
            assert (got and (got.span(), got.groups())) == (want and (want.span(), want.groups())), \
                (patterns[:2], t[:60])
    assert narrowed >= 20


def test_a_long_lists_patterns_are_compiled_alone_only_when_their_words_occur():
    """Narrowing a long list compiles a pattern on its own only once its words are in a text
    searched (start-up: most of a list's patterns never are); the match is the whole list's."""
    from ehcaudit.checks import _patterns

    patterns = ("weekly physiotherapy", "fortnightly hydrotherapy", "termly orthoptist review",
                r"daily\s+(?:sensory|movement)\s+breaks?", "half-termly mentoring")
    text = "Maya has daily movement breaks and, from May, weekly physiotherapy at school."
    _patterns._alone.cache_clear()
    got, want = _patterns.search(patterns, text), _patterns.rx1(patterns).search(text)
    assert got is not None and want is not None and got.span() == want.span()
    compiled = _patterns._alone.cache_info().currsize
    assert compiled == 2  # "weekly physiotherapy" and the daily breaks: their words occur
    assert _patterns.search(patterns, "Nothing here about therapies.") is None
    assert _patterns._alone.cache_info().currsize == compiled


def test_a_pattern_that_will_not_compile_alone_leaves_its_list_searched_whole():
    """Two patterns that compile only inside their list (a bracket opened in one is closed in
    the next) never change the match: their list is searched whole, as before narrowing."""
    from ehcaudit.checks import _patterns

    patterns = ("speech therapy", "occupational therapy", "art (therapy", "music) therapy")
    assert _patterns._alone("art (therapy") is None and _patterns._alone("music) therapy") is None
    joined = _patterns.rx1(patterns)
    for text in ("She has art therapy and speech therapy.", "Weekly occupational therapy.",
                 "Music therapy on Fridays.", "art music therapy", "No sessions planned."):
        got, want = _patterns.search(patterns, text), joined.search(text)
        assert (got and got.span()) == (want and want.span()), text
