"""SQLite storage, the key store and backups. Repositories return :mod:`lockcare.core` dataclasses."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lockcare.storage.backup import Backups
from lockcare.storage.battery_repository import BatteryRepository
from lockcare.storage.cloud_repository import CloudRepository
from lockcare.storage.db import Database, ReadOnlyDatabase
from lockcare.storage.last_values_repository import LastValuesRepository
from lockcare.storage.lock_records import LockRecordsRepository
from lockcare.storage.lock_repository import LockRepository
from lockcare.storage.maintenance_repository import MaintenanceRepository
from lockcare.storage.settings_repository import SettingsRepository

DATABASE_FILE = "lockcare.sqlite3"

Transaction = Callable[[], AbstractContextManager[Any]]
"""Opens one all-or-nothing write (nested calls join the outer one): ``Storage.transaction``."""


@dataclass
class Storage:
    """The database and its repositories, opened together (the key store is chosen apart)."""

    db: Database
    locks: LockRepository
    records: LockRecordsRepository
    battery: BatteryRepository
    maintenance: MaintenanceRepository
    settings: SettingsRepository
    last_values: LastValuesRepository
    backups: Backups
    cloud: CloudRepository

    @property
    def folder(self) -> Path | None:
        """The data folder holding the database (None for an in-memory database)."""
        return self.db.path.parent if self.db.path is not None else None

    def transaction(self) -> AbstractContextManager[Any]:
        """One all-or-nothing write across repositories (see :meth:`Database.transaction`)."""
        return self.db.transaction()

    def snapshot(self) -> AbstractContextManager[Any]:
        """Several reads from one consistent state of the data (see :meth:`Database.snapshot`)."""
        return self.db.snapshot()

    @property
    def read_only(self) -> bool:
        """True for storage opened by :func:`open_read_only_storage`."""
        return isinstance(self.db, ReadOnlyDatabase)

    def close(self) -> None:
        """Close the database."""
        self.db.close()


def open_storage(data_dir: Path) -> Storage:
    """Open (creating or migrating) the database in ``data_dir``."""
    return _storage_on(Database(data_dir / DATABASE_FILE))


def open_read_only_storage(data_dir: Path) -> Storage:
    """Open a second, read-only connection to the (existing, migrated) database in ``data_dir``.

    For background work: every repository reads as usual, every write is refused.
    """
    return _storage_on(ReadOnlyDatabase(data_dir / DATABASE_FILE))


def _storage_on(db: Database) -> Storage:
    settings = SettingsRepository(db)
    return Storage(
        db=db,
        locks=LockRepository(db),
        records=LockRecordsRepository(db),
        battery=BatteryRepository(db),
        maintenance=MaintenanceRepository(db),
        settings=settings,
        last_values=LastValuesRepository(settings),
        backups=Backups(db),
        cloud=CloudRepository(db),
    )
