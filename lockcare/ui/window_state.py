"""Remembering the window between runs: size, layout, splitter and the last lock shown."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow, QSplitter

DEFAULT_SIZE = (1040, 680)


def restore_window(window: QMainWindow, splitter: QSplitter, settings: QSettings) -> str:
    """Restore geometry, toolbar state and splitter; return the last lock's device id ("" if none)."""
    geometry = settings.value("window/geometry")
    if isinstance(geometry, QByteArray):
        window.restoreGeometry(geometry)
    else:
        window.resize(*DEFAULT_SIZE)
    state = settings.value("window/state")
    if isinstance(state, QByteArray):
        window.restoreState(state)
    sizes = settings.value("window/splitter")
    if isinstance(sizes, QByteArray):
        splitter.restoreState(sizes)
    last = settings.value("window/last_lock")
    return last if isinstance(last, str) else ""


def save_window(window: QMainWindow, splitter: QSplitter, settings: QSettings, last_lock: str) -> None:
    """Write the window's state to ``settings`` now."""
    settings.setValue("window/geometry", window.saveGeometry())
    settings.setValue("window/state", window.saveState())
    settings.setValue("window/splitter", splitter.saveState())
    settings.setValue("window/last_lock", last_lock)
    settings.sync()
