"""Linking, importing and harvesting through lockcare's services against the fake cloud (real tinytuya underneath)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest

from lockcare.storage.migrations import SCHEMA_VERSION
from lockcare.core.cloud import to_ms
from lockcare.core.cloudlink import secret_key_name
from lockcare.core.models import LockKind, LockStatus, ReadingSource
from lockcare.core.vocabulary import Reachability
from lockcare.devices.cloud import CloudError
from lockcare.devices.fakecloud import FakeTuyaCloud, faults, seed_week
from lockcare.services.cloud_link import NotLinkedError
from lockcare.services.registry import Services
from lockcare.storage import DATABASE_FILE, Storage
from lockcare.storage.keys import MemoryKeyStore
from tests.integration.cloud.conftest import Home, now_ms, refused_links
from tests.support.services import opened_services

pytestmark = pytest.mark.integration
LOGS = r"/logs$"


@pytest.fixture
def opened(data_dir: Path, key_store: MemoryKeyStore) -> Iterator[tuple[Storage, Services]]:
    with opened_services(data_dir, key_store=key_store) as pair:
        yield pair


@pytest.fixture
def services(opened: tuple[Storage, Services]) -> Services:
    return opened[1]


def link(services: Services, cloud: FakeTuyaCloud) -> int:
    return services.cloud.link("eu", cloud.project.access_id, cloud.project.access_secret)


# -- link -----------------------------------------------------------------------------


def test_link_proves_the_credentials_counts_the_locks_and_keeps_the_secret_out_of_the_database(
    home: Home, fake_cloud: FakeTuyaCloud, services: Services, key_store: MemoryKeyStore, data_dir: Path
) -> None:
    locks = link(services, fake_cloud)

    status = services.cloud.status().to_json()
    assert locks == 3  # two Wi-Fi locks and the hub's BLE lock; the hub and the plug are no locks
    assert status == {"linked": True, "region": "eu", "access_id": fake_cloud.project.access_id, "locks": 0,
                      "last_harvest": None, "problem": None}
    assert key_store.get(secret_key_name(fake_cloud.project.access_id)) == fake_cloud.project.access_secret
    database = (data_dir / DATABASE_FILE).read_bytes() + (data_dir / (DATABASE_FILE + "-wal")).read_bytes()
    assert fake_cloud.project.access_secret.encode() not in database
    assert fake_cloud.count(r"/token$") >= 1 and fake_cloud.count(r"devices") >= 1


@refused_links
def test_a_refused_link_says_why_and_remembers_nothing(
    home: Home, fake_cloud: FakeTuyaCloud, services: Services, key_store: MemoryKeyStore, setup, kind: str, words: str
) -> None:
    setup(fake_cloud)
    secret = "0" * 32 if kind == "credentials" else fake_cloud.project.access_secret

    with pytest.raises(CloudError) as caught:
        services.cloud.link("eu", fake_cloud.project.access_id, secret)

    assert caught.value.kind == kind and words in caught.value.message
    assert services.cloud.status().linked is False
    assert key_store.keys == {}


def test_unlink_forgets_the_secret_and_keeps_the_locks(home: Home, fake_cloud: FakeTuyaCloud, services: Services,
                                                       key_store: MemoryKeyStore) -> None:
    link(services, fake_cloud)
    services.cloud_import.import_locks()

    assert services.cloud.unlink() is True

    assert secret_key_name(fake_cloud.project.access_id) not in key_store.keys
    assert services.cloud.status().to_json()["linked"] is False
    assert len(services.harvest.linked_locks()) == 3
    with pytest.raises(NotLinkedError):
        services.harvest.harvest()
    assert services.cloud.unlink() is False


# -- import ---------------------------------------------------------------------------


def test_import_adds_locks_and_the_gateway_of_a_child_skips_the_plug_and_never_uses_the_cloud_ip(
    home: Home, fake_cloud: FakeTuyaCloud, services: Services, key_store: MemoryKeyStore
) -> None:
    link(services, fake_cloud)

    report = services.cloud_import.import_locks()

    assert report.added == ("Back door", "Front door", "Garage") and report.skipped == 1
    assert report.gateways == ("Hallway hub",)
    front, garage = services.locks.resolve("Front door"), services.locks.resolve("Garage")
    back, hub = services.locks.resolve("Back door"), services.locks.resolve("Hallway hub")
    assert (front.kind, garage.kind, back.kind, hub.kind) == (LockKind.WIFI, LockKind.KEEP_ALIVE,
                                                              LockKind.GATEWAY_CHILD, LockKind.GATEWAY)
    assert (back.parent_device_id, back.node_id) == (home.hub.device_id, home.back.node_id)
    assert front.dp_map["battery_percent"] == 12 and back.dp_map["battery_percent"] == 8  # from each specification
    assert front.dp_map["alarm"] == 8 and back.dp_map["alarm"] == 21
    assert all(lock.address == "" for lock in (front, garage, back, hub))  # 203.0.113.7 is the home's public ip
    assert key_store.get(front.device_id) == home.front.local_key
    assert key_store.get(hub.device_id) == home.hub.local_key
    assert key_store.get(back.device_id) is None  # a child is read with its gateway's key
    assert services.locks.find_by_device_id(home.plug.device_id) is None


def test_a_second_import_adds_nothing_and_a_re_paired_lock_gets_its_new_key_and_says_so(
    home: Home, fake_cloud: FakeTuyaCloud, services: Services, opened: tuple[Storage, Services], key_store: MemoryKeyStore
) -> None:
    link(services, fake_cloud)
    services.cloud_import.import_locks()
    storage = opened[0]
    front = services.locks.resolve("Front door")
    storage.locks.save_status(LockStatus(lock_id=front.id, state=Reachability.WRONG_KEY, message="refused"))

    again = services.cloud_import.import_locks()
    home.front.local_key = "0123456789abcdef"  # paired again in the phone app
    home.garage.name = "Garage side door"  # renamed in the app
    changed = services.cloud_import.import_locks()

    assert again.added == () and again.updated == () and len(services.locks.locks()) == 4
    assert changed.updated == ("Front door: local key updated", "Garage: renamed to “Garage side door”")
    assert "Front door: local key updated." in changed.summary()
    assert key_store.get(front.device_id) == "0123456789abcdef"
    assert services.locks.status(front).state == Reachability.UNKNOWN  # the new key is worth a read
    assert len(services.locks.locks()) == 4


def test_a_name_given_in_lockcare_is_kept_when_the_cloud_name_did_not_change(
    home: Home, fake_cloud: FakeTuyaCloud, services: Services
) -> None:
    link(services, fake_cloud)
    services.cloud_import.import_locks()
    services.locks.update_lock(replace(services.locks.resolve("Front door"), name="Main entrance"))

    report = services.cloud_import.import_locks()

    assert "Main entrance" in report.unchanged
    assert [lock.name for lock in services.locks.locks() if lock.device_id == home.front.device_id] == ["Main entrance"]


def test_an_import_that_fails_part_way_stores_nothing(home: Home, fake_cloud: FakeTuyaCloud, services: Services) -> None:
    link(services, fake_cloud)
    fake_cloud.inject(r"/specifications$", faults.HTTP_500, after=1)

    with pytest.raises(CloudError) as caught:
        services.cloud_import.import_locks()

    assert caught.value.kind == "server"
    assert services.locks.locks() == []
    assert services.cloud.status().problem == {"kind": "server", "message": caught.value.message}


# -- harvest --------------------------------------------------------------------------


def busy_week(home: Home) -> int:
    """A week of reports on the front door, a battery reading every 10 min (two pages a day)."""
    counts = seed_week(home.front, now_ms=now_ms(), battery_every=timedelta(minutes=10))
    return counts["battery"] + counts["unlock"] + counts["alarm"]


def stored(storage: Storage, lock_id: int) -> tuple[int, int, int]:
    conn = storage.db.connection
    readings = conn.execute("SELECT count(*) FROM battery_readings WHERE lock_id = ? AND source = 'cloud'",
                            (lock_id,)).fetchone()[0]
    alarms, unlocks = (conn.execute("SELECT count(*) FROM lock_events WHERE lock_id = ? AND kind = ? AND source = 'cloud'",
                                    (lock_id, kind)).fetchone()[0] for kind in ("alarm", "unlock"))
    return readings, alarms, unlocks


@pytest.fixture
def imported(home: Home, fake_cloud: FakeTuyaCloud, services: Services) -> Home:
    link(services, fake_cloud)
    services.cloud_import.import_locks()
    return home


def test_harvest_stores_a_week_across_pages_at_the_events_own_times_and_a_second_adds_nothing(
    imported: Home, fake_cloud: FakeTuyaCloud, services: Services, opened: tuple[Storage, Services]
) -> None:
    expected = busy_week(imported)
    front = services.locks.resolve("Front door")

    first = {h.lock: h for h in services.harvest.harvest(["Front door"])}["Front door"]
    pages = fake_cloud.count(LOGS)
    second = services.harvest.harvest(["Front door"])[0]

    assert pages >= 3
    assert first.readings_added + first.alarms_added + first.unlocks_added == expected
    assert stored(opened[0], front.id) == (first.readings_added, first.alarms_added, first.unlocks_added)
    assert (second.readings_added, second.alarms_added, second.unlocks_added) == (0, 0, 0)
    assert second.through >= first.through
    readings = [r for r in services.locks.history(front).readings if r.source is ReadingSource.CLOUD]
    seeded = sorted((e.event_time, int(e.value)) for e in imported.front.reports() if e.code == "residual_electricity")
    assert [(to_ms(r.at), r.percent) for r in readings] == seeded
    assert not fake_cloud.command_calls()
    assert services.cloud.status().last_harvest is not None


def test_a_500_on_a_middle_page_keeps_what_was_complete_and_the_next_harvest_gets_exactly_the_rest(
    imported: Home, fake_cloud: FakeTuyaCloud, services: Services, opened: tuple[Storage, Services]
) -> None:
    expected = busy_week(imported)
    front = services.locks.resolve("Front door")
    fake_cloud.inject(LOGS, faults.HTTP_500, after=5)  # a few days in

    broken = services.harvest.harvest(["Front door"])[0]
    state = opened[0].cloud.lock_state(front.id)
    kept = stored(opened[0], front.id)
    finished = services.harvest.harvest(["Front door"])[0]

    assert broken.error is not None and broken.error.kind == "server"
    assert broken.through is not None and state.harvested_through == broken.through and state.error_kind == "server"
    assert 0 < sum(kept) < expected
    assert finished.error is None
    assert sum(kept) + finished.readings_added + finished.alarms_added + finished.unlocks_added == expected
    assert sum(stored(opened[0], front.id)) == expected
    assert opened[0].cloud.lock_state(front.id).error_kind == ""


def test_a_token_that_expires_in_the_middle_is_renewed_silently(
    imported: Home, fake_cloud: FakeTuyaCloud, services: Services
) -> None:
    expected = busy_week(imported)
    fake_cloud.inject(LOGS, faults.EXPIRE_TOKENS, after=3)

    result = services.harvest.harvest(["Front door"])[0]

    assert result.error is None
    assert result.readings_added + result.alarms_added + result.unlocks_added == expected
    assert fake_cloud.count(r"/token$") >= 2


def test_a_lapsed_plan_fails_every_lock_and_is_the_link_problem(imported: Home, fake_cloud: FakeTuyaCloud, services: Services) -> None:
    fake_cloud.project.plan_expired = True

    results = services.harvest.harvest()

    assert len(results) == 3 and all(r.error is not None and r.error.kind == "subscription" for r in results)
    assert services.cloud.status().problem["kind"] == "subscription"


def test_status_fills_in_a_lock_whose_log_is_empty_only_when_it_says_something_new(
    imported: Home, fake_cloud: FakeTuyaCloud, services: Services
) -> None:
    imported.garage.status["residual_electricity"] = 71  # current value, no log entry
    garage = services.locks.resolve("Garage")

    first = services.harvest.harvest(["Garage"])[0]
    again = services.harvest.harvest(["Garage"])[0]
    imported.garage.status["residual_electricity"] = 69
    changed = services.harvest.harvest(["Garage"])[0]

    assert (first.readings_added, again.readings_added, changed.readings_added) == (1, 0, 1)
    assert [r.percent for r in services.locks.history(garage).readings] == [71, 69]


def test_naming_a_lock_that_is_not_in_the_cloud_is_a_plain_error(imported: Home, services: Services) -> None:
    from lockcare.core.errors import NotFoundError
    from lockcare.core.models import Lock

    services.locks.add_lock(Lock(name="Shed", device_id="bf00000000000000shed", address="127.0.0.1"), "0123456789abcdef")

    with pytest.raises(NotFoundError, match="cloud import"):
        services.harvest.harvest(["Shed"])


def test_the_cloud_never_is_asked_for_more_than_reads(imported: Home, fake_cloud: FakeTuyaCloud, services: Services) -> None:
    busy_week(imported)
    services.harvest.harvest()
    services.cloud_import.import_locks()

    assert fake_cloud.served() and not fake_cloud.command_calls()
    assert {s.method for s in fake_cloud.served()} == {"GET"}
    assert not any(s.secret_header for s in fake_cloud.served())


def test_the_database_keeps_one_row_per_record_even_if_two_writers_store_the_same_harvest(
    imported: Home, services: Services, opened: tuple[Storage, Services]
) -> None:
    busy_week(imported)
    plan = services.harvest.plan(["Front door"])
    fetched = services.harvest.fetch(plan)

    first = services.harvest.apply(fetched)[0]
    second = services.harvest.apply(fetched)[0]  # as a collector and the window would, one after the other

    assert first.readings_added > 0 and (second.readings_added, second.alarms_added, second.unlocks_added) == (0, 0, 0)
    with pytest.raises(sqlite3.IntegrityError):
        opened[0].db.connection.execute(
            "INSERT INTO battery_readings (lock_id, at, percent, source) SELECT lock_id, at, percent, source "
            "FROM battery_readings WHERE source = 'cloud' LIMIT 1")


def test_a_child_behind_a_gateway_with_no_address_yet_is_a_plain_setup_error(imported: Home, services: Services) -> None:
    from lockcare.core.errors import LockcareError

    back = services.locks.resolve("Back door")

    with pytest.raises(LockcareError, match="Hallway hub.*no address yet"):
        services.reading.connection_for(back)


def test_a_backup_carries_the_cloud_secret_only_when_keys_are_asked_for(imported: Home, fake_cloud: FakeTuyaCloud,
                                                                       services: Services, tmp_path: Path) -> None:
    services.backup.create(tmp_path / "plain.lockcare")
    services.backup.create(tmp_path / "keys.lockcare", include_keys=True)

    secret = fake_cloud.project.access_secret.encode()
    assert secret not in (tmp_path / "plain.lockcare").read_bytes()
    with services.backup._backups.check(tmp_path / "keys.lockcare") as checked:  # noqa: SLF001 - what the file holds
        keys = dict(checked.keys)
    assert keys[secret_key_name(fake_cloud.project.access_id)] == fake_cloud.project.access_secret
    assert services.backup.inspect(tmp_path / "plain.lockcare").schema_version == SCHEMA_VERSION
