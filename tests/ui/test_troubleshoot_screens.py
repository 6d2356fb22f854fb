"""Each failure mode's first step, rendered in both palettes and checked for layout trouble.

The pictures are written to the test's temporary folder (and regenerated for the docs by
``docs/make_screenshots.py``) to be looked at, not compared pixel by pixel.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from lockcare.app import LockcareApp
from lockcare.core.troubleshoot.content import load_content
from lockcare.resources import resource_path
from lockcare.ui.theme import apply_theme

MODES = [mode.id for mode in load_content(resource_path("troubleshooter")).modes]


@pytest.fixture(params=["light", "dark"])
def scheme(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    palette, style = qapp.palette(), qapp.style().name()
    apply_theme(qapp, request.param)
    yield request.param
    qapp.setStyle(style)
    qapp.setPalette(palette)


@pytest.mark.parametrize("mode_id", MODES)
def test_first_step_renders_readably(
    qtbot: QtBot, make_app: Callable[..., LockcareApp], tmp_path: Path, scheme: str, mode_id: str
) -> None:
    window = make_app().build_window()
    qtbot.addWidget(window)
    window.resize(1100, 720)
    window.show()
    qtbot.waitExposed(window)
    page = window.open_troubleshooter()
    page.start(mode_id)
    view = page.step_view
    qtbot.waitUntil(lambda: view.picture.width() > 0)
    shot = tmp_path / f"{mode_id}-{scheme}.png"
    assert window.grab().save(str(shot)) and shot.stat().st_size > 10_000

    assert view.picture.isVisible()
    assert view.picture.width() >= 0.45 * view.width() and view.picture.height() >= 250  # large
    text = view.scroll.widget()
    assert text.width() <= view.scroll.viewport().width()  # nothing cut off on the right
    for button in view.outcome_buttons.values():
        assert button.isVisible() and button.width() >= button.sizeHint().width()
        assert view.rect().contains(QRect(button.mapTo(view, QPoint(0, 0)), button.size()))
