"""Time from process start to the first paint of the main window, for lockcare and for a bare
PySide6 + pyqtgraph window, measured the same way in the same run; prints the ratio.

Usage: python benchmarks/startup.py [--runs N] [--source DIR]

The data folder holds 3 locks with a year of 15-minute readings each (35,064 per lock, 2 swaps),
written once with ``executemany``. Each run starts a fresh Python process (bare and lockcare
alternate, so both meet the same machine load); the parent measures the wall time from
spawning it to the child printing ``painted``, which the child does from an event filter when
its shown main window receives its first paint event. lockcare's child starts the way
``lockcare gui`` does (``qt_application()``: name, icon, theme; ``LockcareApp`` on the data
folder; ``build_window().show()``) without the live reads and the wake-up listener, which
would reach for the network. ``--source`` measures another checkout (its ``lockcare`` first
on the child's ``PYTHONPATH``); the data folder is then built by that checkout.
"""

from __future__ import annotations

import argparse
import os
import select
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

PAINTED = r"""
import os
from PySide6.QtCore import QEvent, QObject
class FirstPaint(QObject):
    # Installed on the application: the first paint event of any widget of the shown window.
    def __init__(self, window):
        super().__init__()
        self.window = window
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and getattr(watched, "window", None) and watched.window() is self.window:
            print("painted", flush=True)
            os._exit(0)
        return False
"""

BARE = PAINTED + r"""
from PySide6.QtWidgets import QApplication, QMainWindow
import pyqtgraph as pg
app = QApplication([])
w = QMainWindow(); w.setCentralWidget(pg.PlotWidget()); w.resize(1040, 680)
painted = FirstPaint(w); app.installEventFilter(painted)
w.show()
app.exec()
"""

LOCKCARE = PAINTED + r"""
import sys
from pathlib import Path
from lockcare import app as lockcare_app
from lockcare.storage.keys import MemoryKeyStore
qt = lockcare_app.qt_application() if hasattr(lockcare_app, "qt_application") else None
if qt is None:  # an older checkout: what its run_app did
    from PySide6.QtWidgets import QApplication
    from lockcare.ui.theme import apply_theme
    qt = QApplication([]); apply_theme(qt)
core = lockcare_app.LockcareApp(Path(sys.argv[1]), key_store=MemoryKeyStore())
w = core.build_window(); w.resize(1040, 680)
painted = FirstPaint(w); qt.installEventFilter(painted)
w.show()
qt.exec()
"""


def time_child(code: str, source: Path, *args: str) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_LOGGING_RULES": "qt.qpa.*=false",
           "PYTHONPATH": str(source), "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE, text=True, env=env,
                            cwd=tempfile.gettempdir())
    assert proc.stdout is not None
    if not select.select([proc.stdout], [], [], 60)[0]:
        proc.kill()
        raise SystemExit("a child did not paint its window within 60 s")
    line = proc.stdout.readline()  # the child exits right after printing (or on failure)
    elapsed = time.perf_counter() - start
    proc.stdout.close()
    proc.wait(timeout=60)
    if line.strip() != "painted":
        raise SystemExit(f"child did not paint its window (exit {proc.returncode})")
    return elapsed


def build_data(folder: Path, source: Path) -> None:
    """Three locks, a year of 15-minute readings each (built by ``source``'s lockcare)."""
    script = f"import sys; sys.path.insert(0, {str(ROOT / 'benchmarks')!r}); import gui_stall; " \
             f"gui_stall.build(__import__('pathlib').Path({str(folder)!r}), 3, 1.0)"
    env = {**os.environ, "PYTHONPATH": str(source)}
    subprocess.run([sys.executable, "-c", script], check=True, env=env, cwd=tempfile.gettempdir(),
                   stdout=subprocess.DEVNULL)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--source", type=Path, default=ROOT, help="the checkout to measure (default: this one)")
    args = parser.parse_args()
    source = args.source.resolve()
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder)
        build_data(data, source)
        time_child(BARE, source)  # warm the file cache once for both
        time_child(LOCKCARE, source, str(data))
        bare, ours = [], []
        for _ in range(args.runs):
            bare.append(time_child(BARE, source))
            ours.append(time_child(LOCKCARE, source, str(data), ))
    ratio = statistics.median(ours) / statistics.median(bare)
    print(f"lockcare from {source}; {args.runs} runs each, offscreen, alternating; "
          "median (min-max) seconds from process start to the window's first paint")
    print(f"bare PySide6 + pyqtgraph window:         {statistics.median(bare):.3f} ({min(bare):.3f}-{max(bare):.3f})")
    print(f"lockcare main window (3 locks x 1 year): {statistics.median(ours):.3f} ({min(ours):.3f}-{max(ours):.3f})")
    print(f"ratio lockcare / bare: {ratio:.2f}x (goal: 1.3x or less)")


if __name__ == "__main__":
    main()
