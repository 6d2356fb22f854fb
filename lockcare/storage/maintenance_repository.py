"""Maintenance log entries, recurring tasks and troubleshooting runs.

A battery swap's log entry is written by a database trigger (schema v2) in the same
transaction as the swap, so every swap is exactly one log entry whoever stores it.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Collection, Iterable
from dataclasses import replace
from datetime import datetime

from lockcare.core.maintenance.log_types import LOG_TYPES
from lockcare.core.models import BatterySwap, LogEntry, RecurringTask, TroubleshootRun
from lockcare.storage.db import Database, from_db_time, to_db_time

_ENTRY_COLUMNS = (
    "lock_id, at, type, notes, cost, measured_value, measured_unit, done_by, swap_id, run_id"
)
_TASK_COLUMNS = (
    "lock_id, kind, title, interval_months, interval_days, enabled, last_done_at, created_at"
)


class MaintenanceRepository:
    """Reads and writes the maintenance log, recurring tasks and troubleshooting runs.

    Args:
        db: The open database.
    """

    def __init__(self, db: Database) -> None:
        self._db = db

    # -- log entries ------------------------------------------------------------------

    def add_entry(self, entry: LogEntry) -> LogEntry:
        """Store a log entry (with its id, if it has one) and return it with its id."""
        return replace(entry, id=_insert(self._db, "log_entries", _ENTRY_COLUMNS, _entry_values(entry), entry.id))

    def update_entry(self, entry: LogEntry) -> LogEntry:
        """Save changes to a stored log entry."""
        if entry.id is None:
            raise ValueError("update_entry() needs a stored entry")
        _update(self._db, "log_entries", _ENTRY_COLUMNS, _entry_values(entry), entry.id)
        return entry

    def delete_entry(self, entry_id: int) -> None:
        """Remove one log entry (its swap or run, if any, is left alone)."""
        with self._db.transaction() as conn:
            conn.execute("DELETE FROM log_entries WHERE id = ?", (entry_id,))

    def get_entry(self, entry_id: int) -> LogEntry | None:
        """Return one log entry by id, or None."""
        rows = self._db.query("SELECT * FROM log_entries WHERE id = ?", (entry_id,))
        return _entry(rows[0]) if rows else None

    def restore_swap_entry(self, swap: BatterySwap, entry: LogEntry) -> LogEntry:
        """Put back a deleted battery swap and its log entry, both with their old ids.

        Args:
            swap: The swap as it was stored (with its id).
            entry: Its log entry as it was stored (with its id).

        Returns:
            The entry as stored again.
        """
        if swap.id is None or entry.id is None:
            raise ValueError("restore_swap_entry() needs the stored swap and entry")
        with self._db.transaction() as conn:
            conn.execute(
                "INSERT INTO battery_swaps (id, lock_id, at, battery_type, brand, count, note) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (swap.id, swap.lock_id, to_db_time(swap.at), swap.battery_type, swap.brand,
                 swap.count, swap.note),
            )
            # The insert trigger wrote a fresh entry; give it back its old id and fields.
            assignments = ", ".join(f"{c.strip()} = ?" for c in _ENTRY_COLUMNS.split(","))
            conn.execute(
                f"UPDATE log_entries SET id = ?, {assignments} WHERE swap_id = ?",
                (entry.id, *_entry_values(replace(entry, swap_id=swap.id)), swap.id),
            )
        return replace(entry, swap_id=swap.id)

    def sync_swap(self, swap_id: int, *, lock_id: int, at: datetime, note: str) -> None:
        """Move a battery swap to the time, lock and note of its edited log entry."""
        with self._db.transaction() as conn:
            conn.execute(
                "UPDATE battery_swaps SET lock_id = ?, at = ?, note = ? WHERE id = ?",
                (lock_id, to_db_time(at), note, swap_id),
            )

    def entry_for_swap(self, swap_id: int) -> LogEntry | None:
        """Return the log entry of a battery swap, or None."""
        rows = self._db.query("SELECT * FROM log_entries WHERE swap_id = ?", (swap_id,))
        return _entry(rows[0]) if rows else None

    def entries(
        self,
        *,
        lock_ids: Collection[int] | None = None,
        types: Collection[str] | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
        text: str = "",
        newest_first: bool = True,
    ) -> list[LogEntry]:
        """Return log entries matching every given filter.

        Args:
            lock_ids: Only these locks (None: every lock).
            types: Only these log type ids (None: every type).
            since: Only entries at or after this time.
            until: Only entries before this time.
            text: Words to find in the notes, the "done by" name or the type's label
                (case-insensitive for ASCII letters).
            newest_first: Sort order by time.

        Returns:
            The entries.
        """
        where: list[str] = []
        params: list[object] = []
        if lock_ids is not None:
            where.append(f"lock_id IN ({', '.join('?' * len(lock_ids))})")
            params.extend(lock_ids)
        if types is not None:
            where.append(f"type IN ({', '.join('?' * len(types))})")
            params.extend(types)
        if since is not None:
            where.append("at >= ?")
            params.append(to_db_time(since))
        if until is not None:
            where.append("at < ?")
            params.append(to_db_time(until))
        for word in text.split():
            pattern = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            labelled = [t.id for t in LOG_TYPES if word.casefold() in t.label.casefold()]
            clause = "notes LIKE ? ESCAPE '\\' OR done_by LIKE ? ESCAPE '\\' OR type LIKE ? ESCAPE '\\'"
            params.extend([pattern, pattern, pattern])
            if labelled:
                clause += f" OR type IN ({', '.join('?' * len(labelled))})"
                params.extend(labelled)
            where.append(f"({clause})")
        sql = "SELECT * FROM log_entries"
        if where:
            sql += " WHERE " + " AND ".join(where)
        order = "DESC" if newest_first else "ASC"
        sql += f" ORDER BY at {order}, id {order}"
        return [_entry(row) for row in self._db.query(sql, tuple(params))]

    def latest_entry_at(self, lock_id: int, types: Collection[str]) -> datetime | None:
        """Return when the latest entry of one of ``types`` for a lock happened, or None."""
        if not types:
            return None
        rows = self._db.query(
            f"SELECT MAX(at) AS at FROM log_entries WHERE lock_id = ? "
            f"AND type IN ({', '.join('?' * len(types))})",
            (lock_id, *types),
        )
        return from_db_time(rows[0]["at"])

    # -- recurring tasks --------------------------------------------------------------

    def add_task(self, task: RecurringTask) -> RecurringTask:
        """Store a recurring task (with its id, if it has one) and return it with its id."""
        return replace(task, id=_insert(self._db, "recurring_tasks", _TASK_COLUMNS, _task_values(task), task.id))

    def update_task(self, task: RecurringTask) -> RecurringTask:
        """Save changes to a stored task."""
        if task.id is None:
            raise ValueError("update_task() needs a stored task")
        _update(self._db, "recurring_tasks", _TASK_COLUMNS, _task_values(task), task.id)
        return task

    def update_tasks(self, tasks: Iterable[RecurringTask]) -> None:
        """Save changes to several stored tasks in one transaction."""
        with self._db.transaction():
            for task in tasks:
                self.update_task(task)

    def delete_task(self, task_id: int) -> None:
        """Remove a recurring task."""
        with self._db.transaction() as conn:
            conn.execute("DELETE FROM recurring_tasks WHERE id = ?", (task_id,))

    def get_task(self, task_id: int) -> RecurringTask | None:
        """Return one task by id, or None."""
        rows = self._db.query("SELECT * FROM recurring_tasks WHERE id = ?", (task_id,))
        return _task(rows[0]) if rows else None

    def tasks(self, lock_id: int | None = None) -> list[RecurringTask]:
        """Return the tasks of a lock (or of every lock), in the order they were added."""
        if lock_id is None:
            rows = self._db.query("SELECT * FROM recurring_tasks ORDER BY lock_id, id")
        else:
            rows = self._db.query(
                "SELECT * FROM recurring_tasks WHERE lock_id = ? ORDER BY id", (lock_id,)
            )
        return [_task(row) for row in rows]

    # -- troubleshooting runs ---------------------------------------------------------

    def add_run(self, run: TroubleshootRun) -> TroubleshootRun:
        """Store a troubleshooting run (with its id, if it has one) and return it."""
        values = (run.lock_id, to_db_time(run.started_at), run.symptom,
                  json.dumps([list(step) for step in run.steps]), run.outcome)
        return replace(run, id=_insert(self._db, "troubleshoot_runs", _RUN_COLUMNS, values, run.id))

    def get_run(self, run_id: int) -> TroubleshootRun | None:
        """Return one run by id, or None."""
        rows = self._db.query("SELECT * FROM troubleshoot_runs WHERE id = ?", (run_id,))
        return _run(rows[0]) if rows else None

    def runs(self, lock_id: int | None = None) -> list[TroubleshootRun]:
        """Return the runs of a lock (or all runs), newest first."""
        if lock_id is None:
            rows = self._db.query("SELECT * FROM troubleshoot_runs ORDER BY started_at DESC, id DESC")
        else:
            rows = self._db.query(
                "SELECT * FROM troubleshoot_runs WHERE lock_id = ? ORDER BY started_at DESC, id DESC",
                (lock_id,),
            )
        return [_run(row) for row in rows]

    def delete_run(self, run_id: int) -> None:
        """Remove a run (its log entry goes with it)."""
        with self._db.transaction() as conn:
            conn.execute("DELETE FROM troubleshoot_runs WHERE id = ?", (run_id,))


_RUN_COLUMNS = "lock_id, started_at, symptom, steps, outcome"


def _insert(db: Database, table: str, columns: str, values: tuple, row_id: int | None) -> int:
    """Insert one row (keeping ``row_id`` when given: undo restores old ids) and return its id."""
    if row_id is not None:
        columns, values = f"{columns}, id", (*values, row_id)
    with db.transaction() as conn:
        cursor = conn.execute(f"INSERT INTO {table} ({columns}) VALUES ({', '.join('?' * len(values))})", values)
    return int(cursor.lastrowid)


def _update(db: Database, table: str, columns: str, values: tuple, row_id: int) -> None:
    """Overwrite every listed column of one row."""
    assignments = ", ".join(f"{column.strip()} = ?" for column in columns.split(","))
    with db.transaction() as conn:
        conn.execute(f"UPDATE {table} SET {assignments} WHERE id = ?", (*values, row_id))


def _entry_values(entry: LogEntry) -> tuple:
    return (
        entry.lock_id, to_db_time(entry.at), entry.type, entry.notes, entry.cost,
        entry.measured_value, entry.measured_unit, entry.done_by, entry.swap_id, entry.run_id,
    )


def _entry(row: sqlite3.Row) -> LogEntry:
    at = from_db_time(row["at"])
    assert at is not None  # NOT NULL column
    return LogEntry(
        id=row["id"], lock_id=row["lock_id"], at=at, type=row["type"], notes=row["notes"],
        cost=row["cost"], measured_value=row["measured_value"],
        measured_unit=row["measured_unit"], done_by=row["done_by"],
        swap_id=row["swap_id"], run_id=row["run_id"],
    )


def _task_values(task: RecurringTask) -> tuple:
    if task.created_at is None:
        raise ValueError("a recurring task needs its creation time")
    return (
        task.lock_id, task.kind, task.title, task.interval_months, task.interval_days,
        int(task.enabled), to_db_time(task.last_done_at) if task.last_done_at else None,
        to_db_time(task.created_at),
    )


def _task(row: sqlite3.Row) -> RecurringTask:
    return RecurringTask(
        id=row["id"], lock_id=row["lock_id"], kind=row["kind"], title=row["title"],
        interval_months=row["interval_months"], interval_days=row["interval_days"],
        enabled=bool(row["enabled"]), last_done_at=from_db_time(row["last_done_at"]),
        created_at=from_db_time(row["created_at"]),
    )


def _run(row: sqlite3.Row) -> TroubleshootRun:
    started = from_db_time(row["started_at"])
    assert started is not None  # NOT NULL column
    steps = tuple((str(step), str(outcome)) for step, outcome in json.loads(row["steps"]))
    return TroubleshootRun(
        id=row["id"], lock_id=row["lock_id"], started_at=started, symptom=row["symptom"],
        steps=steps, outcome=row["outcome"],
    )
