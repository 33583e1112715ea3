"""Recognising EHC plan section headings, whatever the template.

A heading is recognised from its text plus a *signal* saying how strongly the layout marks it
as a heading:

* ``"style"``  - a Word heading style / Markdown ``#`` heading / setext underline;
* ``"strong"`` - bold or ALL CAPS text, or a label cell of a table;
* ``"cell"``   - a table cell: like strong, but no free words after a plain title;
* ``"weak"``   - an ordinary short line (no final full stop);
* ``"toc"``    - a table-of-contents line: never a heading.

Forms understood: ``Section A: ...``, ``PART A – ...``, ``A – Views ...``, ``A. Views``,
``A1 Summary ...`` (sub-codes map to their section), ``Sections C (...) and G (...)`` (the
first code) and title-only headings (``Outcomes``, ``Health provision``, ...). A sentence in
body text that merely contains a section's words is never a heading: weak lines must *be*
the title, strong ones must start with it.
"""

from __future__ import annotations

import re

Signal = str  # "style" | "strong" | "cell" | "weak" | "toc" (a contents line: never a heading)

_CODE_RE = re.compile(
    r"^\s*(?P<prefix>(?i:sections?|part)\s+)?"
    r"(?P<code>H\s?[12]|[A-K](?:\s?\d)?)"
    r"(?P<after>(?=$|[\s:.\-\u2013\u2014)(,;])\s*(?P<sep>[:.\-\u2013\u2014);])?\s*)(?P<rest>.*)$",
    re.DOTALL,
)

_NUMBERED_RE = re.compile(r"^\s*\d{1,2}[.)]\s+(?=(?i:sections?|part)\s)")

_LOWER_CODE_RE = re.compile(r"^(\s*(?i:sections?|part)\s+)(h\s?[12]|[a-k]\d?)(?=$|\s*[:.\-\u2013\u2014)])")

_CSDPA_RE = re.compile(
    r"chronically\s+sick|csdpa|section\s*2\b|\bh1\b", re.IGNORECASE
)

# Title-only patterns, matched at the start of the (lower-cased) text after an optional "the".
_TITLES: list[tuple[str, re.Pattern[str]]] = [
    ("H", re.compile(r"(?:any )?(?:other )?social care provision")),
    ("G", re.compile(r"(?:any )?health(?:\s*care)? provision")),
    ("F", re.compile(r"(?:special )?educational provision")),
    ("E", re.compile(r"outcomes\b")),
    ("D", re.compile(r"social care needs")),
    ("C", re.compile(r"health(?:\s*care)? needs")),
    ("B", re.compile(r"special educational needs(?! and provision)(?: and disabilit(?:y|ies))?")),
    ("A", re.compile(
        r"(?:(?:child(?:'s|ren's)?|young person's|family) )?views,? interests,? (?:and|&) aspirations"
        r"|views and aspirations|interests and aspirations|views, wishes and feelings")),
    ("I", re.compile(
        r"placement\b|(?:educational |school )placement|name and type of (?:the )?(?:school|setting|placement)"
        r"|type of (?:school|setting|placement)")),
    ("J", re.compile(r"personal budget|direct payments?\b")),
    ("K", re.compile(r"advice and information|advice received|list of advice|information and advice")),
]

_CONNECTORS = {
    "which", "that", "relating", "related", "relate", "relates", "reasonably", "required", "for",
    "of", "to", "under", "made", "including", "in", "arising", "identified", "the", "and",
    "provided", "needed", "gathered", "from", "by", "as", "section", "sought", "received",
    "(including", "(if",
}

_STRIP = " \t:;.,-\u2013\u2014*_#|"


def _words(text: str) -> int:
    return len(text.split())


def _clean(text: str) -> str:
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    return " ".join(text.split())


def _resolve_h(code: str, text: str) -> str:
    code = code.replace(" ", "").upper()
    if code == "H":
        return "H1" if _CSDPA_RE.search(text) and "other" not in text.lower()[:20] else "H2"
    if code in ("H1", "H2"):
        return code
    return code[0]  # A1, A2, B3 ... belong to their section


def title_match(text: str) -> tuple[str, str] | None:
    """``(code, remainder)`` if ``text`` starts with a section's plain title."""
    t = _clean(text).lower().strip(_STRIP)
    if t.startswith("the "):
        t = t[4:]
    # the Regulations' long titles: "The child or young person's health needs which relate to …"
    t = re.sub(r"^(?:child or young person's|child's or young person's|child's|young person's|child and young person's)\s+"
               r"(?=(?:special educational|health|social care)\b)", "", t)
    for code, pat in _TITLES:
        m = pat.match(t)
        if m:
            raw_rest = t[m.end():]
            rest = raw_rest.strip(_STRIP)
            if rest and re.match(r"\s*[:\u2013\u2014-]", raw_rest):
                rest = "\u2013 " + rest  # keep "a separator came first" for _remainder_ok
            return _resolve_h(code, text) if code == "H" else code, rest
    return None


#: The name of a council service or team ends with one of these: "Special Educational Needs and
#: Disability (SEND) Assessment and Review Service" is the team that wrote the plan, not Section B.
_ORG_TAIL_RE = re.compile(r"\b(?:service|services|team|department|directorate|panel|hub|unit|office)\W*$",
                          re.IGNORECASE)


def _names_service(rest: str) -> bool:
    """Free words after a section's title (past a bracketed gloss) that end a service's name."""
    free = re.sub(r"^\([^)]*\)\s*", "", rest)
    if not free or free.startswith("\u2013 ") or free.split()[0].lower() in _CONNECTORS:
        return False
    return bool(_ORG_TAIL_RE.search(free))


def _remainder_ok(rest: str, signal: Signal, cell: bool = False) -> bool:
    if not rest:
        return True
    if _names_service(rest):
        return False
    if signal == "weak":
        # only a bracketed gloss may follow: "Social care provision (CSDPA 1970 section 2)"
        return rest.startswith("(") and rest.endswith(")") and rest.count("(") == 1 and _words(rest) <= 15
    first = rest.split()[0].lower()
    if rest.startswith("(") or first in _CONNECTORS:
        return _words(rest) <= 40
    if rest.startswith("\u2013 "):  # "Outcomes – communication and interaction"
        return _words(rest) <= 13
    # free words straight after the title ("Placement details") are not a section heading,
    # except in a real Word/Markdown heading ("Outcomes sought")
    if cell:
        return False  # table labels must be the title itself ("Placement details" is front matter)
    return _words(rest) <= (3 if signal == "style" else 2)


#: A heading that names its section ("Section B", "Part H1") and ends with the council's own question.
_QUESTION_TAIL_RE = re.compile(r"^(?i:section|part)\s+(?:H\s?[12]|[A-K])\b\s*[:.\u2013\u2014-]?\s*\S")


def looks_like_heading_line(text: str, signal: Signal) -> bool:
    """Is this short enough, and shaped like a heading, for its signal?"""
    t = text.strip()
    if not t:
        return False
    n = _words(t)
    if signal == "style":
        return n <= 60
    if t.endswith("?") and signal == "strong" and _QUESTION_TAIL_RE.match(t):
        # a house style's question beside the section's letter: "Section B: The special educational
        # needs of the child or young person | What do I need help with?", "Part E - What do we want
        # to achieve?" (classify still needs the letter or the statutory title)
        return n <= 60
    if t.endswith((".", "?", "!")) and not t.endswith("..."):
        # "A." / "Section F." are fine; sentences are not
        if not re.fullmatch(r"(?i:(?:section|part)\s+)?[A-K]\d?\.", t):
            return False
    if signal == "strong":
        # a bold line naming its section ("Section J: Where there is a personal budget, the details
        # of how ...") may carry the Regulations' whole title, the longest some 50 words
        return n <= (60 if _QUESTION_TAIL_RE.match(t) else 40)
    return n <= 20


def classify(text: str, signal: Signal) -> str | None:
    """The section code a heading names, or ``None`` if this is not a section heading."""
    if not text or signal == "toc":
        return None
    cell = signal == "cell"  # a table cell: strong, but stricter about words after a title
    if cell:
        signal = "strong"
    line = _clean(text.strip().splitlines()[0] if text.strip() else "")
    line = _NUMBERED_RE.sub("", line)  # "1. Section A: ..." / "2) PART B ..."
    line = _LOWER_CODE_RE.sub(lambda m: m.group(1) + m.group(2).upper(), line)  # "section h1:" -> "section H1:"
    if not line or not looks_like_heading_line(line, signal):
        return None
    m = _CODE_RE.match(line)
    if m:
        code = m.group("code")
        prefix = m.group("prefix")
        sep = m.group("sep")
        rest = (m.group("rest") or "").strip()
        resolved = _resolve_h(code, line)
        if prefix:
            return resolved
        has_digit = any(ch.isdigit() for ch in code)
        if not rest:
            # a bare "F" or "F:" label: only where layout says it is a heading
            return resolved if signal != "weak" or sep else None
        tm = title_match(rest)
        if tm and _compatible(resolved, tm[0]):
            return resolved
        if sep and signal == "style":
            return resolved
        if has_digit and signal != "weak" and code.upper()[0] in "AH":
            return resolved
        if sep and signal == "strong" and rest[:1].isupper() and _words(rest) <= 30 and tm:
            return resolved
    tm = title_match(line)
    if tm and _remainder_ok(tm[1], signal, cell):
        return tm[0]
    return None


_MULTI_RE = re.compile(
    r"^\s*(?i:sections?|parts?)\s+(?:H\s?[12]|[A-K])(?:\s*\([^)]*\))?"
    r"((?:\s*(?:,|(?i:and)|&|/)\s*(?:(?i:section)\s+)?(?:H\s?[12]|[A-K])\b(?:\s*\([^)]*\))?)+)"
)
_MULTI_CODE_RE = re.compile(r"(?:^|[\s,&/])(H\s?[12]|[A-K])\b")


def also_codes(text: str) -> list[str]:
    """Other sections a combined heading names: "Sections C (...) and G (...)" -> ["G"]."""
    m = _MULTI_RE.match(_clean(_NUMBERED_RE.sub("", text.strip().split("\n", 1)[0] if text.strip() else "")))
    if not m:
        return []
    tail = re.sub(r"\([^)]*\)", " ", m.group(1))
    return [_resolve_h(c, c) for c in _MULTI_CODE_RE.findall(tail)]


def _compatible(code: str, titled: str) -> bool:
    if code == titled:
        return True
    return code in ("H1", "H2") and titled in ("H1", "H2")


def code_only(text: str) -> str | None:
    """A cell that is nothing but a section code (``A1``, ``F``, ``Section F:``)."""
    m = _CODE_RE.match(_NUMBERED_RE.sub("", _clean(text)))
    if m and not (m.group("rest") or "").strip():
        return _resolve_h(m.group("code"), text)
    return None


AREAS: list[tuple[str, re.Pattern[str]]] = [
    ("Communication and interaction", re.compile(r"communication\s+and\s+interaction", re.I)),
    ("Cognition and learning", re.compile(r"cognition\s+and\s+learning", re.I)),
    ("Social, emotional and mental health", re.compile(
        r"social,?\s+emotional,?\s+(?:and\s+)?mental\s+health|\bSEMH\b", re.I)),
    ("Sensory and/or physical", re.compile(r"sensory\s+(?:and/or|and|or|&)\s+physical|physical\s+and(?:/or)?\s+sensory", re.I)),
]


def area_name(text: str) -> str | None:
    """The area of need a heading names, as written in the Code of Practice."""
    for name, pat in AREAS:
        if pat.search(text):
            return name
    return None
