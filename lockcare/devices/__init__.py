"""Talking to locks: the only package that imports tinytuya.

* :mod:`lockcare.devices.client`: read-only status reads, version probing and gateway
  sub-device queries with short timeouts (:func:`read_lock`, :func:`probe_version`,
  :func:`subdev_status`).
* :mod:`lockcare.devices.discovery`: passive UDP broadcast listening
  (:func:`discover`, :class:`DiscoveryScan`, :class:`BroadcastWatcher`).
* :mod:`lockcare.devices.errors`: :class:`DeviceError` with a ``kind`` the UI acts on.
* :mod:`lockcare.devices.sim`: the emulated lock used by tests and ``--demo``.
"""

from lockcare.devices import quiet_tinytuya  # noqa: F401, I001 - first: tinytuya's import rewires the terminal
from lockcare.devices.client import (
    GatewayLink,
    LockConnection,
    RawRead,
    SubdevStatus,
    probe_version,
    read_lock,
    subdev_status,
)
from lockcare.devices.discovery import (
    BroadcastWatcher,
    DiscoveredDevice,
    DiscoveryError,
    DiscoveryResult,
    DiscoveryScan,
    discover,
)
from lockcare.devices.errors import DeviceError, ReadOnlyViolation

__all__ = [
    "BroadcastWatcher",
    "DeviceError",
    "DiscoveredDevice",
    "DiscoveryError",
    "DiscoveryResult",
    "DiscoveryScan",
    "GatewayLink",
    "LockConnection",
    "RawRead",
    "ReadOnlyViolation",
    "SubdevStatus",
    "discover",
    "probe_version",
    "read_lock",
    "subdev_status",
]
