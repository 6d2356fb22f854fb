"""The demo: emulated locks on loopback, paired in a temporary folder with months of history.

Application level (like :mod:`lockcare.app`): it starts lockcare's own device emulator, so
no service depends on it.

``lockcare --demo`` starts three emulated devices (a sleepy Wi-Fi lock that wakes now and
then, an always-connected lock, and a gateway serving a Bluetooth lock), pairs them in a
throw-away data folder with about seven months of recorded history, and lets the app read
them live. It also starts lockcare's fake Tuya cloud on 127.0.0.1 (TLS with a throwaway CA)
with a fourth lock that sleeps for good and is only known to the cloud, links it and imports
it, so the window's harvest fills its chart with a week of reports. Keys live in memory only;
the folder, the CA and the demo's environment settings go when the demo ends. Nothing of the
user's (data, keyring, network, cloud account) is touched: everything talks on 127.0.0.1.
"""

from __future__ import annotations

import math
import os
import random
import shutil
import socket
import threading
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from lockcare.composition import build_services
from lockcare.core.i18n import translate_noop
from lockcare.core.models import (
    BatteryReading,
    BatterySwap,
    Lock,
    LockKind,
    LockStatus,
    ReadingSource,
)
from lockcare.core.vocabulary import Reachability
from lockcare.services.registry import Services
from lockcare.storage import Storage, open_storage
from lockcare.storage.keys import KeyStore, MemoryKeyStore

if TYPE_CHECKING:
    from lockcare.devices.fakecloud import FakeTuyaCloud

DEMO_NOTE = translate_noop(
    "demo",
    "Demo: these locks are emulated on this computer and their history is made up. Nothing here "
    "touches your own locks or data; close the window to leave the demo.",
)
"""The demo window's banner (English; the window shows it in its language)."""
DRAIN_EVERY_SECONDS = 60.0
DRAIN_HOURS = 1.0
"""The emulated batteries age an hour a minute: a believable drift over a session (about 1.3 %
an hour for the sleepy lock, 5 % for the always-connected one; it was 1-4 % a minute), never a
visible slide per minute."""


@dataclass(frozen=True)
class DemoDevice:
    """How the demo pairs one lock: name, ids, endpoint, and its battery story."""

    name: str
    device_id: str
    key: str
    kind: LockKind = LockKind.WIFI
    address: str = "127.0.0.1"
    port: int = 6668
    version: str = "3.4"
    category: str = "jtmspro"
    product_id: str = ""
    product_name: str = ""
    parent_device_id: str = ""
    node_id: str = ""
    wake_hint: str = ""
    life_days: int = 270
    age_days: int = 120


STATIC_DEVICES = (
    DemoDevice("Front door", "demo0front0door00001", "demokey000000001", version="3.4",
               product_id="oufbykkic2alxcjw", product_name="Wi-Fi fingerprint lock", life_days=260, age_days=205,
               wake_hint="Touch the keypad, or enter *9# to keep Wi-Fi on for a minute."),
    DemoDevice("Back door", "demo0back0door000002", "demokey000000002", kind=LockKind.KEEP_ALIVE, version="3.3",
               category="jtmsbh", product_name="Wi-Fi keypad lock (always connected)", life_days=300, age_days=60),
    DemoDevice("Garage hub", "demo0gateway00000009", "demokey000000009", kind=LockKind.GATEWAY, version="3.5",
               category="wg2", product_name="Bluetooth gateway"),
    DemoDevice("Garage gate", "demo0garage0gate0003", "", kind=LockKind.GATEWAY_CHILD, version="3.5",
               product_name="Bluetooth lock", parent_device_id="demo0gateway00000009", node_id="a4c1380000000003",
               life_days=150, age_days=128),
)


@dataclass
class DemoSession:
    """A running demo: its folder, its in-memory keys, its emulators and the wake-up port."""

    data_dir: Path
    key_store: KeyStore
    watch_ports: tuple[int, ...] = ()
    scan_ports: tuple[int, ...] = ()
    note: str = DEMO_NOTE
    sims: list = field(default_factory=list)
    cloud: FakeTuyaCloud | None = None
    """The fake Tuya cloud serving the cloud-only lock."""
    _saved_env: dict[str, str | None] = field(default_factory=dict)
    _stop: threading.Event = field(default_factory=threading.Event)
    _ticker: threading.Thread | None = None

    def stop(self) -> None:
        """Stop the emulators and delete the demo folder."""
        self._stop.set()
        if self._ticker is not None:
            self._ticker.join(timeout=5)
        for sim in reversed(self.sims):
            sim.stop()
        if self.cloud is not None:
            self.cloud.stop()  # also deletes its throwaway CA
            self.cloud = None
        for name, value in self._saved_env.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
        self._saved_env.clear()
        shutil.rmtree(self.data_dir, ignore_errors=True)

    def _drain_forever(self) -> None:
        while not self._stop.wait(DRAIN_EVERY_SECONDS):
            for sim in self.sims:
                sim.advance(hours=DRAIN_HOURS)


def start_demo(data_dir: Path, *, now: datetime | None = None, live: bool = True) -> DemoSession:
    """Start the emulated locks (when ``live``), pair them in ``data_dir`` and seed history."""
    keys = MemoryKeyStore()
    now = now or datetime.now(UTC)
    if not live:
        seed_history(data_dir, now=now, key_store=keys)
        return DemoSession(data_dir=data_dir, key_store=keys)
    from lockcare.devices.sim import SimChild, SimGateway, SimLock

    watch_port, scan_port = _free_udp_port(), _free_udp_port()
    session = DemoSession(data_dir=data_dir, key_store=keys, watch_ports=(watch_port,), scan_ports=(scan_port,))
    try:
        front_static, back_static, hub_static, gate_static = STATIC_DEVICES
        front = SimLock("wifi_pro", "3.4", broadcast_ports=(watch_port, scan_port), broadcast_interval=3.0,
                        battery_level=_level(front_static)).start()
        session.sims.append(front)
        front.start_cycle(awake_seconds=20.0, asleep_seconds=40.0)
        back = SimLock("keep_alive", "3.3", broadcast_ports=(scan_port,), broadcast_interval=5.0,  # 127.0.0.1: macOS has no 127.0.0.x aliases
                       battery_level=_level(back_static)).start()
        session.sims.append(back)
        gate = SimChild("ble_gateway_child", battery_level=_level(gate_static))
        hub = SimGateway("3.5", children=(gate,)).start()
        session.sims.append(hub)
        devices = (
            _from_sim(front_static, front, wake_hint=front.profile.wake_hint),
            _from_sim(back_static, back),
            _from_sim(hub_static, hub),
            replace(gate_static, device_id=gate.device_id, node_id=gate.node_id, parent_device_id=hub.device_id),
        )
        seed_history(data_dir, now=now, devices=devices, key_store=keys)
        _start_cloud(session, now)
        for _ in range(3):
            front.raise_alarm("wrong_finger", push=False)  # something for the troubleshooter to notice
    except BaseException:
        session.stop()
        raise
    session._ticker = threading.Thread(target=session._drain_forever, name="lockcare-demo-drain", daemon=True)
    session._ticker.start()
    return session


CLOUD_LOCK = "Study door"
"""The demo's lock that only the (fake) cloud knows: it never wakes on the home network."""


def _start_cloud(session: DemoSession, now: datetime) -> None:
    """Starts the fake cloud with a week of reports for one sleeping lock, points this process
    at it (API host and CA, for the demo only), then links and imports it."""
    from lockcare.devices.fakecloud import FakeTuyaCloud, FakeProject, seed_week

    project = FakeProject()
    lock = project.add_lock(CLOUD_LOCK, product_name="Wi-Fi fingerprint lock (sleeps)")
    seed_week(lock, now_ms=int(now.timestamp() * 1000) - 2 * 3600 * 1000, start_percent=47, drain_per_day=1.6,
              alarms=((3.4, "wrong_finger"), (6.1, "low_battery")))
    session.cloud = cloud = FakeTuyaCloud(project).start()
    for name, value in cloud.client_env().items():
        session._saved_env.setdefault(name, os.environ.get(name))
        os.environ[name] = value
    storage = open_storage(session.data_dir)
    try:
        services = build_services(storage, key_store=session.key_store, clock=lambda: now)
        services.cloud.save("eu", project.access_id, project.access_secret)
        services.cloud_import.import_locks()
        study = services.locks.resolve(CLOUD_LOCK)
        assert study.id is not None
        # A battery change on record lets the forecast use the harvested week.
        storage.battery.add_swap(BatterySwap(lock_id=study.id, at=now - timedelta(days=190), battery_type="aa-alkaline",
                                             brand="Energizer", count=4))
    finally:
        storage.close()


def seed_history(
    data_dir: Path,
    *,
    now: datetime,
    devices: tuple[DemoDevice, ...] = STATIC_DEVICES,
    key_store: KeyStore | None = None,
) -> list[Lock]:
    """Pair the demo devices in ``data_dir`` and add about seven months of readings and swaps.

    Args:
        data_dir: The (new) data folder.
        now: The demo's "now".
        devices: What to pair.
        key_store: Where the demo keys go (default: a throw-away memory store).
    """
    storage = open_storage(data_dir)
    keys = key_store if key_store is not None else MemoryKeyStore()
    services = build_services(storage, key_store=keys, clock=lambda: now)
    rng = random.Random(7)
    locks: list[Lock] = []
    try:
        for device in devices:
            # Stored directly rather than through LockService.add_lock: demo ids and ports are not
            # real Tuya ones, and the history below is backdated to before "now".
            lock = storage.locks.add(Lock(
                name=device.name, device_id=device.device_id, address=device.address if device.kind is not LockKind.GATEWAY_CHILD else "",
                port=device.port, version=device.version, kind=device.kind, category=device.category,
                product_id=device.product_id, product_name=device.product_name,
                parent_device_id=device.parent_device_id, node_id=device.node_id, wake_hint=device.wake_hint,
                created_at=now - timedelta(days=400)))
            if device.key:
                keys.set(device.device_id, device.key)
            if lock.kind is LockKind.GATEWAY:
                continue
            locks.append(lock)
            _seed_battery(storage, lock, device, now, rng)
            _seed_maintenance(services, lock, now, recent_by_days=MAINTENANCE_SHIFT.get(device.name, 0))
        return locks
    finally:
        storage.close()


def _seed_battery(storage: Storage, lock: Lock, device: DemoDevice, now: datetime, rng: random.Random) -> None:
    assert lock.id is not None
    swap_at = now - timedelta(days=device.age_days)
    earlier_days = device.life_days + 12  # the last set ran a little past the replace line
    earlier_at = swap_at - timedelta(days=earlier_days)
    storage.battery.add_swap(BatterySwap(lock_id=lock.id, at=earlier_at, battery_type="aa-alkaline", brand="Duracell", count=4))
    storage.battery.add_swap(BatterySwap(lock_id=lock.id, at=swap_at, battery_type="aa-alkaline", brand="Varta", count=4))
    readings = _readings(lock, earlier_at, earlier_days, device.life_days, rng)  # the earlier set has its story too
    readings += _readings(lock, swap_at, device.age_days, device.life_days, rng)
    storage.battery.add_readings(readings)
    state = Reachability.ASLEEP if lock.kind is LockKind.WIFI else Reachability.OK
    storage.locks.save_status(LockStatus(lock_id=lock.id, last_attempt_at=now, last_seen_at=readings[-1].at, state=state))


def _readings(lock: Lock, start: datetime, days: int, life_days: int, rng: random.Random) -> list[BatteryReading]:
    """A reading every third day of a set that went in at ``start`` and has run ``days`` days."""
    assert lock.id is not None
    readings = []
    for day in range(0, days, 3):
        percent = max(0, min(100, round(_charge(day, life_days) + rng.uniform(-2, 2))))
        readings.append(BatteryReading(
            lock_id=lock.id, at=start + timedelta(days=day, hours=rng.uniform(7, 21)), percent=int(5 * math.floor(percent / 5)),
            source=ReadingSource.LIVE, via_gateway=lock.is_gateway_child))
    return readings


MAINTENANCE_DONE = (  # (log type, days ago, notes, measured value, unit): a household that mostly keeps up
    ("lubrication", 250, "Graphite powder in the latch; no petroleum oil.", None, ""),
    ("strike-plate-screws", 100, "Two screws were loose.", 2.0, "N·m"),
    ("cleaning", 80, "Neutral cleaner and a microfiber cloth.", None, ""),
    ("backup-access-test", 36, "Spare key with the neighbour works; keypad code works.", None, ""),
    ("battery-check", 12, "Read the level in the Tuya app.", None, ""),
)


MAINTENANCE_SHIFT = {"Back door": 30, "Garage gate": 10}  # some locks were looked after more recently


def _seed_maintenance(services: Services, lock: Lock, now: datetime, *, recent_by_days: int = 0) -> None:
    services.tasks.ensure_default_tasks(lock)
    for type_, days, notes, value, unit in MAINTENANCE_DONE:
        services.maintenance.add_entry(
            lock, type_, at=now - timedelta(days=max(1, days - recent_by_days), hours=3), notes=notes,
            measured_value=value, measured_unit=unit, done_by="Sam")


def _charge(day: float, life_days: int) -> float:
    """A gently curving alkaline discharge: 100 % at the swap, about 20 % at ``life_days``."""
    return 100 - 80 * (day / life_days) ** 1.3


def _level(device: DemoDevice) -> float:
    return max(1.0, _charge(device.age_days, device.life_days))


def _from_sim(device: DemoDevice, sim, *, wake_hint: str = "") -> DemoDevice:
    return replace(device, device_id=sim.device_id, key=sim.local_key, address=sim.host, port=sim.port,
                   version=sim.version, wake_hint=wake_hint or device.wake_hint,
                   product_id=device.product_id or getattr(getattr(sim, "profile", None), "product_id", ""))


def _free_udp_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])
