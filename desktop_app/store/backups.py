"""Backups of the database: taken with SQLite's online backup API, listed, rotated, restored.

Why the backup API and not a file copy: it copies a consistent snapshot page by page
while the app keeps the file open in WAL mode, where a plain copy could catch a
half-checkpointed file or miss the -wal part.

Files are named `finish-strong-YYYYmmddTHHMMSSZ-<reason>.sqlite3` in the data folder's
`backups/`, mode 0600. The rotation keeps the newest backup of each of the last 7 days
that have one, the newest of each of the last 4 weeks, and always the 3 newest (so a
backup taken "before restore" is never the one rotated away a second later).
"""

from __future__ import annotations

import os
import re
import sqlite3
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from .errors import RestoreRefusedError, UnreadableDatabaseError

PREFIX = "finish-strong-"
SUFFIX = ".sqlite3"
_NAME = re.compile(r"^finish-strong-(\d{8}T\d{6}Z)-([a-z0-9-]+?)(?:-\d+)?\.sqlite3$")
STAMP_FORMAT = "%Y%m%dT%H%M%SZ"
KEEP_DAILY = 7
KEEP_WEEKLY = 4
KEEP_NEWEST = 3
DAILY_INTERVAL = timedelta(days=1)

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class BackupInfo:
    """What the restore dialog shows about one backup file."""

    path: Path
    taken_at: datetime | None  # from the name; None for a file chosen by the user
    reason: str
    interviews: int
    notes: int


def backup_connection(source: sqlite3.Connection, target: Path) -> Path:
    """Copy an open connection's database into `target` (0600) with the backup API.

    Written under a hidden `.part` name and renamed when complete, so a process killed
    mid-copy never leaves a half-written file that looks like a backup.
    """
    target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.part")
    partial.unlink(missing_ok=True)
    fd = os.open(partial, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600)  # private before SQLite writes a byte
    os.close(fd)
    destination = sqlite3.connect(partial)
    try:
        source.backup(destination)
        # The copy is a standalone file: no -wal beside it, so it opens read-only anywhere.
        destination.execute("PRAGMA journal_mode = delete")
    except BaseException:
        destination.close()
        _remove_partial(partial)  # a full disk must not keep what little room is left
        raise
    destination.close()
    os.chmod(partial, 0o600)
    os.replace(partial, target)
    return target


def _remove_partial(partial: Path) -> None:
    """The unfinished copy and SQLite's companions of it (`-journal`, `-wal`, `-shm`)."""
    for path in (partial, *(Path(f"{partial}{suffix}") for suffix in ("-journal", "-wal", "-shm"))):
        path.unlink(missing_ok=True)


def remove_partial_backups(folder: Path) -> list[Path]:
    """Delete the `.…sqlite3.part*` leftovers of a copy that was killed or ran out of disk.

    Only the app's own hidden names: other files in the folder are never touched. Called before
    the daily backup (the GUI holds the data folder's lock, so no copy of ours is running).
    """
    if not folder.is_dir():
        return []
    leftovers = [p for p in folder.glob(f".{PREFIX}*{SUFFIX}.part*") if p.is_file()]
    for path in leftovers:
        path.unlink(missing_ok=True)
    return leftovers


def new_backup_path(folder: Path, reason: str, now: datetime) -> Path:
    stamp = now.astimezone(UTC).strftime(STAMP_FORMAT)
    target = folder / f"{PREFIX}{stamp}-{reason}{SUFFIX}"
    counter = 1
    while target.exists():
        counter += 1
        target = folder / f"{PREFIX}{stamp}-{reason}-{counter}{SUFFIX}"
    return target


def backup_live_file(path: Path, folder: Path, reason: str, now: datetime | None = None) -> Path:
    """A backup of the database file at `path` through a connection of its own.

    Usable from a worker thread while the GUI thread keeps writing: WAL lets a reader
    take a consistent snapshot without blocking the writer.
    """
    source = sqlite3.connect(path, timeout=5)
    try:
        return backup_connection(source, new_backup_path(folder, reason, now or utc_now()))
    finally:
        source.close()


def taken_at(path: Path) -> datetime | None:
    match = _NAME.match(path.name)
    if match is None:
        return None
    return datetime.strptime(match.group(1), STAMP_FORMAT).replace(tzinfo=UTC)


def backup_files(folder: Path) -> list[Path]:
    """The app's backups in `folder`, newest first (files with other names are left alone)."""
    if not folder.is_dir():
        return []
    found = [p for p in folder.iterdir() if p.is_file() and taken_at(p) is not None]
    return sorted(found, key=lambda p: (taken_at(p), p.name), reverse=True)


def next_daily_backup(folder: Path) -> datetime | None:
    """When the next daily backup falls due (None: none was ever taken, so now)."""
    files = backup_files(folder)
    newest = taken_at(files[0]) if files else None
    return newest + DAILY_INTERVAL if newest is not None else None


def daily_backup_due(folder: Path, now: datetime) -> bool:
    files = backup_files(folder)
    newest = taken_at(files[0]) if files else None
    return newest is None or now - newest >= DAILY_INTERVAL


def rotate(folder: Path) -> list[Path]:
    """Delete backups outside the rotation; returns what was deleted."""
    files = backup_files(folder)
    keep: set[Path] = set(files[:KEEP_NEWEST])
    days: dict[object, Path] = {}
    weeks: dict[object, Path] = {}
    for path in files:  # newest first, so the first seen per day/week is that period's newest
        moment = taken_at(path)
        assert moment is not None
        days.setdefault(moment.date(), path)
        weeks.setdefault(moment.isocalendar()[:2], path)
    keep.update(list(days.values())[:KEEP_DAILY])
    keep.update(list(weeks.values())[:KEEP_WEEKLY])
    deleted = [p for p in files if p not in keep]
    remove_partial_backups(folder)
    for path in deleted:
        path.unlink(missing_ok=True)
    return deleted


def inspect_backup(path: Path, supported_version: int) -> BackupInfo:
    """Open a backup read-only and count what it holds; refuse anything we could not restore.

    Raises `UnreadableDatabaseError` for a damaged file, a foreign SQLite file or one from a
    newer version, so a restore never replaces good data with something unusable.
    """
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise UnreadableDatabaseError(f"{path} cannot be opened ({exc}); nothing was restored.") from exc
    try:
        check = connection.execute("PRAGMA quick_check").fetchall()
        version = int(connection.execute("PRAGMA user_version").fetchone()[0])
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if check != [("ok",)]:
            raise UnreadableDatabaseError(f"{path} is damaged (the database check failed); nothing was restored.")
        if not version or "interview" not in tables:
            raise UnreadableDatabaseError(f"{path} is not a Finish Strong database; nothing was restored.")
        if version > supported_version:
            raise UnreadableDatabaseError(
                f"{path} was written by a newer version of Finish Strong (schema version {version}; this "
                f"version understands up to {supported_version}); nothing was restored."
            )
        interviews = connection.execute("SELECT count(*) FROM interview WHERE deleted_at IS NULL").fetchone()[0]
        notes = _count_notes(connection, tables)
    except sqlite3.Error as exc:
        raise UnreadableDatabaseError(f"{path} cannot be read as a database ({exc}); nothing was restored.") from exc
    finally:
        connection.close()
    return BackupInfo(path, taken_at(path), _reason(path), int(interviews), notes)


def _count_notes(connection: sqlite3.Connection, tables: set[str]) -> int:
    """Interviews with any debrief text (schema 2+), or with v1's single notes field."""
    if "debrief" in tables:
        sections = ("observations", "discussed", "recent_projects", "organizations", "industry_events",
                    "conferences", "company_meetings", "anything_else")
        any_text = " OR ".join(f"{name} != ''" for name in sections)  # fixed column names, no user input
        return int(connection.execute(f"SELECT count(*) FROM debrief WHERE {any_text}").fetchone()[0])
    return int(connection.execute("SELECT count(*) FROM interview WHERE notes != ''").fetchone()[0])


def _reason(path: Path) -> str:
    match = _NAME.match(path.name)
    return match.group(2) if match else "chosen file"


def list_backups(folder: Path, supported_version: int) -> list[BackupInfo]:
    """Every readable backup, newest first; damaged ones are left out of the list (not deleted)."""
    found = []
    for path in backup_files(folder):
        try:
            found.append(inspect_backup(path, supported_version))
        except UnreadableDatabaseError:
            continue
    return found


def restore_into(source: Path, live: sqlite3.Connection) -> None:
    """Replace the live database's content with `source`, through the backup API.

    The app's own connection is the destination, so SQLite takes the write lock and
    other readers see either the old or the new file, never a mix. The caller checks
    the source first (`inspect_backup`), keeps a backup of the live file, and reopens
    the database afterwards so an older backup is migrated.

    A backup with another page size (made by another tool, or an old SQLite) cannot be
    copied into a database in WAL mode — SQLite refuses with SQLITE_READONLY, which would
    read as "the folder cannot be written". So such a backup is first copied to a private
    temporary file beside the live one and rebuilt (VACUUM) with the live page size.
    A backup in rollback-journal mode needs nothing: the live file stays in WAL mode.
    """
    connection = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    try:
        live_page = int(live.execute("PRAGMA page_size").fetchone()[0])
        live_mode = str(live.execute("PRAGMA journal_mode").fetchone()[0]).lower()
        if int(connection.execute("PRAGMA page_size").fetchone()[0]) == live_page or live_mode != "wal":
            _copy(connection, live, source)
            return
        folder = Path(live.execute("PRAGMA database_list").fetchone()[2]).parent
        fd, name = tempfile.mkstemp(dir=folder, prefix=".restore-", suffix=".sqlite3")  # 0600
        os.close(fd)
        rebuilt = sqlite3.connect(name)
        try:
            connection.backup(rebuilt)
            rebuilt.execute("PRAGMA journal_mode = delete")
            rebuilt.execute(f"PRAGMA page_size = {live_page}")  # an int from SQLite itself
            rebuilt.execute("VACUUM")
            _copy(rebuilt, live, source)
        finally:
            rebuilt.close()
            _remove_partial(Path(name))
    finally:
        connection.close()


def _copy(source: sqlite3.Connection, live: sqlite3.Connection, path: Path) -> None:
    """The backup API; a refusal that is not about the folder names SQLite's own reason."""
    try:
        source.backup(live)
    except sqlite3.Error as exc:
        if getattr(exc, "sqlite_errorname", "").startswith("SQLITE_READONLY"):
            raise RestoreRefusedError(
                f"SQLite refused to copy {path} into your data file ({exc}; "
                f"{getattr(exc, 'sqlite_errorname', 'no code')}). Nothing was restored."
            ) from exc
        raise
