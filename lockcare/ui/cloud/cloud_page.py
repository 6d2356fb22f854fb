"""The "Tuya cloud" page: link your own cloud project step by step, test it, import the locks.

Network work (Test, Import, the OS timer) runs in the task runner's shared pool with a
Cancel where it can take a while; what it returns is stored on the GUI thread. The page
remembers the step the user reached (QSettings ``cloud/step``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from lockcare.core.cloud import REGION_NAMES, REGIONS
from lockcare.core.dates_in_words import ago
from lockcare.core.errors import LockcareError
from lockcare.services.cloud_import import CloudImportReport, CloudProject
from lockcare.services.registry import Services
from lockcare.tasks import TaskHandle, TaskRunner
from lockcare.ui.cloud.steps import BACKGROUND_HINT, INTRO, STEPS
from lockcare.ui.widgets.labels import heading
from lockcare.core.i18n import translate

log = logging.getLogger(__name__)

STEP_KEY = "cloud/step"
LINK_STEP, IMPORT_STEP = 3, 4
_TINTS = {"ok": "46,157,87", "problem": "209,69,59", "info": "128,128,128"}


def _note(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def _show_note(label: QLabel, text: str, tone: str = "info") -> None:
    label.setText(text)
    label.setStyleSheet(f"background: rgba({_TINTS[tone]},0.16); border-radius: 6px; padding: 8px 10px;")
    label.setVisible(bool(text))


class CloudPage(QWidget):
    """Link, test and import; the switch for collecting while lockcare is closed.

    Args:
        services: The services (cloud link, import, background collection).
        runner: The task runner (its shared pool does the network work).
        settings: Where the step reached is remembered.
        parent: The Qt parent.
    """

    linked = Signal()
    """A cloud project was linked (its credentials proved and stored)."""
    imported = Signal(object)
    """Locks were imported: the :class:`CloudImportReport`."""
    harvest_requested = Signal()
    """The user asked to read the cloud now."""

    def __init__(self, services: Services, runner: TaskRunner, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._runner = runner
        self._settings = settings
        self._task: TaskHandle | None = None
        self.active = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        layout.addWidget(heading(translate("cloud.cloud_page", "Tuya cloud"), 1.6, name="cloudTitle"))
        intro = QLabel(translate("cloud.steps", INTRO))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.status_label = _note("cloudStatus")
        layout.addWidget(self.status_label)

        bar = QHBoxLayout()
        bar.setSpacing(4)
        self.step_buttons = QButtonGroup(self)
        for index, step in enumerate(STEPS):
            button = QPushButton(f"{index + 1}  {step.words()[0]}")
            button.setCheckable(True)
            button.setFlat(True)
            self.step_buttons.addButton(button, index)
            bar.addWidget(button)
        bar.addStretch(1)
        self.step_buttons.idClicked.connect(self.show_step)
        layout.addLayout(bar)

        self.steps = QStackedWidget()
        for index, step in enumerate(STEPS):
            self.steps.addWidget(self._step_page(index))
        layout.addWidget(self.steps, 1)

        nav = QHBoxLayout()
        self.back_button = QPushButton(translate("cloud.cloud_page", "&Back"))
        self.back_button.clicked.connect(lambda: self.show_step(self.steps.currentIndex() - 1))
        self.next_button = QPushButton(translate("cloud.cloud_page", "&Next"))
        self.next_button.clicked.connect(lambda: self.show_step(self.steps.currentIndex() + 1))
        nav.addWidget(self.back_button)
        nav.addStretch(1)
        nav.addWidget(self.next_button)
        layout.addLayout(nav)
        self.show_step(self._remembered_step())

    # -- building ---------------------------------------------------------------------

    def _step_page(self, index: int) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 6, 0, 0)
        column.setSpacing(10)
        _short, title, text = STEPS[index].words()
        column.addWidget(heading(title, 1.15))
        body = QLabel(text)
        body.setWordWrap(True)
        body.setTextFormat(Qt.TextFormat.RichText)
        body.setOpenExternalLinks(True)
        column.addWidget(body)
        if index == 1:
            form = QFormLayout()
            self.region_combo = QComboBox()
            self.region_combo.setAccessibleName(translate("cloud.cloud_page", "Data centre"))
            for region in REGIONS:
                self.region_combo.addItem(f"{REGION_NAMES[region]} ({region})", region)
            self.region_combo.setCurrentIndex(REGIONS.index("eu"))
            form.addRow(translate("cloud.cloud_page", "Data centre:"), self.region_combo)
            column.addLayout(form)
        elif index == LINK_STEP:
            column.addLayout(self._link_form())
        elif index == IMPORT_STEP:
            column.addLayout(self._import_row())
        column.addStretch(1)
        return page

    def _link_form(self) -> QVBoxLayout:
        box = QVBoxLayout()
        form = QFormLayout()
        self.access_id_edit = QLineEdit(placeholderText=translate("cloud.cloud_page", "e.g. 4nq8e5xaxmk7fy3tk7pk"))
        self.access_id_edit.setAccessibleName(translate("cloud.cloud_page", "Access ID"))
        self.secret_edit = QLineEdit(placeholderText=translate("cloud.cloud_page", "32 letters and digits"))
        self.secret_edit.setAccessibleName(translate("cloud.cloud_page", "Access secret"))
        self.secret_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.show_secret = QAction(translate("cloud.cloud_page", "Show"), self.secret_edit)
        self.show_secret.setCheckable(True)
        self.show_secret.toggled.connect(self._on_show_secret_toggled)
        self.secret_edit.addAction(self.show_secret, QLineEdit.ActionPosition.TrailingPosition)
        form.addRow(translate("cloud.cloud_page", "Access ID:"), self.access_id_edit)
        form.addRow(translate("cloud.cloud_page", "Access secret:"), self.secret_edit)
        box.addLayout(form)
        row = QHBoxLayout()
        self.test_button = QPushButton(translate("cloud.cloud_page", "&Test"))
        self.test_button.setToolTip(translate("cloud.cloud_page", "Ask Tuya's cloud for a token and your device list with these keys"))
        self.test_button.clicked.connect(self.test)
        self.cancel_button = QPushButton(translate("cloud.cloud_page", "Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        row.addWidget(self.test_button)
        row.addWidget(self.cancel_button)
        row.addStretch(1)
        box.addLayout(row)
        self.test_result = _note("cloudTestResult")
        box.addWidget(self.test_result)
        return box

    def _import_row(self) -> QVBoxLayout:
        box = QVBoxLayout()
        row = QHBoxLayout()
        self.import_button = QPushButton(translate("cloud.cloud_page", "&Import locks"))
        self.import_button.clicked.connect(self.import_locks)
        self.import_cancel_button = QPushButton(translate("cloud.cloud_page", "Cancel"))
        self.import_cancel_button.clicked.connect(self.cancel)
        self.import_cancel_button.hide()
        self.harvest_button = QPushButton(translate("cloud.cloud_page", "&Read the cloud now"))
        self.harvest_button.setToolTip(translate("cloud.cloud_page", "Fetch the battery levels, alarms and unlocks the cloud kept"))
        self.harvest_button.clicked.connect(self.harvest_requested)
        self.unlink_button = QPushButton(translate("cloud.cloud_page", "&Forget the cloud link"))
        self.unlink_button.clicked.connect(self.unlink)
        for widget in (self.import_button, self.import_cancel_button, self.harvest_button):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.unlink_button)
        box.addLayout(row)
        self.import_result = _note("cloudImportResult")
        box.addWidget(self.import_result)
        self.background_switch = QCheckBox(translate("cloud.cloud_page", "&Keep collecting when lockcare is closed"))
        self.background_switch.setToolTip(translate("cloud.steps", BACKGROUND_HINT))
        self.background_switch.toggled.connect(self._on_background_switch_toggled)
        self.background_label = QLabel(translate("cloud.steps", BACKGROUND_HINT))
        self.background_label.setWordWrap(True)
        self.background_label.setObjectName("cloudBackground")
        box.addSpacing(8)
        box.addWidget(self.background_switch)
        box.addWidget(self.background_label)
        if self._services.demo_note:
            self.background_switch.setEnabled(False)
            self.background_label.setText(translate("cloud.cloud_page", "Not in the demo: its locks and data go away when the window closes."))
        return box

    def _on_show_secret_toggled(self, shown: bool) -> None:
        self.secret_edit.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)
        self.show_secret.setText(translate("cloud.cloud_page", "Hide") if shown else translate("cloud.cloud_page", "Show"))

    # -- steps and status -------------------------------------------------------------

    def show_step(self, index: int) -> None:
        """Show step ``index`` (clamped) and remember it."""
        index = max(0, min(index, len(STEPS) - 1))
        self.steps.setCurrentIndex(index)
        self.step_buttons.button(index).setChecked(True)
        self.back_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < len(STEPS) - 1)
        self._settings.setValue(STEP_KEY, index)

    def _remembered_step(self) -> int:
        try:
            return int(self._settings.value(STEP_KEY, 0))
        except (TypeError, ValueError):
            return 0

    def set_active(self, active: bool) -> None:
        """Told by the window when the page is shown: the link status and the timer are read afresh."""
        self.active = active
        if active:
            self.refresh()

    def refresh(self) -> None:
        """Show whether a project is linked (and its last problem); ask the OS about the timer."""
        status = self._services.cloud.status()
        linked = status.linked
        self.import_button.setEnabled(linked)
        self.harvest_button.setEnabled(linked and status.locks > 0)
        self.unlink_button.setEnabled(linked)
        if not linked:
            _show_note(self.status_label, translate("cloud.cloud_page", "Not linked yet: follow the steps below, one at a time."))
        else:
            place = REGION_NAMES.get(status.region or "", status.region)
            read = f"read {ago(status.last_harvest, self._services.locks.now())}" if status.last_harvest else translate("cloud.cloud_page", "not read yet")
            text = (translate("cloud.cloud_page", "Linked to the cloud project {access_id} ({place} data centre): {locks} lock(s) from the cloud, {read}.").format(access_id=status.access_id, place=place, locks=status.locks, read=read))
            if status.problem:
                _show_note(self.status_label, translate("cloud.cloud_page", "{text}<br><b>Problem:</b> {problem}").format(text=text, problem=status.problem['message']), "problem")
            else:
                _show_note(self.status_label, text, "ok")
        if not self._services.demo_note:
            self._runner.submit(self._services.background.status, name="timer status",
                                on_done=self._on_background_status, on_error=self._on_background_failed)

    # -- test, import, unlink ---------------------------------------------------------

    @property
    def busy(self) -> bool:
        """True while a Test or an Import runs."""
        return self._task is not None

    def test(self) -> TaskHandle | None:
        """Prove the typed credentials in the background; on success they are stored."""
        region, access_id, secret = self.region_combo.currentData(), self.access_id_edit.text(), self.secret_edit.text()
        if not access_id.strip() or not secret.strip():
            _show_note(self.test_result, translate("cloud.cloud_page", "Copy both the access ID and the access secret first."), "problem")
            return None
        _show_note(self.test_result, translate("cloud.cloud_page", "Asking Tuya's cloud… (this can take a few seconds)"))
        return self._start(self._services.cloud.prove, region, access_id, secret, name="cloud test",
                           on_done=lambda locks: self._on_test_done(region, access_id, secret, locks),
                           on_error=lambda exc: self._on_task_failed(self.test_result, exc))

    def import_locks(self) -> TaskHandle | None:
        """Read the project in the background, then store its locks."""
        try:
            credentials = self._services.cloud.credentials()
        except LockcareError as exc:
            _show_note(self.import_result, str(exc), "problem")
            return None
        _show_note(self.import_result, translate("cloud.cloud_page", "Reading your cloud project…"))
        return self._start(self._services.cloud_import.fetch, credentials, name="cloud import",
                           on_done=self._on_import_fetched,
                           on_error=lambda exc: self._on_task_failed(self.import_result, exc))

    def cancel(self) -> None:
        """Stop waiting for the Test or Import under way (nothing is stored from it)."""
        if self._task is not None:
            self._task.cancel()
        self._finish()
        _show_note(self.test_result, translate("cloud.cloud_page", "Stopped; nothing was changed."))
        _show_note(self.import_result, "")

    def unlink(self) -> None:
        """Forget the credentials (the locks and their history stay)."""
        self._services.cloud.unlink()
        _show_note(self.import_result, translate("cloud.cloud_page", "lockcare forgot the cloud credentials. Your locks and their history stay."))
        self.refresh()

    def _start(self, work: Callable[..., object], *args: object, name: str, on_done: Callable[[Any], None],
               on_error: Callable[[BaseException], None]) -> TaskHandle:
        for button in (self.test_button, self.import_button):
            button.setEnabled(False)
        self.cancel_button.show()
        self.import_cancel_button.show()
        self._task = self._runner.submit(work, *args, name=name, on_done=on_done, on_error=on_error)
        return self._task

    def _finish(self) -> None:
        self._task = None
        self.test_button.setEnabled(True)
        self.cancel_button.hide()
        self.import_cancel_button.hide()
        self.import_button.setEnabled(self._services.cloud.current() is not None)

    def _on_test_done(self, region: str, access_id: str, secret: str, locks: int) -> None:
        self._finish()
        try:
            self._services.cloud.save(region, access_id, secret)
        except LockcareError as exc:
            _show_note(self.test_result, str(exc), "problem")
            return
        self.secret_edit.clear()
        _show_note(self.test_result, translate("cloud.cloud_page", "It works: your cloud project has {locks} lock(s). Next: import them.").format(locks=locks), "ok")
        self.refresh()
        self.show_step(IMPORT_STEP)
        self.linked.emit()

    def _on_import_fetched(self, project: CloudProject) -> None:
        self._finish()
        try:
            report: CloudImportReport = self._services.cloud_import.apply(project)
        except LockcareError as exc:
            _show_note(self.import_result, str(exc), "problem")
            return
        _show_note(self.import_result, report.summary(), "ok")
        self.refresh()
        self.imported.emit(report)

    def _on_task_failed(self, label: QLabel, exc: BaseException) -> None:
        self._finish()
        if not isinstance(exc, LockcareError):  # a bug: details in the log, plain words on the page
            log.error("A cloud task failed", exc_info=exc)
            _show_note(label, translate("cloud.cloud_page", "That failed unexpectedly; the details are in lockcare's log."), "problem")
            return
        kind = getattr(exc, "kind", "")
        if label is self.import_result and kind:
            self._services.cloud_import.failed(exc)  # type: ignore[arg-type]
            self.refresh()
        _show_note(label, str(exc), "problem")

    # -- collecting while closed ------------------------------------------------------

    def _on_background_switch_toggled(self, on: bool) -> None:
        work = self._services.background.install if on else self._services.background.remove
        self.background_switch.setEnabled(False)
        self._runner.submit(work, name="timer", on_done=self._on_background_status, on_error=self._on_background_failed)

    def _on_background_status(self, status: object) -> None:
        self.background_switch.blockSignals(True)
        self.background_switch.setChecked(bool(getattr(status, "installed", False)))
        self.background_switch.blockSignals(False)
        self.background_switch.setEnabled(True)
        message = getattr(status, "message", "")
        hint = translate("cloud.steps", BACKGROUND_HINT)
        self.background_label.setText(f"{hint}\n\n{message}" if message else hint)

    def _on_background_failed(self, exc: BaseException) -> None:
        self.background_switch.setEnabled(True)
        if not isinstance(exc, LockcareError):
            log.error("The collection timer could not be changed", exc_info=exc)
        self.background_label.setText(translate("cloud.cloud_page", "{BACKGROUND_HINT}\n\nThat did not work: {exc}").format(BACKGROUND_HINT=translate("cloud.steps", BACKGROUND_HINT), exc=exc))


__all__ = ["CloudPage", "STEP_KEY"]
