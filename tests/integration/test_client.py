"""lockcare's read-only client against the emulated lock, over loopback, with real tinytuya."""

from __future__ import annotations

import logging
import time

import pytest

from lockcare.core.dpmap import interpret, resolve_dp_map
from lockcare.core.models import LockKind
from lockcare.devices.bounded import BoundedDevice
from lockcare.devices.client import (
    GatewayLink,
    LockConnection,
    probe_version,
    read_lock,
    subdev_status,
)
from lockcare.devices.errors import DeviceError, ReadOnlyViolation
from lockcare.devices.read_only import READ_ONLY_COMMANDS, check_read_only
from lockcare.devices.sim import (
    QUIRK_ALARM_BITFIELD,
    QUIRK_ALARM_INDEX,
    QUIRK_BATTERY_UNKNOWN,
    SimChild,
    SimGateway,
    SimLock,
)

pytestmark = pytest.mark.integration

VERSIONS = ("3.3", "3.4", "3.5")
DIRECT_PROFILES = ("wifi_pro", "battery_state_only", "keep_alive")
QUERY_NAMES = {"SESS_KEY_NEG_START", "SESS_KEY_NEG_FINISH", "DP_QUERY", "DP_QUERY_NEW", "HEART_BEAT", "LAN_EXT_STREAM"}
WRONG_KEY = "0123456789abcdef"


def _conn(sim: SimLock, **changes: object) -> LockConnection:
    values: dict[str, object] = {
        "device_id": sim.device_id,
        "address": sim.host,
        "port": sim.port,
        "version": sim.version,
        "local_key": sim.local_key,
    }
    values.update(changes)
    return LockConnection(**values)  # type: ignore[arg-type]


def _gateway_link(gw: SimGateway, **changes: object) -> GatewayLink:
    values: dict[str, object] = {
        "device_id": gw.device_id,
        "address": gw.host,
        "port": gw.port,
        "version": gw.version,
        "local_key": gw.local_key,
    }
    values.update(changes)
    return GatewayLink(**values)  # type: ignore[arg-type]


def _assert_only_queries(sim: SimLock | SimGateway) -> None:
    assert sim.commands, "expected the emulator to have recorded our requests"
    assert sim.control_commands() == []
    assert {c.name for c in sim.commands} <= QUERY_NAMES


@pytest.mark.parametrize("version", VERSIONS)
@pytest.mark.parametrize("profile", DIRECT_PROFILES)
def test_direct_read(profile: str, version: str) -> None:
    with SimLock(profile, version=version) as sim:
        read = read_lock(_conn(sim), timeout=1.0)
        assert read.dps == sim.dps
        assert (read.device_id, read.version, read.via_gateway) == (sim.device_id, version, False)
        assert read.read_at.tzinfo is not None
        _assert_only_queries(sim)

    kind = LockKind.KEEP_ALIVE if profile == "keep_alive" else LockKind.WIFI
    obs = interpret(read.dps, resolve_dp_map(mapping=sim.profile.mapping, kind=kind))
    assert obs.battery_percent is not None or obs.battery_level is not None


@pytest.mark.parametrize("version", VERSIONS)
def test_gateway_children_one_offline(version: str) -> None:
    online, offline = SimChild(), SimChild()
    with SimGateway(version=version, children=(online, offline)) as gw:
        gw.set_child_online(offline.node_id, False)
        link = _gateway_link(gw)

        report = subdev_status(link, timeout=1.0)
        assert online.node_id in report.online and offline.node_id in report.offline
        online_ids, offline_ids = report  # usable as a plain pair
        assert offline.node_id in offline_ids and online.node_id in online_ids

        read = read_lock(LockConnection(online.device_id, node_id=online.node_id, gateway=link), timeout=1.0)
        assert read.dps == online.dps
        assert "device" not in read.dps
        assert read.via_gateway is True
        obs = interpret(read.dps, resolve_dp_map(kind=LockKind.GATEWAY_CHILD))
        assert obs.battery_percent == online.dps["8"]

        with pytest.raises(DeviceError) as info:
            read_lock(LockConnection(offline.device_id, node_id=offline.node_id, gateway=link), timeout=1.0)
        assert info.value.kind == "gateway-child-offline"
        assert info.value.device_id == offline.device_id
        _assert_only_queries(gw)


@pytest.mark.parametrize("version", VERSIONS)
def test_wrong_key(version: str, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="lockcare")
    with SimLock("wifi_pro", version=version) as sim:
        with pytest.raises(DeviceError) as info:
            read_lock(_conn(sim, local_key=WRONG_KEY), timeout=1.0, retries=0)
    error = info.value
    assert error.kind == "wrong-key"
    assert error.code in ("904", "914")
    for text in (str(error), repr(error), error.message, caplog.text):
        assert WRONG_KEY not in text and sim.local_key not in text
    if version != "3.3":
        assert "handshake" in error.message  # 914 may also mean asleep mid-handshake


@pytest.mark.parametrize("version", VERSIONS)
def test_asleep_lock_fails_fast(version: str) -> None:
    with SimLock("wifi_pro", version=version, awake=False) as sim:
        start = time.monotonic()
        with pytest.raises(DeviceError) as info:
            read_lock(_conn(sim), timeout=1.0, retries=1)
        elapsed = time.monotonic() - start
        assert sim.commands == []
    assert info.value.kind == "asleep"
    assert info.value.code in ("901", "905")
    assert elapsed < 3.0


@pytest.mark.slow  # waits out the read timeout
@pytest.mark.parametrize(("version", "kind"), [("3.3", "silent"), ("3.4", "wrong-key"), ("3.5", "wrong-key")])
def test_awake_but_silent(version: str, kind: str) -> None:
    with SimLock("keep_alive", version=version, silent=True) as sim:
        start = time.monotonic()
        with pytest.raises(DeviceError) as info:
            read_lock(_conn(sim), timeout=1.0, retries=0)
        assert time.monotonic() - start < 4.0
    assert info.value.kind == kind


@pytest.mark.parametrize("version", VERSIONS)
def test_version_auto_probe(version: str) -> None:
    with SimLock("wifi_pro", version=version) as sim:
        assert probe_version(_conn(sim, version="3.3")) == version
        read = read_lock(_conn(sim, version="auto"), timeout=1.0)
        assert read.version == version
        assert read.dps == sim.dps
        _assert_only_queries(sim)


def test_version_auto_probe_on_an_asleep_lock_stops_at_once() -> None:
    with SimLock("wifi_pro", version="3.4", awake=False) as sim:
        start = time.monotonic()
        with pytest.raises(DeviceError) as info:
            probe_version(_conn(sim))
        assert time.monotonic() - start < 2.0
    assert info.value.kind == "asleep"


def test_version_auto_probe_with_wrong_key_names_the_versions_tried() -> None:
    with SimLock("wifi_pro", version="3.4") as sim:
        with pytest.raises(DeviceError) as info:
            read_lock(_conn(sim, version="auto", local_key=WRONG_KEY), timeout=1.0)
    assert info.value.kind == "wrong-key"
    assert "3.5, 3.4, 3.3" in info.value.message


@pytest.mark.parametrize("version", VERSIONS)
def test_gateway_version_auto(version: str) -> None:
    child = SimChild()
    with SimGateway(version=version, children=(child,)) as gw:
        link = _gateway_link(gw, version="auto")
        read = read_lock(LockConnection(child.device_id, node_id=child.node_id, gateway=link), timeout=1.0)
        assert (read.version, read.dps) == (version, child.dps)
        assert subdev_status(link).online == (child.node_id,)


@pytest.mark.parametrize(
    ("quirk", "check"),
    [
        (QUIRK_ALARM_INDEX, lambda obs: obs.alarms == ("low_battery",)),
        (QUIRK_ALARM_BITFIELD, lambda obs: obs.alarms == ("low_battery",)),
        (QUIRK_BATTERY_UNKNOWN, lambda obs: obs.battery_percent is None),
    ],
)
def test_quirky_values_end_to_end(quirk: str, check) -> None:  # noqa: ANN001
    with SimLock("wifi_pro", version="3.3", quirks={quirk}) as sim:
        sim.raise_alarm("low_battery", push=False)
        read = read_lock(_conn(sim), timeout=1.0)
    assert check(interpret(read.dps, resolve_dp_map(kind=LockKind.WIFI)))


class TestReadOnlyGuard:
    def test_control_commands_are_refused_before_anything_is_sent(self) -> None:
        with SimLock("wifi_pro", version="3.4") as sim:
            device = BoundedDevice(
                sim.device_id, sim.host, sim.local_key, version=3.4, port=sim.port,
                connection_timeout=1, connection_retry_limit=1, connection_retry_delay=0,
            )
            try:
                with pytest.raises(ReadOnlyViolation):
                    device.set_value(1, True)
                with pytest.raises(ReadOnlyViolation):
                    device.set_multiple_values({"1": True})
                with pytest.raises(ReadOnlyViolation):
                    device.updatedps([12])
                with pytest.raises(ReadOnlyViolation):
                    device.send(b"raw")
                assert device.status()["dps"] == sim.dps  # queries still work
            finally:
                device.close()
            assert sim.control_commands() == []
            assert {c.name for c in sim.commands} <= QUERY_NAMES

    def test_command_record_after_reads_and_heartbeat(self) -> None:
        with SimLock("keep_alive", version="3.5") as sim:
            for _ in range(3):
                read_lock(_conn(sim), timeout=1.0)
            device = BoundedDevice(
                sim.device_id, sim.host, sim.local_key, version=3.5, port=sim.port,
                connection_timeout=1, connection_retry_limit=1, connection_retry_delay=0, persist=True,
            )
            try:
                device.heartbeat(nowait=False)
            finally:
                device.close()
            _assert_only_queries(sim)
            assert sum(c.name == "DP_QUERY_NEW" for c in sim.commands) == 3
            assert any(c.name == "HEART_BEAT" for c in sim.commands)

    def test_guard_rules(self) -> None:
        for cmd in READ_ONLY_COMMANDS - {64}:
            check_read_only(cmd)
        check_read_only(64, req_type="subdev_online_stat_query")
        check_read_only(13, payload=b'{"devId":"x","dps":{"1":null,"2":null}}')  # device22 query
        for cmd, payload in ((7, None), (13, b'{"dps":{"1":true}}'), (13, b"{}"), (18, None), (6, None)):
            with pytest.raises(ReadOnlyViolation):
                check_read_only(cmd, payload=payload)
        with pytest.raises(ReadOnlyViolation):
            check_read_only(64, req_type="subdev_add")


class TestInputs:
    def test_empty_address_is_refused_without_scanning(self) -> None:
        with pytest.raises(ValueError, match="no network address"):
            read_lock(LockConnection("bf00", address="", local_key="k" * 16))
        with pytest.raises(ValueError, match="no network address"):
            read_lock(LockConnection("eb00", node_id="n", gateway=GatewayLink("g", "", local_key="k" * 16)))

    def test_missing_key_is_refused_without_network(self) -> None:
        with pytest.raises(DeviceError) as info:
            read_lock(LockConnection("bf00", address="127.0.0.1", port=1, local_key=""))
        assert info.value.kind == "wrong-key"

    @pytest.mark.parametrize(("timeout", "retries"), [(0, 1), (45.0, 1), (2.0, 5), (2.0, -1)])
    def test_bounds(self, timeout: float, retries: int) -> None:
        with pytest.raises(ValueError):
            read_lock(LockConnection("bf00", address="127.0.0.1", local_key="k" * 16), timeout=timeout, retries=retries)

    def test_reprs_hide_keys(self) -> None:
        key = "secretkey0000001"
        link = GatewayLink("g", "127.0.0.1", local_key=key)
        conn = LockConnection("bf00", "127.0.0.1", local_key=key, gateway=link)
        assert key not in repr(conn) and key not in repr(link)
