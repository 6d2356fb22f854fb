"""A small base for lockcare's forms: a form layout, an error line, OK/Cancel.

Subclasses add rows and implement :meth:`problem` (what is wrong with the input, or None)
and :meth:`submit` (save; raise :class:`LockcareError` to keep the dialog open and show why).
"""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from lockcare.core.errors import LockcareError
from lockcare.ui.widgets.field_errors import ErrorLabel
from lockcare.ui.widgets.wheel_guard import guard_wheel
from lockcare.core.i18n import translate


class FormDialog(QDialog):
    """A validated form with a plain-words error line above the buttons."""

    def __init__(self, title: str, ok_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 18, 18, 14)
        layout.setSpacing(12)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.hide()
        layout.addWidget(self.intro)
        self.form = QFormLayout()
        self.form.setHorizontalSpacing(14)
        self.form.setVerticalSpacing(9)
        layout.addLayout(self.form)
        self.error_label = ErrorLabel()
        self.error_label.setObjectName("formError")
        self.error_label.setAccessibleName(translate("dialogs.form_dialog", "Problem with the form"))
        layout.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        guard_wheel(self)  # the subclass has built its fields by now
        super().showEvent(event)

    def set_intro(self, text: str) -> None:
        """Show a short explanation above the form."""
        self.intro.setText(text)
        self.intro.show()

    def problem(self) -> str | None:
        """What is wrong with the current input, in plain words (None when it is fine)."""
        return None

    def submit(self) -> bool | None:
        """Save the input. Raise :class:`LockcareError` to keep the dialog open.

        Return ``False`` when saving continues in the background; the dialog then calls
        :meth:`accept` (or shows the error) itself when it is done.
        """
        return None

    def revalidate(self) -> None:
        """Update the error line and the OK button after any edit."""
        problem = self.problem()
        self.error_label.setText(problem or "")
        self.ok_button.setEnabled(problem is None)

    def _on_buttons_accepted(self) -> None:
        if self.problem() is not None:
            self.revalidate()
            return
        try:
            pending = self.submit() is False
        except LockcareError as exc:
            self.error_label.setText(str(exc))
            return
        if not pending:
            self.accept()
