"""Schema v2: every battery swap is one log entry, whoever stores it; repository round trips."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

from lockcare.core.models import (
    BatterySwap,
    Lock,
    LogEntry,
    RecurringTask,
    TroubleshootRun,
)
from lockcare.storage import migrations
from lockcare.storage.db import Database
from lockcare.storage.last_values_repository import LastValuesRepository
from lockcare.storage.maintenance_repository import MaintenanceRepository
from lockcare.storage.settings_repository import SettingsRepository

NOW = datetime(2026, 7, 1, 12, tzinfo=UTC)


def _v1_database_with_a_swap(path: Path) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    for statement in migrations.split_statements(migrations.MIGRATIONS[0]):
        conn.execute(statement)
    conn.execute("PRAGMA user_version = 1")
    conn.execute("INSERT INTO locks (id, name, device_id, created_at) VALUES (1, 'Front', 'dev1', '2025-01-01T00:00:00+00:00')")
    conn.execute(
        "INSERT INTO battery_swaps (id, lock_id, at, battery_type, note) "
        "VALUES (5, 1, '2025-06-01T10:00:00.000000+00:00', 'aa-alkaline', 'old set')"
    )
    conn.close()


def test_upgrading_gives_earlier_swaps_their_log_entry(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    _v1_database_with_a_swap(path)
    with Database(path) as db:
        entries = MaintenanceRepository(db).entries()
    assert [(e.type, e.swap_id, e.notes, e.at) for e in entries] == [
        ("battery-swap", 5, "old set", datetime(2025, 6, 1, 10, tzinfo=UTC))
    ]


def test_any_swap_write_keeps_exactly_one_entry(tmp_path: Path) -> None:
    from lockcare.storage.battery_repository import BatteryRepository
    from lockcare.storage.lock_repository import LockRepository

    with Database(tmp_path / "db.sqlite3") as db:
        lock = LockRepository(db).add(Lock(name="Front", device_id="dev1"))
        battery, repo = BatteryRepository(db), MaintenanceRepository(db)
        swap = battery.add_swap(BatterySwap(lock_id=lock.id, at=NOW, note="n"))  # type: ignore[arg-type]
        assert [e.swap_id for e in repo.entries()] == [swap.id]
        repo.sync_swap(swap.id, lock_id=lock.id, at=NOW - timedelta(days=1), note="m")  # type: ignore[arg-type]
        assert [(e.at, e.notes) for e in repo.entries()] == [(NOW - timedelta(days=1), "m")]
        battery.delete_swap(swap.id)  # type: ignore[arg-type]
        assert repo.entries() == []


def test_repository_round_trips(tmp_path: Path) -> None:
    from lockcare.storage.lock_repository import LockRepository

    with Database(tmp_path / "db.sqlite3") as db:
        lock = LockRepository(db).add(Lock(name="Front", device_id="dev1"))
        repo = MaintenanceRepository(db)
        entry = repo.add_entry(LogEntry(lock_id=lock.id, at=NOW, type="strike-plate-screws", notes="ok",  # type: ignore[arg-type]
                                        cost=1.5, measured_value=2.0, measured_unit="N·m", done_by="Ana"))
        assert repo.get_entry(entry.id) == entry  # type: ignore[arg-type]
        task = repo.add_task(RecurringTask(lock_id=lock.id, kind="cleaning", title="Clean", interval_months=3,  # type: ignore[arg-type]
                                           created_at=NOW, last_done_at=NOW))
        assert repo.tasks(lock.id) == [task] == repo.tasks()
        run = repo.add_run(TroubleshootRun(lock_id=lock.id, started_at=NOW, symptom="keypad-dark",
                                           steps=(("a", "yes"), ("b", "no")), outcome="fixed"))
        assert repo.get_run(run.id) == run and repo.runs(lock.id) == [run]  # type: ignore[arg-type]
        settings = SettingsRepository(db)
        settings.set("k", "1")
        settings.set("k", "2")
        assert settings.get("k") == "2" and settings.get("missing") is None
        last = LastValuesRepository(settings)
        assert last.get(lock.id) == {}  # type: ignore[arg-type]
        last.remember(lock.id, {"8": "wrong_finger", "12": 64, "99": {"nested": 1}})  # type: ignore[arg-type]
        assert last.get(lock.id) == {"8": "wrong_finger", "12": 64}  # type: ignore[arg-type]
        assert repo.latest_entry_at(lock.id, ["strike-plate-screws"]) == NOW  # type: ignore[arg-type]
        assert repo.latest_entry_at(lock.id, ["cleaning"]) is None  # type: ignore[arg-type]
