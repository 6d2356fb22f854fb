"""A single emulated Tuya lock on loopback."""

from __future__ import annotations

from datetime import timedelta
from typing import Any, Iterable, Mapping

from lockcare.devices.sim.clock import SimClock
from lockcare.devices.sim.profiles import LockProfile, load_profile
from lockcare.devices.sim.server import SimServer
from lockcare.devices.sim.state import LockState


def drain_for(profile: LockProfile, days: float, unlocks_per_day: float | None) -> float:
    """Percent of charge a lock of ``profile`` loses over ``days`` of simulated use."""
    per_day = profile.unlocks_per_day if unlocks_per_day is None else float(unlocks_per_day)
    return days * (profile.battery.drain_per_day + per_day * profile.battery.drain_per_unlock)


class SimLock(SimServer):
    """An emulated lock that the real tinytuya client reads over loopback.

    Args:
        profile: Profile id (see ``list_profiles()``) or a loaded :class:`LockProfile`.
        version: Protocol "3.3", "3.4" or "3.5".
        device_id: Tuya device id; random when None.
        local_key: 16-character local key; random when None.
        host: Loopback address to serve on (a 127.0.0.x alias is the device's own IP).
        port: TCP port, 0 for an ephemeral one (read it back from ``.port``).
        broadcast_ports: UDP ports on ``broadcast_host`` that receive discovery packets
            while the lock is awake and no client is connected.
        broadcast_interval: Seconds between discovery packets.
        broadcast_host: Loopback destination of discovery packets.
        allow_standard_ports: Permit 6666/6667/7000 as broadcast ports.
        quirks: Value quirks, e.g. ``{"alarm_index"}`` (see profiles.KNOWN_QUIRKS).
        awake: Start with the listener open (until ``sleep()``).
        silent: Accept connections but never answer (tinytuya 902 on 3.3, 914 on 3.4/3.5).
        battery_level: Starting charge in percent; the profile's when None.
        clock: Simulated clock; a fresh one when None.
    """

    def __init__(
        self,
        profile: str | LockProfile = "wifi_pro",
        version: str | float = "3.3",
        device_id: str | None = None,
        local_key: str | None = None,
        host: str = "127.0.0.1",
        port: int = 0,
        broadcast_ports: Iterable[int] = (),
        broadcast_interval: float = 1.0,
        quirks: Iterable[str] = frozenset(),
        awake: bool = True,
        *,
        broadcast_host: str = "127.0.0.1",
        allow_standard_ports: bool = False,
        silent: bool = False,
        battery_level: float | None = None,
        clock: SimClock | None = None,
    ) -> None:
        super().__init__(
            version=version,
            device_id=device_id,
            local_key=local_key,
            host=host,
            port=port,
            broadcast_ports=broadcast_ports,
            broadcast_interval=broadcast_interval,
            broadcast_host=broadcast_host,
            allow_standard_ports=allow_standard_ports,
            awake=awake,
            silent=silent,
            clock=clock,
        )
        self.profile = load_profile(profile) if isinstance(profile, str) else profile
        self.state = LockState(self.profile, quirks, battery_level)

    def __enter__(self) -> "SimLock":
        self.start()
        return self

    @property
    def dps(self) -> dict[str, Any]:
        """The DPs as the lock currently reports them (quirks applied)."""
        return self.state.wire_dps()

    @property
    def battery_level(self) -> float:
        """The true charge in percent, whatever the lock reports."""
        return self.state.battery_level

    def set_dps(self, values: Mapping[str | int, Any], push: bool = True) -> dict[str, Any]:
        """Change DPs (canonical values) and optionally push them to connected clients.

        Returns:
            The changed DPs in wire form.
        """
        return self._change(lambda: self.state.set_dps(values), push)

    def unlock(self, method: str = "fingerprint", user_id: int = 1, push: bool = True) -> dict[str, Any]:
        """Simulate an unlock: the record DP for ``method`` gets ``user_id``; the battery drains.

        Raises:
            ValueError: if this profile has no record DP for ``method``.
        """
        return self._change(lambda: self.state.unlock(method, user_id), push)

    def raise_alarm(self, code: str, push: bool = True) -> dict[str, Any]:
        """Report ``alarm_lock = code`` (e.g. "low_battery", "pry")."""
        return self._change(lambda: self.state.raise_alarm(code), push)

    def replace_battery(self, level: float = 100.0, push: bool = True) -> dict[str, Any]:
        """Fit fresh cells."""
        return self._change(lambda: self.state.replace_battery(level), push)

    def advance(
        self,
        days: float = 0.0,
        hours: float = 0.0,
        *,
        unlocks_per_day: float | None = None,
        push: bool = True,
    ) -> dict[str, Any]:
        """Fast-forward the simulated clock, draining the battery by the profile's rates.

        Args:
            days: Simulated days to pass.
            hours: Extra simulated hours.
            unlocks_per_day: Use per day; the profile's typical use when None.
            push: Push the changed DPs to connected clients.

        Returns:
            The changed DPs in wire form.
        """
        span = days + hours / 24.0
        if span < 0:
            raise ValueError("cannot advance by a negative time")
        self.clock.advance(timedelta(days=span))
        return self._change(lambda: self.state.drain(drain_for(self.profile, span, unlocks_per_day)), push)

    def _change(self, mutate: Any, push: bool) -> dict[str, Any]:
        changed = self._in_loop(mutate)
        if push and changed and self._thread is not None:
            self.push(changed)
        return changed

    # -- SimServer hooks ------------------------------------------------------------------

    def _status(self, cid: str | None, only: list[str] | None) -> dict[str, Any] | None:
        return self.state.wire_dps(only)

    def _control(self, cid: str | None, dps: dict[str, Any]) -> dict[str, Any]:
        known = {k: v for k, v in dps.items() if str(k) in self.profile.mapping}
        return self.state.set_dps(known) if known else {}

    def _product_id(self) -> str:
        return self.profile.product_id

    def _keep_alive(self) -> bool:
        return self.profile.keep_alive
