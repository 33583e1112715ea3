"""The words one of which every match of a regular expression must contain, read off the
parsed pattern: a pre-filter for a search (a substring test rules most texts out far sooner
than the regex scan).

:mod:`ehcaudit.checks._regex_prefix` reads the letters a match must *start* with, which a
pattern such as ``\\b(\\d+|one|two)\\b(\\s+[\\w-]+){0,2}\\s+(visits|sessions)`` does not have
(a digit, or "one"/"two", hardly rules a text out); this reads the whole pattern and finds
"visits"/"sessions" at its end. Python's own parser (``re._parser``) reads the pattern, so
escapes, classes, groups and quantifiers are read exactly as the regex engine reads them.

Only what every match must contain is taken: runs of ASCII literals in sequence, a group
(its content), a branch (the words of all its alternatives, each of which must give some),
and a repeat at least once (its content). Classes, ``\\w``, look-arounds, optional and
starred parts give nothing. Of a sequence's several requirements the most selective (the
longest shortest word) is kept. This module imports nothing from ehcaudit.
"""

from __future__ import annotations

import re
from functools import lru_cache
from re import _parser as _sre  # type: ignore[attr-defined]  # re's own parser (no stubs)
from typing import Any

_REPEATS = {"MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"}


@lru_cache(maxsize=1024)
def required_words(patterns: tuple[str, ...]) -> tuple[str, ...] | None:
    """Lower-case words such that every case-insensitive match of any of the patterns
    contains one of them, or None when some pattern has no such words that can be read."""
    out: list[str] = []
    for p in patterns:
        words = _words_of(p)
        if not words:
            return None
        out.extend(words)
    return tuple(dict.fromkeys(out))


@lru_cache(maxsize=4096)
def _parsed(pattern: str) -> list[tuple[Any, Any]] | None:
    try:
        return list(_sre.parse(pattern, re.IGNORECASE))
    except (re.error, RecursionError, ValueError, TypeError):
        return None


@lru_cache(maxsize=4096)
def _words_of(pattern: str) -> tuple[str, ...] | None:
    parsed = _parsed(pattern)
    words = _need(parsed, 0) if parsed is not None else None
    return tuple(sorted(words)) if words else None


def _need(items: list[tuple[Any, Any]], depth: int) -> frozenset[str] | None:
    """The words one of which a match of this sequence of parsed items must contain."""
    if depth > 30:
        return None
    found: list[frozenset[str]] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            found.append(frozenset({"".join(run)}))
            run.clear()

    for op, av in items:
        name = str(op)
        if name == "LITERAL" and av < 128:
            run.append(chr(av).lower())
            continue
        flush()
        words: frozenset[str] | None = None
        if name == "SUBPATTERN":
            words = _need(list(av[3]), depth + 1)
        elif name == "ATOMIC_GROUP":
            words = _need(list(av), depth + 1)
        elif name in _REPEATS and av[0] >= 1:
            words = _need(list(av[2]), depth + 1)
        elif name == "BRANCH":
            alts = [_need(list(b), depth + 1) for b in av[1]]
            if alts and all(alts):
                words = frozenset().union(*alts)  # type: ignore[arg-type]
        if words:
            found.append(words)
    flush()
    found = [w for w in found if "" not in w]
    if not found:
        return None
    return max(found, key=lambda w: (min(map(len, w)), -len(w)))
