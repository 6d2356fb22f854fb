"""lockcare's read-only client for the user's own Tuya cloud project, over tinytuya's ``Cloud``.

One :class:`CloudClient` per set of credentials (region, access id, secret); calls are
synchronous and bounded (each request by ``timeout``, paging by a page limit), so run
them off the GUI thread. A client is not thread-safe: give each worker its own.

Every call goes through the read-only transport (:mod:`.transport`): nothing but the
allow-listed GETs of :mod:`.endpoints` can leave the machine. Failures become
:class:`CloudError` with a ``kind``; an expired token is renewed silently and the call
tried once more.

A harvest keeps one cursor per lock (the last ``complete_through``) and stores each
result's records and its new cursor together, so a crash in between repeats nothing::

    try:
        log = client.report_log(device_id, since=cursor, alarm_order=spec.alarm_order)
        error = None
    except CloudError as exc:  # part-way: what was complete is still good
        log, error = exc.partial, exc
    store(log.records)             # unique on (lock, code, time, value) as a second guard
    cursor = log.complete_through  # in the same transaction as the records
"""

from __future__ import annotations

import logging
import os
import re
import time
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime, timedelta
from typing import Any, TypeVar

import requests
from lockcare.devices import quiet_tinytuya  # noqa: F401, I001 - first: tinytuya's import rewires the terminal
import tinytuya

from lockcare.core.cloud import (
    DP_REPORT_EVENT,
    REGIONS,
    CloudDevice,
    CloudStatus,
    ReportLog,
    from_ms,
    with_parents,
)
from lockcare.core.cloudspec import CloudSpec
from lockcare.core.errors import ValidationError
from lockcare.devices.cloud.errors import NETWORK, SERVER, CloudError, Problem, error_for
from lockcare.devices.cloud.logs import SETTLE, WINDOW, read_log
from lockcare.devices.cloud.transport import TokenExpired, Transport
from lockcare.redaction import register_secret

log = logging.getLogger(__name__)

ENV_API_HOST = "LOCKCARE_TUYA_API_HOST"
DEFAULT_TIMEOUT = 10.0
PAGE_SIZE = 100
_HOST = re.compile(r"(?P<host>[A-Za-z0-9](?:[A-Za-z0-9.\-]*[A-Za-z0-9])?)(?::(?P<port>\d{1,5}))?")
_NOT_YET = "-"  # a placeholder token: it keeps tinytuya's constructor off the network
_T = TypeVar("_T")


def api_host_override(env: Mapping[str, str] | None = None) -> str | None:
    """Reads ``LOCKCARE_TUYA_API_HOST=HOST[:PORT]``, which replaces the region's API host.

    Args:
        env: The environment (``os.environ`` by default).

    Returns:
        ``host[:port]``, or None when the variable is unset or empty.

    Raises:
        ValidationError: The value is not a host name or address with an optional port.
    """
    value = (os.environ if env is None else env).get(ENV_API_HOST, "").strip()
    if not value:
        return None
    match = _HOST.fullmatch(value)
    port = int(match.group("port")) if match and match.group("port") else None
    if match is None or (port is not None and not 0 < port < 65536):
        raise ValidationError(f"{ENV_API_HOST}={value!r} is not HOST or HOST:PORT (for example 127.0.0.1:8443).")
    if "." not in match.group("host"):
        # tinytuya derives an icon host from the part after the first dot.
        raise ValidationError(f"{ENV_API_HOST}={value!r}: use a dotted name or an address such as 127.0.0.1.")
    return value


def region_host(region: str) -> str:
    """The API host of a data centre, as tinytuya knows it (no network)."""
    check_region(region)
    cloud = tinytuya.Cloud(apiRegion=region, apiKey="-", apiSecret="-", initial_token=_NOT_YET)
    return cloud.urlhost


def check_region(region: str) -> None:
    """Raises ValidationError unless ``region`` is one of :data:`REGIONS`."""
    if region not in REGIONS:
        raise ValidationError(f"Unknown data centre {region!r}: use one of {', '.join(REGIONS)}.")


class CloudClient:
    """Reads devices, specifications, status and device logs from a Tuya cloud project.

    Args:
        region: The data centre (:data:`~lockcare.core.cloud.REGIONS`).
        access_id: The project's access id (client id).
        access_secret: The project's access secret; registered for redaction, never shown.
        timeout: Seconds for connecting and for each read of every request.
        api_host: Replaces the region's host; by default ``LOCKCARE_TUYA_API_HOST``.
        clock: Seconds since the epoch (tests pass a fixed clock).

    Raises:
        ValidationError: Unknown region, empty credentials or a malformed host override.
    """

    def __init__(
        self,
        region: str,
        access_id: str,
        access_secret: str,
        *,
        timeout: float = DEFAULT_TIMEOUT,
        api_host: str | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        check_region(region)
        access_id, access_secret = access_id.strip(), access_secret.strip()
        if not access_id or not access_secret:
            raise ValidationError("Both the access id and the access secret are needed.")
        register_secret(access_secret)
        self.region = region
        self.access_id = access_id
        self.host = api_host or api_host_override() or region_host(region)
        self._clock = clock
        self._transport = Transport(self.host, timeout)
        self._cloud = tinytuya.Cloud(
            apiRegion=region, apiKey=access_id, apiSecret=access_secret, initial_token=_NOT_YET
        )
        self._cloud.urlhost = self.host
        self._cloud.token = None

    def __repr__(self) -> str:
        return f"CloudClient(region={self.region!r}, access_id={self.access_id!r}, host={self.host!r})"

    def __enter__(self) -> CloudClient:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @property
    def requests_sent(self) -> int:
        """How many HTTP requests this client has sent."""
        return self._transport.requests_sent

    def close(self) -> None:
        """Closes the kept-alive connections."""
        self._transport.close()

    def link(self) -> int:
        """Proves the credentials (a token and the device list).

        Returns:
            How many locks the project has.

        Raises:
            CloudError: ``credentials``, ``region``, ``subscription``, ``network``,
                ``server`` or ``rate-limit``.
        """
        return sum(1 for device in self.devices() if device.is_lock)

    def devices(self) -> list[CloudDevice]:
        """Every device of the project's linked app accounts (locks, gateways and the rest).

        Gateway children carry their gateway's id (from the cloud, or from the shared
        local key). No device carries an IP address: the cloud's is the home's public one.
        """
        entries = self._call(lambda: self._cloud.getdevices(verbose=False), lambda r: isinstance(r, list))
        devices = [CloudDevice.from_tinytuya(e) for e in entries if isinstance(e, Mapping) and e.get("id")]
        for device in devices:
            register_secret(device.local_key)
        return with_parents(devices)

    def specification(self, device_id: str) -> CloudSpec:
        """The device's data points by code (``GET /v1.1/devices/{id}/specifications``)."""
        reply = self._call(lambda: self._cloud.getdps(device_id), _has_result(Mapping))
        return CloudSpec.from_result(device_id, reply["result"])

    def status(self, device_id: str) -> CloudStatus:
        """The device's current values by code (``GET /v1.0/iot-03/devices/{id}/status``)."""
        reply = self._call(lambda: self._cloud.getstatus(device_id), _has_result(list))
        values = {
            str(item["code"]): item.get("value")
            for item in reply["result"]
            if isinstance(item, Mapping) and item.get("code")
        }
        return CloudStatus(device_id=device_id, values=values)

    def report_log(
        self,
        device_id: str,
        since: datetime | None = None,
        *,
        alarm_order: Sequence[str] | None = None,
        settle: timedelta = SETTLE,
        window: timedelta = WINDOW,
    ) -> ReportLog:
        """The device's data-point reports after ``since`` (event type 7, at most 7 days back).

        Args:
            device_id: The device.
            since: The ``complete_through`` of the previous harvest (exclusive), or None.
            alarm_order: The product's ``alarm_lock`` enum order (``CloudSpec.alarm_order``).
            settle: Reports younger than this are left for the next harvest.
            window: The range is read in windows of this size, oldest first.

        Returns:
            Records in ``(since, complete_through]``; unpacks as ``records, complete_through``.

        Raises:
            CloudError: Always with ``partial``: the windows completed before the failure
                (none, and ``complete_through`` = ``since``, when no page was read).
        """
        try:
            self._ensure_token()
        except CloudError as exc:
            raise exc.with_partial(ReportLog(device_id=device_id, complete_through=since)) from None
        now = from_ms(int((self._clock() + self._cloud.server_time_offset) * 1000))
        return read_log(
            lambda start, end, row_key: self._log_page(device_id, start, end, row_key),
            device_id,
            since,
            now,
            alarm_order=alarm_order,
            settle=settle,
            window=window,
        )

    def _log_page(self, device_id: str, start: int, end: int, row_key: str | None) -> Mapping[str, Any]:
        # max_fetches=1: one page per call, so every page's success is checked here
        # (tinytuya's own paging can return a short result when a later page fails).
        reply = self._call(
            lambda: self._cloud.getdevicelog(
                device_id, start=start, end=end, evtype=DP_REPORT_EVENT, size=PAGE_SIZE,
                max_fetches=1, start_row_key=row_key,
            ),
            _has_result(Mapping),
        )
        return reply["result"]

    def _ensure_token(self) -> None:
        if self._cloud.token:
            return
        self._run(self._cloud._gettoken)  # noqa: SLF001 - tinytuya has no public token call
        if not self._cloud.token:
            raise CloudError(SERVER, "Tuya's cloud did not give lockcare an access token; try again later.")
        register_secret(self._cloud.token)

    def _call(self, call: Callable[[], _T], ok: Callable[[Any], bool]) -> _T:
        """Runs one tinytuya call; renews an expired token and tries once more."""
        for attempt in (1, 2):
            self._ensure_token()
            result, problems = self._run_watched(call)
            if not problems and ok(result):
                return result
            problem = problems[0] if problems else None
            if problem is not None and problem.is_token_expiry and attempt == 1:
                log.info("Tuya cloud token expired; getting a new one")
                self._cloud.token = None
                continue
            if problem is None:
                raise CloudError(SERVER, "Tuya's cloud sent a reply lockcare did not understand; try again later.")
            raise error_for(problem, region=self.region)
        raise AssertionError("unreachable")

    def _run(self, call: Callable[[], _T]) -> _T:
        result, problems = self._run_watched(call)
        if problems:
            raise error_for(problems[0], region=self.region)
        return result

    def _run_watched(self, call: Callable[[], _T]) -> tuple[_T | None, list[Problem]]:
        with self._transport.active() as problems:
            try:
                result: _T | None = call()
            except TokenExpired:  # recorded as a problem: _call renews the token and resends
                result = None
            except requests.RequestException as exc:
                raise self._network_error(exc) from None
            except OSError as exc:  # e.g. REQUESTS_CA_BUNDLE names a missing file
                raise CloudError(
                    NETWORK, f"lockcare could not open a secure connection to {self.host}: {exc}"
                ) from None
            except (TypeError, KeyError, AttributeError, IndexError, ValueError):
                # tinytuya indexes into replies it did not check; a problem recorded on the
                # wire explains it, otherwise the reply was not what Tuya sends.
                if not problems:
                    raise CloudError(SERVER, "Tuya's cloud sent a reply lockcare did not understand; try again later.") from None
                result = None
            return result, list(problems)

    def _network_error(self, exc: requests.RequestException) -> CloudError:
        if isinstance(exc, requests.exceptions.SSLError):
            message = (
                f"lockcare could not verify the certificate of {self.host}, so it sent nothing: "
                "check this computer's date, and any proxy or network login page in the way."
            )
        elif isinstance(exc, requests.Timeout):
            message = f"Tuya's cloud ({self.host}) did not answer within {self._transport.timeout:g} s; try again later."
        else:
            message = f"lockcare could not reach Tuya's cloud ({self.host}): check the internet connection."
        return CloudError(NETWORK, message)


def _has_result(kind: type) -> Callable[[Any], bool]:
    def check(reply: Any) -> bool:
        return isinstance(reply, Mapping) and reply.get("success") is True and isinstance(reply.get("result"), kind)

    return check


def link(region: str, access_id: str, access_secret: str, **options: Any) -> int:
    """Proves a set of credentials and counts the project's locks.

    Args:
        region: The data centre.
        access_id: The project's access id.
        access_secret: The project's access secret.
        **options: Passed to :class:`CloudClient` (``timeout``, ``api_host``).

    Raises:
        CloudError: See :meth:`CloudClient.link`.
    """
    with CloudClient(region, access_id, access_secret, **options) as client:
        return client.link()


__all__ = ["CloudClient", "ENV_API_HOST", "api_host_override", "check_region", "link", "region_host"]
