"""After the first paint: check the database and take the daily backup, off the GUI thread.

Why not before the window: `PRAGMA quick_check` reads every page and a backup copies
them all, which grows with the data; the window would wait for both. Why it is safe in a
thread: both use a connection of their own, and WAL lets them read a consistent snapshot
while the GUI thread writes. If the check fails, the GUI thread closes its connection,
moves the file aside and asks what to do (ui/recovery_prompt.py).
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from ...crash_log import log
from ...store.backups import next_daily_backup, utc_now
from ...store.database import open_database
from ...store.faults import FaultKind
from ...store.recovery import StartupCheck, check_and_back_up, let_go_untouched
from ..shared.errors import ENVIRONMENT_ERRORS, describe_startup
from .recovery_prompt import QUIT, RecoveryPrompt, recover, recovered_message

if TYPE_CHECKING:
    from ..main.main_window import MainWindow


#: The longest a QTimer can wait (signed 32-bit milliseconds), and the shortest wait between two looks.
MAX_WAIT_MS = 2**31 - 1
MIN_WAIT_MS = 60_000
#: After a backup that could not be taken (disk full, read-only, busy): try again this much later,
#: and say so only once per kind of problem, not every hour.
PROBLEM_RETRY_MS = 3_600_000


class StartupChecks(QObject):
    """The check and the daily backup at start-up, then again each day while the app runs.

    The app may live in the tray for weeks: a single-shot coarse timer is armed for the moment
    the next daily backup falls due (no polling; one wake-up a day). QTimer's clock stops while
    the machine sleeps, so when it fires the wall clock decides: not due yet means re-arm.
    """

    finished = Signal(object)  # StartupCheck, delivered in the GUI thread

    def __init__(self, window: MainWindow, live: Path, backups: Path,
                 clock: Callable[[], datetime] | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.live = live
        self.backups = backups
        self.clock = clock or utc_now
        self.result: StartupCheck | None = None
        self.worker_thread: threading.Thread | None = None  # not `thread`: that would hide QObject.thread()
        self.finished.connect(self._done, Qt.ConnectionType.QueuedConnection)
        self.daily = QTimer(self)
        self.daily.setSingleShot(True)
        self.daily.setTimerType(Qt.TimerType.VeryCoarseTimer)
        self.daily.timeout.connect(self.start)
        self.told: set[FaultKind] = set()

    def start(self) -> None:
        if self.worker_thread is not None and self.worker_thread.is_alive():
            return
        # Not a daemon: an exit while it runs waits for the backup to finish instead of killing it.
        now = self.clock()
        self.worker_thread = threading.Thread(target=self._run, args=(now,), name="startup-check")
        self.worker_thread.start()

    def arm_daily(self) -> None:
        """Wake up when the next daily backup is due (at least a minute from now)."""
        due = next_daily_backup(self.backups)
        wait_ms = 0 if due is None else int((due - self.clock()).total_seconds() * 1000)
        self.daily.start(min(max(wait_ms, MIN_WAIT_MS), MAX_WAIT_MS))

    def join(self) -> None:
        """Wait for the worker (at exit): a backup is finished, not cut off."""
        if self.worker_thread is not None:
            self.worker_thread.join()

    def _run(self, now: datetime) -> None:
        self.finished.emit(check_and_back_up(self.live, self.backups, now))

    def _done(self, result: StartupCheck) -> None:
        self.result = result
        if result.backup is not None:
            log.info("daily backup taken")
        if result.problem is not None:
            log.warning("the daily backup could not be taken")
            if result.problem not in self.told:
                self.told.add(result.problem)
                self.window.show_error(self.backup_problem(result.problem))
        if not result.healthy:
            log.warning("the database failed its start-up check")
            self.offer_recovery()
            return
        if result.problem is not None:
            self.daily.start(PROBLEM_RETRY_MS)  # not every minute: the disk will not empty itself
            return
        self.told.clear()
        self.arm_daily()

    def backup_problem(self, kind: FaultKind) -> str:
        """What a full disk (or a read-only folder, a lock) means for the daily backup."""
        if kind is FaultKind.FULL:
            return self.tr("The disk holding your data is full, so today's backup could not be taken. Your data "
                           "are safe and nothing was lost; free some space (empty the trash, delete large files); "
                           "the backup is tried again within the hour.")
        if kind is FaultKind.READ_ONLY:
            return self.tr("Today's backup could not be taken: the backups folder cannot be written to. Your "
                           "data are safe; make the data folder writable for your user.")
        return self.tr("Today's backup could not be taken: another program is using the data file. Your data "
                       "are safe; the backup is tried again within the hour.")

    def offer_recovery(self) -> None:
        window = self.window
        window.editors.save_all()  # what can still be stored is; then no editor may write to this file
        window.editors.close_all(save=False)
        let_go_untouched(self.live)  # nothing may write to the damaged file any more, not even a checkpoint
        prompt = RecoveryPrompt(self.tr("The database check at start-up found damage in your data file."),
                                self.live, self.backups, self._recover, window)
        window.dialogs.active = prompt
        prompt.open()

    def _recover(self, choice: str) -> None:
        window = self.window
        window.dialogs.active = None
        if choice == QUIT:
            from PySide6.QtWidgets import QApplication

            QApplication.exit(1)
            return
        try:
            kept, backup = recover(choice, self.live, self.backups)
            open_database(self.live, self.backups)
        except ENVIRONMENT_ERRORS as exc:  # the folder cannot be written: nothing more can be done here
            from PySide6.QtWidgets import QApplication

            print(f"finish-strong: {describe_startup(exc)}", file=sys.stderr)
            QApplication.exit(1)
            return
        window.undo_stack.clear()
        window.selected_interview = None
        window.events.data_changed.emit()
        window.show_error(recovered_message(kept, backup, choice))
        self.arm_daily()
