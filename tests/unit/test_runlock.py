"""Two collectors never run at once: the lock holds across processes and dies with its holder."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from lockcare.platform.runlock import AlreadyRunning, lock_path, single_run

HOLDER = """
import sys
from pathlib import Path
from lockcare.platform.runlock import single_run
with single_run(folder=Path(sys.argv[1])):
    print("held", flush=True)
    sys.stdin.read()
"""


@pytest.fixture
def holder(tmp_path: Path) -> Iterator[subprocess.Popen[str]]:
    """Another process holding the collect lock in ``tmp_path`` until its stdin closes."""
    process = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(tmp_path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert process.stdout.readline().strip() == "held"
    yield process
    if process.poll() is None:
        process.stdin.close()
        process.wait(timeout=30)
    process.stdout.close()
    if not process.stdin.closed:
        process.stdin.close()


def test_a_second_collector_is_refused_while_the_first_runs_and_runs_after(tmp_path: Path, holder: subprocess.Popen[str]) -> None:
    with pytest.raises(AlreadyRunning, match="already running"):
        with single_run(folder=tmp_path):
            pytest.fail("two collectors ran at once")

    holder.stdin.close()
    holder.wait(timeout=30)

    with single_run(folder=tmp_path) as path:
        assert path == lock_path(folder=tmp_path)


def test_a_crashed_holder_does_not_block_the_next_run(tmp_path: Path, holder: subprocess.Popen[str]) -> None:
    holder.kill()  # no clean release: the OS drops the lock with the process
    holder.wait(timeout=30)

    with single_run(folder=tmp_path):
        assert lock_path(folder=tmp_path).exists()


def test_the_lock_lives_in_the_data_folder_by_default(data_dir: Path) -> None:
    with single_run() as path:
        assert path == data_dir / "collect.lock"
        with pytest.raises(AlreadyRunning):
            with single_run():
                pass


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_the_lock_file_is_readable_by_the_user_only(tmp_path: Path) -> None:
    with single_run(folder=tmp_path) as path:
        assert path.stat().st_mode & 0o777 == 0o600
