"""A restore accepts only what lockcare wrote, and nobody writes data from before a restore over it."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from lockcare.core.models import Lock
from lockcare.services.registry import Services
from lockcare.storage import Storage
from lockcare.storage.backup import BackupError, before_restore_path
from lockcare.storage.backup_checks import expected_schema
from lockcare.storage.db import GENERATION_KEY
from lockcare.storage.errors import StaleDataError
from lockcare.storage.migrations import SCHEMA_VERSION
from tests.support.services import opened_services

NOW = datetime(2026, 7, 1, 12, tzinfo=UTC)
KEY = "0123456789abcdef"
FRONT = Lock(name="Front door", device_id="bf3a1c2d3e4f5a6b7c8d", address="192.0.2.5")


@pytest.fixture
def opened(data_dir: Path) -> Iterator[tuple[Storage, Services]]:
    with opened_services(data_dir, clock=lambda: NOW) as (storage, services):
        lock = services.locks.add_lock(FRONT, KEY)
        services.locks.record_reading(lock, percent=80, at=NOW - timedelta(days=3))
        services.maintenance.record_swap(lock, at=NOW - timedelta(days=30))
        yield storage, services


def dump(storage: Storage) -> list[str]:
    return list(storage.db.connection.iterdump())


def _edited(good: Path, bad: Path, *statements: str) -> None:
    bad.write_bytes(good.read_bytes())
    conn = sqlite3.connect(bad)
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()


TAMPERED: dict[str, tuple[tuple[str, ...], str]] = {
    "an added trigger that wipes the log": (
        ("CREATE TRIGGER wipe AFTER INSERT ON battery_readings BEGIN DELETE FROM log_entries; END",),
        "it holds a trigger lockcare never makes (“wipe”)",
    ),
    "a changed trigger": (
        ("DROP TRIGGER battery_swaps_log_insert",
         "CREATE TRIGGER battery_swaps_log_insert AFTER INSERT ON battery_swaps BEGIN DELETE FROM locks; END"),
        "its trigger “battery_swaps_log_insert” is not the one lockcare makes",
    ),
    "a dropped column": (("ALTER TABLE locks DROP COLUMN wake_hint",), "its table “locks” is not the one lockcare makes"),
    "an added table": (("CREATE TABLE extra (id INTEGER PRIMARY KEY)",), "it holds a table lockcare never makes (“extra”)"),
    "an added view": (("CREATE VIEW v AS SELECT 1",), "it holds a view lockcare never makes (“v”)"),
    "a dropped index": (("DROP INDEX battery_readings_lock_at",), "its index “battery_readings_lock_at” is missing"),
    "a date that is no date": (("UPDATE battery_readings SET at = 'yesterday'",),
                               "battery_readings.at holds “yesterday”"),
    "text where a number belongs": (("UPDATE locks SET port = 'http'",), "locks.port holds text where lockcare stores integer"),
    "an unknown kind of lock": (("UPDATE locks SET kind = 'bomb'",), "locks.kind holds “bomb”"),
    "a DP map that is no JSON object": (("UPDATE locks SET dp_map = '[1'",), "locks.dp_map holds “[1”"),
}


@pytest.mark.parametrize("case", list(TAMPERED))
def test_a_tampered_backup_is_refused_and_nothing_changes(opened: tuple[Storage, Services], tmp_path: Path, case: str) -> None:
    storage, services = opened
    good, bad = tmp_path / "good.lockcare", tmp_path / "bad.lockcare"
    services.backup.create(good)
    statements, reason = TAMPERED[case]
    _edited(good, bad, *statements)
    before = dump(storage)
    with pytest.raises(BackupError) as caught:
        services.backup.restore(bad)
    assert reason in str(caught.value)
    assert "Nothing was changed" in str(caught.value)
    assert dump(storage) == before
    assert storage.db.path is not None and not before_restore_path(storage.db.path).exists()
    services.backup.restore(good)  # the untouched file still restores


def test_the_expected_schema_is_what_a_fresh_database_has(opened: tuple[Storage, Services]) -> None:
    storage, _ = opened
    found = {
        (kind, name, table, " ".join((sql or "").split()))
        for kind, name, table, sql in storage.db.connection.execute("SELECT type, name, tbl_name, sql FROM sqlite_master")
    }
    assert found == set(expected_schema(SCHEMA_VERSION))


def test_a_holder_from_before_a_restore_cannot_write_over_it(data_dir: Path, tmp_path: Path) -> None:
    """Two holders of one database, as the window and ``poll --watch`` are: one restores, the other must catch up."""
    with opened_services(data_dir, clock=lambda: NOW) as (storage, services):
        front = services.locks.add_lock(FRONT, KEY)
        services.backup.create(tmp_path / "before-shed.lockcare")
        with opened_services(data_dir, clock=lambda: NOW) as (other_storage, other):
            held = other.locks.resolve("Front door")  # what the other holder shows
            services.locks.remove_lock(front)
            services.locks.add_lock(Lock(name="Shed", device_id="bf3a1c2d3e4f5a6b7c99", address="192.0.2.6"), KEY)
            services.backup.create(tmp_path / "shed.lockcare")
            services.backup.restore(tmp_path / "shed.lockcare")
            assert not services.backup.data_replaced()  # the restorer has the data it restored
            assert other.backup.data_replaced()

            before = dump(other_storage)
            writes: list[Callable[[], object]] = [
                lambda: other.locks.record_reading(held, percent=10, at=NOW),
                lambda: other.locks.update_lock(held),
                lambda: other.maintenance.add_entry(held, "note", at=NOW, notes="stale"),
            ]
            for write in writes:
                with pytest.raises(StaleDataError, match="replaced by a restore"):
                    write()
            assert dump(other_storage) == before

            other.backup.adopt_replaced_data()  # after reloading what it shows
            shed = other.locks.resolve("Shed")
            other.locks.record_reading(shed, percent=55, at=NOW)
            assert [r.percent for r in storage.battery.readings(shed.id)] == [55]  # type: ignore[arg-type]
        assert storage.settings.get(GENERATION_KEY)
