"""The page for one lock: a header that answers "how is it?", then details and history."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from lockcare.core.models import BATTERY_TYPES, BatterySwap, LockKind
from lockcare.core.timefmt import ago, short_date
from lockcare.services.battery import BatteryReport
from lockcare.services.locks import LockHistory, LockSummary
from lockcare.ui.battery.panel import BatteryPanel
from lockcare.ui.locks.history_model import HistoryModel
from lockcare.ui.locks.lock_list_model import STATE_WORDS, battery_words
from lockcare.ui.locks.lock_settings import LockSettingsPanel
from lockcare.ui.locks.status_words import status_headline
from lockcare.ui.logbook.panel import LogbookPanel
from lockcare.ui.schedule.tasks_panel import TasksPanel
from lockcare.ui.text import units_together
from lockcare.ui.theme import STATE_COLOURS
from lockcare.ui.widgets.labels import heading

KIND_WORDS = {
    LockKind.WIFI: "Wi-Fi lock (sleeps to save battery)",
    LockKind.KEEP_ALIVE: "Wi-Fi lock (always connected)",
    LockKind.GATEWAY_CHILD: "Bluetooth/Zigbee lock via a gateway",
    LockKind.GATEWAY: "Gateway",
}


class LockPage(QWidget):
    """Header, action buttons and tabs for the selected lock."""

    record_reading_requested = Signal()
    record_swap_requested = Signal()
    record_swap_at_requested = Signal(object)  # datetime proposed by the readings
    read_requested = Signal()
    wake_requested = Signal()
    troubleshoot_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)

        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(2)
        self.name_label = heading("", 1.6, name="lockName")
        self.subtitle_label = QLabel()
        self.subtitle_label.setWordWrap(True)
        self.subtitle_label.setObjectName("lockSubtitle")
        titles.addWidget(self.name_label)
        titles.addWidget(self.subtitle_label)
        header.addLayout(titles, 1)
        status = QVBoxLayout()
        status.setSpacing(2)
        self.battery_label = heading("", 1.6, name="lockBattery")
        self.battery_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.state_label = QLabel()
        self.state_label.setObjectName("lockState")
        self.state_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        status.addWidget(self.battery_label)
        status.addWidget(self.state_label)
        header.addLayout(status)
        layout.addLayout(header)

        self.message_label = QLabel()
        self.message_label.setObjectName("lockMessage")
        self.message_label.setWordWrap(True)
        self.message_label.hide()
        layout.addWidget(self.message_label)

        buttons = QHBoxLayout()
        self.read_button = QPushButton("Read &now")
        self.read_button.setToolTip("Ask the lock for its battery level and alarms now")
        self.read_button.clicked.connect(self.read_requested)
        self.wake_button = QPushButton("Wa&ke and read…")
        self.wake_button.setToolTip("For a sleeping battery lock: wake it, and lockcare reads it while it is awake")
        self.wake_button.clicked.connect(self.wake_requested)
        buttons.addWidget(self.read_button)
        buttons.addWidget(self.wake_button)
        # One "Record" button with a menu keeps the row within a narrow window.
        self.record_button = QPushButton("&Record")
        self.record_button.setToolTip("Record a battery reading (Ctrl+R) or a battery change (Ctrl+B)")
        record_menu = QMenu(self.record_button)
        record_menu.addAction("Battery &reading…", self.record_reading_requested.emit)
        record_menu.addAction("Battery s&wap (batteries changed)…", self.record_swap_requested.emit)
        self.record_button.setMenu(record_menu)
        buttons.addWidget(self.record_button)
        buttons.addStretch(1)
        self.troubleshoot_button = QPushButton("&Troubleshoot…")
        self.troubleshoot_button.setToolTip("Step-by-step help when the lock misbehaves")
        self.troubleshoot_button.clicked.connect(self.troubleshoot_requested)
        buttons.addWidget(self.troubleshoot_button)
        layout.addLayout(buttons)

        self.suggestion_row = QWidget()
        self.suggestion_row.setObjectName("troubleshootSuggestion")
        row = QHBoxLayout(self.suggestion_row)
        row.setContentsMargins(10, 6, 8, 6)
        self.suggestion_label = QLabel()
        self.suggestion_label.setWordWrap(True)
        self.suggestion_button = QPushButton("Troubleshoot this")
        self.suggestion_button.clicked.connect(self.troubleshoot_requested)
        row.addWidget(self.suggestion_label, 1)
        row.addWidget(self.suggestion_button)
        self.suggestion_row.setStyleSheet(
            "QWidget#troubleshootSuggestion { background: rgba(208,138,30,0.16); border-radius: 6px; }"
        )
        self.suggestion_row.hide()
        layout.addWidget(self.suggestion_row)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        layout.addWidget(self.tabs, 1)

        overview = QWidget()
        self.details = QFormLayout(overview)
        self.details.setContentsMargins(4, 14, 4, 4)
        self.details.setHorizontalSpacing(18)
        self.details.setVerticalSpacing(8)
        self._detail_labels: dict[str, QLabel] = {}
        for key, label in (
            ("kind", "Type"),
            ("product", "Product"),
            ("connection", "Connection"),
            ("batteries", "Batteries"),
            ("latest", "Latest reading"),
            ("swap", "Last battery change"),
        ):
            value = QLabel()
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)
            self._detail_labels[key] = value
            self.details.addRow(f"{label}:", value)
        self.tabs.addTab(overview, "&Overview")

        self.battery_panel = BatteryPanel()
        self.battery_panel.swap_confirmation_requested.connect(self.record_swap_at_requested)
        self.tabs.addTab(self.battery_panel, "&Battery")

        self.log_panel = LogbookPanel(fixed_lock=True)  # main window gives it the service
        self.tasks_panel = TasksPanel()
        self.tasks_panel.entry_logged.connect(self.log_panel.adopt_entry)
        self.tasks_panel.record_swap_requested.connect(self.record_swap_requested)
        self.tabs.addTab(self.log_panel, "Lo&g")
        self.tabs.addTab(self.tasks_panel, "&Maintenance")

        self.history_model = HistoryModel(self)
        self.history_view = QTableView()
        self.history_view.setObjectName("historyTable")
        self.history_view.setModel(self.history_model)
        self.history_view.setAlternatingRowColors(True)
        self.history_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history_view.verticalHeader().hide()
        self.history_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.history_view.horizontalHeader().setStretchLastSection(True)
        self.history_view.setAccessibleName("Battery history")
        self.tabs.addTab(self.history_view, "&History")

        self.settings_panel = LockSettingsPanel()
        self.tabs.addTab(self.settings_panel, "&Settings")

    def show_lock(
        self, summary: LockSummary, history: LockHistory, now: datetime, battery: BatteryReport | None = None
    ) -> None:
        """Fill the page for one lock (``battery`` fills the Battery tab)."""
        lock = summary.lock
        self.name_label.setText(lock.name)
        product = lock.product_name or lock.product_id
        latest = summary.latest
        parts = [KIND_WORDS.get(lock.kind, str(lock.kind)).split(" (")[0]]
        if product:
            parts.append(f"product {product}")
        parts.append(f"reading from {ago(latest.at, now)}" if latest else "no battery reading yet")
        self.subtitle_label.setText(units_together(" · ".join(parts)))
        self.battery_label.setText(f"Battery {battery_words(summary)}" if latest else "Battery —")
        state = summary.status.state
        colour = STATE_COLOURS.get(state, STATE_COLOURS["unknown"])
        words = STATE_WORDS.get(state) or "not read yet"
        self.state_label.setText(f"<span style='color:{colour}'>●</span> {words}")
        headline = status_headline(lock, summary.status, now)
        self.message_label.setText(headline)
        self.message_label.setToolTip(f"Details: {summary.status.message}" if summary.status.message else "")
        self.message_label.setVisible(bool(headline))
        tint = {"wrong-key": "209,69,59", "silent": "208,138,30", "gateway-child-offline": "208,138,30",
                "garbled": "208,138,30"}
        self.message_label.setStyleSheet(
            f"background: rgba({tint.get(summary.status.state, '128,128,128')},0.16); border-radius: 6px; padding: 8px 10px;"
        )
        self.wake_button.setVisible(lock.kind is LockKind.WIFI)
        self.set_reading(False)

        self._detail_labels["kind"].setText(KIND_WORDS.get(lock.kind, str(lock.kind)))
        self._detail_labels["product"].setText(
            " · ".join(x for x in (lock.product_name, lock.product_id, lock.category) if x) or "Not known"
        )
        if lock.is_gateway_child:
            connection = f"through gateway {lock.parent_device_id}, node {lock.node_id}"
        else:
            connection = f"{lock.address or 'no address'}:{lock.port}, protocol {lock.version}"
        self._detail_labels["connection"].setText(connection)
        self._detail_labels["batteries"].setText(f"{lock.battery_count} × {BATTERY_TYPES.get(lock.battery_type, lock.battery_type)}")
        self._detail_labels["latest"].setText(
            f"{battery_words(summary)} · {ago(latest.at, now)}" if latest else "None yet: record one from the Tuya app"
        )
        self._detail_labels["swap"].setText(_swap_words(history.swaps[-1] if history.swaps else None))
        self.history_model.set_history(history.readings, history.swaps)
        self.settings_panel.show_lock(lock)
        self.log_panel.show_lock(lock)
        self.tasks_panel.show_lock(lock)
        if battery is not None:
            self.battery_panel.show_report(battery)


    def show_suggestion(self, reason: str) -> None:
        """Shows why the troubleshooter may help (e.g. repeated wrong fingerprints); "" hides it."""
        self.suggestion_label.setText(f"⚠ {reason}" if reason else "")
        self.suggestion_row.setVisible(bool(reason))

    def set_reading(self, busy: bool) -> None:
        """Show that a read is under way (the rest of the window stays usable)."""
        self.read_button.setEnabled(not busy)
        self.wake_button.setEnabled(not busy)
        self.read_button.setText("Reading…" if busy else "Read &now")


def _swap_words(swap: BatterySwap | None) -> str:
    if swap is None:
        return "Not recorded yet"
    brand = f", {swap.brand}" if swap.brand else ""
    return f"{short_date(swap.at)}: {swap.count} × {BATTERY_TYPES.get(swap.battery_type, swap.battery_type)}{brand}"
