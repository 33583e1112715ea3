"""Reports written whole or not at all: a temporary file in the same folder, then a rename.

``os.replace`` within one folder is atomic on POSIX and Windows, so a report is always either
the previous one or the new one: a ``trend`` killed, interrupted or out of disk space mid-write
leaves the previous report readable (and at worst a ``.<name>.<pid>.part`` file, removed by
the next run).
"""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Iterator
from pathlib import Path

_PART_RE = re.compile(r"^\..+\.(\d+)\.part$")


def part_path(target: Path) -> Path:
    """The temporary file a report is written to before it is renamed to ``target``."""
    return target.with_name(f".{target.name}.{os.getpid()}.part")


@contextlib.contextmanager
def replacing(target: str | Path) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; when the block ends without an exception the
    temporary file replaces ``target`` in one step, otherwise it is removed."""
    target = Path(target)
    tmp = part_path(target)
    try:
        yield tmp
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def write_text(target: str | Path, text: str) -> Path:
    """Write ``text`` (UTF-8) to ``target`` through a temporary file and a rename."""
    target = Path(target)
    with replacing(target) as tmp:
        with open(tmp, "w", encoding="utf-8", newline="") as f:
            f.write(text)
    return target


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def remove_stale_parts(folder: str | Path, prefix: str = "") -> None:
    """Remove temporary files left in ``folder`` by a writer that was killed (its process is
    gone); another writer's work in progress is left alone."""
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        m = _PART_RE.match(entry.name)
        if m and entry.name[1:].startswith(prefix) and int(m.group(1)) != os.getpid() \
                and not _alive(int(m.group(1))):
            with contextlib.suppress(OSError):
                os.unlink(entry.path)
