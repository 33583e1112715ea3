"""Language: readability of the family-facing sections (LG-READABILITY). Jargon explained on
first use (LG-JARGON) lives in ``checks/language_jargon.py``; spelling and grammar in
``checks/language.py``.

Every threshold, section list, word list and acronym expansion is in the rubric YAML.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from pydantic import Field

from ehcaudit.checks._register import ClinicalRegister, Register, describe, read_register
from ehcaudit.clauses import outcome_core
from ehcaudit.model import Block
from ehcaudit.results import Finding
from ehcaudit.rubric.registry import Bands, CheckContext, Outcome, Params, check
from ehcaudit.text import sentences

# -- LG-READABILITY ---------------------------------------------------------------------------


class Description(Params):
    """What a reading-ease score means: ``{atleast: 60, text: plain English}``."""

    atleast: float
    text: str


class ReadabilityParams(Params):
    sections: list[str] = Field(min_length=1, description="Family-facing sections measured")
    min_words: int = Field(ge=1, description="A section with fewer words is not scored")
    target: float = Field(description="The reading ease to aim for (quoted in messages)")
    bands: Bands = Field(description="Flesch reading ease of a section -> level (worst decides)")
    descriptions: list[Description] = Field(
        min_length=1, description="Meaning of a score, highest first: first 'atleast' reached"
    )
    hardest: int = Field(3, ge=1, description="Hardest sentences quoted for a section below target")
    hard_sentence_below: float = Field(
        description="In any measured section, a sentence scoring below this is quoted as an issue"
    )
    min_sentence_words: int = Field(
        6, ge=1, description="Shorter sentences are never quoted as hardest or as typical"
    )
    unreadable: UnreadableCap | None = Field(
        None, description="Long sentences a family cannot read: this many cap the level, "
                          "whatever the sections' average"
    )
    clinical: ClinicalRegister | None = Field(
        None, description="A sentence (an outcome) written in clinical register caps the level, "
                          "however short it is and whatever the section's average"
    )
    outcome_frame: list[str] = Field(
        default_factory=list, description="Sections of outcomes, each measured without the frame that "
        "makes it measurable (its opening 'By July 2026,' and closing 'as recorded by ...')"
    )
    shorthand: ShorthandCap | None = Field(
        None, description="Sentences dense with professional shorthand cap the level (the "
                          "acronyms every family reads, and one spelled out in brackets, do not count)"
    )


class ShorthandCap(Params):
    """``{sections: [A, E], min_distinct: 3, count: 2, level: 2}``: ``count`` or more sentences
    of ``sections`` each holding ``min_distinct`` or more different pieces of shorthand ("to
    transition to FE at KS5 ... and to secure L2 E&M") make the level at most ``level``."""

    sections: list[str] = Field(min_length=1)
    min_distinct: int = Field(3, ge=2)
    count: int = Field(2, ge=1)
    level: int = Field(2, ge=1, le=4)


class UnreadableCap(Params):
    """``{count: 2, min_words: 20, level: 2}``: ``count`` or more sentences of at least
    ``min_words`` words scoring below ``hard_sentence_below``, across the measured sections,
    make the level at most ``level``."""

    count: int = Field(ge=1)
    min_words: int = Field(ge=1)
    level: int = Field(ge=1, le=4)


@dataclass
class _Sent:
    block: Block
    text: str
    ease: float
    words: int
    syllables: int


def _evidence_note(ctx: CheckContext, block: Block | None, where: str, message: str) -> Finding:
    """An evidence finding quoting the start of ``block``, or placed at ``where`` (a section
    code or "-") when there is no text to quote."""
    if block is None:
        return ctx.missing(where, message).model_copy(update={"kind": "evidence"})
    return ctx.finding(block, message, quote=block.text[:200], kind="evidence")


def _shown(score: float) -> int:
    """Flesch scores can fall below 0 or pass 100; people read them on a 0-100 scale."""
    return max(0, min(100, round(score)))


def _describe(p: ReadabilityParams, score: float) -> str:
    for d in sorted(p.descriptions, key=lambda d: -d.atleast):
        if score >= d.atleast:
            return d.text
    return p.descriptions[-1].text


@check("readability", ReadabilityParams)
def readability(ctx: CheckContext, p: ReadabilityParams) -> Outcome:
    """Flesch reading ease of each family-facing section; the worst section decides the level.

    Quotes each low-scoring section's hardest sentences, or a typical sentence as evidence."""
    # lazy: textstat (with its offline patch) adds 35 ms to loading the checks, which `rubric check`
    # and `rubric docs` load without scoring
    from ehcaudit.language.readability import flesch, sentence_stats, spelled_out_extra

    findings: list[Finding] = []
    levels: list[int] = []
    skipped: list[tuple[str, int]] = []
    unreadable: list[_Sent] = []
    for code in p.sections:
        blocks = ctx.plan.blocks_in(code)
        sents: list[_Sent] = []
        for b in blocks:
            for text in sentences(b.text):
                # an outcome's "By July 2026, ... as recorded by her tutor" is what PC-SMART asks for:
                # a family reads it as the frame round the outcome, not as more sentence to get through
                core = outcome_core(text) if code in p.outcome_frame else text
                st = sentence_stats(core)
                if st.words:
                    syl = st.syllables + spelled_out_extra(core)
                    sents.append(_Sent(b, text, flesch(st.words, 1, syl), st.words, syl))
        words = sum(s.words for s in sents)
        if words < p.min_words:
            if ctx.plan.found(code):
                skipped.append((code, words))
            continue
        score = flesch(words, len(sents), sum(s.syllables for s in sents))
        level = p.bands.level(score)
        if p.unreadable is not None:
            unreadable += [s for s in sents if s.words >= p.unreadable.min_words
                           and s.ease < p.hard_sentence_below]
        levels.append(level)
        head = (
            f"Section {code}: Flesch reading ease {_shown(score)} "
            f"({_describe(p, score)}; aim for {p.target:g}+)"
        )
        quotable = [s for s in sents if s.words >= p.min_sentence_words] or sents
        hardest = sorted(quotable, key=lambda s: (s.ease, -s.words))
        if score < p.target:  # its hardest sentences, never a clear one
            chosen = [s for s in hardest if s.ease < p.target][: p.hardest] or hardest[:1]
        else:
            chosen = [s for s in hardest if s.ease < p.hard_sentence_below][: p.hardest]
        for s in chosen:
            findings.append(
                ctx.finding(
                    s.block,
                    f"{head}. One of its hardest sentences: {s.words} words, "
                    f"{s.syllables / s.words:.1f} syllables a word (sentence reading ease "
                    f"{_shown(s.ease)}). Shorter sentences and everyday words help families.",
                    quote=s.text,
                )
            )
        if score >= p.target:
            typical = min(quotable, key=lambda s: (abs(s.ease - score), -s.words))
            findings.append(
                ctx.finding(
                    typical.block,
                    f"{head}: {len(sents)} sentences, {words / len(sents):.0f} words a "
                    "sentence on average. A typical sentence:",
                    quote=typical.text,
                    kind="evidence",
                )
            )
    if levels:
        for code, _ in skipped:
            nonempty = [x for x in ctx.plan.blocks_in(code) if x.text.strip()]
            why = f"under {p.min_words} words." if nonempty else "no text."
            findings.append(_evidence_note(ctx, nonempty[0] if nonempty else None, code,
                                           f"Section {code} not scored for readability: {why}"))
    if not levels:
        names = ", ".join(p.sections)
        why = (
            f"too short to measure (under {p.min_words} words): "
            + "; ".join(f"Section {c} ({n} words)" for c, n in skipped)
            if skipped
            else "not found in the plan"
        )
        first = next((b for c in p.sections for b in ctx.plan.blocks_in(c) if b.text.strip()), None)
        msg = f"Readability not scored: Section {names} {why}."
        if first is not None:
            f = ctx.finding(first, msg, quote=first.text[:200], kind="evidence")
        else:
            f = ctx.missing(p.sections[0], msg).model_copy(update={"kind": "evidence"})
        return Outcome(applicable=False, findings=[f])
    level = min(levels)
    if p.clinical is not None:
        level = _clinical_cap(ctx, p.clinical, level, findings)
    if p.shorthand is not None and p.clinical is not None:
        level = _shorthand_cap(ctx, p.shorthand, p.clinical, level, findings)
    cap = p.unreadable
    if cap is not None and len(unreadable) >= cap.count and level > cap.level:
        # An average hides them: a family stops at a sentence it cannot read, wherever it is.
        level = cap.level
        worst = min(unreadable, key=lambda s: s.ease)
        findings.insert(0, ctx.finding(
            worst.block,
            f"{len(unreadable)} sentences of {cap.min_words}+ words in Sections "
            f"{', '.join(p.sections)} score below {p.hard_sentence_below:g} for reading ease: a "
            "family cannot read them, whatever the section's average. The hardest: "
            f"{worst.words} words (sentence reading ease {_shown(worst.ease)}). Split them and use "
            "everyday words.",
            quote=worst.text,
        ))
    return Outcome(level=level, findings=findings)


def _prose_sentences(ctx: CheckContext, sections: list[str]) -> Iterator[tuple[Block, str]]:
    """Each sentence of the sections' blocks, headings left out, with its block: what the register
    caps read."""
    for code in sections:
        for b in ctx.plan.blocks_in(code):
            if b.kind == "heading":
                continue
            for text in sentences(b.text):
                yield b, text


def _clinical_cap(ctx: CheckContext, p: ClinicalRegister, level: int, findings: list[Finding]) -> int:
    """Cap ``level`` when a sentence of ``p.sections`` is in clinical register (checks/_register):
    a family cannot read that outcome, however plain the rest. Each such sentence is quoted."""
    hits: list[tuple[Block, str, Register]] = []
    for b, text in _prose_sentences(ctx, p.sections):
        reg = read_register(text, p)
        if reg.clinical(p):
            hits.append((b, text, reg))
    findings[0:0] = [ctx.finding(
        b, f"Section {b.section}: this sentence is written in clinical language a family cannot "
           f"read: {describe(reg, p)}. Say it in everyday words (the words in brackets) and spell "
           "out or drop the shorthand.", quote=text) for b, text, reg in hits]
    return min(level, p.level) if hits else level


_ROMAN = re.compile(r"^[IVX]+$")


def _shorthand_cap(ctx: CheckContext, p: ShorthandCap, reg: ClinicalRegister, level: int,
                   findings: list[Finding]) -> int:
    """Cap ``level`` when ``p.count`` sentences of ``p.sections`` each hold ``p.min_distinct``
    different pieces of shorthand: a family reading them meets a code, not a sentence. A heading
    in capitals and Roman numerals ("GMFCS level IV") are not shorthand."""
    hits: list[tuple[Block, str, list[str]]] = []
    for b, text in _prose_sentences(ctx, p.sections):
        if text.upper() == text:
            continue
        short = [x for x in dict.fromkeys(read_register(text, reg).shorthand) if not _ROMAN.match(x)]
        if len(short) >= p.min_distinct:
            hits.append((b, text, short))
    if len(hits) < p.count or level <= p.level:
        return level
    b, text, short = max(hits, key=lambda h: len(h[2]))
    findings.insert(0, ctx.finding(
        b, f"{len(hits)} sentences in Sections {', '.join(p.sections)} each use {p.min_distinct} or more "
           f"abbreviations a family does not read (here: {', '.join(repr(x) for x in short)}). Spell them out "
           "in everyday words.", quote=text))
    return p.level
