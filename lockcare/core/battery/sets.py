"""Battery sets: how long each set of batteries lasted, and what to warn about.

A *set* runs from one swap to the next (or to now, for the set in the lock). Each set is
compared with what its type usually gives and with the set before it, in a sentence a
homeowner can read ("This set lasted 9.1 months, 1.4x the last one.").

Inputs are duck-typed: swaps may be ``models.BatterySwap`` (with ``battery_type``,
``brand`` and ``count``) or ``battery.Swap`` (with ``battery``); readings may be
``models.BatteryReading`` or ``battery.Reading``. All datetimes must be timezone-aware.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from lockcare.core.battery.data import require_aware, swap_battery, to_point
from lockcare.core.battery.priors import DAYS_PER_MONTH, chemistry
from lockcare.core.battery.text import NIMH_WARNING
from lockcare.core.dates_in_words import day_text
from lockcare.core.i18n import decimal, translate

IDLE_DAYS = 90
"""The guide: remove the batteries if the lock will not be used for 90+ days."""
SAME_SWAP = timedelta(hours=1)
"""Swaps logged this close together are one battery change (e.g. two types recorded)."""
SIMILAR = 0.15
"""Ratios within 15 % of 1 read as "about the same"."""


@dataclass(frozen=True, slots=True)
class BatterySet:
    """One set of batteries in one lock.

    Attributes:
        start: When the set went in.
        end: When it came out (the next swap), or None for the set in the lock now.
        days: Days it lasted (or has lasted so far, for the current set).
        battery_type: Battery type id.
        brand: Brand as logged ("" if unknown).
        expected_days: Usual life for the type and voice setting (midpoint).
        expected_months: The usual range in months, e.g. (8.0, 10.0).
        ratio_expected: ``days / expected_days``.
        ratio_previous: ``days`` divided by the previous set's days (None for the first).
        last_level: Last level read before the set came out (None if none was read).
        summary: One plain sentence about the set.
    """

    start: datetime
    end: datetime | None
    days: float
    battery_type: str
    brand: str
    expected_days: float
    expected_months: tuple[float, float]
    ratio_expected: float
    ratio_previous: float | None
    last_level: float | None
    summary: str

    @property
    def current(self) -> bool:
        """True for the set that is in the lock now."""
        return self.end is None


@dataclass(frozen=True, slots=True)
class BatteryWarning:
    """Something about a lock's batteries the user should know.

    Attributes:
        code: ``"mixed-types"``, ``"wrong-type"``, ``"partial-swap"``, ``"nimh"`` or
            ``"idle"``.
        message: Plain words for the user.
    """

    code: str
    message: str


def _months(days: float) -> str:
    return translate("core.battery", "{months} months").format(months=decimal(days / DAYS_PER_MONTH, 1))


def _ratio_words(ratio: float) -> str:
    if abs(ratio - 1.0) <= SIMILAR:
        return translate("core.battery", "about the same as the last one")
    return translate("core.battery", "{ratio}x the last one").format(ratio=decimal(ratio, 1))


def _summary(days: float, current: bool, ratio_prev: float | None, chem_label: str,
             months: tuple[float, float], ratio_expected: float, last_level: float | None) -> str:
    usual = translate("core.battery", "{battery} usually lasts {low}-{high} months").format(
        battery=translate("core.battery", chem_label), low=f"{months[0]:g}", high=f"{months[1]:g}")
    if current:
        return translate("core.battery", "This set has been in for {months} so far; {usual}.").format(
            months=_months(days), usual=usual)
    parts = [translate("core.battery", "This set lasted {months}").format(months=_months(days))]
    if ratio_prev is not None:
        parts.append(_ratio_words(ratio_prev))
    if ratio_expected < 1 - SIMILAR:
        parts.append(translate("core.battery", "shorter than usual ({usual})").format(usual=usual))
    elif ratio_expected > 1 + SIMILAR:
        parts.append(translate("core.battery", "longer than usual ({usual})").format(usual=usual))
    sentence = ", ".join(parts)
    if last_level is not None and last_level >= 50:
        sentence += translate("core.battery", "; it came out while still reading about {level} %").format(
            level=f"{last_level:.0f}")
    return sentence + "."


def _readings_by_time(readings: Iterable[Any]) -> list[tuple[datetime, float]]:
    points = []
    for reading in readings:
        require_aware(reading.at, "reading time")
        point = to_point(reading)
        if point is not None:
            points.append((point.at, point.estimate))
    points.sort(key=lambda p: p[0])
    return points


def build_sets(
    swaps: Iterable[Any],
    *,
    now: datetime,
    readings: Iterable[Any] = (),
    voice_prompts: bool = False,
) -> list[BatterySet]:
    """Build one lock's battery sets, oldest first.

    Args:
        swaps: The lock's recorded swaps, any order; swaps after ``now`` are ignored.
        now: The present (timezone-aware); ends the current set.
        readings: The lock's readings, used for the level each set came out at.
        voice_prompts: Whether voice prompts are on (changes the usual life).

    Returns:
        The sets; the last one has ``end=None``.

    Raises:
        ValueError: If a datetime is naive.
    """
    require_aware(now, "now")
    ordered = sorted(
        (s for s in swaps if require_aware(s.at, "swap time") <= now), key=lambda s: s.at
    )
    points = _readings_by_time(readings)
    sets: list[BatterySet] = []
    for i, swap in enumerate(ordered):
        end = ordered[i + 1].at if i + 1 < len(ordered) else None
        days = ((end or now) - swap.at).total_seconds() / 86400.0
        battery = swap_battery(swap) or "aa-alkaline"
        chem = chemistry(battery)
        months = chem.voice_months if voice_prompts else chem.months
        expected = (months[0] + months[1]) / 2 * DAYS_PER_MONTH
        previous = sets[-1].days if sets else None
        ratio_prev = days / previous if previous and end is not None else None
        inside = [level for at, level in points if swap.at <= at < (end or now)] if end else []
        last_level = inside[-1] if inside else None
        summary = _summary(days, end is None, ratio_prev, chem.label, months,
                           days / expected, last_level)
        sets.append(BatterySet(
            swap.at, end, days, battery, str(getattr(swap, "brand", "") or ""), expected,
            months, days / expected, ratio_prev, last_level, summary,
        ))
    return sets


def battery_warnings(
    swaps: Sequence[Any],
    *,
    now: datetime,
    lock_battery_type: str | None = None,
    lock_battery_count: int | None = None,
    readings: Iterable[Any] = (),
    activity: Iterable[datetime] = (),
) -> list[BatteryWarning]:
    """Warnings about one lock's batteries, in plain words.

    Args:
        swaps: The lock's recorded swaps. Two swaps logged within an hour of each other
            with different types are read as one change with mixed cells.
        now: The present (timezone-aware).
        lock_battery_type: The type the lock is set up for (``Lock.battery_type``).
        lock_battery_count: How many cells the lock takes (``Lock.battery_count``).
        readings: The lock's readings (count as activity).
        activity: Other signs of use, e.g. the times of unlock events.

    Returns:
        Warnings, most urgent first: mixed or wrong cells, NiMH, then the idle advice.
    """
    require_aware(now, "now")
    ordered = sorted((s for s in swaps if require_aware(s.at, "swap time") <= now),
                     key=lambda s: s.at)
    found: list[BatteryWarning] = []
    if ordered:
        last = ordered[-1]
        together = [s for s in ordered if last.at - s.at <= SAME_SWAP]
        types = {swap_battery(s) or "aa-alkaline" for s in together}
        current = swap_battery(last) or "aa-alkaline"
        if len(types) > 1:
            names = " and ".join(sorted(chemistry(t).label for t in types))
            found.append(BatteryWarning("mixed-types", (
                f"The last battery change mixed {names} cells. Never mix battery types: "
                "they drain unevenly and fail early. Put in a full set of one type."
            )))
        elif lock_battery_type and current != lock_battery_type:
            found.append(BatteryWarning("wrong-type", (
                f"The last set is {chemistry(current).label}, but this lock is set up for "
                f"{chemistry(lock_battery_type).label}. Use the type the lock was made for, "
                "or change the lock's battery type in its settings."
            )))
        count = sum(int(getattr(s, "count", 0) or 0) for s in together)
        if lock_battery_count and 0 < count < lock_battery_count:
            found.append(BatteryWarning("partial-swap", (
                f"Only {count} of {lock_battery_count} batteries were replaced. Replace all "
                "of them together: old and new cells mixed drain unevenly."
            )))
    in_use = swap_battery(ordered[-1]) if ordered else (lock_battery_type or "")
    if in_use == "aa-nimh" or (not ordered and lock_battery_type == "aa-nimh"):
        found.append(BatteryWarning("nimh", NIMH_WARNING))
    latest = max(
        [require_aware(a, "activity time") for a in activity]
        + [r.at for r in readings if require_aware(r.at, "reading time")]
        + [s.at for s in ordered],
        default=None,
    )
    if latest is not None and (now - latest).total_seconds() >= IDLE_DAYS * 86400:
        found.append(BatteryWarning("idle", (
            f"This lock has shown no activity since {day_text(latest)}. If it will stay "
            f"unused for {IDLE_DAYS} days or more, remove the batteries to avoid leakage."
        )))
    return found
