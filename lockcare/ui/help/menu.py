"""The Help menu: the guide (F1), Report a problem, About lockcare."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMainWindow

from lockcare.core.models import Lock
from lockcare.services.troubleshoot import TroubleshootService
from lockcare.ui.about_dialog import install_help_menu
from lockcare.ui.actions import make_action
from lockcare.ui.help.guide import GuideDialog, open_guide
from lockcare.ui.help.report import ReportDialog, about_lines, open_report
from lockcare.core.i18n import translate


class HelpMenu:
    """Builds the Help menu of ``window`` and opens its pages.

    Args:
        window: The main window.
        troubleshoot: Writes the problem report.
        lock_on_screen: The lock a report is about (None: lockcare alone).
        data_dir: The data folder About shows (the demo's own in demo mode).
    """

    def __init__(self, window: QMainWindow, troubleshoot: TroubleshootService,
                 lock_on_screen: Callable[[], Lock | None], data_dir: Path | None = None) -> None:
        self._window = window
        self._troubleshoot = troubleshoot
        self._lock_on_screen = lock_on_screen
        self.guide_action = make_action(window, translate("help.menu", "lockcare &guide"), QKeySequence.StandardKey.HelpContents, self.show_guide)
        self.report_action = make_action(window, translate("help.menu", "&Report a problem…"), "", self.report_problem)
        self.about_action = install_help_menu(window, data_dir=data_dir, before=(self.guide_action, self.report_action))

    def show_guide(self) -> GuideDialog:
        """Open the short user guide (F1)."""
        return open_guide(self._window)

    def report_problem(self) -> ReportDialog:
        """Open the problem report for the lock on screen (or lockcare alone), ready to copy or save."""
        lock = self._lock_on_screen()
        return open_report(self._window, self._troubleshoot.problem_report(lock, about_lines()), lock.name if lock else "")
