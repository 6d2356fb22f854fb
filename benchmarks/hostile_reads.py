"""How long one ``lockcare read`` takes against a hostile device, and what it says.

Each mode of ``tests/support/hostile_device.py`` (trickle, flood, oversized, bad-crc,
deep-json, not-json) runs on 127.0.0.1 at an ephemeral port. The real CLI runs in a
subprocess on a fresh data folder, with no keyring (keys go to the key file): ``lockcare
add`` once, then ``lockcare read LOCK --json`` is timed from start to exit. For reference it
also times a read of a healthy emulated lock and of a closed port (an asleep lock).

``--source`` measures another checkout (e.g. ``--source /work/main`` for "before"): its
``lockcare`` package is put first on the subprocess's ``PYTHONPATH``. A read still running
after ``--cap`` seconds is stopped and reported as ``>cap``.

Usage::

    python benchmarks/hostile_reads.py                     # this checkout
    python benchmarks/hostile_reads.py --source /work/main --cap 180
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from lockcare.devices.sim import SimLock  # noqa: E402
from tests.support.hostile_device import MODES, HostileDevice  # noqa: E402


def _cli(source: Path, data_dir: Path, args: list[str], cap: float) -> tuple[float, int | None, str, str]:
    env = {k: v for k, v in os.environ.items() if k != "LOCKCARE_DATA_DIR"}
    env.update(PYTHONPATH=str(source), PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    started = time.monotonic()
    try:
        # cwd: "python -m" puts the working folder first on sys.path, before PYTHONPATH
        done = subprocess.run([sys.executable, "-m", "lockcare", *args, "--data-dir", str(data_dir)],
                              env=env, capture_output=True, text=True, timeout=cap, cwd=data_dir)
    except subprocess.TimeoutExpired:
        return cap, None, "", ""
    return time.monotonic() - started, done.returncode, done.stdout, done.stderr


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def measure(source: Path, label: str, device_id: str, port: int, key: str, version: str, cap: float) -> str:
    """Add the device to a fresh data folder, time one read; return a table row."""
    with tempfile.TemporaryDirectory() as folder:
        data_dir = Path(folder)
        _, code, _, err = _cli(source, data_dir, ["add", "--name", "Lock", "--id", device_id, "--address", "127.0.0.1",
                                                  "--port", str(port), "--key", key, "--version", version], cap)
        if code != 0:
            return f"{label:<22} add failed: {err.strip()[:80]}"
        seconds, code, out, err = _cli(source, data_dir, ["read", "Lock", "--json"], cap)
    if code is None:
        return f"{label:<22} {'>' + format(cap, 'g'):>8} s  (still reading; stopped)"
    try:
        result = json.loads(out)
    except ValueError:
        return f"{label:<22} {seconds:8.1f} s  exit {code}: {(err or out).strip().splitlines()[-1][:90] if (err or out).strip() else ''}"
    if result.get("reachable"):
        return f"{label:<22} {seconds:8.1f} s  exit {code}: read, battery {result['battery']}"
    error = result.get("error", {})
    return f"{label:<22} {seconds:8.1f} s  exit {code}: {error.get('kind')} ({error.get('code')}) {error.get('message', '')[:70]}"


def main(argv: list[str] | None = None) -> int:
    """Run every mode and print one row each."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=ROOT, help="lockcare checkout to measure (default: this one)")
    parser.add_argument("--cap", type=float, default=180.0, help="stop a read after this many seconds (default 180)")
    parser.add_argument("--interval", type=float, default=0.7, help="trickle: seconds between bytes (default 0.7)")
    parser.add_argument("--modes", default=",".join(MODES), help="comma-separated modes (default: all)")
    args = parser.parse_args(argv)

    print(f"lockcare read against hostile devices; source {args.source}; one read each, through the CLI")
    with tempfile.TemporaryDirectory() as folder:
        seconds = _cli(args.source, Path(folder), ["locks", "--json"], args.cap)[0]
    print(f"{'no network (locks)':<22} {seconds:8.1f} s  start-up cost of one CLI process, for comparison")
    with SimLock("wifi_pro", "3.3") as healthy:
        print(measure(args.source, "healthy lock (3.3)", healthy.device_id, healthy.port, healthy.local_key, "3.3", args.cap))
    print(measure(args.source, "closed port (asleep)", "bf0000000000000asleep", _closed_port(), "0123456789abcdef", "3.3", args.cap))
    for mode in args.modes.split(","):
        with HostileDevice(mode, version="3.3", interval=args.interval) as device:
            print(measure(args.source, mode, device.device_id, device.port, device.local_key, "3.3", args.cap), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
