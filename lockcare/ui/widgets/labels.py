"""Labels used across the pages."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel


def heading(text: str = "", scale: float = 1.0, *, bold: bool = True, wrap: bool = False, name: str = "") -> QLabel:
    """A label with a scaled (by default bold) font: page titles, section headings, big numbers.

    Args:
        text: The text.
        scale: Font size relative to the application font.
        bold: Bold weight.
        wrap: Wrap long text.
        name: Object name (for tests and style sheets).
    """
    label = QLabel(text)
    label.setWordWrap(wrap)
    if name:
        label.setObjectName(name)
    font = label.font()
    font.setBold(bold)
    font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    return label
