"""Record a battery swap: when, which type and brand, how many, and a note."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, time

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel, QLineEdit, QSpinBox, QWidget

from lockcare.core.models import BATTERY_TYPES, Lock, battery_type_words
from lockcare.ui.dates import use_medium_format
from lockcare.ui.dialogs.form_dialog import FormDialog
from lockcare.ui.dialogs.lock_choice import LockChoice
from lockcare.core.i18n import translate

RecordSwap = Callable[[Lock, datetime, str, str, int, str], object]


class SwapDialog(FormDialog):
    """Asks when the batteries were changed and what went in; warns about NiMH and mixing.

    Args:
        lock: The lock, or None to let the user choose among ``choices``.
        record: Stores the swap (lock, when, type, brand, count, note); may raise ``LockcareError``.
        parent: The Qt parent.
        choices: The locks to choose from when ``lock`` is None.
    """

    def __init__(self, lock: Lock | None, record: RecordSwap, parent: QWidget | None = None,
                 *, choices: Sequence[Lock] = ()) -> None:
        super().__init__(translate("dialogs.swap_dialog", "Batteries changed in {name}").format(name=lock.name) if lock else translate("dialogs.swap_dialog", "Batteries changed"), translate("dialogs.swap_dialog", "Record swap"), parent)
        self._lock = lock
        self._record = record
        self.set_intro(translate("dialogs.swap_dialog", "Change all the batteries together, with fresh cells of one type; then wait 30 s for the lock to restart."))
        self.lock_choice: LockChoice | None = None
        if lock is None:
            self.lock_choice = LockChoice(choices)
            self.lock_choice.currentIndexChanged.connect(self._on_lock_chosen)
            self.form.addRow(translate("dialogs.swap_dialog", "&Lock"), self.lock_choice)
        self.date_edit = QDateEdit(QDate.currentDate())
        use_medium_format(self.date_edit)
        self.date_edit.setMaximumDate(QDate.currentDate())
        self.type_combo = QComboBox()
        for key in BATTERY_TYPES:
            self.type_combo.addItem(battery_type_words(key), key)
        self.brand_edit = QLineEdit(placeholderText=translate("dialogs.swap_dialog", "optional, e.g. Duracell"))
        self.count_spin = QSpinBox(minimum=1, maximum=12, value=4)
        self._fill_from(lock)
        self.note_edit = QLineEdit(placeholderText=translate("dialogs.swap_dialog", "optional"))
        self.advice = QLabel()
        self.advice.setWordWrap(True)
        self.advice.setObjectName("swapAdvice")
        for label, widget in (
            (translate("dialogs.swap_dialog", "&Date"), self.date_edit),
            (translate("dialogs.swap_dialog", "&Type"), self.type_combo),
            (translate("dialogs.swap_dialog", "&Brand"), self.brand_edit),
            (translate("dialogs.swap_dialog", "How &many"), self.count_spin),
            (translate("dialogs.swap_dialog", "N&ote"), self.note_edit),
        ):
            self.form.addRow(label, widget)
            widget.setAccessibleName(label.replace("&", ""))
        self.form.addRow("", self.advice)
        self.type_combo.currentIndexChanged.connect(self._on_type_changed)
        self._on_type_changed()
        self.revalidate()
        self.error_label.setText("")  # no scolding before the user has chosen anything

    @property
    def lock(self) -> Lock | None:
        """The lock the swap is for (the one chosen, when the dialog offers a choice)."""
        return self._lock if self.lock_choice is None else self.lock_choice.chosen()

    def problem(self) -> str | None:
        return translate("dialogs.swap_dialog", "Choose the lock whose batteries were changed.") if self.lock is None else None

    def _fill_from(self, lock: Lock | None) -> None:
        if lock is not None:
            self.type_combo.setCurrentIndex(max(0, self.type_combo.findData(lock.battery_type)))
            self.count_spin.setValue(lock.battery_count)

    def _on_lock_chosen(self, _index: int) -> None:
        self._fill_from(self.lock)
        self._on_type_changed()
        self.revalidate()

    def set_day(self, when: datetime) -> None:
        """Preset the date (a change the readings detected)."""
        local = when.astimezone()
        self.date_edit.setDate(QDate(local.year, local.month, local.day))

    def _on_type_changed(self, _index: int = 0) -> None:
        chosen = self.type_combo.currentData()
        lock = self.lock
        if chosen == "aa-nimh":
            text = translate("dialogs.swap_dialog", "NiMH rechargeables run at 1.2 V instead of 1.5 V: the lock will warn of low batteries early. Alkaline AA cells are the safe choice.")
        elif lock is not None and chosen != lock.battery_type:
            text = translate("dialogs.swap_dialog", "This lock was set up for {battery}. Use one type only, never mixed.").format(battery=battery_type_words(lock.battery_type))
        else:
            text = ""
        self.advice.setText(text)
        self.advice.setVisible(bool(text))

    def submit(self) -> None:
        day = self.date_edit.date().toPython()
        now = datetime.now().astimezone()
        when = now if day == now.date() else datetime.combine(day, time(12, 0)).astimezone()
        lock = self.lock
        assert lock is not None
        self._record(lock, when, self.type_combo.currentData(), self.brand_edit.text(), self.count_spin.value(),
                     self.note_edit.text())
