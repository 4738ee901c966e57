"""The month calendar with a coloured mark per entry and a count on crowded days.

The marks are also said in words: each marked day's tooltip, and for a screen reader the calendar's
description ("3 December: E-mail due, Card overdue"), announced when the keyboard moves onto a marked
day. QCalendarWidget's cells come from its own model, so the words cannot be put on the cells themselves.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QDate, QEvent, QRect, QRectF, Qt
from PySide6.QtGui import QFont, QPainter, QPalette, QPen, QTextCharFormat
from PySide6.QtWidgets import QCalendarWidget, QHBoxLayout, QLabel, QTableView, QToolButton, QWidget

from ...domain.plan import is_overdue
from ...store.follow_up_queries import INTERVIEW_KIND, WITHDRAWN, CalendarEntry
from ..shared.announce import announce
from ..shared.formatting import date_text, from_qdate, local, to_qdate
from ..shared.theme import high_contrast_active
from .kinds import KIND_COLORS, KIND_SHAPES, kind_label, mark_path
from .mark_colours import mark_colours

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
        self.setAccessibleName(self.tr("Interview calendar"))
        # Qt's month arrows are icon-only buttons: give them names a screen reader can speak.
        self._arrows: list[QToolButton] = []
        for name, text, glyph in (("qt_calendar_prevmonth", self.tr("Previous month"), "◀"),
                                  ("qt_calendar_nextmonth", self.tr("Next month"), "▶")):
            arrow = self.findChild(QToolButton, name)
            if arrow is not None:
                arrow.setAccessibleName(text)
                arrow.setToolTip(text)
                arrow.setText(glyph)  # shown instead of the style's black arrow in high contrast
                self._arrows.append(arrow)
        self.setGridVisible(True)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.setMinimumSize(420, 320)
        self._by_day: dict[date, list[CalendarEntry]] = {}
        self._now: datetime | None = None
        self.view = self.findChild(QTableView, "qt_calendar_calendarview")
        self.selectionChanged.connect(self._day_selected)
        self._colour_weekends()

    def set_entries(self, entries: list[CalendarEntry], now: datetime | None = None) -> None:
        """`now` tells overdue from due in the words (the marks do not show it)."""
        by_day: dict[date, list[CalendarEntry]] = defaultdict(list)
        for entry in entries:
            by_day[local(entry.when).date()].append(entry)
        self._by_day = dict(by_day)
        self._now = now
        self.setDateTextFormat(QDate(), QTextCharFormat())  # clears every day's tooltip
        for day in self._by_day:
            words = QTextCharFormat()
            words.setToolTip(self.day_words(day))
            self.setDateTextFormat(to_qdate(day), words)
        self._describe_selected_day()
        self.updateCells()

    def day_words(self, day: date) -> str:
        """What the day's marks mean, in words: "Interview, E-mail due, Card overdue" ("" for none)."""
        return self.tr(", ").join(self._entry_words(entry) for entry in self._by_day.get(day, []))

    def _entry_words(self, entry: CalendarEntry) -> str:
        short = {"thank_you_email": self.tr("E-mail"), "handwritten_note": self.tr("Card")}
        name = short.get(entry.kind) or kind_label(entry.kind)
        if entry.kind == INTERVIEW_KIND:
            return name
        if entry.done:
            return self.tr("%1 done").replace("%1", name)
        if entry.status == WITHDRAWN:
            return self.tr("%1 withdrawn").replace("%1", name)
        if self._now is not None and is_overdue(entry.when, None, self._now):
            return self.tr("%1 overdue").replace("%1", name)
        return self.tr("%1 due").replace("%1", name)

    def selected_day_text(self) -> str:
        """The selected day and its marks in words, as a screen reader is told them."""
        day = from_qdate(self.selectedDate())
        words = self.day_words(day) or self.tr("nothing planned")
        return self.tr("%1: %2").replace("%1", date_text(day)).replace("%2", words)

    def _describe_selected_day(self) -> None:
        text = self.selected_day_text()
        self.setAccessibleDescription(text)
        if self.view is not None:
            self.view.setAccessibleDescription(text)

    def _day_selected(self) -> None:
        self._describe_selected_day()
        if self.day_words(from_qdate(self.selectedDate())) and self.view is not None and self.view.hasFocus():
            announce(self.view, self.selected_day_text())  # moving by keyboard onto a marked day

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._colour_weekends()
            self.updateCells()  # the marks' colours follow the palette (mark_colours.py)

    def _colour_weekends(self) -> None:
        """Qt paints weekend numbers pure red, 4:1 on white and less on black (below AA for text): the
        palette's own red instead, 4.5:1 or more (7:1 in high contrast)."""
        weekend = QTextCharFormat()
        weekend.setForeground(mark_colours(self.palette()).overdue_colour())
        for day in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday):
            self.setWeekdayTextFormat(day, weekend)
        # The style's arrow icons are black whatever the palette: in high contrast, arrows in the text colour.
        buttons = Qt.ToolButtonStyle
        style = buttons.ToolButtonTextOnly if high_contrast_active() else buttons.ToolButtonIconOnly
        for arrow in self._arrows:
            arrow.setToolButtonStyle(style)

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
        colours = mark_colours(self.palette())
        # On the selected day the cell is the selection colour: each mark gets a rim in the selected text's
        # colour, which stands out from it (the mark's own colour was chosen against the plain cell).
        rim = QPen(self.palette().color(QPalette.ColorRole.HighlightedText), 1.5) if qdate == self.selectedDate() \
            else Qt.PenStyle.NoPen
        for entry in shown:
            colour = colours.done_colour() if entry.done else colours.kind(entry.kind)
            painter.setPen(rim)
            painter.setBrush(colour)
            painter.drawPath(mark_path(KIND_SHAPES.get(entry.kind, "circle"), QRectF(x, y, size, size)))
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
    """What each mark means, under the calendar: its shape and colour (colour is never the only
    cue: the shape says the kind, and the agenda spells out every entry)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        short = {"thank_you_email": self.tr("E-mail"), "handwritten_note": self.tr("Card")}
        firsts = {c.name(): k for k, c in reversed(list(KIND_COLORS.items()))}  # a shared colour: its first kind
        self._items = [*((k, short.get(k, kind_label(k)), KIND_SHAPES.get(k, "circle"))
                         for k in KIND_COLORS if firsts[KIND_COLORS[k].name()] == k),
                       ("done", self.tr("Done"), "circle")]
        self._icons: list[QLabel] = []
        for _kind, text, _shape in self._items:
            icon = QLabel()
            label = QLabel(text)
            icon.setAccessibleName(self.tr("%1 mark").replace("%1", text))
            self._icons.append(icon)
            layout.addWidget(icon)
            layout.addWidget(label)
            layout.addSpacing(6)
        layout.addStretch(1)
        self._paint_icons()

    def _paint_icons(self) -> None:
        from .agenda_view import dot_pixmap

        colours = mark_colours(self.palette())
        for icon, (kind, _text, shape) in zip(self._icons, self._items, strict=True):
            colour = colours.done_colour() if kind == "done" else colours.kind(kind)
            icon.setPixmap(dot_pixmap(colour, shape=shape))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._paint_icons()
