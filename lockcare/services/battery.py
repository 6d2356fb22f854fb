"""Battery use cases: forecast a stored lock, its battery sets, warnings, the fleet, shopping.

Synchronous and Qt-free. It turns what storage holds into the forecaster's inputs
(:mod:`lockcare.core.battery`) and the set analytics (:mod:`lockcare.core.battery.sets`),
and words the results for people: "Replace batteries between 27 Nov and 30 Dec",
"8 × AA alkaline (4 each for Front door and Garage gate) by 27 Nov".

Histories travel as numpy columns (:class:`~lockcare.core.battery.arrays.ReadingArrays`),
never as a list of objects per reading. Forecasts and swap proposals are kept in a
:class:`~lockcare.services.forecast_cache.ForecastCache` by everything they depend on (the
lock's battery revision, voice prompts, threshold, use of the door, today's date), shared
by every service built by the composition root: the window, the Due page and the fleet
never work out the same forecast twice, whichever thread asks first.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from lockcare.core.dates_in_words import day_month
from lockcare.core.i18n import translate
from lockcare.core.models import BatteryReading, BatterySwap, Lock, LockKind
from lockcare.core.vocabulary import LOW_LEVELS, FleetStatus, Reachability
from lockcare.core.wording import (
    asleep_words,
    battery_label,
    fleet_status_word,
    forecast_headline,
    forecast_range_text,
    join_names,
    level_text,
)
from lockcare.services.forecast_cache import ForecastCache, ForecastKey, rounded_unlocks
from lockcare.storage.battery_repository import BatteryRepository
from lockcare.storage.lock_repository import LockRepository

if TYPE_CHECKING:  # the forecaster and its numpy load with the first forecast (in the pool), not at start
    from lockcare.core.battery import Forecast, ProposedSwap
    from lockcare.core.battery.arrays import ReadingArrays
    from lockcare.core.battery.now_level import NowLevel
    from lockcare.core.battery.sets import BatterySet, BatteryWarning

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
        latest: The newest reading, or None.
        reading_count: How many readings the lock has.
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
    latest: BatteryReading | None
    reading_count: int
    swaps: list[BatterySwap]
    forecast: Forecast
    sets: list[BatterySet]
    warnings: list[BatteryWarning]
    proposals: list[ProposedSwap]
    unlocks_per_day: float | None
    status: FleetStatus
    headline: str
    now_level: NowLevel


@dataclass(frozen=True)
class BatteryHistory:
    """A lock's readings, swaps and report, read at one moment (what the lock page shows).

    Attributes:
        readings: All readings, as columns.
        swaps: All swaps, oldest first.
        report: The report made from them.
    """

    readings: ReadingArrays
    swaps: list[BatterySwap]
    report: BatteryReport


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
        cache: Where forecasts are kept (share one between services on the same data).
        snapshot: Opens one consistent read of the data (``Storage.snapshot``), so a
            report's readings and the revision it is cached under belong together.
    """

    def __init__(
        self,
        locks: LockRepository,
        battery: BatteryRepository,
        *,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        soon_days: int = SOON_DAYS,
        cache: ForecastCache | None = None,
        snapshot: Callable[[], AbstractContextManager[Any]] = nullcontext,
    ) -> None:
        self._locks = locks
        self._battery = battery
        self._clock = clock
        self._soon_days = soon_days
        self.cache = cache if cache is not None else ForecastCache()
        self._snapshot = snapshot

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
        """The forecast for a stored lock (kept; worked out from the current set's readings only)."""
        now = self._clock()
        with self._snapshot():
            key = self._key(lock, now, self.unlocks_per_day(lock, now))
            return self._forecast(lock, now, key, self._battery.swaps(key.lock_id), None)

    def report(self, lock: Lock) -> BatteryReport:
        """Everything about one lock's batteries, made at the service's "now" (reads the whole history)."""
        return self.history(lock).report

    def history(self, lock: Lock) -> BatteryHistory:
        """A lock's readings (as columns), swaps and report, all read at one moment."""
        assert lock.id is not None
        now = self._clock()
        with self._snapshot():
            upd = self.unlocks_per_day(lock, now)
            key = self._key(lock, now, upd)  # before the readings: a later write gets a new key
            readings = self._battery.reading_arrays(lock.id)
            swaps = self._battery.swaps(lock.id)
            result = self._forecast(lock, now, key, swaps, readings)
            from lockcare.core.battery import detect_swaps
            from lockcare.core.battery.sets import build_sets
            from lockcare.core.battery.now_level import now_level

            proposals = self.cache.get_or_compute(
                ("proposals", key), lambda: detect_swaps(readings.readings(indices=readings.jump_context()), swaps))
            picked = readings.readings(indices=readings.before_each([s.at for s in swaps]))
            sets = build_sets(swaps, now=now, readings=picked, voice_prompts=lock.voice_prompts)
            latest = readings.latest()
            warnings = self._warnings(lock, now, latest, swaps, result)
            status = self._status(lock, result, latest, now)
        report = BatteryReport(lock, now, latest, len(readings), swaps, result, sets, warnings, proposals, upd,
                               status, forecast_headline(result, now), now_level(latest, result, now, swaps))
        return BatteryHistory(readings, swaps, report)

    def warnings(self, lock: Lock) -> list[BatteryWarning]:
        """Warnings about one lock's batteries (mixed types, NiMH, unused 90+ days...)."""
        assert lock.id is not None
        now = self._clock()
        with self._snapshot():
            key = self._key(lock, now, self.unlocks_per_day(lock, now))
            swaps = self._battery.swaps(lock.id)
            result = self._forecast(lock, now, key, swaps, None)
            return self._warnings(lock, now, self._battery.latest_reading(lock.id), swaps, result)

    # -- all locks --------------------------------------------------------------------

    def fleet(self) -> list[FleetRow]:
        """One row per lock (gateways left out), most urgent first, then by name."""
        now = self._clock()
        rows = []
        for lock in self._locks.list():
            if lock.kind is LockKind.GATEWAY or lock.id is None:
                continue
            with self._snapshot():
                key = self._key(lock, now, self.unlocks_per_day(lock, now))
                result = self._forecast(lock, now, key, self._battery.swaps(lock.id), None)
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
            # The window's language when one is installed (the command line's is always English).
            if len(names) == 1:
                text = translate("services.battery", "{count} × {battery} for {lock}").format(
                    count=count, battery=battery_label(kind), lock=names[0])
            else:
                text = translate("services.battery", "{total} × {battery} ({count} each for {locks})").format(
                    total=count * len(names), battery=battery_label(kind), count=count, locks=join_names(names))
            if need_by <= now:
                text = translate("services.battery", "{item}, needed now").format(item=text)
            else:
                text = translate("services.battery", "{item} by {date}").format(item=text, date=day_month(need_by, now))
            items.append(ShoppingItem(kind, count, names, need_by, text))
        return sorted(items, key=lambda i: (i.need_by, i.battery_type))

    # -- helpers ----------------------------------------------------------------------

    def _key(self, lock: Lock, now: datetime, unlocks_per_day: float | None) -> ForecastKey:
        assert lock.id is not None
        return ForecastKey(lock.id, self._battery.revision(lock.id), lock.voice_prompts, REPLACE_AT,
                           rounded_unlocks(unlocks_per_day), now.date())

    def _forecast(
        self, lock: Lock, now: datetime, key: ForecastKey, swaps: list[BatterySwap], readings: ReadingArrays | None,
    ) -> Forecast:
        """The kept forecast for ``key``, else one from the current set's readings (loaded if not given)."""

        def compute() -> Forecast:
            from lockcare.core.battery import forecast

            past = [s.at for s in swaps if s.at <= now]
            since = past[-1] if past else None
            if readings is None:
                current = self._battery.reading_arrays(key.lock_id, since=since)
                chosen = current.readings()
            else:  # the forecaster never looks before the last swap
                chosen = readings.readings(readings.index_at(since) if since else 0)
            return forecast(chosen, swaps, now=now, voice_prompts=lock.voice_prompts,
                            unlocks_per_day=key.unlocks_per_day, threshold=key.threshold)

        return self.cache.get_or_compute(("forecast", key), compute)

    def _warnings(
        self, lock: Lock, now: datetime, latest: BatteryReading | None, swaps: list[BatterySwap], result: Forecast,
    ) -> list[BatteryWarning]:
        from lockcare.core.battery.sets import BatteryWarning, battery_warnings

        assert lock.id is not None
        events = self._battery.events(lock.id, since=now - timedelta(days=ACTIVITY_DAYS))
        found = battery_warnings(  # the readings only count as signs of use: the newest is enough
            swaps, now=now, lock_battery_type=lock.battery_type, lock_battery_count=lock.battery_count,
            readings=[latest] if latest else [], activity=[e.at for e in events if e.at <= now],
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
            return fleet_status_word(status)
        assert lock.id is not None
        return asleep_words(self._locks.status(lock.id), now)


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
