"""What every command needs: storage and services, opened on first use and closed at exit."""

from __future__ import annotations

import argparse
import sys
from functools import cached_property

from lockcare import paths
from lockcare.services.battery import BatteryService
from lockcare.services.locks import LockService
from lockcare.services.maintenance import MaintenanceService
from lockcare.services.pairing import PairingService, probe_lock_version
from lockcare.services.reading import ReadService
from lockcare.storage import Storage, open_storage


class CliContext:
    """Lazily opened storage and services for one command run."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self._storage: Storage | None = None

    @cached_property
    def storage(self) -> Storage:
        """The open storage in the data folder."""
        paths.ensure_dirs()
        self._storage = open_storage(paths.data_dir())
        return self._storage

    @cached_property
    def locks(self) -> LockService:
        """The lock service."""
        return LockService(self.storage, version_probe=probe_lock_version)

    @cached_property
    def battery(self) -> BatteryService:
        """The battery forecast and fleet service."""
        return BatteryService(self.storage)

    @cached_property
    def maintenance(self) -> MaintenanceService:
        """The maintenance log and schedule service."""
        return MaintenanceService(self.storage, forecaster=self.battery.forecast)

    @cached_property
    def reading(self) -> ReadService:
        """The live-read service."""
        return ReadService(self.locks)

    @cached_property
    def pairing(self) -> PairingService:
        """The pairing service (scan, import)."""
        return PairingService(self.locks)

    def say_key_notice(self) -> None:
        """Print the one-time notice about where keys are kept, if it is due."""
        notice = self.storage.secrets.take_notice()
        if notice:
            print(f"Note: {notice}", file=sys.stderr)

    def close(self) -> None:
        """Close whatever was opened."""
        if self._storage is not None:
            self._storage.close()
            self._storage = None
