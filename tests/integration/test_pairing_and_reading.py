"""Pairing and reading through lockcare's CLI and services, against emulated locks.

Real tinytuya client, loopback only, ephemeral ports. The emulators' command records prove
that a whole pairing-and-polling run sends nothing but queries and heartbeats.
"""

from __future__ import annotations

import dataclasses
import json
import os
import sqlite3
import threading
from collections.abc import Iterator, Mapping
from pathlib import Path

import pytest

from lockcare.cli import main
from lockcare.devices.sim import QUIRK_BATTERY_UNKNOWN, SimChild, SimGateway, SimLock

pytestmark = pytest.mark.integration


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def devices_json(tmp_path: Path, entries: list[dict]) -> Path:
    path = tmp_path / "devices.json"
    path.write_text(json.dumps(entries))
    return path


def plain(value: object) -> object:
    """Profiles hold read-only mappings; devices.json needs plain dicts."""
    if isinstance(value, Mapping):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    return value


def lock_entry(sim: SimLock, name: str, *, version: str = "") -> dict:
    profile = sim.profile
    return {
        "name": name, "id": sim.device_id, "key": sim.local_key, "category": profile.category,
        "product_id": profile.product_id, "product_name": profile.name, "mapping": plain(profile.mapping),
        "ip": sim.host, "version": version or sim.version, "sub": False,
    }


@pytest.fixture
def sims() -> Iterator[list]:
    started: list = []
    yield started
    for sim in started:
        sim.stop()


def point_at_port(device_id: str, port: int) -> None:
    """devices.json carries no port: aim a paired device at its emulator's ephemeral port."""
    from lockcare.storage import open_storage

    storage = open_storage(Path(os.environ["LOCKCARE_DATA_DIR"]))
    try:
        stored = storage.locks.find(device_id)
        storage.locks.update(dataclasses.replace(stored, port=port))
    finally:
        storage.close()


@pytest.mark.parametrize("version", ["3.3", "3.4", "3.5"])
@pytest.mark.parametrize("profile", ["wifi_pro", "battery_state_only", "keep_alive"])
def test_import_read_and_store_each_profile(capsys, sims, tmp_path: Path, version: str, profile: str) -> None:
    sim = SimLock(profile=profile, version=version).start()
    sims.append(sim)
    code, _, err = run(capsys, "import-devices", str(devices_json(tmp_path, [lock_entry(sim, "Front door")])))
    assert code == 0, err
    point_at_port(sim.device_id, sim.port)
    code, out, err = run(capsys, "read", "Front door", "--json")
    assert code == 0, err
    result = json.loads(out)
    assert result["reachable"] is True
    assert set(result) >= {"lock", "id", "reachable", "battery", "alarms", "state", "read_at"}
    percent, level = sim.dps.get("12"), sim.dps.get("11", sim.dps.get("9"))
    assert result["battery"]["percent"] == (percent if isinstance(percent, int) else None)
    assert result["battery"]["level"] == level
    history = json.loads(run(capsys, "history", "Front door", "--json")[1])
    assert len(history["readings"]) == 1 and history["readings"][0]["source"] == "live"
    assert json.loads(run(capsys, "locks", "--json")[1])[0]["state"] == "ok"
    assert sim.control_commands() == []


@pytest.mark.parametrize("version", ["3.3", "3.4", "3.5"])
def test_add_by_hand_uses_the_family_defaults(capsys, sims, version: str) -> None:
    sim = SimLock(profile="wifi_pro", version=version).start()
    sims.append(sim)
    code, _, err = run(capsys, "add", "--name", "Front door", "--id", sim.device_id, "--address", sim.host,
                       "--port", str(sim.port), "--key", sim.local_key, "--version", version)
    assert code == 0, err
    result = json.loads(run(capsys, "read", "Front door", "--json")[1])
    assert result["battery"]["percent"] == sim.dps["12"]


def test_asleep_lock_fails_calmly_and_loses_nothing(capsys, sims) -> None:
    sim = SimLock(profile="wifi_pro", version="3.4").start()
    sims.append(sim)
    assert run(capsys, "add", "--name", "Front door", "--id", sim.device_id, "--address", sim.host,
               "--port", str(sim.port), "--key", sim.local_key, "--version", "3.4")[0] == 0
    assert run(capsys, "read", "Front door")[0] == 0
    sim.sleep()
    code, out, _ = run(capsys, "read", "Front door", "--json")
    assert code != 0
    result = json.loads(out)
    assert result["reachable"] is False
    assert result["error"]["kind"] == "asleep"
    assert "keypad" in result["error"]["message"]
    assert sim.local_key not in out
    state = json.loads(run(capsys, "locks", "--json")[1])[0]
    assert state["state"] == "asleep" and state["last_seen"] is not None
    assert len(json.loads(run(capsys, "history", "Front door", "--json")[1])["readings"]) == 1


@pytest.mark.parametrize("version", ["3.3", "3.4", "3.5"])
def test_wrong_key_is_named_without_showing_a_key(capsys, sims, version: str) -> None:
    sim = SimLock(profile="wifi_pro", version=version).start()
    sims.append(sim)
    wrong = "x" * 16
    assert run(capsys, "add", "--name", "Front door", "--id", sim.device_id, "--address", sim.host,
               "--port", str(sim.port), "--key", wrong, "--version", version)[0] == 0
    code, out, _ = run(capsys, "read", "Front door", "--json")
    assert code != 0
    result = json.loads(out)
    assert result["error"]["kind"] == "wrong-key"
    assert wrong not in out and sim.local_key not in out


def test_auto_version_keeps_the_one_that_answers(capsys, sims) -> None:
    sim = SimLock(profile="wifi_pro", version="3.4").start()
    sims.append(sim)
    code, _, err = run(capsys, "add", "--name", "Front door", "--id", sim.device_id, "--address", sim.host,
                       "--port", str(sim.port), "--key", sim.local_key, "--version", "auto")
    assert code == 0, err
    assert json.loads(run(capsys, "locks", "--json")[1])[0]["version"] == "3.4"


def test_quirky_battery_is_never_stored_as_a_reading(capsys, sims) -> None:
    sim = SimLock(profile="wifi_pro", version="3.3", quirks=frozenset({QUIRK_BATTERY_UNKNOWN})).start()
    sims.append(sim)
    sim.set_dps({"11": "high"}, push=False)
    run(capsys, "add", "--name", "Front door", "--id", sim.device_id, "--address", sim.host,
        "--port", str(sim.port), "--key", sim.local_key)
    result = json.loads(run(capsys, "read", "Front door", "--json")[1])
    assert result["battery"] == {"percent": None, "level": "high"}
    readings = json.loads(run(capsys, "history", "Front door", "--json")[1])["readings"]
    assert [(r["percent"], r["level"]) for r in readings] == [(None, "high")]


def test_import_gateway_with_two_children_and_poll_everything(capsys, sims, tmp_path: Path) -> None:
    front = SimLock(profile="wifi_pro", version="3.5").start()
    gateway = SimGateway(version="3.4", children=(SimChild("ble_gateway_child"), SimChild("ble_gateway_child"))).start()
    sims += [front, gateway]
    first, second = gateway.children
    gateway.set_child_online(second.node_id, False)
    entries = [
        lock_entry(front, "Front door"),
        {"name": "Hall hub", "id": gateway.device_id, "key": gateway.local_key, "category": "wg2",
         "ip": gateway.host, "version": gateway.version},
        {"name": "Back door", "id": first.device_id, "key": gateway.local_key, "category": "jtmspro",
         "sub": True, "node_id": first.node_id, "parent": gateway.device_id, "mapping": plain(first.profile.mapping)},
        {"name": "Shed", "id": second.device_id, "key": gateway.local_key, "category": "jtmspro",
         "sub": True, "node_id": second.node_id, "parent": gateway.device_id, "mapping": plain(second.profile.mapping)},
        {"name": "Kettle", "id": "bf0000000000000kettle", "key": "k" * 16, "category": "cz"},
    ]
    code, out, err = run(capsys, "import-devices", str(devices_json(tmp_path, entries)))
    assert code == 0, err
    assert "Added 3 lock(s)" in out and "Skipped 1 device" in out
    for sim in (front, gateway):
        point_at_port(sim.device_id, sim.port)

    code, out, _ = run(capsys, "poll", "--json")
    results = {r["lock"]: r for r in map(json.loads, out.splitlines())}
    assert code != 0  # one child is offline
    assert results["Front door"]["reachable"] is True
    assert results["Back door"]["reachable"] is True and results["Back door"]["via_gateway"] is True
    assert results["Back door"]["battery"]["percent"] == first.dps["8"]
    assert results["Shed"]["error"]["kind"] == "gateway-child-offline"
    assert front.control_commands() == [] and gateway.control_commands() == []
    assert {r.name for r in gateway.commands} <= {"SESS_KEY_NEG_START", "SESS_KEY_NEG_FINISH", "DP_QUERY_NEW",
                                                  "HEART_BEAT", "LAN_EXT_STREAM"}


def test_malformed_devices_json_imports_nothing(capsys, tmp_path: Path) -> None:
    bad = tmp_path / "devices.json"
    bad.write_text('[{"name": "Front door", "id": "bf3a1c0e5d2f4a6b7c8d01", "key": "fakekey0000000a1",\n "category": "ms"},\n {"name": "Back"')
    code, _, err = run(capsys, "import-devices", str(bad))
    assert code == 1
    assert "line 3" in err and "Nothing was imported" in err
    assert json.loads(run(capsys, "locks", "--json")[1]) == []


@pytest.mark.slow  # a scan listens for seconds
def test_scan_lists_a_broadcasting_lock_and_marks_paired_ones(capsys, sims) -> None:
    import socket

    probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()
    sim = SimLock(profile="wifi_pro", version="3.3", broadcast_ports=(port,), broadcast_interval=0.2).start()
    sims.append(sim)
    run(capsys, "add", "--name", "Front door", "--id", sim.device_id, "--address", sim.host,
        "--port", str(sim.port), "--key", sim.local_key)
    result: dict = {}

    def scan() -> None:
        result["out"] = run(capsys, "scan", "--seconds", "3", "--ports", str(port), "--json")

    thread = threading.Thread(target=scan)
    thread.start()
    thread.join(timeout=10)
    found = json.loads(result["out"][1])
    assert [(d["id"], d["paired"], d["version"]) for d in found] == [(sim.device_id, True, "3.3")]
    assert sim.control_commands() == []


@pytest.mark.slow  # waits for a wake-up
def test_poll_watch_reads_a_lock_the_moment_it_wakes(capsys, sims) -> None:
    import socket

    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    sim = SimLock(profile="wifi_pro", version="3.4", awake=False, broadcast_ports=(port,), broadcast_interval=0.2).start()
    sims.append(sim)
    run(capsys, "add", "--name", "Front door", "--id", sim.device_id, "--address", sim.host,
        "--port", str(sim.port), "--key", sim.local_key, "--version", "3.4")
    result: dict = {}

    def watch() -> None:
        result["run"] = main(["poll", "--watch", "--json", "--for", "6", "--interval", "600", "--ports", str(port)])

    thread = threading.Thread(target=watch)
    thread.start()
    database = Path(os.environ["LOCKCARE_DATA_DIR"]) / "lockcare.sqlite3"

    def first_round_recorded() -> bool:
        conn = sqlite3.connect(database)
        try:
            return conn.execute("SELECT state FROM lock_status").fetchall() == [("asleep",)]
        finally:
            conn.close()

    pause = threading.Event()
    for _ in range(200):  # up to 10 s for the first round to find the lock asleep
        if first_round_recorded():
            break
        pause.wait(0.05)
    sim.wake(seconds=4)  # now the lock wakes and announces itself
    thread.join(timeout=20)
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [line["reachable"] for line in lines] == [False, True]  # asleep at first, read when it woke
    assert lines[1]["battery"]["percent"] == sim.dps["12"]
    assert result["run"] == 0 and sim.control_commands() == []
