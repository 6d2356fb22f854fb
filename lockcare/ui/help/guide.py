"""A short user guide inside the app: sleeping locks, keys, the cloud, printing, being locked out.

Each paragraph is one whole sentence group (a later translation pass wraps them one by one).
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from lockcare.ui.window_state import fit_to_screen
from lockcare.core.i18n import translate, translate_noop

GUIDE: tuple[tuple[str, tuple[str, ...]], ...] = (
    (translate_noop("help.guide", "Locked out?"), (
        translate_noop("help.guide", "Press “I'm locked out!” at the bottom left. lockcare first shows the ways in that work from outside "
        "the door: the hidden keyhole, emergency power for a dark keypad, another way in, and who to call. "
        "Then it helps you find the cause, step by step."),
    )),
    (translate_noop("help.guide", "Sleeping locks"), (
        translate_noop("help.guide", "Battery Wi-Fi locks sleep most of the time to save power, so lockcare often finds them asleep. "
        "That is normal and nothing is lost: lockcare reads it again the next time it wakes."),
        translate_noop("help.guide", "To read a sleeping lock now, press Wake and read, then touch its keypad. lockcare keeps trying while "
        "the lock is awake. Locks that stay connected, and locks behind a gateway, are read every 15 minutes "
        "while lockcare is open."),
    )),
    (translate_noop("help.guide", "Local keys"), (
        translate_noop("help.guide", "lockcare reads a lock over your home network with its local key, a 16-character code from the "
        "tinytuya wizard (devices.json). The key changes whenever the lock is paired again in the Tuya app; "
        "when lockcare says “check the key”, put in the new one on the lock's Settings tab (Change local key)."),
        translate_noop("help.guide", "Keys are kept in your system's keyring, or in a file only you can read when there is no keyring. "
        "They never appear in logs, summaries or exports, and lockcare never sends a command that could "
        "open or change a lock."),
    )),
    (translate_noop("help.guide", "The Tuya cloud"), (
        translate_noop("help.guide", "If you have a Tuya developer project, lockcare can also fetch what the Tuya cloud knows about your "
        "locks, such as battery reports and alarms from times the lock was asleep to lockcare. Everything "
        "still works without it."),
    )),
    (translate_noop("help.guide", "Batteries"), (
        translate_noop("help.guide", "The Battery tab says when to replace the batteries, from the readings since the last change. "
        "Record each battery change (Ctrl+B), so the next forecast starts from the right day."),
    )),
    (translate_noop("help.guide", "Printing"), (
        translate_noop("help.guide", "File, then Print checklist, prints the selected lock's one-page checklist to tape inside a cupboard; "
        "Print household plan adds the year at a glance for every lock. Save as PDF writes all of them to a file. "
        "Both use A4 or Letter as your region does and print well in black and white."),
    )),
)
"""Section heading, then its paragraphs."""


class GuideDialog(QDialog):
    """The user guide in a window of its own (non-modal: read it beside the main window)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("help.guide", "lockcare guide"))
        self.browser = QTextBrowser()
        self.browser.setObjectName("guideText")
        self.browser.setOpenExternalLinks(False)
        self.browser.setHtml(guide_html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(560, 520)
        fit_to_screen(self)


def guide_html() -> str:
    """The guide as simple HTML."""
    parts = []
    for heading, paragraphs in GUIDE:
        parts.append(f"<h3>{html.escape(translate('help.guide', heading))}</h3>")
        parts += [f"<p>{html.escape(translate('help.guide', text))}</p>" for text in paragraphs]
    return "".join(parts)


def open_guide(parent: QWidget) -> GuideDialog:
    """Show the guide (non-modal)."""
    dialog = GuideDialog(parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
