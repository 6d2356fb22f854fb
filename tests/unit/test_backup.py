"""Backup and restore: an exact round trip, keys only on request, refusals that change nothing."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from lockcare.core.models import Lock, TroubleshootRun
from lockcare.services.backup import (
    KEYS_TABLE,
    MANIFEST_TABLE,
    BackupError,
    before_restore_path,
    create_backup,
    inspect_backup,
    restore_backup,
)
from lockcare.services.locks import LockService
from lockcare.services.maintenance import MaintenanceService
from lockcare.storage import Storage, migrations, open_storage
from tests.support.memory_keyring import MemoryKeyring

NOW = datetime(2026, 7, 1, 12, tzinfo=UTC)
KEY = "0123456789abcdef"


@pytest.fixture
def storage(data_dir: Path, memory_keyring: MemoryKeyring) -> Iterator[Storage]:
    store = open_storage(data_dir, keyring_backend=memory_keyring)
    yield store
    store.close()


@pytest.fixture
def filled(storage: Storage) -> Storage:
    locks = LockService(storage, clock=lambda: NOW)
    maintenance = MaintenanceService(storage, clock=lambda: NOW, tz=ZoneInfo("UTC"), forecaster=lambda lock: None)
    lock = locks.add_lock(Lock(name="Front door", device_id="bf3a1c2d3e4f5a6b7c8d", address="10.0.0.5"), KEY)
    locks.record_reading(lock, percent=80, at=NOW - timedelta(days=3))
    locks.record_swap(lock, at=NOW - timedelta(days=30), brand="Varta")
    maintenance.add_entry(lock, "strike-plate-screws", at=NOW - timedelta(days=2), measured_value=2.0, notes="ünïcode ☐")
    maintenance.record_run(TroubleshootRun(lock_id=lock.id, started_at=NOW - timedelta(days=1), symptom="app-offline"))
    maintenance.mark_running(now=NOW)
    return storage


def dump(storage: Storage) -> list[str]:
    return list(storage.db.connection.iterdump())


def test_restore_round_trips_exactly(filled: Storage, tmp_path: Path) -> None:
    before = dump(filled)
    info = create_backup(filled, tmp_path / "b.lockcare", now=NOW)
    assert (info.locks, info.log_entries, info.includes_keys) == (1, 3, False)
    assert info.schema_version == migrations.SCHEMA_VERSION and info.created_at == NOW

    lock = filled.locks.list()[0]
    filled.locks.delete(lock.id)  # type: ignore[arg-type]
    filled.maintenance.set_setting("extra", "x")
    assert dump(filled) != before

    restore_backup(filled, tmp_path / "b.lockcare")
    assert dump(filled) == before
    assert filled.db.path is not None
    assert before_restore_path(filled.db.path).exists()
    # The live connection goes on working after the restore.
    assert "ünïcode ☐" in [e.notes for e in filled.maintenance.entries()]
    assert filled.db.connection.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_keys_are_left_out_unless_asked(filled: Storage, tmp_path: Path) -> None:
    plain = tmp_path / "plain.lockcare"
    create_backup(filled, plain)
    assert KEY.encode() not in plain.read_bytes()
    with_keys = tmp_path / "keys.lockcare"
    info = create_backup(filled, with_keys, include_keys=True)
    assert info.includes_keys and KEY.encode() in with_keys.read_bytes()
    assert with_keys.stat().st_mode & 0o077 == 0

    filled.secrets.delete_key("bf3a1c2d3e4f5a6b7c8d")
    restore_backup(filled, plain)
    assert filled.secrets.get_key("bf3a1c2d3e4f5a6b7c8d") is None
    restore_backup(filled, with_keys)
    assert filled.secrets.get_key("bf3a1c2d3e4f5a6b7c8d") == KEY
    tables = {r[0] for r in filled.db.connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert MANIFEST_TABLE not in tables and KEYS_TABLE not in tables


def _foreign_sqlite(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY)")
    conn.commit()
    conn.close()


def _newer(path: Path, good: Path) -> None:
    path.write_bytes(good.read_bytes())
    conn = sqlite3.connect(path)
    conn.execute(f"UPDATE {MANIFEST_TABLE} SET value = ? WHERE key = 'schema_version'", (str(migrations.SCHEMA_VERSION + 1),))
    conn.execute(f"PRAGMA user_version = {migrations.SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()


def _damaged(path: Path, good: Path) -> None:
    data = bytearray(good.read_bytes())
    page = 4096
    for offset in range(page, len(data), 97):  # scribble over every page after the header page
        data[offset] = 0xA5
    path.write_bytes(bytes(data))


def _truncated(path: Path, good: Path) -> None:
    path.write_bytes(good.read_bytes()[: 4096 + 100])


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p, g: p.write_text("BEGIN:VCALENDAR\r\n"), "not an SQLite database"),
        (lambda p, g: p.write_bytes(b""), "not an SQLite database"),
        (lambda p, g: _foreign_sqlite(p), "not a lockcare backup"),
        (_newer, "newer lockcare"),
        (_damaged, "damaged"),
        (_truncated, "damaged"),
        (lambda p, g: None, "no backup file"),
    ],
)
def test_a_bad_file_is_refused_and_nothing_changes(filled: Storage, tmp_path: Path, make, message: str) -> None:
    good = tmp_path / "good.lockcare"
    create_backup(filled, good)
    bad = tmp_path / "bad.lockcare"
    make(bad, good)
    before = dump(filled)
    with pytest.raises(BackupError, match=message) as caught:
        restore_backup(filled, bad)
    assert "Nothing was changed" in str(caught.value) or "no backup file" in str(caught.value)
    assert dump(filled) == before
    assert filled.db.path is not None and not before_restore_path(filled.db.path).exists()
    assert list(filled.db.path.parent.glob(".lockcare-restore.*")) == []
    if bad.exists() and message == "newer lockcare":
        with pytest.raises(BackupError):
            inspect_backup(bad)


def test_an_older_backup_is_upgraded_on_restore(filled: Storage, tmp_path: Path) -> None:
    """A v1 backup (no swap log entries yet) restores and gains them through the v2 upgrade."""
    old = tmp_path / "v1.lockcare"
    conn = sqlite3.connect(old, isolation_level=None)
    for statement in migrations._statements(migrations.MIGRATIONS[0]):
        conn.execute(statement)
    conn.execute("PRAGMA user_version = 1")
    conn.execute("INSERT INTO locks (id, name, device_id, created_at) VALUES (1, 'Old', 'dev1', '2025-01-01T00:00:00+00:00')")
    conn.execute("INSERT INTO battery_swaps (id, lock_id, at, battery_type) VALUES (3, 1, '2025-02-01T00:00:00.000000+00:00', 'aa-alkaline')")
    conn.execute(f"CREATE TABLE {MANIFEST_TABLE} (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    conn.executemany(f"INSERT INTO {MANIFEST_TABLE} VALUES (?, ?)",
                     [("app", "lockcare"), ("format", "1"), ("schema_version", "1"), ("created_at", NOW.isoformat())])
    conn.close()
    restore_backup(filled, old)
    assert [lock.name for lock in filled.locks.list()] == ["Old"]
    assert [(e.type, e.swap_id) for e in filled.maintenance.entries()] == [("battery-swap", 3)]
    assert filled.db.connection.execute("PRAGMA user_version").fetchone()[0] == migrations.SCHEMA_VERSION


def test_a_backup_with_another_page_size_restores(filled: Storage, tmp_path: Path) -> None:
    before = dump(filled)
    path = tmp_path / "big-pages.lockcare"
    create_backup(filled, path)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA page_size = 8192")
    conn.execute("VACUUM")
    assert conn.execute("PRAGMA page_size").fetchone()[0] == 8192
    conn.close()
    filled.maintenance.set_setting("extra", "x")
    restore_backup(filled, path)
    assert sorted(dump(filled)) == sorted(before)
