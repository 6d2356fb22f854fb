"""``lockcare edit`` and ``lockcare remove``: the way out of a wrong key, address or lock (real CLI, subprocesses)."""

from __future__ import annotations

import json
import sqlite3
import sys
from pathlib import Path

import pytest

from lockcare.devices.sim import SimLock
from tests.support.cli_process import KEY, clean_env, lockcare, one_line_refusal
from tests.support.network import ASLEEP_HOST
from tests.support.terminal import run_in_terminal

pytestmark = [pytest.mark.integration, pytest.mark.slow]

ID = "bf3a1c2d3e4f5a6b7c8d"


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return clean_env(tmp_path)


@pytest.fixture
def data(tmp_path: Path, env: dict[str, str]) -> Path:
    """A data folder with "Front door": 3 readings, a swap (its own log entry) and a note, and its key."""
    folder = tmp_path / "data"
    for args in (
        ["add", "--name", "Front door", "--id", ID, "--address", ASLEEP_HOST, "--key", KEY],
        ["battery", "Front door", "80", "--at", "2026-01-01T10:00+00:00"],
        ["battery", "Front door", "70", "--at", "2026-02-01T10:00+00:00"],
        ["battery", "Front door", "60", "--at", "2026-03-01T10:00+00:00"],
        ["swap", "Front door", "--at", "2026-03-02T10:00+00:00"],
        ["log-add", "Front door", "note", "--notes", "hinge squeaks"],
    ):
        done = lockcare(env, *args, "--data-dir", str(folder))
        assert done.returncode == 0, done.stderr
    return folder


def count(data: Path, table: str) -> int:
    with sqlite3.connect(data / "lockcare.sqlite3") as conn:
        return int(conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])  # noqa: S608


def keys(data: Path) -> dict[str, str]:
    return json.loads((data / "keys.json").read_text())


def test_remove_without_yes_and_without_a_terminal_refuses_and_says_what_would_go(env: dict[str, str], data: Path) -> None:
    done = lockcare(env, "remove", "Front door", "--data-dir", str(data))
    assert done.returncode == 2
    assert "this removes Front door, 3 readings, 2 log entries, its key; add --yes" in one_line_refusal(done)
    assert count(data, "locks") == 1 and ID in keys(data)


def test_remove_asks_on_a_terminal_and_no_keeps_everything(env: dict[str, str], data: Path, tmp_path: Path) -> None:
    code, shown = run_in_terminal([sys.executable, "-m", "lockcare", "remove", "front door", "--data-dir", str(data)],
                                  env=env, cwd=tmp_path, answers=[(b"[y/N] ", b"n\n")])
    assert code == 0, shown
    assert b"Remove Front door, 3 readings, 2 log entries, its key?" in shown
    assert b"Nothing was removed." in shown
    assert count(data, "locks") == 1 and count(data, "battery_readings") == 3


def test_remove_asks_on_a_terminal_and_yes_takes_readings_log_and_key(env: dict[str, str], data: Path, tmp_path: Path) -> None:
    code, shown = run_in_terminal([sys.executable, "-m", "lockcare", "remove", "Front door", "--data-dir", str(data)],
                                  env=env, cwd=tmp_path, answers=[(b"[y/N] ", b"y\n")])
    assert code == 0, shown
    assert b"Removed Front door, 3 readings, 2 log entries, its key." in shown
    for table in ("locks", "battery_readings", "battery_swaps", "log_entries", "recurring_tasks"):
        assert count(data, table) == 0, table
    assert keys(data) == {}


def test_remove_yes_in_a_script(env: dict[str, str], data: Path) -> None:
    done = lockcare(env, "remove", ID, "--yes", "--data-dir", str(data))
    assert done.returncode == 0, done.stderr
    assert done.stdout == "Removed Front door, 3 readings, 2 log entries, its key.\n"
    assert json.loads(lockcare(env, "locks", "--json", "--data-dir", str(data)).stdout) == []


def test_edit_changes_name_address_port_and_version(env: dict[str, str], data: Path) -> None:
    done = lockcare(env, "edit", "Front door", "--name", "Porch", "--address", "porch-lock.local", "--port", "6669",
                    "--version", "3.5", "--json", "--data-dir", str(data))
    assert done.returncode == 0, done.stderr
    lock = json.loads(done.stdout)
    assert (lock["name"], lock["address"], lock["port"], lock["version"]) == ("Porch", "porch-lock.local", 6669, "3.5")
    assert count(data, "battery_readings") == 3  # the history stays with the lock


def test_edit_with_nothing_to_change_is_a_usage_error(env: dict[str, str], data: Path) -> None:
    done = lockcare(env, "edit", "Front door", "--data-dir", str(data))
    assert done.returncode == 2
    assert "nothing to change" in one_line_refusal(done)


def test_a_wrong_key_is_changed_from_stdin_and_the_lock_reads_again(env: dict[str, str], tmp_path: Path) -> None:
    data = tmp_path / "data"
    with SimLock(profile="wifi_pro", version="3.4") as sim:
        added = lockcare(env, "add", "--name", "Front door", "--id", sim.device_id, "--address", sim.host, "--port",
                         str(sim.port), "--key", "wrongwrongwrong1", "--version", "3.4", "--data-dir", str(data))
        assert added.returncode == 0, added.stderr
        wrong = lockcare(env, "read", "Front door", "--json", "--data-dir", str(data))
        assert json.loads(wrong.stdout)["error"]["kind"] == "wrong-key"

        short = lockcare(env, "edit", "Front door", "--key-stdin", "--data-dir", str(data), stdin="short\n")
        assert "exactly 16 characters" in one_line_refusal(short) and "short" not in short.stderr
        changed = lockcare(env, "edit", "Front door", "--key-stdin", "--data-dir", str(data), stdin=sim.local_key + "\n")
        assert changed.returncode == 0, changed.stderr
        assert sim.local_key not in changed.stdout + changed.stderr
        assert "local key changed" in changed.stdout
        read = lockcare(env, "read", "Front door", "--json", "--data-dir", str(data))
    assert read.returncode == 0, read.stdout
    assert json.loads(read.stdout)["reachable"] is True


def test_the_key_prompt_on_a_terminal_hides_the_key(env: dict[str, str], data: Path, tmp_path: Path) -> None:
    new_key = "fedcba9876543210"
    code, shown = run_in_terminal(
        [sys.executable, "-m", "lockcare", "edit", "Front door", "--key-stdin", "--data-dir", str(data)],
        env=env, cwd=tmp_path, answers=[(b"not shown): ", new_key.encode() + b"\n")],
    )
    assert code == 0, shown
    assert new_key.encode() not in shown
    assert keys(data) == {ID: new_key}


def test_a_refused_edit_changes_nothing(env: dict[str, str], data: Path) -> None:
    before = lockcare(env, "locks", "--json", "--data-dir", str(data)).stdout
    done = lockcare(env, "edit", "Front door", "--name", "Porch", "--key-stdin", "--data-dir", str(data), stdin="short\n")
    assert done.returncode == 1
    assert lockcare(env, "locks", "--json", "--data-dir", str(data)).stdout == before
    assert keys(data) == {ID: KEY}
