"""Validation of what users type."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from lockcare.core.errors import ValidationError
from lockcare.core.safe_text import one_line, terminal_safe
from lockcare.core.validation import (
    parse_bound,
    parse_percent_or_level,
    parse_when,
    validate_address,
    validate_device_id,
    validate_key,
    validate_version,
)

NOW = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)


@pytest.mark.parametrize(("text", "expected"), [("64", (64, None)), ("0%", (0, None)), ("100 %", (100, None)),
                                                ("LOW", (None, "low")), ("poweroff", (None, "poweroff"))])
def test_readings_people_type(text: str, expected: tuple) -> None:
    assert parse_percent_or_level(text) == expected


@pytest.mark.parametrize("text", ["101", "-1", "full", "6 4", ""])
def test_impossible_readings_are_refused(text: str) -> None:
    with pytest.raises(ValidationError):
        parse_percent_or_level(text)


def test_future_times_are_refused_and_the_past_is_fine() -> None:
    assert parse_when("2026-07-03T18:30+02:00", now=NOW) == datetime(2026, 7, 3, 16, 30, tzinfo=UTC)
    assert parse_when(None, now=NOW) == NOW
    with pytest.raises(ValidationError, match="future"):
        parse_when((NOW + timedelta(days=1)).isoformat(), now=NOW)
    with pytest.raises(ValidationError, match="ISO 8601"):
        parse_when("yesterday", now=NOW)


def test_key_errors_never_repeat_the_key() -> None:
    with pytest.raises(ValidationError) as info:
        validate_key("secretsecret123")
    assert "secretsecret123" not in str(info.value)
    assert "15" in str(info.value)
    assert validate_key("0123456789abcdef") == "0123456789abcdef"


def test_versions_and_ids() -> None:
    assert validate_version("auto") == "auto"
    with pytest.raises(ValidationError):
        validate_version("3.1")
    with pytest.raises(ValidationError):
        validate_device_id("bad id!")


@pytest.mark.parametrize(
    ("text", "stored"),
    [("192.168.1.40", "192.168.1.40"), (" 10.0.0.5 ", "10.0.0.5"), ("::1", "::1"), ("[fe80::1%eth0]", "fe80::1%eth0"),
     ("2001:DB8::1", "2001:db8::1"), ("front-door.local", "front-door.local"), ("lock1", "lock1"), ("router.", "router.")],
)
def test_addresses_that_are_addresses(text: str, stored: str) -> None:
    assert validate_address(text) == stored


@pytest.mark.parametrize(
    ("text", "reason"),
    [("192.168.1.300", "not a valid IPv4 address"), ("1.2.3", "not a valid IPv4 address"),
     ("a.b.c.1", "not a valid IPv4 address"), ("not an ip!!", "neither an IP address nor a host name"),
     ("-lock.local", "neither"), ("x" * 64 + ".local", "neither"), ("a..b", "neither"), ("under_score", "neither"),
     ("10.0.0.5:6668", "has a port in it"), ("::g", "not a valid IPv6 address"), ("", "give the lock's IP address"),
     ("evil\x1b[2J.local", "evil\\u001b[2J.local")],
)
def test_addresses_that_are_not_are_refused_with_the_field_named(text: str, reason: str) -> None:
    with pytest.raises(ValidationError) as caught:
        validate_address(text, field="Gateway address")
    assert str(caught.value).startswith("Gateway address: ") and reason in str(caught.value)


def test_shown_text_escapes_controls_and_keeps_the_rest() -> None:
    assert terminal_safe("Front\x1b[2J\u202edoor\n\t²") == "Front\\u001b[2J\\u202edoor\n\t²"
    assert one_line("a\nb\tc\x9bd\udcff") == "a\\u000ab\\u0009c\\u009bd\\udcff"
    assert json.loads('"' + terminal_safe("\x9b\u202e") + '"') == "\x9b\u202e"  # still valid JSON, same text


@pytest.mark.parametrize("text", ["0001-01-01", "0001-01-01T00:00+14:00", "9999-12-31", "9999-12-31T23:59-14:00"])
def test_filter_bounds_at_the_ends_of_time_are_the_first_or_last_time(text: str) -> None:
    since = parse_bound(text)
    until = parse_bound(text, end=True)
    assert since is not None and until is not None and since.tzinfo is not None
    assert (since.year, until.year) in ((1, 1), (9999, 9999))
