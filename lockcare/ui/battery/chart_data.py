"""What the battery chart draws, worked out from the columns before it reaches the GUI thread.

:func:`chart_data` is plain numpy (no Qt), so the lock page's background load prepares it
next to the report: the GUI thread then only hands ready arrays to pyqtgraph. The chart keeps
these arrays and nothing per reading; pyqtgraph draws them clipped to the view and
downsampled (peak mode, which keeps the dips) to the view's width.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

import numpy as np

from lockcare.core.battery import Forecast
from lockcare.core.battery.arrays import RANK_LEVELS, ReadingArrays
from lockcare.core.models import BatterySwap

BAND_GAP = 3 * 86400.0
"""A level band stops at a reading gap longer than this (seconds)."""
BAND_ALONE = 86400.0
"""How long a band lasts after its last reading (or before a long gap), seconds."""
RECENT_DAYS = 730
DAY = 86400.0


@dataclass(frozen=True, eq=False)
class ChartData:
    """Arrays and ranges for one lock's chart.

    Attributes:
        readings: All readings (for the hover text).
        x: Times of the readings with a percentage (seconds since the epoch).
        y: Their percentages.
        bands: Level-only readings merged into runs: per level, the runs' start and end times.
        swaps: Swaps up to now, oldest first.
        forecast: The forecast drawn ahead of now, or None.
        confident: True when the forecast's line is drawn (not only its range).
        forecast_x: Times of the forecast's expected level from now on.
        forecast_y: That level.
        now: Now, seconds since the epoch.
        now_level: The level marked at now (the one the header and the sentence give), or None.
        span: The whole history and forecast, padded (for "All history").
        recent: The last two battery sets (at most two years) and the forecast (the first view).
    """

    readings: ReadingArrays
    x: np.ndarray
    y: np.ndarray
    bands: dict[str, tuple[np.ndarray, np.ndarray]]
    swaps: list[BatterySwap]
    forecast: Forecast | None
    confident: bool
    forecast_x: np.ndarray
    forecast_y: np.ndarray
    now: float
    now_level: float | None = None
    span: tuple[float, float] = field(default=(0.0, 1.0))
    recent: tuple[float, float] = field(default=(0.0, 1.0))


def chart_data(
    readings: ReadingArrays, swaps: list[BatterySwap], forecast: Forecast | None, now: datetime,
    *, now_level: float | None = None,
) -> ChartData:
    """Everything the chart draws for a lock's readings, swaps and forecast as of ``now``.

    ``now_level`` (the level "now" everywhere else says) is marked at the now line, and the
    forecast's line starts there.
    """
    has_percent = ~np.isnan(readings.percent)
    confident = forecast is not None and forecast.status == "ok" and forecast.reason != "prior-only"
    if confident and forecast is not None and forecast.curve:
        fx = np.array([at.timestamp() for at, _ in forecast.curve], dtype=float)
        fy = anchored(np.array([level for _, level in forecast.curve], dtype=float), fx, now_level)
    else:
        fx, fy = np.empty(0), np.empty(0)
    past = [s for s in swaps if s.at <= now]
    data = ChartData(
        readings, readings.at[has_percent], readings.percent[has_percent].astype(float), level_bands(readings),
        past, forecast, confident, fx, fy, now.timestamp(), now_level,
    )
    span, recent = _view_ranges(data, now)
    return ChartData(**{**data.__dict__, "span": span, "recent": recent})


def anchored(levels: np.ndarray, times: np.ndarray, start: float | None) -> np.ndarray:
    """The forecast curve moved to begin at ``start`` (the level now), easing back to itself by its end.

    The forecaster's curve starts at its own estimate; a fresh reading a few percent away
    would otherwise leave a visible step at "now" and a second "now" value on the chart.
    """
    if start is None or not levels.size or times[-1] <= times[0]:
        return levels
    share = 1.0 - (times - times[0]) / (times[-1] - times[0])
    return np.minimum.accumulate(np.clip(levels + (start - levels[0]) * share, 0.0, 100.0))


def level_bands(readings: ReadingArrays) -> dict[str, tuple[np.ndarray, np.ndarray]]:
    """Level-only readings as bands, per level: the start and end times of each run.

    Each reading's band lasts until the next reading (a day at most across a gap longer
    than :data:`BAND_GAP`), and neighbours of the same level merge into one run.
    """
    at = readings.at
    only = np.flatnonzero(np.isnan(readings.percent) & (readings.level >= 0))
    if not only.size:
        return {}
    start = at[only]
    following = np.minimum(only + 1, at.size - 1)
    end = np.where(only + 1 < at.size, at[following], start + BAND_ALONE)
    end = np.where(end - start > BAND_GAP, start + BAND_ALONE, end)
    level = readings.level[only]
    joins = np.zeros(only.size, dtype=bool)
    joins[1:] = (level[1:] == level[:-1]) & (start[1:] - end[:-1] <= 1.0)
    firsts = np.flatnonzero(~joins)
    lasts = np.append(firsts[1:] - 1, only.size - 1)
    run_levels = level[firsts]
    return {RANK_LEVELS[int(rank)]: (start[firsts[run_levels == rank]], end[lasts[run_levels == rank]])
            for rank in np.unique(run_levels)}


def min_max(x: np.ndarray, y: np.ndarray, left: float, right: float, columns: int) -> tuple[np.ndarray, np.ndarray]:
    """The points to draw for the view ``[left, right]`` that is ``columns`` pixels wide.

    Args:
        x: Times, sorted.
        y: Values.
        left: Start of the view.
        right: End of the view.
        columns: Pixel columns of the view (at least 1).

    Returns:
        The readings in view, and the one just outside on each side (so the line runs to the
        edges); when there are more than two per column, the lowest and highest of each run
        of readings, in time order.
    """
    start = max(0, int(np.searchsorted(x, left, side="left")) - 1)
    stop = min(x.size, int(np.searchsorted(x, right, side="right")) + 1)
    xs, ys = x[start:stop], y[start:stop]
    columns = max(1, columns)
    if xs.size <= 2 * columns:
        return xs, ys
    size = xs.size // columns
    rows = xs.size // size
    body = ys[: rows * size].reshape(rows, size)
    lowest, highest = body.argmin(axis=1), body.argmax(axis=1)
    offsets = np.arange(rows) * size
    picks = [offsets + lowest, offsets + highest]
    rest = np.arange(rows * size, xs.size)
    if rest.size:
        picks.append(rest[[int(ys[rest].argmin()), int(ys[rest].argmax())]])
    kept = np.unique(np.concatenate(picks))  # in time order, each reading once (a flat run gives one)
    return xs[kept], ys[kept]


def band_runs(bands: dict[str, tuple[np.ndarray, np.ndarray]]) -> list[tuple[float, float, str]]:
    """The bands as ``(start, end, level)`` runs in time order."""
    runs = [(float(a), float(b), level) for level, (starts, ends) in bands.items() for a, b in zip(starts, ends)]
    return sorted(runs)


def _view_ranges(data: ChartData, now: datetime) -> tuple[tuple[float, float], tuple[float, float]]:
    times = data.readings.at
    points = [float(times[0]), float(times[-1])] if times.size else []
    past = [s.at.timestamp() for s in data.swaps]
    points += past + [data.now]
    if data.forecast_x.size:
        points.append(float(data.forecast_x[-1]))
    forecast = data.forecast
    if forecast is not None and forecast.earliest is not None and forecast.latest is not None:
        points += [forecast.earliest.timestamp(), forecast.latest.timestamp()]
    first, last = min(points), max(points)
    start = past[-2] if len(past) >= 2 else (past[-1] if past else first)
    start = max(start, (now - timedelta(days=RECENT_DAYS)).timestamp(), first)
    pad = max(DAY, (last - first) * 0.03)
    recent_pad = max(DAY, (last - start) * 0.03)
    return (first - pad, last + pad), (start - recent_pad, last + recent_pad)
