"""A lock's battery sets as a table: when each went in, how long it lasted, how it compares."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from lockcare.core.dates_in_words import short_date
from lockcare.core.i18n import decimal, translate, translate_noop
from lockcare.core.wording import battery_label
from lockcare.ui.widgets.row_table_model import RowTableModel

if TYPE_CHECKING:
    from lockcare.core.battery.sets import BatterySet

ModelIndex = QModelIndex | QPersistentModelIndex


def lasted_words(battery_set: BatterySet) -> str:
    """How long a set lasted, e.g. "9.1 months" or "2.0 months so far"."""
    from lockcare.core.battery.priors import DAYS_PER_MONTH  # with the sets, never at start

    months = battery_set.days / DAYS_PER_MONTH
    if months >= 1:
        text = translate("battery.sets_model", "{months} months").format(months=decimal(months, 1))
    else:
        text = translate("battery.sets_model", "%n day(s)", None, round(battery_set.days))
    return translate("battery.sets_model", "{lasted} so far").format(lasted=text) if battery_set.current else text


def expected_words(battery_set: BatterySet) -> str:
    """The usual life for the set's type, e.g. "8–10 months"."""
    low, high = battery_set.expected_months
    return translate("battery.sets_model", "{low:g}–{high:g} months").format(low=low, high=high)


class BatterySetModel(RowTableModel):
    """Columns: Put in, Batteries, Lasted, Usual, Compared. Newest set first."""

    HEADERS = (translate_noop("battery.sets_model", "Put in"), translate_noop("battery.sets_model", "Batteries"),
               translate_noop("battery.sets_model", "Lasted"), translate_noop("battery.sets_model", "Usual"),
               translate_noop("battery.sets_model", "Compared"))
    HEADER_CONTEXT = "battery.sets_model"

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
        return translate("battery.sets_model", "in the lock now")
    if battery_set.ratio_previous is None:
        ratio = battery_set.ratio_expected
        if abs(ratio - 1.0) <= 0.15:
            return translate("battery.sets_model", "about as usual")
        return translate("battery.sets_model", "{ratio}x the usual life").format(ratio=decimal(ratio, 1))
    ratio = battery_set.ratio_previous
    if abs(ratio - 1.0) <= 0.15:
        return translate("battery.sets_model", "about the same as the last one")
    return translate("battery.sets_model", "{ratio}x the last one").format(ratio=decimal(ratio, 1))
