"""The forecaster's arithmetic: a grid posterior over a set's life.

Model. Since the swap, the level follows one of the chemistry's discharge curves (see
``battery_priors.Chemistry.shapes``) stretched over the set's life. The unknowns are the
life ``T`` (days until the lock reports 20 %) and which curve fits. Each binned
observation is an interval of the level; its likelihood is the chance that a logistic
error around the curve lands in that interval. The posterior is prior x likelihood on a
grid of (log ``T``, curve).

Why these choices:

* Interval likelihoods treat enum levels and rounded percentages honestly.
* The logistic error is heavier-tailed than a normal (one bad reading does not drag the
  fit), and it and the log-logistic prior are log-concave.
* The prior is placed on ``T`` itself for every curve, so the posterior of ``T`` is the
  prior times one fixed likelihood: a busier door (a prior shifted earlier) can never
  give a later ``replace_by`` (a monotone-likelihood-ratio argument).
* The data weigh at most ``DATA_WEIGHT`` observations in total. Readings days apart still
  share errors (cold weeks, a lock's own calibration), so treating hundreds of them as
  independent would make the range far too narrow.
* Curves are weighed by how well they fit (Bayesian model averaging): early in a set an
  alkaline sag and a fast drain look alike, so both stay in and the range is wide.

When no swap is known, the start of the set is a further unknown: the first reading sits
a share ``u`` into the set's life, with ``u`` uniform on a grid.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from lockcare.core.battery.data import LevelBin
from lockcare.core.battery.priors import LifePrior

DATA_WEIGHT = 10.0
"""Total weight of the data, in equivalent independent observations."""
LATTICE_STEP = 0.03
"""Spacing of the log-life lattice (3 % steps in life)."""
COARSE = 4
"""The first pass visits every 4th lattice point."""
PRUNE_NATS = 40.0
"""Lattice stretches this far below the posterior peak are not refined (e^-40 ~ 4e-18)."""
START_SHARES = tuple(i / 10 for i in range(10))
"""Grid for ``u`` (how far into its life the set was at the first reading)."""
REPLACE_LEVEL = 20.0
"""The level the type priors are quoted at (the guide's replace point)."""
MIN_LIFE_DAYS = 3.0
MAX_LIFE_DAYS = 4000.0


def _log_sigmoid(x: float) -> float:
    if x >= 0:
        return -math.log1p(math.exp(-x))
    return x - math.log1p(math.exp(x))


def log_interval_probability(lo: float, hi: float, mu: float, scale: float) -> float:
    """Log of P(lo < mu + e < hi) for a logistic error ``e``, stable in the far tails."""
    a = (lo - mu) / scale if lo != -math.inf else -math.inf
    b = (hi - mu) / scale if hi != math.inf else math.inf
    # sigmoid(b) - sigmoid(a) = sigmoid(b) * sigmoid(-a) * (1 - exp(a - b))
    total = 0.0
    if b != math.inf:
        total += _log_sigmoid(b)
    if a != -math.inf:
        total += _log_sigmoid(-a)
        if b != math.inf:
            # (lo - hi) / scale, not a - b: far from mu, a and b round to the same float.
            total += math.log(-math.expm1((lo - hi) / scale))
    return total


Shape = tuple[float, float, float, float]
SAG_TIME = 0.05
"""Share of the life over which a fresh alkaline cell's early sag plays out."""


def curve(x: float, shape: Shape, fresh: float) -> float:
    """Unclipped level after a share ``x`` of the life; reaches 0 at ``x = 1``.

    ``fresh`` rescales the whole curve (100 for most chemistries; NiMH reads lower).
    """
    top, sag, slope, knee = shape
    if x <= 0:
        return top * fresh / 100.0
    rest = top - sag - slope
    level = top - sag * (1.0 - math.exp(-x / SAG_TIME)) - slope * x - rest * x**knee
    return level * fresh / 100.0


@lru_cache(maxsize=1024)
def crossing_share(level: float, shape: Shape, fresh: float) -> float:
    """Share of the life used when the curve first reaches ``level`` (bisection)."""
    if level >= curve(0.0, shape, fresh):
        return 0.0
    if level <= 0:
        return 1.0
    lo, hi = 0.0, 1.0
    for _ in range(50):
        mid = (lo + hi) / 2.0
        if curve(mid, shape, fresh) > level:
            lo = mid
        else:
            hi = mid
    return (lo + hi) / 2.0


@dataclass(frozen=True, slots=True)
class Node:
    """One grid point of the posterior.

    Attributes:
        weight: Posterior weight (all nodes of a fit sum to 1).
        full_days: Days from the start of the set to 0 % on the curve.
        start: Start of the set in days relative to the anchor (0 or negative).
        shape: Curve shape ``(top, sag, slope, knee)``.
        fresh: Level of a fresh set.
    """

    weight: float
    full_days: float
    start: float
    shape: Shape
    fresh: float

    def crossing(self, level: float) -> float:
        """Days after the anchor at which the curve reaches ``level``."""
        return self.start + self.full_days * crossing_share(level, self.shape, self.fresh)

    def level_at(self, days: float) -> float:
        """Curve level ``days`` after the anchor, clipped to 0-100."""
        x = (days - self.start) / self.full_days
        return min(100.0, max(0.0, curve(x, self.shape, self.fresh)))


def _log_prior(log_life: float, prior: LifePrior) -> float:
    y = (log_life - math.log(prior.median_days)) / prior.scale
    return _log_sigmoid(y) + _log_sigmoid(-y)


def _lattice(k: int) -> float:
    """Log-life of lattice point ``k``: one fixed lattice for every forecast."""
    return math.log(MIN_LIFE_DAYS) + k * LATTICE_STEP


LATTICE_SIZE = int(math.log(MAX_LIFE_DAYS / MIN_LIFE_DAYS) / LATTICE_STEP) + 1


def fit(
    observations: Sequence[LevelBin],
    prior: LifePrior,
    *,
    shapes: Sequence[Shape],
    fresh: float,
    known_start: bool,
) -> list[Node]:
    """Compute the posterior on a fixed lattice of log-life, coarse first, then fine.

    The lattice does not move with the prior, so two forecasts that differ only in the
    prior (a busier door) are compared on the same points and stay exactly ordered. Only
    the stretch where the posterior is within ``PRUNE_NATS`` of its peak is refined;
    points outside it weigh less than float rounding could notice.

    Args:
        observations: Binned interval observations, days relative to the anchor (the swap
            when ``known_start``, else the first reading).
        prior: Belief about the life to 20 % before the data.
        shapes: Candidate curves, equally likely before the data.
        fresh: Level of a fresh set on the lock's scale (100 unless NiMH).
        known_start: True when the anchor is the swap itself.

    Returns:
        Nodes whose weights sum to 1.
    """
    weight = min(1.0, DATA_WEIGHT / len(observations)) if observations else 0.0
    shares = (0.0,) if known_start else START_SHARES
    stride = 1 if known_start else 2
    scale = fresh / 100.0
    curves = [
        (shape, shape[0], shape[1], shape[2], shape[0] - shape[1] - shape[2], shape[3],
         crossing_share(REPLACE_LEVEL, shape, fresh) or 1.0)
        for shape in shapes
    ]

    def evaluate(k: int) -> list[tuple[float, float, float, Shape]]:
        log_life = _lattice(k)
        log_prior = _log_prior(log_life, prior)
        out = []
        for shape, top, sag, slope, rest, knee, to_replace in curves:
            full = math.exp(log_life) / to_replace
            for share in shares:
                start = -share * full
                total = log_prior
                for obs in observations:
                    x = (obs.days - start) / full
                    if x > 0:
                        drop = sag * (1.0 - math.exp(-x / SAG_TIME)) + slope * x + rest * x**knee
                        mu = min(100.0, (top - drop) * scale)
                    else:
                        mu = min(100.0, top * scale)
                    total += weight * log_interval_probability(obs.lo, obs.hi, mu, obs.scale)
                out.append((total, full, start, shape))
        return out

    coarse_step = COARSE * stride
    computed = {k: evaluate(k) for k in range(0, LATTICE_SIZE, coarse_step)}
    best = max(entry[0] for entries in computed.values() for entry in entries)
    for k in [k for k, entries in computed.items() if max(e[0] for e in entries) > best - PRUNE_NATS]:
        for near in range(max(0, k - coarse_step), min(LATTICE_SIZE, k + coarse_step + 1), stride):
            if near not in computed:
                computed[near] = evaluate(near)
    logs = [entry for k in sorted(computed) for entry in computed[k]]
    best = max(entry[0] for entry in logs)
    raw = [(math.exp(t - best), full, start, shape) for t, full, start, shape in logs]
    norm = sum(entry[0] for entry in raw)
    return [Node(w / norm, full, start, shape, fresh) for w, full, start, shape in raw if w > 0]


def quantile(pairs: Sequence[tuple[float, float]], q: float) -> float:
    """Weighted quantile of (value, weight) pairs, interpolating between mid-CDF points."""
    ordered = sorted(pairs)
    total = sum(w for _, w in ordered)
    cumulative = 0.0
    previous_value = previous_mid = None
    for value, w in ordered:
        mid = (cumulative + w / 2.0) / total
        cumulative += w
        if mid >= q:
            if previous_mid is None or mid == previous_mid:
                return value
            share = (q - previous_mid) / (mid - previous_mid)
            return previous_value + share * (value - previous_value)
        previous_value, previous_mid = value, mid
    return ordered[-1][0]


def crossing_quantiles(
    nodes: Sequence[Node], level: float, qs: Sequence[float]
) -> list[float]:
    """Quantiles (in days after the anchor) of when the level reaches ``level``."""
    pairs = [(node.crossing(level), node.weight) for node in nodes if node.weight > 0]
    return [quantile(pairs, q) for q in qs]


def level_median(nodes: Sequence[Node], days: float) -> float:
    """Posterior median level ``days`` after the anchor."""
    return quantile([(node.level_at(days), node.weight) for node in nodes if node.weight > 0], 0.5)
