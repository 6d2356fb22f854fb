"""Waiting for the window's background loads (the pool reads; results arrive by signal)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from lockcare.ui.main_window import MainWindow

LOAD_TIMEOUT_MS = 15000
"""Generous: the suite shares a small machine with other suites."""


def settle(qtbot: QtBot, window: MainWindow, *, due: bool = False) -> None:
    """Wait until the lock list has arrived and every view's read has reported back.

    Args:
        qtbot: The test's bot.
        window: The window.
        due: Also wait for a Due count refresh that is pending (coalesced by a short timer).
    """
    qtbot.waitUntil(lambda: not window.loading and not (due and window.due_tracker.pending), timeout=LOAD_TIMEOUT_MS)
