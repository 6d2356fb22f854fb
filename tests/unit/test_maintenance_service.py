"""The maintenance log, recurring tasks and plan: CRUD, undo, one record per swap/run, completion."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from lockcare.core.errors import NotFoundError, ValidationError
from lockcare.core.maintenance.log_types import TASK_SPECS
from lockcare.core.maintenance.schedule import DueStatus
from lockcare.core.models import Lock, LockEvent, LockKind, TroubleshootRun
from lockcare.services.locks import LockService
from lockcare.services.maintenance_plan import MaintenancePlan
from lockcare.services.registry import Services
from lockcare.storage import Storage
from tests.support.services import opened_services

NOW = datetime(2026, 7, 1, 12, 0, tzinfo=UTC)
TZ = ZoneInfo("Europe/Berlin")
KEY = "0123456789abcdef"


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock(NOW)


@pytest.fixture
def opened(data_dir: Path, clock: Clock) -> Iterator[tuple[Storage, Services]]:
    with opened_services(data_dir, clock=clock, tz=TZ) as pair:
        yield pair


@pytest.fixture
def storage(opened: tuple[Storage, Services]) -> Storage:
    return opened[0]


@pytest.fixture
def services(opened: tuple[Storage, Services]) -> Services:
    return opened[1]


@pytest.fixture
def locks(services: Services) -> LockService:
    return services.locks


def add_lock(locks: LockService, name: str = "Front door", device_id: str = "bf3a1c2d3e4f5a6b7c8d") -> Lock:
    lock = Lock(name=name, device_id=device_id, address="192.168.1.40", created_at=NOW - timedelta(days=400))
    return locks.add_lock(lock, KEY)


def test_a_new_lock_gets_the_default_tasks_once(locks: LockService, services: Services) -> None:
    lock = add_lock(locks)
    tasks = services.tasks.tasks(lock)
    assert [t.kind for t in tasks] == [spec.kind for spec in TASK_SPECS]
    services.tasks.remove_task(tasks[0])
    assert len(services.tasks.tasks(lock)) == len(TASK_SPECS) - 1  # removed stays removed
    services.tasks.ensure_all_default_tasks()
    assert tasks[0].kind not in {t.kind for t in services.tasks.tasks(lock)}


def test_gateways_get_no_tasks(storage: Storage, services: Services) -> None:
    hub = storage.locks.add(Lock(name="Hub", device_id="gw00000000000000001", kind=LockKind.GATEWAY))
    assert services.tasks.ensure_default_tasks(hub) == []
    assert all(item.lock.name != "Hub" for item in services.plan.due())


def test_tasks_seeded_late_are_completed_by_the_existing_log(storage: Storage, services: Services) -> None:
    lock = storage.locks.add(Lock(name="Old", device_id="old00000000000000001", created_at=NOW - timedelta(days=900)))
    assert lock.id is not None
    cleaned = NOW - timedelta(days=10)
    storage.maintenance.add_entry(service_entry(lock.id, "cleaning", cleaned))
    assert services.tasks.tasks(lock) == []  # reading never seeds
    services.tasks.ensure_all_default_tasks()  # start-up (or after a restore) does
    by_kind = {t.kind: t for t in services.tasks.tasks(lock)}
    assert by_kind["cleaning"].last_done_at == cleaned
    assert by_kind["lubrication"].last_done_at is None


def service_entry(lock_id: int, type_: str, at: datetime):
    from lockcare.core.models import LogEntry

    return LogEntry(lock_id=lock_id, at=at, type=type_)


def test_logging_completes_the_task_and_moves_its_due_date(locks: LockService, services: Services) -> None:
    lock = add_lock(locks)
    before = {i.task.kind: i for i in services.plan.due(lock=lock)}
    assert before["strike-plate-screws"].status is DueStatus.OVERDUE
    done = NOW - timedelta(days=2)
    entry = services.maintenance.add_entry(
        lock, "strike-plate-screws", at=done, measured_value=2.0, done_by=" Ana ", notes="Phillips #2", cost=0
    )
    assert entry.measured_unit == "N·m" and entry.done_by == "Ana"
    after = {i.task.kind: i for i in services.plan.due(lock=lock)}
    assert after["strike-plate-screws"].task.last_done_at == done
    assert after["strike-plate-screws"].status is DueStatus.OK
    assert after["strike-plate-screws"].state.due_on == (done.astimezone(TZ) + timedelta(days=92)).date()
    assert after["cleaning"].status is DueStatus.OVERDUE  # a different job


def test_a_backdated_entry_never_moves_the_anchor_back(locks: LockService, services: Services) -> None:
    lock = add_lock(locks)
    services.maintenance.add_entry(lock, "cleaning", at=NOW - timedelta(days=5))
    services.maintenance.add_entry(lock, "cleaning", at=NOW - timedelta(days=50))
    task = next(t for t in services.tasks.tasks(lock) if t.kind == "cleaning")
    assert task.last_done_at == NOW - timedelta(days=5)


def test_edit_and_delete_with_undo_reanchor_the_task(locks: LockService, services: Services) -> None:
    lock = add_lock(locks)
    older = services.maintenance.add_entry(lock, "lubrication", at=NOW - timedelta(days=200))
    newer = services.maintenance.add_entry(lock, "lubrication", at=NOW - timedelta(days=3), notes="graphite")

    def anchor() -> datetime | None:
        return next(t for t in services.tasks.tasks(lock) if t.kind == "lubrication").last_done_at

    deleted = services.maintenance.delete_entry(newer)
    assert services.maintenance.get_entry(newer.id) is None  # type: ignore[arg-type]
    assert anchor() == older.at
    restored = services.maintenance.restore_entry(deleted)
    assert restored == newer
    assert anchor() == newer.at

    moved = services.maintenance.edit_entry(replace(newer, at=NOW - timedelta(days=300), notes="graphite powder"))
    assert services.maintenance.get_entry(newer.id) == moved  # type: ignore[arg-type]
    assert anchor() == older.at
    services.maintenance.delete_entry(older)
    assert anchor() == moved.at
    services.maintenance.delete_entry(moved)
    assert anchor() is None


def test_a_swap_is_one_log_entry_and_deleting_it_deletes_the_swap(
    locks: LockService, services: Services, storage: Storage
) -> None:
    lock = add_lock(locks)
    swap = services.maintenance.record_swap(lock, at=NOW - timedelta(days=1), brand="Varta", note="fresh set")
    entries = services.maintenance.entries(lock)
    assert [(e.type, e.swap_id, e.notes) for e in entries] == [("battery-swap", swap.id, "fresh set")]
    tasks = {t.kind: t for t in services.tasks.tasks(lock)}
    assert tasks["battery-swap"].last_done_at == swap.at
    assert tasks["battery-check"].last_done_at == swap.at

    edited = services.maintenance.edit_entry(replace(entries[0], at=NOW - timedelta(days=2), notes="moved", done_by="Bo"))
    assert storage.battery.get_swap(swap.id).at == edited.at  # type: ignore[arg-type, union-attr]
    assert storage.battery.get_swap(swap.id).note == "moved"  # type: ignore[arg-type, union-attr]
    with pytest.raises(ValidationError, match="keeps its type"):
        services.maintenance.edit_entry(replace(edited, type="note"))

    deleted = services.maintenance.delete_entry(edited)
    assert storage.battery.swaps(lock.id) == []  # type: ignore[arg-type]
    assert services.maintenance.entries(lock) == []
    services.maintenance.restore_entry(deleted)
    assert services.maintenance.entries(lock) == [edited]
    assert storage.battery.swaps(lock.id) == [replace(deleted.swap, at=edited.at, note="moved")]  # type: ignore[arg-type]


def test_a_swap_logged_from_the_log_is_a_real_swap(locks: LockService, services: Services, storage: Storage) -> None:
    lock = add_lock(locks)
    entry = services.maintenance.add_entry(lock, "battery-swap", at=NOW - timedelta(hours=1), cost=6.5, done_by="Ana")
    swaps = storage.battery.swaps(lock.id)  # type: ignore[arg-type]
    assert len(swaps) == 1 and entry.swap_id == swaps[0].id
    assert len(services.maintenance.entries(lock)) == 1
    assert services.maintenance.entries(lock)[0].cost == 6.5


def test_a_troubleshooting_run_is_one_log_entry(locks: LockService, services: Services) -> None:
    lock = add_lock(locks)
    run = TroubleshootRun(lock_id=lock.id, started_at=NOW - timedelta(hours=2), symptom="keypad-dark",
                          steps=(("replace-batteries", "fixed"),), outcome="fixed")
    stored, entry = services.maintenance.record_run(run, done_by="Ana")
    assert entry is not None and entry.run_id == stored.id and entry.type == "troubleshooting-run"
    assert "keypad-dark" in entry.notes
    assert services.maintenance.runs(lock) == [stored]
    deleted = services.maintenance.delete_entry(entry)
    assert services.maintenance.runs(lock) == [] and services.maintenance.entries(lock) == []
    services.maintenance.restore_entry(deleted)
    assert services.maintenance.runs(lock) == [stored] and services.maintenance.entries(lock) == [entry]
    assert services.maintenance.record_run(replace(run, lock_id=None))[1] is None


def test_filters_and_search(locks: LockService, services: Services) -> None:
    front = add_lock(locks)
    back = add_lock(locks, "Back door", "aa3a1c2d3e4f5a6b7c8d")
    services.maintenance.add_entry(front, "cleaning", at=NOW - timedelta(days=40), notes="Isopropyl 70 %")
    services.maintenance.add_entry(front, "repair", at=NOW - timedelta(days=20), done_by="Locksmith Lee", cost=80)
    services.maintenance.add_entry(back, "note", at=NOW - timedelta(days=1), notes="100%_done")
    assert [e.type for e in services.maintenance.entries(front)] == ["repair", "cleaning"]
    assert [e.type for e in services.maintenance.entries(types=["note", "repair"])] == ["note", "repair"]
    assert [e.type for e in services.maintenance.entries(since=NOW - timedelta(days=30))] == ["note", "repair"]
    assert [e.type for e in services.maintenance.entries(until=NOW - timedelta(days=30))] == ["cleaning"]
    assert [e.type for e in services.maintenance.entries(text="isopropyl")] == ["cleaning"]
    assert [e.type for e in services.maintenance.entries(text="lee")] == ["repair"]
    assert [e.type for e in services.maintenance.entries(text="Cleaning")] == ["cleaning"]  # the type's label
    assert [e.type for e in services.maintenance.entries(text="0%_")] == ["note"]  # wildcards are literal
    assert services.maintenance.entries(text="0%x") == []


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"type": "polish"}, "Unknown log entry type"),
        ({"type": "note", "at": NOW + timedelta(days=1)}, "in the future"),
        ({"type": "repair", "cost": -1.0}, "cannot be negative"),
        ({"type": "repair", "cost": float("nan")}, "must be a number"),
    ],
)
def test_impossible_entries_are_refused(locks: LockService, services: Services, kwargs: dict, message: str) -> None:
    lock = add_lock(locks)
    with pytest.raises(ValidationError, match=message):
        services.maintenance.add_entry(lock, **kwargs)
    assert services.maintenance.entries(lock) == []


def test_add_edit_and_remove_tasks(locks: LockService, services: Services) -> None:
    lock = add_lock(locks)
    task = services.tasks.add_task(lock, "Check the door closer", interval_days=14)
    assert task.kind == "custom-check-the-door-closer" and task.last_done_at is None
    with pytest.raises(ValidationError, match="already has"):
        services.tasks.add_task(lock, "Check the door closer", interval_days=7)
    with pytest.raises(ValidationError, match="interval"):
        services.tasks.add_task(lock, "Never", interval_days=0)
    cleaning = next(t for t in services.tasks.tasks(lock) if t.kind == "cleaning")
    services.tasks.update_task(replace(cleaning, interval_months=6))
    assert next(t for t in services.tasks.tasks(lock) if t.kind == "cleaning").interval_months == 6
    services.tasks.remove_task(task)
    with pytest.raises(NotFoundError):
        services.tasks.update_task(task)


def test_due_is_sorted_by_urgency_and_forecast_drives_the_swap(
    locks: LockService, services: Services, storage: Storage, clock: Clock
) -> None:
    lock = add_lock(locks)
    plan = MaintenancePlan(storage.locks, storage.battery, storage.maintenance, clock=clock, tz=TZ,
                           forecaster=lambda lock: _Forecast(NOW + timedelta(days=3)))
    for kind in ("battery-check", "backup-access-test", "cleaning", "strike-plate-screws"):
        services.maintenance.add_entry(lock, kind, at=NOW - timedelta(days=1))
    items = plan.due()
    statuses = [i.status for i in items]
    assert statuses == sorted(statuses, key=[DueStatus.OVERDUE, DueStatus.DUE_SOON, DueStatus.OK].index)
    swap = next(i for i in items if i.task.kind == "battery-swap")
    assert swap.status is DueStatus.DUE_SOON and swap.state.due_on == (NOW + timedelta(days=3)).date()
    assert items[0].task.kind == "lubrication" and items[0].status is DueStatus.OVERDUE


def test_catch_up_reports_what_fell_due_while_closed(locks: LockService, services: Services, clock: Clock) -> None:
    lock = add_lock(locks)
    for kind in ("battery-check", "backup-access-test", "cleaning", "strike-plate-screws", "lubrication"):
        services.maintenance.add_entry(lock, kind, at=NOW - timedelta(days=20))
    plan, runs = services.plan, services.runs

    def start_up() -> list:  # what the reminder does when the app starts
        items = plan.catch_up(runs.last_run_at())
        runs.mark_running()
        return items

    assert start_up() == []  # first run ever
    assert runs.last_run_at() == NOW
    clock.now = NOW + timedelta(days=15)
    fell = start_up()
    assert sorted(i.task.kind for i in fell) == ["backup-access-test", "battery-check"]
    assert all(i.lock == lock for i in fell)
    assert start_up() == []  # shown once
    clock.now = NOW  # the clock went backwards
    assert start_up() == []


class _Forecast:
    status = "ok"

    def __init__(self, when: datetime) -> None:
        self.replace_by = self.earliest = self.latest = when


def test_mark_done_logs_an_entry_and_completes_custom_tasks(locks: LockService, services: Services) -> None:
    lock = add_lock(locks)
    custom = services.tasks.add_task(lock, "Oil the hinges", interval_months=6)
    entry = services.maintenance.mark_done(custom, at=NOW - timedelta(days=1), done_by="Ana")
    assert (entry.type, entry.notes, entry.done_by) == ("note", "Done: Oil the hinges", "Ana")
    assert next(t for t in services.tasks.tasks(lock) if t.id == custom.id).last_done_at == entry.at
    cleaning = next(t for t in services.tasks.tasks(lock) if t.kind == "cleaning")
    assert services.maintenance.mark_done(cleaning).type == "cleaning"
    swap_task = next(t for t in services.tasks.tasks(lock) if t.kind == "battery-swap")
    assert services.maintenance.mark_done(swap_task).swap_id is not None


def test_the_battery_task_is_planned_on_the_battery_tabs_own_forecast(
    storage: Storage, locks: LockService, services: Services
) -> None:
    lock = add_lock(locks)
    services.maintenance.record_swap(lock, at=NOW - timedelta(days=330))  # an earlier set that ran down fast
    for day, percent in ((300, 40), (260, 15)):
        locks.record_reading(lock, percent=percent, at=NOW - timedelta(days=day))
    services.maintenance.record_swap(lock, at=NOW - timedelta(days=120))
    for day, percent in ((110, 95), (80, 85), (50, 70), (20, 55), (2, 45)):
        locks.record_reading(lock, percent=percent, at=NOW - timedelta(days=day))
    # A busy door: unlocks seen by live reads make the battery service expect a faster drain.
    storage.battery.add_events(
        LockEvent(lock_id=lock.id, at=NOW - timedelta(days=day, hours=hour), kind="unlock", code="fingerprint")
        for day in range(1, 31) for hour in range(0, 24, 1)
    )
    expected = services.battery.forecast(lock)
    assert expected.status == "ok" and expected.explanation

    plan = services.plan  # as the composition root wires it
    [item] = [i for i in plan.due(lock=lock) if i.task.kind == "battery-swap"]
    assert item.state.due_on == expected.earliest.astimezone(TZ).date()


@pytest.mark.parametrize("way", ["swap dialog", "log entry", "ticked task"])
def test_every_way_to_record_a_swap_is_the_same_use_case(locks: LockService, services: Services, storage: Storage, way: str) -> None:
    lock = add_lock(locks)
    at = NOW - timedelta(hours=2)
    record = {
        "swap dialog": lambda when: services.maintenance.record_swap(lock, at=when),
        "log entry": lambda when: services.maintenance.add_entry(lock, "battery-swap", at=when),
        "ticked task": lambda when: services.maintenance.mark_done(
            next(t for t in services.tasks.tasks(lock) if t.kind == "battery-swap"), at=when),
    }[way]
    with pytest.raises(ValidationError, match="in the future"):
        record(NOW + timedelta(days=1))
    assert storage.battery.swaps(lock.id) == [] and services.maintenance.entries(lock) == []  # type: ignore[arg-type]
    record(at)
    [swap] = storage.battery.swaps(lock.id)  # type: ignore[arg-type]
    assert (swap.at, swap.battery_type, swap.count) == (at, lock.battery_type, lock.battery_count)
    [entry] = services.maintenance.entries(lock)
    assert (entry.type, entry.swap_id, entry.at) == ("battery-swap", swap.id, at)
    done = {t.kind: t.last_done_at for t in services.tasks.tasks(lock)}
    assert done["battery-swap"] == at and done["battery-check"] == at


def test_a_swap_checks_what_went_in(locks: LockService, services: Services, storage: Storage) -> None:
    lock = add_lock(locks)
    with pytest.raises(ValidationError, match="between 1 and 12"):
        services.maintenance.record_swap(lock, count=0)
    with pytest.raises(ValidationError):
        services.maintenance.record_swap(lock, battery_type="9-volt")
    storage.locks.delete(lock.id)  # type: ignore[arg-type]
    with pytest.raises(NotFoundError):
        services.maintenance.record_swap(lock)
