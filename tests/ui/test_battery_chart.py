"""The Battery tab: the chart plots the readings, swaps, guide lines and forecast it was given."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from lockcare.app import LockcareApp
from lockcare.core.models import BatteryReading, BatterySwap, Lock, ReadingSource
from lockcare.demo import seed_history
from lockcare.services.battery import BatteryHistory, BatteryService
from lockcare.storage import open_storage
from lockcare.ui.battery.panel import BatteryPanel
from tests.support.gui import settle
from tests.support.network import ASLEEP_HOST, closed_port

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


def seed(data_dir: Path) -> tuple[list[BatteryReading], list[BatterySwap]]:
    """Two swaps, 60 percent readings since the last one, and a week of level-only readings before it."""
    storage = open_storage(data_dir)
    try:
        lock = storage.locks.add(Lock(name="Front door", device_id="bf3a1c2d3e4f5a6b7c8d", address=ASLEEP_HOST, port=closed_port()))
        assert lock.id is not None
        first, last = NOW - timedelta(days=420), NOW - timedelta(days=180)
        for at in (first, last):
            storage.battery.add_swap(BatterySwap(lock.id, at, "aa-alkaline", "Varta", 4))
        levels = [BatteryReading(lock.id, last - timedelta(days=7 - d), level="low" if d < 4 else "poweroff",
                                 source=ReadingSource.CLOUD) for d in range(7)]
        percents = [BatteryReading(lock.id, last + timedelta(days=3 * i, hours=2), percent=100 - i,
                                   source=ReadingSource.LIVE) for i in range(60)]
        storage.battery.add_readings(levels + percents)
        return storage.battery.readings(lock.id), storage.battery.swaps(lock.id)
    finally:
        storage.close()


@pytest.fixture
def history(data_dir: Path) -> BatteryHistory:
    seed(data_dir)
    storage = open_storage(data_dir)
    try:
        service = BatteryService(storage.locks, storage.battery, clock=lambda: NOW)
        return service.history(storage.locks.list()[0])
    finally:
        storage.close()


@pytest.fixture
def panel(qtbot: QtBot, history: BatteryHistory) -> BatteryPanel:
    widget = BatteryPanel()
    qtbot.addWidget(widget)
    widget.resize(900, 600)
    widget.show_history(history)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def percent_readings(history: BatteryHistory) -> list[BatteryReading]:
    readings = history.readings
    return [readings.reading(i) for i in range(len(readings)) if readings.reading(i).percent is not None]


def test_chart_plots_percent_readings_on_a_date_axis(panel: BatteryPanel, history: BatteryHistory) -> None:
    chart = panel.chart
    with_percent = percent_readings(history)
    assert len(with_percent) == 60
    assert np.allclose(chart.readings_curve.xData, [r.at.timestamp() for r in with_percent])
    assert np.allclose(chart.readings_curve.yData, [r.percent for r in with_percent])
    import pyqtgraph as pg  # with the chart, as the app loads it

    assert isinstance(chart.plot_item.getAxis("bottom"), pg.DateAxisItem)


def test_ten_years_draw_as_a_few_points_per_pixel_and_keep_their_dips(qtbot: QtBot) -> None:
    from lockcare.core.battery.arrays import ReadingArrays
    from lockcare.ui.battery.chart import BatteryChart

    count = 350_640
    at = NOW.timestamp() - 900.0 * np.arange(count)[::-1]
    percent = np.full(count, 80, dtype=np.float32)
    percent[200_000] = 3  # one dip, five years ago
    readings = ReadingArrays(1, at, percent, np.full(count, -1, np.int8), np.zeros(count, np.int8),
                             np.zeros(count, bool))
    chart = BatteryChart()
    qtbot.addWidget(chart)
    chart.resize(800, 400)
    chart.show()
    qtbot.waitExposed(chart)
    chart.set_history(readings, [], None, NOW)
    chart.show_all()
    width = chart.plot_item.getViewBox().width()
    drawn_x, drawn_y = chart.readings_curve.xData, chart.readings_curve.yData
    assert 0 < drawn_x.size <= 2 * width + 4  # not 350,640
    assert drawn_y.min() == 3 and at[200_000] in drawn_x  # the dip is drawn where it was
    assert np.all(np.diff(drawn_x) >= 0)
    days = 86400.0
    chart.plot_item.setXRange(at[200_000] - 2 * days, at[200_000] + 2 * days, padding=0)
    assert chart.readings_curve.xData.size == pytest.approx(4 * 96, abs=4)  # zoomed in: every reading


def test_level_only_readings_become_bands(panel: BatteryPanel) -> None:
    runs = panel.chart.band_runs
    assert [level for *_times, level in runs] == ["low", "poweroff"]
    bands = panel.chart.bands
    assert [(list(bands[level].opts["y0"]), list(bands[level].opts["y1"])) for level in ("low", "poweroff")] == [
        ([10.0], [30.0]), ([0.0], [10.0])]
    assert bands["high"].opts["x0"].size == bands["medium"].opts["x0"].size == 0


def test_swap_markers_and_guide_lines(panel: BatteryPanel) -> None:
    report, chart = panel.report, panel.chart
    assert report is not None
    assert [line.value() for line in chart.swap_lines] == pytest.approx([s.at.timestamp() for s in report.swaps])
    assert all(line.label.format.startswith("Swap ") for line in chart.swap_lines)
    assert sorted(chart.threshold_lines) == [5.0, 15.0, 20.0]
    assert [chart.threshold_lines[v].value() for v in (20.0, 15.0, 5.0)] == [20.0, 15.0, 5.0]


def test_forecast_is_drawn_ahead_of_now_with_its_range(panel: BatteryPanel) -> None:
    report, chart = panel.report, panel.chart
    assert report is not None
    forecast = report.forecast
    assert forecast.status == "ok" and forecast.reason == "readings"
    xs, ys = chart.forecast_curve.xData, chart.forecast_curve.yData
    assert xs[0] == pytest.approx(NOW.timestamp())
    assert np.all(np.diff(xs) > 0) and np.all(np.diff(ys) <= 0)
    assert chart.now_line.value() == pytest.approx(NOW.timestamp())
    assert chart.forecast_region.isVisible()
    assert chart.forecast_region.getRegion() == pytest.approx((forecast.earliest.timestamp(), forecast.latest.timestamp()))
    assert panel.headline_label.text() == report.headline
    assert forecast.explanation in panel.explanation_label.text()


def test_battery_sets_table(panel: BatteryPanel) -> None:
    model = panel.sets_model
    assert model.rowCount() == 2
    assert model.index(0, 4).data() == "in the lock now"
    assert model.index(1, 2).data().endswith("months")
    assert panel.sets_label.text().startswith("Last set: This set lasted")


def test_hover_reads_out_the_nearest_reading_and_the_forecast(qtbot: QtBot, panel: BatteryPanel,
                                                              history: BatteryHistory) -> None:
    chart = panel.chart
    last = percent_readings(history)[-1]
    assert chart.readout_at(last.at.timestamp() + 60).endswith(f": {last.percent} %")
    assert chart.readout_at((NOW + timedelta(days=5)).timestamp()).startswith("Expected about ")
    view = chart.plot_item.getViewBox()
    (left, right), _ = view.viewRange()
    scene_point = view.mapViewToScene(view.mapToView(view.boundingRect().center()))
    widget_point = chart.plot_widget.mapFromScene(scene_point)
    qtbot.mouseMove(chart.plot_widget.viewport(), QPoint(widget_point.x(), widget_point.y()))
    qtbot.waitUntil(chart.readout.isVisible, timeout=2000)
    assert chart.readout.toPlainText()


def test_zooming_in_shows_dots_and_export_writes_a_png(qtbot: QtBot, panel: BatteryPanel, tmp_path: Path) -> None:
    chart = panel.chart
    assert chart.readings_curve.opts["symbol"] is None or chart.readings_curve.opts["symbol"] == "o"
    chart.show_all()
    chart.plot_item.setXRange((NOW - timedelta(days=20)).timestamp(), NOW.timestamp(), padding=0)
    assert chart.readings_curve.opts["symbol"] == "o"
    target = tmp_path / "chart.png"
    with qtbot.waitSignal(panel.exported, timeout=5000):
        panel.export_png(str(target))
    image = QImage(str(target))
    assert not image.isNull() and image.width() == 1600


def test_recording_a_swap_in_the_window_updates_the_forecast(
    qtbot: QtBot, make_app: Callable[..., LockcareApp], data_dir: Path
) -> None:
    seed_history(data_dir, now=datetime.now(UTC))
    app = make_app()
    window = app.build_window()
    qtbot.addWidget(window)
    window.show()
    window.select_lock("demo0front0door00001")
    panel = window.lock_page.battery_panel
    window.lock_page.tabs.setCurrentWidget(panel)
    settle(qtbot, window)
    before = panel.report
    assert before is not None and before.forecast.reason == "readings"
    assert panel.chart.forecast_curve.xData.size > 0
    swaps_before = len(panel.chart.swap_lines)

    dialog = window.records.record_swap()
    assert dialog is not None
    qtbot.keyClicks(dialog.brand_edit, "Energizer")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)

    after = panel.report
    assert after is not None and after is not before
    assert after.swaps[-1].brand == "Energizer"
    assert after.forecast.reason == "prior-only"
    assert after.forecast.replace_by > before.forecast.replace_by + timedelta(days=100)
    assert after.headline.startswith("Expect to replace the batteries between ")
    assert len(panel.chart.swap_lines) == swaps_before + 1
    assert panel.chart.forecast_curve.xData is None or panel.chart.forecast_curve.xData.size == 0  # no confident line
    assert panel.chart.forecast_region.isVisible()  # the typical range is still shown
    assert panel.sets_model.rowCount() == len(before.sets) + 1


def test_a_detected_battery_change_is_recorded_only_when_the_user_confirms(qtbot, make_app) -> None:
    from datetime import UTC, datetime, timedelta

    from PySide6.QtCore import Qt

    from lockcare.core.models import Lock
    from lockcare.ui.dialogs.swap_dialog import SwapDialog

    app = make_app()
    locks = app.services.locks
    lock = locks.add_lock(Lock(name="Front door", device_id="bf3a1c2d3e4f5a6b7c8d", address=ASLEEP_HOST, port=closed_port()), "0123456789abcdef")
    now = datetime.now(UTC)
    for days_ago, percent in ((120, 60), (80, 40), (40, 20), (25, 12), (19, 100), (10, 98), (2, 96)):
        locks.record_reading(lock, percent=percent, at=now - timedelta(days=days_ago))
    window = app.build_window()
    qtbot.addWidget(window)
    settle(qtbot, window)
    window.select_lock(lock.device_id)
    settle(qtbot, window)
    panel = window.lock_page.battery_panel
    assert panel.confirm_swap_button.isVisibleTo(panel)
    assert locks.history(lock).swaps == []  # proposed, never invented

    qtbot.mouseClick(panel.confirm_swap_button, Qt.MouseButton.LeftButton)
    [dialog] = [d for d in window.findChildren(SwapDialog) if d.isVisible()]
    first_full_day = (now - timedelta(days=19)).astimezone().date()
    assert dialog.date_edit.date().toPython() == first_full_day
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert [s.at.astimezone().date() for s in locks.history(lock).swaps] == [first_full_day]
    settle(qtbot, window)
    assert not panel.confirm_swap_button.isVisibleTo(panel)  # the jump is explained now
