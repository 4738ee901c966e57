"""Writes very long debrief sections off the GUI thread.

Why: autosaving a note of a megabyte takes 40–90 ms (writing it to the WAL and syncing it,
`synchronous=FULL`), every 0.7 s while the user types — a hitch a typist feels. Copying the
text out of the editor stays in the GUI thread (Qt objects belong to it); only the store call
runs here, on the thread's own SQLite connection (peewee keeps one per thread), closed after.

One thread at a time, started on demand; a newer text for a section replaces one still
waiting, so the last text typed is always the last written. Failures (disk full, database
busy) are kept for the window to collect: it marks the section unsaved again and says why,
exactly as a failed synchronous autosave does. `wait()` is called before anything that needs
the text on disk (closing the window, marking the notes done).
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal

from ...store.database import db_proxy
from ...store.debrief_store import save_section


class SectionWriter(QObject):
    #: a write failed (delivered in the GUI thread); collect with take_failures()
    failed = Signal()

    def __init__(self, interview_id: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.interview_id = interview_id
        self._lock = threading.Lock()
        self._pending: dict[str, str] = {}
        self._failures: list[tuple[str, BaseException]] = []
        self._thread: threading.Thread | None = None

    def submit(self, key: str, text: str) -> None:
        with self._lock:
            self._pending[key] = text
            if self._thread is None:
                # Not a daemon: an exit while it writes waits for the write instead of cutting it off.
                self._thread = threading.Thread(target=self._run, name="note-writer")
                self._thread.start()

    def wait(self) -> None:
        with self._lock:
            thread = self._thread
        if thread is not None:
            thread.join()

    def take_failures(self) -> list[tuple[str, BaseException]]:
        with self._lock:
            failures, self._failures = self._failures, []
        return failures

    def _run(self) -> None:
        database = db_proxy.obj
        try:
            while True:
                with self._lock:
                    if not self._pending:
                        self._thread = None
                        return
                    key, text = self._pending.popitem()
                try:
                    save_section(self.interview_id, key, text, index=False)
                except Exception as exc:  # the GUI thread decides what it means (busy, full, bug)
                    with self._lock:
                        self._failures.append((key, exc))
                    self.failed.emit()
        finally:
            if database is not None and not database.is_closed():
                database.close()  # this thread's connection only (peewee keeps one per thread)
