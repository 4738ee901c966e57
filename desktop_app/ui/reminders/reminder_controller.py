"""Wires the scheduler, the chosen notifier, the tray icon and the main window together.

Business rules stay in domain/reminders.py and store/reminder_store.py; this object only
routes: an alert → a notification; an action on it → a store change → a UI refresh.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, tzinfo
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QTimer
from PySide6.QtGui import QPixmapCache
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from ... import APP_ID, APP_NAME
from ...domain.model import Step
from ...domain.reminders import Reminder, snooze_until
from ...reminders.notifiers import BannerNotifier, Notifier, choose_notifier
from ...reminders.scheduler import ReminderScheduler
from ...store import reminder_store
from ...store.follow_up_queries import set_done
from ..shared.errors import ENVIRONMENT_ERRORS, describe, kind_of
from ..shared.formatting import datetime_text, next_local_midnight
from .reminder_words import words

if TYPE_CHECKING:
    from .reminder_host import ReminderHost

ACTIONS = [("open", QT_TRANSLATE_NOOP("ReminderController", "Open")),
           ("snooze_hour", QT_TRANSLATE_NOOP("ReminderController", "Snooze 1 hour")),
           ("snooze_tomorrow", QT_TRANSLATE_NOOP("ReminderController", "Tomorrow 9:00")),
           ("done", QT_TRANSLATE_NOOP("ReminderController", "Done"))]
SUMMARY_KEY = 0


class ReminderController(QObject):
    def __init__(self, window: ReminderHost, clock: Callable[[], datetime], use_tray: bool = True,
                 prefer_dbus: bool = True) -> None:
        super().__init__(window)
        self.window = window
        self.clock = clock
        self.scheduler = ReminderScheduler(clock, parent=self)
        self.tray = None
        if use_tray and QSystemTrayIcon.isSystemTrayAvailable():
            from .tray import TrayIcon

            self.tray = TrayIcon(self)
        self.notifier: Notifier = choose_notifier(APP_NAME, APP_ID, self.tray, prefer_dbus)
        self.notifier.setParent(self)
        self.missed: list[Reminder] = []
        self.scheduler.fired.connect(self.show_reminders)
        self.scheduler.caught_up.connect(self.show_summary)
        self.scheduler.minute.connect(self.withdraw_done_elsewhere)
        from ...reminders.sleep_watch import SleepWatch

        self.sleep_watch = SleepWatch(self.scheduler.resumed, self)
        self.notifier.action_invoked.connect(self.on_action)
        if isinstance(self.notifier, BannerNotifier):
            self.notifier.banner_requested.connect(window.show_banner)
            self.notifier.banner_withdrawn.connect(window.hide_banner)
        window.events.data_changed.connect(self.data_changed)
        if self.tray is not None:
            self.tray.open_requested.connect(window.bring_to_front)
            self.tray.interview_requested.connect(window.open_interview)
            self.tray.snooze_all_requested.connect(self.snooze_all)
            self.tray.pause_requested.connect(self.pause)
            self.tray.quit_requested.connect(window.quit_app)

    # ------------------------------------------------------------------ life cycle
    def start(self) -> None:
        if self.tray is not None:
            self.tray.show()  # first: a hidden tray icon silently drops showMessage()
        self.scheduler.start()
        self.update_tray()

    def stop(self) -> None:
        self.scheduler.stop()
        withdrawn = [key for key in self.notifier.withdraw_actionable() if key != SUMMARY_KEY]
        if withdrawn:  # their buttons would do nothing now: shown again, in the summary, at the next start
            try:
                reminder_store.snooze(withdrawn, self.clock())
            except Exception:  # noqa: BLE001 (quitting: the database may already be closed)
                pass
        self.notifier.shutdown()
        if self.tray is not None:
            self.tray.hide()

    @property
    def notifier_name(self) -> str:
        return self.notifier.name

    # ------------------------------------------------------------------ showing
    def show_reminders(self, reminders: list[Reminder]) -> None:
        for r in reminders:
            self.notifier.show(r.follow_up_id, words().title(r), words().body(r, datetime_text(r.due_at)),
                               self._actions())
        self.update_tray()

    def show_summary(self, reminders: list[Reminder]) -> None:
        self.missed = reminders
        first = ", ".join(words().title(r) for r in reminders[:2])
        more = " " + self.tr("and %n more", "", len(reminders) - 2) if len(reminders) > 2 else ""
        self.notifier.show(SUMMARY_KEY, words().summary_title(len(reminders)), f"{first}{more}.",
                           [("open", self.tr("Open"))])
        self.update_tray()

    def _actions(self) -> list[tuple[str, str]]:
        """The notification's buttons in the user's language (the keys stay what the server sends back)."""
        return [(key, self.tr(str(label))) for key, label in ACTIONS]

    def tell(self, key: int, heading: str, text: str) -> None:
        """A one-off notice (e.g. 'still running in the tray')."""
        self.notifier.show(key, heading, text, [])

    # ------------------------------------------------------------------ acting
    def on_action(self, key: int, action: str) -> None:
        """A click on a notification; a busy or full database is said in words, not as a bug."""
        try:
            self._act(key, action)
        except ENVIRONMENT_ERRORS as exc:
            if kind_of(exc) is None:
                raise
            self.window.show_error(describe(exc))

    def _act(self, key: int, action: str) -> None:
        if key == SUMMARY_KEY:
            self.window.show_missed(self.missed)
            return
        now = self.clock()
        if action in ("open", "default"):
            target = reminder_store.follow_up_target(key)
            if target is not None:
                if target.step == Step.THANK_YOU_EMAIL:
                    self.window.bring_to_front()
                    self.window.open_thank_you(target.interview_id, target.person_id)
                else:
                    self.window.open_interview(target.interview_id, debrief=target.step == Step.NOTES)
                    if target.step == Step.HANDWRITTEN_NOTE and target.person_id is not None:
                        self.window.cards.open(target.interview_id, target.person_id)  # the draft, ready to print
                    if target.step == Step.CHECK_IN:
                        self.window.open_follow_up(key)  # the check-in draft
        elif action == "snooze_hour":
            self.scheduler.snooze([key], snooze_until(now, "hour", _local_zone()))
        elif action == "snooze_tomorrow":
            self.scheduler.snooze([key], snooze_until(now, "tomorrow", _local_zone()))
        if action != "done":  # handled: take it off the screen (done is withdrawn via data_changed)
            self.notifier.withdraw(key)
        elif action == "done":
            set_done(key, now)
            self.window.events.data_changed.emit()
        self.update_tray()

    def snooze_all(self) -> None:
        self.scheduler.snooze_all(snooze_until(self.clock(), "hour", _local_zone()))
        self.update_tray()

    def pause(self, option: str, until: datetime | None = None) -> None:
        now = self.clock()
        if option == "resume":
            target = None
        elif option == "choose":
            self.window.choose_pause_time(lambda chosen: self.pause("until", chosen))
            return
        elif option == "until":
            target = until
        else:
            target = snooze_until(now, option, _local_zone())
        self.scheduler.pause(target)
        self.update_tray()

    def data_changed(self) -> None:
        """Something changed: re-arm, and withdraw notifications of steps done meanwhile."""
        self.scheduler.arm()
        self.withdraw_done_elsewhere()
        self.update_tray()

    def withdraw_done_elsewhere(self) -> None:
        """Take back notifications whose step is done — here or by a second instance.

        Runs on data changes and once a minute; it costs a query only while notifications
        are on screen.
        """
        shown: list[int] = getattr(self.notifier, "shown_keys", list)()  # only D-Bus knows what is on screen
        follow_ups = [k for k in shown if k > SUMMARY_KEY]
        if not follow_ups:
            return
        try:
            still_open = reminder_store.still_open(follow_ups)
        except ENVIRONMENT_ERRORS as exc:
            if kind_of(exc) is None:
                raise
            return  # busy: the next minute's call tries again
        for key in set(follow_ups) - still_open:
            self.notifier.withdraw(key)

    def update_tray(self) -> None:
        if self.tray is None:
            return
        try:
            due = reminder_store.open_due_by(next_local_midnight(self.clock()))
        except ENVIRONMENT_ERRORS as exc:
            if kind_of(exc) is None:
                raise
            return  # busy: the tray keeps its last state until the next change
        paused = self.scheduler.paused_until
        paused_text = (self.tr("paused until %1").replace("%1", datetime_text(paused))
                       if paused and paused > self.clock() else "")
        self.tray.update_state(len(due), due, paused_text, lambda r: datetime_text(r.due_at))
        if not self.window.isVisible():
            # Drawing the tray icon fills Qt's pixmap cache, whose flush timer then wakes an
            # app that sits in the tray every 10 s for a while; nothing needs those pixmaps.
            QTimer.singleShot(3000, QPixmapCache.clear)


def _local_zone() -> tzinfo:
    zone = datetime.now().astimezone().tzinfo
    assert zone is not None  # astimezone() always sets one
    return zone


def quit_application() -> None:
    app = QApplication.instance()
    if app is not None:
        app.quit()
