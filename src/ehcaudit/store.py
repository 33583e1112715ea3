"""The results store: every monthly audit, kept safely in one SQLite file.

Default location ``reports/ehcaudit.db``. Only the ``audit`` command's parent process writes
to it; readers (``trend``, notebooks) use :func:`load_frames`.

Design
------
* **Schema versioned with migrations.** ``PRAGMA user_version`` holds the schema version;
  :data:`MIGRATIONS` is an ordered list, and opening a store applies every migration it has
  not had yet, each in its own transaction (the idea of sqlite-utils' migrations). A store
  written by an older ehcaudit is upgraded in place, never rebuilt; a store from a *newer*
  ehcaudit is refused with a one-line error rather than guessed at.
* **One transaction per plan.** A plan's row, its area, criterion and finding rows and its
  cross-plan fingerprint are written together or not at all. WAL journal mode; a process
  killed mid-run leaves every committed plan intact, earlier months untouched, and the run
  marked ``running`` (a later run of the same month completes it).
* **Idempotent.** A plan is identified within a month by the SHA-256 of its file bytes and
  the rubric id and version: auditing it again *replaces* its result (never a second row).
  When a file's content changes between two runs of the same month, the new version replaces
  the old one (same month, same source path, same rubric). A plan that has disappeared from
  the folder on a re-audit is **kept**: a month's sample is what was audited that month.
  Two identical files (same bytes) in one month count once.
* **Reuse.** ``reuse_key`` is a digest of everything a plan's result depends on: the file's
  SHA-256 and (absolute) path, rubric id, version and content digest, as-of date, ehcaudit version and
  privacy mode. A plan whose key is already in the store is not scored again.
* **A rubric validated once.** Each run records the SHA-256 of its rubric file's bytes
  (schema 5); :meth:`Store.validated_rubric` finds a run of the same ehcaudit code that used the
  same bytes, whose validation stands (:mod:`ehcaudit.rubric.source`).
* **Compact.** ``plans.result`` and ``fingerprints.data`` hold zlib-compressed JSON (schema
  4; about 90 KB a plan saved): use :func:`unpack_json` to read them. Everything reports need
  is in plain columns and tables.
* **Privacy.** Results arrive masked from :func:`ehcaudit.pipeline.assess`; the store masks
  fingerprints and error messages again on the way in, so no identifier is written.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sqlite3
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ehcaudit import __version__
from ehcaudit import store_safety as safety
from ehcaudit.rubric.source import (
    KnownRubric,
    RubricFacts,
    file_sha256,
    rubric_facts,
)

if TYPE_CHECKING:
    from ehcaudit.results import PlanResult

#: Where ``audit`` and ``trend`` look for the store unless told otherwise.
DEFAULT_STORE = Path("reports") / "ehcaudit.db"


class StoreError(Exception):
    """The store cannot be opened or used (one-line reason)."""


# -- schema ------------------------------------------------------------------------------------

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
CREATE TABLE areas (
    plan_row INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
    area TEXT NOT NULL,
    title TEXT,
    score REAL,
    level INTEGER,
    label TEXT,
    rag TEXT
);
CREATE INDEX areas_plan ON areas(plan_row);
CREATE TABLE criteria (
    plan_row INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
    criterion TEXT NOT NULL,
    area TEXT NOT NULL,
    title TEXT,
    applicable INTEGER NOT NULL,
    level INTEGER,
    label TEXT,
    rag TEXT
);
CREATE INDEX criteria_plan ON criteria(plan_row);
CREATE TABLE findings (
    plan_row INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    criterion TEXT NOT NULL,
    area TEXT NOT NULL,
    kind TEXT NOT NULL,
    section TEXT,
    location TEXT,
    quote TEXT,
    message TEXT
);
CREATE INDEX findings_plan ON findings(plan_row);
CREATE TABLE errors (
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


def pack_json(text: str) -> bytes:
    """JSON text as stored in ``plans.result`` and ``fingerprints.data`` (zlib, level 6)."""
    return zlib.compress(text.encode("utf-8"), 6)


def unpack_json(value: bytes | str) -> Any:
    """A stored JSON value: compressed (schema 4 and later) or, from older code, plain text."""
    if isinstance(value, bytes | memoryview):
        value = zlib.decompress(value).decode("utf-8")
    return json.loads(value)


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


def _v6(conn: sqlite3.Connection) -> None:
    """Version 6: the audit group's grades (append-only) and the workspace's audit log.
    Defined in :mod:`ehcaudit.store_grades`, which reads and writes them."""
    from ehcaudit.store_grades import migrate_v6

    migrate_v6(conn)


def _script(sql: str) -> Callable[[sqlite3.Connection], None]:
    def apply(conn: sqlite3.Connection) -> None:
        for stmt in sql.split(";"):
            if stmt.strip():
                conn.execute(stmt)

    return apply


#: Ordered migrations: ``MIGRATIONS[i]`` takes a store from version ``i`` to ``i + 1``.
#: Append only; never edit a migration that has shipped.
MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [
    _script(_V1), _script(_V2), _script(_V3), _v4, _script(_V5), _v6]
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
            _rollback(conn)
            raise
    return max(current, target)


def _rollback(conn: sqlite3.Connection) -> None:
    """Roll back if a transaction is open: after a full disk SQLite may have rolled back
    already, and a second error must not hide the first (its cause)."""
    if conn.in_transaction:
        conn.execute("ROLLBACK")


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


# -- writing -----------------------------------------------------------------------------------

def now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def reuse_key(sha256: str, source: str, rubric: Any, digest: str, as_of: dt.date | str,
              privacy_mode: str, tool_version: str = __version__) -> str:
    """Digest of everything a plan's result depends on (see module docstring)."""
    parts = {
        "sha256": sha256, "source": str(source), "rubric_id": rubric.id,
        "rubric_version": rubric.version, "rubric_digest": digest, "as_of": str(as_of),
        "tool_version": tool_version, "privacy": privacy_mode,
    }
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()


def _mask_json(value: Any) -> Any:
    from ehcaudit.privacy import mask_text

    if isinstance(value, str):
        return mask_text(value)
    if isinstance(value, list):
        return [_mask_json(v) for v in value]
    if isinstance(value, dict):
        return {k: _mask_json(v) for k, v in value.items()}
    return value


@dataclass
class Run:
    id: int
    month: str
    as_of: str
    rubric_id: str
    rubric_version: str
    rubric_digest: str
    privacy_mode: str
    scored: int = 0
    reused: int = 0
    errors: int = 0


class Store:
    """A connection to the results store, with the writes ``audit`` needs."""

    def __init__(self, path: str | Path, *, target: int = SCHEMA_VERSION):
        self.path = Path(path)
        self.conn = connect(self.path, target=target)
        self.schema = self.conn.execute("PRAGMA user_version").fetchone()[0]
        self._run_lock = safety.RunLock(self.path)

    def close(self) -> None:
        self.conn.close()
        self._run_lock.release()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # runs ------------------------------------------------------------------------------
    def start_run(self, month: str, as_of: dt.date, rubric: Any, privacy_mode: str = "flag",
                  jobs: int | None = None, tool_version: str = __version__) -> Run:
        facts = rubric_facts(rubric)
        if self._run_lock.fd is None:  # runs killed earlier: 'interrupted' (store_safety)
            self._run_lock.acquire_and_mark(self.conn)
        cur = self.conn.execute(
            "INSERT INTO runs (started, month, as_of, rubric_id, rubric_version, rubric_digest, scale,"
            " tool_version, privacy_mode, jobs, status) VALUES (?,?,?,?,?,?,?,?,?,?, 'running')",
            (now(), month, as_of.isoformat(), facts.id, facts.version, facts.digest,
             json.dumps(list(facts.scale)), tool_version, privacy_mode, jobs))
        if facts.file_sha256 and self.schema >= 5:  # (tests open older schemas on purpose)
            self.conn.execute("UPDATE runs SET rubric_file_sha256=? WHERE id=?",
                              (facts.file_sha256, cur.lastrowid))
        if self.schema >= 6:  # the full scale (labels, colours, score bands): store_grades
            from ehcaudit.store_grades import scale_levels

            self.conn.execute("UPDATE runs SET levels=? WHERE id=?",
                              (scale_levels(rubric, self.conn), cur.lastrowid))
        assert cur.lastrowid is not None  # (set by the INSERT)
        return Run(cur.lastrowid, month, as_of.isoformat(), facts.id, facts.version, facts.digest,
                   privacy_mode)

    def validated_rubric(self, path: Path, data: bytes, tool_version: str) -> KnownRubric | None:
        """The rubric file ``data`` (read from ``path``) if a run of this ehcaudit (same
        ``tool_version``) has used a file with the same bytes: it was validated then."""
        if self.schema < 5:
            return None
        sha = file_sha256(data)
        row = self.conn.execute(
            "SELECT rubric_id, rubric_version, rubric_digest, scale FROM runs"
            " WHERE rubric_file_sha256=? AND tool_version=? ORDER BY id DESC LIMIT 1",
            (sha, tool_version)).fetchone()
        if row is None:
            return None
        facts = RubricFacts(row[0], row[1], row[2], tuple(json.loads(row[3])), sha)
        return KnownRubric(path, data, facts)

    def finish_run(self, run: Run, status: str = "complete") -> None:
        self.conn.execute(
            "UPDATE runs SET finished=?, plans_scored=?, plans_reused=?, errors=?, status=? WHERE id=?",
            (now(), run.scored, run.reused, run.errors, status, run.id))

    def record_error(self, run: Run, source: str, error: str) -> None:
        from ehcaudit.privacy import mask_text

        run.errors += 1
        self.conn.execute("INSERT INTO errors (run_id, month, source, error) VALUES (?,?,?,?)",
                          (run.id, run.month, source, mask_text(" ".join(error.split()))))
        self._progress(run)

    def _progress(self, run: Run) -> None:
        self.conn.execute("UPDATE runs SET plans_scored=?, plans_reused=?, errors=? WHERE id=?",
                          (run.scored, run.reused, run.errors, run.id))

    # plans -----------------------------------------------------------------------------
    def find_reusable(self, key: str) -> tuple[dict, dict | None] | None:
        """A stored result (and fingerprint) with this reuse key, from any month, or None."""
        row = self.conn.execute(
            "SELECT result, month, sha256 FROM plans WHERE reuse_key=? ORDER BY id DESC LIMIT 1",
            (key,)).fetchone()
        if row is None:
            return None
        fp = self.conn.execute("SELECT data FROM fingerprints WHERE month=? AND sha256=?",
                               (row[1], row[2])).fetchone()
        return unpack_json(row[0]), (unpack_json(fp[0]) if fp else None)

    def has_plan(self, run: Run, key: str) -> bool:
        """Whether this month already holds the result with this reuse key (nothing to write)."""
        return self.conn.execute(
            "SELECT 1 FROM plans WHERE month=? AND reuse_key=?", (run.month, key)).fetchone() is not None

    def write_plan(self, run: Run, result: PlanResult | dict, key: str,
                   fingerprint: dict | None = None, *, reused: bool = False) -> None:
        """Write one plan's result (replacing any earlier one) in a single transaction."""
        from ehcaudit.results import PlanResult  # here: a warm re-audit never needs pydantic

        res = result if isinstance(result, PlanResult) else PlanResult.model_validate(result)
        attrs = res.attributes or {}
        c = self.conn
        c.execute("BEGIN IMMEDIATE")
        try:
            # same content again, or a new version of the same file, replaces the old row
            c.execute(
                "DELETE FROM plans WHERE month=? AND rubric_id=? AND rubric_version=?"
                " AND (sha256=? OR source=?)",
                (run.month, run.rubric_id, run.rubric_version, res.sha256, res.source))
            cur = c.execute(
                "INSERT INTO plans (month, sha256, rubric_id, rubric_version, rubric_digest, reuse_key,"
                " plan_id, source, as_of, score, level, label, rag, key_stage, need, setting, team,"
                " privacy, result, run_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (run.month, res.sha256, run.rubric_id, run.rubric_version, run.rubric_digest, key,
                 res.plan_id, res.source, run.as_of, res.overall.score, res.overall.level,
                 res.overall.label, res.overall.rag, attrs.get("key_stage"), attrs.get("need"),
                 attrs.get("setting"), attrs.get("team"), len(res.privacy),
                 pack_json(res.model_dump_json()), run.id))
            row = cur.lastrowid
            c.executemany(
                "INSERT INTO areas (plan_row, area, title, score, level, label, rag) VALUES (?,?,?,?,?,?,?)",
                [(row, a.id, a.title, a.score, a.level, a.label, a.rag) for a in res.areas])
            c.executemany(
                "INSERT INTO criteria (plan_row, criterion, area, title, applicable, level, label, rag)"
                " VALUES (?,?,?,?,?,?,?,?)",
                [(row, k.id, k.area, k.title, int(k.applicable), k.level, k.label, k.rag)
                 for k in res.criteria])
            c.executemany(
                "INSERT INTO findings (plan_row, seq, criterion, area, kind, section, location, quote,"
                " message) VALUES (?,?,?,?,?,?,?,?,?)",
                [(row, i, k.id, k.area, f.kind, f.section, f.location, f.quote, f.message)
                 for k in res.criteria for i, f in enumerate(k.findings)])
            if fingerprint is not None:
                c.execute(
                    "INSERT OR REPLACE INTO fingerprints (month, sha256, plan_id, data) VALUES (?,?,?,?)",
                    (run.month, res.sha256, res.plan_id, pack_json(json.dumps(_mask_json(fingerprint)))))
            if reused:
                run.reused += 1
            else:
                run.scored += 1
            self._progress(run)
            c.execute("COMMIT")
        except BaseException:
            _rollback(c)
            raise

    def month_fingerprints(self, month: str) -> dict[str, dict]:
        """``{sha256: fingerprint}`` for the month's plans (the input of
        ``ehcaudit.crossplan.cross_plan_findings``)."""
        return dict(self.iter_month_fingerprints(month))

    def iter_month_fingerprints(self, month: str) -> Iterator[tuple[str, dict]]:
        """The month's ``(sha256, fingerprint)`` pairs, decompressed one at a time (for
        ``ehcaudit.crossplan.slim_month``: a month of thousands of plans)."""
        cur = self.conn.execute(
            "SELECT f.sha256, f.data FROM fingerprints f WHERE f.month=? AND EXISTS"
            " (SELECT 1 FROM plans p WHERE p.month=f.month AND p.sha256=f.sha256) ORDER BY f.sha256",
            (month,))
        for sha, data in cur:
            yield sha, unpack_json(data)

    def replace_cross_findings(self, run: Run, findings: list[dict]) -> None:
        """The month's copy-paste and wrong-name findings, replaced in one transaction."""
        from ehcaudit.privacy import mask_text

        c = self.conn
        c.execute("BEGIN IMMEDIATE")
        try:
            c.execute("DELETE FROM cross_findings WHERE month=?", (run.month,))
            for f in findings:
                plans = f.get("plans") or []
                plans_text = "; ".join(map(str, plans)) if isinstance(plans, list) else str(plans)
                count = f.get("count")
                if count is None:
                    count = len(plans) if isinstance(plans, list) else 0
                c.execute(
                    "INSERT INTO cross_findings (month, run_id, kind, text, plans, count, message,"
                    " locations) VALUES (?,?,?,?,?,?,?,?)",
                    (run.month, run.id, str(f.get("kind", "")), mask_text(str(f.get("text", ""))),
                     mask_text(plans_text), int(count), mask_text(str(f.get("message", ""))),
                     json.dumps(_mask_json(f.get("locations") or []))))
            c.execute("COMMIT")
        except BaseException:
            _rollback(c)
            raise


# -- reading: the interface for trend reports -------------------------------------------------

@dataclass
class AuditFrames:
    """Everything in the store, as pandas DataFrames (one row per plan / area / criterion ...).

    For each month, frames hold the plans scored under the rubric id and version of that
    month's latest run (a month re-audited under a new rubric version shows the new results);
    ``runs`` holds every run, ``errors`` the errors of each month's latest run.
    """

    plans: Any
    areas: Any
    criteria: Any
    findings: Any
    cross: Any
    runs: Any
    errors: Any
    scale: list[str] = field(default_factory=list)


PLAN_COLUMNS = ["month", "sha256", "plan_id", "source", "as_of", "rubric_id", "rubric_version",
                "score", "level", "label", "rag", "key_stage", "need", "setting", "team", "privacy"]
AREA_COLUMNS = ["month", "sha256", "plan_id", "area", "title", "score", "level", "label", "rag"]
CRITERION_COLUMNS = ["month", "sha256", "plan_id", "criterion", "area", "title", "applicable",
                     "level", "label", "rag"]
FINDING_COLUMNS = ["month", "sha256", "plan_id", "criterion", "area", "kind", "section",
                   "location", "quote", "message"]
CROSS_COLUMNS = ["month", "kind", "text", "plans", "count", "message", "locations"]
RUN_COLUMNS = ["run_id", "started", "finished", "month", "as_of", "rubric_id", "rubric_version",
               "tool_version", "plans_scored", "plans_reused", "errors", "status"]
ERROR_COLUMNS = ["run_id", "month", "source", "error"]


#: ``latest``: for each month, the rubric (id and version) of its latest run whose rubric version
#: has plans in the month: what a month's reports and the workspace read.
LATEST_RUBRIC_CTE = """WITH latest AS (
        SELECT r.month, r.rubric_id, r.rubric_version FROM runs r
        WHERE r.id = (SELECT MAX(r2.id) FROM runs r2 WHERE r2.month = r.month
                      AND EXISTS (SELECT 1 FROM plans p2 WHERE p2.month = r2.month
                                  AND p2.rubric_id = r2.rubric_id
                                  AND p2.rubric_version = r2.rubric_version))
    )"""


def load_frames(store_path: str | Path, from_month: str | None = None,
                to_month: str | None = None) -> AuditFrames:
    """Read the store into :class:`AuditFrames`, months ``from_month``..``to_month`` inclusive.

    Raises :class:`StoreError` if the store is missing or unusable. Never writes to it except
    to apply pending schema migrations.
    """
    import pandas as pd

    conn = connect_for_reading(store_path)
    try:
        lo, hi = from_month or "0000-00", to_month or "9999-99"
        # the rubric of each month's latest run whose rubric version has plans in the month
        latest = f"""
            {LATEST_RUBRIC_CTE},
            sel AS (
                SELECT p.* FROM plans p JOIN latest l ON p.month = l.month
                  AND p.rubric_id = l.rubric_id AND p.rubric_version = l.rubric_version
                WHERE p.month BETWEEN ? AND ?
            )
        """
        args = (lo, hi)

        def q(sql: str, columns: list[str], params: tuple = args) -> pd.DataFrame:
            rows = conn.execute(sql, params).fetchall()
            return pd.DataFrame(rows, columns=columns)

        plans = q(latest + "SELECT " + ", ".join(PLAN_COLUMNS) + " FROM sel ORDER BY month, plan_id, sha256",
                  PLAN_COLUMNS)
        areas = q(latest + "SELECT s.month, s.sha256, s.plan_id, a.area, a.title, a.score, a.level,"
                  " a.label, a.rag FROM sel s JOIN areas a ON a.plan_row = s.id"
                  " ORDER BY s.month, s.plan_id, s.sha256, a.rowid", AREA_COLUMNS)
        criteria = q(latest + "SELECT s.month, s.sha256, s.plan_id, c.criterion, c.area, c.title,"
                     " c.applicable, c.level, c.label, c.rag FROM sel s JOIN criteria c ON c.plan_row = s.id"
                     " ORDER BY s.month, s.plan_id, s.sha256, c.rowid", CRITERION_COLUMNS)
        criteria["applicable"] = criteria["applicable"].astype(bool)
        findings = q(latest + "SELECT s.month, s.sha256, s.plan_id, f.criterion, f.area, f.kind,"
                     " f.section, f.location, f.quote, f.message FROM sel s JOIN findings f"
                     " ON f.plan_row = s.id ORDER BY s.month, s.plan_id, s.sha256, f.rowid",
                     FINDING_COLUMNS)
        cross = q("SELECT month, kind, text, plans, count, message, locations FROM cross_findings"
                  " WHERE month BETWEEN ? AND ? ORDER BY month, kind, count DESC, id", CROSS_COLUMNS)
        runs = q("SELECT id, started, finished, month, as_of, rubric_id, rubric_version, tool_version,"
                 " plans_scored, plans_reused, errors, status FROM runs WHERE month BETWEEN ? AND ?"
                 " ORDER BY id", RUN_COLUMNS)
        errors = q("SELECT e.run_id, e.month, e.source, e.error FROM errors e"
                   " WHERE e.month BETWEEN ? AND ? AND e.run_id ="
                   " (SELECT MAX(id) FROM runs r WHERE r.month = e.month) ORDER BY e.month, e.rowid",
                   ERROR_COLUMNS)
        row = conn.execute("SELECT scale FROM runs WHERE month BETWEEN ? AND ? ORDER BY id DESC LIMIT 1",
                           args).fetchone()
        scale = json.loads(row[0]) if row else []
        for frame in (plans, areas, criteria):
            for col in ("score",):
                if col in frame:
                    frame[col] = frame[col].astype(float)
        plans["privacy"] = plans["privacy"].astype(int)
        return AuditFrames(plans=plans, areas=areas, criteria=criteria, findings=findings,
                           cross=cross, runs=runs, errors=errors, scale=scale)
    finally:
        conn.close()
