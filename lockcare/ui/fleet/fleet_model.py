"""All locks as a table for the home page: level, status and replace-by range."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from lockcare.core.vocabulary import FleetStatus
from lockcare.ui.widgets.row_table_model import RowTableModel

ModelIndex = QModelIndex | QPersistentModelIndex
STATUS_COLOURS: dict[str, str] = {
    FleetStatus.OVERDUE: "#d1453b",
    FleetStatus.REPLACE_SOON: "#d08a1e",
    FleetStatus.OK: "#2e9d57",
    FleetStatus.ASLEEP: "#8a8f98",
    FleetStatus.NO_DATA: "#8a8f98",
}
"""Status dots; each reads on both the light and the dark base."""
_DOTS: dict[str, QIcon] = {}


def status_dot(status: str) -> QIcon:
    """A small round dot in the status colour (made once per status)."""
    if status not in _DOTS:
        pixmap = QPixmap(24, 24)
        pixmap.fill(QColor(0, 0, 0, 0))
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QColor(0, 0, 0, 0))
        painter.setBrush(QColor(STATUS_COLOURS.get(status, "#8a8f98")))
        painter.drawEllipse(5, 5, 14, 14)
        painter.end()
        _DOTS[status] = QIcon(pixmap)
    return _DOTS[status]


class FleetModel(RowTableModel):
    """Columns: Lock, Battery, Status, Replace between. ``Qt.UserRole`` holds the row."""

    HEADERS = ("Lock", "Battery", "Status", "Replace between")

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_for(index)
        if row is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (row.lock.name, row.level_text, row.status_text, row.range_text)[index.column()]
        if role == Qt.ItemDataRole.DecorationRole and index.column() == 2:
            return status_dot(row.status)
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.forecast.explanation
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{row.lock.name}: battery {row.level_text}, {row.status_text}, replace {row.range_text}"
        if role == Qt.ItemDataRole.UserRole:
            return row
        return None
