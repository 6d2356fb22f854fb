"""Alarm decoding: names, index strings, bitfields and product-specific enum orders."""

from __future__ import annotations

import pytest

from lockcare.core.alarms import (
    ALARM_CODES,
    ALARM_LABELS,
    BATTERY_ALARMS,
    alarm_label,
    alarm_order_from_values,
    decode_alarm,
)


def test_standard_order_matches_reference() -> None:
    assert ALARM_CODES[0] == "wrong_finger"
    assert ALARM_CODES[4] == "tongue_bad"
    assert ALARM_CODES[8] == "pry"
    assert ALARM_CODES[10] == "low_battery"
    assert ALARM_CODES[11] == "power_off"
    assert ALARM_CODES[13] == "defense"
    assert len(ALARM_CODES) == 14


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("low_battery", ("low_battery",)),
        ("tongue_bad", ("tongue_bad",)),
        ("stay_alarm", ("stay_alarm",)),  # product extras pass through
        ("  pry ", ("pry",)),
    ],
)
def test_names(value: str, expected: tuple[str, ...]) -> None:
    assert decode_alarm(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [("0", ("wrong_finger",)), ("1", ("wrong_password",)), ("8", ("pry",)), ("10", ("low_battery",)), ("13", ("defense",))],
)
def test_index_strings(value: str, expected: tuple[str, ...]) -> None:
    assert decode_alarm(value) == expected


def test_index_out_of_range_is_kept_as_unknown() -> None:
    assert decode_alarm("14") == ("unknown_14",)
    assert alarm_label("unknown_14") == "Unrecognised alarm (number 14)"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (1 << 10, ("low_battery",)),
        (1, ("wrong_finger",)),
        ((1 << 4) | (1 << 10) | (1 << 11), ("tongue_bad", "low_battery", "power_off")),
        (1 << 15, ("unknown_15",)),
    ],
)
def test_bitfields(value: int, expected: tuple[str, ...]) -> None:
    assert decode_alarm(value) == expected


@pytest.mark.parametrize("value", [None, "", "   ", 0, -5, True, False, 3.5, ["low_battery"]])
def test_no_alarm(value: object) -> None:
    assert decode_alarm(value) == ()


def test_explicit_order_from_mapping_wins() -> None:
    order = alarm_order_from_values({"range": ["low_battery", "pry", "doorbell"]})
    assert order == ("low_battery", "pry", "doorbell")
    assert decode_alarm("2", order) == ("doorbell",)
    assert decode_alarm(0b011, order) == ("low_battery", "pry")
    assert decode_alarm("pry", order) == ("pry",)
    assert decode_alarm("10", order) == ("unknown_10",)


@pytest.mark.parametrize("values", [None, {}, {"range": []}, {"range": "low_battery"}, {"range": [1, 2]}, "x"])
def test_unusable_orders_fall_back(values: object) -> None:
    assert alarm_order_from_values(values) is None


def test_every_standard_code_has_plain_words() -> None:
    for code in ALARM_CODES:
        label = ALARM_LABELS[code]
        assert label and "_" not in label
    assert alarm_label("tongue_bad") == "Bolt jammed"
    assert alarm_label("wrong_finger") == "Wrong fingerprint"
    assert alarm_label("some_new_alarm") == "Some new alarm"


def test_battery_alarms() -> None:
    assert BATTERY_ALARMS == {"low_battery", "power_off"}


@pytest.mark.parametrize(
    ("value", "expected"),
    [("²", ("²",)), ("1" * 5000, ("unknown_alarm",)), ("99999", ("unknown_alarm",)), ("9999", ("unknown_9999",)),
     (1 << 200, ("unknown_alarm",)), ((1 << 63) | 1, ("wrong_finger", "unknown_63"))],
)
def test_absurd_values_give_one_unknown_alarm_not_a_crash(value: object, expected: tuple[str, ...]) -> None:
    assert decode_alarm(value) == expected
    assert all(alarm_label(code) for code in expected)


def test_bitmap_labels_give_the_order() -> None:
    assert alarm_order_from_values({"label": ["pry", "low_battery"], "maxlen": 2}) == ("pry", "low_battery")
