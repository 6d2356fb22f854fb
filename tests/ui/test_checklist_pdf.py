"""Printable checklists: PDFs for A4 and Letter, text extracted with pypdf, one page per lock."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import re

import pytest
import segno
from dateutil.relativedelta import relativedelta
from pypdf import PdfReader
from PySide6.QtCore import QSizeF
from PySide6.QtGui import QPdfWriter, QTextDocument
from PySide6.QtPrintSupport import QPrinter

from lockcare.cli import main
from lockcare.core.maintenance.log_types import TASK_SPECS
from lockcare.core.models import Lock
from lockcare.services.maintenance_plan import MaintenancePlan
from lockcare.services.maintenance_tasks import MaintenanceTasks
from lockcare.services.registry import Services
from lockcare.storage import Storage
from tests.support.services import opened_services
from lockcare.ui.checklists.preview import make_preview_dialog, make_printer
from lockcare.ui.checklists.render import (
    ALL_SHEETS_TITLE,
    QR_BORDER,
    QR_SCALE,
    QR_URL,
    layout_pages,
    page_layout,
    paint_sheets,
    qr_image,
    sheet_html,
    write_pdf,
)
from tests.support.network import ASLEEP_HOST, closed_port

NOW = datetime(2026, 7, 1, 12, tzinfo=UTC)
KEY = "0123456789abcdef"
FIGURES = ("2.0 N·m", "Phillips #2", "graphite", "70 % isopropyl alcohol", "neutral pH", "20 %", "☐")
PAPER_POINTS = {"a4": (595, 842), "letter": (612, 792)}


@pytest.fixture
def opened(data_dir: Path) -> Iterator[tuple[Storage, Services]]:
    with opened_services(data_dir, clock=lambda: NOW, tz=ZoneInfo("Europe/London")) as (storage, built):
        for index, name in enumerate(["Front door", "Back door", "Garage side entrance with a rather long name"]):
            lock = built.locks.add_lock(
                Lock(name=name, device_id=f"bf3a1c2d3e4f5a6b7c8{index}", address=ASLEEP_HOST, port=closed_port(),
                     product_name="Wi-Fi fingerprint lock", product_id="oufbykkic2alxcjw",
                     created_at=NOW - timedelta(days=300)),
                KEY,
            )
            built.maintenance.record_swap(lock, at=NOW - timedelta(days=100))
        yield storage, built


@pytest.fixture
def tasks(opened: tuple[Storage, Services]) -> MaintenanceTasks:
    return opened[1].tasks


@pytest.fixture
def service(opened: tuple[Storage, Services]) -> MaintenancePlan:
    """The plan, without a forecast (the battery line of a lock with too few readings)."""
    storage = opened[0]
    return MaintenancePlan(storage.locks, storage.battery, storage.maintenance, clock=lambda: NOW,
                           tz=ZoneInfo("Europe/London"), forecaster=lambda lock: None)


def page_texts(path: Path) -> list[str]:
    # Qt writes each word separately; pypdf joins them with tabs or newlines.
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_a_lock_sheet_is_one_page_with_every_task_and_figure(
    qapp: object, service: MaintenancePlan, tmp_path: Path, paper: str
) -> None:
    lock = service.maintained_locks()[0]
    path = tmp_path / f"{paper}.pdf"
    assert write_pdf(service.sheets(lock), path, paper=paper) == 1
    reader = PdfReader(path)
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == PAPER_POINTS[paper]
    (text,) = page_texts(path)
    assert lock.name in text and "Wi-Fi fingerprint lock" in text and "oufbykkic2alxcjw" in text
    assert "4 × AA alkaline (1.5 V)" in text and "Last battery swap" in text
    for spec in TASK_SPECS:
        assert spec.title in text
    for figure in FIGURES:
        assert figure in text
    assert "Every 3 months" in text and "Every year" in text
    assert "Done by:" in text and "Notes:" in text


@pytest.mark.slow  # lays the sheet out at every size
@pytest.mark.parametrize("paper", ["a4", "letter"])
@pytest.mark.parametrize(("extra", "one_page"), [(2, True), (14, False)])
def test_added_jobs_shrink_the_sheet_and_never_clip(
    qapp: object, service: MaintenancePlan, tasks: MaintenanceTasks, tmp_path: Path, paper: str, extra: int, one_page: bool
) -> None:
    lock = service.maintained_locks()[0]
    for n in range(extra):
        tasks.add_task(lock, f"Extra job number {n} with a longer name to wrap", interval_months=n + 1)
    sheets = service.sheets(lock)
    writer = QPdfWriter(str(tmp_path / "probe.pdf"))
    writer.setResolution(300)
    writer.setPageLayout(page_layout(paper))
    rect = writer.pageLayout().paintRectPixels(writer.logicalDpiX())
    documents = layout_pages(sheets[0], writer, QSizeF(rect.width(), rect.height()))
    assert (len(documents) == 1) is one_page
    assert all(doc.size().height() <= rect.height() for doc in documents)  # nothing below the page edge
    path = tmp_path / "many.pdf"
    assert write_pdf(sheets, path, paper=paper) == len(documents)
    texts = page_texts(path)
    assert f"Extra job number {extra - 1}" in " ".join(texts)
    assert "Notes" in texts[-1]


@pytest.mark.slow  # every sheet through the CLI
@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_all_sheets_and_the_household_plan_from_the_cli(
    capsys: pytest.CaptureFixture[str], service: MaintenancePlan, tmp_path: Path, paper: str
) -> None:
    path = tmp_path / "all.pdf"
    assert main(["checklist", "--all", "--pdf", str(path), "--paper", paper]) == 0
    assert f"({paper.upper()})" in capsys.readouterr().out
    texts = page_texts(path)
    names = [lock.name for lock in service.maintained_locks()]
    for name, text in zip(names, texts, strict=False):  # one page per lock, in order
        assert text.startswith(f"{name}: maintenance checklist")
    plan = texts[len(names):]
    assert plan and plan[0].startswith("Household lock maintenance plan")
    assert len(plan) == 1  # a year for a household of a few locks: one page, not six of monthly rows
    joined = " ".join(plan)
    this_month = datetime.now().astimezone().date().replace(day=1)
    first, last = this_month, this_month + relativedelta(months=11)
    assert f"{first:%B %Y} to {last:%B %Y}" in joined  # the year it covers
    for ahead in (0, 5, 11):  # a column for every month
        month = this_month + relativedelta(months=ahead)
        assert re.search(rf"{month:%b}\s+{month.year}", joined)
    assert f"Page {len(plan)} of {len(plan)}" in plan[-1]
    assert joined.count("2.0 N·m, Phillips #2") == 1  # key figures once per job, not on every line
    assert PdfReader(path).metadata.title == ALL_SHEETS_TITLE  # not the first lock's name


def test_one_lock_from_the_cli(capsys: pytest.CaptureFixture[str], service: MaintenancePlan, tmp_path: Path) -> None:
    path = tmp_path / "front.pdf"
    assert main(["checklist", "front door", "--pdf", str(path)]) == 0
    assert len(PdfReader(path).pages) == 1
    assert main(["checklist", "--pdf", str(path)]) == 2  # LOCK or --all is required
    capsys.readouterr()


def test_boxes_fall_back_to_bordered_cells(service: MaintenancePlan) -> None:
    html = sheet_html(service.sheets(service.maintained_locks()[0])[0], tick="")
    assert "☐" not in html and "<table cellspacing='0' cellpadding='5'>" in html


def test_the_preview_paints_on_a_printer(qapp: object, service: MaintenancePlan, tmp_path: Path) -> None:
    sheets = service.sheets()
    dialog = make_preview_dialog(sheets, paper="letter")
    try:
        printer = dialog.printer()
        assert printer.pageLayout().pageSize().id() == make_printer("letter").pageLayout().pageSize().id()
    finally:
        dialog.deleteLater()
    printer = make_printer("a4")
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    pages = paint_sheets(sheets, printer)
    assert pages == len(PdfReader(tmp_path / "printed.pdf").pages) >= len(sheets)


def test_a_lock_sheet_carries_a_qr_code_that_names_the_lock(qapp: object, service: MaintenancePlan, tmp_path: Path) -> None:
    lock = service.maintained_locks()[0]
    [sheet] = service.sheets(lock)
    assert sheet.qr_text == f"lockcare lock\nName: {lock.name}\nDevice id: {lock.device_id}\nProduct id: {lock.product_id}"
    assert KEY not in sheet.qr_text
    assert service.household_sheet().qr_text == ""  # the plan is for every lock: no code

    image = qr_image(sheet.qr_text)
    matrix = segno.make(sheet.qr_text, error="m", micro=False).matrix
    side = len(matrix) + 2 * QR_BORDER
    assert image.width() == image.height() == side * QR_SCALE
    dark = [[image.pixelColor((x + QR_BORDER) * QR_SCALE + QR_SCALE // 2,
                              (y + QR_BORDER) * QR_SCALE + QR_SCALE // 2).lightness() < 128
             for x in range(len(matrix))] for y in range(len(matrix))]
    assert dark == [[bool(module) for module in row] for row in matrix]  # exactly segno's symbol for that text

    [document] = layout_pages(sheet, None, QSizeF(700, 990))
    assert document.resource(QTextDocument.ResourceType.ImageResource, QR_URL) == image
    path = tmp_path / "one.pdf"
    assert write_pdf([sheet], path) == 1
    [page] = PdfReader(path).pages
    images = [x.get_object() for x in page["/Resources"]["/XObject"].values()]
    assert [(x["/Width"], x["/Height"]) for x in images if x["/Subtype"] == "/Image"] == [(image.width(), image.height())]
