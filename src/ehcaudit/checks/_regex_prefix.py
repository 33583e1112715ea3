"""The fast path of :func:`ehcaudit.checks._patterns.search`: the letters every match of a
pattern must start with, read off the pattern's source (no check kinds are registered here).

A case-insensitive match of a top-level alternative contains that alternative's leading
letters, so on plain text a substring test can rule a pattern out before the regex scan.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ehcaudit.regex_guard import alternatives


@lru_cache(maxsize=512)
def leading_literals(patterns: tuple[str, ...]) -> tuple[str, ...] | None:
    """The letters every match of each top-level alternative must start with (lower case),
    or None when some alternative has none that can be read off simply (then no fast path)."""
    out: list[str] = []
    for p in patterns:
        for alt in alternatives(p):
            lit = _leading_literal(alt)
            if not lit:
                return None
            out.append(lit)
    return tuple(dict.fromkeys(out))




_LEADING = re.compile(r"(?:\\b|\^)*([A-Za-z]+)")


def _leading_literal(alt: str) -> str:
    """Leading letters of a branch after any \\b or ^ ("\\bcommunicat\\w*" -> "communicat"),
    without a last letter made optional or repeatable by a quantifier ("SA?LT" -> "s")."""
    m = _LEADING.match(alt)
    if not m:
        return ""
    lit, end = m.group(1), m.end(1)
    if end < len(alt) and alt[end] in "?*{":
        lit = lit[:-1]
    return lit.lower()




#: The name the tests and older callers use.
_leading_literals = leading_literals
