"""Reading locks live: build the connection, interpret the reply, store what it says.

The network part (:func:`fetch`) runs on a worker thread with plain values; storing the
result (:meth:`ReadService.apply_read` / :meth:`ReadService.apply_failure`) runs where the
database is written (the GUI thread, or the CLI's only thread). Nothing is lost when a read
fails: the failure only updates the lock's reachability.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from lockcare.core.dpmap import DpMap, Observation, interpret, resolve_dp_map
from lockcare.core.errors import LockcareError
from lockcare.core.models import (
    BatteryReading,
    Lock,
    LockEvent,
    LockKind,
    LockStatus,
    ReadingSource,
)
from lockcare.core.vocabulary import ErrorKind, Reachability, reachability_after
from lockcare.core.wording import CHANGE_KEY_ADVICE
from lockcare.devices.errors import DeviceError
from lockcare.storage import Transaction
from lockcare.storage.battery_repository import BatteryRepository
from lockcare.storage.keys import KeyStore
from lockcare.storage.last_values_repository import LastValuesRepository
from lockcare.storage.lock_repository import LockRepository

if TYPE_CHECKING:  # tinytuya comes with lockcare.devices.client: loaded by the first read, not at start
    from lockcare.devices.client import LockConnection, RawRead

log = logging.getLogger(__name__)

READ_TIMEOUT = 2.0
READ_RETRIES = 1
WAKE_PROBE_SECONDS = 60.0
WAKE_PROBE_TIMEOUT = 1.0
WAKE_PROBE_PAUSE = 1.0


class MissingKeyError(LockcareError):
    """The lock's local key is not in the key store."""


@dataclass(frozen=True)
class ReadOutcome:
    """What one attempt to read a lock gave, for the page header and ``read --json``."""

    lock: Lock
    reachable: bool
    at: datetime
    observation: Observation | None = None
    via_gateway: bool = False
    error_kind: str = ""
    error_code: str = ""
    message: str = ""
    stored_reading: BatteryReading | None = None
    new_events: tuple[LockEvent, ...] = field(default=())

    def to_json(self) -> dict[str, Any]:
        """The stable JSON shape of ``lockcare read --json`` (documented in README)."""
        base: dict[str, Any] = {"lock": self.lock.name, "id": self.lock.device_id, "reachable": self.reachable}
        if not self.reachable:
            base["error"] = {"kind": self.error_kind, "message": self.message, "code": self.error_code or None}
            base["attempted_at"] = self.at.isoformat(timespec="seconds")
            return base
        obs = self.observation or Observation()
        base.update(
            battery={"percent": obs.battery_percent, "level": obs.battery_level},
            alarms=list(obs.alarms),
            unlocks=[{"method": u.method, "credential_id": u.credential_id} for u in obs.unlocks],
            state={"door": obs.door_state, "motor": obs.motor_state, "hijack": obs.hijack, "doorbell": obs.doorbell},
            via_gateway=self.via_gateway,
            read_at=self.at.isoformat(timespec="seconds"),
        )
        return base


def fetch(conn: LockConnection) -> RawRead:
    """One bounded read (worker thread). Raises :class:`DeviceError` on failure."""
    from lockcare.devices.client import read_lock

    return read_lock(conn, timeout=READ_TIMEOUT, retries=READ_RETRIES)


def fetch_until_awake(
    conn: LockConnection,
    *,
    handle: Any = None,
    seconds: float = WAKE_PROBE_SECONDS,
    on_attempt: Callable[[int, float], None] | None = None,
) -> RawRead:
    """Probe a sleeping lock quickly until it answers, for up to ``seconds`` (worker thread).

    Stops early when ``handle.cancelled`` is set. Errors other than "asleep"/"silent"
    (a wrong key, say) end the probe at once: waiting would not help.
    """
    from lockcare.devices.client import read_lock

    cancelled: threading.Event | None = getattr(handle, "cancelled", None)
    deadline = time.monotonic() + seconds
    attempt = 0
    last_error: DeviceError | None = None
    while time.monotonic() < deadline:
        if cancelled is not None and cancelled.is_set():
            break
        attempt += 1
        if on_attempt is not None:
            on_attempt(attempt, max(0.0, deadline - time.monotonic()))
        try:
            return read_lock(conn, timeout=WAKE_PROBE_TIMEOUT, retries=0)
        except DeviceError as exc:
            if exc.kind not in (ErrorKind.ASLEEP, ErrorKind.SILENT):
                raise
            last_error = exc
        if cancelled is not None:
            cancelled.wait(WAKE_PROBE_PAUSE)
    if last_error is None:
        raise DeviceError(ErrorKind.ASLEEP, "Stopped before the lock answered.", device_id=conn.device_id)
    raise DeviceError(
        ErrorKind.ASLEEP,
        f"The lock did not wake within {int(seconds)} s. Touch its keypad (or use its wake sequence) and try again.",
        code=last_error.code,
        device_id=conn.device_id,
    )


class ReadService:
    """Turns live reads into stored readings, events and reachability.

    Args:
        locks: The lock repository (status, learned DP maps and versions).
        battery: The battery repository (readings and events).
        last_values: What each lock's data points said last time (to spot new events).
        keys: The key store.
        transaction: Opens one all-or-nothing write.
        clock: Returns "now" (the time a failure is recorded at).
    """

    def __init__(
        self,
        locks: LockRepository,
        battery: BatteryRepository,
        last_values: LastValuesRepository,
        keys: KeyStore,
        *,
        transaction: Transaction,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self._locks = locks
        self._battery = battery
        self._last_values = last_values
        self._keys = keys
        self._transaction = transaction
        self._clock = clock

    def connection_for(self, lock: Lock) -> LockConnection:
        """The plain-value connection a worker needs to read ``lock`` (holds its key)."""
        from lockcare.devices.client import GatewayLink, LockConnection

        if lock.kind is LockKind.GATEWAY_CHILD:
            gateway = self._locks.find(lock.parent_device_id) if lock.parent_device_id else None
            if gateway is None:
                raise LockcareError(
                    f"“{lock.name}” is read through a gateway that is not paired. Import the gateway from "
                    "devices.json (or add it) first."
                )
            if not gateway.address:
                raise LockcareError(
                    f"“{lock.name}” is read through the gateway “{gateway.name}”, which has no address yet: "
                    "scan the network (with the gateway on) or edit the gateway."
                )
            key = self._key(gateway)
            link = GatewayLink(gateway.device_id, gateway.address, gateway.port, gateway.version, key)
            return LockConnection(device_id=lock.device_id, node_id=lock.node_id, gateway=link)
        if not lock.address:
            raise LockcareError(f"“{lock.name}” has no address yet: scan the network or edit the lock.")
        return LockConnection(
            device_id=lock.device_id, address=lock.address, port=lock.port, version=lock.version, local_key=self._key(lock)
        )

    def read_now(self, lock: Lock) -> ReadOutcome:
        """Read a lock once and store the outcome (blocking; for the CLI)."""
        conn = self.connection_for(lock)
        try:
            raw = fetch(conn)
        except DeviceError as exc:
            return self.apply_failure(lock, exc)
        return self.apply_read(lock, raw)

    def apply_read(self, lock: Lock, raw: RawRead) -> ReadOutcome:
        """Store a successful read: battery reading, new events, reachability, DP map."""
        assert lock.id is not None
        lock, resolved = self._learn_dp_map(lock, raw)
        obs = interpret(raw.dps, resolved, alarm_order=lock.alarm_order or None)
        at = raw.read_at
        stored = None
        before = self._last_values.get(lock.id)
        events = self._new_events(lock, obs, at, before)
        with self._transaction():
            if obs.battery_percent is not None or obs.battery_level is not None:
                stored = self._battery.add_reading(
                    BatteryReading(
                        lock_id=lock.id, at=at, percent=obs.battery_percent, level=obs.battery_level,
                        source=ReadingSource.LIVE, via_gateway=raw.via_gateway,
                    )
                )
            if events:
                self._battery.add_events(events)
            self._last_values.remember(lock.id, {**before, **obs.raw})
            self._locks.save_status(
                LockStatus(lock_id=lock.id, last_attempt_at=at, last_seen_at=at, state=Reachability.OK,
                           message="Values reported by the gateway (it may cache them)." if raw.via_gateway else "")
            )
        log.info("Read %s: battery %s/%s, %d new events", lock.name, obs.battery_percent, obs.battery_level, len(events))
        return ReadOutcome(lock=lock, reachable=True, at=at, observation=obs, via_gateway=raw.via_gateway,
                           stored_reading=stored, new_events=tuple(events))

    def apply_failure(self, lock: Lock, error: DeviceError) -> ReadOutcome:
        """Store that a lock could not be reached (what was stored before stays)."""
        assert lock.id is not None
        now = self._clock()
        previous = self._locks.status(lock.id)
        state = reachability_after(error.kind)
        self._locks.save_status(
            LockStatus(lock_id=lock.id, last_attempt_at=now, last_seen_at=previous.last_seen_at, state=state,
                       message=error.message)
        )
        log.info("Could not read %s: %s (%s)", lock.name, error.kind, error.code or "-")
        return ReadOutcome(lock=lock, reachable=False, at=now, error_kind=error.kind, error_code=error.code,
                           message=error.message)

    def apply_exception(self, lock: Lock, exc: BaseException) -> ReadOutcome:
        """Store a failed background read; anything but an expected failure is re-raised."""
        if isinstance(exc, DeviceError):
            return self.apply_failure(lock, exc)
        if isinstance(exc, LockcareError):
            return ReadOutcome(lock=lock, reachable=False, at=self._clock(), error_kind=ErrorKind.SETUP, message=str(exc))
        raise exc

    # -- helpers ----------------------------------------------------------------------

    def _key(self, lock: Lock) -> str:
        key = self._keys.get(lock.device_id)
        if not key:
            raise MissingKeyError(f"No local key is stored for “{lock.name}”: {CHANGE_KEY_ADVICE}.")
        return key

    def _learn_dp_map(self, lock: Lock, raw: RawRead) -> tuple[Lock, DpMap]:
        """Resolve the DP map with this read's values; store the roles the values established
        (a stored role the lock now contradicts is dropped, guesses are never stored)."""
        resolved = resolve_dp_map(kind=lock.kind, hint=lock.product_name, dps=raw.dps, known=lock.dp_map)
        changes: dict[str, Any] = {}
        if resolved.established() != lock.dp_map:
            changes["dp_map"] = resolved.established()
        if not lock.is_gateway_child and raw.version and raw.version != lock.version:
            changes["version"] = raw.version
        if not changes:
            return lock, resolved
        updated = replace(lock, **changes)
        self._locks.update(updated)
        return updated, resolved

    def _new_events(self, lock: Lock, obs: Observation, at: datetime, before: dict[str, object]) -> list[LockEvent]:
        """Events for data points whose value changed since the last read (a status reply
        repeats the last alarm and unlock record; counting them again would invent events)."""
        assert lock.id is not None

        def changed(role: str) -> bool:
            dp = lock.dp_map.get(role)
            return dp is not None and str(dp) in obs.raw and before.get(str(dp)) != obs.raw[str(dp)]

        events: list[LockEvent] = []
        if changed("alarm"):
            events += [LockEvent(lock_id=lock.id, at=at, kind="alarm", code=code) for code in obs.alarms]
        for unlock in obs.unlocks:
            # A record DP holds the last credential used; the first read only learns it (an old
            # unlock), later changes are new unlocks.
            if str(unlock.dp) in before and before[str(unlock.dp)] != obs.raw.get(str(unlock.dp)):
                events.append(LockEvent(lock_id=lock.id, at=at, kind="unlock", code=unlock.method, value=str(unlock.credential_id)))
        if changed("door_state") and obs.door_state:
            events.append(LockEvent(lock_id=lock.id, at=at, kind="door", code=obs.door_state))
        if changed("motor_state") and obs.motor_state:
            events.append(LockEvent(lock_id=lock.id, at=at, kind="motor", code=obs.motor_state))
        return events

