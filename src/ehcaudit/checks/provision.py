"""Provision (Section F): is each item quantified, and does the golden thread hold?

* ``provision_quantified`` (PR-QUANTIFIED): each provision item says what, how often, for how
  long, in what group size or ratio, and who delivers it with what expertise.
* ``outcome_link`` (PR-OUTCOME-LINK): each outcome in E is served by provision, and each need
  in B has provision (need -> provision -> outcome). Explicit in the national template's
  B | F | E rows; a documented heuristic in classic layouts.

Both read list items, sentences in paragraphs, table rows (cells of one row judged together)
and the national template's F column (``ThreadRow.table == "BFE"``). Every word list and
threshold comes from the rubric YAML.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from pydantic import Field, model_validator

from ehcaudit.checks._findings import item_finding, quote_of
from ehcaudit.checks._items import Item, blocks_text, is_part_field, provision_items, thread_rows
from ehcaudit.checks._params import CareParams
from ehcaudit.checks._patterns import is_blank, rx, search
from ehcaudit.checks._table_lines import row_headers
from ehcaudit.checks._words import content_stems, shared, stem
from ehcaudit.checks.person_centred import outcome_blocks
from ehcaudit.clauses import is_label
from ehcaudit.model import Block, Plan
from ehcaudit.placeholders import strip_placeholders
from ehcaudit.results import Finding
from ehcaudit.rubric.registry import Bands, CheckContext, Outcome
from ehcaudit.rubric.registry import check as register
from ehcaudit.text import sentences
from ehcaudit.view import area, box_label

# -- splitting provision into items -----------------------------------------------------------


class ItemRules(CareParams):
    """How provision text is split into items."""

    blank_patterns: list[str] = Field(description="Whole-text phrases that say nothing ('TBC', 'n/a')")
    none_patterns: list[str] = Field(default_factory=list, description="Statements that there is no provision")
    skip_patterns: list[str] = Field(default_factory=list, description="Lines that are not provision (cross-references, sign-off)")
    sentence_skip_patterns: list[str] = Field(
        default_factory=list, description="Sentences that are not provision wherever they stand in a line (a glossary "
                                          "definition: 'Teaching assistant (TA) means ...')")
    continuation_patterns: list[str] = Field(
        default_factory=list,
        description="A sentence starting like this continues the previous item ('This will be…', 'Sessions are…')")
    min_item_words: int = Field(4, ge=1, description="Shorter lines are labels, not provision")


#: References to the outcomes a provision serves, written after a heading: "(E2, E3)", "(E2.2, E3.1)",
#: "(outcomes 1 and 2)".
_OUTCOME_REFS = re.compile(r"\(\s*(?:outcomes?\s+)?(?:[A-Z]?\d+(?:\.\d+)?[a-z]?(?:\s*(?:,|and|&)\s*)?)+\)",
                           re.IGNORECASE)


def split_items(blocks: Sequence[Block], r: ItemRules) -> list[Item]:
    """Provision items: a table row with several cells is one item; any other block is split into
    lines, and each line into sentences, a sentence that continues the one before joining it."""
    real, _nones, _blanks = provision_items(blocks, r.blank_patterns, r.none_patterns, 1, r.skip_patterns)
    cont = rx([f"^(?:{c})" for c in r.continuation_patterns]) if r.continuation_patterns else None
    out: list[Item] = []
    for it in real:
        if len(it.blocks) > 1 or it.headers:  # a table row, or a lead-in with "Label: value" lines: judged together
            if len(strip_placeholders(it.text).split()) >= r.min_item_words:
                out.append(it)
            continue
        block = it.block
        current: Item | None = None
        lead = ""
        for line in it.text.splitlines():
            line = strip_placeholders(line)
            if not line or is_blank(line, r.blank_patterns) or search(r.skip_patterns, line):
                current = None
                continue
            if is_label(_OUTCOME_REFS.sub("", line)):  # "Social, emotional and mental health (E2, E3)": a lead-in
                lead, current = line, None
                continue
            for sent in _whole_sentences(sentences(line)):
                if search(r.sentence_skip_patterns, sent):
                    current = None
                    continue
                # "Delivered by: …", "Frequency and duration: …" after the sentence naming the
                # provision are its parts, written inline: one item
                if current is not None and ((cont is not None and cont.search(sent)) or is_part_field(sent)):
                    current.text = f"{current.text} {sent}"
                    continue
                current = Item(blocks=[block], text=f"{lead}: {sent}" if lead else sent, location=block.location)
                out.append(current)
    return [i for i in out if len(i.text.split()) >= r.min_item_words and not i.text.rstrip().endswith(":")]


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


def _is_title(text: str) -> bool:
    """A row's title, not a need or an outcome: a label once its reference is set aside
    ("E.2 / F.2 Preparing for adulthood: independence and community")."""
    t = _TITLE_REF_RE.sub("", " ".join(text.split()))
    return bool(t) and is_label(t, max_words=10)


def f_blocks(plan: Plan) -> list[Block]:
    return area(plan, "provision")


# -- PR-QUANTIFIED --------------------------------------------------------------------------------


class Element(CareParams):
    name: str = Field(description="Read after 'This provision does not say …': 'how often', 'with what expertise'")
    patterns: list[str] = Field(min_length=1, description="Regular expressions (case-insensitive); any one shows the element")
    or_content: bool = Field(False, description="Also shown by any content word that is not a generic one "
                                                "(generic_words): 'what the provision is' is named in the item's own words")
    applies_patterns: list[str] = Field(
        default_factory=list,
        description="When set, the element is asked for only where the item matches one of these (a group size "
                    "where the item speaks of a group: a therapist's 1:1 session or a check-in needs none)")
    header_patterns: list[str] = Field(
        default_factory=list,
        description="Column headers ('Delivered by', 'Staffing') whose filled, not vague, cell states the element")


class ProvisionKind(CareParams):
    """A kind of provision and the elements that apply to it (SEND Code of Practice 9.69)."""

    name: str = Field(description="Plain name, e.g. 'equipment, an adaptation or an access arrangement'")
    patterns: list[str] = Field(min_length=1, description="Regexes that show an item is of this kind")
    unless: list[str] = Field(default_factory=list, description="Regexes that show it is teaching or an intervention after all")
    elements: list[str] = Field(min_length=1, description="Names of the elements (below) this kind must state")
    marks_provision: bool = Field(True, description="A sentence of this kind is provision even when it states no "
                                                    "element ('Access to a quiet space'); false for a catch-all kind")


class QuantifiedParams(CareParams):
    items: ItemRules
    elements: list[Element] = Field(min_length=1, description="What each item must say, named so they read after "
                                                          "'does not say': 'how often', 'who delivers it'")
    kinds: list[ProvisionKind] = Field(
        default_factory=list,
        description="Kinds of provision that need only some elements (a professional's visits; equipment and "
                    "access arrangements), tried in order; an item of no listed kind is teaching or an "
                    "intervention and needs every element")

    @model_validator(mode="after")
    def _kind_elements(self):
        names = {e.name for e in self.elements}
        for k in self.kinds:
            bad = [n for n in k.elements if n not in names]
            if bad:
                raise ValueError(f"kinds: {k.name!r} names unknown element(s) {bad}; elements are {sorted(names)}")
        return self
    subheading_ignore_patterns: list[str] = Field(
        default_factory=list,
        description="Sub-headings that say nothing about the provision (areas of need): others are read with the "
                    "item ('Speech and language therapy' above '30 minutes weekly, 1:1, by a SALT')")
    generic_words: list[str] = Field(default_factory=list, description="Words that do not say what the provision is "
                                                                       "(session, support, activities, weekly...)")
    stop_words: list[str] = Field(default_factory=list, description="Function words, never a provision's name")
    vague_patterns: list[str] = Field(default_factory=list, description="A table cell saying only this states "
                                                                        "nothing ('ongoing', 'as required')")
    provision_patterns: list[str] = Field(
        default_factory=list,
        description="Sentences that say what the child will have or be given ('should have opportunities to "
                    "practise ...'): provision even when they state no element")
    default_patterns: list[str] = Field(
        default_factory=list,
        description="Sentences that state something for every item ('Unless stated otherwise, provision is "
                    "overseen by the SENCo'): read with each item, not judged as one")
    incomplete_level: int | None = Field(None, description="Highest level when any item misses more than "
                                                           "mostly_missing elements (a clear gap, as an auditor grades it)")
    mostly_missing: int = Field(1, ge=0, description="An item missing at most this many elements is 'mostly specified'")
    mostly_weight: float = Field(0.5, ge=0, le=1, description="A mostly specified item counts this much (a full one counts 1)")
    bands: Bands = Field(description="Weighted share of specified items (0-1) -> level")
    no_provision_level: int = 1
    max_evidence: int = Field(3, ge=1)


_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z][a-z'’-]{2,}")


def _own_words(text: str, generic: list[str]) -> list[str]:
    """Words that say what the provision is in the item's own words: lower-case (not a name),
    not generic ('session', 'support', 'weekly') and not a stop word."""
    stems = _generic_stems(tuple(generic))
    return [w for w in _LOWER_WORD.findall(text) if w not in stems and stem(w) not in stems]


@lru_cache(maxsize=16)
def _generic_stems(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset({w.lower() for w in words} | {stem(w) for w in words})


def _listed(names: list[str], conj: str) -> str:
    """'a', 'a or b', 'a, b or c'."""
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} {conj} {names[-1]}"


def _parts(it: Item, headers: dict[tuple[int, int, int], str]) -> list[tuple[str, str]]:
    """(header, cell text) for each part of a table-row item whose column header is known."""
    if it.headers:
        return list(zip(it.headers, it.text.split(" | "), strict=False))
    out = []
    for b in it.blocks:
        key = (b.table, b.row, b.col)
        if b.table is not None and b.row is not None and b.col is not None and key in headers:
            out.append((headers[key], b.text))
    return out


def _header_elements(it: Item, headers: dict[tuple[int, int, int], str], p: QuantifiedParams) -> set[str]:
    """Elements a row states in the column made for them: a filled cell under 'Delivered by' says who
    delivers it, unless it says only 'ongoing' or 'as required'."""
    out: set[str] = set()
    for header, cell in _parts(it, headers):
        cell = strip_placeholders(cell).strip()
        if not cell or is_blank(cell, p.items.blank_patterns) or search(p.vague_patterns, cell):
            continue
        out.update(e.name for e in p.elements if e.header_patterns and search(e.header_patterns, header))
    return out


def _is_provision(it: Item, p: QuantifiedParams) -> bool:
    """An item that states any element of provision; a sentence that states none ("September 2027 is
    her move to secondary school") sets the scene and is not judged as provision."""
    text = strip_placeholders(it.text)
    return (len(it.blocks) > 1 or bool(it.headers) or any(search(e.patterns, text) for e in p.elements)
            or any(search(k.patterns, text) for k in p.kinds if k.marks_provision)
            or bool(search(p.provision_patterns, text)))


@register("provision_quantified", QuantifiedParams)
def provision_quantified(ctx: CheckContext, p: QuantifiedParams) -> Outcome:
    """Each provision item in F says what, how often, for how long, group size or ratio, and who delivers it with what expertise."""
    items = split_items(f_blocks(ctx.plan), p.items)
    defaults = [it for it in items if search(p.default_patterns, it.text)]
    items = [it for it in items if it not in defaults and _is_provision(it, p)]
    default_text = " ".join(strip_placeholders(it.text) for it in defaults)
    headers = row_headers(ctx.plan.blocks)
    if not items:
        where = "Section F specifies no provision." if ctx.plan.found("F") else "Section F (special educational provision) was not found."
        return Outcome(level=p.no_provision_level, findings=[ctx.missing("F", where)])
    findings: list[Finding] = []
    evidence: list[Finding] = []
    score = 0.0
    incomplete = 0
    for it in items:
        text = strip_placeholders(it.text)
        sub = it.block.subsection
        if sub and sub.lower() not in text.lower() and not search(p.subheading_ignore_patterns, sub):
            text = f"{sub}: {text}"
        kind = next((k for k in p.kinds if search(k.patterns, text) and not search(k.unless, text)), None)
        needed = [e for e in p.elements if (kind is None or e.name in kind.elements)
                  and (not e.applies_patterns or search(e.applies_patterns, text))]
        full = f"{text} {default_text}" if default_text else text
        by_header = _header_elements(it, headers, p)
        lacking = [e.name for e in needed if e.name not in by_header and not search(e.patterns, full)
                   and not (e.or_content and _own_words(text, p.generic_words + p.stop_words))]
        as_kind = f" ({kind.name})" if kind else ""
        if not lacking:
            score += 1
            evidence.append(item_finding(ctx, it, f"Fully specified{as_kind}: says "
                                                  f"{_listed([e.name for e in needed], 'and')}.", kind="evidence"))
            continue
        if len(lacking) <= p.mostly_missing:
            score += p.mostly_weight
        else:
            incomplete += 1
        findings.append(item_finding(ctx, it, f"This provision{as_kind} does not say {_listed(lacking, 'or')}. "
                                              "Provision must leave no room for doubt about what the child gets."))
    level = p.bands.level(score / len(items))
    if incomplete and p.incomplete_level is not None:
        level = min(level, p.incomplete_level)
    findings = evidence[: p.max_evidence] + findings if ctx.passes(level) else findings + evidence[: p.max_evidence]
    return Outcome(level=level, findings=findings)


# -- PR-OUTCOME-LINK ------------------------------------------------------------------------------


class NeedArea(CareParams):
    name: str = Field(description="Area of need, e.g. 'communication and interaction'")
    patterns: list[str] = Field(min_length=1, description="Words that place a need, outcome or provision in this area")


class NeedTopic(CareParams):
    name: str = Field(description="A specific need within an area, e.g. 'handwriting and fine motor skills'")
    need: list[str] = Field(min_length=1, description="Words that show this need in a sentence of B")
    provision: list[str] = Field(min_length=1, description="Words that show provision for it in F-H")


class OutcomeLinkParams(CareParams):
    items: ItemRules
    blank_patterns: list[str] = Field(description="Cells that say nothing ('TBC', 'n/a')")
    stop_words: list[str] = Field(description="Words too common to link an outcome to provision")
    min_shared: int = Field(2, ge=1, description="Content words an outcome and a provision item must share to link")
    specific_word_length: int = Field(99, ge=3, description="One shared content word at least this long links on its own")
    areas: list[NeedArea] = Field(min_length=1, description="Areas of need: an outcome and provision in the same area link")
    need_skip_patterns: list[str] = Field(default_factory=list, description="Sentences in B that are not needs (strengths)")
    need_skip_location_patterns: list[str] = Field(
        default_factory=list, description="Blocks in B (by location or sub-heading) that are not needs: the 'Strengths' box")
    min_outcome_words: int = Field(4, ge=1)
    min_pasted_words: int = Field(6, ge=1, description="Identical provision this long, repeated, counts as pasted")
    bands: Bands = Field(description="Share of outcomes and needs served by provision (0-1) -> level")
    pasted_level: int = Field(2, description="Highest level when identical provision is pasted against several outcomes")
    unmet_need_level: int | None = Field(None, description="Highest level when an area of need described in B has no "
                                                           "provision in F at all (a clear gap, as an auditor grades it)")
    no_outcomes_level: int = 1
    max_evidence: int = Field(3, ge=1)
    need_patterns: list[str] = Field(
        default_factory=list, description="A sentence in B is a need when it says what the child finds hard "
                                          "(difficulty, cannot, delay, diagnosed...); a strength or a heading is not")
    named_provision_patterns: list[str] = Field(
        default_factory=list,
        description="A need in B that names the provision or teaching it calls for ('the educational psychologist "
                    "recommends a structured reading intervention', 'he needs to learn safe routes'): the group "
                    "'what' is that provision, which F-H must provide (a shared content word), or the need is a "
                    "clear gap")
    topics: list[NeedTopic] = Field(
        default_factory=list,
        description="Specific needs (handwriting, noise sensitivity, toileting, travel, reading) an auditor looks "
                    "for in F one by one: a need sentence in B on a topic with no provision on it in F-H is a clear "
                    "gap, even when other provision covers the same area")
    named_provision_end_patterns: list[str] = Field(
        default_factory=list, description="Where the named provision's words end ('so that', 'because')")
    named_provision_generic_words: list[str] = Field(
        default_factory=list, description="Words that do not say which provision is meant ('structured', "
                                          "'intervention', 'support'): a named provision of only these is not judged")
    unlinked_outcome_level: int | None = Field(
        None, description="When set, the level an outcome the wording heuristic cannot link brings (the auditor "
                          "confirms it) instead of the share of outcomes linked")
    empty_row_level: int | None = Field(None, description="Highest level when a national-template row has a need or "
                                                          "an outcome and an empty provision cell")


def _areas(text: str, p: OutcomeLinkParams) -> set[str]:
    return {a.name for a in p.areas if search(a.patterns, text)}


def _norm(text: str) -> str:
    text = text.rsplit(":; ", 1)[-1]  # drop a lead-in line ("Reading:") merged into the item
    return re.sub(r"[^a-z0-9]+", " ", strip_placeholders(text).lower()).strip()


def _names(ctx: CheckContext) -> list[str]:
    known = ctx.plan.front.known_as or ""
    return known.split()


def _named_provisions(text: str, p: OutcomeLinkParams) -> list[str]:
    """The provisions a need sentence names as what it calls for: the words after 'recommends',
    'needs to learn', 'would benefit from', up to 'so that' or the clause's end."""
    lead, end = rx(p.named_provision_patterns), rx(p.named_provision_end_patterns)
    out = []
    for m in lead.finditer(text) if lead is not None else ():
        what = text[m.end(): m.end() + 90]
        e = end.search(what) if end is not None else None
        if e:
            what = what[: e.start()]
        if what.strip():
            out.append(what.strip())
    return out


def _named_provision_gaps(ctx: CheckContext, p: OutcomeLinkParams, threaded: set[int], names: list[str],
                          findings: list[Finding], evidence: list[Finding]) -> int:
    """Count needs in B naming a provision (a recommendation, a skill to be taught) that nothing in
    F-H provides: an auditor reads each need in B and looks for what meets it in F."""
    if not (p.named_provision_patterns or p.topics):
        return 0
    plan = ctx.plan
    prov_text = " ".join(b.text for b in f_blocks(plan) + area(plan, "health_provision")
                         + area(plan, "social_care_provision"))
    prov_stems = content_stems(prov_text, p.stop_words, names)
    if not prov_stems:
        return 0  # no provision at all: the level says so already
    generic = tuple(p.stop_words) + tuple(p.named_provision_generic_words)
    gaps = 0
    topics_seen: set[str] = set()
    for b in plan.blocks_in("B"):
        if b.id in threaded or search(p.need_skip_location_patterns, box_label(b)):
            continue
        for sent in sentences(strip_placeholders(b.text)):
            if search(p.need_skip_patterns, sent) or is_label(sent):
                continue
            if not p.need_patterns or search(p.need_patterns, sent):
                for t in p.topics:
                    if t.name in topics_seen or not search(t.need, sent):
                        continue
                    topics_seen.add(t.name)
                    if search(t.provision, prov_text):
                        continue
                    gaps += 1
                    findings.append(ctx.finding(b, f"This need ({t.name}) has no provision in Sections F–H: say "
                                                   "what will meet it.", quote=quote_of(sent)))
            for what in _named_provisions(sent, p):
                stems = content_stems(what, generic, names)
                if not stems:
                    continue
                common = shared(stems, prov_stems)
                if common:
                    evidence.append(ctx.finding(b, f"The provision this need calls for ('{quote_of(what, 80)}') "
                                                   f"is in Sections F–H (shares {', '.join(repr(w) for w in common[:3])}).",
                                                quote=quote_of(sent), kind="evidence"))
                    continue
                gaps += 1
                findings.append(ctx.finding(b, f"Section B says this need calls for '{quote_of(what, 80)}', but no "
                                               "provision in Sections F–H provides it: say what will meet this need.",
                                            quote=quote_of(sent)))
    return gaps


@register("outcome_link", OutcomeLinkParams)
def outcome_link(ctx: CheckContext, p: OutcomeLinkParams) -> Outcome:
    """Each outcome in E is served by provision, and each need in B has provision (the golden thread)."""
    plan = ctx.plan
    findings: list[Finding] = []
    evidence: list[Finding] = []
    total = served = 0
    threaded: set[int] = set()
    for row in plan.threads:
        threaded.update(row.need + row.provision + row.outcome)

    def filled(ids: list[int]) -> list[Block]:
        return [plan.blocks[i] for i in ids if i < len(plan.blocks)
                and not is_blank(plan.blocks[i].text, p.blank_patterns)]

    # National template: each B | F | E row states the link explicitly.
    row_provisions: list[tuple[Block, str]] = []
    empty_rows = 0
    unlinked = 0
    for row in thread_rows(plan, "BFE"):
        need, prov, out = filled(row.need), filled(row.provision), filled(row.outcome)
        if not (need or prov or out):
            continue
        area = f" ({row.area})" if row.area else ""
        if not prov and all(_is_title(b.text) for b in need + out):
            continue  # a title row spanning the table ("E.2 / F.2 Preparing for adulthood"), not an outcome
        if prov:
            # the row's provision cells together: a "Who" cell naming the same service in every row
            # is not pasted provision
            row_provisions.append((prov[0], _norm(" ".join(b.text for b in prov))))
            n = (1 if out else 0) + (1 if need else 0)
            served += n
            total += n
            for cell in (out or need)[:1]:
                evidence.append(ctx.finding(cell, f"Golden thread{area}: served by the provision in the same row: "
                                                  f"'{quote_of(blocks_text(plan, row.provision), 160)}'.",
                                            quote=quote_of(cell.text), kind="evidence"))
            continue
        for cells, what in ((out[:1], "outcome"), (need[:1], "need")):
            for b in cells:
                total += 1
                empty_rows += 1
                findings.append(ctx.finding(b, f"This {what}{area} has no provision in its row of the B–F–E table: "
                                               "say what provision will meet it.", quote=quote_of(b.text)))

    # Classic layouts: E outcomes and B needs outside the combined tables.
    prov_blocks = [b for code in ("F", "G", "H1", "H2") for b in plan.blocks_in(code) if b.id not in threaded]
    items = split_items(prov_blocks, p.items)
    names = _names(ctx)
    item_info = [(it, content_stems(it.text, p.stop_words, names), _areas(it.text, p)) for it in items]
    outcomes = [b for b in outcome_blocks(ctx) if b.id not in threaded and len(b.text.split()) >= p.min_outcome_words]
    for b in outcomes:
        stems = content_stems(b.text, p.stop_words, names)
        areas = _areas(b.text, p)
        match = None
        for it, istems, iareas in item_info:
            common = shared(stems, istems)
            # two shared words, or one long specific one ("homework", "swimming", "handwriting")
            if len(common) >= p.min_shared or any(len(w) >= p.specific_word_length for w in common):
                match = (it, f"shares the words {', '.join(repr(w) for w in common[:4])}")
                break
            if match is None and areas & iareas:
                match = (it, f"same area of need: {sorted(areas & iareas)[0]}")
            if match is None and b.subsection and it.block.subsection \
                    and _norm(b.subsection) == _norm(it.block.subsection):
                match = (it, f"same sub-heading: {it.block.subsection}")
        total += 1
        if match:
            served += 1
            evidence.append(ctx.finding(b, f"Served by provision at {match[0].location} ({match[1]}): "
                                           f"'{quote_of(match[0].text, 160)}'.", quote=quote_of(b.text), kind="evidence"))
        else:
            unlinked += 1
            findings.append(ctx.finding(b, "No provision in Sections F–H could be linked to this outcome (no shared "
                                           "area of need, sub-heading or wording): say which provision serves it.", quote=quote_of(b.text)))
    # Needs in B, by area of need (only areas the checker recognises). A sentence is a need when it
    # says what the child finds hard (need_patterns), not a strength or a heading; its area comes
    # from its words, else from its sub-heading; it is met when F addresses any of its areas.
    provision_areas: set[str] = set()  # every F item, the template's F cells included
    for b in f_blocks(plan):
        provision_areas |= _areas(b.text, p) | _areas(b.subsection or "", p)
    met: dict[str, tuple[Block, str]] = {}
    clear_unmet: set[str] = set()  # unmet areas the plan itself names in the need's own label
    unmet: dict[str, tuple[Block, str]] = {}
    for b in plan.blocks_in("B"):
        if b.id in threaded or search(p.need_skip_location_patterns, box_label(b)):
            continue
        for sent in sentences(strip_placeholders(b.text)):
            if search(p.need_skip_patterns, sent) or is_label(sent):
                continue
            if p.need_patterns and not search(p.need_patterns, sent):
                continue
            # the plan's own label says the area ("Sensory and/or physical: ..."); a need so labelled
            # with no provision in its area is a clear gap, one placed by its words is for the
            # auditor to confirm (the area words cannot see provision worded differently)
            lead = sent.split(":", 1)[0] if ":" in sent[:60] else ""
            named = _areas(lead, p)
            areas = named or _areas(sent, p) or _areas(b.subsection or "", p)
            if areas & provision_areas:
                for a in sorted(areas & provision_areas):
                    met.setdefault(a, (b, sent))
            elif areas:
                a = sorted(areas)[0]
                unmet.setdefault(a, (b, sent))
                if named:
                    clear_unmet.add(a)
    unmet = {a: v for a, v in unmet.items() if a not in met}
    for a, (b, sent) in met.items():
        total += 1
        served += 1
        evidence.append(ctx.finding(b, f"This {a} need has provision in Section F addressing {a}.",
                                    quote=quote_of(sent), kind="evidence"))
    unmet_needs = 0
    for a, (b, sent) in unmet.items():
        total += 1
        unmet_needs += a in clear_unmet
        findings.append(ctx.finding(b, f"This {a} need has no provision in Section F addressing {a}.",
                                    quote=quote_of(sent)))

    # Needs in B that name the provision they call for: each should be met by something in F-H.
    unmet_needs += _named_provision_gaps(ctx, p, threaded, names, findings, evidence)

    # Identical provision pasted against several outcomes.
    all_prov = row_provisions + [(it.blocks[-1], _norm(it.text)) for it in items if it.block.section == "F"]
    seen: dict[str, Block] = {}
    pasted = False
    for b, norm in all_prov:
        if len(norm.split()) < p.min_pasted_words:
            continue
        if norm in seen and seen[norm].id != b.id:
            pasted = True
            findings.append(ctx.finding(b, f"The same provision is pasted here and at {seen[norm].location}: "
                                           "write the provision each outcome needs.", quote=quote_of(b.text)))
        seen.setdefault(norm, b)

    if total == 0:
        msg = "Section E has no outcomes to link to provision." if plan.found("E") else "Section E (outcomes) was not found."
        return Outcome(level=p.no_outcomes_level, findings=[ctx.missing("E", msg)])
    level = p.bands.level(served / total)
    has_provision = bool(items or row_provisions)
    if p.unlinked_outcome_level is not None and has_provision:
        # the wording heuristic cannot link provision worded differently: an unlinked outcome is for
        # the auditor to confirm, not a gap; the clear gaps below set the level
        level = p.bands.level(1.0) if not (unlinked or unmet) else p.unlinked_outcome_level
    if empty_rows and p.empty_row_level is not None:
        level = min(level, p.empty_row_level)
    if pasted:
        level = min(level, p.pasted_level)
    if unmet_needs and p.unmet_need_level is not None:
        level = min(level, p.unmet_need_level)
    findings = evidence[: p.max_evidence] + findings if ctx.passes(level) else findings + evidence[: p.max_evidence]
    return Outcome(level=level, findings=findings)
