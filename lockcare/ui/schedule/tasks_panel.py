"""One lock's recurring tasks: how often, last done, next due and how urgent.

Working out due states needs the lock's battery forecast, so the panel loads lazily:
:meth:`TasksPanel.show_lock` only notes the lock, and the tasks are read when the panel is
on screen (or :meth:`TasksPanel.reload` is called), in the shared pool when the panel was
given a load channel (the window's), and the rows arrive by signal.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lockcare.core.dates_in_words import short_date
from lockcare.core.errors import LockcareError
from lockcare.core.maintenance.log_types import label_for
from lockcare.core.models import Lock, LogEntry, RecurringTask
from lockcare.services.maintenance_plan import DueItem
from lockcare.services.registry import Services
from lockcare.tasks import LatestLoad
from lockcare.ui.schedule.due_model import ITEM_ROLE, LOCK, TASK, DueModel
from lockcare.ui.schedule.task_dialogs import (
    FORECAST_KIND,
    AddTaskDialog,
    IntervalDialog,
)
from lockcare.core.i18n import translate


def configure_due_table(table: QTableView) -> None:
    """The look shared by the tasks and Due tables: whole rows, no editing, columns sized to fit.

    Every column fits its contents (a narrow window scrolls rather than cutting task
    names short); the last one takes the spare width.
    """
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 12)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)


class TasksPanel(QWidget):
    """A lock's recurring tasks with Mark done, How often, Add task and Remove task.

    Args:
        services: The services (may be set later with :meth:`set_services`).
        load: Reads the due states in the shared pool (None: on the calling thread).
        parent: The Qt parent.
    """

    changed = Signal()
    """Tasks or the log changed (a task was done, edited, added or removed)."""
    entry_logged = Signal(object)
    """A "Mark done" logged this :class:`~lockcare.core.models.LogEntry` (for undo)."""
    record_swap_requested = Signal()
    """"Mark done" on battery replacement: the swap dialog asks what went in."""

    def __init__(self, services: Services | None = None, load: LatestLoad | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self._load = load
        self._select_after_load: int | None = None
        self._lock: Lock | None = None
        self._stale = True
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 10, 4, 4)
        layout.setSpacing(8)
        self.intro_label = QLabel(
            translate("schedule.tasks_panel", "Jobs that keep the lock working. The next date counts from the last time each was "
                      "done; logging an entry of the same kind ticks it off.")
        )
        self.intro_label.setWordWrap(True)
        layout.addWidget(self.intro_label)
        self.model = DueModel(self)
        self.table = QTableView()
        self.table.setObjectName("tasksTable")
        self.table.setAccessibleName(translate("schedule.tasks_panel", "Recurring tasks"))
        self.table.setModel(self.model)
        configure_due_table(self.table)
        self.table.setColumnHidden(LOCK, True)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(self.edit_selected)
        layout.addWidget(self.table, 1)

        row = QHBoxLayout()
        self.done_button = QPushButton(translate("schedule.tasks_panel", "Mark don&e"))
        self.done_button.setToolTip(translate("schedule.tasks_panel",
                                                "Log that you did this today; the next due date moves on"))
        self.done_button.clicked.connect(self.mark_selected_done)
        self.interval_button = QPushButton(translate("schedule.tasks_panel", "How often…"))
        self.interval_button.setToolTip(translate("schedule.tasks_panel",
                                                    "Change how often the selected task repeats, or pause it"))
        self.interval_button.clicked.connect(self.edit_selected)
        self.add_button = QPushButton(translate("schedule.tasks_panel", "Add task…"))
        self.add_button.clicked.connect(self.add_task)
        self.remove_button = QPushButton(translate("schedule.tasks_panel", "Remove task"))
        self.remove_button.clicked.connect(self.remove_selected)
        for button in (self.done_button, self.interval_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        layout.addLayout(row)
        self.status_label = QLabel()
        self.status_label.setObjectName("tasksStatus")
        self.status_label.setWordWrap(True)
        layout.addWidget(self.status_label)
        self._update_buttons()

    # -- filling ----------------------------------------------------------------------

    def set_services(self, services: Services) -> None:
        """Use ``services`` from now on."""
        self.services = services
        self._stale = True

    def set_load(self, load: LatestLoad) -> None:
        """Read the due states in the shared pool through ``load`` from now on."""
        self._load = load

    def show_lock(self, lock: Lock | None) -> None:
        """Show ``lock``'s tasks (read now if on screen, else when it is shown)."""
        if lock is None or self._lock is None or lock.id != self._lock.id:
            self.status_label.clear()
        self._lock = lock
        self._stale = True
        if self.isVisible():
            self.reload()

    def reload(self) -> None:
        """Read the lock's tasks and their due states again."""
        self._stale = False
        if self.services is None or self._lock is None:
            self.model.set_items([])
            self._update_buttons()
            return
        keep = self.selected_task()
        if self._select_after_load is None and keep is not None:
            self._select_after_load = keep.id
        lock = self._lock
        if self._load is None:
            self._show_items(self.services.plan.due(lock=lock))
        else:
            self._load.load(lambda services: services.plan.due(lock=lock), self._show_items)

    @property
    def loading(self) -> bool:
        """True while the tasks are being read."""
        return self._load is not None and self._load.busy

    def _show_items(self, items: list[DueItem]) -> None:
        self.model.set_items(items)
        if self._select_after_load is not None:
            self.select_task(self._select_after_load)
            self._select_after_load = None
        self._update_buttons()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.reload()
        super().showEvent(event)

    # -- selection --------------------------------------------------------------------

    def selected_task(self) -> RecurringTask | None:
        """The selected task, or None."""
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ITEM_ROLE).task if rows else None

    def select_task(self, task_id: int | None) -> bool:
        """Select the row of a task; True when found."""
        row = self.model.row_of_task(task_id)
        if row < 0:
            return False
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, TASK), QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        return True

    def _update_buttons(self, *_args: object) -> None:
        task = self.selected_task()
        for button in (self.done_button, self.interval_button, self.remove_button):
            button.setEnabled(task is not None)
        self.add_button.setEnabled(self.services is not None and self._lock is not None)

    # -- actions ----------------------------------------------------------------------

    def mark_selected_done(self) -> LogEntry | None:
        """Log the selected task as done now (battery replacement opens the swap dialog)."""
        task = self.selected_task()
        if task is None or self.services is None:
            return None
        if task.kind == FORECAST_KIND:
            self.record_swap_requested.emit()
            return None
        try:
            entry = self.services.maintenance.mark_done(task)
        except LockcareError as exc:
            self.status_label.setText(str(exc))
            return None
        self.status_label.setText(
            translate("schedule.tasks_panel", "Logged “{entry}” on {date}. Undo it from the Log tab (Ctrl+Z).").format(
                entry=label_for(entry.type), date=short_date(entry.at))
        )
        self.reload()
        self.entry_logged.emit(entry)
        self.changed.emit()
        return entry

    def edit_selected(self, *_args: object) -> IntervalDialog | None:
        """Open the "How often" form on the selected task."""
        task = self.selected_task()
        if task is None or self.services is None:
            return None
        return self._open(IntervalDialog(task, self._save_task, self))

    def add_task(self) -> AddTaskDialog | None:
        """Open the form for a new task."""
        if self.services is None or self._lock is None:
            return None
        return self._open(AddTaskDialog(self._lock, self._add_task, self))

    def remove_selected(self) -> bool:
        """Remove the selected task after asking; True when removed."""
        task = self.selected_task()
        if task is None or self.services is None:
            return False
        answer = QMessageBox.question(
            self, translate("schedule.tasks_panel", "Remove task"),
            translate("schedule.tasks_panel",
                      "Stop tracking “{task}”? Its log entries stay; lockcare will not add the task back.").format(task=task.title),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self.services.tasks.remove_task(task)
        self.status_label.setText(translate("schedule.tasks_panel", "Removed “{task}”. “Add task…” brings it back.").format(task=task.title))
        self._after_change()
        return True

    def _save_task(self, task: RecurringTask) -> None:
        assert self.services is not None
        self.services.tasks.update_task(task)
        self._after_change(task.id)

    def _add_task(self, title: str, kind: str, months: int, days: int) -> None:
        assert self.services is not None and self._lock is not None
        task = self.services.tasks.add_task(self._lock, title, kind=kind, interval_months=months, interval_days=days)
        self._after_change(task.id)

    def _after_change(self, select_id: int | None = None) -> None:
        self._select_after_load = select_id
        self.reload()
        self.changed.emit()

    def _open(self, dialog: IntervalDialog | AddTaskDialog) -> IntervalDialog | AddTaskDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
