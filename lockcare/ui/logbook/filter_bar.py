"""The log's filter bar: lock, type, time span (or two dates) and search words."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from lockcare.core.maintenance.log_types import LOG_TYPES
from lockcare.ui.dates import use_medium_format
from lockcare.core.i18n import translate, translate_noop

PERIODS = (
    (translate_noop("logbook.filter_bar", "Any time"), None),
    (translate_noop("logbook.filter_bar", "Last 30 days"), 30),
    (translate_noop("logbook.filter_bar", "Last 3 months"), 91),
    (translate_noop("logbook.filter_bar", "Last 12 months"), 365),
    (translate_noop("logbook.filter_bar", "Between dates…"), -1),
)
"""Time spans offered (days back; -1: the two date fields)."""


class LogFilterBar(QWidget):
    """A row of filters; :attr:`changed` fires on any edit, :meth:`filters` reads them.

    Args:
        show_lock: Offer the lock filter (hidden where the log is one lock's).
        parent: The Qt parent.
    """

    changed = Signal()

    def __init__(self, *, show_lock: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        self.lock_label = QLabel(translate("logbook.filter_bar", "Lock:"))
        self.lock_combo = QComboBox()
        self.lock_combo.setAccessibleName(translate("logbook.filter_bar", "Show the log of"))
        self.lock_combo.addItem(translate("logbook.filter_bar", "All locks"), None)
        type_label = QLabel(translate("logbook.filter_bar", "Type:"))
        self.type_combo = QComboBox()
        self.type_combo.setAccessibleName(translate("logbook.filter_bar", "Type of work"))
        self.type_combo.addItem(translate("logbook.filter_bar", "Any type"), None)
        for known in LOG_TYPES:
            self.type_combo.addItem(known.label, known.id)
        period_label = QLabel(translate("logbook.filter_bar", "When:"))
        self.period_combo = QComboBox()
        self.period_combo.setAccessibleName(translate("logbook.filter_bar", "Time span"))
        for text, days in PERIODS:
            self.period_combo.addItem(translate("logbook.filter_bar", text), days)
        self.since_edit = QDateEdit()
        self.since_edit.setAccessibleName(translate("logbook.filter_bar", "From date"))
        self.until_edit = QDateEdit()
        self.until_edit.setAccessibleName(translate("logbook.filter_bar", "To date"))
        for edit in (self.since_edit, self.until_edit):
            use_medium_format(edit)
        today = QDate.currentDate()
        self.since_edit.setDate(today.addYears(-1))
        self.until_edit.setDate(today)
        self.search_edit = QLineEdit(placeholderText=translate("logbook.filter_bar", "Search (Ctrl+F)"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setAccessibleName(translate("logbook.filter_bar", "Search the log"))
        self.search_edit.setMinimumWidth(130)
        for label, combo in ((self.lock_label, self.lock_combo), (type_label, self.type_combo),
                             (period_label, self.period_combo)):
            label.setBuddy(combo)
            row.addWidget(label)
            row.addWidget(combo)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(11)
            combo.currentIndexChanged.connect(self._on_edited)
        row.addWidget(self.since_edit)
        row.addWidget(self.until_edit)
        row.addWidget(self.search_edit, 1)
        for edit in (self.since_edit, self.until_edit):
            edit.dateChanged.connect(self._on_edited)
        self.search_edit.textChanged.connect(self._on_edited)
        self.lock_label.setVisible(show_lock)
        self.lock_combo.setVisible(show_lock)
        self._sync_dates()

    def set_locks(self, locks: Sequence[tuple[str, int | None]]) -> None:
        """Offer these (name, lock id) choices after "All locks", keeping the chosen one."""
        chosen = self.lock_combo.currentData()
        self.lock_combo.blockSignals(True)
        self.lock_combo.clear()
        self.lock_combo.addItem(translate("logbook.filter_bar", "All locks"), None)
        for name, lock_id in locks:
            self.lock_combo.addItem(name, lock_id)
        self.lock_combo.setCurrentIndex(max(0, self.lock_combo.findData(chosen)))
        self.lock_combo.blockSignals(False)
        self.changed.emit()

    def filters(self) -> dict[str, Any]:
        """The keyword arguments for :meth:`LogFilterModel.set_filters`."""
        days = self.period_combo.currentData()
        since: date | None = None
        until: date | None = None
        if days == -1:
            since, until = self.since_edit.date().toPython(), self.until_edit.date().toPython()
        elif days:
            since = date.today() - timedelta(days=days)
        type_id = self.type_combo.currentData()
        return {
            "lock_id": self.lock_combo.currentData(), "types": [type_id] if type_id else None,
            "since": since, "until": until, "text": self.search_edit.text(),
        }

    def _sync_dates(self) -> None:
        custom = self.period_combo.currentData() == -1
        self.since_edit.setVisible(custom)
        self.until_edit.setVisible(custom)

    def _on_edited(self, *_args: object) -> None:
        self._sync_dates()
        self.changed.emit()
