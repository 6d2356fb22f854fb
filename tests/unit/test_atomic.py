"""Atomic writes: all or nothing."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from lockcare.atomic import atomic_write


def test_a_failure_mid_write_leaves_the_old_file_and_no_litter(tmp_path: Path) -> None:
    target = tmp_path / "calendar.ics"
    target.write_text("old")
    with pytest.raises(RuntimeError), atomic_write(target) as handle:
        handle.write("half of the new")
        raise RuntimeError("disk full")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["calendar.ics"]


def test_bytes_text_and_private_permissions(tmp_path: Path) -> None:
    with atomic_write(tmp_path / "a.bin", "wb") as handle:
        handle.write(b"\x00\x01")
    with atomic_write(tmp_path / "keys.json", permissions=0o600) as handle:
        handle.write("{}")
    assert (tmp_path / "a.bin").read_bytes() == b"\x00\x01"
    assert stat.S_IMODE((tmp_path / "keys.json").stat().st_mode) == 0o600
