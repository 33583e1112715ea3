"""How Section C is read for the health conditions the rubric recognises, by clause: the reading
HC-NEEDS-MET and HC-OUTCOMES (:mod:`ehcaudit.checks.health_thread`) share. A negation ends at its
clause ("no difficulty walking but has epilepsy"); a condition that is over ("discharged", "no current
health need"), a symptom of another need, the effect of another need ("..., which leaves him tired and
more anxious") and a generic condition beside a specific one are not needs of their own."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ehcaudit.checks._health_conditions import Condition
from ehcaudit.checks._health_status import StatusParams, names_a_service, states_no_need
from ehcaudit.checks._items import Sentence
from ehcaudit.checks._patterns import rx, search
from ehcaudit.checks.health import CNeedsPatterns
from ehcaudit.clauses import clause_before, negated
from ehcaudit.model import Block
from ehcaudit.placeholders import strip_placeholders
from ehcaudit.rubric.registry import optional_list
from ehcaudit.text import sentences


class ConditionReading(StatusParams):
    """How C is read for the conditions the rubric recognises, by clause: the parameters HC-NEEDS-MET
    and HC-OUTCOMES share (the readers below take either)."""

    c: CNeedsPatterns
    conditions: list[Condition]
    negation_before: list[str] = optional_list("Text just before a condition that negates it")
    negation_after: list[str] = optional_list("Text just after a condition that negates it")
    healthy_after: list[str] = optional_list("Words straight after a condition that say it is fine ('sleeps well')")
    symptom_of_patterns: list[str] = optional_list(
        "Words that tie a symptom to another condition or its treatment: 'side effect', 'linked to', 'caused by'")
    effect_patterns: list[str] = optional_list(
        "A clause that gives the effect of a need named before it in the sentence ('..., which leaves him tired and "
        "more anxious'): a condition named only there is that need's effect, not a need of its own")
    effect_lead_patterns: list[str] = optional_list(
        "A sentence that opens with a pronoun standing for a need named before it in the same block of C and "
        "gives its effect ('Constipation: ... It affects her comfort and her toilet training'): a condition "
        "named after that opening is the earlier need's effect, met by its provision")
    trigger_patterns: list[str] = optional_list(
        "The end of a clause that names what sets off a symptom described before it ('..., particularly when "
        "excited or '): a condition named there is the symptom's trigger, not a need of its own")
    over_patterns: list[str] = optional_list(
        "Words that say a condition is over ('discharged', 'closed without treatment', 'no current health "
        "need'): a condition whose block of C has such a sentence naming it is history, not a need, even where "
        "another sentence of the block names it as a label ('C2 Heart.') or a past event ('was repaired')")


def mentions(text: str, patterns: list[str], p: ConditionReading) -> re.Match | None:
    r = rx(patterns)
    if r is None or search(patterns, text) is None:  # no match at all (cached, pre-filtered): nothing to negate
        return None
    # negation reaches only to the clause boundary: "has no difficulty walking but has epilepsy"
    before_rx = rx(p.negation_before) if p.negation_before else None
    after_rx = rx([f"^.{{0,40}}?(?:{a})" for a in p.negation_after] + [f"^\\s*(?:{h})" for h in p.healthy_after]) \
        if (p.negation_after or p.healthy_after) else None
    for m in r.finditer(text):
        if negated(text, m.start(), m.end(), before_rx, after_rx) or _label_named_again(text, m, r):
            continue
        # a word in brackets glosses the words before them and is negated as they are: "children with the
        # syndrome are at higher risk of pauses in breathing during sleep (sleep apnoea)"
        lead = text[:m.start()].rstrip()
        if lead.endswith("(") and negated(text, len(lead) - 1, len(lead) - 1, before_rx):
            continue
        # what a health need is: a clause that says the condition is typical, clear, fine or over
        # states none, and a discipline or service that tested the child is no condition
        if states_no_need(text, m, p) or names_a_service(text, m, p):
            continue
        if trigger_only(text, m, p):
            continue
        return m
    return None


#: A label at the start of a sentence, up to its colon: one or more conditions ("Hearing and vision:").
_LABEL = re.compile(r"[\s\u2022*\-\u2013]*(?:[A-Z]?\d{1,2}[.)]?\s+)?[^:.;|()]{1,40}?:(?!\d)")


def _label_named_again(text: str, m: re.Match, r: re.Pattern) -> bool:
    """The condition is named in a label ("Hearing and vision: she has no difficulty with her hearing
    or her eyesight") and the label's value names it again: the value's own mention says whether it
    is a need."""
    label = _LABEL.match(text)
    return label is not None and m.end() <= label.end() and r.search(text, label.end()) is not None


def trigger_only(text: str, m: re.Match, p: ConditionReading) -> bool:
    """The condition is named only as what sets off a symptom described before it in the sentence
    ("she breathes very fast and holds her breath, particularly when excited or anxious"): it is
    that symptom's trigger, not a need of its own. A sentence that opens with it ("When he is
    anxious he ...") keeps it, and so does one whose symptom is a condition the rubric recognises
    ("difficulty getting to sleep when anxious": the sleep is part of the anxiety)."""
    if not p.trigger_patterns:
        return False
    before = text[:m.start()]
    t = search([f"(?:{x})$" for x in p.trigger_patterns], before)
    if t is None or len(re.findall(r"[A-Za-z]{2,}", before[:t.start()])) < 4:
        return False
    return not any(search(c.need, before[:t.start()]) for c in p.conditions)


def part_of_other(cond: Condition, here: list[Condition], text: str, named_before: bool,
                   p: ConditionReading) -> bool:
    """A symptom condition is part of another need, not one of its own: its sentence names another
    condition with it ("anxiety and difficulty sleeping, linked to his early experiences"), or ties
    it to one named earlier in the block ("She takes methylphenidate ... Side effects are ... some
    difficulty getting to sleep"). A sentence of its own ("He has difficulty getting to sleep and
    has been prescribed melatonin") is a need of its own."""
    if not cond.symptom:
        return False
    if any(c is not cond and not c.only_alone and not c.symptom and not effect_of_other(c, here, text, p)
           for c in here):
        return True
    return named_before and bool(search(p.symptom_of_patterns, text))


def effect_of_other(cond: Condition, here: list[Condition], text: str,
                     p: ConditionReading, named_before: bool = False) -> bool:
    """A condition named only in a clause that gives the effect of another need named before it in
    the sentence ("difficulty getting to sleep ..., which leaves him tired and more anxious in the
    mornings"): the anxiety is the sleep problem's effect, met by its provision, not a need of its own."""
    m = mentions(text, cond.need, p)
    if named_before and m is not None and p.effect_lead_patterns \
            and search(p.effect_lead_patterns, text[:m.start()]):
        return True  # "It affects her comfort and her toilet training", after "Constipation: ..."
    if not p.effect_patterns:
        return False
    if m is None or not search(p.effect_patterns, clause_before(text, m.start())):
        return False
    for other in here:
        if other is cond or other.only_alone:
            continue
        om = mentions(text, other.need, p)
        if om is not None and om.end() <= m.start():
            return True
    return False


def over_in_block(cond: Condition, block: Block, p: ConditionReading) -> bool:
    """C says in the condition's own block that it is over: a sentence that names it (or names no
    other condition) says it was discharged, closed or needs nothing now ("C2 Heart. ... was repaired
    when she was five months old. The cardiology team discharged her ..., so there is no current
    health need"). A block about another condition, or one that says nothing of the kind, keeps it."""
    if not p.over_patterns:
        return False
    for t in sentences(strip_placeholders(block.text)):
        if not search(p.over_patterns, t):
            continue
        named = [c for c in p.conditions if not c.symptom and search(c.need, t)]
        if cond in named or not named:
            return True
    return False


def needs_in(described: list, p: ConditionReading) -> list[tuple[Condition, Sentence]]:
    """The health needs the rubric recognises in C's sentences, each once, with the sentence that
    first names it: a negated condition, one that is over, a generic one beside a specific one, a
    symptom of another need and the effect of another need are not needs of their own."""
    out: list[tuple[Condition, Sentence]] = []
    seen: set[str] = set()
    for _, s, here, block_named, c_named in conditions_by_sentence(described, p):
        for cond in here:
            if cond.name in seen or not own_need(cond, here, s, block_named, c_named, p):
                continue
            seen.add(cond.name)
            out.append((cond, s))
    return out


def conditions_by_sentence(described: list[Sentence], p: ConditionReading
                           ) -> Iterator[tuple[int, Sentence, list[Condition], bool, bool]]:
    """Each of C's sentences (``described``) with its index, the conditions it mentions, and whether
    a specific condition (not one only counted alone, such as medication) was named before it in its
    block (list item, paragraph, cell) and anywhere in C: the last two arguments :func:`own_need`
    takes. A generic condition after a specific one is about it: "Asthma: she uses two inhalers. She
    does not always tell staff when she is becoming breathless." is one need, asthma; so is
    "Harvey has Duchenne muscular dystrophy." then, as a list item, "He takes a daily steroid
    medicine at home". Each sentence's conditions are found once."""
    block_id, block_named, c_named = None, False, False
    for i, s in enumerate(described):
        if s.block.id != block_id:
            block_id, block_named = s.block.id, False
        here = [c for c in p.conditions if mentions(s.text, c.need, p)]
        yield i, s, here, block_named, c_named
        if any(not c.only_alone for c in here):
            block_named = c_named = True


def own_need(cond: Condition, here: list[Condition], s: Sentence, block_named: bool, c_named: bool,
             p: ConditionReading) -> bool:
    """Is ``cond``, named in C's sentence ``s`` with the conditions ``here``, a need of its own there?
    Not when it is a generic condition (medication) beside another in the sentence, or after a
    specific one named earlier in C (``c_named``); a symptom of another need; over in its block; or the
    effect of another need (``block_named``: a specific condition named earlier in the block). The
    one rule :func:`needs_in` and HC-OUTCOMES (:mod:`ehcaudit.checks.health_thread`) read C by."""
    return not ((cond.only_alone and (len(here) > 1 or c_named))
                or part_of_other(cond, here, s.text, block_named, p) or over_in_block(cond, s.block, p)
                or effect_of_other(cond, here, s.text, p, block_named))


def first_named(text: str, cell: str, p: ConditionReading) -> str | None:
    """The condition a C cell is about (named first: "Epilepsy: ... takes sodium valproate"), when its
    row's outcome cell is about the treatment C names for it ("will accept his medication")."""
    first: Condition | None = None
    at = len(text)
    for c in p.conditions:
        m = None if c.only_alone or c.symptom else search(c.need, text)
        if m is not None and m.start() < at:
            first, at = c, m.start()
    generic = [c for c in p.conditions if c.only_alone and search(c.need, text)]
    return first.name if first and any(search([*g.outcome, *g.need], cell) for g in generic) else None
