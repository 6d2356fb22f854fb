"""The OS timer files that run ``lockcare collect`` while the app is closed.

Pure text generation, no side effects (see :mod:`lockcare.platform.scheduler` for install):

* Linux: a systemd user service and timer (``OnCalendar``, ``Persistent=true`` to catch up
  after the computer was off, ``RandomizedDelaySec`` so homes do not call Tuya in step);
  without systemd, a crontab line.
* macOS: a LaunchAgent plist (``StartCalendarInterval``; launchd runs a missed interval
  when the Mac wakes).
* Windows: a Task Scheduler XML task (``StartWhenAvailable`` runs a missed start later).

Intervals are calendar-aligned (15m ... 1d) so every scheduler can express them the same way.
"""

from __future__ import annotations

import plistlib
import re
import shlex
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from lockcare.core.errors import ValidationError

UNIT_NAME = "lockcare-collect"
LAUNCHD_LABEL = "org.lockcare.collect"
TASK_NAME = "lockcare\\collect"
TASK_NAMESPACE = "http://schemas.microsoft.com/windows/2004/02/mit/task"
RUN_TIME_LIMIT_MINUTES = 30

_MINUTE_STEPS = (15, 20, 30)
_HOUR_STEPS = (1, 2, 3, 4, 6, 8, 12)


@dataclass(frozen=True, slots=True)
class Every:
    """How often collection runs: a whole divisor of an hour or a day.

    Attributes:
        minutes: The interval in minutes (15, 20, 30, 60, 120, ... 720 or 1440).
    """

    minutes: int

    @classmethod
    def parse(cls, text: str) -> Every:
        """Reads ``15m``, ``30m``, ``1h``, ``2h``... ``12h``, ``1d`` (``60m`` = ``1h``, ``24h`` = ``1d``).

        Raises:
            ValidationError: Not one of the intervals every scheduler can keep.
        """
        match = re.fullmatch(r"(\d{1,5})\s*(m|min|h|d)", text.strip().lower())
        if match:
            minutes = int(match.group(1)) * {"m": 1, "min": 1, "h": 60, "d": 1440}[match.group(2)]
            if minutes in cls.choices():
                return cls(minutes)
        words = ", ".join(cls(m).text for m in cls.choices())
        raise ValidationError(f"--every {text!r}: choose one of {words}.")

    @staticmethod
    def choices() -> tuple[int, ...]:
        """Every allowed interval in minutes."""
        return (*_MINUTE_STEPS, *(h * 60 for h in _HOUR_STEPS), 1440)

    @property
    def text(self) -> str:
        """The canonical spelling: ``15m``, ``1h``, ``1d``."""
        if self.minutes == 1440:
            return "1d"
        return f"{self.minutes // 60}h" if self.minutes % 60 == 0 else f"{self.minutes}m"

    @property
    def on_calendar(self) -> str:
        """systemd's ``OnCalendar=`` value."""
        if self.minutes < 60:
            return f"*-*-* *:00/{self.minutes}:00"
        if self.minutes == 60:
            return "hourly"
        if self.minutes == 1440:
            return "daily"
        return f"*-*-* 00/{self.minutes // 60}:00:00"

    @property
    def randomized_delay_seconds(self) -> int:
        """A tenth of the interval, at most five minutes."""
        return min(300, self.minutes * 6)

    @property
    def iso_duration(self) -> str:
        """The ISO 8601 duration Task Scheduler uses (``PT15M``, ``PT2H``, ``P1D``)."""
        if self.minutes == 1440:
            return "P1D"
        return f"PT{self.minutes // 60}H" if self.minutes % 60 == 0 else f"PT{self.minutes}M"

    def launchd_calendar(self) -> list[dict[str, int]]:
        """launchd ``StartCalendarInterval`` entries (each a time of hour or of day)."""
        if self.minutes < 60:
            return [{"Minute": m} for m in range(0, 60, self.minutes)]
        if self.minutes == 60:
            return [{"Minute": 0}]
        return [{"Hour": h, "Minute": 0} for h in range(0, 24, self.minutes // 60)]

    def cron_schedule(self) -> str:
        """The five crontab time fields."""
        if self.minutes < 60:
            return f"*/{self.minutes} * * * *"
        if self.minutes == 60:
            return "0 * * * *"
        if self.minutes == 1440:
            return "0 0 * * *"
        return f"0 */{self.minutes // 60} * * *"


def collect_command(
    *,
    data_dir: Path | None = None,
    executable: str | None = None,
    frozen: bool | None = None,
    platform: str | None = None,
) -> list[str]:
    """The command line that runs ``lockcare collect`` with this very installation.

    A frozen bundle runs its own executable; otherwise the interpreter running now is asked
    for ``-m lockcare``, which works from a virtualenv (its ``python`` knows its packages,
    no activation needed), a ``pip --user`` install and a system one alike. On Windows the
    console-less ``pythonw.exe`` is used when it exists, so no window flashes up.

    Args:
        data_dir: A data folder to pass on (``--data-dir``), when not the default one.
        executable: Defaults to ``sys.executable`` (kept as is: resolving a venv's
            symlink would lose the venv).
        frozen: Defaults to ``sys.frozen`` (PyInstaller).
        platform: Defaults to ``sys.platform``.
    """
    executable = executable or sys.executable
    frozen = bool(getattr(sys, "frozen", False)) if frozen is None else frozen
    platform = platform or sys.platform
    if frozen:
        command = [executable, "collect"]
    else:
        if platform == "win32":
            windowless = Path(executable).with_name("pythonw.exe")
            if windowless.exists():
                executable = str(windowless)
        command = [executable, "-m", "lockcare", "collect"]
    if data_dir is not None:
        command += ["--data-dir", str(Path(data_dir).expanduser().absolute())]
    return command


def systemd_service(command: Sequence[str]) -> str:
    """The ``lockcare-collect.service`` unit (a one-shot run)."""
    exec_start = " ".join(_systemd_quote(arg) for arg in command)
    return (
        "[Unit]\n"
        "Description=lockcare: collect lock battery readings and cloud reports\n\n"
        "[Service]\n"
        "Type=oneshot\n"
        f"ExecStart={exec_start}\n"
        "Nice=10\n"
        f"TimeoutStartSec={RUN_TIME_LIMIT_MINUTES}min\n"
    )


def systemd_timer(every: Every) -> str:
    """The ``lockcare-collect.timer`` unit."""
    return (
        "[Unit]\n"
        f"Description=Run lockcare collect every {every.text}\n\n"
        "[Timer]\n"
        f"OnCalendar={every.on_calendar}\n"
        "Persistent=true\n"
        f"RandomizedDelaySec={every.randomized_delay_seconds}\n"
        "AccuracySec=1min\n\n"
        "[Install]\n"
        "WantedBy=timers.target\n"
    )


def launchd_plist(command: Sequence[str], every: Every, *, log_dir: Path) -> bytes:
    """The LaunchAgent property list (XML)."""
    payload = {
        "Label": LAUNCHD_LABEL,
        "ProgramArguments": list(command),
        "StartCalendarInterval": every.launchd_calendar(),
        "RunAtLoad": False,
        "ProcessType": "Background",
        "LowPriorityIO": True,
        "Nice": 10,
        "StandardOutPath": str(log_dir / "collect.out.log"),
        "StandardErrorPath": str(log_dir / "collect.err.log"),
    }
    return plistlib.dumps(payload, fmt=plistlib.FMT_XML, sort_keys=False)


def windows_task_xml(command: Sequence[str], every: Every, *, start: str = "2026-01-01T00:00:00") -> str:
    """The Task Scheduler task (XML text; save it as UTF-16 for ``schtasks /XML``)."""
    ET.register_namespace("", TASK_NAMESPACE)

    def sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
        element = ET.SubElement(parent, f"{{{TASK_NAMESPACE}}}{tag}", attrs)
        if text is not None:
            element.text = text
        return element

    task = ET.Element(f"{{{TASK_NAMESPACE}}}Task", {"version": "1.2"})
    info = sub(task, "RegistrationInfo")
    sub(info, "Description", "lockcare: collect lock battery readings and cloud reports (lockcare collect).")
    sub(info, "URI", "\\" + TASK_NAME)
    triggers = sub(task, "Triggers")
    if every.minutes == 1440:
        trigger = sub(triggers, "CalendarTrigger")
        sub(trigger, "StartBoundary", start)
        sub(trigger, "Enabled", "true")
        sub(trigger, "RandomDelay", f"PT{every.randomized_delay_seconds}S")
        sub(sub(trigger, "ScheduleByDay"), "DaysInterval", "1")
    else:
        trigger = sub(triggers, "TimeTrigger")
        repetition = sub(trigger, "Repetition")
        sub(repetition, "Interval", every.iso_duration)
        sub(repetition, "StopAtDurationEnd", "false")
        sub(trigger, "StartBoundary", start)
        sub(trigger, "Enabled", "true")
        sub(trigger, "RandomDelay", f"PT{every.randomized_delay_seconds}S")
    principal = sub(sub(task, "Principals"), "Principal", id="Author")
    sub(principal, "LogonType", "InteractiveToken")
    sub(principal, "RunLevel", "LeastPrivilege")
    settings = sub(task, "Settings")
    for tag, text in (
        ("MultipleInstancesPolicy", "IgnoreNew"),
        ("DisallowStartIfOnBatteries", "false"),
        ("StopIfGoingOnBatteries", "false"),
        ("StartWhenAvailable", "true"),
        ("RunOnlyIfNetworkAvailable", "false"),
        ("AllowStartOnDemand", "true"),
        ("Enabled", "true"),
        ("Hidden", "false"),
        ("WakeToRun", "false"),
        ("ExecutionTimeLimit", f"PT{RUN_TIME_LIMIT_MINUTES}M"),
        ("Priority", "7"),
    ):
        sub(settings, tag, text)
    exec_ = sub(sub(task, "Actions", Context="Author"), "Exec")
    sub(exec_, "Command", command[0])
    sub(exec_, "Arguments", subprocess.list2cmdline(list(command[1:])))
    ET.indent(task)
    return '<?xml version="1.0" encoding="UTF-16"?>\n' + ET.tostring(task, encoding="unicode") + "\n"


@dataclass(frozen=True, slots=True)
class TaskInfo:
    """What an installed Task Scheduler task says about itself."""

    every: str | None
    enabled: bool
    command_line: str


def read_task_xml(text: str) -> TaskInfo:
    """Reads back a task's interval, state and command line (``schtasks /Query /XML``).

    Raises:
        ValueError: ``text`` is not a task definition.
    """
    body = re.sub(r"^\s*<\?xml[^>]*\?>", "", text)
    try:
        task = ET.fromstring(body)
    except ET.ParseError as exc:
        raise ValueError(f"not a task definition: {exc}") from None
    ns = {"t": TASK_NAMESPACE}
    if task.find("t:Triggers/t:CalendarTrigger/t:ScheduleByDay", ns) is not None:
        every: str | None = "1d"
    else:
        interval = task.findtext("t:Triggers/t:TimeTrigger/t:Repetition/t:Interval", default="", namespaces=ns)
        every = next((Every(m).text for m in Every.choices() if Every(m).iso_duration == interval), None)
    enabled = task.findtext("t:Settings/t:Enabled", default="true", namespaces=ns).strip() == "true"
    program = task.findtext("t:Actions/t:Exec/t:Command", default="", namespaces=ns)
    arguments = task.findtext("t:Actions/t:Exec/t:Arguments", default="", namespaces=ns)
    return TaskInfo(every=every, enabled=enabled, command_line=f"{program} {arguments}".strip())


def cron_line(command: Sequence[str], every: Every) -> str:
    """The crontab line for systems without systemd (``%`` escaped, output discarded)."""
    quoted = " ".join(shlex.quote(arg) for arg in command).replace("%", "\\%")
    return f"{every.cron_schedule()} {quoted} >/dev/null 2>&1"


def _systemd_quote(arg: str) -> str:
    # systemd's own quoting: double quotes with C-style escapes; % and $ are specifiers.
    escaped = arg.replace("\\", "\\\\").replace('"', '\\"').replace("%", "%%").replace("$", "$$")
    return f'"{escaped}"'


__all__ = [
    "Every",
    "LAUNCHD_LABEL",
    "TASK_NAME",
    "TaskInfo",
    "UNIT_NAME",
    "collect_command",
    "cron_line",
    "launchd_plist",
    "read_task_xml",
    "systemd_service",
    "systemd_timer",
    "windows_task_xml",
]
