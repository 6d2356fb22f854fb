"""Device list, specifications and status through the real tinytuya Cloud against the fake."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict

import pytest

from lockcare.core.dpmap import resolve_dp_map
from lockcare.core.models import LockKind
from lockcare.devices.cloud import CloudClient, CloudError
from lockcare.devices.fakecloud import FakeTuyaCloud
from tests.integration.cloud.conftest import Home

pytestmark = pytest.mark.integration

MakeClient = Callable[..., CloudClient]


def test_the_device_list_has_locks_the_gateway_with_its_child_and_the_plug(home: Home, make_client: MakeClient) -> None:
    devices = {d.device_id: d for d in make_client().devices()}

    assert set(devices) == {home.front.device_id, home.garage.device_id, home.hub.device_id, home.back.device_id, home.plug.device_id}
    front, back, hub, plug = (devices[d.device_id] for d in (home.front, home.back, home.hub, home.plug))
    assert (front.name, front.category, front.sub, front.local_key) == ("Front door", "jtmspro", False, home.front.local_key)
    assert front.is_lock and back.is_lock and devices[home.garage.device_id].is_lock
    assert (back.sub, back.node_id, back.parent_id) == (True, home.back.node_id, home.hub.device_id)
    assert back.local_key == hub.local_key == home.hub.local_key
    assert not hub.is_lock and not plug.is_lock
    assert (plug.category, plug.product_name) == ("cz", "Smart plug")
    assert (front.mac, front.uuid) == (home.front.mac, home.front.uuid)  # from factory-infos


def test_no_device_carries_the_clouds_public_ip(home: Home, make_client: MakeClient) -> None:
    for device in make_client().devices():
        assert home.front.public_ip not in str(asdict(device))
        assert not hasattr(device, "ip")


def test_a_child_without_a_gateway_id_gets_the_gateway_sharing_its_key(home: Home, make_client: MakeClient) -> None:
    home.back.gateway_id = ""  # some accounts' lists do not name the gateway

    devices = {d.device_id: d for d in make_client().devices()}

    assert devices[home.back.device_id].parent_id == home.hub.device_id


def test_a_long_device_list_is_read_across_pages(fake_cloud: FakeTuyaCloud, make_client: MakeClient) -> None:
    added = {fake_cloud.project.add_lock(f"Lock {n}").device_id for n in range(120)}

    devices = make_client().devices()

    assert {d.device_id for d in devices} == added
    assert fake_cloud.count(r"associated-users/devices$") == 3  # pages of 50
    assert fake_cloud.count(r"factory-infos$") == 3  # 50 ids at a time


def test_the_specification_gives_the_dp_map_by_code(home: Home, make_client: MakeClient) -> None:
    client = make_client()

    wifi = client.specification(home.front.device_id)
    ble = client.specification(home.back.device_id)

    assert wifi.roles()["battery_percent"] == 12 and wifi.roles()["alarm"] == 8
    assert ble.roles()["battery_percent"] == 8 and ble.roles()["alarm"] == 21 and ble.roles()["motor_state"] == 47
    assert ble.points["automatic_lock"].settable and not ble.points["residual_electricity"].settable
    assert ble.points["residual_electricity"].values["max"] == 100
    assert wifi.alarm_order is not None and wifi.alarm_order[8] == "pry"
    resolved = resolve_dp_map(mapping=ble.mapping(), kind=LockKind.GATEWAY_CHILD)
    assert resolved.sources["battery_percent"] == "mapping" and resolved.dps["battery_percent"] == 8


def test_a_device_without_a_specification_is_a_clear_error(home: Home, make_client: MakeClient) -> None:
    with pytest.raises(CloudError) as caught:
        make_client().specification(home.hub.device_id)

    assert (caught.value.kind, caught.value.code) == ("server", "2009")


def test_status_gives_the_current_values_by_code(home: Home, make_client: MakeClient) -> None:
    home.back.status.update(residual_electricity=57, battery_state="medium", lock_motor_state=False)

    status = make_client().status(home.back.device_id)

    assert status.values == {"residual_electricity": 57, "battery_state": "medium", "lock_motor_state": False}
    assert (status.battery_percent, status.battery_level) == (57, "medium")
