"""Battery readings and swaps as the forecaster sees them: cleaned, bounded, binned.

A lock reports either a percentage (in 1 %, 5 % or 10 % steps) or Tuya's
``battery_state`` enum. Both become *intervals* of the true level:

===========  ==================  =====================================================
report       interval (%)        why
===========  ==================  =====================================================
``high``     60 and above        locks differ; the edges are softened by the noise model
``medium``   30 - 60
``low``      10 - 30
``poweroff`` below 10            the lock still wakes to say so, so not exactly 0
``80`` (10 % steps)  75 - 90     locks round (75-85) or truncate (80-90): both allowed
``100``      95 and above        a fresh set can read 100 for weeks
===========  ==================  =====================================================

Impossible values (percent outside 0-100, Tuya's ``-1`` "unknown", unknown enum words,
booleans, NaN) are ignored and counted. Datetimes must be timezone-aware: a naive one
raises ``ValueError``, because guessing a zone could shift a forecast by hours for every
reading and hide a bug upstream (``models.py`` promises aware datetimes everywhere).
``binning`` turns the cleaned readings into the model's interval observations.

Speed. Readings arrive as Python objects, usually sorted (storage returns them so). One
pass reads their times and checks the order; the current set is then found by bisection
and only it is converted to numpy arrays. A set of more than ``MAX_POINTS`` readings is
thinned evenly (always keeping the newest): binning takes medians anyway, so ten years of
15-minute readings cost a few milliseconds, not seconds.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from operator import attrgetter
from typing import Any, NamedTuple

import numpy as np

from lockcare.core.vocabulary import LEVEL_ESTIMATES, LEVEL_PERCENT_RANGES, LEVEL_RANKS

# The level meanings are defined once, in core.vocabulary; the likelihood leaves the ends open.
LEVEL_INTERVALS: dict[str, tuple[float, float]] = {
    level: (low if low > 0 else -math.inf, high if high < 100 else math.inf)
    for level, (low, high) in LEVEL_PERCENT_RANGES.items()
}
RANK_LEVELS = {rank: level for level, rank in LEVEL_RANKS.items()}
_RANK_ESTIMATE = np.array([LEVEL_ESTIMATES[RANK_LEVELS[r]] for r in range(4)])
SECONDS_PER_DAY = 86400.0
MAX_POINTS = 4096
"""Readings of one set beyond this are thinned evenly before binning."""
JUMP_LOW = 30.0
JUMP_HIGH = 90.0
_AT = attrgetter("at")


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
    """A cleaned reading: time plus its best level estimate."""

    at: datetime
    estimate: float
    percent: float | None
    rank: int | None


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


def sort_readings(readings: Iterable[Any]) -> tuple[list[Any], list[datetime]]:
    """Return the readings and their times, oldest first.

    Already-sorted input (the usual case) costs one pass: ``sorted`` on a sorted list only
    compares neighbours, and the equality check then meets the same objects.

    Raises:
        ValueError: If a reading time is naive or not a datetime.
    """
    items = readings if isinstance(readings, list) else list(readings)
    times = [r.at for r in items]  # a comprehension beats map(attrgetter) on 3.11
    try:
        ordered = sorted(times)
    except TypeError:
        ordered = []  # a naive time met an aware one; found and named below
    if len(ordered) != len(times) or (times and not isinstance(times[0], datetime)):
        for at in times:
            require_aware(at, "reading time")
    if ordered != times:
        index = sorted(range(len(items)), key=times.__getitem__)
        items = [items[i] for i in index]
        times = ordered
    if times and (times[0].tzinfo is None or times[-1].tzinfo is None):
        require_aware(times[0] if times[0].tzinfo is None else times[-1], "reading time")
    return items, times


@dataclass(frozen=True, slots=True)
class Cleaned:
    """Usable readings of one stretch as arrays, oldest first.

    Times stay datetimes (sorted): converting every one to a number would cost more than
    the whole forecast, and bins and spans are found by bisection instead.

    Attributes:
        times: Time of each reading.
        percent: Reported percent (NaN where the reading gave only an enum level).
        rank: Enum rank 0-3 (``poweroff``..``high``; -1 where a percent was given).
        ignored: Readings with impossible values that were dropped.
        items: The source reading objects, in the same order.
    """

    times: list[datetime]
    percent: np.ndarray
    rank: np.ndarray
    ignored: int
    items: list[Any]

    def __len__(self) -> int:
        return len(self.items)

    def estimate(self) -> np.ndarray:
        """Best single level estimate of each reading (enum levels at their midpoints)."""
        enum = _RANK_ESTIMATE[np.clip(self.rank, 0, 3)]
        return np.where(np.isnan(self.percent), enum, self.percent)

    def low(self) -> np.ndarray:
        """Readings that look like a set near its end."""
        return np.where(np.isnan(self.percent), (self.rank >= 0) & (self.rank <= 1),
                        self.percent <= JUMP_LOW)

    def full(self) -> np.ndarray:
        """Readings that look like a fresh set."""
        return np.where(np.isnan(self.percent), self.rank == 3, self.percent >= JUMP_HIGH)

    def tail(self, start: int) -> Cleaned:
        """The readings from index ``start`` on."""
        return Cleaned(self.times[start:], self.percent[start:], self.rank[start:],
                       self.ignored, self.items[start:])

    def days(self, index: int | np.ndarray, anchor: datetime) -> np.ndarray:
        """Days from ``anchor`` to the readings at ``index``."""
        stamps = [self.times[i].timestamp() for i in np.atleast_1d(index)]
        return (np.array(stamps) - anchor.timestamp()) / SECONDS_PER_DAY

    def span_days(self) -> float:
        """Days from the first reading to the last (0 without readings)."""
        return (self.times[-1] - self.times[0]).total_seconds() / SECONDS_PER_DAY if self.times else 0.0


def _attributes(items: Sequence[Any], name: str) -> list[Any]:
    """One attribute of every reading (None where a duck-typed reading lacks it)."""
    try:
        return list(map(attrgetter(name), items))
    except AttributeError:
        return [getattr(r, name, None) for r in items]


def _percent_array(values: list[Any]) -> np.ndarray:
    """Percentages as floats, NaN where missing or impossible."""
    try:
        array = np.array(values, dtype=float)
    except (TypeError, ValueError):  # strings or other odd objects: the slow, exact path
        array = np.array([np.nan if clean_percent(v) is None else v for v in values], dtype=float)
    if bool in set(map(type, values)):
        array[[v.__class__ is bool for v in values]] = np.nan
    with np.errstate(invalid="ignore"):
        array[~((array >= 0) & (array <= 100))] = np.nan
    return array


def clean(items: Sequence[Any], times: Sequence[datetime] | None = None) -> Cleaned:
    """Turn time-sorted readings into arrays, dropping (and counting) unusable ones.

    Args:
        items: Readings, oldest first.
        times: Their times, if already at hand (saves reading them again).
    """
    percent = _percent_array(_attributes(items, "percent"))
    rank = np.full(len(items), -1, dtype=np.int8)
    missing = np.flatnonzero(np.isnan(percent))
    if missing.size:
        levels = _attributes([items[i] for i in missing], "level")
        for i, level in zip(missing, levels):
            found = clean_level(level)
            if found is not None:
                rank[i] = found
    usable = ~np.isnan(percent) | (rank >= 0)
    times = list(times) if times is not None else list(map(_AT, items))
    if usable.all():
        return Cleaned(times, percent, rank, 0, list(items))
    keep = np.flatnonzero(usable)
    return Cleaned([times[i] for i in keep], percent[keep], rank[keep],
                   int(len(items) - keep.size), [items[i] for i in keep])


def jump_indices(cleaned: Cleaned) -> list[int]:
    """Indices ``i`` where the level jumped from low (``i - 1``) to full (``i``), as after a swap.

    A set near its end reads low for days and a fresh one full for days, so both sides
    need two readings in a row (at distinct times: a reading stored twice is one): a
    lone low or full reading among others (locks do send a stray 0 or 100) is a glitch,
    not a battery change. At either end of the readings one reading has to do until the
    next one says otherwise.
    """
    if len(cleaned) < 2:
        return []
    low, full = cleaned.low(), cleaned.full()
    times = cleaned.times
    found = []
    for i in np.flatnonzero(low[:-1] & full[1:]) + 1:
        before = i - 2
        while before >= 0 and times[before] == times[i - 1]:
            before -= 1
        after = i + 1
        while after < len(times) and times[after] == times[i]:
            after += 1
        if (before < 0 or low[before]) and (after == len(times) or full[after]):
            found.append(int(i))
    return found


@dataclass(frozen=True, slots=True)
class Window:
    """The readings of the current set, cleaned.

    Attributes:
        cleaned: Usable readings between the start and now.
        future: Readings dated after now (ignored).
        thinned: Readings of the window left out by thinning (0 for most sets).
    """

    cleaned: Cleaned
    future: int
    thinned: int


def select(
    items: list[Any], times: list[datetime], *, start: datetime | None, now: datetime | None
) -> Window:
    """Clean the sorted readings at or after ``start`` and not after ``now``."""
    lo = bisect_left(times, start) if start is not None else 0
    hi = bisect_right(times, now) if now is not None else len(times)
    future = len(times) - hi
    thinned = 0
    if hi - lo > MAX_POINTS:
        keep = np.unique(np.linspace(lo, hi - 1, MAX_POINTS).round().astype(int)).tolist()
        thinned = hi - lo - len(keep)
        window, stamps = [items[i] for i in keep], [times[i] for i in keep]
    else:
        window, stamps = items[lo:hi], times[lo:hi]
    return Window(clean(window, stamps), future, thinned)
