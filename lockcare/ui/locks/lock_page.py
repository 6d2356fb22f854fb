"""The page for one lock: a header that answers "how is it?", then details and history.

The page shows a lock at once from what the lock list knows (name, latest level, state) with
a light placeholder where the chart goes, and loads the rest in the shared pool
(:func:`~lockcare.ui.locks.lock_view.load_lock_view`, through a
:class:`~lockcare.tasks.LatestLoad`: only the newest load is shown). It reloads only when a
change touches the lock (:meth:`LockPage.apply_changes`); while another page is shown it
just remembers that it is out of date.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
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

from lockcare.core.dates_in_words import ago
from lockcare.core.models import Lock, LockKind
from lockcare.core.vocabulary import Reachability
from lockcare.core.wording import cloud_reported_words, connection_words, lock_kind_words, reachability_headline
from lockcare.services.locks import LockSummary
from lockcare.services.registry import Services
from lockcare.tasks import LatestLoad
from lockcare.ui.battery.panel import BatteryPanel
from lockcare.ui.changes import ChangeBus, Changes
from lockcare.ui.locks.history_model import HistoryModel
from lockcare.ui.locks.lock_settings import LockSettingsPanel
from lockcare.ui.locks.maintenance_tab import MaintenanceTab
from lockcare.ui.locks.overview_tab import OverviewTab
from lockcare.ui.logbook.panel import LogbookPanel
from lockcare.ui.schedule.tasks_panel import TasksPanel
from lockcare.ui.text import units_together
from lockcare.ui.widgets.labels import heading
from lockcare.core.i18n import translate

if TYPE_CHECKING:  # made in the pool (with numpy), handed over by signal
    from lockcare.ui.locks.lock_view import LockView

class LockPage(QWidget):
    """Header, action buttons and tabs for the selected lock.

    Args:
        services: Where the page loads what it shows.
        changes: Where the page announces what its panels changed (log, tasks, settings).
        load: The channel that loads a lock's view in the pool (newest load wins).
        parent: The Qt parent.
    """

    record_reading_requested = Signal()
    record_swap_requested = Signal()
    record_swap_at_requested = Signal(object)  # datetime proposed by the readings
    import_history_requested = Signal()
    read_requested = Signal()
    wake_requested = Signal()
    troubleshoot_requested = Signal()
    cloud_import_requested = Signal()
    """The lock refused its key: fetch the current one from the Tuya cloud."""
    remove_requested = Signal(object)  # the Lock to remove (the window confirms it)
    view_shown = Signal(object)
    """A loaded :class:`LockView` filled the page."""

    def __init__(self, services: Services, changes: ChangeBus, load: LatestLoad, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._changes = changes
        self._load = load
        self._lock: Lock | None = None
        self._stale = False
        self.active = False
        """True while the window shows this page (a hidden page only notes that it is out of date)."""
        self.view: LockView | None = None
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
        self.cloud_key_button = QPushButton(translate("locks.lock_page", "Get its current key from the Tuya cloud…"))
        self.cloud_key_button.setToolTip(translate("locks.lock_page", "Re-paired in the phone app? Its new key is in your Tuya cloud account"))
        self.cloud_key_button.clicked.connect(self.cloud_import_requested)
        self.cloud_key_button.hide()
        layout.addWidget(self.cloud_key_button, 0, Qt.AlignmentFlag.AlignLeft)

        buttons = QHBoxLayout()
        self.read_button = QPushButton(translate("locks.lock_page", "Read &now"))
        self.read_button.setToolTip(translate("locks.lock_page", "Ask the lock for its battery level and alarms now"))
        self.read_button.clicked.connect(self.read_requested)
        self.wake_button = QPushButton(translate("locks.lock_page", "Wa&ke and read…"))
        self.wake_button.setToolTip(translate("locks.lock_page", "For a sleeping battery lock: wake it, and lockcare reads it while it is awake"))
        self.wake_button.clicked.connect(self.wake_requested)
        buttons.addWidget(self.read_button)
        buttons.addWidget(self.wake_button)
        # One "Record" button with a menu keeps the row within a narrow window.
        self.record_button = QPushButton(translate("locks.lock_page", "&Record"))
        self.record_button.setToolTip(translate("locks.lock_page", "Record a battery reading (Ctrl+R) or a battery change (Ctrl+B)"))
        record_menu = QMenu(self.record_button)
        record_menu.addAction(translate("locks.lock_page", "Battery &reading…"), self.record_reading_requested.emit)
        record_menu.addAction(translate("locks.lock_page", "Battery s&wap (batteries changed)…"), self.record_swap_requested.emit)
        record_menu.addAction(translate("locks.lock_page", "Import battery &history…"), self.import_history_requested.emit)
        self.record_button.setMenu(record_menu)
        buttons.addWidget(self.record_button)
        buttons.addStretch(1)
        self.troubleshoot_button = QPushButton(translate("locks.lock_page", "&Troubleshoot…"))
        self.troubleshoot_button.setToolTip(translate("locks.lock_page", "Step-by-step help when the lock misbehaves"))
        self.troubleshoot_button.clicked.connect(self.troubleshoot_requested)
        buttons.addWidget(self.troubleshoot_button)
        layout.addLayout(buttons)

        self.suggestion_row = QWidget()
        self.suggestion_row.setObjectName("troubleshootSuggestion")
        row = QHBoxLayout(self.suggestion_row)
        row.setContentsMargins(10, 6, 8, 6)
        self.suggestion_label = QLabel()
        self.suggestion_label.setWordWrap(True)
        self.suggestion_button = QPushButton(translate("locks.lock_page", "Troubleshoot this"))
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

        self.overview = OverviewTab()
        self.tabs.addTab(self.overview, translate("locks.lock_page", "&Overview"))

        self.battery_panel = BatteryPanel()
        self.battery_panel.swap_confirmation_requested.connect(self.record_swap_at_requested)
        self.tabs.addTab(self.battery_panel, translate("locks.lock_page", "&Battery"))

        self.log_panel = LogbookPanel(services, fixed_lock=True)
        self.log_panel.changed.connect(self._on_log_panel_changed)
        self.tasks_panel = TasksPanel(services)
        self.tasks_panel.entry_logged.connect(self.log_panel.adopt_entry)
        self.tasks_panel.record_swap_requested.connect(self.record_swap_requested)
        self.tasks_panel.changed.connect(self._on_log_panel_changed)
        self.maintenance_tab = MaintenanceTab(self.tasks_panel, self.log_panel)
        self.tabs.addTab(self.maintenance_tab, translate("locks.lock_page", "&Maintenance"))

        # Readings only: battery changes are maintenance-log entries, so nothing shows twice.
        self.history_model = HistoryModel(self)
        self.history_view = QTableView()
        self.history_view.setObjectName("historyTable")
        self.history_view.setModel(self.history_model)
        self.history_view.setAlternatingRowColors(True)
        self.history_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history_view.verticalHeader().hide()
        self.history_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Size the columns from the rows on screen: a ten-year history has 350,000 rows, and the
        # default (the first 1,000) words thousands of cells on the GUI thread at every reload.
        self.history_view.horizontalHeader().setResizeContentsPrecision(0)
        self.history_view.horizontalHeader().setStretchLastSection(True)
        self.history_view.setAccessibleName(translate("locks.lock_page", "Battery readings"))
        self.tabs.addTab(self.history_view, translate("locks.lock_page", "Readin&gs"))

        self.settings_panel = LockSettingsPanel(services.locks)
        self.settings_panel.saved.connect(self._on_settings_panel_saved)
        self.settings_panel.key_changed.connect(self._on_settings_panel_key_changed)
        self.settings_panel.remove_requested.connect(self.remove_requested)
        self.tabs.addTab(self.settings_panel, translate("locks.lock_page", "&Settings"))

    # -- loading ----------------------------------------------------------------------

    @property
    def lock(self) -> Lock | None:
        """The lock shown (as loaded last), or None."""
        return self._lock

    @property
    def loading(self) -> bool:
        """True while the lock's history and report are being loaded."""
        return self._load.busy

    def show_lock(self, lock: Lock, summary: LockSummary | None = None) -> None:
        """Show ``lock`` at once (from ``summary`` if given), and load the rest now or (page hidden) when shown.

        Args:
            lock: The lock.
            summary: What the lock list knows about it (the header's state until the load arrives).
        """
        switched = self._lock is None or self._lock.id != lock.id
        self._lock = lock
        if switched:
            self.show_placeholder(summary or LockSummary(lock, None, self._services.locks.status(lock)))
        self.log_panel.show_lock(lock)
        self.tasks_panel.show_lock(lock)
        if self.active:
            self.reload()
        else:
            self._stale = True

    def show_placeholder(self, summary: LockSummary) -> None:
        """Show what is known about a lock at once, with a light placeholder until its view arrives."""
        self.view = None
        self._show_header(summary, self._services.locks.now(), None)
        self.overview.show_loading(summary.lock)
        self.history_model.clear()
        self.battery_panel.show_loading()
        self.show_suggestion("")

    def reload(self) -> None:
        """Load the header, details, battery and history again (in the pool; shown when they arrive)."""
        lock = self._lock
        if lock is None or lock.id is None:
            return
        self._stale = False
        self._load.load(lambda services: _load_lock_view(services, lock), self.show_view)

    def set_active(self, active: bool) -> None:
        """Told by the window when the page is shown or hidden; catches up when shown."""
        self.active = active
        if active and self._stale:
            self.reload()

    def apply_changes(self, changes: Changes) -> None:
        """Reload what a change touches: the page, the log, the tasks (or note it for later)."""
        lock = self._lock
        if lock is None or not changes.lock_changed(lock.id):
            return
        if changes.everything:
            self.log_panel.clear_history()  # the entries the undo steps refer to were replaced
        if changes.everything or changes.locks:
            fresh = self._services.locks.get(lock.id) if lock.id is not None else None
            if fresh is None:
                return  # gone: the window selects another lock
            self._lock = lock = fresh
        if changes.everything or changes.locks or changes.log:
            self.log_panel.show_lock(lock)
        if changes.everything or changes.locks or changes.log or lock.id in changes.readings:
            self.tasks_panel.show_lock(lock)  # the battery task follows the forecast
        if self.active:
            self.reload()
        else:
            self._stale = True

    def _on_log_panel_changed(self) -> None:
        if self._lock is not None:  # a swap is a log entry too: the battery data may have changed
            self._changes.announce(Changes.of_readings(self._lock.id, log=True))

    def _on_settings_panel_saved(self, lock: Lock) -> None:
        self._lock = lock
        self._changes.announce(Changes(locks=True))

    def _on_settings_panel_key_changed(self, lock: Lock) -> None:
        self._changes.announce(Changes(locks=True, reachability=frozenset({lock.id} if lock.id is not None else ())))

    # -- filling ----------------------------------------------------------------------

    def show_view(self, view: LockView) -> None:
        """Fill the page from a loaded :class:`LockView` (all on the GUI thread, no queries)."""
        if self._lock is not None and view.lock.id != self._lock.id:
            return  # a view of a lock the page no longer shows
        self.view = view
        self._lock = view.lock
        self._show_header(view.summary, view.now, view.battery.now_level.words)
        self._show_details(view)
        self.view_shown.emit(view)

    def _show_header(self, summary: LockSummary, now: datetime, now_words: str | None) -> None:
        """The header; ``now_words`` is the one "now" level (None while it is being worked out)."""
        lock = summary.lock
        self.name_label.setText(lock.name)
        latest = summary.latest
        gateway = lock.kind is LockKind.GATEWAY
        parts = [lock.product_name or lock_kind_words(lock.kind).split(" (")[0]]
        if not gateway:
            parts.append(translate("locks.lock_page", "battery read {ago}").format(ago=ago(latest.at, now)) if latest else translate("locks.lock_page", "no battery reading yet"))
        self.subtitle_label.setText(units_together(" · ".join(parts)))
        # The one "now" value: the same words the Battery tab's sentence and chart use.
        self.battery_label.setText(translate("locks.lock_page", "Gateway") if gateway else translate("locks.lock_page", "Battery {value}").format(value=now_words or '…'))
        # Words, no dot: a dot means the battery's health, in the sidebar and on All locks.
        self.state_label.setText(cloud_reported_words(latest, summary.status, now) or connection_words(summary.status, now))
        headline = reachability_headline(lock, summary.status, now)
        self.message_label.setText(headline)
        self.message_label.setToolTip(translate("locks.lock_page", "Details: {message}").format(message=summary.status.message) if summary.status.message else "")
        self.message_label.setVisible(bool(headline))
        self.cloud_key_button.setVisible(summary.status.state == Reachability.WRONG_KEY)
        tint = {Reachability.WRONG_KEY: "209,69,59", Reachability.SILENT: "208,138,30",
                Reachability.GATEWAY_CHILD_OFFLINE: "208,138,30", Reachability.GARBLED: "208,138,30"}
        self.message_label.setStyleSheet(
            f"background: rgba({tint.get(summary.status.state, '128,128,128')},0.16); border-radius: 6px; padding: 8px 10px;"
        )
        self.wake_button.setVisible(lock.kind is LockKind.WIFI)
        self.set_reading(False)
        for widget in (self.battery_panel, self.maintenance_tab, self.history_view):
            self.tabs.setTabVisible(self.tabs.indexOf(widget), not gateway)  # a gateway has no batteries
        self.record_button.setVisible(not gateway)
        self.settings_panel.show_lock(lock)

    def _show_details(self, view: LockView) -> None:
        self.overview.show_view(view)
        self.history_model.set_history(view.readings, [])
        self.battery_panel.show_history(view.history, view.chart)
        self.show_suggestion(view.suggestion)

    def show_suggestion(self, reason: str) -> None:
        """Shows why the troubleshooter may help (e.g. repeated wrong fingerprints); "" hides it."""
        self.suggestion_label.setText(f"⚠ {reason}" if reason else "")
        self.suggestion_row.setVisible(bool(reason))

    def set_reading(self, busy: bool) -> None:
        """Show that a read is under way (the rest of the window stays usable)."""
        self.read_button.setEnabled(not busy)
        self.wake_button.setEnabled(not busy)
        self.read_button.setText(translate("locks.lock_page", "Reading…") if busy else translate("locks.lock_page", "Read &now"))



def _load_lock_view(services: Services, lock: Lock) -> LockView:
    from lockcare.ui.locks.lock_view import load_lock_view  # numpy and the forecaster load in the pool

    return load_lock_view(services, lock)
