"""BatteryService: forecasts for stored locks, sets, warnings, the fleet and the shopping list."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from lockcare.core.battery import detect_swaps
from lockcare.core.battery.sets import build_sets
from lockcare.core.models import (
    BatteryReading,
    BatterySwap,
    Lock,
    LockEvent,
    LockKind,
    LockStatus,
    ReadingSource,
)
from lockcare.core.dates_in_words import day_month, range_words
from lockcare.core.wording import forecast_headline
from lockcare.services.battery import BatteryService
from lockcare.storage import Storage, open_storage

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


@pytest.fixture
def storage(data_dir: Path) -> Iterator[Storage]:
    store = open_storage(data_dir)
    yield store
    store.close()


@pytest.fixture
def service(storage: Storage) -> BatteryService:
    return BatteryService(storage.locks, storage.battery, clock=lambda: NOW)


def add_lock(storage: Storage, name: str, number: int, **fields: object) -> Lock:
    return storage.locks.add(Lock(name=name, device_id=f"bf3a1c2d3e4f5a6b7c{number:02d}", address="10.0.0.2", **fields))


def swap(storage: Storage, lock: Lock, days_ago: float, battery_type: str = "aa-alkaline", count: int = 4) -> None:
    assert lock.id is not None
    storage.battery.add_swap(BatterySwap(lock.id, NOW - timedelta(days=days_ago), battery_type, "Varta", count))


def decline(storage: Storage, lock: Lock, since_days: int, life_days: float, every: int = 3) -> None:
    """Readings falling linearly from 100 % to 20 % over ``life_days`` since ``since_days`` ago."""
    assert lock.id is not None
    readings = []
    for day in range(0, since_days, every):
        percent = max(0, round(100 - 80 * day / life_days))
        readings.append(BatteryReading(lock.id, NOW - timedelta(days=since_days - day), percent=int(5 * round(percent / 5)),
                                       source=ReadingSource.LIVE))
    storage.battery.add_readings(readings)


def test_forecast_for_a_stored_lock_uses_its_swaps_and_readings(storage: Storage, service: BatteryService) -> None:
    lock = add_lock(storage, "Front door", 1)
    swap(storage, lock, 180)
    decline(storage, lock, 180, 270)
    report = service.report(lock)
    assert report.forecast.status == "ok"
    assert report.forecast.reason == "readings"
    assert NOW < report.forecast.replace_by < NOW + timedelta(days=150)
    assert report.headline.startswith("Replace batteries between ")
    assert service.forecast(lock).replace_by == report.forecast.replace_by
    assert report.status == "ok"


def test_little_data_gives_the_typical_life_instead_of_a_line(storage: Storage, service: BatteryService) -> None:
    lock = add_lock(storage, "Front door", 1)
    storage.battery.add_swap(BatterySwap(lock.id, datetime(2026, 7, 3, 10, tzinfo=UTC), "aa-alkaline", "", 4))
    report = service.report(lock)
    assert report.forecast.reason == "prior-only"
    assert report.forecast.explanation.startswith("Not enough readings yet — expect about 8-10 months")
    assert "from the swap on 3 Jul" in report.forecast.explanation
    assert report.headline.startswith("Expect to replace the batteries between ")


def test_no_history_at_all_is_no_data(storage: Storage, service: BatteryService) -> None:
    lock = add_lock(storage, "Front door", 1)
    report = service.report(lock)
    assert report.forecast.status == "insufficient-data"
    assert report.status == "no-data"
    assert report.headline == "Not enough readings yet for a forecast"
    assert [row.range_text for row in service.fleet()] == ["Not enough readings yet"]


def test_unlock_events_set_the_usage_and_a_busy_door_needs_batteries_sooner(storage: Storage, service: BatteryService) -> None:
    quiet, busy = add_lock(storage, "Quiet door", 1), add_lock(storage, "Busy door", 2)
    for lock, per_day in ((quiet, 2), (busy, 40)):
        swap(storage, lock, 60)
        assert lock.id is not None
        events = [LockEvent(lock.id, NOW - timedelta(days=30) + timedelta(days=i / per_day), "unlock", "unlock_fingerprint")
                  for i in range(30 * per_day)]
        storage.battery.add_events(events)
    assert service.unlocks_per_day(quiet) == pytest.approx(2.0, rel=0.05)
    assert service.unlocks_per_day(busy) == pytest.approx(40.0, rel=0.05)
    assert service.report(busy).forecast.replace_by < service.report(quiet).forecast.replace_by


def test_too_few_unlock_events_mean_unknown_usage(storage: Storage, service: BatteryService) -> None:
    lock = add_lock(storage, "Front door", 1)
    assert lock.id is not None
    storage.battery.add_events([LockEvent(lock.id, NOW - timedelta(days=2), "unlock", "unlock_app")])
    assert service.unlocks_per_day(lock) is None


def test_voice_prompts_come_from_the_lock(storage: Storage, service: BatteryService) -> None:
    plain, talking = add_lock(storage, "Plain", 1), add_lock(storage, "Talking", 2, voice_prompts=True)
    swap(storage, plain, 10)
    swap(storage, talking, 10)
    assert service.forecast(talking).replace_by < service.forecast(plain).replace_by - timedelta(days=100)


def test_battery_sets_are_compared_with_each_other(storage: Storage, service: BatteryService) -> None:
    lock = add_lock(storage, "Front door", 1)
    swap(storage, lock, 200 + 280 + 30)
    swap(storage, lock, 280 + 30)
    swap(storage, lock, 30)
    sets = service.report(lock).sets
    assert [round(s.days) for s in sets] == [200, 280, 30]
    assert "1.4x the last one" in sets[1].summary
    assert sets[-1].current


def test_mixed_types_nimh_and_idle_warnings(storage: Storage, service: BatteryService) -> None:
    mixed = add_lock(storage, "Mixed", 1)
    swap(storage, mixed, 20, "aa-alkaline", 2)
    storage.battery.add_swap(BatterySwap(mixed.id, NOW - timedelta(days=20, minutes=10), "aa-lithium", "", 2))
    assert "mixed-types" in [w.code for w in service.report(mixed).warnings]

    nimh = add_lock(storage, "Rechargeable", 2)
    swap(storage, nimh, 20, "aa-nimh")
    codes = [w.code for w in service.report(nimh).warnings]
    assert codes.count("nimh") == 1
    assert len(service.report(nimh).warnings) == len({w.message for w in service.report(nimh).warnings})

    idle = add_lock(storage, "Holiday house", 3)
    swap(storage, idle, 200)
    decline(storage, idle, 200, 400, every=10)
    storage.battery.add_events([LockEvent(idle.id, NOW - timedelta(days=120), "unlock", "unlock_key")])
    idle_readings = storage.battery.readings(idle.id)
    storage.battery.delete_reading(idle_readings[-1].id)  # keep the last sign of life well in the past
    for reading in storage.battery.readings(idle.id):
        if reading.at > NOW - timedelta(days=95):
            storage.battery.delete_reading(reading.id)
    warnings = service.report(idle).warnings
    assert [w.code for w in warnings] == ["idle"]
    assert "remove the batteries" in warnings[0].message
    assert [w.code for w in service.warnings(idle)] == ["idle"]


def test_an_unrecorded_battery_change_is_proposed(storage: Storage, service: BatteryService) -> None:
    lock = add_lock(storage, "Front door", 1)
    assert lock.id is not None
    storage.battery.add_readings([
        BatteryReading(lock.id, NOW - timedelta(days=40), percent=15),
        BatteryReading(lock.id, NOW - timedelta(days=38), percent=100),
        BatteryReading(lock.id, NOW - timedelta(days=20), percent=95),
    ])
    proposals = service.report(lock).proposals
    assert len(proposals) == 1
    assert "Were new batteries put in" in proposals[0].message


def test_fleet_statuses_order_and_gateways_left_out(storage: Storage, service: BatteryService) -> None:
    overdue = add_lock(storage, "Garage gate", 1)
    swap(storage, overdue, 260)
    decline(storage, overdue, 260, 250)
    soon = add_lock(storage, "Front door", 2)
    swap(storage, soon, 230)
    decline(storage, soon, 230, 250)
    asleep = add_lock(storage, "Back door", 3)
    swap(storage, asleep, 30)
    decline(storage, asleep, 30, 270)
    storage.locks.save_status(LockStatus(asleep.id, NOW, NOW - timedelta(days=2), "asleep"))
    fine = add_lock(storage, "Shed", 4)
    swap(storage, fine, 20)
    add_lock(storage, "Hub", 5, kind=LockKind.GATEWAY)

    rows = service.fleet()
    assert [(r.lock.name, r.status) for r in rows] == [
        ("Garage gate", "overdue"), ("Front door", "replace-soon"), ("Back door", "asleep"), ("Shed", "ok"),
    ]
    assert rows[0].status_text == "Replace now" and rows[0].range_text == "Now"
    assert rows[2].status_text == f"Asleep since {day_month(NOW - timedelta(days=2), NOW)}"
    assert " – " in rows[1].range_text
    assert rows[0].level_text.endswith(" %")


def test_shopping_list_groups_by_type_and_count(storage: Storage, service: BatteryService) -> None:
    for number, (name, kind) in enumerate((("Front door", "aa-alkaline"), ("Garage gate", "aa-alkaline"),
                                           ("Side door", "18650-li-ion")), start=1):
        lock = add_lock(storage, name, number, battery_type=kind, battery_count=1 if kind == "18650-li-ion" else 4)
        swap(storage, lock, 265, kind, lock.battery_count)
        decline(storage, lock, 265, 250 if kind == "aa-alkaline" else 180)
    later = add_lock(storage, "Back door", 9)
    swap(storage, later, 20)

    items = service.shopping_list()
    assert [(i.battery_type, i.count, i.locks) for i in items][:2] in (
        [("aa-alkaline", 4, ("Front door", "Garage gate")), ("18650-li-ion", 1, ("Side door",))],
        [("18650-li-ion", 1, ("Side door",)), ("aa-alkaline", 4, ("Front door", "Garage gate"))],
    )
    assert len(items) == 2
    alkaline = next(i for i in items if i.battery_type == "aa-alkaline")
    assert alkaline.total == 8
    assert alkaline.text.startswith("8 × AA alkaline (4 each for Front door and Garage gate)")
    assert service.shopping_list(within_days=0) == [i for i in items if i.need_by <= NOW]


def test_date_words() -> None:
    assert range_words(datetime(2026, 3, 12, 12, tzinfo=UTC), datetime(2026, 4, 2, 12, tzinfo=UTC), NOW) == "12 Mar – 2 Apr"
    assert day_month(datetime(2027, 1, 5, 12, tzinfo=UTC), NOW) == "5 Jan 2027"
    assert range_words(NOW, NOW, NOW) == day_month(NOW, NOW)
    # A range that reaches into another year dates both ends, so the first is never a guess.
    assert (range_words(datetime(2026, 12, 19, 12, tzinfo=UTC), datetime(2027, 3, 24, 12, tzinfo=UTC), NOW)
            == "19 Dec 2026 – 24 Mar 2027")
    assert (range_words(datetime(2027, 1, 5, 12, tzinfo=UTC), datetime(2027, 2, 1, 12, tzinfo=UTC), NOW)
            == "5 Jan 2027 – 1 Feb 2027")


def test_headline_for_an_overdue_forecast(storage: Storage, service: BatteryService) -> None:
    lock = add_lock(storage, "Front door", 1)
    swap(storage, lock, 300)
    decline(storage, lock, 300, 250)
    report = service.report(lock)
    assert report.status == "overdue"
    assert forecast_headline(report.forecast, NOW) == "Replace the batteries now"


def test_long_histories_give_the_same_sets_and_proposals_as_the_core(storage: Storage, service: BatteryService) -> None:
    lock = add_lock(storage, "Front door", 1)
    assert lock.id is not None
    readings = []
    for day in range(0, 700):  # three sets; the second change is not recorded
        used = (day % 250) / 250
        for hour in (6, 18):
            percent = int(5 * round((100 - 85 * used) / 5))
            readings.append(BatteryReading(lock.id, NOW - timedelta(days=700 - day, hours=-hour), percent=percent))
    storage.battery.add_readings(readings)
    swap(storage, lock, 700)
    swap(storage, lock, 200)
    stored, swaps = storage.battery.readings(lock.id), storage.battery.swaps(lock.id)
    report = service.report(lock)
    assert report.sets == build_sets(swaps, now=NOW, readings=stored)
    assert report.proposals == detect_swaps(stored, swaps)
    assert len(report.proposals) == 1
