"""Use cases around locks: add one, find one, record readings, show history.

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
from lockcare.services.key_writes import with_keys
from lockcare.services.maintenance_tasks import MaintenanceTasks
from lockcare.storage import Transaction
from lockcare.storage.battery_repository import BatteryRepository
from lockcare.storage.keys import KeyNotice, KeyStore, KeyStoreError
from lockcare.storage.lock_repository import LockRepository

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


class LockService:
    """Add, find and record things about locks.

    Args:
        locks: The lock repository.
        battery: The battery repository (readings and swaps).
        keys: The key store chosen by the composition root.
        tasks: Gives a new lock its default tasks, in the same transaction.
        transaction: Opens one all-or-nothing write.
        clock: Returns "now" (tests pass a fixed clock).
        version_probe: Resolves ``version="auto"`` over the network; without one, ``auto``
            is refused with a clear message.
        key_notice: Hands out the key store's notice once (None: never a notice).
    """

    def __init__(
        self,
        locks: LockRepository,
        battery: BatteryRepository,
        keys: KeyStore,
        tasks: MaintenanceTasks,
        *,
        transaction: Transaction,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        version_probe: VersionProbe | None = None,
        key_notice: KeyNotice | None = None,
    ) -> None:
        self._locks = locks
        self._battery = battery
        self._keys = keys
        self._tasks = tasks
        self._transaction = transaction
        self._clock = clock
        self._version_probe = version_probe
        self._key_notice = key_notice

    def now(self) -> datetime:
        """The service's idea of the current time."""
        return self._clock()

    # -- locks ------------------------------------------------------------------------

    def add_lock(self, lock: Lock, key: str) -> Lock:
        """Validate and store a new lock with its local key, all or nothing.

        The lock, its default tasks and its key are stored in one step: if the key cannot
        be written (an unwritable or full data folder), the lock is not added either.

        Raises:
            ValidationError: Impossible details (nothing is stored).
            KeyStoreError: The key could not be saved (nothing is stored).
        """
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
        name = lock.name.strip()
        try:
            with with_keys(self._transaction, self._keys) as put_key:
                stored = self._locks.add(replace(lock, name=name, device_id=lock.device_id.strip()))
                self._tasks.ensure_default_tasks(stored)
                if key:
                    put_key(stored.device_id, key)
        except KeyStoreError as exc:
            raise KeyStoreError(f"{exc} “{name}” was not added; nothing was changed.") from exc
        log.info("Added lock %s (%s)", stored.name, stored.device_id)
        return stored

    def update_lock(self, lock: Lock) -> Lock:
        """Save edits to a lock's details (name, address, battery type...)."""
        validation.validate_name(lock.name)
        validation.validate_port(lock.port)
        validation.validate_battery_type(lock.battery_type)
        return self._locks.update(lock)

    def resolve(self, name_or_id: str) -> Lock:
        """Find a lock by name or device id, or raise a clear error."""
        lock = self._locks.find(name_or_id)
        if lock is None:
            names = ", ".join(f"“{x.name}”" for x in self._locks.list()) or "none yet"
            raise NotFoundError(f"No lock called or with id “{name_or_id}” (locks: {names}).")
        return lock

    def find_by_device_id(self, device_id: str) -> Lock | None:
        """The paired lock (or gateway) with exactly this device id, or None."""
        lock = self._locks.find(device_id)
        return lock if lock is not None and lock.device_id == device_id else None

    def get(self, lock_id: int) -> Lock | None:
        """The lock with this id, or None (it may have been removed or restored away)."""
        return self._locks.get(lock_id)

    def locks(self) -> list[Lock]:
        """All paired locks by name (gateways included)."""
        return self._locks.list()

    def summaries(self) -> list[LockSummary]:
        """Each lock (gateways left out) with its latest reading and reachability."""
        return [self.summary(lock) for lock in self.locks() if lock.kind is not LockKind.GATEWAY]

    def summary(self, lock: Lock) -> LockSummary:
        """One lock with its latest reading and reachability."""
        assert lock.id is not None
        return LockSummary(
            lock=lock,
            latest=self._battery.latest_reading(lock.id),
            status=self._locks.status(lock.id),
        )

    def status(self, lock: Lock) -> LockStatus:
        """What lockcare last learned when it tried to reach the lock."""
        assert lock.id is not None
        return self._locks.status(lock.id)

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
        return self._battery.add_reading(reading)

    def history(self, lock: Lock) -> LockHistory:
        """All readings and swaps of a lock, oldest first."""
        assert lock.id is not None
        return LockHistory(lock=lock, readings=self._battery.readings(lock.id), swaps=self._battery.swaps(lock.id))

    # -- keys -------------------------------------------------------------------------

    def local_key(self, lock: Lock) -> str | None:
        """The lock's local key from the key store (never logged)."""
        return self._keys.get(lock.device_id)

    def take_key_notice(self) -> str | None:
        """The one-time sentence about where keys are kept, when it is due (then never again)."""
        return self._key_notice.take() if self._key_notice is not None else None
