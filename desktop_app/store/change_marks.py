"""Has another program changed the database? `PRAGMA data_version`, asked of the app's own connection.

SQLite raises this per-connection number whenever *another* connection commits to the file, and
never for this connection's own commits, so the app can tell a change made elsewhere (the CLI,
a sync, another tool) from its own writes in one cheap statement that reads no table.
"""

from __future__ import annotations

from .database import db_proxy


def data_version() -> int | None:
    """The connection's current data version; None when no database is open (e.g. during recovery)."""
    database = db_proxy.obj
    if database is None or database.is_closed():
        return None
    return int(database.execute_sql("PRAGMA data_version").fetchone()[0])
