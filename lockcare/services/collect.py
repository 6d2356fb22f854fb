"""One unattended collection pass (``lockcare collect``): LAN reads, cloud harvest, notices.

The OS timer runs it while the app is closed. It reads the locks reachable on the home
network (as ``poll`` does), harvests the cloud when a project is linked, and tells the
desktop about what needs attention *now*: a battery that crossed below 20 % in this pass,
or a new jam, forced-lock or low-battery alarm from the last day. Qt-free; the run holds
the cross-process collector lock, so two collectors never run at once.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from lockcare.core.alarms import ALARM_LABELS
from lockcare.core.errors import LockcareError
from lockcare.core.models import BatteryReading, Lock, LockKind
from lockcare.core.vocabulary import LOW_LEVELS, BatteryLevel, ErrorKind
from lockcare.core.wording import join_names
from lockcare.services.cloud_link import CloudLinkService
from lockcare.services.harvest import HarvestService, LockHarvest
from lockcare.services.locks import LockService
from lockcare.services.reading import ReadOutcome, ReadService
from lockcare.storage.battery_repository import BatteryRepository
from lockcare.storage.cloud_repository import CloudRepository

log = logging.getLogger(__name__)

Notify = Callable[[str, str], object]
"""Shows a desktop notification ``(title, message)``; must not raise."""

LOW_PERCENT = 20
URGENT_ALARMS: frozenset[str] = frozenset({"tongue_bad", "pry", "low_battery", "power_off"})
"""Alarms worth a notification: a jammed bolt, a forced lock, batteries low or empty."""
ALARM_NEWS_WINDOW = timedelta(days=1)
"""Alarms older than this when first harvested are history, not news."""
_CALM_FAILURES = frozenset({ErrorKind.ASLEEP, ErrorKind.SILENT})


@dataclass(frozen=True)
class Notice:
    """One notification shown (or that would have been)."""

    lock: str
    title: str
    message: str

    def to_json(self) -> dict[str, str]:
        """``{"lock", "title", "message"}``."""
        return {"lock": self.lock, "title": self.title, "message": self.message}


@dataclass(frozen=True)
class CollectReport:
    """What one pass did."""

    reads: tuple[ReadOutcome, ...] = ()
    harvest: tuple[LockHarvest, ...] = ()
    notices: tuple[Notice, ...] = ()
    cloud_linked: bool = False
    problems: tuple[str, ...] = field(default=())

    @property
    def ok(self) -> bool:
        """False when a harvest failed or a lock answered wrongly (a sleeping lock is fine)."""
        return (all(h.ok for h in self.harvest) and not self.problems
                and all(r.reachable or r.error_kind in _CALM_FAILURES for r in self.reads))

    def to_json(self) -> dict[str, Any]:
        """The stable shape of ``lockcare collect --json`` (README)."""
        return {
            "reads": [r.to_json() for r in self.reads],
            "cloud_linked": self.cloud_linked,
            "harvest": [h.to_json() for h in self.harvest],
            "notified": [n.to_json() for n in self.notices],
            "problems": list(self.problems),
        }


class CollectService:
    """Runs one collection pass.

    Args:
        locks: The lock service.
        reading: Live LAN reads.
        harvest: The cloud harvest (its ``exclusive()`` lock guards the whole pass).
        link: The cloud link.
        battery: The battery repository (latest readings before and after).
        cloud: The cloud repository (which alarms are new).
        notify: Shows a desktop notification.
        clock: Returns "now".
    """

    def __init__(
        self,
        locks: LockService,
        reading: ReadService,
        harvest: HarvestService,
        link: CloudLinkService,
        battery: BatteryRepository,
        cloud: CloudRepository,
        *,
        notify: Notify,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self._locks = locks
        self._reading = reading
        self._harvest = harvest
        self._link = link
        self._battery = battery
        self._cloud = cloud
        self._notify = notify
        self._clock = clock

    def run(self) -> CollectReport:
        """One pass: LAN reads, then the cloud, then notifications.

        Raises:
            AlreadyRunning: Another collector holds the lock (nothing was done).
        """
        with self._harvest.exclusive():
            summaries = self._locks.summaries()
            before = {s.lock.id: s.latest for s in summaries}
            first_new_event = self._cloud.last_event_row()
            reads, problems = self._read_lan(summaries)
            harvest: list[LockHarvest] = []
            linked = self._link.current() is not None
            if linked:
                try:
                    harvest = self._harvest.harvest()
                except LockcareError as exc:
                    problems.append(str(exc))
            notices = self._notices(before, first_new_event)
            for notice in notices:
                self._notify(notice.title, notice.message)
        log.info("Collected: %d LAN reads, %d cloud harvests, %d notices", len(reads), len(harvest), len(notices))
        return CollectReport(reads=tuple(reads), harvest=tuple(harvest), notices=tuple(notices), cloud_linked=linked,
                             problems=tuple(problems))

    def _read_lan(self, summaries: list) -> tuple[list[ReadOutcome], list[str]]:
        reads: list[ReadOutcome] = []
        problems: list[str] = []
        for summary in summaries:
            lock = summary.lock
            if not self._has_lan_address(lock):
                continue  # known only from the cloud: no LAN address to read
            try:
                reads.append(self._reading.read_now(lock))
            except LockcareError as exc:  # a missing key or gateway: say so, read the others
                problems.append(f"{lock.name}: {exc}")
        return reads, problems

    def _has_lan_address(self, lock: Lock) -> bool:
        if lock.kind is LockKind.GATEWAY_CHILD:
            gateway = self._locks.find_by_device_id(lock.parent_device_id) if lock.parent_device_id else None
            return gateway is not None and bool(gateway.address)
        return bool(lock.address)

    def _notices(self, before: dict[int | None, BatteryReading | None], first_new_event: int) -> list[Notice]:
        notices = []
        names = {}
        for summary in self._locks.summaries():
            lock = summary.lock
            names[lock.id] = lock.name
            after, earlier = summary.latest, before.get(lock.id)
            if after is not None and _low(after) and (earlier is None or not _low(earlier)):
                how = f"battery low ({after.percent} %)" if after.percent is not None else (
                    "battery empty" if after.level == BatteryLevel.POWEROFF else "battery low")
                notices.append(Notice(lock.name, f"{lock.name}: {how}",
                                      "Replace its batteries soon: below 20 % a lock can stop opening reliably."))
        recent = self._clock() - ALARM_NEWS_WINDOW
        alarms: dict[int, list[str]] = {}
        for event in self._cloud.new_alarms(first_new_event):
            if event.code in URGENT_ALARMS and event.at >= recent:
                words = ALARM_LABELS.get(event.code, event.code)
                if words not in alarms.setdefault(event.lock_id, []):
                    alarms[event.lock_id].append(words)
        for lock_id, words in alarms.items():
            name = names.get(lock_id, "A lock")
            notices.append(Notice(name, f"{name}: {join_names([w.lower() for w in words])}",
                                  "Open lockcare for what to do (Troubleshoot)."))
        return notices


def _low(reading: BatteryReading) -> bool:
    if reading.percent is not None:
        return reading.percent < LOW_PERCENT
    return reading.level in LOW_LEVELS


__all__ = ["CollectReport", "CollectService", "Notice", "Notify"]
