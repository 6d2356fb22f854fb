"""Turn checklist :class:`~lockcare.core.maintenance.checklist.Sheet` content into printed pages.

A sheet becomes HTML, the HTML a :class:`QTextDocument`, and the document is painted page
by page onto any paged device: a :class:`QPdfWriter` for ``--pdf`` files, or the
:class:`QPrinter` of the print preview and the print dialog. The text stays text in the
PDF (searchable, and readable by pypdf in the tests).

Choices:

* **Black and white.** Black text and rules only, no colour or light grey carries meaning;
  an overdue job says "OVERDUE" in bold capitals.
* **One page per lock.** A lock's sheet is laid out at 9.5 pt and shrunk in half-point
  steps (down to 7 pt) until it fits on one page of the chosen paper (the default jobs
  fit at 9.5 pt on A4 and Letter; only many added jobs run over to a second page rather
  than being clipped). Each sheet starts on a new page.
* **The household plan is a year at a glance** (:mod:`lockcare.ui.checklists.household`):
  a line per lock and job, a column per month, key figures once per job; one page for a
  household of a few locks, more only when there are many.
* **Tick boxes** are the "☐" character when the document font has it (DejaVu Sans does),
  otherwise a small bordered table cell.
* **Dates** are written in the user's locale ("3 Jul 2026" style, month names translated).
* **A QR code** (``segno``) beside a lock sheet's title says which lock the sheet is for
  (name and device id, never the key): sheets get taped inside cupboards and mixed up.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import QBuffer, QDate, QIODevice, QLocale, QMarginsF, QRectF, QSizeF, QUrl
from PySide6.QtGui import (
    QFont,
    QFontMetrics,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from lockcare.atomic import atomic_write
from lockcare.core.maintenance.checklist import Section, Sheet
from lockcare.ui.checklists.household import grid_html, grid_of, is_household
from lockcare.ui.text import html_text

PAPERS: dict[str, QPageSize.PageSizeId] = {
    "a4": QPageSize.PageSizeId.A4,
    "letter": QPageSize.PageSizeId.Letter,
}
"""Paper names accepted by :func:`write_pdf` and :func:`page_layout`."""

MARGINS_MM = QMarginsF(14, 12, 14, 12)
"""Page margins (left, top, right, bottom) in millimetres: inside every printer's reach."""

BASE_POINT_SIZE = 9.5
MIN_POINT_SIZE = 7.0
OVERFLOW_POINT_SIZE = 8.5
PDF_RESOLUTION = 300
FONT_FAMILIES = ["DejaVu Sans", "Segoe UI", "Helvetica Neue", "Arial", "Sans Serif"]
TICK = "\u2610"
QR_URL = QUrl("lockcare-qr:sheet")
"""Where a sheet's QR code image is found inside its document."""
QR_WIDTH = 0.11
"""The QR code's side as a share of the text width (about 20 mm on A4 and Letter)."""
QR_SCALE = 10
"""Image pixels per QR module."""
QR_BORDER = 2
"""Quiet zone around the code, in modules (a white table cell adds more)."""
ALL_SHEETS_TITLE = "Lock maintenance checklists: every lock and the household plan"
"""The document title of a file or print job with more than one sheet (not the first lock's name)."""


def document_title(sheets: Sequence[Sheet]) -> str:
    """The title a PDF viewer or print queue shows: the sheet's own, or :data:`ALL_SHEETS_TITLE`."""
    if len(sheets) == 1:
        return sheets[0].title
    return ALL_SHEETS_TITLE if sheets else "lockcare checklist"


def page_layout(paper: str = "a4") -> QPageLayout:
    """The portrait page layout for ``paper`` ("a4" or "letter") with lockcare's margins."""
    try:
        size = QPageSize(PAPERS[paper.lower()])
    except KeyError:
        raise ValueError(f"Unknown paper “{paper}”: use a4 or letter.") from None
    return QPageLayout(size, QPageLayout.Orientation.Portrait, MARGINS_MM, QPageLayout.Unit.Millimeter)


def write_pdf(sheets: Sequence[Sheet], path: str | Path, *, paper: str = "a4", title: str = "") -> int:
    """Write ``sheets`` to a PDF file.

    Args:
        sheets: The sheets, each starting on a new page.
        path: The PDF file to write.
        paper: "a4" or "letter".
        title: The PDF's document title (default: :func:`document_title`).

    Returns:
        The number of pages written.

    Raises:
        OSError: The file could not be written (an unwritable folder, a full disk, a
            device or pipe in its place); nothing was left behind and an older file
            of that name is as it was.
    """
    # Qt's PDF writer reports no write errors (a full disk gives a truncated file and
    # "success"), so the PDF is made in memory and written by Python, which does.
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_RESOLUTION)
    writer.setPageLayout(page_layout(paper))
    writer.setTitle(title or document_title(sheets))
    writer.setCreator("lockcare")
    pages = paint_sheets(sheets, writer)
    del writer  # finishes the document in the buffer
    with atomic_write(path, "wb") as handle:
        handle.write(buffer.data().data())
    return pages


def paint_sheets(sheets: Sequence[Sheet], device: QPagedPaintDevice) -> int:
    """Paint ``sheets`` onto a paged device (a QPdfWriter or a QPrinter) using its page layout.

    Returns:
        The number of pages painted.
    """
    rect = device.pageLayout().paintRectPixels(device.logicalDpiX())
    size = QSizeF(rect.width(), rect.height())
    documents = [page for sheet in sheets for page in layout_pages(sheet, device, size)]
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("Could not start printing (the printer or file refused to open).")
    try:
        for number, document in enumerate(documents):
            if number:
                device.newPage()
            document.drawContents(painter, QRectF(0, 0, size.width(), size.height()))
    finally:
        painter.end()
    return len(documents)


def layout_pages(sheet: Sheet, device: QPagedPaintDevice | None, page: QSizeF) -> list[QTextDocument]:
    """Lay ``sheet`` out as one document per page of ``page`` size (device pixels).

    Pages are cut here rather than by QTextDocument's own pagination, which can leave a
    heading straddling two pages. A lock's sheet (no month sections) is shrunk until it
    fits on one page. The household plan (and a lock sheet with so many jobs that even the
    smallest size overflows) is packed section by section; a section that does not fit is
    split between rows and continued on the next page, and each page says "page N of M".
    Every returned document fits its page, except a single row taller than a page.
    """
    if is_household(sheet):
        return _household_pages(sheet, device, page)
    point_size = BASE_POINT_SIZE
    while point_size >= MIN_POINT_SIZE:
        document = _document(sheet, "", device, page.width(), point_size)
        if document.size().height() <= page.height():
            return [document]
        point_size -= 0.5
    # Too many jobs for one page even at the smallest size: run over, never clip.
    size = OVERFLOW_POINT_SIZE
    pages = _pack(sheet, device, page, size)
    return [
        _document(*_page_sheet(sheet, sections, index, len(pages)), device, page.width(), size)
        for index, sections in enumerate(pages)
    ]


def _household_pages(sheet: Sheet, device: QPagedPaintDevice | None, page: QSizeF) -> list[QTextDocument]:
    """The year plan as a grid (:mod:`lockcare.ui.checklists.household`): one page when it fits at
    any size down to 7 pt, else lines packed page by page at 8.5 pt, the key figures on the last."""
    grid = grid_of(sheet)
    lines = list(grid.lines)

    def document(part: list, index: int, count: int, size: float) -> QTextDocument:
        doc, tick = _blank_document(device, page.width(), size)
        footer = f"Page {index + 1} of {count}"
        doc.setHtml(grid_html(sheet, grid, part, first=index == 0, last=index == count - 1, tick=tick, footer=footer))
        return doc

    size = BASE_POINT_SIZE
    while size >= MIN_POINT_SIZE:
        whole = document(lines, 0, 1, size)
        if whole.size().height() <= page.height():
            return [whole]
        size -= 0.5
    parts: list[list] = []
    rest = lines
    while rest:
        fits = [n for n in range(1, len(rest) + 1)
                if document(rest[:n], len(parts), 99, OVERFLOW_POINT_SIZE).size().height() <= page.height()]
        count = max(fits) if fits else 1  # a line taller than a page still prints, never loops
        parts.append(rest[:count])
        rest = rest[count:]
    if document(parts[-1], len(parts) - 1, len(parts), OVERFLOW_POINT_SIZE).size().height() > page.height():
        parts.append([])  # the key figures get a page of their own
    return [document(part, i, len(parts), OVERFLOW_POINT_SIZE) for i, part in enumerate(parts)]


def _pack(sheet: Sheet, device: QPagedPaintDevice | None, page: QSizeF, size: float) -> list[list[Section]]:
    def fits(sections: list[Section], index: int) -> bool:
        document = _document(*_page_sheet(sheet, sections, index, 99), device, page.width(), size)
        return document.size().height() <= page.height()

    pages: list[list[Section]] = []
    current: list[Section] = []
    pending = list(sheet.sections)
    while pending:
        section = pending.pop(0)
        if fits([*current, section], len(pages)):
            current.append(section)
            continue
        low, high = 0, len(section.rows) - 1  # the largest head of the rows that fits
        while low < high:
            middle = (low + high + 1) // 2
            if fits([*current, replace(section, rows=section.rows[:middle])], len(pages)):
                low = middle
            else:
                high = middle - 1
        if low == 0 and not current:
            low = 1  # a single row taller than a page: print it anyway, never loop
        if low:
            current.append(replace(section, rows=section.rows[:low]))
            pending.insert(0, replace(section, title=f"{section.title} (continued)", rows=section.rows[low:], note=""))
        else:
            pending.insert(0, section)
        pages.append(current)
        current = []
    if current or not pages:
        pages.append(current)
    return pages


def _page_sheet(sheet: Sheet, sections: list[Section], index: int, count: int) -> tuple[Sheet, str]:
    title = sheet.title if index == 0 else f"{sheet.title} (continued)"
    subtitle = sheet.subtitle if index == 0 else ""
    part = replace(sheet, title=title, subtitle=subtitle, sections=tuple(sections))
    return part, f"Page {index + 1} of {count}"


def sheet_html(sheet: Sheet, *, tick: str = TICK, footer: str = "", qr_size: int = 0) -> str:
    """The sheet as the HTML subset QTextDocument understands.

    Args:
        sheet: The content.
        tick: The tick-box character, or "" to draw boxes as bordered cells.
        footer: Extra words for the last line ("Page 2 of 5").
        qr_size: Side of the QR code in document pixels (0: none); the image itself is
            the document resource at :data:`QR_URL` (:func:`qr_image`).
    """
    household = any(section.month for section in sheet.sections)
    titles = f"<h1>{_e(sheet.title)}</h1><p class='sub'>{_e(sheet.subtitle)}</p>"
    if sheet.qr_text and qr_size:
        image = f"<img src='{QR_URL.toString()}' width='{qr_size}' height='{qr_size}'/>"
        titles = (f"<table width='100%' cellpadding='0' cellspacing='0'><tr><td class='head'>{titles}</td>"
                  f"<td class='head' width='{qr_size}' align='right'>{image}</td></tr></table>")
    parts = [titles]
    for section in sheet.sections:
        parts.append(f"<h2>{_e(section.title)}</h2>")
        if section.note and section.rows:
            parts.append(f"<p>{_e(section.note)}</p>")
        if not section.rows:
            parts.append(f"<p>{_e(section.note)}</p>")
        elif household and section.month:
            parts.append(_plan_table(section, tick))
        elif any(row.figures for row in section.rows) and not any(row.tick_box for row in section.rows):
            parts.append(_advice_table(section))
        elif all(not row.tick_box and not row.write_in for row in section.rows):
            parts.append(_facts_table(section))
        elif section.rows[0].label == "Notes" and not section.rows[0].tick_box:
            parts.append(_notes_box())
        else:
            parts.append(_jobs_table(section, tick))
    foot = f"Made with lockcare on {_day(sheet.made_on)}." + (f" {footer}." if footer else "")
    parts.append(f"<p class='foot'>{_e(foot)}</p>")
    return "".join(parts)


def _blank_document(device: QPagedPaintDevice | None, width: float, point_size: float) -> tuple[QTextDocument, str]:
    """An empty document in the printed font and style; with the tick character if the font has it ("" if not)."""
    document = QTextDocument()
    if device is not None:
        document.documentLayout().setPaintDevice(device)
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPointSizeF(point_size)
    for ligature in ("liga", "clig"):  # keep "fi" as two letters: searchable, copyable PDF text
        font.setFeature(QFont.Tag(ligature), 0)
    document.setDefaultFont(font)
    document.setDocumentMargin(0)
    document.setTextWidth(width)
    document.setDefaultStyleSheet(_css(point_size))
    return document, TICK if QFontMetrics(font).inFontUcs4(ord(TICK)) else ""


def _document(
    sheet: Sheet, footer: str, device: QPagedPaintDevice | None, width: float, point_size: float
) -> QTextDocument:
    document, tick = _blank_document(device, width, point_size)
    qr_size = 0
    if sheet.qr_text:
        document.addResource(QTextDocument.ResourceType.ImageResource, QR_URL, qr_image(sheet.qr_text))
        css_pixels = (device.logicalDpiX() if device is not None else 96) / 96  # <img> sizes are CSS pixels
        qr_size = round(width * QR_WIDTH / css_pixels)
    document.setHtml(sheet_html(sheet, tick=tick, footer=footer, qr_size=qr_size))
    return document


def qr_image(text: str) -> QImage:
    """``text`` as a black-and-white QR code: :data:`QR_SCALE` pixels a module, a quiet zone of two.

    Drawn at about 20 mm, that is some 450 dpi: sharp edges on paper and in PDF viewers,
    which smooth small images when they enlarge them.
    """
    import segno  # only when printing: importing it costs the window's start-up about 0.1 s

    buffer = io.BytesIO()
    segno.make(text, error="m", micro=False).save(buffer, kind="png", scale=QR_SCALE, border=QR_BORDER)
    return QImage.fromData(buffer.getvalue(), "PNG")


def _css(pt: float) -> str:
    return (
        "body, p, td, th { color: #000000; }"
        f"h1 {{ font-size: {pt * 1.7:.1f}pt; font-weight: bold; margin-bottom: 2px; }}"
        f"h2 {{ font-size: {pt * 1.2:.1f}pt; font-weight: bold; margin-top: 8px; margin-bottom: 3px; }}"
        "p { margin-top: 0px; margin-bottom: 2px; }"
        f"p.sub {{ font-size: {pt:.1f}pt; margin-bottom: 4px; }}"
        f"p.foot {{ font-size: {pt * 0.85:.1f}pt; margin-top: 6px; }}"
        "table { border-collapse: collapse; }"
        "td, th { border: 1px solid #000000; vertical-align: top; }"
        "td.head { border-width: 0px; border-style: none; }"
        "th { font-weight: bold; text-align: left; }"
        f"td.tick {{ font-size: {pt * 1.6:.1f}pt; text-align: center; vertical-align: top; }}"
        f"span.fig {{ font-weight: bold; }}"
        f"span.small {{ font-size: {pt * 0.9:.1f}pt; }}"
    )


def _facts_table(section: Section) -> str:
    cells = []
    for row in section.rows:
        value = row.text
        if row.on is not None:
            value = f"{_day(row.on)} {row.text}".strip()
        cells.append(f"<td width='18%'><b>{_e(row.label)}</b></td><td width='32%'>{_e(value)}</td>")
    if len(cells) % 2:
        cells.append("<td width='18%'></td><td width='32%'></td>")
    rows = "".join(f"<tr>{cells[i]}{cells[i + 1]}</tr>" for i in range(0, len(cells), 2))
    return f"<table width='100%' cellpadding='3' cellspacing='0'>{rows}</table>"


def _advice_table(section: Section) -> str:
    rows = []
    for row in section.rows:
        what = _e(row.text)
        if row.figures:
            what += "<br/>Key figures: " + ", ".join(f"<span class='fig'>{_e(f)}</span>" for f in row.figures)
        rows.append(f"<tr><td width='26%'><b>{_e(row.label)}</b><br/>{_e(row.interval)}</td><td width='74%'>{what}</td></tr>")
    return f"<table width='100%' cellpadding='3' cellspacing='0'>{''.join(rows)}</table>"


def _jobs_table(section: Section, tick: str) -> str:
    head = (
        "<tr><th width='4%'></th><th width='22%'>Job</th><th width='48%'>What to do</th>"
        "<th width='26%'>Done by / date / notes</th></tr>"
    )
    body = []
    for row in section.rows:
        job = f"<b>{_e(row.label)}</b><br/>{_e(row.interval)}"
        if row.on is not None:
            due = f"OVERDUE since {_day(row.on)}" if row.overdue else f"Next: {_day(row.on)}"
            job += f"<br/>{'<b>' + due + '</b>' if row.overdue else due}"
        what = _e(row.text)
        if row.figures:
            what += "<br/>Key figures: " + ", ".join(f"<span class='fig'>{_e(f)}</span>" for f in row.figures)
        if row.why:
            what += f"<br/><span class='small'><i>{_e(row.why)}</i></span>"
        write_in = "<br/><br/>".join(f"{_e(label)}:" for label in row.write_in)
        body.append(f"<tr>{_tick_cell(tick)}<td>{job}</td><td>{what}</td><td>{write_in}</td></tr>")
    return f"<table width='100%' cellpadding='3' cellspacing='0'>{head}{''.join(body)}</table>"


def _plan_table(section: Section, tick: str) -> str:
    head = (
        "<tr><th width='4%'></th><th width='15%'>Due</th><th width='15%'>Lock</th>"
        "<th width='20%'>Job</th><th width='26%'>Key figures</th><th width='20%'>Done by / date</th></tr>"
    )
    body = []
    for row in section.rows:
        due = _day(row.on) if row.on else ""
        if row.overdue:
            due = f"<b>OVERDUE</b><br/>since {due}"
        figures = ", ".join(_e(f) for f in row.figures)
        body.append(
            f"<tr>{_tick_cell(tick)}<td>{due}</td><td>{_e(row.lock_name)}</td>"
            f"<td>{_e(row.label)}</td><td>{figures}</td><td></td></tr>"
        )
    return f"<table width='100%' cellpadding='2' cellspacing='0'>{head}{''.join(body)}</table>"


def _notes_box() -> str:
    lines = "<br/>" * 5
    return f"<table width='100%' cellpadding='4' cellspacing='0'><tr><td>{lines}</td></tr></table>"


def _tick_cell(tick: str) -> str:
    if tick:
        return f"<td class='tick'>{tick}</td>"
    box = "<table cellspacing='0' cellpadding='5'><tr><td>&nbsp;</td></tr></table>"
    return f"<td>{box}</td>"


def _day(day: date | None) -> str:
    if day is None:
        return ""
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM yyyy")


_e = html_text


__all__ = ["ALL_SHEETS_TITLE", "PAPERS", "QR_URL", "document_title", "layout_pages", "page_layout", "paint_sheets", "qr_image", "sheet_html", "write_pdf"]
