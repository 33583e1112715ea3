"""Provision (Section F): is each item quantified?

``provision_quantified`` (PR-QUANTIFIED): each provision item says what, how often, for how long, in
what group size or ratio, and who delivers it with what expertise. It reads list items, sentences in
paragraphs, table rows (cells of one row judged together) and the national template's F column
(``ThreadRow.table == "BFE"``), split into items by :mod:`ehcaudit.checks._prov_items`; what is an
item (a line naming something the child gets) is defined once in :mod:`ehcaudit.checks._prov_unit`. The golden
thread (PR-OUTCOME-LINK) is in :mod:`ehcaudit.checks.outcome_link`. Every word list and threshold
comes from the rubric YAML.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pydantic import Field, model_validator

from ehcaudit.checks._findings import item_finding
from ehcaudit.checks._glossary import abbreviations, named_roles, with_expansions
from ehcaudit.checks._items import Item
from ehcaudit.checks._params import CareParams
from ehcaudit.checks._patterns import has, is_blank, search
from ehcaudit.checks._prov_frame import (
    amount_cell_open,
    before_table,
)
from ehcaudit.checks._prov_items import (  # noqa: F401 (_OUTCOME_REFS, _is_lead_in: read by the tests)
    _OUTCOME_REFS,
    ItemRules,
    _is_lead_in,
    f_blocks,
    split_items,
)
from ehcaudit.checks._prov_unit import one_off_action, stands_for_items
from ehcaudit.checks._table_lines import governing_headers, row_headers
from ehcaudit.checks._words import stem
from ehcaudit.model import Block
from ehcaudit.placeholders import strip_placeholders
from ehcaudit.results import Finding
from ehcaudit.rubric.registry import Bands, CheckContext, Outcome, optional_list
from ehcaudit.rubric.registry import check as register
from ehcaudit.text import sentences

# -- PR-QUANTIFIED --------------------------------------------------------------------------------


class Element(CareParams):
    name: str = Field(description="Read after 'This provision does not say …': 'how often', 'with what expertise'")
    patterns: list[str] = Field(min_length=1, description="Regular expressions (case-insensitive); any one shows the element")
    or_content: bool = Field(False, description="Also shown by any content word that is not a generic one "
                                                "(generic_words): 'what the provision is' is named in the item's own words")
    applies_patterns: list[str] = optional_list("When set, the element is asked for only where the item matches one of these (a group size "
                    "where the item speaks of a group: a therapist's 1:1 session or a check-in needs none)")
    header_patterns: list[str] = optional_list("Column headers ('Delivered by', 'Staffing') whose filled, not vague, cell states the element")
    part_of: str | None = Field(None, description="The element this one is part of, as an auditor weighs a gap ('who delivers it' for "
                                                  "'with what expertise'): with both unsaid they are one gap (no one named); with that "
                                                  "one said as quibble_patterns show, this one unsaid is a quibble, not a gap")
    quibble_patterns: list[str] = optional_list("What makes this element unsaid a quibble when part_of is said: a person named by name "
                                                "('led by Becky', 'with Mrs Shah') or every adult around the child; a team or 'school "
                                                "staff' is no one in particular, so its expertise unsaid stays a gap")


class ProvisionKind(CareParams):
    """A kind of provision and the elements that apply to it (SEND Code of Practice 9.69)."""

    name: str = Field(description="Plain name, e.g. 'equipment, an adaptation or an access arrangement'")
    patterns: list[str] = Field(min_length=1, description="Regexes that show an item is of this kind")
    unless: list[str] = optional_list("Regexes that show it is teaching or an intervention after all")
    elements: list[str] = Field(min_length=1, description="Names of the elements (below) this kind must state")
    marks_provision: bool = Field(True, description="A sentence of this kind is provision even when it states no "
                                                    "element ('Access to a quiet space'); false for a catch-all kind")
    open_patterns: list[str] = optional_list("For a standing kind (a strategy staff use): words that leave it open ('as needed', 'as "
                                             "appropriate', 'regular'); an item of this kind that says no frequency and has any of them "
                                             "left how often open, a clear gap")


class QuantifiedParams(CareParams):
    items: ItemRules
    elements: list[Element] = Field(min_length=1, description="What each item must say, named so they read after "
                                                          "'does not say': 'how often', 'who delivers it'")
    kinds: list[ProvisionKind] = optional_list("Kinds of provision that need only some elements (a professional's visits; equipment and "
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
    subheading_ignore_patterns: list[str] = optional_list("Sub-headings that say nothing about the provision (areas of need): others are read with the "
                    "item ('Speech and language therapy' above '30 minutes weekly, 1:1, by a SALT')")
    generic_words: list[str] = optional_list("Words that do not say what the provision is "
                                                                       "(session, support, activities, weekly...)")
    stop_words: list[str] = optional_list("Function words, never a provision's name")
    vague_patterns: list[str] = optional_list("A table cell saying only this states "
                                                                        "nothing ('ongoing', 'as required')")
    amount_header_patterns: list[str] = optional_list("Column headers for how much or how often ('Frequency', 'How much'): a "
                                                      "vague cell under one leaves how often open")
    open_amount_patterns: list[str] = optional_list("An item's own 'How much:' part saying only this leaves the amount open "
                                                    "('as appropriate', 'as and when'); 'when needed' ties it to the child's need")
    provision_patterns: list[str] = optional_list("Sentences that say what the child will have or be given ('should have opportunities to "
                    "practise ...'): provision even when they state no element")
    default_patterns: list[str] = optional_list("Sentences that state something for every item ('Unless stated otherwise, provision is "
                    "overseen by the SENCo'): read with each item, not judged as one")
    incomplete_level: int | None = Field(None, description="Highest level when any item misses more than "
                                                           "mostly_missing elements (a clear gap, as an auditor grades it)")
    mostly_missing: int = Field(1, ge=0, description="An item missing at most this many elements is 'mostly specified'")
    session_length_patterns: list[str] = optional_list("How long each occasion lasts ('30 minutes', 'half a day', 'every lesson'): an item that says "
                    "neither how often nor any of these gives only the span of a programme ('for 10 weeks'), so "
                    "the amount is open, a clear gap")
    span_patterns: list[str] = optional_list("The span of a programme ('for 10 weeks', 'across the autumn term'): with no frequency and no "
                    "session length, it leaves the amount open")
    package_patterns: list[str] = optional_list("An EOTAS package or a personal budget named as the provision ('an EOTAS package of £18,000 a year')")
    package_contents_patterns: list[str] = optional_list("What shows a package's contents (a list after 'comprises:', an amount of teaching): "
                                                         "a package named without them leaves what the child gets to the provider, a clear gap")
    open_item_patterns: list[str] = optional_list("An item's own words leaving it open ('throughout the school day as appropriate'): "
                                                  "with any element unsaid, a clear gap")
    home_educated_patterns: list[str] = optional_list("What says the child is electively home educated (in any section): the parents teach")
    home_educator_patterns: list[str] = optional_list("The parents as the ones who give an item ('with his parents checking his score'): for a "
                                                      "home-educated child, who delivers it and with what expertise")
    home_practice_patterns: list[str] = optional_list("Practice at home ('at home', 'each evening at home', 'home reading'): with the "
                                                      "parents as its givers (home_educator_patterns), they deliver it, and a parent "
                                                      "is asked for no expertise")
    mostly_weight: float = Field(0.5, ge=0, le=1, description="A mostly specified item counts this much (a full one counts 1)")
    bands: Bands = Field(description="Weighted share of specified items (0-1) -> level")
    no_provision_level: int = 1
    max_evidence: int = Field(3, ge=1)


#: What a one-off piece of work tied to its moment says by being one: how often (once) and how long (as long as
#: the work takes); the group size of a professional's own work is no question.
_ONCE_SAID = frozenset({"how often", "for how long", "the group size or ratio"})

_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z][a-z'’-]{2,}")


def _own_words(text: str, generic: list[str]) -> list[str]:
    """Words that say what the provision is in the item's own words: lower-case (not a name),
    not generic ('session', 'support', 'weekly') and not a stop word."""
    stems = _generic_stems(tuple(generic))
    return [w for w in _LOWER_WORD.findall(text) if w not in stems and stem(w) not in stems]


@lru_cache(maxsize=16)
def _generic_stems(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset({w.lower() for w in words} | {stem(w) for w in words})


def _gaps(lacking: list[str], record: str, p: QuantifiedParams) -> list[str]:
    """The elements an item leaves unsaid, as an auditor counts the gaps. An element that is part of
    another (with what expertise, of who delivers it) is no gap of its own when both are unsaid (no one
    named is one gap, not two), nor when the other is said by a person's name or as every adult ("led
    by Becky": a quibble); "school staff" or "the pastoral team" with no expertise is a gap."""
    quibbles = {e.name for e in p.elements if e.part_of and e.name in lacking and e.part_of not in lacking
                and e.quibble_patterns and has(e.quibble_patterns, record)}
    one_gap = {e.name for e in p.elements if e.part_of and e.name in lacking and e.part_of in lacking}
    return [n for n in lacking if n not in quibbles and n not in one_gap]


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


def _vague_cell(it: Item, p: QuantifiedParams) -> bool:
    """A table row one of whose cells says only 'as appropriate' or 'as required': the plan answered
    how much in its own column and left it open, a clear gap rather than an element left unsaid."""
    cells = it.text.split(" | ") if it.headers else [b.text for b in it.blocks] if len(it.blocks) > 1 else []
    return any(search(p.vague_patterns, strip_placeholders(c).strip()) for c in cells)


def _vague_amount_cell(it: Item, headers: dict[tuple[int, int, int], str], col_heads: dict[tuple[int, int], str],
                       p: QuantifiedParams) -> bool:
    """A table row whose cell under a column for how much or how often ("Frequency") says only "as
    required": the plan left the amount open, whatever the provision cell says of when. The column's
    header is the table's header row, or the national template's column heading."""
    parts = _parts(it, headers) or [(col_heads.get((b.table, b.col), ""), b.text) for b in it.blocks
                                     if b.table is not None and b.col is not None]
    return bool(p.amount_header_patterns) and any(
        search(p.amount_header_patterns, header) and search(p.vague_patterns, strip_placeholders(cell).strip())
        for header, cell in parts)


def _blank_columns(it: Item, gov: dict[tuple[int, int], dict[int, str]], p: QuantifiedParams) -> set[str]:
    """Elements whose own column the row left empty: a row under "Support I will get | When and how
    often | Who will give it" with nothing under "When and how often" has left how often open (the
    reader drops an empty cell, so the column is found from the header row over the row)."""
    cells = [b for b in it.blocks if b.kind == "table_cell" and b.table is not None and b.row is not None]
    if len(cells) < 2 or it.headers:
        return set()
    heads = gov.get((cells[0].table, cells[0].row), {})  # type: ignore[arg-type]
    filled = {b.col for b in cells if strip_placeholders(b.text).strip()}
    out: set[str] = set()
    for col, header in heads.items():
        if col in filled:
            continue
        if p.amount_header_patterns and search(p.amount_header_patterns, header):
            out.add("how often")
        out.update(e.name for e in p.elements if e.header_patterns and search(e.header_patterns, header))
    return out


#: A labelled part of an item written as lines or run on: "How much: as appropriate", "Frequency: as required".
_FIELD_PART = re.compile(r"^\W*([A-Za-z][^:;|]{0,40}):\s*(.+?)\W*$")


def _vague_amount_field(text: str, p: QuantifiedParams) -> bool:
    """An item written as labelled parts whose part for how much or how often says only "as
    appropriate" ("Opportunities to practise cooking; How much: as appropriate; Who: care staff"):
    the plan's own answer to how much left it open, as a vague cell under a "Frequency" column does."""
    if not p.amount_header_patterns or not p.open_amount_patterns:
        return False
    for seg in re.split(r"[;\n]", text):
        m = _FIELD_PART.match(seg)
        if m and search(p.amount_header_patterns, m.group(1).strip()) and search(p.open_amount_patterns, m.group(2).strip()):
            return True
    return False


def _is_provision(it: Item, p: QuantifiedParams) -> bool:
    """An item that states any element of provision; a sentence that states none ("September 2027 is
    her move to secondary school") sets the scene and is not judged as provision."""
    text = strip_placeholders(it.text)
    return (len(it.blocks) > 1 or bool(it.headers) or any(has(e.patterns, text) for e in p.elements)
            or any(has(k.patterns, text) for k in p.kinds if k.marks_provision)
            or has(p.provision_patterns, text))


#: A bracket pointing to another item ("(see staff training below)", "(as in F2 above)"): what that item is
#: does not make this one of its kind (a strategy adults use, whose training is set out below, is a strategy).
_SEE_ASIDE = re.compile(r"\(\s*(?:see|as (?:in|for|per)|refer to|set out in)\b[^()]{0,80}\b(?:above|below|later|earlier)\s*\)",
                        re.IGNORECASE)


def _kind(own: str, text: str, kinds: list[ProvisionKind]) -> ProvisionKind | None:
    """The item's kind, from its own words: a sub-heading over several items ("Study programme",
    "Equipment") says what they are part of, not what each one is ("Travel training with a job
    coach for 10 weeks" under "Study programme" is teaching). Only an item its own words leave to
    the catch-all kind (a strategy: no other kind, nothing taught) takes its kind from the
    sub-heading read with it ("Short breaks" over "A weekend a month with his link carer")."""
    def first(t: str) -> ProvisionKind | None:
        return next((k for k in kinds if has(k.patterns, t) and not has(k.unless, t)), None)
    kind = first(own)  # None: teaching or an intervention, whatever the sub-heading
    if kind is not None and not kind.marks_provision and text != own:
        return first(text)
    return kind


def _standing(blocks: list[Block]) -> list[tuple[str | None, str]]:
    """The standing statements of Section F outside its tables, each with the sub-heading whose items
    it speaks for (None: every item in F): "All of the provision below is delivered by ..." is read as
    part of each item in its block (:func:`ehcaudit.checks._prov_unit.stands_for_items`)."""
    return [(b.subsection, s) for b in blocks if b.kind != "table_cell"
            for s in sentences(strip_placeholders(b.text)) if stands_for_items(s)]


@register("provision_quantified", QuantifiedParams)
def provision_quantified(ctx: CheckContext, p: QuantifiedParams) -> Outcome:
    """Each provision item in F says what, how often, for how long, group size or ratio, and who delivers it with what expertise."""
    blocks = f_blocks(ctx.plan)
    items = split_items(blocks, p.items)
    defaults = [it for it in items if search(p.default_patterns, it.text)]
    # a line stating something for every item ("Unless stated otherwise, all support below is overseen by the
    # SENCo") is about the items, so no item of its own: it is read with each of them all the same
    said = {strip_placeholders(it.text) for it in defaults}
    defaults += [Item(blocks=[b], text=s, location=b.location) for b in blocks
                 for s in sentences(strip_placeholders(b.text)) if s not in said and search(p.default_patterns, s)]
    amount = [x for e in p.elements if e.name in ("how often", "for how long") for x in e.patterns]
    frame = before_table(items, blocks, amount)
    items = [it for it in items if it not in defaults and it not in frame and _is_provision(it, p)]
    default_text = " ".join(strip_placeholders(it.text) for it in defaults)
    standing = _standing(blocks)
    headers = row_headers(ctx.plan.blocks)
    col_heads = {(b.table, b.col): b.text for b in ctx.plan.blocks
                 if b.kind == "heading" and b.table is not None and b.col is not None}
    # the plan's abbreviations and the people it introduces with their role ('Mrs Shah (learning mentor)')
    glossary = abbreviations(b.text for b in ctx.plan.blocks) | named_roles(b.text for b in ctx.plan.blocks)
    gov = governing_headers(ctx.plan.blocks)
    home_educated = bool(p.home_educated_patterns) and any(search(p.home_educated_patterns, b.text) for b in ctx.plan.blocks)
    if not items:
        where = "Section F specifies no provision." if ctx.plan.found("F") else "Section F (special educational provision) was not found."
        return Outcome(level=p.no_provision_level, findings=[ctx.missing("F", where)])
    findings: list[Finding] = []
    evidence: list[Finding] = []
    score = 0.0
    incomplete = 0
    for it in items:
        own = text = strip_placeholders(it.text)
        sub = it.block.subsection
        if sub and sub.lower() not in text.lower() and not search(p.subheading_ignore_patterns, sub):
            text = f"{sub}: {text}"
        kind = _kind(_SEE_ASIDE.sub("", own), _SEE_ASIDE.sub("", text), p.kinds)
        needed = [e for e in p.elements if (kind is None or e.name in kind.elements)
                  and (not e.applies_patterns or has(e.applies_patterns, text))]
        if one_off_action(own):  # done once, at its moment, for as long as it takes: who and when are what it needs
            needed = [e for e in needed if e.name not in _ONCE_SAID]
        # the item's record: its own words, every-item lines and its block's standing statements
        record = " ".join([text, default_text] + [t for sub_, t in standing if sub_ is None or sub_ == sub])
        full = with_expansions(record.strip(), glossary)
        by_header = _header_elements(it, headers, p)
        if search(p.home_educator_patterns, own) and (home_educated or search(p.home_practice_patterns, own)):
            # the parents teach a home-educated child, and give the practice at home an item sets them
            by_header |= {"who delivers it", "with what expertise"}
        lacking = [e.name for e in needed if e.name not in by_header and not has(e.patterns, full)
                   and not (e.or_content and _own_words(text, p.generic_words + p.stop_words))]
        left_open = bool(kind and kind.open_patterns and has(kind.open_patterns, own))
        if p.session_length_patterns and "how often" in lacking and "for how long" not in lacking \
                and any(e.name == "for how long" for e in needed) and has(p.span_patterns, full) \
                and not has(p.session_length_patterns, full):
            lacking.append("how long each session is")  # "Travel training for 10 weeks": the span, not the amount
        if "how often" not in lacking and any(e.name == "how often" for e in needed) \
                and (_vague_amount_cell(it, headers, col_heads, p) or _vague_amount_field(own, p)
                     or amount_cell_open(_parts(it, headers), p.amount_header_patterns, amount, p.vague_patterns)):
            # "Regular sensory breaks throughout the day | As required | Staff": the row's own cell for how
            # much says only "as required", so the words elsewhere say when it may happen, not how often
            lacking.insert(0, "how often")
        if has(p.package_patterns, own) and not has(p.package_contents_patterns, full):
            lacking.insert(0, "what the package or budget buys")  # "an EOTAS package of £18,000 a year": a sum, not provision
        as_kind = f" ({kind.name})" if kind else ""
        if not lacking:
            score += 1
            evidence.append(item_finding(ctx, it, f"Fully specified{as_kind}: says "
                                                  f"{_listed([e.name for e in needed], 'and')}.", kind="evidence"))
            continue
        # an element left unsaid in the row's own empty column for it is a clear gap, as "As required" is
        blank = bool(set(lacking) & _blank_columns(it, gov, p)) or _vague_amount_field(own, p) \
            or "what the package or budget buys" in lacking or bool(search(p.open_item_patterns, own)) \
            or (left_open and "how often" in lacking)
        gaps = _gaps(lacking, full, p)
        if not gaps and not _vague_cell(it, p) and not blank:
            score += 1  # only a quibble unsaid ("led by Becky": who, not her training): reported, not marked down
        elif len(gaps) <= p.mostly_missing and not _vague_cell(it, p) and not blank:
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
