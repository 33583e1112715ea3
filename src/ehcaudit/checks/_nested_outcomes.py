"""An outcomes table nested in one cell of Section E, as an auditor reads it.

Some councils set Section E as a two-column "letter | content" table and put the outcomes table
("Aspiration | Outcome | How progress will be measured | Target date") inside the content cell.
The reader joins a nested table's paragraphs into its enclosing cell, one line per cell: first
the column headings, then each row's cells in turn. Read back as a table, each row's outcome
has its own measure and date beside it, and the aspiration, measure and date lines are not
outcomes of their own. (The advice reader does the same for advice tables typed in one cell.)
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ehcaudit.model import Block

#: The outcome column's own heading: "Outcome", "My outcomes", "Outcome (end of Key Stage 3)".
#: Or the question it answers: "What we want Lily to achieve", "What I want to be able to do", "What we
#: would like Sam to learn".
_OUTCOME_HEADING = re.compile(r"^\W*(?:(?:(?:my|our|the|agreed|[\w'’]+['’]s)\s+)?(?:outcomes?|targets?|goals?)"
                              r"(?:\s*\([^()]*\))?|what\s+(?:we|i|they|you|he|she|[\w'’]+)\s+(?:wants?|would\s+like|hopes?)"
                              r"\s+(?:[\w'’]+\s+){0,2}(?:to\s+)?(?:achieve|learn|be\s+able\s+to\s+do|get\s+better\s+at|work\s+on|"
                              r"improve)(?:\s+next)?)\W*$", re.IGNORECASE)
#: A steps column: "Steps", "Steps towards it", "Short-term targets".
_STEPS_HEADING = re.compile(r"^\W*(?:(?:short|shorter|interim)[- ]term\s+|small\s+)?(?:steps?|milestones?)\b"
                            r"[^.:;]{0,30}$", re.IGNORECASE)
#: A numbering column: "No.", "Number", "Ref", "Code", "#", "Outcome no." - the row's code ("E1"), no outcome.
_CODE_HEADING = re.compile(r"^\W*(?:(?:outcome\s+)?(?:no\.?|number|ref(?:erence)?\.?|code)|#)\s*$", re.IGNORECASE)
#: At most this many lines before the heading row: a note on how the outcomes were written.
_MAX_LEAD = 6


@dataclass(frozen=True)
class Headings:
    """The column headings Section E's reader knows (from :mod:`ehcaudit.checks._outcomes`)."""

    measure: re.Pattern
    date: re.Pattern
    aspiration: re.Pattern


def _column_kind(line: str, h: Headings) -> str | None:
    """What a nested table's heading line names: "outcome", "measure", "date", "aspiration",
    "steps", or None when the line is no column heading."""
    t = " ".join(line.split())
    if not t or len(t.split()) > 10:
        return None
    if _CODE_HEADING.match(t):
        return "code"
    if h.measure.match(t):
        return "measure"
    if h.date.match(t):
        return "date"
    if h.aspiration.match(t):
        return "aspiration"
    if _OUTCOME_HEADING.match(t):
        return "outcome"
    if _STEPS_HEADING.match(t):
        return "steps"
    return None


@dataclass
class NestedTable:
    """One nested outcomes table: each outcome line with its row's measure and date lines, and
    every other line of the cell (headings, aspirations, measures, dates) - no outcome."""

    beside: dict[str, list[str]] = field(default_factory=dict)  # outcome line -> measure lines
    dates: dict[str, str] = field(default_factory=dict)  # outcome line -> its date cell
    others: set[str] = field(default_factory=set)


def read_nested(lines: list[str], h: Headings) -> NestedTable | None:
    """The lines of one cell read as a nested outcomes table: k heading lines (one of them
    "Outcome", and at least one more; a numbering column "No." is one), then rows of k lines.
    A short note may come before the heading row ("How we have written the outcomes" and a
    paragraph): its lines are read as lines. None when the lines are no such table (a row with an
    empty cell leaves no line and breaks the grid: the cell is read as lines)."""
    lines = [" ".join(x.split()) for x in lines if x.strip()]
    for lead in range(min(_MAX_LEAD, len(lines)) + 1):
        table = _read_grid(lines[lead:], h)
        if table is not None:
            return table
    return None


def _read_grid(lines: list[str], h: Headings) -> NestedTable | None:
    """:func:`read_nested` from its heading row: the first line is a column heading."""
    kinds: list[str] = []
    for ln in lines:
        kind = _column_kind(ln, h)
        if kind is None:
            break
        kinds.append(kind)
    k = len(kinds)
    if k < 2 or "outcome" not in kinds or len(lines) <= k or (len(lines) - k) % k:
        return None
    out = NestedTable(others=set(lines[:k]))
    for i in range(k, len(lines), k):
        row = lines[i:i + k]
        measures = [c for c, kind in zip(row, kinds, strict=True) if kind == "measure"]
        date = " ".join(c for c, kind in zip(row, kinds, strict=True) if kind == "date")
        for c, kind in zip(row, kinds, strict=True):
            if kind in ("outcome", "steps"):
                out.beside.setdefault(c, []).extend(measures)
                out.dates[c] = date
            else:
                out.others.add(c)
    out.others -= set(out.beside)
    return out


def not_outcome(tables: dict[int, NestedTable], b: Block) -> bool:
    """Is this line (a copy of its cell, see outcome_blocks) a heading, aspiration, measure or date
    of a nested outcomes table rather than an outcome?"""
    t = tables.get(b.id)
    return t is not None and " ".join(b.text.split()) in t.others
