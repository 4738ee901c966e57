"""Opening the one SQLite database, with the pragmas and checks every start needs.

The models bind to `db_proxy`; `open_database()` is the single place a real
`SqliteDatabase` is created, so tests get a fresh file per test simply by calling it
with a temporary folder.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import peewee

from .errors import DatabaseUnavailableError, DataFolderError, UnreadableDatabaseError
from .faults import FaultKind, fault_kind
from .migrations import migrate

db_proxy = peewee.DatabaseProxy()

PRAGMAS = {
    "foreign_keys": 1,
    # FULL, not NORMAL: in WAL mode NORMAL syncs only at checkpoints, so a power cut could roll
    # back the last commits — the notes typed just before it. FULL syncs the WAL at each commit;
    # measured, an autosave costs ~4 ms instead of ~1 ms (docs/DATA-SAFETY.md, "Power loss").
    "synchronous": "full",
}
# Not in PRAGMAS: switching to WAL rewrites the file header, so it is set only once the
# file is known to be ours and current (a refused file must stay byte for byte as it was).
# The mode is stored in the file, so later connections keep it.
JOURNAL_MODE = "wal"
BUSY_TIMEOUT_SECONDS = 5


def open_database(path: Path, backups: Path | None = None) -> peewee.SqliteDatabase:
    """Open (creating if needed) the database at `path`, migrated to the current schema.

    Raises `NewerSchemaError` for a file from a newer version,
    `UnreadableDatabaseError` for a damaged or foreign file (only SQLite's own verdict,
    SQLITE_CORRUPT or SQLITE_NOTADB, counts as damage) and `DatabaseUnavailableError` for a
    healthy file that cannot be used right now (locked by another program, cannot be opened
    or written); none of them touches the file.
    """
    try:
        _create_private(path)
    except OSError as exc:
        raise DataFolderError(
            f"Finish Strong cannot keep its data in {path.parent}: {exc.strerror or exc}. "
            "Make the folder writable for your user (or free some disk space), or start Finish Strong with "
            "--data-dir pointing to a folder you can write to."
        ) from exc
    database = peewee.SqliteDatabase(str(path), pragmas=PRAGMAS, timeout=BUSY_TIMEOUT_SECONDS)
    try:
        database.connect()
        # Reading the schema is the cheapest operation that fails on a non-database file.
        tables = database.execute_sql("SELECT count(*) FROM sqlite_master").fetchone()[0]
        version = database.execute_sql("PRAGMA user_version").fetchone()[0]
        if tables and not version:
            database.close()
            raise UnreadableDatabaseError(
                f"{path} is an SQLite database of another program, not Finish Strong's. It has not been changed.",
                path,
            )
    except (peewee.DatabaseError, sqlite3.DatabaseError) as exc:
        if not database.is_closed():
            database.close()
        kind = fault_kind(exc)
        if kind is not FaultKind.DAMAGED:
            # Locked, read-only, cannot open: the file may be perfectly healthy. Calling it
            # damaged would lead the user to "start empty" and move good data aside.
            raise DatabaseUnavailableError(kind, path) from exc
        raise UnreadableDatabaseError(
            f"{path} cannot be read as a Finish Strong database ({exc}). It has not been changed.", path
        ) from exc
    try:
        migrate(database, path, backups or path.parent / "backups")
        database.pragma("journal_mode", JOURNAL_MODE)
        os.chmod(path, 0o600)  # only now: a refused file keeps its mode as well as its bytes
    except Exception:
        database.close()
        raise
    db_proxy.initialize(database)
    from .search import ensure_index  # models import this module: import late

    ensure_index()
    fill_company_keys(database)
    return database


def fill_company_keys(database: peewee.SqliteDatabase) -> int:
    """Give interviews written without a company key (a salvaged older file, a writer that forgot)
    theirs, so their earlier rounds are found. One index search when there are none (every start)."""
    if not database.execute_sql(
        "SELECT EXISTS (SELECT 1 FROM interview WHERE company_key = '' AND company != '')"
    ).fetchone()[0]:
        return 0
    from ..domain.company_key import company_key

    database.connection().create_function("company_key", 1, company_key, deterministic=True)
    with database.atomic():
        return int(database.execute_sql(
            "UPDATE interview SET company_key = company_key(company) WHERE company_key = '' AND company != ''"
        ).rowcount)


def quick_check(path: Path) -> bool:
    """`PRAGMA quick_check` on a connection of its own, so a worker thread can run it.

    Read-only (`mode=ro`): checking must never write to a file that may be damaged.
    """
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_SECONDS)
    except sqlite3.Error as exc:
        return fault_kind(exc) is not FaultKind.DAMAGED
    try:
        return connection.execute("PRAGMA quick_check").fetchall() == [("ok",)]
    except sqlite3.DatabaseError as exc:
        # Busy, locked, cannot open or read-only says nothing about damage (a writer elsewhere,
        # a folder made read-only): only SQLite's own verdict does. The next start checks again.
        return fault_kind(exc) is not FaultKind.DAMAGED
    finally:
        connection.close()


def rollback_open_transaction() -> None:
    """An exception escaping mid-transaction must not leave it open for the next write to commit.

    For the crash handler: called on the thread that raised. peewee's connections are per thread,
    so only the main (GUI) thread's connection can hold the app's transaction; other threads return.
    Never raises: the crash log and dialog matter more than this.
    """
    import threading

    database = db_proxy.obj
    if threading.current_thread() is not threading.main_thread():
        return
    if database is None or database.is_closed():
        return
    try:
        connection = database.connection()
        if connection.in_transaction:
            connection.rollback()
    except (peewee.PeeweeException, sqlite3.Error):
        pass


def release_thread_connection() -> None:
    """Close the calling worker thread's own connection (peewee keeps one per thread); the
    GUI thread's stays open. For threads that import or search beside the window."""
    database = db_proxy.obj
    if database is not None and not database.is_closed():
        database.close()


def close_database() -> None:
    database = db_proxy.obj
    if database is not None and not database.is_closed():
        database.close()


def _create_private(path: Path) -> None:
    """Make sure the file exists with mode 0600 before SQLite creates it 0644."""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    if not path.exists():
        fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
        os.close(fd)
