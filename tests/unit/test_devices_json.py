"""devices.json import: good files, partial files (non-locks skipped), malformed files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lockcare.core.devices_json import DevicesJsonError, ImportPlan, parse_devices_json
from lockcare.core.dpmap import interpret, resolve_dp_map
from lockcare.core.models import LockKind

DATA = Path(__file__).resolve().parents[1] / "data" / "tuya"


def _parse(name: str) -> ImportPlan:
    return parse_devices_json((DATA / name).read_text(encoding="utf-8"), name)


def _error(name: str) -> str:
    with pytest.raises(DevicesJsonError) as info:
        _parse(name)
    return str(info.value)


class TestGoodFile:
    def test_locks_and_kinds(self) -> None:
        plan = _parse("devices_good.json")
        kinds = {d.lock.name: d.lock.kind for d in plan.locks}
        assert kinds == {
            "Front door": LockKind.WIFI,
            "Back door": LockKind.GATEWAY_CHILD,
            "Garage gate": LockKind.GATEWAY_CHILD,
            "Office lock": LockKind.KEEP_ALIVE,
        }

    def test_non_locks_skipped_with_count(self) -> None:
        plan = _parse("devices_good.json")
        assert plan.skipped_count == 2
        assert set(plan.skipped) == {("Living room plug", "cz"), ("Kitchen light", "dj")}

    def test_gateway_named_as_parent(self) -> None:
        plan = _parse("devices_good.json")
        assert [g.lock.name for g in plan.gateways] == ["Hall hub"]
        hub = plan.gateways[0]
        assert hub.lock.kind is LockKind.GATEWAY
        assert (hub.lock.address, hub.lock.version) == ("192.168.1.50", "3.4")
        assert hub.local_key == "fakekey0000000c3"
        back = next(d for d in plan.locks if d.lock.name == "Back door")
        assert back.lock.parent_device_id == hub.lock.device_id
        assert back.lock.node_id == "a4c1380000000001"
        assert back.local_key == ""  # children use the gateway's key
        assert back.lock.dp_map["door_state"] == 40

    def test_child_with_empty_parent_matched_by_shared_key(self) -> None:
        plan = _parse("devices_good.json")
        garage = next(d for d in plan.locks if d.lock.name == "Garage gate")
        assert garage.lock.parent_device_id == "bf11111111111111gw01"
        assert garage.problems == ()
        assert any("Garage gate" in n and "shared local key" in n for n in plan.notes)
        # No mapping: nothing is stored until the lock reports; its Zigbee product name then
        # selects the Zigbee DP numbering when the values do not decide.
        assert garage.lock.dp_map == {}
        assert resolve_dp_map(kind=garage.lock.kind, hint=garage.lock.product_name).to_dict() == {
            "battery_percent": 10, "alarm": 9, "door_state": 8}

    def test_wifi_lock_fields(self) -> None:
        front = next(d for d in _parse("devices_good.json").locks if d.lock.name == "Front door")
        lock = front.lock
        assert lock.device_id == "bf3a1c0e5d2f4a6b7c8d01"
        assert (lock.category, lock.product_id, lock.product_name) == ("jtmspro", "oufbykkic2alxcjw", "Wi-Fi smart lock")
        assert lock.version == "auto"  # the wizard left it empty
        assert lock.address == ""
        assert lock.dp_map["battery_percent"] == 12
        assert front.alarm_order is not None and "stay_alarm" in front.alarm_order
        assert front.local_key == "fakekey0000000a1"

    def test_keep_alive_version_and_address(self) -> None:
        office = next(d for d in _parse("devices_good.json").locks if d.lock.name == "Office lock")
        assert (office.lock.address, office.lock.version) == ("192.168.1.61", "3.5")

    def test_keys_never_in_repr(self) -> None:
        plan = _parse("devices_good.json")
        text = repr(plan)
        for fake in ("fakekey0000000a1", "fakekey0000000c3", "fakekey0000000d4"):
            assert fake not in text

    def test_wrapped_form(self) -> None:
        plan = _parse("devices_wrapped.json")
        assert [d.lock.name for d in plan.locks] == ["Front door", "Back door"]
        assert plan.skipped_count == 1


class TestRecognition:
    def test_lock_recognised_by_mapping_codes(self) -> None:
        text = json.dumps(
            [{"name": "Odd lock", "id": "x1", "key": "k" * 16, "category": "qt",
              "mapping": {"21": {"code": "alarm_lock"}, "8": {"code": "residual_electricity"}}}]
        )
        plan = parse_devices_json(text, "d.json")
        assert [d.lock.name for d in plan.locks] == ["Odd lock"]

    def test_battery_code_alone_is_not_a_lock(self) -> None:
        text = json.dumps([{"name": "Door sensor", "id": "x2", "key": "k" * 16, "category": "mcs",
                            "mapping": {"2": {"code": "residual_electricity"}}}])
        plan = parse_devices_json(text, "d.json")
        assert plan.locks == () and plan.skipped_count == 1

    def test_orphan_child_is_reported_not_dropped(self) -> None:
        plan = _parse("devices_orphan_child.json")
        shed = plan.locks[0]
        assert shed.lock.kind is LockKind.GATEWAY_CHILD
        assert shed.lock.parent_device_id == ""
        assert shed.problems and "gateway" in shed.problems[0]
        assert plan.skipped_count == 1

    def test_ambiguous_gateway_by_key(self) -> None:
        key = "samekey000000001"
        text = json.dumps([
            {"name": "Hub A", "id": "g1", "key": key, "category": "wg2"},
            {"name": "Hub B", "id": "g2", "key": key, "category": "wg2"},
            {"name": "Lock", "id": "c1", "key": key, "category": "ms", "sub": True, "node_id": "n1", "parent": ""},
        ])
        plan = parse_devices_json(text, "d.json")
        assert plan.locks[0].lock.parent_device_id == ""
        assert "Hub A" in plan.locks[0].problems[0] and "Hub B" in plan.locks[0].problems[0]
        assert plan.gateways == ()
        assert key not in " ".join(plan.notes)

    def test_empty_list(self) -> None:
        plan = parse_devices_json("[]", "d.json")
        assert (plan.locks, plan.gateways, plan.skipped_count) == ((), (), 0)

    def test_numeric_version_accepted(self) -> None:
        text = json.dumps([{"name": "L", "id": "x", "key": "k" * 16, "category": "ms", "version": 3.4}])
        assert parse_devices_json(text, "d.json").locks[0].lock.version == "3.4"

    def test_unsupported_version_becomes_auto(self) -> None:
        text = json.dumps([{"name": "L", "id": "x", "key": "k" * 16, "category": "ms", "version": "3.1"}])
        assert parse_devices_json(text, "d.json").locks[0].lock.version == "auto"


class TestMessyWizardFile:
    """Shaped like real wizard output (see tests/data/tuya/README.md)."""

    K1 = "p/3}T~'mH\"a!x\\Q?"
    K2 = "a<b>c&d'e\"f|g^h%"

    def test_a_gateway_flagged_sub_is_still_the_gateway_its_children_name(self) -> None:
        plan = _parse("devices_messy.json")
        assert [g.lock.name for g in plan.gateways] == ["Hall hub"]
        hub = plan.gateways[0]
        assert (hub.lock.kind, hub.lock.address, hub.lock.version) == (LockKind.GATEWAY, "192.168.1.50", "3.4")
        assert hub.local_key == self.K1  # punctuation kept exactly
        child = next(d for d in plan.locks if d.lock.name == "后门")
        assert (child.lock.kind, child.lock.parent_device_id, child.lock.node_id) == (
            LockKind.GATEWAY_CHILD, "bf77777777777777gw07", "a4c1380000000008")
        assert child.problems == ()

    def test_children_with_empty_ip_and_version_speak_their_gateways_protocol(self) -> None:
        plan = _parse("devices_messy.json")
        for name in ("后门", "Garage"):
            lock = next(d.lock for d in plan.locks if d.lock.name == name)
            assert (lock.address, lock.version) == ("", "3.4")

    def test_a_child_without_parent_is_matched_by_key_to_the_gateway_others_name(self) -> None:
        plan = _parse("devices_messy.json")
        garage = next(d for d in plan.locks if d.lock.name == "Garage")
        assert garage.lock.parent_device_id == "bf77777777777777gw07" and garage.problems == ()
        assert any("Garage" in note and "Hall hub" in note for note in plan.notes)

    def test_a_named_gateway_missing_from_the_file_is_said_plainly(self) -> None:
        plan = _parse("devices_messy.json")
        shed = next(d for d in plan.locks if d.lock.name == "Shed")
        assert shed.lock.parent_device_id == ""
        assert shed.problems == ("Shed: its gateway (bf00000000000000gone) is not in this file; "
                                 "lockcare can't read it until its gateway is added.",)

    def test_import_never_contradicts_itself(self) -> None:
        plan = _parse("devices_messy.json")
        served = {g.lock.device_id for g in plan.gateways}
        unused = [n for n in plan.notes if "serve no lock" in n]
        assert unused == ["1 gateway(s) serve no lock in this file and were skipped: Old hub."]
        names = {g.lock.name for g in plan.gateways}
        assert not any(name in unused[0] for name in names)
        for device in plan.locks:
            for problem in device.problems:
                assert not any(gateway_id in problem for gateway_id in served)
        assert set(plan.skipped) == {("Door sensor", "mcs"), ("Old hub", "wg2")}

    def test_chinese_names_and_punctuated_keys_survive(self) -> None:
        plan = _parse("devices_messy.json")
        front = next(d for d in plan.locks if d.lock.name == "Front door")
        assert front.lock.product_name == "WBR3(TX全)智能门锁" and front.local_key == self.K2
        assert front.lock.kind is LockKind.WIFI and front.lock.version == "auto"
        assert {d.lock.name for d in plan.locks} == {"后门", "Garage", "Front door", "Shed"}
        assert self.K1 not in repr(plan) and self.K2 not in repr(plan)

    def test_a_mapping_without_a_battery_gets_it_by_shape_once_the_lock_reports(self) -> None:
        child = next(d.lock for d in _parse("devices_messy.json").locks if d.lock.name == "后门")
        assert child.dp_map == {"alarm": 21, "motor_state": 47}
        dps = {"8": 55, "9": "low", "21": "pry", "47": True}
        resolved = resolve_dp_map(kind=child.kind, hint=child.product_name, dps=dps, known=child.dp_map)
        obs = interpret(dps, resolved)
        assert (obs.battery_percent, obs.battery_level, obs.alarms) == (55, "low", ("pry",))
        assert resolved.established() == {"alarm": 21, "motor_state": 47, "battery_percent": 8, "battery_level": 9}

    def test_the_reported_pair_no_longer_contradicts(self) -> None:
        # A gateway carrying "sub": true and the lock naming it: once "its gateway is not in this
        # file" and "1 gateway serves no lock" for the same pair.
        text = json.dumps([
            {"name": "Hub", "id": "gw1", "key": "k" * 16, "category": "wg2", "sub": True, "ip": "10.0.0.9", "version": "3.3"},
            {"name": "Lock", "id": "c1", "key": "k" * 16, "category": "ms", "sub": True, "node_id": "n1", "parent": "gw1"},
        ])
        plan = parse_devices_json(text, "d.json")
        assert [g.lock.name for g in plan.gateways] == ["Hub"] and plan.notes == ()
        assert plan.locks[0].problems == () and plan.locks[0].lock.parent_device_id == "gw1"

    def test_links_beat_flags(self) -> None:
        # No "sub" flag, but a parent and a node id: read through the gateway. A "sub" flag with
        # an address and no links: a lock of its own.
        text = json.dumps([
            {"name": "Hub", "id": "gw1", "key": "k" * 16, "category": "wg2", "ip": "10.0.0.9", "version": "3.3"},
            {"name": "Linked", "id": "c1", "category": "ms", "node_id": "n1", "parent": "gw1"},
            {"name": "Flagged", "id": "c2", "key": "j" * 16, "category": "ms", "sub": True, "ip": "10.0.0.7"},
        ])
        kinds = {d.lock.name: d.lock.kind for d in parse_devices_json(text, "d.json").locks}
        assert kinds == {"Linked": LockKind.GATEWAY_CHILD, "Flagged": LockKind.WIFI}


class TestMalformed:
    def test_syntax_error_gives_line_and_column(self) -> None:
        message = _error("devices_syntax_error.json")
        assert message.startswith("devices_syntax_error.json: not valid JSON at line 10, column 5")

    def test_missing_id(self) -> None:
        message = _error("devices_missing_id.json")
        assert 'device #3 ("Kitchen"): missing field \'id\'' in message

    def test_wrong_key_length_names_device_and_field_without_the_key(self) -> None:
        message = _error("devices_bad_key.json")
        assert 'device #2 ("Side gate")' in message
        assert "'key'" in message and "16" in message
        assert "shortkey0001" not in message

    def test_gateway_serving_a_lock_needs_a_full_key(self) -> None:
        text = json.dumps([
            {"name": "Hub", "id": "g1", "key": "short", "category": "wg2"},
            {"name": "Lock", "id": "c1", "category": "ms", "sub": True, "node_id": "n1", "parent": "g1"},
        ])
        with pytest.raises(DevicesJsonError, match=r'device #1 \("Hub"\): field \'key\''):
            parse_devices_json(text, "d.json")

    def test_non_lock_with_bad_key_is_fine(self) -> None:
        text = json.dumps([{"name": "Plug", "id": "p", "key": "", "category": "cz"}])
        assert parse_devices_json(text, "d.json").skipped_count == 1

    @pytest.mark.parametrize(
        ("text", "fragment"),
        [
            ('{"name": "x"}', "expected a list of devices"),
            ("42", "expected a list of devices"),
            ('["oops"]', "device #1: expected an object, found text"),
            ('[{"name": "L", "id": 12345}]', "device #1 (\"L\"): field 'id' must be text, found a number"),
            ('[{"name": "L", "id": "  "}]', "field 'id' is empty"),
            ('[{"id": "a", "category": "ms", "key": "kkkkkkkkkkkkkkkk", "mapping": []}]', "field 'mapping' must be an object"),
            ('[{"id": "a", "category": "ms", "key": "kkkkkkkkkkkkkkkk", "sub": "yes"}]', "field 'sub' must be true or false"),
            ('[{"id": "a", "category": "ms", "key": "kkkkkkkkkkkkkkkk"}, {"id": "a", "category": "cz"}]', "device #2: field 'id' repeats device #1"),
            ("", "not valid JSON at line 1, column 1"),
        ],
    )
    def test_shapes(self, text: str, fragment: str) -> None:
        with pytest.raises(DevicesJsonError) as info:
            parse_devices_json(text, "d.json")
        assert fragment in str(info.value)

    def test_nothing_half_imported(self) -> None:
        # The first device is fine, the second is broken: the whole file is refused.
        with pytest.raises(DevicesJsonError):
            _parse("devices_bad_key.json")


@pytest.mark.parametrize("ip", ["192.168.1.300", "not an ip!!", "10.0.0.1:6668"])
def test_an_address_that_is_none_is_left_empty_with_a_note(ip: str) -> None:
    plan = parse_devices_json(json.dumps([{"name": "Front", "id": "bf3a1c2d3e4f5a6b7c8d", "key": "0123456789abcdef",
                                           "category": "jtmspro", "ip": ip, "version": "3.4"}]))
    assert plan.locks[0].lock.address == ""
    assert any(f"its address “{ip}” is not an IP address or host name" in note for note in plan.notes)


def test_a_good_address_is_kept_in_its_usual_form() -> None:
    plan = parse_devices_json(json.dumps([{"name": "Front", "id": "bf3a1c2d3e4f5a6b7c8d", "key": "0123456789abcdef",
                                           "category": "jtmspro", "ip": " 192.168.1.40 ", "version": "3.4"}]))
    assert plan.locks[0].lock.address == "192.168.1.40" and plan.notes == ()
