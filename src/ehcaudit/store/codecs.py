"""How values go into the store and come out: compressed JSON, the clock, and masking.

* ``plans.result`` and ``fingerprints.data`` hold zlib-compressed JSON (schema 4; about 90 KB a
  plan saved): :func:`pack_json` writes it, :func:`unpack_json` reads it (and the plain text of
  older stores). Everything reports need is in plain columns and tables.
* Results arrive masked from :func:`ehcaudit.pipeline.assess`; every text the store writes that
  did not come through it (fingerprints, error messages, cross-plan findings, grade comments,
  the workspace log) is masked again here (:func:`mask`, :func:`mask_json`), so no identifier is
  written.
"""

from __future__ import annotations

import datetime as dt
import json
import zlib
from collections.abc import Callable
from typing import Any


def pack_json(text: str) -> bytes:
    """JSON text as stored in ``plans.result`` and ``fingerprints.data`` (zlib, level 6)."""
    return zlib.compress(text.encode("utf-8"), 6)


def unpack_json(value: bytes | str) -> Any:
    """A stored JSON value: compressed (schema 4 and later) or, from older code, plain text."""
    if isinstance(value, bytes | memoryview):
        value = zlib.decompress(value).decode("utf-8")
    return json.loads(value)


def now() -> str:
    """The time a row is written (UTC, to the second)."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _mask_text() -> Callable[[str], str]:
    """:func:`ehcaudit.privacy.mask_text`, imported on first use."""
    # lazy: compiling privacy's patterns costs 22-36 ms (python -X importtime); the CLI imports
    # the store at start-up, and `ehcaudit --help`, `ehcaudit store` and the workspace never mask
    from ehcaudit.privacy import mask_text

    return mask_text


def mask(text: str) -> str:
    """``text`` with every identifier masked (:func:`ehcaudit.privacy.mask_text`)."""
    return _mask_text()(text)


def mask_json(value: Any) -> Any:
    """Every string in a JSON-like value masked (lists and dicts walked; keys kept)."""
    # the import looked up once per value, not once per string: a month's fingerprints hold
    # about 1,500 strings a plan, and the per-string import was a third of this walk's time
    return _mask_walk(value, _mask_text())


def _mask_walk(value: Any, mask_text: Callable[[str], str]) -> Any:
    if isinstance(value, str):
        return mask_text(value)
    if isinstance(value, list):
        return [_mask_walk(v, mask_text) for v in value]
    if isinstance(value, dict):
        return {k: _mask_walk(v, mask_text) for k, v in value.items()}
    return value
