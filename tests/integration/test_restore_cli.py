"""Restores through the real CLI: tampered files are refused, and a running ``poll --watch`` never writes over one."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from lockcare.devices.sim import SimLock
from tests.support.cli_process import KEY, clean_env, lockcare, one_line_refusal
from tests.support.network import ASLEEP_HOST, closed_port

pytestmark = [pytest.mark.integration, pytest.mark.slow]


def rows(data: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(data / "lockcare.sqlite3") as conn:
        return list(conn.execute(sql))


def test_a_backup_with_an_added_trigger_is_refused_and_changes_nothing(tmp_path: Path) -> None:
    env, data = clean_env(tmp_path), tmp_path / "data"
    assert lockcare(env, "add", "--name", "Front", "--id", "bf3a1c2d3e4f5a6b7c8d", "--address", ASLEEP_HOST,
                    "--key", KEY, "--data-dir", str(data)).returncode == 0
    backup = tmp_path / "b.lockcare"
    assert lockcare(env, "backup", str(backup), "--data-dir", str(data)).returncode == 0
    with sqlite3.connect(backup) as conn:
        conn.execute("CREATE TRIGGER wipe AFTER INSERT ON battery_readings BEGIN DELETE FROM log_entries; END")
    before = rows(data, "SELECT * FROM locks")
    done = lockcare(env, "restore", str(backup), "--data-dir", str(data))
    assert "it holds a trigger lockcare never makes (“wipe”)" in one_line_refusal(done)
    assert rows(data, "SELECT * FROM locks") == before
    assert rows(data, "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name = 'wipe'") == []


def test_poll_watch_reloads_after_a_restore_and_never_writes_the_old_locks_back(tmp_path: Path) -> None:
    env, data = clean_env(tmp_path), tmp_path / "data"
    shed_backup = tmp_path / "shed.lockcare"
    assert lockcare(env, "add", "--name", "Shed", "--id", "bf3a1c2d3e4f5a6b7c99", "--address", ASLEEP_HOST, "--port",
                    str(closed_port()), "--key", KEY, "--data-dir", str(data)).returncode == 0
    assert lockcare(env, "backup", str(shed_backup), "--data-dir", str(data)).returncode == 0
    assert lockcare(env, "remove", "Shed", "--yes", "--data-dir", str(data)).returncode == 0
    with SimLock(profile="wifi_pro", version="3.4") as sim:
        assert lockcare(env, "add", "--name", "Front", "--id", sim.device_id, "--address", sim.host, "--port",
                        str(sim.port), "--key", sim.local_key, "--version", "3.4", "--data-dir", str(data)).returncode == 0
        watch = subprocess.Popen(
            [sys.executable, "-m", "lockcare", "poll", "--watch", "--interval", "0.5", "--for", "300", "--json",
             "--ports", str(closed_port()), "--data-dir", str(data)],
            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        try:
            first = json.loads(watch.stdout.readline())  # type: ignore[union-attr]
            assert (first["lock"], first["reachable"]) == ("Front", True)
            restored = lockcare(env, "restore", str(shed_backup), "--data-dir", str(data))
            assert restored.returncode == 0, restored.stderr
            notice = watch.stderr.readline()  # type: ignore[union-attr]  # its next write meets the restore
            assert "replaced by a restore; watching the 1 lock(s) it holds now" in notice
            after = json.loads(watch.stdout.readline())  # type: ignore[union-attr]
            while after["lock"] == "Front":  # a read of Front that was under way when the restore landed
                after = json.loads(watch.stdout.readline())  # type: ignore[union-attr]
            assert after["lock"] == "Shed"
        finally:
            watch.send_signal(signal.SIGINT)
            watch.communicate(timeout=60)
    assert rows(data, "SELECT name FROM locks") == [("Shed",)]
    assert rows(data, "SELECT COUNT(*) FROM battery_readings") == [(0,)]  # no reading of Front written after
    assert rows(data, "SELECT COUNT(*) FROM lock_events") == [(0,)]


def test_backup_and_restore_say_how_much_they_carried_in_plain_words(tmp_path: Path) -> None:
    env, data, backup = clean_env(tmp_path), tmp_path / "data", tmp_path / "home.lockcare"
    assert lockcare(env, "add", "--name", "Front", "--id", "bf3a1c2d3e4f5a6b7c8d", "--address", ASLEEP_HOST,
                    "--port", str(closed_port()), "--key", KEY, "--data-dir", str(data)).returncode == 0
    made = lockcare(env, "backup", str(backup), "--data-dir", str(data))
    assert made.returncode == 0 and made.stdout.startswith("Backed up 1 lock and 0 log entries to ")
    assert lockcare(env, "battery", "Front", "40", "--data-dir", str(data)).returncode == 0
    back = lockcare(env, "restore", str(backup), "--data-dir", str(data))
    assert back.returncode == 0 and back.stdout.startswith("Restored 1 lock and 0 log entries from ")
    assert json.loads(lockcare(env, "history", "Front", "--json", "--data-dir", str(data)).stdout)["readings"] == []
