"""The test network guard refuses traffic that would leave the machine, from any thread or subprocess."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading

import pytest

from lockcare.devices.client import LockConnection, read_lock
from lockcare.devices.errors import DeviceError
from tests.support.netguard import GuardRecord, NetworkGuardError, is_loopback_host

TEST_NET = "192.0.2.1"  # TEST-NET-1 (RFC 5737): never routed, and refused before any packet anyway


def test_connect_outside_loopback_is_refused_and_recorded(network_guard: GuardRecord) -> None:
    with socket.socket() as sock, pytest.raises(NetworkGuardError):
        sock.connect((TEST_NET, 6668))
    with socket.socket() as sock, pytest.raises(NetworkGuardError):
        sock.connect_ex(("192.168.1.40", 6668))
    refused = network_guard.take()
    assert len(refused) == 2
    assert TEST_NET in refused[0] and "192.168.1.40" in refused[1]


@pytest.mark.parametrize("target", ["255.255.255.255", "<broadcast>", "192.168.1.255", "0.0.0.0", "10.0.0.2"])
def test_udp_sends_and_broadcasts_are_refused(network_guard: GuardRecord, target: str) -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST, 1)
        with pytest.raises(NetworkGuardError):
            sock.sendto(b"{}", (target, 7000))
    assert [target in line for line in network_guard.take()] == [True]


def test_host_name_lookups_are_refused(network_guard: GuardRecord) -> None:
    with pytest.raises(NetworkGuardError):
        socket.getaddrinfo("frontdoor.example", 6668)
    assert "frontdoor.example" in network_guard.take()[0]


def test_loopback_is_allowed(network_guard: GuardRecord) -> None:
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen(1)
        with socket.create_connection(server.getsockname(), timeout=2):
            conn, _ = server.accept()
            conn.close()
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as udp:
        udp.sendto(b"x", ("127.0.0.2", 9))
    socket.getaddrinfo("localhost", 80)
    assert network_guard.take() == []


@pytest.mark.parametrize(
    ("host", "loopback"),
    [("127.0.0.1", True), ("127.9.8.7", True), ("::1", True), ("::ffff:127.0.0.1", True), ("localhost", True),
     ("::ffff:192.0.2.1", False), ("192.168.1.40", False), ("", False), ("example.com", False), (None, False)],
)
def test_loopback_host_classification(host: object, loopback: bool) -> None:
    assert is_loopback_host(host) is loopback


def test_a_worker_thread_that_swallows_the_error_still_fails_the_test(network_guard: GuardRecord) -> None:
    outcome: list[str] = []

    def worker() -> None:
        try:
            socket.create_connection((TEST_NET, 6668), timeout=1).close()
            outcome.append("connected")
        except OSError:
            outcome.append("refused")  # code under test often treats this as "offline"

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join(10)
    assert outcome == ["refused"]
    assert len(network_guard.take()) == 1  # the teardown would have failed the test without this


def test_a_lock_read_never_reaches_a_lan_address(network_guard: GuardRecord) -> None:
    # tinytuya catches the refusal as a failed connect: the user-facing result is "asleep",
    # which is exactly why the guard records it and fails the test at teardown.
    conn = LockConnection(device_id="bf3a1c2d3e4f5a6b7c8d", address="192.168.1.40", version="3.3",
                          local_key="0123456789abcdef")
    with pytest.raises(DeviceError) as info:
        read_lock(conn, timeout=1.0, retries=0)
    assert info.value.kind == "asleep"
    refused = network_guard.take()
    assert refused and all("192.168.1.40" in line for line in refused)


def test_subprocesses_are_guarded_too(network_guard: GuardRecord) -> None:
    code = f"import socket; socket.create_connection(({TEST_NET!r}, 6668), timeout=1)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode != 0
    assert "test network guard" in result.stderr
    refused = network_guard.take()
    assert len(refused) == 1 and TEST_NET in refused[0]


def test_a_cli_subprocess_reading_a_lan_lock_is_refused_and_reported(network_guard: GuardRecord, tmp_path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "LOCKCARE_DATA_DIR"}
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"

    def lockcare(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "lockcare", *args, "--data-dir", str(tmp_path)],
                              env=env, capture_output=True, text=True, timeout=120)

    assert lockcare("add", "--name", "Front door", "--id", "bf3a1c2d3e4f5a6b7c8d", "--address", "192.168.1.40",
                    "--key", "0123456789abcdef").returncode == 0
    read = lockcare("read", "Front door", "--json")
    assert read.returncode == 3  # to the CLI it looks like an unreachable lock...
    refused = network_guard.take()
    assert refused and all("192.168.1.40" in line for line in refused)  # ...but the guard saw it and fails the test
