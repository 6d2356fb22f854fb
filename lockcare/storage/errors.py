"""Storage errors a user can act on."""

from __future__ import annotations

from lockcare.core.errors import LockcareError


class StorageError(LockcareError):
    """A storage problem with a plain message (nothing committed is lost)."""


class NewerDatabaseError(StorageError):
    """The database was written by a newer lockcare than this one."""


class DiskFullError(StorageError):
    """The disk is full; the write was rolled back."""


class StaleDataError(StorageError):
    """A write based on data a restore has replaced since; nothing was changed."""
