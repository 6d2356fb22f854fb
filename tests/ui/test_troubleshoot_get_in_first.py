"""Locked out: "Get in now" comes first, answers never default, never move, and a mis-click is undone."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from lockcare.app import LockcareApp
from lockcare.core.models import Lock
from lockcare.ui.main_window import MainWindow
from tests.support.gui import settle
from tests.support.network import ASLEEP_HOST, closed_port

NOW = datetime(2026, 7, 1, 12, 0, tzinfo=UTC)


def _window(qtbot: QtBot, make_app: Callable[..., LockcareApp], *, percent: int, hours_ago: float) -> tuple[LockcareApp, MainWindow]:
    app = make_app(clock=lambda: NOW)
    lock = app.services.locks.add_lock(
        Lock(name="Front door", device_id="bf3a1c2d3e4f5a6b7c8d", address=ASLEEP_HOST, port=closed_port(),
             created_at=NOW - timedelta(days=60)), "0123456789abcdef")
    app.services.locks.record_reading(lock, percent=percent, at=NOW - timedelta(hours=hours_ago))
    window = app.build_window()
    qtbot.addWidget(window)
    window.resize(1040, 680)
    window.refresh()
    window.show()
    settle(qtbot, window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return app, window


def test_locked_out_shows_get_in_now_first_with_emergency_power_leading_on_a_low_battery(
    qtbot: QtBot, make_app: Callable[..., LockcareApp]
) -> None:
    _app, window = _window(qtbot, make_app, percent=12, hours_ago=30)
    qtbot.mouseClick(window.locked_out_button, Qt.MouseButton.LeftButton)
    page = window.troubleshoot_page
    view = page.get_in_view
    assert page.stack.currentWidget() is view
    assert view.order() == ["emergency-power", "key", "other-access", "call"]
    assert view.note_label.isVisibleTo(view) and "12 %" in view.note_label.text()
    assert view.picture.path is not None and view.picture.path.name == "emergency-power.svg"
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    assert page.stack.currentWidget() is page.picker
    qtbot.mouseClick(page.picker.get_in_button, Qt.MouseButton.LeftButton)  # and back again
    assert page.stack.currentWidget() is view


def test_with_a_fresh_39_percent_the_key_leads_and_a_dark_keypad_starts_at_the_keypad(
    qtbot: QtBot, make_app: Callable[..., LockcareApp]
) -> None:
    app, window = _window(qtbot, make_app, percent=39, hours_ago=0.01)
    page = window.open_locked_out()
    assert page.get_in_view.order() == ["key", "emergency-power", "other-access", "call"]
    page.start("keypad-dark")
    view = page.step_view
    assert page.walk is not None and page.walk.current is not None and page.walk.current.id == "clean-keypad"
    assert view.note_label.isVisibleTo(view) and "39 %, read just now" in view.note_label.text()
    assert not view.inside_label.isVisibleTo(view)  # the first step works from outside
    page.answer("no-change")
    assert view.inside_label.isVisibleTo(view) and not view.note_label.isVisibleTo(view)
    page.answer("no-change")
    summary = page.end_view.summary()
    assert "Battery: 39 %, read just now" in summary
    assert "What lockcare knew: The last reading of this lock was 39 %, read just now, so it had power" in summary
    assert app.services.maintenance.runs()[0].steps[0][0] == "clean-keypad"


def test_space_and_enter_never_answer_a_step(qtbot: QtBot, make_app: Callable[..., LockcareApp]) -> None:
    app, window = _window(qtbot, make_app, percent=64, hours_ago=2)
    page = window.open_troubleshooter()
    page.start("key-turns-locked")
    buttons = page.step_view.outcome_buttons
    assert all(not b.isDefault() and not b.autoDefault() for b in buttons.values())
    for key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
        qtbot.keyClick(QApplication.focusWidget() or window, key)
    assert page.walk is not None and page.walk.history == () and app.services.maintenance.runs() == []

    # A button reached with Tab answers with Space: that is an explicit choice...
    page.step_view.outcome_buttons["no-change"].setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(buttons["no-change"], Qt.Key.Key_Space)
    assert page.walk.history == (("frame-pressure", "no-change"),)
    # ...but the next step takes the focus away, so a second Space only scrolls the text.
    assert page.step_view.scroll.hasFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert page.walk.history == (("frame-pressure", "no-change"),)
    # A mouse click never leaves an answer holding the focus.
    qtbot.mouseClick(buttons["cannot"], Qt.MouseButton.LeftButton)
    assert not any(b.hasFocus() for b in buttons.values())


def test_the_answers_keep_their_order_place_and_size_on_every_step(
    qtbot: QtBot, make_app: Callable[..., LockcareApp]
) -> None:
    _app, window = _window(qtbot, make_app, percent=64, hours_ago=2)
    page = window.open_troubleshooter()
    seen = set()
    for mode_id in ("app-offline", "keypad-dark", "key-turns-locked"):
        page.start(mode_id)
        while page.walk is not None and page.walk.current is not None:
            QApplication.processEvents()
            buttons = page.step_view.outcome_buttons
            assert list(buttons) == ["fixed", "no-change", "cannot"]
            places = tuple((b.mapTo(window, QPoint(0, 0)).toTuple(), b.size().toTuple()) for b in buttons.values())
            seen.add(places)
            xs = [p[0][0] for p in places]
            assert xs == sorted(xs)  # fixed, no change, cannot: left to right
            assert len({p[1] for p in places}) == 1  # one size for all three
            page.answer("no-change")
    assert len(seen) == 1, seen  # the same geometry on every step of every walk


def test_a_mis_clicked_fix_is_undone_from_the_end_screen(qtbot: QtBot, make_app: Callable[..., LockcareApp]) -> None:
    app, window = _window(qtbot, make_app, percent=64, hours_ago=2)
    page = window.open_troubleshooter()
    page.start("fingerprint-red")
    qtbot.mouseClick(page.step_view.outcome_buttons["fixed"], Qt.MouseButton.LeftButton)
    assert page.stack.currentWidget() is page.end_view
    assert page.end_view.saved_label.text() == "Saved in the maintenance log of Front door."
    [run] = app.services.maintenance.runs()
    assert run.outcome == "fixed"
    assert page.end_view.undo_button.isVisibleTo(page)
    qtbot.mouseClick(page.end_view.undo_button, Qt.MouseButton.LeftButton)
    assert page.stack.currentWidget() is page.step_view
    assert app.services.maintenance.runs() == [] and app.services.maintenance.entries() == []
    assert page.walk is not None and page.walk.current is not None and page.walk.current.id == "wipe-finger"
