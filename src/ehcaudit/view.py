"""The per-area view of a plan that checks read: the same for a classic A–K layout and for the
national template's combined rows.

A classic plan keeps needs in B, provision in F and outcomes in E; the national template puts
them side by side in B | F | E rows (and C | G | E, D | H1 | H2 | E). :func:`area` gives the
blocks of one area in document order, whichever way the plan was written, and
:func:`box_label` what the reader knows of the box a block sits in ("Strengths",
"Aspirations", a sub-heading), so no check has to parse the human-readable ``location``.
"""

from __future__ import annotations

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
    from ehcaudit.checks._care import area_blocks

    codes, table, role = AREAS[name]
    return area_blocks(plan, list(codes), table, role)


def box_label(b: Block) -> str:
    """The template box and sub-heading a block sits under, e.g. "Strengths | Communication and
    interaction" or " | A2 Aspirations": what checks match 'the Strengths box' against."""
    return f"{b.box or ''} | {b.subsection or ''}"
