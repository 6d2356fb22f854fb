"""Local keys: the OS keyring when it works, a 0600 file when not, memory only when asked; never in logs."""

from __future__ import annotations

import json
import logging
import stat
from pathlib import Path

import keyring.backend
import keyring.backends.fail
import pytest

from lockcare.logsetup import configure_logging
from lockcare.redaction import redact, register_secret
from lockcare.storage.keys import (
    FileKeyStore,
    KeyNotice,
    KeyringKeyStore,
    KeyStoreError,
    MemoryKeyStore,
    choose_key_store,
)
from tests.support.memory_keyring import BrokenKeyring, LockedLaterKeyring, MemoryKeyring

KEY = "0123456789abcdef"


def test_keys_go_to_the_keyring_when_one_works(tmp_path: Path) -> None:
    backend = MemoryKeyring()
    store = choose_key_store(tmp_path, backend=backend)
    assert isinstance(store, KeyringKeyStore) and store.kind == "keyring" and not store.is_fallback
    assert backend.passwords == {}  # the probe cleaned up after itself
    store.set("dev1", KEY)
    assert backend.passwords[("lockcare", "dev1")] == KEY
    assert store.get("dev1") == KEY
    assert not (tmp_path / "keys.json").exists()
    assert KeyNotice(store, tmp_path).take() is None
    store.delete("dev1")
    assert store.get("dev1") is None


def test_falls_back_to_a_private_file_and_says_so_once(tmp_path: Path) -> None:
    store = choose_key_store(tmp_path, backend=keyring.backends.fail.Keyring())
    assert isinstance(store, FileKeyStore) and store.is_fallback and store.kind == "file"
    store.set("dev1", KEY)
    assert stat.S_IMODE(store.path.stat().st_mode) == 0o600
    assert choose_key_store(tmp_path, backend=keyring.backends.fail.Keyring()).get("dev1") == KEY
    notice = KeyNotice(store, tmp_path).take()
    assert notice is not None and "keys.json" in notice and KEY not in notice
    assert KeyNotice(store, tmp_path).take() is None  # once per data folder, not once per process


def test_a_keyring_that_fails_its_probe_is_never_trusted(tmp_path: Path) -> None:
    store = choose_key_store(tmp_path, backend=BrokenKeyring())
    assert isinstance(store, FileKeyStore)
    store.set("dev1", KEY)
    assert json.loads((tmp_path / "keys.json").read_text()) == {"dev1": KEY}


def test_a_keyring_that_refuses_later_sends_the_key_to_the_file(tmp_path: Path, expect_log_warnings: list) -> None:
    backend = LockedLaterKeyring()
    store = choose_key_store(tmp_path, backend=backend)
    assert isinstance(store, KeyringKeyStore)
    backend.locked = True
    store.set("dev1", KEY)
    assert store.get("dev1") == KEY
    assert choose_key_store(tmp_path, backend=MemoryKeyring()).get("dev1") == KEY  # found in the file next time
    assert store.is_fallback and KeyNotice(store, tmp_path).take() is not None
    assert any("keyring refused" in r.getMessage() for r in expect_log_warnings)
    assert all(KEY not in r.getMessage() for r in expect_log_warnings)


def test_the_memory_store_is_not_a_keyring_backend() -> None:
    # keyring registers every KeyringBackend subclass as a process-wide candidate; that is
    # how a memory-only store once became the default and keys vanished at exit.
    assert not issubclass(MemoryKeyStore, keyring.backend.KeyringBackend)
    import lockcare.demo  # noqa: F401 - load everything that could define a key store

    registered = keyring.backend.KeyringBackend._classes  # type: ignore[attr-defined]
    assert not any(cls.__module__.startswith(("lockcare", "tests")) for cls in registered)
    store = MemoryKeyStore()
    store.set("dev1", KEY)
    assert store.get("dev1") == KEY and store.notice is None and not store.is_fallback


def test_a_damaged_key_file_is_left_alone_and_the_write_refused(tmp_path: Path, expect_log_warnings: list) -> None:
    path = tmp_path / "keys.json"
    path.write_text('{"dev1": "0123', encoding="utf-8")
    store = FileKeyStore(path)
    assert store.get("dev1") is None
    with pytest.raises(KeyStoreError, match="damaged"):
        store.set("dev2", KEY)
    assert path.read_text(encoding="utf-8") == '{"dev1": "0123'
    assert any("could not be read" in r.getMessage() for r in expect_log_warnings)


def test_an_unusable_key_file_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "keys.json").mkdir()  # not a file: no one, not even root, can write it as one
    with pytest.raises(KeyStoreError, match=r"keys\.json cannot be read \(Is a directory\).*saved no key"):
        FileKeyStore(tmp_path / "keys.json").set("dev1", KEY)


def test_a_full_disk_while_writing_the_key_file_is_a_clear_error(tmp_path: Path, disk_full) -> None:
    store = FileKeyStore(tmp_path / "keys.json")
    store.set("dev1", KEY)
    disk_full()
    with pytest.raises(KeyStoreError, match=r"Could not save the local key in .*keys\.json \(No space left on device\)"):
        store.set("dev2", "fedcba9876543210")
    assert json.loads((tmp_path / "keys.json").read_text()) == {"dev1": KEY}
    assert [p.name for p in tmp_path.iterdir()] == ["keys.json"]  # no temporary file left behind


def test_the_file_store_sees_keys_another_process_wrote(tmp_path: Path) -> None:
    mine, theirs = FileKeyStore(tmp_path / "keys.json"), FileKeyStore(tmp_path / "keys.json")
    assert mine.get("dev1") is None
    theirs.set("dev1", KEY)
    assert mine.get("dev1") == KEY


def test_log_files_never_contain_a_registered_key(data_dir: Path, expect_log_warnings: list) -> None:
    configure_logging()
    register_secret(KEY)
    logger = logging.getLogger("lockcare.test")
    logger.info("connecting with %s", KEY)
    logger.info('payload {"key": "%s", "local_key": "abcdefabcdefabcd"}', "zzzzzzzzzzzzzzzz")
    try:
        raise ValueError(f"bad key {KEY}")
    except ValueError:
        logger.exception("failed")
    for handler in logging.getLogger("lockcare").handlers:
        handler.flush()
    text = (data_dir / "logs" / "lockcare.log").read_text()
    assert "connecting with ***" in text
    assert KEY not in text
    assert "abcdefabcdefabcd" not in text and "zzzzzzzzzzzzzzzz" not in text
    assert "bad key ***" in text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("local_key=abcdef0123456789 rest", "local_key=*** rest"),
        ("'key': 'abcdef0123456789'", "'key': '***'"),
        ("nothing secret here", "nothing secret here"),
    ],
)
def test_redact_masks_key_shaped_values(text: str, expected: str) -> None:
    assert redact(text) == expected


def test_tinytuya_debug_output_never_reaches_the_log(data_dir: Path) -> None:
    configure_logging(verbose=True)
    logging.getLogger("tinytuya").debug("session key %s", KEY)
    logging.getLogger("tinytuya").warning("payload with local_key=%s", "qqqqqqqqqqqqqqqq")
    for handler in logging.getLogger("tinytuya").handlers:
        handler.flush()
    text = (data_dir / "logs" / "lockcare.log").read_text()
    assert "session key" not in text
    assert "payload with local_key=***" in text and "qqqqqqqqqqqqqqqq" not in text


def test_keys_are_read_from_the_keyring_once(tmp_path: Path) -> None:
    backend = MemoryKeyring()
    backend.passwords[("lockcare", "dev1")] = KEY
    reads: list[str] = []
    original = backend.get_password
    backend.get_password = lambda service, user: reads.append(user) or original(service, user)  # type: ignore[method-assign]
    store = KeyringKeyStore(backend, FileKeyStore(tmp_path / "keys.json"))
    assert [store.get("dev1") for _ in range(5)] == [KEY] * 5
    assert reads == ["dev1"]
    store.set("dev1", "fedcba9876543210")
    assert store.get("dev1") == "fedcba9876543210"
    store.delete("dev1")
    assert store.get("dev1") is None


def test_the_key_store_is_chosen_when_the_first_key_is_needed(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from lockcare import composition
    from lockcare.core.models import Lock

    chosen: list[Path] = []

    def choose(folder: Path) -> FileKeyStore:
        chosen.append(folder)
        return FileKeyStore(folder / "keys.json")

    monkeypatch.setattr(composition, "choose_key_store", choose)
    storage, services = composition.open_services(data_dir)
    try:
        services.locks.summaries()
        services.plan.due()
        assert chosen == []  # showing locks needs no key: no keyring start-up, no probe
        services.locks.add_lock(Lock(name="Front door", device_id="bf3a1c2d3e4f5a6b7c8d", address="127.0.0.1"), KEY)
        assert chosen == [data_dir]
        assert services.locks.local_key(services.locks.resolve("Front door")) == KEY and chosen == [data_dir]
    finally:
        storage.close()
