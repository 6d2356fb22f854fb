"""A lock's Settings tab: what a homeowner changes first, the data points folded away.

Name, address, port, protocol version and the local key (masked, with Show and "Change
local key…") come first, then the batteries; the data-point numbers sit under a folded
"Advanced (data points)" section. Addresses are checked the one way the CLI and the
services check them. The mouse wheel never changes a box that was not clicked into, edits
are kept while the page refreshes under them, and "Remove lock…" lives here too.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from lockcare.core import validation
from lockcare.core.dpmap import ROLES, UNLOCK_CODES
from lockcare.core.errors import LockcareError, ValidationError
from lockcare.core.models import BATTERY_TYPES, Lock, LockKind, PROTOCOL_VERSIONS, battery_type_words
from lockcare.services.locks import LockService
from lockcare.ui.locks.key_dialog import KeyDialog
from lockcare.ui.widgets.masked_key import MaskedKey
from lockcare.ui.widgets.disclosure import Disclosure, page_scroll
from lockcare.ui.widgets.field_errors import ErrorLabel, FieldError, add_field
from lockcare.ui.widgets.wheel_guard import guard_wheel
from lockcare.core.i18n import translate, translate_noop

ROLE_WORDS = {
    "battery_percent": translate_noop("locks.lock_settings", "Battery percentage"),
    "battery_level": translate_noop("locks.lock_settings", "Battery level (high/medium/low)"),
    "alarm": translate_noop("locks.lock_settings", "Alarms"),
    "door_state": translate_noop("locks.lock_settings", "Door open/closed"),
    "motor_state": translate_noop("locks.lock_settings", "Bolt motor state"),
    "hijack": translate_noop("locks.lock_settings", "Duress unlock"),
    "doorbell": translate_noop("locks.lock_settings", "Doorbell"),
}


class LockSettingsPanel(QWidget):
    """Edit a lock's details, key and data-point map.

    Args:
        locks: The lock service (edit, key, removal footprint); None shows the form read-only.
        parent: The Qt parent.
    """

    saved = Signal(object)
    """The edits were stored (the :class:`Lock` as stored now)."""
    key_changed = Signal(object)
    """A new local key was stored for this :class:`Lock`."""
    remove_requested = Signal(object)
    """The user asked to remove this :class:`Lock` (the window confirms and removes it)."""

    def __init__(self, locks: LockService | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._locks = locks
        self._lock: Lock | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll = page_scroll("settingsScroll")
        outer.addWidget(self.scroll)
        body = QWidget()
        self.scroll.setWidget(body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 12, 4, 4)
        layout.setSpacing(12)

        details = QGroupBox(translate("locks.lock_settings", "This lock"))
        form = QFormLayout(details)
        self.name_edit = QLineEdit()
        self.address_edit = QLineEdit(placeholderText=translate("locks.lock_settings", "e.g. 192.168.1.40"))
        self.port_spin = QSpinBox(minimum=1, maximum=65535)
        self.version_combo = QComboBox()
        self.version_combo.addItems(list(PROTOCOL_VERSIONS))
        for widget in (self.port_spin, self.version_combo):
            widget.setMaximumWidth(180)
        self.errors: dict[str, FieldError] = {  # shown on Save only: no room held for them
            "name": add_field(form, translate("locks.lock_settings", "Name"), self.name_edit, "name", reserve=False),
            "address": add_field(form, translate("locks.lock_settings", "Address"), self.address_edit, "address", reserve=False),
        }
        form.addRow(translate("locks.lock_settings", "Port"), self.port_spin)
        form.addRow(translate("locks.lock_settings", "Protocol version"), self.version_combo)
        masked = MaskedKey()
        self.key_edit, self.show_key_button = masked.edit, masked.show_button
        self.key_edit.setReadOnly(True)
        self.key_edit.setAccessibleName(translate("locks.lock_settings", "Local key"))
        self.show_key_button.toggled.connect(self._on_show_key_toggled)
        self.change_key_button = QPushButton(translate("locks.lock_settings", "Change local ke&y…"))
        self.change_key_button.setToolTip(translate("locks.lock_settings", "Put in the new key after the lock was paired again in the Tuya app"))
        self.change_key_button.clicked.connect(self.change_key)
        key_row = QWidget()
        key_layout = QHBoxLayout(key_row)
        key_layout.setContentsMargins(0, 0, 0, 0)
        key_layout.addWidget(masked, 1)
        key_layout.addWidget(self.change_key_button)
        form.addRow(translate("locks.lock_settings", "Local key"), key_row)
        self.via_label = QLabel()
        self.via_label.setWordWrap(True)
        form.addRow("", self.via_label)
        for label, widget in ((translate("locks.lock_settings", "Name"), self.name_edit), (translate("locks.lock_settings", "Address"), self.address_edit), (translate("locks.lock_settings", "Port"), self.port_spin),
                              (translate("locks.lock_settings", "Protocol version"), self.version_combo)):
            widget.setAccessibleName(label)
        self._details_form = form
        layout.addWidget(details)

        batteries = QGroupBox(translate("locks.lock_settings", "Batteries"))
        battery_form = QFormLayout(batteries)
        self.battery_combo = QComboBox()
        for key in BATTERY_TYPES:
            self.battery_combo.addItem(battery_type_words(key), key)
        self.battery_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.battery_combo.setMinimumContentsLength(16)
        self.count_spin = QSpinBox(minimum=1, maximum=12)
        self.count_spin.setMaximumWidth(180)
        self.voice_check = QCheckBox(translate("locks.lock_settings", "Voice prompts are on"))
        self.voice_check.setToolTip(translate("locks.lock_settings", "With voice prompts, batteries last 3-4 months instead of 8-10"))
        self.wake_edit = QLineEdit(placeholderText=translate("locks.lock_settings", "e.g. Touch the keypad, or enter *9#"))
        for label, widget in ((translate("locks.lock_settings", "Batteries"), self.battery_combo), (translate("locks.lock_settings", "How many"), self.count_spin),
                              ("", self.voice_check), (translate("locks.lock_settings", "How to wake it"), self.wake_edit)):
            battery_form.addRow(label, widget)
            widget.setAccessibleName(label or translate("locks.lock_settings", "Voice prompts"))
        layout.addWidget(batteries)

        self.advanced = QGroupBox(translate("locks.lock_settings", "Data points"))
        self.advanced_button = Disclosure(translate("locks.lock_settings", "Advanced (data points)"), self.advanced, "advancedToggle")
        layout.addWidget(self.advanced_button)
        dp_layout = QVBoxLayout(self.advanced)
        note = QLabel(translate("locks.lock_settings", "Which numbered data point of the lock carries each value. lockcare found these itself; "
                      "change one only if a value shows up wrong. 0 means the lock does not report it."))
        note.setWordWrap(True)
        dp_layout.addWidget(note)
        dp_form = QFormLayout()
        self.dp_spins: dict[str, QSpinBox] = {}
        for role in (*ROLES, *UNLOCK_CODES):
            spin = QSpinBox(minimum=0, maximum=255)
            spin.setSpecialValueText(translate("locks.lock_settings", "not reported"))
            spin.setMaximumWidth(180)
            spin.setAccessibleName(translate("locks.lock_settings", ROLE_WORDS.get(role, role)))
            self.dp_spins[role] = spin
            label = translate("locks.lock_settings", ROLE_WORDS[role]) if role in ROLE_WORDS else translate("locks.lock_settings", "Unlock record: ") + role.removeprefix("unlock_").replace("_", " ")
            dp_form.addRow(label, spin)
        dp_layout.addLayout(dp_form)
        layout.addWidget(self.advanced)

        self.error_label = ErrorLabel()
        self.error_label.setObjectName("settingsError")
        self.error_label.hide()
        outer.addWidget(self.error_label)  # the buttons stay in view while the form scrolls
        row = QHBoxLayout()
        row.setContentsMargins(4, 4, 4, 0)
        self.save_button = QPushButton(translate("locks.lock_settings", "Sa&ve changes"))  # Alt+S is the Settings tab
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(translate("locks.lock_settings", "Undo changes"))
        self.revert_button.setToolTip(translate("locks.lock_settings", "Put the form back as it was last saved"))
        self.revert_button.clicked.connect(self.revert)
        self.remove_button = QPushButton(translate("locks.lock_settings", "Remove lock…"))
        self.remove_button.setObjectName("removeLockButton")
        self.remove_button.setToolTip(translate("locks.lock_settings", "Remove this lock from lockcare with its readings, log and key (undo is offered)"))
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        row.addWidget(self.save_button)
        row.addWidget(self.revert_button)
        row.addStretch(1)
        row.addWidget(self.remove_button)
        outer.addLayout(row)
        layout.addStretch(1)
        guard_wheel(self)

    # -- showing --------------------------------------------------------------------------

    @property
    def lock(self) -> Lock | None:
        """The lock the form shows, or None."""
        return self._lock

    def show_lock(self, lock: Lock) -> None:
        """Fill the form from ``lock``; the user's unsaved edits to the same lock are kept."""
        if self._lock is not None and lock.id == self._lock.id and self.is_dirty():
            self._lock = lock  # a refresh under the user's hands: keep what they typed
            return
        self._lock = lock
        self._say("")
        for error in self.errors.values():
            error.show_problem(None)
        self.name_edit.setText(lock.name)
        self.address_edit.setText(lock.address)
        self.port_spin.setValue(lock.port)
        self.version_combo.setCurrentText(lock.version)
        self.battery_combo.setCurrentIndex(max(0, self.battery_combo.findData(lock.battery_type)))
        self.count_spin.setValue(lock.battery_count)
        self.voice_check.setChecked(lock.voice_prompts)
        self.wake_edit.setText(lock.wake_hint)
        for role, spin in self.dp_spins.items():
            spin.setValue(lock.dp_map.get(role, 0))
        self._hide_key()
        direct = not lock.is_gateway_child
        for widget in (self.address_edit, self.port_spin, self.version_combo, self.key_edit, self.show_key_button,
                       self.change_key_button):
            widget.setEnabled(direct)
        self.via_label.setText("" if direct else
                               translate("locks.lock_settings", "This lock is read through its gateway: its address and key are on the gateway's Settings."))
        self.via_label.setVisible(not direct)
        gateway = lock.kind is LockKind.GATEWAY
        for widget in (self.advanced_button,):
            widget.setVisible(not gateway)
        self.advanced.setVisible(self.advanced_button.isChecked() and not gateway)
        self.remove_button.setText(translate("locks.lock_settings", "Remove gateway…") if gateway else translate("locks.lock_settings", "Remove lock…"))

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

    def is_dirty(self) -> bool:
        """True when the form holds edits that are not saved."""
        return self._lock is not None and self.edited_lock() != self._lock

    # -- saving ---------------------------------------------------------------------------

    def save(self) -> bool:
        """Check every field, then store the edits; True when stored (or nothing to store)."""
        if self._lock is None:
            return False
        lock = self.edited_lock()
        direct = not lock.is_gateway_child
        problems: dict[str, str] = {}
        for field, check in (("name", lambda: validation.validate_name(lock.name)),
                             ("address", lambda: validation.validate_address(lock.address) if direct else "")):
            try:
                check()
            except ValidationError as exc:
                problems[field] = str(exc)
        for field, error in self.errors.items():
            error.show_problem(problems.get(field))
        dps = list(lock.dp_map.values())
        if len(dps) != len(set(dps)):
            problems["dps"] = translate("locks.lock_settings", "Two values cannot share one data point; check the numbers under Advanced.")
            self.advanced_button.setChecked(True)
        self._say(problems.get("dps", ""))
        if problems:
            return False
        if not self.is_dirty():
            return True
        try:
            if self._locks is None:
                raise LockcareError("Saving is not available here.")
            stored = self._locks.edit_lock(self._lock, name=lock.name, address=lock.address if direct else None,
                                           port=lock.port if direct else None, version=lock.version if direct else None)
            stored = self._locks.update_lock(replace(
                stored, battery_type=lock.battery_type, battery_count=lock.battery_count,
                voice_prompts=lock.voice_prompts, wake_hint=lock.wake_hint, dp_map=lock.dp_map))
        except LockcareError as exc:
            self._say(str(exc))
            return False
        self._say("")
        self._lock = None  # not dirty any more: fill from what was stored
        self.show_lock(stored)
        self.saved.emit(stored)
        return True

    def revert(self) -> None:
        """Throw the unsaved edits away."""
        if self._lock is not None:
            lock, self._lock = self._lock, None
            self.show_lock(lock)

    def _say(self, text: str) -> None:
        """A problem that belongs to no one field (data points, a refused save); "" hides it."""
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    # -- the key --------------------------------------------------------------------------

    def change_key(self) -> KeyDialog | None:
        """Ask for the new local key (masked, with Show) and store it."""
        if self._lock is None or self._locks is None or self._lock.is_gateway_child:
            return None
        locks = self._locks

        def change(lock: Lock, key: str) -> None:
            locks.change_key(lock, key)

        dialog = KeyDialog(self._lock, change, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda lock=self._lock: self._on_key_dialog_accepted(lock))
        dialog.open()
        return dialog

    def _on_key_dialog_accepted(self, lock: Lock) -> None:
        self._hide_key()
        self.key_changed.emit(lock)

    def _on_show_key_toggled(self, shown: bool) -> None:
        if shown and self._lock is not None and self._locks is not None and not self.key_edit.text():
            key = self._locks.local_key(self._lock)  # read only when asked for
            self.key_edit.setText(key or "")
            self.key_edit.setPlaceholderText("" if key else translate("locks.lock_settings", "No key is stored for this lock yet"))

    def _hide_key(self) -> None:
        self.show_key_button.setChecked(False)
        self.key_edit.clear()
        self.key_edit.setPlaceholderText(translate("locks.lock_settings", "Hidden: press Show to see it"))

    # -- the rest -------------------------------------------------------------------------

    def _on_remove_button_clicked(self) -> None:
        if self._lock is not None:
            self.remove_requested.emit(self._lock)
