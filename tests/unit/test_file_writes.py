"""Where and how lockcare writes files: through links, never over devices, private, leaving no litter."""

from __future__ import annotations

import csv
import errno
import io
import logging
import os
import stat
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from lockcare.atomic import (
    NOTES_FOLDER,
    TEMP_SUFFIX,
    NotARegularFileError,
    atomic_path,
    atomic_write,
    private_folder,
    remove_abandoned,
    write_target,
)
from lockcare.core.models import Lock
from lockcare.logsetup import PrivateLogFile
from lockcare.services.csv_export import spreadsheet_safe
from lockcare.storage.db import Database
from tests.support.services import opened_services

NOW = datetime(2026, 7, 1, 12, tzinfo=UTC)
KEY = "0123456789abcdef"


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_link_is_written_through_and_stays_a_link(tmp_path: Path) -> None:
    target = tmp_path / "real" / "calendar.ics"
    target.parent.mkdir()
    target.write_text("old")
    link = tmp_path / "calendar.ics"
    link.symlink_to(target)
    with atomic_write(link) as handle:
        handle.write("new")
    assert link.is_symlink() and target.read_text() == "new"
    assert sorted(p.name for p in target.parent.iterdir()) == ["calendar.ics"]


def test_a_pipe_is_never_replaced(tmp_path: Path) -> None:
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    link = tmp_path / "link"
    link.symlink_to(fifo)
    for path in (fifo, link):
        with pytest.raises(NotARegularFileError) as caught, atomic_write(path) as handle:
            handle.write("x")
        assert caught.value.filename == str(path)
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["fifo", "link"]


@pytest.mark.parametrize("device", ["/dev/null", "/dev/zero"])
def test_a_device_is_refused_before_anything_is_written(device: str) -> None:
    if not Path(device).exists():
        pytest.skip(f"{device} does not exist here")
    with pytest.raises(NotARegularFileError):  # checked before a temporary file is even made
        write_target(device)
    assert stat.S_ISCHR(Path(device).stat().st_mode)


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(NotARegularFileError):
        write_target(tmp_path)


def test_new_files_are_private_and_replaced_files_keep_their_mode(tmp_path: Path) -> None:
    with atomic_write(tmp_path / "new.csv") as handle:
        handle.write("a")
    shared = tmp_path / "shared.ics"
    shared.write_text("old")
    shared.chmod(0o644)
    with atomic_write(shared) as handle:
        handle.write("new")
    with atomic_write(tmp_path / "keys.json", permissions=0o600) as handle:
        handle.write("{}")
    assert (mode(tmp_path / "new.csv"), mode(shared), mode(tmp_path / "keys.json")) == (0o600, 0o644, 0o600)


def test_private_folders_and_their_new_parents_are_0700(tmp_path: Path) -> None:
    folder = private_folder(tmp_path / "data" / "logs")
    assert (mode(folder), mode(folder.parent)) == (0o700, 0o700)


def test_the_database_and_its_wal_are_private(tmp_path: Path) -> None:
    db = Database(tmp_path / "data" / "lockcare.sqlite3")
    try:
        with db.transaction() as conn:
            conn.execute("INSERT INTO settings (key, value) VALUES ('a', 'b')")
        assert mode(tmp_path / "data") == 0o700
        for name in ("lockcare.sqlite3", "lockcare.sqlite3-wal", "lockcare.sqlite3-shm"):
            assert mode(tmp_path / "data" / name) == 0o600, name
    finally:
        db.close()


def test_the_log_file_is_private_and_goes_quiet_on_a_full_disk(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    handler = PrivateLogFile(tmp_path / "lockcare.log")
    record = logging.LogRecord("lockcare", logging.INFO, __file__, 1, "hello", None, None)
    handler.emit(record)
    assert mode(tmp_path / "lockcare.log") == 0o600

    class Full(io.StringIO):
        def write(self, _text: str) -> int:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    handler.stream.close()
    handler.stream = Full()
    handler.emit(record)
    handler.emit(record)
    assert handler.failed
    assert capsys.readouterr().err == ""  # no "--- Logging error ---" tracebacks
    handler.stream = None  # type: ignore[assignment]
    handler.close()


def test_abandoned_temporary_files_are_removed_and_live_ones_kept(tmp_path: Path) -> None:
    data, elsewhere = tmp_path / "data", tmp_path / "Documents"
    data.mkdir(), elsewhere.mkdir()
    left = data / f".lockcare.sqlite3.before-restore.abc{TEMP_SUFFIX}"
    left.write_text("half")
    (data / f".lockcare-restore.def{TEMP_SUFFIX}-journal").write_text("side file of a vanished temporary database")
    (data / "notes.tmp").write_text("not ours")
    with atomic_path(elsewhere / "backup.lockcare", notes=data) as live:
        live.write_text("being written")
        assert list((data / NOTES_FOLDER).iterdir())  # noted in the data folder while it is written
        assert set(remove_abandoned(data)) == {left, data / f".lockcare-restore.def{TEMP_SUFFIX}-journal"}
        assert live.exists()  # held by this live write
    assert sorted(p.name for p in data.iterdir()) == [NOTES_FOLDER, "notes.tmp"]
    assert list((data / NOTES_FOLDER).iterdir()) == []
    assert [p.name for p in elsewhere.iterdir()] == ["backup.lockcare"]


def test_a_write_killed_half_way_is_cleaned_up_at_the_next_start(tmp_path: Path) -> None:
    """A real process dies inside the write (as a kill would leave it); the next real CLI run removes the litter."""
    data, elsewhere = tmp_path / "data", tmp_path / "Documents"
    elsewhere.mkdir()
    private_folder(data)
    script = (
        "import os, sys\n"
        "from pathlib import Path\n"
        "from lockcare.atomic import atomic_path\n"
        "with atomic_path(Path(sys.argv[1]) / 'backup.lockcare', notes=Path(sys.argv[2])) as tmp:\n"
        "    tmp.write_bytes(b'half a backup')\n"
        "    os._exit(9)\n"
    )
    died = subprocess.run([sys.executable, "-c", script, str(elsewhere), str(data)], check=False, timeout=60)
    assert died.returncode == 9
    assert [p.name.endswith(TEMP_SUFFIX) for p in elsewhere.iterdir()] == [True]
    env = {k: v for k, v in os.environ.items() if k != "LOCKCARE_DATA_DIR"}
    done = subprocess.run([sys.executable, "-m", "lockcare", "locks", "--data-dir", str(data)], env=env,
                          capture_output=True, text=True, check=False, timeout=120)
    assert done.returncode == 0, done.stderr
    assert list(elsewhere.iterdir()) == []
    assert list((data / NOTES_FOLDER).iterdir()) == []


def test_exports_never_hand_a_spreadsheet_a_formula(data_dir: Path, tmp_path: Path) -> None:
    with opened_services(data_dir, clock=lambda: NOW) as (_, services):
        lock = services.locks.add_lock(Lock(name="=Front", device_id="bf3a1c2d3e4f5a6b7c8d", address="10.0.0.5"), KEY)
        texts = ["=HYPERLINK(\"http://x\",\"y\")", "+1+1", "-5 degrees", "@SUM(A1)", "plain"]
        for n, text in enumerate(texts):
            services.maintenance.add_entry(lock, "note", at=NOW - timedelta(hours=n + 1), notes=text,
                                           measured_value=-5.0 if n == 0 else None, done_by="-me")
        services.maintenance.record_swap(lock, at=NOW - timedelta(days=9), brand="@brand", note="=1")
        folder = tmp_path / "new" / "exports"
        files = services.export.write_csv(folder)
    assert mode(folder) == 0o700 and all(mode(f) == 0o600 for f in files)
    with files[0].open(encoding="utf-8", newline="") as handle:
        log = list(csv.DictReader(handle))
    notes = {row["notes"] for row in log if row["type"] == "note"}
    assert notes == {"'" + t for t in texts[:-1]} | {"plain"}
    assert {row["lock"] for row in log} == {"'=Front"}
    assert {row["done_by"] for row in log if row["type"] == "note"} == {"'-me"}
    assert [row["measured_value"] for row in log if row["measured_value"]] == ["-5"]  # a number lockcare wrote stays a number
    with files[2].open(encoding="utf-8", newline="") as handle:
        swap = next(csv.DictReader(handle))
    assert (swap["brand"], swap["note"]) == ("'@brand", "'=1")


@pytest.mark.parametrize("text", ["=1", "+1", "-1", "@A1", "\tx", "\rx"])
def test_every_formula_start_is_neutralised(text: str) -> None:
    assert spreadsheet_safe(text) == "'" + text
    assert spreadsheet_safe("a" + text) == "a" + text


def test_a_failed_write_names_the_file_the_user_asked_for(tmp_path: Path, disk_full) -> None:
    disk_full()
    with pytest.raises(OSError) as caught, atomic_write(tmp_path / "calendar.ics") as handle:
        handle.write("x")
    assert caught.value.errno == errno.ENOSPC and caught.value.filename == str(tmp_path / "calendar.ics")
    assert list(tmp_path.iterdir()) == []
