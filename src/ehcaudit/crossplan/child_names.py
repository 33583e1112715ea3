"""Which first names a plan uses in a child's place, and which of them is its child.

Hand-made recognition, kept as word lists and patterns: a first name (from Faker's lists,
:mod:`ehcaudit.names`) as the subject of a verb about a child ("Sam will"), a possessive
("Sam's") or an object ("support Sam to"); never after a title or a role ("Mrs Patel",
"Mum (Sarah)") or as part of a full name ("David Jones will"), which make it an adult's.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from ehcaudit.model import Plan
from ehcaudit.names import first_names
from ehcaudit.text import sentences

#: Titles and roles: a first name right after one of these is an adult, not the child.
_TITLES = ("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "nurse",
           "sister", "rev", "revd", "father", "madam")
_ROLES = (
    "mum", "mother", "dad", "father", "parent", "parents", "carer", "carers", "foster carer",
    "grandmother", "grandfather", "grandma", "grandpa", "gran", "granny", "nan", "nana", "grandad",
    "aunt", "auntie", "uncle", "brother", "sister", "stepmother", "stepfather", "stepmum",
    "stepdad", "sibling", "cousin", "guardian", "teacher", "class teacher", "senco", "ta",
    "teaching assistant", "keyworker", "key worker", "key adult", "social worker", "therapist",
    "speech and language therapist", "occupational therapist", "physiotherapist",
    "psychologist", "educational psychologist", "paediatrician", "nurse", "school nurse",
    "caseworker", "case worker", "headteacher", "head teacher", "deputy head", "mentor",
    "coordinator", "co-ordinator", "officer", "consultant", "doctor", "gp", "practitioner",
    "support worker", "personal assistant", "pa", "dco", "friend", "partner",
    # pets: "her dog Max is ..."
    "dog", "cat", "puppy", "kitten", "rabbit", "hamster", "guinea pig", "pet", "pony", "horse",
)
_ROLE_ALT = "|".join(sorted((re.escape(r) for r in _ROLES), key=len, reverse=True))
_NAME = r"[A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?"  # Sam, Mary-Jane, O'Neil
#: Verbs that make a first name the subject of a sentence about a child ("Sam will", "Sam can").
_CHILD_VERBS = (
    "will", "can", "could", "cannot", "can't", "is", "isn't", "has", "had", "needs", "enjoys",
    "likes", "loves", "dislikes", "finds", "found", "told", "tells", "says", "said", "wants",
    "wanted", "would", "should", "does", "did", "doesn't", "uses", "used", "reads", "writes",
    "attends", "attended", "struggles", "communicates", "responds", "benefits", "requires",
    "was", "gets", "prefers", "understands", "shows", "tends", "becomes", "may",
    "must", "might", "lives", "hopes", "plays", "goes", "works", "learns", "engages",
    "follows", "manages", "presents", "continues", "remains", "feels", "became", "began",
    "started", "achieved", "achieves", "made", "makes", "took", "takes", "shared", "expressed",
    "explained", "described", "enjoyed", "loved", "liked", "needed", "experiences", "displays",
)
_VERB_ALT = "|".join(sorted((re.escape(v) for v in set(_CHILD_VERBS)), key=len, reverse=True))
_SUBJECT_RE = re.compile(rf"\b({_NAME})\s+(?:{_VERB_ALT})\b")
_POSSESSIVE_RE = re.compile(rf"\b({_NAME})['’]s\b")
_OBJECT_RE = re.compile(rf"\b(?:support|help|enable|encourage|allow|teach|prompt|remind|ask)s?"
                        rf"\s+({_NAME})\s+(?:to|with|in)\b")
# Anchored tests on the words just before or after a name ("Mrs Patel", "Mum (Sarah)",
# "Sarah (Mum)", "Ms R Khan, SENCO", "David Jones will"): such a name is an adult's.
_TITLE_BEFORE_RE = re.compile(rf"(?i:\b(?:{'|'.join(_TITLES)})\b)\.?[ \t]+(?:[A-Z]\.?[ \t]+)*$")
_ROLE_BEFORE_RE = re.compile(
    rf"(?i:\b(?:{_ROLE_ALT})\b)[,:]?[ \t]*(?:\([ \t]*)?(?:called[ \t]+|named[ \t]+)?$")
_ROLE_AFTER_RE = re.compile(
    rf"^[ \t]*(?:\(|,[ \t]*(?:(?:the|their|his|her|{_NAME}['’]s)[ \t]+)?(?:(?:best|older|younger|"
    rf"little|big|class|own)[ \t]+)?)(?i:(?:{_ROLE_ALT})\b)")
_SURNAME_AFTER_RE = re.compile(rf"^[ \t]+(?:[A-Z]\.?[ \t]+)?{_NAME}[ \t]+(?:{_VERB_ALT}|\()")
_FIRST_NAME_BEFORE_RE = re.compile(rf"\b({_NAME})[ \t]+(?:[A-Z]\.?[ \t]+)?$")
_VERB_AFTER_RE = re.compile(rf"^[ \t]+(?:{_VERB_ALT}|\()")
#: Capitalised words that are first names in some list but here are almost always English words.
_COMMON_WORDS = frozenset(
    "Will May Art Hope Joy Faith Mark Bill Summer Autumn Dawn Sunny Pat Guy Frank Rich Sky Star "
    "Rain River Brook Glen Dale Chase Page Reading Learning Major Royal King Earl Price Young Long "
    "Case Love Harmony Honor Honour Justice Liberty Christian Noble Patience Storm Bay Misty Van "
    "Easter Christmas Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February "
    "March April June July August September October November December In On At By For During "
    "After Before Every Each When Then Today Tomorrow Yesterday English French German Welsh "
    "Irish Scottish British Maths Science History Geography Music Drama Dance Health Social "
    "Care School College Staff Support Speech Therapy Mum Dad Nan Nana Gran Papa Mama Baby "
    "Sister Brother Forest Rock Haven Mentor Beat Kip Meadow "
    # words that start sentences: never names
    "He She They It We You This That These Those There Here His Her Their Its Our My Your The "
    "What Who Which Where How Why If All Some Any None Both Other Another Also And But Or So "
    "Nobody Everyone Everybody Someone Somebody Anyone Everything Something Nothing".split())
#: At most this many places are kept for each name in a child's place (a finding lists them).
MAX_NAME_ROWS = 20


def _cap(name: str) -> str:
    """"sam" -> "Sam", "MARY-JANE" -> "Mary-Jane" (names compare in this form)."""
    return "-".join(part[:1].upper() + part[1:].lower() for part in name.split("-"))


_KNOWN_AS_RE = re.compile(r"[A-Za-z\u00C0-\u024F]+(?:[-'’][A-Za-z\u00C0-\u024F]+)*")


def _adults(text: str, names: set[str]) -> set[str]:
    """Which of ``names`` the plan gives with a title or a role, or as a full name, anywhere
    ("Mrs Patel", "Mum (Sarah)", "Sarah (Mum)", "Ms R Khan, SENCO", "David Jones will")."""
    out: set[str] = set()
    for name in names:
        for m in re.finditer(rf"\b{re.escape(name)}\b", text, re.IGNORECASE):
            before, after = text[max(0, m.start() - 60):m.start()], text[m.end():m.end() + 60]
            first = _FIRST_NAME_BEFORE_RE.search(before)
            if (_TITLE_BEFORE_RE.search(before) or _ROLE_BEFORE_RE.search(before)
                    or _ROLE_AFTER_RE.match(after) or _SURNAME_AFTER_RE.match(after)
                    or (first and _cap(first.group(1)) not in _COMMON_WORDS
                        and _VERB_AFTER_RE.match(after))):
                out.add(name)
                break
    return out


@lru_cache(maxsize=16384)
def _child_place_names(sentence: str) -> tuple[str, ...]:
    """First names used in a child's place in one sentence, in order (with repeats)."""
    # cached: child_name and fingerprint both ask of the same sentences, and boilerplate
    # sentences recur from plan to plan
    hits: list[tuple[int, str]] = []
    for rx in (_SUBJECT_RE, _POSSESSIVE_RE, _OBJECT_RE):
        for m in rx.finditer(sentence):
            start = m.start(1)
            if _TITLE_BEFORE_RE.search(sentence[max(0, start - 20):start]):
                continue  # "Mrs Patel will", "Dr A Smith's"
            hits.append((start, _cap(m.group(1))))
    seen: set[int] = set()
    out = []
    for start, name in sorted(hits):
        if start not in seen:
            seen.add(start)
            out.append(name)
    return tuple(out)


#: "Known as" values that are not a name ("[redacted]", "N/A", "TBC", "the child").
_NOT_A_NAME = frozenset({"redacted", "n", "na", "none", "tbc", "tba", "unknown", "not", "known",
                         "the", "child", "young", "person", "yp", "cyp", "x", "xx", "xxx",
                         "name", "pseudonym", "anonymised", "withheld"})


def child_name(plan: Plan) -> tuple[str | None, str]:
    """The name the plan uses for its child and where it came from.

    ``("Jade", "known_as")`` when ``Known as:`` holds a name that the plan's sections use;
    else the first name used most in a child's place, ``("Jade", "frequent")``; else the
    ``Known as`` name even if unused, or ``(None, "none")``.
    """
    text = "\n".join(b.text for b in plan.blocks if b.section)
    given = None
    if plan.front.known_as and "[" not in plan.front.known_as:
        first = _KNOWN_AS_RE.search(plan.front.known_as)
        if first and first.group().lower() not in _NOT_A_NAME:
            given = _cap(first.group())
            if re.search(rf"\b{re.escape(given)}\b", text, re.IGNORECASE):
                return given, "known_as"
    names = first_names()
    counts = Counter(n for s in sentences(text) for n in _child_place_names(s)
                     if n in names and n not in _COMMON_WORDS)
    adults = _adults(text, set(counts))
    counts = Counter({n: c for n, c in counts.items() if n not in adults})
    if counts:
        return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0][0], "frequent"
    return (given, "known_as") if given else (None, "none")
