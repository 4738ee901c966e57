"""The deletion marker (docs/SYNC.md): a cancelled event that says an interview was deleted, carries
nothing private and is never adopted; a phone's event is never taken for one."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import peewee
import pytest
from icalendar import Calendar

from desktop_app.domain.sync_rules import MARKER_KIND, InterviewSnapshot, interview_ical_uid
from desktop_app.store import sync_store
from desktop_app.store.interviews import save_interview
from desktop_app.store.models import Interview
from desktop_app.sync.adopt import adopt_event
from desktop_app.sync.ical_items import DELETED_PROPERTY, parse_item, render_deletion_marker, render_event
from tests.unit.conftest import MakeInterview

START = datetime(2026, 3, 4, 19, 0, tzinfo=UTC)
DELETED = datetime(2026, 3, 5, 8, 30, tzinfo=UTC)


def _snapshot() -> InterviewSnapshot:
    return InterviewSnapshot(uid="u1", company="Acme <b>☃</b>", role="PM", round="Final", start=START,
                             end=START + timedelta(hours=1), timezone="Europe/Berlin", location="Room 4",
                             status="scheduled", interviewers=("Dana",))


def test_a_marker_says_when_and_nothing_else() -> None:
    rendered = render_deletion_marker("u1", START, DELETED)
    assert rendered.ical_uid == interview_ical_uid("u1") and rendered.kind == "event"
    [event] = Calendar.from_ical(rendered.body).walk("VEVENT")
    assert str(event["status"]) == "CANCELLED" and str(event[DELETED_PROPERTY]) == "20260305T083000Z"
    for private in ("Acme", "Dana", "Room 4", "X-FINISH-STRONG-DATA"):
        assert private not in rendered.body
    remote = parse_item(rendered.body)
    assert remote is not None and remote.deleted_at == DELETED and remote.interview_uid == "u1"
    assert remote.data is None and not adopt_event(remote)


def test_an_ordinary_event_is_no_marker() -> None:
    remote = parse_item(render_event(_snapshot(), DELETED, DELETED).body)
    assert remote is not None and remote.deleted_at is None and remote.data is not None


@pytest.mark.parametrize("stamp", ["", "yesterday", "<b>20260305</b>", "☃" * 500])
def test_an_unreadable_deletion_time_still_marks_the_interview_deleted(stamp: str) -> None:
    """Our events with the property added by hand (or mangled by a server): deleted at their LAST-MODIFIED."""
    body = render_event(_snapshot(), DELETED, DELETED).body.replace(
        "END:VEVENT", f"{DELETED_PROPERTY}:{stamp}\r\nEND:VEVENT")
    remote = parse_item(body)
    assert remote is not None and remote.deleted_at == DELETED
    assert remote.data is None  # so never adopted, though it carries the adoption data


def test_trashing_hides_the_interview_once(db: peewee.SqliteDatabase, make_interview: MakeInterview) -> None:
    interview_id = save_interview(make_interview())
    uid = Interview.get_by_id(interview_id).uid
    assert sync_store.trash_interview(uid, DELETED) == interview_id
    assert Interview.get_by_id(interview_id).deleted_at == DELETED
    assert sync_store.snapshots([uid]) == {}
    assert sync_store.trash_interview(uid, DELETED + timedelta(hours=1)) is None  # already in the trash
    assert sync_store.trash_interview("never-here", DELETED) is None


def test_only_markers_older_than_the_cutoff_expire(db: peewee.SqliteDatabase) -> None:
    for name, kind, due in (("old", MARKER_KIND, DELETED), ("new", MARKER_KIND, DELETED + timedelta(days=40)),
                            ("event", "event", DELETED)):
        sync_store.save_item(sync_store.SyncItem(ical_uid=name, interview_uid="u-" + name, kind=kind,
                                                 href="/c/" + name, due=due))
    assert [i.ical_uid for i in sync_store.expired_markers(DELETED + timedelta(days=30))] == ["old"]


def test_looking_for_expired_markers_reads_only_markers(db: peewee.SqliteDatabase) -> None:
    sql, params = sync_store.expired_markers_query(DELETED).sql()
    plan = " ".join(str(row) for row in db.execute_sql("EXPLAIN QUERY PLAN " + sql, params).fetchall())
    assert "sync_item_marker" in plan
