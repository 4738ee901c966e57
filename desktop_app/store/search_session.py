"""Searching on a worker thread's own connection, cancellable from the GUI thread.

The search box asks on every pause in typing; the answer must never hold the window up,
and a newer keystroke makes an older query worthless. So the query runs on a thread of its
own (peewee gives each thread its own connection to the same file — WAL lets it read while
the GUI writes), and `cancel()` calls SQLite's `interrupt()` on that connection from any
thread: the running statement stops at once with SQLITE_INTERRUPT, which `run()` reports as
"no answer" (None). The connection is closed after each search, so a database swapped in by
a restore is simply opened next time.
"""

from __future__ import annotations

import sqlite3
import threading

from .database import db_proxy
from .faults import DATABASE_ERRORS
from .search import MAX_RESULTS, SearchResults, search_results

PROGRESS_STEPS = 10_000  # SQLite VM instructions between checks of the cancel flag (well under 1 ms)


def _interrupted(exc: BaseException) -> bool:
    """Whether the failure is our own cancel (SQLITE_INTERRUPT), told by code, never by text."""
    seen: list[BaseException | None] = [exc, exc.__cause__, exc.__context__]
    seen += [a for a in getattr(exc, "args", ()) if isinstance(a, BaseException)]
    return any(getattr(e, "sqlite_errorcode", None) == sqlite3.SQLITE_INTERRUPT for e in seen if e is not None)


class SearchSession:
    """One searcher thread's connection; `run` on that thread, `cancel` from any thread.

    Two ways to stop, because `interrupt()` alone has a gap: called just before a statement
    starts, it is a no-op. So cancelling also raises a flag that a progress handler (every
    few thousand SQLite instructions) turns into SQLITE_INTERRUPT as well.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._connection: sqlite3.Connection | None = None
        self._tag = 0
        self._cancel_before = 0  # searches tagged below this are cancelled

    def run(self, text: str, limit: int = MAX_RESULTS, tag: int = 0) -> SearchResults | None:
        """The results, or None when `cancel()` stopped this search (nothing else is swallowed).

        `tag` (the caller's request number) lets `cancel(before=…)` spare a newer search that
        the worker already started. Meant for a worker thread: its connection is closed after."""
        database = db_proxy.obj
        if database is None:
            return None
        connection: sqlite3.Connection | None = None
        try:
            connection = database.connection()  # this thread's own (peewee keeps one per thread)
            with self._lock:
                if tag < self._cancel_before:
                    return None
                self._connection = connection
                self._tag = tag
            connection.set_progress_handler(self._should_stop, PROGRESS_STEPS)
            return search_results(text, limit)
        except DATABASE_ERRORS as exc:
            if _interrupted(exc):
                return None
            raise
        finally:
            with self._lock:
                self._connection = None
            if connection is not None:
                connection.set_progress_handler(None, 0)
            if threading.current_thread() is not threading.main_thread() and not database.is_closed():
                database.close()  # this worker thread's connection only; the GUI's stays open

    def cancel(self, before: int | None = None) -> None:
        """Stop the running search — only one tagged below `before`, if given (safe from any
        thread; a no-op when idle)."""
        with self._lock:
            limit = self._tag + 1 if before is None else before
            self._cancel_before = max(self._cancel_before, limit)
            if self._connection is not None and self._tag < self._cancel_before:
                self._connection.interrupt()

    def _should_stop(self) -> int:
        return 1 if self._tag < self._cancel_before else 0
