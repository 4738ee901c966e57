"""Database failures sorted into kinds, by SQLite's error code or the OS errno — never by message text.

The UI, the CLI and background tasks branch on the kind: *busy* (another program holds a lock:
wait and retry), *full* (free disk space), *read-only* (the folder or file cannot be written),
*damaged* (SQLite found corruption, or the file is not a database: offer recovery) or *bug*
(anything else: crash report). Keeping the sorting here is what lets every caller outside
`store/` stay free of peewee and sqlite3 (the layer contract in pyproject.toml checks it).
"""

from __future__ import annotations

import errno
import sqlite3
from enum import Enum

import peewee

from .errors import StoreError


class FaultKind(Enum):
    BUSY = "busy"
    FULL = "full"
    READ_ONLY = "read-only"
    DAMAGED = "damaged"
    BUG = "bug"


#: What to catch around a store call when a failure is possible and the kind decides what to say.
DATABASE_ERRORS: tuple[type[BaseException], ...] = (peewee.PeeweeException, sqlite3.Error)
#: Failures the user can do something about, or that carry their own message (StoreError).
ENVIRONMENT_ERRORS: tuple[type[BaseException], ...] = (*DATABASE_ERRORS, OSError, StoreError)

_BUSY = {"SQLITE_BUSY", "SQLITE_LOCKED"}
_FULL = {"SQLITE_FULL"}
_READ_ONLY = {"SQLITE_READONLY", "SQLITE_PERM", "SQLITE_CANTOPEN", "SQLITE_AUTH"}
_DAMAGED = {"SQLITE_CORRUPT", "SQLITE_NOTADB"}
_FULL_ERRNO = {errno.ENOSPC, errno.EDQUOT}
_READ_ONLY_ERRNO = {errno.EROFS, errno.EACCES, errno.EPERM}


def _codes(exc: BaseException) -> tuple[set[str], set[int]]:
    """SQLite primary error names and errno values on the exception and the ones it wraps."""
    names: set[str] = set()
    numbers: set[int] = set()
    pending: list[BaseException] = [exc]
    seen: set[int] = set()
    while pending and len(seen) < 8:
        current = pending.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        name = getattr(current, "sqlite_errorname", None)
        if isinstance(name, str):
            names.add("_".join(name.split("_")[:2]))  # SQLITE_READONLY_DBMOVED -> SQLITE_READONLY
        if isinstance(current, OSError) and current.errno is not None:
            numbers.add(current.errno)
        # peewee re-raises sqlite3's exception as its own with the original as the first argument
        wrapped = [getattr(current, "orig", None), current.__cause__, current.__context__]
        if current.args and isinstance(current.args[0], BaseException):
            wrapped.append(current.args[0])
        pending.extend(w for w in wrapped if isinstance(w, BaseException))
    return names, numbers


def fault_kind(exc: BaseException) -> FaultKind:
    """The kind of a failure raised by the store (or the OS under it)."""
    names, numbers = _codes(exc)
    if names & _BUSY:
        return FaultKind.BUSY
    if names & _FULL or numbers & _FULL_ERRNO:
        return FaultKind.FULL
    if names & _READ_ONLY or numbers & _READ_ONLY_ERRNO:
        return FaultKind.READ_ONLY
    if names & _DAMAGED:
        return FaultKind.DAMAGED
    return FaultKind.BUG
