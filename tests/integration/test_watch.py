"""Reading a lock when it wakes: the shared policy, and ``lockcare poll --watch`` run for real.

Emulated locks broadcast on loopback ports the test picks; the real tinytuya client reads them.
"""

from __future__ import annotations

import json
import os
import queue
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from lockcare.core.models import Lock, LockKind
from lockcare.devices.sim import SimLock
from lockcare.services.registry import Services
from lockcare.services.watch import WakeWatch, lock_that_woke
from tests.support.services import opened_services

pytestmark = pytest.mark.integration


def free_udp_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def services(data_dir: Path) -> Iterator[Services]:
    with opened_services(data_dir) as (_, built):
        yield built


def test_a_waking_lock_is_heard_once_and_its_new_address_kept(services: Services) -> None:
    port = free_udp_port()
    heard: queue.SimpleQueue[tuple[str, str, str]] = queue.SimpleQueue()
    sim = SimLock("wifi_pro", "3.4", awake=False, broadcast_ports=(port,), broadcast_interval=0.05).start()
    stranger = SimLock("wifi_pro", "3.4", broadcast_ports=(port,), broadcast_interval=0.05).start()  # not paired
    watch = WakeWatch(services.locks, lambda *args: heard.put(args), ports=(port,), bind_address="127.0.0.1")
    try:
        lock = services.locks.add_lock(Lock(name="Front door", device_id=sim.device_id, address="127.0.0.9",
                                            port=sim.port, version="3.4"), sim.local_key)
        watch.start()
        sim.wake(seconds=2)
        device_id, address, version = heard.get(timeout=10)
        assert (device_id, address, version) == (sim.device_id, "127.0.0.1", "3.4")
        woke = lock_that_woke(services.locks, device_id, address)
        assert woke is not None and woke.id == lock.id and woke.address == "127.0.0.1"  # moved, and kept
        assert services.locks.resolve("Front door").address == "127.0.0.1"
        outcome = services.reading.read_now(woke)
        assert outcome.reachable and outcome.observation.battery_percent == sim.dps["12"]
        with pytest.raises(queue.Empty):
            heard.get(timeout=1.0)  # repeats within the debounce are not new wakes; the stranger is never heard
    finally:
        watch.stop()
        sim.stop()
        stranger.stop()
    assert not watch.running


def test_a_gateway_waking_moves_its_address_and_reads_nothing(services: Services) -> None:
    hub = services.locks.add_lock(Lock(name="Hall hub", device_id="bf11111111111111gw01", address="127.0.0.9",
                                       kind=LockKind.GATEWAY, version="3.4"), "0123456789abcdef")
    assert lock_that_woke(services.locks, hub.device_id, "127.0.0.1") is None
    assert services.locks.resolve("Hall hub").address == "127.0.0.1"
    assert lock_that_woke(services.locks, "bfnotpaired000000001", "127.0.0.1") is None


@pytest.mark.slow  # the CLI in a subprocess
def test_poll_watch_reads_a_lock_when_it_wakes(tmp_path: Path) -> None:
    """The real CLI in a subprocess: the first read finds the lock asleep, its wake-up is read at once."""
    port = free_udp_port()
    data = tmp_path / "data"
    env = {k: v for k, v in os.environ.items() if k != "LOCKCARE_DATA_DIR"}
    sim = SimLock("wifi_pro", "3.4", awake=False, broadcast_ports=(port,), broadcast_interval=0.2).start()
    try:
        added = subprocess.run(
            [sys.executable, "-m", "lockcare", "add", "--data-dir", str(data), "--name", "Front door", "--id",
             sim.device_id, "--address", "127.0.0.2", "--port", str(sim.port), "--key", sim.local_key,
             "--version", "3.4"], env=env, capture_output=True, text=True, timeout=120, check=False)
        assert added.returncode == 0, added.stderr
        with subprocess.Popen(
            [sys.executable, "-m", "lockcare", "poll", "--data-dir", str(data), "--watch", "--json", "--interval",
             "600", "--for", "90", "--ports", str(port)],
            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        ) as proc:
            try:
                first = json.loads(proc.stdout.readline())
                assert first["reachable"] is False and first["error"]["kind"] == "asleep"
                sim.wake(seconds=8)  # it announces itself every 0.2 s while awake
                woke = json.loads(proc.stdout.readline())
            finally:
                proc.terminate()
                proc.communicate(timeout=30)
        assert woke["reachable"] is True and woke["battery"]["percent"] == sim.dps["12"]
        assert sim.control_commands() == []
    finally:
        sim.stop()
    listed = subprocess.run([sys.executable, "-m", "lockcare", "locks", "--json", "--data-dir", str(data)],
                            env=env, capture_output=True, text=True, timeout=120, check=False)
    assert json.loads(listed.stdout)[0]["address"] == "127.0.0.1"  # the move it heard was kept
