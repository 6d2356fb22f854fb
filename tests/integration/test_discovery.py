"""Passive discovery and the broadcast watcher, against broadcasting emulated locks on loopback.

Everything binds ephemeral ports on 127.0.0.1; nothing is sent by lockcare's code.
"""

from __future__ import annotations

import socket
import threading
import time

import pytest

from lockcare.devices.client import LockConnection, read_lock
from lockcare.devices.discovery import (
    BroadcastWatcher,
    DiscoveredDevice,
    DiscoveryError,
    DiscoveryScan,
    decode_broadcast,
    discover,
)
from lockcare.devices.sim import SimLock
from lockcare.devices.sim.broadcast import announcement, build_packet

pytestmark = pytest.mark.integration

LOOPBACK = "127.0.0.1"


def _watcher_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "lockcare-broadcast-watcher"]


@pytest.mark.parametrize("version", ["3.3", "3.4", "3.5"])
def test_scan_lists_a_broadcasting_lock(version: str) -> None:
    with DiscoveryScan(ports=(0,), bind_address=LOOPBACK) as scan:
        with SimLock("wifi_pro", version=version, broadcast_ports=scan.ports, broadcast_interval=0.1) as sim:
            result = scan.run(duration=5.0, want_ids={sim.device_id})
    assert result.devices == (
        DiscoveredDevice(
            device_id=sim.device_id,
            address=LOOPBACK,
            version=version,
            product_key=sim.profile.product_id,
            paired=False,
        ),
    )
    assert not result.cancelled
    assert result.elapsed < 5.0  # stopped as soon as the wanted lock was heard


def test_scan_tells_devices_apart_by_source_and_marks_paired_ones() -> None:
    paired_id, new_id = "bfpaired0000000000001", "bfnew000000000000000002"
    with DiscoveryScan(ports=(0, 0), bind_address=LOOPBACK, paired_ids={paired_id}) as scan:
        first, second = scan.ports
        with (
            SimLock("wifi_pro", "3.3", paired_id, host="127.0.0.2", broadcast_ports=[first], broadcast_interval=0.1),
            SimLock("keep_alive", "3.5", new_id, host="127.0.0.3", broadcast_ports=[second], broadcast_interval=0.1),
        ):
            result = scan.run(duration=5.0, want_ids={paired_id, new_id})
    found = {d.device_id: d for d in result.devices}
    assert found[paired_id].address == "127.0.0.2" and found[paired_id].paired
    assert found[new_id].address == "127.0.0.3" and not found[new_id].paired
    assert found[new_id].version == "3.5"


def test_discover_convenience_with_paired_ids() -> None:
    # Reserve an ephemeral port, free it, and let discover() bind it (SO_REUSEADDR).
    probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    probe.bind((LOOPBACK, 0))
    port = probe.getsockname()[1]
    probe.close()
    with SimLock("wifi_pro", broadcast_ports=[port], broadcast_interval=0.1) as sim:
        result = discover(1.0, ports=(port,), bind_address=LOOPBACK, paired_ids={sim.device_id}, want_ids={sim.device_id})
    assert [d.paired for d in result.devices] == [True]


def test_progress_and_cancel() -> None:
    cancel = threading.Event()
    calls: list[tuple[float, int]] = []

    def progress(fraction: float, devices: tuple[DiscoveredDevice, ...]) -> None:
        calls.append((fraction, len(devices)))
        if devices:
            cancel.set()  # the user pressed Cancel once something showed up

    with DiscoveryScan(ports=(0,), bind_address=LOOPBACK) as scan:
        with SimLock("wifi_pro", broadcast_ports=scan.ports, broadcast_interval=0.1):
            start = time.monotonic()
            result = scan.run(duration=30.0, cancel=cancel, progress=progress)
            elapsed = time.monotonic() - start
    assert result.cancelled
    assert elapsed < 5.0
    assert len(result.devices) == 1
    assert calls[-1] == (1.0, 1)
    fractions = [f for f, _ in calls]
    assert fractions == sorted(fractions) and all(0.0 <= f <= 1.0 for f in fractions)


def test_scan_is_bounded_in_time_when_nothing_broadcasts() -> None:
    with DiscoveryScan(ports=(0,), bind_address=LOOPBACK) as scan:
        start = time.monotonic()
        result = scan.run(duration=0.3)
    assert result.devices == ()
    assert 0.3 <= time.monotonic() - start < 2.0


def test_garbage_and_app_packets_are_ignored() -> None:
    with DiscoveryScan(ports=(0,), bind_address=LOOPBACK) as scan:
        sender = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        try:
            target = (LOOPBACK, scan.ports[0])
            sender.sendto(b"\x00\x01 not tuya", target)
            sender.sendto(build_packet({"from": "app", "ip": LOOPBACK}, "3.3"), target)
            sender.sendto(build_packet({"ip": LOOPBACK, "version": "3.3"}, "3.3"), target)  # no gwId
            good = announcement("bfgood000000000000001", LOOPBACK, "pk0000000000test", "3.3")
            sender.sendto(build_packet(good, "3.3"), target)
        finally:
            sender.close()
        result = scan.run(duration=3.0, want_ids={"bfgood000000000000001"})
    assert [d.device_id for d in result.devices] == ["bfgood000000000000001"]


def test_decode_broadcast_rejects_junk() -> None:
    assert decode_broadcast(b"") is None
    assert decode_broadcast(b"\x00" * 64) is None


def test_taken_port_is_reported_and_the_others_still_work() -> None:
    blocker = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)  # no SO_REUSEADDR: exclusive
    blocker.bind((LOOPBACK, 0))
    taken = blocker.getsockname()[1]
    try:
        with DiscoveryScan(ports=(taken, 0), bind_address=LOOPBACK) as scan:
            assert len(scan.ports) == 1
            result = scan.run(duration=0.1)
        assert [p for p, _ in result.unavailable_ports] == [taken]
        with pytest.raises(DiscoveryError, match=str(taken)):
            DiscoveryScan(ports=(taken,), bind_address=LOOPBACK).open()
    finally:
        blocker.close()


@pytest.mark.parametrize("duration", [0, -1, 10_000])
def test_duration_must_be_bounded(duration: float) -> None:
    with DiscoveryScan(ports=(0,), bind_address=LOOPBACK) as scan:
        with pytest.raises(ValueError):
            scan.run(duration=duration)


class TestWatcher:
    def test_fires_on_a_wake_broadcast_and_enables_a_read(self) -> None:
        heard = threading.Event()
        calls: list[tuple[str, str, str]] = []

        def on_broadcast(device_id: str, address: str, version: str) -> None:
            calls.append((device_id, address, version))
            heard.set()

        lock_id = "bfwake00000000000000a1"
        with BroadcastWatcher(on_broadcast, watched_ids={lock_id}, ports=(0,), bind_address=LOOPBACK) as watcher:
            with SimLock(
                "wifi_pro", "3.4", lock_id, awake=False, broadcast_ports=watcher.ports, broadcast_interval=0.1
            ) as sim:
                assert not heard.wait(0.3)  # asleep: no broadcast, no callback
                sim.wake()
                assert heard.wait(5.0)
                device_id, address, version = calls[0]
                assert (device_id, address, version) == (lock_id, LOOPBACK, "3.4")
                # The cue is good for an immediate read while the lock is awake.
                read = read_lock(LockConnection(device_id, address, sim.port, version, sim.local_key), timeout=1.0)
                assert read.dps == sim.dps

    def test_debounced_per_id_and_unwatched_ids_ignored(self, udp_listener: socket.socket) -> None:
        calls: list[str] = []
        first = threading.Event()

        def on_broadcast(device_id: str, address: str, version: str) -> None:
            calls.append(device_id)
            first.set()

        raw_port = udp_listener.getsockname()[1]
        with BroadcastWatcher(on_broadcast, ports=(0,), bind_address=LOOPBACK, debounce=60.0) as watcher:
            with (
                SimLock("wifi_pro", broadcast_ports=[*watcher.ports, raw_port], broadcast_interval=0.05) as watched,
                SimLock("wifi_pro", host="127.0.0.2", broadcast_ports=watcher.ports, broadcast_interval=0.05) as other,
            ):
                watcher.watch({watched.device_id})
                assert first.wait(5.0)
                # Let several more broadcasts of the watched lock arrive (seen on our raw socket).
                seen = 0
                while seen < 4:
                    udp_listener.recvfrom(2048)
                    seen += 1
        assert calls == [watched.device_id]
        assert other.device_id not in calls

    def test_stop_leaves_no_thread_and_closes_sockets(self) -> None:
        watcher = BroadcastWatcher(lambda *_: None, ports=(0, 0), bind_address=LOOPBACK)
        ports = watcher.start()
        assert watcher.running and len(ports) == 2
        watcher.stop()
        assert not watcher.running
        assert _watcher_threads() == []
        # The ports are free again: an exclusive bind succeeds.
        for port in ports:
            sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
            try:
                sock.bind((LOOPBACK, port))
            finally:
                sock.close()

    def test_a_failing_callback_does_not_stop_the_watcher(self, expect_log_warnings: list) -> None:
        heard = threading.Event()
        calls: list[str] = []

        def flaky(device_id: str, address: str, version: str) -> None:
            calls.append(device_id)
            if len(calls) == 1:
                raise RuntimeError("boom")
            heard.set()

        with BroadcastWatcher(flaky, ports=(0,), bind_address=LOOPBACK, debounce=0.0) as watcher:
            with SimLock("wifi_pro", broadcast_ports=watcher.ports, broadcast_interval=0.05) as sim:
                watcher.watch({sim.device_id})
                assert heard.wait(5.0)
        assert any("callback failed" in r.getMessage() for r in expect_log_warnings)
