"""Month keys ``YYYY-MM``: the one place that checks, shifts, counts and names them.

Audits are stored by month (``ehcaudit audit --month``), the trend report spans months, the
store deletes and the workspace shows one month: all of them read a month key through here.
Plain arithmetic on the standard library (no pandas: the command line imports this at start-up).
Date-of-advice arithmetic (months between two dates, age bands) is :mod:`ehcaudit.advice_age`.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

#: A month key: four-digit year, two-digit month 01-12.
MONTH_RE = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


def is_month(value: str | None) -> bool:
    """``True`` for a key ``YYYY-MM`` (month 01 to 12)."""
    return bool(MONTH_RE.match(value or ""))


def parse_month(value: str) -> str:
    """``value`` if it is a month key, else ValueError (one line, for the user)."""
    if not is_month(value):
        raise ValueError(f"{value!r} is not a month in the form YYYY-MM")
    return value


def _index(month: str) -> int:
    year, mon = month.split("-")
    return int(year) * 12 + int(mon) - 1


def _key(index: int) -> str:
    year, mon = divmod(index, 12)
    return f"{year:04d}-{mon + 1:02d}"


def shift_month(month: str, delta: int) -> str:
    """The month ``delta`` months after ``month`` (before, if negative): '2026-01', -1 -> '2025-12'."""
    return _key(_index(month) + delta)


def months_between(first: str, last: str) -> int:
    """Whole months from ``first`` to ``last``, without building the range."""
    return _index(last) - _index(first)


def month_range(first: str, last: str) -> list[str]:
    """Every month from ``first`` to ``last`` inclusive (empty if ``last`` is before ``first``)."""
    return [_key(i) for i in range(_index(first), _index(last) + 1)]


def first_day(month: str) -> dt.date:
    year, mon = month.split("-")
    return dt.date(int(year), int(mon), 1)


def month_end(month: str) -> dt.date:
    """The last day of the month: an audit's default as-of date."""
    year, mon = (int(x) for x in month.split("-"))
    return dt.date(year, mon, calendar.monthrange(year, mon)[1])


def month_format(month: str, fmt: str) -> str:
    """The month's first day through ``strftime(fmt)``."""
    return first_day(month).strftime(fmt)


def month_name(month: str) -> str:
    """'2026-03' -> 'March 2026'."""
    return month_format(month, "%B %Y")


def month_short(month: str) -> str:
    """'2026-03' -> 'Mar 2026'."""
    return month_format(month, "%b %Y")
