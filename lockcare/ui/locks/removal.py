"""Removing a lock: a confirmation that says what goes, and an Undo bar right after.

Everything lockcare stores about the lock goes with it (readings, swaps, the log with its
troubleshooting runs, tasks, events, its local key); the lock itself is not touched. The
maintenance log already has undo, so removal does too: the bar at the top of the window
brings it all back until the next removal or until it is closed.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from lockcare.core.errors import LockcareError
from lockcare.core.models import Lock
from lockcare.services.locks import LockFootprint, LockService, RemovedLock
from lockcare.core.i18n import translate


def confirmation_text(footprint: LockFootprint) -> str:
    """What removing the lock deletes, one line per kind of record."""
    lines = [translate("locks.removal", "Removing “{name}” deletes everything lockcare stores about it:").format(name=footprint.name)]
    lines.append(translate("locks.removal", "• {readings} battery readings").format(readings=footprint.readings) if footprint.readings != 1 else translate("locks.removal", "• 1 battery reading"))
    lines.append(translate("locks.removal", "• {log_entries} log entries, battery changes and troubleshooting included").format(log_entries=footprint.log_entries)
                 if footprint.log_entries != 1 else translate("locks.removal", "• 1 log entry"))
    if footprint.tasks:
        lines.append(translate("locks.removal", "• {tasks} maintenance tasks").format(tasks=footprint.tasks) if footprint.tasks != 1 else translate("locks.removal", "• 1 maintenance task"))
    if footprint.events:
        lines.append(translate("locks.removal", "• {events} recorded alarms and unlocks").format(events=footprint.events) if footprint.events != 1
                     else translate("locks.removal", "• 1 recorded alarm or unlock"))
    if footprint.has_key:
        lines.append(translate("locks.removal", "• its local key"))
    lines.append("")
    lines.append(translate("locks.removal", "The lock itself is not touched. You can undo this right after, from the bar at the top of the window."))
    return "\n".join(lines)


def removal_box(parent: QWidget | None, footprint: LockFootprint) -> tuple[QMessageBox, QPushButton]:
    """The confirmation box (not shown) and its Remove button; Cancel is the default."""
    box = QMessageBox(QMessageBox.Icon.Warning, translate("locks.removal", "Remove {name}?").format(name=footprint.name), confirmation_text(footprint),
                      QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("removeLockConfirmation")
    remove = box.addButton(translate("locks.removal", "Remove {name}").format(name=footprint.name), QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    return box, remove


def confirm_removal(parent: QWidget, footprint: LockFootprint) -> bool:
    """Ask before removing; Cancel is the default, so Enter never removes a lock."""
    box, remove = removal_box(parent, footprint)
    box.exec()
    return box.clickedButton() is remove


class UndoBar(QWidget):
    """"Removed Front door." with an Undo button, at the top of the window until closed."""

    undo_requested = Signal(object)
    """The :class:`RemovedLock` to bring back."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("undoBar")
        self.removed: RemovedLock | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(14, 6, 8, 6)
        self.label = QLabel()
        self.label.setObjectName("undoBarText")
        self.undo_button = QPushButton(translate("locks.removal", "Undo"))
        self.undo_button.setToolTip(translate("locks.removal", "Bring the lock back with everything that went with it"))
        self.undo_button.clicked.connect(self._on_undo_button_clicked)
        self.close_button = QPushButton("✕")
        self.close_button.setAccessibleName(translate("locks.removal", "Close this message"))
        self.close_button.setFlat(True)
        self.close_button.clicked.connect(self.dismiss)
        row.addWidget(self.label, 1)
        row.addWidget(self.undo_button)
        row.addWidget(self.close_button)
        self.setStyleSheet("QWidget#undoBar { background: rgba(47,111,219,0.14); }")
        self.hide()

    def offer(self, removed: RemovedLock) -> None:
        """Show the bar for ``removed`` (replacing an earlier offer)."""
        self.removed = removed
        footprint = removed.footprint
        self.label.setText(translate("locks.removal", "Removed {name} with {readings} readings and {log_entries} log entries.").format(name=footprint.name, readings=footprint.readings, log_entries=footprint.log_entries))
        self.show()

    def dismiss(self) -> None:
        """Hide the bar; the removal can no longer be undone."""
        self.removed = None
        self.hide()

    def _on_undo_button_clicked(self) -> None:
        if self.removed is not None:
            self.undo_requested.emit(self.removed)


class RemovalFlow(QObject):
    """Confirm, remove, offer the undo, bring back: the steps between "Remove lock…" and the data.

    Args:
        locks: The lock service (footprint, removal, restore).
        undo_bar: The window's Undo bar.
        parent: Where questions and warnings are shown.
    """

    removed = Signal(object)
    """A lock was removed (the :class:`RemovedLock`): every view reloads."""
    restored = Signal(object)
    """A removed lock came back (the :class:`Lock` as stored again)."""
    message = Signal(str)
    """A line for the status bar."""

    def __init__(self, locks: LockService, undo_bar: UndoBar, parent: QWidget) -> None:
        super().__init__(parent)
        self._locks = locks
        self._undo_bar = undo_bar
        self._parent = parent
        self.confirm: Callable[[QWidget, LockFootprint], bool] = confirm_removal
        """Asks before a removal; tests replace it."""
        undo_bar.undo_requested.connect(self.undo)

    def remove(self, lock: Lock) -> RemovedLock | None:
        """Ask (saying what goes), then remove ``lock`` and offer the undo; None when cancelled or refused."""
        try:
            footprint = self._locks.removal_footprint(lock)
            if not self.confirm(self._parent, footprint):
                return None
            removed = self._locks.remove_lock(lock)
        except LockcareError as exc:
            QMessageBox.warning(self._parent, translate("locks.removal", "Nothing was removed"), str(exc))
            return None
        self._undo_bar.offer(removed)
        self.removed.emit(removed)
        self.message.emit(translate("locks.removal", "Removed {name}.").format(name=lock.name))
        return removed

    def undo(self, removed: RemovedLock) -> Lock | None:
        """Bring ``removed`` back with everything that went with it."""
        try:
            lock = self._locks.restore_removed(removed)
        except LockcareError as exc:
            QMessageBox.warning(self._parent, translate("locks.removal", "The lock could not come back"), str(exc))
            return None
        self._undo_bar.dismiss()
        self.restored.emit(lock)
        self.message.emit(translate("locks.removal", "{name} is back, with its readings and log.").format(name=lock.name))
        return lock
