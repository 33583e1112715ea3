"""The store's tables, its migrations and opening it: the one place that knows the schema's history.

``PRAGMA user_version`` holds the schema version; :data:`MIGRATIONS` is an ordered list, and
opening a store applies every migration it has not had yet, each in its own transaction (the
idea of sqlite-utils' migrations). A store written by an older ehcaudit is upgraded in place,
never rebuilt; a store from a *newer* ehcaudit is refused with a one-line error rather than
guessed at. The guards around opening (a damaged file, a read-only one, a full disk, two
processes at once) are in :mod:`ehcaudit.store.safety`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from ehcaudit.store import safety
from ehcaudit.store.codecs import pack_json

#: Where ``audit`` and ``trend`` look for the store unless told otherwise.
DEFAULT_STORE = Path("reports") / "ehcaudit.db"


class StoreError(Exception):
    """The store cannot be opened or used (one-line reason)."""


# -- the migrations, oldest first (append only; never edit one that has shipped) --------------


def _per_plan(table: str, *columns: str) -> str:
    """DDL of a table of rows that belong to one plan row (deleted with it), and its index."""
    cols = "".join(f"    {c},\n" for c in columns)[:-2]
    return (f"CREATE TABLE {table} (\n"
            "    plan_row INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,\n"
            f"{cols}\n);\nCREATE INDEX {table}_plan ON {table}(plan_row);\n")


#: A level on the rubric's scale, as areas and criteria keep it.
_LEVEL = ("level INTEGER", "label TEXT", "rag TEXT")

_V1 = """
CREATE TABLE runs (
    id INTEGER PRIMARY KEY,
    started TEXT NOT NULL,
    finished TEXT,
    month TEXT NOT NULL,
    as_of TEXT NOT NULL,
    rubric_id TEXT NOT NULL,
    rubric_version TEXT NOT NULL,
    rubric_digest TEXT NOT NULL,
    scale TEXT NOT NULL DEFAULT '[]',
    tool_version TEXT NOT NULL,
    privacy_mode TEXT NOT NULL DEFAULT 'flag',
    jobs INTEGER,
    plans_scored INTEGER NOT NULL DEFAULT 0,
    plans_reused INTEGER NOT NULL DEFAULT 0,
    errors INTEGER NOT NULL DEFAULT 0,
    status TEXT NOT NULL DEFAULT 'running'
);
CREATE TABLE plans (
    id INTEGER PRIMARY KEY,
    month TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    rubric_id TEXT NOT NULL,
    rubric_version TEXT NOT NULL,
    rubric_digest TEXT NOT NULL,
    reuse_key TEXT NOT NULL,
    plan_id TEXT NOT NULL,
    source TEXT NOT NULL,
    as_of TEXT NOT NULL,
    score REAL,
    level INTEGER,
    label TEXT,
    rag TEXT,
    key_stage TEXT,
    need TEXT,
    setting TEXT,
    team TEXT,
    privacy INTEGER NOT NULL DEFAULT 0,
    result TEXT NOT NULL,
    run_id INTEGER REFERENCES runs(id),
    UNIQUE (month, sha256, rubric_id, rubric_version)
);
CREATE INDEX plans_reuse ON plans(reuse_key);
CREATE INDEX plans_source ON plans(month, source);
""" + _per_plan("areas", "area TEXT NOT NULL", "title TEXT", "score REAL", *_LEVEL) \
    + _per_plan("criteria", "criterion TEXT NOT NULL", "area TEXT NOT NULL", "title TEXT",
                "applicable INTEGER NOT NULL", *_LEVEL) \
    + _per_plan("findings", "seq INTEGER NOT NULL", "criterion TEXT NOT NULL", "area TEXT NOT NULL",
                "kind TEXT NOT NULL", "section TEXT", "location TEXT", "quote TEXT", "message TEXT") \
    + """CREATE TABLE errors (
    run_id INTEGER NOT NULL REFERENCES runs(id),
    month TEXT NOT NULL,
    source TEXT NOT NULL,
    error TEXT NOT NULL
);
"""

#: Version 2 adds the cross-plan checks: one fingerprint per plan and month (whatever
#: ``ehcaudit.crossplan.fingerprint`` returns) and the month's copy-paste / wrong-name findings.
_V2 = """
CREATE TABLE fingerprints (
    month TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    plan_id TEXT NOT NULL,
    data TEXT NOT NULL,
    PRIMARY KEY (month, sha256)
);
CREATE TABLE cross_findings (
    id INTEGER PRIMARY KEY,
    month TEXT NOT NULL,
    run_id INTEGER REFERENCES runs(id),
    kind TEXT NOT NULL,
    text TEXT NOT NULL,
    plans TEXT NOT NULL,
    count INTEGER NOT NULL
);
CREATE INDEX cross_month ON cross_findings(month);
"""


#: Version 3 keeps each cross-plan finding's message and locations (JSON list of
#: ``{"plan_id", "section", "location", "sha256"}``), as ``ehcaudit.crossplan`` reports them.
_V3 = """
ALTER TABLE cross_findings ADD COLUMN message TEXT NOT NULL DEFAULT '';
ALTER TABLE cross_findings ADD COLUMN locations TEXT NOT NULL DEFAULT '[]'
"""


def _v4(conn: sqlite3.Connection) -> None:
    """Version 4 compresses ``plans.result`` and ``fingerprints.data`` (JSON text -> zlib BLOB,
    about 8x smaller), a few hundred rows at a time so a large store never sits in memory.
    The file keeps its size until ``VACUUM``; later writes reuse the space freed."""
    for table, column in (("plans", "result"), ("fingerprints", "data")):
        ids = [r[0] for r in conn.execute(
            f"SELECT rowid FROM {table} WHERE typeof({column}) = 'text'")]
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            marks = ",".join("?" * len(chunk))
            rows = conn.execute(f"SELECT rowid, {column} FROM {table} WHERE rowid IN ({marks})",
                                chunk).fetchall()
            conn.executemany(f"UPDATE {table} SET {column}=? WHERE rowid=?",
                             [(pack_json(v), rid) for rid, v in rows])


#: Version 5 records the SHA-256 of each run's rubric file, so that a later audit with the same
#: rubric file and the same ehcaudit need not validate it again (:mod:`ehcaudit.rubric.source`).
_V5 = """
ALTER TABLE runs ADD COLUMN rubric_file_sha256 TEXT;
CREATE INDEX runs_rubric_file ON runs(rubric_file_sha256, tool_version)
"""

#: Version 6: the audit group's grades (append-only: triggers refuse UPDATE and DELETE; read
#: and written by :mod:`ehcaudit.store.grades`), the workspace's audit log, and ``runs.levels``
#: (the rubric's full scale: labels, colours and score bands; nothing existing is touched).
_V6 = [
    """CREATE TABLE grades (
        id INTEGER PRIMARY KEY,
        plan_key TEXT NOT NULL,
        month TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        rubric_id TEXT NOT NULL,
        rubric_version TEXT NOT NULL,
        criterion TEXT NOT NULL,
        auditor TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('auditor', 'moderator')),
        level INTEGER NOT NULL,
        comment TEXT NOT NULL DEFAULT '',
        created TEXT NOT NULL
    )""",
    "CREATE INDEX grades_plan ON grades(plan_key, criterion)",
    "CREATE INDEX grades_month ON grades(month, sha256)",
    """CREATE TRIGGER grades_no_update BEFORE UPDATE ON grades
       BEGIN SELECT RAISE(ABORT, 'grades are kept for ever: append a new grade instead'); END""",
    """CREATE TRIGGER grades_no_delete BEFORE DELETE ON grades
       BEGIN SELECT RAISE(ABORT, 'grades are kept for ever: append a new grade instead'); END""",
    """CREATE TABLE workspace_log (
        id INTEGER PRIMARY KEY,
        time TEXT NOT NULL,
        user TEXT NOT NULL,
        action TEXT NOT NULL,
        detail TEXT NOT NULL DEFAULT ''
    )""",
    "ALTER TABLE runs ADD COLUMN levels TEXT",
]


def _script(sql: str | list[str]) -> Callable[[sqlite3.Connection], None]:
    statements = sql if isinstance(sql, list) else sql.split(";")

    def apply(conn: sqlite3.Connection) -> None:
        for stmt in statements:
            if stmt.strip():
                conn.execute(stmt)

    return apply


#: Ordered migrations: ``MIGRATIONS[i]`` takes a store from version ``i`` to ``i + 1``.
#: Append only; never edit a migration that has shipped.
MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [
    _script(_V1), _script(_V2), _script(_V3), _v4, _script(_V5), _script(_V6)]
SCHEMA_VERSION = len(MIGRATIONS)


def migrate(conn: sqlite3.Connection, target: int = SCHEMA_VERSION) -> int:
    """Bring the store to schema ``target``; each step in its own transaction. Returns it."""
    current = conn.execute("PRAGMA user_version").fetchone()[0]
    if current > SCHEMA_VERSION:
        raise StoreError(
            f"the store has schema version {current}, newer than this ehcaudit understands "
            f"({SCHEMA_VERSION}); upgrade ehcaudit")
    for version in range(current, target):
        conn.execute("BEGIN IMMEDIATE")
        try:
            # another process (a second audit creating the same store) may have applied it
            # while this one waited for the lock: read the version again inside the lock
            if conn.execute("PRAGMA user_version").fetchone()[0] > version:
                conn.execute("COMMIT")
                continue
            MIGRATIONS[version](conn)
            conn.execute(f"PRAGMA user_version = {version + 1}")
            conn.execute("COMMIT")
        except BaseException:
            rollback(conn)
            raise
    return max(current, target)


def rollback(conn: sqlite3.Connection) -> None:
    """Roll back if a transaction is open: after a full disk SQLite may have rolled back
    already, and a second error must not hide the first (its cause)."""
    if conn.in_transaction:
        conn.execute("ROLLBACK")


# -- opening -------------------------------------------------------------------------------


def connect(path: str | Path, *, create: bool = True, target: int = SCHEMA_VERSION) -> sqlite3.Connection:
    """Open (and if need be create and migrate) the store. Raises :class:`StoreError`."""
    p = Path(path)
    if p.exists() and p.is_dir():
        raise StoreError(f"{p} is a folder, not a store file")
    if not create and not p.exists():
        raise StoreError(f"{p}: no such store (run `ehcaudit audit` first)")
    existed = p.is_file() and p.stat().st_size > 0
    if create and existed and not safety.writable(p):
        raise StoreError(f"{p}: the store cannot be written: it is read-only (the file, its "
                         "folder or the file system); nothing was written")
    conn = None
    try:
        if create:
            p.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(p, isolation_level=None, timeout=safety.BUSY_SECONDS)
        if create and existed:  # opened for writing: a damaged store is never written to
            problem = safety.quick_check(conn)
            if problem:
                raise StoreError(safety.damaged(p, problem))
        conn.execute("PRAGMA foreign_keys = ON")
        safety.set_wal(conn)  # (waits for a second process creating the same store)
        conn.execute("PRAGMA synchronous = NORMAL")
        migrate(conn, target)
    except StoreError:
        if conn is not None:
            conn.close()
        raise
    except (sqlite3.Error, OSError) as e:
        if conn is not None:
            conn.close()
        cause = safety.write_failure(safety.cause_chain(e))
        if cause:
            raise StoreError(f"{p}: the store cannot be written: {cause}") from None
        if isinstance(e, OSError):
            raise StoreError(f"{p}: cannot create the store ({e.strerror or e})") from None
        raise StoreError(f"{p}: not a usable ehcaudit store ({e})") from None
    return conn


def connect_for_reading(path: str | Path) -> sqlite3.Connection:
    """Open the store to read it only (``mode=ro``: a read-only store can be reported on).
    A store of an older schema is upgraded first when it can be written to."""
    p = Path(path)
    if not p.is_file():
        if p.is_dir():
            raise StoreError(f"{p} is a folder, not a store file")
        raise StoreError(f"{p}: no such store (run `ehcaudit audit` first)")
    try:
        conn = safety.open_readonly(p)
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.Error as e:
        raise StoreError(f"{p}: not a usable ehcaudit store ({e})") from None
    if version > SCHEMA_VERSION:
        conn.close()
        raise StoreError(
            f"the store has schema version {version}, newer than this ehcaudit understands "
            f"({SCHEMA_VERSION}); upgrade ehcaudit")
    if version < SCHEMA_VERSION:
        conn.close()
        if not safety.writable(p):
            raise StoreError(
                f"{p}: the store has schema version {version} and must be upgraded to "
                f"{SCHEMA_VERSION} before it can be read, but it is read-only; run ehcaudit "
                "once with write access to it")
        return connect(p, create=False)
    return conn
