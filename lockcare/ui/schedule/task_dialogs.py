"""Forms for recurring tasks: change how often one repeats, or add a new one."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from lockcare.core.maintenance.log_types import LOG_TYPES
from lockcare.core.models import Lock, RecurringTask
from lockcare.ui.dialogs.form_dialog import FormDialog
from lockcare.core.i18n import translate

FORECAST_KIND = "battery-swap"
"""The one task that may have no interval: the battery forecast decides."""


def _interval_row(months: QSpinBox, days: QSpinBox) -> QWidget:
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(QLabel(translate("schedule.task_dialogs", "every")))
    layout.addWidget(months)
    layout.addWidget(QLabel(translate("schedule.task_dialogs", "months and")))
    layout.addWidget(days)
    layout.addWidget(QLabel(translate("schedule.task_dialogs", "days")))
    layout.addStretch(1)
    return row


def _spins(months: int, days: int) -> tuple[QSpinBox, QSpinBox]:
    month_spin = QSpinBox(minimum=0, maximum=120, value=months)
    month_spin.setAccessibleName(translate("schedule.task_dialogs", "Months between"))
    day_spin = QSpinBox(minimum=0, maximum=3660, value=days)
    day_spin.setAccessibleName(translate("schedule.task_dialogs", "Days between"))
    return month_spin, day_spin


class IntervalDialog(FormDialog):
    """Rename a task, change how often it repeats, or pause it.

    Args:
        task: The task to change.
        save: Called with the changed task; raises LockcareError to refuse it.
        parent: The parent window.
    """

    def __init__(self, task: RecurringTask, save: Callable[[RecurringTask], object], parent: QWidget | None = None) -> None:
        super().__init__(translate("schedule.task_dialogs", "How often: {title}").format(title=task.title), translate("schedule.task_dialogs", "Save"), parent)
        self._task = task
        self._save = save
        self.title_edit = QLineEdit(task.title)
        self.title_edit.setAccessibleName(translate("schedule.task_dialogs", "Task name"))
        self.months_spin, self.days_spin = _spins(task.interval_months, task.interval_days)
        self.enabled_check = QCheckBox(translate("schedule.task_dialogs", "Remind me about this task"))
        self.enabled_check.setChecked(task.enabled)
        self.form.addRow(translate("schedule.task_dialogs", "&Name"), self.title_edit)
        self.form.addRow(translate("schedule.task_dialogs", "&Repeat"), _interval_row(self.months_spin, self.days_spin))
        self.form.addRow("", self.enabled_check)
        if task.kind == FORECAST_KIND:
            self.set_intro(translate("schedule.task_dialogs", "Leave both at 0 to follow the battery forecast (recommended)."))
        self.next_due_label = QLabel(translate("schedule.task_dialogs", "The next due date counts from the last time it was done."))
        self.next_due_label.setWordWrap(True)
        self.form.addRow("", self.next_due_label)
        for spin in (self.months_spin, self.days_spin):
            spin.valueChanged.connect(self.revalidate)
        self.title_edit.textChanged.connect(self.revalidate)
        self.revalidate()

    def problem(self) -> str | None:
        if not self.title_edit.text().strip():
            return translate("schedule.task_dialogs", "A task needs a name.")
        if self.months_spin.value() + self.days_spin.value() == 0 and self._task.kind != FORECAST_KIND:
            return translate("schedule.task_dialogs", "Choose at least one month or one day.")
        return None

    def changed_task(self) -> RecurringTask:
        """The task as the form describes it."""
        return replace(
            self._task, title=self.title_edit.text().strip(), interval_months=self.months_spin.value(),
            interval_days=self.days_spin.value(), enabled=self.enabled_check.isChecked(),
        )

    def submit(self) -> None:
        self._save(self.changed_task())


AddTask = Callable[[str, str, int, int], object]
"""Adds a task: (title, kind, interval months, interval days)."""


class AddTaskDialog(FormDialog):
    """Add a recurring task to a lock (e.g. "Check the door closer, every 6 months").

    Args:
        lock: The lock.
        add: Called with the title, the kind ("" for a custom task), months and days.
        parent: The parent window.
    """

    def __init__(self, lock: Lock, add: AddTask, parent: QWidget | None = None) -> None:
        super().__init__(translate("schedule.task_dialogs", "New task for {name}").format(name=lock.name), translate("schedule.task_dialogs", "Add task"), parent)
        self._add = add
        self.title_edit = QLineEdit(placeholderText=translate("schedule.task_dialogs", "e.g. Check the door closer"))
        self.title_edit.setAccessibleName(translate("schedule.task_dialogs", "Task name"))
        self.kind_combo = QComboBox()
        self.kind_combo.setAccessibleName(translate("schedule.task_dialogs", "Which log entries complete it"))
        self.kind_combo.addItem(translate("schedule.task_dialogs", "Only ticking it as done"), "")
        for known in LOG_TYPES:
            self.kind_combo.addItem(translate("schedule.task_dialogs", "Logging “{label}”").format(label=known.label), known.id)
        self.months_spin, self.days_spin = _spins(6, 0)
        self.form.addRow(translate("schedule.task_dialogs", "&Name"), self.title_edit)
        self.form.addRow(translate("schedule.task_dialogs", "&Repeat"), _interval_row(self.months_spin, self.days_spin))
        self.form.addRow(translate("schedule.task_dialogs", "&Completed by"), self.kind_combo)
        for spin in (self.months_spin, self.days_spin):
            spin.valueChanged.connect(self.revalidate)
        self.title_edit.textChanged.connect(self.revalidate)
        self.revalidate()

    def problem(self) -> str | None:
        if not self.title_edit.text().strip():
            return translate("schedule.task_dialogs", "Give the task a name.")
        if self.months_spin.value() + self.days_spin.value() == 0:
            return translate("schedule.task_dialogs", "Choose at least one month or one day.")
        return None

    def submit(self) -> None:
        self._add(self.title_edit.text().strip(), self.kind_combo.currentData(), self.months_spin.value(), self.days_spin.value())
