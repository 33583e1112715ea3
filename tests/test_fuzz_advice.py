"""Property-based tests of the Section K advice parser (issue #7: fuzz the date/advice parsers).

Advice items are generated from parts a caseworker would type - a title, a person and/or
role, a date in any of the UK forms the reader accepts, joined by any of the separators seen in
real plans - written as a K paragraph list or a K table, read back through the real reader,
and checked: the item is found, its kind, author and date come back, and nothing crashes on
arbitrary text.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ehcaudit.reader import read_plan
from ehcaudit.reader.advice import advice_kind, is_fragment, looks_like_item, split_item

TITLES = {
    "Educational psychology advice": "psychological",
    "Paediatric advice": "health",
    "Speech and language therapy report": "health",
    "Social care advice": "social_care",
    "Parent views": "parent_young_person",
    "School advice": "educational",
    "Preparing for adulthood advice": "preparing_for_adulthood",
}
PEOPLE = ["Dr Amy Clark", "Mrs J Evans", "Sam Patel", "Mr O Reilly"]
ROLES = ["Educational Psychologist", "SENCO", "Community Paediatrician", "Social Worker",
         "Speech and Language Therapist"]


def render_date(d: dt.date, style: int) -> str:
    return [f"{d:%d/%m/%Y}", f"{d.day} {d:%B %Y}", f"{d:%Y-%m-%d}", f"{d:%d.%m.%Y}",
            f"{d.day}th {d:%B %Y}" if d.day in (4, 5, 6, 7, 8, 9, 10) else f"{d:%d/%m/%Y}"][style]


_dates = st.dates(min_value=dt.date(2015, 1, 1), max_value=dt.date(2030, 12, 31))
_item = st.tuples(st.sampled_from(sorted(TITLES)), st.sampled_from(PEOPLE), st.sampled_from(ROLES),
                  _dates, st.integers(0, 4), st.sampled_from([" \u2013 ", " - ", ": ", " from "]),
                  st.sampled_from(["", ", dated ", ", "]))


@settings(max_examples=150, deadline=None)
@given(_item)
def test_paragraph_item_round_trip(item):
    title, person, role, d, style, sep, glue = item
    text = f"{title}{sep}{person}, {role}{glue or ', '}{render_date(d, style)}"
    got_title, author, date, date_text = split_item(text)
    assert date == d, text
    assert date_text and date_text in text
    assert got_title.lower().startswith(title.lower()[:10]), (text, got_title)
    assert author is not None and person in author, (text, author)
    assert advice_kind(got_title, author) == TITLES[title]
    assert looks_like_item(text)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(_item, min_size=1, max_size=6, unique_by=lambda i: i[0]), st.booleans())
def test_k_section_read_back(tmp_path, items, as_table):
    """A whole K section, as a list or a Markdown table, gives back every item in order."""
    lines = ["# Section A: Views", "Jade likes drawing.", "# Section K: Advice and information"]
    if as_table:
        lines += ["| Advice | Date received | Who from |", "|---|---|---|"]
        lines += [f"| {t} | {render_date(d, s)} | {p}, {r} |" for t, p, r, d, s, _sep, _g in items]
    else:
        lines += [f"- {t}{sep}{p}, {r}, {render_date(d, s)}" for t, p, r, d, s, sep, _g in items]
    path = tmp_path / "plan.md"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    plan = read_plan(path)
    assert [a.date for a in plan.advice] == [i[3] for i in items]
    assert [a.kind for a in plan.advice] == [TITLES[i[0]] for i in items]
    for a, i in zip(plan.advice, items, strict=True):
        assert a.author and i[1] in a.author
        assert a.location.startswith("Section K")


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_parser_total_on_any_text(text):
    """Arbitrary text never crashes the advice helpers, and a found date is really in the text."""
    title, author, date, date_text = split_item(text)
    assert isinstance(title, str)
    assert author is None or isinstance(author, str)
    assert (date is None) == (date_text is None)
    assert isinstance(is_fragment(text), bool)
    assert isinstance(looks_like_item(text), bool)
    assert advice_kind(text) in {"parent_young_person", "educational", "health", "psychological",
                                 "social_care", "preparing_for_adulthood", "other"}
