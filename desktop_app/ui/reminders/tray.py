"""The system tray icon: how many follow-ups are due, and a menu to act on them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QRectF, Qt, Signal
from PySide6.QtGui import QAction, QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from ... import APP_NAME
from ...domain.reminders import Reminder
from ...paths import RESOURCES
from ..shared.labels import menu_text
from .reminder_words import words

MAX_MENU_ITEMS = 8


def badge_icon(base: QPixmap, count: int, size: int = 64) -> QIcon:
    """The app icon with the number of due follow-ups in a red badge.

    Drawn on a QPixmap loaded from the file, not `QIcon.pixmap()`: the latter uses Qt's
    pixmap cache, whose flush timer would wake the idle app every 10 seconds.
    """
    pixmap = QPixmap(base) if not base.isNull() else QPixmap(size, size)
    if base.isNull():
        pixmap.fill(QColor("#1d4ed8"))
    if count <= 0:
        return QIcon(pixmap)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    text = str(count) if count < 100 else "99+"
    badge = QRectF(size * 0.42, 0, size * 0.58, size * 0.46)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#dc2626"))
    painter.drawRoundedRect(badge, badge.height() / 2, badge.height() / 2)
    font = QFont()
    font.setBold(True)
    font.setPixelSize(int(size * 0.34))
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return QIcon(pixmap)


class TrayIcon(QSystemTrayIcon):
    open_requested = Signal()
    interview_requested = Signal(int)
    snooze_all_requested = Signal()
    pause_requested = Signal(str)  # "hour", "tomorrow", "choose", "resume"
    quit_requested = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.base_icon = QPixmap(str(RESOURCES / "icons" / "finish-strong-64.png"))
        self.menu = QMenu()
        self.setContextMenu(self.menu)
        self.activated.connect(self._activated)
        self.due: list[Reminder] = []
        self.paused_text = ""
        self.update_state(0, [], "")

    def update_state(self, count: int, due_today: list[Reminder], paused_text: str,
                     due_text: Callable[[Reminder], str] = lambda r: "") -> None:
        self.due = due_today
        self.paused_text = paused_text
        self.setIcon(badge_icon(self.base_icon, count))
        due = self.tr("%1: %n follow-up due", "", count) if count == 1 else self.tr("%1: %n follow-ups due", "", count)
        tip = (due if count else self.tr("%1: nothing due")).replace("%1", APP_NAME)
        self.setToolTip(tip + (f" · {paused_text}" if paused_text else ""))
        self._build_menu(due_text)

    def _build_menu(self, due_text: Callable[[Reminder], str]) -> None:
        menu = self.menu
        menu.clear()
        menu.addAction(self.tr("Open %1").replace("%1", APP_NAME), self.open_requested.emit)
        menu.addSeparator()
        if self.due:
            menu.addSection(self.tr("Due today"))
            for reminder in self.due[:MAX_MENU_ITEMS]:
                label = words().title(reminder)
                when = due_text(reminder)
                text = f"{label} ({when})" if when else label
                action = QAction(menu_text(text), menu)  # "&" in a company name is text, not a shortcut
                action.triggered.connect(lambda _c=False, i=reminder.interview_id: self.interview_requested.emit(i))
                menu.addAction(action)
            if len(self.due) > MAX_MENU_ITEMS:
                more = menu.addAction(self.tr("…and %n more", "", len(self.due) - MAX_MENU_ITEMS))
                more.triggered.connect(self.open_requested.emit)
        else:
            nothing = menu.addAction(self.tr("Nothing due today"))
            nothing.setEnabled(False)
        menu.addSeparator()
        menu.addAction(self.tr("Snooze all for 1 hour"), self.snooze_all_requested.emit)
        pause = menu.addMenu(self.tr("Pause reminders"))
        if self.paused_text:
            pause.addAction(menu_text(self.tr("Resume now (%1)").replace("%1", self.paused_text)),
                            lambda: self.pause_requested.emit("resume"))
            pause.addSeparator()
        pause.addAction(self.tr("For 1 hour"), lambda: self.pause_requested.emit("hour"))
        pause.addAction(self.tr("Until tomorrow 9:00"), lambda: self.pause_requested.emit("tomorrow"))
        pause.addAction(self.tr("Until…"), lambda: self.pause_requested.emit("choose"))
        menu.addSeparator()
        menu.addAction(self.tr("Quit"), self.quit_requested.emit)

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger, QSystemTrayIcon.ActivationReason.DoubleClick):
            self.open_requested.emit()
