"""The cloud link, cloud-linked locks with their harvest cursors, and harvested records.

A harvest's records and its new cursor are written in one transaction
(:meth:`CloudRepository.store_harvest`), and every record is inserted with ``OR IGNORE``
against the unique indexes of schema v4 (same lock, code, time and value = the same
record), so a repeated or interrupted harvest never duplicates and never skips.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from lockcare.core.cloudlink import CloudLink, CloudLockState
from lockcare.core.models import BatteryReading, LockEvent
from lockcare.storage.db import Database, from_db_time, to_db_time


@dataclass(frozen=True, slots=True)
class StoredCounts:
    """How many records one harvest added (duplicates of stored ones are not counted)."""

    readings: int = 0
    alarms: int = 0
    unlocks: int = 0


class CloudRepository:
    """Reads and writes the ``cloud_link`` and ``cloud_locks`` tables and cloud records.

    Args:
        db: The open database.
    """

    def __init__(self, db: Database) -> None:
        self._db = db

    # -- the link ---------------------------------------------------------------------

    def link(self) -> CloudLink | None:
        """The linked project, or None."""
        rows = self._db.query("SELECT * FROM cloud_link WHERE id = 1")
        if not rows:
            return None
        row = rows[0]
        return CloudLink(
            region=row["region"], access_id=row["access_id"], linked_at=from_db_time(row["linked_at"]),
            last_harvest_at=from_db_time(row["last_harvest_at"]), problem_kind=row["problem_kind"],
            problem_message=row["problem_message"],
        )  # fmt: skip

    def save_link(self, region: str, access_id: str, at: datetime) -> None:
        """Records a proved link (replacing any earlier one; its problem and harvest time go)."""
        with self._db.transaction() as conn:
            conn.execute("DELETE FROM cloud_link")
            conn.execute(
                "INSERT INTO cloud_link (id, region, access_id, linked_at) VALUES (1, ?, ?, ?)",
                (region, access_id, to_db_time(at)),
            )

    def delete_link(self) -> None:
        """Forgets the link (cloud-linked locks and their cursors stay for a later link)."""
        with self._db.transaction() as conn:
            conn.execute("DELETE FROM cloud_link")

    def set_problem(self, kind: str, message: str) -> None:
        """Records a project-wide failure ("" clears it)."""
        with self._db.transaction() as conn:
            conn.execute("UPDATE cloud_link SET problem_kind = ?, problem_message = ?", (kind, message))

    def mark_harvested(self, at: datetime) -> None:
        """Records when the device logs were last read."""
        with self._db.transaction() as conn:
            conn.execute("UPDATE cloud_link SET last_harvest_at = ?", (to_db_time(at),))

    # -- cloud-linked locks -----------------------------------------------------------

    def lock_state(self, lock_id: int) -> CloudLockState | None:
        """What is known about a cloud-linked lock, or None when it is not cloud-linked."""
        rows = self._db.query("SELECT * FROM cloud_locks WHERE lock_id = ?", (lock_id,))
        return _state(rows[0]) if rows else None

    def lock_states(self) -> list[CloudLockState]:
        """Every cloud-linked lock (gateways are never cloud-linked)."""
        return [_state(row) for row in self._db.query("SELECT * FROM cloud_locks ORDER BY lock_id")]

    def adopt(self, lock_id: int, cloud_name: str, at: datetime) -> None:
        """Marks a lock as cloud-linked (or records the cloud's current name for it)."""
        with self._db.transaction() as conn:
            conn.execute(
                "INSERT INTO cloud_locks (lock_id, cloud_name, imported_at) VALUES (?, ?, ?) "
                "ON CONFLICT(lock_id) DO UPDATE SET cloud_name = excluded.cloud_name",
                (lock_id, cloud_name, to_db_time(at)),
            )

    def store_harvest(
        self,
        lock_id: int,
        *,
        readings: Iterable[BatteryReading] = (),
        events: Iterable[LockEvent] = (),
        through: datetime | None,
        at: datetime,
        error_kind: str = "",
        error_message: str = "",
    ) -> StoredCounts:
        """Stores one lock's harvest and its new cursor together, all or nothing.

        Args:
            lock_id: The lock.
            readings: Battery readings (source ``cloud``) at their own times.
            events: Alarm and unlock events (stored with source ``cloud``).
            through: The new cursor (None keeps none: nothing was complete yet).
            at: When the harvest ran.
            error_kind: The failure that ended it, "" when it succeeded.
            error_message: Its plain words.

        Returns:
            How many new records were stored.
        """
        added_readings = alarms = unlocks = 0
        with self._db.transaction() as conn:
            for reading in readings:
                added_readings += _insert(
                    conn,
                    "INSERT OR IGNORE INTO battery_readings (lock_id, at, percent, level, source, via_gateway) "
                    "VALUES (?, ?, ?, ?, 'cloud', 0)",
                    (lock_id, to_db_time(reading.at), reading.percent, reading.level),
                )
            for event in events:
                added = _insert(
                    conn,
                    "INSERT OR IGNORE INTO lock_events (lock_id, at, kind, code, value, source) "
                    "VALUES (?, ?, ?, ?, ?, 'cloud')",
                    (lock_id, to_db_time(event.at), event.kind, event.code, event.value),
                )
                alarms += added if event.kind == "alarm" else 0
                unlocks += added if event.kind == "unlock" else 0
            conn.execute(
                "UPDATE cloud_locks SET harvested_through = ?, last_harvest_at = ?, error_kind = ?, "
                "error_message = ? WHERE lock_id = ?",
                (to_db_time(through) if through else None, to_db_time(at), error_kind, error_message, lock_id),
            )
        return StoredCounts(readings=added_readings, alarms=alarms, unlocks=unlocks)

    def new_alarms(self, since_row: int) -> list[LockEvent]:
        """Alarm events stored after row ``since_row`` (any source), oldest first."""
        rows = self._db.query(
            "SELECT * FROM lock_events WHERE id > ? AND kind = 'alarm' ORDER BY at, id", (since_row,)
        )
        return [
            LockEvent(id=r["id"], lock_id=r["lock_id"], at=from_db_time(r["at"]), kind=r["kind"], code=r["code"],
                      value=r["value"])
            for r in rows
        ]  # fmt: skip

    def last_event_row(self) -> int:
        """The id of the newest stored event (0 when there is none)."""
        return int(self._db.query("SELECT coalesce(max(id), 0) FROM lock_events")[0][0])


def _insert(conn: sqlite3.Connection, sql: str, values: tuple) -> int:
    return conn.execute(sql, values).rowcount


def _state(row: sqlite3.Row) -> CloudLockState:
    return CloudLockState(
        lock_id=row["lock_id"], cloud_name=row["cloud_name"], imported_at=from_db_time(row["imported_at"]),
        harvested_through=from_db_time(row["harvested_through"]), last_harvest_at=from_db_time(row["last_harvest_at"]),
        error_kind=row["error_kind"], error_message=row["error_message"],
    )  # fmt: skip


__all__ = ["CloudRepository", "StoredCounts"]
