"""A lock's battery history as a table: readings and swaps together, newest first."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from lockcare.core.dates_in_words import short_datetime
from lockcare.core.models import BATTERY_TYPES, BatteryReading, BatterySwap
from lockcare.core.wording import level_word
from lockcare.ui.widgets.row_table_model import RowTableModel

SOURCE_WORDS = {"live": "Read from the lock", "manual": "Entered by hand", "cloud": "Tuya cloud", "import": "Imported"}
ModelIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class HistoryRow:
    """One row: when, what, the value and where it came from."""

    at: datetime
    what: str
    value: str
    source: str


def history_rows(readings: list[BatteryReading], swaps: list[BatterySwap]) -> list[HistoryRow]:
    """Readings and swaps merged into rows, newest first."""
    rows = [
        HistoryRow(
            at=r.at,
            what="Battery reading",
            value=_reading_value(r),
            source=SOURCE_WORDS.get(str(r.source), str(r.source)) + (" (via gateway)" if r.via_gateway else ""),
        )
        for r in readings
    ]
    rows += [
        HistoryRow(
            at=s.at,
            what="Batteries changed",
            value=f"{s.count} × {BATTERY_TYPES.get(s.battery_type, s.battery_type)}" + (f", {s.brand}" if s.brand else ""),
            source=s.note,
        )
        for s in swaps
    ]
    return sorted(rows, key=lambda row: row.at, reverse=True)


def _reading_value(reading: BatteryReading) -> str:
    level = level_word(reading.level or "")
    if reading.percent is not None:
        return f"{reading.percent} %" + (f" ({level})" if level else "")
    return level.capitalize()


class HistoryModel(RowTableModel):
    """Columns: When, What, Value, Source / note."""

    HEADERS = ("When", "What", "Value", "Source / note")

    def set_history(self, readings: list[BatteryReading], swaps: list[BatterySwap]) -> None:
        """Show a lock's readings and swaps."""
        self.set_rows(history_rows(readings, swaps))

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows) or not 0 <= index.column() < len(self.HEADERS):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (short_datetime(row.at), row.what, row.value, row.source)[index.column()]
        if role == Qt.ItemDataRole.UserRole:
            return row
        return None
