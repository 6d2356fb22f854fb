"""The main window: locks on the left, the selected lock on the right."""

from __future__ import annotations

import logging
import sys
from datetime import datetime

from PySide6.QtCore import QItemSelectionModel, QProcess, QSettings, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from lockcare.core.models import Lock
from lockcare.services.reading import ReadOutcome
from lockcare.services.registry import Services
from lockcare.tasks import TaskRunner
from lockcare.ui.actions import add_text_toolbar, fill_menu, make_action
from lockcare.ui.backup.file_actions import FileActions
from lockcare.ui.dialogs.add_lock_dialog import AddLockDialog
from lockcare.ui.dialogs.battery_dialogs import open_reading_dialog, open_swap_dialog
from lockcare.ui.dialogs.reading_dialog import ReadingDialog
from lockcare.ui.dialogs.swap_dialog import SwapDialog
from lockcare.ui.empty_page import EmptyPage
from lockcare.ui.fleet.fleet_page import FleetPage
from lockcare.ui.locks.live_reads import LiveReads
from lockcare.ui.locks.lock_page import LockPage
from lockcare.ui.locks.wake_dialog import WakeDialog
from lockcare.ui.pairing.pairing_flow import PairingFlow
from lockcare.ui.pairing.scan_dialog import ScanDialog
from lockcare.ui.schedule.due_model import attention_count
from lockcare.ui.schedule.due_page import DuePage
from lockcare.ui.schedule.reminders import DueTracker, ReminderNotifier
from lockcare.ui.sidebar import Sidebar
from lockcare.ui.troubleshoot.page import TroubleshootPage
from lockcare.ui.window_state import restore_window, save_window

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    """lockcare's window. Built by :mod:`lockcare.app`, which owns the services."""

    lock_selected = Signal(str)
    lock_added = Signal(str)

    def __init__(self, services: Services, runner: TaskRunner, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.runner = runner
        self.settings = settings
        self.setWindowTitle("lockcare" + (" — demo" if services.demo_note else ""))
        self.setMinimumSize(760, 500)
        self._refreshing = False
        self.live = LiveReads(services, runner, self)
        self.live.read_finished.connect(self._on_live_read_finished)
        self.live.read_started.connect(self._on_live_read_started)
        self._build_actions()
        self._build_layout()
        last_lock = restore_window(self, self.splitter, self.settings)
        self.refresh(select_device_id=last_lock or None)  # once: each refresh runs a forecast

    # -- construction -----------------------------------------------------------------

    def _build_actions(self) -> None:
        self.add_action = make_action(self, "&Add lock…", QKeySequence.StandardKey.New, self.add_lock)
        self.reading_action = make_action(self, "Record battery &reading…", "Ctrl+R", self.record_reading)
        self.swap_action = make_action(self, "Record battery s&wap…", "Ctrl+B", self.record_swap)
        self.scan_action = make_action(self, "&Scan the network…", "Ctrl+Shift+N", self.scan_network)
        self.import_action = make_action(self, "&Import devices.json…", "Ctrl+I", self.import_devices)
        self.read_action = make_action(self, "Read &now", "F5", self.read_current)
        self.wake_action = make_action(self, "&Wake and read…", "Ctrl+Shift+R", self.wake_current)
        self.troubleshoot_action = make_action(self, "&Troubleshoot (I'm locked out)…", "Ctrl+T", self.open_troubleshooter)
        self.quit_action = make_action(self, "&Quit", QKeySequence.StandardKey.Quit, self.close)
        self.due_action = make_action(self, "Due", "Ctrl+D", self.show_due, "What needs doing across all locks (Ctrl+D)")
        self.due_tracker = DueTracker(self.services.plan, self)
        self.due_tracker.updated.connect(self._on_due_tracker_updated)
        self.reminders: ReminderNotifier | None = None
        self.file_actions = FileActions(self.services, self, self.current_lock)
        self.file_actions.restored.connect(self._on_file_actions_restored)
        self.file_actions.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.file_actions.install(self.menuBar().addMenu("&File"))
        self.pairing = PairingFlow(self.services, self.runner, self)
        self.pairing.lock_added.connect(self._on_pairing_lock_added)
        self.pairing.imported.connect(self._on_pairing_imported)
        self.pairing.message.connect(lambda text: self.statusBar().showMessage(text, 5000))
        fill_menu(self.menuBar().addMenu("&Lock"), (
            self.add_action, self.scan_action, self.import_action, None, self.read_action, self.wake_action, None,
            self.reading_action, self.swap_action, None, self.troubleshoot_action, None, self.quit_action))
        toolbar = add_text_toolbar(self, (self.due_action, self.scan_action, self.import_action, self.add_action,
                                          self.reading_action, self.swap_action))
        due_button = toolbar.widgetForAction(self.due_action)
        # The count arrives after the first layout; reserve its room so it never shows as "D…4".
        due_button.setMinimumWidth(due_button.fontMetrics().horizontalAdvance("Due: 99") + 16)

    def _build_layout(self) -> None:
        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        if self.services.demo_note:
            banner = QLabel(self.services.demo_note)
            banner.setObjectName("demoBanner")
            banner.setWordWrap(True)
            banner.setStyleSheet("background: #fff3c4; color: #3d3100; padding: 8px 14px;")
            outer.addWidget(banner)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.setChildrenCollapsible(False)
        outer.addWidget(self.splitter, 1)

        self._home = False
        self._due_view = False
        self.sidebar = Sidebar()
        self.home_button = self.sidebar.home_button
        self.due_button = self.sidebar.due_button
        self.lock_model = self.sidebar.lock_model
        self.lock_list = self.sidebar.lock_list
        self.locked_out_button = self.sidebar.locked_out_button
        self.sidebar.home_requested.connect(self.show_home)
        self.sidebar.due_requested.connect(self.show_due)
        self.sidebar.add_requested.connect(self.add_lock)
        self.sidebar.locked_out_requested.connect(self.open_troubleshooter)
        self.lock_list.selectionModel().currentChanged.connect(self._on_lock_list_current_changed)
        self.lock_list.clicked.connect(self._on_lock_list_clicked)
        self.splitter.addWidget(self.sidebar)

        self.pages = QStackedWidget()
        self.empty_page = EmptyPage()
        self.empty_page.add_requested.connect(self.add_lock)
        self.empty_page.demo_requested.connect(self._on_empty_page_demo_requested)
        self.empty_page.scan_requested.connect(self.scan_network)
        self.empty_page.import_requested.connect(self.import_devices)
        self.lock_page = LockPage()
        self.lock_page.record_reading_requested.connect(self.record_reading)
        self.lock_page.record_swap_requested.connect(self.record_swap)
        self.lock_page.record_swap_at_requested.connect(self.record_swap)
        self.lock_page.read_requested.connect(self.read_current)
        self.lock_page.settings_panel.save_lock = self.services.locks.update_lock
        self.lock_page.settings_panel.saved.connect(self._on_settings_panel_saved)
        self.lock_page.wake_requested.connect(self.wake_current)
        self.lock_page.troubleshoot_requested.connect(self.open_troubleshooter)
        self.pages.addWidget(self.empty_page)
        self.pages.addWidget(self.lock_page)
        self.fleet_page = FleetPage()
        self.fleet_page.lock_activated.connect(self._on_fleet_page_lock_activated)
        self.pages.addWidget(self.fleet_page)
        self.troubleshoot_page = TroubleshootPage(self.services.troubleshoot)
        self.troubleshoot_page.closed.connect(self._on_troubleshoot_page_closed)
        self.pages.addWidget(self.troubleshoot_page)
        self.due_page = DuePage(self.services.maintenance)
        self.due_page.lock_activated.connect(self._on_fleet_page_lock_activated)
        self.due_page.changed.connect(self._on_maintenance_changed)
        self.pages.addWidget(self.due_page)
        for panel in (self.lock_page.log_panel, self.lock_page.tasks_panel):
            panel.set_services(self.services)
            panel.changed.connect(self._on_maintenance_changed)
        self.splitter.addWidget(self.pages)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([240, 760])
        self.setCentralWidget(central)

    # -- state ------------------------------------------------------------------------

    def current_lock(self) -> Lock | None:
        """The lock selected in the sidebar, or None."""
        summary = self.lock_model.summary_at(self.lock_list.currentIndex().row())
        return summary.lock if summary else None

    def refresh(self, select_device_id: str | None = None, *, page: bool = True, due: bool = True) -> None:
        """Reload the list (keeping or changing the selection), then the page and the due list.

        Args:
            select_device_id: The lock to select (default: keep the current one).
            page: Re-render the page shown (it runs a forecast: skip it when nothing on it changed).
            due: Work out the due list again (battery readings move battery due dates).
        """
        keep = select_device_id or (self.current_lock().device_id if self.current_lock() else None)
        self._refreshing = True  # show the page once, below, not again from currentChanged
        try:
            self.lock_model.set_summaries(self.services.locks.summaries())
            row = self.lock_model.row_of(keep) if keep else -1
            if row < 0 and self.lock_model.rowCount() > 0:
                row = 0
            if row >= 0:
                self.lock_list.selectionModel().setCurrentIndex(
                    self.lock_model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
                )
        finally:
            self._refreshing = False
        if due:
            self.due_tracker.refresh_later()
        if page:
            self._show_current()

    def select_lock(self, device_id: str) -> None:
        """Select a lock by device id."""
        self.refresh(select_device_id=device_id)

    def _show_current(self) -> None:
        lock = self.current_lock()
        has_lock = lock is not None
        self.reading_action.setEnabled(has_lock)
        self.swap_action.setEnabled(has_lock)
        self.home_button.setChecked(self._home and has_lock)
        self.due_button.setChecked(self._due_view)
        self.file_actions.set_lock_actions_enabled(has_lock)
        self.reading_action.setEnabled(has_lock and not self._home)
        self.swap_action.setEnabled(has_lock and not self._home)
        if self.pages.currentWidget() is self.troubleshoot_page:
            return  # a background refresh must not pull the user out of a walk
        if lock is None:
            self.pages.setCurrentWidget(self.empty_page)
            return
        if self._due_view:
            self.due_page.set_items(self.due_tracker.items)
            self.pages.setCurrentWidget(self.due_page)
            self.lock_list.selectionModel().clearSelection()
            return
        if self._home:
            rows = self.services.battery.fleet()
            self.fleet_page.show_fleet(rows, self.services.battery.shopping_list(rows=rows))
            self.pages.setCurrentWidget(self.fleet_page)
            self.lock_list.selectionModel().clearSelection()  # the current lock stays for the next click
            return
        summary = self.services.locks.summary(lock)
        history = self.services.locks.history(lock)
        battery = self.services.battery.report(lock, readings=history.readings, swaps=history.swaps)
        self.lock_page.show_lock(summary, history, self.services.locks.now(), battery)
        suggestion = self.services.troubleshoot.suggest(lock)
        self.lock_page.show_suggestion(suggestion.reason if suggestion else "")
        self.pages.setCurrentWidget(self.lock_page)

    def show_home(self) -> None:
        """Show every lock at a glance and the shopping list."""
        self._leave_troubleshooter()
        self._home = True
        self._due_view = False
        self._show_current()

    def _on_fleet_page_lock_activated(self, device_id: str) -> None:
        self._home = self._due_view = False
        self.select_lock(device_id)

    def open_troubleshooter(self) -> TroubleshootPage:
        """Open the troubleshooter at the symptom picker, for the selected lock."""
        if self.pages.currentWidget() is not self.troubleshoot_page or self.troubleshoot_page.walk is None:
            lock = self.current_lock()
            self.troubleshoot_page.open(lock.device_id if lock else None)
            self.pages.setCurrentWidget(self.troubleshoot_page)
        return self.troubleshoot_page

    def _leave_troubleshooter(self) -> None:
        if self.pages.currentWidget() is self.troubleshoot_page:
            self.troubleshoot_page.leave()
            self.pages.setCurrentWidget(self.lock_page)

    def _on_troubleshoot_page_closed(self) -> None:
        self.pages.setCurrentWidget(self.lock_page)
        self._show_current()

    def _on_lock_list_clicked(self, *_args: object) -> None:
        if self.pages.currentWidget() is self.troubleshoot_page:
            self._leave_troubleshooter()
            self._show_current()
        if self._home or self._due_view:
            self._home = self._due_view = False
            self._show_current()

    def _on_lock_list_current_changed(self, *_args: object) -> None:
        if self._refreshing:
            return
        self._home = self._due_view = False
        self._show_current()
        lock = self.current_lock()
        if lock is not None:
            self.lock_selected.emit(lock.device_id)

    # -- maintenance: Due page, reminders, File menu -----------------------------------

    def show_due(self) -> None:
        """Show what is due across all locks (worked out afresh)."""
        self._leave_troubleshooter()
        self._home = False
        self._due_view = True
        self.due_tracker.refresh()
        self._show_current()

    def start_reminders(self) -> ReminderNotifier:
        """Show what fell due while lockcare was closed, then remind while it runs (the app only)."""
        if self.reminders is None:
            self.reminders = ReminderNotifier(self.services.plan, self.services.runs, self.due_tracker, self)
            self.reminders.show_due_requested.connect(self.show_due)
            self.reminders.start()
        return self.reminders

    def stop_reminders(self) -> None:
        """Stop the reminder timer (records that lockcare ran until now)."""
        self.due_tracker.stop()
        if self.reminders is not None:
            self.reminders.stop()
            self.reminders = None

    def _on_due_tracker_updated(self, items: list) -> None:
        count = attention_count(items)
        self.sidebar.set_due_count(count)
        self.due_action.setText(f"Due: {count}")
        if self._due_view:
            self.due_page.set_items(items)

    def _on_maintenance_changed(self) -> None:
        self.refresh()
        if self._due_view:
            self.due_tracker.refresh()

    def _on_file_actions_restored(self) -> None:
        self.lock_page.log_panel.clear_history()
        self.refresh()
        self.due_tracker.refresh()
        self.live.refresh_watch()

    # -- actions ----------------------------------------------------------------------

    def add_lock(self) -> AddLockDialog:
        """Open the Add lock dialog; the new lock is selected when it is saved."""
        return self.pairing.add_lock()

    def scan_network(self) -> ScanDialog:
        """Listen for Tuya devices; offer to add the ones found."""
        return self.pairing.scan_network()

    def import_devices(self, path: str | None = None) -> None:
        """Import locks from the tinytuya wizard's devices.json."""
        self.pairing.import_devices(path)

    def _on_pairing_lock_added(self, lock: Lock) -> None:
        self.refresh(select_device_id=lock.device_id)
        self.lock_added.emit(lock.device_id)
        self.live.refresh_watch()

    def _on_pairing_imported(self) -> None:
        self.refresh()
        self.live.refresh_watch()

    def record_reading(self) -> ReadingDialog | None:
        """Open the battery reading dialog for the selected lock."""
        lock = self.current_lock()
        return open_reading_dialog(self, self.services, lock, self._on_saved) if lock else None

    def record_swap(self, at: datetime | None = None) -> SwapDialog | None:
        """Open the battery swap dialog for the selected lock (dated ``at`` when the readings proposed it)."""
        lock = self.current_lock()
        return open_swap_dialog(self, self.services, lock, self._on_saved, at=at) if lock else None

    def _on_saved(self, message: str) -> None:
        self.refresh()
        self.statusBar().showMessage(message, 5000)

    # -- live reads and pairing -------------------------------------------------------

    def start_background_reads(self) -> None:
        """Read every lock once now, then the always-reachable ones every 15 minutes."""
        self.live.start_polling()

    def read_current(self) -> None:
        """Read the selected lock now, in the background."""
        lock = self.current_lock()
        if lock is not None:
            self.live.read(lock)

    def wake_current(self) -> WakeDialog | None:
        """Guide the user through waking the selected lock while lockcare probes it."""
        lock = self.current_lock()
        if lock is None:
            return None
        dialog = WakeDialog(lock, self.live, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.start()
        return dialog

    def _on_settings_panel_saved(self, lock: Lock) -> None:
        self.refresh(select_device_id=lock.device_id)
        self.statusBar().showMessage(f"Saved {lock.name}.", 5000)

    def _on_live_read_started(self, device_id: str) -> None:
        lock = self.current_lock()
        if lock is not None and lock.device_id == device_id:
            self.lock_page.set_reading(True)

    def _on_live_read_finished(self, outcome: ReadOutcome) -> None:
        current = self.current_lock()
        shows_it = current is not None and current.device_id == outcome.lock.device_id
        # The list always changes (state, battery); the page only if it shows this lock or every lock.
        self.refresh(page=shows_it or self._home or self._due_view, due=outcome.stored_reading is not None)
        if outcome.reachable:
            self.statusBar().showMessage(f"Read {outcome.lock.name}.", 5000)
        elif outcome.error_kind == "asleep":
            self.statusBar().showMessage(f"{outcome.lock.name} is asleep; nothing lost.", 5000)
        else:
            self.statusBar().showMessage(f"{outcome.lock.name}: {outcome.message}", 8000)

    def _on_empty_page_demo_requested(self) -> None:
        if not QProcess.startDetached(sys.executable, ["-m", "lockcare", "--demo"]):
            QMessageBox.warning(self, "Demo", "The demo could not be started. Run “lockcare --demo” from a terminal.")

    # -- persistence ------------------------------------------------------------------

    def save_state(self) -> None:
        """Remember window size, splitter and selected lock."""
        lock = self.current_lock()
        save_window(self, self.splitter, self.settings, lock.device_id if lock else "")

    def closeEvent(self, event: QCloseEvent) -> None:
        self.live.stop_polling()
        self.stop_reminders()
        self.troubleshoot_page.leave()
        self.save_state()
        super().closeEvent(event)
