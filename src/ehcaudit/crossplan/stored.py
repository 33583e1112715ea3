"""The fingerprint as it is stored (JSON in the results store): its version, the layout of its
rows, and reading a stored one safely.

Rows are stored as JSON arrays, by position (compact: a month holds millions). In memory, a
stored fingerprint's rows are read as the named tuples :class:`SentenceRow` and
:class:`NameRow` (still indexable by position), malformed rows dropped.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import NamedTuple, TypedDict

#: Bump when the fingerprint's layout or normalisation changes: a store holding fingerprints of
#: another version should recompute them (they are not comparable across versions).
FINGERPRINT_VERSION = 2


class Fingerprint(TypedDict):
    """The layout of what :func:`fingerprint` returns (a plain dict, stored as JSON)."""

    v: int
    plan_id: str
    sha256: str
    child: str | None
    child_from: str
    s: list[list]      # [hash, section, location, text|None]
    names: list[list]  # [name, in_name_list, section, location, text]


class SentenceRow(NamedTuple):
    """``[hash, section, location, text|None]``: ``text`` only when the sentence could be reported."""

    hash: str
    section: str | None
    location: str
    text: str | None


class NameRow(NamedTuple):
    """``[name, is_first_name, section, location, text]``: a name used in a child's place."""

    name: str
    is_first_name: bool
    section: str | None
    location: str
    text: str


def read_current(rows: Iterable[tuple[str, object]]) -> Iterator[tuple[str, dict]]:
    """The rows whose fingerprint is of this :data:`FINGERPRINT_VERSION`, malformed rows dropped."""
    for key, fp in rows:
        if isinstance(fp, dict) and fp.get("v") == FINGERPRINT_VERSION:
            yield key, valid(fp, key)


def valid(fp: dict, key: str) -> dict:
    """A fingerprint with malformed rows dropped (a damaged store must not stop the audit), its
    rows read as :class:`SentenceRow` and :class:`NameRow`."""
    def text(x: object) -> bool:
        return isinstance(x, str)

    def sentence_row(r: object) -> bool:  # [hash, section, location, text|None]
        return (isinstance(r, list | tuple) and len(r) == 4 and text(r[0]) and text(r[2])
                and (r[1] is None or text(r[1])) and (r[3] is None or text(r[3])))

    def name_row(r: object) -> bool:  # [name, is_first_name, section, location, text]
        return (isinstance(r, list | tuple) and len(r) == 5 and text(r[0]) and text(r[3])
                and text(r[4]) and (r[2] is None or text(r[2])))

    s, names = fp.get("s"), fp.get("names")
    return dict(fp, plan_id=fp["plan_id"] if text(fp.get("plan_id")) and fp["plan_id"] else key,
                child=fp["child"] if text(fp.get("child")) else None,
                s=[SentenceRow(*r) for r in s if sentence_row(r)] if isinstance(s, list) else [],
                names=[NameRow(*r) for r in names if name_row(r)] if isinstance(names, list) else [])
