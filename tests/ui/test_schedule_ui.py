"""Recurring tasks in the window: the Due page, the tasks panel, reminders and the catch-up."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest
from dateutil.relativedelta import relativedelta
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QSystemTrayIcon
from pytestqt.qtbot import QtBot

from lockcare.app import LockcareApp
from lockcare.core.dates_in_words import short_date
from lockcare.core.maintenance.schedule import DueStatus
from lockcare.core.models import Lock
from lockcare.ui.main_window import MainWindow
from lockcare.ui.schedule.due_model import NEXT_DUE, STATUS, TASK, DueModel
from tests.support.gui import settle
from tests.support.network import ASLEEP_HOST, closed_port

KEY = "0123456789abcdef"
NOW = datetime(2026, 5, 20, 9, 0, tzinfo=UTC)


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def _add_lock(app: LockcareApp, name: str, device_id: str, days_ago: int) -> Lock:
    lock = Lock(name=name, device_id=device_id, address=ASLEEP_HOST, port=closed_port(), version="3.4",
                created_at=app.services.locks.now() - timedelta(days=days_ago))
    return app.services.locks.add_lock(lock, KEY)


def _window(qtbot: QtBot, app: LockcareApp) -> MainWindow:
    window = app.build_window()
    qtbot.addWidget(window)
    window.resize(1100, 700)
    window.show()
    settle(qtbot, window)
    return window


def _rows(model: DueModel, column: int) -> list[str]:
    return [model.index(row, column).data() for row in range(model.rowCount())]


@pytest.fixture
def clock() -> Clock:
    return Clock(NOW)


def test_due_model_passes_the_model_tester(qtmodeltester, make_app: Callable[..., LockcareApp], clock: Clock) -> None:
    app = make_app(clock=clock)
    _add_lock(app, "Front door", "bf3a1c2d3e4f5a6b7c8d", 100)
    model = DueModel()
    model.set_items(app.services.plan.due())
    qtmodeltester.check(model)


def test_due_page_lists_overdue_first_and_mark_done_moves_the_date_on(
    qtbot: QtBot, make_app: Callable[..., LockcareApp], clock: Clock
) -> None:
    app = make_app(clock=clock)
    _add_lock(app, "Front door", "bf3a1c2d3e4f5a6b7c8d", 100)  # monthly and quarterly jobs overdue
    _add_lock(app, "Back door", "bf3a1c2d3e4f5a6b7c8e", 3)  # nothing due yet
    window = _window(qtbot, app)
    window.show_due()
    settle(qtbot, window, due=True)
    page = window.due_page
    assert window.pages.currentWidget() is page
    assert window.due_button.isChecked()
    statuses = [item.status for item in page.model.items()]
    assert statuses and statuses[0] is DueStatus.OVERDUE
    assert set(statuses) <= {DueStatus.OVERDUE, DueStatus.DUE_SOON}
    count = len(statuses)
    assert window.due_button.text() == f"D&ue ({count})"
    assert window.menu_actions.due.text() == f"Due: {count}"
    assert "overdue" in page.summary_label.text()
    assert {item.lock.name for item in page.model.items()} == {"Front door"}

    page.all_check.setChecked(True)
    assert {item.lock.name for item in page.model.items()} == {"Front door", "Back door"}
    page.all_check.setChecked(False)

    first = page.model.item_at(0)
    page.table.selectRow(0)
    qtbot.mouseClick(page.done_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window, due=True)
    assert "Logged" in page.status_label.text()
    assert first.task.id not in {item.task.id for item in page.model.items()}
    assert window.due_button.text() == f"D&ue ({count - 1})"
    task = next(t for t in app.services.tasks.tasks(first.lock) if t.id == first.task.id)
    assert task.last_done_at == NOW

    page.table.selectRow(0)
    lock_name = page.selected_item().lock.name
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert window.pages.currentWidget() is window.lock_page
    assert window.current_lock().name == lock_name


def test_tasks_panel_mark_done_edit_add_and_remove(
    qtbot: QtBot, make_app: Callable[..., LockcareApp], clock: Clock, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = make_app(clock=clock)
    lock = _add_lock(app, "Front door", "bf3a1c2d3e4f5a6b7c8d", 100)
    window = _window(qtbot, app)
    window.select_lock(lock.device_id)
    page = window.lock_page
    page.tabs.setCurrentWidget(page.maintenance_tab)
    settle(qtbot, window)
    panel = page.tasks_panel
    titles = _rows(panel.model, TASK)
    assert "Strike plate screws" in titles and "Battery replacement" in titles
    assert not panel.table.isColumnHidden(STATUS) and panel.table.isColumnHidden(0)

    cleaning = next(item.task for item in panel.model.items() if item.task.kind == "cleaning")
    assert panel.select_task(cleaning.id)
    qtbot.mouseClick(panel.done_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    row = panel.model.row_of_task(cleaning.id)
    assert panel.model.index(row, NEXT_DUE).data() == short_date(NOW + relativedelta(months=3))
    assert panel.model.index(row, STATUS).data() == "On track"
    assert [e.type for e in app.services.maintenance.entries(lock)] == ["cleaning"]
    assert page.log_panel.model.rowCount() == 1  # the window refreshed the Log tab
    page.log_panel.undo_stack.undo()  # "Mark done" can be undone from the log
    assert app.services.maintenance.entries(lock) == []

    assert panel.select_task(cleaning.id)
    dialog = panel.edit_selected()
    dialog.months_spin.setValue(0)
    assert not dialog.ok_button.isEnabled()
    dialog.months_spin.setValue(6)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert panel.model.index(panel.model.row_of_task(cleaning.id), 2).data() == "Every 6 months"

    add = panel.add_task()
    qtbot.keyClicks(add.title_edit, "Check the door closer")
    add.months_spin.setValue(0)
    add.days_spin.setValue(45)
    qtbot.mouseClick(add.ok_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert "Check the door closer" in _rows(panel.model, TASK)
    added = panel.selected_task()
    assert added.title == "Check the door closer" and added.interval_days == 45

    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    assert panel.remove_selected()
    settle(qtbot, window)
    assert "Check the door closer" not in _rows(panel.model, TASK)

    swap = next(item.task for item in panel.model.items() if item.task.kind == "battery-swap")
    panel.select_task(swap.id)
    with qtbot.waitSignal(page.record_swap_requested):
        panel.mark_selected_done()


def test_catch_up_summary_shows_what_fell_due_while_closed(
    qtbot: QtBot, make_app: Callable[..., LockcareApp], clock: Clock
) -> None:
    app = make_app(clock=clock)
    _add_lock(app, "Front door", "bf3a1c2d3e4f5a6b7c8d", 45)  # monthly jobs fell due 15 days ago
    app.services.runs.mark_running(now=NOW - timedelta(days=20))
    window = _window(qtbot, app)
    reminders = window.start_reminders()
    settle(qtbot, window)
    dialog = reminders.catch_up_dialog
    assert dialog is not None and dialog.isVisible() and not dialog.isModal()
    text = dialog.list_label.text()
    assert "Front door: Battery check" in text and "Backup access test" in text
    assert "Strike plate" not in text  # quarterly: not due yet
    assert dialog.heading.text().startswith("2 jobs fell due")
    qtbot.mouseClick(dialog.show_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.due_page
    assert app.services.runs.last_run_at() == NOW
    assert reminders.running


def test_no_catch_up_on_the_first_start(qtbot: QtBot, make_app: Callable[..., LockcareApp], clock: Clock) -> None:
    app = make_app(clock=clock)
    _add_lock(app, "Front door", "bf3a1c2d3e4f5a6b7c8d", 45)
    window = _window(qtbot, app)
    reminders = window.start_reminders()
    with qtbot.waitSignal(reminders.caught_up, timeout=10000) as caught:
        pass
    assert caught.args == [[]] and reminders.catch_up_dialog is None


def test_a_task_that_becomes_due_while_running_is_announced(
    qtbot: QtBot, make_app: Callable[..., LockcareApp], clock: Clock
) -> None:
    app = make_app(clock=clock)
    _add_lock(app, "Front door", "bf3a1c2d3e4f5a6b7c8d", 25)  # monthly jobs due in about 5 days
    window = _window(qtbot, app)
    reminders = window.start_reminders()
    settle(qtbot, window)

    def check() -> list:
        with qtbot.waitSignal(reminders.checked, timeout=10000) as checked:
            reminders.check()
        return checked.args[0]

    assert check() == []
    clock.now = NOW + timedelta(days=7)
    fresh = check()
    assert {item.task.kind for item in fresh} == {"battery-check", "backup-access-test"}
    assert "is due" in reminders.last_message
    if not QSystemTrayIcon.isSystemTrayAvailable():  # offscreen: the status bar says it
        assert reminders.tray is None
        assert "is due" in window.statusBar().currentMessage()
    assert check() == []  # announced once
    assert app.services.runs.last_run_at() == clock.now
    window.close()
    assert not reminders.running
