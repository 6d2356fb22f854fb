"""What the self-test's checks share during one run."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from lockcare.core.models import Lock
from lockcare.selftest.report import CheckFailed
from lockcare.services.registry import Services
from lockcare.storage import Storage


@dataclass
class Context:
    """The run's temporary folder, the environment it started in, and what earlier checks made.

    Attributes:
        folder: the temporary folder (data folder and written files); deleted at the end.
        environ: the environment as it was before the self-test switched Qt to offscreen.
        storage: the open storage, once the database check passed.
        services: the services on it.
        lock: the paired emulated lock, once it was read.
    """

    folder: Path
    environ: Mapping[str, str] = field(default_factory=dict)
    storage: Storage | None = None
    services: Services | None = None
    lock: Lock | None = None

    def need_services(self) -> Services:
        """The services, or a failure saying why this check could not run."""
        if self.services is None:
            raise CheckFailed("not run: the database did not open")
        return self.services

    def need_lock(self) -> Lock:
        """The paired emulated lock, or a failure saying why this check could not run."""
        if self.lock is None:
            raise CheckFailed("not run: the emulated lock was not read")
        return self.lock

    def close(self) -> None:
        """Close the storage (before the folder is deleted: Windows keeps open files)."""
        if self.storage is not None:
            self.storage.close()
            self.storage = None
            self.services = None
