"""Before Qt opens a window on Linux/X11: are the system libraries its xcb plugin needs there?

Since Qt 6.5 the xcb platform plugin needs ``libxcb-cursor.so.0`` and a handful of other
xcb libraries that a pip install cannot bring and a fresh desktop may lack. Without them
Qt aborts with "Could not load the Qt platform plugin xcb" and a page of advice for
developers. lockcare checks first and prints one plain line naming the packages to
install. This module is Qt-free, so the check runs before PySide6 is even imported, and
the packaging build reads :data:`SYSTEM_LIBRARIES` to write the ``.deb``'s Depends.
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

SKIP_ENV = "LOCKCARE_SKIP_LIBRARY_CHECK"
"""Set to 1 to skip the check (for a system that provides the libraries some other way)."""


@dataclass(frozen=True)
class SystemLibrary:
    """A shared library Qt loads from the system, and the package providing it per distribution."""

    soname: str
    debian: str
    fedora: str
    arch: str
    required: bool = True  # False: Qt runs without it (an optional plugin fails quietly)


SYSTEM_LIBRARIES: tuple[SystemLibrary, ...] = (
    # Qt >= 6.5: the cursor library is the one a fresh Debian/Ubuntu desktop most often lacks.
    SystemLibrary("libxcb-cursor.so.0", "libxcb-cursor0", "xcb-util-cursor", "xcb-util-cursor"),
    SystemLibrary("libxcb-icccm.so.4", "libxcb-icccm4", "xcb-util-wm", "xcb-util-wm"),
    SystemLibrary("libxcb-keysyms.so.1", "libxcb-keysyms1", "xcb-util-keysyms", "xcb-util-keysyms"),
    SystemLibrary("libxcb-image.so.0", "libxcb-image0", "xcb-util-image", "xcb-util-image"),
    SystemLibrary("libxcb-util.so.1", "libxcb-util1", "xcb-util", "xcb-util"),
    SystemLibrary("libxcb-render-util.so.0", "libxcb-render-util0", "xcb-util-renderutil", "xcb-util-renderutil"),
    SystemLibrary("libxkbcommon-x11.so.0", "libxkbcommon-x11-0", "libxkbcommon-x11", "libxkbcommon-x11"),
    SystemLibrary("libxkbcommon.so.0", "libxkbcommon0", "libxkbcommon", "libxkbcommon"),
    SystemLibrary("libxcb-randr.so.0", "libxcb-randr0", "libxcb", "libxcb"),
    SystemLibrary("libxcb-render.so.0", "libxcb-render0", "libxcb", "libxcb"),
    SystemLibrary("libxcb-shape.so.0", "libxcb-shape0", "libxcb", "libxcb"),
    SystemLibrary("libxcb-shm.so.0", "libxcb-shm0", "libxcb", "libxcb"),
    SystemLibrary("libxcb-sync.so.1", "libxcb-sync1", "libxcb", "libxcb"),
    SystemLibrary("libxcb-xfixes.so.0", "libxcb-xfixes0", "libxcb", "libxcb"),
    SystemLibrary("libxcb-xkb.so.1", "libxcb-xkb1", "libxcb", "libxcb"),
    SystemLibrary("libxcb.so.1", "libxcb1", "libxcb", "libxcb"),
    SystemLibrary("libX11-xcb.so.1", "libx11-xcb1", "libX11-xcb", "libx11"),
    SystemLibrary("libX11.so.6", "libx11-6", "libX11", "libx11"),
    SystemLibrary("libGL.so.1", "libgl1", "libglvnd-glx", "libglvnd"),
    SystemLibrary("libEGL.so.1", "libegl1", "libglvnd-egl", "libglvnd"),
    SystemLibrary("libfontconfig.so.1", "libfontconfig1", "fontconfig", "fontconfig"),
    SystemLibrary("libfreetype.so.6", "libfreetype6", "freetype", "freetype2"),
    SystemLibrary("libdbus-1.so.3", "libdbus-1-3", "dbus-libs", "dbus"),
    # Only the print plugin uses this; without it checklists still print to PDF.
    SystemLibrary("libcups.so.2", "libcups2", "cups-libs", "libcups", required=False),
    # Only the Wayland platform plugin uses these; without them Qt falls back to X11.
    SystemLibrary("libwayland-client.so.0", "libwayland-client0", "libwayland-client", "wayland", required=False),
    SystemLibrary("libwayland-cursor.so.0", "libwayland-cursor0", "libwayland-cursor", "wayland", required=False),
    SystemLibrary("libwayland-egl.so.1", "libwayland-egl1", "libwayland-egl", "wayland", required=False),
    # Only the xcb OpenGL integration plugins use this; widgets draw without it.
    SystemLibrary("libxcb-glx.so.0", "libxcb-glx0", "libxcb", "libxcb", required=False),
)

LibraryFinder = Callable[[str], bool]
"""Answers "can this soname be loaded?" (tests pass a fake one)."""


def can_load(soname: str) -> bool:
    """True if the dynamic loader finds ``soname`` (the same search Qt's plugin load makes)."""
    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def uses_xcb(environ: Mapping[str, str], platform: str = sys.platform) -> bool:
    """Whether Qt will start on the xcb (X11) platform plugin with this environment.

    ``QT_QPA_PLATFORM`` wins when set (``offscreen``, ``wayland``... need no xcb). Otherwise
    Qt 6 picks Wayland in a Wayland session (``XDG_SESSION_TYPE=wayland`` with a
    ``WAYLAND_DISPLAY``) and xcb everywhere else on Linux.
    """
    if not platform.startswith("linux"):
        return False
    requested = environ.get("QT_QPA_PLATFORM", "").strip()
    if requested:
        return requested.split(";")[0].split(":")[0].strip() == "xcb"
    wayland_session = environ.get("XDG_SESSION_TYPE", "") == "wayland" and bool(environ.get("WAYLAND_DISPLAY"))
    return not wayland_session


def missing_libraries(finder: LibraryFinder = can_load, *, required_only: bool = True) -> list[SystemLibrary]:
    """The system libraries of :data:`SYSTEM_LIBRARIES` that ``finder`` cannot load."""
    return [lib for lib in SYSTEM_LIBRARIES if (lib.required or not required_only) and not finder(lib.soname)]


def install_hint(missing: Sequence[SystemLibrary]) -> str:
    """One line naming the packages to install, for Debian/Ubuntu, Fedora and Arch."""

    def names(attr: str) -> str:
        return " ".join(dict.fromkeys(getattr(lib, attr) for lib in missing))

    sonames = ", ".join(lib.soname for lib in missing)
    return (
        f"lockcare: the window cannot open because the system lacks {sonames}. Install: "
        f"sudo apt install {names('debian')} (Debian/Ubuntu); sudo dnf install {names('fedora')} (Fedora); "
        f"sudo pacman -S {names('arch')} (Arch)."
    )


def display_problem(
    environ: Mapping[str, str] | None = None,
    platform: str = sys.platform,
    finder: LibraryFinder = can_load,
) -> str | None:
    """The one-line message to print instead of starting Qt, or None when the window can open.

    Args:
        environ: the environment Qt will see (default: this process's).
        platform: ``sys.platform`` (tests pass another).
        finder: answers whether a soname loads (tests inject one).
    """
    env = os.environ if environ is None else environ
    if env.get(SKIP_ENV, "").strip() in {"1", "true", "yes"} or not uses_xcb(env, platform):
        return None
    missing = missing_libraries(finder)
    return install_hint(missing) if missing else None
