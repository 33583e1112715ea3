"""Language: acronyms and technical terms explained on first use, or anywhere in the plan
(LG-JARGON). Readability is in ``checks/language_readability.py``.

Every word list, pattern and acronym expansion is in the rubric YAML.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pydantic import Field, field_validator

from ehcaudit.checks._glossary import SMALL_WORDS, capitals, expansion_start
from ehcaudit.checks.language_readability import _evidence_note
from ehcaudit.model import Block
from ehcaudit.results import Finding
from ehcaudit.rubric.registry import Bands, CheckContext, Outcome, Params, check, optional_list
from ehcaudit.text import PERSON_TITLE, count_words, plain_ascii, sentences

# -- LG-JARGON --------------------------------------------------------------------------------

#: Two or more capitals (letters or digits between), allowing SENCo, PfA, SpLD, KS2; a plural
#: or possessive ending is dropped. Whole words only.
_ACRONYM_RE = re.compile(
    r"(?<![\w&/-])([A-Z][A-Za-z0-9&]*[A-Z][A-Za-z0-9]*?)(?:s|'s|\u2019s)?(?![\w-])"
)
_WORD_RE = re.compile(r"[A-Za-z0-9]+(?:['\u2019-][A-Za-z]+)*")


class JargonParams(Params):
    REGEX_FIELDS = frozenset({"glossary_headings", "term_explanations"})
    exempt: list[str] = optional_list("Acronyms every reader knows (UK, NHS, GP...)"
    )
    ignore: list[str] = optional_list("Capitalised words that are not acronyms (NOT, NOTE, Roman numerals...)",
    )
    familiar: list[str] = optional_list("Acronyms a family meets at every school meeting (TA, SENCo): still reported when "
                    "unexplained, but each counts as half of one towards the bands",
    )
    expansions: dict[str, list[str]] = Field(
        default_factory=dict, description="Known expansions of acronyms, for messages and matching"
    )
    terms: list[str] = optional_list("Technical terms that need a plain explanation"
    )
    term_explanations: list[str] = Field(
        min_length=1,
        description="Regexes showing a term explained where it is used; '{term}' is the term",
    )
    glossary_headings: list[str] = optional_list("Regexes for a glossary heading or sub-heading"
    )
    max_acronym_length: int = Field(8, ge=2)
    shouting_share: float = Field(
        0.7, description="Blocks with at least this share of capital letters are not read"
    )
    bands: Bands = Field(description="Number of unexplained acronyms and terms -> level")
    evidence_max: int = Field(5, ge=1, description="At most this many explained terms quoted")

    @field_validator("term_explanations", "glossary_headings")
    @classmethod
    def _compile(cls, v: list[str]) -> list[str]:
        for pat in v:
            try:
                re.compile(pat.replace("{term}", "x"))
            except re.error as e:
                raise ValueError(f"bad regular expression {pat!r}: {e}") from None
        return v


def _norm(text: str) -> str:
    text = text.lower().replace("&", " and ").replace("\u2019", "'")
    text = re.sub(r"(?<=\w)-(?=\w)", "", text)  # co-ordinator == coordinator
    return " ".join(re.sub(r"[^\w']+", " ", text).split())


def _initials_match(acronym: str, words: list[str]) -> bool:
    """The acronym's capitals are, in order, the initials of consecutive words ending at the
    last word ("Speech and Language Therapy" for SALT; "Preparing for Adulthood" for PfA): the
    rule a plan's own glossary of abbreviations reads too (``_glossary.expansion_start``)."""
    return expansion_start(acronym, [w for w in words if w]) is not None


def _initials_match_forward(acronym: str, words: list[str]) -> bool:
    """The acronym's capitals are the initials of the words that follow it, in order."""
    caps = capitals(acronym).lower()
    i = 0
    for w in (w for w in words if w):
        if i < len(caps) and w[0].lower() == caps[i]:
            i += 1
        elif i >= len(caps) or w.lower() not in SMALL_WORDS:
            break
    return i == len(caps) and len(caps) >= 2


@dataclass
class _Use:
    key: str
    block: Block
    sentence: str
    start: int  # offset of the use within ``sentence``
    end: int
    prior: str  # normalised titles and headings before it, and the sentence itself


def _glossary_blocks(ctx: CheckContext, p: JargonParams) -> set[int]:
    pats = [re.compile(g, re.IGNORECASE) for g in p.glossary_headings]
    if not pats:
        return set()
    out: set[int] = set()
    inside = False
    for b in ctx.plan.blocks:
        if b.kind == "heading":
            inside = any(pt.search(b.text) for pt in pats)
            continue
        if inside or (b.subsection and any(pt.search(b.subsection) for pt in pats)):
            out.add(b.id)
    return out


def _shouting(text: str, share: float) -> bool:
    letters = "".join(filter(str.isalpha, text))  # C loops: this runs on every block
    return len(letters) >= 12 and sum(map(str.isupper, letters)) / len(letters) >= share


def _expansions(key: str, expansions: dict[str, list[str]]) -> list[str]:
    """The known expansions of ``key``, also when it is written in another case ("SaLT" for
    SALT, "SENCO" for SENCo): the same acronym to a family."""
    return expansions.get(key) or expansions.get(key.upper()) or []


#: A bracketed citation that says what kind of thing the acronym names before naming it:
#: "(standardised language test, CELF Preschool-2, January 2026)", "(reading test: NGRT)".
_KIND_BEFORE = re.compile(r"\(\s*(?:(?:a|an|the)\s+)?(?:[a-z][\w-]*\s+){1,3}(?:tests?|assessments?|"
                          r"questionnaires?|screen|screening|scales?|checklists?)\s*[,:\u2013\u2014-]\s*$")


def _acronym_explained(use: _Use, p: JargonParams) -> bool:
    key, s = use.key, use.sentence
    if _KIND_BEFORE.search(s[: use.start]):
        return True  # "(standardised language test, CELF ...)": the family learns what it is
    for exp in _expansions(key, p.expansions):
        if _norm(exp) in use.prior:
            return True
    before = s[: use.start]
    after = s[use.end :]
    # "Child and Adolescent Mental Health Services (CAMHS)"
    if re.search(r"\(\s*$", before) and re.match(r"[s'\u2019]*\s*\)", after):
        words = _WORD_RE.findall(before)
        if _initials_match(key, words[-(2 * len(key) + 4) :]):
            return True
    # "congenital cytomegalovirus (CMV)": letters of a compound medical word
    if re.search(r"\(\s*$", before) and re.match(r"[s'\u2019]*\s*\)", after) \
            and _letters_match(key, _WORD_RE.findall(before)[-len(key):]):
        return True
    # "Qualified Teacher of Children and Young People with Vision Impairment (QTVI)": the capitals
    # are initials, in order, of a run of capitalised words just before the bracket
    if re.search(r"\(\s*$", before) and re.match(r"[s'\u2019]*\s*\)", after):
        run = []
        for w in reversed(re.findall(r"[A-Za-z0-9]+", before)[-18:]):  # "Multi-Sensory": two initials
            if w[0].isupper() or w.lower() in SMALL_WORDS or w.lower() in ("children", "young", "people"):
                run.append(w)
            else:
                break
        run.reverse()
        caps = capitals(key).lower()
        inits = [w[0].lower() for w in run if w[0].isupper()]
        if caps[:1] in inits:
            inits = inits[inits.index(caps[0]):]  # from the word that starts the expansion
        if len(inits) >= len(caps) and inits and inits[0] == caps[0] and _subsequence(caps, inits):
            return True
    # "Picture exchange (PECS)": the first words of its known expansion, then the acronym
    if re.search(r"\(\s*$", before) and re.match(r"[s'\u2019]*\s*\)", after):
        near = _norm(before).split()
        for exp in _expansions(key, p.expansions):
            head = _norm(exp).split()
            for n in range(len(head), 1, -1):
                if near[-n:] == head[:n]:
                    return True
    # "CAMHS (Child and Adolescent Mental Health Services)" or "ELSA – emotional literacy ..."
    m = re.match(r"[s'\u2019]*\s*(?:\(([^)]*)\)|[\u2013\u2014:-]\s+(.*))", after)
    if m:
        inner = m.group(1) if m.group(1) is not None else m.group(2)
        words = _WORD_RE.findall(inner or "")
        if _initials_match_forward(key, words) or (m.group(1) is not None and len(words) >= 3):
            return True
        # "PECS - a picture exchange system": a dash, then a description with its article
        if m.group(2) is not None and len(words) >= 3 and words[0].lower() in ("a", "an", "the"):
            return True
    # "a PEE frame (point, evidence, explanation)": the noun it names, then its expansion
    m = re.match(r"[s'\u2019]*\s+[a-z]+(?:\s+[a-z]+)?\s*\(([^)]*)\)", after)
    if m and _initials_match_forward(key, _WORD_RE.findall(m.group(1))):
        return True
    return False


def _letters_match(acronym: str, words: list[str]) -> bool:
    """The acronym's capitals are, in order, letters of the last few words, each word giving its
    initial and only a long compound word (nine letters or more) giving more than one:
    "congenital cytomegalovirus (CMV)", "an electroencephalogram (EEG)". A short word never
    gives an inner letter, so "the school team (STA)" is not an expansion."""
    caps = capitals(acronym).lower()
    for n in range(1, min(len(caps), len(words)) + 1):
        run = [w.lower() for w in words[-n:]]
        if run[0][:1] != caps[0]:
            continue
        i = 0
        for w in run:
            if i >= len(caps) or w[0] != caps[i]:
                break
            i += 1
            if len(w) >= 9:
                for ch in w[1:]:
                    if i < len(caps) and ch == caps[i]:
                        i += 1
        else:
            if i == len(caps):
                return True
    return False


def _subsequence(letters: str, initials: list[str]) -> bool:
    it = iter(initials)
    return all(any(c == x for x in it) for c in letters)


#: An acronym inside a proper name: "St Aidan's CE Primary", "Holy Trinity RC Academy".
_IN_NAME_BEFORE = re.compile(r"(?:^|\s)[A-Z][\w'\u2019]*\s+$")
_IN_NAME_AFTER = re.compile(r"^\s+[A-Z][a-z]")


def _in_name(sentence: str, start: int, end: int) -> bool:
    before = sentence[:start]
    return bool(_IN_NAME_BEFORE.search(before)) and len(before.split()) > 1 and bool(
        _IN_NAME_AFTER.match(sentence[end:]))


#: After a familiar acronym (SEN, SEND), the rest of a statutory name or a job title: the Code's
#: stage "SEN support", "the SEND Code of Practice", "SEND Case Officer", "the SEND Tribunal".
_NAMED_USE = re.compile(r"\s+(?:support\b|Code\b|(?:[A-Z][a-z]+\s+)?(?:Officer|Manager|Coordinator|Co-ordinator|Team|"
                        r"Service|Panel|Tribunal|Case\s+(?:Officer|Worker|Manager))\b)")


#: A familiar acronym naming a role or service in lower case: "the 0-25 SEND social worker",
#: "her SEN caseworker", "the SEND team" (the plan's own process, not a term to learn).
_ROLE_USE = re.compile(r"\s+(?:[a-z]+\s+)?(?:social\s+workers?|officers?|case\s*workers?|teams?|services?|"
                       r"panels?|advis[eo]rs?|co-?ordinators?|managers?|leads?|teachers?|tribunal)\b",
                       re.IGNORECASE)

#: A contributor or signature line: a titled name, then its role and organisation after commas
#: ("Ms F. Walsh, CITS", "Mr P. Grant, SENCo, Westgate Academy"): acronyms after the name are
#: the names of a role or an organisation, as in a letterhead, not jargon in the plan's prose.
_CONTRIBUTOR_LINE = re.compile(rf"^\s*{PERSON_TITLE}\.?\s+[A-Z][\w.'\u2019-]*"
                               r"(?:\s+[A-Z][\w'\u2019-]*)?\s*,")

#: An acronym that starts a proper name of two or more capitalised words: "RAF St Merryn Station
#: Nursery", "ABC Children's Centre" (names of places and bodies, not jargon).
_STARTS_NAME = re.compile(r"^\s+(?:St\.?|[A-Z][a-z][\w'\u2019]*)\s+[A-Z][a-z][\w'\u2019]*")

#: A sentence in the first person: the child's or parent's own words ("I am brilliant at FIFA").
_FIRST_PERSON = re.compile(r"(?:^|[^\w])(?:I|I'm|I\u2019m|my|My|me|we|We|our|Our)(?![\w'\u2019])")
#: A block that is one quotation: the child's or parent's words, every sentence of it, when any is
#: in the first person ("\u201cI don't like it when people talk to Miss and not me. Talk to ME.\u201d":
#: capitals for emphasis in a later sentence of the quotation are the child's, not an acronym).
_QUOTED_BLOCK = re.compile(r"^\s*[\"\u201c\u2018'].*[\"\u201d\u2019']\s*$", re.DOTALL)


def _own_words(block_text: str) -> bool:
    """``block_text`` is a quotation in the first person: every sentence of it is someone's own words."""
    return bool(_QUOTED_BLOCK.match(block_text)) and bool(_FIRST_PERSON.search(block_text))


#: Signs or words listed in capitals after "including" or "for example", in a sentence about
#: signs or words ("ten signs, including MILK, MORE and BATH", "(for example MORE, DRINK)"):
#: the written convention for a sign (a gloss) or a word the child uses, not acronyms.
_GLOSS_CONTEXT = re.compile(r"\b(?:signs?|signing|signed|signer|words?|Makaton|BSL|gestures?)\b")
_GLOSS_LIST = re.compile(r"\b(?:including|such as|for example|for instance|e\.g\.|like)\s*:?\s*"
                         r"((?:[A-Z][A-Z'\u2019-]+(?:\s*,\s*|\s+(?:and|or)\s+|\s*,\s*(?:and|or)\s+))+[A-Z][A-Z'\u2019-]+)\b")


def _gloss_spans(sentence: str) -> list[tuple[int, int]]:
    if not _GLOSS_CONTEXT.search(sentence):
        return []
    return [m.span(1) for m in _GLOSS_LIST.finditer(sentence)]


#: The ending of a term's last word that its adjective changes: "interoception" is also
#: "interoceptive", "demand avoidance" "demand-avoidant" (a participle, "dysregulated", is not
#: taken: auditors read "when dysregulated" as everyday words).
_FORM_ENDING = re.compile(r"(?:ion|ance|ence|ity)$")


def _stem(term: str) -> str:
    """The term with its last word's changing ending cut off, when what is left is long enough
    to be the same word (seven letters or more, "interocept", "dysregulat"; five after another
    word, "demand avoid")."""
    cut = _FORM_ENDING.sub("", term)
    least = 5 if len(term.split()) > 1 else 7
    return cut if cut != term and len(cut.split()[-1].split("-")[-1]) >= least else term


def _term_forms(term: str) -> str:
    """Regex for a listed term in any of its forms: plural, words joined by a space or a hyphen
    ("demand-avoidant"), and its last word as a noun or an adjective ("interoceptive")."""
    stem = _stem(term)
    words = [re.escape(w) for w in stem.split()]
    body = r"[\s-]+".join(words)
    return body + (r"(?:ion|ance|ence|ity|ive|ant|ent|al)s?" if stem != term else r"(?:s|es)?")


def _term_explained(use: _Use, p: JargonParams) -> bool:
    said = use.sentence[use.start:use.end]
    term = re.escape(said)
    if said.casefold() != use.key.casefold():  # an adjective with its noun: "proprioceptive input (...)"
        term += r"(?:\s+[a-z]+)?"
    for pat in p.term_explanations:
        if re.search(pat.replace("{term}", term), use.sentence, re.IGNORECASE):
            return True
    return False


def _pos(use: _Use) -> int:
    """Where the use sits in its block's text (orders findings as they read)."""
    return max(0, use.block.text.find(use.sentence)) + use.start


@check("jargon_explained", JargonParams)
def jargon_explained(ctx: CheckContext, p: JargonParams) -> Outcome:
    """Acronyms and technical terms are explained on first use (or in a glossary)."""
    exempt = {e.casefold() for e in p.exempt}
    ignore = {i.casefold() for i in p.ignore}
    expansions = {k: v for k, v in p.expansions.items()}
    # (term, its regex, the term lower-cased when ASCII): a sentence of ASCII letters (and
    # typographic punctuation) can match an ASCII term only if its lower case contains the
    # term's: a cheap test before the regex (no result changes; measured 0.5 s saved per 30 plans)
    term_res = [
        (t, re.compile(r"(?<![\w-])" + _term_forms(t) + r"(?![\w-])", re.IGNORECASE),
         _stem(t).split()[-1].lower() if t.isascii() else None)
        for t in sorted(p.terms, key=len, reverse=True)  # the longer term first: "executive functioning"
    ]
    glossary = _glossary_blocks(ctx, p)
    glossary_text = " ".join(ctx.plan.blocks[i].text for i in sorted(glossary))
    glossary_norm = _norm(glossary_text)

    familiar_keys = {f.casefold() for f in p.familiar}
    first: dict[str, _Use] = {}
    later: dict[str, list[_Use]] = {}  # later uses of each, which may explain it
    kinds: dict[str, str] = {}
    # Titles, headings and the glossary can spell an acronym out before its first use in the
    # text ("Education, Health and Care Plan" as the document title).
    titles: list[str] = []
    joined, joined_n = "", 0  # " ".join(titles), rebuilt only when a first use needs it
    words = 0
    for b in ctx.plan.blocks:
        if b.section is None or b.id in glossary or b.kind == "heading":
            titles.append(_norm(b.text))
            continue
        if _shouting(b.text, p.shouting_share):
            continue
        words += count_words(b.text)
        own_words = _own_words(b.text)
        for s in sentences(b.text):
            s_low = s.lower() if plain_ascii(s) else None
            found: list[tuple[str, str, int, int]] = []
            later_found: list[tuple[str, str, int, int]] = []
            glosses = _gloss_spans(s)
            for m in _ACRONYM_RE.finditer(s):
                key = m.group(1)
                if len(capitals(key)) < 2 or len(key) > p.max_acronym_length:
                    continue
                if any(a <= m.start(1) and m.end(1) <= b_ for a, b_ in glosses):
                    continue  # "signs including MILK, MORE and BATH": signs written in capitals
                lower = sum(c.islower() for c in key)
                if lower > len(capitals(key)) - 1 and key not in expansions:
                    continue  # McDonald, DeShawn, YouTube: names, not acronyms
                if key.casefold() in exempt or key.casefold() in ignore:
                    continue
                if key in first:  # a later use: it may be explained there
                    if not any(f[1] == key for f in later_found):
                        later_found.append(("acronym", key, m.start(1), m.end(1)))
                    continue
                if key.casefold() in familiar_keys and _NAMED_USE.match(s[m.end(1):]):
                    continue  # "SEN support", "SEND Code of Practice", "SEND Case Officer": a name
                if key not in expansions and _in_name(s, m.start(1), m.end(1)):
                    continue  # part of a name ("St Aidan's CE Primary"), not jargon
                if key.casefold() in familiar_keys and _ROLE_USE.match(s[m.end():]):
                    continue  # "the SEND social worker": a role of the plan's own process
                if _CONTRIBUTOR_LINE.match(s) and m.start(1) > s.find(","):
                    continue  # "Ms F. Walsh, CITS": a role or organisation after a name
                if key not in expansions and _STARTS_NAME.match(s[m.end():]):
                    continue  # "RAF St Merryn Station Nursery": the start of a name
                if key not in expansions and (_FIRST_PERSON.search(s) or own_words):
                    continue  # "I am brilliant at FIFA": the child's own words, not a professional's
                if all(f[1] != key for f in found):
                    found.append(("acronym", key, m.start(1), m.end(1)))
            spans: list[tuple[int, int]] = []  # one use of the words is one term ("executive functioning")
            for term, rx, low in term_res:
                if low is not None and s_low is not None and low not in s_low:
                    continue
                hit = rx.search(s)
                if hit and not any(a < hit.end() and hit.start() < b_ for a, b_ in spans):
                    spans.append(hit.span())
                    (later_found if term in first else found).append(("term", term, hit.start(), hit.end()))
            for _kind, key, start, end in later_found:
                later.setdefault(key, []).append(_Use(key, b, s, start, end, _norm(s)))
            if found:
                if joined_n != len(titles):
                    joined, joined_n = " ".join(titles), len(titles)
                here = joined + " " + _norm(s)
                for kind, key, start, end in found:
                    first[key] = _Use(key, b, s, start, end, here)
                    kinds[key] = kind

    findings: list[Finding] = []
    evidence: list[Finding] = []
    unexplained = 0.0
    familiar = {f.casefold() for f in p.familiar}
    for key, use in sorted(first.items(), key=lambda kv: (kv[1].block.id, _pos(kv[1]))):
        in_glossary = bool(glossary_norm) and re.search(
            r"(?<!\w)" + re.escape(_norm(key)) + r"(?!\w)", glossary_norm
        )
        explained = _acronym_explained if kinds[key] == "acronym" else _term_explained
        ok = explained(use, p)
        # Explained at a later use: a family reading the plan finds it explained in the plan
        # ("Makaton (a signing system used with speech)" in B after "Makaton signs" in A).
        there = None if ok else next((u for u in later.get(key, []) if explained(u, p)), None)
        if ok or in_glossary or there is not None:
            if len(evidence) < p.evidence_max:
                how = ("where first used" if ok else "in the plan's glossary" if in_glossary
                       else "later in the plan")
                evidence.append(
                    ctx.finding(
                        there.block if there is not None and not in_glossary else use.block,
                        f"'{key}' is explained {how}.",
                        quote=(there.sentence if there is not None and not in_glossary else use.sentence),
                        kind="evidence",
                    )
                )
            continue
        unexplained += 0.5 if key.casefold() in familiar else 1
        if kinds[key] == "acronym":
            known = _expansions(key, expansions)
            what = f" It stands for {known[0]}." if known else ""
            example = f"'{known[0]} ({key})'" if known else f"'full name ({key})'"
            msg = (
                f"Acronym '{key}' is not explained where it is first used.{what} Spell it out the "
                f"first time, e.g. {example}, or list it in a glossary."
            )
        else:
            said = use.sentence[use.start:use.end]  # the term's name, or the adjective as written
            msg = (
                f"Technical term '{key if said.casefold() == key.casefold() else said}' is not explained "
                "where it is first used. Say in "
                "everyday words what it is, e.g. in brackets after it."
            )
        findings.append(ctx.finding(use.block, msg, quote=use.sentence))

    level = p.bands.level(unexplained)
    if not first:
        blocks = [
            b for b in ctx.plan.blocks if b.section and b.kind != "heading" and count_words(b.text)
        ]
        if not blocks:
            note = _evidence_note(ctx, None, "-", "Jargon not checked: the plan has no text in its sections.")
            return Outcome(applicable=False, findings=[note])
        findings.append(_evidence_note(
            ctx, blocks[0], "-", f"No acronyms or listed technical terms in the plan ({words} words read)."))
    return Outcome(level=level, findings=findings + evidence)
