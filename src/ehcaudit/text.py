"""Small text utilities shared by the reader, checks and reports."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_WORD_RE = re.compile(r"[A-Za-z0-9\u00C0-\u024F]+(?:['\u2019][A-Za-z]+)*")
_SENT_RE = re.compile(r"(?<=[.!?])[\"'\u201d\u2019)]*\s+(?=[\"'\u201c\u2018(]*[A-Z0-9])")
_SPACES_RE = re.compile(r"[ \t\r\f\v]+")
_ABBREV = ("e.g.", "i.e.", "etc.", "Dr.", "Mr.", "Mrs.", "Ms.", "approx.", "no.", "vs.")
#: A person's title before their name ("Dr", "Mrs", "Prof."): the one list for every reading of a
#: titled name (the reader's and the checks' advice authors, contributor lines, sentence ends).
PERSON_TITLE = r"(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof)"
#: A person named with a title ("Dr A Patel", "Mrs J Smith"): case-sensitive on purpose.
TITLED_NAME_RE = re.compile(rf"\b{PERSON_TITLE}\.?\s+[A-Z]")
#: A person's initials after a title ("Dr L. Shah", "Mr S. Young", "Ms A.B. Khan"): not a sentence end.
_INITIAL_END = re.compile(rf"\b{PERSON_TITLE}\.?\s+(?:[A-Z]\.\s?)*[A-Z]\.$")


#: An outcome's code or number in front of it, before its space: a code ("E1", "E1.2", "O3:", its stop
#: optional) or a number ("1.", "2)", "2.1:", its stop needed). The one rule for every reading of a
#: numbered outcome line (reader/combined_sections.py, checks/_outcomes.py, checks/_pc_reading.py).
OUTCOME_CODE = r"[A-Z]{1,2}\d+(?:\.\d+)*[.):]?"
OUTCOME_NUMBER = r"\d+(?:\.\d+)*[.):]"
#: An E-code as other text names an outcome (checks/_outcome_refs.py, read case-insensitively): "E4",
#: "E 4", "E.4", "E4a", "E1.2". Not OUTCOME_CODE: a reference is written by hand inside a sentence
#: ("links to E 2", "(e4a)"), so it allows a space or stop after the letter and a letter after the
#: number, and it takes only the letter E, so that "for 2 terms" or "Year 9" names no outcome;
#: OUTCOME_PREFIX is its letter part, which two spellings of one code ("E 4", "E4") differ in.
OUTCOME_PREFIX = r"E\s?[.-]?\s?"
OUTCOME_REF = rf"{OUTCOME_PREFIX}\d{{1,2}}(?:\.\d{{1,2}}|[a-z])?"


def normalise(text: str) -> str:
    """Unicode NFC, typographic quotes/dashes kept, runs of white space folded to one space."""
    text = unicodedata.normalize("NFC", text).replace("\u00a0", " ").replace("\u200b", "")
    if "  " in text or "\t" in text or "\r" in text or "\f" in text or "\v" in text:
        text = _SPACES_RE.sub(" ", text)
    return text.strip()


#: Typographic punctuation (curly quotes, dashes, ellipsis, bullet, pound and euro signs, no-break
#: space): none of it matches a letter case-insensitively.
_TYPOGRAPHY_CHARS = "\u2018\u2019\u201c\u201d\u2013\u2014\u2026\u2022\u00a3\u20ac\u00a0"
_TYPOGRAPHY = str.maketrans("", "", _TYPOGRAPHY_CHARS)
#: A character that is neither ASCII nor typographic punctuation.
_NOT_PLAIN = re.compile(f"[^\\x00-\\x7f{_TYPOGRAPHY_CHARS}]")


def plain_ascii(text: str) -> bool:
    """True when ``text`` is ASCII apart from typographic punctuation: then its ``lower()``
    holds every case-insensitive match of an ASCII word (the pre-filters' test)."""
    # one scan in C for a character outside both: the same answer as
    # text.translate(_TYPOGRAPHY).isascii(), without building the translated copy a character at
    # a time (measured on the benchmark plans' lines that are not ASCII: 11 µs a line -> 0.9 µs)
    return text.isascii() or _NOT_PLAIN.search(text) is None


def words(text: str) -> list[str]:
    return _WORD_RE.findall(text)


@lru_cache(maxsize=16384)
def count_words(text: str) -> int:
    # cached: the reader, LG-SPELLING, LG-GRAMMAR and LG-JARGON each count every block
    return len(_WORD_RE.findall(text))


def sentences(text: str) -> list[str]:
    """Split prose into sentences (good enough for plan text; keeps common abbreviations whole)."""
    return list(_sentences(text))  # a fresh list: callers may change theirs


@lru_cache(maxsize=16384)
def _sentences(text: str) -> tuple[str, ...]:
    # cached: a dozen checks split the same blocks
    out: list[str] = []
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        parts = _SENT_RE.split(line)
        buf = ""
        for part in parts:
            buf = f"{buf} {part}".strip() if buf else part
            if buf.endswith(_ABBREV) or _INITIAL_END.search(buf):
                continue
            out.append(buf)
            buf = ""
        if buf:
            out.append(buf)
    return tuple(out)
