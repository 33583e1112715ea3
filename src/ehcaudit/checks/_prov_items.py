"""Splitting Section F into provision items (read by PR-QUANTIFIED and PR-OUTCOME-LINK).

A table row with several cells is one item; any other block is split into lines and sentences, a
sentence that goes on about the item before it ("The group is led by ...", "Delivered by: ...")
joining it. Lead-ins ("Social, emotional and mental health (E2, E3)") and row titles are told from
provision here too. The rules (which lines are blank, skipped, continuations) are the rubric's
:class:`ItemRules`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from pydantic import Field

from ehcaudit.checks._items import Item, is_part_field, provision_items
from ehcaudit.checks._params import CareParams
from ehcaudit.checks._patterns import is_blank, rx, search
from ehcaudit.checks._prov_frame import (
    deliverer_again,
    goes_on_about,
    heading_number_off,
    is_closing_bracket,
    later_step,
    names_again,
    refers_to_named,
    timing_only,
)
from ehcaudit.checks._prov_unit import judged_items, sets_aside
from ehcaudit.checks._words import stem
from ehcaudit.clauses import is_label
from ehcaudit.model import Block, Plan
from ehcaudit.placeholders import strip_placeholders
from ehcaudit.rubric.registry import optional_list
from ehcaudit.text import sentences
from ehcaudit.view import area


class ItemRules(CareParams):
    """How provision text is split into items."""

    blank_patterns: list[str] = Field(description="Whole-text phrases that say nothing ('TBC', 'n/a')")
    none_patterns: list[str] = optional_list("Statements that there is no provision")
    skip_patterns: list[str] = optional_list("Lines that are not provision (cross-references, sign-off)")
    sentence_skip_patterns: list[str] = optional_list("Sentences that are not provision wherever they stand in a line (a glossary "
                                          "definition: 'Teaching assistant (TA) means ...')")
    continuation_patterns: list[str] = optional_list("A sentence starting like this continues the previous item ('This will be…', 'Sessions are…')")
    min_item_words: int = Field(4, ge=1, description="Shorter lines are labels, not provision")
    referring_nouns: list[str] = optional_list("A sentence starting 'The <noun> is/will/runs…' with one of these nouns, which the item before "
                    "also names, goes on about that item ('… in a group of no more than 5. The group is led by …')")


#: References to the needs and outcomes a provision serves, written after a heading: "(E2, E3)", "(E2.2,
#: E3.1)", "(outcomes 1 and 2)", "(B3, B4; outcomes 3, 4 and 6)", "(see needs 2 and 3)": references, the
#: words that name what they refer to, and the joins between them, nothing else.
_OUTCOME_REFS = re.compile(r"\(\s*(?:(?:see|links?\s+to|outcomes?|needs?|sections?|and|&|[A-Z]?\d+(?:\.\d+)?[a-z]?)"
                           r"(?:\s*[,;/]\s*|\s+|(?=\))))+\)", re.IGNORECASE)


def split_items(blocks: Sequence[Block], r: ItemRules) -> list[Item]:
    """Provision items: a table row with several cells is one item; any other block is split into
    lines, and each line into sentences, a sentence that continues the one before joining it."""
    real, _nones, _blanks = provision_items(blocks, r.blank_patterns, r.none_patterns, 1, r.skip_patterns)
    cont = rx([f"^(?:{c})" for c in r.continuation_patterns]) if r.continuation_patterns else None
    out: list[Item] = []
    current: Item | None = None
    for it in real:
        if len(it.blocks) > 1 or it.headers:  # a table row, or a lead-in with "Label: value" lines: judged together
            current = None
            if len(strip_placeholders(it.text).split()) >= r.min_item_words:
                out.append(it)
                # an item written as labelled bullets ("What: ...", "Who: ...") may go on in a bullet naming it
                # again ("From March 2026, the sessions will be on ..."): see _sub_point
                current = it if all(b.kind == "list_item" for b in it.blocks) else None
            continue
        if current is not None and current.block is not it.block and not _sub_point(it.block, current, r.referring_nouns):
            current = None  # the lines of one block may go on about one item, and so may a sub-point under it
        block = it.block
        lead = ""
        for line in it.text.splitlines():
            line = strip_placeholders(line)
            if not line or is_blank(line, r.blank_patterns) or search(r.skip_patterns, line):
                current = None
                continue
            if _is_lead_in(line):  # "Social, emotional and mental health (E2, E3)": a lead-in
                lead, current = line, None
                continue
            sents = _whole_sentences(sentences(line))
            for i, sent in enumerate(sents):
                if i == 0 and len(sents) > 1 and (is_label(sent.rstrip(". "), max_words=6) or _numbered_title(sent)):
                    # a run-in heading ("Speech and language therapy. A therapist will visit ...", "F2 Specialist
                    # teaching (E1, E2). A specialist teacher ..."): a lead-in
                    lead, current = sent.rstrip(". "), None
                    continue
                if search(r.sentence_skip_patterns, sent) or sets_aside(sent, cont is not None and bool(cont.search(sent))):
                    current = None
                    continue
                # "Delivered by: …", "Frequency and duration: …" after the sentence naming the
                # provision are its parts, written inline: one item
                if current is not None and ((cont is not None and cont.search(sent)) or is_part_field(sent)
                                            or is_closing_bracket(sent)
                                            or _refers_back(sent, current.text, r.referring_nouns)
                                            or _delivers_recommendation(sent, current.text)
                                            or goes_on_about(sent, current.text)
                                            or names_again(sent, current.text) or timing_only(sent) or later_step(sent)
                                            or deliverer_again(sent, current.text)
                                            or refers_to_named(sent, current.text)):
                    current.text = f"{current.text} {sent}"
                    continue
                current = Item(blocks=[block], text=f"{lead}: {sent}" if lead else sent, location=block.location)
                out.append(current)
    # what an item is, defined once (_prov_unit): lines about the items set aside, fragments joined to the
    # item before; health and social care provision (G, H1, H2, read by PR-OUTCOME-LINK) is read as written
    out = judged_items(out, as_written=lambda i: i.block.section in _AS_WRITTEN)
    return [i for i in out if len(i.text.split()) >= r.min_item_words and not i.text.rstrip().endswith(":")]


_AS_WRITTEN = frozenset({"G", "H1", "H2"})


def _sub_point(block: Block, current: Item, nouns: list[str]) -> bool:
    """A list item straight after the item before, of one sentence that names it again as its subject
    ("- The course runs on Tuesday afternoons, so it does not clash with her work placement." under
    "- A 6-week money skills course, 1 hour a week, ..."): a sub-point written as a bullet of its own,
    so part of that item. A bullet with its own subject ("- The SALT will visit ...") is an item."""
    last = current.blocks[-1]
    if block.kind != "list_item" or last.kind != "list_item" or block.id != last.id + 1 \
            or block.subsection != last.subsection or len(sentences(block.text)) != 1:
        return False
    m = _BACK_REF.match(_OPENING_WHEN.sub("", block.text))
    if m is None:
        return False
    return m.group(1).lower() in {n.lower() for n in nouns} \
        and re.search(rf"\b{re.escape(m.group(1))}(?:e?s)?\b", current.text, re.IGNORECASE) is not None


#: "The group is led by …", "Each session lasts …", "These visits will …": a determiner, a noun and a verb.
_BACK_REF = re.compile(r"^\W*(?:the|this|these|those|each|every|that)\s+([a-z][a-z-]+?)(?:e?s)?\s+(?:is|are|was|were|will|would|"
                       r"can|may|must|should|runs?|meets?|takes?|lasts?|happens?|starts?|ends?|has|have|uses?|follows?|"
                       r"includes?|covers?|focus(?:es)?|continues?)\b", re.IGNORECASE)


#: An opening phrase saying when, before the subject: "From March 2026, ", "In the spring term, ", "On Mondays, ".
_OPENING_WHEN = re.compile(r"^\W*(?:from|in|by|during|until|after|before|at|on|over|for|throughout)\s[^,.;]{1,40},\s*",
                           re.IGNORECASE)

#: "… told all his teaching staff about this", "… will brief each tutor on this": the item before,
#: as the object of a short sentence.
_PRONOUN_OBJECT = re.compile(r"\b(?:about|on|in|with|of|for|to|use|uses|using|follow|follows|explain|explains)\s+"
                             r"(?:this|these|them)\b(?!\s+(?:is|are|was|were|will)\b)", re.IGNORECASE)
#: "An LSP is on duty in the area throughout lunch": the place of the item before, named again; or what comes
#: of each occasion of it ("A written record of each visit goes to her parents").
_PLACE_REF = re.compile(r"\b(?:in|at|to|from|near|by|inside|outside|after|before|during|of) (?:the|each|every|this|that) "
                        r"([a-z][a-z-]+?)(?:e?s)?\b", re.IGNORECASE)

#: A sentence that recommends provision rather than setting it: "Ibrahim would benefit from pre-teaching
#: of new topic vocabulary", "The EP recommends a structured reading programme".
_RECOMMENDS = re.compile(r"\b(?:would|will|could|should|may) (?:also )?benefit from\b|\brecommend(?:s|ed)?\b|"
                         r"\b(?:is|was) (?:advised|suggested)\b", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]{4,}")


def _delivers_recommendation(sent: str, item_text: str) -> bool:
    """A sentence that sets out the provision the item before only recommends, naming it again in its
    own words ("Ibrahim would benefit from pre-teaching of new topic vocabulary. His TA will pre-teach
    five topic words each week ..."): the recommendation and its delivery are one item."""
    if not _RECOMMENDS.search(item_text) or _RECOMMENDS.search(sent):
        return False
    named = {stem(w.lower()) for w in _WORD.findall(item_text.split(":")[-1])} - _COMMON
    return any(stem(w.lower()) in named for w in _WORD.findall(sent) if w[0].islower())


#: Words too common to show that two sentences name the same provision. Not the rubric's
#: ``stop_words``: those are too common to link a hope to an outcome, and hold the very names a
#: recommendation and its delivery share ("prompts", "reminders", "lessons", "independence").
_COMMON = frozenset(stem(w) for w in ("would", "could", "should", "benefit", "which", "their", "there", "where",
                                      "every", "about", "other", "these", "those", "while", "after", "before",
                                      "support", "session", "sessions", "provide", "receive", "access"))


def _refers_back(sent: str, item_text: str, nouns: list[str]) -> bool:
    """A sentence that goes on about the item before it: naming it again ("Social communication
    group: … weekly. The group is led by the college's Specialist Autism Practitioner."), pointing
    back to it ("His personal tutor told all his teaching staff about this by 01.10.2026.") or to
    its place ("… eat lunch in the library quiet area. An LSP is on duty in the area.")."""
    return _refers_back_to(sent, item_text, tuple(nouns))


@lru_cache(maxsize=8192)  # split_items reads F's sentences twice a plan (PR-QUANTIFIED, PR-OUTCOME-LINK)
def _refers_back_to(sent: str, item_text: str, nouns: tuple[str, ...]) -> bool:
    if not nouns:
        return False
    if len(sent.split()) <= 25 and _PRONOUN_OBJECT.search(sent):
        return True
    known = {n.lower() for n in nouns}
    # an opening saying when ("From March 2026, the sessions will be on ...") leaves the subject after it
    named = [m.group(1).lower() for m in [_BACK_REF.match(_OPENING_WHEN.sub("", sent))] if m]
    named += [m.group(1).lower() for m in _PLACE_REF.finditer(sent)]
    return any(noun in known and re.search(rf"\b{re.escape(noun)}(?:e?s)?\b", item_text, re.IGNORECASE)
               for noun in named)


#: A bracket that widens or narrows a heading's scope rather than saying what is provided:
#: "(including English as an additional language)", "(e.g. sensory processing)", "(such as ...)"; or says which
#: section's kind of provision it is: "Speech and language therapy (this is special educational provision)".
_SCOPE_ASIDE = re.compile(r"\(\s*(?:(?:(?:this|it|which) (?:is|counts as|is treated as|is specified as)|(?:specified|treated|counted|"
                          r"secured) as) (?:special )?educational provision|"
                          r"including|incl\.?|e\.\s?g\.?|eg|such as|for example|i\.\s?e\.?|especially|"
                          r"particularly|in particular|mainly|not including|excluding)\b[^()]*\)", re.IGNORECASE)


@lru_cache(maxsize=8192)
def _numbered_title(sent: str) -> bool:
    """An item's numbered title written as its first sentence, with the outcomes it serves: "F2
    Specialist teaching (E1, E2).", "F12 If the family move (all outcomes)." - a lead-in."""
    t = sent.rstrip(". ")
    return heading_number_off(t) != t and _is_lead_in(t)


def _is_lead_in(line: str) -> bool:
    """A heading over the items that follow, not an item: a label once references to outcomes
    ("(E2, E3)") and an aside on its scope ("(including English as an additional language)") are
    set aside. A bracket saying how much or who ("(weekly, 1 x 45 mins, SALT)") keeps it an item."""
    bare = _NEED_NOUN.sub(r"\1 area", _OUTCOME_REFS.sub("", heading_number_off(line)))  # "F1 Anxiety and sensory needs"
    unref = _BARE_REFS.sub("outcome", bare)
    if unref != bare:  # "Provision for E1 – communication", "Support towards outcomes 2 and 3": refs written in the line
        return is_label(unref, max_words=12) and not _AMOUNT_WORD.search(unref)
    return is_label(bare) or (bool(_SCOPE_ASIDE.search(line)) and is_label(_SCOPE_ASIDE.sub("", bare))) \
        or (is_label(bare, max_words=12) and not _AMOUNT_WORD.search(bare))


#: References to outcomes or needs written in a heading's own words rather than in brackets: "E1", "E1 and E4",
#: "B2/E2", "outcome 3", "needs 2.1": set aside like a bracketed reference (a capital section letter and a number).
_BARE_REFS = re.compile(r"(?-i:\b[B-K]\d{1,2}(?:\.\d{1,2})?[a-z]?\b)|\b(?:outcomes?|needs?)\s+\d{1,2}(?:\.\d{1,2})?[a-z]?"
                        r"(?:\s*(?:,|and|&|/)\s*\d{1,2}(?:\.\d{1,2})?[a-z]?)*\b",
                        re.IGNORECASE)


#: "sensory needs", "medical needs": the noun, not the verb ("Anxiety and sensory needs" is a heading).
_NEED_NOUN = re.compile(r"\b(sensory|physical|medical|health|learning|communication|emotional|social|additional|complex|"
                        r"care|language|educational|mental health|independence|behavioural|specific) needs\b", re.IGNORECASE)


#: Words that say how much or how often: a longer line without a verb ("Therapies as part of the
#: placement's Integrated Therapy Team") is a heading only when it has none of them.
_AMOUNT_WORD = re.compile(r"\b(?:daily|weekly|fortnightly|monthly|termly|annually|once|twice|every|each|per|"
                          r"sessions?|minutes?|hours?|1:1|one[- ]to[- ]one)\b", re.IGNORECASE)


def _whole_sentences(parts: list[str]) -> list[str]:
    """Sentences, a part that leaves a bracket open joined to the next: "Phonics intervention (Read
    Write Inc." and "Fresh Start) in a group of three ..." are one sentence."""
    out: list[str] = []
    for part in parts:
        if out and out[-1].count("(") > out[-1].count(")"):
            out[-1] = f"{out[-1]} {part}"
        else:
            out.append(part)
    return out


#: A section or row reference in front of a title: "E.2 / F.2", "F3 and E3", "2.1".
_TITLE_REF_RE = re.compile(r"^\W*(?:(?:[A-K]\d*|\d+)(?:\.\d+)*\.?\s*(?:/|&|and|-|–)?\s*)+")


def is_title(text: str) -> bool:
    """A row's title, not a need or an outcome: a label once its reference is set aside
    ("E.2 / F.2 Preparing for adulthood: independence and community")."""
    t = _TITLE_REF_RE.sub("", " ".join(text.split()))
    if not t:
        return False
    if is_label(t, max_words=10):
        return True
    # an area's title with its aspiration or reference in brackets: "Communication and friends
    # (aspiration: be safe when out)", "Independence (links to Part A)"
    bare = _ASIDE_RE.sub("", t).strip()
    return bool(bare) and bare != t and is_label(bare, max_words=6)


#: A trailing bracket after a row's title: its aspiration or a cross-reference.
_ASIDE_RE = re.compile(r"\s*\([^()]{1,80}\)\s*$")


def f_blocks(plan: Plan) -> list[Block]:
    return area(plan, "provision")
