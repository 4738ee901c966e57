"""Autosave: what the user types reaches the database without a Save button.

Each registered field is written `DELAY_MS` after typing pauses, when focus leaves it,
and when its window closes — and, while someone types without pausing, at the latest
`MAX_DELAY_MS` after the first unsaved keystroke, so a crash (even SIGKILL) costs at
most the last second of typing. A failed write (disk full, database locked)
keeps the text in the field, says so, and is retried on the next change or flush.

Before writing, the `guard` set by the window registry checks that the rows the window
loaded are still the ones in the database (a restore or an import may have replaced them);
if not, nothing is written and `orphaned` asks the registry to close or reload the window.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

DELAY_MS = 500
MAX_DELAY_MS = 700


class Autosaver(QObject):
    saved = Signal(datetime)
    failed = Signal(str)
    #: The guard found the window's rows replaced or gone: its pending text was not written.
    orphaned = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._savers: dict[str, Callable[[], None]] = {}
        self._dirty: list[str] = []
        #: True while the rows this window loaded are still in the database (set by the registry).
        self.guard: Callable[[], bool] | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DELAY_MS)
        self.timer.timeout.connect(self.flush)
        self.deadline = QTimer(self)
        self.deadline.setSingleShot(True)
        self.deadline.setInterval(MAX_DELAY_MS)
        self.deadline.timeout.connect(self.flush)

    def register(self, key: str, save: Callable[[], None], watch: QWidget | None = None) -> None:
        """`save` writes the current value of `key`; `watch` flushes when it loses focus."""
        self._savers[key] = save
        if watch is not None:
            watch.installEventFilter(self)

    def changed(self, key: str) -> None:
        if key not in self._dirty:
            self._dirty.append(key)
        self.timer.start()  # restarts: waits for a pause in typing...
        if not self.deadline.isActive():
            self.deadline.start()  # ...but never longer than this

    @property
    def pending(self) -> bool:
        return bool(self._dirty)

    def discard(self) -> None:
        """Forget unsaved changes: the window is closing because its rows were replaced or removed."""
        self.timer.stop()
        self.deadline.stop()
        self._dirty.clear()

    def still_loaded(self) -> bool:
        """False when the rows this window loaded were replaced or removed since."""
        return self.guard is None or self.guard()

    def flush(self) -> bool:
        """Write everything changed; returns False (and keeps it pending) if a write failed."""
        self.timer.stop()
        self.deadline.stop()
        wrote = bool(self._dirty)
        if wrote and not self.still_loaded():
            self._dirty.clear()  # never written to a row this window did not load
            self.failed.emit(self.tr("Not saved: this interview was replaced or removed (a restore, an import "
                                     "or a delete)."))
            self.orphaned.emit()
            return False
        while self._dirty:
            key = self._dirty[0]
            try:
                self._savers[key]()
            except Exception as exc:  # the text stays in the field; tell the user, retry later
                from .errors import short_reason

                why = short_reason(exc) or f"({exc})"
                self.failed.emit(f"Not saved yet {why} Your text is still here; retrying.")
                self.timer.start(DELAY_MS * 4)
                return False
            self._dirty.pop(0)
        if wrote:
            self.saved.emit(datetime.now())
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.FocusOut and self._dirty:
            self.flush()
        return False
