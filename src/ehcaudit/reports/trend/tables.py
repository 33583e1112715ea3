"""The trend's tables, each from the frames of the months it covers (pure pandas, no files).

Good or better: a plan (or a criterion) whose level is at or above the first level the scale
shows green (Good on the default scale). Shares carry their 95% Wilson interval (:mod:`.stats`).
"""

from __future__ import annotations

import math
from typing import Any

import pandas as pd

from ehcaudit.months import shift_month
from ehcaudit.reports.trend.frames import RUN_COLS, clip, file_name, within
from ehcaudit.reports.trend.scale import good_level, label_key, level_for_score
from ehcaudit.reports.trend.stats import caution, share

#: How many criteria the "biggest movers" lists show.
MOVERS = 5
#: Reasons shown for each inadequate plan.
REASONS = 3

DIMENSIONS = (("key_stage", "Key stage"), ("need", "Primary need"), ("setting", "Setting"),
              ("team", "Team"))
NOT_RECORDED = "Not recorded"


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
            "caution": caution(n),
            "plans_with_identifiers": int((p["privacy"] > 0).sum()),
            "copy_paste": int((cross[(cross["month"] == m)]["kind"] == "copy_paste").sum()),
            "wrong_name": int((cross[(cross["month"] == m)]["kind"] == "wrong_name").sum()),
            "unreadable": int((errors["month"] == m).sum()),
        })
        rows.append(row)
    return pd.DataFrame(rows)


def area_table(areas: pd.DataFrame, months: list[str], scale) -> pd.DataFrame:
    a = within(areas, months).dropna(subset=["score"])
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
    c = within(crits, months)
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
                "quote": clip(pick["quote"]) if pick is not None else "",
                "location": clip(pick["location"]) if pick is not None else "",
                "message": clip(pick["message"]) if pick is not None else "",
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
