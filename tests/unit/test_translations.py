"""The translation pipeline: English stays as it was, the German .ts is complete and sound, and
no user-facing literal in the window's code skips translation."""

from __future__ import annotations

import ast
import re
import sys
from collections import Counter
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from lockcare.core import i18n
from lockcare.core.dates_in_words import ago, clock_or_day, day_month, range_words, rough_ago, short_datetime
from lockcare.core.i18n import english, translate
from lockcare.core.ts_catalog import Catalog
from lockcare.core.wording import join_names
from lockcare.resources import resource_path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "scripts"))
import update_translations  # noqa: E402

GERMAN = resource_path("translations", "lockcare_de.ts")
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n|%\d")


@pytest.fixture
def german() -> Iterator[Catalog]:
    catalog = Catalog.from_ts(GERMAN)
    i18n.install(catalog.lookup, lambda value, places: f"{value:.{places}f}".replace(".", ","))
    yield catalog
    i18n.install(None)


def test_english_is_the_source_text_with_its_plural_marks_resolved() -> None:
    assert translate("x", "Replace soon") == "Replace soon"
    assert english("%n reading(s)", 1) == "1 reading"
    assert english("%n reading(s)", 3) == "3 readings"
    assert english("%n batter(y|ies)", 1) == "1 battery" and english("%n batter(y|ies)", 0) == "0 batteries"
    assert english("reading(s)") == "reading(s)"  # no count: nothing to resolve
    assert i18n.decimal(3.5, 1) == "3.5"


def test_english_dates_are_unchanged_words() -> None:
    now = datetime(2026, 11, 20, 12, 0).astimezone()
    assert ago(now - timedelta(days=3), now) == "3 days ago"
    assert ago(now - timedelta(hours=1), now) == "1 h ago"
    assert rough_ago(timedelta(hours=1)) == "1 hour ago" and rough_ago(timedelta(days=2)) == "2 days ago"
    assert day_month(datetime(2026, 11, 27, 12).astimezone(), now) == "27 Nov"
    assert range_words(datetime(2026, 11, 27, 12).astimezone(), datetime(2026, 12, 30, 12).astimezone(), now) == "27 Nov – 30 Dec"
    assert short_datetime(datetime(2026, 7, 3, 18, 30).astimezone()) == "3 Jul 2026, 18:30"
    assert join_names(["Front door", "Shed", "Garage gate"]) == "Front door, Shed and Garage gate"


def test_german_dates_and_words_come_from_the_catalog(german: Catalog) -> None:
    now = datetime(2026, 11, 20, 12, 0).astimezone()
    assert ago(now - timedelta(days=3), now) == "vor 3 Tagen"
    assert ago(now - timedelta(days=31 * 3), now) == "vor 3 Monaten"
    assert rough_ago(timedelta(hours=1)) == "vor 1 Stunde"
    assert range_words(datetime(2026, 11, 27, 12).astimezone(), datetime(2026, 12, 30, 12).astimezone(), now) == "27. Nov. – 30. Dez."
    assert day_month(datetime(2027, 3, 2, 12).astimezone(), now) == "2. März 2027"
    assert clock_or_day(datetime(2026, 11, 18, 9, 5).astimezone(), now) == "18. Nov., 09:05 (vor 2 Tagen)"
    assert join_names(["Haustür", "Schuppen"]) == "Haustür und Schuppen"
    assert i18n.decimal(3.5, 1) == "3,5"
    assert translate("nowhere", "A text nobody translated") == "A text nobody translated"  # falls back to English


def test_the_german_translation_is_up_to_date_and_finished() -> None:
    messages = update_translations.extract()
    text, unfinished, dropped = update_translations.updated(GERMAN, messages)
    assert text == GERMAN.read_text(encoding="utf-8"), "run python scripts/update_translations.py"
    assert unfinished == 0 and dropped == 0
    catalog = Catalog.from_ts(GERMAN)
    assert len(catalog) == len(messages) > 500


def _accelerators(text: str) -> list[str]:
    return [m.lower() for m in re.findall(r"&([^&\s])", text.replace("&&", ""))]


def test_every_german_text_keeps_placeholders_accelerators_and_counts() -> None:
    catalog = Catalog.from_ts(GERMAN)
    problems = []
    english_keys: dict[str, Counter] = {}
    german_keys: dict[str, Counter] = {}
    for (context, source), text in [*catalog.texts.items(), *((k, f[-1]) for k, f in catalog.plurals.items())]:
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
            problems.append(f"placeholders differ: {source!r} -> {text!r}")
        if source.count("&") != text.count("&"):
            problems.append(f"'&' count differs: {source!r} -> {text!r}")
        english_keys.setdefault(context, Counter()).update(_accelerators(source))
        german_keys.setdefault(context, Counter()).update(_accelerators(text))
        if source.strip() and text == "":
            problems.append(f"empty: {source!r}")
    for (context, source), forms in catalog.plurals.items():
        if len(forms) != 2 or "%n" not in forms[1]:
            problems.append(f"plural forms: {source!r} -> {forms!r}")
    for context, keys in german_keys.items():
        clashes = sum(n - 1 for n in keys.values() if n > 1)
        english_clashes = sum(n - 1 for n in english_keys[context].values() if n > 1)
        if clashes > english_clashes:
            problems.append(f"{context}: accelerator letters repeat more than in English: {dict(keys)}")
    assert problems == []


# -- every user-facing literal in the window's code goes through translate() -------------------

SINKS = {
    "setText", "setWindowTitle", "setToolTip", "setStatusTip", "setPlaceholderText", "setAccessibleName",
    "setAccessibleDescription", "setWhatsThis", "setTitle", "setLabelText", "setSpecialValueText", "showMessage",
    "addAction", "addMenu", "addTab", "insertTab", "setTabText", "setTabToolTip", "addItem", "addRow",
    "setHeaderLabels", "addButton", "setInformativeText", "setDetailedText", "information", "warning",
    "question", "critical", "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction",
    "QToolButton", "QMessageBox", "make_action", "heading", "Disclosure", "add_field", "emit", "setPlainText",
    "setHtml", "setWindowIconText", "addToolBar", "getSaveFileName", "getOpenFileName", "getExistingDirectory",
}
ONLY_ARGUMENT = {"addItem": 0, "add_field": 1, "Disclosure": 0, "addRow": 0}
"""Sinks whose other arguments are data or object names, not text."""
LOGGERS = {"log", "logger", "logging"}
KEYWORDS = {"placeholderText", "toolTip", "text", "windowTitle", "title", "statusTip"}
ALLOWED = {"✕", "—", "%", "…", "lockcare", "Fusion", "OK", "PySide6"}
"""Literals that are not words to translate (symbols, the product's name)."""
UNTRANSLATED = {"checklists/render.py", "checklists/household.py"}
"""Printed checklists stay English with their content (see README, Languages)."""


def _words(node: ast.expr) -> str | None:
    """The literal text of a str constant or f-string argument, when it holds words."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        text = node.value
    elif isinstance(node, ast.JoinedStr):
        text = "".join(v.value for v in node.values if isinstance(v, ast.Constant))
    elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _words(node.left) or _words(node.right)
    else:
        return None
    bare = re.sub(r"<[^>]*>|\{[^{}]*\}", " ", text).strip()
    if bare in ALLOWED or not re.search(r"[A-Za-z]{2,}|\be\.g\.", bare) or re.fullmatch(r"[\w-]+\.\w{2,8}", bare):
        return None
    if re.fullmatch(r"((Ctrl|Alt|Shift|Meta)\+)+(\w|F\d+)", bare):  # a shortcut, not words
        return None
    return text


def bare_literals(root: Path) -> list[str]:
    """``file:line: text`` for each word literal handed straight to a widget, message or action."""
    found = []
    for path in sorted(root.rglob("*.py")):
        relative = path.relative_to(root).as_posix()
        if relative in UNTRANSLATED:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
            if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.value.id in LOGGERS:
                continue
            arguments = [k.value for k in node.keywords if k.arg in KEYWORDS]
            if name in ONLY_ARGUMENT:
                arguments += node.args[ONLY_ARGUMENT[name]:ONLY_ARGUMENT[name] + 1]
            elif name in SINKS:
                arguments += node.args
            for argument in arguments:
                text = _words(argument)
                if text is not None:
                    found.append(f"{relative}:{node.lineno}: {text[:60]!r}")
    return found


def test_the_scan_finds_a_bare_literal(tmp_path: Path) -> None:
    (tmp_path / "widget.py").write_text(
        'label = QLabel("Front door")\nok = QLabel(translate("c", "Front door"))\nx = QLabel("✕")\n'
        'button.setToolTip(f"Remove {name}")\nsave = make_action(w, translate("c", "&Save"), "Ctrl+Shift+S", f)\n')
    assert bare_literals(tmp_path) == ["widget.py:1: 'Front door'", "widget.py:4: 'Remove '"]


def test_no_user_facing_literal_in_the_ui_skips_translation() -> None:
    assert bare_literals(REPO / "lockcare" / "ui") == []
