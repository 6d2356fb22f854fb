"""Words and places: the Help menu, Quit in File, where the app opens, one meaning for the dot,
no pre-filled readings, dialogs that act on a lock the user chose, a failed start that cleans up."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from lockcare.app import LockcareApp
from lockcare.demo import DEMO_NOTE, seed_history
from lockcare.storage.keys import MemoryKeyStore
from lockcare.ui.about_dialog import AboutDialog
from lockcare.ui.dates import medium_date_format
from lockcare.ui.fleet.fleet_model import battery_health
from lockcare.ui.help.guide import GuideDialog
from lockcare.ui.help.report import ReportDialog
from lockcare.ui.locks.lock_list_model import LockListModel
from lockcare.ui.main_window import MainWindow
from lockcare.ui.router import Page
from tests.support.gui import settle

FRONT = "demo0front0door00001"
KEY = "0123456789abcdef"


def _demo(qtbot: QtBot, make_app: Callable[..., LockcareApp], data_dir: Path) -> tuple[LockcareApp, MainWindow]:
    seed_history(data_dir, now=datetime.now(UTC))
    app = make_app()
    window = app.build_window()
    qtbot.addWidget(window)
    window.show()
    settle(qtbot, window)
    return app, window


def _menu_texts(window: MainWindow, title: str) -> list[str]:
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == title)
    return [a.text() for a in menu.actions() if not a.isSeparator()]


def test_the_app_opens_on_all_locks(qtbot: QtBot, make_app: Callable[..., LockcareApp], data_dir: Path) -> None:
    _app, window = _demo(qtbot, make_app, data_dir)
    assert window.page is Page.FLEET and window.home_button.isChecked()


def test_help_has_the_guide_report_a_problem_and_about_and_quit_is_in_file(
    qtbot: QtBot, make_app: Callable[..., LockcareApp], data_dir: Path
) -> None:
    _app, window = _demo(qtbot, make_app, data_dir)
    assert _menu_texts(window, "&Help") == ["lockcare &guide", "&Report a problem…", "&About lockcare"]
    assert _menu_texts(window, "&File")[-1] == "&Quit"
    assert "&Quit" not in _menu_texts(window, "&Lock")
    window.help.guide_action.trigger()
    guide = window.findChild(GuideDialog)
    assert guide is not None and guide.isVisible()
    text = guide.browser.toPlainText()
    for topic in ("Sleeping locks", "Local keys", "The Tuya cloud", "Printing", "Locked out?"):
        assert topic in text
    guide.close()


def test_report_a_problem_opens_the_summary_for_the_lock_on_screen(
    qtbot: QtBot, make_app: Callable[..., LockcareApp], data_dir: Path, tmp_path: Path, key_store: MemoryKeyStore
) -> None:
    app, window = _demo(qtbot, make_app, data_dir)
    window.select_lock(FRONT)
    settle(qtbot, window)
    key_store.set(FRONT, "s3cr3tkey0000000")
    window.help.report_action.trigger()
    dialog = window.findChild(ReportDialog)
    assert dialog is not None and dialog.isVisible()
    text = dialog.text()
    assert text.startswith("Problem report (written by lockcare)")
    assert "  Name: Front door" in text and "Battery: " in text and "Connection: Asleep since" in text
    assert "Version: " in text and "s3cr3tkey" not in text
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == text
    dialog.ask_save_path = lambda: str(tmp_path / "report.txt")
    assert dialog.save() == tmp_path / "report.txt" and (tmp_path / "report.txt").read_text(encoding="utf-8") == text
    dialog.close()


def test_about_shows_the_data_folder_this_lockcare_runs_on(qtbot: QtBot, tmp_path: Path) -> None:
    demo_folder = tmp_path / "lockcare-demo-x"  # not the user's data folder (LOCKCARE_DATA_DIR)
    seed_history(demo_folder, now=datetime.now(UTC))
    core = LockcareApp(demo_folder, demo_note=DEMO_NOTE, key_store=MemoryKeyStore())
    try:
        window = core.build_window()
        window.help.about_action.trigger()
        dialog = window.findChild(AboutDialog)
        assert dialog is not None and str(demo_folder) in dialog.data_label.text()
        dialog.close()
    finally:
        core.close()


def test_the_sidebar_dot_and_the_all_locks_page_say_the_same_battery_health(
    qtbot: QtBot, make_app: Callable[..., LockcareApp], data_dir: Path
) -> None:
    app, window = _demo(qtbot, make_app, data_dir)
    rows = {row.lock.device_id: row for row in app.services.battery.fleet()}
    model = window.lock_model
    shown = 0
    for row in range(model.rowCount()):
        index = model.index(row)
        summary = index.data(LockListModel.SummaryRole)
        if summary.lock.device_id not in rows:
            assert index.data(LockListModel.BatteryTextRole) == "gateway"  # listed, so errors can name it
            continue
        health = battery_health(rows[summary.lock.device_id])
        assert index.data(LockListModel.HealthRole) == health
        table = window.fleet_page.model
        [fleet_row] = [r for r in range(table.rowCount()) if table.row_at(r).lock.device_id == summary.lock.device_id]
        assert table.index(fleet_row, 2).data() == {"ok": "OK", "replace-soon": "Replace soon", "overdue": "Replace now",
                                                    "no-data": "No readings yet"}[str(health)]
        assert index.data(LockListModel.ConnectionRole) == table.index(fleet_row, 4).data()
        shown += 1
    assert shown == 3 and any(model.index(r).data(LockListModel.HealthRole) is None for r in range(model.rowCount()))


def test_the_overview_says_when_to_replace_and_folds_the_tuya_details(
    qtbot: QtBot, make_app: Callable[..., LockcareApp], data_dir: Path
) -> None:
    _app, window = _demo(qtbot, make_app, data_dir)
    window.select_lock(FRONT)
    settle(qtbot, window)
    page = window.lock_page
    overview = page.overview
    assert overview.rows["replace"].text() == page.view.battery.headline
    assert not overview.details.isVisibleTo(overview)
    surface = " ".join(label.text() for label in overview.rows.values()) + page.subtitle_label.text()
    for jargon in ("jtmspro", "oufbykkic2alxcjw", "protocol", "127.0.0.1", FRONT):
        assert jargon not in surface
    qtbot.mouseClick(overview.details_button, Qt.MouseButton.LeftButton)
    assert overview.details.isVisibleTo(overview)
    assert overview.detail_rows["category"].text() == "jtmspro"
    assert overview.detail_rows["product_id"].text() == "oufbykkic2alxcjw"
    assert overview.detail_rows["device_id"].text() == FRONT


def test_readings_and_maintenance_do_not_overlap(qtbot: QtBot, make_app: Callable[..., LockcareApp], data_dir: Path) -> None:
    _app, window = _demo(qtbot, make_app, data_dir)
    window.select_lock(FRONT)
    settle(qtbot, window)
    page = window.lock_page
    titles = [page.tabs.tabText(i).replace("&", "") for i in range(page.tabs.count())]
    assert titles == ["Overview", "Battery", "Maintenance", "Readings", "Settings"]
    whats = {page.history_model.index(r, 1).data() for r in range(page.history_model.rowCount())}
    assert whats == {"Battery reading"}  # battery changes are log entries, shown once, in Maintenance
    assert page.maintenance_tab.tasks_panel is page.tasks_panel and page.maintenance_tab.log_panel is page.log_panel


def test_a_reading_is_never_pre_filled_and_on_due_it_goes_to_the_lock_the_user_chose(
    qtbot: QtBot, make_app: Callable[..., LockcareApp], data_dir: Path
) -> None:
    app, window = _demo(qtbot, make_app, data_dir)
    window.select_lock(FRONT)  # selected on the lock page...
    window.show_due()  # ...then the user goes to Due and selects nothing
    dialog = window.records.record_reading()
    assert dialog.lock is None and dialog.lock_choice is not None and dialog.lock_choice.currentIndex() == -1
    assert dialog.percent_spin.text().strip() == ""  # nothing pre-filled
    assert not dialog.ok_button.isEnabled()
    back = dialog.lock_choice.findText("Back door")
    dialog.lock_choice.setCurrentIndex(back)
    assert not dialog.ok_button.isEnabled()  # still no percentage
    qtbot.keyClicks(dialog.percent_spin, "37")
    assert dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    back_door = app.services.locks.resolve("Back door")
    front = app.services.locks.resolve("Front door")
    assert app.services.locks.summary(back_door).latest.percent == 37
    assert app.services.locks.summary(front).latest.percent != 37

    # With a row selected on Due, the dialog is for that row's lock.
    settle(qtbot, window, due=True)  # the saved reading refreshed the Due list in the pool
    window.due_page.all_check.setChecked(True)
    window.due_page.table.selectRow(0)
    item = window.due_page.selected_item()
    swap = window.records.record_swap()
    assert swap.lock_choice is None and swap.lock is not None and swap.lock.id == item.lock.id
    swap.reject()


def test_dialogs_show_dates_in_the_locales_medium_form(qtbot: QtBot, make_app: Callable[..., LockcareApp],
                                                      data_dir: Path) -> None:
    _app, window = _demo(qtbot, make_app, data_dir)
    window.select_lock(FRONT)
    settle(qtbot, window)
    medium = medium_date_format()
    reading, swap = window.records.record_reading(), window.records.record_swap()
    assert reading.when_edit.displayFormat().startswith(medium)
    assert swap.date_edit.displayFormat() == medium
    assert window.lock_page.log_panel.filter_bar.since_edit.displayFormat() == medium
    assert QLocale().toString(QDate(2026, 7, 3), medium) in ("3 Jul 2026", "Jul 3, 2026")  # the C/en locale here
    for dialog in (reading, swap):
        dialog.reject()


def test_a_failed_demo_start_leaves_no_temporary_folder(qapp: QApplication, monkeypatch: pytest.MonkeyPatch,
                                                         tmp_path: Path) -> None:
    import lockcare.app as app_module

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    palette, style = qapp.palette(), qapp.style().name()

    def broken(*_args: object, **_kwargs: object) -> LockcareApp:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(app_module, "LockcareApp", broken)
    try:
        with pytest.raises(OSError, match="No space left"):
            app_module.run_app(demo=True)
    finally:
        qapp.setStyle(style)
        qapp.setPalette(palette)
    assert list(tmp_path.glob("lockcare-demo-*")) == []
