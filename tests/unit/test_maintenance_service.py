"""The maintenance log and recurring tasks: CRUD, undo, one record per swap/run, completion."""

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
from lockcare.services.maintenance import MaintenanceService
from lockcare.storage import Storage, open_storage

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
def storage(data_dir: Path) -> Iterator[Storage]:
    store = open_storage(data_dir)
    yield store
    store.close()


@pytest.fixture
def locks(storage: Storage, clock: Clock) -> LockService:
    return LockService(storage, clock=clock)


@pytest.fixture
def service(storage: Storage, clock: Clock) -> MaintenanceService:
    return MaintenanceService(storage, clock=clock, tz=TZ, forecaster=lambda lock: None)


def add_lock(locks: LockService, name: str = "Front door", device_id: str = "bf3a1c2d3e4f5a6b7c8d") -> Lock:
    lock = Lock(name=name, device_id=device_id, address="192.168.1.40", created_at=NOW - timedelta(days=400))
    return locks.add_lock(lock, KEY)


def test_a_new_lock_gets_the_default_tasks_once(locks: LockService, service: MaintenanceService) -> None:
    lock = add_lock(locks)
    tasks = service.tasks(lock)
    assert [t.kind for t in tasks] == [spec.kind for spec in TASK_SPECS]
    service.remove_task(tasks[0])
    assert len(service.tasks(lock)) == len(TASK_SPECS) - 1  # removed stays removed
    service.ensure_all_default_tasks()
    assert tasks[0].kind not in {t.kind for t in service.tasks(lock)}


def test_gateways_get_no_tasks(storage: Storage, service: MaintenanceService) -> None:
    hub = storage.locks.add(Lock(name="Hub", device_id="gw00000000000000001", kind=LockKind.GATEWAY))
    assert service.ensure_default_tasks(hub) == []
    assert all(item.lock.name != "Hub" for item in service.due())


def test_tasks_seeded_late_are_completed_by_the_existing_log(storage: Storage, service: MaintenanceService) -> None:
    lock = storage.locks.add(Lock(name="Old", device_id="old00000000000000001", created_at=NOW - timedelta(days=900)))
    assert lock.id is not None
    cleaned = NOW - timedelta(days=10)
    storage.maintenance.add_entry(service_entry(lock.id, "cleaning", cleaned))
    by_kind = {t.kind: t for t in service.tasks(lock)}
    assert by_kind["cleaning"].last_done_at == cleaned
    assert by_kind["lubrication"].last_done_at is None


def service_entry(lock_id: int, type_: str, at: datetime):
    from lockcare.core.models import LogEntry

    return LogEntry(lock_id=lock_id, at=at, type=type_)


def test_logging_completes_the_task_and_moves_its_due_date(locks: LockService, service: MaintenanceService) -> None:
    lock = add_lock(locks)
    before = {i.task.kind: i for i in service.due(lock=lock)}
    assert before["strike-plate-screws"].status is DueStatus.OVERDUE
    done = NOW - timedelta(days=2)
    entry = service.add_entry(
        lock, "strike-plate-screws", at=done, measured_value=2.0, done_by=" Ana ", notes="Phillips #2", cost=0
    )
    assert entry.measured_unit == "N·m" and entry.done_by == "Ana"
    after = {i.task.kind: i for i in service.due(lock=lock)}
    assert after["strike-plate-screws"].task.last_done_at == done
    assert after["strike-plate-screws"].status is DueStatus.OK
    assert after["strike-plate-screws"].state.due_on == (done.astimezone(TZ) + timedelta(days=92)).date()
    assert after["cleaning"].status is DueStatus.OVERDUE  # a different job


def test_a_backdated_entry_never_moves_the_anchor_back(locks: LockService, service: MaintenanceService) -> None:
    lock = add_lock(locks)
    service.add_entry(lock, "cleaning", at=NOW - timedelta(days=5))
    service.add_entry(lock, "cleaning", at=NOW - timedelta(days=50))
    task = next(t for t in service.tasks(lock) if t.kind == "cleaning")
    assert task.last_done_at == NOW - timedelta(days=5)


def test_edit_and_delete_with_undo_reanchor_the_task(locks: LockService, service: MaintenanceService) -> None:
    lock = add_lock(locks)
    older = service.add_entry(lock, "lubrication", at=NOW - timedelta(days=200))
    newer = service.add_entry(lock, "lubrication", at=NOW - timedelta(days=3), notes="graphite")

    def anchor() -> datetime | None:
        return next(t for t in service.tasks(lock) if t.kind == "lubrication").last_done_at

    deleted = service.delete_entry(newer)
    assert service.get_entry(newer.id) is None  # type: ignore[arg-type]
    assert anchor() == older.at
    restored = service.restore_entry(deleted)
    assert restored == newer
    assert anchor() == newer.at

    moved = service.edit_entry(replace(newer, at=NOW - timedelta(days=300), notes="graphite powder"))
    assert service.get_entry(newer.id) == moved  # type: ignore[arg-type]
    assert anchor() == older.at
    service.delete_entry(older)
    assert anchor() == moved.at
    service.delete_entry(moved)
    assert anchor() is None


def test_a_swap_is_one_log_entry_and_deleting_it_deletes_the_swap(
    locks: LockService, service: MaintenanceService, storage: Storage
) -> None:
    lock = add_lock(locks)
    swap = locks.record_swap(lock, at=NOW - timedelta(days=1), brand="Varta", note="fresh set")
    entries = service.entries(lock)
    assert [(e.type, e.swap_id, e.notes) for e in entries] == [("battery-swap", swap.id, "fresh set")]
    tasks = {t.kind: t for t in service.tasks(lock)}
    assert tasks["battery-swap"].last_done_at == swap.at
    assert tasks["battery-check"].last_done_at == swap.at

    edited = service.edit_entry(replace(entries[0], at=NOW - timedelta(days=2), notes="moved", done_by="Bo"))
    assert storage.battery.get_swap(swap.id).at == edited.at  # type: ignore[arg-type, union-attr]
    assert storage.battery.get_swap(swap.id).note == "moved"  # type: ignore[arg-type, union-attr]
    with pytest.raises(ValidationError, match="keeps its type"):
        service.edit_entry(replace(edited, type="note"))

    deleted = service.delete_entry(edited)
    assert storage.battery.swaps(lock.id) == []  # type: ignore[arg-type]
    assert service.entries(lock) == []
    service.restore_entry(deleted)
    assert service.entries(lock) == [edited]
    assert storage.battery.swaps(lock.id) == [replace(deleted.swap, at=edited.at, note="moved")]  # type: ignore[arg-type]


def test_a_swap_logged_from_the_log_is_a_real_swap(locks: LockService, service: MaintenanceService, storage: Storage) -> None:
    lock = add_lock(locks)
    entry = service.add_entry(lock, "battery-swap", at=NOW - timedelta(hours=1), cost=6.5, done_by="Ana")
    swaps = storage.battery.swaps(lock.id)  # type: ignore[arg-type]
    assert len(swaps) == 1 and entry.swap_id == swaps[0].id
    assert len(service.entries(lock)) == 1
    assert service.entries(lock)[0].cost == 6.5


def test_a_troubleshooting_run_is_one_log_entry(locks: LockService, service: MaintenanceService) -> None:
    lock = add_lock(locks)
    run = TroubleshootRun(lock_id=lock.id, started_at=NOW - timedelta(hours=2), symptom="keypad-dark",
                          steps=(("replace-batteries", "fixed"),), outcome="fixed")
    stored, entry = service.record_run(run, done_by="Ana")
    assert entry is not None and entry.run_id == stored.id and entry.type == "troubleshooting-run"
    assert "keypad-dark" in entry.notes
    assert service.runs(lock) == [stored]
    deleted = service.delete_entry(entry)
    assert service.runs(lock) == [] and service.entries(lock) == []
    service.restore_entry(deleted)
    assert service.runs(lock) == [stored] and service.entries(lock) == [entry]
    assert service.record_run(replace(run, lock_id=None))[1] is None


def test_filters_and_search(locks: LockService, service: MaintenanceService) -> None:
    front = add_lock(locks)
    back = add_lock(locks, "Back door", "aa3a1c2d3e4f5a6b7c8d")
    service.add_entry(front, "cleaning", at=NOW - timedelta(days=40), notes="Isopropyl 70 %")
    service.add_entry(front, "repair", at=NOW - timedelta(days=20), done_by="Locksmith Lee", cost=80)
    service.add_entry(back, "note", at=NOW - timedelta(days=1), notes="100%_done")
    assert [e.type for e in service.entries(front)] == ["repair", "cleaning"]
    assert [e.type for e in service.entries(types=["note", "repair"])] == ["note", "repair"]
    assert [e.type for e in service.entries(since=NOW - timedelta(days=30))] == ["note", "repair"]
    assert [e.type for e in service.entries(until=NOW - timedelta(days=30))] == ["cleaning"]
    assert [e.type for e in service.entries(text="isopropyl")] == ["cleaning"]
    assert [e.type for e in service.entries(text="lee")] == ["repair"]
    assert [e.type for e in service.entries(text="Cleaning")] == ["cleaning"]  # the type's label
    assert [e.type for e in service.entries(text="0%_")] == ["note"]  # wildcards are literal
    assert service.entries(text="0%x") == []


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"type": "polish"}, "Unknown log entry type"),
        ({"type": "note", "at": NOW + timedelta(days=1)}, "in the future"),
        ({"type": "repair", "cost": -1.0}, "cannot be negative"),
        ({"type": "repair", "cost": float("nan")}, "must be a number"),
    ],
)
def test_impossible_entries_are_refused(locks: LockService, service: MaintenanceService, kwargs: dict, message: str) -> None:
    lock = add_lock(locks)
    with pytest.raises(ValidationError, match=message):
        service.add_entry(lock, **kwargs)
    assert service.entries(lock) == []


def test_add_edit_and_remove_tasks(locks: LockService, service: MaintenanceService) -> None:
    lock = add_lock(locks)
    task = service.add_task(lock, "Check the door closer", interval_days=14)
    assert task.kind == "custom-check-the-door-closer" and task.last_done_at is None
    with pytest.raises(ValidationError, match="already has"):
        service.add_task(lock, "Check the door closer", interval_days=7)
    with pytest.raises(ValidationError, match="interval"):
        service.add_task(lock, "Never", interval_days=0)
    cleaning = next(t for t in service.tasks(lock) if t.kind == "cleaning")
    service.update_task(replace(cleaning, interval_months=6))
    assert next(t for t in service.tasks(lock) if t.kind == "cleaning").interval_months == 6
    service.remove_task(task)
    with pytest.raises(NotFoundError):
        service.update_task(task)


def test_due_is_sorted_by_urgency_and_forecast_drives_the_swap(
    locks: LockService, storage: Storage, clock: Clock
) -> None:
    lock = add_lock(locks)
    service = MaintenanceService(storage, clock=clock, tz=TZ, forecaster=lambda lock: _Forecast(NOW + timedelta(days=3)))
    for kind in ("battery-check", "backup-access-test", "cleaning", "strike-plate-screws"):
        service.add_entry(lock, kind, at=NOW - timedelta(days=1))
    items = service.due()
    statuses = [i.status for i in items]
    assert statuses == sorted(statuses, key=[DueStatus.OVERDUE, DueStatus.DUE_SOON, DueStatus.OK].index)
    swap = next(i for i in items if i.task.kind == "battery-swap")
    assert swap.status is DueStatus.DUE_SOON and swap.state.due_on == (NOW + timedelta(days=3)).date()
    assert items[0].task.kind == "lubrication" and items[0].status is DueStatus.OVERDUE


def test_catch_up_reports_what_fell_due_while_closed(locks: LockService, service: MaintenanceService, clock: Clock) -> None:
    lock = add_lock(locks)
    for kind in ("battery-check", "backup-access-test", "cleaning", "strike-plate-screws", "lubrication"):
        service.add_entry(lock, kind, at=NOW - timedelta(days=20))
    assert service.catch_up() == []  # first run ever
    assert service.last_run_at() == NOW
    clock.now = NOW + timedelta(days=15)
    fell = service.catch_up()
    assert sorted(i.task.kind for i in fell) == ["backup-access-test", "battery-check"]
    assert all(i.lock == lock for i in fell)
    assert service.catch_up() == []  # shown once
    clock.now = NOW  # the clock went backwards
    assert service.catch_up() == []


class _Forecast:
    status = "ok"

    def __init__(self, when: datetime) -> None:
        self.replace_by = self.earliest = self.latest = when


def test_mark_done_logs_an_entry_and_completes_custom_tasks(locks: LockService, service: MaintenanceService) -> None:
    lock = add_lock(locks)
    custom = service.add_task(lock, "Oil the hinges", interval_months=6)
    entry = service.mark_done(custom, at=NOW - timedelta(days=1), done_by="Ana")
    assert (entry.type, entry.notes, entry.done_by) == ("note", "Done: Oil the hinges", "Ana")
    assert next(t for t in service.tasks(lock) if t.id == custom.id).last_done_at == entry.at
    cleaning = next(t for t in service.tasks(lock) if t.kind == "cleaning")
    assert service.mark_done(cleaning).type == "cleaning"
    swap_task = next(t for t in service.tasks(lock) if t.kind == "battery-swap")
    assert service.mark_done(swap_task).swap_id is not None


def test_the_battery_task_is_planned_on_the_battery_tabs_own_forecast(
    storage: Storage, locks: LockService, clock: Clock
) -> None:
    from lockcare.services.battery import BatteryService

    lock = add_lock(locks)
    locks.record_swap(lock, at=NOW - timedelta(days=330))  # an earlier set that ran down fast
    for day, percent in ((300, 40), (260, 15)):
        locks.record_reading(lock, percent=percent, at=NOW - timedelta(days=day))
    locks.record_swap(lock, at=NOW - timedelta(days=120))
    for day, percent in ((110, 95), (80, 85), (50, 70), (20, 55), (2, 45)):
        locks.record_reading(lock, percent=percent, at=NOW - timedelta(days=day))
    # A busy door: unlocks seen by live reads make the battery service expect a faster drain.
    storage.battery.add_events(
        LockEvent(lock_id=lock.id, at=NOW - timedelta(days=day, hours=hour), kind="unlock", code="fingerprint")
        for day in range(1, 31) for hour in range(0, 24, 1)
    )
    expected = BatteryService(storage, clock=clock).forecast(lock)
    assert expected.status == "ok" and expected.explanation

    plan = MaintenanceService(storage, clock=clock, tz=TZ)  # the default forecaster
    [item] = [i for i in plan.due(lock=lock) if i.task.kind == "battery-swap"]
    assert item.state.due_on == expected.earliest.astimezone(TZ).date()
