"""SQLite storage and the key store. Repositories return :mod:`lockcare.core` dataclasses."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import keyring.backend

from lockcare.storage.battery_repository import BatteryRepository
from lockcare.storage.db import Database
from lockcare.storage.lock_repository import LockRepository
from lockcare.storage.maintenance_repository import MaintenanceRepository
from lockcare.storage.secrets import SecretStore

DATABASE_FILE = "lockcare.sqlite3"


@dataclass
class Storage:
    """Everything lockcare keeps on disk, opened together."""

    db: Database
    locks: LockRepository
    battery: BatteryRepository
    secrets: SecretStore
    maintenance: MaintenanceRepository

    def close(self) -> None:
        """Close the database."""
        self.db.close()


def open_storage(data_dir: Path, *, keyring_backend: keyring.backend.KeyringBackend | None = None) -> Storage:
    """Open (creating or migrating) the database in ``data_dir`` and the key store."""
    db = Database(data_dir / DATABASE_FILE)
    return Storage(
        db=db,
        locks=LockRepository(db),
        battery=BatteryRepository(db),
        secrets=SecretStore(data_dir, backend=keyring_backend),
        maintenance=MaintenanceRepository(db),
    )
