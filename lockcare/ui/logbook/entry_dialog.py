"""Add or edit one maintenance log entry: what, when, notes, cost, a measurement, who."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import datetime, time

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from lockcare.core.maintenance.log_types import LOG_TYPES, label_for, log_type
from lockcare.core.models import Lock, LogEntry
from lockcare.ui.dates import use_medium_format
from lockcare.ui.dialogs.form_dialog import FormDialog
from lockcare.ui.logbook.log_model import cost_text, number_text
from lockcare.core.i18n import translate

SaveEntry = Callable[[LogEntry], object]
"""Saves a draft entry (no id: add; with id: edit); raises LockcareError to refuse it."""


def parse_number(text: str) -> float | None:
    """Read a typed number ("2", "2.5", "2,5"); None when empty.

    Raises:
        ValueError: The text is not a finite number.
    """
    text = text.strip().replace(",", ".")
    if not text:
        return None
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(text)
    return value


class LogEntryDialog(FormDialog):
    """A form for one log entry; backdating is allowed, a date in the future is not.

    Args:
        locks: The locks the entry may belong to (one lock: the choice is fixed).
        save: Called with the draft entry when the user confirms.
        parent: The parent window.
        entry: The entry to edit (None to add a new one).
        now: The current time (default: the clock; pass the service's ``now()``).
    """

    def __init__(
        self,
        locks: Sequence[Lock],
        save: SaveEntry,
        parent: QWidget | None = None,
        *,
        entry: LogEntry | None = None,
        now: datetime | None = None,
    ) -> None:
        editing = entry is not None
        super().__init__(translate("logbook.entry_dialog", "Edit log entry") if editing else translate("logbook.entry_dialog", "Add to the log"), translate("logbook.entry_dialog", "Save") if editing else translate("logbook.entry_dialog", "Add"), parent)
        self._locks = list(locks)
        self._save = save
        self._entry = entry
        self._now = (now or datetime.now().astimezone()).astimezone()
        self._today = self._now.date()
        self.saved: object = None

        self.lock_combo = QComboBox()
        for lock in self._locks:
            self.lock_combo.addItem(lock.name, lock.id)
        self.type_combo = QComboBox()
        for known in LOG_TYPES:
            self.type_combo.addItem(known.label, known.id)
        self.date_edit = QDateEdit(QDate(self._today))
        self.date_edit.setMaximumDate(QDate(self._today))
        use_medium_format(self.date_edit)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setPlaceholderText(translate("logbook.entry_dialog", "What was done, what you noticed"))
        self.notes_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.value_edit = QLineEdit(placeholderText=translate("logbook.entry_dialog", "optional, e.g. 2.0"))
        self.unit_edit = QLineEdit(placeholderText=translate("logbook.entry_dialog", "unit"))
        self.unit_edit.setMaximumWidth(90)
        value_row = QWidget()
        value_layout = QHBoxLayout(value_row)
        value_layout.setContentsMargins(0, 0, 0, 0)
        value_layout.addWidget(self.value_edit, 1)
        value_layout.addWidget(self.unit_edit)
        self.cost_edit = QLineEdit(placeholderText=translate("logbook.entry_dialog", "optional, e.g. 12.50"))
        self.done_by_edit = QLineEdit(placeholderText=translate("logbook.entry_dialog", "optional, e.g. Sam"))
        for label, widget, name in (
            (translate("logbook.entry_dialog", "&Lock"), self.lock_combo, translate("logbook.entry_dialog", "Lock")),
            (translate("logbook.entry_dialog", "&What"), self.type_combo, translate("logbook.entry_dialog", "Type of work")),
            (translate("logbook.entry_dialog", "&Date"), self.date_edit, translate("logbook.entry_dialog", "Date")),
            (translate("logbook.entry_dialog", "&Notes"), self.notes_edit, translate("logbook.entry_dialog", "Notes")),
            (translate("logbook.entry_dialog", "&Measured"), value_row, translate("logbook.entry_dialog", "Measured value")),
            (translate("logbook.entry_dialog", "&Cost"), self.cost_edit, translate("logbook.entry_dialog", "Cost")),
            (translate("logbook.entry_dialog", "Done &by"), self.done_by_edit, translate("logbook.entry_dialog", "Done by")),
        ):
            self.form.addRow(label, widget)
            widget.setAccessibleName(name)
        self.unit_edit.setAccessibleName(translate("logbook.entry_dialog", "Unit of the measured value"))
        self.form.setRowVisible(self.lock_combo, len(self._locks) > 1)
        if entry is not None:
            self._fill(entry)
        else:
            self._on_type_changed()
        self.type_combo.currentIndexChanged.connect(self._on_type_changed)
        for edit in (self.value_edit, self.cost_edit, self.unit_edit):
            edit.textChanged.connect(self.revalidate)
        self.date_edit.dateChanged.connect(self.revalidate)
        self.revalidate()

    def _fill(self, entry: LogEntry) -> None:
        self.lock_combo.setCurrentIndex(max(0, self.lock_combo.findData(entry.lock_id)))
        index = self.type_combo.findData(entry.type)
        if index < 0:  # an old type lockcare no longer lists: keep it
            self.type_combo.addItem(label_for(entry.type), entry.type)
            index = self.type_combo.count() - 1
        self.type_combo.setCurrentIndex(index)
        if entry.swap_id is not None or entry.run_id is not None:
            self.type_combo.setEnabled(False)
            self.type_combo.setToolTip(translate("logbook.entry_dialog", "A battery swap or troubleshooting entry keeps its type; delete it instead."))
            self.lock_combo.setEnabled(False)
        self.date_edit.setDate(QDate(entry.at.astimezone().date()))
        self.notes_edit.setPlainText(entry.notes)
        if entry.measured_value is not None:
            self.value_edit.setText(number_text(entry.measured_value))
        self.unit_edit.setText(entry.measured_unit)
        if entry.cost is not None:
            self.cost_edit.setText(cost_text(entry.cost))
        self.done_by_edit.setText(entry.done_by)

    def _on_type_changed(self, _index: int = 0) -> None:
        known = log_type(self.type_combo.currentData() or "")
        unit = known.measured_unit if known else ""
        if not self.unit_edit.isModified():
            self.unit_edit.setText(unit)
        self.revalidate()

    # -- FormDialog -------------------------------------------------------------------

    def problem(self) -> str | None:
        if not self._locks:
            return translate("logbook.entry_dialog", "Add a lock first.")
        if self.date_edit.date().toPython() > self._today:
            return translate("logbook.entry_dialog", "The date cannot be in the future.")
        try:
            value = parse_number(self.value_edit.text())
        except ValueError:
            return translate("logbook.entry_dialog", "The measured value must be a number, e.g. 2.0.")
        try:
            cost = parse_number(self.cost_edit.text())
        except ValueError:
            return translate("logbook.entry_dialog", "The cost must be a number, e.g. 12.50.")
        if cost is not None and cost < 0:
            return translate("logbook.entry_dialog", "A cost cannot be negative.")
        if value is None and self.unit_edit.text().strip() and self.unit_edit.isModified():
            return translate("logbook.entry_dialog", "Enter the measured value for that unit, or clear the unit.")
        return None

    def draft(self) -> LogEntry:
        """The entry as the form describes it (call only when :meth:`problem` is None)."""
        lock_id = self.lock_combo.currentData()
        value = parse_number(self.value_edit.text())
        fields = {
            "lock_id": lock_id,
            "at": self._when(),
            "type": self.type_combo.currentData(),
            "notes": self.notes_edit.toPlainText().strip(),
            "cost": parse_number(self.cost_edit.text()),
            "measured_value": value,
            "measured_unit": self.unit_edit.text().strip() if value is not None else "",
            "done_by": self.done_by_edit.text().strip(),
        }
        if self._entry is not None:
            return replace(self._entry, **fields)
        return LogEntry(**fields)

    def submit(self) -> None:
        self.saved = self._save(self.draft())

    def _when(self) -> datetime:
        """Today means now; an earlier day means noon that day; an unchanged day keeps the time."""
        day = self.date_edit.date().toPython()
        if self._entry is not None and self._entry.at.astimezone().date() == day:
            return self._entry.at
        if day >= self._today:
            return self._now
        return datetime.combine(day, time(12, 0)).astimezone()
