"""Tuya's cloud, read-only: lockcare's client over tinytuya's ``Cloud``.

* :mod:`.client`: :class:`CloudClient` (``link``, ``devices``, ``specification``,
  ``status``, ``report_log``) and :func:`link`.
* :mod:`.errors`: :class:`CloudError` with a ``kind`` the CLI and GUI act on.
* :mod:`.endpoints`: the allow-list of the GET endpoints lockcare may call.
* :mod:`.transport`: the HTTP under tinytuya (allow-list, timeout, TLS, problem record).
* :mod:`.logs`: reading a device log completely, with an honest cursor.
"""

from lockcare.devices.cloud.client import ENV_API_HOST, CloudClient, api_host_override, link, region_host
from lockcare.devices.cloud.endpoints import READ_ENDPOINTS
from lockcare.devices.cloud.errors import KINDS, CloudError

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
