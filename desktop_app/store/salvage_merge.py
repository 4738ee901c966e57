"""Writing a salvage into a new database, and filling its gaps from the newest backup.

The rows read from the damaged file (store/salvage.py) are newer than any backup, so they win.
A backup row is added only where the damaged file says a row was lost: its rowid is listed by an
index of the damaged file but its page could not be read, or it falls in the rowid range of an
unreadable page (or the table's tree could not be found at all). Rows are matched by their stable
ids (`uid`; for tables without one, their key after the ids are matched), so nothing is doubled,
and a backup row whose id is now taken by another row gets a new id that its children follow.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

import peewee

from .migrations import migrate
from .salvage import TABLE_ORDER, Column, Salvage, TableSalvage, columns_of, read_damaged
from .sqlite_pages import Value

#: Foreign-key columns and the table whose id they hold.
PARENTS = {"interview_id": "interview", "person_id": "person", "suggested_by": "person", "referral_key": "referral"}
INDEX_VERSION_KEY = "search_index_version"


@dataclass
class TableCount:
    recovered: int = 0
    unreadable: int = 0
    from_backup: int = 0
    lost_pages: int = 0


@dataclass
class SalvageReport:
    """Counts per table; what the user is told."""

    tables: dict[str, TableCount] = field(default_factory=dict)
    damaged_pages: int = 0
    schema_readable: bool = True
    backup: Path | None = None

    def count(self, table: str) -> TableCount:
        return self.tables.get(table, TableCount())

    @property
    def anything(self) -> bool:
        return any(c.recovered for c in self.tables.values())


def salvage_file(damaged: Path, out: Path, backup: Path | None = None) -> SalvageReport:
    """Read `damaged` into the new file `out` (which must not exist), then merge `backup` where rows were lost."""
    fd = os.open(out, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)
    try:
        return _salvage_into(damaged, out, backup)
    except BaseException:
        out.unlink(missing_ok=True)  # ours, half written: never leave it looking like a result
        raise


def _salvage_into(damaged: Path, out: Path, backup: Path | None) -> SalvageReport:
    database = peewee.SqliteDatabase(str(out))
    try:
        database.connect()
        migrate(database, out, out.parent)
    finally:
        database.close()
    connection = sqlite3.connect(out)
    try:
        expected = {name: columns_of(connection, name) for name in TABLE_ORDER}
        salvage = read_damaged(damaged, expected)
        report = SalvageReport(damaged_pages=salvage.damaged_pages, schema_readable=salvage.schema_readable,
                               backup=backup)
        with connection:
            for name in TABLE_ORDER:
                report.tables[name] = TableCount(
                    recovered=_insert_salvaged(connection, salvage.tables[name], expected[name]),
                    unreadable=salvage.tables[name].unreadable,
                    lost_pages=salvage.tables[name].lost_pages,
                )
            if backup is not None:
                _merge_backup(connection, backup, salvage, expected, report)
            _drop_orphans(connection, report)
            # The search index is rebuilt from the tables at the next open (store/search.ensure_index).
            connection.execute("INSERT OR REPLACE INTO setting (key, value) VALUES (?, '0')", (INDEX_VERSION_KEY,))
    finally:
        connection.close()
    return report


def _insert_salvaged(connection: sqlite3.Connection, table: TableSalvage, target: tuple[Column, ...]) -> int:
    names = [c.name for c in target]
    source = [c.name for c in table.columns]
    shared = [n for n in names if n in source]
    if not shared:
        return 0
    positions = [source.index(n) for n in shared]
    sql = _insert_sql(table.name, shared, "OR IGNORE")
    inserted = 0
    for rowid in sorted(table.rows):
        values = table.rows[rowid]
        if table.name == "setting" and values and values[0] == INDEX_VERSION_KEY:
            continue
        inserted += connection.execute(sql, [values[p] for p in positions]).rowcount
    return inserted


def _insert_sql(table: str, columns: list[str], conflict: str = "") -> str:
    # Table and column names come from our own schema (TABLE_ORDER, PRAGMA table_info), never from a file.
    quoted = ", ".join(f'"{c}"' for c in columns)
    marks = ", ".join("?" for _ in columns)
    return f'INSERT {conflict} INTO "{table}" ({quoted}) VALUES ({marks})'


def _merge_backup(connection: sqlite3.Connection, backup: Path, salvage: Salvage,
                  expected: dict[str, tuple[Column, ...]], report: SalvageReport) -> None:
    source = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True)
    try:
        present = {row[0] for row in source.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        id_maps: dict[str, dict[int, int]] = {}
        for name in TABLE_ORDER:
            if name not in present:
                continue
            backup_columns = [c.name for c in columns_of(source, name)]
            names = [c.name for c in expected[name] if c.name in backup_columns]
            cursor = source.execute(f'SELECT rowid, {", ".join(chr(34) + n + chr(34) for n in names)} FROM "{name}"')
            id_maps[name] = {}
            required = {c.name for c in expected[name] if c.not_null}
            for rowid, *values in cursor:
                row = dict(zip(names, values, strict=True))
                added = _merge_row(connection, name, row, rowid, salvage.tables[name], id_maps, required)
                if added:
                    report.tables[name].from_backup += 1
    finally:
        source.close()


def _merge_row(connection: sqlite3.Connection, name: str, row: dict[str, Value], rowid: int,
               table: TableSalvage, id_maps: dict[str, dict[int, int]], required: set[str]) -> bool:
    for column, parent in PARENTS.items():
        value = row.get(column)
        if not isinstance(value, int) or name == parent:
            continue
        if value in id_maps.get(parent, {}):
            row[column] = id_maps[parent][value]
        elif column in required:
            return False  # its parent is in neither file: nothing to attach it to
        else:
            row[column] = None
    if "uid" in row:
        existing = connection.execute(f'SELECT id FROM "{name}" WHERE uid = ?', (row["uid"],)).fetchone()
        if existing is not None:
            id_maps[name][int(row["id"])] = existing[0]
            return False
    elif "id" in row:  # an id but no uid (sent_email): the id is the stable key
        if connection.execute(f'SELECT 1 FROM "{name}" WHERE id = ?', (row["id"],)).fetchone() is not None:
            id_maps[name][int(row["id"])] = int(row["id"])
            return False
    elif _key_present(connection, name, row):
        return False
    if not table.maybe_lost(rowid):
        return False  # not lost: the damaged file's newer state has no such row (deleted since the backup)
    if "id" in row:
        old_id = int(row["id"])
        taken = connection.execute(f'SELECT 1 FROM "{name}" WHERE id = ?', (old_id,)).fetchone()
        if taken:
            row = {k: v for k, v in row.items() if k != "id"}
        cursor = connection.execute(_insert_sql(name, list(row)), list(row.values()))
        id_maps.setdefault(name, {})[old_id] = int(cursor.lastrowid or old_id)
        return True
    cursor = connection.execute(_insert_sql(name, list(row), "OR IGNORE"), list(row.values()))
    return cursor.rowcount > 0


def _key_present(connection: sqlite3.Connection, name: str, row: dict[str, Value]) -> bool:
    keys = {"interview_person": ("interview_id", "person_id"), "email_draft": ("interview_id", "person_id"),
            "card_draft": ("interview_id", "person_id"), "debrief": ("interview_id",),
            "calendar_link": ("interview_id",), "setting": ("key",)}.get(name)
    if keys is None:
        return False
    where = " AND ".join(f'"{k}" = ?' for k in keys)
    return connection.execute(f'SELECT 1 FROM "{name}" WHERE {where}', [row[k] for k in keys]).fetchone() is not None


def _drop_orphans(connection: sqlite3.Connection, report: SalvageReport) -> None:
    """Rows whose parent was lost in both files cannot be shown anywhere: leave them out, counted as lost."""
    for table, rowid, _parent, _fk in connection.execute("PRAGMA foreign_key_check").fetchall():
        connection.execute(f'DELETE FROM "{table}" WHERE rowid = ?', (rowid,))
        if table in report.tables:
            counts = report.tables[table]
            counts.recovered = max(0, counts.recovered - 1)
            counts.unreadable += 1
