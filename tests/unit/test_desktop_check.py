"""First run on a fresh Linux desktop: missing xcb libraries get one plain line, not Qt's abort."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from lockcare.desktop_check import (
    SKIP_ENV,
    SYSTEM_LIBRARIES,
    can_load,
    display_problem,
    missing_libraries,
    uses_xcb,
)

X11 = {"DISPLAY": ":0", "XDG_SESSION_TYPE": "x11"}


def finder_without(*absent: str):
    """A library finder for which the given sonames are not installed."""
    return lambda soname: soname not in absent


def test_all_libraries_present_means_no_problem() -> None:
    assert display_problem(X11, "linux", finder_without()) is None


def test_missing_cursor_library_names_the_package_for_each_distribution() -> None:
    message = display_problem(X11, "linux", finder_without("libxcb-cursor.so.0"))
    assert message is not None
    assert "\n" not in message
    assert "libxcb-cursor.so.0" in message
    assert "sudo apt install libxcb-cursor0 (Debian/Ubuntu)" in message
    assert "sudo dnf install xcb-util-cursor (Fedora)" in message
    assert "sudo pacman -S xcb-util-cursor (Arch)" in message


def test_several_missing_libraries_name_each_package_once() -> None:
    message = display_problem(X11, "linux", finder_without("libxcb-randr.so.0", "libxcb-shape.so.0", "libxcb-icccm.so.4"))
    assert message is not None
    assert "apt install libxcb-icccm4 libxcb-randr0 libxcb-shape0 (" in message
    assert "dnf install xcb-util-wm libxcb (Fedora)" in message  # randr and shape both come from libxcb
    assert "pacman -S xcb-util-wm libxcb (Arch)" in message


def test_an_optional_library_alone_does_not_stop_the_window() -> None:
    optional = [lib.soname for lib in SYSTEM_LIBRARIES if not lib.required]
    assert "libxcb-glx.so.0" in optional and "libcups.so.2" in optional
    assert display_problem(X11, "linux", finder_without(*optional)) is None
    assert [lib.soname for lib in missing_libraries(finder_without(*optional), required_only=False)] == optional


@pytest.mark.parametrize(
    ("environ", "platform", "checks"),
    [
        ({"QT_QPA_PLATFORM": "offscreen", "DISPLAY": ":0"}, "linux", False),
        ({"QT_QPA_PLATFORM": "wayland"}, "linux", False),
        ({"QT_QPA_PLATFORM": "wayland;xcb", "WAYLAND_DISPLAY": "wayland-0"}, "linux", False),
        ({"QT_QPA_PLATFORM": "xcb"}, "linux", True),
        ({"QT_QPA_PLATFORM": "xcb:nograb"}, "linux", True),
        ({"XDG_SESSION_TYPE": "wayland", "WAYLAND_DISPLAY": "wayland-0"}, "linux", False),
        ({"XDG_SESSION_TYPE": "wayland", "WAYLAND_DISPLAY": "wayland-0", "QT_QPA_PLATFORM": "xcb"}, "linux", True),
        ({"XDG_SESSION_TYPE": "wayland"}, "linux", True),  # no Wayland display to talk to: Qt uses X11
        ({"DISPLAY": ":0"}, "linux", True),
        ({}, "linux", True),
        ({"DISPLAY": ":0"}, "win32", False),
        ({"DISPLAY": ":0"}, "darwin", False),
    ],
)
def test_only_an_xcb_start_is_checked(environ: dict[str, str], platform: str, checks: bool) -> None:
    assert uses_xcb(environ, platform) is checks
    message = display_problem(environ, platform, finder_without("libxcb-cursor.so.0"))
    assert (message is not None) is checks


def test_the_check_can_be_skipped_by_the_user() -> None:
    assert display_problem({**X11, SKIP_ENV: "1"}, "linux", finder_without("libxcb-cursor.so.0")) is None


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the dynamic loader of Linux")
def test_the_real_finder_asks_the_dynamic_loader() -> None:
    assert can_load("libc.so.6")
    assert not can_load("liblockcare-no-such-library.so.7")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="xcb is Linux only")
def test_lockcare_gui_prints_one_line_instead_of_qt_aborting(tmp_path: Path) -> None:
    """The real CLI, with Qt asked for X11 on a display that does not exist.

    Where a library is missing on this machine (as on a fresh desktop) lockcare must stop
    before Qt with the hint; where all are there, Qt itself gets to fail on the display.
    """
    env = {k: v for k, v in os.environ.items() if k not in {"WAYLAND_DISPLAY", SKIP_ENV}}
    env.update(QT_QPA_PLATFORM="xcb", DISPLAY=":97", LOCKCARE_DATA_DIR=str(tmp_path / "data"))
    result = subprocess.run([sys.executable, "-m", "lockcare", "gui"], env=env, capture_output=True, text=True,
                            timeout=120, cwd=tmp_path)
    missing = missing_libraries()
    assert result.returncode != 0
    if missing:
        assert result.returncode == 1
        assert result.stderr.count("\n") == 1, result.stderr
        for lib in missing:
            assert lib.soname in result.stderr and lib.debian in result.stderr
        assert "Could not load the Qt platform plugin" not in result.stderr
        assert not (tmp_path / "data" / "lockcare.sqlite3").exists()  # stopped before opening anything
    else:  # lockcare stood aside; Qt found its libraries and failed on the missing display itself
        assert "could not connect to display" in result.stderr or "no Qt platform plugin" in result.stderr
