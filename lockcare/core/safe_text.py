"""Text that is safe to put on a terminal: control characters are shown, never obeyed.

A lock's name comes from the user, from a devices.json file, or from a restored backup. If
it holds an escape sequence (``ESC [ 2 J`` clears the screen, ``ESC ] 0 ;`` retitles the
window, ``U+202E`` reverses what follows), writing it raw lets the file drive the terminal.
Everything lockcare writes to a terminal goes through :func:`terminal_safe`; one-line
places (a table cell, a message quoting a name) use :func:`one_line`.

Escapes are written ``\\u001b``: readable, and valid inside a JSON string, so JSON output
escaped this way still parses to the same text.
"""

from __future__ import annotations

import re

UNSHOWABLE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f"  # C0 (tab and line feed aside), DEL, C1 (0x9b is a one-byte CSI)
    "\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069"  # bidi marks and overrides, line/paragraph separators
    "\ud800-\udfff]"  # lone surrogates (text decoded with surrogateescape, or odd JSON)
)
"""Characters that must never reach a terminal raw."""

_LINE_BREAKS = re.compile("[\t\n]")


def _escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def terminal_safe(text: str) -> str:
    """``text`` with every :data:`UNSHOWABLE` character written as ``\\uXXXX`` (tabs and line breaks kept)."""
    return UNSHOWABLE.sub(_escape, text)


def one_line(text: str) -> str:
    """``text`` escaped like :func:`terminal_safe`, tabs and line breaks included (for a name, a cell)."""
    return _LINE_BREAKS.sub(_escape, terminal_safe(text))


def has_controls(text: str) -> bool:
    """True when ``text`` holds a character :func:`one_line` would escape."""
    return bool(UNSHOWABLE.search(text) or _LINE_BREAKS.search(text))
