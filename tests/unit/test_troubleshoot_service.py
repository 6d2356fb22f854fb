"""TroubleshootService: suggestions from stored data, saving walks once, summaries, saving text."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from lockcare.core.models import (
    BatteryReading,
    BatterySwap,
    Lock,
    LockEvent,
    LockStatus,
)
from lockcare.services.locks import LockService
from lockcare.services.maintenance_log import MaintenanceLog
from lockcare.services.registry import Services
from lockcare.services.troubleshoot import ABANDONED, TroubleshootService, save_text
from lockcare.storage import Storage
from tests.support.services import opened_services

NOW = datetime(2026, 7, 1, 12, 0, tzinfo=UTC)
KEY = "0123456789abcdef"


@pytest.fixture
def opened(data_dir: Path) -> Iterator[tuple[Storage, Services]]:
    with opened_services(data_dir, clock=lambda: NOW) as pair:
        yield pair


@pytest.fixture
def storage(opened: tuple[Storage, Services]) -> Storage:
    return opened[0]


@pytest.fixture
def locks(opened: tuple[Storage, Services]) -> LockService:
    return opened[1].locks


@pytest.fixture
def maintenance(opened: tuple[Storage, Services]) -> MaintenanceLog:
    return opened[1].maintenance


@pytest.fixture
def service(opened: tuple[Storage, Services]) -> TroubleshootService:
    return opened[1].troubleshoot


@pytest.fixture
def front(locks: LockService, storage: Storage) -> Lock:
    lock = locks.add_lock(Lock(name="Front door", device_id="bf3a1c2d3e4f5a6b7c8d", address="192.168.1.40",
                               product_id="oufbykkic2alxcjw", product_name="Wi-Fi fingerprint lock",
                               created_at=NOW - timedelta(days=90)), KEY)
    assert lock.id is not None
    storage.locks.save_status(LockStatus(lock_id=lock.id, last_attempt_at=NOW, last_seen_at=NOW - timedelta(hours=1),
                                         state="asleep"))
    locks.record_reading(lock, percent=64, at=NOW - timedelta(hours=1))
    return lock


def _alarms(storage: Storage, lock: Lock, code: str, *hours_ago: float) -> None:
    assert lock.id is not None
    storage.battery.add_events(
        LockEvent(lock_id=lock.id, at=NOW - timedelta(hours=h), kind="alarm", code=code) for h in hours_ago
    )


def test_a_healthy_lock_gets_no_suggestion(service: TroubleshootService, front: Lock) -> None:
    assert service.suggest(front) is None


def test_a_streak_of_wrong_fingers_suggests_the_fingerprint_path(
    service: TroubleshootService, storage: Storage, front: Lock
) -> None:
    _alarms(storage, front, "wrong_finger", 2, 5)
    assert service.suggest(front) is None  # two is not a streak
    _alarms(storage, front, "wrong_finger", 9)
    suggestion = service.suggest(front)
    assert suggestion is not None and suggestion.mode_id == "fingerprint-red"
    assert "3 times in the last 24 hours" in suggestion.reason


def test_a_jammed_bolt_suggests_the_handle_path(service: TroubleshootService, storage: Storage, front: Lock) -> None:
    _alarms(storage, front, "wrong_finger", 1, 2, 3)
    _alarms(storage, front, "tongue_bad", 30)
    suggestion = service.suggest(front)
    assert suggestion is not None and suggestion.mode_id == "handle-depressed"
    assert "jammed bolt" in suggestion.reason


def test_power_trouble_suggests_the_keypad_dark_path(
    service: TroubleshootService, storage: Storage, locks: LockService, front: Lock
) -> None:
    locks.record_reading(front, level="low", at=NOW - timedelta(minutes=10))
    suggestion = service.suggest(front)
    assert suggestion is not None and suggestion.mode_id == "keypad-dark"
    assert "low battery" in suggestion.reason


def test_a_battery_alarm_counts_until_the_batteries_are_changed(
    service: TroubleshootService, storage: Storage, front: Lock
) -> None:
    assert front.id is not None
    with storage.db.transaction() as conn:  # a lock that only ever reported a level, long ago
        conn.execute("DELETE FROM battery_readings")
    _alarms(storage, front, "power_off", 48)
    suggestion = service.suggest(front)
    assert suggestion is not None and suggestion.mode_id == "keypad-dark"
    assert "empty battery 2 days ago" in suggestion.reason
    storage.battery.add_swap(BatterySwap(lock_id=front.id, at=NOW - timedelta(hours=20)))
    assert service.suggest(front) is None


def test_a_low_reading_from_before_a_swap_is_ignored(
    service: TroubleshootService, storage: Storage, maintenance: MaintenanceLog, front: Lock
) -> None:
    assert front.id is not None
    storage.battery.add_reading(BatteryReading(lock_id=front.id, at=NOW - timedelta(minutes=30), percent=9))
    assert service.suggest(front).mode_id == "keypad-dark"  # type: ignore[union-attr]
    maintenance.record_swap(front, at=NOW - timedelta(minutes=5))
    assert service.suggest(front) is None


def test_a_lock_unheard_from_for_days_suggests_the_offline_path(
    service: TroubleshootService, storage: Storage, front: Lock
) -> None:
    assert front.id is not None
    storage.locks.save_status(LockStatus(lock_id=front.id, last_attempt_at=NOW, last_seen_at=NOW - timedelta(days=3),
                                         state="silent"))
    suggestion = service.suggest(front)
    assert suggestion is not None and suggestion.mode_id == "app-offline"
    assert "3 days" in suggestion.reason


def test_a_finished_walk_is_one_run_and_one_log_entry(
    service: TroubleshootService, maintenance: MaintenanceLog, front: Lock
) -> None:
    walk = service.new_walk("keypad-dark")
    walk.answer("no-change")
    walk.answer("no-change")
    walk.answer("fixed")
    saved = service.save_walk(walk, front)
    assert saved is not None and saved.entry is not None
    assert saved.run.symptom == "keypad-dark" and saved.run.outcome == "fixed"
    assert saved.run.steps == (("emergency-power", "no-change"), ("fresh-batteries", "no-change"), ("polarity", "fixed"))
    assert saved.run.started_at == NOW
    [entry] = maintenance.entries(front)
    assert entry.type == "troubleshooting-run" and entry.run_id == saved.run.id
    assert entry.notes.startswith("The keypad stays dark: fixed.")
    assert "Put in fresh batteries: No change" in entry.notes

    service.forget(saved)  # the user went back from the end page
    assert maintenance.entries(front) == [] and maintenance.runs(front) == []


def test_abandoned_and_unpaired_walks(
    service: TroubleshootService, maintenance: MaintenanceLog, storage: Storage, front: Lock
) -> None:
    walk = service.new_walk("app-offline")
    assert service.save_walk(walk, front) is None  # nothing answered, nothing kept
    walk.answer("cannot")
    saved = service.save_walk(walk, front)
    assert saved is not None and saved.run.outcome == ABANDONED
    assert "stopped before the end" in maintenance.entries(front)[0].notes

    unpaired = service.save_walk(walk, None)
    assert unpaired is not None and unpaired.entry is None and unpaired.run.lock_id is None
    service.forget(unpaired)
    assert storage.maintenance.get_run(unpaired.run.id) is None  # type: ignore[arg-type]


def test_the_support_summary_names_the_lock_the_symptom_the_steps_and_the_battery(
    service: TroubleshootService, front: Lock
) -> None:
    walk = service.new_walk("key-turns-locked")
    while not walk.finished:
        walk.answer("no-change")
    text = service.summary(walk, front)
    assert "Product id: oufbykkic2alxcjw" in text and "Name: Front door" in text
    assert "Symptom: The key turns but the door stays locked." in text
    assert "1. Ease the pressure on the door: No change" in text
    assert "Battery: 64 %, read 1 h ago; 4 × AA alkaline (1.5 V)" in text
    assert "Result: not fixed; asking support for help" in text
    assert KEY not in text
    assert "Lock: not given" in service.summary(walk, None)


def test_what_lockcare_knows_picks_where_a_walk_starts(
    service: TroubleshootService, storage: Storage, front: Lock
) -> None:
    """The fixture's reading (64 %, 1 h ago) says the lock has power: a dark keypad starts at the keypad."""
    known = service.known(front)
    assert known.situation == "battery-fine" and known.reading == "64 %, read 1 h ago"
    walk = service.new_walk("keypad-dark", known)
    assert walk.current is not None and walk.current.id == "clean-keypad"
    assert "What lockcare knew: The last reading of this lock was 64 %, read 1 h ago" in service.summary(walk, front)
    assert front.id is not None
    storage.battery.add_reading(BatteryReading(lock_id=front.id, at=NOW, percent=9))
    assert service.new_walk("keypad-dark", service.known(front)).current.id == "emergency-power"  # type: ignore[union-attr]
    assert service.known(None).situation == "battery-unknown"


def test_the_content_is_loaded_once(service: TroubleshootService) -> None:
    assert service.content is service.content
    assert [m.id for m in service.content.modes][0] == "keypad-dark"
    assert (service.illustrations_dir / "square-bar.svg").is_file()


def test_save_text_writes_utf8_atomically(tmp_path: Path) -> None:
    target = tmp_path / "summary.txt"
    target.write_text("old", encoding="utf-8")
    save_text("4 × AA alkaline, 2.0 N·m\n", target)
    assert target.read_bytes() == "4 × AA alkaline, 2.0 N·m\n".encode()
    assert [p.name for p in tmp_path.iterdir()] == ["summary.txt"]
    with pytest.raises(OSError):
        save_text("x", tmp_path / "missing-folder" / "summary.txt")
    assert [p.name for p in tmp_path.iterdir()] == ["summary.txt"]
