"""The bundled lock profiles are complete and consistent with the DP numbering evidence."""

from __future__ import annotations

import json

import pytest

from lockcare.devices.sim import load_profile
from lockcare.devices.sim.profiles import parse_profile
from lockcare.resources import resource_path

pytestmark = pytest.mark.integration

EXPECTED_DPS = {
    "wifi_pro": {"12": "residual_electricity", "11": "battery_state", "8": "alarm_lock", "1": "unlock_fingerprint",
                 "2": "unlock_password", "3": "unlock_temporary", "5": "unlock_card", "15": "unlock_app",
                 "16": "hijack", "19": "doorbell"},
    "ble_gateway_child": {"8": "residual_electricity", "9": "battery_state", "21": "alarm_lock",
                          "47": "lock_motor_state", "12": "unlock_fingerprint", "13": "unlock_password",
                          "15": "unlock_card"},
    "battery_state_only": {"9": "battery_state", "21": "alarm_lock"},
    "keep_alive": {"12": "residual_electricity", "11": "battery_state", "8": "alarm_lock"},
}


@pytest.mark.parametrize("profile_id", sorted(EXPECTED_DPS))
def test_profile_declares_the_expected_dps(profile_id):
    profile = load_profile(profile_id)
    assert profile.id == profile_id
    for dp_id, code in EXPECTED_DPS[profile_id].items():
        assert profile.mapping[dp_id]["code"] == code
        assert profile.mapping[dp_id]["type"] in {"Integer", "Enum", "Boolean"}
        assert isinstance(profile.mapping[dp_id]["values"], dict)
    assert profile.wake_hint.strip()
    assert len(profile.product_id) == (16 if profile.radio == "wifi" else 8)
    assert profile.battery.count >= 1 and profile.battery.kind


@pytest.mark.parametrize("profile_id", sorted(EXPECTED_DPS))
def test_default_battery_values_agree_with_the_starting_level(profile_id):
    profile = load_profile(profile_id)
    level = profile.battery.initial_level
    percent_dp = profile.dp_for("residual_electricity")
    if percent_dp is not None:
        assert profile.default_dps[percent_dp] == round(level)
    assert profile.default_dps[profile.dp_for("battery_state")] == profile.battery.state_for(level)


def test_only_the_ble_family_lacks_a_percentage_when_asked():
    assert load_profile("battery_state_only").dp_for("residual_electricity") is None
    assert load_profile("keep_alive").category == "jtmsbh"
    assert load_profile("keep_alive").keep_alive
    assert not load_profile("wifi_pro").keep_alive


def test_unknown_and_broken_profiles_are_rejected():
    with pytest.raises(ValueError, match="unknown lock profile"):
        load_profile("no_such_lock")
    data = json.loads(resource_path("profiles", "wifi_pro.json").read_text(encoding="utf-8"))
    data["default_dps"]["99"] = 1
    with pytest.raises(ValueError, match="99"):
        parse_profile(data)
    del data["mapping"]
    with pytest.raises(ValueError):
        parse_profile(data)
