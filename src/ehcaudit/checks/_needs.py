"""Scoring policy for a needs section (C or D): what it says (described, none, blank) and the
level that earns (no check kinds are registered here; health and social care use it).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from pydantic import Field

from ehcaudit.checks._findings import quote_of
from ehcaudit.checks._items import Sentence, drop_located
from ehcaudit.checks._params import CareParams
from ehcaudit.checks._patterns import bare, is_blank, rx, search
from ehcaudit.model import Block
from ehcaudit.placeholders import has_placeholder, strip_placeholders
from ehcaudit.results import Finding
from ehcaudit.rubric.registry import CheckContext, Outcome, optional_list
from ehcaudit.text import sentences


@dataclass
class NeedsReading:
    """What a needs section (C or D) says."""

    blocks: list[Block]
    placeholders: list[Block] = field(default_factory=list)
    blanks: list[Block] = field(default_factory=list)
    bare_none: list[Block] = field(default_factory=list)
    none_statements: list[Sentence] = field(default_factory=list)
    described: list[Sentence] = field(default_factory=list)
    others: list[Sentence] = field(default_factory=list)  # sentences that are not about needs (signposting)
    pending: list[Sentence] = field(default_factory=list)  # advice asked for and not yet received

    @property
    def says_none(self) -> bool:
        return bool(self.none_statements or self.bare_none) and not self.described

    @property
    def empty(self) -> bool:
        return not (self.none_statements or self.bare_none or self.described)


def read_needs(blocks: Sequence[Block], blank_patterns: Sequence[str], bare_none_patterns: Sequence[str],
               none_patterns: Sequence[str], ignore_patterns: Sequence[str] = (),
               pending_patterns: Sequence[str] = (), beside_none_patterns: Sequence[str] = ()) -> NeedsReading:
    """``pending_patterns``: sentences saying the advice was asked for and has not come ("Health advice has
    been requested ... and has not yet been received"): no description, and no basis for a "none".
    ``beside_none_patterns``: sentences that describe no need when the section also says plainly there
    are none (the basis: "The Community Paediatrician saw her ... and found her to be well, with normal
    hearing and vision"); alone, or beside no "none", they are read as usual."""
    reading = NeedsReading(blocks=list(blocks))
    bare_none_rx = rx(bare_none_patterns)
    for b in blocks:
        if has_placeholder(b.text):
            reading.placeholders.append(b)
        if is_blank(b.text, blank_patterns):
            reading.blanks.append(b)
            continue
        if bare_none_rx is not None and bare_none_rx.fullmatch(bare(b.text)):
            reading.bare_none.append(b)
            continue
        for s in sentences(strip_placeholders(b.text)):
            if is_blank(s, blank_patterns):
                continue
            if pending_patterns and search(pending_patterns, s):
                reading.pending.append(Sentence(s, b))
                continue
            if search(ignore_patterns, s) and not search(none_patterns, s):
                reading.others.append(Sentence(s, b))
                continue
            if search(none_patterns, s) or (bare_none_rx is not None and bare_none_rx.fullmatch(bare(s))):
                # (a bare "None." opening a longer cell is a none, not a need described in one word)
                reading.none_statements.append(Sentence(s, b))
            else:
                reading.described.append(Sentence(s, b))
    if beside_none_patterns and (reading.none_statements or reading.bare_none):
        basis = [s for s in reading.described if search(beside_none_patterns, s.text)]
        reading.described = [s for s in reading.described if s not in basis]
        reading.others.extend(basis)
    return reading


def needs_outcome(ctx: CheckContext, reading: NeedsReading, section: str, what: str, p) -> Outcome:
    """Level a needs section: described, stated as none (with or without a source), or blank."""
    findings: list[Finding] = []
    for b in reading.placeholders:
        findings.append(ctx.finding(b, f"Unfilled template placeholder in the {what} needs.", quote=quote_of(b.text)))
    if reading.pending and not reading.described:
        # the advice that would describe the needs (or show there are none) has not come: a "none" beside
        # it is not known, and with nothing else the section says nothing yet
        s = reading.pending[0]
        said_none = bool(reading.none_statements or reading.bare_none)
        msg = (f"Says there are no {what} needs, but the advice that would show it was asked for and has not been "
               "received: that is not known, not a considered 'none'." if said_none else
               f"Section {section} only says the {what} advice was asked for and has not been received: it does not "
               f"describe {what} needs or say there are none.")
        findings.append(ctx.finding(s.block, msg, quote=quote_of(s.text)))
        return Outcome(level=p.bare_none_level if said_none else p.blank_level, findings=findings)
    if reading.empty:
        if not reading.blocks:
            if not ctx.plan.found(section):
                findings.append(ctx.missing(section, f"Section {section} ({what} needs) was not found."))
            else:
                findings.append(ctx.missing(section, f"Section {section} is empty: it neither describes {what} "
                                                     "needs nor says there are none."))
        for b in reading.blanks:
            if not has_placeholder(b.text):
                findings.append(ctx.finding(b, f"Section {section} says nothing about {what} needs: it should "
                                               "describe them or say plainly there are none.", quote=quote_of(b.text)))
        if not findings and reading.others:
            # only a status, where the child lives or who the family works with: no need described
            o = reading.others[0]
            findings.append(ctx.finding(o.block, f"Section {section} records only the child's circumstances (a "
                                                 f"status, where they live, who the family works with); it does not "
                                                 f"describe {what} needs or say there are none.", quote=quote_of(o.text)))
        if not findings:
            findings.append(ctx.missing(section, f"Section {section} does not describe {what} needs."))
        return Outcome(level=p.blank_level, findings=findings)
    n = sum(len(s.text.split()) for s in reading.described)
    # A plain "none" beside a short line about the family ("Alfie's family meet his care needs well. The
    # Disabled Children's Service (August 2026) found no social care needs") says there are none: the short
    # line is context, not a thin description of a need.
    context_only = bool(reading.none_statements) and n < p.min_words
    if reading.described and not context_only:
        if n < p.min_words:
            first = reading.described[0]
            findings.append(ctx.finding(first.block, f"The {what} needs are described in only {n} words: say what "
                                                     "the needs are and how they affect the child.",
                                        quote=quote_of(" ".join(s.text for s in reading.described))))
            return Outcome(level=p.thin_level, findings=findings)
        for s in reading.described[: p.max_evidence]:
            findings.append(ctx.finding(s.block, f"Section {section} describes {what} needs.", quote=quote_of(s.text),
                                        kind="evidence"))
        level = p.described_level if not reading.placeholders else min(p.described_level, p.thin_level)
        return Outcome(level=level, findings=findings)
    # Stated as none.
    if reading.none_statements:
        # the basis may be in the sentence after ("No social care needs. The family were offered an
        # Early Help assessment (August 2026) ...")
        sourced = [s for s in reading.none_statements + reading.others + reading.described
                   if search(p.source_patterns, s.text)]
        if sourced:
            s = sourced[0]
            findings.append(ctx.finding(s.block, f"States plainly that there are no {what} needs, and says on what "
                                                 "basis.", quote=quote_of(s.text), kind="evidence"))
            return Outcome(level=p.none_sourced_level, findings=findings)
        s = reading.none_statements[0]
        if ctx.passes(p.none_level):
            findings.append(ctx.finding(s.block, f"States plainly that there are no {what} needs.",
                                        quote=quote_of(s.text), kind="evidence"))
        else:
            findings.append(ctx.finding(s.block, f"Says there are no {what} needs but not on what basis: name the "
                                                 "assessment or advice (who and when) that found none.",
                                        quote=quote_of(s.text)))
        return Outcome(level=p.none_level, findings=findings)
    b = reading.bare_none[0]
    findings.append(ctx.finding(b, f"A bare '{quote_of(b.text)}' does not say plainly that there are no {what} "
                                   "needs, or on what basis.", quote=quote_of(b.text)))
    return Outcome(level=p.bare_none_level, findings=findings)


class NeedsPatterns(CareParams):
    """How a needs section (C or D) is read: HC-NEEDS and SC-NEEDS (:class:`NeedsParams`) and the
    health checks that ask whether C states any need (their ``c:``) read it with these, one way."""

    blank_patterns: list[str] = Field(description="Whole-text phrases that say nothing: 'not known', 'n/a', 'tbc'")
    bare_none_patterns: list[str] = Field(description="Whole-text bare negatives: 'none', 'no', 'nil'")
    none_patterns: list[str] = Field(description="Sentences that say plainly there are no needs")
    ignore_patterns: list[str] = optional_list("Sentences that are not about needs")
    beside_none_patterns: list[str] = optional_list(
        "Sentences that describe no need beside a plain 'none' in the same section: its basis (a professional "
        "saw the child and found them well, tests normal) or a concern signposted to the SEN sections")
    pending_patterns: list[str] = optional_list(
        "Advice asked for and not received ('Health advice has been requested from Community Paediatrics and has "
        "not yet been received'): it describes no need and is no basis for 'none'")
    skip_location_patterns: list[str] = optional_list("Blocks (by location or sub-heading) that are not needs, e.g. the template's 'Strengths' cell")

    def read(self, blocks: Sequence[Block]) -> NeedsReading:
        """What the section's ``blocks`` say, less those in a skipped box (``skip_location_patterns``)."""
        return read_needs(drop_located(blocks, self.skip_location_patterns), self.blank_patterns,
                          self.bare_none_patterns, self.none_patterns, self.ignore_patterns, self.pending_patterns,
                          self.beside_none_patterns)


class NeedsParams(NeedsPatterns):
    """How a needs section (C or D) is read and levelled."""

    source_patterns: list[str] = optional_list("Words naming the basis of a 'none' (assessment, advice, a team)")
    min_words: int = Field(8, ge=1, description="Fewer words of description than this is too thin")
    max_evidence: int = Field(3, ge=1)
    described_level: int = 4
    thin_level: int = 2
    none_sourced_level: int = 4
    none_level: int = 3
    bare_none_level: int = 2
    blank_level: int = 1


