"""The GUI thread never waits: the window shows a lock at once and its history arrives from the pool.

Behaviour, not timing: the placeholder is shown before the load, the loaded view is applied,
a view for a lock the user already left is dropped, the workers read through read-only
connections (never the window's write connection), and starting the window computes no
forecast and reads no history on the GUI thread.
"""

from __future__ import annotations

import subprocess
import sys
import threading
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from lockcare.ui.router import Page
from lockcare.app import LockcareApp
from lockcare.core.models import BatteryReading, BatterySwap, Lock, ReadingSource
from lockcare.storage import open_storage
from lockcare.storage.db import Database
from lockcare.storage.errors import StorageError
from lockcare.ui.main_window import MainWindow
from tests.support.gui import settle
from tests.support.network import ASLEEP_HOST, closed_port

NOW = datetime(2026, 9, 1, 12, tzinfo=UTC)
KEY = "0123456789abcdef"


def _seed(data_dir: Path, names: tuple[str, ...] = ("Back door", "Front door"), days: int = 200) -> None:
    """Locks with a swap and hourly readings (a few thousand each), written straight to storage."""
    storage = open_storage(data_dir)
    try:
        for number, name in enumerate(names):
            lock = storage.locks.add(Lock(name=name, device_id=f"bf3a1c2d3e4f5a6b7c{number:02d}", address=ASLEEP_HOST,
                                          port=closed_port()))
            assert lock.id is not None
            start = NOW - timedelta(days=days)
            storage.battery.add_swap(BatterySwap(lock.id, start, "aa-alkaline", "Varta", 4))
            storage.battery.add_readings(
                BatteryReading(lock.id, start + timedelta(hours=h), percent=100 - (h * 60) // (days * 24) - 5 * number,
                               source=ReadingSource.LIVE)
                for h in range(days * 24)
            )
    finally:
        storage.close()


class _Gate:
    """Holds the pool's lock-page loads until the test opens it (the real load runs then)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        import lockcare.ui.locks.lock_view as lock_view

        self.open = threading.Event()
        self.started: list[str] = []
        real = lock_view.load_lock_view

        def gated(services, lock):
            self.started.append(lock.name)
            assert self.open.wait(30), "the test never opened the gate"
            return real(services, lock)

        monkeypatch.setattr(lock_view, "load_lock_view", gated)


def _gated_window(qtbot: QtBot, make_app: Callable[..., LockcareApp], data_dir: Path,
                  monkeypatch: pytest.MonkeyPatch) -> tuple[MainWindow, _Gate]:
    _seed(data_dir)
    gate = _Gate(monkeypatch)
    window = make_app(clock=lambda: NOW).build_window()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.sidebar.loaded_once and window.page is Page.FLEET, timeout=15000)
    window.go(Page.LOCK)  # the window opens on All locks; the first lock stays current
    return window, gate


def test_a_lock_shows_at_once_with_a_placeholder_then_its_history(
    qtbot: QtBot, make_app: Callable[..., LockcareApp], data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, gate = _gated_window(qtbot, make_app, data_dir, monkeypatch)
    page, panel = window.lock_page, window.lock_page.battery_panel
    page.tabs.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: gate.started == ["Back door"], timeout=15000)  # the list arrived; the page's load waits
    assert page.lock is not None and page.lock.name == "Back door"
    assert page.name_label.text() == "Back door" and page.battery_label.text() == "Battery …"  # the one "now" level comes with the load
    assert page.view is None and page.loading and panel.loading
    assert panel.placeholder_label.isVisible() and panel.placeholder_label.text() == "Loading the battery history…"
    assert page.history_model.rowCount() == 0
    with qtbot.waitSignal(page.view_shown, timeout=30000) as shown:
        gate.open.set()
    view = shown.args[0]
    assert view.lock.name == "Back door" and page.view is view
    assert not panel.loading and not panel.placeholder_label.isVisible() and panel.chart.isVisible()
    assert page.history_model.rowCount() == len(view.readings) == 200 * 24  # readings only: swaps are in the log
    assert panel.report is view.battery and panel.headline_label.text() == view.battery.headline
    assert panel.chart.readings_curve.xData.size > 0


def test_a_view_for_a_lock_already_left_is_dropped(
    qtbot: QtBot, make_app: Callable[..., LockcareApp], data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, gate = _gated_window(qtbot, make_app, data_dir, monkeypatch)
    qtbot.waitUntil(lambda: gate.started == ["Back door"], timeout=15000)  # Back door's load is under way
    channel = window.lock_page._load  # noqa: SLF001 - the page's own load channel
    dropped: list = []
    channel.dropped.connect(dropped.append)
    shown: list = []
    window.lock_page.view_shown.connect(shown.append)
    window.select_lock("bf3a1c2d3e4f5a6b7c01")  # the user moves on to Front door at once
    assert window.lock_page.name_label.text() == "Front door" and window.lock_page.view is None
    gate.open.set()
    settle(qtbot, window)
    assert [view.lock.name for view in dropped] == ["Back door"]  # arrived late: never shown
    assert [view.lock.name for view in shown] == ["Front door"]
    assert window.lock_page.view.lock.name == "Front door"
    assert window.lock_page.battery_label.text() == "Battery 36 %"


def test_workers_read_through_read_only_connections_only(
    qtbot: QtBot, make_app: Callable[..., LockcareApp], data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _seed(data_dir)
    main = threading.current_thread()
    off_thread: list[str] = []
    for name in ("query", "transaction", "snapshot"):
        real = getattr(Database, name)

        def watched(self, *args, _real=real, _name=name, **kwargs):
            if type(self) is Database and threading.current_thread() is not main:
                off_thread.append(f"{_name} from {threading.current_thread().name}")
            return _real(self, *args, **kwargs)

        monkeypatch.setattr(Database, name, watched)
    real_connection = Database.connection

    def connection(self):
        if type(self) is Database and threading.current_thread() is not main:
            off_thread.append(f"connection from {threading.current_thread().name}")
        return real_connection.fget(self)

    monkeypatch.setattr(Database, "connection", property(connection))
    app = make_app(clock=lambda: NOW)
    window = app.build_window()
    qtbot.addWidget(window)
    window.show()
    settle(qtbot, window)
    window.lock_page.tabs.setCurrentWidget(window.lock_page.tasks_panel)
    window.show_home()
    settle(qtbot, window)
    window.show_due()
    settle(qtbot, window, due=True)
    window.select_lock("bf3a1c2d3e4f5a6b7c01")
    settle(qtbot, window)
    assert window.lock_page.view is not None and window.fleet_page.model.rowCount() == 2
    assert window.due_page.model.rowCount() > 0
    assert off_thread == []  # the write connection stayed on the GUI thread

    worker = app.worker_services.get()  # this thread's read-only services refuse writes, SQLite too
    lock = worker.locks.resolve("Front door")
    with pytest.raises(StorageError, match="read-only"):
        worker.locks.record_reading(lock, percent=50, at=NOW)
    with pytest.raises(Exception, match="readonly"):
        app.worker_services.get().locks._locks._db.connection.execute("DELETE FROM locks")  # noqa: SLF001


def test_starting_the_window_computes_no_forecast_on_the_gui_thread(
    qtbot: QtBot, make_app: Callable[..., LockcareApp], data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _seed(data_dir)
    from lockcare.services.battery import BatteryService
    from lockcare.storage.battery_repository import BatteryRepository

    calls: list[tuple[str, bool]] = []
    for cls, name in ((BatteryService, "_forecast"), (BatteryRepository, "reading_arrays"), (BatteryRepository, "readings")):
        real = getattr(cls, name)

        def watched(self, *args, _real=real, _name=name, **kwargs):
            calls.append((_name, threading.current_thread() is threading.main_thread()))
            return _real(self, *args, **kwargs)

        monkeypatch.setattr(cls, name, watched)
    app = make_app(clock=lambda: NOW)
    window = app.build_window()
    qtbot.addWidget(window)
    window.show()
    window.start_reminders()
    settle(qtbot, window, due=True)
    window.go(Page.LOCK)  # it opened on All locks
    settle(qtbot, window, due=True)
    assert window.lock_page.view is not None
    assert ("_forecast", False) in calls and ("reading_arrays", False) in calls  # done, in the pool
    assert [name for name, on_gui in calls if on_gui] == []
    # The lock page, its tasks, the Due count and the catch-up all wanted forecasts: each lock's
    # was worked out once, and the swap proposals once for the lock shown.
    assert app.services.battery.cache.computed == 2 + 1


def test_the_window_starts_without_the_heavy_modules(data_dir: Path, tmp_path: Path) -> None:
    _seed(data_dir)
    script = tmp_path / "start.py"
    script.write_text(
        "import sys\n"
        "from pathlib import Path\n"
        "from lockcare.app import LockcareApp, qt_application\n"
        "from lockcare.storage.keys import MemoryKeyStore\n"
        "qt = qt_application()\n"
        "core = LockcareApp(Path(sys.argv[1]), key_store=MemoryKeyStore())\n"
        "window = core.build_window(); window.show()\n"
        "heavy = ('pyqtgraph', 'numpy', 'tinytuya', 'requests', 'icalendar', 'keyring', 'segno',\n"
        "         'lockcare.core.battery', 'lockcare.ui.troubleshoot.page', 'lockcare.ui.checklists.render')\n"
        "print(' '.join(name for name in heavy if name in sys.modules))\n"
        "core.close()\n"
    )
    result = subprocess.run([sys.executable, str(script), str(data_dir)], capture_output=True, text=True, timeout=120,
                            env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"}, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""  # none of them loaded for the first screen
