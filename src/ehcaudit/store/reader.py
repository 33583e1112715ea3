"""Reading the store for reports: :func:`load_frames` (pandas), the interface of ``trend`` and
notebooks. It never writes to the store except to apply pending schema migrations."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ehcaudit.store.schema import connect_for_reading


@dataclass
class AuditFrames:
    """Everything in the store, as pandas DataFrames (one row per plan / area / criterion ...).

    For each month, frames hold the plans scored under the rubric id and version of that
    month's latest run (a month re-audited under a new rubric version shows the new results);
    ``runs`` holds every run, ``errors`` the errors of each month's latest run.

    ``scale`` is the rubric's scale, lowest level first, as the latest run stored it: whole
    (``[{"label", "rag", "min_score"}]``, schema 6 on) or, from a run of older ehcaudit that kept
    only the labels, the labels.
    """

    plans: Any
    areas: Any
    criteria: Any
    findings: Any
    cross: Any
    runs: Any
    errors: Any
    scale: list[str] | list[dict] = field(default_factory=list)


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


def latest_scale(conn: sqlite3.Connection, lo: str = "0000-00", hi: str = "9999-99") -> tuple[list[str], list[dict] | None]:
    """The scale of the latest run in months ``lo``..``hi``: its labels, and the whole scale
    (``[{"label", "rag", "min_score"}]``) where that run recorded it (schema 6 on), else None."""
    row = conn.execute("SELECT scale, levels FROM runs WHERE month BETWEEN ? AND ? ORDER BY id DESC LIMIT 1",
                       (lo, hi)).fetchone()
    if row is None:
        return [], None
    return json.loads(row[0]), (json.loads(row[1]) if row[1] else None)


def load_frames(store_path: str | Path, from_month: str | None = None,
                to_month: str | None = None) -> AuditFrames:
    """Read the store into :class:`AuditFrames`, months ``from_month``..``to_month`` inclusive.

    Raises :class:`~ehcaudit.store.schema.StoreError` if the store is missing or unusable.
    Never writes to it except to apply pending schema migrations.
    """
    # lazy: importing pandas takes about 0.4 s (python -X importtime); only reports need it
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
        labels, levels = latest_scale(conn, lo, hi)
        # the whole scale (the rubric's own colours and score bands), read back, never guessed
        scale: list[str] | list[dict] = (
            levels if levels and [lv["label"] for lv in levels] == labels else labels)
        for frame in (plans, areas, criteria):
            for col in ("score",):
                if col in frame:
                    frame[col] = frame[col].astype(float)
        plans["privacy"] = plans["privacy"].astype(int)
        return AuditFrames(plans=plans, areas=areas, criteria=criteria, findings=findings,
                           cross=cross, runs=runs, errors=errors, scale=scale)
    finally:
        conn.close()


def run_levels(store_path: str | Path, from_month: str | None = None,
               to_month: str | None = None) -> list[dict] | None:
    """The whole scale (``[{"label", "rag", "min_score"}]``) of the latest run in the months, as
    recorded since schema 6; None if that run did not record it."""
    conn = connect_for_reading(store_path)
    try:
        return latest_scale(conn, from_month or "0000-00", to_month or "9999-99")[1]
    finally:
        conn.close()
