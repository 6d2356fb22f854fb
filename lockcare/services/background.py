"""Collecting while lockcare is closed: the OS timer that runs ``lockcare collect``.

The GUI's "Keep collecting when lockcare is closed" switch and ``lockcare schedule`` both
come here. The OS commands can take a moment: the GUI calls these from its task pool.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from lockcare import paths
from lockcare.platform.scheduler import OsScheduler, ScheduleStatus
from lockcare.platform.timer_files import collect_command


def chosen_data_dir() -> Path | None:
    """The data folder to hand to the timer's ``collect`` when the user chose one (--data-dir or the variable)."""
    return paths.data_dir() if os.environ.get(paths.ENV_DATA_DIR, "").strip() else None


class BackgroundCollection:
    """Installs, removes and reports the collection timer.

    Args:
        scheduler: Makes the OS scheduler (tests inject one with a fake command runner).
        data_dir: The data folder ``collect`` should use, when not the default one.
    """

    def __init__(self, scheduler: Callable[[], OsScheduler] = OsScheduler, data_dir: Callable[[], Path | None] = chosen_data_dir) -> None:
        self._scheduler = scheduler
        self._data_dir = data_dir

    def install(self, every: str = "1h") -> ScheduleStatus:
        """Installs (or replaces) the timer; on Linux without systemd, says what to put in cron.

        Raises:
            ValidationError: An interval no scheduler can keep.
            ScheduleError: The OS scheduler refused (nothing is left half-installed).
        """
        return self._scheduler().install(every, command=collect_command(data_dir=self._data_dir()))

    def remove(self) -> ScheduleStatus:
        """Removes the timer (nothing to do when it is not installed)."""
        return self._scheduler().remove()

    def status(self) -> ScheduleStatus:
        """What is installed, and whether the OS runs it."""
        return self._scheduler().status()


__all__ = ["BackgroundCollection", "ScheduleStatus", "chosen_data_dir"]
