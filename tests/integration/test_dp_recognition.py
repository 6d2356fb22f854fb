"""Data points recognised by shape, end to end: real CLI, real tinytuya, emulated locks on loopback.

The CLI runs in a subprocess with its own data folder (``--data-dir``) and no keyring
(``PYTHON_KEYRING_BACKEND`` set to keyring's "fail" backend, so keys go to the key file):
nothing of the test's fixtures does the work for it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from lockcare.devices.sim import QUIRK_ALARM_INDEX, SimChild, SimGateway, SimLock

pytestmark = pytest.mark.integration


def lockcare(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run the real CLI in a subprocess on ``data_dir``."""
    env = {k: v for k, v in os.environ.items() if k not in ("LOCKCARE_DATA_DIR", "PYTHON_KEYRING_BACKEND")}
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    return subprocess.run([sys.executable, "-m", "lockcare", *args, "--data-dir", str(data_dir)],
                          env=env, capture_output=True, text=True, timeout=120)


@pytest.fixture
def sims() -> Iterator[list]:
    started: list = []
    yield started
    for sim in started:
        sim.stop()


def add_by_hand(data_dir: Path, sim: SimLock) -> None:
    result = lockcare(data_dir, "add", "--name", "Front door", "--id", sim.device_id, "--address", sim.host,
                      "--port", str(sim.port), "--key", sim.local_key, "--version", sim.version)
    assert result.returncode == 0, result.stderr


def test_a_ble_numbered_lock_added_by_hand_is_read_by_shape(sims, tmp_path: Path) -> None:
    # The lock: {"8": 41, "9": "medium", "21": "10", "47": true} on a plain Wi-Fi connection.
    sim = SimLock("ble_gateway_child", "3.3", quirks={QUIRK_ALARM_INDEX}).start()
    sims.append(sim)
    sim.set_dps({"8": 41, "9": "medium", "21": "low_battery", "47": True}, push=False)
    assert sim.dps == {"8": 41, "9": "medium", "21": "10", "47": True}
    add_by_hand(tmp_path, sim)
    result = lockcare(tmp_path, "read", "Front door", "--json")
    assert result.returncode == 0, result.stderr
    read = json.loads(result.stdout)
    assert read["battery"] == {"percent": 41, "level": "medium"}
    assert read["alarms"] == ["low_battery"]
    assert read["state"]["motor"] == "unlocked"
    history = json.loads(lockcare(tmp_path, "history", "Front door", "--json").stdout)
    assert [(r["percent"], r["level"]) for r in history["readings"]] == [(41, "medium")]

    sim.set_dps({"8": 40}, push=False)  # a later partial read: DP 8 alone stays the battery
    assert sim.dps["8"] == 40
    again = json.loads(lockcare(tmp_path, "read", "Front door", "--json").stdout)
    assert again["battery"]["percent"] == 40 and again["alarms"] == ["low_battery"]
    assert sim.control_commands() == []


def test_an_enum_only_lock_added_by_hand_keeps_its_level(sims, tmp_path: Path) -> None:
    sim = SimLock("battery_state_only", "3.4").start()
    sims.append(sim)
    sim.set_dps({"9": "low", "21": "wrong_finger"}, push=False)
    add_by_hand(tmp_path, sim)
    result = lockcare(tmp_path, "read", "Front door", "--json")
    assert result.returncode == 0, result.stderr
    read = json.loads(result.stdout)
    assert read["battery"] == {"percent": None, "level": "low"}
    assert read["alarms"] == ["wrong_finger"]


def test_messy_wizard_file_then_a_child_whose_mapping_names_no_battery(sims, tmp_path: Path) -> None:
    child = SimChild("ble_gateway_child")
    gateway = SimGateway(version="3.4", children=(child,)).start()
    sims.append(gateway)
    devices = [
        {"name": "Hall hub", "id": gateway.device_id, "key": gateway.local_key, "category": "wfcon",
         "product_name": "多模网关", "sub": True, "ip": gateway.host, "version": gateway.version, "mapping": {}},
        {"name": "后门", "id": child.device_id, "key": gateway.local_key, "category": "jtmspro",
         "product_name": "智能门锁", "sub": True, "node_id": child.node_id, "parent": gateway.device_id, "ip": "",
         "version": "", "mapping": {"47": {"code": "lock_motor_state", "type": "Boolean", "values": {}}}},
    ]
    path = tmp_path / "devices.json"
    path.write_text(json.dumps(devices, ensure_ascii=False), encoding="utf-8")
    data_dir = tmp_path / "data"
    imported = lockcare(data_dir, "import-devices", str(path))
    assert imported.returncode == 0, imported.stderr
    assert "Added 1 lock(s): 后门" in imported.stdout and "Gateways: Hall hub" in imported.stdout
    assert "not in this file" not in imported.stdout and "serve no lock" not in imported.stdout
    # devices.json carries no port: aim the gateway at its emulator the way a user would not need to.
    _point_at_port(data_dir, gateway.device_id, gateway.port)
    result = lockcare(data_dir, "read", "后门", "--json")
    assert result.returncode == 0, result.stderr + result.stdout
    read = json.loads(result.stdout)
    assert read["via_gateway"] is True
    assert read["battery"] == {"percent": child.dps["8"], "level": child.dps["9"]}
    assert gateway.control_commands() == []


def _point_at_port(data_dir: Path, device_id: str, port: int) -> None:
    import dataclasses

    from lockcare.storage import open_storage

    storage = open_storage(data_dir)
    try:
        stored = storage.locks.find(device_id)
        storage.locks.update(dataclasses.replace(stored, port=port))
    finally:
        storage.close()
