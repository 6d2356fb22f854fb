"""Recurring tasks with their due state, as a Qt table (the tasks panel and the Due page)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap

from lockcare.core.dates_in_words import short_date
from lockcare.core.maintenance.schedule import (
    DueStatus,
    interval_text,
    is_forecast_driven,
)
from lockcare.services.maintenance_plan import DueItem
from lockcare.ui.widgets.row_table_model import RowTableModel
from lockcare.core.i18n import translate, translate_noop

ModelIndex = QModelIndex | QPersistentModelIndex
ITEM_ROLE = Qt.ItemDataRole.UserRole
"""Role returning the row's :class:`~lockcare.services.maintenance_plan.DueItem`."""

LOCK, TASK, EVERY, LAST_DONE, NEXT_DUE, STATUS = range(6)

STATUS_COLOURS = {
    DueStatus.OVERDUE: "#d1453b",
    DueStatus.DUE_SOON: "#d08a1e",
    DueStatus.OK: "#2e9d57",
    DueStatus.UNSCHEDULED: "#8a8f98",
    DueStatus.DISABLED: "#8a8f98",
}
"""A dot beside the status words (the words carry the meaning; the dot only helps)."""

ATTENTION = (DueStatus.OVERDUE, DueStatus.DUE_SOON)
"""States counted in "Due (N)"."""


def status_dot(status: DueStatus) -> QIcon:
    """A small coloured dot for a status."""
    pixmap = QPixmap(12, 12)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(STATUS_COLOURS[status]))
    painter.drawEllipse(1, 1, 10, 10)
    painter.end()
    return QIcon(pixmap)


def status_text(item: DueItem) -> str:
    """How urgent a task is, in plain words ("Overdue by 3 days", "Due in 2 days")."""
    state = item.state
    days = state.days_until
    if state.status is DueStatus.OVERDUE:
        late = state.days_overdue
        if late >= 60:
            return translate("schedule.due_model", "Overdue by %n month(s)", None, late // 30)
        return translate("schedule.due_model", "Overdue by %n day(s)", None, late)
    if state.status is DueStatus.DUE_SOON:
        if days == 0:
            return translate("schedule.due_model", "Due today")
        return translate("schedule.due_model", "Due tomorrow") if days == 1 else translate("schedule.due_model", "Due in {days} days").format(days=days)
    if state.status is DueStatus.OK:
        return translate("schedule.due_model", "On track")
    if state.status is DueStatus.DISABLED:
        return translate("schedule.due_model", "Paused")
    if is_forecast_driven(item.task):
        return translate("schedule.due_model", "Waiting for a battery forecast")
    return translate("schedule.due_model", "Not scheduled")


def next_due_text(item: DueItem) -> str:
    """The due date ("3 Jul 2026"), or why there is none."""
    if item.state.due_at is not None:
        return short_date(item.state.due_at)
    if item.state.status is DueStatus.DISABLED:
        return "—"
    return translate("schedule.due_model", "When the forecast is ready") if is_forecast_driven(item.task) else "—"


def attention_count(items: Iterable[DueItem]) -> int:
    """How many tasks are overdue or due soon."""
    return sum(1 for item in items if item.status in ATTENTION)


class DueModel(RowTableModel):
    """Columns: Lock, Task, Repeats, Last done, Next due, Status (keeps the given order).

    Args:
        parent: The Qt parent.
    """

    HEADERS = (translate_noop("schedule.due_model", "Lock"), translate_noop("schedule.due_model", "Task"), translate_noop("schedule.due_model", "Repeats"), translate_noop("schedule.due_model", "Last done"), translate_noop("schedule.due_model", "Next due"), translate_noop("schedule.due_model", "Status"))
    HEADER_CONTEXT = "schedule.due_model"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[DueItem] = []
        self._dots: dict[DueStatus, QIcon] = {}  # per model: no pixmap may outlive the QApplication

    def set_items(self, items: Iterable[DueItem]) -> None:
        """Replace every row (pass them most urgent first)."""
        self.beginResetModel()
        self._rows = list(items)
        self.endResetModel()

    def item_at(self, row: int) -> DueItem | None:
        """The item in ``row``, or None."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def items(self) -> list[DueItem]:
        """Every item, in order."""
        return list(self._rows)

    def row_of_task(self, task_id: int | None) -> int:
        """The row of the task with this id, or -1."""
        return next((row for row, item in enumerate(self._rows) if item.task.id == task_id), -1)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows) or not 0 <= index.column() < len(self.HEADERS):
            return None
        item = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(item, column)
        if role == ITEM_ROLE:
            return item
        if role == Qt.ItemDataRole.DecorationRole and column == STATUS:
            if item.status not in self._dots:
                self._dots[item.status] = status_dot(item.status)
            return self._dots[item.status]
        if role == Qt.ItemDataRole.FontRole and column == STATUS and item.status is DueStatus.OVERDUE:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _text(self, item: DueItem, column: int) -> str:
        task = item.task
        if column == LOCK:
            return item.lock.name
        if column == TASK:
            return task.title
        if column == EVERY:
            return translate("schedule.due_model", "By battery forecast") if is_forecast_driven(task) else interval_text(task)
        if column == LAST_DONE:
            return short_date(task.last_done_at) if task.last_done_at else translate("schedule.due_model", "Not yet")
        if column == NEXT_DUE:
            return next_due_text(item)
        return status_text(item)
