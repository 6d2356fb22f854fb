"""The command line: commands, refusals, one-line errors, stable JSON."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from lockcare.cli import main
from tests.support.network import ASLEEP_HOST, closed_port

KEY = "0123456789abcdef"
ADD = ["add", "--name", "Front door", "--id", "bf3a1c2d3e4f5a6b7c8d", "--address", ASLEEP_HOST, "--port", str(closed_port()),
       "--key", KEY]


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_add_list_record_and_history(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, *ADD, "--version", "3.4")[0] == 0
    assert run(capsys, "battery", "front door", "64", "--at", "2026-07-03T10:00+00:00")[0] == 0
    assert run(capsys, "battery", "bf3a1c2d3e4f5a6b7c8d", "low", "--at", "2026-08-03T10:00+00:00")[0] == 0
    assert run(capsys, "swap", "Front door", "--at", "2026-08-04", "--battery", "aa-lithium", "--brand", "Energizer")[0] == 0

    code, out, _ = run(capsys, "locks", "--json")
    assert code == 0
    locks = json.loads(out)
    assert [lock["name"] for lock in locks] == ["Front door"]
    assert locks[0]["version"] == "3.4"
    assert locks[0]["battery"]["level"] == "low"
    assert KEY not in out

    code, out, _ = run(capsys, "history", "Front door", "--json")
    history = json.loads(out)
    assert [r["percent"] for r in history["readings"]] == [64, None]
    assert history["readings"][0]["at"] == "2026-07-03T10:00:00+00:00"
    assert history["swaps"][0]["battery_type"] == "aa-lithium"
    assert history["swaps"][0]["brand"] == "Energizer"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["battery", "Front door", "140"], "between 0 and 100"),
        (["battery", "Front door", "full"], "not a battery reading"),
        (["battery", "Front door", "50", "--at", "2999-01-01T00:00+00:00"], "in the future"),
        (["battery", "Back door", "50"], "No lock called"),
        (["swap", "Front door", "--at", "2999-01-01"], "in the future"),
        (["swap", "Front door", "--count", "0"], "between 1 and 12"),
    ],
)
def test_impossible_input_is_refused_in_one_line(capsys: pytest.CaptureFixture[str], args: list[str], message: str) -> None:
    assert run(capsys, *ADD)[0] == 0
    code, out, err = run(capsys, *args)
    assert code != 0
    assert message in err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert json.loads(run(capsys, "history", "Front door", "--json")[1])["readings"] == []


def test_duplicate_names_and_bad_keys_are_refused(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, *ADD)[0] == 0
    code, _, err = run(capsys, "add", "--name", "FRONT DOOR", "--id", "other0000000000000001", "--address", ASLEEP_HOST, "--key", KEY)
    assert code == 1 and "already exists" in err
    code, _, err = run(capsys, "add", "--name", "Back", "--id", "other0000000000000001", "--address", ASLEEP_HOST, "--key", "short")
    assert code == 1 and "16 characters" in err and "short" not in err


def test_usage_errors_are_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "add", "--name", "x")
    assert code == 2
    assert err.count("\n") == 1 and "required" in err
    code, _, err = run(capsys, *ADD, "--version", "9.9")
    assert code == 2 and "invalid choice" in err


def test_data_dir_option_overrides_the_environment(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    other = tmp_path / "elsewhere"
    assert run(capsys, *ADD, "--data-dir", str(other))[0] == 0
    assert (other / "lockcare.sqlite3").is_file()
    assert json.loads(run(capsys, "locks", "--json", "--data-dir", str(other))[1])[0]["name"] == "Front door"


@pytest.mark.slow  # a new Python process
def test_python_dash_m_runs_the_cli(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "lockcare", "locks", "--json", "--data-dir", str(tmp_path)],
        capture_output=True, text=True, timeout=60, check=False,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == []
    assert "PySide6" not in result.stderr


def test_a_nimh_swap_is_recorded_with_a_plain_warning(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, *ADD)[0] == 0
    code, out, err = run(capsys, "swap", "Front door", "--battery", "aa-nimh")
    assert code == 0 and "Recorded a swap" in out
    assert "1.2 V" in err
