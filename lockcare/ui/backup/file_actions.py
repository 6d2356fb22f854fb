"""The File menu's actions: export CSV, back up, restore, export the calendar, print.

Each action asks for a file with :class:`QFileDialog` and then calls a service. The
public methods also take the file directly (``path=...``), which is how tests (and any
future command palette) use them without dialogs. A restore is checked before anything is
asked, confirmed with what the file holds, and on success :attr:`FileActions.restored`
tells the window to reload every view.

Printing opens Qt's print preview first (UX: "a print preview first"), on the paper the
user's locale uses (Letter in the US, Canada, Mexico and the Philippines, else A4); the
preview's page setup switches between them.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from lockcare.core.dates_in_words import short_date
from lockcare.core.errors import LockcareError
from lockcare.core.i18n import translate
from lockcare.core.models import Lock
from lockcare.services.backup import BackupInfo
from lockcare.services.registry import Services


class FileActions(QObject):
    """Builds and runs the File menu's actions for the main window.

    Args:
        services: The services bundle.
        window: The parent for dialogs and messages.
        current_lock: Returns the selected lock (for "Print checklist"), or None.
    """

    restored = Signal()
    """All data was replaced by a backup: every view must reload."""
    message = Signal(str)
    """A short confirmation for the status bar."""

    def __init__(self, services: Services, window: QWidget, current_lock: Callable[[], Lock | None]) -> None:
        super().__init__(window)
        self.services = services
        self.window = window
        self._current_lock = current_lock
        self.preview: QPrintPreviewDialog | None = None

        def action(text: str, slot: Callable[[], object], shortcut: QKeySequence | None = None, tip: str = "") -> QAction:
            made = QAction(text, window)
            if shortcut is not None:
                made.setShortcut(shortcut)
            made.setStatusTip(tip)
            made.triggered.connect(lambda _checked=False: slot())
            return made

        self.print_action = action(translate("backup.file_actions", "&Print checklist…"), self.print_checklist, QKeySequence.StandardKey.Print,
                                   translate("backup.file_actions", "Preview and print the selected lock's maintenance checklist"))
        self.print_household_action = action(translate("backup.file_actions", "Print &household plan…"), self.print_household, QKeySequence("Ctrl+Shift+P"),
                                             translate("backup.file_actions", "Preview and print every lock's checklist and the plan for the year"))
        self.pdf_action = action(translate("backup.file_actions", "Save checklists as P&DF…"), self.save_pdf, None, translate("backup.file_actions", "Every lock's checklist and the year plan as a PDF file"))
        self.calendar_action = action(translate("backup.file_actions", "Export &calendar (.ics)…"), self.export_calendar, None,
                                      translate("backup.file_actions", "Put the maintenance dates into your calendar app"))
        self.csv_action = action(translate("backup.file_actions", "&Export CSV…"), self.export_csv, None, translate("backup.file_actions", "The log, battery readings and swaps as spreadsheet files"))
        self.backup_action = action(translate("backup.file_actions", "&Back up…"), self.back_up, None, translate("backup.file_actions", "Save everything to one file"))
        self.restore_action = action(translate("backup.file_actions", "&Restore…"), self.restore, None, translate("backup.file_actions", "Replace everything with a backup file"))

    def install(self, menu: QMenu) -> None:
        """Add the actions to ``menu``."""
        for item in (self.print_action, self.print_household_action, self.pdf_action, None, self.calendar_action,
                     self.csv_action, None, self.backup_action, self.restore_action):
            if item is None:
                menu.addSeparator()
            else:
                menu.addAction(item)

    def set_lock_actions_enabled(self, enabled: bool) -> None:
        """Enable "Print checklist" only while a lock is selected."""
        self.print_action.setEnabled(enabled)

    # -- export -----------------------------------------------------------------------

    def export_csv(self, folder: str | None = None) -> list[Path] | None:
        """Write log.csv, readings.csv and swaps.csv into a folder; None when cancelled or failed."""
        if not folder:
            folder = QFileDialog.getExistingDirectory(self.window, translate("backup.file_actions", "Export CSV files into folder"))
        if not folder:
            return None
        try:
            files = self.services.export.write_csv(folder)
        except (OSError, LockcareError) as exc:
            QMessageBox.warning(self.window, translate("backup.file_actions", "Nothing was exported"), translate("backup.file_actions", "The files could not be written: {exc}").format(exc=exc))
            return None
        self.message.emit(translate("backup.file_actions", "Exported {files} to {folder}.").format(files=', '.join(f.name for f in files), folder=folder))
        return files

    def export_calendar(self, path: str | None = None) -> Path | None:
        """Write the maintenance schedule as an .ics calendar file."""
        if not path:
            path, _ = QFileDialog.getSaveFileName(self.window, translate("backup.file_actions", "Export calendar"), "lockcare-maintenance.ics",
                                                  translate("backup.file_actions", "Calendar files (*.ics)"))
        if not path:
            return None
        try:
            written = self.services.plan.write_calendar(path)
        except (OSError, LockcareError) as exc:
            QMessageBox.warning(self.window, translate("backup.file_actions", "The calendar was not saved"), str(exc))
            return None
        self.message.emit(translate("backup.file_actions", "Saved the calendar to {written}. Open it with your calendar app to add the dates.").format(written=written))
        return written

    # -- backup and restore -----------------------------------------------------------

    def back_up(self, path: str | None = None, include_keys: bool | None = None) -> BackupInfo | None:
        """Write a full backup; asks for the file and whether to include keys when not given."""
        if not path:
            stamp = datetime.now().strftime("%Y-%m-%d")
            path, _ = QFileDialog.getSaveFileName(self.window, translate("backup.file_actions", "Back up lockcare"), f"lockcare-backup-{stamp}.lockcare",
                                                  translate("backup.file_actions", "lockcare backups (*.lockcare);;All files (*)"))
        if not path:
            return None
        if include_keys is None:
            from lockcare.ui.backup import backup_dialog  # the dialogs and printing load when first used

            include_keys = backup_dialog.ask_backup_options(path, self.window)
            if include_keys is None:
                return None
        try:
            info = self.services.backup.create(path, include_keys=include_keys)
        except LockcareError as exc:
            QMessageBox.warning(self.window, translate("backup.file_actions", "The backup was not made"), str(exc))
            return None
        keys = translate("backup.file_actions", " with the locks' keys (keep it private)") if info.includes_keys else translate("backup.file_actions", " (without the locks' keys)")
        self.message.emit(translate("backup.file_actions", "Backed up %n lock(s) and {log_entries} log entries to {path}{keys}.", None, info.locks).format(log_entries=info.log_entries, path=path, keys=keys))
        return info

    def restore(self, path: str | None = None) -> BackupInfo | None:
        """Replace all data with a backup after checking the file and asking; None when not restored."""
        if not path:
            path, _ = QFileDialog.getOpenFileName(self.window, translate("backup.file_actions", "Restore from a backup"), "",
                                                  translate("backup.file_actions", "lockcare backups (*.lockcare);;All files (*)"))
        if not path:
            return None
        try:
            info = self.services.backup.inspect(path)
        except LockcareError as exc:
            QMessageBox.warning(self.window, translate("backup.file_actions", "Nothing was restored"), str(exc))
            return None
        keys = translate("backup.file_actions", " and the locks' keys") if info.includes_keys else ""
        question = (
            translate("backup.file_actions", "This backup from {short_date} holds %n lock(s) and {log_entries} log entries{keys}.\n\nRestoring replaces everything lockcare holds now. A copy of the current data is kept beside the database, just in case.", None, info.locks).format(short_date=short_date(info.created_at), log_entries=info.log_entries, keys=keys)
        )
        answer = QMessageBox.question(self.window, translate("backup.file_actions", "Restore this backup?"), question,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                                      QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return None
        try:
            info = self.services.backup.restore(path)
        except LockcareError as exc:
            QMessageBox.warning(self.window, translate("backup.file_actions", "Nothing was restored"), str(exc))
            return None
        self.restored.emit()
        self.message.emit(translate("backup.file_actions", "Restored {locks} locks and {log_entries} log entries from {name}.").format(locks=info.locks, log_entries=info.log_entries, name=Path(path).name))
        return info

    # -- printing ---------------------------------------------------------------------

    def print_checklist(self, lock: Lock | None = None) -> QPrintPreviewDialog | None:
        """Open the print preview of a lock's checklist (the selected lock by default)."""
        lock = lock or self._current_lock()
        if lock is None:
            self.message.emit(translate("backup.file_actions", "Select a lock first, or print the household plan."))
            return None
        return self._preview([self.services.plan.lock_sheet(lock)])

    def print_household(self) -> QPrintPreviewDialog | None:
        """Open the print preview of every lock's checklist and the year plan."""
        return self._preview(self.services.plan.sheets())

    def save_pdf(self, path: str | None = None) -> Path | None:
        """Save every lock's checklist and the year plan as a PDF file."""
        if not path:
            path, _ = QFileDialog.getSaveFileName(self.window, translate("backup.file_actions", "Save checklists as PDF"), "lockcare-checklists.pdf",
                                                  translate("backup.file_actions", "PDF files (*.pdf)"))
        if not path:
            return None
        try:
            from lockcare.ui.checklists.preview import locale_paper
            from lockcare.ui.checklists.render import write_pdf

            pages = write_pdf(self.services.plan.sheets(), path, paper=locale_paper())
        except OSError as exc:
            QMessageBox.warning(self.window, translate("backup.file_actions", "The PDF was not saved"), str(exc))
            return None
        self.message.emit(translate("backup.file_actions", "Saved %n page(s) to {path}.", None, pages).format(path=path))
        return Path(path)

    def _preview(self, sheets: list) -> QPrintPreviewDialog:
        if self.preview is not None and shiboken6.isValid(self.preview):
            self.preview.close()  # one preview at a time
        from lockcare.ui.checklists.preview import locale_paper, make_preview_dialog

        dialog = make_preview_dialog(sheets, self.window, paper=locale_paper())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.preview = dialog
        return dialog
