"""Help > About lockcare: version, licence, data folder, and the self-test in its own process."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from lockcare import __version__
from lockcare.app import LockcareApp
from lockcare.ui.about_dialog import AboutDialog


def _texts(dialog: AboutDialog) -> str:
    from PySide6.QtWidgets import QLabel

    return "\n".join(label.text() for label in dialog.findChildren(QLabel))


def test_help_menu_opens_about_with_version_licence_and_data_folder(
    qtbot: QtBot, make_app: Callable[..., LockcareApp], data_dir: Path
) -> None:
    window = make_app().build_window()
    qtbot.addWidget(window)
    assert window.help.about_action.text() == "&About lockcare"
    window.help.about_action.trigger()
    dialog = window.findChild(AboutDialog)
    assert dialog is not None and dialog.isVisible()
    texts = _texts(dialog)
    assert f"lockcare {__version__}" in texts
    assert "MIT licence" in texts
    assert str(data_dir) in dialog.data_label.text()
    assert not dialog.output.isVisible()
    dialog.close()


@pytest.mark.slow
def test_run_self_test_shows_the_real_output_without_blocking(qtbot: QtBot) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.self_test_finished, timeout=180_000) as finished:
        qtbot.mouseClick(dialog.run_button, Qt.MouseButton.LeftButton)
        assert not dialog.run_button.isEnabled()  # the click returned at once: the run is in another process
        assert dialog.status_label.text().startswith("Running")
    assert finished.args == [0], dialog.output.toPlainText()
    output = dialog.output.toPlainText()
    assert "ok    emulated lock" in output
    assert "Self-test passed" in output
    assert dialog.status_label.text() == "All checks passed."
    assert dialog.run_button.isEnabled()


def test_a_failing_self_test_says_so(qtbot: QtBot) -> None:
    command = [sys.executable, "-c", "print('FAIL  icon            lockcare.svg is missing'); raise SystemExit(1)"]
    dialog = AboutDialog(self_test_command=command)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.self_test_finished, timeout=30_000) as finished:
        dialog.run_self_test()
    assert finished.args == [1]
    assert "lockcare.svg is missing" in dialog.output.toPlainText()
    assert dialog.status_label.text().startswith("Some checks failed")
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert "lockcare.svg is missing" in QGuiApplication.clipboard().text()


def test_a_self_test_that_cannot_start_says_so(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = AboutDialog(self_test_command=[str(tmp_path / "no-such-lockcare"), "--self-test"])
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.self_test_finished, timeout=30_000) as finished:
        dialog.run_self_test()
    assert finished.args == [-1]
    assert "Could not start" in dialog.output.toPlainText()
    assert dialog.run_button.isEnabled()


@pytest.mark.skipif(sys.platform == "win32", reason="os.kill(pid, 0) asks about a process on POSIX only")
def test_closing_the_dialog_stops_a_running_self_test(qtbot: QtBot) -> None:
    # A child that waits on its input for ever stands in for a self-test still running.
    dialog = AboutDialog(self_test_command=[sys.executable, "-c", "import sys; sys.stdin.read()"])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.run_self_test()
    process = dialog._process
    assert process is not None
    qtbot.waitUntil(lambda: process.processId() > 0, timeout=10_000)
    pid = process.processId()
    dialog.close()
    assert dialog._process is None
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)  # signal 0 only asks whether the (killed and reaped) child still exists
