"""The window: add a lock through the dialog, record readings and swaps, survive a restart."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from lockcare.app import LockcareApp
from lockcare.core.models import Lock
from lockcare.ui.dialogs.add_lock_dialog import AddLockDialog
from tests.support.gui import settle
from tests.support.network import ASLEEP_HOST, closed_port

KEY = "0123456789abcdef"


def _fill_add_dialog(qtbot: QtBot, dialog: AddLockDialog, name: str = "Front door") -> None:
    qtbot.keyClicks(dialog.name_edit, name)
    qtbot.keyClicks(dialog.id_edit, "bf3a1c2d3e4f5a6b7c8d")
    qtbot.keyClicks(dialog.address_edit, ASLEEP_HOST)
    dialog.port_spin.setValue(closed_port())
    qtbot.keyClicks(dialog.key_edit, KEY)
    dialog.version_combo.setCurrentText("3.4")


def test_empty_window_invites_the_user_in(qtbot: QtBot, make_app: Callable[..., LockcareApp]) -> None:
    window = make_app().build_window()
    qtbot.addWidget(window)
    window.show()
    settle(qtbot, window)
    assert window.pages.currentWidget() is window.empty_page
    assert not window.menu_actions.record_reading.isEnabled()


def test_add_lock_dialog_shows_every_field_error_at_once_without_the_form_jumping(
    qtbot: QtBot, make_app: Callable[..., LockcareApp]
) -> None:
    app = make_app()
    window = app.build_window()
    qtbot.addWidget(window)
    dialog = window.add_lock()
    qtbot.waitExposed(dialog)
    fields = (dialog.name_edit, dialog.id_edit, dialog.address_edit, dialog.key_edit, dialog.port_spin)
    places = [f.mapTo(dialog, f.rect().topLeft()) for f in fields]
    assert all(not e.text() for e in dialog.errors.values())  # no scolding before anything is typed
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)  # Add on an empty form
    assert dialog.isVisible() and app.services.locks.locks() == []
    shown = {name for name, error in dialog.errors.items() if error.text()}
    assert shown == {"name", "device_id", "address", "key"}  # all at once, each next to its field
    assert dialog.errors["address"].text().startswith("Address:")
    assert [f.mapTo(dialog, f.rect().topLeft()) for f in fields] == places  # nothing moved

    _fill_add_dialog(qtbot, dialog)
    dialog.address_edit.clear()
    qtbot.keyClicks(dialog.address_edit, "192.168.1.300")
    assert "not a valid IPv4 address" in dialog.errors["address"].text()
    dialog.key_edit.clear()
    qtbot.keyClicks(dialog.key_edit, "too-short")
    assert "16 characters" in dialog.errors["key"].text() and "too-short" not in dialog.errors["key"].text()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and app.services.locks.locks() == []
    dialog.address_edit.clear()
    qtbot.keyClicks(dialog.address_edit, ASLEEP_HOST)
    dialog.key_edit.clear()
    qtbot.keyClicks(dialog.key_edit, KEY)
    assert all(not e.text() for e in dialog.errors.values())
    assert [f.mapTo(dialog, f.rect().topLeft()) for f in fields] == places


def test_add_record_restart_and_find_everything(qtbot: QtBot, make_app: Callable[..., LockcareApp], key_store) -> None:
    app = make_app()
    window = app.build_window()  # closed and deleted by app.close() below, so not handed to qtbot
    window.show()

    dialog = window.add_lock()
    _fill_add_dialog(qtbot, dialog)
    with qtbot.waitSignal(window.lock_added, timeout=2000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert window.current_lock().name == "Front door"
    assert window.pages.currentWidget() is window.lock_page
    assert key_store.keys["bf3a1c2d3e4f5a6b7c8d"] == KEY

    reading = window.records.record_reading()
    reading.percent_spin.setValue(64)
    qtbot.mouseClick(reading.ok_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert window.lock_page.battery_label.text() == "Battery 64 %"
    assert window.lock_page.history_model.rowCount() == 1

    swap = window.records.record_swap()
    qtbot.keyClicks(swap.brand_edit, "Energizer")
    qtbot.mouseClick(swap.ok_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert window.lock_page.history_model.rowCount() == 1  # readings only; the swap is in the log
    assert window.lock_page.log_panel.model.rowCount() == 1
    window.resize(790, 560)
    app.close()

    again = make_app()
    window2 = again.build_window()
    qtbot.addWidget(window2)
    settle(qtbot, window2)
    assert window2.current_lock().name == "Front door"
    assert (window2.size().width(), window2.size().height()) == (790, 560)
    history = again.services.locks.history(window2.current_lock())
    assert [r.percent for r in history.readings] == [64]
    assert [s.brand for s in history.swaps] == ["Energizer"]
    assert again.services.locks.local_key(window2.current_lock()) == KEY


def test_duplicate_name_keeps_the_dialog_open_with_the_reason(qtbot: QtBot, make_app: Callable[..., LockcareApp]) -> None:
    app = make_app()
    app.services.locks.add_lock(Lock(name="Front door", device_id="other0000000000000001", address=ASLEEP_HOST, port=closed_port()), KEY)
    window = app.build_window()
    qtbot.addWidget(window)
    dialog = window.add_lock()
    _fill_add_dialog(qtbot, dialog, name="front door")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "already exists" in dialog.error_label.text()
    assert len(app.services.locks.locks()) == 1


def test_nimh_swap_warns_in_plain_words(qtbot: QtBot, make_app: Callable[..., LockcareApp]) -> None:
    app = make_app(clock=lambda: datetime(2026, 11, 20, tzinfo=UTC))
    app.services.locks.add_lock(Lock(name="Front door", device_id="bf3a1c2d3e4f5a6b7c8d", address=ASLEEP_HOST, port=closed_port()), KEY)
    window = app.build_window()
    qtbot.addWidget(window)
    settle(qtbot, window)
    swap = window.records.record_swap()
    swap.type_combo.setCurrentIndex(swap.type_combo.findData("aa-nimh"))
    assert "1.2 V" in swap.advice.text()
    assert not swap.advice.isHidden()


def test_add_a_lock_behind_a_gateway_by_node_id(qtbot: QtBot, make_app: Callable[..., LockcareApp]) -> None:
    from lockcare.core.models import LockKind

    app = make_app()
    app.services.locks.add_lock(Lock(name="Hall hub", device_id="bf11111111111111gw01", address=ASLEEP_HOST, port=closed_port(),
                                     kind=LockKind.GATEWAY, version="3.4"), KEY)
    window = app.build_window()
    qtbot.addWidget(window)
    dialog = window.add_lock()
    assert dialog.key_edit.isVisibleTo(dialog) and not dialog.node_edit.isVisibleTo(dialog)
    dialog.connection_combo.setCurrentIndex(dialog.connection_combo.findData("gateway"))
    assert dialog.gateway_combo.isVisibleTo(dialog) and not dialog.key_edit.isVisibleTo(dialog)
    qtbot.keyClicks(dialog.name_edit, "Back door")
    qtbot.keyClicks(dialog.id_edit, "eb22222222222222ble1")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "node id" in dialog.errors["node"].text()
    qtbot.keyClicks(dialog.node_edit, "a4c1380000000001")
    with qtbot.waitSignal(window.lock_added, timeout=2000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    child = app.services.locks.resolve("Back door")
    assert (child.kind, child.parent_device_id, child.node_id, child.version) == (
        LockKind.GATEWAY_CHILD, "bf11111111111111gw01", "a4c1380000000001", "3.4")
    assert [s.lock.name for s in app.services.locks.summaries()] == ["Back door"]  # the hub is no lock


def test_settings_tab_corrects_the_data_point_map(qtbot: QtBot, make_app: Callable[..., LockcareApp]) -> None:
    app = make_app()
    app.services.locks.add_lock(Lock(name="Front door", device_id="bf3a1c2d3e4f5a6b7c8d", address=ASLEEP_HOST, port=closed_port(),
                                     dp_map={"battery_percent": 12}), KEY)
    window = app.build_window()
    qtbot.addWidget(window)
    settle(qtbot, window)
    panel = window.lock_page.settings_panel
    assert panel.dp_spins["battery_percent"].value() == 12
    panel.dp_spins["battery_percent"].setValue(8)
    panel.dp_spins["battery_level"].setValue(9)
    panel.voice_check.setChecked(True)
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    stored = app.services.locks.resolve("Front door")
    assert stored.dp_map == {"battery_percent": 8, "battery_level": 9} and stored.voice_prompts
    panel.dp_spins["alarm"].setValue(8)
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert "share one data point" in panel.error_label.text()
    assert app.services.locks.resolve("Front door").dp_map == {"battery_percent": 8, "battery_level": 9}
