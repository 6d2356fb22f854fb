"""Checks on what users type, with messages that say what is wrong and what is allowed."""

from __future__ import annotations

import ipaddress
import re
from datetime import UTC, datetime, timedelta

from lockcare.core.errors import ValidationError
from lockcare.core.models import BATTERY_LEVELS, BATTERY_TYPES, PROTOCOL_VERSIONS
from lockcare.core.safe_text import has_controls, one_line

LOCAL_KEY_LENGTH = 16
FUTURE_TOLERANCE = timedelta(minutes=5)
_DEVICE_ID = re.compile(r"^[A-Za-z0-9_-]{6,64}$")


def parse_percent_or_level(text: str) -> tuple[int | None, str | None]:
    """Read a manual battery reading: ``64``, ``64%`` or a level (high/medium/low/poweroff)."""
    value = text.strip().lower().rstrip("%").strip()
    if value in BATTERY_LEVELS:
        return None, value
    if value == "power-off" or value == "power off":
        return None, "poweroff"
    try:
        percent = int(value)
    except ValueError:
        raise ValidationError(
            f"“{text}” is not a battery reading: give a percentage from 0 to 100 or one of "
            f"{', '.join(BATTERY_LEVELS)}."
        ) from None
    return validate_percent(percent), None


def validate_percent(percent: int) -> int:
    """Refuse a percentage outside 0-100."""
    if not 0 <= percent <= 100:
        raise ValidationError(f"A battery percentage must be between 0 and 100 (got {percent}).")
    return percent


def validate_level(level: str) -> str:
    """Refuse a level that is not one of Tuya's battery states."""
    if level not in BATTERY_LEVELS:
        raise ValidationError(f"Unknown battery level “{level}”: use one of {', '.join(BATTERY_LEVELS)}.")
    return level


def validate_not_future(at: datetime, *, now: datetime | None = None) -> datetime:
    """Refuse a time in the future (a few minutes of clock skew are allowed)."""
    if at.tzinfo is None:
        raise ValidationError("Give the time with a time zone (or leave it out to mean now).")
    current = now or datetime.now(UTC)
    if _utc(at) > current + FUTURE_TOLERANCE:
        raise ValidationError(f"{at.isoformat(timespec='minutes')} is in the future; a reading or swap must already have happened.")
    return at


def parse_when(text: str | None, *, now: datetime | None = None) -> datetime:
    """Parse when something happened: an ISO-8601 date or time (local time when no zone is
    given) from :data:`EARLIEST` up to now; None means now.

    Raises:
        ValidationError: Not a date, before :data:`EARLIEST`, or in the future.
    """
    current = now or datetime.now(UTC)
    if text is None or not text.strip():
        return current
    parsed = _parse_iso(text)
    if _utc(parsed) < EARLIEST:
        raise ValidationError(f"“{text.strip()}” is before {EARLIEST.year}; give when it really happened.")
    return validate_not_future(parsed, now=current)


def parse_bound(text: str | None, *, end: bool = False) -> datetime | None:
    """Parse a filter bound (``log --since/--until``): an ISO date or time, local when no zone.

    Any date a person can type is accepted, year 1 and 9999 included: a bound past the
    range of times is the earliest or latest one. An end given as a date alone includes
    that whole day.

    Raises:
        ValidationError: Not a date.
    """
    if text is None or not text.strip():
        return None
    parsed = _parse_iso(text)
    if end and len(text.strip()) == 10:  # a date alone: include that whole day
        try:
            parsed += timedelta(days=1)
        except OverflowError:
            parsed = datetime.max.replace(tzinfo=UTC)
    return _utc(parsed)


EARLIEST = datetime(2000, 1, 1, tzinfo=UTC)
"""The earliest time a reading, swap or log entry may carry (no smart lock is older)."""


def _parse_iso(text: str) -> datetime:
    """An aware datetime from ISO-8601 text (the local zone when none is given)."""
    try:
        parsed = datetime.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError(f"“{text}” is not a date: use ISO 8601, e.g. 2026-07-03 or 2026-07-03T18:30.") from None
    if parsed.tzinfo is None:
        try:
            parsed = parsed.astimezone()  # the user's local time zone
        except (OverflowError, OSError, ValueError):  # year 1 or 9999: the local offset is past the range
            parsed = parsed.replace(tzinfo=UTC)
    return parsed


def _utc(at: datetime) -> datetime:
    """``at`` in UTC; a time past the range of times (year 1 or 9999 with an offset) is the first or last one."""
    try:
        return at.astimezone(UTC)
    except OverflowError:
        return (datetime.min if at.year == datetime.min.year else datetime.max).replace(tzinfo=UTC)


def validate_key(key: str) -> str:
    """A Tuya local key is exactly 16 characters (the message never repeats the key)."""
    if len(key) != LOCAL_KEY_LENGTH:
        raise ValidationError(
            f"A local key has exactly {LOCAL_KEY_LENGTH} characters (this one has {len(key)}). "
            "Copy it again from the tinytuya wizard's devices.json."
        )
    return key


def validate_version(version: str) -> str:
    """Accept a known protocol version or ``auto``."""
    if version != "auto" and version not in PROTOCOL_VERSIONS:
        raise ValidationError(f"Unknown protocol version “{version}”: use {', '.join(PROTOCOL_VERSIONS)} or auto.")
    return version


def validate_device_id(device_id: str) -> str:
    """A Tuya device id: letters, digits, dash or underscore (typically 20-22 characters)."""
    device_id = device_id.strip()
    if not _DEVICE_ID.match(device_id):
        raise ValidationError(f"“{device_id}” does not look like a Tuya device id (letters and digits, e.g. bf3a1c...).")
    return device_id


def validate_name(name: str) -> str:
    """A lock needs a name a person can tell apart."""
    name = name.strip()
    if not name:
        raise ValidationError("Give the lock a name, e.g. “Front door”.")
    if has_controls(name):
        raise ValidationError(
            f"The name “{one_line(name)}” holds control characters (such as a line break or a terminal "
            "escape); use letters, digits, spaces and punctuation."
        )
    if len(name) > 60:
        raise ValidationError("Keep the lock's name under 60 characters.")
    return name


def validate_port(port: int) -> int:
    """A TCP port number."""
    if not 1 <= port <= 65535:
        raise ValidationError(f"A port must be between 1 and 65535 (got {port}).")
    return port


def validate_battery_type(battery_type: str) -> str:
    """One of the battery types lockcare knows."""
    if battery_type not in BATTERY_TYPES:
        raise ValidationError(f"Unknown battery type “{battery_type}”: use one of {', '.join(BATTERY_TYPES)}.")
    return battery_type


_HOST_LABEL = re.compile(r"^(?!-)[A-Za-z0-9-]{1,63}(?<!-)$")


def validate_address(text: str, *, field: str = "Address") -> str:
    """An IPv4 or IPv6 literal or an RFC 1123 host name, stripped (the one address check).

    The CLI, the services and the GUI's dialogs all use this, so an address refused in one
    place is refused everywhere. Dotted numbers are an IPv4 address or nothing (a host
    name's last label is never all digits, RFC 3696), so ``192.168.1.300`` is refused.

    Args:
        text: What the user typed.
        field: The field's name as the user sees it, to start the message with.

    Raises:
        ValidationError: Not an address; the message names the field and says what is allowed.
    """
    address = text.strip()
    shown = one_line(address)
    if not address:
        raise ValidationError(f"{field}: give the lock's IP address (e.g. 192.168.1.40) or host name.")
    host = address[1:-1] if address.startswith("[") and address.endswith("]") else address
    if host.count(":") == 1:
        raise ValidationError(f"{field}: “{shown}” has a port in it; give the address alone and the port separately.")
    if ":" in host:
        try:
            return str(ipaddress.IPv6Address(host))
        except ValueError:
            raise ValidationError(f"{field}: “{shown}” is not a valid IPv6 address.") from None
    labels = host[:-1].split(".") if host.endswith(".") else host.split(".")
    if labels and labels[-1].isdigit() or all(label.isdigit() for label in labels):
        try:
            return str(ipaddress.IPv4Address(host))
        except ValueError:
            raise ValidationError(
                f"{field}: “{shown}” is not a valid IPv4 address (four numbers from 0 to 255, e.g. 192.168.1.40)."
            ) from None
    if len(host) > 253 or not all(_HOST_LABEL.match(label) for label in labels):
        raise ValidationError(
            f"{field}: “{shown}” is neither an IP address nor a host name (host names use letters, digits, "
            "hyphens and dots, e.g. front-door.local)."
        )
    return host
