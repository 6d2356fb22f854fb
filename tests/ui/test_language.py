"""Switching the window's language: German texts, Qt's buttons, dates and numbers; English unchanged."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale
from PySide6.QtCore import QDateTime, QTime
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QMainWindow, QMessageBox, QToolBar

from lockcare.app import LockcareApp
from lockcare.core import i18n
from lockcare.core.models import Lock
from lockcare.ui import language
from lockcare.ui.dates import medium_date_format
from lockcare.ui.dialogs.reading_dialog import ReadingDialog
from lockcare.ui.empty_page import EmptyPage
from lockcare.ui.language_menu import LanguageMenu
from lockcare.ui.locks.removal import confirmation_text


MARCH_4 = QDateTime(QDate(2026, 3, 4), QTime(9, 30))


def _no_record(*_args: object) -> None:
    raise AssertionError("nothing is recorded in these tests")


@pytest.fixture(autouse=True)
def english_afterwards() -> Iterator[None]:
    yield
    language.install(language.ENGLISH)


def test_resolve_prefers_the_environment_then_the_setting_then_the_system() -> None:
    german = QLocale(QLocale.Language.German, QLocale.Country.Germany)
    french = QLocale(QLocale.Language.French, QLocale.Country.France)
    assert language.resolve("system", {}, german) == "de"
    assert language.resolve("system", {}, french) == "en"  # no French translation: English
    assert language.resolve("en", {}, german) == "en"
    assert language.resolve("de", {}, french) == "de"
    assert language.resolve("en", {"LOCKCARE_LANG": "de_AT"}, french) == "de"
    assert language.resolve("de", {"LOCKCARE_LANG": "xx"}, french) == "de"  # unknown: ignored


def test_german_changes_pages_dialogs_and_qt_buttons(qtbot) -> None:
    english_page = EmptyPage()
    qtbot.addWidget(english_page)
    english_texts = {label.text() for label in english_page.findChildren(QLabel)}

    assert language.install("de") == "de"
    page = EmptyPage()
    qtbot.addWidget(page)
    texts = " ".join(label.text() for label in page.findChildren(QLabel))
    assert "Willkommen bei lockcare" in texts and "Welcome" not in texts
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Ok)
    qtbot.addWidget(buttons)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == "Abbrechen"

    language.install(language.ENGLISH)
    again = EmptyPage()
    qtbot.addWidget(again)
    assert {label.text() for label in again.findChildren(QLabel)} == english_texts
    assert "Welcome to lockcare" in english_texts


def test_german_plural_and_date_in_a_dialog_follow_the_locale(qtbot) -> None:
    language.install("de")
    assert QLocale().language() == QLocale.Language.German
    assert medium_date_format() == "d. MMM yyyy"
    dialog = ReadingDialog(Lock(device_id="d1", name="Haustür"), _no_record)
    qtbot.addWidget(dialog)
    dialog.when_edit.setDateTime(MARCH_4)
    shown = dialog.when_edit.text()
    assert shown.startswith("4. März 2026"), shown
    assert dialog.windowTitle() == "Batteriemesswert für Haustür"
    assert i18n.decimal(3.5, 1) == "3,5"
    language.install(language.ENGLISH)
    english = ReadingDialog(Lock(device_id="d1", name="Front door"), _no_record)
    qtbot.addWidget(english)
    english.when_edit.setDateTime(MARCH_4)
    assert "März" not in english.when_edit.text() and english.windowTitle() == "Battery reading for Front door"


def test_language_menu_saves_the_choice_and_offers_a_restart(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    asked: list[str] = []

    def ask(_menu: LanguageMenu, code: str) -> QMessageBox.StandardButton:
        asked.append(code)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(LanguageMenu, "ask_restart", ask)
    menu = LanguageMenu(window)
    assert set(menu.actions) == {"system", "en", "de"} and menu.actions["system"].isChecked()
    assert menu.actions["de"].text() == "Deutsch"
    with qtbot.waitSignal(menu.chosen) as chosen:
        menu.actions["de"].trigger()
    assert chosen.args == ["de"] and asked == ["de"]
    assert language.saved_choice() == "de" and language.resolve(language.saved_choice(), {}) == "de"
    assert menu.actions["de"].isChecked() and not menu.actions["system"].isChecked()


def test_a_plural_in_a_german_message(qtbot) -> None:
    language.install("de")
    from lockcare.services.locks import LockFootprint

    text = confirmation_text(LockFootprint(name="Haustür", readings=3, log_entries=1, tasks=0, events=0, has_key=True))
    assert text.startswith("Das Entfernen von „Haustür“") and "• 3 Batteriemesswerte" in text


def test_the_window_made_in_german_has_german_menus(qtbot, make_app: Callable[..., LockcareApp]) -> None:
    language.install("de")
    window = make_app().build_window()
    titles = [action.text() for action in window.menuBar().actions()]
    assert "&Hilfe" in titles and "&Help" not in titles
    assert titles == ["&Datei", "&Schloss", "&Ansicht", "&Hilfe"]
    tabs = window.lock_page.tabs
    assert [tabs.tabText(i) for i in range(tabs.count())] == [
        "&Übersicht", "&Batterie", "&Wartung", "&Messwerte", "&Einstellungen"]
    toolbar = window.findChild(QToolBar, "mainToolbar")
    assert [a.iconText() for a in toolbar.actions()][:3] == ["Fällig", "Netzwerk durchsuchen", "devices.json importieren"]
    assert window.sidebar.home_button.text() == "A&lle Schlösser"


def test_the_chart_names_months_in_the_window_language(qtbot) -> None:
    from lockcare.ui.battery.chart import BatteryChart, LocalDateAxis, local_months

    assert local_months("Oct 2026") == "Oct 2026"  # English: pyqtgraph's own words
    language.install("de")
    assert local_months("Oct 2026") == "Okt. 2026" and local_months("May") == "Mai" and local_months("12:00") == "12:00"
    chart = BatteryChart()
    qtbot.addWidget(chart)
    assert isinstance(chart.plot_widget.getAxis("bottom"), LocalDateAxis)


def test_the_real_lockcare_self_test_shows_the_window_in_german(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("LOCKCARE_DATA_DIR", "LOCKCARE_LANG")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    done = subprocess.run([sys.executable, "-m", "lockcare", "--self-test"], env=env, cwd=tmp_path,
                          capture_output=True, text=True, timeout=300, check=False)
    line = next((row for row in done.stdout.splitlines() if " translations " in row), "")
    assert line.startswith("ok"), done.stdout + done.stderr
    assert "Hilfe" in line and "Qt's buttons too" in line


def test_restart_now_closes_the_window_and_asks_for_a_new_lockcare(qtbot) -> None:
    from PySide6.QtWidgets import QApplication

    from lockcare.ui.language_menu import RESTART_PROPERTY, restart, restart_requested

    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    assert not restart_requested()
    try:
        assert restart(window)
        assert not window.isVisible() and restart_requested()
    finally:
        QApplication.instance().setProperty(RESTART_PROPERTY, False)
