"""Where lockcare keeps its files.

Locations are computed on every call (never cached at import), so tests and scripts can
point lockcare elsewhere with ``--data-dir DIR`` or ``LOCKCARE_DATA_DIR``. When an override
is set, data, config and logs all live under it, so one folder holds everything.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from lockcare.atomic import private_folder

APP_NAME = "lockcare"
ENV_DATA_DIR = "LOCKCARE_DATA_DIR"


def _override() -> Path | None:
    value = os.environ.get(ENV_DATA_DIR, "").strip()
    return Path(value).expanduser() if value else None


def set_data_dir_override(path: str | os.PathLike[str] | None) -> None:
    """Apply ``--data-dir`` for this process (and any child process it starts)."""
    if path is None:
        return
    os.environ[ENV_DATA_DIR] = str(Path(path).expanduser().resolve())


def data_dir() -> Path:
    """The folder holding the database and, when no keyring works, the key file."""
    base = _override()
    return base if base else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def config_dir() -> Path:
    """The folder holding settings (window state and preferences)."""
    base = _override()
    return base / "config" if base else Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def log_dir() -> Path:
    """The folder holding log files."""
    base = _override()
    return base / "logs" if base else Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def ensure_dirs() -> None:
    """Create the data, config and log folders if missing, readable by the user only (0700)."""
    for folder in (data_dir(), config_dir(), log_dir()):
        private_folder(folder)
