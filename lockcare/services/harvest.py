"""Harvesting the cloud: each cloud-linked lock's reported data points since the last harvest.

Three steps, so the GUI keeps the network off its thread and the database on it:

* :meth:`HarvestService.plan` (database): the credentials and, per lock, its cursor;
* :meth:`HarvestService.fetch` (network, plain values): the device log since the cursor
  (at most 7 days back), all pages; and the current status of a lock whose log had no
  battery report, to fill it in;
* :meth:`HarvestService.apply` (database): per lock, the records and the new cursor in one
  transaction. A failure part-way stores what was complete and keeps the cursor there,
  so the next harvest finishes the job; nothing is ever stored twice.

``harvest()`` runs all three for the CLI and ``collect``.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from lockcare.core.cloud import AlarmReport, BatteryReport, CloudStatus, ReportLog, UnlockReport
from lockcare.core.errors import NotFoundError
from lockcare.core.models import BatteryReading, Lock, LockEvent, ReadingSource
from lockcare.devices.cloud import CloudError
from lockcare.platform.runlock import AlreadyRunning
from lockcare.services.cloud_link import CloudLinkService, Credentials
from lockcare.storage.battery_repository import BatteryRepository
from lockcare.storage.cloud_repository import CloudRepository, StoredCounts
from lockcare.storage.lock_repository import LockRepository

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]
"""``(locks done, locks in all, name of the lock now)``, called from the worker."""


@dataclass(frozen=True)
class HarvestTarget:
    """One lock to harvest: where its cursor stands."""

    lock_id: int
    name: str
    device_id: str
    since: datetime | None
    alarm_order: tuple[str, ...] = ()


@dataclass(frozen=True)
class HarvestPlan:
    """What a worker needs for one harvest (plain values)."""

    credentials: Credentials
    targets: tuple[HarvestTarget, ...]


@dataclass(frozen=True)
class LockFetch:
    """What the cloud gave for one lock: the log (possibly partial), the status, the error."""

    target: HarvestTarget
    log: ReportLog
    status: CloudStatus | None = None
    error: CloudError | None = None


@dataclass(frozen=True)
class LockHarvest:
    """One lock's harvest, as ``lockcare harvest --json`` prints it."""

    lock: str
    device_id: str
    lock_id: int
    readings_added: int = 0
    alarms_added: int = 0
    unlocks_added: int = 0
    through: datetime | None = None
    error: CloudError | None = None

    @property
    def ok(self) -> bool:
        """True when the lock's log was read completely."""
        return self.error is None

    def to_json(self) -> dict[str, Any]:
        """``{"lock", "id", "readings_added", "alarms_added", "unlocks_added", "through", "error"}``."""
        return {
            "lock": self.lock, "id": self.device_id, "readings_added": self.readings_added,
            "alarms_added": self.alarms_added, "unlocks_added": self.unlocks_added,
            "through": self.through.isoformat(timespec="seconds") if self.through else None,
            "error": self.error.to_dict() if self.error else None,
        }  # fmt: skip


class HarvestService:
    """Reads cloud device logs into battery readings, alarms and unlock records.

    Args:
        link: The cloud link (credentials and clients).
        locks: The lock repository.
        battery: The battery repository (the latest reading, for the status fill-in).
        cloud: The cloud repository (cursors, records).
        clock: Returns "now".
        exclusive: Opens the cross-process "one collector at a time" lock (the GUI's
            harvest and ``lockcare collect`` share it).
    """

    def __init__(
        self,
        link: CloudLinkService,
        locks: LockRepository,
        battery: BatteryRepository,
        cloud: CloudRepository,
        *,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        exclusive: Callable[[], AbstractContextManager[Any]] = contextlib.nullcontext,
    ) -> None:
        self._link = link
        self._locks = locks
        self._battery = battery
        self._cloud = cloud
        self._clock = clock
        self._exclusive = exclusive

    def exclusive(self) -> AbstractContextManager[Any]:
        """The cross-process run lock (raises ``AlreadyRunning`` when another holder has it)."""
        return self._exclusive()

    def harvest(self, names: Sequence[str] = ()) -> list[LockHarvest]:
        """Plans, fetches and stores (blocking; for the CLI and ``collect``).

        Args:
            names: Lock names or device ids (default: every cloud-linked lock).

        Raises:
            NotLinkedError: Nothing is linked.
            NotFoundError: A named lock is unknown or not cloud-linked.
        """
        try:
            plan = self.plan(names)
        except CloudError as exc:  # the secret is gone: every lock fails the same way
            self._link.record_outcome(exc)
            return [LockHarvest(t.name, t.device_id, t.lock_id, error=exc) for t in self._targets(names)]
        return self.apply(self.fetch(plan))

    def linked_locks(self) -> list[Lock]:
        """The cloud-linked locks, by name."""
        states = {s.lock_id for s in self._cloud.lock_states()}
        return [lock for lock in self._locks.list() if lock.id in states]

    def plan(self, names: Sequence[str] = ()) -> HarvestPlan:
        """The credentials and each lock's cursor.

        Raises:
            NotLinkedError: Nothing is linked.
            CloudError: The secret is missing from the key store.
            NotFoundError: A named lock is unknown or not cloud-linked.
        """
        credentials = self._link.credentials()
        return HarvestPlan(credentials=credentials, targets=tuple(self._targets(names)))

    def fetch(self, plan: HarvestPlan, *, cancel: threading.Event | None = None, progress: Progress | None = None) -> list[LockFetch]:
        """Reads each lock's log (and, where it had no battery report, its status); any thread.

        Stops before the next lock once ``cancel`` is set; locks not reached are left out.
        """
        fetched: list[LockFetch] = []
        total = len(plan.targets)
        with self._link.client(plan.credentials) as client:
            for done, target in enumerate(plan.targets):
                if cancel is not None and cancel.is_set():
                    break
                if progress is not None:
                    progress(done, total, target.name)
                fetched.append(_fetch_one(client, target))
        return fetched

    def apply(self, fetched: Sequence[LockFetch]) -> list[LockHarvest]:
        """Stores each lock's records with its new cursor (one transaction per lock)."""
        now = self._clock()
        results = []
        for item in fetched:
            if self._locks.get(item.target.lock_id) is None:
                continue  # removed while its log was being read
            results.append(self._store(item, now))
        errors = [r.error for r in results if r.error is not None]
        if results:
            if len(errors) < len(results):
                self._cloud.mark_harvested(now)
            self._link.record_outcome(errors[0] if errors and len(errors) == len(results) else None)
        return results

    # -- helpers ----------------------------------------------------------------------

    def _targets(self, names: Sequence[str]) -> Iterator[HarvestTarget]:
        states = {s.lock_id: s for s in self._cloud.lock_states()}
        if names:
            locks = []
            for name in names:
                lock = self._locks.find(name)
                if lock is None:
                    raise NotFoundError(f"No lock called or with id “{name}”.")
                if lock.id not in states:
                    raise NotFoundError(
                        f"“{lock.name}” is not in your Tuya cloud project as lockcare knows it: run “lockcare cloud import”."
                    )
                locks.append(lock)
        else:
            locks = self.linked_locks()
        for lock in locks:
            assert lock.id is not None
            yield HarvestTarget(lock.id, lock.name, lock.device_id, states[lock.id].harvested_through, lock.alarm_order)

    def _store(self, item: LockFetch, now: datetime) -> LockHarvest:
        target, records = item.target, item.log.records
        readings = [
            BatteryReading(lock_id=target.lock_id, at=r.at, percent=r.percent, level=r.level, source=ReadingSource.CLOUD)
            for r in records if isinstance(r, BatteryReport)
        ]  # fmt: skip
        events: list[LockEvent] = []
        for record in records:
            if isinstance(record, AlarmReport):
                events += [LockEvent(target.lock_id, record.at, "alarm", code) for code in record.alarms]
            elif isinstance(record, UnlockReport):
                events.append(LockEvent(target.lock_id, record.at, "unlock", record.method, str(record.credential_id)))
        if not readings and item.status is not None:
            readings += self._status_reading(target.lock_id, item.status, now)
        error = item.error
        counts: StoredCounts = self._cloud.store_harvest(
            target.lock_id, readings=readings, events=events, through=item.log.complete_through, at=now,
            error_kind=error.kind if error else "", error_message=error.message if error else "",
        )  # fmt: skip
        if item.log.missed_before is not None:
            log.info("%s: the cloud no longer keeps reports before %s", target.name, item.log.missed_before)
        return LockHarvest(
            target.name, target.device_id, target.lock_id, counts.readings, counts.alarms, counts.unlocks,
            item.log.complete_through, error,
        )  # fmt: skip

    def _status_reading(self, lock_id: int, status: CloudStatus, now: datetime) -> list[BatteryReading]:
        """The status as a reading, only when it says something the latest reading does not."""
        percent, level = status.battery_percent, status.battery_level
        if percent is None and level is None:
            return []
        latest = self._battery.latest_reading(lock_id)
        if latest is not None and (percent is None or percent == latest.percent) and (level is None or level == latest.level):
            return []
        return [BatteryReading(lock_id=lock_id, at=now, percent=percent, level=level, source=ReadingSource.CLOUD)]


def _fetch_one(client: Any, target: HarvestTarget) -> LockFetch:
    try:
        report = client.report_log(target.device_id, since=target.since, alarm_order=target.alarm_order or None)
    except CloudError as exc:
        partial = exc.partial or ReportLog(device_id=target.device_id, complete_through=target.since)
        return LockFetch(target, partial, error=exc)
    status = None
    if not report.of_type(BatteryReport):
        try:
            status = client.status(target.device_id)
        except CloudError as exc:  # the log is complete; the fill-in can wait for the next harvest
            log.info("%s: no current status from the cloud (%s)", target.name, exc.kind)
    return LockFetch(target, report, status=status)


__all__ = ["AlreadyRunning", "HarvestPlan", "HarvestService", "HarvestTarget", "LockFetch", "LockHarvest", "Progress"]
