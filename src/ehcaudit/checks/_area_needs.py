"""One reading of an area's needs and provision, shared by the health and social care checks.

HC-NEEDS and SC-NEEDS judge the same thing for two areas (C and D): the area's needs are
described, or plainly stated as none; the provision checks of both areas read their provision
items (G; H1 and H2) the same way. Written once here, so the two areas cannot drift apart.
No check kinds are registered here.
"""

from __future__ import annotations

from ehcaudit.checks._items import Item
from ehcaudit.checks._needs import NeedsParams, needs_outcome
from ehcaudit.checks._params import ProvisionPatterns
from ehcaudit.rubric.registry import CheckContext, Outcome
from ehcaudit.view import Area, area


def needs_stated(ctx: CheckContext, p: NeedsParams, needs_area: Area, section: str, what: str) -> Outcome:
    """The area's needs (``needs_area``: "health_needs", "social_care_needs") are described, or
    plainly none; ``section`` ("C", "D") and ``what`` ("health", "social care") word the findings."""
    return needs_outcome(ctx, p.read(area(ctx.plan, needs_area)), section, what, p)


def provision_of(ctx: CheckContext, provision_area: Area,
                 patterns: ProvisionPatterns) -> tuple[list[Item], list[Item], list[Item]]:
    """The provision items of an area ("health_provision", "social_care_provision"): real items,
    'none' statements and blank template cells, as ``patterns`` reads them."""
    return patterns.items(area(ctx.plan, provision_area))
