"""Add a lock by hand: name, device id, address, key, version, port, batteries."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit, QSpinBox, QWidget

from lockcare.core import validation
from lockcare.core.errors import LockcareError, ValidationError
from lockcare.core.models import BATTERY_TYPES, Lock, LockKind, PROTOCOL_VERSIONS, battery_type_words
from lockcare.ui.dialogs.form_dialog import FormDialog
from lockcare.ui.widgets.field_errors import FieldError, add_field
from lockcare.ui.widgets.masked_key import MaskedKey
from lockcare.ui.widgets.wheel_guard import guard_wheel
from lockcare.core.i18n import translate

AddLock = Callable[[Lock, str], Lock]
ProbeVersion = Callable[[Lock, str, Callable[[str], None], Callable[[BaseException], None]], object]
"""Finds a lock's protocol version in the background, then calls back with it (or an error)."""
AUTO = "auto"


class AddLockDialog(FormDialog):
    """Collects a lock's details; ``add`` stores it (and may raise a plain error)."""

    cloud_requested = Signal()
    """The user would rather fetch the lock (and its key) from the Tuya cloud."""

    def __init__(self, add: AddLock, parent: QWidget | None = None, *, gateways: Sequence[Lock] = (),
                 probe_version: ProbeVersion | None = None) -> None:
        super().__init__(translate("dialogs.add_lock_dialog", "Add a lock"), translate("dialogs.add_lock_dialog", "Add lock"), parent)
        self._add = add
        self._probe_version = probe_version
        self.added: Lock | None = None
        self.set_intro(
            translate("dialogs.add_lock_dialog", "The device id and local key come from the tinytuya wizard (devices.json). "
            "lockcare only reads the lock; it never sends a command that could open it.")
        )
        self.connection_combo = QComboBox()
        self.connection_combo.addItem(translate("dialogs.add_lock_dialog", "Directly, on Wi-Fi"), "direct")
        self.gateway_combo = QComboBox()
        for gateway in gateways:
            self.gateway_combo.addItem(gateway.name, gateway.device_id)
        if gateways:
            self.connection_combo.addItem(translate("dialogs.add_lock_dialog", "Through a gateway (Bluetooth or Zigbee lock)"), "gateway")
        self.node_edit = QLineEdit(placeholderText=translate("dialogs.add_lock_dialog", "node_id from devices.json"))
        self.name_edit = QLineEdit(placeholderText=translate("dialogs.add_lock_dialog", "Front door"))
        self.id_edit = QLineEdit(placeholderText=translate("dialogs.add_lock_dialog", "e.g. bf3a1c2d3e4f5a6b7c8d"))
        self.address_edit = QLineEdit(placeholderText=translate("dialogs.add_lock_dialog", "e.g. 192.168.1.40"))
        self.masked_key = MaskedKey(translate("dialogs.add_lock_dialog", "16 characters"))
        self.key_edit, self.show_key_button = self.masked_key.edit, self.masked_key.show_button
        self.version_combo = QComboBox()
        self.version_combo.addItems(list(PROTOCOL_VERSIONS))
        if probe_version is not None:
            self.version_combo.addItem(translate("dialogs.add_lock_dialog", "Find it for me"), AUTO)
        self.port_spin = QSpinBox(minimum=1, maximum=65535, value=6668)
        self.battery_combo = QComboBox()
        for key in BATTERY_TYPES:
            self.battery_combo.addItem(battery_type_words(key), key)
        self.count_spin = QSpinBox(minimum=1, maximum=12, value=4)
        self.cloud_button = self.buttons.addButton(translate("dialogs.add_lock_dialog", "From my Tuya cloud…"), QDialogButtonBox.ButtonRole.HelpRole)
        self.cloud_button.setToolTip(translate("dialogs.add_lock_dialog", "No key? lockcare can fetch your locks and their keys from your Tuya cloud account"))
        self.cloud_button.clicked.connect(self._on_cloud_button_clicked)
        self.errors: dict[str, FieldError] = {}
        self._touched: set[str] = set()
        """Fields the user has typed in: only their problems show while typing (all on Add)."""
        checked = {"name": self.name_edit, "device_id": self.id_edit, "address": self.address_edit,
                   "key": self.key_edit, "node": self.node_edit}
        rows = (
            (translate("dialogs.add_lock_dialog", "&Connection"), self.connection_combo, ""),
            (translate("dialogs.add_lock_dialog", "&Gateway"), self.gateway_combo, ""),
            (translate("dialogs.add_lock_dialog", "N&ode id"), self.node_edit, "node"),
            (translate("dialogs.add_lock_dialog", "&Name"), self.name_edit, "name"),
            (translate("dialogs.add_lock_dialog", "Device &id"), self.id_edit, "device_id"),
            (translate("dialogs.add_lock_dialog", "&Address"), self.address_edit, "address"),
            (translate("dialogs.add_lock_dialog", "Local &key"), self.masked_key, "key"),
            (translate("dialogs.add_lock_dialog", "Protocol &version"), self._pair(self.version_combo, translate("dialogs.add_lock_dialog", "&Port"), self.port_spin), ""),
            (translate("dialogs.add_lock_dialog", "&Batteries"), self._pair(self.battery_combo, translate("dialogs.add_lock_dialog", "How &many"), self.count_spin), ""),
        )
        for label, widget, name in rows:
            if name:
                self.errors[name] = add_field(self.form, label, widget, name)
            else:
                self.form.addRow(label, widget)
            if widget.property("pair") is None:
                widget.setAccessibleName(label.replace("&", ""))
        for widget, name in ((self.version_combo, translate("dialogs.add_lock_dialog", "Protocol version")), (self.port_spin, translate("dialogs.add_lock_dialog", "Port")),
                             (self.battery_combo, translate("dialogs.add_lock_dialog", "Batteries")), (self.count_spin, translate("dialogs.add_lock_dialog", "How many"))):
            widget.setAccessibleName(name)
        for name, edit in checked.items():
            edit.textEdited.connect(lambda _text, field=name: self._on_field_edited(field))
        self.connection_combo.currentIndexChanged.connect(self._on_connection_changed)
        self._on_connection_changed()
        guard_wheel(self)
        self.setMinimumWidth(520)  # most messages fit their two reserved lines

    def _pair(self, first: QWidget, label: str, second: QWidget) -> QWidget:
        """Two short fields on one row (the form stays short enough for a small screen)."""
        row = QWidget()
        row.setProperty("pair", True)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        caption = QLabel(label)
        caption.setBuddy(second)
        layout.addWidget(first, 1)
        layout.addSpacing(12)
        layout.addWidget(caption)
        layout.addWidget(second)
        second.setMinimumWidth(110)
        if first is self.version_combo:
            self._version_row = row
        return row

    def _on_cloud_button_clicked(self) -> None:
        self.reject()
        self.cloud_requested.emit()

    def via_gateway(self) -> bool:
        """True when the form describes a lock read through a gateway."""
        return self.connection_combo.currentData() == "gateway"

    def _on_connection_changed(self, _index: int = 0) -> None:
        gateway = self.via_gateway()
        for widget in (self.gateway_combo, self.node_edit):
            self.form.setRowVisible(widget, gateway)
        self.form.setRowVisible(self.errors["node"], gateway)
        for widget in (self.address_edit, self.masked_key, self._version_row):
            self.form.setRowVisible(widget, not gateway)
        for name in ("address", "key"):
            self.form.setRowVisible(self.errors[name], not gateway)
        self.form.setRowVisible(self.connection_combo, self.connection_combo.count() > 1)
        self.revalidate()

    def _on_field_edited(self, field: str) -> None:
        self._touched.add(field)
        self.revalidate()

    def lock(self) -> Lock:
        """The lock described by the form."""
        if self.via_gateway():
            return Lock(
                name=self.name_edit.text().strip(),
                device_id=self.id_edit.text().strip(),
                kind=LockKind.GATEWAY_CHILD,
                parent_device_id=self.gateway_combo.currentData() or "",
                node_id=self.node_edit.text().strip(),
                battery_type=self.battery_combo.currentData(),
                battery_count=self.count_spin.value(),
            )
        return Lock(
            name=self.name_edit.text().strip(),
            device_id=self.id_edit.text().strip(),
            address=self.address_edit.text().strip(),
            port=self.port_spin.value(),
            version=self.version_combo.currentData() or self.version_combo.currentText(),
            kind=LockKind.WIFI,
            battery_type=self.battery_combo.currentData(),
            battery_count=self.count_spin.value(),
        )

    def field_problems(self) -> dict[str, str]:
        """What is wrong with each field, by field name (empty when the form can be saved)."""
        problems: dict[str, str] = {}
        checks: list[tuple[str, Callable[[], object]]] = [
            ("name", lambda: validation.validate_name(self.name_edit.text())),
            ("device_id", lambda: validation.validate_device_id(self.id_edit.text()) if self.id_edit.text().strip()
             else _refuse(translate("dialogs.add_lock_dialog", "Give the lock's device id (the “id” in devices.json)."))),
        ]
        if self.via_gateway():
            checks.append(("node", lambda: self.node_edit.text().strip() or _refuse(
                translate("dialogs.add_lock_dialog", "Give the lock's node id (node_id in devices.json)."))))
        else:
            checks += [
                ("address", lambda: validation.validate_address(self.address_edit.text())),
                ("key", lambda: validation.validate_key(self.key_edit.text()) if self.key_edit.text()
                 else _refuse(translate("dialogs.add_lock_dialog", "Give the lock's local key (the “key” in devices.json)."))),
            ]
        for field, check in checks:
            try:
                check()
            except ValidationError as exc:
                problems[field] = str(exc)
        return problems

    def problem(self) -> str | None:
        problems = self.field_problems()
        return next(iter(problems.values()), None)

    def revalidate(self) -> None:
        """Show the problems of the fields the user has typed in (all of them after Add)."""
        problems = self.field_problems()
        for field, label in self.errors.items():
            label.show_problem(problems.get(field) if field in self._touched else None)
        self.error_label.setText("")
        self.ok_button.setEnabled(True)  # Add shows every problem at once, next to its field

    def show_all_problems(self) -> bool:
        """Show every field's problem at once and focus the first; True when there is one."""
        self._touched |= set(self.errors)
        self.revalidate()
        problems = self.field_problems()
        first = next((self.errors[f].field for f in self.errors if f in problems), None)
        if first is not None:
            first.setFocus()
        return first is not None

    def _on_buttons_accepted(self) -> None:
        if self.show_all_problems():
            return
        super()._on_buttons_accepted()

    def submit(self) -> bool | None:
        lock, key = self.lock(), self.key_edit.text()
        if lock.version != AUTO or self._probe_version is None:
            self.added = self._add(lock, key)
            return None
        self._set_busy(True)
        self.error_label.setText(translate("dialogs.add_lock_dialog", "Trying protocol versions 3.5, 3.4 and 3.3… (wake the lock if it sleeps)"))

        def found(version: str) -> None:
            self._set_busy(False)
            try:
                self.added = self._add(replace(lock, version=version), key)
            except LockcareError as exc:
                self.error_label.setText(str(exc))
                return
            self.accept()

        def failed(exc: BaseException) -> None:
            self._set_busy(False)
            self.error_label.setText(translate("dialogs.add_lock_dialog", "{exc} Choose the version by hand if you know it.").format(exc=exc))

        self._probe_version(lock, key, found, failed)
        return False

    def _set_busy(self, busy: bool) -> None:
        self.ok_button.setEnabled(not busy)
        for widget in (self.name_edit, self.id_edit, self.address_edit, self.key_edit, self.version_combo, self.port_spin):
            widget.setEnabled(not busy)


def _refuse(message: str) -> str:
    raise ValidationError(message)
