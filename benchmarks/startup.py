"""Time from process start to the main window shown (offscreen), for lockcare and for a bare
PySide6 + pyqtgraph window, in the same run.

Usage: python benchmarks/startup.py [--runs N]

Each run starts a fresh Python process; the parent measures the wall time from spawning it to
the child printing "shown" right after the window's first paint has been processed.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

BARE = r"""
from PySide6.QtWidgets import QApplication, QMainWindow
import pyqtgraph as pg
app = QApplication([])
w = QMainWindow(); w.setCentralWidget(pg.PlotWidget()); w.resize(1040, 680); w.show()
app.processEvents()
print("shown", flush=True)
"""

LOCKCARE = r"""
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from lockcare.app import LockcareApp
from lockcare.ui.theme import apply_theme
app = QApplication([])
apply_theme(app)
core = LockcareApp(Path(sys.argv[1]))
w = core.build_window(); w.show()
app.processEvents()
print("shown", flush=True)
core.close()
"""


def time_child(code: str, *args: str) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE, text=True, env=env)
    assert proc.stdout is not None
    line = proc.stdout.readline()
    elapsed = time.perf_counter() - start
    proc.stdout.close()
    proc.wait(timeout=60)
    if line.strip() != "shown":
        raise SystemExit(f"child did not show its window (exit {proc.returncode})")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder)
        os.environ["LOCKCARE_DATA_DIR"] = str(data)
        sys.path.insert(0, str(ROOT))
        from datetime import UTC, datetime

        from lockcare.demo import seed_history

        seed_history(data, now=datetime.now(UTC))  # three locks with ~7 months of readings
        time_child(BARE)  # warm the file cache once for both
        bare = [time_child(BARE) for _ in range(args.runs)]
        ours = [time_child(LOCKCARE, str(data)) for _ in range(args.runs)]
    print(f"runs: {args.runs} each, offscreen, median (min-max) seconds from process start to window shown")
    print(f"bare PySide6 + pyqtgraph window: {statistics.median(bare):.3f} ({min(bare):.3f}-{max(bare):.3f})")
    print(f"lockcare main window (3 locks):  {statistics.median(ours):.3f} ({min(ours):.3f}-{max(ours):.3f})")
    print(f"lockcare overhead: {statistics.median(ours) - statistics.median(bare):+.3f} s")


if __name__ == "__main__":
    main()
