"""Remembering the window between runs: size, layout, splitter and the last lock shown."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow, QSplitter, QWidget

DEFAULT_SIZE = (1040, 680)
"""The window's first size, when it fits the screen (:func:`fit_to_screen`)."""


def restore_window(window: QMainWindow, splitter: QSplitter, settings: QSettings) -> str:
    """Restore geometry, toolbar state and splitter; return the last lock's device id ("" if none)."""
    geometry = settings.value("window/geometry")
    if isinstance(geometry, QByteArray):
        window.restoreGeometry(geometry)
    else:
        window.resize(*DEFAULT_SIZE)
    fit_to_screen(window)
    state = settings.value("window/state")
    if isinstance(state, QByteArray):
        window.restoreState(state)
    sizes = settings.value("window/splitter")
    if isinstance(sizes, QByteArray):
        splitter.restoreState(sizes)
    last = settings.value("window/last_lock")
    return last if isinstance(last, str) else ""


def fit_to_screen(window: QWidget) -> None:
    """Shrink a window to the screen it opens on (1040x680 is too tall for a 1600x1000 screen at 2x)."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return
    room = screen.availableGeometry().size()
    fitted = window.size().boundedTo(room).expandedTo(window.minimumSize().boundedTo(room))
    if fitted != window.size():
        window.resize(fitted)
    window.setMinimumSize(window.minimumSize().boundedTo(QSize(room.width(), room.height())))


def save_window(window: QMainWindow, splitter: QSplitter, settings: QSettings, last_lock: str) -> None:
    """Write the window's state to ``settings`` now."""
    settings.setValue("window/geometry", window.saveGeometry())
    settings.setValue("window/state", window.saveState())
    settings.setValue("window/splitter", splitter.saveState())
    settings.setValue("window/last_lock", last_lock)
    settings.sync()
