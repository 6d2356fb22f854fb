"""Use cases around locks: add, edit, remove (and undo) one, find one, record readings, show history.

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
from lockcare.core.vocabulary import Reachability
from lockcare.devices.errors import DeviceError
from lockcare.services.key_writes import with_keys
from lockcare.services.lock_removal import LockFootprint, RemovedLock
from lockcare.services.maintenance_tasks import MaintenanceTasks
from lockcare.storage import Transaction
from lockcare.storage.battery_repository import BatteryRepository
from lockcare.storage.keys import KeyNotice, KeyStore, KeyStoreError
from lockcare.storage.lock_records import LockRecordsRepository
from lockcare.storage.lock_repository import LockRepository

__all__ = ["LockFootprint", "LockHistory", "LockService", "LockSummary", "RemovedLock", "VersionProbe"]

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
    """Add, edit, remove, find and record things about locks.

    Every write is validated first and then done in one transaction (with the key, when
    one is involved): a refused call changes nothing.

    Args:
        locks: The lock repository.
        battery: The battery repository (readings and swaps).
        records: Takes out (and puts back) every row of a lock, for removal and its undo.
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
        records: LockRecordsRepository,
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
        self._records = records
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
            lock = replace(lock, address=validation.validate_address(lock.address))
            validation.validate_key(key)
        if lock.battery_count < 1 or lock.battery_count > 12:
            raise ValidationError("A lock holds between 1 and 12 batteries.")
        if lock.version == "auto":
            lock = replace(lock, version=self._probe(lock, key))
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
        if lock.address and not lock.is_gateway_child:  # empty: not known yet (a cloud-imported lock before a scan finds it, or one that wakes later)
            lock = replace(lock, address=validation.validate_address(lock.address))
        return self._locks.update(lock)

    def edit_lock(
        self,
        lock: Lock,
        *,
        name: str | None = None,
        address: str | None = None,
        port: int | None = None,
        version: str | None = None,
        key: str | None = None,
    ) -> Lock:
        """Change a lock's name, address, port, protocol version or local key (None: keep it).

        Everything is checked before anything is written: a name another lock has, an
        address that is no IP address or host name, a port outside 1-65535, an unknown
        version, a key that is not 16 characters, or an address or key for a lock read
        through its gateway. Then all of it is written in one step, the key included.
        ``version="auto"`` asks the lock (it must be awake, and the key right). The
        last-known reachability is forgotten when the address, port, version or key
        changes (it was about the old ones).

        Returns:
            The lock as stored now.

        Raises:
            ValidationError: A value cannot be right (nothing is changed).
            KeyStoreError: The key could not be saved (nothing is changed).
            NotFoundError: The lock is no longer stored.
        """
        current = self._stored(lock)
        if key is not None:
            if current.is_gateway_child:
                raise ValidationError(
                    f"“{current.name}” is read through its gateway and has no key of its own; change the gateway's key."
                )
            validation.validate_key(key)
        changes: dict[str, object] = {}
        if name is not None:
            changes["name"] = validation.validate_name(name)
        if current.is_gateway_child and (address is not None or port is not None):
            raise ValidationError(
                f"“{current.name}” is read through its gateway, so it has no address or port of its own; "
                "edit the gateway instead."
            )
        if address is not None:
            changes["address"] = validation.validate_address(address)
        if port is not None:
            changes["port"] = validation.validate_port(port)
        if version is not None:
            changes["version"] = validation.validate_version(version)
        edited = replace(current, **changes)  # type: ignore[arg-type]
        if edited.version == "auto":
            edited = replace(edited, version=self._probe(edited, key or self._keys.get(current.device_id) or ""))
        if edited == current and key is None:
            return current
        moved = key is not None or (edited.address, edited.port, edited.version) != (
            current.address, current.port, current.version)
        try:
            with with_keys(self._transaction, self._keys) as put_key:
                stored = self._locks.update(edited) if edited != current else current
                if moved:
                    self._forget_reachability(stored)
                if key is not None:
                    put_key(stored.device_id, key)
        except KeyStoreError as exc:
            raise KeyStoreError(f"{exc} “{current.name}” was not changed.") from exc
        log.info("Edited lock %s (%s): %s", stored.name, stored.device_id,
                 ", ".join(sorted([*changes, *(["key"] if key is not None else [])])))
        return stored

    def change_key(self, lock: Lock, key: str) -> None:
        """Store a new local key for a lock (the key changes whenever the lock is paired again).

        The same as ``edit_lock(lock, key=key)``: the last-known "wrong key" state is
        forgotten in the same step, so the lock shows as not yet tried with the new key.

        Raises:
            ValidationError: Not a 16-character key, or a lock that uses its gateway's key
                (nothing is changed).
            KeyStoreError: The key could not be saved (the old one stays).
            NotFoundError: The lock is no longer stored.
        """
        self.edit_lock(lock, key=key)

    def removal_footprint(self, lock: Lock) -> LockFootprint:
        """What removing the lock would take with it (for the confirmation), changing nothing."""
        current = self._stored(lock)
        assert current.id is not None
        has_key = not current.is_gateway_child and self._keys.get(current.device_id) is not None
        return LockFootprint.of(current, self._records.collect(current.id), has_key=has_key)

    def remove_lock(self, lock: Lock) -> RemovedLock:
        """Remove a lock with everything stored about it, and its key, all or nothing.

        Readings, swaps, log entries (troubleshooting runs included), tasks, events, the
        last reported values and the local key go; the returned :class:`RemovedLock`
        holds all of it for :meth:`restore_removed`. A gateway that still serves locks
        is refused (remove those first).

        Raises:
            ValidationError: A gateway still serving locks (nothing is changed).
            KeyStoreError: The key could not be removed (nothing is changed).
            NotFoundError: The lock is no longer stored.
        """
        current = self._stored(lock)
        assert current.id is not None
        if current.kind is LockKind.GATEWAY:
            served = [x.name for x in self._locks.list() if x.parent_device_id == current.device_id]
            if served:
                raise ValidationError(
                    f"“{current.name}” is the gateway of {', '.join(f'“{n}”' for n in served)}; "
                    "remove those locks first. Nothing was removed."
                )
        key = None if current.is_gateway_child else self._keys.get(current.device_id)
        try:
            with with_keys(self._transaction, self._keys) as put_key:
                records = self._records.collect(current.id)
                self._records.delete(records)
                if key is not None:
                    put_key(current.device_id, None)
        except KeyStoreError as exc:
            raise KeyStoreError(f"{exc} “{current.name}” was not removed.") from exc
        removed = RemovedLock(lock=current, footprint=LockFootprint.of(current, records, has_key=key is not None),
                              records=records, key=key)
        log.info("Removed lock %s (%s): %s", current.name, current.device_id, removed.footprint.words())
        return removed

    def restore_removed(self, removed: RemovedLock) -> Lock:
        """Put a removed lock back with everything that went with it (the undo of :meth:`remove_lock`).

        Returns:
            The lock as stored again (its id may differ when the old one was taken since).

        Raises:
            ValidationError: A lock with its name or device id was added since (nothing is changed).
            KeyStoreError: Its key could not be written back (nothing is changed).
        """
        lock = removed.lock
        for other in self._locks.list():
            if other.device_id == lock.device_id:
                raise ValidationError(
                    f"A lock with device id {lock.device_id} is paired again as “{other.name}”, so “{lock.name}” "
                    "cannot come back. Nothing was changed."
                )
            if other.name.casefold() == lock.name.strip().casefold():
                raise ValidationError(
                    f"Another lock is called “{other.name}” now; rename it to bring “{lock.name}” back. "
                    "Nothing was changed."
                )
        try:
            with with_keys(self._transaction, self._keys) as put_key:
                lock_id = self._records.put_back(removed.records)
                if removed.key is not None:
                    put_key(lock.device_id, removed.key)
        except KeyStoreError as exc:
            raise KeyStoreError(f"{exc} “{lock.name}” was not brought back.") from exc
        restored = self._locks.get(lock_id)
        assert restored is not None
        log.info("Brought back lock %s (%s)", restored.name, restored.device_id)
        return restored

    def _stored(self, lock: Lock) -> Lock:
        """The lock as stored now (never a stale copy), or a clear error."""
        current = self._locks.get(lock.id) if lock.id is not None else None
        if current is None or current.device_id != lock.device_id:
            raise NotFoundError(f"“{lock.name}” is no longer paired (it was removed, or a restore replaced it).")
        return current

    def _probe(self, lock: Lock, key: str) -> str:
        if self._version_probe is None:
            raise ValidationError("Automatic version detection needs the lock to be reachable; choose 3.3, 3.4 or 3.5.")
        if not key:
            raise ValidationError(f"“{lock.name}” has no local key stored, so its version cannot be detected.")
        try:
            return self._version_probe(lock, key)
        except DeviceError as exc:
            raise ValidationError(f"Could not detect the protocol version of “{lock.name}”: {exc.message}") from exc

    def _forget_reachability(self, lock: Lock) -> None:
        assert lock.id is not None
        before = self._locks.status(lock.id)
        if before.state != Reachability.UNKNOWN:
            self._locks.save_status(replace(before, state=Reachability.UNKNOWN, message=""))

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
