"""All locks as a table for the home page: level, status and replace-by range."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from lockcare.services.battery import FleetRow

ModelIndex = QModelIndex | QPersistentModelIndex
STATUS_COLOURS = {
    "overdue": "#d1453b",
    "replace-soon": "#d08a1e",
    "ok": "#2e9d57",
    "asleep": "#8a8f98",
    "no-data": "#8a8f98",
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


class FleetModel(QAbstractTableModel):
    """Columns: Lock, Battery, Status, Replace between. ``Qt.UserRole`` holds the row."""

    HEADERS = ("Lock", "Battery", "Status", "Replace between")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[FleetRow] = []

    def set_rows(self, rows: list[FleetRow]) -> None:
        """Show these rows (already in the order to show)."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> FleetRow | None:
        """The fleet row in ``row``, or None."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.HEADERS):
            return self.HEADERS[section]
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None or not 0 <= index.column() < len(self.HEADERS):
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
