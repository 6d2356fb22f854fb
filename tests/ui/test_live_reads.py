"""Live reads from the window against emulated locks on loopback (real tinytuya client)."""

from __future__ import annotations

import json
import socket
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from lockcare.app import LockcareApp
from lockcare.core.models import Lock
from lockcare.devices.sim import SimLock
from lockcare.ui.dialogs.add_lock_dialog import AddLockDialog
from tests.support.gui import settle

pytestmark = pytest.mark.integration


def free_udp_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def sims() -> Iterator[list[SimLock]]:
    started: list[SimLock] = []
    yield started
    for sim in started:
        sim.stop()


def pair(app: LockcareApp, sim: SimLock, name: str) -> Lock:
    return app.services.locks.add_lock(
        Lock(name=name, device_id=sim.device_id, address=sim.host, port=sim.port, version=sim.version,
             wake_hint=sim.profile.wake_hint), sim.local_key)


def test_window_stays_responsive_while_an_asleep_lock_is_probed(qtbot: QtBot, make_app: Callable[..., LockcareApp], sims) -> None:
    asleep = SimLock("wifi_pro", "3.4", awake=False).start()
    awake = SimLock("keep_alive", "3.3").start()
    sims += [asleep, awake]
    app = make_app()
    pair(app, awake, "Back door")
    pair(app, asleep, "Front door")
    window = app.build_window()
    qtbot.addWidget(window)
    window.show()
    window.select_lock(asleep.device_id)
    settle(qtbot, window)

    dialog = window.wake_current()
    assert "*9#" in dialog.findChild(type(dialog.status), "wakeHint").text()
    qtbot.waitUntil(lambda: "Not awake yet" in dialog.status.text(), timeout=5000)
    assert window.live.is_busy(asleep.device_id)

    # While the probe runs in the lock's lane, the rest of the window works.
    index = window.lock_model.index(window.lock_model.row_of(awake.device_id))
    rect = window.lock_list.visualRect(index)
    qtbot.mouseClick(window.lock_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_lock().name == "Back door"
    with qtbot.waitSignal(window.live.read_finished, timeout=5000):
        window.read_current()
    qtbot.waitUntil(lambda: window.lock_page.battery_label.text() == f"Battery {awake.dps['12']} %", timeout=5000)

    asleep.wake()
    qtbot.waitUntil(lambda: not window.live.is_busy(asleep.device_id), timeout=10000)
    summary = app.services.locks.summary(app.services.locks.resolve("Front door"))
    assert summary.status.state == "ok" and summary.latest is not None
    assert asleep.control_commands() == [] and awake.control_commands() == []


def test_cancelled_wake_probe_leaves_the_lock_asleep_and_nothing_lost(qtbot: QtBot, make_app, sims) -> None:
    sim = SimLock("wifi_pro", "3.3", awake=False).start()
    sims.append(sim)
    app = make_app()
    lock = pair(app, sim, "Front door")
    app.services.locks.record_reading(lock, percent=55)
    window = app.build_window()
    qtbot.addWidget(window)
    settle(qtbot, window)
    dialog = window.wake_current()
    qtbot.waitUntil(lambda: "Not awake yet" in dialog.status.text(), timeout=5000)
    dialog.reject()
    qtbot.waitUntil(lambda: not app.runner.busy, timeout=5000)
    assert [r.percent for r in app.services.locks.history(lock).readings] == [55]


def test_wake_broadcast_is_caught_and_read_at_once(qtbot: QtBot, make_app, sims) -> None:
    port = free_udp_port()
    sim = SimLock("wifi_pro", "3.5", awake=False, broadcast_ports=(port,), broadcast_interval=0.2).start()
    sims.append(sim)
    app = make_app(watch_ports=(port,), watch_bind_address="127.0.0.1")
    lock = pair(app, sim, "Front door")
    window = app.build_window()
    qtbot.addWidget(window)
    app.start_live()  # first read finds the lock asleep
    qtbot.waitUntil(lambda: app.services.locks.summary(lock).status.state == "asleep", timeout=5000)
    assert app.watcher is not None and app.watcher.running

    sim.wake(seconds=5)  # the lock wakes for a few seconds and announces itself
    qtbot.waitUntil(lambda: app.services.locks.summary(lock).status.state == "ok", timeout=8000)
    latest = app.services.locks.summary(lock).latest
    assert latest is not None and latest.percent == sim.dps["12"] and str(latest.source) == "live"
    assert sim.control_commands() == []


def test_scan_dialog_lists_a_broadcasting_lock_and_prefills_the_add_dialog(qtbot: QtBot, make_app, sims) -> None:
    port = free_udp_port()
    sim = SimLock("wifi_pro", "3.4", broadcast_ports=(port,), broadcast_interval=0.2).start()
    sims.append(sim)
    app = make_app(pairing_options={"discovery_ports": (port,), "bind_address": "127.0.0.1"})
    window = app.build_window()
    qtbot.addWidget(window)
    dialog = window.scan_network()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=5000)
    dialog.table.selectRow(0)
    assert dialog.add_button.isEnabled()
    dialog.stop()
    qtbot.waitUntil(lambda: not app.runner.busy, timeout=5000)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    opened = window.findChildren(AddLockDialog)
    assert [(d.id_edit.text(), d.address_edit.text(), d.version_combo.currentText()) for d in opened] == [
        (sim.device_id, "127.0.0.1", "3.4")
    ]


def test_the_scan_lists_a_paired_lock_by_its_name(qtbot: QtBot, make_app, sims) -> None:
    port = free_udp_port()
    sim = SimLock("wifi_pro", "3.4", broadcast_ports=(port,), broadcast_interval=0.2).start()
    sims.append(sim)
    app = make_app(pairing_options={"discovery_ports": (port,), "bind_address": "127.0.0.1"})
    app.services.locks.add_lock(Lock(name="Shed door", device_id=sim.device_id, address=sim.host, port=sim.port,
                                     version="3.4"), sim.local_key)
    window = app.build_window()
    qtbot.addWidget(window)
    dialog = window.scan_network()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=5000)
    dialog.stop()
    qtbot.waitUntil(lambda: not app.runner.busy, timeout=5000)
    assert dialog.table.item(0, 0).text() == "Shed door"
    assert dialog.table.item(0, 2).text() == "Added"
    assert sim.device_id not in " ".join(dialog.table.item(0, c).text() for c in range(3))
    assert sim.device_id in dialog.table.item(0, 0).toolTip()
    dialog.reject()


def test_import_of_a_malformed_file_says_where_and_imports_nothing(qtbot: QtBot, make_app, tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append((title, text)))
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: shown.append((title, text)))
    bad = tmp_path / "devices.json"
    bad.write_text('[{"name": "Front door", "id": "bf3a1c0e5d2f4a6b7c8d01"}, {"name": ')
    app = make_app()
    window = app.build_window()
    qtbot.addWidget(window)
    window.import_devices(str(bad))
    assert shown and shown[0][0] == "Nothing was imported" and "line 1" in shown[0][1]
    assert app.services.locks.locks() == []

    good = tmp_path / "good.json"
    good.write_text(json.dumps([{"name": "Front door", "id": "bf3a1c0e5d2f4a6b7c8d01", "key": "fakekey0000000a1",
                                 "category": "jtmspro", "ip": "127.0.0.1", "version": "3.4"},
                                {"name": "Plug", "id": "bf0000000000000000plug", "key": "k" * 16, "category": "cz"}]))
    window.import_devices(str(good))
    assert "Added 1 lock(s): Front door" in shown[-1][1] and "Skipped 1" in shown[-1][1]
    settle(qtbot, window)
    assert window.current_lock().name == "Front door"


def test_add_dialog_finds_the_protocol_version_in_the_background(qtbot: QtBot, make_app, sims) -> None:
    sim = SimLock("wifi_pro", "3.5").start()
    sims.append(sim)
    app = make_app()
    window = app.build_window()
    qtbot.addWidget(window)
    dialog = window.add_lock()
    qtbot.keyClicks(dialog.name_edit, "Front door")
    qtbot.keyClicks(dialog.id_edit, sim.device_id)
    qtbot.keyClicks(dialog.address_edit, sim.host)
    qtbot.keyClicks(dialog.key_edit, sim.local_key)
    dialog.port_spin.setValue(sim.port)
    dialog.version_combo.setCurrentIndex(dialog.version_combo.findData("auto"))
    with qtbot.waitSignal(window.lock_added, timeout=10000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        assert not dialog.ok_button.isEnabled()  # probing runs in the lock's lane; the window stays live
    assert app.services.locks.resolve("Front door").version == "3.5"
    assert sim.control_commands() == []


def test_reading_another_lock_updates_the_list_without_redrawing_this_page(qtbot: QtBot, make_app, sims) -> None:
    shown, other = SimLock("keep_alive", "3.3").start(), SimLock("keep_alive", "3.4").start()
    sims += [shown, other]
    app = make_app()
    pair(app, shown, "Back door")
    pair(app, other, "Shed")
    window = app.build_window()
    qtbot.addWidget(window)
    window.select_lock(shown.device_id)
    settle(qtbot, window)
    views = []
    window.lock_page.view_shown.connect(views.append)

    with qtbot.waitSignal(window.live.read_finished, timeout=5000):
        window.live.read(app.services.locks.resolve("Shed"))
    settle(qtbot, window)
    row = window.lock_model.row_of(other.device_id)
    assert window.lock_model.index(row).data(window.lock_model.BatteryTextRole) == f"{other.dps['12']} %"
    assert window.current_lock().name == "Back door" and views == []  # this page was not reloaded

    with qtbot.waitSignal(window.live.read_finished, timeout=5000):
        window.read_current()
    settle(qtbot, window)
    assert [view.lock.name for view in views] == ["Back door"]
    assert window.lock_page.battery_label.text() == f"Battery {shown.dps['12']} %"
