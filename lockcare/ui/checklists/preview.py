"""Print preview and printing of checklist sheets (the GUI wires these to its actions).

The preview comes first (UX: "a print preview first"): :func:`show_print_preview` opens
Qt's preview dialog on a printer set to the chosen paper, from which the user can print
or change the page setup; each repaint lays the sheets out again for the current paper.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QLocale
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from lockcare.core.maintenance.checklist import Sheet
from lockcare.ui.checklists.render import document_title, page_layout, paint_sheets
from lockcare.core.i18n import translate


def make_printer(paper: str = "a4") -> QPrinter:
    """A high-resolution printer set up for ``paper`` ("a4" or "letter") with lockcare's margins."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(page_layout(paper))
    printer.setDocName(translate("checklists.preview", "lockcare checklist"))
    return printer


LETTER_TERRITORIES = {QLocale.Country.UnitedStates, QLocale.Country.Canada, QLocale.Country.Mexico,
                      QLocale.Country.Philippines}


def locale_paper(locale: QLocale | None = None) -> str:
    """"letter" where the locale's country prints on Letter paper, else "a4" (the GUI and the CLI)."""
    here = locale or QLocale()
    if here.territory() in LETTER_TERRITORIES or here.measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem:
        return "letter"
    return "a4"


def make_preview_dialog(
    sheets: Sequence[Sheet], parent: QWidget | None = None, *, paper: str = "a4"
) -> QPrintPreviewDialog:
    """Build (without showing) a print preview dialog for ``sheets``.

    Args:
        sheets: What to print; each sheet starts on a new page.
        parent: The dialog's parent window.
        paper: "a4" or "letter" to start with (the user may change it in the dialog).

    Returns:
        The dialog; it keeps its printer as ``dialog.printer()``.
    """
    printer = make_printer(paper)
    printer.setDocName(document_title(sheets))  # what the print queue shows
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(translate("checklists.preview", "Print preview: ") + document_title(sheets))
    kept = list(sheets)
    dialog.paintRequested.connect(lambda device: paint_sheets(kept, device))
    dialog._lockcare_printer = printer  # type: ignore[attr-defined]  # keep the printer alive with the dialog
    return dialog


def show_print_preview(sheets: Sequence[Sheet], parent: QWidget | None = None, *, paper: str = "a4") -> bool:
    """Open the print preview for ``sheets`` and wait until it closes.

    Returns:
        True when the user printed from the preview.
    """
    dialog = make_preview_dialog(sheets, parent, paper=paper)
    try:
        return dialog.exec() == QPrintPreviewDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()
