"""View > Language: follow the system, English, Deutsch; saved, and shown after a restart.

Every label, table and dialog of the window is made in the language current when it is built, so
a new language shows in full after lockcare starts again: the menu offers to restart now.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox

from lockcare.core.i18n import translate
from lockcare.ui import language

RESTART_PROPERTY = "lockcareRestart"
"""Set on the application when the user asked to restart; the app starts a new lockcare on exit."""


class LanguageMenu(QObject):
    """A "Language" submenu with one checkable entry per language.

    Args:
        window: The main window (its menu bar gets a View menu when ``menu`` is not given).
        menu: The menu to add the submenu to.
    """

    chosen = Signal(str)
    """The user picked a language (``"system"`` or a code); already saved."""

    def __init__(self, window: QMainWindow, menu: QMenu | None = None) -> None:
        super().__init__(window)
        self._window = window
        parent_menu = menu or window.menuBar().addMenu(translate("language_menu", "Vie&w"))
        self.menu = parent_menu.addMenu(translate("language_menu", "&Language"))
        self.menu.setObjectName("languageMenu")
        group = QActionGroup(self)
        current = language.saved_choice()
        system_name = language.NAMES.get(language.resolve(language.SYSTEM, environ={}), "English")
        entries = [(language.SYSTEM, translate("language_menu", "Same as the system ({name})").format(name=system_name))]
        entries += [(code, language.NAMES.get(code, code)) for code in language.available()]
        self.actions: dict[str, QAction] = {}
        for code, text in entries:
            action = QAction(text, self.menu, checkable=True)
            action.setChecked(code == current)
            action.setData(code)
            group.addAction(action)
            self.menu.addAction(action)
            self.actions[code] = action
        group.triggered.connect(self._on_group_triggered)

    def _on_group_triggered(self, action: QAction) -> None:
        code = str(action.data())
        store = language.settings()
        store.setValue(language.SETTING_KEY, code)
        store.sync()
        self.chosen.emit(code)
        if self.ask_restart(code) == QMessageBox.StandardButton.Yes:
            restart(self._window)

    def ask_restart(self, code: str) -> QMessageBox.StandardButton:
        """Say the language shows after a restart; Yes when the user wants to restart now."""
        box = QMessageBox(QMessageBox.Icon.Information, translate("language_menu", "Language"),
                          translate("language_menu", "lockcare shows the new language when it starts again. "
                                                     "Restart now? Nothing you saved is lost."),
                          QMessageBox.StandardButton.NoButton, self._window)
        box.setObjectName("languageRestartBox")
        restart_button = box.addButton(translate("language_menu", "&Restart now"), QMessageBox.ButtonRole.AcceptRole)
        later = box.addButton(translate("language_menu", "&Later"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(restart_button)
        box.setEscapeButton(later)
        del code
        box.exec()
        return QMessageBox.StandardButton.Yes if box.clickedButton() is restart_button else QMessageBox.StandardButton.No


def restart_requested() -> bool:
    """Whether the user asked for lockcare to start again (read once the window has closed)."""
    app = QCoreApplication.instance()
    return bool(app is not None and app.property(RESTART_PROPERTY))


def restart(window: QMainWindow) -> bool:
    """Close the window (asking about unsaved changes as usual) and start lockcare again when it has closed."""
    app = QCoreApplication.instance()
    if app is None or not window.close():
        return False
    app.setProperty(RESTART_PROPERTY, True)
    return True
