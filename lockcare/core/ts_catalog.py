"""A translation catalog read from a Qt Linguist ``.ts`` file.

lockcare ships its translations as ``.ts`` sources (``resources/translations/``) and reads
them when it starts, so no compiled ``.qm`` is committed or built: what a translator edits
in Qt Linguist is what runs. Like Qt's ``lrelease``, entries marked unfinished, vanished or
obsolete are left out, so a half-done translation shows English rather than nothing.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

PLURAL_RULES: dict[str, Callable[[int], int]] = {
    "en": lambda n: 0 if n == 1 else 1,
    "de": lambda n: 0 if n == 1 else 1,
    "fr": lambda n: 0 if n in (0, 1) else 1,
}
"""Which numerus form a count takes, per language (Qt's rules for the languages lockcare has)."""

_SKIPPED = {"unfinished", "vanished", "obsolete"}


@dataclass
class Catalog:
    """Translations of one language, by (context, source text).

    Attributes:
        language: The language code, e.g. ``"de"``.
        texts: Plain translations.
        plurals: Numerus forms of texts with a count (``%n``).
    """

    language: str
    texts: dict[tuple[str, str], str] = field(default_factory=dict)
    plurals: dict[tuple[str, str], list[str]] = field(default_factory=dict)

    @classmethod
    def from_ts(cls, path: Path) -> Catalog:
        """Read ``path``; raise ``ValueError`` (naming the file) when it is not a readable .ts file."""
        try:
            root = ET.parse(path).getroot()
        except (OSError, ET.ParseError) as exc:
            raise ValueError(f"cannot read the translation {path}: {exc}") from exc
        language = (root.get("language") or path.stem.rsplit("_", 1)[-1]).split("_")[0]
        catalog = cls(language)
        for context in root.iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                catalog._add(name, message)
        return catalog

    def _add(self, context: str, message: ET.Element) -> None:
        source = message.findtext("source")
        translation = message.find("translation")
        if source is None or translation is None or translation.get("type") in _SKIPPED:
            return
        if message.get("numerus") == "yes":
            forms = [form.text or "" for form in translation.iter("numerusform")]
            if forms and all(forms):
                self.plurals[(context, source)] = forms
        elif translation.text:
            self.texts[(context, source)] = translation.text

    def lookup(self, context: str, source: str, n: int = -1) -> str | None:
        """The translation of ``source`` in ``context`` for count ``n``, or None when there is none."""
        forms = self.plurals.get((context, source))
        if forms is not None:
            rule = PLURAL_RULES.get(self.language, PLURAL_RULES["en"])
            return forms[min(rule(max(n, 0)), len(forms) - 1)]
        return self.texts.get((context, source))

    def __len__(self) -> int:
        return len(self.texts) + len(self.plurals)
