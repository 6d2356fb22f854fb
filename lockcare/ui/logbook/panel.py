"""The maintenance log panel: filters, a sortable table, Add/Edit/Delete and undo.

The panel shows one lock's log (the lock page's "Log" tab, ``fixed_lock=True``) or every
lock's, with a lock filter. Changes go through the maintenance service and onto a
:class:`QUndoStack` (Ctrl+Z undoes, Ctrl+Shift+Z redoes); after every change, including
an undo, the panel reloads and emits :attr:`LogbookPanel.changed` so the window can
refresh what depends on the log (battery history, tasks, the Due count).
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lockcare.core.errors import LockcareError
from lockcare.core.models import Lock, LogEntry
from lockcare.services.registry import Services
from lockcare.ui.logbook.entry_dialog import LogEntryDialog
from lockcare.ui.logbook.filter_bar import LogFilterBar
from lockcare.ui.logbook.log_model import (
    ENTRY_ROLE,
    LOCK,
    NOTES,
    WHEN,
    LogFilterModel,
    LogTableModel,
)
from lockcare.ui.logbook.undo import (
    AddEntryCommand,
    DeleteEntryCommand,
    EditEntryCommand,
)
from lockcare.core.i18n import translate


class LogbookPanel(QWidget):
    """Filter bar, log table and actions.

    Args:
        services: The services (may be set later with :meth:`set_services`).
        parent: The Qt parent.
        fixed_lock: Show one lock's log (set with :meth:`show_lock`) without a lock filter.
    """

    changed = Signal()
    """The log (and maybe a swap or the tasks) changed: an add, edit, delete, undo or redo."""

    def __init__(self, services: Services | None = None, parent: QWidget | None = None, *, fixed_lock: bool = False) -> None:
        super().__init__(parent)
        self.services = services
        self.service = services.maintenance if services is not None else None
        self._fixed = fixed_lock
        self._lock: Lock | None = None
        self._locks: list[Lock] = []
        self.undo_stack = QUndoStack(self)
        self.undo_stack.indexChanged.connect(self._on_undo_stack_index_changed)
        self._clearing = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 10, 4, 4)
        layout.setSpacing(8)
        self.filter_bar = LogFilterBar(show_lock=not fixed_lock)
        self.filter_bar.changed.connect(self._apply_filters)
        bar = self.filter_bar
        self.lock_combo, self.type_combo, self.period_combo = bar.lock_combo, bar.type_combo, bar.period_combo
        self.since_edit, self.until_edit, self.search_edit = bar.since_edit, bar.until_edit, bar.search_edit
        layout.addWidget(self.filter_bar)

        self.model = LogTableModel(self)
        self.proxy = LogFilterModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.sort(WHEN, Qt.SortOrder.DescendingOrder)
        self.table = QTableView()
        self.table.setObjectName("logTable")
        self.table.setAccessibleName(translate("logbook.panel", "Maintenance log"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(WHEN, Qt.SortOrder.DescendingOrder)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NOTES, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(60)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        layout.addWidget(self.table, 1)

        layout.addLayout(self._build_buttons())
        self.status_label = QLabel()
        self.status_label.setObjectName("logStatus")
        self.status_label.setWordWrap(True)
        layout.addWidget(self.status_label)
        self.status_label.hide()
        self._build_shortcuts()
        self.table.setColumnHidden(LOCK, fixed_lock)  # one lock: its name is in the page header
        self._update_buttons()

    # -- construction -----------------------------------------------------------------

    def _build_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.add_button = QPushButton(translate("logbook.panel", "Add entr&y…"))
        self.add_button.setToolTip(translate("logbook.panel", "Log maintenance you did: a battery check, a clean, tightened screws…"))
        self.add_button.clicked.connect(self.add_entry)
        self.edit_button = QPushButton(translate("logbook.panel", "Edit…"))  # no Alt+E: "Mark done" beside it on the Maintenance tab has it
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(translate("logbook.panel", "&Delete"))
        self.delete_button.setToolTip(translate("logbook.panel", "Delete the selected entry (Ctrl+Z brings it back)"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.undo_button = QPushButton(translate("logbook.panel", "Undo"))
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.redo_button = QPushButton(translate("logbook.panel", "Redo"))
        self.redo_button.clicked.connect(self.undo_stack.redo)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo_button.setEnabled)
        self.undo_stack.undoTextChanged.connect(lambda text: self.undo_button.setToolTip(translate("logbook.panel", "Undo: {text} (Ctrl+Z)").format(text=text) if text else ""))
        self.undo_stack.redoTextChanged.connect(lambda text: self.redo_button.setToolTip(translate("logbook.panel", "Redo: {text} (Ctrl+Shift+Z)").format(text=text) if text else ""))
        self.undo_button.setEnabled(False)
        self.redo_button.setEnabled(False)
        for button in (self.add_button, self.edit_button, self.delete_button):
            row.addWidget(button)
        row.addStretch(1)
        self.count_label = QLabel()
        self.count_label.setObjectName("logCount")
        row.addWidget(self.count_label)
        row.addSpacing(12)
        row.addWidget(self.undo_button)
        row.addWidget(self.redo_button)
        return row

    def _build_shortcuts(self) -> None:
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self.undo_action = QAction(translate("logbook.panel", "Undo"), self, shortcut=QKeySequence.StandardKey.Undo, shortcutContext=context)
        self.undo_action.triggered.connect(self.undo_stack.undo)
        self.redo_action = QAction(translate("logbook.panel", "Redo"), self, shortcutContext=context)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.redo_action.triggered.connect(self.undo_stack.redo)
        self.delete_action = QAction(translate("logbook.panel", "Delete entry"), self, shortcut=QKeySequence.StandardKey.Delete, shortcutContext=context)
        self.delete_action.triggered.connect(self.delete_selected)
        self.edit_action = QAction(translate("logbook.panel", "Edit entry"), self, shortcutContext=context)
        self.edit_action.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        self.edit_action.triggered.connect(self.edit_selected)
        self.search_action = QAction(translate("logbook.panel", "Search the log"), self, shortcut=QKeySequence.StandardKey.Find, shortcutContext=context)
        self.search_action.triggered.connect(self._on_search_action_triggered)
        self.addActions([self.undo_action, self.redo_action, self.search_action])
        self.table.addActions([self.delete_action, self.edit_action])

    # -- filling ----------------------------------------------------------------------

    def set_services(self, services: Services) -> None:
        """Use ``services`` from now on (and forget the undo history of any other)."""
        self.services = services
        self.service = services.maintenance
        self.clear_history()

    def clear_history(self) -> None:
        """Forget what can be undone (after a restore, or on another lock)."""
        self._clearing = True
        try:
            self.undo_stack.clear()
        finally:
            self._clearing = False

    def show_lock(self, lock: Lock | None) -> None:
        """Show one lock's log (fixed mode); a different lock starts a fresh undo history."""
        if self._lock is not None and (lock is None or lock.id != self._lock.id):
            self.clear_history()
            self._say("")
        self._lock = lock
        self.reload()

    def reload(self) -> None:
        """Read the log again from the service, keeping the selected entry selected."""
        if self.service is None or self.services is None:
            return
        if self._fixed:
            locks = [self._lock] if self._lock is not None else []
            entries = self.service.entries(self._lock) if self._lock is not None else []
        else:
            locks = self.services.plan.maintained_locks()
            entries = self.service.entries()
        names = {lock.id: lock.name for lock in locks if lock.id is not None}
        if locks != self._locks:
            self._locks = locks
            self._refill_lock_combo()
        if entries == self.model.entries() and names == {i: self.model.lock_name(i) for i in names}:
            return  # nothing new: keep the scroll position
        keep = self.selected_entry()
        self.model.set_entries(entries, names)
        if keep is not None:
            self.select_entry(keep.id)
        self._update_buttons()

    def _refill_lock_combo(self) -> None:
        self.filter_bar.set_locks([(lock.name, lock.id) for lock in self._locks])

    def _apply_filters(self, *_args: object) -> None:
        filters = self.filter_bar.filters()
        if self._fixed:
            filters["lock_id"] = self._lock.id if self._lock is not None else None
        self.proxy.set_filters(**filters)
        self._update_buttons()

    # -- selection --------------------------------------------------------------------

    def selected_entry(self) -> LogEntry | None:
        """The entry selected in the table, or None."""
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ENTRY_ROLE) if rows else None

    def select_entry(self, entry_id: int | None) -> bool:
        """Select the row of an entry (if it passes the filters); True when found."""
        source_row = self.model.row_of(entry_id)
        index = self.proxy.mapFromSource(self.model.index(source_row, 0)) if source_row >= 0 else None
        if index is None or not index.isValid():
            return False
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.scrollTo(index)
        return True

    def _update_buttons(self, *_args: object) -> None:
        has = self.selected_entry() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)
        usable = self.service is not None and (not self._fixed or self._lock is not None)
        self.add_button.setEnabled(usable)
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if not total:
            text = translate("logbook.panel", "Nothing logged yet") if usable else ""
        elif shown == total:
            text = f"{total} entr{'y' if total == 1 else 'ies'}"
        else:
            text = translate("logbook.panel", "Showing {shown} of {total} entries").format(shown=shown, total=total)
        self.count_label.setText(text)

    # -- actions ----------------------------------------------------------------------

    def add_entry(self) -> LogEntryDialog | None:
        """Open the dialog for a new entry (for the shown lock, or the filtered one)."""
        self._say("")
        if self.service is None:
            return None
        locks = [self._lock] if self._fixed and self._lock is not None else self._locks
        dialog = LogEntryDialog(locks, self._save_new, self, now=self.service.now())
        chosen = self.lock_combo.currentData()
        if chosen is not None:
            dialog.lock_combo.setCurrentIndex(max(0, dialog.lock_combo.findData(chosen)))
        return self._open(dialog)

    def edit_selected(self) -> LogEntryDialog | None:
        """Open the dialog on the selected entry."""
        entry = self.selected_entry()
        if entry is None or self.service is None:
            return None
        locks = self._locks if self._locks else ([self._lock] if self._lock else [])
        dialog = LogEntryDialog(locks, self._save_edit, self, entry=entry, now=self.service.now())
        return self._open(dialog)

    def delete_selected(self) -> bool:
        """Delete the selected entry (undoable); True when one was deleted."""
        entry = self.selected_entry()
        if entry is None or self.service is None:
            return False
        try:
            deleted = self.service.delete_entry(entry)
        except LockcareError as exc:
            self._report(translate("logbook.panel", "Could not delete it: {exc}").format(exc=exc))
            self.reload()
            return False
        self.undo_stack.push(DeleteEntryCommand(self.service, deleted, self._report))
        extra = translate("logbook.panel", " and its battery swap") if deleted.swap else (translate("logbook.panel", " and its troubleshooting run") if deleted.run else "")
        self._say(translate("logbook.panel", "Deleted the entry{extra}. Undo (Ctrl+Z) brings it back.").format(extra=extra))
        return True

    def adopt_entry(self, entry: LogEntry) -> None:
        """Make an entry logged elsewhere (a task's "Mark done") undoable here."""
        if self.service is not None and entry.id is not None:
            self.undo_stack.push(AddEntryCommand(self.service, entry, self._report))

    def _save_new(self, draft: LogEntry) -> LogEntry:
        assert self.service is not None
        lock = next((one for one in [self._lock, *self._locks] if one is not None and one.id == draft.lock_id), None)
        if lock is None:
            raise LockcareError("That lock no longer exists.")
        entry = self.service.add_entry(
            lock, draft.type, at=draft.at, notes=draft.notes, cost=draft.cost,
            measured_value=draft.measured_value, measured_unit=draft.measured_unit, done_by=draft.done_by,
        )
        self.undo_stack.push(AddEntryCommand(self.service, entry, self._report))
        self.select_entry(entry.id)
        return entry

    def _save_edit(self, draft: LogEntry) -> LogEntry:
        assert self.service is not None and draft.id is not None
        before = self.service.get_entry(draft.id)
        entry = self.service.edit_entry(draft)
        if before is not None:
            self.undo_stack.push(EditEntryCommand(self.service, before, entry, self._report))
        return entry

    def _open(self, dialog: LogEntryDialog) -> LogEntryDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _report(self, message: str) -> None:
        self._say(message)

    def _say(self, message: str) -> None:
        self.status_label.setText(message)
        self.status_label.setVisible(bool(message))

    def _on_undo_stack_index_changed(self, _index: int) -> None:
        if self._clearing:
            return
        self.reload()
        self.changed.emit()

    def _on_search_action_triggered(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def _on_table_double_clicked(self, *_args: object) -> None:
        self.edit_selected()
