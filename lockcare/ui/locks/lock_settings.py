"""A lock's settings: its details, batteries, and which data point means what.

The data-point map is found automatically (devices.json mapping, then the product family,
then the shape of the values), but products differ; here the user can correct it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from lockcare.core import validation
from lockcare.core.dpmap import ROLES, UNLOCK_CODES
from lockcare.core.errors import LockcareError, ValidationError
from lockcare.core.models import BATTERY_TYPES, PROTOCOL_VERSIONS, Lock, LockKind

ROLE_WORDS = {
    "battery_percent": "Battery percentage",
    "battery_level": "Battery level (high/medium/low)",
    "alarm": "Alarms",
    "door_state": "Door open/closed",
    "motor_state": "Bolt motor state",
    "hijack": "Duress unlock",
    "doorbell": "Doorbell",
}

SaveLock = Callable[[Lock], Lock]


class LockSettingsPanel(QWidget):
    """Edit a lock's details and its data-point map; ``saved`` carries the stored lock."""

    saved = Signal(object)

    def __init__(self, save: SaveLock | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.save_lock = save
        """Stores an edited lock and returns it; raises LockcareError."""
        self._lock: Lock | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        outer.addWidget(scroll)
        body = QWidget()
        scroll.setWidget(body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 12, 4, 4)
        layout.setSpacing(12)

        details = QGroupBox("Details")
        form = QFormLayout(details)
        self.name_edit = QLineEdit()
        self.address_edit = QLineEdit()
        self.port_spin = QSpinBox(minimum=1, maximum=65535)
        self.version_combo = QComboBox()
        self.version_combo.addItems(list(PROTOCOL_VERSIONS))
        self.battery_combo = QComboBox()
        for key, label in BATTERY_TYPES.items():
            self.battery_combo.addItem(label, key)
        self.count_spin = QSpinBox(minimum=1, maximum=12)
        self.voice_check = QCheckBox("Voice prompts are switched on (batteries last 3-4 months instead of 8-10)")
        self.wake_edit = QLineEdit(placeholderText="e.g. Touch the keypad, or enter *9#")
        for widget in (self.port_spin, self.version_combo, self.count_spin):
            widget.setMaximumWidth(180)
        for label, widget in (("Name", self.name_edit), ("Address", self.address_edit), ("Port", self.port_spin),
                              ("Protocol version", self.version_combo), ("Batteries", self.battery_combo),
                              ("How many", self.count_spin), ("", self.voice_check), ("How to wake it", self.wake_edit)):
            form.addRow(label, widget)
            widget.setAccessibleName(label or "Voice prompts")
        layout.addWidget(details)

        dps = QGroupBox("Data points")
        dp_layout = QVBoxLayout(dps)
        note = QLabel("Which numbered data point of the lock carries each value. lockcare found these itself; "
                      "change one only if a value shows up wrong. 0 means the lock does not report it.")
        note.setWordWrap(True)
        dp_layout.addWidget(note)
        dp_form = QFormLayout()
        self.dp_spins: dict[str, QSpinBox] = {}
        for role in (*ROLES, *UNLOCK_CODES):
            spin = QSpinBox(minimum=0, maximum=255)
            spin.setSpecialValueText("not reported")
            spin.setMaximumWidth(180)
            spin.setAccessibleName(ROLE_WORDS.get(role, role))
            self.dp_spins[role] = spin
            label = ROLE_WORDS.get(role) or "Unlock record: " + role.removeprefix("unlock_").replace("_", " ")
            dp_form.addRow(label, spin)
        dp_layout.addLayout(dp_form)
        layout.addWidget(dps)

        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #c0392b;")
        layout.addWidget(self.error_label)
        row = QHBoxLayout()
        self.save_button = QPushButton("&Save changes")
        self.save_button.clicked.connect(self._on_save_clicked)
        row.addWidget(self.save_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)

    @property
    def lock(self) -> Lock | None:
        """The lock the form shows, or None."""
        return self._lock

    def show_lock(self, lock: Lock) -> None:
        """Fill the form from ``lock``."""
        self._lock = lock
        self.error_label.clear()
        self.name_edit.setText(lock.name)
        self.address_edit.setText(lock.address)
        self.port_spin.setValue(lock.port)
        self.version_combo.setCurrentText(lock.version)
        self.battery_combo.setCurrentIndex(max(0, self.battery_combo.findData(lock.battery_type)))
        self.count_spin.setValue(lock.battery_count)
        self.voice_check.setChecked(lock.voice_prompts)
        self.wake_edit.setText(lock.wake_hint)
        direct = lock.kind is not LockKind.GATEWAY_CHILD
        for widget in (self.address_edit, self.port_spin, self.version_combo):
            widget.setEnabled(direct)
        for role, spin in self.dp_spins.items():
            spin.setValue(lock.dp_map.get(role, 0))

    def edited_lock(self) -> Lock:
        """The lock as the form describes it."""
        assert self._lock is not None
        dp_map = {role: spin.value() for role, spin in self.dp_spins.items() if spin.value() > 0}
        return replace(
            self._lock, name=self.name_edit.text().strip(), address=self.address_edit.text().strip(),
            port=self.port_spin.value(), version=self.version_combo.currentText(),
            battery_type=self.battery_combo.currentData(), battery_count=self.count_spin.value(),
            voice_prompts=self.voice_check.isChecked(), wake_hint=self.wake_edit.text().strip(), dp_map=dp_map,
        )

    def _on_save_clicked(self) -> None:
        try:
            lock = self.edited_lock()
            validation.validate_name(lock.name)
            dps = [dp for dp in lock.dp_map.values()]
            if len(dps) != len(set(dps)):
                raise ValidationError("Two values cannot share one data point; check the numbers.")
            if self.save_lock is None:
                raise LockcareError("Saving is not available here.")
            stored = self.save_lock(lock)
        except LockcareError as exc:
            self.error_label.setText(str(exc))
            return
        self.error_label.setText("")
        self._lock = stored
        self.saved.emit(stored)
