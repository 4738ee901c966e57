"""The selected day's agenda: interviews and follow-up deadlines, in time order."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QEvent, QRectF, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QStackedWidget, QVBoxLayout, QWidget

from ...domain.plan import is_overdue
from ...store.follow_up_queries import INTERVIEW_KIND, WITHDRAWN, CalendarEntry
from ..shared.formatting import date_text, time_text
from ..shared.labels import heading, hint
from .kinds import KIND_SHAPES, kind_label, mark_path
from .mark_colours import mark_colours

_ENTRY_ROLE = Qt.ItemDataRole.UserRole


def dot_icon(color: QColor, size: int = 12, shape: str = "circle") -> QIcon:
    return QIcon(dot_pixmap(color, size, shape))


def dot_pixmap(color: QColor, size: int = 12, shape: str = "circle") -> QPixmap:
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
    painter.drawPath(mark_path(shape, QRectF(1, 1, size - 2, size - 2)))
    painter.end()
    return pixmap


def describe(entry: CalendarEntry) -> str:
    at = time_text(entry.when)
    if entry.kind == INTERVIEW_KIND:
        end = f"–{time_text(entry.end)}" if entry.end else ""
        what = QCoreApplication.translate("DayAgenda", "Interview: %1").replace("%1", f"{entry.company} — {entry.role}")
        return f"{at}{end}  {what}".rstrip(" —")
    who = f" — {entry.person}" if entry.person else ""
    if is_withdrawn(entry):  # no longer due: nobody expects a thank-you for a cancelled interview
        state = QCoreApplication.translate("DayAgenda", "withdrawn")
        return f"{at}  {kind_label(entry.kind)} ({state}){who} · {entry.company}"
    state = "✓ " if entry.done else ""
    due = QCoreApplication.translate("DayAgenda", "%1 due").replace("%1", kind_label(entry.kind))
    return f"{at}  {state}{due}{who} · {entry.company}"


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
        self.list.setAccessibleName(self.tr("Day agenda"))
        self.list.setAlternatingRowColors(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.empty = hint(self.tr("Nothing on this day."), centered=True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.list)
        self.stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.stack)
        self.list.itemActivated.connect(self._activated)
        self.list.currentItemChanged.connect(self._selected)
        # A screen reader selects through the accessibility interface, which selects without moving the
        # current item: the selection picks the interview too.
        self.list.itemSelectionChanged.connect(lambda: self._selected(next(iter(self.list.selectedItems()), None)))
        self._shown: tuple[date, list[CalendarEntry], datetime] | None = None

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self._shown is not None:
            current = self.list.currentRow()
            self.show_day(*self._shown)  # the marks' and the overdue text's colours follow the palette
            blocker = QSignalBlocker(self.list)
            self.list.setCurrentRow(current)
            del blocker

    def show_day(self, day: date, entries: list[CalendarEntry], now: datetime) -> None:
        self._shown = (day, entries, now)
        colours = mark_colours(self.palette())
        self.heading.setText(date_text(day))
        # Filling must not select: the list makes its first new row current, which would replace the
        # interview just saved (or picked) in the details with whichever comes first that day.
        blocker = QSignalBlocker(self.list)
        self.list.clear()
        for entry in entries:
            item = QListWidgetItem(describe(entry))
            item.setData(_ENTRY_ROLE, entry.interview_id)
            item.setIcon(dot_icon(colours.done_colour() if entry.done or is_withdrawn(entry) else
                                  colours.kind(entry.kind), shape=KIND_SHAPES.get(entry.kind, "circle")))
            if is_withdrawn(entry):
                item.setForeground(QBrush(colours.withdrawn_colour()))
            elif entry.kind != INTERVIEW_KIND and not entry.done and is_overdue(entry.when, None, now):
                item.setForeground(QBrush(colours.overdue_colour()))
                item.setText(item.text() + "  (" + self.tr("overdue") + ")")
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
