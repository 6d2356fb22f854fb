"""Suggesting where the troubleshooter should start, from a lock's recent state and alarms."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from lockcare.core.troubleshoot.content import load_content
from lockcare.core.troubleshoot.suggest import suggest_symptom
from lockcare.resources import resource_path

NOW = datetime(2025, 3, 14, 12, 0, tzinfo=UTC)
SEEN = NOW - timedelta(minutes=5)


def _suggest(**overrides):
    args = {"now": NOW, "last_seen_at": SEEN, "battery_level": "high", "battery_percent": 80, "alarms": []}
    args.update(overrides)
    return suggest_symptom(**args)


def test_a_healthy_lock_gets_no_suggestion() -> None:
    assert _suggest() is None


def test_a_jammed_bolt_suggests_the_handle_path() -> None:
    suggestion = _suggest(alarms=[(NOW - timedelta(hours=3), "tongue_bad")])
    assert suggestion is not None and suggestion.mode_id == "handle-depressed"
    assert "jammed bolt 3 hours ago" in suggestion.reason


def test_a_jammed_bolt_comes_before_power_trouble() -> None:
    alarms = [(NOW - timedelta(days=1), "tongue_bad"), (NOW - timedelta(hours=1), "low_battery")]
    suggestion = _suggest(battery_level="low", battery_percent=10, alarms=alarms)
    assert suggestion is not None and suggestion.mode_id == "handle-depressed"


def test_low_battery_readings_suggest_the_keypad_dark_path() -> None:
    by_percent = _suggest(battery_level=None, battery_percent=12)
    assert by_percent is not None and by_percent.mode_id == "keypad-dark"
    assert "12 %" in by_percent.reason and "15 %" in by_percent.reason
    by_level = _suggest(battery_level="poweroff", battery_percent=None)
    assert by_level is not None and by_level.mode_id == "keypad-dark" and "empty" in by_level.reason
    assert _suggest(battery_level="low", battery_percent=None).mode_id == "keypad-dark"  # type: ignore[union-attr]
    assert _suggest(battery_level=None, battery_percent=16) is None


def test_a_battery_alarm_suggests_the_keypad_dark_path_unless_the_battery_is_fine_now() -> None:
    alarm = [(NOW - timedelta(days=2), "power_off")]
    suggestion = _suggest(battery_level=None, battery_percent=None, alarms=alarm)
    assert suggestion is not None and suggestion.mode_id == "keypad-dark"
    assert "an empty battery 2 days ago" in suggestion.reason
    # A fresh reading of 95 % means the batteries were changed after the alarm.
    assert _suggest(battery_level=None, battery_percent=95, alarms=alarm) is None


def test_power_comes_before_being_offline() -> None:
    suggestion = _suggest(last_seen_at=NOW - timedelta(days=5), battery_level="poweroff")
    assert suggestion is not None and suggestion.mode_id == "keypad-dark"


def test_unreachable_for_days_suggests_the_offline_path() -> None:
    suggestion = _suggest(last_seen_at=NOW - timedelta(days=3))
    assert suggestion is not None and suggestion.mode_id == "app-offline"
    assert "3 days" in suggestion.reason
    assert _suggest(last_seen_at=NOW - timedelta(days=1, hours=23)) is None
    assert _suggest(last_seen_at=None) is None


def test_a_streak_of_rejected_fingers_suggests_the_fingerprint_path() -> None:
    alarms = [(NOW - timedelta(hours=h), "wrong_finger") for h in (1, 5, 20, 30)]
    suggestion = _suggest(alarms=alarms)
    assert suggestion is not None and suggestion.mode_id == "fingerprint-red"
    assert "3 times in the last 24 hours" in suggestion.reason


def test_two_rejected_fingers_or_old_ones_are_not_a_streak() -> None:
    assert _suggest(alarms=[(NOW - timedelta(hours=h), "wrong_finger") for h in (1, 2)]) is None
    assert _suggest(alarms=[(NOW - timedelta(hours=h), "wrong_finger") for h in (25, 26, 27)]) is None


def test_old_and_future_alarms_are_ignored() -> None:
    alarms = [(NOW - timedelta(days=8), "tongue_bad"), (NOW + timedelta(hours=1), "tongue_bad")]
    assert _suggest(alarms=alarms) is None


def test_every_suggestion_names_a_real_mode() -> None:
    modes = {mode.id for mode in load_content(resource_path("troubleshooter")).modes}
    cases = [
        _suggest(alarms=[(NOW, "tongue_bad")]),
        _suggest(battery_level="poweroff"),
        _suggest(last_seen_at=NOW - timedelta(days=9)),
        _suggest(alarms=[(NOW, "wrong_finger")] * 3),
    ]
    assert [c.mode_id for c in cases if c] == ["handle-depressed", "keypad-dark", "app-offline", "fingerprint-red"]
    assert all(c and c.mode_id in modes for c in cases)
