"""A plan's own abbreviations: "2 Learning Support Practitioners (LSPs)" defines LSPs, so a later
cell saying only "LSPs" names that role, as an auditor reading the whole plan understands it.

:func:`abbreviations` finds each "Words Words (ABBR)" where the capitals of ABBR are the initials
of the words just before the bracket (small words such as "of" and "the" skipped, or taken for a
letter where needed: :func:`expansion_start`, which LG-JARGON uses too): "Teacher of
the Deaf (ToD)", "special educational needs co-ordinator (SENCo)", "Learning Support Practitioner
(LSP)". :func:`with_expansions` appends the words an abbreviation stands for after the text, so
that patterns naming the role ("practitioners") see it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

#: "(LSPs)", "(SENCo)", "(QToD – a teacher with ...)": the abbreviation opening a bracket.
_ABBR_RE = re.compile(r"\(\s*([A-Z][A-Za-z]{1,7})(?=\s*(?:\)|[-–—,:;]))")
_WORD_RE = re.compile(r"[A-Za-z][\w'’]*(?:-[\w'’]+)*")

#: Small words an expansion may hold that its abbreviation leaves out ("Teacher of the Deaf", ToD;
#: "Preparing for Adulthood", PfA), or that may stand for one of its letters ("Speech and Language
#: Therapy", SALT; "child in need", CIN).
SMALL_WORDS = frozenset({"and", "of", "for", "the", "in", "with", "on", "to", "or", "a", "an", "as"})


def capitals(abbr: str) -> str:
    """The initials an abbreviation stands for: its capitals ("LSPs" -> "LSP", "SENCo" -> "SENC", "PfA" -> "PA")."""
    return "".join(c for c in abbr if c.isupper())


def expansion_start(abbr: str, words: Sequence[str]) -> int | None:
    """Where, in ``words``, the words ``abbr`` stands for begin, when they end at the last word: its
    capitals are, in order, the initials of consecutive words, small words (:data:`SMALL_WORDS`)
    skipped, or taken for a letter only where no reading skips them ("Qualified Teacher of the Deaf"
    for QToD: "the" is skipped, not taken for the T; "Speech and Language Therapy" for SALT: "and"
    is the A). None when there are no such words (or the abbreviation has fewer than two capitals).
    """
    caps = capitals(abbr).lower()
    if len(caps) < 2 or not words:
        return None

    def walk(i: int, k: int) -> int | None:  # capitals [0..i] still to find among words [0..k]
        if i < 0:
            return k + 1
        if k < 0:
            return None
        word = words[k].lower()
        if word in SMALL_WORDS:
            skipped = walk(i, k - 1)
            if skipped is not None:
                return skipped
        return walk(i - 1, k - 1) if word[:1] == caps[i] else None

    return walk(len(caps) - 1, len(words) - 1)


def abbreviations(texts: Iterable[str]) -> dict[str, str]:
    """Abbreviation -> the words it stands for, as the plan defines it."""
    out: dict[str, str] = {}
    for text in texts:
        for m in _ABBR_RE.finditer(text):
            abbr = m.group(1)
            if abbr in out:
                continue
            # a hyphenated word is one word ("co-ordinator" in SENCo stands for C only)
            words = _WORD_RE.findall(text[max(0, m.start() - 120): m.start()])
            start = expansion_start(abbr, words)
            if start is not None:
                out[abbr] = " ".join(words[start:])
    return out


def with_expansions(text: str, glossary: dict[str, str]) -> str:
    """The text with the words each abbreviation in it stands for appended: "LSPs" -> "LSPs
    (Learning Support Practitioners)"."""
    extra = [full for abbr, full in glossary.items()
             if full.lower() not in text.lower() and re.search(rf"(?<![\w-]){re.escape(abbr)}(?![\w-])", text)]
    return f"{text} ({'; '.join(extra)})" if extra else text


# -- people the plan introduces with their role -------------------------------------------------

_TITLED = r"(?:Mr|Mrs|Miss|Ms|Mx|Dr)\.? [A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+)?"
#: A role: a few words, no figures ("learning mentor", "teaching assistant", "Social Worker").
_ROLE = r"[A-Za-z][A-Za-z'’-]*(?: [A-Za-z][A-Za-z'’-]*){0,5}"
_NAMED_ROLE_RES = (
    # "his teaching assistant, Miss Rowe,", "His foster carer, Jo, wrote ...", "Her social worker, Mr Hussain,"
    re.compile(rf"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he|[A-Z][a-z]+['’]s) (?P<role>[a-z][a-z'’-]*(?: [a-z][a-z'’-]*){{0,3}}),\s+"
               rf"(?P<name>{_TITLED}|[A-Z][a-z]+(?: [A-Z][a-z'’-]+)?)\s*[,)(]"),
    # "a named key adult (Miss Rowe)"
    re.compile(rf"\b(?P<role>[a-z][a-z'’-]*(?: [a-z][a-z'’-]*){{0,3}})\s*\(\s*(?P<name>{_TITLED})\s*\)"),
    # "Mrs Shah (learning mentor, trained in ...)"
    re.compile(rf"(?<![\w-])(?P<name>{_TITLED})\s*\(\s*(?P<role>{_ROLE})\s*[),;]"),
    # "Ms Jo Fisher, Social Worker, Children in Care Team", "Mr Ali, the careers adviser,"
    re.compile(rf"(?<![\w-])(?P<name>{_TITLED}),\s+(?:(?:the|a|an|our) (?P<role>[a-z][a-z'’-]*(?: [a-z][a-z'’-]*){{0,3}})"
               rf"|(?P<title>[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){{0,3}}))\s*[),;.]"),
)
#: What every match of the three titled patterns holds.
_TITLE_HINT = re.compile(r"(?:Mr|Mrs|Miss|Ms|Mx|Dr)\.? [A-Z]")


def named_roles(texts: Iterable[str]) -> dict[str, str]:
    """A person's name -> the role the plan gives them where it introduces them: "Mrs Shah (learning
    mentor, ...)", "his teaching assistant, Miss Rowe", "a named key adult (Miss Rowe)", "Ms Jo
    Fisher, Social Worker". A later "1:1 with Mrs Shah" names that role, as an auditor reading the
    whole plan understands it; :func:`with_expansions` appends it as it does an abbreviation's words."""
    out: dict[str, str] = {}
    for text in texts:
        # the last three need a title ("Mrs Shah"), the second and third a bracket, the first
        # and last a comma: skipped where the text has none (the same matches, found sooner)
        titled = _TITLE_HINT.search(text) is not None
        comma, bracket = "," in text, "(" in text
        for rx_, wanted in zip(_NAMED_ROLE_RES, (comma, bracket and titled, bracket and titled, comma and titled), strict=True):
            if not wanted:
                continue
            for m in rx_.finditer(text):
                name, role = m.group("name"), (m.group("role") or m.group("title")).strip()
                if name not in out and not any(c.isdigit() for c in role):
                    out[name] = role
                    # "her key person, Becky Lamb (...)": the plan goes on to call her "Becky"
                    first = name.split()[0]
                    if " " in name and not _TITLE_HINT.match(name) and first not in out:
                        out[first] = role
    return out
