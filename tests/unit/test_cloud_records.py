"""Cloud domain objects: device entries, log records, specifications (no network)."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from lockcare.core.cloud import (
    AlarmReport,
    BatteryReport,
    CloudDevice,
    CloudStatus,
    UnlockReport,
    from_ms,
    gateway_ids,
    record_from_log,
    to_ms,
    with_parents,
)
from lockcare.core.cloudspec import CloudSpec

T = 1_764_000_000_123


def entry(code: str, value: object, at: object = T) -> dict[str, object]:
    return {"code": code, "value": value, "event_time": at, "event_id": 7, "event_from": "1", "status": "1"}


def test_milliseconds_round_trip_exactly() -> None:
    for value in (1, T, 1_999_999_999_999):
        assert to_ms(from_ms(value)) == value
    assert from_ms(T) == datetime(2025, 11, 24, 16, 0, 0, 123_000, tzinfo=UTC)
    assert to_ms(datetime(2025, 11, 24, 16, 0, 0, 123_999, tzinfo=UTC)) == T  # floored, never rounded up


@pytest.mark.parametrize(
    ("code", "value", "expected"),
    [
        ("residual_electricity", "64", BatteryReport("d", from_ms(T), "residual_electricity", "64", percent=64)),
        ("battery_percentage", 100, BatteryReport("d", from_ms(T), "battery_percentage", "100", percent=100)),
        ("battery_state", "medium", BatteryReport("d", from_ms(T), "battery_state", "medium", level="medium")),
        ("battery_state", "2", BatteryReport("d", from_ms(T), "battery_state", "2", level="low")),
        ("alarm_lock", "tongue_bad", AlarmReport("d", from_ms(T), "alarm_lock", "tongue_bad", alarms=("tongue_bad",))),
        ("alarm_lock", "8", AlarmReport("d", from_ms(T), "alarm_lock", "8", alarms=("pry",))),
        ("hijack", "true", AlarmReport("d", from_ms(T), "hijack", "true", alarms=("hijack",))),
        ("doorbell", True, AlarmReport("d", from_ms(T), "doorbell", "true", alarms=("doorbell",))),
        ("unlock_card", "12", UnlockReport("d", from_ms(T), "unlock_card", "12", method="card", credential_id=12)),
        ("unlock_finger_vein", "0", UnlockReport("d", from_ms(T), "unlock_finger_vein", "0", method="finger_vein", credential_id=0)),
        ("unlock_double", "4", UnlockReport("d", from_ms(T), "unlock_double", "4", method="double", credential_id=4)),
    ],
)
def test_log_entries_become_typed_records(code: str, value: object, expected: object) -> None:
    assert record_from_log("d", entry(code, value)) == expected


@pytest.mark.parametrize(
    "item",
    [
        entry("residual_electricity", "-1"),  # "unknown" on some products
        entry("residual_electricity", "140"),
        entry("battery_state", "middle"),  # the smoke-alarm enum, not a lock's
        entry("hijack", "false"),
        entry("doorbell", "false"),
        entry("alarm_lock", ""),
        entry("unlock_request", "30"),  # a remote-unlock countdown, not an unlock
        entry("unlock_method_create", "AQID"),
        entry("unlock_fingerprint", "abc"),
        entry("switch_1", "true"),
        entry("residual_electricity", "50", at=None),
        entry("residual_electricity", "50", at="soon"),
        {"event_time": T, "event_id": 1, "event_from": "1"},  # an online event
    ],
)
def test_entries_that_are_not_records_are_dropped(item: dict[str, object]) -> None:
    assert record_from_log("d", item) is None


def test_an_alarm_index_follows_the_products_own_order() -> None:
    order = ("low_battery", "pry")
    assert record_from_log("d", entry("alarm_lock", "1"), alarm_order=order).alarms == ("pry",)


def test_identity_is_lock_code_time_and_value() -> None:
    a = record_from_log("d", entry("residual_electricity", "64"))
    assert a.identity == ("d", "residual_electricity", T, "64")
    assert record_from_log("d", entry("residual_electricity", 64)).identity == a.identity
    assert record_from_log("e", entry("residual_electricity", "64")).identity != a.identity


def test_a_device_entry_keeps_no_ip_and_hides_its_key() -> None:
    device = CloudDevice.from_tinytuya(
        {"id": "bf1", "name": " Front ", "key": "k" * 16, "category": "JTMSPRO", "sub": False,
         "ip": "203.0.113.7", "last_ip": "203.0.113.7", "mac": "aa:bb", "uuid": "u1", "product_id": "p"}
    )  # fmt: skip
    assert (device.name, device.category, device.local_key, device.mac) == ("Front", "jtmspro", "k" * 16, "aa:bb")
    assert device.is_lock
    assert "k" * 16 not in repr(device)
    assert "203.0.113.7" not in repr(device)


def test_children_get_their_gateway_from_the_cloud_or_the_shared_key() -> None:
    hub = CloudDevice("hub", "Hub", local_key="K" * 16, category="wg2")
    other_hub = CloudDevice("hub2", "Other hub", local_key="J" * 16, category="wg2")
    named = CloudDevice("c1", "Named", local_key="X" * 16, category="ms", sub=True, parent_id="hub2")
    by_key = CloudDevice("c2", "By key", local_key="K" * 16, category="ms", sub=True)
    orphan = CloudDevice("c3", "Orphan", local_key="Z" * 16, category="ms", sub=True)

    done = {d.device_id: d for d in with_parents([hub, other_hub, named, by_key, orphan])}

    assert (done["c1"].parent_id, done["c2"].parent_id, done["c3"].parent_id) == ("hub2", "hub", "")
    assert gateway_ids(done.values()) == {"hub", "hub2"}


def test_a_key_shared_by_two_hubs_names_no_parent() -> None:
    devices = [
        CloudDevice("h1", "A", local_key="K" * 16), CloudDevice("h2", "B", local_key="K" * 16),
        CloudDevice("c", "Child", local_key="K" * 16, category="ms", sub=True),
    ]  # fmt: skip
    assert with_parents(devices)[2].parent_id == ""


def test_status_reads_battery_values_of_any_shape() -> None:
    assert CloudStatus("d", {"residual_electricity": "55"}).battery_percent == 55
    assert CloudStatus("d", {"residual_electricity": -1, "battery_percentage": 30}).battery_percent == 30
    assert CloudStatus("d", {"battery_state": "poweroff"}).battery_level == "poweroff"
    assert CloudStatus("d", {}).battery_percent is None


def test_a_specification_maps_codes_to_dp_ids() -> None:
    result = {
        "category": "jtmspro",
        "functions": [{"code": "automatic_lock", "dp_id": 33, "type": "Boolean", "values": "{}"}],
        "status": [
            {"code": "residual_electricity", "dp_id": 8, "type": "Integer", "values": json.dumps({"min": -1, "max": 100})},
            {"code": "alarm_lock", "dp_id": 21, "type": "Enum", "values": json.dumps({"range": ["low_battery", "pry"]})},
            {"code": "automatic_lock", "dp_id": 33, "type": "Boolean", "values": "{}"},
            {"code": "odd", "dp_id": 40, "type": "String", "values": "not json"},
            {"code": "no_id", "type": "Boolean", "values": "{}"},
            {"dp_id": 41, "type": "Boolean"},
        ],
    }

    spec = CloudSpec.from_result("d", result)

    assert set(spec.points) == {"residual_electricity", "alarm_lock", "automatic_lock", "odd"}
    assert spec.points["automatic_lock"].reported and spec.points["automatic_lock"].settable
    assert spec.points["residual_electricity"].values == {"min": -1, "max": 100}
    assert spec.points["odd"].values == "not json"
    assert spec.roles() == {"battery_percent": 8, "alarm": 21}
    assert spec.alarm_order == ("low_battery", "pry")
    assert spec.mapping()["8"] == {"code": "residual_electricity", "type": "Integer", "values": {"min": -1, "max": 100}}
