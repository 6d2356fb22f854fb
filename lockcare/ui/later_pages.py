"""The pages the window makes the first time they are shown: home (fleet), Due, troubleshooter.

Nobody needs them to see the window, so their modules (and the troubleshooter's engine)
load when the user first goes there, not at start.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from lockcare.services.registry import Services
from lockcare.tasks import ViewLoads
from lockcare.ui.router import Page, PageStack
from lockcare.ui.widgets.wheel_guard import guard_wheel

if TYPE_CHECKING:
    from lockcare.services.maintenance_plan import DueItem
    from lockcare.ui.fleet.fleet_page import FleetPage
    from lockcare.ui.schedule.due_page import DuePage
    from lockcare.ui.troubleshoot.page import TroubleshootPage


def add_later_pages(
    pages: PageStack,
    services: Services,
    loads: ViewLoads,
    due_items: Callable[[], list[DueItem]],
    *,
    lock_activated: Callable[[str], None],
    due_changed: Callable[[int], None],
    troubleshooter_closed: Callable[[], None],
) -> None:
    """Register how to make the home, Due and troubleshooter pages on ``pages``.

    Args:
        pages: The window's page stack.
        services: The GUI thread's services.
        loads: Where the home page reads the fleet.
        due_items: The due states known so far (the Due page starts with them).
        lock_activated: Called with a device id when a page opens a lock.
        due_changed: Called with a lock id when the Due page changed its data.
        troubleshooter_closed: Called when the troubleshooter is closed.
    """

    def fleet() -> FleetPage:
        from lockcare.ui.fleet.fleet_page import FleetPage

        page = FleetPage(services, loads.channel("fleet"))
        page.lock_activated.connect(lock_activated)
        return page

    def due() -> DuePage:
        from lockcare.ui.schedule.due_page import DuePage

        page = DuePage(services.maintenance)
        page.lock_activated.connect(lock_activated)
        page.changed.connect(due_changed)
        page.set_items(due_items())
        return page

    def troubleshooter() -> TroubleshootPage:
        from lockcare.ui.troubleshoot.page import TroubleshootPage

        page = TroubleshootPage(services.troubleshoot)
        page.closed.connect(troubleshooter_closed)
        return page

    for page, make in ((Page.FLEET, fleet), (Page.DUE, due), (Page.TROUBLESHOOT, troubleshooter)):
        pages.add_page_factory(page, lambda make=make: _guarded(make()))


def _guarded(page: QWidget) -> QWidget:
    """The window guarded its number and list boxes when it was built; a page made later guards its own."""
    guard_wheel(page)
    return page
