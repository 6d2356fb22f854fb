"""Errors shown next to the field they are about, all at once, without the form jumping.

Each field that can be wrong gets a small label under it whose height is reserved from the
start (two lines), so a message appearing or going never moves the fields below.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QSizePolicy, QWidget

from lockcare.ui.theme import is_dark
from lockcare.core.i18n import translate

ERROR_RED = {False: "#c0392b", True: "#ff6b61"}
"""The red of error words on a light and on a dark window (each above 4.5:1 against its base)."""


class ErrorLabel(QLabel):
    """Words in the error red of the current palette (it follows a switch to dark mode)."""

    def __init__(self, text: str = "") -> None:
        super().__init__(text)
        self.setWordWrap(True)
        self._red = ""
        self._restyle()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.PaletteChange:
            self._restyle()
        super().changeEvent(event)

    def _restyle(self) -> None:
        red = ERROR_RED[is_dark(self.palette())]
        if red != self._red:  # a style sheet change is itself a palette change: set it once per red
            self._red = red
            self.setStyleSheet(f"color: {red};")


class FieldError(ErrorLabel):
    """The message under one field ("" when the field is fine).

    With ``reserve`` (forms checked as the user types) it keeps two lines of room, always;
    without (forms checked on Save) it takes no room until there is a message.
    """

    def __init__(self, field: QWidget, name: str, *, reserve: bool = True) -> None:
        super().__init__()
        self.field = field
        self.reserve = reserve
        self.setObjectName(f"error-{name}")
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 0.92)
        self.setFont(font)
        self.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)  # right under its field
        if reserve:
            self.setFixedHeight(self.fontMetrics().lineSpacing() * 2 + 2)
            self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        else:
            self.hide()
        self.setAccessibleName(translate("widgets.field_errors", "Problem with {name}").format(name=name))

    def show_problem(self, text: str | None) -> None:
        """Show ``text`` (None or "" clears it); the full text is also the tooltip, should it run long."""
        self.setText(text or "")
        self.setToolTip(text or "")
        if not self.reserve:
            self.setVisible(bool(text))


def add_field(form: QFormLayout, label: str, field: QWidget, name: str, *, reserve: bool = True) -> FieldError:
    """Add ``field`` to ``form`` with its error label right under it; return the error label."""
    form.addRow(label, field)
    error = FieldError(field, name, reserve=reserve)
    form.addRow("", error)
    return error

