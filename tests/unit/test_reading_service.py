"""The read service: what a live read stores, and what a failure keeps."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from lockcare.core.errors import LockcareError
from lockcare.core.models import Lock, LockKind
from lockcare.devices.client import RawRead
from lockcare.devices.errors import DeviceError
from tests.support.services import opened_services

NOW = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)
ORDER = ["wrong_password", "wrong_finger", "low_battery"]  # a product with its own alarm order


@pytest.fixture
def services(tmp_path: Path):
    with opened_services(tmp_path, clock=lambda: NOW) as (storage, built):
        yield _imported(storage, built)


def _imported(storage, built):
    built.pairing.import_devices_text(json.dumps([{
        "name": "Front door", "id": "bf3a1c0e5d2f4a6b7c8d01", "key": "fakekey0000000a1", "category": "jtmspro",
        "ip": "192.0.2.10", "version": "3.4",
        "mapping": {"8": {"code": "alarm_lock", "type": "Enum", "values": {"range": ORDER}},
                    "12": {"code": "residual_electricity", "type": "Integer", "values": {"min": -1, "max": 100}},
                    "11": {"code": "battery_state", "type": "Enum", "values": {"range": ["high", "medium", "low", "poweroff"]}},
                    "1": {"code": "unlock_fingerprint", "type": "Integer", "values": {}}},
    }]))
    return built.locks, built.reading, storage


def raw(dps: dict, at: datetime = NOW) -> RawRead:
    return RawRead(device_id="bf3a1c0e5d2f4a6b7c8d01", dps=dps, read_at=at, via_gateway=False, version="3.4")


def test_a_read_stores_battery_events_and_status(services) -> None:
    locks, reading, storage = services
    lock = locks.resolve("Front door")
    assert lock.alarm_order == tuple(ORDER)
    outcome = reading.apply_read(lock, raw({"12": 64, "11": "medium", "8": "1", "1": 3}))
    assert outcome.observation.alarms == ("wrong_finger",)  # index 1 in this product's order
    history = locks.history(lock)
    assert [(r.percent, r.level, str(r.source)) for r in history.readings] == [(64, "medium", "live")]
    events = storage.battery.events(lock.id)
    # The record DP's standing value is an old unlock: the first read only learns it.
    assert {(e.kind, e.code, e.value) for e in events} == {("alarm", "wrong_finger", "")}
    assert locks.summary(lock).status.state == "ok"


def test_repeated_values_are_not_new_events(services) -> None:
    locks, reading, storage = services
    lock = locks.resolve("Front door")
    reading.apply_read(lock, raw({"12": 64, "8": "wrong_finger", "1": 3}))
    reading.apply_read(lock, raw({"12": 63, "8": "wrong_finger", "1": 3}, NOW + timedelta(hours=1)))
    assert len(storage.battery.events(lock.id, kind="alarm")) == 1
    reading.apply_read(lock, raw({"12": 63, "8": "low_battery", "1": 5}, NOW + timedelta(hours=2)))
    assert [e.code for e in storage.battery.events(lock.id, kind="alarm")] == ["wrong_finger", "low_battery"]
    assert [e.value for e in storage.battery.events(lock.id, kind="unlock")] == ["5"]


def test_unknown_battery_values_are_never_readings(services) -> None:
    locks, reading, storage = services
    lock = locks.resolve("Front door")
    outcome = reading.apply_read(lock, raw({"12": -1}))
    assert outcome.stored_reading is None and locks.history(lock).readings == []
    assert locks.summary(lock).status.state == "ok"  # it answered; it just knows nothing of its battery


def test_a_failure_keeps_history_and_when_the_lock_was_last_seen(services) -> None:
    locks, reading, storage = services
    lock = locks.resolve("Front door")
    reading.apply_read(lock, raw({"12": 64}))
    outcome = reading.apply_failure(lock, DeviceError("asleep", "The lock did not answer.", code="901"))
    status = locks.summary(lock).status
    assert (status.state, status.last_seen_at) == ("asleep", NOW)
    assert outcome.to_json()["error"] == {"kind": "asleep", "message": "The lock did not answer.", "code": "901"}
    assert [r.percent for r in locks.history(lock).readings] == [64]


def test_a_gateway_child_needs_its_gateway(services) -> None:
    locks, reading, storage = services
    child = storage.locks.add(Lock(name="Shed", device_id="eb22222222222222ble1", kind=LockKind.GATEWAY_CHILD,
                                         parent_device_id="bfmissinggateway0001", node_id="a4c1"))
    with pytest.raises(LockcareError, match="gateway that is not paired"):
        reading.read_now(child)  # refused before any network I/O
