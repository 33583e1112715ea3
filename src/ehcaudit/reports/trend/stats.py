"""The statistics of the trend report: shares of plans with their 95% interval.

The 95% interval on a share is the Wilson score interval, which behaves well for the small
samples (10-20 plans) a monthly audit scores; a share from fewer than :data:`SMALL_N` plans
is flagged "treat with caution".
"""

from __future__ import annotations

import math

#: A share computed from fewer plans than this is flagged "treat with caution".
SMALL_N = 10
#: z for a two-sided 95% interval.
Z95 = 1.959963984540054


def wilson_interval(k: int, n: int, z: float = Z95) -> tuple[float, float]:
    """Wilson score interval for ``k`` successes in ``n`` trials, as proportions (0-1).

    ``(p + z²/2n ± z·sqrt(p(1-p)/n + z²/4n²)) / (1 + z²/n)``; ``(nan, nan)`` when n is 0.
    """
    if n <= 0:
        return (math.nan, math.nan)
    p = k / n
    z2 = z * z
    denom = 1 + z2 / n
    centre = (p + z2 / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denom
    lo = 0.0 if k == 0 else max(0.0, centre - half)  # exact at the ends (no rounding dust)
    hi = 1.0 if k == n else min(1.0, centre + half)
    return (lo, hi)


def share(k: int, n: int) -> tuple[float, float, float]:
    """Percentage and its 95% Wilson interval, in percent (nan when n is 0)."""
    lo, hi = wilson_interval(k, n)
    pct = 100.0 * k / n if n else math.nan
    return pct, 100.0 * lo, 100.0 * hi


def caution(n: int) -> str:
    """The summary's note on a month of ``n`` plans."""
    return "small sample" if 0 < n < SMALL_N else ("no plans" if n == 0 else "")
