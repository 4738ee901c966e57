"""An interview deleted and purged here leaves a tombstone, so a sync never adopts it again
("the deleted interview comes back", docs/SYNC.md); bringing it back on purpose clears it."""

from __future__ import annotations

import io
import json

import peewee

from desktop_app.domain.model import Person
from desktop_app.store import sync_store
from desktop_app.store.interchange import export_json
from desktop_app.store.interviews import delete_interview, purge_deleted, restore_interview, save_interview
from desktop_app.store.json_import import import_json
from desktop_app.store.json_stream_import import import_json_file
from desktop_app.store.models import Interview
from desktop_app.store.sync_adopt import known_here
from tests.unit.conftest import MakeInterview


def _drain() -> None:
    """As after a sync that took everything up: only the tombstone can still say "known"."""
    for entry in sync_store.queued():
        assert sync_store.dequeue(entry)


def _deleted_and_purged(make_interview: MakeInterview) -> tuple[str, str]:
    """An interview deleted and purged after an export of it was taken: (its uid, the export)."""
    interview_id = save_interview(make_interview(company="Acme ☃", interviewers=[Person(name="Dana")]))
    uid = Interview.get_by_id(interview_id).uid
    export = export_json()
    delete_interview(interview_id)
    assert purge_deleted() == 1
    _drain()
    return uid, export


def test_a_purged_interview_is_remembered_and_never_adopted_again(
    db: peewee.SqliteDatabase, make_interview: MakeInterview
) -> None:
    uid, _export = _deleted_and_purged(make_interview)
    assert not Interview.select().where(Interview.uid == uid).exists()
    assert sync_store.is_tombstoned(uid)
    assert sync_store.tombstoned_at(uid) is not None
    assert known_here(uid)
    assert purge_deleted() == 0 and sync_store.is_tombstoned(uid)  # a later start changes nothing


def test_undo_before_the_purge_leaves_no_tombstone(db: peewee.SqliteDatabase, make_interview: MakeInterview) -> None:
    interview_id = save_interview(make_interview(company="Acme"))
    uid = Interview.get_by_id(interview_id).uid
    delete_interview(interview_id)
    restore_interview(interview_id)
    assert purge_deleted() == 0
    assert not sync_store.is_tombstoned(uid) and sync_store.tombstoned_at(uid) is None
    assert known_here(uid)  # it is simply here
    assert sync_store.snapshots([uid])[uid].company == "Acme"  # and goes up as usual


def test_importing_the_interview_again_clears_its_tombstone(
    db: peewee.SqliteDatabase, make_interview: MakeInterview
) -> None:
    uid, export = _deleted_and_purged(make_interview)
    import_json(export)  # the user brings it back on purpose
    assert not sync_store.is_tombstoned(uid)
    assert sync_store.snapshots([uid])[uid].company == "Acme ☃"
    assert [q.interview_uid for q in sync_store.queued()] == [uid]  # and it goes up again


def test_a_streamed_import_clears_it_too(db: peewee.SqliteDatabase, make_interview: MakeInterview) -> None:
    uid, export = _deleted_and_purged(make_interview)
    raw = export.encode()
    import_json_file(io.BytesIO(raw), len(raw))
    assert not sync_store.is_tombstoned(uid)
    assert known_here(uid)


def test_deleting_it_again_after_the_import_leaves_a_new_tombstone(
    db: peewee.SqliteDatabase, make_interview: MakeInterview
) -> None:
    uid, export = _deleted_and_purged(make_interview)
    import_json(export)
    delete_interview(Interview.get(Interview.uid == uid).id)
    purge_deleted()
    assert sync_store.is_tombstoned(uid)


def test_forgetting_a_tombstone_lets_it_be_adopted(db: peewee.SqliteDatabase, make_interview: MakeInterview) -> None:
    uid, _export = _deleted_and_purged(make_interview)
    assert sync_store.forget_tombstone(uid)
    assert not sync_store.forget_tombstone(uid)  # nothing left to forget
    assert not known_here(uid)


def test_only_the_purged_interview_is_tombstoned(db: peewee.SqliteDatabase, make_interview: MakeInterview) -> None:
    kept = Interview.get_by_id(save_interview(make_interview(company="Kept"))).uid
    uid, _export = _deleted_and_purged(make_interview)
    assert not sync_store.is_tombstoned(kept)
    for odd in ("", "☃" * 1000, "' OR 1=1 --", json.dumps({"uid": uid})):
        assert not sync_store.is_tombstoned(odd)
        assert not known_here(odd)
