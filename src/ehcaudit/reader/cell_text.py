"""What a table cell or a line says of itself, shared by the structure builder's table readers:
its first line, whether it is a short label, a null answer ("N/A", "none"), or a section code
("Section F", "F:", "H1.")."""

from __future__ import annotations

import re

from ehcaudit.placeholders import only_placeholders

NULL_TEXT = {"none", "n/a", "na", "nil", "not applicable", "none identified", "no", "yes", "tbc",
              "to follow", "not known", "none known", "yes/ no", "yes/no"}
EXPLICIT_RE = re.compile(
    r"^\s*(?:(?i:sections?|part)\s+(?:H\s?[12]|[A-K]\d?)\b|(?:H\s?[12]|[A-K]\d?)\s*(?:$|[:.\-\u2013\u2014)]))")
SUBCODE_RE = re.compile(r"^\s*(?:(?i:section|part)\s+)?([A-GI-K]\d)\b")


def first_line(text: str) -> str:
    return text.strip().split("\n", 1)[0].strip()


def label_like(text: str) -> bool:
    """A short label ("Aspirations", "Communication and interaction"): up to four words, capitalised,
    no closing punctuation, not a null answer or a placeholder."""
    t = text.strip()
    if "\n" in t or only_placeholders(t) or t.lower().strip(" .:") in NULL_TEXT:
        return False
    return 0 < len(t.split()) <= 4 and not t.endswith((".", ",", ";")) and t[:1].isupper()
