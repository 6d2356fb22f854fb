"""About lockcare: version, licence, data folder, and the self-test support asks for.

The self-test runs as a separate ``lockcare --self-test`` process (:class:`QProcess`, so
the window never waits for it); its lines appear as they come.
"""

from __future__ import annotations

import platform
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QProcess, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QFontDatabase, QGuiApplication, QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lockcare import __version__, paths
from lockcare.launch import lockcare_command
from lockcare.ui.app_icon import app_icon
from lockcare.core.i18n import translate, translate_noop

LICENCE = "MIT"
TAGLINE = translate_noop("about_dialog", "A maintenance companion for Tuya smart door locks.")


class AboutDialog(QDialog):
    """The About box.

    Args:
        parent: the main window.
        self_test_command: the argv of the self-test (default: this lockcare's ``--self-test``).
        data_dir: the data folder this lockcare runs on (the demo's temporary one in demo
            mode; default: the user's data folder).
    """

    self_test_finished = Signal(int)
    """The self-test process ended, with its exit status (0: every check passed)."""

    def __init__(self, parent: QWidget | None = None, *, self_test_command: Sequence[str] | None = None,
                 data_dir: Path | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("about_dialog", "About lockcare"))
        self.data_dir = data_dir or paths.data_dir()
        self._command = list(self_test_command or lockcare_command("--self-test"))
        self._process: QProcess | None = None
        self._build()

    def _build(self) -> None:
        from PySide6 import __version__ as pyside_version
        from PySide6.QtCore import qVersion

        icon = QLabel()
        icon.setPixmap(app_icon().pixmap(QSize(64, 64), self.devicePixelRatioF()))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        title = QLabel(f"<b style='font-size: 15pt'>lockcare {__version__}</b>")
        facts = QLabel(
            translate("about_dialog", "{TAGLINE}<br>{LICENCE} licence · Python {python_version} · PySide6 {pyside_version} (Qt {qVersion})").format(TAGLINE=translate("about_dialog", TAGLINE), LICENCE=LICENCE, python_version=platform.python_version(), pyside_version=pyside_version, qVersion=qVersion())
        )
        facts.setWordWrap(True)
        text = QVBoxLayout()
        text.addWidget(title)
        text.addWidget(facts)
        head = QHBoxLayout()
        head.addWidget(icon)
        head.addLayout(text, 1)

        self.data_label = QLabel(translate("about_dialog", "Your data: {data_dir}").format(data_dir=self.data_dir))
        self.data_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.data_label.setWordWrap(True)
        open_button = QPushButton(translate("about_dialog", "Open folder"))
        open_button.clicked.connect(self._on_open_button_clicked)
        data_row = QHBoxLayout()
        data_row.addWidget(self.data_label, 1)
        data_row.addWidget(open_button)

        explain = QLabel(translate("about_dialog", "The self-test checks this installation in a temporary folder; your locks and "
                         "data are not touched. Support may ask you for its output."))
        explain.setWordWrap(True)
        self.run_button = QPushButton(translate("about_dialog", "Run self-test"))
        self.run_button.clicked.connect(self.run_self_test)
        self.status_label = QLabel("")
        self.copy_button = QPushButton(translate("about_dialog", "Copy output"))
        self.copy_button.setToolTip(translate("about_dialog", "Copy the self-test's lines, e.g. to send them to support"))
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        self.copy_button.setVisible(False)
        run_row = QHBoxLayout()
        run_row.addWidget(self.run_button)
        run_row.addWidget(self.status_label, 1)
        run_row.addWidget(self.copy_button)
        self.output = QPlainTextEdit()
        self.output.setReadOnly(True)
        self.output.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.output.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.output.setAccessibleName(translate("about_dialog", "Self-test output"))
        self.output.setVisible(False)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addSpacing(6)
        layout.addLayout(data_row)
        layout.addSpacing(6)
        layout.addWidget(explain)
        layout.addLayout(run_row)
        layout.addWidget(self.output, 1)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

    # -- self-test ----------------------------------------------------------------------

    def run_self_test(self) -> None:
        """Start ``lockcare --self-test`` in its own process; lines show as they arrive."""
        if self._process is not None:
            return
        self.output.clear()
        self.output.setVisible(True)
        self.resize(max(self.width(), 760), max(self.height(), 520))
        self.run_button.setEnabled(False)
        self.status_label.setText(translate("about_dialog", "Running… (about ten seconds)"))
        process = QProcess(self)
        process.setProcessChannelMode(QProcess.ProcessChannelMode.MergedChannels)
        process.readyReadStandardOutput.connect(self._on_process_ready_read)
        process.finished.connect(self._on_process_finished)
        process.errorOccurred.connect(self._on_process_error)
        self._process = process
        process.start(self._command[0], self._command[1:])

    def _on_process_ready_read(self) -> None:
        if self._process is None:
            return
        text = bytes(self._process.readAllStandardOutput().data()).decode("utf-8", "replace")
        self.output.moveCursor(QTextCursor.MoveOperation.End)
        self.output.insertPlainText(text)
        self.output.ensureCursorVisible()

    def _on_process_finished(self, code: int, status: QProcess.ExitStatus) -> None:
        self._on_process_ready_read()
        crashed = status is QProcess.ExitStatus.CrashExit
        self._finish(code if not crashed else -1, translate("about_dialog", "All checks passed.") if code == 0 and not crashed
                     else translate("about_dialog", "Some checks failed: the lines marked FAIL say what is wrong."))

    def _on_process_error(self, error: QProcess.ProcessError) -> None:
        if error is QProcess.ProcessError.FailedToStart:
            self.output.setPlainText(translate("about_dialog", "Could not start {command}.").format(command=' '.join(self._command)))
            self._finish(-1, translate("about_dialog", "The self-test could not start."))

    def _finish(self, code: int, message: str) -> None:
        if self._process is None:
            return
        self._process.deleteLater()
        self._process = None
        self.status_label.setText(message)
        self.run_button.setEnabled(True)
        self.copy_button.setVisible(True)
        self.self_test_finished.emit(code)

    def done(self, result: int) -> None:  # noqa: D102 (Qt override: stop a running self-test on close)
        if self._process is not None:
            process, self._process = self._process, None
            process.finished.disconnect(self._on_process_finished)
            process.kill()
            process.waitForFinished(3000)
            process.deleteLater()
        super().done(result)

    def _on_copy_button_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.output.toPlainText())
        self.status_label.setText(translate("about_dialog", "Copied."))

    def _on_open_button_clicked(self) -> None:
        folder = self.data_dir
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def open_about(parent: QWidget, data_dir: Path | None = None) -> AboutDialog:
    """Show the About box (non-modal: a self-test may run while the window is used)."""
    dialog = AboutDialog(parent, data_dir=data_dir)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


def install_help_menu(window: QMainWindow, *, data_dir: Path | None = None,
                      before: Sequence[QAction] = ()) -> QAction:
    """Add a Help menu (``before``, then About lockcare) to ``window``'s menu bar; return the About action.

    Args:
        window: The main window.
        data_dir: The data folder About shows (the demo's own in demo mode).
        before: Actions listed above About (the guide, Report a problem).
    """
    action = QAction(translate("about_dialog", "&About lockcare"), window)
    action.setObjectName("aboutAction")
    action.setMenuRole(QAction.MenuRole.AboutRole)  # macOS puts it in the application menu
    action.triggered.connect(lambda _checked=False: open_about(window, data_dir))
    menu = window.menuBar().addMenu(translate("about_dialog", "&Help"))
    for item in before:
        menu.addAction(item)
    if before:
        menu.addSeparator()
    menu.addAction(action)
    return action
