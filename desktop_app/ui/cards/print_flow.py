"""The print dialogs for card drafts and envelopes: preview, any printer, Save as PDF.

Opened with open() through the window's DialogHost (tests find them on `dialogs.active`).
QtPrintSupport is imported here, inside the methods, never at start-up.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPagedPaintDevice

from ...domain.cards import CardDraft, PaperSize
from ...printing.card_jobs import new_printer, print_cards, to_print
from ...printing.card_render import PrintError, render_envelope

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from ..shared.dialogs import DialogHost

Paint = Callable[[QPagedPaintDevice], None]


def card_painter(drafts: Sequence[CardDraft], target: str) -> Paint:
    """`target` is "card" (one card a page at its size) or a sheet key ("letter", "a4")."""
    drafts = list(drafts)

    def paint(device: QPagedPaintDevice) -> None:
        print_cards(device, drafts, on_sheets=target != "card" or len(drafts) > 1,
                    sheet=target if target != "card" else "letter")

    return paint


def envelope_painter(envelope: PaperSize, name: str, address: str, return_address: str) -> Paint:
    def paint(device: QPagedPaintDevice) -> None:
        render_envelope(device, envelope, name, address, return_address)

    return paint


class PrintFlow:
    def __init__(self, dialogs: DialogHost, report: Callable[[str], None]) -> None:
        self.dialogs = dialogs  # the window whose dialogs these are: their parent, and where tests find them
        self.host = dialogs.parent
        self.report = report
        self.printer: QPrinter | None = None

    # ------------------------------------------------------------------ cards
    def _check_fit(self, drafts: Sequence[CardDraft], proceed: Callable[[], None]) -> None:
        """A draft that does not fit is said so before anything is printed."""
        problems = [job.lines.message for job in map(to_print, drafts) if not job.lines.fits]
        if not problems:
            proceed()
            return
        text = "; ".join(dict.fromkeys(problems))
        self.dialogs.confirm(QCoreApplication.translate("PrintFlow", "The draft does not fit"),
                             QCoreApplication.translate(
                                 "PrintFlow", "%1: the last lines will not be on the card. Print anyway?")
                             .replace("%1", f"{text[0].upper()}{text[1:]}"),
                             QCoreApplication.translate("PrintFlow", "Print anyway"), proceed)

    def preview(self, drafts: Sequence[CardDraft], target: str, on_printed: Callable[[], None],
                job_name: str = "") -> None:
        self._check_fit(drafts, lambda: self.preview_paint(card_painter(drafts, target), on_printed, job_name))

    def print_with_dialog(self, drafts: Sequence[CardDraft], target: str, on_printed: Callable[[], None],
                          job_name: str = "") -> None:
        self._check_fit(drafts, lambda: self.dialog_paint(card_painter(drafts, target), on_printed, job_name))

    def save_pdf(self, drafts: Sequence[CardDraft], target: str, name: str,
                 on_saved: Callable[[Path], None] | None = None) -> None:
        self.pdf_paint(card_painter(drafts, target), name, on_saved)

    # ------------------------------------------------------------------ any painter
    def preview_paint(self, paint: Paint, on_printed: Callable[[], None] | None = None, job_name: str = "") -> None:
        from PySide6.QtPrintSupport import QPrintPreviewDialog

        self.printer = new_printer(job_name=job_name)
        dialog = QPrintPreviewDialog(self.printer, self.host)
        dialog.setWindowTitle(QCoreApplication.translate("PrintFlow", "Print preview"))
        dialog.paintRequested.connect(lambda device: self._safely(paint, device))
        self.dialogs.open_dialog(dialog, on_printed)  # accepted = printed from the preview

    def dialog_paint(self, paint: Paint, on_printed: Callable[[], None] | None = None, job_name: str = "") -> None:
        from PySide6.QtPrintSupport import QPrintDialog

        self.printer = new_printer(job_name=job_name)
        printer = self.printer
        dialog = QPrintDialog(printer, self.host)

        def accepted() -> None:
            if self._safely(paint, printer) and on_printed is not None:
                on_printed()

        self.dialogs.open_dialog(dialog, accepted)

    def pdf_paint(self, paint: Paint, name: str, on_saved: Callable[[Path], None] | None = None) -> None:
        from PySide6.QtWidgets import QFileDialog

        from ..shared.file_folders import remember_folder, safe_file_name, start_folder

        suggested = start_folder(self.host) / f"{safe_file_name(name, 'card')}.pdf"
        dialog = QFileDialog(self.host, QCoreApplication.translate("PrintFlow", "Save as PDF"), str(suggested),
                             QCoreApplication.translate("PrintFlow", "PDF files (*.pdf)"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("pdf")

        def accepted() -> None:
            files = dialog.selectedFiles()
            if files:
                remember_folder(self.host, files[0])
                self.write_pdf(paint, Path(files[0]), on_saved, name)

        self.dialogs.open_dialog(dialog, accepted)

    def write_pdf(self, paint: Paint, path: Path, on_saved: Callable[[Path], None] | None = None,
                  title: str = "") -> bool:
        from PySide6.QtGui import QPdfWriter

        writer = QPdfWriter(str(path))
        writer.setCreator("Finish Strong")
        writer.setTitle(title or path.stem)
        ok = self._safely(paint, writer)
        del writer  # the file is complete once the writer is gone
        if ok:
            self.report(QCoreApplication.translate("PrintFlow", "Saved %1.").replace("%1", str(path)))
            if on_saved is not None:
                on_saved(path)
        return ok

    def _safely(self, paint: Paint, device: QPagedPaintDevice) -> bool:
        try:
            paint(device)
        except (PrintError, OSError) as exc:
            self.report(QCoreApplication.translate("PrintFlow", "Not printed: %1").replace("%1", str(exc)))
            return False
        return True
