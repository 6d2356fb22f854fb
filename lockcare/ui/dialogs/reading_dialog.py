"""Record a battery reading by hand: a percentage or a level, now or backdated."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateTimeEdit,
    QHBoxLayout,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from lockcare.core.models import BATTERY_LEVELS, Lock
from lockcare.core.wording import level_word
from lockcare.ui.dialogs.form_dialog import FormDialog

RecordReading = Callable[[int | None, str | None, datetime], object]


class ReadingDialog(FormDialog):
    """Asks for a percentage (or a level, for locks that only report one) and when."""

    def __init__(self, lock: Lock, record: RecordReading, parent: QWidget | None = None) -> None:
        super().__init__(f"Battery reading for {lock.name}", "Record reading", parent)
        self._record = record
        self.set_intro("Read the level in the Tuya or Smart Life app (lock, then the battery icon).")
        self.percent_radio = QRadioButton("&Percentage")
        self.level_radio = QRadioButton("&Level")
        self.percent_radio.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.percent_radio)
        group.addButton(self.level_radio)
        kind_row = QWidget()
        kind_layout = QHBoxLayout(kind_row)
        kind_layout.setContentsMargins(0, 0, 0, 0)
        kind_layout.addWidget(self.percent_radio)
        kind_layout.addWidget(self.level_radio)
        kind_layout.addStretch(1)
        self.percent_spin = QSpinBox(minimum=0, maximum=100, value=80, suffix=" %")
        self.percent_spin.setAccessibleName("Battery percentage")
        self.level_combo = QComboBox()
        for level in BATTERY_LEVELS:
            self.level_combo.addItem(level_word(level).capitalize(), level)
        self.level_combo.setAccessibleName("Battery level")
        self.when_edit = QDateTimeEdit(QDateTime.currentDateTime())
        self.when_edit.setCalendarPopup(True)
        self.when_edit.setMaximumDateTime(QDateTime.currentDateTime().addSecs(60))
        self.when_edit.setAccessibleName("When it was read")
        self.form.addRow("Reading", kind_row)
        self.form.addRow("Percentage", self.percent_spin)
        self.form.addRow("Level", self.level_combo)
        self.form.addRow("&When", self.when_edit)
        self.percent_radio.toggled.connect(self._on_kind_toggled)
        self._on_kind_toggled(True)
        self.revalidate()

    def _on_kind_toggled(self, _checked: bool) -> None:
        self.percent_spin.setEnabled(self.percent_radio.isChecked())
        self.level_combo.setEnabled(self.level_radio.isChecked())

    def submit(self) -> None:
        when = self.when_edit.dateTime().toPython().astimezone()
        if self.percent_radio.isChecked():
            self._record(self.percent_spin.value(), None, when)
        else:
            self._record(None, self.level_combo.currentData(), when)
