"""A key field that hides what it holds, with a "Show" button beside it (Add lock, Settings, Change key)."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QToolButton, QWidget
from lockcare.core.i18n import translate


class MaskedKey(QWidget):
    """A key field that hides what it holds, with a "Show" button beside it that toggles it."""

    def __init__(self, placeholder: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(placeholderText=placeholder)
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.show_button = QToolButton()
        self.show_button.setObjectName("showKey")
        self.show_button.setCheckable(True)
        self.show_button.setText(translate("widgets.masked_key", "Show"))
        self.show_button.setToolTip(translate("widgets.masked_key", "Show the key"))
        self.show_button.setAccessibleName(translate("widgets.masked_key", "Show the key"))
        self.show_button.toggled.connect(self._on_show_button_toggled)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        row.addWidget(self.edit, 1)
        row.addWidget(self.show_button)
        self.setFocusProxy(self.edit)

    def _on_show_button_toggled(self, shown: bool) -> None:
        self.edit.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)
        self.show_button.setText(translate("widgets.masked_key", "Hide") if shown else translate("widgets.masked_key", "Show"))
        self.show_button.setToolTip(translate("widgets.masked_key", "Hide the key") if shown else translate("widgets.masked_key", "Show the key"))
