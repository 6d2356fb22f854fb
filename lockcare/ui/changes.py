"""What changed, announced once, so each view refreshes only what it shows.

The idea is Anki's ``OpChanges``: whoever changes data (a dialog, a panel, a finished live
read, a restore) announces a small :class:`Changes` on the window's :class:`ChangeBus`;
every view looks at it and reloads only when it shows something that changed. Nobody
calls "refresh everything" any more, and a new view (a cloud settings page, a second
process's readings) only has to announce or listen.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal


@dataclass(frozen=True, slots=True)
class Changes:
    """One operation's changes.

    Attributes:
        locks: Locks were added, removed or edited (names, addresses, settings).
        readings: Ids of locks whose battery data changed (readings, swaps, events).
        reachability: Ids of locks whose reachability changed (a read, asleep or not).
        log: The maintenance log or the recurring tasks changed.
        everything: All data was replaced (a restore): every view reloads, undo stacks clear.
    """

    locks: bool = False
    readings: frozenset[int] = field(default_factory=frozenset)
    reachability: frozenset[int] = field(default_factory=frozenset)
    log: bool = False
    everything: bool = False

    @classmethod
    def of_readings(cls, lock_id: int | None, *, log: bool = False) -> Changes:
        """A lock's battery data changed (``log``: a swap, which is also a log entry)."""
        return cls(readings=_ids([lock_id]), log=log)

    @classmethod
    def of_read(cls, lock_id: int | None, *, stored_reading: bool) -> Changes:
        """A live read finished: the lock's reachability, and its battery data if a reading was stored."""
        ids = _ids([lock_id])
        return cls(reachability=ids, readings=ids if stored_reading else frozenset())

    def lock_changed(self, lock_id: int | None) -> bool:
        """True when anything shown about this one lock may have changed."""
        return self.everything or self.locks or self.log or lock_id in self.readings or lock_id in self.reachability

    @property
    def lock_list(self) -> bool:
        """True when the list of locks (names, battery words, state dots) may have changed."""
        return self.everything or self.locks or bool(self.readings) or bool(self.reachability)

    @property
    def due(self) -> bool:
        """True when what is due may have changed (the battery task follows the readings)."""
        return self.everything or self.locks or self.log or bool(self.readings)


def _ids(ids: Iterable[int | None]) -> frozenset[int]:
    return frozenset(i for i in ids if i is not None)


class ChangeBus(QObject):
    """Where changes are announced (one per window)."""

    changed = Signal(object)
    """A :class:`Changes`: something was stored."""

    def announce(self, changes: Changes) -> None:
        """Tell every view what changed."""
        self.changed.emit(changes)
