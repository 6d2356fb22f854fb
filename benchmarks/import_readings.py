"""How long does ``lockcare import-readings`` take for ten years of 15-minute readings (350,640 rows)?

Writes a CSV file (``at,percent``, 5 % steps, UTC times; ``--naive`` writes local times without
a zone instead), pairs a lock in a fresh data folder, then times the real CLI in a subprocess
(start to exit, so Python's start and opening the database count too): the first import,
and the same file again (every row already stored: nothing added). Also prints the time of
the import alone, in this process, through ``ReadingImport``.

Usage: python benchmarks/import_readings.py [--years 10] [--every 15] [--naive]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def write_csv(path: Path, years: float, every: int, naive: bool) -> int:
    start = datetime.now(UTC).replace(microsecond=0) - timedelta(days=365.25 * years)
    step, count = timedelta(minutes=every), int(365.25 * years * 24 * 60 / every)
    with path.open("w") as handle:
        handle.write("at,percent\n")
        for i in range(count):
            at = start + step * i
            text = at.astimezone().replace(tzinfo=None).isoformat() if naive else at.isoformat()
            handle.write(f"{text},{100 - 5 * ((i // 700) % 18)}\n")
    return count


def cli(data_dir: Path, *args: str) -> tuple[float, subprocess.CompletedProcess[str]]:
    env = {k: v for k, v in os.environ.items() if k != "LOCKCARE_DATA_DIR"}
    env.update(PYTHONPATH=str(ROOT), PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    began = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "lockcare", *args, "--data-dir", str(data_dir)], env=env,
                          capture_output=True, text=True, timeout=600, cwd=data_dir)
    if done.returncode:
        raise SystemExit(f"lockcare {' '.join(args)} failed: {done.stderr.strip()}")
    return time.perf_counter() - began, done


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--years", type=float, default=10.0)
    parser.add_argument("--every", type=int, default=15, help="minutes between readings")
    parser.add_argument("--naive", action="store_true", help="local times without a zone")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="lockcare-import-") as folder:
        data = Path(folder)
        csv_file = data / "history.csv"
        rows = write_csv(csv_file, args.years, args.every, args.naive)
        cli(data, "add", "--name", "Front door", "--id", "bf3a1c2d3e4f5a6b7c8d", "--address", "127.0.0.1",
            "--key", "0123456789abcdef")
        print(f"{rows:,} rows ({csv_file.stat().st_size / 2**20:.1f} MB), {'local times' if args.naive else 'UTC times'}")
        took, done = cli(data, "import-readings", "Front door", str(csv_file), "--json")
        report = json.loads(done.stdout)
        print(f"  lockcare import-readings (CLI, start to exit):   {took:6.2f} s  added {report['added']:,}")
        took, done = cli(data, "import-readings", "Front door", str(csv_file), "--json")
        report = json.loads(done.stdout)
        print(f"  the same file again (all already stored):        {took:6.2f} s  added {report['added']:,}, "
              f"already stored {report['already_stored']:,}")

    from lockcare.composition import BackgroundImports
    from lockcare.core.models import Lock
    from lockcare.storage import open_storage

    with tempfile.TemporaryDirectory(prefix="lockcare-import-") as folder:
        data = Path(folder)
        csv_file = data / "history.csv"
        write_csv(csv_file, args.years, args.every, args.naive)
        storage = open_storage(data)
        lock = storage.locks.add(Lock(name="Front door", device_id="bf3a1c2d3e4f5a6b7c8d", address="127.0.0.1"))
        storage.close()
        began = time.perf_counter()
        result = BackgroundImports(data).import_file(lock, csv_file)
        print(f"  ReadingImport.import_file in process:            {time.perf_counter() - began:6.2f} s  "
              f"added {result.added:,}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
