"""Ask how to back up: with or without the locks' local keys."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)
from lockcare.core.i18n import translate


class BackupDialog(QDialog):
    """Confirms a backup and offers to include the local keys (off by default).

    Args:
        path: The file the backup will be written to (shown to the user).
        parent: The parent window.
    """

    def __init__(self, path: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("backup.backup_dialog", "Back up lockcare"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 18, 18, 14)
        layout.setSpacing(10)
        intro = QLabel(
            translate("backup.backup_dialog", "The backup holds every lock, battery reading and swap, the maintenance log and the recurring tasks, in one file:\n{path}").format(path=path)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.keys_check = QCheckBox(translate("backup.backup_dialog", "Include the locks' local &keys"))
        self.keys_check.setToolTip(translate("backup.backup_dialog", "Lets a restore on a new computer talk to the locks without pairing again"))
        layout.addWidget(self.keys_check)
        self.keys_note = QLabel(
            translate("backup.backup_dialog", "Anyone with this file could then control your locks on your home network. "
            "lockcare makes the file readable by you only; keep it somewhere private.")
        )
        self.keys_note.setObjectName("keysWarning")
        self.keys_note.setWordWrap(True)
        self.keys_note.setVisible(False)
        layout.addWidget(self.keys_note)
        self.keys_check.toggled.connect(self.keys_note.setVisible)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(translate("backup.backup_dialog", "Back up"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @property
    def include_keys(self) -> bool:
        """Whether the user asked for the keys to go into the file."""
        return self.keys_check.isChecked()


def ask_backup_options(path: str, parent: QWidget | None = None) -> bool | None:
    """Ask whether to include keys; True/False, or None when the user cancelled."""
    dialog = BackupDialog(path, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.include_keys
    finally:
        dialog.deleteLater()
