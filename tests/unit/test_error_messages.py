"""Full disk, read-only folder, locked file: each message says what happened and what to do."""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path

import peewee
import pytest

from desktop_app.store.database import close_database, open_database
from desktop_app.store.errors import DataFolderError, NewerSchemaError
from desktop_app.store.migrations import LATEST_VERSION
from desktop_app.ui.shared.errors import describe, describe_startup, kind_of


def peewee_wrapped(original: sqlite3.Error) -> peewee.OperationalError:
    """What peewee raises: its own class, the message, and the original as `orig` (and context)."""
    wrapped = peewee.OperationalError(str(original))
    wrapped.orig = original  # type: ignore[attr-defined]
    wrapped.__context__ = original
    return wrapped


def sqlite_error(name: str, message: str) -> sqlite3.OperationalError:
    exc = sqlite3.OperationalError(message)
    exc.sqlite_errorname = name  # type: ignore[attr-defined]
    return exc


@pytest.mark.parametrize(("exc", "kind", "advice"), [
    (sqlite_error("SQLITE_FULL", "database or disk is full"), "full", "free some space"),
    (OSError(errno.ENOSPC, "No space left on device"), "full", "free some space"),
    (sqlite_error("SQLITE_READONLY_DBMOVED", "attempt to write a readonly database"), "read-only", "--data-dir"),
    (OSError(errno.EROFS, "Read-only file system"), "read-only", "writable"),
    (sqlite_error("SQLITE_BUSY", "database is locked"), "busy", "try again"),
    (peewee_wrapped(sqlite_error("SQLITE_BUSY", "database is locked")), "busy", "try again"),
])
def test_environment_errors_are_explained(exc: BaseException, kind: str, advice: str) -> None:
    assert kind_of(exc) == kind
    message = describe(exc)
    assert advice in message.lower() or advice in message
    assert "nothing" in message.lower()  # and says the data are safe


def test_a_wrapped_sqlite_error_is_classified_by_its_code() -> None:
    try:
        try:
            raise sqlite_error("SQLITE_FULL", "something SQLite said")
        except sqlite3.OperationalError as inner:
            raise peewee.OperationalError("something SQLite said") from inner
    except peewee.OperationalError as outer:
        assert kind_of(outer) == "full"


def test_a_newer_database_is_refused_naming_both_versions(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE interview (id INTEGER)")
    db.execute(f"PRAGMA user_version = {LATEST_VERSION + 3}")
    db.commit()
    db.close()
    before = path.read_bytes()
    with pytest.raises(NewerSchemaError) as caught:
        open_database(path, tmp_path / "backups")
    message = describe_startup(caught.value)
    assert f"schema version {LATEST_VERSION + 3}" in message and f"up to {LATEST_VERSION}" in message
    assert path.read_bytes() == before


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_read_only_data_folder_is_explained(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir(mode=0o500)
    with pytest.raises(DataFolderError) as caught:
        open_database(folder / "db.sqlite3", folder / "backups")
    assert "--data-dir" in describe_startup(caught.value)
    close_database()


def test_a_data_folder_that_is_a_file_is_explained(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(DataFolderError, match="--data-dir"):
        open_database(blocker / "db.sqlite3", blocker / "backups")


def test_the_cli_says_the_file_is_locked_instead_of_a_traceback(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop_app.__main__ import main
    from desktop_app.store import database

    data = tmp_path / "data"
    assert main(["demo", "--interviews", "2", "--data-dir", str(data)]) == 0
    monkeypatch.setattr(database, "BUSY_TIMEOUT_SECONDS", 0.1)
    blocker = sqlite3.connect(data / "finish-strong.sqlite3")
    blocker.execute("BEGIN EXCLUSIVE")  # another program holds the write lock
    try:
        code = main(["demo", "--interviews", "2", "--data-dir", str(data)])
    finally:
        blocker.rollback()
        blocker.close()
    err = capsys.readouterr().err
    assert code == 1 and "Traceback" not in err
    assert err.startswith("finish-strong: The data file is locked") and err.count("\n") == 1


def test_kind_comes_from_the_code_never_the_message() -> None:
    from desktop_app.store.faults import FaultKind, fault_kind

    assert fault_kind(peewee.OperationalError("database is locked")) is FaultKind.BUG
    assert fault_kind(sqlite_error("SQLITE_BUSY", "some other wording")) is FaultKind.BUSY
    assert fault_kind(sqlite_error("SQLITE_CORRUPT_INDEX", "x")) is FaultKind.DAMAGED
    assert fault_kind(sqlite_error("SQLITE_NOTADB", "x")) is FaultKind.DAMAGED
    assert kind_of(sqlite_error("SQLITE_CORRUPT", "x")) is None  # damage is not an autosave status
