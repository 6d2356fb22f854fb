"""The fake Tuya cloud as an HTTPS server on 127.0.0.1, with a throwaway CA.

::

    with FakeTuyaCloud() as cloud:          # started; stopped (threads joined) on exit
        front = cloud.project.add_lock("Front door")
        os.environ.update(cloud.client_env())   # LOCKCARE_TUYA_API_HOST, REQUESTS_CA_BUNDLE
        cloud.inject(r"/logs$", HTTP_500, after=1)
        ...
        assert not cloud.command_calls()

One thread accepts connections; each connection (HTTP/1.1, kept alive) gets a thread of its
own, all joined by :meth:`FakeTuyaCloud.stop`. Every request is recorded (method, path,
query, answer) so tests can prove what was and was not called.
"""

from __future__ import annotations

import logging
import re
import socket
import ssl
import threading
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from lockcare.devices.fakecloud.api import COMMAND_PATHS, ApiRequest, FakeApi
from lockcare.devices.fakecloud.faults import Fault, FaultPlan
from lockcare.devices.fakecloud.model import FakeProject
from lockcare.devices.fakecloud.tls import ThrowawayTls

log = logging.getLogger(__name__)
_JOIN_TIMEOUT = 5.0


@dataclass(frozen=True, slots=True)
class Served:
    """One request the fake answered.

    Attributes:
        method: HTTP method.
        path: Request path.
        query: Decoded query pairs.
        status: HTTP status answered.
        code: Tuya error code answered (None on success or a non-JSON answer).
        secret_header: The request carried a ``secret`` header (the access secret in clear).
    """

    method: str
    path: str
    query: tuple[tuple[str, str], ...]
    status: int
    code: int | None
    secret_header: bool


class FakeTuyaCloud:
    """Tuya's OpenAPI on 127.0.0.1 over TLS, for tests, benchmarks and the demo.

    Args:
        project: The world to serve (a fresh, empty project by default).
        clock: Epoch milliseconds now (the real clock by default).
        port: TCP port on 127.0.0.1 (0: an ephemeral one).
    """

    def __init__(self, project: FakeProject | None = None, *, clock: Callable[[], int] | None = None, port: int = 0) -> None:
        self.project = project or FakeProject()
        self.api = FakeApi(self.project, clock)
        self.faults = FaultPlan()
        self._port = port
        self._served: list[Served] = []
        self._served_lock = threading.Lock()
        self._tls: ThrowawayTls | None = None
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self.tls_failures = 0
        self.connections = 0

    # --- life cycle -----------------------------------------------------------------

    def start(self) -> FakeTuyaCloud:
        """Makes the CA and starts serving; returns self."""
        if self._server is not None:
            return self
        self._tls = ThrowawayTls.create()
        self._server = _Server(("127.0.0.1", self._port), _Handler, self, self._tls.server_context())
        self._thread = threading.Thread(
            target=self._server.serve_forever, args=(0.05,), name="fakecloud-accept", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stops serving, closes every connection, joins every thread, deletes the CA."""
        server, self._server = self._server, None
        if server is None:
            return
        server.stopping.set()
        server.shutdown()
        if self._thread is not None:
            self._thread.join(_JOIN_TIMEOUT)
        server.close_connections()
        server.server_close()
        if self._tls is not None:
            self._tls.cleanup()
            self._tls = None

    def __enter__(self) -> FakeTuyaCloud:
        return self.start()

    def __exit__(self, *_exc: object) -> None:
        self.stop()

    # --- where it is ----------------------------------------------------------------

    @property
    def host(self) -> str:
        """``127.0.0.1:PORT``: the value for ``LOCKCARE_TUYA_API_HOST``."""
        if self._server is None:
            raise RuntimeError("the fake cloud is not running")
        return f"127.0.0.1:{self._server.server_address[1]}"

    @property
    def ca_path(self) -> str:
        """The throwaway CA certificate: the value for ``REQUESTS_CA_BUNDLE``."""
        if self._tls is None:
            raise RuntimeError("the fake cloud is not running")
        return str(self._tls.ca_path)

    def client_env(self) -> dict[str, str]:
        """The environment a client process needs to use this fake."""
        return {"LOCKCARE_TUYA_API_HOST": self.host, "REQUESTS_CA_BUNDLE": self.ca_path}

    # --- control and record ---------------------------------------------------------

    def inject(self, path: str, fault: Fault, *, after: int = 0, times: int = 1) -> None:
        """Fails matching requests on demand (see :class:`FaultPlan.add`)."""
        self.faults.add(path, fault, after=after, times=times)

    def served(self) -> list[Served]:
        """Every request answered so far, in order."""
        with self._served_lock:
            return list(self._served)

    def paths(self) -> list[str]:
        """The paths of every request answered so far, in order."""
        return [s.path for s in self.served()]

    def count(self, path_pattern: str) -> int:
        """How many requests had a path matching ``path_pattern`` (searched)."""
        return sum(1 for s in self.served() if re.search(path_pattern, s.path))

    def command_calls(self) -> list[Served]:
        """Requests that could change or open a device (any non-GET, or a command path)."""
        return [
            s for s in self.served()
            if s.method != "GET" or any(re.search(p, s.path) for p in COMMAND_PATHS)
        ]  # fmt: skip

    def _answer(self, request: ApiRequest) -> tuple[int, bytes, int | None]:
        fault = self.faults.take(request.path)
        if fault is not None and fault.stall and self._server is not None:
            self._server.stopping.wait(fault.stall)
        if fault is not None and fault.expire_tokens:
            self.api.expire_tokens()
        elif fault is not None and fault.code is not None:
            return fault.status, self.api.error_body(fault.code, fault.msg), fault.code
        elif fault is not None:
            return fault.status, fault.raw, None
        return self.api.handle(request)

    def _record(self, request: ApiRequest, status: int, code: int | None) -> None:
        secret = any(k.lower() == "secret" for k in request.headers)
        with self._served_lock:
            self._served.append(Served(request.method, request.path, request.query, status, code, secret))


class _Server(HTTPServer):
    """An HTTPS server with one thread per kept-alive connection, all joined on close."""

    allow_reuse_address = False

    def __init__(self, address: tuple[str, int], handler: type, cloud: FakeTuyaCloud, context: ssl.SSLContext) -> None:
        self.cloud = cloud
        self.context = context
        self.stopping = threading.Event()
        self._connections: dict[socket.socket, threading.Thread] = {}
        self._lock = threading.Lock()
        super().__init__(address, handler)

    def get_request(self) -> tuple[socket.socket, Any]:
        sock, address = self.socket.accept()
        # Headers and body go out in separate writes; without this, Nagle's algorithm meets
        # the client's delayed ACK and every answer waits ~40 ms.
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        # The handshake runs on the connection's thread, so a slow client blocks no one.
        return self.context.wrap_socket(sock, server_side=True, do_handshake_on_connect=False), address

    def process_request(self, request: Any, client_address: Any) -> None:
        self.cloud.connections += 1
        thread = threading.Thread(
            target=self._serve_connection, args=(request, client_address), name="fakecloud-conn", daemon=True
        )
        with self._lock:
            self._connections[request] = thread
        thread.start()

    def _serve_connection(self, request: Any, client_address: Any) -> None:
        try:
            self.finish_request(request, client_address)
        except (OSError, ssl.SSLError) as exc:
            log.debug("fake cloud connection ended: %s", exc)
        finally:
            self.shutdown_request(request)
            with self._lock:
                self._connections.pop(request, None)

    def close_connections(self) -> None:
        with self._lock:
            live = dict(self._connections)
        for sock in live:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
        for thread in live.values():
            thread.join(_JOIN_TIMEOUT)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    timeout = 30
    server: _Server

    def setup(self) -> None:
        self.request.settimeout(self.timeout)
        try:
            self.request.do_handshake()
        except (ssl.SSLError, OSError):
            self.server.cloud.tls_failures += 1
            raise
        super().setup()

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        self._serve()

    def do_POST(self) -> None:  # noqa: N802
        self._serve()

    def do_PUT(self) -> None:  # noqa: N802
        self._serve()

    def do_DELETE(self) -> None:  # noqa: N802
        self._serve()

    def _serve(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        parts = urlsplit(self.path)
        request = ApiRequest(
            method=self.command,
            path=parts.path,
            query=tuple(parse_qsl(parts.query, keep_blank_values=True)),
            headers={k: v for k, v in self.headers.items()},
            body=body,
        )
        cloud = self.server.cloud
        status, payload, code = cloud._answer(request)  # noqa: SLF001 - the server is the cloud's
        cloud._record(request, status, code)  # noqa: SLF001
        if self.server.stopping.is_set():
            self.close_connection = True
        self.send_response(status)
        self.send_header("Content-Type", "application/json" if payload.startswith(b"{") else "text/html")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - http.server's signature
        log.debug("fake cloud: " + format, *args)


__all__ = ["FakeTuyaCloud", "Served"]
