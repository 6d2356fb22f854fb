"""Which language the window speaks, and switching it.

lockcare's own texts come from ``resources/translations/lockcare_<lang>.ts`` (read at start by
:class:`~lockcare.core.ts_catalog.Catalog`, installed into :mod:`lockcare.core.i18n`); Qt's own
(the buttons of standard dialogs: "Abbrechen") from Qt's ``qtbase_<lang>.qm``. Dates and numbers
follow the language's :class:`QLocale`, made the default so every ``QLocale()`` uses it.

The choice is, in order: ``--lang``/``LOCKCARE_LANG``, the setting saved by the Language menu,
else the system's language when lockcare has it, else English. The command line stays English
(its text and JSON are a contract for scripts); only the window is translated.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from lockcare import paths
from lockcare.core import i18n
from lockcare.core.ts_catalog import Catalog
from lockcare.resources import resource_path

log = logging.getLogger(__name__)

ENV_LANG = "LOCKCARE_LANG"
SETTING_KEY = "language"
SYSTEM = "system"
ENGLISH = "en"
NAMES: dict[str, str] = {ENGLISH: "English", "de": "Deutsch", "fr": "Français"}
"""Each language's name in that language (never translated: people look for their own)."""

_installed: list[QTranslator] = []  # kept alive while installed


def available() -> list[str]:
    """English and every language with a translation file, e.g. ``["en", "de"]``."""
    folder = resource_path("translations")
    found = sorted(p.stem.removeprefix("lockcare_") for p in folder.glob("lockcare_*.ts"))
    return [ENGLISH, *found]


def settings() -> QSettings:
    """The user's settings file, where the choice is kept (also in demo mode: it is the user's)."""
    return QSettings(str(paths.config_dir() / "lockcare.ini"), QSettings.Format.IniFormat)


def saved_choice(store: QSettings | None = None) -> str:
    """The Language menu's choice: ``"system"`` or a language code."""
    value = (store or settings()).value(SETTING_KEY, SYSTEM)
    return str(value) if value else SYSTEM


def resolve(choice: str, environ: Mapping[str, str] | None = None, system: QLocale | None = None) -> str:
    """The language to use for ``choice`` (the saved setting), the environment and the system locale."""
    env = (os.environ if environ is None else environ).get(ENV_LANG, "").strip().lower()
    codes = available()
    for wanted in (env, choice):
        code = wanted.split("_")[0].split("-")[0]
        if code in codes:
            return code
    system_code = (system or QLocale.system()).name().split("_")[0]
    return system_code if system_code in codes else ENGLISH


def _locale_for(code: str) -> QLocale:
    system = QLocale.system()
    locale = system if system.name().split("_")[0] == code else QLocale(code)
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    return locale


def _qt_translator(code: str) -> QTranslator | None:
    """Qt's own translation (standard buttons), from Qt's folder or PySide6's copy of it."""
    folders = [QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)]
    import PySide6

    folders.append(str(Path(PySide6.__file__).resolve().parent / "Qt" / "translations"))
    translator = QTranslator()
    for folder in folders:
        if translator.load(f"qtbase_{code}", folder):
            return translator
    log.info("Qt's own %s translation was not found; standard buttons stay English", code)
    return None


def install(code: str) -> str:
    """Speak ``code`` from now on (texts made later; the window is built after this).

    Returns the language installed: English when ``code``'s translation cannot be read.
    """
    app = QCoreApplication.instance()
    for translator in _installed:
        if app is not None:
            app.removeTranslator(translator)
    _installed.clear()
    if code == ENGLISH:
        i18n.install(None)
        QLocale.setDefault(_locale_for(ENGLISH))
        return ENGLISH
    try:
        catalog = Catalog.from_ts(resource_path("translations", f"lockcare_{code}.ts"))
    except ValueError as exc:
        log.warning("%s; lockcare stays in English", exc)
        return install(ENGLISH)
    locale = _locale_for(code)
    QLocale.setDefault(locale)
    i18n.install(catalog.lookup, lambda value, places: QLocale().toString(float(value), "f", places))
    qt = _qt_translator(code)
    if qt is not None and app is not None:
        app.installTranslator(qt)
        _installed.append(qt)
    return code


def install_chosen() -> str:
    """Install the language the user chose (see the module docstring); returns its code."""
    return install(resolve(saved_choice()))
