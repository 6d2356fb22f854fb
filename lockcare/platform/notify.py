"""Desktop notifications from a headless run (``lockcare collect``), without Qt.

Uses ``desktop-notifier`` (D-Bus on Linux, the Notification Center on macOS, WinRT on
Windows). On macOS that library can only notify from an app bundle; a ``pip`` install run
by the LaunchAgent is plain ``python``, so there lockcare asks ``osascript`` (always
present) instead. Where no notification service answers (a server, a cron job without a D-Bus
session, a locked-down desktop) it quietly does nothing: a notification is a courtesy,
never a reason for ``collect`` to fail. Each notification is bounded by a timeout.
"""

from __future__ import annotations

import logging
import subprocess
import sys

log = logging.getLogger(__name__)

APP_NAME = "lockcare"
TIMEOUT_SECONDS = 10.0


def notify_desktop(title: str, message: str, *, timeout: float = TIMEOUT_SECONDS) -> None:
    """Shows one desktop notification, or quietly does nothing where that is impossible; never raises.

    desktop-notifier itself swallows a missing notification service (it only logs), so there
    is no reliable "shown" to report back.

    Args:
        title: The headline ("Front door: battery low").
        message: One or two plain sentences.
        timeout: Seconds to wait for the notification service.
    """
    try:
        import asyncio  # with desktop-notifier: a tenth of a second the window's start does without

        from desktop_notifier import DesktopNotifier
        from desktop_notifier.main import get_backend_class
    except ImportError:  # a bundle or install without it: nothing to show with
        log.info("No desktop notifications: desktop-notifier is not installed")
        return
    # desktop-notifier logs a traceback at ERROR when there is no notification service; for a
    # cron job or a server that is the expected state, not an error worth a traceback.
    logging.getLogger("desktop_notifier").setLevel(logging.CRITICAL)
    if sys.platform == "darwin" and get_backend_class().__name__ == "DummyNotificationCenter":
        _osascript(title, message, timeout)
        return

    async def send() -> None:
        notifier = DesktopNotifier(app_name=APP_NAME)
        await asyncio.wait_for(notifier.send(title=title, message=message), timeout)

    try:
        asyncio.run(send())
    except Exception as exc:  # any backend failure (no D-Bus, no permission, a timeout)
        log.info("The desktop notification could not be shown (%s)", type(exc).__name__)


def _osascript(title: str, message: str, timeout: float) -> None:
    def quoted(text: str) -> str:
        return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'

    script = f"display notification {quoted(message)} with title {quoted(title)}"
    try:
        subprocess.run(["osascript", "-e", script], capture_output=True, timeout=timeout, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        log.info("The desktop notification could not be shown (%s)", type(exc).__name__)


__all__ = ["notify_desktop"]
