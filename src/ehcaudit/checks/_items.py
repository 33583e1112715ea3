"""Layout reading for provision and needs: a plan's blocks as items (a list item, a paragraph,
a table row's cells together, a lead-in line with its "Label: value" lines) and sentences
(no check kinds are registered here).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from ehcaudit.checks._patterns import is_blank, rx, search
from ehcaudit.checks._table_lines import (
    is_header_cell,
    nested_table,
    plain_section_title,
    row_headers_for,
)
from ehcaudit.clauses import is_label
from ehcaudit.column_labels import BY_LABEL
from ehcaudit.model import Block, Plan
from ehcaudit.placeholders import strip_placeholders
from ehcaudit.reader.headings import title_match
from ehcaudit.text import sentences
from ehcaudit.view import box_label

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
    #: Each part's column header, where the item is a table row whose headers are known
    #: ("Frequency and duration" above "Daily, 5 minutes"); empty otherwise.
    headers: list[str] = field(default_factory=list)

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



# -- provision items ------------------------------------------------------------------------------

#: "Label: value" ("Frequency: weekly"), but not a ratio ("Sam will have 1:1 support"). A label may
#: join its words with "&" or "+" ("Frequency & duration:", "Staff + ratio:"), as house styles do.
_FIELD_RE = re.compile(r"^\s*[A-Za-z][\w'’()/&+-]*(?:\s+[\w'’()/&+-]+){0,4}(?<!\d)\s*:(?!\d)\s*\S")
#: The label of a field that completes an item ("Provided by:", "Frequency:", "Who:"), as opposed
#: to a label that names a service or area and starts an item of its own ("Orthopaedics: annual review").
_PART_LABEL_RE = re.compile(
    rf"^\s*(?:{BY_LABEL}|by whom|"
    r"who(?:\s+\w+){0,3}|frequency|how (?:often|long|much)|when|duration|length|amount|hours?|time|timing|where|"
    r"location|venue|setting|staff(?:ing)?|ratio|group(?: size)?|provider|responsible|lead|contact|review(?: date)?|"
    r"start(?: date)?|end(?: date)?|expertise|qualifications?|training|outcomes?|notes?|details?|cost|funding|"
    r"monitoring|"
    # the need the item meets, a cross-reference on a card ("Health need: Sickle cell disease", "Need: Glue ear")
    r"(?:(?:health|social care|medical|identified|assessed)\s+)?needs?(?:\s+(?:met|addressed|ref(?:erence)?))?|areas?\s+of\s+need)"
    r"(?:\s*(?:and|or|&|\+|/|,)\s*[a-z]+(?:\s+[a-z]+){0,2})?(?:\s*\([^()]{1,25}\))?\s*:",
    re.IGNORECASE)


def _part_line(text: str) -> bool:
    """A line whose label names one of provision's parts (how often, how long, group size or ratio,
    who) and then gives it: "How often and for how long: 20 minutes daily", "Group size or ratio:
    1:1". The label is read by what it names, however many words it takes to say it."""
    m = _PART_LABEL_RE.match(text)
    return m is not None and not text[m.end():m.end() + 1].isdigit() and bool(text[m.end():].strip())


def is_part_field(text: str) -> bool:
    """A "Label: value" part of the item above it ("Delivered by: …", "Frequency and duration: …")."""
    return _part_line(text) or (bool(_PART_LABEL_RE.match(text)) and bool(_FIELD_RE.match(text)))


def _merge_fields(items: list[Item]) -> list[Item]:
    """Join a lead-in line ("Physiotherapy:") and the "Label: value" lines under it
    ("Provided by: …", "Frequency: …") into one item, so they are judged together."""
    out: list[Item] = []
    group: Item | None = None
    group_led = False
    for it in items:
        if it.headers:  # a row of a table nested in a cell: whole, with its headers
            out.append(it)
            group, group_led = None, False
            continue
        b = it.block
        single = len(it.blocks) == 1
        is_table = b.kind == "table_cell"
        t = it.text.strip()
        # a line of the same cell as the group's last line ("Social communication group." then
        # "Staffing: …" on the next line of one template cell)
        same_block = group is not None and single and group.blocks[-1] is b
        lead = not is_table and t.endswith(":") and len(t.split()) <= 8
        field_line = (not is_table or same_block) and (bool(_FIELD_RE.match(t)) or _part_line(t))
        same_sub = group is not None and group.blocks[-1].subsection == b.subsection
        # a field line completes the item above it when it follows a lead-in line ("Physiotherapy:")
        # or is one of an item's parts ("Provided by: …"); "Orthopaedics: annual review at clinic"
        # after "Physiotherapy: weekly sessions …" is an item of its own
        joins = group is not None and same_sub and (group_led or bool(_PART_LABEL_RE.match(t)))
        if field_line and joins and group is not None:
            group.blocks.extend(it.blocks)
            group.text = f"{group.text}; {t}"
            continue
        if lead or (field_line and not is_table):
            group = Item(blocks=list(it.blocks), text=t, location=it.location)
            group_led = lead
            out.append(group)
            continue
        # a line naming provision: the "Staffing: …", "Frequency & duration: …" lines under it
        # are its parts (the labelled-line house style)
        group = Item(blocks=list(it.blocks), text=t, location=it.location) if single else None
        group_led = False
        out.append(group if group is not None else it)
    return out


def _is_header_row(it: Item) -> bool:
    """Row 0 of an ordinary table whose cells are all labels ("Provision | How often / how long |
    Delivered by"), or a row of labels repeated under it."""
    cells = [b for b in it.blocks if b.kind == "table_cell"]
    # is_header_cell also reads several headers in one cell: "How often / how long / group size"
    if len(cells) > 1 and all(is_header_cell(b.text) for b in cells):
        return True  # "How this will be done | How often | Who will do this | Funded by", on any row
    return bool(cells) and len(cells) > 1 and all(is_label(b.text, max_words=6) for b in cells) and (
        all(b.row == 0 for b in cells) or (all(len(b.text.split()) <= 4 for b in cells)
                                           and not any(_AMOUNT_CELL_RE.search(b.text) for b in cells)))


#: A cell that says how often or how much ("weekly", "3 x", "Daily"): a row with one is provision written
#: tersely ("Social skills group | weekly | school staff"), not a row of column labels.
_AMOUNT_CELL_RE = re.compile(r"\d|\b(?:daily|weekly|fortnightly|monthly|termly|annually|yearly|once|twice|"
                             r"every|each|per|hourly|morning|afternoon|lunchtimes?)\b", re.IGNORECASE)


def _split_lines(items: list[Item]) -> list[Item]:
    """A single block holding several lines (a table cell with one provision per line, then a
    sign-off line) gives one item per line, so a sign-off line does not hide the provision."""
    out: list[Item] = []
    for it in items:
        lines = [ln.strip() for ln in it.text.splitlines() if ln.strip()]
        table = nested_table(it.text) if len(it.blocks) == 1 and len(lines) > 3 else None
        if table is not None:
            # a table nested in a cell, read as lines: one item per row, with its headers; a sentence
            # before the table ("Provision is set out below ...") is a line of its own
            lead, header, rows = table
            out.extend(Item(blocks=[it.block], text=ln, location=it.location) for ln in lead)
            out.extend(Item(blocks=[it.block], text=" | ".join(r), location=it.location, headers=row_headers_for(header, r))
                       for r in rows)
            continue
        if len(it.blocks) == 1 and len(lines) > 1:
            out.extend(Item(blocks=[it.block], text=ln, location=it.location) for ln in lines)
        else:
            out.append(it)
    return out


#: A section's own title written as a line or a cell ("Section H1 - Social care provision
#: (section 2, Chronically Sick and Disabled Persons Act 1970)", "Section G: Health provision").
_SECTION_TITLE_RE = re.compile(r"^\W*(?:section|part)\s+[a-k]\d?\b\s*(?:[-–—:.)]|\s)", re.IGNORECASE)
_SENTENCE_VERB_RE = re.compile(r"\b(?:will|is|are|was|were|has|have|must|should|can|may)\b", re.IGNORECASE)


#: A numbered part's title: the section letter and number, then a few words naming the need or
#: area, nothing else ("G1 Tics and anxiety", "F2 Physical and fatigue"); not "F3 SALT weekly, 1:1".
_NUMBERED_PART_RE = re.compile(r"^[A-K]\d{1,2}\.?\s+[A-Za-z][A-Za-z'\u2019-]*(?:\s+(?:[A-Za-z][A-Za-z'\u2019-]*|&)){0,4}$")
_FREQUENCY_RE = re.compile(r"\b(?:daily|weekly|fortnightly|monthly|termly|annually|each|every|per|times?|sessions?|hours?|minutes?)\b",
                           re.IGNORECASE)


def is_section_title(text: str) -> bool:
    """A section's title, not provision: "Section X" then a title with no verb of its own, a
    numbered part's title ("G1 Tics and anxiety"), or a section's plain title written as the first
    line of its cell ("Health care provision", "Social care provision (Chronically Sick and
    Disabled Persons Act 1970)"), as the reader would recognise it as a heading on a line of its own."""
    t = " ".join(text.split())
    if plain_section_title(t):
        return True
    if _NUMBERED_PART_RE.match(t) and not _SENTENCE_VERB_RE.search(t) and not _FREQUENCY_RE.search(t):
        return True
    m = _SECTION_TITLE_RE.match(t)
    if m and _statutory_title(t[m.end():]):
        return True
    return bool(m) and len(t.split()) <= 20 and not _SENTENCE_VERB_RE.search(t)


#: The words that carry a section's statutory title on past its plain title: "Social care provision
#: *which must be made under* section 2 of …", "Health provision *reasonably required by* …".
_TITLE_TAIL_RE = re.compile(r"^(?:\(|(?:which|that|reasonably|required|relating|related|under|made|for|of|to|"
                            r"arising|identified|in|as|from|by|including)\b)", re.IGNORECASE)


def _statutory_title(rest: str) -> bool:
    """After "Section X:", the section's title itself, however long the Regulations make it: its plain
    title then only the statutory words that qualify it ("Social care provision which must be made under
    section 2 of the Chronically Sick and Disabled Persons Act 1970"), with no amount or frequency, so
    no provision is written in it. A title then a separator and provision ("Social care provision:
    3 hours a week …") is not one."""
    tm = title_match(rest)
    if tm is None or len(rest.split()) > 60 or _FREQUENCY_RE.search(rest):
        return False
    tail = tm[1]
    return not tail or bool(_TITLE_TAIL_RE.match(tail))


#: A sub-heading inside a provision section that introduces outcomes, not provision ("Health
#: outcomes (Section E):", "Outcomes", "End of key stage outcomes"); one that names provision for
#: outcomes ("Provision to meet outcomes 1 and 2") is not one.
_OUTCOMES_HEADING_RE = re.compile(
    r"^\W*(?:[\w'’-]+\s+){0,4}outcomes?\b(?:\s*\((?:section|see)[^)]*\))?\W*$", re.IGNORECASE)
_PROVISION_WORD_RE = re.compile(r"\b(?:provision|support|meet|achieve|towards|services?)\b", re.IGNORECASE)


def under_outcomes_heading(b: Block) -> bool:
    """The block sits under a sub-heading that introduces outcomes (in G: "Health outcomes (Section E):")."""
    sub = " ".join((b.subsection or "").split())
    return bool(sub) and bool(_OUTCOMES_HEADING_RE.match(sub)) and not _PROVISION_WORD_RE.search(sub)


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
        if under_outcomes_heading(it.block):
            continue  # outcomes written under their own sub-heading in G or H: not provision
        t = strip_placeholders(it.text.replace("|", " "))
        if is_blank(it.text.replace("|", " "), blank_patterns):
            blanks.append(it)
            continue
        if search(none_patterns, t):
            nones.append(it)
            continue
        cells = [strip_placeholders(b.text) for b in it.blocks] if len(it.blocks) > 1 else [t]
        # a sign-off or pointer is written within one cell: "reviewed" in a row's frequency cell and
        # "ICB" in its funding cell do not make the row a DCO's agreement line
        if skip_patterns and any(search(skip_patterns, c) for c in cells):
            # "see Section F for the sessions; the team's supervisor will review progress each half
            # term": the cross-reference clause goes, the provision in the other clauses stays
            rest = _before_signoff(t, skip_patterns) \
                or "; ".join(c.strip() for c in t.split(";") if c.strip() and not search(skip_patterns, c))
            if len(rest.split()) < max(min_words, 6):
                continue
            it = Item(blocks=it.blocks, text=rest, location=it.location)
            t = rest
        if t.rstrip().endswith(":") or len(t.split()) < min_words or _is_header_row(it) or is_section_title(t):
            continue  # a lead-in line, a label or a header row
        real.append(it)
    return real, nones, blanks


def _before_signoff(text: str, skip_patterns: Sequence[str]) -> str:
    """The provision before a sign-off written at the end of the same cell or paragraph ("Community
    paediatrician: medication review every 6 months, 30 minutes. Agreed by the Designated Medical
    Officer on 14 September 2026."): the sentences before the first one ``skip_patterns`` match,
    when every sentence from there on matches too; else ""."""
    sents = sentences(text)
    first = next((i for i, x in enumerate(sents) if search(skip_patterns, x)), None)
    if not first or not all(search(skip_patterns, x) for x in sents[first:]):
        return ""
    return " ".join(sents[:first])


def context_text(it: Item) -> str:
    """The item's text with its sub-heading in front ("Physiotherapy: weekly, 30 minutes…")."""
    sub = it.block.subsection
    t = strip_placeholders(it.text)
    return f"{sub}: {t}" if sub and sub.lower() not in t.lower() else t

