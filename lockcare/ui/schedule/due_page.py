"""The "Due" page: what needs doing across all locks, overdue first, with Mark done."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lockcare.core.dates_in_words import short_date
from lockcare.core.errors import LockcareError
from lockcare.core.maintenance.log_types import label_for
from lockcare.core.maintenance.schedule import DueStatus
from lockcare.core.models import battery_type_words
from lockcare.services.maintenance_log import MaintenanceLog
from lockcare.services.maintenance_plan import DueItem
from lockcare.ui.schedule.due_model import ATTENTION, ITEM_ROLE, TASK, DueModel
from lockcare.ui.schedule.tasks_panel import configure_due_table
from lockcare.ui.widgets.labels import heading
from lockcare.core.i18n import translate


class DuePage(QWidget):
    """Overdue and due-soon tasks of every lock (or every task, when asked).

    Double-click a row (or press Enter) to open its lock.

    Args:
        service: The maintenance log, for Mark done.
        parent: The Qt parent.
    """

    lock_activated = Signal(str)
    """The user wants to open the lock with this device id."""
    changed = Signal(int)
    """A task of the lock with this id was marked done here (its log, and maybe a swap, changed)."""

    def __init__(self, service: MaintenanceLog | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self._all: list[DueItem] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        self.title_label = heading(translate("schedule.due_page", "What's due"), 1.6)
        self.title_label.setObjectName("dueTitle")
        self.summary_label = QLabel()
        self.summary_label.setObjectName("dueSummary")
        self.summary_label.setWordWrap(True)
        layout.addWidget(self.title_label)
        layout.addWidget(self.summary_label)
        self.model = DueModel(self)
        self.table = QTableView()
        self.table.setObjectName("dueTable")
        self.table.setAccessibleName(translate("schedule.due_page", "Due tasks"))
        self.table.setModel(self.model)
        configure_due_table(self.table)
        self.table.activated.connect(self._on_table_activated)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.done_button = QPushButton(translate("schedule.due_page", "&Mark done"))
        self.done_button.setToolTip(translate("schedule.due_page", "Log that you did this today; the next due date moves on"))
        self.done_button.clicked.connect(self.mark_selected_done)
        self.open_button = QPushButton(translate("schedule.due_page", "&Open lock"))
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.all_check = QCheckBox(translate("schedule.due_page", "Show &every task"))
        self.all_check.setToolTip(translate("schedule.due_page", "Also list tasks that are not due yet"))
        self.all_check.toggled.connect(self._refill)
        row.addWidget(self.done_button)
        row.addWidget(self.open_button)
        row.addStretch(1)
        row.addWidget(self.all_check)
        layout.addLayout(row)
        self.status_label = QLabel()
        self.status_label.setObjectName("dueStatus")
        self.status_label.setWordWrap(True)
        layout.addWidget(self.status_label)
        self._update_buttons()

    def set_items(self, items: list[DueItem]) -> None:
        """Show the due states of every task (most urgent first)."""
        self._all = list(items)
        self._refill()

    def _refill(self, *_args: object) -> None:
        keep = self.selected_item()
        shown = self._all if self.all_check.isChecked() else [i for i in self._all if i.status in ATTENTION]
        self.model.set_items(shown)
        if keep is not None and keep.task.id is not None:
            row = self.model.row_of_task(keep.task.id)
            if row >= 0:
                self.table.selectionModel().setCurrentIndex(
                    self.model.index(row, TASK),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
                )
        overdue = sum(1 for i in self._all if i.status is DueStatus.OVERDUE)
        soon = sum(1 for i in self._all if i.status is DueStatus.DUE_SOON)
        if not self._all:
            text = translate("schedule.due_page", "No locks with maintenance yet.")
        elif overdue or soon:
            parts = [f"{overdue} overdue"] if overdue else []
            parts += [translate("schedule.due_page", "{soon} due within a week").format(soon=soon)] if soon else []
            text = " · ".join(parts) + translate("schedule.due_page", ". Mark a job done once you've done it; the next date moves on.")
        else:
            text = translate("schedule.due_page", "Nothing is due this week. Well kept!")
        self.summary_label.setText(text)
        self._update_buttons()

    def selected_item(self) -> DueItem | None:
        """The selected row's item, or None."""
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ITEM_ROLE) if rows else None

    def _update_buttons(self, *_args: object) -> None:
        has = self.selected_item() is not None
        self.done_button.setEnabled(has and self.service is not None)
        self.open_button.setEnabled(has)

    def mark_selected_done(self) -> bool:
        """Log the selected task as done now; True when logged."""
        item = self.selected_item()
        if item is None or self.service is None:
            return False
        try:
            entry = self.service.mark_done(item.task)
        except LockcareError as exc:
            self.status_label.setText(str(exc))
            return False
        extra = ""
        if entry.swap_id is not None:
            kind = battery_type_words(item.lock.battery_type)
            extra = translate("schedule.due_page", " (recorded as {battery_count} × {kind})").format(battery_count=item.lock.battery_count, kind=kind)
        self.status_label.setText(translate("schedule.due_page", "Logged “{task}” for {name} on {short_date}{extra}.").format(task=label_for(entry.type), name=item.lock.name, short_date=short_date(entry.at), extra=extra))
        self.changed.emit(item.lock.id)
        return True

    def _on_table_activated(self, *_args: object) -> None:
        self._on_open_button_clicked()

    def _on_open_button_clicked(self) -> None:
        item = self.selected_item()
        if item is not None:
            self.lock_activated.emit(item.lock.device_id)
