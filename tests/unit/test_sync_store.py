"""The offline queue is filled by triggers on what reaches the calendar, and only that."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import peewee
import pytest

from desktop_app.domain.model import Person
from desktop_app.store import sync_store
from desktop_app.store.debrief_store import save_personal_notes, save_section
from desktop_app.store.errors import ImportFormatError
from desktop_app.store.follow_up_queries import checklist, set_done
from desktop_app.store.interchange import export_json
from desktop_app.store.interviews import delete_interview, load_interview, purge_deleted, save_interview
from desktop_app.store.json_import import import_json
from desktop_app.store.models import Interview
from desktop_app.store.reminder_store import snooze
from desktop_app.store.sync_settings import SyncAccount, save_last_sync, save_sync_account
from tests.unit.conftest import MakeInterview


def drain() -> None:
    for entry in sync_store.queued():
        assert sync_store.dequeue(entry)


def test_a_new_or_changed_interview_is_queued_once(db: peewee.SqliteDatabase, make_interview: MakeInterview) -> None:
    interview_id = save_interview(make_interview(interviewers=[Person(name="Dana")]))
    uid = Interview.get_by_id(interview_id).uid
    assert [q.interview_uid for q in sync_store.queued()] == [uid]
    drain()
    interview = load_interview(interview_id)
    interview.start += timedelta(hours=1)
    interview.end += timedelta(hours=1)
    save_interview(interview)
    assert [q.interview_uid for q in sync_store.queued()] == [uid]


def test_notes_personal_notes_and_snoozes_do_not_queue_anything(
    db: peewee.SqliteDatabase, make_interview: MakeInterview
) -> None:
    interview_id = save_interview(make_interview(interviewers=[Person(name="Dana")]))
    drain()
    save_section(interview_id, "observations", "private <b>notes</b> ☃")
    person_id = load_interview(interview_id).interviewers[0].id
    assert person_id is not None
    save_personal_notes(person_id, "likes sailing")
    snooze([checklist(interview_id)[0].id], datetime(2030, 1, 1, tzinfo=UTC))
    assert sync_store.queue_length() == 0
    set_done(checklist(interview_id)[0].id, datetime(2026, 3, 4, 20, 0, tzinfo=UTC))
    assert sync_store.queue_length() == 1


def test_a_change_during_the_upload_keeps_the_row(db: peewee.SqliteDatabase, make_interview: MakeInterview) -> None:
    interview_id = save_interview(make_interview())
    [entry] = sync_store.queued()
    set_done(checklist(interview_id)[0].id, datetime(2026, 3, 4, 20, 0, tzinfo=UTC))  # while uploading
    assert not sync_store.dequeue(entry)
    assert sync_store.queue_length() == 1


def test_a_purged_interview_stays_queued_so_its_items_are_deleted(
    db: peewee.SqliteDatabase, make_interview: MakeInterview
) -> None:
    interview_id = save_interview(make_interview())
    uid = Interview.get_by_id(interview_id).uid
    drain()
    delete_interview(interview_id)
    purge_deleted()
    assert [q.interview_uid for q in sync_store.queued()] == [uid]
    assert sync_store.snapshots([uid]) == {}


def test_snapshots_carry_no_private_text(db: peewee.SqliteDatabase, make_interview: MakeInterview) -> None:
    interview_id = save_interview(make_interview(company="<script>alert(1)</script> & Co ☃",
                                                 interviewers=[Person(name="Dana", title="CTO")]))
    save_section(interview_id, "observations", "SECRET-NOTE")
    uid = Interview.get_by_id(interview_id).uid
    snapshot = sync_store.snapshots([uid])[uid]
    assert snapshot.company == "<script>alert(1)</script> & Co ☃" and snapshot.interviewers == ("Dana, CTO",)
    assert "SECRET-NOTE" not in repr(snapshot)
    assert len({t.ical_uid for t in snapshot.todos}) == len(snapshot.todos) == len(checklist(interview_id))


@pytest.mark.parametrize(("value", "expected"), [
    ({"url": "https://cal.example.com/\nX-Evil: 1"}, "one line"),
    ({"user": 5}, "must be text"),
    ({"timeout": 0}, "seconds"),
    ("https://cal.example.com/", "must be an object"),
])
def test_an_export_carries_the_sync_account_and_a_bad_one_is_refused_on_import(
    db: peewee.SqliteDatabase, value: object, expected: str
) -> None:
    save_sync_account(SyncAccount(url="https://cal.example.com/dav/", user="alex ☃", calendar="https://cal/x/"))
    save_last_sync({"at": "2026-12-01 10:00:00", "ok": True})
    doc = json.loads(export_json())
    assert doc["settings"]["sync_account"]["user"] == "alex ☃"
    assert "sync_last" not in doc["settings"] and "sync_target" not in doc["settings"]  # this machine's only
    doc["settings"]["sync_account"] = value
    with pytest.raises(ImportFormatError) as caught:
        import_json(json.dumps(doc))
    assert expected in str(caught.value)


def test_items_written_in_an_older_format_are_queued_once_so_a_second_computer_can_adopt_them(
    db: peewee.SqliteDatabase, make_interview: MakeInterview
) -> None:
    from desktop_app.store.settings_store import set_setting
    from desktop_app.sync.runner import FORMAT_KEY, _forget_other_target

    account = SyncAccount(url="https://cal.example.com/", calendar="https://cal.example.com/a/")
    save_interview(make_interview())
    save_interview(make_interview(company="Second"))
    _forget_other_target(account)  # first sync to this calendar: everything queued
    drain()
    _forget_other_target(account)
    assert sync_store.queue_length() == 0  # nothing new: nothing queued
    set_setting(FORMAT_KEY, 1)  # synced by a build that wrote no adoption data
    _forget_other_target(account)
    assert sync_store.queue_length() == 2
    drain()
    _forget_other_target(account)
    assert sync_store.queue_length() == 0
    doc = json.loads(export_json())
    assert FORMAT_KEY not in doc["settings"]  # this machine's bookkeeping
