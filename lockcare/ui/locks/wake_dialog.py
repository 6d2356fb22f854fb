""""Wake and read": tell the user how to wake the lock, probe for up to 60 s, allow Cancel."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from lockcare.core.models import Lock
from lockcare.services.reading import WAKE_PROBE_SECONDS, ReadOutcome
from lockcare.ui.locks.live_reads import LiveReads
from lockcare.core.i18n import translate, translate_noop

DEFAULT_WAKE_HINT = translate_noop("locks.wake_dialog", "Touch the lock's keypad so it lights up, then keep it awake by touching it again every few seconds.")


class WakeDialog(QDialog):
    """Shows the wake instructions and the probe's progress until the lock answers."""

    def __init__(self, lock: Lock, live: LiveReads, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("locks.wake_dialog", "Wake {name}").format(name=lock.name))
        self.setMinimumWidth(440)
        self._lock = lock
        self._live = live
        self.outcome: ReadOutcome | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 18, 18, 14)
        layout.setSpacing(12)
        intro = QLabel(
            translate("locks.wake_dialog", "<b>Wake {name} now.</b> Battery locks keep Wi-Fi off to save power, so lockcare can only read them for a moment after they wake.").format(name=lock.name)
        )
        intro.setWordWrap(True)
        hint = QLabel(lock.wake_hint or translate("locks.wake_dialog", DEFAULT_WAKE_HINT))
        hint.setWordWrap(True)
        hint.setObjectName("wakeHint")
        self.status = QLabel(translate("locks.wake_dialog", "Trying for up to {seconds} s…").format(seconds=int(WAKE_PROBE_SECONDS)))
        self.status.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, int(WAKE_PROBE_SECONDS))
        self.progress.setValue(0)
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(translate("locks.wake_dialog", "Time spent waiting for the lock"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.rejected.connect(self.reject)
        for widget in (intro, hint, self.progress, self.status, self.buttons):
            layout.addWidget(widget)
        live.wake_attempted.connect(self._on_live_wake_attempted)
        live.read_finished.connect(self._on_live_read_finished)

    def start(self) -> None:
        """Show the dialog and start probing."""
        self.open()
        self._live.wake_and_read(self._lock)

    def reject(self) -> None:
        self._live.cancel(self._lock.device_id)
        super().reject()

    def _on_live_wake_attempted(self, device_id: str, attempt: int, seconds_left: float) -> None:
        if device_id != self._lock.device_id:
            return
        self.progress.setValue(int(WAKE_PROBE_SECONDS - seconds_left))
        self.status.setText(translate("locks.wake_dialog", "Not awake yet (try {attempt}). Still trying for {seconds} s…").format(attempt=attempt, seconds=int(seconds_left)))

    def _on_live_read_finished(self, outcome: ReadOutcome) -> None:
        if outcome.lock.device_id != self._lock.device_id or not self.isVisible():
            return
        self.outcome = outcome
        if outcome.reachable:
            self.accept()
            return
        self.progress.setValue(self.progress.maximum())
        self.status.setText(outcome.message)
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setFocus(Qt.FocusReason.OtherFocusReason)
