"""The real app, stopped by Ctrl-C or SIGTERM, closes like its window would: no traceback, no demo folder left."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.cli_process import clean_env

pytestmark = [pytest.mark.integration, pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")]


def _wait_for_demo_folder(proc: subprocess.Popen[str], tmp: Path) -> Path:
    """The demo's data folder once its database exists (bounded waits on the process, no sleeps)."""
    for _ in range(600):
        found = [p for p in tmp.glob("lockcare-demo-*") if (p / "data" / "lockcare.sqlite3").exists()
                 or (p / "lockcare.sqlite3").exists()]
        if found:
            return found[0]
        try:
            proc.wait(timeout=0.1)
        except subprocess.TimeoutExpired:
            continue
        pytest.fail(f"the demo ended before it started: {proc.stderr.read() if proc.stderr else ''}")
    pytest.fail("the demo did not start within a minute")


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM], ids=["ctrl-c", "sigterm"])
def test_a_signal_closes_the_demo_and_removes_its_folder(tmp_path: Path, signum: int) -> None:
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    env = {**clean_env(tmp_path), "TMPDIR": str(tmp)}
    proc = subprocess.Popen([sys.executable, "-m", "lockcare", "--demo"], env=env, cwd=tmp_path, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        folder = _wait_for_demo_folder(proc, tmp)
        proc.send_signal(signum)
        _out, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == 0, err
    assert "Traceback" not in err and "KeyboardInterrupt" not in err
    assert not folder.exists()
