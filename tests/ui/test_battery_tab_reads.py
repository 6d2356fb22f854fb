"""The Battery tab reads at every size: axis in view, labels apart, one "now" value, sets folded away."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from lockcare.app import LockcareApp
from lockcare.core.battery.now_level import now_level
from lockcare.core.models import BatteryReading, Lock
from lockcare.demo import DRAIN_EVERY_SECONDS, DRAIN_HOURS, STATIC_DEVICES, seed_history
from lockcare.devices.sim.lock import drain_for
from lockcare.devices.sim.profiles import load_profile
from lockcare.storage import open_storage
from lockcare.ui.battery.colours import THRESHOLDS
from lockcare.ui.battery.panel import CHART_MIN_HEIGHT
from lockcare.ui.main_window import MainWindow
from tests.support.gui import settle
from tests.support.network import ASLEEP_HOST, closed_port

FRONT = "demo0front0door00001"


def _demo_window(qtbot: QtBot, make_app: Callable[..., LockcareApp], data_dir: Path, size=(1040, 680)) -> MainWindow:
    seed_history(data_dir, now=datetime.now(UTC))
    window = make_app().build_window()
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    settle(qtbot, window)
    qtbot.waitExposed(window)
    window.select_lock(FRONT)
    settle(qtbot, window)
    window.lock_page.tabs.setCurrentWidget(window.lock_page.battery_panel)
    qtbot.waitUntil(lambda: not window.lock_page.battery_panel.loading)  # the chart is made when the tab shows
    for _ in range(3):  # its layout settles over a few passes of the event loop
        QApplication.processEvents()
    return window


def test_at_the_default_size_the_whole_chart_and_its_date_axis_are_in_view(
    qtbot: QtBot, make_app: Callable[..., LockcareApp], data_dir: Path
) -> None:
    window = _demo_window(qtbot, make_app, data_dir)
    panel = window.lock_page.battery_panel
    chart, viewport = panel.chart, panel.scroll.viewport()
    assert chart.height() >= CHART_MIN_HEIGHT
    axis = chart.plot_item.getAxis("bottom")
    axis_bottom = chart.plot_widget.mapFromScene(axis.sceneBoundingRect().bottomLeft()).y()
    bottom_in_viewport = chart.plot_widget.mapTo(viewport, QPoint(0, axis_bottom)).y()
    assert 0 < bottom_in_viewport <= viewport.height()  # not clipped below the tab
    assert axis.isVisible() and axis.height() > 10
    # The sets fold away by default; unfolding them scrolls the tab, it never squeezes the chart.
    assert not panel.sets_view.isVisibleTo(panel)
    height = chart.height()
    qtbot.mouseClick(panel.sets_button, Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    assert panel.sets_view.isVisibleTo(panel) and chart.height() >= min(height, CHART_MIN_HEIGHT)
    assert panel.sets_view.height() >= panel.sets_model.rowCount() * panel.sets_view.rowHeight(0)  # no inner scrolling


def test_threshold_labels_live_in_the_legend_never_on_the_lines(
    qtbot: QtBot, make_app: Callable[..., LockcareApp], data_dir: Path
) -> None:
    panel = _demo_window(qtbot, make_app, data_dir).lock_page.battery_panel
    for line in panel.chart.threshold_lines.values():
        assert not [c for c in line.childItems() if isinstance(c, pg.InfLineLabel)]
    legend = panel.legend_label.text()
    for _level, text, _name in THRESHOLDS:
        assert text.replace(" ", "&nbsp;") in legend
    for figure in ("20&nbsp;%", "15&nbsp;%", "5&nbsp;%"):
        assert figure in legend


def test_one_now_value_in_the_header_the_sentence_and_the_chart(
    qtbot: QtBot, make_app: Callable[..., LockcareApp]
) -> None:
    now = datetime.now(UTC)
    moment = [now]
    app = make_app(clock=lambda: moment[0])
    lock = app.services.locks.add_lock(Lock(name="Front door", device_id="bf3a1c2d3e4f5a6b7c8d", address=ASLEEP_HOST,
                                            port=closed_port()), "0123456789abcdef")
    app.services.maintenance.record_swap(lock, at=now - timedelta(days=200), battery_type="aa-alkaline", brand="",
                                         count=4, note="")
    for day in range(0, 200, 4):
        app.services.locks.record_reading(lock, percent=max(5, 100 - day * 3 // 10), at=now - timedelta(days=200 - day))
    app.services.locks.record_reading(lock, percent=39, at=now - timedelta(minutes=1))  # read just now
    window = app.build_window()
    qtbot.addWidget(window)
    window.show()
    window.select_lock(lock.device_id)  # it opens on All locks
    settle(qtbot, window)
    page = window.lock_page
    panel = page.battery_panel
    assert page.battery_label.text() == "Battery 39 %"
    assert "Now 39 %." in panel.explanation_label.text()
    assert panel.chart.now_value == 39
    assert panel.chart.now_marker.data["y"][0] == 39
    assert panel.chart.forecast_curve.yData[0] == pytest.approx(39)  # the forecast starts where "now" is
    assert panel.chart.now_label.format == "now 39 %"

    # A week later, without a new reading: the estimate, said the same way everywhere.
    moment[0] = now + timedelta(days=7)
    page.reload()
    settle(qtbot, window)
    words = page.battery_label.text().removeprefix("Battery ")
    assert words.startswith("about ") and words.endswith(" %")
    assert f"Now {words}." in panel.explanation_label.text()
    assert f"now {panel.chart.now_value:.0f} %" == panel.chart.now_label.format
    assert words == f"about {panel.chart.now_value:.0f} %"


def test_now_level_prefers_a_fresh_reading_then_a_confident_estimate() -> None:
    now = datetime(2026, 5, 1, tzinfo=UTC)
    fresh = BatteryReading(1, now - timedelta(hours=3), percent=39)
    assert now_level(fresh, None, now).words == "39 %"
    stale = BatteryReading(1, now - timedelta(days=9), percent=39)
    assert now_level(stale, None, now).percent is None and now_level(stale, None, now).words == "39 %"
    level_only = BatteryReading(1, now, level="medium")
    assert now_level(level_only, None, now).words == "medium"
    assert now_level(None, None, now).words == "—"


def test_the_demo_gives_earlier_sets_their_readings_and_drains_believably(data_dir: Path) -> None:
    now = datetime.now(UTC)
    seed_history(data_dir, now=now)
    storage = open_storage(data_dir)
    try:
        lock = storage.locks.find(FRONT)
        assert lock is not None and lock.id is not None
        swaps = storage.battery.swaps(lock.id)
        earlier = [r for r in storage.battery.readings(lock.id) if swaps[0].at <= r.at < swaps[1].at]
        assert len(earlier) > 50 and earlier[0].percent >= 95 and earlier[-1].percent <= 25
    finally:
        storage.close()
    # The emulated batteries age an hour a minute: under 0.1 % a real minute for every demo lock.
    per_minute = DRAIN_HOURS / 24 * (60 / DRAIN_EVERY_SECONDS)
    for profile in ("wifi_pro", "keep_alive", "ble_gateway_child"):
        assert drain_for(load_profile(profile), per_minute, None) < 0.1
    assert {d.name for d in STATIC_DEVICES} >= {"Front door", "Back door", "Garage gate"}


def test_the_window_opens_no_larger_than_its_screen(qtbot: QtBot, make_app: Callable[..., LockcareApp]) -> None:
    window = make_app().build_window()
    qtbot.addWidget(window)
    room = window.screen().availableGeometry()
    assert window.width() <= room.width() and window.height() <= room.height()
    assert window.minimumWidth() <= room.width() and window.minimumHeight() <= room.height()
