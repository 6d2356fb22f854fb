"""``lockcare forecast LOCK [--json]``: words for people, a stable shape for scripts."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

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


def ago(days: float) -> str:
    return (datetime.now(UTC) - timedelta(days=days)).isoformat(timespec="minutes")


@pytest.fixture
def history(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, *ADD)[0] == 0
    assert run(capsys, "swap", "Front door", "--at", ago(500), "--brand", "Duracell")[0] == 0
    assert run(capsys, "swap", "Front door", "--at", ago(220), "--brand", "Varta")[0] == 0
    for days, percent in ((210, 100), (170, 85), (130, 70), (90, 55), (50, 40), (10, 25)):
        assert run(capsys, "battery", "Front door", str(percent), "--at", ago(days))[0] == 0


def test_forecast_json_shape(capsys: pytest.CaptureFixture[str], history: None) -> None:
    code, out, err = run(capsys, "forecast", "front door", "--json")
    assert code == 0, err
    data = json.loads(out)
    assert set(data) == {
        "version", "lock", "id", "now", "status", "headline", "latest_reading", "forecast", "sets", "warnings",
        "proposed_swaps",
    }
    assert data["version"] == 1
    assert data["lock"] == "Front door"
    assert data["status"] in {"ok", "replace-soon", "overdue", "asleep", "no-data"}
    forecast = data["forecast"]
    assert set(forecast) == {
        "status", "reason", "threshold_percent", "replace_by", "earliest", "latest", "unreliable_from",
        "emergency_by", "current_percent", "based_on_readings", "battery_type", "voice_prompts",
        "unlocks_per_day", "explanation", "curve",
    }
    assert forecast["status"] == "ok" and forecast["reason"] == "readings"
    assert forecast["based_on_readings"] == 6
    assert forecast["earliest"] <= forecast["replace_by"] <= forecast["latest"]
    assert datetime.fromisoformat(forecast["replace_by"]).tzinfo is not None
    assert forecast["curve"][0].keys() == {"at", "percent"}
    assert [s["brand"] for s in data["sets"]] == ["Duracell", "Varta"]
    assert data["sets"][0]["days"] == pytest.approx(280, abs=1)
    assert data["sets"][1]["end"] is None
    assert data["latest_reading"]["percent"] == 25
    assert data["warnings"] == [] and data["proposed_swaps"] == []


def test_forecast_text(capsys: pytest.CaptureFixture[str], history: None) -> None:
    code, out, _ = run(capsys, "forecast", "Front door")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith("Front door: ")
    assert "Based on 6 readings since the swap on" in out
    assert "Battery sets (newest first):" in out
    assert "Duracell" in out and "Varta" in out


def test_forecast_with_little_data_says_so(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, *ADD)[0] == 0
    code, out, _ = run(capsys, "forecast", "Front door", "--json")
    assert code == 0
    data = json.loads(out)
    assert data["forecast"]["status"] == "insufficient-data"
    assert data["forecast"]["replace_by"] is None
    assert data["status"] == "no-data"
    code, out, _ = run(capsys, "forecast", "Front door")
    assert "Not enough" in out


def test_forecast_warns_about_nimh(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, *ADD)[0] == 0
    assert run(capsys, "swap", "Front door", "--at", ago(3), "--battery", "aa-nimh")[0] == 0
    data = json.loads(run(capsys, "forecast", "Front door", "--json")[1])
    assert "nimh" in [w["code"] for w in data["warnings"]]
    assert "1.2 V" in run(capsys, "forecast", "Front door")[1]


def test_forecast_for_an_unknown_lock_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "forecast", "Garage")
    assert code == 1
    assert out == ""
    assert err.startswith("lockcare: No lock called") and err.count("\n") == 1
