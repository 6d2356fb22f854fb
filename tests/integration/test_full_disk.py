"""A full disk gives one plain line, never a traceback: the real CLI on a really full file system.

The file system is a tiny tmpfs, filled up; mounting one needs root (or a user namespace),
so where that is not allowed these tests are skipped and
``test_the_first_run_on_a_full_disk_is_one_line_in_process`` covers the same path with an
injected failure.
"""

from __future__ import annotations

import contextlib
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from lockcare import cli
from lockcare.storage import db as db_module
from tests.support.cli_process import KEY, clean_env, lockcare, one_line_refusal
from tests.support.network import ASLEEP_HOST

ID = "bf3a1c2d3e4f5a6b7c8d"


@pytest.fixture
def full_disk(tmp_path: Path) -> Iterator[Path]:
    """A folder on a 64 kB tmpfs with no space left (skipped where mounting is not allowed)."""
    mount = tmp_path / "full"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k,mode=0700", "tmpfs", str(mount)],
                          capture_output=True, text=True, check=False)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here ({done.stderr.strip() or done.returncode})")
    try:
        with contextlib.suppress(OSError), (mount / "filler").open("wb") as filler:
            while True:
                filler.write(b"\0" * 4096)
                filler.flush()
        yield mount
    finally:
        subprocess.run(["umount", str(mount)], check=False)


@pytest.mark.integration
@pytest.mark.slow
@pytest.mark.parametrize("command", [["locks"], ["add", "--name", "Front", "--id", ID, "--address", ASLEEP_HOST, "--key", KEY]])
def test_the_first_run_on_a_full_disk_is_one_line(tmp_path: Path, full_disk: Path, command: list[str]) -> None:
    done = lockcare(clean_env(tmp_path), *command, "--data-dir", str(full_disk / "data"))
    assert done.returncode == 1
    assert "The disk is full" in one_line_refusal(done)


@pytest.mark.integration
@pytest.mark.slow
@pytest.mark.parametrize("command", [["checklist", "--all", "--pdf"], ["backup"], ["calendar", "--out"], ["export", "--csv"]])
def test_files_written_to_a_full_disk_are_a_clear_error_and_leave_nothing(
    tmp_path: Path, full_disk: Path, command: list[str]
) -> None:
    env, data = clean_env(tmp_path), tmp_path / "data"
    assert lockcare(env, "add", "--name", "Front", "--id", ID, "--address", ASLEEP_HOST, "--key", KEY,
                    "--data-dir", str(data)).returncode == 0
    target = full_disk / ("out" if command[0] == "export" else "out.file")
    done = lockcare(env, *command, str(target), "--data-dir", str(data))
    line = one_line_refusal(done)
    assert "No space left on device" in line or "disk is full" in line.lower()
    assert "Wrote" not in done.stdout and "Backed up" not in done.stdout
    assert sorted(p.name for p in full_disk.iterdir() if p.name != "out") == ["filler"]
    assert not any((full_disk / "out").iterdir()) if (full_disk / "out").exists() else True


def test_the_first_run_on_a_full_disk_is_one_line_in_process(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """The same path without a real full disk: SQLite says "database or disk is full" while opening."""
    real_connect = sqlite3.connect

    class FullDiskConnection:
        def __init__(self, conn: sqlite3.Connection) -> None:
            self._conn = conn

        def execute(self, sql: str, *args: object) -> sqlite3.Cursor:
            if sql.startswith("PRAGMA journal_mode"):
                raise sqlite3.OperationalError("database or disk is full")
            return self._conn.execute(sql, *args)

        def __getattr__(self, name: str) -> object:
            return getattr(self._conn, name)

        def __setattr__(self, name: str, value: object) -> None:
            if name == "_conn":
                object.__setattr__(self, name, value)
            else:
                setattr(self._conn, name, value)

    monkeypatch.setattr(db_module.sqlite3, "connect", lambda *a, **k: FullDiskConnection(real_connect(*a, **k)))
    code = cli.main(["locks", "--data-dir", str(tmp_path / "data")])
    out, err = capsys.readouterr()
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "The disk is full" in err and "unexpected" not in err
