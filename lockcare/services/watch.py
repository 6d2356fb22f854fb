"""Reading a lock when it wakes: the one policy behind ``lockcare poll --watch`` and the window.

Battery Wi-Fi locks sleep to save power and announce themselves with a UDP broadcast when
they wake (a touch on the keypad, an unlock). That is the moment a read works, so lockcare
listens for the broadcasts of every paired device and reads the one that spoke:

* **Who is watched:** every paired lock and gateway (a gateway's broadcast tells lockcare
  where the gateway is now, which is where its locks are read through).
* **One read per wake:** a device repeats its broadcast every few seconds while awake;
  only the first within :data:`WAKE_DEBOUNCE_SECONDS` counts.
* **Moved locks:** a lock (or gateway) that wakes at a new address is updated before it
  is read (home routers hand out addresses anew).
* **What is read:** the lock that woke; a gateway's own wake reads nothing (its locks are
  read on their own schedule).

Threads: the listener calls ``heard(device_id, address, version)`` on its own thread; the
caller forwards that to the thread that owns the database (a queue in the CLI, a queued
signal in the GUI's adapter) and calls :func:`lock_that_woke` there. Qt-free.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import replace

from lockcare.core.errors import LockcareError
from lockcare.core.models import Lock, LockKind
from lockcare.devices.ports import DEFAULT_PORTS
from lockcare.services.locks import LockService

log = logging.getLogger(__name__)

WAKE_DEBOUNCE_SECONDS = 20.0
"""How long repeated broadcasts from one device are ignored after the first."""

Heard = Callable[[str, str, str], None]
"""Called on the listener's thread with (device id, address, protocol version)."""


class WatchError(LockcareError):
    """lockcare cannot listen for wake-ups (every port is taken or not permitted)."""


class WakeWatch:
    """Listens for paired devices waking up.

    Args:
        locks: The lock service (who is paired).
        heard: Called on the listener's thread for each (debounced) broadcast of a watched device.
        ports: UDP ports to listen on (tests and the demo use loopback ports).
        bind_address: Interface to listen on ("" = all).
        debounce: Seconds during which repeated broadcasts from one device are ignored.
    """

    def __init__(
        self,
        locks: LockService,
        heard: Heard,
        *,
        ports: Iterable[int] = DEFAULT_PORTS,
        bind_address: str = "",
        debounce: float = WAKE_DEBOUNCE_SECONDS,
    ) -> None:
        from lockcare.devices.discovery import BroadcastWatcher  # tinytuya: loaded when a watch is made

        self._locks = locks
        self._watcher = BroadcastWatcher(heard, ports=ports, bind_address=bind_address, debounce=debounce)

    @property
    def running(self) -> bool:
        """True while the listener runs."""
        return self._watcher.running

    @property
    def ports(self) -> tuple[int, ...]:
        """The UDP ports bound (after :meth:`start`)."""
        return self._watcher.ports

    def start(self) -> tuple[int, ...]:
        """Start listening for every paired device.

        Raises:
            WatchError: No port could be bound (another program holds them, say).
        """
        from lockcare.devices.discovery import DiscoveryError

        self.refresh()
        try:
            return self._watcher.start()
        except DiscoveryError as exc:
            raise WatchError(str(exc)) from exc

    def refresh(self) -> None:
        """Watch the devices paired now (call after locks were added, imported or restored)."""
        self._watcher.watch(lock.device_id for lock in self._locks.locks())

    def stop(self) -> None:
        """Stop listening (joins the listener's thread)."""
        self._watcher.stop()


def lock_that_woke(locks: LockService, device_id: str, address: str) -> Lock | None:
    """The lock to read now that ``device_id`` broadcast from ``address``, or None.

    Runs on the thread that owns the database: it records a new address first.

    Args:
        locks: The lock service.
        device_id: Who broadcast.
        address: Where from ("" when unknown).

    Returns:
        The lock, up to date, or None for an unknown device or a gateway (nothing of its own to read).
    """
    lock = locks.find_by_device_id(device_id)
    if lock is None:
        return None
    if address and not lock.is_gateway_child and address != lock.address:
        log.info("%s now answers at a new address", lock.name)
        lock = locks.update_lock(replace(lock, address=address))
    return None if lock.kind is LockKind.GATEWAY else lock
