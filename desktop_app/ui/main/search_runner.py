"""Runs the search box's queries off the GUI thread; the newest request wins.

One daemon thread waits for work. A request bumps a generation counter, replaces any
waiting request and interrupts the query that is running (SQLite `interrupt()` through
`store.search_session`), so typing "t", "th", "the" quickly runs at most the last one in full.
Results come back through a queued signal tagged with their generation; the panel shows
only the newest, so an answer overtaken by a keystroke is never painted.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal

from ...store.search import SearchResults
from ...store.search_session import SearchSession


class SearchRunner(QObject):
    #: (generation, SearchResults) — emitted from the worker thread, delivered queued
    finished = Signal(int, object)
    #: (generation, exception) — a database failure (busy, damaged…), for the panel to report
    failed = Signal(int, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = SearchSession()
        self._wake = threading.Condition()
        self._pending: tuple[int, str] | None = None
        self._generation = 0
        self._stopping = False
        self._thread = threading.Thread(target=self._loop, name="search", daemon=True)
        self._thread.start()

    @property
    def generation(self) -> int:
        return self._generation

    def request(self, text: str) -> int:
        """Search for `text`; any older request is dropped or interrupted. Returns its generation."""
        with self._wake:
            self._generation += 1
            self._pending = (self._generation, text)
            self._wake.notify()
        generation = self._generation
        self._session.cancel(before=generation)  # the running query (if any) is for older text
        return generation

    def stop(self) -> None:
        """End the thread (tests and window teardown); a running query is interrupted."""
        with self._wake:
            self._stopping = True
            self._pending = None
            self._wake.notify()
        self._session.cancel()
        self._thread.join(timeout=5)

    def _loop(self) -> None:
        while True:
            with self._wake:
                while self._pending is None and not self._stopping:
                    self._wake.wait()
                if self._stopping:
                    return
                assert self._pending is not None
                generation, text = self._pending
                self._pending = None
            try:
                try:
                    results: SearchResults | None = self._session.run(text, tag=generation)
                except Exception as exc:  # reported on the GUI thread; the thread keeps serving
                    self.failed.emit(generation, exc)
                    continue
                if results is not None and generation == self._generation:
                    self.finished.emit(generation, results)
            except RuntimeError:  # the panel (and this QObject) was deleted while a query ran
                return
