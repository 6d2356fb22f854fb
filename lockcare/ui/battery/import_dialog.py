"""Import battery history: a CSV file read and stored in the pool, with progress and Cancel.

The import itself is :class:`lockcare.services.reading_import.ReadingImport` (all or
nothing, readings already stored are skipped), run in the task runner's shared pool on a
write connection of its own (the window's ``importer``). The dialog shows how far it got,
Cancel stops it with nothing stored, and the outcome (or the line that is wrong) is said in
words; the window stays usable meanwhile.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QLabel, QProgressBar, QVBoxLayout, QWidget

from lockcare.core.errors import LockcareError
from lockcare.core.models import Lock
from lockcare.services.reading_import import ImportCancelled, ImportResult
from lockcare.tasks import TaskHandle, TaskRunner
from lockcare.core.i18n import translate

log = logging.getLogger(__name__)

Importer = Callable[..., ImportResult]
"""``importer(lock, path, progress=..., cancel=...)``: runs one import (on its own connection)."""


class _ProgressRelay(QObject):
    """Carries progress from the worker thread to the dialog."""

    progressed = Signal(int, int)


class ImportReadingsDialog(QDialog):
    """Imports one file for one lock; :attr:`imported` says what was stored.

    Args:
        lock: The lock the readings are for.
        path: The CSV file.
        importer: Runs the import (see :data:`Importer`).
        runner: Runs it in the shared pool.
        parent: The window.
    """

    imported = Signal(object)
    """The :class:`ImportResult` of a finished import (something may have been stored)."""
    finished_import = Signal(str)
    """The import ended (done, failed or cancelled): the words shown."""

    def __init__(self, lock: Lock, path: Path, importer: Importer, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("battery.import_dialog", "Import battery history"))
        self.setMinimumWidth(460)
        self.lock, self.path = lock, path
        self._importer, self._runner = importer, runner
        self._cancel = threading.Event()
        self._handle: TaskHandle | None = None
        self.result: ImportResult | None = None
        self._relay = _ProgressRelay(self)
        self._relay.progressed.connect(self._on_relay_progressed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 18, 18, 14)
        layout.setSpacing(10)
        self.status_label = QLabel(translate("battery.import_dialog", "Importing the battery history of {lock} from {file}…").format(
            lock=lock.name, file=path.name))
        self.status_label.setObjectName("importStatus")
        self.status_label.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy until the first report
        self.progress.setAccessibleName(translate("battery.import_dialog", "Import progress"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.clicked.connect(self.accept)
        self.close_button.hide()
        for widget in (self.status_label, self.progress, self.buttons):
            layout.addWidget(widget)

    @property
    def running(self) -> bool:
        """True while the import has not reported back."""
        return self._handle is not None and not self._handle.done.is_set()

    def start(self) -> None:
        """Show the dialog and start the import in the pool."""
        self.show()
        relay, lock, path, cancel = self._relay, self.lock, self.path, self._cancel

        def work() -> ImportResult:
            return self._importer(lock, path, progress=relay.progressed.emit, cancel=cancel)

        self._handle = self._runner.submit(work, name="import battery history", on_done=self._on_import_done,
                                           on_error=self._on_import_failed)

    def cancel(self) -> None:
        """Stop the import (nothing is stored); the dialog closes once the worker has let go."""
        if self.running:
            self._cancel.set()
            self.cancel_button.setEnabled(False)
            self.status_label.setText(translate("battery.import_dialog", "Stopping… nothing is being kept."))
        else:
            self.reject()

    def reject(self) -> None:  # Escape or the window's close button: cancel first
        if self.running:
            self.cancel()
            return
        super().reject()

    def _on_relay_progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, max(total, 1)))

    def _on_import_done(self, result: ImportResult) -> None:
        self.result = result
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self._end(result.summary)
        self.imported.emit(result)

    def _on_import_failed(self, error: BaseException) -> None:
        if isinstance(error, ImportCancelled):
            self._end(translate("battery.import_dialog", "Cancelled: nothing was imported."))
            self.reject()
            return
        if isinstance(error, LockcareError):
            self._end(str(error))
        else:  # a bug: kept in the log with its traceback
            log.error("Importing %s failed", self.path.name, exc_info=error)
            self._end(translate("battery.import_dialog", "The import stopped on an unexpected error ({error}); nothing was imported. "
                                "The details are in lockcare's log.").format(error=type(error).__name__))
        self.status_label.setStyleSheet("color: #c0392b;")

    def _end(self, words: str) -> None:
        self.status_label.setText(words)
        self.cancel_button.hide()
        self.close_button.show()
        self.close_button.setDefault(True)
        self.finished_import.emit(words)


def open_import_dialog(window: QWidget, lock: Lock, importer: Importer, runner: TaskRunner, path: str | None,
                       on_imported: Callable[[ImportResult], None]) -> ImportReadingsDialog | None:
    """Ask for a CSV file (unless ``path`` is given) and start importing it for ``lock``.

    Returns:
        The dialog (it deletes itself when closed), or None when no file was chosen.
    """
    if path is None:
        path, _filter = QFileDialog.getOpenFileName(
            window, translate("battery.import_dialog", "Import battery history for {lock}").format(lock=lock.name), "",
            translate("battery.import_dialog", "CSV files (*.csv);;All files (*)"))
        if not path:
            return None
    dialog = ImportReadingsDialog(lock, Path(path), importer, runner, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.imported.connect(on_imported)
    dialog.start()
    return dialog
