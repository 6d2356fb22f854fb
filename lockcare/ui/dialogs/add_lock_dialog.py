"""Add a lock by hand: name, device id, address, key, version, port, batteries."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QLineEdit, QSpinBox, QWidget

from lockcare.core import validation
from lockcare.core.errors import LockcareError, ValidationError
from lockcare.core.models import BATTERY_TYPES, PROTOCOL_VERSIONS, Lock, LockKind
from lockcare.ui.dialogs.form_dialog import FormDialog

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
        super().__init__("Add a lock", "Add lock", parent)
        self._add = add
        self._probe_version = probe_version
        self.added: Lock | None = None
        self.set_intro(
            "The device id and local key come from the tinytuya wizard (devices.json). "
            "lockcare only reads the lock; it never sends a command that could open it."
        )
        self.connection_combo = QComboBox()
        self.connection_combo.addItem("Directly, on Wi-Fi", "direct")
        self.gateway_combo = QComboBox()
        for gateway in gateways:
            self.gateway_combo.addItem(gateway.name, gateway.device_id)
        if gateways:
            self.connection_combo.addItem("Through a gateway (Bluetooth or Zigbee lock)", "gateway")
        self.node_edit = QLineEdit(placeholderText="node_id from devices.json")
        self.name_edit = QLineEdit(placeholderText="Front door")
        self.id_edit = QLineEdit(placeholderText="e.g. bf3a1c2d3e4f5a6b7c8d")
        self.address_edit = QLineEdit(placeholderText="e.g. 192.168.1.40")
        self.key_edit = QLineEdit(placeholderText="16 characters")
        self.key_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self._show_key = QAction("Show", self.key_edit)
        self._show_key.setCheckable(True)
        self._show_key.toggled.connect(self._on_show_key_toggled)
        self.key_edit.addAction(self._show_key, QLineEdit.ActionPosition.TrailingPosition)
        self.version_combo = QComboBox()
        self.version_combo.addItems(list(PROTOCOL_VERSIONS))
        if probe_version is not None:
            self.version_combo.addItem("Find it for me", AUTO)
        self.port_spin = QSpinBox(minimum=1, maximum=65535, value=6668)
        self.battery_combo = QComboBox()
        for key, label in BATTERY_TYPES.items():
            self.battery_combo.addItem(label, key)
        self.count_spin = QSpinBox(minimum=1, maximum=12, value=4)
        self.cloud_button = self.buttons.addButton("From my Tuya cloud…", QDialogButtonBox.ButtonRole.HelpRole)
        self.cloud_button.setToolTip("No key? lockcare can fetch your locks and their keys from your Tuya cloud account")
        self.cloud_button.clicked.connect(self._on_cloud_button_clicked)
        rows = (
            ("&Connection", self.connection_combo),
            ("&Gateway", self.gateway_combo),
            ("N&ode id", self.node_edit),
            ("&Name", self.name_edit),
            ("Device &id", self.id_edit),
            ("&Address", self.address_edit),
            ("Local &key", self.key_edit),
            ("Protocol &version", self.version_combo),
            ("&Port", self.port_spin),
            ("&Batteries", self.battery_combo),
            ("How &many", self.count_spin),
        )
        for label, widget in rows:
            self.form.addRow(label, widget)
            widget.setAccessibleName(label.replace("&", ""))
        for edit in (self.name_edit, self.id_edit, self.address_edit, self.key_edit, self.node_edit):
            edit.textChanged.connect(self.revalidate)
        self.connection_combo.currentIndexChanged.connect(self._on_connection_changed)
        self._on_connection_changed()
        self.revalidate()
        self.error_label.setText("")  # no scolding before the user has typed anything

    def _on_cloud_button_clicked(self) -> None:
        self.reject()
        self.cloud_requested.emit()

    def via_gateway(self) -> bool:
        """True when the form describes a lock read through a gateway."""
        return self.connection_combo.currentData() == "gateway"

    def _on_connection_changed(self, _index: int = 0) -> None:
        gateway = self.via_gateway()
        for widget in (self.gateway_combo, self.node_edit):
            widget.setVisible(gateway)
            self.form.labelForField(widget).setVisible(gateway)
        for widget in (self.address_edit, self.key_edit, self.version_combo, self.port_spin):
            widget.setVisible(not gateway)
            self.form.labelForField(widget).setVisible(not gateway)
        self.connection_combo.setVisible(self.connection_combo.count() > 1)
        self.form.labelForField(self.connection_combo).setVisible(self.connection_combo.count() > 1)
        self.revalidate()

    def _on_show_key_toggled(self, shown: bool) -> None:
        self.key_edit.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)
        self._show_key.setText("Hide" if shown else "Show")

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

    def problem(self) -> str | None:
        try:
            validation.validate_name(self.name_edit.text())
            validation.validate_device_id(self.id_edit.text())
            if self.via_gateway():
                return None if self.node_edit.text().strip() else "Give the lock's node id (node_id in devices.json)."
            if not self.address_edit.text().strip():
                return "Give the lock's IP address (your router's device list shows it)."
            validation.validate_key(self.key_edit.text())
            validation.validate_version(self.version_combo.currentData() or self.version_combo.currentText())
        except ValidationError as exc:
            return str(exc)
        return None

    def submit(self) -> bool | None:
        lock, key = self.lock(), self.key_edit.text()
        if lock.version != AUTO or self._probe_version is None:
            self.added = self._add(lock, key)
            return None
        self._set_busy(True)
        self.error_label.setText("Trying protocol versions 3.5, 3.4 and 3.3… (wake the lock if it sleeps)")

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
            self.error_label.setText(f"{exc} Choose the version by hand if you know it.")

        self._probe_version(lock, key, found, failed)
        return False

    def _set_busy(self, busy: bool) -> None:
        self.ok_button.setEnabled(not busy)
        for widget in (self.name_edit, self.id_edit, self.address_edit, self.key_edit, self.version_combo, self.port_spin):
            widget.setEnabled(not busy)
