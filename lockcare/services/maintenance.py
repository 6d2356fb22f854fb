"""Use cases of the maintenance log and the recurring tasks.

Rules kept here:

* **One record per swap or run.** A battery swap is one ``log_entries`` row with
  ``swap_id`` set (a database trigger writes it with the swap); a troubleshooting run is
  one row with ``run_id`` set, written here with the run. Deleting such an entry deletes
  its swap or run, and undo puts both back with their old ids.
* **Logging completes tasks.** Adding an entry marks the lock's tasks of the kinds its type
  completes as done at the entry's time (:func:`lockcare.core.maintenance.schedule.apply_log_entry`),
  in the same transaction. Deleting or moving the entry that was a task's last completion
  re-anchors the task on the latest remaining entry (or on its creation).
* **Default tasks once.** A lock gets the default tasks the first time it is seen (a
  marker in ``settings`` remembers it), so tasks the user removed stay removed. Entries
  already in the log complete the new tasks straight away.

Due states, the start-up catch-up, forecasts, sheets and the calendar are in
:class:`~lockcare.services.maintenance_plan.MaintenancePlan`, which this service extends.
"""

from __future__ import annotations

import math
from collections.abc import Collection
from dataclasses import dataclass, replace
from datetime import UTC, datetime

from lockcare.core import validation
from lockcare.core.errors import NotFoundError, ValidationError
from lockcare.core.maintenance.log_types import (
    LOG_TYPE_IDS,
    LOG_TYPES,
    kinds_completed_by,
    log_type,
)
from lockcare.core.maintenance.schedule import apply_log_entry, complete, default_tasks
from lockcare.core.models import (
    BatterySwap,
    Lock,
    LockKind,
    LogEntry,
    RecurringTask,
    TroubleshootRun,
)
from lockcare.services.maintenance_plan import MaintenancePlan
from lockcare.storage import Storage

SEEDED_KEY = "maintenance.tasks-seeded.{lock_id}"
"""Settings key marking that a lock got its default tasks (value: the lock's created_at)."""


@dataclass(frozen=True, slots=True)
class DeletedEntry:
    """What :meth:`MaintenanceService.delete_entry` removed, for undo.

    Attributes:
        entry: The log entry as it was stored.
        swap: Its battery swap, when the entry was one.
        run: Its troubleshooting run, when the entry was one.
    """

    entry: LogEntry
    swap: BatterySwap | None = None
    run: TroubleshootRun | None = None


def ensure_default_tasks(storage: Storage, lock: Lock, *, now: datetime | None = None) -> list[RecurringTask]:
    """Give a lock the default recurring tasks, once (joins the caller's transaction).

    Args:
        storage: The open storage.
        lock: A stored lock. Gateways get no tasks.
        now: Anchor for a lock with no creation time.

    Returns:
        The lock's tasks afterwards.
    """
    assert lock.id is not None
    if lock.kind is LockKind.GATEWAY:
        return []
    repo = storage.maintenance
    created = lock.created_at or now or datetime.now(UTC)
    key = SEEDED_KEY.format(lock_id=lock.id)
    if repo.get_setting(key) == created.isoformat():
        return repo.tasks(lock.id)
    with storage.db.transaction():
        have = {task.kind for task in repo.tasks(lock.id)}
        fresh = [task for task in default_tasks(lock.id, created) if task.kind not in have]
        for entry in repo.entries(lock_ids=[lock.id], newest_first=False):
            fresh = apply_log_entry(fresh, entry)
        for task in fresh:
            repo.add_task(task)
        repo.set_setting(key, created.isoformat())
    return repo.tasks(lock.id)


def complete_tasks(storage: Storage, entry: LogEntry) -> list[RecurringTask]:
    """Mark the tasks an entry completes as done (joins the caller's transaction).

    Returns:
        The tasks that changed.
    """
    repo = storage.maintenance
    if not kinds_completed_by(entry.type):
        return []
    with storage.db.transaction():
        before = repo.tasks(entry.lock_id)
        changed = [new for old, new in zip(before, apply_log_entry(before, entry), strict=True) if new != old]
        repo.update_tasks(changed)
    return changed


def complete_tasks_for_swap(storage: Storage, swap: BatterySwap) -> list[RecurringTask]:
    """Complete the tasks a just-stored swap's log entry completes (for LockService)."""
    assert swap.id is not None
    entry = storage.maintenance.entry_for_swap(swap.id)
    return complete_tasks(storage, entry) if entry is not None else []


class MaintenanceService(MaintenancePlan):
    """Keep the maintenance log and the recurring tasks.

    Args:
        storage: The open storage.
        clock: Returns "now" (tests pass a fixed clock).
        tz: The user's time zone (default: the system's, DST-aware).
        due_soon_days: How many days before its due date a task counts as due soon.
        forecaster: Returns a lock's battery forecast (default: the battery forecaster on
            the lock's history).
    """

    # -- recurring tasks --------------------------------------------------------------

    def ensure_default_tasks(self, lock: Lock) -> list[RecurringTask]:
        """Give a lock its default tasks if it never had them; return its tasks."""
        return ensure_default_tasks(self._storage, lock, now=self.now())

    def ensure_all_default_tasks(self) -> None:
        """Give every lock that never had them its default tasks (cheap when all have)."""
        for lock in self._storage.locks.list():
            ensure_default_tasks(self._storage, lock, now=self.now())

    def tasks(self, lock: Lock) -> list[RecurringTask]:
        """The lock's recurring tasks (defaults created on first use)."""
        return self.ensure_default_tasks(lock)

    def add_task(
        self, lock: Lock, title: str, *, kind: str = "", interval_months: int = 0, interval_days: int = 0
    ) -> RecurringTask:
        """Add a recurring task to a lock.

        Args:
            lock: The lock.
            title: Plain name shown to the user.
            kind: The log type id whose entries complete it (default: ``custom-<title>``,
                which only a "mark done" in the task list completes).
            interval_months: Months between due dates.
            interval_days: Days between due dates.

        Raises:
            ValidationError: An empty title, a bad interval, or a kind the lock already has.
        """
        assert lock.id is not None
        title = title.strip()
        if not title:
            raise ValidationError("A task needs a name.")
        _check_interval(interval_months, interval_days)
        kind = kind.strip() or "custom-" + "-".join(title.casefold().split())
        if any(task.kind == kind for task in self.tasks(lock)):
            raise ValidationError(f"“{lock.name}” already has a “{kind}” task.")
        task = RecurringTask(
            lock_id=lock.id, kind=kind, title=title, interval_months=interval_months,
            interval_days=interval_days, created_at=self.now(),
        )
        with self._storage.db.transaction():
            stored = self._storage.maintenance.add_task(task)
            for entry in self._storage.maintenance.entries(lock_ids=[lock.id], newest_first=False):
                stored = apply_log_entry([stored], entry)[0]
            self._storage.maintenance.update_task(stored)
        return stored

    def update_task(self, task: RecurringTask) -> RecurringTask:
        """Save a task's edited title, interval or enabled state.

        A task that repeats must keep a positive interval; only battery replacement may
        have none (the forecast decides).
        """
        if task.id is None or self._storage.maintenance.get_task(task.id) is None:
            raise NotFoundError("That task no longer exists.")
        if not task.title.strip():
            raise ValidationError("A task needs a name.")
        if task.kind != "battery-swap":
            _check_interval(task.interval_months, task.interval_days)
        return self._storage.maintenance.update_task(replace(task, title=task.title.strip()))

    def mark_done(
        self, task: RecurringTask, *, at: datetime | None = None, notes: str = "", done_by: str = ""
    ) -> LogEntry:
        """Log a task as done (the "tick" in a task list) and return the log entry.

        A task whose kind is a log type gets an entry of that type (a battery replacement
        records a swap). A custom task gets a ``note`` entry ("Done: <title>") and is
        completed directly, since no log type completes it.
        """
        lock = self._storage.locks.get(task.lock_id)
        if lock is None:
            raise NotFoundError("That lock no longer exists.")
        if task.kind in LOG_TYPE_IDS:
            return self.add_entry(lock, task.kind, at=at, notes=notes, done_by=done_by)
        with self._storage.db.transaction():
            entry = self.add_entry(lock, "note", at=at, notes=notes or f"Done: {task.title}", done_by=done_by)
            current = self._storage.maintenance.get_task(task.id) if task.id is not None else None
            if current is not None:
                self._storage.maintenance.update_task(complete(current, entry.at))
        return entry

    def remove_task(self, task: RecurringTask) -> None:
        """Remove a recurring task (it is not re-created later)."""
        assert task.id is not None
        self._storage.maintenance.delete_task(task.id)

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
        self.ensure_default_tasks(lock)
        entry = self._checked(LogEntry(
            lock_id=lock.id, at=at or self.now(), type=type, notes=notes, cost=cost,
            measured_value=measured_value, done_by=done_by,
            measured_unit=_default_unit(type, measured_value, measured_unit),
        ))
        repo = self._storage.maintenance
        with self._storage.db.transaction():
            if entry.type == "battery-swap":
                swap = self._storage.battery.add_swap(BatterySwap(
                    lock_id=lock.id, at=entry.at, battery_type=lock.battery_type,
                    count=lock.battery_count, note=entry.notes,
                ))
                assert swap.id is not None
                made = repo.entry_for_swap(swap.id)
                assert made is not None  # written by the v2 trigger
                entry = repo.update_entry(replace(entry, id=made.id, swap_id=swap.id))
            else:
                entry = repo.add_entry(entry)
            complete_tasks(self._storage, entry)
        return entry

    def edit_entry(self, entry: LogEntry) -> LogEntry:
        """Save an edited entry; a swap's or run's own record follows its time and notes.

        Raises:
            NotFoundError: The entry was deleted meanwhile.
            ValidationError: Bad values, or a swap/run entry given another type.
        """
        repo = self._storage.maintenance
        old = repo.get_entry(entry.id) if entry.id is not None else None
        if old is None:
            raise NotFoundError("That log entry no longer exists.")
        entry = self._checked(replace(entry, swap_id=old.swap_id, run_id=old.run_id))
        if (old.swap_id or old.run_id) and entry.type != old.type:
            raise ValidationError("A battery swap or troubleshooting entry keeps its type; delete it instead.")
        with self._storage.db.transaction():
            if old.swap_id is not None:
                repo.sync_swap(old.swap_id, lock_id=entry.lock_id, at=entry.at, note=entry.notes)
            repo.update_entry(entry)
            self._reanchor(old)
            complete_tasks(self._storage, entry)
        return entry

    def delete_entry(self, entry: LogEntry) -> DeletedEntry:
        """Delete an entry (with its swap or run); pass the result to :meth:`restore_entry` to undo."""
        repo = self._storage.maintenance
        old = repo.get_entry(entry.id) if entry.id is not None else None
        if old is None:
            raise NotFoundError("That log entry no longer exists.")
        swap = self._storage.battery.get_swap(old.swap_id) if old.swap_id is not None else None
        run = repo.get_run(old.run_id) if old.run_id is not None else None
        with self._storage.db.transaction():
            if swap is not None and swap.id is not None:
                self._storage.battery.delete_swap(swap.id)  # the entry goes with it
            elif run is not None and run.id is not None:
                repo.delete_run(run.id)  # the entry goes with it
            else:
                repo.delete_entry(old.id)  # type: ignore[arg-type]
            self._reanchor(old)
        return DeletedEntry(old, swap, run)

    def restore_entry(self, deleted: DeletedEntry) -> LogEntry:
        """Undo :meth:`delete_entry`: the entry (and its swap or run) come back as they were."""
        repo = self._storage.maintenance
        with self._storage.db.transaction():
            if deleted.swap is not None:
                entry = repo.restore_swap_entry(deleted.swap, deleted.entry)
            else:
                if deleted.run is not None:
                    repo.add_run(deleted.run)
                entry = repo.add_entry(deleted.entry)
            complete_tasks(self._storage, entry)
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
        return self._storage.maintenance.entries(
            lock_ids=lock_ids, types=types, since=since, until=until, text=text  # type: ignore[arg-type]
        )

    def get_entry(self, entry_id: int) -> LogEntry | None:
        """One log entry by id, or None."""
        return self._storage.maintenance.get_entry(entry_id)

    def swap_of(self, entry: LogEntry) -> BatterySwap | None:
        """The battery swap a log entry stands for, or None."""
        return self._storage.battery.get_swap(entry.swap_id) if entry.swap_id is not None else None

    def run_of(self, entry: LogEntry) -> TroubleshootRun | None:
        """The troubleshooting run a log entry stands for, or None."""
        return self._storage.maintenance.get_run(entry.run_id) if entry.run_id is not None else None

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
        with self._storage.db.transaction():
            stored = self._storage.maintenance.add_run(run)
            if stored.lock_id is None:
                return stored, None
            text = notes.strip() or " - ".join(part for part in (run.symptom, run.outcome) if part)
            entry = self._storage.maintenance.add_entry(LogEntry(
                lock_id=stored.lock_id, at=run.started_at, type="troubleshooting-run",
                notes=text, done_by=done_by.strip(), run_id=stored.id,
            ))
        return stored, entry

    def runs(self, lock: Lock | None = None) -> list[TroubleshootRun]:
        """Troubleshooting runs of a lock (or all), newest first."""
        return self._storage.maintenance.runs(None if lock is None else lock.id)

    # -- helpers ----------------------------------------------------------------------

    def _checked(self, entry: LogEntry) -> LogEntry:
        if entry.type not in LOG_TYPE_IDS:
            known = ", ".join(t.id for t in LOG_TYPES)
            raise ValidationError(f"Unknown log entry type “{entry.type}” (use one of: {known}).")
        if self._storage.locks.get(entry.lock_id) is None:
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

    def _reanchor(self, removed: LogEntry) -> None:
        """Re-anchor tasks whose last completion was ``removed`` (moved or deleted)."""
        kinds = kinds_completed_by(removed.type)
        repo = self._storage.maintenance
        changed = []
        for task in repo.tasks(removed.lock_id):
            if task.kind in kinds and task.last_done_at == removed.at:
                types = [t.id for t in LOG_TYPES if task.kind in t.completes]
                changed.append(replace(task, last_done_at=repo.latest_entry_at(removed.lock_id, types)))
        repo.update_tasks(changed)


def _check_interval(months: int, days: int) -> None:
    if months < 0 or days < 0 or months + days == 0:
        raise ValidationError("A repeating task needs an interval of at least one day or month.")
    if months > 120 or days > 3660:
        raise ValidationError("Intervals longer than ten years are not supported.")


def _default_unit(type_id: str, value: float | None, unit: str | None) -> str:
    if unit is not None:
        return unit
    known = log_type(type_id)
    return known.measured_unit if known and value is not None else ""
