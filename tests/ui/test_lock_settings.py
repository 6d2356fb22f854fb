"""A lock's Settings a homeowner can use: the fields that matter first, a wheel that never changes a box
by accident, unsaved edits asked about, shortcuts that do not collide, the key masked, removal with undo."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from lockcare.app import LockcareApp
from lockcare.core.models import Lock
from lockcare.storage.keys import MemoryKeyStore
from lockcare.ui.locks.key_dialog import KeyDialog
from lockcare.ui.locks.removal import confirm_removal, confirmation_text
from lockcare.ui.main_window import MainWindow
from tests.support.gui import settle
from tests.support.network import ASLEEP_HOST, closed_port

KEY = "0123456789abcdef"
NEW_KEY = "fedcba9876543210"


def _window(qtbot: QtBot, make_app: Callable[..., LockcareApp]) -> tuple[LockcareApp, MainWindow, list[Lock]]:
    app = make_app()
    now = datetime.now(UTC)
    locks = []
    for name, device_id in (("Front door", "bf3a1c2d3e4f5a6b7c8d"), ("Back door", "bf3a1c2d3e4f5a6b7c8e")):
        lock = app.services.locks.add_lock(Lock(name=name, device_id=device_id, address=ASLEEP_HOST, port=closed_port(),
                                                dp_map={"battery_percent": 12}), KEY)
        for day in range(5):
            app.services.locks.record_reading(lock, percent=90 - day, at=now - timedelta(days=5 - day))
        app.services.maintenance.add_entry(lock, "cleaning", at=now - timedelta(days=3), notes="Wiped the keypad.")
        locks.append(lock)
    window = app.build_window()
    qtbot.addWidget(window)
    window.resize(1040, 680)
    window.show()
    settle(qtbot, window)
    window.select_lock(locks[0].device_id)
    settle(qtbot, window)
    window.lock_page.tabs.setCurrentWidget(window.lock_page.settings_panel)
    QApplication.processEvents()
    return app, window, locks


def _wheel(widget: QWidget, steps: int = -1) -> None:
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(centre, QPointF(widget.mapToGlobal(centre.toPoint())), QPoint(0, 0), QPoint(0, 120 * steps),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def test_the_fields_that_matter_come_first_and_the_data_points_are_folded(
    qtbot: QtBot, make_app: Callable[..., LockcareApp]
) -> None:
    _app, window, _locks = _window(qtbot, make_app)
    panel = window.lock_page.settings_panel
    order = [panel.name_edit, panel.address_edit, panel.port_spin, panel.version_combo, panel.key_edit,
             panel.battery_combo]
    ys = [w.mapTo(panel, QPoint(0, 0)).y() for w in order]
    assert ys == sorted(ys)
    assert panel.key_edit.echoMode() == QLineEdit.EchoMode.Password and panel.key_edit.text() == ""
    assert not panel.advanced.isVisibleTo(panel) and not panel.dp_spins["battery_percent"].isVisibleTo(panel)
    panel.advanced_button.click()
    assert panel.dp_spins["battery_percent"].isVisibleTo(panel)


def test_the_wheel_never_changes_a_box_without_focus(qtbot: QtBot, make_app: Callable[..., LockcareApp]) -> None:
    _app, window, _locks = _window(qtbot, make_app)
    panel = window.lock_page.settings_panel
    panel.advanced_button.click()
    QApplication.processEvents()
    spin, combo = panel.dp_spins["battery_percent"], panel.battery_combo
    assert spin.value() == 12
    scroll = panel.scroll.verticalScrollBar()
    scroll.setValue(0)
    for widget in (spin, panel.count_spin, combo, panel.version_combo):
        before = widget.value() if isinstance(widget, QSpinBox) else widget.currentIndex()
        _wheel(widget)
        after = widget.value() if isinstance(widget, QSpinBox) else widget.currentIndex()
        assert after == before, widget.accessibleName()
    assert scroll.maximum() == 0 or scroll.value() > 0  # the page scrolled on instead
    assert spin.focusPolicy() == Qt.FocusPolicy.StrongFocus  # the wheel never gives it the focus
    spin.setFocus()
    qtbot.waitUntil(spin.hasFocus)
    _wheel(spin, steps=-1)
    assert spin.value() == 11  # once clicked into, the wheel works as usual
    panel.revert()
    # The same guard sits on the other forms' boxes.
    dialog = window.add_lock()
    before = dialog.port_spin.value()
    _wheel(dialog.port_spin)
    assert dialog.port_spin.value() == before
    dialog.reject()
    assert isinstance(combo, QComboBox)


def test_unsaved_edits_are_asked_about_before_another_lock_is_shown(
    qtbot: QtBot, make_app: Callable[..., LockcareApp]
) -> None:
    app, window, (front, back) = _window(qtbot, make_app)
    panel = window.lock_page.settings_panel
    asked: list[str] = []
    answers = iter(["cancel", "discard", "save"])
    window.unsaved.ask = lambda name: asked.append(name) or next(answers)  # type: ignore[assignment]

    panel.name_edit.setText("Front door (hall)")
    assert panel.is_dirty()
    window.changes.announce(window.changes.__class__ and __import__("lockcare.ui.changes", fromlist=["Changes"]).Changes(
        reachability=frozenset({front.id})))  # a live read finishing under the user's hands
    assert panel.name_edit.text() == "Front door (hall)"  # the edit survives the refresh

    window.lock_list.setCurrentIndex(window.lock_model.index(window.lock_model.row_of(back.device_id)))  # Cancel
    assert asked == ["Front door"] and window.current_lock().id == front.id
    assert panel.name_edit.text() == "Front door (hall)"

    window.lock_list.setCurrentIndex(window.lock_model.index(window.lock_model.row_of(back.device_id)))  # Discard
    assert window.current_lock().id == back.id and window.lock_page.lock.id == back.id
    assert app.services.locks.get(front.id).name == "Front door"

    window.select_lock(front.device_id)
    settle(qtbot, window)
    panel.name_edit.setText("Front door (hall)")
    window.lock_list.setCurrentIndex(window.lock_model.index(window.lock_model.row_of(back.device_id)))  # Save
    assert app.services.locks.get(front.id).name == "Front door (hall)"
    assert window.current_lock().id == back.id and len(asked) == 3


def test_an_address_that_is_not_one_is_refused_next_to_its_field(
    qtbot: QtBot, make_app: Callable[..., LockcareApp]
) -> None:
    app, window, (front, _back) = _window(qtbot, make_app)
    panel = window.lock_page.settings_panel
    for bad in ("192.168.1.300", "not an ip!!"):
        panel.address_edit.setText(bad)
        assert not panel.save()
        assert panel.errors["address"].text().startswith("Address:")
        assert app.services.locks.get(front.id).address == ASLEEP_HOST
    panel.address_edit.setText("front-door.local")
    panel.port_spin.setValue(6669)
    assert panel.save()
    stored = app.services.locks.get(front.id)
    assert (stored.address, stored.port) == ("front-door.local", 6669) and not panel.errors["address"].text()


def test_shortcuts_never_collide_on_any_tab_of_the_lock_page(
    qtbot: QtBot, make_app: Callable[..., LockcareApp]
) -> None:
    _app, window, _locks = _window(qtbot, make_app)
    tabs = window.lock_page.tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        QApplication.processEvents()
        letters = _visible_mnemonics(window)
        repeated = {letter: owners for letter, owners in letters.items() if len(owners) > 1}
        assert not repeated, (tabs.tabText(index), repeated)
    assert window.lock_page.settings_panel.save_button.text() == "Sa&ve changes"  # not Alt+S: that is the tab


def _visible_mnemonics(window: MainWindow) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}

    def add(text: str, owner: str) -> None:
        plain = text.replace("&&", "")
        if "&" in plain and plain.index("&") + 1 < len(plain):
            found.setdefault(plain[plain.index("&") + 1].lower(), []).append(owner)

    for action in window.menuBar().actions():
        add(action.text(), f"menu {action.text()}")
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QAbstractButton):
            add(widget.text(), f"button {widget.text()}")
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            add(widget.text(), f"label {widget.text()}")
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                add(widget.tabText(i), f"tab {widget.tabText(i)}")
    return found


def test_change_local_key_is_masked_with_a_show_toggle(
    qtbot: QtBot, make_app: Callable[..., LockcareApp], key_store: MemoryKeyStore
) -> None:
    app, window, (front, _back) = _window(qtbot, make_app)
    panel = window.lock_page.settings_panel
    panel.show_key_button.click()  # Show reveals the stored key, and only when asked
    assert panel.key_edit.echoMode() == QLineEdit.EchoMode.Normal and panel.key_edit.text() == KEY
    panel.show_key_button.click()
    assert panel.key_edit.echoMode() == QLineEdit.EchoMode.Password

    dialog = panel.change_key()
    assert isinstance(dialog, KeyDialog)
    assert dialog.key_edit.echoMode() == QLineEdit.EchoMode.Password
    qtbot.keyClicks(dialog.key_edit, "short")
    assert not dialog.ok_button.isEnabled() and "16 characters" in dialog.error_label.text()
    assert "short" not in dialog.error_label.text()
    dialog.key_edit.clear()
    qtbot.keyClicks(dialog.key_edit, NEW_KEY)
    dialog.show_button.click()
    assert dialog.key_edit.echoMode() == QLineEdit.EchoMode.Normal
    with qtbot.waitSignal(panel.key_changed, timeout=2000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert key_store.keys[front.device_id] == NEW_KEY
    assert panel.key_edit.text() == "" and panel.key_edit.echoMode() == QLineEdit.EchoMode.Password  # hidden again
    assert app.services.locks.status(front).state == "unknown"  # "check the key" is forgotten with the old key


def test_remove_lock_says_what_goes_and_can_be_undone(
    qtbot: QtBot, make_app: Callable[..., LockcareApp], key_store: MemoryKeyStore
) -> None:
    app, window, (front, back) = _window(qtbot, make_app)
    shown: list[str] = []

    def refuse(_parent: QWidget, footprint) -> bool:
        shown.append(confirmation_text(footprint))
        return False

    window.removal.confirm = refuse  # type: ignore[assignment]
    qtbot.mouseClick(window.lock_page.settings_panel.remove_button, Qt.MouseButton.LeftButton)
    assert app.services.locks.get(front.id) is not None  # cancelled: nothing went
    text = shown[0]
    assert "“Front door”" in text and "5 battery readings" in text and "1 log entry" in text
    assert "its local key" in text and "undo" in text

    window.removal.confirm = lambda _parent, _footprint: True  # type: ignore[assignment]
    qtbot.mouseClick(window.lock_page.settings_panel.remove_button, Qt.MouseButton.LeftButton)
    assert app.services.locks.get(front.id) is None and front.device_id not in key_store.keys
    settle(qtbot, window)  # the list is read again in the pool
    assert window.lock_model.row_of(front.device_id) == -1 and window.current_lock().id == back.id
    assert window.undo_bar.isVisible() and "Front door" in window.undo_bar.label.text()

    qtbot.mouseClick(window.undo_bar.undo_button, Qt.MouseButton.LeftButton)
    restored = app.services.locks.resolve("Front door")
    assert key_store.keys[front.device_id] == KEY
    assert [r.percent for r in app.services.locks.history(restored).readings] == [90, 89, 88, 87, 86]
    assert [e.notes for e in app.services.maintenance.entries(restored)] == ["Wiped the keypad."]
    settle(qtbot, window)
    assert not window.undo_bar.isVisible() and window.current_lock().device_id == front.device_id


def test_the_removal_confirmation_defaults_to_cancel(qtbot: QtBot, make_app: Callable[..., LockcareApp]) -> None:
    app, window, (front, _back) = _window(qtbot, make_app)
    seen: dict[str, object] = {}

    def press_enter() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen["default"] = box.defaultButton().text()
        qtbot.keyClick(box, Qt.Key.Key_Return)

    QTimer.singleShot(0, press_enter)
    assert confirm_removal(window, app.services.locks.removal_footprint(front)) is False
    assert seen["default"] == "Cancel"
    assert app.services.locks.get(front.id) is not None


def test_closing_the_window_with_unsaved_settings_asks_first(qtbot: QtBot, make_app: Callable[..., LockcareApp]) -> None:
    app, window, (front, _back) = _window(qtbot, make_app)
    panel = window.lock_page.settings_panel
    panel.name_edit.setText("Front door (hall)")
    window.unsaved.ask = lambda _name: "cancel"  # type: ignore[assignment]
    window.menu_actions.quit.trigger()
    assert window.isVisible()
    window.unsaved.ask = lambda _name: "save"  # type: ignore[assignment]
    window.menu_actions.quit.trigger()
    assert not window.isVisible()
    assert app.services.locks.get(front.id).name == "Front door (hall)"


def test_every_number_and_list_box_in_the_window_and_its_dialogs_is_guarded(
    qtbot: QtBot, make_app: Callable[..., LockcareApp]
) -> None:
    _app, window, _locks = _window(qtbot, make_app)
    reading = window.records.record_reading()
    swap = window.records.record_swap()
    window.open_troubleshooter().start("handle-depressed")  # its first step carries the battery-check tool
    for root in (window, reading, swap):
        boxes = [w for w in root.findChildren(QWidget) if isinstance(w, (QSpinBox, QComboBox))]
        assert boxes
        for box in boxes:
            box.clearFocus()
            before = box.value() if isinstance(box, QSpinBox) else box.currentIndex()
            _wheel(box)
            after = box.value() if isinstance(box, QSpinBox) else box.currentIndex()
            assert after == before, (root.windowTitle(), box.accessibleName() or box.objectName())
    reading.reject()
    swap.reject()
