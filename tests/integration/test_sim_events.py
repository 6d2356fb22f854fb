"""Unlock pushes, value quirks, battery drain and the command record."""

from __future__ import annotations

import pytest

from lockcare.devices.sim import (
    QUIRK_ALARM_BITFIELD,
    QUIRK_ALARM_INDEX,
    QUIRK_BATTERY_UNKNOWN,
    CommandRecord,
    SimLock,
)

pytestmark = pytest.mark.integration

VERSIONS = ("3.3", "3.4", "3.5")


@pytest.mark.parametrize("version", VERSIONS)
def test_unlock_is_pushed_on_a_persistent_connection(version, tuya_client):
    with SimLock("wifi_pro", version=version) as sim:
        device = tuya_client(sim, persist=True)
        assert "Err" not in device.status()
        sim.unlock("password", user_id=5)
        pushed = device.receive()
        assert pushed is not None
        assert pushed["dps"] == {"2": 5}
        assert sim.dps["2"] == 5
        assert device.receive() is None  # nothing else was pushed


def test_alarm_push_and_status_agree(tuya_client):
    with SimLock("ble_gateway_child", version="3.4") as sim:
        device = tuya_client(sim, persist=True)
        device.status()
        sim.raise_alarm("pry")
        assert device.receive()["dps"] == {"21": "pry"}
        assert device.status()["dps"]["21"] == "pry"


@pytest.mark.parametrize(
    ("quirks", "expected"),
    [((), "low_battery"), ({QUIRK_ALARM_INDEX}, "10"), ({QUIRK_ALARM_BITFIELD}, 1 << 10)],
)
def test_alarm_quirks(quirks, expected, tuya_client):
    with SimLock("wifi_pro", version="3.3", quirks=quirks) as sim:
        sim.raise_alarm("low_battery")
        assert tuya_client(sim).status()["dps"]["8"] == expected


def test_battery_unknown_quirk_reports_minus_one(tuya_client):
    with SimLock("wifi_pro", version="3.5", quirks={QUIRK_BATTERY_UNKNOWN}, battery_level=50) as sim:
        dps = tuya_client(sim).status()["dps"]
    assert dps["12"] == -1
    assert dps["11"] == "medium"
    assert sim.battery_level == 50


def test_battery_state_only_profile_has_no_percentage(tuya_client):
    with SimLock("battery_state_only", version="3.4", battery_level=10) as sim:
        dps = tuya_client(sim).status()["dps"]
    assert dps == {"9": "low"}


def test_unknown_or_conflicting_quirks_are_rejected():
    with pytest.raises(ValueError):
        SimLock(quirks={"no_such_quirk"})
    with pytest.raises(ValueError):
        SimLock(quirks={QUIRK_ALARM_INDEX, QUIRK_ALARM_BITFIELD})


def test_advance_drains_and_raises_low_battery_once(tuya_client):
    with SimLock("wifi_pro", version="3.3", battery_level=20) as sim:
        device = tuya_client(sim, persist=True)
        device.status()
        rate = sim.profile.battery.drain_per_day + sim.profile.unlocks_per_day * sim.profile.battery.drain_per_unlock
        start_time = sim.clock.now()
        changed = sim.advance(days=10)
        assert (sim.clock.now() - start_time).days == 10
        assert sim.battery_level == pytest.approx(20 - 10 * rate)
        assert changed["8"] == "low_battery"
        pushed = device.receive()
        assert pushed["dps"]["12"] == round(sim.battery_level)
        assert pushed["dps"]["8"] == "low_battery"
        sim.raise_alarm("wrong_finger")
        device.receive()
        assert "8" not in sim.advance(days=1)
        sim.advance(days=1000)
        assert sim.battery_level == 0
        assert sim.dps["11"] == "poweroff"


def test_unlock_drains_and_rejects_methods_the_profile_lacks():
    with SimLock("ble_gateway_child", battery_level=50) as sim:
        sim.unlock("fingerprint")
        assert sim.battery_level == pytest.approx(50 - sim.profile.battery.drain_per_unlock)
        with pytest.raises(ValueError, match="unlock_face"):
            sim.unlock("face")


@pytest.mark.parametrize("version", VERSIONS)
def test_reads_leave_only_queries_in_the_command_record(version, tuya_client):
    with SimLock("wifi_pro", version=version) as sim:
        device = tuya_client(sim, persist=True, timeout=0.3)
        device.status()
        device.heartbeat(nowait=False)
        device.updatedps([12])
        assert sim.control_commands() == []
        names = {r.name for r in sim.commands}
        allowed = {"SESS_KEY_NEG_START", "SESS_KEY_NEG_FINISH", "DP_QUERY", "DP_QUERY_NEW", "HEART_BEAT", "UPDATEDPS"}
        assert names <= allowed
        assert {"HEART_BEAT", "UPDATEDPS"} <= names


@pytest.mark.parametrize(("version", "cmd"), [("3.3", 7), ("3.4", 13), ("3.5", 13)])
def test_a_control_command_is_recorded_and_applied(version, cmd, tuya_client):
    with SimLock("wifi_pro", version=version) as sim:
        result = tuya_client(sim).set_value(16, True)
        controls = sim.control_commands()
    assert result["dps"] == {"16": True}
    assert sim.dps["16"] is True
    assert [(r.cmd, r.is_control) for r in controls] == [(cmd, True)]
    record = controls[0]
    dps = record.payload.get("dps") or record.payload["data"]["dps"]
    assert dps == {"16": True}


def test_device22_style_query_is_not_control():
    record = CommandRecord(13, "CONTROL_NEW", {"devId": "x", "dps": {"1": None}}, None, 1, None)
    assert not record.is_control
    assert CommandRecord(13, "CONTROL_NEW", {"dps": {"1": True}}, None, 1, None).is_control
    assert CommandRecord(7, "CONTROL", None, None, 1, None).is_control
    assert not CommandRecord(10, "DP_QUERY", {}, None, 1, None).is_control
