"""A look-ahead guard for a regular expression: the characters every match can start with,
read off the pattern's source, put in front of it (same matches, found sooner).

Python's regex engine tries every alternative of a pattern such as ``\\b(?:he|she|it) ...`` or
a rubric word list joined with "|" at every position of the text; with ``(?=[hsi])`` in front,
most positions are ruled out by one character test. Used by the rubric's word lists
(:mod:`ehcaudit.checks._patterns`) and the grammar patterns (:mod:`ehcaudit.language.patterns`).
This module imports nothing from ehcaudit, so both may use it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

#: In :func:`required_literals`' answer: the alternative starts with a digit (``\d``).
DIGIT = "\\d"

_SKIP = re.compile(r"(?:\\b|\^)*")
_LETTERS = re.compile(r"[A-Za-z]+")
_CLASS = re.compile(r"\[([A-Za-z]+)\]")


@lru_cache(maxsize=1024)
def required_literals(patterns: tuple[str, ...]) -> tuple[str, ...] | None:
    """The letters (lower case) one of which starts every match of the patterns, or
    :data:`DIGIT` for an alternative that starts with a digit; None when some alternative's
    start cannot be read off simply (a class, a look-around, ``\\w``, an optional first letter).

    Reads letters after any ``\\b`` or ``^`` ("\\bSA?LT" -> "s"), groups ("\\b(c-?pen|reading
    pen)" -> "c", "reading"), a class of letters ("[Tt]he" -> "t"), an optional group and what follows it ("(home )?visitors?" ->
    "home", "visitor") and ``\\d`` ("\\d+%" -> DIGIT)."""
    out: list[str] = []
    for p in patterns:
        for alt in alternatives(p):
            lits = _alt_literals(alt, 0)
            if not lits:
                return None
            out.extend(lits)
    return tuple(dict.fromkeys(out))


def guard(patterns: tuple[str, ...], case_sensitive: bool = False) -> str:
    """``(?=[...])`` with the characters every match of the patterns starts with, or "".
    Under IGNORECASE the class matches what the first letter does; for a case-sensitive
    pattern both cases are put in the class (a superset is still the same matches)."""
    lits = required_literals(patterns)
    if not lits:
        return ""
    chars = {lit[0] for lit in lits if lit != DIGIT}
    if case_sensitive:
        chars |= {c.upper() for c in chars}
    cls = "".join(re.escape(c) for c in sorted(chars)) + (r"\d" if DIGIT in lits else "")
    return f"(?=[{cls}])"


def _alt_literals(alt: str, depth: int) -> list[str] | None:
    if depth > 4:
        return None
    i = _skip_zero_width(alt, 0)
    if alt.startswith("\\d", i):
        return None if alt[i + 2:i + 3] in ("?", "*", "{") else [DIGIT]
    if alt.startswith("(", i):
        if alt.startswith("(?:", i):
            start = i + 3
        elif alt.startswith("(?P<", i) and alt.find(">", i) > 0:
            start = alt.find(">", i) + 1  # a named group
        elif alt.startswith("(?", i):
            return None  # a look-around, a named group or flags: not read
        else:
            start = i + 1
        end = _close(alt, i)
        if end is None:
            return None
        inner: list[str] = []
        for sub in alternatives(alt[start:end]):
            lits = _alt_literals(sub, depth + 1)
            if not lits:
                return None
            inner.extend(lits)
        q = alt[end + 1:end + 2]
        if q in ("*", "{"):
            return None
        if q == "?":
            if alt[end + 2:end + 3] in ("?", "+"):
                return None
            rest = _alt_literals(alt[end + 2:], depth + 1)
            return inner + rest if rest else None
        return inner
    m = _CLASS.match(alt, i)
    if m:  # a class of letters only ("[Tt]he"): each of them, in lower case
        return None if alt[m.end():m.end() + 1] in ("?", "*", "{") else sorted({c.lower() for c in m.group(1)})
    m = _LETTERS.match(alt, i)
    if not m:
        return None
    lit, end = m.group(0), m.end()
    if end < len(alt) and alt[end] in "?*{":  # the last letter is optional or repeated
        lit = lit[:-1]
    return [lit.lower()] if lit else None


def _skip_zero_width(alt: str, i: int) -> int:
    """Where the first character a match consumes is read: after any ``\\b``, ``^``, look-around
    ("(?<!ing )", "(?!not)") or group whose every alternative is only those ("(?:^|(?<=[.!?] ))"),
    none of which consumes a character."""
    while True:
        skipped = _SKIP.match(alt, i)  # a starred group: it always matches, if only "" (for mypy)
        i = skipped.end() if skipped else i
        if not alt.startswith("(", i):
            return i
        end = _close(alt, i)
        if end is None or alt[end + 1:end + 2] in ("?", "*", "+", "{"):
            return i
        if alt.startswith(("(?=", "(?!", "(?<=", "(?<!"), i):
            i = end + 1
        elif alt.startswith("(?:", i) and all(
                sub and _skip_zero_width(sub, 0) == len(sub) for sub in alternatives(alt[i + 3:end])):
            i = end + 1
        else:
            return i


def _walk(pattern: str, start: int = 0) -> Iterator[tuple[int, str, int]]:
    """(index, character, group depth after it) for each character of ``pattern`` from
    ``start`` that is neither escaped nor inside a character class."""
    depth, i, in_class = 0, start, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        else:
            depth += (c == "(") - (c == ")")
            yield i, c, depth
        i += 1


def alternatives(pattern: str) -> list[str]:
    """The pattern's top-level alternatives (split at "|" outside groups and classes)."""
    parts, start = [], 0
    for i, c, depth in _walk(pattern):
        if c == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
    parts.append(pattern[start:])
    return parts


def _close(pattern: str, open_at: int) -> int | None:
    """Index of the ")" that closes the group opened at ``open_at``."""
    for i, c, depth in _walk(pattern, open_at):
        if c == ")" and depth == 0:
            return i
    return None
