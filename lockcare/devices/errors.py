"""Typed errors for talking to locks, made from tinytuya's error dicts.

tinytuya returns ``{"Error": ..., "Err": "905", "Payload": ...}`` instead of raising.
:func:`error_from_result` turns that into a :class:`DeviceError` whose ``kind`` the UI
can act on and whose ``message`` is plain words. Messages never contain a local key.
"""

from __future__ import annotations

from typing import Final

from lockcare.core.vocabulary import ErrorKind

ASLEEP: Final = ErrorKind.ASLEEP
WRONG_KEY: Final = ErrorKind.WRONG_KEY
SILENT: Final = ErrorKind.SILENT
GATEWAY_CHILD_OFFLINE: Final = ErrorKind.GATEWAY_CHILD_OFFLINE
GARBLED: Final = ErrorKind.GARBLED
"""The device answered with nonsense: junk, oversized or corrupt frames, a reply that is no
status, or one so slow it never completes. Not a key problem."""

KINDS: frozenset[str] = frozenset({ASLEEP, WRONG_KEY, SILENT, GATEWAY_CHILD_OFFLINE, GARBLED})


class DeviceError(Exception):
    """A lock (or its gateway) could not be read; an expected, user-actionable failure.

    Attributes:
        kind: One of ``"asleep"``, ``"wrong-key"``, ``"silent"``,
            ``"gateway-child-offline"``, ``"garbled"``.
        message: Plain words for the user.
        code: tinytuya's ``Err`` code ("905"...) when there is one, for a Details view.
        device_id: The device the error is about.
    """

    def __init__(self, kind: ErrorKind, message: str, *, code: str = "", device_id: str = "") -> None:
        if kind not in KINDS:
            raise ValueError(f"unknown DeviceError kind {kind!r}")
        super().__init__(message)
        self.kind: ErrorKind = kind
        self.message = message
        self.code = code
        self.device_id = device_id

    def __repr__(self) -> str:
        return f"DeviceError(kind={self.kind!r}, code={self.code!r}, device_id={self.device_id!r}, message={self.message!r})"


class ReadOnlyViolation(RuntimeError):
    """lockcare tried to send a command that could change a lock. Always a bug."""


_ASLEEP_MSG = (
    "The lock did not answer. Battery locks sleep to save power: wake it (touch the keypad) "
    "and try again, or check that it is on the same network."
)
_GATEWAY_ASLEEP_MSG = (
    "The gateway that serves this lock did not answer: check that it is powered and on the "
    "same network."
)
_SILENT_MSG = "The lock accepted the connection but did not answer in time. Try again in a moment."
_KEY_MSG = (
    "The lock refused the connection: check its local key and protocol version "
    "(the key changes whenever the lock is paired again in the app)."
)
_KEY_MSG_34 = (
    _KEY_MSG[:-1] + " On protocol 3.4/3.5 this also happens when the lock falls asleep during "
    "the connection handshake, so if the key is right, wake the lock and try again."
)
_DECODE_MSG = "The lock's reply could not be decoded: check its local key and protocol version."


def error_from_result(
    result: dict[str, object], *, version: str, device_id: str = "", gateway: bool = False
) -> DeviceError:
    """Converts a tinytuya error dict into a :class:`DeviceError`.

    Args:
        result: A tinytuya result containing ``"Err"``.
        version: The protocol version that was used ("3.3", "3.4", "3.5").
        device_id: The device the call was for.
        gateway: True when the call went through a gateway (words it for the hub).

    Returns:
        The typed error (not raised).
    """
    code = str(result.get("Err", ""))
    if code in ("901", "905"):
        message = _GATEWAY_ASLEEP_MSG if gateway else _ASLEEP_MSG
        return DeviceError(ASLEEP, message, code=code, device_id=device_id)
    if code == "914":
        message = _KEY_MSG_34 if version in ("3.4", "3.5") else _KEY_MSG
        return DeviceError(WRONG_KEY, message, code=code, device_id=device_id)
    if code in ("904", "900"):  # replies that do not decrypt (tinytuya 900 for undecodable bytes)
        return DeviceError(WRONG_KEY, _DECODE_MSG, code=code, device_id=device_id)
    if code == "902":
        return DeviceError(SILENT, _SILENT_MSG, code=code, device_id=device_id)
    return garbled("sent a reply lockcare does not understand", code=code, device_id=device_id, gateway=gateway)


def garbled(reason: str, *, code: str = "", device_id: str = "", gateway: bool = False) -> DeviceError:
    """The error for a device that talks nonsense (not a key problem).

    Args:
        reason: What it did, in plain words, completing "it ..." (e.g. "sent a frame whose
            checksum is wrong").
        code: tinytuya's ``Err`` code, if any.
        device_id: The device the read was for.
        gateway: True when the nonsense came from the gateway serving the lock.
    """
    who = "The gateway that serves this lock" if gateway else "The device at this lock's address"
    return DeviceError(
        GARBLED,
        f"{who} answered, but not like a Tuya device: it {reason}. This is not a key problem. "
        "Check the address and port (another device may be answering there); if they are right, "
        "restart the device and try again.",
        code=code,
        device_id=device_id,
    )


def child_offline(device_id: str) -> DeviceError:
    """The error for a gateway child the gateway lists as offline.

    Args:
        device_id: The child lock's device id.
    """
    return DeviceError(
        GATEWAY_CHILD_OFFLINE,
        "The gateway answered but says this lock is out of reach. Check the lock's batteries "
        "and that it is within range of the gateway.",
        device_id=device_id,
    )
