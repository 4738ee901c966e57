"""Turning storage failures into messages a user can act on.

A locked database (another program writing), a full disk or a read-only folder is an
*environment* problem: say what happened and keep what the user typed. Anything else
is a bug and goes to the crash handler.
"""

from __future__ import annotations

import sqlite3

import peewee

from ..store.errors import StoreError

ENVIRONMENT_ERRORS = (peewee.OperationalError, peewee.InterfaceError, sqlite3.OperationalError, OSError, StoreError)


def describe(exc: BaseException) -> str:
    text = str(exc).strip() or exc.__class__.__name__
    lowered = text.lower()
    if "locked" in lowered or "busy" in lowered:
        return ("The data file is busy: another program (perhaps a second Finish Strong, or a "
                "command-line import) is writing to it. Nothing was lost; try again in a moment.")
    if "disk" in lowered and "full" in lowered or "no space" in lowered:
        return "The disk is full. Free some space and try again; nothing was lost."
    if "readonly" in lowered or "read-only" in lowered or "permission" in lowered:
        return "The data folder cannot be written to (read-only or no permission). Nothing was changed."
    return f"Finish Strong could not save the change ({text}). Nothing was lost; try again."
