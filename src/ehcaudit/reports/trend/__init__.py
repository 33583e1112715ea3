"""Trend reports across monthly audits: HTML (one self-contained page), Excel and CSV.

A pure model and its renderers, data flowing one way:

* the model, which reads the store's frames and writes nothing: :mod:`.frames` (the columns it
  reads, source paths cut to file names), :mod:`.scale` (the rubric's scale as recorded with the
  run), :mod:`.stats` (shares and their Wilson interval), :mod:`.grades` (the audit group's
  final levels and agreement), :mod:`.tables` (each table) and :mod:`.model`
  (:func:`build_trend` -> :class:`Trend`);
* the renderers, which read a :class:`Trend`: :mod:`.sheets` (tables, sheet names and
  headers shared by) :mod:`.csv` and :mod:`.xlsx`; :mod:`.charts` (inline SVG) and
  :mod:`.html` (the page).

:func:`write_trend` builds the trend and writes all three. Month keys are
:mod:`ehcaudit.months`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ehcaudit.reports.atomic import remove_stale_parts
from ehcaudit.reports.trend.csv import write_csvs
from ehcaudit.reports.trend.frames import file_name
from ehcaudit.reports.trend.html import render_html, write_html
from ehcaudit.reports.trend.model import Trend, TrendError, build_trend
from ehcaudit.reports.trend.scale import (
    Level,
    good_level,
    level_for_score,
    normalise_scale,
    scale_of,
)
from ehcaudit.reports.trend.stats import wilson_interval
from ehcaudit.reports.trend.xlsx import write_xlsx

__all__ = [
    "Level", "Trend", "TrendError", "build_trend", "file_name", "good_level", "level_for_score",
    "normalise_scale", "render_html", "scale_of", "wilson_interval", "write_csvs", "write_html",
    "write_trend", "write_xlsx",
]


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
