"""What is due, kept current; reminders while lockcare runs; the catch-up at start.

* :class:`DueTracker` holds the latest due states of every lock's tasks (from the
  maintenance plan, which only reads). Working them out needs a battery forecast per lock,
  so it is done sparingly (on demand, coalesced by :meth:`DueTracker.refresh_later` after
  edits, and on the reminder timer) and in the shared pool: the states arrive by signal.
* :class:`ReminderNotifier` checks every few minutes which tasks *became due* since the
  last check (their local due date began), raises a desktop notification for them (the
  system tray when there is one, else the window's status bar) and records that lockcare
  is running, so the next start can tell what fell due while it was closed.
* :class:`CatchUpDialog` is that start-up summary. It is not modal: it never blocks the
  window, and nothing waits for it.

The plan is read in the shared pool with the worker's own read-only connection (given a
load channel); only the record that lockcare runs is written, on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime, tzinfo
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMainWindow,
    QStyle,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from lockcare.core.dates_in_words import short_date
from lockcare.core.maintenance.schedule import became_due
from lockcare.services.maintenance_plan import DueItem, MaintenancePlan
from lockcare.services.run_record import RunRecord
from lockcare.tasks import LatestLoad
from lockcare.ui.schedule.due_model import attention_count, next_due_text, status_text
from lockcare.core.i18n import translate

CHECK_INTERVAL_MS = 5 * 60 * 1000
"""How often the running app looks for tasks that became due (and records that it runs)."""


def newly_due_items(items: Iterable[DueItem], before: datetime, after: datetime, tz: tzinfo) -> list[DueItem]:
    """The items whose local due date began in ``(before, after]``, soonest first.

    The core rule (:func:`lockcare.core.maintenance.schedule.became_due`) applied to the due
    states already worked out, so one pass over the plan serves the count and the reminder.
    """
    by_state = {id(item.state): item for item in items}
    return [by_state[id(state)] for state in became_due([item.state for item in by_state.values()], before, after, tz=tz)]


def item_line(item: DueItem) -> str:
    """One line for a summary: "Front door: Battery check, due 3 Jul (Overdue by 2 days)"."""
    return translate("schedule.reminders", "{lock}: {task}, due {date} ({status})").format(
        lock=item.lock.name, task=item.task.title, date=next_due_text(item), status=status_text(item).lower())


class DueTracker(QObject):
    """The latest due states across all locks.

    Args:
        plan: The maintenance plan.
        parent: The Qt parent.
        delay_ms: How long :meth:`refresh_later` waits to gather several changes into one pass.
        load: Reads the plan in the shared pool (None: on the calling thread).
    """

    updated = Signal(object)
    """The new list of :class:`~lockcare.services.maintenance_plan.DueItem`, most urgent first."""

    def __init__(self, plan: MaintenancePlan, parent: QObject | None = None, *, delay_ms: int = 300,
                 load: LatestLoad | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self._load = load
        self._items: list[DueItem] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.refresh)

    @property
    def items(self) -> list[DueItem]:
        """The due states from the last refresh."""
        return list(self._items)

    @property
    def count(self) -> int:
        """How many tasks are overdue or due soon."""
        return attention_count(self._items)

    @property
    def pending(self) -> bool:
        """True while a refresh is waiting or under way."""
        return self._timer.isActive() or (self._load is not None and self._load.busy)

    def refresh(self) -> None:
        """Work the due states out now (in the pool, given a load channel) and announce them."""
        self._timer.stop()
        if self._load is None:
            self.set_items(self.plan.due())
        else:
            self._load.load(lambda services: services.plan.due(), self.set_items)

    def set_items(self, items: list[DueItem]) -> None:
        """Take freshly worked-out due states and announce them."""
        self._items = list(items)
        self.updated.emit(self.items)

    def refresh_later(self) -> None:
        """Refresh soon, once, however often this is called meanwhile."""
        self._timer.start()

    def stop(self) -> None:
        """Cancel a pending refresh."""
        self._timer.stop()
        if self._load is not None:
            self._load.forget()


class CatchUpDialog(QDialog):
    """What fell due while lockcare was closed (shown once at start, never modal).

    Args:
        items: The tasks that fell due.
        since: When lockcare last ran.
        parent: The main window.
    """

    show_due_requested = Signal()

    def __init__(self, items: list[DueItem], since: datetime | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("catchUpDialog")
        self.setWindowTitle(translate("schedule.reminders", "While lockcare was closed"))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 18, 18, 14)
        layout.setSpacing(10)
        count = len(items)
        if since:
            text = translate("schedule.reminders", "%n job(s) fell due since you last opened lockcare (last opened {date}):",
                             None, count).format(date=short_date(since))
        else:
            text = translate("schedule.reminders", "%n job(s) fell due since you last opened lockcare:", None, count)
        self.heading = QLabel(text)
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.list_label = QLabel("\n".join(f"•  {item_line(item)}" for item in items))
        self.list_label.setObjectName("catchUpList")
        self.list_label.setWordWrap(True)
        layout.addWidget(self.list_label)
        buttons = QDialogButtonBox()
        self.show_button = buttons.addButton(translate("schedule.reminders", "Show what's due"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = buttons.addButton(translate("schedule.reminders", "Close"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.show_button.setDefault(True)

    def _on_buttons_accepted(self) -> None:
        self.show_due_requested.emit()
        self.accept()


class ReminderNotifier(QObject):
    """Notifies when tasks become due while lockcare runs; shows the catch-up at start.

    Args:
        plan: The maintenance plan (the catch-up).
        runs: Records when lockcare last ran.
        tracker: The due tracker, given the states each check works out.
        window: The main window (status bar fallback and dialog parent).
        interval_ms: Time between checks.
        load: Reads the plan in the shared pool (None: on the calling thread).
    """

    show_due_requested = Signal()
    """The user asked to see the Due page (catch-up dialog or notification click)."""
    caught_up = Signal(object)
    """The start-up catch-up was worked out: the list of what fell due while lockcare was closed."""
    checked = Signal(object)
    """A check finished: the list of items that became due since the one before."""

    def __init__(self, plan: MaintenancePlan, runs: RunRecord, tracker: DueTracker, window: QMainWindow, *,
                 interval_ms: int = CHECK_INTERVAL_MS, load: LatestLoad | None = None) -> None:
        super().__init__(window)
        self.plan = plan
        self.runs = runs
        self.tracker = tracker
        self.window = window
        self._load = load
        self._last: datetime | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)
        self.tray: QSystemTrayIcon | None = None
        self.catch_up_dialog: CatchUpDialog | None = None
        self.last_message = ""

    @property
    def running(self) -> bool:
        """True between :meth:`start` and :meth:`stop`."""
        return self._timer.isActive()

    @property
    def pending(self) -> bool:
        """True while a catch-up or a check is being worked out."""
        return self._load is not None and self._load.busy

    def start(self) -> None:
        """Show what fell due while closed (once worked out: :attr:`caught_up`), then check on a timer."""
        now = self.plan.now()
        since = self.runs.last_run_at()
        self.runs.mark_running(now=now)
        self._last = now

        def work(plan: MaintenancePlan) -> tuple[list[DueItem], list[DueItem]]:
            return plan.catch_up(since, now=now), plan.due(now=now)

        def show(result: tuple[list[DueItem], list[DueItem]]) -> None:
            items, due = result
            self.tracker.set_items(due)
            if items:
                self.show_catch_up(items, since)
            self.caught_up.emit(items)

        self._run(work, show)
        self._timer.start()

    def stop(self) -> None:
        """Stop checking and record that lockcare ran until now."""
        self._timer.stop()
        self.tracker.stop()
        if self._load is not None:
            self._load.forget()
        self.runs.mark_running()
        if self.tray is not None:
            self.tray.hide()

    def check(self) -> None:
        """Look for tasks that became due since the last check and notify about them (:attr:`checked`)."""
        now = self.plan.now()
        before = self._last or now
        self.runs.mark_running(now=now)
        self._last = now

        def show(items: list[DueItem]) -> None:
            self.tracker.set_items(items)
            fresh = newly_due_items(items, before, now, self.plan.tz)
            if fresh:
                first = fresh[0]
                if len(fresh) > 1:
                    text = translate("schedule.reminders", "{task} for {lock} and %n more (is|are) due.", None, len(fresh) - 1)
                else:
                    text = translate("schedule.reminders", "{task} for {lock} is due.")
                self.notify(translate("schedule.reminders", "Maintenance due"),
                            text.format(task=first.task.title, lock=first.lock.name))
            self.checked.emit(fresh)

        self._run(lambda plan: plan.due(now=now), show)

    def _run(self, work: Callable[[MaintenancePlan], Any], show: Callable[[Any], None]) -> None:
        """``work(plan)`` in the pool (the worker's plan), then ``show(result)`` on the GUI thread."""
        if self._load is None:
            show(work(self.plan))
        else:
            self._load.load(lambda services: work(services.plan), show)

    def show_catch_up(self, items: list[DueItem], since: datetime | None) -> CatchUpDialog:
        """Show the start-up summary (not modal)."""
        if self.catch_up_dialog is not None:
            self.catch_up_dialog.close()
        dialog = CatchUpDialog(items, since, self.window)
        dialog.show_due_requested.connect(self.show_due_requested)
        dialog.show()
        self.catch_up_dialog = dialog
        return dialog

    def notify(self, title: str, text: str) -> None:
        """A desktop notification when there is a system tray, else a status-bar message."""
        self.last_message = text
        if QSystemTrayIcon.isSystemTrayAvailable():
            tray = self._tray()
            tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 15000)
        self.window.statusBar().showMessage(f"{title}: {text}", 60000)

    def _tray(self) -> QSystemTrayIcon:
        if self.tray is None:
            icon = self.window.windowIcon()
            if icon.isNull():
                style = QApplication.style()
                icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
            self.tray = QSystemTrayIcon(icon, self)
            self.tray.setToolTip("lockcare")
            self.tray.messageClicked.connect(self.show_due_requested)
            self.tray.activated.connect(lambda _reason: self.show_due_requested.emit())
            self.tray.show()
        return self.tray
