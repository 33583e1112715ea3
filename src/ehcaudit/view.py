"""The per-area view of a plan that checks read: the same for a classic A–K layout and for the
national template's combined rows.

A classic plan keeps needs in B, provision in F and outcomes in E; the national template puts
them side by side in B | F | E rows (and C | G | E, D | H1 | H2 | E). :func:`area` gives the
blocks of one area in document order, whichever way the plan was written, and
:func:`box_label` what the reader knows of the box a block sits in ("Strengths",
"Aspirations", a sub-heading), so no check has to parse the human-readable ``location``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from ehcaudit.model import Block, Plan

Area = Literal["needs", "provision", "outcomes", "health_needs", "health_provision",
               "social_care_needs", "social_care_provision"]

#: area -> (classic sections, combined-table family, role of the cells in that family)
AREAS: dict[str, tuple[tuple[str, ...], str | None, str]] = {
    "needs": (("B",), "BFE", "need"),
    "provision": (("F",), "BFE", "provision"),
    "outcomes": (("E",), None, "outcome"),
    "health_needs": (("C",), "CGE", "need"),
    "health_provision": (("G",), "CGE", "provision"),
    "social_care_needs": (("D",), "DHHE", "need"),
    "social_care_provision": (("H1", "H2"), "DHHE", "provision"),
}


def area(plan: Plan, name: Area) -> list[Block]:
    """Non-heading blocks of one area: its sections plus the matching cells of combined rows."""
    codes, table, role = AREAS[name]
    return area_blocks(plan, list(codes), table, role)


def area_blocks(plan: Plan, codes: Sequence[str], table: str | None, role: str) -> list[Block]:
    """Non-heading blocks of the sections ``codes`` plus the ``role`` cells of thread rows ``table``.

    ``role`` is "need", "provision" or "outcome" (ThreadRow fields). Order: document order.
    """
    ids: list[int] = []
    for code in codes:
        ids.extend(plan.section(code).block_ids)
    if table:
        for row in plan.threads:
            if row.table == table:
                ids.extend(getattr(row, role))
    seen: set[int] = set()
    out: list[Block] = []
    for bid in sorted(set(ids)):
        if bid in seen or bid >= len(plan.blocks):
            continue
        seen.add(bid)
        b = plan.blocks[bid]
        if b.kind == "heading":
            continue
        if table and _is_other_role_cell(plan, table, role, bid):
            continue
        out.append(b)
    return out


def _is_other_role_cell(plan: Plan, table: str, role: str, bid: int) -> bool:
    """A block that a thread row files under another role (e.g. an E cell inside section G's ids)."""
    for row in plan.threads:
        if row.table != table:
            continue
        if bid in getattr(row, role):
            return False
        if bid in row.need or bid in row.outcome or bid in row.provision:
            return True
    return False


def box_label(b: Block) -> str:
    """The template box and sub-heading a block sits under, e.g. "Strengths | Communication and
    interaction" or " | A2 Aspirations": what checks match 'the Strengths box' against."""
    return f"{b.box or ''} | {b.subsection or ''}"
