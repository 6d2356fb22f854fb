"""One troubleshooting step: what to do, why, the picture, a tool if needed, and the answers."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lockcare.core.troubleshoot.content import Step
from lockcare.core.troubleshoot.walk import Progress
from lockcare.ui.troubleshoot.outcome_row import OutcomeButton, OutcomeRow
from lockcare.ui.troubleshoot.svg_view import SvgView
from lockcare.ui.troubleshoot.tools import TOOLS, BatteryCheckTool, tint
from lockcare.ui.widgets.disclosure import page_scroll, rule
from lockcare.ui.widgets.labels import heading as shared_heading
from lockcare.ui.widgets.wheel_guard import guard_wheel
from lockcare.core.i18n import translate

NARROW = 640
"""Below this width (logical px) the step's words get the larger share of the page."""

RESERVED_MNEMONICS = frozenset("bo" "tsyv" "ail")
"""Letters outcome buttons never take: Back and Close; the tools' fields (thickness,
strength, type, voltages); and the window's own (All locks, I'm locked out, Lock menu)."""


def with_mnemonic(label: str, used: set[str]) -> str:
    """Returns ``label`` with an ``&`` before a letter not yet in ``used`` (which is updated).

    Word-initial letters are preferred ("No change" -> "&No change"); a label with no free
    letter gets none. Ampersands already in the label are escaped.
    """
    text = label.replace("&", "&&")
    starts = [i for i, ch in enumerate(text) if ch.isalpha() and (i == 0 or not text[i - 1].isalnum())]
    others = [i for i, ch in enumerate(text) if ch.isalpha() and i not in starts]
    for i in starts + others:
        letter = text[i].lower()
        if letter not in used:
            used.add(letter)
            return text[:i] + "&" + text[i:]
    return text


def heading(text: str = "", scale: float = 1.0, *, bold: bool = True) -> QLabel:
    """A word-wrapped heading (every troubleshooter text may run long)."""
    return shared_heading(text, scale, bold=bold, wrap=True)


class StepView(QWidget):
    """Shows one :class:`~lockcare.core.troubleshoot.content.Step` and reports the user's answer.

    Args:
        illustrations_dir: Where the steps' SVG files are.
    """

    answered = Signal(str)
    """The user chose an outcome (``fixed``, ``no-change`` or ``cannot``)."""
    back_requested = Signal()
    """The user wants the previous step (or the symptom list from the first step)."""

    def __init__(self, illustrations_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._illustrations = illustrations_dir
        self.battery_type = "aa-alkaline"
        self.tool_widget: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)

        top = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(2)
        self.mode_label = heading(scale=1.0, bold=False)
        self.mode_label.setObjectName("stepMode")
        self.title_label = heading(scale=1.7)
        self.title_label.setObjectName("stepTitle")
        titles.addWidget(self.mode_label)
        titles.addWidget(self.title_label)
        top.addLayout(titles, 1)
        progress_box = QVBoxLayout()
        progress_box.setSpacing(4)
        self.progress_label = heading(scale=1.15)
        self.progress_label.setObjectName("stepProgress")
        self.progress_label.setWordWrap(False)
        self.progress_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.progress_bar = QProgressBar()
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setFixedSize(150, 8)
        self.progress_bar.setAccessibleName(translate("troubleshoot.step_view", "Progress through the steps"))
        progress_box.addWidget(self.progress_label)
        progress_box.addWidget(self.progress_bar, 0, Qt.AlignmentFlag.AlignRight)
        progress_box.addStretch(1)
        top.addLayout(progress_box)
        layout.addLayout(top)

        body = self._body = QHBoxLayout()
        body.setSpacing(18)
        # The step's text takes the focus when it is shown: Space then scrolls, it never answers.
        self.scroll = page_scroll(focusable=True)
        self.scroll.setAccessibleName(translate("troubleshoot.step_view", "What to do"))
        text_box = QWidget()
        self.text_layout = QVBoxLayout(text_box)
        self.text_layout.setContentsMargins(0, 0, 8, 0)
        self.text_layout.setSpacing(12)
        self.note_label = self._text_label("stepNote")  # what lockcare knew, on the first step
        self.inside_label = self._text_label("stepInside")
        self.safety_label = self._text_label("stepSafety")  # read before doing anything
        self.actions_label = self._text_label("stepActions", 1.12)
        self.why_label = self._text_label("stepWhy")
        self.needs_label = self._text_label("stepNeeds")
        self.text_layout.addStretch(1)
        self.scroll.setWidget(text_box)
        body.addWidget(self.scroll, 5)
        self.picture = SvgView()
        self.picture.setObjectName("stepIllustration")
        picture_box = QVBoxLayout()
        picture_box.setSpacing(12)
        picture_box.addWidget(self.picture)
        self.tool_slot = QVBoxLayout()
        picture_box.addLayout(self.tool_slot)
        picture_box.addStretch(1)
        body.addLayout(picture_box, 6)
        layout.addLayout(body, 1)

        layout.addWidget(rule())
        buttons = QHBoxLayout()
        buttons.setSpacing(10)
        self.back_button = QPushButton(translate("troubleshoot.step_view", "← &Back"))
        self.back_button.setAccessibleName(translate("troubleshoot.step_view", "Back"))
        self.back_button.setToolTip(translate("troubleshoot.step_view", "Go back one step (Alt+Left or Backspace)"))
        # One width for both of its texts, so the answers beside it never shift between steps.
        self.back_button.setText(translate("troubleshoot.step_view", "← &Back to symptoms"))
        self.back_button.setFixedWidth(self.back_button.sizeHint().width())
        self.back_button.clicked.connect(self.back_requested)
        buttons.addWidget(self.back_button)
        buttons.addSpacing(8)
        self.outcomes = OutcomeRow()
        self.outcomes.answered.connect(self.answered)
        self.outcome_buttons: dict[str, OutcomeButton] = self.outcomes.buttons
        buttons.addWidget(self.outcomes, 1)
        layout.addLayout(buttons)
        for keys in (QKeySequence("Alt+Left"), QKeySequence(Qt.Key.Key_Backspace)):
            shortcut = QShortcut(keys, self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.back_requested)
        self.setTabOrder(self.outcome_buttons["fixed"], self.outcome_buttons["no-change"])
        self.setTabOrder(self.outcome_buttons["no-change"], self.outcome_buttons["cannot"])
        self.setTabOrder(self.outcome_buttons["cannot"], self.back_button)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        # Wide, the picture gets the larger share; narrow (a small window, a 2x screen), the words do.
        narrow = event.size().width() < NARROW
        self._body.setStretch(0, 2 if narrow else 5)
        self._body.setStretch(1, 1 if narrow else 6)
        self.picture.setMinimumSize(*((150, 95) if narrow else (280, 175)))

    def _text_label(self, name: str, scale: float = 1.05) -> QLabel:
        label = heading(scale=scale, bold=False)
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text_layout.addWidget(label)
        return label

    def show_step(self, step: Step, progress: Progress, mode_title: str, *, first: bool, note: str = "") -> None:
        """Fills the view for ``step`` and gives its text the keyboard focus.

        Args:
            step: The step to show.
            progress: Where it sits in the walk ("Step 2 of 5").
            mode_title: The symptom being worked on, shown above the step title.
            first: True on the entry step, where Back returns to the symptom list.
            note: What lockcare knew about the lock (shown on the first step).
        """
        self.mode_label.setText(mode_title)
        self.title_label.setText(step.title)
        self.progress_label.setText(translate("troubleshoot.step_view", "Step {number} of {total}").format(number=progress.number, total=progress.total))
        self.progress_bar.setRange(0, max(progress.total, 1))
        self.progress_bar.setValue(progress.number)
        items = "".join(f"<li style='margin-bottom:6px'>{html.escape(a)}</li>" for a in step.actions)
        self.actions_label.setText(f"<ol style='margin-left:-18px'>{items}</ol>")
        self.why_label.setText(translate("troubleshoot.step_view", "<b>Why this helps:</b> {escape}").format(escape=html.escape(step.why)))
        needs = "".join(f"<br>• {html.escape(item)}" for item in step.tools_needed)
        self.needs_label.setText(translate("troubleshoot.step_view", "<b>You need:</b>{needs}").format(needs=needs))
        self.needs_label.setVisible(bool(step.tools_needed))
        self.note_label.setText(html.escape(note))
        self.note_label.setVisible(bool(note) and first)
        tint(self.note_label, "info")
        self.inside_label.setText(
            translate("troubleshoot.step_view", "<b>This step needs the inside of the door.</b> Still outside? "
            "Skip it with the button on the right, and come back to it once you are in.")
        )
        self.inside_label.setVisible(step.inside)
        tint(self.inside_label, "info")
        self.safety_label.setText(translate("troubleshoot.step_view", "<b>⚠ Careful:</b> {escape}").format(escape=html.escape(step.safety or '')))
        self.safety_label.setVisible(bool(step.safety))
        tint(self.safety_label, "warn")
        self._set_tool(step.tool)
        self.picture.load(self._illustrations / step.illustration if step.illustration else None)
        used = set(RESERVED_MNEMONICS)
        self.outcomes.set_labels({
            kind: with_mnemonic(next((o.label for o in step.outcomes if o.kind == kind), ""), used)
            for kind in self.outcome_buttons
        })
        self.back_button.setText(translate("troubleshoot.step_view", "← &Back to symptoms") if first else translate("troubleshoot.step_view", "← &Back"))
        self.scroll.verticalScrollBar().setValue(0)
        if self.isVisible():
            self.scroll.setFocus(Qt.FocusReason.OtherFocusReason)

    def _set_tool(self, tool_id: str | None) -> None:
        if self.tool_widget is not None:
            self.tool_slot.removeWidget(self.tool_widget)
            self.tool_widget.hide()  # deleted later; until then it must not show
            self.tool_widget.deleteLater()
            self.tool_widget = None
        factory = TOOLS.get(tool_id or "")
        if factory is None:
            return
        widget = factory()
        if isinstance(widget, BatteryCheckTool):
            widget.set_battery_type(self.battery_type)
        self.tool_widget = widget
        self.tool_slot.addWidget(widget)
        guard_wheel(widget)
