"""How far raters agree: exact agreement and Cohen's kappa with quadratic weights.

Pure functions on pairs of levels (integers ``1..n_levels`` of a rubric's scale), used by the
workspace's agreement page, its JSON API and the trend report.

Cohen's weighted kappa with quadratic weights ``w(i, j) = (i - j)^2 / (k - 1)^2``::

    kappa = 1 - sum(w * observed) / sum(w * expected)

where ``observed`` is the table of pair proportions and ``expected`` the outer product of its
two margins (what two raters with these habits would give by chance). It is 1 for perfect
agreement, 0 for agreement no better than chance, negative for worse. It is undefined (``None``)
when there are no pairs or when chance disagreement is nil (both raters always give one and the
same level).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence


def exact(pairs: Sequence[tuple[int, int]]) -> float | None:
    """Share of pairs with the same level (None when there are none)."""
    if not pairs:
        return None
    return sum(1 for a, b in pairs if a == b) / len(pairs)


def kappa_quadratic(pairs: Sequence[tuple[int, int]], n_levels: int) -> float | None:
    """Cohen's kappa with quadratic weights over levels ``1..n_levels`` (None if undefined)."""
    pairs = [(int(a), int(b)) for a, b in pairs]
    n = len(pairs)
    if n == 0:
        return None
    k = max([n_levels, *[a for a, _ in pairs], *[b for _, b in pairs]])
    if k < 2:
        return None
    observed = [[0.0] * k for _ in range(k)]
    for a, b in pairs:
        observed[a - 1][b - 1] += 1 / n
    rows = [sum(observed[i]) for i in range(k)]
    cols = [sum(observed[i][j] for i in range(k)) for j in range(k)]
    w = [[(i - j) ** 2 / (k - 1) ** 2 for j in range(k)] for i in range(k)]
    num = sum(w[i][j] * observed[i][j] for i in range(k) for j in range(k))
    den = sum(w[i][j] * rows[i] * cols[j] for i in range(k) for j in range(k))
    if den <= 1e-12:
        return None
    return 1 - num / den


def summary(pairs: Sequence[tuple[int, int]], n_levels: int) -> dict:
    """``{"n", "exact", "kappa_quadratic"}`` for a list of pairs (floats rounded to 4 places)."""
    e, kq = exact(pairs), kappa_quadratic(pairs, n_levels)
    return {"n": len(pairs), "exact": None if e is None else round(e, 4),
            "kappa_quadratic": None if kq is None else round(kq, 4)}


def by_criterion(pairs: Iterable[tuple[str, int, int]], n_levels: int,
                 pooled_excludes: tuple[str, ...] = ("overall",)) -> dict:
    """Pooled summary over every criterion (``overall`` grades excluded from the pool) plus
    ``per_criterion``: ``{criterion: summary}``, criteria in sorted order."""
    grouped: dict[str, list[tuple[int, int]]] = {}
    for crit, a, b in pairs:
        grouped.setdefault(crit, []).append((a, b))
    pooled = [p for c, ps in grouped.items() if c not in pooled_excludes for p in ps]
    out = summary(pooled, n_levels)
    out["per_criterion"] = {c: summary(grouped[c], n_levels) for c in sorted(grouped)}
    return out
