"""Failures the fake cloud answers on demand, one call at a time.

``cloud.inject(r"/logs$", HTTP_500, after=1)`` makes the second log request (and only
that one) fail with HTTP 500; ``times=`` repeats it. Presets cover what users meet.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Fault:
    """One way a request can fail.

    Attributes:
        status: The HTTP status to answer.
        code: Tuya's error code in a JSON body (None: ``raw`` is sent instead).
        msg: Tuya's message.
        raw: A non-JSON body (with ``code`` None).
        expire_tokens: Expire every token first, then serve the request normally.
        stall: Seconds to wait before answering (until the server stops, at most).
    """

    status: int = 200
    code: int | None = None
    msg: str = ""
    raw: bytes = b""
    expire_tokens: bool = False
    stall: float = 0.0


HTTP_500 = Fault(status=500, raw=b"<html><body>500 Internal Server Error</body></html>")
HTTP_502 = Fault(status=502, raw=b"<html><body>502 Bad Gateway</body></html>")
BAD_JSON = Fault(status=200, raw=b'{"success": true, "result": ')
SYSTEM_ERROR = Fault(code=500, msg="system error, please contact the admin")
SIGN_INVALID = Fault(code=1004, msg="sign invalid")
PERMISSION_DENY = Fault(code=1106, msg="permission deny")
PLAN_EXPIRED = Fault(code=28841002, msg="No permissions. Your subscription to cloud development plan has expired.")
QUOTA_USED_UP = Fault(code=28841004, msg="Please upgrade to the official version: Your quota of Trial Edition is used up.")
TOO_FREQUENT = Fault(code=1199, msg="your requests are too frequent")
HTTP_429 = Fault(status=429, raw=b"Too Many Requests")
EXPIRE_TOKENS = Fault(expire_tokens=True)


def stall(seconds: float) -> Fault:
    """A request answered only after ``seconds`` (for timeout tests)."""
    return Fault(stall=seconds, code=500, msg="late")


@dataclass(slots=True)
class _Rule:
    pattern: re.Pattern[str]
    fault: Fault
    skip: int
    times: int


class FaultPlan:
    """The injected faults, matched against request paths in order."""

    def __init__(self) -> None:
        self._rules: list[_Rule] = []
        self._lock = threading.Lock()

    def add(self, path: str, fault: Fault, *, after: int = 0, times: int = 1) -> None:
        """Fails matching requests: lets ``after`` pass first, then fails ``times`` of them.

        Args:
            path: A regular expression searched in the request path.
            fault: What to answer.
            after: Matching requests served normally first.
            times: How many matching requests then fail (-1: all of them).
        """
        with self._lock:
            self._rules.append(_Rule(re.compile(path), fault, after, times))

    def take(self, path: str) -> Fault | None:
        """The fault for this request, if one applies (counting it as used)."""
        with self._lock:
            for rule in self._rules:
                if not rule.pattern.search(path) or rule.times == 0:
                    continue
                if rule.skip > 0:
                    rule.skip -= 1
                    continue
                if rule.times > 0:
                    rule.times -= 1
                return rule.fault
        return None

    def clear(self) -> None:
        """Removes every injected fault."""
        with self._lock:
            self._rules.clear()


__all__ = [
    "BAD_JSON",
    "EXPIRE_TOKENS",
    "Fault",
    "FaultPlan",
    "HTTP_429",
    "HTTP_500",
    "HTTP_502",
    "PERMISSION_DENY",
    "PLAN_EXPIRED",
    "QUOTA_USED_UP",
    "SIGN_INVALID",
    "SYSTEM_ERROR",
    "TOO_FREQUENT",
    "stall",
]
