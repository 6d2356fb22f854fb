"""Which page the window shows: a :class:`Page` enum drives the stacked widget.

The window decides *where to go* (:meth:`lockcare.ui.main_window.MainWindow.go`); the
:class:`PageStack` shows that page and tells the pages that care (``set_active``) whether
they are on screen, so a hidden page only notes that it is out of date and catches up when
it is shown again. A page may be registered as a factory: it is made the first time it is
wanted, so the window's start does not pay for pages nobody opened yet.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QStackedWidget, QWidget


class Page(Enum):
    """The window's pages."""

    EMPTY = "empty"
    """No locks yet: ways to add one, or the demo."""
    LOCK = "lock"
    """The selected lock."""
    FLEET = "fleet"
    """Every lock's battery at a glance, and the shopping list."""
    DUE = "due"
    """What needs doing across all locks."""
    TROUBLESHOOT = "troubleshoot"
    """The troubleshooter ("I'm locked out!")."""
    CLOUD = "cloud"
    """Link the user's Tuya cloud project, import its locks."""


class PageStack(QStackedWidget):
    """One widget per :class:`Page`; :meth:`show_page` switches between them."""

    page_shown = Signal(object)
    """The :class:`Page` now on screen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._widgets: dict[Page, QWidget] = {}
        self._factories: dict[Page, Callable[[], QWidget]] = {}

    def add_page(self, page: Page, widget: QWidget) -> None:
        """Register the widget that shows ``page``."""
        self._widgets[page] = widget
        self.addWidget(widget)

    def add_page_factory(self, page: Page, make: Callable[[], QWidget]) -> None:
        """Register how to make ``page``'s widget when it is first wanted."""
        self._factories[page] = make

    def widget_of(self, page: Page) -> QWidget:
        """The widget that shows ``page`` (made now if it was only a factory)."""
        if page not in self._widgets:
            self.add_page(page, self._factories.pop(page)())
        return self._widgets[page]

    def made(self, page: Page) -> QWidget | None:
        """The widget of ``page`` if it was made already, else None (without making it)."""
        return self._widgets.get(page)

    @property
    def current(self) -> Page:
        """The page on screen."""
        widget = self.currentWidget()
        return next(page for page, shown in self._widgets.items() if shown is widget)

    def show_page(self, page: Page) -> None:
        """Put ``page`` on screen and tell every page whether it is the one shown."""
        self.setCurrentWidget(self.widget_of(page))
        for each, widget in self._widgets.items():
            set_active = getattr(widget, "set_active", None)
            if set_active is not None:
                set_active(each is page)
        self.page_shown.emit(page)
