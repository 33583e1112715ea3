"""The trend model: every table of the report for a span of months, from the store's frames.

:func:`build_trend` checks the span, keeps one row per plan and month (a re-audit under a
newer rubric version replaces the older), attaches the audit group's final levels
(:mod:`.grades`) and builds the tables (:mod:`.tables`) into a :class:`Trend`. It only reads
frames: the renderers (:mod:`.csv`, :mod:`.xlsx`, :mod:`.charts`, :mod:`.html`) only read a
:class:`Trend`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from ehcaudit.months import month_name, month_range, months_between, shift_month
from ehcaudit.reports.trend import grades
from ehcaudit.reports.trend.frames import (
    AREA_COLS,
    CRIT_COLS,
    CROSS_COLS,
    ERR_COLS,
    FIND_COLS,
    PLAN_COLS,
    RUN_COLS,
    frame,
    store_months,
    within,
)
from ehcaudit.reports.trend.scale import Level, good_level, scale_of
from ehcaudit.reports.trend.tables import (
    DIMENSIONS,
    area_table,
    breakdown,
    criteria_overview,
    criterion_table,
    cross_table,
    errors_table,
    findings_table,
    inadequate_plans,
    movers,
    plans_table,
    runs_table,
    summary_table,
)
from ehcaudit.teams import safe_team

#: At most this many months in one report (ten years); more is a month stored by mistake
#: (``ehcaudit store delete-month`` removes it) or needs ``--from``/``--to``.
MAX_MONTHS = 120


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
    agreement: pd.DataFrame = field(default_factory=pd.DataFrame)  # the audit group's (.grades)

    @property
    def last_month(self) -> str:
        return shift_month(self.to_month, -1)

    @property
    def three_back(self) -> str:
        return shift_month(self.to_month, -3)


class TrendError(Exception):
    """The frames hold nothing to report on (reason is one line)."""


def build_trend(frames: Any, from_month: str | None = None, to_month: str | None = None) -> Trend:
    """All the report's tables. Raises :class:`TrendError` when there is nothing to report."""
    scale = scale_of(frames)  # as recorded with the runs (.scale)
    good = good_level(scale)
    plans = frame(frames, "plans", PLAN_COLS)
    areas = frame(frames, "areas", AREA_COLS)
    crits = frame(frames, "criteria", CRIT_COLS)
    finds = frame(frames, "findings", FIND_COLS)
    cross = frame(frames, "cross", CROSS_COLS)
    runs = frame(frames, "runs", RUN_COLS)
    errors = frame(frames, "errors", ERR_COLS)

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
    plans = within(plans, wide).copy()
    plans["score"] = pd.to_numeric(plans["score"], errors="coerce")
    plans["level"] = pd.to_numeric(plans["level"], errors="coerce")
    plans["privacy"] = pd.to_numeric(plans["privacy"], errors="coerce").fillna(0).astype(int)
    plans = (plans.sort_values(["month", "rubric_version", "as_of"], na_position="first")
             .drop_duplicates(["month", "sha256"], keep="last"))
    plans["good"] = plans["level"] >= good
    areas = within(areas, wide).drop_duplicates(["month", "sha256", "area"], keep="last").copy()
    areas["score"] = pd.to_numeric(areas["score"], errors="coerce")
    crits = within(crits, wide).drop_duplicates(["month", "sha256", "criterion"], keep="last").copy()
    crits["level"] = pd.to_numeric(crits["level"], errors="coerce")
    crits["applicable"] = crits["applicable"].fillna(False).astype(bool) & crits["level"].notna()
    finds = within(finds, months).drop_duplicates().copy()
    # the audit group's grades: final levels beside the tool's (ehcaudit.reports.trend.grades)
    plans = grades.with_plan_levels(plans, frames)
    crits = grades.with_final_levels(crits, frames)

    t = Trend(
        from_month=first, to_month=to, months=months, scale=scale, good_level=good,
        summary=summary_table(plans, months, scale, good, cross, runs, errors),
        areas=area_table(areas, months, scale),
        criteria=criterion_table(crits, wide, good),
        criteria_now=pd.DataFrame(), movers_1=pd.DataFrame(), movers_3=pd.DataFrame(),
        breakdowns={},
        inadequate=inadequate_plans(plans, crits, finds, to, scale),
        plans=plans_table(within(plans, months), within(areas, months)),
        findings=findings_table(finds, crits),
        cross=cross_table(within(cross, months)),
        runs=runs_table(within(runs, months)),
        errors=errors_table(within(errors, months)),
    )
    t.criteria_now = criteria_overview(t.criteria, to)
    t.agreement = within(grades.agreement_table(frames), months).reset_index(drop=True)
    t.movers_1 = movers(t.criteria, to, shift_month(to, -1))
    t.movers_3 = movers(t.criteria, to, shift_month(to, -3))
    in_range = within(plans, months)
    now = in_range[in_range["month"] == to]
    t.breakdowns = {dim: breakdown(in_range, now, dim) for dim, _ in DIMENSIONS}
    if now.empty:
        t.notes.append(f"No plans were audited in {month_name(to)}.")
    return t
