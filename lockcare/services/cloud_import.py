"""Importing locks (and the gateways serving lock children) from the linked cloud project.

Two halves, so the GUI can keep the network off its thread: :meth:`CloudImportService.fetch`
reads the project (device list, and each lock's specification for its data points by
code) into a plain :class:`CloudProject`; :meth:`CloudImportService.apply` stores it, all
or nothing, with the keys. Re-running adds nothing twice; for locks already paired it
updates what changed and says so ("Front door: local key updated").

The cloud's ``ip`` is the home's public address: it is never stored as a LAN address.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any

from lockcare.core.cloud import CloudDevice, gateway_ids
from lockcare.core.cloudspec import CloudSpec
from lockcare.core.devices_json import KEEP_ALIVE_CATEGORIES
from lockcare.core.models import Lock, LockKind
from lockcare.core.vocabulary import Reachability
from lockcare.core.wording import join_names
from lockcare.devices.cloud import CloudError
from lockcare.services.cloud_link import CloudLinkService, Credentials
from lockcare.services.key_writes import with_keys
from lockcare.services.maintenance_tasks import MaintenanceTasks
from lockcare.services.pairing import free_name
from lockcare.storage import Transaction
from lockcare.storage.cloud_repository import CloudRepository
from lockcare.storage.keys import KeyStore, KeyStoreError
from lockcare.storage.lock_repository import LockRepository

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class CloudProject:
    """What the cloud said about the project's devices (plain values from a worker).

    Attributes:
        devices: Every device (locks, gateways, the rest), children with their parent.
        specs: Each lock's specification by device id.
    """

    devices: tuple[CloudDevice, ...]
    specs: dict[str, CloudSpec] = field(default_factory=dict)


@dataclass(frozen=True)
class CloudImportReport:
    """What an import did.

    Attributes:
        added: Names of locks added.
        updated: One line per paired lock that changed ("Front door: local key updated").
        unchanged: Names of paired locks the cloud had nothing new about.
        gateways: Names of gateways serving lock children (added or kept).
        skipped: How many devices are neither locks nor gateways serving locks.
        notes: Remarks (a child whose gateway the project does not list...).
    """

    added: tuple[str, ...] = ()
    updated: tuple[str, ...] = ()
    unchanged: tuple[str, ...] = ()
    gateways: tuple[str, ...] = ()
    skipped: int = 0
    notes: tuple[str, ...] = ()

    def summary(self) -> str:
        """Plain sentences for the user."""
        parts = []
        if self.added:
            parts.append(f"Added {_count(len(self.added), 'lock')}: {join_names(self.added)}.")
        parts += [f"{line}." for line in self.updated]
        if self.unchanged:
            parts.append(f"Already up to date: {join_names(self.unchanged)}.")
        if self.gateways:
            parts.append(f"Gateways: {join_names(self.gateways)}.")
        if self.skipped:
            parts.append(f"Skipped {_count(self.skipped, 'device')} that {'is' if self.skipped == 1 else 'are'} not a lock.")
        if not (self.added or self.updated or self.unchanged):
            parts.insert(0, "Your Tuya cloud project has no locks.")
        return " ".join([*parts, *self.notes])

    def to_json(self) -> dict[str, Any]:
        """The stable shape of ``lockcare cloud import --json`` (README)."""
        return {
            "added": list(self.added), "updated": list(self.updated), "unchanged": list(self.unchanged),
            "gateways": list(self.gateways), "skipped": self.skipped, "notes": list(self.notes),
        }  # fmt: skip


def fetch_project(client: Any) -> CloudProject:
    """Reads the device list and every lock's specification (network; a worker thread).

    Raises:
        CloudError: Any call failed (nothing is stored from a half-read project).
    """
    devices = tuple(client.devices())
    specs = {d.device_id: client.specification(d.device_id) for d in devices if d.is_lock}
    return CloudProject(devices=devices, specs=specs)


class CloudImportService:
    """Imports the cloud project's locks.

    Args:
        link: The cloud link (credentials, clients, the problem record).
        locks: The lock repository.
        cloud: The cloud repository (which locks are cloud-linked).
        tasks: Gives new locks their default tasks.
        keys: The key store.
        transaction: Opens one all-or-nothing write.
        clock: Returns "now".
    """

    def __init__(
        self,
        link: CloudLinkService,
        locks: LockRepository,
        cloud: CloudRepository,
        tasks: MaintenanceTasks,
        keys: KeyStore,
        *,
        transaction: Transaction,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self._link = link
        self._locks = locks
        self._cloud = cloud
        self._tasks = tasks
        self._keys = keys
        self._transaction = transaction
        self._clock = clock

    def import_locks(self) -> CloudImportReport:
        """Fetches the project and stores it (blocking; for the CLI).

        Raises:
            NotLinkedError: Nothing is linked.
            CloudError: The cloud refused or failed (nothing was stored).
            KeyStoreError: A key could not be stored (nothing was stored).
        """
        try:
            project = self.fetch(self._link.credentials())
        except CloudError as exc:
            self.failed(exc)
            raise
        return self.apply(project)

    def fetch(self, credentials: Credentials) -> CloudProject:
        """Reads the project (network only, so any thread; nothing is stored).

        Raises:
            CloudError: The cloud refused or failed; hand it to :meth:`failed` where the
                database is written.
        """
        with self._link.client(credentials) as client:
            return fetch_project(client)

    def failed(self, error: CloudError) -> None:
        """Remembers a failed fetch for ``cloud status`` (where the database is written)."""
        self._link.record_outcome(error)

    def apply(self, project: CloudProject) -> CloudImportReport:
        """Stores the project's locks and gateways, with their keys, all or nothing.

        Raises:
            KeyStoreError: A key could not be stored (nothing was stored).
        """
        devices = project.devices
        known = {d.device_id for d in devices}
        serving = {g for g in gateway_ids(devices) if g in known}
        locks = sorted((d for d in devices if d.is_lock), key=lambda d: d.name.lower())
        gateways = sorted((d for d in devices if d.device_id in serving), key=lambda d: d.name.lower())
        skipped = sum(1 for d in devices if not d.is_lock and d.device_id not in serving)
        notes = [f"“{d.name}” is behind a gateway your cloud project does not list; it cannot be read on the "
                 "network until that gateway is added." for d in locks if d.sub and d.parent_id not in serving]
        outcome = _Outcome()
        try:
            with with_keys(self._transaction, self._keys) as put_key:
                for device in (*gateways, *locks):
                    self._store(device, project.specs.get(device.device_id), put_key, outcome)
        except KeyStoreError as exc:
            raise KeyStoreError(f"{exc} Nothing was imported.") from exc
        self._link.record_outcome(None)
        report = CloudImportReport(
            added=tuple(outcome.added), updated=tuple(outcome.updated), unchanged=tuple(outcome.unchanged),
            gateways=tuple(g.name for g in gateways), skipped=skipped, notes=tuple(notes),
        )  # fmt: skip
        log.info("Cloud import: %d added, %d updated, %d skipped", len(report.added), len(report.updated), skipped)
        return report

    # -- one device -------------------------------------------------------------------

    def _store(
        self, device: CloudDevice, spec: CloudSpec | None, put_key: Callable[[str, str], None], outcome: _Outcome
    ) -> None:
        kind = _kind(device)
        found = self._locks.find(device.device_id)
        existing = found if found is not None and found.device_id == device.device_id else None
        has_key = kind is not LockKind.GATEWAY_CHILD and bool(device.local_key)
        if existing is None:
            stored = self._locks.add(self._new_lock(device, kind, spec))
            self._tasks.ensure_default_tasks(stored)
            if has_key:
                put_key(device.device_id, device.local_key)
            if kind is not LockKind.GATEWAY:
                outcome.added.append(stored.name)
        else:
            stored, changes = self._update(existing, device, kind, spec)
            if has_key and self._keys.get(device.device_id) != device.local_key:
                put_key(device.device_id, device.local_key)
                changes.append("local key updated")
                self._forget_wrong_key(stored)
            if kind is not LockKind.GATEWAY:
                if changes:
                    outcome.updated.append(f"{existing.name}: {', '.join(changes)}")
                else:
                    outcome.unchanged.append(stored.name)
        if kind is not LockKind.GATEWAY:
            assert stored.id is not None
            self._cloud.adopt(stored.id, device.name, self._clock())

    def _new_lock(self, device: CloudDevice, kind: LockKind, spec: CloudSpec | None) -> Lock:
        return Lock(
            name=free_name(self._locks, device.name), device_id=device.device_id, kind=kind,
            category=device.category, product_id=device.product_id, product_name=device.product_name,
            dp_map=spec.roles() if spec else {}, alarm_order=(spec.alarm_order or ()) if spec else (),
            parent_device_id=device.parent_id if kind is LockKind.GATEWAY_CHILD else "",
            node_id=device.node_id if kind is LockKind.GATEWAY_CHILD else "",
            created_at=self._clock(),
        )  # fmt: skip

    def _update(self, lock: Lock, device: CloudDevice, kind: LockKind, spec: CloudSpec | None) -> tuple[Lock, list[str]]:
        changes: list[str] = []
        fields: dict[str, Any] = {
            "category": device.category or lock.category,
            "product_id": device.product_id or lock.product_id,
            "product_name": device.product_name or lock.product_name,
        }
        if spec is not None:
            # The specification is the product's own word: it replaces learned roles it names.
            fields["dp_map"] = {**lock.dp_map, **spec.roles()}
            fields["alarm_order"] = spec.alarm_order or lock.alarm_order
        if kind is LockKind.GATEWAY_CHILD:
            fields.update(parent_device_id=device.parent_id or lock.parent_device_id, node_id=device.node_id or lock.node_id)
        if lock.id is not None and kind is not LockKind.GATEWAY:
            state = self._cloud.lock_state(lock.id)
            # Only a rename in the cloud since the last import: a name given in lockcare stays.
            if state is not None and state.cloud_name and device.name != state.cloud_name and device.name != lock.name:
                fields["name"] = free_name(self._locks, device.name)
                changes.append(f"renamed to “{fields['name']}”")
        updated = replace(lock, **fields)
        if updated != lock:
            updated = self._locks.update(updated)
        return updated, changes

    def _forget_wrong_key(self, lock: Lock) -> None:
        """A new key answers the old "check key" state: the next read will tell."""
        assert lock.id is not None
        status = self._locks.status(lock.id)
        if status.state == Reachability.WRONG_KEY:
            self._locks.save_status(replace(status, state=Reachability.UNKNOWN,
                                            message="A new local key came from the Tuya cloud; read the lock again."))


@dataclass
class _Outcome:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)


def _kind(device: CloudDevice) -> LockKind:
    if not device.is_lock:
        return LockKind.GATEWAY
    if device.sub:
        return LockKind.GATEWAY_CHILD
    return LockKind.KEEP_ALIVE if device.category in KEEP_ALIVE_CATEGORIES else LockKind.WIFI


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


__all__ = ["CloudImportReport", "CloudImportService", "CloudProject", "fetch_project"]
