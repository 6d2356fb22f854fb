"""The maintenance log: entries, battery swaps and troubleshooting runs.

This is the write side of maintenance (what is due is worked out by
:class:`~lockcare.services.maintenance_plan.MaintenancePlan`, which never writes). Rules:

* **One record per swap or run.** A battery swap is one ``log_entries`` row with
  ``swap_id`` set (a database trigger writes it with the swap); a troubleshooting run is
  one row with ``run_id`` set, written here with the run. Deleting such an entry deletes
  its swap or run, and undo puts both back with their old ids.
* **One way to record a swap.** :meth:`MaintenanceLog.record_swap` checks and stores it;
  a ``battery-swap`` log entry and a ticked battery task go through it too.
* **Logging completes tasks**, in the same transaction
  (:class:`~lockcare.services.maintenance_tasks.MaintenanceTasks` keeps those rules).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Collection
from dataclasses import dataclass, replace
from datetime import UTC, datetime

from lockcare.core import validation
from lockcare.core.errors import NotFoundError, ValidationError
from lockcare.core.maintenance.log_types import (
    LOG_TYPE_IDS,
    LOG_TYPES,
    log_type,
)
from lockcare.core.models import (
    BatterySwap,
    Lock,
    LogEntry,
    RecurringTask,
    TroubleshootRun,
)
from lockcare.storage import Transaction
from lockcare.storage.battery_repository import BatteryRepository
from lockcare.storage.lock_repository import LockRepository
from lockcare.storage.maintenance_repository import MaintenanceRepository
from lockcare.services.maintenance_tasks import MaintenanceTasks

@dataclass(frozen=True, slots=True)
class DeletedEntry:
    """What :meth:`MaintenanceLog.delete_entry` removed, for undo.

    Attributes:
        entry: The log entry as it was stored.
        swap: Its battery swap, when the entry was one.
        run: Its troubleshooting run, when the entry was one.
    """

    entry: LogEntry
    swap: BatterySwap | None = None
    run: TroubleshootRun | None = None


class MaintenanceLog:
    """Keep the maintenance log and the recurring tasks.

    Args:
        locks: The lock repository.
        battery: The battery repository (swaps).
        maintenance: The log, task and run repository.
        tasks: The recurring tasks, which entries complete.
        transaction: Opens one all-or-nothing write.
        clock: Returns "now" (tests pass a fixed clock).
    """

    def __init__(
        self,
        locks: LockRepository,
        battery: BatteryRepository,
        maintenance: MaintenanceRepository,
        tasks: MaintenanceTasks,
        *,
        transaction: Transaction,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self._locks = locks
        self._battery = battery
        self._repo = maintenance
        self._tasks = tasks
        self._transaction = transaction
        self._clock = clock

    def now(self) -> datetime:
        """The service's idea of the current time."""
        return self._clock()

    def mark_done(
        self, task: RecurringTask, *, at: datetime | None = None, notes: str = "", done_by: str = ""
    ) -> LogEntry:
        """Log a task as done (the "tick" in a task list) and return the log entry.

        A task whose kind is a log type gets an entry of that type (a battery replacement
        records a swap). A custom task gets a ``note`` entry ("Done: <title>") and is
        completed directly, since no log type completes it.
        """
        lock = self._locks.get(task.lock_id)
        if lock is None:
            raise NotFoundError("That lock no longer exists.")
        if task.kind in LOG_TYPE_IDS:
            return self.add_entry(lock, task.kind, at=at, notes=notes, done_by=done_by)
        with self._transaction():
            entry = self.add_entry(lock, "note", at=at, notes=notes or f"Done: {task.title}", done_by=done_by)
            current = self._repo.get_task(task.id) if task.id is not None else None
            if current is not None:
                self._tasks.complete_now(current, entry.at)
        return entry

    # -- log entries ------------------------------------------------------------------

    def add_entry(
        self,
        lock: Lock,
        type: str,
        *,
        at: datetime | None = None,
        notes: str = "",
        cost: float | None = None,
        measured_value: float | None = None,
        measured_unit: str | None = None,
        done_by: str = "",
    ) -> LogEntry:
        """Log maintenance done on a lock and complete the tasks it covers.

        A ``battery-swap`` entry records a battery swap (the lock's battery type and count)
        so the forecaster sees it too; it is still one record.

        Args:
            lock: The lock.
            type: A log type id from :data:`lockcare.core.maintenance.log_types.LOG_TYPES`.
            at: When it was done (default now; backdating allowed, the future refused).
            notes: Free text.
            cost: What it cost, if anything (not negative).
            measured_value: A measurement (torque, battery %...).
            measured_unit: Its unit (default: the type's usual unit when a value is given).
            done_by: Who did it.

        Returns:
            The stored entry.

        Raises:
            ValidationError: Unknown type, a future time, a negative cost...
        """
        assert lock.id is not None
        self._tasks.ensure_default_tasks(lock)
        entry = self._checked(LogEntry(
            lock_id=lock.id, at=at or self.now(), type=type, notes=notes, cost=cost,
            measured_value=measured_value, done_by=done_by,
            measured_unit=_default_unit(type, measured_value, measured_unit),
        ))
        with self._transaction():
            if entry.type == "battery-swap":
                _, made = self._record_swap(lock, at=entry.at, note=entry.notes)
                entry = self._repo.update_entry(replace(entry, id=made.id, swap_id=made.swap_id))
            else:
                entry = self._repo.add_entry(entry)
            self._tasks.complete_for(entry)
        return entry

    def record_swap(
        self,
        lock: Lock,
        *,
        at: datetime | None = None,
        battery_type: str | None = None,
        brand: str = "",
        count: int | None = None,
        note: str = "",
    ) -> BatterySwap:
        """Record a battery change: the swap, its one log entry and the tasks it completes.

        The one way a swap is stored (the swap dialog, ``lockcare swap``, a ``battery-swap``
        log entry and a ticked battery task all come here).

        Args:
            lock: The lock.
            at: When the batteries went in (default now; backdating allowed, the future refused).
            battery_type: What went in (default: the lock's battery type).
            brand: The brand, if known.
            count: How many cells (default: the lock's count).
            note: Anything worth remembering.

        Raises:
            ValidationError: A future time, an unknown battery type, a count outside 1-12.
            NotFoundError: The lock no longer exists.
        """
        with self._transaction():
            swap, entry = self._record_swap(lock, at=at, battery_type=battery_type, brand=brand, count=count, note=note)
            self._tasks.complete_for(entry)
        return swap

    def _record_swap(
        self, lock: Lock, *, at: datetime | None, battery_type: str | None = None, brand: str = "",
        count: int | None = None, note: str = "",
    ) -> tuple[BatterySwap, LogEntry]:
        """Check and store a swap (joins the caller's transaction); its entry comes from the trigger."""
        assert lock.id is not None
        if self._locks.get(lock.id) is None:
            raise NotFoundError("That lock no longer exists.")
        kind = validation.validate_battery_type(battery_type or lock.battery_type)
        cells = lock.battery_count if count is None else count
        if not 1 <= cells <= 12:
            raise ValidationError("A swap puts between 1 and 12 batteries in.")
        when = validation.validate_not_future(at or self.now(), now=self.now())
        with self._transaction():
            swap = self._battery.add_swap(BatterySwap(
                lock_id=lock.id, at=when, battery_type=kind, brand=brand.strip(), count=cells, note=note.strip(),
            ))
            assert swap.id is not None
            entry = self._repo.entry_for_swap(swap.id)
            assert entry is not None  # written by the v2 trigger with the swap
        return swap, entry

    def edit_entry(self, entry: LogEntry) -> LogEntry:
        """Save an edited entry; a swap's or run's own record follows its time and notes.

        Raises:
            NotFoundError: The entry was deleted meanwhile.
            ValidationError: Bad values, or a swap/run entry given another type.
        """
        repo = self._repo
        old = repo.get_entry(entry.id) if entry.id is not None else None
        if old is None:
            raise NotFoundError("That log entry no longer exists.")
        entry = self._checked(replace(entry, swap_id=old.swap_id, run_id=old.run_id))
        if (old.swap_id or old.run_id) and entry.type != old.type:
            raise ValidationError("A battery swap or troubleshooting entry keeps its type; delete it instead.")
        with self._transaction():
            if old.swap_id is not None:
                repo.sync_swap(old.swap_id, lock_id=entry.lock_id, at=entry.at, note=entry.notes)
            repo.update_entry(entry)
            self._tasks.reanchor_after(old)
            self._tasks.complete_for(entry)
        return entry

    def delete_entry(self, entry: LogEntry) -> DeletedEntry:
        """Delete an entry (with its swap or run); pass the result to :meth:`restore_entry` to undo."""
        repo = self._repo
        old = repo.get_entry(entry.id) if entry.id is not None else None
        if old is None:
            raise NotFoundError("That log entry no longer exists.")
        swap = self._battery.get_swap(old.swap_id) if old.swap_id is not None else None
        run = repo.get_run(old.run_id) if old.run_id is not None else None
        with self._transaction():
            if swap is not None and swap.id is not None:
                self._battery.delete_swap(swap.id)  # the entry goes with it
            elif run is not None and run.id is not None:
                repo.delete_run(run.id)  # the entry goes with it
            else:
                repo.delete_entry(old.id)  # type: ignore[arg-type]
            self._tasks.reanchor_after(old)
        return DeletedEntry(old, swap, run)

    def restore_entry(self, deleted: DeletedEntry) -> LogEntry:
        """Undo :meth:`delete_entry`: the entry (and its swap or run) come back as they were."""
        repo = self._repo
        with self._transaction():
            if deleted.swap is not None:
                entry = repo.restore_swap_entry(deleted.swap, deleted.entry)
            else:
                if deleted.run is not None:
                    repo.add_run(deleted.run)
                entry = repo.add_entry(deleted.entry)
            self._tasks.complete_for(entry)
        return entry

    def entries(
        self,
        lock: Lock | None = None,
        *,
        types: Collection[str] | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
        text: str = "",
    ) -> list[LogEntry]:
        """Log entries, newest first, filtered by lock, types, time range and search words."""
        lock_ids = None if lock is None else [lock.id]
        return self._repo.entries(
            lock_ids=lock_ids, types=types, since=since, until=until, text=text  # type: ignore[arg-type]
        )

    def get_entry(self, entry_id: int) -> LogEntry | None:
        """One log entry by id, or None."""
        return self._repo.get_entry(entry_id)

    def swap_of(self, entry: LogEntry) -> BatterySwap | None:
        """The battery swap a log entry stands for, or None."""
        return self._battery.get_swap(entry.swap_id) if entry.swap_id is not None else None

    def run_of(self, entry: LogEntry) -> TroubleshootRun | None:
        """The troubleshooting run a log entry stands for, or None."""
        return self._repo.get_run(entry.run_id) if entry.run_id is not None else None

    # -- troubleshooting runs ---------------------------------------------------------

    def record_run(
        self, run: TroubleshootRun, *, notes: str = "", done_by: str = ""
    ) -> tuple[TroubleshootRun, LogEntry | None]:
        """Store a troubleshooting run and, for a known lock, its one log entry.

        Args:
            run: The finished (or abandoned) run.
            notes: Log notes (default: the symptom and the outcome).
            done_by: Who walked through it.

        Returns:
            The stored run and its entry (None when the run has no lock).
        """
        with self._transaction():
            stored = self._repo.add_run(run)
            if stored.lock_id is None:
                return stored, None
            text = notes.strip() or " - ".join(part for part in (run.symptom, run.outcome) if part)
            entry = self._repo.add_entry(LogEntry(
                lock_id=stored.lock_id, at=run.started_at, type="troubleshooting-run",
                notes=text, done_by=done_by.strip(), run_id=stored.id,
            ))
        return stored, entry

    def delete_run(self, run: TroubleshootRun) -> None:
        """Remove a stored run (its log entry, if any, goes with it)."""
        assert run.id is not None
        self._repo.delete_run(run.id)

    def runs(self, lock: Lock | None = None) -> list[TroubleshootRun]:
        """Troubleshooting runs of a lock (or all), newest first."""
        return self._repo.runs(None if lock is None else lock.id)

    # -- helpers ----------------------------------------------------------------------

    def _checked(self, entry: LogEntry) -> LogEntry:
        if entry.type not in LOG_TYPE_IDS:
            known = ", ".join(t.id for t in LOG_TYPES)
            raise ValidationError(f"Unknown log entry type “{entry.type}” (use one of: {known}).")
        if self._locks.get(entry.lock_id) is None:
            raise NotFoundError("That lock no longer exists.")
        validation.validate_not_future(entry.at, now=self.now())
        for name, value in (("cost", entry.cost), ("measured value", entry.measured_value)):
            if value is not None and not math.isfinite(value):
                raise ValidationError(f"The {name} must be a number.")
        if entry.cost is not None and entry.cost < 0:
            raise ValidationError("A cost cannot be negative.")
        return replace(
            entry, notes=entry.notes.strip(), done_by=entry.done_by.strip(),
            measured_unit=entry.measured_unit.strip(),
        )



def _default_unit(type_id: str, value: float | None, unit: str | None) -> str:
    if unit is not None:
        return unit
    known = log_type(type_id)
    return known.measured_unit if known and value is not None else ""
