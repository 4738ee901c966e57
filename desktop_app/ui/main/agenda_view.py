"""The selected day's agenda: interviews and follow-up deadlines, in time order."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QRectF, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QStackedWidget, QVBoxLayout, QWidget

from ...domain.plan import is_overdue
from ...store.follow_up_queries import INTERVIEW_KIND, WITHDRAWN, CalendarEntry
from ..shared.formatting import date_text, time_text
from ..shared.labels import heading, hint
from .kinds import DONE_COLOR, KIND_COLORS, KIND_LABELS, OVERDUE_COLOR, WITHDRAWN_COLOR

_ENTRY_ROLE = Qt.ItemDataRole.UserRole


def dot_icon(color: QColor, size: int = 12) -> QIcon:
    return QIcon(dot_pixmap(color, size))


def dot_pixmap(color: QColor, size: int = 12) -> QPixmap:
    """A coloured dot, drawn at the screen's pixel ratio so it stays sharp on HiDPI.

    Used as a pixmap directly where possible: `QIcon.pixmap()` goes through Qt's pixmap
    cache, whose flush timer would wake an app idling in the tray every 10 seconds.
    """
    app = QGuiApplication.instance()
    ratio = app.devicePixelRatio() if isinstance(app, QGuiApplication) else 1.0
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color)
    painter.drawEllipse(QRectF(1, 1, size - 2, size - 2))
    painter.end()
    return pixmap


def describe(entry: CalendarEntry) -> str:
    at = time_text(entry.when)
    if entry.kind == INTERVIEW_KIND:
        end = f"–{time_text(entry.end)}" if entry.end else ""
        return f"{at}{end}  Interview: {entry.company} — {entry.role}".rstrip(" —")
    who = f" — {entry.person}" if entry.person else ""
    if is_withdrawn(entry):  # no longer due: nobody expects a thank-you for a cancelled interview
        state = QCoreApplication.translate("DayAgenda", "withdrawn")
        return f"{at}  {KIND_LABELS[entry.kind]} ({state}){who} · {entry.company}"
    state = "✓ " if entry.done else ""
    return f"{at}  {state}{KIND_LABELS[entry.kind]} due{who} · {entry.company}"


def is_withdrawn(entry: CalendarEntry) -> bool:
    """An open follow-up of a withdrawn interview: shown greyed, never overdue."""
    return entry.kind != INTERVIEW_KIND and not entry.done and entry.status == WITHDRAWN


class DayAgenda(QWidget):
    """Lists a day's entries; emits the interview id the user picks."""

    interview_activated = Signal(int)
    interview_selected = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = heading(1.2, "agendaHeading")
        self.list = QListWidget()
        self.list.setAccessibleName("Day agenda")
        self.list.setAlternatingRowColors(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.empty = hint("Nothing on this day.", centered=True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.list)
        self.stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.stack)
        self.list.itemActivated.connect(self._activated)
        self.list.currentItemChanged.connect(self._selected)

    def show_day(self, day: date, entries: list[CalendarEntry], now: datetime) -> None:
        self.heading.setText(date_text(day))
        # Filling must not select: the list makes its first new row current, which would replace the
        # interview just saved (or picked) in the details with whichever comes first that day.
        blocker = QSignalBlocker(self.list)
        self.list.clear()
        for entry in entries:
            item = QListWidgetItem(describe(entry))
            item.setData(_ENTRY_ROLE, entry.interview_id)
            item.setIcon(dot_icon(DONE_COLOR if entry.done or is_withdrawn(entry) else KIND_COLORS[entry.kind]))
            if is_withdrawn(entry):
                item.setForeground(QBrush(WITHDRAWN_COLOR))
            elif entry.kind != INTERVIEW_KIND and not entry.done and is_overdue(entry.when, None, now):
                item.setForeground(QBrush(OVERDUE_COLOR))
                item.setText(item.text() + "  (overdue)")
            self.list.addItem(item)
        del blocker
        self.stack.setCurrentWidget(self.list if entries else self.empty)

    def select_interview(self, interview_id: int) -> bool:
        for row in range(self.list.count()):
            if self.list.item(row).data(_ENTRY_ROLE) == interview_id:
                self.list.setCurrentRow(row)
                return True
        return False

    def _activated(self, item: QListWidgetItem) -> None:
        self.interview_activated.emit(int(item.data(_ENTRY_ROLE)))

    def _selected(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.interview_selected.emit(int(item.data(_ENTRY_ROLE)))
