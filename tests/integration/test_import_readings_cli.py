"""``lockcare import-readings`` through the real CLI in a subprocess (its own data folder, no keyring).

A lockcare CSV in any column order with extra columns, a wrong line 7 (all or nothing, the line
and the field named), a second import that adds nothing, and Home Assistant's recorder export
(``entity_id,state,last_changed``), recognised by its column names.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

pytestmark = pytest.mark.integration

KEY = "0123456789abcdef"


def lockcare(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run the real CLI in a subprocess on ``data_dir``."""
    env = {k: v for k, v in os.environ.items() if k not in ("LOCKCARE_DATA_DIR", "PYTHON_KEYRING_BACKEND")}
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    return subprocess.run([sys.executable, "-m", "lockcare", *args, "--data-dir", str(data_dir)],
                          env=env, capture_output=True, text=True, timeout=120, cwd=data_dir)


@pytest.fixture
def data(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    added = lockcare(folder, "add", "--name", "Front door", "--id", "bf3a1c2d3e4f5a6b7c8d", "--address", "127.0.0.1",
                     "--key", KEY)
    assert added.returncode == 0, added.stderr
    return folder


def stored(data: Path) -> list[dict]:
    result = lockcare(data, "history", "Front door", "--json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)["readings"]


def test_a_good_file_in_any_column_order_is_imported_once(data: Path, tmp_path: Path) -> None:
    csv_file = tmp_path / "battery.csv"
    csv_file.write_text(
        "\ufeffnote,level,Percent,at\n"  # a BOM, columns in any order and any case, an extra column
        "from the app,,64,2026-03-01T08:00:00+00:00\n"
        ",medium,,2026-03-02T09:30:00Z\n"
        "both,low,25,2026-03-03 10:00\n"  # no zone: local time
        "\n"
        "percent sign,,22 %,2026-03-04T10:00:00+02:00\n",
        encoding="utf-8",
    )
    first = lockcare(data, "import-readings", "front door", str(csv_file), "--json")
    assert first.returncode == 0, first.stderr
    report = json.loads(first.stdout)
    assert {k: report[k] for k in ("version", "lock", "format", "rows", "added", "already_stored", "skipped")} == {
        "version": 1, "lock": "Front door", "format": "lockcare", "rows": 4, "added": 4, "already_stored": 0, "skipped": 0}
    assert report["first"] == "2026-03-01T08:00:00+00:00" and report["last"] == "2026-03-04T08:00:00+00:00"
    readings = stored(data)
    local = datetime(2026, 3, 3, 10, 0).astimezone().astimezone(UTC).isoformat(timespec="seconds")
    assert [(r["at"], r["percent"], r["level"], r["source"]) for r in readings] == [
        ("2026-03-01T08:00:00+00:00", 64, None, "import"),
        ("2026-03-02T09:30:00+00:00", None, "medium", "import"),
        (local, 25, "low", "import"),
        ("2026-03-04T08:00:00+00:00", 22, None, "import"),
    ]

    again = lockcare(data, "import-readings", "Front door", str(csv_file))
    assert again.returncode == 0, again.stderr
    assert again.stdout.strip() == "Imported 0 battery readings for Front door; 4 were already stored."
    assert len(stored(data)) == 4


def test_a_wrong_line_7_says_where_and_imports_nothing(data: Path, tmp_path: Path) -> None:
    lines = ["at,percent"] + [f"2026-04-0{day}T12:00:00+00:00,{90 - day}" for day in range(1, 6)]
    lines.append("2026-04-06T12:00:00+00:00,ninety")  # line 7
    lines.append("2026-04-07T12:00:00+00:00,80")
    csv_file = tmp_path / "bad.csv"
    csv_file.write_text("\n".join(lines) + "\n")
    result = lockcare(data, "import-readings", "Front door", str(csv_file))
    assert result.returncode == 1
    assert result.stderr.strip() == 'lockcare: bad.csv line 7, "percent": “ninety” is not a percentage (0-100). ' \
                                    "Nothing was imported."
    assert "Traceback" not in result.stderr
    assert stored(data) == []


def test_refusals_name_the_problem(data: Path, tmp_path: Path) -> None:
    no_value = tmp_path / "columns.csv"
    no_value.write_text("time,value\n2026-01-01,50\n")
    result = lockcare(data, "import-readings", "Front door", str(no_value))
    assert result.returncode == 1 and 'line 1 must name the columns: "at" and "percent" or "level"' in result.stderr
    future = tmp_path / "future.csv"
    future.write_text("at,percent\n2999-01-01T00:00:00+00:00,50\n")
    result = lockcare(data, "import-readings", "Front door", str(future))
    assert result.returncode == 1 and 'future.csv line 2, "at": 2999-01-01T00:00+00:00 is in the future' in result.stderr
    missing = lockcare(data, "import-readings", "Front door", str(tmp_path / "nowhere.csv"))
    assert missing.returncode == 1 and "There is no file at" in missing.stderr
    unknown = lockcare(data, "import-readings", "Back door", str(future))
    assert unknown.returncode == 1 and "No lock called or with id “Back door”" in unknown.stderr
    assert stored(data) == []


def test_a_home_assistant_recorder_export_is_recognised(data: Path, tmp_path: Path) -> None:
    export = tmp_path / "history.csv"
    export.write_text(
        "entity_id,state,last_changed\n"
        "sensor.front_door_battery,100,2026-05-01T06:00:00.000Z\n"
        "sensor.front_door_battery,unavailable,2026-05-01T07:00:00.000Z\n"
        "sensor.front_door_battery,99.0,2026-05-02T06:00:00.000Z\n"
        "sensor.front_door_battery,unknown,2026-05-03T06:00:00.000Z\n"
        "sensor.front_door_battery,98,2026-05-04T06:00:00.000Z\n"
    )
    result = lockcare(data, "import-readings", "Front door", str(export), "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert (report["format"], report["rows"], report["added"], report["skipped"]) == ("home-assistant", 5, 3, 2)
    assert [(r["at"], r["percent"]) for r in stored(data)] == [
        ("2026-05-01T06:00:00+00:00", 100), ("2026-05-02T06:00:00+00:00", 99), ("2026-05-04T06:00:00+00:00", 98)]


def test_a_home_assistant_export_of_several_entities_needs_the_entity(data: Path, tmp_path: Path) -> None:
    export = tmp_path / "several.csv"
    export.write_text(
        "entity_id,state,last_changed\n"
        "sensor.front_door_battery,80,2026-05-01T06:00:00Z\n"
        "sensor.back_door_battery,40,2026-05-01T06:00:00Z\n"
        "sensor.front_door_battery,79,2026-05-02T06:00:00Z\n"
    )
    refused = lockcare(data, "import-readings", "Front door", str(export))
    assert refused.returncode == 1
    assert 'several.csv line 3, "entity_id": “sensor.back_door_battery” is a second entity' in refused.stderr
    assert stored(data) == []
    chosen = lockcare(data, "import-readings", "Front door", str(export), "--entity", "sensor.front_door_battery",
                      "--json")
    assert chosen.returncode == 0, chosen.stderr
    assert json.loads(chosen.stdout)["added"] == 2
    assert [r["percent"] for r in stored(data)] == [80, 79]
