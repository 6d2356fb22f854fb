"""The composition root: the one place that builds lockcare's service graph.

The GUI (:mod:`lockcare.app`), the CLI (:mod:`lockcare.commands.context`), the demo and the
tests all call :func:`build_services`; no service builds another behind the caller's back.
The key store is chosen here too (:func:`lockcare.storage.keys.choose_key_store`), once
per process, unless the caller hands one in (the demo and tests use memory).

Qt-free, so the command line stays light.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import UTC, datetime, tzinfo
from pathlib import Path

from lockcare.devices.discovery import DEFAULT_PORTS
from lockcare.services.backup import BackupService
from lockcare.services.battery import BatteryService
from lockcare.services.csv_export import ExportService
from lockcare.services.locks import LockService, VersionProbe
from lockcare.services.maintenance_log import MaintenanceLog
from lockcare.services.maintenance_plan import MaintenancePlan
from lockcare.services.maintenance_tasks import MaintenanceTasks
from lockcare.services.pairing import PairingService, probe_lock_version
from lockcare.services.reading import ReadService
from lockcare.services.registry import Services
from lockcare.services.run_record import RunRecord
from lockcare.services.troubleshoot import TroubleshootService
from lockcare.storage import Storage, open_storage
from lockcare.storage.keys import ChosenOnFirstUse, KeyNotice, KeyStore, choose_key_store


def utc_now() -> datetime:
    """The real clock."""
    return datetime.now(UTC)


def build_services(
    storage: Storage,
    *,
    key_store: KeyStore,
    clock: Callable[[], datetime] = utc_now,
    tz: tzinfo | None = None,
    version_probe: VersionProbe | None = probe_lock_version,
    discovery_ports: Iterable[int] = DEFAULT_PORTS,
    bind_address: str = "",
    content_dir: Path | None = None,
    demo_note: str = "",
) -> Services:
    """Wire every service over one open storage and one key store.

    Args:
        storage: The open database and its repositories.
        key_store: Where local keys live (:func:`choose_key_store` for the real thing).
        clock: Returns "now" for every service (tests pass a fixed clock).
        tz: The user's time zone for due dates (default: the system's).
        version_probe: Resolves ``version="auto"`` over the network (None: refuse "auto").
        discovery_ports: UDP ports a scan listens on (tests and the demo use loopback ports).
        bind_address: Interface a scan binds ("" = all).
        content_dir: The troubleshooter content (default: the bundled one).
        demo_note: Non-empty in demo mode.
    """
    transaction = storage.transaction
    battery = BatteryService(storage.locks, storage.battery, clock=clock)
    tasks = MaintenanceTasks(storage.locks, storage.maintenance, storage.settings, transaction=transaction, clock=clock)
    maintenance = MaintenanceLog(storage.locks, storage.battery, storage.maintenance, tasks,
                                 transaction=transaction, clock=clock)
    locks = LockService(storage.locks, storage.battery, storage.records, key_store, tasks, transaction=transaction, clock=clock,
                        version_probe=version_probe, key_notice=KeyNotice(key_store, storage.folder))
    return Services(
        locks=locks,
        reading=ReadService(storage.locks, storage.battery, storage.last_values, key_store,
                            transaction=transaction, clock=clock),
        pairing=PairingService(locks, storage.locks, tasks, key_store, transaction=transaction,
                               discovery_ports=discovery_ports, bind_address=bind_address),
        battery=battery,
        maintenance=maintenance,
        tasks=tasks,
        # The plan schedules the battery change on the Battery tab's own forecast, never a second one.
        plan=MaintenancePlan(storage.locks, storage.battery, storage.maintenance, forecaster=battery.forecast,
                             clock=clock, tz=tz),
        runs=RunRecord(storage.settings, clock=clock),
        troubleshoot=TroubleshootService(storage.locks, storage.battery, maintenance, content_dir=content_dir,
                                         clock=clock),
        backup=BackupService(storage.backups, storage.locks, key_store, tasks, clock=clock),
        export=ExportService(storage.locks, storage.battery, storage.maintenance),
        demo_note=demo_note,
    )


def open_services(
    data_dir: Path, *, key_store: KeyStore | None = None, **options: object
) -> tuple[Storage, Services]:
    """Open the data folder and build the services on it, ready for a session.

    Chooses the key store when none is given, and gives locks from older data (or stored
    by hand) the default maintenance tasks they never had, so reads never need to.

    Args:
        data_dir: The data folder.
        key_store: Where keys live (default: the OS keyring if it works, else ``keys.json``,
            chosen when the first key is needed).
        **options: Passed to :func:`build_services`.

    Returns:
        The open storage (close it when done) and the services.
    """
    storage = open_storage(data_dir)
    try:
        store = key_store if key_store is not None else ChosenOnFirstUse(lambda: choose_key_store(data_dir))
        services = build_services(storage, key_store=store, **options)  # type: ignore[arg-type]
        services.tasks.ensure_all_default_tasks()
    except BaseException:
        storage.close()
        raise
    return storage, services
