"""The three answers to a step: same order, same place and same size on every step.

Someone at a door taps quickly, so the buttons never move or change size between steps
(their height fits the longest answer of the whole content, at the current width), and
none of them is a default: Space or Enter after a step appears answers nothing. A button
takes the keyboard focus only by Tab, and a new step moves the focus back to its text.
"""

from __future__ import annotations

import functools
import html
from collections.abc import Iterable

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtGui import QFontMetrics, QKeySequence, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from lockcare.core.troubleshoot.content import OUTCOME_KINDS
from lockcare.core.i18n import translate

_PADDING = 14
"""Room around the label inside a button (px, each side)."""


def _rich(label: str) -> str:
    """``&No change`` as HTML with the mnemonic letter underlined (``&&`` is a literal ``&``)."""
    out, i = [], 0
    while i < len(label):
        ch = label[i]
        if ch == "&" and i + 1 < len(label):
            nxt = label[i + 1]
            out.append("&amp;" if nxt == "&" else f"<u>{html.escape(nxt)}</u>")
            i += 2
            continue
        out.append(html.escape(ch))
        i += 1
    return "".join(out)


class OutcomeButton(QPushButton):
    """A push button whose words wrap (a plain button cannot) and whose mnemonic still works."""

    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self._label_text = ""
        self.setObjectName(f"outcome-{kind}")
        self.setAutoDefault(False)
        self.setDefault(False)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a click never leaves it holding the focus
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)  # width: the row shares it out
        inner = QVBoxLayout(self)
        inner.setContentsMargins(_PADDING, 4, _PADDING, 4)
        self.words = QLabel()
        self.words.setWordWrap(True)
        self.words.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.words.setTextFormat(Qt.TextFormat.RichText)
        self.words.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        font.setBold(kind == "fixed")
        self.words.setFont(font)
        inner.addWidget(self.words)

    def set_label(self, label: str) -> None:
        """Shows ``label`` (``&`` marks the mnemonic letter, as on any Qt button)."""
        self._label_text = label
        self.words.setText(_rich(label))
        self.setShortcut(QKeySequence.mnemonic(label))
        self.setAccessibleName(label.replace("&&", "\0").replace("&", "").replace("\0", "&"))

    def label(self) -> str:
        """The label with its ``&`` mnemonic marker."""
        return self._label_text

    def height_for(self, width: int, label: str) -> int:
        """The height a button ``width`` wide needs to show ``label`` (measured in bold, the widest)."""
        font = self.words.font()
        font.setBold(True)
        plain = label.replace("&&", "\0").replace("&", "").replace("\0", "&")
        box = QFontMetrics(font).boundingRect(QRect(0, 0, max(width - 2 * _PADDING - 4, 40), 10_000),
                                              Qt.TextFlag.TextWordWrap, plain)
        return box.height() + 2 * 4 + 14


class OutcomeRow(QWidget):
    """The answer buttons in the content's order (fixed, no change, cannot), sharing the width."""

    answered = Signal(str)
    """An outcome kind, after an explicit click (or Space on a button reached with Tab)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.buttons: dict[str, OutcomeButton] = {}
        self._all_labels: tuple[str, ...] = ()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(10)
        for kind in OUTCOME_KINDS:
            button = OutcomeButton(kind)
            button.clicked.connect(functools.partial(self.answered.emit, kind))
            self.buttons[kind] = button
            row.addWidget(button, 1)
        self._fit()

    def set_all_labels(self, labels: Iterable[str]) -> None:
        """Every answer the content can show: the buttons' height fits the longest of them."""
        self._all_labels = tuple(labels)
        self._fit()

    def set_labels(self, labels: dict[str, str]) -> None:
        """This step's words by kind; a kind without words keeps its place, disabled."""
        for kind, button in self.buttons.items():
            text = labels.get(kind, "")
            button.set_label(text)
            button.setEnabled(bool(text))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        count = len(self.buttons)
        width = (self.width() - self.layout().spacing() * (count - 1)) // count
        probe = self.buttons["fixed"]
        labels = self._all_labels or (translate("troubleshoot.outcome_row", "That fixed it"),)
        height = max(42, *(probe.height_for(width, label) for label in labels))
        for button in self.buttons.values():
            button.setFixedHeight(height)
