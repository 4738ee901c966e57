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
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal

from ...crash_log import log
from ...store.database import close_database, open_database
from ...store.faults import FaultKind
from ...store.recovery import StartupCheck, check_and_back_up
from ..shared.errors import ENVIRONMENT_ERRORS, describe_startup
from .recovery_prompt import QUIT, RecoveryPrompt, recover, recovered_message

if TYPE_CHECKING:
    from ..main.main_window import MainWindow


class StartupChecks(QObject):
    finished = Signal(object)  # StartupCheck, delivered in the GUI thread

    def __init__(self, window: MainWindow, live: Path, backups: Path) -> None:
        super().__init__(window)
        self.window = window
        self.live = live
        self.backups = backups
        self.result: StartupCheck | None = None
        self.thread: threading.Thread | None = None
        self.finished.connect(self._done, Qt.ConnectionType.QueuedConnection)

    def start(self) -> None:
        # Not a daemon: an exit while it runs waits for the backup to finish instead of killing it.
        self.thread = threading.Thread(target=self._run, name="startup-check")
        self.thread.start()

    def join(self) -> None:
        """Wait for the worker (at exit): a backup is finished, not cut off."""
        if self.thread is not None:
            self.thread.join()

    def _run(self) -> None:
        self.finished.emit(check_and_back_up(self.live, self.backups))

    def _done(self, result: StartupCheck) -> None:
        self.result = result
        if result.backup is not None:
            log.info("daily backup taken")
        if result.problem is not None:
            log.warning("the daily backup could not be taken")
            self.window.show_error(self.backup_problem(result.problem))
        if not result.healthy:
            log.warning("the database failed its start-up check")
            self.offer_recovery()

    def backup_problem(self, kind: FaultKind) -> str:
        """What a full disk (or a read-only folder, a lock) means for the daily backup."""
        if kind is FaultKind.FULL:
            return self.tr("The disk holding your data is full, so today's backup could not be taken. Your data "
                           "are safe and nothing was lost; free some space (empty the trash, delete large files) "
                           "and the backup is taken at the next start.")
        if kind is FaultKind.READ_ONLY:
            return self.tr("Today's backup could not be taken: the backups folder cannot be written to. Your "
                           "data are safe; make the data folder writable for your user.")
        return self.tr("Today's backup could not be taken: another program is using the data file. Your data "
                       "are safe; the backup is taken at the next start.")

    def offer_recovery(self) -> None:
        window = self.window
        window.debriefs.close_all()
        close_database()  # nothing may write to the damaged file any more
        prompt = RecoveryPrompt("The database check at start-up found damage in your data file.",
                                self.live, self.backups, self._recover, window)
        window.active_dialog = prompt
        prompt.open()

    def _recover(self, choice: str) -> None:
        window = self.window
        window.active_dialog = None
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
        window.show_error(recovered_message(kept, backup))
