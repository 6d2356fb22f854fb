"""A read-only table model over a list of row objects, with fixed column headers."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from lockcare.core.i18n import translate

ModelIndex = QModelIndex | QPersistentModelIndex


class RowTableModel(QAbstractTableModel):
    """Subclasses set ``HEADERS`` and implement ``data``; rows live in ``self._rows``."""

    HEADERS: tuple[str, ...] = ()
    HEADER_CONTEXT = ""
    """The translation context of ``HEADERS`` (marked with ``translate_noop``, translated when shown)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def set_rows(self, rows: Iterable[Any]) -> None:
        """Replace every row (the tables here are small enough to reset)."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Any | None:
        """The object shown in ``row``, or None."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_for(self, index: ModelIndex) -> Any | None:
        """The object behind a valid cell index, or None."""
        if not index.isValid() or not 0 <= index.column() < len(self.HEADERS):
            return None
        return self.row_at(index.row())

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.HEADERS):
            return translate(self.HEADER_CONTEXT, self.HEADERS[section])
        return None
