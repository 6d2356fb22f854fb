"""The Battery tab: what to do and when, warnings, the chart, and the battery sets.

The chart always gets a usable height (:data:`CHART_MIN_HEIGHT`) with its date axis in
view: the tab scrolls instead of squeezing it, and the battery sets fold away under a
disclosure button (folded by default; unfolded, the table is as tall as its rows, so the
tab scrolls rather than the table squeezing the chart).

The chart (pyqtgraph) is made the first time the tab is on screen, so the window starts
without loading pyqtgraph; until a lock's history has arrived the tab shows a light
placeholder in the chart's place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QPalette, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lockcare.ui.battery.colours import THRESHOLDS, chart_colours
from lockcare.ui.battery.sets_model import BatterySetModel
from lockcare.ui.widgets.disclosure import Disclosure, page_scroll
from lockcare.ui.widgets.labels import heading
from lockcare.core.i18n import translate

if TYPE_CHECKING:  # numpy and pyqtgraph load with the first history, not at start
    from lockcare.services.battery import BatteryHistory, BatteryReport
    from lockcare.ui.battery.chart import BatteryChart
    from lockcare.ui.battery.chart_data import ChartData

CHART_MIN_HEIGHT = 230
"""The chart never gets shorter than this (logical px): lines, labels and the date axis fit."""


def import_chart_modules() -> None:
    """Import the chart and pyqtgraph (half a second): run in the pool once the window shows, so the
    first visit to the Battery tab does not wait for it on the GUI thread."""
    import lockcare.ui.battery.chart  # noqa: F401 - imported for the side effect of loading it


class BatteryPanel(QWidget):
    """Forecast sentence, warnings, chart (zoom, hover, export) and the battery sets table."""

    exported = Signal(str)
    swap_confirmation_requested = Signal(object)  # datetime: when the readings say batteries went in

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report: BatteryReport | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll = page_scroll("batteryScroll")
        outer.addWidget(self.scroll)
        body = QWidget()
        self.scroll.setWidget(body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 12, 4, 4)
        layout.setSpacing(6)

        self.headline_label = heading("", 1.15, wrap=True, name="batteryHeadline")
        self.explanation_label = QLabel()
        self.explanation_label.setObjectName("batteryExplanation")
        self.explanation_label.setWordWrap(True)
        self.warnings_label = QLabel()
        self.warnings_label.setObjectName("batteryWarnings")
        self.warnings_label.setWordWrap(True)
        self.warnings_label.setTextFormat(Qt.TextFormat.RichText)
        for label in (self.headline_label, self.explanation_label, self.warnings_label):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(label)
        # A jump from low to full is only a proposal: the user confirms it by recording the swap.
        self.confirm_swap_button = QPushButton(translate("battery.panel", "Yes, record that battery change…"))
        self.confirm_swap_button.setObjectName("confirmSwapButton")
        self.confirm_swap_button.clicked.connect(self._on_confirm_swap_clicked)
        self.confirm_swap_button.hide()
        confirm_row = QHBoxLayout()
        confirm_row.addWidget(self.confirm_swap_button)
        confirm_row.addStretch(1)
        layout.addLayout(confirm_row)

        self.chart_box = QWidget()
        self.chart_box.setObjectName("chartBox")
        self.chart_box.setMinimumHeight(CHART_MIN_HEIGHT)
        self._chart_layout = QVBoxLayout(self.chart_box)
        self._chart_layout.setContentsMargins(0, 0, 0, 0)
        self.placeholder_label = QLabel(translate("battery.panel", "Loading the battery history…"))
        self.placeholder_label.setObjectName("chartPlaceholder")
        self.placeholder_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self._chart_layout.addWidget(self.placeholder_label)
        self._chart: BatteryChart | None = None
        self._chart_data: ChartData | None = None
        layout.addWidget(self.chart_box, 1)

        # The threshold lines are named here, under the chart, never on the lines themselves:
        # at 20, 15 and 5 % their labels would collide at any small height.
        tools = QHBoxLayout()
        tools.setSpacing(6)
        self.legend_label = QLabel()
        self.legend_label.setObjectName("chartLegend")
        self.legend_label.setWordWrap(True)
        self.legend_label.setTextFormat(Qt.TextFormat.RichText)
        self.recent_button = QPushButton(translate("battery.panel", "Recent"))
        self.recent_button.setToolTip(translate("battery.panel", "Show the last two battery sets and the forecast"))
        self.all_button = QPushButton(translate("battery.panel", "All history"))
        self.export_button = QPushButton(translate("battery.panel", "Export PNG…"))
        self.export_button.setToolTip(translate("battery.panel", "Save the chart as an image"))
        tools.addWidget(self.legend_label, 1)
        for button in (self.recent_button, self.all_button, self.export_button):
            tools.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(tools)
        self.recent_button.clicked.connect(self._on_recent_button_clicked)
        self.all_button.clicked.connect(self._on_all_button_clicked)
        self.export_button.clicked.connect(self._on_export_button_clicked)

        self.sets_view = QTableView()
        self.sets_button = Disclosure(translate("battery.panel", "Battery sets"), self.sets_view, "setsToggle")
        self.sets_button.toggled.connect(self._fit_sets_table)
        self.sets_label = QLabel()
        self.sets_label.setObjectName("setsSummary")
        self.sets_label.setWordWrap(True)
        sets_row = QHBoxLayout()
        sets_row.addWidget(self.sets_button)
        sets_row.addWidget(self.sets_label, 1)
        layout.addLayout(sets_row)
        self.sets_model = BatterySetModel(self)
        self.sets_view.setObjectName("batterySets")
        self.sets_view.setAccessibleName(translate("battery.panel", "Battery sets"))
        self.sets_view.setModel(self.sets_model)
        self.sets_view.setAlternatingRowColors(True)
        self.sets_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.sets_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sets_view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sets_view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.sets_view.verticalHeader().hide()
        self.sets_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.sets_view.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.sets_view)
        self._show_legend()

    @property
    def chart(self) -> BatteryChart:
        """The chart (made, with pyqtgraph, on first use)."""
        if self._chart is None:
            from lockcare.ui.battery.chart import BatteryChart  # pyqtgraph: only once the chart is wanted

            self._chart = BatteryChart()
            self._chart.setMinimumHeight(CHART_MIN_HEIGHT)
            self._chart.setToolTip(translate("battery.panel", "Drag to move through time, scroll to zoom, point at the line for details."))
            self._chart_layout.addWidget(self._chart)
            self._chart.setHidden(not self.placeholder_label.isHidden())
            if self._chart_data is not None:
                self._chart.set_data(self._chart_data)
        return self._chart

    @property
    def loading(self) -> bool:
        """True while the placeholder stands in for the chart."""
        return not self.placeholder_label.isHidden()

    def show_loading(self) -> None:
        """Put the light placeholder in the chart's place until :meth:`show_history`, and clear the last lock's words."""
        self.report = None
        self._chart_data = None
        for label in (self.headline_label, self.explanation_label, self.sets_label):
            label.setText("")
        self.warnings_label.hide()
        self.confirm_swap_button.hide()
        self.sets_model.set_sets([])
        self.placeholder_label.show()
        self.export_button.setEnabled(False)
        if self._chart is not None:
            self._chart.hide()
            self._chart.clear()

    def show_history(self, history: BatteryHistory, data: ChartData | None = None) -> None:
        """Show one lock's battery report and chart (``data``: the chart's arrays, if already made)."""
        from lockcare.ui.battery.chart_data import chart_data

        report = history.report
        self.show_report(report)
        self._chart_data = data or chart_data(history.readings, history.swaps, report.forecast, report.now,
                                              now_level=report.now_level.percent)
        self.placeholder_label.hide()
        self.export_button.setEnabled(True)
        if self._chart is not None:
            self._chart.set_data(self._chart_data)
            self._chart.show()
        elif self.isVisible():
            self.chart.show()

    def show_report(self, report: BatteryReport) -> None:
        """Show one lock's battery report (the words and the sets; the chart comes with :meth:`show_history`)."""
        self.report = report
        result = report.forecast
        self.headline_label.setText(report.headline)
        now = report.now_level
        extra = " " + translate("battery.panel", "Now {level}.").format(level=now.words) if now.percent is not None else ""
        self.explanation_label.setText(result.explanation + extra)
        notes = [w.message for w in report.warnings] + [p.message for p in report.proposals]
        self.warnings_label.setText(
            "".join(f"<div style='margin-bottom: 3px'>⚠ {_escape(text)}</div>" for text in notes)
        )
        self.warnings_label.setVisible(bool(notes))
        self.confirm_swap_button.setVisible(bool(report.proposals))
        self.sets_model.set_sets(report.sets)
        self._fit_sets_table()
        finished = [s for s in report.sets if not s.current]
        self.sets_button.setText(translate("battery.panel", "Battery sets ({count})").format(count=len(report.sets)) if report.sets else translate("battery.panel", "Battery sets"))
        self.sets_button.setEnabled(bool(report.sets))
        if finished:
            self.sets_label.setText(translate("battery.panel", "Last set: {summary}").format(summary=finished[-1].summary))
        elif report.sets:
            self.sets_label.setText(report.sets[-1].summary)
        else:
            self.sets_label.setText(translate("battery.panel", "No battery change recorded yet: record one to compare sets."))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        if self._chart is None and self._chart_data is not None:
            self.chart.show()  # the tab is on screen: make the chart now
        super().showEvent(event)

    def _on_recent_button_clicked(self) -> None:
        if self._chart is not None:
            self._chart.show_recent()

    def _on_all_button_clicked(self) -> None:
        if self._chart is not None:
            self._chart.show_all()

    def _fit_sets_table(self, *_args: object) -> None:
        """As tall as its rows: the tab scrolls, the table never squeezes the chart."""
        view = self.sets_view
        rows = sum(view.rowHeight(i) for i in range(self.sets_model.rowCount()))
        view.setFixedHeight(view.horizontalHeader().sizeHint().height() + rows + 2 * view.frameWidth() + 2)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.PaletteChange:
            self._show_legend()
        super().changeEvent(event)

    def _show_legend(self) -> None:
        colours = chart_colours(self.palette())
        # Each item stays on one line (no-break spaces inside it); lines break between items.
        parts = [f"<span style='color:{getattr(colours, name).name()}'>╍╍</span>&nbsp;"
                 + _escape(translate("battery.colours", text)).replace(" ", "&nbsp;") for _level, text, name in THRESHOLDS]
        self.legend_label.setText(" &nbsp; ".join(parts))

    def _on_confirm_swap_clicked(self) -> None:
        if self.report is not None and self.report.proposals:
            self.swap_confirmation_requested.emit(self.report.proposals[-1].at)

    def export_png(self, path: str) -> None:
        """Save the chart to ``path`` as PNG and say so."""
        self.chart.export_png(path)
        self.exported.emit(path)

    def _on_export_button_clicked(self) -> None:
        name = (self.report.lock.name if self.report else "battery") + " battery.png"
        path, _filter = QFileDialog.getSaveFileName(self, translate("battery.panel", "Export chart as PNG"), name,
                                                    translate("battery.panel", "PNG image (*.png)"))
        if path:
            self.export_png(path if path.lower().endswith(".png") else path + ".png")


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
