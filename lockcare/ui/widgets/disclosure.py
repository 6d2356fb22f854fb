"""Small layout pieces shared by the pages: a folding section, a rule above buttons, a page that scrolls."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QToolButton, QWidget


class Disclosure(QToolButton):
    """"▸ Details" folds ``content`` away; "▾ Details" shows it (folded at first).

    Args:
        text: The button's words.
        content: The widget it shows and hides.
        name: Object name (for tests and style sheets).
        tip: Its tooltip.
    """

    def __init__(self, text: str, content: QWidget, name: str, tip: str = "") -> None:
        super().__init__()
        self.content = content
        self.setObjectName(name)
        self.setText(text)
        self.setToolTip(tip)
        self.setCheckable(True)
        self.setAutoRaise(True)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setArrowType(Qt.ArrowType.RightArrow)
        self.toggled.connect(self._on_toggled)
        content.hide()

    def _on_toggled(self, shown: bool) -> None:
        self.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        self.content.setVisible(shown)


def rule() -> QFrame:
    """A thin horizontal line in the palette's mid colour (above a row of buttons)."""
    line = QFrame()
    line.setFixedHeight(1)
    line.setStyleSheet("background: palette(mid);")
    return line


def page_scroll(name: str = "", *, focusable: bool = False) -> QScrollArea:
    """A frameless scroll area that scrolls down only (its content takes the width it is given).

    Args:
        name: Object name.
        focusable: Take the keyboard focus (arrow keys and Space scroll it).
    """
    scroll = QScrollArea()
    if name:
        scroll.setObjectName(name)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    if focusable:
        scroll.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    return scroll
