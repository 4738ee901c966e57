"""Backups: online backup API, private files, rotation, listing with counts, restore checks, recovery."""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop_app.paths import backups_dir, database_path
from desktop_app.store import backups, recovery
from desktop_app.store.database import close_database, db_proxy, open_database, quick_check
from desktop_app.store.debrief_store import save_section
from desktop_app.store.errors import UnreadableDatabaseError
from desktop_app.store.interviews import save_interview
from desktop_app.store.migrations import LATEST_VERSION
from tests.crash_writer import interview


@pytest.fixture
def data(tmp_path: Path):  # type: ignore[no-untyped-def]
    folder = tmp_path / "data"
    open_database(database_path(folder), backups_dir(folder))
    yield folder
    close_database()


def damage(path: Path) -> None:
    """Overwrite a few pages in the middle, as a failing disk would."""
    size = path.stat().st_size
    with open(path, "r+b") as handle:
        handle.seek(size // 2)
        handle.write(os.urandom(8192))


def test_a_backup_is_private_and_holds_the_counts(data: Path) -> None:
    first = save_interview(interview(0, 0))
    save_interview(interview(0, 1))
    save_section(first, "discussed", "Talked about the <b>roadmap</b> & hiring")
    path = backups.backup_connection(db_proxy.obj.connection(),
                                     backups.new_backup_path(backups_dir(data), "manual", datetime.now(UTC)))
    assert path.stat().st_mode & 0o777 == 0o600
    assert backups_dir(data).stat().st_mode & 0o777 == 0o700
    assert not list(backups_dir(data).glob(".*part"))
    (info,) = backups.list_backups(backups_dir(data), LATEST_VERSION)
    assert (info.interviews, info.notes, info.reason) == (2, 1, "manual")
    assert info.taken_at is not None and abs(info.taken_at - datetime.now(UTC)) < timedelta(minutes=1)


def test_rotation_keeps_seven_days_and_four_weeks(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    now = datetime(2026, 11, 28, 9, 0, tzinfo=UTC)
    made = []
    for days_ago in range(60):
        for hour in (8, 20):
            moment = now - timedelta(days=days_ago, hours=24 - hour)
            path = backups.new_backup_path(folder, "daily", moment)
            path.write_bytes(b"")
            made.append((moment, path))
    (folder / "notes.txt").write_text("not ours")
    backups.rotate(folder)
    kept = backups.backup_files(folder)
    days = {backups.taken_at(p).date() for p in kept}
    assert len(kept) <= backups.KEEP_NEWEST + backups.KEEP_DAILY + backups.KEEP_WEEKLY
    assert kept[:3] == [p for _, p in sorted(made, key=lambda m: m[0], reverse=True)[:3]]  # the 3 newest
    newest_days = sorted({m.date() for m, _ in made}, reverse=True)[:7]
    assert set(newest_days) <= days  # the last 7 days
    weeks = {backups.taken_at(p).isocalendar()[:2] for p in kept}
    assert len(weeks) >= 4
    assert (folder / "notes.txt").exists()  # other files are left alone


def test_daily_backup_is_due_after_a_day(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    now = datetime(2026, 11, 28, 9, 0, tzinfo=UTC)
    assert backups.daily_backup_due(folder, now)
    folder.mkdir()
    backups.new_backup_path(folder, "daily", now - timedelta(hours=23)).write_bytes(b"")
    assert not backups.daily_backup_due(folder, now)
    assert backups.daily_backup_due(folder, now + timedelta(hours=2))


def test_a_damaged_or_foreign_or_newer_backup_is_refused(data: Path, tmp_path: Path) -> None:
    save_interview(interview(1, 0))
    for n in range(30):
        save_section(1, "discussed", "words " * 400 + str(n))
    good = backups.backup_live_file(database_path(data), backups_dir(data), "manual")
    broken = tmp_path / "broken.sqlite3"
    broken.write_bytes(good.read_bytes())
    damage(broken)
    with pytest.raises(UnreadableDatabaseError, match="nothing was restored"):
        backups.inspect_backup(broken, LATEST_VERSION)
    foreign = tmp_path / "foreign.sqlite3"
    sqlite3.connect(foreign).execute("CREATE TABLE t (x)").connection.commit()
    with pytest.raises(UnreadableDatabaseError, match="not a Finish Strong database"):
        backups.inspect_backup(foreign, LATEST_VERSION)
    with pytest.raises(UnreadableDatabaseError, match="newer version"):
        backups.inspect_backup(good, LATEST_VERSION - 1)
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(b"not a database at all" * 100)
    with pytest.raises(UnreadableDatabaseError):
        backups.inspect_backup(garbage, LATEST_VERSION)


def test_quick_check_then_daily_backup_and_never_a_backup_of_a_damaged_file(data: Path) -> None:
    save_interview(interview(2, 0))
    for n in range(30):
        save_section(1, "discussed", "words " * 400 + str(n))
    live = database_path(data)
    result = recovery.check_and_back_up(live, backups_dir(data))
    assert result.healthy and result.backup is not None
    close_database()
    damage(live)
    assert not quick_check(live)
    later = datetime.now(UTC) + timedelta(days=2)
    result = recovery.check_and_back_up(live, backups_dir(data), later)
    assert not result.healthy and result.backup is None
    assert len(backups.backup_files(backups_dir(data))) == 1


def test_recovery_moves_the_damaged_file_aside_untouched_and_restores_the_newest_good_backup(data: Path) -> None:
    save_interview(interview(3, 0))
    backups.backup_live_file(database_path(data), backups_dir(data), "daily")
    save_interview(interview(3, 1))
    close_database()
    live = database_path(data)
    damage(live)
    damaged_bytes = live.read_bytes()
    kept = recovery.move_aside(live, datetime(2026, 11, 28, 10, 30, 5))
    assert kept.name == "finish-strong.damaged-20261128-103005.sqlite3"
    assert kept.read_bytes() == damaged_bytes and not live.exists()
    good = recovery.newest_good_backup(backups_dir(data))
    assert good is not None
    recovery.restore_to_new_file(good.path, live)
    open_database(live, backups_dir(data))
    companies = [r[0] for r in db_proxy.obj.execute_sql("SELECT company FROM interview")]
    assert companies == ["L3-0"]  # the state of the backup
    assert live.stat().st_mode & 0o777 == 0o600
