"""Person-centred views and outcomes (Sections A and E)."""

from __future__ import annotations

import re

from pydantic import Field

from ehcaudit.model import Block
from ehcaudit.results import Finding
from ehcaudit.rubric.registry import Bands, CheckContext, Outcome, Params, check
from ehcaudit.text import sentences


def inflect(verb: str) -> list[str]:
    """receive -> receive, receives, received, receiving (regular English verbs)."""
    forms = {verb}
    if verb.endswith("e"):
        forms |= {verb + "s", verb + "d", verb[:-1] + "ing"}
    elif verb.endswith("y") and verb[-2:-1] not in "aeiou":
        forms |= {verb[:-1] + "ies", verb[:-1] + "ied", verb + "ing"}
    else:
        forms |= {verb + "s", verb + "ed", verb + "ing"}
    return sorted(forms)


def _phrase_pattern(phrase: str) -> str:
    """'receive * support' style phrases: the first word is inflected; '*' skips one word."""
    words = phrase.split()
    first = "(?:" + "|".join(re.escape(f) for f in inflect(words[0])) + ")"
    rest = [r"\w+" if w == "*" else re.escape(w) for w in words[1:]]
    return r"\b" + r"\s+".join([first, *rest]) + r"\b"


def outcome_blocks(ctx: CheckContext) -> list[Block]:
    """Outcome items in E: list items, paragraphs and table cells (not headings or labels)."""
    return [b for b in ctx.plan.blocks_in("E") if len(b.text.split()) >= 4]


class OutcomeNotProvisionParams(Params):
    provision_phrases: list[str] = Field(min_length=1, description="Verb phrases that describe provision; first word inflected")
    passive_phrases: list[str] = Field(default_factory=list, description="Fixed phrases such as 'be given', 'be provided with'")
    bands: Bands = Field(description="Share of outcomes that describe provision (0-1) -> level")


@check("outcome_not_provision", OutcomeNotProvisionParams)
def outcome_not_provision(ctx: CheckContext, p: OutcomeNotProvisionParams) -> Outcome:
    """Outcomes say what the child will achieve, not what they will receive or be given."""
    items = outcome_blocks(ctx)
    if not items:
        return Outcome(level=ctx.bottom, findings=[ctx.missing("E", "No outcomes were found in Section E.")])
    pattern = re.compile("|".join([_phrase_pattern(x) for x in p.provision_phrases]
                                  + [r"\b" + re.escape(x) + r"\b" for x in p.passive_phrases]), re.IGNORECASE)
    findings: list[Finding] = []
    bad = 0
    for b in items:
        hits = [s for s in sentences(b.text) if pattern.search(s)]
        if hits:
            bad += 1
        for sent in hits:
            m = pattern.search(sent)
            findings.append(ctx.finding(b, f"This outcome describes provision the child will receive ('{m.group(0)}'), "
                                           "not what they will achieve. Move it to Section F and state the "
                                           "difference it should make for the child.", quote=sent))
    share = bad / len(items)
    if not findings:
        findings.extend(ctx.finding(b, "Describes what the child will achieve.", kind="evidence") for b in items[:2])
    return Outcome(level=p.bands.level(share), findings=findings)


class SmartParams(Params):
    time_patterns: list[str] = Field(min_length=1, description="Regexes that make an outcome time-bound")
    measure_patterns: list[str] = Field(min_length=1, description="Regexes that make an outcome measurable")
    min_words: int = Field(8, ge=1, description="Fewer words than this is too thin to be specific")
    bands: Bands = Field(description="Share of outcomes that are specific, measurable and time-bound (0-1) -> level")


@check("smart_outcomes", SmartParams)
def smart_outcomes(ctx: CheckContext, p: SmartParams) -> Outcome:
    """Each outcome in E is specific, measurable and time-bound."""
    items = outcome_blocks(ctx)
    if not items:
        return Outcome(level=ctx.bottom, findings=[ctx.missing("E", "No outcomes were found in Section E.")])
    time_re = re.compile("|".join(p.time_patterns), re.IGNORECASE)
    measure_re = re.compile("|".join(p.measure_patterns), re.IGNORECASE)
    findings: list[Finding] = []
    good = 0
    for b in items:
        lacking = []
        if not time_re.search(b.text):
            lacking.append("when it should be achieved (time-bound)")
        if not measure_re.search(b.text):
            lacking.append("how success will be measured")
        if len(b.text.split()) < p.min_words:
            lacking.append("enough detail to be specific")
        if lacking:
            findings.append(ctx.finding(b, "This outcome does not say " + "; or ".join(lacking) + "."))
        else:
            good += 1
            if good <= 2:
                findings.append(ctx.finding(b, "Specific, measurable and time-bound.", kind="evidence"))
    return Outcome(level=p.bands.level(good / len(items)), findings=findings)
