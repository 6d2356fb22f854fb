"""Crash safety: a writer killed with SIGKILL mid-burst loses nothing it reported committed."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

WRITER = r"""
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from lockcare.core.models import BatteryReading, Lock
from lockcare.storage import open_storage

storage = open_storage(Path(sys.argv[1]))
lock = storage.locks.add(Lock(name="Front door", device_id="bf3a1c2d3e4f5a6b7c8d"))
start = datetime(2026, 1, 1, tzinfo=UTC)
i = 0
while True:
    batch = [BatteryReading(lock_id=lock.id, at=start + timedelta(minutes=i * 10 + j), percent=(i + j) % 101) for j in range(10)]
    storage.battery.add_readings(batch)
    i += 1
    print(i * 10, flush=True)  # reported only after COMMIT returned
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX-only")
def test_sigkill_during_a_burst_of_writes_keeps_every_committed_row(tmp_path: Path) -> None:
    # Prepend, do not replace: PYTHONPATH also carries the test network guard's start-up shim.
    path = [str(Path(__file__).resolve().parents[2]), os.environ.get("PYTHONPATH", "")]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, path))}
    proc = subprocess.Popen([sys.executable, "-c", WRITER, str(tmp_path)], stdout=subprocess.PIPE, text=True, env=env)
    assert proc.stdout is not None
    reported = 0
    for line in proc.stdout:
        reported = int(line)
        if reported >= 3000:
            break
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)
    for line in proc.stdout:  # batches the child committed and reported before it died
        if line.strip():
            reported = int(line)
    proc.stdout.close()
    assert proc.returncode == -signal.SIGKILL
    assert reported >= 3000

    conn = sqlite3.connect(tmp_path / "lockcare.sqlite3")
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        stored = conn.execute("SELECT COUNT(*) FROM battery_readings").fetchone()[0]
        # Every batch reported committed is there; at most one more (committed, not yet reported).
        assert reported <= stored <= reported + 10
        assert stored % 10 == 0, "a half-written batch was kept"
    finally:
        conn.close()
