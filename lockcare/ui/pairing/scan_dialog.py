"""Scan the network for Tuya devices: bounded, cancellable, with progress; add what is found."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lockcare.core.errors import LockcareError
from lockcare.services.registry import Services
from lockcare.tasks import TaskHandle, TaskRunner
from lockcare.core.i18n import translate

SCAN_SECONDS = 20.0


class _ProgressRelay(QObject):
    """Carries scan progress from the worker thread to the dialog."""

    progressed = Signal(float, object)


class ScanDialog(QDialog):
    """Listens for device broadcasts and lists them; "Add…" pairs the selected one."""

    add_requested = Signal(str, str, str)  # device id, address, version

    def __init__(self, services: Services, runner: TaskRunner, parent: QWidget | None = None,
                 *, seconds: float = SCAN_SECONDS) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("pairing.scan_dialog", "Scan the network"))
        self.setMinimumSize(620, 380)
        self._services = services
        self._runner = runner
        self._seconds = seconds
        self._handle: TaskHandle | None = None
        self._relay = _ProgressRelay(self)
        self._relay.progressed.connect(self._on_relay_progressed)
        self.devices: tuple = ()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 18, 18, 14)
        layout.setSpacing(10)
        intro = QLabel(
            translate("pairing.scan_dialog", "lockcare listens for Tuya devices announcing themselves on your network. Battery locks "
            "only announce while awake: touch the keypad during the scan. Nothing is sent to your devices.")
        )
        intro.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setAccessibleName(translate("pairing.scan_dialog", "Scan progress"))
        self.status = QLabel(translate("pairing.scan_dialog", "Listening…"))
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([translate("pairing.scan_dialog", "Device"), translate("pairing.scan_dialog", "Address"), translate("pairing.scan_dialog", "In lockcare")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName(translate("pairing.scan_dialog", "Devices found"))
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.buttons = QDialogButtonBox()
        self.add_button = QPushButton(translate("pairing.scan_dialog", "&Add selected…"))
        self.add_button.setEnabled(False)
        self.add_button.clicked.connect(self._on_add_clicked)
        self.stop_button = self.buttons.addButton(translate("pairing.scan_dialog", "&Stop"), QDialogButtonBox.ButtonRole.ActionRole)
        self.stop_button.clicked.connect(self.stop)
        self.buttons.addButton(self.add_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        for widget in (intro, self.progress, self.status, self.table, self.buttons):
            layout.addWidget(widget)

    def start(self) -> TaskHandle:
        """Show the dialog and start listening."""
        self.open()
        relay = self._relay

        def work(*, handle: TaskHandle) -> object:
            return self._services.pairing.scan(
                self._seconds, cancel=handle.cancelled,
                progress=lambda fraction, devices: relay.progressed.emit(fraction, devices),
            )

        self._handle = self._runner.submit(work, name="scan", on_done=self._on_scan_done,
                                           on_error=self._on_scan_failed, pass_handle=True)
        return self._handle

    def stop(self) -> None:
        """Stop listening early (what was found stays listed)."""
        if self._handle is not None:
            self._handle.cancelled.set()
        self.stop_button.setEnabled(False)

    def reject(self) -> None:
        self.stop()
        super().reject()

    def _on_relay_progressed(self, fraction: float, devices: tuple) -> None:
        self.progress.setValue(int(fraction * 100))
        self._show(devices)

    def _on_scan_done(self, result: object) -> None:
        self._show(result.devices)  # type: ignore[attr-defined]
        self.progress.setValue(100)
        self.stop_button.setEnabled(False)
        found = len(self.devices)
        self.status.setText(
            translate("pairing.scan_dialog", "Found {found} device(s).").format(found=found) if found else
            translate("pairing.scan_dialog", "Nothing heard. Wake a battery lock during the scan, or import devices.json from the tinytuya wizard.")
        )

    def _on_scan_failed(self, exc: BaseException) -> None:
        self.stop_button.setEnabled(False)
        if not isinstance(exc, (LockcareError, OSError, RuntimeError)):
            raise exc
        self.status.setText(translate("pairing.scan_dialog", "The scan could not listen on the network: {exc}").format(exc=exc))

    def _show(self, devices: tuple) -> None:
        self.devices = tuple(devices)
        selected = self._selected_id()
        self.table.setRowCount(len(self.devices))
        for row, device in enumerate(self.devices):
            # A paired device goes by the name the user gave it; the raw ids stay in the tooltip.
            lock = self._services.locks.find_by_device_id(device.device_id) if device.paired else None
            name = lock.name if lock is not None else translate("pairing.scan_dialog", "New Tuya device")
            cells = (name, device.address, translate("pairing.scan_dialog", "Added") if device.paired else translate("pairing.scan_dialog", "Not added yet"))
            details = translate("pairing.scan_dialog", "Device id: {device_id}\nProtocol version: {version}").format(device_id=device.device_id, version=device.version or translate("pairing.scan_dialog", 'not known'))
            if device.product_key:
                details += translate("pairing.scan_dialog", "\nProduct key: {product_key}").format(product_key=device.product_key)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, device)
                item.setToolTip(details)
                self.table.setItem(row, column, item)
            if device.device_id == selected:
                self.table.selectRow(row)
        self._update_buttons()

    def _selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        device = self.table.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)
        return device.device_id

    def _update_buttons(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        device = self.table.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole) if rows else None
        self.add_button.setEnabled(device is not None and not device.paired)

    def _on_add_clicked(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            device = self.table.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)
            self.add_requested.emit(device.device_id, device.address, device.version)

