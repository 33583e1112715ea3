"""The store's frames as the trend model reads them: every expected column present, months
as text, only the months asked for, and a source path cut to its file name.

The input is the store's :class:`~ehcaudit.store.AuditFrames` (``ehcaudit.store.load_frames``):
pandas DataFrames ``plans``, ``areas``, ``criteria``, ``findings``, ``cross``, ``runs``,
``errors`` and ``scale``. A report can only show what the store holds (quotes already masked by
the pipeline); source paths are cut to the file name (folders can name children or schools).
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from pathlib import PurePosixPath, PureWindowsPath
from typing import Any

import pandas as pd

from ehcaudit.months import is_month

#: Quotes are clipped to this many characters in the HTML report (never in Excel/CSV).
CLIP = 240


def frame(frames: Any, name: str, columns: Iterable[str]) -> pd.DataFrame:
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


def within(df: pd.DataFrame, months: list[str]) -> pd.DataFrame:
    return df[df["month"].isin(months)]


def store_months(frames: Any) -> list[str]:
    plans = frame(frames, "plans", PLAN_COLS)
    return sorted(m for m in plans["month"].dropna().unique() if is_month(str(m)))


def file_name(source: Any) -> str:
    """Only the file name of a source path (no folders: they can name children or schools)."""
    if source is None or (isinstance(source, float) and math.isnan(source)):
        return ""
    s = str(source)
    return PureWindowsPath(s).name if "\\" in s else PurePosixPath(s).name


def clip(text: Any, limit: int = CLIP) -> str:
    if text is None or (isinstance(text, float) and math.isnan(text)) or text is pd.NA:
        return ""
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
