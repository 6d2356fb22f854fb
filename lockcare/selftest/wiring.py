"""The services the self-test drives, built the way the CLI builds them.

This is the one place that wires storage and services for the self-test; when the
application gains a single composition root, this function becomes a call to it.
"""

from __future__ import annotations

from pathlib import Path

from lockcare.services.battery import BatteryService
from lockcare.services.locks import LockService
from lockcare.services.maintenance import MaintenanceService
from lockcare.services.pairing import PairingService, probe_lock_version
from lockcare.services.reading import ReadService
from lockcare.services.registry import Services
from lockcare.services.troubleshoot import TroubleshootService
from lockcare.storage import Storage, open_storage
from lockcare.storage.secrets import EphemeralKeyring


def open_services(data_dir: Path) -> tuple[Storage, Services]:
    """Open storage in ``data_dir`` and build every service on it.

    Keys go to an in-memory key store: the self-test never touches the user's keyring.
    The caller closes the returned storage.
    """
    storage = open_storage(data_dir, keyring_backend=EphemeralKeyring())
    locks = LockService(storage, version_probe=probe_lock_version)
    battery = BatteryService(storage)
    maintenance = MaintenanceService(storage, forecaster=battery.forecast)
    services = Services(
        locks=locks,
        reading=ReadService(locks),
        pairing=PairingService(locks),
        maintenance=maintenance,
        battery=battery,
        troubleshoot=TroubleshootService(locks, maintenance),
    )
    return storage, services
