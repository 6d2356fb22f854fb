"""Without a system keyring, the window says once, plainly and without blocking, where keys went."""

from __future__ import annotations

import stat
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from lockcare.app import LockcareApp
from lockcare.storage.keys import FileKeyStore
from lockcare.ui.main_window import MainWindow

KEY = "0123456789abcdef"


def _add(qtbot: QtBot, window: MainWindow, name: str, device_id: str) -> None:
    dialog = window.add_lock()
    qtbot.keyClicks(dialog.name_edit, name)
    qtbot.keyClicks(dialog.id_edit, device_id)
    qtbot.keyClicks(dialog.address_edit, "127.0.0.1")
    qtbot.keyClicks(dialog.key_edit, KEY)
    dialog.version_combo.setCurrentText("3.4")
    with qtbot.waitSignal(window.lock_added, timeout=2000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def test_the_key_file_notice_is_shown_once(qtbot: QtBot, data_dir: Path) -> None:
    path = data_dir / "keys.json"
    app = LockcareApp(data_dir, key_store=FileKeyStore(path))
    try:
        window = app.build_window()
        qtbot.addWidget(window)
        window.show()
        notices: list[str] = []
        window.pairing.key_notice_shown.connect(notices.append)
        _add(qtbot, window, "Front door", "bf3a1c2d3e4f5a6b7c8d")
        box = window.pairing.key_notice_box
        assert box is not None and box.isVisible()  # shown, and the add went on: the notice never blocks
        assert str(path) in box.text() and "readable only by your user account" in box.text()
        assert KEY not in box.text()
        assert not box.grab().isNull()
        box.close()
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        _add(qtbot, window, "Back door", "bf3a1c2d3e4f5a6b7c8e")
        assert len(notices) == 1
    finally:
        app.close()

    again = LockcareApp(data_dir, key_store=FileKeyStore(path))
    try:
        window = again.build_window()
        qtbot.addWidget(window)
        later: list[str] = []
        window.pairing.key_notice_shown.connect(later.append)
        _add(qtbot, window, "Garage gate", "bf3a1c2d3e4f5a6b7c8f")
        assert later == [] and window.pairing.key_notice_box is None  # once per data folder, not per start
        assert again.services.locks.local_key(again.services.locks.resolve("Front door")) == KEY
    finally:
        again.close()
