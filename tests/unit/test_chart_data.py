"""What the battery chart is handed: the view's readings, thinned to two per pixel column."""

from __future__ import annotations

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from lockcare.ui.battery.chart_data import min_max


def test_few_readings_are_all_drawn_with_one_beyond_each_edge() -> None:
    x = np.arange(10.0)
    y = x * 10
    xs, ys = min_max(x, y, 3.5, 6.5, 100)
    assert list(xs) == [3.0, 4.0, 5.0, 6.0, 7.0] and list(ys) == [30.0, 40.0, 50.0, 60.0, 70.0]


@given(st.lists(st.floats(0, 100), min_size=1, max_size=3000), st.integers(1, 400))
def test_thinning_keeps_the_extremes_in_time_order(values: list[float], columns: int) -> None:
    y = np.array(values)
    x = np.arange(y.size, dtype=float)
    xs, ys = min_max(x, y, -1.0, float(y.size), columns)
    assert xs.size <= max(y.size, 2 * columns + 2)
    assert np.all(np.diff(xs) > 0)  # each reading once, in time order
    assert ys.min() == y.min() and ys.max() == y.max()
    assert np.array_equal(ys, y[xs.astype(int)])  # real readings, not averages


def test_an_empty_view_draws_the_neighbours_only() -> None:
    x = np.array([0.0, 100.0])
    xs, _ys = min_max(x, np.array([50.0, 60.0]), 40.0, 60.0, 10)
    assert list(xs) == [0.0, 100.0]
