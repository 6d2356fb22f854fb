"""The maintenance log panel: model checks, add/edit/delete with undo, filters and search."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from lockcare.app import LockcareApp
from lockcare.core.models import Lock
from lockcare.services.registry import Services
from lockcare.ui.logbook.log_model import (
    COST,
    VALUE,
    WHEN,
    LogFilterModel,
    LogTableModel,
    number_text,
)
from lockcare.ui.logbook.panel import LogbookPanel
from tests.support.gui import settle
from tests.support.network import ASLEEP_HOST, closed_port

KEY = "0123456789abcdef"


def _lock(app: LockcareApp, name: str, device_id: str) -> Lock:
    return app.services.locks.add_lock(Lock(name=name, device_id=device_id, address=ASLEEP_HOST, port=closed_port(), version="3.4"), KEY)


@pytest.fixture
def app(make_app: Callable[..., LockcareApp]) -> LockcareApp:
    return make_app()


@pytest.fixture
def two_locks(app: LockcareApp) -> tuple[Lock, Lock]:
    front = _lock(app, "Front door", "bf3a1c2d3e4f5a6b7c8d")
    back = _lock(app, "Back door", "bf3a1c2d3e4f5a6b7c8e")
    service = app.services.maintenance
    now = service.now()
    service.add_entry(front, "strike-plate-screws", at=now - timedelta(days=40), measured_value=2.0, notes="Top screw was loose", done_by="Sam")
    service.add_entry(front, "cleaning", at=now - timedelta(days=10), cost=4.5, notes="Keypad wiped")
    service.add_entry(back, "lubrication", at=now - timedelta(days=200), notes="Graphite powder")
    return front, back


def _panel(qtbot: QtBot, services: Services, *, fixed: bool = False) -> LogbookPanel:
    panel = LogbookPanel(services, fixed_lock=fixed)
    qtbot.addWidget(panel)
    panel.resize(900, 420)
    panel.show()
    return panel


def _column(panel: LogbookPanel, column: int) -> list[str]:
    return [panel.proxy.index(row, column).data() for row in range(panel.proxy.rowCount())]


def test_log_model_and_proxy_pass_the_model_tester(qtmodeltester, app: LockcareApp, two_locks: tuple[Lock, Lock]) -> None:
    model = LogTableModel()
    entries = app.services.maintenance.entries()
    model.set_entries(entries, {lock.id: lock.name for lock in two_locks})
    qtmodeltester.check(model)
    proxy = LogFilterModel()
    proxy.setSourceModel(model)
    proxy.sort(VALUE, Qt.SortOrder.AscendingOrder)
    proxy.set_filters(text="screw")
    qtmodeltester.check(proxy)
    assert proxy.rowCount() == 1


def test_values_read_with_units() -> None:
    assert number_text(2.0, "N·m") == "2.0 N·m"
    assert number_text(64, "%") == "64 %"
    assert number_text(42.5, "mm") == "42.5 mm"


def test_table_shows_entries_newest_first_and_sorts_by_real_values(qtbot: QtBot, app: LockcareApp, two_locks) -> None:
    panel = _panel(qtbot, app.services)
    panel.reload()
    assert _column(panel, 2) == ["Cleaning", "Strike plate screws", "Lubrication"]
    assert "2.0 N·m" in _column(panel, VALUE)
    assert "4.50" in _column(panel, COST)
    panel.table.sortByColumn(WHEN, Qt.SortOrder.AscendingOrder)
    assert _column(panel, 2)[0] == "Lubrication"
    assert panel.count_label.text() == "3 entries"


def test_filters_by_lock_type_period_and_search(qtbot: QtBot, app: LockcareApp, two_locks) -> None:
    front, back = two_locks
    panel = _panel(qtbot, app.services)
    panel.reload()
    panel.lock_combo.setCurrentIndex(panel.lock_combo.findData(back.id))
    assert _column(panel, 2) == ["Lubrication"]
    panel.lock_combo.setCurrentIndex(0)
    panel.type_combo.setCurrentIndex(panel.type_combo.findData("cleaning"))
    assert _column(panel, 2) == ["Cleaning"]
    panel.type_combo.setCurrentIndex(0)
    panel.period_combo.setCurrentIndex(panel.period_combo.findText("Last 30 days"))
    assert _column(panel, 2) == ["Cleaning"]
    panel.period_combo.setCurrentIndex(panel.period_combo.findText("Between dates…"))
    assert panel.since_edit.isVisible()
    today = QDate.currentDate()
    panel.since_edit.setDate(today.addDays(-250))
    panel.until_edit.setDate(today.addDays(-100))
    assert _column(panel, 2) == ["Lubrication"]
    panel.period_combo.setCurrentIndex(0)
    qtbot.keyClicks(panel.search_edit, "loose SAM")
    assert _column(panel, 2) == ["Strike plate screws"]
    assert panel.count_label.text() == "Showing 1 of 3 entries"


def test_add_edit_delete_with_undo_and_redo(qtbot: QtBot, app: LockcareApp, two_locks) -> None:
    front, _back = two_locks
    service = app.services.maintenance
    panel = _panel(qtbot, app.services, fixed=True)
    panel.show_lock(front)
    assert panel.model.rowCount() == 2
    assert not panel.lock_combo.isVisible()

    dialog = panel.add_entry()
    dialog.type_combo.setCurrentIndex(dialog.type_combo.findData("strike-plate-screws"))
    assert dialog.unit_edit.text() == "N·m"
    dialog.date_edit.setDate(QDate.currentDate().addDays(1))
    assert dialog.date_edit.date() == QDate.currentDate()  # the future is out of reach
    dialog.date_edit.setDate(QDate.currentDate().addDays(-3))
    qtbot.keyClicks(dialog.value_edit, "abc")
    assert "number" in dialog.error_label.text()
    dialog.value_edit.setText("2,5")
    qtbot.keyClicks(dialog.cost_edit, "-1")
    assert not dialog.ok_button.isEnabled()
    dialog.cost_edit.setText("3")
    qtbot.keyClicks(dialog.notes_edit, "Both screws tightened")
    qtbot.keyClicks(dialog.done_by_edit, "Alex")
    with qtbot.waitSignal(panel.changed):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    added = service.entries(front, text="Both screws")
    assert len(added) == 1 and added[0].measured_value == 2.5 and added[0].cost == 3.0 and added[0].done_by == "Alex"
    assert added[0].at.astimezone().date() == QDate.currentDate().addDays(-3).toPython()
    assert panel.selected_entry().id == added[0].id

    edit = panel.edit_selected()
    assert edit.value_edit.text() == "2.5"
    edit.notes_edit.setPlainText("Both screws tightened to spec")
    qtbot.mouseClick(edit.ok_button, Qt.MouseButton.LeftButton)
    assert service.get_entry(added[0].id).notes == "Both screws tightened to spec"

    assert panel.select_entry(added[0].id)
    assert panel.delete_selected()
    assert service.get_entry(added[0].id) is None
    assert panel.model.rowCount() == 2
    assert "Undo" in panel.status_label.text()

    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow)
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo the delete
    assert service.get_entry(added[0].id).notes == "Both screws tightened to spec"
    panel.undo_stack.undo()  # undo the edit
    assert service.get_entry(added[0].id).notes == "Both screws tightened"
    panel.undo_stack.undo()  # undo the add
    assert service.entries(front, text="Both screws") == []
    assert panel.model.rowCount() == 2
    qtbot.keyClick(panel.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert len(service.entries(front, text="Both screws")) == 1
    panel.undo_stack.redo()
    panel.undo_stack.redo()
    assert service.entries(front, text="Both screws") == []


def test_logging_an_entry_completes_its_task(qtbot: QtBot, app: LockcareApp, two_locks) -> None:
    front, _ = two_locks
    panel = _panel(qtbot, app.services, fixed=True)
    panel.show_lock(front)
    dialog = panel.add_entry()
    dialog.type_combo.setCurrentIndex(dialog.type_combo.findData("backup-access-test"))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    task = next(t for t in app.services.tasks.tasks(front) if t.kind == "backup-access-test")
    assert task.last_done_at is not None


def test_swap_recorded_in_the_window_appears_once_and_deleting_it_can_be_undone(
    qtbot: QtBot, make_app: Callable[..., LockcareApp]
) -> None:
    app = make_app()
    lock = _lock(app, "Front door", "bf3a1c2d3e4f5a6b7c8d")
    window = app.build_window()
    qtbot.addWidget(window)
    window.show()
    window.select_lock(lock.device_id)
    settle(qtbot, window)
    swap = window.records.record_swap()
    qtbot.keyClicks(swap.brand_edit, "Energizer")
    qtbot.mouseClick(swap.ok_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    panel = window.lock_page.log_panel
    assert _column(panel, 2) == ["Battery swap"]
    assert len(app.services.locks.history(lock).swaps) == 1

    assert panel.select_entry(panel.model.entry_at(0).id)
    assert panel.delete_selected()
    assert app.services.locks.history(lock).swaps == []
    settle(qtbot, window)
    assert window.lock_page.view.history.swaps == []  # the window refreshed
    panel.undo_stack.undo()
    assert len(app.services.locks.history(lock).swaps) == 1
    settle(qtbot, window)
    assert len(window.lock_page.view.history.swaps) == 1
    assert window.lock_page.history_model.rowCount() == 0  # the Readings tab lists readings only: no swap twice
    assert panel.model.rowCount() == 1


def test_an_entry_deleted_elsewhere_reports_instead_of_crashing(qtbot: QtBot, app: LockcareApp, two_locks) -> None:
    front, _ = two_locks
    service = app.services.maintenance
    panel = _panel(qtbot, app.services, fixed=True)
    panel.show_lock(front)
    dialog = panel.add_entry()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    entry = panel.selected_entry()
    service.delete_entry(entry)  # e.g. from the command line
    panel.undo_stack.undo()
    assert "no longer exists" in panel.status_label.text()
    assert panel.undo_stack.count() == 0


def test_clock_used_for_dates(qtbot: QtBot, make_app: Callable[..., LockcareApp]) -> None:
    fixed = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)
    app = make_app(clock=lambda: fixed)
    lock = _lock(app, "Front door", "bf3a1c2d3e4f5a6b7c8d")
    panel = _panel(qtbot, app.services, fixed=True)
    panel.show_lock(lock)
    dialog = panel.add_entry()
    assert dialog.date_edit.maximumDate() == QDate(2026, 3, 10) or dialog.date_edit.maximumDate() == QDate(fixed.astimezone().date())
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert panel.model.entry_at(0).at == fixed
