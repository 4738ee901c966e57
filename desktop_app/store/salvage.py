"""Salvage: every readable row of a damaged database into a new one (SQLite's `.recover` approach).

Restoring the newest backup throws away everything typed since it was taken, although a damaged
file usually has one bad page among hundreds. So the rows are read the way `.recover` does it:
the file is walked page by page (store/sqlite_pages.py), starting from the schema's root pages;
a page that cannot be read costs only its own rows, and table pages cut off from their tree (a
damaged interior or schema page) are found by scanning every page and recognised by the shape of
their rows. What the damaged file's indexes still say (every row's rowid) tells how many rows
could not be read, and the newest backup can give those back (store/salvage_merge.py).

The damaged file is only ever read (`open(…, "rb")`); the new file is written beside nothing
else and must not exist yet.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .sqlite_pages import INDEX_INTERIOR, INDEX_LEAF, TABLE_INTERIOR, TABLE_LEAF, Page, PageError, PageFile, Value

#: Tables rebuilt from the others after a salvage (the search index), never copied.
SKIPPED_PREFIXES = ("sqlite_", "search_index", "search_source")
#: Rows carry user data in this order: parents before children, for the foreign keys.
TABLE_ORDER = ("person", "interview", "interview_person", "referral", "follow_up", "setting", "debrief",
               "open_question", "calendar_link", "email_draft", "sent_email", "card_draft")


@dataclass(frozen=True)
class Column:
    name: str
    affinity: str  # INTEGER, TEXT, REAL, BLOB or ""
    not_null: bool
    rowid_alias: bool


@dataclass
class TableSalvage:
    """What was read of one table, and what is known to be missing."""

    name: str
    columns: tuple[Column, ...] = ()
    rows: dict[int, tuple[Value, ...]] = field(default_factory=dict)  # rowid -> values in `columns` order
    indexed: set[int] = field(default_factory=set)  # rowids the damaged file's indexes still list
    bad_cells: int = 0
    lost_pages: int = 0  # pages of its tree that could not be read
    damaged_ranges: list[tuple[int | None, int | None]] = field(default_factory=list)  # (lo, hi] of lost pages
    tree_known: bool = False

    @property
    def unreadable(self) -> int:
        """Rows known to have existed (from an index or a broken cell) that could not be read."""
        return max(len(self.indexed - set(self.rows)), self.bad_cells)

    def maybe_lost(self, rowid: int) -> bool:
        """Could a row with this rowid have been on an unreadable page?"""
        if not self.tree_known or rowid in self.indexed - set(self.rows):
            return True
        return any((lo is None or rowid > lo) and (hi is None or rowid <= hi) for lo, hi in self.damaged_ranges)


@dataclass
class Salvage:
    tables: dict[str, TableSalvage]
    damaged_pages: int
    schema_readable: bool


def read_damaged(path: Path, expected: dict[str, tuple[Column, ...]]) -> Salvage:
    """Every readable row of `path`, by table. `expected` is the current schema (for orphan pages)."""
    pages = PageFile(path)
    reader = _Reader(pages, expected)
    reader.run()
    return Salvage(reader.tables, len(reader.damaged), reader.schema_readable)


def columns_of(connection: sqlite3.Connection, table: str) -> tuple[Column, ...]:
    rows = connection.execute("SELECT name, type, \"notnull\", pk FROM pragma_table_info(?)", (table,)).fetchall()
    pk_count = sum(1 for row in rows if row[3])
    return tuple(
        Column(name, _affinity(kind), bool(notnull) or bool(pk),
               rowid_alias=pk_count == 1 and bool(pk) and kind.upper() == "INTEGER")
        for name, kind, notnull, pk in rows
    )


def _affinity(declared: str) -> str:
    upper = declared.upper()
    if "INT" in upper:
        return "INTEGER"
    if any(word in upper for word in ("CHAR", "CLOB", "TEXT")):
        return "TEXT"
    if any(word in upper for word in ("REAL", "FLOA", "DOUB")):
        return "REAL"
    return "BLOB" if "BLOB" in upper else ""


class _Reader:
    def __init__(self, pages: PageFile, expected: dict[str, tuple[Column, ...]]) -> None:
        self.pages = pages
        self.expected = expected
        self.tables: dict[str, TableSalvage] = {name: TableSalvage(name, columns) for name, columns in expected.items()}
        self.visited: set[int] = set()
        self.damaged: set[int] = set()
        self.roots: dict[int, tuple[str, str]] = {}  # root page -> ("table" | "index", table name)
        self.schema_readable = False
        self.skipped_roots: set[int] = set()
        try:
            self.free = pages.freelist()
        except PageError:
            self.free = set()

    def run(self) -> None:
        master: dict[int, tuple[Value, ...]] = {}
        _, complete = self._walk_table(1, master, None, None, [])
        self.schema_readable = complete
        self._learn_schema(master.values())
        self._walk_known_roots()
        # Pages nobody reached: leaves cut off from their tree, or from the schema itself.
        orphans = self._orphan_leaves()
        schema_rows = [cell for page in orphans for cell in page.cells if _is_schema_row(cell.values)]
        if schema_rows:
            self._learn_schema(cell.values for cell in schema_rows if cell.values)
            self._walk_known_roots()
            orphans = self._orphan_leaves()
        for page in orphans:
            for cell in page.cells:
                if cell.rowid is None or cell.values is None or _is_schema_row(cell.values):
                    continue
                table = self._shape_match(cell.values)
                if table is not None and cell.rowid not in table.rows:
                    table.rows[cell.rowid] = self._complete(table, cell.rowid, cell.values)

    # ------------------------------------------------------------------ schema
    def _learn_schema(self, rows: Iterable[tuple[Value, ...]]) -> None:
        scratch = sqlite3.connect(":memory:")
        try:
            for values in rows:
                if not _is_schema_row(values):
                    continue
                kind, name, table_name, root, sql = values[:5]
                if not isinstance(root, int) or root <= 0 or root in self.roots:
                    continue
                if not isinstance(table_name, str):
                    continue
                if table_name.startswith(SKIPPED_PREFIXES):
                    self.skipped_roots.add(root)  # rebuilt later; walked only so its pages are not orphans
                    continue
                if kind == "table" and table_name in self.expected and isinstance(sql, str):
                    try:
                        scratch.execute(sql)
                    except sqlite3.Error:
                        continue
                    table = self.tables[table_name]
                    table.columns = columns_of(scratch, table_name)
                    self.roots[root] = ("table", table_name)
                elif kind == "index" and table_name in self.expected:
                    self.roots[root] = ("index", table_name)
        finally:
            scratch.close()

    def _walk_known_roots(self) -> None:
        for root in self.skipped_roots:
            self._walk_any(root)
        for root, (kind, name) in list(self.roots.items()):
            if root in self.visited:
                continue
            table = self.tables[name]
            if kind == "table":
                rows: dict[int, tuple[Value, ...]] = {}
                table.tree_known = True
                self._walk_table(root, rows, None, None, table.damaged_ranges, table)
                for rowid, values in rows.items():
                    table.rows.setdefault(rowid, self._complete(table, rowid, values))
            else:
                self._walk_index(root, table.indexed)

    def _orphan_leaves(self) -> list[Page]:
        found: list[Page] = []
        for number in range(2, self.pages.page_count + 1):
            if number in self.visited or number in self.free:
                continue
            try:
                page = self.pages.page(number)
            except PageError:
                continue
            if page.kind == TABLE_LEAF:
                found.append(page)
        return found

    # ------------------------------------------------------------------ trees
    def _walk_table(self, root: int, rows: dict[int, tuple[Value, ...]], lo: int | None, hi: int | None,
                    damaged_ranges: list[tuple[int | None, int | None]],
                    table: TableSalvage | None = None) -> tuple[int, bool]:
        """Collect the rows under `root`; returns (pages read, whether every page was readable)."""
        stack = [(root, lo, hi)]
        complete = True
        read = 0
        while stack:
            number, low, high = stack.pop()
            if number in self.visited:
                continue
            self.visited.add(number)
            try:
                page = self.pages.page(number)
                if page.kind not in (TABLE_LEAF, TABLE_INTERIOR):
                    raise PageError("not a table page")
            except PageError:
                self.damaged.add(number)
                damaged_ranges.append((low, high))
                complete = False
                if table is not None:
                    table.lost_pages += 1
                continue
            read += 1
            if page.bad_cells:
                complete = False
                if page.kind == TABLE_LEAF and table is not None:
                    table.bad_cells += page.bad_cells
                else:
                    damaged_ranges.append((low, high))  # a lost child pointer: the whole range is in doubt
            if page.kind == TABLE_LEAF:
                for cell in page.cells:
                    if cell.rowid is not None and cell.values is not None:
                        rows[cell.rowid] = cell.values
                continue
            previous = low
            for cell in page.cells:
                if cell.child is not None:
                    stack.append((cell.child, previous, cell.rowid))
                    previous = cell.rowid
            if page.right_child is not None:
                stack.append((page.right_child, previous, high))
        return read, complete

    def _walk_any(self, root: int) -> None:
        """Mark a tree's pages as belonging somewhere, whatever kind of tree it is."""
        stack = [root]
        while stack:
            number = stack.pop()
            if number in self.visited:
                continue
            self.visited.add(number)
            try:
                page = self.pages.page(number)
            except PageError:
                continue
            stack.extend(cell.child for cell in page.cells if cell.child is not None)
            if page.right_child is not None:
                stack.append(page.right_child)

    def _walk_index(self, root: int, rowids: set[int]) -> None:
        stack = [root]
        while stack:
            number = stack.pop()
            if number in self.visited:
                continue
            self.visited.add(number)
            try:
                page = self.pages.page(number)
                if page.kind not in (INDEX_LEAF, INDEX_INTERIOR):
                    raise PageError("not an index page")
            except PageError:
                self.damaged.add(number)
                continue
            for cell in page.cells:
                if cell.rowid is not None:
                    rowids.add(cell.rowid)
                if cell.child is not None:
                    stack.append(cell.child)
            if page.right_child is not None:
                stack.append(page.right_child)

    # ------------------------------------------------------------------ rows
    def _complete(self, table: TableSalvage, rowid: int, values: tuple[Value, ...]) -> tuple[Value, ...]:
        """The record as a full row: the rowid in its alias column, defaults (None) for columns added later."""
        filled = list(values) + [None] * (len(table.columns) - len(values))
        for i, column in enumerate(table.columns):
            if column.rowid_alias and filled[i] is None:
                filled[i] = rowid
        return tuple(filled[: len(table.columns)])

    def _shape_match(self, values: tuple[Value, ...]) -> TableSalvage | None:
        """The one expected table whose columns these values fit; None when none or several do."""
        matches = [self.tables[name] for name, columns in self.expected.items() if _fits(values, columns)]
        return matches[0] if len(matches) == 1 else None


def _fits(values: tuple[Value, ...], columns: tuple[Column, ...]) -> bool:
    if len(values) != len(columns):
        return False
    for value, column in zip(values, columns, strict=True):
        if column.rowid_alias:
            if value is not None:
                return False
            continue
        if value is None:
            if column.not_null:
                return False
            continue
        if column.affinity == "INTEGER" and not isinstance(value, int):
            return False
        if column.affinity == "TEXT" and not isinstance(value, str):
            return False
        if column.affinity == "REAL" and not isinstance(value, int | float):
            return False
    return True


def _is_schema_row(values: tuple[Value, ...] | None) -> bool:
    return (values is not None and len(values) == 5 and values[0] in ("table", "index", "view", "trigger")
            and isinstance(values[1], str) and isinstance(values[2], str) and isinstance(values[3], int))
