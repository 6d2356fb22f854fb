"""Locks and what lockcare last learned about reaching them."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace
from datetime import UTC, datetime

from lockcare.core.errors import ValidationError
from lockcare.core.models import Lock, LockKind, LockStatus
from lockcare.storage.db import Database, from_db_time, to_db_time
from lockcare.storage.errors import StorageError

_LOCK_COLUMNS = (
    "name, device_id, address, port, version, kind, category, product_id, product_name, dp_map, "
    "battery_type, battery_count, voice_prompts, parent_device_id, node_id, wake_hint, created_at, alarm_order"
)


class DuplicateLockError(StorageError, ValidationError):
    """A lock with that name or device id is already paired (input that cannot be right)."""


class LockRepository:
    """Reads and writes :class:`~lockcare.core.models.Lock` rows."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def add(self, lock: Lock) -> Lock:
        """Store a new lock and return it with its id and creation time."""
        created = lock.created_at or datetime.now(UTC)
        self._check_unique(lock)
        with self._db.transaction() as conn:
            cursor = conn.execute(
                f"INSERT INTO locks ({_LOCK_COLUMNS}) VALUES ({', '.join('?' * 18)})",
                _values(replace(lock, created_at=created)),
            )
        return replace(lock, id=cursor.lastrowid, created_at=created)

    def update(self, lock: Lock) -> Lock:
        """Save changes to an existing lock."""
        if lock.id is None:
            raise ValueError("update() needs a stored lock")
        self._check_unique(lock)
        assignments = ", ".join(f"{column.strip()} = ?" for column in _LOCK_COLUMNS.split(","))
        with self._db.transaction() as conn:
            conn.execute(f"UPDATE locks SET {assignments} WHERE id = ?", (*_values(lock), lock.id))
        return lock

    def delete(self, lock_id: int) -> None:
        """Remove a lock and everything recorded about it."""
        with self._db.transaction() as conn:
            conn.execute("DELETE FROM locks WHERE id = ?", (lock_id,))

    def get(self, lock_id: int) -> Lock | None:
        """Return the lock with this id, or None."""
        rows = self._db.query(f"SELECT id, {_LOCK_COLUMNS} FROM locks WHERE id = ?", (lock_id,))
        return _lock(rows[0]) if rows else None

    def find(self, name_or_device_id: str) -> Lock | None:
        """Return the lock with this name (any case) or device id, or None."""
        rows = self._db.query(
            f"SELECT id, {_LOCK_COLUMNS} FROM locks WHERE device_id = ? OR name = ? COLLATE NOCASE "
            "ORDER BY device_id = ? DESC LIMIT 1",
            (name_or_device_id, name_or_device_id.strip(), name_or_device_id),
        )
        return _lock(rows[0]) if rows else None

    def list(self) -> list[Lock]:
        """All locks, by name."""
        rows = self._db.query(f"SELECT id, {_LOCK_COLUMNS} FROM locks ORDER BY name COLLATE NOCASE")
        return [_lock(row) for row in rows]

    def _check_unique(self, lock: Lock) -> None:
        rows = self._db.query(
            "SELECT id, name, device_id FROM locks WHERE (name = ? COLLATE NOCASE OR device_id = ?) AND id IS NOT ?",
            (lock.name.strip(), lock.device_id, lock.id),
        )
        for row in rows:
            if row["device_id"] == lock.device_id:
                raise DuplicateLockError(f"A lock with device id {lock.device_id} is already paired as “{row['name']}”.")
            raise DuplicateLockError(f"A lock called “{row['name']}” already exists; choose another name.")

    # -- status -----------------------------------------------------------------------

    def status(self, lock_id: int) -> LockStatus:
        """What lockcare last learned when reaching this lock."""
        rows = self._db.query("SELECT * FROM lock_status WHERE lock_id = ?", (lock_id,))
        if not rows:
            return LockStatus(lock_id=lock_id)
        row = rows[0]
        return LockStatus(
            lock_id=lock_id,
            last_attempt_at=from_db_time(row["last_attempt_at"]),
            last_seen_at=from_db_time(row["last_seen_at"]),
            state=row["state"],
            message=row["message"],
        )

    def save_status(self, status: LockStatus) -> None:
        """Store the outcome of the latest attempt to reach a lock."""
        with self._db.transaction() as conn:
            conn.execute(
                "INSERT INTO lock_status (lock_id, last_attempt_at, last_seen_at, state, message) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT(lock_id) DO UPDATE SET "
                "last_attempt_at = excluded.last_attempt_at, last_seen_at = excluded.last_seen_at, "
                "state = excluded.state, message = excluded.message",
                (
                    status.lock_id,
                    to_db_time(status.last_attempt_at) if status.last_attempt_at else None,
                    to_db_time(status.last_seen_at) if status.last_seen_at else None,
                    status.state,
                    status.message,
                ),
            )


def _values(lock: Lock) -> tuple:
    assert lock.created_at is not None
    return (
        lock.name.strip(),
        lock.device_id,
        lock.address,
        lock.port,
        lock.version,
        str(lock.kind),
        lock.category,
        lock.product_id,
        lock.product_name,
        json.dumps(lock.dp_map, sort_keys=True),
        lock.battery_type,
        lock.battery_count,
        int(lock.voice_prompts),
        lock.parent_device_id,
        lock.node_id,
        lock.wake_hint,
        to_db_time(lock.created_at),
        json.dumps(list(lock.alarm_order)),
    )


def _lock(row: sqlite3.Row) -> Lock:
    return Lock(
        id=row["id"],
        name=row["name"],
        device_id=row["device_id"],
        address=row["address"],
        port=row["port"],
        version=row["version"],
        kind=LockKind(row["kind"]),
        category=row["category"],
        product_id=row["product_id"],
        product_name=row["product_name"],
        dp_map=json.loads(row["dp_map"]),
        battery_type=row["battery_type"],
        battery_count=row["battery_count"],
        voice_prompts=bool(row["voice_prompts"]),
        parent_device_id=row["parent_device_id"],
        node_id=row["node_id"],
        wake_hint=row["wake_hint"],
        created_at=from_db_time(row["created_at"]),
        alarm_order=tuple(json.loads(row["alarm_order"])),
    )
