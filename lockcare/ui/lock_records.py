"""Recording what happened to a lock's batteries, from the window: a reading, a swap, a history.

The dialogs act on the lock the user is looking at; where none is visibly chosen (All
locks or Due with nothing selected) they ask which, rather than acting on a lock selected
on another page.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from lockcare.core.models import Lock
from lockcare.services.registry import Services
from lockcare.tasks import TaskRunner
from lockcare.ui.changes import Changes

if TYPE_CHECKING:  # the dialogs load when first opened
    from lockcare.ui.battery.import_dialog import ImportReadingsDialog, Importer
    from lockcare.ui.dialogs.reading_dialog import ReadingDialog
    from lockcare.ui.dialogs.swap_dialog import SwapDialog


class LockRecords(QObject):
    """Opens the reading, swap and import dialogs and says what they saved.

    Args:
        services: Where the dialogs save.
        window: The dialogs' parent.
        lock_on_screen: The lock the user is looking at, or None (the dialog then asks).
        current_lock: The lock selected in the sidebar (an import needs one).
        importer: Runs a history import on a write connection of its own.
        runner: The shared pool the import runs in.
    """

    saved = Signal(object, str)
    """Something was stored: the :class:`Changes` and a sentence for the status bar."""

    def __init__(self, services: Services, window: QWidget, *, lock_on_screen: Callable[[], Lock | None],
                 current_lock: Callable[[], Lock | None], importer: Importer, runner: TaskRunner) -> None:
        super().__init__(window)
        self._services = services
        self._window = window
        self._lock_on_screen = lock_on_screen
        self._current_lock = current_lock
        self._importer = importer
        self._runner = runner

    def record_reading(self) -> ReadingDialog:
        """Open the battery reading dialog for the lock on screen."""
        from lockcare.ui.dialogs.battery_dialogs import open_reading_dialog

        return open_reading_dialog(self._window, self._services, self._lock_on_screen(),
                                   lambda lock, text: self.saved.emit(Changes.of_readings(lock.id), text))

    def record_swap(self, at: datetime | None = None) -> SwapDialog:
        """Open the battery swap dialog for the lock on screen (dated ``at`` when the readings proposed it)."""
        from lockcare.ui.dialogs.battery_dialogs import open_swap_dialog

        return open_swap_dialog(self._window, self._services, self._lock_on_screen(),
                                lambda lock, text: self.saved.emit(Changes.of_readings(lock.id, log=True), text), at=at)

    def import_readings(self, path: str | None = None) -> ImportReadingsDialog | None:
        """Import a battery history from a CSV file for the selected lock (in the pool, with progress)."""
        lock = self._current_lock()
        if lock is None:
            return None
        from lockcare.ui.battery.import_dialog import open_import_dialog

        return open_import_dialog(self._window, lock, self._importer, self._runner, path,
                                  lambda result: self.saved.emit(Changes.of_readings(lock.id), result.summary))
