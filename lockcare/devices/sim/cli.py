"""``lockcare sim``: run an emulated lock (or a gateway with child locks) until Ctrl-C."""

from __future__ import annotations

import argparse
import sys
import threading
from typing import TextIO

from lockcare.devices.sim.framing import SUPPORTED_VERSIONS
from lockcare.devices.sim.gateway import SimChild, SimGateway
from lockcare.devices.sim.lock import SimLock
from lockcare.devices.sim.profiles import KNOWN_QUIRKS, list_profiles
from lockcare.devices.sim.server import SimServer


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the ``lockcare sim`` options to ``parser``."""
    profiles = list_profiles()
    parser.add_argument("--profile", choices=profiles, default="wifi_pro", help="lock family to emulate (default: %(default)s)")
    parser.add_argument("--version", dest="protocol", choices=SUPPORTED_VERSIONS, default="3.3", help="Tuya protocol version (default: %(default)s)")
    parser.add_argument("--host", default="127.0.0.1", help="loopback address to serve on, e.g. 127.0.0.2 (default: %(default)s)")
    parser.add_argument("--port", type=int, default=0, help="TCP port; 0 picks a free one (default: %(default)s)")
    parser.add_argument("--device-id", default=None, help="device id to use (default: random)")
    parser.add_argument("--key", default=None, help="16-character local key (default: random)")
    parser.add_argument("--quirk", action="append", default=[], choices=sorted(KNOWN_QUIRKS), help="value quirk; repeat for several")
    parser.add_argument("--awake-seconds", type=float, default=None, help="stay awake this long, then sleep (default: always awake)")
    parser.add_argument("--asleep-seconds", type=float, default=None, help="with --awake-seconds: sleep this long, then wake again, forever")
    parser.add_argument("--broadcast-port", type=int, action="append", default=[], help="UDP port on 127.0.0.1 to send discovery packets to; repeat for several")
    parser.add_argument("--broadcast-interval", type=float, default=5.0, help="seconds between discovery packets (default: %(default)s)")
    parser.add_argument("--allow-standard-ports", action="store_true", help="allow 6666/6667/7000 as broadcast ports")
    parser.add_argument("--child", action="append", default=[], choices=profiles, metavar="PROFILE", help="run a gateway with a child lock of this profile; repeat for several")
    parser.add_argument("--duration", type=float, default=None, help=argparse.SUPPRESS)


def build(args: argparse.Namespace) -> SimServer:
    """Create (but do not start) the emulated device described by ``args``.

    Raises:
        ValueError: on inconsistent options.
    """
    if args.asleep_seconds is not None and args.awake_seconds is None:
        raise ValueError("--asleep-seconds needs --awake-seconds")
    common = dict(
        device_id=args.device_id,
        local_key=args.key,
        host=args.host,
        port=args.port,
        broadcast_ports=args.broadcast_port,
        broadcast_interval=args.broadcast_interval,
        allow_standard_ports=args.allow_standard_ports,
    )
    if args.child:
        children = [SimChild(profile, quirks=args.quirk) for profile in args.child]
        return SimGateway(args.protocol, children, **common)
    return SimLock(args.profile, args.protocol, quirks=args.quirk, **common)


def describe(sim: SimServer, out: TextIO) -> None:
    """Print what a user needs to add the emulated device to lockcare."""
    print(f"Emulated Tuya device serving on {sim.host}:{sim.port} (protocol {sim.version})", file=out)
    print(f"  device id: {sim.device_id}", file=out)
    print(f"  local key: {sim.local_key}", file=out)
    if isinstance(sim, SimGateway):
        for child in sim.children:
            print(f"  child {child.profile.id}: node id (cid) {child.node_id}, device id {child.device_id}", file=out)
    else:
        print(f"  profile:   {sim.profile.id} ({sim.profile.name})", file=out)
        print(f"  wake hint: {sim.profile.wake_hint}", file=out)
    print("Press Ctrl-C to stop.", file=out, flush=True)


def serve(sim: SimServer, args: argparse.Namespace, stop: threading.Event, out: TextIO = sys.stdout) -> None:
    """Start ``sim``, apply the wake cycle, and run until ``stop`` is set (or --duration)."""
    with sim:
        if args.awake_seconds is not None and args.asleep_seconds is not None:
            sim.start_cycle(args.awake_seconds, args.asleep_seconds)
        elif args.awake_seconds is not None:
            sim.wake(args.awake_seconds)
        describe(sim, out)
        stop.wait(args.duration)


def run(args: argparse.Namespace) -> int:
    """Run ``lockcare sim`` until Ctrl-C. Returns the process exit code."""
    try:
        sim = build(args)
    except ValueError as exc:
        print(f"lockcare sim: {exc}", file=sys.stderr)
        return 2
    stop = threading.Event()
    try:
        serve(sim, args, stop)
    except KeyboardInterrupt:
        print("Stopped.")
    except OSError as exc:
        print(f"lockcare sim: cannot serve on {args.host}:{args.port}: {exc}", file=sys.stderr)
        return 1
    return 0
