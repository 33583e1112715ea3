"""The trend's tables as one Excel workbook, a styled sheet per table (openpyxl, write-only)."""

from __future__ import annotations

import datetime as dt
import math
import re
from copy import copy
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from ehcaudit.reports.atomic import replacing
from ehcaudit.reports.cells import safe_cell
from ehcaudit.reports.trend.sheets import RAG_PAIRS, SHEETS, header, report_tables

if TYPE_CHECKING:
    from ehcaudit.reports.trend.model import Trend

#: Rows per sheet. Excel's own limit is 1,048,576, but a sheet far past 100,000 rows is slow
#: to write (openpyxl: ~40,000 cells a second on a busy 2-core laptop) and to use; beyond this
#: the sheet ends with a note and the CSV file keeps every row (benchmarks/trend/run.py).
XL_MAX_ROWS = 100_000
# Excel's own conditional-format colours: a light fill with dark text of the same hue.
XL_FILL = {"red": ("FFC7CE", "9C0006"), "amber": ("FFEB9C", "9C5700"), "green": ("C6EFCE", "006100")}


#: Characters an Excel (XML) file cannot hold: openpyxl's ILLEGAL_CHARACTERS_RE.
_XL_ILLEGAL = re.compile(r"[\000-\010]|[\013-\014]|[\016-\037]")

WRAP_COLS = ("quote", "message", "text", "title", "location", "error")


def _cell_value(v: Any) -> Any:
    """A value as an Excel cell holds it: text made safe (never a formula), numbers as they
    are (:mod:`ehcaudit.reports.cells`)."""
    if v is None or v is pd.NA or (isinstance(v, float) and math.isnan(v)):
        return None
    if hasattr(v, "item"):  # numpy scalars
        v = v.item()
    if isinstance(v, dt.datetime) and v.tzinfo is not None:
        return v.isoformat()  # Excel has no time zones
    if isinstance(v, str):  # control characters XML cannot hold would stop the whole file
        v = _XL_ILLEGAL.sub("\ufffd", v)
    return safe_cell(v)


def write_xlsx(t: Trend, path: Path) -> Path:
    """One workbook: Summary, Areas, Criteria, Plans, Findings (+ Cross-plan, Runs, Errors).

    Each sheet: bold frozen header row, autofilter over the table, column widths from the
    content (capped), and every grade cell filled red/amber/green *and* holding its label.
    Written with openpyxl's streaming (write-only) workbook and shared styles, so a year of
    a large caseload's findings is written in seconds, not minutes.
    """

    bold = Font(bold=True)
    top_wrap = Alignment(wrap_text=True, vertical="top")
    rag_style = {rag: (PatternFill("solid", start_color=bg, end_color=bg),
                       Font(color=fg, bold=True)) for rag, (bg, fg) in XL_FILL.items()}

    wb = Workbook(write_only=True)
    for name, df in report_tables(t).items():
        more = max(0, len(df) - XL_MAX_ROWS)
        if more:  # Excel's sheet limit; the CSV file keeps every row
            df = df.head(XL_MAX_ROWS)
        ws = wb.create_sheet(SHEETS[name])
        cols = list(df.columns)
        ncol = max(1, len(cols))
        ws.freeze_panes = "A2"
        ws.auto_filter.ref = f"A1:{get_column_letter(ncol)}{max(1, len(df) + 1)}"
        headers = [safe_cell(header(c, name, t)) for c in cols]
        for i, col in enumerate(cols, start=1):
            sample = df[col].head(500).map(lambda v: "" if _cell_value(v) is None else str(v))
            longest = max([len(headers[i - 1])] + [len(v) for v in sample])
            ws.column_dimensions[get_column_letter(i)].width = min(60, max(8, longest + 2))
        head = []
        for h in headers:
            c = WriteOnlyCell(ws, value=h)
            c.font, c.alignment = bold, top_wrap
            head.append(c)
        ws.append(head)
        rag_of = {}  # column index -> index of the RAG column that colours it
        for label_col, rag_col in RAG_PAIRS:
            if label_col in cols and rag_col in cols:
                rag_of[cols.index(label_col)] = cols.index(rag_col)
                rag_of[cols.index(rag_col)] = cols.index(rag_col)
        wrap = {i for i, c in enumerate(cols) if c in WRAP_COLS}
        # One styled cell per style; each data cell copies its style array (what openpyxl's
        # own copy_worksheet does) instead of looking the style objects up again per cell.
        styled = {}
        for rag, (fill, font) in rag_style.items():
            c = WriteOnlyCell(ws)
            c.fill, c.font = fill, font
            styled[rag] = c._style  # type: ignore[attr-defined]  # (private: not in openpyxl's stubs)
        c = WriteOnlyCell(ws)
        c.alignment = top_wrap
        styled["wrap"] = c._style  # type: ignore[attr-defined]

        def cell(value: Any, key: str, ws=ws, styled=styled) -> Any:  # a WriteOnlyCell
            c = WriteOnlyCell(ws, value=value)
            c._style = copy(styled[key])  # type: ignore[attr-defined]
            if isinstance(value, str):
                c.data_type = "s"  # text is a string cell, never a formula
            return c

        for values in df.itertuples(index=False, name=None):
            row = []
            for i, v in enumerate(values):
                v = _cell_value(v)
                if i in rag_of and values[rag_of[i]] in rag_style:
                    rag = values[rag_of[i]]
                    row.append(cell(safe_cell(str(rag).upper()) if rag_of[i] == i else v, rag))
                elif i in wrap:
                    row.append(cell(v, "wrap"))
                else:
                    row.append(v)
            ws.append(row)
        if more:
            ws.append([f"… {more} more rows: see trend-{t.to_month}-{name}.csv"])
    with replacing(path) as tmp:
        wb.save(tmp)
    return path
