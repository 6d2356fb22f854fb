"""An SVG illustration drawn as large as its space allows, keeping its aspect ratio.

The drawings are made on a light card with dark strokes. In dark mode the view swaps their
few colours for a dark card with light strokes (:data:`DARK_COLOURS`), so a picture never
glares out of a dark window; "don't" marks stay red in both.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QRectF, QSize
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget

from lockcare.ui.theme import is_dark
from lockcare.core.i18n import translate

DONT = "#c0322a"
"""The red of "don't" marks (crossed-out arrows, struck-through words)."""

DARK_COLOURS: dict[str, str] = {
    "#f7f7f5": "#2a2d32",  # card
    "#c9c9c4": "#4a4e56",  # card border
    "#222": "#e8e9eb",  # strokes and words
    "#222222": "#e8e9eb",
    "#ffffff": "#1d1f23",  # filled shapes
    "#fff": "#1d1f23",
    "#e6eefc": "#24385a",  # light blue fills
    "#1f6feb": "#7fb0ff",  # the accent
    "#123f8a": "#a8c8ff",
    "#e8e2d6": "#4a4438",  # wood
    "#b9ae98": "#8a806c",
    "#d9d9d4": "#4e5158",
    DONT: "#ff6b61",
}
"""The illustrations' light-mode colours and what dark mode draws instead."""

_HEX = re.compile(r"#(?:[0-9a-fA-F]{6}|[0-9a-fA-F]{3})(?![0-9a-fA-F])")


def themed_svg(data: bytes, dark: bool) -> bytes:
    """The SVG document ``data`` with its colours for a dark window (unchanged for a light one)."""
    if not dark:
        return data
    text = data.decode("utf-8")
    return _HEX.sub(lambda m: DARK_COLOURS.get(m.group(0).lower(), m.group(0)), text).encode("utf-8")


class SvgView(QWidget):
    """Shows one SVG file scaled to fit, centred, never stretched.

    The accessible name is the drawing's own ``<title>`` when it has one, so a screen
    reader says what the picture shows.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._renderer = QSvgRenderer(self)
        self._path: Path | None = None
        self._ok = False
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setMinimumSize(280, 175)

    @property
    def path(self) -> Path | None:
        """The file shown, or None."""
        return self._path

    def load(self, path: Path | None) -> bool:
        """Shows ``path`` (None clears the view); returns False when the file cannot be drawn."""
        self._path = path
        ok = False
        if path is not None and path.is_file():
            try:
                data = path.read_bytes()
            except OSError:
                data = b""
            ok = bool(data) and self._renderer.load(QByteArray(themed_svg(data, is_dark(self.palette()))))
        self._ok = ok
        self.setAccessibleName(_svg_title(path) if ok and path else "")
        self.setVisible(ok)
        self.updateGeometry()
        self.update()
        return ok

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.PaletteChange and self._path is not None:
            self.load(self._path)  # light or dark colours for the new palette
        super().changeEvent(event)

    def aspect(self) -> float:
        """Width over height of the drawing (1.6 when unknown)."""
        size = self._renderer.defaultSize()
        return size.width() / size.height() if size.height() > 0 else 1.6

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt override)
        return round(width / self.aspect())

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(480, round(480 / self.aspect()))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        if not self._ok:
            return
        width, height = self.width(), self.height()
        ratio = self.aspect()
        if width / max(height, 1) > ratio:
            draw_w, draw_h = height * ratio, float(height)
        else:
            draw_w, draw_h = float(width), width / ratio
        target = QRectF((width - draw_w) / 2, 0, draw_w, draw_h)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._renderer.render(painter, target)
        painter.end()


def _svg_title(path: Path) -> str:
    try:
        root = ET.parse(path).getroot()
    except (ET.ParseError, OSError):
        return translate("troubleshoot.svg_view", "Illustration")
    title = root.find("{http://www.w3.org/2000/svg}title")
    if title is None:
        title = root.find("title")
    return (title.text or "").strip() if title is not None and title.text else translate("troubleshoot.svg_view", "Illustration")

