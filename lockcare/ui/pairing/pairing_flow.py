"""Bringing locks in from the window: add by hand (with version detection), scan, import."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from lockcare.core.errors import LockcareError
from lockcare.core.models import Lock, LockKind
from lockcare.services.pairing import probe_lock_version
from lockcare.services.registry import Services
from lockcare.tasks import TaskRunner
from lockcare.core.i18n import translate

if TYPE_CHECKING:  # the dialogs load when first opened
    from lockcare.ui.dialogs.add_lock_dialog import AddLockDialog
    from lockcare.ui.pairing.scan_dialog import ScanDialog


class PairingFlow(QObject):
    """Opens the pairing dialogs for ``window`` and reports what was added or imported."""

    lock_added = Signal(object)  # the stored Lock
    imported = Signal()
    message = Signal(str)
    key_notice_shown = Signal(str)
    cloud_requested = Signal()
    """The Add lock dialog's "From my Tuya cloud…" was chosen."""

    def __init__(self, services: Services, runner: TaskRunner, window: QWidget) -> None:
        super().__init__(window)
        self._services = services
        self._runner = runner
        self._window = window
        self.key_notice_box: QMessageBox | None = None

    def add_lock(self) -> AddLockDialog:
        """Open the Add lock dialog (gateway children included)."""
        gateways = [lock for lock in self._services.locks.locks() if lock.kind is LockKind.GATEWAY]
        from lockcare.ui.dialogs.add_lock_dialog import AddLockDialog

        dialog = AddLockDialog(self._add, self._window, gateways=gateways, probe_version=self._probe_version)
        dialog.accepted.connect(lambda: self._on_add_dialog_accepted(dialog))
        dialog.cloud_requested.connect(self.cloud_requested)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def scan_network(self) -> ScanDialog:
        """Listen for Tuya devices; "Add selected…" opens the Add dialog filled in."""
        from lockcare.ui.pairing.scan_dialog import ScanDialog

        dialog = ScanDialog(self._services, self._runner, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.add_requested.connect(self._on_scan_add_requested)
        dialog.start()
        return dialog

    def import_devices(self, path: str | None = None) -> None:
        """Import locks from the tinytuya wizard's devices.json (all or nothing)."""
        if not path:
            path, _ = QFileDialog.getOpenFileName(
                self._window, translate("pairing.pairing_flow", "Import devices.json"), "",
                translate("pairing.pairing_flow", "tinytuya devices (*.json);;All files (*)"))
        if not path:
            return
        try:
            report = self._services.pairing.import_devices_file(Path(path))
        except LockcareError as exc:
            QMessageBox.warning(self._window, translate("pairing.pairing_flow", "Nothing was imported"), str(exc))
            return
        self.imported.emit()
        QMessageBox.information(self._window, translate("pairing.pairing_flow", "Import finished"), report.summary())
        self._say_key_notice()

    def _add(self, lock: Lock, key: str) -> Lock:
        if lock.kind is LockKind.GATEWAY_CHILD:
            return self._services.pairing.add_gateway_child(lock, lock.parent_device_id)
        return self._services.locks.add_lock(lock, key)

    def _probe_version(self, lock: Lock, key: str, on_done: Callable[[str], None],
                       on_error: Callable[[BaseException], None]) -> None:
        self._runner.submit(probe_lock_version, lock, key, lane=lock.device_id, name=f"probe {lock.name}",
                            on_done=on_done, on_error=on_error)

    def _on_add_dialog_accepted(self, dialog: AddLockDialog) -> None:
        if dialog.added is None:
            return
        self.lock_added.emit(dialog.added)
        self.message.emit(translate("pairing.pairing_flow", "Added {name}.").format(name=dialog.added.name))
        self._say_key_notice()

    def _say_key_notice(self) -> None:
        """Once per data folder: where the keys went when there is no system keyring (never blocks)."""
        notice = self._services.locks.take_key_notice()
        if not notice:
            return
        box = QMessageBox(QMessageBox.Icon.Information, translate("pairing.pairing_flow", "Where your lock keys are kept"), notice,
                          QMessageBox.StandardButton.Ok, self._window)
        box.setObjectName("keyNotice")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.key_notice_box = box
        self.key_notice_shown.emit(notice)

    def _on_scan_add_requested(self, device_id: str, address: str, version: str) -> None:
        dialog = self.add_lock()
        dialog.id_edit.setText(device_id)
        dialog.address_edit.setText(address)
        if version in [dialog.version_combo.itemText(i) for i in range(dialog.version_combo.count())]:
            dialog.version_combo.setCurrentText(version)
        dialog.name_edit.setFocus()
