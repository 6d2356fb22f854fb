"""All locks as a table for the home page: level, status and replace-by range."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from lockcare.core.vocabulary import FleetStatus
from lockcare.core.wording import fleet_status_word
from lockcare.services.battery import FleetRow
from lockcare.ui.widgets.row_table_model import RowTableModel
from lockcare.core.i18n import translate, translate_noop

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


def battery_health(row: FleetRow) -> FleetStatus:
    """The battery's health alone: OK, replace soon, replace now, or no readings yet.

    The fleet's status also says "asleep" (a connection state, given only when the battery
    is not urgent); the dots in the sidebar and on the All-locks page mean the battery only.
    """
    if row.status is not FleetStatus.ASLEEP:
        return row.status
    return FleetStatus.NO_DATA if row.latest is None and row.forecast.status != "ok" else FleetStatus.OK


class FleetModel(RowTableModel):
    """Columns: Lock, Battery, Battery health (with its dot), Replace between, Connection.

    ``Qt.UserRole`` holds the row.
    """

    HEADERS = (translate_noop("fleet.fleet_model", "Lock"), translate_noop("fleet.fleet_model", "Battery"), translate_noop("fleet.fleet_model", "Battery health"), translate_noop("fleet.fleet_model", "Replace between"), translate_noop("fleet.fleet_model", "Connection"))
    HEADER_CONTEXT = "fleet.fleet_model"

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._connections: dict[int, str] = {}

    def set_connections(self, connections: dict[int, str]) -> None:
        """How lockcare reaches each lock, in words, by lock id (shown in the last column)."""
        self._connections = dict(connections)
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 4), self.index(self.rowCount() - 1, 4))

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_for(index)
        if row is None:
            return None
        health = battery_health(row)
        connection = self._connections.get(row.lock.id, "")
        if role == Qt.ItemDataRole.DisplayRole:
            return (row.lock.name, row.level_text, fleet_status_word(health), row.range_text, connection)[index.column()]
        if role == Qt.ItemDataRole.DecorationRole and index.column() == 2:
            return status_dot(health)
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.forecast.explanation
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return (translate("fleet.fleet_model", "{name}: battery {level_text}, {status}, replace {range_text}, {connection}").format(name=row.lock.name, level_text=row.level_text, status=fleet_status_word(health), range_text=row.range_text, connection=connection))
        if role == Qt.ItemDataRole.UserRole:
            return row
        return None
