"""The home page: every lock's battery at a glance, and what to buy for the next weeks.

Working the fleet out costs a forecast per lock (kept once worked out), so the page reads
it in the shared pool when given a load channel, and shows the rows when they arrive.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lockcare.core.models import Lock
from lockcare.core.vocabulary import FleetStatus
from lockcare.core.wording import connection_words
from lockcare.services.battery import FleetRow, ShoppingItem
from lockcare.services.registry import Services
from lockcare.tasks import LatestLoad
from lockcare.ui.changes import Changes
from lockcare.ui.fleet.fleet_model import FleetModel
from lockcare.ui.widgets.labels import heading
from lockcare.core.i18n import translate


class FleetPage(QWidget):
    """All locks (level, status, replace-by range) and the battery shopping list.

    Double-click a lock (or press Enter on it) to open its page.

    Args:
        services: Where the page loads the fleet (None: filled by :meth:`show_fleet` only).
        load: Reads the fleet in the shared pool (None: on the calling thread).
        parent: The Qt parent.
    """

    lock_activated = Signal(str)

    def __init__(self, services: Services | None = None, load: LatestLoad | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._load = load
        self._stale = True
        self.active = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        self.title_label = heading(translate("fleet.fleet_page", "All locks"), 1.6)
        self.title_label.setObjectName("fleetTitle")
        self.summary_label = QLabel()
        self.summary_label.setObjectName("fleetSummary")
        self.summary_label.setWordWrap(True)
        layout.addWidget(self.title_label)
        layout.addWidget(self.summary_label)

        self.model = FleetModel(self)
        self.table = QTableView()
        self.table.setObjectName("fleetTable")
        self.table.setAccessibleName(translate("fleet.fleet_page", "All locks"))
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 14)
        self.table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.activated.connect(self._on_table_activated)
        self.table.horizontalScrollBar().rangeChanged.connect(self._fit_height)
        layout.addWidget(self.table)

        self.shopping_heading = heading(translate("fleet.fleet_page", "Shopping list for the next 30 days"), 1.15)
        self.shopping_label = QLabel()
        self.shopping_label.setObjectName("shoppingList")
        self.shopping_label.setWordWrap(True)
        self.shopping_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.shopping_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout.addSpacing(6)
        layout.addWidget(self.shopping_heading)
        layout.addWidget(self.shopping_label)
        layout.addStretch(1)
        self.shopping: list[ShoppingItem] = []

    def reload(self) -> None:
        """Work the fleet and the shopping list out again (a forecast per lock) and show them."""
        if self._services is None:
            return
        self._stale = False
        if self._load is None:
            self._show_loaded(_read_fleet(self._services))
        else:
            self._load.load(_read_fleet, self._show_loaded)

    @property
    def loading(self) -> bool:
        """True while the fleet is being worked out."""
        return self._load is not None and self._load.busy

    def _show_loaded(self, loaded: tuple[list[FleetRow], list[ShoppingItem], dict[int, str]]) -> None:
        rows, shopping, connections = loaded
        self.model.set_connections(connections)
        self.show_fleet(rows, shopping)

    def set_active(self, active: bool) -> None:
        """Told by the window when the page is shown or hidden; a stale page reloads when shown."""
        self.active = active
        if active and self._stale:
            self.reload()

    def apply_changes(self, changes: Changes) -> None:
        """Reload when a lock, a reading or a reachability changed (later, if hidden)."""
        if not changes.lock_list:
            return
        self._stale = True
        if self.active:
            self.reload()

    def show_fleet(self, rows: list[FleetRow], shopping: list[ShoppingItem], within_days: int = 30) -> None:
        """Show every lock and the shopping list."""
        self.model.set_rows(rows)
        self.shopping = list(shopping)
        due = [r for r in rows if r.status in (FleetStatus.OVERDUE, FleetStatus.REPLACE_SOON)]
        if not rows:
            summary = translate("fleet.fleet_page", "No locks yet.")
        elif not due:
            summary = translate("fleet.fleet_page", "All batteries are fine for now.")
        else:
            names = ", ".join(r.lock.name for r in due)
            summary = translate("fleet.fleet_page", "%n of {total} locks (needs|need) batteries soon: {names}.", None, len(due)).format(
                total=len(rows), names=names)
        self.summary_label.setText(summary)
        self.shopping_heading.setText(translate("fleet.fleet_page", "Shopping list for the next %n day(s)", None, within_days))
        if shopping:
            self.shopping_label.setText("\n".join(f"•  {item.text}" for item in shopping))
        else:
            self.shopping_label.setText(translate("fleet.fleet_page", "Nothing to buy: no lock needs batteries in the next %n day(s).", None, within_days))
        self.table.resizeColumnsToContents()
        for column in range(self.model.columnCount() - 1):
            self.table.setColumnWidth(column, self.table.columnWidth(column) + 24)
        self._fit_height()

    def _fit_height(self, *_args: object) -> None:
        """Every row in view: the table is as tall as its rows (and its scroll bar, when a narrow window needs one)."""
        frame = 2 * self.table.frameWidth()
        rows_height = sum(self.table.rowHeight(i) for i in range(self.model.rowCount()))
        bar = self.table.horizontalScrollBar()
        extra = bar.sizeHint().height() if bar.maximum() > 0 else 0
        self.table.setMaximumHeight(self.table.horizontalHeader().sizeHint().height() + rows_height + frame + 2 + extra)

    def selected_lock(self) -> Lock | None:
        """The lock of the selected row, or None."""
        rows = self.table.selectionModel().selectedRows()
        row = self.model.row_at(rows[0].row()) if rows else None
        return row.lock if row is not None else None

    def _on_table_activated(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row())
        if row is not None:
            self.lock_activated.emit(row.lock.device_id)


def _read_fleet(services: Services) -> tuple[list[FleetRow], list[ShoppingItem], dict[int, str]]:
    """The fleet's rows, the shopping list and each lock's connection in words (read in the pool)."""
    rows = services.battery.fleet()
    now = services.locks.now()
    connections = {s.lock.id: connection_words(s.status, now) for s in services.locks.summaries() if s.lock.id is not None}
    return rows, services.battery.shopping_list(rows=rows), connections
