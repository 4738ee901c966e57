"""When the CalDAV sync runs in the app: after the first paint, a few seconds after a change,
every 15 minutes, and at once after the machine wakes. Always in a worker thread.

The worker opens its own database connection (peewee connections are per thread) and the
HTTP stack is imported there, on first use, never for the first paint. The status bar
shows the last sync and, after a failure, its kind; nothing here blocks the window.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal, SignalInstance
from PySide6.QtWidgets import QLabel, QStatusBar

AFTER_CHANGE_MS = 4_000
#: After the server could not be reached, try again this soon (then the 15-minute rhythm takes over).
RETRY_MS = 60_000
RETRY_KINDS = {"unreachable", "timeout"}
EVERY_SECONDS = 15 * 60
TICK_MS = 60_000
#: A tick this much later than planned means the machine slept (QTimer stops during suspend).
WOKE_AFTER_SECONDS = 2 * TICK_MS / 1000


def tr(text: str) -> str:
    return QCoreApplication.translate("SyncController", text)


class SyncController(QObject):
    finished = Signal(object)  # the SyncReport, delivered on the GUI thread
    trashed = Signal(list)  # ids of interviews deleted on another computer, now in the trash here

    def __init__(self, status_bar: QStatusBar | None, data_changed: SignalInstance | None = None,
                 clock: Callable[[], float] = time.time, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.clock = clock
        self.running = False
        self.again = False
        self.ignore_next_change = False
        self.last_started = 0.0
        self.last_tick = clock()
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        if status_bar is not None:
            status_bar.addPermanentWidget(self.label)
        self.debounce = self._timer(AFTER_CHANGE_MS, single=True, then=self.sync_now)
        self.retry = self._timer(RETRY_MS, single=True, then=self.sync_now)
        self.retried = False
        self.ticker = self._timer(TICK_MS, single=False, then=self._tick)
        if data_changed is not None:
            data_changed.connect(self.changed)
        self.finished.connect(self._show, Qt.ConnectionType.QueuedConnection)
        self.sleep_watch: QObject | None = None

    def _timer(self, interval_ms: int, single: bool, then: Callable[[], None]) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(single)
        timer.setInterval(interval_ms)
        timer.timeout.connect(then)
        return timer

    def start(self, minute: SignalInstance | None = None) -> None:
        """Called after the first paint: a first sync, then the timers.

        `minute` is the reminders' once-a-minute watchdog signal: ticking on it, not on a timer of
        our own, keeps the idle app at one wake-up a minute (docs/PERFORMANCE.md)."""
        if minute is not None:
            minute.connect(self._tick)
        else:
            self.ticker.start()
        try:
            from ...reminders.sleep_watch import SleepWatch

            self.sleep_watch = SleepWatch(self.sync_now, self)
        except ImportError:  # no QtDBus in this build: the ticker notices the wake-up instead
            self.sleep_watch = None
        self.sync_now()

    def changed(self) -> None:
        """Data changed somewhere: sync a few seconds later (many edits make one sync)."""
        if self.ignore_next_change:
            self.ignore_next_change = False
            return
        self.debounce.start()

    def _tick(self) -> None:
        now = self.clock()
        woke = now - self.last_tick > WOKE_AFTER_SECONDS
        self.last_tick = now
        if woke or now - self.last_started >= EVERY_SECONDS:
            self.sync_now()

    def sync_now(self) -> None:
        if self.running:
            self.again = True  # one more right after: the change may have missed this run
            return
        self.running = True
        self.last_started = self.clock()
        threading.Thread(target=self._work, name="caldav-sync", daemon=True).start()

    def _work(self) -> None:
        report = None
        try:
            from ...store.sync_settings import load_sync_account

            account = load_sync_account()
            if account.url.strip():
                from ...sync.runner import run_sync

                report = run_sync(account)
        except Exception:  # noqa: BLE001 - a bug in a background sync is logged, never a crash dialog loop
            from ...crash_log import log

            log.exception("sync failed")
        finally:
            from ...store.database import db_proxy

            if not db_proxy.is_closed():
                db_proxy.close()  # this thread's connection
            self.finished.emit(report)

    def _show(self, report: object) -> None:
        self.running = False
        if report is not None:
            from ...sync.engine import SyncReport

            assert isinstance(report, SyncReport)
            self.label.setText(status_text(report, datetime.now(UTC)))
            failed = report.error is not None and report.error.kind.value in RETRY_KINDS
            if failed and not self.retried:
                self.retry.start()  # the queue is kept; one early retry, e.g. the network just came back
            self.retried = failed
            if report.trashed:
                self.trashed.emit(list(report.trashed))  # the window offers Undo for each
            if sum(report.down.values()):
                self.ignore_next_change = True  # our own writes: refresh the views, do not sync again
                parent = self.parent()
                events = getattr(parent, "events", None)
                if events is not None:
                    events.data_changed.emit()
        if self.again:
            self.again = False
            self.sync_now()


def status_text(report: object, now: datetime) -> str:
    from ...sync.engine import SyncReport

    assert isinstance(report, SyncReport)
    at = now.astimezone().strftime("%H:%M")
    if report.error is None:
        return tr("Calendar synced at {time}").format(time=at)
    from ..shared.sync_words import sync_kind_name

    kind = sync_kind_name(report.error.kind.value)
    if report.queued:
        return tr("Calendar sync: {kind} at {time}; {count} waiting").format(kind=kind, time=at, count=report.queued)
    return tr("Calendar sync: {kind} at {time}").format(kind=kind, time=at)
