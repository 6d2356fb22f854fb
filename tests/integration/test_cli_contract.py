"""The command line keeps its documented contract: the real ``lockcare`` in subprocesses, no fixture in between.

Global options before and after the command, JSON for every outcome with ``--json``, a
quiet exit when the reader of the output goes away, and refused commands that change
nothing (issue 9, sections 2 and 3).
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from lockcare.devices.sim import SimLock
from tests.support.cli_process import KEY, clean_env, lockcare, one_line_refusal
from tests.support.network import ASLEEP_HOST, closed_port

pytestmark = [pytest.mark.integration, pytest.mark.slow]

ID = "bf3a1c2d3e4f5a6b7c8d"


def add(env: dict[str, str], data: Path, name: str = "Front door", device_id: str = ID, *extra: str) -> None:
    done = lockcare(env, "add", "--data-dir", str(data), "--name", name, "--id", device_id, "--address", ASLEEP_HOST,
                    "--port", str(closed_port()), "--key", KEY, *extra)
    assert done.returncode == 0, done.stderr


def names_in(data: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(data / "lockcare.sqlite3") as conn:
        return list(conn.execute("SELECT name, kind FROM locks ORDER BY name"))


@pytest.mark.parametrize("before", [True, False], ids=["before the command", "after the command"])
def test_data_dir_and_verbose_work_on_either_side_of_the_command(tmp_path: Path, before: bool) -> None:
    env, data = clean_env(tmp_path), tmp_path / "data"
    options = ["--data-dir", str(data), "-v"]
    command = ["add", "--name", "Front door", "--id", ID, "--address", ASLEEP_HOST, "--key", KEY]
    done = lockcare(env, *(options + command if before else command + options))
    assert done.returncode == 0, done.stderr
    assert "INFO lockcare.services.locks: Added lock Front door" in done.stderr  # -v logs to stderr
    assert names_in(data) == [("Front door", "wifi")]
    assert not list((tmp_path / "home").rglob("lockcare.sqlite3"))  # the user's own data folder is untouched
    listed = lockcare(env, *(["--data-dir", str(data), "locks", "--json"] if before else ["locks", "--json", "--data-dir", str(data)]))
    assert [lock["name"] for lock in json.loads(listed.stdout)] == ["Front door"]


def test_demo_is_for_the_window_only(tmp_path: Path) -> None:
    env = clean_env(tmp_path)
    refused = lockcare(env, "--demo", "locks", "--data-dir", str(tmp_path / "data"))
    assert refused.returncode == 2
    assert "--demo opens the window" in one_line_refusal(refused)
    assert lockcare(env, "locks", "--demo").returncode == 2  # no such option after another command
    assert not (tmp_path / "data").exists()


def test_json_failures_are_json_on_stdout(tmp_path: Path) -> None:
    env, data = clean_env(tmp_path), tmp_path / "data"
    add(env, data)
    (data / "keys.json").write_text("{}")  # the key is lost: a setup problem, not the lock's

    read = lockcare(env, "read", "Front door", "--json", "--data-dir", str(data))
    assert read.returncode == 3
    outcome = json.loads(read.stdout)
    assert (outcome["lock"], outcome["reachable"], outcome["error"]["kind"]) == ("Front door", False, "setup")
    assert "lockcare edit LOCK --key-stdin" in outcome["error"]["message"]  # "change the key", not "add it again"

    missing = lockcare(env, "read", "Back door", "--json", "--data-dir", str(data))
    assert missing.returncode == 1
    assert json.loads(missing.stdout)["error"]["kind"] == "not-found"
    assert "No lock called" in one_line_refusal(missing)

    usage = lockcare(env, "read", "--json", "--data-dir", str(data))  # LOCK missing
    assert usage.returncode == 2
    assert json.loads(usage.stdout)["error"]["kind"] == "usage"

    invalid = lockcare(env, "history", "Front door", "--json", "--data-dir", str(data), "--bogus")
    assert invalid.returncode == 2 and json.loads(invalid.stdout)["error"]["kind"] == "usage"


def test_poll_json_prints_one_compact_object_per_lock_failures_included(tmp_path: Path) -> None:
    env, data = clean_env(tmp_path), tmp_path / "data"
    with SimLock(profile="wifi_pro", version="3.4") as sim:
        done = lockcare(env, "add", "--data-dir", str(data), "--name", "Live", "--id", sim.device_id, "--address",
                        sim.host, "--port", str(sim.port), "--key", sim.local_key, "--version", "3.4")
        assert done.returncode == 0, done.stderr
        add(env, data, "Asleep", "bf3a1c2d3e4f5a6b7c99")
        keys = json.loads((data / "keys.json").read_text())
        del keys["bf3a1c2d3e4f5a6b7c99"]
        (data / "keys.json").write_text(json.dumps(keys))
        poll = lockcare(env, "poll", "--json", "--data-dir", str(data))
    lines = poll.stdout.splitlines()
    assert poll.returncode == 3  # one lock could not be read
    assert len(lines) == 2, poll.stdout
    outcomes = {o["lock"]: o for o in map(json.loads, lines)}
    assert outcomes["Live"]["reachable"] is True
    assert outcomes["Asleep"]["error"]["kind"] == "setup"
    assert poll.stderr == ""


def test_add_json_prints_the_lock_in_the_shape_of_locks_json(tmp_path: Path) -> None:
    env, data = clean_env(tmp_path), tmp_path / "data"
    done = lockcare(env, "add", "--data-dir", str(data), "--name", "Front door", "--id", ID, "--address", ASLEEP_HOST,
                    "--key", KEY, "--json")
    assert done.returncode == 0, done.stderr
    listed = json.loads(lockcare(env, "locks", "--json", "--data-dir", str(data)).stdout)
    assert json.loads(done.stdout) == listed[0]
    assert KEY not in done.stdout


def test_a_closed_pipe_ends_quietly(tmp_path: Path) -> None:
    env, data = clean_env(tmp_path), tmp_path / "data"
    for n in range(3):
        add(env, data, f"Lock {n}", f"bf3a1c2d3e4f5a6b7c{n:02d}")
    pipeline = subprocess.run(f"'{sys.executable}' -m lockcare due --json --data-dir '{data}' | head -1",
                              shell=True, env=env, capture_output=True, text=True, timeout=120, check=False)  # noqa: S602
    assert pipeline.stdout == "[\n"
    assert pipeline.stderr == ""  # no BrokenPipeError, no "Exception ignored"


def test_a_refused_gateway_child_leaves_every_lock_as_it_was(tmp_path: Path) -> None:
    """Issue 9: ``add --name B --id bad --gateway Front --node-id n1`` was refused AND made Front a gateway."""
    env, data = clean_env(tmp_path), tmp_path / "data"
    add(env, data, "Front")
    before = names_in(data)
    done = lockcare(env, "add", "--data-dir", str(data), "--name", "B", "--id", "bad", "--gateway", "Front", "--node-id", "n1")
    assert "does not look like a Tuya device id" in one_line_refusal(done)
    assert names_in(data) == before == [("Front", "wifi")]
    due = json.loads(lockcare(env, "due", "--json", "--data-dir", str(data)).stdout)
    assert {item["lock"] for item in due} == {"Front"}
