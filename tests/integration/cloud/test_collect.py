"""One unattended pass: LAN reads, the cloud harvest, notifications; never two at once."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from lockcare.core.models import Lock
from lockcare.devices.fakecloud import FakeTuyaCloud, seed_week
from lockcare.devices.sim import SimLock
from lockcare.platform.runlock import AlreadyRunning, single_run
from lockcare.services.registry import Services
from lockcare.storage.keys import MemoryKeyStore
from tests.integration.cloud.conftest import Home, now_ms
from tests.support.services import opened_services

pytestmark = pytest.mark.integration


class Recorder:
    """Stands in for the desktop: keeps every notification."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, str]] = []

    def __call__(self, title: str, message: str) -> None:
        self.shown.append((title, message))


@pytest.fixture
def notices() -> Recorder:
    return Recorder()


@pytest.fixture
def services(data_dir: Path, key_store: MemoryKeyStore, notices: Recorder) -> Iterator[Services]:
    with opened_services(data_dir, key_store=key_store, notify=notices) as (_storage, built):
        yield built


@pytest.fixture
def sim() -> Iterator[SimLock]:
    lock = SimLock("keep_alive", "3.3", battery_level=88).start()
    yield lock
    lock.stop()


def test_collect_reads_the_lan_harvests_and_notifies_a_battery_crossing_20_percent_and_a_fresh_alarm(
    home: Home, fake_cloud: FakeTuyaCloud, services: Services, notices: Recorder, sim: SimLock
) -> None:
    services.locks.add_lock(Lock(name="Shed", device_id=sim.device_id, address=sim.host, port=sim.port,
                                 version=sim.version), sim.local_key)
    services.cloud.link("eu", fake_cloud.project.access_id, fake_cloud.project.access_secret)
    services.cloud_import.import_locks()
    now = now_ms()
    seed_week(home.front, now_ms=now, start_percent=30, drain_per_day=2.0, alarms=((6.5, "pry"), (2.0, "tongue_bad")))
    seed_week(home.garage, now_ms=now, start_percent=90, alarms=((6.8, "wrong_finger"),))

    report = services.collect.run()
    again = services.collect.run()

    assert [r.lock.name for r in report.reads] == ["Shed"] and report.reads[0].reachable
    assert {h.lock for h in report.harvest} == {"Back door", "Front door", "Garage"} and report.ok
    titles = [title for title, _ in notices.shown]
    assert titles == ["Front door: battery low (16 %)", "Front door: someone tried to force the lock"]
    assert again.notices == () and len(notices.shown) == 2  # nothing new the second time
    assert [r.lock.name for r in again.reads] == ["Shed"]
    assert not fake_cloud.command_calls()


def test_without_a_cloud_link_collect_only_reads_the_lan(services: Services, notices: Recorder, sim: SimLock) -> None:
    services.locks.add_lock(Lock(name="Shed", device_id=sim.device_id, address=sim.host, port=sim.port,
                                 version=sim.version), sim.local_key)

    report = services.collect.run()

    assert report.cloud_linked is False and report.harvest == ()
    assert report.reads[0].reachable and report.reads[0].observation.battery_percent == 88
    assert notices.shown == []


def test_two_collectors_never_run_at_once(services: Services, data_dir: Path, notices: Recorder) -> None:
    with single_run("collect", folder=data_dir), pytest.raises(AlreadyRunning, match="already running"):
        services.collect.run()

    assert services.collect.run().ok  # free again once the other one finished


def test_a_lock_reporting_only_levels_is_notified_in_words(home: Home, fake_cloud: FakeTuyaCloud, services: Services,
                                                           notices: Recorder) -> None:
    services.cloud.link("eu", fake_cloud.project.access_id, fake_cloud.project.access_secret)
    services.cloud_import.import_locks()
    home.garage.status["battery_state"] = "poweroff"  # no log entries: the current status fills it in
    home.back.status["battery_state"] = "medium"

    services.collect.run()

    assert [title for title, _ in notices.shown] == ["Garage: battery empty"]
