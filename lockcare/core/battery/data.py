"""Battery readings and swaps as the forecaster sees them: cleaned, bounded, binned.

A lock reports either a percentage (often in 5 % or 10 % steps) or Tuya's
``battery_state`` enum. Both become *intervals* of the true level:

===========  ==================  =====================================================
report       interval (%)        why
===========  ==================  =====================================================
``high``     60 and above        locks differ; the edges are softened by the noise model
``medium``   30 - 60
``low``      10 - 30
``poweroff`` below 10            the lock still wakes to say so, so not exactly 0
``85`` (10 % steps)  80 - 90     half a step either side: locks round or truncate
``100``      95 and above        a fresh set can read 100 for weeks
===========  ==================  =====================================================

Impossible values (percent outside 0-100, Tuya's ``-1`` "unknown", unknown enum words,
booleans, NaN) are ignored and counted. Datetimes must be timezone-aware: a naive one
raises ``ValueError``, because guessing a zone could shift a forecast by hours for every
reading and hide a bug upstream (``models.py`` promises aware datetimes everywhere).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, NamedTuple

from lockcare.core.vocabulary import LEVEL_ESTIMATES, LEVEL_PERCENT_RANGES, LEVEL_RANKS

# The level meanings are defined once, in core.vocabulary; the likelihood leaves the ends open.
LEVEL_INTERVALS: dict[str, tuple[float, float]] = {
    level: (low if low > 0 else -math.inf, high if high < 100 else math.inf)
    for level, (low, high) in LEVEL_PERCENT_RANGES.items()
}
RANK_LEVELS = {rank: level for level, rank in LEVEL_RANKS.items()}
PERCENT_SCALE = 3.0
"""Logistic scale (%) of a percent reading's error beyond its rounding step."""
LEVEL_SCALE = 4.0
"""Logistic scale (%) that softens the enum edges (each lock draws them a bit apart)."""
SECONDS_PER_DAY = 86400.0


@dataclass(frozen=True, slots=True)
class Reading:
    """One battery observation handed to the forecaster.

    Attributes:
        at: When it was read (timezone-aware).
        percent: Reported percentage, if the lock gives one.
        level: Reported ``battery_state`` (high/medium/low/poweroff), if any.
    """

    at: datetime
    percent: int | None = None
    level: str | None = None


@dataclass(frozen=True, slots=True)
class Swap:
    """A fresh set of batteries put into the lock.

    Attributes:
        at: When the set went in (timezone-aware).
        battery: Battery type id, e.g. ``"aa-alkaline"`` or ``"18650-li-ion"``.
    """

    at: datetime
    battery: str = "aa-alkaline"


class Point(NamedTuple):
    """A cleaned reading: time plus its best level estimate (a tuple: cheap to make)."""

    at: datetime
    estimate: float
    percent: float | None
    rank: int | None


@dataclass(frozen=True, slots=True)
class LevelBin:
    """A binned observation for the likelihood: days since the anchor and an interval."""

    days: float
    lo: float
    hi: float
    scale: float


def require_aware(value: datetime, what: str) -> datetime:
    """Return ``value`` if it is a timezone-aware datetime, else raise ``ValueError``."""
    if not isinstance(value, datetime):
        raise ValueError(f"{what} must be a datetime, got {type(value).__name__}")
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(
            f"{what} is a naive datetime ({value.isoformat()}); lockcare needs "
            "timezone-aware datetimes, e.g. datetime.now(timezone.utc)"
        )
    return value


def swap_battery(swap: Any) -> str:
    """Battery type of a ``Swap`` or a ``models.BatterySwap``."""
    return str(getattr(swap, "battery", None) or getattr(swap, "battery_type", "") or "")


def clean_percent(value: Any) -> float | None:
    """Return a usable percentage or None for impossible or missing values."""
    if value is None or isinstance(value, bool) or not isinstance(value, int | float):
        return None
    if not math.isfinite(value) or value < 0 or value > 100:
        return None
    return float(value)


def clean_level(value: Any) -> int | None:
    """Return the rank of a ``battery_state`` word, or None when unknown."""
    if not isinstance(value, str):
        return None
    return LEVEL_RANKS.get(value.strip().lower())


def to_point(reading: Any) -> Point | None:
    """Clean one reading (``Reading`` or ``models.BatteryReading``); None if unusable."""
    percent = clean_percent(getattr(reading, "percent", None))
    rank = clean_level(getattr(reading, "level", None))
    if percent is None and rank is None:
        return None
    estimate = percent if percent is not None else LEVEL_ESTIMATES[RANK_LEVELS[rank]]
    return Point(reading.at, estimate, percent, rank)


@dataclass(frozen=True, slots=True)
class Selection:
    """Readings picked for one set, with what was left out."""

    points: list[Point]
    ignored: int
    future: int


def select_points(
    readings: Iterable[Any], *, start: datetime | None, now: datetime | None
) -> Selection:
    """Clean, bound and sort the readings of the current set.

    Only readings at or after ``start`` (the last swap) and not after ``now`` are kept
    (either bound may be None), so a long history costs one cheap pass, and sorting
    touches only the current set.
    """
    points: list[Point] = []
    ignored = future = 0
    for reading in readings:
        at = reading.at
        if getattr(at, "tzinfo", None) is None:
            require_aware(at, "reading time")  # raises with a clear message
        if start is not None and at < start:
            continue
        if now is not None and at > now:
            future += 1
            continue
        percent = reading.percent
        if type(percent) is int and 0 <= percent <= 100:  # the common case, kept cheap
            points.append(Point(at, float(percent), float(percent), None))
            continue
        point = to_point(reading)
        if point is None:
            ignored += 1
        else:
            points.append(point)
    points.sort(key=lambda p: p.at)
    return Selection(points, ignored, future)


JUMP_LOW = 30.0
JUMP_HIGH = 90.0


def _is_low(point: Point) -> bool:
    if point.percent is not None:
        return point.percent <= JUMP_LOW
    return point.rank is not None and point.rank <= LEVEL_RANKS["low"]


def _is_full(point: Point) -> bool:
    if point.percent is not None:
        return point.percent >= JUMP_HIGH
    return point.rank == LEVEL_RANKS["high"]


def find_jumps(points: Sequence[Point]) -> list[tuple[Point, Point]]:
    """Return (last low, first full) pairs where the level jumped as after a battery change.

    A lone full reading between low ones is a glitch, not a new set, so the reading after
    the jump (when there is one) must not be low again.
    """
    jumps = []
    for i in range(1, len(points)):
        before, after = points[i - 1], points[i]
        if _is_low(before) and _is_full(after):
            if i + 1 < len(points) and _is_low(points[i + 1]):
                continue
            jumps.append((before, after))
    return jumps


def percent_step(points: Sequence[Point]) -> float:
    """Detect the lock's reporting step: 10, 5 or 1 %."""
    values = [p.percent for p in points if p.percent is not None]
    if not values:
        return 1.0
    if all(v % 10 == 0 for v in values):
        return 10.0
    if all(v % 5 == 0 for v in values):
        return 5.0
    return 1.0


def percent_interval(percent: float, step: float) -> tuple[float, float]:
    """Interval of true levels a percent reading with this step stands for."""
    half = step / 2.0
    lo = -math.inf if percent <= 0 else percent - half
    hi = math.inf if percent >= 100 else percent + half
    return lo, hi


def _median_low(values: list[float]) -> float:
    values.sort()
    return values[(len(values) - 1) // 2]


def observations(
    points: Sequence[Point], anchor: datetime, *, max_bins: int = 32
) -> list[LevelBin]:
    """Bin the points in time and turn each bin into at most two interval observations.

    Readings close in time share their errors (a cold night, a sagging cell), so they are
    binned: each bin gives the lower median of its percentages and of its enum ranks.
    Taking medians drops single spikes and keeps a 350,000-reading history cheap.
    """
    if not points:
        return []
    step = percent_step(points)
    first = (points[0].at - anchor).total_seconds() / SECONDS_PER_DAY
    last = (points[-1].at - anchor).total_seconds() / SECONDS_PER_DAY
    width = max(1.0, (last - first) / max_bins)
    bins: dict[int, tuple[list[float], list[float], list[float]]] = {}
    for point in points:
        days = (point.at - anchor).total_seconds() / SECONDS_PER_DAY
        times, percents, ranks = bins.setdefault(int((days - first) / width), ([], [], []))
        times.append(days)
        if point.percent is not None:
            percents.append(point.percent)
        elif point.rank is not None:
            ranks.append(float(point.rank))
    result = []
    for key in sorted(bins):
        times, percents, ranks = bins[key]
        days = _median_low(times)
        if percents:
            lo, hi = percent_interval(_median_low(percents), step)
            result.append(LevelBin(days, lo, hi, PERCENT_SCALE))
        if ranks:
            lo, hi = LEVEL_INTERVALS[RANK_LEVELS[int(_median_low(ranks))]]
            result.append(LevelBin(days, lo, hi, LEVEL_SCALE))
    return result
