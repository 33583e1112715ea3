"""Every list of strings (pattern lists) anywhere in a rubric's parameters, for tests that check
a search shortcut finds exactly what the plain regular expression finds."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any


def string_lists(value: Any) -> Iterator[list[str]]:
    """Each non-empty list of strings inside ``value`` (dicts and lists walked)."""
    if isinstance(value, dict):
        for v in value.values():
            yield from string_lists(v)
    elif isinstance(value, list):
        if value and all(isinstance(x, str) for x in value):
            yield value
        else:
            for v in value:
                yield from string_lists(v)


def distinct_string_lists(rubric: Any) -> list[list[str]]:
    """Each distinct list of strings in the parameters of ``rubric``'s criteria, once, in the order
    first met. Criteria share word lists (the packaged rubric: 564 lists, 420 distinct); a list's
    matches in a text are the same wherever it is declared, so a test that matches every list
    against every text checks each distinct list once."""
    seen: dict[tuple[str, ...], list[str]] = {}
    for c in rubric.criteria:
        for patterns in string_lists(c.params.model_dump()):
            seen.setdefault(tuple(patterns), patterns)
    return list(seen.values())
