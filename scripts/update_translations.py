"""Regenerate lockcare's translation template and bring every translation up to date.

Usage: python scripts/update_translations.py [--check]

Reads every ``translate("Context", "Source", None, n)`` and ``translate_noop("Context", "Source")``
call in ``lockcare/`` (with :mod:`ast`, so the texts are exactly the strings Python sees at run
time), then

* writes the template ``build/translations/lockcare.ts`` (every text unfinished; a build product,
  never committed: start a new language from it in Qt Linguist);
* updates each ``resources/translations/lockcare_<lang>.ts``: translations of texts still in the
  sources are kept, new texts are added as unfinished, texts no longer used are dropped (and
  counted), so a translator only ever sees what the program shows.

``--check`` writes nothing and exits 1 when a translation file is not up to date (the test suite
runs the same check). ``pyside6-lupdate`` reads the same calls, if you prefer Qt's own tool.
"""

from __future__ import annotations

import argparse
import ast
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

REPO = Path(__file__).resolve().parents[1]
SOURCES = REPO / "lockcare"
TRANSLATIONS = REPO / "resources" / "translations"
TEMPLATE = REPO / "build" / "translations" / "lockcare.ts"
NUMERUS_FORMS = {"de": 2, "fr": 2}
"""How many plural forms each language has (Qt's rules)."""


@dataclass
class Message:
    """One text to translate."""

    context: str
    source: str
    numerus: bool
    files: list[str] = field(default_factory=list)


@dataclass
class Entry:
    """A translation as found in a .ts file."""

    text: str = ""
    forms: list[str] = field(default_factory=list)
    finished: bool = False


def _call_name(call: ast.Call) -> str:
    func = call.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.value.id == "QCoreApplication":
        return func.attr
    return ""


def _literal(node: ast.expr | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def extract(root: Path = SOURCES) -> dict[tuple[str, str], Message]:
    """Every translatable text under ``root``, by (context, source), in the order first found."""
    found: dict[tuple[str, str], Message] = {}
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        calls = [node for node in ast.walk(tree) if isinstance(node, ast.Call)]
        for node in sorted(calls, key=lambda call: (call.lineno, call.col_offset)):
            if _call_name(node) not in ("translate", "translate_noop"):
                continue
            if len(node.args) < 2:
                continue
            context, source = _literal(node.args[0]), _literal(node.args[1])
            if context is None or source is None:
                continue  # a text marked elsewhere, looked up here
            numerus = len(node.args) >= 4 or any(k.arg == "n" for k in node.keywords)
            message = found.setdefault((context, source), Message(context, source, numerus))
            message.numerus |= numerus
            relative = path.relative_to(REPO).as_posix()
            if relative not in message.files:
                message.files.append(relative)
    return found


def read_ts(path: Path) -> tuple[str, dict[tuple[str, str], Entry]]:
    """The language and the entries of a .ts file."""
    root = ET.parse(path).getroot()
    entries: dict[tuple[str, str], Entry] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            source = message.findtext("source") or ""
            if translation is None:
                continue
            entry = Entry(text=translation.text or "", forms=[f.text or "" for f in translation.iter("numerusform")],
                          finished=translation.get("type") is None)
            entries[(name, source)] = entry
    return root.get("language", ""), entries


def render_ts(messages: dict[tuple[str, str], Message], language: str | None,
              entries: dict[tuple[str, str], Entry]) -> str:
    """The .ts XML for ``messages`` with the translations in ``entries`` (None language: the template)."""
    base = (language or "").split("_")[0]
    forms_count = NUMERUS_FORMS.get(base, 2)
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>"]
    lines.append(f'<TS version="2.1" language="{language}" sourcelanguage="en">' if language
                 else '<TS version="2.1" sourcelanguage="en">')
    by_context: dict[str, list[Message]] = {}
    for message in messages.values():
        by_context.setdefault(message.context, []).append(message)
    for context in sorted(by_context):
        lines += ["<context>", f"    <name>{escape(context)}</name>"]
        for message in by_context[context]:
            entry = entries.get((context, message.source), Entry())
            lines.append('    <message numerus="yes">' if message.numerus else "    <message>")
            for name in message.files:
                lines.append(f'        <location filename="../../{escape(name)}"/>')
            lines.append(f"        <source>{escape(message.source)}</source>")
            state = "" if entry.finished and language else ' type="unfinished"'
            if message.numerus:
                forms = (entry.forms + [""] * forms_count)[:forms_count] if language else [""]
                lines.append(f"        <translation{state}>")
                lines += [f"            <numerusform>{escape(form)}</numerusform>" for form in forms]
                lines.append("        </translation>")
            else:
                text = entry.text if language else ""
                lines.append(f"        <translation{state}>{escape(text)}</translation>")
            lines.append("    </message>")
        lines.append("</context>")
    lines.append("</TS>")
    return "\n".join(lines) + "\n"


def updated(path: Path, messages: dict[tuple[str, str], Message]) -> tuple[str, int, int]:
    """The new text of translation ``path``, how many texts it lacks a translation for, and how many went."""
    language, entries = read_ts(path)
    text = render_ts(messages, language, entries)
    unfinished = sum(1 for key in messages if not entries.get(key, Entry()).finished)
    dropped = sum(1 for key in entries if key not in messages)
    return text, unfinished, dropped


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 when a translation is not up to date")
    args = parser.parse_args(argv)
    messages = extract()
    stale = []
    for path in sorted(TRANSLATIONS.glob("lockcare_*.ts")):
        text, unfinished, dropped = updated(path, messages)
        if text != path.read_text(encoding="utf-8"):
            stale.append(path)
            if not args.check:
                path.write_text(text, encoding="utf-8")
        print(f"{path.relative_to(REPO)}: {len(messages)} texts, {unfinished} to translate, {dropped} no longer used")
    if args.check:
        for path in stale:
            print(f"{path.relative_to(REPO)} is not up to date: run python scripts/update_translations.py",
                  file=sys.stderr)
        return 1 if stale else 0
    TEMPLATE.parent.mkdir(parents=True, exist_ok=True)
    TEMPLATE.write_text(render_ts(messages, None, {}), encoding="utf-8")
    print(f"{TEMPLATE.relative_to(REPO)}: the template, {len(messages)} texts")
    return 0


if __name__ == "__main__":
    sys.exit(main())
