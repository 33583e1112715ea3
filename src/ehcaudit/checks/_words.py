"""Content words and their stems, for checks that link one part of a plan to another
(aspirations -> outcomes, outcomes -> provision). No check kinds are registered here.

Stemming uses the Snowball English stemmer (``snowballstemmer``), so "animals", "animal" and
"working", "works", "work" meet. Stop words come from the rubric YAML.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import lru_cache
from types import MappingProxyType

import snowballstemmer

_TOKEN_RE = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_STEMMER = snowballstemmer.stemmer("english")


@lru_cache(maxsize=4096)
def stem(word: str) -> str:
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    return _STEMMER.stemWord(w.strip("'-"))


@lru_cache(maxsize=64)
def _stop_set(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset({w.lower() for w in words} | {stem(w) for w in words})


def content_stems(text: str, stop_words: Iterable[str], names: Iterable[str] = (),
                  min_len: int = 3) -> Mapping[str, str]:
    """Map each content stem in ``text`` to the first word that produced it (read-only).

    Dropped: stop words (as written or stemmed), the child's names, words shorter than
    ``min_len``, and capitalised words that do not start a sentence (proper nouns: names of
    people, schools and places would otherwise link unrelated sentences).
    """
    return _content_stems(text, tuple(stop_words), tuple(names), min_len)


@lru_cache(maxsize=8192)
def _content_stems(text: str, stop_words: tuple[str, ...], names: tuple[str, ...],
                   min_len: int) -> Mapping[str, str]:
    # cached: two checks stem the same outcomes, and pasted provision recurs from plan to plan
    stop = _stop_set(stop_words)
    name_set = {n.lower() for n in names if n}
    out: dict[str, str] = {}
    first = True
    for m in _TOKEN_RE.finditer(text):
        word = m.group(0).strip("'’-")
        at_first, first = first, False
        low = word.lower()
        if len(low) < min_len or low in stop or low in name_set:
            continue
        if word[0].isupper() and not word.isupper() and not (at_first or _after_break(text, m.start())):
            continue
        s = stem(low)
        if s in stop or len(s) < 2:
            continue
        out.setdefault(s, low)
    return MappingProxyType(out)


def _after_break(text: str, start: int) -> bool:
    """Whether the word at ``start`` starts a sentence: the last character before it that is not
    white space (str.rstrip's idea of white space) ends one, or there is none. Found by stepping
    back (slicing text[:start] for every word was quadratic), and only for a capitalised word."""
    i = start - 1
    while i >= 0 and text[i].isspace():
        i -= 1
    return i < 0 or text[i] in ".!?:;•\n\"“("


def shared(a: Mapping[str, str], b: Mapping[str, str]) -> list[str]:
    """Words (as written in ``a``) whose stems are in both."""
    return [a[s] for s in a if s in b]
