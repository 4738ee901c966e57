"""Schema versions: new files, files from an older version, a newer version, and garbage."""

from __future__ import annotations

import hashlib
import runpy
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import peewee
import pytest

from desktop_app.domain.model import Status, Step
from desktop_app.domain.plan import PlanRules
from desktop_app.store import migrations
from desktop_app.store.database import close_database, open_database
from desktop_app.store.debrief_store import load_debrief
from desktop_app.store.errors import NewerSchemaError, UnreadableDatabaseError
from desktop_app.store.follow_up_queries import checklist
from desktop_app.store.interviews import load_interview
from desktop_app.store.models import CalendarLink, FollowUp, Interview, InterviewPerson, Person, Setting
from desktop_app.store.search import search
from desktop_app.store.settings_store import load_rules

DATA = Path(__file__).resolve().parents[1] / "data"
V1_FIXTURE = DATA / "schema-v1.sqlite3"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def user_version(path: Path) -> int:
    connection = sqlite3.connect(path)
    try:
        return int(connection.execute("PRAGMA user_version").fetchone()[0])
    finally:
        connection.close()


@pytest.fixture
def v1_copy(tmp_path: Path) -> Iterator[Path]:
    """A private copy of the committed v1 file; the original is never opened for writing."""
    original = digest(V1_FIXTURE)
    target = tmp_path / "data" / "finish-strong.sqlite3"
    target.parent.mkdir()
    shutil.copyfile(V1_FIXTURE, target)
    yield target
    close_database()
    assert digest(V1_FIXTURE) == original, "a test changed the committed fixture"


@pytest.fixture
def closed_db(tmp_path: Path) -> Iterator[Path]:
    """A database the current version wrote (WAL mode), closed again."""
    path = tmp_path / "current.sqlite3"
    open_database(path, tmp_path / "backups")
    close_database()
    yield path
    close_database()


def test_a_new_file_gets_the_latest_schema(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    database = open_database(path, tmp_path / "backups")
    try:
        assert migrations.schema_version(database) == migrations.LATEST_VERSION
        tables = {row[0] for row in database.execute_sql("SELECT name FROM sqlite_master WHERE type='table'")}
        assert {"person", "interview", "interview_person", "follow_up", "setting"} <= tables
    finally:
        close_database()
    assert user_version(path) == migrations.LATEST_VERSION
    assert not (tmp_path / "backups").exists()  # nothing worth backing up in a new file


def test_the_v1_fixture_matches_migration_1(tmp_path: Path) -> None:
    """Migration 1 must never change: a fresh build of the fixture equals the committed one."""
    build = runpy.run_path(str(DATA / "make_v1_fixture.py"))["build"]
    fresh = build(tmp_path / "fresh.sqlite3")

    def content(path: Path) -> list[str]:
        connection = sqlite3.connect(path)
        try:
            return list(connection.iterdump()) + [str(connection.execute("PRAGMA user_version").fetchone())]
        finally:
            connection.close()

    assert content(fresh) == content(V1_FIXTURE)


def test_a_v1_file_opens_with_its_data_intact(v1_copy: Path) -> None:
    database = open_database(v1_copy, v1_copy.parent / "backups")
    assert database.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"

    interview = load_interview(1)
    assert interview.uid == "v1-interview-0001"
    assert (interview.company, interview.role, interview.round, interview.status) == (
        "Café Météo <b>", "Data Analyst", "Panel", Status.DONE,
    )
    assert interview.start.isoformat() == "2024-05-14T14:00:00+00:00"
    assert interview.timezone == "Europe/Berlin"
    # v2 moved v1's single notes field into the debrief's "anything else" section.
    assert load_debrief(1).sections["anything_else"] == "Ask about the 🚀 launch."
    assert search("launch")[0].interview_id == 1  # and indexed it for search
    assert [(p.name, p.postal_address) for p in interview.interviewers] == [
        ("Dana Reyes", "1 Main Street\nSpringfield"),
    ]
    assert [(r.step, r.person, r.done_at is not None) for r in checklist(1)] == [
        (Step.NOTES, None, True),
        (Step.THANK_YOU_EMAIL, "Dana Reyes", False),
        (Step.HANDWRITTEN_NOTE, "Dana Reyes", False),
    ]
    assert load_rules() == PlanRules(email_due_minutes=180)
    assert user_version(v1_copy) == migrations.LATEST_VERSION
    # v7 back-filled the folded company key that finds earlier rounds (computed in Python).
    assert database.execute_sql("SELECT company_key FROM interview WHERE id = 1").fetchone()[0] == "cafe meteo <b>"


def test_opening_a_newer_file_is_refused_and_leaves_it_alone(v1_copy: Path) -> None:
    newer = migrations.LATEST_VERSION + 1
    connection = sqlite3.connect(v1_copy)
    connection.execute(f"PRAGMA user_version = {newer}")
    connection.close()
    before = v1_copy.read_bytes()

    with pytest.raises(NewerSchemaError) as caught:
        open_database(v1_copy, v1_copy.parent / "backups")

    message = str(caught.value)
    assert f"schema version {newer}" in message
    assert f"up to {migrations.LATEST_VERSION}" in message
    assert "has not been changed" in message
    assert (caught.value.found, caught.value.supported) == (newer, migrations.LATEST_VERSION)
    assert v1_copy.read_bytes() == before
    assert not (v1_copy.parent / "backups").exists()
    assert sorted(p.name for p in v1_copy.parent.iterdir()) == [v1_copy.name]


def test_a_newer_file_written_by_this_app_is_refused_unchanged(closed_db: Path) -> None:
    connection = sqlite3.connect(closed_db)
    connection.execute(f"PRAGMA user_version = {migrations.LATEST_VERSION + 5}")
    connection.close()
    before = closed_db.read_bytes()
    with pytest.raises(NewerSchemaError):
        open_database(closed_db)
    assert closed_db.read_bytes() == before


@pytest.mark.parametrize(
    "content",
    [
        b"This is my CV, not a database.\n" * 200,
        bytes(range(256)) * 64,
        b"SQLite format 3\x00" + b"\xff" * 4080,  # the right magic, then nonsense
    ],
    ids=["text", "binary", "bad-header"],
)
def test_a_garbage_file_is_refused_unchanged(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "finish-strong.sqlite3"
    path.write_bytes(content)
    path.chmod(0o644)
    with pytest.raises(UnreadableDatabaseError, match="has not been changed"):
        open_database(path, tmp_path / "backups")
    assert path.read_bytes() == content
    assert path.stat().st_mode & 0o777 == 0o644  # not even its mode
    assert not (tmp_path / "backups").exists()


@pytest.fixture
def with_v2(monkeypatch: pytest.MonkeyPatch) -> int:
    """Pretend this version added one more small migration on top of the real ones."""
    extra = migrations.LATEST_VERSION + 1
    monkeypatch.setitem(
        migrations.MIGRATIONS, extra, ("ALTER TABLE interview ADD COLUMN colour TEXT NOT NULL DEFAULT ''",)
    )
    monkeypatch.setattr(migrations, "LATEST_VERSION", extra)
    return extra


def columns(database: peewee.SqliteDatabase | sqlite3.Connection, table: str) -> set[str]:
    cursor = database.execute_sql if isinstance(database, peewee.Database) else database.execute
    return {row[1] for row in cursor(f"PRAGMA table_info({table})")}


def test_a_backup_is_taken_before_migrating_a_file_with_data(v1_copy: Path, with_v2: int) -> None:
    backups = v1_copy.parent / "backups"
    database = open_database(v1_copy, backups)

    assert migrations.schema_version(database) == with_v2
    assert "colour" in columns(database, "interview")
    assert Interview.get_by_id(1).company == "Café Météo <b>"  # data survived the migration

    (backup,) = backups.iterdir()
    assert backup.name.endswith(f"before-v{with_v2}.sqlite3")
    assert backup.stat().st_mode & 0o777 == 0o600
    copy = sqlite3.connect(backup)
    try:
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert copy.execute("PRAGMA user_version").fetchone() == (1,)
        assert "colour" not in columns(copy, "interview")
        assert copy.execute("SELECT uid, company FROM interview").fetchall() == [
            ("v1-interview-0001", "Café Météo <b>"),
        ]
        assert copy.execute("SELECT count(*) FROM follow_up").fetchone() == (3,)
    finally:
        copy.close()


def test_no_backup_for_a_new_file_or_one_already_current(tmp_path: Path, with_v2: int) -> None:
    path = tmp_path / "new.sqlite3"
    open_database(path, tmp_path / "backups")
    close_database()
    open_database(path, tmp_path / "backups")
    close_database()
    assert user_version(path) == with_v2
    assert not (tmp_path / "backups").exists()


def test_a_failing_migration_leaves_the_file_at_the_last_good_version(
    v1_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    failing = migrations.LATEST_VERSION + 1
    monkeypatch.setitem(
        migrations.MIGRATIONS, failing, ("ALTER TABLE interview ADD COLUMN colour TEXT", "THIS IS NOT SQL"),
    )
    monkeypatch.setattr(migrations, "LATEST_VERSION", failing)

    with pytest.raises(peewee.DatabaseError):
        open_database(v1_copy, v1_copy.parent / "backups")

    assert user_version(v1_copy) == failing - 1  # every earlier migration is kept, each atomic
    connection = sqlite3.connect(v1_copy)
    try:
        assert "colour" not in columns(connection, "interview")
    finally:
        connection.close()
    assert len(list((v1_copy.parent / "backups").iterdir())) == 1


def test_a_v1_file_gains_calendar_links_without_losing_data(v1_copy: Path) -> None:
    """The invitation migration: a v1 file with data upgrades, keeps every row, and can then
    remember which invitation an interview came from (and forgets it with the interview)."""
    before = sqlite3.connect(v1_copy)
    tables = ("person", "interview", "interview_person", "follow_up", "setting")
    try:
        # v1's columns, less interview.notes (moved to the debrief by v2, checked elsewhere)
        kept = {t: [c[1] for c in before.execute(f"PRAGMA table_info({t})") if (t, c[1]) != ("interview", "notes")]
                for t in tables}
        rows_before = {t: before.execute(f"SELECT {', '.join(kept[t])} FROM {t} ORDER BY 1").fetchall()
                       for t in tables}
    finally:
        before.close()

    database = open_database(v1_copy, v1_copy.parent / "backups")

    assert migrations.schema_version(database) == migrations.LATEST_VERSION
    for table, rows in rows_before.items():
        after = database.execute_sql(f"SELECT {', '.join(kept[table])} FROM {table} ORDER BY 1").fetchall()
        if table == "setting":  # the search index's bookkeeping row is new in v2
            after = [row for row in after if row[0] != "search_index_version"]
        assert after == rows, table
    assert columns(database, "calendar_link") == {"interview_id", "ics_uid", "sequence"}
    CalendarLink.create(interview=1, ics_uid="040000008200E00074C5B7101A82E008@outlook", sequence=2)
    assert CalendarLink.get_by_id(1).sequence == 2
    with pytest.raises(peewee.IntegrityError):  # one interview per invitation
        CalendarLink.create(interview=1, ics_uid="040000008200E00074C5B7101A82E008@outlook")
    database.execute_sql("DELETE FROM interview WHERE id = 1")
    assert CalendarLink.select().count() == 0


def test_the_models_match_the_migrated_schema(tmp_path: Path) -> None:
    """Every peewee model's columns exist, with nothing missing, after all migrations."""
    database = open_database(tmp_path / "fresh.sqlite3", tmp_path / "backups")
    for model in (Interview, Person, InterviewPerson, FollowUp, Setting, CalendarLink):
        expected = {f.column_name for f in model._meta.sorted_fields}
        assert columns(database, model._meta.table_name) == expected, model.__name__
