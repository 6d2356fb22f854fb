"""The window's left column: home views, the locks, and the "I'm locked out!" button."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import QLabel, QListView, QPushButton, QVBoxLayout, QWidget

from lockcare.core.models import Lock, LockKind
from lockcare.services.registry import Services
from lockcare.ui.fleet.fleet_model import battery_health
from lockcare.ui.locks.lock_list_delegate import LockListDelegate
from lockcare.ui.locks.lock_list_model import LockListModel
from lockcare.ui.widgets.labels import heading

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
        parent: The Qt parent.
    """

    home_requested = Signal()
    due_requested = Signal()
    add_requested = Signal()
    locked_out_requested = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.reloading = False
        """True while :meth:`reload` replaces the rows (selection changes then are not the user's)."""
        side = QVBoxLayout(self)
        side.setContentsMargins(10, 12, 6, 10)
        side.setSpacing(6)
        side.addWidget(self._heading("HOME"))
        self.home_button = self._nav_button("&All locks", "homeButton", "Every lock's battery at a glance, and the shopping list")
        self.home_button.clicked.connect(self.home_requested)
        side.addWidget(self.home_button)
        self.due_button = self._nav_button("D&ue", "dueButton", "What needs doing across all locks, overdue first (Ctrl+D)")
        self.due_button.clicked.connect(self.due_requested)
        side.addWidget(self.due_button)
        side.addSpacing(8)
        side.addWidget(self._heading("LOCKS"))
        self.lock_model = LockListModel(self)
        self.lock_list = QListView()
        self.lock_list.setObjectName("lockList")
        self.lock_list.setAccessibleName("Locks")
        self.lock_list.setModel(self.lock_model)
        self.lock_list.setItemDelegate(LockListDelegate(self.lock_list))
        self.lock_list.setUniformItemSizes(True)
        self.lock_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        side.addWidget(self.lock_list, 1)
        add_button = QPushButton("Add lock…")
        add_button.clicked.connect(self.add_requested)
        side.addWidget(add_button)
        self.locked_out_button = QPushButton("&I'm locked out!")
        self.locked_out_button.setObjectName("lockedOutButton")
        self.locked_out_button.setToolTip("Step-by-step help for a lock that won't open (Ctrl+T)")
        self.locked_out_button.setMinimumHeight(44)
        self.locked_out_button.setStyleSheet(_LOCKED_OUT_STYLE)
        self.locked_out_button.clicked.connect(self.locked_out_requested)
        side.addSpacing(6)
        side.addWidget(self.locked_out_button)
        self.setMinimumWidth(200)

    def reload(self, select_device_id: str | None = None) -> None:
        """Read the locks again, keeping the selected one (or selecting ``select_device_id``).

        When the selected lock is gone, the first lock is selected.
        """
        current = self.current_lock()
        keep = select_device_id or (current.device_id if current else None)
        self.reloading = True
        try:
            services = self._services
            health = {row.lock.id: battery_health(row) for row in services.battery.fleet() if row.lock.id is not None}
            gateways = [services.locks.summary(lock) for lock in services.locks.locks() if lock.kind is LockKind.GATEWAY]
            self.lock_model.set_summaries(services.locks.summaries() + gateways, health, services.locks.now())
            row = self.lock_model.row_of(keep) if keep else -1
            if row < 0 and self.lock_model.rowCount() > 0:
                row = 0
            if row >= 0:
                self.lock_list.selectionModel().setCurrentIndex(
                    self.lock_model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
                )
        finally:
            self.reloading = False

    def current_lock(self) -> Lock | None:
        """The lock under the list's cursor (kept while a home view is shown), or None."""
        summary = self.lock_model.summary_at(self.lock_list.currentIndex().row())
        return summary.lock if summary else None

    def set_due_count(self, count: int) -> None:
        """Show how many maintenance jobs need attention."""
        self.due_button.setText(f"D&ue ({count})")

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
