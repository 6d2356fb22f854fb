"""Regenerate the screenshots in docs/screens/ from the demo data (offscreen).

Every screen that matters to a homeowner, at the window's default size (1040x680), in dark
mode, and at ``QT_SCALE_FACTOR=2`` on a 1600x1000 screen (where the window opens clamped to
the screen). Each variant runs in its own process, because Qt reads the scale factor and the
screen once, at start.

Usage: python docs/make_screenshots.py [OUT_DIR] [--only NAME[,NAME...]] [--variant light|dark|2x ...] [--lang de]
(default: docs/screens/, every screen, every variant)
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

VARIANTS: dict[str, dict[str, object]] = {
    "light": {"scheme": "light", "scale": 1, "screen": (1920, 1080)},
    "dark": {"scheme": "dark", "scale": 1, "screen": (1920, 1080)},
    "2x": {"scheme": "light", "scale": 2, "screen": (1600, 1000)},
}
"""Each variant: palette, QT_SCALE_FACTOR, and the (physical) screen the window opens on."""

CHILD = "_LOCKCARE_SCREENSHOT_VARIANT"
"""Set in the process that shoots one variant."""

FRONT_DOOR = "demo0front0door00001"
GARAGE_GATE = "demo0garage0gate0003"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", default=str(Path(__file__).resolve().parent / "screens"))
    parser.add_argument("--only", default="", help="comma-separated screen names")
    parser.add_argument("--variant", choices=sorted(VARIANTS), action="append", help="only these variants")
    parser.add_argument("--lang", default="", help="the window's language, e.g. de (default: English)")
    args = parser.parse_args()
    if args.lang:
        os.environ["LOCKCARE_LANG"] = args.lang  # the variants' processes inherit it
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    if os.environ.get(CHILD):
        _shoot_variant(os.environ[CHILD], out, {n for n in args.only.split(",") if n})
        return
    for variant, spec in VARIANTS.items():
        if not args.variant or variant in args.variant:
            _run_variant(variant, spec, out, args.only)


def _run_variant(variant: str, spec: dict[str, object], out: Path, only: str) -> None:
    """Run one variant in a fresh process with its screen and scale factor."""
    width, height = spec["screen"]  # type: ignore[misc]
    with tempfile.TemporaryDirectory() as folder:
        config = Path(folder) / "screen.json"
        config.write_text(json.dumps({"screens": [
            {"name": "screen", "x": 0, "y": 0, "width": width, "height": height, "logicalDpi": 96, "dpr": 1}]}))
        env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
               "QT_SCALE_FACTOR": str(spec["scale"]), CHILD: variant}
        command = [sys.executable, __file__, str(out)] + (["--only", only] if only else [])
        subprocess.run(command, env=env, check=True)


def _shoot_variant(variant: str, out: Path, only: set[str]) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from PySide6.QtWidgets import QApplication

    from lockcare.app import LockcareApp
    from lockcare.demo import DEMO_NOTE, seed_history
    from lockcare.storage.keys import MemoryKeyStore
    from lockcare.ui.language import install, resolve
    from lockcare.ui.theme import apply_theme

    app = QApplication.instance() or QApplication([])
    apply_theme(app, str(VARIANTS[variant]["scheme"]))
    install(resolve("en"))  # English unless LOCKCARE_LANG (or --lang) asks for another language
    with tempfile.TemporaryDirectory() as folder:
        os.environ["LOCKCARE_DATA_DIR"] = folder
        keys = MemoryKeyStore()
        now = datetime.now(UTC)
        seed_history(Path(folder), now=now, key_store=keys)
        core = LockcareApp(Path(folder), demo_note=DEMO_NOTE, key_store=keys)
        _fresh_reading(core, now)
        window = core.build_window()
        window.show()
        for name, shoot in SHOTS.items():
            if only and name not in only:
                continue
            widget = shoot(window)
            _settle(app, window)
            path = out / f"{name}-{variant}.png"
            widget.grab().save(str(path), "PNG", 0)  # 0: the smallest file
            print(path)
            _reset(window)
        core.close()


def _fresh_reading(core, now: datetime) -> None:
    """The front door answered a moment ago: the troubleshooter then knows it has power."""
    lock = core.storage.locks.find(FRONT_DOOR)
    latest = core.storage.battery.latest_reading(lock.id)
    core.services.locks.record_reading(lock, percent=latest.percent, at=now - timedelta(minutes=2))


def _settle(app, window) -> None:
    window.wait_loaded()  # the pages read in the pool
    for _ in range(4):
        app.processEvents()


def _reset(window) -> None:
    from PySide6.QtWidgets import QApplication, QDialog

    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            widget.reject()
            widget.close()
    if window.page.name == "TROUBLESHOOT":
        window.troubleshoot_page.close_page()


# -- the screens ----------------------------------------------------------------------------


def _lock_tab(device_id: str, tab: str) -> Callable:
    def shoot(window):
        window.select_lock(device_id)
        page = window.lock_page
        widgets = {"Overview": page.overview, "Battery": page.battery_panel, "Settings": page.settings_panel}
        page.tabs.setCurrentWidget(widgets[tab])  # by widget: the titles are translated
        return window

    return shoot


def _home(window):
    window.show_home()
    return window


def _get_in(window):
    window.select_lock(FRONT_DOOR)
    window.open_locked_out()
    return window


def _first_step(window):
    window.select_lock(FRONT_DOOR)
    window.open_troubleshooter().start("keypad-dark")
    return window


def _support_summary(window):
    window.select_lock(FRONT_DOOR)
    page = window.open_troubleshooter()
    page.start("keypad-dark")
    while page.walk is not None and not page.walk.finished:
        page.answer("no-change")
    return window


def _add_lock_errors(window):
    dialog = window.add_lock()
    dialog.show_all_problems()  # what "Add lock" on an empty form shows
    return dialog


def _change_key(window):
    window.select_lock(FRONT_DOOR)
    page = window.lock_page
    page.tabs.setCurrentWidget(page.settings_panel)
    return page.settings_panel.change_key()


def _remove_lock(window):
    from lockcare.ui.locks.removal import removal_box

    window.select_lock(FRONT_DOOR)
    box, _remove = removal_box(window, window.services.locks.removal_footprint(window.current_lock()))
    box.show()
    return box


def _guide(window):
    return window.show_guide()


SHOTS: dict[str, Callable] = {
    "home": _home,
    "lock-overview": _lock_tab(FRONT_DOOR, "Overview"),
    "lock-battery": _lock_tab(FRONT_DOOR, "Battery"),
    "lock-settings": _lock_tab(FRONT_DOOR, "Settings"),
    "get-in-now": _get_in,
    "troubleshoot-step": _first_step,
    "support-summary": _support_summary,
    "add-lock-errors": _add_lock_errors,
    "change-key": _change_key,
    "remove-lock": _remove_lock,
    "guide": _guide,
}
"""Screen name -> how to get there (returns the widget to photograph)."""


if __name__ == "__main__":
    main()
