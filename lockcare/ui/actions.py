"""Small helpers for building actions, menus and the toolbar in code."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar
from lockcare.core.i18n import translate


def make_action(parent: QObject, text: str, shortcut: str | QKeySequence.StandardKey, slot: Callable[[], object],
                tip: str = "") -> QAction:
    """A triggered action with a keyboard shortcut (shown in its tooltip too)."""
    action = QAction(text, parent, shortcut=QKeySequence(shortcut))
    action.triggered.connect(lambda _checked=False: slot())
    if tip:
        action.setToolTip(tip)
    return action


def fill_menu(menu: QMenu, actions: Sequence[QAction | None]) -> None:
    """Add actions to a menu; None adds a separator."""
    for action in actions:
        if action is None:
            menu.addSeparator()
        else:
            menu.addAction(action)


def add_text_toolbar(window: QMainWindow, actions: Sequence[QAction]) -> QToolBar:
    """The fixed, text-only main toolbar."""
    toolbar = window.addToolBar(translate("actions", "Main"))
    toolbar.setObjectName("mainToolbar")
    toolbar.setMovable(False)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    for action in actions:
        toolbar.addAction(action)
    return toolbar
