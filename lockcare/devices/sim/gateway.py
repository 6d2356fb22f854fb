"""An emulated Tuya gateway serving several child locks by ``cid`` (node id)."""

from __future__ import annotations

import secrets
from datetime import timedelta
from typing import Any, Iterable, Mapping

from lockcare.devices.sim.clock import SimClock
from lockcare.devices.sim.lock import drain_for
from lockcare.devices.sim.profiles import LockProfile, load_profile
from lockcare.devices.sim.server import SimServer, random_device_id
from lockcare.devices.sim.state import LockState

#: Fake product id of the emulated gateway (realistic shape, not a real product).
GATEWAY_PRODUCT_ID = "t2mx9gcvq4enh7ls"


class SimChild:
    """A lock behind a :class:`SimGateway`; the gateway reports it with ``cid = node_id``.

    While offline the child's events still change its state but nothing is pushed, and
    status queries return the gateway's cached values (as real gateways do).

    Args:
        profile: Profile id or :class:`LockProfile` (usually "ble_gateway_child").
        node_id: The cid used on the wire; random when None.
        device_id: The child's own Tuya id; random when None.
        quirks: Value quirks, as for ``SimLock``.
        battery_level: Starting charge in percent.
        online: Whether the gateway currently reaches the child.
    """

    def __init__(
        self,
        profile: str | LockProfile = "ble_gateway_child",
        node_id: str | None = None,
        device_id: str | None = None,
        *,
        quirks: Iterable[str] = frozenset(),
        battery_level: float | None = None,
        online: bool = True,
    ) -> None:
        self.profile = load_profile(profile) if isinstance(profile, str) else profile
        self.node_id = node_id or secrets.token_hex(8)
        self.device_id = device_id or random_device_id("eb")
        self.state = LockState(self.profile, quirks, battery_level)
        self.online = online
        self._gateway: SimGateway | None = None

    @property
    def dps(self) -> dict[str, Any]:
        """The DPs as the gateway reports them (quirks applied)."""
        return self.state.wire_dps()

    @property
    def battery_level(self) -> float:
        """The true charge in percent."""
        return self.state.battery_level

    def set_dps(self, values: Mapping[str | int, Any], push: bool = True) -> dict[str, Any]:
        """Change DPs and, if online and attached, push them through the gateway."""
        return self._change(lambda: self.state.set_dps(values), push)

    def unlock(self, method: str = "fingerprint", user_id: int = 1, push: bool = True) -> dict[str, Any]:
        """Simulate an unlock on this child (see ``SimLock.unlock``)."""
        return self._change(lambda: self.state.unlock(method, user_id), push)

    def raise_alarm(self, code: str, push: bool = True) -> dict[str, Any]:
        """Report ``alarm_lock = code`` from this child."""
        return self._change(lambda: self.state.raise_alarm(code), push)

    def _change(self, mutate: Any, push: bool) -> dict[str, Any]:
        gateway = self._gateway
        changed = gateway._in_loop(mutate) if gateway is not None else mutate()
        if push and changed and self.online and gateway is not None and gateway._thread is not None:
            gateway.push(changed, self.node_id)
        return changed


class SimGateway(SimServer):
    """An emulated always-on gateway (Zigbee/BLE hub) with child locks.

    Children share the gateway's local key. Queries carrying an unknown ``cid`` get no
    answer (the client times out). ``subdev_online_stat_query`` (cmd 0x40) is answered
    with the online and offline cids.

    Args:
        version: Protocol "3.3", "3.4" or "3.5".
        children: The child locks.
        device_id, local_key, host, port, broadcast_ports, broadcast_interval,
            broadcast_host, allow_standard_ports, awake, silent, clock: as for ``SimLock``.
    """

    def __init__(
        self,
        version: str | float = "3.4",
        children: Iterable[SimChild] = (),
        device_id: str | None = None,
        local_key: str | None = None,
        host: str = "127.0.0.1",
        port: int = 0,
        broadcast_ports: Iterable[int] = (),
        broadcast_interval: float = 1.0,
        awake: bool = True,
        *,
        broadcast_host: str = "127.0.0.1",
        allow_standard_ports: bool = False,
        silent: bool = False,
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
        self._children: dict[str, SimChild] = {}
        for child in children:
            self.add_child(child)

    def __enter__(self) -> "SimGateway":
        self.start()
        return self

    @property
    def children(self) -> list[SimChild]:
        """The child locks, in the order added."""
        return list(self._children.values())

    def add_child(self, child: SimChild) -> SimChild:
        """Attach a child lock.

        Raises:
            ValueError: if the node id is taken.
        """
        if child.node_id in self._children:
            raise ValueError(f"node id {child.node_id} already attached")
        child._gateway = self
        self._children[child.node_id] = child
        return child

    def child(self, node_id: str) -> SimChild:
        """Return the child with ``node_id`` (KeyError if unknown)."""
        return self._children[node_id]

    def set_child_online(self, node_id: str, online: bool) -> None:
        """Mark a child reachable or not (reported by ``subdev_online_stat_report``)."""
        self._children[node_id].online = bool(online)

    def advance(self, days: float = 0.0, hours: float = 0.0, *, push: bool = True) -> dict[str, dict[str, Any]]:
        """Fast-forward the clock; every child drains by its profile.

        Returns:
            Changed DPs per node id.
        """
        span = days + hours / 24.0
        if span < 0:
            raise ValueError("cannot advance by a negative time")
        self.clock.advance(timedelta(days=span))
        result = {}
        for child in self.children:
            drained = drain_for(child.profile, span, None)
            result[child.node_id] = child._change(lambda c=child, d=drained: c.state.drain(d), push)
        return result

    # -- SimServer hooks ------------------------------------------------------------------

    def _status(self, cid: str | None, only: list[str] | None) -> dict[str, Any] | None:
        if cid is None:
            return {}  # the gateway itself has no lock DPs
        child = self._children.get(cid)
        return None if child is None else child.state.wire_dps(only)

    def _control(self, cid: str | None, dps: dict[str, Any]) -> dict[str, Any]:
        child = self._children.get(cid) if cid is not None else None
        if child is None or not child.online:
            return {}
        known = {k: v for k, v in dps.items() if str(k) in child.profile.mapping}
        return child.state.set_dps(known) if known else {}

    def _subdev_report(self) -> tuple[list[str], list[str]]:
        online = [c.node_id for c in self.children if c.online]
        offline = [c.node_id for c in self.children if not c.online]
        return online, offline

    def _dev_id_for(self, cid: str | None) -> str:
        child = self._children.get(cid) if cid is not None else None
        return child.device_id if child is not None else self.device_id

    def _product_id(self) -> str:
        return GATEWAY_PRODUCT_ID
