"""A device that talks nonsense: every read ends within its deadline and says "garbled", not "wrong key".

The hostile device (tests/support/hostile_device.py) speaks proper Tuya until asked for a
status, then misbehaves. Reads run in a helper thread joined with a generous timeout, so a
read that is not bounded fails the test instead of hanging the suite; how long a bounded
read takes is measured in benchmarks/hostile_reads.py, not asserted here.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from lockcare.devices.client import LockConnection, probe_version, read_lock
from lockcare.devices.errors import DeviceError
from lockcare.devices.sim import SimLock
from tests.support.hostile_device import HostileDevice

pytestmark = pytest.mark.integration

DEADLINE = 1.5  # short, so the trickle test is quick; the CLI uses the default (a few seconds)
LIVENESS = 60.0  # not a timing threshold: only there so an unbounded read cannot hang the suite

CASES = [
    ("trickle", "3.3", "too slowly"), ("trickle", "3.4", "too slowly"), ("trickle", "3.5", "too slowly"),
    ("flood", "3.3", "not Tuya frames"), ("flood", "3.4", "not Tuya frames"), ("flood", "3.5", "not Tuya frames"),
    ("oversized", "3.3", "oversized"), ("oversized", "3.4", "oversized"),
    ("bad-crc", "3.3", "checksum is wrong"),
    ("deep-json", "3.3", "nested"), ("deep-json", "3.4", "nested"), ("deep-json", "3.5", "nested"),
    ("not-json", "3.3", "not valid JSON"), ("not-json", "3.4", "not valid JSON"), ("not-json", "3.5", "not valid JSON"),
]


def _bounded(call) -> BaseException | object:  # noqa: ANN001
    """Run ``call`` in a thread; return its result or exception, failing if it never ends."""
    outcome: list[object] = []

    def run() -> None:
        try:
            outcome.append(call())
        except BaseException as exc:  # handed back to the test
            outcome.append(exc)

    thread = threading.Thread(target=run, name="bounded-read")
    thread.start()
    thread.join(LIVENESS)
    assert not thread.is_alive(), "the read did not end: it is not bounded"
    return outcome[0]


def _conn(device: HostileDevice, version: str) -> LockConnection:
    return LockConnection(device.device_id, address=device.host, port=device.port, version=version,
                          local_key=device.local_key)


@pytest.mark.parametrize(("mode", "version", "reason"), CASES, ids=[f"{m}-{v}" for m, v, _ in CASES])
def test_nonsense_is_garbled_and_bounded(mode: str, version: str, reason: str) -> None:
    # A trickle this slow would take about 25 s to deliver its (valid) reply without the deadline.
    with HostileDevice(mode, version=version, interval=0.02, padding=1000) as device:
        outcome = _bounded(lambda: read_lock(_conn(device, version), timeout=1.0, deadline=DEADLINE))
    assert isinstance(outcome, DeviceError), outcome
    assert outcome.kind == "garbled"
    assert reason in outcome.message
    assert "not a key problem" in outcome.message and "check its local key" not in outcome.message


@pytest.mark.parametrize("version", ["3.3", "3.4", "3.5"])
def test_an_awake_but_mute_device_is_silent_not_garbled(version: str) -> None:
    # The handshake succeeds, then nothing: the deadline ends the read between frames.
    with HostileDevice("mute", version=version) as device:
        outcome = _bounded(lambda: read_lock(_conn(device, version), timeout=1.0, deadline=DEADLINE))
    assert isinstance(outcome, DeviceError) and outcome.kind == "silent", outcome


def test_version_probing_stops_at_nonsense() -> None:
    with HostileDevice("flood") as device:
        outcome = _bounded(lambda: probe_version(_conn(device, "auto"), deadline=DEADLINE))
        assert isinstance(outcome, DeviceError) and outcome.kind == "garbled"
        assert device.connections == 1  # 3.5 saw nonsense; 3.4 and 3.3 were not tried


def test_a_healthy_lock_still_reads_within_the_same_bounds() -> None:
    for version in ("3.3", "3.4", "3.5"):
        with SimLock("wifi_pro", version) as sim:
            read = read_lock(LockConnection(sim.device_id, address=sim.host, port=sim.port, version=version,
                                            local_key=sim.local_key), timeout=1.0, deadline=DEADLINE)
            assert read.dps == sim.dps


def test_a_wrong_key_is_still_a_wrong_key() -> None:
    for version in ("3.3", "3.4", "3.5"):
        with SimLock("wifi_pro", version) as sim:
            conn = LockConnection(sim.device_id, address=sim.host, port=sim.port, version=version,
                                  local_key="0123456789abcdef")
            with pytest.raises(DeviceError) as info:
                read_lock(conn, timeout=1.0, deadline=DEADLINE)
            assert info.value.kind == "wrong-key", version


@pytest.mark.parametrize("mode", ["trickle", "flood"])
def test_the_cli_reports_garbled_in_json_and_in_words(tmp_path: Path, mode: str) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("LOCKCARE_DATA_DIR", "PYTHON_KEYRING_BACKEND")}
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"

    def lockcare(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "lockcare", *args, "--data-dir", str(tmp_path)], env=env,
                              capture_output=True, text=True, timeout=LIVENESS)

    with HostileDevice(mode, interval=0.02, padding=1000) as device:
        added = lockcare("add", "--name", "Front door", "--id", device.device_id, "--address", device.host,
                         "--port", str(device.port), "--key", device.local_key, "--version", "3.3")
        assert added.returncode == 0, added.stderr
        as_json = lockcare("read", "Front door", "--json")
        in_words = lockcare("read", "Front door")
    assert as_json.returncode == 3 and in_words.returncode == 3
    result = json.loads(as_json.stdout)
    assert result["reachable"] is False and result["error"]["kind"] == "garbled"
    assert "not like a Tuya device" in in_words.stdout and "(garbled)" in in_words.stdout
    assert device.local_key not in as_json.stdout + in_words.stdout
    locks = json.loads(lockcare("locks", "--json").stdout)
    assert locks[0]["state"] == "garbled"
