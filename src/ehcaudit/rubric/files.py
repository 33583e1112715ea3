"""Where the default rubric is and how a rubric file's bytes are fingerprinted.

The lowest module of the rubric package (standard library only): both ``schema`` (which
validates a rubric) and ``source`` (which stands in for a validated rubric) use these, so
neither needs to import the other for them.
"""

from __future__ import annotations

import hashlib
from pathlib import Path


def default_rubric_path() -> Path:
    """rubrics/ehcp-core.yaml: beside the source tree, or packaged copy."""
    here = Path(__file__).resolve()
    for parent in here.parents:
        cand = parent / "rubrics" / "ehcp-core.yaml"
        if cand.exists():
            return cand
    return here.parent.parent / "data" / "ehcp-core.yaml"


def file_sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
