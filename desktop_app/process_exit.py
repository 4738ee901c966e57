"""Ending the GUI process once everything is stored, without the interpreter's slow teardown."""

from __future__ import annotations

import contextlib
import logging
import os
import sys
from typing import NoReturn


def exit_now(code: int) -> NoReturn:
    """Ends the process with `code` right after the GUI has shut down.

    When `run_gui` returns, everything the user wrote is already safe: autosaves flush on
    close, the database is closed (its write-ahead log checkpointed) and the window state is
    synced. What a normal `sys.exit` would still do is free memory object by object —
    PySide destroying every wrapper and then the QApplication, Python clearing each module —
    about 35 ms with a month of 10,000 interviews on screen, which the operating system does
    at once when the process ends (open files, sockets and the X connection included). So
    the process ends here, after flushing what would otherwise be lost: log handlers and the
    standard streams (absent in a windowed frozen app).
    """
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        if stream is not None:
            with contextlib.suppress(OSError, ValueError):
                stream.flush()
    os._exit(code)
