"""The recurring maintenance tasks: the defaults a lock gets, edits, and completion by the log.

Rules kept here:

* **Default tasks once.** A lock gets the default tasks when it is added (and, for older
  data, at start-up and after a restore); a marker in ``settings`` remembers it, so tasks
  the user removed stay removed. Entries already in the log complete the new tasks.
* **Logging completes tasks.** An entry marks the lock's tasks of the kinds its type
  completes as done at the entry's time (:func:`lockcare.core.maintenance.schedule.apply_log_entry`),
  in the caller's transaction. Deleting or moving the entry that was a task's last
  completion re-anchors the task on the latest remaining entry (or on its creation).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime

from lockcare.core.errors import NotFoundError, ValidationError
from lockcare.core.maintenance.log_types import LOG_TYPES, kinds_completed_by
from lockcare.core.maintenance.schedule import apply_log_entry, complete, default_tasks
from lockcare.core.models import Lock, LockKind, LogEntry, RecurringTask
from lockcare.storage import Transaction
from lockcare.storage.lock_repository import LockRepository
from lockcare.storage.maintenance_repository import MaintenanceRepository
from lockcare.storage.settings_repository import SettingsRepository

SEEDED_KEY = "maintenance.tasks-seeded.{lock_id}"
"""Settings key marking that a lock got its default tasks (value: the lock's created_at)."""


class MaintenanceTasks:
    """Each lock's recurring tasks.

    Args:
        locks: The lock repository.
        maintenance: The task (and log) repository.
        settings: Where the "default tasks given" markers live.
        transaction: Opens one all-or-nothing write.
        clock: Returns "now" (tests pass a fixed clock).
    """

    def __init__(
        self,
        locks: LockRepository,
        maintenance: MaintenanceRepository,
        settings: SettingsRepository,
        *,
        transaction: Transaction,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self._locks = locks
        self._repo = maintenance
        self._settings = settings
        self._transaction = transaction
        self._clock = clock

    def now(self) -> datetime:
        """The service's idea of the current time."""
        return self._clock()

    def ensure_default_tasks(self, lock: Lock) -> list[RecurringTask]:
        """Give a stored lock the default recurring tasks, once (joins the caller's transaction).

        Gateways get no tasks. Entries already logged complete the new tasks.

        Returns:
            The lock's tasks afterwards.
        """
        assert lock.id is not None
        if lock.kind is LockKind.GATEWAY:
            return []
        created = lock.created_at or self.now()
        key = SEEDED_KEY.format(lock_id=lock.id)
        if self._settings.get(key) == created.isoformat():
            return self._repo.tasks(lock.id)
        with self._transaction():
            have = {task.kind for task in self._repo.tasks(lock.id)}
            fresh = [task for task in default_tasks(lock.id, created) if task.kind not in have]
            for entry in self._repo.entries(lock_ids=[lock.id], newest_first=False):
                fresh = apply_log_entry(fresh, entry)
            for task in fresh:
                self._repo.add_task(task)
            self._settings.set(key, created.isoformat())
        return self._repo.tasks(lock.id)

    def ensure_all_default_tasks(self) -> None:
        """Give every lock that never had them its default tasks (cheap when all have).

        For data from before tasks existed, a restored backup, or locks stored by hand.
        """
        for lock in self._locks.list():
            self.ensure_default_tasks(lock)

    def tasks(self, lock: Lock) -> list[RecurringTask]:
        """The lock's recurring tasks, in the order they were added."""
        assert lock.id is not None
        return self._repo.tasks(lock.id)

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
        with self._transaction():
            stored = self._repo.add_task(task)
            for entry in self._repo.entries(lock_ids=[lock.id], newest_first=False):
                stored = apply_log_entry([stored], entry)[0]
            self._repo.update_task(stored)
        return stored

    def update_task(self, task: RecurringTask) -> RecurringTask:
        """Save a task's edited title, interval or enabled state.

        A task that repeats must keep a positive interval; only battery replacement may
        have none (the forecast decides).
        """
        if task.id is None or self._repo.get_task(task.id) is None:
            raise NotFoundError("That task no longer exists.")
        if not task.title.strip():
            raise ValidationError("A task needs a name.")
        if task.kind != "battery-swap":
            _check_interval(task.interval_months, task.interval_days)
        return self._repo.update_task(replace(task, title=task.title.strip()))

    def remove_task(self, task: RecurringTask) -> None:
        """Remove a recurring task (it is not re-created later)."""
        assert task.id is not None
        self._repo.delete_task(task.id)

    # -- completion (for the log) ------------------------------------------------------

    def complete_for(self, entry: LogEntry) -> list[RecurringTask]:
        """Mark the tasks an entry completes as done (joins the caller's transaction); the ones that changed."""
        if not kinds_completed_by(entry.type):
            return []
        with self._transaction():
            before = self._repo.tasks(entry.lock_id)
            changed = [new for old, new in zip(before, apply_log_entry(before, entry), strict=True) if new != old]
            self._repo.update_tasks(changed)
        return changed

    def complete_now(self, task: RecurringTask, at: datetime) -> RecurringTask:
        """Mark one task done at ``at`` (a custom task ticked in a list); returns it as stored."""
        return self._repo.update_task(complete(task, at))

    def reanchor_after(self, removed: LogEntry) -> None:
        """Re-anchor tasks whose last completion was ``removed`` (moved or deleted)."""
        kinds = kinds_completed_by(removed.type)
        repo = self._repo
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
