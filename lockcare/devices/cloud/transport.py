"""The HTTP under tinytuya's ``Cloud``: allow-listed, bounded by a timeout, kept alive.

tinytuya 1.20's ``Cloud`` sends every request through the module-level ``requests.get`` /
``requests.request`` of ``tinytuya.Cloud`` with no timeout, follows redirects, opens a new
TLS connection per call, puts the access secret in a header of the token request, and folds
most failures into generic dicts. It has no hook for any of that, so lockcare replaces that
module's ``requests`` name with :class:`_RequestsShim`: outside :meth:`Transport.active`
it forwards to ``requests`` unchanged (plain tinytuya behaves as before); inside, the
request goes through the active :class:`Transport`, which

* refuses anything not on the read-only allow-list (:class:`ReadOnlyViolation`);
* sends with a (connect, read) timeout, TLS verified (``REQUESTS_CA_BUNDLE`` decides the
  trusted CAs, as for any ``requests`` user), no redirects, one kept-alive session;
* leaves out the ``secret`` header: Tuya checks the signature, so the secret never travels;
* records every failed reply as a :class:`Problem` (Tuya's code survives) and registers
  each access token it sees with :mod:`lockcare.redaction`.
"""

from __future__ import annotations

import importlib
import json
import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

import requests

from lockcare.devices.cloud.endpoints import allowed, path_of
from lockcare.devices.cloud.errors import Problem
from lockcare.devices.errors import ReadOnlyViolation
from lockcare.redaction import redact, register_secret

log = logging.getLogger(__name__)

_ACTIVE: ContextVar[Transport | None] = ContextVar("lockcare_cloud_transport", default=None)
_install_lock = threading.Lock()
_TOKEN_PATH = "/v1.0/token"


class Transport:
    """Sends tinytuya's requests for one cloud client.

    Args:
        host: The API host (``host[:port]``) every request must go to.
        timeout: Seconds to wait for a connection, and for each read.
    """

    def __init__(self, host: str, timeout: float) -> None:
        _install_shim()
        self.host = host
        self.timeout = timeout
        self.requests_sent = 0
        self._session = requests.Session()
        self._problems: list[Problem] = []

    @contextmanager
    def active(self) -> Iterator[list[Problem]]:
        """Routes tinytuya's requests on this thread through this transport.

        Yields:
            The problems seen while active, with token expiries dropped once a new
            token was obtained after them.
        """
        self._problems = []
        token = _ACTIVE.set(self)
        try:
            yield self._problems
        finally:
            _ACTIVE.reset(token)

    def send(self, method: str, url: str, **kwargs: Any) -> requests.Response:
        """Sends one request tinytuya built (see the module docstring for what is checked).

        Raises:
            ReadOnlyViolation: The request is not on the allow-list; nothing was sent.
            requests.RequestException: The request could not be completed.
        """
        if not allowed(method, url, self.host):
            log.error("Refused a cloud request outside the read-only list: %s %s", method, path_of(url))
            raise ReadOnlyViolation(f"lockcare refused to send {method} {path_of(url)} to Tuya's cloud")
        headers = {k: v for k, v in (kwargs.pop("headers", None) or {}).items() if k.lower() != "secret"}
        kwargs.pop("timeout", None)
        kwargs.pop("allow_redirects", None)
        kwargs.pop("verify", None)
        self.requests_sent += 1
        response = self._session.request(
            method, url, headers=headers, timeout=self.timeout, allow_redirects=False, verify=True, **kwargs
        )
        path = path_of(url)
        self._inspect(path, response)
        if path != _TOKEN_PATH and self._problems and self._problems[-1].is_token_expiry:
            # tinytuya would renew the token and resend the request itself, but it signs the
            # resent query URL-encoded, which Tuya refuses (sign invalid) when a value such as
            # a log page's row key holds "="; lockcare's client renews and resends instead.
            raise TokenExpired(path)
        return response

    def close(self) -> None:
        """Closes the kept-alive connections."""
        self._session.close()

    def _inspect(self, path: str, response: requests.Response) -> None:
        try:
            body = json.loads(response.content.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            body = None
        if not isinstance(body, dict):
            self._problems.append(Problem(path, response.status_code, None, "not JSON", unreadable=True))
            return
        if body.get("success") is True and response.status_code < 300:
            if path == _TOKEN_PATH:
                self._on_token(body)
            return
        code = body.get("code")
        self._problems.append(
            Problem(
                path,
                response.status_code,
                code if isinstance(code, int) and not isinstance(code, bool) else _int_or_none(code),
                redact(str(body.get("msg") or ""))[:200],
            )
        )

    def _on_token(self, body: dict[str, Any]) -> None:
        result = body.get("result")
        if isinstance(result, dict):
            register_secret(str(result.get("access_token") or ""))
            register_secret(str(result.get("refresh_token") or ""))
        # A token expiry that a new token has since answered is not a failure.
        self._problems[:] = [p for p in self._problems if not p.is_token_expiry]


class TokenExpired(Exception):
    """The access token expired: the call was stopped so the client can renew and resend it."""


def _int_or_none(value: object) -> int | None:
    try:
        return int(str(value))
    except ValueError:
        return None


class _RequestsShim:
    """Stands in for ``requests`` inside ``tinytuya.Cloud`` (see the module docstring)."""

    def __init__(self, real: Any) -> None:
        self._real = real

    def __getattr__(self, name: str) -> Any:
        return getattr(self._real, name)

    def get(self, url: str, **kwargs: Any) -> requests.Response:
        transport = _ACTIVE.get()
        if transport is None:
            return self._real.get(url, **kwargs)
        return transport.send("GET", url, **kwargs)

    def request(self, method: str, url: str, **kwargs: Any) -> requests.Response:
        transport = _ACTIVE.get()
        if transport is None:
            return self._real.request(method, url, **kwargs)
        return transport.send(method, url, **kwargs)

    # Older tinytuya releases call these directly; inside lockcare they meet the allow-list.
    def post(self, url: str, **kwargs: Any) -> requests.Response:
        return self.request("POST", url, **kwargs)

    def put(self, url: str, **kwargs: Any) -> requests.Response:
        return self.request("PUT", url, **kwargs)

    def delete(self, url: str, **kwargs: Any) -> requests.Response:
        return self.request("DELETE", url, **kwargs)

    def patch(self, url: str, **kwargs: Any) -> requests.Response:
        return self.request("PATCH", url, **kwargs)


def _install_shim() -> None:
    module = importlib.import_module("tinytuya.Cloud")
    with _install_lock:
        if not isinstance(module.requests, _RequestsShim):
            module.requests = _RequestsShim(module.requests)


__all__ = ["TokenExpired", "Transport"]
