"""A mail job outlives the window that started it, until its thread has ended.

A worker thread reports by emitting a signal on its job (QObject). Parented to a window (Settings,
the thank-you e-mail window), the job went with the window when it was closed mid-send or mid-check,
and the thread then emitted on a deleted object, which crashes the process instead of raising. So
jobs are started without a parent and held here until their thread is no longer alive; they are let
go at a later start, never while the thread may still be inside `emit`. Qt drops a job's connections
to a window that is gone, so a late result reaches nobody.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject

_held: list[tuple[QObject, threading.Thread]] = []


def keep_until_done(job: QObject, thread: threading.Thread) -> None:
    """Hold `job` while `thread` runs (called from the GUI thread when the job starts)."""
    _held[:] = [(held, worker) for held, worker in _held if worker.is_alive()]
    _held.append((job, thread))


def held_jobs() -> int:
    """How many jobs are held now (for tests)."""
    return len(_held)
