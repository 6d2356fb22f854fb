"""Regenerate the README screenshot from the demo data (offscreen).

Usage: python docs/make_screenshots.py [OUT_DIR]   (default: docs/)
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtWidgets import QApplication  # noqa: E402

from lockcare.app import LockcareApp  # noqa: E402
from lockcare.demo import DEMO_NOTE, seed_history  # noqa: E402
from lockcare.storage.keys import MemoryKeyStore  # noqa: E402
from lockcare.ui.theme import apply_theme  # noqa: E402


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
    app = QApplication([])
    for scheme in ("light", "dark"):
        apply_theme(app, scheme)
        suffix = "" if scheme == "light" else "-dark"
        with tempfile.TemporaryDirectory() as folder:
            os.environ["LOCKCARE_DATA_DIR"] = folder
            keys = MemoryKeyStore()
            seed_history(Path(folder), now=datetime.now(UTC), key_store=keys)
            core = LockcareApp(Path(folder), demo_note=DEMO_NOTE, key_store=keys)
            window = core.build_window()
            window.resize(1180, 760)
            window.show()
            window.select_lock("demo0front0door00001")
            window.lock_page.tabs.setCurrentWidget(window.lock_page.battery_panel)
            window.wait_loaded()
            app.processEvents()
            shots = {f"screenshot{suffix}.png": window}
            for name, widget in shots.items():
                widget.grab().save(str(out / name))
                print(out / name)
            window.show_home()
            window.wait_loaded()
            app.processEvents()
            window.grab().save(str(out / f"home{suffix}.png"))
            print(out / f"home{suffix}.png")
            core.close()

if __name__ == "__main__":
    main()
