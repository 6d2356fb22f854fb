"""Test configuration shared by every suite.

* Qt runs headless (``QT_QPA_PLATFORM=offscreen``), set before anything imports Qt.
* No test, nor any ``lockcare`` process a test starts, touches the user's OS keyring:
  ``PYTHON_KEYRING_BACKEND`` names keyring's "fail" backend, so lockcare's own choice
  (a probe of the keyring, then the 0600 key file) runs for real in the test's data folder.
  Tests that need keys in memory ask for the ``key_store`` fixture and hand it to the
  composition root; subprocess tests that want a working keyring set the variable themselves.
* Each test gets its own data folder through ``LOCKCARE_DATA_DIR``.
* A WARNING (or worse) logged by lockcare fails the test unless the test asks for
  ``expect_log_warnings``; a Python thread left running fails it too.
* Tests never leave the machine: any connect, send or host-name lookup aimed outside
  127.0.0.0/8 and ``::1``, from any thread of this process or from a Python subprocess a
  test starts, is refused and fails the test (``tests/support/netguard.py``).
"""

from __future__ import annotations

import errno
import logging
import os
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"

import pytest  # noqa: E402

from lockcare.storage.keys import MemoryKeyStore  # noqa: E402
from tests.support import netguard  # noqa: E402

netguard.install()


class _WarningCollector(logging.Handler):
    def __init__(self) -> None:
        super().__init__(level=logging.WARNING)
        self.records: list[logging.LogRecord] = []
        self.expected = False

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh lockcare data folder for this test (also set as LOCKCARE_DATA_DIR)."""
    folder = tmp_path / "lockcare-data"
    monkeypatch.setenv("LOCKCARE_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def key_store() -> MemoryKeyStore:
    """Keys in memory, for a test that builds services through the composition root."""
    return MemoryKeyStore()


@pytest.fixture
def disk_full(monkeypatch: pytest.MonkeyPatch) -> Callable[[], None]:
    """Call it to make every file written from then on fail as on a full disk (ENOSPC when flushed)."""

    def fill() -> None:
        def refuse(_fd: int) -> None:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

        monkeypatch.setattr(os, "fsync", refuse)

    return fill


@pytest.fixture(autouse=True)
def _log_guard() -> Iterator[_WarningCollector]:
    collector = _WarningCollector()
    logger = logging.getLogger("lockcare")
    logger.addHandler(collector)
    yield collector
    logger.removeHandler(collector)
    from lockcare.logsetup import shutdown_logging

    shutdown_logging()  # close log files a CLI run or test opened in its temporary folder
    if collector.records and not collector.expected:
        lines = "; ".join(f"{r.levelname} {r.name}: {r.getMessage()}" for r in collector.records)
        pytest.fail(f"lockcare logged unexpected warnings: {lines}")


@pytest.fixture(autouse=True)
def _no_real_lan_broadcasts(monkeypatch: pytest.MonkeyPatch) -> None:
    """tinytuya's scanner must never solicit devices on the real network from a test."""
    import tinytuya.scanner

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("a test tried to broadcast a Tuya discovery request on the LAN")

    monkeypatch.setattr(tinytuya.scanner, "send_discovery_request", refuse)
    monkeypatch.setattr(tinytuya.scanner, "get_ip_to_broadcast", refuse)


@pytest.fixture(autouse=True)
def network_guard(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[netguard.GuardRecord]:
    """Fail the test if anything tried to reach a host outside loopback (see tests/support/netguard.py)."""
    record = netguard.GuardRecord(tmp_path / "network-guard.log")
    leftover = netguard.take_violations()
    if leftover:  # a thread outlived its test and then tried to leave the machine
        pytest.fail("refused after the previous test ended: " + "; ".join(leftover))
    monkeypatch.setenv(netguard.LOG_ENV, str(record.log_path))
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(filter(None, [str(netguard.SITE_DIR), os.environ.get("PYTHONPATH")])))
    yield record
    refused = record.take()
    if refused:
        pytest.fail("the test tried to leave the machine (use 127.0.0.1 and a closed port for a lock that must "
                    "look asleep): " + "; ".join(refused))


@pytest.fixture
def expect_log_warnings(_log_guard: _WarningCollector) -> list[logging.LogRecord]:
    """Request this in a test that expects lockcare to log warnings; the live list of them."""
    _log_guard.expected = True
    return _log_guard.records


@pytest.fixture(autouse=True)
def _fail_on_leaked_threads() -> Iterator[None]:
    before = set(threading.enumerate())
    yield
    deadline = time.monotonic() + 3.0
    leaked = [t for t in threading.enumerate() if t not in before and t.is_alive()]
    while leaked and time.monotonic() < deadline:
        leaked[0].join(timeout=0.1)
        leaked = [t for t in threading.enumerate() if t not in before and t.is_alive()]
    if leaked:
        pytest.fail(f"test left threads running: {[t.name for t in leaked]}")
