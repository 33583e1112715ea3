"""Cross-plan checks within a month's sample: copy-paste and wrong name.

Only a batch tool can find these (inspectors found both nationally):

* **copy_paste** — the same sentence pasted into several *different* children's plans.
* **wrong_name** — a plan that names a different child from the one it is about ("Sam will use
  his visual timetable" inside Jade's plan: a leftover from the plan it was copied from).

Two steps, so plans reused from the results store without being read again still take part:

1. :func:`fingerprint` — when a plan is read, a compact, JSON-serialisable digest: short
   hashes of its normalised sentences with section and location, the masked (and truncated)
   text of the sentences that could be reported, and the names it uses in a child's place.
   Identifiers are masked with :mod:`ehcaudit.privacy` before anything is kept.
2. :func:`cross_plan_findings` — given ``{sha256: fingerprint}`` for a month, the findings as
   plain dicts in a deterministic order.

Normalising a sentence: Unicode NFKC, lower case, punctuation dropped, white space folded, the
plan's own child's name replaced by ``<child>`` (so "Jade will…" in Jade's plan and "Sam will…"
in Sam's plan match) and, by default, he/she, his/her/him and himself/herself folded (a pasted
sentence whose pronouns were changed is still pasted). The child's name is
``plan.front.known_as`` or, without it, the first name most used in a child's place.

Template or paste? A sentence of at least ``min_words`` words shared by several different
children's plans is copy-paste when it describes a child, whether or not it names one. It is
not when it is template text - the national template's own text and the administrative,
statutory and sign-off wording listed as data in ``ehcaudit/data/crossplan-boilerplate.yaml``,
or a sentence that (nearly) every child's plan of the month shares (``template_share``).

Every parameter is a field of :class:`CrossPlanSettings`; :data:`DEFAULTS` holds the defaults.

Size: a 5,000-word plan's fingerprint is about 26 KiB of JSON (4 KiB gzipped), nearly all of it
the text of reportable sentences; comparing a month of 500 plans takes about 0.3 s
(``python benchmarks/crossplan/run.py``).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from array import array
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from typing import TypedDict

from pydantic import BaseModel, Field

from ehcaudit.model import Block, Plan
from ehcaudit.names import first_names
from ehcaudit.privacy import find_identifiers, mask_text
from ehcaudit.text import sentences, words

#: Bump when the fingerprint's layout or normalisation changes: a store holding fingerprints of
#: another version should recompute them (they are not comparable across versions).
FINGERPRINT_VERSION = 2


class CrossPlanSettings(BaseModel):
    """Parameters of both cross-plan checks (the defaults are in :data:`DEFAULTS`)."""

    model_config = {"extra": "forbid", "frozen": True}

    min_words: int = Field(10, description="A sentence shorter than this (in words, after "
                           "normalising) is a stock phrase, or short enough to coincide by "
                           "chance ('Sam is 12 and lives with his family.'), and is never "
                           "reported as copy-paste")
    overlap_min_words: int = Field(3, description="Shorter sentences are not even hashed")
    text_chars: int = Field(200, description="Reportable sentences keep at most this much "
                            "(masked) text in the fingerprint")
    sections: tuple[str, ...] = Field(
        ("A", "B", "C", "D", "E", "F", "G", "H1", "H2"),
        description="Sections whose sentences are compared. Front matter, I (placement), "
        "J (personal budget) and K (advice list) are records, not descriptions of the child")
    fold_pronouns: bool = Field(True, description="Treat he/she, his/her/him, himself/herself "
                                "alike when comparing sentences")
    require_child_reference: bool = Field(
        False, description="Only sentences naming the plan's child or using he/she/his/her/him "
        "can be copy-paste. Off by default: a description pasted between children's plans is "
        "copy-paste whether or not it names anyone ('The first signs of rising anxiety are "
        "usually chewing the cuff of a jumper ...'); administrative and template wording is "
        "told apart by its words and by what the month's plans share (see boilerplate)")
    boilerplate: bool = Field(
        True, description="A sentence that does not refer to the child and holds an "
        "administrative word (plan, section, local authority, service, signed, advice ...: "
        "ehcaudit/data/crossplan-boilerplate.yaml) is a statement or sign-off, never copy-paste; "
        "nor is the national template's own text listed there")
    min_plans: int = Field(2, description="Report a sentence found in at least this many "
                           "different children's plans")
    template_share: float = Field(0.8, description="A sentence in at least this share of the "
                                  "month's children is template text, not copy-paste ...")
    template_min_plans: int = Field(5, description="... when the month has at least this many "
                                    "children (with fewer, the share says nothing)")
    same_child_overlap: float = Field(0.8, description="Two plans with the same child's name "
                                      "sharing at least this share of sentences (Jaccard) are "
                                      "the same child's plan (re-issued), not two children")
    template_sentences: tuple[str, ...] = Field(
        (), description="Known template text: sentences never reported, compared after "
        "normalising like plan text; write the child's name as <child>")


DEFAULTS = CrossPlanSettings()

# -- names -----------------------------------------------------------------------------------

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
_PRONOUNS = {"he": "<he>", "she": "<he>", "his": "<his>", "her": "<his>", "hers": "<his>",
             "him": "<his>", "himself": "<self>", "herself": "<self>"}
_CHILD_PRONOUNS = frozenset({"he", "she", "his", "her", "hers", "him", "himself", "herself"})


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


# -- normalising -----------------------------------------------------------------------------

_LABEL_RE = re.compile(r"^[A-Z][A-Za-z ,/&()'’-]{0,50}:\s+(?=\S)")
_TOKEN_RE = re.compile(r"<child>|[a-z0-9]+(?:['’][a-z]+)?")


def normalise_sentence(sentence: str, child: str | Iterable[str] | None,
                       fold_pronouns: bool = True) -> str:
    """The comparison form of a sentence (see the module docstring). ``child`` is the plan's
    child's name, or several names that all become ``<child>``."""
    text = sentence if sentence.isascii() else unicodedata.normalize("NFKC", sentence).replace("’", "'")
    text = _LABEL_RE.sub("", text.strip())  # "Strengths: Jade is ..." -> "Jade is ..."
    names = (child,) if isinstance(child, str) else tuple(sorted(child or (), key=len, reverse=True))
    names_rx = _names_rx(names)
    if names_rx is not None:
        text = names_rx.sub(_child_token, text)
    tokens = _TOKEN_RE.findall(text.lower())
    if fold_pronouns:
        tokens = [_PRONOUNS.get(t, t) for t in tokens]
    return " ".join(tokens).replace("'", "")  # no token holds a space; only words hold "'"


@lru_cache(maxsize=256)
def _names_rx(names: tuple[str, ...]) -> re.Pattern | None:
    names = tuple(n for n in names if n)
    if not names:
        return None
    alt = "|".join(re.escape(n) for n in names)
    return re.compile(rf"\b(?:{alt})\b(?:'s)?", re.IGNORECASE)


def _child_token(m: re.Match) -> str:
    return "<child>" + (" s" if m.group().endswith("'s") else "")


def sentence_hash(normalised: str) -> str:
    """12 hex characters (48 bits) of BLAKE2b: collisions are negligible in a month or a
    caseload (about 1 in 100 for two million distinct sentences)."""
    return hashlib.blake2b(normalised.encode("utf-8"), digest_size=6).hexdigest()


def _sentence_blocks(plan: Plan, settings: CrossPlanSettings) -> list[tuple[Block, str]]:
    out = []
    wanted = set(settings.sections)
    for b in plan.blocks:
        if b.kind == "heading" or b.section not in wanted:
            continue
        for s in sentences(b.text):
            out.append((b, s))
    return out


# -- fingerprint -----------------------------------------------------------------------------


class Fingerprint(TypedDict):
    """The layout of what :func:`fingerprint` returns (a plain dict, stored as JSON)."""

    v: int
    plan_id: str
    sha256: str
    child: str | None
    child_from: str
    s: list[list]      # [hash, section, location, text|None]
    names: list[list]  # [name, in_name_list, section, location, text]


def fingerprint(plan: Plan, settings: CrossPlanSettings = DEFAULTS, *,
                masked: bool = False) -> dict:
    """A compact, JSON-serialisable digest of one plan for the cross-plan checks.

    ``s``: one ``[hash, section, location, text]`` per distinct normalised sentence of at least
    ``overlap_min_words`` words in ``settings.sections`` (first occurrence); ``text`` is the
    masked sentence cut to ``text_chars`` characters when the sentence could be reported as
    copy-paste, else ``None``. ``names``: ``[name, is_first_name, section, location, text]``
    for each name other than the child's used in a child's place. No identifier is kept: every
    text and the plan id pass through :func:`ehcaudit.privacy.mask_text`. ``masked=True``
    says the caller has done that already (the plan came from
    :func:`ehcaudit.privacy.mask_plan`, or :func:`ehcaudit.privacy.scan_plan` found nothing)
    and skips the scan, which is about half the time on a long plan.
    """
    child, child_from = child_name(plan)
    names = first_names()
    all_text = "\n".join(b.text for b in plan.blocks)
    # A capitalised word also used in lower case in the plan ("art", "will") is not a name.
    lower_words = {w for w in words(all_text) if w.islower()}
    # Mask only where needed: one scan of the whole plan, then of each block if it found any.
    flagged = ({b.id for b in plan.blocks if find_identifiers(b.text)}
               if not masked and find_identifiers(all_text) else set())

    def clean(block: Block, sentence: str) -> str:
        return mask_text(sentence) if block.id in flagged else sentence

    # Every sentence is masked before it is hashed or kept, so the fingerprint of a plan is the
    # same whether it was masked here or by the caller.
    pairs = [(b, clean(b, s)) for b, s in _sentence_blocks(plan, settings)]

    # Names other than the child's in a child's place (a wrong name, or another child's).
    candidates: dict[tuple[str, int], list] = {}
    for block, s in pairs:
        for name in _child_place_names(s):
            if (child and name.lower() == child.lower()) or name in _COMMON_WORDS \
                    or name.lower() in lower_words:
                continue
            candidates.setdefault((name, block.id), [name, name in names, block.section,
                                                     block.location, s[: settings.text_chars]])
    adults = _adults(all_text, {row[0] for row in candidates.values()})
    per_name: Counter[str] = Counter()
    name_hits = []
    for row in candidates.values():
        if row[0] not in adults and per_name[row[0]] < MAX_NAME_ROWS:
            per_name[row[0]] += 1
            name_hits.append(row)
    # Those names count as the child too when comparing, so a sentence pasted with the other
    # child's name left in still matches the plan it came from.
    placeholders = {child, *(row[0] for row in name_hits)} - {None}
    seen: set[str] = set()
    sents: list[list] = []
    for block, s in pairs:
        norm = normalise_sentence(s, placeholders, settings.fold_pronouns)
        n_words = len(norm.split())
        if n_words >= settings.overlap_min_words:
            h = sentence_hash(norm)
            if h not in seen:
                seen.add(h)
                reportable = n_words >= settings.min_words and (
                    _refers_to_child(norm) or (not settings.require_child_reference and not (
                        settings.boilerplate and _administrative(norm))))
                text = s[: settings.text_chars] if reportable else None
                sents.append([h, block.section, block.location, text])
    return {"v": FINGERPRINT_VERSION, "plan_id": mask_text(plan.plan_id), "sha256": plan.sha256,
            "child": child, "child_from": child_from, "s": sents, "names": name_hits}


@lru_cache(maxsize=1)
def _boilerplate_data() -> tuple[re.Pattern, frozenset[str]]:
    """(administrative words as one pattern over normalised text, the template's own sentence
    hashes) from ``ehcaudit/data/crossplan-boilerplate.yaml``."""
    from importlib import resources

    import yaml

    raw = yaml.safe_load(resources.files("ehcaudit").joinpath("data", "crossplan-boilerplate.yaml")
                         .read_text(encoding="utf-8"))
    unknown = set(raw) - {"administrative_words", "template_sentences"}
    if unknown:
        raise ValueError(f"crossplan-boilerplate.yaml: unknown keys {sorted(unknown)}")
    phrases = sorted({normalise_sentence(str(w), None, False) for w in raw["administrative_words"]},
                     key=len, reverse=True)
    words_rx = re.compile(r"(?<![\w<])(?:" + "|".join(re.escape(w) for w in phrases if w) + r")(?![\w>])")
    template = frozenset(sentence_hash(normalise_sentence(t, None, True)) for t in raw["template_sentences"])
    return words_rx, template


def _administrative(normalised: str) -> bool:
    """A statement about the plan, its process or services, or about children in general."""
    return _boilerplate_data()[0].search(normalised) is not None


def _refers_to_child(normalised: str) -> bool:
    tokens = normalised.split()
    return "<child>" in tokens or any(t in ("<he>", "<his>", "<self>") or t in _CHILD_PRONOUNS
                                      for t in tokens)


# -- month -----------------------------------------------------------------------------------


def _children(month: dict[str, dict], settings: CrossPlanSettings) -> dict[str, int]:
    """Group plans that are the same child's (same reference and name, or same name and very
    high overlap, or the same file): plan key -> group number (union-find)."""
    keys = sorted(month)
    parent = {k: k for k in keys}

    def find(k: str) -> str:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    def union(a: str, b: str) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    by_name: dict[str, list[str]] = defaultdict(list)
    for k in keys:
        fp = month[k]
        name = (fp.get("child") or "").lower()
        if name:
            by_name[name].append(k)
    # The same file twice, or the same reference for the same (or an unnamed) child.
    by_sha: dict[str, list[str]] = defaultdict(list)
    by_ref: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for k in keys:
        fp = month[k]
        by_sha[fp.get("sha256") or k].append(k)
        if fp.get("plan_id"):
            by_ref[fp["plan_id"]][(fp.get("child") or "").lower()].append(k)
    for same in by_sha.values():
        for k in same[1:]:
            union(same[0], k)
    for names in by_ref.values():
        for name, same in names.items():
            for k in same[1:]:
                union(same[0], k)
            if not name:  # a plan without the child's name joins every plan with its reference
                for other in names.values():
                    union(same[0], other[0])
    for group in by_name.values():
        if len(group) < 2:
            continue
        hashes = {k: month[k][_ALL_HASHES] if _ALL_HASHES in month[k]
                  else {row[0] for row in month[k].get("s", [])} for k in group}
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                ha, hb = hashes[a], hashes[b]
                if ha and hb and len(ha & hb) / len(ha | hb) >= settings.same_child_overlap:
                    union(a, b)
    roots = sorted({find(k) for k in keys})
    number = {r: i for i, r in enumerate(roots)}
    return {k: number[find(k)] for k in keys}


def _loc(fp: dict, key: str, section: str | None, location: str) -> dict:
    return {"plan_id": fp.get("plan_id", key), "section": section, "location": location,
            "sha256": fp.get("sha256", key)}


#: A sentence hash as :func:`sentence_hash` writes it (12 hex digits: fits 64 bits).
_HASH_RE = re.compile(r"[0-9a-f]{12}")
#: Key under which :func:`slim_month` keeps every sentence hash of a plan whose child's name
#: another plan of the month shares (the same-child test compares them).
_ALL_HASHES = "_all_hashes"


def slim_month(rows: Callable[[], Iterable[tuple[str, dict]]]) -> dict[str, dict]:
    """A month's fingerprints cut to what :func:`cross_plan_findings` needs, read in two passes
    over ``rows()`` (``(sha256, fingerprint)`` pairs, one at a time: the store's
    ``iter_month_fingerprints``), so a month of thousands of plans is never all in memory.

    ``cross_plan_findings(slim_month(rows))`` equals ``cross_plan_findings(dict(rows()))``: a
    plan keeps only the sentences whose hash is reportable in two or more plans (no other can
    be copy-paste), its names and details, and, when another plan of the month has the same
    child's name, the hashes of all its sentences.
    """
    import numpy as np

    # Pass 1: every reportable hash as a 64-bit integer in one array (8 bytes each, not a
    # string in a Counter: a 20,000-plan month has millions), odd hash strings counted apart.
    ints = array("q")
    odd: Counter[str] = Counter()
    names: Counter[str] = Counter()
    for _, fp in _current(rows()):
        for row in fp["s"]:
            if row[3]:
                if _HASH_RE.fullmatch(row[0]):
                    ints.append(int(row[0], 16))
                else:
                    odd[row[0]] += 1
        if fp.get("child"):
            names[fp["child"].lower()] += 1
    a = np.frombuffer(ints, dtype=np.int64).copy()
    del ints
    a.sort()
    repeated_ints = set(np.unique(a[1:][a[1:] == a[:-1]]).tolist())
    del a
    repeated_odd = {h for h, n in odd.items() if n >= 2}

    def repeated(h: str) -> bool:
        return int(h, 16) in repeated_ints if _HASH_RE.fullmatch(h) else h in repeated_odd

    out: dict[str, dict] = {}
    for key, fp in _current(rows()):
        slim = dict(fp, s=[row for row in fp["s"] if repeated(row[0])])
        if fp.get("child") and names[fp["child"].lower()] >= 2:
            slim[_ALL_HASHES] = frozenset(row[0] for row in fp["s"])
        out[key] = slim
    return out


def _current(rows: Iterable[tuple[str, object]]) -> Iterator[tuple[str, dict]]:
    """The rows whose fingerprint is of this :data:`FINGERPRINT_VERSION`, malformed rows dropped."""
    for key, fp in rows:
        if isinstance(fp, dict) and fp.get("v") == FINGERPRINT_VERSION:
            yield key, _valid(fp, key)


def _valid(fp: dict, key: str) -> dict:
    """A fingerprint with malformed rows dropped (a damaged store must not stop the audit)."""
    def text(x: object) -> bool:
        return isinstance(x, str)

    def sentence_row(r: object) -> bool:  # [hash, section, location, text|None]
        return (isinstance(r, list) and len(r) == 4 and text(r[0]) and text(r[2])
                and (r[1] is None or text(r[1])) and (r[3] is None or text(r[3])))

    def name_row(r: object) -> bool:  # [name, is_first_name, section, location, text]
        return (isinstance(r, list) and len(r) == 5 and text(r[0]) and text(r[3])
                and text(r[4]) and (r[2] is None or text(r[2])))

    s, names = fp.get("s"), fp.get("names")
    return dict(fp, plan_id=fp["plan_id"] if text(fp.get("plan_id")) and fp["plan_id"] else key,
                child=fp["child"] if text(fp.get("child")) else None,
                s=[r for r in s if sentence_row(r)] if isinstance(s, list) else [],
                names=[r for r in names if name_row(r)] if isinstance(names, list) else [])


def _same_stem(name: str, child: str | None) -> bool:
    if not child:
        return False
    a, b = name.lower(), child.lower()
    return a.startswith(b) or b.startswith(a)


def _some(ids: list[str], most: int = 6) -> str:
    """"A, B, C" or "A, B, C, D, E, F and 7 more"."""
    if len(ids) <= most:
        return ", ".join(ids)
    return f"{', '.join(ids[:most])} and {len(ids) - most} more"


def cross_plan_findings(month: dict[str, dict],
                        settings: CrossPlanSettings = DEFAULTS) -> list[dict]:
    """Copy-paste and wrong-name findings for one month's sample.

    ``month`` maps each plan's **sha256** (its content hash, unique even when two plans share a
    reference) to its :func:`fingerprint`. Returns dicts ``{"kind": "copy_paste"|"wrong_name",
    "text", "plans": [plan_id...], "count", "locations": [{"plan_id", "section", "location",
    "sha256"}...], "message"}``: copy-paste first (most children first, then by text), then
    wrong name (by plan id, then name). For copy-paste, ``count`` is the number of different
    children and ``plans`` every plan holding the sentence (a child's re-issued plan too); for
    wrong name, ``plans`` is the one plan that names another child and ``count`` is 1.
    Fingerprints of another :data:`FINGERPRINT_VERSION` are skipped (the caller should
    recompute them), and malformed rows in a fingerprint are ignored.
    """
    month = dict(_current(month.items()))
    if not month:
        return []
    group = _children(month, settings)
    n_children = len(set(group.values()))
    template = {sentence_hash(normalise_sentence(t, None, settings.fold_pronouns))
                for t in settings.template_sentences}
    if settings.boilerplate:
        template |= _boilerplate_data()[1]

    # -- copy-paste: a reportable sentence hash -> occurrences in different children's plans
    # Two passes so that the (many) sentences found in one plan only cost a count.
    seen_in = Counter(row[0] for fp in month.values() for row in fp["s"] if row[3])
    repeated = {h for h, n in seen_in.items() if n >= 2} - template
    del seen_in
    occurrences: dict[str, list[tuple[str, list]]] = defaultdict(list)
    for key in sorted(month):
        for row in month[key]["s"]:
            if row[0] in repeated:
                occurrences[row[0]].append((key, row))
    out: list[dict] = []
    for h, occ in occurrences.items():
        if h in template:
            continue
        texts = [row[3] for _, row in occ if row[3]]
        if not texts:
            continue  # a stock phrase, a heading or a sentence not about the child
        kids = {group[key] for key, _ in occ}
        if len(kids) < settings.min_plans:
            continue
        if (n_children >= settings.template_min_plans
                and len(kids) >= settings.template_share * n_children):
            continue  # in (nearly) every child's plan this month: template text
        occ = sorted(occ, key=lambda kr: (month[kr[0]].get("plan_id", ""), kr[0]))
        plans = [month[key].get("plan_id", key) for key, _ in occ]
        locations = [_loc(month[key], key, row[1], row[2]) for key, row in occ]
        text = sorted(texts)[0]
        out.append({
            "kind": "copy_paste", "text": text, "plans": plans, "count": len(kids),
            "locations": locations,
            "message": (f"The same sentence appears in {len(kids)} different children's plans "
                        f"({_some(plans)}): write each child's plan about that child."),
        })
    out.sort(key=lambda f: (-f["count"], f["text"], f["plans"]))

    # -- wrong name: a name other than the plan's child used in a child's place
    children_by_name: dict[str, list[str]] = defaultdict(list)
    for key, fp in month.items():
        if fp.get("child"):
            children_by_name[fp["child"]].append(key)
    wrong: list[dict] = []
    for key in sorted(month, key=lambda k: (month[k].get("plan_id", ""), k)):
        fp = month[key]
        hits: dict[str, list[list]] = defaultdict(list)
        for row in fp.get("names", []):
            hits[row[0]].append(row)
        for name in sorted(hits):
            others = [k for k in children_by_name.get(name, []) if group[k] != group[key]]
            # Within the plan: a first name, but not a short or long form of the child's own
            # ("Alex" in Alexander's plan); another child of the month counts whatever it is.
            is_name = any(row[1] for row in hits[name]) and not _same_stem(name, fp.get("child"))
            if not others and not is_name:
                continue
            rows = hits[name]
            times = ("once" if len(rows) == 1 else f"{len(rows)} or more times"
                     if len(rows) >= MAX_NAME_ROWS else f"{len(rows)} times")
            pid = fp.get("plan_id", key)
            child = fp.get("child")
            opening = (f"This plan is about {child} but names {name}" if child
                       else f"This plan names {name}")
            if others:
                other_ids = sorted({month[k].get("plan_id", k) for k in others})
                why = (f"{name} is the child in {_some(other_ids)} this month: "
                       "probably left over from copying that plan.")
            else:
                why = "probably left over from another child's plan."
            wrong.append({
                "kind": "wrong_name", "text": rows[0][4], "plans": [pid], "count": 1,
                "locations": [_loc(fp, key, r[2], r[3]) for r in rows],
                "message": (f"{opening} in a child's place ({times}); {why}"),
            })
    return out + wrong
