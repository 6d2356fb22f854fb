"""Installing, removing and reporting the OS timer, with the OS commands faked (never the real system)."""

from __future__ import annotations

import plistlib
import subprocess
from collections.abc import Sequence
from pathlib import Path

import pytest

from lockcare.platform.scheduler import OsScheduler, ScheduleError
from lockcare.platform.timer_files import TASK_NAME, Every, windows_task_xml

COMMAND = ["/venv/bin/python", "-m", "lockcare", "collect"]


class FakeOs:
    """Answers OS commands from a table of (command prefix -> return code, stdout, stderr)."""

    def __init__(self, answers: dict[tuple[str, ...], tuple[int, str, str]] | None = None) -> None:
        self.answers = answers or {}
        self.calls: list[list[str]] = []
        self.seen_files: dict[str, bytes] = {}

    def __call__(self, args: Sequence[str]) -> subprocess.CompletedProcess[str]:
        self.calls.append(list(args))
        for arg in args:  # keep what a command was given to read (schtasks /XML FILE)
            if arg.endswith(".xml") and Path(arg).exists():
                self.seen_files[arg] = Path(arg).read_bytes()
        for length in range(len(args), 0, -1):
            answer = self.answers.get(tuple(args[:length]))
            if answer is not None:
                return subprocess.CompletedProcess(list(args), answer[0], answer[1], answer[2])
        return subprocess.CompletedProcess(list(args), 0, "", "")


def linux(tmp_path: Path, fake: FakeOs, *, systemctl: bool = True) -> OsScheduler:
    return OsScheduler(
        platform="linux", runner=fake, home=tmp_path / "home", env={"XDG_CONFIG_HOME": str(tmp_path / "config")},
        which=lambda name: f"/usr/bin/{name}" if systemctl else None,
    )  # fmt: skip


def test_systemd_install_writes_both_units_and_enables_the_timer(tmp_path: Path) -> None:
    fake = FakeOs({("systemctl", "--user", "is-enabled"): (0, "enabled\n", ""), ("systemctl", "--user", "is-active"): (0, "active\n", "")})

    status = linux(tmp_path, fake).install("2h", command=COMMAND)

    units = tmp_path / "config" / "systemd" / "user"
    assert 'ExecStart="/venv/bin/python" "-m" "lockcare" "collect"' in (units / "lockcare-collect.service").read_text()
    assert "OnCalendar=*-*-* 00/2:00:00" in (units / "lockcare-collect.timer").read_text()
    assert ["systemctl", "--user", "daemon-reload"] in fake.calls
    assert ["systemctl", "--user", "enable", "--now", "lockcare-collect.timer"] in fake.calls
    assert (status.scheduler, status.installed, status.active, status.every) == ("systemd", True, True, "2h")
    assert status.to_dict()["files"] == [str(units / "lockcare-collect.service"), str(units / "lockcare-collect.timer")]


def test_a_refused_enable_leaves_nothing_behind(tmp_path: Path) -> None:
    fake = FakeOs({("systemctl", "--user", "enable"): (1, "", "Failed to enable unit: Access denied\n")})

    with pytest.raises(ScheduleError, match="Access denied"):
        linux(tmp_path, fake).install("1h", command=COMMAND)

    assert not list((tmp_path / "config" / "systemd" / "user").iterdir())


def test_systemd_remove_disables_and_deletes(tmp_path: Path) -> None:
    fake = FakeOs()
    scheduler = linux(tmp_path, fake)
    scheduler.install("1h", command=COMMAND)

    status = scheduler.remove()

    assert ["systemctl", "--user", "disable", "--now", "lockcare-collect.timer"] in fake.calls
    assert not list((tmp_path / "config" / "systemd" / "user").iterdir())
    assert status.installed is False


def test_an_installed_but_stopped_timer_says_so(tmp_path: Path) -> None:
    fake = FakeOs({("systemctl", "--user", "is-active"): (3, "inactive\n", "")})
    scheduler = linux(tmp_path, fake)
    scheduler.install("1h", command=COMMAND)

    status = scheduler.status()

    assert (status.installed, status.active) == (True, False)
    assert "not running" in status.message


@pytest.mark.parametrize("systemctl", [False, True])
def test_linux_without_systemd_writes_nothing_and_gives_the_cron_line(tmp_path: Path, systemctl: bool) -> None:
    fake = FakeOs({("systemctl", "--user", "show-environment"): (1, "", "Failed to connect to bus")})

    status = linux(tmp_path, fake, systemctl=systemctl).install("30m", command=COMMAND)

    assert (status.scheduler, status.installed) == ("cron", False)
    assert status.cron_line == "*/30 * * * * /venv/bin/python -m lockcare collect >/dev/null 2>&1"
    assert status.cron_line in status.message and "crontab -e" in status.message
    assert not (tmp_path / "config").exists() and not (tmp_path / "home").exists()
    assert not any(call[:3] == ["systemctl", "--user", "enable"] for call in fake.calls)


def test_macos_installs_a_launch_agent(tmp_path: Path) -> None:
    fake = FakeOs()
    scheduler = OsScheduler(platform="darwin", runner=fake, home=tmp_path, uid=501)

    status = scheduler.install("1h", command=COMMAND)

    plist = tmp_path / "Library" / "LaunchAgents" / "org.lockcare.collect.plist"
    assert plistlib.loads(plist.read_bytes())["ProgramArguments"] == COMMAND
    assert ["launchctl", "bootstrap", "gui/501", str(plist)] in fake.calls
    assert (status.scheduler, status.installed, status.active, status.every) == ("launchd", True, True, "1h")

    removed = scheduler.remove()

    assert ["launchctl", "bootout", "gui/501/org.lockcare.collect"] in fake.calls
    assert not plist.exists() and removed.installed is False


def test_a_refused_bootstrap_removes_the_agent(tmp_path: Path) -> None:
    fake = FakeOs({("launchctl", "bootstrap"): (5, "", "Bootstrap failed: 5: Input/output error\n")})

    with pytest.raises(ScheduleError, match="Input/output error"):
        OsScheduler(platform="darwin", runner=fake, home=tmp_path, uid=501).install("1h", command=COMMAND)

    assert not (tmp_path / "Library" / "LaunchAgents" / "org.lockcare.collect.plist").exists()


def test_windows_imports_the_task_xml_and_cleans_up(tmp_path: Path) -> None:
    task = windows_task_xml(COMMAND, Every.parse("1h"))
    fake = FakeOs({("schtasks", "/Query", "/TN", TASK_NAME, "/XML"): (0, task, "")})

    status = OsScheduler(platform="win32", runner=fake).install("1h", command=COMMAND)

    create = next(call for call in fake.calls if call[:2] == ["schtasks", "/Create"])
    assert create[:4] == ["schtasks", "/Create", "/TN", TASK_NAME] and create[-1] == "/F"
    xml_file = create[create.index("/XML") + 1]
    sent = fake.seen_files[xml_file].decode("utf-16")
    assert "<StartWhenAvailable>true</StartWhenAvailable>" in sent and "<Interval>PT1H</Interval>" in sent
    assert not Path(xml_file).exists()
    assert (status.scheduler, status.installed, status.active, status.every) == ("task-scheduler", True, True, "1h")


def test_windows_status_when_no_task_exists(tmp_path: Path) -> None:
    fake = FakeOs({("schtasks", "/Query"): (1, "", "ERROR: The system cannot find the file specified.")})

    scheduler = OsScheduler(platform="win32", runner=fake)

    assert scheduler.status().installed is False
    assert scheduler.remove().installed is False
    assert not any(call[:2] == ["schtasks", "/Delete"] for call in fake.calls)
