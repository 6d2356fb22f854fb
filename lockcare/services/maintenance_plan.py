"""What is due, what fell due while lockcare was closed, and the printable/exportable plan.

:class:`MaintenancePlan` is the read side of maintenance: due states across all locks, the
start-up catch-up, battery forecasts for the battery replacement task, checklist sheets
and the .ics calendar. It never writes (the log, the tasks and the run record do), and it
is given its forecaster: the same forecast the Battery tab shows.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from pathlib import Path
from typing import Any

from dateutil.tz import tzlocal

from lockcare.core.dates_in_words import day_text
from lockcare.core.maintenance import checklist
from lockcare.core.maintenance.schedule import (
    DueState,
    DueStatus,
    ReplaceBy,
    due_state,
    fell_due_between,
)
from lockcare.core.models import Lock, LockKind, RecurringTask
from lockcare.storage.battery_repository import BatteryRepository
from lockcare.storage.lock_repository import LockRepository
from lockcare.storage.maintenance_repository import MaintenanceRepository

Forecaster = Callable[[Lock], Any]
"""Returns a lock's :class:`lockcare.core.battery.Forecast` (or None)."""

_URGENCY = {
    DueStatus.OVERDUE: 0, DueStatus.DUE_SOON: 1, DueStatus.OK: 2,
    DueStatus.UNSCHEDULED: 3, DueStatus.DISABLED: 4,
}


@dataclass(frozen=True, slots=True)
class DueItem:
    """One task of one lock with its due state.

    Attributes:
        lock: The lock.
        state: The task's due state (``state.task`` is the task).
    """

    lock: Lock
    state: DueState

    @property
    def task(self) -> RecurringTask:
        """The task."""
        return self.state.task

    @property
    def status(self) -> DueStatus:
        """How urgent it is."""
        return self.state.status


class MaintenancePlan:
    """Due states, catch-up, forecasts, sheets and calendar over the stored tasks.

    Args:
        locks: The lock repository.
        battery: The battery repository (the last swap on a sheet).
        maintenance: The task repository.
        forecaster: Returns a lock's battery forecast (the battery service's, so the plan
            and the Battery tab never disagree).
        clock: Returns "now".
        tz: The user's time zone (default: the system's, DST-aware).
        due_soon_days: How many days before its due date a task counts as due soon.
    """

    def __init__(
        self,
        locks: LockRepository,
        battery: BatteryRepository,
        maintenance: MaintenanceRepository,
        *,
        forecaster: Forecaster,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        tz: tzinfo | None = None,
        due_soon_days: int = 7,
    ) -> None:
        self._locks = locks
        self._battery = battery
        self._repo = maintenance
        self._forecaster = forecaster
        self._clock = clock
        self._tz = tz if tz is not None else tzlocal()
        self._due_soon_days = due_soon_days

    @property
    def tz(self) -> tzinfo:
        """The user's time zone, in which due dates are local dates."""
        return self._tz

    def now(self) -> datetime:
        """The service's idea of the current time."""
        return self._clock()

    def maintained_locks(self) -> list[Lock]:
        """Every lock that has maintenance (gateways left out), by name."""
        return [lock for lock in self._locks.list() if lock.kind is not LockKind.GATEWAY]

    # -- due --------------------------------------------------------------------------

    def due(self, *, now: datetime | None = None, lock: Lock | None = None) -> list[DueItem]:
        """Every task's due state across all locks (or one), most urgent first.

        Order: overdue, due soon, ok, unscheduled, disabled; then by due date and lock.
        """
        current = now or self.now()
        forecasts = self.schedule_forecasts([lock] if lock is not None else None)
        items = []
        for one in [lock] if lock is not None else self.maintained_locks():
            assert one.id is not None
            for task in self._repo.tasks(one.id):
                state = due_state(
                    task, current, due_soon_days=self._due_soon_days, tz=self._tz,
                    forecast=forecasts.get(one.id),
                )
                items.append(DueItem(one, state))
        items.sort(key=lambda i: (
            _URGENCY[i.status], i.state.due_at or current, i.lock.name.casefold(), i.task.id or 0,
        ))
        return items

    def catch_up(self, since: datetime | None, *, now: datetime | None = None) -> list[DueItem]:
        """What became due between ``since`` (when lockcare last ran) and now, soonest first.

        Nothing when lockcare never ran before (there was no "while closed"), or when the
        clock went backwards.
        """
        current = now or self.now()
        if since is None or since >= current:
            return []
        locks = {lock.id: lock for lock in self.maintained_locks()}
        tasks = [task for task in self._repo.tasks() if task.lock_id in locks]
        states = fell_due_between(tasks, since, current, tz=self._tz, forecasts=self.schedule_forecasts())
        return [DueItem(locks[state.task.lock_id], state) for state in states]

    # -- forecasts --------------------------------------------------------------------

    def battery_forecast(self, lock: Lock) -> Any:
        """The lock's battery forecast (:class:`lockcare.core.battery.Forecast`) or None."""
        return self._forecaster(lock)

    def schedule_forecasts(self, locks: list[Lock] | None = None) -> dict[int, ReplaceBy]:
        """Replace-by dates by lock id (start of the forecast range), for the swap task.

        Args:
            locks: Only these locks (default: every maintained lock).
        """
        found: dict[int, ReplaceBy] = {}
        for lock in self.maintained_locks() if locks is None else locks:
            start = _range_start(self.battery_forecast(lock))
            if lock.id is not None and start is not None:
                found[lock.id] = start
        return found

    def forecast_text(self, lock: Lock, result: Any = None) -> str:
        """The forecast range in plain words, e.g. "2 Mar 2027 to 9 Apr 2027".

        Args:
            lock: The lock.
            result: Its forecast when already computed (saves computing it again).
        """
        result = result if result is not None else self.battery_forecast(lock)
        if result is None or result.status != "ok" or result.replace_by is None:
            return "Not enough readings for a forecast yet"
        early = result.earliest or result.replace_by
        late = result.latest or result.replace_by
        return (
            f"{day_text(early.astimezone(self._tz))} to {day_text(late.astimezone(self._tz))} "
            f"(most likely {day_text(result.replace_by.astimezone(self._tz))})"
        )

    # -- sheets and calendar ----------------------------------------------------------

    def lock_sheet(self, lock: Lock) -> checklist.Sheet:
        """The one-page checklist of a lock."""
        assert lock.id is not None
        swaps = self._battery.swaps(lock.id)
        result = self.battery_forecast(lock)
        return checklist.lock_sheet(
            lock, self._repo.tasks(lock.id), now=self.now(), tz=self._tz,
            last_swap_at=swaps[-1].at if swaps else None,
            forecast_text=self.forecast_text(lock, result), forecast=_range_start(result),
        )

    def household_sheet(self, *, months: int = 12) -> checklist.Sheet:
        """The household plan: every lock, month by month, for the coming year."""
        return checklist.household_sheet(
            self._locks_and_tasks(), now=self.now(), tz=self._tz,
            forecasts=self.schedule_forecasts(), months=months,
        )

    def sheets(self, lock: Lock | None = None) -> list[checklist.Sheet]:
        """One lock's sheet, or (no lock) every lock's sheet followed by the household plan."""
        if lock is not None:
            return [self.lock_sheet(lock)]
        return [*(self.lock_sheet(one) for one in self.maintained_locks()), self.household_sheet()]

    def calendar(self) -> bytes:
        """The schedule as iCalendar bytes."""
        from lockcare.services import calendar_export  # icalendar: loaded when a calendar is made

        return calendar_export.build_calendar(
            self._locks_and_tasks(), now=self.now(), tz=self._tz, forecasts=self.schedule_forecasts()
        )

    def write_calendar(self, path: str | os.PathLike[str]) -> Path:
        """Write the schedule as an .ics file (atomically) and return its path."""
        from lockcare.services import calendar_export

        return calendar_export.write_calendar(
            path, self._locks_and_tasks(), now=self.now(), tz=self._tz,
            forecasts=self.schedule_forecasts(),
        )

    def _locks_and_tasks(self) -> list[tuple[Lock, list[RecurringTask]]]:
        return [
            (lock, self._repo.tasks(lock.id))  # type: ignore[arg-type]
            for lock in self.maintained_locks()
        ]


def _range_start(result: Any) -> ReplaceBy | None:
    """The start of a forecast's range (what the schedule plans the swap on), or None."""
    if result is None or result.status != "ok":
        return None
    return result.earliest or result.replace_by
