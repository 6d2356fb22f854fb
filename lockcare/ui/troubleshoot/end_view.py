"""Where a walk ends: a calm "fixed" message, or the summary to send to Tuya support."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lockcare.core.troubleshoot.content import EndNode
from lockcare.ui.troubleshoot.step_view import heading
from lockcare.ui.troubleshoot.tools import tint
from lockcare.core.i18n import translate


class EndView(QWidget):
    """The end of a walk. ``support`` shows the summary with Copy and Save…."""

    back_requested = Signal()
    """Undo the last answer (the walk goes on from that step)."""
    done_requested = Signal()
    """The user is finished with the troubleshooter."""
    again_requested = Signal()
    """The user wants the symptom list again."""
    save_requested = Signal()
    """The user wants the summary saved to a file (the page asks where)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        self.title_label = heading(scale=1.7)
        self.title_label.setObjectName("endTitle")
        self.text_label = heading(scale=1.1, bold=False)
        self.text_label.setObjectName("endText")
        layout.addWidget(self.title_label)
        layout.addWidget(self.text_label)

        self.summary_caption = QLabel(translate("troubleshoot.end_view", "Summary for Tuya support (send it with your request):"))
        self.summary_edit = QPlainTextEdit()
        self.summary_edit.setObjectName("supportSummary")
        self.summary_edit.setReadOnly(True)
        self.summary_edit.setAccessibleName(translate("troubleshoot.end_view", "Summary for Tuya support"))
        self.summary_edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.summary_edit.setTabChangesFocus(True)
        layout.addWidget(self.summary_caption)
        layout.addWidget(self.summary_edit, 1)
        summary_buttons = QHBoxLayout()
        self.copy_button = QPushButton(translate("troubleshoot.end_view", "&Copy summary"))
        self.copy_button.clicked.connect(self.copy_summary)
        self.save_button = QPushButton(translate("troubleshoot.end_view", "&Save summary…"))
        self.save_button.clicked.connect(self.save_requested)
        self.status_label = QLabel()
        self.status_label.setObjectName("endStatus")
        summary_buttons.addWidget(self.copy_button)
        summary_buttons.addWidget(self.save_button)
        summary_buttons.addWidget(self.status_label, 1)
        layout.addLayout(summary_buttons)
        self.spacer = QWidget()
        layout.addWidget(self.spacer, 1)

        saved_row = QHBoxLayout()
        self.saved_label = QLabel()
        self.saved_label.setObjectName("endSaved")
        self.saved_label.setWordWrap(True)
        self.undo_button = QPushButton(translate("troubleshoot.end_view", "&Undo: it is not fixed"))
        self.undo_button.setObjectName("undoFixed")
        self.undo_button.setToolTip(translate("troubleshoot.end_view", "Clicked “fixed” by mistake? Take it back: the log entry goes and the step comes back"))
        self.undo_button.clicked.connect(self.back_requested)
        saved_row.addWidget(self.saved_label, 1)
        saved_row.addWidget(self.undo_button)
        layout.addLayout(saved_row)

        buttons = QHBoxLayout()
        self.back_button = QPushButton(translate("troubleshoot.end_view", "← &Back"))
        self.back_button.setToolTip(translate("troubleshoot.end_view", "Go back to the last step (Alt+Left)"))
        self.back_button.clicked.connect(self.back_requested)
        self.again_button = QPushButton(translate("troubleshoot.end_view", "Another &problem"))
        self.again_button.clicked.connect(self.again_requested)
        self.done_button = QPushButton(translate("troubleshoot.end_view", "&Done"))
        self.done_button.setMinimumHeight(40)
        self.done_button.clicked.connect(self.done_requested)
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.again_button)
        buttons.addWidget(self.done_button)
        layout.addLayout(buttons)
        shortcut = QShortcut(QKeySequence("Alt+Left"), self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.back_requested)

    def show_end(self, end: EndNode, summary: str) -> None:
        """Shows the end node; ``summary`` fills the support box (shown for ``support`` only)."""
        support = end.kind == "support"
        self.title_label.setText(("" if support else "✓ ") + end.title)
        self.text_label.setText(end.text)
        tint(self.text_label, "info" if support else "ok")
        self.summary_edit.setPlainText(summary)
        for widget in (self.summary_caption, self.summary_edit, self.copy_button, self.save_button):
            widget.setVisible(support)
        self.spacer.setVisible(not support)
        self.status_label.clear()
        self.undo_button.setVisible(not support)
        self.show_saved("")
        (self.copy_button if support else self.done_button).setFocus()

    def show_saved(self, lock_name: str) -> None:
        """Says where the walk was logged ("" when it was not kept in a lock's log)."""
        self.saved_label.setText(translate("troubleshoot.end_view", "Saved in the maintenance log of {lock_name}.").format(lock_name=lock_name) if lock_name else "")

    def summary(self) -> str:
        """The support summary text."""
        return self.summary_edit.toPlainText()

    def copy_summary(self) -> None:
        """Puts the summary on the clipboard."""
        QGuiApplication.clipboard().setText(self.summary())
        self.status_label.setText(translate("troubleshoot.end_view", "Copied. Paste it into your message to Tuya support."))

    def show_status(self, text: str) -> None:
        """Shows a short note beside the summary buttons ("Saved to …")."""
        self.status_label.setText(text)
