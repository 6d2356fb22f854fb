"""Property tests for the schedule's recurrence rules, aimed at month ends and DST."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo

import pytest
from dateutil.relativedelta import relativedelta
from hypothesis import example, given
from hypothesis import strategies as st

from lockcare.core.maintenance.schedule import (
    DueStatus,
    complete,
    due_state,
    localize,
    next_due,
)
from lockcare.core.models import RecurringTask

UTC = timezone.utc
BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")

# Wall times near where things go wrong: DST changes both ways in both zones, month
# ends and a leap day.
EDGES = [
    (BERLIN, datetime(2024, 3, 31, 2)), (BERLIN, datetime(2024, 10, 27, 2)),
    (NEW_YORK, datetime(2024, 3, 10, 2)), (NEW_YORK, datetime(2024, 11, 3, 1)),
    (BERLIN, datetime(2024, 2, 29, 12)), (NEW_YORK, datetime(2023, 1, 31, 12)),
    (UTC, datetime(2024, 12, 31, 12)),
]

intervals = st.one_of(
    st.tuples(st.integers(1, 24), st.just(0)),
    st.tuples(st.just(0), st.integers(1, 400)),
)


Interval = tuple[int, int]  # (months, days)
ZoneWalls = tuple[tzinfo, list[datetime]]


@st.composite
def zone_and_walls(draw: st.DrawFn, count: int = 1) -> ZoneWalls:
    """A zone and ``count`` wall times close to one of its edges (or anywhere)."""
    zone, edge = draw(st.sampled_from(EDGES))
    walls: st.SearchStrategy[datetime]
    if draw(st.booleans()):
        walls = st.integers(-180, 180).map(lambda m: edge + timedelta(minutes=m))
    else:
        walls = st.datetimes(datetime(2020, 1, 1), datetime(2030, 12, 31))
    return zone, [draw(walls) for _ in range(count)]


def anchor_before(target_wall: datetime, interval: Interval) -> datetime:
    """The wall time one interval before ``target_wall``, so its due lands near it."""
    return target_wall - relativedelta(months=interval[0], days=interval[1])


def task_done_at(at: datetime, interval: Interval) -> RecurringTask:
    months, days = interval
    return RecurringTask(1, "t", "T", interval_months=months, interval_days=days,
                         created_at=at - timedelta(days=400), last_done_at=at)


@given(zone_and_walls(), intervals)
def test_next_due_is_always_after_the_anchor(zone_wall: ZoneWalls, interval: Interval) -> None:
    zone, (target,) = zone_wall
    anchor = localize(anchor_before(target, interval), zone)
    due = next_due(task_done_at(anchor, interval), tz=zone)
    assert due is not None
    assert due.astimezone(UTC) > anchor.astimezone(UTC)


@given(zone_and_walls(), intervals)
def test_due_keeps_the_local_time_of_day_when_it_exists(
    zone_wall: ZoneWalls, interval: Interval
) -> None:
    zone, (target,) = zone_wall
    anchor = localize(anchor_before(target, interval), zone)
    due = next_due(task_done_at(anchor, interval), tz=zone)
    assert due is not None
    expected_wall = anchor.replace(tzinfo=None) + relativedelta(
        months=interval[0], days=interval[1])
    if localize(expected_wall, zone).replace(tzinfo=None) == expected_wall:
        assert due.replace(tzinfo=None) == expected_wall
    else:  # a spring-forward gap: moved to just after the gap, never more than 2 h on
        assert timedelta(0) < due.replace(tzinfo=None) - expected_wall <= timedelta(hours=2)


@given(zone_and_walls(count=2), intervals)
@example(  # done a day before 02:30 and 03:10 on the night Berlin's clocks go forward
    (BERLIN, [datetime(2024, 3, 31, 2, 30), datetime(2024, 3, 31, 3, 10)]), (0, 1)
)
@example(  # the same a month before, in New York
    (NEW_YORK, [datetime(2024, 3, 10, 2, 30), datetime(2024, 3, 10, 3, 10)]), (1, 0)
)
def test_completing_earlier_never_makes_the_next_due_later(
    zone_walls: ZoneWalls, interval: Interval
) -> None:
    # Ordered by local wall time: inside the repeated autumn hour, wall-clock order and
    # instant order can differ, and the schedule follows the wall clock by design.
    zone, targets = zone_walls
    early_wall, late_wall = sorted(anchor_before(t, interval) for t in targets)
    created = localize(early_wall - timedelta(days=1), zone)
    task = RecurringTask(1, "t", "T", interval_months=interval[0],
                         interval_days=interval[1], created_at=created)
    early = next_due(complete(task, localize(early_wall, zone)), tz=zone)
    on_time = next_due(complete(task, localize(late_wall, zone)), tz=zone)
    assert early is not None and on_time is not None
    assert early.astimezone(UTC) <= on_time.astimezone(UTC)


@pytest.mark.parametrize(("zone", "edge"), EDGES[:4])
def test_localize_keeps_wall_clock_order_around_every_dst_change(
    zone: tzinfo, edge: datetime
) -> None:
    # Every minute of a four-hour window: random sampling rarely hits the gap.
    walls = [edge + timedelta(minutes=m) for m in range(-60, 180)]
    instants = [localize(w, zone).astimezone(UTC) for w in walls]
    assert instants == sorted(instants)


@given(zone_and_walls(count=2))
def test_localize_keeps_wall_clock_order(zone_walls: ZoneWalls) -> None:
    zone, walls = zone_walls
    first, second = sorted(walls)
    assert localize(first, zone).astimezone(UTC) <= localize(second, zone).astimezone(UTC)


@given(zone_and_walls(), intervals, st.integers(0, 800), st.integers(0, 30))
def test_due_status_agrees_with_days_until(
    zone_wall: ZoneWalls, interval: Interval, half_days_later: int, soon: int
) -> None:
    zone, (wall,) = zone_wall
    anchor = localize(wall, zone)
    now = anchor + timedelta(hours=half_days_later * 12)
    state = due_state(task_done_at(anchor, interval), now, tz=zone, due_soon_days=soon)
    assert state.days_until is not None
    if state.days_until < 0:
        assert state.status is DueStatus.OVERDUE
    elif state.days_until <= soon:
        assert state.status is DueStatus.DUE_SOON
    else:
        assert state.status is DueStatus.OK
