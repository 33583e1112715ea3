"""Names, acronyms and codes among the words a spelling engine does not know.

ehcaudit never reports as spelling: a word written wholly in capitals (an acronym: CAMHS,
SENDIASS), a word with a digit or an inner capital (KS2, H1, T-001, SENCo, iPad), or a
capitalised word that is a name. A capitalised word counts as a name when it is not at the
start of a sentence, or when the same word appears capitalised mid-sentence elsewhere in the
text checked together (a plan's pseudonym: "Priya enjoys ..." then "... said Priya"), or is
possessive there ("Amara's parents"), or occurs more than once, or when it is shorter than four
letters or followed by another capitalised word ("Zainab Hussain, class teacher"), or is in
Faker's lists of first names (:mod:`ehcaudit.names`: "Aiden concentrates ..."). So "Recieve the
report." at the start of a sentence is still caught, while "Oluwaseun", "Kian" and "Tesco" in
running text are not flagged.
"""

from __future__ import annotations

import re

from ehcaudit.language.base import LangIssue
from ehcaudit.names import first_names

POSSESSIVE = re.compile(r"['’]s?$")
#: After a word: another capitalised word, directly or after a comma/"and" ("Mihai, Yusuf and
#: Keeley"), or after an age range or number ("Eastmere 14-25 Team", "Brook 0-25 Service")
_NEXT_CAPITALISED = re.compile(
    r"[ \t]*(?:,|\band\b|&|[ \t]\d{1,2}(?:[-–]\d{1,2})?)?[ \t]+\(?(?=[^\W\d_])(?:[^\W\d_][^\W\d_]|[^\W\d_]\b)")
#: An initial after a title or another initial ("Mr P. Lowry", "Dr A. J. Shah"): its full stop
#: does not end a sentence (a capital alone at the start of a line is a list letter: "B. Needs").
_INITIAL_BEFORE = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame)\.?[ \t]+|(?:^|\n|[ \t(])[A-Z]\.[ \t]*)[A-Z]\.[ \t]*$")
#: One initial at a line's start or after a colon, comma or bracket ("K. Whitmore, EHC
#: Co-ordinator", "Co-ordinator: S. Bateman"): an unknown capitalised word after it is a surname.
_LONE_INITIAL_BEFORE = re.compile(r"(?:^|\n|[:,;(][ \t]*)[A-Z]\.[ \t]*$")
_SURNAME_END = re.compile(r"[-‑]|[ \t]*(?:[,;)]|\n|$)")
_NAME_BEFORE_BRACKET = re.compile(r"(?<![^\W\d_])[A-ZÀ-ÖØ-Þ][^\W\d_]* \($")
_SENTENCE_END = set(".!?:;•*–—-\"“”‘(")


def _next_capitalised(text: str, pos: int) -> bool:
    """Another capitalised word next ("Zainab Hussain", "Tomás Ó Briain", "Ms R Khan"): any
    alphabet's capital followed by a small letter, or a single capital (an initial)."""
    m = _NEXT_CAPITALISED.match(text, pos)
    if not m:
        return False
    word = m.group()[-2:].lstrip()
    return word[0].isupper() and (len(word) == 1 or word[1:].islower())


def starts_sentence(text: str, start: int) -> bool:
    """Whether the word at ``start`` opens a sentence, a line or a block."""
    if start >= 2 and text[start - 1] in "-‑" and text[start - 2].isalpha():
        return False  # the second half of a hyphenated word ("Osei-Bonsu")
    if start >= 1 and text[start - 1] == "(" and _NAME_BEFORE_BRACKET.search(text, 0, start):
        return False  # a short name in brackets after a name ("Oluwaseun (Seun)")
    if start >= 2 and text[start - 1] in " \t" and _INITIAL_BEFORE.search(text, max(0, start - 12), start):
        return False  # after an initial ("Mr P. Lowry")
    before = text[:start].rstrip(" \t")
    return not before or before.endswith("\n") or before[-1] in _SENTENCE_END or before[-1].isdigit()


def capitalised(word: str) -> bool:
    return word[:1].isupper() and not word[1:].isupper()


def acronym_like(word: str) -> bool:
    """All capitals (CAMHS), a digit (KS2, T-001) or an inner capital (SENCo, iPad)."""
    letters = [c for c in word if c.isalpha()]
    if any(c.isdigit() for c in word):
        return True
    if len(letters) >= 2 and all(c.isupper() for c in letters):
        return True
    return any(c.isupper() for c in letters[1:])


def names_used_mid_sentence(texts: list[str], raw: list[tuple[LangIssue, ...]]) -> set[str]:
    """Unknown capitalised words the texts use as names: somewhere mid-sentence, followed by
    another capitalised word, in the possessive ("Amara's"), or at least twice (a misspelling
    is rarely repeated letter for letter, a pseudonym nearly always is)."""
    names: set[str] = set()
    seen: set[str] = set()
    for text, issues in zip(texts, raw, strict=True):
        for i in issues:
            if i.kind != "spelling" or not capitalised(i.text):
                continue
            base = POSSESSIVE.sub("", i.text)
            if (base in seen or base != i.text or not starts_sentence(text, i.start)
                    or _next_capitalised(text, i.end)):
                names.add(base)
            seen.add(base)
    return names


def is_name(issue: LangIssue, text: str, names: set[str]) -> bool:
    """Whether a spelling issue is on a name, acronym, code or number's suffix rather than a
    misspelling."""
    if issue.kind != "spelling":
        return False
    word = issue.text
    if acronym_like(word):
        return True
    if issue.start and text[issue.start - 1].isdigit():
        return True  # glued to a number: a plural or unit ("under-15s", "10mins"), not prose
    if not capitalised(word):
        return False
    if POSSESSIVE.sub("", word) in names or not starts_sentence(text, issue.start) or POSSESSIVE.search(word):
        return True  # a name used mid-sentence elsewhere, mid-sentence here, or a name's ("Callum's")
    # capitalised at the start of a sentence or block: a name if part of a longer name
    # ("Zainab Hussain, class teacher") or a known first name ("Aiden enjoys ..."), otherwise
    # a misspelling ("Recieve", "Assement")
    return (len(word) < 4 or bool(_next_capitalised(text, issue.end)) or _first_name(word)
            or _alone_on_its_line(text, issue.start, issue.end)
            or _after_lone_initial(text, issue.start, issue.end))


def _after_lone_initial(text: str, start: int, end: int) -> bool:
    """A capitalised word after one initial that ends its line or comes before a comma ("K.
    Whitmore, EHC Co-ordinator"): a surname; a list letter's sentence ("B. Recieve the report")
    goes on with more words."""
    return (bool(_LONE_INITIAL_BEFORE.search(text, max(0, start - 6), start))
            and bool(_SURNAME_END.match(text, end)))


def _alone_on_its_line(text: str, start: int, end: int) -> bool:
    """A capitalised word that is its line's only word (a table cell or label holding a name:
    "Mase", "Eastmere:"), not a sentence."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    return not text[line_start:start].strip() and not text[end:line_end].strip(" \t:.,")


def _first_name(word: str) -> bool:
    return word[:1].upper() + word[1:].lower() in first_names()
