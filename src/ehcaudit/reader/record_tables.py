"""Record tables: one item of Sections E to H written as a small table of its own, a title row
then one "label | value" row for each of its parts::

    F1 Teaching in the Hearing Resource Base
    What                         | Teaching of reading comprehension ...
    How often and for how long   | Daily, 30 minutes (Monday to Friday).
    Group size                   | A group of no more than 4 deaf pupils.
    Who                          | A qualified teacher of the deaf ...

An auditor reads the whole table as one provision (or one outcome: "Outcome | By when | How we
will know | Builds on"). The reader hands it on as the layout every check already reads as one
item: a row of values under a row of column headers (the labels, cells as an ordinary table's
header row is), with the title as a sub-heading over them. Each block keeps the place a person finds it at in the document ("table 3, row 4,
column 2"); only its place in the grid (row, column) is the transposed one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ehcaudit.column_labels import is_field_label
from ehcaudit.reader.cell_text import first_line
from ehcaudit.reader.headings import classify
from ehcaudit.reader.raw import RCell, RTable

if TYPE_CHECKING:
    from ehcaudit.reader.structure import Builder

#: The sections whose items are written as records: outcomes and provision.
_SECTIONS = frozenset({"E", "F", "G", "H1", "H2"})


def record_rows(t: RTable) -> tuple[tuple[int, RCell] | None, list[tuple[int, RCell, RCell]]] | None:
    """(the title row, the "label | value" rows) of a record table, or None: every filled row has
    two cells whose left one labels a part (:func:`~ehcaudit.column_labels.is_field_label`), bar
    one single-cell title row at the top, and there are at least two parts."""
    title: tuple[int, RCell] | None = None
    fields: list[tuple[int, RCell, RCell]] = []
    for ri, row in enumerate(t.rows):
        filled = [c for c in row if c.text]
        if not filled:
            continue
        if len(filled) == 1 and not fields and title is None:
            title = (ri, filled[0])
            continue
        if len(filled) != 2 or not is_field_label(filled[0].text):
            return None
        fields.append((ri, filled[0], filled[1]))
    return (title, fields) if len(fields) >= 2 else None


def record_table(bld: Builder, t: RTable) -> bool:
    """Read ``t`` as one record of the current section, if it is one (see the module's docstring)."""
    if bld.cur not in _SECTIONS:
        return False
    rec = record_rows(t)
    if rec is None:
        return False
    title, fields = rec
    if title is not None and classify(first_line(title[1].text), "cell") not in (None, bld.cur):
        return False  # the row names another section: it starts that section (sectioned_table)
    pref = bld.table_prefix(bld.cur)
    base_sub = bld.sub
    if title is not None:
        ri, c = title
        bld.sub = first_line(c.text)
        bld.add("heading", c.text, c.para_ids, location=f"{pref} {ri + 1}", table=t.index, row=ri, col=c.col)
    head_row = fields[0][0]
    for k, (ri, label, value) in enumerate(fields):
        bld.add("table_cell", label.text, label.para_ids, location=f"{pref} {ri + 1}, column {label.col + 1}",
                table=t.index, row=head_row, col=k)
        bld.add("table_cell", value.text, value.para_ids, location=f"{pref} {ri + 1}, column {value.col + 1}",
                table=t.index, row=head_row + 1, col=k)
    bld.sub = base_sub
    return True
