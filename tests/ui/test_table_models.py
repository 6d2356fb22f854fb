"""The read-only table models pass Qt's model tester with real demo data."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from lockcare.app import LockcareApp
from lockcare.demo import seed_history
from lockcare.storage.keys import MemoryKeyStore
from lockcare.ui.battery.sets_model import BatterySetModel
from lockcare.ui.fleet.fleet_model import FleetModel
from lockcare.ui.locks.history_model import HistoryModel


def test_history_sets_and_fleet_models(qtmodeltester, tmp_path: Path) -> None:
    keys = MemoryKeyStore()
    seed_history(tmp_path, now=datetime.now(UTC), key_store=keys)
    app = LockcareApp(tmp_path, key_store=keys)
    try:
        lock = app.services.locks.resolve("Front door")
        history = app.services.battery.history(lock)
        report = history.report

        history_model = HistoryModel()
        history_model.set_history(history.readings, history.swaps)
        qtmodeltester.check(history_model)
        assert history_model.rowCount() == len(history.readings) + len(history.swaps)
        rows = [history_model.row_at(r) for r in range(history_model.rowCount())]
        assert [row.at for row in rows] == sorted((row.at for row in rows), reverse=True)  # newest first
        stored = app.services.locks.history(lock)  # the objects, for comparing the words
        newest = max(stored.readings, key=lambda r: r.at)
        first_reading = next(row for row in rows if row.what == "Battery reading")
        assert first_reading.at == newest.at and first_reading.value.startswith(f"{newest.percent} %")
        assert sum(row.what == "Batteries changed" for row in rows) == len(stored.swaps)

        sets = BatterySetModel()
        sets.set_sets(report.sets)
        qtmodeltester.check(sets)
        assert sets.set_at(0) == report.sets[-1]  # newest on top

        fleet = FleetModel()
        fleet.set_rows(app.services.battery.fleet())
        qtmodeltester.check(fleet)
        assert {fleet.row_at(r).lock.name for r in range(fleet.rowCount())} == {"Front door", "Back door", "Garage gate"}
    finally:
        app.close()
