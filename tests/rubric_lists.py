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
