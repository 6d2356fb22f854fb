"""DP map resolution (mapping, family defaults, value shape) and status interpretation."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lockcare.core.dpmap import (
    DpMap,
    Observation,
    UnlockEvent,
    battery_level,
    battery_percent,
    family_for,
    interpret,
    resolve_dp_map,
)
from lockcare.core.models import LockKind

DATA = Path(__file__).resolve().parents[1] / "data" / "tuya"
SAMPLES: dict[str, dict[str, object]] = json.loads((DATA / "dps_samples.json").read_text(encoding="utf-8"))
GOOD = json.loads((DATA / "devices_good.json").read_text(encoding="utf-8"))


def _mapping(name: str) -> dict[str, object]:
    return next(d for d in GOOD if d["name"] == name)["mapping"]


class TestResolution:
    def test_mapping_by_code_comes_first(self) -> None:
        # Codes put the BLE lock's door at 40 and motor at 47, whatever the family says.
        resolved = resolve_dp_map(mapping=_mapping("Back door"), kind=LockKind.GATEWAY_CHILD)
        assert resolved.dps["battery_percent"] == 8
        assert resolved.dps["alarm"] == 21
        assert resolved.dps["door_state"] == 40
        assert resolved.dps["motor_state"] == 47
        assert resolved.sources["battery_percent"] == "mapping"
        # Roles the mapping does not mention are filled from BLE defaults.
        assert resolved.dps["battery_level"] == 9
        assert resolved.sources["battery_level"] == "family"

    def test_mapping_overrides_a_conflicting_family_default(self) -> None:
        mapping = {"40": {"code": "residual_electricity"}, "41": {"code": "battery_state"}}
        resolved = resolve_dp_map(mapping=mapping, kind=LockKind.GATEWAY_CHILD)
        assert resolved.dps["battery_percent"] == 40
        assert resolved.dps["battery_level"] == 41

    def test_mapping_gives_alarm_order(self) -> None:
        resolved = resolve_dp_map(mapping=_mapping("Front door"), kind=LockKind.WIFI)
        assert resolved.alarm_order is not None
        assert resolved.alarm_order[14:] == ("stay_alarm", "doorbell")
        assert resolved.dps["unlock_fingerprint"] == 1

    def test_mapping_values_as_json_text(self) -> None:
        mapping = {"8": {"code": "alarm_lock", "values": json.dumps({"range": ["pry", "low_battery"]})}}
        assert resolve_dp_map(mapping=mapping).alarm_order == ("pry", "low_battery")

    def test_wifi_pro_defaults(self) -> None:
        resolved = resolve_dp_map(kind=LockKind.WIFI)
        assert resolved.family == "wifi_pro"
        assert resolved.to_dict() == {
            "battery_percent": 12,
            "battery_level": 11,
            "alarm": 8,
            "unlock_fingerprint": 1,
            "unlock_password": 2,
            "unlock_temporary": 3,
            "unlock_card": 5,
            "unlock_app": 15,
            "hijack": 16,
            "doorbell": 19,
        }

    def test_keep_alive_uses_wifi_pro_numbering(self) -> None:
        assert resolve_dp_map(kind=LockKind.KEEP_ALIVE).to_dict() == resolve_dp_map(kind=LockKind.WIFI).to_dict()

    def test_ble_defaults(self) -> None:
        dps = resolve_dp_map(kind=LockKind.GATEWAY_CHILD).dps
        assert (dps["battery_percent"], dps["battery_level"], dps["alarm"], dps["motor_state"]) == (8, 9, 21, 47)
        assert (dps["unlock_fingerprint"], dps["unlock_password"], dps["unlock_card"]) == (12, 13, 15)

    def test_zigbee_defaults_from_hint(self) -> None:
        resolved = resolve_dp_map(kind=LockKind.GATEWAY_CHILD, hint="SmartLock-zigbee")
        assert resolved.family == "zigbee"
        assert resolved.to_dict() == {"battery_percent": 10, "alarm": 9, "door_state": 8}
        assert family_for("gateway-child", hint="Zigbee lock") == "zigbee"
        assert family_for(None) == "wifi_pro"

    def test_shape_finds_non_standard_battery_ids(self) -> None:
        # Positivo keypad: battery at 40/41 and alarm at 60, none where BLE defaults expect.
        resolved = resolve_dp_map(kind=LockKind.GATEWAY_CHILD, dps=SAMPLES["positivo_keypad"])
        assert resolved.dps["battery_level"] == 41
        assert resolved.dps["battery_percent"] == 40
        assert resolved.dps["alarm"] == 60
        assert resolved.sources["battery_percent"] == "shape"
        obs = interpret(SAMPLES["positivo_keypad"], resolved)
        assert (obs.battery_percent, obs.battery_level, obs.alarms) == (77, "medium", ("low_battery",))

    def test_shape_does_not_take_a_volume_enum_for_a_battery_level(self) -> None:
        # DP 31 "high" is beep volume; it has no int neighbour, so it is not a battery level.
        resolved = resolve_dp_map(kind=LockKind.GATEWAY_CHILD, dps=SAMPLES["ailrinni_ble"])
        assert resolved.dps["battery_level"] == 9
        assert resolved.sources["battery_level"] == "family"

    def test_default_rejected_when_observed_value_has_the_wrong_shape(self) -> None:
        dps = {"12": "english", "11": "high", "10": 55}
        resolved = resolve_dp_map(kind=LockKind.WIFI, dps=dps)
        assert resolved.dps["battery_level"] == 11
        assert resolved.dps["battery_percent"] == 10
        assert resolved.sources["battery_percent"] == "shape"

    def test_partial_wake_status_keeps_family_defaults(self) -> None:
        resolved = resolve_dp_map(kind=LockKind.WIFI, dps=SAMPLES["smardeer_wake"])
        assert resolved.dps["battery_percent"] == 12
        assert all(source == "family" for source in resolved.sources.values())

    def test_serialisable(self) -> None:
        resolved = resolve_dp_map(mapping=_mapping("Back door"), kind=LockKind.GATEWAY_CHILD)
        plain = resolved.to_dict()
        assert json.loads(json.dumps(plain)) == plain
        assert all(isinstance(v, int) for v in plain.values())


class TestInterpret:
    def test_ble_sample(self) -> None:
        obs = interpret(SAMPLES["ysg_bs01_ble"], resolve_dp_map(kind=LockKind.GATEWAY_CHILD))
        assert obs.battery_percent == 72
        assert obs.alarms == ("wrong_finger",)
        assert obs.unlocks == (UnlockEvent(method="fingerprint", credential_id=105, dp=12),)
        assert obs.raw == SAMPLES["ysg_bs01_ble"]

    def test_motor_state_keeps_raw_and_interpreted(self) -> None:
        dp_map = resolve_dp_map(kind=LockKind.GATEWAY_CHILD).to_dict()
        obs = interpret(SAMPLES["ailrinni_ble"], dp_map)
        assert obs.motor_raw is True
        assert obs.motor_state == "unlocked"
        assert interpret(SAMPLES["afto_ez_ble"], dp_map).motor_state == "locked"

    def test_index_alarm_and_door(self) -> None:
        resolved = resolve_dp_map(mapping=_mapping("Back door"), kind=LockKind.GATEWAY_CHILD)
        obs = interpret(SAMPLES["hu06_index_alarm"], resolved)
        assert obs.alarms == ("low_battery",)
        assert obs.door_state == "closed"
        assert obs.battery_percent == 64

    def test_bitfield_alarm(self) -> None:
        obs = interpret(SAMPLES["orion_wifi_bitfield"], resolve_dp_map(kind=LockKind.WIFI).to_dict())
        assert obs.alarms == ("low_battery",)
        assert obs.battery_percent == 18
        assert obs.hijack is False

    def test_product_alarm_order_is_used(self) -> None:
        resolved = resolve_dp_map(mapping=_mapping("Front door"), kind=LockKind.WIFI)
        assert interpret({"8": "15"}, resolved).alarms == ("doorbell",)
        assert interpret({"8": "15"}, resolved.to_dict()).alarms == ("unknown_15",)
        assert interpret({"8": "15"}, resolved.to_dict(), alarm_order=resolved.alarm_order).alarms == ("doorbell",)

    def test_unknown_battery_is_not_a_reading(self) -> None:
        obs = interpret(SAMPLES["ysg_unknown_battery"], resolve_dp_map(kind=LockKind.GATEWAY_CHILD))
        assert obs.battery_percent is None
        assert obs.alarms == ("low_battery",)

    def test_absent_roles_stay_empty(self) -> None:
        obs = interpret(SAMPLES["smardeer_wake"], resolve_dp_map(kind=LockKind.WIFI))
        assert obs == Observation(raw={"9": 54})

    def test_accepts_a_plain_dict_with_int_keys_in_dps(self) -> None:
        obs = interpret({12: 50, 11: "low"}, {"battery_percent": 12, "battery_level": 11})
        assert (obs.battery_percent, obs.battery_level) == (50, "low")

    def test_unlock_events_in_dp_order(self) -> None:
        dp_map = resolve_dp_map(kind=LockKind.WIFI).to_dict()
        obs = interpret({"2": 7, "1": 3, "5": True, "15": "12"}, dp_map)
        assert obs.unlocks == (
            UnlockEvent("fingerprint", 3, 1),
            UnlockEvent("password", 7, 2),
            UnlockEvent("app", 12, 15),
        )


@pytest.mark.parametrize(
    ("value", "expected"),
    [(0, 0), (64, 64), (100, 100), (-1, None), (101, None), (255, None), (True, None), (64.0, None), ("64", None), (None, None)],
)
def test_battery_percent_validation(value: object, expected: int | None) -> None:
    assert battery_percent(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("high", "high"),
        ("MEDIUM", "medium"),
        ("poweroff", "poweroff"),
        ("0", "high"),
        ("3", "poweroff"),
        ("4", None),
        ("middle", None),  # the smoke-sensor enum is not a lock battery level
        (2, None),
        (None, None),
    ],
)
def test_battery_level_validation(value: object, expected: str | None) -> None:
    assert battery_level(value) == expected


def test_dpmap_is_frozen() -> None:
    resolved = resolve_dp_map()
    with pytest.raises(AttributeError):
        resolved.family = "ble"  # type: ignore[misc]
    assert isinstance(resolved, DpMap)
