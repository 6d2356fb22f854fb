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

from lockcare.devices.cloud.endpoints import READ_ENDPOINTS
from lockcare.devices.cloud.errors import KINDS, CloudError
from lockcare.lazy import lazy_attributes

__getattr__ = lazy_attributes(__name__, dict.fromkeys(
    ("ENV_API_HOST", "CloudClient", "api_host_override", "link", "region_host"), "lockcare.devices.cloud.client"))


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
