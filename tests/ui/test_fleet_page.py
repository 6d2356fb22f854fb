"""The home page: every lock at a glance, the shopping list, and the way into each lock."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from lockcare.app import LockcareApp
from lockcare.core.models import Lock
from lockcare.demo import seed_history
from lockcare.ui.fleet.fleet_model import battery_health
from tests.support.gui import settle
from tests.support.network import ASLEEP_HOST, closed_port

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


def test_home_shows_every_lock_and_the_shopping_list(
    qtbot: QtBot, make_app: Callable[..., LockcareApp], data_dir: Path
) -> None:
    seed_history(data_dir, now=NOW)
    app = make_app(clock=lambda: NOW)
    window = app.build_window()
    qtbot.addWidget(window)
    window.show()
    settle(qtbot, window)
    qtbot.mouseClick(window.home_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    page = window.fleet_page
    assert window.pages.currentWidget() is page
    assert window.home_button.isChecked()
    # Nothing is selected here: recording asks which lock, instead of using one chosen on another page.
    swap = window.records.record_swap()
    assert swap.lock_choice is not None and swap.lock is None and not swap.ok_button.isEnabled()
    swap.reject()

    rows = app.services.battery.fleet()
    model = page.model
    assert model.rowCount() == len(rows) == 3
    shown = [[model.index(r, c).data() for c in range(4)] for r in range(model.rowCount())]
    health = {"ok": "OK", "replace-soon": "Replace soon", "overdue": "Replace now", "no-data": "No readings yet"}
    assert shown == [[row.lock.name, row.level_text, health[str(battery_health(row))], row.range_text] for row in rows]
    assert {row.status for row in rows} <= {"ok", "replace-soon", "overdue", "asleep"}
    assert all(text.endswith(" %") for _name, text, _status, _range in shown)
    connections = [model.index(r, 4).data() for r in range(model.rowCount())]
    assert all(connections) and not any("%" in text for text in connections)  # words about the connection only

    shopping = app.services.battery.shopping_list()
    assert page.shopping == shopping
    if shopping:
        assert all(item.text in page.shopping_label.text() for item in shopping)
        assert "× AA alkaline for " in page.shopping_label.text() or "× AA alkaline (" in page.shopping_label.text()
    else:
        assert page.shopping_label.text().startswith("Nothing to buy")


def test_opening_a_lock_from_home(qtbot: QtBot, make_app: Callable[..., LockcareApp], data_dir: Path) -> None:
    seed_history(data_dir, now=NOW)
    app = make_app(clock=lambda: NOW)
    window = app.build_window()
    qtbot.addWidget(window)
    window.show()
    settle(qtbot, window)
    window.show_home()
    settle(qtbot, window)
    page = window.fleet_page
    row = next(r for r in range(page.model.rowCount()) if page.model.index(r, 0).data() == "Garage gate")
    with qtbot.waitSignal(page.lock_activated, timeout=2000) as signal:
        page.table.activated.emit(page.model.index(row, 0))
    assert signal.args == ["demo0garage0gate0003"]
    settle(qtbot, window)
    assert window.pages.currentWidget() is window.lock_page
    assert window.current_lock().name == "Garage gate"
    assert not window.home_button.isChecked()
    assert window.lock_page.battery_panel.report.lock.name == "Garage gate"


def test_home_with_everything_fine_has_nothing_to_buy(qtbot: QtBot, make_app: Callable[..., LockcareApp]) -> None:
    app = make_app(clock=lambda: NOW)
    app.services.locks.add_lock(Lock(name="Front door", device_id="bf3a1c2d3e4f5a6b7c8d", address=ASLEEP_HOST, port=closed_port()),
                                "0123456789abcdef")
    app.services.maintenance.record_swap(app.services.locks.resolve("Front door"), at=NOW)
    window = app.build_window()
    qtbot.addWidget(window)
    settle(qtbot, window)
    window.show_home()
    settle(qtbot, window)
    assert window.fleet_page.summary_label.text() == "All batteries are fine for now."
    assert window.fleet_page.shopping_label.text().startswith("Nothing to buy")
