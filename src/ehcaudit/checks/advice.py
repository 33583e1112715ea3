"""The check kinds for advice of one kind in Section K: listed, attributed, dated and recent.

Both read the plan's advice items (``plan.advice``, built by the reader) with the same parameters
(``AdviceParams``); the health kind adds what a designated clinical officer looks for in the
medical advice (``_health_advice``).
"""

from __future__ import annotations

from ehcaudit.checks._advice import AdviceParams, advice_outcome
from ehcaudit.checks._health_advice import health_advice_outcome
from ehcaudit.rubric.registry import CheckContext, Outcome, check


@check("health_advice", AdviceParams)
def health_advice(ctx: CheckContext, p: AdviceParams) -> Outcome:
    """The medical (health) advice is listed in Section K, attributed, dated and recent enough."""
    return health_advice_outcome(ctx, p)


@check("social_care_advice", AdviceParams)
def social_care_advice(ctx: CheckContext, p: AdviceParams) -> Outcome:
    """Social care advice is listed in Section K, attributed, dated and recent enough."""
    return advice_outcome(ctx, p)
