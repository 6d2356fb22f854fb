"""The composition root: the one place that builds lockcare's service graph.

The GUI (:mod:`lockcare.app`), the CLI (:mod:`lockcare.commands.context`), the demo and the
tests all call :func:`build_services`; no service builds another behind the caller's back.
The key store is chosen here too (:func:`lockcare.storage.keys.choose_key_store`), once
per process, unless the caller hands one in (the demo and tests use memory).

Qt-free, so the command line stays light.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable
from contextlib import AbstractContextManager
from datetime import UTC, datetime, tzinfo
from pathlib import Path
from typing import Any

from lockcare.atomic import remove_abandoned
from lockcare.core.models import Lock
from lockcare.devices.ports import DEFAULT_PORTS
from lockcare.platform.notify import notify_desktop
from lockcare.platform.runlock import single_run
from lockcare.services.backup import BackupService
from lockcare.services.background import BackgroundCollection
from lockcare.services.battery import BatteryService
from lockcare.services.cloud_import import CloudImportService
from lockcare.services.cloud_link import ClientFactory, CloudLinkService, real_client
from lockcare.services.collect import CollectService, Notify
from lockcare.services.csv_export import ExportService
from lockcare.services.forecast_cache import ForecastCache
from lockcare.services.harvest import HarvestService
from lockcare.services.locks import LockService, VersionProbe
from lockcare.services.maintenance_log import MaintenanceLog
from lockcare.services.maintenance_plan import MaintenancePlan
from lockcare.services.maintenance_tasks import MaintenanceTasks
from lockcare.services.pairing import PairingService, probe_lock_version
from lockcare.services.reading import ReadService
from lockcare.services.reading_import import ImportResult, ReadingImport
from lockcare.services.registry import Services
from lockcare.services.run_record import RunRecord
from lockcare.services.troubleshoot import TroubleshootService
from lockcare.storage import Storage, open_read_only_storage, open_storage
from lockcare.storage.keys import ChosenOnFirstUse, KeyNotice, KeyStore, choose_key_store

log = logging.getLogger(__name__)


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
    forecast_cache: ForecastCache | None = None,
    notify: Notify = notify_desktop,
    cloud_client: ClientFactory = real_client,
    background: BackgroundCollection | None = None,
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
        forecast_cache: Where forecasts are kept (share one between the services of one
            process, e.g. the GUI thread's and the workers'; default: a new one).
        notify: Shows a desktop notification for ``collect`` (tests pass a recorder).
        cloud_client: Makes Tuya cloud clients (the real one honours ``LOCKCARE_TUYA_API_HOST``).
        background: The OS timer for ``collect`` (tests pass one with a fake command runner).
    """
    transaction = storage.transaction
    battery = BatteryService(storage.locks, storage.battery, clock=clock, cache=forecast_cache,
                             snapshot=storage.snapshot)
    tasks = MaintenanceTasks(storage.locks, storage.maintenance, storage.settings, transaction=transaction, clock=clock)
    maintenance = MaintenanceLog(storage.locks, storage.battery, storage.maintenance, tasks,
                                 transaction=transaction, clock=clock)
    locks = LockService(storage.locks, storage.battery, storage.records, key_store, tasks, transaction=transaction, clock=clock,
                        version_probe=version_probe, key_notice=KeyNotice(key_store, storage.folder))
    reading = ReadService(storage.locks, storage.battery, storage.last_values, key_store,
                          transaction=transaction, clock=clock)
    cloud = CloudLinkService(storage.cloud, key_store, transaction=transaction, clock=clock, client_factory=cloud_client)
    harvest = HarvestService(cloud, storage.locks, storage.battery, storage.cloud, clock=clock,
                             exclusive=_collector_lock(storage.folder))
    return Services(
        locks=locks,
        reading=reading,
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
        backup=BackupService(storage.backups, storage.locks, key_store, tasks, clock=clock, cloud=storage.cloud),
        export=ExportService(storage.locks, storage.battery, storage.maintenance),
        readings_import=ReadingImport(storage.battery, clock=clock),
        cloud=cloud,
        cloud_import=CloudImportService(cloud, storage.locks, storage.cloud, tasks, key_store,
                                        transaction=transaction, clock=clock),
        harvest=harvest,
        collect=CollectService(locks, reading, harvest, cloud, storage.battery, storage.cloud, notify=notify,
                               clock=clock),
        background=background or BackgroundCollection(),
        demo_note=demo_note,
    )


def default_key_store(data_dir: Path) -> KeyStore:
    """The OS keyring if it works, else ``keys.json`` in ``data_dir``: chosen when the first key is needed."""
    return ChosenOnFirstUse(lambda: choose_key_store(data_dir))


def _collector_lock(folder: Path | None) -> Callable[[], AbstractContextManager[Any]]:
    """One collector at a time per data folder (the GUI's harvest and ``lockcare collect``)."""
    return lambda: single_run("collect", folder=folder)


def open_services(
    data_dir: Path, *, key_store: KeyStore | None = None, **options: object
) -> tuple[Storage, Services]:
    """Open the data folder and build the services on it, ready for a session.

    Removes temporary files a killed lockcare left behind (an interrupted backup or
    restore), chooses the key store when none is given, and gives locks from older data
    (or stored by hand) the default maintenance tasks they never had, so reads never need to.

    Args:
        data_dir: The data folder.
        key_store: Where keys live (default: the OS keyring if it works, else ``keys.json``,
            chosen when the first key is needed).
        **options: Passed to :func:`build_services`.

    Returns:
        The open storage (close it when done) and the services.
    """
    removed = remove_abandoned(data_dir)
    if removed:
        log.info("Removed %d temporary file(s) an interrupted backup or restore left behind", len(removed))
    storage = open_storage(data_dir)
    try:
        store = key_store if key_store is not None else default_key_store(data_dir)
        services = build_services(storage, key_store=store, **options)  # type: ignore[arg-type]
        services.tasks.ensure_all_default_tasks()
    except BaseException:
        storage.close()
        raise
    return storage, services


class WorkerServices:
    """Services for background work: one read-only connection per worker thread.

    The GUI thread writes through its own connection; work in the shared pool (loading a
    history, forecasts, the fleet, what is due) calls :meth:`get` and reads through a
    connection of its own, opened ``mode=ro`` on first use in that thread (SQLite's WAL
    lets readers and the writer go on side by side). Every write through these services is
    refused. They share the caller's forecast cache, so a forecast worked out by a worker
    serves the GUI thread too.

    Args:
        data_dir: The data folder (its database already open and migrated by the caller).
        key_store: The key store of the caller's services.
        forecast_cache: The caller's forecast cache.
        **options: Passed to :func:`build_services` (clock, time zone...).
    """

    def __init__(self, data_dir: Path, *, key_store: KeyStore, forecast_cache: ForecastCache,
                 **options: object) -> None:
        self._data_dir = data_dir
        self._key_store = key_store
        self._cache = forecast_cache
        self._options = options
        self._local = threading.local()
        self._opened: list[Storage] = []
        self._lock = threading.Lock()
        self._closed = False

    def get(self) -> Services:
        """This thread's read-only services (opened on first use).

        Raises:
            RuntimeError: After :meth:`close`.
        """
        services = getattr(self._local, "services", None)
        if services is None:
            with self._lock:
                if self._closed:
                    raise RuntimeError("the worker services are closed")
                storage = open_read_only_storage(self._data_dir)
                self._opened.append(storage)
            services = build_services(storage, key_store=self._key_store, forecast_cache=self._cache,
                                      **self._options)  # type: ignore[arg-type]
            self._local.services = services
        return services

    def close(self) -> None:
        """Close every connection opened (call after the workers stopped)."""
        with self._lock:
            self._closed = True
            opened, self._opened = self._opened, []
        for storage in opened:
            storage.close()


class BackgroundImports:
    """Battery-history imports for the pool: each on a write connection of its own.

    An import of a long history writes for a few seconds; doing it on the GUI thread's
    connection would freeze the window, and that connection must not be used from another
    thread. The import's one transaction (all or nothing) holds SQLite's write lock while it
    stores the rows; a write from the window meanwhile waits for it (up to the busy timeout).

    Args:
        data_dir: The data folder (its database already open and migrated by the caller).
        clock: "Now" (readings dated after it are refused).
    """

    def __init__(self, data_dir: Path, *, clock: Callable[[], datetime] = utc_now) -> None:
        self._data_dir = data_dir
        self._clock = clock

    def import_file(self, lock: Lock, path: Path, **options: object) -> ImportResult:
        """Import ``path`` for ``lock`` (see :meth:`ReadingImport.import_file` for the options)."""
        storage = open_storage(self._data_dir)
        try:
            return ReadingImport(storage.battery, clock=self._clock).import_file(lock, path, **options)  # type: ignore[arg-type]
        finally:
            storage.close()
