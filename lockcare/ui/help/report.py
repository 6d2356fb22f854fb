"""Help > Report a problem: the summary to send, ready to copy or save.

It holds the selected lock's battery, connection, recent alarms and last troubleshooting
walk, and lockcare's version and system: what Tuya's regional support or lockcare's
maintainers ask for first. Never a local key.
"""

from __future__ import annotations

import platform
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lockcare import __version__
from lockcare.services.troubleshoot import save_text
from lockcare.ui.window_state import fit_to_screen
from lockcare.core.i18n import translate


def about_lines() -> list[str]:
    """lockcare's version and the system it runs on, for a report."""
    from PySide6 import __version__ as pyside_version

    return [translate("help.report", "Version: {version}").format(version=__version__), translate("help.report", "System: {platform}").format(platform=platform.platform()),
            translate("help.report", "Python {python_version}, PySide6 {pyside_version}").format(python_version=platform.python_version(), pyside_version=pyside_version)]


class ReportDialog(QDialog):
    """The problem report, editable (the user adds what happened), with Copy and Save."""

    def __init__(self, text: str, lock_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("help.report", "Report a problem"))
        self.ask_save_path: Callable[[], str] = self._ask_save_path
        """Returns where to save ("" to cancel); tests replace it."""
        what = translate("help.report", "This summary describes {lock_name} and lockcare.").format(lock_name=lock_name) if lock_name else translate("help.report", "This summary describes lockcare.")
        how = (translate("help.report", "Add what happened at the end, then send it with your request: to Tuya's regional support for a "
               "fault in the lock, or to lockcare's maintainers for a fault in lockcare. It never contains a local key."))
        intro = QLabel(f"{what} {how}")
        intro.setWordWrap(True)
        self.text_edit = QPlainTextEdit(text)
        self.text_edit.setObjectName("problemReport")
        self.text_edit.setAccessibleName(translate("help.report", "Problem report"))
        self.text_edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text_edit.setTabChangesFocus(True)
        self.status_label = QLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(translate("help.report", "&Copy"))
        self.save_button = QPushButton(translate("help.report", "&Save…"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy)
        self.save_button.clicked.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.text_edit, 1)
        layout.addWidget(self.status_label)
        layout.addWidget(buttons)
        self.resize(620, 480)
        fit_to_screen(self)

    def text(self) -> str:
        """The report as it stands (with the user's additions)."""
        return self.text_edit.toPlainText()

    def copy(self) -> None:
        """Put the report on the clipboard."""
        QGuiApplication.clipboard().setText(self.text())
        self.status_label.setText(translate("help.report", "Copied. Paste it into your message."))

    def save(self) -> Path | None:
        """Ask where, then write the report (UTF-8, atomically)."""
        chosen = self.ask_save_path()
        if not chosen:
            return None
        try:
            path = save_text(self.text(), Path(chosen))
        except OSError as exc:
            self.status_label.setText(translate("help.report", "Not saved: {reason}. Try another folder.").format(reason=exc.strerror or exc))
            return None
        self.status_label.setText(translate("help.report", "Saved to {name}.").format(name=path.name))
        return path

    def _ask_save_path(self) -> str:
        default = str(Path.home() / "lockcare-problem-report.txt")
        path, _ = QFileDialog.getSaveFileName(self, translate("help.report", "Save the problem report"), default, translate("help.report", "Text (*.txt)"))
        return path


def open_report(parent: QWidget, text: str, lock_name: str) -> ReportDialog:
    """Show the report (non-modal)."""
    dialog = ReportDialog(text, lock_name, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
