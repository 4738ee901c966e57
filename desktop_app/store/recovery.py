"""What to do with a damaged database file: keep it aside untouched, then restore or start empty.

A damaged file is never written to, and never deleted: it is *moved* (with its -wal and
-shm companions, which may hold the last commits) to `finish-strong.damaged-YYYYmmdd-HHMMSS.sqlite3`
in the data folder, where the user (or a recovery tool) can still get at it. Only then is the
salvage (every row still readable, store/salvage_merge.py) or a good backup copied into the live
name, or nothing is (the next open creates an empty file).
Also the start-up check that runs off the GUI thread: quick_check, then the daily backup.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from .backups import (
    BackupInfo,
    backup_live_file,
    daily_backup_due,
    list_backups,
    remove_partial_backups,
    restore_into,
    rotate,
    utc_now,
)
from .database import quick_check
from .faults import ENVIRONMENT_ERRORS, FaultKind, fault_kind
from .migrations import LATEST_VERSION

if TYPE_CHECKING:
    from .salvage_merge import SalvageReport

COMPANIONS = ("-wal", "-shm", "-journal")


def damaged_name(live: Path, now: datetime) -> Path:
    stem = live.name.removesuffix(".sqlite3")
    target = live.with_name(f"{stem}.damaged-{now.strftime('%Y%m%d-%H%M%S')}.sqlite3")
    counter = 1
    while target.exists():
        counter += 1
        target = live.with_name(f"{stem}.damaged-{now.strftime('%Y%m%d-%H%M%S')}-{counter}.sqlite3")
    return target


def move_aside(live: Path, now: datetime | None = None) -> Path:
    """Rename the damaged file (and its companions) out of the way; the bytes stay as they were."""
    target = damaged_name(live, now or datetime.now())
    os.replace(live, target)
    for suffix in COMPANIONS:
        companion = Path(f"{live}{suffix}")
        if companion.exists():
            os.replace(companion, Path(f"{target}{suffix}"))
    return target


def let_go_untouched(live: Path) -> None:
    """Close the app's connection to a damaged file without writing to it.

    The last connection to close folds the `-wal` into the file (a checkpoint): a write into the
    damaged file, and the WAL may hold the newest commits. A read-only connection held across the
    close makes ours not the last one, and a read-only connection never checkpoints, so the file
    and its WAL stay exactly as they were.
    """
    from .database import close_database

    holder = None
    try:
        holder = sqlite3.connect(f"{live.resolve().as_uri()}?mode=ro", uri=True)
        holder.execute("PRAGMA user_version").fetchone()  # opens the WAL index: now it counts
    except sqlite3.Error:
        pass  # unreadable even so: nothing better can be done than a plain close
    try:
        close_database()
    finally:
        if holder is not None:
            holder.close()


def salvaged_path(live: Path) -> Path:
    """Where the salvage of a damaged `live` file waits while the user decides."""
    return live.with_name(f"{live.name.removesuffix('.sqlite3')}.salvaged.sqlite3")


def salvage_aside(live: Path, backup: Path | None) -> tuple[Path, SalvageReport]:
    """Every readable row of the damaged `live` (only read) into `salvaged_path(live)`, gaps filled from `backup`."""
    from .salvage_merge import salvage_file  # only a damaged file needs the page reader

    target = salvaged_path(live)
    discard_salvage(live)  # an older one, from a prompt answered otherwise or a crash: ours to replace
    return target, salvage_file(live, target, backup)


def discard_salvage(live: Path) -> None:
    target = salvaged_path(live)
    for path in (target, *(Path(f"{target}{suffix}") for suffix in COMPANIONS)):
        path.unlink(missing_ok=True)


def newest_good_backup(folder: Path) -> BackupInfo | None:
    backups = list_backups(folder, LATEST_VERSION)
    return backups[0] if backups else None


def restore_to_new_file(source: Path, live: Path) -> None:
    """Copy a checked backup into `live`, which must not exist (it was moved aside)."""
    fd = os.open(live, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)
    destination = sqlite3.connect(live)
    try:
        restore_into(source, destination)
    finally:
        destination.close()


@dataclass(frozen=True)
class StartupCheck:
    """The result of the off-thread start-up work."""

    healthy: bool
    backup: Path | None = None
    #: the daily backup could not be taken for a reason the user can fix (disk full, read-only, busy)
    problem: FaultKind | None = None


def check_and_back_up(live: Path, backups: Path, now: datetime | None = None) -> StartupCheck:
    """quick_check, then the daily backup if the newest is over a day old.

    A file that fails the check is *not* backed up: a damaged copy in the rotation would
    push a good backup out of it. A full disk, a read-only folder or a lock is reported as its
    kind (the window says so in words); only a bug escapes to the crash report.
    """
    try:
        remove_partial_backups(backups)  # left by a kill or a full disk last time
    except OSError:
        pass  # a read-only folder: the backup below says so
    if not quick_check(live):
        return StartupCheck(healthy=False)
    moment = now or utc_now()
    try:
        if not daily_backup_due(backups, moment):
            return StartupCheck(healthy=True)
        taken = backup_live_file(live, backups, "daily", moment)
        rotate(backups)
    except ENVIRONMENT_ERRORS as exc:
        kind = fault_kind(exc)
        if kind in (FaultKind.BUG, FaultKind.DAMAGED):
            raise
        return StartupCheck(healthy=True, problem=kind)
    return StartupCheck(healthy=True, backup=taken)
