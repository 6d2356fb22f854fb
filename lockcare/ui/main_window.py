"""The main window: locks on the left, a page on the right.

The window routes: a :class:`~lockcare.ui.router.Page` says which page is shown, and each
page loads its own data. Whatever stores something announces a
:class:`~lockcare.ui.changes.Changes` on :attr:`MainWindow.changes`; the window passes it to
the views, which reload only what they show.

The GUI thread never reads a history or works out a forecast: every view loads through
its channel of :attr:`MainWindow.loads` (the shared pool, with the workers' read-only
connections), and shows what it knows at once. The window itself shows before anything is
loaded: the lock list arrives a moment later (:attr:`Sidebar.reloaded`), and the window
then routes to the selected lock or to the empty page.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QElapsedTimer, QEventLoop, QProcess, QSettings, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QSplitter, QVBoxLayout, QWidget

from lockcare.core.models import Lock, LockKind
from lockcare.launch import lockcare_command
from lockcare.services.locks import RemovedLock
from lockcare.services.reading import ReadOutcome
from lockcare.services.registry import Services
from lockcare.tasks import TaskRunner, ViewLoads
from lockcare.ui.actions import fill_menu
from lockcare.ui.backup.file_actions import FileActions
from lockcare.ui.battery.panel import import_chart_modules
from lockcare.ui.changes import ChangeBus, Changes
from lockcare.ui.cloud.cloud_page import CloudPage
from lockcare.ui.cloud.harvester import CloudHarvester
from lockcare.ui.empty_page import EmptyPage, demo_banner
from lockcare.ui.help.guide import GuideDialog
from lockcare.ui.help.menu import HelpMenu
from lockcare.ui.language_menu import LanguageMenu
from lockcare.ui.locks.live_reads import LiveReads, outcome_message
from lockcare.ui.locks.lock_page import LockPage
from lockcare.ui.locks.removal import RemovalFlow, UndoBar
from lockcare.ui.locks.unsaved import UnsavedSettings
from lockcare.ui.pairing.pairing_flow import PairingFlow
from lockcare.ui.later_pages import add_later_pages
from lockcare.ui.lock_records import LockRecords
from lockcare.ui.router import Page, PageStack
from lockcare.ui.schedule.due_model import attention_count
from lockcare.ui.schedule.reminders import DueTracker, ReminderNotifier
from lockcare.ui.sidebar import Sidebar
from lockcare.ui.widgets.wheel_guard import guard_wheel
from lockcare.ui.window_actions import due_text, install_lock_menu_and_toolbar, make_window_actions
from lockcare.ui.window_state import restore_window, save_window
from lockcare.core.i18n import translate

if TYPE_CHECKING:  # made when first wanted (imports that the window's start does not pay for)
    from lockcare.ui.battery.import_dialog import Importer
    from lockcare.ui.dialogs.add_lock_dialog import AddLockDialog
    from lockcare.ui.fleet.fleet_page import FleetPage
    from lockcare.ui.locks.wake_dialog import WakeDialog
    from lockcare.ui.pairing.scan_dialog import ScanDialog
    from lockcare.ui.schedule.due_page import DuePage
    from lockcare.ui.troubleshoot.page import TroubleshootPage

log = logging.getLogger(__name__)

LOCK_PAGES = (Page.LOCK, Page.FLEET, Page.DUE)
"""Pages that need at least one lock (without one, the window shows :attr:`Page.EMPTY`)."""


class MainWindow(QMainWindow):
    """lockcare's window. Built by :mod:`lockcare.app`, which owns the services."""

    lock_selected = Signal(str)
    lock_added = Signal(str)

    def __init__(self, services: Services, runner: TaskRunner, settings: QSettings, loads: ViewLoads,
                 importer: Importer, parent: QWidget | None = None, *, data_dir: Path | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        """The data folder (the demo's temporary one in demo mode), for About; None: the user's."""
        self.services = services
        self.runner = runner
        self.settings = settings
        self.importer = importer
        """Runs a battery-history import in the pool, on a write connection of its own."""
        self.loads = loads
        """Every view's background reads (:attr:`ViewLoads.busy` while any is under way)."""
        self.setWindowTitle(translate("main_window", "lockcare — demo") if services.demo_note else "lockcare")
        self.setMinimumSize(720, 460)
        self.changes = ChangeBus(self)
        self.changes.changed.connect(self._on_changes_changed)
        self.live = LiveReads(services, runner, self)
        self.live.read_finished.connect(self._on_live_read_finished)
        self.live.read_started.connect(self._on_live_read_started)
        self._troubleshoot_return = Page.LOCK
        self._refresh_page = False
        self._go_to_lock = False
        self._routed = False  # until the first list of locks arrives, the lock page stands in, blank
        self._first_page = Page.FLEET
        """Where the first list of locks routes to: All locks, or a lock page asked for before it arrived."""
        self._build_actions()
        self._build_layout()
        self.unsaved = UnsavedSettings(self.lock_page.settings_panel, self)
        guard_wheel(self)  # every number and list box of every page (dialogs and tools guard their own)
        last_lock = restore_window(self, self.splitter, self.settings)
        # In the pool: the window shows first, then fills; the first list routes to All locks
        # (every lock at a glance), or to the empty page when there is none.
        self.refresh(select_device_id=last_lock or None)

    # -- construction -----------------------------------------------------------------

    def _build_actions(self) -> None:
        self.records = LockRecords(self.services, self, lock_on_screen=self._lock_on_screen,
                                   current_lock=self.current_lock, importer=self.importer, runner=self.runner)
        self.records.saved.connect(self._on_records_saved)
        self.menu_actions = make_window_actions(self)
        self.due_tracker = DueTracker(self.services.plan, self, load=self.loads.channel("due"))
        self.due_tracker.updated.connect(self._on_due_tracker_updated)
        self.reminders: ReminderNotifier | None = None
        self.file_actions = FileActions(self.services, self, self.current_lock)
        self.file_actions.restored.connect(self._on_file_actions_restored)
        self.file_actions.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        file_menu = self.menuBar().addMenu(translate("main_window", "&File"))
        self.file_actions.install(file_menu)
        fill_menu(file_menu, (None, self.menu_actions.quit))
        self.pairing = PairingFlow(self.services, self.runner, self)
        self.pairing.lock_added.connect(self._on_pairing_lock_added)
        self.pairing.imported.connect(self._on_pairing_imported)
        self.pairing.message.connect(lambda text: self.statusBar().showMessage(text, 5000))
        self.pairing.cloud_requested.connect(self.show_cloud)
        self.cloud_harvester = CloudHarvester(self.services, self.runner, self.changes, self)
        self.cloud_harvester.progressed.connect(lambda text: self.statusBar().showMessage(text, 10000))
        install_lock_menu_and_toolbar(self, self.menu_actions)
        self.language_menu = LanguageMenu(self)  # View > Language, left of Help
        self.help = HelpMenu(self, self.services.troubleshoot, self._lock_for_report, self.data_dir)

    def _build_layout(self) -> None:
        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        if self.services.demo_note:
            outer.addWidget(demo_banner(self.services.demo_note))
        self.undo_bar = UndoBar()
        outer.addWidget(self.undo_bar)
        self.removal = RemovalFlow(self.services.locks, self.undo_bar, self)
        self.removal.removed.connect(self._on_removal_removed)
        self.removal.restored.connect(self._on_removal_restored)
        self.removal.message.connect(lambda text: self.statusBar().showMessage(text, 5000))
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.setChildrenCollapsible(False)
        outer.addWidget(self.splitter, 1)

        self.sidebar = Sidebar(self.services, self.loads.channel("lock list"))
        self.sidebar.reloaded.connect(self._on_sidebar_reloaded)
        self.home_button = self.sidebar.home_button
        self.due_button = self.sidebar.due_button
        self.lock_model = self.sidebar.lock_model
        self.lock_list = self.sidebar.lock_list
        self.locked_out_button = self.sidebar.locked_out_button
        self.sidebar.home_requested.connect(self.show_home)
        self.sidebar.due_requested.connect(self.show_due)
        self.sidebar.add_requested.connect(self.add_lock)
        self.sidebar.locked_out_requested.connect(self.open_locked_out)
        self.lock_list.selectionModel().currentChanged.connect(self._on_lock_list_current_changed)
        self.lock_list.clicked.connect(self._on_lock_list_clicked)
        self.splitter.addWidget(self.sidebar)

        self.pages = PageStack()
        self.empty_page = EmptyPage()
        self.empty_page.add_requested.connect(self.add_lock)
        self.empty_page.demo_requested.connect(self._on_empty_page_demo_requested)
        self.empty_page.scan_requested.connect(self.scan_network)
        self.empty_page.import_requested.connect(self.import_devices)
        self.empty_page.cloud_requested.connect(self.show_cloud)
        self.cloud_page = CloudPage(self.services, self.runner, self.settings)
        self.cloud_page.imported.connect(self._on_cloud_page_imported)
        self.cloud_page.harvest_requested.connect(self.cloud_harvester.harvest_now)
        self.cloud_harvester.finished.connect(self._on_cloud_harvester_finished)
        self.lock_page = LockPage(self.services, self.changes, self.loads.channel("lock page"))
        self.lock_page.tasks_panel.set_load(self.loads.channel("lock tasks"))
        self.lock_page.record_reading_requested.connect(self.records.record_reading)
        self.lock_page.record_swap_requested.connect(self.records.record_swap)
        self.lock_page.record_swap_at_requested.connect(self.records.record_swap)
        self.lock_page.import_history_requested.connect(self.records.import_readings)
        self.lock_page.read_requested.connect(self.read_current)
        self.lock_page.wake_requested.connect(self.wake_current)
        self.lock_page.troubleshoot_requested.connect(self.open_troubleshooter)
        self.lock_page.cloud_import_requested.connect(self.show_cloud)
        self.lock_page.remove_requested.connect(self.remove_lock)
        self.lock_page.settings_panel.saved.connect(self._on_settings_panel_saved)
        for page, widget in ((Page.LOCK, self.lock_page), (Page.EMPTY, self.empty_page), (Page.CLOUD, self.cloud_page)):
            self.pages.add_page(page, widget)  # the lock page first: it stands (blank) until the list arrives
        add_later_pages(self.pages, self.services, self.loads, lambda: self.due_tracker.items,
                        lock_activated=self._on_page_lock_activated, due_changed=self._on_due_page_changed,
                        troubleshooter_closed=self._on_troubleshoot_page_closed)
        self.splitter.addWidget(self.pages)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([240, 760])
        self.setCentralWidget(central)

    @property
    def fleet_page(self) -> FleetPage:
        """The home page (made on first use)."""
        return self.pages.widget_of(Page.FLEET)  # type: ignore[return-value]

    @property
    def due_page(self) -> DuePage:
        """The Due page (made on first use)."""
        return self.pages.widget_of(Page.DUE)  # type: ignore[return-value]

    @property
    def troubleshoot_page(self) -> TroubleshootPage:
        """The troubleshooter (made on first use)."""
        return self.pages.widget_of(Page.TROUBLESHOOT)  # type: ignore[return-value]

    # -- routing ----------------------------------------------------------------------

    @property
    def loading(self) -> bool:
        """True until the lock list has arrived, and while any view's read is under way."""
        return not self.sidebar.loaded_once or self.loads.busy

    def wait_loaded(self, timeout_ms: int = 30000) -> bool:
        """Run the event loop until nothing is loading (scripts and screenshots); False on timeout."""
        timer = QElapsedTimer()
        timer.start()
        while self.loading and timer.elapsed() < timeout_ms:
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        return not self.loading

    @property
    def page(self) -> Page:
        """The page on screen."""
        return self.pages.current

    def current_lock(self) -> Lock | None:
        """The lock selected in the sidebar (kept while a home view is shown), or None."""
        return self.sidebar.current_lock()

    def go(self, page: Page) -> None:
        """Show ``page`` (the empty page instead when it needs a lock and there is none).

        Before the first list of locks has arrived, a page that needs a lock is shown when it does.
        """
        if page in LOCK_PAGES and not self.sidebar.loaded_once:
            self._first_page = page
            return
        lock = self.current_lock()
        if page in LOCK_PAGES and lock is None:
            page = Page.EMPTY
        if self.page is Page.TROUBLESHOOT and page is not Page.TROUBLESHOOT:
            self.troubleshoot_page.leave()  # a walk under way is kept as abandoned
        if page is Page.LOCK and lock is not None and (self.lock_page.lock is None or self.lock_page.lock.id != lock.id):
            self.lock_page.show_lock(lock, self.sidebar.current_summary())
        if page is Page.DUE:
            self.due_tracker.refresh()  # worked out afresh when asked for
        if page in (Page.FLEET, Page.DUE):
            self.lock_list.selectionModel().clearSelection()  # the current lock stays for the next click
        self._routed = True
        self.pages.show_page(page)
        self._update_navigation()

    def refresh(self, select_device_id: str | None = None) -> None:
        """Reload the list and the page shown (after data changed behind the window's back).

        The list arrives from the pool; the window then shows the selected lock again
        (:meth:`_on_sidebar_reloaded`).

        Args:
            select_device_id: The lock to select (default: keep the current one).
        """
        self._refresh_page = True
        self.sidebar.reload(select_device_id)
        if (fleet := self.pages.made(Page.FLEET)) is not None:
            fleet.apply_changes(Changes(locks=True))  # type: ignore[attr-defined]
        self.due_tracker.refresh_later()

    def select_lock(self, device_id: str) -> None:
        """Select a lock by device id and show its page (once the list has it)."""
        if self.sidebar.select(device_id):
            self.go(Page.LOCK)
        else:
            self._go_to_lock = True
            self.sidebar.reload(device_id)

    def show_home(self) -> None:
        """Show every lock at a glance and the shopping list."""
        self.go(Page.FLEET)

    def show_due(self) -> None:
        """Show what is due across all locks (worked out afresh)."""
        self.go(Page.DUE)

    def show_cloud(self) -> CloudPage:
        """Show the Tuya cloud page (link, test, import)."""
        self.go(Page.CLOUD)
        return self.cloud_page

    def open_troubleshooter(self, *, get_in: bool = False) -> TroubleshootPage:
        """Open the troubleshooter for the selected lock: at the symptom picker, or "Get in now" first."""
        if self.page is not Page.TROUBLESHOOT or self.troubleshoot_page.walk is None:
            if self.page is not Page.TROUBLESHOOT:
                self._troubleshoot_return = self.page if self.page in LOCK_PAGES else Page.LOCK
            lock = self.current_lock()
            self.troubleshoot_page.open(lock.device_id if lock else None, get_in=get_in)
            self.go(Page.TROUBLESHOOT)
        return self.troubleshoot_page

    def open_locked_out(self) -> TroubleshootPage:
        """Someone is locked out: ways in from outside first ("Get in now"), then the symptoms."""
        return self.open_troubleshooter(get_in=True)

    def _update_navigation(self) -> None:
        page, has_lock = self.page, self.current_lock() is not None
        self.home_button.setChecked(page is Page.FLEET)
        self.due_button.setChecked(page is Page.DUE)
        self.file_actions.set_lock_actions_enabled(has_lock)
        self.menu_actions.record_reading.setEnabled(has_lock)
        self.menu_actions.record_swap.setEnabled(has_lock)
        self.menu_actions.import_readings.setEnabled(has_lock and page is not Page.FLEET)

    def _on_lock_list_current_changed(self, current: object = None, previous: object = None) -> None:
        if self.sidebar.reloading:
            return  # the window routes once the new list is in (_on_sidebar_reloaded)
        if not self._settings_may_go(previous):
            return
        self.go(Page.LOCK)
        lock = self.current_lock()
        if lock is not None:
            self.lock_selected.emit(lock.device_id)

    def _on_sidebar_reloaded(self) -> None:
        if not self._routed:  # the first list: the window is up; load the chart's modules meanwhile
            self.runner.submit(import_chart_modules, name="import the chart")
        current, shown = self.current_lock(), self.lock_page.lock
        refresh, self._refresh_page = self._refresh_page, False
        go_to_lock, self._go_to_lock = self._go_to_lock, False
        if current is not None and (refresh or shown is None or shown.id != current.id):
            self.lock_page.show_lock(current, self.sidebar.current_summary())
        page = self.page
        if go_to_lock or (page is Page.EMPTY and current is not None):
            self.go(Page.LOCK)  # asked for, or the first lock arrived
        elif not self._routed:
            self.go(self._first_page)  # the first list: All locks unless asked otherwise (empty page: no lock)
        elif page in LOCK_PAGES and current is None:
            self.go(Page.EMPTY)  # none left
        self._update_navigation()

    def _settings_may_go(self, previous: object = None) -> bool:
        """Before another lock is shown: unsaved settings are asked about; on Cancel the old lock stays."""
        shown, current = self.lock_page.settings_panel.lock, self.current_lock()
        if shown is None or (current is not None and current.id == shown.id) or self.unsaved.resolved():
            return True
        if not self.sidebar.select(shown.device_id):  # stay on the lock with the unsaved edits
            self.sidebar.reload(shown.device_id)
        return False

    def request_close(self) -> bool:
        """Quit: ask about unsaved settings first; True when the window closed."""
        return self.unsaved.resolved() and self.close()

    def _on_lock_list_clicked(self, *_args: object) -> None:
        if self.page is not Page.LOCK:
            self.go(Page.LOCK)

    def _on_page_lock_activated(self, device_id: str) -> None:
        self.select_lock(device_id)

    def _on_troubleshoot_page_closed(self) -> None:
        self.changes.announce(Changes(log=True))  # a walk may have been saved (or un-saved)
        self.go(self._troubleshoot_return)

    # -- what changed -----------------------------------------------------------------

    def _on_changes_changed(self, changes: Changes) -> None:
        if changes.lock_list:
            self.sidebar.reload()  # then _on_sidebar_reloaded follows the selection
        self.lock_page.apply_changes(changes)
        if (fleet := self.pages.made(Page.FLEET)) is not None:
            fleet.apply_changes(changes)  # type: ignore[attr-defined]
        if changes.due and self.page is Page.DUE:
            self.due_tracker.refresh()  # the page on screen answers at once
        elif changes.due:
            self.due_tracker.refresh_later()  # the count in the sidebar can wait a moment
        self._update_navigation()

    def _on_due_tracker_updated(self, items: list) -> None:
        count = attention_count(items)
        self.sidebar.set_due_count(count)
        self.menu_actions.due.setText(due_text(count))
        if (due := self.pages.made(Page.DUE)) is not None:
            due.set_items(items)  # type: ignore[attr-defined]

    def _on_due_page_changed(self, lock_id: int) -> None:
        self.changes.announce(Changes.of_readings(lock_id, log=True))  # ticking the battery task records a swap

    def _on_file_actions_restored(self) -> None:
        self.changes.announce(Changes(everything=True))

    def _on_settings_panel_saved(self, lock: Lock) -> None:
        self.statusBar().showMessage(translate("main_window", "Saved {name}.").format(name=lock.name), 5000)

    # -- maintenance reminders --------------------------------------------------------

    def start_reminders(self) -> ReminderNotifier:
        """Show what fell due while lockcare was closed, then remind while it runs (the app only)."""
        if self.reminders is None:
            self.reminders = ReminderNotifier(self.services.plan, self.services.runs, self.due_tracker, self,
                                              load=self.loads.channel("reminders"))
            self.reminders.show_due_requested.connect(self.show_due)
            self.reminders.start()
        return self.reminders

    def stop_reminders(self) -> None:
        """Stop the reminder timer (records that lockcare ran until now)."""
        self.due_tracker.stop()
        if self.reminders is not None:
            self.reminders.stop()
            self.reminders = None

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
        self.changes.announce(Changes(locks=True))
        self.select_lock(lock.device_id)
        self.lock_added.emit(lock.device_id)

    def _on_pairing_imported(self) -> None:
        self.changes.announce(Changes(locks=True))

    def _on_cloud_harvester_finished(self, _results: object) -> None:
        if self.page is Page.CLOUD:
            self.cloud_page.refresh()  # "read just now", or the problem the harvest met

    def _on_cloud_page_imported(self, _report: object) -> None:
        self.changes.announce(Changes(locks=True))
        self.cloud_harvester.harvest_now()  # the new locks' history, at once

    def _lock_on_screen(self) -> Lock | None:
        """The lock the user is looking at: the lock page's, or the one selected on All locks or Due.

        None when no lock is visibly chosen: the dialog then asks, rather than acting on a lock
        that was selected on another page.
        """
        if self.page is Page.LOCK:
            lock = self.current_lock()
            return lock if lock is not None and lock.kind is not LockKind.GATEWAY else None
        if self.page is Page.DUE:
            item = self.due_page.selected_item()
            return item.lock if item is not None else None
        if self.page is Page.FLEET:
            return self.fleet_page.selected_lock()
        return None

    def remove_lock(self, lock: Lock | None = None) -> RemovedLock | None:
        """Remove a lock (the selected one by default) after a confirmation that says what goes; undo is offered."""
        lock = lock or self.current_lock()
        return self.removal.remove(lock) if lock is not None else None

    def _on_removal_removed(self, _removed: RemovedLock) -> None:
        self.lock_page.settings_panel.revert()  # its edits went with the lock
        self.changes.announce(Changes(everything=True))

    def _on_removal_restored(self, lock: Lock) -> None:
        self.changes.announce(Changes(everything=True))
        self.select_lock(lock.device_id)

    def _on_records_saved(self, changes: Changes, message: str) -> None:
        self.changes.announce(changes)
        self.statusBar().showMessage(message, 5000)

    # -- live reads -------------------------------------------------------------------

    def start_background_reads(self) -> None:
        """Read every lock once now, then the always-reachable ones every 15 minutes; harvest the
        Tuya cloud now and hourly."""
        self.live.start_polling()
        self.cloud_harvester.start()

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
        from lockcare.ui.locks.wake_dialog import WakeDialog

        dialog = WakeDialog(lock, self.live, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.start()
        return dialog

    def _on_live_read_started(self, device_id: str) -> None:
        shown = self.lock_page.lock
        if shown is not None and shown.device_id == device_id:
            self.lock_page.set_reading(True)

    def _on_live_read_finished(self, outcome: ReadOutcome) -> None:
        self.changes.announce(Changes.of_read(outcome.lock.id, stored_reading=outcome.stored_reading is not None))
        self.statusBar().showMessage(*outcome_message(outcome))

    def _on_empty_page_demo_requested(self) -> None:
        program, *arguments = lockcare_command("--demo", windowed=True)  # also right in a frozen bundle
        if not QProcess.startDetached(program, arguments):
            QMessageBox.warning(self, translate("main_window", "Demo"), translate("main_window", "The demo could not be started. Run “lockcare --demo” from a terminal."))

    # -- help -------------------------------------------------------------------------

    def show_guide(self) -> GuideDialog:
        """Open the short user guide (F1)."""
        return self.help.show_guide()

    def _lock_for_report(self) -> Lock | None:
        return self.troubleshoot_page.lock if self.page is Page.TROUBLESHOOT else self._lock_on_screen()

    # -- persistence ------------------------------------------------------------------

    def save_state(self) -> None:
        """Remember window size, splitter and selected lock."""
        lock = self.current_lock()
        save_window(self, self.splitter, self.settings, lock.device_id if lock else "")

    def closeEvent(self, event: QCloseEvent) -> None:
        if event.spontaneous() and not self.unsaved.resolved():  # the window's own close button
            event.ignore()
            return
        self.live.stop_polling()
        self.cloud_harvester.stop()
        self.stop_reminders()
        if (troubleshooter := self.pages.made(Page.TROUBLESHOOT)) is not None:
            troubleshooter.leave()  # type: ignore[attr-defined]
        self.save_state()
        super().closeEvent(event)

