"""Forecasts worked out once: by key, across threads, bounded; a new reading or a new day makes a new one."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from lockcare.core.battery import forecast
from lockcare.core.models import BatteryReading, BatterySwap, Lock, LockEvent, ReadingSource
from lockcare.services.battery import BatteryService
from lockcare.services.forecast_cache import ForecastCache, rounded_unlocks
from lockcare.storage import Storage, open_read_only_storage, open_storage

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


class Clock:
    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def storage(data_dir: Path) -> Iterator[Storage]:
    store = open_storage(data_dir)
    yield store
    store.close()


def _lock_with_history(storage: Storage) -> Lock:
    lock = storage.locks.add(Lock(name="Front door", device_id="bf3a1c2d3e4f5a6b7c8d", address="10.0.0.2"))
    assert lock.id is not None
    storage.battery.add_swap(BatterySwap(lock.id, NOW - timedelta(days=700), "aa-alkaline"))
    storage.battery.add_swap(BatterySwap(lock.id, NOW - timedelta(days=150), "aa-alkaline"))
    storage.battery.add_readings(
        BatteryReading(lock.id, NOW - timedelta(days=700 - d), percent=max(0, 100 - d // 5), source=ReadingSource.LIVE)
        for d in range(0, 700, 2)
    )
    return lock


def test_a_value_is_worked_out_once_even_when_two_threads_ask_together() -> None:
    cache = ForecastCache()
    started, release = threading.Event(), threading.Event()
    calls: list[int] = []

    def slow() -> str:
        calls.append(1)
        started.set()
        assert release.wait(10)
        return "answer"

    results: list[str] = []
    first = threading.Thread(target=lambda: results.append(cache.get_or_compute("k", slow)))
    first.start()
    assert started.wait(10)
    second = threading.Thread(target=lambda: results.append(cache.get_or_compute("k", lambda: "second")))
    second.start()
    release.set()
    first.join(10)
    second.join(10)
    assert results == ["answer", "answer"] and calls == [1] and cache.computed == 1
    assert cache.get_or_compute("k", lambda: "again") == "answer"


def test_errors_reach_the_caller_and_nothing_is_kept() -> None:
    cache = ForecastCache()
    with pytest.raises(ZeroDivisionError):
        cache.get_or_compute("k", lambda: 1 / 0)
    assert cache.get_or_compute("k", lambda: 2) == 2 and cache.computed == 1


def test_the_cache_is_bounded_oldest_first() -> None:
    cache = ForecastCache(size=3)
    for key in "abcd":
        cache.get_or_compute(key, lambda key=key: key.upper())
    assert len(cache) == 3
    assert cache.get_or_compute("a", lambda: "new") == "new"  # "a" had gone
    assert cache.get_or_compute("d", lambda: "kept?") == "D"


def test_unlocks_are_rounded_to_half_a_day() -> None:
    assert [rounded_unlocks(v) for v in (None, 0.2, 0.3, 7.74, 7.76)] == [None, 0.0, 0.5, 7.5, 8.0]


def test_the_service_shares_its_forecasts_and_renews_them_on_a_write_or_a_new_day(storage: Storage, data_dir: Path) -> None:
    lock = _lock_with_history(storage)
    clock, cache = Clock(), ForecastCache()
    service = BatteryService(storage.locks, storage.battery, clock=clock, cache=cache, snapshot=storage.snapshot)
    reader = open_read_only_storage(data_dir)
    try:
        worker = BatteryService(reader.locks, reader.battery, clock=clock, cache=cache, snapshot=reader.snapshot)
        first = worker.history(lock).report.forecast
        assert service.forecast(lock) is first and service.fleet()[0].forecast is first
        assert service.report(lock).forecast is first and cache.computed == 2  # the forecast and the proposals
        stored = storage.battery.readings(lock.id)
        swaps = storage.battery.swaps(lock.id)
        assert first == forecast(stored, swaps, now=NOW, threshold=20)  # the arrays give what the objects give

        storage.battery.add_reading(BatteryReading(lock.id, NOW - timedelta(hours=1), percent=30))  # a new revision
        second = service.forecast(lock)
        assert second is not first and worker.forecast(lock) is second
        clock.now = NOW + timedelta(days=1)
        assert service.forecast(lock) is not second  # a new day
        assert cache.computed == 4
    finally:
        reader.close()


def test_use_of_the_door_counts_in_the_key_to_the_half_unlock(storage: Storage) -> None:
    lock = _lock_with_history(storage)
    assert lock.id is not None
    service = BatteryService(storage.locks, storage.battery, clock=lambda: NOW)
    quiet = service.forecast(lock)
    storage.battery.add_events(LockEvent(lock_id=lock.id, at=NOW - timedelta(hours=2 * n), kind="unlock", code="app")
                               for n in range(200))  # about 12 a day over the last 17 days
    busy = service.forecast(lock)
    assert busy is not quiet and busy.prior_days < quiet.prior_days  # more use: a shorter typical life
    assert service.report(lock).unlocks_per_day == pytest.approx(200 / (399 / 24), rel=0.01)  # shown as measured
