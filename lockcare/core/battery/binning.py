"""Binning a set's readings into interval observations for the model's likelihood.

Readings close in time share their errors (a cold night, a sagging cell), so they are
binned in time (at most ``MAX_BINS`` bins); each bin gives the median percent and the
median enum rank, which drops single spikes (a lone 0 or 100) and rebounds lasting less
than a bin, and keeps a long history cheap. Each median becomes an interval of the true
level (see the table in ``data``).
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from datetime import datetime, timedelta

import numpy as np

from lockcare.core.battery.data import LEVEL_INTERVALS, RANK_LEVELS, Cleaned

MAX_BINS = 16
MIN_BIN_DAYS = 1.0
_RANK_LO = np.array([LEVEL_INTERVALS[RANK_LEVELS[r]][0] for r in range(4)])
_RANK_HI = np.array([LEVEL_INTERVALS[RANK_LEVELS[r]][1] for r in range(4)])


def percent_step(percent: np.ndarray) -> float:
    """Detect the lock's reporting step: 10, 5 or 1 % (1 % when there are no percents)."""
    values = percent[~np.isnan(percent)]
    if not values.size:
        return 1.0
    if np.all(values % 10 == 0):
        return 10.0
    if np.all(values % 5 == 0):
        return 5.0
    return 1.0


@dataclass(frozen=True, slots=True)
class Observations:
    """Binned interval observations for the likelihood (days since the anchor).

    Attributes:
        days: Median time of each bin.
        lo: Lower end of the level interval.
        hi: Upper end.
        scale: Logistic scale of the reading error (enum edges are softer).
        outlier: Chance a garbage reading lands in the interval (for the robust mixture).
        step: Detected percent step (0 for enum-only data).
    """

    days: np.ndarray
    lo: np.ndarray
    hi: np.ndarray
    scale: np.ndarray
    outlier: np.ndarray
    step: float

    def __len__(self) -> int:
        return int(self.days.size)


PERCENT_SCALE = 3.0
"""Logistic scale (%) of a percent reading's error beyond its rounding step: the lock's noise
and, mostly, how far a real curve strays from the model's."""
LEVEL_SCALE = 5.0
"""Logistic scale (%) that softens the enum edges (each lock draws them a bit apart)."""


def _bin_medians(bins: np.ndarray, values: np.ndarray, index: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per present bin: the median of ``values``, and the middle ``index`` (time order)."""
    present, first, counts = np.unique(bins, return_index=True, return_counts=True)
    order = np.lexsort((values, bins))
    ordered = values[order]
    median = (ordered[first + (counts - 1) // 2] + ordered[first + counts // 2]) / 2.0
    return median, index[first + (counts - 1) // 2]


def observations(cleaned: Cleaned, anchor: datetime) -> Observations:
    """Bin the readings in time; each bin gives the median percent and the median enum rank.

    Readings close in time share their errors (a cold night, a sagging cell), so they are
    binned; medians drop single spikes (a lone 0 or 100) and rebounds lasting less than a
    bin. Percent medians become intervals that allow both rounding and truncating locks.
    """
    times = cleaned.times
    if not times:
        empty = np.zeros(0)
        return Observations(empty, empty, empty, empty, empty, 0.0)
    width = max(MIN_BIN_DAYS, cleaned.span_days() / MAX_BINS)
    edges = [bisect_left(times, times[0] + timedelta(days=width * k)) for k in range(1, MAX_BINS)]
    bins = np.repeat(np.arange(MAX_BINS), np.diff([0, *edges, len(times)]))
    index = np.arange(len(times))
    is_percent = ~np.isnan(cleaned.percent)
    parts = []
    step = 0.0
    if is_percent.any():
        step = percent_step(cleaned.percent)
        value, middle = _bin_medians(bins[is_percent], cleaned.percent[is_percent], index[is_percent])
        lo = np.where(value <= 0, -np.inf, value - step / 2.0)
        hi = np.where(value >= 100, np.inf, value + step)
        outlier = (np.minimum(hi, 100.0) - np.maximum(lo, 0.0)) / 100.0
        parts.append((cleaned.days(middle, anchor), lo, hi, np.full(lo.size, PERCENT_SCALE), outlier))
    if (~is_percent).any():
        ranks = cleaned.rank[~is_percent].astype(float)
        value, middle = _bin_medians(bins[~is_percent], ranks, index[~is_percent])
        rank = np.floor(value).astype(int)  # the lower median: a bin half "low" reads low
        parts.append((cleaned.days(middle, anchor), _RANK_LO[rank], _RANK_HI[rank],
                      np.full(rank.size, LEVEL_SCALE), np.full(rank.size, 0.25)))
    merged = [np.concatenate(column) for column in zip(*parts)]
    order = np.argsort(merged[0], kind="stable")
    return Observations(*(column[order] for column in merged), step)
