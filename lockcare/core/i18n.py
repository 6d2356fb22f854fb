"""Translation hooks: every text a person reads goes through :func:`translate`.

The spelling is Qt's (``translate("Context", "Source text", None, n)``, ``%n`` for a count), so
``pyside6-lupdate`` and Qt Linguist read lockcare's sources as they are, and
``scripts/update_translations.py`` extracts the same calls with :mod:`ast`. The core stays
free of Qt: until the window installs a catalog (:func:`install`), :func:`translate` gives
the English source text, so the command line, its JSON and every English test see exactly
the words they always saw.

English plurals are written into the source text: ``"%n reading(s)"`` reads "1 reading" and
"3 readings"; ``"%n batter(y|ies)"`` picks the part before or after the bar. A translation
gives its own forms (German: one and other).

Numbers with decimals go through :func:`decimal`, which the window points at the user's
locale ("3,5" in German); the default is Python's "3.5".
"""

from __future__ import annotations

import re
from collections.abc import Callable

Lookup = Callable[[str, str, int], "str | None"]
"""``(context, source, n) -> translation or None``: what an installed catalog answers."""

_PLURAL_CHOICE = re.compile(r"\(([^()|]*)\|([^()|]*)\)")
_PLURAL_S = re.compile(r"\(s\)")

_lookup: Lookup | None = None
_decimal: Callable[[float, int], str] | None = None


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``source`` in the installed language (English when none is installed).

    Args:
        context: Where the text is used (a module or screen), so one English word can
            have different translations in different places.
        source: The English text; ``%n`` stands for ``n``, ``(s)`` and ``(one|other)``
            mark English plural forms.
        disambiguation: Qt's comment for translators (ignored at run time; kept so the
            signature is Qt's).
        n: The count for plural forms and ``%n``; -1 when the text has no count.
    """
    del disambiguation
    if _lookup is not None:
        found = _lookup(context, source, n)
        if found:
            return found.replace("%n", str(n)) if n >= 0 else found
    return english(source, n)


def translate_noop(context: str, source: str) -> str:
    """Mark ``source`` for extraction without translating it yet (Qt's QT_TRANSLATE_NOOP).

    For texts defined when a module loads (tables of words), which are translated with
    :func:`translate` and the same context where they are shown.
    """
    del context
    return source


def english(source: str, n: int = -1) -> str:
    """The English text for ``source`` and count ``n``: plural marks resolved, ``%n`` filled in."""
    if n < 0:
        return source
    one = n == 1
    text = _PLURAL_CHOICE.sub(lambda m: m.group(1) if one else m.group(2), source)
    text = _PLURAL_S.sub("" if one else "s", text)
    return text.replace("%n", str(n))


def decimal(value: float, places: int) -> str:
    """``value`` with ``places`` decimals in the installed locale ("3.5", or "3,5" in German)."""
    if _decimal is not None:
        return _decimal(value, places)
    return f"{value:.{places}f}"


def install(lookup: Lookup | None, decimal_format: Callable[[float, int], str] | None = None) -> None:
    """Use ``lookup`` for every :func:`translate` (None: English again) and ``decimal_format`` for numbers."""
    global _lookup, _decimal
    _lookup = lookup
    _decimal = decimal_format


def installed() -> bool:
    """Whether a translation is in use (False: English)."""
    return _lookup is not None
