"""A checklist PDF that cannot be written says so; it never reports pages that are not on disk."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from lockcare.core.maintenance.checklist import Sheet
from lockcare.ui.checklists.render import write_pdf

SHEET = Sheet(title="Front door", subtitle="", sections=(), made_on=date(2026, 7, 1))


def test_a_folder_that_does_not_exist_is_an_error(qapp: object, tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError) as caught:
        write_pdf([SHEET], tmp_path / "missing" / "x.pdf")
    assert caught.value.filename == str(tmp_path / "missing" / "x.pdf")


def test_a_full_disk_is_an_error_and_leaves_the_old_file(qapp: object, tmp_path: Path, disk_full) -> None:
    target = tmp_path / "checklist.pdf"
    target.write_bytes(b"%PDF-old")
    disk_full()
    with pytest.raises(OSError, match="No space left on device"):
        write_pdf([SHEET], target)
    assert target.read_bytes() == b"%PDF-old"
    assert [p.name for p in tmp_path.iterdir()] == ["checklist.pdf"]


def test_a_pipe_in_the_way_is_refused(qapp: object, tmp_path: Path) -> None:
    import os

    fifo = tmp_path / "checklist.pdf"
    os.mkfifo(fifo)
    with pytest.raises(OSError, match="not an ordinary file"):
        write_pdf([SHEET], fifo)
