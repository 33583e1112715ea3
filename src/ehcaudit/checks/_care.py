"""Helpers shared by the health and social care checks (no check kinds are registered here).

Both areas read the same shapes: a needs section (C or D), a provision section (G or H1/H2)
and the national template's combined tables (``CGE`` and ``DHHE`` thread rows). Word lists
and patterns come from the rubric YAML; only layout logic lives here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from pydantic import Field, model_validator

from ehcaudit.advice_age import age_band, months_between, months_text, reference_date
from ehcaudit.model import AdviceItem, Block, Plan
from ehcaudit.placeholders import has_placeholder, strip_placeholders
from ehcaudit.results import Finding
from ehcaudit.rubric.registry import CheckContext, Outcome, Params
from ehcaudit.text import normalise, plain_ascii, sentences
from ehcaudit.view import box_label

_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
DATE_RE = re.compile(
    rf"\b\d{{1,2}}[/.\-]\d{{1,2}}[/.\-]\d{{2,4}}\b|\b\d{{4}}-\d{{2}}-\d{{2}}\b"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}\s+\d{{4}}\b|\b{_MONTH}\s+\d{{4}}\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=512)
def _compile(patterns: tuple[str, ...]) -> re.Pattern | None:
    if not patterns:
        return None
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


def rx(patterns: Iterable[str]) -> re.Pattern | None:
    return _compile(tuple(patterns))


def search(patterns: Iterable[str], text: str) -> re.Match | None:
    return _search(tuple(patterns), text)


@lru_cache(maxsize=32768)
def _search(key: tuple[str, ...], text: str) -> re.Match | None:
    # cached: checks search the same text with the same patterns again and again (measured on
    # the 100-plan benchmark caseload: 113,000 of 242,000 searches repeat an earlier one)
    r = _compile(key)
    if r is None:
        return None
    lits = _leading_literals(key)
    # Fast path (same result): on ASCII text (typographic quotes and dashes allowed, as in most
    # Word documents), a case-insensitive match of any alternative contains that alternative's
    # leading letters, so if none occurs the pattern cannot match. Most searches find nothing,
    # and a substring test is far cheaper than the regex scan.
    if lits is not None and plain_ascii(text):
        low = text.lower()
        if not any(lit in low for lit in lits):
            return None
    return r.search(text)


def finditer(patterns: Iterable[str], text: str) -> Iterator[re.Match]:
    """Every match of the patterns in ``text``, with :func:`search`'s fast path (same matches)."""
    key = tuple(patterns)
    r = _compile(key)
    if r is None or _search(key, text) is None:
        return iter(())
    return r.finditer(text)


@lru_cache(maxsize=512)
def _leading_literals(patterns: tuple[str, ...]) -> tuple[str, ...] | None:
    """The letters every match of each top-level alternative must start with (lower case),
    or None when some alternative has none that can be read off simply (then no fast path)."""
    out: list[str] = []
    for p in patterns:
        for alt in _top_level_alternatives(p):
            lit = _leading_literal(alt)
            if not lit:
                return None
            out.append(lit)
    return tuple(dict.fromkeys(out))


def _top_level_alternatives(pattern: str) -> list[str]:
    parts, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    parts.append(pattern[start:])
    return parts


_LEADING = re.compile(r"(?:\\b|\^)*([A-Za-z]+)")


def _leading_literal(alt: str) -> str:
    """Leading letters of a branch after any \\b or ^ ("\\bcommunicat\\w*" -> "communicat"),
    without a last letter made optional or repeatable by a quantifier ("SA?LT" -> "s")."""
    m = _LEADING.match(alt)
    if not m:
        return ""
    lit, end = m.group(1), m.end(1)
    if end < len(alt) and alt[end] in "?*{":
        lit = lit[:-1]
    return lit.lower()


#: List markers and punctuation stripped from the start of a text by :func:`bare` (and white
#: space); its end also loses "!".
_BARE_LEAD = "-–—*•·:;,."
_BARE_TRAIL = _BARE_LEAD + "!"


@lru_cache(maxsize=16384)
def bare(text: str) -> str:
    """Lower-case text without placeholders, list markers or surrounding punctuation."""
    # cached, and string methods rather than a regex whose "[...]+$" branch is retried at every
    # run of spaces (measured: 25,000 calls, 0.8 s per 100 plans)
    t = strip_placeholders(text).lower()
    i, j = 0, len(t)
    while i < j and (t[i].isspace() or t[i] in _BARE_LEAD):
        i += 1
    while j > i and (t[j - 1].isspace() or t[j - 1] in _BARE_TRAIL):
        j -= 1
    return " ".join(t[i:j].split())


def is_blank(text: str, blank_patterns: Sequence[str]) -> bool:
    """True when the text says nothing: empty, only a placeholder, or a blank phrase ("N/A", "TBC")."""
    t = bare(text)
    if not t:
        return True
    r = rx(blank_patterns)
    return bool(r is not None and r.fullmatch(t))


def has_date(text: str) -> bool:
    return bool(DATE_RE.search(text))


# -- gathering blocks ---------------------------------------------------------------------------

def drop_located(blocks: Sequence[Block], patterns: Sequence[str]) -> list[Block]:
    """Drop blocks whose template box or sub-heading matches (e.g. the template's 'Strengths' cell)."""
    r = rx(patterns)
    if r is None:
        return list(blocks)
    return [b for b in blocks if not r.search(box_label(b))]


def thread_rows(plan: Plan, table: str):
    return [r for r in plan.threads if r.table == table]


def blocks_text(plan: Plan, ids: Sequence[int]) -> str:
    return "\n".join(plan.blocks[i].text for i in ids if i < len(plan.blocks))


@dataclass
class Item:
    """One provision or need item: a list item, a paragraph, or a table row's cells together."""

    blocks: list[Block]
    text: str = ""
    location: str = ""

    @property
    def block(self) -> Block:
        return self.blocks[0]


def items_of(blocks: Sequence[Block]) -> list[Item]:
    """Group table cells of one row into one item; every other block is its own item."""
    out: list[Item] = []
    rows: dict[tuple[int, int, str | None], Item] = {}
    for b in blocks:
        if not b.text.strip():
            continue
        if b.kind == "table_cell" and b.table is not None and b.row is not None:
            key = (b.table, b.row, b.section)  # H1 and H2 cells of one template row are two items
            if key in rows:
                it = rows[key]
                it.blocks.append(b)
                it.text = f"{it.text} | {b.text}"
                continue
            it = Item(blocks=[b], text=b.text, location=b.location)
            rows[key] = it
            out.append(it)
        else:
            out.append(Item(blocks=[b], text=b.text, location=b.location))
    return out


@dataclass
class Sentence:
    text: str
    block: Block


def sentences_of(blocks: Sequence[Block]) -> list[Sentence]:
    out: list[Sentence] = []
    for b in blocks:
        for s in sentences(b.text):
            out.append(Sentence(text=s, block=b))
    return out


# -- findings ------------------------------------------------------------------------------------

def quote_of(text: str, limit: int = 300) -> str:
    t = normalise(text)
    return t if len(t) <= limit else t[: limit - 1].rstrip() + "…"


def item_finding(ctx: CheckContext, item: Item, message: str, kind: str = "issue") -> Finding:
    return ctx.finding(item.block, message, quote=quote_of(item.text), kind=kind)


def advice_finding(item: AdviceItem, message: str, kind: str = "issue") -> Finding:
    return Finding(section="K", location=item.location, quote=item.quote, message=message,
                   block_id=item.block_id, kind=kind)


# -- needs statements ---------------------------------------------------------------------------

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

    @property
    def says_none(self) -> bool:
        return bool(self.none_statements or self.bare_none) and not self.described

    @property
    def empty(self) -> bool:
        return not (self.none_statements or self.bare_none or self.described)


def read_needs(blocks: Sequence[Block], blank_patterns: Sequence[str], bare_none_patterns: Sequence[str],
               none_patterns: Sequence[str], ignore_patterns: Sequence[str] = ()) -> NeedsReading:
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
            if search(ignore_patterns, s) and not search(none_patterns, s):
                reading.others.append(Sentence(s, b))
                continue
            if search(none_patterns, s):
                reading.none_statements.append(Sentence(s, b))
            else:
                reading.described.append(Sentence(s, b))
    return reading


def needs_outcome(ctx: CheckContext, reading: NeedsReading, section: str, what: str, p) -> Outcome:
    """Level a needs section: described, stated as none (with or without a source), or blank."""
    findings: list[Finding] = []
    for b in reading.placeholders:
        findings.append(ctx.finding(b, f"Unfilled template placeholder in the {what} needs.", quote=quote_of(b.text)))
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
        if not findings:
            findings.append(ctx.missing(section, f"Section {section} does not describe {what} needs."))
        return Outcome(level=p.blank_level, findings=findings)
    if reading.described:
        n = sum(len(s.text.split()) for s in reading.described)
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
        sourced = [s for s in reading.none_statements + reading.others if search(p.source_patterns, s.text)]
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


# -- provision items ------------------------------------------------------------------------------

#: "Label: value" ("Frequency: weekly"), but not a ratio ("Sam will have 1:1 support").
_FIELD_RE = re.compile(r"^\s*[A-Za-z][\w'’()/-]*(?:\s+[\w'’()/-]+){0,3}(?<!\d)\s*:(?!\d)\s*\S")
#: The label of a field that completes an item ("Provided by:", "Frequency:", "Who:"), as opposed
#: to a label that names a service or area and starts an item of its own ("Orthopaedics: annual review").
_PART_LABEL_RE = re.compile(
    r"^\s*(?:(?:provided|delivered|led|run|given|arranged|funded|commissioned|monitored|reviewed|supported)\s+by|by whom|"
    r"who(?:\s+\w+){0,3}|frequency|how (?:often|long|much)|when|duration|length|amount|hours?|time|timing|where|"
    r"location|venue|setting|staff(?:ing)?|ratio|group(?: size)?|provider|responsible|lead|contact|review(?: date)?|"
    r"start(?: date)?|end(?: date)?|expertise|qualifications?|training|outcomes?|notes?|details?|cost|funding)\s*:",
    re.IGNORECASE)


def _merge_fields(items: list[Item]) -> list[Item]:
    """Join a lead-in line ("Physiotherapy:") and the "Label: value" lines under it
    ("Provided by: …", "Frequency: …") into one item, so they are judged together."""
    out: list[Item] = []
    group: Item | None = None
    group_led = False
    for it in items:
        b = it.block
        is_table = b.kind == "table_cell"
        t = it.text.strip()
        lead = not is_table and t.endswith(":") and len(t.split()) <= 8
        field_line = not is_table and bool(_FIELD_RE.match(t))
        same_sub = group is not None and group.blocks[-1].subsection == b.subsection
        # a field line completes the item above it when it follows a lead-in line ("Physiotherapy:")
        # or is one of an item's parts ("Provided by: …"); "Orthopaedics: annual review at clinic"
        # after "Physiotherapy: weekly sessions …" is an item of its own
        joins = group is not None and same_sub and (group_led or bool(_PART_LABEL_RE.match(t)))
        if field_line and joins and group is not None:
            group.blocks.extend(it.blocks)
            group.text = f"{group.text}; {t}"
            continue
        if lead or field_line:
            group = Item(blocks=list(it.blocks), text=t, location=it.location)
            group_led = lead
            out.append(group)
            continue
        group = None
        out.append(it)
    return out


def _is_header_row(it: Item) -> bool:
    """Row 0 of an ordinary table whose cells are all labels ("Provision | How often / how long |
    Delivered by"), or a row of labels repeated under it."""
    from ehcaudit.clauses import is_label

    cells = [b for b in it.blocks if b.kind == "table_cell"]
    return bool(cells) and len(cells) > 1 and all(is_label(b.text, max_words=6) for b in cells) and (
        all(b.row == 0 for b in cells) or all(len(b.text.split()) <= 4 for b in cells))


def _split_lines(items: list[Item]) -> list[Item]:
    """A single block holding several lines (a table cell with one provision per line, then a
    sign-off line) gives one item per line, so a sign-off line does not hide the provision."""
    out: list[Item] = []
    for it in items:
        lines = [ln.strip() for ln in it.text.splitlines() if ln.strip()]
        if len(it.blocks) == 1 and len(lines) > 1:
            out.extend(Item(blocks=[it.block], text=ln, location=it.location) for ln in lines)
        else:
            out.append(it)
    return out


def provision_items(blocks: Sequence[Block], blank_patterns: Sequence[str], none_patterns: Sequence[str],
                    min_words: int, skip_patterns: Sequence[str] = ()) -> tuple[list[Item], list[Item], list[Item]]:
    """Split provision blocks into (real items, "none" statements, placeholder-only/blank items).

    Table cells of one row form one item; a lead-in line and the "Label: value" lines under it
    form one item. Items matching ``skip_patterns`` (sign-off lines) are neither.
    """
    real: list[Item] = []
    nones: list[Item] = []
    blanks: list[Item] = []
    for it in _merge_fields(_split_lines(items_of(blocks))):
        t = strip_placeholders(it.text.replace("|", " "))
        if is_blank(it.text.replace("|", " "), blank_patterns):
            blanks.append(it)
            continue
        if search(none_patterns, t):
            nones.append(it)
            continue
        if skip_patterns and search(skip_patterns, t):
            # "see Section F for the sessions; the team's supervisor will review progress each half
            # term": the cross-reference clause goes, the provision in the other clauses stays
            rest = "; ".join(c.strip() for c in t.split(";") if c.strip() and not search(skip_patterns, c))
            if len(rest.split()) < max(min_words, 6):
                continue
            it = Item(blocks=it.blocks, text=rest, location=it.location)
            t = rest
        if t.rstrip().endswith(":") or len(t.split()) < min_words or _is_header_row(it):
            continue  # a lead-in line, a label or a header row
        real.append(it)
    return real, nones, blanks


def context_text(it: Item) -> str:
    """The item's text with its sub-heading in front ("Physiotherapy: weekly, 30 minutes…")."""
    sub = it.block.subsection
    t = strip_placeholders(it.text)
    return f"{sub}: {t}" if sub and sub.lower() not in t.lower() else t


def not_applicable(ctx: CheckContext, message: str, section: str = "-", block: Block | None = None,
                   quote: str | None = None) -> Outcome:
    if block is not None:
        f = ctx.finding(block, message, quote=quote_of(quote if quote is not None else block.text), kind="evidence")
    else:
        f = ctx.missing(section, message).model_copy(update={"kind": "evidence"})
    return Outcome(applicable=False, findings=[f])


# -- shared parameter models ---------------------------------------------------------------------

class CareParams(Params):
    """Parameters whose word lists are regular expressions: a bad pattern is a rubric error, not a crash."""

    ALL_TEXT_IS_REGEX = True

    @model_validator(mode="after")
    def _patterns_compile(self):
        for name, value in self:
            if isinstance(value, list) and all(isinstance(v, str) for v in value):
                for v in value:
                    try:
                        re.compile(v)
                    except re.error as e:
                        raise ValueError(f"{name}: {v!r} is not a valid regular expression ({e})") from None
        return self


class NeedsParams(CareParams):
    """How a needs section (C or D) is read and levelled."""

    blank_patterns: list[str] = Field(description="Whole-text phrases that say nothing: 'not known', 'n/a', 'tbc'")
    bare_none_patterns: list[str] = Field(description="Whole-text bare negatives: 'none', 'no', 'nil'")
    none_patterns: list[str] = Field(description="Sentences that say plainly there are no needs")
    source_patterns: list[str] = Field(default_factory=list, description="Words naming the basis of a 'none' (assessment, advice, a team)")
    ignore_patterns: list[str] = Field(default_factory=list, description="Sentences that are not about needs")
    skip_location_patterns: list[str] = Field(default_factory=list, description="Blocks (by location or sub-heading) that are not needs, e.g. the template's 'Strengths' cell")
    min_words: int = Field(8, ge=1, description="Fewer words of description than this is too thin")
    max_evidence: int = Field(3, ge=1)
    described_level: int = 4
    thin_level: int = 2
    none_sourced_level: int = 4
    none_level: int = 3
    bare_none_level: int = 2
    blank_level: int = 1


class AdviceParams(CareParams):
    """Advice of one kind in Section K: listed, attributed, dated and recent."""

    advice_kind: str = Field(description="AdviceItem.kind to look for: 'health' or 'social_care'")
    label: str = Field(description="Plain name used in messages: 'health', 'social care'")
    title_patterns: list[str] = Field(default_factory=list, description="Other items counted as this kind when their text matches")
    author_patterns: list[str] = Field(default_factory=list, description="Roles or services that show the author is the right professional")
    current_months: int = Field(12, ge=1, description="Advice at most this old at issue is current")
    stale_months: int = Field(24, ge=1, description="Advice older than this is out of date")
    all_current_level: int = 4
    older_level: int = 3
    weak_level: int = 2
    missing_level: int = 1
    unqualified_level: int = Field(3, description="Level when an author's role or service is not recognisably the right profession")


def advice_outcome(ctx: CheckContext, p: AdviceParams) -> Outcome:
    plan = ctx.plan
    title_rx = rx(p.title_patterns)
    items = [i for i in plan.advice if i.kind == p.advice_kind
             or (title_rx is not None and i.kind == "other" and title_rx.search(i.quote))]
    if not items:
        where = "Section K lists" if plan.found("K") else "Section K (advice and information) was not found, so the plan lists"
        return Outcome(level=p.missing_level, findings=[ctx.missing(
            "K", f"{where} no {p.label} advice: {p.label} professionals' advice must be sought and listed.")])
    ref, ref_name = reference_date(plan, ctx.as_of)
    findings: list[Finding] = []
    level = p.all_current_level
    good = 0
    for item in items:
        missing = []
        if not item.author:
            missing.append("who gave it")
        if item.date is None:
            missing.append("when it was given")
        if missing:
            level = min(level, p.weak_level)
            findings.append(advice_finding(item, f"This {p.label} advice does not say {' or '.join(missing)}."))
            continue
        assert item.author and item.date is not None  # (both checked just above)
        good += 1
        if p.author_patterns and not search(p.author_patterns, item.author):
            level = min(level, p.unqualified_level)
            findings.append(advice_finding(item, f"The author is not named with a {p.label} role or "
                                                 f"service: check the advice is from the right professional."))
        age = months_between(item.date, ref)
        band = age_band(age, p.current_months, p.stale_months)
        if band == "stale":
            level = min(level, p.weak_level)
            findings.append(advice_finding(item, f"This {p.label} advice was {age} months old at the {ref_name}: "
                                                 f"out of date (over {p.stale_months} months)."))
        elif band == "older":
            level = min(level, p.older_level)
            findings.append(advice_finding(item, f"This {p.label} advice was {age} months old at the {ref_name}: "
                                                 f"older than {p.current_months} months; check it is still current."))
        else:
            findings.append(advice_finding(item, f"{p.label.capitalize()} advice, attributed and dated "
                                                 f"{item.date:%d/%m/%Y} ({months_text(max(age, 0))} before the {ref_name}).",
                                           kind="evidence"))
    if good == 0:
        level = p.missing_level
    return Outcome(level=level, findings=findings)


class ProvisionPatterns(CareParams):
    """How a provision section (G, or H1/H2) is split into items and read."""

    blank_patterns: list[str] = Field(description="Whole-text phrases that say nothing")
    none_patterns: list[str] = Field(description="Statements that there is no provision in this section")
    min_item_words: int = Field(3, ge=1, description="Shorter lines are labels, not provision")
    skip_patterns: list[str] = Field(default_factory=list, description="Lines that are not provision (sign-off)")

    def items(self, blocks: Sequence[Block]) -> tuple[list[Item], list[Item], list[Item]]:
        return provision_items(blocks, self.blank_patterns, self.none_patterns, self.min_item_words, self.skip_patterns)
