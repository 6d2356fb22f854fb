"""Light and dark palettes (Fusion style), chosen from the system colour scheme."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from lockcare.core.vocabulary import Reachability

STATE_COLOURS: dict[str, str] = {
    Reachability.OK: "#2e9d57",
    Reachability.ASLEEP: "#8a8f98",
    Reachability.WRONG_KEY: "#d1453b",
    Reachability.SILENT: "#d08a1e",
    Reachability.GATEWAY_CHILD_OFFLINE: "#d08a1e",
    Reachability.GARBLED: "#d08a1e",
    Reachability.UNKNOWN: "#8a8f98",
}
"""The dot beside a lock: its reachability at a glance."""


def is_dark(palette: QPalette | None = None) -> bool:
    """True when the window background is dark."""
    pal = palette or QGuiApplication.palette()
    return pal.color(QPalette.ColorRole.Window).lightness() < 128


def apply_theme(app: QApplication, scheme: str = "system") -> None:
    """Use Fusion with a light or dark palette (``scheme``: system, light or dark)."""
    app.setStyle("Fusion")
    if scheme == "system":
        dark = app.styleHints().colorScheme() == Qt.ColorScheme.Dark
    else:
        dark = scheme == "dark"
    app.setPalette(dark_palette() if dark else light_palette())


def light_palette() -> QPalette:
    """A calm light palette with enough contrast for small text."""
    pal = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#f4f4f2",
        QPalette.ColorRole.WindowText: "#1d1f23",
        QPalette.ColorRole.Base: "#ffffff",
        QPalette.ColorRole.AlternateBase: "#f0f1f3",
        QPalette.ColorRole.Text: "#1d1f23",
        QPalette.ColorRole.Button: "#ececea",
        QPalette.ColorRole.ButtonText: "#1d1f23",
        QPalette.ColorRole.Highlight: "#2f6fdb",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.ToolTipBase: "#ffffff",
        QPalette.ColorRole.ToolTipText: "#1d1f23",
        QPalette.ColorRole.PlaceholderText: "#6b7078",
        QPalette.ColorRole.Link: "#1f5fc4",
        QPalette.ColorRole.Mid: "#c9cbcf",
    }
    for role, colour in roles.items():
        pal.setColor(role, QColor(colour))
    pal.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#9a9ea5"))
    pal.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#9a9ea5"))
    pal.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor("#9a9ea5"))
    return pal


def dark_palette() -> QPalette:
    """A dark palette whose text stays readable (contrast above 7:1 for body text)."""
    pal = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#202226",
        QPalette.ColorRole.WindowText: "#e8e9eb",
        QPalette.ColorRole.Base: "#17181b",
        QPalette.ColorRole.AlternateBase: "#25272c",
        QPalette.ColorRole.Text: "#e8e9eb",
        QPalette.ColorRole.Button: "#2c2f34",
        QPalette.ColorRole.ButtonText: "#e8e9eb",
        QPalette.ColorRole.Highlight: "#3d7be0",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.ToolTipBase: "#2c2f34",
        QPalette.ColorRole.ToolTipText: "#e8e9eb",
        QPalette.ColorRole.PlaceholderText: "#9a9ea5",
        QPalette.ColorRole.Link: "#7fb0ff",
        QPalette.ColorRole.Mid: "#3a3d43",
    }
    for role, colour in roles.items():
        pal.setColor(role, QColor(colour))
    pal.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#6f737a"))
    pal.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#6f737a"))
    pal.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor("#6f737a"))
    return pal
