"""What the fake cloud answers: Tuya's OpenAPI for devices, status, specs and logs.

:class:`FakeApi` takes one parsed request and returns ``(HTTP status, body bytes)``. It
checks the signature and the token like Tuya, then serves:

* ``GET /v1.0/token?grant_type=1``
* ``GET /v1.0/iot-01/associated-users/devices`` (pages: ``size``, ``last_row_key``)
* ``GET /v1.3/iot-03/devices?source_type=tuyaUser&source_id=UID`` (pages, ``gateway_id``)
* ``GET /v1.0/devices/factory-infos?device_ids=...``
* ``GET /v1.0/devices/{id}``, ``GET /v1.0/iot-03/devices/{id}/status``
* ``GET /v1.1/devices/{id}/specifications``
* ``GET /v1.0/devices/{id}/logs`` (newest first, ``has_next`` / ``next_row_key``, 7 days kept)
* command, password-ticket and remote-unlock calls succeed as on the real cloud (so a
  mistaken call would act), and are recorded so tests can prove none was made;
* anything else: code 1108 "uri path invalid".
"""

from __future__ import annotations

import base64
import json
import re
import secrets
import time
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from lockcare.devices.fakecloud.model import DAY_MS, FakeDevice, FakeProject, LogEntry
from lockcare.devices.fakecloud.signing import sign, signature_matches, string_to_sign

CLOCK_SKEW_MS = 15 * 60 * 1000
RETENTION_DAYS = 7
COMMAND_PATHS: tuple[str, ...] = (
    r"/commands$",
    r"/door-lock/",
    r"/password",
    r"/ticket",
    r"/open-door",
    r"/unlock",
)
"""Paths that change or open a device; lockcare must never call them."""

_DEVICE = r"(?P<id>[A-Za-z0-9_\-]+)"


@dataclass(frozen=True, slots=True)
class ApiRequest:
    """One request as the server saw it."""

    method: str
    path: str
    query: tuple[tuple[str, str], ...]
    headers: Mapping[str, str]
    body: bytes = b""

    def param(self, name: str, default: str = "") -> str:
        """A query parameter's value (the last one given)."""
        found = [v for k, v in self.query if k == name]
        return found[-1] if found else default


class ApiError(Exception):
    """A Tuya error answer: ``{"success": false, "code", "msg"}``."""

    def __init__(self, code: int, msg: str) -> None:
        super().__init__(msg)
        self.code = code
        self.msg = msg


class FakeApi:
    """Tuya's OpenAPI over one :class:`FakeProject`.

    Args:
        project: The world to serve.
        clock: Epoch milliseconds now (defaults to the real clock).
    """

    def __init__(self, project: FakeProject, clock: Callable[[], int] | None = None) -> None:
        self.project = project
        self.now_ms = clock or (lambda: int(time.time() * 1000))
        self._tokens: dict[str, int] = {}  # token -> expiry (ms)
        self.issued_tokens: list[str] = []
        self._routes: list[tuple[str, re.Pattern[str], Callable[[ApiRequest, re.Match[str]], object]]] = [
            ("GET", re.compile(r"/v1\.0/token"), self._token),
            ("GET", re.compile(r"/v1\.0/iot-01/associated-users/devices"), self._associated_devices),
            ("GET", re.compile(r"/v1\.3/iot-03/devices"), self._user_devices),
            ("GET", re.compile(r"/v1\.0/devices/factory-infos"), self._factory_infos),
            ("GET", re.compile(rf"/v1\.0/iot-03/devices/{_DEVICE}/status"), self._status),
            ("GET", re.compile(rf"/v1\.1/devices/{_DEVICE}/specifications"), self._specifications),
            ("GET", re.compile(rf"/v1\.0/devices/{_DEVICE}/logs"), self._logs),
            ("GET", re.compile(rf"/v1\.0/devices/{_DEVICE}"), self._device),
            ("POST", re.compile(rf"/v1\.0/iot-03/devices/{_DEVICE}/commands"), self._act),
            ("POST", re.compile(rf"/v1\.0/devices/{_DEVICE}/commands"), self._act),
            ("POST", re.compile(rf"/v1\.0/devices/{_DEVICE}/door-lock/.+"), self._act),
        ]

    def expire_tokens(self) -> None:
        """Makes every access token issued so far invalid (the next call gets 1010)."""
        with self.project.lock:
            self._tokens.clear()

    def handle(self, request: ApiRequest) -> tuple[int, bytes, int | None]:
        """Answers one request (after faults, which the server applies).

        Returns:
            The HTTP status, the body, and Tuya's error code (None on success).
        """
        try:
            route = self._route(request)
            self._authenticate(request)
            self._check_project(request)
            with self.project.lock:
                result = route[0](request, route[1])
        except ApiError as exc:
            return 200, self.error_body(exc.code, exc.msg), exc.code
        return 200, self._body({"result": result, "success": True}), None

    def error_body(self, code: int, msg: str) -> bytes:
        """An error answer's body."""
        return self._body({"code": code, "msg": msg, "success": False})

    def _body(self, payload: dict[str, object]) -> bytes:
        payload.update(t=self.now_ms(), tid=uuid.uuid4().hex)
        return json.dumps(payload).encode()

    def _route(self, request: ApiRequest) -> tuple[Callable[[ApiRequest, re.Match[str]], object], re.Match[str]]:
        for method, pattern, handler in self._routes:
            match = pattern.fullmatch(request.path)
            if match and method == request.method:
                return handler, match
        raise ApiError(1108, "uri path invalid")

    def _authenticate(self, request: ApiRequest) -> None:
        headers = {k.lower(): v for k, v in request.headers.items()}
        client_id, given, t = headers.get("client_id", ""), headers.get("sign", ""), headers.get("t", "")
        if not client_id or not given or not t:
            raise ApiError(1105, "missing the header")
        if client_id != self.project.access_id:
            raise ApiError(1005, "clientId invalid")
        if headers.get("sign_method", "") != "HMAC-SHA256":
            raise ApiError(1004, "sign invalid")
        if not t.isdigit() or abs(int(t) - self.now_ms()) > CLOCK_SKEW_MS:
            raise ApiError(1013, "request time is invalid")
        is_token_call = request.path == "/v1.0/token"
        token = "" if is_token_call else headers.get("access_token", "")
        if not is_token_call:
            with self.project.lock:
                expiry = self._tokens.get(token)
            if not token or expiry is None or expiry <= self.now_ms():
                raise ApiError(1010, self.project.token_expired_message)
        to_sign = string_to_sign(request.method, request.path, request.query, request.body, request.headers)
        expected = sign(self.project.access_secret, client_id, token, t, headers.get("nonce", ""), to_sign)
        if not signature_matches(expected, given):
            raise ApiError(1004, "sign invalid")

    def _check_project(self, request: ApiRequest) -> None:
        if request.path == "/v1.0/token":
            return
        if self.project.plan_expired:
            raise ApiError(28841002, "No permissions. Your subscription to cloud development plan has expired.")
        if self.project.wrong_data_centre:
            raise ApiError(1106, "permission deny")

    # --- handlers -------------------------------------------------------------------

    def _token(self, request: ApiRequest, _match: re.Match[str]) -> object:
        if request.param("grant_type") != "1":
            raise ApiError(1003, "grant type invalid")
        token = secrets.token_hex(16)
        self._tokens[token] = self.now_ms() + self.project.token_ttl * 1000
        self.issued_tokens.append(token)
        return {"access_token": token, "expire_time": self.project.token_ttl,
                "refresh_token": secrets.token_hex(16), "uid": "bay" + secrets.token_hex(8)}  # fmt: skip

    def _associated_devices(self, request: ApiRequest, _match: re.Match[str]) -> object:
        entries = [self._device_json(d, with_gateway=False) for d in self.project.devices.values()]
        page, more, next_key = _page(entries, request.param("last_row_key"), _size(request.param("size"), 20, 100))
        return {"devices": page, "has_more": more, "last_row_key": next_key, "total": len(entries)}

    def _user_devices(self, request: ApiRequest, _match: re.Match[str]) -> object:
        if request.param("source_type") != "tuyaUser" or request.param("source_id") != self.project.uid:
            raise ApiError(1106, "permission deny")
        wanted = {i for i in request.param("device_ids").split(",") if i}
        entries = [self._device_json(d, with_gateway=True) for d in self.project.devices.values()
                   if not wanted or d.device_id in wanted]  # fmt: skip
        page, more, next_key = _page(entries, request.param("last_row_key"), _size(request.param("page_size"), 20, 100))
        return {"list": page, "has_more": more, "last_row_key": next_key, "total": len(entries)}

    def _factory_infos(self, request: ApiRequest, _match: re.Match[str]) -> object:
        ids = [i for i in request.param("device_ids").split(",") if i]
        if not ids or len(ids) > 50:
            raise ApiError(1101, "params range invalid")
        return [{"id": d.device_id, "mac": d.mac, "uuid": d.uuid, "sn": d.uuid[:12]}
                for i in ids if (d := self.project.devices.get(i))]  # fmt: skip

    def _device(self, _request: ApiRequest, match: re.Match[str]) -> object:
        return self._device_json(self._find(match["id"]), with_gateway=True)

    def _status(self, _request: ApiRequest, match: re.Match[str]) -> object:
        device = self._find(match["id"])
        return [{"code": code, "value": value} for code, value in device.status.items()]

    def _specifications(self, _request: ApiRequest, match: re.Match[str]) -> object:
        device = self._find(match["id"])
        if not device.spec:
            raise ApiError(2009, "not support this device")
        return {
            "category": device.category,
            "functions": [p.to_json() for p in device.spec if p.settable],
            "status": [p.to_json() for p in device.spec],
        }

    def _logs(self, request: ApiRequest, match: re.Match[str]) -> object:
        device = self._find(match["id"])
        try:
            start, end = int(request.param("start_time")), int(request.param("end_time"))
            types = {int(t) for t in request.param("type").split(",") if t}
        except ValueError:
            raise ApiError(1109, "param is illegal, please check it") from None
        if not types or request.param("query_type", "1") != "1":
            raise ApiError(1109, "param is illegal, please check it")
        codes = {c for c in request.param("codes").split(",") if c}
        oldest = self.now_ms() - RETENTION_DAYS * DAY_MS
        entries = sorted(
            (e for e in device.log
             if e.event_id in types and start <= e.event_time <= end and e.event_time >= oldest
             and (not codes or e.code in codes)),
            key=lambda e: (e.event_time, e.seq), reverse=True,
        )  # fmt: skip
        size = _size(request.param("size"), 20, 100)
        begin = 0
        row_key = request.param("start_row_key")
        if row_key:
            position = _decode_row_key(row_key)
            begin = next((i for i, e in enumerate(entries) if (e.event_time, e.seq) <= position), len(entries))
        page = entries[begin : begin + size]
        more = begin + size < len(entries)
        return {
            "device_id": device.device_id,
            "current_row_key": _row_key(page[0]) if page else "",
            "has_next": more,
            "next_row_key": _row_key(entries[begin + size]) if more else "",
            "logs": [e.to_json() for e in page],
        }

    def _act(self, _request: ApiRequest, match: re.Match[str]) -> object:
        self._find(match["id"])
        return True

    def _find(self, device_id: str) -> FakeDevice:
        device = self.project.devices.get(device_id)
        if device is None:
            raise ApiError(1106, "permission deny")
        return device

    def _device_json(self, device: FakeDevice, *, with_gateway: bool) -> dict[str, object]:
        entry: dict[str, object] = {
            "active_time": 1_700_000_000, "biz_type": 0, "category": device.category,
            "create_time": 1_700_000_000, "icon": "smart/icon/lock.png", "id": device.device_id,
            "ip": device.public_ip, "lat": "", "local_key": device.local_key, "lon": "", "model": "",
            "name": device.name, "online": device.online, "owner_id": "1", "product_id": device.product_id,
            "product_name": device.product_name, "status": [{"code": c, "value": v} for c, v in device.status.items()],
            "sub": device.sub, "time_zone": "+01:00", "uid": self.project.uid, "update_time": 1_700_000_000,
            "uuid": device.uuid,
        }  # fmt: skip
        if device.node_id:
            entry["node_id"] = device.node_id
        if with_gateway and device.gateway_id:
            entry["gateway_id"] = device.gateway_id
        return entry


def _size(text: str, default: int, cap: int) -> int:
    return min(int(text), cap) if text.isdigit() and int(text) > 0 else default


def _page(entries: Sequence[dict[str, object]], row_key: str, size: int) -> tuple[list[dict[str, object]], bool, str]:
    begin = int(row_key) if row_key.isdigit() else 0
    page = list(entries[begin : begin + size])
    more = begin + size < len(entries)
    return page, more, str(begin + size) if more else ""


def _row_key(entry: LogEntry) -> str:
    return base64.urlsafe_b64encode(f"{entry.event_time}:{entry.seq}".encode()).decode()


def _decode_row_key(key: str) -> tuple[int, int]:
    try:
        event_time, seq = base64.urlsafe_b64decode(key.encode()).decode().split(":")
        return int(event_time), int(seq)
    except (ValueError, UnicodeDecodeError):
        raise ApiError(1109, "param is illegal, please check it") from None


__all__ = ["ApiError", "ApiRequest", "COMMAND_PATHS", "FakeApi"]
