"""The maintenance log as a Qt table, and the proxy that filters and sorts it.

:class:`LogTableModel` holds the entries (one row each; a battery swap or a
troubleshooting run is one row, because the service keeps one record for it).
:class:`LogFilterModel` narrows it down by lock, type, date range and search words, and
sorts on each column's :data:`SORT_ROLE` value (times, numbers, folded text) so "When"
sorts by time, not by the text "3 Jul 2026".
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from lockcare.core.dates_in_words import short_date, short_datetime
from lockcare.core.maintenance.log_types import label_for
from lockcare.core.models import LogEntry
from lockcare.core.i18n import translate, translate_noop

ModelIndex = QModelIndex | QPersistentModelIndex
ENTRY_ROLE = Qt.ItemDataRole.UserRole
"""Role returning the row's :class:`~lockcare.core.models.LogEntry`."""
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
"""Role returning a value that sorts the column naturally."""

WHEN, LOCK, TYPE, NOTES, VALUE, COST, DONE_BY = range(7)


def number_text(value: float, unit: str = "") -> str:
    """A measured value with its unit: ``2.0 N·m``, ``64 %``, ``42.5 mm``.

    Whole percentages drop the decimal; other whole values keep one (a torque of
    2.0 N·m reads as a setting, not a count).
    """
    text = f"{value:.2f}".rstrip("0")
    if text.endswith("."):
        text = text[:-1] if unit in ("%", "") else text + "0"
    return f"{text} {unit}".strip()


def cost_text(cost: float) -> str:
    """A cost with two decimals (lockcare does not assume a currency)."""
    return f"{cost:.2f}"


class LogTableModel(QAbstractTableModel):
    """Log entries, one per row: When, Lock, Type, Notes, Value, Cost, Done by.

    Args:
        parent: The Qt parent.
    """

    HEADERS = (translate_noop("logbook.log_model", "When"), translate_noop("logbook.log_model", "Lock"), translate_noop("logbook.log_model", "Type"), translate_noop("logbook.log_model", "Notes"), translate_noop("logbook.log_model", "Value"), translate_noop("logbook.log_model", "Cost"), translate_noop("logbook.log_model", "Done by"))

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: list[LogEntry] = []
        self._lock_names: dict[int, str] = {}

    # -- filling ----------------------------------------------------------------------

    def set_entries(self, entries: Iterable[LogEntry], lock_names: Mapping[int, str] | None = None) -> None:
        """Replace every row.

        Args:
            entries: The entries to show (any order; the view sorts).
            lock_names: Lock names by lock id, for the Lock column.
        """
        self.beginResetModel()
        self._entries = list(entries)
        if lock_names is not None:
            self._lock_names = dict(lock_names)
        self.endResetModel()

    def entry_at(self, row: int) -> LogEntry | None:
        """The entry in ``row``, or None."""
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def row_of(self, entry_id: int | None) -> int:
        """The row showing the entry with this id, or -1."""
        for row, entry in enumerate(self._entries):
            if entry.id is not None and entry.id == entry_id:
                return row
        return -1

    def entries(self) -> list[LogEntry]:
        """Every entry, in model order."""
        return list(self._entries)

    def lock_name(self, lock_id: int) -> str:
        """The name shown for a lock id."""
        return self._lock_names.get(lock_id, "")

    # -- Qt model ---------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.HEADERS):
            if role == Qt.ItemDataRole.DisplayRole:
                return translate("logbook.log_model", self.HEADERS[section])
            if role == Qt.ItemDataRole.TextAlignmentRole and section in (VALUE, COST):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries) or not 0 <= index.column() < len(self.HEADERS):
            return None
        entry = self._entries[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return short_datetime(entry.at) if column == WHEN else (self._display(entry, column) or None)
        if role == SORT_ROLE:
            return self._sort_key(entry, column)
        if role == ENTRY_ROLE:
            return entry
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (VALUE, COST):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, entry: LogEntry, column: int) -> str:
        if column == WHEN:
            return short_date(entry.at)
        if column == LOCK:
            return self.lock_name(entry.lock_id)
        if column == TYPE:
            return label_for(entry.type)
        if column == NOTES:
            return " ".join(entry.notes.split())  # one line in the table; the dialog shows it all
        if column == VALUE:
            return number_text(entry.measured_value, entry.measured_unit) if entry.measured_value is not None else ""
        if column == COST:
            return cost_text(entry.cost) if entry.cost is not None else ""
        return entry.done_by

    def _sort_key(self, entry: LogEntry, column: int) -> Any:
        if column == WHEN:
            return entry.at.timestamp()
        if column == VALUE:
            return entry.measured_value if entry.measured_value is not None else float("-inf")
        if column == COST:
            return entry.cost if entry.cost is not None else float("-inf")
        return self._display(entry, column).casefold()


class LogFilterModel(QSortFilterProxyModel):
    """Filters log rows by lock, types, local date range and search words; sorts naturally.

    Args:
        parent: The Qt parent.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self._lock_id: int | None = None
        self._types: frozenset[str] | None = None
        self._since: date | None = None
        self._until: date | None = None
        self._words: list[str] = []

    def set_filters(
        self,
        *,
        lock_id: int | None = None,
        types: Collection[str] | None = None,
        since: date | None = None,
        until: date | None = None,
        text: str = "",
    ) -> None:
        """Show only matching rows (None or "" means "any").

        Args:
            lock_id: Only this lock's entries.
            types: Only entries of these log type ids.
            since: Only entries on or after this local date.
            until: Only entries on or before this local date.
            text: Only entries whose notes, type, lock or "done by" hold every word.
        """
        self.beginFilterChange()
        self._lock_id = lock_id
        self._types = frozenset(types) if types is not None else None
        self._since, self._until = since, until
        self._words = text.casefold().split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        model = self.sourceModel()
        if not isinstance(model, LogTableModel):
            return True
        entry = model.entry_at(source_row)
        if entry is None:
            return False
        return self.accepts(entry, model.lock_name(entry.lock_id))

    def accepts(self, entry: LogEntry, lock_name: str = "") -> bool:
        """True when ``entry`` passes the current filters."""
        if self._lock_id is not None and entry.lock_id != self._lock_id:
            return False
        if self._types is not None and entry.type not in self._types:
            return False
        day = _local_day(entry.at)
        if self._since is not None and day < self._since:
            return False
        if self._until is not None and day > self._until:
            return False
        if self._words:
            haystack = " ".join((entry.notes, label_for(entry.type), entry.type, entry.done_by, lock_name)).casefold()
            return all(word in haystack for word in self._words)
        return True


def _local_day(value: datetime) -> date:
    return value.astimezone().date()
