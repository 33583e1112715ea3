"""Guards around the results store: a damaged file, impossible months, runs that were
killed, a full disk, a read-only store, two processes creating a store at once.

Used by :mod:`ehcaudit.store.schema` (opening), :mod:`ehcaudit.store.writer` (runs),
``ehcaudit audit``, ``ehcaudit trend`` and ``ehcaudit store`` (:mod:`ehcaudit.cli.store`). Kept apart from the schema so that it never
needs a migration of its own.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import os
import sqlite3
import time
from pathlib import Path

#: The earliest month an audit may be stored under (EHC plans began in September 2014; a
#: month before 2000 is a typing mistake).
MONTH_MIN = "2000-01"
#: How long opening a store waits for another process that holds it (seconds).
BUSY_SECONDS = 30


class StoreProblem(Exception):
    """A one-line reason the store cannot be used (raised as ``StoreError`` by the store)."""


# -- months --------------------------------------------------------------------------------------

def month_of(date: dt.date) -> str:
    return f"{date.year:04d}-{date.month:02d}"


def check_month(month: str, as_of: dt.date | None, today: dt.date | None = None) -> None:
    """ValueError (one line) unless ``month`` (YYYY-MM) is a month one can audit: not before
    :data:`MONTH_MIN`, not after the as-of date's month when one is given, and never after the
    current month."""
    today = today or dt.date.today()
    if month < MONTH_MIN:
        raise ValueError(f"{month} is before {MONTH_MIN}; the month audited must be from "
                         f"{MONTH_MIN} to {month_of(today)}")
    if as_of is not None and month > month_of(as_of):
        raise ValueError(f"{month} is after the as-of date {as_of.isoformat()}; a month cannot "
                         "be audited before it begins")
    if month > month_of(today):
        raise ValueError(f"{month} is in the future (today is {today.isoformat()}); the month "
                         f"audited must be from {MONTH_MIN} to {month_of(today)}")


# -- integrity ------------------------------------------------------------------------------------

def quick_check(conn: sqlite3.Connection) -> str | None:
    """None if ``PRAGMA quick_check`` finds the file sound, else its first complaint."""
    rows = [r[0] for r in conn.execute("PRAGMA quick_check(5)").fetchall()]
    if rows == ["ok"]:
        return None
    return " ".join(str(rows[0]).split()) if rows else "no answer from the integrity check"


def damaged(path: Path, problem: str) -> str:
    return (f"{path}: the store is damaged ({problem}); nothing was written. Run `ehcaudit "
            "store check` for details and restore the store from a backup")


# -- opening ---------------------------------------------------------------------------------------

def set_wal(conn: sqlite3.Connection, seconds: float = BUSY_SECONDS) -> None:
    """``PRAGMA journal_mode = WAL``, waiting while another process creating the same store
    holds it (the pragma does not always wait by itself)."""
    deadline = time.monotonic() + seconds
    delay = 0.01
    while True:
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as e:
            if "locked" not in str(e) and "busy" not in str(e) or time.monotonic() > deadline:
                raise
            time.sleep(delay)
            delay = min(delay * 2, 0.25)


def open_readonly(path: Path) -> sqlite3.Connection:
    """A read-only connection (``mode=ro``): works on a store the user may not write to. A store
    in a read-only folder with no WAL files beside it is opened as immutable (nobody can be
    writing to it)."""
    uri = path.resolve().as_uri()
    conn = sqlite3.connect(f"{uri}?mode=ro", uri=True, isolation_level=None, timeout=BUSY_SECONDS)
    try:
        conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.OperationalError:
        conn.close()
        if os.access(path.parent, os.W_OK) and not _read_only_fs(path):
            raise
    conn = sqlite3.connect(f"{uri}?mode=ro&immutable=1", uri=True, isolation_level=None)
    conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
    return conn


def _read_only_fs(path: Path) -> bool:
    try:
        return bool(os.statvfs(path).f_flag & os.ST_RDONLY)
    except (OSError, AttributeError):
        return False


def writable(path: Path) -> bool:
    """Whether the store file (and its folder, for the WAL files) can be written."""
    if _read_only_fs(path):
        return False
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


# -- errors ----------------------------------------------------------------------------------------

def write_failure(e: BaseException) -> str | None:
    """The cause of a failed write in a few words, when it is one a user can act on: a full
    disk or a read-only store. None for anything else."""
    if isinstance(e, OSError):
        if e.errno in (errno.ENOSPC, errno.EDQUOT):
            return "the disk is full"
        if e.errno == errno.EROFS:
            return "it is on a read-only file system"
        if e.errno in (errno.EACCES, errno.EPERM):
            return "permission denied (the file or its folder is read-only)"
        return None
    text = str(e).lower()
    if isinstance(e, sqlite3.Error):
        if "disk is full" in text or "database or disk is full" in text:
            return "the disk is full (database or disk is full)"
        if "readonly" in text or "read-only" in text:
            return "the store is read-only (attempt to write a readonly database)"
        if "disk i/o error" in text:
            return "the disk could not be written (disk I/O error: full, read-only or failing)"
    return None


def cause_chain(e: BaseException) -> BaseException:
    """The exception that explains ``e``: a full disk or read-only store hidden behind a
    later one (a failed rollback after a failed write)."""
    seen = set()
    cur: BaseException | None = e
    while cur is not None and id(cur) not in seen:
        if write_failure(cur):
            return cur
        seen.add(id(cur))
        cur = cur.__context__ or cur.__cause__
    return e


# -- runs that were killed ---------------------------------------------------------------------------

class RunLock:
    """Every running audit holds a shared lock on ``<store>-lock``; one that takes it
    exclusively knows no audit is running, so runs still marked ``running`` were killed.

    ``flock`` locks belong to the open file, not the process, and go when the process dies,
    however it dies. Where ``fcntl`` is missing (Windows) nothing is marked.
    """

    def __init__(self, store: Path):
        self.path = store.with_name(store.name + "-lock")
        self.fd: int | None = None

    def acquire_and_mark(self, conn: sqlite3.Connection) -> int:
        """Mark killed runs ``interrupted`` if no other audit is running; then hold the shared
        lock for this run. Returns the number of runs marked."""
        try:
            # lazy: fcntl is POSIX-only (the ImportError on Windows is handled here)
            import fcntl
        except ImportError:  # pragma: no cover - Windows
            return 0
        try:
            self.fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError:
            return 0  # a store one cannot lock beside: nothing marked, nothing lost
        marked = 0
        try:
            fcntl.flock(self.fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            pass  # another audit is running: its run is not ours to mark
        else:
            marked = mark_interrupted(conn)
        fcntl.flock(self.fd, fcntl.LOCK_SH)
        return marked

    def release(self) -> None:
        if self.fd is not None:
            with contextlib.suppress(OSError):
                os.close(self.fd)
            self.fd = None


def mark_interrupted(conn: sqlite3.Connection) -> int:
    """Mark every run still ``running`` as ``interrupted`` (call only when no audit is running)."""
    cur = conn.execute("UPDATE runs SET status='interrupted' WHERE status='running'")
    return cur.rowcount or 0
