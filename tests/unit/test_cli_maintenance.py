"""The maintenance commands: log, log-add, due, calendar, export, backup and restore."""

from __future__ import annotations

import json
from pathlib import Path

import icalendar
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


@pytest.fixture
def lock(capsys: pytest.CaptureFixture[str]) -> str:
    assert run(capsys, *ADD)[0] == 0
    return "Front door"


def test_log_add_and_log_json(capsys: pytest.CaptureFixture[str], lock: str) -> None:
    code, out, _ = run(capsys, "log-add", lock, "strike-plate-screws", "--at", "2025-03-01T10:00+00:00",
                       "--value", "2.0", "--by", "Ana", "--notes", "Phillips #2", "--cost", "0")
    assert code == 0 and "Strike plate screws" in out and "next due 2025-06-01" in out
    assert run(capsys, "swap", lock, "--at", "2025-02-01T09:00+00:00", "--brand", "Varta")[0] == 0

    code, out, _ = run(capsys, "log", lock, "--json")
    assert code == 0
    log = json.loads(out)
    assert (log["lock"], log["id"]) == ("Front door", "bf3a1c2d3e4f5a6b7c8d")
    first, second = log["entries"]
    assert first == {
        "entry_id": first["entry_id"], "at": "2025-03-01T10:00:00+00:00", "type": "strike-plate-screws",
        "label": "Strike plate screws", "notes": "Phillips #2", "cost": 0.0, "measured_value": 2.0,
        "measured_unit": "N·m", "done_by": "Ana", "battery_swap": None, "troubleshoot_run": None,
    }
    assert second["type"] == "battery-swap" and second["battery_swap"]["brand"] == "Varta"
    assert len(log["entries"]) == 2  # the swap is one record, not two

    assert [e["type"] for e in json.loads(run(capsys, "log", lock, "--json", "--search", "ana")[1])["entries"]] == [
        "strike-plate-screws"
    ]
    assert json.loads(run(capsys, "log", lock, "--json", "--until", "2025-02-01")[1])["entries"][0]["type"] == "battery-swap"
    assert json.loads(run(capsys, "log", lock, "--json", "--type", "cleaning")[1])["entries"] == []
    code, out, _ = run(capsys, "log", lock)
    assert code == 0 and "2 N·m" in out and "Battery swap" in out


def test_due_json(capsys: pytest.CaptureFixture[str], lock: str) -> None:
    assert run(capsys, "log-add", lock, "cleaning", "--at", "2025-01-10")[0] == 0
    code, out, _ = run(capsys, "due", "--json")
    assert code == 0
    items = json.loads(out)
    assert {i["task"] for i in items} >= {"battery-check", "cleaning", "strike-plate-screws", "lubrication"}
    cleaning = next(i for i in items if i["task"] == "cleaning")
    assert set(cleaning) == {"lock", "id", "task", "title", "interval", "status", "due_on", "days_until", "last_done"}
    assert cleaning["interval"] == "Every 3 months" and cleaning["due_on"] == "2025-04-10"
    assert cleaning["last_done"].startswith("2025-01-")
    assert {i["status"] for i in items} <= {"ok", "due-soon", "overdue", "unscheduled", "disabled"}
    code, out, _ = run(capsys, "due")
    assert code == 0 and "Exterior clean" in out


def test_calendar_is_parsed_back(capsys: pytest.CaptureFixture[str], lock: str, tmp_path: Path) -> None:
    out_file = tmp_path / "plan.ics"
    assert run(capsys, "calendar", "--out", str(out_file))[0] == 0
    cal = icalendar.Calendar.from_ical(out_file.read_bytes())
    summaries = sorted(str(e["summary"]) for e in cal.walk("VEVENT"))
    assert "Front door: strike plate screws" in summaries and "Front door: battery check" in summaries


def test_export_backup_and_restore(capsys: pytest.CaptureFixture[str], lock: str, tmp_path: Path) -> None:
    assert run(capsys, "log-add", lock, "note", "--at", "2025-01-10", "--notes", "first")[0] == 0
    code, out, _ = run(capsys, "export", "--csv", str(tmp_path / "csv"))
    assert code == 0 and (tmp_path / "csv" / "log.csv").exists()

    backup = tmp_path / "lockcare.backup"
    code, out, _ = run(capsys, "backup", str(backup))
    assert code == 0 and "without local keys" in out
    assert KEY.encode() not in backup.read_bytes()
    assert run(capsys, "log-add", lock, "note", "--at", "2025-01-11", "--notes", "second")[0] == 0
    code, out, _ = run(capsys, "restore", str(backup))
    assert code == 0 and "before-restore" in out
    notes = [e["notes"] for e in json.loads(run(capsys, "log", lock, "--json")[1])["entries"]]
    assert notes == ["first"]

    code, out, _ = run(capsys, "backup", str(tmp_path / "with-keys.backup"), "--include-keys")
    assert code == 0 and "with the locks' local keys" in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["log-add", "Front door", "note", "--at", "2999-01-01"], "in the future"),
        (["log-add", "Front door", "note", "--unit", "mm"], "--unit needs --value"),
        (["log-add", "Front door", "repair", "--cost", "-3"], "cannot be negative"),
        (["log-add", "Back door", "note"], "No lock called"),
        (["log", "Front door", "--since", "last week"], "is not a date"),
    ],
)
def test_bad_input_is_one_line(capsys: pytest.CaptureFixture[str], lock: str, args: list[str], message: str) -> None:
    code, out, err = run(capsys, *args)
    assert code == 1 and message in err and err.count("\n") == 1


def test_restore_refuses_a_foreign_file(capsys: pytest.CaptureFixture[str], lock: str, tmp_path: Path) -> None:
    foreign = tmp_path / "notes.txt"
    foreign.write_text("hello", encoding="utf-8")
    code, _, err = run(capsys, "restore", str(foreign))
    assert code == 1 and "not a lockcare backup" in err and "Nothing was changed" in err
    assert json.loads(run(capsys, "locks", "--json")[1])[0]["name"] == "Front door"
