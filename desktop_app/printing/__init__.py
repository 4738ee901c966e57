"""Printing the handwritten-note drafts and envelopes (Qt GUI + QtPrintSupport, imported lazily).

`card_layout` breaks a draft into the lines a hand writes at the card's scale; `card_render`
paints cards, sheets of cards with cut marks and envelopes on any QPagedPaintDevice
(QPdfWriter for "Save as PDF", QPrinter for printers); `page_sizes` maps the domain's
sizes to exact QPageSize values. Nothing here is on the main window's first-paint path.
"""
