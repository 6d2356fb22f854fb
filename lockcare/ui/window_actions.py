"""The main window's actions, its Lock menu and its toolbar.

Every action calls a public method of the window (or of its :class:`LockRecords`), so the
menu, the toolbar, the keyboard and the tests all reach the same code.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence

from lockcare.ui.actions import add_text_toolbar, fill_menu, make_action
from lockcare.core.i18n import translate

if TYPE_CHECKING:
    from lockcare.ui.main_window import MainWindow


@dataclass(frozen=True)
class WindowActions:
    """The window's own actions (the File menu's are :class:`~lockcare.ui.backup.file_actions.FileActions`)."""

    add: QAction
    record_reading: QAction
    record_swap: QAction
    import_readings: QAction
    scan: QAction
    import_devices: QAction
    cloud: QAction
    read: QAction
    wake: QAction
    locked_out: QAction
    remove: QAction
    quit: QAction
    due: QAction


def make_window_actions(window: MainWindow) -> WindowActions:
    """Make the actions, each bound to what it does in ``window``."""
    records = window.records
    return WindowActions(
        add=make_action(window, translate("window_actions", "&Add lock…"), QKeySequence.StandardKey.New, window.add_lock),
        record_reading=make_action(window, translate("window_actions", "Record battery &reading…"), "Ctrl+R", records.record_reading),
        record_swap=make_action(window, translate("window_actions", "Record battery s&wap…"), "Ctrl+B", records.record_swap),
        import_readings=make_action(window, translate("window_actions", "Import battery &history…"), "", records.import_readings),
        scan=make_action(window, translate("window_actions", "&Scan the network…"), "Ctrl+Shift+N", window.scan_network),
        import_devices=make_action(window, translate("window_actions", "&Import devices.json…"), "Ctrl+I", window.import_devices),
        cloud=make_action(window, translate("window_actions", "Tuya &cloud…"), "Ctrl+Shift+C", window.show_cloud,
                          translate("window_actions", "Your Tuya cloud account: lock keys and battery history (Ctrl+Shift+C)")),
        read=make_action(window, translate("window_actions", "Read &now"), "F5", window.read_current),
        wake=make_action(window, translate("window_actions", "&Wake and read…"), "Ctrl+Shift+R", window.wake_current),
        locked_out=make_action(window, translate("window_actions", "I'm &locked out…"), "Ctrl+T", window.open_locked_out),
        remove=make_action(window, translate("window_actions", "Re&move lock…"), "", window.remove_lock),
        quit=make_action(window, translate("window_actions", "&Quit"), QKeySequence.StandardKey.Quit, window.request_close),
        due=make_action(window, translate("window_actions", "Due"), "Ctrl+D", window.show_due, translate("window_actions", "What needs doing across all locks (Ctrl+D)")),
    )


def install_lock_menu_and_toolbar(window: MainWindow, actions: WindowActions) -> None:
    """The Lock menu (after File) and the text toolbar."""
    fill_menu(window.menuBar().addMenu(translate("window_actions", "&Lock")), (
        actions.add, actions.scan, actions.import_devices, actions.cloud, None, actions.read, actions.wake, None,
        actions.record_reading, actions.record_swap, actions.import_readings, None, actions.locked_out, None,
        actions.remove))
    toolbar = add_text_toolbar(window, (actions.due, actions.scan, actions.import_devices, actions.cloud, actions.add,
                                        actions.record_reading, actions.record_swap))
    due_button = toolbar.widgetForAction(actions.due)
    # The count arrives after the first layout; reserve its room so it never shows as "D…4".
    due_button.setMinimumWidth(due_button.fontMetrics().horizontalAdvance(due_text(99)) + 16)


def due_text(count: int) -> str:
    """The toolbar's Due button with the number of jobs that need attention ("Due: 3")."""
    return translate("window_actions", "Due: {count}").format(count=count)
