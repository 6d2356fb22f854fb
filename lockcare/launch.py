"""How to start lockcare again as a child process, from source, a wheel or a frozen bundle.

From source or an installed package, a child is this Python with ``-m lockcare``. In a
frozen bundle ``sys.executable`` is the bundle's own launcher, which takes lockcare's
arguments directly: ``lockcare`` (console, for the CLI and the self-test, whose output is
read) and ``lockcare-gui`` (windowed: on Windows and macOS it opens no console).
"""

from __future__ import annotations

import sys
from pathlib import Path

CONSOLE_NAME = "lockcare"
WINDOWED_NAME = "lockcare-gui"


def executable_name(base: str, platform: str = sys.platform) -> str:
    """``base`` with the system's executable suffix (``.exe`` on Windows)."""
    return f"{base}.exe" if platform == "win32" else base


def lockcare_command(*args: str, windowed: bool = False) -> list[str]:
    """The argv that runs ``lockcare ARGS`` in a new process.

    Args:
        args: lockcare's arguments, e.g. ``"--self-test"``.
        windowed: in a frozen bundle, use the windowed launcher (for starting a window).
    """
    if getattr(sys, "frozen", False):
        here = Path(sys.executable)
        wanted = here.with_name(executable_name(WINDOWED_NAME if windowed else CONSOLE_NAME))
        return [str(wanted if wanted.exists() else here), *args]
    return [sys.executable, "-m", "lockcare", *args]
