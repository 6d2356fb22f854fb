"""Property-based tests for the battery forecaster's invariants (hypothesis)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lockcare.core.battery import Forecast, Reading, Swap, forecast

pytestmark = pytest.mark.slow  # hypothesis runs the forecaster on many histories: tens of seconds

settings.register_profile("lockcare-battery", max_examples=60, deadline=None)
SETTINGS = settings.get_profile("lockcare-battery")

BASE = datetime(2024, 1, 1, tzinfo=UTC)
BATTERIES = ("aa-alkaline", "18650-li-ion", "aa-lithium", "aa-nimh", "something-else")

offsets = st.integers(min_value=-12 * 60, max_value=14 * 60).map(
    lambda minutes: timezone(timedelta(minutes=minutes))
)
percents = st.one_of(
    st.integers(min_value=0, max_value=100),
    st.sampled_from([-1, 101, 255]),  # impossible values a lock may send
    st.none(),
)
levels = st.one_of(st.sampled_from(["high", "medium", "low", "poweroff", "bogus"]), st.none())


@st.composite
def readings_after(draw, start: datetime, span_days: int = 400, max_size: int = 30):
    """Arbitrary (possibly garbage) readings in the ``span_days`` after ``start``."""
    tz = draw(offsets)
    items = draw(st.lists(
        st.tuples(st.floats(min_value=0, max_value=span_days), percents, levels),
        max_size=max_size,
    ))
    return [Reading((start + timedelta(days=d)).astimezone(tz), p, lv) for d, p, lv in items]


@st.composite
def declining(draw, start: datetime):
    """Plausible percent readings of one set: a noisy decline in 5 % steps."""
    rate = draw(st.floats(min_value=0.05, max_value=2.0))
    days = sorted(draw(st.lists(st.floats(min_value=0, max_value=200), min_size=1, max_size=25)))
    noise = draw(st.lists(st.integers(-2, 2), min_size=len(days), max_size=len(days)))
    return [
        Reading(start + timedelta(days=d), percent=max(0, min(100, round((100 - rate * d) / 5) * 5 + 5 * n)))
        for d, n in zip(days, noise)
    ]


def ordered(f: Forecast) -> bool:
    return f.earliest <= f.replace_by <= f.latest and (
        f.replace_by <= f.unreliable_from <= f.emergency_by
    )


@SETTINGS
@given(
    readings=readings_after(BASE),
    battery=st.sampled_from(BATTERIES),
    swap_known=st.booleans(),
    age=st.floats(min_value=0, max_value=500),
    voice=st.booleans(),
    unlocks=st.one_of(st.none(), st.floats(min_value=0, max_value=200)),
    threshold=st.integers(min_value=1, max_value=99),
)
def test_dates_are_always_in_order(readings, battery, swap_known, age, voice, unlocks, threshold):
    swaps = [Swap(BASE, battery)] if swap_known else []
    f = forecast(readings, swaps, now=BASE + timedelta(days=age), voice_prompts=voice,
                 unlocks_per_day=unlocks, threshold=threshold)
    assert f.status in ("ok", "insufficient-data")
    if swap_known and not any("jumped from low to full" in w for w in f.warnings):
        assert f.status == "ok"  # only an unrecorded battery change can make it refuse
    if f.status == "ok":
        assert ordered(f)
        assert f.explanation.endswith(".")
    else:
        assert f.replace_by is None and f.explanation


@SETTINGS
@given(
    readings=declining(BASE),
    age=st.floats(min_value=1, max_value=200),
    unlocks=st.floats(min_value=0, max_value=60),
    extra=st.floats(min_value=0.1, max_value=60),
    voice=st.booleans(),
    battery=st.sampled_from(BATTERIES[:4]),
)
def test_more_drain_never_gives_a_later_date(readings, age, unlocks, extra, voice, battery):
    now = BASE + timedelta(days=age)
    swaps = [Swap(BASE, battery)]
    calm = forecast(readings, swaps, now=now, unlocks_per_day=unlocks, voice_prompts=voice)
    busy = forecast(readings, swaps, now=now, unlocks_per_day=unlocks + extra, voice_prompts=voice)
    assert busy.replace_by <= calm.replace_by
    if not voice:
        spoken = forecast(readings, swaps, now=now, unlocks_per_day=unlocks, voice_prompts=True)
        assert spoken.replace_by <= calm.replace_by


@SETTINGS
@given(
    old=readings_after(BASE - timedelta(days=300), span_days=299),
    new=declining(BASE),
    age=st.floats(min_value=0, max_value=200),
)
def test_a_swap_resets_the_trend(old, new, age):
    now = BASE + timedelta(days=age)
    swaps = [Swap(BASE - timedelta(days=300)), Swap(BASE)]
    with_old = forecast(old + new, swaps, now=now)
    without = forecast(new, swaps, now=now)
    assert with_old.replace_by == without.replace_by
    assert with_old.latest == without.latest


@SETTINGS
@given(
    readings=readings_after(BASE),
    extra=readings_after(BASE, max_size=1),
    swap_known=st.booleans(),
    age=st.floats(min_value=0, max_value=450),
)
def test_adding_a_reading_never_crashes(readings, extra, swap_known, age):
    swaps = [Swap(BASE)] if swap_known else []
    now = BASE + timedelta(days=age)
    for batch in (readings, readings + extra, extra + readings):
        f = forecast(batch, swaps, now=now)
        assert f.status in ("ok", "insufficient-data")


@SETTINGS
@given(
    ranks=st.lists(st.sampled_from(["high", "medium", "low", "poweroff"]), min_size=1, max_size=30),
    spacing=st.floats(min_value=0.1, max_value=10),
)
def test_enum_only_data_works(ranks, spacing):
    order = ["high", "medium", "low", "poweroff"]
    ranks = sorted(ranks, key=order.index)  # a set only drains
    readings = [Reading(BASE + timedelta(days=i * spacing), level=r) for i, r in enumerate(ranks)]
    now = readings[-1].at
    f = forecast(readings, [Swap(BASE)], now=now)
    assert f.status == "ok" and ordered(f)
    if ranks[-1] == "high":
        assert f.replace_by > now


@SETTINGS
@given(readings=declining(BASE), tz=offsets, age=st.floats(min_value=0, max_value=200))
def test_time_zones_do_not_move_the_forecast(readings, tz, age):
    now = BASE + timedelta(days=age)
    a = forecast(readings, [Swap(BASE)], now=now)
    shifted = [Reading(r.at.astimezone(tz), r.percent, r.level) for r in readings]
    b = forecast(shifted, [Swap(BASE.astimezone(tz))], now=now.astimezone(tz))
    assert a.replace_by == b.replace_by
    assert a.earliest == b.earliest and a.latest == b.latest
