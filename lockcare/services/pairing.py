"""Pairing: import the tinytuya wizard's devices.json, scan the network, add by hand.

Imports are all-or-nothing: the file is parsed and checked completely before anything is
stored, and every lock and gateway of it, their default tasks and their keys are stored in
one step. If a key cannot be written, or anything else fails part-way, nothing of the
file stays: no lock is ever left without its key.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from lockcare.core.errors import ValidationError
from lockcare.core.models import Lock, LockKind
from lockcare.devices.ports import DEFAULT_PORTS
from lockcare.services.key_writes import with_keys
from lockcare.services.locks import LockService
from lockcare.services.maintenance_tasks import MaintenanceTasks
from lockcare.storage import Transaction
from lockcare.storage.keys import KeyStore, KeyStoreError
from lockcare.storage.lock_repository import LockRepository

if TYPE_CHECKING:  # loaded when a file is imported or the network scanned, not at start
    from lockcare.core.devices_json import ImportedDevice
    from lockcare.devices.discovery import DiscoveryResult

log = logging.getLogger(__name__)

ProgressCallback = Callable[[float, tuple], None]


@dataclass(frozen=True)
class ImportReport:
    """What an import did, in plain words."""

    added: tuple[str, ...]
    updated: tuple[str, ...]
    gateways: tuple[str, ...]
    skipped_count: int
    notes: tuple[str, ...]

    def summary(self) -> str:
        """One or two sentences for the user."""
        parts = []
        if self.added:
            parts.append(f"Added {len(self.added)} lock(s): {', '.join(self.added)}.")
        if self.updated:
            parts.append(f"Updated {len(self.updated)} lock(s) already paired: {', '.join(self.updated)}.")
        if self.gateways:
            parts.append(f"Gateways: {', '.join(self.gateways)}.")
        if self.skipped_count:
            parts.append(f"Skipped {self.skipped_count} device(s) that are not locks.")
        if not (self.added or self.updated):
            parts.insert(0, "No locks found in the file.")
        return " ".join([*parts, *self.notes])


def free_name(repo: LockRepository, wanted: str) -> str:
    """``wanted`` (shortened to 55 characters), or ``wanted (2)``... when a lock already has it."""
    name, n = wanted.strip()[:55] or "Lock", 2
    candidate = name
    while repo.find(candidate) is not None:
        candidate = f"{name} ({n})"
        n += 1
    return candidate


def probe_lock_version(lock: Lock, key: str) -> str:
    """Find the protocol version a lock answers to (3.5, 3.4, then 3.3, short timeouts)."""
    from lockcare.devices.client import LockConnection, probe_version  # tinytuya: loaded when first needed

    return probe_version(LockConnection(device_id=lock.device_id, address=lock.address, port=lock.port, local_key=key))


class PairingService:
    """Brings locks into lockcare.

    Args:
        locks: The lock service (validation and adding by hand).
        lock_repo: The lock repository (imports store many locks in one transaction).
        tasks: Gives imported locks their default tasks.
        keys: The key store.
        transaction: Opens one all-or-nothing write.
        discovery_ports: UDP ports the scan listens on (tests use ephemeral ports).
        bind_address: Interface the scan binds ("" = all; tests use 127.0.0.1).
    """

    def __init__(
        self,
        locks: LockService,
        lock_repo: LockRepository,
        tasks: MaintenanceTasks,
        keys: KeyStore,
        *,
        transaction: Transaction,
        discovery_ports: Iterable[int] = DEFAULT_PORTS,
        bind_address: str = "",
    ) -> None:
        self._locks = locks
        self._repo = lock_repo
        self._tasks = tasks
        self._keys = keys
        self._transaction = transaction
        self.discovery_ports = tuple(discovery_ports)
        self.bind_address = bind_address

    # -- devices.json -----------------------------------------------------------------

    def import_devices_file(self, path: Path) -> ImportReport:
        """Import locks and their gateways from a devices.json file."""
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            raise ValidationError(f"{path.name} is not a text file; choose the devices.json the tinytuya wizard wrote.") from None
        except OSError as exc:
            raise ValidationError(f"Could not read {path}: {exc.strerror or exc}.") from None
        return self.import_devices_text(text, path.name)

    def import_devices_text(self, text: str, filename: str = "devices.json") -> ImportReport:
        """Import from the text of a devices.json file (nothing is stored if any of it is wrong)."""
        from lockcare.core.devices_json import DevicesJsonError, parse_devices_json

        try:
            plan = parse_devices_json(text, filename)
        except DevicesJsonError as exc:
            raise ValidationError(f"{str(exc).rstrip('.')}. Nothing was imported.") from None
        added: list[str] = []
        updated: list[str] = []
        try:
            with with_keys(self._transaction, self._keys) as put_key:
                for device in (*plan.gateways, *plan.locks):
                    stored, was_new = self._store(device)
                    if device.lock.kind is not LockKind.GATEWAY:
                        (added if was_new else updated).append(stored.name)
                    self._tasks.ensure_default_tasks(stored)
                    if device.local_key:
                        put_key(device.lock.device_id, device.local_key)
        except KeyStoreError as exc:
            raise KeyStoreError(f"{exc} Nothing was imported.") from exc
        report = ImportReport(
            added=tuple(added), updated=tuple(updated), gateways=tuple(g.lock.name for g in plan.gateways),
            skipped_count=plan.skipped_count, notes=plan.notes,
        )
        log.info("Imported %s: %d added, %d updated, %d skipped", filename, len(added), len(updated), plan.skipped_count)
        return report

    def _store(self, device: ImportedDevice) -> tuple[Lock, bool]:
        existing = self._repo.find(device.lock.device_id)
        if existing is not None and existing.device_id == device.lock.device_id:
            keep = replace(device.lock, id=existing.id, name=existing.name, created_at=existing.created_at,
                           battery_type=existing.battery_type, battery_count=existing.battery_count,
                           dp_map={**device.lock.dp_map, **existing.dp_map},
                           address=device.lock.address or existing.address,
                           alarm_order=tuple(device.alarm_order or existing.alarm_order))
            return self._repo.update(keep), False
        name = self._free_name(device.lock.name or device.lock.device_id)
        stored = self._repo.add(replace(device.lock, name=name, alarm_order=tuple(device.alarm_order or ())))
        return stored, True

    def _free_name(self, wanted: str) -> str:
        return free_name(self._repo, wanted)

    # -- scan -------------------------------------------------------------------------

    def scan(
        self,
        seconds: float = 10.0,
        *,
        cancel: threading.Event | None = None,
        progress: ProgressCallback | None = None,
    ) -> DiscoveryResult:
        """Listen for Tuya broadcasts for up to ``seconds`` (blocking; run it off the GUI thread)."""
        from lockcare.devices.discovery import discover  # tinytuya: loaded when first needed

        paired = [lock.device_id for lock in self._locks.locks()]
        return discover(seconds, ports=self.discovery_ports, bind_address=self.bind_address, cancel=cancel,
                        progress=progress, paired_ids=paired)

    # -- by hand ----------------------------------------------------------------------

    def add_gateway_child(self, lock: Lock, gateway_ref: str) -> Lock:
        """Add a lock read through a paired gateway by its node id (no key of its own).

        The gateway may be a device added by hand as a Wi-Fi lock: it becomes a gateway in
        the same step, unless it has battery readings or swaps of its own (then it is a
        lock, and is refused). Everything is checked first and written in one transaction:
        a refused call changes nothing.

        Raises:
            ValidationError: No node id, a gateway that cannot be one, or details
                :meth:`LockService.add_lock` refuses (nothing is changed).
            NotFoundError: No such gateway.
        """
        gateway = self._locks.resolve(gateway_ref)
        if not lock.node_id.strip():
            raise ValidationError("A lock behind a gateway needs its node id (node_id in devices.json).")
        if gateway.kind is not LockKind.GATEWAY:
            history = self._locks.history(gateway)
            if gateway.is_gateway_child or history.readings or history.swaps:
                raise ValidationError(
                    f"“{gateway.name}” is a lock, not a gateway; name the gateway that serves this lock "
                    "(import it from devices.json, or add it first). Nothing was added."
                )
        child = replace(lock, kind=LockKind.GATEWAY_CHILD, parent_device_id=gateway.device_id, address="",
                        node_id=lock.node_id.strip(), version=gateway.version)
        with self._transaction():
            if gateway.kind is not LockKind.GATEWAY:
                self._repo.update(replace(gateway, kind=LockKind.GATEWAY))
            return self._locks.add_lock(child, "")
