"""The forecast lets the readings and the lock's own past speak, and shrugs off bad data."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import pytest

from lockcare.core.battery import Reading, Swap, forecast
from lockcare.core.battery.data import MAX_POINTS

SWAP = datetime(2025, 3, 1, 8, 0, tzinfo=UTC)


def days_after(moment: datetime) -> float:
    return (moment - SWAP).total_seconds() / 86400.0


def line(until: float, life: float, step: int = 1, every: float = 1.0) -> list[Reading]:
    """Readings falling in a straight line from 100 % to 20 % at ``life`` days."""
    out, day = [], 0.0
    while day <= until:
        value = 100 - 80 * day / life
        out.append(Reading(SWAP + timedelta(days=day), percent=int(round(value / step) * step)))
        day += every
    return out


def test_a_steadily_declining_18650_is_forecast_on_its_line_not_early():
    # The old model assumed "flat, then a cliff" for Li-ion and called such sets ~3 months early.
    f = forecast(line(100, 200), [Swap(SWAP, "18650-li-ion")], now=SWAP + timedelta(days=100))
    assert abs(days_after(f.replace_by) - 200) < 25
    assert f.earliest <= SWAP + timedelta(days=200) <= f.latest


@pytest.mark.parametrize("step", [1, 5, 10])
def test_reporting_steps_all_find_the_line(step):
    f = forecast(line(120, 180, step=step), [Swap(SWAP)], now=SWAP + timedelta(days=120))
    assert abs(days_after(f.replace_by) - 180) < 25


def test_three_earlier_sets_outweigh_the_type_and_narrow_the_range():
    lengths = (150, 160, 155)
    starts = [SWAP - timedelta(days=sum(lengths[i:])) for i in range(len(lengths))]
    own = forecast([], [*(Swap(s) for s in starts), Swap(SWAP)], now=SWAP)
    typical = forecast([], [Swap(SWAP)], now=SWAP)
    assert abs(days_after(own.replace_by) - 155) < 20  # the type alone says ~272
    assert own.latest - own.earliest < typical.latest - typical.earliest
    assert "this lock's last 3 sets" in own.explanation


def test_a_lock_whose_sets_vary_gets_a_wider_range_than_a_steady_one():
    def prior_only(lengths):
        return forecast([], [Swap(SWAP)], now=SWAP, previous_set_days=lengths)

    steady = prior_only([150, 152, 148, 151])
    erratic = prior_only([90, 250, 120, 200])
    assert erratic.latest - erratic.earliest > steady.latest - steady.earliest


def test_earlier_sets_of_another_type_count_after_scaling():
    lithium_sets = [Swap(SWAP - timedelta(days=800), "aa-lithium"),
                    Swap(SWAP - timedelta(days=400), "aa-lithium")]
    long_lived = forecast([], [*lithium_sets, Swap(SWAP, "aa-alkaline")], now=SWAP)
    typical = forecast([], [Swap(SWAP, "aa-alkaline")], now=SWAP)
    # 400-day lithium sets: this lock is easy on batteries, so alkaline lasts longer here too,
    # but less than 400 days (lithium lasts longer than alkaline).
    assert typical.replace_by < long_lived.replace_by < SWAP + timedelta(days=400)


def test_glitches_and_duplicates_barely_move_the_forecast():
    clean = line(150, 250, step=5)
    rng = random.Random(3)
    dirty = list(clean)
    for i in rng.sample(range(10, len(clean) - 2), 4):
        dirty.insert(i, Reading(clean[i].at + timedelta(minutes=5), percent=rng.choice([0, 100])))
    dirty += [clean[i] for i in range(0, len(clean), 7)]  # stored twice
    now = SWAP + timedelta(days=150)
    a = forecast(clean, [Swap(SWAP)], now=now)
    b = forecast(dirty, [Swap(SWAP)], now=now)
    assert b.status == "ok" and not any("jumped" in w for w in b.warnings)
    assert abs(days_after(a.replace_by) - days_after(b.replace_by)) < 5


def test_unsorted_readings_give_the_same_forecast():
    readings = line(90, 200, step=5)
    shuffled = list(readings)
    random.Random(1).shuffle(shuffled)
    now = SWAP + timedelta(days=90)
    assert forecast(shuffled, [Swap(SWAP)], now=now) == forecast(readings, [Swap(SWAP)], now=now)


def test_a_huge_set_is_thinned_but_keeps_its_newest_level():
    every = 1 / 96  # 15-minute readings
    readings = line(150, 250, step=1, every=every)
    assert len(readings) > MAX_POINTS
    now = readings[-1].at
    f = forecast(readings, [Swap(SWAP)], now=now)
    assert f.based_on_readings < len(readings)
    assert f.current_estimate == pytest.approx(100 - 80 * 150 / 250, abs=3)
    assert abs(days_after(f.replace_by) - 250) < 25


def test_an_unrecorded_swap_in_a_long_history_is_found_exactly():
    every = 1 / 96
    old = [r for r in line(120, 120, every=every) if r.percent > 25]
    jump = old[-1].at + timedelta(hours=6)
    fresh = [Reading(jump + timedelta(days=d * every), percent=100 - int(d * every * 0.3))
             for d in range(int(40 / every))]
    f = forecast(old + fresh, [Swap(SWAP)], now=fresh[-1].at)
    assert any(f"jumped from low to full on {jump.day} " in w for w in f.warnings)
    assert f.reason == "readings-no-swap"
