"""The troubleshooter's first page for someone locked out: ways in that work from outside.

Only after these does the symptom picker ask what is wrong. What lockcare knows about the
lock's batteries decides the order (a low reading puts emergency power first) and is said
in one sentence above the ways.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lockcare.core.troubleshoot.get_in import GetIn, Way
from lockcare.core.troubleshoot.situation import UNKNOWN, Known
from lockcare.ui.troubleshoot.step_view import heading
from lockcare.ui.troubleshoot.svg_view import SvgView
from lockcare.ui.troubleshoot.tools import tint
from lockcare.ui.widgets.disclosure import page_scroll, rule
from lockcare.core.i18n import translate


NARROW = 640
"""Below this width (logical px) the page leaves the picture out."""


class GetInView(QWidget):
    """The "Get in now" page: a card per way in, then on to the symptom picker.

    Args:
        illustrations_dir: Where the ways' SVG files are.
    """

    next_requested = Signal()
    """The user is in (or still stuck) and wants to say what is wrong."""

    def __init__(self, illustrations_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._illustrations = illustrations_dir
        self.cards: dict[str, QFrame] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        self.title_label = heading(translate("troubleshoot.get_in_view", "Get in now"), 1.7)
        self.title_label.setObjectName("getInTitle")
        self.note_label = heading(scale=1.05, bold=False)
        self.note_label.setObjectName("getInNote")
        self.intro_label = heading(scale=1.05, bold=False)
        self.intro_label.setObjectName("getInIntro")
        layout.addWidget(self.title_label)
        layout.addWidget(self.note_label)
        layout.addWidget(self.intro_label)

        body = QHBoxLayout()
        body.setSpacing(18)
        self.scroll = page_scroll(focusable=True)  # arrow keys scroll the ways
        self.scroll.setAccessibleName(translate("troubleshoot.get_in_view", "Ways to get in"))
        holder = QWidget()
        self.cards_layout = QVBoxLayout(holder)
        self.cards_layout.setContentsMargins(0, 0, 8, 0)
        self.cards_layout.setSpacing(10)
        self.cards_layout.addStretch(1)
        self.scroll.setWidget(holder)
        body.addWidget(self.scroll, 3)
        self.picture = SvgView()
        self.picture.setMinimumSize(220, 140)
        self.picture.setObjectName("getInIllustration")
        self.picture_column = QWidget()
        picture_box = QVBoxLayout(self.picture_column)
        picture_box.setContentsMargins(0, 0, 0, 0)
        picture_box.addWidget(self.picture)
        picture_box.addStretch(1)
        body.addWidget(self.picture_column, 2)
        layout.addLayout(body, 1)

        layout.addWidget(rule())
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.next_button = QPushButton(translate("troubleshoot.get_in_view", "&Next: what is wrong? →"))
        self.next_button.setObjectName("getInNext")
        self.next_button.setToolTip(translate("troubleshoot.get_in_view", "Once you are in (or if none of these work), find out what is wrong with the lock"))
        self.next_button.setMinimumHeight(42)
        self.next_button.clicked.connect(self.next_requested)
        buttons.addWidget(self.next_button)
        layout.addLayout(buttons)

    def show_get_in(self, get_in: GetIn, known: Known = UNKNOWN) -> None:
        """Fills the page: the ways in the order ``known`` calls for, with its note."""
        self.title_label.setText(get_in.title)
        self.intro_label.setText(get_in.intro)
        note = get_in.note(known)
        self.note_label.setText(note)
        self.note_label.setVisible(bool(note))
        tint(self.note_label, "warn" if known.situation == "battery-low" else "info")
        for card in self.cards.values():
            self.cards_layout.removeWidget(card)
            card.deleteLater()
        self.cards.clear()
        ways = get_in.ordered(known.situation)
        for number, way in enumerate(ways, start=1):
            card = self._card(number, way)
            self.cards_layout.insertWidget(self.cards_layout.count() - 1, card)
            self.cards[way.id] = card
        picture = next((way.illustration for way in ways if way.illustration), None)
        self.picture.load(self._illustrations / picture if picture else None)
        self._place_picture(self.width())
        self.scroll.verticalScrollBar().setValue(0)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._place_picture(event.size().width())

    def _place_picture(self, width: int) -> None:
        # On a narrow page the words matter more than the picture: it steps aside.
        self.picture_column.setVisible(self.picture.isVisibleTo(self.picture_column) and width >= NARROW)

    def order(self) -> list[str]:
        """The ids of the ways, top to bottom."""
        return list(self.cards)

    def _card(self, number: int, way: Way) -> QFrame:
        card = QFrame()
        card.setObjectName(f"getIn-{way.id}")
        card.setStyleSheet(
            f"QFrame#getIn-{way.id} {{ border: 1px solid palette(mid); border-radius: 6px; }}"
        )
        box = QVBoxLayout(card)
        box.setContentsMargins(12, 10, 12, 8)
        box.setSpacing(4)
        title = heading(f"{number}. {way.title}", 1.15)
        title.setStyleSheet("border: none;")
        text = heading(scale=1.02, bold=False)
        text.setTextFormat(Qt.TextFormat.RichText)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        text.setStyleSheet("border: none;")
        items = "".join(f"<li style='margin-bottom:4px'>{html.escape(action)}</li>" for action in way.actions)
        text.setText(f"<ul style='margin-left:-18px'>{items}</ul>")
        card.setAccessibleName(way.title)
        box.addWidget(title)
        box.addWidget(text)
        return card
