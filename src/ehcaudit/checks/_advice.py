"""Scoring policy for advice of one kind in Section K (health, social care): listed, attributed,
dated and recent (no check kinds are registered here).
"""

from __future__ import annotations

import datetime as dt

from pydantic import Field

from ehcaudit.advice_age import AgeBand, age_band, months_between, months_text, reference_date
from ehcaudit.checks._findings import advice_finding
from ehcaudit.checks._params import CareParams
from ehcaudit.checks._patterns import rx, search
from ehcaudit.model import AdviceItem
from ehcaudit.reader.advice import kinds_named
from ehcaudit.results import Finding
from ehcaudit.rubric.registry import CheckContext, Outcome, optional_list


class AdviceParams(CareParams):
    """Advice of one kind in Section K: listed, attributed, dated and recent."""

    advice_kind: str = Field(description="AdviceItem.kind to look for: 'health' or 'social_care'")
    label: str = Field(description="Plain name used in messages: 'health', 'social care'")
    title_patterns: list[str] = optional_list("Other items counted as this kind when their text matches")
    author_patterns: list[str] = optional_list("Roles or services that show the author is the right professional")
    current_months: int = Field(12, ge=1, description="Advice at most this old at issue is current")
    stale_months: int = Field(24, ge=1, description="Advice older than this is out of date")
    all_current_level: int = 4
    older_level: int = 3
    weak_level: int = 2
    missing_level: int = 1
    unqualified_level: int = Field(3, description="Level when an author's role or service is not recognisably the right profession")
    other_role_patterns: list[str] = optional_list(
        "Roles of another service ('Traveller Education and Liaison Officer' for social care): an item whose "
        "author holds one (and no role of author_patterns) is not advice of this kind, whatever its title")


def advice_outcome(ctx: CheckContext, p: AdviceParams) -> Outcome:
    plan = ctx.plan
    title_rx = rx(p.title_patterns)
    # a joint item counts for each kind it names ("Social care and preparing for adulthood advice")
    items = [i for i in plan.advice if p.advice_kind in kinds_named(i)
             or (title_rx is not None and i.kind == "other" and title_rx.search(i.quote))]
    if not items:
        return none_listed(ctx, p)
    ref, ref_name = reference_date(plan, ctx.as_of)
    findings: list[Finding] = []
    level = p.all_current_level
    good = 0
    for item in items:
        gap = unattributed_finding(item, p)
        if gap is not None:
            level = min(level, p.weak_level)
            findings.append(gap)
            continue
        assert item.author and item.date is not None  # (both checked just above)
        if p.other_role_patterns and search(p.other_role_patterns, item.author) \
                and not (p.author_patterns and search(p.author_patterns, item.author)):
            level = min(level, p.weak_level)
            findings.append(advice_finding(item, f"The author's role is another service's, not {p.label}: this is "
                                                 f"no {p.label} advice."))
            continue
        good += 1
        if (who := unqualified_finding(item, p)) is not None:
            level = min(level, p.unqualified_level)
            findings.append(who)
        age, band = age_of(item, ref, p)
        if band == "stale":
            level = min(level, p.weak_level)
        elif band == "older":
            level = min(level, p.older_level)
        findings.append(age_finding(item, band, age, ref_name, p))
    if good == 0:
        level = p.missing_level
    return Outcome(level=level, findings=findings)


def none_listed(ctx: CheckContext, p: AdviceParams) -> Outcome:
    """Section K lists no advice of this kind (or was not found): the lowest level."""
    where = "Section K lists" if ctx.plan.found("K") else "Section K (advice and information) was not found, so the plan lists"
    return Outcome(level=p.missing_level, findings=[ctx.missing(
        "K", f"{where} no {p.label} advice: {p.label} professionals' advice must be sought and listed.")])


def unattributed_finding(item: AdviceItem, p: AdviceParams) -> Finding | None:
    """An item that does not say who gave it or when (its age cannot be judged); None when it says both."""
    missing = [what for what, gap in (("who gave it", not item.author), ("when it was given", item.date is None)) if gap]
    return advice_finding(item, f"This {p.label} advice does not say {' or '.join(missing)}.") if missing else None


def unqualified_finding(item: AdviceItem, p: AdviceParams) -> Finding | None:
    """An item whose author is named with no role or service of this kind (``author_patterns``; with
    none, any author will do); None when the role or service is named."""
    if not p.author_patterns or search(p.author_patterns, item.author or ""):
        return None
    return advice_finding(item, f"The author is not named with a {p.label} role or service: "
                                "check the advice is from the right professional.")


def age_of(item: AdviceItem, ref: dt.date, p: AdviceParams) -> tuple[int, AgeBand]:
    """A dated item's age in whole months at ``ref`` (the plan's issue or the audit date) and its band:
    current up to ``current_months``, older up to ``stale_months``, then stale."""
    assert item.date is not None  # (only dated items have an age)
    age = months_between(item.date, ref)
    return age, age_band(age, p.current_months, p.stale_months)


def age_finding(item: AdviceItem, band: AgeBand, age: int, ref_name: str, p: AdviceParams, stale_note: str = "") -> Finding:
    """What an attributed, dated item's age at ``ref_name`` means, in words (the one wording for every
    kind of advice): evidence when current; an issue when older than ``current_months`` or out of date
    (``stale_note`` follows the out-of-date message: what else the plan lists from that service)."""
    assert item.date is not None  # (only dated items have an age)
    if band == "current":
        return advice_finding(item, f"{p.label.capitalize()} advice, attributed and dated "
                                    f"{item.date:%d/%m/%Y} ({months_text(max(age, 0))} before the {ref_name}).",
                              kind="evidence")
    if band == "older":
        return advice_finding(item, f"This {p.label} advice was {age} months old at the {ref_name}: "
                                    f"older than {p.current_months} months; check it is still current.")
    return advice_finding(item, f"This {p.label} advice was {age} months old at the {ref_name}: "
                                f"out of date (over {p.stale_months} months).{stale_note}")
