"""Talking to locks: the only package that imports tinytuya.

* :mod:`lockcare.devices.client`: read-only status reads, version probing and gateway
  sub-device queries with short timeouts (:func:`read_lock`, :func:`probe_version`,
  :func:`subdev_status`).
* :mod:`lockcare.devices.discovery`: passive UDP broadcast listening
  (:func:`discover`, :class:`DiscoveryScan`, :class:`BroadcastWatcher`).
* :mod:`lockcare.devices.errors`: :class:`DeviceError` with a ``kind`` the UI acts on.
* :mod:`lockcare.devices.sim`: the emulated lock used by tests and ``--demo``.
* :mod:`lockcare.devices.ports`: the broadcast ports (no tinytuya needed).

The names above are importable from the package too, loaded on first use. Every module
here that imports tinytuya imports :mod:`lockcare.devices.quiet_tinytuya` first.
"""

from lockcare.lazy import lazy_attributes

# Loaded on first use: tinytuya (and requests, which it brings) take a quarter of a second
# to import, and the window's start needs none of it.
_HOMES = {
    **dict.fromkeys(("GatewayLink", "LockConnection", "RawRead", "SubdevStatus", "probe_version", "read_lock",
                     "subdev_status"), "lockcare.devices.client"),
    **dict.fromkeys(("BroadcastWatcher", "DiscoveredDevice", "DiscoveryError", "DiscoveryResult", "DiscoveryScan",
                     "discover"), "lockcare.devices.discovery"),
    **dict.fromkeys(("DeviceError", "ReadOnlyViolation"), "lockcare.devices.errors"),
}


__getattr__ = lazy_attributes(__name__, _HOMES)


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
