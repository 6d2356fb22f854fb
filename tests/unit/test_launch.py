"""Child processes of lockcare start the right program from source and from a frozen bundle."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from lockcare.launch import executable_name, lockcare_command


def test_from_source_a_child_is_this_python_with_dash_m() -> None:
    assert lockcare_command("--self-test") == [sys.executable, "-m", "lockcare", "--self-test"]


@pytest.mark.parametrize(("windowed", "name"), [(False, "lockcare"), (True, "lockcare-gui")])
def test_in_a_frozen_bundle_a_child_is_the_launcher_beside_this_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, windowed: bool, name: str
) -> None:
    for base in ("lockcare", "lockcare-gui"):
        (tmp_path / executable_name(base)).write_text("")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / executable_name("lockcare-gui")))
    assert lockcare_command("--demo", windowed=windowed) == [str(tmp_path / executable_name(name)), "--demo"]


def test_windows_launchers_end_in_exe() -> None:
    assert executable_name("lockcare", "win32") == "lockcare.exe"
    assert executable_name("lockcare", "linux") == "lockcare"
