"""Typed, plain-words errors for Tuya's cloud, made from what the wire said.

Tuya answers most failures with HTTP 200 and ``{"success": false, "code": N, "msg": ...}``;
tinytuya folds many of them into generic dicts (or a short result) and drops the code, so
the transport records each failed reply as a :class:`Problem` and :func:`error_for`
turns it into a :class:`CloudError` whose ``kind`` the CLI and GUI act on. Messages say
what to do and never contain the secret or a token.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Final, Literal

from lockcare.core.cloud import REGION_NAMES
from lockcare.core.errors import LockcareError
from lockcare.redaction import redact

if TYPE_CHECKING:
    from lockcare.core.cloud import ReportLog

CloudErrorKind = Literal["credentials", "region", "subscription", "network", "server", "rate-limit"]

CREDENTIALS: Final = "credentials"
REGION: Final = "region"
SUBSCRIPTION: Final = "subscription"
NETWORK: Final = "network"
SERVER: Final = "server"
RATE_LIMIT: Final = "rate-limit"

KINDS: frozenset[str] = frozenset({CREDENTIALS, REGION, SUBSCRIPTION, NETWORK, SERVER, RATE_LIMIT})

TOKEN_EXPIRED_CODES: frozenset[int] = frozenset({1010, 1011, 1012})
"""Token expired / invalid / bad status: get a new token and try once more."""

CREDENTIAL_CODES: frozenset[int] = frozenset({1001, 1002, 1004, 1005, 1007, 1008})
CLOCK_CODE = 1013
REGION_CODES: frozenset[int] = frozenset({1106, 2406})
PLAN_EXPIRED_CODE = 28841002
QUOTA_USED_UP_CODE = 28841004
NOT_AUTHORISED_CODES: frozenset[int] = frozenset({28841101, 28841105})
RATE_LIMIT_CODES: frozenset[int] = frozenset({1110, 1199})

RENEW_STEPS = 'Cloud -> Project Management -> Open Project -> Service API -> "Extend trial period"'


class CloudError(LockcareError):
    """Tuya's cloud could not be used; an expected, user-actionable failure.

    Attributes:
        kind: ``credentials``, ``region``, ``subscription``, ``network``, ``server`` or
            ``rate-limit``.
        message: Plain words: what happened and what to do.
        code: Tuya's error code or the HTTP status, as text ("" when there is none).
        partial: For a device-log harvest that failed part-way: what was complete
            before the failure (store it and keep its ``complete_through`` as the cursor).
    """

    def __init__(
        self, kind: CloudErrorKind, message: str, *, code: str = "", partial: ReportLog | None = None
    ) -> None:
        if kind not in KINDS:
            raise ValueError(f"unknown CloudError kind {kind!r}")
        message = redact(message)
        super().__init__(message)
        self.kind: CloudErrorKind = kind
        self.message = message
        self.code = code
        self.partial = partial

    def with_partial(self, partial: ReportLog) -> CloudError:
        """The same error carrying what a harvest completed before it."""
        return CloudError(self.kind, self.message, code=self.code, partial=partial)

    def to_dict(self) -> dict[str, str]:
        """The ``{"kind", "message"}`` shape of the CLI's JSON output."""
        return {"kind": self.kind, "message": self.message}

    def __repr__(self) -> str:
        return f"CloudError(kind={self.kind!r}, code={self.code!r}, message={self.message!r})"


@dataclass(frozen=True, slots=True)
class Problem:
    """One failed reply as seen on the wire.

    Attributes:
        path: The request path (no query, so no ids beyond the device's).
        status: The HTTP status.
        code: Tuya's error code, when the body was JSON and had one.
        message: Tuya's ``msg`` (redacted), or a short description of the reply.
        unreadable: The body was not the JSON object Tuya sends.
    """

    path: str
    status: int
    code: int | None = None
    message: str = ""
    unreadable: bool = False

    @property
    def is_token_expiry(self) -> bool:
        """True when a new token would fix it."""
        return self.code in TOKEN_EXPIRED_CODES


def error_for(problem: Problem, *, region: str) -> CloudError:
    """Turns a recorded problem into the error the user sees.

    Args:
        problem: The failed reply.
        region: The data centre in use, named in region messages.
    """
    code = problem.code
    said = f" (code {code}: {problem.message})" if code is not None and problem.message else ""
    if problem.status == 429 or code in RATE_LIMIT_CODES:
        return CloudError(
            RATE_LIMIT,
            f"Tuya's cloud says lockcare is asking too often{said or _http(problem)}; "
            "it will work again in a little while.",
            code=_code_text(problem),
        )
    if code is None:
        if problem.status < 300:
            return CloudError(SERVER, "Tuya's cloud sent a reply lockcare did not understand; try again later.", code=_code_text(problem))
        return CloudError(SERVER, f"Tuya's cloud had a problem (HTTP {problem.status}); try again later.", code=_code_text(problem))
    if code in CREDENTIAL_CODES:
        return CloudError(
            CREDENTIALS,
            f"Tuya's cloud refused the access id or secret{said}. Copy both again from your "
            "cloud project (Cloud -> Project Management -> Open Project -> Overview).",
            code=str(code),
        )
    if code == CLOCK_CODE:
        return CloudError(
            CREDENTIALS,
            f"Tuya's cloud refused the request time{said}: check that this computer's date, "
            "time and time zone are right.",
            code=str(code),
        )
    if code in REGION_CODES:
        place = REGION_NAMES.get(region, region)
        return CloudError(
            REGION,
            f"The {place} data centre does not let this project see your devices{said}. Pick the "
            "data centre of your Smart Life / Tuya Smart account, and check that the app account "
            "is linked to the cloud project (Devices -> Link App Account).",
            code=str(code),
        )
    if code == PLAN_EXPIRED_CODE:
        return CloudError(
            SUBSCRIPTION,
            f"Your Tuya cloud project's free IoT Core plan has expired{said}. Renew it on Tuya's "
            f"developer platform: {RENEW_STEPS}, then try again.",
            code=str(code),
        )
    if code in NOT_AUTHORISED_CODES:
        return CloudError(
            SUBSCRIPTION,
            f"Your Tuya cloud project may not call this service{said}. Add the IoT Core service "
            "to the project (Cloud -> Project Management -> Open Project -> Service API).",
            code=str(code),
        )
    if code == QUOTA_USED_UP_CODE:
        return CloudError(
            RATE_LIMIT,
            f"Your Tuya cloud project has used up this month's quota of calls{said}; it renews "
            "next month.",
            code=str(code),
        )
    if code in TOKEN_EXPIRED_CODES:
        return CloudError(SERVER, f"Tuya's cloud keeps refusing fresh access tokens{said}; try again later.", code=str(code))
    return CloudError(SERVER, f"Tuya's cloud refused the request{said}; try again later.", code=str(code))


def _code_text(problem: Problem) -> str:
    return str(problem.code) if problem.code is not None else str(problem.status)


def _http(problem: Problem) -> str:
    return f" (HTTP {problem.status})"


__all__ = [
    "CREDENTIALS",
    "CloudError",
    "CloudErrorKind",
    "KINDS",
    "NETWORK",
    "Problem",
    "RATE_LIMIT",
    "REGION",
    "SERVER",
    "SUBSCRIPTION",
    "TOKEN_EXPIRED_CODES",
    "error_for",
]
