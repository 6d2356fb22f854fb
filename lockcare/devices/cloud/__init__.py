"""Tuya's cloud, read-only: lockcare's client over tinytuya's ``Cloud``.

* :mod:`.client`: :class:`CloudClient` (``link``, ``devices``, ``specification``,
  ``status``, ``report_log``) and :func:`link`.
* :mod:`.errors`: :class:`CloudError` with a ``kind`` the CLI and GUI act on.
* :mod:`.endpoints`: the allow-list of the GET endpoints lockcare may call.
* :mod:`.transport`: the HTTP under tinytuya (allow-list, timeout, TLS, problem record).
* :mod:`.logs`: reading a device log completely, with an honest cursor.

The client's names load on first use: tinytuya and requests take a fifth of a second to
import, and the window's start (which only needs :class:`CloudError`) does without them.
"""

import importlib
from typing import Any

from lockcare.devices.cloud.endpoints import READ_ENDPOINTS
from lockcare.devices.cloud.errors import KINDS, CloudError

_CLIENT_NAMES = ("ENV_API_HOST", "CloudClient", "api_host_override", "link", "region_host")


def __getattr__(name: str) -> Any:
    if name in _CLIENT_NAMES:
        return getattr(importlib.import_module("lockcare.devices.cloud.client"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "ENV_API_HOST",
    "KINDS",
    "READ_ENDPOINTS",
    "CloudClient",
    "CloudError",
    "api_host_override",
    "link",
    "region_host",
]
