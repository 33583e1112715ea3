"""Writing the store: the runs and plans of ``ehcaudit audit`` (its parent process is the only writer).

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
* **Reuse.** A plan whose reuse key (:func:`ehcaudit.store.keys.reuse_key`) is already in the
  store is not scored again.
* **A rubric validated once.** Each run records the SHA-256 of its rubric file's bytes
  (schema 5); :meth:`Store.validated_rubric` finds a run of the same ehcaudit code that used the
  same bytes, whose validation stands (:mod:`ehcaudit.rubric.source`).
* **The scale stored whole.** Each run records the rubric's scale: its labels (``runs.scale``)
  and, since schema 6, every level's label, colour and lowest score (``runs.levels``,
  :func:`scale_levels`), which the reports read back (:mod:`ehcaudit.store.reader`).
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ehcaudit import __version__
from ehcaudit.errors import RubricError
from ehcaudit.rubric.source import KnownRubric, RubricFacts, file_sha256, rubric_facts
from ehcaudit.store import safety
from ehcaudit.store.codecs import mask, mask_json, now, pack_json, unpack_json
from ehcaudit.store.schema import SCHEMA_VERSION, connect, rollback

if TYPE_CHECKING:
    from ehcaudit.results import PlanResult


def scale_levels(rubric: Any, conn: sqlite3.Connection) -> str | None:
    """JSON ``[{"label", "rag", "min_score"}]`` (lowest level first) of the rubric a run uses,
    for ``runs.levels``: from the rubric itself; for a rubric file an earlier run validated
    (:class:`~ehcaudit.rubric.source.KnownRubric`, not loaded again), from that run, or, if that
    run did not record it (it ran before schema 6), from the rubric loaded after all (once: later
    runs find it here). None only for a rubric that cannot be loaded, which is never guessed."""
    levels = getattr(rubric, "scale", None)
    if levels is not None and not isinstance(levels, str | tuple):
        return json.dumps([{"label": lv.label, "rag": lv.rag, "min_score": lv.min_score} for lv in levels])
    if not isinstance(rubric, KnownRubric):
        return None
    row = conn.execute("SELECT levels FROM runs WHERE rubric_file_sha256 = ? AND levels IS NOT NULL"
                       " ORDER BY id DESC LIMIT 1", (rubric.facts.file_sha256,)).fetchone()
    if row:
        return row[0]
    try:
        return scale_levels(rubric.load(), conn)
    except RubricError:  # the run goes on; it fails only if some plan must be scored
        return None


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
        if self._run_lock.fd is None:  # runs killed earlier: 'interrupted' (store.safety)
            self._run_lock.acquire_and_mark(self.conn)
        cur = self.conn.execute(
            "INSERT INTO runs (started, month, as_of, rubric_id, rubric_version, rubric_digest, scale,"
            " tool_version, privacy_mode, jobs, status) VALUES (?,?,?,?,?,?,?,?,?,?, 'running')",
            (now(), month, as_of.isoformat(), facts.id, facts.version, facts.digest,
             json.dumps(list(facts.scale)), tool_version, privacy_mode, jobs))
        if facts.file_sha256 and self.schema >= 5:  # (tests open older schemas on purpose)
            self.conn.execute("UPDATE runs SET rubric_file_sha256=? WHERE id=?",
                              (facts.file_sha256, cur.lastrowid))
        if self.schema >= 6:  # the full scale (labels, colours, score bands)
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

    def previous_status(self, run: Run) -> str | None:
        """The status of the month's run before ``run`` (None if it is the month's first)."""
        row = self.conn.execute("SELECT status FROM runs WHERE month=? AND id<? ORDER BY id DESC LIMIT 1",
                                (run.month, run.id)).fetchone()
        return None if row is None else row[0]

    def record_error(self, run: Run, source: str, error: str) -> None:
        run.errors += 1
        self.conn.execute("INSERT INTO errors (run_id, month, source, error) VALUES (?,?,?,?)",
                          (run.id, run.month, source, mask(" ".join(error.split()))))
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

    def stored_outcome(self, run: Run, key: str) -> tuple[float | None, str | None] | None:
        """``(score, label)`` if this month already holds the result with this reuse key
        (nothing to write), else None."""
        row = self.conn.execute(
            "SELECT score, label FROM plans WHERE month=? AND reuse_key=?", (run.month, key)).fetchone()
        return None if row is None else (row[0], row[1])

    def write_plan(self, run: Run, result: PlanResult | dict, key: str,
                   fingerprint: dict | None = None, *, reused: bool = False) -> None:
        """Write one plan's result (replacing any earlier one) in a single transaction."""
        # lazy: a warm re-audit never needs pydantic (results: about 0.3 s)
        from ehcaudit.results import PlanResult

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
                    (run.month, res.sha256, res.plan_id, pack_json(json.dumps(mask_json(fingerprint)))))
            if reused:
                run.reused += 1
            else:
                run.scored += 1
            self._progress(run)
            c.execute("COMMIT")
        except BaseException:
            rollback(c)
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
                    (run.month, run.id, str(f.get("kind", "")), mask(str(f.get("text", ""))),
                     mask(plans_text), int(count), mask(str(f.get("message", ""))),
                     json.dumps(mask_json(f.get("locations") or []))))
            c.execute("COMMIT")
        except BaseException:
            rollback(c)
            raise

    def cross_count(self, month: str) -> int:
        """How many cross-plan findings the month holds."""
        return self.conn.execute("SELECT COUNT(*) FROM cross_findings WHERE month=?", (month,)).fetchone()[0]
