"""How long lockcare's passive discovery takes to list a broadcasting lock, next to tinytuya's scan.

Everything stays on loopback: an emulated lock broadcasts to ephemeral UDP ports on
127.0.0.1. For tinytuya's ``scanner.devices`` the discovery-request broadcast is patched
out (``send_discovery_request``, ``get_ip_to_broadcast``), its three listening ports are
pointed at free ephemeral ports, and ``poll=False`` keeps it off TCP 6668 (its device
``connect`` is patched to fail loudly, to be sure), so it only listens. Nothing is ever sent off loopback.

Usage::

    python benchmarks/discovery.py            # tinytuya at its default SCANTIME (18 s)
    python benchmarks/discovery.py --quick    # tinytuya at 3 s instead
"""

from __future__ import annotations

import argparse
import socket
import statistics
import sys
import time
from pathlib import Path
from unittest import mock

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import tinytuya  # noqa: E402
from tinytuya import scanner  # noqa: E402

from lockcare.devices.discovery import DiscoveryScan  # noqa: E402
from lockcare.devices.sim import SimLock  # noqa: E402

LOOPBACK = "127.0.0.1"


def _free_udp_ports(count: int) -> list[int]:
    """Ephemeral UDP ports free right now (bound exclusively, then released)."""
    socks = [socket.socket(socket.AF_INET, socket.SOCK_DGRAM) for _ in range(count)]
    try:
        for sock in socks:
            sock.bind(("", 0))
        return [sock.getsockname()[1] for sock in socks]
    finally:
        for sock in socks:
            sock.close()


def time_lockcare(runs: int, interval: float, version: str) -> list[float]:
    """Seconds from the emulated lock starting to it being listed, per run."""
    times = []
    for _ in range(runs):
        with DiscoveryScan(ports=(0,), bind_address=LOOPBACK) as scan:
            # Same origin as the tinytuya figure: the clock starts as the lock starts.
            start = time.monotonic()
            with SimLock("wifi_pro", version=version, broadcast_ports=scan.ports, broadcast_interval=interval) as sim:
                result = scan.run(duration=max(5.0, 4 * interval), want_ids={sim.device_id})
                elapsed = time.monotonic() - start
        if [d.device_id for d in result.devices] != [sim.device_id]:
            raise SystemExit("lockcare discovery did not list the emulated lock")
        times.append(elapsed)
    return times


def time_tinytuya(scantime: float | None, interval: float, version: str, *, want_id: bool) -> tuple[float, bool, int]:
    """Runs ``scanner.devices`` isolated on loopback; returns (seconds, listed?, requests suppressed)."""
    ports = _free_udp_ports(3)
    suppressed = 0

    def no_discovery_request(*_args: object, **_kwargs: object) -> dict:
        nonlocal suppressed
        suppressed += 1
        return {}

    def refuse_tcp(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the benchmark must not open TCP connections")

    with (
        mock.patch.object(scanner, "send_discovery_request", no_discovery_request),
        mock.patch.object(scanner.DeviceDetect, "connect", refuse_tcp),
        mock.patch.object(scanner, "get_ip_to_broadcast", dict),
        mock.patch.object(scanner, "UDPPORT", ports[0]),
        mock.patch.object(scanner, "UDPPORTS", ports[1]),
        mock.patch.object(scanner, "UDPPORTAPP", ports[2]),
    ):
        start = time.monotonic()
        with SimLock("wifi_pro", version=version, broadcast_ports=[ports[1]], broadcast_interval=interval) as sim:
            found = scanner.devices(
                verbose=False,
                scantime=scantime,
                poll=False,
                byID=True,
                color=False,
                show_timer=False,
                tuyadevices=[{"id": "benchmark-placeholder", "key": "", "name": ""}],
                wantids=[sim.device_id] if want_id else None,
            )
            elapsed = time.monotonic() - start
    return elapsed, sim.device_id in (found or {}), suppressed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="lockcare runs to average (default 5)")
    parser.add_argument("--interval", type=float, default=1.0, help="emulated broadcast interval, s (default 1)")
    parser.add_argument("--version", default="3.3", choices=("3.3", "3.4", "3.5"))
    parser.add_argument("--quick", action="store_true", help="run tinytuya's scan for 3 s, not its default")
    args = parser.parse_args(argv)

    print(f"tinytuya {tinytuya.__version__}; emulated lock v{args.version} broadcasting every {args.interval:g} s on loopback")
    ours = time_lockcare(args.runs, args.interval, args.version)
    print(
        "lockcare DiscoveryScan (stops when the lock is heard; clock starts with the lock): "
        f"median {statistics.median(ours) * 1000:.1f} ms, min {min(ours) * 1000:.1f} ms, "
        f"max {max(ours) * 1000:.1f} ms over {len(ours)} runs"
    )

    print(f"tinytuya documented default scan time: tinytuya.SCANTIME = {tinytuya.SCANTIME} s")
    scantime = 3.0 if args.quick else None
    label = "3 s (--quick)" if args.quick else f"default ({tinytuya.SCANTIME} s)"
    elapsed, listed, suppressed = time_tinytuya(scantime, args.interval, args.version, want_id=False)
    print(
        f"tinytuya scanner.devices(scantime={label}, poll=False): {elapsed:.2f} s, lock listed: {listed}, "
        f"discovery requests suppressed: {suppressed}"
    )
    elapsed, listed, suppressed = time_tinytuya(scantime, args.interval, args.version, want_id=True)
    print(
        f"tinytuya scanner.devices(wantids=[id], the find_device path): {elapsed:.2f} s, lock listed: {listed}, "
        f"discovery requests suppressed: {suppressed}"
    )
    print(
        "note: the emulated lock broadcasts as soon as it starts, so these are listing latencies after the "
        "first broadcast; on a real LAN add up to one broadcast interval (3-6 s typical) for either tool."
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
