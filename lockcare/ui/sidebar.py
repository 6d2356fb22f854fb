"""The window's left column: home views, the locks, and the "I'm locked out!" button.

The list of locks (each with its latest level and reachability) is read in the shared pool
when the sidebar has a load channel; :attr:`Sidebar.reloaded` says when a new list is shown.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import QLabel, QListView, QPushButton, QVBoxLayout, QWidget

from lockcare.core.models import Lock, LockKind
from lockcare.core.vocabulary import FleetStatus
from lockcare.services.locks import LockSummary
from lockcare.services.registry import Services
from lockcare.tasks import LatestLoad
from lockcare.ui.fleet.fleet_model import battery_health
from lockcare.ui.locks.lock_list_delegate import LockListDelegate
from lockcare.ui.locks.lock_list_model import LockListModel
from lockcare.ui.widgets.labels import heading
from lockcare.core.i18n import translate

_NAV_STYLE = (
    "QPushButton { text-align: left; padding: 5px 8px; border: none; border-radius: 4px; }"
    "QPushButton:checked { background: palette(highlight); color: palette(highlighted-text); }"
)
_LOCKED_OUT_STYLE = (
    "QPushButton#lockedOutButton { background: #c0392b; color: white; font-weight: bold; font-size: 11pt;"
    " border-radius: 6px; padding: 6px; } QPushButton#lockedOutButton:focus { border: 2px solid palette(text); }"
)


class Sidebar(QWidget):
    """HOME (All locks, Due), LOCKS (the list), Add lock, and the stressed user's one click.

    Args:
        services: Where the list of locks is loaded from.
        load: Reads the list in the shared pool (None: on the calling thread).
        parent: The Qt parent.
    """

    home_requested = Signal()
    due_requested = Signal()
    add_requested = Signal()
    locked_out_requested = Signal()
    reloaded = Signal()
    """A freshly read list of locks is shown (the selection may have changed)."""

    def __init__(self, services: Services, load: LatestLoad | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._load = load
        self._wanted: str | None = None
        self.loaded_once = False
        """True once a list of locks has been shown (until then the window does not know whether there are any)."""
        self.reloading = False
        """True while :meth:`reload` replaces the rows (selection changes then are not the user's)."""
        side = QVBoxLayout(self)
        side.setContentsMargins(10, 12, 6, 10)
        side.setSpacing(6)
        side.addWidget(self._heading(translate("sidebar", "HOME")))
        self.home_button = self._nav_button(translate("sidebar", "&All locks"), "homeButton", translate("sidebar", "Every lock's battery at a glance, and the shopping list"))
        self.home_button.clicked.connect(self.home_requested)
        side.addWidget(self.home_button)
        self.due_button = self._nav_button(translate("sidebar", "D&ue"), "dueButton", translate("sidebar", "What needs doing across all locks, overdue first (Ctrl+D)"))
        self.due_button.clicked.connect(self.due_requested)
        side.addWidget(self.due_button)
        side.addSpacing(8)
        side.addWidget(self._heading(translate("sidebar", "LOCKS")))
        self.lock_model = LockListModel(self)
        self.lock_list = QListView()
        self.lock_list.setObjectName("lockList")
        self.lock_list.setAccessibleName(translate("sidebar", "Locks"))
        self.lock_list.setModel(self.lock_model)
        self.lock_list.setItemDelegate(LockListDelegate(self.lock_list))
        self.lock_list.setUniformItemSizes(True)
        self.lock_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        side.addWidget(self.lock_list, 1)
        add_button = QPushButton(translate("sidebar", "Add lock…"))
        add_button.clicked.connect(self.add_requested)
        side.addWidget(add_button)
        self.locked_out_button = QPushButton(translate("sidebar", "&I'm locked out!"))
        self.locked_out_button.setObjectName("lockedOutButton")
        self.locked_out_button.setToolTip(translate("sidebar", "Step-by-step help for a lock that won't open (Ctrl+T)"))
        self.locked_out_button.setMinimumHeight(44)
        self.locked_out_button.setStyleSheet(_LOCKED_OUT_STYLE)
        self.locked_out_button.clicked.connect(self.locked_out_requested)
        side.addSpacing(6)
        side.addWidget(self.locked_out_button)
        self.setMinimumWidth(200)

    def reload(self, select_device_id: str | None = None) -> None:
        """Read the locks again, keeping the selected one (or selecting ``select_device_id``).

        When the selected lock is gone, the first lock is selected. With a load channel the
        list arrives later (:attr:`reloaded`).
        """
        if select_device_id:
            self._wanted = select_device_id
        if self._load is None:
            self._show_summaries(_read_list(self._services))
        else:
            self._load.load(_read_list, self._show_summaries)

    @property
    def loading(self) -> bool:
        """True while the list is being read."""
        return self._load is not None and self._load.busy

    def select(self, device_id: str) -> bool:
        """Select a lock already in the list; False when it is not (yet) there."""
        row = self.lock_model.row_of(device_id)
        if row < 0:
            return False
        self.lock_list.selectionModel().setCurrentIndex(
            self.lock_model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        return True

    def _show_summaries(self, loaded: tuple[list[LockSummary], dict[int, FleetStatus], datetime]) -> None:
        current = self.current_lock()
        keep = self._wanted or (current.device_id if current else None)
        self._wanted = None
        self.reloading = True
        try:
            self.lock_model.set_summaries(*loaded)
            row = self.lock_model.row_of(keep) if keep else -1
            if row < 0 and self.lock_model.rowCount() > 0:
                row = 0
            if row >= 0:
                self.lock_list.selectionModel().setCurrentIndex(
                    self.lock_model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
                )
        finally:
            self.reloading = False
        self.loaded_once = True
        self.reloaded.emit()

    def current_lock(self) -> Lock | None:
        """The lock under the list's cursor (kept while a home view is shown), or None."""
        summary = self.current_summary()
        return summary.lock if summary else None

    def current_summary(self) -> LockSummary | None:
        """What the list shows about the lock under its cursor, or None."""
        return self.lock_model.summary_at(self.lock_list.currentIndex().row())

    def set_due_count(self, count: int) -> None:
        """Show how many maintenance jobs need attention."""
        self.due_button.setText(translate("sidebar", "D&ue ({count})").format(count=count))

    def _heading(self, text: str) -> QLabel:
        return heading(text, 0.85, name="sidebarHeading")

    def _nav_button(self, text: str, name: str, tip: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setToolTip(tip)
        button.setCheckable(True)
        button.setFlat(True)
        button.setStyleSheet(_NAV_STYLE)
        return button


def _read_list(services: Services) -> tuple[list[LockSummary], dict[int, FleetStatus], datetime]:
    """The locks and gateways to list, each lock's battery health and "now" (read in the pool)."""
    health = {row.lock.id: battery_health(row) for row in services.battery.fleet() if row.lock.id is not None}
    gateways = [services.locks.summary(lock) for lock in services.locks.locks() if lock.kind is LockKind.GATEWAY]
    return services.locks.summaries() + gateways, health, services.locks.now()
