"""What the lock page shows about one lock, gathered in one call (Qt-free).

:func:`load_lock_view` only reads services and returns plain values (numpy columns for the
history and the chart), so it runs on a worker of the shared pool with the worker's
read-only services, and its :class:`LockView` reaches the page by signal; the page then
only fills widgets (:meth:`lockcare.ui.locks.lock_page.LockPage.show_view`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from lockcare.core.battery.arrays import ReadingArrays
from lockcare.core.models import BatterySwap, Lock, LockKind
from lockcare.services.battery import BatteryHistory, BatteryReport
from lockcare.services.locks import LockSummary
from lockcare.services.registry import Services
from lockcare.ui.battery.chart_data import ChartData, chart_data


@dataclass(frozen=True)
class LockView:
    """Everything the lock page shows, loaded at one moment.

    Attributes:
        summary: The lock, its latest reading and reachability.
        history: All readings (as columns), swaps and the Battery tab's report.
        chart: The chart's arrays, ready to draw.
        suggestion: Why the troubleshooter may help, or "".
        now: When it was loaded (for "2 h ago").
        gateway_name: The name of the gateway a Bluetooth/Zigbee lock is read through ("" if none).
    """

    summary: LockSummary
    history: BatteryHistory
    chart: ChartData
    suggestion: str
    now: datetime
    gateway_name: str = ""

    @property
    def lock(self) -> Lock:
        """The lock shown."""
        return self.summary.lock

    @property
    def battery(self) -> BatteryReport:
        """The Battery tab's report."""
        return self.history.report

    @property
    def readings(self) -> ReadingArrays:
        """All readings, oldest first."""
        return self.history.readings

    @property
    def swaps(self) -> list[BatterySwap]:
        """All swaps, oldest first."""
        return self.history.swaps


def load_lock_view(services: Services, lock: Lock) -> LockView:
    """Read everything the lock page shows about ``lock`` (one history read and, unless kept, one forecast).

    The lock is read again first: a live read may have learned its data points meanwhile.
    """
    assert lock.id is not None
    lock = services.locks.get(lock.id) or lock
    history = services.battery.history(lock)
    report = history.report
    suggestion = services.troubleshoot.suggest(lock) if lock.kind is not LockKind.GATEWAY else None
    gateway = services.locks.find_by_device_id(lock.parent_device_id) if lock.parent_device_id else None
    return LockView(
        summary=LockSummary(lock, report.latest, services.locks.status(lock)),
        history=history,
        chart=chart_data(history.readings, history.swaps, report.forecast, report.now,
                         now_level=report.now_level.percent),
        suggestion=suggestion.reason if suggestion else "",
        now=report.now,
        gateway_name=gateway.name if gateway is not None else "",
    )
