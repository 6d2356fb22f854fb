"""Install, remove and report the OS timer that runs ``lockcare collect`` (Qt-free).

``lockcare schedule install [--every 1h] | remove | status`` and the GUI's "Keep collecting
when lockcare is closed" switch call :class:`OsScheduler`. Every OS command goes through an
injectable runner (tests never touch the real system): ``systemctl --user`` on Linux,
``launchctl`` on macOS, ``schtasks`` on Windows. On Linux without a systemd user manager
nothing is written and the crontab line to use instead is returned.
"""

from __future__ import annotations

import os
import plistlib
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from lockcare import paths
from lockcare.core.errors import LockcareError
from lockcare.platform.timer_files import (
    LAUNCHD_LABEL,
    TASK_NAME,
    UNIT_NAME,
    Every,
    collect_command,
    cron_line,
    launchd_plist,
    read_task_xml,
    systemd_service,
    systemd_timer,
    windows_task_xml,
)

Runner = Callable[[Sequence[str]], subprocess.CompletedProcess[str]]
_COMMAND_TIMEOUT = 30


class ScheduleError(LockcareError):
    """The OS scheduler refused; the message carries its own words."""


def run_command(args: Sequence[str]) -> subprocess.CompletedProcess[str]:
    """Runs an OS scheduler command with a timeout, capturing its output."""
    try:
        return subprocess.run(list(args), capture_output=True, text=True, timeout=_COMMAND_TIMEOUT, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return subprocess.CompletedProcess(list(args), 127, "", str(exc))


@dataclass(frozen=True, slots=True)
class ScheduleStatus:
    """What is in place.

    Attributes:
        scheduler: ``systemd``, ``launchd``, ``task-scheduler`` or ``cron``.
        installed: The timer's files (or task) exist.
        active: The OS says the timer is enabled and loaded (None when it cannot say).
        every: The interval in place (``1h``), when installed.
        files: Files lockcare wrote.
        cron_line: For ``cron``: the line to add with ``crontab -e`` (lockcare writes none).
        message: Plain words for the user.
    """

    scheduler: str
    installed: bool
    active: bool | None = None
    every: str | None = None
    files: tuple[str, ...] = ()
    cron_line: str | None = None
    message: str = ""

    def to_dict(self) -> dict[str, object]:
        """The JSON shape of ``lockcare schedule status --json``."""
        data = asdict(self)
        data["files"] = list(self.files)
        return data


class OsScheduler:
    """The OS timer for this platform.

    Args:
        platform: ``sys.platform`` by default (``linux``, ``darwin``, ``win32``).
        runner: Runs OS commands; :func:`run_command` by default.
        home: The user's home folder.
        env: The environment (``XDG_CONFIG_HOME``).
        which: Finds programs on PATH (``shutil.which``).
        uid: The user id (launchd's ``gui/<uid>`` domain).
    """

    def __init__(
        self,
        *,
        platform: str | None = None,
        runner: Runner = run_command,
        home: Path | None = None,
        env: Mapping[str, str] | None = None,
        which: Callable[[str], str | None] = shutil.which,
        uid: int | None = None,
    ) -> None:
        self.platform = platform or sys.platform
        self._run = runner
        self._home = home or Path.home()
        self._env = os.environ if env is None else env
        self._which = which
        self._uid = uid if uid is not None else (os.getuid() if hasattr(os, "getuid") else 0)

    # --- public ---------------------------------------------------------------------

    @property
    def scheduler(self) -> str:
        """Which scheduler this platform uses (``cron`` on Linux without systemd)."""
        if self.platform == "darwin":
            return "launchd"
        if self.platform == "win32":
            return "task-scheduler"
        return "systemd" if self._has_systemd() else "cron"

    def install(self, every: str = "1h", *, command: Sequence[str] | None = None) -> ScheduleStatus:
        """Installs (or replaces) the timer.

        Args:
            every: The interval (see :meth:`Every.parse`).
            command: The command to run; :func:`collect_command` by default.

        Returns:
            The status now; for ``cron``, nothing installed and the line to use.

        Raises:
            ValidationError: An interval no scheduler can keep.
            ScheduleError: The OS scheduler refused (nothing is left half-installed).
        """
        interval = Every.parse(every)
        command = list(command or collect_command())
        scheduler = self.scheduler
        if scheduler == "systemd":
            self._install_systemd(command, interval)
        elif scheduler == "launchd":
            self._install_launchd(command, interval)
        elif scheduler == "task-scheduler":
            self._install_task(command, interval)
        else:
            line = cron_line(command, interval)
            return ScheduleStatus(
                "cron", installed=False, every=interval.text, cron_line=line,
                message=f"This system has no systemd user manager, so lockcare installed nothing. "
                f"To collect every {interval.text}, add this line with 'crontab -e':\n{line}",
            )  # fmt: skip
        return self.status()

    def remove(self) -> ScheduleStatus:
        """Removes the timer (nothing to do when it is not installed)."""
        scheduler = self.scheduler
        if scheduler == "systemd":
            if self._systemd_files()[1].exists():
                self._run(["systemctl", "--user", "disable", "--now", f"{UNIT_NAME}.timer"])
            for path in self._systemd_files():
                path.unlink(missing_ok=True)
            self._check(["systemctl", "--user", "daemon-reload"])
        elif scheduler == "launchd":
            self._run(["launchctl", "bootout", f"gui/{self._uid}/{LAUNCHD_LABEL}"])
            self._plist_path().unlink(missing_ok=True)
        elif scheduler == "task-scheduler":
            if self._run(["schtasks", "/Query", "/TN", TASK_NAME]).returncode == 0:
                self._check(["schtasks", "/Delete", "/TN", TASK_NAME, "/F"])
        return self.status()

    def status(self) -> ScheduleStatus:
        """What is installed, and whether the OS runs it."""
        scheduler = self.scheduler
        if scheduler == "systemd":
            return self._systemd_status()
        if scheduler == "launchd":
            return self._launchd_status()
        if scheduler == "task-scheduler":
            return self._task_status()
        return ScheduleStatus(
            "cron", installed=False,
            message="This system has no systemd user manager; lockcare cannot tell what cron runs.",
        )  # fmt: skip

    # --- systemd --------------------------------------------------------------------

    def _has_systemd(self) -> bool:
        if self._which("systemctl") is None:
            return False
        return self._run(["systemctl", "--user", "show-environment"]).returncode == 0

    def _systemd_files(self) -> tuple[Path, Path]:
        base = Path(self._env.get("XDG_CONFIG_HOME") or self._home / ".config") / "systemd" / "user"
        return base / f"{UNIT_NAME}.service", base / f"{UNIT_NAME}.timer"

    def _install_systemd(self, command: list[str], every: Every) -> None:
        service, timer = self._systemd_files()
        service.parent.mkdir(parents=True, exist_ok=True)
        service.write_text(systemd_service(command), encoding="utf-8")
        timer.write_text(systemd_timer(every), encoding="utf-8")
        try:
            self._check(["systemctl", "--user", "daemon-reload"])
            self._check(["systemctl", "--user", "enable", "--now", f"{UNIT_NAME}.timer"])
        except ScheduleError:
            service.unlink(missing_ok=True)
            timer.unlink(missing_ok=True)
            self._run(["systemctl", "--user", "daemon-reload"])
            raise

    def _systemd_status(self) -> ScheduleStatus:
        service, timer = self._systemd_files()
        if not timer.exists():
            return ScheduleStatus("systemd", installed=False, message="Collection while lockcare is closed is off.")
        calendar = re.search(r"^OnCalendar=(.+)$", timer.read_text(encoding="utf-8"), re.MULTILINE)
        every = next((Every(m).text for m in Every.choices() if calendar and Every(m).on_calendar == calendar.group(1)), None)
        enabled = self._run(["systemctl", "--user", "is-enabled", f"{UNIT_NAME}.timer"]).stdout.strip() == "enabled"
        running = self._run(["systemctl", "--user", "is-active", f"{UNIT_NAME}.timer"]).stdout.strip() == "active"
        active = enabled and running
        return ScheduleStatus(
            "systemd", installed=True, active=active, every=every, files=(str(service), str(timer)),
            message=_words(active, every, "a systemd user timer"),
        )  # fmt: skip

    # --- launchd --------------------------------------------------------------------

    def _plist_path(self) -> Path:
        return self._home / "Library" / "LaunchAgents" / f"{LAUNCHD_LABEL}.plist"

    def _install_launchd(self, command: list[str], every: Every) -> None:
        plist = self._plist_path()
        plist.parent.mkdir(parents=True, exist_ok=True)
        log_dir = paths.log_dir()
        log_dir.mkdir(parents=True, exist_ok=True)
        self._run(["launchctl", "bootout", f"gui/{self._uid}/{LAUNCHD_LABEL}"])  # a previous one, if any
        plist.write_bytes(launchd_plist(command, every, log_dir=log_dir))
        try:
            self._check(["launchctl", "bootstrap", f"gui/{self._uid}", str(plist)])
        except ScheduleError:
            plist.unlink(missing_ok=True)
            raise

    def _launchd_status(self) -> ScheduleStatus:
        plist = self._plist_path()
        if not plist.exists():
            return ScheduleStatus("launchd", installed=False, message="Collection while lockcare is closed is off.")
        try:
            calendar = plistlib.loads(plist.read_bytes()).get("StartCalendarInterval", [])
        except plistlib.InvalidFileException:
            calendar = []
        every = next((Every(m).text for m in Every.choices() if Every(m).launchd_calendar() == calendar), None)
        active = self._run(["launchctl", "print", f"gui/{self._uid}/{LAUNCHD_LABEL}"]).returncode == 0
        return ScheduleStatus(
            "launchd", installed=True, active=active, every=every, files=(str(plist),),
            message=_words(active, every, "a LaunchAgent"),
        )  # fmt: skip

    # --- Windows Task Scheduler -----------------------------------------------------

    def _install_task(self, command: list[str], every: Every) -> None:
        folder = Path(tempfile.mkdtemp(prefix="lockcare-task-"))
        xml = folder / "collect.xml"
        try:
            xml.write_text(windows_task_xml(command, every), encoding="utf-16")
            self._check(["schtasks", "/Create", "/TN", TASK_NAME, "/XML", str(xml), "/F"])
        finally:
            xml.unlink(missing_ok=True)
            folder.rmdir()

    def _task_status(self) -> ScheduleStatus:
        query = self._run(["schtasks", "/Query", "/TN", TASK_NAME, "/XML", "ONE"])
        if query.returncode != 0:
            return ScheduleStatus("task-scheduler", installed=False, message="Collection while lockcare is closed is off.")
        try:
            task = read_task_xml(query.stdout)
        except ValueError:
            return ScheduleStatus("task-scheduler", installed=True, message="A lockcare task exists but could not be read.")
        return ScheduleStatus(
            "task-scheduler", installed=True, active=task.enabled, every=task.every,
            message=_words(task.enabled, task.every, "a Task Scheduler task"),
        )  # fmt: skip

    # --- helpers --------------------------------------------------------------------

    def _check(self, args: Sequence[str]) -> subprocess.CompletedProcess[str]:
        result = self._run(args)
        if result.returncode != 0:
            said = (result.stderr or result.stdout or "").strip().splitlines()
            raise ScheduleError(f"{args[0]} refused ({' '.join(args[1:3])}): {said[-1] if said else 'no reason given'}")
        return result


def _words(active: bool | None, every: str | None, what: str) -> str:
    if not active:
        return f"{what[0].upper()}{what[1:]} is installed but not running; install it again to repair it."
    return f"lockcare collects every {every or '(custom interval)'} while it is closed ({what})."


__all__ = ["OsScheduler", "Runner", "ScheduleError", "ScheduleStatus", "run_command"]
