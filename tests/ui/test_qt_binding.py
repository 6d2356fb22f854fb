"""Guards against Qt-binding bugs that corrupt the interpreter rather than fail a test."""

from __future__ import annotations

import gc
import sys

import pyqtgraph as pg
from pytestqt.qtbot import QtBot


def test_creating_and_destroying_plot_items_keeps_bool_refcounts_balanced(qtbot: QtBot) -> None:
    # PySide6 6.12.0 lost references to True while pyqtgraph items were destroyed: after
    # enough charts the interpreter aborted at exit ("bool_dealloc"). pyproject excludes it.
    pg.PlotDataItem([1, 2, 3], [1, 2, 3])
    gc.collect()
    before = sys.getrefcount(True), sys.getrefcount(False)
    items = [pg.PlotDataItem([1, 2, 3], [3, 2, 1]) for _ in range(20)]
    del items
    gc.collect()
    assert (sys.getrefcount(True), sys.getrefcount(False)) == before
