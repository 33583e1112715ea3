"""The one path every command takes from a file to a result.

file -> reader -> Plan -> rubric engine -> PlanResult (+ attributes, + privacy flags/masking)

``score``, ``audit``, ``feedback`` and ``trend`` all go through :func:`assess`, so what one
command does to a result (masking identifiers, adding breakdown attributes) every command does.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ehcaudit.errors import PlanReadError

if TYPE_CHECKING:  # imported where used: listing files (every command) needs none of them
    from ehcaudit.model import Plan
    from ehcaudit.results import PlanResult
    from ehcaudit.rubric.schema import Rubric

#: File types ehcaudit reads. Others found while walking a folder are skipped silently;
#: named explicitly on the command line they are reported as errors.
PLAN_SUFFIXES = (".docx", ".docm", ".pdf", ".txt", ".md")
#: Document types a plan folder may hold that ehcaudit cannot read: walking a folder still
#: yields them, so each is reported ("legacy Word 97-2003 .doc: save it as .docx") rather than
#: silently left out of an audit.
REPORTED_SUFFIXES = (".doc", ".dot", ".rtf", ".odt")
#: Files skipped when walking a folder (a folder's notes about its plans are not plans).
SKIP_NAMES = ("readme.md", "readme.txt")
#: Never descend deeper than this when walking folders (guards against pathological trees).
MAX_DEPTH = 32


@dataclass
class Assessment:
    plan: Plan
    result: PlanResult


def assess(
    path: str | Path,
    rubric: Rubric,
    as_of: dt.date,
    areas: set[str] | None = None,
    cache: dict | None = None,
    privacy: str = "flag",
) -> Assessment:
    """Read and score one plan. Raises :class:`PlanReadError` (one-line reason) if unreadable.

    ``privacy``: "flag" scores a plan that still holds identifiers, masking them in every
    output; "refuse" skips it with a PlanReadError.
    """
    # lazy: the reader, the rubric engine and privacy (pydantic, lxml: about 0.5 s) load when a plan is
    # assessed; every command imports this module
    from ehcaudit.attributes import plan_attributes
    from ehcaudit.privacy import mask_result, masked_source, scan_plan
    from ehcaudit.reader import read_plan
    from ehcaudit.rubric.engine import score_plan

    plan = read_plan(path)
    identifiers = scan_plan(plan)
    if identifiers and privacy == "refuse":
        kinds = ", ".join(sorted({i.kind.replace("_", " ") for i in identifiers}))
        raise PlanReadError(masked_source(str(path), identifiers, plan.sha256[:8]), f"contains identifiable information ({len(identifiers)} items: {kinds}); "
                                       "skipped because of --refuse-identifiable")
    result = score_plan(plan, rubric, as_of, areas=areas, cache=cache)
    result.attributes = plan_attributes(plan)
    if identifiers:  # every string from the plan masked, in one place (privacy.Masker)
        result = mask_result(result, identifiers, plan)
    return Assessment(plan=plan, result=result)


def iter_plan_files(paths: Iterable[str | Path]) -> Iterator[tuple[Path, PlanReadError | None]]:
    """Expand files and folders (recursively, sorted, symlink loops and hidden files skipped).

    Yields ``(path, None)`` for each candidate file, or ``(path, error)`` for a named path
    that cannot be used (missing, wrong type), so callers report it and carry on. A symbolic
    link found in a folder that leads outside the folder named (``passwd.txt -> /etc/passwd``,
    a link to ``/``) is not followed: it is yielded once with an error saying so.
    """
    seen_dirs: set[tuple[int, int]] = set()
    root = ""  # the real path of the folder being walked: links may not leave it

    def outside(entry: os.DirEntry) -> str | None:
        """Where a link leads, if that is outside the folder named (else None)."""
        target = os.path.realpath(entry.path)
        return None if target == root or target.startswith(root.rstrip(os.sep) + os.sep) else target

    def walk(folder: Path, depth: int) -> Iterator[tuple[Path, PlanReadError | None]]:
        try:
            st = folder.stat()
        except OSError as e:
            yield folder, PlanReadError(str(folder), f"cannot open folder: {e.strerror or e}")
            return
        key = (st.st_dev, st.st_ino)
        if key in seen_dirs or depth > MAX_DEPTH:
            return  # a symlink loop or absurd depth: already visited
        seen_dirs.add(key)
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as e:
            yield folder, PlanReadError(str(folder), f"cannot list folder: {e.strerror or e}")
            return
        for entry in entries:
            if entry.name.startswith((".", "~$")) or entry.name.lower() in SKIP_NAMES:
                continue  # hidden files, Word lock files, a folder's own README
            p = Path(entry.path)
            try:
                if entry.is_symlink() and (entry.is_dir() or entry.is_file()
                                           and p.suffix.lower() in PLAN_SUFFIXES + REPORTED_SUFFIXES):
                    target = outside(entry)
                    if target is not None:
                        yield p, PlanReadError(str(p), "a link to a place outside the folder; not followed")
                        continue
                if entry.is_dir():
                    yield from walk(p, depth + 1)
                elif entry.is_file() and p.suffix.lower() in PLAN_SUFFIXES + REPORTED_SUFFIXES:
                    yield p, None
            except OSError:
                continue

    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            root = os.path.realpath(p)
            yield from walk(p, 0)
        elif p.is_file():
            yield p, None
        elif p.exists() or p.is_symlink():
            yield p, PlanReadError(str(p), "not a regular file (broken link or special file)")
        else:
            yield p, PlanReadError(str(p), "no such file or folder")
