"""Changes made to the database by another process reach the running app within a second.

The CLI (`finish-strong import` while the app sits in the tray), a sync or another tool may write
to the file. The app must then re-arm its reminders and refresh the window and the tray, but it
must not poll: idle in the tray it wakes at most once a minute (docs/PERFORMANCE.md). So the
operating system tells us: a `QFileSystemWatcher` (inotify on Linux) on the database, its `-wal`
file and the data folder costs nothing until a file changes. A change — ours or another's — starts
a short coarse timer; when it fires, one `PRAGMA data_version` (store/change_marks.py) says whether
another connection committed. Only then is `data_changed` emitted, which re-arms the reminders
(ui/reminders/reminder_controller.py) and refreshes the window and the tray.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from ...store.change_marks import data_version
from ...store.faults import DATABASE_ERRORS

#: Writes come in bursts (a transaction, then a checkpoint): look once the burst is over.
SETTLE_MS = 300


class ChangeWatcher(QObject):
    changed_elsewhere = Signal()

    def __init__(self, database: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.paths = [database, Path(f"{database}-wal")]
        self.watcher = QFileSystemWatcher(self)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SETTLE_MS)
        self.timer.timeout.connect(self.check)
        self.watcher.fileChanged.connect(self._touched)
        self.watcher.directoryChanged.connect(self._touched)
        self.version: int | None = None
        self.checks = 0  # how often the database was asked (the idle benchmark and tests read it)

    def start(self) -> None:
        self.version = self._version()
        self.watcher.addPath(str(self.database.parent))  # the -wal file appears and disappears
        self._watch_files()

    def stop(self) -> None:
        self.timer.stop()
        for path in self.watcher.files() + self.watcher.directories():
            self.watcher.removePath(path)

    def _watch_files(self) -> None:
        watched = set(self.watcher.files())
        for path in self.paths:
            if str(path) not in watched and path.exists():
                self.watcher.addPath(str(path))  # a replaced or re-created file needs a new watch

    def _touched(self, _path: str) -> None:
        self._watch_files()
        if not self.timer.isActive():
            self.timer.start()

    def check(self) -> None:
        """One PRAGMA: did another connection commit since the last look?"""
        self.checks += 1
        version = self._version()
        if version is not None and self.version is not None and version != self.version:
            self.version = version
            self.changed_elsewhere.emit()
        elif version is not None:
            self.version = version

    def _version(self) -> int | None:
        try:
            return data_version()
        except DATABASE_ERRORS:  # busy or closed for a moment: the next change looks again
            return None
