"""Backing up and restoring everything, keys included when the user asks.

The database part (checks, the file format, the swap into the live connection) is
:mod:`lockcare.storage.backup`; this service adds the local keys. A restore is all or
nothing across both: the backup's keys are written first (all or none), then the data is
swapped in, and if the swap fails the keys are put back as they were.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from lockcare.core.cloudlink import secret_key_name
from lockcare.services.maintenance_tasks import MaintenanceTasks
from lockcare.storage.backup import BackupError, BackupInfo, Backups
from lockcare.storage.cloud_repository import CloudRepository
from lockcare.storage.keys import KeyStore, KeyStoreError, put_back
from lockcare.storage.lock_repository import LockRepository

__all__ = ["BackupError", "BackupInfo", "BackupService"]


class BackupService:
    """Full backups and restores.

    Args:
        backups: Backups of the open database.
        locks: The lock repository (whose keys a backup may carry).
        keys: The key store.
        tasks: Gives restored locks their default tasks if the backup predates them.
        clock: Returns "now" (the time stamped on a backup).
        cloud: The cloud link, whose access secret a backup with keys carries too.
    """

    def __init__(
        self,
        backups: Backups,
        locks: LockRepository,
        keys: KeyStore,
        tasks: MaintenanceTasks,
        *,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        cloud: CloudRepository | None = None,
    ) -> None:
        self._backups = backups
        self._cloud = cloud
        self._locks = locks
        self._keys = keys
        self._tasks = tasks
        self._clock = clock

    def data_replaced(self) -> bool:
        """True when a restore (in this process or another) replaced the data since it was
        last adopted: whoever holds locks or views from before must reload them, then call
        :meth:`adopt_replaced_data`. Until then every write is refused (``StaleDataError``)."""
        return self._backups.replaced_by_restore()

    def adopt_replaced_data(self) -> None:
        """Accept the restored data as current (after reloading everything held from before)."""
        self._backups.adopt_generation()

    @property
    def before_restore_path(self) -> Path | None:
        """Where a restore keeps a copy of the data it replaced."""
        return self._backups.before_restore_path

    def create(self, path: str | os.PathLike[str], *, include_keys: bool = False) -> BackupInfo:
        """Write a full backup to ``path`` (atomically, readable by the user only).

        Args:
            path: The backup file (replaced if it exists).
            include_keys: Put the locks' local keys in too.

        Raises:
            BackupError: The file could not be written (nothing was left behind).
        """
        keys = None
        if include_keys:
            names = [lock.device_id for lock in self._locks.list()]
            link = self._cloud.link() if self._cloud is not None else None
            if link is not None:  # the cloud project's access secret is a key like the others
                names.append(secret_key_name(link.access_id))
            keys = [(name, key) for name in names if (key := self._keys.get(name))]
        return self._backups.create(path, keys=keys, now=self._clock())

    def inspect(self, path: str | os.PathLike[str]) -> BackupInfo:
        """Check a backup file without changing anything and say what it holds.

        Raises:
            BackupError: The file is not a sound lockcare backup (the message says why).
        """
        with self._backups.check(path) as checked:
            return checked.info

    def restore(self, path: str | os.PathLike[str], *, restore_keys: bool = True) -> BackupInfo:
        """Replace all data (and, when the backup has them, the keys) with a backup's.

        Args:
            path: The backup file (never modified).
            restore_keys: Put keys found in the backup into the key store.

        Raises:
            BackupError: The file was refused, or a key or the data could not be written;
                nothing was changed.
        """
        with self._backups.check(path) as checked:
            keys = dict(checked.keys) if restore_keys else {}
            previous = {device_id: self._keys.get(device_id) for device_id in keys}
            try:
                self._keys.set_many(keys)
            except KeyStoreError as exc:
                raise BackupError(f"{exc} Nothing was restored.") from exc
            try:
                info = self._backups.restore(checked)
            except BaseException:
                put_back(self._keys, previous)
                raise
        self._tasks.ensure_all_default_tasks()
        return info
