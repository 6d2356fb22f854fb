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
        history = app.services.locks.history(lock)
        report = app.services.battery.report(lock, readings=history.readings, swaps=history.swaps)

        history_model = HistoryModel()
        history_model.set_history(history.readings, history.swaps)
        qtmodeltester.check(history_model)
        assert history_model.rowCount() == len(history.readings) + len(history.swaps)

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
