"""The lock's Maintenance tab: the plan (recurring jobs and when they are due) above the log.

One tab for everything done to the lock and everything planned: battery changes,
cleaning, checks and troubleshooting runs are log entries; the readings themselves live
on the Readings tab, so nothing shows twice.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from lockcare.ui.logbook.panel import LogbookPanel
from lockcare.ui.schedule.tasks_panel import TasksPanel
from lockcare.ui.widgets.labels import heading
from lockcare.core.i18n import translate


class MaintenanceTab(QWidget):
    """The plan and the log, one above the other (the split is the user's to move)."""

    def __init__(self, tasks: TasksPanel, log: LogbookPanel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks_panel = tasks
        self.log_panel = log
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("maintenanceSplitter")
        self.splitter.setChildrenCollapsible(False)
        tasks.intro_label.hide()  # said by the heading and its tooltip, to leave the tables room
        for title, tip, panel in (
            (translate("locks.maintenance_tab", "Plan: jobs that keep the lock working"), tasks.intro_label.text(), tasks),
            (translate("locks.maintenance_tab", "Log: what was done"), translate("locks.maintenance_tab", "Battery changes, cleaning, checks and troubleshooting, newest first."), log),
        ):
            box = QWidget()
            inner = QVBoxLayout(box)
            inner.setContentsMargins(0, 8, 0, 0)
            inner.setSpacing(0)
            caption = heading(title, 1.05)
            caption.setToolTip(tip)
            inner.addWidget(caption)
            inner.addWidget(panel, 1)
            self.splitter.addWidget(box)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        layout.addWidget(self.splitter)
