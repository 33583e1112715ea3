"""What the proofreading tests read of the engine: its findings as (kind, text), opinions left out
(the prose corpora's class tests, sessions 18-19)."""

from __future__ import annotations

from ehcaudit.language.harper_engine import HarperEngine


def errors(engine: HarperEngine, text: str) -> list[tuple[str, str]]:
    """``(kind, text)`` of each finding in ``text`` but style opinions."""
    return [(i.kind, i.text) for i in engine.check(text) if i.kind != "style"]
