"""Where the default rubric is and how a rubric file's bytes are fingerprinted.

The lowest module of the rubric package (standard library only): both ``schema`` (which
validates a rubric) and ``source`` (which stands in for a validated rubric) use these, so
neither needs to import the other for them.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

#: The default rubric's file name inside the package's data (``ehcaudit/data/``).
DEFAULT_RUBRIC_NAME = "ehcp-core.yaml"


def default_rubric_path() -> Path:
    """The default rubric shipped as package data (``ehcaudit/data/ehcp-core.yaml``).

    Found through :mod:`importlib.resources`, so an ordinary (non-editable) install or a wheel
    finds it. ``rubrics/ehcp-core.yaml`` in the repository is a byte-identical copy kept for a
    quality lead to start from (a test keeps the two in step); ``ehcaudit rubric init`` writes
    the same file anywhere.
    """
    # lazy: importlib.resources costs 4 ms of `ehcaudit --help`, which imports this module
    from importlib import resources

    res = resources.files("ehcaudit").joinpath("data", DEFAULT_RUBRIC_NAME)
    return Path(str(res))


def default_rubric_bytes() -> bytes:
    """The default rubric's bytes, read through importlib.resources (works from any install)."""
    # lazy: importlib.resources costs 4 ms of `ehcaudit --help`, which imports this module
    from importlib import resources

    return resources.files("ehcaudit").joinpath("data", DEFAULT_RUBRIC_NAME).read_bytes()


def file_sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
