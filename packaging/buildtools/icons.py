"""The app icon in every format a system wants, drawn from the SVG master at build time.

PNGs come from Qt's SVG renderer (already a dependency); Pillow packs them into the
Windows ``.ico`` and the macOS ``.icns``. Nothing generated is committed.
"""

from __future__ import annotations

import os
from pathlib import Path

PNG_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512, 1024)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)
HICOLOR_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def render_pngs(svg: Path, out: Path, sizes: tuple[int, ...] = PNG_SIZES) -> dict[int, Path]:
    """Draw ``svg`` as square PNGs, one per size, named ``lockcare-<size>.png``."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(["lockcare-build"])  # noqa: F841 (fonts need one)
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"build: {svg} is not a valid SVG")
    out.mkdir(parents=True, exist_ok=True)
    made = {}
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        path = out / f"lockcare-{size}.png"
        if not image.save(str(path)):
            raise SystemExit(f"build: could not write {path}")
        made[size] = path
    return made


def write_ico(pngs: dict[int, Path], path: Path) -> Path:
    """Pack the PNGs into a Windows icon (each size drawn, not scaled from one)."""
    from PIL import Image

    images = [Image.open(pngs[size]).convert("RGBA") for size in ICO_SIZES]
    images[-1].save(path, format="ICO", sizes=[(s, s) for s in ICO_SIZES], append_images=images[:-1])
    return path


def write_icns(pngs: dict[int, Path], path: Path) -> Path:
    """Pack the PNGs into a macOS icon."""
    from PIL import Image

    images = [Image.open(pngs[size]).convert("RGBA") for size in ICNS_SIZES]
    images[-1].save(path, format="ICNS", append_images=images[:-1])
    return path


def generate(svg: Path, out: Path) -> dict[str, Path]:
    """Every icon file the packaging needs, in ``out``: PNGs, ``lockcare.png``, ``.ico``, ``.icns``."""
    pngs = render_pngs(svg, out / "png")
    made = {
        "png": pngs[256],
        "ico": write_ico(pngs, out / "lockcare.ico"),
        "icns": write_icns(pngs, out / "lockcare.icns"),
    }
    return {**made, **{f"png{size}": path for size, path in pngs.items()}}
