"""A lock's battery history as a table: readings and swaps together, newest first.

Ten years of readings are 350,000 rows, so the model keeps the readings as columns
(:class:`~lockcare.core.battery.arrays.ReadingArrays`) and an index array for the order,
and words a row only when the view asks for it (the rows on screen).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt

from lockcare.core.dates_in_words import short_datetime
from lockcare.core.models import BatteryReading, BatterySwap, battery_type_words
from lockcare.core.wording import level_word
from lockcare.ui.widgets.row_table_model import RowTableModel
from lockcare.core.i18n import translate, translate_noop

if TYPE_CHECKING:
    import numpy as np

    from lockcare.core.battery.arrays import ReadingArrays

SOURCE_WORDS = {
    "live": translate_noop("locks.history_model", "Read from the lock"),
    "manual": translate_noop("locks.history_model", "Entered by hand"),
    "cloud": translate_noop("locks.history_model", "Tuya cloud"),
    "import": translate_noop("locks.history_model", "Imported"),
}
"""Where a reading came from (English; shown through :func:`translate`)."""
ModelIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class HistoryRow:
    """One row: when, what, the value and where it came from."""

    at: datetime
    what: str
    value: str
    source: str


def reading_row(reading: BatteryReading) -> HistoryRow:
    """A reading in words."""
    source = translate("locks.history_model", SOURCE_WORDS.get(str(reading.source), str(reading.source)))
    if reading.via_gateway:
        source = translate("locks.history_model", "{source} (via gateway)").format(source=source)
    return HistoryRow(reading.at, translate("locks.history_model", "Battery reading"), _reading_value(reading), source)


def swap_row(swap: BatterySwap) -> HistoryRow:
    """A swap in words."""
    value = f"{swap.count} × {battery_type_words(swap.battery_type)}" + (f", {swap.brand}" if swap.brand else "")
    return HistoryRow(swap.at, translate("locks.history_model", "Batteries changed"), value, swap.note)


def _reading_value(reading: BatteryReading) -> str:
    level = level_word(reading.level or "")
    if reading.percent is not None:
        return f"{reading.percent} %" + (f" ({level})" if level else "")
    return level.capitalize()


class HistoryModel(RowTableModel):
    """Columns: When, What, Value, Source / note. ``Qt.UserRole`` gives the row's :class:`HistoryRow`.

    Unlike the other row tables it keeps no list of rows: :meth:`row_at` words one on demand.
    """

    HEADERS = (translate_noop("locks.history_model", "When"), translate_noop("locks.history_model", "What"),
               translate_noop("locks.history_model", "Value"), translate_noop("locks.history_model", "Source / note"))
    HEADER_CONTEXT = "locks.history_model"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._readings: ReadingArrays | None = None
        self._swaps: list[BatterySwap] = []
        self._order: np.ndarray | None = None  # row -> reading index (or count + swap index); numpy loads with a history

    def set_history(self, readings: ReadingArrays, swaps: list[BatterySwap]) -> None:
        """Show a lock's readings and swaps."""
        import numpy as np

        times = np.concatenate([readings.at, np.array([s.at.timestamp() for s in swaps], dtype=float)])
        self.beginResetModel()
        self._readings, self._swaps = readings, list(swaps)
        self._order = np.argsort(-times, kind="stable")  # newest first; ties keep readings before swaps
        self.endResetModel()

    def clear(self) -> None:
        """Show nothing (and let go of the last lock's history)."""
        self.beginResetModel()
        self._readings, self._swaps, self._order = None, [], None
        self.endResetModel()

    def row_at(self, row: int) -> HistoryRow | None:
        """The row in words, or None."""
        if self._order is None or self._readings is None or not 0 <= row < self._order.size:
            return None
        index = int(self._order[row])
        count = len(self._readings)
        return reading_row(self._readings.reading(index)) if index < count else swap_row(self._swaps[index - count])

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() or self._order is None else int(self._order.size)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.UserRole):
            return None
        row = self.row_for(index)
        if row is None:
            return None
        if role == Qt.ItemDataRole.UserRole:
            return row
        return (short_datetime(row.at), row.what, row.value, row.source)[index.column()]
