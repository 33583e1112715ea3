"""How a need in a B–F–E table row of its own is linked to the provision in its area's table.

A row that gives a need but leaves its provision and outcome cells empty, under an area whose table
has provision in other rows, is read by an auditor as a further need in that area. It is met when
that provision plainly addresses it: by the wording the classic layouts link by (two shared content
words, or one long specific one: "anxious about moving to secondary school" and "three visits to the
secondary school"). A need sharing nothing with the area's provision stays an empty row.
"""

from __future__ import annotations

from collections.abc import Iterable

from ehcaudit.checks._words import content_stems, shared


def need_met_in_area(need: str, area_provision: str, stop_words: Iterable[str], names: Iterable[str],
                     min_shared: int, specific_length: int) -> bool:
    """Whether a need row with empty cells shares the classic link with its area table's provision."""
    stops = list(stop_words)
    common = shared(content_stems(need, stops, names), content_stems(area_provision, stops, names))
    return len(common) >= min_shared or any(len(w) >= specific_length for w in common)
