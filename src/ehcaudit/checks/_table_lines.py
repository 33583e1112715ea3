"""Provision tables as councils write them: the column headers that say what each cell answers
("Staffing / ratio", "Frequency and duration", "Delivered by"), whether the table is an ordinary
Word table or a table nested in a cell that the reader hands over as lines (no check kinds here).

A nested table inside a section's cell (the "letter column" layout) arrives as one block whose
lines are the header cells and then each row's cells, in order::

    Provision / Staffing/ratio / Frequency and duration / Provided by /
    Daily hearing aid check / Teaching assistant trained by audiology / Daily, 5 minutes / School / ...

:func:`nested_table` gives those lines back as rows, so that one row is judged as one item with
its headers, as an auditor reads it, instead of each cell alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from ehcaudit.clauses import is_label
from ehcaudit.column_labels import is_header_cell
from ehcaudit.model import Block
from ehcaudit.reader.headings import classify


def nested_table(text: str) -> tuple[list[str], list[str], list[list[str]]] | None:
    """(lines before the header, header, rows) of a table flattened into lines, or None.

    The first lines after any lead-in must all be column headers (at least three: two could be a
    label and its value), the header must start with the provision column ("Provision", "Support",
    "What"), and the lines after it must fill whole rows or be numbered rows (below).
    A cell may open with its section's title ("Health care provision" above "Provision | Who | How
    often"; where the rows fit without it, the title is the provision column's own header) or with
    a sentence or two before the nested table ("Provision is set out below and must be made as
    written."): a header cell is a few words, never a whole sentence, so those lines
    are read as the cell's own text, not as a column. Rows fill the header's columns; where an empty
    cell left no line (a row with nothing under "Group size"), rows that each open with their number
    in order ("F1. Reading intervention ...", "F2. ...") are still rows: a ragged row's cells lie
    between its number and the next, and only its first and last cells can be put under a header
    (the rest are given the empty header "", which answers nothing).
    A cell that opens with its section's or sub-section's own title ("Special educational provision
    (supported internship)") before any lead-in or header is read without that line: a title is
    never a row, a lead-in sentence or a column of the table under it."""
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    found = _nested(lines)
    if found is None and len(lines) > 4 and _is_title(lines[0]):
        found = _nested(lines[1:])
    return found


def _is_title(line: str) -> bool:
    """A title line: a label of a few words (a bracket may name the setting), no full stop, no sentence."""
    return not line.rstrip().endswith((".", ":")) and is_label(line, max_words=12)


def _nested(lines: list[str]) -> tuple[list[str], list[str], list[list[str]]] | None:
    for lead in range(min(3, len(lines))):  # a lead-in of 0, 1 or 2 sentences, never the whole cell
        if lead and not _is_sentence(lines[lead - 1]) and not plain_section_title(lines[lead - 1]):
            return None
        body = lines[lead:]
        top = 0
        while top < len(body) and top < 8 and is_header_cell(body[top]):
            top += 1
        # the first row's first cell may read as a label too ("Precision teaching"): a shorter header
        # whose rows fit is the table's
        for n in range(top, 2, -1):
            if len(body) <= n:
                continue
            header = body[:n]
            # rows that open with their number are cut at each number (whole rows of a ragged table could
            # line up by chance: 35 lines under 5 headers); others must fill the header's columns
            rows = _numbered_rows(body[n:], n) if _ROW_NUMBER_RE.match(body[n]) else _whole_rows(body[n:], n)
            if rows is None:
                continue
            if any(is_header_cell(r[0]) and all(is_header_cell(c) for c in r) for r in rows):
                return None  # a list of labels, not a table
            return lines[:lead], header, rows
    return None


def plain_section_title(line: str) -> bool:
    """A section's plain title on a line of its own ("Health care provision", "Social care provision
    (Chronically Sick and Disabled Persons Act 1970)"), as the reader would recognise it as a heading:
    opening a cell, a lead-in line, never a column header or an item. Not Section J's: "Direct
    payments (4 hours a week)" in H is provision."""
    return classify(line, "weak") not in (None, "J")


def _whole_rows(body: list[str], n: int) -> list[list[str]] | None:
    return None if len(body) % n else [body[i:i + n] for i in range(0, len(body), n)]


#: A row's number opening its first cell: "F1.", "F2)", "3." (then a space and the provision).
_ROW_NUMBER_RE = re.compile(r"^(?:[A-K])?(\d{1,2})[.)]\s+\S")


def _numbered_rows(body: list[str], n: int) -> list[list[str]] | None:
    """Rows numbered in order from the first line, each of 2 to ``n`` cells, or None."""
    starts = [i for i, ln in enumerate(body) if _ROW_NUMBER_RE.match(ln)]
    if len(starts) < 2 or starts[0] != 0:
        return None
    numbers = [int(_ROW_NUMBER_RE.match(body[i]).group(1)) for i in starts]  # type: ignore[union-attr]
    if numbers != list(range(numbers[0], numbers[0] + len(numbers))):
        return None
    rows = [body[a:b] for a, b in zip(starts, [*starts[1:], len(body)], strict=True)]
    return rows if all(2 <= len(r) <= n for r in rows) else None


def row_headers_for(header: list[str], row: list[str]) -> list[str]:
    """The header of each cell of a nested table's row: all of them for a whole row; for a ragged
    row, the first and last column's only (which cell is missing between them is not known)."""
    if len(row) == len(header):
        return list(header)
    return [header[0], *[""] * (len(row) - 2), header[-1]]


def _is_sentence(line: str) -> bool:
    words = line.split()
    return len(words) > 5 and line.rstrip().endswith((".", ":"))


def top_cells(blocks: Sequence[Block]) -> tuple[dict[int, int], dict[tuple[int, int], str]]:
    """Each table's top row, and (table, column) -> the text of that column's top cell: the heading
    a council writes over a column ("By when", "What is important to me"), whether or not the row
    reads as a header row (compare :func:`column_headers`)."""
    top: dict[int, int] = {}
    cells = [(b.table, b.row, b.col, b.text) for b in blocks
             if b.table is not None and b.row is not None and b.col is not None]
    for table, row, _, _ in cells:
        top[table] = min(top.get(table, row), row)
    head = {(table, col): text.strip() for table, row, col, text in cells if row == top[table]}
    return top, head


def _table_rows(blocks: Sequence[Block], kinds: tuple[str, ...] = ("table_cell",)) -> dict[tuple[int, int], list[Block]]:
    """(table, row) -> the row's cells (table cells with a place in the grid), in the plan's order."""
    rows: dict[tuple[int, int], list[Block]] = {}
    for b in blocks:
        if b.kind in kinds and b.table is not None and b.row is not None and b.col is not None:
            rows.setdefault((b.table, b.row), []).append(b)
    return rows


def column_headers(blocks: Sequence[Block]) -> dict[tuple[int, int], str]:
    """(table, column) -> header text, from each table's first row whose cells are all headers."""
    rows = _table_rows(blocks)
    out: dict[tuple[int, int], str] = {}
    done: set[int] = set()
    for (table, _row), cells in sorted(rows.items()):
        if table in done or len(cells) < 2:
            continue
        if all(is_header_cell(c.text) for c in cells):
            done.add(table)
            for c in cells:
                assert c.col is not None
                out[(table, c.col)] = " ".join(c.text.split())
    return out


def _under_headers(blocks: Sequence[Block]) -> Iterator[tuple[int, int, list[Block], dict[int, str]]]:
    """Each table row under a header row (a row of two or more cells, all column headers), with its
    cells and {column: header text} of the header row above it, up to the next header row. The
    reader may file a header row as headings (a combined outcomes | provision table's "Outcome |
    What will be provided | How often | Who"): it still heads the rows under it."""
    rows = _table_rows(blocks, ("table_cell", "heading"))
    current: dict[int, dict[int, str]] = {}
    for (table, row), cells in sorted(rows.items()):
        if len(cells) >= 2 and all(is_header_cell(c.text) for c in cells):
            current[table] = {c.col: " ".join(c.text.split()) for c in cells if c.col is not None}
            continue
        cells = [c for c in cells if c.kind == "table_cell"]
        if table in current and cells:
            yield table, row, cells, current[table]


def row_headers(blocks: Sequence[Block]) -> dict[tuple[int, int, int], str]:
    """(table, row, column) -> header text, for each row under a header row (a row whose cells are
    all column headers) up to the next one. One Word table often holds several provision tables,
    one per area of need, each with its own header row ("How this will be done / How often / Who
    will do this / Funded by"), and the header row need not be the table's first."""
    return {(table, row, c.col): header[c.col] for table, row, cells, header in _under_headers(blocks)
            for c in cells if c.col is not None and c.col in header}


def governing_headers(blocks: Sequence[Block]) -> dict[tuple[int, int], dict[int, str]]:
    """(table, row) -> {column: header text} of the header row above each row (see
    :func:`row_headers`), every column of it, so a caller can see which of a row's columns it left
    empty: the reader drops an empty cell, but the plan's own column for it stands over the row."""
    return {(table, row): header for table, row, _cells, header in _under_headers(blocks)}
