"""The Tuya cloud page against lockcare's fake cloud: Test, Import, the harvest, the timer switch."""

from __future__ import annotations

import subprocess
from collections.abc import Sequence
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt

from lockcare.core.models import Lock, ReadingSource
from lockcare.core.vocabulary import ErrorKind
from lockcare.devices.errors import DeviceError
from lockcare.devices.fakecloud import FakeTuyaCloud, faults, seed_week
from lockcare.platform.scheduler import OsScheduler
from lockcare.services.background import BackgroundCollection
from lockcare.ui.cloud.cloud_page import IMPORT_STEP, LINK_STEP, STEP_KEY
from lockcare.ui.router import Page
from tests.support.gui import settle
from tests.integration.cloud.conftest import Home, fake_cloud, home, now_ms  # noqa: F401 - fixtures

pytestmark = pytest.mark.integration


class FakeOs:
    """Answers systemctl as a running systemd user manager would; records every call."""

    def __init__(self) -> None:
        self.calls: list[list[str]] = []

    def __call__(self, args: Sequence[str]) -> subprocess.CompletedProcess[str]:
        self.calls.append(list(args))
        out = {"is-enabled": "enabled\n", "is-active": "active\n"}.get(args[2] if len(args) > 2 else "", "")
        return subprocess.CompletedProcess(list(args), 0, out, "")


@pytest.fixture
def fake_os() -> FakeOs:
    return FakeOs()


@pytest.fixture
def window(make_app, tmp_path: Path, fake_os: FakeOs, qtbot):
    scheduler = lambda: OsScheduler(platform="linux", runner=fake_os, home=tmp_path / "home",  # noqa: E731
                                    env={"XDG_CONFIG_HOME": str(tmp_path / "config")}, which=lambda name: "/usr/bin/" + name)
    app = make_app(pairing_options={"background": BackgroundCollection(scheduler)})
    built = app.build_window()
    qtbot.addWidget(built)
    built.resize(1040, 680)
    built.show()
    settle(qtbot, built)
    return built


def test_test_then_import_then_the_harvest_fills_the_chart(window, qtbot, home: Home, fake_cloud: FakeTuyaCloud) -> None:
    seed_week(home.front, now_ms=now_ms())
    page = window.show_cloud()
    assert window.page is Page.CLOUD
    page.show_step(LINK_STEP)
    page.access_id_edit.setText(fake_cloud.project.access_id)
    page.secret_edit.setText(fake_cloud.project.access_secret)

    qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
    assert page.cancel_button.isVisibleTo(page)  # a Test can take a while: it can be cancelled
    qtbot.waitUntil(lambda: not page.busy, timeout=15000)

    assert "It works" in page.test_result.text() and "3 lock" in page.test_result.text()
    assert page.steps.currentIndex() == IMPORT_STEP and window.settings.value(STEP_KEY) in (IMPORT_STEP, str(IMPORT_STEP))
    assert page.secret_edit.text() == ""  # stored in the key store, no longer on screen
    with qtbot.waitSignal(page.imported, timeout=15000):
        qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    assert "Added 3 locks" in page.import_result.text()
    qtbot.waitUntil(lambda: not window.cloud_harvester.busy, timeout=20000)
    qtbot.waitUntil(lambda: "Tuya cloud read" in window.statusBar().currentMessage(), timeout=5000)

    names = [window.lock_model.summary_at(row).lock.name for row in range(window.lock_model.rowCount())]
    assert sorted(names) == ["Back door", "Front door", "Garage", "Hallway hub"]  # the gateway is listed too
    window.select_lock(home.front.device_id)
    settle(qtbot, window)
    readings = [window.lock_page.view.readings.reading(i) for i in range(len(window.lock_page.view.readings))]
    assert readings and all(r.source is ReadingSource.CLOUD for r in readings)
    assert "from the cloud, reported" in window.lock_page.state_label.text()
    assert "(from the cloud)" in window.lock_page.battery_panel.chart.readout_at(readings[-1].at.timestamp())
    assert not fake_cloud.command_calls()


def test_a_wrong_secret_says_so_and_links_nothing(window, qtbot, home: Home, fake_cloud: FakeTuyaCloud) -> None:
    page = window.show_cloud()
    page.show_step(LINK_STEP)
    page.access_id_edit.setText(fake_cloud.project.access_id)
    page.secret_edit.setText("f" * 32)

    page.test()
    qtbot.waitUntil(lambda: not page.busy, timeout=15000)

    assert "refused the access id or secret" in page.test_result.text()
    assert window.services.cloud.status().linked is False
    assert page.steps.currentIndex() == LINK_STEP


def test_cancel_stops_waiting_and_stores_nothing(window, qtbot, home: Home, fake_cloud: FakeTuyaCloud) -> None:
    fake_cloud.inject(r"/token$", faults.stall(2.0))
    page = window.show_cloud()
    page.show_step(LINK_STEP)
    page.access_id_edit.setText(fake_cloud.project.access_id)
    page.secret_edit.setText(fake_cloud.project.access_secret)

    handle = page.test()
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(handle.done.is_set, timeout=15000)

    assert not page.busy and "Stopped" in page.test_result.text()
    assert page.test_button.isEnabled() and not page.cancel_button.isVisibleTo(page)
    assert window.services.cloud.status().linked is False


def test_the_page_remembers_the_step_reached(make_app, window, qtbot) -> None:
    window.show_cloud().show_step(2)
    window.settings.sync()

    again = make_app().build_window()
    qtbot.addWidget(again)

    assert again.cloud_page.steps.currentIndex() == 2
    assert QSettings(window.settings.fileName(), QSettings.Format.IniFormat).value(STEP_KEY) in (2, "2")


def test_keep_collecting_installs_and_removes_the_os_timer(window, qtbot, fake_os: FakeOs, tmp_path: Path) -> None:
    page = window.show_cloud()
    qtbot.waitUntil(lambda: "is off" in page.background_label.text(), timeout=5000)

    page.background_switch.setChecked(True)
    qtbot.waitUntil(lambda: page.background_switch.isEnabled() and "collects every 1h" in page.background_label.text(),
                    timeout=5000)
    timer = (tmp_path / "config" / "systemd" / "user" / "lockcare-collect.timer").read_text()
    page.background_switch.setChecked(False)
    qtbot.waitUntil(lambda: page.background_switch.isEnabled() and "is off" in page.background_label.text(), timeout=5000)

    assert "Persistent=true" in timer
    assert ["systemctl", "--user", "enable", "--now", "lockcare-collect.timer"] in fake_os.calls
    assert ["systemctl", "--user", "disable", "--now", "lockcare-collect.timer"] in fake_os.calls
    assert not page.background_switch.isChecked()


def test_the_welcome_page_the_toolbar_and_add_lock_lead_to_the_cloud_page(window, qtbot) -> None:
    assert window.page is Page.EMPTY
    qtbot.mouseClick(window.empty_page.cloud_button, Qt.MouseButton.LeftButton)
    assert window.page is Page.CLOUD

    window.go(Page.EMPTY)
    window.menu_actions.cloud.trigger()
    assert window.page is Page.CLOUD

    window.go(Page.EMPTY)
    dialog = window.add_lock()
    qtbot.mouseClick(dialog.cloud_button, Qt.MouseButton.LeftButton)
    assert window.page is Page.CLOUD


def test_a_lock_that_refuses_its_key_offers_the_cloud(window, qtbot) -> None:
    services = window.services
    lock = services.locks.add_lock(Lock(name="Shed", device_id="bf0000000000000shed1", address="127.0.0.1"),
                                   "0123456789abcdef")
    window.select_lock(lock.device_id)
    settle(qtbot, window)
    offered_before = window.lock_page.cloud_key_button.isVisibleTo(window.lock_page)

    services.reading.apply_failure(lock, DeviceError(ErrorKind.WRONG_KEY, "The lock refused the key.", code="914"))
    window.lock_page.reload()
    settle(qtbot, window)

    assert not offered_before
    assert window.lock_page.cloud_key_button.isVisibleTo(window.lock_page)
    qtbot.mouseClick(window.lock_page.cloud_key_button, Qt.MouseButton.LeftButton)
    assert window.page is Page.CLOUD
