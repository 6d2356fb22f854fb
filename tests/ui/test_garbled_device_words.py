"""A device that talks nonsense is shown in plain words on the lock page, not as a key problem."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot

from lockcare.app import LockcareApp
from lockcare.core.models import Lock
from tests.support.gui import settle
from tests.support.hostile_device import HostileDevice

pytestmark = pytest.mark.integration


def test_the_page_header_says_garbled_in_words(qtbot: QtBot, make_app: Callable[..., LockcareApp], tmp_path) -> None:
    with HostileDevice("not-json", version="3.4") as device:
        app = make_app()
        app.services.locks.add_lock(Lock(name="Front door", device_id=device.device_id, address=device.host,
                                         port=device.port, version="3.4"), device.local_key)
        window = app.build_window()
        qtbot.addWidget(window)
        window.show()
        settle(qtbot, window)
        window.select_lock(device.device_id)
        settle(qtbot, window)
        with qtbot.waitSignal(window.live.read_finished, timeout=15000) as finished:
            window.read_current()
        settle(qtbot, window)
    assert finished.args[0].error_kind == "garbled"
    header = window.lock_page.message_label.text()
    assert "not like a Tuya lock" in header and "not a key problem" in header
    assert "local key" not in header.split("not a key problem")[0]
    assert "not like a Tuya device" in window.statusBar().currentMessage()
    assert "Garbled replies" in window.lock_page.state_label.text()
    window.grab().save(str(tmp_path / "garbled.png"))
