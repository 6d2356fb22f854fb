"""How long does a cloud harvest of 10 locks x 7 days of reports take, and what does it cost?

Starts lockcare's fake Tuya cloud on 127.0.0.1 (TLS, throwaway CA), seeds N locks with a
week of data-point reports each (a battery reading every ``--every`` minutes, 8 unlocks a
day, two alarms), then in one process, alternating, ``--runs`` times:

* **lockcare**: ``CloudClient.report_log`` for every lock (a fresh client: token included),
  the way the harvest will run it: one-day windows, every page checked, typed records;
* **lockcare, one window**: the same with a single 7-day window (tinytuya's request pattern),
  to separate the cost of day windows from the transport;
* **tinytuya alone**: ``tinytuya.Cloud`` (token, then ``getdevicelog(start=-7, evtype=7,
  size=0)`` per lock), its raw entries counted;
* **lockcare harvest, stored**: what ``lockcare harvest`` does after ``cloud import``: the
  harvest service (cursors, one-day windows, status fill-in) storing every record with its
  cursor in SQLite (a fresh, already linked and imported data folder per run).

Prints the median and best wall time, requests and TLS connections per run, and entries.

Run: ``python benchmarks/cloud_harvest.py [--locks 10] [--every 60] [--runs 5]``
"""

from __future__ import annotations

import argparse
import os
import shutil
import tempfile
import statistics
import sys
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import tinytuya  # noqa: E402

from lockcare.composition import open_services  # noqa: E402
from lockcare.devices.cloud import CloudClient  # noqa: E402
from lockcare.storage.keys import MemoryKeyStore  # noqa: E402
from lockcare.devices.fakecloud import FakeTuyaCloud, seed_week  # noqa: E402


def lockcare_harvest(cloud: FakeTuyaCloud, ids: list[str], window: timedelta | None) -> int:
    project = cloud.project
    with CloudClient("eu", project.access_id, project.access_secret, api_host=cloud.host) as client:
        options = {"window": window} if window else {}
        return sum(len(client.report_log(device_id, **options).records) for device_id in ids)


def tinytuya_harvest(cloud: FakeTuyaCloud, ids: list[str]) -> int:
    project = cloud.project
    raw = tinytuya.Cloud(apiRegion="eu", apiKey=project.access_id, apiSecret=project.access_secret, initial_token="-")
    raw.urlhost = cloud.host  # before any request: the constructor's token call would go to Tuya
    raw._gettoken()  # noqa: SLF001 - what the constructor does without initial_token
    entries = 0
    for device_id in ids:
        result = raw.getdevicelog(device_id, start=-7, evtype=7, size=0, max_fetches=50)
        if not result.get("success"):
            raise RuntimeError(f"tinytuya failed: {result}")
        entries += len(result["result"]["logs"])
    return entries


class StoredHarvest:
    """Fresh data folders, linked and imported beforehand, one per run of the stored harvest."""

    def __init__(self, cloud: FakeTuyaCloud, count: int) -> None:
        self.folders: list[Path] = []
        self.used: list[Path] = []
        self.keys = MemoryKeyStore()
        for _ in range(count):
            folder = Path(tempfile.mkdtemp(prefix="lockcare-bench-"))
            storage, services = open_services(folder, key_store=self.keys)
            services.cloud.save("eu", cloud.project.access_id, cloud.project.access_secret)
            services.cloud_import.import_locks()
            storage.close()
            self.folders.append(folder)

    def __call__(self) -> int:
        folder = self.folders.pop()
        self.used.append(folder)
        storage, services = open_services(folder, key_store=self.keys)
        try:
            results = services.harvest.harvest()
        finally:
            storage.close()
        return sum(r.readings_added + r.alarms_added + r.unlocks_added for r in results)

    def cleanup(self) -> None:
        for folder in (*self.folders, *self.used):
            shutil.rmtree(folder, ignore_errors=True)


def measure(cloud: FakeTuyaCloud, run: Callable[[], int]) -> tuple[float, int, int, int]:
    """(seconds, requests, connections, entries) of one run."""
    requests_before, connections_before = len(cloud.served()), cloud.connections
    started = time.perf_counter()
    entries = run()
    elapsed = time.perf_counter() - started
    return elapsed, len(cloud.served()) - requests_before, cloud.connections - connections_before, entries


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--locks", type=int, default=10)
    parser.add_argument("--every", type=int, default=60, help="minutes between battery reports")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    with FakeTuyaCloud() as cloud:
        os.environ["REQUESTS_CA_BUNDLE"] = cloud.ca_path  # both clients trust the throwaway CA this way
        os.environ["LOCKCARE_TUYA_API_HOST"] = cloud.host  # the harvest service finds the fake as a user's proxy
        now = int(time.time() * 1000)
        seeded = 0
        ids = []
        for n in range(args.locks):
            lock = cloud.project.add_lock(f"Lock {n + 1}")
            counts = seed_week(lock, now_ms=now, battery_every=timedelta(minutes=args.every), start_percent=95 - n)
            seeded += sum(counts.values())
            ids.append(lock.device_id)
        print(f"fake cloud: {args.locks} locks, {seeded} log entries over 7 days "
              f"(battery every {args.every} min), {args.runs} runs each, alternating")  # fmt: skip

        variants: dict[str, Callable[[], int]] = {
            "lockcare (1-day windows)": lambda: lockcare_harvest(cloud, ids, None),
            "lockcare (one 7-day window)": lambda: lockcare_harvest(cloud, ids, timedelta(days=7)),
            "tinytuya Cloud alone": lambda: tinytuya_harvest(cloud, ids),
            "lockcare harvest, stored": StoredHarvest(cloud, args.runs + 1),
        }
        results: dict[str, list[tuple[float, int, int, int]]] = {name: [] for name in variants}
        for name, run in variants.items():  # warm-up: imports, first TLS context
            run()
        for _ in range(args.runs):
            for name, run in variants.items():
                results[name].append(measure(cloud, run))
        for run in variants.values():
            if isinstance(run, StoredHarvest):
                run.cleanup()

    print(f"{'variant':30} {'median s':>9} {'best s':>8} {'requests':>9} {'TLS conns':>10} {'entries':>8}")
    for name, rows in results.items():
        seconds = [r[0] for r in rows]
        _, requests, connections, entries = rows[-1]
        print(f"{name:30} {statistics.median(seconds):9.3f} {min(seconds):8.3f} {requests:9d} {connections:10d} {entries:8d}")
    print("entries: lockcare counts typed records (battery, alarm, unlock; stored: new rows in SQLite); "
          "tinytuya counts every DP report")
    return 0


if __name__ == "__main__":
    sys.exit(main())
