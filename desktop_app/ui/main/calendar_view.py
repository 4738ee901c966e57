"""The month calendar with a coloured mark per entry and a count on crowded days."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QDate, QRect, QRectF, Qt
from PySide6.QtGui import QFont, QPainter, QPalette
from PySide6.QtWidgets import QCalendarWidget, QHBoxLayout, QLabel, QWidget

from ...store.follow_up_queries import CalendarEntry
from ..shared.formatting import from_qdate, local
from .kinds import DONE_COLOR, KIND_COLORS, KIND_LABELS

MAX_DOTS = 4  # more entries than this on a day show a count instead


def visible_range(year: int, month: int) -> tuple[datetime, datetime]:
    """The local-time span a month page shows (with the spill-over weeks), as aware datetimes.

    QCalendarWidget shows six weeks; a week either side of the month covers every layout.
    """
    first = date(year, month, 1)
    start = datetime.combine(first - timedelta(days=7), time()).astimezone()
    following = date(year + (month == 12), month % 12 + 1, 1)
    end = datetime.combine(following + timedelta(days=14), time()).astimezone()
    return start, end


class InterviewCalendar(QCalendarWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Interview calendar")
        self.setGridVisible(True)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.setMinimumSize(420, 320)
        self._by_day: dict[date, list[CalendarEntry]] = {}

    def set_entries(self, entries: list[CalendarEntry]) -> None:
        by_day: dict[date, list[CalendarEntry]] = defaultdict(list)
        for entry in entries:
            by_day[local(entry.when).date()].append(entry)
        self._by_day = dict(by_day)
        self.updateCells()

    def entries_on(self, day: date) -> list[CalendarEntry]:
        return self._by_day.get(day, [])

    def paintCell(self, painter: QPainter, rect: QRect, qdate: QDate) -> None:  # noqa: N802 (Qt API)
        super().paintCell(painter, rect, qdate)
        entries = self._by_day.get(from_qdate(qdate))
        if not entries:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        size = max(5.0, min(rect.width(), rect.height()) / 7)
        y = rect.bottom() - size - 3
        if len(entries) > MAX_DOTS:
            self._paint_count(painter, rect, len(entries))
        shown = entries[:MAX_DOTS]
        x = rect.center().x() - (len(shown) * (size + 2)) / 2
        for entry in shown:
            colour = DONE_COLOR if entry.done else KIND_COLORS.get(entry.kind, DONE_COLOR)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawEllipse(QRectF(x, y, size, size))
            x += size + 2
        painter.restore()

    def _paint_count(self, painter: QPainter, rect: QRect, count: int) -> None:
        font = QFont(painter.font())
        font.setPointSizeF(max(6.0, font.pointSizeF() * 0.75))
        font.setBold(True)
        painter.setFont(font)
        text = str(count)
        width = painter.fontMetrics().horizontalAdvance(text) + 8
        height = painter.fontMetrics().height()
        badge = QRectF(rect.right() - width - 2, rect.top() + 2, width, height)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.palette().color(QPalette.ColorRole.Highlight))
        painter.drawRoundedRect(badge, height / 2, height / 2)
        painter.setPen(self.palette().color(QPalette.ColorRole.HighlightedText))
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, text)


class CalendarLegend(QWidget):
    """What each mark's colour means, under the calendar (colour is never the only cue:
    the agenda spells out every entry)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from .agenda_view import dot_pixmap

        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        short = {"Thank-you e-mail": "E-mail", "Handwritten note": "Card"}
        firsts = {c.name(): k for k, c in reversed(list(KIND_COLORS.items()))}  # a shared colour: its first kind
        items = [*((short.get(KIND_LABELS[k], KIND_LABELS[k]), c) for k, c in KIND_COLORS.items()
                   if firsts[c.name()] == k), ("Done", DONE_COLOR)]
        for text, colour in items:
            icon = QLabel()
            icon.setPixmap(dot_pixmap(colour))
            label = QLabel(text)
            icon.setAccessibleName(f"{text} colour")
            layout.addWidget(icon)
            layout.addWidget(label)
            layout.addSpacing(6)
        layout.addStretch(1)
