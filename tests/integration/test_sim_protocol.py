"""The emulated lock speaks Tuya 3.3/3.4/3.5 well enough for the real tinytuya client."""

from __future__ import annotations

import time

import pytest

from lockcare.devices.sim import SimLock, list_profiles

pytestmark = pytest.mark.integration

VERSIONS = ("3.3", "3.4", "3.5")
PROFILES = ("wifi_pro", "ble_gateway_child", "battery_state_only", "keep_alive")


def test_the_required_profiles_are_bundled():
    assert set(PROFILES) <= set(list_profiles())


@pytest.mark.parametrize("version", VERSIONS)
@pytest.mark.parametrize("profile", PROFILES)
def test_status_returns_the_profile_dps(profile, version, tuya_client):
    with SimLock(profile, version=version) as sim:
        result = tuya_client(sim).status()
    assert "Err" not in result, result
    assert result["dps"] == sim.dps
    assert set(result["dps"]) == set(sim.profile.default_dps)
    if version != "3.3":
        assert result["protocol"] == 4 and result["data"]["dps"] == sim.dps


@pytest.mark.parametrize("version", VERSIONS)
def test_wifi_pro_reports_battery_on_dp12_and_ble_on_dp8(version, tuya_client):
    with SimLock("wifi_pro", version=version, battery_level=64) as wifi, SimLock(
        "ble_gateway_child", version=version, battery_level=41
    ) as ble:
        assert tuya_client(wifi).status()["dps"]["12"] == 64
        assert tuya_client(ble).status()["dps"]["8"] == 41
        assert tuya_client(ble).status()["dps"]["9"] == "medium"


@pytest.mark.parametrize(("version", "expected"), [("3.3", "904"), ("3.4", "914"), ("3.5", "914")])
def test_wrong_key_is_refused(version, expected, tuya_client):
    with SimLock(version=version) as sim:
        wrong = "0123456789abcdef" if sim.local_key != "0123456789abcdef" else "fedcba9876543210"
        result = tuya_client(sim, key=wrong).status()
    assert result.get("Err") == expected, result


def test_device_read_with_the_wrong_version_fails(tuya_client):
    with SimLock(version="3.4") as sim:
        result = tuya_client(sim, version="3.3").status()
    assert result.get("Err") == "904", result


@pytest.mark.parametrize("version", VERSIONS)
def test_asleep_lock_refuses_connections(version, tuya_client):
    with SimLock(version=version, awake=False) as sim:
        assert not sim.is_awake
        result = tuya_client(sim).status()
        assert result.get("Err") == "901", result
        sim.wake()
        assert tuya_client(sim).status()["dps"] == sim.dps
        sim.sleep()
        assert tuya_client(sim).status().get("Err") == "901"


@pytest.mark.parametrize(("version", "expected"), [("3.3", "902"), ("3.4", "914"), ("3.5", "914")])
def test_silent_lock_times_out(version, expected, tuya_client):
    with SimLock(version=version, silent=True) as sim:
        result = tuya_client(sim, timeout=0.3).status()
    assert result.get("Err") == expected, result
    assert sim.commands, "the silent lock still records what it received"


def test_wake_window_closes_by_itself(tuya_client):
    with SimLock("wifi_pro", version="3.4", awake=False) as sim:
        sim.wake(seconds=0.5)
        assert sim.is_awake
        assert "Err" not in tuya_client(sim).status()
        assert sim.wait_for_sleep(5.0)
        assert tuya_client(sim).status().get("Err") == "901"


def test_keep_alive_lock_ignores_wake_windows():
    with SimLock("keep_alive", awake=False) as sim:
        sim.wake(seconds=0.05)
        assert not sim.wait_for_sleep(0.4)
        assert sim.is_awake


def test_wake_cycle_alternates():
    with SimLock("wifi_pro", awake=False) as sim:
        sim.start_cycle(awake_seconds=0.2, asleep_seconds=0.2)
        assert sim.is_awake
        assert sim.wait_for_sleep(3.0)
        assert sim.wait_for_wake(3.0)


def test_heartbeat_gets_an_empty_ack(tuya_client):
    with SimLock(version="3.3") as sim:
        device = tuya_client(sim, persist=True, timeout=0.3)
        assert device.heartbeat(nowait=False) is None
        assert device.cmd_retcode == 0
    assert [r.name for r in sim.commands] == ["HEART_BEAT"]


@pytest.mark.parametrize("version", VERSIONS)
def test_updatedps_acks_then_pushes(version, tuya_client):
    with SimLock("wifi_pro", version=version) as sim:
        result = tuya_client(sim).updatedps([12])
    assert result["dps"] == {"12": sim.dps["12"]}


@pytest.mark.parametrize("version", VERSIONS)
def test_reply_seqno_echoes_before_35_and_is_the_devices_own_on_35(version, tuya_client):
    with SimLock(version=version) as sim:
        device = tuya_client(sim, persist=True)
        device.status()
        device.status()
        sent = sim.commands[-1].seqno
        received = device.raw_recv[-1].seqno
        assert device.raw_recv[-1].retcode == 0
    if version == "3.5":
        assert received != sent
    else:
        assert received == sent


def test_stop_is_quick_and_idempotent():
    sim = SimLock().start()
    started = time.monotonic()
    sim.stop()
    sim.stop()
    assert time.monotonic() - started < 2.0
    with pytest.raises(RuntimeError):
        _ = SimLock().port
