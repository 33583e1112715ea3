"""The audit group's grades in the results store, and the read API the workspace and the trend
report use (so no SQL lives outside the store modules).

Grades (schema 6, table ``grades``, defined in :mod:`ehcaudit.store.schema`) are
**append-only**: a trigger refuses every UPDATE and
DELETE. Each grade has its plan (``plan_key`` plus the month, file SHA-256 and rubric it was
given under), criterion id or ``overall``, auditor, role (``auditor`` or ``moderator``), level on
the rubric's scale, comment (masked on the way in) and time. A later grade by the same person in
the same role supersedes theirs; the history stays.

Grades never reference ``plans.id``: re-auditing a month replaces plan rows, but an unchanged file
has the same SHA-256, hence the same ``plan_key``, and keeps every grade.

**Final level** of a criterion (:func:`finalise`): the moderator's (latest) if there is one, else
the auditors' if they all agree, else the tool's, marked *needs moderation*.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import Any

from ehcaudit import agreement
from ehcaudit.store.codecs import mask, now, unpack_json
from ehcaudit.store.keys import plan_key
from ehcaudit.store.reader import LATEST_RUBRIC_CTE
from ehcaudit.store.schema import connect, connect_for_reading, rollback

ROLES = ("auditor", "moderator")
OVERALL = "overall"
STATUSES = ("not started", "graded", "needs moderation", "moderated")
MAX_NAME = 80
MAX_COMMENT = 2000


class GradeError(Exception):
    """A grade refused (``status`` is the HTTP status, the message one line)."""

    def __init__(self, message: str, status: int = 422):
        super().__init__(message)
        self.status = status


@dataclass
class PlanRecord:
    key: str
    month: str
    sha256: str
    rubric_id: str
    rubric_version: str
    plan_id: str
    source: str
    as_of: str
    result: dict  # {} when read without it
    scale: list[str]
    overall: dict = field(default_factory=dict)  # the tool's overall grade (plain columns)

    @property
    def tool_levels(self) -> dict[str, int | None]:
        levels = {c["id"]: c.get("level") for c in self.result.get("criteria", [])}
        levels[OVERALL] = (self.result.get("overall") or {}).get("level")
        return levels

    @property
    def n_levels(self) -> int:
        return len(self.scale) or 4


@dataclass
class Final:
    criterion: str
    tool_level: int | None
    final_level: int | None
    source: str  # "moderator", "auditors", "tool"
    needs_moderation: bool
    auditors: dict[str, int] = field(default_factory=dict)  # current auditor-role levels
    moderator: dict | None = None  # the current moderator grade

    @property
    def disagreement(self) -> bool:
        """Auditors differ with each other, or with the tool's level."""
        levels = set(self.auditors.values())
        return len(levels) > 1 or (self.tool_level is not None and bool(levels - {self.tool_level}))


def current(grades: list[dict]) -> list[dict]:
    """Each person's latest grade per criterion and role (grades in id order)."""
    latest: dict[tuple[str, str, str], dict] = {}
    for g in grades:
        latest[(g["criterion"], g["auditor"], g["role"])] = g
    return sorted(latest.values(), key=lambda g: g["id"])


def finalise(tool_levels: dict[str, int | None], grades: list[dict]) -> dict[str, Final]:
    """The final level of every criterion (and ``overall``): see the module docstring."""
    cur = current(grades)
    out: dict[str, Final] = {}
    for crit in list(tool_levels) + [g["criterion"] for g in cur if g["criterion"] not in tool_levels]:
        if crit in out:
            continue
        mine = [g for g in cur if g["criterion"] == crit]
        auditors = {g["auditor"]: g["level"] for g in mine if g["role"] == "auditor"}
        mods = [g for g in mine if g["role"] == "moderator"]
        tool = tool_levels.get(crit)
        if mods:
            m = mods[-1]
            out[crit] = Final(crit, tool, m["level"], "moderator", False, auditors, m)
        elif auditors and len(set(auditors.values())) == 1:
            out[crit] = Final(crit, tool, next(iter(auditors.values())), "auditors", False, auditors)
        else:
            out[crit] = Final(crit, tool, tool, "tool", len(auditors) > 1, auditors)
    return out


def status_of(finals: dict[str, Final], grades: list[dict]) -> str:
    if not grades:
        return "not started"
    if any(f.needs_moderation for f in finals.values()):
        return "needs moderation"
    if any(g["role"] == "moderator" for g in grades):
        return "moderated"
    return "graded"


_GRADE_COLS = ("id", "plan_key", "month", "criterion", "auditor", "role", "level", "comment", "created")
_SELECTED = LATEST_RUBRIC_CTE + """
    SELECT p.month, p.sha256, p.rubric_id, p.rubric_version, p.plan_id, p.source, p.as_of,
           {result}, COALESCE(r.scale, '[]'), p.score, p.level, p.label, p.rag
    FROM plans p JOIN latest l ON p.month = l.month AND p.rubric_id = l.rubric_id
      AND p.rubric_version = l.rubric_version
    LEFT JOIN runs r ON r.id = p.run_id
    WHERE p.month BETWEEN ? AND ? {extra}
    ORDER BY p.month, p.plan_id, p.sha256
"""


def shown_source(source: str) -> str:
    """What pages and the API show of a plan's path: its file name only, masked (folders can
    name a school or a child, as in the trend report)."""
    s = str(source or "")
    return mask(PureWindowsPath(s).name if "\\" in s else PurePosixPath(s).name)


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


class GradeStore:
    """The workspace's view of the store: read API, grades and the audit log.

    One instance per request (a short-lived connection): several browser tabs, the server's
    threads and an ``audit`` running at once each have their own, and SQLite's WAL journal
    with a 30-second busy timeout serialises the writes.
    """

    def __init__(self, path: str | Path, *, create: bool = False, write: bool = True):
        """``write=False`` opens the store read-only (``mode=ro``; a store of an older schema is
        upgraded first where it can be); ``write=True`` checks it is sound before any write."""
        self.path = Path(path)
        self.conn = connect(self.path, create=create) if write else connect_for_reading(self.path)
        self.conn.create_function("plan_key", 4, plan_key, deterministic=True)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> GradeStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # plans ---------------------------------------------------------------------------
    def _records(self, lo: str = "0000-00", hi: str = "9999-99", *, with_result: bool = True,
                 only: str | None = None, graded: bool = False) -> list[PlanRecord]:
        """Each month's current plans (those of its latest run's rubric), in plan order.
        The compressed results are decompressed only when wanted; ``only`` (a plan key) and
        ``graded`` (plans with a grade) filter in SQL, so a month of 20,000 plans costs little."""
        extra, args = "", [lo, hi]
        if only is not None:
            extra += " AND plan_key(p.month, p.sha256, p.rubric_id, p.rubric_version) = ?"
            args.append(only)
        if graded:
            extra += (" AND EXISTS (SELECT 1 FROM grades g WHERE g.month = p.month AND g.sha256 = p.sha256"
                      " AND g.rubric_id = p.rubric_id AND g.rubric_version = p.rubric_version)")
        sql = _SELECTED.replace("{result}", "p.result" if with_result else "NULL").replace("{extra}", extra)
        rows = self.conn.execute(sql, args).fetchall()
        out = []
        scales: dict[str, list[str]] = {}
        for month, sha, rid, rver, pid, source, as_of, result, scale, *overall in rows:
            key = plan_key(month, sha, rid, rver)
            if scale not in scales:
                scales[scale] = json.loads(scale)
            out.append(PlanRecord(key, month, sha, rid, rver, pid, source, as_of,
                                  unpack_json(result) if result is not None else {}, scales[scale],
                                  dict(zip(("score", "level", "label", "rag"), overall, strict=True))))
        return out

    def months(self) -> list[dict]:
        """``[{"month", "plans", "graded"}]``, oldest first (graded: plans with any grade)."""
        graded = {r[0] for r in self.conn.execute("SELECT DISTINCT plan_key FROM grades")}
        by_month: dict[str, dict] = {}
        for rec in self._records(with_result=False):
            m = by_month.setdefault(rec.month, {"month": rec.month, "plans": 0, "graded": 0})
            m["plans"] += 1
            m["graded"] += rec.key in graded
        return [by_month[m] for m in sorted(by_month)]

    def graded_records(self, lo: str = "0000-00", hi: str = "9999-99") -> list[PlanRecord]:
        """The current plans of months ``lo``..``hi`` that have at least one grade (with their
        results; the others' results are never decompressed)."""
        return self._records(lo, hi, graded=True)

    def month_records(self, month: str) -> list[PlanRecord]:
        return self._records(month, month)

    def plan(self, key: str) -> PlanRecord | None:
        """The plan with this key (among each month's current plans), or None."""
        if not re.fullmatch(r"[0-9a-f]{20}", key or ""):
            return None
        found = self._records(only=key)
        return found[0] if found else None

    def month_plans(self, month: str, status: str | None = None) -> list[dict]:
        """The month's plans with the tool's overall grade, who graded them and their status;
        ``status`` filters (one of :data:`STATUSES`)."""
        out = []
        grades = self.month_grades(month)
        graded = {rec.key: rec for rec in self.graded_records(month, month)}
        for rec in self._records(month, month, with_result=False):
            gs = grades.get(rec.key, [])
            finals = finalise(graded[rec.key].tool_levels, gs) if rec.key in graded else {}
            row = {"plan_key": rec.key, "plan_id": mask(rec.plan_id), "source": shown_source(rec.source),
                   "overall": rec.overall,
                   "auditors": sorted({g["auditor"] for g in gs if g["role"] == "auditor"}),
                   "status": status_of(finals, gs)}
            if status is None or row["status"] == status:
                out.append(row)
        return out

    # grades ----------------------------------------------------------------------------
    def _grade_rows(self, where: str, args: tuple) -> list[dict]:
        rows = self.conn.execute(
            f"SELECT {', '.join(_GRADE_COLS)} FROM grades WHERE {where} ORDER BY id", args).fetchall()
        return [dict(zip(_GRADE_COLS, r, strict=True)) for r in rows]

    def grades(self, key: str) -> list[dict]:
        """Every grade of the plan, oldest first (the full history)."""
        return self._grade_rows("plan_key = ?", (key,))

    def month_grades(self, month: str) -> dict[str, list[dict]]:
        out: dict[str, list[dict]] = {}
        for g in self._grade_rows("month = ?", (month,)):
            out.setdefault(g["plan_key"], []).append(g)
        return out

    def add_grade(self, key: str, auditor: Any, role: Any, criterion: Any, level: Any,
                  comment: Any = "") -> dict:
        """Validate and append one grade; returns it. Raises :class:`GradeError` (nothing
        stored) for an unknown plan or criterion, a level outside the scale, an empty name."""
        rec = self.plan(key)
        if rec is None:
            raise GradeError(f"no plan with key {str(key)[:40]!r} in the store", 404)
        if not isinstance(auditor, str) or not auditor.strip():
            raise GradeError("the auditor's name is empty")
        auditor = _one_line(auditor)
        if len(auditor) > MAX_NAME or any(ord(ch) < 32 for ch in auditor):
            raise GradeError(f"the auditor's name must be one line of at most {MAX_NAME} characters")
        if role not in ROLES:
            raise GradeError("role must be 'auditor' or 'moderator'")
        if not isinstance(criterion, str) or criterion not in rec.tool_levels:
            raise GradeError(f"unknown criterion {str(criterion)[:60]!r} for this plan's rubric "
                             f"({rec.rubric_id} {rec.rubric_version}); use a criterion id or 'overall'")
        if isinstance(level, bool) or not isinstance(level, int) or not 1 <= level <= rec.n_levels:
            raise GradeError(f"level must be a whole number from 1 to {rec.n_levels} (the rubric's scale)")
        if comment is None:
            comment = ""
        if not isinstance(comment, str):
            raise GradeError("comment must be text")
        if len(comment) > MAX_COMMENT:
            raise GradeError(f"comment is longer than {MAX_COMMENT} characters")
        comment = mask(comment.strip())
        if role == "moderator" and not comment:
            raise GradeError("a moderated level needs the reason (comment)")
        c = self.conn
        c.execute("BEGIN IMMEDIATE")
        try:
            cur = c.execute(
                "INSERT INTO grades (plan_key, month, sha256, rubric_id, rubric_version, criterion, auditor,"
                " role, level, comment, created) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                (rec.key, rec.month, rec.sha256, rec.rubric_id, rec.rubric_version, criterion, auditor,
                 role, level, comment, now()))
            c.execute("INSERT INTO workspace_log (time, user, action, detail) VALUES (?,?,?,?)",
                      (now(), auditor, "grade", f"plan {rec.key} {criterion} {role} level {level}"))
            c.execute("COMMIT")
        except BaseException:
            rollback(c)
            raise
        return self._grade_rows("id = ?", (cur.lastrowid,))[0]

    def log(self, user: str, action: str, detail: str = "") -> None:
        """One line in the workspace's audit log (logins, refusals)."""
        self.conn.execute("INSERT INTO workspace_log (time, user, action, detail) VALUES (?,?,?,?)",
                          (now(), _one_line(user)[:MAX_NAME], action, mask(_one_line(detail))[:500]))

    def audit_log(self, limit: int = 200) -> list[dict]:
        rows = self.conn.execute("SELECT time, user, action, detail FROM workspace_log ORDER BY id DESC"
                                 " LIMIT ?", (limit,)).fetchall()
        return [dict(zip(("time", "user", "action", "detail"), r, strict=True)) for r in rows]

    # results with final levels -----------------------------------------------------------
    def plan_json(self, rec: PlanRecord) -> dict:
        """The plan's result as in ``score --format json``, plus ``grades`` (full history),
        each criterion's ``final_level`` (and ``needs_moderation``), and ``overall.final_level``."""
        gs = self.grades(rec.key)
        finals = finalise(rec.tool_levels, gs)
        res = json.loads(json.dumps(rec.result))
        res["plan_id"], res["source"] = mask(res.get("plan_id", "")), shown_source(res.get("source", ""))
        for c in res.get("criteria", []):
            f = finals[c["id"]]
            c["final_level"], c["needs_moderation"] = f.final_level, f.needs_moderation
        fo = finals[OVERALL]
        res["overall"]["final_level"], res["overall"]["needs_moderation"] = fo.final_level, fo.needs_moderation
        res.update({"plan_key": rec.key, "month": rec.month, "scale": rec.scale,
                    "status": status_of(finals, gs), "grades": gs})
        return res

    # agreement -----------------------------------------------------------------------------
    def agreement(self, from_month: str, to_month: str | None = None) -> dict:
        """Tool vs auditors and auditor vs auditor for months ``from_month``..``to_month``:
        ``{"n", "exact", "kappa_quadratic", "per_criterion"}`` each (see :mod:`ehcaudit.agreement`)
        plus ``tool_disagrees``: criteria by how often the tool differs, with the comments."""
        to_month = to_month or from_month
        tool_pairs, rater_pairs, n_levels = [], [], 2
        notes: dict[str, dict] = {}
        for rec in self._records(from_month, to_month, with_result=False):
            n_levels = max(n_levels, rec.n_levels)
        for rec in self.graded_records(from_month, to_month):
            gs = [g for g in current(self.grades(rec.key)) if g["role"] == "auditor"]
            tools = rec.tool_levels
            by_crit: dict[str, list[dict]] = {}
            for g in gs:
                by_crit.setdefault(g["criterion"], []).append(g)
            for crit, cg in by_crit.items():
                tool = tools.get(crit)
                if tool is not None:
                    for g in cg:
                        tool_pairs.append((crit, tool, g["level"]))
                        n = notes.setdefault(crit, {"criterion": crit, "n": 0, "differ": 0, "comments": []})
                        n["n"] += 1
                        if g["level"] != tool:
                            n["differ"] += 1
                            if g["comment"]:
                                n["comments"].append({"auditor": g["auditor"], "plan_id": mask(rec.plan_id),
                                                      "tool_level": tool, "level": g["level"],
                                                      "comment": g["comment"]})
                cg = sorted(cg, key=lambda g: g["auditor"])
                for i in range(len(cg)):
                    for j in range(i + 1, len(cg)):
                        rater_pairs.append((crit, cg[i]["level"], cg[j]["level"]))
        disagree = sorted((n for n in notes.values() if n["differ"]),
                          key=lambda n: (-n["differ"] / n["n"], -n["differ"], n["criterion"]))
        return {"month": from_month if from_month == to_month else f"{from_month}..{to_month}",
                "from": from_month, "to": to_month, "levels": n_levels,
                "tool_vs_auditors": agreement.by_criterion(tool_pairs, n_levels),
                "between_auditors": agreement.by_criterion(rater_pairs, n_levels),
                "tool_disagrees": disagree}


def final_rows(store_path: str | Path, from_month: str | None = None,
               to_month: str | None = None) -> list[dict]:
    """For the trend report: one row per criterion (and ``overall``) of every plan with a grade:
    ``month, sha256, plan_id, criterion, tool_level, final_level, source, needs_moderation``.
    A plan nobody graded has none: its final levels are the tool's. An older store (before
    schema 6) is upgraded on opening."""
    out = []
    with GradeStore(store_path, write=False) as gs:
        for rec in gs.graded_records(from_month or "0000-00", to_month or "9999-99"):
            for crit, f in finalise(rec.tool_levels, gs.grades(rec.key)).items():
                out.append({"month": rec.month, "sha256": rec.sha256, "plan_id": rec.plan_id,
                            "criterion": crit, "tool_level": f.tool_level, "final_level": f.final_level,
                            "source": f.source, "needs_moderation": f.needs_moderation})
    return out


def agreement_by_month(store_path: str | Path, from_month: str | None = None,
                       to_month: str | None = None) -> list[dict]:
    """For the trend report: :meth:`GradeStore.agreement` of each month with plans."""
    with GradeStore(store_path, write=False) as gs:
        months = [m["month"] for m in gs.months()
                  if (from_month or "0000-00") <= m["month"] <= (to_month or "9999-99")]
        return [gs.agreement(m) for m in months]
