"""Local keys: OS keyring first, a 0600 file when no keyring works, never in logs."""

from __future__ import annotations

import logging
import stat
from pathlib import Path

import keyring.backends.fail
import pytest

from lockcare.logsetup import configure_logging
from lockcare.redaction import redact, register_secret
from lockcare.storage.secrets import SecretStore
from tests.support.memory_keyring import BrokenKeyring, MemoryKeyring

KEY = "0123456789abcdef"


def test_keys_go_to_the_keyring_when_one_works(tmp_path: Path) -> None:
    backend = MemoryKeyring()
    store = SecretStore(tmp_path, backend=backend)
    store.set_key("dev1", KEY)
    assert backend.passwords[("lockcare", "dev1")] == KEY
    assert store.get_key("dev1") == KEY
    assert not store.file_path.exists()
    assert store.take_notice() is None
    store.delete_key("dev1")
    assert store.get_key("dev1") is None


def test_falls_back_to_a_private_file_and_says_so_once(tmp_path: Path) -> None:
    store = SecretStore(tmp_path, backend=keyring.backends.fail.Keyring())
    assert store.uses_file
    store.set_key("dev1", KEY)
    assert stat.S_IMODE(store.file_path.stat().st_mode) == 0o600
    assert SecretStore(tmp_path, backend=keyring.backends.fail.Keyring()).get_key("dev1") == KEY
    notice = store.take_notice()
    assert notice is not None and "keys.json" in notice and KEY not in notice
    assert store.take_notice() is None
    assert SecretStore(tmp_path, backend=keyring.backends.fail.Keyring()).take_notice() is None


def test_a_keyring_that_fails_at_use_falls_back_to_the_file(tmp_path: Path, expect_log_warnings: list) -> None:
    store = SecretStore(tmp_path, backend=BrokenKeyring())
    store.set_key("dev1", KEY)
    assert store.get_key("dev1") == KEY
    assert store.uses_file
    assert any("keyring refused" in r.getMessage() for r in expect_log_warnings)
    assert all(KEY not in r.getMessage() for r in expect_log_warnings)


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
    store = SecretStore(tmp_path, backend=backend)
    assert [store.get_key("dev1") for _ in range(5)] == [KEY] * 5
    assert reads == ["dev1"]
    store.set_key("dev1", "fedcba9876543210")
    assert store.get_key("dev1") == "fedcba9876543210"
    store.delete_key("dev1")
    assert store.get_key("dev1") is None
