"""Tests for battery sets, battery warnings and swap detection."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from lockcare.core.battery import Reading, Swap, detect_swaps
from lockcare.core.battery.sets import battery_warnings, build_sets
from lockcare.core.models import BatteryReading, BatterySwap

T0 = datetime(2024, 1, 10, 8, 0, tzinfo=UTC)
MONTH = 30.4375


def swap(days: float, battery: str = "aa-alkaline", brand: str = "", count: int = 4) -> BatterySwap:
    return BatterySwap(1, T0 + timedelta(days=days), battery_type=battery, brand=brand, count=count)


# --- build_sets -------------------------------------------------------------------------


def test_sets_run_from_swap_to_swap_and_compare_with_the_last_one():
    sets = build_sets([swap(200), swap(0, brand="Duracell"), swap(480)],
                      now=T0 + timedelta(days=500))
    assert [s.days for s in sets] == [200, 280, 20]
    assert sets[0].brand == "Duracell"
    assert sets[1].ratio_previous == pytest.approx(1.4)
    assert sets[1].summary == "This set lasted 9.2 months, 1.4x the last one."
    assert sets[0].ratio_previous is None
    assert sets[0].summary == (
        "This set lasted 6.6 months, shorter than usual (AA alkaline usually lasts 8-10 months)."
    )
    assert sets[-1].current and sets[-1].end is None
    assert sets[-1].summary == (
        "This set has been in for 0.7 months so far; AA alkaline usually lasts 8-10 months."
    )


def test_expectation_follows_type_and_voice_prompts():
    sets = build_sets([swap(0, "18650-li-ion")], now=T0 + timedelta(days=10), voice_prompts=True)
    assert sets[0].expected_months == (2.0, 3.0)
    assert sets[0].expected_days == pytest.approx(2.5 * MONTH)
    assert sets[0].ratio_expected == pytest.approx(10 / (2.5 * MONTH))


def test_similar_sets_read_as_about_the_same_and_early_removal_is_noted():
    readings = [BatteryReading(1, T0 + timedelta(days=d), percent=p) for d, p in ((100, 80), (259, 60))]
    sets = build_sets([swap(0), swap(260), swap(530)], now=T0 + timedelta(days=540), readings=readings)
    assert sets[0].last_level == 60
    assert sets[0].summary.endswith("it came out while still reading about 60 %.")
    assert "about the same as the last one" in sets[1].summary
    assert sets[1].last_level is None


def test_battery_swap_without_brand_and_future_swaps_are_handled():
    sets = build_sets([Swap(T0), Swap(T0 + timedelta(days=900))], now=T0 + timedelta(days=30))
    assert len(sets) == 1 and sets[0].brand == "" and sets[0].current


def test_no_swaps_give_no_sets():
    assert build_sets([], now=T0) == []


def test_naive_now_is_rejected():
    with pytest.raises(ValueError, match="timezone-aware"):
        build_sets([swap(0)], now=datetime(2024, 2, 1))


# --- battery_warnings -------------------------------------------------------------------


def codes(warnings):
    return [w.code for w in warnings]


def test_nimh_gets_the_voltage_warning():
    found = battery_warnings([swap(0, "aa-nimh")], now=T0 + timedelta(days=1))
    assert codes(found) == ["nimh"]
    assert "NiMH cells run at 1.2 V instead of 1.5 V and trigger early low-battery warnings" in (
        found[0].message
    )


def test_mixed_types_in_one_change_are_flagged():
    found = battery_warnings([swap(0, "aa-alkaline", count=2), swap(0.01, "aa-lithium", count=2)],
                             now=T0 + timedelta(days=1), lock_battery_count=4)
    assert codes(found) == ["mixed-types"]
    assert "AA alkaline and AA lithium" in found[0].message


def test_type_other_than_the_locks_is_flagged():
    found = battery_warnings([swap(0, "18650-li-ion")], now=T0 + timedelta(days=1),
                             lock_battery_type="aa-alkaline")
    assert codes(found) == ["wrong-type"]
    assert "set up for AA alkaline" in found[0].message


def test_partial_swap_is_flagged():
    found = battery_warnings([swap(0, count=2)], now=T0, lock_battery_count=4)
    assert codes(found) == ["partial-swap"]
    assert "Only 2 of 4 batteries were replaced" in found[0].message


def test_idle_lock_gets_the_leakage_advice_after_90_days():
    readings = [Reading(T0 + timedelta(days=5), percent=90)]
    quiet = battery_warnings([swap(0)], now=T0 + timedelta(days=95), readings=readings)
    assert codes(quiet) == ["idle"]
    assert "remove the batteries to avoid leakage" in quiet[0].message
    busy = battery_warnings([swap(0)], now=T0 + timedelta(days=95), readings=readings,
                            activity=[T0 + timedelta(days=80)])
    assert busy == []
    assert battery_warnings([swap(0)], now=T0 + timedelta(days=94), readings=readings) == []


def test_matching_type_and_no_data_give_no_warnings():
    assert battery_warnings([swap(0)], now=T0, lock_battery_type="aa-alkaline",
                            lock_battery_count=4) == []
    assert battery_warnings([], now=T0) == []


# --- detect_swaps -----------------------------------------------------------------------


def drain_then_fresh(jump_day: int = 50) -> list[Reading]:
    readings = [Reading(T0 + timedelta(days=d), percent=max(10, 60 - d)) for d in range(jump_day)]
    return readings + [Reading(T0 + timedelta(days=d), percent=100) for d in range(jump_day, jump_day + 5)]


def test_jump_from_low_to_full_is_proposed_not_recorded():
    proposals = detect_swaps(drain_then_fresh(), [])
    assert len(proposals) == 1
    p = proposals[0]
    assert p.at == T0 + timedelta(days=50) and p.not_before == T0 + timedelta(days=49)
    assert (p.level_before, p.level_after) == (11, 100)
    assert p.message == (
        "Were new batteries put in between 28 Feb 2024 and 29 Feb 2024? "
        "The level went from about 11 % to 100 %."
    )


def test_recorded_swap_explains_the_jump():
    assert detect_swaps(drain_then_fresh(), [Swap(T0 + timedelta(days=49, hours=12))]) == []
    assert detect_swaps(drain_then_fresh(), [Swap(T0 + timedelta(days=51))]) == []
    assert len(detect_swaps(drain_then_fresh(), [Swap(T0 + timedelta(days=20))])) == 1


def test_enum_jump_and_glitches():
    enum = [Reading(T0, level="low"), Reading(T0 + timedelta(days=1), level="high")]
    assert len(detect_swaps(enum, [])) == 1
    glitch = [Reading(T0 + timedelta(days=d), percent=p) for d, p in enumerate((20, 100, 20, 15))]
    assert detect_swaps(glitch, []) == []
    cold_recovery = [Reading(T0 + timedelta(days=d), percent=p) for d, p in enumerate((25, 70, 65))]
    assert detect_swaps(cold_recovery, []) == []


def test_readings_in_any_order_and_garbage_are_fine():
    readings = list(reversed(drain_then_fresh())) + [Reading(T0, percent=-1), Reading(T0, level="?")]
    assert len(detect_swaps(readings, [])) == 1
    assert detect_swaps([], []) == []
