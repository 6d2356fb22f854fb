"""An SVG illustration drawn as large as its space allows, keeping its aspect ratio."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget


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
        ok = path is not None and path.is_file() and self._renderer.load(str(path))
        self._ok = ok
        self.setAccessibleName(_svg_title(path) if ok and path else "")
        self.setVisible(ok)
        self.updateGeometry()
        self.update()
        return ok

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
        return "Illustration"
    title = root.find("{http://www.w3.org/2000/svg}title")
    if title is None:
        title = root.find("title")
    return (title.text or "").strip() if title is not None and title.text else "Illustration"

