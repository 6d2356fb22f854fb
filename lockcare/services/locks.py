"""Use cases around locks: add one, find one, record readings and swaps, show history.

Synchronous and Qt-free: the CLI calls it directly, the GUI through the task runner.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime

from lockcare.core import validation
from lockcare.core.errors import NotFoundError, ValidationError
from lockcare.core.models import (
    BatteryReading,
    BatterySwap,
    Lock,
    LockKind,
    LockStatus,
    ReadingSource,
)
from lockcare.services import maintenance
from lockcare.storage import Storage

log = logging.getLogger(__name__)

VersionProbe = Callable[[Lock, str], str]
"""Given a lock (address, port, id) and its key, return the protocol version that answers."""


@dataclass(frozen=True)
class LockHistory:
    """Everything recorded about a lock's batteries."""

    lock: Lock
    readings: list[BatteryReading]
    swaps: list[BatterySwap]


@dataclass(frozen=True)
class LockSummary:
    """What the lock list and the page header need about one lock."""

    lock: Lock
    latest: BatteryReading | None
    status: LockStatus
    has_key: bool


class LockService:
    """Add, find and record things about locks.

    Args:
        storage: the open storage.
        clock: returns "now" (tests pass a fixed clock).
        version_probe: resolves ``version="auto"`` over the network; without one, ``auto``
            is refused with a clear message.
    """

    def __init__(
        self,
        storage: Storage,
        *,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        version_probe: VersionProbe | None = None,
    ) -> None:
        self._storage = storage
        self._clock = clock
        self._version_probe = version_probe

    @property
    def storage(self) -> Storage:
        """The storage this service writes to."""
        return self._storage

    def now(self) -> datetime:
        """The service's idea of the current time."""
        return self._clock()

    # -- locks ------------------------------------------------------------------------

    def add_lock(self, lock: Lock, key: str) -> Lock:
        """Validate and store a new lock with its local key (the key goes to the key store)."""
        validation.validate_name(lock.name)
        validation.validate_device_id(lock.device_id)
        validation.validate_port(lock.port)
        validation.validate_battery_type(lock.battery_type)
        validation.validate_version(lock.version)
        if not lock.is_gateway_child:
            validation.validate_key(key)
        if lock.battery_count < 1 or lock.battery_count > 12:
            raise ValidationError("A lock holds between 1 and 12 batteries.")
        if lock.version == "auto":
            if self._version_probe is None:
                raise ValidationError("Automatic version detection needs the lock to be reachable; choose 3.3, 3.4 or 3.5.")
            lock = replace(lock, version=self._version_probe(lock, key))
        with self._storage.db.transaction():
            stored = self._storage.locks.add(replace(lock, name=lock.name.strip(), device_id=lock.device_id.strip()))
            maintenance.ensure_default_tasks(self._storage, stored, now=self._clock())
        if key:
            self._storage.secrets.set_key(stored.device_id, key)
        log.info("Added lock %s (%s)", stored.name, stored.device_id)
        return stored

    def update_lock(self, lock: Lock) -> Lock:
        """Save edits to a lock's details (name, address, battery type...)."""
        validation.validate_name(lock.name)
        validation.validate_port(lock.port)
        validation.validate_battery_type(lock.battery_type)
        return self._storage.locks.update(lock)

    def remove_lock(self, lock: Lock) -> None:
        """Forget a lock, its history and its key."""
        assert lock.id is not None
        self._storage.locks.delete(lock.id)
        self._storage.secrets.delete_key(lock.device_id)

    def resolve(self, name_or_id: str) -> Lock:
        """Find a lock by name or device id, or raise a clear error."""
        lock = self._storage.locks.find(name_or_id)
        if lock is None:
            names = ", ".join(f"“{x.name}”" for x in self._storage.locks.list()) or "none yet"
            raise NotFoundError(f"No lock called or with id “{name_or_id}” (locks: {names}).")
        return lock

    def locks(self) -> list[Lock]:
        """All paired locks by name (gateways included)."""
        return self._storage.locks.list()

    def summaries(self) -> list[LockSummary]:
        """Each lock (gateways left out) with its latest reading and reachability."""
        return [self.summary(lock) for lock in self.locks() if lock.kind is not LockKind.GATEWAY]

    def summary(self, lock: Lock) -> LockSummary:
        """One lock with its latest reading and reachability."""
        assert lock.id is not None
        return LockSummary(
            lock=lock,
            latest=self._storage.battery.latest_reading(lock.id),
            status=self._storage.locks.status(lock.id),
            has_key=bool(self._storage.secrets.get_key(lock.device_id)) or lock.is_gateway_child,
        )

    # -- battery ----------------------------------------------------------------------

    def record_reading(
        self,
        lock: Lock,
        *,
        percent: int | None = None,
        level: str | None = None,
        at: datetime | None = None,
        source: ReadingSource = ReadingSource.MANUAL,
        via_gateway: bool = False,
    ) -> BatteryReading:
        """Store a battery reading after checking it could be real."""
        assert lock.id is not None
        if percent is None and level is None:
            raise ValidationError("A reading needs a percentage or a level.")
        if percent is not None:
            validation.validate_percent(percent)
        if level is not None:
            validation.validate_level(level)
        when = validation.validate_not_future(at or self._clock(), now=self._clock())
        reading = BatteryReading(
            lock_id=lock.id, at=when, percent=percent, level=level, source=source, via_gateway=via_gateway
        )
        return self._storage.battery.add_reading(reading)

    def record_swap(
        self,
        lock: Lock,
        *,
        at: datetime | None = None,
        battery_type: str | None = None,
        brand: str = "",
        count: int | None = None,
        note: str = "",
    ) -> BatterySwap:
        """Store a battery swap (backdating allowed, the future refused)."""
        assert lock.id is not None
        kind = validation.validate_battery_type(battery_type or lock.battery_type)
        cells = lock.battery_count if count is None else count
        if not 1 <= cells <= 12:
            raise ValidationError("A swap puts between 1 and 12 batteries in.")
        when = validation.validate_not_future(at or self._clock(), now=self._clock())
        swap = BatterySwap(lock_id=lock.id, at=when, battery_type=kind, brand=brand.strip(), count=cells, note=note.strip())
        with self._storage.db.transaction():  # the swap, its log entry and the tasks it completes
            stored = self._storage.battery.add_swap(swap)
            maintenance.complete_tasks_for_swap(self._storage, stored)
        return stored

    def history(self, lock: Lock) -> LockHistory:
        """All readings and swaps of a lock, oldest first."""
        assert lock.id is not None
        return LockHistory(
            lock=lock,
            readings=self._storage.battery.readings(lock.id),
            swaps=self._storage.battery.swaps(lock.id),
        )

    def local_key(self, lock: Lock) -> str | None:
        """The lock's local key from the key store (never logged)."""
        return self._storage.secrets.get_key(lock.device_id)
