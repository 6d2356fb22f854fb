"""The window's side of "read a lock when it wakes": a thin Qt adapter over :mod:`lockcare.services.watch`.

The listener's thread emits :attr:`WakeListener._heard`; Qt queues it to the GUI thread,
where the policy picks the lock (recording a new address) and :attr:`WakeListener.lock_woke`
tells the live reads to read it.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from PySide6.QtCore import QObject, Signal, Slot

from lockcare.services.locks import LockService
from lockcare.services.watch import WakeWatch, WatchError, lock_that_woke
from lockcare.ui.changes import Changes

log = logging.getLogger(__name__)


class WakeListener(QObject):
    """Listens for paired locks waking up while the window runs.

    Args:
        locks: The lock service.
        ports: UDP ports to listen on.
        bind_address: Interface to listen on ("" = all; tests and the demo use 127.0.0.1).
        parent: The Qt parent.
    """

    lock_woke = Signal(object)
    """A paired lock woke up (the up-to-date :class:`~lockcare.core.models.Lock`): read it now."""
    _heard = Signal(str, str, str)  # emitted on the listener's thread, delivered on the GUI thread

    def __init__(self, locks: LockService, *, ports: Iterable[int], bind_address: str = "",
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._locks = locks
        self._heard.connect(self._on_heard)
        self.watch = WakeWatch(locks, self._heard.emit, ports=ports, bind_address=bind_address)

    @property
    def running(self) -> bool:
        """True while listening."""
        return self.watch.running

    def start(self) -> bool:
        """Start listening; False (and a note in the log) when no port could be bound."""
        try:
            self.watch.start()
        except WatchError as exc:
            log.info("Not listening for wake-ups: %s", exc)
            return False
        return True

    def refresh(self) -> None:
        """Listen for the devices paired now."""
        self.watch.refresh()

    def apply_changes(self, changes: Changes) -> None:
        """Listen for newly paired devices (and stop listening for removed ones)."""
        if changes.locks or changes.everything:
            self.refresh()

    def stop(self) -> None:
        """Stop listening."""
        self.watch.stop()

    @Slot(str, str, str)
    def _on_heard(self, device_id: str, address: str, _version: str) -> None:
        lock = lock_that_woke(self._locks, device_id, address)
        if lock is not None:
            log.info("Heard %s wake up; reading it now", lock.name)
            self.lock_woke.emit(lock)
