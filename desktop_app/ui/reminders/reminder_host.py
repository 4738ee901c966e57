"""What the main window does for reminders: the banner, opening from a notification,
the list of missed reminders, living on in the tray, and quitting for real.

An object the window holds (not a mixin): the ReminderController talks to it, and it sees the
window through `WindowServices` plus the few window commands it needs, passed in.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, QObject, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from ... import APP_NAME
from ...domain.reminders import Reminder
from ...store import reminder_store
from ...store.settings_store import get_setting, set_setting
from ..shared.announce import announce
from ..shared.formatting import datetime_text
from ..shared.window_front import bring_forward
from .reminder_words import words

if TYPE_CHECKING:
    from ..cards.card_actions import CardActions
    from ..shared.events import AppEvents
    from ..shared.window_services import WindowServices
    from .reminder_controller import ReminderController

TRAY_HINT_KEY = "tray_hint_shown"


class ReminderBanner(QFrame):
    """The last link of the notifier chain: a strip at the top of the window."""

    def __init__(self, on_action: Callable[[int, str], None]) -> None:
        super().__init__()
        self.setObjectName("reminderBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#reminderBanner { background: rgba(250, 204, 21, 60); }")
        self.key = 0
        self.text = QLabel()
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.addWidget(self.text, 1)
        for action, label in (("open", self.tr("Open")), ("snooze_hour", self.tr("Snooze 1 hour")),
                              ("done", self.tr("Done"))):
            button = QPushButton(label)
            button.clicked.connect(lambda _c=False, a=action: self._act(on_action, a))
            layout.addWidget(button)
        close = QPushButton("✕")
        close.setAccessibleName(self.tr("Dismiss reminder"))
        close.clicked.connect(self.hide)
        layout.addWidget(close)
        self.hide()

    def _act(self, on_action: Callable[[int, str], None], action: str) -> None:
        on_action(self.key, action)
        self.hide()


class ReminderHost(QObject):
    """The main window's side of reminders; `reminders` is the ReminderController (or None)."""

    def __init__(self, window: WindowServices, open_search_result: Callable[[int, str], None],
                 open_thank_you: Callable[[int, int | None], None], cards: CardActions) -> None:
        super().__init__(window.parent)
        self.services = window
        self.window = window.parent
        self.open_search_result = open_search_result
        self.open_thank_you = open_thank_you
        #: The handwritten-note reminder's Open opens the card (`cards.open`).
        self.cards = cards
        self.reminders: ReminderController | None = None
        self.really_quit = False
        self._quit_confirmed = False
        self.banner = ReminderBanner(self._banner_action)

    def _banner_action(self, key: int, action: str) -> None:
        if self.reminders is not None:
            self.reminders.on_action(key, action)

    @property
    def events(self) -> AppEvents:
        return self.services.events

    def isVisible(self) -> bool:  # noqa: N802 (the controller asks it like a window)
        return self.window.isVisible()

    def show_error(self, message: str) -> None:
        """A notification's button could not be carried out (the database is busy, the disk full)."""
        self.services.show_error(message)

    def show_banner(self, key: int, heading: str, text: str) -> None:
        self.banner.key = key
        self.banner.text.setText(f"{heading}\n{text}")
        self.banner.show()
        announce(self.banner, f"{heading}. {text}", assertive=True)  # a reminder came due: said at once

    def hide_banner(self, key: int) -> None:
        if self.banner.key == key:
            self.banner.hide()

    def bring_to_front(self) -> None:
        bring_forward(self.window)

    def open_interview(self, interview_id: int, debrief: bool = False) -> None:
        self.bring_to_front()
        self.open_search_result(interview_id, "discussed" if debrief else "interview")

    def open_follow_up(self, follow_up_id: int) -> None:
        """A check-in reminder's Open: the window opens that step's draft (ui/mail/check_in_dialog.py)."""
        opener = getattr(self.window, "open_follow_up", None)
        if opener is not None:
            opener(follow_up_id)

    def show_missed(self, missed: list[Reminder]) -> None:
        """The catch-up summary's list: what came due while the app was closed."""
        self.bring_to_front()
        from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidget, QListWidgetItem  # when first used

        dialog = QDialog(self.window)
        dialog.setWindowTitle(self.tr("Came due while Finish Strong was closed"))
        items = QListWidget()
        items.setAccessibleName(self.tr("Missed reminders"))
        for r in missed:
            items.addItem(self.tr("%1 — %2, due %3").replace("%3", datetime_text(r.due_at)).replace("%2", r.company)
                          .replace("%1", words().title(r), 1))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(QLabel(self.tr("Open one to go to its interview:")))
        layout.addWidget(items)
        layout.addWidget(buttons)
        def activated(item: QListWidgetItem) -> None:
            dialog.accept()
            self.open_interview(missed[items.row(item)].interview_id)

        items.itemActivated.connect(activated)
        dialog.resize(560, 320)
        self.services.open_dialog(dialog)

    def choose_pause_time(self, chosen: Callable[[datetime], None]) -> None:
        from PySide6.QtWidgets import QDateTimeEdit, QDialog, QDialogButtonBox

        dialog = QDialog(self.window)
        dialog.setWindowTitle(self.tr("Pause reminders until…"))
        edit = QDateTimeEdit(QDateTime.currentDateTime().addSecs(3 * 3600))
        edit.setCalendarPopup(True)
        edit.setAccessibleName(self.tr("Pause until"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(QLabel(self.tr("No reminders until:")))
        layout.addWidget(edit)
        layout.addWidget(buttons)
        self.pause_edit = edit
        self.services.open_dialog(dialog, lambda: chosen(edit.dateTime().toPython().astimezone()))  # type: ignore[attr-defined]  # toPython() is typed as object

    def quit_app(self) -> None:
        self.really_quit = True
        self.window.close()

    def close_to_tray(self, event: QCloseEvent) -> bool:
        """True if the close was turned into 'keep running in the tray'."""
        controller = self.reminders
        if self.really_quit or controller is None:
            return False
        if controller.tray is not None:
            event.ignore()
            self.window.hide()
            if not get_setting(TRAY_HINT_KEY, False):
                set_setting(TRAY_HINT_KEY, True)
                controller.tell(-1, self.tr("%1 is still running").replace("%1", APP_NAME),
                                self.tr("Reminders keep coming from the tray icon. Quit from its menu."))
            return True
        if reminder_store.next_alert_time() is not None and not self._quit_confirmed:
            event.ignore()
            from PySide6.QtWidgets import QMessageBox

            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Quit %1?").replace("%1", APP_NAME),
                              self.tr("Reminders are pending, and there is no tray to keep them coming. If you "
                                      "quit, they are shown when you start Finish Strong again."),
                              QMessageBox.StandardButton.Cancel, self.window)
            quit_button = box.addButton(self.tr("Quit"), QMessageBox.ButtonRole.AcceptRole)

            def answered() -> None:
                if box.clickedButton() is quit_button:
                    self._quit_confirmed = True
                    self.window.close()

            box.finished.connect(lambda _r: answered())
            self.services.dialogs.active = box
            box.open()
            return True
        return False


