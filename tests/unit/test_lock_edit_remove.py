"""Editing, re-keying, removing and bringing back a lock: validated first, one transaction each."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from lockcare.core.errors import NotFoundError, ValidationError
from lockcare.core.models import BatteryReading, Lock, LockEvent, LockKind, LockStatus, TroubleshootRun
from lockcare.services.registry import Services
from lockcare.storage import Storage
from lockcare.storage.keys import KeyStoreError, MemoryKeyStore
from tests.support.services import opened_services

KEY = "0123456789abcdef"
NEW_KEY = "fedcba9876543210"
T0 = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
FRONT = Lock(name="Front door", device_id="bf3a1c2d3e4f5a6b7c8d", address="192.0.2.40", version="3.4")
SHED = Lock(name="Shed", device_id="bf3a1c2d3e4f5a6b7c99", address="192.0.2.41", version="3.3")


class Refusing(MemoryKeyStore):
    """A key store that refuses every write and delete (a locked wallet, a full disk)."""

    refuse = False

    def set(self, device_id: str, key: str) -> None:
        if self.refuse:
            raise KeyStoreError("The system keyring refused the key (the wallet is locked).")
        super().set(device_id, key)

    def delete(self, device_id: str) -> None:
        if self.refuse:
            raise KeyStoreError("The system keyring refused to forget the key (the wallet is locked).")
        super().delete(device_id)


@pytest.fixture
def keys() -> Refusing:
    return Refusing()


@pytest.fixture
def opened(data_dir: Path, keys: Refusing) -> Iterator[tuple[Storage, Services]]:
    with opened_services(data_dir, key_store=keys, clock=lambda: T0 + timedelta(days=30)) as pair:
        yield pair


def _fill(storage: Storage, services: Services) -> Lock:
    """Front door with a little of everything: readings, a swap, log entries, a run, events, values, status."""
    lock = services.locks.add_lock(FRONT, KEY)
    assert lock.id is not None
    storage.battery.add_readings(
        BatteryReading(lock_id=lock.id, at=T0 + timedelta(hours=h), percent=90 - h) for h in range(12)
    )
    services.maintenance.record_swap(lock, at=T0 + timedelta(days=2), brand="Varta", note="all four")
    services.maintenance.add_entry(lock, "lubrication", at=T0 + timedelta(days=3), notes="graphite")
    services.maintenance.record_run(TroubleshootRun(lock_id=lock.id, started_at=T0 + timedelta(days=4), symptom="slow"))
    storage.battery.add_events([LockEvent(lock_id=lock.id, at=T0, kind="alarm", code="low_battery")])
    storage.last_values.remember(lock.id, {"8": 41, "9": "medium"})
    storage.locks.save_status(LockStatus(lock_id=lock.id, last_attempt_at=T0, last_seen_at=T0, state="ok"))
    return lock


def _everything(storage: Storage, services: Services, lock: Lock) -> dict[str, object]:
    """All that is stored about a lock, ids left out (they may change when brought back)."""
    assert lock.id is not None
    strip = lambda items: [replace(x, id=None, lock_id=0) for x in items]  # noqa: E731
    return {
        "lock": replace(lock, id=None),
        "readings": strip(storage.battery.readings(lock.id)),
        "swaps": strip(storage.battery.swaps(lock.id)),
        "entries": [replace(e, id=None, lock_id=0, swap_id=None, run_id=None)
                    for e in storage.maintenance.entries(lock_ids=[lock.id], newest_first=False)],
        "entry_links": [(e.swap_id is not None, e.run_id is not None)
                        for e in storage.maintenance.entries(lock_ids=[lock.id], newest_first=False)],
        "runs": strip(storage.maintenance.runs(lock.id)),
        "tasks": strip(storage.maintenance.tasks(lock.id)),
        "events": strip(storage.battery.events(lock.id)),
        "values": storage.last_values.get(lock.id),
        "status": replace(storage.locks.status(lock.id), lock_id=0),
        "key": services.locks.local_key(lock),
    }


def test_removing_takes_everything_and_says_what(opened: tuple[Storage, Services]) -> None:
    storage, services = opened
    lock = _fill(storage, services)
    other = services.locks.add_lock(SHED, NEW_KEY)
    footprint = services.locks.removal_footprint(lock)
    assert footprint.words() == "Front door, 12 readings, 3 log entries, 1 recorded event, its key"
    assert (footprint.swaps, footprint.tasks > 0) == (1, True)

    removed = services.locks.remove_lock(lock)

    assert removed.footprint == footprint
    assert [x.name for x in services.locks.locks()] == ["Shed"]
    assert storage.db.query("SELECT COUNT(*) AS n FROM troubleshoot_runs")[0]["n"] == 0  # not left pointing nowhere
    for table in ("battery_readings", "battery_swaps", "log_entries", "lock_events", "recurring_tasks", "lock_status"):
        rows = storage.db.query(f"SELECT COUNT(*) AS n FROM {table} WHERE lock_id = ?", (lock.id,))  # noqa: S608
        assert rows[0]["n"] == 0, table
    assert storage.last_values.get(lock.id) == {}  # type: ignore[arg-type]
    assert services.locks.local_key(lock) is None
    assert services.locks.local_key(other) == NEW_KEY
    assert KEY not in repr(removed)


def test_undo_brings_back_exactly_what_was_removed(opened: tuple[Storage, Services]) -> None:
    storage, services = opened
    lock = _fill(storage, services)
    before = _everything(storage, services, lock)

    restored = services.locks.restore_removed(services.locks.remove_lock(lock))

    assert restored.id == lock.id
    assert _everything(storage, services, restored) == before
    assert services.plan.due(lock=restored)  # its tasks are scheduled again


def test_undo_after_the_ids_were_taken_renumbers_and_keeps_the_links(opened: tuple[Storage, Services]) -> None:
    storage, services = opened
    lock = _fill(storage, services)
    before = _everything(storage, services, lock)
    removed = services.locks.remove_lock(lock)
    newcomer = services.locks.add_lock(SHED, NEW_KEY)  # takes the freed lock id
    assert newcomer.id == lock.id
    assert newcomer.id is not None
    services.maintenance.record_swap(newcomer, at=T0 + timedelta(days=5))  # and a swap and entry id

    restored = services.locks.restore_removed(removed)

    assert restored.id != lock.id
    assert _everything(storage, services, restored) == before
    assert len(storage.maintenance.entries(lock_ids=[newcomer.id])) == 1
    assert services.locks.local_key(newcomer) == NEW_KEY


def test_undo_is_refused_when_the_name_was_taken_and_changes_nothing(opened: tuple[Storage, Services]) -> None:
    storage, services = opened
    lock = _fill(storage, services)
    removed = services.locks.remove_lock(lock)
    services.locks.add_lock(replace(SHED, name="FRONT DOOR"), NEW_KEY)
    with pytest.raises(ValidationError, match="rename it"):
        services.locks.restore_removed(removed)
    assert [x.name for x in services.locks.locks()] == ["FRONT DOOR"]
    assert storage.db.query("SELECT COUNT(*) AS n FROM battery_readings")[0]["n"] == 0


def test_a_key_store_that_refuses_leaves_the_lock_in_place(opened: tuple[Storage, Services], keys: Refusing) -> None:
    storage, services = opened
    lock = _fill(storage, services)
    before = _everything(storage, services, lock)
    keys.refuse = True
    with pytest.raises(KeyStoreError, match="was not removed"):
        services.locks.remove_lock(lock)
    assert _everything(storage, services, lock) == before


def test_a_gateway_serving_locks_is_not_removed(opened: tuple[Storage, Services]) -> None:
    _storage, services = opened
    hub = services.locks.add_lock(replace(SHED, name="Hub"), KEY)
    services.pairing.add_gateway_child(Lock(name="Back door", device_id="bf3a1c2d3e4f5a6b7c77", node_id="n1"), "Hub")
    with pytest.raises(ValidationError, match="gateway of “Back door”"):
        services.locks.remove_lock(hub)
    services.locks.remove_lock(services.locks.resolve("Back door"))
    services.locks.remove_lock(hub)
    assert services.locks.locks() == []


def test_a_stale_lock_object_is_refused(opened: tuple[Storage, Services]) -> None:
    _storage, services = opened
    lock = services.locks.add_lock(FRONT, KEY)
    services.locks.remove_lock(lock)
    with pytest.raises(NotFoundError, match="no longer paired"):
        services.locks.remove_lock(lock)
    with pytest.raises(NotFoundError):
        services.locks.edit_lock(lock, name="Back")


def test_edit_changes_what_is_asked_and_forgets_the_old_reachability(opened: tuple[Storage, Services]) -> None:
    storage, services = opened
    lock = _fill(storage, services)
    renamed = services.locks.edit_lock(lock, name="  Porch ")
    assert renamed.name == "Porch"
    assert storage.locks.status(lock.id).state == "ok"  # type: ignore[arg-type]  # a name is not a place
    moved = services.locks.edit_lock(renamed, address=" front-door.local ", port=6669, version="3.5")
    assert (moved.address, moved.port, moved.version) == ("front-door.local", 6669, "3.5")
    assert services.locks.resolve("Porch") == moved
    assert storage.locks.status(lock.id).state == "unknown"  # type: ignore[arg-type]
    assert len(storage.battery.readings(lock.id)) == 12  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"name": "Shed"}, "already exists"),
        ({"name": "   "}, "Give the lock a name"),
        ({"name": "Evil\x1b[2J"}, "control characters"),
        ({"address": "192.168.1.300"}, "Address: “192.168.1.300” is not a valid IPv4 address"),
        ({"address": "not an ip!!"}, "Address: “not an ip!!” is neither"),
        ({"port": 65536}, "between 1 and 65535"),
        ({"version": "9.9"}, "Unknown protocol version"),
        ({"name": "Porch", "port": 0}, "between 1 and 65535"),  # nothing of a refused edit is kept
    ],
)
def test_a_refused_edit_changes_nothing(opened: tuple[Storage, Services], changes: dict, message: str) -> None:
    _storage, services = opened
    lock = services.locks.add_lock(FRONT, KEY)
    services.locks.add_lock(SHED, NEW_KEY)
    with pytest.raises(ValidationError, match=message.replace("(", r"\(")):
        services.locks.edit_lock(lock, **changes)
    assert services.locks.resolve(FRONT.device_id) == lock


def test_a_lock_behind_a_gateway_has_no_address_or_key_to_edit(opened: tuple[Storage, Services]) -> None:
    _storage, services = opened
    services.locks.add_lock(replace(SHED, name="Hub"), KEY)
    child = services.pairing.add_gateway_child(Lock(name="Back door", device_id="bf3a1c2d3e4f5a6b7c77", node_id="n1"), "Hub")
    with pytest.raises(ValidationError, match="edit the gateway instead"):
        services.locks.edit_lock(child, address="192.0.2.9")
    with pytest.raises(ValidationError, match="change the gateway's key"):
        services.locks.change_key(child, NEW_KEY)
    assert services.locks.edit_lock(child, name="Garden gate").name == "Garden gate"


def test_changing_the_key_validates_and_clears_a_wrong_key_state(opened: tuple[Storage, Services], keys: Refusing) -> None:
    storage, services = opened
    lock = services.locks.add_lock(FRONT, KEY)
    assert lock.id is not None
    storage.locks.save_status(LockStatus(lock_id=lock.id, last_attempt_at=T0, state="wrong-key", message="refused"))
    with pytest.raises(ValidationError, match="exactly 16 characters") as caught:
        services.locks.change_key(lock, "short")
    assert "short" not in str(caught.value)
    keys.refuse = True
    with pytest.raises(KeyStoreError, match="“Front door” was not changed"):
        services.locks.change_key(lock, NEW_KEY)
    assert (services.locks.local_key(lock), storage.locks.status(lock.id).state) == (KEY, "wrong-key")
    keys.refuse = False
    services.locks.change_key(lock, NEW_KEY)
    assert (services.locks.local_key(lock), storage.locks.status(lock.id).state) == (NEW_KEY, "unknown")


def test_a_refused_gateway_child_leaves_the_named_lock_alone(opened: tuple[Storage, Services]) -> None:
    """Issue 9: ``add --name B --id bad --gateway Front --node-id n1`` turned Front into a gateway."""
    _storage, services = opened
    front = services.locks.add_lock(FRONT, KEY)
    with pytest.raises(ValidationError):
        services.pairing.add_gateway_child(Lock(name="B", device_id="bad", node_id="n1"), "Front door")
    assert services.locks.resolve("Front door") == front
    assert services.locks.resolve("Front door").kind is LockKind.WIFI


def test_tables_added_later_go_and_come_back_with_the_lock(opened: tuple[Storage, Services]) -> None:
    """Which rows belong to a lock is read from the schema's foreign keys, not listed by hand."""
    storage, services = opened
    with storage.transaction() as conn:
        conn.execute("CREATE TABLE cloud_records (id INTEGER PRIMARY KEY, "
                     "lock_id INTEGER NOT NULL REFERENCES locks(id) ON DELETE CASCADE, payload TEXT NOT NULL)")
        conn.execute("CREATE TABLE cloud_notes (id INTEGER PRIMARY KEY, "
                     "record_id INTEGER NOT NULL REFERENCES cloud_records(id) ON DELETE CASCADE, text TEXT NOT NULL)")
    lock = _fill(storage, services)
    with storage.transaction() as conn:
        conn.execute("INSERT INTO cloud_records (id, lock_id, payload) VALUES (7, ?, 'battery 41')", (lock.id,))
        conn.execute("INSERT INTO cloud_notes (record_id, text) VALUES (7, 'seen by the cloud')")
    removed = services.locks.remove_lock(lock)
    assert storage.db.query("SELECT COUNT(*) AS n FROM cloud_notes")[0]["n"] == 0
    services.locks.add_lock(SHED, NEW_KEY)  # takes the ids, so everything is renumbered on the way back
    restored = services.locks.restore_removed(removed)
    rows = storage.db.query("SELECT r.lock_id, r.payload, n.text FROM cloud_records r JOIN cloud_notes n ON n.record_id = r.id")
    assert [tuple(row) for row in rows] == [(restored.id, "battery 41", "seen by the cloud")]


def test_a_lock_without_an_address_yet_can_still_be_updated(opened: tuple[Storage, Services]) -> None:
    storage, services = opened
    lock = services.locks.add_lock(FRONT, KEY)
    storage.locks.update(replace(lock, address=""))  # imported with no usable address
    updated = services.locks.update_lock(replace(services.locks.resolve("Front door"), battery_type="aa-lithium"))
    assert (updated.address, updated.battery_type) == ("", "aa-lithium")
    with pytest.raises(ValidationError, match="not a valid IPv4"):
        services.locks.update_lock(replace(updated, address="192.168.1.300"))
