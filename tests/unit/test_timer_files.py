"""The OS timer files for ``lockcare collect`` (checked by systemd-analyze where it exists)."""

from __future__ import annotations

import os
import plistlib
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from lockcare.core.errors import ValidationError
from lockcare.platform.timer_files import (
    LAUNCHD_LABEL,
    TASK_NAMESPACE,
    Every,
    collect_command,
    cron_line,
    launchd_plist,
    read_task_xml,
    systemd_service,
    systemd_timer,
    windows_task_xml,
)

SYSTEMD_ANALYZE = shutil.which("systemd-analyze")
needs_systemd_analyze = pytest.mark.skipif(SYSTEMD_ANALYZE is None, reason="systemd-analyze is not installed here")


@pytest.mark.parametrize(
    ("text", "canonical", "calendar", "cron"),
    [
        ("15m", "15m", "*-*-* *:00/15:00", "*/15 * * * *"),
        ("30 min", "30m", "*-*-* *:00/30:00", "*/30 * * * *"),
        ("60m", "1h", "hourly", "0 * * * *"),
        ("1h", "1h", "hourly", "0 * * * *"),
        ("6H", "6h", "*-*-* 00/6:00:00", "0 */6 * * *"),
        ("24h", "1d", "daily", "0 0 * * *"),
        ("1d", "1d", "daily", "0 0 * * *"),
    ],
)
def test_intervals_are_read_and_spelled_for_each_scheduler(text: str, canonical: str, calendar: str, cron: str) -> None:
    every = Every.parse(text)
    assert (every.text, every.on_calendar, every.cron_schedule()) == (canonical, calendar, cron)


@pytest.mark.parametrize("text", ["", "5m", "45m", "90m", "5h", "2d", "hourly", "-1h", "1.5h"])
def test_intervals_no_scheduler_can_keep_are_refused(text: str) -> None:
    with pytest.raises(ValidationError, match="choose one of 15m, 20m, 30m, 1h"):
        Every.parse(text)


def test_launchd_and_task_scheduler_get_the_same_rhythm() -> None:
    assert Every.parse("20m").launchd_calendar() == [{"Minute": 0}, {"Minute": 20}, {"Minute": 40}]
    assert Every.parse("1h").launchd_calendar() == [{"Minute": 0}]
    assert Every.parse("8h").launchd_calendar() == [{"Hour": h, "Minute": 0} for h in (0, 8, 16)]
    assert [Every.parse(t).iso_duration for t in ("15m", "2h", "1d")] == ["PT15M", "PT2H", "P1D"]
    assert [Every.parse(t).randomized_delay_seconds for t in ("15m", "1h", "1d")] == [90, 300, 300]


@needs_systemd_analyze
@pytest.mark.parametrize("minutes", Every.choices())
def test_systemd_accepts_every_calendar_expression(minutes: int) -> None:
    expression = Every(minutes).on_calendar
    result = subprocess.run([SYSTEMD_ANALYZE, "calendar", expression], capture_output=True, text=True, timeout=30, check=False)
    assert result.returncode == 0, result.stderr
    assert "Next elapse" in result.stdout


def test_the_command_uses_this_interpreter_as_is(tmp_path: Path) -> None:
    venv_python = tmp_path / "venv" / "bin" / "python"  # a venv's python is a symlink: never resolve it
    assert collect_command(executable=str(venv_python), frozen=False, platform="linux") == [str(venv_python), "-m", "lockcare", "collect"]
    assert collect_command(executable="/opt/lockcare/lockcare", frozen=True, platform="linux") == ["/opt/lockcare/lockcare", "collect"]
    assert collect_command(executable=sys.executable, frozen=False, data_dir=tmp_path / "my data")[-2:] == ["--data-dir", str(tmp_path / "my data")]


def test_windows_runs_the_console_less_interpreter_when_there_is_one(tmp_path: Path) -> None:
    (tmp_path / "python.exe").write_bytes(b"")
    assert collect_command(executable=str(tmp_path / "python.exe"), frozen=False, platform="win32")[0] == str(tmp_path / "python.exe")
    (tmp_path / "pythonw.exe").write_bytes(b"")
    assert collect_command(executable=str(tmp_path / "python.exe"), frozen=False, platform="win32")[0] == str(tmp_path / "pythonw.exe")


def test_the_systemd_units_run_collect_and_catch_up(tmp_path: Path) -> None:
    service = systemd_service([sys.executable, "-m", "lockcare", "collect", "--data-dir", "/home/a b/100%$x"])
    timer = systemd_timer(Every.parse("1h"))

    assert f'ExecStart="{sys.executable}" "-m" "lockcare" "collect" "--data-dir" "/home/a b/100%%$$x"' in service
    assert "Type=oneshot" in service
    assert "OnCalendar=hourly" in timer and "Persistent=true" in timer and "RandomizedDelaySec=300" in timer
    assert "WantedBy=timers.target" in timer


@needs_systemd_analyze
@pytest.mark.parametrize("every", ["15m", "1h", "12h", "1d"])
def test_systemd_analyze_verifies_the_units(tmp_path: Path, every: str) -> None:
    units = tmp_path / "units"
    units.mkdir()
    (units / "lockcare-collect.service").write_text(systemd_service(collect_command(data_dir=tmp_path / "data dir")))
    (units / "lockcare-collect.timer").write_text(systemd_timer(Every.parse(every)))
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    env = {**os.environ, "XDG_RUNTIME_DIR": str(runtime)}

    result = subprocess.run(
        [SYSTEMD_ANALYZE, "--user", "verify", str(units / "lockcare-collect.service"), str(units / "lockcare-collect.timer")],
        capture_output=True, text=True, timeout=60, check=False, env=env,
    )  # fmt: skip

    assert result.returncode == 0, result.stderr
    assert result.stderr.strip() == ""  # no ignored keys, no bad values


def test_the_launch_agent_runs_collect_on_the_calendar(tmp_path: Path) -> None:
    data = plistlib.loads(launchd_plist(["/usr/bin/python3", "-m", "lockcare", "collect"], Every.parse("2h"), log_dir=tmp_path))

    assert data["Label"] == LAUNCHD_LABEL
    assert data["ProgramArguments"] == ["/usr/bin/python3", "-m", "lockcare", "collect"]
    assert data["StartCalendarInterval"] == [{"Hour": h, "Minute": 0} for h in range(0, 24, 2)]
    assert data["RunAtLoad"] is False
    assert data["StandardErrorPath"] == str(tmp_path / "collect.err.log")


@pytest.mark.skipif(shutil.which("plutil") is None, reason="plutil exists only on macOS")
def test_plutil_accepts_the_launch_agent(tmp_path: Path) -> None:
    plist = tmp_path / "agent.plist"
    plist.write_bytes(launchd_plist(["/usr/bin/python3", "-m", "lockcare", "collect"], Every.parse("1h"), log_dir=tmp_path))
    assert subprocess.run(["plutil", "-lint", str(plist)], capture_output=True, timeout=30, check=False).returncode == 0


@pytest.mark.parametrize("every", ["30m", "1h", "1d"])
def test_the_windows_task_starts_when_available_and_reads_back(every: str) -> None:
    command = [r"C:\Program Files\Python311\pythonw.exe", "-m", "lockcare", "collect", "--data-dir", r"C:\Users\Ann\lock data"]
    text = windows_task_xml(command, Every.parse(every))

    assert text.startswith('<?xml version="1.0" encoding="UTF-16"?>')
    text.encode("utf-16")
    root = ET.fromstring(text.split("\n", 1)[1])
    ns = {"t": TASK_NAMESPACE}
    assert root.findtext("t:Settings/t:StartWhenAvailable", namespaces=ns) == "true"
    assert root.findtext("t:Settings/t:MultipleInstancesPolicy", namespaces=ns) == "IgnoreNew"
    assert root.findtext("t:Actions/t:Exec/t:Command", namespaces=ns) == command[0]
    assert root.findtext("t:Actions/t:Exec/t:Arguments", namespaces=ns) == r'-m lockcare collect --data-dir "C:\Users\Ann\lock data"'
    info = read_task_xml(text)
    assert (info.every, info.enabled) == (every, True)
    assert info.command_line.startswith(command[0])


def test_a_broken_task_definition_is_a_value_error() -> None:
    with pytest.raises(ValueError):
        read_task_xml("<Task")


def test_the_cron_line_quotes_and_escapes() -> None:
    line = cron_line(["/home/ann/my venv/bin/python", "-m", "lockcare", "collect", "--data-dir", "/data/100%"], Every.parse("1h"))
    assert line == "0 * * * * '/home/ann/my venv/bin/python' -m lockcare collect --data-dir /data/100\\% >/dev/null 2>&1"
