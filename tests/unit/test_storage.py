"""Storage: migrations, newer-version refusal, transactions, repositories."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from lockcare.core.models import (
    BatteryReading,
    BatterySwap,
    Lock,
    LockKind,
    LockStatus,
    ReadingSource,
)
from lockcare.storage import open_storage
from lockcare.storage.db import Database
from lockcare.storage.errors import DiskFullError, NewerDatabaseError, StorageError
from lockcare.storage.lock_repository import DuplicateLockError
from lockcare.storage.migrations import SCHEMA_VERSION, current_version

NOW = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)


def _lock(name: str = "Front door", device_id: str = "bf3a1c2d3e4f5a6b7c8d") -> Lock:
    return Lock(name=name, device_id=device_id, address="192.168.1.40", version="3.4", dp_map={"battery_percent": 12})


def test_migrates_an_empty_file_to_the_current_schema(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    path.touch()
    with Database(path) as db:
        assert current_version(db.connection) == SCHEMA_VERSION
        tables = {row[0] for row in db.query("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert {"locks", "battery_readings", "battery_swaps", "log_entries", "recurring_tasks"} <= tables
        assert db.query("PRAGMA journal_mode")[0][0] == "wal"
        assert db.query("PRAGMA foreign_keys")[0][0] == 1


def test_refuses_a_database_from_a_newer_version_and_leaves_it_untouched(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.execute("CREATE TABLE future (x)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(NewerDatabaseError, match="newer version of lockcare"):
        Database(path)
    assert path.read_bytes() == before


def test_copies_the_file_aside_before_migrating(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from lockcare.storage import migrations

    path = tmp_path / "db.sqlite3"
    Database(path).close()
    extra = "CREATE TABLE extra_v2 (id INTEGER PRIMARY KEY)"
    monkeypatch.setattr(migrations, "MIGRATIONS", (*migrations.MIGRATIONS, extra))
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    with Database(path) as db:
        assert current_version(db.connection) == SCHEMA_VERSION + 1
    copies = list(tmp_path.glob("db.sqlite3.before-*"))
    assert len(copies) == 1
    assert copies[0].stat().st_mode & 0o077 == 0  # the copy holds the same data: the user's only
    assert list(tmp_path.glob(".db.sqlite3.before-*")) == []  # no temporary file left beside it
    copy = sqlite3.connect(copies[0])
    assert copy.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    copy.close()


def test_a_failed_transaction_leaves_nothing_behind(tmp_path: Path) -> None:
    storage = open_storage(tmp_path)
    lock = storage.locks.add(_lock())
    assert lock.id is not None
    with pytest.raises(RuntimeError), storage.db.transaction() as conn:
        conn.execute(
            "INSERT INTO battery_readings (lock_id, at, percent, source) VALUES (?, ?, ?, 'manual')",
            (lock.id, NOW.isoformat(), 50),
        )
        raise RuntimeError("crash in the middle of a write")
    assert storage.battery.readings(lock.id) == []
    storage.close()


def test_disk_full_is_reported_plainly_and_rolls_back(tmp_path: Path) -> None:
    storage = open_storage(tmp_path)
    lock = storage.locks.add(_lock())
    assert lock.id is not None
    storage.db.connection.execute("PRAGMA max_page_count = 1")  # nothing more fits
    big = [BatteryReading(lock_id=lock.id, at=NOW - timedelta(minutes=i), percent=50) for i in range(5000)]
    with pytest.raises(DiskFullError, match="disk is full"):
        storage.battery.add_readings(big)
    assert storage.battery.readings(lock.id) == []
    storage.close()


def test_lock_round_trip_and_lookup_by_name_or_id(tmp_path: Path) -> None:
    storage = open_storage(tmp_path)
    stored = storage.locks.add(
        Lock(name="Garage gate", device_id="bf00child0000000000x1", kind=LockKind.GATEWAY_CHILD,
             parent_device_id="bfgateway00000000001", node_id="a4c138", dp_map={"battery_percent": 8},
             battery_type="18650-li-ion", battery_count=2, category="jtmspro", product_id="ofwvna43")
    )
    assert storage.locks.get(stored.id) == stored
    assert storage.locks.find("garage GATE") == stored
    assert storage.locks.find("bf00child0000000000x1") == stored
    assert storage.locks.find("nothing") is None
    storage.close()


def test_duplicate_names_and_ids_are_refused(tmp_path: Path) -> None:
    storage = open_storage(tmp_path)
    storage.locks.add(_lock())
    with pytest.raises(DuplicateLockError, match="already exists"):
        storage.locks.add(_lock(name="FRONT DOOR", device_id="other0000000000000001"))
    with pytest.raises(DuplicateLockError, match="already paired"):
        storage.locks.add(_lock(name="Back door"))
    assert len(storage.locks.list()) == 1
    storage.close()


def test_readings_swaps_and_status_round_trip(tmp_path: Path) -> None:
    storage = open_storage(tmp_path)
    lock = storage.locks.add(_lock())
    assert lock.id is not None
    first = storage.battery.add_reading(BatteryReading(lock_id=lock.id, at=NOW - timedelta(days=2), percent=70))
    second = storage.battery.add_reading(
        BatteryReading(lock_id=lock.id, at=NOW, level="low", source=ReadingSource.LIVE, via_gateway=True)
    )
    assert storage.battery.readings(lock.id) == [first, second]
    assert storage.battery.latest_reading(lock.id) == second
    assert storage.battery.readings(lock.id, since=NOW - timedelta(days=1)) == [second]
    swap = storage.battery.add_swap(BatterySwap(lock_id=lock.id, at=NOW, battery_type="aa-lithium", brand="Energizer"))
    assert storage.battery.swaps(lock.id) == [swap]
    status = LockStatus(lock_id=lock.id, last_attempt_at=NOW, last_seen_at=NOW - timedelta(hours=3), state="asleep")
    storage.locks.save_status(status)
    assert storage.locks.status(lock.id) == status
    storage.close()


def test_database_rejects_impossible_readings(tmp_path: Path) -> None:
    storage = open_storage(tmp_path)
    lock = storage.locks.add(_lock())
    with pytest.raises(StorageError):
        storage.battery.add_reading(BatteryReading(lock_id=lock.id, at=NOW, percent=140))
    with pytest.raises(StorageError):
        storage.battery.add_reading(BatteryReading(lock_id=lock.id, at=NOW))
    storage.close()


def test_deleting_a_lock_removes_its_history(tmp_path: Path) -> None:
    storage = open_storage(tmp_path)
    lock = storage.locks.add(_lock())
    storage.battery.add_reading(BatteryReading(lock_id=lock.id, at=NOW, percent=70))
    storage.locks.delete(lock.id)
    assert storage.db.query("SELECT COUNT(*) FROM battery_readings")[0][0] == 0
    storage.close()


def test_naive_datetimes_are_refused(tmp_path: Path) -> None:
    storage = open_storage(tmp_path)
    lock = storage.locks.add(_lock())
    with pytest.raises(ValueError, match="timezone-aware"):
        storage.battery.add_reading(BatteryReading(lock_id=lock.id, at=datetime(2026, 1, 1), percent=70))
    storage.close()
