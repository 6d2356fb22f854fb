"""UDP discovery packets: loopback unicast only, decodable by tinytuya."""

from __future__ import annotations

import json
import socket

import pytest
import tinytuya

from lockcare.devices.sim import SimLock

pytestmark = pytest.mark.integration

VERSIONS = ("3.3", "3.4", "3.5")


@pytest.mark.parametrize("version", VERSIONS)
def test_awake_lock_broadcasts_a_packet_tinytuya_decodes(version, udp_listener):
    port = udp_listener.getsockname()[1]
    with SimLock("wifi_pro", version=version, broadcast_ports=[port], broadcast_interval=0.2) as sim:
        packet, source = udp_listener.recvfrom(2048)
    info = json.loads(tinytuya.decrypt_udp(packet))
    assert source[0] == "127.0.0.1"
    assert info["gwId"] == sim.device_id
    assert info["version"] == version
    assert info["productKey"] == sim.profile.product_id
    assert info["ip"] == "127.0.0.1"
    assert sim.local_key not in packet.decode("latin1")


def test_broadcast_comes_from_the_lock_alias_address(udp_listener, tuya_client):
    port = udp_listener.getsockname()[1]
    with SimLock("keep_alive", version="3.4", host="127.0.0.3", broadcast_ports=[port]) as sim:
        packet, source = udp_listener.recvfrom(2048)
        assert source[0] == "127.0.0.3"
        assert json.loads(tinytuya.decrypt_udp(packet))["ip"] == "127.0.0.3"
        assert tuya_client(sim).status()["dps"] == sim.dps


def test_asleep_lock_does_not_broadcast(udp_listener):
    port = udp_listener.getsockname()[1]
    udp_listener.settimeout(0.5)
    with SimLock(broadcast_ports=[port], broadcast_interval=0.1, awake=False) as sim:
        with pytest.raises(socket.timeout):
            udp_listener.recvfrom(2048)
        sim.wake()
        udp_listener.settimeout(3.0)
        packet, _ = udp_listener.recvfrom(2048)
        assert json.loads(tinytuya.decrypt_udp(packet))["gwId"] == sim.device_id


def test_real_discovery_ports_need_explicit_permission():
    for port in (6666, 6667, 7000):
        with pytest.raises(ValueError, match="allow_standard_ports"):
            SimLock(broadcast_ports=[port])


@pytest.mark.parametrize("host", ["192.168.1.20", "255.255.255.255", "0.0.0.0", "localhost"])
def test_only_loopback_addresses_are_accepted(host):
    with pytest.raises(ValueError):
        SimLock(host=host)
