"""Unexpected exceptions: logged safely, the data left as it was, a dialog with details to copy.

Installed as `sys.excepthook` (exceptions in Qt slots end up there too) and
`threading.excepthook` (worker threads: the daily backup, the start-up check). A worker's
exception is handed to the GUI thread through a queued signal, since widgets may only be
touched there. Only QtCore is imported here (the hooks are installed before the first
paint); the dialog's widgets live in crash_details.py. Environment problems (disk full,
locked file) never come here: the code that writes catches them and shows `describe()`;
this is for bugs.
"""

from __future__ import annotations

import sys
import threading
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal

from ...crash_log import ensure_logging, log_exception, logs_dir

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog, QWidget

ExcInfo = tuple[type[BaseException], BaseException | None, TracebackType | None]


class CrashReporter(QObject):
    """One per app; `report()` is safe to call from any thread."""

    _reported = Signal(str)

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.dialog: QDialog | None = None
        self.parent_window: QWidget | None = None
        self._reported.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        self._previous: tuple[object, object] | None = (sys.excepthook, threading.excepthook)
        sys.excepthook = self._excepthook
        threading.excepthook = self._thread_excepthook

    def uninstall(self) -> None:
        previous = getattr(self, "_previous", None)
        if previous is not None:
            sys.excepthook, threading.excepthook = previous
            self._previous = None

    def _excepthook(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        self.report((exc_type, exc, tb))

    def _thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        where = f"thread {args.thread.name}" if args.thread is not None else "a thread"
        self.report((args.exc_type, args.exc_value, args.exc_traceback), where)

    def report(self, info: ExcInfo, where: str = "") -> str:
        from ...store.database import rollback_open_transaction

        rollback_open_transaction()
        ensure_logging(self.data_dir)
        details = log_exception(*info, where=where)
        print(f"finish-strong: unexpected error; details in {logs_dir(self.data_dir)}", file=sys.stderr)
        self._reported.emit(details)
        return details

    def _show(self, details: str) -> None:
        if self.dialog is not None:  # one box at a time; the log has every occurrence
            return
        from .crash_details import CrashDialog  # its widgets load only when something went wrong

        dialog = CrashDialog(details, logs_dir(self.data_dir), self.parent_window)
        dialog.finished.connect(self._closed)
        self.dialog = dialog
        dialog.open()

    def _closed(self) -> None:
        self.dialog = None
