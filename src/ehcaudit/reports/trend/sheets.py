"""What the Excel sheets and CSV files hold: the tables by name, their sheet names and the
column headers people see (CSV files keep the snake_case column names)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ehcaudit.reports.trend.scale import label_key

if TYPE_CHECKING:
    import pandas as pd

    from ehcaudit.reports.trend.model import Trend


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


def header(col: str, table: str, t: Trend) -> str:
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


def report_tables(t: Trend) -> dict[str, pd.DataFrame]:
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
