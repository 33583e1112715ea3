"""Dates written the English way (day first)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ehcaudit.dates import find_dates, parse_uk_date

D = dt.date


@pytest.mark.parametrize(
    "text, expected",
    [
        ("12/03/2026", D(2026, 3, 12)),
        ("12.03.26", D(2026, 3, 12)),
        ("12-03-2026", D(2026, 3, 12)),
        ("1/3/2026", D(2026, 3, 1)),
        ("12 March 2026", D(2026, 3, 12)),
        ("12th March 2026", D(2026, 3, 12)),
        ("1st Sept 2025", D(2025, 9, 1)),
        ("3rd February 2026", D(2026, 2, 3)),
        ("22nd Dec. 2025", D(2025, 12, 22)),
        ("March 2026", D(2026, 3, 1)),
        ("Mar 2026", D(2026, 3, 1)),
        ("2026-03-12", D(2026, 3, 12)),
        ("2026/03/12", D(2026, 3, 12)),
        ("12/03/2026 10:30", D(2026, 3, 12)),
        ("Monday 12th of March 2026", D(2026, 3, 12)),
        ("March 12th, 2026", D(2026, 3, 12)),
        ("dated 3 January 2024", D(2024, 1, 3)),
        ("received on 05.02.26 by post", D(2026, 2, 5)),
        ("29/02/2024", D(2024, 2, 29)),
        ("01/01/99", D(1999, 1, 1)),
    ],
)
def test_parse_formats(text, expected):
    assert parse_uk_date(text) == expected


@pytest.mark.parametrize(
    "text",
    ["31/02/2026", "29/02/2025", "32 March 2026", "00/01/2026", "12/13/2026", "", "no date here",
     "Year 9", "6.28-6.29", "15 hours a week", "2026", "Mayhem 2026"],
)
def test_rejects_impossible_or_absent(text):
    assert parse_uk_date(text) is None


def test_non_string_inputs():
    assert parse_uk_date(None) is None
    assert parse_uk_date(12) is None
    assert parse_uk_date(D(2026, 1, 2)) == D(2026, 1, 2)
    assert parse_uk_date(dt.datetime(2026, 1, 2, 10, 0)) == D(2026, 1, 2)


def test_find_dates_positions_and_no_double_counting():
    text = "Advice dated 12 March 2026, reviewed March 2027 and again on 01/04/2027."
    hits = find_dates(text)
    assert [h[0] for h in hits] == [D(2026, 3, 12), D(2027, 3, 1), D(2027, 4, 1)]
    for _d, matched, s, e in hits:
        assert text[s:e] == matched
    assert hits[0][1] == "12 March 2026"


def test_find_dates_skips_invalid_but_keeps_valid():
    hits = find_dates("31/02/2026 and 28/02/2026")
    assert [h[0] for h in hits] == [D(2026, 2, 28)]


@given(st.text(max_size=200))
def test_never_raises(text):
    result = parse_uk_date(text)
    assert result is None or isinstance(result, dt.date)
    for _d, matched, s, e in find_dates(text):
        assert text[s:e] == matched


_MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December"]


def _ordinal(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }".replace(" ", "")


@given(st.dates(min_value=D(1970, 1, 1), max_value=D(2069, 12, 31)), st.integers(0, 6))
def test_round_trip(d, style):
    text = [
        d.strftime("%d/%m/%Y"),
        d.strftime("%d.%m.%y"),
        d.strftime("%d-%m-%Y"),
        d.isoformat(),
        f"{d.day} {_MONTH_NAMES[d.month - 1]} {d.year}",
        f"{_ordinal(d.day)} {_MONTH_NAMES[d.month - 1][:3]} {d.year}",
        f"Advice received {d.day} {_MONTH_NAMES[d.month - 1]} {d.year}.",
    ][style]
    assert parse_uk_date(text) == d


@pytest.mark.parametrize(("n", "text"), [(0, "0 months"), (1, "1 month"), (11, "11 months"), (12, "1 year"),
                                         (13, "1 year 1 month"), (18, "1 year 6 months"), (24, "2 years"),
                                         (37, "3 years 1 month")])
def test_ages_read_as_british_english(n, text):
    from ehcaudit.advice_age import years_months

    assert years_months(n) == text
