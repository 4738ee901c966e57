"""Painting card drafts, sheets of drafts with cut marks, and envelopes on a paged device.

Works on any QPagedPaintDevice: QPdfWriter ("Save as PDF") and QPrinter (any printer).
Coordinates are points from the page's top-left corner (the painter is scaled from the
device's resolution), the page size is set exactly to the card or envelope, and text
is drawn with QPainter.drawText line by line, so typed markup is printed as typed.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QLineF, QPointF, QRectF
from PySide6.QtGui import QColor, QFont, QPagedPaintDevice, QPainter, QPen

from ..domain.cards import SHEET_SIZES, CardLayout, Orientation, PaperSize, recipient_block
from .card_layout import HANDWRITING_FAMILY, CardLines, handwriting_font
from .page_sizes import page_layout

GUIDE_COLOR = QColor(150, 170, 200)
CUT_MARK_COLOR = QColor(60, 60, 60)
SHEET_MARGIN_PT = 0.25 * 72  # most printers reach to about 1/4 in of the edge
SHEET_GAP_PT = 14.0
CUT_MARK_PT = 10.0
CUT_MARK_OFFSET_PT = 3.0


class PrintError(RuntimeError):
    """The device could not be painted on (unwritable file, printer gone)."""


@dataclass(frozen=True)
class DraftToPrint:
    layout: CardLayout
    lines: CardLines


def _begin(device: QPagedPaintDevice) -> tuple[QPainter, float]:
    painter = QPainter()
    if not painter.begin(device):
        raise PrintError("Could not start printing (is the file writable, the printer there?).")
    scale = device.logicalDpiX() / 72.0
    painter.scale(scale, scale)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    return painter, scale


def _sized(font: QFont, point_size: float, scale: float) -> QFont:
    """A font `point_size` points tall on the page despite the painter's scaling."""
    sized = QFont(font)
    sized.setPointSizeF(point_size / scale)
    return sized


def paint_card(painter: QPainter, scale: float, origin: QPointF, draft: DraftToPrint) -> None:
    """One draft with its top-left corner at `origin` (points)."""
    layout = draft.layout
    x, y, width, height = layout.writing_area()
    x += origin.x()
    y += origin.y()
    spacing = layout.spacing()
    if layout.guides:
        painter.setPen(QPen(GUIDE_COLOR, 0.6))
        for number in range(1, draft.lines.capacity + 1):
            line_y = y + number * spacing
            painter.drawLine(QLineF(x, line_y, x + width, line_y))
    base = handwriting_font()
    font = _sized(base, base.pointSizeF(), scale)
    painter.setFont(font)
    painter.setPen(QPen(QColor(0, 0, 0)))
    # The baseline sits just above its ruled line, as handwriting does.
    lift = max(spacing * 0.12, 2.0)
    # Only the lines the panel holds: the rest would run into the margin or off the card.
    # The editor said so, and printing asked first.
    for number, text in enumerate(draft.lines.lines[: draft.lines.capacity], 1):
        if text:
            painter.drawText(QPointF(x, y + number * spacing - lift), text)


def render_card(device: QPagedPaintDevice, draft: DraftToPrint) -> None:
    """The draft on a page exactly the card's size."""
    device.setPageLayout(page_layout(draft.layout.paper, draft.layout.orientation))
    painter, scale = _begin(device)
    try:
        paint_card(painter, scale, QPointF(0, 0), draft)
    finally:
        painter.end()


def sheet_grid(sheet: tuple[float, float], card: tuple[float, float]) -> tuple[int, int]:
    """(columns, rows) of cards that fit on a sheet inside its margins, with gaps for cut marks."""
    usable_w = sheet[0] - 2 * SHEET_MARGIN_PT + SHEET_GAP_PT
    usable_h = sheet[1] - 2 * SHEET_MARGIN_PT + SHEET_GAP_PT
    columns = max(int(math.floor(usable_w / (card[0] + SHEET_GAP_PT))), 1)
    rows = max(int(math.floor(usable_h / (card[1] + SHEET_GAP_PT))), 1)
    return columns, rows


def sheet_orientation(sheet: PaperSize, card: tuple[float, float]) -> Orientation:
    """The sheet orientation holding more cards of this size (portrait on a tie)."""
    portrait = sheet.points(Orientation.PORTRAIT)
    landscape = sheet.points(Orientation.LANDSCAPE)
    p_cols, p_rows = sheet_grid(portrait, card)
    l_cols, l_rows = sheet_grid(landscape, card)
    return Orientation.LANDSCAPE if l_cols * l_rows > p_cols * p_rows else Orientation.PORTRAIT


def _cut_marks(painter: QPainter, left: float, top: float, width: float, height: float) -> None:
    painter.setPen(QPen(CUT_MARK_COLOR, 0.5))
    gap, length = CUT_MARK_OFFSET_PT, CUT_MARK_PT
    for cx, sx in ((left, -1), (left + width, 1)):
        for cy, sy in ((top, -1), (top + height, 1)):
            painter.drawLine(QLineF(cx + sx * gap, cy, cx + sx * (gap + length), cy))
            painter.drawLine(QLineF(cx, cy + sy * gap, cx, cy + sy * (gap + length)))


def render_sheets(device: QPagedPaintDevice, drafts: Sequence[DraftToPrint], sheet_key: str = "letter") -> int:
    """Several drafts per Letter/A4 sheet with cut marks at every card's corners.

    A draft of another card size than the one before starts a new sheet. Returns the
    number of sheets.
    """
    if not drafts:
        raise ValueError("no drafts to print")
    sheet = SHEET_SIZES[sheet_key]
    first = drafts[0].layout.page_points()
    orientation = sheet_orientation(sheet, first)
    device.setPageLayout(page_layout(sheet, orientation))
    sheet_w, sheet_h = sheet.points(orientation)
    painter, scale = _begin(device)
    pages = 1
    try:
        slot, per_sheet, current = 0, 0, None
        columns = rows = 1
        for draft in drafts:
            card = draft.layout.page_points()
            if current is not None and (card != current or slot == per_sheet):
                device.newPage()
                pages += 1
                slot = 0
            if slot == 0:
                current = card
                columns, rows = sheet_grid((sheet_w, sheet_h), card)
                per_sheet = columns * rows
            column, row = slot % columns, slot // columns
            block_w = columns * card[0] + (columns - 1) * SHEET_GAP_PT
            block_h = rows * card[1] + (rows - 1) * SHEET_GAP_PT
            left = (sheet_w - block_w) / 2 + column * (card[0] + SHEET_GAP_PT)
            top = (sheet_h - block_h) / 2 + row * (card[1] + SHEET_GAP_PT)
            painter.save()
            painter.setClipRect(QRectF(left, top, card[0], card[1]))
            paint_card(painter, scale, QPointF(left, top), draft)
            painter.restore()
            _cut_marks(painter, left, top, card[0], card[1])
            slot += 1
    finally:
        painter.end()
    return pages


def render_envelope(device: QPagedPaintDevice, envelope: PaperSize, recipient_name: str,
                    recipient_address: str, return_address: str) -> None:
    """Return address top left, recipient block right of centre, on a page the envelope's size."""
    device.setPageLayout(page_layout(envelope, Orientation.LANDSCAPE))
    width, height = envelope.points(Orientation.LANDSCAPE)
    painter, scale = _begin(device)
    try:
        painter.setPen(QPen(QColor(0, 0, 0)))
        small = _sized(QFont(HANDWRITING_FAMILY), 9.5, scale)
        painter.setFont(small)
        # The font is sized against the painter's scaling, so its metrics are in points.
        line = painter.fontMetrics().lineSpacing()
        margin = 0.3 * 72
        y = margin + painter.fontMetrics().ascent()
        for text in [t.strip() for t in return_address.splitlines() if t.strip()]:
            painter.drawText(QPointF(margin, y), text)
            y += line
        big = _sized(QFont(HANDWRITING_FAMILY), 12.5, scale)
        painter.setFont(big)
        fm = painter.fontMetrics()
        block = recipient_block(recipient_name, recipient_address)
        block_w = max((fm.horizontalAdvance(t) for t in block), default=0)
        block_h = fm.lineSpacing() * len(block)
        x = min(width * 0.40, width - margin - block_w)
        y = max(height * 0.45, margin * 2 + y - margin)
        y = min(y, height - margin - block_h)
        y += fm.ascent()
        for text in block:
            painter.drawText(QPointF(max(x, margin), y), text)
            y += fm.lineSpacing()
    finally:
        painter.end()
