"""Print jobs: a stored draft (or several, or an envelope) to a PDF file or a QPrinter.

The only module here that imports QtPrintSupport, and only inside the functions that
need it, so the app's start-up never loads it.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QPagedPaintDevice, QPdfWriter

from ..domain.cards import CardDraft, CardLayout, PaperSize
from .card_layout import lay_out
from .card_render import DraftToPrint, PrintError, render_card, render_envelope, render_sheets

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter


def to_print(draft: CardDraft) -> DraftToPrint:
    layout = draft.layout or CardLayout()
    return DraftToPrint(layout, lay_out(draft.text, layout))


def pdf_writer(path: Path, title: str) -> QPdfWriter:
    writer = QPdfWriter(str(path))
    writer.setTitle(title)
    writer.setCreator("Finish Strong")
    return writer


def _finish(writer: QPdfWriter, path: Path) -> None:
    del writer  # the file is complete once the writer is gone
    if not path.exists() or path.stat().st_size == 0:
        raise PrintError(f"Could not write {path}.")


def card_pdf(draft: CardDraft, path: Path) -> DraftToPrint:
    job = to_print(draft)
    writer = pdf_writer(path, "Thank-you card draft")
    render_card(writer, job)
    _finish(writer, path)
    return job


def sheets_pdf(drafts: Sequence[CardDraft], path: Path, sheet: str = "letter") -> int:
    writer = pdf_writer(path, "Thank-you card drafts")
    pages = render_sheets(writer, [to_print(d) for d in drafts], sheet)
    _finish(writer, path)
    return pages


def envelope_pdf(envelope: PaperSize, name: str, address: str, return_address: str, path: Path) -> None:
    writer = pdf_writer(path, "Envelope")
    render_envelope(writer, envelope, name, address, return_address)
    _finish(writer, path)


def new_printer(printer_name: str | None = None, job_name: str = "") -> QPrinter:
    """A high-resolution printer, paper edge as origin (our layouts keep their own margins).

    `job_name` names the job in the print queue, and the file a PDF printer suggests."""
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if job_name:
        printer.setDocName(job_name)
    if printer_name:
        printer.setPrinterName(printer_name)
    printer.setFullPage(True)
    return printer


def print_cards(device: QPagedPaintDevice, drafts: Sequence[CardDraft], on_sheets: bool, sheet: str = "letter") -> None:
    """On the card itself (one page per card) or several per sheet with cut marks."""
    jobs = [to_print(d) for d in drafts]
    if on_sheets:
        render_sheets(device, jobs, sheet)
        return
    if len(jobs) != 1:
        raise ValueError("one card at a time on card stock; use sheets for several")
    render_card(device, jobs[0])
