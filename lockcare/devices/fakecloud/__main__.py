"""Run the fake Tuya cloud on 127.0.0.1 with a demo household: ``python -m lockcare.devices.fakecloud``.

Prints one JSON line (``host``, ``ca``, ``region``, ``access_id``, ``access_secret``,
``locks``) and serves until standard input closes or the process is interrupted. The
credentials are the fake's own, made up at start.
"""

from __future__ import annotations

import argparse
import json
import sys
import time

from lockcare.devices.fakecloud.model import PLUG, FakeProject, seed_week
from lockcare.devices.fakecloud.server import FakeTuyaCloud


def demo_project(*, locks: int = 2, now_ms: int | None = None) -> FakeProject:
    """A household: ``locks`` Wi-Fi locks, a hub with a BLE lock, a plug; a week of history each."""
    now = int(time.time() * 1000) if now_ms is None else now_ms
    project = FakeProject()
    for n in range(locks):
        seed_week(project.add_lock("Front door" if n == 0 else f"Door {n + 1}"), now_ms=now, start_percent=90 - 7 * n)
    hub = project.add_gateway("Hallway hub")
    seed_week(project.add_lock("Back door", gateway=hub), now_ms=now, start_percent=64, drain_per_day=2.0)
    plug = project.add_device("Desk plug", category="cz", spec=PLUG, product_name="Smart plug")
    plug.status["switch_1"] = True
    return project


def main(argv: list[str] | None = None) -> int:
    """Serves until stdin closes; returns the exit status."""
    parser = argparse.ArgumentParser(prog="python -m lockcare.devices.fakecloud", description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=0, help="TCP port on 127.0.0.1 (default: any free one)")
    parser.add_argument("--locks", type=int, default=2, help="Wi-Fi locks besides the hub's BLE lock")
    args = parser.parse_args(argv)
    project = demo_project(locks=args.locks)
    with FakeTuyaCloud(project, port=args.port) as cloud:
        print(json.dumps({
            "host": cloud.host, "ca": cloud.ca_path, "region": "eu", "access_id": project.access_id,
            "access_secret": project.access_secret, "locks": args.locks + 1,
        }), flush=True)  # fmt: skip
        try:
            sys.stdin.read()  # until the parent closes our stdin
        except KeyboardInterrupt:
            pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
