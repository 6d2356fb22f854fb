"""lockcare's icon, drawn from the SVG master in resources/icons (sharp at every size)."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from lockcare.resources import resource_path


def app_icon() -> QIcon:
    """The application icon, for windows, dialogs and the taskbar."""
    return QIcon(str(resource_path("icons", "lockcare.svg")))
