"""The trend's tables as CSV files: ``trend-<to>-<table>.csv``, UTF-8, snake_case headers."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ehcaudit.reports.atomic import replacing
from ehcaudit.reports.cells import safe_frame
from ehcaudit.reports.trend.sheets import report_tables

if TYPE_CHECKING:
    from ehcaudit.reports.trend.model import Trend


def write_csvs(t: Trend, out_dir: Path) -> list[Path]:
    """``trend-<to>-<table>.csv`` for each table (UTF-8, snake_case headers)."""
    written = []
    for name, df in report_tables(t).items():
        path = out_dir / f"trend-{t.to_month}-{name}.csv"
        with replacing(path) as tmp:  # text cells are data, never formulas (reports.cells)
            safe_frame(df).to_csv(tmp, index=False, encoding="utf-8")
        written.append(path)
    return written
