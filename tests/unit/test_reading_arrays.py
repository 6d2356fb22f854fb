"""Readings as numpy columns: read straight from SQLite, the same values as the objects, and the
readings swap detection needs (exactly the same proposals as from all of them)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lockcare.core.battery import detect_swaps
from lockcare.core.battery.arrays import ReadingArrays
from lockcare.core.models import BatteryReading, BatterySwap, Lock, ReadingSource
from lockcare.storage import Storage, open_read_only_storage, open_storage

NOW = datetime(2026, 11, 20, 12, 0, 0, 123456, tzinfo=UTC)


@pytest.fixture
def storage(data_dir: Path) -> Iterator[Storage]:
    store = open_storage(data_dir)
    yield store
    store.close()


def _lock(storage: Storage) -> int:
    lock = storage.locks.add(Lock(name="Front door", device_id="bf3a1c2d3e4f5a6b7c8d", address="10.0.0.2"))
    assert lock.id is not None
    return lock.id


def test_columns_hold_what_the_objects_hold(storage: Storage) -> None:
    lock_id = _lock(storage)
    sources = list(ReadingSource)
    storage.battery.add_readings(
        BatteryReading(lock_id, NOW - timedelta(minutes=37 * i, microseconds=i),
                       percent=None if i % 5 == 0 else i % 101, level=["high", "low", None][i % 3] if i % 5 else "medium",
                       source=sources[i % len(sources)], via_gateway=i % 4 == 0)
        for i in range(500)
    )
    objects = storage.battery.readings(lock_id)
    columns = storage.battery.reading_arrays(lock_id)
    assert len(columns) == 500 and columns.at.dtype == np.float64
    assert [columns.reading(i) for i in range(len(columns))] == [
        BatteryReading(r.lock_id, r.at, r.percent, r.level, r.source, r.via_gateway) for r in objects]  # to the microsecond
    since = objects[100].at
    later = storage.battery.reading_arrays(lock_id, since=since)
    assert len(later) == 400 and later.time(0) == since
    assert columns.latest() == columns.reading(499) and columns.index_at(since) == 100
    rows = columns.readings(495)
    assert [(r.at, r.percent, r.level) for r in rows] == [(o.at, o.percent, o.level) for o in objects[495:]]


def test_no_readings_and_times_stored_another_way(storage: Storage) -> None:
    lock_id = _lock(storage)
    assert len(storage.battery.reading_arrays(lock_id)) == 0 and storage.battery.reading_arrays(lock_id).latest() is None
    with storage.transaction() as conn:  # a hand-edited row: no microseconds, a "Z" zone
        conn.execute("INSERT INTO battery_readings (lock_id, at, percent, source) VALUES (?, '2026-01-02T03:04:05Z', 50, 'manual')",
                     (lock_id,))
    storage.battery.add_reading(BatteryReading(lock_id, NOW, percent=40))
    columns = storage.battery.reading_arrays(lock_id)
    assert [columns.time(i) for i in range(2)] == [datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC), NOW]


def test_a_read_only_connection_sees_committed_readings(storage: Storage, data_dir: Path) -> None:
    lock_id = _lock(storage)
    reader = open_read_only_storage(data_dir)
    try:
        assert len(reader.battery.reading_arrays(lock_id)) == 0
        before = reader.battery.revision(lock_id)
        storage.battery.add_reading(BatteryReading(lock_id, NOW, percent=40))
        assert len(reader.battery.reading_arrays(lock_id)) == 1 and reader.battery.revision(lock_id) != before
    finally:
        reader.close()


def test_the_revision_changes_with_every_write_of_readings_or_swaps(storage: Storage) -> None:
    lock_id = _lock(storage)
    seen = {storage.battery.revision(lock_id)}
    reading = storage.battery.add_reading(BatteryReading(lock_id, NOW, percent=40))
    seen.add(storage.battery.revision(lock_id))
    swap = storage.battery.add_swap(BatterySwap(lock_id, NOW, "aa-alkaline"))
    seen.add(storage.battery.revision(lock_id))
    with storage.transaction() as conn:
        conn.execute("UPDATE battery_readings SET percent = 41 WHERE id = ?", (reading.id,))
    seen.add(storage.battery.revision(lock_id))
    storage.battery.delete_reading(reading.id)
    seen.add(storage.battery.revision(lock_id))
    assert swap.id is not None
    storage.battery.delete_swap(swap.id)
    seen.add(storage.battery.revision(lock_id))
    assert len(seen) == 6 and 0 not in seen
    assert storage.battery.revision(lock_id + 1) == 0  # no such lock


def _arrays(values: list[tuple[int, int | None, int]]) -> ReadingArrays:
    """Columns from (minutes after the start, percent or None, level rank)."""
    at = np.array([NOW.timestamp() + 60.0 * minute for minute, _p, _l in values])
    percent = np.array([np.nan if p is None else p for _m, p, _l in values], dtype=np.float32)
    level = np.array([-1 if p is not None else rank for _m, p, rank in values], dtype=np.int8)
    count = len(values)
    return ReadingArrays(1, at, percent, level, np.zeros(count, np.int8), np.zeros(count, bool))


reading_values = st.lists(
    st.tuples(st.integers(0, 3), st.one_of(st.none(), st.sampled_from([0, 5, 20, 30, 31, 50, 89, 90, 95, 100])),
              st.integers(0, 3)),
    max_size=120,
)


@settings(max_examples=300, deadline=None)
@given(reading_values, st.lists(st.integers(0, 400), max_size=3))
def test_swap_detection_from_the_run_edges_equals_detection_from_all(steps: list, swap_minutes: list[int]) -> None:
    minute, values = 0, []
    for gap, percent, rank in steps:  # gap 0: a reading stored twice at the same time
        minute += gap
        values.append((minute, percent, rank))
    columns = _arrays(values)
    swaps = [BatterySwap(1, NOW + timedelta(minutes=m), "aa-alkaline") for m in swap_minutes]
    everything = detect_swaps(columns.readings(), swaps)
    edges = detect_swaps(columns.readings(indices=columns.jump_context()), swaps)
    assert edges == everything
    assert len(columns.jump_context()) <= len(columns)


def test_long_runs_shrink_to_their_edges() -> None:
    values = [(i, 100 - i // 50, 0) for i in range(3000)]  # 100 % falling slowly: full, then neither
    columns = _arrays(values)
    kept = columns.jump_context()
    assert len(kept) == 4 and list(kept) == [0, 549, 550, 2999]  # 90 % is the last full reading
