"""The text of a plan's blocks, read once a process for the test modules that match patterns
against sample plans (test_regex_required, test_regex_guard, test_perf_equivalence read the same
2026-11 plans, several times each; one docx read is about 0.1 s of processor time). The plans are
files in the repository that no test writes, so a per-process cache returns what a fresh read
would; callers get an immutable tuple."""

from __future__ import annotations

import functools
from pathlib import Path

from ehcaudit.reader import read_plan


@functools.cache
def _texts(path: Path) -> tuple[str, ...]:
    return tuple(b.text for b in read_plan(path).blocks)


def block_texts(path: Path) -> tuple[str, ...]:
    """Every block's text of the plan at ``path``, in order (as ``[b.text for b in read_plan(path).blocks]``)."""
    return _texts(Path(path).resolve())
