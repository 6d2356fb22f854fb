"""The symptom picker: which lock, and what is wrong, with a suggestion from the lock's data."""

from __future__ import annotations

import functools
import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIcon, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QCommandLinkButton,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from lockcare.core.troubleshoot.content import Mode
from lockcare.core.troubleshoot.suggest import Suggestion
from lockcare.ui.troubleshoot.step_view import heading
from lockcare.ui.troubleshoot.tools import TINTS
from lockcare.core.i18n import translate

NOT_LISTED = ""
"""The lock combo's data for "Not paired / not listed"."""


class SymptomPicker(QWidget):
    """Lock choice, the suggested symptom (when there is one) and a card per symptom."""

    mode_chosen = Signal(str)
    """The user picked a failure mode (its id)."""
    lock_changed = Signal(str)
    """The user picked another lock (its device id, or "" for not paired / not listed)."""
    get_in_requested = Signal()
    """The user wants the ways in from outside ("Get in now")."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._suggested: str | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        self.title_label = heading(translate("troubleshoot.picker", "What is wrong?"), 1.7)
        self.title_label.setObjectName("pickerTitle")
        self.get_in_button = QPushButton(translate("troubleshoot.picker", "Locked out? &Get in now"))
        self.get_in_button.setObjectName("getInButton")
        self.get_in_button.setToolTip(translate("troubleshoot.picker", "Ways into the house that work from outside the door"))
        self.get_in_button.clicked.connect(self.get_in_requested)
        title_row = QHBoxLayout()
        title_row.addWidget(self.title_label, 1)
        title_row.addWidget(self.get_in_button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addLayout(title_row)

        row = QHBoxLayout()
        caption = QLabel(translate("troubleshoot.picker", "&Which lock?"))
        self.lock_combo = QComboBox()
        self.lock_combo.setObjectName("lockCombo")
        self.lock_combo.setAccessibleName(translate("troubleshoot.picker", "Which lock"))
        self.lock_combo.setMinimumWidth(260)
        caption.setBuddy(self.lock_combo)
        self.lock_combo.activated.connect(self._on_lock_combo_activated)
        row.addWidget(caption)
        row.addWidget(self.lock_combo)
        row.addStretch(1)
        layout.addLayout(row)

        self.suggestion_box = QFrame()
        self.suggestion_box.setObjectName("suggestionBox")
        self.suggestion_box.setStyleSheet(
            f"QFrame#suggestionBox {{ background: rgba({TINTS['warn']},0.16); border: 1px solid rgb({TINTS['warn']});"
            " border-radius: 6px; }"
        )
        box = QHBoxLayout(self.suggestion_box)
        box.setContentsMargins(12, 10, 12, 10)
        self.suggestion_label = QLabel()
        self.suggestion_label.setObjectName("suggestionLabel")
        self.suggestion_label.setWordWrap(True)
        self.suggestion_label.setTextFormat(Qt.TextFormat.RichText)
        self.suggestion_label.setStyleSheet("background: transparent; border: none;")
        self.start_suggested_button = QPushButton(translate("troubleshoot.picker", "Start &here"))
        self.start_suggested_button.setMinimumHeight(36)
        self.start_suggested_button.clicked.connect(self._on_start_suggested_clicked)
        box.addWidget(self.suggestion_label, 1)
        box.addWidget(self.start_suggested_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.suggestion_box.hide()
        layout.addWidget(self.suggestion_box)

        self.triage_label = QLabel()
        self.triage_label.setObjectName("triageLabel")
        self.triage_label.setWordWrap(True)
        layout.addWidget(self.triage_label)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        holder = QWidget()
        self.cards_layout = QVBoxLayout(holder)
        self.cards_layout.setContentsMargins(0, 0, 0, 0)
        self.cards_layout.setSpacing(6)
        self.cards_layout.addStretch(1)
        scroll.setWidget(holder)
        layout.addWidget(scroll, 1)
        self.cards: dict[str, QCommandLinkButton] = {}
        self._modes: dict[str, Mode] = {}

    def set_modes(self, modes: tuple[Mode, ...], triage: str) -> None:
        """Makes one card per failure mode, in the content's order."""
        for card in self.cards.values():
            self.cards_layout.removeWidget(card)
            card.deleteLater()
        self.cards.clear()
        self._modes = {mode.id: mode for mode in modes}
        for mode in modes:
            card = QCommandLinkButton(mode.title, mode.what_you_see)
            card.setIcon(self._arrow_icon())
            card.setObjectName(f"symptom-{mode.id}")
            card.setAccessibleName(mode.title)
            card.setAccessibleDescription(mode.what_you_see)
            card.clicked.connect(functools.partial(self.mode_chosen.emit, mode.id))
            self.cards_layout.insertWidget(self.cards_layout.count() - 1, card)
            self.cards[mode.id] = card
        self.triage_label.setText(triage)

    def _arrow_icon(self) -> QIcon:
        """An arrow in the palette's text colour (the style's own is too faint on dark)."""
        pixmap = QPixmap(40, 40)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(self.palette().color(QPalette.ColorRole.WindowText), 4)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.drawLine(8, 20, 32, 20)
        painter.drawLine(22, 10, 32, 20)
        painter.drawLine(22, 30, 32, 20)
        painter.end()
        return QIcon(pixmap)

    def set_locks(self, locks: list[tuple[str, str]], selected: str | None) -> None:
        """Fills the lock choice: (device id, name) pairs, then "Not paired / not listed"."""
        self.lock_combo.clear()
        for device_id, name in locks:
            self.lock_combo.addItem(name, device_id)
        self.lock_combo.addItem(translate("troubleshoot.picker", "Not paired / not listed"), NOT_LISTED)
        index = self.lock_combo.findData(selected) if selected else -1
        self.lock_combo.setCurrentIndex(index if index >= 0 else self.lock_combo.count() - 1)

    def selected_device_id(self) -> str:
        """The chosen lock's device id, or "" for not paired / not listed."""
        return str(self.lock_combo.currentData() or NOT_LISTED)

    @property
    def suggested(self) -> str | None:
        """The failure mode suggested for the chosen lock, or None."""
        return self._suggested

    def show_suggestion(self, suggestion: Suggestion | None, lock_name: str = "") -> None:
        """Highlights the suggested symptom with why it is suggested (None clears it)."""
        mode = self._modes.get(suggestion.mode_id) if suggestion else None
        self._suggested = mode.id if mode else None
        for mode_id, card in self.cards.items():
            base = self._modes[mode_id]
            hit = mode_id == self._suggested
            card.setText(translate("troubleshoot.picker", "★ Suggested: {title}").format(title=base.title) if hit else base.title)
            card.setDescription(base.what_you_see)
            card.setStyleSheet(
                f"QCommandLinkButton {{ border: 2px solid rgb({TINTS['warn']}); border-radius: 6px;"
                f" background: rgba({TINTS['warn']},0.10); }}" if hit else ""
            )
        if mode is None or suggestion is None:
            self.suggestion_box.hide()
            return
        self.suggestion_label.setText(
            translate("troubleshoot.picker", "<b>Suggested for {lock}: {title}</b><br>{summary}").format(lock=html.escape(lock_name), title=html.escape(mode.title), summary=html.escape(suggestion.reason))
        )
        self.suggestion_box.show()

    def _on_lock_combo_activated(self, _index: int) -> None:
        self.lock_changed.emit(self.selected_device_id())

    def _on_start_suggested_clicked(self) -> None:
        if self._suggested:
            self.mode_chosen.emit(self._suggested)
