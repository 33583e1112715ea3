"""The trend as one self-contained HTML page: the view (figures formatted for people, in
British English and plain words) rendered through ``templates/trend.html.j2`` (Jinja2,
autoescaped), with the charts inline (:mod:`.charts`)."""

from __future__ import annotations

import math
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd
from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from ehcaudit.months import month_name, month_short
from ehcaudit.reports.atomic import write_text
from ehcaudit.reports.trend import grades
from ehcaudit.reports.trend.charts import chart_areas, chart_good, chart_grades, chart_plans
from ehcaudit.reports.trend.frames import clip
from ehcaudit.reports.trend.scale import label_key
from ehcaudit.reports.trend.stats import SMALL_N
from ehcaudit.reports.trend.tables import DIMENSIONS

if TYPE_CHECKING:
    from ehcaudit.reports.trend.model import Trend

#: At most this many inadequate plans and cross-plan findings are listed in the HTML report
#: (worst first; the Excel and CSV files have them all).
SHOWN = 50


def _when(value: Any) -> str:
    """An ISO timestamp as '28 Jul 2026 09:00' (as given if it is not one)."""
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return ""
    try:
        return pd.Timestamp(value).strftime("%d %b %Y %H:%M")
    except (ValueError, TypeError):
        return str(value)


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
        "cross": [{"kind": kinds.get(r["kind"], str(r["kind"])), "text": clip(r["text"]),
                   "count": _num(r["count"]), "plans": r["plans"]}
                  for r in rows(cross)[:SHOWN]],
        "cross_more": max(0, len(cross) - SHOWN),
        "runs": [{k: (_when(v) if k in ("started", "finished") else
                      "" if v is None or v is pd.NA or (isinstance(v, float) and math.isnan(v))
                      else v) for k, v in r.items()} for r in rows(runs.head(24))],
        "totals": totals,
        "errors": rows(t.errors.head(100)),
        "errors_more": max(0, len(t.errors) - 100),
        "agreement": grades.agreement_view(t.agreement, t.months),
        "moderated": [{"criterion": r["criterion"], "title": r["title"], "n": int(r["applicable"]),
                       "tool": _num(r["pass_rate"], suffix="%"),
                       "moderated": _num(r["moderated_pass_rate"], suffix="%")}
                      for r in rows(t.criteria[(t.criteria["month"] == t.to_month)
                                               & (t.criteria["pass_rate"] != t.criteria["moderated_pass_rate"])])],
    }


def _env() -> Environment:
    loader = PackageLoader("ehcaudit", "templates")  # package data, through importlib
    return Environment(loader=loader, autoescape=select_autoescape(["html", "j2", "html.j2"],
                                                                   default=True),
                       trim_blocks=True, lstrip_blocks=True)


def render_html(t: Trend, generated: str | None = None) -> str:
    view = build_view(t, generated)
    view["charts"] = {k: Markup(v) for k, v in view["charts"].items()}
    return _env().get_template("trend.html.j2").render(**view)


def write_html(t: Trend, path: Path, generated: str | None = None) -> Path:
    return write_text(path, render_html(t, generated))
