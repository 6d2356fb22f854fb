"""Record a battery reading by hand: a percentage or a level, now or backdated."""

from __future__ import annotations

from collections.abc import Callable, Sequence
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
from lockcare.ui.dates import use_medium_format
from lockcare.ui.dialogs.form_dialog import FormDialog
from lockcare.ui.dialogs.lock_choice import LockChoice
from lockcare.core.i18n import translate

RecordReading = Callable[[Lock, int | None, str | None, datetime], object]
NO_PERCENT = -1
"""The percentage box's value before the user types one (shown empty: nothing is pre-filled)."""


class ReadingDialog(FormDialog):
    """Asks for a percentage (or a level, for locks that only report one) and when.

    Args:
        lock: The lock the reading is for, or None to let the user choose among ``choices``.
        record: Stores the reading (lock, percent, level, when); may raise ``LockcareError``.
        parent: The Qt parent.
        choices: The locks to choose from when ``lock`` is None.
    """

    def __init__(self, lock: Lock | None, record: RecordReading, parent: QWidget | None = None,
                 *, choices: Sequence[Lock] = ()) -> None:
        title = translate("dialogs.reading_dialog", "Battery reading for {name}").format(name=lock.name) if lock else translate("dialogs.reading_dialog", "Battery reading")
        super().__init__(title, translate("dialogs.reading_dialog", "Record reading"), parent)
        self._lock = lock
        self._record = record
        self.set_intro(translate("dialogs.reading_dialog", "Read the level in the Tuya or Smart Life app (lock, then the battery icon)."))
        self.lock_choice: LockChoice | None = None
        if lock is None:
            self.lock_choice = LockChoice(choices)
            self.lock_choice.currentIndexChanged.connect(self.revalidate)
            self.form.addRow(translate("dialogs.reading_dialog", "&Lock"), self.lock_choice)
        self.percent_radio = QRadioButton(translate("dialogs.reading_dialog", "&Percentage"))
        self.level_radio = QRadioButton(translate("dialogs.reading_dialog", "&Level"))
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
        self.percent_spin = QSpinBox(minimum=NO_PERCENT, maximum=100, value=NO_PERCENT, suffix=" %")
        self.percent_spin.setSpecialValueText(" ")  # empty until the user types what the app shows
        self.percent_spin.setAccessibleName(translate("dialogs.reading_dialog", "Battery percentage"))
        self.percent_spin.valueChanged.connect(self.revalidate)
        self.level_combo = QComboBox()
        for level in BATTERY_LEVELS:
            self.level_combo.addItem(level_word(level).capitalize(), level)
        self.level_combo.setAccessibleName(translate("dialogs.reading_dialog", "Battery level"))
        self.when_edit = QDateTimeEdit(QDateTime.currentDateTime())
        use_medium_format(self.when_edit, with_time=True)
        self.when_edit.setMaximumDateTime(QDateTime.currentDateTime().addSecs(60))
        self.when_edit.setAccessibleName(translate("dialogs.reading_dialog", "When it was read"))
        self.form.addRow(translate("dialogs.reading_dialog", "Reading"), kind_row)
        self.form.addRow(translate("dialogs.reading_dialog", "Percentage"), self.percent_spin)
        self.form.addRow(translate("dialogs.reading_dialog", "Level"), self.level_combo)
        self.form.addRow(translate("dialogs.reading_dialog", "&When"), self.when_edit)
        self.percent_radio.toggled.connect(self._on_kind_toggled)
        self._on_kind_toggled(True)
        self.revalidate()
        self.error_label.setText("")  # no scolding before the user has typed anything
        self.percent_spin.setFocus()

    @property
    def lock(self) -> Lock | None:
        """The lock the reading is for (the one chosen, when the dialog offers a choice)."""
        return self._lock if self.lock_choice is None else self.lock_choice.chosen()

    def _on_kind_toggled(self, _checked: bool) -> None:
        self.percent_spin.setEnabled(self.percent_radio.isChecked())
        self.level_combo.setEnabled(self.level_radio.isChecked())
        self.revalidate()

    def problem(self) -> str | None:
        if self.lock is None:
            return translate("dialogs.reading_dialog", "Choose the lock the reading is for.")
        if self.percent_radio.isChecked() and self.percent_spin.value() == NO_PERCENT:
            return translate("dialogs.reading_dialog", "Type the percentage the app shows.")
        return None

    def submit(self) -> None:
        lock = self.lock
        assert lock is not None
        when = self.when_edit.dateTime().toPython().astimezone()
        if self.percent_radio.isChecked():
            self._record(lock, self.percent_spin.value(), None, when)
        else:
            self._record(lock, None, self.level_combo.currentData(), when)
