"""The first page a new user sees: no locks yet, and the ways in."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from lockcare.ui.widgets.labels import heading
from lockcare.core.i18n import translate


class EmptyPage(QWidget):
    """A friendly welcome with one button per way of adding a lock."""

    add_requested = Signal()
    demo_requested = Signal()
    scan_requested = Signal()
    import_requested = Signal()
    cloud_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(32, 32, 32, 32)
        column = QWidget()
        column.setMaximumWidth(580)
        outer.addStretch(1)
        outer.addWidget(column, 4)
        outer.addStretch(1)
        layout = QVBoxLayout(column)
        layout.setSpacing(14)
        layout.addStretch(1)
        title = heading(translate("empty_page", "Welcome to lockcare"), 1.7)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text = QLabel(
            translate("empty_page", "lockcare keeps an eye on your Tuya smart locks: it remembers every battery reading, "
            "tells you when to buy and change batteries, and helps when a lock misbehaves.\n\n"
            "You have no locks yet. Find them on your network, fetch them from your Tuya cloud account "
            "(keys and battery history included), import the devices.json file the tinytuya wizard wrote, "
            "or add one by hand. "
            "Or look around the demo first.")
        )
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scan_button = QPushButton(translate("empty_page", "Scan the network…"))
        self.scan_button.setDefault(True)
        self.scan_button.clicked.connect(self.scan_requested)
        self.import_button = QPushButton(translate("empty_page", "Import devices.json…"))
        self.import_button.clicked.connect(self.import_requested)
        self.cloud_button = QPushButton(translate("empty_page", "Use your Tuya cloud account…"))
        self.cloud_button.setToolTip(translate("empty_page", "Fetch your locks, their keys and battery history from your own Tuya cloud project"))
        self.cloud_button.clicked.connect(self.cloud_requested)
        self.add_button = QPushButton(translate("empty_page", "Add a lock by hand…"))
        self.add_button.clicked.connect(self.add_requested)
        self.demo_button = QPushButton(translate("empty_page", "Try the demo"))
        self.demo_button.setToolTip(translate("empty_page", "Opens a second window with emulated locks; nothing of yours is touched."))
        self.demo_button.clicked.connect(self.demo_requested)
        layout.addWidget(title)
        layout.addWidget(text)
        for button in (self.scan_button, self.cloud_button, self.import_button, self.add_button, self.demo_button):
            button.setMinimumWidth(240)
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)


def demo_banner(note: str) -> QLabel:
    """The strip above the window in demo mode: what the demo is and how to leave it."""
    banner = QLabel(translate("demo", note))
    banner.setObjectName("demoBanner")
    banner.setWordWrap(True)
    banner.setStyleSheet("background: #fff3c4; color: #3d3100; padding: 8px 14px;")
    return banner
