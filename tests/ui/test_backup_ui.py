"""The File menu: backup and restore (refusing damaged files), CSV, calendar and printing."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from lockcare.app import LockcareApp
from lockcare.core.models import Lock
from lockcare.ui.backup import backup_dialog
from lockcare.ui.backup.backup_dialog import BackupDialog
from lockcare.ui.checklists.preview import locale_paper
from lockcare.ui.main_window import MainWindow
from tests.support.gui import settle
from tests.support.network import ASLEEP_HOST, closed_port

KEY = "0123456789abcdef"


class Messages:
    """Records QMessageBox calls instead of showing them."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, answer: QMessageBox.StandardButton) -> None:
        self.shown: list[tuple[str, str, str]] = []
        for kind in ("warning", "information", "critical"):
            monkeypatch.setattr(QMessageBox, kind, self._record(kind))
        monkeypatch.setattr(QMessageBox, "question", self._record("question", answer))

    def _record(self, kind: str, answer: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok):
        def show(_parent, title, text, *_args, **_kwargs):
            self.shown.append((kind, title, text))
            return answer
        return show


def _setup(qtbot: QtBot, make_app: Callable[..., LockcareApp]) -> tuple[LockcareApp, MainWindow, Lock]:
    app = make_app()
    lock = app.services.locks.add_lock(Lock(name="Front door", device_id="bf3a1c2d3e4f5a6b7c8d", address=ASLEEP_HOST, port=closed_port(), version="3.4"), KEY)
    service = app.services.maintenance
    service.add_entry(lock, "strike-plate-screws", at=service.now() - timedelta(days=9), measured_value=2.0, notes="Tightened")
    app.services.maintenance.record_swap(lock, at=service.now() - timedelta(days=3), brand="Energizer")
    window = app.build_window()
    qtbot.addWidget(window)
    window.show()
    window.select_lock(lock.device_id)
    settle(qtbot, window)
    return app, window, lock


def _snapshot(app: LockcareApp) -> tuple:
    service = app.services.maintenance
    locks = app.services.locks.locks()
    return (
        locks, service.entries(),
        [app.services.tasks.tasks(lock) for lock in locks],
        [app.services.locks.history(lock) for lock in locks],
    )


@pytest.mark.parametrize("content", [b"not a backup at all", b"SQLite format 3\x00" + b"\x00" * 200])
def test_restoring_a_damaged_file_says_why_and_changes_nothing(
    qtbot: QtBot, make_app: Callable[..., LockcareApp], monkeypatch: pytest.MonkeyPatch, tmp_path: Path, content: bytes
) -> None:
    app, window, _lock = _setup(qtbot, make_app)
    before = _snapshot(app)
    damaged = tmp_path / "damaged.lockcare"
    damaged.write_bytes(content)
    messages = Messages(monkeypatch, QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(damaged), ""))
    with qtbot.assertNotEmitted(window.file_actions.restored):
        window.file_actions.restore_action.trigger()
    assert [(kind, title) for kind, title, _ in messages.shown] == [("warning", "Nothing was restored")]
    assert "Nothing was changed" in messages.shown[0][2]
    assert _snapshot(app) == before
    assert damaged.read_bytes() == content


def test_a_foreign_sqlite_file_is_refused(
    qtbot: QtBot, make_app: Callable[..., LockcareApp], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import sqlite3

    app, window, _lock = _setup(qtbot, make_app)
    before = _snapshot(app)
    foreign = tmp_path / "photos.db"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY)")
    conn.close()
    messages = Messages(monkeypatch, QMessageBox.StandardButton.Yes)
    assert window.file_actions.restore(str(foreign)) is None
    assert "not a lockcare backup" in messages.shown[0][2]
    assert _snapshot(app) == before


def test_backup_then_restore_round_trips_and_reloads_the_window(
    qtbot: QtBot, make_app: Callable[..., LockcareApp], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    app, window, lock = _setup(qtbot, make_app)
    before = _snapshot(app)
    target = tmp_path / "home.lockcare"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    asked: list[str] = []
    monkeypatch.setattr(backup_dialog, "ask_backup_options", lambda path, _parent: asked.append(path) or False)
    window.file_actions.backup_action.trigger()
    assert asked == [str(target)] and target.is_file()
    assert "without the locks' keys" in window.statusBar().currentMessage()

    service = app.services.maintenance
    panel = window.lock_page.log_panel
    panel.select_entry(panel.model.entry_at(0).id)
    panel.delete_selected()  # the swap goes, with its entry
    service.add_entry(lock, "note", notes="Added after the backup")
    window.refresh()
    settle(qtbot, window)
    assert panel.model.rowCount() == 2 and panel.undo_stack.canUndo()

    messages = Messages(monkeypatch, QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(target), ""))
    with qtbot.waitSignal(window.file_actions.restored):
        window.file_actions.restore_action.trigger()
    settle(qtbot, window)
    assert messages.shown[0][0] == "question" and "1 lock and 2 log entries" in messages.shown[0][2]
    assert _snapshot(app) == before
    assert {e.notes for e in panel.model.entries()} == {e.notes for e in before[1]}
    assert not panel.undo_stack.canUndo()  # undo history of the replaced data is gone
    assert len(window.lock_page.view.history.swaps) == 1  # the page reloaded: the swap is back
    assert app.services.locks.local_key(lock) == KEY


def test_a_cancelled_restore_changes_nothing(
    qtbot: QtBot, make_app: Callable[..., LockcareApp], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    app, window, lock = _setup(qtbot, make_app)
    target = tmp_path / "home.lockcare"
    window.file_actions.back_up(str(target), include_keys=True)
    app.services.maintenance.add_entry(lock, "note", notes="Keep me")
    before = _snapshot(app)
    Messages(monkeypatch, QMessageBox.StandardButton.Cancel)
    assert window.file_actions.restore(str(target)) is None
    assert _snapshot(app) == before


def test_backup_dialog_warns_when_keys_are_included(qtbot: QtBot) -> None:
    dialog = BackupDialog("/tmp/home.lockcare")
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.include_keys and not dialog.keys_note.isVisible()
    dialog.keys_check.setChecked(True)
    assert dialog.include_keys and dialog.keys_note.isVisible()


def test_csv_and_calendar_exports(
    qtbot: QtBot, make_app: Callable[..., LockcareApp], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    _app, window, _lock = _setup(qtbot, make_app)
    folder = tmp_path / "csv"
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(folder))
    window.file_actions.csv_action.trigger()
    assert sorted(p.name for p in folder.iterdir()) == ["log.csv", "readings.csv", "swaps.csv"]
    log_lines = (folder / "log.csv").read_text(encoding="utf-8").splitlines()
    assert len(log_lines) == 3  # header, the screws, the swap (once)
    ics = tmp_path / "plan.ics"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(ics), ""))
    window.file_actions.calendar_action.trigger()
    assert ics.read_text(encoding="utf-8").startswith("BEGIN:VCALENDAR")


def test_print_checklist_opens_a_preview_first(qtbot: QtBot, make_app: Callable[..., LockcareApp], tmp_path: Path) -> None:
    _app, window, lock = _setup(qtbot, make_app)
    assert window.file_actions.print_action.shortcut().toString() == "Ctrl+P"
    window.file_actions.print_action.trigger()
    preview = window.file_actions.preview
    assert preview is not None and preview.isVisible()
    assert lock.name in preview.windowTitle()
    preview.close()
    household = window.file_actions.print_household()
    assert household.isVisible()
    household.close()
    pdf = window.file_actions.save_pdf(str(tmp_path / "sheets.pdf"))
    assert pdf is not None and pdf.read_bytes().startswith(b"%PDF")


def test_paper_follows_the_locale() -> None:
    assert locale_paper(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)) == "letter"
    assert locale_paper(QLocale(QLocale.Language.French, QLocale.Country.Canada)) == "letter"
    assert locale_paper(QLocale(QLocale.Language.German, QLocale.Country.Germany)) == "a4"
    assert locale_paper(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)) == "a4"
