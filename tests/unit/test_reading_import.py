"""Reading a battery-history CSV: times stored exactly as storage writes them, values checked, all or nothing."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lockcare.core.models import Lock
from lockcare.services.reading_import import (
    ImportCancelled,
    ReadingImport,
    ReadingsFileError,
    _stored_time,
    _time,
)
from lockcare.storage import Storage, open_storage
from lockcare.storage.db import to_db_time

NOW = datetime(2026, 6, 1, 12, tzinfo=UTC)


@pytest.fixture
def storage(data_dir: Path) -> Iterator[Storage]:
    store = open_storage(data_dir)
    yield store
    store.close()


@given(st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2100, 1, 1),
                    timezones=st.sampled_from([UTC, timezone(timedelta(hours=2)), timezone(timedelta(hours=-5, minutes=-30))])),
       st.sampled_from(["iso", "space", "z", "seconds", "millis", "basic"]))
def test_times_are_stored_as_storage_writes_them(moment: datetime, style: str) -> None:
    text = {
        "iso": moment.isoformat(),
        "space": moment.isoformat(sep=" "),
        "z": moment.astimezone(UTC).replace(tzinfo=None).isoformat() + "Z",
        "seconds": moment.replace(microsecond=0).isoformat(),
        "millis": moment.isoformat(timespec="milliseconds"),
        "basic": moment.strftime("%Y%m%dT%H%M%S%z"),
    }[style]
    parsed = _time(text, Path("x.csv"), 2, "at")
    assert _stored_time(text, parsed) == to_db_time(parsed)


def test_a_time_without_a_zone_is_local_time() -> None:
    parsed = _time("2026-03-03 10:00", Path("x.csv"), 2, "at")
    assert parsed == datetime(2026, 3, 3, 10, 0).astimezone()


def _write(path: Path, text: str) -> Path:
    path.write_text(text)
    return path


def test_values_are_checked_with_the_line_and_the_field(storage: Storage, tmp_path: Path) -> None:
    lock = storage.locks.add(Lock(name="Front door", device_id="bf3a1c2d3e4f5a6b7c8d"))
    importer = ReadingImport(storage.battery, clock=lambda: NOW)
    cases = {
        "at,percent\n2026-01-01T00:00Z,101\n": 'line 2, "percent": 101 is not between 0 and 100',
        "at,percent\n2026-01-01T00:00Z,\n": 'line 2, "percent": is empty',
        "at,level\n2026-01-01T00:00Z,full\n": 'line 2, "level": “full” is not one of high, medium, low, poweroff',
        "at,percent\n2026-02-30T00:00Z,50\n": 'line 2, "at": “2026-02-30T00:00Z” is not a date and time',
        "at,percent\n2026-01-01T00:00Z\n": "line 2: has 1 fields where the header names 2",
        'note,at,percent\n"two\nlines",2026-01-01T00:00Z,5x\n': 'line 3, "percent": “5x” is not a percentage',
        "entity_id,state,last_changed\ns.b,charging,2026-01-01T00:00Z\n": 'line 2, "state": “charging” is not a battery',
        "": "is empty",
    }
    for number, (text, message) in enumerate(cases.items()):
        with pytest.raises(ReadingsFileError, match=message.replace("(", r"\(")):
            importer.import_file(lock, _write(tmp_path / f"case{number}.csv", text))
    assert storage.battery.readings(lock.id) == []


def test_a_cancel_leaves_nothing(storage: Storage, tmp_path: Path) -> None:
    lock = storage.locks.add(Lock(name="Front door", device_id="bf3a1c2d3e4f5a6b7c8d"))
    lines = "\n".join(f"{(NOW - timedelta(hours=i)).isoformat()},{i % 100}" for i in range(12_000))
    cancel = threading.Event()
    progress: list[tuple[int, int]] = []

    def report(done: int, total: int) -> None:
        progress.append((done, total))
        cancel.set()  # stop after the first report

    with pytest.raises(ImportCancelled, match="Nothing was imported"):
        ReadingImport(storage.battery, clock=lambda: NOW).import_file(
            lock, _write(tmp_path / "long.csv", "at,percent\n" + lines + "\n"), progress=report, cancel=cancel)
    assert progress == [(5000, 12_000)] and storage.battery.readings(lock.id) == []


def test_rows_repeated_in_the_file_are_stored_once(storage: Storage, tmp_path: Path) -> None:
    lock = storage.locks.add(Lock(name="Front door", device_id="bf3a1c2d3e4f5a6b7c8d"))
    text = "at,percent,level\n2026-01-01T00:00Z,50,\n2026-01-01T00:00:00+00:00,50,\n2026-01-01T00:00Z,50,medium\n"
    result = ReadingImport(storage.battery, clock=lambda: NOW).import_file(lock, _write(tmp_path / "r.csv", text))
    assert (result.rows, result.added, result.already_stored) == (3, 2, 1)
    assert [(r.percent, r.level) for r in storage.battery.readings(lock.id)] == [(50, None), (50, "medium")]
