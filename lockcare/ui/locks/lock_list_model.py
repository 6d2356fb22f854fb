"""The sidebar's list of locks: a Qt model over :class:`LockSummary` rows.

Each row's dot means one thing, as on the All-locks page: the battery's health
(:func:`~lockcare.ui.fleet.fleet_model.battery_health`). How lockcare reaches the lock is
said in words under its name. Gateways are listed too (after the locks), so every device an
error message may name is one the user can open.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from lockcare.core.models import LockKind
from lockcare.core.vocabulary import FleetStatus
from lockcare.core.wording import connection_words, fleet_status_word, level_text, reachability_word
from lockcare.services.locks import LockSummary
from lockcare.core.i18n import translate

ModelIndex = QModelIndex | QPersistentModelIndex


def battery_words(summary: LockSummary) -> str:
    """What the list shows beside a lock's name: its battery, else its state."""
    latest = summary.latest
    if latest is not None and (latest.percent is not None or latest.level):
        return level_text(latest)
    return reachability_word(summary.status.state) or translate("locks.lock_list_model", "no reading")


class LockListModel(QAbstractListModel):
    """One row per lock, then one per gateway; ``Qt.UserRole`` holds the :class:`LockSummary`."""

    SummaryRole = Qt.ItemDataRole.UserRole
    BatteryTextRole = Qt.ItemDataRole.UserRole + 1
    StateRole = Qt.ItemDataRole.UserRole + 2
    HealthRole = Qt.ItemDataRole.UserRole + 3
    """The battery's health (a :class:`FleetStatus`), or None for a gateway."""
    ConnectionRole = Qt.ItemDataRole.UserRole + 4
    """How lockcare reaches it, in words ("Asleep since 09:12")."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[LockSummary] = []
        self._health: dict[int, FleetStatus] = {}
        self._now = datetime.now(UTC)

    def set_summaries(self, summaries: list[LockSummary], health: dict[int, FleetStatus] | None = None,
                      now: datetime | None = None) -> None:
        """Replace the rows (the list is small: a home has a handful of locks).

        Args:
            summaries: Locks first, then gateways.
            health: Each lock's battery health by lock id (missing: no readings yet).
            now: For "asleep since".
        """
        self.beginResetModel()
        self._rows = list(summaries)
        self._health = dict(health or {})
        self._now = now or datetime.now(UTC)
        self.endResetModel()

    def summary_at(self, row: int) -> LockSummary | None:
        """The summary in ``row``, or None."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, device_id: str) -> int:
        """The row showing the lock with this device id, or -1."""
        return next((i for i, s in enumerate(self._rows) if s.lock.device_id == device_id), -1)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        summary = self._rows[index.row()]
        gateway = summary.lock.kind is LockKind.GATEWAY
        health = None if gateway else self._health.get(summary.lock.id or -1, FleetStatus.NO_DATA)
        right = translate("locks.lock_list_model", "gateway") if gateway else battery_words(summary)
        connection = connection_words(summary.status, self._now)
        if role == Qt.ItemDataRole.DisplayRole:
            return summary.lock.name
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            if gateway:
                return translate("locks.lock_list_model", "{name}: gateway. {connection}.").format(name=summary.lock.name, connection=connection)
            return translate("locks.lock_list_model", "{name}: battery {right}, {status}. {connection}.").format(name=summary.lock.name, right=right, status=fleet_status_word(health).lower(), connection=connection)
        if role == self.SummaryRole:
            return summary
        if role == self.BatteryTextRole:
            return right
        if role == self.StateRole:
            return summary.status.state
        if role == self.HealthRole:
            return health
        if role == self.ConnectionRole:
            return connection
        return None
