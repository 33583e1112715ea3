"""HC-NEEDS-MET: a C–G–E row whose G cell is empty or says "none" because the row points to the
health professional's provision written in Section F ("No separate health provision: speech and
language therapy is special educational provision and is in Section F") is met when F holds such
an item (no check kinds are registered here)."""

from __future__ import annotations

from collections.abc import Callable

from pydantic import BaseModel

from ehcaudit.checks._findings import item_finding
from ehcaudit.checks._items import Item
from ehcaudit.checks._patterns import rx
from ehcaudit.model import Block
from ehcaudit.results import Finding
from ehcaudit.rubric.registry import CheckContext, optional_list


class FPointerParams(BaseModel):
    f_pointer_patterns: list[str] = optional_list(
        "A C–G–E row (its C or G cell) that says the need is met by provision in Section F ('met through the "
        "speech and language therapy in Section F'): the row is met when an item of F is a health professional's")


def f_pointer_fallback(ctx: CheckContext, patterns: list[str],
                       f_texts: list[tuple[Item, str]]) -> Callable[[Block, str], tuple[str, list[Finding]]]:
    """The fallback for a row whose G cell is empty: "met" (with the F item as evidence) when the
    row points to Section F and F has an item a health professional gives or sets; else "unmet"."""
    pointer = rx(patterns)

    def fallback(block: Block, need_text: str) -> tuple[str, list[Finding]]:
        if pointer is None or not f_texts:
            return "unmet", []
        row = [b.text for b in ctx.plan.blocks if block.table is not None and b.table == block.table
               and b.row == block.row] if block.row is not None else []
        if not any(pointer.search(t) for t in (need_text, *row)):
            return "unmet", []
        item, text = f_texts[0]
        return "met", [item_finding(ctx, item, "The C–G–E row points to Section F, where a health professional "
                                               f"provides for this need ('{text[:80]}').", kind="evidence")]

    return fallback
