"""Exact agreement and quadratic-weighted kappa, against hand-worked and independent figures."""

from __future__ import annotations

import itertools
import random

import pytest

from ehcaudit.agreement import by_criterion, exact, kappa_quadratic, summary


def test_hand_worked_example():
    # Three levels; weights (i-j)^2/4: 0.25 one level apart, 1 two apart.
    # Observed weighted disagreement: (1,2) .25 + (2,3) .25 + (3,1) 1 = 1.5 over 6 pairs = 0.25.
    # Every margin is 1/3, so chance disagreement = (sum of the weight table = 3) / 9 = 1/3.
    # kappa = 1 - 0.25 / (1/3) = 0.25; exact = 3 of 6.
    pairs = [(1, 1), (2, 2), (3, 3), (1, 2), (2, 3), (3, 1)]
    assert exact(pairs) == 0.5
    assert kappa_quadratic(pairs, 3) == pytest.approx(0.25)


def _independent(pairs):
    """Quadratic kappa as 1 - mean squared difference / the same over every cross pairing
    (what chance would give with these margins): no tables, no weights."""
    n = len(pairs)
    observed = sum((a - b) ** 2 for a, b in pairs) / n
    chance = sum((a - b) ** 2 for (a, _), (_, b) in itertools.product(pairs, pairs)) / n ** 2
    return 1 - observed / chance


def test_matches_an_independent_computation_on_random_pairs():
    rnd = random.Random(17)
    for _ in range(50):
        n = rnd.randint(2, 40)
        pairs = [(rnd.randint(1, 4), rnd.randint(1, 4)) for _ in range(n)]
        if len({a for a, _ in pairs}) == 1 and len({b for _, b in pairs}) == 1:
            continue
        assert kappa_quadratic(pairs, 4) == pytest.approx(_independent(pairs))


def test_perfect_and_undefined():
    assert kappa_quadratic([(1, 1), (2, 2), (4, 4)], 4) == pytest.approx(1.0)
    assert kappa_quadratic([], 4) is None and exact([]) is None
    assert kappa_quadratic([(3, 3), (3, 3)], 4) is None  # no chance disagreement: undefined
    assert summary([], 4) == {"n": 0, "exact": None, "kappa_quadratic": None}


def test_pooled_excludes_overall_and_lists_each_criterion():
    pairs = [("A-X", 1, 1), ("A-X", 2, 3), ("B-Y", 4, 4), ("overall", 1, 4)]
    out = by_criterion(pairs, 4)
    assert out["n"] == 3 and out["exact"] == pytest.approx(2 / 3, abs=1e-4)
    assert set(out["per_criterion"]) == {"A-X", "B-Y", "overall"}
    assert out["per_criterion"]["overall"]["exact"] == 0.0
