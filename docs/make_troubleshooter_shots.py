"""Regenerate the troubleshooter screenshots from the demo data (offscreen).

One picture of each failure mode's first step (``<mode id>.png``), plus the symptom
picker with a live suggestion (``picker.png``) and the support summary at the end of a
walk (``support-summary.png``).

Usage: python docs/make_troubleshooter_shots.py [OUT_DIR] [light|dark]
(default: docs/troubleshooter/, light)
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtWidgets import QApplication  # noqa: E402

from lockcare.app import LockcareApp  # noqa: E402
from lockcare.core.models import LockEvent  # noqa: E402
from lockcare.demo import DEMO_NOTE, seed_history  # noqa: E402
from lockcare.storage.keys import MemoryKeyStore  # noqa: E402
from lockcare.ui.main_window import MainWindow  # noqa: E402
from lockcare.ui.theme import apply_theme  # noqa: E402

FRONT_DOOR = "demo0front0door00001"


def _settle(app: QApplication) -> None:
    for _ in range(3):
        app.processEvents()


def _shoot(app: QApplication, window: MainWindow, path: Path) -> None:
    _settle(app)
    window.grab().save(str(path))
    print(path)


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent / "troubleshooter"
    scheme = sys.argv[2] if len(sys.argv) > 2 else "light"
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication([])
    apply_theme(app, scheme)
    now = datetime.now(UTC)
    with tempfile.TemporaryDirectory() as folder:
        os.environ["LOCKCARE_DATA_DIR"] = folder
        keys = MemoryKeyStore()
        seed_history(Path(folder), now=now, key_store=keys)
        core = LockcareApp(Path(folder), demo_note=DEMO_NOTE, key_store=keys)
        front = core.storage.locks.find(FRONT_DOOR)
        assert front is not None and front.id is not None
        core.storage.battery.add_events(
            LockEvent(lock_id=front.id, at=now - timedelta(hours=h), kind="alarm", code="wrong_finger") for h in (2, 5, 9)
        )
        window = core.build_window()
        window.resize(1100, 720)
        window.show()
        window.wait_loaded()
        window.select_lock(FRONT_DOOR)
        window.wait_loaded()
        page = window.open_troubleshooter()
        _shoot(app, window, out / "picker.png")
        for mode in core.services.troubleshoot.content.modes:
            page.start(mode.id)
            _shoot(app, window, out / f"{mode.id}.png")
        page.start("key-turns-locked")
        while page.walk is not None and not page.walk.finished:
            page.answer("no-change")
        _shoot(app, window, out / "support-summary.png")
        core.close()


if __name__ == "__main__":
    main()
