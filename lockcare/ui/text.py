"""Display helpers for text shown or printed by the ui."""

from __future__ import annotations

import html
import re

NBSP = "\u00a0"
_NUMBER_AND_UNIT = re.compile(
    r"(\d) (%|mm|V|N·m|mAh|dBm|dpi|h|min|days?|months?|minutes?|seconds?|s)(?!\w)"
)


def units_together(text: str, joiner: str = NBSP) -> str:
    """Join numbers to their units ("20 %", "2.0 N·m", "14 h ago") so a wrapped line never splits them.

    Args:
        text: Plain text.
        joiner: What goes between number and unit: a no-break space, or ``"&nbsp;"`` for HTML.
    """
    return _NUMBER_AND_UNIT.sub(lambda m: f"{m.group(1)}{joiner}{m.group(2)}", text)


def html_text(text: str) -> str:
    """``text`` escaped for HTML, a number and its unit kept on one line ("20&nbsp;%")."""
    return units_together(html.escape(text, quote=True), "&nbsp;")
