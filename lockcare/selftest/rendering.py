"""The self-test's checks that draw with Qt (offscreen): illustrations, the icon, a chart, a PDF."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

from lockcare.resources import resource_path
from lockcare.selftest.context import Context
from lockcare.selftest.report import CheckFailed
from lockcare.ui.checklists.render import write_pdf

ICON_SIZES = (16, 32, 256)
_APP: list[QApplication] = []  # the run's one QApplication, kept alive until the process ends


def ensure_app() -> QApplication:
    """The QApplication the drawing checks need (the runner has set the offscreen platform)."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(["lockcare-self-test"])
        _APP.append(app)
    return app  # type: ignore[return-value]


def render_svg(path: Path, width: int) -> QImage:
    """Draw an SVG file ``width`` pixels wide; raise :class:`CheckFailed` if it is unreadable or blank."""
    renderer = QSvgRenderer(str(path))
    if not renderer.isValid():
        raise CheckFailed(f"{path.name} is not a readable SVG image")
    size = renderer.defaultSize()
    if size.isEmpty():
        raise CheckFailed(f"{path.name} has no size")
    height = max(1, round(width * size.height() / size.width()))
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    blank = image.copy()
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    if image == blank:
        raise CheckFailed(f"{path.name} draws nothing")
    return image


def illustrations(ctx: Context) -> str:
    """Every illustration of the troubleshooter draws."""
    ensure_app()
    files = sorted(resource_path("illustrations").glob("*.svg"))
    if not files:
        raise CheckFailed(f"no illustrations in {resource_path('illustrations')}")
    for path in files:
        render_svg(path, 480)
    return f"{len(files)} illustrations drawn"


def icon(ctx: Context) -> str:
    """The app icon draws at small and large sizes, and Qt's icon engine reads it."""
    ensure_app()
    path = resource_path("icons", "lockcare.svg")
    if not path.is_file():
        raise CheckFailed(f"the app icon is missing ({path})")
    for size in ICON_SIZES:
        render_svg(path, size)
    pixmap = QIcon(str(path)).pixmap(QSize(32, 32))
    if pixmap.isNull():
        raise CheckFailed("Qt could not make a window icon from lockcare.svg (SVG icon engine missing?)")
    return f"drawn at {', '.join(f'{s} px' for s in ICON_SIZES)}; window icon ready"


def battery_chart(ctx: Context) -> str:
    """The emulated lock's battery history draws as a chart (pyqtgraph and numpy work)."""
    from lockcare.ui.battery.chart import BatteryChart  # pyqtgraph and numpy: a failure here is this check's

    ensure_app()
    services = ctx.need_services()
    lock = ctx.need_lock()
    history = services.battery.history(lock)
    report = history.report
    chart = BatteryChart()
    try:
        chart.resize(640, 360)
        chart.set_history(history.readings, history.swaps, report.forecast, report.now)
        path = ctx.folder / "chart.png"
        chart.export_png(path, width=640)
    finally:
        chart.deleteLater()
    image = QImage(str(path))
    if image.isNull() or image.width() != 640:
        raise CheckFailed("the battery chart could not be drawn to a PNG")
    count = report.reading_count
    return f"{count} reading{'s' if count != 1 else ''} drawn to a {image.width()}×{image.height()} PNG"


def checklist_pdf(ctx: Context) -> str:
    """Every checklist (the emulated lock's and the household plan) prints to a PDF."""
    ensure_app()
    services = ctx.need_services()
    sheets = services.plan.sheets()
    path = ctx.folder / "checklists.pdf"
    pages = write_pdf(sheets, path, paper="a4")
    data = path.read_bytes()
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-1024:]:
        raise CheckFailed(f"{path.name} is not a complete PDF")
    if pages < len(sheets):
        raise CheckFailed(f"{len(sheets)} checklists gave only {pages} pages")
    return f"{pages} pages (A4) for {len(sheets)} checklists, {len(data) // 1024} KiB"


def translations(ctx: Context) -> str:
    """The window speaks German when asked: lockcare's texts, dates and Qt's own buttons."""
    from PySide6.QtWidgets import QDialogButtonBox

    from lockcare.app import LockcareApp
    from lockcare.storage.keys import MemoryKeyStore
    from lockcare.ui import language

    ensure_app()
    codes = language.available()
    if "de" not in codes:
        raise CheckFailed(f"no German translation in {resource_path('translations')}")
    try:
        if language.install("de") != "de":
            raise CheckFailed("the German translation could not be read (see the log)")
        core = LockcareApp(ctx.folder / "window", key_store=MemoryKeyStore(), demo_note="self-test")
        try:
            menus = [action.text() for action in core.build_window().menuBar().actions()]
        finally:
            core.close()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "")
        buttons.deleteLater()
    finally:
        language.install(language.ENGLISH)
    if "&Hilfe" not in menus:
        raise CheckFailed(f"the window's menus are not German: {', '.join(menus)}")
    if cancel != "Abbrechen":
        raise CheckFailed(f"Qt's own buttons are not German (Cancel reads “{cancel}”)")
    return f"{', '.join(codes)}; German window menus {' · '.join(m.replace('&', '') for m in menus)}; Qt's buttons too"
