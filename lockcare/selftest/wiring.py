"""The services the self-test drives, built by the application's one composition root."""

from __future__ import annotations

from pathlib import Path

from lockcare.composition import open_services as _open_services
from lockcare.services.registry import Services
from lockcare.storage import Storage
from lockcare.storage.keys import MemoryKeyStore


def open_services(data_dir: Path) -> tuple[Storage, Services]:
    """Open storage in ``data_dir`` and build every service on it.

    Keys go to an in-memory key store: the self-test never touches the user's keyring.
    The caller closes the returned storage.
    """
    return _open_services(data_dir, key_store=MemoryKeyStore())
