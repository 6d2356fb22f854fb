"""A lock and its key are stored in one all-or-nothing step (adding by hand and importing)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from lockcare.composition import build_services
from lockcare.core.models import Lock
from lockcare.services.key_writes import with_keys
from lockcare.storage import open_storage
from lockcare.storage.errors import StorageError
from lockcare.storage.keys import FileKeyStore, KeyStoreError, MemoryKeyStore

KEY = "0123456789abcdef"
FRONT = Lock(name="Front door", device_id="bf3a1c2d3e4f5a6b7c8d", address="192.0.2.40", version="3.4")


def devices(*names: str) -> str:
    return json.dumps([
        {"name": name, "id": f"bf3a1c2d3e4f5a6b7c{n:02d}", "key": f"fakekey00000000{n}", "category": "jtmspro",
         "ip": "192.0.2.50", "version": "3.4"}
        for n, name in enumerate(names)
    ])


class RefusingOne(MemoryKeyStore):
    """A keyring-like store that refuses one device's key (each key is its own entry)."""

    def __init__(self, refused: str, keys: dict[str, str]) -> None:
        super().__init__(keys)
        self.refused = refused

    def set(self, device_id: str, key: str) -> None:
        if device_id == self.refused:
            raise KeyStoreError("The system keyring refused the key (the wallet is locked).")
        super().set(device_id, key)


def test_a_full_disk_while_saving_the_key_adds_nothing(data_dir: Path, disk_full) -> None:
    storage = open_storage(data_dir)
    try:
        keys = FileKeyStore(data_dir / "keys.json")
        services = build_services(storage, key_store=keys)
        disk_full()
        with pytest.raises(KeyStoreError) as caught:
            services.locks.add_lock(FRONT, KEY)
        assert "No space left on device" in str(caught.value)
        assert "“Front door” was not added; nothing was changed." in str(caught.value)
        assert KEY not in str(caught.value)
        assert services.locks.locks() == []
        assert storage.maintenance.tasks() == []
        assert not (data_dir / "keys.json").exists()
    finally:
        storage.close()


def test_the_key_is_written_before_the_lock_is_committed(data_dir: Path) -> None:
    """Killed at any moment, an add leaves no lock without its key (at worst a key without a lock)."""
    seen: list[int] = []

    class Watching(MemoryKeyStore):
        def set(self, device_id: str, key: str) -> None:
            other = sqlite3.connect(data_dir / "lockcare.sqlite3")  # what a crash right now would leave
            try:
                seen.append(other.execute("SELECT COUNT(*) FROM locks").fetchone()[0])
            finally:
                other.close()
            super().set(device_id, key)

    storage = open_storage(data_dir)
    try:
        services = build_services(storage, key_store=Watching())
        services.locks.add_lock(FRONT, KEY)
        services.pairing.import_devices_text(devices("Back door", "Garage gate"))
    finally:
        storage.close()
    assert seen == [0, 1, 1]  # each key went in while its lock was not yet committed


def test_an_import_that_cannot_save_every_key_imports_nothing_and_puts_keys_back(data_dir: Path) -> None:
    keys = RefusingOne("bf3a1c2d3e4f5a6b7c01", keys={"bf3a1c2d3e4f5a6b7c00": "an0ldkey00000000"})
    storage = open_storage(data_dir)
    try:
        services = build_services(storage, key_store=keys)
        with pytest.raises(KeyStoreError, match="wallet is locked.*Nothing was imported"):
            services.pairing.import_devices_text(devices("Front door", "Back door"))
        assert services.locks.locks() == []
        assert keys.keys == {"bf3a1c2d3e4f5a6b7c00": "an0ldkey00000000"}  # the first key written was undone
    finally:
        storage.close()


def test_an_import_on_a_full_disk_leaves_the_key_file_as_it_was(data_dir: Path, disk_full) -> None:
    path = data_dir / "keys.json"
    storage = open_storage(data_dir)
    try:
        keys = FileKeyStore(path)
        keys.set("bf3a1c2d3e4f5a6b7c00", "an0ldkey00000000")
        services = build_services(storage, key_store=keys)
        disk_full()
        with pytest.raises(KeyStoreError, match="No space left on device.*Nothing was imported"):
            services.pairing.import_devices_text(devices("Front door", "Back door"))
        assert services.locks.locks() == []
        assert json.loads(path.read_text(encoding="utf-8")) == {"bf3a1c2d3e4f5a6b7c00": "an0ldkey00000000"}
    finally:
        storage.close()


def test_an_import_interrupted_after_a_key_was_saved_leaves_no_key_and_no_lock(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    keys = MemoryKeyStore()
    storage = open_storage(data_dir)
    try:
        services = build_services(storage, key_store=keys)
        calls = 0
        original = storage.locks.add

        def failing_second_add(lock: Lock) -> Lock:
            nonlocal calls
            calls += 1
            if calls == 2:
                raise StorageError("The database could not save this change (disk I/O error).")
            return original(lock)

        monkeypatch.setattr(storage.locks, "add", failing_second_add)
        with pytest.raises(StorageError, match="disk I/O error"):
            services.pairing.import_devices_text(devices("Front door", "Back door"))
        assert storage.locks.list() == [] and keys.keys == {}
    finally:
        storage.close()


def test_keys_are_put_back_when_the_commit_fails() -> None:
    keys = MemoryKeyStore({"bf3a1c2d3e4f5a6b7c00": "an0ldkey00000000"})

    @contextmanager
    def failing_commit() -> Iterator[None]:
        yield
        raise StorageError("The database could not save this change (disk I/O error).")

    with pytest.raises(StorageError), with_keys(failing_commit, keys) as put:
        put("bf3a1c2d3e4f5a6b7c00", "fakekey000000000")
        put("bf3a1c2d3e4f5a6b7c01", "fakekey000000001")
    assert keys.keys == {"bf3a1c2d3e4f5a6b7c00": "an0ldkey00000000"}
