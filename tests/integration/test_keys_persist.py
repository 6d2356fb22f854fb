"""Local keys survive the process: the real ``lockcare`` CLI in subprocesses, no fixture in between.

Each run gets a clean environment: its own home and XDG folders (so no real keyring file or
data folder can be touched), no ``LOCKCARE_DATA_DIR``, and the keyring backend named
explicitly, as a user without an OS keyring (or with ``keyrings.alt``) would have it. One
process adds the lock; a new process reads it from lockcare's emulated lock on loopback.
"""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from lockcare.devices.sim import SimLock

pytestmark = [pytest.mark.integration, pytest.mark.slow]

NO_KEYRING = "keyring.backends.fail.Keyring"
FILE_KEYRING = "keyrings.alt.file.PlaintextKeyring"


_SESSION = ("LOCKCARE_DATA_DIR", "PYTHON_KEYRING_BACKEND", "DBUS_SESSION_BUS_ADDRESS", "DISPLAY", "WAYLAND_DISPLAY")


def clean_env(tmp_path: Path, backend: str | None) -> dict[str, str]:
    """The environment of a user whose home is ``tmp_path/home``, with no desktop session.

    Args:
        tmp_path: The test's folder.
        backend: The keyring backend to name, or None to let ``keyring`` choose (then only a
            file backend in the fake home can work: the session bus is out of reach).
    """
    home = tmp_path / "home"
    env = {k: v for k, v in os.environ.items() if k not in _SESSION}
    env.update(
        HOME=str(home), USERPROFILE=str(home), APPDATA=str(home / "AppData"), LOCALAPPDATA=str(home / "AppData"),
        XDG_DATA_HOME=str(home / "share"), XDG_CONFIG_HOME=str(home / "config"),
        XDG_STATE_HOME=str(home / "state"), XDG_CACHE_HOME=str(home / "cache"), XDG_RUNTIME_DIR=str(home / "run"),
    )
    if backend is not None:
        env["PYTHON_KEYRING_BACKEND"] = backend
    return env


def lockcare(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    """Run the real command line in a new process."""
    return subprocess.run([sys.executable, "-m", "lockcare", *args], env=env, capture_output=True, text=True,
                          timeout=120, check=False)


@pytest.fixture
def sim() -> Iterator[SimLock]:
    lock = SimLock(profile="wifi_pro", version="3.4").start()
    yield lock
    lock.stop()


def add_args(data: Path, sim: SimLock, name: str = "Front door") -> list[str]:
    return ["add", "--data-dir", str(data), "--name", name, "--id", sim.device_id, "--address", sim.host,
            "--port", str(sim.port), "--key", sim.local_key, "--version", sim.version]


def read_in_a_new_process(env: dict[str, str], data: Path, sim: SimLock) -> dict:
    read = lockcare(env, "read", "Front door", "--json", "--data-dir", str(data))
    assert read.returncode == 0, read.stdout + read.stderr
    return json.loads(read.stdout)


def test_without_any_keyring_the_key_goes_to_a_private_file_and_survives(tmp_path: Path, sim: SimLock) -> None:
    env, data = clean_env(tmp_path, NO_KEYRING), tmp_path / "data"
    added = lockcare(env, *add_args(data, sim))
    assert added.returncode == 0, added.stderr
    assert sim.local_key not in added.stdout + added.stderr
    key_file = data / "keys.json"
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert json.loads(key_file.read_text(encoding="utf-8")) == {sim.device_id: sim.local_key}
    assert added.stderr.count("No system keyring is available") == 1 and str(key_file) in added.stderr

    result = read_in_a_new_process(env, data, sim)
    assert result["reachable"] is True and result["battery"]["percent"] == sim.dps["12"]

    second = lockcare(env, "add", "--data-dir", str(data), "--name", "Back door", "--id", "bf3a1c2d3e4f5a6b7c8e",
                      "--address", "127.0.0.1", "--key", "0123456789abcdef", "--version", "3.3")
    assert second.returncode == 0, second.stderr
    assert "No system keyring" not in second.stderr  # said once, not on every add
    assert set(json.loads(key_file.read_text(encoding="utf-8"))) == {sim.device_id, "bf3a1c2d3e4f5a6b7c8e"}


def test_a_file_keyring_backend_keeps_the_key_between_processes(tmp_path: Path, sim: SimLock) -> None:
    pytest.importorskip("keyrings.alt")
    env, data = clean_env(tmp_path, FILE_KEYRING), tmp_path / "data"
    added = lockcare(env, *add_args(data, sim))
    assert added.returncode == 0, added.stderr
    assert "No system keyring" not in added.stderr
    assert not (data / "keys.json").exists()  # the keyring took it
    keyring_file = tmp_path / "home" / "share" / "python_keyring" / "keyring_pass.cfg"
    assert sim.device_id in keyring_file.read_text(encoding="utf-8")

    result = read_in_a_new_process(env, data, sim)
    assert result["reachable"] is True and result["battery"]["percent"] == sim.dps["12"]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="elsewhere keyring's own choice is the user's real keychain")
def test_with_keyrings_own_choice_the_key_survives_the_process(tmp_path: Path, sim: SimLock) -> None:
    """No backend named: whatever ``keyring`` picks on a machine without a desktop session.

    This is how a memory-only store once won (``keyring`` registers every backend subclass
    it sees, and lockcare defined one): "Added", then "No local key is stored" next time.
    """
    env, data = clean_env(tmp_path, None), tmp_path / "data"
    added = lockcare(env, *add_args(data, sim))
    assert added.returncode == 0, added.stderr
    result = read_in_a_new_process(env, data, sim)
    assert result["reachable"] is True and result["battery"]["percent"] == sim.dps["12"]


def test_a_key_that_cannot_be_written_refuses_the_add_and_adds_nothing(tmp_path: Path, sim: SimLock) -> None:
    env, data = clean_env(tmp_path, NO_KEYRING), tmp_path / "data"
    (data / "keys.json").mkdir(parents=True)  # the key file's place is taken: unwritable, even for root
    added = lockcare(env, *add_args(data, sim))
    assert added.returncode == 1
    lines = added.stderr.strip().splitlines()
    assert len(lines) == 1 and "keys.json" in lines[0]
    assert "“Front door” was not added; nothing was changed." in lines[0]
    assert "Traceback" not in added.stderr and sim.local_key not in added.stderr

    listed = lockcare(env, "locks", "--json", "--data-dir", str(data))
    assert listed.returncode == 0 and json.loads(listed.stdout) == []
    due = lockcare(env, "due", "--json", "--data-dir", str(data))
    assert due.returncode == 0 and json.loads(due.stdout) == []


def test_an_import_whose_keys_cannot_be_written_imports_nothing(tmp_path: Path, sim: SimLock) -> None:
    env, data = clean_env(tmp_path, NO_KEYRING), tmp_path / "data"
    (data / "keys.json").mkdir(parents=True)
    devices = tmp_path / "devices.json"
    devices.write_text(json.dumps([
        {"name": "Front door", "id": sim.device_id, "key": sim.local_key, "category": "jtmspro", "ip": sim.host,
         "version": sim.version},
        {"name": "Back door", "id": "bf3a1c2d3e4f5a6b7c8e", "key": "0123456789abcdef", "category": "jtmspro",
         "ip": "127.0.0.1", "version": "3.3"},
    ]), encoding="utf-8")
    imported = lockcare(env, "import-devices", str(devices), "--data-dir", str(data))
    assert imported.returncode == 1
    assert "keys.json" in imported.stderr and "Nothing was imported." in imported.stderr
    listed = lockcare(env, "locks", "--json", "--data-dir", str(data))
    assert json.loads(listed.stdout) == []
