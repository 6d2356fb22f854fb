"""Unsaved settings are asked about before they could be lost: another lock shown, Quit, the window closed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget

from lockcare.ui.locks.lock_settings import LockSettingsPanel
from lockcare.core.i18n import translate

SAVE, DISCARD, CANCEL = "save", "discard", "cancel"


class UnsavedSettings:
    """Guards a lock's Settings form.

    Args:
        panel: The Settings form.
        parent: Where the question is asked.
    """

    def __init__(self, panel: LockSettingsPanel, parent: QWidget) -> None:
        self._panel = panel
        self._parent = parent
        self.enabled = True
        """Off once the app is shutting down (the user was asked when they closed the window)."""
        self.ask: Callable[[str], str] = self._ask
        """Asks what to do (the lock's name) -> "save", "discard" or "cancel"; tests replace it."""

    def pending(self) -> bool:
        """True when the form holds edits that are not saved."""
        return self.enabled and self._panel.lock is not None and self._panel.is_dirty()

    def resolved(self) -> bool:
        """Nothing unsaved, or the user saved (successfully) or discarded it; False on Cancel."""
        if not self.pending():
            return True
        lock = self._panel.lock
        assert lock is not None
        answer = self.ask(lock.name)
        if answer == SAVE:
            return self._panel.save()
        if answer == DISCARD:
            self._panel.revert()
            return True
        return False

    def _ask(self, name: str) -> str:
        box = QMessageBox(QMessageBox.Icon.Question, translate("locks.unsaved", "Unsaved changes"),
                          translate("locks.unsaved", "The settings of {name} have changes that are not saved yet.").format(name=name),
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                          | QMessageBox.StandardButton.Cancel, self._parent)
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = QMessageBox.StandardButton(box.exec())
        return {QMessageBox.StandardButton.Save: SAVE, QMessageBox.StandardButton.Discard: DISCARD}.get(answer, CANCEL)
