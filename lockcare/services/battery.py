"""Battery use cases: forecast a stored lock, its battery sets, warnings, the fleet, shopping.

Synchronous and Qt-free. It turns what storage holds into the forecaster's inputs
(:mod:`lockcare.core.battery`) and the set analytics (:mod:`lockcare.core.battery.sets`),
and words the results for people: "Replace batteries between 27 Nov and 30 Dec",
"8 × AA alkaline (4 each for Front door and Garage gate) by 27 Nov".
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from lockcare.core.battery import Forecast, ProposedSwap, detect_swaps, forecast
from lockcare.core.battery.now_level import NowLevel, now_level
from lockcare.core.battery.sets import (
    BatterySet,
    BatteryWarning,
    battery_warnings,
    build_sets,
)
from lockcare.core.dates_in_words import day_month
from lockcare.core.models import BatteryReading, BatterySwap, Lock, LockKind
from lockcare.core.vocabulary import LOW_LEVELS, FleetStatus, Reachability
from lockcare.core.wording import (
    FLEET_STATUS_WORDS,
    asleep_words,
    battery_label,
    forecast_headline,
    forecast_range_text,
    join_names,
    level_text,
)
from lockcare.storage.battery_repository import BatteryRepository
from lockcare.storage.lock_repository import LockRepository

REPLACE_AT = 20
"""The guide: replace at 20 % remaining."""
SOON_DAYS = 30
"""A lock is "replace soon" when its replace-by range opens within this many days."""
UNLOCK_WINDOW_DAYS = 60
"""Unlock events from this many recent days give the door's use per day."""
MIN_UNLOCK_EVENTS = 5
MIN_UNLOCK_SPAN_DAYS = 7.0
ACTIVITY_DAYS = 400
"""Events this recent count as signs of use for the "unused 90+ days" advice."""


@dataclass(frozen=True)
class BatteryReport:
    """Everything the Battery tab and ``lockcare forecast`` show about one lock.

    Attributes:
        lock: The lock.
        now: The moment the report was made.
        readings: All readings, oldest first.
        swaps: All swaps, oldest first.
        forecast: The forecaster's answer.
        sets: Battery sets, oldest first (the last one is in the lock now).
        warnings: Warnings about the batteries, most urgent first, without repeats.
        proposals: Battery changes the readings suggest but nobody recorded.
        unlocks_per_day: The door's use from recorded unlocks, or None if unknown.
        status: How urgently the lock needs batteries.
        headline: One short line: what to do and when.
        now_level: The level now, as the header, the sentence and the chart all show it.
    """

    lock: Lock
    now: datetime
    readings: list[BatteryReading]
    swaps: list[BatterySwap]
    forecast: Forecast
    sets: list[BatterySet]
    warnings: list[BatteryWarning]
    proposals: list[ProposedSwap]
    unlocks_per_day: float | None
    status: FleetStatus
    headline: str
    now_level: NowLevel = NowLevel(None, "—")


@dataclass(frozen=True)
class FleetRow:
    """One lock on the home page.

    Attributes:
        lock: The lock.
        latest: Its latest reading, or None.
        level_text: The latest level in words ("64 %", "medium", "—").
        status: How urgently the lock needs batteries.
        status_text: The status in words ("Replace soon", "Asleep since 09:12").
        range_text: The replace-by range ("27 Nov – 30 Dec") or why there is none.
        forecast: The forecast behind the row.
        need_by: When fresh batteries should be at hand (None if not known).
    """

    lock: Lock
    latest: BatteryReading | None
    level_text: str
    status: FleetStatus
    status_text: str
    range_text: str
    forecast: Forecast
    need_by: datetime | None


@dataclass(frozen=True)
class ShoppingItem:
    """One line of the shopping list: locks that take the same batteries.

    Attributes:
        battery_type: Battery type id.
        count: Cells per lock.
        locks: Names of the locks that need them, most urgent first.
        need_by: The earliest date any of them needs fresh batteries.
        text: The line in words.
    """

    battery_type: str
    count: int
    locks: tuple[str, ...]
    need_by: datetime
    text: str

    @property
    def total(self) -> int:
        """Cells to buy for all the locks on this line."""
        return self.count * len(self.locks)


class BatteryService:
    """Forecasts, battery sets, warnings, the fleet overview and the shopping list.

    Args:
        locks: The lock repository (locks and their reachability).
        battery: The battery repository (read only: swaps are recorded by the maintenance log).
        clock: Returns "now" (tests pass a fixed clock).
        soon_days: How far ahead "replace soon" and the shopping list look.
    """

    def __init__(
        self,
        locks: LockRepository,
        battery: BatteryRepository,
        *,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        soon_days: int = SOON_DAYS,
    ) -> None:
        self._locks = locks
        self._battery = battery
        self._clock = clock
        self._soon_days = soon_days

    def now(self) -> datetime:
        """The service's idea of the current time."""
        return self._clock()

    # -- one lock ---------------------------------------------------------------------

    def unlocks_per_day(self, lock: Lock, now: datetime | None = None) -> float | None:
        """Unlocks per day from recent "unlock" events, or None when too few are recorded."""
        assert lock.id is not None
        now = now or self._clock()
        events = self._battery.events(lock.id, since=now - timedelta(days=UNLOCK_WINDOW_DAYS), kind="unlock")
        events = [e for e in events if e.at <= now]
        if len(events) < MIN_UNLOCK_EVENTS:
            return None
        span = (now - events[0].at).total_seconds() / 86400.0
        return len(events) / span if span >= MIN_UNLOCK_SPAN_DAYS else None

    def forecast(self, lock: Lock) -> Forecast:
        """The forecast for a stored lock (loads only the readings of the current set)."""
        now = self._clock()
        return self._forecast_from(lock, now, *self._current_set(lock, now))

    def report(
        self,
        lock: Lock,
        *,
        readings: list[BatteryReading] | None = None,
        swaps: list[BatterySwap] | None = None,
    ) -> BatteryReport:
        """Everything about one lock's batteries.

        Args:
            lock: A stored lock.
            readings: Its readings if the caller already loaded them (saves a second load).
            swaps: Its swaps, likewise.

        Returns:
            The report, made at the service's "now".
        """
        assert lock.id is not None
        now = self._clock()
        readings = self._battery.readings(lock.id) if readings is None else readings
        swaps = self._battery.swaps(lock.id) if swaps is None else swaps
        upd = self.unlocks_per_day(lock, now)
        result = self._forecast_from(lock, now, readings, swaps, upd)
        ordered = _in_time_order(readings)
        sets = build_sets(swaps, now=now, readings=_before_each(ordered, swaps), voice_prompts=lock.voice_prompts)
        warnings = self._warnings(lock, now, readings, swaps, result)
        latest = readings[-1] if readings else None
        status = self._status(lock, result, latest, now)
        return BatteryReport(
            lock, now, readings, swaps, result, sets, warnings, detect_swaps(_collapse_runs(ordered), swaps), upd,
            status, forecast_headline(result, now), now_level(ordered[-1] if ordered else None, result, now, swaps),
        )

    def warnings(self, lock: Lock) -> list[BatteryWarning]:
        """Warnings about one lock's batteries (mixed types, NiMH, unused 90+ days...)."""
        assert lock.id is not None
        now = self._clock()
        readings, swaps, upd = self._current_set(lock, now)
        return self._warnings(lock, now, readings, swaps, self._forecast_from(lock, now, readings, swaps, upd))

    # -- all locks --------------------------------------------------------------------

    def fleet(self) -> list[FleetRow]:
        """One row per lock (gateways left out), most urgent first, then by name."""
        now = self._clock()
        rows = []
        for lock in self._locks.list():
            if lock.kind is LockKind.GATEWAY or lock.id is None:
                continue
            result = self._forecast_from(lock, now, *self._current_set(lock, now))
            latest = self._battery.latest_reading(lock.id)
            status = self._status(lock, result, latest, now)
            rows.append(FleetRow(
                lock, latest, level_text(latest), status,
                self._status_text(lock, status, now), forecast_range_text(result, now), result,
                _need_by(result, status, now),
            ))
        order = {FleetStatus.OVERDUE: 0, FleetStatus.REPLACE_SOON: 1}
        return sorted(rows, key=lambda r: (order.get(r.status, 2), r.lock.name.casefold()))

    def shopping_list(self, within_days: int = SOON_DAYS, rows: list[FleetRow] | None = None) -> list[ShoppingItem]:
        """Batteries to buy for every lock due within ``within_days``, grouped by type and count.

        Args:
            within_days: How far ahead to look.
            rows: Fleet rows already computed (saves computing them again).

        Returns:
            Lines, the most urgent first.
        """
        now = self._clock()
        horizon = now + timedelta(days=within_days)
        groups: dict[tuple[str, int], list[FleetRow]] = {}
        for row in self.fleet() if rows is None else rows:
            if row.need_by is not None and row.need_by <= horizon:
                groups.setdefault((row.lock.battery_type, row.lock.battery_count), []).append(row)
        items = []
        for (kind, count), members in groups.items():
            members.sort(key=lambda r: (r.need_by, r.lock.name.casefold()))
            need_by = members[0].need_by
            assert need_by is not None
            names = tuple(r.lock.name for r in members)
            when = ", needed now" if need_by <= now else f" by {day_month(need_by, now)}"
            if len(names) == 1:
                text = f"{count} × {battery_label(kind)} for {names[0]}{when}"
            else:
                text = f"{count * len(names)} × {battery_label(kind)} ({count} each for {join_names(names)}){when}"
            items.append(ShoppingItem(kind, count, names, need_by, text))
        return sorted(items, key=lambda i: (i.need_by, i.battery_type))

    # -- helpers ----------------------------------------------------------------------

    def _current_set(self, lock: Lock, now: datetime) -> tuple[list[BatteryReading], list[BatterySwap], float | None]:
        assert lock.id is not None
        swaps = self._battery.swaps(lock.id)
        past = [s for s in swaps if s.at <= now]
        since = past[-1].at if past else None
        return self._battery.readings(lock.id, since=since), swaps, self.unlocks_per_day(lock, now)

    def _forecast_from(
        self, lock: Lock, now: datetime, readings: list[BatteryReading], swaps: list[BatterySwap],
        unlocks_per_day: float | None,
    ) -> Forecast:
        return forecast(
            readings, swaps, now=now, voice_prompts=lock.voice_prompts,
            unlocks_per_day=unlocks_per_day, threshold=REPLACE_AT,
        )

    def _warnings(
        self, lock: Lock, now: datetime, readings: list[BatteryReading], swaps: list[BatterySwap], result: Forecast,
    ) -> list[BatteryWarning]:
        assert lock.id is not None
        events = self._battery.events(lock.id, since=now - timedelta(days=ACTIVITY_DAYS))
        found = battery_warnings(
            swaps, now=now, lock_battery_type=lock.battery_type, lock_battery_count=lock.battery_count,
            readings=readings, activity=[e.at for e in events if e.at <= now],
        )
        seen = {w.message for w in found}
        for message in result.warnings:
            if message not in seen:
                seen.add(message)
                found.append(BatteryWarning("forecast", message))
        return found

    def _status(self, lock: Lock, result: Forecast, latest: BatteryReading | None, now: datetime) -> FleetStatus:
        if _reads_low(latest) or (result.replace_by is not None and result.replace_by <= now):
            return FleetStatus.OVERDUE
        if result.earliest is not None and result.earliest <= now + timedelta(days=self._soon_days):
            return FleetStatus.REPLACE_SOON
        assert lock.id is not None
        if self._locks.status(lock.id).state == Reachability.ASLEEP:
            return FleetStatus.ASLEEP
        if latest is None and result.status != "ok":
            return FleetStatus.NO_DATA
        return FleetStatus.OK

    def _status_text(self, lock: Lock, status: FleetStatus, now: datetime) -> str:
        if status is not FleetStatus.ASLEEP:
            return FLEET_STATUS_WORDS[status]
        assert lock.id is not None
        return asleep_words(self._locks.status(lock.id), now)


def _in_time_order(readings: list[BatteryReading]) -> list[BatteryReading]:
    if all(a.at <= b.at for a, b in zip(readings, readings[1:], strict=False)):
        return readings
    return sorted(readings, key=lambda r: r.at)


def _before_each(readings: list[BatteryReading], swaps: list[BatterySwap], keep: int = 3) -> list[BatteryReading]:
    """The last few readings before each swap and the latest ones: all ``build_sets`` needs.

    It only wants the level each set came out at; handing it ten years of readings would cost a
    pass over all of them per set.
    """
    times = [r.at for r in readings]
    picked: set[int] = set(range(max(0, len(readings) - keep), len(readings)))
    for swap in swaps:
        end = bisect_left(times, swap.at)
        picked.update(range(max(0, end - keep), end))
    return [readings[i] for i in sorted(picked)]


def _collapse_runs(readings: list[BatteryReading]) -> list[BatteryReading]:
    """Keep the first and last reading of each run of equal values (time order).

    Swap detection compares neighbouring readings, and equal neighbours never make a jump, so
    this gives the same proposals from a fraction of a long history.
    """
    kept: list[BatteryReading] = []
    for i, reading in enumerate(readings):
        value = (reading.percent, reading.level)
        before = (readings[i - 1].percent, readings[i - 1].level) if i else None
        after = (readings[i + 1].percent, readings[i + 1].level) if i + 1 < len(readings) else None
        if value != before or value != after:
            kept.append(reading)
    return kept


def _reads_low(latest: BatteryReading | None) -> bool:
    if latest is None:
        return False
    if latest.percent is not None:
        return latest.percent <= REPLACE_AT
    return latest.level in LOW_LEVELS


def _need_by(result: Forecast, status: FleetStatus, now: datetime) -> datetime | None:
    if status is FleetStatus.OVERDUE:
        return now
    return max(result.earliest, now) if result.earliest is not None else None
