"""The sidebar's list of locks: a Qt model over :class:`LockSummary` rows."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from lockcare.services.locks import LockSummary

STATE_WORDS = {
    "ok": "live",
    "asleep": "asleep",
    "wrong-key": "check key",
    "silent": "not answering",
    "gateway-child-offline": "offline",
    "garbled": "garbled replies",
    "unknown": "",
}

ModelIndex = QModelIndex | QPersistentModelIndex


def battery_words(summary: LockSummary) -> str:
    """What the list shows beside a lock's name: its battery, else its state."""
    latest = summary.latest
    if latest is not None and latest.percent is not None:
        return f"{latest.percent} %"
    if latest is not None and latest.level:
        return "power off" if latest.level == "poweroff" else latest.level
    return STATE_WORDS.get(summary.status.state, "") or "no reading"


class LockListModel(QAbstractListModel):
    """One row per lock; ``Qt.UserRole`` holds the :class:`LockSummary`."""

    SummaryRole = Qt.ItemDataRole.UserRole
    BatteryTextRole = Qt.ItemDataRole.UserRole + 1
    StateRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[LockSummary] = []

    def set_summaries(self, summaries: list[LockSummary]) -> None:
        """Replace the rows (the list is small: a home has a handful of locks)."""
        self.beginResetModel()
        self._rows = list(summaries)
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
        if role == Qt.ItemDataRole.DisplayRole:
            return summary.lock.name
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{summary.lock.name}, {battery_words(summary)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{summary.lock.name}: {battery_words(summary)}"
        if role == self.SummaryRole:
            return summary
        if role == self.BatteryTextRole:
            return battery_words(summary)
        if role == self.StateRole:
            return summary.status.state
        return None
