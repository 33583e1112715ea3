"""The store's two keys: what a plan's result depends on, and which plan a grade belongs to."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from typing import Any

from ehcaudit import __version__


def reuse_key(sha256: str, source: str, rubric: Any, digest: str, as_of: dt.date | str,
              privacy_mode: str, tool_version: str = __version__) -> str:
    """Digest of everything a plan's result depends on: the file's SHA-256 and (absolute) path,
    rubric id, version and content digest, as-of date, ehcaudit version and privacy mode. A plan
    whose key is already in the store is not scored again."""
    parts = {
        "sha256": sha256, "source": str(source), "rubric_id": rubric.id,
        "rubric_version": rubric.version, "rubric_digest": digest, "as_of": str(as_of),
        "tool_version": tool_version, "privacy": privacy_mode,
    }
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()


def plan_key(month: str, sha256: str, rubric_id: str, rubric_version: str) -> str:
    """Opaque key of one plan row, unique in the store and stable across re-audits of the
    same file (same bytes) in the same month under the same rubric version (grades use it:
    they never reference ``plans.id``, which a re-audit replaces)."""
    raw = "\x1f".join((month, sha256, rubric_id, rubric_version)).encode()
    return hashlib.sha256(raw).hexdigest()[:20]
