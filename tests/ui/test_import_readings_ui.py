"""Import battery history from the window: in the pool with progress, Cancel, and the lock page filled after."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from pytestqt.qtbot import QtBot

from lockcare.app import LockcareApp
from lockcare.core.models import Lock
from lockcare.ui.main_window import MainWindow
from tests.support.gui import settle
from tests.support.network import ASLEEP_HOST, closed_port

KEY = "0123456789abcdef"
NOW = datetime(2026, 6, 1, 12, tzinfo=UTC)


def _window(qtbot: QtBot, make_app: Callable[..., LockcareApp]) -> tuple[LockcareApp, MainWindow, Lock]:
    app = make_app(clock=lambda: NOW)
    lock = app.services.locks.add_lock(Lock(name="Front door", device_id="bf3a1c2d3e4f5a6b7c8d", address=ASLEEP_HOST,
                                            port=closed_port()), KEY)
    window = app.build_window()
    qtbot.addWidget(window)
    window.show()
    window.select_lock(lock.device_id)  # it opens on All locks
    settle(qtbot, window)
    return app, window, lock


def _csv(path: Path, count: int, *, bad_line: int | None = None) -> Path:
    start = NOW - timedelta(minutes=15 * count)
    lines = ["at,percent"]
    for i in range(count):
        value = "oops" if bad_line is not None and i + 2 == bad_line else str(100 - (i * 80) // count)
        lines.append(f"{(start + timedelta(minutes=15 * i)).isoformat()},{value}")
    path.write_text("\n".join(lines) + "\n")
    return path


def test_a_history_is_imported_in_the_background_and_shown(qtbot: QtBot, make_app, tmp_path: Path) -> None:
    app, window, lock = _window(qtbot, make_app)
    assert window.menu_actions.import_readings.isEnabled()
    assert "Import battery &history…" in [a.text() for a in window.lock_page.record_button.menu().actions()]
    dialog = window.records.import_readings(str(_csv(tmp_path / "history.csv", 12_000)))
    assert dialog is not None and dialog.isVisible()
    with qtbot.waitSignal(dialog.imported, timeout=60000) as done:
        pass
    result = done.args[0]
    assert (result.rows, result.added, result.already_stored) == (12_000, 12_000, 0)
    assert dialog.progress.value() == dialog.progress.maximum()
    assert dialog.status_label.text() == "Imported 12,000 battery readings for Front door."
    assert dialog.close_button.isVisible() and not dialog.cancel_button.isVisible()
    settle(qtbot, window)
    assert window.lock_page.history_model.rowCount() == 12_000  # the page reloaded from the pool
    assert window.lock_page.battery_label.text() == "Battery 21 %"
    assert "Imported 12,000 battery readings" in window.statusBar().currentMessage()
    assert len(app.services.locks.history(lock).readings) == 12_000


def test_a_wrong_line_is_said_in_the_dialog_and_nothing_is_kept(qtbot: QtBot, make_app, tmp_path: Path) -> None:
    app, window, lock = _window(qtbot, make_app)
    dialog = window.records.import_readings(str(_csv(tmp_path / "bad.csv", 50, bad_line=9)))
    assert dialog is not None
    with qtbot.waitSignal(dialog.finished_import, timeout=30000) as ended:
        pass
    assert ended.args == ['bad.csv line 9, "percent": “oops” is not a percentage (0-100). Nothing was imported.']
    assert dialog.status_label.text() == ended.args[0]
    assert app.services.locks.history(lock).readings == []


def test_cancel_stops_the_import_with_nothing_kept(qtbot: QtBot, make_app, tmp_path: Path) -> None:
    app, window, lock = _window(qtbot, make_app)
    real, go = window.importer, threading.Event()

    def importer_after_go(*args: object, **kwargs: object):  # the real import, started when the test says so
        go.wait(30)
        return real(*args, **kwargs)

    window.importer = importer_after_go
    dialog = window.records.import_readings(str(_csv(tmp_path / "long.csv", 20_000)))
    assert dialog is not None and dialog.running
    with qtbot.waitSignal(dialog.finished_import, timeout=30000) as ended:
        dialog.cancel()
        assert dialog.status_label.text().startswith("Stopping")
        go.set()
    assert ended.args == ["Cancelled: nothing was imported."]
    assert not dialog.isVisible()
    assert app.services.locks.history(lock).readings == []
