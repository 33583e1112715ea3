"""The audit group's grades in the trend report: final levels and agreement.

``ehcaudit trend`` attaches two optional frames to the store's frames (from
:mod:`ehcaudit.store.grades`): ``finals`` (one row per plan and criterion, and ``overall``, with
the tool's and the final level) and ``agreement`` (:meth:`GradeStore.agreement` of each month).
Frames without them (a store read by older code, the synthetic test frames) give the tool's
levels as final and an empty agreement table.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

FINAL_COLS = ("month", "sha256", "plan_id", "criterion", "tool_level", "final_level", "source",
              "needs_moderation")
AGREEMENT_COLS = ("month", "comparison", "criterion", "pairs", "exact", "kappa_quadratic")
COMPARISONS = (("tool_vs_auditors", "tool vs auditors"), ("between_auditors", "between auditors"))


def finals_frame(frames: Any) -> pd.DataFrame:
    df = getattr(frames, "finals", None)
    if df is None or len(df) == 0:
        return pd.DataFrame(columns=list(FINAL_COLS))
    return pd.DataFrame(df)


def with_plan_levels(plans: pd.DataFrame, frames: Any) -> pd.DataFrame:
    """``plans`` with ``tool_level`` (the tool's overall level) and ``moderated_level`` (the
    final overall level: the moderator's, else the auditors' if they agree, else the tool's)."""
    f = finals_frame(frames)
    f = f[f["criterion"] == "overall"][["month", "sha256", "final_level"]]
    out = plans.merge(f.rename(columns={"final_level": "moderated_level"}), on=["month", "sha256"],
                      how="left")
    out["tool_level"] = pd.to_numeric(out["level"], errors="coerce").astype("Int64")
    out["moderated_level"] = pd.to_numeric(out["moderated_level"], errors="coerce").astype("Int64") \
        .fillna(out["tool_level"])
    return out


def with_final_levels(crits: pd.DataFrame, frames: Any) -> pd.DataFrame:
    """``crits`` with ``final_level`` per plan and criterion (the tool's where nobody graded)."""
    f = finals_frame(frames)[["month", "sha256", "criterion", "final_level"]]
    out = crits.merge(f, on=["month", "sha256", "criterion"], how="left")
    out["final_level"] = pd.to_numeric(out["final_level"], errors="coerce").fillna(out["level"])
    return out


def agreement_table(frames: Any) -> pd.DataFrame:
    """One row per month, comparison and criterion (``all criteria`` first): pairs, exact
    agreement (%) and quadratic-weighted kappa."""
    rows = []
    for agr in getattr(frames, "agreement", None) or []:
        for key, name in COMPARISONS:
            part = agr.get(key) or {}
            if not part.get("n"):
                continue
            items = [("all criteria", part), *sorted((part.get("per_criterion") or {}).items())]
            for crit, s in items:
                rows.append({"month": agr["month"], "comparison": name, "criterion": crit,
                             "pairs": s["n"],
                             "exact": None if s["exact"] is None else round(100 * s["exact"], 1),
                             "kappa_quadratic": s["kappa_quadratic"]})
    return pd.DataFrame(rows, columns=list(AGREEMENT_COLS))


def agreement_view(table: pd.DataFrame, months: list[str]) -> list[dict]:
    """The report's agreement section: the pooled figures of each month in range."""
    t = table[(table["criterion"] == "all criteria") & table["month"].isin(months)]
    out = []
    for r in t.to_dict("records"):
        out.append({"month": r["month"], "comparison": r["comparison"], "pairs": r["pairs"],
                    "exact": "–" if pd.isna(r["exact"]) else f"{r['exact']:.0f}%",
                    "kappa": "–" if r["kappa_quadratic"] is None or pd.isna(r["kappa_quadratic"])
                    else f"{r['kappa_quadratic']:.2f}"})
    return out
