"""Example-based tests for lockcare.core.battery.forecast."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from lockcare.core.battery import Forecast, Reading, Swap, forecast
from lockcare.core.models import BatteryReading, BatterySwap

SWAP = datetime(2025, 7, 3, 9, 0, tzinfo=UTC)
MONTH = 30.4375


def days_after(moment: datetime, start: datetime = SWAP) -> float:
    return (moment - start).total_seconds() / 86400.0


def linear(days: int, life: float = 270.0, step: int = 5, every: int = 2) -> list[Reading]:
    """Readings falling linearly from 100 % to 20 % over ``life`` days, in ``step`` steps."""
    out = []
    for d in range(0, days + 1, every):
        value = 100 - 80 * d / life
        out.append(Reading(SWAP + timedelta(days=d), percent=int(round(value / step) * step)))
    return out


def check_order(f: Forecast) -> None:
    assert f.earliest <= f.replace_by <= f.latest
    assert f.replace_by <= f.unreliable_from <= f.emergency_by


def test_prior_only_with_known_swap_says_so_and_gives_wide_range():
    f = forecast([], [Swap(SWAP)], now=SWAP + timedelta(days=10))
    assert f.status == "ok"
    assert f.reason == "prior-only"
    assert f.explanation == (
        "Not enough readings yet — expect about 8-10 months (usual for AA alkaline) "
        "from the swap on 3 Jul 2025."
    )
    assert 8 * MONTH <= days_after(f.replace_by) <= 10 * MONTH
    assert days_after(f.latest) - days_after(f.earliest) > 2 * MONTH
    check_order(f)


def test_voice_prompts_prior_is_three_to_four_months():
    f = forecast([], [Swap(SWAP)], now=SWAP, voice_prompts=True)
    assert 3 * MONTH <= days_after(f.replace_by) <= 4 * MONTH
    assert "3-4 months" in f.explanation and "voice prompts" in f.explanation


def test_no_swap_and_few_readings_is_insufficient():
    readings = [Reading(SWAP, percent=80), Reading(SWAP + timedelta(days=3), percent=75)]
    f = forecast(readings, [], now=SWAP + timedelta(days=4))
    assert f.status == "insufficient-data"
    assert f.replace_by is f.earliest is f.latest is None
    assert "no battery change is recorded" in f.explanation
    assert "2 readings over 3 days" in f.explanation


def test_no_swap_and_flat_readings_is_insufficient():
    readings = [Reading(SWAP + timedelta(days=d), level="high") for d in range(0, 40, 2)]
    f = forecast(readings, [], now=SWAP + timedelta(days=40))
    assert f.status == "insufficient-data"
    assert f.reason == "no-swap-no-decline"


@pytest.mark.slow  # a long trend fit
def test_no_swap_with_a_clear_trend_forecasts_from_the_trend():
    readings = [
        Reading(SWAP + timedelta(days=d), percent=int((80 - 0.4 * d) // 5 * 5))
        for d in range(0, 61)
    ]
    f = forecast(readings, [], now=SWAP + timedelta(days=60))
    assert f.status == "ok"
    assert f.reason == "readings-no-swap"
    # The trend reaches 20 % after 150 days; the start estimate keeps the range honest.
    assert f.earliest <= SWAP + timedelta(days=150) <= f.latest
    check_order(f)


def test_steady_alkaline_drain_is_forecast_near_the_truth():
    f = forecast(linear(150), [Swap(SWAP)], now=SWAP + timedelta(days=150))
    assert f.reason == "readings"
    assert f.based_on_readings == 76
    assert f.explanation == (
        "Based on 76 readings since the swap on 3 Jul 2025 and a typical life of about 8-10 "
        "months (usual for AA alkaline)."
    )
    assert f.earliest <= SWAP + timedelta(days=270) <= f.latest
    assert abs(days_after(f.replace_by) - 270) < 45
    assert f.current_estimate == pytest.approx(56, abs=8)
    check_order(f)


def test_fast_drain_beats_the_prior_as_data_accumulate():
    early = forecast(linear(10, life=90), [Swap(SWAP)], now=SWAP + timedelta(days=10))
    late = forecast(linear(60, life=90), [Swap(SWAP)], now=SWAP + timedelta(days=60))
    assert days_after(late.replace_by) < days_after(early.replace_by)
    assert abs(days_after(late.replace_by) - 90) < 20


def test_enum_only_readings_work():
    readings = [
        Reading(SWAP + timedelta(days=d), level="high" if d < 100 else "medium")
        for d in range(0, 160, 3)
    ]
    f = forecast(readings, [Swap(SWAP)], now=SWAP + timedelta(days=160))
    assert f.status == "ok"
    check_order(f)
    assert f.replace_by > SWAP + timedelta(days=160)


def test_impossible_values_are_ignored_and_reported():
    readings = [*linear(100), Reading(SWAP + timedelta(days=50), percent=-1),
                Reading(SWAP + timedelta(days=51), percent=255),
                Reading(SWAP + timedelta(days=52), level="unknown")]
    clean = forecast(linear(100), [Swap(SWAP)], now=SWAP + timedelta(days=100))
    dirty = forecast(readings, [Swap(SWAP)], now=SWAP + timedelta(days=100))
    assert dirty.replace_by == clean.replace_by
    assert "3 readings with impossible values were ignored." in dirty.warnings


def test_readings_before_the_last_swap_are_ignored():
    old = [Reading(SWAP - timedelta(days=d), percent=10) for d in range(1, 30)]
    f_old = forecast(old + linear(40), [Swap(SWAP - timedelta(days=300)), Swap(SWAP)],
                     now=SWAP + timedelta(days=40))
    f_new = forecast(linear(40), [Swap(SWAP)], now=SWAP + timedelta(days=40),
                     previous_set_days=[300])
    assert f_old.replace_by == f_new.replace_by
    assert f_old.based_on_readings == len(linear(40))


def test_previous_sets_pull_the_prior():
    swaps = [Swap(SWAP - timedelta(days=120 * i)) for i in (3, 2, 1, 0)]
    f = forecast([], swaps, now=SWAP)
    assert days_after(f.replace_by) < 160
    assert "this lock's last 3 sets" in f.explanation


def test_more_unlocks_give_an_earlier_date():
    quiet = forecast(linear(30), [Swap(SWAP)], now=SWAP + timedelta(days=30), unlocks_per_day=2)
    busy = forecast(linear(30), [Swap(SWAP)], now=SWAP + timedelta(days=30), unlocks_per_day=30)
    assert busy.replace_by < quiet.replace_by


def test_lithium_range_is_wider_while_the_level_holds():
    readings = [Reading(SWAP + timedelta(days=d), percent=100) for d in range(0, 60, 2)]
    now = SWAP + timedelta(days=60)
    lith = forecast(readings, [Swap(SWAP, "18650-li-ion")], now=now)
    alk = forecast(readings, [Swap(SWAP, "aa-alkaline")], now=now)
    rel = lambda f: (f.latest - f.earliest) / (f.replace_by - SWAP)  # noqa: E731
    assert rel(lith) > rel(alk)
    assert any("drop quickly" in w for w in lith.warnings)


def test_nimh_low_readings_warn_instead_of_panicking():
    readings = [Reading(SWAP + timedelta(days=d), percent=60) for d in range(0, 20, 2)]
    now = SWAP + timedelta(days=20)
    nimh = forecast(readings, [Swap(SWAP, "aa-nimh")], now=now)
    as_alkaline = forecast(readings, [Swap(SWAP)], now=now)
    assert any("1.2 V instead of 1.5 V" in w for w in nimh.warnings)
    assert days_after(nimh.replace_by) > 60
    assert days_after(as_alkaline.replace_by) < 45


def test_below_threshold_says_replace_now():
    readings = [Reading(SWAP + timedelta(days=d), percent=max(0, 100 - d)) for d in range(0, 95)]
    f = forecast(readings, [Swap(SWAP)], now=SWAP + timedelta(days=95))
    assert f.replace_by < SWAP + timedelta(days=95)
    assert f.explanation.startswith("The batteries have probably reached 20 % already")


def test_unrecorded_jump_is_not_taken_as_a_swap():
    before = [Reading(SWAP + timedelta(days=d), percent=max(10, 100 - d)) for d in range(0, 85)]
    after = [Reading(SWAP + timedelta(days=d), percent=100) for d in range(86, 90)]
    f = forecast(before + after, [Swap(SWAP)], now=SWAP + timedelta(days=90))
    assert f.status == "insufficient-data"
    assert any("jumped from low to full" in w for w in f.warnings)


def test_swap_logged_a_little_early_still_resets():
    low = [Reading(SWAP + timedelta(hours=h), percent=15) for h in (1, 5)]
    f = forecast(low + linear(60)[1:], [Swap(SWAP)], now=SWAP + timedelta(days=60))
    assert f.status == "ok"
    assert not f.warnings


def test_models_dataclasses_are_accepted():
    readings = [BatteryReading(1, r.at, percent=r.percent) for r in linear(60)]
    f = forecast(readings, [BatterySwap(1, SWAP, battery_type="aa-alkaline")],
                 now=SWAP + timedelta(days=60))
    g = forecast(linear(60), [Swap(SWAP)], now=SWAP + timedelta(days=60))
    assert f.replace_by == g.replace_by


def test_naive_datetimes_raise_a_clear_error():
    with pytest.raises(ValueError, match="timezone-aware"):
        forecast([], [Swap(SWAP)], now=datetime(2025, 8, 1))
    with pytest.raises(ValueError, match="naive"):
        forecast([Reading(datetime(2025, 8, 1), percent=50)], [Swap(SWAP)], now=SWAP)
    with pytest.raises(ValueError, match="swap time"):
        forecast([], [Swap(datetime(2025, 8, 1))], now=SWAP)


def test_other_time_zones_give_the_same_instant():
    tz = timezone(timedelta(hours=-7))
    shifted = [Reading(r.at.astimezone(tz), r.percent) for r in linear(90)]
    a = forecast(linear(90), [Swap(SWAP)], now=SWAP + timedelta(days=90))
    b = forecast(shifted, [Swap(SWAP.astimezone(tz))], now=(SWAP + timedelta(days=90)).astimezone(tz))
    assert a.replace_by == b.replace_by


def test_future_readings_are_ignored_with_a_warning():
    readings = [*linear(30), Reading(SWAP + timedelta(days=400), percent=5)]
    f = forecast(readings, [Swap(SWAP)], now=SWAP + timedelta(days=30))
    assert f.based_on_readings == len(linear(30))
    assert any("after now" in w for w in f.warnings)


def test_curve_runs_from_now_and_never_rises():
    f = forecast(linear(100), [Swap(SWAP)], now=SWAP + timedelta(days=100))
    assert f.curve[0][0] == SWAP + timedelta(days=100)
    levels = [level for _, level in f.curve]
    assert levels == sorted(levels, reverse=True)
    assert f.curve[-1][0] >= f.emergency_by


def test_threshold_is_validated_and_moves_the_date():
    with pytest.raises(ValueError, match="threshold"):
        forecast([], [Swap(SWAP)], now=SWAP, threshold=0)
    f20 = forecast(linear(60), [Swap(SWAP)], now=SWAP + timedelta(days=60))
    f30 = forecast(linear(60), [Swap(SWAP)], now=SWAP + timedelta(days=60), threshold=30)
    assert f30.replace_by < f20.replace_by
    check_order(f30)
