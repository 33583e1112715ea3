"""A plan's own abbreviations: "2 Learning Support Practitioners (LSPs)" defines LSPs, so a later
cell saying only "LSPs" names that role, as an auditor reading the whole plan understands it.

:func:`abbreviations` finds each "Words Words (ABBR)" where the capitals of ABBR are the initials
of the words just before the bracket (small words such as "of" and "the" skipped): "Teacher of
the Deaf (ToD)", "special educational needs co-ordinator (SENCo)", "Learning Support Practitioner
(LSP)". :func:`with_expansions` appends the words an abbreviation stands for after the text, so
that patterns naming the role ("practitioners") see it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

#: "(LSPs)", "(SENCo)", "(QToD – a teacher with ...)": the abbreviation opening a bracket.
_ABBR_RE = re.compile(r"\(\s*([A-Z][A-Za-z]{1,7})(?=\s*(?:\)|[-–—,:;]))")
_WORD_RE = re.compile(r"[A-Za-z][\w'’]*(?:-[\w'’]+)*")
_SMALL = frozenset({"of", "the", "and", "for", "in", "to", "with", "a", "an", "on", "&"})


def _letters(abbr: str) -> str:
    """The initials an abbreviation stands for: its capitals ("LSPs" -> "LSP", "SENCo" -> "SENC")."""
    return "".join(c for c in abbr if c.isupper())


def abbreviations(texts: Iterable[str]) -> dict[str, str]:
    """Abbreviation -> the words it stands for, as the plan defines it."""
    out: dict[str, str] = {}
    for text in texts:
        for m in _ABBR_RE.finditer(text):
            abbr = m.group(1)
            letters = _letters(abbr)
            if len(letters) < 2 or abbr in out:
                continue
            words = _WORD_RE.findall(text[max(0, m.start() - 120): m.start()])
            picked: list[str] = []
            content = 0
            for w in reversed(words):
                picked.append(w)
                if w.lower() in _SMALL:
                    continue
                content += 1
                if content == len(letters):
                    break
            kept = list(reversed(picked))
            initials = "".join(w[0] for w in kept if w.lower() not in _SMALL).upper()
            # a hyphenated word may stand for two letters ("co-ordinator" in SENCo stands for C only)
            if content == len(letters) and initials == letters.upper():
                out[abbr] = " ".join(kept)
    return out


def with_expansions(text: str, glossary: dict[str, str]) -> str:
    """The text with the words each abbreviation in it stands for appended: "LSPs" -> "LSPs
    (Learning Support Practitioners)"."""
    extra = [full for abbr, full in glossary.items()
             if full.lower() not in text.lower() and re.search(rf"(?<![\w-]){re.escape(abbr)}(?![\w-])", text)]
    return f"{text} ({'; '.join(extra)})" if extra else text
