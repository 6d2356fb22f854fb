"""The real ``lockcare`` command line in subprocesses against the fake cloud, nothing in between.

Each run gets a clean environment (its own home and XDG folders, no ``LOCKCARE_DATA_DIR``,
no desktop session) and finds the cloud the way a user's proxy would be found:
``LOCKCARE_TUYA_API_HOST`` and ``REQUESTS_CA_BUNDLE``. The secret only ever travels on stdin.
"""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest

from lockcare.devices.fakecloud import FakeTuyaCloud, faults, seed_week
from tests.integration.cloud.conftest import Home, now_ms, refused_links

pytestmark = [pytest.mark.integration, pytest.mark.slow]

_SESSION = ("LOCKCARE_DATA_DIR", "DBUS_SESSION_BUS_ADDRESS", "DISPLAY", "WAYLAND_DISPLAY")
HARVEST_KEYS = ["lock", "id", "readings_added", "alarms_added", "unlocks_added", "through", "error"]


class Cli:
    """Runs ``python -m lockcare ... --data-dir DIR`` as a user would, in a clean environment."""

    def __init__(self, tmp_path: Path, cloud: FakeTuyaCloud) -> None:
        home = tmp_path / "home"
        self.data = tmp_path / "data"
        self.env = {k: v for k, v in os.environ.items() if k not in _SESSION}
        self.env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / "config"), XDG_DATA_HOME=str(home / "share"),
                        XDG_STATE_HOME=str(home / "state"), XDG_CACHE_HOME=str(home / "cache"),
                        XDG_RUNTIME_DIR=str(home / "run"), **cloud.client_env())
        self.cloud = cloud

    def __call__(self, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "lockcare", *args, "--data-dir", str(self.data)], input=stdin,
                              env=self.env, capture_output=True, text=True, timeout=120, check=False)

    def link(self, secret: str | None = None, region: str = "eu") -> subprocess.CompletedProcess[str]:
        secret = self.cloud.project.access_secret if secret is None else secret
        return self("cloud", "link", "--region", region, "--access-id", self.cloud.project.access_id,
                    "--access-secret-stdin", stdin=secret + "\n")

    def harvest(self, *locks: str) -> tuple[int, list[dict[str, object]]]:
        result = self("harvest", *locks, "--json")
        assert "Traceback" not in result.stderr, result.stderr
        return result.returncode, [json.loads(line) for line in result.stdout.splitlines()]


@pytest.fixture
def cli(tmp_path: Path, fake_cloud: FakeTuyaCloud) -> Cli:
    return Cli(tmp_path, fake_cloud)


def plain_failure(result: subprocess.CompletedProcess[str], secret: str) -> str:
    assert result.returncode == 1 and "Traceback" not in result.stderr and result.stdout == ""
    assert secret not in result.stderr and len(result.stderr.strip().splitlines()) == 1
    return result.stderr


def test_link_status_and_unlink(home: Home, cli: Cli, fake_cloud: FakeTuyaCloud) -> None:
    linked = cli.link()
    status = json.loads(cli("cloud", "status", "--json").stdout)
    unlinked = cli("cloud", "unlink")
    after = json.loads(cli("cloud", "status", "--json").stdout)

    assert linked.returncode == 0 and "3 locks found" in linked.stdout, linked.stderr
    assert status == {"linked": True, "region": "eu", "access_id": fake_cloud.project.access_id, "locks": 0,
                      "last_harvest": None, "problem": None}
    assert unlinked.returncode == 0 and "Forgot" in unlinked.stdout
    assert after["linked"] is False
    keys = (cli.data / "keys.json").read_text()  # no keyring in the clean environment: the 0600 file
    assert fake_cloud.project.access_secret not in keys


@refused_links
def test_a_refused_link_is_one_plain_line_with_its_kind(home: Home, cli: Cli, fake_cloud: FakeTuyaCloud, setup,
                                                        kind: str, words: str) -> None:
    setup(fake_cloud)
    secret = "9" * 32 if kind == "credentials" else fake_cloud.project.access_secret

    message = plain_failure(cli.link(secret), secret)

    assert f"({kind})" in message and words in message
    assert json.loads(cli("cloud", "status", "--json").stdout)["linked"] is False


def test_the_secret_is_never_an_argument(home: Home, cli: Cli) -> None:
    refused = cli("cloud", "link", "--region", "eu", "--access-id", "abc", "--access-secret", "s3cr3t")
    no_stdin = cli("cloud", "link", "--region", "eu", "--access-id", "abc")

    assert refused.returncode == 2 and "unrecognized arguments" in refused.stderr
    assert no_stdin.returncode == 1 and "--access-secret-stdin" in no_stdin.stderr


def test_import_adds_locks_and_the_gateway_skips_the_plug_and_reports_a_changed_key(home: Home, cli: Cli) -> None:
    cli.link()

    first = json.loads(cli("cloud", "import", "--json").stdout)
    home.front.local_key = "fedcba9876543210"
    second = json.loads(cli("cloud", "import", "--json").stdout)
    locks = {lock["name"]: lock for lock in json.loads(cli("locks", "--json").stdout)}

    assert first["added"] == ["Back door", "Front door", "Garage"] and first["gateways"] == ["Hallway hub"]
    assert first["skipped"] == 1 and first["updated"] == []
    assert second["added"] == [] and second["updated"] == ["Front door: local key updated"]
    assert set(locks) == {"Back door", "Front door", "Garage"}  # gateways are not listed as locks
    assert locks["Back door"]["kind"] == "gateway-child" and locks["Back door"]["gateway_id"] == home.hub.device_id
    assert all(lock["address"] == "" for lock in locks.values())


def test_harvest_json_lines_a_second_run_adds_nothing_and_no_command_is_ever_sent(
    home: Home, cli: Cli, fake_cloud: FakeTuyaCloud
) -> None:
    counts = seed_week(home.front, now_ms=now_ms(), battery_every=timedelta(minutes=10))
    cli.link()
    cli("cloud", "import")

    code, lines = cli.harvest()
    pages = fake_cloud.count(r"/logs$")
    again_code, again = cli.harvest("Front door")
    status = json.loads(cli("cloud", "status", "--json").stdout)

    front = next(line for line in lines if line["lock"] == "Front door")
    assert code == 0 and [list(line) for line in lines] == [HARVEST_KEYS] * 3
    assert (front["readings_added"], front["alarms_added"], front["unlocks_added"]) == (
        counts["battery"], counts["alarm"], counts["unlock"])
    assert front["error"] is None and front["through"].endswith("+00:00")
    assert pages >= 3 * 7  # a week of day windows for each of three locks, two pages a day for the busy one
    assert again_code == 0 and [(a["readings_added"], a["alarms_added"], a["unlocks_added"]) for a in again] == [(0, 0, 0)]
    assert status["locks"] == 3 and status["last_harvest"] is not None and status["problem"] is None
    assert not fake_cloud.command_calls()


def test_a_500_in_the_middle_exits_3_keeps_what_was_complete_and_the_next_run_finishes_exactly(
    home: Home, cli: Cli, fake_cloud: FakeTuyaCloud
) -> None:
    counts = seed_week(home.front, now_ms=now_ms(), battery_every=timedelta(minutes=10))
    total = counts["battery"] + counts["alarm"] + counts["unlock"]
    cli.link()
    cli("cloud", "import")
    fake_cloud.inject(r"/logs$", faults.HTTP_500, after=6)

    code, broken = cli.harvest("Front door")
    fake_cloud.inject(r"/logs$", faults.EXPIRE_TOKENS, after=2)  # and the token expires halfway through the next run
    again_code, finished = cli.harvest("Front door")

    def added(line: dict[str, object]) -> int:
        return int(line["readings_added"]) + int(line["alarms_added"]) + int(line["unlocks_added"])

    assert code == 3 and broken[0]["error"]["kind"] == "server" and broken[0]["through"] is not None
    assert 0 < added(broken[0]) < total
    assert again_code == 0 and finished[0]["error"] is None
    assert added(broken[0]) + added(finished[0]) == total
    history = json.loads(cli("history", "Front door", "--json").stdout)
    assert len([r for r in history["readings"] if r["source"] == "cloud"]) == counts["battery"]


def test_collect_runs_without_qt_and_quietly_without_a_notification_service(home: Home, cli: Cli) -> None:
    seed_week(home.front, now_ms=now_ms(), start_percent=30, drain_per_day=2.0)
    cli.link()
    cli("cloud", "import")
    script = ("import sys; from lockcare.cli import main; code = main(sys.argv[1:]); "
              "print('qt loaded' if 'PySide6' in sys.modules else 'no qt', file=sys.stderr); sys.exit(code)")

    result = subprocess.run([sys.executable, "-c", script, "collect", "--json", "--data-dir", str(cli.data)],
                            env=cli.env, capture_output=True, text=True, timeout=120, check=False)

    report = json.loads(result.stdout)
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip() == "no qt"
    assert report["cloud_linked"] is True and len(report["harvest"]) == 3
    assert [n["title"] for n in report["notified"]] == ["Front door: battery low (16 %)"]


FAKE_SYSTEMCTL = """#!/bin/sh
echo "$@" >> "$(dirname "$0")/calls.log"
case "$2" in
  is-enabled) echo enabled ;;
  is-active) echo active ;;
esac
exit 0
"""


def test_schedule_install_status_and_remove_through_the_os_scheduler(tmp_path: Path, cli: Cli) -> None:
    tools = tmp_path / "bin"
    tools.mkdir()
    systemctl = tools / "systemctl"
    systemctl.write_text(FAKE_SYSTEMCTL)
    systemctl.chmod(systemctl.stat().st_mode | stat.S_IEXEC)
    cli.env["PATH"] = f"{tools}{os.pathsep}{cli.env['PATH']}"
    units = Path(cli.env["XDG_CONFIG_HOME"]) / "systemd" / "user"

    installed = cli("schedule", "install", "--every", "2h")
    status = json.loads(cli("schedule", "status", "--json").stdout)
    service = (units / "lockcare-collect.service").read_text()
    timer = (units / "lockcare-collect.timer").read_text()
    removed = cli("schedule", "remove")

    assert installed.returncode == 0 and "every 2h" in installed.stdout, installed.stderr
    assert status["scheduler"] == "systemd" and status["installed"] is True and status["every"] == "2h"
    assert f'"{sys.executable}" "-m" "lockcare" "collect" "--data-dir" "{cli.data}"' in service
    assert "Persistent=true" in timer and "OnCalendar=*-*-* 00/2:00:00" in timer
    assert removed.returncode == 0 and not (units / "lockcare-collect.timer").exists()
    calls = (tools / "calls.log").read_text().splitlines()
    assert "--user enable --now lockcare-collect.timer" in calls
    assert "--user disable --now lockcare-collect.timer" in calls


def test_a_lock_that_refuses_its_key_suggests_the_cloud_import(cli: Cli) -> None:
    from lockcare.devices.sim import SimLock

    sim = SimLock("keep_alive", "3.4").start()
    try:
        cli("add", "--name", "Shed", "--id", sim.device_id, "--address", sim.host, "--port", str(sim.port),
            "--key", "0000000000000000", "--version", "3.4")
        result = cli("read", "Shed")
    finally:
        sim.stop()

    assert result.returncode == 3 and "Shed: not reachable (wrong-key)." in result.stdout and "local key" in result.stdout
    assert "“lockcare cloud import” fetches its current key" in result.stderr
    assert "lockcare edit" in result.stderr and "--key-stdin" in result.stderr  # the way out without a cloud
