"""The "which lock?" row of a dialog opened where no lock is on screen (All locks, Due)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QComboBox

from lockcare.core.models import Lock
from lockcare.core.i18n import translate


class LockChoice(QComboBox):
    """The locks to choose from, none chosen at first: the user picks, lockcare never guesses."""

    def __init__(self, locks: Sequence[Lock]) -> None:
        super().__init__()
        self._locks = list(locks)
        self.setPlaceholderText(translate("dialogs.lock_choice", "Choose a lock"))
        self.setAccessibleName(translate("dialogs.lock_choice", "Lock"))
        for lock in self._locks:
            self.addItem(lock.name, lock.id)
        self.setCurrentIndex(-1)

    def chosen(self) -> Lock | None:
        """The lock chosen, or None."""
        index = self.currentIndex()
        return self._locks[index] if 0 <= index < len(self._locks) else None
