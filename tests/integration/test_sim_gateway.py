"""A gateway serving two child locks by cid, read with the real tinytuya client."""

from __future__ import annotations

import pytest
import tinytuya

from lockcare.devices.sim import SimChild, SimGateway

pytestmark = pytest.mark.integration

VERSIONS = ("3.3", "3.4", "3.5")


def _without_device(result: dict) -> dict:
    result = dict(result)
    result.pop("device", None)
    return result


@pytest.fixture
def gateway_pair(tuya_client):
    """Yield (make) where make(version) -> (gateway sim, gw client, child clients, children)."""
    started: list[SimGateway] = []

    def make(version: str):
        front = SimChild("ble_gateway_child", node_id="a4c1380000000001", battery_level=72)
        back = SimChild("battery_state_only", node_id="a4c1380000000002", battery_level=20)
        sim = SimGateway(version, [front, back]).start()
        started.append(sim)
        gw = tuya_client(sim, persist=True)
        kids = [tinytuya.Device(c.device_id, cid=c.node_id, parent=gw) for c in (front, back)]
        return sim, gw, kids, (front, back)

    yield make
    for sim in started:
        sim.stop()


@pytest.mark.parametrize("version", VERSIONS)
def test_children_are_read_by_cid(version, gateway_pair):
    sim, _gw, (front_dev, back_dev), (front, back) = gateway_pair(version)
    front_result = front_dev.status()
    back_result = back_dev.status()
    assert front_result["device"] is front_dev
    assert front_result["dps"] == {"8": 72, "9": "high", "47": False}
    assert back_result["dps"] == {"9": "low"}
    cids = [r.cid for r in sim.commands if r.name in ("DP_QUERY", "DP_QUERY_NEW")]
    assert cids == [front.node_id, back.node_id]


@pytest.mark.parametrize("version", VERSIONS)
def test_subdev_query_lists_online_and_offline_children(version, gateway_pair):
    sim, gw, _kids, (front, back) = gateway_pair(version)
    report = gw.subdev_query()
    assert report["reqType"] == "subdev_online_stat_report"
    assert sorted(report["data"]["online"]) == sorted([front.node_id, back.node_id])
    assert report["data"]["offline"] == []
    sim.set_child_online(back.node_id, False)
    report = gw.subdev_query()
    assert report["data"] == {"online": [front.node_id], "offline": [back.node_id]}


@pytest.mark.parametrize("version", VERSIONS)
def test_child_unlock_is_pushed_with_its_cid(version, gateway_pair):
    _sim, gw, (front_dev, _back_dev), (front, _back) = gateway_pair(version)
    assert "Err" not in front_dev.status()  # opens the persistent connection
    front.unlock("card", user_id=7)
    pushed = gw.receive()
    assert pushed is not None
    assert pushed["device"] is front_dev
    assert pushed["dps"]["15"] == 7
    assert pushed["dps"]["47"] is True


def test_offline_child_does_not_push(gateway_pair):
    sim, gw, (front_dev, back_dev), (front, back) = gateway_pair("3.4")
    assert "Err" not in back_dev.status()
    sim.set_child_online(front.node_id, False)
    front.unlock("fingerprint", user_id=3)
    back.raise_alarm("low_battery")
    pushed = gw.receive()
    assert pushed["device"] is back_dev, _without_device(pushed)
    assert pushed["dps"] == {"21": "low_battery"}
    # The gateway still answers for the offline child from its cache.
    assert front_dev.status()["dps"]["12"] == 3


def test_gateway_drains_children_over_simulated_time(gateway_pair):
    sim, _gw, (front_dev, _back_dev), (front, _back) = gateway_pair("3.3")
    changed = sim.advance(days=100)
    assert front.battery_level < 72
    assert changed[front.node_id]["8"] == round(front.battery_level)
    assert front_dev.status()["dps"]["8"] == round(front.battery_level)


def test_long_subdevice_lists_span_several_reports(tuya_client):
    children = [SimChild(node_id=f"node{i:04d}") for i in range(45)]
    with SimGateway("3.4", children) as sim:
        gw = tuya_client(sim, persist=True)
        seen: list[str] = []
        report = gw.subdev_query()
        while report is not None:
            assert report["reqType"] == "subdev_online_stat_report"
            seen += report["data"]["online"]
            report = gw.receive()
    assert seen == [c.node_id for c in children]
