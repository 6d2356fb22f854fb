"""The real ``lockcare`` command line in a new process, with no test fixture in between.

Each run gets a clean environment: a home and XDG folders of its own (so nothing can reach
the real data folder or keyring), no ``LOCKCARE_DATA_DIR`` (so ``--data-dir`` has to do its
job), keyring's "fail" backend (keys go to the 0600 key file), no display.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

_SESSION = ("LOCKCARE_DATA_DIR", "PYTHON_KEYRING_BACKEND", "DBUS_SESSION_BUS_ADDRESS", "DISPLAY", "WAYLAND_DISPLAY")
KEY = "0123456789abcdef"


def clean_env(tmp_path: Path) -> dict[str, str]:
    """The environment of a user whose home is ``tmp_path/home``, without a keyring or desktop."""
    home = tmp_path / "home"
    env = {k: v for k, v in os.environ.items() if k not in _SESSION}
    env.update(
        HOME=str(home), USERPROFILE=str(home), XDG_DATA_HOME=str(home / "share"), XDG_CONFIG_HOME=str(home / "config"),
        XDG_STATE_HOME=str(home / "state"), XDG_CACHE_HOME=str(home / "cache"),
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring", QT_QPA_PLATFORM="offscreen",
    )
    return env


def lockcare(env: dict[str, str], *args: str | bytes, stdin: str = "", timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """Run ``python -m lockcare ARGS`` (stdin from ``stdin``, never a terminal) and wait for it."""
    return subprocess.run([sys.executable, "-m", "lockcare", *args], env=env, input=stdin, capture_output=True,
                          text=True, encoding="utf-8", errors="replace", timeout=timeout, check=False)


def one_line_refusal(done: subprocess.CompletedProcess[str]) -> str:
    """The one line a refused command wrote to stderr (asserting it is one line and no bug report)."""
    assert done.returncode not in (0, None), done.stdout + done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert "unexpected error" not in done.stderr and "Traceback" not in done.stderr, done.stderr
    return lines[0]
