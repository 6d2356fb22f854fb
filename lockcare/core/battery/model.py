"""The forecaster's arithmetic: a grid posterior over a set's life and curve shape.

Model. Since the swap, the level follows

    level(x) = A - S * (1 - exp(-x / 0.05)) - (A - S - 20) * x ** p,   x = (t - start) / T

(clipped to 0-100). ``T`` is the life (days until the level reaches 20 %); ``S`` an early
sag (a fresh cell's voltage drops quickly in the first weeks); ``p`` the shape of the rest:
1 a straight line, above 1 a decline that speeds up, far above 1 "flat, then a cliff".
``A`` above 100 lets the lock show 100 % for a while before the decline starts. The same
shapes are open to every chemistry, equally likely before the data: the readings decide
whether a cell declines steadily or holds and then drops; only the prior on ``T`` knows
the battery type and this lock's past. (A decline that slows down for good is not in the
family on purpose: extrapolated, it promises a long tail that cells do not have; the sag
covers the early part of such curves.)

Each binned observation is an interval of the level; its likelihood is a mixture: with
probability ``1 - OUTLIER`` a logistic error around the curve lands in the interval, else
the reading is garbage and lands anywhere. The mixture bounds what one bad bin can do (a
lone 0 %, a rebound, a cold week) and makes the far tails numerically trivial.

Why these choices:

* Interval likelihoods treat enum levels and rounded percentages honestly.
* The prior is placed on ``T`` itself for every shape, so the posterior of ``T`` is the
  prior times one fixed likelihood: a busier door (a prior shifted earlier) can never
  give a later ``replace_by`` (a monotone-likelihood-ratio argument).
* The data weigh at most ``DATA_WEIGHT`` observations in total (one per time bin):
  readings days apart still share errors (cold weeks, a lock's own voltage map), so
  hundreds of them must not count as independent; yet a clear decline must outweigh the
  type's typical life. How wide the resulting range really needs to be is measured on
  simulated sets and stored as a calibration table (see ``calibration``).
* Shapes are weighed by how well they fit (Bayesian model averaging): early in a set a
  straight line and a late cliff both fit, so both stay in and the range is wide.

When no swap is known, the start is a further unknown: the first reading sits a share
``u`` of the life into the set, with ``u`` uniform on a grid.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from lockcare.core.battery.binning import Observations
from lockcare.core.battery.priors import LifePrior

REPLACE_LEVEL = 20.0
"""The level ``T`` is defined at (the guide's replace point, where the priors are quoted)."""
POWERS = (1.0, 1.5, 2.5, 4.0, 7.0, 14.0)
"""Exponents ``p``: from a straight line to a sharp cliff (roughly even in log p)."""
STARTS = ((100.0, 0.0), (100.0, 15.0), (125.0, 0.0))
"""(``A``, ``S``): no sag, an early sag, or 100 % shown for a while."""
SAG_TIME = 0.05
"""Share of the life over which the early sag plays out."""
START_SHARES = tuple(i / 10 for i in range(10))
"""Grid for ``u`` (how far into its life the set was at the first reading)."""
DATA_WEIGHT = 16.0
"""Total weight of the data, in equivalent independent observations (``MAX_BINS``)."""
OUTLIER = 0.05
"""Share of bins the likelihood allows to be garbage."""
LOG_STEP = 0.04
MIN_LIFE_DAYS = 3.0
MAX_LIFE_DAYS = 4000.0
LOG_LIFE = np.arange(math.log(MIN_LIFE_DAYS), math.log(MAX_LIFE_DAYS), LOG_STEP)
"""One fixed lattice of log-life for every forecast (prior changes compare exactly)."""
COARSE = 6
PRUNE_NATS = 14.0
"""Lattice stretches this far below the posterior peak are not refined (e^-14 ~ 1e-6)."""
KEEP_WEIGHT = 1e-6
"""Nodes lighter than this share of the heaviest are dropped (they cannot move a 10 %
quantile by more than float noise)."""


@dataclass(frozen=True, slots=True)
class Shapes:
    """Candidate curve shapes on the lock's scale, one entry per shape."""

    top: np.ndarray
    sag: np.ndarray
    power: np.ndarray

    def level(self, x: np.ndarray) -> np.ndarray:
        """Level after a share ``x`` of the life (broadcast against the shapes, last axis)."""
        x = np.clip(x, 0.0, None)
        drop = self.sag * (1.0 - np.exp(-x / SAG_TIME)) + (self.top - self.sag - REPLACE_LEVEL) * x**self.power
        return np.clip(self.top - drop, 0.0, 100.0)

    def share_at(self, level: float) -> np.ndarray:
        """Share of the life at which each shape first reaches ``level`` (bisection)."""
        return _share_at(level, self.key)

    @property
    def key(self) -> tuple[tuple[float, float, float], ...]:
        """The shapes as a hashable value."""
        return tuple(zip(self.top.tolist(), self.sag.tolist(), self.power.tolist()))


@lru_cache(maxsize=64)
def _share_at(level: float, key: tuple[tuple[float, float, float], ...]) -> np.ndarray:
    top, sag, power = (np.array(column) for column in zip(*key))
    shapes = Shapes(top, sag, power)
    lo, hi = np.zeros(top.size), np.full(top.size, 4.0)
    for _ in range(40):
        mid = (lo + hi) / 2.0
        above = shapes.level(mid) > level
        lo, hi = np.where(above, mid, lo), np.where(above, hi, mid)
    hi.flags.writeable = False
    return hi


def shapes(known_start: bool, fresh: float) -> Shapes:
    """The candidate shapes; with an unknown start a late top is indistinguishable from a
    later start, and a sag from an earlier one, so only sag-free shapes are used."""
    starts = STARTS if known_start else STARTS[:1]
    grid = [(a, s, p) for p in POWERS for a, s in starts]
    top, sag, power = (np.array(column) for column in zip(*grid))
    return Shapes(top * fresh / 100.0, sag * fresh / 100.0, power)


@dataclass(frozen=True, slots=True)
class Posterior:
    """Posterior nodes, flattened; every array has one entry per node.

    Attributes:
        weight: Posterior weight (sums to 1).
        life: ``T``, days from the start of the set to 20 %.
        start: Start of the set in days relative to the anchor (0 or negative).
        shape: Index into ``shapes``.
        shapes: The candidate shapes.
    """

    weight: np.ndarray
    life: np.ndarray
    start: np.ndarray
    shape: np.ndarray
    shapes: Shapes

    @property
    def power(self) -> np.ndarray:
        """Shape exponent ``p`` of each node."""
        return self.shapes.power[self.shape]

    def crossing(self, level: float) -> np.ndarray:
        """Days after the anchor at which each node's curve reaches ``level``."""
        if level == REPLACE_LEVEL:
            return self.start + self.life
        return self.start + self.life * self.shapes.share_at(level)[self.shape]

    def levels(self, days: np.ndarray, nodes: np.ndarray | slice = slice(None)) -> np.ndarray:
        """Level of the chosen nodes at each of ``days`` after the anchor: (days, nodes)."""
        i = self.shape[nodes]
        x = np.clip((days[:, None] - self.start[nodes]) / self.life[nodes], 0.0, None)
        s = self.shapes
        drop = s.sag[i] * (1.0 - np.exp(-x / SAG_TIME)) + (s.top[i] - s.sag[i] - REPLACE_LEVEL) * x ** s.power[i]
        return np.clip(s.top[i] - drop, 0.0, 100.0)

    def quantiles(self, values: np.ndarray, qs: tuple[float, ...]) -> list[float]:
        """Weighted quantiles of per-node ``values``."""
        return [float(v) for v in weighted_quantiles(values, self.weight, qs)]


def weighted_quantiles(values: np.ndarray, weights: np.ndarray, qs: tuple[float, ...]) -> np.ndarray:
    """Quantiles of a weighted sample, interpolating between mid-CDF points.

    Equal values are merged first (every shape shares the lattice's lives), so the
    quantile moves smoothly between lattice points instead of sticking to them.
    """
    order = np.argsort(values, kind="stable")
    v, w = values[order], weights[order]
    starts = np.flatnonzero(np.append(True, v[1:] != v[:-1]))
    v, w = v[starts], np.add.reduceat(w, starts)
    mids = (np.cumsum(w) - w / 2.0) / w.sum()
    return np.interp(qs, mids, v)


def _log_prior(log_life: np.ndarray, prior: LifePrior) -> np.ndarray:
    y = (log_life - math.log(prior.median_days)) / prior.scale
    return -np.logaddexp(0.0, -y) - np.logaddexp(0.0, y)


def _log_likelihood(
    obs: Observations, log_life: np.ndarray, shape: Shapes, share: np.ndarray, weight: np.ndarray,
) -> np.ndarray:
    """Log-likelihood for every (shape, share, life) node: shape ``(K, U, L)``.

    Float32 and shared terms keep this the only costly step under a millisecond or two;
    the prior is added in float64 afterwards, so two forecasts that differ only in the
    prior see exactly the same likelihood.
    """
    days = np.maximum(obs.days, 1e-6).astype(np.float32)
    x = days[None, None, :] / np.exp(log_life).astype(np.float32)[None, :, None]
    x = x + share.astype(np.float32)[:, None, None]  # (U, L, J)
    log_x = np.log(np.minimum(x, np.float32(4.0)))  # far past the end: the level is 0 anyway
    power = shape.power.astype(np.float32)[:, None, None, None]
    mu = np.exp(power * log_x[None])  # x ** p, (K, U, L, J)
    mu *= -(shape.top - shape.sag - REPLACE_LEVEL).astype(np.float32)[:, None, None, None]
    mu += shape.top.astype(np.float32)[:, None, None, None]
    if shape.sag.any():
        sagged = 1.0 - np.exp(-np.minimum(x, np.float32(4.0)) / np.float32(SAG_TIME))
        mu -= shape.sag.astype(np.float32)[:, None, None, None] * sagged[None]
    np.clip(mu, 0.0, 100.0, out=mu)
    half = (0.5 / obs.scale).astype(np.float32)
    upper = np.tanh((obs.hi.astype(np.float32) - mu) * half)
    upper -= np.tanh((obs.lo.astype(np.float32) - mu) * half)
    upper *= np.float32(0.5 * (1.0 - OUTLIER))
    upper += (OUTLIER * obs.outlier).astype(np.float32)
    return np.log(upper) @ weight.astype(np.float32)


def fit(obs: Observations, prior: LifePrior, *, fresh: float, known_start: bool) -> Posterior:
    """Compute the posterior on the fixed lattice, coarse first, then fine near the peak.

    Args:
        obs: Binned interval observations, days relative to the anchor (the swap when
            ``known_start``, else the first reading).
        prior: Belief about the life to 20 % before the data.
        fresh: Level of a fresh set on the lock's scale (100 unless NiMH).
        known_start: True when the anchor is the swap itself.

    Returns:
        The posterior nodes (those with a weight float rounding can notice).
    """
    shape = shapes(known_start, fresh)
    share = np.array(START_SHARES[:1] if known_start else START_SHARES)
    # Every bin weighs the same (weighing recent bins more made no difference on the
    # simulators, so it is not a knob).
    weight = np.full(len(obs), min(1.0, DATA_WEIGHT / len(obs)) if len(obs) else 0.0)
    dims = (shape.top.size, share.size)

    def evaluate(index: np.ndarray) -> np.ndarray:
        log_life = LOG_LIFE[index]
        total = _log_prior(log_life, prior)[None, None, :]
        if len(obs):
            total = total + _log_likelihood(obs, log_life, shape, share, weight)
        return np.broadcast_to(total, (*dims, index.size))

    coarse = np.arange(0, LOG_LIFE.size, COARSE)
    coarse_logs = evaluate(coarse)
    peak = coarse_logs.max(axis=(0, 1))
    keep = coarse[peak > peak.max() - PRUNE_NATS]
    fine = np.arange(max(0, keep.min() - COARSE + 1), min(LOG_LIFE.size, keep.max() + COARSE))
    known = np.isin(fine, coarse)
    logs = np.empty((*dims, fine.size))
    logs[..., known] = coarse_logs[..., np.searchsorted(coarse, fine[known])]
    logs[..., ~known] = evaluate(fine[~known])
    weights = np.exp(logs - logs.max())
    mask = weights > KEEP_WEIGHT
    k, u, t = np.nonzero(mask)
    life = np.exp(LOG_LIFE[fine][t])
    w = weights[mask]
    return Posterior(w / w.sum(), life, -share[u] * life, k, shape)
