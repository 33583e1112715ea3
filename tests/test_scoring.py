"""The one scoring formula (ehcaudit.rubric.scoring): the feedback summary's gains are the
change in the overall score that the engine's own formula gives when one criterion rises."""

from __future__ import annotations

import random

import pytest

from ehcaudit.results import AreaResult, CriterionResult, Overall, PlanResult
from ehcaudit.rubric.schema import default_rubric_path, load_rubric
from ehcaudit.rubric.scoring import area_score, gains, overall_score, points, weighted_mean


@pytest.fixture(scope="module")
def rubric():
    return load_rubric(default_rubric_path())


def _overall(rubric, crits: list[CriterionResult]) -> float:
    weights = {c.id: c.weight for c in rubric.criteria}
    pairs = []
    for area in rubric.areas:
        s = area_score(rubric, area.id, crits, weights)
        if s is not None:
            pairs.append((s, area.weight))
    return overall_score(pairs)


def _result(rubric, crits: list[CriterionResult]) -> PlanResult:
    weights = {c.id: c.weight for c in rubric.criteria}
    areas = [AreaResult(id=a.id, score=area_score(rubric, a.id, crits, weights)) for a in rubric.areas]
    return PlanResult(plan_id="P", source="p.docx", sha256="0" * 64, sections={},
                      overall=Overall(score=_overall(rubric, crits), level=1, label="x", rag="red"),
                      areas=areas, criteria=crits)


def test_points_and_means_by_hand(rubric):
    assert rubric.top_level == 4
    assert [points(rubric, lv) for lv in (1, 2, 3, 4)] == pytest.approx([0, 100 / 3, 200 / 3, 100])
    assert weighted_mean([(50.0, 1.0), (100.0, 3.0)]) == 87.5
    assert weighted_mean([]) is None and weighted_mean([(10.0, 0.0)]) is None
    assert overall_score([]) == 0.0


@pytest.mark.parametrize("seed", range(5))
def test_each_gain_is_the_rise_in_the_overall_score(rubric, seed):
    rnd = random.Random(seed)
    crits = []
    for c in rubric.criteria:
        applicable = rnd.random() > 0.2
        crits.append(CriterionResult(id=c.id, area=c.area, applicable=applicable,
                                     level=rnd.randint(1, 4) if applicable else None))
    result = _result(rubric, crits)
    before = _overall(rubric, crits)
    listed = gains(result, rubric)
    assert listed and all(c.level is not None and c.level < rubric.top_level for _, c in listed)
    assert [g for g, _ in listed] == sorted((g for g, _ in listed), reverse=True)
    for g, c in listed:
        raised = [x.model_copy(update={"level": x.level + 1}) if x.id == c.id else x for x in crits]
        assert _overall(rubric, raised) - before == pytest.approx(g, abs=1e-9), c.id
    # a criterion at the top level, or not applicable, is never listed
    assert {c.id for _, c in listed} == {c.id for c in crits if c.applicable and c.level < 4}
