"""Input at the edges gets one clear line, never "unexpected error": the real CLI in subprocesses.

Each case is one that ended in "unexpected error", a traceback, a hang or a silent
acceptance before issue 9 (``python benchmarks/cli_edges.py --source <old checkout>``
lists them).
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from tests.support.cli_process import KEY, clean_env, lockcare, one_line_refusal
from tests.support.network import ASLEEP_HOST
from tests.support.terminal import run_in_terminal

pytestmark = [pytest.mark.integration, pytest.mark.slow]

ID = "bf3a1c2d3e4f5a6b7c8d"


@pytest.fixture(scope="module")
def prepared(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, str], Path]:
    """A data folder holding "Front" (refused commands must leave it as it is)."""
    folder = tmp_path_factory.mktemp("edges")
    env, data = clean_env(folder), folder / "data"
    done = lockcare(env, "add", "--data-dir", str(data), "--name", "Front", "--id", ID, "--address", ASLEEP_HOST,
                    "--key", KEY)
    assert done.returncode == 0, done.stderr
    return env, data


def _rows(data: Path) -> list[tuple]:
    with sqlite3.connect(data / "lockcare.sqlite3") as conn:
        return [*conn.execute("SELECT * FROM locks"), *conn.execute("SELECT * FROM battery_readings"),
                *conn.execute("SELECT id, lock_id, at, type FROM log_entries")]


EDGES = [
    # dates at the ends of the calendar, with any offset
    (["battery", "Front", "50", "--at", "0001-01-01T00:00+14:00"], "is before 2000", 1),
    (["battery", "Front", "50", "--at", "0001-01-01T00:00-14:00"], "is before 2000", 1),
    (["battery", "Front", "50", "--at", "0001-01-01"], "is before 2000", 1),
    (["battery", "Front", "50", "--at", "9999-12-31T23:59-14:00"], "is in the future", 1),
    (["battery", "Front", "50", "--at", "9999-12-31"], "is in the future", 1),
    (["swap", "Front", "--at", "0001-01-01T00:00+01:00"], "is before 2000", 1),
    (["log-add", "Front", "note", "--at", "0001-01-01T00:00+01:00"], "is before 2000", 1),
    # durations and ports
    (["scan", "--seconds", "0"], "argument --seconds: give a number of seconds above 0", 2),
    (["scan", "--seconds", "-1"], "argument --seconds", 2),
    (["scan", "--seconds", "nan"], "argument --seconds", 2),
    (["scan", "--seconds", "inf"], "argument --seconds", 2),
    (["poll", "--watch", "--interval", "0"], "argument --interval", 2),
    (["poll", "--watch", "--interval", "-1"], "argument --interval", 2),
    (["poll", "--watch", "--interval", "nan"], "argument --interval", 2),
    (["poll", "--watch", "--for", "0"], "argument --for", 2),
    (["poll", "--for", "5"], "go with --watch", 2),
    (["add", "--name", "P", "--id", "bf3a1c2d3e4f5a6b7c11", "--address", "127.0.0.1", "--key", KEY, "--port", "65536"],
     "argument --port: A port must be between 1 and 65535", 2),
    (["add", "--name", "P", "--id", "bf3a1c2d3e4f5a6b7c11", "--address", "127.0.0.1", "--key", KEY, "--port", "1e3"],
     "argument --port", 2),
    (["edit", "Front", "--port", "99999999999999999999999"], "argument --port", 2),
    # addresses, the field named
    (["add", "--name", "A", "--id", "bf3a1c2d3e4f5a6b7c12", "--address", "192.168.1.300", "--key", KEY],
     "argument --address: Address: “192.168.1.300” is not a valid IPv4 address", 2),
    (["add", "--name", "A", "--id", "bf3a1c2d3e4f5a6b7c12", "--address", "not an ip!!", "--key", KEY],
     "argument --address: Address: “not an ip!!” is neither an IP address nor a host name", 2),
    (["edit", "Front", "--address", "192.168.1.300"], "argument --address", 2),
    # names
    (["add", "--name", "Evil\x1b[2J", "--id", "bf3a1c2d3e4f5a6b7c13", "--address", "127.0.0.1", "--key", KEY],
     "holds control characters", 1),
    (["edit", "Front", "--name", "Tab\there"], "holds control characters", 1),
]


@pytest.mark.parametrize(("args", "message", "code"), EDGES, ids=[" ".join(a)[:60] for a, _m, _c in EDGES])
def test_edge_input_is_refused_in_one_line_and_changes_nothing(
    prepared: tuple[dict[str, str], Path], args: list[str], message: str, code: int
) -> None:
    env, data = prepared
    before = _rows(data)
    done = lockcare(env, *args, "--data-dir", str(data), timeout=60)
    assert done.returncode == code, done.stderr
    assert message in one_line_refusal(done)
    assert _rows(data) == before


def test_filters_at_the_ends_of_the_calendar_are_just_filters(prepared: tuple[dict[str, str], Path]) -> None:
    env, data = prepared
    for bound in (["--since", "0001-01-01"], ["--until", "9999-12-31"], ["--since", "9999-12-31T23:59-14:00"],
                  ["--until", "0001-01-01T00:00+14:00"]):
        done = lockcare(env, "log", "Front", *bound, "--json", "--data-dir", str(data))
        assert done.returncode == 0, done.stderr
        assert json.loads(done.stdout)["lock"] == "Front"


@pytest.mark.parametrize("argument", [b"Fr\xffont", b"\xff\xfe", b"caf\xe9"])
def test_arguments_that_are_not_utf8_are_refused_by_position(prepared: tuple[dict[str, str], Path], argument: bytes) -> None:
    env, data = prepared
    done = lockcare(env, "battery", argument, "50", "--data-dir", str(data))
    assert done.returncode == 2
    assert "argument 2" in one_line_refusal(done) and "is not valid UTF-8" in done.stderr


@pytest.mark.parametrize(
    ("content", "outcome"),
    [
        ("[" * 100_000 + "]" * 100_000, "nested far too deeply"),
        ('{"a":' * 100_000 + "1" + "}" * 100_000, "nested far too deeply"),
    ],
    ids=["lists 100000 deep", "objects 100000 deep"],
)
def test_a_devices_file_nested_very_deep_is_refused(tmp_path: Path, content: str, outcome: str) -> None:
    env, data = clean_env(tmp_path), tmp_path / "data"
    path = tmp_path / "devices.json"
    path.write_text(content)
    done = lockcare(env, "import-devices", str(path), "--data-dir", str(data))
    assert done.returncode == 1
    assert outcome in one_line_refusal(done)


def test_odd_keys_and_lone_surrogates_in_a_devices_file_import_cleanly(tmp_path: Path) -> None:
    env, data = clean_env(tmp_path), tmp_path / "data"
    devices = [
        {"name": "Squared", "id": "bf3a1c2d3e4f5a6b7c31", "key": KEY, "category": "jtmspro", "ip": "192.0.2.31",
         "version": "3.4", "mapping": {"²": {"code": "residual_electricity"}, "8": {"code": "x", "dp_id": "²"}}},
        {"name": "Long", "id": "bf3a1c2d3e4f5a6b7c32", "key": KEY, "category": "jtmspro", "ip": "192.0.2.32",
         "version": "3.4", "mapping": {"1" * 5000: {"code": "residual_electricity"}, "9": {"dp_id": "9" * 5000}}},
        {"name": "Front SURROGATE door", "id": "bf3a1c2d3e4f5a6b7c33", "key": KEY, "category": "jtmspro",
         "ip": "192.0.2.33", "version": "3.4"},
    ]
    path = tmp_path / "devices.json"
    path.write_text(json.dumps(devices).replace("SURROGATE", "\\ud800"))
    done = lockcare(env, "import-devices", str(path), "--data-dir", str(data))
    assert done.returncode == 0, done.stderr
    assert "unexpected" not in done.stderr
    names = [lock["name"] for lock in json.loads(lockcare(env, "locks", "--json", "--data-dir", str(data)).stdout)]
    assert sorted(names) == ["Front \ufffd door", "Long", "Squared"]


def test_names_from_a_devices_file_never_reach_the_terminal_raw(tmp_path: Path) -> None:
    env, data = clean_env(tmp_path), tmp_path / "data"
    evil = "Imported\x1b]0;owned\x07\x1b[2J\x9b31m\u202eevil"
    path = tmp_path / "devices.json"
    path.write_text(json.dumps([{"name": evil, "id": "bf3a1c2d3e4f5a6b7c41", "key": KEY, "category": "jtmspro",
                                 "ip": "192.0.2.41", "version": "3.4"}]))
    assert lockcare(env, "import-devices", str(path), "--data-dir", str(data)).returncode == 0
    for args in (["locks"], ["due"], ["battery", "No " + evil, "50"], ["history", evil]):
        code, shown = run_in_terminal([*_python_m_lockcare(), *args, "--data-dir", str(data)], env=env, cwd=tmp_path)
        text = shown.decode("utf-8")
        assert code in (0, 1), text
        assert not [c for c in text if c == "\x1b" or "\x80" <= c <= "\x9f" or c == "\u202e"], text
        assert "\\u001b]0;owned" in text  # shown escaped, so the user can see what the name holds
    listed = json.loads(lockcare(env, "locks", "--json", "--data-dir", str(data)).stdout)
    assert listed[0]["name"] == evil  # JSON escapes them its own way: the value is intact


def _python_m_lockcare() -> list[str]:
    import sys

    return [sys.executable, "-m", "lockcare"]
