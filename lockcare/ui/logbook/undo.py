"""Undoable log changes: add, edit and delete, on top of the maintenance log.

Each command is pushed *after* its first run succeeded (so a refused entry never reaches
the stack); its first :meth:`redo`, which :class:`QUndoStack` calls on push, does nothing.
Undoing an add deletes the entry; undoing a delete restores it with its swap or run
(:meth:`MaintenanceLog.restore_entry`), so a swap deleted by mistake comes back whole.

Qt calls :meth:`undo`/:meth:`redo` from C++, where a Python exception cannot travel: a
failure (the entry vanished meanwhile, say after a restore) is reported through
``report`` and the command is made obsolete instead.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from lockcare.core.errors import LockcareError
from lockcare.core.maintenance.log_types import label_for
from lockcare.core.models import LogEntry
from lockcare.services.maintenance_log import DeletedEntry, MaintenanceLog
from lockcare.core.i18n import translate

Report = Callable[[str], None]


class _LogCommand(QUndoCommand):
    def __init__(self, service: MaintenanceLog, text: str, report: Report) -> None:
        super().__init__(text)
        self._service = service
        self._report = report
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._run(self._do)

    def undo(self) -> None:
        self._run(self._undo)

    def _run(self, step: Callable[[], None]) -> None:
        try:
            step()
        except LockcareError as exc:
            self.setObsolete(True)
            self._report(translate("logbook.undo", "Could not {what}: {exc}").format(what=self.text().lower(), exc=exc))

    def _do(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def _undo(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError


class AddEntryCommand(_LogCommand):
    """Undo: delete the added entry. Redo: bring it back as it was."""

    def __init__(self, service: MaintenanceLog, entry: LogEntry, report: Report) -> None:
        super().__init__(service, translate("logbook.undo", "Add {what}").format(what=label_for(entry.type).lower()), report)
        self.entry = entry
        self._deleted: DeletedEntry | None = None

    def _do(self) -> None:
        assert self._deleted is not None
        self.entry = self._service.restore_entry(self._deleted)

    def _undo(self) -> None:
        self._deleted = self._service.delete_entry(self.entry)


class EditEntryCommand(_LogCommand):
    """Undo: put the old values back. Redo: the new ones again."""

    def __init__(self, service: MaintenanceLog, before: LogEntry, after: LogEntry, report: Report) -> None:
        super().__init__(service, translate("logbook.undo", "Edit {what}").format(what=label_for(after.type).lower()), report)
        self.before = before
        self.after = after

    def _do(self) -> None:
        self.after = self._service.edit_entry(self.after)

    def _undo(self) -> None:
        self.before = self._service.edit_entry(self.before)


class DeleteEntryCommand(_LogCommand):
    """Undo: restore the entry (and its swap or run). Redo: delete it again."""

    def __init__(self, service: MaintenanceLog, deleted: DeletedEntry, report: Report) -> None:
        super().__init__(service, translate("logbook.undo", "Delete {what}").format(what=label_for(deleted.entry.type).lower()), report)
        self.deleted = deleted

    def _do(self) -> None:
        self.deleted = self._service.delete_entry(self.deleted.entry)

    def _undo(self) -> None:
        restored = self._service.restore_entry(self.deleted)
        self.deleted = DeletedEntry(restored, self.deleted.swap, self.deleted.run)
