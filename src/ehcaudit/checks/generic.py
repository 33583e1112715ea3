"""Generic, Vale-like check kinds: their behaviour is entirely set by rubric parameters."""

from __future__ import annotations

import re

from pydantic import Field

from ehcaudit.checks._patterns import matches, rx1
from ehcaudit.clauses import is_month, negated
from ehcaudit.dates import MONTHS
from ehcaudit.model import Block
from ehcaudit.results import Finding
from ehcaudit.rubric.registry import Bands, CheckContext, Outcome, Params, check, optional_list
from ehcaudit.text import count_words, sentences

MONTH_WORDS = frozenset(MONTHS)


class ExistenceParams(Params):
    tokens: list[str] = Field(min_length=1, description="Phrases to flag (whole words, case-insensitive)")
    exceptions: list[str] = optional_list("Phrases that contain a token but are fine")
    exception_patterns: list[str] = optional_list("Regexes (case-insensitive) for sentences where a token is fine "
                                                      "('up to 6 pupils' is a group size); a token inside a match is kept out")
    sections: list[str] = Field(min_length=1, description="Sections searched")
    message: str = Field(description="Message; '{token}' is replaced by the phrase found")
    per_1000_words: bool = Field(False, description="Judge the rate per 1,000 words instead of the count")
    bands: Bands = Field(description="Count (or rate) of occurrences -> level")


@check("existence", ExistenceParams)
def existence(ctx: CheckContext, p: ExistenceParams) -> Outcome:
    """Flags each sentence containing one of a list of phrases (e.g. woolly wording)."""
    pattern = re.compile(r"\b(" + "|".join(re.escape(t) for t in sorted(p.tokens, key=len, reverse=True)) + r")\b",
                         re.IGNORECASE)
    exceptions = [e.lower() for e in p.exceptions]
    try:
        exc_rx = re.compile("|".join(f"(?:{x})" for x in p.exception_patterns), re.IGNORECASE) \
            if p.exception_patterns else None
    except re.error as e:
        raise ValueError(f"bad exception pattern: {e}") from None
    blocks = ctx.plan.blocks_in(*p.sections)
    if not blocks:
        missing = [s for s in p.sections if not ctx.plan.found(s)]
        return Outcome(level=ctx.bottom, findings=[ctx.missing(
            (missing or p.sections)[0], f"Section {', '.join(p.sections)} has no text to check.")])
    findings: list[Finding] = []
    words = 0
    for b in blocks:
        words += count_words(b.text)
        for sent in sentences(b.text):
            found = list(pattern.finditer(sent))
            if not found:  # the exceptions only rule hits out
                continue
            low = sent.lower()
            spans = [x.span() for x in exc_rx.finditer(sent)] if exc_rx is not None else []
            hits = [m.group(1) for m in found
                    if not any(e in low and m.group(1).lower() in e for e in exceptions)
                    and not any(a <= m.start() and m.end() <= b for a, b in spans)
                    # "From May 2026" is a month, not the modal verb "may"
                    and not (m.group(1).lower() in MONTH_WORDS and is_month(sent, m.start(1), m.end(1)))
                    # "May" with a capital after a sentence's first word is the month or a name ("Mrs May"), never the verb
                    and not (m.group(1) == "May" and sent[:m.start(1)].strip(" \t\"'‘“(-–•*")
                             and not sent[:m.start(1)].rstrip().endswith((":", ";", ".")))]
            if hits:
                seen = list(dict.fromkeys(h.lower() for h in hits))
                msg = p.message.replace("{token}", ", ".join(f"'{h}'" for h in seen))
                findings.append(ctx.finding(b, msg, quote=sent))
    value = len(findings) * 1000 / max(words, 1) if p.per_1000_words else len(findings)
    level = p.bands.level(value)
    if not findings:
        first = blocks[0]
        findings.append(ctx.finding(first, f"None of the listed phrases appears in Section {', '.join(p.sections)} "
                                           f"({words} words checked).", quote=first.text[:200], kind="evidence"))
    return Outcome(level=level, findings=findings)


class Group(Params):
    name: str = Field(description="What this group of patterns shows, e.g. 'the child's own views'")
    patterns: list[str] = Field(min_length=1, description="Regular expressions (case-insensitive)")


#: Negation in the clause before a match: "did not contribute his views".
_NEGATION = re.compile(r"\b(?:not|no|never|unable to|without|n[o']t been possible)\b|n't\b", re.IGNORECASE)


def _shows(rx: re.Pattern, sentence: str, subsection: str | None) -> bool:
    """Does the sentence (read under its sub-heading: "What Kai's family say") show the group,
    in a clause that is not negated?"""
    if any(not negated(sentence, m.start(), m.end(), _NEGATION) for m in matches(rx, sentence)):
        return True
    if not subsection or subsection in sentence:
        return False
    prefix = f"{subsection}: "
    text = prefix + sentence
    # the sub-heading completes a sentence ("Grace's mum and dad: They would like ..."), but a
    # match wholly inside it (a title: "... views, interests and aspirations") shows nothing
    return any(m.end() > len(prefix) and not negated(text, m.start(), m.end(), _NEGATION)
               for m in matches(rx, text))


def first_shown(blocks: list[Block], rx: re.Pattern) -> tuple[Block, str] | None:
    """The first (block, sentence) that shows the group (:func:`_shows`), or None."""
    return next(((b, s) for b in blocks for s in sentences(b.text) if _shows(rx, s, b.subsection)), None)


def group_finding(ctx: CheckContext, sections: list[str], name: str,
                  hit: tuple[Block, str] | None) -> tuple[Finding, bool]:
    """The evidence that a group is shown (quoting ``hit``), or the finding that the sections do
    not show it; and whether it is missing."""
    if hit:
        return ctx.finding(hit[0], f"Shows {name}.", quote=hit[1], kind="evidence"), False
    return ctx.missing(sections[0], f"Section {', '.join(sections)} does not show {name}."), True


class OccurrenceParams(Params):
    sections: list[str] = Field(min_length=1)
    groups: list[Group] = Field(min_length=1, description="Each group must be found at least once")
    bands: Bands = Field(description="Number of groups missing -> level")


@check("occurrence", OccurrenceParams)
def occurrence(ctx: CheckContext, p: OccurrenceParams) -> Outcome:
    """Requires each group of phrases to appear in the sections; quotes the sentence that shows it."""
    blocks = ctx.plan.blocks_in(*p.sections)
    findings: list[Finding] = []
    missing = 0
    for g in p.groups:
        try:
            rx = rx1(g.patterns)  # the joined group behind its guard (same matches), compiled once
        except re.error as e:  # a rubric author's typo: report, don't crash
            raise ValueError(f"bad pattern in group {g.name!r}: {e}") from None
        finding, absent = group_finding(ctx, p.sections, g.name, first_shown(blocks, rx))
        findings.append(finding)
        missing += absent
    return Outcome(level=p.bands.level(missing), findings=findings)
