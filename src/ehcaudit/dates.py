"""Dates as they are written in English EHC plans (day first).

Recognised forms (case-insensitive):

* numeric, day first: ``12/03/2026``, ``12.03.26``, ``12-03-2026`` (two-digit years are 20xx
  up to 69, 19xx from 70);
* ISO: ``2026-03-12`` (also ``2026/03/12``);
* with a month name: ``12 March 2026``, ``12th March 2026``, ``1st Sept 2025``,
  ``12 Mar. 2026``, ``March 12th, 2026``; with a two-digit year ``3 February 26``,
  ``3rd Feb '26`` (not when a count follows: ``5 June 20 minutes``);
* month and year only: ``March 2026``, ``Mar 2026`` (read as the 1st of the month).

Impossible dates (``31/02/2026``) and years outside 1900-2100 are rejected.
Nothing here raises: bad input gives ``None`` or an empty list.
"""

from __future__ import annotations

import datetime as dt
import re

__all__ = ["parse_uk_date", "find_dates", "MONTHS"]

MONTHS: dict[str, int] = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4,
    "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8,
    "sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11,
    "dec": 12, "december": 12,
}

_MON = (
    r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?"
)
_ORD = r"(?:st|nd|rd|th)?"
_YEAR4 = r"(?P<year>(?:19|20|21)\d\d)(?!\d)"

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(
        r"(?<![\d/.\-])(?P<year>(?:19|20|21)\d\d)(?P<sep>[-/.])(?P<month>\d{1,2})(?P=sep)(?P<day>\d{1,2})"
        r"(?![\d\-/]|\.\d)")),
    ("num", re.compile(
        r"(?<![\d/.\-])(?P<day>\d{1,2})(?P<sep>[/.\-])(?P<month>\d{1,2})(?P=sep)"
        r"(?P<year>\d{4}|\d{2})(?!\d|[/\-]\d|\.\d)")),
    ("dmy", re.compile(
        r"(?<![\w])(?P<day>\d{1,2})" + _ORD + r"\s*(?:of\s+)?(?:-\s*)?" + _MON
        + r"(?:,)?[\s\-]+" + _YEAR4, re.IGNORECASE)),
    ("mdy", re.compile(
        r"(?<![\w])" + _MON + r"\s+(?P<day>\d{1,2})" + _ORD + r",?\s+" + _YEAR4, re.IGNORECASE)),
    # a two-digit year after a day and month name: "3 February 26", "27th Mar '26" (not a count:
    # "on 3 March 12 pupils", "5 June 20 minutes")
    ("dmy2", re.compile(
        r"(?<![\w])(?P<day>\d{1,2})" + _ORD + r"\s*(?:of\s+)?" + _MON
        + r",?\s+'?(?P<year>\d{2})(?![\d:.,]\d|\d|\s*(?:%|[-–]|to\b|x\b|(?:minutes?|mins?|hours?|hrs?|"
        r"pupils?|children|students|people|sessions?|weeks?|days?|times|months?|years?|of|out)\b))",
        re.IGNORECASE)),
    ("my", re.compile(r"(?<![\w])" + _MON + r",?\s+" + _YEAR4, re.IGNORECASE)),
]


def _year(text: str) -> int:
    y = int(text)
    if len(text) == 2:
        y += 2000 if y <= 69 else 1900
    return y


def _make(year: int, month: int, day: int) -> dt.date | None:
    if not 1900 <= year <= 2100:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _from_match(kind: str, m: re.Match[str]) -> dt.date | None:
    g = m.groupdict()
    year = _year(g["year"])
    if kind in ("iso", "num"):
        return _make(year, int(g["month"]), int(g["day"]))
    month = MONTHS[g["mon"].lower()]
    day = int(g["day"]) if kind in ("dmy", "mdy", "dmy2") else 1
    return _make(year, month, day)


def find_dates(text: str) -> list[tuple[dt.date, str, int, int]]:
    """Every date in ``text`` as ``(date, matched_text, start, end)``, in order of position.

    Overlaps are resolved by taking the more specific form first (a full date before a
    month-and-year), so ``12 March 2026`` gives one date, not two.
    """
    if not isinstance(text, str) or not text:
        return []
    found: list[tuple[dt.date, str, int, int]] = []
    taken: list[tuple[int, int]] = []
    for kind, pat in _PATTERNS:
        for m in pat.finditer(text):
            s, e = m.span()
            if any(s < te and ts < e for ts, te in taken):
                continue
            d = _from_match(kind, m)
            taken.append((s, e))  # an impossible full date is not re-read as month-and-year
            if d is not None:
                found.append((d, m.group(0), s, e))
    found.sort(key=lambda f: f[2])
    return found


def parse_uk_date(text: object) -> dt.date | None:
    """The first valid date written in ``text`` (day first), or ``None``. Never raises."""
    if isinstance(text, dt.datetime):
        return text.date()
    if isinstance(text, dt.date):
        return text
    if not isinstance(text, str):
        return None
    try:
        hits = find_dates(text.strip())
    except Exception:  # pragma: no cover - defensive: a parser must never take a run down
        return None
    return hits[0][0] if hits else None
