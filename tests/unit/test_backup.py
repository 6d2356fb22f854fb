"""Backup and restore: an exact round trip, keys only on request, refusals that change nothing."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from lockcare.core.models import Lock, TroubleshootRun
from lockcare.services.registry import Services
from lockcare.storage import Storage, migrations
from lockcare.storage.backup import (
    KEYS_TABLE,
    MANIFEST_TABLE,
    BackupError,
    before_restore_path,
)
from lockcare.composition import build_services
from lockcare.storage.db import GENERATION_KEY
from lockcare.storage.keys import KeyStoreError, MemoryKeyStore
from tests.support.services import opened_services

NOW = datetime(2026, 7, 1, 12, tzinfo=UTC)
KEY = "0123456789abcdef"


@pytest.fixture
def opened(data_dir: Path, key_store: MemoryKeyStore) -> Iterator[tuple[Storage, Services]]:
    with opened_services(data_dir, key_store=key_store, clock=lambda: NOW, tz=ZoneInfo("UTC")) as pair:
        yield pair


@pytest.fixture
def services(opened: tuple[Storage, Services]) -> Services:
    return opened[1]


@pytest.fixture
def filled(opened: tuple[Storage, Services]) -> Storage:
    storage, services = opened
    lock = services.locks.add_lock(Lock(name="Front door", device_id="bf3a1c2d3e4f5a6b7c8d", address="10.0.0.5"), KEY)
    services.locks.record_reading(lock, percent=80, at=NOW - timedelta(days=3))
    services.maintenance.record_swap(lock, at=NOW - timedelta(days=30), brand="Varta")
    services.maintenance.add_entry(lock, "strike-plate-screws", at=NOW - timedelta(days=2), measured_value=2.0, notes="ünïcode ☐")
    services.maintenance.record_run(TroubleshootRun(lock_id=lock.id, started_at=NOW - timedelta(days=1), symptom="app-offline"))
    services.runs.mark_running(now=NOW)
    return storage


def dump(storage: Storage) -> list[str]:
    """The database as SQL, without the generation a restore stamps on it (tests/unit/test_restore_holders.py)."""
    return [line for line in storage.db.connection.iterdump() if GENERATION_KEY not in line]


def test_restore_round_trips_exactly(filled: Storage, services: Services, tmp_path: Path) -> None:
    before = dump(filled)
    info = services.backup.create(tmp_path / "b.lockcare")
    assert (info.locks, info.log_entries, info.includes_keys) == (1, 3, False)
    assert info.schema_version == migrations.SCHEMA_VERSION and info.created_at == NOW

    lock = filled.locks.list()[0]
    filled.locks.delete(lock.id)  # type: ignore[arg-type]
    filled.settings.set("extra", "x")
    assert dump(filled) != before

    services.backup.restore(tmp_path / "b.lockcare")
    assert dump(filled) == before
    assert filled.db.path is not None
    assert before_restore_path(filled.db.path).exists()
    # The live connection goes on working after the restore.
    assert "ünïcode ☐" in [e.notes for e in filled.maintenance.entries()]
    assert filled.db.connection.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_keys_are_left_out_unless_asked(filled: Storage, services: Services, key_store: MemoryKeyStore, tmp_path: Path) -> None:
    plain = tmp_path / "plain.lockcare"
    services.backup.create(plain)
    assert KEY.encode() not in plain.read_bytes()
    assert plain.stat().st_mode & 0o077 == 0
    with_keys = tmp_path / "keys.lockcare"
    info = services.backup.create(with_keys, include_keys=True)
    assert info.includes_keys and KEY.encode() in with_keys.read_bytes()
    assert with_keys.stat().st_mode & 0o077 == 0

    key_store.delete("bf3a1c2d3e4f5a6b7c8d")
    services.backup.restore(plain)
    assert key_store.get("bf3a1c2d3e4f5a6b7c8d") is None
    services.backup.restore(with_keys)
    assert key_store.get("bf3a1c2d3e4f5a6b7c8d") == KEY
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
def test_a_bad_file_is_refused_and_nothing_changes(
    filled: Storage, services: Services, tmp_path: Path, make, message: str
) -> None:
    good = tmp_path / "good.lockcare"
    services.backup.create(good)
    bad = tmp_path / "bad.lockcare"
    make(bad, good)
    before = dump(filled)
    with pytest.raises(BackupError, match=message) as caught:
        services.backup.restore(bad)
    assert "Nothing was changed" in str(caught.value) or "no backup file" in str(caught.value)
    assert dump(filled) == before
    assert filled.db.path is not None and not before_restore_path(filled.db.path).exists()
    assert list(filled.db.path.parent.glob(".lockcare-restore.*")) == []
    if bad.exists() and message == "newer lockcare":
        with pytest.raises(BackupError):
            services.backup.inspect(bad)


def test_an_older_backup_is_upgraded_on_restore(filled: Storage, services: Services, tmp_path: Path) -> None:
    """A v1 backup (no swap log entries yet) restores and gains them through the v2 upgrade."""
    old = tmp_path / "v1.lockcare"
    conn = sqlite3.connect(old, isolation_level=None)
    for statement in migrations.split_statements(migrations.MIGRATIONS[0]):
        conn.execute(statement)
    conn.execute("PRAGMA user_version = 1")
    conn.execute("INSERT INTO locks (id, name, device_id, created_at) VALUES (1, 'Old', 'dev1', '2025-01-01T00:00:00+00:00')")
    conn.execute("INSERT INTO battery_swaps (id, lock_id, at, battery_type) VALUES (3, 1, '2025-02-01T00:00:00.000000+00:00', 'aa-alkaline')")
    conn.execute(f"CREATE TABLE {MANIFEST_TABLE} (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    conn.executemany(f"INSERT INTO {MANIFEST_TABLE} VALUES (?, ?)",
                     [("app", "lockcare"), ("format", "1"), ("schema_version", "1"), ("created_at", NOW.isoformat())])
    conn.close()
    services.backup.restore(old)
    assert [lock.name for lock in filled.locks.list()] == ["Old"]
    assert [(e.type, e.swap_id) for e in filled.maintenance.entries()] == [("battery-swap", 3)]
    [old_lock] = filled.locks.list()
    assert services.tasks.tasks(old_lock)  # a lock from before tasks existed gets its defaults
    assert filled.db.connection.execute("PRAGMA user_version").fetchone()[0] == migrations.SCHEMA_VERSION


def test_a_backup_with_another_page_size_restores(filled: Storage, services: Services, tmp_path: Path) -> None:
    before = dump(filled)
    path = tmp_path / "big-pages.lockcare"
    services.backup.create(path)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA page_size = 8192")
    conn.execute("VACUUM")
    assert conn.execute("PRAGMA page_size").fetchone()[0] == 8192
    conn.close()
    filled.settings.set("extra", "x")
    services.backup.restore(path)
    assert sorted(dump(filled)) == sorted(before)


class _RefusingKeyStore(MemoryKeyStore):
    """A key store that takes the first ``allowed`` keys, then fails like a full disk."""

    def __init__(self, allowed: int) -> None:
        super().__init__()
        self.allowed = allowed

    def set(self, device_id: str, key: str) -> None:
        if self.allowed <= 0:
            raise KeyStoreError("Could not save the local key in /data/keys.json (No space left on device).")
        self.allowed -= 1
        super().set(device_id, key)


def test_a_restore_whose_keys_cannot_be_written_changes_nothing(filled: Storage, services: Services, tmp_path: Path) -> None:
    path = tmp_path / "keys.lockcare"
    services.backup.create(path, include_keys=True)
    filled.settings.set("extra", "x")
    before = dump(filled)
    refusing = _RefusingKeyStore(allowed=0)
    refusing.keys["bf3a1c2d3e4f5a6b7c8d"] = "an0ldkey00000000"
    backup = build_services(filled, key_store=refusing, clock=lambda: NOW).backup
    with pytest.raises(BackupError, match="No space left on device.*Nothing was restored"):
        backup.restore(path)
    assert dump(filled) == before
    assert refusing.keys == {"bf3a1c2d3e4f5a6b7c8d": "an0ldkey00000000"}
