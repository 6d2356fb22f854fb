"""The window routes: a page enum drives the stack, pages load themselves, changes reload only what they touch."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from pytestqt.qtbot import QtBot

from lockcare.app import LockcareApp
from lockcare.core.models import Lock
from lockcare.ui.changes import Changes
from lockcare.ui.main_window import MainWindow
from lockcare.ui.router import Page
from tests.support.gui import settle

NOW = datetime(2026, 7, 1, 12, tzinfo=UTC)
KEY = "0123456789abcdef"


def _two_locks(qtbot: QtBot, make_app: Callable[..., LockcareApp]) -> tuple[LockcareApp, MainWindow, Lock, Lock]:
    app = make_app(clock=lambda: NOW)
    front = app.services.locks.add_lock(Lock(name="Front door", device_id="bf3a1c2d3e4f5a6b7c8d", address="127.0.0.1"), KEY)
    back = app.services.locks.add_lock(Lock(name="Back door", device_id="bf3a1c2d3e4f5a6b7c8e", address="127.0.0.1"), KEY)
    window = app.build_window()
    qtbot.addWidget(window)
    window.select_lock(front.device_id)
    settle(qtbot, window)
    return app, window, front, back


def test_the_page_enum_drives_the_stack(qtbot: QtBot, make_app: Callable[..., LockcareApp]) -> None:
    app = make_app(clock=lambda: NOW)
    window = app.build_window()
    qtbot.addWidget(window)
    settle(qtbot, window)
    assert window.page is Page.EMPTY and window.pages.currentWidget() is window.empty_page
    window.show_home()  # no lock yet: the home views need one
    assert window.page is Page.EMPTY
    app.services.locks.add_lock(Lock(name="Front door", device_id="bf3a1c2d3e4f5a6b7c8d", address="127.0.0.1"), KEY)
    window.changes.announce(Changes(locks=True))  # as the pairing flow does
    settle(qtbot, window)
    assert window.page is Page.LOCK and window.lock_page.lock is not None
    for go, page, widget in ((window.show_home, Page.FLEET, window.fleet_page), (window.show_due, Page.DUE, window.due_page)):
        go()
        assert window.page is page and window.pages.currentWidget() is widget
        assert window.home_button.isChecked() is (page is Page.FLEET) and window.due_button.isChecked() is (page is Page.DUE)
    window.open_troubleshooter()
    assert window.page is Page.TROUBLESHOOT
    window.troubleshoot_page.close_page()
    assert window.page is Page.DUE  # back where the user came from


def test_a_read_of_another_lock_leaves_the_page_alone(qtbot: QtBot, make_app: Callable[..., LockcareApp]) -> None:
    app, window, front, back = _two_locks(qtbot, make_app)
    shown = window.lock_page.view
    assert shown is not None and shown.lock.name == "Front door"

    app.services.locks.record_reading(back, percent=40, at=NOW - timedelta(hours=1))
    window.changes.announce(Changes.of_read(back.id, stored_reading=True))
    settle(qtbot, window)
    assert window.lock_page.view is shown  # not reloaded: it shows another lock
    row = window.lock_model.row_of(back.device_id)
    assert window.lock_model.summary_at(row).latest.percent == 40  # the list shows it

    app.services.locks.record_reading(front, percent=70, at=NOW - timedelta(hours=1))
    window.changes.announce(Changes.of_read(front.id, stored_reading=True))
    settle(qtbot, window)
    assert window.lock_page.view is not shown
    assert window.lock_page.battery_label.text() == "Battery 70 %"


def test_a_hidden_page_catches_up_when_shown(qtbot: QtBot, make_app: Callable[..., LockcareApp]) -> None:
    app, window, front, _back = _two_locks(qtbot, make_app)
    window.show_home()
    settle(qtbot, window)
    before = window.fleet_page.model.row_at(0)
    shown = window.lock_page.view
    app.services.locks.record_reading(front, percent=55, at=NOW - timedelta(hours=1))
    window.changes.announce(Changes.of_readings(front.id))
    settle(qtbot, window)
    assert window.lock_page.view is shown  # hidden: only noted
    rows = [window.fleet_page.model.row_at(r) for r in range(window.fleet_page.model.rowCount())]
    assert rows[0] is not before  # on screen: reloaded
    assert [row.level_text for row in rows if row.lock.name == "Front door"] == ["55 %"]
    window.select_lock(front.device_id)
    settle(qtbot, window)
    assert window.lock_page.view is not shown and window.lock_page.battery_label.text() == "Battery 55 %"


def test_a_restore_reloads_everything_and_clears_undo(qtbot: QtBot, make_app: Callable[..., LockcareApp]) -> None:
    app, window, front, _back = _two_locks(qtbot, make_app)
    panel = window.lock_page.log_panel
    app.services.maintenance.add_entry(front, "note", notes="before")
    window.changes.announce(Changes(log=True))
    assert panel.model.rowCount() == 1
    panel.select_entry(panel.model.entry_at(0).id)
    panel.delete_selected()
    assert panel.undo_stack.canUndo()
    window.changes.announce(Changes(everything=True))
    assert not panel.undo_stack.canUndo()
