"""Services for tests, built by the real composition root on the test's data folder."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from lockcare.composition import build_services
from lockcare.services.registry import Services
from lockcare.storage import Storage, open_storage
from lockcare.storage.keys import KeyStore, MemoryKeyStore


@contextmanager
def opened_services(data_dir: Path, *, key_store: KeyStore | None = None, **options: object) -> Iterator[tuple[Storage, Services]]:
    """Open the data folder and build every service on it (keys in memory unless given); closed after."""
    storage = open_storage(data_dir)
    try:
        yield storage, build_services(storage, key_store=key_store if key_store is not None else MemoryKeyStore(), **options)  # type: ignore[arg-type]
    finally:
        storage.close()
