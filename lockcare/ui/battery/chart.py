"""The battery chart: readings over time, swaps, replace lines and the forecast ahead of now.

Built on pyqtgraph so ten years of 15-minute readings (about 350,000 points) stay fluid:
the plot downsamples (``peak`` mode keeps the dips) and clips to the visible range, and
dots are drawn only once the view is zoomed in far enough for them to mean something.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np
import pyqtgraph as pg
from pyqtgraph.exporters import ImageExporter
from PySide6.QtCore import QEvent, QPointF, QSize, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QVBoxLayout, QWidget

from lockcare.core.battery import Forecast
from lockcare.core.dates_in_words import range_words, short_date, short_datetime
from lockcare.core.models import BatteryReading, BatterySwap, ReadingSource
from lockcare.core.vocabulary import LEVEL_PERCENT_RANGES
from lockcare.core.wording import level_word
from lockcare.ui.battery.colours import chart_colours

THRESHOLDS: tuple[tuple[float, str, str], ...] = (
    (20.0, "Replace at 20 %", "replace"),
    (15.0, "Unreliable below 15 %", "unreliable"),
    (5.0, "Emergency unlocks only at 5 %", "emergency"),
)
"""Horizontal lines from the field guide: level, legend words, colour name. The words go in
the panel's legend, not on the lines: three labels 5 % apart collide at any small height."""
BAND_GAP = 3 * 86400.0
"""A level band stops at a reading gap longer than this (seconds)."""
DOTS_BELOW = 400
"""Draw dots on the readings line when no more than this many are in view."""
RECENT_DAYS = 730
Y_RANGE = (-8.0, 116.0)
"""Room below 0 % for the forecast range's label and above 100 % for the swap and now labels."""


def _ts(moment: datetime) -> float:
    return moment.timestamp()


def _anchored(levels: np.ndarray, times: np.ndarray, start: float | None) -> np.ndarray:
    """The forecast curve moved to begin at ``start`` (the level now), easing back to itself by its end.

    The forecaster's curve starts at its own estimate; a fresh reading a few percent away
    would otherwise leave a visible step at "now" and a second "now" value on the chart.
    """
    if start is None or not levels.size or times[-1] <= times[0]:
        return levels
    share = 1.0 - (times - times[0]) / (times[-1] - times[0])
    return np.minimum.accumulate(np.clip(levels + (start - levels[0]) * share, 0.0, 100.0))


def _level_words(level: str) -> str:
    low, high = LEVEL_PERCENT_RANGES[level]
    return f"{level_word(level)} ({low:.0f}–{high:.0f} %)"


class BatteryChart(QWidget):
    """A lock's battery history and forecast on a date axis.

    Call :meth:`set_history`; the plotted items are attributes so tests can check their data:
    ``readings_curve`` (percent readings), ``bands`` with ``band_runs`` (level-only readings),
    ``swap_lines``, ``threshold_lines``, ``forecast_curve``, ``forecast_region``, ``now_line``.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.plot_widget = pg.PlotWidget(axisItems={"bottom": pg.DateAxisItem(orientation="bottom")})
        self.plot_widget.setAccessibleName("Battery chart")
        self.plot_widget.setMinimumHeight(220)
        layout.addWidget(self.plot_widget)
        self.plot_item = self.plot_widget.getPlotItem()
        self.plot_item.setDownsampling(auto=True, mode="peak")
        self.plot_item.setClipToView(True)
        self.plot_item.setMouseEnabled(x=True, y=False)
        self.plot_item.setMenuEnabled(False)
        self.plot_item.hideButtons()
        self.plot_item.setYRange(*Y_RANGE, padding=0)
        self.plot_item.setLimits(yMin=Y_RANGE[0], yMax=Y_RANGE[1], minXRange=6 * 3600)
        self.plot_item.showGrid(x=True, y=True, alpha=0.15)
        left = self.plot_item.getAxis("left")
        left.setTicks([[(v, f"{v} %") for v in (0, 20, 40, 60, 80, 100)]])
        # A width that fits "100 %" from the start: pyqtgraph drops labels that do not fit the first paint.
        metrics = QFontMetrics(self.font())
        left.setWidth(metrics.horizontalAdvance("100 %") + 16)
        self.plot_item.getAxis("bottom").setHeight(metrics.height() + 14)
        # Months stay labelled on a narrow window (pyqtgraph drops a level at 60 % text fill).
        self.plot_item.getAxis("bottom").setStyle(textFillLimits=[(0, 0.9), (2, 0.75), (4, 0.6), (6, 0.45)])

        self.bands = pg.BarGraphItem(x0=[], x1=[], y0=[], y1=[])
        self.band_runs: list[tuple[float, float, str]] = []
        self.readings_curve = pg.PlotDataItem(name="Readings")
        self.forecast_region = pg.LinearRegionItem(movable=False)
        self.forecast_region.setZValue(-10)
        self.forecast_curve = pg.PlotDataItem(name="Forecast")
        self.now_line = pg.InfiniteLine(angle=90, movable=False)
        # One text row below the swap labels, so a recent swap's label never covers it.
        self.now_label = pg.InfLineLabel(self.now_line, "now", position=0.9, anchors=[(1, 0), (1, 0)])
        self.now_marker = pg.ScatterPlotItem(size=9)
        self.now_marker.setZValue(20)
        self.region_label = pg.InfLineLabel(self.forecast_region.lines[1], "", position=0.035, anchors=[(1, 0.5), (1, 0.5)])
        self.threshold_lines: dict[float, pg.InfiniteLine] = {}
        for level, _text, _name in THRESHOLDS:
            self.threshold_lines[level] = pg.InfiniteLine(pos=level, angle=0, movable=False)
        for item in (self.forecast_region, self.bands, self.readings_curve, self.forecast_curve, self.now_line,
                     self.now_marker, *self.threshold_lines.values()):
            self.plot_item.addItem(item)
        self.swap_lines: list[pg.InfiniteLine] = []
        self.readout = pg.TextItem(anchor=(0, 1))
        self.readout.setZValue(100)
        self.readout.hide()
        self.plot_item.addItem(self.readout, ignoreBounds=True)
        self._proxy = pg.SignalProxy(self.plot_widget.scene().sigMouseMoved, rateLimit=30, slot=self._on_scene_mouse_moved)
        self.plot_item.sigXRangeChanged.connect(self._on_plot_x_range_changed)

        self._x = np.empty(0)
        self._y = np.empty(0)
        self._all_x = np.empty(0)
        self._readings: Sequence[BatteryReading] = ()
        self._fx = np.empty(0)
        self._fy = np.empty(0)
        self._now = 0.0
        self.now_value: float | None = None
        """The level marked at "now" (the same one the header and the forecast sentence give)."""
        self._dots = False
        self._span = (0.0, 1.0)
        self._recent = (0.0, 1.0)
        self._colours = chart_colours(self.palette())
        self._apply_colours()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        # Only as tall as it must be: a scrolling parent then gives it all the room there is,
        # rather than scrolling to make room for pyqtgraph's generous 480 px default.
        return QSize(600, max(self.minimumHeight(), 220))

    # -- data -------------------------------------------------------------------------

    def set_history(
        self,
        readings: Sequence[BatteryReading],
        swaps: Sequence[BatterySwap],
        forecast: Forecast | None,
        now: datetime,
        *,
        now_level: float | None = None,
    ) -> None:
        """Show a lock's readings (oldest first), swaps and forecast as of ``now``.

        ``now_level`` is the level "now" everywhere else says (a fresh reading, or the
        forecast's estimate): the chart marks it at the now line and starts the forecast there.
        """
        self._now = _ts(now)
        self.now_value = now_level
        count = len(readings)
        times = np.fromiter((r.at.timestamp() for r in readings), dtype=float, count=count)
        percents = np.fromiter(
            (math.nan if r.percent is None else float(r.percent) for r in readings), dtype=float, count=count
        )
        has_percent = ~np.isnan(percents)
        self._x, self._y = times[has_percent], percents[has_percent]
        self.readings_curve.setData(self._x, self._y)
        self._all_x = times
        self._readings = readings  # words are made on hover only: cheap for 350,000 rows
        self._set_bands(times, [r.level for r in readings], has_percent)
        self._set_swaps(swaps, now)
        self._set_forecast(forecast, now)
        self.now_line.setPos(self._now)
        self._set_now_marker()
        self._set_view_ranges(times, swaps, now)
        self._dots = False
        self._update_dots()

    def _set_bands(self, times: np.ndarray, levels: list[str | None], has_percent: np.ndarray) -> None:
        runs: list[tuple[float, float, str]] = []
        only = np.flatnonzero(~has_percent)
        for position, index in enumerate(only):
            level = levels[index]
            if level not in LEVEL_PERCENT_RANGES:
                continue
            start = float(times[index])
            following = index + 1 < len(times)
            end = float(times[index + 1]) if following else start + 86400.0
            if end - start > BAND_GAP:
                end = start + 86400.0
            last = runs[-1] if runs else None
            if last and last[2] == level and start - last[1] <= 1.0 and position > 0:
                runs[-1] = (last[0], end, level)
            else:
                runs.append((start, end, level))
        self.band_runs = runs
        self._draw_bands()

    def _draw_bands(self) -> None:
        runs = self.band_runs
        self.bands.setOpts(
            x0=np.array([r[0] for r in runs], dtype=float),
            x1=np.array([r[1] for r in runs], dtype=float),
            y0=np.array([LEVEL_PERCENT_RANGES[r[2]][0] for r in runs], dtype=float),
            y1=np.array([LEVEL_PERCENT_RANGES[r[2]][1] for r in runs], dtype=float),
            brushes=[pg.mkBrush(self._colours.band(r[2])) for r in runs],
            pens=None,  # one shared "no pen": pyqtgraph 0.14 fails on an empty ``pens`` list
            pen=pg.mkPen(None),
        )

    def _set_swaps(self, swaps: Sequence[BatterySwap], now: datetime) -> None:
        for line in self.swap_lines:
            self.plot_item.removeItem(line)
        self.swap_lines = []
        for swap in swaps:
            if swap.at > now:
                continue
            line = pg.InfiniteLine(pos=_ts(swap.at), angle=90, movable=False)
            line.label = pg.InfLineLabel(line, f"Swap {short_date(swap.at)}", position=0.985, anchors=[(0, 0), (0, 0)])
            self.plot_item.addItem(line)
            self.swap_lines.append(line)
        self._style_swaps()

    def _set_forecast(self, forecast: Forecast | None, now: datetime) -> None:
        confident = forecast is not None and forecast.status == "ok" and forecast.reason != "prior-only"
        if confident and forecast is not None and forecast.curve:
            self._fx = np.array([_ts(at) for at, _ in forecast.curve], dtype=float)
            self._fy = _anchored(np.array([level for _, level in forecast.curve], dtype=float), self._fx,
                                 self.now_value)
        else:
            self._fx, self._fy = np.empty(0), np.empty(0)
        self.forecast_curve.setData(self._fx, self._fy)
        has_range = forecast is not None and forecast.earliest is not None and forecast.latest is not None
        self.forecast_region.setVisible(has_range)
        if has_range and forecast is not None and forecast.earliest and forecast.latest:
            self.forecast_region.setRegion((_ts(forecast.earliest), _ts(forecast.latest)))
            words = "Replace" if confident else "Roughly"
            self.region_label.setFormat(f"{words} {range_words(forecast.earliest, forecast.latest, now)} ")

    def _set_now_marker(self) -> None:
        value = self.now_value
        if value is None:
            self.now_marker.setData([], [])
            self.now_label.setFormat("now")
        else:
            self.now_marker.setData([self._now], [value])
            self.now_label.setFormat(f"now {value:.0f} %")

    def _set_view_ranges(self, times: np.ndarray, swaps: Sequence[BatterySwap], now: datetime) -> None:
        points = [float(times[0]), float(times[-1])] if len(times) else []
        points += [_ts(s.at) for s in swaps if s.at <= now] + [self._now]
        if self._fx.size:
            points.append(float(self._fx[-1]))
        if self.forecast_region.isVisible():
            points += list(self.forecast_region.getRegion())
        first, last = min(points), max(points)
        past = [_ts(s.at) for s in swaps if s.at <= now]
        start = past[-2] if len(past) >= 2 else (past[-1] if past else first)
        start = max(start, _ts(now - timedelta(days=RECENT_DAYS)), first)
        pad = max(86400.0, (last - first) * 0.03)
        self._span = (first - pad, last + pad)
        self._recent = (start - max(86400.0, (last - start) * 0.03), last + max(86400.0, (last - start) * 0.03))
        self.plot_item.setLimits(xMin=self._span[0] - 30 * 86400.0, xMax=self._span[1] + 30 * 86400.0)
        self.show_recent()

    # -- view -------------------------------------------------------------------------

    def show_recent(self) -> None:
        """Show the last two battery sets (at most two years) and the forecast."""
        self.plot_item.setXRange(*self._recent, padding=0)
        self.plot_item.setYRange(*Y_RANGE, padding=0)

    def show_all(self) -> None:
        """Show the whole history and the forecast."""
        self.plot_item.setXRange(*self._span, padding=0)
        self.plot_item.setYRange(*Y_RANGE, padding=0)

    def export_png(self, path: str | Path, width: int = 1600) -> None:
        """Save the chart as a PNG image ``width`` pixels wide."""
        self.readout.hide()
        exporter = ImageExporter(self.plot_item)
        exporter.parameters()["width"] = width
        exporter.export(str(path))

    def readout_at(self, x: float) -> str:
        """What the chart says at time ``x`` (seconds since the epoch), for the hover text."""
        if self._fx.size and x >= self._now:
            if x > self._fx[-1]:
                return ""
            level = float(np.interp(x, self._fx, self._fy))
            moment = datetime.fromtimestamp(x, tz=UTC)
            return f"Expected about {level:.0f} % on {short_date(moment)}"
        if not self._all_x.size:
            return ""
        index = int(np.clip(np.searchsorted(self._all_x, x), 0, len(self._all_x) - 1))
        if index > 0 and abs(self._all_x[index - 1] - x) < abs(self._all_x[index] - x):
            index -= 1
        reading = self._readings[index]
        if reading.percent is not None:
            value = f"{reading.percent} %"
        else:
            value = _level_words(reading.level) if reading.level in LEVEL_PERCENT_RANGES else str(reading.level)
        source = " (from the cloud)" if reading.source == ReadingSource.CLOUD else ""
        return f"{short_datetime(reading.at)}: {value}{source}"

    def _on_scene_mouse_moved(self, event: tuple[QPointF]) -> None:
        pos = event[0]
        view = self.plot_item.getViewBox()
        if not view.sceneBoundingRect().contains(pos):
            self.readout.hide()
            return
        point = view.mapSceneToView(pos)
        text = self.readout_at(point.x())
        if not text:
            self.readout.hide()
            return
        (left, right), _ = view.viewRange()
        self.readout.setAnchor((1, 1) if point.x() > (left + right) / 2 else (0, 1))
        self.readout.setText(text)
        self.readout.setPos(point.x(), point.y())
        self.readout.show()

    def _on_plot_x_range_changed(self, *_args: object) -> None:
        self._update_dots()

    def _update_dots(self) -> None:
        (left, right), _ = self.plot_item.getViewBox().viewRange()
        visible = int(np.searchsorted(self._x, right) - np.searchsorted(self._x, left))
        dots = 0 < visible <= DOTS_BELOW
        if dots != self._dots:
            self._dots = dots
            self._style_readings()

    # -- colours ----------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._colours = chart_colours(self.palette())
            self._apply_colours()
        super().changeEvent(event)

    def _apply_colours(self) -> None:
        c = self._colours
        self.plot_widget.setBackground(c.background)
        for name in ("left", "bottom"):
            axis = self.plot_item.getAxis(name)
            axis.setPen(pg.mkPen(c.muted))
            axis.setTextPen(pg.mkPen(c.text))
        self._style_readings()
        self.forecast_curve.setPen(pg.mkPen(c.forecast, width=2.5, style=Qt.PenStyle.DashLine))
        self.forecast_region.setBrush(pg.mkBrush(c.forecast_range))
        for line in self.forecast_region.lines:
            line.setPen(pg.mkPen(c.forecast, width=1, style=Qt.PenStyle.DotLine))
        self.region_label.setColor(c.forecast)
        self.region_label.fill = pg.mkBrush(c.readout_fill)
        self.now_line.setPen(pg.mkPen(c.muted, width=1, style=Qt.PenStyle.DashLine))
        self.now_label.setColor(c.text)
        self.now_label.fill = pg.mkBrush(c.readout_fill)
        self.now_marker.setBrush(pg.mkBrush(c.forecast))
        self.now_marker.setPen(pg.mkPen(c.background, width=1.5))
        for level, _text, name in THRESHOLDS:
            self.threshold_lines[level].setPen(pg.mkPen(getattr(c, name), width=1.2, style=Qt.PenStyle.DashLine))
        self.readout.setColor(c.text)
        self.readout.fill = pg.mkBrush(c.readout_fill)
        self.readout.border = pg.mkPen(c.muted)
        self._draw_bands()
        self._style_swaps()

    def _style_readings(self) -> None:
        c = self._colours
        self.readings_curve.setPen(pg.mkPen(c.readings, width=2))
        if self._dots:
            self.readings_curve.setSymbol("o")
            self.readings_curve.setSymbolSize(6)
            self.readings_curve.setSymbolBrush(pg.mkBrush(c.readings))
            self.readings_curve.setSymbolPen(pg.mkPen(c.background, width=1))
        else:
            self.readings_curve.setSymbol(None)

    def _style_swaps(self) -> None:
        c = self._colours
        for line in self.swap_lines:
            line.setPen(pg.mkPen(c.swap, width=1.5))
            line.label.setColor(c.text)
            line.label.fill = pg.mkBrush(c.readout_fill)
