"""Interviews and follow-ups as iCalendar objects, and reading what a phone wrote back."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from icalendar import Calendar

from desktop_app.domain.sync_rules import InterviewSnapshot, TodoSnapshot
from desktop_app.sync.ical_items import due_as_datetime, parse_item, render_event, render_todo

START = datetime(2026, 3, 4, 19, 0, tzinfo=UTC)
STAMP = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
HOSTILE = "<b>Acme</b> & \"Söhne\"\r\nBEGIN:VEVENT ☃ " + "x" * 3000


def interview(**changes: object) -> InterviewSnapshot:
    todo = TodoSnapshot(7, "follow-up-u1-notes-all@finish-strong", "Write your notes", None,
                        START + timedelta(hours=2), START + timedelta(hours=1), None)
    values: dict[str, object] = dict(
        uid="u1", company=HOSTILE, role="PM", round="Final", start=START, end=START + timedelta(hours=1),
        timezone="America/New_York", location="https://meet.example/x", status="scheduled",
        interviewers=("Dana Smith <dana@example.com>", "Lee"), todos=(todo,),
    )
    values.update(changes)
    return InterviewSnapshot(**values)  # type: ignore[arg-type]


def test_an_interview_is_an_event_in_its_zone_with_interviewers_as_text_never_attendees() -> None:
    rendered = render_event(interview(), STAMP, STAMP)
    parsed = Calendar.from_ical(rendered.body)
    [event] = parsed.walk("VEVENT")
    assert "ATTENDEE" not in event and "ORGANIZER" not in event
    assert event["dtstart"].params["TZID"] == "America/New_York" and parsed.walk("VTIMEZONE")
    assert "Interviewer: Dana Smith <dana@example.com>" in str(event["description"])
    assert HOSTILE.replace("\r\n", "\n") in str(event["summary"])  # escaped by the writer, not a second event
    assert len(parsed.walk("VEVENT")) == 1


def test_an_open_follow_up_is_a_todo_with_due_and_an_alarm_at_its_reminder() -> None:
    snap = interview()
    [todo] = Calendar.from_ical(render_todo(snap, snap.todos[0], STAMP, STAMP).body).walk("VTODO")
    assert todo["status"] == "NEEDS-ACTION" and todo["due"].dt == START + timedelta(hours=2)
    assert todo.walk("VALARM")[0]["trigger"].dt == START + timedelta(hours=1)
    assert "Write your notes" in str(todo["description"])


def test_the_content_hash_ignores_the_stamps_but_not_the_content() -> None:
    snap = interview()
    first = render_todo(snap, snap.todos[0], STAMP, STAMP)
    later = render_todo(snap, snap.todos[0], STAMP + timedelta(days=1), STAMP + timedelta(days=1))
    moved = render_todo(snap, snap.todos[0].__class__(**{**snap.todos[0].__dict__, "due": START}), STAMP, STAMP)
    assert first.content_hash == later.content_hash != moved.content_hash


def test_a_completed_todo_reads_back_with_its_time() -> None:
    snap = interview()
    done = TodoSnapshot(**{**snap.todos[0].__dict__, "done": START + timedelta(hours=3)})
    remote = parse_item(render_todo(snap, done, STAMP, STAMP).body)
    assert remote is not None and remote.done == START + timedelta(hours=3) and remote.interview_uid == "u1"


@pytest.mark.parametrize("text", ["", "garbage", "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", "\x00" * 10])
def test_garbage_from_the_server_is_ignored(text: str) -> None:
    assert parse_item(text) is None


def test_a_date_only_due_keeps_the_steps_wall_clock_time() -> None:
    moved = due_as_datetime(date(2026, 3, 10), START, "America/New_York")
    assert moved == datetime(2026, 3, 10, 18, 0, tzinfo=UTC)  # 14:00 EDT (DST began 8 March)


def test_an_event_reads_back_with_its_time_in_utc() -> None:
    remote = parse_item(render_event(interview(), STAMP, STAMP).body)
    assert remote is not None and remote.kind == "event"
    assert (remote.due, remote.end) == (START, START + timedelta(hours=1)) and remote.changed_at == STAMP


def test_what_a_second_computer_needs_survives_any_text_and_a_server_that_re_escapes_values() -> None:
    from desktop_app.domain.sync_rules import PersonRef, ReferralRef

    hostile_person = PersonRef("p-1", HOSTILE, 'Head, "Data"; \\ ☃')
    snapshot = interview(people=(hostile_person, PersonRef("p-2", "Lee")))
    event = parse_item(render_event(snapshot, STAMP, STAMP).body)
    assert event is not None and event.data is not None
    assert event.data["company"] == HOSTILE and event.data["timezone"] == "America/New_York"
    assert event.data["interviewers"] == [{"uid": "p-1", "name": HOSTILE, "title": 'Head, "Data"; \\ ☃'},
                                          {"uid": "p-2", "name": "Lee", "title": ""}]
    todo = TodoSnapshot(8, "follow-up-u1-referral-rr1@finish-strong", "Contact the referral", "Ana",
                        START + timedelta(days=2), START + timedelta(days=1), None, step="referral",
                        referral=ReferralRef("r1", "Ana; <i>Ruiz</i>", "Ruiz & Co"))
    parsed = parse_item(render_todo(snapshot, todo, STAMP, STAMP).body)
    assert parsed is not None and parsed.remind == START + timedelta(days=1)
    assert parsed.data == {"step": "referral", "person": None,
                           "referral": {"uid": "r1", "name": "Ana; <i>Ruiz</i>", "organization": "Ruiz & Co"}}


@pytest.mark.parametrize("value", ["", "not base64 !", "bm90IGpzb24=", "WzEsMl0="])  # "not json", "[1,2]"
def test_a_data_property_that_is_not_ours_adopts_nothing(value: str) -> None:
    body = render_event(interview(), STAMP, STAMP).body
    start = body.index("X-FINISH-STRONG-DATA:")
    end = body.index("X-FINISH-STRONG-INTERVIEW")
    parsed = parse_item(body[:start] + f"X-FINISH-STRONG-DATA:{value}\r\n" + body[end:])
    assert parsed is not None and parsed.data is None and parsed.interview_uid == "u1"
