"""Child process: print one card draft to a named printer through Qt's printing path (QPrinter
in its native format, as the print dialog would), not the PDF writer."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from desktop_app.domain.cards import CardDraft, CardLayout, Orientation
from desktop_app.printing.card_jobs import new_printer, print_cards


def main() -> int:
    printer_name, size, orientation, text = sys.argv[1:5]
    app = QApplication([])
    printer = new_printer(printer_name)
    if not printer.isValid() or printer.printerName() != printer_name:
        print(f"printer {printer_name!r} not found by Qt", file=sys.stderr)
        return 2
    assert printer.outputFormat().name == "NativeFormat"
    printer.setDocName("finish-strong-card")
    print_cards(printer, [CardDraft(1, 1, text, CardLayout(size=size, orientation=Orientation(orientation)))],
                on_sheets=False)
    del printer
    app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
