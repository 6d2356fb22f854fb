"""The troubleshooter screen: every failure mode walked to its end, back, keyboard, log, summary."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from lockcare.app import LockcareApp
from lockcare.core.models import Lock, LockEvent
from lockcare.core.troubleshoot.content import load_content
from lockcare.resources import resource_path
from lockcare.ui.main_window import MainWindow
from lockcare.ui.troubleshoot.page import TroubleshootPage
from tests.support.gui import settle
from tests.support.network import ASLEEP_HOST, closed_port

NOW = datetime(2026, 7, 1, 12, 0, tzinfo=UTC)
KEY = "0123456789abcdef"
MODES = [mode.id for mode in load_content(resource_path("troubleshooter")).modes]


def _window(qtbot: QtBot, make_app: Callable[..., LockcareApp], *, alarms: int = 0) -> tuple[LockcareApp, MainWindow]:
    app = make_app(clock=lambda: NOW)
    lock = app.services.locks.add_lock(
        Lock(name="Front door", device_id="bf3a1c2d3e4f5a6b7c8d", address=ASLEEP_HOST, port=closed_port(), product_id="oufbykkic2alxcjw",
             created_at=NOW - timedelta(days=60)), KEY)
    assert lock.id is not None
    app.services.locks.record_reading(lock, percent=64, at=NOW - timedelta(hours=2))
    app.storage.battery.add_events(
        LockEvent(lock_id=lock.id, at=NOW - timedelta(hours=1 + n), kind="alarm", code="wrong_finger") for n in range(alarms)
    )
    window = app.build_window()
    qtbot.addWidget(window)
    window.refresh()
    window.select_lock(lock.device_id)  # the window opens on All locks; the user picks the lock
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # shortcuts and focus need the active window
    settle(qtbot, window)
    return app, window


def _click(qtbot: QtBot, page: TroubleshootPage, kind: str) -> None:
    qtbot.mouseClick(page.step_view.outcome_buttons[kind], Qt.MouseButton.LeftButton)


@pytest.mark.parametrize("mode_id", MODES)
def test_each_failure_mode_walks_to_the_support_summary(
    qtbot: QtBot, make_app: Callable[..., LockcareApp], mode_id: str
) -> None:
    app, window = _window(qtbot, make_app)
    page = window.open_troubleshooter()
    assert window.pages.currentWidget() is page and page.stack.currentWidget() is page.picker
    assert page.picker.selected_device_id() == "bf3a1c2d3e4f5a6b7c8d"
    qtbot.mouseClick(page.picker.cards[mode_id], Qt.MouseButton.LeftButton)
    steps = 0
    while page.stack.currentWidget() is page.step_view:
        steps += 1
        assert page.step_view.progress_label.text().startswith(f"Step {steps} of ")
        assert page.step_view.picture.isVisibleTo(page) and page.step_view.picture.path is not None
        assert page.step_view.title_label.text() == page.walk.current.title  # type: ignore[union-attr]
        _click(qtbot, page, "no-change")
    assert page.stack.currentWidget() is page.end_view
    assert page.end_view.summary_edit.isVisibleTo(page)
    summary = page.end_view.summary()
    assert "Product id: oufbykkic2alxcjw" in summary and "Battery: 64 %" in summary
    tried = [line for line in summary.splitlines() if line[:5].strip().rstrip(".").isdigit()]
    assert len(tried) == steps and "Result: not fixed" in summary
    [entry] = app.services.maintenance.entries()
    run = app.services.maintenance.run_of(entry)
    assert run is not None and run.symptom == mode_id and run.outcome == "support" and len(run.steps) == steps


def test_a_fixed_walk_ends_calmly_and_done_goes_back_to_the_lock(
    qtbot: QtBot, make_app: Callable[..., LockcareApp]
) -> None:
    app, window = _window(qtbot, make_app)
    page = window.open_troubleshooter()
    page.start("keypad-dark")
    _click(qtbot, page, "fixed")
    assert page.end_view.title_label.text() == "✓ Glad it works again"
    assert not page.end_view.summary_edit.isVisibleTo(page)
    assert app.services.maintenance.runs()[0].outcome == "fixed"
    qtbot.mouseClick(page.end_view.done_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.lock_page
    assert len(app.services.maintenance.runs()) == 1


def test_back_by_button_and_keyboard_and_from_the_end_without_double_logging(
    qtbot: QtBot, make_app: Callable[..., LockcareApp]
) -> None:
    app, window = _window(qtbot, make_app)
    page = window.open_troubleshooter()
    page.start("fingerprint-red")  # the lock read 64 % two hours ago: the walk starts at the finger
    _click(qtbot, page, "no-change")
    assert page.step_view.progress_label.text() == "Step 2 of 5"
    qtbot.keyClick(page.step_view.scroll, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert page.step_view.progress_label.text() == "Step 1 of 5"
    _click(qtbot, page, "no-change")
    qtbot.keyClick(page.step_view.scroll, Qt.Key.Key_Backspace)
    assert page.walk is not None and page.walk.history == ()
    _click(qtbot, page, "fixed")
    assert len(app.services.maintenance.runs()) == 1
    qtbot.mouseClick(page.end_view.back_button, Qt.MouseButton.LeftButton)  # un-saves the run
    assert page.stack.currentWidget() is page.step_view and app.services.maintenance.runs() == []
    _click(qtbot, page, "no-change")
    qtbot.mouseClick(page.step_view.back_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.step_view.back_button, Qt.MouseButton.LeftButton)  # first step: back to the symptoms
    assert page.stack.currentWidget() is page.picker and page.walk is None
    assert app.services.maintenance.runs() == []


def test_leaving_mid_walk_keeps_it_as_abandoned(qtbot: QtBot, make_app: Callable[..., LockcareApp]) -> None:
    app, window = _window(qtbot, make_app)
    page = window.open_troubleshooter()
    page.start("app-offline")
    _click(qtbot, page, "cannot")
    window.refresh()  # a background read finishing must not pull the user out of the walk
    assert window.pages.currentWidget() is page and page.stack.currentWidget() is page.step_view
    qtbot.mouseClick(page.close_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.lock_page
    [run] = app.services.maintenance.runs()
    assert run.outcome == "abandoned" and run.steps == (("phone-internet", "cannot"),)  # 64 % 2 h ago: power is fine


def test_outcome_buttons_have_distinct_mnemonics_and_never_take_the_focus(
    qtbot: QtBot, make_app: Callable[..., LockcareApp]
) -> None:
    _app, window = _window(qtbot, make_app)
    page = window.open_troubleshooter()
    for mode_id in MODES:
        page.start(mode_id)
        while page.walk is not None and page.walk.current is not None:
            texts = [b.label() for b in page.step_view.outcome_buttons.values()]
            letters = [t[t.index("&") + 1].lower() for t in texts if "&" in t]
            assert len(letters) == 3 and len(set(letters)) == 3, texts
            assert not set(letters) & set("boail")
            assert all(b.accessibleName() for b in page.step_view.outcome_buttons.values())
            assert page.step_view.scroll.hasFocus()  # the step's words, never an answer
            page.answer("no-change")


def test_the_symptom_picker_offers_not_paired_and_suggests_from_seeded_alarms(
    qtbot: QtBot, make_app: Callable[..., LockcareApp]
) -> None:
    app, window = _window(qtbot, make_app, alarms=3)
    assert window.lock_page.suggestion_row.isVisibleTo(window)
    assert "rejected a fingerprint 3 times" in window.lock_page.suggestion_label.text()
    qtbot.mouseClick(window.lock_page.suggestion_button, Qt.MouseButton.LeftButton)
    page = window.troubleshoot_page
    assert window.pages.currentWidget() is page and page.picker.suggested == "fingerprint-red"
    assert "3 times in the last 24 hours" in page.picker.suggestion_label.text()
    assert page.picker.cards["fingerprint-red"].text().startswith("★ Suggested")
    combo = page.picker.lock_combo
    assert [combo.itemText(i) for i in range(combo.count())] == ["Front door", "Not paired / not listed"]
    combo.setCurrentIndex(1)
    combo.activated.emit(1)
    assert page.lock is None and page.picker.suggested is None and not page.picker.suggestion_box.isVisibleTo(page)
    combo.setCurrentIndex(0)
    combo.activated.emit(0)
    qtbot.mouseClick(page.picker.start_suggested_button, Qt.MouseButton.LeftButton)
    assert page.walk is not None and page.walk.mode.id == "fingerprint-red"  # type: ignore[union-attr]
    assert page.step_view.mode_label.text() == "The fingerprint sensor flashes red"


def test_locked_out_button_and_shortcut_open_get_in_now_then_the_picker(
    qtbot: QtBot, make_app: Callable[..., LockcareApp]
) -> None:
    _app, window = _window(qtbot, make_app)
    assert window.locked_out_button.text() == "&I'm locked out!"
    qtbot.mouseClick(window.locked_out_button, Qt.MouseButton.LeftButton)
    page = window.troubleshoot_page
    assert window.pages.currentWidget() is page and page.stack.currentWidget() is page.get_in_view
    qtbot.mouseClick(page.get_in_view.next_button, Qt.MouseButton.LeftButton)
    assert page.stack.currentWidget() is page.picker
    page.close_page()
    assert window.pages.currentWidget() is window.lock_page
    assert window.menu_actions.locked_out.shortcut().toString() == "Ctrl+T"
    window.menu_actions.locked_out.trigger()
    assert window.pages.currentWidget() is page and page.stack.currentWidget() is page.get_in_view
    page.close_page()
    qtbot.mouseClick(window.lock_page.troubleshoot_button, Qt.MouseButton.LeftButton)  # calm: straight to symptoms
    assert page.stack.currentWidget() is page.picker


def test_not_paired_walks_are_kept_without_a_lock(qtbot: QtBot, make_app: Callable[..., LockcareApp]) -> None:
    app = make_app(clock=lambda: NOW)
    window = app.build_window()
    qtbot.addWidget(window)
    page = window.open_troubleshooter()
    assert page.picker.selected_device_id() == "" and "not listed" in page.header_label.text()
    page.start("handle-depressed")
    while page.walk is not None and not page.walk.finished:
        page.answer("cannot")
    assert "Lock: not given" in page.end_view.summary()
    [run] = app.storage.maintenance.runs()
    assert run.lock_id is None and run.outcome == "support"


def test_copy_and_save_the_summary(
    qtbot: QtBot, make_app: Callable[..., LockcareApp], tmp_path: Path
) -> None:
    _app, window = _window(qtbot, make_app)
    page = window.open_troubleshooter()
    page.start("key-turns-locked")
    while page.walk is not None and not page.walk.finished:
        page.answer("no-change")
    qtbot.mouseClick(page.end_view.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == page.end_view.summary()
    target = tmp_path / "résumé support.txt"
    page.ask_save_path = lambda: str(target)
    qtbot.mouseClick(page.end_view.save_button, Qt.MouseButton.LeftButton)
    assert target.read_text(encoding="utf-8") == page.end_view.summary()
    assert "Saved to" in page.end_view.status_label.text()
    page.ask_save_path = lambda: str(tmp_path / "no-such-folder" / "x.txt")
    assert page.save_summary() is None and "Not saved" in page.end_view.status_label.text()
    page.ask_save_path = lambda: ""
    assert page.save_summary() is None
