"""The scoring formula, written once (documented in the README, "How scores are calculated"):

* each applicable criterion gets a level ``L`` on the rubric's scale of ``N`` levels and
  earns ``points = 100 * (L - 1) / (N - 1)`` (:func:`points`);
* an area's score is the weight-weighted mean of the points of its applicable criteria;
  an area with no applicable criterion has no score (:func:`area_score`);
* the overall score is the area-weight-weighted mean of the area scores that exist
  (:func:`overall_score`);
* a score maps to the highest level whose ``min_score`` it reaches (``Rubric.level_for_score``).

A criterion that does not apply has ``applicable: false`` and no level, and never affects a
score (:func:`counted`). :func:`gains` is the same formula read the other way: how many overall
points each criterion would add by rising one level (the feedback summary's "three changes").
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ehcaudit.results import CriterionResult, PlanResult
    from ehcaudit.rubric.schema import Rubric


def points(rubric: Rubric, level: int) -> float:
    n = rubric.top_level
    return 100.0 * (level - 1) / (n - 1)


def counted(c: CriterionResult) -> bool:
    """Whether a criterion's level counts in its area's score (it applies and has a level)."""
    return bool(c.applicable and c.level)


def weighted_mean(pairs: Iterable[tuple[float, float]]) -> float | None:
    """Mean of ``(value, weight)`` pairs; None when there are none (or no weight)."""
    pairs = list(pairs)
    total = sum(w for _, w in pairs)
    if not pairs or total <= 0:
        return None
    return sum(v * w for v, w in pairs) / total


def area_score(rubric: Rubric, area: str, results: Sequence[CriterionResult],
               weights: Mapping[str, float]) -> float | None:
    """The area's score (unrounded) from its criteria's results; None if none counts."""
    return weighted_mean((points(rubric, r.level), weights[r.id]) for r in results
                         if r.area == area and counted(r) and r.level is not None)


def overall_score(area_scores: Iterable[tuple[float, float]]) -> float:
    """The overall score (unrounded) from ``(area score, area weight)`` of the scored areas."""
    o = weighted_mean(area_scores)
    return 0.0 if o is None else o


def gains(result: PlanResult, rubric: Rubric) -> list[tuple[float, CriterionResult]]:
    """Each improvable criterion with the overall points it would add by rising one level,
    most first: the change in :func:`overall_score` when only that criterion rises,

    gain = w_c / Σw(area's counted criteria) × w_area / Σw(scored areas)
           × (points(level + 1) − points(level)).
    """
    weights = {c.id: c.weight for c in rubric.criteria}
    area_w = {a.id: a.weight for a in rubric.areas}
    scored = [a for a in result.areas if a.score is not None]
    total_area = sum(area_w.get(a.id, 1.0) for a in scored) or 1.0
    out = []
    for c in result.criteria:
        if not c.applicable or c.level is None or c.level >= rubric.top_level:
            continue
        same = [x for x in result.criteria if x.area == c.area and counted(x)]
        total_c = sum(weights.get(x.id, 1.0) for x in same) or 1.0
        g = (weights.get(c.id, 1.0) / total_c) * (area_w.get(c.area, 1.0) / total_area) \
            * (points(rubric, c.level + 1) - points(rubric, c.level))
        out.append((g, c))
    out.sort(key=lambda t: (-t[0], t[1].id))
    return out
