"""The mouse wheel never changes a number box or a list box the user has not clicked into.

Scrolling a long page (a lock's Settings) passes over spin boxes and combo boxes; Qt lets
the wheel change whichever one is under the pointer, so a scroll turned "Battery
percentage" from 12 to 8. One shared event filter stops that: without the keyboard focus
such a widget passes the wheel on to the page's scroll bar, and takes the focus only by a
click or Tab (never by the wheel).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSpinBox, QComboBox, QWidget

GUARDED = (QAbstractSpinBox, QComboBox)
"""Widgets whose value a wheel turn would change."""


class WheelGuard(QObject):
    """The event filter (one for the whole app, see :func:`guard_wheel`)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Wheel and isinstance(watched, QWidget) and not watched.hasFocus():
            area = _scroll_area_of(watched)
            if area is not None:  # the page scrolls on, as if the box were not there
                QCoreApplication.sendEvent(area.verticalScrollBar(), event)
            return True
        return False


_GUARD: WheelGuard | None = None


def guard_wheel(root: QWidget) -> int:
    """Guard every spin box and combo box under ``root`` (``root`` included); returns how many.

    Call it once a form is built; widgets added later need another call.
    """
    global _GUARD
    if _GUARD is None:
        _GUARD = WheelGuard(QCoreApplication.instance())
    widgets = [w for w in (root, *root.findChildren(QWidget)) if isinstance(w, GUARDED)]
    for widget in widgets:
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # click or Tab, never the wheel
        widget.removeEventFilter(_GUARD)
        widget.installEventFilter(_GUARD)
    return len(widgets)


def _scroll_area_of(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea) and not isinstance(parent, QComboBox):
            return parent
        parent = parent.parentWidget()
    return None
