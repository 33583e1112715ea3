"""Findings the care and provision checks build the same way: a quote cut to length, a finding
on an item or an advice entry, and "not applicable" with its reason (no check kinds here).
"""

from __future__ import annotations

from ehcaudit.checks._items import Item
from ehcaudit.model import AdviceItem, Block
from ehcaudit.results import Finding
from ehcaudit.rubric.registry import CheckContext, Outcome
from ehcaudit.text import normalise


def quote_of(text: str, limit: int = 300) -> str:
    t = normalise(text)
    return t if len(t) <= limit else t[: limit - 1].rstrip() + "…"


def item_finding(ctx: CheckContext, item: Item, message: str, kind: str = "issue") -> Finding:
    return ctx.finding(item.block, message, quote=quote_of(item.text), kind=kind)


def advice_finding(item: AdviceItem, message: str, kind: str = "issue") -> Finding:
    return Finding(section="K", location=item.location, quote=item.quote, message=message,
                   block_id=item.block_id, kind=kind)



def not_applicable(ctx: CheckContext, message: str, section: str = "-", block: Block | None = None,
                   quote: str | None = None) -> Outcome:
    if block is not None:
        f = ctx.finding(block, message, quote=quote_of(quote if quote is not None else block.text), kind="evidence")
    else:
        f = ctx.missing(section, message).model_copy(update={"kind": "evidence"})
    return Outcome(applicable=False, findings=[f])


