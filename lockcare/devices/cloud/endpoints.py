"""The only Tuya OpenAPI calls lockcare may make: reads, by GET.

The transport checks every request tinytuya is about to send against this list (method,
host and path) and refuses anything else before a byte leaves the machine, so no command,
password, ticket or unlock endpoint can be called, even by mistake.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

_ID = r"[A-Za-z0-9_\-]{1,64}"


@dataclass(frozen=True, slots=True)
class Endpoint:
    """One allowed read.

    Attributes:
        name: What it is for.
        pattern: The path, a regular expression matched in full (``{id}`` = a device id).
    """

    name: str
    pattern: str

    def matches(self, path: str) -> bool:
        """True when ``path`` (without query) is this endpoint."""
        return re.fullmatch(self.pattern.replace("{id}", _ID), path) is not None


READ_ENDPOINTS: tuple[Endpoint, ...] = (
    Endpoint("access token", r"/v1\.0/token"),
    Endpoint("devices of the linked app accounts", r"/v1\.0/iot-01/associated-users/devices"),
    Endpoint("devices of one app account (local keys, gateways)", r"/v1\.3/iot-03/devices"),
    Endpoint("factory information (mac, uuid)", r"/v1\.0/devices/factory-infos"),
    Endpoint("current status", r"/v1\.0/iot-03/devices/{id}/status"),
    Endpoint("data-point specification", r"/v1\.1/devices/{id}/specifications"),
    Endpoint("device log", r"/v1\.0/devices/{id}/logs"),
)
"""Every request lockcare's cloud client may send; all of them are ``GET``."""


def allowed(method: str, url: str, host: str) -> bool:
    """Whether a request may be sent.

    Args:
        method: The HTTP method.
        url: The full URL tinytuya built.
        host: The API host in use (``host[:port]``); any other host is refused.

    Returns:
        True only for a GET over https to ``host`` on a path in :data:`READ_ENDPOINTS`.
    """
    parts = urlsplit(url)
    if method.upper() != "GET" or parts.scheme != "https" or parts.netloc.lower() != host.lower():
        return False
    return any(endpoint.matches(parts.path) for endpoint in READ_ENDPOINTS)


def path_of(url: str) -> str:
    """The path of ``url`` without its query (what a log or error may name)."""
    return urlsplit(url).path


__all__ = ["Endpoint", "READ_ENDPOINTS", "allowed", "path_of"]
