"""What the lock page shows about one lock, gathered in one call (Qt-free).

:func:`load_lock_view` only reads services and returns plain values, so it can run on a
worker (the shared pool) and its :class:`LockView` be delivered to the page by signal;
the page then only fills widgets (:meth:`lockcare.ui.locks.lock_page.LockPage.show_view`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from lockcare.core.models import Lock, LockKind
from lockcare.services.battery import BatteryReport
from lockcare.services.locks import LockHistory, LockSummary
from lockcare.services.registry import Services


@dataclass(frozen=True)
class LockView:
    """Everything the lock page shows, loaded at one moment.

    Attributes:
        summary: The lock, its latest reading and reachability.
        history: All readings and swaps.
        battery: The Battery tab's report (forecast, sets, warnings).
        suggestion: Why the troubleshooter may help, or "".
        now: When it was loaded (for "2 h ago").
        gateway_name: The name of the gateway a Bluetooth/Zigbee lock is read through ("" if none).
    """

    summary: LockSummary
    history: LockHistory
    battery: BatteryReport
    suggestion: str
    now: datetime
    gateway_name: str = ""

    @property
    def lock(self) -> Lock:
        """The lock shown."""
        return self.summary.lock


def load_lock_view(services: Services, lock: Lock) -> LockView:
    """Read everything the lock page shows about ``lock`` (a few queries and one forecast)."""
    history = services.locks.history(lock)
    suggestion = services.troubleshoot.suggest(lock) if lock.kind is not LockKind.GATEWAY else None
    gateway = services.locks.find_by_device_id(lock.parent_device_id) if lock.parent_device_id else None
    return LockView(
        summary=services.locks.summary(lock),
        history=history,
        battery=services.battery.report(lock, readings=history.readings, swaps=history.swaps),
        suggestion=suggestion.reason if suggestion else "",
        now=services.locks.now(),
        gateway_name=gateway.name if gateway is not None else "",
    )
