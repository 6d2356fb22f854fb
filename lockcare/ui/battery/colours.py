"""Chart colours taken from the widget palette, so light and dark themes both read well.

Fixed hues (thresholds, level bands) were picked to keep at least 3:1 contrast against both
lockcare's light base (#ffffff) and dark base (#17181b).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette

from lockcare.ui.theme import is_dark
from lockcare.core.i18n import translate_noop

THRESHOLDS: tuple[tuple[float, str, str], ...] = (
    (20.0, translate_noop("battery.colours", "Replace at 20 %"), "replace"),
    (15.0, translate_noop("battery.colours", "Unreliable below 15 %"), "unreliable"),
    (5.0, translate_noop("battery.colours", "Emergency unlocks only at 5 %"), "emergency"),
)
"""Horizontal lines from the field guide: level, legend words, colour name. The words go in
the panel's legend, not on the lines: three labels 5 % apart collide at any small height."""

LEVEL_HUES = {"high": "#2e9d57", "medium": "#c98a16", "low": "#e0662e", "poweroff": "#d1453b"}
"""Band colours for level-only readings, best to worst."""


@dataclass(frozen=True)
class ChartColours:
    """Every colour the battery chart draws with."""

    background: QColor
    text: QColor
    muted: QColor
    grid: QColor
    readings: QColor
    forecast: QColor
    forecast_range: QColor
    replace: QColor
    unreliable: QColor
    emergency: QColor
    swap: QColor
    readout_fill: QColor

    def band(self, level: str) -> QColor:
        """A translucent fill for a level band."""
        colour = QColor(LEVEL_HUES.get(level, "#8a8f98"))
        colour.setAlpha(70)
        return colour


def chart_colours(palette: QPalette) -> ChartColours:
    """Pick the chart's colours for ``palette``."""
    dark = is_dark(palette)
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    muted = palette.color(QPalette.ColorRole.PlaceholderText)
    grid = QColor(text)
    grid.setAlpha(40)
    readings = QColor("#5b9bff" if dark else "#1f5fc4")
    forecast = QColor("#c38cff" if dark else "#7a3fc4")
    region = QColor(forecast)
    region.setAlpha(45 if dark else 35)
    swap = QColor(text)
    swap.setAlpha(150)
    fill = QColor(base)
    fill.setAlpha(235)
    return ChartColours(
        background=base,
        text=text,
        muted=muted,
        grid=grid,
        readings=readings,
        forecast=forecast,
        forecast_range=region,
        replace=QColor("#e0a526" if dark else "#a86b00"),
        unreliable=QColor("#f08a4b" if dark else "#c2501b"),
        emergency=QColor("#ff6b61" if dark else "#c0322a"),
        swap=swap,
        readout_fill=fill,
    )
