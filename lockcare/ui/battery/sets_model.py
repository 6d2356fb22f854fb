"""A lock's battery sets as a table: when each went in, how long it lasted, how it compares."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from lockcare.core.dates_in_words import short_date
from lockcare.core.wording import battery_label
from lockcare.ui.widgets.row_table_model import RowTableModel

if TYPE_CHECKING:
    from lockcare.core.battery.sets import BatterySet

ModelIndex = QModelIndex | QPersistentModelIndex


def lasted_words(battery_set: BatterySet) -> str:
    """How long a set lasted, e.g. "9.1 months" or "2.0 months so far"."""
    from lockcare.core.battery.priors import DAYS_PER_MONTH  # with the sets, never at start

    months = battery_set.days / DAYS_PER_MONTH
    text = f"{months:.1f} months" if months >= 1 else f"{battery_set.days:.0f} days"
    return text + (" so far" if battery_set.current else "")


def expected_words(battery_set: BatterySet) -> str:
    """The usual life for the set's type, e.g. "8–10 months"."""
    low, high = battery_set.expected_months
    return f"{low:g}–{high:g} months"


class BatterySetModel(RowTableModel):
    """Columns: Put in, Batteries, Lasted, Usual, Compared. Newest set first."""

    HEADERS = ("Put in", "Batteries", "Lasted", "Usual", "Compared")

    def set_sets(self, sets: list[BatterySet]) -> None:
        """Show these sets (given oldest first, as :func:`build_sets` returns them), newest on top."""
        self.set_rows(reversed(sets))

    def set_at(self, row: int) -> BatterySet | None:
        """The set in ``row``, or None."""
        return self.row_at(row)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        battery_set = self.row_for(index)
        if battery_set is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cell(battery_set, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return battery_set.summary
        if role == Qt.ItemDataRole.UserRole:
            return battery_set
        return None

    def _cell(self, battery_set: BatterySet, column: int) -> str:
        if column == 0:
            return short_date(battery_set.start)
        if column == 1:
            brand = f", {battery_set.brand}" if battery_set.brand else ""
            return battery_label(battery_set.battery_type) + brand
        if column == 2:
            return lasted_words(battery_set)
        if column == 3:
            return expected_words(battery_set)
        return _comparison(battery_set)


def _comparison(battery_set: BatterySet) -> str:
    if battery_set.current:
        return "in the lock now"
    if battery_set.ratio_previous is None:
        ratio = battery_set.ratio_expected
        return "about as usual" if abs(ratio - 1.0) <= 0.15 else f"{ratio:.1f}x the usual life"
    ratio = battery_set.ratio_previous
    if abs(ratio - 1.0) <= 0.15:
        return "about the same as the last one"
    return f"{ratio:.1f}x the last one"
