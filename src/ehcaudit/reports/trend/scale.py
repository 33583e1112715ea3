"""The rubric's scale as the trend report uses it: levels with labels, colours and score bands.

A run records its rubric's full scale (``runs.levels``, schema 6: label, RAG colour and lowest
score of each level), which ``ehcaudit trend`` reads back (:func:`ehcaudit.store.load_frames`)
and hands over as ``frames.scale``. :func:`scale_of` takes it from there; only for a run
recorded before schema 6, which kept the labels alone, are the colours read from the results
stored with it (each plan, area and criterion row holds its level, label and colour) and the
score bands left unknown (the report then gives no area grades rather than guessing them).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any

import pandas as pd


@dataclass(frozen=True)
class Level:
    level: int
    label: str
    rag: str
    min_score: float | None = None


def _missing(v: Any) -> bool:
    return v is None or v is pd.NA or (isinstance(v, float) and math.isnan(v))


def normalise_scale(scale: Any, rags: dict[int, str] | None = None) -> tuple[Level, ...]:
    """The scale, lowest level first, as given: a list of dicts/objects with ``label``, ``rag``
    and ``min_score`` (what a run records), a DataFrame with those columns, or, from a run
    before schema 6, a list of labels alone.

    A level given without a colour takes it from ``rags`` (level -> RAG, as the stored results
    show it), else from its place (the lowest red, the upper half green, amber between); a
    level without a lowest score has none (no score is then graded: :func:`level_for_score`).
    """
    if isinstance(scale, pd.DataFrame):
        if "level" in scale.columns:
            scale = scale.sort_values("level")
        scale = scale.to_dict("records")
    items = list(scale) if scale is not None else []
    rags = rags or {}
    out: list[Level] = []
    for i, item in enumerate(items, start=1):
        if isinstance(item, str):
            label, rag, min_score = item, None, None
        elif isinstance(item, dict):
            label, rag, min_score = str(item.get("label")), item.get("rag"), item.get("min_score")
        else:
            label = getattr(item, "label", str(item))
            rag, min_score = getattr(item, "rag", None), getattr(item, "min_score", None)
        if _missing(rag):
            rag = rags.get(i) or ("red" if i == 1 else "green" if i > len(items) / 2 else "amber")
        out.append(Level(i, str(label), str(rag), None if min_score is None or _missing(min_score) else float(min_score)))
    return tuple(out)


def stored_levels(frames: Any) -> dict[int, tuple[str, str]]:
    """Level -> (label, RAG) as the results stored with the runs show them (plans, areas and
    criteria each hold their level, label and colour), the latest row winning."""
    seen: dict[int, tuple[str, str]] = {}
    for name in ("criteria", "areas", "plans"):
        df = getattr(frames, name, None)
        if df is None or not len(df) or not {"level", "label", "rag"} <= set(df.columns):
            continue
        rows = df[["level", "label", "rag"]].dropna()
        for level, label, rag in rows.drop_duplicates().itertuples(index=False, name=None):
            seen[int(level)] = (str(label), str(rag))
    return seen


def scale_of(frames: Any) -> tuple[Level, ...]:
    """The scale of the frames' runs: as recorded with the run (``frames.scale``, full since
    schema 6); from an older run's labels, with each level's colour as its stored results show
    it; with no scale recorded at all, the levels the stored results show."""
    raw = getattr(frames, "scale", None)
    if isinstance(raw, pd.DataFrame):
        raw = raw.sort_values("level").to_dict("records") if "level" in raw.columns \
            else raw.to_dict("records")
    raw = list(raw) if raw is not None else []
    if raw and all(isinstance(lv, dict) and not _missing(lv.get("rag")) for lv in raw):
        return normalise_scale(raw)  # recorded whole with the run
    stored = stored_levels(frames)
    rags = {level: rag for level, (_, rag) in stored.items()}
    if not raw:
        raw = [{"label": stored[i][0] if i in stored else f"Level {i}", "rag": rags.get(i)}
               for i in range(1, max(stored, default=0) + 1)]
    return normalise_scale(raw, rags)


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


def label_key(label: str) -> str:
    """A level's label as a column name: 'Requires improvement' -> 'requires_improvement'."""
    return re.sub(r"[^a-z0-9]+", "_", label.lower()).strip("_")
