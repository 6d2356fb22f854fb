"""DP map resolution (mapping, family defaults, value shape) and status interpretation."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lockcare.core.dp_families import prior_family
from lockcare.core.dp_values import battery_level, battery_percent, dp_number
from lockcare.core.dpmap import (
    DpMap,
    Observation,
    UnlockEvent,
    interpret,
    parse_mapping,
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
        # Roles the mapping does not mention are filled from BLE defaults, but only as guesses.
        assert resolved.dps["battery_level"] == 9
        assert resolved.sources["battery_level"] == "family"
        assert "battery_level" not in resolved.established()
        assert resolved.established() == {"battery_percent": 8, "alarm": 21, "door_state": 40, "motor_state": 47}

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
            "unlock_dynamic": 4,
            "unlock_card": 5,
            "unlock_face": 6,
            "unlock_key": 7,
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
        assert prior_family("gateway-child", hint="Zigbee lock") == "zigbee"
        assert prior_family(None) == "wifi_pro"

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
        assert resolved.sources["battery_percent"] in ("shape", "observed")

    def test_partial_wake_status_keeps_family_defaults(self) -> None:
        resolved = resolve_dp_map(kind=LockKind.WIFI, dps=SAMPLES["smardeer_wake"])
        assert resolved.dps["battery_percent"] == 12
        assert all(source == "family" for source in resolved.sources.values())
        assert resolved.established() == {}  # nothing it reported confirms any role

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


class TestFamilyFromTheValues:
    """The family is inferred from the whole status; the lock's kind only breaks ties."""

    @pytest.mark.parametrize("kind", [LockKind.WIFI, LockKind.KEEP_ALIVE, LockKind.GATEWAY_CHILD])
    def test_ble_numbered_lock_added_as_wifi(self, kind: LockKind) -> None:
        dps = {"8": 41, "9": "medium", "21": "10", "47": True}
        resolved = resolve_dp_map(kind=kind, dps=dps)
        assert resolved.family == "ble"
        obs = interpret(dps, resolved)
        assert (obs.battery_percent, obs.battery_level, obs.alarms, obs.motor_state) == (41, "medium", ("low_battery",), "unlocked")
        assert resolved.established() == {"battery_percent": 8, "battery_level": 9, "alarm": 21, "motor_state": 47}

    def test_enum_only_lock_keeps_its_level(self) -> None:
        dps = {"9": "low", "21": "wrong_finger", "47": True}
        obs = interpret(dps, resolve_dp_map(kind=LockKind.WIFI, dps=dps))
        assert (obs.battery_percent, obs.battery_level, obs.alarms) == (None, "low", ("wrong_finger",))

    def test_an_integer_0_to_100_is_not_an_alarm_enum(self) -> None:
        resolved = resolve_dp_map(kind=LockKind.WIFI, dps={"8": 41})
        assert resolved.dps.get("alarm") != 8
        assert interpret({"8": 41}, resolved).alarms == ()

    def test_a_small_bitfield_is_an_alarm_when_the_battery_is_elsewhere(self) -> None:
        dps = {"8": 4, "12": 60, "16": False}
        obs = interpret(dps, resolve_dp_map(kind=LockKind.WIFI, dps=dps))
        assert (obs.battery_percent, obs.alarms) == (60, ("wrong_card",))

    def test_a_battery_word_is_a_level_wherever_it_appears(self) -> None:
        for dps, dp in (({"8": "low"}, 8), ({"33": "poweroff", "12": 5}, 33), ({"101": "medium"}, 101)):
            resolved = resolve_dp_map(kind=LockKind.WIFI, dps=dps)
            assert resolved.dps["battery_level"] == dp, dps
            assert interpret(dps, resolved).alarms == ()

    def test_a_volume_word_on_the_family_volume_dp_is_not_a_level(self) -> None:
        dps = {"8": 70, "21": "pry", "31": "low", "47": False}
        resolved = resolve_dp_map(kind=LockKind.WIFI, dps=dps)
        assert resolved.family == "ble" and resolved.dps.get("battery_level") != 31
        assert interpret(dps, resolved).battery_level is None

    def test_settled_roles_vote_for_their_family(self) -> None:
        # An earlier read stored BLE numbering; a partial read of DP 8 alone stays the battery.
        known = {"battery_percent": 8, "alarm": 21}
        resolved = resolve_dp_map(kind=LockKind.WIFI, dps={"8": 30}, known=known)
        assert resolved.family == "ble" and interpret({"8": 30}, resolved).battery_percent == 30

    def test_tie_goes_to_the_kind(self) -> None:
        assert resolve_dp_map(kind=LockKind.WIFI, dps={}).family == "wifi_pro"
        assert resolve_dp_map(kind=LockKind.GATEWAY_CHILD, dps={}).family == "ble"


class TestKnownRoles:
    def test_kept_when_the_value_fits(self) -> None:
        resolved = resolve_dp_map(kind=LockKind.WIFI, dps={"40": 55}, known={"battery_percent": 40})
        assert (resolved.dps["battery_percent"], resolved.sources["battery_percent"]) == (40, "known")

    def test_kept_while_absent_from_a_partial_read(self) -> None:
        resolved = resolve_dp_map(kind=LockKind.WIFI, dps={"9": 54}, known={"battery_percent": 40, "alarm": 60})
        assert resolved.established() == {"battery_percent": 40, "alarm": 60}

    def test_dropped_when_the_lock_contradicts_it(self) -> None:
        resolved = resolve_dp_map(kind=LockKind.WIFI, dps={"40": "medium"}, known={"battery_percent": 40})
        assert resolved.dps.get("battery_percent") != 40
        assert resolved.dps["battery_level"] == 40  # a battery word is a level wherever it appears

    def test_junk_in_a_stored_map_is_ignored(self) -> None:
        known = {"battery_percent": "12", "volume": 31, "alarm": -3, "hijack": True}  # type: ignore[dict-item]
        assert resolve_dp_map(kind=LockKind.WIFI, known=known).established() == {"battery_percent": 12}


class TestMappings:
    def test_a_mapping_without_a_battery_still_finds_it_by_shape(self) -> None:
        mapping = {"21": {"code": "alarm_lock"}, "47": {"code": "lock_motor_state"}}
        dps = {"8": 55, "9": "low", "21": "pry", "47": True}
        resolved = resolve_dp_map(mapping=mapping, kind=LockKind.GATEWAY_CHILD, dps=dps)
        obs = interpret(dps, resolved)
        assert (obs.battery_percent, obs.battery_level, obs.alarms) == (55, "low", ("pry",))
        assert resolved.established()["battery_percent"] == 8

    def test_a_mapping_without_a_battery_at_odd_ids(self) -> None:
        dps = {"40": 77, "41": "medium", "60": "low_battery"}
        resolved = resolve_dp_map(mapping={"60": {"code": "alarm_lock"}}, kind=LockKind.WIFI, dps=dps)
        assert (resolved.dps["battery_percent"], resolved.dps["battery_level"]) == (40, 41)

    def test_every_dp_a_mapping_names_is_spoken_for(self) -> None:
        # DP 9 is this product's unlock request, so a BLE default cannot claim it, nor a shape.
        mapping = {"9": {"code": "unlock_request"}, "12": {"code": "residual_electricity"}}
        resolved = resolve_dp_map(mapping=mapping, kind=LockKind.GATEWAY_CHILD, dps={"9": "low", "12": 50})
        assert resolved.dps.get("battery_level") != 9
        assert parse_mapping(mapping).claimed == frozenset({9, 12})

    def test_odd_mapping_keys_are_not_data_points(self) -> None:
        mapping = {"²": {"code": "residual_electricity"}, "1" * 5000: {"code": "alarm_lock"}, "-3": {"code": "hijack"},
                   "8": {"code": "battery_state"}, "9": "not an object"}
        parsed = parse_mapping(mapping)
        assert parsed.roles == {"battery_level": 8} and parsed.claimed == frozenset({8})
        resolved = resolve_dp_map(mapping=mapping, dps={"²": 50, "1" * 5000: 1, "8": "high"})
        assert interpret({"8": "high"}, resolved).battery_level == "high"

    def test_bitmap_labels_give_the_alarm_order(self) -> None:
        mapping = {"8": {"code": "alarm_lock", "type": "Bitmap", "values": {"label": ["pry", "low_battery"]}}}
        resolved = resolve_dp_map(mapping=mapping, dps={"8": 2, "12": 50})
        assert interpret({"8": 3}, resolved).alarms == ("pry", "low_battery")


@pytest.mark.parametrize(
    ("key", "dp"),
    [("8", 8), ("212", 212), (12, 12), ("0", None), ("²", None), ("1" * 5000, None), ("1000", None), ("", None),
     ("8a", None), (True, None), (-1, None), (None, None)],
)
def test_dp_number(key: object, dp: int | None) -> None:
    assert dp_number(key) == dp
