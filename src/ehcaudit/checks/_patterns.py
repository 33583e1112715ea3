"""Rubric word lists as regular expressions: compile, search (cached, with a fast path), and
the small text tests the care and provision checks share (no check kinds are registered here).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache

from ehcaudit.checks._regex_prefix import leading_literals
from ehcaudit.placeholders import strip_placeholders
from ehcaudit.regex_guard import guard
from ehcaudit.regex_required import required_words
from ehcaudit.text import plain_ascii

_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
DATE_RE = re.compile(
    rf"\b\d{{1,2}}[/.\-]\d{{1,2}}[/.\-]\d{{2,4}}\b|\b\d{{4}}-\d{{2}}-\d{{2}}\b"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}\s+\d{{4}}\b|\b{_MONTH}\s+\d{{4}}\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=512)
def _compile(patterns: tuple[str, ...]) -> re.Pattern | None:
    if not patterns:
        return None
    # behind a look-ahead for the characters a match can start with (ehcaudit.regex_guard): the
    # same matches, found sooner (measured on the rubric's word lists over benchmark plans: 39%
    # less time scanning)
    body = "|".join(f"(?:{p})" for p in patterns)
    r = re.compile(guard(patterns) + f"(?:{body})", re.IGNORECASE)
    if len(_LIST_OF) >= 1024:
        _LIST_OF.clear()
    _LIST_OF[r] = patterns
    return r


#: The word list each pattern :func:`_compile` made was joined from (for :func:`matches`).
_LIST_OF: dict[re.Pattern, tuple[str, ...]] = {}


def matches(r: re.Pattern, text: str) -> Iterator[re.Match]:
    """``r.finditer(text)``, sooner when ``r`` is a word list joined by :func:`rx` (or
    :func:`rx1`) that cannot match the text: that is decided pattern by pattern, as :func:`has`
    decides it (most sentences match none of a list; the scan of the joined list at every
    position of the text is the slow part)."""
    key = _LIST_OF.get(r)
    if key is not None and not _has(key, text):
        return iter(())
    return r.finditer(text)


def rx(patterns: Iterable[str]) -> re.Pattern | None:
    return _compile(tuple(patterns))


def rx1(patterns: Iterable[str]) -> re.Pattern:
    """:func:`rx` of a list the parameters require to be non-empty (``min_length=1``)."""
    r = _compile(tuple(patterns))
    if r is None:
        raise ValueError("an empty pattern list where the rubric requires at least one")
    return r


def search(patterns: Iterable[str], text: str) -> re.Match | None:
    return _search(tuple(patterns), text)


_Parts = tuple[tuple[tuple[str, ...] | None, str], ...]


def _narrow(key: tuple[str, ...], text: str) -> tuple[re.Pattern, str | None, _Parts | None] | None:
    """What a search of ``key`` in ``text`` needs: the joined pattern, the lowered text and, for a
    long list, its patterns with their words (:func:`_parts`); None when nothing can match.

    Fast path (same result): on ASCII text (typographic quotes and dashes allowed, as in most Word
    documents), a case-insensitive match of any alternative contains that alternative's leading
    letters (or the words every match must contain), so if none occurs the pattern cannot match.
    Most searches find nothing, and a substring test is far cheaper than the regex scan."""
    r, lits, parts = _reading(key)
    if r is None:
        return None
    low = _lowered(text) if lits is not None or len(key) >= _PER_PATTERN else None
    if low is None:
        return r, None, None
    if lits is not None and not any(map(low.__contains__, lits)):  # `lit in low`, in C
        return None
    return r, low, parts


@lru_cache(maxsize=512)
def _reading(key: tuple[str, ...]) -> tuple[re.Pattern | None, tuple[str, ...] | None, _Parts | None]:
    """The joined pattern, its leading letters or words (:func:`_prefilter`) and its patterns with
    their words (:func:`_parts`): one cached look-up a search instead of three (the key, a tuple of
    up to ~60 patterns, is hashed for each; about 4,000 searches a plan)."""
    r = _compile(key)
    if r is None:
        return None, None, None
    return r, _prefilter(key), _parts(key)


@lru_cache(maxsize=32768)
def _search(key: tuple[str, ...], text: str) -> re.Match | None:
    # cached: checks search the same text with the same patterns again and again (measured on
    # the 100-plan benchmark caseload: 113,000 of 242,000 searches repeat an earlier one)
    n = _narrow(key, text)
    if n is None:
        return None
    r, low, parts = n
    if low is not None and parts is not None:
        # A long list: only the patterns whose words occur can match. Each is searched alone for
        # its first match; the list's first match starts at the earliest of them (none can start
        # sooner), so the whole list is searched from there: the same match (only its ``pos``
        # differs), found sooner.
        live = [p for words, p in parts if words is None or any(map(low.__contains__, words))]
        if len(live) < len(parts):
            alone = [_alone(p) for p in live]
            if all(q is not None for q in alone):
                starts = [m.start() for q in alone if q is not None and (m := q.search(text)) is not None]
                return r.search(text, min(starts)) if starts else None
    return r.search(text)


def has(patterns: Iterable[str], text: str) -> bool:
    """``bool(search(patterns, text))``, found sooner: for a caller that needs only whether the
    list matches, not where."""
    return _has(tuple(patterns), text)


@lru_cache(maxsize=32768)
def _has(key: tuple[str, ...], text: str) -> bool:
    # As _search, but a long list stops at the first of its patterns (those whose words occur)
    # that matches anywhere: the list matches exactly when one of them does, so neither the rest
    # nor the whole list need be searched (measured on the 100-plan benchmark caseload: the
    # provision checks' element and kind lists, most of the time of their searches)
    n = _narrow(key, text)
    if n is None:
        return False
    r, low, parts = n
    if low is None or parts is None:
        return r.search(text) is not None
    order = _tried_first(key, parts)
    for i, (words, p) in enumerate(order):
        if words is None or any(map(low.__contains__, words)):
            q = _alone(p)
            if q is None:  # a pattern that does not compile alone: the whole list decides
                return r.search(text) is not None
            if q.search(text) is not None:
                if i:  # tried first next time: the same answer (any one match decides), found sooner
                    order.insert(0, order.pop(i))
                return True
    return False


#: Each long list's patterns in the order :func:`_has` tries them: the one that last matched
#: first. Whether a list matches does not depend on the order its patterns are tried in, and the
#: lines of one plan (and of plans written from one template) tend to match the same pattern
#: again (measured on the 100-plan benchmark caseload: the longest lists' matching pattern was
#: on average the 16th to 25th tried in list order).
_ORDER: dict[tuple[str, ...], list[tuple[tuple[str, ...] | None, str]]] = {}


def _tried_first(key: tuple[str, ...], parts: _Parts) -> list[tuple[tuple[str, ...] | None, str]]:
    order = _ORDER.get(key)
    if order is None:
        if len(_ORDER) >= 512:  # as many lists as _parts keeps
            _ORDER.clear()
        order = _ORDER[key] = list(parts)
    return order


#: Lists of at least this many patterns are narrowed to those whose words occur (``_parts``).
_PER_PATTERN = 4
_BACKREF = re.compile(r"\\[1-9]|\(\?P=|\(\?\(")


@lru_cache(maxsize=512)
def _parts(key: tuple[str, ...]) -> _Parts | None:
    """Each pattern of a long list with its words (:func:`_prefilter`); None for a short list, or
    one with a back-reference (whose group number means another group in the joined list).

    A pattern is compiled alone (:func:`_alone`) only when its words occur in a text searched:
    most of a long list's patterns never do in a process's plans, and compiling them all at the
    list's first search was about a fifth of a scoring process's first plan."""
    if len(key) < _PER_PATTERN or any(_BACKREF.search(p) for p in key):
        return None
    out = tuple((_best((p,)), p) for p in key)
    return out if any(words is not None for words, _ in out) else None


@lru_cache(maxsize=8192)
def _alone(pattern: str) -> re.Pattern | None:
    """One pattern of a list compiled alone, as :func:`_compile` compiles a list; None when it
    does not compile alone (its list is then searched whole: the same match)."""
    try:
        return re.compile(guard((pattern,)) + f"(?:{pattern})", re.IGNORECASE)
    except re.error:
        return None


@lru_cache(maxsize=512)
def _prefilter(key: tuple[str, ...]) -> tuple[str, ...] | None:
    return _best(key)


def _best(key: tuple[str, ...]) -> tuple[str, ...] | None:
    """The more selective of the letters every match starts with and the words every match
    contains (the longer shortest word); None when neither can be read."""
    # the words: e.g. "\\b(\\d+|one|two)\\b(\\s+[\\w-]+){0,2}\\s+(visits|sessions)" has no
    # leading letters but needs "visits" or "sessions" (ehcaudit.regex_required)
    ways = [w for w in (leading_literals(key), required_words(key)) if w]
    return max(ways, key=lambda w: min(map(len, w))) if ways else None


@lru_cache(maxsize=4096)
def _lowered(text: str) -> str | None:
    """``text.lower()`` for the fast path, or None when the text is not plain ASCII."""
    # cached: each text is searched with many word lists
    return text.lower() if plain_ascii(text) else None


def finditer(patterns: Iterable[str], text: str) -> Iterator[re.Match]:
    """Every match of the patterns in ``text``, with :func:`search`'s fast path (same matches)."""
    key = tuple(patterns)
    r = _compile(key)
    if r is None or _search(key, text) is None:
        return iter(())
    return r.finditer(text)



#: List markers and punctuation stripped from the start of a text by :func:`bare` (and white
#: space); its end also loses "!".
_BARE_LEAD = "-–—*•·:;,."
_BARE_TRAIL = _BARE_LEAD + "!"


@lru_cache(maxsize=16384)
def bare(text: str) -> str:
    """Lower-case text without placeholders, list markers or surrounding punctuation."""
    # cached, and string methods rather than a regex whose "[...]+$" branch is retried at every
    # run of spaces (measured: 25,000 calls, 0.8 s per 100 plans)
    t = strip_placeholders(text).lower()
    i, j = 0, len(t)
    while i < j and (t[i].isspace() or t[i] in _BARE_LEAD):
        i += 1
    while j > i and (t[j - 1].isspace() or t[j - 1] in _BARE_TRAIL):
        j -= 1
    return " ".join(t[i:j].split())


def is_blank(text: str, blank_patterns: Sequence[str]) -> bool:
    """True when the text says nothing: empty, only a placeholder, or a blank phrase ("N/A", "TBC")."""
    t = bare(text)
    if not t:
        return True
    r = rx(blank_patterns)
    return bool(r is not None and r.fullmatch(t))


def has_date(text: str) -> bool:
    return bool(DATE_RE.search(text))



def dated(text: str, deadline_patterns: Sequence[str]) -> bool:
    """Does the text say by when: a date, or a deadline in the rubric's words ("by the end of the
    autumn term", "before his 18th birthday", "at his next annual review")? The one rule for a
    one-off piece of work (health and social care provision alike): with it, no "how often"."""
    return has_date(text) or bool(deadline_patterns and search(deadline_patterns, text))
