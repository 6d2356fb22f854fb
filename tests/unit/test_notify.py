"""Desktop notifications from a headless run: nothing to show with means quietly nothing."""

from __future__ import annotations

import logging

import pytest

from lockcare.platform.notify import notify_desktop


def test_without_a_notification_service_nothing_is_shown_and_nothing_is_said(
    monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    for name in ("DBUS_SESSION_BUS_ADDRESS", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(name, raising=False)
    caplog.set_level(logging.DEBUG)

    assert notify_desktop("Front door: battery low (16 %)", "Replace its batteries soon.", timeout=5) is None

    out, err = capfd.readouterr()
    assert out == "" and "Traceback" not in err
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]


def test_on_macos_outside_an_app_bundle_osascript_shows_it(monkeypatch: pytest.MonkeyPatch) -> None:
    import subprocess

    import desktop_notifier.main
    from desktop_notifier.backends.dummy import DummyNotificationCenter

    ran: list[list[str]] = []
    monkeypatch.setattr("lockcare.platform.notify.sys.platform", "darwin")
    monkeypatch.setattr(desktop_notifier.main, "get_backend_class", lambda: DummyNotificationCenter)
    monkeypatch.setattr(subprocess, "run", lambda args, **_kw: ran.append(list(args)))

    notify_desktop('Front door: "bolt jammed"', "Open lockcare \\ Troubleshoot.")

    assert ran == [["osascript", "-e",
                    'display notification "Open lockcare \\\\ Troubleshoot." with title "Front door: \\"bolt jammed\\""']]
