"""CSV export: UTF-8 with a header, ISO 8601 times, one row per record, never a key."""

from __future__ import annotations

import csv
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from lockcare.core.models import Lock
from lockcare.services.csv_export import LOG_COLUMNS, READING_COLUMNS, SWAP_COLUMNS
from tests.support.services import opened_services

NOW = datetime(2026, 7, 1, 12, tzinfo=UTC)
KEY = "0123456789abcdef"


def read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_export_writes_the_log_readings_and_swaps(data_dir: Path, tmp_path: Path) -> None:
    with opened_services(data_dir, clock=lambda: NOW, tz=ZoneInfo("UTC")) as (_, services):
        locks, maintenance = services.locks, services.maintenance
        lock = locks.add_lock(Lock(name="Porte d’entrée", device_id="bf3a1c2d3e4f5a6b7c8d", address="10.0.0.5"), KEY)
        locks.record_reading(lock, percent=64, at=NOW - timedelta(days=3))
        locks.record_reading(lock, level="low", at=NOW - timedelta(days=1))
        swap = maintenance.record_swap(lock, at=NOW - timedelta(days=30), brand="Varta", note="a, \"quoted\"\nnote")
        maintenance.add_entry(lock, "strike-plate-screws", at=NOW - timedelta(days=2), measured_value=2.0,
                              cost=0.5, done_by="Zoë")
        files = services.export.write_csv(tmp_path / "out")

    assert [f.name for f in files] == ["log.csv", "readings.csv", "swaps.csv"]
    for f in files:
        assert KEY not in f.read_text(encoding="utf-8")
        assert not f.read_bytes().startswith(b"\xef\xbb\xbf")
    log = read(files[0])
    assert list(log[0]) == list(LOG_COLUMNS)
    assert [(r["type"], r["at"]) for r in log] == [
        ("battery-swap", "2026-06-01T12:00:00+00:00"),
        ("strike-plate-screws", "2026-06-29T12:00:00+00:00"),
    ]
    assert log[0]["battery_swap_id"] == str(swap.id) and log[0]["notes"] == "a, \"quoted\"\nnote"
    assert (log[1]["measured_value"], log[1]["measured_unit"], log[1]["cost"], log[1]["done_by"]) == ("2", "N·m", "0.5", "Zoë")
    assert log[1]["lock"] == "Porte d’entrée"
    readings = read(files[1])
    assert list(readings[0]) == list(READING_COLUMNS)
    assert [(r["percent"], r["level"], r["source"]) for r in readings] == [("64", "", "manual"), ("", "low", "manual")]
    swaps = read(files[2])
    assert list(swaps[0]) == list(SWAP_COLUMNS)
    assert [(s["brand"], s["count"], s["battery_type"]) for s in swaps] == [("Varta", "4", "aa-alkaline")]
