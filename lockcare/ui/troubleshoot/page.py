"""The troubleshooter: get in first, pick a lock and a symptom, walk the steps, end fixed or with a summary.

"I'm locked out!" opens it at "Get in now" (ways in from outside the door); the lock page's
Troubleshoot button goes straight to the symptom picker. A walk starts at the step that fits
what lockcare knows about the lock's batteries.

The page owns one :class:`~lockcare.core.troubleshoot.walk.Walk` at a time. A walk that ends
is saved at once (the lock's maintenance log shows it); going back from the end page
un-saves it, and leaving mid-walk saves it as abandoned, so every walk is logged once.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from lockcare.core.errors import LockcareError
from lockcare.core.models import Lock
from lockcare.core.troubleshoot.content import ContentError, EndNode
from lockcare.core.troubleshoot.situation import UNKNOWN, Known
from lockcare.core.troubleshoot.walk import Walk
from lockcare.services.troubleshoot import SavedRun, TroubleshootService, save_text
from lockcare.ui.troubleshoot.end_view import EndView
from lockcare.ui.troubleshoot.get_in_view import GetInView
from lockcare.ui.troubleshoot.picker import SymptomPicker
from lockcare.ui.troubleshoot.step_view import StepView, heading
from lockcare.core.i18n import translate

log = logging.getLogger(__name__)


class TroubleshootPage(QWidget):
    """Symptom picker, steps and end page for the troubleshooter.

    Args:
        service: Content, suggestions and saving.
    """

    closed = Signal()
    """The user left the troubleshooter (any walk under way has been saved)."""
    run_saved = Signal(object)
    """A walk was stored (a :class:`~lockcare.services.troubleshoot.SavedRun`)."""

    def __init__(self, service: TroubleshootService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.walk: Walk | None = None
        self.lock: Lock | None = None
        self.saved: SavedRun | None = None
        self.ask_save_path = self._ask_save_path
        """Returns where to save the summary ("" to cancel); tests replace it."""

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(12)
        header = QHBoxLayout()
        self.header_label = heading(translate("troubleshoot.page", "Troubleshooter"), 1.0)
        self.header_label.setObjectName("troubleshootHeader")
        self.close_button = QPushButton(translate("troubleshoot.page", "✕ Cl&ose"))
        self.close_button.setAccessibleName(translate("troubleshoot.page", "Close the troubleshooter"))
        self.close_button.setToolTip(translate("troubleshoot.page", "Leave the troubleshooter (what you tried is kept in the lock's log)"))
        self.close_button.clicked.connect(self.close_page)
        header.addWidget(self.header_label, 1)
        header.addWidget(self.close_button)
        layout.addLayout(header)

        self.stack = QStackedWidget()
        self.get_in_view = GetInView(service.illustrations_dir)
        self.get_in_view.next_requested.connect(self._on_get_in_view_next_requested)
        self.picker = SymptomPicker()
        self.picker.get_in_requested.connect(self.show_get_in)
        self.picker.mode_chosen.connect(self.start)
        self.picker.lock_changed.connect(self.choose_lock)
        self.step_view = StepView(service.illustrations_dir)
        self.step_view.answered.connect(self.answer)
        self.step_view.back_requested.connect(self.back)
        self.end_view = EndView()
        self.end_view.back_requested.connect(self.back)
        self.end_view.done_requested.connect(self.close_page)
        self.end_view.again_requested.connect(self.show_picker)
        self.end_view.save_requested.connect(self.save_summary)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        for widget in (self.get_in_view, self.picker, self.step_view, self.end_view, self.error_label):
            self.stack.addWidget(widget)
        layout.addWidget(self.stack, 1)
        self._loaded = False

    # -- entering and leaving ---------------------------------------------------------

    def open(self, device_id: str | None = None, *, get_in: bool = False) -> None:
        """Shows the symptom picker with ``device_id`` preselected and its suggestion.

        A walk under way is kept as abandoned first.

        Args:
            device_id: The lock to preselect (None: not paired / not listed).
            get_in: Show "Get in now" first (someone locked out).
        """
        self.leave()
        if not self._load_content():
            return
        locks = self.service.locks()
        self.picker.set_locks([(lock.device_id, lock.name) for lock in locks], device_id)
        self.choose_lock(self.picker.selected_device_id())
        if get_in and self.service.content.get_in is not None:
            self.show_get_in()
            return
        self.stack.setCurrentWidget(self.picker)
        self.picker.lock_combo.setFocus()

    def show_get_in(self) -> None:
        """Shows the ways in from outside, ordered by what lockcare knows about the chosen lock."""
        get_in = self.service.content.get_in
        if get_in is None:
            return
        self.get_in_view.show_get_in(get_in, self.known)
        self.stack.setCurrentWidget(self.get_in_view)
        self.get_in_view.scroll.setFocus()

    @property
    def known(self) -> Known:
        """What lockcare knows about the chosen lock's batteries (nothing for "not listed")."""
        return self.service.known(self.lock) if self.lock is not None else UNKNOWN

    def leave(self) -> None:
        """Keeps a walk the user is leaving (as abandoned) and forgets it."""
        if self.walk is not None and not self.walk.finished and self.saved is None:
            self._save()
        self.walk, self.saved = None, None

    def close_page(self) -> None:
        """Leaves the troubleshooter."""
        self.leave()
        self.closed.emit()

    def show_picker(self) -> None:
        """Goes back to the symptom list for the same lock."""
        self.open(self.lock.device_id if self.lock else None)

    def choose_lock(self, device_id: str) -> None:
        """Picks the lock the walk is for ("" for not paired / not listed)."""
        self.lock = self.service.find_lock(device_id) if device_id else None
        suggestion = self.service.suggest(self.lock) if self.lock else None
        self.picker.show_suggestion(suggestion, self.lock.name if self.lock else "")
        self.step_view.battery_type = self.lock.battery_type if self.lock else "aa-alkaline"
        self._update_header()

    # -- walking ----------------------------------------------------------------------

    def start(self, mode_id: str) -> None:
        """Starts a walk through ``mode_id`` at its first step."""
        self.leave()
        self.walk = self.service.new_walk(mode_id, self.known)
        self._show_step()

    def answer(self, outcome: str) -> None:
        """Records the answer to the current step and shows what comes next."""
        if self.walk is None or self.walk.current is None:
            return
        target = self.walk.answer(outcome)
        if isinstance(target, EndNode):
            self._save()
            self.end_view.show_end(target, self.service.summary(self.walk, self.lock))
            self.end_view.show_saved(self.lock.name if self.lock and self.saved else "")
            self.stack.setCurrentWidget(self.end_view)
        else:
            self._show_step()

    def back(self) -> None:
        """Undoes the last answer; from the first step, returns to the symptom list."""
        if self.walk is None:
            return
        if not self.walk.can_go_back:
            self.walk = None
            self.stack.setCurrentWidget(self.picker)
            self._update_header()
            return
        if self.saved is not None:
            self._forget()
        self.walk.back()
        self._show_step()

    def save_summary(self) -> Path | None:
        """Asks where to save the support summary and writes it (UTF-8, atomically)."""
        chosen = self.ask_save_path()
        if not chosen:
            return None
        path = Path(chosen)
        try:
            save_text(self.end_view.summary(), path)
        except OSError as exc:
            self.end_view.show_status(translate("troubleshoot.page", "Not saved: {reason}. Try another folder.").format(reason=exc.strerror or exc))
            return None
        self.end_view.show_status(translate("troubleshoot.page", "Saved to {name}.").format(name=path.name))
        return path

    # -- helpers ----------------------------------------------------------------------

    def _show_step(self) -> None:
        assert self.walk is not None and self.walk.mode is not None
        step = self.walk.current
        assert step is not None
        self.step_view.show_step(step, self.walk.progress, self.walk.mode.title, first=not self.walk.can_go_back,
                                 note=self.walk.note)
        self.stack.setCurrentWidget(self.step_view)
        self._update_header()
        self.step_view.scroll.setFocus()  # never an answer button: Space or Enter must not answer

    def _update_header(self) -> None:
        where = f"for {self.lock.name}" if self.lock else translate("troubleshoot.page", "for a lock not listed in lockcare")
        self.header_label.setText(translate("troubleshoot.page", "Troubleshooter · {where}").format(where=where))

    def _save(self) -> None:
        assert self.walk is not None
        try:
            self.saved = self.service.save_walk(self.walk, self.lock)
        except LockcareError as exc:
            log.info("Troubleshooting run not saved: %s", exc)
            self.end_view.show_status(translate("troubleshoot.page", "Not written to the log: {exc}").format(exc=exc))
            return
        if self.saved is not None:
            self.run_saved.emit(self.saved)

    def _forget(self) -> None:
        assert self.saved is not None
        try:
            self.service.forget(self.saved)
        except LockcareError as exc:
            log.info("Troubleshooting run not removed: %s", exc)
        self.saved = None

    def _load_content(self) -> bool:
        if self._loaded:
            return True
        try:
            content = self.service.content
        except ContentError as exc:
            log.error("Troubleshooter content cannot be read: %s", exc)
            self.error_label.setText(
                translate("troubleshoot.page", "The troubleshooter's steps could not be read ({exc}). Reinstall lockcare; nothing else is affected.").format(exc=exc)
            )
            self.stack.setCurrentWidget(self.error_label)
            return False
        self.picker.set_modes(content.modes, content.triage)
        self.step_view.outcomes.set_all_labels(
            o.label for mode in content.modes for step in mode.steps for o in step.outcomes)
        self._loaded = True
        return True

    def _on_get_in_view_next_requested(self) -> None:
        self.stack.setCurrentWidget(self.picker)
        self.picker.lock_combo.setFocus()

    def _ask_save_path(self) -> str:
        default = str(Path.home() / "lock-support-summary.txt")
        path, _ = QFileDialog.getSaveFileName(self, translate("troubleshoot.page", "Save the summary for Tuya support"), default, translate("troubleshoot.page", "Text (*.txt)"))
        return path
