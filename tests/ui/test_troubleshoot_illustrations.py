"""The troubleshooter's illustrations: valid SVG that Qt renders, drawn on their own light card."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from lockcare.core.troubleshoot.content import load_content
from lockcare.resources import resource_path
from lockcare.ui.troubleshoot.svg_view import DARK_COLOURS, DONT, themed_svg

ILLUSTRATIONS_DIR = resource_path("illustrations")
SVGS = sorted(ILLUSTRATIONS_DIR.glob("*.svg"))
NS = "{http://www.w3.org/2000/svg}"
REQUIRED = {
    "square-bar.svg",
    "set-screw.svg",
    "fingerprint-placement.svg",
    "battery-compartment.svg",
    "wifi-band-signal.svg",
    "key-profiles.svg",
    "strike-plate.svg",
    "cleaning.svg",
}


def test_the_required_illustrations_exist() -> None:
    assert REQUIRED <= {path.name for path in SVGS}


def test_every_illustration_is_used_by_a_step() -> None:
    content = load_content(resource_path("troubleshooter"))
    used = {step.illustration for mode in content.modes for step in mode.steps}
    used |= {way.illustration for way in content.get_in.ways if way.illustration} if content.get_in else set()
    assert {path.name for path in SVGS} == used


@pytest.mark.parametrize("path", SVGS, ids=lambda p: p.name)
def test_qt_renders_it(qapp, path: Path) -> None:
    renderer = QSvgRenderer(str(path))
    assert renderer.isValid()
    assert renderer.viewBoxF() == QRectF(0, 0, 480, 300)
    # Rendered onto a dark window colour, the drawing brings its own light card.
    image = QImage(480, 300, QImage.Format.Format_ARGB32)
    image.fill(QColor("#1e1e1e"))
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    assert image.pixelColor(240, 20).name() == "#f7f7f5"
    dark = sum(
        1 for x in range(0, 480, 4) for y in range(0, 300, 4) if image.pixelColor(x, y).lightness() < 80
    )
    assert dark > 100, "the drawing looks empty"


@pytest.mark.parametrize("path", SVGS, ids=lambda p: p.name)
def test_style_rules(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    root = ET.fromstring(text)
    assert root.get("viewBox") == "0 0 480 300"
    assert root.get("font-family") == "sans-serif"
    assert "currentColor" not in text, "QSvgRenderer does not honour currentColor reliably"
    card = root.find(f"{NS}rect")
    assert card is not None and card.get("fill") == "#f7f7f5"
    assert root.find(f"{NS}title") is not None and root.find(f"{NS}title").text
    labels = root.findall(f".//{NS}text")
    assert labels, "every illustration carries at least one label"
    for label in labels:
        assert label.text and label.text.strip(), "no empty labels"
        assert float(label.get("font-size", "0")) >= 14
    colours = {c.lower() for c in re.findall(r"#[0-9a-fA-F]{3,6}\b", text)}
    accents = colours - {"#f7f7f5", "#c9c9c4", "#222", "#ffffff", "#e6eefc", "#e8e2d6", "#b9ae98", "#d9d9d4", "#123f8a"}
    assert accents <= {"#1f6feb", DONT}, f"one accent colour and the red of don'ts only, found {accents}"
    assert colours <= set(DARK_COLOURS), f"dark mode has no colour for {colours - set(DARK_COLOURS)}"


@pytest.mark.parametrize("name", ["fingerprint-placement.svg", "graphite-latch.svg", "key-profiles.svg",
                                  "wifi-band-signal.svg"])
def test_dont_marks_are_red_not_the_accent_blue(name: str) -> None:
    assert DONT in (ILLUSTRATIONS_DIR / name).read_text(encoding="utf-8")


@pytest.mark.parametrize("path", SVGS, ids=lambda p: p.name)
def test_in_dark_mode_it_sits_on_a_dark_card_with_light_strokes(qapp, path: Path) -> None:
    renderer = QSvgRenderer(QByteArray(themed_svg(path.read_bytes(), dark=True)))
    assert renderer.isValid()
    image = QImage(480, 300, QImage.Format.Format_ARGB32)
    image.fill(QColor("#202226"))
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    assert image.pixelColor(240, 20).name() == "#2a2d32"  # the card
    light = sum(
        1 for x in range(0, 480, 4) for y in range(0, 300, 4) if image.pixelColor(x, y).lightness() > 180
    )
    assert light > 100, "the strokes and words should be light on the dark card"
    assert themed_svg(path.read_bytes(), dark=False) == path.read_bytes()
