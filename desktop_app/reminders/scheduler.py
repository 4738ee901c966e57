"""One single-shot timer armed for the next reminder; no polling loop.

The timer is re-armed whenever data changes, after every alert, after resume from sleep
and when the wall clock or the time zone jumps. QTimer counts on a monotonic clock that
stops while the machine sleeps, so a slow watchdog (once a minute, no SQL) compares the
wall clock with the monotonic one and re-checks when they drift apart.

A database that is busy (another program holds its lock), full or read-only is not a bug:
the check is retried with back-off (1 s, 2 s, 4 s … up to a minute) and the reminder shows
once the lock is gone. Whatever happens, the timer is armed again — a failure never stops
the reminders for the rest of the session. Only a real bug still reaches the crash report.

The clock is injected: tests move a fake clock and call `check()` instead of waiting.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QObject, QTimer, Signal

from ..domain.reminders import Reminder, next_wake, split_catch_up, timer_interval_ms
from ..store import reminder_store
from ..store.faults import DATABASE_ERRORS, FaultKind, fault_kind

Clock = Callable[[], datetime]
WATCH_INTERVAL_MS = 60_000
JUMP_TOLERANCE = timedelta(seconds=5)
#: Back-off after a busy (or full, or read-only) database: doubled each time, capped.
RETRY_FIRST_MS = 1_000
RETRY_MAX_MS = 60_000


class ReminderScheduler(QObject):
    #: reminders to show now, one notification each
    fired = Signal(list)
    #: reminders that came due while the app was not running: one summary
    caught_up = Signal(list)
    #: the next time the scheduler will look (None: nothing pending)
    armed = Signal(object)
    #: once a minute, from the watchdog: a chance for cheap periodic checks (no SQL here)
    minute = Signal()

    def __init__(self, clock: Clock, monotonic: Callable[[], float] = time.monotonic,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.clock = clock
        self.monotonic = monotonic
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setTimerType(self.timer.timerType().VeryCoarseTimer)  # second precision, fewer wake-ups
        self.timer.timeout.connect(self.check)
        self.watch = QTimer(self)
        self.watch.setInterval(WATCH_INTERVAL_MS)
        self.watch.setTimerType(self.watch.timerType().VeryCoarseTimer)
        self.watch.timeout.connect(self.watchdog)
        self.armed_for: datetime | None = None
        self.retry_ms = 0  # the current back-off; 0 while the database answers
        self.paused_until: datetime | None = None
        self._wall_mark = clock()
        self._mono_mark = monotonic()
        self._offset_mark = self._local_offset()

    # ------------------------------------------------------------------ life cycle
    def start(self) -> None:
        """At start-up: everything already due is one summary (a single one is shown as itself), then arm."""
        self._remember_clocks()
        self.watch.start()
        try:
            self.paused_until = reminder_store.paused_until()
            now = self.clock()
            due = reminder_store.due_alerts(now)
            if due and not self._paused(now):
                missed, current = split_catch_up(due)
                if missed:
                    reminder_store.mark_shown([r.follow_up_id for r in missed])
                    self.caught_up.emit(missed)
                if current:
                    reminder_store.mark_shown([r.follow_up_id for r in current])
                    self.fired.emit(current)
        except DATABASE_ERRORS as exc:
            self._retry_later(exc)  # what is due is shown by the retry, as it comes due
            return
        self.arm()

    def stop(self) -> None:
        self.timer.stop()
        self.watch.stop()

    # ------------------------------------------------------------------ arming
    def arm(self) -> None:
        """Set the single timer for the next alert: exactly one SQL query."""
        now = self.clock()
        try:
            next_alert = reminder_store.next_alert_time()
        except DATABASE_ERRORS as exc:
            self._retry_later(exc)
            return
        self.retry_ms = 0
        wake = next_wake(next_alert, self.paused_until, now)
        self.armed_for = wake
        if wake is None:
            self.timer.stop()
        else:
            self.timer.start(timer_interval_ms(wake, now))  # a cap longer than QTimer allows re-arms here
        self.armed.emit(wake)

    def check(self) -> None:
        """Show every alert whose time has come (unless paused), then re-arm."""
        now = self.clock()
        if not self._paused(now):
            try:
                due: list[Reminder] = reminder_store.due_alerts(now)
                if due:
                    reminder_store.mark_shown([r.follow_up_id for r in due])  # before showing: never twice
            except DATABASE_ERRORS as exc:
                self._retry_later(exc)
                return
            if due:
                self.fired.emit(due)
        self.arm()

    def _retry_later(self, exc: BaseException) -> None:
        """Re-arm for a retry with back-off; a bug is still reported, after the timer is armed."""
        self.retry_ms = min(max(self.retry_ms * 2, RETRY_FIRST_MS), RETRY_MAX_MS)
        self.timer.start(self.retry_ms)
        self.armed_for = self.clock() + timedelta(milliseconds=self.retry_ms)
        self.armed.emit(self.armed_for)
        if fault_kind(exc) is FaultKind.BUG:
            raise exc

    def _paused(self, now: datetime) -> bool:
        return self.paused_until is not None and self.paused_until > now

    # ------------------------------------------------------------------ user actions
    def pause(self, until: datetime | None) -> None:
        """Hold every reminder until `until` (None resumes); survives a restart."""
        self.paused_until = until
        reminder_store.set_paused_until(until)
        self.check()

    def snooze(self, follow_up_ids: list[int], until: datetime) -> None:
        reminder_store.snooze(follow_up_ids, until)
        self.arm()

    def snooze_all(self, until: datetime) -> int:
        count = reminder_store.snooze_all_pending(self.clock(), until)
        self.arm()
        return count

    # ------------------------------------------------------------------ clock watching
    def watchdog(self) -> None:
        """Once a minute, no SQL: did the machine sleep, or the clock or zone change?"""
        wall_elapsed = self.clock() - self._wall_mark
        mono_elapsed = timedelta(seconds=self.monotonic() - self._mono_mark)
        jumped = abs(wall_elapsed - mono_elapsed) > JUMP_TOLERANCE
        zone_changed = self._local_offset() != self._offset_mark
        self._remember_clocks()
        if jumped or zone_changed:
            self.check()
        self.minute.emit()

    def resumed(self) -> None:
        """Called on logind's PrepareForSleep(false): the machine woke up."""
        self._remember_clocks()
        self.check()

    def _remember_clocks(self) -> None:
        self._wall_mark = self.clock()
        self._mono_mark = self.monotonic()
        self._offset_mark = self._local_offset()

    def _local_offset(self) -> timedelta | None:
        if hasattr(time, "tzset"):  # POSIX: pick up a changed TZ or /etc/localtime
            time.tzset()
        return datetime.now().astimezone().utcoffset()
