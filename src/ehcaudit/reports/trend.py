"""Trend reports across monthly audits: HTML (one self-contained page), Excel and CSV.

The input is the store's :class:`AuditFrames` (``ehcaudit.store.load_frames``): pandas
DataFrames ``plans``, ``areas``, ``criteria``, ``findings``, ``cross``, ``runs``, ``errors``
and optionally ``scale``. Everything here only reads those frames; it never opens a plan, so
a report can only show what the store holds (quotes already masked by the pipeline). Source
paths are cut to the file name: a report names a plan by its ``plan_id`` and file name.

:func:`build_trend` does the arithmetic (pandas) and returns a :class:`Trend` of tables;
:func:`write_html`, :func:`write_xlsx` and :func:`write_csvs` write them;
:func:`write_trend` writes all three.

Good or better: a plan whose overall level is at or above the first level the scale shows
green (Good on the default scale). The 95% interval on a share is the Wilson score interval,
which behaves well for the small samples (10-20 plans) a monthly audit scores.
"""

from __future__ import annotations

import datetime as dt
import io
import math
import re
from collections.abc import Iterable
from copy import copy
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import Any

import pandas as pd

from ehcaudit.reports import trend_grades
from ehcaudit.reports.atomic import remove_stale_parts, replacing, write_text
from ehcaudit.reports.cells import safe_cell, safe_frame
from ehcaudit.teams import safe_team

#: A share computed from fewer plans than this is flagged "treat with caution".
SMALL_N = 10
#: z for a two-sided 95% interval.
Z95 = 1.959963984540054
#: How many criteria the "biggest movers" lists show.
MOVERS = 5
#: Reasons shown for each inadequate plan.
REASONS = 3
#: At most this many inadequate plans and cross-plan findings are listed in the HTML report
#: (worst first; the Excel and CSV files have them all).
SHOWN = 50
#: Quotes are clipped to this many characters in the HTML report (never in Excel/CSV).
CLIP = 240
#: At most this many months in one report (ten years); more is a month stored by mistake
#: (``ehcaudit store delete-month`` removes it) or needs ``--from``/``--to``.
MAX_MONTHS = 120

DIMENSIONS = (("key_stage", "Key stage"), ("need", "Primary need"), ("setting", "Setting"),
              ("team", "Team"))
NOT_RECORDED = "Not recorded"


@dataclass(frozen=True)
class Level:
    level: int
    label: str
    rag: str
    min_score: float | None = None


DEFAULT_SCALE = (
    Level(1, "Inadequate", "red", 0.0),
    Level(2, "Requires improvement", "amber", 45.0),
    Level(3, "Good", "green", 70.0),
    Level(4, "Outstanding", "green", 88.0),
)


def normalise_scale(scale: Any) -> tuple[Level, ...]:
    """The scale, lowest level first, from whatever the store gives (or the default).

    Accepts ``None``, a list of labels, a list of dicts/objects with ``label`` (and ``rag``,
    ``min_score``), or a DataFrame with those columns.
    """
    if scale is None:
        return DEFAULT_SCALE
    if isinstance(scale, pd.DataFrame):
        if scale.empty:
            return DEFAULT_SCALE
        if "level" in scale.columns:
            scale = scale.sort_values("level")
        scale = scale.to_dict("records")
    items = list(scale)
    if not items:
        return DEFAULT_SCALE
    defaults = {lv.label.lower(): lv for lv in DEFAULT_SCALE}
    out: list[Level] = []
    for i, item in enumerate(items, start=1):
        if isinstance(item, str):
            label, rag, min_score = item, None, None
        elif isinstance(item, dict):
            label, rag, min_score = str(item.get("label")), item.get("rag"), item.get("min_score")
        else:
            label = getattr(item, "label", str(item))
            rag, min_score = getattr(item, "rag", None), getattr(item, "min_score", None)
        known = defaults.get(str(label).lower())
        if rag is None:
            rag = known.rag if known else ("red" if i == 1 else "green" if i > len(items) / 2
                                           else "amber")
        if min_score is None or (isinstance(min_score, float) and math.isnan(min_score)):
            min_score = known.min_score if known else None
        out.append(Level(i, str(label), str(rag), None if min_score is None else float(min_score)))
    return tuple(out)


def good_level(scale: tuple[Level, ...]) -> int:
    """The lowest level that counts as good or better: the first the scale shows green."""
    for lv in scale:
        if lv.rag == "green":
            return lv.level
    return len(scale) // 2 + 1


def level_for_score(score: float | None, scale: tuple[Level, ...]) -> Level | None:
    """The highest level whose lowest score ``score`` reaches (None without thresholds)."""
    if score is None or (isinstance(score, float) and math.isnan(score)):
        return None
    if any(lv.min_score is None for lv in scale):
        return None
    best = None
    for lv in scale:
        if lv.min_score is not None and score + 1e-9 >= lv.min_score:
            best = lv
    return best


def wilson_interval(k: int, n: int, z: float = Z95) -> tuple[float, float]:
    """Wilson score interval for ``k`` successes in ``n`` trials, as proportions (0-1).

    ``(p + z²/2n ± z·sqrt(p(1-p)/n + z²/4n²)) / (1 + z²/n)``; ``(nan, nan)`` when n is 0.
    """
    if n <= 0:
        return (math.nan, math.nan)
    p = k / n
    z2 = z * z
    denom = 1 + z2 / n
    centre = (p + z2 / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denom
    lo = 0.0 if k == 0 else max(0.0, centre - half)  # exact at the ends (no rounding dust)
    hi = 1.0 if k == n else min(1.0, centre + half)
    return (lo, hi)


# -- months -----------------------------------------------------------------------------------

MONTH_RE = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


def is_month(value: str) -> bool:
    return bool(MONTH_RE.match(value or ""))


def shift_month(month: str, delta: int) -> str:
    return str(pd.Period(month, freq="M") + delta)


def months_between(first: str, last: str) -> int:
    """Whole months from ``first`` to ``last`` (YYYY-MM), without building the range."""
    (y1, m1), (y2, m2) = (map(int, first.split("-")), map(int, last.split("-")))
    return (y2 - y1) * 12 + (m2 - m1)


def month_range(first: str, last: str) -> list[str]:
    return [str(p) for p in pd.period_range(first, last, freq="M")]


def month_name(month: str) -> str:
    """'2026-03' -> 'March 2026'."""
    return pd.Period(month, freq="M").strftime("%B %Y")


def month_short(month: str) -> str:
    """'2026-03' -> 'Mar 2026'."""
    return pd.Period(month, freq="M").strftime("%b %Y")


def file_name(source: Any) -> str:
    """Only the file name of a source path (no folders: they can name children or schools)."""
    if source is None or (isinstance(source, float) and math.isnan(source)):
        return ""
    s = str(source)
    return PureWindowsPath(s).name if "\\" in s else PurePosixPath(s).name


# -- the trend ---------------------------------------------------------------------------------

@dataclass
class Trend:
    """Every table of the report, for months ``from_month`` .. ``to_month``."""

    from_month: str
    to_month: str
    months: list[str]
    scale: tuple[Level, ...]
    good_level: int
    summary: pd.DataFrame  # one row per month
    areas: pd.DataFrame  # month x area: mean score
    criteria: pd.DataFrame  # month x criterion: pass rate
    criteria_now: pd.DataFrame  # the latest month, with changes
    movers_1: pd.DataFrame  # biggest movers since last month
    movers_3: pd.DataFrame  # ... since three months ago
    breakdowns: dict[str, pd.DataFrame]
    inadequate: list[dict]
    plans: pd.DataFrame
    findings: pd.DataFrame
    cross: pd.DataFrame
    runs: pd.DataFrame
    errors: pd.DataFrame
    notes: list[str] = field(default_factory=list)
    agreement: pd.DataFrame = field(default_factory=pd.DataFrame)  # the audit group's (trend_grades)

    @property
    def last_month(self) -> str:
        return shift_month(self.to_month, -1)

    @property
    def three_back(self) -> str:
        return shift_month(self.to_month, -3)


class TrendError(Exception):
    """The frames hold nothing to report on (reason is one line)."""


def _frame(frames: Any, name: str, columns: Iterable[str]) -> pd.DataFrame:
    df = getattr(frames, name, None)
    if df is None:
        df = pd.DataFrame(columns=list(columns))
    df = df.copy()
    for c in columns:
        if c not in df.columns:
            df[c] = pd.NA
    if "month" in df.columns:
        df["month"] = df["month"].astype("string")
    return df


PLAN_COLS = ("month", "sha256", "plan_id", "source", "as_of", "rubric_id", "rubric_version",
             "score", "level", "label", "rag", "key_stage", "need", "setting", "team", "privacy")
AREA_COLS = ("month", "sha256", "plan_id", "area", "title", "score", "level", "label", "rag")
CRIT_COLS = ("month", "sha256", "plan_id", "criterion", "area", "title", "applicable", "level",
             "label", "rag")
FIND_COLS = ("month", "sha256", "plan_id", "criterion", "area", "kind", "section", "location",
             "quote", "message")
CROSS_COLS = ("month", "kind", "text", "plans", "count")
RUN_COLS = ("run_id", "started", "finished", "month", "rubric_id", "rubric_version",
            "tool_version", "plans_scored", "plans_reused", "errors", "status")
ERR_COLS = ("run_id", "month", "source", "error")


def _in(df: pd.DataFrame, months: list[str]) -> pd.DataFrame:
    return df[df["month"].isin(months)]


def store_months(frames: Any) -> list[str]:
    plans = _frame(frames, "plans", PLAN_COLS)
    return sorted(m for m in plans["month"].dropna().unique() if is_month(str(m)))


def build_trend(frames: Any, from_month: str | None = None, to_month: str | None = None) -> Trend:
    """All the report's tables. Raises :class:`TrendError` when there is nothing to report."""
    scale = normalise_scale(getattr(frames, "scale", None))
    good = good_level(scale)
    plans = _frame(frames, "plans", PLAN_COLS)
    areas = _frame(frames, "areas", AREA_COLS)
    crits = _frame(frames, "criteria", CRIT_COLS)
    finds = _frame(frames, "findings", FIND_COLS)
    cross = _frame(frames, "cross", CROSS_COLS)
    runs = _frame(frames, "runs", RUN_COLS)
    errors = _frame(frames, "errors", ERR_COLS)

    # a team that is a person's name (from a plan, or a store written before) is never shown
    plans["team"] = plans["team"].map(safe_team, na_action="ignore")
    present = store_months(frames)
    if not present:
        if from_month or to_month:
            raise TrendError(f"no audited plans from {from_month or 'the first month'} to "
                             f"{to_month or 'the latest'}")
        raise TrendError("no audited plans in the store (run ehcaudit audit first)")
    to = to_month or present[-1]
    first = from_month or present[0]
    if first > to:
        raise TrendError(f"no audited plans from {first} (the latest month in the store is "
                         f"{present[-1]})")
    span = months_between(first, to) + 1
    if span > MAX_MONTHS:
        raise TrendError(f"the report would cover {span} months ({first} to {to}), more than "
                         f"{MAX_MONTHS}: choose fewer with --from and --to, or remove a month "
                         "stored by mistake with `ehcaudit store delete-month`")
    months = month_range(first, to)
    if not set(months) & set(present):
        raise TrendError(f"no audited plans from {first} to {to} (the store has "
                         f"{present[0]} to {present[-1]})")
    # Months used for comparisons ("since last month", "three months ago") may precede the range.
    wide = sorted(set(months) | {shift_month(to, -1), shift_month(to, -3)})

    # One row per plan per month (a re-audit under a newer rubric version replaces the older).
    plans = _in(plans, wide).copy()
    plans["score"] = pd.to_numeric(plans["score"], errors="coerce")
    plans["level"] = pd.to_numeric(plans["level"], errors="coerce")
    plans["privacy"] = pd.to_numeric(plans["privacy"], errors="coerce").fillna(0).astype(int)
    plans = (plans.sort_values(["month", "rubric_version", "as_of"], na_position="first")
             .drop_duplicates(["month", "sha256"], keep="last"))
    plans["good"] = plans["level"] >= good
    areas = _in(areas, wide).drop_duplicates(["month", "sha256", "area"], keep="last").copy()
    areas["score"] = pd.to_numeric(areas["score"], errors="coerce")
    crits = _in(crits, wide).drop_duplicates(["month", "sha256", "criterion"], keep="last").copy()
    crits["level"] = pd.to_numeric(crits["level"], errors="coerce")
    crits["applicable"] = crits["applicable"].fillna(False).astype(bool) & crits["level"].notna()
    finds = _in(finds, months).drop_duplicates().copy()
    # the audit group's grades: final levels beside the tool's (ehcaudit.reports.trend_grades)
    plans = trend_grades.with_plan_levels(plans, frames)
    crits = trend_grades.with_final_levels(crits, frames)

    t = Trend(
        from_month=first, to_month=to, months=months, scale=scale, good_level=good,
        summary=summary_table(plans, months, scale, good, cross, runs, errors),
        areas=area_table(areas, months, scale),
        criteria=criterion_table(crits, wide, good),
        criteria_now=pd.DataFrame(), movers_1=pd.DataFrame(), movers_3=pd.DataFrame(),
        breakdowns={},
        inadequate=inadequate_plans(plans, crits, finds, to, scale),
        plans=plans_table(_in(plans, months), _in(areas, months)),
        findings=findings_table(finds, crits),
        cross=cross_table(_in(cross, months)),
        runs=runs_table(_in(runs, months)),
        errors=errors_table(_in(errors, months)),
    )
    t.criteria_now = criteria_overview(t.criteria, to)
    t.agreement = _in(trend_grades.agreement_table(frames), months).reset_index(drop=True)
    t.movers_1 = movers(t.criteria, to, shift_month(to, -1))
    t.movers_3 = movers(t.criteria, to, shift_month(to, -3))
    in_range = _in(plans, months)
    now = in_range[in_range["month"] == to]
    t.breakdowns = {dim: breakdown(in_range, now, dim) for dim, _ in DIMENSIONS}
    if now.empty:
        t.notes.append(f"No plans were audited in {month_name(to)}.")
    return t


def share(k: int, n: int) -> tuple[float, float, float]:
    """Percentage and its 95% Wilson interval, in percent (nan when n is 0)."""
    lo, hi = wilson_interval(k, n)
    pct = 100.0 * k / n if n else math.nan
    return pct, 100.0 * lo, 100.0 * hi


def label_key(label: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", label.lower()).strip("_")


def summary_table(plans, months, scale, good, cross, runs, errors) -> pd.DataFrame:
    rows = []
    for m in months:
        p = plans[plans["month"] == m]
        n = len(p)
        k = int(p["good"].sum())
        pct, lo, hi = share(k, n)
        row: dict[str, Any] = {"month": m, "plans": n,
                               "mean_score": round(p["score"].mean(), 1) if n else math.nan}
        for lv in reversed(scale):
            row[label_key(lv.label)] = int((p["level"] == lv.level).sum())
        row.update({
            "good_or_better": k, "pct_good_or_better": round(pct, 1),
            "ci95_low": round(lo, 1), "ci95_high": round(hi, 1),
            "caution": "small sample" if 0 < n < SMALL_N else ("no plans" if n == 0 else ""),
            "plans_with_identifiers": int((p["privacy"] > 0).sum()),
            "copy_paste": int((cross[(cross["month"] == m)]["kind"] == "copy_paste").sum()),
            "wrong_name": int((cross[(cross["month"] == m)]["kind"] == "wrong_name").sum()),
            "unreadable": int((errors["month"] == m).sum()),
        })
        rows.append(row)
    return pd.DataFrame(rows)


def area_table(areas: pd.DataFrame, months: list[str], scale) -> pd.DataFrame:
    a = _in(areas, months).dropna(subset=["score"])
    cols = ["month", "area", "title", "plans", "mean_score", "label", "rag"]
    if a.empty:
        return pd.DataFrame(columns=cols)
    order = list(pd.unique(a["area"]))
    titles = a.groupby("area")["title"].agg(lambda s: next((x for x in s if isinstance(x, str)
                                                            and x), None))
    g = a.groupby(["month", "area"])["score"].agg(["count", "mean"]).reset_index()
    g.columns = ["month", "area", "plans", "mean_score"]
    g["title"] = g["area"].map(titles).fillna(g["area"])
    g["mean_score"] = g["mean_score"].round(1)
    lv = g["mean_score"].map(lambda s: level_for_score(s, scale))
    g["label"] = lv.map(lambda x: x.label if x else None)
    g["rag"] = lv.map(lambda x: x.rag if x else None)
    g["_o"] = g["area"].map({k: i for i, k in enumerate(order)})
    return g.sort_values(["month", "_o"])[cols].reset_index(drop=True)


def criterion_table(crits: pd.DataFrame, months: list[str], good: int) -> pd.DataFrame:
    cols = ["month", "criterion", "area", "title", "applicable", "good_or_better", "pass_rate",
            "moderated_good_or_better", "moderated_pass_rate"]
    c = _in(crits, months)
    c = c[c["applicable"]]
    if c.empty:
        return pd.DataFrame(columns=cols)
    order = {k: i for i, k in enumerate(pd.unique(crits["criterion"]))}
    final = c["final_level"] if "final_level" in c else c["level"]
    c = c.assign(passed=c["level"] >= good, mpassed=final >= good)
    g = c.groupby(["month", "criterion"]).agg(
        area=("area", "first"), title=("title", "first"),
        applicable=("passed", "size"), good_or_better=("passed", "sum"),
        moderated_good_or_better=("mpassed", "sum")).reset_index()
    g["good_or_better"] = g["good_or_better"].astype(int)
    g["pass_rate"] = (100.0 * g["good_or_better"] / g["applicable"]).round(1)
    g["moderated_good_or_better"] = g["moderated_good_or_better"].astype(int)
    g["moderated_pass_rate"] = (100.0 * g["moderated_good_or_better"] / g["applicable"]).round(1)
    g["_o"] = g["criterion"].map(order)
    return g.sort_values(["month", "_o"])[cols].reset_index(drop=True)


def criteria_overview(ct: pd.DataFrame, to: str) -> pd.DataFrame:
    """The latest month's pass rates beside last month's and three months ago."""
    cols = ["criterion", "area", "title", "applicable", "pass_rate", "pass_rate_last_month",
            "change_last_month", "pass_rate_3_months_ago", "change_3_months"]
    now = ct[ct["month"] == to]
    if now.empty:
        return pd.DataFrame(columns=cols)
    out = now[["criterion", "area", "title", "applicable", "pass_rate"]].copy()
    for back, rate_col, change_col in ((1, "pass_rate_last_month", "change_last_month"),
                                       (3, "pass_rate_3_months_ago", "change_3_months")):
        then = ct[ct["month"] == shift_month(to, -back)].set_index("criterion")["pass_rate"]
        out[rate_col] = out["criterion"].map(then)
        out[change_col] = (out["pass_rate"] - out[rate_col]).round(1)
    return out[cols].reset_index(drop=True)


def movers(ct: pd.DataFrame, to: str, then: str, top: int = MOVERS) -> pd.DataFrame:
    """Criteria whose pass rate changed most between ``then`` and ``to`` (both months with
    applicable plans), largest absolute change first; ties by criterion order."""
    cols = ["criterion", "title", "applicable_then", "pass_rate_then", "applicable_now",
            "pass_rate_now", "change"]
    a = ct[ct["month"] == then].set_index("criterion")
    b = ct[ct["month"] == to].set_index("criterion")
    common = [c for c in b.index if c in a.index]
    if not common:
        return pd.DataFrame(columns=cols)
    df = pd.DataFrame({
        "criterion": common,
        "title": [b.at[c, "title"] for c in common],
        "applicable_then": [int(a.at[c, "applicable"]) for c in common],
        "pass_rate_then": [a.at[c, "pass_rate"] for c in common],
        "applicable_now": [int(b.at[c, "applicable"]) for c in common],
        "pass_rate_now": [b.at[c, "pass_rate"] for c in common],
    })
    df["change"] = (df["pass_rate_now"] - df["pass_rate_then"]).round(1)
    df = df[df["change"] != 0]
    df = df.assign(_abs=df["change"].abs(), _o=range(len(df)))
    return df.sort_values(["_abs", "_o"], ascending=[False, True]).head(top)[cols] \
        .reset_index(drop=True)


def breakdown(period: pd.DataFrame, now: pd.DataFrame, dim: str) -> pd.DataFrame:
    """n, mean score and % good or better by ``dim``, for the latest month and the period."""
    def stats(df: pd.DataFrame, prefix: str) -> pd.DataFrame:
        if df.empty:
            return pd.DataFrame(columns=[f"{prefix}plans", f"{prefix}mean_score",
                                         f"{prefix}pct_good_or_better"])
        keyed = df.assign(_v=df[dim].where(df[dim].notna() & (df[dim].astype("string") != ""),
                                           NOT_RECORDED).astype(str))
        g = keyed.groupby("_v").agg(n=("score", "size"), mean=("score", "mean"),
                                    k=("good", "sum"))
        return pd.DataFrame({
            f"{prefix}plans": g["n"].astype(int),
            f"{prefix}mean_score": g["mean"].round(1),
            f"{prefix}pct_good_or_better": (100.0 * g["k"] / g["n"]).round(1),
        })
    out = stats(now, "month_").join(stats(period, "period_"), how="outer")
    out.index.name = dim
    out = out.reset_index()
    out["month_plans"] = out["month_plans"].fillna(0).astype(int)
    out["_nr"] = out[dim] == NOT_RECORDED
    return (out.sort_values(["_nr", "period_plans", dim], ascending=[True, False, True])
            .drop(columns="_nr").reset_index(drop=True))


def _clip(text: Any, limit: int = CLIP) -> str:
    if text is None or (isinstance(text, float) and math.isnan(text)) or text is pd.NA:
        return ""
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def inadequate_plans(plans, crits, finds, to, scale) -> list[dict]:
    """The latest month's plans at the lowest level, each with its weakest criteria and a
    quoted finding (with location) for each."""
    lowest = scale[0].level
    below_good = good_level(scale)
    out = []
    bad = plans[(plans["month"] == to) & (plans["level"] == lowest)].sort_values(["score",
                                                                                  "plan_id"])
    order = {k: i for i, k in enumerate(pd.unique(crits["criterion"]))}
    for _, p in bad.iterrows():
        pc = crits[(crits["month"] == to) & (crits["sha256"] == p["sha256"]) & crits["applicable"]
                   & (crits["level"] < below_good)]
        pc = pc.assign(_o=pc["criterion"].map(order)).sort_values(["level", "_o"]).head(REASONS)
        reasons = []
        for _, c in pc.iterrows():
            f = finds[(finds["sha256"] == p["sha256"]) & (finds["month"] == to)
                      & (finds["criterion"] == c["criterion"])]
            issues = f[f["kind"] != "evidence"]
            quoted = issues[issues["quote"].fillna("").astype(str).str.strip() != ""]
            pick = quoted.iloc[0] if len(quoted) else (issues.iloc[0] if len(issues) else None)
            reasons.append({
                "criterion": c["criterion"], "title": c["title"], "label": c["label"],
                "rag": c["rag"],
                "quote": _clip(pick["quote"]) if pick is not None else "",
                "location": _clip(pick["location"]) if pick is not None else "",
                "message": _clip(pick["message"]) if pick is not None else "",
            })
        out.append({"plan_id": p["plan_id"], "file": file_name(p["source"]),
                    "score": p["score"], "label": p["label"], "rag": p["rag"],
                    "team": p["team"] if isinstance(p["team"], str) else "",
                    "reasons": reasons})
    return out


def plans_table(plans: pd.DataFrame, areas: pd.DataFrame) -> pd.DataFrame:
    cols = ["month", "plan_id", "file", "as_of", "rubric_version", "score", "label", "rag",
            "tool_level", "moderated_level", "key_stage", "need", "setting", "team", "identifiers_masked"]
    p = plans.assign(file=plans["source"].map(file_name), identifiers_masked=plans["privacy"])
    p = p.sort_values(["month", "plan_id"])[cols + ["sha256"]]
    if not areas.empty:
        wide = areas.pivot_table(index=["month", "sha256"], columns="area", values="score",
                                 aggfunc="first")
        order = [a for a in pd.unique(areas["area"]) if a in wide.columns]
        wide = wide[order].round(1)
        wide.columns = [f"area_{a}" for a in wide.columns]
        p = p.merge(wide.reset_index(), on=["month", "sha256"], how="left")
    return p.drop(columns="sha256").reset_index(drop=True)


def findings_table(finds: pd.DataFrame, crits: pd.DataFrame) -> pd.DataFrame:
    cols = ["month", "plan_id", "criterion", "area", "criterion_label", "criterion_rag", "kind",
            "section", "location", "quote", "message"]
    c = crits[["month", "sha256", "criterion", "label", "rag"]].rename(
        columns={"label": "criterion_label", "rag": "criterion_rag"})
    f = finds.merge(c, on=["month", "sha256", "criterion"], how="left")
    order = {k: i for i, k in enumerate(pd.unique(crits["criterion"]))}
    f = f.assign(_o=f["criterion"].map(order))
    return f.sort_values(["month", "plan_id", "_o"], kind="stable")[cols].reset_index(drop=True)


def cross_table(cross: pd.DataFrame) -> pd.DataFrame:
    cols = ["month", "kind", "count", "plans", "text"]
    c = cross.copy()
    c["count"] = pd.to_numeric(c["count"], errors="coerce")
    return c.sort_values(["month", "kind", "count"], ascending=[False, True, False])[cols] \
        .reset_index(drop=True)


def runs_table(runs: pd.DataFrame) -> pd.DataFrame:
    return runs.sort_values("started", ascending=False)[list(RUN_COLS)].reset_index(drop=True)


def errors_table(errors: pd.DataFrame) -> pd.DataFrame:
    e = errors.assign(file=errors["source"].map(file_name))
    return e.sort_values(["month", "file"])[["month", "run_id", "file", "error"]] \
        .reset_index(drop=True)


# -- headers shown to people (CSV keeps the snake_case names) ----------------------------------

HEADERS = {
    "month": "Month", "plans": "Plans audited", "mean_score": "Mean score",
    "good_or_better": "Good or better", "pct_good_or_better": "% good or better",
    "ci95_low": "95% interval: low", "ci95_high": "95% interval: high", "caution": "Caution",
    "plans_with_identifiers": "Plans with identifiers (masked)",
    "copy_paste": "Copy-paste findings", "wrong_name": "Wrong-name findings",
    "unreadable": "Unreadable files", "area": "Area ID", "title": "Title", "label": "Grade",
    "rag": "RAG", "criterion": "Criterion", "applicable": "Applicable plans",
    "pass_rate": "Pass rate %", "plan_id": "Plan", "file": "File", "as_of": "As of",
    "rubric_version": "Rubric version", "score": "Score", "key_stage": "Key stage",
    "need": "Primary need", "setting": "Setting", "team": "Team",
    "identifiers_masked": "Identifiers masked", "criterion_label": "Criterion grade",
    "criterion_rag": "Criterion RAG", "kind": "Kind", "section": "Section",
    "location": "Location", "quote": "Quote", "message": "Why", "count": "Plans",
    "text": "Text", "run_id": "Run", "started": "Started", "finished": "Finished",
    "rubric_id": "Rubric", "tool_version": "Tool version", "plans_scored": "Plans scored",
    "plans_reused": "Plans reused", "errors": "Errors", "status": "Status", "error": "Reason",
    "month_plans": "Plans this month", "month_mean_score": "Mean score this month",
    "month_pct_good_or_better": "% good or better this month",
    "period_plans": "Plans in period", "period_mean_score": "Mean score in period",
    "period_pct_good_or_better": "% good or better in period",
    "tool_level": "Tool's level", "moderated_level": "Moderated level",
    "moderated_good_or_better": "Good or better (moderated)",
    "moderated_pass_rate": "Pass rate % (moderated)", "comparison": "Comparison",
    "pairs": "Pairs", "exact": "Exact agreement %", "kappa_quadratic": "Kappa (quadratic)",
}

#: Headers that differ by table.
TABLE_HEADERS = {"cross": {"count": "Number of plans", "plans": "Which plans"}}


def _header(col: str, table: str, t: Trend) -> str:
    """The header people see for ``col`` of ``table`` (CSV files keep ``col`` itself)."""
    if col in TABLE_HEADERS.get(table, {}):
        return TABLE_HEADERS[table][col]
    for lv in t.scale:
        if col == label_key(lv.label) and table == "summary":
            return lv.label
    if col.startswith("area_"):
        area = col[len("area_"):]
        titles = t.areas.drop_duplicates("area").set_index("area")["title"]
        return f"Area: {titles.get(area, area)}"
    return HEADERS.get(col, col)


#: (grade column, RAG column) pairs that get a RAG fill in Excel.
RAG_PAIRS = (("label", "rag"), ("criterion_label", "criterion_rag"))


def _tables(t: Trend) -> dict[str, pd.DataFrame]:
    """The tables written to Excel sheets and CSV files, by name."""
    return {
        "summary": t.summary, "areas": t.areas, "criteria": t.criteria[
            t.criteria["month"].isin(t.months)].reset_index(drop=True),
        "plans": t.plans, "findings": t.findings, "cross": t.cross, "runs": t.runs,
        "errors": t.errors, "agreement": t.agreement,
    }


SHEETS = {"summary": "Summary", "areas": "Areas", "criteria": "Criteria", "plans": "Plans",
          "findings": "Findings", "cross": "Cross-plan", "runs": "Runs", "errors": "Errors",
          "agreement": "Agreement"}


def write_csvs(t: Trend, out_dir: Path) -> list[Path]:
    """``trend-<to>-<table>.csv`` for each table (UTF-8, snake_case headers)."""
    written = []
    for name, df in _tables(t).items():
        path = out_dir / f"trend-{t.to_month}-{name}.csv"
        with replacing(path) as tmp:  # text cells are data, never formulas (reports.cells)
            safe_frame(df).to_csv(tmp, index=False, encoding="utf-8")
        written.append(path)
    return written


#: Rows per sheet. Excel's own limit is 1,048,576, but a sheet far past 100,000 rows is slow
#: to write (openpyxl: ~40,000 cells a second on a busy 2-core laptop) and to use; beyond this
#: the sheet ends with a note and the CSV file keeps every row (benchmarks/trend/run.py).
XL_MAX_ROWS = 100_000
# Excel's own conditional-format colours: a light fill with dark text of the same hue.
XL_FILL = {"red": ("FFC7CE", "9C0006"), "amber": ("FFEB9C", "9C5700"), "green": ("C6EFCE", "006100")}


#: Characters an Excel (XML) file cannot hold: openpyxl's ILLEGAL_CHARACTERS_RE.
_XL_ILLEGAL = re.compile(r"[\000-\010]|[\013-\014]|[\016-\037]")

WRAP_COLS = ("quote", "message", "text", "title", "location", "error")


def _cell_value(v: Any) -> Any:
    """A value as an Excel cell holds it: text made safe (never a formula), numbers as they
    are (:mod:`ehcaudit.reports.cells`)."""
    if v is None or v is pd.NA or (isinstance(v, float) and math.isnan(v)):
        return None
    if hasattr(v, "item"):  # numpy scalars
        v = v.item()
    if isinstance(v, dt.datetime) and v.tzinfo is not None:
        return v.isoformat()  # Excel has no time zones
    if isinstance(v, str):  # control characters XML cannot hold would stop the whole file
        v = _XL_ILLEGAL.sub("\ufffd", v)
    return safe_cell(v)


def write_xlsx(t: Trend, path: Path) -> Path:
    """One workbook: Summary, Areas, Criteria, Plans, Findings (+ Cross-plan, Runs, Errors).

    Each sheet: bold frozen header row, autofilter over the table, column widths from the
    content (capped), and every grade cell filled red/amber/green *and* holding its label.
    Written with openpyxl's streaming (write-only) workbook and shared styles, so a year of
    a large caseload's findings is written in seconds, not minutes.
    """
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    bold = Font(bold=True)
    top_wrap = Alignment(wrap_text=True, vertical="top")
    rag_style = {rag: (PatternFill("solid", start_color=bg, end_color=bg),
                       Font(color=fg, bold=True)) for rag, (bg, fg) in XL_FILL.items()}

    wb = Workbook(write_only=True)
    for name, df in _tables(t).items():
        more = max(0, len(df) - XL_MAX_ROWS)
        if more:  # Excel's sheet limit; the CSV file keeps every row
            df = df.head(XL_MAX_ROWS)
        ws = wb.create_sheet(SHEETS[name])
        cols = list(df.columns)
        ncol = max(1, len(cols))
        ws.freeze_panes = "A2"
        ws.auto_filter.ref = f"A1:{get_column_letter(ncol)}{max(1, len(df) + 1)}"
        headers = [safe_cell(_header(c, name, t)) for c in cols]
        for i, col in enumerate(cols, start=1):
            sample = df[col].head(500).map(lambda v: "" if _cell_value(v) is None else str(v))
            longest = max([len(headers[i - 1])] + [len(v) for v in sample])
            ws.column_dimensions[get_column_letter(i)].width = min(60, max(8, longest + 2))
        head = []
        for h in headers:
            c = WriteOnlyCell(ws, value=h)
            c.font, c.alignment = bold, top_wrap
            head.append(c)
        ws.append(head)
        rag_of = {}  # column index -> index of the RAG column that colours it
        for label_col, rag_col in RAG_PAIRS:
            if label_col in cols and rag_col in cols:
                rag_of[cols.index(label_col)] = cols.index(rag_col)
                rag_of[cols.index(rag_col)] = cols.index(rag_col)
        wrap = {i for i, c in enumerate(cols) if c in WRAP_COLS}
        # One styled cell per style; each data cell copies its style array (what openpyxl's
        # own copy_worksheet does) instead of looking the style objects up again per cell.
        styled = {}
        for rag, (fill, font) in rag_style.items():
            c = WriteOnlyCell(ws)
            c.fill, c.font = fill, font
            styled[rag] = c._style  # type: ignore[attr-defined]  # (private: not in openpyxl's stubs)
        c = WriteOnlyCell(ws)
        c.alignment = top_wrap
        styled["wrap"] = c._style  # type: ignore[attr-defined]

        def cell(value: Any, key: str, ws=ws, styled=styled) -> Any:  # a WriteOnlyCell
            c = WriteOnlyCell(ws, value=value)
            c._style = copy(styled[key])  # type: ignore[attr-defined]
            if isinstance(value, str):
                c.data_type = "s"  # text is a string cell, never a formula
            return c

        for values in df.itertuples(index=False, name=None):
            row = []
            for i, v in enumerate(values):
                v = _cell_value(v)
                if i in rag_of and values[rag_of[i]] in rag_style:
                    rag = values[rag_of[i]]
                    row.append(cell(safe_cell(str(rag).upper()) if rag_of[i] == i else v, rag))
                elif i in wrap:
                    row.append(cell(v, "wrap"))
                else:
                    row.append(v)
            ws.append(row)
        if more:
            ws.append([f"… {more} more rows: see trend-{t.to_month}-{name}.csv"])
    with replacing(path) as tmp:
        wb.save(tmp)
    return path


# -- charts (matplotlib -> inline SVG) ---------------------------------------------------------

#: Fill colour and hatching per RAG: colour is never the only cue (hatching + text labels).
CHART_RAG = {"red": "#c0392b", "amber": "#f0b429", "green": "#2e7d32"}
LEVEL_HATCH = ("xxx", "///", "", "...")  # lowest level first
LINE_STYLES = (("o", "-"), ("s", "--"), ("^", "-."), ("D", ":"), ("v", "-"), ("P", "--"),
               ("X", "-."), ("*", ":"))
#: Any: matplotlib types rc_context's keys as a Literal of every rc name
RC: Any = {"svg.fonttype": "none", "svg.hashsalt": "ehcaudit-trend", "font.size": 10,
      "font.family": "sans-serif", "hatch.linewidth": 0.8, "axes.spines.top": False,
      "axes.spines.right": False, "svg.image_inline": True}

_SVG_NOISE = (
    re.compile(r"<\?xml[^>]*\?>\s*"),
    re.compile(r"<!DOCTYPE[^>]*>\s*"),
    re.compile(r"<metadata>.*?</metadata>\s*", re.S),
    re.compile(r"\s+xmlns(:\w+)?=\"[^\"]*\""),
    re.compile(r"<!--.*?-->\s*", re.S),
)


def _esc(s: str) -> str:
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


def svg_of(fig: Any, key: str, title: str, desc: str) -> str:
    """The figure as inline SVG: no XML prolog, DOCTYPE, metadata or namespace URLs; ids
    prefixed with ``key`` (several charts share a page); a ``<title>`` and ``<desc>`` for
    screen readers and ``role="img"``."""
    buf = io.StringIO()
    fig.savefig(buf, format="svg", metadata={"Date": None, "Creator": None, "Format": None,
                                            "Type": None})
    svg = buf.getvalue()
    for rx in _SVG_NOISE:
        svg = rx.sub("", svg)
    for ident in sorted(set(re.findall(r'id="([^"]+)"', svg)), key=len, reverse=True):
        new = f"{key}-{ident}"
        svg = (svg.replace(f'id="{ident}"', f'id="{new}"').replace(f'"#{ident}"', f'"#{new}"')
               .replace(f"url(#{ident})", f"url(#{new})"))
    head = (f'<svg role="img" aria-labelledby="{key}-title {key}-desc" class="chart"')
    svg = re.sub(r"<svg\b", head, svg, count=1)
    svg = re.sub(r"(<svg[^>]*>)", lambda m: m.group(1) + f'<title id="{key}-title">{_esc(title)}'
                 f'</title><desc id="{key}-desc">{_esc(desc)}</desc>', svg, count=1)
    return svg.strip()


def _when(value: Any) -> str:
    """An ISO timestamp as '28 Jul 2026 09:00' (as given if it is not one)."""
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return ""
    try:
        return pd.Timestamp(value).strftime("%d %b %Y %H:%M")
    except (ValueError, TypeError):
        return str(value)


def _figure(width: float = 7.2, height: float = 3.2):
    from matplotlib.figure import Figure

    fig = Figure(figsize=(width, height), layout="constrained")
    return fig, fig.add_subplot()


def _xlabels(months: list[str], extra: list[str] | None = None) -> list[str]:
    # Up to 8 months: "Mar 2026"; more: "Mar" over "2026" so labels stay level and legible.
    sep = " " if len(months) <= 8 else "\n"
    labels = [pd.Period(m, freq="M").strftime(f"%b{sep}%Y") for m in months]
    if extra:
        labels = [f"{a}\n{b}" for a, b in zip(labels, extra, strict=True)]
    return labels


def _month_axis(ax, months: list[str], extra: list[str] | None = None) -> None:
    ax.set_xticks(range(len(months)))
    many = len(months) > 18
    ax.set_xticklabels(_xlabels(months, extra), rotation=90 if many else 0,
                       fontsize=7 if len(months) > 8 else 8)
    ax.set_xlabel("Month audited")


def chart_plans(t: Trend) -> str:
    import matplotlib
    from matplotlib.ticker import MaxNLocator

    with matplotlib.rc_context(RC):
        fig, ax = _figure(7.2, 2.8)
        n = t.summary["plans"].tolist()
        bars = ax.bar(range(len(t.months)), n, color="#4a6fa5", edgecolor="black", linewidth=0.6)
        ax.bar_label(bars, labels=[str(v) for v in n], padding=2, fontsize=8)
        _month_axis(ax, t.months)
        ax.yaxis.set_major_locator(MaxNLocator(integer=True))
        ax.set_ylabel("Plans audited")
        ax.set_ylim(0, max(n + [1]) * 1.2)
        ax.set_title("Plans audited each month")
        desc = "; ".join(f"{month_short(m)}: {v}" for m, v in zip(t.months, n, strict=True))
        return svg_of(fig, "c-plans", "Plans audited each month",
                      f"Bar chart of plans audited per month. {desc}.")


def chart_grades(t: Trend) -> str:
    import matplotlib
    from matplotlib.ticker import MaxNLocator

    with matplotlib.rc_context(RC):
        fig, ax = _figure(7.2, 3.6)
        bottom = [0] * len(t.months)
        handles = []
        for i, lv in enumerate(t.scale):
            counts = t.summary[label_key(lv.label)].tolist()
            colour = CHART_RAG.get(lv.rag, "#888888")
            if lv.rag == "green" and lv.level > t.good_level:
                colour = "#14532d"  # the top green darker than Good
            bars = ax.bar(range(len(t.months)), counts, bottom=bottom, color=colour,
                          edgecolor="black", linewidth=0.6,
                          hatch=LEVEL_HATCH[i] if i < len(LEVEL_HATCH) else "",
                          label=lv.label)
            hatched = bool(LEVEL_HATCH[i % len(LEVEL_HATCH)])
            # Hatched segments: black text on a white patch; plain ones: white on the fill.
            ax.bar_label(bars, labels=[str(c) if c else "" for c in counts], label_type="center",
                         fontsize=8, color="black" if hatched else "white",
                         bbox={"boxstyle": "round,pad=0.2", "fc": "white", "ec": "none"}
                         if hatched else None)
            handles.append(bars)
            bottom = [b + c for b, c in zip(bottom, counts, strict=True)]
        _month_axis(ax, t.months)
        ax.yaxis.set_major_locator(MaxNLocator(integer=True))
        ax.set_ylabel("Number of plans")
        ax.set_ylim(0, max(bottom + [1]) * 1.15)
        ax.set_title("Overall grades each month")
        ax.legend(handles[::-1], [lv.label for lv in t.scale][::-1], loc="upper left",
                  bbox_to_anchor=(1.01, 1), fontsize=8, frameon=False)
        parts = []
        for _, r in t.summary.iterrows():
            counts = ", ".join(f"{r[label_key(lv.label)]} {lv.label}" for lv in t.scale[::-1])
            parts.append(f"{month_short(r['month'])}: {counts}")
        return svg_of(fig, "c-grades", "Overall grades each month",
                      "Stacked bar chart of plans at each grade per month. " + "; ".join(parts))


def chart_good(t: Trend) -> str:
    import matplotlib

    with matplotlib.rc_context(RC):
        fig, ax = _figure(7.2, 3.4)
        s = t.summary
        xs = [i for i, n in enumerate(s["plans"]) if n > 0]
        pct = [s["pct_good_or_better"].iloc[i] for i in xs]
        lo = [pct[j] - s["ci95_low"].iloc[i] for j, i in enumerate(xs)]
        hi = [s["ci95_high"].iloc[i] - pct[j] for j, i in enumerate(xs)]
        ax.errorbar(xs, pct, yerr=[lo, hi], fmt="o-", color="#1f3b73", ecolor="#555555",
                    elinewidth=1.2, capsize=4, markersize=6, label="% good or better")
        for j, i in enumerate(xs):
            below = pct[j] >= 90
            ax.annotate(f"{pct[j]:.0f}%", (i, pct[j]), textcoords="offset points",
                        xytext=(0, -12 if below else 7), ha="center", fontsize=7,
                        bbox={"boxstyle": "round,pad=0.1", "fc": "white", "ec": "none"})
        extra = [f"n = {n}" + ("*" if 0 < n < SMALL_N else "") for n in s["plans"]]
        _month_axis(ax, t.months, extra)
        ax.set_ylim(0, 105)
        ax.set_ylabel("% of plans good or better")
        ax.set_title("Plans good or better, with 95% interval")
        desc = "; ".join(
            f"{month_short(r['month'])}: {r['pct_good_or_better']:.0f}% "
            f"(95% interval {r['ci95_low']:.0f}% to {r['ci95_high']:.0f}%, n = {r['plans']})"
            for _, r in s.iterrows() if r["plans"] > 0)
        return svg_of(fig, "c-good", "Plans good or better each month, with 95% interval",
                      "Line chart with interval bars. " + desc)


def chart_areas(t: Trend) -> str:
    import matplotlib

    with matplotlib.rc_context(RC):
        fig, ax = _figure(7.2, 4.4)
        a = t.areas
        idx = {m: i for i, m in enumerate(t.months)}
        areas = list(pd.unique(a["area"]))
        parts = []
        for j, area in enumerate(areas):
            d = a[a["area"] == area]
            marker, style = LINE_STYLES[j % len(LINE_STYLES)]
            xs = [idx[m] for m in d["month"]]
            title = str(d["title"].iloc[0])
            ax.plot(xs, d["mean_score"].tolist(), marker=marker, linestyle=style, linewidth=1.5,
                    markersize=5, label=title)
            parts.append(title + ": " + ", ".join(
                f"{month_short(m)} {v:.0f}" for m, v in zip(d["month"], d["mean_score"],
                                                            strict=True)))
        for lv in t.scale[1:]:
            if lv.min_score is not None:
                ax.axhline(lv.min_score, color="#999999", linewidth=0.6, linestyle=":")
                ax.text(len(t.months) - 0.5, lv.min_score, f" {lv.label} from {lv.min_score:g}",
                        fontsize=7, va="center", ha="left", color="#444444")
        _month_axis(ax, t.months)
        ax.set_xlim(-0.5, len(t.months) - 0.5)
        ax.set_ylim(0, 100)
        ax.set_ylabel("Mean area score (0-100)")
        ax.set_title("Area scores each month")
        fig.legend(loc="outside lower center", ncol=2, fontsize=8, frameon=False)
        return svg_of(fig, "c-areas", "Mean area scores each month",
                      "Line chart, one line per area (each with its own marker and line "
                      "style). " + "; ".join(parts))


# -- HTML --------------------------------------------------------------------------------------

def _num(v: Any, digits: int = 0, suffix: str = "") -> str:
    if v is None or v is pd.NA or (isinstance(v, float) and math.isnan(v)):
        return "–"
    return f"{float(v):.{digits}f}{suffix}"


def _change(v: Any) -> str:
    if v is None or v is pd.NA or (isinstance(v, float) and math.isnan(v)):
        return "–"
    v = float(v)
    if v == 0:
        return "no change"
    return f"{'up' if v > 0 else 'down'} {abs(v):.0f} points"


def _caution(n: Any) -> str:
    try:
        n = int(n)
    except (TypeError, ValueError):
        return ""
    return f"n = {n}: treat with caution" if 0 < n < SMALL_N else ""


def build_view(t: Trend, generated: str | None = None) -> dict:
    """Everything the template shows, formatted for people (British English, plain words)."""
    s = t.summary
    now = s[s["month"] == t.to_month].iloc[0]
    prev = s[s["month"] == t.last_month]
    area_months = []
    area_ids = list(pd.unique(t.areas["area"]))
    area_titles = {a: str(t.areas[t.areas["area"] == a]["title"].iloc[0]) for a in area_ids}
    for m in t.months:
        d = t.areas[t.areas["month"] == m].set_index("area")
        cells: list[dict[str, Any] | None] = []
        for a in area_ids:
            if a in d.index:
                r = d.loc[a]
                cells.append({"score": _num(r["mean_score"]), "label": r["label"], "rag": r["rag"],
                              "n": int(r["plans"])})
            else:
                cells.append(None)
        area_months.append({"month": month_short(m), "cells": cells})

    def rows(df: pd.DataFrame) -> list[dict]:
        return df.to_dict("records")

    breakdowns = []
    for dim, title in DIMENSIONS:
        b = t.breakdowns.get(dim, pd.DataFrame())
        breakdowns.append({"title": title, "rows": [
            {"value": r[dim], "month_n": int(r["month_plans"]),
             "month_mean": _num(r["month_mean_score"]),
             "month_pct": _num(r["month_pct_good_or_better"], suffix="%"),
             "month_caution": _caution(r["month_plans"]),
             "period_n": int(r["period_plans"]) if not pd.isna(r["period_plans"]) else 0,
             "period_mean": _num(r["period_mean_score"]),
             "period_pct": _num(r["period_pct_good_or_better"], suffix="%"),
             "period_caution": _caution(r["period_plans"])} for r in rows(b)]})

    def mover_rows(df: pd.DataFrame) -> list[dict]:
        return [{"criterion": r["criterion"], "title": r["title"],
                 "then": _num(r["pass_rate_then"], suffix="%"), "n_then": r["applicable_then"],
                 "now": _num(r["pass_rate_now"], suffix="%"), "n_now": r["applicable_now"],
                 "change": _change(r["change"]), "up": r["change"] > 0,
                 "caution": _caution(min(r["applicable_then"], r["applicable_now"]))}
                for r in rows(df)]

    cross = t.cross[t.cross["month"] == t.to_month]
    cross = cross.assign(_k=(cross["kind"] != "wrong_name")).sort_values(
        ["_k", "count"], ascending=[True, False], kind="stable")  # wrong names first
    kinds = {"copy_paste": "Same text in several plans", "wrong_name": "Another child's name"}
    runs = t.runs
    totals = {
        "runs": len(runs),
        "scored": int(pd.to_numeric(runs["plans_scored"], errors="coerce").fillna(0).sum()),
        "reused": int(pd.to_numeric(runs["plans_reused"], errors="coerce").fillna(0).sum()),
        "errors": len(t.errors),
        "unfinished": int((runs["status"].fillna("").astype(str) != "complete").sum())
        if len(runs) else 0,
    }
    n_now = int(now["plans"])
    headline = {
        "month": month_name(t.to_month), "n": n_now,
        "pct": _num(now["pct_good_or_better"], suffix="%"),
        "lo": _num(now["ci95_low"], suffix="%"), "hi": _num(now["ci95_high"], suffix="%"),
        "mean": _num(now["mean_score"]), "caution": _caution(n_now),
        "inadequate": int(now[label_key(t.scale[0].label)]),
        "prev_pct": _num(prev["pct_good_or_better"].iloc[0], suffix="%") if len(prev) and
        prev["plans"].iloc[0] > 0 else None,
        "prev_n": int(prev["plans"].iloc[0]) if len(prev) else 0,
        "identifiers": int(now["plans_with_identifiers"]),
        "identifier_plans": sorted(t.plans[(t.plans["month"] == t.to_month)
                                           & (t.plans["identifiers_masked"] > 0)]["plan_id"]),
    }
    good_labels = [lv.label for lv in t.scale if lv.level >= t.good_level]
    return {
        "t": t, "headline": headline,
        "period": f"{month_name(t.from_month)} to {month_name(t.to_month)}",
        "generated": generated,
        "good_words": " or ".join(good_labels),
        "small_n": SMALL_N,
        "scale": t.scale,
        "summary": [{"month": month_short(r["month"]), "n": r["plans"],
                     "mean": _num(r["mean_score"]),
                     "counts": [r[label_key(lv.label)] for lv in t.scale[::-1]],
                     "pct": _num(r["pct_good_or_better"], suffix="%"),
                     "lo": _num(r["ci95_low"], suffix="%"), "hi": _num(r["ci95_high"], suffix="%"),
                     "caution": _caution(r["plans"]),
                     "identifiers": r["plans_with_identifiers"]} for r in rows(s)],
        "charts": {"plans": chart_plans(t), "grades": chart_grades(t), "good": chart_good(t),
                   "areas": chart_areas(t) if len(t.areas) else ""},
        "area_titles": [area_titles[a] for a in area_ids],
        "area_months": area_months,
        "criteria": [{"criterion": r["criterion"], "title": r["title"], "area": r["area"],
                      "n": int(r["applicable"]), "rate": _num(r["pass_rate"], suffix="%"),
                      "last": _num(r["pass_rate_last_month"], suffix="%"),
                      "change1": _change(r["change_last_month"]),
                      "three": _num(r["pass_rate_3_months_ago"], suffix="%"),
                      "change3": _change(r["change_3_months"]),
                      "caution": _caution(r["applicable"])} for r in rows(t.criteria_now)],
        "movers_1": mover_rows(t.movers_1), "movers_3": mover_rows(t.movers_3),
        "last_month": month_name(t.last_month), "three_back": month_name(t.three_back),
        "breakdowns": breakdowns,
        "inadequate": [dict(p, score=_num(p["score"])) for p in t.inadequate[:SHOWN]],
        "inadequate_more": max(0, len(t.inadequate) - SHOWN),
        "cross": [{"kind": kinds.get(r["kind"], str(r["kind"])), "text": _clip(r["text"]),
                   "count": _num(r["count"]), "plans": r["plans"]}
                  for r in rows(cross)[:SHOWN]],
        "cross_more": max(0, len(cross) - SHOWN),
        "runs": [{k: (_when(v) if k in ("started", "finished") else
                      "" if v is None or v is pd.NA or (isinstance(v, float) and math.isnan(v))
                      else v) for k, v in r.items()} for r in rows(runs.head(24))],
        "totals": totals,
        "errors": rows(t.errors.head(100)),
        "errors_more": max(0, len(t.errors) - 100),
        "agreement": trend_grades.agreement_view(t.agreement, t.months),
        "moderated": [{"criterion": r["criterion"], "title": r["title"], "n": int(r["applicable"]),
                       "tool": _num(r["pass_rate"], suffix="%"),
                       "moderated": _num(r["moderated_pass_rate"], suffix="%")}
                      for r in rows(t.criteria[(t.criteria["month"] == t.to_month)
                                               & (t.criteria["pass_rate"] != t.criteria["moderated_pass_rate"])])],
    }


def _env():
    from jinja2 import Environment, PackageLoader, select_autoescape

    loader = PackageLoader("ehcaudit", "templates")  # package data, through importlib
    return Environment(loader=loader, autoescape=select_autoescape(["html", "j2", "html.j2"],
                                                                   default=True),
                       trim_blocks=True, lstrip_blocks=True)


def render_html(t: Trend, generated: str | None = None) -> str:
    from markupsafe import Markup

    view = build_view(t, generated)
    view["charts"] = {k: Markup(v) for k, v in view["charts"].items()}
    return _env().get_template("trend.html.j2").render(**view)


def write_html(t: Trend, path: Path, generated: str | None = None) -> Path:
    return write_text(path, render_html(t, generated))


def write_trend(frames: Any, out_dir: str | Path, from_month: str | None = None,
                to_month: str | None = None, generated: str | None = None) -> list[Path]:
    """Build the trend and write ``trend-<to>.html``, ``trend-<to>.xlsx`` and the CSV files
    into ``out_dir`` (created if needed). Returns the paths written."""
    t = build_trend(frames, from_month, to_month)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    remove_stale_parts(out, "trend-")
    written = [write_html(t, out / f"trend-{t.to_month}.html", generated),
               write_xlsx(t, out / f"trend-{t.to_month}.xlsx")]
    written += write_csvs(t, out)
    return written
