"""How old a piece of advice is, and what that age means: one rule for every check.

Advice in Section K is judged by its age on the date the plan was issued (or, when the plan
gives no issue date, on the audit date). The SEND Code of Practice expects an EHC needs
assessment to draw on advice that describes the child as they are now; councils and audit
groups treat advice of up to 12 months as current, 12-24 months as needing a check, and over
24 months as out of date. The thresholds are the rubric's (``current_months``/``good_months``,
``stale_months``); the arithmetic and the banding live only here.
"""

from __future__ import annotations

import calendar
import datetime as dt
from typing import Literal

from ehcaudit.model import Plan

AgeBand = Literal["current", "older", "stale"]


def months_between(earlier: dt.date, later: dt.date) -> int:
    """Whole calendar months from ``earlier`` to ``later`` (negative if ``earlier`` is later)."""
    months = (later.year - earlier.year) * 12 + (later.month - earlier.month)
    if later.day < earlier.day:
        months -= 1
    return months


def months_text(n: int) -> str:
    """1 -> "1 month", 5 -> "5 months"."""
    return f"{n} month" if n == 1 else f"{n} months"


def years_months(n: int) -> str:
    """37 -> "3 years 1 month", 24 -> "2 years", 18 -> "1 year 6 months"."""
    years, months = divmod(n, 12)
    parts = [f"{years} year" + ("" if years == 1 else "s")] if years else []
    if months or not years:
        parts.append(months_text(months))
    return " ".join(parts)


def reference_date(plan: Plan, as_of: dt.date) -> tuple[dt.date, str]:
    """The date advice age is measured at, and its name for messages."""
    if plan.front.date_issued:
        return plan.front.date_issued, "date the plan was issued"
    return as_of, "audit date"


def age_band(age_months: int, current_months: int, stale_months: int) -> AgeBand:
    """``current`` up to ``current_months``; ``older`` up to ``stale_months``; else ``stale``."""
    if age_months <= current_months:
        return "current"
    if age_months <= stale_months:
        return "older"
    return "stale"


def months_begun(earlier: dt.date, later: dt.date) -> int:
    """Calendar months begun from ``earlier`` to ``later``: whole months, plus one when ``later`` is
    past that many months' anniversary (17/11/2025 -> 01/12/2026 is 13: over 12 months)."""
    months = months_between(earlier, later)
    if months < 0:
        return months
    y, m = divmod(earlier.month - 1 + months, 12)
    year, month = earlier.year + y, m + 1
    day = min(earlier.day, calendar.monthrange(year, month)[1])
    return months + (1 if later > dt.date(year, month, day) else 0)
