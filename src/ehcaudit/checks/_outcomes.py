"""Section E's outcomes as an auditor reads them: which lines are outcomes, titles, aspirations,
measures and dates (helpers for the person-centred and provision checks; no check kinds). Each
outcome grouped with its title and its steps is in ``_outcome_groups``; provision written into an
outcome is read by ``_outcome_provision``."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ehcaudit.checks._column_heads import (  # noqa: F401 (re-exported for the checks)
    _DATE_HEADING_RE,
    _MEASURE_HEADING_RE,
    BARE_DATE,
    HORIZON,
    MEASURE_LINE_RE,
    is_date_heading,
    is_measure_heading,
)
from ehcaudit.checks._nested_outcomes import Headings, NestedTable, not_outcome, read_nested
from ehcaudit.checks._outcome_unit import child_acts, plan_names, serves_child
from ehcaudit.checks._pc_reading import (
    without_month_may,
    without_reported_hope,
)
from ehcaudit.checks._table_lines import top_cells
from ehcaudit.clauses import (
    META_OUTCOME_RE,
    is_label,
    is_statement,
)
from ehcaudit.model import Block
from ehcaudit.rubric.registry import CheckContext
from ehcaudit.text import OUTCOME_CODE, OUTCOME_NUMBER


def _names(ctx: CheckContext) -> list[str]:
    return (ctx.plan.front.known_as or "").split()


#: The child as the subject of a line: "Kai will...", "By July, she will..." (see :func:`e_blocks`);
#: {names} is the child's name(s).
_CHILD_SUBJECT = r"^\W*(?:(?:by|in|from|over|during|within)\b[^,]{{0,40}},\s*)?(?:he|she|they|i{names})\b(?!['’])"


def _child_names(ctx: CheckContext) -> list[str]:
    """The child's names: the name the plan uses and the front matter's "Name" / "Preferred name"."""
    names = set(_names(ctx))
    for k, v in ctx.plan.front.fields.items():
        if re.fullmatch(r"\W*(?:(?:child|young person)['’]?s?\s+)?(?:preferred\s+|first\s+|known as\s*)?name\W*", k,
                        re.IGNORECASE) and v.strip():
            names.add(v.split()[0])
    return sorted(names)


#: A heading or table label naming Sections E and F together ("Sections E and F", "Section E/F table").
_E_AND_F = re.compile(r"\bE\s*(?:/|&|and|\+)\s*F\b")


def e_blocks(ctx: CheckContext) -> list[Block]:
    """Section E's blocks as an auditor reads them for outcomes.

    A combined "Sections E and F" layout sets its outcomes in a table whose other columns are the
    provision (the reader puts those cells in F). Lines written under that table, outside it,
    are the section's provision that belongs to no one row ("Whole-class teaching will use visual
    supports", "The SALT will give a 1-hour training session", "Radio aid checked daily by the
    technician"), not outcomes - unless the child is their subject ("Kai will ...")."""
    blocks = ctx.plan.blocks_in("E")
    heading = ctx.plan.section("E").heading or ""
    combined = bool(_E_AND_F.search(heading)) or any(_E_AND_F.search(b.location) for b in blocks)
    cells = [b.id for b in blocks if b.table is not None]
    if not combined or not cells:
        return blocks
    last = max(cells)
    names = [re.escape(n) for n in _child_names(ctx) if len(n) > 1]
    child = re.compile(_CHILD_SUBJECT.format(names="".join("|" + n for n in names)), re.IGNORECASE)
    return [b for b in blocks if b.table is not None or b.id < last or child.search(b.text)]


def combined_preamble(ctx: CheckContext) -> set[int]:
    """Ids of the paragraphs outside the outcomes table of a combined "Sections E and F" layout.

    Such a section is Section F as much as E: an undated line above or below its table that states
    provision ("Mia has 1:1 adult support throughout the school day, planned by the class teacher")
    is the provision over all its rows, not an outcome the plan sets."""
    blocks = ctx.plan.blocks_in("E")
    heading = ctx.plan.section("E").heading or ""
    combined = bool(_E_AND_F.search(heading)) or any(_E_AND_F.search(b.location) for b in blocks)
    if not combined or not any(b.table is not None for b in blocks):
        return set()
    return {b.id for b in blocks if b.table is None}


def outcome_blocks(ctx: CheckContext) -> list[Block]:
    """Outcome items in E: list items, paragraphs and table cells (not headings or labels).

    A block holding several lines (a table cell with one outcome per line) gives one item per
    line: a copy of the block, same id and location, whose text is that line.
    """
    out: list[Block] = []
    for b in e_blocks(ctx):
        lines = [ln.strip() for ln in b.text.splitlines() if ln.strip()]
        # a label ("Social, emotional and mental health") or a sentence about the outcomes
        # ("The outcomes below are agreed with Ethan") is not an outcome
        keep = [ln for ln in lines if len(ln.split()) >= 4 and not is_label(ln) and not META_OUTCOME_RE.search(ln)]
        if len(lines) > 1:
            out.extend(b.model_copy(update={"text": ln}) for ln in keep)
        elif keep:
            out.append(b)
    return out


#: An outcome's number or code at the start of its line ("1.", "2)", "E1", "E1.2", "O3:"): a label,
#: never a count.
ENUM_RE = re.compile(rf"^\W*(?:{OUTCOME_CODE}|{OUTCOME_NUMBER}|\(?[a-z\d]\))\s+")

#: A line about the outcomes as a set, or pointing elsewhere: "Outcomes are numbered by area",
#: "Each is to be reviewed at the annual review", "See cognition and learning outcomes."
ABOUT_OUTCOMES = re.compile(
    r"^\W*(?:see\b|(?:(?:all|each|every|these|the|our)\s+)?(?:outcomes?|steps|targets)\s+(?:are|is|were|have been|will be)\s+"
    r"(?:numbered|grouped|listed|arranged|set out|organised|ordered|written|reviewed|agreed|shown|for)\b|each (?:one )?is to be\b)",
    re.IGNORECASE)


#: A pointer to text elsewhere, standing for it: "See views above.", "As above", "Please refer to Section A2".
_CROSS_REF = re.compile(r"^\W*(?:(?:please\s+)?(?:see|refer to)\b[^.]{0,40}\b(?:above|below|section|part|page|"
                        r"paragraph|appendix|attached)\b|as (?:above|below|stated above|said above)\b)", re.IGNORECASE)


#: A box left for later, not an aspiration: "To be discussed at the next review", "TBC", "Not yet known",
#: "Will be gathered at the transition review", "To follow"; or left empty this time: "Not discussed at
#: this review", "Not explored".
_DEFERRED = re.compile(
    r"^\W*(?:(?:this|these|aspirations?|views?)\s+(?:is|are|was|were|will be|to be|have|has)\s+)?"
    r"(?:(?:still\s+)?to be\s+(?:discussed|agreed|"
    r"confirmed|decided|explored|gathered|added|completed|updated|reviewed|followed up)|tbc|tba|to follow|not (?:yet )?(?:been )?"
    r"(?:known|discussed|agreed|gathered|recorded|explored|asked|covered|considered|completed)|"
    r"(?:will be|to be)\s+(?:discussed|gathered|explored|added|recorded)\s+"
    r"(?:at|in|during|after)\b|unknown|n/?a)\b", re.IGNORECASE)


#: The outcomes as the subject of a line, however qualified: "Outcomes are to the end of Key Stage 1
#: (July 2026)", "Longer-term outcomes are for the end of Key Stage 3", "These outcomes run to the end of
#: Reception", "Outcomes to be achieved by the end of the current placement (July 2028)", "Short-term
#: targets are reviewed each term" - a note about the set (its date, its review), never one outcome.
OUTCOMES_SUBJECT = re.compile(
    r"^\W*(?:(?:all|each|every|these|the|our|my|his|her|their)\s+)?(?:[\w'’]+['’]s\s+)?"
    r"(?:(?:longer|long|medium|short|shorter|end[- ]of[- ]\w+)[- ]term\s+|termly\s+|annual\s+|interim\s+)?"
    r"(?:outcomes|targets|steps|milestones)\s+(?:\([^)]*\)\s+)?"
    # where the set is written: "The outcomes (Section E) in the first column are ...", "The targets on
    # the left are ...", "The outcomes listed below were agreed ..."
    r"(?:(?:(?:in|on)\s+(?:the\s+|this\s+)?(?:first|second|left|right|left[- ]hand|right[- ]hand|middle|next)"
    r"(?:\s+(?:column|side|box|table))?|(?:listed\s+|set\s+out\s+|written\s+)?(?:below|above|overleaf))\s+)?"
    r"(?:are|were|will be|have been|to be|run|last|cover|apply|span|should be|must be|"
    # what the set does: "Outcomes describe what Florin will be able to do in 12 months' time"
    r"describe|set out|show|say|state|explain|list|focus on)\b", re.IGNORECASE)

#: The opening of an outcome that the lines or cells under it complete: "By the time I start school
#: (September 2027), I will...", "By July 2027, Sam will:", "I will be able to -" - a stem heading the
#: column or list, never an outcome of its own (it says nothing the child will do).
_STEM = re.compile(r"\b(?:will|shall|can|to|able to|going to)\s*(?:\.{2,}|…|:|[-–—])\s*$", re.IGNORECASE)


def is_stem(line: str) -> bool:
    """Is this line the opening of outcomes written under it (see :data:`_STEM`)?"""
    return bool(_STEM.search(line.strip()))

#: A table cell of Section E with its place: (table, row, column, block).
_Cell = tuple[int, int, int, Block]


def _column_headers(ctx: CheckContext) -> tuple[list[_Cell], dict[int, int], dict[tuple[int, int], str]]:
    """Section E's table cells, each table's top row and the text of each column's top cell."""
    cells = [(b.table, b.row, b.col, b) for b in ctx.plan.blocks_in("E")
             if b.table is not None and b.row is not None and b.col is not None]
    top, header = top_cells([b for *_, b in cells])
    return cells, top, header


def dated_rows(ctx: CheckContext) -> set[tuple[int, int]]:
    """(table, row) of Section E's rows with a date in a "By when" / "Target date" column: the date
    of the outcomes in that row."""
    cells, top, header = _column_headers(ctx)
    return {(table, row) for table, row, col, b in cells if row != top[table]
            and is_date_heading(header.get((table, col), "")) and (BARE_DATE.search(b.text) or HORIZON.search(b.text))}


def measure_cells(ctx: CheckContext) -> dict[tuple[int, int], list[Block]]:
    """Section E's table cells under a measure column ("How progress will be measured", "Evidence"),
    by (table, row): the measure of the outcomes in the same row, not outcomes of their own."""
    cells, top, header = _column_headers(ctx)
    out: dict[tuple[int, int], list[Block]] = {}
    for table, row, col, b in cells:
        if row != top[table] and is_measure_heading(header.get((table, col), "")):
            out.setdefault((table, row), []).append(b)
    return out


#: A means of measuring named in a measure box: an assessment, a test, a log, a record, an observation,
#: a chart, a rating scale ("termly reading assessment by the class teacher", "TA checklist; OT
#: review") - not "staff and Mum will see that Mason is happier".
MEASURE_MEANS = re.compile(
    r"\b(?:assessments?|tests?|logs?|records?|register|observations?|tally|tallies|charts?|checklists?|trackers?|"
    r"scales?|ratings?|reports?|reviews?|screening|questionnaires?|samples?|portfolios?|diary|diaries|data|scores?|"
    r"results?|audits?|probes?|baseline|profile|timings?)\b", re.IGNORECASE)


#: A column heading for the hope a row builds towards: "Aspiration", "Long-term aspiration", "My
#: hopes and dreams", "What I want for the future", "Ambition" - the row's aspiration, written in the
#: child's or family's words and left undated on purpose, not an outcome to be measured.
_ASPIRATION_WORDS = (r"(?:(?:my|our|the|his|her|their|long[- ]term|future|linked|related|[\w'’]+['’]s?)\s+){0,2}"
                     r"(?:aspirations?|ambitions?|dreams?|hopes?(?:\s+and\s+(?:dreams|aspirations|wishes))?|wishes|"
                     r"what (?:i|we|they|he|she|[\w'’]+) (?:wants?|would like|hopes?)\b"
                     # "What I want to achieve", "What we would like Sam to learn": the outcome's own label
                     r"(?![^.:;]{0,30}\b(?:achieve|learn|be able|get better|work on|improve)\b)[^.:;]{0,30})")
_ASPIRATION_HEADING_RE = re.compile(r"^\W*" + _ASPIRATION_WORDS + r"\W*$", re.IGNORECASE)

#: A label's end and what it labels: an optional gloss in brackets, then a colon or a dash, then
#: the rest of the line (``what``).
_LABEL_THEN_WHAT = r"\s*(?:\([^()]*\)\s*)?[:\-–—]\s*(?P<what>.*)$"
#: A line of Section E labelled as the aspiration an outcome builds towards, the hope itself after
#: the label: "Aspiration: To be a bus driver", "My ambition - to work with animals", "Long-term
#: aspiration (in Sam's words): live in my own flat", "Dream: to sing on a stage". The "Aspiration ->
#: Outcome -> Short steps" style writes it above each outcome; it is the child's hope, undated on
#: purpose, not an outcome to be judged SMART.
_ASPIRATION_LABEL_RE = re.compile(r"^\W*" + _ASPIRATION_WORDS + _LABEL_THEN_WHAT, re.IGNORECASE)
#: The weaker labels some councils use for the same row, "Long-term goal: to live independently",
#: "Long-term aim - a job in a garage": the hope when no dated outcome for the child follows the
#: label ("Long-term goal: by July 2028 Sam will travel to college alone" is an outcome).
_LONG_TERM_LABEL_RE = re.compile(r"^\W*(?:(?:my|our|his|her|their|[\w'’]+['’]s?)\s+)?long[- ]term\s+(?:goals?|aims?)"
                                 + _LABEL_THEN_WHAT, re.IGNORECASE)
#: A link label and what the outcome builds on after it: "Builds on: working at the boatyard", "This
#: builds on: his wish to drive", "Linked to: 'I want my own flat'", "Working towards - a job with
#: animals". The line names the aspiration an outcome builds on: it is part of that outcome, not one
#: of its own, whatever words follow the label - unless the child's own dated act follows it
#: ("Builds on: by July 2027 Sam will ...", an outcome written after a label).
_LINK_LABEL_RE = re.compile(r"^\W*(?:(?:it|this|the)\s+(?:outcome\s+|target\s+|step\s+)?)?(?:(?:is|are)\s+)?"
                            r"(?:builds?|building|built|links?|linked|linking|connects?|connected|relates?|related|"
                            r"leads?|leading|contributes?|contributing|works?|working|steps?)\s+(?:up\s+)?"
                            r"(?:on|to|towards|with)" + _LABEL_THEN_WHAT, re.IGNORECASE)
#: Words quoted in a line: the child's or family's own, whatever verbs they use.
_QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]|(?<!\w)['‘][^'‘’]*['’](?!\w)")
#: A label for the outcome itself later in the same line: "Aspiration: a vet. Outcome: by July ..."
_OUTCOME_LABEL_LATER = re.compile(r"\b(?:outcomes?|targets?|goals?)\b[^.:;]{0,40}:\s*\S", re.IGNORECASE)


#: A line that names the hope an outcome builds on, with no outcome of its own: a link word before
#: it ("Linked to Maya's wish to work with animals", "Building on his love of trains and his dream of
#: driving one", "This outcome supports her family's hope that she will make friends", "Towards his
#: ambition of a job in a garage"), or the hope alone, its owner named, perhaps after a preparing-for-
#: adulthood area and a dash ("Her wish to be a nurse", "Independent living - his aim to live with
#: friends", "Jo's family's wish for him to be safe"). A line that dates or sets the child's own act
#: ("Her aim is to read 50 words by July 2027", "Building on this, Maya will ...") is an outcome.
#: Two owners joined by "and" count as one ("Mum and Nana's hope", "Ravi and his family's wish").
_JOINT = r"(?:(?:(?:his|her|their|my|our|the)\s+)?[\w-]+\s+(?:and|&)\s+(?:(?:his|her|their|my|our|the)\s+)?)?"
_HOPE_OWNER = _JOINT + r"(?:(?:his|her|their|my|our|the|[\w-]+['’]s?)\s+){1,3}"
#: Whose the hope is, when no link word comes before it: "his", "her family's", "the family's", "Jo's".
_POSSESSOR = _JOINT + r"(?:(?:his|her|their|my|our)\s+|(?:the\s+)?[\w-]+['’]s?\s+)(?:[\w-]+['’]s?\s+)?"
_HOPE_NOUN = r"(?:aspirations?|ambitions?|dreams?|hopes?|wish(?:es)?|aims?|goals?)\b"
#: After a link word, what the child loves too ("Building on his love of football").
_LIKE_NOUN = r"(?:aspirations?|ambitions?|dreams?|hopes?|wish(?:es)?|aims?|goals?|loves?|interests?|passions?)\b"
_HOPE_LINK = re.compile(
    r"^\W*(?:it\s+|(?:this|the)\s+(?:outcome\s+|target\s+|step\s+)?)?(?:(?:is|are)\s+)?"
    r"(?:(?:linked|links?|linking|connected|connects|related|relates|tied|building|builds?|built|working|works|"
    r"leads?|leading|contributes?|contributing|steps?)\s+(?:up\s+)?(?:to|on|towards|with)|towards|supports?|"
    r"(?:in\s+)?(?:support|pursuit)\s+of)\s+(?:" + _HOPE_OWNER + r")?" + _LIKE_NOUN
    + r"|^\W*(?:[A-Za-z][\w ,&'’-]{2,50}\s[-–—]\s*)?" + _POSSESSOR + _HOPE_NOUN
    + r"(?:\s+(?:to|for|of|that|in|is)\b|\W*$)", re.IGNORECASE)
#: What makes a hope line the child's outcome after all: a date, a horizon or the child's own "will".
_HOPE_DATED = re.compile(r"\b20\d\d\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b|\bby\s+(?:the\s+end|end\s+of|january|february|"
                         r"march|april|june|july|august|september|october|november|december)\b", re.IGNORECASE)
_CHILD_WILL = re.compile(r"\b(?:will|shall|can)\b", re.IGNORECASE)


def is_hope_link(line: str) -> bool:
    """Is this Section E line the hope an outcome builds on (see :data:`_HOPE_LINK`), not an outcome?"""
    t = outcome_text(line.strip())
    if len(t.split()) > 30 or not _HOPE_LINK.match(t) or _HOPE_DATED.search(t) or HORIZON.search(t):
        return False
    # the "will" of the hope reported ("her family's hope that she will make friends") is not the outcome's
    return not _CHILD_WILL.search(without_reported_hope(t))


def is_aspiration_line(line: str) -> bool:
    """Is this Section E line the aspiration an outcome builds towards, written after its label
    (see :data:`_ASPIRATION_LABEL_RE`) or after a link word (see :func:`is_hope_link`), rather than
    an outcome? A line that goes on to give the outcome under its own label ("Aspiration: a vet.
    Outcome: By July 2027, ...") is an outcome."""
    t = outcome_text(line.strip())
    if is_hope_link(t):
        return True
    link = _LINK_LABEL_RE.match(t)
    if link is not None:
        what = without_reported_hope(_QUOTED.sub(" ", link.group("what")))
        return not (_CHILD_WILL.search(what) or _HOPE_DATED.search(what) or _OUTCOME_LABEL_LATER.search(what))
    m = _ASPIRATION_LABEL_RE.match(t)
    if m is None:
        m = _LONG_TERM_LABEL_RE.match(t)
        if m is None or re.search(r"\bwill\b", m.group("what"), re.IGNORECASE):
            return False
    return not _OUTCOME_LABEL_LATER.search(m.group("what"))


def aspiration_cells(ctx: CheckContext) -> set[int]:
    """Ids of Section E's table cells under an aspiration column ("Aspiration | Outcome | How we will
    know"): the hope the row's outcome builds on, not an outcome of its own."""
    cells, top, header = _column_headers(ctx)
    return {b.id for table, row, col, b in cells if row != top[table]
            and _ASPIRATION_HEADING_RE.match(header.get((table, col), ""))}


def nested_tables(ctx: CheckContext) -> dict[int, NestedTable]:
    """Section E's cells holding an outcomes table nested in them (see :mod:`._nested_outcomes`), by id."""
    h = Headings(_MEASURE_HEADING_RE, _DATE_HEADING_RE, _ASPIRATION_HEADING_RE)
    return {b.id: t for b in ctx.plan.blocks_in("E") if b.table is not None and "\n" in b.text
            and (t := read_nested(b.text.splitlines(), h)) is not None}


def stated_measures(ctx: CheckContext) -> dict[tuple[str, int], list[str]]:
    """The measures written beside the outcomes: ("block", id) -> the measure lines in that box
    ("How progress will be measured: ..."), ("row", id) -> the row's measure-column cells, for
    each outcome cell in that row."""
    out: dict[tuple[str, int], list[str]] = {}
    for b in ctx.plan.blocks_in("E"):
        for ln in b.text.splitlines():
            m = MEASURE_LINE_RE.match(ln.strip())
            if m:
                out.setdefault(("block", b.id), []).append(m.group("what"))
    # a record of paragraphs ("By when: ..." / "Outcome: ..." / "How we will know: ..." / "Builds on:
    # ..."): the measure line is the outcome's, as in a box - the nearest outcome paragraph above it,
    # under the same heading, with no other outcome or table between them
    names = outcome_names(ctx)
    last: Block | None = None
    for b in ctx.plan.blocks_in("E"):
        text = b.text.strip()
        if b.table is not None or "\n" in text:
            last = None
            continue
        m = MEASURE_LINE_RE.match(text)
        if m and last is not None and last.subsection == b.subsection:
            out.setdefault(("block", last.id), []).append(m.group("what"))
            last = None  # one measure line to one outcome
        elif is_outcome(text, names):
            last = b
    rows = measure_cells(ctx)
    for b in ctx.plan.blocks_in("E"):
        if b.table is None or b.row is None:
            continue
        same_row = rows.get((b.table, b.row))
        if same_row is not None and b not in same_row:
            out[("row", b.id)] = [c.text for c in same_row if c.text.strip()]
    return out


#: "Outcome 3 -", "Target 1:", "Area 2." before a title: the outcome's number in words.
_NUMBERED_TITLE = re.compile(r"^\W*(?:outcome|target|goal|aim|area)\s+\d+[a-z]?\s*[.):\-–—]\s*"
                             # or the label of an area: "Area of need: Communication and interaction",
                             # "Primary need - Cognition and learning", "PfA theme: Good health"
                             r"|^\W*(?:(?:broad|primary|main|secondary|pfa|preparing\s+for\s+adulthood)\s+)?"
                             r"(?:area(?:\s+of\s+(?:need|development|learning))?|need|theme|strand)\s*[:\-–—]\s*",
                             re.IGNORECASE)


def is_coded_label(text: str) -> bool:
    """Is this line an outcome's code and its area or theme and nothing else ("E3 - Social, emotional
    and mental health", "O2: Communication and interaction", "Outcome 3 - Independent living")? A title, as a
    heading is: the outcome is the line under it."""
    body = re.sub(r"^\W+", "", _NUMBERED_TITLE.sub("", outcome_text(text), count=1))
    return body != text.strip() and bool(body) and is_label(body)


def outcome_text(text: str) -> str:
    """An outcome line without its number or code ("E1.2 Ethan will..." -> "Ethan will...")."""
    return ENUM_RE.sub("", text, count=1)


#: A line wholly in brackets: an aside about the row ("(Supports Ellie to meet other young people with
#: a vision impairment.)"), not an outcome.
_ASIDE = re.compile(r"^\W{0,3}\([^()]*\)\W*$")
def is_outcome(text: str, names: Iterable[str] = ()) -> bool:
    """Is this line of Section E an outcome? Defined positively (:mod:`._outcome_unit`): the child is the
    one who will do or achieve something, or the act is written verb first; or provision is written
    where the outcome should be (someone serving the child as the subject), for PC-OUTCOME-NOT-PROVISION
    to see. Lines about the outcomes, the provision, the review or a hope, and titles, labels, codes and
    dates, are no outcome by construction. What an auditor reads otherwise is kept: a stem completed by
    the lines under it ("By July 2027, Sam will:"), a measure line ("How we will know: ..."), the
    aspiration an outcome builds on ("Aspiration: to be a vet") and an aside wholly in brackets."""
    t = without_month_may(outcome_text(text))
    return ((child_acts(t, names) or serves_child(t, names)) and not is_stem(t) and not MEASURE_LINE_RE.match(t)
            and not _MEASURE_HEADING_RE.match(t) and not is_aspiration_line(t) and not _ASIDE.match(t.strip()))


def outcome_names(ctx: CheckContext) -> list[str]:
    """The child's names for reading outcomes: the front matter's, and the name Section E uses most."""
    return sorted(set(_child_names(ctx)) | set(plan_names(b.text for b in ctx.plan.blocks_in("E"))))


def outcome_items(ctx: CheckContext) -> list[Block]:
    """:func:`outcome_blocks` without the lines that are no outcome (headings with a date, notes
    about the outcomes, cross-references): the outcomes an auditor reads."""
    under_measure = {b.id for bs in measure_cells(ctx).values() for b in bs} | aspiration_cells(ctx)
    nested = nested_tables(ctx)  # an outcomes table inside one cell: its headings, measures, dates
    names = outcome_names(ctx)
    return [b for b in outcome_blocks(ctx) if is_outcome(b.text, names) and b.id not in under_measure
            and not not_outcome(nested, b)]


#: A line that titles the outcome under it rather than being one: "Medium-term outcome (by next phase
#: transfer, July 2027)", "Outcome 2 - Independent living (by September 2026)", "Long-term outcome:
#: employment", "End of Key Stage 4 outcome: education (July 2028)". Read only when the line has no
#: "will" and no sentence before or after the word "outcome" (an outcome written after its label is an outcome).
_OUTCOME_TITLE = re.compile(
    rf"^\W*(?:{OUTCOME_CODE}\s+)?(?P<kind>(?:[\w'’-]+\s+){{0,6}}?)"
    r"(?:outcomes?|goals?|aims?|ambitions?)\b(?:\s*(?:\d+|[A-Z]\d*)\b)?\s*(?:[:(\-–—,.]|$)", re.IGNORECASE)
#: The whole set of outcomes as the subject: "All of Amara's outcomes are expected to be met by ..."
ALL_OUTCOMES = re.compile(r"^\W*(?:all|each|every|these|the)\s+(?:of\s+)?(?:[\w-]+['’]s\s+)?outcomes?\s+(?:\([^()]*\)\s+)?"
                           r"(?:are|is|will|should|must|have)\b", re.IGNORECASE)


def is_outcome_title(line: str) -> bool:
    """Is this Section E line the title of the outcome under it (see :data:`_OUTCOME_TITLE`)? Not
    when an outcome follows the label ("Aim: to read 50 words by July 2027", "Outcome 1: Jo will ...")."""
    t = line.strip()
    m = _OUTCOME_TITLE.search(t)
    # the words before "outcome" name its kind ("Medium-term", "End of Key Stage 4"), never a sentence
    return (m is not None and not re.search(r"\bwill\b", t, re.IGNORECASE) and not is_statement(m.group("kind"), 40)
            and not is_statement(t[m.end():], 40))
