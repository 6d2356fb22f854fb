"""Validation of what users type."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from lockcare.core.errors import ValidationError
from lockcare.core.validation import (
    parse_percent_or_level,
    parse_when,
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
