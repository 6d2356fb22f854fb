"""The battery chart: readings over time, swaps, replace lines and the forecast ahead of now.

Built on pyqtgraph so ten years of 15-minute readings (about 350,000 points) stay fluid:
the chart is given ready arrays (:class:`~lockcare.ui.battery.chart_data.ChartData`, made
off the GUI thread) and keeps only those, no object per reading; at each change of the view
it hands pyqtgraph only the readings in view, at most the lowest and highest of each pixel
column (:func:`~lockcare.ui.battery.chart_data.min_max`, so the dips stay), and dots are
drawn only once the view is zoomed in far enough for them to mean something.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pyqtgraph as pg
from pyqtgraph.exporters import ImageExporter
from PySide6.QtCore import QEvent, QLocale, QPointF, QSize, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QVBoxLayout, QWidget

from lockcare.core.battery import Forecast
from lockcare.core.battery.arrays import ReadingArrays
from lockcare.core.dates_in_words import range_words, short_date, short_datetime
from lockcare.core.models import BatterySwap, ReadingSource
from lockcare.core.vocabulary import LEVEL_PERCENT_RANGES
from lockcare.core.wording import level_word
from lockcare.ui.battery.chart_data import ChartData, band_runs, chart_data, min_max
from lockcare.core.i18n import translate
from lockcare.ui.battery.colours import THRESHOLDS, chart_colours

DOTS_BELOW = 400
"""Draw dots on the readings line when no more than this many are in view."""
Y_RANGE = (-8.0, 116.0)
"""Room below 0 % for the forecast range's label and above 100 % for the swap and now labels."""


def _ts(moment: datetime) -> float:
    return moment.timestamp()


_ENGLISH_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_MONTH_WORD = re.compile(r"\b(" + "|".join(_ENGLISH_MONTHS) + r")\b")


def local_months(text: str, locale: QLocale | None = None) -> str:
    """``text`` (a tick label from :func:`time.strftime`'s C locale) with the locale's short month names."""
    names = locale or QLocale()
    return _MONTH_WORD.sub(lambda m: names.monthName(_ENGLISH_MONTHS.index(m.group(1)) + 1, QLocale.FormatType.ShortFormat), text)


class LocalDateAxis(pg.DateAxisItem):
    """pyqtgraph's date axis, its month names in the window's language ("Okt", not "Oct")."""

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:  # noqa: N802 (pyqtgraph override)
        return [local_months(text) for text in super().tickStrings(values, scale, spacing)]


def _level_words(level: str) -> str:
    low, high = LEVEL_PERCENT_RANGES[level]
    return f"{level_word(level)} ({low:.0f}–{high:.0f} %)"


class BatteryChart(QWidget):
    """A lock's battery history and forecast on a date axis.

    Call :meth:`set_data` (or :meth:`set_history`); the plotted items are attributes so tests can check their data:
    ``readings_curve`` (percent readings), ``bands`` (one bar item per level) and
    ``band_runs`` (level-only readings),
    ``swap_lines``, ``threshold_lines``, ``forecast_curve``, ``forecast_region``, ``now_line``.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.plot_widget = pg.PlotWidget(axisItems={"bottom": LocalDateAxis(orientation="bottom")})
        self.plot_widget.setAccessibleName(translate("battery.chart", "Battery chart"))
        self.plot_widget.setMinimumHeight(220)
        layout.addWidget(self.plot_widget)
        self.plot_item = self.plot_widget.getPlotItem()
        # The chart cuts and thins the readings itself (min_max): pyqtgraph draws what it is given.
        self.plot_item.setDownsampling(auto=False)
        self.plot_item.setClipToView(False)
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

        # One bar item per level, each in one colour: pyqtgraph then draws all its bars in
        # one call (per-bar brushes would replay thousands of rectangles from Python).
        self.bands = {level: pg.BarGraphItem(x0=[], x1=[], y0=[], y1=[]) for level in LEVEL_PERCENT_RANGES}
        self._band_times: dict[str, tuple[np.ndarray, np.ndarray]] = {}
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
        for level, _text, _name in THRESHOLDS:  # their words are in the panel's legend, not on the lines
            self.threshold_lines[level] = pg.InfiniteLine(pos=level, angle=0, movable=False)
        for item in (self.forecast_region, *self.bands.values(), self.readings_curve, self.forecast_curve,
                     self.now_line, self.now_marker, *self.threshold_lines.values()):
            self.plot_item.addItem(item)
        self.swap_lines: list[pg.InfiniteLine] = []
        """The swap lines shown (spare ones are kept hidden for the next lock)."""
        self._spare_swap_lines: list[pg.InfiniteLine] = []
        self.readout = pg.TextItem(anchor=(0, 1))
        self.readout.setZValue(100)
        self.readout.hide()
        self.plot_item.addItem(self.readout, ignoreBounds=True)
        self._proxy = pg.SignalProxy(self.plot_widget.scene().sigMouseMoved, rateLimit=30, slot=self._on_scene_mouse_moved)
        self.plot_item.sigXRangeChanged.connect(self._on_plot_x_range_changed)
        self.plot_item.getViewBox().sigResized.connect(self._on_plot_x_range_changed)

        self.data: ChartData | None = None
        """What the chart shows (None until :meth:`set_data`)."""
        self._x = np.empty(0)
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
        readings: ReadingArrays,
        swaps: Sequence[BatterySwap],
        forecast: Forecast | None,
        now: datetime,
        *,
        now_level: float | None = None,
    ) -> None:
        """Show a lock's readings, swaps and forecast as of ``now`` (works the arrays out here).

        ``now_level`` is the level "now" everywhere else says (a fresh reading, or the
        forecast's estimate): the chart marks it at the now line and starts the forecast there.
        """
        self.set_data(chart_data(readings, list(swaps), forecast, now, now_level=now_level))

    def set_data(self, data: ChartData) -> None:
        """Show ready :class:`ChartData` (cheap: the arrays are handed to pyqtgraph as they are)."""
        self.data = data
        self._now = data.now
        self.now_value = data.now_level
        self._x = data.x
        self._band_times = data.bands
        self._draw_bands()
        self._set_swaps(data.swaps)
        self._set_forecast(data)
        self.now_line.setPos(self._now)
        self._set_now_marker()
        self._span, self._recent = data.span, data.recent
        self.plot_item.setLimits(xMin=self._span[0] - 30 * 86400.0, xMax=self._span[1] + 30 * 86400.0)
        self.show_recent()
        self._dots = False
        self._update_dots()
        self._draw_readings()

    def clear(self) -> None:
        """Show nothing (while a lock's history loads), and let go of the last one's arrays."""
        self.data = None
        self._x, self._fx, self._fy = np.empty(0), np.empty(0), np.empty(0)
        self.readings_curve.setData([], [])
        self.forecast_curve.setData([], [])
        self._band_times = {}
        self._draw_bands()
        self._set_swaps([])
        self.forecast_region.setVisible(False)
        self.now_value = None
        self._set_now_marker()

    def _set_now_marker(self) -> None:
        value = self.now_value
        if value is None:
            self.now_marker.setData([], [])
            self.now_label.setFormat(translate("battery.chart", "now"))
        else:
            self.now_marker.setData([self._now], [value])
            self.now_label.setFormat(translate("battery.chart", "now {value:.0f} %").format(value=value))

    @property
    def band_runs(self) -> list[tuple[float, float, str]]:
        """The level bands drawn, as ``(start, end, level)`` in time order."""
        return band_runs(self._band_times)

    def _draw_bands(self) -> None:
        for level, item in self.bands.items():
            starts, ends = self._band_times.get(level, (np.empty(0), np.empty(0)))
            low, high = LEVEL_PERCENT_RANGES[level]
            item.setOpts(x0=starts, x1=ends, y0=np.full(starts.size, low), y1=np.full(starts.size, high),
                         brush=pg.mkBrush(self._colours.band(level)), brushes=None, pens=None, pen=pg.mkPen(None))

    def _set_swaps(self, swaps: Sequence[BatterySwap]) -> None:
        # Lines are kept and moved from lock to lock: making a labelled line costs a few ms.
        lines = self.swap_lines + self._spare_swap_lines
        while len(lines) < len(swaps):
            line = pg.InfiniteLine(angle=90, movable=False)
            line.label = pg.InfLineLabel(line, "", position=0.985, anchors=[(0, 0), (0, 0)])
            self.plot_item.addItem(line)
            lines.append(line)
        for line, swap in zip(lines, swaps):
            line.setPos(_ts(swap.at))
            line.label.setFormat(translate("battery.chart", "Swap {date}").format(date=short_date(swap.at)))
            line.show()
        for line in lines[len(swaps):]:
            line.hide()
        self.swap_lines, self._spare_swap_lines = lines[:len(swaps)], lines[len(swaps):]
        self._style_swaps()

    def _set_forecast(self, data: ChartData) -> None:
        forecast = data.forecast
        self._fx, self._fy = data.forecast_x, data.forecast_y
        self.forecast_curve.setData(self._fx, self._fy)
        has_range = forecast is not None and forecast.earliest is not None and forecast.latest is not None
        self.forecast_region.setVisible(has_range)
        if has_range and forecast is not None and forecast.earliest and forecast.latest:
            self.forecast_region.setRegion((_ts(forecast.earliest), _ts(forecast.latest)))
            now = datetime.fromtimestamp(data.now, UTC)
            when = range_words(forecast.earliest, forecast.latest, now)
            words = (translate("battery.chart", "Replace {when}") if data.confident
                     else translate("battery.chart", "Roughly {when}")).format(when=when)
            self.region_label.setFormat(words + " ")

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
            return translate("battery.chart", "Expected about {level:.0f} % on {date}").format(level=level, date=short_date(moment))
        readings = self.data.readings if self.data is not None else None
        if readings is None or not len(readings):
            return ""
        times = readings.at
        index = int(np.clip(np.searchsorted(times, x), 0, len(times) - 1))
        if index > 0 and abs(times[index - 1] - x) < abs(times[index] - x):
            index -= 1
        reading = readings.reading(index)
        if reading.percent is not None:
            value = f"{reading.percent} %"
        else:
            value = _level_words(reading.level) if reading.level in LEVEL_PERCENT_RANGES else str(reading.level)
        text = f"{short_datetime(reading.at)}: {value}"
        if reading.source == ReadingSource.CLOUD:
            return translate("battery.chart", "{reading} (from the cloud)").format(reading=text)
        return text

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
        self._draw_readings()

    def _draw_readings(self) -> None:
        """Give pyqtgraph the readings in view, thinned to the view's width."""
        data = self.data
        if data is None:
            return
        view = self.plot_item.getViewBox()
        (left, right), _ = view.viewRange()
        columns = int(view.width()) or 1000  # before the first layout, a typical width
        self.readings_curve.setData(*min_max(data.x, data.y, left, right, columns))

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
